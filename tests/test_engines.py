"""Every engine gives the in-process output, byte for byte, for every option and input kind.

The matrix: engines (in-process, a pool of 2 processes, a Dask LocalCluster of 2 workers) x
options (plain, --only, --types, --include-text, --reference-date, JSON Lines input, HTML
input). Each engine is started once for the module and reused, as ``run(engine=...)`` allows.
dask[distributed] is installed by requirements.lock, so nothing here skips.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefx.engines import Engine
from briefx.engines.local import LocalEngine
from briefx.errors import BriefxError
from briefx.options import Options
from briefx.render.jsonout import dumps
from briefx.runner import run
from tests.conftest import SAMPLES

DATA = Path(__file__).parent / "data"
TEXTS = [
    "Published: 13.02.2025\n\nNATO allies pledged $126 billion to Ukraine on Thursday.",
    "WASHINGTON, March 3, 2025 — Pete Hegseth met John Healey in Brussels for two hours.",
    "Oil rose 3% to $78 a barrel last week; about 50 countries joined the group in 2022.",
    "Zürich — the bank's profit fell 12 percent, to €1.2 billion, in the first quarter.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("engines-in")
    for n, text in enumerate(TEXTS):
        (folder / f"brief{n}.txt").write_text(text, encoding="utf-8")
    missing = str(folder / "missing.txt")
    texts = [str(folder), missing, str(SAMPLES / "hegseth-nato.txt")]
    return {
        "text": texts,
        "html": [str(DATA / "article.html"), str(DATA / "undated.htm")],
        "jsonl": [str(DATA / "records.jsonl"), str(DATA / "bad-records.jsonl")],
        "missing": missing,
    }


# (name, input kind, options)
CASES = [
    ("plain", "text", {}),
    ("only figures", "text", {"only": "figures"}),
    ("only statements", "text", {"only": "statements"}),
    ("types PERSON,money", "text", {"types": "PERSON,money"}),
    ("include text", "text", {"include_text": True}),
    ("reference date", "text", {"reference_date": dt.date(2025, 2, 13)}),
    ("jsonl input", "jsonl", {"input_format": "jsonl", "only": "dates,figures"}),
    ("html input", "html", {}),
]


def _outputs(inputs: list[str], options: Options, engine: Engine) -> tuple[list[str], list[str]]:
    errors: list[BriefxError] = []
    briefs = run(inputs, options, on_error=errors.append, engine=engine)
    return [dumps(b) for b in briefs], [str(e) for e in errors]


@pytest.fixture(scope="module")
def engines() -> Iterator[dict[str, Engine]]:
    from briefx.engines.dask import DaskEngine
    from briefx.engines.pool import PoolEngine

    with LocalEngine() as local, PoolEngine(2) as pool, DaskEngine(workers=2) as dask:
        yield {"local": local, "pool": pool, "dask": dask}


@pytest.mark.model
@pytest.mark.parametrize("engine", ["pool", "dask"])
@pytest.mark.parametrize(("name", "kind", "settings"), CASES, ids=[c[0] for c in CASES])
def test_engine_output_is_byte_identical(
    corpus: dict[str, Any],
    engines: dict[str, Engine],
    engine: str,
    name: str,
    kind: str,
    settings: dict[str, Any],
) -> None:
    options = Options.model_validate(settings)
    expected = _outputs(corpus[kind], options, engines["local"])
    assert expected[0], name  # the case produces something to compare
    assert _outputs(corpus[kind], options, engines[engine]) == expected


@pytest.mark.model
def test_the_matrix_inputs_exercise_filters_and_failures(
    corpus: dict[str, Any], engines: dict[str, Engine]
) -> None:
    """The matrix above compares like with like; this checks the cases mean what they say."""
    local = engines["local"]
    briefs, errors = _outputs(corpus["text"], Options(), local)
    assert len(briefs) == len(TEXTS) + 1
    assert errors == [f"[E004] {corpus['missing']}: no such file."]
    only = [json.loads(b) for b in _outputs(corpus["text"], Options(only={"figures"}), local)[0]]
    assert all(not b["entities"] and not b["dates"] for b in only)
    assert any(b["figures"] for b in only)
    records, bad = _outputs(corpus["jsonl"], Options(input_format="jsonl"), local)
    assert records
    assert bad  # bad-records.jsonl reports its bad lines
    pages = [json.loads(b) for b in _outputs(corpus["html"], Options(), local)[0]]
    assert [p["source"]["format"] for p in pages] == ["html", "html"]


@pytest.mark.model
def test_dask_workers_load_the_pipeline_once(
    corpus: dict[str, Any], engines: dict[str, Engine]
) -> None:
    from briefx.engines.dask import DaskEngine

    dask = engines["dask"]
    assert isinstance(dask, DaskEngine)
    many = [s for _ in range(3) for s in corpus["text"] if s != corpus["missing"]]
    _outputs(many, Options(), dask)
    assert dask.pipeline_loads
    assert set(dask.pipeline_loads.values()) == {1}


def test_dask_missing_is_a_briefx_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefx.engines.dask import DaskEngine

    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails
    with pytest.raises(BriefxError, match=r"pip install 'briefx\[dask\]'"):
        DaskEngine()


def test_unreachable_scheduler_is_a_briefx_error() -> None:
    import dask

    from briefx.engines.dask import DaskEngine, DaskEngineError

    with (
        dask.config.set({"distributed.comm.timeouts.connect": "1s"}),
        pytest.raises(DaskEngineError, match=r"tcp://127\.0\.0\.1:9"),
    ):
        DaskEngine(scheduler="tcp://127.0.0.1:9")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefx", "extract", *args],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize("engine", [["--jobs", "2"], ["--engine", "dask", "--jobs", "2"]])
def test_cli_engines_apply_the_same_options(
    corpus: dict[str, Any], tmp_path: Path, engine: list[str]
) -> None:
    """The reported symptom: --engine dask ignored --only and read JSON Lines as text."""
    args = ["--only", "figures", "-f", "jsonl", *corpus["text"]]
    local = _cli(*args, "-o", str(tmp_path / "local.jsonl"))
    other = _cli(*args, *engine, "-o", str(tmp_path / "other.jsonl"))
    assert local.returncode == other.returncode == 1  # the missing input
    assert corpus["missing"] in other.stderr
    assert (tmp_path / "other.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    records = _cli("--input-format", "jsonl", *engine, "-f", "jsonl", corpus["jsonl"][0])
    assert records.returncode == 0, records.stderr
    assert [json.loads(line)["source"]["format"] for line in records.stdout.splitlines()] == [
        "jsonl"
    ] * 3
