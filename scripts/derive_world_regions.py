"""Derive models/world_regions.jsonl: the English names of the world's continents and regions
(UN M.49 areas as CLDR names them: "Africa", "Europe", "Latin America", "Southeast Asia").

Source: CLDR through babel (``Locale("en").territories``, the codes of three digits; CLDR data
under the Unicode licence, babel BSD-3-Clause), the version pinned in requirements.lock; "world"
(001) is left out. ``briefx.pipeline.entities.places.world_regions`` reads the table: a
mention that is one of these names is a LOC (OntoNotes: continents and regions are LOC), also
where NER, the linking or the type vote made a body of it ("Europe's largest airline", "Africa
accounts for two thirds"). Run: ``.venv/bin/python scripts/derive_world_regions.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import babel
from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "models" / "world_regions.jsonl"


def rows() -> list[dict[str, str]]:
    """The rows of the table: regions with a numeric code, named in capitals (not "world")."""
    names = Locale("en").territories
    return [
        {"name": str(names[code]), "code": code}
        for code in sorted(names)
        if code.isdigit() and str(names[code])[:1].isupper()
    ]


def main() -> int:
    found = rows()
    header = (
        "// English names of continents and world regions (UN M.49 areas, CLDR).\n"
        f"// Derived by scripts/derive_world_regions.py from babel {babel.__version__} "
        "(CLDR data, Unicode licence; babel BSD-3-Clause).\n"
        "// Do not edit by hand: rerun the script.\n"
    )
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT.name}: {len(found)} regions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
