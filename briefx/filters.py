"""Keep part of a brief: some sections (``--only``), some types or kinds (``--types``).

Filters work on records, after the engine, so every engine and every renderer sees the same
filtered ``Brief``; fact ids are kept as they were (a filtered brief may hold e2 and f3 only).
Statements point at entities, figures and dates by id, and every id in the output resolves:
``--only statements`` keeps the records its statements point to, whatever the other filters
say; without it, a statement kept under ``--types`` (which does not filter statements) points
only to the records the types keep (its ``speaker`` id is null where the speaker's type was
dropped; ``speaker_name`` still names it).
"""

from __future__ import annotations

from collections.abc import Iterable

from briefx.options import Options
from briefx.records import Brief
from briefx.statements_filter import narrow_statement_refs, with_statement_refs


def keep(brief: Brief, options: Options) -> Brief:
    """Return the brief with only the sections and types the options keep.

    ``options.only``: sections to keep; the others come out empty. ``options.types``: entity
    types, figure kinds and date kinds to keep; a fact whose type or kind is not named is
    dropped, in every section. None keeps everything (the brief itself is returned).
    """
    only, types = options.only, options.types
    if only is None and types is None:
        return brief
    entities, figures, dates = brief.entities, brief.figures, brief.dates
    statements = brief.statements
    if only is not None:
        entities = entities if "entities" in only else []
        figures = figures if "figures" in only else []
        dates = dates if "dates" in only else []
        statements = statements if "statements" in only else []
    if types is not None:
        entities = [e for e in entities if e.type in types]
        figures = [f for f in figures if f.kind in types]
        dates = [d for d in dates if d.kind in types]
    kept = brief.model_copy(
        update={
            "entities": entities,
            "figures": figures,
            "dates": dates,
            "statements": statements,
        }
    )
    if not statements:
        return kept
    if only is not None:  # statements asked for: they bring what they point to
        return with_statement_refs(kept, brief)
    return narrow_statement_refs(kept)


def filter_brief(
    brief: Brief,
    *,
    only: str | Iterable[str] | None = None,
    types: str | Iterable[str] | None = None,
) -> Brief:
    """``keep`` with the flags' text or collections: ``filter_brief(b, only="figures")``.

    An empty collection keeps nothing of its kind; unknown names raise
    ``pydantic.ValidationError`` (a ValueError) naming the choices.
    """
    return keep(brief, Options(only=only, types=types))  # type: ignore[arg-type]
