"""The dates stage on issue 14's session-15 families (dates in briefs): a future weekday equal
to the publication weekday (next week's, ANNOTATION.md's tense rule).

Own examples, three or more per rule, written for this session (none from a gold set); each
table names its rule and holds cases that must stay as they are. Rules that do not need the
statistical model are tested on ``spacy.blank("en")`` and again through the full pipeline.
"""

from __future__ import annotations

import pytest

from tests.pipeline.conftest import date_pairs

# -- a future weekday equal to the publication weekday is next week's ------------------------

SAME_WEEKDAY = [  # reference date 2026-04-22, a Wednesday
    ("The board will vote on Wednesday.", [("Wednesday", "2026-04-29")]),
    ("Talks are scheduled to resume on Wednesday.", [("Wednesday", "2026-04-29")]),
    ("The union said it would strike on Wednesday.", [("Wednesday", "2026-04-29")]),
    ("The court is expected to rule on Wednesday.", [("Wednesday", "2026-04-29")]),
    # untouched: the same weekday in a past clause is that day; other weekdays
    ("The minister resigned on Wednesday.", [("Wednesday", "2026-04-22")]),
    ("The agency said on Wednesday that prices rose.", [("Wednesday", "2026-04-22")]),
    ("The board will vote on Friday.", [("Friday", "2026-04-24")]),
    ("The board voted on Friday.", [("Friday", "2026-04-17")]),
]


@pytest.mark.parametrize(("text", "expected"), SAME_WEEKDAY)
def test_future_weekday_of_publication_day(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-04-22").dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will meet on Wednesday.", [("Wednesday", "2026-04-29")]),
        ("Next meeting: Wednesday", [("Wednesday", "2026-04-29")]),
        ("We will meet on Friday.", [("Friday", "2026-04-24")]),  # untouched: another weekday
    ],
)
def test_future_weekday_of_publication_day_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, "2026-04-22")) == expected


# -- "that weekend": the Saturday and Sunday of the day named before --------------------------

THAT_WEEKEND = [  # reference date 2026-04-22
    ("The fair opened on March 12; that weekend 40,000 people came.",
     [("March 12", "2026-03-12"), ("that weekend", "2026-03-14/2026-03-15")]),
    ("The dam burst on Friday, Feb. 6, and that weekend the army was called in.",
     [("Friday, Feb. 6", "2026-02-06"), ("that weekend", "2026-02-07/2026-02-08")]),
    ("Polls closed on Sunday, March 1. By that weekend, turnout had passed 60%.",
     [("Sunday, March 1", "2026-03-01"), ("that weekend", "2026-02-28/2026-03-01")]),
    # untouched: no day named before, "that" opening a clause, another weekend word
    ("Sales jumped that weekend.", []),
    ("He said that weekend trading would resume.", []),
    ("The fair opened on March 12 and closed the following weekend.",
     [("March 12", "2026-03-12"), ("the following weekend", "2026-03-14/2026-03-15")]),
]


@pytest.mark.parametrize(("text", "expected"), THAT_WEEKEND)
def test_that_weekend(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-04-22").dates] == expected
