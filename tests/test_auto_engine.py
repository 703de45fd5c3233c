"""The automatic engine (``--jobs 0``): this process for small runs, workers for large ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefx.engines import auto
from briefx.engines.auto import AutoEngine, auto_jobs
from briefx.engines.local import LocalEngine
from briefx.options import Options
from briefx.render.jsonout import dumps
from briefx.runner import run
from briefx.sources import Source

TEXTS = [
    "Published: 13.02.2025\n\nNATO allies pledged $126 billion to Ukraine on Thursday.",
    "WASHINGTON, March 3, 2025 — Pete Hegseth met John Healey in Brussels for two hours.",
    "Oil rose 3% to $78 a barrel last week; about 50 countries joined the group in 2022.",
    "Zürich — the bank's profit fell 12 percent, to €1.2 billion, in the first quarter.",
    "",
    "The ministry said on Monday that 40 people had left since January.",
]


def _sources(sizes: list[int]) -> list[Source]:
    return [Source(f"s{n}.txt", "x" * size) for n, size in enumerate(sizes)]


@pytest.mark.parametrize(
    ("sizes", "jobs"),
    [
        ([], 1),
        ([50_000], 1),  # one document: nothing to share out
        ([5_000, 5_000, 5_000], 1),  # too little work
        ([15_000, 5_000], 2),
        ([1_000] * 19 + [1_000], 2),
        ([30_000, 0, 0], 2),
    ],
)
def test_auto_jobs_by_documents_and_characters(
    monkeypatch: pytest.MonkeyPatch, sizes: list[int], jobs: int
) -> None:
    monkeypatch.setattr(auto, "cpus", lambda: 2)
    sources = _sources(sizes)
    chosen, stream = auto_jobs(sources)
    assert chosen == jobs
    assert list(stream) == sources  # nothing lost, nothing reordered


def test_auto_jobs_reads_ahead_only_until_it_has_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auto, "cpus", lambda: 8)
    read: list[int] = []

    def endless() -> Iterator[Source]:
        n = 0
        while True:
            read.append(n)
            yield Source(f"{n}.txt", "y" * 12_000)
            n += 1

    chosen, stream = auto_jobs(endless())
    assert chosen == auto.AUTO_MAX_JOBS
    assert len(read) == 2
    assert [s.path for s in (next(stream), next(stream), next(stream))] == [
        "0.txt",
        "1.txt",
        "2.txt",
    ]


def test_auto_engine_gives_the_in_process_output(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(auto, "cpus", lambda: 2)
    monkeypatch.setattr(auto, "AUTO_CHARS", 100)  # make this small corpus "large"
    for n, text in enumerate(TEXTS):
        (tmp_path / f"b{n}.txt").write_text(text, encoding="utf-8")
    inputs = [str(tmp_path), str(tmp_path / "missing.txt")]
    errors: list[str] = []

    def outputs(engine: object, options: Options) -> list[str]:
        briefs = run(inputs, options, on_error=lambda e: errors.append(str(e)), engine=engine)
        return [dumps(b) for b in briefs]

    with LocalEngine() as local, AutoEngine() as automatic:
        for options in (Options(), Options(only={"figures"}, include_text=True)):
            expected = outputs(local, options)
            assert len(expected) == len(TEXTS)
            assert outputs(automatic, options) == expected
        assert automatic._pool is not None  # it did use workers
    assert len(errors) == 4  # the missing file, reported by every run


def test_jobs_zero_is_the_automatic_engine() -> None:
    from briefx.engines import engine_for

    assert isinstance(engine_for(Options(jobs=0)), AutoEngine)
    assert isinstance(engine_for(Options()), LocalEngine)
