"""Counts of session 34 (issue 14, counts21): a bare number whose counted noun stands in the
sentence before, reached through a short fronted phrase or a pronoun subject, or in a long label
before a colon.

Table-driven through the real pipeline (the rules read the tagger's parts of speech), one table
per rule, each with cases that must stay as they are. Every sentence is invented for these tests
(none comes from a gold set). Rows: (text, [(span, kind, value, unit), ...]) for every figure.
"""

from __future__ import annotations

import pytest

REF = "2026-12-01"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# counts._fronted_subject: the subject number after a fronted phrase of adverbs, or of at most
# four words closed by a comma that open with a preposition, a conjunction or an adverb.
FRONTED_SUBJECT = [
    ("The council planted 5,000 trees in the spring. So far 4,200 have taken root.",
     [("5,000", "count", 5000, "tree"), ("4,200", "count", 4200, "tree")]),
    ("Rescuers pulled 73 survivors from the rubble. Of those, 18 remain in hospital.",
     [("73", "count", 73, "survivor"), ("18", "count", 18, "survivor")]),
    ("The port turned away 30 ships in March. By the weekend, 22 had unloaded elsewhere.",
     [("30", "count", 30, "ship"), ("22", "count", 22, "ship")]),
    ("The regulator opened 45 inquiries in 2025. Since then, 9 have been closed.",
     [("45", "count", 45, "inquiry"), ("9", "count", 9, "inquiry")]),
    # must stay: a number named, a noun after the number, no count before
    ("The firm has 40 stores. For the board, 3 is the magic number.",
     [("40", "count", 40, "store"), ("3", "number", 3, None)]),
    ("Police arrested 45 people. On Tuesday, 3 officers were suspended.",
     [("45", "count", 45, "person"), ("3", "count", 3, "officer")]),
    ("Shares rose 4% in May. So far 12 have been sold.",
     [("4%", "percent", 4, "%"), ("12", "number", 12, None)]),
]  # fmt: skip

# counts._pronoun_object: the bare object of a verb whose subject, opening the sentence, is
# "it", "they" or "we" (auxiliaries and adverbs between), not a verb of being, change or tally.
PRONOUN_OBJECT = [
    ("The airline flies 60 routes. It will add 14 next spring.",
     [("60", "count", 60, "route"), ("14", "count", 14, "route")]),
    ("The chain runs 210 stores. It has also opened 25 this year.",
     [("210", "count", 210, "store"), ("25", "count", 25, "store")]),
    ("The charity trained 500 teachers last year. We expect 650 by June.",
     [("500", "count", 500, "teacher"), ("650", "count", 650, "teacher")]),
    # must stay: a verb of change, a verb of being, a noun after the number, a noun subject
    ("The index lists 120 firms. It rose 3 in October.",
     [("120", "count", 120, "firm"), ("3", "number", 3, None)]),
    ("The club sold 900 tickets. It was 40 years old.",
     [("900", "count", 900, "ticket")]),
    ("The fund backed 12 farms. It also hired 4 advisers.",
     [("12", "count", 12, "farm"), ("4", "count", 4, "adviser")]),
    ("The mill employs 300 staff. Managers expect 20 next week.",
     [("300", "count", 300, "staff"), ("20", "number", 20, None)]),
]  # fmt: skip


# tables.LONG_HEADER_LINE: a label of five to seven words before a colon and its number, only
# adjectives, nouns, prepositions and determiners before its plural noun.
LONG_HEADER = [
    ("Measles update\n\nTotal deaths confirmed so far: 14",
     [("14", "count", 14, "death")]),
    ("Number of families still without power: 1,250",
     [("1,250", "count", 1250, "family")]),
    ("Total pupils sent home from school: 430",
     [("430", "count", 430, "pupil")]),
    # must stay: a sentence before a colon (a verb or a name before the noun), a long line
    # with no plural, a short header as before
    ("The mayor told waiting reporters on Monday: 12 is too many.",
     [("12", "number", 12, None)]),
    ("Ana Ruiz of the red cross volunteers: 40",
     [("40", "number", 40, None)]),
    ("Level of the river at the bridge: 4",
     [("4", "number", 4, None)]),
    ("Homes flooded: 300", [("300", "count", 300, "home")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRONTED_SUBJECT + PRONOUN_OBJECT + LONG_HEADER)
def test_figure_counts_counts21(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected
