"""Figures that compose: small rules that join pieces the scanner read into one figure.

The scanner (``briefx.normalize.scan``) reads pieces: a number with its scale, currency,
unit or percent sign. This module holds rules over two neighbouring pieces and the text
between them, each returning the joined piece or None (``shared/STYLE.md``, section G):

- ``measure_in_two_units``: a measure + a smaller unit of its dimension ("five feet" +
  "two inches" -> 5.1667 ft; "6 ft." + "2 in." too), summed in the first unit;
- ``amount_and_subunit``: an amount + its hundredths ("3 euros" + "50 cents" -> 3.50 EUR);
- ``fraction_of_unit``: a fraction + "of" + one unit ("a third of a mile" -> 0.3333 mi);
- ``times_power_of_ten``: a number × a power of ten ("2.5 x 10^6" -> 2500000);
- ``scales_summed``: a bare number with a scale + "and" + a smaller scaled amount ("2 billion"
  + "500 million dollars" -> 2500000000 USD);
- ``unit_and_a_fraction``: a measure + "and" + a fraction in words ("a mile" + "a half" ->
  1.5 mi);
- ``fraction_of_percent`` (on one piece and the words after it): "a quarter of a percentage
  point" -> 0.25 pp; ``inches_abbreviated``: "a 3/8 in. pipe" -> 0.375 in.

``compose`` applies them left to right with a stack until no rule fires, so a joined piece
can join again ("1 mile 20 yards 2 feet"); each piece is pushed and popped at most once, so the
work is linear in the number of pieces. Ranges, tallies and hedges are read by the scanner.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from briefx.normalize.numbers import VULGAR
from briefx.normalize.units import in_first_unit, match_unit

if TYPE_CHECKING:
    from briefx.normalize.scan import Found

# What may stand between the two parts of one amount: nothing, a space, "and", a comma, and
# the full stop of an abbreviated unit ("6 ft. 2 in.").
JOINER = re.compile(r"\.?(?:,? (?:and )?|,)")
# "a third of a mile": a fraction, "of", then a piece of one unit ("a mile").
OF_GAP = re.compile(r" of ")
OF_PERCENT = re.compile(r" of (?:an?|one) (percentage points?|per ?cent|percent)\b", re.IGNORECASE)
# "2.5 x 10^6": a number, a times sign, a power of ten.
TIMES_GAP = re.compile(r" ?[x×*] ?")
POWER = re.compile(r"10(?:\^|\*\*)")
AND_GAP = re.compile(r" and ")
INCH_ABBR = re.compile(r" in\.(?=[ \t]+[a-z]|[,;)])")
# "2 in." / "2 in": a bare number before "in" after a measure is inches ("6 ft. 2 in.").
INCH_AFTER = re.compile(r" in\b\.?")
# Nothing but punctuation or the end of the text after a number: the clause ends there.
CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:)!?]|$)")

Rule = Callable[[str, "Found", "Found"], "Found | None"]


def fraction_of_unit(text: str, a: Found, b: Found) -> Found | None:
    """ "a third of a mile", "seven-eighths of an inch", "3/8 of an inch", "¾ of a mile": a
    fraction of one
    unit is that much of the unit ("half a mile" the scanner reads itself)."""
    if not _a_fraction(text, a) or a.kind != "number" or a.group is not None or a.value >= 1:
        return None
    if b.kind not in ("quantity", "money") or b.value != 1 or b.group is not None:
        return None
    if OF_GAP.fullmatch(text, a.end, b.start) is None or text[b.start : b.start + 1].isdigit():
        return None
    return replace(a, kind=b.kind, unit=b.unit, end=b.end, last_atom=b.last_atom, notes=set())


def times_power_of_ten(text: str, a: Found, b: Found) -> Found | None:
    """ "2.5 x 10^6", "3 × 10^-2 metres": a number times a power of ten is their product."""
    if a.kind != "number" or a.unit is not None or a.group is not None or b.group is not None:
        return None
    if TIMES_GAP.fullmatch(text, a.end, b.start) is None or not POWER.match(text, b.start):
        return None
    return replace(
        b, start=a.start, value=a.value * b.value, first_atom=a.first_atom, words=a.words
    )


def scales_summed(text: str, a: Found, b: Found) -> Found | None:
    """ "2 billion and 500 million dollars", "3 million and 200 thousand": a bare scaled
    number and a whole number of a smaller scale are one amount, in the second's unit (the
    same scale twice, "5 thousand and 6 thousand", stays two numbers)."""
    if a.kind != "number" or a.unit is not None or not a.scaled or a.group is not None:
        return None
    if not b.scaled or b.group is not None or b.comparator is not None or b.approximate:
        return None
    if b.factor >= a.factor or b.value >= a.factor or b.value <= 0:
        return None
    if (b.value / b.factor) != (b.value / b.factor).to_integral_value():
        return None  # "1.5 lakh tonnes" after "2,000 crore" is a figure of its own
    if AND_GAP.fullmatch(text, a.end, b.start) is None:
        return None
    return replace(
        b, start=a.start, value=a.value + b.value, first_atom=a.first_atom,
        comparator=a.comparator, approximate=a.approximate, hedge_start=a.hedge_start,
        factor=a.factor,
    )  # fmt: skip


def unit_and_a_fraction(text: str, a: Found, b: Found) -> Found | None:
    """ "a mile and a half", "three kilometres and a quarter": a whole measure, "and", then a
    fraction in words is one measure."""
    if a.kind not in ("quantity", "money") or a.unit is None or a.group is not None:
        return None
    if b.kind != "number" or not (b.fraction and b.words) or b.group is not None:
        return None
    if not 0 < b.value < 1 or a.value != a.value.to_integral_value() or a.scaled:
        return None
    if AND_GAP.fullmatch(text, a.end, b.start) is None:
        return None
    return replace(a, value=a.value + b.value, end=b.end, last_atom=b.last_atom)


def measure_in_two_units(text: str, a: Found, b: Found) -> Found | None:
    """ "five feet two inches", "6 ft. 2 in.": one measure, summed in the first unit. A
    currency word that is also a unit is the measure here ("three pounds four ounces")."""
    if not _joined(text, a, b):
        return None
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
            # "6 foot 2.", "five feet six,": inches left unsaid at the end of a clause
            if a.unit != "ft" or not (1 <= b.value <= 11) or b.value != int(b.value):
                return None
            if CLAUSE_END.match(text, b.end) is None:
                return None
            unit, end = "in", b.end
        else:
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
    if not _joined(text, a, b):
        return None
    if a.group is not None or b.group is not None or b.comparator is not None:
        return None
    if "subunit" in a.notes or a.scaled or not (0 < b.value < 1):
        return None
    if a.value != a.value.to_integral_value():
        return None  # "$4.50 and 20 cents" is no one amount
    return replace(a, value=a.value + b.value, end=b.end, last_atom=b.last_atom)


def fraction_of_percent(text: str, a: Found) -> Found | None:
    """ "a quarter of a percentage point" -> 0.25 pp, "half of one percent" -> 0.5 %."""
    if not _a_fraction(text, a) or a.kind != "number" or a.group is not None or a.value >= 1:
        return None
    m = OF_PERCENT.match(text, a.end)
    if m is None:
        return None
    unit = "pp" if m.group(1).lower().startswith("percentage") else "%"
    return replace(a, kind="percent", unit=unit, end=m.end())


def inches_abbreviated(text: str, a: Found) -> Found | None:
    """ "a 3/8 in. pipe", "2 in. of rain": a bare number before "in." (with its full stop and
    no capital after it, so no sentence ends there) is inches."""
    if a.kind != "number" or a.unit is not None or a.group is not None or a.words:
        return None
    m = INCH_ABBR.match(text, a.end)
    if m is None:
        return None
    return replace(a, kind="quantity", unit="in", end=a.end + len(m.group()))


RULES: tuple[Rule, ...] = (
    measure_in_two_units,
    amount_and_subunit,
    fraction_of_unit,
    times_power_of_ten,
    unit_and_a_fraction,
    scales_summed,
)
UNARY: tuple[Callable[[str, Found], Found | None], ...] = (fraction_of_percent, inches_abbreviated)


def compose(text: str, pieces: list[Found], rules: tuple[Rule, ...] = RULES) -> list[Found]:
    """Join neighbouring pieces by ``rules`` until none fires (a stack: linear time)."""
    out: list[Found] = []
    for piece in pieces:
        if out and piece.start < out[-1].end:
            continue  # inside a piece a rule extended ("one percent" in "half of one percent")
        cur = next((j for r in UNARY if (j := r(text, piece)) is not None), piece)
        while out:
            prev = out[-1]
            joined = next((j for r in rules if (j := r(text, prev, cur)) is not None), None)
            if joined is None:
                break
            out.pop()
            cur = joined
        out.append(cur)
    return out


def _a_fraction(text: str, a: Found) -> bool:
    """A fraction in words, with a slash or a vulgar fraction ("a third", "3/8", "¾")."""
    return a.fraction or any(c in VULGAR or c == "/" for c in text[a.start : a.end])


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
