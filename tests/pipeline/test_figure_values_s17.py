"""Figure values of session 17 (issue 14): the fields of figures in ordinary news prose.

Table-driven through the real pipeline (the rules read the tagger's parts of speech), one table
per rule, each with cases that must stay as they are. Every sentence is invented for these tests
(none comes from a gold set). Rows: (text, [(span, kind, value, unit), ...]) for every figure in
the text; the hedge table also checks the comparator and the approximate flag.
"""

from __future__ import annotations

import pytest

REF = "2025-11-20"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# An irregular plural of the noun lexicon (WordNet) that the tagger read as an adjective right
# after a number is the counted noun, not a word before it ("40,000 geese at 14 farms").
IRREGULAR_PLURALS = [
    ("The flock of 300 ducks and 120 geese at the lake was culled.",
     [("300", "count", 300, "duck"), ("120", "count", 120, "goose")]),
    ("Volunteers rescued 300 cats and 1,200 geese at the shelter.",
     [("300", "count", 300, "cat"), ("1,200", "count", 1200, "goose")]),
    ("The storm killed 2,000 chickens and 400 geese at farms nearby.",
     [("2,000", "count", 2000, "chicken"), ("400", "count", 400, "goose")]),
    # must stay: an adjective before its noun, an irregular plural the tagger read as a noun
    ("The firm built 12 new homes at the site.", [("12", "count", 12, "home")]),
    ("The lab bred 500 rats and 2,000 mice at its site.",
     [("500", "count", 500, "rat"), ("2,000", "count", 2000, "mouse")]),
]  # fmt: skip

# A hyphenated plural whose first word takes the plural (WordNet's noun.exc, now in the noun
# lexicon) is counted whole: "two passers-by" -> "passer-by", not "passer".
HYPHENED_PLURALS = [
    ("Three fishermen are missing and two passers-by were hurt.",
     [("Three", "count", 3, "fisherman"), ("two", "count", 2, "passer-by")]),
    ("The contest named three runners-up and drew 40 hangers-on.",
     [("three", "count", 3, "runner-up"), ("40", "count", 40, "hanger-on")]),
    ("The court heard from four brothers-in-law of the accused.",
     [("four", "count", 4, "brother-in-law")]),
    # must stay: a plural in a hyphenated modifier (the head after it), a noun and a name
    ("The firm cut 300 jobs-related costs.", [("300", "count", 300, "cost")]),
    ("Police stopped 12 drivers on the A-road.", [("12", "count", 12, "driver")]),
]  # fmt: skip

# "N of them NOUN": the part names its own noun ("4,500 people, 1,100 of them children"); with
# a phrase or an adverb after "of them" the part counts the whole's noun, as before.
PART_NOUNS = [
    ("Floods forced more than 4,500 people from their homes, 1,100 of them children.",
     [("more than 4,500", "count", 4500, "person"), ("1,100", "count", 1100, "child")]),
    ("The ship carried 420 passengers, 150 of them foreign nationals.",
     [("420", "count", 420, "passenger"), ("150", "count", 150, "national")]),
    ("Police detained 60 protesters, 12 of them women, on Friday.",
     [("60", "count", 60, "protester"), ("12", "count", 12, "woman")]),
    ("The plant will employ 2,300 people, 400 of whom are engineers.",
     [("2,300", "count", 2300, "person"), ("400", "count", 400, "engineer")]),
    # must stay: a phrase, an adverb or an adjective alone after "of them"
    ("The school has 900 pupils, 120 of whom were absent.",
     [("900", "count", 900, "pupil"), ("120", "count", 120, "pupil")]),
    ("Officials reported 1,240 cases in 14 countries, 310 of them in Sudan.",
     [("1,240", "count", 1240, "case"), ("14", "count", 14, "country"),
      ("310", "count", 310, "case")]),
    ("Nine sailors were hurt, two of them seriously, when a cannon struck.",
     [("Nine", "count", 9, "sailor"), ("two", "count", 2, "sailor")]),
]  # fmt: skip

# An amount restated in brackets in another currency or unit does not hide the first amount
# from a bare amount set against it: the bare one takes the first one's currency or unit.
RESTATED_AMOUNTS = [
    ("Operating profit rose to €1.36 billion ($1.47 billion) from 1.12 billion.",
     [("€1.36 billion", "money", 1360000000, "EUR"), ("$1.47 billion", "money", 1470000000, "USD"),
      ("1.12 billion", "money", 1120000000, "EUR")]),
    ("Albion's revenue rose to £2.1bn ($2.7bn) from 1.9bn a year earlier.",
     [("£2.1bn", "money", 2100000000, "GBP"), ("$2.7bn", "money", 2700000000, "USD"),
      ("1.9bn", "money", 1900000000, "GBP")]),
    ("The mine produced 41 million tonnes (45 million short tons) against 38 million in 2024.",
     [("41 million tonnes", "quantity", 41000000, "t"),
      ("45 million short tons", "quantity", 45000000, "ton"),
      ("38 million", "quantity", 38000000, "t")]),
    # "on sales of": a bare scaled amount after money in its clause takes its currency
    ("Profit fell to 1.9 billion Swiss francs from 2.3 billion, on sales of 12 billion.",
     [("1.9 billion Swiss francs", "money", 1900000000, "CHF"),
      ("2.3 billion", "money", 2300000000, "CHF"), ("12 billion", "money", 12000000000, "CHF")]),
    ("Net income was ¥80 billion, on revenue of 1.2 trillion.",
     [("¥80 billion", "money", 80000000000, "JPY"),
      ("1.2 trillion", "money", 1200000000000, "JPY")]),
    ("The firm lost €40 million on 2.1 billion of loans.",
     [("€40 million", "money", 40000000, "EUR"), ("2.1 billion", "money", 2100000000, "EUR")]),
    ("It spent $2 billion on 3 million doses.",
     [("$2 billion", "money", 2000000000, "USD"), ("3 million", "count", 3000000, "dose")]),
    # must stay: a count after the bracket, a bare amount with no word of comparison
    ("The bank lent €4 billion ($4.3 billion) to 1,200 firms.",
     [("€4 billion", "money", 4000000000, "EUR"), ("$4.3 billion", "money", 4300000000, "USD"),
      ("1,200", "count", 1200, "firm")]),
    ("Sales hit ¥900 billion ($6 billion), and the firm hired 300 people.",
     [("¥900 billion", "money", 900000000000, "JPY"), ("$6 billion", "money", 6000000000, "USD"),
      ("300", "count", 300, "person")]),
]  # fmt: skip


# A bare amount compared with money or a measure past a percentage between them takes its
# currency or unit ("$4.4 billion in May, down 3% from 4.5 billion"); one compared with an
# amount in a minor unit is in that unit too ("55 cents a share, up from 50" -> 0.50).
CARRIED_PAST = [
    ("Spending rose to R$110 billion, or 1.1% of GDP, from 96 billion.",
     [("R$110 billion", "money", 110000000000, "BRL"), ("1.1%", "percent", 1.1, "%"),
      ("96 billion", "money", 96000000000, "BRL")]),
    ("Exports reached $4.4 billion in May, down 3% from 4.5 billion in April.",
     [("$4.4 billion", "money", 4400000000, "USD"), ("3%", "percent", 3, "%"),
      ("4.5 billion", "money", 4500000000, "USD")]),
    ("Output rose to 2.1 million tonnes, up 5% from 2 million.",
     [("2.1 million tonnes", "quantity", 2100000, "t"), ("5%", "percent", 5, "%"),
      ("2 million", "quantity", 2000000, "t")]),
    ("The firm paid a dividend of 55 cents a share, up from 50.",
     [("55 cents", "money", 0.55, "USD"), ("50", "money", 0.5, "USD")]),
    ("The board raised the payout to 18.4p from 17.2.",
     [("18.4p", "money", 0.184, "GBP"), ("17.2", "money", 0.172, "GBP")]),
    ("Petrol rose to 142.5p a litre from 139.9.",
     [("142.5p", "money", 1.425, "GBP"), ("139.9", "money", 1.399, "GBP")]),
    # must stay: a year or a count after the percentage; an amount in the currency itself
    ("Sales hit £3bn, up 4% from 12 stores.",
     [("£3bn", "money", 3000000000, "GBP"), ("4%", "percent", 4, "%"),
      ("12", "count", 12, "store")]),
    ("Sales rose to £3bn, up 4% from 2019.",
     [("£3bn", "money", 3000000000, "GBP"), ("4%", "percent", 4, "%")]),
    ("Brent rose to $73.15 a barrel, against 72.10 a day earlier.",
     [("$73.15", "money", 73.15, "USD"), ("72.10", "money", 72.1, "USD")]),
]  # fmt: skip

# "one" as the head of a noun phrase of an article or a number and an adjective stands for a
# noun named before: a pronoun, no count ("one Swedish one", "a new one").
PRONOUN_ONE = [
    ("Three German carmakers and one Swedish one lobbied against them.",
     [("Three", "count", 3, "carmaker"), ("one", "count", 1, "carmaker")]),
    ("The firm closed two old plants and opened a new one in Ohio.",
     [("two", "count", 2, "plant")]),
    ("Voters rejected the old budget and backed a cheaper one.", []),
    # must stay: "one" before its noun, after a hedge, after an adverb
    ("At least one new school will open, and only one will close.",
     [("At least one", "count", 1, "school"), ("one", "count", 1, "school")]),
    ("The club has 12 coaches and one new physio.",
     [("12", "count", 12, "coach"), ("one", "count", 1, "physio")]),
]  # fmt: skip


# A singular noun after a number above one, set beside a second number with a modifier and a
# plural noun, modifies that plural as the second modifier does: both count the plural.
SHARED_HEADS = [
    ("Volunteers planted 12,000 oak and 8,000 beech saplings.",
     [("12,000", "count", 12000, "sapling"), ("8,000", "count", 8000, "sapling")]),
    ("The city runs 40 diesel and 25 electric buses.",
     [("40", "count", 40, "bus"), ("25", "count", 25, "bus")]),
    ("The region has 300 coal and 120 gas plants.",
     [("300", "count", 300, "plant"), ("120", "count", 120, "plant")]),  # s18: one shared noun
    # must stay: a head of the counted nouns table, a plural right after the second number
    ("The firm hired 40 staff and 12 new contractors.",
     [("40", "count", 40, "staff"), ("12", "count", 12, "contractor")]),
    ("The firm has 40 staff and 12 contractors.",
     [("40", "count", 40, "staff"), ("12", "count", 12, "contractor")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    IRREGULAR_PLURALS
    + HYPHENED_PLURALS
    + PART_NOUNS
    + RESTATED_AMOUNTS
    + PRONOUN_ONE
    + SHARED_HEADS
    + CARRIED_PAST,
)
def test_figure_values_s17(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# Hedges of ordinary prose (models/hedges.jsonl): inside the span, with their bound.
HEDGES = [
    ("Nearly 600 firefighters and the best part of 200 soldiers fought the fires.",
     "the best part of 200", 200, "<", True),
    ("The council spent the better part of £40 million on roads.",
     "the better part of £40 million", 40000000, "<", True),
    ("Inflation was a shade under 4% in May.", "a shade under 4%", 4, "<", True),
    ("The new line runs just short of 90 km.", "just short of 90 km", 90, "<", True),
    ("Turnout was a touch over 70% in the capital.", "a touch over 70%", 70, ">", True),
    ("The fund raised well short of $3 million.", "well short of $3 million", 3000000, "<", False),
    ("Shares closed a shade above 140p after touching 152p.", "a shade above 140p", 1.4, ">",
     True),
    ("Growth was a touch below 2% in the quarter.", "a touch below 2%", 2, "<", True),
    # must stay: the hedges that were there before
    ("Exports reached just shy of 2 million barrels.", "just shy of 2 million barrels", 2000000,
     "<", True),
    ("Manila lodged north of 200 protests.", "north of 200", 200, ">", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "comparator", "approximate"), HEDGES)
def test_hedges_s17(  # type: ignore[no-untyped-def]
    run, text: str, span: str, value: float, comparator: str, approximate: bool
) -> None:
    found = [f for f in run(text, reference_date=REF).figures if f.text == span]
    assert [(f.value, f.comparator, f.approximate) for f in found] == [
        (value, comparator, approximate)
    ]


# -- _hyphened_plural on a blank pipeline: the glued run the lexicon names ----------------------

HYPHENED_RUNS = [
    ("two passers-by were hurt", 1, "passer-by"),
    ("four mothers-in-law came", 1, "mother-in-law"),
    ("three runners-up won", 1, "runner-up"),
    # untouched: spaced hyphen, no compound of the lexicon, a singular
    ("two passers - by were hurt", 1, None),
    ("300 jobs-related costs", 1, None),
    ("a passer-by was hurt", 1, None),
]


@pytest.mark.parametrize(("text", "i", "expected"), HYPHENED_RUNS)
def test_hyphened_plural(text: str, i: int, expected: str | None) -> None:
    import spacy

    from briefx.pipeline.figures.nouns import _hyphened_plural

    doc = spacy.blank("en")(text)
    assert _hyphened_plural(doc, doc[i]) == expected
