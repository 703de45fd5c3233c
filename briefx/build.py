"""Doc facts -> ``Brief`` records: ids, sentence indices, entity grouping."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefx.__about__ import __version__
from briefx.facts import DateFact, DocMeta, EntityFact, FigureFact, StatementFact
from briefx.kinds import EntityType
from briefx.records import (
    Brief,
    DateMention,
    Entity,
    Figure,
    Heading,
    Mention,
    PipelineInfo,
    Source,
    Statement,
)


@dataclass(slots=True)
class DocFacts:
    """What the pipeline found in one piece of text, offsets relative to the whole text."""

    offset: int
    sentence_starts: list[int]  # char offsets (in the whole text) where sentences start
    meta: DocMeta
    entities: list[EntityFact]
    figures: list[FigureFact]
    dates: list[DateFact]
    statements: list[StatementFact] = field(default_factory=list)


def facts_from_doc(doc: Any, offset: int = 0) -> DocFacts:
    """Collect a processed Doc's facts (duck-typed: build.py does not import spaCy)."""
    d = doc
    return DocFacts(
        offset=offset,
        sentence_starts=[offset + s.start_char for s in _sentences(d)],
        meta=d._.briefx_meta or DocMeta(),
        entities=list(d._.briefx_entities or []),
        figures=list(d._.briefx_figures or []),
        dates=list(d._.briefx_dates or []),
        statements=list(getattr(d._, "briefx_statements", None) or []),
    )


def _sentences(doc: Any) -> list[Any]:
    """A Doc's sentences, or the whole Doc where no component set sentence boundaries."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return list(doc.sents)
    return [doc[:]]


def build_brief(
    pieces: Sequence[DocFacts],
    *,
    source: Source,
    pipeline_name: str,
    pipeline_version: str,
    reference_date: dt.date | None,
    include_text: bool = False,
) -> Brief:
    """Assemble one ``Brief`` from the facts of the pieces of ``source.text``."""
    text = source.text
    if text is None:
        raise ValueError(f"build_brief needs the text of {source.path!r}")
    starts = sorted({s for p in pieces for s in p.sentence_starts} | {0})

    def sentence(pos: int) -> int:
        return max(bisect.bisect_right(starts, pos) - 1, 0)

    first = pieces[0].meta if pieces else DocMeta()
    title = None
    if first.title:
        title = text[first.title[0] : first.title[1]]
    published = next((p.meta.published for p in pieces if p.meta.published), None)
    published = published or source.published
    ref = reference_date.isoformat() if reference_date else published

    headings = [
        Heading(text=text[p.offset + s : p.offset + e], start=p.offset + s, end=p.offset + e)
        for p in pieces
        for s, e in p.meta.headings
    ]
    figures = []
    groups: dict[tuple[int, int], str] = {}
    for p in pieces:
        for f in p.figures:
            s, e = f.start + p.offset, f.end + p.offset
            group = None
            if f.group is not None:
                group = groups.setdefault((id(p), f.group), f"g{len(groups) + 1}")
            figures.append((s, e, f, group))
    figures.sort(key=lambda x: (x[0], x[1]))
    figure_records = [
        Figure(
            id=f"f{n}",
            kind=f.kind,
            text=text[s:e],
            start=s,
            end=e,
            sentence=sentence(s),
            value=f.value,
            unit=f.unit,
            approximate=f.approximate,
            comparator=f.comparator,
            basis=f.basis,
            group=group,
        )
        for n, (s, e, f, group) in enumerate(figures, 1)
    ]
    dates = sorted(
        ((d.start + p.offset, d.end + p.offset, d) for p in pieces for d in p.dates),
        key=lambda x: (x[0], x[1]),
    )
    date_records = [
        DateMention(
            id=f"d{n}",
            kind=d.kind,
            text=text[s:e],
            start=s,
            end=e,
            sentence=sentence(s),
            value=d.value,
            granularity=d.granularity,
            relative=d.relative,
            ambiguous=d.ambiguous,
        )
        for n, (s, e, d) in enumerate(dates, 1)
    ]
    entity_records = _entities(text, pieces, sentence)
    return Brief(
        briefx_version=__version__,
        pipeline=PipelineInfo(name=pipeline_name, version=pipeline_version),
        source=source.model_copy(
            update={"text": text if include_text or source.format == "html" else None}
        ),
        title=title,
        published=published,
        reference_date=ref,
        headings=headings,
        entities=entity_records,
        figures=figure_records,
        dates=date_records,
        statements=_statements(
            text, pieces, sentence, entity_records, figure_records, date_records
        ),
    )


def _entities(
    text: str, pieces: Sequence[DocFacts], sentence: Callable[[int], int]
) -> list[Entity]:
    """Group mentions by (canonical name, type) across all pieces, in order of first mention."""
    grouped: dict[tuple[str, EntityType], list[tuple[int, int]]] = {}
    titles: dict[tuple[str, EntityType], list[str]] = {}
    for p in pieces:
        for m in p.entities:
            key = (m.name, m.type)
            grouped.setdefault(key, []).append((m.start + p.offset, m.end + p.offset))
            seen = titles.setdefault(key, [])
            seen.extend(t for t in m.titles if t not in seen)
    order = sorted(grouped, key=lambda k: min(grouped[k]))
    out = []
    for n, key in enumerate(order, 1):
        spans = sorted(set(grouped[key]))
        out.append(
            Entity(
                id=f"e{n}",
                name=key[0],
                type=key[1],
                titles=titles[key],
                mentions=[
                    Mention(text=text[s:e], start=s, end=e, sentence=sentence(s)) for s, e in spans
                ],
            )
        )
    return out


def _statements(
    text: str,
    pieces: Sequence[DocFacts],
    sentence: Any,
    entities: list[Entity],
    figures: list[Figure],
    dates: list[DateMention],
) -> list[Statement]:
    """Statements in text order, their speaker, figures and dates given by record id."""
    by_mention = {(m.start, m.end): e for e in entities for m in e.mentions}
    by_name: dict[str, Entity] = {}
    for e in entities:
        by_name.setdefault(e.name, e)
    facts = sorted(
        (
            (st.start + p.offset, st.end + p.offset, p.offset, st)
            for p in pieces
            for st in p.statements
        ),
        key=lambda x: (x[0], x[1]),
    )
    names = {e.id: e.name for e in entities}
    figures_in, dates_in = _ids_inside(figures), _ids_inside(dates)
    out = []
    for n, (s, end, offset, st) in enumerate(facts, 1):
        speaker = None
        if st.speaker_entity is not None:
            hit = by_mention.get((st.speaker_entity[0] + offset, st.speaker_entity[1] + offset))
            speaker = hit.id if hit else None
        if speaker is None and st.speaker_name:
            hit = by_name.get(st.speaker_name)
            speaker = hit.id if hit else None
        name = st.speaker_name
        if speaker is not None:
            name = names[speaker]
        out.append(
            Statement(
                id=f"s{n}",
                text=text[s:end],
                start=s,
                end=end,
                sentence=sentence(s),
                speaker=speaker,
                speaker_name=name,
                speaker_text=st.speaker_text,
                cue=st.cue,
                quote=st.quote,
                figures=figures_in(s, end),
                dates=dates_in(s, end),
                negated=st.negated,
                hedged=st.hedged,
            )
        )
    return out


def _ids_inside(items: Sequence[Figure] | Sequence[DateMention]) -> Callable[[int, int], list[str]]:
    """Return ``ids(start, end)``: the ids of the items lying within [start, end], in list order.

    A binary search over the items' starts, so that a long document's statements do not each
    scan every figure and date (that made a 1 MB document's brief quadratic: 73 of 160 s).
    """
    order = sorted(range(len(items)), key=lambda i: items[i].start)
    starts = [items[i].start for i in order]

    def ids(start: int, end: int) -> list[str]:
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
        return [items[i].id for i in sorted(order[lo:hi]) if items[i].end <= end]

    return ids
