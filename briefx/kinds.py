"""The closed vocabularies of briefx: what kind of figure, date or entity a fact is.

Shared by the plain facts the components leave on a Doc (``briefx.facts``) and the pydantic
records (``briefx.records``), so both are typed by the same ``Literal`` and the builder needs
no cast between them.
"""

from __future__ import annotations

from typing import Literal, TypeGuard, get_args

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT"]
FigureKind = Literal["money", "percent", "count", "quantity", "number", "ordinal"]
Comparator = Literal[">", ">=", "<", "<="]
DateKind = Literal["date", "range", "duration"]
Granularity = Literal["day", "week", "month", "quarter", "season", "year", "decade", "century"]


# Checks for values that come from text-level code as plain strings: each narrows the type
# for mypy and fails loudly (a bug, not an input error) on a word outside the vocabulary.
def is_figure_kind(value: object) -> TypeGuard[FigureKind]:
    """True if ``value`` is one of ``FigureKind``."""
    return value in get_args(FigureKind)


def is_comparator(value: object) -> TypeGuard[Comparator]:
    """True if ``value`` is one of ``Comparator``."""
    return value in get_args(Comparator)


def is_date_kind(value: object) -> TypeGuard[DateKind]:
    """True if ``value`` is one of ``DateKind``."""
    return value in get_args(DateKind)


def is_granularity(value: object) -> TypeGuard[Granularity]:
    """True if ``value`` is one of ``Granularity``."""
    return value in get_args(Granularity)


def is_entity_type(value: object) -> TypeGuard[EntityType]:
    """True if ``value`` is one of ``EntityType``."""
    return value in get_args(EntityType)
