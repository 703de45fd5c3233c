"""The dates stage on whole sentences: spans, values, flags and negatives (own examples).

CASES and NEGATIVES test the rules alone: they run on ``spacy.blank("en")`` plus
``briefx_metadata`` and ``briefx_dates`` (no tagger, no NER). MODEL_CASES and MODEL_NEGATIVES
are decided by what the statistical pipeline adds (a past-tense verb makes a bare weekday or
holiday the last one; a modal "may", a superlative or an amount before "a year" are tags), so
they run on the full pipeline.
"""

from __future__ import annotations

import pytest

from tests.pipeline.conftest import date_pairs

REFERENCE = "2025-02-13"  # a Thursday

# text, expected (span, value) pairs; reference date 2025-02-13 (a Thursday)
CASES = [
    ("Officials said last Tuesday that talks would resume.", [("last Tuesday", "2025-02-11")]),
    ("The plan covers the past two years.", [("the past two years", "2023-02-13/2025-02-13")]),
    (
        "Aid rose by more than 40 years of records in 2022.",
        [("more than 40 years", "P40Y"), ("2022", "2022")],
    ),
    (
        "The summit runs 20-21 October 2022 in Prague.",
        [("20-21 October 2022", "2022-10-20/2022-10-21")],
    ),
    (
        "Contracts ran from Jan. 22, 2013 through May 30, 2014.",
        [("Jan. 22, 2013 through May 30, 2014", "2013-01-22/2014-05-30")],
    ),
    ("Funding for FY 2014 was approved.", [("FY 2014", "2013-10-01/2014-09-30")]),
    ("Children joined over the summer.", [("the summer", "2025-06/2025-08")]),
    ("The agency will report in two weeks.", [("in two weeks", "2025-02-27")]),
    ("Prices fell in the 1990s.", [("the 1990s", "1990/1999")]),
    ("A three-day summit opened.", [("three-day", "P3D")]),
    ("Talks resume the following week.", [("following week", "2025-W08")]),
    ("Sales in the calendar year 2019 fell.", [("calendar year 2019", "2019")]),
    ("The fair opened on 2019 05 21 in Lyon.", [("2019 05 21", "2019-05-21")]),
    # a future weekday equal to the reference weekday is that day (news names today by weekday)
    ("We will meet thu in Rome.", [("thu", "2025-02-13")]),
    # own examples
    ("The floods this summer displaced many.", [("this summer", "2025-06/2025-08")]),
    # a hedge on a period stays in the span and keeps the period's value (eval/README.md)
    ("Work ends by the end of fiscal 2026.", [("the end of fiscal 2026", "2025-10-01/2026-09-30")]),
    ("Fiscal 2024 funds were obligated.", [("Fiscal 2024", "2023-10-01/2024-09-30")]),
    ("The first mission is set for late 2026.", [("late 2026", "2026")]),
    ("In the first half of 2022, sales rose.", [("the first half of 2022", "2022-01/2022-06")]),
    ("As of Oct. 28, the agency had paid.", [("Oct. 28", "2025-10-28")]),  # no tagger: no tense
    ("It was the 14th such package since last February.", [("last February", "2024-02")]),
    ("Each lander must operate for a year.", [("a year", "P1Y")]),
    ("Talks resume this September, the second such round.", [("this September", "2025-09")]),
    ("It was the second time in two years that we had cut.", [("two years", "P2Y")]),
]

MODEL_CASES = [
    ("The ministers met on Friday in Brussels.", [("Friday", "2025-02-07")]),
    # "end-" before a month or year: the wire's hedge, kept in the span as "mid-March"
    ("The refinery expects to restart by end-June.", [("end-June", "2025-06")]),
    ("Debt will peak at end-2027.", [("end-2027", "2027")]),
    ("Stocks at end-March 2024 were higher.", [("end-March 2024", "2024-03")]),
    # "this <season>" in a clause about the past, before the season has begun: the last one
    ("This summer was the hottest on record.", [("This summer", "2024-06/2024-08")]),
    ("This spring was unusually dry, farmers said.", [("This spring", "2024-03/2024-05")]),
    ("The harvest this autumn will be late.", [("this autumn", "2025-09/2025-11")]),
    # a short weekday with its full stop before a date: one span, the weekday's year
    ("The plant opened on Sat., Feb. 15.", [("Sat., Feb. 15", "2025-02-15")]),
    ("The fair runs Tue., March 4 through Thu., March 6.", [("Tue., March 4 through Thu., March 6", "2025-03-04/2025-03-06")]),
    ("Talks resumed on Mon. 10 February.", [("Mon. 10 February", "2025-02-10")]),
    # a verb of putting off in the past: "on Monday" dates the act, "until" the new date
    ("The court adjourned the case on Monday until March 3.", [("Monday", "2025-02-10"), ("March 3", "2025-03-03")]),
    ("Police extended the curfew on Sunday until February 28.", [("Sunday", "2025-02-09"), ("February 28", "2025-02-28")]),
    ("The vote was postponed until Friday.", [("Friday", "2025-02-14")]),
    # a season named by its years; "in N units' time"
    ("The club won the title in the 2023-24 season.", [("the 2023-24 season", "2023/2024")]),
    ("The talks resume in two weeks' time.", [("in two weeks' time", "2025-02-27")]),
    ("The bridge opens in a month's time.", [("in a month's time", "2025-03-13")]),
    # a rate before a range: the range stands
    ("Inflation averaged 4 percent a year from 1990 through 1995.", [("1990 through 1995", "1990/1995")]),
    ("Output grew 3% a year from 2010 to 2015.", [("2010 to 2015", "2010/2015")]),
    ("Fees rose by $40 a year between 2019 and 2022.", [("2019 and 2022", "2019/2022")]),
    # "this coming", "this past": "this" stays in the span
    ("We meet this coming Friday.", [("this coming Friday", "2025-02-14")]),
    ("Sales rose this past summer.", [("this past summer", "2024-06/2024-08")]),
    ("Snow is expected this coming winter.", [("this coming winter", "2025-12/2026-02")]),
    ("Prices fell over the past summer.", [("the past summer", "2024-06/2024-08")]),
    # split years in a sentence; "the" of a named fiscal year stays in the span
    ("The budget for the 2024-25 fiscal year was cut.", [("the 2024-25 fiscal year", "2024-04/2025-03")]),
    ("Revenue in fiscal 2023-24 rose 8%.", [("fiscal 2023-24", "2023-04/2024-03")]),
    ("Heavy snow fell during the winter of 2023-24.", [("the winter of 2023-24", "2023-12/2024-02")]),
    # analysts' quarters and halves in a sentence
    ("Profit rose 12% in 3Q 2024.", [("3Q 2024", "2024-07/2024-09")]),
    ("The bank's 2Q24 results beat forecasts.", [("2Q24", "2024-04/2024-06")]),
    ("Margins improved in 1H23, the company said.", [("1H23", "2023-01/2023-06")]),
    # U.S. Election Day (the Tuesday after the first Monday in November) and May Day
    ("Voters go to the polls on Election Day.", [("Election Day", "2025-11-04")]),
    ("Thousands marched on May Day.", [("May Day", "2024-05-01")]),
    # a holiday whose name is all glue words ("New Year's Eve") is found as "Christmas Eve" is
    ("The fireworks will start on New Year's Eve.", [("New Year's Eve", "2025-12-31")]),
    ("Crowds gathered on New Year's Eve.", [("New Year's Eve", "2024-12-31")]),
    ("New Year's Eve 2027 falls on a Friday.", [("New Year's Eve 2027", "2027-12-31")]),
    # a weekday glued to a company's head word is in its name; the date after it stays
    ("Workers at Monday Motors went on strike on Friday.", [("Friday", "2025-02-07")]),
    (
        "Markets shut for Diwali and reopened after Eid al-Adha 2024.",
        [("Diwali", "2024-10-31"), ("Eid al-Adha 2024", "2024-06-16")],
    ),
    # a day without a year in a clause about the future: the next one (ANNOTATION.md)
    ("The payment is due on the 14th.", [("the 14th", "2025-02-14")]),
    ("Prices hit their highest level in three years.", [("three years", "P3Y")]),
    # a singular unit and a decade count back the same way
    ("Prices rose at the fastest pace in a decade.", [("a decade", "P10Y")]),
    ("It was the first rise in a year.", [("a year", "P1Y")]),
    ("Output hit its lowest level in a century.", [("a century", "P100Y")]),
    # "in N units" in a clause about the past: the time it took, not a date ahead
    ("The bridge was built in two years.", [("two years", "P2Y")]),
    ("Engineers restored power in three days.", [("three days", "P3D")]),
    ("The team finished the survey in six weeks.", [("six weeks", "P6W")]),
    ("The plant will reopen in two years.", [("in two years", "2027-02-13")]),
    # a range of months without a year, where the tense points
    ("The museum will be closed between November and January.", [("November and January", "2025-11/2026-01")]),
    ("The road was shut from October to December.", [("October to December", "2024-10/2024-12")]),
    ("Repairs should take four to six weeks.", [("four", "P4W"), ("six weeks", "P6W")]),
    # a year or a span of years used as a modifier: the article stays out, "period" does not
    # make it a holiday period
    ("The 2015-2020 strategy was scrapped.", [("2015-2020", "2015/2020")]),
    ("The 2030-2035 targets were set.", [("2030-2035", "2030/2035")]),
    ("Exports doubled over the 2015-2020 period.", [("2015-2020", "2015/2020")]),
    ("Sales fell in the 2024 holiday season.", [("2024", "2024")]),
]  # fmt: skip

NEGATIVES = [
    "The agency recently said it will act soon, in the coming weeks.",
    "It costs $5 a year and €1.5 billion per month.",
    "Markets open every Friday at 9:30 a.m.",
    "The Civil Rights Act of 1964 still applies.",
    "More than 2000 people attended.",
    "Schools close for the Christmas, Easter and summer holidays.",
    "May I ask a question?",
    "The part number is 133-04-05-2021.",
    "The cat sat on the mat.",
    "The Tet offensive began.",
    "It was the first trip by a minister.",
    "Centers will close over the Thanksgiving holiday.",
    "Over the Christmas and Easter holidays, clubs will run.",
    "Councils must publish data every quarter.",
    "Funds flow under 42 U.S.C. 5121 and 10 U.S.C. 2282.",
    "Payments are made twice a year.",
]

MODEL_NEGATIVES = [
    "This may take longer than planned.",
    "It will produce around 200,000 tonnes of hydrogen a year.",
    "Survivors can call the helpline seven days a week.",
    "This may or may not be right.",
    # a number after a capitalised noun is a designation, not a year ("Building 47")
    "Crews sealed off Hangar 52 after the fire.",
    "Flight 1862 was diverted to Lyon.",
    "Bus 1999 broke down on the bridge.",
    # an ordinal count of days ("the 21st day of the strike") is no day of a month
    "Talks entered the 12th day of the dispute.",
    "Protesters marked the 30th day of the sit-in.",
    "It was the 3rd week of the trial.",
    # a weekday or month that opens a sentence and a name ("Friday Holdings")
    "Thursday Holdings named a new chair.",
    "Wednesday Networks cut 200 jobs.",
    "Monday Capital raised a new fund.",
    # a month or weekday before a company's or a paper's head word, inside the sentence
    "Shares in Sunday Holdings fell 3% in early trade.",
    "Analysts at August Industries expect a rate cut.",
    "The Saturday Herald ran the story first.",
    "Eve Marsh said the plan had failed.",
    "The end-user price rose again.",
    # an ordinal count of days, with nothing after it
    "It was the 88th day.",
    "The siege entered its 40th week.",
    "The May Day rally drew thousands.",
    "The Christmas season was busy for shops.",
    # a weekday after "a" is some such day, no date
    "The holiday often falls on a Monday.",
    "The ballot was moved to a Sunday to raise turnout.",
    "Deliveries never arrive on a Saturday.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dates_by_rule(blank_doc, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert date_pairs(blank_doc(text, REFERENCE)) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_dates_by_rule(blank_doc, text: str) -> None:  # type: ignore[no-untyped-def]
    assert date_pairs(blank_doc(text, REFERENCE)) == []


@pytest.mark.parametrize(("text", "expected"), MODEL_CASES)
def test_dates(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2025-02-13")
    assert [(d.text, d.value) for d in brief.dates] == expected


@pytest.mark.parametrize("text", MODEL_NEGATIVES)
def test_not_dates(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text, reference_date="2025-02-13").dates == []


def test_flags(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("On 02/03/2025 and yesterday, and on 13.02.2025.", reference_date="2025-02-13")
    got = {d.text: (d.granularity, d.relative, d.ambiguous) for d in brief.dates}
    assert got["02/03/2025"] == ("day", False, True)
    assert got["yesterday"] == ("day", True, False)
    assert got["13.02.2025"] == ("day", False, False)


def test_future_sentence_weekday(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("The board will meet on Tuesday.", reference_date="2025-02-13")
    assert [(d.text, d.value) for d in brief.dates] == [("Tuesday", "2025-02-18")]


def test_hostile_text_is_fast(nlp) -> None:  # type: ignore[no-untyped-def]
    import time

    start = time.perf_counter()
    with nlp.select_pipes(disable=["briefx_entities", "briefx_figures"]):
        nlp("May 2022 " * 3000)
        nlp("1" * 100_000)
    assert time.perf_counter() - start < 30


def test_spelled_year(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("Sales rose in two thousand and nineteen.", reference_date="2025-02-13")
    assert [(d.text, d.value) for d in brief.dates] == [("two thousand and nineteen", "2019")]
