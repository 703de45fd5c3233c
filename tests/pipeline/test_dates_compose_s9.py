"""The dates stage on issue 14's session-9 families: the weeks of a month, "a couple of",
hedged counts before "ago" / "from now", plural possessive holiday names, a holiday's
weekend, "-long" durations, and the tense of a date that comes before its verb.

Own examples, three or more per rule, written before the rule (none from a gold set); each
table names its rule and holds cases that must stay as they are. The normaliser and the
composing grammar are tested alone; the span finder on ``spacy.blank("en")``; the tense rule
on the full pipeline (it reads the tagger's tags).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates import normalize_date
from briefx.normalize.dates.compose import read_composed
from tests.pipeline.conftest import date_pairs

REF = dt.date(2026, 3, 18)  # a Wednesday, ISO week 12


def value_of(text: str) -> str | None:
    """The value ``normalize_date`` gives ``text`` on ``REF`` (None: no date)."""
    v = normalize_date(text, REF)
    return None if v is None else v.value


# The weeks of a month are the ISO weeks whose Thursday falls in it (as ISO 8601 gives weeks
# to years): the first week holds the month's first Thursday, the last its last Thursday.
MONTH_WEEKS = [
    ("the first week of July 2026", "2026-W27"),  # 1 July is a Wednesday
    ("the first week of December 2026", "2026-W49"),  # 1 December is a Tuesday
    ("the first week of March 2026", "2026-W10"),  # 1 March is a Sunday: its week is February's
    ("the second week of July 2026", "2026-W28"),
    ("the last week of February 2026", "2026-W09"),
    ("the last week of September 2014", "2014-W39"),  # 30 September is a Tuesday
    ("the last week of July 2026", "2026-W31"),  # 31 July is a Friday: its week is July's
    # untouched: the weeks of a year, a week of a day
    ("the first week of 2027", "2027-W01"),
    ("the week of 14 September 2026", "2026-W38"),
]


@pytest.mark.parametrize(("text", "value"), MONTH_WEEKS)
def test_weeks_of_a_month(text: str, value: str) -> None:
    assert value_of(text) == value


COMPOSED_MONTH_WEEKS = [
    ("It opens in the first week of July", "the first week of July", "2026-W27"),
    ("It rises at the end of the second week of July", "the end of the second week of July", "2026-W28"),
    ("It reports in the third week of April", "the third week of April", "2026-W16"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value"), COMPOSED_MONTH_WEEKS)
def test_weeks_of_a_month_composed(text: str, span: str, value: str) -> None:
    assert read_composed(text, REF, "future") == [(span, value)]


# "a couple of" counts two; "a few" stays vague (no date); a hedge before a count that
# "ago" or "from now" closes stays in the span and the count keeps its value, at the unit's
# precision (as "three months ago" -> the month).
COUNTS = [
    ("a couple of days ago", "2026-03-16"),
    ("a couple of weeks ago", "2026-W10"),
    ("a couple of months ago", "2026-01"),
    ("a couple of weeks", "P2W"),
    ("a couple of years from now", "2028"),
    ("nearly two weeks ago", "2026-W10"),
    ("some five years ago", "2021"),
    ("just over a year ago", "2025"),
    ("about 18 months ago", "2024-09"),
    ("more than six months ago", "2025-09"),
    ("roughly a decade ago", "2016"),
    ("just over a year", "P1Y"),
    # untouched: exact counts, days from today, weekdays counted from now
    ("three months ago", "2025-12"),
    ("ten days from today", "2026-03-28"),
    ("two Thursdays from now", "2026-03-26"),
    ("three weeks from now", "2026-W15"),
    ("ten days from now", "2026-03-28"),
]


@pytest.mark.parametrize(("text", "value"), COUNTS)
def test_counts_and_hedges(text: str, value: str) -> None:
    assert value_of(text) == value


# "a couple of" in an anchored period, as "the past two years"
COUPLE_PERIODS = [
    ("the past couple of years", "2024-03-18/2026-03-18"),
    ("the past couple of months", "2026-01-18/2026-03-18"),
    ("the next couple of weeks", "2026-03-18/2026-04-01"),
    ("the past two years", "2024-03-18/2026-03-18"),  # untouched
]


@pytest.mark.parametrize(("text", "value"), COUPLE_PERIODS)
def test_couple_periods(text: str, value: str) -> None:
    assert value_of(text) == value


# "earlier"/"later" before "next"/"last" + a unit hedge that period, as before "this".
LATER_NEXT = [
    ("later next month", "2026-04"),
    ("earlier last year", "2025"),
    ("later next week", "2026-W13"),
    ("later this month", "2026-03"),  # untouched
    ("earlier this week", "2026-W12"),  # untouched
]


@pytest.mark.parametrize(("text", "value"), LATER_NEXT)
def test_later_next(text: str, value: str) -> None:
    assert value_of(text) == value


# "the first/last days (weeks, months) of <period>": a hedge on the period, which keeps its
# value ("the final months of 2025"); an ordinal with a singular unit is one of them.
FIRST_DAYS = [
    ("Shares fell in the first days of January", "the first days of January", "2026-01"),
    ("Prices rose in the last weeks of 2025", "the last weeks of 2025", "2025"),
    ("Output slowed in the first months of 2026", "the first months of 2026", "2026"),
    ("Sales slowed in the final months of 2025", "the final months of 2025", "2025"),  # untouched
]


@pytest.mark.parametrize(("text", "span", "value"), FIRST_DAYS)
def test_first_days_of(text: str, span: str, value: str) -> None:
    assert read_composed(text, REF, "past") == [(span, value)]


@pytest.mark.parametrize("text", ["a few weeks ago", "a few days", "several weeks ago"])
def test_vague_counts_stay_untagged(text: str) -> None:
    assert normalize_date(text, REF, fallback=False) is None


# A plural possessive holiday name keeps its apostrophe as a token ("Presidents' Day").
HOLIDAY_APOSTROPHES = [
    ("Presidents' Day 2026", "2026-02-16"),
    ("Veterans' Day 2026", "2026-11-11"),
    ("two days after Presidents' Day 2027", "2027-02-17"),
]


@pytest.mark.parametrize(("text", "value"), HOLIDAY_APOSTROPHES)
def test_plural_possessive_holidays(text: str, value: str) -> None:
    assert value_of(text) == value


def test_holiday_apostrophe_composes() -> None:
    text = "Lawmakers return on the Tuesday after Presidents' Day"
    assert read_composed(text, dt.date(2026, 1, 26), "future") == [
        ("the Tuesday after Presidents' Day", "2026-02-17")
    ]


# "<holiday> weekend": the weekend that holds the holiday, the holiday included (a Monday
# holiday's from the Saturday, a Friday or Thursday one's to the Sunday); a holiday that falls
# in midweek that year keeps its own day.
HOLIDAY_WEEKENDS = [
    ("Crowds are expected over Memorial Day weekend.", "2026-05-04", "future",
     [("Memorial Day weekend", "2026-05-23/2026-05-25")]),
    ("Sales rose over the Labor Day weekend.", "2026-09-20", "past",
     [("the Labor Day weekend", "2026-09-05/2026-09-07")]),
    ("Stores expect crowds over Thanksgiving weekend.", "2026-11-02", "future",
     [("Thanksgiving weekend", "2026-11-26/2026-11-29")]),
    ("Traffic was heavy on Easter weekend.", "2026-04-20", "past",
     [("Easter weekend", "2026-04-04/2026-04-05")]),
    ("Shops will close over the Christmas weekend", "2026-12-01", "future",
     [("the Christmas weekend", "2026-12-25/2026-12-27")]),
    # a holiday in midweek that year: the holiday's own day; untouched: a weekend alone
    ("Offices close over Veterans Day weekend", "2026-10-01", "future",
     [("Veterans Day weekend", "2026-11-11")]),
    ("They met over the weekend.", "2026-05-04", "past", [("the weekend", "2026-05-02/2026-05-03")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "prefer", "expected"), HOLIDAY_WEEKENDS)
def test_holiday_weekends(
    text: str, ref: str, prefer: str, expected: list[tuple[str, str]]
) -> None:
    assert read_composed(text, dt.date.fromisoformat(ref), prefer) == expected


# In the pipeline the tense picks the holiday's year before its weekend is counted.
WEEKEND_YEARS = [
    ("Traffic peaked over the Fourth of July weekend.", "2026-06-10",
     [("the Fourth of July weekend", "2025-07-04/2025-07-06")]),
    ("Traffic will peak over the Fourth of July weekend.", "2026-06-10",
     [("the Fourth of July weekend", "2026-07-04/2026-07-05")]),
    ("Sales rose over Memorial Day weekend.", "2026-06-10", [("Memorial Day weekend", "2026-05-23/2026-05-25")]),
    ("The Christmas market opens on Friday.", "2026-06-10", [("Friday", "2026-06-12")]),  # untouched
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), WEEKEND_YEARS)
def test_holiday_weekend_years(run, text: str, ref: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# "the last <weekday> before <day>" is the one right before it.
LAST_BEFORE = [
    ("The parade is on the last Saturday before Christmas", "the last Saturday before Christmas", "2026-12-19"),
    ("They met on the last Friday before Easter", "the last Friday before Easter", "2026-04-03"),
    ("It opens on the last Monday before Labor Day", "the last Monday before Labor Day", "2026-08-31"),
    ("It opens on the Monday before Labor Day", "the Monday before Labor Day", "2026-08-31"),  # untouched
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value"), LAST_BEFORE)
def test_last_weekday_before(text: str, span: str, value: str) -> None:
    assert read_composed(text, REF, "future") == [(span, value)]


# "from X into Y" is a range, as "from X to Y"; "into" without "from" names no start.
# A plural of a relative period ("the coming quarters") is vague, as "the coming weeks".
INTO_AND_PLURALS = [
    ("The strike lasted from late May into early June.", [("late May into early June", "2026-05/2026-06")]),
    ("The cold spell lasted from December into February.", [("December into February", "2025-12/2026-02")]),
    ("Talks ran from Monday into Wednesday.", [("Monday into Wednesday", "2026-06-08/2026-06-10")]),
    ("The dispute dragged into July.", [("July", "2025-07")]),
    ("The firm expects growth in the coming quarters.", []),
    ("Profits will rise in the next quarter.", [("the next quarter", "2026-07/2026-09")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INTO_AND_PLURALS)
def test_into_ranges_and_vague_plurals(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-06-10").dates] == expected


# A run of units ("three straight months") is a duration of that many units; an ordinal run
# ("a second straight month") names no length.
RUNS = [
    ("Prices have risen for three straight months.", [("three straight months", "P3M")]),
    ("Exports grew for two consecutive years.", [("two consecutive years", "P2Y")]),
    ("Rates rose for four successive weeks.", [("four successive weeks", "P4W")]),
    ("Exports fell for a second straight month in May.", [("May", "2026-05")]),
    ("The straight road runs for miles.", []),
]


@pytest.mark.parametrize(("text", "expected"), RUNS)
def test_runs_of_units(blank_doc, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert date_pairs(blank_doc(text, "2026-06-10")) == expected


# A quarter or half named by its last month or by its months ("the June quarter", "the
# April-June quarter"): those months; months that make no quarter name none.
MONTHS_PERIOD = [
    ("The results for the April-June quarter beat forecasts", "the April-June quarter", "2026-04/2026-06"),
    ("The June quarter was the strongest on record", "The June quarter", "2026-04/2026-06"),
    ("Profit rose in the December half", "the December half", "2026-07/2026-12"),
    ("Sales fell in the March quarter", "the March quarter", "2026-01/2026-03"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value"), MONTHS_PERIOD)
def test_months_period(text: str, span: str, value: str) -> None:
    assert read_composed(text, REF, "past") == [(span, value)]


def test_months_that_make_no_quarter() -> None:
    found = read_composed("Sales rose in the April-May quarter", REF, "past")
    assert [span for span, _value in found if "quarter" in span] == []


# "<unit>-long" is a duration adjective, as "three-day" is; the article stays outside.
LONG = [
    ("It ended a decade-long war.", [("decade-long", "P10Y")]),
    ("It launched a year-long inquiry.", [("year-long", "P1Y")]),
    ("The union began a two-week-long strike.", [("two-week-long", "P2W")]),
    # untouched: no unit, a rate modifier, the older adjectives
    ("It was a long year for the firm.", []),
    ("Sales rose 4% year-to-date.", []),
    ("A three-day summit opened.", [("three-day", "P3D")]),
    ("The forty-year-old scheme ended.", [("forty-year-old", "P40Y")]),
]


@pytest.mark.parametrize(("text", "expected"), LONG)
def test_long_durations(blank_doc, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert date_pairs(blank_doc(text, "2026-05-05")) == expected


# A date before its verb dates that verb, not the infinitive after it: "On Monday the firm
# agreed to buy" is past, "speaking on Sunday, promised to call" too; a scheduling verb
# before "to" still looks ahead.
BEFORE_THE_VERB = [
    ("The opposition leader, speaking on Sunday, promised to call a vote in September.", "2026-06-03",
     [("Sunday", "2026-05-31"), ("September", "2026-09")]),
    ("On Monday the company agreed to buy its smaller rival.", "2026-06-03", [("Monday", "2026-06-01")]),
    ("On Tuesday, the minister refused to resign.", "2026-06-03", [("Tuesday", "2026-06-02")]),
    ("On Friday, the union decided to strike.", "2026-06-03", [("Friday", "2026-05-29")]),
    # untouched: a scheduling verb or a modal before "to"; a date after the infinitive
    ("On Monday, the company is expected to announce a deal.", "2026-06-03", [("Monday", "2026-06-08")]),
    ("Next month, officials will begin to count the votes.", "2026-06-03", [("Next month", "2026-07")]),
    ("The firm will buy the plant on Friday.", "2026-06-03", [("Friday", "2026-06-05")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), BEFORE_THE_VERB)
def test_date_before_its_verb(run, text: str, ref: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected
