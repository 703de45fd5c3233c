"""Quantities: "95 kilometres" -> (95, "km"), "6.2 miles" -> (6.2, "mi")."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from briefx.normalize.numbers import DIGITS, parse_number
from briefx.resources import read_jsonl


@cache
def unit_table() -> list[tuple[str, str]]:
    """Return (lower-case unit text, symbol), longest first so "square feet" beats "feet"."""
    rows = [(r["match"], r["symbol"]) for r in read_jsonl("units.jsonl")]
    return sorted(rows, key=lambda kv: -len(kv[0]))


def find_unit(text: str) -> tuple[str, int] | None:
    """Return (symbol, start) of the unit named in ``text``."""
    low = text.lower()
    for match, symbol in unit_table():
        m = re.search(rf"(?<![a-z]){re.escape(match)}(?![a-z])", low)
        if m:
            return symbol, m.start()
    return None


def parse_quantity(text: str) -> tuple[Decimal, str] | None:
    """Parse a number with a physical unit; None if either is missing."""
    unit = find_unit(text)
    if unit is None:
        return None
    symbol, at = unit
    number_text = text[:at] if at > 0 else text[len(symbol) :]
    if not DIGITS.search(number_text) and not number_text.strip():
        return None
    value = parse_number(number_text)
    return (value, symbol) if value is not None else None
