"""Units declared once for the numbers under them (issue 14, session 33, declared20).

A caption ("Exports by market (US$ million)"), a label ("Jobless rate (%): 5.2") or a column
header ("Sales (€m)") states a unit once; the bare numbers in its scope take its unit, kind and
scale (``normalize.declared``, ``pipeline.figures.declared``). Own invented examples (none from
a gold set), written before each rule, with cases that must stay as they are. New cases go in
the tables: ``DECLARED``/``NOT_DECLARED`` for the phrase reader, ``SCOPED``/``UNTOUCHED`` for
the layout, ``PIPELINE`` for the whole run.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy

from briefx.facts import FigureFact
from briefx.normalize.declared import Declared, read_declared, thousands_mark
from briefx.normalize.numbers import as_json_number
from briefx.normalize.scan import scan
from briefx.pipeline.figures.currencies import stated_currency
from briefx.pipeline.figures.declared import declared_units, drop_thousands_marks

ZAR = ("ZAR", frozenset({"R"}))
CAD = ("CAD", frozenset({"$", "C$"}))

# -- the phrase: what a caption's, label's or header's unit makes of a bare number -----------

DECLARED = [
    ("US$ million", None, "money", "USD", 1_000_000),
    ("€m", None, "money", "EUR", 1_000_000),
    ("£bn", None, "money", "GBP", 1_000_000_000),
    ("NOK million", None, "money", "NOK", 1_000_000),
    ("in billions of rand", None, "money", "ZAR", 1_000_000_000),
    ("Figures in thousands of dollars", None, "money", "USD", 1000),
    ("US$ per tonne", None, "money", "USD", 1),  # a rate: the amount stays in its currency
    ("R bn", ZAR, "money", "ZAR", 1_000_000_000),  # "R" is the rand in a South African text
    ("$ million", CAD, "money", "CAD", 1_000_000),  # a bare "$" in a Canadian text
    ("thousands of dollars", CAD, "money", "CAD", 1000),
    ("US$ million", CAD, "money", "USD", 1_000_000),  # the U.S. dollar marked as such
    ("$ million", None, "money", "USD", 1_000_000),
    ("%", None, "percent", "%", 1),
    ("%, year on year", None, "percent", "%", 1),
    ("% of GDP", None, "percent", "%", 1),
    ("per cent", None, "percent", "%", 1),
    ("percentage points", None, "percent", "pp", 1),
    ("'000 tonnes", None, "quantity", "t", 1000),
    ("thousands of tonnes", None, "quantity", "t", 1000),
    ("million litres", None, "quantity", "l", 1_000_000),
    ("’000 ha", None, "quantity", "ha", 1000),
    ("mm", None, "quantity", "mm", 1),
    ("MW", None, "quantity", "MW", 1),
    ("'000", None, "number", None, 1000),
    ("thousands", None, "number", None, 1000),
    ("million", None, "number", None, 1_000_000),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "local", "kind", "unit", "factor"), DECLARED)
def test_read_declared(
    phrase: str, local: tuple[str, frozenset[str]] | None, kind: str, unit: str | None, factor: int
) -> None:
    assert read_declared(phrase, local) == Declared(kind, unit, Decimal(factor))


NOT_DECLARED = [
    "2025", "2025-26", "number", "Rank", "seats won", "year on year", "t/ha", "per 100,000",
    "R bn",  # no South African text: "R" alone names no currency (the scanner's rule)
    "m",  # "Passengers (m)" is millions, "Height (m)" metres
    "Japan", "million passengers", "",
]  # fmt: skip


@pytest.mark.parametrize("phrase", NOT_DECLARED)
def test_read_declared_none(phrase: str) -> None:
    assert read_declared(phrase) is None


THOUSANDS = [
    ("Output ('000 tonnes)", "000", True),
    ("Jobs (’000)", "000", True),
    ("Output 1,000 tonnes", "000", False),  # the thousands of a number
    ("Code 000", "000", False),  # no apostrophe
]  # fmt: skip


@pytest.mark.parametrize(("text", "digits", "mark"), THOUSANDS)
def test_thousands_mark(text: str, digits: str, mark: bool) -> None:
    assert thousands_mark(text, text.rindex(digits)) is mark


# -- the scanner: a sign after a cell gap; a label's bracketed unit is no number's --------------

SCANNED = [
    ("West    511    -2.8", ["511", "-2.8"]),
    ("| Oslo | 14 | -0.6 |", ["14", "-0.6"]),
    ("75 -300mm", ["75", "300mm"]),  # a range dash, as before
    ("Quota for 2028 (tonnes): hake 3,100", ["2028", "3,100"]),  # no "2028 (tonnes)"
    ("The sack weighs 20 (kg) in all", ["20 (kg)"]),  # a bracketed unit after its number
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans"), SCANNED)
def test_scanner(text: str, spans: list[str]) -> None:
    assert [text[f.start : f.end] for f in scan(text)] == spans


# -- the layout, on a blank pipeline: which bare numbers a declared unit reaches -----------------


def _declared(text: str) -> list[tuple[str, str, float | int, str | None]]:
    doc = spacy.blank("en")(text)
    found = drop_thousands_marks(text, scan(text))
    facts = [
        FigureFact(f.start, f.end, f.kind, as_json_number(f.value), f.unit)  # type: ignore[arg-type]
        for f in found
    ]
    return [
        (text[f.start : f.end], f.kind, f.value, f.unit) for f in declared_units(doc, facts, None)
    ]


SCOPED = [
    # a caption over rows
    ("Exports by market (US$ million)\nKenya    1,150\nUganda    640",
     [("1,150", "money", 1150000000, "USD"), ("640", "money", 640000000, "USD")]),
    ("Wage growth by sector, per cent:\n- Mining: 6.4\n- Retail: 3.9",
     [("6.4", "percent", 6.4, "%"), ("3.9", "percent", 3.9, "%")]),
    ("Sugar output (thousands of tonnes)\nNorth    210\nCoast    95",
     [("210", "quantity", 210000, "t"), ("95", "quantity", 95000, "t")]),
    # a label before its values
    ("Jobless rate (%): 5.2 in May, from 5.5 in April.",
     [("5.2", "percent", 5.2, "%"), ("5.5", "percent", 5.5, "%")]),
    ("Timber exports ('000 tonnes): pine 310; spruce 145.",
     [("310", "quantity", 310000, "t"), ("145", "quantity", 145000, "t")]),
    ("All figures in millions of euros: sales 932; costs 710.",
     [("932", "money", 932000000, "EUR"), ("710", "money", 710000000, "EUR")]),
    # a column header, which wins over a caption
    ("Mill    Sales (€m)    Margin (%)\nAske    84    7.5\nBrede    51    -2.8",
     [("84", "money", 84000000, "EUR"), ("7.5", "percent", 7.5, "%"),
      ("51", "money", 51000000, "EUR"), ("-2.8", "percent", -2.8, "%")]),
    ("| Line | Riders (million) | Change (%) |\n| Red | 42.5 | 3.1 |",
     [("42.5", "number", 42500000, None), ("3.1", "percent", 3.1, "%")]),
    ("Costs (£m)\nItem    Cost    Share (%)\nFuel    412    31",
     [("412", "money", 412000000, "GBP"), ("31", "percent", 31, "%")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SCOPED)
def test_scoped(text: str, expected: list[tuple[str, str, float | int, str | None]]) -> None:
    assert _declared(text) == expected


UNTOUCHED = [
    # numbers with a unit of their own
    ("Share of the vote (%)\nLabour    41.2%\nGreens    9.5%",
     [("41.2%", "percent", 41.2, "%"), ("9.5%", "percent", 9.5, "%")]),
    ("Budget (€m)\nSchools    €412m",
     [("€412m", "money", 412000000, "EUR")]),
    # a row's leading number: a rank
    ("Top lenders (€ billion)\n1    Nordbank    310",
     [("1", "number", 1, None), ("310", "money", 310000000000, "EUR")]),
    # the next paragraph is out of scope
    ("Sales (€m)\nNorth    412\n\nThe firm has 14 shops and 1,900 staff.",
     [("412", "money", 412000000, "EUR"), ("14", "number", 14, None),
      ("1,900", "number", 1900, None)]),
    # running prose under a caption ends its rows
    ("Sales (€m)\nThe company said trading in the north was weak, at 412 for the year.",
     [("412", "number", 412, None)]),
    # a heading that declares nothing
    ("Key figures\nStaff: 3,150\nShops: 14", [("3,150", "number", 3150, None), ("14", "number", 14, None)]),
    ("Results (2025)\nNorth    412", [("2025", "number", 2025, None), ("412", "number", 412, None)]),
    # a unit in prose is no caption
    ("Prices rose 3 per cent, the office said.\nNorth    412", [("3 per cent", "percent", 3, "%"),
                                                              ("412", "number", 412, None)]),
    # a table whose header declares no unit
    ("Region    Cases    Deaths\nNorth    120    4", [("120", "number", 120, None), ("4", "number", 4, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNTOUCHED)
def test_untouched(text: str, expected: list[tuple[str, str, float | int, str | None]]) -> None:
    assert _declared(text) == expected


# -- the whole run: the statistical model's readings of the same layouts ---------------------------

PIPELINE = [
    ("Regional budgets (US$ million)\nNorth Province    1,320\nLake Province    875",
     [("1,320", "money", 1320000000, "USD"), ("875", "money", 875000000, "USD")]),
    ("Maize output ('000 tonnes): 2,310, up from 2,050 a year earlier.",
     [("2,310", "quantity", 2310000, "t"), ("2,050", "quantity", 2050000, "t")]),
    ("Core inflation, per cent:\n- Goods: 2.4\n- Services: 4.6",
     [("2.4", "percent", 2.4, "%"), ("4.6", "percent", 4.6, "%")]),
    # counts with their noun stay counts
    ("Sales (€m)\nNorth    412\n\nThe group employs 1,900 people.",
     [("412", "money", 412000000, "EUR"), ("1,900", "count", 1900, "person")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PIPELINE)
def test_pipeline(run, text: str, expected: list[tuple[str, str, float | int, str | None]]) -> None:  # type: ignore[no-untyped-def]
    got = [
        (f.text, f.kind, f.value, f.unit) for f in run(text, reference_date="2026-11-20").figures
    ]
    assert got == expected


# -- cases a first version got wrong (``_BUGS_CAUGHT``) ----------------------------------------

BUGS_CAUGHT = [
    # a label's value is no caption: "52,000" read as ", 000" (thousands) over the next row
    ("By the numbers:\n• Passengers stranded: 52,000\n• Airports shut: 3",
     [("52,000", "number", 52000, None), ("3", "number", 3, None)]),
    # a headline with a figure of its own is no caption, its "in euros" no unit
    ("Sales up 5% in euros\nNorth    412", [("5%", "percent", 5, "%"), ("412", "number", 412, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT)
def test_bugs_caught(text: str, expected: list[tuple[str, str, float | int, str | None]]) -> None:
    assert _declared(text) == expected


STATED = [
    ("Spending by department ($ million)", None),  # a bare "$" states no dollar: the home's
    ("Spending by department (US$ million)", "USD"),
    ("Revenue (C$ million)", "CAD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), STATED)
def test_stated_currency(text: str, code: str | None) -> None:
    assert stated_currency(text) == code


def test_home_dollar_caption(run) -> None:  # type: ignore[no-untyped-def]
    """A caption's bare "$" in a Canadian government's release is the Canadian dollar, and it
    no longer turns the release's own "$" amounts into U.S. dollars."""
    text = (
        "Housing fund\n\nThe Government of Manitoba will put $60 million into 1,200 affordable"
        " homes, the housing minister said on Monday.\n\nSpending by department ($ million)\n"
        "Health    7,400\nEducation    2,950\n"
    )
    got = [(f.text, f.unit, f.value) for f in run(text, reference_date="2026-11-20").figures]
    assert got == [
        ("$60 million", "CAD", 60000000),
        ("1,200", "home", 1200),
        ("7,400", "CAD", 7400000000),
        ("2,950", "CAD", 2950000000),
    ]


def test_titled_caption() -> None:
    """A caption after a title and a colon ("Table 3: Tax receipts (£bn)") is still a caption
    (a first fix for the label bug above lost it)."""
    assert _declared("Table 3: Tax receipts (£bn)\nIncome tax    301.2") == [
        ("3", "number", 3, None),
        ("301.2", "money", 301200000000, "GBP"),
    ]
