"""briefx: the facts of a news brief (entities, figures, dates) as validated records.

>>> from briefx import extract
>>> brief = extract("Published: 13.02.2025\n\nNATO allies pledged $126 billion.")

>>> from briefx import Options, run
>>> for brief in run(["briefs/"], Options(only={"figures"}, jobs=2)):
...     print(brief.source.path, len(brief.figures))

Heavy imports (spaCy, pydantic records) happen on first use, so ``import briefx`` is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefx.__about__ import __version__

if TYPE_CHECKING:
    from briefx.api import extract, extract_many
    from briefx.options import Options
    from briefx.records import Brief, DateMention, Entity, Figure
    from briefx.runner import run
    from briefx.sources import Source

__all__ = [
    "Brief", "DateMention", "Entity", "Figure", "Options", "Source", "__version__", "extract",
    "extract_many", "run",
]  # fmt: skip

_LAZY = {
    "extract": "briefx.api", "extract_many": "briefx.api", "Brief": "briefx.records",
    "DateMention": "briefx.records", "Entity": "briefx.records", "Figure": "briefx.records",
    "Source": "briefx.sources", "Options": "briefx.options", "run": "briefx.runner",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'briefx' has no attribute {name!r}")
