"""Figure composition rules (``briefx.normalize.compose``), each tested alone and through
``scan``. Invented texts, three or more per rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefx.normalize.compose import amount_and_subunit, compose, measure_in_two_units
from briefx.normalize.scan import Found, scan


def _rows(text: str) -> list[tuple[str, str, Decimal, str | None]]:
    return [(text[f.start : f.end], f.kind, round(f.value, 4), f.unit) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure and a smaller unit of its dimension, in words, digits or abbreviations
        ("He is five feet two inches tall.", [("five feet two inches", "quantity", Decimal("5.1667"), "ft")]),
        ("He is 6 ft. 2 in. tall.", [("6 ft. 2 in.", "quantity", Decimal("6.1667"), "ft")]),
        ("The calf weighed three pounds four ounces.", [("three pounds four ounces", "quantity", Decimal("3.25"), "lb")]),
        ("The wall runs one mile 20 yards 2 feet.", [("one mile 20 yards 2 feet", "quantity", Decimal("1.0117"), "mi")]),
        # an amount and its hundredths
        ("It cost 3 euros 50 cents.", [("3 euros 50 cents", "money", Decimal("3.5"), "EUR")]),
        ("It cost twenty dollars and fifty cents.", [("twenty dollars and fifty cents", "money", Decimal("20.5"), "USD")]),
        # a fraction of one unit
        ("The school is a third of a mile away.", [("a third of a mile", "quantity", Decimal("0.3333"), "mi")]),
        ("A gap of seven-eighths of an inch opened.", [("seven-eighths of an inch", "quantity", Decimal("0.875"), "in")]),
        ("Rates fell a quarter of a percentage point.", [("a quarter of a percentage point", "percent", Decimal("0.25"), "pp")]),
        ("Fees are half of one percent.", [("half of one percent", "percent", Decimal("0.5"), "%")]),
        # a bare number before "in." and a lower-case word is inches
        ("The pipe is 3/8 in. wide.", [("3/8 in.", "quantity", Decimal("0.375"), "in")]),
        ("Crews laid a 12 in. main.", [("12 in.", "quantity", Decimal(12), "in")]),
        ("It got 2 in. of rain.", [("2 in.", "quantity", Decimal(2), "in")]),
        # a singular fraction word after "and" or before a scale is an adjective
        ("It raised one and three-quarter million pounds.", [("one and three-quarter million pounds", "money", Decimal(1750000), "GBP")]),
        ("The truck weighed six and three quarter tonnes.", [("six and three quarter tonnes", "quantity", Decimal("6.75"), "t")]),
        ("They hired two and one-half thousand staff.", [("two and one-half thousand", "number", Decimal(2500), None)]),
        # a number times a power of ten
        ("The count was 2.5 × 10^6.", [("2.5 × 10^6", "number", Decimal(2500000), None)]),
        ("The gap is 3 x 10^-2 metres.", [("3 x 10^-2 metres", "quantity", Decimal("0.03"), "m")]),
        ("It holds 1.2 x 10^9 cells.", [("1.2 x 10^9", "number", Decimal(1200000000), None)]),
        ("The fee is 7 pounds and 20 pence.", [("7 pounds and 20 pence", "money", Decimal("7.2"), "GBP")]),
        # feet and a bare number of inches at the end of a clause
        ("He stands 6 foot 2.", [("6 foot 2", "quantity", Decimal("6.1667"), "ft")]),
        ("She is five feet six, and fast.", [("five feet six", "quantity", Decimal("5.5"), "ft")]),
        ("The guard is 6 ft 11", [("6 ft 11", "quantity", Decimal("6.9167"), "ft")]),
    ],
)  # fmt: skip
def test_composed(text: str, expected: list[tuple[str, str, Decimal, str | None]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It cost three pounds. 4 ounces of tea were sold.",  # a sentence ends between them
        "The wall is 3 m. 20 people came.",
        "The road is 5 km, 10 km more than planned.",  # the second unit is not smaller
        "He is 5 feet 9 tall.",  # a bare number without "in", a word after it
        "The wall rose 6 feet 2 days ago.",
        "It is 3 metres 5.",  # inches only after feet
    ],
)
def test_not_composed(text: str) -> None:
    assert len(scan(text)) == 2


def _piece(kind: str, value: str, unit: str | None, start: int, end: int, **kw: object) -> Found:
    return Found(start, end, kind, Decimal(value), unit, **kw)  # type: ignore[arg-type]


def test_rules_alone() -> None:
    text = "5 feet 2 inches"
    a, b = _piece("quantity", "5", "ft", 0, 6), _piece("quantity", "2", "in", 7, 15)
    joined = measure_in_two_units(text, a, b)
    assert joined is not None
    assert (joined.start, joined.end, joined.unit) == (0, 15, "ft")
    assert measure_in_two_units(text, b, a) is None  # the larger unit must come first
    text = "$7 and 25 cents"
    c = _piece("money", "7", "USD", 0, 2)
    d = _piece("money", "0.25", "USD", 7, 15, notes={"subunit"})
    got = amount_and_subunit(text, c, d)
    assert got is not None
    assert got.value == Decimal("7.25")
    assert amount_and_subunit(text, c, _piece("money", "0.25", "USD", 7, 15)) is None
    assert [p.end for p in compose(text, [c, d])] == [15]
