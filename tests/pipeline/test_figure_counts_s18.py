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


@pytest.mark.parametrize(("text", "expected"), HOME_WORDS + LIST_HEADS)
def test_figure_counts_s18(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected
