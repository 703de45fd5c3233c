"""Currencies written by their local abbreviations (models/currency_abbreviations.jsonl, derived
by scripts/derive_currency_abbreviations.py from price-parser and CLDR): read in a text about the
country, before a number; elsewhere the letters stay what they were."""

from __future__ import annotations

import datetime as dt
import importlib.util
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from briefx.normalize.figures import (
    currencies,
    global_abbreviations,
    local_abbreviations,
    local_currency,
)
from briefx.normalize.scan import scan

ROOT = Path(__file__).resolve().parents[2]
WIRE_1996 = dt.date(1996, 8, 14)


def _derive() -> ModuleType:
    path = ROOT / "scripts" / "derive_currency_abbreviations.py"
    spec = importlib.util.spec_from_file_location("derive_currency_abbreviations", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(text: str, country: str | None, day: dt.date | None = None) -> list[tuple[object, ...]]:
    local = local_currency(country, day) if country else None
    return [(text[f.start : f.end], f.kind, f.value, f.unit) for f in scan(text, local)]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # price-parser's letters, in a text about the country
        ("revenue of KD 18.2 billion", "KW", [("KD 18.2 billion", "money", Decimal("1.82e10"), "KWD")]),
        ("a profit of KD12.1 billion", "KW", [("KD12.1 billion", "money", Decimal("1.21e10"), "KWD")]),
        ("deposits of BD 21.4 billion", "BH", [("BD 21.4 billion", "money", Decimal("2.14e10"), "BHD")]),
        ("exports of QR 24.1 billion", "QA", [("QR 24.1 billion", "money", Decimal("2.41e10"), "QAR")]),
        ("a ZK 217 billion budget", "ZM", [("ZK 217 billion", "money", 217 * 10**9, "ZMW")]),
        # the initials of the French name (ISO 4217's second language)
        ("a deficit of RO 620 million", "OM", [("RO 620 million", "money", 620 * 10**6, "OMR")]),
        ("raise LE 45 billion", "EG", [("LE 45 billion", "money", 45 * 10**9, "EGP")]),
        # a dollar or pound with its country's letter: the letters win over the sign alone
        ("a budget of G$1.382 trillion", "GY", [("G$1.382 trillion", "money", Decimal("1.382e12"), "GYD")]),
        ("cost E£ 3.2 billion", "EG", [("E£ 3.2 billion", "money", Decimal("3.2e9"), "EGP")]),
        ("cost EG£ 3.2 billion", "EG", [("EG£ 3.2 billion", "money", Decimal("3.2e9"), "EGP")]),
        ("spend L£ 90 billion", "LB", [("L£ 90 billion", "money", 90 * 10**9, "LBP")]),
    ],
)  # fmt: skip
def test_local_abbreviations(text: str, country: str, expected: list[tuple[object, ...]]) -> None:
    assert _read(text, country) == expected


def test_withdrawn_currency_of_the_day() -> None:
    """A 1996 Harare wire's "Z$" is the Zimbabwe dollar of the day (ZWD), not the hand table's
    ZWL of 2009; today the country's currency has no "Z$"."""
    text = "spend Z$1.2 billion on drought relief"
    got = _read(text, "ZW", WIRE_1996)
    assert got == [("Z$1.2 billion", "money", Decimal("1.2e9"), "ZWD")]
    assert "Z$" not in local_abbreviations("ZW", "USD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sign one currency owns in every source, read with no country
        ("reserves of J$720 billion", [("J$720 billion", "money", 720 * 10**9, "JMD")]),
        ("a deficit of N$9.8 billion", [("N$9.8 billion", "money", Decimal("9.8e9"), "NAD")]),
        ("collected EC$310 million", [("EC$310 million", "money", 310 * 10**6, "XCD")]),
        # untouched: the hand and CLDR tables' own signs
        ("paid C$40 million", [("C$40 million", "money", 40 * 10**6, "CAD")]),
        ("a NT$2.9 trillion budget", [("NT$2.9 trillion", "money", Decimal("2.9e12"), "TWD")]),
        ("spend Z$1.2 billion", [("Z$1.2 billion", "money", Decimal("1.2e9"), "ZWL")]),
        ("spend $1.2 billion", [("$1.2 billion", "money", Decimal("1.2e9"), "USD")]),
    ],
)  # fmt: skip
def test_global_signs(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _read(text, None) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # no country: two letters are no currency ("KD" is read only in a Kuwaiti text)
        ("revenue of KD 18.2 billion", None, [("18.2 billion", "number", Decimal("1.82e10"), None)]),
        ("a deficit of RO 620 million", None, [("620 million", "number", 620 * 10**6, None)]),
        ("a deficit of RO 620 million", "KW", [("620 million", "number", 620 * 10**6, None)]),
        # the letters with no number after them, or glued to a letter before
        ("KD officials met 40 bankers", "KW", [("40", "number", 40, None)]),
        ("Le Monde said 40 deputies", "EG", [("40", "number", 40, None)]),
        ("the MG$5 model", "GY", [("$5", "money", 5, "USD")]),  # not "G$": as before
        # a "$" alone keeps its reading
        ("paid $5 million", None, [("$5 million", "money", 5 * 10**6, "USD")]),
    ],
)  # fmt: skip
def test_untouched(text: str, country: str | None, expected: list[tuple[object, ...]]) -> None:
    assert _read(text, country) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kuwaiti Dinar", "KD"),
        ("riyal omanais", "RO"),
        ("livre égyptienne", "LE"),  # the accent dropped
        ("East Caribbean Dollar", None),  # two words only
        ("euro", None),
    ],
)
def test_initials(name: str, expected: str | None) -> None:
    assert _derive().initials(name) == expected


def test_derived_rows_follow_their_filters() -> None:
    """What the sources get wrong or too broad stays out of the table."""
    assert "US" not in local_abbreviations("UG", "UGX")  # initials naming a country
    assert "F" not in local_abbreviations("FR", "FRF")  # one letter price-parser lists
    assert not local_abbreviations("KW", "KWD") & {"DK"}  # price-parser's "KD" is enough
    assert "د.ك.\u200f" not in local_abbreviations("KW", "KWD")  # Latin letters only
    assert "R$" not in {s for s, _ in global_abbreviations()}  # known to the hand table
    shapes = {s for s, _ in global_abbreviations()}
    assert shapes
    assert all(s[-1] in "$£" for s in shapes)
    table = currencies()
    assert ("J$", "JMD") in table.symbols
    assert ("C$", "CAD") in table.symbols


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a one-letter symbol of the country's own locales that reads as a letter and a number
        ("Q3 sales rose 8%", "GT", [("8%", "percent", 8, "%")]),
        ("the K9 unit", "ZM", []),
        ("for grades K 12 this year", "ZM", [("12", "number", 12, None)]),
        ("the L 2 gate", "HN", [("2", "number", 2, None)]),
        ("the N 12 road", "NG", [("12", "number", 12, None)]),
        ("won L 2-1", "HN", [("2", "number", 2, None), ("1", "number", 1, None)]),
        ("the ID 4 car", "IQ", [("4", "number", 4, None)]),
        ("the ID4 car", "IQ", []),
        ("registered as KD 12", "KW", [("12", "number", 12, None)]),
        ("paid ID 4,500 a month", "IQ", [("ID 4,500", "money", 4500, "IQD")]),
        ("paid KD 120 a month", "KW", [("KD 120", "money", 120, "KWD")]),
        ("costs RM 42", "MY", [("RM 42", "money", 42, "MYR")]),  # a symbol of the table
        ("costs RM 42", None, [("RM 42", "money", 42, "MYR")]),
        # and the same letters before an amount stay money
        ("a Q 148 billion budget", "GT", [("Q 148 billion", "money", 148 * 10**9, "GTQ")]),
        ("earned K 38 billion", "ZM", [("K 38 billion", "money", 38 * 10**9, "ZMW")]),
        ("paid K 450 a month", "ZM", [("K 450", "money", 450, "ZMW")]),
        ("costs R5.20 a litre", "ZA", [("R5.20", "money", Decimal("5.20"), "ZAR")]),
        ("costs R45 a litre", "ZA", [("R45", "money", 45, "ZAR")]),
        ("spend N4,500 a month", "NG", [("N4,500", "money", 4500, "NGN")]),
        ("Q3.2 million in grants", "GT", [("Q3.2 million", "money", Decimal("3.2e6"), "GTQ")]),
    ],
)  # fmt: skip
def test_letter_before_a_number(
    text: str, country: str, expected: list[tuple[object, ...]]
) -> None:
    assert _read(text, country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a restatement in brackets of the same value: the currency its code names
        ("reserves rose to PKR 3.2 trillion (Rs 3.2tn)", ["PKR", "PKR"]),
        ("revenue of LKR 4.1 billion (Rs. 4.1 billion)", ["LKR", "LKR"]),
        ("revenue of MUR 4.1 billion (Rs 4.1bn)", ["MUR", "MUR"]),
        # letters read nowhere without the country stay no amount: "KD" with no country
        ("revenue of KWD 15.3bn (KD 15.3bn) last year", ["KWD"]),
        ("a loan of C$5 million ($5 million)", ["CAD", "CAD"]),
        # untouched: a conversion (another value), a sign the currency is not written with,
        # no bracket, or the same currency already
        ("a loan of $2 billion (Rs 557 billion)", ["USD", "INR"]),
        ("paid PKR 3 (US$3) a unit", ["PKR", "USD"]),
        ("paid EUR 5 million ($5 million)", ["EUR", "USD"]),
        ("PKR 3.2 trillion and Rs 3.2tn", ["PKR", "INR"]),
    ],
)  # fmt: skip
def test_restated_currency(text: str, expected: list[str]) -> None:
    """briefx.pipeline.figures.currencies.restated_currency over the scanner's amounts."""
    from briefx.pipeline.figures.currencies import restated_currency

    got = [f.unit for f in restated_currency(text, scan(text)) if f.kind == "money"]
    assert got == expected
