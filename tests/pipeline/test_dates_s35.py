"""The dates stage on issue 14's session-35 family: the year of a range of months or days
written without one, taken by the clause's tense as a whole (own examples, none from a gold set;
written before each rule).

Each table is one rule, with three or more new examples and cases that must stay as they are.
The tagger's reading of the clause is the point, so the tables run the real pipeline; the
normaliser's pieces (``begun_not_over``, ``_yearless_pair``) are tested without it in
tests/normalize/test_date_ranges_s35.py.
"""

from __future__ import annotations

import pytest

# -- a past clause: a range of months that has begun by the reference date but is not over is
# the most recent one that is over, last year's; in its last month it stays (a release about a
# period about to close). Both the word grammar's ranges ("from X to Y") and the composing
# grammar's ("X-Y", "between X and Y") take it.

PAST_BEGUN = [
    (
        "2026-03-10",
        "Coal imports fell 8% from February to October.",
        "February to October",
        "2025-02/2025-10",
    ),
    (
        "2026-05-04",
        "Bookings rose in March-November, the airline said.",
        "March-November",
        "2025-03/2025-11",
    ),
    (
        "2026-02-20",
        "Between January and September, the company cut 300 jobs.",
        "January and September",
        "2025-01/2025-09",
    ),
    (
        "2026-01-15",
        "Snowfall was heavy between December and March.",
        "December and March",
        "2024-12/2025-03",
    ),
    (
        "2026-02-10",
        "Output rose in the January-November period.",
        "January-November",
        "2025-01/2025-11",
    ),
    # untouched: a range over by the reference date, one in its last month, a month alone, a
    # future clause, a quarter named by months, a day range, a plan seen from the past, a
    # range that has not begun (already last year's)
    ("2026-05-06", "Exports rose 4% in January-April.", "January-April", "2026-01/2026-04"),
    (
        "2026-06-29",
        "Sales rose 2% in January-June, the group said.",
        "January-June",
        "2026-01/2026-06",
    ),
    ("2026-03-20", "Prices rose in March.", "March", "2026-03"),
    (
        "2026-02-12",
        "Work will run from January to October.",
        "January to October",
        "2026-01/2026-10",
    ),
    (
        "2026-03-10",
        "The bridge was closed from 2 to 20 March.",
        "2 to 20 March",
        "2026-03-02/2026-03-20",
    ),
    (
        "2026-02-10",
        "Rainfall was scarce between March and May.",
        "March and May",
        "2025-03/2025-05",
    ),
    (
        "2026-11-18",
        "He said the next report, covering October to December, would appear soon.",
        "October to December",
        "2026-10/2026-12",
    ),
    (
        "2026-02-11",
        "The board said it would cut output from January to June.",
        "January to June",
        "2026-01/2026-06",
    ),
]


@pytest.mark.parametrize(("ref", "text", "span", "value"), PAST_BEGUN)
def test_past_range_begun_is_last_years(run, ref: str, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == [(span, value)]


# halves of a year keep their own rule: only a range named by two months is taken this way
HALVES = [
    (
        "2026-09-02",
        "The retailer lowered its forecast for the second half.",
        [("the second half", "2026-07/2026-12")],
    ),
    (
        "2026-08-18",
        "H1 profit doubled, but H2 looked weaker.",
        [("H1", "2026-01/2026-06"), ("H2", "2026-07/2026-12")],
    ),
]


@pytest.mark.parametrize(("ref", "text", "expected"), HALVES)
def test_halves_untouched(run, ref: str, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


def test_quarter_named_by_months_keeps_its_rule(run) -> None:  # type: ignore[no-untyped-def]
    dates = run("Sales fell in the January-March quarter.", reference_date="2026-02-10").dates
    assert [(d.text, d.value) for d in dates] == [("the January-March quarter", "2025-01/2025-03")]


# -- a present clause that states what holds: a range of months gone by keeps the reference
# year, as a month alone does; a schedule, "next" and a range of days still take the coming one

PRESENT_STATE = [
    ("2026-06-10", "Tourist arrivals in March-May are 9% higher.", "March-May", "2026-03/2026-05"),
    (
        "2026-11-12",
        "Home sales in January-October are down 3%, the agents' body says.",
        "January-October",
        "2026-01/2026-10",
    ),
    ("2026-07-08", "Inflation in April-June is running at 4%.", "April-June", "2026-04/2026-06"),
    ("2026-08-04", "Output in January-July is up 6%.", "January-July", "2026-01/2026-07"),
    # untouched: a schedule, "next", a range of days in a present clause, a future clause
    ("2026-06-10", "The season runs from March to May.", "March to May", "2027-03/2027-05"),
    ("2026-09-01", "The next auction window is in March-April.", "March-April", "2027-03/2027-04"),
    ("2026-06-10", "The sale is from 2 to 9 March.", "2 to 9 March", "2027-03-02/2027-03-09"),
    ("2026-10-10", "The ferry will sail from April to June.", "April to June", "2027-04/2027-06"),
]


@pytest.mark.parametrize(("ref", "text", "span", "value"), PRESENT_STATE)
def test_present_state_range_keeps_year(run, ref: str, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == [(span, value)]
