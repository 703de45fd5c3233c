"""The dates stage on issue 14's session-10 families: the year and direction of dates without a
year (the tense of their clause, data of a period gone by, headlines of change), hedged "ago",
hedged periods ("earlier in the week"), split and fiscal years, bare quarters and halves, and
the one reading of the weeks of a month.

Own examples, three or more per rule, written before the rule (none from a gold set); each
table names its rule and holds cases that must stay as they are. The normaliser and the
composing grammar are tested alone; the span finder on ``spacy.blank("en")``; the tense rules
on the full pipeline (they read the tagger's tags).
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from briefx.normalize.dates import normalize_date
from briefx.normalize.dates.compose import read_composed
from briefx.normalize.dates.resolve import nth_week_of
from tests.pipeline.conftest import date_pairs

REF = dt.date(2026, 3, 18)  # a Wednesday, ISO week 12


def value_of(text: str, ref: dt.date = REF) -> str | None:
    v = normalize_date(text, ref, fallback=False)
    return None if v is None else v.value


# -- the weeks of a month: one reading (resolve.nth_week_of) for both grammars ------------

MONTH_WEEKS = [(y, m, n) for y in (2014, 2026, 2027) for m in range(1, 13) for n in (1, 2, 3, -1)]
ORDINALS = {1: "first", 2: "second", 3: "third", -1: "last"}


@pytest.mark.parametrize(("year", "month", "nth"), MONTH_WEEKS)
def test_weeks_of_a_month_one_reading(year: int, month: int, nth: int) -> None:
    """The word grammar, the composing grammar and the function agree on every month; the
    week holds a Thursday of the month (the ISO rule for the weeks of a year)."""
    first = dt.date(year, month, 1)
    last = first.replace(day=calendar.monthrange(year, month)[1])
    thursday = nth_week_of(first, last, nth)
    assert thursday is not None
    assert thursday.weekday() == 3
    assert first <= thursday <= last
    iso = thursday.isocalendar()
    want = f"{iso.year}-W{iso.week:02d}"
    phrase = f"the {ORDINALS[nth]} week of {calendar.month_name[month]} {year}"
    assert value_of(phrase) == want
    if nth > 0:  # the composing grammar leaves "the last week of ..." to the word grammar
        assert read_composed(f"It opens in {phrase}", REF, "future") == [(phrase, want)]


@pytest.mark.parametrize(
    ("first", "last", "nth", "thursday"),
    [
        (dt.date(2026, 7, 1), dt.date(2026, 7, 31), 1, dt.date(2026, 7, 2)),
        (dt.date(2026, 3, 1), dt.date(2026, 3, 31), 1, dt.date(2026, 3, 5)),  # 1 March a Sunday
        (dt.date(2026, 2, 1), dt.date(2026, 2, 28), -1, dt.date(2026, 2, 26)),
        (dt.date(2026, 7, 1), dt.date(2026, 7, 31), 5, dt.date(2026, 7, 30)),
        # untouched: no fifth week in February 2026, no week 0
        (dt.date(2026, 2, 1), dt.date(2026, 2, 28), 5, None),
        (dt.date(2026, 2, 1), dt.date(2026, 2, 28), 0, None),
    ],
)
def test_nth_week_of(first: dt.date, last: dt.date, nth: int, thursday: dt.date | None) -> None:
    assert nth_week_of(first, last, nth) == thursday


# -- hedges before "ago": the duration hedges of models/hedges.jsonl ----------------------

HEDGED_AGO = [
    ("The plant reopened barely a week ago.", [("barely a week ago", "2026-W11")]),
    ("The firm was sold just over a year ago.", [("just over a year ago", "2025")]),
    ("She took office little more than a month ago.", [("little more than a month ago", "2026-02")]),
    ("The case was found only three days ago.", [("only three days ago", "2026-03-15")]),
    ("The mine closed well over a decade ago.", [("well over a decade ago", "2016")]),
    ("The truce was agreed almost exactly a year ago.", [("almost exactly a year ago", "2025")]),
    ("The vote was held barely six months ago.", [("barely six months ago", "2025-09")]),
    # untouched: "within" stays out, as "from" and "between" do; vague counts stay untagged
    ("The firm aims to end coal use within a decade.", [("a decade", "P10Y")]),
    ("The ban was lifted just a few days ago.", []),
    ("The bridge reopened three weeks ago.", [("three weeks ago", "2026-W09")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HEDGED_AGO)
def test_hedged_ago(blank_doc, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert date_pairs(blank_doc(text, REF.isoformat())) == expected


# -- "earlier/later in the <period>": a hedge on the period, which keeps its value --------

HEDGED_IN = [
    ("The firm issued a warning earlier in the week", "earlier in the week", "2026-W12"),
    ("Officials met union leaders earlier in the month", "earlier in the month", "2026-03"),
    ("The plant will reopen later in the year", "later in the year", "2026"),
    ("Talks resume early in 2027", "early in 2027", "2027"),
]


@pytest.mark.parametrize(("text", "span", "value"), HEDGED_IN)
def test_hedged_in_a_period(text: str, span: str, value: str) -> None:
    assert read_composed(text, REF, "past") == [(span, value)]


def test_hedged_in_a_day_is_no_date() -> None:
    assert read_composed("He arrived early in the day", REF, "past") == []


# -- split years: April-March, or the country's fiscal year ------------------------------

SPLIT_YEARS = [
    ("2026-27", "2026-04/2027-03"),
    ("2019–20", "2019-04/2020-03"),
    ("2030-31", "2030-04/2031-03"),
    ("2026/27", "2026-04/2027-03"),  # untouched
    # untouched: a span of years, full years, a season, a winter
    ("2015-19", "2015/2019"),
    ("2026-2027", "2026/2027"),
    ("the 2023-24 season", "2023/2024"),
    ("the winter of 2025-26", "2025-12/2026-02"),
]


@pytest.mark.parametrize(("text", "value"), SPLIT_YEARS)
def test_split_years(text: str, value: str) -> None:
    assert value_of(text) == value


FISCAL_COUNTRY = [
    ("Australia's budget returns to surplus in the 2027-28 financial year.",
     [("the 2027-28 financial year", "2027-07/2028-06")]),
    ("Kenya's deficit will narrow in 2026-27.", [("2026-27", "2026-07/2027-06")]),
    ("New Zealand's Treasury expects growth in 2026/27.", [("2026/27", "2026-07/2027-06")]),
    # untouched: India's and Britain's run April-March, as does a text naming no country
    ("India's deficit will narrow in 2026-27.", [("2026-27", "2026-04/2027-03")]),
    ("The council will set its budget for 2027-28 in February.",
     [("2027-28", "2027-04/2028-03"), ("February", "2027-02")]),
    ("Australia's wheat crop for the 2026-27 season is forecast to fall.",
     [("the 2026-27 season", "2026/2027")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FISCAL_COUNTRY)
def test_fiscal_year_of_the_country(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2026-11-12")
    assert [(d.text, d.value) for d in brief.dates] == expected


# -- the tense of the clause --------------------------------------------------------------

TENSE = [
    # "is due": scheduled, ahead; "was due" stays past; a date in the subject is its data's
    ("The report is due in January, a spokeswoman said.", [("January", "2027-01")]),
    ("The verdict is due on Monday.", [("Monday", "2026-09-21")]),
    ("Her first album is due in March.", [("March", "2027-03")]),
    ("Payment was due in February.", [("February", "2026-02")]),
    ("The jobless rate for August is due on Friday.", [("August", "2026-08"), ("Friday", "2026-09-18")]),
    # a reduced relative of putting off dates the act; "until"/"to" its new date
    ("Growers said the harvest, delayed by rain in August, would end in November.",
     [("August", "2026-08"), ("November", "2026-11")]),
    ("The launch, postponed by a strike in June, will take place in October.",
     [("June", "2026-06"), ("October", "2026-10")]),
    ("The vote, delayed by a court ruling in July, is now set for December.",
     [("July", "2026-07"), ("December", "2026-12")]),
    ("The summit, postponed until January, will be held in Rome.", [("January", "2027-01")]),
    # a relative clause closed by commas gives no tense to a date after it
    ("The central bank, which meets in October, raised rates in January.",
     [("October", "2026-10"), ("January", "2026-01")]),
    ("The ministry, which will publish the data in October, said prices rose in August.",
     [("October", "2026-10"), ("August", "2026-08")]),
    ("The plant, which opened in June, is set to double output by March.",
     [("June", "2026-06"), ("March", "2027-03")]),
    # "follow" tells a relation, no schedule
    ("The budget follows a sharp fall in revenue in February.", [("February", "2026-02")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TENSE)
def test_tense_of_the_clause(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2026-09-16")
    assert [(d.text, d.value) for d in brief.dates] == expected


# -- the period gone by: headlines of change, data of a month or quarter, bare quarters ----

GONE_BY = [
    # a headline's verb of change reports a measured period (also read as a noun)
    ("Retail sales jump in December on holiday spending", [("December", "2025-12")]),
    ("Exports rise in November", [("November", "2025-11")]),
    ("Home prices slump in October as rates bite", [("October", "2025-10")]),
    # untouched: a light verb, a headline of a plan
    ("Voters go to the polls in November", [("November", "2026-11")]),
    ("Voters to go to the polls in March", [("March", "2026-03")]),
    # quarters and months as modifiers of their data, reported after they ended
    ("The carmaker reports fourth-quarter results on Thursday.",
     [("fourth-quarter", "2025-10/2025-12"), ("Thursday", "2026-01-22")]),
    ("The bank releases third-quarter earnings next week.",
     [("third-quarter", "2025-07/2025-09"), ("next week", "2026-W05")]),
    ("December figures are due on Feb. 10.", [("December", "2025-12"), ("Feb. 10", "2026-02-10")]),
    ("November data will be published on Friday.", [("November", "2025-11"), ("Friday", "2026-01-23")]),
    # untouched: a month that names an event, not data
    ("The November election will be close.", [("November", "2026-11")]),
    # a period counted back to a month without a year follows the clause's tense
    ("Profit in the three months to December fell 5%.",
     [("the three months to December", "2025-10/2025-12")]),
    ("Sales in the six months to November rose 4%.",
     [("the six months to November", "2025-06/2025-11")]),
    ("The firm expects profit in the three months to March to rise.",
     [("the three months to March", "2026-01/2026-03")]),
    # "Q4" alone after a preposition or determiner; a half where the text talks business
    ("Revenue fell in Q4, the company said.", [("Q4", "2025-10/2025-12")]),
    ("The chipmaker forecast revenue growth of 10% for Q1.", [("Q1", "2026-01/2026-03")]),
    ("Margins narrowed in Q3, the bank said.", [("Q3", "2025-07/2025-09")]),
    ("Growth slowed in the second half, the statistics office said.",
     [("the second half", "2025-07/2025-12")]),
    ("The company cut its outlook for the first half.", [("the first half", "2026-01/2026-06")]),
    # untouched: a model's name, a match's half
    ("He drove an Audi Q4 to the meeting.", []),
    ("The striker scored twice in the second half.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GONE_BY)
def test_period_gone_by(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2026-01-20")
    assert [(d.text, d.value) for d in brief.dates] == expected


# -- anchors stated in the text: "that Thursday", "the following weekend", "early the
# following month" count from the date named before, not from the reference date ----------

ANCHORED = [
    ("The fire started on July 20, a Monday. Crews contained it that Thursday.",
     [("July 20", "2026-07-20"), ("that Thursday", "2026-07-23")]),
    ("The ship left on May 4 and docked that Saturday.",
     [("May 4", "2026-05-04"), ("that Saturday", "2026-05-09")]),
    ("Talks opened on Sept. 1. They broke down that Friday.",
     [("Sept. 1", "2026-09-01"), ("that Friday", "2026-09-04")]),
    ("The fire was reported on June 30. Winds spread it again the following weekend.",
     [("June 30", "2026-06-30"), ("the following weekend", "2026-07-04/2026-07-05")]),
    ("The strike began on Saturday, Aug. 1, and ended the following weekend.",
     [("Saturday, Aug. 1", "2026-08-01"), ("the following weekend", "2026-08-08/2026-08-09")]),
    ("The plant shut on March 12 and reopened the following weekend.",
     [("March 12", "2026-03-12"), ("the following weekend", "2026-03-14/2026-03-15")]),
    ("He was suspended on June 30 and cleared early the following month.",
     [("June 30", "2026-06-30"), ("early the following month", "2026-07")]),
    ("The law passed on Jan. 9 and took effect late the following month.",
     [("Jan. 9", "2026-01-09"), ("late the following month", "2026-02")]),
    ("Troops arrived on Oct. 3 and left late the following week.",
     [("Oct. 3", "2026-10-03"), ("late the following week", "2026-W41")]),
    # untouched: hedged periods read from the reference date, "that" opening a clause
    ("The minister arrived on Aug. 3. He said that Friday was the deadline.",
     [("Aug. 3", "2026-08-03"), ("Friday", "2026-11-20")]),
    ("The ministry will publish the figures early next month.", [("early next month", "2026-12")]),
    ("Shares slipped in late October.", [("late October", "2026-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ANCHORED)
def test_anchored_on_a_date_named_before(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2026-11-25")
    assert [(d.text, d.value) for d in brief.dates] == expected


# -- a date moved to a new one; data named before its period; bare halves -----------------

MOVED_AND_DATA = [
    # a verb of moving a date and "to"/"until": the new date, ahead, whatever the tense
    ("The vote was pushed back to October.", [("October", "2026-10")]),
    ("The hearing was brought forward to July.", [("July", "2026-07")]),
    ("The summit was moved to September.", [("September", "2026-09")]),
    # untouched: a move of something else, a date of the act
    ("The company moved to London in October.", [("October", "2025-10")]),
    # data named before the period: the period gone by
    ("Data for December will be published on Thursday.",
     [("December", "2025-12"), ("Thursday", "2026-06-11")]),
    ("GDP figures for the fourth quarter are due on Thursday.",
     [("the fourth quarter", "2025-10/2025-12"), ("Thursday", "2026-06-11")]),
    ("Results for November will be released on Friday.",
     [("November", "2025-11"), ("Friday", "2026-06-12")]),
    # untouched: an event named by its month
    ("The January sales will start on Jan. 2.", [("January", "2027-01"), ("Jan. 2", "2027-01-02")]),
    # "H1"/"H2" after a preposition of time; not hydrogen
    ("Turnover in H1 fell 4%.", [("H1", "2026-01/2026-06")]),
    ("The group expects margins to improve in H2.", [("H2", "2026-07/2026-12")]),
    ("Costs rose during H1, the firm said.", [("H1", "2026-01/2026-06")]),
    ("Demand for H2 fuel cells rose.", []),
    ("The H2 plant opened.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MOVED_AND_DATA)
def test_moved_dates_data_and_halves(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2026-06-10")
    assert [(d.text, d.value) for d in brief.dates] == expected


# -- no date: a place named with a date word, "of every month", a bare season of a habit -----

NO_DATE = [
    ("The ferry to Christmas Island was cancelled because of high seas.", []),
    ("Flights to Easter Island resume in June.", [("June", "2026-06")]),
    ("The market is held on the first Saturday of every month.", []),
    ("Rent is due on the 15th of each month.", []),
    ("Readings are taken on the last Friday of every quarter.", []),
    ("The ferry sails twice a week in winter.", []),
    ("The buses run every hour in summer.", []),
    ("The road is usually closed in winter.", []),
    # untouched: a holiday's own day, a season in past narration, a season with "the"
    ("Shops close on Christmas Day.", [("Christmas Day", "2026-12-25")]),
    ("Trains ran once a day in winter.", [("winter", "2025-12/2026-02")]),
    ("The ferry will sail twice a week over the summer.", [("the summer", "2026-06/2026-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NO_DATE)
def test_no_date(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2026-05-11")
    assert [(d.text, d.value) for d in brief.dates] == expected
