"""Every module of briefx opens with a docstring that says what it is for."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefx"
MODULES = sorted(PACKAGE.rglob("*.py"))


def test_the_package_was_found() -> None:
    assert len(MODULES) > 30


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_has_a_docstring(path: Path) -> None:
    doc = ast.get_docstring(ast.parse(path.read_text("utf-8")))
    assert doc, f"{path}: its first lines should say what it is for"
