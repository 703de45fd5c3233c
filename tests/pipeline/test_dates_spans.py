"""Where a date span starts and whether a number is a date at all (own examples).

Reference date Thursday 2025-02-13. The tagger decides "over" (preposition or hedge) and
"last" (verb or relation), so these run on the real pipeline.
"""

from __future__ import annotations

import pytest

SPANS = [
    # the article of a month used as a modifier stays out (and the bare month follows the
    # tense of its clause, ANNOTATION.md: a past clause, the most recent one)
    ("Three bids arrived by the May 2 deadline.", [("May 2", "2024-05-02")]),
    ("Debris from the June accident was cleared.", [("June", "2024-06")]),
    ("The October jobs report is due soon.", [("October", "2025-10")]),
    # "over" as a preposition stays out; as a hedge it stays in (ANNOTATION.md)
    ("The state pledged £2 billion over three years for roads.", [("three years", "P3Y")]),
    ("Repayments are spread over ten years.", [("ten years", "P10Y")]),
    ("The ministry will invest in schools over five years.", [("five years", "P5Y")]),
    ("She has lived there for over 40 years.", [("over 40 years", "P40Y")]),
    # "last" as a verb is no relation
    ("The works are expected to last 18 months.", [("18 months", "P18M")]),
    ("The closure could last six weeks.", [("six weeks", "P6W")]),
    ("Talks will last two days.", [("two days", "P2D")]),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_span_start(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2025-02-13")
    assert [(d.text, d.value) for d in brief.dates] == expected


LAW_YEARS = [
    "The Companies Act 2006 governs the filing.",
    "Under the Equality Act 2010 employers must act.",
    "The Climate Change Act 2008 set the target.",
]


@pytest.mark.parametrize("text", LAW_YEARS)
def test_year_in_a_law_name(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text, reference_date="2025-02-13").dates == []
