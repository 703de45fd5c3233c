"""The command line as a newcomer meets it, run as the real ``briefx`` command.

- ``--format json`` always prints valid JSON whose shape depends on the request, not on
  success: one named input -> an object, or ``null`` when it failed (exit 1, error on stderr);
  several inputs or a folder -> an array of the briefs that succeeded (``[]`` for none); a
  folder with no matching file exits 0 with a note on stderr.
- Help texts name values as a person reads them (FILE, N, LIST), never as Python types.
- The terminal summary shows a date value once, with a count; a "Published:" line is
  metadata, not a heading.
- ``briefx eval`` on a small gold file gives the scores worked out by hand.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
BRIEFX = [sys.executable, "-m", "briefx"]


def briefx(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BRIEFX, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **env},
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("cli")
    good = root / "good.txt"
    good.write_text("Published: 13.02.2025\n\nNATO pledged $126 billion.\n", encoding="utf-8")
    other = root / "other.txt"
    other.write_text("Oil rose 3% in 2022.", encoding="utf-8")
    empty = root / "empty-folder"
    empty.mkdir()
    (empty / "notes.md").write_text("# not a .txt file", encoding="utf-8")
    footer = root / "footer.txt"
    footer.write_text(
        "Grain deal extended\n\nPublished: 13.02.2025\n\nThe ministers met on 13.02.2025 in "
        "Ankara and agreed to extend the corridor.\n\nTop headlines 13.02.2025\n",
        encoding="utf-8",
    )
    return {"good": good, "other": other, "empty": empty, "footer": footer,
            "missing": root / "missing.txt"}  # fmt: skip


# (inputs, expected stdout JSON shape, exit code, what stderr must say)
JSON_SHAPES = [
    (["good"], "object", 0, None),
    (["missing"], None, 1, "E004"),
    (["good", "other"], ["good.txt", "other.txt"], 0, None),
    (["good", "missing", "other"], ["good.txt", "other.txt"], 1, "E004"),
    (["missing", "missing"], [], 1, "E004"),
    (["empty"], [], 0, "no file in this folder matches"),
]


@pytest.mark.model
@pytest.mark.parametrize(("names", "shape", "code", "stderr"), JSON_SHAPES)
def test_json_shape_depends_on_the_request_not_on_success(
    files: dict[str, Path], names: list[str], shape: object, code: int, stderr: str | None
) -> None:
    result = briefx("extract", "-f", "json", *(str(files[n]) for n in names))
    assert result.returncode == code, result.stderr
    data = json.loads(result.stdout)  # always valid JSON
    if shape == "object":
        assert isinstance(data, dict)
        assert data["source"]["path"] == str(files[names[0]])
    elif isinstance(shape, list):
        assert [Path(b["source"]["path"]).name for b in data] == shape
    else:
        assert data is shape
    if stderr is None:
        assert result.stderr == ""
    else:
        assert stderr in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [[], ["extract"], ["eval"], ["schema"]])
def test_help_names_values_for_people_not_python_types(command: list[str]) -> None:
    result = briefx(*command, "--help")
    assert result.returncode == 0
    shown = result.stdout
    assert not re.search(r"<[a-z_]+(\[[^\]]*\])?(\|[a-z_]+)*>|<int range>|\[x>=", shown), shown
    for word in ("bool", "list[str]", "<path>", "<str>", "<int"):
        assert word not in shown


def test_extract_help_shows_readable_metavars() -> None:
    shown = briefx("extract", "--help").stdout
    for metavar in ("FILE", "FORMAT", "YYYY-MM-DD", "LIST", "N", "PATTERN", "MODEL"):
        assert re.search(rf"\b{re.escape(metavar)}\b", shown), metavar


@pytest.mark.model
def test_summary_shows_a_repeated_date_once_with_its_count(files: dict[str, Path]) -> None:
    result = briefx("extract", "-f", "table", str(files["footer"]))
    assert result.returncode == 0, result.stderr
    rows = [
        line for line in result.stdout.splitlines() if re.search(r"2025-02-13\s*│\s*date", line)
    ]
    assert len(rows) == 1, result.stdout  # three mentions, one row
    assert re.search(r"│\s*3\s*$", rows[0].rstrip(" │")), rows[0]


@pytest.mark.model
def test_published_line_is_metadata_not_a_heading(files: dict[str, Path]) -> None:
    data = json.loads(briefx("extract", "-f", "json", str(files["footer"])).stdout)
    assert data["published"] == "2025-02-13"
    headings = [h["text"] for h in data["headings"]]
    assert not any(h.startswith("Published") for h in headings)
    assert "Top headlines 13.02.2025" in headings  # a heading that carries a date stays one


def test_eval_gives_the_scores_worked_out_by_hand() -> None:
    """tests/data/gold-small.jsonl against the hand-made predictions tests/data/pred-small.jsonl.

    entities: gold spans Scholz, Macron, Paris, France; predicted Scholz (ORG), Macron (name
    "Macron"), Paris (LOC: gold takes GPE|LOC), "March" (extra) and "France pledged" (span too
    long). Spans right 3 of 5 predicted, 3 of 4 gold: P 0.6, R 0.75, F1 0.6667. Of the 3
    found, type right 2 (Macron, Paris), name right 2 (Scholz, Paris), both right 1 (Paris):
    type 0.6667, name 0.6667, norm 0.3333. Every gold entity overlaps a prediction: overlap
    recall 1.0; right in value: Paris and France (2 of 4): valR 0.5.
    figures: $2 billion and 4.5% right; "300" (number) for "300 tonnes" (quantity, t): spans
    2 of 3 each way (P = R = F1 0.6667), norm 2/2 = 1.0, overlap 1.0, valR 2/3 = 0.6667.
    dates: both spans right (P = R = F1 1.0), "next month" valued 2025-02 (gold 2025-03):
    norm 0.5, valR 0.5.
    statements: gold France / pledge / $2 billion. Predicted France (right), Emmanuel Macron
    (wrong speaker, overlapping) and one with no speaker (not scored): P 1/2, R 1/1, F1 0.6667;
    (speaker, figure) pairs: gold 1, predicted 2, right 1: P 0.5, R 1.0, F1 0.6667.
    """
    result = briefx(
        "eval",
        str(DATA / "gold-small.jsonl"),
        "--pred",
        str(DATA / "pred-small.jsonl"),
        "-f",
        "json",
    )
    assert result.returncode == 0, result.stderr
    s = json.loads(result.stdout)["sections"]

    def scores(sec: str, *keys: str) -> tuple[float, ...]:
        return tuple(s[sec][k] for k in keys)

    prf = ("precision", "recall", "f1", "norm_acc", "overlap_recall", "value_recall")
    assert scores("entities", *prf) == (0.6, 0.75, 0.6667, 0.3333, 1.0, 0.5)
    assert scores("entities", "type_acc", "name_acc") == (0.6667, 0.6667)
    assert scores("figures", *prf) == (0.6667, 0.6667, 0.6667, 1.0, 1.0, 0.6667)
    assert scores("dates", *prf) == (1.0, 1.0, 1.0, 0.5, 1.0, 0.5)
    assert scores("statements", "gold", "pred", "span_tp", "precision", "recall", "f1") == (
        1,
        2,
        1,
        0.5,
        1.0,
        0.6667,
    )
    assert s["statements"]["attribution"] == {
        "gold": 1, "pred": 2, "precision": 0.5, "recall": 1.0, "f1": 0.6667
    }  # fmt: skip


@pytest.mark.model
def test_eval_runs_briefx_on_each_case_with_its_reference_date() -> None:
    result = briefx("eval", str(DATA / "gold-small.jsonl"), "--format", "json")
    assert result.returncode == 0, result.stderr
    s = json.loads(result.stdout)["sections"]
    assert s["entities"]["span_tp"] == 4  # the four names are found (types are the model's)
    # "next month" resolves against small-3's own reference date (2025-02-13) -> 2025-03.
    assert (s["dates"]["span_tp"], s["dates"]["norm_acc"]) == (2, 1.0)
    assert (s["figures"]["span_tp"], s["figures"]["norm_acc"]) == (3, 1.0)
