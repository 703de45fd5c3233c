"""Figures of issue 14's session-24 families, read off the errors of the opened gold sets (own1 to
own10): a product's name and model number between a count and its noun, a model's letter
before a digit that is no scale ("K2 tanks"), the ecu of 1990s wire copy, and a bare ordinal
in a row that the dates stage no longer takes for a day (own examples, none from a gold set).

Each table is one rule, with three or more new examples written before the rule and cases that
must stay as they are.
"""

from __future__ import annotations

import pytest

from briefx.normalize.scan import scan


def _figs(run, text: str) -> list[tuple[str, object, str, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (f.text, f.value, f.kind, f.unit) for f in run(text, reference_date="2025-06-04").figures
    ]


# -- a product's name and model number between the count and its noun ------------------------------

PRODUCT_NAME = [
    ("The navy refitted six Seawolf 30 ferries.", ("six", 6, "count", "ferry")),
    ("Greece will lease 12 Aquila 900 transport planes.", ("12", 12, "count", "plane")),
    ("The army ordered 48 Falcon 7 armoured trucks.", ("48", 48, "count", "truck")),
    # untouched: a maker's name with a designation; a name with no number after it
    ("It bought 14 Airbus H145M helicopters.", ("14", 14, "count", "helicopter")),
    ("It bought 12 Rafale jets.", ("12", 12, "count", "jet")),
]


@pytest.mark.parametrize(("text", "figure"), PRODUCT_NAME)
def test_product_name_before_noun(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- a model's letter glued to a digit is no scale: "1,000 K2 tanks" ---------------------------------

DESIGNATION_LETTER = [
    ("Warsaw bought 1,000 K2 tanks.", 1000),
    ("The army fields 500 M1 tanks.", 500),
    ("The airline flies 30 A3 jets.", 30),
    # untouched: a scale letter with no digit glued after it
    ("Salaries reach 50K a year.", 50000),
    ("The fund holds $2.5M in cash.", 2500000),
]


@pytest.mark.parametrize(("text", "value"), DESIGNATION_LETTER)
def test_designation_letter(text: str, value: int) -> None:
    assert [int(f.value) for f in scan(text)][:1] == [value]


# -- the ecu (ISO 4217 XEU, withdrawn 1999) ------------------------------------------------------

ECU = [
    ("Trade was worth about 2.4 billion ecus last year.", ("about 2.4 billion ecus", 2400000000, "money", "XEU")),
    ("The fund lent 300 million ecus to Poland.", ("300 million ecus", 300000000, "money", "XEU")),
    ("Each farmer got 500 ecus.", ("500 ecus", 500, "money", "XEU")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ECU)
def test_ecu(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- "Three of the largest U.S. technology companies": a name or adjective before the head --------

PARTITIVE_NAME = [
    ("Three of the largest U.S. technology companies reported results.", ("Three", 3, "count", "company")),
    ("Two of the biggest new lenders failed.", ("Two", 2, "count", "lender")),
    ("Four of the big European carmakers cut jobs.", ("Four", 4, "count", "carmaker")),
    # untouched
    ("Five of the biggest banks failed.", ("Five", 5, "count", "bank")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), PARTITIVE_NAME)
def test_partitive_name(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- a preposition of place or level that a verb, "to" or a noun governs stays outside the span -----

PLACE_PREPOSITION = [
    ("The hull lay buried under 4 cubic metres of silt.", "4 cubic metres"),
    ("The dose was below 0.2 milligram per litre.", "0.2 milligram"),
    ("The firm aims to cut the cost to under €5,000.", "€5,000"),
    ("The wreck was found near 40 metres down.", "40 metres"),
    # untouched: a hedge after "for" or an adverb; "over" after a verb reads "more than"
    ("The group sold the unit for under $5 million.", "under $5 million"),
    ("Rents in the capital are now above €1,500.", "above €1,500"),
    ("The state spent over $126 billion.", "over $126 billion"),
    ("Rain brought isolated totals near 18 inches.", "near 18 inches"),
    ("Tickets will cost under $20 each.", "under $20"),
]


@pytest.mark.parametrize(("text", "span"), PLACE_PREPOSITION)
def test_place_preposition(run, text: str, span: str) -> None:  # type: ignore[no-untyped-def]
    assert span in [f[0] for f in _figs(run, text)]


# -- a sign after an opening bracket belongs to the number: "Otago (+2.1%)" ------------------------

BRACKET_SIGN = [
    ("Canterbury (+3.2%) and Nelson (+0.8%) led gains.", ["+3.2%", "+0.8%"]),
    ("Rainfall was well above normal (+40 mm).", ["+40 mm"]),
    ("Exports (+5%) beat forecasts.", ["+5%"]),
    # untouched: a bracket with no sign; a sign after a space
    ("Exports (5%) beat forecasts.", ["5%"]),
    ("Shares closed +2.1% higher.", ["+2.1%"]),
]


@pytest.mark.parametrize(("text", "spans"), BRACKET_SIGN)
def test_bracket_sign(text: str, spans: list[str]) -> None:
    assert [text[f.start : f.end] for f in scan(text)] == spans
