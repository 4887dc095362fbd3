"""Whose vulnerability a word names: relatives, children elsewhere, the writer (folded forms).

Data only, read by bot/intake/needs.py (split from words_needs.py: the client's own vulnerability words
stay there). A relative's illness or a child who lives abroad is not the client's vulnerability.
"""

from __future__ import annotations

import re

# A relative who is not part of the client's household: their illness is no vulnerability of the
# client ("wil terug omdat zijn moeder ziek is").
OTHER_PERSON = re.compile(
    r"(?<!\S)(?:zijn|haar|hun|mijn|z n|d r)"
    r" (?:moeder|vader|ouders|mama|papa|broer|zus|zuster|oma|opa|grootmoeder|grootvader|tante|oom|nonkel|neef|nicht|"
    r"familie|schoonmoeder|schoonvader|dochter\w*|zoon\w*|kind\w*)(?!\S)|(?<!\S)de (?:jongste|oudste)(?!\S)"
    r"|(?<!\S)(?:zijn|haar|hun|mijn) eigen (?:moeder|vader|ouders|mama|papa|broer|zus|familie)(?!\S)"
    r"|(?<!\S)(?:my|his|her|their) (?:mother|father|parents|mom|mum|dad|brother|sister|son|daughter|"
    r"child|children|family|grandmother|grandfather)(?!\S)"
    # "omdat oma in Caracas ernstig ziek is": a grandparent is not the client's household (round 9)
    r"|(?<!\S)(?:oma|opa|grootmoeder|grootvader|grandma|grandpa)(?!\S)"
)
# "volwassen dochter", "meerderjarige zoon": a grown-up child, not a family with children.
GROWN_UP = ("volwassen", "volwassene", "meerderjarig", "meerderjarige", "oudere")
# "woont bij haar dochter": a grown-up child who houses the client, not a family with children.
HOSTED_BY = ("bij haar", "bij zijn", "bij hun", "bij mijn", "bij de")
# "mijn kind is in Lagos bij mijn moeder", "zijn kinderen wonen in Kabul": children who live elsewhere
# are no family with children here (the place after "in" is checked in parse.py).
CHILD_ELSEWHERE = re.compile(
    r"^(?:\S+ )?(?:(?:is|zijn|wonen|woont|zit|zitten|verblijft|verblijven|leeft|leven|blijft|blijven|are|is still)"
    r"(?: nog| nog altijd| nog steeds)? )?(?:in|thuis|daar|au|in het land)(?: (?P<place>\S+))?"
)
# "zijn vrouw in Servië is zwanger": a relative abroad (the word after "in" is checked for a country).
RELATIVE_ABROAD = re.compile(
    r"(?<!\S)(?:zijn|haar|mijn|hun|my|his) (?:vrouw|echtgenote|partner|vriendin|moeder|zus|zuster|dochter|wife|sister)"
    r"(?: \S+){0,2} in (?P<place>\S+)"
)
# "ik ben de dochter van ...": the writer is the child, not a family with children.
WRITER_IS_CHILD = re.compile(r"(?<!\S)(?:ik ben|ben) (?:de|haar|zijn) $")
# "in Lagos bij mijn moeder": a child who lives with family back home (after CHILD_ELSEWHERE's town).
AT_RELATIVES = re.compile(
    r"^ bij (?:mijn|zijn|haar|hun|de|onze) (?:moeder|vader|ouders|oma|opa|grootmoeder|grootvader|grootouders|familie|"
    r"zus|broer|tante|oom|schoonmoeder|man|vrouw)(?!\S)"
)
# Where a clause about a relative ends: the words since the last conjunction count.
CONJUNCTION = re.compile(r"(?<!\S)(?:en|maar|want|omdat|dus|terwijl)(?!\S)")
# A relative just before an illness word ("mama ziek", "mijn man is ziek", "my mother is sick"); with
# "in Homs", "daar" after it the illness is abroad (a spouse here counts: "mijn man is ziek"; round 10).
RELATIVE_NEAR = re.compile(
    r"(?<!\S)(?:man|vrouw|echtgeno\w*|husband|wife|mari|femme|mama|papa|maman|mere|pere|moeder|vader|ouders|"
    r"broer|zus|oma|opa|mother|father|mom|dad|brother|sister|grand\w*)(?: \S+){0,3} $"
)
# Where the illness is, after it: "in <a country or a city abroad>" (checked in needs.py), "daar", "thuis".
ILL_ABROAD = re.compile(r"^(?:\S+ )?(?:in (?P<place>\S+)|daar|ginder|thuis|back home|at home|au pays|la bas)(?!\S)")
