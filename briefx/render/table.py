"""The terminal summary (rich): title, dates, entities by type, figures, who said what."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from briefx.records import Brief, Figure, Statement

TYPE_ORDER = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT"]
EXCERPT = 60  # characters of a statement's content shown


def excerpt(s: Statement, width: int = EXCERPT) -> str:
    """A statement's content, shortened to ``width`` characters at a word boundary, in quotation
    marks when it is a direct quotation."""
    text = " ".join(s.text.split())
    if len(text) > width:
        cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
        text = cut + "…"
    return f"“{text}”" if s.quote else text


def speaker_label(s: Statement) -> str:
    """Who speaks: the canonical name, or the source's own words for an unnamed source."""
    return s.speaker_name or f"({s.speaker_text})"


def cue_label(s: Statement) -> str:
    """The cue, with "not" for a negated one ("not say")."""
    return ("not " if s.negated else "") + s.cue


def format_value(f: Figure) -> str:
    """Return a figure's value for people: 126000000000 USD -> "126,000,000,000 USD"."""
    value = f"{f.value:,}" if isinstance(f.value, int) else f"{f.value:,.6g}"
    prefix = (f.comparator + " ") if f.comparator else ("~" if f.approximate else "")
    unit = f" {f.unit}" if f.unit and f.unit not in ("%",) else (f.unit or "")
    return f"{prefix}{value}{unit}"


def render_brief(brief: Brief) -> Group:
    """Build the summary of one brief as rich renderables."""
    head = Text()
    head.append(brief.title or "(untitled)", style="bold")
    head.append(f"\n{brief.source.path}", style="dim")
    if brief.published:
        head.append(f"  published {brief.published}", style="dim")
    if brief.reference_date and brief.reference_date != brief.published:
        head.append(f"  reference {brief.reference_date}", style="dim")
    parts: list[object] = [head]

    if brief.entities:
        t = Table(title="Entities", title_justify="left", expand=False, show_edge=False)
        t.add_column("type", style="cyan", no_wrap=True)
        t.add_column("name", style="bold")
        t.add_column("titles", overflow="fold")
        t.add_column("n", justify="right")
        for etype in TYPE_ORDER:
            for e in (e for e in brief.entities if e.type == etype):
                t.add_row(e.type, e.name, "; ".join(e.titles), str(len(e.mentions)))
        parts.append(t)
    if brief.figures:
        t = Table(title="Figures", title_justify="left", show_edge=False)
        t.add_column("kind", style="cyan", no_wrap=True)
        t.add_column("text", overflow="fold")
        t.add_column("value", justify="right", overflow="fold")
        t.add_column("basis")
        for f in brief.figures:
            t.add_row(f.kind, f.text, format_value(f), f.basis or "")
        parts.append(t)
    if brief.dates:
        t = Table(title="Dates", title_justify="left", show_edge=False)
        t.add_column("text", overflow="fold")
        t.add_column("value", style="bold")
        t.add_column("kind", style="cyan")
        t.add_column("note", style="dim")
        t.add_column("n", justify="right")
        for (value, kind, note), texts in _date_rows(brief).items():
            t.add_row(" / ".join(dict.fromkeys(texts)), value, kind, note, str(len(texts)))
        parts.append(t)
    if brief.statements:
        figures = {f.id: f.text for f in brief.figures}
        t = Table(title="Who said what", title_justify="left", show_edge=False)
        t.add_column("speaker", style="bold", overflow="fold")
        t.add_column("cue", style="cyan", no_wrap=True)
        t.add_column("figures", overflow="fold")
        t.add_column("says", overflow="fold")
        for s in brief.statements:
            figs = "; ".join(figures[i] for i in s.figures if i in figures)
            says = excerpt(s) + (" (hedged)" if s.hedged else "")
            t.add_row(speaker_label(s), cue_label(s), figs, says)
        parts.append(t)
    if not (brief.entities or brief.figures or brief.dates or brief.statements):
        parts.append(Text("No facts found.", style="dim"))
    return Group(*parts)  # type: ignore[arg-type]


def _date_rows(brief: Brief) -> dict[tuple[str, str, str], list[str]]:
    """Group the dates that say the same thing: (value, kind, note) -> their texts, in order.

    A footer repeating the publication date is then one row with n = 2, as entities show
    their mentions' count.
    """
    rows: dict[tuple[str, str, str], list[str]] = {}
    for d in brief.dates:
        note = ", ".join(
            n for n, on in (("relative", d.relative), ("ambiguous", d.ambiguous)) if on
        )
        rows.setdefault((d.value or "?", d.kind, note), []).append(d.text)
    return rows


def print_table(briefs: Iterable[Brief], console: Console) -> None:
    """Print each brief's summary in a panel as it arrives."""
    for brief in briefs:
        console.print(Panel(render_brief(brief), expand=False))
