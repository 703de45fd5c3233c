"""Derive ``models/divided_regions.jsonl``: the regions that two or more first-level
subdivisions divide ("Darfur" of "North Darfur" and "South Darfur"; "Sulawesi", a unit the
provinces "Sulawesi Selatan", "Sulawesi Utara" are named under), read by
``entities.places.divided_region`` (session 26).

Source: the subdivisions of ``models/world_places.jsonl`` (ISO 3166-2 from pycountry, LGPL-2.1,
derived by ``scripts/derive_entity_tables.py``) and the direction words of
``models/entity_forms.jsonl``; the rule is ``divided_regions`` below. Computing it at
run time walked the whole gazetteer (about 0.5 s in every process), hence this table.

    python scripts/derive_divided_regions.py
"""

from __future__ import annotations

import json
from pathlib import Path

from briefx.normalize.names import entity_words
from briefx.resources import read_jsonl

OUT = Path(__file__).resolve().parent.parent / "models" / "divided_regions.jsonl"
HEADER = """\
// Regions that two or more first-level subdivisions divide (name; unit: true where the
// subdivisions are named under it as a unit above them). Derived by
// scripts/derive_divided_regions.py from the subdivisions of world_places.jsonl (pycountry,
// LGPL-2.1) and the direction words of entity_forms.jsonl. Do not edit by hand: rerun the script.
"""


def divided_regions(subdivisions: set[str], directions: frozenset[str]) -> dict[str, bool]:
    """Names held inside two or more of ``subdivisions``' names, after a direction word or before
    another word ("Darfur" of "North Darfur", "South Darfur"; "Sulawesi" of "Sulawesi Selatan",
    "Sulawesi Utara"): the regions those subdivisions divide, with True for a subdivision the
    others are named under (a unit above provinces, "Sulawesi"; not "Samar" of "Northern Samar",
    a province beside its namesakes)."""
    seen: dict[str, int] = {}
    heads: dict[str, int] = {}
    for name in subdivisions:
        words = name.split()
        if len(words) != 2 or len(words[0]) < 4 or len(words[1]) < 4:
            continue
        first = words[0].lower()
        if first in directions or first[:-3] in directions:
            seen[words[1]] = seen.get(words[1], 0) + 1  # "North Darfur"
        elif words[0] in subdivisions and words[1][:1].isupper():
            heads[words[0]] = heads.get(words[0], 0) + 1  # "Sulawesi Selatan" under "Sulawesi"
    out = {w: False for w, n in seen.items() if n >= 2}
    out.update({w: True for w, n in heads.items() if n >= 2})
    return out


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
