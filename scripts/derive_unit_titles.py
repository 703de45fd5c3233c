"""Derive ``models/unit_titles.jsonl``: the English Wikipedia title of a first-level subdivision
that news names without its unit word ("Ishikawa" -> "Ishikawa Prefecture", "Turkana" ->
"Turkana County", "Kano" -> "Kano State", "Ashanti" -> "Ashanti Region"), or before it
("Kerry" -> "County Kerry", the counties of Ireland).

Source: the ISO 3166-2 subdivisions as pycountry 26.2.16 ships them (LGPL-2.1; names and types
from the ISO 3166 Maintenance Agency via Debian's iso-codes). A row is a top-level subdivision
of a country whose subdivisions of that type English Wikipedia titles "<name> <Unit>" (the
countries' naming conventions and the articles' titles, CC BY-SA 4.0; UNITS below); the ISO
name is kept as English writes it, with accents folded as a second spelling ("Zambézia" and
"Zambezia" -> "Zambezia Province" is the title English Wikipedia gives: the title keeps the
ISO spelling). Left out: a name that is also a country's ("Niger" state, "Gaza" province), a
name with a comma, a slash or brackets, the exceptions English Wikipedia titles without the
word (EXCEPT), and a subdivision of another type (a city, a capital territory).

Build-time only (pycountry is no runtime dependency of briefx). Run with it installed:

    pip install pycountry==26.2.16 && python scripts/derive_unit_titles.py

Rows: {"name", "country", "title"}.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "unit_titles.jsonl"
PLACES = ROOT / "models" / "places.jsonl"

# country -> (ISO 3166-2 subdivision type, the word English Wikipedia's titles add)
UNITS = {
    "JP": ("Prefecture", "Prefecture"),  # "Aichi Prefecture"
    "KE": ("County", "County"),  # "Turkana County"
    "GH": ("Region", "Region"),  # "Ashanti Region"
    "NG": ("State", "State"),  # "Kano State"
    "MZ": ("Province", "Province"),  # "Cabo Delgado Province"
    "TZ": ("Region", "Region"),  # "Kagera Region"
    "AF": ("Province", "Province"),  # "Helmand Province"
    "CO": ("Department", "Department"),  # "Antioquia Department"
    "BO": ("Department", "Department"),  # "Pando Department"
    "ET": ("Regional state", "Region"),  # "Tigray Region"
}
# country -> (ISO 3166-2 type, the title's pattern) where English Wikipedia puts the word first;
# these subdivisions sit under a province ("County Kerry" in Munster; session 24). A name the
# gazetteer also gives a town of the country is left out: the bare name may be the town's
# ("Sligo", "Kilkenny").
PREFIXED = {"IE": ("County", "County {}")}
WORLD = ROOT / "models" / "world_places.jsonl"
# English Wikipedia titles these without the unit word: Hokkaido is a circuit (dō) and Tokyo a
# metropolis (to), not prefectures (ken) by name.
EXCEPT = {("JP", "Hokkaido"), ("JP", "Tokyo")}
# ISO names English spells otherwise (the English Wikipedia article's spelling)
ENGLISH = {("ET", "Amara"): "Amhara", ("ET", "Tigrai"): "Tigray"}


def fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def countries() -> set[str]:
    """The countries' names and aliases of models/places.jsonl."""
    out: set[str] = set()
    with PLACES.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("//"):
                row = json.loads(line)
                if row["kind"] == "country":
                    out |= {row["alias"], row["name"]}
    return out


def rows() -> list[dict[str, str]]:
    taken = countries()
    out: dict[tuple[str, str], dict[str, str]] = {}
    for code, (kind, word) in UNITS.items():
        for sub in pycountry.subdivisions.get(country_code=code):
            name = ENGLISH.get((code, sub.name), sub.name)
            if sub.parent_code or sub.type != kind or (code, name) in EXCEPT:
                continue
            if any(c in name for c in ",/()") or name in taken or fold(name) in taken:
                continue
            for spelling in {name, fold(name)}:
                title = f"{spelling} {word}"
                out[(spelling, code)] = {"name": spelling, "country": code, "title": title}
    towns = _towns()
    for code, (kind, pattern) in PREFIXED.items():
        for sub in pycountry.subdivisions.get(country_code=code):
            if sub.type != kind or (code, sub.name) in towns or sub.name in taken:
                continue
            for spelling in {sub.name, fold(sub.name)}:
                title = pattern.format(spelling)
                out[(spelling, code)] = {"name": spelling, "country": code, "title": title}
    return sorted(out.values(), key=lambda r: (r["country"], r["name"]))


def _towns() -> set[tuple[str, str]]:
    """(country code, name) of the gazetteer's towns (models/world_places.jsonl)."""
    out: set[tuple[str, str]] = set()
    with WORLD.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("//"):
                row = json.loads(line)
                if row["kind"] == "city":
                    out.add((row["country"], row["name"]))
    return out


HEADER = (
    "// First-level subdivisions news names without the unit word English Wikipedia's title adds\n"
    '// ("Ishikawa" -> "Ishikawa Prefecture", "Turkana" -> "Turkana County", "Kerry" -> "County\n'
    '// Kerry"). Derived by scripts/derive_unit_titles.py from pycountry 26.2.16 (ISO 3166-2;\n'
    "// LGPL-2.1), the titles of English Wikipedia (CC BY-SA 4.0) and models/world_places.jsonl.\n"
    "// Do not edit by hand: rerun the script.\n"
)


def main() -> int:
    table = rows()
    OUT.write_text(
        HEADER + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in table),
        encoding="utf-8",
    )
    print(OUT, len(table), "rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
