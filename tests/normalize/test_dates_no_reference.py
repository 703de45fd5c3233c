"""With no reference date a relative expression is still a date (its value unknown), and a
phrase that is no date stays none: the answer does not hang on whether "today" is known."""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates import normalize_date

REF = dt.date(2024, 8, 6)


@pytest.mark.parametrize(
    "text", ["Tuesday", "next week", "yesterday", "March", "March 3", "last year"]
)
def test_relative_date_without_reference(text: str) -> None:
    v = normalize_date(text, None)
    assert v is not None
    assert v.relative
    assert v.value is None
    assert normalize_date(text, REF) is not None


@pytest.mark.parametrize("text", ["their worst day", "their best month", "a bad week"])
def test_no_date_with_or_without_reference(text: str) -> None:
    assert normalize_date(text, None) is None
    assert normalize_date(text, REF) is None
