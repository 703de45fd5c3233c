"""Figures of weather, disaster, science and sport (issue 14, session 11).

Table-driven through the real pipeline (the rules read the tagger's parts of speech), one table
per rule, each with cases that must stay as they are. Every sentence is invented for these tests
(none comes from a gold set). Rows: (text, [(span, kind, value, unit), ...]) for every figure.
"""

from __future__ import annotations

import pytest

REF = "2026-03-03"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# An ordinal of placing or rank after a verb or preposition is an ordinal figure: it stands for
# "Nth place", as OntoNotes tags it (the lead's decision; session 10's rule read it the other way).
PLACINGS = [
    ("The visitors finished second in the group.", [("second", "ordinal", 2, None)]),
    ("Norway came in third at the relay.", [("third", "ordinal", 3, None)]),
    ("The club are fourth in the standings.", [("fourth", "ordinal", 4, None)]),
    ("The university is ranked fifth nationally.", [("fifth", "ordinal", 5, None)]),
    ("The rider, who started 16th, climbed to seventh.",
     [("16th", "ordinal", 16, None), ("seventh", "ordinal", 7, None)]),
    ("Oslo ranks first of the nine cities surveyed.",
     [("first", "ordinal", 1, None), ("nine", "count", 9, "city")]),
    ("The party, which came second, gained seats.", [("second", "ordinal", 2, None)]),
    ("Mercedes are first, Ferrari second and Alpine third.",
     [("first", "ordinal", 1, None), ("second", "ordinal", 2, None),
      ("third", "ordinal", 3, None)]),
    # must stay: an ordinal before its noun, and "the first" standing for the first one
    ("It was her third title and the first was in 2019.",
     [("third", "ordinal", 3, None), ("first", "ordinal", 1, None)]),
]  # fmt: skip

# Discourse adverbs opening a clause, "first" for "for the first time" before a verb, "at
# first", and "second" as a time unit after a number are no figures.
NOT_PLACINGS = [
    ("First, we must rebuild the bridges, the mayor said.", []),
    ("First we must count the damage.", []),
    ("Second, the plan cuts fares.", []),
    ("“Third, we will hire nurses,” she said.", []),
    ("She first met the coach in a cafe.", []),
    ("The lake was first mapped by surveyors.", []),
    ("At first, the fire spread slowly.", []),
    ("He took a five-second penalty.", []),
    ("The team received a 10-second penalty.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACINGS + NOT_PLACINGS)
def test_figures_s11(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected
