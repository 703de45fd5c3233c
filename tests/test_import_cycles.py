"""No import cycles in the briefx package, imports inside functions included.

Imports are read with ``ast`` (nothing is imported): every ``import``/``from ... import`` in a
module, at any depth, except under ``if TYPE_CHECKING:`` (never run). ``from pkg import name``
counts as importing ``pkg.name`` where that is a module, else ``pkg``. The checker itself is
tested on small packages written to a temporary folder, with and without a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefx"


def _modules(root: Path) -> dict[str, Path]:
    """Map dotted module names (``briefx.pipeline.dates``) to files under ``root``."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package modules ``name`` imports at run time."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking_only(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = name.split(".") if is_package else name.split(".")[:-1]
                here = here[: len(here) - (node.level - 1)]
                base = ".".join([*here, base] if base else here)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in modules else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text("utf-8")))
    return {m for m in found if m in modules and m != name}


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the package modules it imports (at any depth, TYPE_CHECKING blocks excluded)."""
    modules = _modules(root)
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return sorted(out)


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, body in files.items():
        p = root / "pkg" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(body, "utf-8")
    return root / "pkg"


CHECKER_CASES = [
    pytest.param({"__init__.py": "", "a.py": "import pkg.b\n", "b.py": "from pkg import a\n"},
                 [["pkg.a", "pkg.b"]], id="top-level-cycle"),
    pytest.param({"__init__.py": "", "a.py": "from pkg.b import x\n",
                  "b.py": "def f():\n    from pkg.a import y\n"},
                 [["pkg.a", "pkg.b"]], id="cycle-through-a-function"),
    pytest.param({"__init__.py": "", "sub/__init__.py": "", "sub/a.py": "from . import b\n",
                  "sub/b.py": "from ..c import z\n", "c.py": "from pkg.sub import a\n"},
                 [["pkg.c", "pkg.sub.a", "pkg.sub.b"]], id="relative-imports"),
    pytest.param({"__init__.py": "", "a.py": "from typing import TYPE_CHECKING\n"
                  "if TYPE_CHECKING:\n    from pkg.b import x\n", "b.py": "import pkg.a\n"},
                 [], id="type-checking-only-is-no-cycle"),
    pytest.param({"__init__.py": "", "a.py": "import pkg.b\n", "b.py": "import json\n"},
                 [], id="no-cycle"),
]  # fmt: skip


@pytest.mark.parametrize(("files", "expected"), CHECKER_CASES)
def test_the_checker_finds_cycles(tmp_path: Path, files: dict[str, str], expected: list) -> None:  # type: ignore[type-arg]
    assert cycles(import_graph(_write(tmp_path, files))) == expected


def test_briefx_has_no_import_cycle() -> None:
    graph = import_graph(PACKAGE)
    assert len(graph) > 30  # the whole package was read
    assert cycles(graph) == []
