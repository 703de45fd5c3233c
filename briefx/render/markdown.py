"""Markdown: a summary per brief (title, source and dates; entities, figures, dates, statements)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from briefx.records import Brief

# Characters that could start emphasis, code, links, raw HTML, entities, math (GitHub's $) or
# strikethrough, or end a table cell; a backslash makes each literal (CommonMark, GFM).
_SIGNIFICANT = re.compile(r"([\\`*_\[\]<>|~$&#!])")


def md_escape(text: object) -> str:
    """Escape text for a Markdown line or table cell (line breaks become spaces)."""
    return _SIGNIFICANT.sub(r"\\\1", " ".join(str(text).split()))


def _table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = ("" if cell is None else md_escape(cell) for cell in row)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def render_brief(brief: Brief) -> str:
    """Render one brief as Markdown."""
    out = [f"# {md_escape(brief.title or '(untitled)')}\n"]
    facts = [f"Source: {md_escape(brief.source.id or brief.source.path)}"]
    facts.append(f"published: {md_escape(brief.published or 'not stated')}")
    if brief.reference_date and brief.reference_date != brief.published:
        facts.append(f"reference date: {md_escape(brief.reference_date)}")
    out.append(" · ".join(facts) + "\n")
    if brief.entities:
        rows: list[list[object]] = [
            [e.name, e.type, "; ".join(e.titles), len(e.mentions)] for e in brief.entities
        ]
        out.append("## Entities\n\n" + _table(["name", "type", "titles", "mentions"], rows))
    if brief.figures:
        rows = [
            [f.text, f.kind, ("~" if f.approximate else "") + _number(f.value), f.unit,
             f.comparator, f.basis]
            for f in brief.figures
        ]  # fmt: skip
        header = ["text", "kind", "value", "unit", "comparator", "basis"]
        out.append("## Figures\n\n" + _table(header, rows))
    if brief.dates:
        rows = [
            [d.text, d.kind, d.value or "?", d.granularity,
             ", ".join(n for n, on in (("relative", d.relative), ("ambiguous", d.ambiguous)) if on)]
            for d in brief.dates
        ]  # fmt: skip
        out.append("## Dates\n\n" + _table(["text", "kind", "value", "granularity", "note"], rows))
    if brief.statements:
        figures = {f.id: f.text for f in brief.figures}
        rows = [
            [s.speaker_name or f"({s.speaker_text})", ("not " if s.negated else "") + s.cue,
             ("“" + s.text + "”") if s.quote else s.text,
             "; ".join(figures[i] for i in s.figures if i in figures),
             ", ".join(n for n, on in (("hedged", s.hedged),) if on)]
            for s in brief.statements
        ]  # fmt: skip
        header = ["speaker", "cue", "says", "figures", "note"]
        out.append("## Who said what\n\n" + _table(header, rows))
    if not (brief.entities or brief.figures or brief.dates or brief.statements):
        out.append("No facts found.\n")
    return "\n".join(out)


def markdown(briefs: Iterable[Brief]) -> Iterator[str]:
    """Yield one Markdown summary per brief, separated by a rule."""
    for n, brief in enumerate(briefs):
        yield ("\n---\n\n" if n else "") + render_brief(brief)
