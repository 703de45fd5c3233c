"""Plain facts the pipeline components leave on a Doc (``doc._.briefx_*``).

They hold character offsets into ``doc.text`` and normalised values, and know neither spaCy
nor the pydantic records: ``briefx.build`` turns them into a ``Brief``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefx.kinds import Comparator, DateKind, EntityType, FigureKind, Granularity


@dataclass(frozen=True, slots=True)
class FigureFact:
    """A normalised figure: ``kind`` is money, percent, count, quantity, number or ordinal."""

    start: int
    end: int
    kind: FigureKind
    value: float | int
    unit: str | None = None
    approximate: bool = False
    comparator: Comparator | None = None
    basis: str | None = None
    group: int | None = None  # ends of one range share a group number


@dataclass(frozen=True, slots=True)
class DateFact:
    """A normalised date: ``kind`` is date, range or duration; ``value`` ISO 8601 or None."""

    start: int
    end: int
    kind: DateKind
    value: str | None
    granularity: Granularity | None = None
    relative: bool = False
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class EntityFact:
    """One mention of an entity, with its canonical name and the titles next to it."""

    start: int
    end: int
    type: EntityType
    name: str
    titles: tuple[str, ...] = ()


@dataclass(slots=True)
class DocMeta:
    """Document metadata: title, published date, section headings (char offsets)."""

    title: tuple[int, int] | None = None
    published: str | None = None
    published_span: tuple[int, int] | None = None
    headings: list[tuple[int, int]] = field(default_factory=list)
    # (offset, ISO date) of each dateline or "Published:" line, in text order
    datelines: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class StatementFact:
    """A statement: who (speaker) said, announced or called for what (the content span).

    ``speaker_name`` is the canonical name of the source (None for an unnamed one);
    ``speaker_entity`` the span of the entity mention it resolves to, if one carries it.
    """

    start: int  # the content span
    end: int
    cue: str  # lemma: "say", "call for", "according to"
    quote: bool
    speaker_text: str
    speaker_start: int
    speaker_end: int
    speaker_name: str | None = None
    speaker_entity: tuple[int, int] | None = None
    negated: bool = False
    hedged: bool = False
