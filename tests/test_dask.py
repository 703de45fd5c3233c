"""The Dask engine: a LocalCluster of two worker processes gives the single-process records."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

# dask[distributed] is the optional extra; requirements.lock installs it, so these run (never
# skip) wherever `make test` runs.

TEXTS = [
    "Published: 13.02.2025\n\nNATO allies pledged $126 billion to Ukraine on Thursday.",
    "WASHINGTON, March 3, 2025 — Pete Hegseth met John Healey in Brussels for two hours.",
    "Oil rose 3% to $78 a barrel last week; about 50 countries joined the group in 2022.",
    "Zürich — the bank's profit fell 12 percent, to €1.2 billion, in the first quarter.",
]
REF = dt.date(2025, 2, 13)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], str]:
    folder = tmp_path_factory.mktemp("dask-in")
    paths = []
    for n, text in enumerate(TEXTS):
        path = folder / f"brief{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    paths.append(str(SAMPLES / "hegseth-nato.txt"))
    missing = str(folder / "missing.txt")
    paths.insert(2, missing)  # a bad input in the middle of a partition
    return paths, missing


@pytest.mark.model
def test_dask_matches_single_process(inputs: tuple[list[str], str], tmp_path: Path) -> None:
    from briefx.api import extract_many
    from briefx.engines.dask import DaskSummary, run_dask
    from briefx.render.jsonout import dumps
    from briefx.sources import read_path

    paths, missing = inputs
    stale = tmp_path / "part-00009.jsonl"
    stale.write_text("left by an earlier run\n", encoding="utf-8")
    summary = run_dask(paths, tmp_path, n_workers=2, reference_date=REF, partition_size=2)

    assert isinstance(summary, DaskSummary)
    good = [p for p in paths if p != missing]
    expected = [dumps(b) + "\n" for b in extract_many(map(read_path, good), reference_date=REF)]
    assert summary.parts == [tmp_path / f"part-{n:05d}.jsonl" for n in range(3)]
    assert not stale.exists()
    got = [line for part in summary.parts for line in part.read_text("utf-8").splitlines(True)]
    assert got == expected  # byte-identical, document for document, in input order
    assert summary.documents == len(good)
    assert summary.errors == [(missing, f"[E004] {missing}: no such file.")]
    assert not summary.ok
    # Each worker process loaded the pipeline once, however many partitions it ran.
    assert 1 <= summary.workers <= 2
    assert summary.pipeline_loads == summary.workers


def test_dask_missing_is_a_briefx_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys

    from briefx.engines import dask as engine
    from briefx.errors import BriefxError

    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails
    with pytest.raises(BriefxError, match=r"pip install 'briefx\[dask\]'"):
        engine.run_dask(["x.txt"], tmp_path)


def test_unreachable_scheduler_is_a_briefx_error(tmp_path: Path) -> None:
    import dask

    from briefx.engines.dask import DaskEngineError, run_dask

    with (
        dask.config.set({"distributed.comm.timeouts.connect": "1s"}),
        pytest.raises(DaskEngineError, match=r"tcp://127\.0\.0\.1:9"),
    ):
        run_dask(["x.txt"], tmp_path, scheduler="tcp://127.0.0.1:9")


def test_cli_engine_dask_writes_partitions(inputs: tuple[list[str], str], tmp_path: Path) -> None:
    paths, missing = inputs
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "briefx", "extract", "--engine", "dask", "-o", str(out), *paths],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr  # the one missing input
    assert "E004" in result.stderr
    assert missing in result.stderr
    lines = [ln for p in sorted(out.glob("part-*.jsonl")) for ln in p.read_text().splitlines()]
    assert [json.loads(ln)["source"]["path"] for ln in lines] == [p for p in paths if p != missing]


def test_cli_engine_dask_needs_an_output_folder(inputs: tuple[list[str], str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefx", "extract", "--engine", "dask", inputs[0][0]],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "-o" in result.stderr
