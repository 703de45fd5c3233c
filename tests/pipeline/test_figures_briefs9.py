"""Figures of modern briefs read with a wrong value or unit (issue 14, session 9).

Table-driven through the real pipeline (the rules read the tagger's parts of speech and
lemmas), one table per rule, each with cases that must stay as they are. Every sentence is
invented for these tests (none comes from a gold set). Rows: (text, [(span, kind, value,
unit), ...]) for every figure in the text.
"""

from __future__ import annotations

import pytest

REF = "2026-03-03"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# A singular noun of a level after a number ("the 15 million target") is not what it counts:
# the count before it in the sentence names that (models/counted_nouns.jsonl role benchmark).
BENCHMARKS = [
    ("1.6 million electric cars are on the road, far short of the 15 million target.",
     [("1.6 million", "count", 1_600_000, "car"), ("15 million", "count", 15_000_000, "car")]),
    ("Sales reached 980,000 homes, close to the 1 million mark.",
     [("980,000", "count", 980_000, "home"), ("1 million", "count", 1_000_000, "home")]),
    ("The party won 212 seats, short of the 226 threshold.",
     [("212", "count", 212, "seat"), ("226", "count", 226, "seat")]),
    # must stay: a plural noun is counted ("15 targets")
    ("Shooters hit 15 targets in the final.", [("15", "count", 15, "target")]),
]  # fmt: skip

# Plurals whose lemma the tagger gets wrong are read from the table ("doses" -> "dose").
PLURAL_LEMMAS = [
    ("The agency has shipped 1.2 million doses of vaccine.",
     [("1.2 million", "count", 1_200_000, "dose")]),
    ("The bill scraps 12 taxes on fuel.", [("12", "count", 12, "tax")]),
    ("The army will close three bases.", [("three", "count", 3, "base")]),
    # must stay: a plural in "-ses" the tagger reads right
    ("Officials confirmed 40 cases.", [("40", "count", 40, "case")]),
]  # fmt: skip

# A capitals dateline that leaves out the accent is the accented (larger) city: its dollar.
ACCENTLESS_DATELINES = [
    ("MONTREAL, Oct 3 - The carrier signed a deal worth about $2.7 billion.",
     [("about $2.7 billion", "money", 2_700_000_000, "CAD")]),
    ("MONTREAL, Oct 3 - Shares fell 4% to $71.45.",
     [("4%", "percent", 4, "%"), ("$71.45", "money", 71.45, "CAD")]),
    # must stay: "US$" names the U.S. dollar wherever the dateline is
    ("MONTREAL, Oct 3 - The firm raised US$500 million.",
     [("US$500 million", "money", 500_000_000, "USD")]),
]  # fmt: skip


# A number glued to "m" before a plural noun, past adjectives and singular nouns of a compound,
# is million; before a singular noun or an adjective of size it stays metres.
GLUED_MILLION = [
    ("The carrier has 5.2m fibre lines.", [("5.2m", "count", 5_200_000, "line")]),
    ("The firm sold 3.2m electric vehicle batteries.",
     [("3.2m", "count", 3_200_000, "battery")]),
    ("Floods threaten 2m coastal homes.", [("2m", "count", 2_000_000, "home")]),
    # must stay: metres
    ("The crane lifted a 3.5m steel beam.", [("3.5m", "quantity", 3.5, "m")]),
    ("The wall is 5.2m high.", [("5.2m", "quantity", 5.2, "m")]),
]  # fmt: skip

# "half a point" in a sentence of rates or percentages is half a percentage point.
HALF_A_POINT = [
    ("The bank cut rates by half a point in May.", [("half a point", "percent", 0.5, "pp")]),
    ("Yields on 10-year bonds rose half a point.", [("half a point", "percent", 0.5, "pp")]),
    ("Inflation eased to 3% after falling half a point.",
     [("3%", "percent", 3, "%"), ("half a point", "percent", 0.5, "pp")]),
    # must stay: no rate in the sentence
    ("Spain scored half a point more than Italy.", []),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    BENCHMARKS + PLURAL_LEMMAS + ACCENTLESS_DATELINES + GLUED_MILLION + HALF_A_POINT,
)
def test_brief_figures(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected
