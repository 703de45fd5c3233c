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


# -- word lists: each has one home, a table in models/, and one loader here -------------------


@cache
def months() -> dict[str, int]:
    """Month names and abbreviations (lower case) -> month number (models/months.jsonl)."""
    return {r["word"]: int(r["month"]) for r in read_jsonl("months.jsonl")}


@cache
def month_abbreviations() -> frozenset[str]:
    """The abbreviated month names ("jan", "sept"), which may be followed by a dot."""
    return frozenset(r["word"] for r in read_jsonl("months.jsonl") if r.get("abbr"))


@cache
def number_words(*kinds: str) -> dict[str, int]:
    """Number words (lower case) -> value, of the given kinds: "small", "tens", "ordinal".

    kinds (str): which rows of models/number_words.jsonl; none given means every row.
    """
    rows = read_jsonl("number_words.jsonl")
    return {r["word"]: int(r["value"]) for r in rows if not kinds or r["kind"] in kinds}


@cache
def hedges(use: str) -> tuple[dict[str, Any], ...]:
    """The rows of models/hedges.jsonl that hedge ``use``: "figures" or "durations"."""
    if use == "figures":
        return tuple(r for r in read_jsonl("hedges.jsonl") if r.get("figures", True))
    if use == "durations":
        return tuple(r for r in read_jsonl("hedges.jsonl") if r.get("durations"))
    raise ValueError(f"hedges are for figures or durations, not {use!r}")


@cache
def citation_words(*, also_words: bool = True) -> frozenset[str]:
    """Words of legal citations (models/citation_words.jsonl), lower case.

    also_words (bool): include those with an everyday use too ("u.s.").
    """
    rows = read_jsonl("citation_words.jsonl")
    return frozenset(r["word"] for r in rows if also_words or not r.get("also_a_word"))


@cache
def fiscal_years() -> tuple[dict[str, Any], ...]:
    """Government fiscal years (models/fiscal_years.jsonl): first month, precision, the words
    of a text that name the government, and the row a text naming none falls back to."""
    return read_jsonl("fiscal_years.jsonl")
