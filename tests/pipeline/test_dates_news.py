"""The dates stage on news forms: possessive dates, false dates, weekday ranges, hedged days.

Own examples, three or more per rule, written before the rule. Each table names the rule it
tests. The rules that need tags (the tense of the clause, a FAC entity after a number) run on
the full pipeline; the rest on ``spacy.blank("en")`` + the dates stage.
"""

from __future__ import annotations

import pytest

from tests.pipeline.conftest import date_pairs

REFERENCE = "2026-03-25"  # a Wednesday

# A possessive "'s" stays outside the span (ANNOTATION.md), and the date is still read.
POSSESSIVE = [
    ("This month's report was weak.", [("This month", "2026-03")]),
    ("Last Thursday's auction raised $3 billion.", [("Last Thursday", "2026-03-19")]),
    ("The board backed last year's plan.", [("last year", "2025")]),
    ("Next week's talks were cancelled.", [("Next week", "2026-W14")]),
    ("Shares rose after today's results.", [("today", "2026-03-25")]),
]

# A bare number of one to three digits is no year on its own: ages in apposition
# ("The minister, 54,"), counts that spaCy calls DATE.
AGES = [
    "The minister, 54, said she would not resign.",
    "The ministers, aged 61 and 47, met for the first time.",
    "Its founder, 72, stepped down.",
    "The striker, 19, signed a new contract.",
]

# A number right before a facility name is a street number ("1600 Pennsylvania Avenue").
ADDRESSES = [
    "Protesters gathered outside 1600 Pennsylvania Avenue.",
    "The family lives at 2010 Elm Street.",
    "The bank moved to 1999 Broadway Avenue.",
]

# A weekday range in a clause about the future ends on the weekday after its start.
WEEKDAY_RANGES = [
    ("Roadworks will close the bridge from Monday to Thursday.", [("Monday to Thursday", "2026-03-30/2026-04-02")]),
    ("The museum will be shut from Friday to Tuesday.", [("Friday to Tuesday", "2026-03-27/2026-03-31")]),
    ("Trains will not run from Saturday until Monday.", [("Saturday until Monday", "2026-03-28/2026-03-30")]),
    # "through" names a span without "from"; "to" without it may name a change (two dates)
    ("The fair is open Thursday through Sunday.", [("Thursday through Sunday", "2026-03-26/2026-03-29")]),
    ("The exhibition runs Friday through Monday.", [("Friday through Monday", "2026-03-27/2026-03-30")]),
    ("The vote was moved Monday to Tuesday.", [("Monday", "2026-03-23"), ("Tuesday", "2026-03-24")]),
]  # fmt: skip

# A hedge on a weekday keeps the day ("late Sunday", as "late August" keeps the month).
HEDGED_DAYS = [
    ("The storm hit the coast late Sunday.", [("late Sunday", "2026-03-22")]),
    ("Rebels attacked the town early Monday.", [("early Monday", "2026-03-23")]),
    ("The vote was held late Tuesday.", [("late Tuesday", "2026-03-24")]),
]

# A possessive date after a reporting verb belongs to the reported clause ("said Sunday's
# vote would go ahead": the vote lies ahead).
REPORTED_POSSESSIVE = [
    ("Officials said Sunday's vote would go ahead.", [("Sunday", "2026-03-29")]),
    ("The union said Friday's strike will be the largest yet.", [("Friday", "2026-03-27")]),
    ("Police said Monday's attack killed 12 people.", [("Monday", "2026-03-23")]),
]

# A season without a year goes where the clause's tense points, as a month does.
SEASONS = [
    ("The factory closed in the autumn.", "2026-03-25", [("the autumn", "2025-09/2025-11")]),
    ("Sales fell sharply over the summer.", "2026-03-25", [("the summer", "2025-06/2025-08")]),
    ("The group plans to hold elections in the spring.", "2026-11-12", [("the spring", "2027-03/2027-05")]),
    ("Work on the dam will resume in the summer.", "2026-10-01", [("the summer", "2027-06/2027-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), SEASONS)
def test_seasons_by_tense(run, text: str, ref: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# A slashed month/day with no year after a date preposition ("on 12/24"); fractions are not
# dates ("by 1/4 point", "on 3/4 of days", "7 1/8%").
SLASHED_DAYS = [
    ("The meeting is on 12/24.", [("12/24", "2026-12-24")]),
    ("Set a meeting between 5/1 and 5/7.", [("5/1 and 5/7", "2026-05-01/2026-05-07")]),
    ("Offices will close from 7/3 to 7/5.", [("7/3 to 7/5", "2026-07-03/2026-07-05")]),
    ("Polls open on 11/3 in most states.", [("11/3", "2026-11-03")]),
]
NOT_SLASHED_DAYS = [
    "Shares rose by 1/4 point.",
    "It rained on 3/4 of the days.",
    "The bonds pay 7 1/8% until 2031.",
]


@pytest.mark.parametrize(("text", "expected"), SLASHED_DAYS)
def test_slashed_days(blank_doc, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert date_pairs(blank_doc(text, REFERENCE)) == expected


@pytest.mark.parametrize("text", NOT_SLASHED_DAYS)
def test_fractions_are_no_days(blank_doc, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [v for _t, v in date_pairs(blank_doc(text, REFERENCE))] in ([], ["2031"])


# A holiday used as a noun's modifier names a kind of thing, not a day ("the Christmas
# market"); the holiday's own day words stay dates ("Christmas Day", "Christmas Eve").
HOLIDAY_MODIFIERS = [
    ("The Christmas market opens on Friday.", [("Friday", "2026-03-27")]),
    ("Sales of Easter eggs rose sharply.", []),
    ("The Thanksgiving turkey shortage worsened.", []),
    ("Shops will close on Christmas Day.", [("Christmas Day", "2026-12-25")]),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAY_MODIFIERS)
def test_holiday_modifiers(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REFERENCE).dates] == expected


# "the weekend": its Saturday and Sunday, the latest in a past clause, else the coming one;
# as a noun's modifier it names no days
WEEKENDS = [
    ("The storm hit the coast over the weekend.", [("the weekend", "2026-03-21/2026-03-22")]),
    ("Talks will continue over the weekend.", [("the weekend", "2026-03-28/2026-03-29")]),
    ("Fans queued all through last weekend.", [("last weekend", "2026-03-21/2026-03-22")]),
    ("The weekend edition sold out.", []),
    ("The weekend shift was cancelled.", []),
]


@pytest.mark.parametrize(("text", "expected"), WEEKENDS)
def test_weekends(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REFERENCE).dates] == expected


# "<month or day> last/next year" composes; a holiday with "of last year" is computed in that
# year (not moved a year from this one's date)
RELATIVE_YEAR = [
    ("Sales fell in March last year.", [("March last year", "2025-03")]),
    ("Shops were shut on MLK day of last year.", [("MLK day of last year", "2025-01-20")]),
    ("Crowds were small on Labor Day of last year.", [("Labor Day of last year", "2025-09-01")]),
]


# A week without a year follows the clause's tense as a day or month does: "week N" keeps
# its number, "the week of <day>" is the week that holds that day in the year moved to.
DIRECTED_WEEKS = [
    ("Lawmakers will vote in the week of 9 March.", "2026-12-02", [("the week of 9 March", "2027-W10")]),
    ("The union will strike in week 3.", "2026-12-02", [("week 3", "2027-W03")]),
    ("Output fell in week 50.", "2026-12-02", [("week 50", "2025-W50")]),
    ("Output fell in week 20.", "2026-12-02", [("week 20", "2026-W20")]),  # already past: stays
]  # fmt: skip

# A weekday and a number in words is no "weekday the Nth": the number counts what follows.
WEEKDAY_AND_COUNT = [
    ("The minister resigned Tuesday, two days after the vote.", [("Tuesday", "2026-03-24"), ("two days", "P2D")]),
    ("The shop reopened Friday, five weeks after the fire.", [("Friday", "2026-03-20"), ("five weeks", "P5W")]),
    ("Voting ends Sunday, three days before the deadline.", [("Sunday", "2026-03-29"), ("three days", "P3D")]),
    ("The vote is on Tuesday the 31st.", [("Tuesday the 31st", "2026-03-31")]),  # an ordinal day stays
]  # fmt: skip

# "the day before/after" reads the date named before; alone it is a day from the reference
# date and is never moved a year by the tense.
DAY_NEXT_TO = [
    ("The strike began on 4 May 2025. The day before, talks had collapsed.", [("4 May 2025", "2025-05-04"), ("The day before", "2025-05-03")]),
    ("The plant shut on 2 March. The day after, workers protested.", [("2 March", "2026-03-02"), ("The day after", "2026-03-03")]),
    ("The company will split its shares the day before its annual meeting on 14 May.", [("the day before its annual meeting on 14 May", "2026-05-13")]),
]  # fmt: skip


# "ahead of", "in advance of", "in the run-up to": the date lies after the clause's act, so a
# bare weekday or month is the coming one even after a past verb; "after" keeps the past.
AHEAD_OF = [
    ("Shares slipped ahead of Friday's jobs report.", [("Friday", "2026-03-27")]),
    ("Traders were cautious in advance of Thursday's rate decision.", [("Thursday", "2026-03-26")]),
    ("Bonds rallied in the run-up to the February vote.", [("February", "2027-02")]),
    ("Stocks fell after Friday's jobs report.", [("Friday", "2026-03-20")]),  # past
    ("Bonds rallied after the February vote.", [("February", "2026-02")]),  # past
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AHEAD_OF)
def test_ahead_of_points_forward(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REFERENCE).dates] == expected


@pytest.mark.parametrize(("text", "ref", "expected"), DIRECTED_WEEKS)
def test_directed_weeks(run, text: str, ref: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_AND_COUNT + DAY_NEXT_TO)
def test_day_next_to_a_count_or_a_date(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REFERENCE).dates] == expected


@pytest.mark.parametrize(("text", "expected"), RELATIVE_YEAR)
def test_relative_year(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REFERENCE).dates] == expected


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE)
def test_possessive_dates(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REFERENCE).dates] == expected


@pytest.mark.parametrize("text", AGES + ADDRESSES)
def test_numbers_that_are_no_dates(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text, reference_date=REFERENCE).dates == []


def test_a_year_before_a_name_is_kept(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("In 2010 Apple launched the iPad.", reference_date=REFERENCE)
    assert [(d.text, d.value) for d in brief.dates] == [("2010", "2010")]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_RANGES)
def test_weekday_ranges(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REFERENCE).dates] == expected


@pytest.mark.parametrize(("text", "expected"), HEDGED_DAYS)
def test_hedged_days(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REFERENCE).dates] == expected


@pytest.mark.parametrize(("text", "expected"), REPORTED_POSSESSIVE)
def test_reported_possessive(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REFERENCE).dates] == expected


def test_possessive_split_keeps_holiday_names(blank_doc) -> None:  # type: ignore[no-untyped-def]
    doc = blank_doc("Shops close on New Year's Day 2027.", REFERENCE)
    assert date_pairs(doc) == [("New Year's Day 2027", "2027-01-01")]
