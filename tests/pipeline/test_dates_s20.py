"""The dates stage on issue 14's session-20 families: "the week ahead", a weekday with a part
of the day, weekday ranges (own examples, none from a gold set).

Each table is one rule, with three or more new examples written before the rule and cases that
must stay as they are. Rules that read tags (the tense of a clause) run through the full
pipeline; rules on the words alone also on ``spacy.blank("en")``.
"""

from __future__ import annotations

import pytest

from tests.pipeline.conftest import date_pairs

# -- "the week ahead", "the coming week": the week after the reference date's -----------------
# A Monday's "week ahead" is that week; "the coming week" keeps its article, as "the past two
# years" does; the plurals are vague (ANNOTATION.md: "the coming weeks"). Reference dates
# Friday 2025-03-14 and Monday 2025-09-22.

WEEK_AHEAD = [
    (
        "Oil traders will watch OPEC in the week ahead.",
        "2025-03-14",
        [("the week ahead", "2025-W12")],
    ),
    ("The week ahead brings three rate decisions.", "2025-03-14", [("The week ahead", "2025-W12")]),
    ("Schools reopen in the week ahead.", "2025-09-22", [("the week ahead", "2025-W39")]),
    ("Ministers meet in the coming week.", "2025-03-14", [("the coming week", "2025-W12")]),
    ("Results are due in the upcoming month.", "2025-03-14", [("the upcoming month", "2025-04")]),
    # untouched: vague plurals, "next week", a week of its own
    ("The days ahead will be hard.", "2025-03-14", []),
    ("The weeks ahead will test the coalition.", "2025-03-14", []),
    ("More rain is expected in the coming weeks.", "2025-03-14", []),
    ("Ministers meet next week.", "2025-03-14", [("next week", "2025-W12")]),
    ("The road ahead is long.", "2025-03-14", []),
]


@pytest.mark.parametrize(("text", "ref", "expected"), WEEK_AHEAD)
def test_week_ahead_blank(blank_doc, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date=ref)) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), WEEK_AHEAD)
def test_week_ahead(run, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- a weekday after an indefinite determiner is a kind of day, no date -----------------------
# "a typical Friday night", "Any Sunday afternoon" (models/recurrence_words.jsonl indefinite).
# Reference date Friday 2025-03-14.

GENERIC_WEEKDAY = [
    ("It felt like a quiet Sunday evening in the village.", []),
    ("Any Saturday morning, the market is packed.", []),
    ("An ordinary Tuesday night turned into chaos.", []),
    ("A Monday morning briefing is a fixture of office life.", []),
    # untouched: a weekday of its own, "a week from Friday"
    ("Police were called to the bar late on Thursday night.", [("Thursday", "2025-03-13")]),
    ("A storm hit the coast on Sunday evening.", [("Sunday", "2025-03-09")]),
    ("The vote is a week from Friday.", [("a week from Friday", "2025-03-21")]),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC_WEEKDAY)
def test_generic_weekday(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-03-14").dates] == expected


# -- a weekday range in a clause of the plain present is the days of every week ----------------
# Opening hours and timetables; an event's present is a schedule, a past or future clause or a
# word that relates the days to today names them. Reference date Friday 2025-03-14.

WEEKDAY_RANGE_PRESENT = [
    ("The call centre is staffed Monday to Friday.", []),
    ("The reading room is open Tuesday to Saturday, the university said.", []),
    ("Tours are available Thursday to Sunday between 11 a.m. and 3 p.m.", []),
    ("The pharmacy is closed Saturday through Monday.", []),
    # untouched: a past, a future, an event's schedule, "this week"
    ("The strike ran from Monday to Thursday.", [("Monday to Thursday", "2025-03-10/2025-03-13")]),
    (
        "The bridge will be shut from Friday to Sunday.",
        [("Friday to Sunday", "2025-03-14/2025-03-16")],  # today is a Friday
    ),
    (
        "The summit runs from Thursday to Saturday.",
        [("Thursday to Saturday", "2025-03-20/2025-03-22")],
    ),
    (
        "The book fair is open from Saturday to Monday.",
        [("Saturday to Monday", "2025-03-15/2025-03-17")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_RANGE_PRESENT)
def test_weekday_range_present(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-03-14").dates] == expected


# -- "the following spring": the first such season after the date named before -----------------
# (in this sentence or the one before; else after the reference date, as "next spring" is).
# Reference date Tuesday 2025-01-28.

FOLLOWING_SEASON = [
    (
        "The pier was built in 1998, and it was painted the following summer.",
        [("1998", "1998"), ("the following summer", "1999-06/1999-08")],
    ),
    (
        "The ship sank in July 2003. It was raised the following spring.",
        [("July 2003", "2003-07"), ("the following spring", "2004-03/2004-05")],
    ),
    (
        "The river flooded in March 2021; the previous winter had been wet.",
        [("March 2021", "2021-03"), ("the previous winter", "2020-12/2021-02")],
    ),
    ("The party will campaign hard in the next summer.", [("the next summer", "2025-06/2025-08")]),
    # untouched: "that spring", "next spring"
    (
        "Talks began in 2019. That spring, both sides met.",
        [("2019", "2019"), ("That spring", "2019-03/2019-05")],
    ),
    ("The bridge will open next spring.", [("next spring", "2025-03/2025-05")]),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOWING_SEASON)
def test_following_season_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2025-01-28")) == expected


@pytest.mark.parametrize(("text", "expected"), FOLLOWING_SEASON)
def test_following_season(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-01-28").dates] == expected


# -- "the March on Rome": the noun "march" heading an event's name is no month ------------------
# After "the", before "on"/"for"/"of"/"against" and a capitalised word that is no date.
# Reference date Friday 2025-03-14.

MARCH_IN_NAME = [
    ("The March on Rome centenary passed quietly in 2022.", [("2022", "2022")]),
    ("Survivors led the March of the Living through the camp.", []),
    ("Students joined the March against Hunger on Saturday.", [("Saturday", "2025-03-08")]),
    # untouched: a month before a number, another month, "that year"
    ("The March of 2020 was a blur.", [("The March of 2020", "2020-03")]),
    # (session 31: a quarter whose change a past clause tells is over, and on March 14 this
    # year's March to May quarter is not: last year's, as "Sales fell 4% in the first quarter"
    # on March 4 is; the month-in-name point of this row is its span)
    ("Sales fell in the March to May quarter.", [("the March to May quarter", "2024-03/2024-05")]),
    ("The vote in March of last year was close.", [("March of last year", "2024-03")]),
]


@pytest.mark.parametrize(("text", "expected"), MARCH_IN_NAME)
def test_march_in_name(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-03-14").dates] == expected


# -- a part of "the year" or "the month" in a habitual clause is of any year, no date -----------
# ("Ice usually covers the lake at the start of the year"; ANNOTATION.md's recurring mentions).
# Reference date Tuesday 2025-01-28.

PART_OF_ANY_YEAR = [
    ("Snow usually blocks the pass at the start of the year.", []),
    ("Car sales typically peak in the first quarter of the year.", []),
    ("Rents are normally paid at the end of the month.", []),
    ("Ferries are often full in the last week of the year.", []),
    # untouched: a past or future clause, a clause with no habitual word
    (
        "Output fell in the first quarter of the year.",
        [("the first quarter of the year", "2025-01/2025-03")],
    ),
    ("The terminal will open by the end of the year.", [("the end of the year", "2025")]),
    ("The pass was blocked at the start of the year.", [("the start of the year", "2025")]),
]


@pytest.mark.parametrize(("text", "expected"), PART_OF_ANY_YEAR)
def test_part_of_any_year(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-01-28").dates] == expected
