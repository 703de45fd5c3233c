"""The year of dates in wire copy, on issue 14's session-23 families: a week, month or year word
before "after", "in", "since" (no ordinal count), a plan given up ("first set for"), a headline's
present, a verb's object in a headline, and recurring frames ("every Sunday", "on Saturdays")
(own examples, none from a gold set).

Each table is one rule, with three or more new examples written before the rule and cases that
must stay as they are. The rules read the tagger's tags (the tense of a clause), so they run
through the full pipeline; the ordinal count is checked on the words alone too.
"""

from __future__ import annotations

import pytest

from tests.pipeline.conftest import date_pairs


def _pairs(run, text: str, ref: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(d.text, d.value) for d in run(text, reference_date=ref).dates]


# -- "last week", "last month", "the past year" are no ordinal count ----------------------------
# "the 21st day of his hunger strike" is a count, not a date; "last" and "past" only end like an
# ordinal. Reference date Monday 2025-02-03.

ORDINAL_COUNT = [
    ("Shares dropped last week after the report.", [("last week", "2025-W05")]),
    ("Sales rose last month in France.", [("last month", "2025-01")]),
    ("Output fell last year in Germany.", [("last year", "2024")]),
    ("The index fell last week since traders sold banks.", [("last week", "2025-W05")]),
    # untouched: an ordinal day or week of something is a count
    ("It was the 21st day of his hunger strike.", []),
    ("It was the third day of the strike.", []),
    ("Talks entered their second week in Geneva.", []),
]


@pytest.mark.parametrize(("text", "expected"), ORDINAL_COUNT)
def test_ordinal_count(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-02-03") == expected


@pytest.mark.parametrize(("text", "expected"), ORDINAL_COUNT[:3])
def test_ordinal_count_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    doc = blank_doc(text, reference_date="2025-02-03")
    assert date_pairs(doc) == expected


# -- a plan given up: "first set for November" -----------------------------------------------
# "first" before a verb of scheduling marks the plan as replaced, as "originally" does: the date
# on the nearer side of today. Reference date Wednesday 2026-01-07.

FIRST_SET = [
    (
        "The vote, first set for November, was pushed back to Feb. 10.",
        [("November", "2025-11"), ("Feb. 10", "2026-02-10")],
    ),
    (
        "The launch, first planned for October, was delayed until March.",
        [("October", "2025-10"), ("March", "2026-03")],
    ),
    (
        "The hearing, first scheduled for December, has been moved to April.",
        [("December", "2025-12"), ("April", "2026-04")],
    ),
    # untouched: "first" on a verb that is no plan; a plan with no "first"
    ("The company first reported the fault in December.", [("December", "2025-12")]),
    ("The hearing is scheduled for December.", [("December", "2026-12")]),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_SET)
def test_first_set(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2026-01-07") == expected


# -- a headline's present: the nearer side of today -------------------------------------------
# A line without a full stop tells in the present what happened or is to happen next: a month
# or day more than half a year off in the reference year is the one on the nearer side.
# Reference date Thursday 2025-01-09.

HEADLINE = [
    ("Carmaker sells record 2 million cars in December", [("December", "2024-12")]),
    ("Quake hits island on Dec. 28", [("Dec. 28", "2024-12-28")]),
    ("Inflation at 2.5% in December", [("December", "2024-12")]),
    ("Airline opens new routes in November", [("November", "2024-11")]),
    # untouched: a month near today keeps the reference year; a sentence with its full stop
    ("Schools reopen on Jan. 6", [("Jan. 6", "2025-01-06")]),
    ("Festival returns in March with a bigger programme", [("March", "2025-03")]),
    ("The carmaker sells its new model in December.", [("December", "2025-12")]),
    ("Voters go to the polls in November", [("November", "2025-11")]),  # a light verb: a plan
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE)
def test_headline_present(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-01-09") == expected


# -- a change word after a headline's verb is its object --------------------------------------
# "Minister promises rise in January": two finite verbs do not stand side by side, so "rise" is
# the promise's object, no change reported. Reference date Thursday 2025-11-20.

HEADLINE_OBJECT = [
    ("Minister promises rise in January", [("January", "2026-01")]),
    ("Union wins pay rise in January", [("January", "2026-01")]),
    ("Government pledges rise in January", [("January", "2026-01")]),
    ("Central bank holds rates, signals cut in December", [("December", "2025-12")]),
    # untouched: the headline's own verb of change, an auxiliary and its participle
    ("Retail sales jump in October", [("October", "2025-10")]),
    ("Exports fall in January", [("January", "2025-01")]),
    ("Prices have risen in October", [("October", "2025-10")]),
    ("Factory orders fall in June", [("June", "2025-06")]),
    ("Factory orders fall in December", [("December", "2024-12")]),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_OBJECT)
def test_headline_object(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-11-20") == expected


# -- a headline's commitment dates its object ahead -------------------------------------------
# A headline's present is the time of the act, and a pledge's, a promise's or a threat's object
# is later than the act (the "commit" rows of models/tense_cues.jsonl): the next such month, even
# where the last one is nearer. Reference date Tuesday 2025-06-03: January 2025 is five months
# back, January 2026 seven ahead.

HEADLINE_COMMIT = [
    ("Minister promises rise in January", [("January", "2026-01")]),
    ("Union threatens strike in March", [("March", "2026-03")]),
    ("Government vows tax cut in January", [("January", "2026-01")]),
    ("Central bank holds rates, signals cut in December", [("December", "2025-12")]),
    # a plan, a schedule or a proposal is a commitment too, and its object need be no change
    # (session 24): an act or an event
    ("Council plans vote in February", [("February", "2026-02")]),
    ("Government schedules referendum for May", [("May", "2026-05")]),
    ("Ministry proposes tax on sugar in March", [("March", "2026-03")]),
    ("Regulator plans review of fares in January", [("January", "2026-01")]),
    # untouched: a past commitment, an order, the headline's own change, a won rise
    ("Minister promised rise in January", [("January", "2025-01")]),
    ("Council orders review in May", [("May", "2025-05")]),
    ("Exports fall in January", [("January", "2025-01")]),
    ("Union wins pay rise in January", [("January", "2025-01")]),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_COMMIT)
def test_headline_commit(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-06-03") == expected


# -- recurring frames: "every Sunday", "on Saturdays from April to October" -------------------
# A period in a present clause that says "every <weekday>" or names days in the plural is each
# year's; a range of months after "from"/"between" is read the same way. Reference date Tuesday
# 2025-03-04.

RECURRING = [
    ("The market opens on Saturdays from April to October.", []),
    ("Ferries run every Sunday in the summer.", []),
    ("The museum opens on Sundays from May to September.", []),
    ("Buses run every Monday in winter.", []),
    # untouched: a future or past clause names one period; no plural days, no "every"
    (
        "The market will open on Saturdays from April to October.",
        [("April to October", "2025-04/2025-10")],
    ),
    ("The market opens from April to October.", [("April to October", "2025-04/2025-10")]),
]


@pytest.mark.parametrize(("text", "expected"), RECURRING)
def test_recurring_frame(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-03-04") == expected


# -- reported speech: the date in the reported clause's subject, an attribution set in --------
# "Officials say the blast on Monday killed six": the noun phrase after the reporting verb is the
# reported clause's subject, whose verb gives the tense; "In December, the company says, sales
# rose": the attribution between commas is not the date's clause. Reference date Thursday
# 1998-02-19.

REPORTED = [
    ("Officials say the blast on Monday killed six.", [("Monday", "1998-02-16")]),
    ("Witnesses say the fire on Sunday started in a kitchen.", [("Sunday", "1998-02-15")]),
    ("In December, the company says, sales rose 4 percent.", [("December", "1997-12")]),
    ("In November, officials say, exports fell sharply.", [("November", "1997-11")]),
    # untouched: a date right after the reporting verb dates the saying; a future in the
    # reported clause; an attribution that closes the sentence
    ("The company said on Monday the plant would close.", [("Monday", "1998-02-16")]),
    ("The ministry says the strike on Friday will go ahead.", [("Friday", "1998-02-20")]),
    ("In March, officials said, the plant will reopen.", [("March", "1998-03")]),
    ("Sales rose 4 percent in December, the company says.", [("December", "1997-12")]),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "1998-02-19") == expected


# -- a plan seen from the past, and the event "since" counts from -----------------------------
# "The bridge was supposed to open in October" (not reported speech): a plan kept or missed,
# dated on the nearer side of today; "since the blast in November": the event is gone by.
# Reference date Wednesday 2025-03-12.

PAST_PLAN = [
    ("The bridge was supposed to open in October.", [("October", "2024-10")]),
    ("The vote was scheduled to take place in November.", [("November", "2024-11")]),
    (
        "The project is behind schedule: it was due to finish in November.",
        [("November", "2024-11")],
    ),
    (
        "The hospital has treated 300 patients since the blast in November.",
        [("November", "2024-11")],
    ),
    ("Fares have doubled since the November price rise.", [("November", "2024-11")]),
    ("Trade has slumped since the flood of October.", [("October", "2024-10")]),
    # untouched: a near month keeps the year; reported speech backshifts the tense; a present
    ("The bridge was supposed to open in April.", [("April", "2025-04")]),
    ("The company said it was due to finish the plant in November.", [("November", "2025-11")]),
    ("The bridge is supposed to open in October.", [("October", "2025-10")]),
]


@pytest.mark.parametrize(("text", "expected"), PAST_PLAN)
def test_past_plan(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-03-12") == expected


# -- what a present act follows is gone by ------------------------------------------------------
# "The move follows Monday's decision": the weekday's event came before the act of today.
# Reference date Friday 1998-02-20 (a Monday four days back, the next one three days ahead).

FOLLOWS = [
    ("The move follows Monday's decision to raise rates.", [("Monday", "1998-02-16")]),
    ("The protest follows Tuesday's vote in parliament.", [("Tuesday", "1998-02-17")]),
    ("The sell-off comes after Thursday's jobs data.", [("Thursday", "1998-02-19")]),
    # untouched: "following" opening a sentence about the future is the nearer one
    ("Following Monday's talks, officials will meet again.", [("Monday", "1998-02-23")]),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOWS)
def test_follows(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "1998-02-20") == expected


# -- "the April-June period": a range of months before "period" --------------------------------
# A period named by two months is those months, as "the April-June quarter" is; the span is the
# range alone, "the" and the generic "period" outside it (ANNOTATION.md: a range is one span of
# its ends; two blind held-out cases mark it so, session 23), while a quarter keeps its article
# and noun. A holiday before "period" stays no date. Reference date 2025-07-16.

MONTHS_PERIOD = [
    ("The economy grew in the April-June period.", [("April-June", "2025-04/2025-06")]),
    ("Exports fell in the October-December period.", [("October-December", "2024-10/2024-12")]),
    ("Output will rise in the July-September period.", [("July-September", "2025-07/2025-09")]),
    ("Sales rose in the January to March period.", [("January to March", "2025-01/2025-03")]),
    # untouched: a holiday period; a quarter named by its months
    ("Shops were busy over the Christmas period.", []),
    (
        "The economy grew in the April-June quarter.",
        [("the April-June quarter", "2025-04/2025-06")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTHS_PERIOD)
def test_months_period(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-07-16") == expected


# -- a plan set off by commas in a past narration ---------------------------------------------
# "The ruling, expected in March, was delayed": a bare participle of scheduling between commas,
# a past verb after them: the plan on the nearer side of today. Reference date 2025-06-18.

APPOSITIVE_PLAN = [
    ("The ruling, expected in March, was delayed.", [("March", "2025-03")]),
    ("The summit, planned for February, was cancelled.", [("February", "2025-02")]),
    ("The audit, scheduled for April, found no fraud.", [("April", "2025-04")]),
    # untouched: a future or present after the commas; a plan more than half a year ahead
    ("The ruling, expected in March, could be delayed.", [("March", "2026-03")]),
    ("The ruling, expected in September, could be delayed.", [("September", "2025-09")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIVE_PLAN)
def test_appositive_plan(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-06-18") == expected
