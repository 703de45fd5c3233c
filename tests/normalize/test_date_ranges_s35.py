"""The normaliser's side of session 35's ranges without a year: ``begun_not_over`` and the
composing grammar's ``_yearless_pair`` read with the clause's tense (``Ctx.tense``), no spaCy."""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates.compose import Ctx, Interval, _yearless_pair, bounds
from briefx.normalize.dates.resolve import begun_not_over

D = dt.date.fromisoformat

BEGUN = [
    ("2026-01-01", "2026-11-30", "2026-02-10", True),  # January-November, in February
    ("2026-03-01", "2026-10-31", "2026-03-01", True),  # on its first day
    ("2025-12-01", "2026-03-31", "2026-01-15", True),  # December-March, in January
    # not: over, in its last month, not begun
    ("2026-01-01", "2026-04-30", "2026-05-06", False),
    ("2026-01-01", "2026-06-30", "2026-06-01", False),
    ("2026-03-01", "2026-05-31", "2026-02-10", False),
]


@pytest.mark.parametrize(("start", "end", "ref", "expected"), BEGUN)
def test_begun_not_over(start: str, end: str, ref: str, expected: bool) -> None:
    assert begun_not_over(D(start), D(end), D(ref)) is expected


def _months(a: int, b: int, year: int = 2026) -> tuple[Interval, Interval]:
    return bounds(dt.date(year, a, 1), "month"), bounds(dt.date(year, b, 1), "month")


PAIRS = [
    # (first month, last month, ref, prefer, tense, expected first, expected last)
    (1, 11, "2026-02-10", "past", "past", "2025-01", "2025-11"),
    (10, 3, "2026-08-20", "past", "past", "2025-10", "2026-03"),  # crosses the new year
    (12, 3, "2026-01-15", "past", "past", "2024-12", "2025-03"),
    (1, 7, "2026-08-04", "future", "present", "2026-01", "2026-07"),
    # untouched: a past read without a plain tense, a future, a range over, last month
    (1, 11, "2026-02-10", "past", None, "2026-01", "2026-11"),
    (1, 7, "2026-08-04", "future", None, "2027-01", "2027-07"),
    (1, 4, "2026-05-06", "past", "past", "2026-01", "2026-04"),
    (1, 6, "2026-06-20", "past", "past", "2026-01", "2026-06"),
    (3, 5, "2026-02-10", "past", "past", "2025-03", "2025-05"),
]


@pytest.mark.parametrize(("m1", "m2", "ref", "prefer", "tense", "first", "last"), PAIRS)
def test_yearless_month_pair(
    m1: int, m2: int, ref: str, prefer: str, tense: str | None, first: str, last: str
) -> None:
    a, b = _months(m1, m2)
    moved = _yearless_pair(a, b, Ctx(D(ref), prefer, tense=tense))
    assert moved is not None
    assert (moved[0].start.isoformat()[:7], moved[1].start.isoformat()[:7]) == (first, last)


def test_weekday_pair_ignores_the_month_rule() -> None:
    # two weekdays move by the week, never by the year
    mon, thu = bounds(D("2026-03-02"), "day"), bounds(D("2026-03-05"), "day")
    moved = _yearless_pair(mon, thu, Ctx(D("2026-03-03"), "past", tense="past"), "week")
    assert moved is not None
    assert moved[0].start == D("2026-03-02")
