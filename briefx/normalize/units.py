"""Quantities: "95 kilometres" -> (95, "km"), "6.2 miles" -> (6.2, "mi").

The table is models/units.jsonl. One-letter units ("m", "t", "l", "g") match only as
written there (lower case), so "10M" stays a scale and "3 T" is no unit.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from briefx.resources import read_jsonl

SPACES = re.compile(r"\s+")


@cache
def unit_table() -> dict[str, str]:
    """Return lower-case unit text (single spaces) -> symbol."""
    return {r["match"].lower(): r["symbol"] for r in read_jsonl("units.jsonl")}


def match_unit(phrase: str) -> str | None:
    """Return the symbol of a unit named by the whole of ``phrase`` ("Square Feet" -> "ft2")."""
    if len(phrase) > 40:
        return None
    key = SPACES.sub(" ", phrase.strip())
    if len(key) == 1:
        return unit_table().get(key) if key.islower() else None
    return unit_table().get(key.lower())


def find_unit(text: str) -> tuple[str, int] | None:
    """Return (symbol, start) of the longest unit named in ``text`` after its number."""
    low = text.lower()
    for match, symbol in sorted(unit_table().items(), key=lambda kv: -len(kv[0])):
        m = re.search(rf"(?<![a-z]){re.escape(match)}(?![a-z])", low)
        if m and (len(match) > 1 or text[m.start()].islower()):
            return symbol, m.start()
    return None


def parse_quantity(text: str) -> tuple[Decimal, str] | None:
    """Parse a number with a physical unit ("95 kilometres" -> (95, "km")); None if not one."""
    from briefx.normalize.scan import scan

    for f in scan(text):
        if f.kind == "quantity" and f.unit is not None:
            return f.value, f.unit
    return None
