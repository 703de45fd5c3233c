"""Figures of whole briefs that a right span can still read wrong (issue 14, session 7).

Table-driven through the real pipeline, one table per rule, each with cases that must stay
as they are. Every sentence is invented for these tests (none comes from a gold set).
Rows: (text, [(span, kind, value, unit), ...]) for every figure in the text.
"""

from __future__ import annotations

import pytest

REF = "2026-03-03"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


def _cells(line: str) -> list[Row]:
    """Every number of a table row, as plain numbers."""
    return [(n, "number", int(n), None) for n in line.split()[1:]]


def _dates(brief):  # type: ignore[no-untyped-def]
    return [d.text for d in brief.dates]


# A decimal before a plural noun counts it ("index points" in market reports).
DECIMAL_COUNTS = [
    ("The Hang Seng slid 87.6 points to 17,402.3.",
     [("87.6", "count", 87.6, "point"), ("17,402.3", "number", 17402.3, None)]),
    ("The FTSE 100 gained 41.25 points in early trade.", [("41.25", "count", 41.25, "point")]),
    ("Families had 1.8 children on average.", [("1.8", "count", 1.8, "child")]),
    # must stay: a decimal with no noun after it, a decimal measure
    ("Shares of the lender rose 1.25 to 30.5.",
     [("1.25", "number", 1.25, None), ("30.5", "number", 30.5, None)]),
    ("The quake measured 5.8 on Sunday.", [("5.8", "number", 5.8, None)]),
    ("Debt rose to 1.2 times earnings.", [("1.2", "number", 1.2, None)]),
    ("The index closed at 1,431.22 points.", [("1,431.22", "number", 1431.22, None)]),
]  # fmt: skip

# A hyphenated noun glued to the number is what it counts.
HYPHEN_COUNTS = [
    ("The council published a 96-page review.", [("96", "count", 96, "page")]),
    ("She chairs a nine-member panel.", [("nine", "count", 9, "member")]),
    ("They finished last in the 18-team division.", [("18", "count", 18, "team")]),
    # must stay: a measure, a time (a date, no figure), a tally
    ("Workers laid a 40-kilometre pipeline.", [("40-kilometre", "quantity", 40, "km")]),
    ("Officials set a 30-day deadline.", []),
    ("The court ruled 5-4 on Monday.", [("5", "number", 5, None), ("4", "number", 4, None)]),
]  # fmt: skip

# A plural "-s" word right after a number above one is its noun, even if tagged as a verb.
PLURAL_AFTER_NUMBER = [
    ("Munster scored four tries to two.",
     [("four", "count", 4, "try"), ("two", "count", 2, "try")]),
    ("The keeper made six saves before the break.", [("six", "count", 6, "save")]),
    ("Bumrah took three wickets before lunch.", [("three", "count", 3, "wicket")]),
]  # fmt: skip

# A capitalised number word inside running text before a capitalised name word is a name.
NUMBER_WORDS_IN_NAMES = [
    ("Fans packed Cardiff for the Six Nations decider.", []),
    ("He played for the Three Lions at Wembley.", []),
    ("Tourists flock to the Seven Sisters cliffs each summer.", []),
    # must stay: a sentence start, a Title Case headline, lower-case running text
    ("Seventeen Disaster Recovery Centers are open.", [("Seventeen", "count", 17, "center")]),
    ("Storm Leaves Three Dead In Texas", [("Three", "count", 3, "person")]),
    ("The three Baltic states agreed.", [("three", "count", 3, "state")]),
]  # fmt: skip

# An index whose name ends in "&" letters ("S&P") holds its number.
INDEX_NAMES = [
    ("The S&P 500 closed higher on Friday.", []),
    ("Options on the S&P 100 expired.", []),
    ("The S&P 400 lost 0.8%.", [("0.8%", "percent", 0.8, "%")]),
]  # fmt: skip

# A fraction in words below one in running text, with no noun after it, is a share of a group.
SHARES = [
    ("Donors pledged $30 million, but a fifth has yet to arrive.",
     [("$30 million", "money", 30_000_000, "USD")]),
    ("Two-thirds voted to strike.", []),
    ("Of the wells, a quarter ran dry.", []),
    # must stay: an ordinal before its noun, a bare phrase, a fraction of a unit
    ("Police made a third arrest.", [("third", "ordinal", 3, None)]),
    ("three quarters", [("three quarters", "number", 0.75, None)]),
]  # fmt: skip

# The number an expectation is compared with takes the amount's currency.
EXPECTATIONS = [
    ("Revenue rose to $4.2 billion, beating the $3.9 billion analysts had expected.",
     [("$4.2 billion", "money", 4_200_000_000, "USD"),
      ("$3.9 billion", "money", 3_900_000_000, "USD")]),
    ("Profit fell to 310 mln stg, missing the 340 mln analysts had forecast.",
     [("310 mln stg", "money", 310_000_000, "GBP"), ("340 mln", "money", 340_000_000, "GBP")]),
    ("Sales hit 9.1 bln euros, topping the 8.8 bln economists had predicted.",
     [("9.1 bln euros", "money", 9_100_000_000, "EUR"),
      ("8.8 bln", "money", 8_800_000_000, "EUR")]),
    # must stay: a noun that is no subject of a reporting verb
    ("The firm hired 40 people, beating the 30 analysts from the bank.",
     [("40", "count", 40, "person"), ("30", "count", 30, "analyst")]),
]  # fmt: skip

# A currency code before an amount is no designation, whatever noun follows ("per vehicle").
CODES = [
    ("The toll is NOK 45 per vehicle.", [("NOK 45", "money", 45, "NOK")]),
    ("Landing costs USD 900 per aircraft.", [("USD 900", "money", 900, "USD")]),
    ("Parking is CHF 12 per car.", [("CHF 12", "money", 12, "CHF")]),
    # must stay: a model designation before a product noun
    ("The Falcon 9 rocket flew again.", []),
]  # fmt: skip

# "the last eight", "the final four": a round of a competition, no count.
ROUNDS = [
    ("She earned $36,000 for reaching the last eight.", [("$36,000", "money", 36000, "USD")]),
    ("They made the final four.", []),
    ("He lost in the last 16 to a qualifier.", []),
    # must stay: a number before its noun
    ("He scored in the last 10 games.", [("10", "count", 10, "game")]),
]  # fmt: skip

# Wire-copy scale words and hedges.
WIRE = [
    ("Japan approved a ¥3.4trn stimulus.", [("¥3.4trn", "money", 3_400_000_000_000, "JPY")]),
    ("The fund manages 1.2 trln yen.", [("1.2 trln yen", "money", 1_200_000_000_000, "JPY")]),
    ("Turnout was barely 38%.", [("barely 38%", "percent", 38, "%")]),
    ("Scarcely 200 people came.", [("Scarcely 200", "count", 200, "person")]),
    ("He barely won the seat.", []),
]  # fmt: skip


# Points before a change to or from a percentage are percentage points.
POINTS = [
    ("The jobless rate rose 0.2 point to 4.1%.",
     [("0.2 point", "percent", 0.2, "pp"), ("4.1%", "percent", 4.1, "%")]),
    ("Support for the party fell 3 points to 41%.",
     [("3 points", "percent", 3, "pp"), ("41%", "percent", 41, "%")]),
    ("Approval dropped 5 points from 48% in May.",
     [("5 points", "percent", 5, "pp"), ("48%", "percent", 48, "%")]),
    # a fraction word before "point": a change in percentage points, the article left out
    ("The Fed made a quarter-point cut in March.", [("quarter-point", "percent", 0.25, "pp")]),
    ("Markets priced in a half-point hike.", [("half-point", "percent", 0.5, "pp")]),
    ("Traders expect a three-quarter-point rise.",
     [("three-quarter-point", "percent", 0.75, "pp")]),
    ("The bank cut rates by a quarter point.", [("quarter point", "percent", 0.25, "pp")]),
    ("It is at the half point of the season.", []),  # no article or count: no change
    # must stay: index points before a level
    ("The index fell 23.4 points to 3,845.6.",
     [("23.4", "count", 23.4, "point"), ("3,845.6", "number", 3845.6, None)]),
]  # fmt: skip

# A nominalised adjective of people before a verb of change names what is counted.
PEOPLE_SUBJECTS = [
    ("Registered jobless fell by 12,000 to 2.9 million in May.",
     [("12,000", "count", 12000, "person"), ("2.9 million", "count", 2_900_000, "person")]),
    ("The registered unemployed rose by 8,000 to 1.2 million.",
     [("8,000", "count", 8000, "person"), ("1.2 million", "count", 1_200_000, "person")]),
    ("The homeless rose to 4,500 this winter.", [("4,500", "count", 4500, "person")]),
    # must stay: a plural noun subject is itself counted
    ("Jobless claims fell by 9,000 to 212,000.",
     [("9,000", "count", 9000, "claim"), ("212,000", "count", 212_000, "claim")]),
]  # fmt: skip

# One unit before its price is the unit the price is quoted for, no quantity.
UNIT_PRICES = [
    ("A barrel of Brent fetched $82.10.", [("$82.10", "money", 82.1, "USD")]),
    ("A litre of milk costs ₹750 in the city.", [("₹750", "money", 750, "INR")]),
    ("A tonne of wheat sold for €230.", [("€230", "money", 230, "EUR")]),
    # must stay: one unit with no price after it, one bought inside a sentence
    ("A kilometre of new road opened.", [("A kilometre", "quantity", 1, "km")]),
    ("It bought a hectare of land for $2 million.",
     [("a hectare", "quantity", 1, "ha"), ("$2 million", "money", 2_000_000, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    POINTS
    + PEOPLE_SUBJECTS
    + UNIT_PRICES
    + DECIMAL_COUNTS
    + HYPHEN_COUNTS
    + PLURAL_AFTER_NUMBER
    + NUMBER_WORDS_IN_NAMES
    + INDEX_NAMES
    + SHARES
    + EXPECTATIONS
    + CODES
    + ROUNDS
    + WIRE,
)
def test_brief_figures(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# A date may not cut a number, join the cells of a table row, or take an ordinal's noun:
# the figure stands and a shorter date inside the span still does.
@pytest.mark.parametrize(
    ("text", "figures", "dates"),
    [
        ("Output rose in May to 2.35 million barrels a day.",
         [("2.35 million barrels", "quantity", 2_350_000, "bbl")], ["May"]),
        ("Exports rose in June to 4.1 billion euros.",
         [("4.1 billion euros", "money", 4_100_000_000, "EUR")], ["June"]),
        ("Arsenal 26 18 5 3 58 22 59",
         _cells("Arsenal 26 18 5 3 58 22 59"), []),
        ("Leeds 24 11 7 6 30 25 40",
         _cells("Leeds 24 11 7 6 30 25 40"), []),
        ("The bank held rates on Tuesday, the fourth hold in a row.",
         [("fourth", "ordinal", 4, None)], ["Tuesday"]),
        ("Shares fell on Friday, the second drop this week.",
         [("second", "ordinal", 2, None)], ["Friday", "this week"]),
        # an amount before "a year earlier" / "a year ago": a date, not a rate
        ("Net income was $412 million, compared with $380 million a year earlier.",
         [("$412 million", "money", 412_000_000, "USD"), ("$380 million", "money", 380_000_000, "USD")],
         ["a year earlier"]),
        ("Sales rose to 2.1 billion euros from 1.9 billion a year ago.",
         [("2.1 billion euros", "money", 2_100_000_000, "EUR"),
          ("1.9 billion", "money", 1_900_000_000, "EUR")], ["a year ago"]),
        ("Revenue fell to £88m from £95m a year earlier.",
         [("£88m", "money", 88_000_000, "GBP"), ("£95m", "money", 95_000_000, "GBP")],
         ["a year earlier"]),
        ("The plant makes 5,000 cars a year.", [("5,000", "count", 5000, "car")], []),
        ("It charges $5 a month.", [("$5", "money", 5, "USD")], []),
        # must stay: dates with an ordinal day, a day-month pair, a range
        ("The meeting is on Friday the 13th.", [], ["Friday the 13th"]),
        ("It met on Monday, the third of March.", [], ["Monday, the third of March"]),
        ("The vote was held on 29 May.", [], ["29 May"]),
        ("Talks ran from March to 3 April.", [], ["March to 3 April"]),
        ("The creek rose two and a half feet.", [("two and a half feet", "quantity", 2.5, "ft")], []),
        ("Rents rose four and a half percent.",
         [("four and a half percent", "percent", 4.5, "%")], []),
    ],
)  # fmt: skip
def test_dates_leave_figures(run, text: str, figures: list[Row], dates: list[str]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date=REF)
    assert _rows(brief) == figures
    assert _dates(brief) == dates


# A decimal and the number after it are no day and month ("(U.S.) 19.78 2. Kenny Bednarek").
@pytest.mark.parametrize(
    "text",
    [
        "Men's 200 metres: 1. Noah Lyles (U.S.) 19.78 2. Kenny Bednarek (U.S.) 19.96",
        "Women's 100 metres hurdles: 1. Tia Jones (U.S.) 12.31 2. Ackera Nugent (Jamaica) 12.40",
        "Long jump: 1. Miltiadis Tentoglou (Greece) 8.32 2. Wayne Pinnock (Jamaica) 8.27",
    ],
)
def test_no_dates_in_results_lists(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _dates(run(text, reference_date=REF)) == []
