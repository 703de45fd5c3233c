"""A fiscal year named by its number ("fiscal 2025", "FY25") in a text about a country whose
government year is counted in months takes that country's months and naming
(models/fiscal_years.jsonl); the U.S. federal reading stays where the text names the United
States or no country (ANNOTATION.md). Invented texts, with cases that must stay untouched.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "ref", "span", "value"),
    [
        # named by its first year: Japan
        ("Japan's cabinet approved the fiscal 2025 budget on Friday.", "2024-12-27", "fiscal 2025", "2025-04/2026-03"),
        ("Toyota expects fiscal 2025 profit to fall, the Japanese carmaker said.", "2025-05-08", "fiscal 2025", "2025-04/2026-03"),
        ("Tokyo plans to issue fewer bonds in FY2026.", "2025-12-20", "FY2026", "2026-04/2027-03"),
        # named by its last year: India, Australia, Pakistan
        ("India's fiscal deficit for FY25 was 4.8% of GDP.", "2025-05-30", "FY25", "2024-04/2025-03"),
        ("Australia's FY2024 budget surplus was the second in a row.", "2024-09-30", "FY2024", "2023-07/2024-06"),
        ("Pakistan's growth target for fiscal 2026 is 4.2%.", "2025-06-10", "fiscal 2026", "2025-07/2026-06"),
        # must stay: the U.S. federal year, and a text that names no country
        ("The Pentagon's FY 2025 request rose 1%.", "2024-03-11", "FY 2025", "2024-10-01/2025-09-30"),
        ("The agency's fiscal 2025 budget was cut.", "2024-03-11", "fiscal 2025", "2024-10-01/2025-09-30"),
        ("U.S. and Japanese officials met; Congress passed the FY24 bill.", "2024-03-11", "FY24", "2023-10-01/2024-09-30"),
    ],
)  # fmt: skip
def test_fiscal_year_by_number(run, text: str, ref: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    dates = {d.text: d.value for d in run(text, reference_date=ref).dates}
    assert dates.get(span) == value
