"""The dates stage on issue 14's session-26 families: parts of the date grammar that did not
compose (own examples, none from a gold set; written before each rule).

Each table is one rule, with three or more new examples and cases that must stay as they are.
Rules on the words alone run on ``spacy.blank("en")`` and through the full pipeline; rules that
read tags run through the full pipeline. Reference date Wednesday 2026-03-11 (ISO week 11).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates import normalize_date
from tests.pipeline.conftest import date_pairs

REF = "2026-03-11"

# -- "N centuries ago", "a century from now": the century is a unit the counting rule shifts by,
# as it shifts by decades (briefx.normalize.dates.resolve.shift)

CENTURY_AGO = [
    ("a century ago", "1926"),
    ("two centuries ago", "1826"),
    ("a century from now", "2126"),
    ("nearly a century ago", "1926"),
    # untouched: decades and years
    ("three decades ago", "1996"),
    ("a decade ago", "2016"),
]


@pytest.mark.parametrize(("text", "value"), CENTURY_AGO)
def test_century_ago(text: str, value: str) -> None:
    v = normalize_date(text, dt.date.fromisoformat(REF), fallback=False)
    assert v is not None
    assert v.value == value


CENTURY_AGO_STAGE = [
    ("The abbey was rebuilt a century ago.", [("a century ago", "1926")]),
    ("The canal was dug two centuries ago.", [("two centuries ago", "1826")]),
    ("The mill shut more than a century ago.", [("more than a century ago", "1926")]),
    # untouched: a century as a length
    ("The lease runs for a century.", [("a century", "P100Y")]),
]


@pytest.mark.parametrize(("text", "expected"), CENTURY_AGO_STAGE)
def test_century_ago_stage(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


# -- a week written short: "wk 22", "wk. 9", "W32", "W32 2026", "CW 12" (calendar week) are ISO
# weeks as "week 22" is (the unit's short forms from the lexicon's UNITS)

WEEK_CODE = [
    ("wk 22", "2026-W22"),
    ("wk. 9", "2026-W09"),
    ("Wk 14", "2026-W14"),
    ("W32", "2026-W32"),
    ("W32 2026", "2026-W32"),
    ("w5 2027", "2027-W05"),
    ("CW 12", "2026-W12"),
    # untouched: the long form, a week that does not exist
    ("week 12", "2026-W12"),
]


@pytest.mark.parametrize(("text", "value"), WEEK_CODE)
def test_week_code(text: str, value: str) -> None:
    v = normalize_date(text, dt.date.fromisoformat(REF), fallback=False)
    assert v is not None
    assert v.value == value


@pytest.mark.parametrize("text", ["wk 60", "W0", "W99 2026", "CW"])
def test_week_code_none(text: str) -> None:
    assert normalize_date(text, dt.date.fromisoformat(REF), fallback=False) is None


WEEK_CODE_STAGE = [
    ("Checks run until wk 22.", [("wk 22", "2026-W22")]),
    ("The build is due in W32 2026.", [("W32 2026", "2026-W32")]),
    ("Parts ship in CW 15.", [("CW 15", "2026-W15")]),
    # untouched: a model or a road named W-something, a week's number alone
    ("The W12 engine was recalled.", []),
    ("Deliveries slip to Week 30.", [("Week 30", "2026-W30")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEK_CODE_STAGE)
def test_week_code_stage(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


# -- "prior to" and "ahead of" relate an offset to its anchor as "before" does ("two days prior to
# 4 May", "a week ahead of Christmas")

PRIOR_TO = [
    ("The board will meet two days prior to 4 May.", [("two days prior to 4 May", "2026-05-02")]),
    (
        "Talks will start a week ahead of Christmas.",
        [("a week ahead of Christmas", "2026-12-18")],
    ),
    (
        "Ballots must arrive ten days prior to the 30th of June.",
        [("ten days prior to the 30th of June", "2026-06-20")],
    ),
    # untouched: "before", a length and a date with no relation between them
    ("The board will meet two days before 4 May.", [("two days before 4 May", "2026-05-02")]),
    (
        "Prior to 4 May, the board met for two days.",
        [("4 May", "2025-05-04"), ("two days", "P2D")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRIOR_TO)
def test_prior_to_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    spans = [t for t, _ in date_pairs(blank_doc(text, reference_date=REF))]
    assert spans == [t for t, _ in expected]


@pytest.mark.parametrize(("text", "expected"), PRIOR_TO)
def test_prior_to(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


# -- a run of weekdays joined by "to" or "until" without "from" is one span, as "through" is,
# unless a verb that moves a date comes before it ("moved the vote Monday to Tuesday")

WEEKDAY_RUN = [
    ("Polls will open Friday to Sunday.", [("Friday to Sunday", "2026-03-13/2026-03-15")]),
    (
        "The show runs Thursday until Saturday.",
        [("Thursday until Saturday", "2026-03-12/2026-03-14")],
    ),
    ("The fair ran Saturday to Monday.", [("Saturday to Monday", "2026-03-07/2026-03-09")]),
    # untouched: a date moved, a run with "from" or "through"
    (
        "The vote was moved Monday to Tuesday.",
        [("Monday", "2026-03-09"), ("Tuesday", "2026-03-10")],
    ),
    (
        "The hearing was pushed back Thursday to Friday.",
        [("Thursday", "2026-03-05"), ("Friday", "2026-03-06")],
    ),
    (
        "Lanes close Tuesday through Thursday.",
        [("Tuesday through Thursday", "2026-03-17/2026-03-19")],
    ),
    (
        "The strike will run from Monday to Wednesday.",
        [("Monday to Wednesday", "2026-03-16/2026-03-18")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_RUN)
def test_weekday_run(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


# -- a weekday and a bare number that goes on as a count is no day of the month: the number is
# followed by a partitive "of" ("Monday 15 of them") or by a group of three digits ("Wednesday
# 3 000 people"); the weekday alone is the date

WEEKDAY_COUNT = [
    ("By Monday 15 of them had left.", [("Monday", "2026-03-09")]),
    ("On Sunday 12 of the 30 boats sank.", [("Sunday", "2026-03-08")]),
    ("On Wednesday 3 000 people marched.", [("Wednesday", "2026-03-11")]),
    ("On Tuesday 2 of its 9 mines closed.", [("Tuesday", "2026-03-10")]),
    # untouched: a day with its month, a weekday and its day, a plain count after a weekday
    ("Ships docked on Thursday 5 March.", [("Thursday 5 March", "2026-03-05")]),
    ("The fair closed on Friday 13 of March.", [("Friday 13 of March", "2026-03-13")]),
    ("On Tuesday 4 men were held.", [("Tuesday", "2026-03-10")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_COUNT)
def test_weekday_count(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


# -- "last" as a verb ("will last", "to last", "could last") opens no date, also where the date
# after it is composed ("will last May 4 to May 8"); "last" as an adjective still does

LAST_VERB = [
    ("Work will last May 4 to May 8.", [("May 4 to May 8", "2026-05-04/2026-05-08")]),
    ("The closure lasts June 1 to June 9.", [("June 1 to June 9", "2026-06-01/2026-06-09")]),
    ("The sale would last 2 May to 6 May.", [("2 May to 6 May", "2026-05-02/2026-05-06")]),
    (
        "Roadworks could last 3 August to 7 August.",
        [("3 August to 7 August", "2026-08-03/2026-08-07")],
    ),
    # untouched: "last" before a date, "last" as a verb before a length
    ("The talks ended last May 4.", [("last May 4", "2025-05-04")]),
    ("The talks will last a week.", [("a week", "P1W")]),
]


@pytest.mark.parametrize(("text", "expected"), LAST_VERB)
def test_last_verb(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


# -- the last weekday of a year or a quarter ("the last Friday of the year", "the final Monday of
# 2027"): counted back from the period's end, as the first is counted on from its start

LAST_WEEKDAY_OF = [
    ("It peaks on the last Friday of the year.", [("the last Friday of the year", "2026-12-25")]),
    ("Term ends on the final Monday of 2027.", [("the final Monday of 2027", "2027-12-27")]),
    (
        "The audit is due the last Thursday of this year.",
        [("the last Thursday of this year", "2026-12-31")],
    ),
    ("Accounts close on the last day of 2026.", [("the last day of 2026", "2026-12-31")]),
    # untouched: the first weekday of a year, the last of a month
    ("Term starts on the first Monday of 2027.", [("the first Monday of 2027", "2027-01-04")]),
    ("The fair is on the last Saturday of April.", [("the last Saturday of April", "2026-04-25")]),
]


@pytest.mark.parametrize(("text", "expected"), LAST_WEEKDAY_OF)
def test_last_weekday_of(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


# -- a part of a period without its article, as wire and business text write it ("by end of
# year", "at end of month", "from start of next week"): the period's value, as "the end of the
# year" has

BARE_PART_OF = [
    ("Rates will rise by end of year.", [("end of year", "2026")]),
    ("The books close at end of month.", [("end of month", "2026-03")]),
    ("Fees are due by end of quarter.", [("end of quarter", "2026-01/2026-03")]),
    ("Work resumes from start of next week.", [("start of next week", "2026-W12")]),
    ("The plant shuts at end of June.", [("end of June", "2026-06")]),
    # untouched: the article kept, a noun that is no period
    ("Rates will rise by the end of the year.", [("the end of the year", "2026")]),
    ("The end of days is near.", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_PART_OF)
def test_bare_part_of(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


# -- "qtr", the analysts' short form of "quarter" ("the 3rd qtr", "2nd qtr 2025")

QTR = [
    ("Sales will rise in the 3rd qtr.", [("the 3rd qtr", "2026-07/2026-09")]),
    ("Profit fell in the second qtr of 2025.", [("the second qtr of 2025", "2025-04/2025-06")]),
    ("Costs peaked in the 4th qtr 2024.", [("the 4th qtr 2024", "2024-10/2024-12")]),
    # untouched: the long form
    ("Sales will rise in the third quarter.", [("the third quarter", "2026-07/2026-09")]),
]


@pytest.mark.parametrize(("text", "expected"), QTR)
def test_qtr(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


# -- "N units prior", as "N units earlier": from the date named before ("two days prior")

UNITS_PRIOR = [
    (
        "The fire broke out on 2 March. Alarms had sounded two days prior.",
        [("2 March", "2026-03-02"), ("two days prior", "2026-02-28")],
    ),
    (
        "The vote was held on 9 February. A week prior, polls had opened.",
        [("9 February", "2026-02-09"), ("A week prior", "2026-W06")],
    ),
    (
        "The plant closed in June 2025. Three months prior, staff were warned.",
        [("June 2025", "2025-06"), ("Three months prior", "2025-03")],
    ),
    # untouched: "earlier", and "prior to" with its anchor
    (
        "The fire broke out on 2 March. Alarms had sounded two days earlier.",
        [("2 March", "2026-03-02"), ("two days earlier", "2026-02-28")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNITS_PRIOR)
def test_units_prior(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


# -- "now" and "the present" end or open a range after "from" or "between": the reference day,
# as "today" does ("from 1998 until today"); alone they are no date

RANGE_NOW = [
    (
        "The scheme ran from March 2020 to the present.",
        [("March 2020 to the present", "2020-03-01/2026-03-11")],
    ),
    (
        "The shop stays open from now until Christmas.",
        [("now until Christmas", "2026-03-11/2026-12-25")],
    ),
    ("Prices doubled between 2019 and now.", [("2019 and now", "2019-01-01/2026-03-11")]),
    ("Sales rose from January until now.", [("January until now", "2026-01-01/2026-03-11")]),
    ("Fees will be frozen from now to 2030.", [("now to 2030", "2026-03-11/2030-12-31")]),
    ("The data cover 1990 to the present.", [("1990 to the present", "1990-01-01/2026-03-11")]),
    ("Now to the weather.", []),
    # untouched: "now" and "the present" alone, "until now" with no start, "today"
    ("Prices are high now.", []),
    ("The talks have lasted until now.", []),
    ("It ran from 1998 until today.", [("1998 until today", "1998-01-01/2026-03-11")]),
]


@pytest.mark.parametrize(("text", "expected"), RANGE_NOW)
def test_range_now(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


# -- a day of the month in words alone, after "on the" and before the clause ends ("on the
# third.", "on the twenty-second."), as "on the 22nd." is; not where an ordinal with its noun
# comes before in the sentence ("on the second reading ... on the third": an elided noun)

BARE_DAY_WORD = [
    ("Rent is due on the twenty-second.", [("the twenty-second", "2026-03-22")]),
    ("We met on the third.", [("the third", "2026-03-03")]),
    ("The fair closes on the thirty-first.", [("the thirty-first", "2026-03-31")]),
    ("Nobody has paid since the ninth.", [("the ninth", "2026-03-09")]),
    # untouched: an elided noun, an ordinal with its noun, the day in digits
    ("The bill failed on the second reading but passed on the third.", []),
    ("She won on the first attempt.", []),
    ("Rent is due on the 22nd.", [("the 22nd", "2026-03-22")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_DAY_WORD)
def test_bare_day_word(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected


def test_bare_day_word_no_figure(run) -> None:  # type: ignore[no-untyped-def]
    # the day is no ordinal figure (an ordinal modifies a noun, ANNOTATION.md)
    assert [f.text for f in run("We met on the third.", reference_date=REF).figures] == []


# ... and a hyphenated day in words is a day wherever a day is read ("May twenty-second, 2027")
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("May twenty-second, 2027", "2027-05-22"),
        ("the thirty-first of May 2027", "2027-05-31"),
        ("twenty-first June 2028", "2028-06-21"),
        ("May twenty second, 2027", "2027-05-22"),  # untouched: the words apart
    ],
)
def test_hyphenated_day(text: str, value: str) -> None:
    v = normalize_date(text, dt.date.fromisoformat(REF), fallback=False)
    assert v is not None
    assert v.value == value


def test_hyphenated_count_after_dateline(run) -> None:  # type: ignore[no-untyped-def]
    # a hyphenated cardinal after a dateline's day is a count, no end of a range of days
    doc = run("ROME, May 22 - Twenty-three of the 27 states agreed.", reference_date=REF)
    assert [(d.text, d.value) for d in doc.dates] == [("May 22", "2025-05-22")]


# -- a decimal count of a unit in digits ("2.5 years") is read whole, not cut at its point ("P2Y"
# before): years in years and months, as "two and a half years" reads; other units keep the
# decimal (ISO 8601 allows it on the last component)

DECIMAL_DURATION = [
    ("2.5 years", "P2Y6M"),
    ("1.5 yrs", "P1Y6M"),
    ("0.5 years", "P6M"),
    ("3.5 weeks", "P3.5W"),
    ("1.5 days", "P1.5D"),
    ("1.5 years ago", "2024-09"),
    # untouched: whole counts, and dates with dots
    ("3 years", "P3Y"),
    ("13.02.2025", "2025-02-13"),
]


@pytest.mark.parametrize(("text", "value"), DECIMAL_DURATION)
def test_decimal_duration(text: str, value: str) -> None:
    v = normalize_date(text, dt.date.fromisoformat(REF), fallback=False)
    assert v is not None
    assert v.value == value


DECIMAL_DURATION_STAGE = [
    ("The lease lasted 2.5 years.", [("2.5 years", "P2Y6M")]),
    ("The loan runs 1.5 years.", [("1.5 years", "P1Y6M")]),
    ("Repairs will take 3.5 weeks.", [("3.5 weeks", "P3.5W")]),
    # untouched: a decimal that is a figure
    ("Output rose 2.5% in 2025.", [("2025", "2025")]),
]


@pytest.mark.parametrize(("text", "expected"), DECIMAL_DURATION_STAGE)
def test_decimal_duration_stage(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == expected
