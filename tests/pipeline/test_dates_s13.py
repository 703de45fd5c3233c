"""The dates stage on issue 14's session-13 families: a day of the month whose digit ordinal a
holiday name also uses ("the 4th"), two durations joined by a dash ("6-9 months"), a length of
time before "from" and its start ("will take six weeks from April 1"), a plural noun opening a
sentence before "of" (no act's name), and days or months without a year in a list of key dates,
a labelled field or a timeline line (the side of today where they lie nearer).

Own examples, three or more per rule, written for this session (none from a gold set); each
table names its rule and holds cases that must stay as they are. The composing grammar is
tested alone; the rules that read the text around a date on the full pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates.compose import read_composed

# -- "the 4th": a day, though "4th of July" is a holiday's name ------------------------------

ORDINAL_DAYS = [
    ("The election was held on the 4th.", [("the 4th", "2027-01-04")]),
    ("The ship sank on the 4th near the harbour.", [("the 4th", "2027-01-04")]),
    ("Talks resume on the 4th, officials said.", [("the 4th", "2027-02-04")]),
    # untouched: the holiday, an ordinal of a unit, a placing
    ("Fireworks lit the sky on the 4th of July.", [("the 4th of July", "2026-07-04")]),
    ("The 4th Infantry Division moved north.", []),
    ("He finished 4th in the race.", []),
]


@pytest.mark.parametrize(("text", "expected"), ORDINAL_DAYS)
def test_ordinal_day_of_holiday_word(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2027-01-12").dates] == expected


# -- "6-9 months": two durations, as "between 6 and 9 months" --------------------------------

DASHED_DURATIONS = [
    ("Delivery is expected in 6-9 months.", [("6", "P6M"), ("9 months", "P9M")]),
    ("Repairs will take 3 - 4 weeks.", [("3", "P3W"), ("4 weeks", "P4W")]),
    ("The scheme took 2–3 years to set up.", [("2", "P2Y"), ("3 years", "P3Y")]),
    ("Sentences of 5-10 years were handed down.", [("5", "P5Y"), ("10 years", "P10Y")]),
    # untouched: a score, a code glued to a year, a span of years
    ("They won 3-1 in 2025.", [("2025", "2025")]),
    ("The score was 32-2015.", []),
    ("The plan covers 2025-2030.", [("2025-2030", "2025/2030")]),
    # untouched: an age band names people, no length of time (session 13 merge)
    ("The rate for 18-20 year olds rises.", []),
    ("Most 16-17 year-old workers were paid less.", []),
    ("Apprentices and 21-22 year olds gain most.", []),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_DURATIONS)
def test_dashed_durations(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-03-10").dates] == expected


# -- a length of time, "from" and its start: two dates; "a week from Friday" stays one --------

REF = dt.date(2026, 3, 10)

LENGTHS_FROM = [  # the composing grammar alone: no offset over "from"
    "will take six weeks from April 1",
    "closed for three months from January",
    "the ban lasted two years from March",
]
OFFSETS_FROM = [
    ("The vote is a week from Friday.", "a week from Friday", "2026-03-20"),
    ("Repayments begin six months from June 1.", "six months from June 1", "2026-12-01"),
    ("The deadline is two weeks from today.", "two weeks from today", "2026-03-24"),
]


@pytest.mark.parametrize("text", LENGTHS_FROM)
def test_length_before_from_is_no_offset(text: str) -> None:
    assert not any(" from " in span for span, _ in read_composed(text, REF, "future"))


def test_offset_from_composes_alone() -> None:
    """The same words after a verb that is no verb of length: one date (the rule's other side)."""
    assert read_composed("will see six weeks from April 1", REF, "future") == [
        ("six weeks from April 1", "2026-05-13")
    ]


@pytest.mark.parametrize(("text", "span", "value"), OFFSETS_FROM)
def test_offset_from_stays(run, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-03-10").dates] == [
        (span, value)
    ]


LENGTHS_FROM_PIPELINE = [
    ("Work on the line will take six weeks from April 1.", [("six weeks", "P6W"), ("April 1", "2026-04-01")]),
    ("The tunnel will be closed for three months from January.", [("three months", "P3M"), ("January", "2027-01")]),
    ("The works will last two years from May.", [("two years", "P2Y"), ("May", "2026-05")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LENGTHS_FROM_PIPELINE)
def test_length_and_its_start(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-03-10").dates] == expected


# -- a list of key dates, a labelled field, a timeline line: the nearer side of today --------

LISTED = [
    ("Key dates\n- Jan. 15: registration opens\n- Feb. 28: registration closes",
     [("Jan. 15", "2027-01-15"), ("Feb. 28", "2027-02-28")]),
    ("Deadline for bids: 12 January\nAward expected: March", [("12 January", "2027-01-12"), ("March", "2027-03")]),
    ("Timeline\nSept. 14: The bank discloses a loss.\nNov. 30: A deal is agreed.",
     [("Sept. 14", "2026-09-14"), ("Nov. 30", "2026-11-30")]),
    ("Opening date: 2 February", [("2 February", "2027-02-02")]),
    # untouched: a verbless fragment (the coming one), a clause with a tense, a month near today
    ("christmas", [("christmas", "2026-12-25")]),
    ("The fire started on Jan. 4: nobody was hurt.", [("Jan. 4", "2026-01-04")]),
    ("Results: October", [("October", "2026-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_listed_dates_nearer_side(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-12-08").dates] == expected


# -- a quarter or half code opening a clause, a line or a table cell, or before its data -----

PERIOD_CODES = [
    ("H1 sales rose 5%, while H2 is expected to be weaker.", [("H1", "2026-01/2026-06"), ("H2", "2026-07/2026-12")]),
    ("Q2 revenue rose 3%.", [("Q2", "2026-04/2026-06")]),
    ("Quarter | Revenue\nQ1 | 4.1\nQ2 | 4.3", [("Q1", "2026-01/2026-03"), ("Q2", "2026-04/2026-06")]),
    ("Q3: revenue rose.", [("Q3", "2026-07/2026-09")]),
    # untouched: hydrogen, a car, a room, a vitamin list
    ("H2 fuel cells are cheap.", []),
    ("The Audi Q4 sold well.", []),
    ("Room H1 is closed.", []),
    ("Vitamin B12 and H2 blockers.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PERIOD_CODES)
def test_period_codes_opening(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-08-21").dates] == expected


# -- a day after "the" that opens a body's name ----------------------------------------------

DATED_NAMES = [
    ("The April 6 Youth Movement called for protests.", []),
    ("Members of the June 4 Party met.", []),
    ("The Sept. 30 Deadline Group met.", []),
    # untouched: a day before a lower-case noun, a year before a name, a day before a vote
    ("The Oct. 7 attacks killed hundreds.", [("Oct. 7", "2025-10-07")]),
    ("The 2025 Party Congress opens in May.", [("2025", "2025"), ("May", "2027-05")]),
    ("The April 6 talks ended early.", [("April 6", "2026-04-06")]),
]


@pytest.mark.parametrize(("text", "expected"), DATED_NAMES)
def test_day_naming_a_body(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-06-09").dates] == expected


# -- a month just ended, after a number that a verb of showing data governs ------------------

SHOWN_MONTHS = [
    ("Economists expect Friday's report to show 200,000 new jobs in May.", "May", "1999-05"),
    ("The report will likely show a 0.4% rise in May.", "May", "1999-05"),
    ("Data due Friday should show 1.2 million home sales in April.", "April", "1999-04"),
    # untouched: a plan with a number, a plan, a showing with no number
    ("The firm will hire 200 workers in May.", "May", "2000-05"),
    ("The plant will reopen in May.", "May", "2000-05"),
    ("The report will show sales in May.", "May", "2000-05"),
]


@pytest.mark.parametrize(("text", "span", "value"), SHOWN_MONTHS)
def test_month_of_data_shown(run, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    dates = [(d.text, d.value) for d in run(text, reference_date="1999-06-03").dates]
    assert (span, value) in dates
