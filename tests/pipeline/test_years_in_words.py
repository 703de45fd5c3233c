"""A year in words is a whole run of number words; inside a larger number it is no year."""

from __future__ import annotations

import pytest

# (text, dates as (text, value), figures as (text, value))
CASES = [
    ("They paid two hundred and two thousand dollars.", [],
     [("two hundred and two thousand dollars", 202000)]),
    ("The count reached three hundred and twenty five.", [],
     [("three hundred and twenty five", 325)]),
    ("Crews moved one thousand and nineteen hundred tonnes.", [], None),
    ("The treaty was signed in nineteen ninety-eight.", [("nineteen ninety-eight", "1998")], []),
    ("It happened in two thousand and five.", [("two thousand and five", "2005")], []),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "dates", "figures"), CASES)
def test_years_in_words(run, text: str, dates: list, figures: list | None) -> None:  # type: ignore[no-untyped-def]
    brief = run(text)
    assert [(d.text, d.value) for d in brief.dates] == dates
    if figures is not None:
        assert [(f.text, f.value) for f in brief.figures] == figures
