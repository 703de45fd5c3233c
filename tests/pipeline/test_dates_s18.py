"""The dates stage on issue 14's session-18 families (own examples, none from a gold set).

Each table is one rule, with three or more new examples written before the rule and cases that
must stay as they are. Rules of the composing grammar (``briefx.normalize.dates.compose``) are
tested on the normaliser alone (``read_composed``) and on ``spacy.blank("en")`` with the briefx
stages; rules that read the tense of a clause need the tagger and run through the full pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates.compose import read_composed
from tests.pipeline.conftest import date_pairs

# -- the tense chooses the composed day, not its anchor --------------------------------------
# "six weeks after Labor Day" in a future clause is the first such day ahead, though that
# year's Labor Day has gone by; "two weeks before Thanksgiving" in a past clause the last one
# gone by, though that year's Thanksgiving is ahead.

OFFSET_DIRECTION = [
    (
        "The election will be held six weeks after Labor Day.",
        "2025-09-06",
        [("six weeks after Labor Day", "2025-10-13")],
    ),
    (
        "The new term will start two weeks after Easter.",
        "2025-04-25",
        [("two weeks after Easter", "2025-05-04")],
    ),
    (
        "Prices jumped two weeks before Thanksgiving.",
        "2024-11-20",
        [("two weeks before Thanksgiving", "2024-11-14")],
    ),
    (
        "The shops closed ten days before Christmas.",
        "2025-12-20",
        [("ten days before Christmas", "2025-12-15")],
    ),
    # untouched: the anchor's own year already puts the day on the clause's side
    (
        "Shops will reopen two days after Christmas.",
        "2025-09-06",
        [("two days after Christmas", "2025-12-27")],
    ),
    (
        "Prices jumped three days before Thanksgiving.",
        "2025-09-06",
        [("three days before Thanksgiving", "2024-11-25")],
    ),
    (
        "The deal will close four days after May 3.",
        "2025-04-25",
        [("four days after May 3", "2025-05-07")],
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), OFFSET_DIRECTION)
def test_offset_direction(run, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


@pytest.mark.parametrize(
    ("text", "ref", "prefer", "expected"),
    [
        ("six weeks after Labor Day", "2025-09-06", "future", "2025-10-13"),
        ("two weeks before Thanksgiving", "2024-11-20", "past", "2024-11-14"),
        ("a week after Easter", "2025-04-25", "future", "2025-04-27"),
        ("two days after Christmas", "2025-09-06", "future", "2025-12-27"),  # untouched
    ],
)
def test_offset_direction_normaliser(text: str, ref: str, prefer: str, expected: str) -> None:
    assert read_composed(text, dt.date.fromisoformat(ref), prefer) == [(text, expected)]


# -- the nth weekday of a month without a year, in the clause's direction ---------------------

NTH_WEEKDAY_DIRECTION = [
    (
        "The vote took place on the second Tuesday of November.",
        "2025-09-06",
        [("the second Tuesday of November", "2024-11-12")],
    ),
    (
        "The plant closed on the last Friday of October.",
        "2025-09-06",
        [("the last Friday of October", "2024-10-25")],
    ),
    (
        "The rate cut took effect on the last Monday of December.",
        "2025-01-28",
        [("the last Monday of December", "2024-12-30")],
    ),
    (
        "The board will meet on the first Monday of March.",
        "2025-09-06",
        [("the first Monday of March", "2026-03-02")],
    ),
    # untouched: the month of the reference year is already on the clause's side
    (
        "The plant closed on the first Monday of August.",
        "2025-09-06",
        [("the first Monday of August", "2025-08-04")],
    ),
    (
        "The board will meet on the first Monday of October.",
        "2025-09-06",
        [("the first Monday of October", "2025-10-06")],
    ),
    (
        "The board met on the first Monday of March 2023.",
        "2025-09-06",
        [("the first Monday of March 2023", "2023-03-06")],
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), NTH_WEEKDAY_DIRECTION)
def test_nth_weekday_direction(run, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- a duration in two units keeps both -------------------------------------------------------

COMPOSITE_DURATION = [
    (
        "The tunnel will take three years and six months to build.",
        [("three years and six months", "P3Y6M")],
    ),
    ("He served two years and four months in jail.", [("two years and four months", "P2Y4M")]),
    ("The trial lasted a year and two months.", [("a year and two months", "P1Y2M")]),
    ("The outage lasted two weeks and three days.", [("two weeks and three days", "P2W3D")]),
    ("The mission lasted 1 year, 2 months.", [("1 year, 2 months", "P1Y2M")]),
    ("It took them 2 years 3 months to finish.", [("2 years 3 months", "P2Y3M")]),
    # untouched: one unit, units not in falling order, a duration beside another noun
    ("The plan covers two years and costs $3 billion.", [("two years", "P2Y")]),
    (
        "It took six months and then three years more.",
        [("six months", "P6M"), ("three years", "P3Y")],
    ),
    ("The loan runs for a year and a half.", [("a year and a half", "P1Y6M")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPOSITE_DURATION)
def test_composite_duration_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, "2025-06-11")) == expected


@pytest.mark.parametrize(("text", "expected"), COMPOSITE_DURATION[:6])
def test_composite_duration(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected


# -- a range is no side of another range: "from Sept. 12-14 to Oct. 3-5" is two -----------------

RANGE_OF_RANGES = [
    (
        "The course will move from June 2-6 to June 16-20.",
        [("June 2-6", "2025-06-02/2025-06-06"), ("June 16-20", "2025-06-16/2025-06-20")],
    ),
    (
        "The fair will move from Sept. 12-14 to Oct. 3-5.",
        [("Sept. 12-14", "2025-09-12/2025-09-14"), ("Oct. 3-5", "2025-10-03/2025-10-05")],
    ),
    (
        "Voting will shift from Nov. 4-5 to Nov. 11-12.",
        [("Nov. 4-5", "2025-11-04/2025-11-05"), ("Nov. 11-12", "2025-11-11/2025-11-12")],
    ),
    # untouched: single days on both sides, and years
    ("The course will run from June 2 to June 6.", [("June 2 to June 6", "2025-06-02/2025-06-06")]),
    ("Output grew from 2019 to 2023.", [("2019 to 2023", "2019/2023")]),
]


@pytest.mark.parametrize(("text", "expected"), RANGE_OF_RANGES)
def test_range_of_ranges(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-05-20").dates] == expected


# -- "set for two weeks from Thursday": a day scheduled, not a length and its start -----------

SCHEDULED_FOR = [  # reference date Tuesday 2025-01-28
    (
        "The handover is set for two weeks from Thursday.",
        [("two weeks from Thursday", "2025-02-13")],
    ),
    ("The vote is scheduled for a week from Friday.", [("a week from Friday", "2025-02-07")]),
    (
        "The hearing is slated for three weeks from Monday.",
        [("three weeks from Monday", "2025-02-24")],
    ),
    # untouched: a length after "for" or a verb of lasting, and its start
    (
        "The scheme will run for six weeks from Monday.",
        [("six weeks", "P6W"), ("Monday", "2025-02-03")],
    ),
    (
        "The works will take two weeks from Feb. 3.",
        [("two weeks", "P2W"), ("Feb. 3", "2025-02-03")],
    ),
    (
        "The ban was extended for six weeks from Monday.",
        [("six weeks", "P6W"), ("Monday", "2025-01-27")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCHEDULED_FOR)
def test_scheduled_for(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-01-28").dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("set for two weeks from Thursday", [("two weeks from Thursday", "2025-02-13")]),
        ("scheduled for a week from Friday", [("a week from Friday", "2025-02-07")]),
        ("planned for ten days from Monday", [("ten days from Monday", "2025-02-13")]),
    ],
)
def test_scheduled_for_normaliser(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert read_composed(text, dt.date(2025, 1, 28), "future") == expected


# -- a weekday after a day the sentence names is the first such day after it -----------------

WEEKDAY_AFTER_DAY = [
    (
        "The ceasefire took effect on Oct. 27, and aid convoys crossed the border on Wednesday.",
        "2024-11-07",
        [("Oct. 27", "2024-10-27"), ("Wednesday", "2024-10-30")],
    ),
    (
        "The dam burst on March 2 and the water had receded by Friday.",
        "2025-03-19",
        [("March 2", "2025-03-02"), ("Friday", "2025-03-07")],
    ),
    (
        "The storm hit on March 1; by Wednesday, 20 people had died.",
        "2025-03-14",
        [("March 1", "2025-03-01"), ("Wednesday", "2025-03-05")],
    ),
    (
        "The strike began on June 3, and the two sides met again on Thursday.",
        "2025-06-20",
        [("June 3", "2025-06-03"), ("Thursday", "2025-06-05")],
    ),
    # untouched: the weekday is that week's anyway, a reported weekday, a date long ago
    (
        "The strike began on June 3, and the two sides met again on Thursday.",
        "2025-06-07",
        [("June 3", "2025-06-03"), ("Thursday", "2025-06-05")],
    ),
    (
        "The firm, which listed on March 2, said on Friday that sales rose.",
        "2025-03-19",
        [("March 2", "2025-03-02"), ("Friday", "2025-03-14")],
    ),
    (
        "The deal, signed on Feb. 28, took effect on Monday.",
        "2025-03-14",
        [("Feb. 28", "2025-02-28"), ("Monday", "2025-03-10")],
    ),
    (
        "The company, founded on March 2, 2001, cut 300 jobs on Friday.",
        "2025-03-19",
        [("March 2, 2001", "2001-03-02"), ("Friday", "2025-03-14")],
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), WEEKDAY_AFTER_DAY)
def test_weekday_after_named_day(run, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- "next week and the week after": the period and the one after it, one range ---------------

AND_THE_ONE_AFTER = [  # reference date Saturday 2025-09-06 (ISO week 36)
    (
        "Trains will be replaced by buses next week and the week after.",
        [("next week and the week after", "2025-W37/2025-W38")],
    ),
    (
        "Prices will stay high this month and the month after.",
        [("this month and the month after", "2025-09/2025-10")],
    ),
    (
        "The levy applies next year and the year after.",
        [("next year and the year after", "2026/2027")],
    ),
    (
        "Roadworks continue this week and the next.",
        [("this week and the next", "2025-W36/2025-W37")],
    ),
    # untouched: "this week and next" (its own rule), a unit other than the period's
    ("Delays are expected this week and next.", [("this week and next", "2025-W36/2025-W37")]),
    ("Sales will rise next year and in 2028.", [("next year", "2026"), ("2028", "2028")]),
]


@pytest.mark.parametrize(("text", "expected"), AND_THE_ONE_AFTER)
def test_and_the_one_after_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, "2025-09-06")) == expected


# -- a weekday before or after a dated event; "a week on Monday" -------------------------------

WEEKDAY_BY_EVENT = [  # reference date Wednesday 2025-06-11
    (
        "Talks resume the Monday after the summit on June 20.",
        [("the Monday after the summit on June 20", "2025-06-23")],
    ),
    (
        "Ministers meet the Friday before the vote on July 9.",
        [("the Friday before the vote on July 9", "2025-07-04")],
    ),
    (
        "Bids close the Tuesday after the auction on June 26.",
        [("the Tuesday after the auction on June 26", "2025-07-01")],
    ),
    # untouched: a weekday after a date, and an event with no date
    ("Talks resume the Monday after June 20.", [("the Monday after June 20", "2025-06-23")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_BY_EVENT)
def test_weekday_by_event(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    # the event's noun is read from the tagger's tags: the full pipeline
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected


WEEK_ON = [  # reference date Wednesday 2025-06-11
    ("The strike begins a week on Monday.", [("a week on Monday", "2025-06-23")]),
    ("The new timetable starts a fortnight on Friday.", [("a fortnight on Friday", "2025-06-27")]),
    ("Voting closes two weeks on Thursday.", [("two weeks on Thursday", "2025-06-26")]),
    # untouched: a length on a day, and a count of days
    ("The festival lasted a week on Monday.", [("a week", "P1W"), ("Monday", "2025-06-09")]),
    ("Ten days on Monday, the fire was out.", [("Ten days", "P10D"), ("Monday", "2025-06-09")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEK_ON)
def test_week_on_weekday(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected


# -- the nth working day of a period: Saturdays and Sundays left out ---------------------------

WORKING_DAY = [  # reference date Wednesday 2025-06-11
    ("the last working day of June", "2025-06-30"),
    ("the first business day of next month", "2025-07-01"),
    ("the third working day of August", "2025-08-05"),
    ("the last business day of the year", "2025-12-31"),
]


@pytest.mark.parametrize(("text", "expected"), WORKING_DAY)
def test_working_day_normaliser(text: str, expected: str) -> None:
    assert read_composed(text, dt.date(2025, 6, 11), "future") == [(text, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The review ends on the last working day of June.",
            [("the last working day of June", "2025-06-30")],
        ),
        (
            "Rents are due on the first business day of next month.",
            [("the first business day of next month", "2025-07-01")],
        ),
        (
            "Markets shut on the last working day of May.",
            [("the last working day of May", "2025-05-30")],
        ),
        # untouched: a calendar day of a month
        ("The review ends on the last day of June.", [("the last day of June", "2025-06-30")]),
        ("Payment is due within five working days.", [("five working days", "P5D")]),
    ],
)
def test_working_day_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, "2025-06-11")) == expected


# -- halves written with hyphens, as "two and a half years" -----------------------------------

HYPHENATED_HALVES = [
    ("The drought has lasted six-and-a-half years.", [("six-and-a-half years", "P6Y6M")]),
    ("The firm has a year-and-a-half runway.", [("year-and-a-half", "P1Y6M")]),
    ("Talks dragged on for two-and-a-half years.", [("two-and-a-half years", "P2Y6M")]),
    # untouched: the same without hyphens
    ("Talks dragged on for two and a half years.", [("two and a half years", "P2Y6M")]),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENATED_HALVES)
def test_hyphenated_halves_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, "2025-06-11")) == expected


# -- "the 3 May deadline": the article is the noun's, not the date's -------------------------

THE_DAY_MONTH = [
    ("Officials missed the 3 May deadline.", [("3 May", "2025-05-03")]),
    ("The 7 December 1941 attack killed 2,400.", [("7 December 1941", "1941-12-07")]),
    ("The 14 March 2024 ruling was overturned.", [("14 March 2024", "2024-03-14")]),
    # untouched: an ordinal day keeps its article, a month first has none
    ("The vote is on the 3rd of July.", [("the 3rd of July", "2025-07-03")]),
    ("The June 3 vote was close.", [("June 3", "2025-06-03")]),
]


@pytest.mark.parametrize(("text", "expected"), THE_DAY_MONTH)
def test_the_day_month_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, "2025-06-11")) == expected


# -- an offset in working days skips Saturdays and Sundays -------------------------------------

WORKING_DAYS_OFFSET = [  # reference date Wednesday 2025-06-11
    ("ten working days after the end of the quarter", "2025-07-14"),
    ("five business days after June 20", "2025-06-27"),
    ("three working days before July 1", "2025-06-26"),
    ("five days after June 20", "2025-06-25"),  # untouched: calendar days
]


@pytest.mark.parametrize(("text", "expected"), WORKING_DAYS_OFFSET)
def test_working_days_offset_normaliser(text: str, expected: str) -> None:
    assert read_composed(text, dt.date(2025, 6, 11), "future") == [(text, expected)]


# -- "moved from Sept. 12 to Oct. 3": a date changed, two dates, not a range --------------------

MOVED_FROM_TO = [
    (
        "The trade fair was moved from Sept. 12 to Oct. 3.",
        "2025-08-22",
        [("Sept. 12", "2025-09-12"), ("Oct. 3", "2025-10-03")],
    ),
    (
        "The vote was pushed back from March 4 to March 18.",
        "2025-02-20",
        [("March 4", "2025-03-04"), ("March 18", "2025-03-18")],
    ),
    (
        "Organisers shifted the race from Aug. 2 to Sept. 6.",
        "2025-08-22",
        [("Aug. 2", "2025-08-02"), ("Sept. 6", "2025-09-06")],
    ),
    # untouched: a range after another verb
    (
        "The exhibition runs from Sept. 12 to Oct. 3.",
        "2025-08-22",
        [("Sept. 12 to Oct. 3", "2025-09-12/2025-10-03")],
    ),
    ("Prices rose from March to May.", "2025-06-11", [("March to May", "2025-03/2025-05")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), MOVED_FROM_TO)
def test_moved_from_to(run, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected
