"""Quantities: "95 kilometres" -> (95, "km"), "6.2 miles" -> (6.2, "mi").

Two tables: models/units.jsonl (edited by hand; it wins) and models/unit_names.jsonl (derived
from the pint unit registry by scripts/derive_units.py: names, plurals, spellings, symbols,
with each unit's dimension and size). One-letter units ("m", "t", "l", "g") match only as
written (lower case), so "10M" stays a scale and "3 T" is no unit.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from briefx.resources import read_jsonl

SPACES = re.compile(r"\s+")
POWER_WORDS = {"sq": "square", "cu": "cubic"}


@cache
def unit_table() -> dict[str, str]:
    """Return lower-case unit text (single spaces) -> symbol."""
    table = {_key(r["match"]): r["symbol"] for r in read_jsonl("units.jsonl")}
    for r in read_jsonl("unit_names.jsonl"):
        table.setdefault(_key(r["match"]), r["symbol"])
    return table


def _key(match: str) -> str:
    """One letter keeps its case ("L" litres, "m" metres, but "M" is no unit); longer ones not."""
    return match if len(match) == 1 else match.lower()


@cache
def unit_sizes() -> dict[str, tuple[str, Decimal]]:
    """Return symbol -> (dimension, size in SI base units), for units that can be summed."""
    out: dict[str, tuple[str, Decimal]] = {}
    for r in read_jsonl("unit_names.jsonl"):
        if r["factor"]:
            out.setdefault(r["symbol"], (r["dimension"], Decimal(r["factor"])))
    return out


@cache
def _unit_scales() -> dict[str, Decimal]:
    """Return lower-case unit text -> the scale it carries ("bcm", billion cubic metres -> 1e9)."""
    return {
        _key(r["match"]): Decimal(r["scale"]) for r in read_jsonl("units.jsonl") if "scale" in r
    }


def unit_scale(phrase: str) -> Decimal:
    """Return the scale a unit's text carries in itself ("42 bcm" is 42 billion m3), else 1."""
    key = SPACES.sub(" ", phrase.strip())
    return _unit_scales().get(key if len(key) == 1 else key.lower(), Decimal(1))


def match_unit(phrase: str) -> str | None:
    """Return the symbol of a unit named by the whole of ``phrase`` ("Square Feet" -> "ft2")."""
    if len(phrase) > 40:
        return None
    key = SPACES.sub(" ", phrase.strip())
    if len(key) == 1:  # "m" and "L" but not "M" (a scale); signs as written ("″")
        return unit_table().get(key)
    symbol = unit_table().get(key.lower())
    if symbol is None and "." in key:  # "sq. ft", "cu. m"; not "in." nor "p.m."
        bare = SPACES.sub(" ", key.replace(".", " ")).strip().lower()
        if bare not in ("in", "pm", "am"):
            symbol = unit_table().get(bare)
            key = bare
    if symbol is None and "-" in key.strip("-"):
        # "terawatt-hours", "cubic-metres": a hyphen between the words of a unit's name is
        # written for the space pint's names have (one rule instead of a hyphenated copy of
        # every name)
        symbol = unit_table().get(key.lower().replace("-", " "))
    if symbol is None:  # "sq metres", "cu. yards": the short words before any length name
        words = key.lower().split(" ", 1)
        if len(words) == 2 and words[0] in POWER_WORDS:
            symbol = unit_table().get(f"{POWER_WORDS[words[0]]} {words[1]}")
    return symbol


def in_first_unit(first: str, second: str, value: Decimal) -> Decimal | None:
    """Return ``value`` of unit ``second`` in units of ``first`` where the second is the smaller
    unit of the same dimension ("2 inches" after "5 feet" -> 1/6), else None."""
    a, b = unit_sizes().get(first), unit_sizes().get(second)
    if a is None or b is None or a[0] != b[0] or b[1] >= a[1]:
        return None
    return value * b[1] / a[1]
