"""Figures that compose: small rules that join pieces the scanner read into one figure.

The scanner (``briefx.normalize.scan``) reads pieces: a number with its scale, currency,
unit or percent sign. This module holds rules over two neighbouring pieces and the text
between them, each returning the joined piece or None (``shared/STYLE.md``, section G):

- ``measure_in_two_units``: a measure + a smaller unit of its dimension ("five feet" +
  "two inches" -> 5.1667 ft; "6 ft." + "2 in." too), summed in the first unit;
- ``amount_and_subunit``: an amount + its hundredths ("3 euros" + "50 cents" -> 3.50 EUR).

``compose`` applies them left to right with a stack until no rule fires, so a joined piece
can join again ("1 mile 20 yards 2 feet"); each piece is pushed and popped at most once, so the
work is linear in the number of pieces. Ranges, tallies and hedges are read by the scanner.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from briefx.normalize.units import in_first_unit, match_unit

if TYPE_CHECKING:
    from briefx.normalize.scan import Found

# What may stand between the two parts of one amount: nothing, a space, "and", a comma, and
# the full stop of an abbreviated unit ("6 ft. 2 in.").
JOINER = re.compile(r"\.?(?:,? (?:and )?|,)")
# "2 in." / "2 in": a bare number before "in" after a measure is inches ("6 ft. 2 in.").
INCH_AFTER = re.compile(r" in\b\.?")

Rule = Callable[[str, "Found", "Found"], "Found | None"]


def measure_in_two_units(text: str, a: Found, b: Found) -> Found | None:
    """ "five feet two inches", "6 ft. 2 in.": one measure, summed in the first unit. A
    currency word that is also a unit is the measure here ("three pounds four ounces")."""
    if a.kind == "money" and not a.scaled:
        words = text[a.start : a.end].split()
        unit = match_unit(words[-1]) if len(words) > 1 else None
        if unit is None:
            return None
        a = replace(a, kind="quantity", unit=unit)
    if a.kind != "quantity" or a.unit is None or a.group is not None or b.group is not None:
        return None
    if b.comparator is not None or b.approximate or b.value < 0:
        return None
    end = b.end
    unit = b.unit
    if b.kind == "number" and not b.fraction:
        m = INCH_AFTER.match(text, b.end)
        if m is None:
            return None
        unit, end = "in", b.end + len(m.group().rstrip("."))
        if m.group().endswith("."):
            end += 1
    elif b.kind != "quantity":
        return None
    if unit is None:
        return None
    value = in_first_unit(a.unit, unit, b.value)
    if value is None:
        return None
    return replace(a, value=a.value + value, end=end, last_atom=b.last_atom)


def amount_and_subunit(text: str, a: Found, b: Found) -> Found | None:
    """ "3 euros 50 cents", "twenty dollars and fifty cents": an amount and its hundredths."""
    if a.kind != "money" or b.kind != "money" or "subunit" not in b.notes:
        return None
    if a.group is not None or b.group is not None or b.comparator is not None:
        return None
    if "subunit" in a.notes or a.scaled or not (0 < b.value < 1):
        return None
    if a.value != a.value.to_integral_value():
        return None  # "$4.50 and 20 cents" is no one amount
    return replace(a, value=a.value + b.value, end=b.end, last_atom=b.last_atom)


RULES: tuple[Rule, ...] = (measure_in_two_units, amount_and_subunit)


def compose(text: str, pieces: list[Found], rules: tuple[Rule, ...] = RULES) -> list[Found]:
    """Join neighbouring pieces by ``rules`` until none fires (a stack: linear time)."""
    out: list[Found] = []
    for piece in pieces:
        cur = piece
        while out:
            prev = out[-1]
            if not _joined(text, prev, cur):
                break
            joined = next((j for r in rules if (j := r(text, prev, cur)) is not None), None)
            if joined is None:
                break
            out.pop()
            cur = joined
        out.append(cur)
    return out


def _joined(text: str, a: Found, b: Found) -> bool:
    """Only a joiner stands between a and b; a full stop only after a short unit ("ft.")."""
    if a.end == b.start:
        return True
    if JOINER.fullmatch(text, a.end, b.start) is None:
        return False
    if text[a.end] != ".":
        return True
    word = text[max(a.start, a.end - 4) : a.end].split()[-1:]
    return bool(word) and word[0].isalpha() and len(word[0]) <= 3
