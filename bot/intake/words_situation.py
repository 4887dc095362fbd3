"""Word lists of a client's situation: status and place (folded forms; the cities: words_cities.py).

Data only, read by bot/intake/parse.py. Folded forms: lower case, no accents, punctuation as
spaces; matched as whole words or word groups; a form ending in "*" matches any word that starts
with it.
"""

from __future__ import annotations

import re

from bot.intake import client as c

# ------------------------------------------------------------------------------ word lists
# Folded forms (lower case, no accents, punctuation as spaces). Matched as whole words or word
# groups; a form ending in "*" matches any word that starts with it.

STATUS_FORMS: dict[str, tuple[str, ...]] = {
    c.NEGATIVE: (
        "uitgeprocedeerd",
        # round 9: "2 keer nee gekregen", French
        "nee gekregen",
        "deboute",
        "deboutee",
        "ordre de quitter",
        "order to leave",
        "refus de ma demande",
        "refus de sa demande",
        "asile est fini",
        "nee gezegd",
        "said no",
        "zeiden nee",
        "uitgeprocedeerde",
        "uit geprocedeerd",
        "uitgeprocedeert",
        "uitgeprocedeer*",
        "negatieve beslissing",
        "negatief besluit",
        "negatieve beslising",
        "negatief antwoord",
        "negatief",
        "afgewezen",
        "afgewezen asielzoeker",
        "asiel geweigerd",
        "geweigerd",
        "weigering",
        "beroep verworpen",
        "verworpen",
        "bevel om het grondgebied",
        "bgv",
        "oqt",
        "negatif",
        "negatif beslissing",
        "procedure afgelopen",
        "procedure is afgelopen",
        "procedure is afgesloten",
        "procedure afgesloten",
        "geen bescherming gekregen",
        "niet erkend",
        "asiel afgewezen",
        "afgewezen asiel*",
        "13quinquies",
        "bijlage 13",
        "uitgewezen",
        "uitwijzing",
        "onontvankelijk",
        "niet ontvankelijk",  # round 10: a subsequent application "niet ontvankelijk" is a refusal
        "negative",
        "negatif",
        "negative decision",
        "refused",
        "rejected",
        "asylum refused",
        "asile refuse",
        "refuse",
        "refusee",  # round 10: French feminine ("ma demande d'asile est refusée", "rejetée")
        "rejete",
        "rejetee",
    ),
    c.NO_RESIDENCE: (
        "zonder wettig verblijf",
        "geen wettig verblijf",
        "zonder verblijf",
        "zonder verblijfstitel",
        "geen enkele aanvraag",
        "zonder papieren",
        "geen papieren",
        "sans papiers",
        "sans papier",
        "illegaal",
        "irregulier",
        "irregulier verblijf",
        "zonder verblijfsvergunning",
        "geen verblijfsvergunning",
        "geen verblijfsrecht",
        "zonder verblijfsrecht",
        "ongedocumenteerd",
        "nooit asiel",
        "nooit een procedure",
        "nooit een verblijfsprocedure",
        "nooit procedure",
        "geen procedure",
        "nooit een aanvraag",
        "nooit aangevraagd",
        "geen asiel aangevraagd",
        "geen asielaanvraag",
        "heeft nooit asiel",
        "nooit papieren",
        "nooit papieren gehad",
        "nooit verblijfspapieren",
        "geen geldige verblijfsvergunning",
        "geen geldig verblijf",
        "geen geldige verblijfstitel",
        "verblijft illegaal",
        "zonder geldige verblijfsvergunning",
        "zonder geldig verblijf",
        "onwettig",
        "onwettig in belgie",
        "geen verblijfsdocumenten",
        "zonder verblijfsdocumenten",
        "geen verblijfspapieren",
        "zonder verblijfspapieren",
        "onwettig verblijf",
        "no papers",
        "no paper",
        "without papers",
        "undocumented",
        "illegal",
    ),
    c.OTHER_PROCEDURE: (
        "toerist",
        # round 10: French and English
        "regroupement familial",
        "family reunification",
        "regularisation",
        # round 9
        "tijdelijke bescherming",
        "temporary protection",
        "protection temporaire",
        "regularisatie",
        "9bis",
        "9ter",
        "au pair",
        "niet verlengd",
        "toeristenvisum",
        "als toerist",
        "visum",
        "visa",
        "student",
        "studente",
        "studentenvisum",
        "studies",
        "gezinshereniging",
        "gezinsherening",
        "gezinshereninging",
        "regularisatie",
        "9bis",
        "9ter",
        "9 bis",
        "9 ter",
        "medische regularisatie",
        "arbeidskaart",
        "werkvergunning",
        "single permit",
        "andere procedure",
        "andere verblijfsprocedure",
        "humanitaire regularisatie",
        "werkvisum",
        "arbeidsmigrant",
        "visum kort verblijf",
        "work permit",
        "arbeidskaart",
        "arbeidsvergunning",
        "single permit",
        "gecombineerde vergunning",
        "seizoenarbeider",
        "seizoenarbeid",
        "student visa",
        "studentenvisum",
        "tourist visa",
    ),
    c.PROCEDURE: (
        "in procedure",
        "procedure loopt",
        "procedure lopend",
        "lopende procedure",
        "lopende asielprocedure",
        "asielprocedure",
        "asielaanvraag",
        "asiel aangevraagd",
        "asiel gevraagd",
        "asielzoeker",
        "asielzoekster",
        "verzoeker om internationale bescherming",
        "verzoek om internationale bescherming",
        "internationale bescherming",
        "vib",
        "cgvs",
        "wacht op beslissing",
        "wacht op een beslissing",
        "wacht op antwoord",
        "nog geen beslissing",
        "procedure nog bezig",
        "nog in procedure",
        "asielprocedure loopt",
        "in asielprocedure",
        "asiel procedure",
        "in de procedure",
        "in de asielprocedure",
        "zit in procedure",
        "procedure bezig",
        "procedure is bezig",
        "beroep loopt",
        "beroep loopt nog",
        "in beroep",
        "beroep ingediend",
        "beroep aangetekend",
        "beroep bij de rvv",
        "oranje kaart",
        "wacht op het interview",
        "dublin",
        "dublinprocedure",
        "subsidiaire bescherming",
    ),
}
# Decided in this order when a message names several: a negative decision outranks "asielaanvraag",
# "never applied" outranks "zonder papieren" + tourist, another procedure outranks a plain asylum word.
STATUS_ORDER: tuple[str, ...] = (c.NEGATIVE, c.NO_RESIDENCE, c.OTHER_PROCEDURE, c.PROCEDURE)


# Words of the asylum procedure: a refusal without them ("gezinshereniging geweigerd") is a refusal
# in another procedure, not a negative decision on asylum.
ASYLUM_WORDS = re.compile(
    r"(?<!\S)(?:asiel\w*|cgvs|rvv|vib|internationale bescherming|uitgeprocedeer\w*|uit geprocedeerd|bgv|oqt|"
    r"bevel om het grondgebied|vluchteling\w*|erkenning|subsidiaire)(?!\S)"
)
REFUSAL_FORMS: frozenset[str] = frozenset(
    {
        "geweigerd",
        "weigering",
        "afgewezen",
        "negatief",
        "negatieve beslissing",
        "negatief antwoord",
        "negatief besluit",
        "verworpen",
        "beroep verworpen",
        "onontvankelijk",  # round 10: "aanvraag 9bis onontvankelijk verklaard" is a bare refusal too
        "niet ontvankelijk",
        "refused",
        "rejected",
        "refuse",
        "refusee",
        "rejete",
        "rejetee",
    }
)

# ------------------------------------------------------------------------------ round 4 conventions
# A procedure still running, however it is written: "asielproc loopt nog", "procedure nog lopende",
# "asielaanvraag nog niet beslist", "beroep nog hangende" (another procedure's words outrank it).
RUNNING = re.compile(
    r"(?<!\S)(?:asiel\w*|asile|asylum|procedure\w*|proc|beroep|aanvraag|dossier|verzoek|demande|case|vib)"
    r"(?: nog| is| nog steeds| nog altijd| still| est| toujours| encore){0,2}"
    r" (?:loopt|lopen|lopend|lopende|bezig|hangende|in behandeling|in onderzoek|niet beslist|onbeslist|"
    r"en cours|pending|ongoing|running)(?!\S)"
    r"|(?<!\S)(?:nog )?niet beslist(?!\S)"
    # "hij wacht nog op antwoord", "wacht op de beslissing van het CGVS", "still waiting answer" (round 8)
    r"|(?<!\S)(?:wacht|wachten|wachtend)(?: nog| nog altijd| nog steeds)? op (?:een |het |de |zijn |haar )?"
    r"(?:antwoord|beslissing|uitspraak|interview|gehoor|persoonlijk onderhoud)(?!\S)"
    # round 10: "asiel nog wachten", "on attend la réponse", "pedimos asilo, la entrevista todavía no"
    r"|(?<!\S)(?:asiel|asile|asylum|asilo)(?: nog| still| encore)? (?:wachten|waiting|en attente)(?!\S)"
    r"|(?<!\S)(?:on |j )?attend\w*(?: encore)?(?: la| une)? (?:reponse|decision)(?!\S)"
    r"|(?<!\S)(?:pedi|pedimos|solicite|solicitamos)(?: el)? asilo(?!\S)"
    r"|(?<!\S)beroep(?: \S+){0,6} (?:nog )?(?:wachten|wacht|waiting)(?!\S)"  # "beroep gedaan bij RvV, nog wachten"
    r"|(?<!\S)(?:still )?waiting (?:for )?(?:an |the )?(?:answer|decision|interview)(?!\S)"
)
# "overstay": stayed on after the permitted stay, no procedure of any kind (a bare "visum verlopen"
# stays another procedure, as in the earlier dev sets).
# An asylum application that runs, named as such ("VIB loopt nog", "asielprocedure loopt", "verzoek IB
# lopende"): outranks a "never applied" about another procedure (round 10).
ASYLUM_RUNNING = re.compile(
    r"(?<!\S)(?:vib|asiel\w*|verzoek ib|verzoek om internationale bescherming|asylum|asile)"
    r"(?: nog| is| nog steeds| nog altijd| still| est| toujours| encore){0,2}"
    r" (?:loopt|lopen|lopend|lopende|bezig|hangende|in behandeling|en cours|pending|ongoing|running)(?!\S)"
)
OVERSTAY = re.compile(r"(?<!\S)(?:overstay\w*|overstayer\w*)(?!\S)")
# A visa that has run out ("visum al lang vervallen", "toeristenvisum verlopen"): with no application
# made, no legal residence (round 10; a visa still valid is another procedure, and dev_intake_8 labels
# "kwam als toerist en is gebleven" as another procedure, so staying on alone does not count).
VISA_OVER = re.compile(
    r"(?<!\S)(?:\w*visum\w*|visa|toerist\w*|touriste|turista)(?: \S+){0,6}"
    r" (?:vervallen|verlopen|expired?|expiree?|over datum)(?!\S)"
)
# "nooit asiel gevraagd", "nooit een aanvraag ingediend" name asylum words but mean: never applied
# ("heeft geen paspoort en nooit gehad" says nothing about it).
NEVER_APPLIED = re.compile(
    r"(?<!\S)nooit(?: \S+){0,2} (?:asiel\w*|aangevraagd|gevraagd|ingediend|procedure\w*|aanvraag)(?!\S)"
    r"|(?<!\S)asiel nooit (?:gedaan|gevraagd|aangevraagd)(?!\S)"  # round 9
    r"|(?<!\S)geen (?:asiel|asielaanvraag|procedure)(?!\S)"
    r"|(?<!\S)nooit(?: \S+){0,2} \w*procedure\w*(?!\S)"  # "nooit enige verblijfsprocedure opgestart" (round 10)
    r"|(?<!\S)nooit(?: \S+){0,2} \w*aanvraag\w*(?!\S)"  # "nooit een andere verblijfsaanvraag" (round 10)
    r"|(?<!\S)(?:nunca pedi|nunca pedimos|no pedi)(?!\S)"
    # round 7: English and French ("never ask asylum", "never asked papiers", "jamais demandé l'asile")
    r"|(?<!\S)never(?: \S+){0,2} (?:ask\w*|appl\w*|asylum|request\w*)(?!\S)"
    r"|(?<!\S)jamais(?: \S+){0,2} (?:demande\w*|asile)(?!\S)"
)
# A country the client only grew up in, passed through or was mistaken for: not the country of origin.
NOT_ORIGIN = re.compile(
    r"(?<!\S)(?:opgegroeid|groeide|opgroeide|via|doorgereisd|doorreis|transit|passeerde|gepasseerd|"
    r"dacht|dachten|gedacht|eerst gedacht|gewerkt|werkte|gewoond)(?!\S)"
)
# Where the client comes from or wants to return to: the country of origin.
ORIGIN = re.compile(
    r"(?<!\S)(?:terug naar|terugkeren naar|keert terug naar|naar huis in|komt uit|afkomstig|nationaliteit|"
    r"paspoort\w*|geboren)(?!\S)"
)

# Another procedure that still runs ("verblijfskaart als student loopt eind september af", "aanvraag
# regularisatie lopen"): another procedure, even with "nooit asiel gevraagd" (round 9).
OTHER_RUNNING = re.compile(
    r"(?<!\S)(?:verblijfskaart|verblijf|visum|regularisatie|9bis|9ter|gezinshereniging)(?: \S+){0,4}"
    r" (?:loopt|lopen|lopende|nog geldig|geldig tot|in behandeling)(?!\S)"
)
# "met de Russische nationaliteit", "nationaliteit: Russisch": the nationality outranks an ethnic or
# regional name elsewhere in the clause (round 9).
NATIONALITY = re.compile(r"(\w+)\s+nationaliteit|nationaliteit\s*:?\s*(\w+)", re.IGNORECASE)

# ------------------------------------------------------------------------------ round 5 conventions
# A negative decision with an appeal still pending ("beroep aangetekend bij de RvV en dat loopt nog",
# "de RvV moet nog beslissen over zijn beroep"): the procedure is still running. A rejected or
# missing appeal ("beroep verworpen", "geen beroep ingediend") leaves the negative decision.
APPEAL_PENDING = re.compile(
    r"(?<!\S)beroep(?: \S+){0,8} (?:loopt|lopende|hangende|in behandeling|aangetekend|ingediend|ingesteld|gedaan)(?!\S)"
    # round 10: French and English ("un recours au CCE, j'attends", "appeal at RvV")
    r"|(?<!\S)(?:recours|appeal)(?!\S)"
    r"|(?<!\S)(?:rvv|raad voor vreemdelingenbetwistingen)(?: \S+){0,2}"
    r" (?:nog )?(?:moet|zal) (?:nog )?(?:\S+ )?beslissen(?!\S)"
)
APPEAL_REJECTED = re.compile(
    r"(?<!\S)(?:geen beroep|beroep(?: \S+){0,4} (?:verworpen|afgewezen|geweigerd|negatief))(?!\S)"
    r"|(?<!\S)(?:(?:recours|appeal)(?: \S+){0,4} (?:rejete|rejetee|rejected|refused|refuse|negative|negatif)"
    r"|(?:did not|didnt|not) appeal\w*|pas de recours|sans recours)(?!\S)"
)
# A correction of the country ("Armenië... nee sorry, ik bedoel Azerbeidzjan", "nee correctie: uit Nepal"):
# the country named after it wins.
CORRECTION = re.compile(
    r"(?<!\S)(?:ik bedoel|bedoel ik|correctie|verbetering|nee sorry|sorry nee|nee wacht|ik vergis me|vergissing|"
    r"euh nee|blijkt|sorry no|no sorry|no wait|i mean|non pardon|pardon non)(?!\S)"
)
# An order to leave is a negative asylum decision, unless the client never applied for anything
# ("bevel om het grondgebied te verlaten na een politiecontrole, nooit asiel aangevraagd").
ORDER_TO_LEAVE: frozenset[str] = frozenset(
    {"bevel om het grondgebied", "bgv", "oqt", "ordre de quitter", "order to leave"}
)

# ------------------------------------------------------------------------------ round 7 conventions
# A subsequent application after a negative decision that is still examined ("diende een volgend
# verzoek in; dat is nog in onderzoek bij het CGVS"): the procedure runs again.
SUBSEQUENT_RUNNING = re.compile(
    r"(?<!\S)(?:volgend|volgende|tweede|nieuw|nieuwe|meervoudig\w*) (?:asiel)?(?:verzoek|aanvraag|asielaanvraag)(?!\S)"
    r"(?: \S+){0,12} (?:loopt|lopende|hangende|bezig|in behandeling|in onderzoek|niet beslist|"
    r"is er nog niet|nog niet genomen|nog geen (?:beslissing|antwoord)|wacht\w*|"
    r"(?<!niet )(?<!on)ontvankelijk verklaard|onderzoekt|ten gronde)(?!\S)"
)
