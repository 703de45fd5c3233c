"""The README's promises: its Python example runs, its commands exist, the schema is published."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefx.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_python_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})  # noqa: S102  the README is our own text
    out = capsys.readouterr().out
    assert "2025-02-13" in out
    assert "('over $126 billion', 126000000000, 'USD', '>')" in out


def test_public_api_names() -> None:
    import briefx
    from briefx import Brief, extract, extract_many

    assert callable(extract)
    assert callable(extract_many)
    assert Brief.__name__ == "Brief"
    import briefx.api

    assert callable(briefx.extract)


@pytest.mark.parametrize(
    "command", sorted({c.name or c.callback.__name__ for c in app.registered_commands})
)
def test_every_command_has_help_and_is_documented(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert f"briefx {command}" in README


@pytest.mark.parametrize(
    "option",
    [
        "--format",
        "--reference-date",
        "--model",
        "--glob",
        "--jobs",
        "--date-order",
        "--only",
        "--types",
        "--input-format",
    ],
)
def test_extract_options_are_documented(option: str) -> None:
    assert option in README
