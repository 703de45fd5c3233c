"""Counted nouns of plain numbers (issue 14, session 10).

Table-driven through the real pipeline (the rules read the tagger's parts of speech and lemmas),
one table per rule, each with cases that must stay as they are. Every sentence is invented for
these tests (none comes from a gold set). Rows: (text, [(span, kind, value, unit), ...]) for every
figure in the text.
"""

from __future__ import annotations

import pytest

from briefx.normalize.figures import currency_of_the_day, place_country

REF = "2026-03-03"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# A header before a colon at a line start names the counted noun of the bare numbers on its line;
# a line break ends the phrase of a number (the next line's header is no noun of it).
HEADERS = [
    ("Seats won: Labour 301, Reform 88\nWomen elected: 190\n",
     [("301", "count", 301, "seat"), ("88", "count", 88, "seat"), ("190", "count", 190, "woman")]),
    ("Deaths: 12\nInjured: 40\nMissing: 3\n",
     [("12", "count", 12, "death"), ("40", "count", 40, "person"), ("3", "count", 3, "person")]),
    ("Schools closed: 214\nShelters open: 31\n",
     [("214", "count", 214, "school"), ("31", "count", 31, "shelter")]),
    # a bullet may open the line, and a header's first word the tagger read as a name for its
    # capital is a plural before a participle (session 13)
    ("Key figures:\n- Flights cancelled: 340\n- Airports affected: 12\n",
     [("340", "count", 340, "flight"), ("12", "count", 12, "airport")]),
    ("• Homes destroyed: 1,340\n• Deaths: 19\n",
     [("1,340", "count", 1340, "home"), ("19", "count", 19, "death")]),
    ("* Passengers stranded: 4,100\n", [("4,100", "count", 4100, "passenger")]),
    # must stay: a header naming no plural noun, and a number with a noun of its own
    ("Turnout: 61.2%\nTotal: 45\n", [("61.2%", "percent", 61.2, "%"), ("45", "number", 45, None)]),
    ("- Status: 3\n", [("3", "number", 3, None)]),
    ("Deaths: 12 children\n", [("12", "count", 12, "child")]),
]  # fmt: skip

# A column whose header names a plural noun counts it in every cell under it.
COLUMNS = [
    ("Region     Votes     Seats\nNorth      412,300   12\nSouth      389,120   10\n",
     [("412,300", "count", 412_300, "vote"), ("12", "count", 12, "seat"),
      ("389,120", "count", 389_120, "vote"), ("10", "count", 10, "seat")]),
    ("County     Homes   Schools\nKerry      410     3\n",
     [("410", "count", 410, "home"), ("3", "count", 3, "school")]),
    ("Team      Goals   Points\nRovers    41      58\n",
     [("41", "count", 41, "goal"), ("58", "count", 58, "point")]),
    # cells between pipes, a Markdown rule under the header (session 13)
    ("Province | Cases | Deaths\n|---|---|---|\nEquateur | 1,204 | 45\n",
     [("1,204", "count", 1204, "case"), ("45", "count", 45, "death")]),
    ("| Region | Votes | Seats |\n| North | 412,300 | 12 |\n",
     [("412,300", "count", 412_300, "vote"), ("12", "count", 12, "seat")]),
    ("County | Homes | Schools\nKerry | 410 | 3\n",
     [("410", "count", 410, "home"), ("3", "count", 3, "school")]),
    # must stay: headers naming no noun, and a row of another shape; a pipe is no noun
    ("Country | Gold | Silver\nKenya | 4 | 2\n", [("4", "number", 4, None), ("2", "number", 2, None)]),
    ("Team        W   L   Pct\nDetroit     66  75  .468\n",
     [("66", "number", 66, None), ("75", "number", 75, None), (".468", "number", 0.468, None)]),
    ("Region     Votes\nNorth has 412 voters.\n", [("412", "count", 412, "voter")]),
]  # fmt: skip

# A partitive with a word picking a part of a series ("of their last eight") counts one noun.
PARTITIVES = [
    ("The club won nine of their last 12 matches.",
     [("nine", "count", 9, "match"), ("12", "count", 12, "match")]),
    ("She took 14 of the past 20 points.",
     [("14", "count", 14, "point"), ("20", "count", 20, "point")]),
    ("The ministry approved 30 of the remaining 45 projects.",
     [("30", "count", 30, "project"), ("45", "count", 45, "project")]),
    # must stay: "of the" before a count of another noun after its own noun
    ("Officials counted 40 boats of the 60 vessels.",
     [("40", "count", 40, "boat"), ("60", "count", 60, "vessel")]),
]  # fmt: skip

# A collective noun of people before "of" + a bare number, and "N-strong" groups.
GROUPS = [
    ("The plane had a crew of nine.", [("nine", "count", 9, "person")]),
    ("The mine has a workforce of 2,300.", [("2,300", "count", 2300, "person")]),
    ("A crowd of 45,000 saw the final.", [("45,000", "count", 45000, "person")]),
    ("A 40-strong delegation of business leaders arrived.", [("40", "count", 40, "leader")]),
    ("A 3,000-strong garrison holds the town.", [("3,000", "count", 3000, "person")]),
    # must stay: a noun after the number, and a group of things
    ("A team of 30 engineers arrived.", [("30", "count", 30, "engineer")]),
    ("The 40-strong fleet sailed.", [("40", "number", 40, None)]),
]  # fmt: skip

# "toll" alone counts deaths (models/counted_nouns.jsonl role implies), past a date.
TOLLS = [
    ("The toll had risen to 57 by Friday.", [("57", "count", 57, "death")]),
    ("The toll this week reached 112.", [("112", "count", 112, "death")]),
    ("The toll stood at 9.", [("9", "count", 9, "death")]),
    # must stay: a noun before "toll" is what it counts
    ("The death toll rose to 45.", [("45", "count", 45, "death")]),
]  # fmt: skip

# Cricket: a bare score after a verb, a preposition or a possessive counts runs; bowling
# figures "took N for M" are wickets for runs; "to win" a target in runs.
CRICKET = [
    ("Root made 87 off 141 balls, and Brook added 45.",
     [("87", "count", 87, "run"), ("141", "count", 141, "ball"), ("45", "count", 45, "run")]),
    ("Lyon took three for 41 in 20 overs.",
     [("three", "count", 3, "wicket"), ("41", "count", 41, "run"), ("20", "count", 20, "over")]),
    ("Pakistan closed on 212 for four, still 88 behind.",
     [("212", "count", 212, "run"), ("four", "count", 4, "wicket"), ("88", "count", 88, "run")]),
    ("Smith's 132 was his 30th century; they set them 300 to win.",
     [("132", "count", 132, "run"), ("30th", "ordinal", 30, None), ("300", "count", 300, "run")]),
    ("Kohli reached 50 off 41 as India made 180 for two after 30 overs.",
     [("50", "count", 50, "run"), ("41", "count", 41, "ball"), ("180", "count", 180, "run"),
      ("two", "count", 2, "wicket"), ("30", "count", 30, "over")]),
    # must stay: a count carried after a name, and "N to win" outside cricket
    ("Bumrah took eight wickets and Siraj two.",
     [("eight", "count", 8, "wicket"), ("two", "count", 2, "wicket")]),
    ("The bill needs 60 to win.", [("60", "number", 60, None)]),
]  # fmt: skip

# A subject that names its members ("population", "membership", a collective noun of people)
# before a verb of level counts them; "were born" counts people; a clause after "and" and a time
# after the number are no noun of it; a plural name after "the" before a number is no designation.
SUBJECTS = [
    ("Mexico's population reached 130 million.", [("130 million", "count", 130_000_000, "person")]),
    ("Membership rose to 12,400 and attendance fell.", [("12,400", "count", 12_400, "member")]),
    ("The crowd swelled to 60,000.", [("60,000", "count", 60_000, "person")]),
    ("About 1.4 million were born last year.", [("About 1.4 million", "count", 1_400_000, "person")]),
    ("Each region sent 300 delegates, compared with 250 last time.",
     [("300", "count", 300, "delegate"), ("250", "count", 250, "delegate")]),
    ("Labour holds 27 seats and the Conservatives 15.",
     [("27", "count", 27, "seat"), ("15", "count", 15, "seat")]),
    # must stay: a range's first end, a designation, a level of no count, a name and a
    # modifier coordinated before the noun
    ("Nearly 37,000 people were in 270 Red Cross and partner shelters.",
     [("Nearly 37,000", "count", 37_000, "person"), ("270", "count", 270, "shelter")]),
    ("Between 40 and 50 ships wait.", [("40", "count", 40, "ship"), ("50", "count", 50, "ship")]),
    ("Microsoft shipped Windows 95.", []),
    ("Prices rose 3% to 2,412.", [("3%", "percent", 3, "%"), ("2,412", "number", 2412, None)]),
]  # fmt: skip

# An ordinal of placing after a verb is an ordinal figure ("Nth place", session 11: the rule of
# session 10 read it the other way; tests/pipeline/test_figures_s11.py holds the full table).
ORDINALS = [
    ("The club stay sixth.", [("sixth", "ordinal", 6, None)]),
    ("She finished fourth in the final.", [("fourth", "ordinal", 4, None)]),
    ("Paris came second, and Rome third.",
     [("second", "ordinal", 2, None), ("third", "ordinal", 3, None)]),
    # must stay: an ordinal before its noun
    ("He won his third title.", [("third", "ordinal", 3, None)]),
]  # fmt: skip

# The currency of the dateline's country is the one in force on the text's date (babel/CLDR):
# its name's words read as it ("marks" in Frankfurt in 1995 is DEM, "the lira" in Milan ITL).
CURRENCY_OF_THE_DAY = [
    ("FRANKFURT, March 3 - Banks drew 12.4 billion marks from the facility.", "1995-03-03",
     [("12.4 billion marks", "money", 12_400_000_000, "DEM")]),
    ("PARIS, May 2 - The group paid 40 million francs.", "1990-05-02",
     [("40 million francs", "money", 40_000_000, "FRF")]),
    ("AMSTERDAM, June 2 - Philips earned 610 million guilders.", "1994-06-02",
     [("610 million guilders", "money", 610_000_000, "NLG")]),
    ("MILAN, June 2 - The lira weakened to 1,590 per dollar.", "1994-06-02",
     [("1,590", "money", 1590, "ITL")]),
    ("MADRID, Jan 9 - Exports fell by 200 billion pesetas.", "1996-01-09",
     [("200 billion pesetas", "money", 200_000_000_000, "ESP")]),
    # must stay: marks out of the currency's time or place
    ("FRANKFURT, Aug 14 - Pupils needed 62 marks.", "2026-08-14", [("62", "count", 62, "mark")]),
    ("LONDON, Aug 14 - Pupils needed 62 marks.", "1995-08-14", [("62", "count", 62, "mark")]),
    ("ZURICH, June 2 - Nestle earned 3.1 billion francs.", "1994-06-02",
     [("3.1 billion francs", "money", 3_100_000_000, "CHF")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    HEADERS + COLUMNS + PARTITIVES + GROUPS + TOLLS + CRICKET + SUBJECTS + ORDINALS,
)
def test_counted_nouns(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), CURRENCY_OF_THE_DAY)
def test_currency_of_the_day(run, text: str, ref: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=ref)) == expected


@pytest.mark.parametrize(
    ("country", "day", "expected"),
    [
        ("DE", "1995-03-03", ("DEM", "mark")),
        ("FR", "1990-01-01", ("FRF", "franc")),
        ("DE", "2026-01-01", ("EUR", "euro")),
    ],
)
def test_currency_table(country: str, day: str, expected: tuple[str, str]) -> None:
    import datetime as dt

    assert currency_of_the_day(country, dt.date.fromisoformat(day)) == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [("FRANKFURT", "DE"), ("LONDON", "GB"), ("BERLIN", "DE")],  # a GeoNames name with "am Main"
)
def test_place_with_qualifier(place: str, expected: str) -> None:
    assert place_country(place) == expected
