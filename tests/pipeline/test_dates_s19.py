"""The dates stage on issue 14's session-19 families: mentions that read like a date and are
none (own examples, none from a gold set; ``briefx.pipeline.date_lookalikes``).

Each table is one rule, with three or more new examples written before the rule and cases that
must stay as they are. Rules that read tags (the tense of a clause, a proper noun) run through
the full pipeline; rules on the characters alone also on ``spacy.blank("en")``.
"""

from __future__ import annotations

import pytest

from briefx.pipeline.date_lookalikes import not_a_year
from tests.pipeline.conftest import date_pairs

# -- a weekday of a series of days is recurring, no date --------------------------------------
# "every Monday and Wednesday" (the series opens with "every"), "on Mondays and Thursday" (a
# plural in it), "on Sunday mornings" (a plural part of the day), and three or more weekdays
# listed in a clause of the simple present (a timetable). Reference date Wednesday 2025-06-11.

RECURRING_WEEKDAYS = [
    ("The pool is open every Monday and Wednesday from 7 a.m.", []),
    ("Buses to the airport run every Tuesday, Thursday and Saturday.", []),
    ("The market opens each Saturday and Sunday.", []),
    ("Most shops are shut on Sunday afternoons.", []),
    ("Police patrol the square on Saturday nights.", []),
    ("The bridge is closed to traffic on Sunday mornings.", []),
    ("Flights to the island operate on Tuesday, Thursday and Saturday.", []),
    ("Trams run on Monday, Wednesday and Friday during the works.", []),
    ("The gym opens late on Mondays and Thursday.", []),
    ("Every other Thursday, the panel meets.", []),
    ("The council meets every second Tuesday.", []),
    ("He is the Monday-to-Friday presenter of the show.", []),
    ("She took the Saturday-and-Sunday shifts.", []),
    # untouched: one day, or days of a past or future clause
    ("The strike ended on Sunday afternoon.", [("Sunday", "2025-06-08")]),
    (
        "Votes were cast on Monday, Tuesday and Wednesday.",
        [("Monday", "2025-06-09"), ("Tuesday", "2025-06-10"), ("Wednesday", "2025-06-11")],
    ),
    (
        "The talks ended on Thursday, and the other Thursday meeting was cancelled.",
        [("Thursday", "2025-06-05"), ("Thursday", "2025-06-05")],
    ),
    ("Ministers met on Monday and Tuesday.", [("Monday", "2025-06-09"), ("Tuesday", "2025-06-10")]),
    (
        "The talks will resume on Monday and Thursday.",
        [("Monday", "2025-06-16"), ("Thursday", "2025-06-12")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECURRING_WEEKDAYS)
def test_recurring_weekdays(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected


# -- a month or season alone in a clause of the present with a frequency is recurring ---------
# ANNOTATION.md: "In June the agency publishes its annual report" describing every year.

RECURRING_MONTHS = [
    ("The fair takes place every year in May.", []),
    ("The festival is held in June each year.", []),
    ("In June the agency publishes its annual report on road deaths.", []),
    ("The council reviews its spending plans in March every year.", []),
    ("Fishing is banned on Sundays during the summer months.", []),
    ("The regulator publishes its annual review in October.", []),
    # untouched: a clause of the future or the past, or a frequency in another clause
    ("The annual meeting will be held in June.", [("June", "2025-06")]),
    ("The annual inflation rate fell to 2.4% in February.", [("February", "2025-02")]),
    ("The fair took place in May, as it does every year.", [("May", "2025-05")]),
    ("Shares in the weekly magazine's owner rose in May.", [("May", "2025-05")]),
    ("The ferry runs only at weekends until May.", [("May", "2026-05")]),
    ("Weekly markets return to the square in October.", [("October", "2025-10")]),
    ("Residents pay the levy monthly, starting in January.", [("January", "2026-01")]),
]


@pytest.mark.parametrize(("text", "expected"), RECURRING_MONTHS)
def test_recurring_months(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected


# -- any period with no digit and no relation to today, beside "every"/"each" and a period or
# days in the plural, in a present clause: "on the last weekend of September every year", "open
# Monday to Friday and closed on public holidays".

RECURRING_SERIES = [
    ("The fair is held on the last weekend of September every year.", []),
    ("The race takes place on the first Sunday of May each year.", []),
    ("The office is open Monday to Friday and closed on public holidays.", []),
    ("The library opens Tuesday to Saturday and shuts on public holidays.", []),
    # untouched: a future clause, a related period, a series in another clause
    (
        "The fair will be held on the last weekend of September.",
        [("the last weekend of September", "2025-09-27/2025-09-28")],
    ),
    (
        "The talks, held every year, open next Monday.",
        [("next Monday", "2025-06-16")],
    ),
    ("Pharmacies open late on weekdays; the clinic opens on Monday.", [("Monday", "2025-06-16")]),
]


@pytest.mark.parametrize(("text", "expected"), RECURRING_SERIES)
def test_recurring_series(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected


# -- four digits glued to a unit or in a run of digit groups are no year ----------------------

NOT_A_YEAR = [
    ("A 1600cc engine powers the new model.", []),
    ("The phone has a 2000mAh battery.", []),
    ("For help, call the hotline on 1800 555 0199.", []),
    ("Bookings on 020 7946 2025 open at nine.", []),
    ("Flight AF1948 was diverted to Lyon.", []),
    ("The router's model XR2000 was recalled.", []),
    ("The laptop is priced at £1999 in Britain.", []),
    ("The hashtag #2024Elections trended on social media.", []),
    ("The village lies at an elevation of 1850 m.", []),
    ("The 1990 km pipeline carries gas to the coast.", []),
    ("The FY2025 budget was passed.", [("FY2025", "2024-10-01/2025-09-30")]),
    ("The summit was held in 2019 at the palace.", [("2019", "2019")]),
    ("He ruled from 1990 to 2010.", [("1990 to 2010", "1990/2010")]),
    # untouched: a year before a count, in a list, before its noun, an estimate's year
    ("In 2023 4,500 homes were built.", [("2023", "2023")]),
    ("The 2024 harvest was poor.", [("2024", "2024")]),
    ("Sales rose in 2019 and 2021.", [("2019", "2019"), ("2021", "2021")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_A_YEAR)
def test_not_a_year_blank(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, "2025-06-11")) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_A_YEAR)
def test_not_a_year(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("a 1600cc engine", "1600", True),
        ("call 1800 555 0199", "1800", True),
        ("on 020 7946 2025 today", "2025", True),
        ("the 2025E estimate", "2025", False),
        ("Flight AF1948", "1948", True),
        ("the FY2025 budget", "2025", False),
        ("priced at £1999", "1999", True),
        ("an elevation of 1850 m", "1850", True),
        ("by 2024 votes to 1980", "1980", True),
        ("in 2019 at the palace", "2019", False),
        ("an investment gap of about £22 billion to 2030", "2030", False),
        ("the plan adds 5,000 jobs to 2030", "2030", False),
        ("in 2019 for two years", "2019", False),
        ("In 2023 4,500 homes", "2023", False),
        ("the 1990s", "1990", True),  # never asked: the decade is read whole before
    ],
)
def test_not_a_year_characters(text: str, year: str, expected: bool) -> None:
    s = text.index(year)
    assert not_a_year(text, s, s + 4) is expected


# -- a month word in a name ------------------------------------------------------------------
# after a capitalised given name ("Coach Mark August said"), or abbreviated with no full stop
# and no number beside it ("Mar del Plata").

MONTH_IN_NAME = [
    ("Coach Mark August said the team had been unlucky.", []),
    ("Defender Sam March was sent off after a late tackle.", []),
    ("Heavy rain hit Mar del Plata and the Argentine coast.", []),
    ("Lawmaker Grace May voted against the bill.", []),
    ("Jan Kowalski, the mayor, resigned.", []),
    ("April said she would appeal the ruling.", []),
    ("May told reporters the deal was done.", []),
    ("June, the firm's founder, said profits rose.", []),
    # untouched: a month after a preposition or with its day, or abbreviated with a full stop
    ("Sales rose in Sept as fuel prices fell.", [("Sept", "2024-09")]),
    ("Prices have doubled since May.", [("May", "2025-05")]),
    ("March was the wettest month on record.", [("March", "2025-03")]),
    ("The results, published in May, said growth slowed.", [("May", "2025-05")]),
    ("May, said the minister, will be decisive.", [("May", "2025-05")]),
    ("Prices rose in Oct and Nov.", [("Oct", "2024-10"), ("Nov.", "2024-11")]),
    ("The deal closed on Mar. 3.", [("Mar. 3", "2025-03-03")]),
    ("Grace Okafor said the vote would be held on June 20.", [("June 20", "2025-06-20")]),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_IN_NAME)
def test_month_in_name(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected


# -- an hour after a weekday's number: the weekday alone, no day of the month -----------------
# "closes on Friday, 9 p.m." is Friday at nine; read as "Friday the 9th" it named a day months
# away. Reference date Wednesday 2025-06-11.

CLOCK_HOUR = [
    ("The vote closes on Friday, 9 p.m. local time.", [("Friday", "2025-06-13")]),
    ("The fire broke out on Tuesday, 11pm, near the port.", [("Tuesday", "2025-06-10")]),
    ("Polls opened on Sunday, 7 a.m., and closed at 8 p.m.", [("Sunday", "2025-06-08")]),
    ("The ferry left on Monday, 6.30 a.m., for the island.", [("Monday", "2025-06-09")]),
    # untouched: a weekday with its day and month
    ("The meeting is on Friday, 9 May.", [("Friday, 9 May", "2025-05-09")]),
    ("Results are due on Friday, 13 June.", [("Friday, 13 June", "2025-06-13")]),
    ("Voting ends on Sunday, 15 June, at 8 p.m.", [("Sunday, 15 June", "2025-06-15")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_HOUR)
def test_clock_hour(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected


# -- a short weekday that opens a name or follows "the", with nothing dated after it ----------

SHORT_WEEKDAY = [
    ("Sun Yang won gold in the 400m freestyle.", []),
    ("The Sun newspaper was fined over the story.", []),
    ("The Sun reported that the deal had collapsed.", []),
    # untouched: a short weekday with its day, month or a full stop
    ("Kick-off: Sun 3 May, 3pm.", [("Sun 3 May", "2026-05-03")]),
    ("Match day: Sat, June 7.", [("Sat, June 7", "2025-06-07")]),
    ("The Wed. meeting was cancelled.", [("Wed.", "2025-06-11")]),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_WEEKDAY)
def test_short_weekday(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2025-06-11").dates] == expected
