"""Figures of session 15 (issue 14): counts whose noun stands away from the number, designations.

Table-driven through the real pipeline (the rules read the tagger's parts of speech), one table
per rule, each with cases that must stay as they are. Every sentence is invented for these
tests (none comes from a gold set). Rows: (text, [(span, kind, value, unit), ...]) for every
figure in the text.
"""

from __future__ import annotations

import pytest

REF = "2025-06-10"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# A bare number opening a sentence as the subject of a finite verb counts the noun of the last
# count in the sentence before ("Police arrested 45 people. 12 were later released").
OPENING_SUBJECT = [
    ("The quake destroyed 120 houses. 35 were in the old town.",
     [("120", "count", 120, "house"), ("35", "count", 35, "house")]),
    ("Customs seized 60 containers in May. Twenty held counterfeit toys.",
     [("60", "count", 60, "container"), ("Twenty", "count", 20, "container")]),
    ("The ministry fined 14 firms last year. Six have appealed.",
     [("14", "count", 14, "firm"), ("Six", "count", 6, "firm")]),
    ("Medics treated 75 patients overnight. 40 later went home.",
     [("75", "count", 75, "patient"), ("40", "count", 40, "patient")]),
    # must stay: a number named, a noun after the number, a year, no count before
    ("The firm has 40 stores. 3 is the magic number.",
     [("40", "count", 40, "store"), ("3", "number", 3, None)]),
    ("The club signed 4 players. 2 goalkeepers left.",
     [("4", "count", 4, "player"), ("2", "count", 2, "goalkeeper")]),
    ("Shares rose 5%. 12 analysts rate the stock a buy.",
     [("5%", "percent", 5, "%"), ("12", "count", 12, "analyst")]),
]  # fmt: skip

# A header that is a participle alone ("Charged: 9") counts what the header line next to it
# counts; a count in brackets before the colon ("Injured (4): ...") counts the header's noun;
# a header may end in a prepositional phrase ("Homes without water: 900").
HEADER_BLOCKS = [
    ("Detained: 31\nQuestioned: 12\nReleased without charge: 8",
     [("31", "count", 31, "person"), ("12", "count", 12, "person"),
      ("8", "count", 8, "person")]),
    ("Schools closed: 14\nReopened: 3",
     [("14", "count", 14, "school"), ("3", "count", 3, "school")]),
    ("Injured (4): Ana Ruiz, Li Wei, Omar Haddad and Kate Moss.",
     [("4", "count", 4, "person")]),
    ("Households without water: 900\nRoads under water: 17",
     [("900", "count", 900, "household"), ("17", "count", 17, "road")]),
    # must stay: a participle header with no counting header beside it, a date line
    ("Updated: 3\nSource: police", [("3", "number", 3, None)]),
    ("Revised (2): the figures for May.", [("2", "number", 2, None)]),
]  # fmt: skip

# A partitive whose group stands away: "of these," / "among them" after the count, "Among the
# 300 passengers, 27", "3 of 20 schools" with no determiner; a verb in the past right after
# the number makes it the subject, not a participle before a noun.
PARTITIVES = [
    ("Inspectors visited 90 mines; of these, 21 failed safety checks.",
     [("90", "count", 90, "mine"), ("21", "count", 21, "mine")]),
    ("The bank closed 40 branches, and of them 12 were rural.",
     [("40", "count", 40, "branch"), ("12", "count", 12, "branch")]),
    ("Among the 80 delegates, 15 walked out.",
     [("80", "count", 80, "delegate"), ("15", "count", 15, "delegate")]),
    ("Only 4 of 30 ferries sailed on Monday.",
     [("4", "count", 4, "ferry"), ("30", "count", 30, "ferry")]),
    ("Of the 60 clinics, 9 reported staff shortages.",
     [("60", "count", 60, "clinic"), ("9", "count", 9, "clinic")]),
    # "N of them" picks a group at least as large as N, not the nearest count
    ("Inspectors found 620 faults at 18 plants, 240 of them at one site.",
     [("620", "count", 620, "fault"), ("18", "count", 18, "plant"),
      ("240", "count", 240, "fault"), ("one", "count", 1, "site")]),
    ("The fund backed 90 projects in 6 regions, 50 of which were rural.",
     [("90", "count", 90, "project"), ("6", "count", 6, "region"),
      ("50", "count", 50, "project")]),
    # must stay: a count of its own after the group, a participle before a plural noun, a
    # copula's plural noun (what the number counts, by the dev set 13 reading)
    ("Of the 12 jurors, nine were women.",
     [("12", "count", 12, "juror"), ("nine", "count", 9, "woman")]),
    ("Among the 80 delegates, 15 journalists waited outside.",
     [("80", "count", 80, "delegate"), ("15", "count", 15, "journalist")]),
    ("The city hired 50 registered nurses.", [("50", "count", 50, "nurse")]),
]  # fmt: skip

# A number ending a gapped clause after a name ("and Poland 60") is the count of the clause
# before, not a designation ("Route 66") or a number inside a name.
GAPPED_NAMES = [
    ("Norway sent 12 ships and Denmark 7.",
     [("12", "count", 12, "ship"), ("7", "count", 7, "ship")]),
    ("Labour holds 40 seats, the Greens 11 and Plaid Cymru 4.",
     [("40", "count", 40, "seat"), ("11", "count", 11, "seat"), ("4", "count", 4, "seat")]),
    ("Kenya reported 300 cases while Uganda 120 in the same week.",
     [("300", "count", 300, "case"), ("120", "count", 120, "case")]),
    ("Spain sent 20 planes; Portugal 6.",
     [("20", "count", 20, "plane"), ("6", "count", 6, "plane")]),
    # must stay: designations, an index named after a figure, a verb after the name's number
    ("The city bought 30 buses for Route 66.", [("30", "count", 30, "bus")]),
    ("Shares rose 3 points, and the FTSE 100.", [("3", "count", 3, "point")]),
    ("Voters backed Proposition 50 and Measure 110.", []),
    ("Officials hired 20 guards and Phase 2 begins in May.", [("20", "count", 20, "guard")]),
]  # fmt: skip

# A bare number right after a lower-case noun that numbers one of a set is a designation
# (models/figure_words.jsonl, designation_noun and seat_noun); a tab parts table cells, so a
# name before a tab and a number is no designation.
DESIGNATIONS = [
    ("Riders on tram 11 were stuck for an hour.", []),
    ("The runner wearing bib 2047 won.", []),
    ("Drivers left the motorway at junction 9 and queued.", []),
    ("She boarded flight 212 with 180 other passengers.",
     [("180", "count", 180, "passenger")]),
    # must stay: a noun after the number, a plural before it, a table row with tabs
    ("The gate 12 metres wide was shut.", [("12 metres", "quantity", 12, "m")]),
    ("The city added buses 40 times a day.", [("40", "count", 40, "time")]),
    ("Zone\tHomes\nWest\t310\nEast\t95",
     [("310", "count", 310, "home"), ("95", "count", 95, "home")]),
]  # fmt: skip

# A table row of a label and numbers counts the label's noun where its column names none
# ("Flights cancelled  430"); a team or place alone labels plain numbers.
ROW_LABELS = [
    ("Item               Total\nBoats seized       14\nArrests made       61",
     [("14", "count", 14, "boat"), ("61", "count", 61, "arrest")]),
    ("Stranded    230\nMissing     4",
     [("230", "count", 230, "person"), ("4", "count", 4, "person")]),
    ("Measure            Count\nVisitors counted   410\nRooms booked       95",
     [("410", "count", 410, "visitor"), ("95", "count", 95, "room")]),
    # must stay: teams and places with plain numbers
    ("Club      Won   Lost\nLions     12    3\nTigers    9     6",
     [("12", "number", 12, None), ("3", "number", 3, None), ("9", "number", 9, None),
      ("6", "number", 6, None)]),
]  # fmt: skip

# "the four" with no noun after it names again the group that an earlier count of the same
# value counts; a partitive before it then counts the same noun.
NAMED_AGAIN = [
    ("Six climbers set out at dawn. The six reached the summit by noon.",
     [("Six", "count", 6, "climber"), ("six", "count", 6, "climber")]),
    ("Police stopped 3 vans. Two of the three carried stolen goods.",
     [("3", "count", 3, "van"), ("Two", "count", 2, "van"), ("three", "count", 3, "van")]),
    ("The court heard 8 appeals and dismissed all 8.",
     [("8", "count", 8, "appeal"), ("8", "count", 8, "appeal")]),
    # must stay: another value, a noun after the number, a word between
    ("The firm has 12 stores. The index puts it in the top 10.",
     [("12", "count", 12, "store"), ("10", "number", 10, None)]),
    ("The team won 5 games; the 5 losses came away.",
     [("5", "count", 5, "game"), ("5", "count", 5, "loss")]),
]  # fmt: skip

# An age band after a noun of people by age ("children under five") is an age, no figure
# (models/figure_words.jsonl, kind "age_group").
AGE_BANDS = [
    ("Of the 40 victims, 11 were children under five.",
     [("40", "count", 40, "victim"), ("11", "count", 11, "child")]),
    ("Flu shots are free for adults over 65.", []),
    ("Kids under 12 ride free on weekends.", []),
    ("The law bars anyone under 16 from the site.", []),
    # must stay: a count after the hedge, a noun that names no age
    ("The camp holds children under 500 tents.", [("500", "count", 500, "tent")]),
    ("Prices of homes under 300 were cut.", [("300", "number", 300, None)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    OPENING_SUBJECT
    + HEADER_BLOCKS
    + PARTITIVES
    + GAPPED_NAMES
    + DESIGNATIONS
    + ROW_LABELS
    + NAMED_AGAIN
    + AGE_BANDS,
)
def test_figures_s15(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected
