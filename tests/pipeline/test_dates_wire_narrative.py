"""The dates stage on issue 14's wire-narrative families (TimeBank-style business and news copy):
a period counted a year back from the one named before ("the year-earlier quarter", "<a month
or quarter> a year ago" as one span), "the current quarter" with its article, a quarter whose
results are still to be reported, a weekday before a plural noun in the simple present (a
recurring mention), and a count "ahead of" an event.

Own examples, three or more per rule, written before the rule (none from a gold set); each
table holds the cases that must stay as they are. The rules read the tense and the tags, so
they run on the full pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates.compose import read_composed

Pairs = list[tuple[str, str]]

# "the year-earlier <period>", "the year-ago <period>", "the prior-year <period>": the period
# named before, a year back; with no period named before, no date.
YEAR_EARLIER_PERIOD: list[tuple[str, str, Pairs]] = [
    ("The insurer earned $61 million in the second quarter, up from $40 million in the year-ago quarter.", "2003-08-05",
     [("the second quarter", "2003-04/2003-06"), ("the year-ago quarter", "2002-04/2002-06")]),
    ("Sales in the first half rose to $2.3 billion from $2.1 billion in the year-earlier period.", "1996-08-20",
     [("the first half", "1996-01/1996-06"), ("the year-earlier period", "1995-01/1995-06")]),
    ("Revenue in October climbed 6% from the prior-year month.", "2004-11-12",
     [("October", "2004-10"), ("the prior-year month", "2003-10")]),
    # untouched: no period named before; a holiday period stays no date
    ("Margins were wider than in the year-earlier period.", "2004-11-12", []),
    ("Shops close early over the holiday period.", "2004-11-12", []),
]  # fmt: skip

# "<month, quarter or half without a year> N years ago/earlier": one span, that many years
# before the one the clause names (the last one gone by in past narration).
PERIOD_YEARS_BACK: list[tuple[str, str, Pairs]] = [
    ("Output fell to 410,000 barrels a day in the fourth quarter from 455,000 in the fourth quarter a year earlier.", "1992-02-11",
     [("the fourth quarter", "1991-10/1991-12"), ("the fourth quarter a year earlier", "1990-10/1990-12")]),
    ("Orders in May were below those of May two years ago.", "1998-07-09",
     [("May", "1998-05"), ("May two years ago", "1996-05")]),
    ("The mill ran at 80 percent of capacity in September, against 92 percent in September a year ago.", "1994-03-02",
     [("September", "1993-09"), ("September a year ago", "1992-09")]),
    # untouched: a dated period; a comma between; a count of weeks
    ("Prices were firm in 1996, a year ago.", "1997-06-01", [("1996", "1996"), ("a year ago", "1996")]),
    ("Hiring slowed in the third quarter, a year after the merger.", "1997-11-04",
     [("the third quarter", "1997-07/1997-09"), ("a year", "P1Y")]),
]  # fmt: skip

# "the current/previous/coming quarter": the article stays inside the span, as in "the
# current month"; a bare "current quarter" keeps its span.
RELATIVE_QUARTER: list[tuple[str, str, Pairs]] = [
    ("The lender expects higher loan losses in the current quarter.", "1995-05-16",
     [("the current quarter", "1995-04/1995-06")]),
    ("Shipments rose 9 percent from the previous quarter.", "1995-05-16",
     [("the previous quarter", "1995-01/1995-03")]),
    ("The airline said fares would rise in the coming quarter.", "1995-05-16",
     [("the coming quarter", "1995-07/1995-09")]),
    # untouched
    ("Current quarter sales look weak, analysts said.", "1995-05-16", [("Current quarter", "1995-04/1995-06")]),
    ("The company expects a loss in the current month.", "1995-05-16", [("the current month", "1995-05")]),
]  # fmt: skip

# a quarter just ended, in a clause about reporting it later ("will report results for the
# second quarter" written in July): that quarter, not next year's; one still ahead, or one in
# a plan far from its reporting, reads by the tense as before.
QUARTER_TO_REPORT: list[tuple[str, str, Pairs]] = [
    ("The bank is expected to report earnings for the third quarter on Tuesday.", "1993-10-14",
     [("the third quarter", "1993-07/1993-09"), ("Tuesday", "1993-10-19")]),
    ("The brewer will publish figures for the fourth quarter next week.", "1999-01-12",
     [("the fourth quarter", "1998-10/1998-12"), ("next week", "1999-W03")]),
    ("The chain plans to release sales for the first quarter in May.", "2001-04-09",
     [("the first quarter", "2001-01/2001-03"), ("May", "2001-05")]),
    # untouched: a quarter ahead
    ("The chain expects a loss in the fourth quarter.", "2001-04-09", [("the fourth quarter", "2001-10/2001-12")]),
    # results of a quarter are a quarter gone by, however far back (session 10: "results for"
    # names data; this case read next year's first quarter by the future tense before)
    ("The company will restate its results for the first quarter.", "2001-11-20",
     [("the first quarter", "2001-01/2001-03")]),
]  # fmt: skip

# a lone weekday opening a noun phrase before a plural noun, in a clause of the simple present:
# a recurring mention, no date (ANNOTATION.md); after a verb, before a singular noun, or in
# a past clause it names one day.
WEEKDAY_KINDS: list[tuple[str, str, Pairs]] = [
    ("Saturday markets draw farmers from across the valley.", "1996-05-08", []),
    ("The Sunday editions carry most of the paper's classified advertising.", "1996-05-08", []),
    ("Its Friday auctions attract dealers from three states.", "1996-05-08", []),
    # untouched
    ("The union said Monday workers would return.", "1996-05-08", [("Monday", "1996-05-06")]),
    ("The Sunday vote was close.", "1996-05-08", [("Sunday", "1996-05-05")]),
    ("Tuesday talks between the two sides collapsed.", "1996-05-08", [("Tuesday", "1996-05-07")]),
]  # fmt: skip


# "the first N months" with no "of ...": the year's opening months, the last such stretch that
# has ended in past narration; "the most recent" needs its unit ("the most recent quarter").
FIRST_MONTHS: list[tuple[str, str, Pairs]] = [
    ("Operating profit for the first nine months climbed 14 percent.", "1991-02-21",
     [("the first nine months", "1990-01/1990-09")]),
    ("Shipments in the first six months fell to 40,000 vehicles.", "1995-08-30",
     [("the first six months", "1995-01/1995-06")]),
    ("The brewer expects volumes to grow in the first eight months.", "1997-03-03",
     [("the first eight months", "1997-01/1997-08")]),
    # untouched: a stretch of something else; days; "the most recent" with no unit
    ("In the first six months of his term, the mayor vetoed two bills.", "1997-03-03", [("six months", "P6M")]),
    ("For the first three days, the refinery was shut.", "1997-03-03", [("three days", "P3D")]),
    ("The most recent figures show a rise in exports.", "1997-03-03", []),
]  # fmt: skip


# a weekday opening the object of a verb of waiting or getting ready ("awaited", "eyed",
# "braced for"): the coming one, whatever the verb's tense; the day of the waiting itself
# ("awaited the ruling on Monday"), a month's data, or "prepared" without "for" read as before.
ANTICIPATION: list[tuple[str, str, Pairs]] = [
    ("Bond traders awaited Thursday's auction of new notes.", "1994-06-07", [("Thursday", "1994-06-09")]),
    ("Currency dealers eyed Friday's trade figures.", "1994-06-07", [("Friday", "1994-06-10")]),
    ("Coastal towns braced for Saturday's storm surge.", "1994-06-07", [("Saturday", "1994-06-11")]),
    # untouched
    ("Lawyers awaited the ruling on Monday.", "1994-06-07", [("Monday", "1994-06-06")]),
    ("Analysts awaited April's housing figures.", "1994-06-07", [("April", "1994-04")]),
    ("The clerk prepared Monday's docket.", "1994-06-07", [("Monday", "1994-06-06")]),
]  # fmt: skip


def _pairs(run, text: str, ref: str) -> Pairs:  # type: ignore[no-untyped-def]
    return [(d.text, d.value) for d in run(text, reference_date=ref).dates]


@pytest.mark.parametrize(("text", "ref", "expected"), YEAR_EARLIER_PERIOD)
def test_year_earlier_period(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), PERIOD_YEARS_BACK)
def test_period_years_back(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), RELATIVE_QUARTER)
def test_relative_quarter_keeps_article(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), QUARTER_TO_REPORT)
def test_quarter_still_to_report(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), WEEKDAY_KINDS)
def test_weekday_before_plural_noun(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


# The grammar alone: "N units ahead of <event>" reads as "before" (the event's date when one
# is given, nothing without); "<period> a year ago" needs a period without a year.
GRAMMAR = [
    ("two days ahead of the vote", "2026-05-20", [("two days ahead of the vote", "2026-05-18")]),
    ("a week ahead of the auction", "2026-05-20", [("a week ahead of the auction", "2026-05-13")]),
    ("three days ahead of the strike", None, [("three days ahead of the strike", None)]),
    ("the year-ago quarter", "2026-01/2026-03", [("the year-ago quarter", "2025-01/2025-03")]),
    ("June two years earlier", None, [("June two years earlier", "2024-06")]),
    # "year end" written apart is "year-end"; a week's end is no period's end
    ("by year end", None, [("year end", "2026")]),
    ("at the year end", None, [("the year end", "2026")]),
    ("before month end", None, [("month end", "2026-06")]),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), GRAMMAR)
def test_grammar(text: str, anchor: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert read_composed(text, dt.date(2026, 6, 1), "past", anchor) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), FIRST_MONTHS)
def test_first_months(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), ANTICIPATION)
def test_weekday_ahead_of_anticipation(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected
