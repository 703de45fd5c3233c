"""Figures that compose, family by family (scanner only, no spaCy).

Each family has at least three examples written for it before its rule (invented texts).
Row: (text, [(span, kind, value, unit), ...]); values compare with a tolerance of 1e-9.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefx.normalize.numbers import digit_value, parse_items
from briefx.normalize.scan import scan
from briefx.normalize.units import in_first_unit, match_unit

Row = tuple[str, list[tuple[str, str, object, str | None]]]

WORDS: list[Row] = [
    ("They counted 4 thousand 2 hundred and 7 votes.", [("4 thousand 2 hundred and 7", "number", 4207, None)]),
    ("a crowd of 9 thousand and 15", [("9 thousand and 15", "number", 9015, None)]),
    ("one hundred and 5 boats", [("one hundred and 5", "number", 105, None)]),
    ("two hundred point five", [("two hundred point five", "number", Decimal("200.5"), None)]),
    ("three and a half million", [("three and a half million", "number", 3_500_000, None)]),
    ("eight and a quarter billion", [("eight and a quarter billion", "number", 8_250_000_000, None)]),
    ("three twentieths", [("three twentieths", "number", Decimal("0.15"), None)]),
    ("between 5 thousand and 6 thousand", [("5 thousand", "number", 5000, None), ("6 thousand", "number", 6000, None)]),
    ("a quarter of a million", [("a quarter of a million", "number", 250_000, None)]),
    ("three quarters of a billion euros", [("three quarters of a billion euros", "money", 750_000_000, "EUR")]),
    ("half of a million", [("half of a million", "number", 500_000, None)]),
]  # fmt: skip

FRACTIONS: list[Row] = [
    ("a 4½% rise", [("4½%", "percent", Decimal("4.5"), "%")]),
    ("only ¾ mile away", [("¾ mile", "quantity", Decimal("0.75"), "mi")]),
    ("a 2⅓ litre jug", [("2⅓ litre", "quantity", Decimal(7) / 3, "l")]),
    ("€1½ billion", [("€1½ billion", "money", 1_500_000_000, "EUR")]),
    ("walked 3 1/4 miles", [("3 1/4 miles", "quantity", Decimal("3.25"), "mi")]),
    ("a 5 3/8-inch bolt", [("5 3/8-inch", "quantity", Decimal("5.375"), "in")]),
    ("a 1/2-inch gap", [("1/2-inch", "quantity", Decimal("0.5"), "in")]),
    ("4 and 1/2 miles", [("4 and 1/2 miles", "quantity", Decimal("4.5"), "mi")]),
    ("1 and 3/8", [("1 and 3/8", "number", Decimal("1.375"), None)]),
    ("7 and 2/3 cups", [("7 and 2/3 cups", "quantity", Decimal(23) / 3, "cup")]),
    ("5 and 6 people", [("5", "number", 5, None), ("6", "number", 6, None)]),
]  # fmt: skip

GROUPS: list[Row] = [
    ("about 42 000 fans", [("42 000", "number", 42000, None)]),
    ("9\u202f876\u202f543 people", [("9\u202f876\u202f543", "number", 9876543, None)]),
    ("3\u00a0500 tonnes", [("3\u00a0500 tonnes", "quantity", 3500, "t")]),
    ("7,12,34,567 rupees", [("7,12,34,567 rupees", "money", 71234567, "INR")]),
    ("a 4.2b deal", [("4.2b", "number", 4_200_000_000, None)]),
    ("GBP 7M", [("GBP 7M", "money", 7_000_000, "GBP")]),
    ("a 12mn fund", [("12mn", "number", 12_000_000, None)]),
]  # fmt: skip

CURRENCIES: list[Row] = [
    ("sold for 90 Malaysian ringgit", [("90 Malaysian ringgit", "money", 90, "MYR")]),
    ("fined 300 Turkish lira", [("300 Turkish lira", "money", 300, "TRY")]),
    ("a ticket at ₡900", [("₡900", "money", 900, "CRC")]),
    ("EGP 75 a month", [("EGP 75", "money", 75, "EGP")]),
    ("raised ₦2 billion", [("₦2 billion", "money", 2_000_000_000, "NGN")]),
    ("NT$40 each", [("NT$40", "money", 40, "TWD")]),
    ("twenty Thai baht", [("twenty Thai baht", "money", 20, "THB")]),
    ("450 Polish zlotys", [("450 Polish zlotys", "money", 450, "PLN")]),
    ("ten bucks", [("ten bucks", "money", 10, "USD")]),
]  # fmt: skip

TWO_UNITS: list[Row] = [
    ("it cost $9 and 99 cents", [("$9 and 99 cents", "money", Decimal("9.99"), "USD")]),
    ("€3 and 5 cents", [("€3 and 5 cents", "money", Decimal("3.05"), "EUR")]),
    ("a fish of 3 pounds 8 ounces", [("3 pounds 8 ounces", "quantity", Decimal("3.5"), "lb")]),
    ("he is 6 feet 3 inches", [("6 feet 3 inches", "quantity", Decimal("6.25"), "ft")]),
    ("2 m 40 cm high", [("2 m 40 cm", "quantity", Decimal("2.4"), "m")]),
    ("1 mile 880 yards", [("1 mile 880 yards", "quantity", Decimal("1.5"), "mi")]),
    ("a 5′ 6″ door", [("5′ 6″", "quantity", Decimal("5.5"), "ft")]),
    ("between $9 and 99 people", [("$9", "money", 9, "USD"), ("99", "number", 99, None)]),
]  # fmt: skip

UNITS: list[Row] = [
    ("3 decilitres of cream", [("3 decilitres", "quantity", 3, "dl")]),
    ("40 milligrams", [("40 milligrams", "quantity", 40, "mg")]),
    ("a 6-inch blade", [("6-inch", "quantity", 6, "in")]),
    ("12 centilitres", [("12 centilitres", "quantity", 12, "cl")]),
    ("8 square kilometres", [("8 square kilometres", "quantity", 8, "km2")]),
    ("a 9″ tablet", [("9″", "quantity", 9, "in")]),
    ("Two to four inches of rain", [("Two", "quantity", 2, "in"), ("four inches", "quantity", 4, "in")]),
    ("30 kgs of rice", [("30 kgs", "quantity", 30, "kg")]),
    ("12 kms away", [("12 kms", "quantity", 12, "km")]),
    ("8 yds", [("8 yds", "quantity", 8, "yd")]),
    ("900 sq. ft. of space", [("900 sq. ft", "quantity", 900, "ft2")]),
    ("3 cu. m of soil", [("3 cu. m", "quantity", 3, "m3")]),
    ("a 1.5 L bottle", [("1.5 L", "quantity", Decimal("1.5"), "l")]),
    ("400 mcg daily", [("400 mcg", "quantity", 400, "µg")]),
    ("rose 4 in. The", [("4", "number", 4, None)]),
    ("5 W 42nd", [("5", "number", 5, None), ("42nd", "ordinal", 42, None)]),
]  # fmt: skip

# Issue 14, round 2: rows written before their rules (invented texts, three or more each).
# A compound ordinal ("twenty first", "thirty-second") is one denominator.
COMPOUND_DENOMINATORS: list[Row] = [
    ("three twenty firsts", [("three twenty firsts", "number", Decimal(3) / 21, None)]),
    ("five thirty-seconds of an inch", [("five thirty-seconds of an inch", "quantity", Decimal(5) / 32, "in")]),
    ("seven sixty fourths", [("seven sixty fourths", "number", Decimal(7) / 64, None)]),
    ("a twenty-first", [("a twenty-first", "number", Decimal(1) / 21, None)]),
]  # fmt: skip
# Hyphenated "and a half"; vulgar fractions of one unit.
HYPHENS_AND_VULGAR_OF: list[Row] = [
    ("one-and-a-half million people", [("one-and-a-half million", "number", 1_500_000, None)]),
    ("a two-and-a-half-year term", [("two-and-a-half", "number", Decimal("2.5"), None)]),
    ("¾ of a mile", [("¾ of a mile", "quantity", Decimal("0.75"), "mi")]),
    ("¼ of a percentage point", [("¼ of a percentage point", "percent", Decimal("0.25"), "pp")]),
    ("½ of one percent", [("½ of one percent", "percent", Decimal("0.5"), "%")]),
]  # fmt: skip
# A comma after a scale word inside a number written in words.
WORDS_WITH_COMMAS: list[Row] = [
    ("one thousand, two hundred and fifty", [("one thousand, two hundred and fifty", "number", 1250, None)]),
    ("two million, three hundred thousand", [("two million, three hundred thousand", "number", 2_300_000, None)]),
    ("five thousand, six hundred people", [("five thousand, six hundred", "number", 5600, None)]),
    ("one thousand, two thousand", [("one thousand", "number", 1000, None), ("two thousand", "number", 2000, None)]),
    ("in 1,000, two died", [("1,000", "number", 1000, None), ("two", "number", 2, None)]),
]  # fmt: skip
# Falling scales joined by "and" are one number; the same scale twice is a range.
SCALES_SUMMED: list[Row] = [
    ("2 billion and 500 million dollars", [("2 billion and 500 million dollars", "money", 2_500_000_000, "USD")]),
    ("3 million and 200 thousand voters", [("3 million and 200 thousand", "number", 3_200_000, None)]),
    ("1 billion and 40 million euros", [("1 billion and 40 million euros", "money", 1_040_000_000, "EUR")]),
    ("between 2 million and 500 thousand", [("2 million", "number", 2_000_000, None), ("500 thousand", "number", 500_000, None)]),
    ("Rs 2,000 crore and 1.5 lakh tonnes", [("Rs 2,000 crore", "money", 20_000_000_000, "INR"), ("1.5 lakh tonnes", "quantity", 150_000, "t")]),
    ("$3 billion and 200 million people", [("$3 billion", "money", 3_000_000_000, "USD"), ("200 million", "number", 200_000_000, None)]),
]  # fmt: skip
# A vulgar fraction after a space still ends the number before it.
SPACED_VULGAR: list[Row] = [
    ("up 3 ½ %", [("3 ½ %", "percent", Decimal("3.5"), "%")]),
    ("2 ¾ inches of rain", [("2 ¾ inches", "quantity", Decimal("2.75"), "in")]),
    ("a 10 ½ hour shift", [("10 ½", "number", Decimal("10.5"), None)]),
]  # fmt: skip
# A unit "and a half" (or a quarter): "a mile and a half".
UNIT_AND_A_FRACTION: list[Row] = [
    ("a mile and a half", [("a mile and a half", "quantity", Decimal("1.5"), "mi")]),
    ("three kilometres and a half", [("three kilometres and a half", "quantity", Decimal("3.5"), "km")]),
    ("two litres and a quarter", [("two litres and a quarter", "quantity", Decimal("2.25"), "l")]),
    ("a kilogram and a half of rice", [("a kilogram and a half", "quantity", Decimal("1.5"), "kg")]),
]  # fmt: skip
# Basis points are hundredths of a percentage point.
BASIS_POINTS: list[Row] = [
    ("cut by 25 basis points", [("25 basis points", "percent", Decimal("0.25"), "pp")]),
    ("a 50 basis point hike", [("50 basis point", "percent", Decimal("0.5"), "pp")]),
    ("yields rose 15 bps", [("15 bps", "percent", Decimal("0.15"), "pp")]),
    ("a 75bp rise", [("75bp", "percent", Decimal("0.75"), "pp")]),
    ("a 10-basis-point cut", [("10-basis-point", "percent", Decimal("0.1"), "pp")]),
]  # fmt: skip
# A bare number after "N CODE" is its hundredths, before any word but a unit.
CODE_THEN_HUNDREDTHS: list[Row] = [
    ("paid 15 USD 50 at the door", [("15 USD 50", "money", Decimal("15.5"), "USD")]),
    ("it cost 3 GBP 20 in all", [("3 GBP 20", "money", Decimal("3.2"), "GBP")]),
    ("a 20 EUR 5 fee", [("20 EUR 5", "money", Decimal("20.05"), "EUR")]),
]  # fmt: skip
# Symbols of several letters match whatever the case of the letters after the first.
SYMBOL_CASE: list[Row] = [
    ("a KSh 200 fare", [("KSh 200", "money", 200, "KES")]),
    ("TSH 5,000 each", [("TSH 5,000", "money", 5000, "TZS")]),
    ("USH 900", [("USH 900", "money", 900, "UGX")]),
]  # fmt: skip
# A currency's adjective ("Brazilian") with any name of its unit ("reais").
CURRENCY_ADJECTIVE: list[Row] = [
    ("2.50 Brazilian reais", [("2.50 Brazilian reais", "money", Decimal("2.5"), "BRL")]),
    ("40 Russian roubles", [("40 Russian roubles", "money", 40, "RUB")]),
    ("Brazilian reais 30", [("Brazilian reais 30", "money", 30, "BRL")]),
]  # fmt: skip
# Currency names of four or five words, with "-", "&" or "and" inside (CLDR names).
LONG_CURRENCY_NAMES: list[Row] = [
    ("paid 100 Papua New Guinean kina", [("100 Papua New Guinean kina", "money", 100, "PGK")]),
    ("40 Trinidad and Tobago dollars", [("40 Trinidad and Tobago dollars", "money", 40, "TTD")]),
    ("20 Bosnia-Herzegovina convertible marks", [("20 Bosnia-Herzegovina convertible marks", "money", 20, "BAM")]),
    ("Central African CFA francs 900", [("Central African CFA francs 900", "money", 900, "XAF")]),
]  # fmt: skip
# Former currencies (CLDR) in texts of their time; a current currency wins a shared word.
FORMER_CURRENCIES: list[Row] = [
    ("1.2 billion French francs", [("1.2 billion French francs", "money", 1_200_000_000, "FRF")]),
    ("500 million Dutch guilders", [("500 million Dutch guilders", "money", 500_000_000, "NLG")]),
    ("3,000 drachmas", [("3,000 drachmas", "money", 3000, "GRD")]),
    ("120 billion lire", [("120 billion lire", "money", 120_000_000_000, "ITL")]),
    ("DM 3.5 billion", [("DM 3.5 billion", "money", 3_500_000_000, "DEM")]),
    ("40 million Deutsche marks", [("40 million Deutsche marks", "money", 40_000_000, "DEM")]),
    ("100 roubles", [("100 roubles", "money", 100, "RUB")]),
]  # fmt: skip
# "a" + a currency or its hundredth, and the hundredths after it; "quid".
ONE_OF_A_CURRENCY: list[Row] = [
    ("a dollar fifty", [("a dollar fifty", "money", Decimal("1.5"), "USD")]),
    ("a euro twenty", [("a euro twenty", "money", Decimal("1.2"), "EUR")]),
    ("a rupee", [("a rupee", "money", 1, "INR")]),
    ("a ringgit", [("a ringgit", "money", 1, "MYR")]),
    ("a cent", [("a cent", "money", Decimal("0.01"), "USD")]),
    ("a penny", [("a penny", "money", Decimal("0.01"), "GBP")]),
    ("100 quid", [("100 quid", "money", 100, "GBP")]),
    ("twenty quid a week", [("twenty quid", "money", 20, "GBP")]),
    ("a real change", []),
]  # fmt: skip
# Feet and inches written with ASCII or typographic primes.
PRIMES: list[Row] = [
    ("a 5' 10\" guard", [("5' 10\"", "quantity", Decimal(35) / 6, "ft")]),
    ("he is 6'2\" tall", [("6'2\"", "quantity", Decimal(37) / 6, "ft")]),
    ("a 12\" pizza", [("12\"", "quantity", 12, "in")]),
    ('she wrote "20" on it', [("20", "number", 20, None)]),
    ("a 4′ fence", [("4′", "quantity", 4, "ft")]),
]  # fmt: skip
# A measure adjective written with a spaced dash (tokenised text): "a 10 - mile stretch".
SPACED_DASH_UNIT: list[Row] = [
    ("a 10 - mile stretch", [("10 - mile", "quantity", 10, "mi")]),
    ("the 6 - foot fence", [("6 - foot", "quantity", 6, "ft")]),
    ("a 3 - inch gap", [("3 - inch", "quantity", 3, "in")]),
    ("a 4 - acre plot", [("4 - acre", "quantity", 4, "acre")]),
    ("a 50,000 - square - foot store", [("50,000 - square - foot", "quantity", 50_000, "ft2")]),
    ("a 300 - horsepower engine", [("300 - horsepower", "quantity", 300, "hp")]),
    ("rated at 150 hp", [("150 hp", "quantity", 150, "hp")]),
    ("a 90 - minute show", [("90", "number", 90, None)]),
]  # fmt: skip
# A spaced hyphen between a bare number and a larger one with a unit is a range
# (tokenised text); between two bare numbers it is not.
SPACED_RANGES: list[Row] = [
    ("prices rose 5 - 10 %", [("5", "percent", 5, "%"), ("10 %", "percent", 10, "%")]),
    ("a 2 - 3 mile walk", [("2", "quantity", 2, "mi"), ("3 mile", "quantity", 3, "mi")]),
    ("sales of 40 - 50 million euros", [("40", "money", 40_000_000, "EUR"), ("50 million euros", "money", 50_000_000, "EUR")]),
    ("voted 51 - 49", [("51", "number", 51, None), ("49", "number", 49, None)]),
]  # fmt: skip
# Amounts of information (pint: bytes and bits with their prefixes).
INFORMATION: list[Row] = [
    ("5 MB of data", [("5 MB", "quantity", 5, "MB")]),
    ("10 megabytes", [("10 megabytes", "quantity", 10, "MB")]),
    ("a 2 TB drive", [("2 TB", "quantity", 2, "TB")]),
    ("64 gigabytes", [("64 gigabytes", "quantity", 64, "GB")]),
]  # fmt: skip
# Unit spellings that compose: "sq"/"cu" for square/cubic before any length, "^2"/"^3",
# and the other spellings of a unit's symbol.
UNIT_SPELLINGS: list[Row] = [
    ("1,000 sq. metres", [("1,000 sq. metres", "quantity", 1000, "m2")]),
    ("40 sq miles", [("40 sq miles", "quantity", 40, "mi2")]),
    ("3 cu. yards of soil", [("3 cu. yards", "quantity", 3, "yd3")]),
    ("2 m^2 of glass", [("2 m^2", "quantity", 2, "m2")]),
    ("5 ft^3", [("5 ft^3", "quantity", 5, "ft3")]),
    ("3 fl oz", [("3 fl oz", "quantity", 3, "fl oz")]),
    ("an 8 fl. oz cup", [("8 fl. oz", "quantity", 8, "fl oz")]),
    ("5 cc of serum", [("5 cc", "quantity", 5, "cm3")]),
    ("at 3 km/hr", [("3 km/hr", "quantity", 3, "km/h")]),
    ("at 90 kmph", [("90 kmph", "quantity", 90, "km/h")]),
]  # fmt: skip
# A spaced ordinal suffix that agrees with its number (tokenised text); "pc" glued, "per-cent".
SPACED_SUFFIX_AND_PC: list[Row] = [
    ("the 21 st century", [("21 st", "ordinal", 21, None)]),
    ("the 3 rd round", [("3 rd", "ordinal", 3, None)]),
    ("the 12 th floor", [("12 th", "ordinal", 12, None)]),
    ("the 3 th", [("3", "number", 3, None)]),
    ("shares rose 3pc", [("3pc", "percent", 3, "%")]),
    ("a 0.2pc gain", [("0.2pc", "percent", Decimal("0.2"), "%")]),
    ("55 per-cent", [("55 per-cent", "percent", 55, "%")]),
]  # fmt: skip
# Hundredths and thousandths written with a slash; scale abbreviations "lkh", "mil".
SLASH_AND_SCALES: list[Row] = [
    ("20/100", [("20/100", "number", Decimal("0.2"), None)]),
    ("7/1000 of an inch", [("7/1000 of an inch", "quantity", Decimal("0.007"), "in")]),
    ("3/100", [("3/100", "number", Decimal("0.03"), None)]),
    ("3/8 of an inch", [("3/8 of an inch", "quantity", Decimal("0.375"), "in")]),
    ("1/2 of a mile", [("1/2 of a mile", "quantity", Decimal("0.5"), "mi")]),
    ("30 lkh", [("30 lkh", "number", 3_000_000, None)]),
    ("a $5 mil deal", [("$5 mil", "money", 5_000_000, "USD")]),
    ("12 lkh rupees", [("12 lkh rupees", "money", 1_200_000, "INR")]),
]  # fmt: skip
# Thousands separated by dots with no decimals ("1.234.567"): two or more groups of three.
DOT_GROUPS: list[Row] = [
    ("1.234.567 people", [("1.234.567", "number", 1_234_567, None)]),
    ("EUR 2.500.000", [("EUR 2.500.000", "money", 2_500_000, "EUR")]),
    ("12.000.000 tonnes", [("12.000.000 tonnes", "quantity", 12_000_000, "t")]),
]  # fmt: skip

NEGATIVE: list[Row] = [
    ("call 020 7946 0123 today", []),
    ("ring 0161 496 0000", []),
    ("dial 01632 960 555 now", []),
]


ROUND_TWO = (
    COMPOUND_DENOMINATORS
    + SCALES_SUMMED
    + SPACED_VULGAR
    + UNIT_AND_A_FRACTION
    + BASIS_POINTS
    + CODE_THEN_HUNDREDTHS
    + SYMBOL_CASE
    + CURRENCY_ADJECTIVE
    + LONG_CURRENCY_NAMES
    + FORMER_CURRENCIES
    + ONE_OF_A_CURRENCY
    + PRIMES
    + SPACED_DASH_UNIT
    + INFORMATION
    + SPACED_RANGES
    + UNIT_SPELLINGS
    + SPACED_SUFFIX_AND_PC
    + SLASH_AND_SCALES
    + WORDS_WITH_COMMAS
    + HYPHENS_AND_VULGAR_OF
    + DOT_GROUPS
)


def _check(text: str, expected: list[tuple[str, str, object, str | None]]) -> None:
    got = [(text[f.start : f.end], f.kind, f.value, f.unit) for f in scan(text)]
    assert [g[0] for g in got] == [e[0] for e in expected], got
    for (_, kind, value, unit), (_, ekind, evalue, eunit) in zip(got, expected, strict=True):
        assert kind == ekind
        assert unit == eunit
        assert abs(Decimal(value) - Decimal(str(evalue))) < Decimal("1e-9") * max(
            1, abs(Decimal(str(evalue)))
        ), (value, evalue)


@pytest.mark.parametrize(
    ("text", "expected"),
    WORDS + FRACTIONS + GROUPS + CURRENCIES + TWO_UNITS + UNITS + NEGATIVE + ROUND_TWO,
)
def test_family(text: str, expected: list[tuple[str, str, object, str | None]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text", ["The board voted 6-3 to close it.", "won 4-0 away", "the match ended 1-1"]
)
def test_tally_is_two_numbers_not_a_range(text: str) -> None:
    found = scan(text)
    assert len(found) == 2
    assert all(f.kind == "number" and f.group is None for f in found)


@pytest.mark.parametrize("text", ["5-10 people", "3-7 days later", "aged 18-25"])
def test_upward_dash_is_a_range(text: str) -> None:
    found = scan(text)
    assert len(found) == 2
    assert found[0].group is not None
    assert found[0].group == found[1].group


@pytest.mark.parametrize(
    ("text", "value"),
    [("7½", Decimal("7.5")), ("⅛", Decimal("0.125")), ("4,56,789", 456789), ("1,00,000", 100000)],
)
def test_digit_value(text: str, value: object) -> None:
    assert digit_value(text) == Decimal(str(value))


@pytest.mark.parametrize(
    ("items", "value"),
    [
        (["four", "and", "a", "quarter", "million"], 4_250_000),
        (["two", "million", "and", "a", "half"], 2_500_000),
        (["six", "and", "three", "fifths"], Decimal("6.6")),
    ],
)
def test_fraction_of_scaled_whole(items: list[str], value: object) -> None:
    assert parse_items(items) == Decimal(str(value))


@pytest.mark.parametrize(
    ("phrase", "symbol"),
    [("kilometres", "km"), ("decilitres", "dl"), ("milligram", "mg"), ("feet", "ft"),
     ("degrees Celsius", "°C"), ("square miles", "mi2"), ("″", "in"), ("M", None)],
)  # fmt: skip
def test_unit_names(phrase: str, symbol: str | None) -> None:
    assert match_unit(phrase) == symbol


@pytest.mark.parametrize(
    ("first", "second", "value", "expected"),
    [("ft", "in", 6, Decimal("0.5")), ("lb", "oz", 4, Decimal("0.25")), ("m", "cm", 5, Decimal("0.05")),
     ("in", "ft", 1, None), ("kg", "km", 1, None)],
)  # fmt: skip
def test_in_first_unit(first: str, second: str, value: int, expected: Decimal | None) -> None:
    got = in_first_unit(first, second, Decimal(value))
    if expected is None:
        assert got is None
    else:
        assert got is not None
        assert abs(got - expected) < Decimal("1e-9")
