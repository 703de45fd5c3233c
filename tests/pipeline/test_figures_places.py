"""Places in a ranking and one-letter temperatures through the real pipeline (issue 14).

An ordinal after a verb of placing is a place, not an adverb ("finished second"); a digit
ordinal is never an adverb and never a designation ("Italy 3rd"). A capital "C" or "F" glued
to a number is degrees, unless a noun numbered with letters comes before ("Row 5C").
Invented texts, three or more per family, with cases that must stay untouched.
"""

from __future__ import annotations

import pytest

REF = "2025-02-13"


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word ordinal after a verb of placing, with "in"/"to"/"from" between or not
        ("Greece finished second.", [("second", "ordinal", 2, None)]),
        ("Norris came in third, ahead of Leclerc.", [("third", "ordinal", 3, None)]),
        ("The yen slipped to fourth.", [("fourth", "ordinal", 4, None)]),
        ("Japan ranked fifth.", [("fifth", "ordinal", 5, None)]),
        ("He came first.", [("first", "ordinal", 1, None)]),
        # a digit ordinal after a name closes a list item
        ("Greece finished second, Italy 3rd.",
         [("second", "ordinal", 2, None), ("3rd", "ordinal", 3, None)]),
        ("Results: Kenya 1st, Ethiopia 2nd, Uganda 3rd",
         [("1st", "ordinal", 1, None), ("2nd", "ordinal", 2, None), ("3rd", "ordinal", 3, None)]),
        ("Mexico were 3rd.", [("3rd", "ordinal", 3, None)]),
        # must stay: adverbs of sequence and time, designations with cardinals
        ("First, we must act.", []),
        ("It was first reported on Monday.", []),
        ("She first arrived in town last year.", []),
        ("Second, the plan fails.", []),
        ("The Phase 3 trial ended.", []),
    ],
)  # fmt: skip
def test_places_in_a_ranking(
    run, text: str, expected: list[tuple[str, str, float, str | None]]
) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was 115F in Phoenix.", [("115F", "quantity", 115, "°F")]),
        ("Highs of 104 F are expected.", [("104 F", "quantity", 104, "°F")]),
        ("Wind chills reached -40F.", [("-40F", "quantity", -40, "°F")]),
        ("Athens 44C, Rome 39C.", [("44C", "quantity", 44, "°C"), ("39C", "quantity", 39, "°C")]),
        ("High 31C, low 18C.", [("31C", "quantity", 31, "°C"), ("18C", "quantity", 18, "°C")]),
        # must stay: a noun numbered with letters, cents in lower case
        ("Row 5C was empty.", []),
        ("Gate 4F is closed.", []),
        ("Apartment 12C was sold.", []),
        ("A stamp cost 43c.", [("43c", "money", 0.43, "USD")]),
    ],
)  # fmt: skip
def test_one_letter_temperatures(
    run, text: str, expected: list[tuple[str, str, float, str | None]]
) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected
