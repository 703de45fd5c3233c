"""The assembled pipeline cached on disk (briefx/nlp.py): same output, safe to share, self-healing.

Every test points BRIEFX_CACHE_DIR at its own temporary folder: none reads the user's cache.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefx import api
from briefx import nlp as nlp_mod
from briefx.records import Brief

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
MODEL = nlp_mod.default_model()
# Figures, dates in each order, entities, a heading and a dateline: every component has work.
TEXTS = [p.read_text(encoding="utf-8") for p in SAMPLES] + [
    "BERLIN, March 3, 2025 — Chancellor Olaf Scholz said 03/04/2025 is the deadline.",
    "Exports rose 4.5% to $3.2 billion in Q2 2024, about 1,200 more than the 980 a year ago.",
    (
        "Markets\n\nThe European Central Bank (ECB) cut rates on 12.06.2024; the ECB meets "
        "again next Thursday."
    ),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own; yields the pipelines/ folder inside it."""
    monkeypatch.setenv(nlp_mod.CACHE_ENV, str(tmp_path / "cache"))
    root = nlp_mod.cache_root()
    assert root == tmp_path / "cache" / "pipelines"
    return root


def _fresh(date_order: str = "MDY"):  # type: ignore[no-untyped-def]
    """Load the pipeline as a new process would (bypassing the per-process memo)."""
    return nlp_mod._load.__wrapped__(MODEL, date_order)


def _briefs(monkeypatch: pytest.MonkeyPatch, nlp, **kw: object) -> list[str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(nlp_mod, "load", lambda *_a: nlp)  # what briefx.process loads
    briefs: list[Brief] = list(api.extract_many(TEXTS, **kw))  # type: ignore[arg-type]
    return [b.model_dump_json() for b in briefs]


def _entries(root: Path) -> list[Path]:
    return sorted(root.iterdir()) if root.is_dir() else []


def test_cache_hit_gives_identical_output(
    cache: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(nlp_mod.CACHE_ENV, "off")
    assembled = _fresh()
    monkeypatch.setenv(nlp_mod.CACHE_ENV, str(cache.parent))
    built = _fresh()  # assembles and stores
    assert [p.name for p in _entries(cache)] == [nlp_mod.cache_key(*_source())]
    loaded = _fresh()  # loads the stored pipeline
    assert loaded.meta.get("briefx_cache") == _entries(cache)[0].name
    assert "briefx_cache" not in built.meta
    assert loaded.pipe_names == assembled.pipe_names
    # the blank tokenizer it is created with is replaced whole by the stored one
    assert loaded.tokenizer.to_bytes() == assembled.tokenizer.to_bytes()
    assert loaded.config["nlp"]["tokenizer"] == {"@tokenizers": "spacy.Tokenizer.v1"}
    expected = _briefs(monkeypatch, assembled)
    assert _briefs(monkeypatch, built) == expected
    assert _briefs(monkeypatch, loaded) == expected
    assert capsys.readouterr().err == ""


def _source() -> tuple[str, dict[str, object]]:
    source, _config, meta = nlp_mod._model_config(MODEL)
    return source, meta


@pytest.mark.parametrize("date_order", ["DMY", "YMD"])
def test_date_order_is_set_at_load_not_cached(
    cache: Path, monkeypatch: pytest.MonkeyPatch, date_order: str
) -> None:
    _fresh("MDY")  # the stored pipeline reads slashed dates month first
    loaded = _fresh(date_order)
    assert loaded.meta.get("briefx_cache")  # from the cache ...
    assert loaded.get_pipe("briefx_dates").date_order == date_order  # ... in the order asked
    monkeypatch.setenv(nlp_mod.CACHE_ENV, "off")
    assembled = _fresh(date_order)
    assert _briefs(monkeypatch, loaded) == _briefs(monkeypatch, assembled)
    assert len(_entries(cache)) == 1


@pytest.mark.parametrize(
    "damage",
    ["config_garbage", "component_removed", "meta_key_wrong", "folder_is_a_file"],
)
def test_corrupt_cache_warns_and_output_stays_correct(
    cache: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    damage: str,
) -> None:
    expected = _briefs(monkeypatch, _fresh())
    (entry,) = _entries(cache)
    if damage == "config_garbage":
        (entry / "config.cfg").write_text("[nlp\nthis is not a config", encoding="utf-8")
    elif damage == "component_removed":
        shutil.rmtree(entry / "ner")
    elif damage == "meta_key_wrong":
        meta = (entry / "meta.json").read_text(encoding="utf-8")
        (entry / "meta.json").write_text(meta.replace(entry.name, "0" * 32), encoding="utf-8")
    else:
        shutil.rmtree(entry)
        entry.write_text("not a folder", encoding="utf-8")
    capsys.readouterr()
    recovered = _fresh()
    err = capsys.readouterr().err
    if damage == "folder_is_a_file":
        assert "briefx: warning: can't write the pipeline cache" in err
    else:
        assert "briefx: warning: ignoring the unusable pipeline cache" in err
    assert _briefs(monkeypatch, recovered) == expected
    if damage != "folder_is_a_file":  # the broken entry was replaced by a good one
        capsys.readouterr()
        assert _fresh().meta.get("briefx_cache") == entry.name
        assert capsys.readouterr().err == ""


def test_unwritable_cache_dir_warns_and_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(nlp_mod.CACHE_ENV, str(blocker / "cache"))  # a folder under a file
    nlp = _fresh()
    assert "briefx: warning: can't write the pipeline cache" in capsys.readouterr().err
    assert nlp("It cost $5 million.")._.briefx_figures


@pytest.mark.parametrize("value", ["off", "", "0"])
def test_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(nlp_mod.CACHE_ENV, value)
    assert nlp_mod.cache_root() is None


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"XDG_CACHE_HOME": "/x/cache"}, Path("/x/cache/briefx/pipelines")),
        ({"HOME": "/home/u"}, Path("/home/u/.cache/briefx/pipelines")),
        ({"BRIEFX_CACHE_DIR": "/y", "XDG_CACHE_HOME": "/x"}, Path("/y/pipelines")),
    ],
)
def test_cache_location(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: Path
) -> None:
    for name in ("BRIEFX_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    root = nlp_mod.cache_root()
    assert root == expected
    assert "site-packages" not in str(root)


@pytest.mark.parametrize(
    "change",
    ["table_edited", "table_added", "config_edited", "briefx_version", "base_version"],
)
def test_key_changes_with_what_the_pipeline_is_made_of(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    models = tmp_path / "models"
    shutil.copytree(nlp_mod.models_dir(), models)
    monkeypatch.setattr(nlp_mod, "models_dir", lambda: models)
    source, meta = _source()
    before = nlp_mod.cache_key(source, meta)
    assert nlp_mod.cache_key(source, dict(meta)) == before  # stable
    if change == "table_edited":
        with (models / "scales.jsonl").open("a", encoding="utf-8") as f:
            f.write('{"word": "zillion", "value": 1}\n')
    elif change == "table_added":
        (models / "new_table.jsonl").write_text("{}\n", encoding="utf-8")
    elif change == "config_edited":
        cfg = models / "config.cfg"
        cfg.write_text(cfg.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    elif change == "briefx_version":
        monkeypatch.setattr(nlp_mod, "__version__", "999.0")
    else:
        meta = {**meta, "version": "999.0"}
    assert nlp_mod.cache_key(source, meta) != before


def test_concurrent_builders_leave_one_valid_entry(tmp_path: Path) -> None:
    env = {**os.environ, nlp_mod.CACHE_ENV: str(tmp_path / "cache")}
    code = (
        "from briefx.nlp import load\n"
        "nlp = load()\n"
        "print(nlp('It cost $5 million on 3 March 2025.')._.briefx_figures[0].value)\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
        assert out.strip() == "5000000"
        assert "warning" not in err, err
    root = tmp_path / "cache" / "pipelines"
    entries = list(root.iterdir())  # no temporary folder left behind
    assert [p.name for p in entries] == [nlp_mod.cache_key(*_source())]
    check = (
        "from briefx.nlp import load\n"
        "nlp = load()\n"
        "assert nlp.meta.get('briefx_cache'), 'not loaded from the cache'\n"
        "print(nlp('It cost $5 million.')._.briefx_figures[0].value)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", check],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "5000000"
    assert out.stderr == ""
