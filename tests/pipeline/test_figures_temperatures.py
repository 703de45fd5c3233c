"""One-letter temperatures through the real pipeline (issue 14).

A capital "C" or "F" after a number is degrees, unless a noun numbered with letters comes
before it ("Row 5C"). Invented texts, three or more per case, with cases that must stay
untouched.
"""

from __future__ import annotations

import pytest

REF = "2025-02-13"


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


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
