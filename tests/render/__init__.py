"""Briefs for the renderer tests, built by the real pipeline (loaded once per session).

HOSTILE holds texts meant to break a renderer: markup, formula starters, table pipes. New
attacks go there; every format's tests run on all of them.
"""

from __future__ import annotations

from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from briefx.api import extract_many
from briefx.filters import filter_brief
from briefx.records import Brief
from briefx.sources import Source
from briefx.statements_filter import without_statements

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NATO_PATH = "samples/hegseth-nato.txt"
FORMULA = "=cmd|' /C calc'!A0"
SCRIPT = '<script>document.title="pwned"</script>'

HOSTILE = {
    # markup in the headline and the body; the script would rename the page if it ran
    "script": (
        f"Hegseth | NATO {SCRIPT} *talks*\n\n"
        f"{SCRIPT} Pete Hegseth visited Brussels | NATO on 13.02.2025 and spent over $3 billion."
    ),
    # texts and names a spreadsheet would read as formulas, next to negative numbers
    "signs": "Profits changed by -5% in 2024, to -5 million dollars, said @Acme Corp. +44 rose.",
}


@cache
def nato() -> Brief:
    """Return the NATO sample's brief, text included."""
    text = (SAMPLES / "hegseth-nato.txt").read_text(encoding="utf-8")
    return next(extract_many([Source(NATO_PATH, text)], include_text=True))


@cache
def hostile(name: str) -> Brief:
    """Return the brief of HOSTILE[name], text included; its source id is a formula."""
    source = Source(f'{name},"quoted".txt', HOSTILE[name], format="jsonl", id=FORMULA)
    return next(extract_many([source], include_text=True))


def all_briefs() -> list[Brief]:
    """Return the NATO brief and every hostile brief."""
    return [nato(), *(hostile(name) for name in HOSTILE)]


class _Marks(HTMLParser):
    """Collect each <mark>: its attributes, its text and its label (the <span> inside)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str]] = []
        self.text: list[str] = []  # all text of the page, as a reader sees it
        self._in: str | None = None  # "mark" or "label" while inside one

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark" and dict(attrs).get("class") == "entity":
            self.marks.append({k: v or "" for k, v in attrs} | {"text": "", "label": ""})
            self._in = "mark"
        elif tag == "span" and self._in == "mark":
            self._in = "label"

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._in == "label":
            self._in = "mark"
        elif tag == "mark":
            self._in = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in == "mark":
            self.marks[-1]["text"] += data.strip()
        elif self._in == "label":
            self.marks[-1]["label"] += data.strip()


def read_page(html: str) -> tuple[list[dict[str, str]], str]:
    """Return the highlighted marks of a page and its whole text."""
    parser = _Marks()
    parser.feed(html)
    parser.close()
    return parser.marks, "".join(parser.text)


def filtered(
    brief: Brief, only: frozenset[str] | None = None, types: frozenset[str] | None = None
) -> Brief:
    """``filter_brief`` as ``--only`` will treat statements: kept only when asked for (see
    briefx/statements_filter.py; idempotent once filters.py does it itself)."""
    out = filter_brief(brief, only=only, types=types)
    return without_statements(out) if only is not None and "statements" not in only else out
