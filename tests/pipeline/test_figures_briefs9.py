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


# A hedge of several words is a modifier of the number, also after a verb of change; a lone
# preposition a verb of change governs stays out of the span ("fell below 3%").
HEDGES_AFTER_CHANGE = [
    ("Shares jumped as much as 12% on Monday.", [("as much as 12%", "percent", 12, "%")]),
    ("The index rose more than 2% in May.", [("more than 2%", "percent", 2, "%")]),
    ("Bonds fell at least 1.5% last week.", [("at least 1.5%", "percent", 1.5, "%")]),
    # must stay: a preposition, "up" + "to" after a verb that "up" completes
    ("Exports fell below 3% in June.", [("3%", "percent", 3, "%")]),
    ("Inflation ticked up to 4.4% in June.", [("4.4%", "percent", 4.4, "%")]),
]  # fmt: skip

# "N more" counts more of the last count, also where that count ends a range.
MORE_AFTER_A_RANGE = [
    ("Between 40 and 50 ships were waiting, and up to 30 more were expected.",
     [("40", "count", 40, "ship"), ("50", "count", 50, "ship"), ("up to 30", "count", 30, "ship")]),
    ("The firm hired 200-250 engineers and will add 100 more.",
     [("200", "count", 200, "engineer"), ("250", "count", 250, "engineer"),
      ("100", "count", 100, "engineer")]),
    ("The clinic took 10 to 12 nurses and wants 5 more.",
     [("10", "count", 10, "nurse"), ("12", "count", 12, "nurse"), ("5", "count", 5, "nurse")]),
    # must stay: a score is no count
    ("The score was 2-1 and 3 more goals followed.",
     [("2", "number", 2, None), ("1", "number", 1, None), ("3", "count", 3, "goal")]),
]  # fmt: skip

# "stumps" (the close of a day's play) makes a sentence a cricket report.
CRICKET_STUMPS = [
    ("India scored 445 all out and Australia reached 51 for four at stumps.",
     [("445", "count", 445, "run"), ("51", "count", 51, "run"), ("four", "count", 4, "wicket")]),
    ("Pakistan were 210 for six at stumps.",
     [("210", "count", 210, "run"), ("six", "count", 6, "wicket")]),
    ("England closed on 98 for two at stumps.",
     [("98", "count", 98, "run"), ("two", "count", 2, "wicket")]),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    BENCHMARKS
    + PLURAL_LEMMAS
    + ACCENTLESS_DATELINES
    + GLUED_MILLION
    + HALF_A_POINT
    + HEDGES_AFTER_CHANGE
    + MORE_AFTER_A_RANGE
    + CRICKET_STUMPS,
)
def test_brief_figures(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected
