"""Invariants over arbitrary text: every record points at its own text; hostile input is fast."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefx.records import Brief

NEWSY = st.sampled_from([
    "Published: 13.02.2025", "U.S. Defense Secretary Pete Hegseth", "over $126 billion",
    "approximately 50 countries", "2% of their GDP", "last Tuesday", "in 2022", "NATO", "€3 to €4 billion",
    "the third anniversary", "\n\n", " ", "—", "Ünïcödé", "日本", "🙂", "Trump’s",
])  # fmt: skip
TEXTS = st.lists(st.one_of(NEWSY, st.text(max_size=40)), max_size=12).map("".join)


def check_offsets(text: str, brief: Brief) -> None:
    for rec in [*brief.figures, *brief.dates, *(m for e in brief.entities for m in e.mentions)]:
        assert text[rec.start : rec.end] == rec.text, rec
    assert brief.source.chars == len(text)
    assert [f.start for f in brief.figures] == sorted(f.start for f in brief.figures)
    assert [d.start for d in brief.dates] == sorted(d.start for d in brief.dates)
    assert [e.id for e in brief.entities] == [f"e{n}" for n in range(1, len(brief.entities) + 1)]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS)
@example(text="Published: 13.02.2025last Tuesday")  # crashed the date grammar once
def test_offsets_index_the_text(run, text: str) -> None:  # type: ignore[no-untyped-def]
    check_offsets(text, run(text, reference_date="2025-02-13"))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS)
def test_same_input_same_bytes(run, text: str) -> None:  # type: ignore[no-untyped-def]
    a = run(text).model_dump_json()
    b = run(text).model_dump_json()
    assert a == b


def test_long_text_is_split_and_offsets_hold(run) -> None:  # type: ignore[no-untyped-def]
    para = "NATO allies pledged over $126 billion in 2022. Pete Hegseth visited Brussels.\n\n"
    text = para * 1500  # ~120,000 characters: more than one piece
    brief = run(text)
    check_offsets(text, brief)
    money = [f for f in brief.figures if f.kind == "money"]
    assert len(money) == 1500
    hegseth = [e for e in brief.entities if e.name == "Pete Hegseth"]
    assert len(hegseth) == 1
    assert len(hegseth[0].mentions) == 1500
    assert brief.figures[-1].start > 100_000
    assert brief.figures[-1].sentence > brief.figures[0].sentence


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,
        "7" * 100_000,
        "$,.%" * 50_000,
        "(" * 100_000,
        "1," * 100_000,
    ],
    ids=["1MB-no-spaces", "100k-digits", "punct-runs", "open-parens", "comma-digits"],
)
def test_hostile_text_finishes_in_linear_time(run, text: str) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    brief = run(text)
    elapsed = time.perf_counter() - start
    check_offsets(text, brief)
    # Generous bound (pipeline speed is ~1 s per 100k such characters here); a backtracking
    # regex would take minutes.
    assert elapsed < 60, elapsed
