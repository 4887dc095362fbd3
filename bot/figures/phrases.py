"""Every Dutch phrase that figure answers put inside a domain.yml response (`utter_figure_*`).

The sentences themselves are in domain.yml; these are the pieces that fill their slots: topics
("terugkeer per maand"), list items ("Marokko (245)") and the source line. `{name}` marks a value.
Numbers and periods are written by bot/figures/dutch.py.
"""

from __future__ import annotations

NO_FIGURE = "geen cijfer"

# The source line.
SOURCE_ONE = "Bron: Fedasil, {titles}."
SOURCE_MANY = "Bronnen: Fedasil, {titles}."
SECOND_SOURCE = "Tweede bron: Fedasil, {items}."
SECOND_SOURCE_ITEM = "{title} ({url})"
SECOND_SOURCE_MANY = "Tweede bron: {n} nieuwsberichten van Fedasil (www.fedasil.be)."

# Topics of "Voor {period} heb ik geen cijfers over {topic}" (utter_figure_not_available, _per_year).
TOPIC_MONTH = "terugkeer per maand"
TOPIC_COUNTRY = "terugkeer per land"
TOPIC_COUNTRY_REINTEGRATION = "re-integratiesteun per land"
TOPIC_TOP = "de landen van bestemming"
TOPIC_TOP_REINTEGRATION = "landen met re-integratiesteun"
TOPIC_PROFILE = "het profiel van de terugkeerders"
TOPIC_PROFILE_ONE = "het aandeel {profile}"
TOPIC_CHANNEL = "de herkomst van de terugkeeraanvragen"
TOPIC_AGE = "de leeftijd van de terugkeerders"
TOPIC_FAMILY = "de gezinssituatie van de terugkeerders"
TOPIC_GENDER = "mannen en vrouwen"
TOPIC_REINTEGRATION = "re-integratiesteun"
TOPIC_DUBLIN = "Dublin-vertrekken"
TOPIC_DUBLIN_SERIES = "Dublin-vertrekken (georganiseerd door DVZ, niet meegeteld bij vrijwillige terugkeer)"
TOPIC_DVZ = "terugkeer via de Dienst Vreemdelingenzaken (DVZ)"
TOPIC_DVZ_SERIES = "vrijwillige terugkeer georganiseerd door de Dienst Vreemdelingenzaken (DVZ)"
TOPIC_DVZ_COMPARE = "vrijwillige terugkeer via DVZ"
TOPIC_BUS = "busreizen naar de Balkan"

# List items.
YEARS_RUN = "{first} tot en met {last}"
VALUE_IN = "{value} in {period}"
COUNTRY_ITEM = "{country} ({value})"
OTHER_COUNTRIES_ITEM = "andere landen samen ({value})"
LISTED_MENTIONED = "een cijfer voor {items}"
LISTED_TOP = "de top {n}: {names}"
WITH_REINTEGRATION = " (van wie {value} met re-integratiesteun)"
ONLY_REINTEGRATION_IN = "{value} met re-integratiesteun in {period}"
SHARE_AND_COUNT = "{label} {share} ({count} personen)"
LABEL_VALUE = "{label} {value}"
PERSONS = "{value} personen"
PERSONS_AND_SHARE = "{count} personen ({share})"
SHARE_AND_PERSONS = "{share} ({count} personen)"
PERIOD_VALUE = "{period}: {value}"
YEAR_WHOLE_AND_PARTIAL = "{year}: {whole} ({partial_period}: {partial})"
TOTAL_WHOLE_AND_PARTIAL = "{whole} (van {period}: {partial})"
IN_PERIOD = " ({period})"
MONTH_VALUE = "{month} {value}"

# Changes.
SAME = "evenveel"
RISE = "een stijging"
FALL = "een daling"
CHANGE = "{word} met {difference} personen ({percent})"

# Reception.
OTHER_COUNTRIES = "andere landen"
RECEPTION_ITEM = "{label}: {value}"
