"""Figure fields of session 20 (issue 14): the subject a bare level counts, a list's noun from
the sentence before, currency codes glued into names, the dateline of a "$" after a headline,
number words ending a gapped clause inside an NER name, and digits over digits before a plural.

Table-driven through the real pipeline (the rules read the tagger's parts of speech and NER's
places), one table per rule, each with cases that must stay as they are; the word tests run on
``spacy.blank("en")`` with the tags set by hand. Every sentence is invented for these tests
(none comes from a gold set). Rows: (text, [(span, kind, value, unit), ...]) for every figure
in the text.
"""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.figures.elided import _be_moved, _plural_opening
from briefx.pipeline.figures.names import JOINED_AFTER, numbered_editions

REF = "2025-06-01"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# The subject of a verb of change or level names what a bare number counts, also where the
# tagger read a capitalised plural opening the sentence as a name, where "be" + up/down states
# the change, and across up to three prepositional phrases after the subject's head.
SUBJECTS = [
    ("LEEDS, May 2 - Burglaries in West Yorkshire fell to 9,140 from 10,020.",
     [("9,140", "count", 9140, "burglary"), ("10,020", "count", 10020, "burglary")]),
    ("Robberies stood at 612 last year.", [("612", "count", 612, "robbery")]),
    ("Evictions in the capital climbed to 3,210.", [("3,210", "count", 3210, "eviction")]),
    ("Car thefts were down 6% at 2,870.",
     [("6%", "percent", 6, "%"), ("2,870", "count", 2870, "theft")]),
    ("Knife offences were up 4% at 1,950.",
     [("4%", "percent", 4, "%"), ("1,950", "count", 1950, "offence")]),
    ("The death toll from Tuesday's magnitude 6.8 quake in western Nepal rose to 143.",
     [("6.8", "number", 6.8, None), ("143", "count", 143, "death")]),
    ("Calls to 911 rose to 2.4 million.",
     [("911", "number", 911, None), ("2.4 million", "count", 2400000, "call")]),
    # a total, count or tally of people ("jobless", "homeless": counted_nouns.jsonl role person)
    ("The jobless total rose to 1.6 million.", [("1.6 million", "count", 1600000, "person")]),
    ("The homeless count reached 4,100.", [("4,100", "count", 4100, "person")]),
    ("The vote count reached 1.2 million.", [("1.2 million", "count", 1200000, "vote")]),
    ("Kenya's medal tally rose to 11.", [("11", "count", 11, "medal")]),
    # must stay: level nouns, also across phrases after "of"; a level the subject comes in at
    ("Bids came in at 80 and 85.", [("80", "number", 80, None), ("85", "number", 85, None)]),
    ("Prices rose 3% to 2,412.", [("3%", "percent", 3, "%"), ("2,412", "number", 2412, None)]),
    ("The price of gold in London rose to 2,412.", [("2,412", "number", 2412, None)]),
    ("The index stood at 5,120.", [("5,120", "number", 5120, None)]),
]  # fmt: skip


# A list of counts with one modifier each and no noun of its own counts the plural noun of the
# last count of the sentence before; the last member closes a list the next count does not join.
LISTS_BEFORE = [
    ("Norway topped the table with 37 medals. Sweden won six gold, five silver and seven bronze.",
     [("37", "count", 37, "medal"), ("six", "count", 6, "medal"), ("five", "count", 5, "medal"),
      ("seven", "count", 7, "medal")]),
    ("The dealer sold 40 cars in May. It sold nine red, 12 blue and eight grey.",
     [("40", "count", 40, "car"), ("nine", "count", 9, "car"), ("12", "count", 12, "car"),
      ("eight", "count", 8, "car")]),
    ("The fleet has 90 buses. It runs 30 diesel, 40 hybrid and 20 electric, and the city owns 15.",
     [("90", "count", 90, "bus"), ("30", "count", 30, "bus"), ("40", "count", 40, "bus"),
      ("20", "count", 20, "bus"), ("15", "count", 15, "bus")]),
    # must stay: one count before "N of them" is no list
    ("Staff got a bonus. The 1,900 pilots share it. It operates 189 aircraft, 22 of them leased.",
     [("1,900", "count", 1900, "pilot"), ("189", "count", 189, "aircraft"),
      ("22", "count", 22, "aircraft")]),
    # must stay: plurals after each number; a count two sentences back gives no noun (the
    # words' own reading, as before)
    ("The zoo has 40 animals. It bought two lions, three tigers and a bear.",
     [("40", "count", 40, "animal"), ("two", "count", 2, "lion"),
      ("three", "count", 3, "tiger")]),
    ("The dealer sold 40 cars in May. Prices rose. It sold nine red, 12 blue and eight grey.",
     [("40", "count", 40, "car"), ("nine", "count", 9, "red"), ("12", "count", 12, "grey"),
      ("eight", "count", 8, "grey")]),
]  # fmt: skip


# A currency code glued to a small whole number is a name where a hyphen or a hash joins it to
# a word, or where its letters are a numbered event and the edition meets near the text's date;
# codes with a scale, a space, a rate or an edition far in the future stay money.
CODE_NAMES = [
    ("Delegates boarded COP31-bound flights in Sydney.", []),
    ("Activists used the tag #COP31 all week.", []),
    ("The UN-COP31 host city was named.", []),
    ("Ministers will meet again at COP31.", []),
    # must stay money
    ("The fund raised USD5m for the project.", [("USD5m", "money", 5000000, "USD")]),
    ("Tickets cost EUR 40 each.", [("EUR 40", "money", 40, "EUR")]),
    ("Growers got COP450 per kilo.", [("COP450", "money", 450, "COP")]),
    ("Farmers got ZAR450 per tonne.", [("ZAR450", "money", 450, "ZAR")]),
]  # fmt: skip


# A bare "$" of a dollar country's text is in U.S. dollars where its sentence names a U.S. place
# past the dateline, also where a headline stands above the dateline.
DATELINE_DOLLARS = [
    ("Qantas results\n\nSYDNEY, Aug 27 - Qantas will open a $300 million lounge in Los Angeles.",
     [("$300 million", "money", 300000000, "USD")]),
    ("SYDNEY, Aug 27 - Qantas will open a $300 million lounge in Los Angeles.",
     [("$300 million", "money", 300000000, "USD")]),
    ("Plant deal\n\nTORONTO, June 3 - Magna will build a $500 million plant in Ohio.",
     [("$500 million", "money", 500000000, "USD")]),
    # must stay local: the home country named past the dateline, no U.S. place
    ("Bus deal\n\nTORONTO, June 3 - Toronto will spend $5 million on buses made in Michigan.",
     [("$5 million", "money", 5000000, "CAD")]),
    ("Budget\n\nSYDNEY, Aug 27 - The state will spend $2 billion on hospitals.",
     [("$2 billion", "money", 2000000000, "AUD")]),
]  # fmt: skip


# A lower-case number word ends a gapped clause also where NER ran it into the name before it;
# a capitalised one stays a name's.
GAPPED_WORDS = [
    ("Piastri has won seven of the 16 races, Norris five.",
     [("seven", "count", 7, "race"), ("16", "count", 16, "race"), ("five", "count", 5, "race")]),
    ("Germany sent 40 tanks and Poland sixty.",
     [("40", "count", 40, "tank"), ("sixty", "count", 60, "tank")]),
    ("Labour won 17 seats and the Greens nine.",
     [("17", "count", 17, "seat"), ("nine", "count", 9, "seat")]),
    # must stay: a capitalised number word in a name
    ("The band, the Jackson Five, sold 40 records.", [("40", "count", 40, "record")]),
]  # fmt: skip


# Digits over digits with no whole part before a plural noun count nothing: a date's or a
# designation's digits ("the 9/11 attacks"); fractions of a measure or a percentage stay.
SLASH_NAMES = [
    ("NATO invoked its treaty after the 9/11 attacks.", []),
    ("Memorials for 9/11 victims opened in New York.", []),
    ("The 7/7 bombings killed 52 people.", [("52", "count", 52, "person")]),
    # must stay: a fraction of a measure, of a percentage, of a point
    ("The pipe is 3/4 inch wide.", [("3/4 inch", "quantity", 0.75, "in")]),
    ("Prices rose 2-1/2 percent.", [("2-1/2 percent", "percent", 2.5, "%")]),
    ("Rates rose 1/4 percentage point.", [("1/4 percentage point", "percent", 0.25, "pp")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    SUBJECTS + LISTS_BEFORE + CODE_NAMES + DATELINE_DOLLARS + GAPPED_WORDS + SLASH_NAMES,
)
def test_figures_s20(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# -- the word tests on a blank pipeline, tags set by hand -----------------------------------------
@pytest.mark.parametrize(
    ("words", "tags", "i", "expected"),
    [
        (["Burglaries", "fell"], ["NNP", "VBD"], 0, "burglary"),
        (["-", "Homicides", "stood"], [":", "NNP", "VBD"], 1, "homicide"),
        (["Arrests", "rose"], ["NNP", "VBD"], 0, "arrest"),
        (["Boxes", "fell"], ["NNP", "VBD"], 0, "box"),
        # the word test alone reads any such plural (in the pipeline NER's ORG over "Reuters"
        # keeps it out: an entity other than a date is no common noun)
        (["Reuters", "said"], ["NNP", "VBD"], 0, "reuter"),
        # must stay: inside a sentence, a common noun's tag, "-ss"/"-us" endings
        (["the", "Burglaries", "fell"], ["DT", "NNP", "VBD"], 1, None),
        (["Hastings", "fell"], ["NN", "VBD"], 0, None),
        (["Congress", "voted"], ["NNP", "VBD"], 0, None),
        (["Campus", "closed"], ["NNP", "VBD"], 0, None),
    ],
)
def test_plural_opening(words: list[str], tags: list[str], i: int, expected: str | None) -> None:
    doc = spacy.blank("en")(" ".join(words))
    for t, tag in zip(doc, tags, strict=True):
        t.tag_ = tag
    assert _plural_opening(doc, doc[i]) == expected


@pytest.mark.parametrize(
    ("words", "lemmas", "pos", "i", "expected"),
    [
        (["were", "down"], ["be", "down"], ["AUX", "ADV"], 1, True),
        (["is", "up"], ["be", "up"], ["AUX", "ADV"], 1, True),
        (["was", "down"], ["be", "down"], ["AUX", "ADP"], 1, True),
        # must stay: another verb, another adverb
        (["went", "down"], ["go", "down"], ["VERB", "ADV"], 1, False),
        (["were", "out"], ["be", "out"], ["AUX", "ADV"], 1, False),
    ],
)
def test_be_moved(
    words: list[str], lemmas: list[str], pos: list[str], i: int, expected: bool
) -> None:
    doc = spacy.blank("en")(" ".join(words))
    for t, lemma, p in zip(doc, lemmas, pos, strict=True):
        t.lemma_ = lemma
        t.pos_ = p
    assert _be_moved(doc, i) is expected


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [("COP31-bound", 5, True), ("COP31-led", 5, True), ("COP31 talks", 5, False),
     ("COP31-2", 5, False), ("COP31.", 5, False)],
)  # fmt: skip
def test_joined_after(text: str, at: int, expected: bool) -> None:
    assert (JOINED_AFTER.match(text, at) is not None) is expected


def test_numbered_editions() -> None:
    assert numbered_editions()["COP"] == 1995
