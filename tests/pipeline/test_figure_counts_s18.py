"""Figure fields of session 18 (issue 14): counted nouns carried over lists and gaps, and the
currency of a word several countries' currencies share.

Table-driven through the real pipeline (the rules read the tagger's parts of speech and NER's
places), one table per rule, each with cases that must stay as they are. Every sentence is
invented for these tests (none comes from a gold set). Rows: (text, [(span, kind, value, unit),
...]) for every figure in the text.
"""

from __future__ import annotations

import pytest

REF = "2025-06-01"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# A currency's word that the dateline's currency shares with others ("rupees", "pesos",
# "kroner") is the currency of the country its clause names past the dateline, where the
# sentence names no place of the dateline's country (NER's person or body of a country's own
# name counts as that country).
HOME_WORDS = [
    ("NEW DELHI, March 3 - In Pakistan, the government raised diesel to 280 rupees a litre.",
     [("280 rupees", "money", 280, "PKR")]),
    ("MEXICO CITY, May 5 - In Colombia, coffee growers were paid 1.9 million pesos a load.",
     [("1.9 million pesos", "money", 1900000, "COP")]),
    ("COPENHAGEN, Jan 8 - In Norway, the fund paid 30 billion kroner in fees.",
     [("30 billion kroner", "money", 30000000000, "NOK")]),
    # must stay: the dateline's country named too, a new clause after the other country, the
    # dateline's own country
    ("NEW DELHI, March 3 - Exports from India to Pakistan reached 900 crore rupees.",
     [("900 crore rupees", "money", 9000000000, "INR")]),
    ("NEW DELHI, March 3 - The Pakistani envoy met officials, and the ministry paid 500 rupees.",
     [("500 rupees", "money", 500, "INR")]),
    ("MEXICO CITY, May 5 - Mexico's central bank sold 40 billion pesos of bonds.",
     [("40 billion pesos", "money", 40000000000, "MXN")]),
]  # fmt: skip


# Counts listed with a modifier each share the one noun the list gives at its end, or, where it
# gives none, the noun of the count it breaks down or of a list before it in the sentence.
LIST_HEADS = [
    ("Kenya's haul of seven gold, two silver and two bronze medals was its best.",
     [("seven", "count", 7, "medal"), ("two", "count", 2, "medal"), ("two", "count", 2, "medal")]),
    ("Britain's nine medals were one gold, three silver and five bronze.",
     [("nine", "count", 9, "medal"), ("one", "count", 1, "medal"), ("three", "count", 3, "medal"),
      ("five", "count", 5, "medal")]),
    ("Norway won 16 medals, including eight gold and five silver.",
     [("16", "count", 16, "medal"), ("eight", "count", 8, "medal"), ("five", "count", 5, "medal")]),
    ("The US won 26 medals: 16 gold, 5 silver and 5 bronze.",
     [("26", "count", 26, "medal"), ("16", "count", 16, "medal"), ("5", "count", 5, "medal"),
      ("5", "count", 5, "medal")]),
    ("The county has 300 oak, 200 ash and 100 beech trees.",
     [("300", "count", 300, "tree"), ("200", "count", 200, "tree"), ("100", "count", 100, "tree")]),
    ("The firm runs 30 diesel, 12 hybrid and 8 electric buses.",
     [("30", "count", 30, "bus"), ("12", "count", 12, "bus"), ("8", "count", 8, "bus")]),
    # must stay: a list of plurals, nouns that are their own plural, a noun of the table
    ("The zoo has 12 lions, 4 tigers and 2 bears.",
     [("12", "count", 12, "lion"), ("4", "count", 4, "tiger"), ("2", "count", 2, "bear")]),
    ("The farm lost 300 sheep, 200 cattle and 40 deer.",
     [("300", "count", 300, "sheep"), ("200", "count", 200, "cattle"), ("40", "count", 40, "deer")]),
    ("The farm lost 300 sheep and 40 deer in the storm.",
     [("300", "count", 300, "sheep"), ("40", "count", 40, "deer")]),
    ("The firm has 40 staff and 12 contractors.",
     [("40", "count", 40, "staff"), ("12", "count", 12, "contractor")]),
]  # fmt: skip


# The bare object of a verb of winning or holding a tally ("took eight", "needs 61 for a
# majority") counts the noun of the count just before it, also one ending the sentence before;
# an acronym's name in a list of gapped clauses is a party's, not an index's ("the SPD 10").
TALLIES = [
    ("The Liberals won 61 seats in the 150-seat house. The Greens took nine and the Nationals four.",
     [("61", "count", 61, "seat"), ("150", "count", 150, "seat"), ("nine", "count", 9, "seat"),
      ("four", "count", 4, "seat")]),
    ("The ruling party holds 88 seats and needs 101 for a majority.",
     [("88", "count", 88, "seat"), ("101", "count", 101, "seat")]),
    ("Police arrested 45 people. The court held 12 for questioning.",
     [("45", "count", 45, "person"), ("12", "count", 12, "person")]),
    ("Labour won 45 of the 120 seats, the SNP 30 and the Greens 12.",
     [("45", "count", 45, "seat"), ("120", "count", 120, "seat"), ("30", "count", 30, "seat"),
      ("12", "count", 12, "seat")]),
    ("The SPD won 57 seats, the CDU 47 and the AfD 18.",
     [("57", "count", 57, "seat"), ("47", "count", 47, "seat"), ("18", "count", 18, "seat")]),
    ("The CDU won 42 seats, the AfD 40, the BSW 14 and the SPD 10.",
     [("42", "count", 42, "seat"), ("40", "count", 40, "seat"), ("14", "count", 14, "seat"),
      ("10", "count", 10, "seat")]),
    # a gapped clause repeats the first clause's object, not a count after a preposition
    (
        "Liverpool have 70 points from 29 games, Arsenal 61 and Chelsea 52.",
        [
            ("70", "count", 70, "point"),
            ("29", "count", 29, "game"),
            ("61", "count", 61, "point"),
            ("52", "count", 52, "point"),
        ],
    ),
    (
        "Verstappen has 400 points after 20 races, Norris 330.",
        [("400", "count", 400, "point"), ("20", "count", 20, "race"), ("330", "count", 330, "point")],
    ),
    (
        "The firm sold 300 cars in 12 cities, and Ford 200.",
        [("300", "count", 300, "car"), ("12", "count", 12, "city"), ("200", "count", 200, "car")],
    ),
    # must stay: an index's name, a noun of its own, a score, a percentage between
    ("The FTSE 100 and the CAC 40 fell, while the S&P 500 rose.", []),
    ("The club has won 14 games this season. It took three points from the trip.",
     [("14", "count", 14, "game"), ("three", "count", 3, "point")]),
    ("The team won 3-1 on Sunday and won 12 of its 20 games.",
     [("3", "number", 3, None), ("1", "number", 1, None), ("12", "count", 12, "game"),
      ("20", "count", 20, "game")]),
    ("Apple sold 20 million phones. Its shares took 3% on Monday.",
     [("20 million", "count", 20000000, "phone"), ("3%", "percent", 3, "%")]),
]  # fmt: skip

# Bowling figures after a cricket sentence ("took four for 61") are wickets for runs, also
# where the sentence names neither, and so are gapped ones after them ("Harlan three for 70").
BOWLING = [
    (("England lost their last three wickets for 33 runs. Pat Connolly took four for 61 and "
     "Josh Harlan three for 70."),
     [("three", "count", 3, "wicket"), ("33", "count", 33, "run"), ("four", "count", 4, "wicket"),
      ("61", "count", 61, "run"), ("three", "count", 3, "wicket"), ("70", "count", 70, "run")]),
    (("Starc took five wickets for 41 runs. Cummins took two for 19, Lyon three for 44 and Head "
     "one for 30."),
     [("five", "count", 5, "wicket"), ("41", "count", 41, "run"), ("two", "count", 2, "wicket"),
      ("19", "count", 19, "run"), ("three", "count", 3, "wicket"), ("44", "count", 44, "run"),
      ("one", "count", 1, "wicket"), ("30", "count", 30, "run")]),
    ("Root made 87 off 141 balls. Wood took three for 52, and Leach two for 61.",
     [("87", "count", 87, "run"), ("141", "count", 141, "ball"), ("three", "count", 3, "wicket"),
      ("52", "count", 52, "run"),
      ("two", "count", 2, "wicket"), ("61", "count", 61, "run")]),
    # must stay: no cricket sentence before (no noun is guessed)
    ("Pat Connolly took four for 61 and Josh Harlan three for 70.",
     [("four", "number", 4, None), ("61", "number", 61, None), ("three", "number", 3, None),
      ("70", "number", 70, None)]),
]  # fmt: skip


# A number after a name that closes a phrase of place opening the sentence with "the", before a
# plural noun and a verb, is the subject's count, not a designation ("Phase 1").
FRONTED_PLACES = [
    ("In the European Parliament 412 lawmakers voted for the text, 186 against and 58 abstained.",
     [("412", "count", 412, "lawmaker"), ("186", "count", 186, "lawmaker"),
      ("58", "count", 58, "lawmaker")]),
    ("In the Senate 52 senators voted for the bill.", [("52", "count", 52, "senator")]),
    ("In the Bundestag 380 deputies backed the bill.", [("380", "count", 380, "deputy")]),
    # must stay: designations
    ("In Phase 2 workers will move.", []),
    ("Expedition 31 crew members returned.", []),
]  # fmt: skip


# A bare "$" after an amount of the same sentence in a dollar marked with its country's letters
# is in that dollar (no other dollar, bracket or clause of contrast between); "the United
# States" as NER spans it names the U.S. for a bare "$" in a text from another dollar country.
DOLLARS = [
    (("LONDON, May 2 - Australia's government will spend A$2 billion on housing and $300 million "
     "on roads."),
     [("A$2 billion", "money", 2000000000, "AUD"), ("$300 million", "money", 300000000, "AUD")]),
    ("LONDON, May 2 - Canada's government will spend C$4 billion on ports and $600 million on rail.",
     [("C$4 billion", "money", 4000000000, "CAD"), ("$600 million", "money", 600000000, "CAD")]),
    ("The Singapore government will spend S$3 billion on housing, and $200 million on parks.",
     [("S$3 billion", "money", 3000000000, "SGD"), ("$200 million", "money", 200000000, "SGD")]),
    (("OTTAWA, May 2 - Canada will spend $2 billion on housing. In the United States, Congress "
     "approved $40 billion."),
     [("$2 billion", "money", 2000000000, "CAD"), ("$40 billion", "money", 40000000000, "USD")]),
    (("WELLINGTON, May 2 - Fonterra will spend $2 billion. In the United States, dairy farmers got "
     "$40 billion."),
     [("$2 billion", "money", 2000000000, "NZD"), ("$40 billion", "money", 40000000000, "USD")]),
    # must stay: a conversion in brackets, a clause of contrast, "US$" in between
    ("SINGAPORE, Dec 5 (Reuters) - DBS will pay S$1.2 billion ($900 million) for the unit.",
     [("S$1.2 billion", "money", 1200000000, "SGD"), ("$900 million", "money", 900000000, "USD")]),
    ("LONDON, May 2 - Air NZ will spend NZ$2 billion on jets, while United will spend $5 billion.",
     [("NZ$2 billion", "money", 2000000000, "NZD"), ("$5 billion", "money", 5000000000, "USD")]),
    ("LONDON, May 2 - BHP paid A$2 billion and US$1 billion, and $300 million in fees.",
     [("A$2 billion", "money", 2000000000, "AUD"), ("US$1 billion", "money", 1000000000, "USD"),
      ("$300 million", "money", 300000000, "USD")]),
]  # fmt: skip


# A compound of two nouns WordNet lists is a fixed term, kept whole, also where it is a kind of
# its head ("flight attendant", "coal mine"; models/noun_lexicon.jsonl); one whose first word is
# an activity stays its head ("fishing vessel"), and so does a modifier WordNet does not join.
COMPOUNDS = [
    ("The airline employs 4,800 flight attendants.", [("4,800", "count", 4800, "flight attendant")]),
    ("The region closed 12 coal mines last year.", [("12", "count", 12, "coal mine")]),
    ("The district bought 40 school buses.", [("40", "count", 40, "school bus")]),
    # must stay: an activity's vessel, a modifier WordNet does not join, an adjective
    ("The navy seized 25 fishing vessels.", [("25", "count", 25, "vessel")]),
    ("Doctors saw 300 flu cases.", [("300", "count", 300, "case")]),
    ("The firm opened 12 new mines.", [("12", "count", 12, "mine")]),
]  # fmt: skip

# A maker's or model's name before the noun is no unit: a token of letters and digits is a
# designation, skipped on the way to the noun ("14 Airbus H145M helicopters" -> helicopter).
PRODUCT_MODIFIERS = [
    ("Norway bought 5 Sentinel-2 satellites and 14 Airbus H145M helicopters.",
     [("5", "count", 5, "satellite"), ("14", "count", 14, "helicopter")]),
    ("The airline will lease 10 Embraer E195-E2 aircraft.", [("10", "count", 10, "aircraft")]),
    ("Police seized 3 AK47 rifles.", [("3", "count", 3, "rifle")]),
    # must stay: a plain noun after the number, a product name with no digits
    ("The navy bought six Damen patrol vessels.", [("six", "count", 6, "vessel")]),
    ("The firm built 300 new masts.", [("300", "count", 300, "mast")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    HOME_WORDS
    + LIST_HEADS
    + TALLIES
    + BOWLING
    + FRONTED_PLACES
    + DOLLARS
    + COMPOUNDS
    + PRODUCT_MODIFIERS,
)
def test_figure_counts_s18(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected
