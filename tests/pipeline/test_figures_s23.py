"""Figure fields of session 23 (issue 14): counts in sports tables and labelled fields. A header
that names a list ("Results:", "Scores:", "Standings:") leaves its scores plain numbers; a header
with what its list counts in brackets ("Leading scorers (goals): ...") counts that noun on its
line; a header of a collective noun of people ("Population affected:") counts people; a result
list's head may close on a phrase ("Arsenal 74 points from 32 games, Liverpool 71"); a cricket
scorecard's totals and batters' scores after a name count runs, and bowling figures after a
bowler's name ("Rabada 5-34") are wickets and runs; a bare number compared with a percentage
that is a level ("98% of GDP, up from 95") or in a gapped clause after it is a percentage, also
after a group's name the tagger read as a common noun or NER as a NORP ("and the Conservatives
24.1", "and the Greens 11.4": no designation); a
tally verb's bare object counts the seats of a count before shares of the vote ("lost 13"); a
plural tagged as a verb after a modifying name is the counted noun ("two Six Nations matches").

Table-driven through the real pipeline (the rules read the tagger's parts of speech, NER and
the sentences), one table per rule, each with cases that must stay as they are. Every sentence
is invented for these tests (none comes from a gold set). Rows: (text, [(span, kind, value,
unit), ...]) for every figure in the text.
"""

from __future__ import annotations

import pytest

from briefx.resources import figure_words

REF = "2026-03-01"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# A header that names the list, not what it counts: the scores after it stay numbers.
LIST_HEADERS = [
    ("Results: England 31 Wales 14; Scotland 18 Italy 22.",
     [("31", "number", 31, None), ("14", "number", 14, None), ("18", "number", 18, None),
      ("22", "number", 22, None)]),
    ("Scores: Leeds 2 Hull 1; York 0 Bury 3.",
     [("2", "number", 2, None), ("1", "number", 1, None), ("0", "number", 0, None),
      ("3", "number", 3, None)]),
    ("Final standings: Celtic 88, Rangers 81, Hearts 60.",
     [("88", "number", 88, None), ("81", "number", 81, None), ("60", "number", 60, None)]),
    # must stay: a header that names what it counts
    ("Deaths: 14\nInjured: 27",
     [("14", "count", 14, "death"), ("27", "count", 27, "person")]),
    ("Seats won: Labour 41, Greens 12.",
     [("41", "count", 41, "seat"), ("12", "count", 12, "seat")]),
]  # fmt: skip


# A bracket before the colon names what the list on the line counts; a bracket that names no
# plural leaves the header's own noun.
BRACKET_HEADERS = [
    ("Leading scorers (goals): Erling Haaland 24, Alexander Isak 19, Bukayo Saka 16.",
     [("24", "count", 24, "goal"), ("19", "count", 19, "goal"), ("16", "count", 16, "goal")]),
    ("Table after three rounds (points): Ireland 14, France 10, Wales 0.",
     [("three", "count", 3, "round"), ("14", "count", 14, "point"), ("10", "count", 10, "point"),
      ("0", "count", 0, "point")]),
    ("Top wicket-takers (wickets): Bumrah 31, Cummins 27, Starc 25.",
     [("31", "count", 31, "wicket"), ("27", "count", 27, "wicket"), ("25", "count", 25, "wicket")]),
    ("Seats (share of the vote): Socialists 109 (41.2%), Chega 31 (13.1%).",
     [("109", "count", 109, "seat"), ("41.2%", "percent", 41.2, "%"), ("31", "count", 31, "seat"),
      ("13.1%", "percent", 13.1, "%")]),
    # must stay: a bracket that holds the count itself, a bracket of no noun before no list
    ("Arrested (3): Tom Hale, Ann Roe and Lee Park.", [("3", "count", 3, "person")]),
    ("Turnout (provisional): 58.2%", [("58.2%", "percent", 58.2, "%")]),
]  # fmt: skip


# A header of a collective noun of people counts people.
GROUP_HEADERS = [
    ("Population affected: 6,42,300", [("6,42,300", "count", 642300, "person")]),
    ("Population displaced: 12,400", [("12,400", "count", 12400, "person")]),
    ("Crowd: 52,118", [("52,118", "count", 52118, "person")]),
    ("The firm hired 40 staff in May.", [("40", "count", 40, "staff")]),
    # must stay: a header of no count
    ("Turnout: 59.4%", [("59.4%", "percent", 59.4, "%")]),
]  # fmt: skip


# A result list's head may close on a phrase of what the count came from.
RESULT_HEADS = [
    ("Leaders: Arsenal 74 points from 32 games, Liverpool 71, Manchester City 66.",
     [("74", "count", 74, "point"), ("32", "count", 32, "game"), ("71", "count", 71, "point"),
      ("66", "count", 66, "point")]),
    ("Top of the table: Napoli 60 points from 25 games, Inter 58.",
     [("60", "count", 60, "point"), ("25", "count", 25, "game"), ("58", "count", 58, "point")]),
    ("Standings: Celtic 80 points after 33 games, Rangers 74.",
     [("80", "count", 80, "point"), ("33", "count", 33, "game"), ("74", "count", 74, "point")]),
    # must stay: a designation, a plain result list
    ("Phase 2 of the works starts in May.", []),
    ("Results: Labour 412 seats, Conservatives 121, Lib Dems 72.",
     [("412", "count", 412, "seat"), ("121", "count", 121, "seat"), ("72", "count", 72, "seat")]),
]  # fmt: skip


# A cricket scorecard: totals and batters' scores after a name count runs; bowling figures after
# a bowler's name are wickets for runs.
SCORECARDS = [
    ("Australia 287 (48.3 overs; Travis Head 94; Jasprit Bumrah 4-41).",
     [("287", "count", 287, "run"), ("48.3", "count", 48.3, "over"), ("94", "count", 94, "run"),
      ("4", "count", 4, "wicket"), ("41", "count", 41, "run")]),
    ("England 301 for 6 (50 overs; Joe Root 88, Jos Buttler 61; Adam Zampa 3-52).",
     [("301", "count", 301, "run"), ("6", "count", 6, "wicket"), ("50", "count", 50, "over"),
      ("88", "count", 88, "run"), ("61", "count", 61, "run"), ("3", "count", 3, "wicket"),
      ("52", "count", 52, "run")]),
    ("India 245 (42 overs; Shubman Gill 77; Mark Wood 2-38, Adil Rashid 3-40).",
     [("245", "count", 245, "run"), ("42", "count", 42, "over"), ("77", "count", 77, "run"),
      ("2", "count", 2, "wicket"), ("38", "count", 38, "run"), ("3", "count", 3, "wicket"),
      ("40", "count", 40, "run")]),
    ("Jasprit Bumrah (5-34) and Mohammed Siraj (3-41) bowled England out for 187.",
     [("5", "count", 5, "wicket"), ("34", "count", 34, "run"), ("3", "count", 3, "wicket"),
      ("41", "count", 41, "run"), ("187", "count", 187, "run")]),
    ("Starc ended the innings with figures of three for 41 in 10 overs.",
     [("three", "count", 3, "wicket"), ("41", "count", 41, "run"), ("10", "count", 10, "over")]),
    ("Root made 55 off 80 balls, and Bumrah finished with four for 38.",
     [("55", "count", 55, "run"), ("80", "count", 80, "ball"), ("four", "count", 4, "wicket"),
      ("38", "count", 38, "run")]),
    ("England were 120 for three at lunch, with Root on 45.",
     [("120", "count", 120, "run"), ("three", "count", 3, "wicket"), ("45", "count", 45, "run")]),
    # must stay: no cricket in the sentence
    ("The charity finished with 4 for 38 volunteers.",
     [("4", "number", 4, None), ("38", "count", 38, "volunteer")]),
    # must stay: a series score in a cricket sentence, a football score
    ("India lead the five-match series 2-1 after three Tests.",
     [("five", "count", 5, "match"), ("2", "number", 2, None), ("1", "number", 1, None),
      ("three", "count", 3, "test")]),
    ("Leeds beat Hull 3-1 on Saturday.", [("3", "number", 3, None), ("1", "number", 1, None)]),
]  # fmt: skip


# A bare number compared with a percentage that is a level or share, or in a gapped clause after
# it, is a percentage; after a percentage of change, with a noun of its own or a year it stays.
COMPARED_PERCENTS = [
    ("Public debt reached 98% of GDP last year, up from 95.",
     [("98%", "percent", 98, "%"), ("95", "percent", 95, "%")]),
    ("Unemployment fell to 4.1% in March from 4.3 in February.",
     [("4.1%", "percent", 4.1, "%"), ("4.3", "percent", 4.3, "%")]),
    ("The ruling party took 52.1%, the opposition 44.3 and independents 3.6.",
     [("52.1%", "percent", 52.1, "%"), ("44.3", "percent", 44.3, "%"),
      ("3.6", "percent", 3.6, "%")]),
    ("Turnout was 61.2%, compared with 58.9 at the last election.",
     [("61.2%", "percent", 61.2, "%"), ("58.9", "percent", 58.9, "%")]),
    ("Labour won 33.7 per cent of the vote and the Conservatives 24.1.",
     [("33.7 per cent", "percent", 33.7, "%"), ("24.1", "percent", 24.1, "%")]),
    ("The Liberals won 38.2% of the vote, and the Greens 11.4.",
     [("38.2%", "percent", 38.2, "%"), ("11.4", "percent", 11.4, "%")]),
    ("The SNP won 48 seats, and the Greens 7.",
     [("48", "count", 48, "seat"), ("7", "count", 7, "seat")]),
    # must stay: a designation, an album's title
    ("The Phase 2 works begin in May.", []),
    ("The Beatles 1 album sold well.", []),
    # must stay: a change's base, a noun of its own, a clause of another kind
    ("The index rose 2.1% from 7,410 on Friday.",
     [("2.1%", "percent", 2.1, "%"), ("7,410", "number", 7410, None)]),
    ("Inflation was 2.4% in May, and 3 banks failed.",
     [("2.4%", "percent", 2.4, "%"), ("3", "count", 3, "bank")]),
    ("The yes side won 54%, with turnout at 71.",
     [("54%", "percent", 54, "%"), ("71", "number", 71, None)]),
]  # fmt: skip


# A tally verb's bare object counts the noun of the count before it across shares of the vote
# (percentages only) in the sentence between.
TALLIES_PAST_SHARES = [
    (("The Social Democrats won 120 seats. Their share fell to 22.4% from 25.7%. The Christian "
      "Democrats gained 14."),
     [("120", "count", 120, "seat"), ("22.4%", "percent", 22.4, "%"),
      ("25.7%", "percent", 25.7, "%"), ("14", "count", 14, "seat")]),
    (("Seats: Socialists 109, Chega 31.\nTurnout: 59.4%, up 3.1 percentage points.\nThe "
      "Socialists lost 13, and Chega gained 19."),
     [("109", "count", 109, "seat"), ("31", "count", 31, "seat"), ("59.4%", "percent", 59.4, "%"),
      ("3.1 percentage points", "percent", 3.1, "pp"), ("13", "count", 13, "seat"),
      ("19", "count", 19, "seat")]),
    ("The party won 41 seats on 28% of the vote. It lost 9.",
     [("41", "count", 41, "seat"), ("28%", "percent", 28, "%"), ("9", "count", 9, "seat")]),
    # must stay: no count before the shares
    ("Sales rose 12% in May. The company lost 3 in the month.",
     [("12%", "percent", 12, "%"), ("3", "number", 3, None)]),
]  # fmt: skip


# A plural the tagger read as a verb after a name that modifies it is the counted noun.
NAMED_PLURALS = [
    ("Italy have won two Six Nations matches in a row.", [("two", "count", 2, "match")]),
    ("She has reached five Grand Slam finals and won three.",
     [("five", "count", 5, "final"), ("three", "count", 3, "final")]),
    ("The club played 12 Champions League matches in 2025.", [("12", "count", 12, "match")]),
    # must stay: a title that opens with "The" and the number, a verb with its object
    ("The 3 Musketeers plays in London.", [("3", "count", 3, "musketeer")]),
    ("Of the 40 clubs, Bayern matches the record.", [("40", "count", 40, "club")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"),
    NAMED_PLURALS
    + TALLIES_PAST_SHARES
    + LIST_HEADERS
    + BRACKET_HEADERS
    + GROUP_HEADERS
    + RESULT_HEADS
    + SCORECARDS
    + COMPARED_PERCENTS,
)
def test_tables_and_scorecards(run, text: str, want: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, REF)) == want


def test_list_headers_table() -> None:
    words = figure_words("list_header")
    assert {"result", "score", "standing"} <= words
    assert "seat" not in words
    assert "death" not in words
