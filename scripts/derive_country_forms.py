"""Write ``models/country_forms.jsonl``: the short forms news writes for a country whose English
Wikipedia title is longer (session 43, places43): its initials ("UAE", "U.A.E." -> "United Arab
Emirates", "DRC" -> "Democratic Republic of the Congo", "DPRK" -> "North Korea") and the first
part of a title "X and Y" ("Trinidad" -> "Trinidad and Tobago", "Bosnia" -> "Bosnia and
Herzegovina"). Read by ``briefx.pipeline.coref.place_names.country_forms``; the document's own
words win (an acronym it spells out otherwise, the second part written alone).

Source: the country rows of ``models/places.jsonl`` (``scripts/derive_places.py``: the PyPI
package countryinfo, MIT, with English Wikipedia's titles as canonical names). Each row is
derived from them: initials are the capital letters of a country's name or alias ("United Arab
Emirates" -> "UAE", "Democratic People's Republic of Korea" -> "DPRK"), first parts the words
before " and " of a canonical name. Which of them English news writes for the country is a
hand choice (``INITIALS``, ``FIRST_PARTS``, from English Wikipedia's articles on the countries,
which give these short forms in their lead sections; CC BY-SA 4.0); the script fails where a
chosen form does not follow from the rows, so a renamed country cannot leave a stale row.
Left out: "CAR" (an English word), "BiH" (its letters are not capitals), "Turks" (a people),
"South Georgia" and "Saint Pierre" (islands of territories, named as islands), "Heard Island",
"Svalbard", "Wallis" (territories' parts), "São Tomé" (also the capital's name).

    python scripts/derive_country_forms.py

Rows: {"form", "name", "kind"}; kind "initials" (matched without dots), "first_part" or
"iso_name" (session 44: the short name ISO 3166 and CLDR give the country, "Türkiye" ->
"Turkey", "Czechia" -> "Czech Republic", read off ``models/country_codes.jsonl`` (babel's CLDR)
and ``models/country_code_names.jsonl``; which of them releases write is a hand choice,
``ISO_NAMES``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from derive_fac_heads import write_table

from briefx.resources import read_jsonl

MODELS = Path(__file__).resolve().parent.parent / "models"
OUT = MODELS / "country_forms.jsonl"

# initials -> the country news means by them (checked: an alias of the country gives them)
INITIALS = {
    "UAE": "United Arab Emirates",
    "DRC": "Democratic Republic of the Congo",
    "DPRK": "North Korea",
    "PRC": "China",
    "ROK": "South Korea",
    "KSA": "Saudi Arabia",
    "PNG": "Papua New Guinea",
}
# first part -> the spellings news writes for it
FIRST_PARTS = {
    "Antigua": ("Antigua",),
    "Bosnia": ("Bosnia",),
    "Trinidad": ("Trinidad",),
    "Saint Kitts": ("Saint Kitts", "St Kitts", "St. Kitts"),
    "Saint Vincent": ("Saint Vincent", "St Vincent", "St. Vincent"),
}
# the short names ISO 3166 and CLDR give a country (``models/country_codes.jsonl``) where English
# Wikipedia titles it otherwise (session 44): the spellings official releases write. Left out:
# CLDR's forms with "&" or brackets ("Bosnia & Herzegovina", "Myanmar (Burma)", "Congo -
# Kinshasa": no release writes them), "Micronesia" (also the region), "Eswatini" (countryinfo
# still names it Swaziland; English Wikipedia titles it Eswatini: the written name stays) and
# "Palestinian Territories".
ISO_NAMES = {
    "Czechia": ("Czechia",),
    "Türkiye": ("Türkiye",),
    "Timor-Leste": ("Timor-Leste",),
    "Côte d’Ivoire": ("Côte d’Ivoire", "Côte d'Ivoire"),
    "Bahamas": ("Bahamas",),
    "Gambia": ("Gambia",),
}
SMALL = {"of", "the", "and"}

HEADER = (
    "// Forms news writes for a country whose English Wikipedia title differs: its initials\n"
    '// ("UAE", matched without dots), the first part of an "X and Y" title ("Trinidad") and\n'
    '// the short name ISO 3166 and CLDR give it ("Türkiye"). Derived by\n'
    "// scripts/derive_country_forms.py from the country rows of models/places.jsonl\n"
    "// (countryinfo, MIT; English Wikipedia titles, CC BY-SA 4.0) and models/country_codes.jsonl\n"
    "// (CLDR through babel, Unicode licence); which forms news writes is a hand choice from\n"
    "// English Wikipedia's articles. Do not edit by hand: rerun the script.\n"
)


def countries() -> dict[str, str]:
    """Alias -> canonical name of the country rows of places.jsonl."""
    return {r["alias"]: r["name"] for r in read_jsonl("places.jsonl") if r["kind"] == "country"}


def initials(name: str) -> set[str]:
    """The capitals of a name's words ("Democratic People's Republic of Korea" -> "DPRK"), and
    with the "o" of "of" ("Republic of Korea" -> "ROK")."""
    words = [w for w in re.split(r"[ -]", name) if w]
    bare = "".join(w[0] for w in words if w not in SMALL and w[0].isupper())
    with_of = "".join(
        w[0].upper() for w in words if w == "of" or (w not in SMALL and w[0].isupper())
    )
    return {bare, with_of}


def rows() -> list[dict[str, str]]:
    named = countries()
    out = []
    for letters, country in INITIALS.items():
        if not any(n == country and letters in initials(a) for a, n in named.items()):
            raise SystemExit(f"{letters}: no alias of {country} gives these initials")
        out.append({"form": letters, "name": country, "kind": "initials"})
    for part, spellings in FIRST_PARTS.items():
        names = {name for name in set(named.values()) if name.split(" and ")[0] == part}
        if len(names) != 1:
            raise SystemExit(f"{part}: {sorted(names)} (want exactly one country)")
        name = names.pop()
        out += [{"form": s, "name": name, "kind": "first_part"} for s in spellings]
    codes = {r["name"]: r["code"] for r in read_jsonl("country_codes.jsonl")}
    titles = {r["code"]: r["name"] for r in read_jsonl("country_code_names.jsonl")}
    for iso, spellings in ISO_NAMES.items():
        title = titles.get(codes.get(iso, ""))
        if title is None or title == iso or title not in set(named.values()):
            raise SystemExit(f"{iso}: no country title of its own code")
        out += [{"form": s, "name": title, "kind": "iso_name"} for s in spellings]
    return sorted(out, key=lambda r: (r["kind"], r["form"]))


def main() -> int:
    return write_table(OUT, HEADER, rows())


if __name__ == "__main__":
    sys.exit(main())
