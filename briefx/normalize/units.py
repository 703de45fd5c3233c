"""Quantities: "95 kilometres" -> (95, "km"), "6.2 miles" -> (6.2, "mi").

The table is models/units.jsonl. One-letter units ("m", "t", "l", "g") match only as
written there (lower case), so "10M" stays a scale and "3 T" is no unit.
"""

from __future__ import annotations

import re
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
