"""Keep part of a brief: some sections (``--only``), some types or kinds (``--types``).

Filters work on records, so every renderer sees the same filtered ``Brief``; fact ids are kept
as they were (a filtered brief may hold e2 and f3 only).
"""

from __future__ import annotations

from typing import get_args

from briefx.records import Brief, DateKind, EntityType, FigureKind

SECTIONS = frozenset({"entities", "figures", "dates"})
# Entity types are upper case, figure and date kinds lower case; no name is in two of the sets.
TYPES = {t.upper(): t for t in (*get_args(EntityType), *get_args(FigureKind), *get_args(DateKind))}


def _names(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def parse_only(value: str) -> frozenset[str]:
    """Parse a comma-separated list of sections: "entities,figures"."""
    names = [n.lower() for n in _names(value)]
    unknown = [n for n in names if n not in SECTIONS]
    if unknown or not names:
        raise ValueError(
            f"unknown section {', '.join(map(repr, unknown)) or '(none given)'}: "
            f"choose from {', '.join(sorted(SECTIONS))}"
        )
    return frozenset(names)


def parse_types(value: str) -> frozenset[str]:
    """Parse a comma-separated list of entity types, figure kinds and date kinds, any case.

    RETURNS (frozenset[str]): the names as the records spell them: {"PERSON", "money"}.
    """
    names = _names(value)
    unknown = [n for n in names if n.upper() not in TYPES]
    if unknown or not names:
        raise ValueError(
            f"unknown type {', '.join(map(repr, unknown)) or '(none given)'}: choose from "
            f"{', '.join(TYPES.values())}"
        )
    return frozenset(TYPES[n.upper()] for n in names)


def filter_brief(
    brief: Brief, *, only: frozenset[str] | None = None, types: frozenset[str] | None = None
) -> Brief:
    """Return a copy of the brief with only the wanted sections and types.

    only: sections to keep ("entities", "figures", "dates"); the others come out empty.
    types: entity types, figure kinds and date kinds to keep (any case); a fact whose type or
        kind is not named is dropped, in every section.
    None keeps everything. Unknown names raise ValueError, as in ``parse_only``/``parse_types``.
    """
    entities, figures, dates = brief.entities, brief.figures, brief.dates
    if only is not None:
        wanted = parse_only(",".join(only)) if only else frozenset()
        entities = entities if "entities" in wanted else []
        figures = figures if "figures" in wanted else []
        dates = dates if "dates" in wanted else []
    if types is not None:
        keep = {t.upper() for t in parse_types(",".join(types))} if types else set()
        entities = [e for e in entities if e.type.upper() in keep]
        figures = [f for f in figures if f.kind.upper() in keep]
        dates = [d for d in dates if d.kind.upper() in keep]
    return brief.model_copy(update={"entities": entities, "figures": figures, "dates": dates})
