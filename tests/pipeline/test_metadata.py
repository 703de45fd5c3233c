"""Published date, datelines and headings (own examples).

The metadata rules read the text alone, so they run on ``spacy.blank("en")`` plus
``briefx_metadata`` (and ``briefx_dates`` where a relative date must resolve against the
dateline): no statistical model. Cases where a tagger decides (a bare weekday after a
past-tense verb) run on the full pipeline at the end.
"""

from __future__ import annotations

import pytest

from tests.pipeline.conftest import date_pairs

PUBLISHED = [
    ("Ministers agree plan\n\nPublished: 13.02.2025\n\nThe ministers met today.", "2025-02-13"),
    ("WASHINGTON, Feb. 13, 2025 — The agency said Monday it would act.", "2025-02-13"),
    ("Support package\n\nThe press release issued by the Commission on 9 November 2022.\n",
     "2022-11-09"),
    ("Help with bills\n\nThe government has announced today (12 October 2023) a plan.",
     "2023-10-12"),
    ("Scheme approved\n\nBrussels, 9 November 2022\n\nThe Commission acted today.", "2022-11-09"),
    ("Aid for Sudan\n\nPRESS STATEMENT\nJUNE 19, 2023\n\nToday, we announce aid.", "2023-06-19"),
    ("No date stated here.\n\nThe allies met.", None),
    # Numeric dates in datelines: wire style without a comma, ISO and dotted day-month-year
    ("SOCCER - LEEDS HOLD ARSENAL .\n\nLONDON 1996-08-30\n\nLeeds held Arsenal .", "1996-08-30"),
    ("GENEVA, 2025-02-13 (Reuters) - The agency said it would act.", "2025-02-13"),
    ("Talks resume\n\nVIENNA 13.02.2025 — Negotiators met today.", "2025-02-13"),
    ("Rates held\n\nFrankfurt am Main, 30.01.2025\n\nThe bank kept rates.", "2025-01-30"),
    ("Order 2025-02-13 of the court was quashed on appeal.", None),  # not a dateline
    ("Figures\n\nUNIT 2025-17 reported 40 cases.", None),  # a code, not a date
]  # fmt: skip


@pytest.mark.parametrize(("text", "published"), PUBLISHED)
def test_published(blank_doc, text: str, published: str | None) -> None:  # type: ignore[no-untyped-def]
    assert blank_doc(text)._.briefx_meta.published == published


# (text, caller's reference date or None, a relative date and its value)
RELATIVE = [
    ("Ministers agree plan\n\nPublished: 13.02.2025\n\nThe ministers met today.", None,
     ("today", "2025-02-13")),
    ("WASHINGTON, Feb. 13, 2025 — The agency acted yesterday.", "2024-01-10",
     ("yesterday", "2024-01-09")),  # the caller's reference date wins over the dateline
    ("Scheme approved\n\nBrussels, 9 November 2022\n\nThe Commission acted today.", None,
     ("today", "2022-11-09")),
    ("Aid for Sudan\n\nPRESS STATEMENT\nJUNE 19, 2023\n\nToday, we announce aid.", None,
     ("Today", "2023-06-19")),
    ("TENNIS - RESULTS .\n\nNEW YORK 1996-08-28\n\nResults today of the open .", None,
     ("today", "1996-08-28")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), RELATIVE)
def test_relative_dates_resolve_against_the_dateline(  # type: ignore[no-untyped-def]
    blank_doc, text: str, reference: str | None, expected: tuple[str, str]
) -> None:
    assert expected in date_pairs(blank_doc(text, reference))


def test_several_datelines(blank_doc) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LONDON, March 3, 2020 — Talks began yesterday.\n\n"
        "PARIS, April 8, 2021 — Talks ended yesterday.\n"
    )
    got = [d for d in date_pairs(blank_doc(text)) if d[0] == "yesterday"]
    assert got == [("yesterday", "2020-03-02"), ("yesterday", "2021-04-07")]


def test_title_and_headings(blank_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Allies Pledge Aid\n\nThe allies met in Brussels.\n\nNext Steps\n\nTalks go on."
    meta = blank_doc(text)._.briefx_meta
    assert meta.title is not None
    assert text[meta.title[0] : meta.title[1]] == "Allies Pledge Aid"
    assert "Next Steps" in [text[s:e] for s, e in meta.headings]


def test_weekday_after_a_past_tense_verb_is_the_last_one(run) -> None:  # type: ignore[no-untyped-def]
    """End to end: the tagger's past tense makes "Monday" the one before the dateline."""
    brief = run("WASHINGTON, Feb. 13, 2025 — The agency said Monday it would act.")
    assert brief.published == "2025-02-13"
    assert ("Monday", "2025-02-10") in [(d.text, d.value) for d in brief.dates]
