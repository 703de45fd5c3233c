"""Scanner tables (no spaCy): span text, kind, value, unit, hedge and range group.

Each row: (text, [(span, kind, value, unit), ...]). Known misses go in SCAN_XFAIL.
"""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from briefx.normalize.figures import (
    hedge_before,
    local_currency,
    local_dollar,
    parse_percent,
    split_hedge,
)
from briefx.normalize.scan import scan

SCAN = [
    # a bid/ask quote: two numbers written alike ("." or digit groups), no date or time
    ("at 1.3520/1.3530", [("1.3520", "number", Decimal("1.3520"), None),
                          ("1.3530", "number", Decimal("1.3530"), None)]),
    ("at 5,215/5,225", [("5,215", "number", 5215, None), ("5,225", "number", 5225, None)]),
    ("on 12/05 at 3:32", []),
    ("The fund holds €2.5bn.", [("€2.5bn", "money", Decimal("2.5e9"), "EUR")]),
    ("a £300m grant", [("£300m", "money", 300_000_000, "GBP")]),
    ("paid 126 billion dollars", [("126 billion dollars", "money", 126 * 10**9, "USD")]),
    ("US$3 trillion", [("US$3 trillion", "money", 3 * 10**12, "USD")]),
    ("HK$40 and NZ$7", [("HK$40", "money", 40, "HKD"), ("NZ$7", "money", 7, "NZD")]),
    ("1.2 trillion yen", [("1.2 trillion yen", "money", Decimal("1.2e12"), "JPY")]),
    ("Rs 500 crore", [("Rs 500 crore", "money", 5 * 10**9, "INR")]),
    ("EUR 20 million", [("EUR 20 million", "money", 20_000_000, "EUR")]),
    ("JPY300 billion", [("JPY300 billion", "money", 300 * 10**9, "JPY")]),
    ("500 crore rupees", [("500 crore rupees", "money", 5 * 10**9, "INR")]),
    ("80 million euros", [("80 million euros", "money", 80_000_000, "EUR")]),
    ("$3.10 per gallon", [("$3.10", "money", Decimal("3.10"), "USD")]),
    ("15 pence a litre", [("15 pence", "money", Decimal("0.15"), "GBP")]),
    ("120 MEUR", [("120 MEUR", "money", 120_000_000, "EUR")]),
    ("seven dollars and five cents", [("seven dollars and five cents", "money", Decimal("7.05"), "USD")]),
    ("9 percent", [("9 percent", "percent", 9, "%")]),
    ("a 90-percent share", [("90-percent", "percent", 90, "%")]),
    ("two per cent", [("two per cent", "percent", 2, "%")]),
    ("half a percent", [("half a percent", "percent", Decimal("0.5"), "%")]),
    ("a 0.25 percentage point cut", [("0.25 percentage point", "percent", Decimal("0.25"), "pp")]),
    ("2-1/2 percent", [("2-1/2 percent", "percent", Decimal("2.5"), "%")]),
    ("95 kilometres", [("95 kilometres", "quantity", 95, "km")]),
    ("6.2 miles", [("6.2 miles", "quantity", Decimal("6.2"), "mi")]),
    ("a 155 mm gun", [("155 mm", "quantity", 155, "mm")]),
    ("5,000 tonnes", [("5,000 tonnes", "quantity", 5000, "t")]),
    ("800 square feet", [("800 square feet", "quantity", 800, "ft2")]),
    ("20 metric tons dry weight", [("20 metric tons", "quantity", 20, "t")]),
    ("4 short tons", [("4 short tons", "quantity", 4, "ton")]),
    ("a 1.8m wall", [("1.8m", "quantity", Decimal("1.8"), "m")]),
    ("a six-mile walk", [("six-mile", "quantity", 6, "mi")]),
    ("the 21st century", [("21st", "ordinal", 21, None)]),
    ("one hundred and twenty", [("one hundred and twenty", "number", 120, None)]),
    ("-3,500", [("-3,500", "number", -3500, None)]),
    ("+12,000", [("+12,000", "number", 12000, None)]),
    ("forty-five (45)", [("forty-five (45)", "number", 45, None)]),
    ("thousands of homes", []),
    ("hundreds of thousands", []),
    ("Call 202-555-0100 now", []),
    ("the M777 and COVID-19", []),
    ("at 3:32 a.m.", []),
    # own examples: times are no pence, dashed and cubic units, numbers at a line start
    ("open from 8 a.m. to 6 p.m. daily", [("8", "number", 8, None), ("6", "number", 6, None)]),
    ("call before 11 P.M. tonight", [("11", "number", 11, None)]),
    ("sweets at 15p each", [("15p", "money", Decimal("0.15"), "GBP")]),
    ("a 25,000-square-foot hall", [("25,000-square-foot", "quantity", 25_000, "ft2")]),
    ("700,000 cubic yards of debris", [("700,000 cubic yards", "quantity", 700_000, "yd3")]),
    ("12 square yards", [("12 square yards", "quantity", 12, "yd2")]),
    ("Aid came.\n\n36 trucks left.", [("36", "number", 36, None)]),
    ("Aid came.\n\nThree trucks left.", [("Three", "number", 3, None)]),
    ("Steps\n1. Aid\n2) Loans", []),
    ("15 USD 50 more", [("15 USD 50", "money", Decimal("15.5"), "USD")]),
    # session 6 (issue 14): a sign glued to a currency symbol is the amount's; a dash after
    # a number or a word is no sign
    ("a balance of -$450", [("-$450", "money", -450, "USD")]),
    ("losses of -£3 million", [("-£3 million", "money", -3_000_000, "GBP")]),
    ("a return of (-€20)", [("-€20", "money", -20, "EUR")]),
    ("+¥500 on the day", [("+¥500", "money", 500, "JPY")]),
    ("$3-$5", [("$3", "money", 3, "USD"), ("$5", "money", 5, "USD")]),
    ("a deficit of minus $3 billion", [("minus $3 billion", "money", -3 * 10**9, "USD")]),
    ("fell to negative €200", [("negative €200", "money", -200, "EUR")]),
    ("$10 minus $2", [("$10", "money", 10, "USD"), ("$2", "money", 2, "USD")]),
    # "half an" before a unit, as "half a" ("half an inch")
    ("half an inch of rain", [("half an inch", "quantity", Decimal("0.5"), "in")]),
    ("half an ounce of gold", [("half an ounce", "quantity", Decimal("0.5"), "oz")]),
    ("half an acre", [("half an acre", "quantity", Decimal("0.5"), "acre")]),
    ("a pre-$5 offer", [("$5", "money", 5, "USD")]),
    # a number in words with a scale inside takes its subunits like one in digits
    ("three hundred and fifty euros and twenty cents", [("three hundred and fifty euros and twenty cents", "money", Decimal("350.2"), "EUR")]),
    ("twenty thousand dollars and fifty cents", [("twenty thousand dollars and fifty cents", "money", Decimal("20000.5"), "USD")]),
    ("four hundred pounds and ten pence", [("four hundred pounds and ten pence", "money", Decimal("400.1"), "GBP")]),
    ("2 billion dollars and 5 cents", [("2 billion dollars", "money", 2 * 10**9, "USD"), ("5 cents", "money", Decimal("0.05"), "USD")]),
    # the prime sign (U+2032) for feet, with inches after it
    ("5′11″", [("5′11″", "quantity", Decimal(5) + Decimal(11) / 12, "ft")]),
    ("stands 6′2″ tall", [("6′2″", "quantity", Decimal(6) + Decimal(2) / 12, "ft")]),
    ("a 4′6″ gap", [("4′6″", "quantity", Decimal("4.5"), "ft")]),
    # electrical units from pint (names, plurals, symbols; no lone capital "V", "A")
    ("a 230 volts supply", [("230 volts", "quantity", 230, "V")]),
    ("a 13 amps fuse", [("13 amps", "quantity", 13, "A")]),
    ("runs at 3.2 GHz", [("3.2 GHz", "quantity", Decimal("3.2"), "GHz")]),
    ("mains at 50 Hz", [("50 Hz", "quantity", 50, "Hz")]),
    ("a 400 kV line", [("400 kV", "quantity", 400, "kV")]),
    ("Plan 2 A", [("2", "number", 2, None)]),
    # "quadrillion" (short scale) like "trillion"; the plural alone stays vague
    ("debt of ¥1.2 quadrillion", [("¥1.2 quadrillion", "money", Decimal("1.2e15"), "JPY")]),
    ("two quadrillion", [("two quadrillion", "number", 2 * 10**15, None)]),
    ("3 quadrillion tokens", [("3 quadrillion", "number", 3 * 10**15, None)]),
    ("quadrillions of stars", []),
    # "point(s)" after a percent word: percentage points, as wire copy writes them
    ("rose 0.25 pct point", [("0.25 pct point", "percent", Decimal("0.25"), "pp")]),
    ("narrowed 1.5 pct points", [("1.5 pct points", "percent", Decimal("1.5"), "pp")]),
    ("fell 3 per cent points", [("3 per cent points", "percent", 3, "pp")]),
    ("rose 5 percent, points out", [("5 percent", "percent", 5, "%")]),
    # a height "5-foot-11": inches after a dash, below 12; not a width or a list
    ("a 6-foot-2 forward", [("6-foot-2", "quantity", Decimal(6) + Decimal(2) / 12, "ft")]),
    ("5-foot-11", [("5-foot-11", "quantity", Decimal(5) + Decimal(11) / 12, "ft")]),
    ("a 6 - foot - 9 centre", [("6 - foot - 9", "quantity", Decimal(6) + Decimal(9) / 12, "ft")]),
    # digits after "N million and" with a word after them are a figure of their own
    ("paid 5 million and 40 staff", [("5 million", "number", 5_000_000, None), ("40", "number", 40, None)]),
    ("1 million and 40", [("1 million and 40", "number", 1_000_040, None)]),
    ("3 hundred and 40 people", [("3 hundred and 40", "number", 340, None)]),
    # a capitalised unit word glued to a dash and digits is a model name ("Mi-17"), no unit
    ("two Mi-17 helicopters", [("two", "number", 2, None)]),
    ("three Mi-8 and Ka-52 helicopters", [("three", "number", 3, None)]),
    ("flew 300 Mi to the coast", [("300 Mi", "quantity", 300, "mi")]),
    ("a 10-foot-12 wall", [("10-foot", "quantity", 10, "ft"), ("12", "number", 12, None)]),
    ("a 12-foot-wide road", [("12-foot", "quantity", 12, "ft")]),
    # speeds in metres per second and data rates (pint); "MPs" are no unit
    ("winds of 30 m/s", [("30 m/s", "quantity", 30, "m/s")]),
    ("40 metres per second", [("40 metres per second", "quantity", 40, "m/s")]),
    ("a 100 Mbps line", [("100 Mbps", "quantity", 100, "Mbit/s")]),
    ("4,000 bushels of wheat", [("4,000 bushels", "quantity", 4000, "bu")]),
    # energy, sound, pressure and charge (pint): names, plurals, symbols
    ("a 2,000 kcal diet", [("2,000 kcal", "quantity", 2000, "kcal")]),
    ("released 5 petajoules", [("5 petajoules", "quantity", 5, "PJ")]),
    ("noise of 110 decibels", [("110 decibels", "quantity", 110, "dB")]),
    ("inflated to 32 psi", [("32 psi", "quantity", 32, "psi")]),
    ("a 5,000 mAh battery", [("5,000 mAh", "quantity", 5000, "mAh")]),
    ("The 50 MPs voted", [("50", "number", 50, None)]),
    # an ordinal in words after "scale and": one ordinal; "one and first" stays two
    ("the one hundred and first day", [("one hundred and first", "ordinal", 101, None)]),
    ("its two thousand and fifth issue", [("two thousand and fifth", "ordinal", 2005, None)]),
    ("one and first", [("one", "number", 1, None), ("first", "ordinal", 1, None)]),
    # a currency symbol's full stop glued to the number ends the symbol: no ".5000"
    ("a fee of Rs.5000", [("Rs.5000", "money", 5000, "INR")]),
    ("paid Rs.5,000 in fees", [("Rs.5,000", "money", 5000, "INR")]),
    ("Rs.2.5 lakh", [("Rs.2.5 lakh", "money", 250_000, "INR")]),
    ("No.5 was sold", []),
    ("it was .5 of that", [(".5", "number", Decimal("0.5"), None)]),
    # "oh" is a digit zero after "point" only
    ("twelve point oh five", [("twelve point oh five", "number", Decimal("12.05"), None)]),
    ("one point oh oh seven", [("one point oh oh seven", "number", Decimal("1.007"), None)]),
    ("two oh five", [("two", "number", 2, None), ("five", "number", 5, None)]),
    # a CLDR name run together into one word
    ("42 kuwaitidinars", [("42 kuwaitidinars", "money", 42, "KWD")]),
    ("15 omanirials", [("15 omanirials", "money", 15, "OMR")]),
    ("300 czechkorunas", [("300 czechkorunas", "money", 300, "CZK")]),
    # a scale word joined by a dash to an amount with its symbol
    ("a $5-million contract", [("$5-million", "money", 5 * 10**6, "USD")]),
    ("the €1.5-billion plan", [("€1.5-billion", "money", Decimal("1.5e9"), "EUR")]),
    ("a £300-million-a-year scheme", [("£300-million", "money", 3 * 10**8, "GBP")]),
    # the sides of a measure written "A by B unit" both take the unit
    ("a plot of 40 by 60 feet", [("40", "quantity", 40, "ft"), ("60 feet", "quantity", 60, "ft")]),
    ("a 10 x 12 foot room", [("10", "quantity", 10, "ft"), ("12 foot", "quantity", 12, "ft")]),
    ("a hall of 30 × 20 m", [("30", "quantity", 30, "m"), ("20 m", "quantity", 20, "m")]),
    ("won by 3 goals", [("3", "number", 3, None)]),
    ("a rise of 5 by 2030", [("5", "number", 5, None), ("2030", "number", 2030, None)]),
    # thousands separated by an apostrophe (Swiss usage); feet and inches stay a height
    ("a fee of CHF 2'500'000", [("CHF 2'500'000", "money", 2_500_000, "CHF")]),
    ("about 12'000 people", [("12'000", "number", 12_000, None)]),
    ("1’500 francs", [("1’500 francs", "money", 1500, "CHF")]),
    ("a 5'11\" guard", [("5'11\"", "quantity", Decimal(5) + Decimal(11) / 12, "ft")]),
    # a letter symbol of three letters in any case after its capital, glued to the amount
    ("raised Rmb3.2bn", [("Rmb3.2bn", "money", Decimal("3.2e9"), "CNY")]),
    ("to GH¢3,228.75 per bag", [("GH¢3,228.75", "money", Decimal("3228.75"), "GHS")]),
    ("lent KSh3.2bn", [("KSh3.2bn", "money", Decimal("3.2e9"), "KES")]),
    ("a TSh500,000 fine", [("TSh500,000", "money", 500_000, "TZS")]),
    ("the M777 and COVID-19", []),
    # a second number below the first is no upper end of money
    ("paid $10 to 5", [("$10", "money", 10, "USD"), ("5", "number", 5, None)]),
]  # fmt: skip
# Units beyond the usual (issue 14, session 9): the container-trade "TEU" (units.jsonl), pint's
# tera-prefixed energy units, and a hyphen for the space between a unit name's words.
MODERN_UNITS = [
    ("handled 13.4 million TEU of boxes", [("13.4 million TEU", "quantity", 13_400_000, "TEU")]),
    ("a 24,000-TEU ship", [("24,000-TEU", "quantity", 24_000, "TEU")]),
    ("boxes of 9,000 TEUs", [("9,000 TEUs", "quantity", 9000, "TEU")]),
    ("output of 12 TWh", [("12 TWh", "quantity", 12, "TWh")]),
    ("demand of 310 terawatt-hours", [("310 terawatt-hours", "quantity", 310, "TWh")]),
    ("a 2.5-gigawatt-hour battery", [("2.5-gigawatt-hour", "quantity", Decimal("2.5"), "GWh")]),
    ("used 300 kilowatt-hours", [("300 kilowatt-hours", "quantity", 300, "kWh")]),
    ("4.2 light-years away", [("4.2 light-years", "quantity", Decimal("4.2"), "ly")]),
    # trade abbreviations that hold a scale (units.jsonl "scale")
    ("Nigeria pumped 1.5 mb/d", [("1.5 mb/d", "quantity", 1_500_000, "bbl")]),
    ("exports of 42 bcm of gas", [("42 bcm", "quantity", 42 * 10**9, "m3")]),
    ("a plant making 8 mtpa", [("8 mtpa", "quantity", 8 * 10**6, "t")]),
    ("reserves of 3.2 tcf", [("3.2 tcf", "quantity", Decimal("3.2e12"), "ft3")]),
    ("output rose by 300 kb/d", [("300 kb/d", "quantity", 300_000, "bbl")]),
    # must stay: a scale already named, a unit with no scale of its own
    ("a 5 MB file", [("5 MB", "quantity", 5, "MB")]),
    # must stay: hyphenated words that name no unit
    ("a 10-year-old girl", [("10", "number", 10, None)]),
    ("from the 3-point line", [("3", "number", 3, None)]),
]  # fmt: skip
# A subunit word after a currency's name or adjective is a hundredth of that currency.
NAMED_SUBUNITS = [
    ("a tariff of 7.86 euro cents per kWh", [("7.86 euro cents", "money", Decimal("0.0786"), "EUR")]),
    ("costs 1 euro cent", [("1 euro cent", "money", Decimal("0.01"), "EUR")]),
    ("up 40 Australian cents a litre", [("40 Australian cents", "money", Decimal("0.40"), "AUD")]),
    ("sugar at 6.8 US cents a pound", [("6.8 US cents", "money", Decimal("0.068"), "USD")]),
    ("rose 12 U.S. cents", [("12 U.S. cents", "money", Decimal("0.12"), "USD")]),
    # must stay: a whole amount and its cents, a currency alone
    ("300 euros and 20 cents", [("300 euros and 20 cents", "money", Decimal("300.2"), "EUR")]),
    ("five euros", [("five euros", "money", 5, "EUR")]),
]  # fmt: skip
# Wire grain and bond quotes: a dashed fraction after decimals is a fraction of the last place.
LAST_PLACE_FRACTIONS = [
    ("fell to $5.31-1/2 a bushel", [("$5.31-1/2", "money", Decimal("5.315"), "USD")]),
    ("soybeans rose to $10.04-3/4", [("$10.04-3/4", "money", Decimal("10.0475"), "USD")]),
    ("corn settled at 4.12-1/4", [("4.12-1/4", "number", Decimal("4.1225"), None)]),
    # must stay: a fraction after a whole number, and a dash before a whole number
    ("rose 2-1/2 percent", [("2-1/2 percent", "percent", Decimal("2.5"), "%")]),
    ("fell 7-1/4 cents", [("7-1/4 cents", "money", Decimal("0.0725"), "USD")]),
]  # fmt: skip
SCAN_XFAIL = [
    ("twenty one firsts", [("twenty one firsts", "number", Decimal(20) + Decimal(1), None)]),
]
RANGES = [
    ("between 2% and 3%", [("2%", 2, "%"), ("3%", 3, "%")]),
    ("€3 to €4 billion", [("€3", 3 * 10**9, "EUR"), ("€4 billion", 4 * 10**9, "EUR")]),
    ("2-3%", [("2", 2, "%"), ("3%", 3, "%")]),
    ("2-1/4 to 2-1/2 percent", [("2-1/4", Decimal("2.25"), "%"), ("2-1/2 percent", Decimal("2.5"), "%")]),
    # the currency of the first end carries to a bare second end (a range runs upwards)
    ("$100-200", [("$100", 100, "USD"), ("200", 200, "USD")]),
    ("€10-20 million", [("€10", 10**7, "EUR"), ("20 million", 2 * 10**7, "EUR")]),
    ("between £3 and 4 billion", [("£3", 3 * 10**9, "GBP"), ("4 billion", 4 * 10**9, "GBP")]),
    ("Rs 50-60 lakh", [("Rs 50", 5 * 10**6, "INR"), ("60 lakh", 6 * 10**6, "INR")]),
    # "by" a bare number below the scaled end after "to": a range in that scale, not a change
    ("stocks could swell by 1.5 to 2 million barrels",
     [("1.5", Decimal("1.5e6"), "bbl"), ("2 million barrels", 2 * 10**6, "bbl")]),
    ("the deficit will widen by 3 to 4 billion euros",
     [("3", 3 * 10**9, "EUR"), ("4 billion euros", 4 * 10**9, "EUR")]),
    ("harvests may fall by 2 to 3 million tonnes",
     [("2", 2 * 10**6, "t"), ("3 million tonnes", 3 * 10**6, "t")]),
]  # fmt: skip
HEDGES = [
    ("received over $5", ">", False), ("at least 1,500", ">=", False),
    ("no less than six", ">=", False), ("under 3%", "<", False), ("fewer than 40", "<", False),
    ("up to €18 billion", "<=", False), ("as many as 50,000", "<=", False),
    ("approximately 50", None, True), ("some 50", None, True), ("nearly 70,000", "<", True),
    ("15,000", None, False),
]  # fmt: skip


def _rows(text: str) -> list[tuple[str, str, Decimal, str | None]]:
    return [(text[f.start : f.end], f.kind, f.value, f.unit) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    SCAN
    + MODERN_UNITS
    + NAMED_SUBUNITS
    + LAST_PLACE_FRACTIONS
    + [pytest.param(*c, marks=pytest.mark.xfail(strict=True)) for c in SCAN_XFAIL],
)
def test_scan(text: str, expected: list[tuple[str, str, object, str | None]]) -> None:
    got = _rows(text)
    assert [(s, k, u) for s, k, _, u in got] == [(s, k, u) for s, k, _, u in expected]
    for (_, _, value, _), (_, _, want, _) in zip(got, expected, strict=True):
        assert abs(value - Decimal(want)) < Decimal("1e-9")  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges_share_a_group(text: str, expected: list[tuple[str, object, str]]) -> None:
    found = scan(text)
    assert [(text[f.start : f.end], f.value, f.unit) for f in found] == expected
    assert found[0].group is not None
    assert found[0].group == found[1].group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fell 0.4 percentage points to 6.7%", [("0.4 percentage points", "pp"), ("6.7%", "%")]),
        # "by N to M": a change, then the level it reached
        ("claims rose by 14,000 to 231,000", [("14,000", None), ("231,000", None)]),
        ("sales fell by 3% to 12%", [("3%", "%"), ("12%", "%")]),
        ("output rose by 20 to 140 tonnes", [("20", None), ("140 tonnes", "t")]),
        ("jobs rose by 2 to 3.5 million", [("2", None), ("3.5 million", None)]),
        ("prices rose by 2 to 3 per cent", [("2", None), ("3 per cent", "%")]),
    ],
)
def test_change_then_level_is_no_range(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = scan(text)
    assert [(text[f.start : f.end], f.unit) for f in found] == expected
    assert all(f.group is None for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "exports dropped by a fifth to 2.1 million tonnes",
        "a third to 40 million euros",
        "half to 30%",
    ],
)
def test_fraction_word_starts_no_range(text: str) -> None:
    assert all(f.group is None and f.unit is None for f in scan(text) if f.fraction)


@pytest.mark.parametrize(("text", "comparator", "approximate"), HEDGES)
def test_hedges(text: str, comparator: str | None, approximate: bool) -> None:
    f = scan(text)[-1]
    assert (f.comparator, f.approximate) == (comparator, approximate)
    assert (f.hedge_start is not None) == (comparator is not None or approximate)


def test_hedge_helpers() -> None:
    assert split_hedge("over $126 billion").comparator == ">"
    assert hedge_before("dip below 3%", 10) == (4, "<", False)
    assert parse_percent("1.5 percentage points") == (Decimal("1.5"), "pp")


@pytest.mark.parametrize(
    "text", ["9" * 100_000, "$,.%" * 50_000, "a" * 1_000_000, "1," * 100_000, "-1" * 50_000]
)
def test_hostile_text_is_linear(text: str) -> None:
    t0 = time.perf_counter()
    scan(text)
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(
    ("place", "region", "code"),
    [
        ("HALIFAX", "Nova Scotia", "CAD"),
        ("WELLINGTON", None, "NZD"),
        ("SYDNEY", None, "AUD"),
        ("KINGSTON", "Jamaica", "JMD"),
        ("SINGAPORE", None, "SGD"),
        # a dollar whose CLDR symbol has letters ("HK$") is still "$" at home
        ("HONG KONG", None, "HKD"),
        ("TAIPEI", None, "TWD"),
        ("NASSAU", "Bahamas", "BSD"),
        ("LONDON", "Ontario", "CAD"),
        ("BRISBANE", "Calif.", None),
        ("WASHINGTON", None, None),
        ("LONDON", None, None),
        ("GENEVA", None, None),
    ],
)
def test_local_dollar(place: str, region: str | None, code: str | None) -> None:
    assert local_dollar(place, region) == code


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a name several currencies share is the text's own currency (issue 14, wire copy)
        ("rose 4.20 crowns", "NO", [("4.20 crowns", "money", Decimal("4.20"), "NOK")]),
        ("paid Sh3,000 a month", "TZ", [("Sh3,000", "money", 3000, "TZS")]),
        ("fell 12 kronor", "SE", [("12 kronor", "money", 12, "SEK")]),
        ("costs 75 pounds", "EG", [("75 pounds", "money", 75, "EGP")]),
        ("paid 900 shillings", "UG", [("900 shillings", "money", 900, "UGX")]),
        # letter symbols of the national press (generic rows), and a symbol the country's own
        # locale writes for its currency wins over the table's ("Rs" in Pakistan is PKR)
        ("spend N4.7 trillion", "NG", [("N4.7 trillion", "money", Decimal("4.7e12"), "NGN")]),
        ("invest Dh10 billion", "AE", [("Dh10 billion", "money", 10**10, "AED")]),
        ("paid Dh 3", "MA", [("Dh 3", "money", 3, "MAD")]),
        ("pay SR5bn", "SA", [("SR5bn", "money", 5 * 10**9, "SAR")]),
        ("rose Rs7.45", "PK", [("Rs7.45", "money", Decimal("7.45"), "PKR")]),
        ("rose Rs. 20", "LK", [("Rs. 20", "money", 20, "LKR")]),
        ("approved Rs 450 crore", "IN", [("Rs 450 crore", "money", 45 * 10**8, "INR")]),
        ("rose Rs7.45", "GB", [("Rs7.45", "money", Decimal("7.45"), "INR")]),
        # the text's own currency word before a subunit word: a hundredth of it
        ("at 7.86 euro cents per kWh", "DE", [("7.86 euro cents", "money", Decimal("0.0786"), "EUR")]),
        # a shared name of several words: the dateline country's franc
        ("rises to 2,200 CFA francs", "CI", [("2,200 CFA francs", "money", 2200, "XOF")]),
        ("raised 150 billion CFA francs", "CM", [("150 billion CFA francs", "money", 150 * 10**9, "XAF")]),
        ("lent 50 billion CFA francs", "SN", [("50 billion CFA francs", "money", 50 * 10**9, "XOF")]),
        ("lent 20 billion CFA francs", "GB", [("20 billion", "number", 20 * 10**9, None)]),
        # not from one of its countries: no currency
        ("wore 3 crowns", "FR", [("3", "number", 3, None)]),
        ("paid Sh3,000", "US", []),
        # an adjective decides without a dateline
        ("a 40 million Danish crowns deal", None, [("40 million Danish crowns", "money", 40 * 10**6, "DKK")]),
    ],
)  # fmt: skip
def test_shared_currency_names(
    text: str, country: str | None, expected: list[tuple[str, str, object, str | None]]
) -> None:
    local = local_currency(country) if country else None
    got = [(text[f.start : f.end], f.kind, f.value, f.unit) for f in scan(text, local)]
    assert got == expected


def test_country_codes_table_is_cldr() -> None:
    """models/country_codes.jsonl is babel's (CLDR's) English territory names, as the pinned babel
    gives them: rerun scripts/derive_country_codes.py when babel moves."""
    from babel import Locale

    from briefx.normalize.figures import _country_codes

    expected = {name: code for code, name in Locale("en").territories.items() if code.isalpha()}
    assert _country_codes() == expected


@pytest.mark.parametrize(
    ("place", "region", "expected"),
    [
        ("NAIROBI", None, "KE"),
        ("HALIFAX", "Nova Scotia", "CA"),
        ("SALEM", "Ore.", "US"),
        ("Germany", None, "DE"),
        ("KENYA", None, "KE"),
        # a capitals dateline without the accent is the accented, larger city
        ("MONTREAL", None, "CA"),
        ("BOGOTA", None, "CO"),
        ("SAO PAULO", None, "BR"),
        ("ZURICH", None, "CH"),
    ],
)
def test_place_country(place: str, region: str | None, expected: str) -> None:
    from briefx.normalize.figures import place_country

    assert place_country(place, region) == expected
