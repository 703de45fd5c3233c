"""Figure fields of session 21 (issue 14): the subject a bare level counts across a reduced
relative clause, a span of time or a date after its head; "the number of X" as the object of a
verb of change or the subject of "be"; "N of its staff"; a header line above a list of rows; a
group fronted without a number ("Of the new homes, 300"); a share restated ("12% of pupils, or
41,000"); a percentage after a fronted partitive stays a percentage; a list of verbs and their
bare objects that ends in a partitive; a range's first end before a percentage; "there are N";
compounds in a title-case headline.

Table-driven through the real pipeline (the rules read the tagger's parts of speech and NER's
spans of time), one table per rule, each with cases that must stay as they are; the word tests
run on ``spacy.blank("en")`` with the tags set by hand. Every sentence is invented for these
tests (none comes from a gold set). Rows: (text, [(span, kind, value, unit), ...]) for every
figure in the text.
"""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.figures.elided import _number_of_object, _participle_after_plural

REF = "2025-06-01"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# The subject's head before a reduced relative clause ("Patients waiting ..."), a phrase of time
# after "of" ("delays of more than an hour") or a date phrase ("Cases in 2024") names what a
# bare level counts.
SUBJECT_PHRASES = [
    ("Patients waiting more than a year for surgery numbered 18,200 in May, down from 20,900.",
     [("18,200", "count", 18200, "patient"), ("20,900", "count", 20900, "patient")]),
    ("Passengers stranded by the strike numbered 4,200.",
     [("4,200", "count", 4200, "passenger")]),
    ("Flights cancelled at Gatwick reached 1,300.", [("1,300", "count", 1300, "flight")]),
    ("Handover delays of more than an hour fell to 2,310 from 3,050.",
     [("2,310", "count", 2310, "delay"), ("3,050", "count", 3050, "delay")]),
    ("Waits of over a year fell to 9,800.", [("9,800", "count", 9800, "wait")]),
    ("Jail terms of more than ten years rose to 140.", [("140", "count", 140, "term")]),
    ("Evictions in 2024 rose to 3,300.", [("3,300", "count", 3300, "eviction")]),
    ("Homes sold in March numbered 61,000.", [("61,000", "count", 61000, "home")]),
    # must stay: a level noun before the clause or the date; "of" + a plural keeps its noun
    ("Prices paid by farmers rose 3% to 2,412.",
     [("3%", "percent", 3, "%"), ("2,412", "number", 2412, None)]),
    ("Prices in 2024 rose to 300.", [("300", "number", 300, None)]),
    ("Sales of cars rose to 41,000.", [("41,000", "count", 41000, "car")]),
    ("The index stood at 5,120 in May.", [("5,120", "number", 5120, None)]),
]  # fmt: skip


# "the number of X" as the object of a verb of change counts X (its head; a WordNet compound
# kept as the count of a noun after a number keeps it).
OBJECT_NUMBER = [
    ("The drought has cut the number of sheep farms in Wales to 2,870.",
     [("2,870", "count", 2870, "farm")]),
    ("The council wants to double the number of food banks to 24.",
     [("24", "count", 24, "food bank")]),
    ("The airline will raise the number of daily flights to Lisbon to 14 from 9.",
     [("14", "count", 14, "flight"), ("9", "count", 9, "flight")]),
    ("Brussels cut the number of fishing licences to 1,200.",
     [("1,200", "count", 1200, "licence")]),
    # must stay: no "number of" object, a passive, a level noun
    ("The firm cut its debt to 3,800.", [("3,800", "number", 3800, None)]),
    ("The number was cut to 20.", [("20", "number", 20, None)]),
    ("The bank raised the price of gold to 2,400.", [("2,400", "number", 2400, None)]),
]  # fmt: skip


# "the number of X" as the subject of "be" counts X, and its head is the last noun of the run
# after "of" ("measles cases" -> "case", "job seekers" -> "seeker").
NUMBER_OF_BE = [
    ("The number of measles cases this year is 2,100, against 540 in 2023.",
     [("2,100", "count", 2100, "case"), ("540", "count", 540, "case")]),
    ("The number of homeless families is 117,000.", [("117,000", "count", 117000, "family")]),
    ("The number of students was 3,400 in 2020.", [("3,400", "count", 3400, "student")]),
    ("The number of job seekers fell to 41,000.", [("41,000", "count", 41000, "seeker")]),
    # must stay: no "number of" subject; people out of work are people
    ("The number is 2,100.", [("2,100", "number", 2100, None)]),
    ("The price of homes is 300,000.", [("300,000", "number", 300000, None)]),
    ("The number of people out of work fell by 310,000.",
     [("310,000", "count", 310000, "person")]),
]  # fmt: skip


# "N of its staff": a partitive whose noun the table reads as a count's own noun (role lemma:
# plural-only and irregular plurals) counts it, as "3,000 staff" does.
PARTITIVE_TABLE_NOUNS = [
    ("The firm will cut 2,000 of its staff.", [("2,000", "count", 2000, "staff")]),
    ("Some 300 of the police were injured.", [("Some 300", "count", 300, "police officer")]),
    ("Only 12 of the species survive.", [("12", "count", 12, "species")]),
    # must stay: a plural noun as before, a possessive's head
    ("Police said 12 of the passengers were injured.", [("12", "count", 12, "passenger")]),
    ("Ten of the staff's cars were damaged.", [("Ten", "count", 10, "car")]),
]  # fmt: skip


# A header on a line of its own that names a plural noun with a bracket, participle or phrase
# after it gives the rows under it ("North: 120", "Labour 412") their noun; a bare plural
# header names the list, not what it counts.
BLOCK_HEADERS = [
    ("Results (seats won):\nLabour 412\nConservatives 121\nLiberal Democrats 72",
     [("412", "count", 412, "seat"), ("121", "count", 121, "seat"), ("72", "count", 72, "seat")]),
    ("Cases by region\nNorth: 120\nSouth: 45",
     [("120", "count", 120, "case"), ("45", "count", 45, "case")]),
    ("Flights cancelled:\nHeathrow 430\nGatwick 120",
     [("430", "count", 430, "flight"), ("120", "count", 120, "flight")]),
    ("Seats won\nSNP 58\nLabour 27", [("58", "count", 58, "seat"), ("27", "count", 27, "seat")]),
    # must stay: a bare plural header; rows with a noun of their own
    ("Results:\nLabour 412\nConservatives 121",
     [("412", "number", 412, None), ("121", "number", 121, None)]),
    ("Cases by region\nNorth: 120 deaths\nSouth: 45 deaths",
     [("120", "count", 120, "death"), ("45", "count", 45, "death")]),
]  # fmt: skip


# A fronted partitive that names its group without a number ("Of the new homes,") gives the
# bare number right after it the group's plural head noun, people for a word of people.
FRONTED_GROUPS = [
    ("Of the new homes, 300 will be let at social rents.", [("300", "count", 300, "home")]),
    ("Among the injured, 12 are in a critical condition.", [("12", "count", 12, "person")]),
    ("Of those arrested, 45 were charged.", [("45", "count", 45, "person")]),
    ("Of the passengers on board, 12 were British.", [("12", "count", 12, "passenger")]),
    ("Of its stores, 40 will close.", [("40", "count", 40, "store")]),
    # must stay: no plural group; a group with its number
    ("Of the total, 40 were new.", [("40", "number", 40, None)]),
    ("Of course, 12 were late.", [("12", "number", 12, None)]),
    ("Of the 40 passengers, 12 were hurt.",
     [("40", "count", 40, "passenger"), ("12", "count", 12, "passenger")]),
]  # fmt: skip


# A bare number that restates a percentage of a group after "or" counts the group's plural
# head ("12% of pupils, or 41,000").
RESTATED_SHARES = [
    ("Some 12% of pupils, or 41,000, were absent on Monday.",
     [("Some 12%", "percent", 12, "%"), ("41,000", "count", 41000, "pupil")]),
    ("Nearly 8% of households, or 2.1 million, are behind on bills.",
     [("Nearly 8%", "percent", 8, "%"), ("2.1 million", "count", 2100000, "household")]),
    ("Some 15% of small firms, or about 90,000, closed.",
     [("Some 15%", "percent", 15, "%"), ("about 90,000", "count", 90000, "firm")]),
    # must stay: no plural group; a noun of its own
    ("Spending was 3% of GDP, or 40 billion.",
     [("3%", "percent", 3, "%"), ("40 billion", "number", 40000000000, None)]),
    ("About 9% of the electorate, or 410,000, voted early.",
     [("About 9%", "percent", 9, "%"), ("410,000", "number", 410000, None)]),
    ("About 30 percent of the workforce, or 3,000 people, will go.",
     [("About 30 percent", "percent", 30, "%"), ("3,000", "count", 3000, "person")]),
]  # fmt: skip


# A bare number before "to" + a percentage that the scanner left out of the range is its first
# end, in percent, also where a subject before a verb of change would name a count.
PERCENT_RANGES = [
    ("Fares will rise by 5 to 7 percent.",
     [("5", "percent", 5, "%"), ("7 percent", "percent", 7, "%")]),
    ("Arrests rose by 10 to 12 percent.",
     [("10", "percent", 10, "%"), ("12 percent", "percent", 12, "%")]),
    ("Rents could climb by 3 to 4.5 percentage points.",
     [("3", "percent", 3, "pp"), ("4.5 percentage points", "percent", 4.5, "pp")]),
    # must stay: a range of counts; a percentage that is no range's end
    ("Arrests rose to 10 to 12 a day.",
     [("10", "count", 10, "arrest"), ("12", "number", 12, None)]),
    ("Arrests rose by 10, or 12 percent.",
     [("10", "count", 10, "arrest"), ("12 percent", "percent", 12, "%")]),
]  # fmt: skip


# A bare number after "there" + "be" counts the last count's noun of its sentence or the one
# before, else the plural subject opening either.
EXISTENTIALS = [
    ("Polling stations open at 7 a.m. There are 41,000 across the country.",
     [("41,000", "count", 41000, "polling station")]),
    ("The city has 120 speed cameras. Last year there were 95.",
     [("120", "count", 120, "camera"), ("95", "count", 95, "camera")]),
    ("Food banks are busier than ever: there are now 2,600 in Britain.",
     [("2,600", "count", 2600, "food bank")]),
    # must stay: a noun after the number; no plural subject and no count before
    ("There are 3 reasons for this.", [("3", "count", 3, "reason")]),
    ("Inflation is high. There were 12 at the meeting.", [("12", "number", 12, None)]),
]  # fmt: skip


# A title-case headline's capitalised plural run keeps a fixed compound of its last two words
# (WordNet), as a lower-case count does.
TITLE_COMPOUNDS = [
    ("Three Fire Trucks Damaged in Warehouse Blaze", [("Three", "count", 3, "fire truck")]),
    ("Two Polling Stations Closed After Flood", [("Two", "count", 2, "polling station")]),
    ("Five Fire Engines Sent to Blaze", [("Five", "count", 5, "fire engine")]),
    # must stay: no fixed compound
    ("Seventeen Disaster Recovery Centers are open.", [("Seventeen", "count", 17, "center")]),
]  # fmt: skip


# After a fronted partitive ("Of the 4,100 farms surveyed,") a percentage of the group stays a
# percentage; a bare number still counts the group's noun.
PARTITIVE_PERCENT = [
    ("Of the 4,100 farms surveyed, 38% reported a loss.",
     [("4,100", "count", 4100, "farm"), ("38%", "percent", 38, "%")]),
    ("Of the 1,200 nurses polled, 45% backed a strike.",
     [("1,200", "count", 1200, "nurse"), ("45%", "percent", 45, "%")]),
    ("Among the 300 firms questioned, 12 percent expected to cut jobs.",
     [("300", "count", 300, "firm"), ("12 percent", "percent", 12, "%")]),
    # must stay: a bare number after the fronted partitive counts the group
    ("Of the 40 passengers, 12 were injured.",
     [("40", "count", 40, "passenger"), ("12", "count", 12, "passenger")]),
    ("Of the 90 schools inspected, 7 failed.",
     [("90", "count", 90, "school"), ("7", "count", 7, "school")]),
]  # fmt: skip


# A list of verbs and their bare objects that ends in a partitive ("lost one of their 13
# league games") counts the partitive's noun; "one" as a verb's object before a partitive of a
# numbered group is a count, not the idiom "one of the".
VERB_LISTS = [
    ("The side won 9, drew two and lost three of its 14 games.",
     [("9", "count", 9, "game"), ("two", "count", 2, "game"), ("three", "count", 3, "game"),
      ("14", "count", 14, "game")]),
    ("They won 20 and lost 4 of their 24 matches.",
     [("20", "count", 20, "match"), ("4", "count", 4, "match"), ("24", "count", 24, "match")]),
    ("The chain closed 12 and sold 3 of its 40 stores.",
     [("12", "count", 12, "store"), ("3", "count", 3, "store"), ("40", "count", 40, "store")]),
    ("Ferrari have won 8, drawn one and lost one of their 10 races.",
     [("8", "count", 8, "race"), ("one", "count", 1, "race"), ("one", "count", 1, "race"),
      ("10", "count", 10, "race")]),
    # must stay: a clause with its own subject between; the idiom after "be" or with no number
    ("He scored 12 and the team won 3 of its 5 games.",
     [("12", "number", 12, None), ("3", "count", 3, "game"), ("5", "count", 5, "game")]),
    ("Lloyds is one of the 20 largest banks.", [("20", "count", 20, "bank")]),
    ("She won one of the big races.", []),
    ("She became one of the 10 richest people.", [("10", "count", 10, "person")]),
    ("They sold one of the 3 biggest stores.", [("3", "count", 3, "store")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    SUBJECT_PHRASES
    + OBJECT_NUMBER
    + NUMBER_OF_BE
    + PARTITIVE_TABLE_NOUNS
    + BLOCK_HEADERS
    + FRONTED_GROUPS
    + RESTATED_SHARES
    + PERCENT_RANGES
    + EXISTENTIALS
    + TITLE_COMPOUNDS
    + PARTITIVE_PERCENT
    + VERB_LISTS,
)
def test_figures_s21(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# -- the word tests on a blank pipeline, tags set by hand -----------------------------------------
@pytest.mark.parametrize(
    ("words", "tags", "pos", "j", "expected"),
    [
        (["Patients", "waiting"], ["NNS", "VBG"], ["NOUN", "VERB"], 1, True),
        (["Flights", "cancelled"], ["NNS", "VBN"], ["NOUN", "VERB"], 1, True),
        (["homes", "built"], ["NNS", "VBN"], ["NOUN", "VERB"], 1, True),
        # must stay: a singular noun, a name, a finite verb
        (["Traffic", "waiting"], ["NN", "VBG"], ["NOUN", "VERB"], 1, False),
        (["Reuters", "waiting"], ["NNS", "VBG"], ["PROPN", "VERB"], 1, False),
        (["Patients", "waited"], ["NNS", "VBD"], ["NOUN", "VERB"], 1, False),
    ],
)
def test_participle_after_plural(
    words: list[str], tags: list[str], pos: list[str], j: int, expected: bool
) -> None:
    doc = spacy.blank("en")(" ".join(words))
    for t, tag, p in zip(doc, tags, pos, strict=True):
        t.tag_ = tag
        t.pos_ = p
    assert _participle_after_plural(doc, j) is expected


@pytest.mark.parametrize(
    ("words", "tags", "pos", "lemmas", "expected"),
    [
        (
            "cut the number of farms to 30",
            ["VBD", "DT", "NN", "IN", "NNS", "IN", "CD"],
            ["VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "NUM"],
            ["cut", "the", "number", "of", "farm", "to", "30"],
            "farm",
        ),
        (
            "raised its number of new stores to 40",
            ["VBD", "PRP$", "NN", "IN", "JJ", "NNS", "IN", "CD"],
            ["VERB", "PRON", "NOUN", "ADP", "ADJ", "NOUN", "ADP", "NUM"],
            ["raise", "its", "number", "of", "new", "store", "to", "40"],
            "store",
        ),
        # must stay: no "number of", a singular after it, a finite verb inside the object
        (
            "cut the cost of farms to 30",
            ["VBD", "DT", "NN", "IN", "NNS", "IN", "CD"],
            ["VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "NUM"],
            ["cut", "the", "cost", "of", "farm", "to", "30"],
            None,
        ),
        (
            "cut the number of staff to 30",
            ["VBD", "DT", "NN", "IN", "NN", "IN", "CD"],
            ["VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "NUM"],
            ["cut", "the", "number", "of", "staff", "to", "30"],
            None,
        ),
        (
            "cut the number of farms that remain to 30",
            ["VBD", "DT", "NN", "IN", "NNS", "WDT", "VBP", "IN", "CD"],
            ["VERB", "DET", "NOUN", "ADP", "NOUN", "PRON", "VERB", "ADP", "NUM"],
            ["cut", "the", "number", "of", "farm", "that", "remain", "to", "30"],
            None,
        ),
    ],
)
def test_number_of_object(
    words: str, tags: list[str], pos: list[str], lemmas: list[str], expected: str | None
) -> None:
    doc = spacy.blank("en")(words)
    for t, tag, p, lemma in zip(doc, tags, pos, lemmas, strict=True):
        t.tag_ = tag
        t.pos_ = p
        t.lemma_ = lemma
    assert _number_of_object(doc, 0, len(doc) - 1) == expected
