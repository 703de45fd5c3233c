"""Tables derived by scripts/ from maintained sources equal a fresh build (as dateparser checks
its data): a table edited by hand, or a source that moved on, fails here until the script is rerun.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("script", "table"),
    [
        ("derive_currencies", "currency_names.jsonl"),
        ("derive_local_currency_symbols", "local_currency_symbols.jsonl"),
        ("derive_currency_abbreviations", "currency_abbreviations.jsonl"),
        ("derive_units", "unit_names.jsonl"),
    ],
)
def test_committed_table_equals_fresh_build(script: str, table: str) -> None:
    module = _script(script)
    committed = (ROOT / "models" / table).read_text(encoding="utf-8")
    assert committed == module.render(), f"rerun scripts/{script}.py"
