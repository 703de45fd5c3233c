"""The real command with every input kind and output format (issue 7)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefx.cli import app

DATA = Path(__file__).resolve().parent / "data"
ROOT = DATA.parent.parent
SAMPLE = ROOT / "samples" / "hegseth-nato.txt"
runner = CliRunner()


def invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    p = tmp_path / "hostile.txt"
    p.write_text(
        "=cmd|' /C calc'!A0 <script>alert(1)</script>\n\n"
        "NATO allies pledged over $126 billion in 2022; exports fell -5% in Brussels.\n"
    )
    return p


def test_html_page_input_is_detected_and_its_text_kept() -> None:
    result = invoke("extract", str(DATA / "article.html"), "-f", "json")
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert obj["source"]["format"] == "html"
    text = obj["source"]["text"]
    assert text
    for f in obj["figures"]:
        assert text[f["start"] : f["end"]] == f["text"]
    for e in obj["entities"]:
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


def test_jsonl_input_keeps_ids_and_meta_and_reports_bad_lines() -> None:
    result = invoke(
        "extract", "--input-format", "jsonl", str(DATA / "bad-records.jsonl"), "-f", "jsonl"
    )
    assert result.exit_code == 1
    good = [json.loads(line) for line in result.stdout.splitlines()]
    assert good
    assert all(o["source"]["format"] == "jsonl" for o in good)
    assert "line" in result.stderr
    ok = invoke("extract", "--input-format", "jsonl", str(DATA / "records.jsonl"), "-f", "jsonl")
    assert ok.exit_code == 0, ok.output
    objs = [json.loads(line) for line in ok.stdout.splitlines()]
    assert objs[0]["source"]["id"] == "a1"
    assert objs[0]["source"]["meta"]["source"] == "wire"
    assert objs[0]["reference_date"] in (None, "2025-02-13")


def test_csv_neutralises_formulas_and_keeps_numbers(hostile: Path) -> None:
    result = invoke("extract", str(hostile), "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    assert set(rows[0]) == {
        "doc",
        "section",
        "type",
        "text",
        "start",
        "end",
        "value",
        "unit",
        "name",
    }
    for row in rows:
        assert not row["text"].startswith(("=", "+", "-", "@"))
    money = next(r for r in rows if r["type"] == "money")
    assert float(money["value"]) == 126_000_000_000


def test_html_output_is_one_page_with_escaped_text(hostile: Path) -> None:
    result = invoke("extract", str(hostile), str(SAMPLE), "-f", "html")
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert page.count("<html") == 1
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    assert "Pete Hegseth" in page


def test_markdown_output(hostile: Path) -> None:
    result = invoke("extract", str(SAMPLE), "-f", "md")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("#")
    assert "Pete Hegseth" in result.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "md", "html", "table"])
def test_only_and_types_filter_every_format(fmt: str) -> None:
    result = invoke("extract", str(SAMPLE), "-f", fmt, "--only", "entities", "--types", "PERSON")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Pete Hegseth" in out
    assert "126" not in out.replace("126,000", "126") or fmt == "html"  # no money figure
    assert "Brussels" not in out or fmt in ("html",)  # GPE filtered (html shows the text)


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--only", "people"], "people"), (["--types", "CITY"], "CITY")],
)
def test_unknown_filter_names_are_usage_errors(args: list[str], message: str) -> None:
    result = invoke("extract", str(SAMPLE), *args)
    assert result.exit_code == 2
    assert message in result.output


def test_eval_command_scores_a_gold_file() -> None:
    result = invoke("eval", str(DATA / "gold-small.jsonl"), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report["sections"]) <= {"entities", "figures", "dates", "statements"}
    for sec in report["sections"].values():
        assert 0.0 <= sec["f1"] <= 1.0
    table = invoke("eval", str(DATA / "gold-small.jsonl"))
    assert table.exit_code == 0
    assert "F1" in table.stdout


def test_eval_missing_gold_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = invoke("eval", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 1
    assert "E004" in result.stderr


def _seed_html(tmp_path: Path) -> Path:
    import html

    lines = [ln for ln in SAMPLE.read_text(encoding="utf-8").split("\n") if ln.strip()]
    body = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in lines[1:])
    page = (
        f"<!doctype html><html><head><title>{html.escape(lines[0])}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World $5 billion deals</a></nav>"
        f"<article><h1>{html.escape(lines[0])}</h1>{body}</article>"
        "<footer>Copyright 1999 Example News. Call 202-555-0100.</footer></body></html>"
    )
    p = tmp_path / "seed.html"
    p.write_text(page, encoding="utf-8")
    return p


@pytest.mark.parametrize("kind", ["text", "html", "jsonl"])
def test_seed_in_every_input_kind(kind: str, tmp_path: Path) -> None:
    if kind == "text":
        args = [str(SAMPLE)]
    elif kind == "html":
        args = [str(_seed_html(tmp_path))]
    else:
        rec = tmp_path / "seed.jsonl"
        text = SAMPLE.read_text(encoding="utf-8")
        rec.write_text(json.dumps({"id": "seed", "text": text, "desk": "defense"}) + "\n")
        args = ["--input-format", "jsonl", str(rec)]
    result = invoke("extract", *args, "-f", "jsonl")
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    names = {e["name"] for e in obj["entities"]}
    assert {"Pete Hegseth", "NATO", "Ukraine Defense Contact Group"} <= names
    money = [f for f in obj["figures"] if f["kind"] == "money"]
    assert [(f["text"], f["value"]) for f in money] == [("over $126 billion", 126_000_000_000)]
    assert obj["published"] == "2025-02-13"
    if kind == "html":
        assert "Copyright" not in obj["source"]["text"]  # the footer is no part of the article
        assert "Home" not in obj["source"]["text"]
    if kind == "jsonl":
        assert obj["source"]["meta"] == {"desk": "defense"}


@pytest.mark.parametrize("fmt", ["csv", "md", "html"])
def test_seed_in_every_output_format(fmt: str) -> None:
    result = invoke("extract", str(SAMPLE), "-f", fmt)
    assert result.exit_code == 0, result.output
    for expected in ("Pete Hegseth", "over $126 billion", "13.02.2025"):
        assert expected.replace("$", "\\$") in result.stdout or expected in result.stdout
