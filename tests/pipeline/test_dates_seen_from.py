"""The dates stage on issue 14's session-7 families: a count of units next to a dated event, "a
year earlier/ago" after an amount, a half of a year named alone, the year a sentence gives to a
quarter or half, plans seen from a past perfect, "the past week", "the next decade", and the
future seen from a past date ("warned in August that sales would slump in October").

Own examples, three or more per rule, written before the rule (none from a gold set); each
table names its rule and holds the cases that must stay as they are. The rules read the tense
and the tags, so they run on the full pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates import normalize_date
from briefx.normalize.dates.compose import read_composed

Pairs = list[tuple[str, str]]

# "N units after/before <event>": the event dated in this sentence or the one before gives the
# day; an event with no date near it gives no date at all (not a duration).
EVENT_COUNTS: list[tuple[str, str, Pairs]] = [
    ("The storm hit on May 3. Four days after the storm, power returned.", "2026-06-01",
     [("May 3", "2026-05-03"), ("Four days after the storm", "2026-05-07")]),
    ("The tanker ran aground on 9 January, and a week after the spill, volunteers cleaned the beach.", "2026-03-01",
     [("9 January", "2026-01-09"), ("a week after the spill", "2026-01-16")]),
    ("The referendum was held on Sunday, May 17. Two weeks before the referendum, polls had shown a tie.", "2026-06-01",
     [("Sunday, May 17", "2026-05-17"), ("Two weeks before the referendum", "2026-05-03")]),
    # untouched: no date for the event; a count right after a date (", two weeks after ...")
    # dates that day, not the event, and stays a duration
    ("The ferry sailed on 3 June, two weeks after the strike.", "2026-07-01", [("3 June", "2026-06-03"), ("two weeks", "P2W")]),
    ("Power returned four days after the storm.", "2026-06-01", []),
    ("Three weeks after the merger, the chief executive quit.", "2026-06-01", []),
    ("Two months after the fire, the mill reopened.", "2026-06-01", []),
]  # fmt: skip

# "a year earlier" / "a year ago" right after an amount is no rate ("$5 a year"): it names the
# period before it a year back; rates stay untagged.
YEAR_AFTER_AMOUNT: list[tuple[str, str, Pairs]] = [
    ("Exports in April were $3.2 billion, up from $2.9 billion a year earlier.", "2026-05-20",
     [("April", "2026-04"), ("a year earlier", "2025-04")]),
    ("The jobless rate in March was 5.1%, against 4.8% a year ago.", "2026-05-20",
     [("March", "2026-03"), ("a year ago", "2025-03")]),
    ("Output in the first quarter fell to 900,000 tonnes from 1.1 million tonnes a year earlier.", "2026-05-20",
     [("the first quarter", "2026-01/2026-03"), ("a year earlier", "2025-01/2025-03")]),
    ("Margins narrowed to 11 percent, from 13 percent a year ago.", "2026-05-20",
     [("a year ago", "2025")]),
    # untouched: rates
    ("The mill produces 40,000 tonnes a year.", "2026-05-20", []),
    ("She earns £30,000 a year.", "2026-05-20", []),
]  # fmt: skip

# "the first half" alone is a half of a year where the sentence (or the one before) speaks of
# calendar periods or amounts; a match's half, a book's half are no dates.
BARE_HALVES: list[tuple[str, str, Pairs]] = [
    ("Profit rose 8 percent in the first half.", "2026-09-15", [("the first half", "2026-01/2026-06")]),
    ("The group expects costs of $40 million in the second half.", "2026-09-15",
     [("the second half", "2026-07/2026-12")]),
    ("Net sales fell 3% in the second half, the company said.", "2027-02-10",
     [("the second half", "2026-07/2026-12")]),
    # untouched
    ("Silva scored in the first half and again after the break.", "2026-09-15", []),
    ("The first half of the book is about his childhood.", "2026-09-15", []),
    ("Both goals came in the second half.", "2026-09-15", []),
]  # fmt: skip

# A quarter or half with no year in a sentence that opened with its year ("In 2024, ...") is
# that year's (ANNOTATION.md: the year the text gives); "since 2020" gives no year to it.
TEXT_YEAR: list[tuple[str, str, Pairs]] = [
    ("In 2024, sales fell sharply in the third quarter.", "2026-09-15",
     [("2024", "2024"), ("the third quarter", "2024-07/2024-09")]),
    ("For 2025, the firm reported a loss in the second half.", "2026-09-15",
     [("2025", "2025"), ("the second half", "2025-07/2025-12")]),
    ("During 2023, output peaked in the fourth quarter.", "2026-09-15",
     [("2023", "2023"), ("the fourth quarter", "2023-10/2023-12")]),
    # untouched
    ("Prices have risen since 2020, and rose 2 percent in the second quarter.", "2026-09-15",
     [("2020", "2020"), ("the second quarter", "2026-04/2026-06")]),
]  # fmt: skip

# A plan seen from a past perfect ("had expected ... to", "had planned to"): a month keeps the
# reference year (it may lie either side of today), a bare weekday is the one gone by; a plain
# past perfect stays past.
PLANS_FROM_THE_PAST: list[tuple[str, str, Pairs]] = [
    ("Economists had expected the bank to raise rates in November.", "2025-10-08", [("November", "2025-11")]),
    ("The union had planned to strike in December.", "2025-10-08", [("December", "2025-12")]),
    ("Traders had expected the ministry to sell bonds in December.", "2025-10-08", [("December", "2025-12")]),
    ("The vote had been scheduled for Thursday.", "2025-10-08", [("Thursday", "2025-10-02")]),
    # untouched
    ("The plant had closed in December.", "2025-10-08", [("December", "2024-12")]),
    ("Investors had expected the firm to report on Monday, but it delayed the release.", "2025-10-08",
     [("Monday", "2025-10-06")]),
]  # fmt: skip

# The future seen from a past date of the same sentence: a month or day without a year in a
# "would"/"was to" clause is the first one after that date (not after today).
SEEN_FROM: list[tuple[str, str, Pairs]] = [
    ("The retailer warned in August that sales would slump in October.", "2026-07-02",
     [("August", "2025-08"), ("October", "2025-10")]),
    ("In September the builder said the tower would be finished by November.", "2026-06-20",
     [("September", "2025-09"), ("November", "2025-11")]),
    ("The ministry announced in October that the new fares were to take effect on January 1.", "2026-08-12",
     [("October", "2025-10"), ("January 1", "2026-01-01")]),
    # untouched: "will" is seen from today; a date years back is no reporting time
    ("Sales fell in August and will recover in March.", "2026-12-01",
     [("August", "2026-08"), ("March", "2027-03")]),
    ("The firm, which was founded in March 2019, said it would close in October.", "2026-07-02",
     [("March 2019", "2019-03"), ("October", "2026-10")]),
    ("In May the minister said the plant would close in June.", "2026-07-02",
     [("May", "2026-05"), ("June", "2026-06")]),
]  # fmt: skip


def _pairs(run, text: str, ref: str) -> Pairs:  # type: ignore[no-untyped-def]
    return [(d.text, d.value) for d in run(text, reference_date=ref).dates]


@pytest.mark.parametrize(("text", "ref", "expected"), EVENT_COUNTS)
def test_counts_from_a_dated_event(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), YEAR_AFTER_AMOUNT)
def test_a_year_earlier_after_an_amount(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), BARE_HALVES)
def test_bare_halves(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), TEXT_YEAR)
def test_year_the_sentence_gives(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), PLANS_FROM_THE_PAST)
def test_plans_seen_from_a_past_perfect(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), SEEN_FROM)
def test_future_seen_from_a_past_date(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


# The grammar alone: "N units after <event>" resolves against the anchor it is given, at the
# anchor's grain, and to nothing without one (or with one two sentences back).
DUR_OF_EVENT = [
    ("four days after the blast", "2026-02-10", 0, "2026-02-14"),
    ("two weeks before the referendum", "2026-05-20", 1, "2026-05-06"),
    ("three months after the merger", "2025-11", 0, "2026-02"),
    ("two days after the crash", None, 0, None),
    ("five days after the storm", "2026-02-10", 2, None),
    ("two days after the summit", "2026", 0, None),  # a year is too coarse for days
]


@pytest.mark.parametrize(("text", "anchor", "gap", "value"), DUR_OF_EVENT)
def test_dur_of_event_rule(text: str, anchor: str | None, gap: int, value: str | None) -> None:
    ref = dt.date(2026, 6, 1)
    assert read_composed(text, ref, "past", anchor, gap) == [(text, value)]


# The normaliser alone: "the past week/month" is the span up to today, as "the past two weeks";
# "the next decade" the ten years from today. ("the first half" alone stays no date there: the
# dates stage reads it, where the text speaks of periods.)
NORMALISED = [
    ("the past week", "2026-03-18/2026-03-25"),
    ("the past month", "2026-02-25/2026-03-25"),
    ("the next decade", "2026-03-25/2036-03-25"),
    # untouched
    ("the past year", "2025"),
    ("the past two weeks", "2026-03-11/2026-03-25"),
    ("the first half of 2024", "2024-01/2024-06"),
]


@pytest.mark.parametrize(("text", "value"), NORMALISED)
def test_normalised_periods(text: str, value: str) -> None:
    v = normalize_date(text, dt.date(2026, 3, 25))
    assert v is not None
    assert v.value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank expects lending to double over the next decade.", [("the next decade", "2026-03-25/2036-03-25")]),
        ("Clashes intensified over the past week.", [("the past week", "2026-03-18/2026-03-25")]),
        ("Rents have climbed steadily over the past month.", [("the past month", "2026-02-25/2026-03-25")]),
    ],
)  # fmt: skip
def test_anchored_periods_in_text(run, text: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, "2026-03-25") == expected


# "the N months ended <date>": a period that has ended, counted back from its end; without a
# year the end is the last one gone by. "year's end", "month's end" keep the period's value,
# as "year-end" does.
ENDED_PERIODS: list[tuple[str, str, Pairs]] = [
    ("Profit for the three months ended Dec. 31 rose 9%.", "1998-02-19",
     [("the three months ended Dec. 31", "1997-10/1997-12")]),
    ("Revenue for the six months ended June 30 fell.", "2026-02-19",
     [("the six months ended June 30", "2025-01/2025-06")]),
    ("Sales in the nine months ended in September were flat.", "2026-03-02",
     [("the nine months ended in September", "2025-01/2025-09")]),
    ("The fund hopes to raise $2 billion by year's end.", "2026-03-02", [("year's end", "2026")]),
    ("The sale should close by month's end.", "2026-03-02", [("month's end", "2026-03")]),
    ("Rates are expected to fall before year’s end.", "2026-03-02", [("year’s end", "2026")]),
    # untouched: a period whose end lies ahead; an end that names its year
    ("The company will report results for the quarter ending March 31.", "2026-02-19",
     [("the quarter ending March 31", "2026-01/2026-03")]),
    ("In the 12 months ended March 31, 2025, profit doubled.", "2026-02-19",
     [("the 12 months ended March 31, 2025", "2024-04/2025-03")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), ENDED_PERIODS)
def test_ended_periods(run, text: str, ref: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, ref) == expected


# "week N of <year>": that ISO week of the year named (one span, as "the third week of 2026").
WEEK_OF_YEAR: list[tuple[str, Pairs]] = [
    ("Filing opens in week 5 of 2027.", [("week 5 of 2027", "2027-W05")]),
    ("Deliveries slip to calendar week 12 in 2026.", [("calendar week 12 in 2026", "2026-W12")]),
    ("The festival falls in week 30 of 2020.", [("week 30 of 2020", "2020-W30")]),
    # untouched: a week with no year
    ("Deliveries have slipped to week 34.", [("week 34", "2026-W34")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WEEK_OF_YEAR)
def test_week_of_year(run, text: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, "2026-01-05") == expected


# A month, then "to" and a number, is no range of days ("fell in March to 3 percent"): a bare
# day number joins a range only where the other side names a day.
MONTH_THEN_NUMBER: list[tuple[str, Pairs]] = [
    ("Inflation fell in March to 3 percent.", [("March", "2026-03")]),
    ("The index rose in May to 4,200 points.", [("May", "2025-05")]),
    ("Exports climbed in February to 5 billion dollars.", [("February", "2026-02")]),
    # untouched: day ranges
    ("The fair ran from March 3 to 5.", [("March 3 to 5", "2026-03-03/2026-03-05")]),
    ("The show ran from 13 to 15 March.", [("13 to 15 March", "2026-03-13/2026-03-15")]),
    ("The festival ran Feb. 3-12.", [("Feb. 3-12", "2026-02-03/2026-02-12")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MONTH_THEN_NUMBER)
def test_month_then_number_is_no_range(run, text: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, "2026-03-20") == expected


# "this past weekend" is the last one; "the previous weekend" the one before the date named
# last (before today when none is named), as "the previous week" reads.
PAST_WEEKENDS: list[tuple[str, Pairs]] = [
    ("The vote was held this past weekend.", [("this past weekend", "2026-06-13/2026-06-14")]),
    ("The vote was held on May 20. Fans had gathered in the city the previous weekend.",
     [("May 20", "2026-05-20"), ("the previous weekend", "2026-05-16/2026-05-17")]),
    ("Thousands marched in the capital the previous weekend.", [("the previous weekend", "2026-06-13/2026-06-14")]),
    # untouched
    ("Talks will continue this weekend.", [("this weekend", "2026-06-20/2026-06-21")]),
    ("Police made 40 arrests last weekend.", [("last weekend", "2026-06-13/2026-06-14")]),
]  # fmt: skip

# A capital "The" opening a sentence is inside a season's, decade's, quarter's or half's span,
# as "the" is elsewhere (ANNOTATION.md).
SENTENCE_THE: list[tuple[str, Pairs]] = [
    ("The 1990s were a boom time for the port.", [("The 1990s", "1990/1999")]),
    ("The second quarter was the strongest, with sales up 9%.", [("The second quarter", "2026-04/2026-06")]),
    ("The spring of 2025 was the wettest on record.", [("The spring of 2025", "2025-03/2025-05")]),
    ("The early 1980s brought mass unemployment.", [("The early 1980s", "1980/1989")]),
    # untouched: an article of a noun after a year range
    ("The 2015-2020 strategy failed.", [("2015-2020", "2015/2020")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PAST_WEEKENDS + SENTENCE_THE)
def test_past_weekends_and_sentence_the(run, text: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, "2026-06-17") == expected


# A bare weekday in a headline's present (a line without a full stop) is the nearer of the last
# and the next such day: wire headlines tell what just happened or happens next in the present.
HEADLINE_WEEKDAYS: list[tuple[str, Pairs]] = [
    ("Dow ends lower Tuesday as banks slide", [("Tuesday", "2026-03-10")]),
    ("Talks resume Thursday after weekend breakdown", [("Thursday", "2026-03-12")]),
    ("Copper slips Monday on demand worries\n\nLONDON (Reuters) - Copper fell on Monday.",
     [("Monday", "2026-03-09"), ("Monday", "2026-03-09")]),
    # untouched: a past verb; a full sentence's present is scheduled; the day itself
    ("Markets closed Monday for holiday", [("Monday", "2026-03-09")]),
    ("Voters go to the polls Sunday.", [("Sunday", "2026-03-15")]),
    ("Fed holds rates Wednesday", [("Wednesday", "2026-03-11")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HEADLINE_WEEKDAYS)
def test_headline_weekdays(run, text: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, "2026-03-11") == expected


# "the same day/week" is the period of the date named in this sentence or the one before; a
# year before "'s" gives its year to the quarter, half or month after it.
SAME_AND_POSSESSIVE: list[tuple[str, Pairs]] = [
    ("The plant exploded on June 3. The same day, the company issued a statement.",
     [("June 3", "2026-06-03"), ("The same day", "2026-06-03")]),
    ("Strikers walked out on 12 May, and that same week the minister resigned.",
     [("12 May", "2026-05-12"), ("that same week", "2026-W20")]),
    ("Profit rose in the year's first half.", [("the year's first half", "2026-01/2026-06")]),
    ("Last year's second quarter was the weakest.", [("Last year's second quarter", "2025-04/2025-06")]),
    ("Last year's June was the hottest on record.", [("Last year's June", "2025-06")]),
    # untouched: no date named before; a modifier
    ("The same day, shares fell.", []),
    ("The shop offers same-day delivery.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SAME_AND_POSSESSIVE)
def test_same_unit_and_possessive_year(run, text: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, "2026-07-15") == expected


# "a year before" with nothing after it reads as "a year earlier": from the date named before
# (the same period a year back), else from the reference date.
UNIT_BEFORE_ALONE: list[tuple[str, Pairs]] = [
    ("Sales in May rose 4% from a year before, and exports fell.", [("May", "2026-05"), ("a year before", "2025-05")]),
    ("Profit was $2.1 billion in the three months through June, against $1.8 billion a year before.",
     [("the three months through June", "2026-04/2026-06"), ("a year before", "2025-04/2025-06")]),
    ("The plant had closed two years before.", [("two years before", "2024")]),
    # untouched: an offset from an undated event
    ("He arrived a week before the vote.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNIT_BEFORE_ALONE)
def test_unit_before_alone(run, text: str, expected: Pairs) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(run, text, "2026-08-05") == expected
