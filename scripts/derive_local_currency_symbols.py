"""Derive models/local_currency_symbols.jsonl: the symbols a country's own locales write for its
currency.

Source: the Unicode CLDR data as shipped by ``babel`` (a runtime dependency; babel is
BSD-3-Clause, the CLDR data is under the Unicode licence). For each territory with a currency in
force (``babel.numbers.get_territory_currencies``): its first currency's ISO 4217 code and the
symbol that every locale of the territory ("en_CA", "fr_CA" for CA) writes for it
(``get_currency_symbol``): "CA" -> CAD {"$"}, "ZA" -> ZAR {"R"}, "IN" -> INR {"₹"}.

``briefx.normalize.figures.local_currency`` reads this table: looking the symbols up in CLDR at
run time loads every locale of the country (a pickle each), which cost about 15 ms a document
on the opened briefs (measured, session 28). A test rebuilds the table in memory and compares it
with the committed copy (tests/normalize/test_derived_tables.py).

Run from the project root: ``.venv/bin/python scripts/derive_local_currency_symbols.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from babel.core import get_global
from babel.localedata import locale_identifiers
from babel.numbers import get_currency_symbol, get_territory_currencies

OUT = Path(__file__).resolve().parent.parent / "models" / "local_currency_symbols.jsonl"
HEADER = (
    "// The symbols a country's own locales write for its currency (ISO 3166 territory, ISO 4217\n"
    "// code). Derived by scripts/derive_local_currency_symbols.py from Unicode CLDR via babel\n"
    "// (CLDR: Unicode licence; babel: BSD-3-Clause). Do not edit by hand: rerun the script.\n"
)


def rows() -> list[dict[str, object]]:
    """Return one row per territory with a currency in force, in territory order."""
    identifiers = sorted(locale_identifiers())
    out: list[dict[str, object]] = []
    for territory in sorted(get_global("territory_currencies")):
        found = get_territory_currencies(territory)
        if not found:
            continue
        code = str(found[0])
        locales = [loc for loc in identifiers if loc.endswith("_" + territory)]
        symbols = sorted({get_currency_symbol(code, loc) for loc in locales})
        out.append({"territory": territory, "code": code, "symbols": symbols})
    return out


def render() -> str:
    """Return the file text."""
    return HEADER + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())


def main() -> None:
    text = render()
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - HEADER.count(chr(10))} rows -> {OUT}")


if __name__ == "__main__":
    main()
