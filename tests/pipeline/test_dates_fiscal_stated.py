"""Fiscal years by country and by the text's own statement (session 34, fiscal21): the rows of
models/fiscal_years.jsonl added from Wikipedia's "Fiscal years by country" (Bangladesh, Uganda,
Tanzania, Mauritius: July-June; Singapore, Hong Kong: April-March; Thailand: October-September);
a year the text states ("whose fiscal year ends in June") over its country's (the month of
that statement stays a date, as before); and "the first half of the fiscal year", "the
third quarter of the financial year": that part of the fiscal year holding the reference date.
Invented texts, on the blank pipeline (the dates stage reads words, not the model), with cases
that must stay untouched.
"""

from __future__ import annotations

import pytest

from briefx.pipeline.dates import stated_fiscal_start
from tests.pipeline.conftest import date_pairs


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # the new rows: a country's own months
        ("DHAKA - Bangladesh's budget for FY27 totals Tk 8.5 trillion.", "2026-06-05", [("FY27", "2026-07/2027-06")]),
        ("Uganda's budget for the 2026/27 financial year rises.", "2026-06-13", [("the 2026/27 financial year", "2026-07/2027-06")]),
        ("Tanzania plans to spend 57 trillion shillings in 2026/27.", "2026-06-12", [("2026/27", "2026-07/2027-06")]),
        ("Singapore expects a budget surplus in FY2026.", "2026-02-18", [("FY2026", "2026-04/2027-03")]),
        ("Thailand's cabinet approved the budget for fiscal 2027.", "2026-09-30", [("fiscal 2027", "2026-10/2027-09")]),
        ("Mauritius's deficit in FY2025/26 narrowed.", "2026-09-30", [("FY2025/26", "2025-07/2026-06")]),
        # must stay: rows that were there, the U.S. federal year, a text naming no country
        ("India's fiscal deficit target for FY27 is 4.3% of GDP.", "2026-02-01", [("FY27", "2026-04/2027-03")]),
        ("The Pentagon requested $850 billion for FY2027.", "2026-02-10", [("FY2027", "2026-10-01/2027-09-30")]),
        ("The agency's fiscal 2025 budget was cut.", "2024-03-11", [("fiscal 2025", "2024-10-01/2025-09-30")]),
        ("South Africa's Treasury projects a deficit in 2026/27.", "2026-02-25", [("2026/27", "2026-04/2027-03")]),
    ],
)  # fmt: skip
def test_fiscal_year_of_new_rows(blank_doc, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date=ref)) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # the text states its year: that year's months; the statement's own month stays a date as
        # before (ANNOTATION.md is silent; the blind annotators tag it)
        ("The software maker, whose fiscal year ends in June, said revenue for fiscal 2026 rose.", "2026-07-29", [("June", "2026-06"), ("fiscal 2026", "2025-07/2026-06")]),
        ("The German group, whose fiscal year runs from October to September, raised its outlook for fiscal 2026.", "2026-05-14", [("October to September", "2026-10/2027-09"), ("fiscal 2026", "2025-10/2026-09")]),
        ("The Australian bank, whose financial year ends in September, said profit for fiscal 2025 rose.", "2026-03-03", [("September", "2026-09"), ("fiscal 2025", "2024-10/2025-09")]),
        ("The retailer's fiscal year ends in January. Sales in 2025/26 rose.", "2026-03-03", [("January", "2026-01"), ("2025/26", "2025-02/2026-01")]),
        # must stay: the country's row where it agrees (Japan names its year by its start)
        ("Japan's fiscal year begins in April. Tax revenue in fiscal 2025 hit a record.", "2026-05-10", [("April", "2026-04"), ("fiscal 2025", "2025-04/2026-03")]),
        # must stay: one year's end is a date, and no statement of every year's
        ("Revenue for the fiscal year ended June 30, 2025 rose 4%.", "2026-05-10", [("the fiscal year ended June 30, 2025", "2024-07/2025-06")]),
        ("The fiscal year ends on Sept. 30, 2026, and revenue for FY2026 is up.", "2026-05-10", [("Sept. 30, 2026", "2026-09-30"), ("FY2026", "2025-10-01/2026-09-30")]),
        ("Sales rose in June, the retailer said.", "2026-07-10", [("June", "2026-06")]),
    ],
)  # fmt: skip
def test_fiscal_year_the_text_states(blank_doc, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date=ref)) == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("whose fiscal year ends in June", 7),
        ("its financial year runs from October to September", 10),
        ("Japan's fiscal year begins in April", 4),
        ("the fiscal year ends Sept. 30.", 10),
        ("whose fiscal year ends in December", None),  # a calendar year: nothing to change
        ("its fiscal year runs from October to June", None),  # no year of twelve months
        ("the fiscal year ending March 2027", None),  # one year, named by its end
        ("the fiscal year ended June 30", None),
        ("The fiscal year ends on Sept. 30, 2026", None),
        ("whose fiscal year ends in June; its fiscal year ends in March", None),  # disagree
    ],
)
def test_stated_fiscal_start(text: str, first: int | None) -> None:
    assert stated_fiscal_start(text) == first


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("ISLAMABAD - Pakistan's tax revenue rose 11% in the first half of the fiscal year.", "2026-01-20", [("the first half of the fiscal year", "2025-07/2025-12")]),
        ("DHAKA - Bangladesh's exports rose 9% in the first quarter of the fiscal year.", "2026-10-14", [("the first quarter of the fiscal year", "2026-07/2026-09")]),
        ("India's deficit in the third quarter of the financial year narrowed.", "2026-02-10", [("the third quarter of the financial year", "2025-10/2025-12")]),
        ("The U.S. deficit in the first half of the fiscal year widened.", "2026-05-10", [("the first half of the fiscal year", "2025-10-01/2026-03-31")]),
        # must stay: a numbered year after it, a fifth quarter, the bare fiscal year
        ("The first quarter of the fiscal year 2026 was weak.", "2026-05-10", [("The first quarter", "2026-01/2026-03"), ("fiscal year 2026", "2025-10-01/2026-09-30")]),
        ("Sales in the fifth quarter of the fiscal year rose.", "2026-05-10", []),
        ("The budget covers the fiscal year.", "2026-05-10", []),
    ],
)  # fmt: skip
def test_part_of_the_fiscal_year(blank_doc, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date=ref)) == expected
