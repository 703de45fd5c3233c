"""Figure fields of session 22 (issue 14): a count's noun found where it stands. A class word
counts its class's noun ("seven gold, two silver and three bronze" -> medal); a table whose
header names classes counts that noun in its rows; "a further N" counts the last count's noun;
a partitive set off by a comma counts the bare numbers before it ("won 14, up from 9 ..., of
the 40 seats"); a header of a plural noun and a participle before a phrase ("Seats won in
Monday's election: ...") or a long line closing on what its rows count ("... (seats in the
Bundestag):"); a cricket scorecard's innings totals and a batter's score after a cricket
sentence; a bare number after a verb that took a count before ("screened 3.09 million
travelers ... screened 18.3 million"); a result list whose first number NER ran into a name
("Labour 412 seats, Conservatives 121") and the "Pts" column of a league table; the subject of
a verb of change across an aside set off by commas.

Table-driven through the real pipeline (the rules read the tagger's parts of speech and the
sentences), one table per rule, each with cases that must stay as they are; the table and class
readers run alone on invented figures. Every sentence is invented for these tests (none comes
from a gold set). Rows: (text, [(span, kind, value, unit), ...]) for every figure in the text.
"""

from __future__ import annotations

import pytest

from briefx.facts import FigureFact
from briefx.pipeline.figures.classes import class_count, class_nouns, class_table

REF = "2025-06-01"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# A class compound counts its noun; a bare class word is the noun counted (ANNOTATION.md: the
# counted noun's lemma), in a list too.
CLASS_WORDS = [
    ("Jamaica won four gold, three silver and two bronze at the championships in Rome.",
     [("four", "count", 4, "gold"), ("three", "count", 3, "silver"),
      ("two", "count", 2, "bronze")]),
    ("China finished with 22 golds and 11 silvers.",
     [("22", "count", 22, "gold"), ("11", "count", 11, "silver")]),
    ("The rowers took two silver medals and one bronze medal over the week.",
     [("two", "count", 2, "medal"), ("one", "count", 1, "medal")]),
    # must stay: a metal as a mass, a noun of its own after the class word
    ("The bank holds 8,100 tonnes of gold.", [("8,100 tonnes", "quantity", 8100, "t")]),
    ("Thieves took 40 gold bars.", [("40", "count", 40, "bar")]),
    ("The team won 3-1 in the final.", [("3", "number", 3, None), ("1", "number", 1, None)]),
]  # fmt: skip


# A table whose header names classes counts the class noun in its rows, the total too; rank
# markers and a table of other columns stay.
CLASS_TABLES = [
    ("Medal table\nNation  Gold  Silver  Bronze  Total\nKenya  4  2  5  11\nChina  3  3  1  7",
     [("4", "count", 4, "medal"), ("2", "count", 2, "medal"), ("5", "count", 5, "medal"),
      ("11", "count", 11, "medal"), ("3", "count", 3, "medal"), ("3", "count", 3, "medal"),
      ("1", "count", 1, "medal"), ("7", "count", 7, "medal")]),
    ("Final table (gold, silver, bronze):\nItaly: 5, 2, 4\nSpain: 3, 6, 1",
     [("5", "count", 5, "medal"), ("2", "count", 2, "medal"), ("4", "count", 4, "medal"),
      ("3", "count", 3, "medal"), ("6", "count", 6, "medal"), ("1", "count", 1, "medal")]),
    ("Top nations (gold, silver, bronze, total):\nFrance 7 5 9 21\nBrazil 6 1 2 9",
     [("7", "count", 7, "medal"), ("5", "count", 5, "medal"), ("9", "count", 9, "medal"),
      ("21", "count", 21, "medal"), ("6", "count", 6, "medal"), ("1", "count", 1, "medal"),
      ("2", "count", 2, "medal"), ("9", "count", 9, "medal")]),
]  # fmt: skip


# "a further N", "another N": more of the last count, also one of the sentence before.
FURTHER = [
    ("Police arrested 31 people on Friday. A further nine were held on Saturday.",
     [("31", "count", 31, "person"), ("nine", "count", 9, "person")]),
    ("The storm damaged 400 homes, and another 120 were flooded.",
     [("400", "count", 400, "home"), ("120", "count", 120, "home")]),
    ("The firm will close 14 stores this year and an additional 6 in 2026.",
     [("14", "count", 14, "store"), ("6", "count", 6, "store")]),
    # must stay: a noun of its own, a percentage before
    ("Sales rose 4% and a further 200 jobs will go.",
     [("4%", "percent", 4, "%"), ("200", "count", 200, "job")]),
]  # fmt: skip


# A partitive set off by a comma counts the bare numbers of its sentence before it.
DISTANT_PARTITIVES = [
    ("The Greens won 11, up from 7 at the last vote, of the 60 seats in the assembly.",
     [("11", "count", 11, "seat"), ("7", "count", 7, "seat"), ("60", "count", 60, "seat")]),
    ("The club sold 14, mostly to local buyers, of its 30 flats.",
     [("14", "count", 14, "flat"), ("30", "count", 30, "flat")]),
    ("Inspectors passed 212 last year, against 190 in 2023, of the 250 schools visited.",
     [("212", "count", 212, "school"), ("190", "count", 190, "school"),
      ("250", "count", 250, "school")]),
    # must stay: no comma before "of", a figure of another kind between
    ("The index rose to 412 of the 500 points possible.",
     [("412", "count", 412, "point"), ("500", "count", 500, "point")]),
    ("Turnout was 64%, of the 3,000 members.",
     [("64%", "percent", 64, "%"), ("3,000", "count", 3000, "member")]),
]  # fmt: skip


# Headers that name the rows' noun: a plural and a participle before a phrase of occasion (also
# after a dateline's dash), and a longer line that closes on it in brackets or after a comma.
HEADERS = [
    ("Seats won in Sunday's regional election: CDU 41, SPD 30, Greens 12.",
     [("41", "count", 41, "seat"), ("30", "count", 30, "seat"), ("12", "count", 12, "seat")]),
    ("LIMA, May 2 - Votes cast in the capital's mayoral race: Lopez 412,000, Diaz 398,000.",
     [("412,000", "count", 412000, "vote"), ("398,000", "count", 398000, "vote")]),
    ("Final result of the state election (seats in parliament):\nFidesz 52\nTisza 41\nDK 6",
     [("52", "count", 52, "seat"), ("41", "count", 41, "seat"), ("6", "count", 6, "seat")]),
    ("Result of Tuesday's council vote, seats won:\nLabour 28\nGreens 11\nReform 9",
     [("28", "count", 28, "seat"), ("11", "count", 11, "seat"), ("9", "count", 9, "seat")]),
    # must stay: a singular header, a header with no plural noun
    ("Turnout in the capital: 64% against 58% in 2021.",
     [("64%", "percent", 64, "%"), ("58%", "percent", 58, "%")]),
]  # fmt: skip


# A result list whose first number NER ran into the name before it: the count heads the list
# ("Labour 412 seats, Conservatives 121"); a header's noun gives way to the line's own count;
# "Pts" as a column header counts points.
RESULT_LISTS = [
    ("In Fife the result was SNP 31 seats, Labour 20, Conservatives 9.",
     [("31", "count", 31, "seat"), ("20", "count", 20, "seat"), ("9", "count", 9, "seat")]),
    ("Leaders: Celtic 52 points, Rangers 45, Hearts 38.",
     [("52", "count", 52, "point"), ("45", "count", 45, "point"), ("38", "count", 38, "point")]),
    ("Results: Likud 32 seats, Yesh Atid 24, Shas 11.",
     [("32", "count", 32, "seat"), ("24", "count", 24, "seat"), ("11", "count", 11, "seat")]),
    ("Table\nTeam  P  W  Pts\nCeltic  20  17  52\nRangers  20  14  45",
     [("20", "number", 20, None), ("17", "number", 17, None), ("52", "count", 52, "point"),
      ("20", "number", 20, None), ("14", "number", 14, None), ("45", "count", 45, "point")]),
    # must stay: a designation before a noun with no list after it; a header's own noun
    ("The Airbus A320 jets were grounded, and Phase 2 trials begin in May.", []),
    ("Arrested: 14 in Leeds, 9 in York.",
     [("14", "count", 14, "person"), ("9", "count", 9, "person")]),
    ("Injured (4): two nurses, a porter",
     [("4", "count", 4, "person"), ("two", "count", 2, "nurse")]),
]  # fmt: skip


# The subject before a verb of change or level across an aside set off by commas.
ASIDES = [
    ("Flu cases reported in Scotland this winter, most of them in Glasgow, rose to 9,120.",
     [("9,120", "count", 9120, "case")]),
    ("Arrivals at Heathrow, the busiest airport in Europe, rose to 7.1 million in July.",
     [("7.1 million", "count", 7100000, "arrival")]),
    ("Evictions in Dublin, a city short of homes, fell to 1,240 last year.",
     [("1,240", "count", 1240, "eviction")]),
    # must stay: an aside with a verb, a level noun before the aside
    ("Prices, which had been stable, rose to 412 in May.", [("412", "number", 412, None)]),
    ("The index, a gauge of factory output, rose to 51.2.", [("51.2", "number", 51.2, None)]),
]  # fmt: skip


# A verb of losing a tally, and a tally's bare object before a phrase of place.
TALLIES = [
    ("The Greens won 53 of the 84 seats. The Conservatives lost 12 across Kent.",
     [("53", "count", 53, "seat"), ("84", "count", 84, "seat"), ("12", "count", 12, "seat")]),
    ("The party won 40 seats in March. It lost 12 in Leeds and took 9 in York.",
     [("40", "count", 40, "seat"), ("12", "count", 12, "seat"), ("9", "count", 9, "seat")]),
    ("Norway won 16 medals in Milan. Sweden took 11 in Cortina.",
     [("16", "count", 16, "medal"), ("11", "count", 11, "medal")]),
    # must stay: a date after the preposition, no count before
    ("The firm sold 300 cars. It lost 40 in March.",
     [("300", "count", 300, "car"), ("40", "number", 40, None)]),
    ("The club lost 12 in Leeds.", [("12", "number", 12, None)]),
]  # fmt: skip


# Cricket: a scorecard's innings totals, and "made N" after a cricket sentence.
CRICKET = [
    (("Cricket - Australia v Pakistan, Perth\nPakistan 271 and 198; Australia 310 and 160 for "
      "two\nAustralia won by eight wickets."),
     [("271", "count", 271, "run"), ("198", "count", 198, "run"), ("310", "count", 310, "run"),
      ("160", "count", 160, "run"), ("two", "count", 2, "wicket"),
      ("eight", "count", 8, "wicket")]),
    ("Surrey beat Kent by six wickets at the Oval. Ollie Pope made 121 and Will Jacks 56.",
     [("six", "count", 6, "wicket"), ("121", "count", 121, "run"), ("56", "count", 56, "run")]),
    ("India took six wickets on the first morning. Rahul made 88 before lunch.",
     [("six", "count", 6, "wicket"), ("first", "ordinal", 1, None),
      ("88", "count", 88, "run")]),
    # must stay: "made" outside a cricket report
    ("The firm made 40 in a year, its chief said.", [("40", "number", 40, None)]),
]  # fmt: skip


# A bare number right after a verb counts what a count after the same verb counted before.
SAME_VERB = [
    ("The TSA screened 2.8 million travelers on Friday. Over the week it screened 17.1 million.",
     [("2.8 million", "count", 2800000, "traveler"), ("17.1 million", "count", 17100000,
                                                     "traveler")]),
    ("The council approved 120 homes in May. In June it approved 85, and in July 40 more.",
     [("120", "count", 120, "home"), ("85", "count", 85, "home"), ("40", "count", 40, "home")]),
    ("Hospitals treated 3,400 patients in March. By April they had treated 5,100.",
     [("3,400", "count", 3400, "patient"), ("5,100", "count", 5100, "patient")]),
    # must stay: another verb, a noun of its own
    ("The firm hired 40 engineers. In May it cut 12.", [("40", "count", 40, "engineer"),
                                                       ("12", "number", 12, None)]),
    ("The club signed 3 players and signed 2 coaches.",
     [("3", "count", 3, "player"), ("2", "count", 2, "coach")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    SAME_VERB
    + CLASS_WORDS
    + CLASS_TABLES
    + FURTHER
    + DISTANT_PARTITIVES
    + HEADERS
    + CRICKET
    + RESULT_LISTS
    + ASIDES
    + TALLIES,
)
def test_figures_s22(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


def _numbers(text: str, spans: list[str]) -> list[FigureFact]:
    """Bare number figures at the next occurrence of each span."""
    out, pos = [], 0
    for s in spans:
        a = text.index(s, pos)
        out.append(FigureFact(a, a + len(s), "number", int(s.replace(",", ""))))
        pos = a + len(s)
    return out


# -- the class readers alone, on invented figures -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("Nation  Gold  Silver  Bronze\nPeru  1  0  2", ["1", "0", "2"], ["medal"] * 3),
        ("Standings (gold-silver-bronze):\nChile 3, 1, 0", ["3", "1", "0"], ["medal"] * 3),
        ("(Golds, silvers, total):\nCuba 2 4 6", ["2", "4", "6"], ["medal"] * 3),
        # must stay: one class alone, a header of other words, a row longer than the header
        ("Nation  Gold  Points\nPeru  1  12", ["1", "12"], [None, None]),
        ("Team  Won  Lost\nLions  9  3", ["9", "3"], [None, None]),
        ("Nation  Gold  Silver\nPeru  1  0  2  7", ["1", "0", "2", "7"], [None] * 4),
        ("Medals (gold, silver, bronze)\nThe team flew home on 14 May.", ["14"], [None]),
    ],
)
def test_class_table(text: str, spans: list[str], expected: list[str | None]) -> None:
    out = class_table(text, _numbers(text, spans))
    assert [f.unit for f in out] == expected
    assert all(f.kind == ("count" if f.unit else "number") for f in out)


@pytest.mark.parametrize(
    ("unit", "expected"),
    [("gold", "gold"), ("bronze", "bronze"), ("silver medal", "medal"), ("gold bar", "gold bar"),
     ("medal", "medal"), ("person", "person")],
)  # fmt: skip
def test_class_count(unit: str, expected: str) -> None:
    (out,) = class_count([FigureFact(0, 2, "count", 12, unit)])
    assert out.unit == expected


def test_class_nouns_table() -> None:
    assert class_nouns() == {"gold": "medal", "silver": "medal", "bronze": "medal"}
