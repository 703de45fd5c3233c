"""briefx_figures through the real pipeline: spans, kinds, counted nouns, hedges, basis, groups.

Rows: (text, [(span, kind, value, unit), ...]) for every figure in the text. Known misses go
in FIGURES_XFAIL as strict xfails.
"""

from __future__ import annotations

import pytest

FIGURES = [
    ("It has received over $126 billion in aid.", [("over $126 billion", "money", 126_000_000_000, "USD")]),
    ("Help came from approximately 50 countries.", [("approximately 50", "count", 50, "country")]),
    ("At least 1,500 people were hurt.", [("At least 1,500", "count", 1500, "person")]),
    ("They sent a dozen allies.", [("a dozen", "count", 12, "ally")]),
    ("It opened 12 regional offices.", [("12", "count", 12, "office")]),
    ("There were more than 300 injured.", [("more than 300", "count", 300, "person")]),
    ("We held one meeting.", [("one", "count", 1, "meeting")]),
    ("It was a magnitude 6.3 quake.", [("6.3", "number", 6.3, None)]),
    ("It marks the third anniversary.", [("third", "ordinal", 3, None)]),
    ("The road is 95 kilometres long.", [("95 kilometres", "quantity", 95, "km")]),
    ("Prices rose 2 percent.", [("2 percent", "percent", 2, "%")]),
    ("Rates rose 1.5 percentage points.", [("1.5 percentage points", "percent", 1.5, "pp")]),
    ("Over half a million children ate.", [("Over half a million", "count", 500_000, "child")]),
    ("It costs $3.10 per gallon.", [("$3.10", "money", 3.10, "USD")]),
    ("They own 40 fire engines.", [("40", "count", 40, "fire engine")]),  # xfail until s12
    # own examples: hyphenated modifiers, count ranges, dates no ordinals, line starts
    ("It approved 1,150 low-interest disaster loans.", [("1,150", "count", 1150, "loan")]),
    ("Around 2.4 million low-income households applied.",
     [("Around 2.4 million", "count", 2_400_000, "household")]),
    ("It plans 2 to 3 flights a year.", [("2", "count", 2, "flight"), ("3", "count", 3, "flight")]),
    ("It is the 14th such package.", [("14th", "ordinal", 14, None)]),
    ("Crews removed 700,000 cubic yards of debris.",
     [("700,000 cubic yards", "quantity", 700_000, "yd3")]),
    ("Aid came.\n\n36 trucks left.", [("36", "count", 36, "truck")]),
    ("Centers open at 8 a.m. and close at 6 p.m. with 12 staff.", [("12", "count", 12, "staff")]),
    ("Seventeen Disaster Recovery Centers are open.", [("Seventeen", "count", 17, "center")]),
    ("It sent 3 U.S. Navy ships.", [("3", "count", 3, "ship")]),
]  # fmt: skip
NOT_FIGURES = [
    "First we must act.",
    "One of the pilots spoke.",
    "Phase 1 starts soon.",
    "Thousands of people and hundreds of thousands more marched.",
    "Nearly 8 in 10 voters agreed.",
    "They bought million-dollar homes.",
    "It began at 3:32 a.m. local time.",
    "Call 202-555-0100.",
    "Funds flow under 42 U.S.C. 5121 and 10 U.S.C. 2282.",
    "Two in three surveyed officers agreed.",
    "About a quarter of the region lost water.",
    "Councils publish data every quarter.",
    "The 18th Airborne Corps and the 82nd Airborne Division deployed troops.",
    "As of Oct. 28, the agency had paid.",
    "Phone: +32 2 295 86 58.",
    "The deployment of 5G networks began.",
    "Both sides must respect the 72-hour ceasefire.",
    "Under 42 U.S.C. §§ 5121-5207, the agency may act.",
    "See 531 U.S. 98 for details.",
    "The company's iPhone 15 Pro was recalled.",
    "The new iPad 10 went on sale.",
    "Regulators cleared the eVTOL 3 design.",
]
FIGURES_XFAIL: list[tuple[str, list[tuple[str, str, float, str | None]]]] = []


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    FIGURES + [pytest.param(*c, marks=pytest.mark.xfail(strict=True)) for c in FIGURES_XFAIL],
)
def test_figures(run, text: str, expected: list[tuple[str, str, float, str | None]]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date="2025-02-13")) == expected


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date="2025-02-13")) == []


@pytest.mark.parametrize(
    ("text", "span", "comparator", "approximate"),
    [
        ("It received over $126 billion.", "over $126 billion", ">", False),
        ("No less than six people died.", "No less than six", ">=", False),
        ("Up to €18 billion is planned.", "Up to €18 billion", "<=", False),
        ("Some 50 countries came.", "Some 50", None, True),
        ("Spending should not dip below 3% of GDP.", "3%", None, False),
    ],
)
def test_hedge_fields(run, text: str, span: str, comparator, approximate: bool) -> None:  # type: ignore[no-untyped-def]
    (f,) = run(text, reference_date="2025-02-13").figures
    assert (f.text, f.comparator, f.approximate) == (span, comparator, approximate)


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        ("Members spend 2% of their GDP on defense.", ["GDP"]),
        ("Spending should not dip below 3% of GDP.", ["GDP"]),
        ("Debt hit 90% of GDP. A year ago it was 85%.", ["GDP", "GDP"]),
        ("Turnout was 60%.", [None]),
    ],
)
def test_percent_basis(run, text: str, bases: list[str | None]) -> None:  # type: ignore[no-untyped-def]
    assert [f.basis for f in run(text, reference_date="2025-02-13").figures] == bases


def test_range_group(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("The IMF put needs at €3 to €4 billion per month.", reference_date="2025-02-13")
    assert _rows(brief) == [
        ("€3", "money", 3_000_000_000, "EUR"),
        ("€4 billion", "money", 4_000_000_000, "EUR"),
    ]
    assert brief.figures[0].group is not None
    assert brief.figures[0].group == brief.figures[1].group
