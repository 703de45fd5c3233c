"""The dates stage on issue 14's session-21 families: numbers that are no year, a numbered year
or day of a school or a plan, weekdays in a generic or dated sense, "that week" after a verb (own
examples, none from a gold set).

Each table is one rule, with three or more new examples written before the rule and cases that
must stay as they are. Rules that read tags (a plural noun, the tense of a clause) run through
the full pipeline; rules on the words alone also on ``spacy.blank("en")``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates import normalize_date
from tests.pipeline.conftest import date_pairs

# -- a numbered year, month or day of a school, a plan or a siege is no date --------------------
# dateparser reads "Year 11" as November and "year 2" as February; "week 12" stays the grammar's
# ISO week. Reference date Thursday 2024-11-07.

NUMBERED_UNIT = [
    ("Year 11 pupils will sit their exams in May.", [("May", "2025-05")]),
    ("The school takes Year 7 pupils from the village.", []),
    ("Costs fall in year 2 of the plan.", []),
    ("Flights resumed on Day 12 of the strike.", []),
    ("Month 3 of the trial brought the first results.", []),
    # untouched: a year, a day of a month, an ISO week
    ("The school opened in 2011.", [("2011", "2011")]),
    ("The vote is on May 11.", [("May 11", "2025-05-11")]),
    ("Sales peaked in week 12 of 2024.", [("week 12 of 2024", "2024-W12")]),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_UNIT)
def test_numbered_unit_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    # no tagger, no tense: the spans (a month's year follows the clause's tense)
    spans = [t for t, _ in date_pairs(blank_doc(text, reference_date="2024-11-07"))]
    assert spans == [t for t, _ in expected]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_UNIT)
def test_numbered_unit(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2024-11-07").dates] == expected


@pytest.mark.parametrize("span", ["Year 11", "year 2", "Day 12", "month 3"])
def test_numbered_unit_fallback(span: str) -> None:
    assert normalize_date(span, dt.date(2024, 11, 7)) is None


# -- a number before "in" and a month or a year is no year: "up from 1700 in August" -----------
# A year is never "in" another year or a month; the whole "1700 in August" was read as August
# 1700. Reference date Monday 2025-10-20.

YEAR_IN_DATE = [
    ("Sales fell to 1700 in August.", [("August", "2025-08")]),
    ("Bookings fell to 1400 in 2023.", [("2023", "2023")]),
    ("Output reached 1800 in 2019, a record.", [("2019", "2019")]),
    (
        "Sales rose in September, up from 1700 in August.",
        [("September", "2025-09"), ("August", "2025-08")],
    ),
    # untouched: a year with a place or a month before it
    ("The museum reopened in 2019 in Paris.", [("2019", "2019")]),
    ("The plan runs to 2030 in most regions.", [("2030", "2030")]),
    ("Prices peaked in August 2022.", [("August 2022", "2022-08")]),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_IN_DATE)
def test_year_in_date_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    # no tagger, no tense: the spans (a month's year follows the clause's tense)
    spans = [t for t, _ in date_pairs(blank_doc(text, reference_date="2025-10-20"))]
    assert spans == [t for t, _ in expected]


@pytest.mark.parametrize(("text", "expected"), YEAR_IN_DATE)
def test_year_in_date(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-10-20").dates] == expected


# -- four digits before a plural noun, adjectives or nouns between, count it --------------------
# "approved 2040 new homes", "1975 asylum claims": a count, no year, where no article, possessive
# or preposition stands before the number. Reference date Wednesday 2025-06-11.

COUNT_BEFORE_NOUN = [
    ("The council approved 2040 new homes on Tuesday.", [("Tuesday", "2025-06-10")]),
    ("In 2023, 1975 asylum claims were lodged in the region.", [("2023", "2023")]),
    ("By 2050, the city wants 1990 electric buses on its roads.", [("2050", "2050")]),
    ("The resort sold 1985 season passes in advance.", []),
    ("Rescuers pulled 1960 stranded motorists from the snow.", []),
    # untouched: a year that dates its noun, a year after a preposition
    ("The 2024 general elections were close.", [("2024", "2024")]),
    ("Its 2022 annual results were delayed.", [("2022", "2022")]),
    ("In 2019 local elections were held across the country.", [("2019", "2019")]),
    ("The party lost seats in 2019 local elections.", [("2019", "2019")]),
    # untouched: a year near the reference year after a verb dates its noun
    ("Parliament passed 2025 spending plans in March.", [("2025", "2025"), ("March", "2025-03")]),
    (
        "The bank cut 2026 growth forecasts on Tuesday.",
        [("2026", "2026"), ("Tuesday", "2025-06-10")],
    ),
    ("Regulators released 2024 complaint figures.", [("2024", "2024")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_BEFORE_NOUN)
def test_count_before_noun(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected


# -- a weekday that is the subject of "is" with a superlative or "only": every such day ---------
# "Monday is the hardest day of the week"; "Monday is the deadline", "Sunday is the last day of
# the festival" name one day. Reference date Thursday 2024-11-07.

WEEKDAY_SUPERLATIVE = [
    ("Sunday is the only day the mill stands idle.", []),
    ("Parents say Monday is the hardest day of the school week.", []),
    ("Friday is the busiest day for the city's hospitals.", []),
    ("Tuesday is usually the quietest day at the port.", []),
    # untouched: one day named
    ("Monday is the deadline for bids.", [("Monday", "2024-11-11")]),
    ("Sunday is the last day of the festival.", [("Sunday", "2024-11-10")]),
    ("Friday was the busiest day for the airport.", [("Friday", "2024-11-01")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_SUPERLATIVE)
def test_weekday_superlative(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2024-11-07").dates] == expected


# -- "a Saturday night shooting" in a past clause: an event on one day --------------------------
# The indefinite article is the event noun's, not the weekday's ("a typical Friday night" and a
# present clause stay no date, test_dates_s20). Reference date Monday 2025-09-22.

EVENT_ON_WEEKDAY = [
    ("A Saturday night shooting left two men dead.", [("Saturday", "2025-09-20")]),
    ("A Friday afternoon fire destroyed the warehouse.", [("Friday", "2025-09-19")]),
    ("A Sunday morning raid netted 40 kilograms of cocaine.", [("Sunday", "2025-09-21")]),
    # untouched: a kind of day, a present clause, an adjective before the weekday
    ("A Monday morning meeting is a fixture of office life.", []),
    ("An ordinary Tuesday night turned into chaos.", []),
    ("It was a typical Friday night in the city centre.", []),
    ("A Saturday night out costs twice as much as it did.", []),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_ON_WEEKDAY)
def test_event_on_weekday(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-09-22").dates] == expected


# -- "that week" after a verb that takes no clause: the week of the date named before -----------
# "said that week ..." keeps "that" as the opening of a clause. Reference date Thursday 2024-11-07.

THAT_UNIT_AFTER_VERB = [
    (
        "Floods closed the road on Oct. 28. It reopened that week.",
        [("Oct. 28", "2024-10-28"), ("that week", "2024-W44")],
    ),
    (
        "The plant closed in April 2023 and 300 workers left that month.",
        [("April 2023", "2023-04"), ("that month", "2023-04")],
    ),
    (
        "The club was relegated in 2019 and collapsed that year.",
        [("2019", "2019"), ("that year", "2019")],
    ),
    (
        "The ferry sank on Aug. 2; 14 people died that day.",
        [("Aug. 2", "2024-08-02"), ("that day", "2024-08-02")],
    ),
    (
        "The bridge fell on March 3. Two workers were hurt that day.",
        [("March 3", "2024-03-03"), ("that day", "2024-03-03")],
    ),
    (
        "The strike began on Sept. 9, and trains stopped that day.",
        [("Sept. 9", "2024-09-09"), ("that day", "2024-09-09")],
    ),
    # untouched: "that" opens a clause after a verb of saying or thinking
    ("From that day on, the town changed.", []),
    ("He said that day would never come.", []),
    ("The mayor said that year-end figures would be late.", [("year-end", "2024")]),
    (
        "Analysts said in 2019 that year was the worst on record.",
        [("2019", "2019"), ("that year", "2019")],
    ),
    (
        "The firm was sold in 2019. Its owner believes that year changed everything.",
        [("2019", "2019")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THAT_UNIT_AFTER_VERB)
def test_that_unit_after_verb(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2024-11-07").dates] == expected


# -- four digits before a currency's name are an amount, no year --------------------------------
# models/currency_names.jsonl (CLDR names and plurals). Reference date Monday 2025-09-22.

CURRENCY_AFTER = [
    ("Tickets cost 2000 yen for adults.", []),
    ("Entry to the park costs 1800 yen.", []),
    ("A night at the lodge costs 2000 rand.", []),
    ("The fine was raised to 1500 yen in 2019.", [("2019", "2019")]),
    # untouched: a year before a noun that is no currency
    ("The 1990 dollar crisis is still remembered.", [("1990", "1990")]),
    ("The 2019 yen rally surprised traders.", [("2019", "2019")]),
]


@pytest.mark.parametrize(("text", "expected"), CURRENCY_AFTER)
def test_currency_after_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [t for t, _ in date_pairs(blank_doc(text, reference_date="2025-09-22"))] == [
        t for t, _ in expected
    ]


# the tagger tells the verb "won" from the currency (full pipeline only)
CURRENCY_VERB = [("The champion of 2024 won by 1.2 seconds.", [("2024", "2024")])]


@pytest.mark.parametrize(("text", "expected"), CURRENCY_AFTER + CURRENCY_VERB)
def test_currency_after(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-09-22").dates] == expected


# -- a year between "the" and the capitalised head of a plan's name is part of the name ---------
# "the 2030 Agenda", "the 2040 Strategy" (models/recurrence_words.jsonl plan_head), as "Vision
# 2030" and "Agenda 2063" after it are (session 19). Reference date Wednesday 2025-06-11.

PLAN_NAME = [
    ("The 2030 Agenda commits countries to ending hunger.", []),
    ("Ministers discussed the 2040 Strategy for the region.", []),
    ("Under the 2035 Roadmap, coal plants must close.", []),
    ("The 2030 Agenda was adopted in 2015.", [("2015", "2015")]),
    # untouched: a year that dates a lower-case noun or an event
    ("The 2030 targets are tough.", [("2030", "2030")]),
    ("The city plans to cut emissions by 2040.", [("2040", "2040")]),
    ("The 2024 election was close.", [("2024", "2024")]),
]


@pytest.mark.parametrize(("text", "expected"), PLAN_NAME)
def test_plan_name(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected


# -- a list of weekdays before the plural of a part of the day: each of them every week ---------
# "on Tuesday and Thursday evenings" (the plural makes the whole list recurring, as "on Sunday
# mornings" does one day; test_dates_s19). Reference date Monday 2025-09-22.

SERIES_DAY_PART = [
    ("The team trains on Tuesday and Thursday evenings.", []),
    ("Clinics run on Monday and Wednesday mornings.", []),
    ("The museum opens late on Friday and Saturday nights.", []),
    ("Buses are free on Saturday, Sunday and Monday afternoons.", []),
    # untouched: a singular part of the day names one day each
    (
        "Talks were held on Tuesday and Thursday evening.",
        [("Tuesday", "2025-09-16"), ("Thursday", "2025-09-18")],
    ),
    (
        "Storms hit on Friday and Saturday night.",
        [("Friday", "2025-09-19"), ("Saturday", "2025-09-20")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SERIES_DAY_PART)
def test_series_day_part(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-09-22").dates] == expected


# -- a weekday range after a verb of opening hours or work in the present: every week -----------
# "The store opens at 9 a.m. Monday through Saturday", "He works Monday to Friday" (tense.py reads
# the present with a time as a schedule; models/recurrence_words.jsonl service_verb). An event's
# run keeps its days. Reference date Monday 2025-09-22.

SERVICE_RANGE = [
    ("The store opens at 9 a.m. Monday through Saturday.", []),
    ("He works Monday to Friday at the depot.", []),
    ("The market trades Tuesday to Saturday in the old town.", []),
    ("The library opens from Tuesday to Saturday.", []),
    # untouched: an event's run, a past, a future, a week named
    (
        "The summit runs from Thursday to Saturday.",
        [("Thursday to Saturday", "2025-09-25/2025-09-27")],
    ),
    (
        "The festival opens Thursday to Sunday this week.",
        [("Thursday to Sunday this week", "2025-09-25/2025-09-28")],
    ),
    (
        "The line will be closed from Friday to Sunday.",
        [("Friday to Sunday", "2025-09-26/2025-09-28")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SERVICE_RANGE)
def test_service_range(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-09-22").dates] == expected


# -- a range of weekdays in a past clause ends by the reference date: last week's when it would
# run past today ("The strike ran from Monday to Thursday" on a Monday). Reference dates Monday
# 2025-09-22, Wednesday 2025-06-11 and Friday 2025-03-14.

PAST_WEEKDAY_RANGE = [
    (
        "The strike ran from Monday to Thursday.",
        "2025-09-22",
        [("Monday to Thursday", "2025-09-15/2025-09-18")],
    ),
    (
        "Voting took place from Monday to Wednesday.",
        "2025-09-22",
        [("Monday to Wednesday", "2025-09-15/2025-09-17")],
    ),
    (
        "Staff worked from Tuesday to Saturday to clear the backlog.",
        "2025-06-11",
        [("Tuesday to Saturday", "2025-06-03/2025-06-07")],
    ),
    # untouched: a run that ended by today, a future run
    (
        "The strike ran from Monday to Thursday.",
        "2025-03-14",
        [("Monday to Thursday", "2025-03-10/2025-03-13")],
    ),
    (
        "Talks ran from Monday to Wednesday.",
        "2025-06-11",
        [("Monday to Wednesday", "2025-06-09/2025-06-11")],
    ),
    (
        "The line will be closed from Friday to Sunday.",
        "2025-09-22",
        [("Friday to Sunday", "2025-09-26/2025-09-28")],
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), PAST_WEEKDAY_RANGE)
def test_past_weekday_range(run, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- a season or "the weekend" that is the subject of "is" with a superlative, "only" or "when" --
# "Summer is the busiest season for the resort", "The weekend is when most accidents happen":
# every such season or weekend, no date (as for weekdays above). Reference date 2025-09-22.

SUPERLATIVE_PERIOD = [
    ("Summer is the busiest season for the resort.", []),
    ("The weekend is the busiest time for the emergency department.", []),
    ("Winter is the hardest season for the homeless.", []),
    ("The weekend is when most accidents happen.", []),
    # untouched: one season or weekend named
    ("This summer is the hottest on record.", [("This summer", "2025-06/2025-08")]),
    ("The weekend is the last chance to see the show.", [("The weekend", "2025-09-27/2025-09-28")]),
    ("Summer was the hottest on record.", [("Summer", "2025-06/2025-08")]),
]


@pytest.mark.parametrize(("text", "expected"), SUPERLATIVE_PERIOD)
def test_superlative_period(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-09-22").dates] == expected


# -- a period beside "every year" where the tagger finds no verb ("open" read as an adjective) ---
# "Christmas markets open in late November every year": recurring, as in a present clause
# (test_dates_s19); a past or a future clause keeps its period. Reference date 2024-11-07.

RECURRING_NO_VERB = [
    ("Christmas markets open in late November every year.", []),
    ("Ferries open in May each year.", []),
    ("Whale-watching trips, available in July every year, sell out fast.", []),
    # untouched: a clause with its tense, a lone month with no distributive word
    ("The market opened in November, as it did every year.", [("November", "2024-11")]),
    ("Ferries will open in May.", [("May", "2025-05")]),
    ("Tickets, available in July, sold out fast.", [("July", "2024-07")]),
]


@pytest.mark.parametrize(("text", "expected"), RECURRING_NO_VERB)
def test_recurring_no_verb(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2024-11-07").dates] == expected


# -- a weekday or season that is the subject of "is" with a habitual adverb: every such day -----
# "Saturday is traditionally market day" (statement_cues habitual), as a superlative above.
# Reference date Monday 2025-09-22.

HABITUAL_SUBJECT = [
    ("Saturday is traditionally market day in the town.", []),
    ("Friday is normally payday for most workers.", []),
    ("Monday is usually quiet at the port.", []),
    ("Summer is typically dry in the south.", []),
    # untouched: no habitual adverb, a past
    ("Saturday is now the deadline for bids.", [("Saturday", "2025-09-27")]),
    ("Friday was quiet at the port.", [("Friday", "2025-09-19")]),
]


@pytest.mark.parametrize(("text", "expected"), HABITUAL_SUBJECT)
def test_habitual_subject(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-09-22").dates] == expected


# -- "all year" in a present clause or before "round": all the time, no duration ----------------
# "The café is open all year" (a frequency, as "year-round"); a past keeps its duration.
# "The Year of the Snake": a capitalised "Year" before "of" and a capitalised name is a name.
# Reference date Monday 2025-09-22.

ALL_YEAR = [
    ("The café is open all year.", []),
    ("The pass stays open all year round.", []),
    ("Tourists visit the island all year.", []),
    ("The shop is open all week.", []),
    ("The Year of the Snake begins in January.", [("January", "2026-01")]),
    ("The Year of Mercy opened in December.", [("December", "2024-12")]),
    # untouched: a past, a lower-case "year of"
    ("It rained all year.", [("all year", "P1Y")]),
    ("Protests continued all week.", [("all week", "P1W")]),
    ("The year of the election was 2024.", [("The year", "2025"), ("2024", "2024")]),
]


@pytest.mark.parametrize(("text", "expected"), ALL_YEAR)
def test_all_year(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-09-22").dates] == expected


# -- a weekday and a part of the day before a plural noun in a present clause: what happens on
# such days ("Saturday night crowds fill the bars"), as "Sunday papers" (test_dates_s19); a past
# names its day. A weekday and a part of the day as the subject of "is" with a superlative or a
# habitual adverb: every such day. Reference date Monday 2025-09-22.

DAY_PART_KIND = [
    ("Saturday night crowds fill the bars.", []),
    ("Friday afternoon queues stretch round the block.", []),
    ("Sunday morning services draw hundreds.", []),
    ("Friday night is usually the busiest time for taxis.", []),
    ("Sunday morning is traditionally quiet in the town.", []),
    # untouched: a past, a singular noun, one day named
    ("Saturday night crowds filled the bars.", [("Saturday", "2025-09-20")]),
    ("Friday night is the deadline for entries.", [("Friday", "2025-09-26")]),
    ("Friday night's match was abandoned.", [("Friday", "2025-09-19")]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_PART_KIND)
def test_day_part_kind(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-09-22").dates] == expected


# -- "a year" as the complement of "be" before "of", "to", "when" or "that": a kind of year -----
# "It was a year to forget", "Monday is a day of rest": no length of time; "The delay was a
# week" and "a year of talks" after another verb stay durations. Reference date 2025-09-22.

BE_A_PERIOD = [
    ("It was a year to forget for the club.", []),
    ("Monday is a day of rest for the staff.", [("Monday", "2025-09-22")]),
    ("It has been a week of chaos at the port.", []),
    ("This was a month when everything went wrong.", []),
    # untouched: a length of time
    ("The delay was a week.", [("a week", "P1W")]),
    ("The deal followed a year of talks.", [("a year", "P1Y")]),
]


@pytest.mark.parametrize(("text", "expected"), BE_A_PERIOD)
def test_be_a_period(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-09-22").dates] == expected


# -- a bare season that is the subject of a verb in the simple present: every such season -------
# "Spring brings floods to the valley" (no "this", no "the"); a past or "This spring" names one.
# Reference date Monday 2025-09-22.

SEASON_SUBJECT = [
    ("Spring brings floods to the valley.", []),
    ("Winter arrives early in the Alps.", []),
    ("Summer means long queues at the border.", []),
    # untouched: one season named
    ("This spring brings new rules.", [("This spring", "2025-03/2025-05")]),
    ("Spring brought floods to the valley.", [("Spring", "2025-03/2025-05")]),
    ("Summer is over.", [("Summer", "2025-06/2025-08")]),
]


@pytest.mark.parametrize(("text", "expected"), SEASON_SUBJECT)
def test_season_subject(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-09-22").dates] == expected
