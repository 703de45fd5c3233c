"""The dates stage on issue 14's session-11 families: coordinated days, centuries, "this time
last year", fiscal years named by their end or by a country's months and their halves and
quarters, slashed dates in the order the text writes them, years as modifiers of a plural noun,
and false dates (a rank "the 13th of 24", a year inside a serial number).

Own examples, three or more per rule, written before the rule (none from a gold set); each
table names its rule and holds cases that must stay as they are. The normaliser is tested
alone; the span finder on ``spacy.blank("en")``; the rules that read the tagger's tags or the
named places on the full pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates import normalize_date
from briefx.normalize.dates.grammar import coordinated_days
from briefx.normalize.dates.lexicon import territory_date_order
from tests.pipeline.conftest import date_pairs

REF = dt.date(2025, 5, 20)  # a Tuesday


def value_of(text: str, ref: dt.date = REF) -> str | None:
    v = normalize_date(text, ref, fallback=False)
    return None if v is None else v.value


# -- coordinated days: "3, 4 and 5 June" is the range of the first to the last ------------

COORDINATED = [
    ("7, 8 and 9 October", "2025-10-07/2025-10-09"),
    ("Nov. 11 and 12", "2025-11-11/2025-11-12"),
    ("March 30 and 31, 2024", "2024-03-30/2024-03-31"),
    ("1, 2, 3 and 4 August 2026", "2026-08-01/2026-08-04"),
    # untouched: a day skipped is no range, "between" keeps its own range, numbers alone
    ("July 6 and 13", None),
    ("between 3 and 4 June", "2025-06-03/2025-06-04"),
    ("3 and 4", None),
]


@pytest.mark.parametrize(("text", "value"), COORDINATED)
def test_coordinated_days(text: str, value: str | None) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize(
    ("words", "out"),
    [
        (["9", ",", "10", "and", "11", "may"], ["9", "may", "-", "11", "may"]),
        (["may", "9", "and", "10", "2027"], ["may", "9", "-", "may", "10", "2027"]),
        (["may", "9", "and", "11"], None),  # not consecutive
        (["9", ";", "10", "and", "11", "may"], None),  # not a list
    ],
)
def test_coordinated_days_words(words: list[str], out: list[str] | None) -> None:
    assert coordinated_days(words) == out


COORDINATED_IN_TEXT = [
    ("Ferries were halted on Jan. 8 and 9 by ice.", "2026-01-20", [("Jan. 8 and 9", "2026-01-08/2026-01-09")]),
    ("The fair runs on 12, 13 and 14 September.", "2026-06-02", [("12, 13 and 14 September", "2026-09-12/2026-09-14")]),
    # untouched: days of two months, one date and a count
    ("Polls open on May 3 and June 7.", "2026-04-01", [("May 3", "2026-05-03"), ("June 7", "2026-06-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), COORDINATED_IN_TEXT)
def test_coordinated_days_in_text(blank_doc, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date=ref)) == expected


def test_coordinated_days_by_tense(run) -> None:  # type: ignore[no-untyped-def]
    """Days without a year in a clause about the past, read early in January: last year's."""
    brief = run("Snow closed the pass on Dec. 29 and 30.", reference_date="2026-01-05")
    assert [(d.text, d.value) for d in brief.dates] == [("Dec. 29 and 30", "2025-12-29/2025-12-30")]


# -- centuries: the Nth century is its hundred years, as "the 1800s" ----------------------

CENTURIES = [
    ("the 17th century", "1600/1699"),
    ("the late 18th century", "1700/1799"),
    ("the mid-20th century", "1900/1999"),
    ("the twenty-first century", "2000/2099"),
    ("the eleventh century", "1000/1099"),
    # untouched: durations and the relative "the last century", a century past the 21st
    ("a century", "P100Y"),
    ("more than a century", "P100Y"),
    ("the 25th century", None),
]


@pytest.mark.parametrize(("text", "value"), CENTURIES)
def test_centuries(text: str, value: str | None) -> None:
    assert value_of(text) == value


CENTURIES_IN_TEXT = [
    ("The abbey was rebuilt in the 15th century.", [("the 15th century", "1400/1499")]),
    (
        "Coal mining began here in the early 19th century.",
        [("the early 19th century", "1800/1899")],
    ),
    ("The custom dates from the fourteenth century.", [("the fourteenth century", "1300/1399")]),
    # untouched: a duration
    ("The bridge has stood for half a century.", [("half a century", "P50Y")]),
]


@pytest.mark.parametrize(("text", "expected"), CENTURIES_IN_TEXT)
def test_centuries_in_text(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2026-04-01")) == expected


# -- "this time last year": the period, as "last year" --------------------------------------

THIS_TIME = [
    ("Bookings are 9% below this time last year.", [("this time last year", "2025")]),
    ("Stocks are lower than the same time last year.", [("the same time last year", "2025")]),
    ("We hope to be open by this time next year.", [("this time next year", "2027")]),
    ("Rents rose faster than at this time last month.", [("this time last month", "2026-03")]),
    # untouched: "at the same time" with a date after a comma
    ("At the same time, last year was a record.", [("last year", "2025")]),
    ("This time, the vote passed.", []),
]


@pytest.mark.parametrize(("text", "expected"), THIS_TIME)
def test_this_time_last_year(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2026-04-15")) == expected


# -- fiscal years: named by their end, by a country's months, their halves and quarters ----

FISCAL = [
    # "the fiscal year ending in <month>": the one in progress; "ended": the last one gone by
    ("The Tokyo group cut its outlook for the fiscal year ending in March.", "2026-10-07",
     [("the fiscal year ending in March", "2026-04/2027-03")]),
    ("The chain expects growth in the financial year ending in June.", "2026-02-10",
     [("the financial year ending in June", "2025-07/2026-06")]),
    ("Profit fell in the fiscal year ended in September.", "2026-11-20",
     [("the fiscal year ended in September", "2025-10/2026-09")]),
    # a half or quarter of a fiscal year in the country's months
    ("India plans to borrow more in the second half of fiscal 2027.", "2026-09-01",
     [("the second half of fiscal 2027", "2026-10/2027-03")]),
    ("The Indian lender's profit rose in the third quarter of fiscal 2026.", "2026-01-20",
     [("the third quarter of fiscal 2026", "2025-10/2025-12")]),
    ("Japan's carmaker expects a loss in the first half of fiscal 2026.", "2026-05-12",
     [("the first half of fiscal 2026", "2026-04/2026-09")]),
    # "FY" before a split year is inside the span
    ("The Indian firm expects margins to widen in FY2026/27.", "2026-05-05",
     [("FY2026/27", "2026-04/2027-03")]),
    ("Britain's deficit for FY2024-25 was revised.", "2025-07-01", [("FY2024-25", "2024-04/2025-03")]),
    # "the first of fiscal 2026": no day of a fiscal year, the year stands
    ("Sales rose in the April-June quarter, the first of fiscal 2026, the Japanese group said.",
     "2026-08-05", [("the April-June quarter", "2026-04/2026-06"), ("fiscal 2026", "2026-04/2027-03")]),
    # untouched: calendar halves, the U.S. federal year, "the three months ending in May"
    ("Exports grew in the first half of 2025.", "2026-02-10", [("the first half of 2025", "2025-01/2025-06")]),
    ("The agency overspent in fiscal 2025.", "2026-02-10", [("fiscal 2025", "2024-10-01/2025-09-30")]),
    ("Sales rose 3% in the three months ending in May.", "2026-07-01",
     [("the three months ending in May", "2026-03/2026-05")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), FISCAL)
def test_fiscal_years(blank_doc, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date=ref)) == expected


# -- slashed dates in the order the text writes them ----------------------------------------


@pytest.mark.parametrize(
    ("code", "order"),
    [
        ("GB", "DMY"),
        ("KE", "DMY"),
        ("AU", "DMY"),
        ("US", "MDY"),
        ("PH", "MDY"),
        ("JP", "YMD"),
        ("ZZ", None),
    ],
)
def test_territory_date_order(code: str, order: str | None) -> None:
    assert territory_date_order(code) == order


DATE_ORDER_BLANK = [
    # a slashed date that only reads day first sets the order for the others
    ("Filed on 25/03/2026 and heard on 6/4/2026.", [("25/03/2026", "2026-03-25"), ("6/4/2026", "2026-04-06")]),
    ("Bids opened 2/5/2026 and closed 19/05/2026.", [("2/5/2026", "2026-05-02"), ("19/05/2026", "2026-05-19")]),
    ("Valid from 1/7/2026 to 31/12/2026.", [("1/7/2026 to 31/12/2026", "2026-07-01/2026-12-31")]),
    # untouched: month first shown, or nothing shown (the stage's default)
    ("Filed on 3/25/2026 and heard on 6/4/2026.", [("3/25/2026", "2026-03-25"), ("6/4/2026", "2026-06-04")]),
    ("Heard on 6/4/2026.", [("6/4/2026", "2026-06-04")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DATE_ORDER_BLANK)
def test_slashed_dates_by_the_text(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2026-03-01")) == expected


DATE_ORDER_PLACES = [
    (
        "The council in Manchester closes the consultation on 4/5/2026.",
        [("4/5/2026", "2026-05-04")],
    ),
    ("Tenders to the port authority in Mombasa are due by 2/3/2026.", [("2/3/2026", "2026-03-02")]),
    ("The Sydney office will reopen on 6/7/2026.", [("6/7/2026", "2026-07-06")]),
    # untouched: a U.S. place, places of two countries
    ("The Denver office will reopen on 6/7/2026.", [("6/7/2026", "2026-06-07")]),
    ("Flights from Chicago to London resume on 6/7/2026.", [("6/7/2026", "2026-06-07")]),
]


@pytest.mark.parametrize(("text", "expected"), DATE_ORDER_PLACES)
def test_slashed_dates_by_the_place(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    brief = run(text, reference_date="2026-03-01")
    assert [(d.text, d.value) for d in brief.dates] == expected


# -- false dates: a rank "the 13th of 24", a year inside a serial number --------------------

FALSE_DATES = [
    ("She finished the 9th of 40 starters.", []),
    ("It was the 21st of the 23 races.", []),
    ("The 5th of twelve stages ends in Lyon.", []),
    ("File ref. AB 2026/118 was closed.", []),
    ("Case 2025-0412 was dismissed.", []),
    ("Tender no. 2024/0091 is open.", []),
    # untouched: a day of a month, a split year, a year range
    ("Rent is due on the 9th of June.", [("the 9th of June", "2026-06-09")]),
    ("Spending rose in 2025/26.", [("2025/26", "2025-04/2026-03")]),
    ("The plan covers 2026-2030.", [("2026-2030", "2026/2030")]),
]


@pytest.mark.parametrize(("text", "expected"), FALSE_DATES)
def test_false_dates(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2026-04-01")) == expected


# -- a year before a plural noun dates it (after an article, a possessive, "pre-", or before
# a noun of level); a count stays no date ----------------------------------------------------

YEAR_MODIFIERS = [
    ("Imports are back above 2018 levels.", [("2018", "2018")]),
    ("Fares will stay at 2024 prices until June.", [("2024", "2024"), ("June", "2026-06")]),
    ("The insurer raised its 2027 rates.", [("2027", "2027")]),
    ("The 2022 floods destroyed the bridge.", [("2022", "2022")]),
    ("Travel is still below pre-2019 levels.", [("2019", "2019")]),
    ("Post-2008 rules tightened lending.", [("2008", "2008")]),
    # untouched: counts
    ("More than 2000 people were evacuated.", []),
    ("The army deployed 1500 troops.", []),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_MODIFIERS)
def test_year_modifiers(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    brief = run(text, reference_date="2026-04-01")
    assert [(d.text, d.value) for d in brief.dates] == expected


# -- the next one of a series is ahead; "the following week" after a date keeps "the" -----

AHEAD = [
    (
        "The leader trails by 8 points, the next stage in Lyon on Sunday.",
        [("Sunday", "2026-04-05")],
    ),
    (
        "Rates are on hold; the next decision in Frankfurt on Thursday.",
        [("Thursday", "2026-04-02")],
    ),
    ("Attention turns to the bank's next meeting on Friday.", [("Friday", "2026-04-03")]),
    # untouched: a past verb before it tells of one gone by
    ("She won the next race on Sunday.", [("Sunday", "2026-03-29")]),
]


@pytest.mark.parametrize(("text", "expected"), AHEAD)
def test_the_next_one(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    brief = run(text, reference_date="2026-04-01")
    assert [(d.text, d.value) for d in brief.dates] == expected


FOLLOWING = [
    ("Talks opened on March 30; a deal came the following week.", [("March 30", "2026-03-30"), ("the following week", "2026-W15")]),
    ("The dam was inspected on March 31 and repaired the following week.", [("March 31", "2026-03-31"), ("the following week", "2026-W15")]),
    ("Voting ended on April 1. Counting finished the following day.", [("April 1", "2026-04-01"), ("the following day", "2026-04-02")]),
    # untouched: with no date before, the article stays out; "previous" stays bare
    ("Please book something for the following week.", [("following week", "2026-W15")]),
    ("The bill passed on March 31, the Senate having voted the previous Friday.", [("March 31", "2026-03-31"), ("previous Friday", "2026-03-27")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FOLLOWING)
def test_the_following_after_a_date(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2026-04-01")) == expected


# -- "the year starting April 1": twelve months from a start still to come -----------------

PERIOD_FROM = [
    ("Tokyo's budget for the year starting April 1 is a record.", [("the year starting April 1", "2027-04/2028-03")]),
    ("The Indian government will borrow less in the fiscal year beginning in April.",
     [("the fiscal year beginning in April", "2027-04/2028-03")]),
    ("The contract covers the financial year starting July 1, 2027.",
     [("the financial year starting July 1, 2027", "2027-07/2028-06")]),
    ("Prices are fixed for the quarter beginning in January.", [("the quarter beginning in January", "2027-01/2027-03")]),
    # untouched: a period counted back to its end
    ("Profit rose in the year to March.", [("the year to March", "2025-04/2026-03")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PERIOD_FROM)
def test_period_from_its_start(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2026-12-10")) == expected


# -- "in N units" after a rank in a row of events counts back: a duration ----------------

RANK_WITHIN = [
    ("It is the third plant to close in two years.", [("two years", "P2Y")]),
    ("Storm Ida, the second storm to hit the coast in a week, weakened.", [("a week", "P1W")]),
    ("He became the fourth minister to resign in a month.", [("a month", "P1M")]),
    # untouched: a rank before a finite verb, "in N units" ahead
    ("The second phase will start in two weeks.", [("in two weeks", "2026-04-15")]),
]


@pytest.mark.parametrize(("text", "expected"), RANK_WITHIN)
def test_rank_within_a_period(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    brief = run(text, reference_date="2026-04-01")
    assert [(d.text, d.value) for d in brief.dates] == expected


# -- a verbless answer in a transcript takes the tense of the question ---------------------

ANSWERS = [
    ("Q: When did the pump fail?\nMR ADE: On Sunday.", [("Sunday", "2026-03-29")]),
    ("Q: When will the line reopen?\nMS KIM: In March.", [("March", "2027-03")]),
    ("Q: When did talks stall?\nDR ROY: In February, after the vote.", [("February", "2026-02")]),
    # untouched: an answer with its own verb, a plain verbless line
    ("Q: When will it open?\nMR ADE: It opened in March.", [("March", "2026-03")]),
    ("Closing date: 14 March", [("14 March", "2026-03-14")]),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_answer_in_the_question_tense(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    brief = run(text, reference_date="2026-04-01")
    assert [(d.text, d.value) for d in brief.dates] == expected


# -- "weekend's" as a possessive; a competition's name before "season" ---------------------

WEEKEND_AND_SEASON = [
    ("She won last weekend's race in Imola.", [("last weekend", "2026-03-28/2026-03-29")]),
    ("This weekend's match is sold out.", [("This weekend", "2026-04-04/2026-04-05")]),
    ("Next weekend's final will be in Madrid.", [("Next weekend", "2026-04-11/2026-04-12")]),
    ("He signed before the 2026-27 Premier League season.", [("2026-27", "2026/2027")]),
    ("The 2025-26 Serie A campaign ends in May.", [("2025-26", "2025/2026"), ("May", "2026-05")]),
    ("Ticket prices for the 2026-27 NBA season rose.", [("2026-27", "2026/2027")]),
    # untouched: a split year before a budget, a split year alone
    ("India's 2026-27 Union Budget raised spending.", [("2026-27", "2026-04/2027-03")]),
    ("Spending rises in 2026-27.", [("2026-27", "2026-04/2027-03")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKEND_AND_SEASON)
def test_weekend_possessive_and_named_season(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2026-04-01")) == expected


# -- "N units after it began": a pronoun and a past verb stand for the event dated before --

AFTER_CLAUSE = [
    ("The strike began on March 2 and ended eleven days after it started.",
     [("March 2", "2026-03-02"), ("eleven days after it started", "2026-03-13")]),
    ("Crews left on March 9 and returned two weeks after they set out.",
     [("March 9", "2026-03-09"), ("two weeks after they set out", "2026-03-23")]),
    ("The clinic opened on Feb. 2 and closed six weeks after it opened.",
     [("Feb. 2", "2026-02-02"), ("six weeks after it opened", "2026-03-16")]),
    # untouched: no date before (the count alone), a passive "was"
    ("Shares fell a week after it launched.", [("a week", "P1W")]),
    ("Prices rose two days after it was announced.", [("two days", "P2D")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AFTER_CLAUSE)
def test_count_after_a_clause(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    brief = run(text, reference_date="2026-04-01")
    assert [(d.text, d.value) for d in brief.dates] == expected


# -- "Q3 FY25", "H1 FY26": an analyst's quarter or half of a fiscal year --------------------

FISCAL_CODES = [
    ("The Indian lender's Q3 FY26 profit rose 8%.", [("Q3 FY26", "2025-10/2025-12")]),
    ("India's telecom group cut its H2 FY26 outlook.", [("H2 FY26", "2025-10/2026-03")]),
    (
        "The Japanese insurer expects a loss in Q1 fiscal 2026.",
        [("Q1 fiscal 2026", "2026-04/2026-06")],
    ),
    # untouched: a calendar quarter with its year, a quarter alone
    ("Sales rose in Q3 2025.", [("Q3 2025", "2025-07/2025-09")]),
    (
        "Growth slowed in the fourth quarter of 2025.",
        [("the fourth quarter of 2025", "2025-10/2025-12")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FISCAL_CODES)
def test_fiscal_codes(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2026-02-10")) == expected


# -- a hyphenated term before a rate or change is no duration ("the 12-month average") -------
# Session 24: the opened gold sets tag a yield's term as a duration ("two-year gilt yields"
# P2Y, "30-year yields" P30Y, "a one-week high" P1W), so only a rate or change measured over
# the term stays no date (ANNOTATION.md).

RATE_TERMS = [
    ("The 10-year yield rose to 4.6%.", [("10-year", "P10Y")]),
    ("The five-year Treasury yield fell.", [("five-year", "P5Y")]),
    ("The 12-month average of prices rose.", []),
    ("The 15-year mortgage rate eased.", []),
    # untouched: hyphenated durations of a thing
    ("Leaders agreed a 60-day ceasefire.", [("60-day", "P60D")]),
    ("The two-day summit ended.", [("two-day", "P2D")]),
    ("They signed a 25-year lease.", [("25-year", "P25Y")]),
]


@pytest.mark.parametrize(("text", "expected"), RATE_TERMS)
def test_rate_terms(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    brief = run(text, reference_date="2026-04-01")
    assert [(d.text, d.value) for d in brief.dates] == expected


# -- halves of a decade or century; a part a period does not have leaves the period -------

HALVES = [
    ("The canal was dug in the first half of the 18th century.", [("the first half of the 18th century", "1700/1749")]),
    ("Trade boomed in the second half of the 1980s.", [("the second half of the 1980s", "1985/1989")]),
    ("The town grew in the second half of the twentieth century.", [("the second half of the twentieth century", "1950/1999")]),
    # untouched: a year's half
    ("Exports grew in the first half of 2025.", [("the first half of 2025", "2025-01/2025-06")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HALVES)
def test_halves_of_decades_and_centuries(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2026-04-01")) == expected


# -- a 24-hour clock time is no year ---------------------------------------------------------

CLOCK_TIMES = [
    ("The probe launched at 1415 GMT on Monday.", [("Monday", "2026-03-30")]),
    ("Trading resumed at 0930 local time.", []),
    ("The curfew starts at 2200 hours.", []),
    ("Voting ends at 2000 CET in Rome.", []),
    # untouched: years before a capitalised word, a year after "in"
    ("In 1800 the port had 2,000 ships.", [("1800", "1800")]),
    ("Since 2019 UTC has been the standard.", [("2019", "2019")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_TIMES)
def test_clock_times(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    brief = run(text, reference_date="2026-04-01")
    assert [(d.text, d.value) for d in brief.dates] == expected


# An ordinal alone is a place or a rank, not a month (dateparser reads "12th" as December);
# "the 12th" as a day of the month stays the grammar's.
BARE_ORDINALS = [
    ("The driver was 12th after a penalty.", "2025-06-10", []),
    ("She finished 11th overall.", "2025-06-10", []),
    ("The bank rose to 9th in the ranking.", "2025-06-10", []),
    # must stay: a day of the month
    ("Talks resume on the 12th.", "2025-06-10", [("the 12th", "2025-06-12")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), BARE_ORDINALS)
def test_bare_ordinals(run, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected
