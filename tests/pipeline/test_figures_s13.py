"""Figures of session 13 (issue 14): the dollar a bare "$" means, headers and Title Case plurals.

Table-driven through the real pipeline (the rules read the tagger's parts of speech), one table
per rule, each with cases that must stay as they are. Every sentence is invented for these
tests (none comes from a gold set). Rows: (text, [(span, kind, value, unit), ...]) for every
figure in the text.
"""

from __future__ import annotations

import pytest

REF = "2026-06-10"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# A bare "$" in copy from a dollar country is the U.S. dollar where what it prices is priced in
# U.S. dollars the world over: a world price after it, a traded good or a multilateral lender
# in its clause, brackets after an amount in another currency, cents moved to such an amount.
WORLD_PRICED = [
    ("PERTH, June 9 - Crude oil rose to $81.20 a barrel.",
     [("$81.20", "money", 81.2, "USD")]),
    ("OTTAWA, June 9 - Spot prices climbed to $2,290 an ounce.",
     [("$2,290", "money", 2290, "USD")]),
    ("AUCKLAND, June 9 - Skim milk powder fetched $2,800 a tonne.",
     [("$2,800", "money", 2800, "USD")]),
    ("SINGAPORE, June 9 - Soybeans fell 6 cents to $11.40 a bushel.",
     [("6 cents", "money", 0.06, "USD"), ("$11.40", "money", 11.4, "USD")]),
    ("TORONTO, June 9 - Silver slipped to $29.80 in early trade.",
     [("$29.80", "money", 29.8, "USD")]),
    ("SYDNEY, June 9 - Bitcoin fell 4% to $96,500 overnight.",
     [("4%", "percent", 4, "%"), ("$96,500", "money", 96500, "USD")]),
    ("SINGAPORE, June 9 - The IMF will lend Mongolia $300 million.",
     [("$300 million", "money", 300_000_000, "USD")]),
    ("WELLINGTON, June 9 - The Asian Development Bank approved a $90 million loan for Tonga.",
     [("$90 million", "money", 90_000_000, "USD")]),
    ("HONG KONG, June 9 - The bank raised HK$7.8 billion ($1 billion) from the sale.",
     [("HK$7.8 billion", "money", 7_800_000_000, "HKD"),
      ("$1 billion", "money", 1_000_000_000, "USD")]),
    # must stay local: local prices, a clause after "and", a "US$" in the text, a firm's name
    ("MELBOURNE, June 9 - Diesel cost $2.15 a litre.", [("$2.15", "money", 2.15, "AUD")]),
    ("OTTAWA, June 9 - The carbon price will rise to $95 a tonne.",
     [("$95", "money", 95, "CAD")]),
    ("AUCKLAND, June 9 - The waste levy doubles to $60 a tonne.", [("$60", "money", 60, "NZD")]),
    ("CALGARY, June 9 - The budget assumes oil at $70 a barrel and a deficit of $3 billion.",
     [("$70", "money", 70, "USD"), ("$3 billion", "money", 3_000_000_000, "CAD")]),
    ("PERTH, June 9 - Gold hit US$2,400 an ounce, and royalties reached $1 billion.",
     [("US$2,400", "money", 2400, "USD"), ("$1 billion", "money", 1_000_000_000, "AUD")]),
    ("SYDNEY, June 9 - Australia pledged $20 million to the fund.",
     [("$20 million", "money", 20_000_000, "AUD")]),
    ("TORONTO, June 9 - Gold Fields Canada paid $40 million for the site.",
     [("$40 million", "money", 40_000_000, "CAD")]),
    ("SINGAPORE, June 9 - The fine was $4,000.", [("$4,000", "money", 4000, "SGD")]),
]  # fmt: skip

# With no dateline, a bare "$" is the dollar of the one country the text names only where two of
# its places are named; a text naming the country once writes from elsewhere, in U.S. dollars.
NAMED_ONCE = [
    ("Shell's floating gas plant off Australia cost $12 billion.",
     [("$12 billion", "money", 12_000_000_000, "USD")]),
    ("A Texas firm bought a stake in a mine in Canada for $300 million.",
     [("$300 million", "money", 300_000_000, "USD")]),
    ("The miner sold its assets in New Zealand for $150 million.",
     [("$150 million", "money", 150_000_000, "USD")]),
    # must stay: two places of the country, a currency other than a dollar
    ("Canada will spend $2 billion on clinics in Manitoba.",
     [("$2 billion", "money", 2_000_000_000, "CAD")]),
    ("South Africa's budget lifts spending to R2.59 trillion.",
     [("R2.59 trillion", "money", 2_590_000_000_000, "ZAR")]),
]  # fmt: skip

# A header after a bullet, a capitalised plural header and a column between pipes count their
# noun; a pipe is never the counted noun.
HEADERS = [
    ("Results:\n• Branches: 120\n• Stores: 4,300",
     [("120", "count", 120, "branch"), ("4,300", "count", 4300, "store")]),
    ("Damage:\n- Bridges destroyed: 14\n- Schools shut: 230",
     [("14", "count", 14, "bridge"), ("230", "count", 230, "school")]),
    ("Depot   Buses   Drivers\nNorth   41      88",
     [("41", "count", 41, "bus"), ("88", "count", 88, "driver")]),
    ("Province | Cases | Deaths\nEquateur | 1,204 | 45",
     [("1,204", "count", 1204, "case"), ("45", "count", 45, "death")]),
    ("| Port | Ships |\n| Alpha | 14 |", [("14", "count", 14, "ship")]),
    ("Town | Homes\nNorth | 1,204", [("1,204", "count", 1204, "home")]),
    ("Toll:\nDeaths — 57\nHomes damaged — 3,400",
     [("57", "count", 57, "death"), ("3,400", "count", 3400, "home")]),
    ("Tally\nBridges - 12\nRoads – 40", [("12", "count", 12, "bridge"), ("40", "count", 40, "road")]),
    # must stay: no plural in the header
    ("Summary:\n• Turnout: 64%\n• Net profit: 12", [("64%", "percent", 64, "%"),
                                                      ("12", "number", 12, None)]),
]  # fmt: skip

# Rows of a name and a number, one under another, are results, not designations.
RESULT_ROWS = [
    ("Seats\nLabour 412\nConservative 121\nLib Dem 72",
     [("412", "number", 412, None), ("121", "number", 121, None), ("72", "number", 72, None)]),
    ("Medals\nKenya 11\nEthiopia 9", [("11", "number", 11, None), ("9", "number", 9, None)]),
    ("Votes\n• Greens 1,204\n• Reds 988", [("1,204", "number", 1204, None), ("988", "number", 988, None)]),
    # must stay: a designation alone on its line, or in running text
    ("The rocket flew.\nPhase 3\nThe crew rested.", []),
    ("The crew of Expedition 31 landed.", []),
]  # fmt: skip

# Title Case plurals: irregular lemmas and "-uses"; digit groups are no designation; "-odd".
TITLE_PLURALS = [
    ("Floods Leave Four Women Stranded", [("Four", "count", 4, "woman")]),
    ("Police Question Three Men Over Fire", [("Three", "count", 3, "man")]),
    ("Storm Forces 2,500 Families From Homes", [("2,500", "count", 2500, "family")]),
    ("The firm bought 30-odd ships last year.", [("30-odd", "count", 30, "ship")]),
    ("About 40-odd fans waited outside.", [("About 40-odd", "count", 40, "fan")]),
    # must stay: a designation, a plural in -uses after a vowel
    ("The crew of Expedition 31 landed.", []),
    ("Officials listed 12 causes of the fire.", [("12", "count", 12, "cause")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), WORLD_PRICED + NAMED_ONCE + HEADERS + RESULT_ROWS + TITLE_PLURALS
)
def test_figures_s13(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected
