"""Access to the data in ``models/``: the pipeline config and the editable tables.

In a wheel ``models/`` ships as ``briefx/models``; in a checkout it sits beside the package.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def models_dir() -> Path:
    """Return the folder holding config.cfg and the data tables."""
    for candidate in (_PACKAGE_DIR / "models", _PACKAGE_DIR.parent / "models"):
        if (candidate / "config.cfg").is_file():
            return candidate
    raise FileNotFoundError("briefx models/ folder not found next to the package")


@cache
def read_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Read a JSONL table from models/ (cached; blank lines and // comments skipped)."""
    rows = []
    with open(models_dir() / name, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("//"):
                rows.append(json.loads(line))
    return tuple(rows)
