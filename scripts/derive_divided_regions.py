"""Derive ``models/divided_regions.jsonl``: the regions that two or more first-level
subdivisions divide ("Darfur" of "North Darfur" and "South Darfur"; "Sulawesi", a unit the
provinces "Sulawesi Selatan", "Sulawesi Utara" are named under), read by
``entities.places.divided_region`` (session 26).

Source: the subdivisions of ``models/world_places.jsonl`` (ISO 3166-2 from pycountry, LGPL-2.1,
derived by ``scripts/derive_entity_tables.py``) and the direction words of
``models/entity_forms.jsonl``; the rule is ``entities.places.divided_regions``. Computing it at
run time walked the whole gazetteer (about 0.5 s in every process), hence this table.

    python scripts/derive_divided_regions.py
"""

from __future__ import annotations

import json
from pathlib import Path

from briefx.normalize.names import entity_words
from briefx.pipeline.entities.places import divided_regions
from briefx.resources import read_jsonl

OUT = Path(__file__).resolve().parent.parent / "models" / "divided_regions.jsonl"
HEADER = """\
// Regions that two or more first-level subdivisions divide (name; unit: true where the
// subdivisions are named under it as a unit above them). Derived by
// scripts/derive_divided_regions.py from the subdivisions of world_places.jsonl (pycountry,
// LGPL-2.1) and the direction words of entity_forms.jsonl. Do not edit by hand: rerun the script.
"""


def main() -> None:
    subdivisions = {
        str(r["name"]) for r in read_jsonl("world_places.jsonl") if r.get("kind") == "subdivision"
    }
    regions = divided_regions(subdivisions, entity_words("direction"))
    rows = [
        json.dumps({"name": n, "unit": u}, ensure_ascii=False) for n, u in sorted(regions.items())
    ]
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(rows)} regions ({sum(regions.values())} units)")


if __name__ == "__main__":
    main()
