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


@pytest.mark.parametrize(("text", "expected"), HOME_WORDS)
def test_figure_counts_s18(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected
