"""Published date, datelines and headings (own examples)."""

from __future__ import annotations


def test_published_line(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("Ministers agree plan\n\nPublished: 13.02.2025\n\nThe ministers met today.")
    assert brief.published == "2025-02-13"
    assert [(d.text, d.value) for d in brief.dates if d.text == "today"] == [
        ("today", "2025-02-13")
    ]


def test_dateline(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("WASHINGTON, Feb. 13, 2025 — The agency said Monday it would act.")
    assert brief.published == "2025-02-13"
    assert ("Monday", "2025-02-10") in [(d.text, d.value) for d in brief.dates]


def test_issued_on(run) -> None:  # type: ignore[no-untyped-def]
    brief = run(
        "Support package\n\nThe press release issued by the Commission on 9 November 2022.\n"
    )
    assert brief.published == "2022-11-09"


def test_caller_reference_wins(run) -> None:  # type: ignore[no-untyped-def]
    brief = run(
        "WASHINGTON, Feb. 13, 2025 — The agency acted yesterday.", reference_date="2024-01-10"
    )
    assert ("yesterday", "2024-01-09") in [(d.text, d.value) for d in brief.dates]


def test_several_datelines(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LONDON, March 3, 2020 — Talks began yesterday.\n\n"
        "PARIS, April 8, 2021 — Talks ended yesterday.\n"
    )
    got = [(d.text, d.value) for d in run(text).dates if d.text == "yesterday"]
    assert got == [("yesterday", "2020-03-02"), ("yesterday", "2021-04-07")]


def test_title_and_headings(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("Allies Pledge Aid\n\nThe allies met in Brussels.\n\nNext Steps\n\nTalks go on.")
    assert brief.title == "Allies Pledge Aid"
    assert "Next Steps" in [h.text for h in brief.headings]


def test_uk_today_parenthesis(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("Help with bills\n\nThe government has announced today (12 October 2023) a plan.")
    assert brief.published == "2023-10-12"


def test_place_dateline_mixed_case(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("Scheme approved\n\nBrussels, 9 November 2022\n\nThe Commission acted today.")
    assert brief.published == "2022-11-09"
    assert ("today", "2022-11-09") in [(d.text, d.value) for d in brief.dates]


def test_upper_case_date_line(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("Aid for Sudan\n\nPRESS STATEMENT\nJUNE 19, 2023\n\nToday, we announce aid.")
    assert brief.published == "2023-06-19"
    assert ("Today", "2023-06-19") in [(d.text, d.value) for d in brief.dates]
