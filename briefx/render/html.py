"""The HTML page: each brief's text with its facts highlighted by displaCy (manual mode).

One self-contained page (no scripts, no external resources), streamed: header, one section per
brief, footer. Entities, figures and dates get one colour each; the label names the type and
hovering shows the normalised value. A statement's content is underlined, hovering names who
says it, and a link after it leads to the speaker's mention. displaCy escapes the text;
everything else we escape here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from typing import Any, get_args

from briefx.records import (
    Brief,
    DateKind,
    DateMention,
    Entity,
    EntityType,
    Figure,
    FigureKind,
    Statement,
)

SECTION_COLORS = {"entity": "#a6e1fa", "figure": "#fcd59a", "date": "#dcc3f7"}
LABELS = {
    "entity": [t.upper() for t in get_args(EntityType)],
    "figure": [k.upper() for k in get_args(FigureKind)],
    "date": [k.upper() for k in get_args(DateKind)],
}
# displaCy looks colours up by label; the three label sets are disjoint, so a label tells its section.
COLORS = {label: SECTION_COLORS[section] for section, labels in LABELS.items() for label in labels}

# Scripts are off and nothing may load from outside; displaCy's markup needs inline styles.
HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>briefx</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
section.brief { border-top: 1px solid #ccc; padding-top: 1rem; margin-top: 2rem; }
.meta, .note { color: #555; }
.legend mark { padding: 0.1em 0.4em; border-radius: 0.3em; margin-right: 0.5em; }
mark.entity[title] { cursor: help; }
span.statement { border-bottom: 2px solid #5a9e6f; }
span.statement[title] { cursor: help; }
a.speaker, span.speaker { font-size: 0.8em; color: #2e6b41; margin-left: 0.3em; }
</style>
</head>
<body>
<h1>briefx</h1>
"""
FOOT = "</body>\n</html>\n"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _legend() -> str:
    marks = "".join(
        f'<mark style="background: {color}">{name}</mark>' for name, color in SECTION_COLORS.items()
    )
    marks += '<span class="statement">statement</span>'
    return f'<p class="legend">{marks}</p>\n'


def _template() -> str | None:
    """Return displaCy's own mark template with our attributes added (None: displaCy's default)."""
    from spacy.displacy.templates import TPL_ENT

    mark = '<mark class="entity"'
    if mark not in TPL_ENT:  # a spaCy that changed its template: keep the highlights, lose hover
        return None
    attrs = ' id="{anchor}" data-section="{section}" data-id="{fact_id}" title="{hover}"'
    return TPL_ENT.replace(mark, mark + attrs, 1)


def _entity_hover(e: Entity) -> str:
    titles = f" ({'; '.join(e.titles)})" if e.titles else ""
    return f"{e.type} {e.name}{titles}"


def _figure_hover(f: Figure) -> str:
    hedge = f"{f.comparator} " if f.comparator else ("~" if f.approximate else "")
    value = int(f.value) if float(f.value).is_integer() else f.value
    unit = f" {f.unit}" if f.unit else ""
    basis = f" of {f.basis}" if f.basis else ""
    return f"{f.kind.upper()} {hedge}{value}{unit}{basis}"


def _date_hover(d: DateMention) -> str:
    notes = [n for n, on in (("relative", d.relative), ("ambiguous", d.ambiguous)) if on]
    return f"{d.kind.upper()} {d.value or '?'}" + (f" ({', '.join(notes)})" if notes else "")


def _anchor(n: int, fact_id: str, start: int | None = None) -> str:
    """The id of a fact's mark: "brief-1-e2-23" (an entity mention), "brief-1-f3"."""
    return f"brief-{n}-{fact_id}" + (f"-{start}" if start is not None else "")


def _spans(brief: Brief, n: int = 1) -> list[dict[str, Any]]:
    """Return the displaCy spans of every fact, in text order, overlaps dropped."""
    spans: list[tuple[int, int, str, str, str, str]] = []
    for e in brief.entities:
        for m in e.mentions:
            spans.append((m.start, m.end, e.type, "entity", e.id, _entity_hover(e)))
    for f in brief.figures:
        spans.append((f.start, f.end, f.kind.upper(), "figure", f.id, _figure_hover(f)))
    for d in brief.dates:
        spans.append((d.start, d.end, d.kind.upper(), "date", d.id, _date_hover(d)))
    out: list[dict[str, Any]] = []
    end = 0
    # briefx never emits overlapping facts; should it ever, displaCy would repeat text, so the
    # earlier (then longer) span wins.
    for start, stop, label, section, fact_id, hover in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < end:
            continue
        anchor = _anchor(n, fact_id, start if section == "entity" else None)
        params = {
            "section": section,
            "fact_id": _e(fact_id),
            "hover": _e(hover),
            "anchor": _e(anchor),
        }
        out.append({"start": start, "end": stop, "label": _e(label), "params": params})
        end = stop
    return out


def render_section(brief: Brief, n: int = 1) -> str:
    """Render one brief as an HTML <section>: title, source and date, the highlighted text."""
    from spacy import displacy

    head = f'<section class="brief" id="brief-{n}">\n<h2>{_e(brief.title or "(untitled)")}</h2>\n'
    meta = f"source: {brief.source.path}"
    if brief.source.id:
        meta += f" (id {brief.source.id})"
    meta += f" · published: {brief.published or 'not stated'}"
    if brief.reference_date and brief.reference_date != brief.published:
        meta += f" · reference date: {brief.reference_date}"
    head += f'<p class="meta">{_e(meta)}</p>\n'
    if brief.source.text is None:
        note = "The text was not included in this record (extract with --include-text)."
        return f'{head}<p class="note">{_e(note)}</p>\n</section>\n'
    options: dict[str, Any] = {"colors": COLORS}
    template = _template()
    if template:
        options["template"] = template
    spans = _spans(brief, n)
    if not brief.statements:
        doc = {"text": brief.source.text, "ents": spans, "title": None}
        body = displacy.render(
            [doc], style="ent", manual=True, page=False, jupyter=False, options=options
        )
    else:
        body = _with_statements(brief, spans, options, n)
    return f"{head}{body}\n</section>\n"


def _statement_hover(s: Statement) -> str:
    who = s.speaker_name or f"unnamed source ({s.speaker_text})"
    flags = [f for f, on in (("negated", s.negated), ("hedged", s.hedged)) if on]
    kind = "quotes" if s.quote else "reports"
    return f"{who} {kind} ({s.cue})" + (f", {', '.join(flags)}" if flags else "")


def _speaker_anchor(brief: Brief, s: Statement, n: int) -> str | None:
    """The mention a statement's speaker link leads to: the latest mention of the speaker
    before the content that reads like the speaker's words, else the latest, else the first."""
    entity = next((e for e in brief.entities if e.id == s.speaker), None)
    if entity is None:
        return None
    before = [m for m in entity.mentions if m.start < s.start]
    same = [m for m in before if m.text == s.speaker_text]
    mention = (same or before or entity.mentions)[-1 if (same or before) else 0]
    return _anchor(n, entity.id, mention.start)


def _with_statements(
    brief: Brief, spans: list[dict[str, Any]], options: dict[str, Any], n: int
) -> str:
    """Render the text in segments: each statement's content wrapped in its own span.

    Statements never cross a fact (their content is whole tokens and holds whole facts); a
    statement overlapping an earlier one is not wrapped.
    """
    from spacy import displacy

    text = brief.source.text or ""
    chosen: list[Statement] = []
    for s in sorted(brief.statements, key=lambda x: (x.start, -x.end)):
        if not chosen or s.start >= chosen[-1].end:
            chosen.append(s)
    cuts: list[tuple[int, int, Statement | None]] = []
    pos = 0
    for s in chosen:
        if s.start > pos:
            cuts.append((pos, s.start, None))
        cuts.append((s.start, s.end, s))
        pos = s.end
    if pos < len(text):
        cuts.append((pos, len(text), None))
    parts = []
    for lo, hi, st in cuts:
        ents = [
            {**sp, "start": sp["start"] - lo, "end": sp["end"] - lo}
            for sp in spans
            if lo <= sp["start"] and sp["end"] <= hi
        ]
        html_ = displacy.render(
            [{"text": text[lo:hi], "ents": ents, "title": None}],
            style="ent",
            manual=True,
            page=False,
            jupyter=False,
            options=options,
        )
        inner = html_[html_.index(">") + 1 : html_.rindex("</div>")]
        if st is not None:
            who = _e(st.speaker_name or st.speaker_text)
            target = _speaker_anchor(brief, st, n)
            link = (
                f'<a class="speaker" href="#{_e(target)}">— {who}</a>'
                if target
                else f'<span class="speaker">— {who}</span>'
            )
            inner = (
                f'<span class="statement" id="{_e(_anchor(n, st.id))}" data-id="{_e(st.id)}" '
                f'data-speaker="{_e(st.speaker or "")}" title="{_e(_statement_hover(st))}">'
                f"{inner}{link}</span>"
            )
        parts.append(inner)
    return (
        '<div class="entities" style="line-height: 2.5; direction: ltr">'
        + "".join(parts)
        + "</div>"
    )


def html_page(briefs: Iterable[Brief]) -> Iterator[str]:
    """Yield one self-contained HTML page, chunk by chunk: header, a section per brief, footer."""
    yield HEAD + _legend()
    for n, brief in enumerate(briefs, 1):
        yield render_section(brief, n)
    yield FOOT
