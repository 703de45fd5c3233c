"""Number parsing tables (no spaCy). New cases go in the tables; known misses in *_XFAIL."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefx.normalize.numbers import digit_value, parse_number, parse_ordinal, parse_words

WORDS = [
    ("fifty", 50), ("one hundred and twenty", 120), ("half a million", 500000),
    ("a dozen", 12), ("two dozen", 24), ("three lakh crore", 3 * 10**12),
    ("6 crore and two hundred", 60000200), ("4 thousand 3 hundred", 4300),
    ("nought point nought three", Decimal("0.03")), ("two point two million", 2200000),
    ("one and a half", Decimal("1.5")), ("two thirds", Decimal(2) / 3),
    ("five billion and three quarters", 5750000000), ("one twenty two", 122),
    ("minus seven", -7), ("twenty-one thousand eleven", 21011), ("quarter million", 250000),
]  # fmt: skip
WORDS_NONE = ["billions", "hundreds of thousands", "and", "a", "one million two million"]
DIGITS = [
    ("1,500", 1500), ("1.111,11", Decimal("1111.11")), ("1,3", Decimal("1.3")),
    ("1 414 021 100", 1414021100), (".08", Decimal("0.08")), ("-4/5", Decimal("-0.8")),
    ("2-1/2", Decimal("2.5")), ("12.32e+14", Decimal("1.232e15")), ("1.3x10^6", 1300000),
]  # fmt: skip
DIGITS_NONE = ["1.2.3", "1,2,3", "abc"]
ORDINALS = [
    ("third", 3), ("21st", 21), ("twenty-first", 21), ("two hundredth", 200),
    ("one hundred twenty fifth", 125), ("forty—second", 42),
    # "and" after a scale word before the ordinal: "one hundred and first"
    ("one hundred and first", 101), ("three thousand and fifth", 3005), ("a hundred and third", 103),
]  # fmt: skip
# A compound ordinal's head ends in tens (or hundreds before "tenth".."ninetieth"): a cardinal
# before a unit ordinal is no ordinal ("a five-second penalty", "a three-second gap").
ORDINALS_NONE = ["five-second", "three-second", "two-third", "twelve-fifth", "seven-tenth"]
ORDINALS += [("ninety-ninth", 99), ("one hundred tenth", 110), ("seventy-seventh", 77)]
ORDINALS_XFAIL = [("21st.", 21)]  # a trailing full stop is left to the caller
PLAIN = [("126 billion", 126 * 10**9), ("5.6B", Decimal("5.6e9")), ("three", 3), ("1,500", 1500)]


@pytest.mark.parametrize(("text", "value"), WORDS)
def test_words(text: str, value: int | Decimal) -> None:
    got = parse_words(text)
    assert got is not None
    assert abs(got - Decimal(value)) < Decimal("1e-9")


@pytest.mark.parametrize("text", WORDS_NONE)
def test_words_not_numbers(text: str) -> None:
    assert parse_words(text) is None


@pytest.mark.parametrize(("text", "value"), DIGITS)
def test_digits(text: str, value: int | Decimal) -> None:
    assert digit_value(text) == Decimal(value)


@pytest.mark.parametrize("text", DIGITS_NONE)
def test_digits_rejected(text: str) -> None:
    assert digit_value(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    ORDINALS + [pytest.param(*c, marks=pytest.mark.xfail(strict=True)) for c in ORDINALS_XFAIL],
)
def test_ordinals(text: str, value: int) -> None:
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text", ORDINALS_NONE)
def test_not_ordinals(text: str) -> None:
    assert parse_ordinal(text) is None


@pytest.mark.parametrize(("text", "value"), PLAIN)
def test_parse_number_keeps_its_contract(text: str, value: int | Decimal) -> None:
    """dates.py calls parse_number on plain numbers and words."""
    assert parse_number(text) == Decimal(value)
