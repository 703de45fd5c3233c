"""Derive models/country_codes.jsonl: English country and territory names -> ISO 3166-1 alpha-2
codes, as CLDR names them ("Germany" -> "DE", "Hong Kong SAR China" -> "HK").

Source: CLDR through babel (``Locale("en").territories``; CLDR data under the Unicode licence,
babel BSD-3-Clause), the version pinned in requirements.lock. The figures stage reads the table
to find the country of a dateline or of the places a text names (``place_country`` in
``briefx/normalize/figures.py``); reading babel's English locale for it cost about 30 ms on a
process's first document, the table about 1 ms. ``tests/normalize/test_figures.py`` checks that
the table still equals babel's names. Run: ``.venv/bin/python scripts/derive_country_codes.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import babel
from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "models" / "country_codes.jsonl"


def rows() -> list[dict[str, str]]:
    """The rows of the table: territories with a two-letter code (no regions such as "001")."""
    names = Locale("en").territories
    return [{"name": str(names[code]), "code": code} for code in sorted(names) if code.isalpha()]


def main() -> int:
    found = rows()
    header = (
        "// English country and territory names -> ISO 3166-1 alpha-2 code (CLDR).\n"
        f"// Derived by scripts/derive_country_codes.py from babel {babel.__version__} "
        "(CLDR data, Unicode licence; babel BSD-3-Clause).\n"
        "// Do not edit by hand: rerun the script.\n"
    )
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT.name}: {len(found)} territories", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
