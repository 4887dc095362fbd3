"""Word lists of a client's travel documents (folded forms; the vulnerabilities: words_needs.py).

Data only, read by bot/intake/parse.py. Folded forms: lower case, no accents, punctuation as
spaces; matched as whole words or word groups; a form ending in "*" matches any word that starts
with it.
"""

from __future__ import annotations

import re

from bot.intake import client as c

# A bare word for a passport answers "Welke reisdocumenten heeft je cliënt?" with: a valid one.
PASSPORT_WORDS = (
    r"(?:paspoort\w*|pasport\w*|paspoord\w*|passpoort\w*|passport\w*|passeport\w*|passaport\w*|pasaporte|pas|"
    r"reisdocument\w*|document\w*|"
    r"id|id kaart|"
    r"identiteitskaart\w*|identiteitsdocument\w*|identiteitsbewijs\w*|reispas\w*)"
)
NO_PASSPORT = re.compile(
    rf"(?<!\S)(?:geen|zonder|nooit|no|sans|pas de|pas d)(?: \S+){{0,2}} {PASSPORT_WORDS}(?!\S)"
    rf"|(?<!\S){PASSPORT_WORDS} (?:heeft|heb|hebben|had)(?: (?:hij|ze|zij|ik|u|je))? (?:niet|nooit)(?!\S)"
    # "paspoort niet, alleen een identiteitskaart" (round 9)
    rf"|(?<!\S){PASSPORT_WORDS} niet(?: (?:alleen|enkel|maar|wel)(?!\S).*)?$"
    r"|(?<!\S)pas (?:de |d )?(?:passeport|passport)(?!\S)"
)
# One member of the family without a passport: the family needs a travel document ("de ouders hebben
# geldige paspoorten, de baby nog geen", "de kinderen hebben er nooit een gehad", "de kinderen staan
# nergens op"; round 9).
MEMBER_WITHOUT = re.compile(
    r"(?<!\S)(?:baby|kind|kinderen|kindje|dochter\w*|zoon\w*|kleine\w*|jongste|oudste)(?: \S+){0,2}"
    r" (?:nog )?geen(?: een| eigen)?(?: \S+)?$"
    r"|(?<!\S)(?:hebben|heeft|had|hadden) er (?:nooit|geen)(?: een| eentje)?(?: gehad)?(?!\S)"
    r"|(?<!\S)(?:staan|staat) (?:op )?(?:nergens|geen enkel\w*)(?: \S+)? op(?!\S)"
    r"|(?<!\S)(?:staan|staat) nergens op(?!\S)"
    r"|(?<!\S)(?:kinderen|kind|baby|dochter|zoon) (?:hebben|heeft) (?:enkel|alleen|maar) een"
    r" (?:geboorteakte|kopie)(?!\S)"
)
VALID_PASSPORT = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: (?!niet(?!\S)|geen(?!\S))\S+){{0,8}}"
    r" (?:geldig|in orde|ok|oke|nog goed|niet verlopen|valid|still valid|still good|valable|valide|vigente)(?!\S)"
    rf"|(?<!\S){PASSPORT_WORDS} is goed(?!\S)"
    rf"|(?<!\S){PASSPORT_WORDS}(?: \S+){{0,2}} (?:valabil|valido|valida)(?!\S)"
    # "passaporte is bon", "passport is good" ("pas" is left out: French "pas bon" is "not good"; round 9)
    r"|(?<!\S)(?:paspoort\w*|pasport\w*|passport\w*|passeport\w*|passaport\w*|pasaporte)(?: \S+){0,2}"
    r" (?:bon|bueno|good)(?!\S)"
    rf"|(?<!\S)geldige? (?:\S+ )?{PASSPORT_WORDS}(?!\S)"
)
# "heeft geen papieren": no residence papers, and no documents either (a fallback after the passport words).
NO_PAPERS = re.compile(r"(?<!\S)(?:heeft|hebben|had|hadden|bezit)(?: \S+){0,2} geen (?:papieren|documenten)(?!\S)")
LOST_PASSPORT = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: \S+){{0,3}} "
    r"(?:afgenomen|kwijt|kwijtgeraakt|kwijtgespeeld|verloren|gestolen|ingehouden|weg|afgepakt|vernietigd|"
    r"perdu|vole|lost|stolen)(?!\S)"
    # "haar paspoort werd door de uitbuiters afgenomen": a participle further on (round 7)
    rf"|(?<!\S){PASSPORT_WORDS}(?: \S+){{0,8}} (?:afgenomen|afgepakt|ingehouden|gestolen|kwijtgeraakt)(?!\S)"
    # "zijn paspoort ligt bij zijn vroegere werkgever, die het niet wil teruggeven" (round 8)
    rf"|(?<!\S){PASSPORT_WORDS}(?: \S+){{0,2}} (?:ligt|zit|is)(?: nog| nog altijd| nog steeds)?"
    r" bij (?:zijn|haar|de|een) (?:\S+ )?"
    r"(?:werkgever|baas|uitbuiter\w*|patron|daders?|smokkelaar\w*|mensenhandelaar\w*|netwerk|pooier|madam)(?!\S)"
    # "no passport, they took it", "my boss keeps my passport" (round 9)
    r"|(?<!\S)(?:they|he|she|boss|they have)(?: (?!i |my )\S+){0,2} (?:took|take|taken|keep|keeps|kept|have)"
    r" (?:it|my passport|mijn paspoort)(?!\S)"
    r"|(?<!\S)(?:wil|willen) (?:het|hem|dat) niet (?:terug)?geven(?!\S)"
    # "zijn werkgever nam zijn paspoort af" (round 7)
    rf"|(?<!\S)(?:nam|namen|neemt|nemen|pakte|pakten|hield|hielden)(?: \S+){{0,3}} {PASSPORT_WORDS}"
    r"(?: \S+){0,2} (?:af|in)(?!\S)"
)
# No passport in other words (round 10, dev_intake_11.yml): only an identity card, an internal passport,
# a copy or a photo ("enkel een Albanese ID-kaart", "alleen een foto van zijn tazkira", "binnenlands
# paspoort"), or a passport left in the country of origin ("ligt thuis bij zijn moeder", "is
# achtergebleven bij haar ouders").
OTHER_THAN_PASSPORT = re.compile(
    r"(?<!\S)(?:enkel|alleen|only|juste|seulement|slechts)(?: \S+){0,3}"
    r" (?:id kaart\w*|id kaarten|identiteitskaart\w*|carte d identite|id card|kopie|copie|copy|fotokopie|foto|photo|"
    r"geboorteakte|extrait de naissance|tazkira)(?!\S)"
    r"|(?<!\S)(?:binnenlands\w* paspoort\w*|internal passport|passeport interieur|intern paspoort)(?!\S)"
    rf"|(?<!\S){PASSPORT_WORDS}(?: \S+){{0,2}} (?:ligt|is|zit|bleef)(?: nog)? (?:thuis|achtergebleven)(?!\S)"
)
# "hij kreeg zijn pas terug": a passport taken away and given back is no lost passport (round 9).
PASSPORT_RETURNED = re.compile(
    rf"(?<!\S)(?:kreeg|kregen|heeft|hebben|kreeg hij|kreeg ze)(?: \S+){{0,2}} {PASSPORT_WORDS}(?: \S+)?"
    r" (?:terug|teruggekregen)(?!\S)"
)
# "vervalt pas in 2029", "goed tot 2028", "verloopt volgende maand": still valid today (round 9).
VALID_UNTIL = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: (?!verlopen|vervallen|verblijf\S*|visum|visa|kaart|expired)\S+){{0,8}}"
    r" (?:vervalt|verloopt|geldig|goed|valid|valable|expire|expires)"
    r"(?: pas| nog| still)? (?:in|tot|volgende|binnenkort|over|eind|until|till|jusqu|dans|next|en)(?!\S)"
)
# "dat van de moeder is vorige maand verlopen", "van mijn dochter is vencido": one member's passport
# expired (round 9).
MEMBER_EXPIRED = re.compile(
    r"(?<!\S)(?:dat |die |het )?van (?:de|mijn|zijn|haar|hun) \S+(?: \S+){0,3}"
    r" (?:verlopen|vervallen|vencido|expired)(?!\S)"
)
# "zijn paspoort ligt bij mij, het is nog geldig" (round 9)
VALID_AFTER = re.compile(rf"(?<!\S){PASSPORT_WORDS}(?: \S+){{0,4}} (?:het|dat|die|hij) is (?:nog )?geldig(?!\S)")
# "paspoort, geldig" over a comma: the passport word and "geldig" at most one word apart (round 9).
VALID_NEARBY = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: \S+)? (?:nog )?(?:geldig|valid|valable)(?!\S)"
    # "my passport is with my lawyer, still good" (round 10; read over the comma)
    rf"|(?<!\S){PASSPORT_WORDS}(?: (?!niet|not|pas|geen|no)\S+){{0,10}}"
    r" (?:still good|still valid|nog geldig|encore valable|toujours valable|encore bon)(?!\S)"
)
NEAR_EXPIRED = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: (?!niet(?!\S))\S+){{0,3}}"
    r" (?:verlopen|vervallen|verloopt|verlopn|expired|expire|expiree|fini|perime|perimee|over datum|outdated|"
    r"vencido|expirat)(?!\S)"
    rf"|(?<!\S)(?:verlopen|vervallen)(?: \S+){{0,1}} {PASSPORT_WORDS}(?!\S)"
)
# "heeft wel een paspoort, maar dat is verlopen" (read on the whole message, over the comma).
EXPIRED_AFTER_ALL = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: \S+){{0,4}} maar (?:(?:dat|die|het|deze|hij|ze) )?is (?:al |wel |ook )?"
    r"(?:verlopen|vervallen)(?!\S)"
)
BARE_PASSPORT = ("paspoort", "pasport", "paspoord", "passpoort", "reisdocument", "reisdocumenten", "ja paspoort")
DOCUMENT_FORMS: dict[str, tuple[str, ...]] = {
    c.NO_DOCUMENTS: (
        "geen paspoort",
        "zonder paspoort",
        "geen pas",
        "geen reisdocument",
        "geen reisdocumenten",
        "geen documenten",
        "geen identiteitsdocumenten",
        "geen id",
        "geen identiteitskaart",
        "geen papieren meer",
        "paspoort kwijt",
        "paspoort verloren",
        "paspoort gestolen",
        "paspoort afgenomen",
        "paspoort ingehouden",
        "paspoort is kwijt",
        "paspoort is weg",
        "paspoort weg",
        "heeft geen paspoort",
        "geen pasport",
        "geen paspoord",
        "geen passpoort",
        "geen paspor",
        "zonder documenten",
        "zonder reisdocumenten",
        "geen geldig reisdocument",
        "geen enkel document",
        "geen reispas",
        "geen paspoort meer",
    ),
    c.EXPIRED: (
        "verlopen paspoort",
        "paspoort verlopen",
        "paspoort is verlopen",
        "paspoort vervallen",
        "paspoort is vervallen",
        "vervallen paspoort",
        "verlopen",
        "vervallen",
        "niet meer geldig",
        "paspoort niet meer geldig",
        "ongeldig paspoort",
        "paspoort ongeldig",
        "oud paspoort",
        "verloopt",
        "expired",
        "verlopen pasport",
        "pasport verlopen",
        "paspoord verlopen",
        "verlopn",
    ),
    c.VALID_PASSPORT: (
        "geldig paspoort",
        "geldige pas",
        "paspoort is geldig",
        "paspoort geldig",
        "heeft een paspoort",
        "heeft paspoort",
        "met paspoort",
        "paspoort ok",
        "paspoort in orde",
        "heeft zijn paspoort",
        "heeft haar paspoort",
        "laissez passer",
        "heeft een laissez passer",
        "geldig reisdocument",
        "nationaal paspoort",
        "geldige paspoort",
        "met een paspoort",
        "met geldig paspoort",
        "paspoort bij zich",
        "beschikt over een paspoort",
        "in het bezit van een paspoort",
        "eigen paspoort",
        "heeft een pasport",
        "heeft een paspoord",
        "heeft nog een geldig paspoort",
        "paspoort is nog geldig",
        "paspoort nog geldig",
    ),
}
DOCUMENT_ORDER: tuple[str, ...] = (c.NO_DOCUMENTS, c.EXPIRED, c.VALID_PASSPORT)
# "er zal een laissez-passer nodig zijn": no passport to travel with (after the expired check).
NEEDS_TRAVEL_DOCUMENT = re.compile(
    r"(?<!\S)laissez passer(?: \S+){0,3} nodig(?!\S)|(?<!\S)nodig(?: \S+){0,2} laissez passer(?!\S)"
)
# "Of ze een paspoort heeft, weet ik niet", "paspoort: onbekend": the documents are not said (this
# outranks "heeft geen papieren", which would otherwise also mean no documents).
PASSPORT_UNKNOWN = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: \S+){{0,4}}"
    r" (?:weet ik niet|weet niet|geen idee|onbekend|niet gekend|weten we niet)(?!\S)"
    rf"|(?<!\S)(?:weet (?:ik )?niet|geen idee)(?: \S+){{0,2}} (?:of|welk\w*)(?: \S+){{0,3}} {PASSPORT_WORDS}(?!\S)"
)
# "Paspoort? Nee, nooit gehad." (read on the whole message, over the question mark; round 8)
PASSPORT_NO_ANSWER = re.compile(rf"(?<!\S){PASSPORT_WORDS} (?:nee|neen|no) (?:nooit|geen|niet|none)(?!\S)")
# "documenten: geen" as a line of a list: no travel document.
FIELD_NO_DOCUMENTS = re.compile(
    r"(?:^|[.;\n])\s*(?:documenten|reisdocumenten|reisdocument|paspoort|papieren)\s*:\s*"
    r"(?:geen|nee|neen|none)\s*(?:[.,;\n]|$)",
    re.IGNORECASE,
)
