"""Units declared once for the numbers under them (session 33, declared20).

Statistical releases, budgets and results tables state a unit once and then give bare numbers:
a caption over rows ("Revenue by segment (US$ million)" over "Mobile networks    4,210"; "Inflation
by category, per cent:" over "- Food: 3.2"), a label before its values ("Unemployment rate (%):
6.1 in Q3, down from 6.4"; "Figures in billions of rand: spending 2,470"), a column header
("Region    Sales (€m)    Change (%)"). A bare number in the scope of such a unit is a figure in
that unit and scale: "4,210" -> 4210000000 USD, its span the number as written; "1,250" under
"('000 tonnes)" -> 1250000 t. What the phrase declares is read by ``normalize.declared`` (the
scanner's own grammar, with a "1" where the number would stand).

Scopes, from the layout the figures stage already reads (``tables.row_cells``: cells parted
by two spaces, a tab or pipes):
- a column header cell that declares a unit: the cells under it, while the rows keep the
  header's number of cells; it wins over a caption;
- a label before a colon that declares a unit, the values after it on its line;
- a caption (a line that closes on its unit, a colon allowed after it) over the rows below,
  up to a blank line, a line with no digit (bar a table's header or rule line) or a line of
  running prose.
Left alone: numbers with a unit or noun of their own (a percentage, an amount, a count whose
noun follows), a row's leading number (a rank or row number), years and dates (the dates
stage holds them), numbers outside the scope. A declared scale alone ("(thousands)", "Jobs
('000)") multiplies the number and keeps its kind. The "'000" of a heading is no figure
(``thousands_mark``). No tables of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Doc

from briefx.facts import FigureFact
from briefx.normalize.declared import Declared, read_declared, thousands_mark
from briefx.normalize.numbers import as_json_number
from briefx.normalize.scan import Found
from briefx.pipeline._util import text_of
from briefx.pipeline.figures.tables import row_cells

__all__ = ["declared_units", "drop_thousands_marks"]

Local = tuple[str, frozenset[str]] | None
Scope = tuple[int, int, Declared]

# a label before a colon at a line's start, a bullet allowed before it; its values after the
# colon on the same line ("Unemployment rate (%): 6.1", "- Food: 3.2"); none after it makes
# the line a caption ("Inflation by category, per cent:")
LABEL = re.compile(r"[ \t]*(?:[•*\-–—·▪◦‣]+[ \t]+)?([^\s:][^\n:]{0,79}?)[ \t]*:[ \t]*")
# the phrase a heading declares its unit by: its last bracket ("(US$ million)", "(%, year on
# year)"), the words after its last comma ("Regional unemployment rates, per cent"), or an
# "in ..." phrase ("Figures in billions of rand", "Revenue in € million")
BRACKET_TAIL = re.compile(r"\(([^()\n]{1,50})\)[ \t]*:?[ \t]*$")
COMMA_TAIL = re.compile(r",[ \t]+([^,\d\n][^,\n]{0,39}?)[ \t]*:?[ \t]*$")
IN_TAIL = re.compile(r"(?:^|\s)(in[ \t]+[^\n]{1,40}?)[ \t]*:?[ \t]*$", re.IGNORECASE)
BULLET = re.compile(r"[ \t]*(?:[•*\-–—·▪◦‣]+[ \t]+)?")
# a table's rule line: "|---|---|", "-----  ----"
RULE = re.compile(r"[\s|:=+-]*-[\s|:=+-]*")
# running prose, which ends a caption's rows: a sentence of seven words or more
PROSE = re.compile(r"(?:\S+[ \t]+){6,}\S*[.!?][\"'’”)]?[ \t]*$")


def drop_thousands_marks(text: str, found: list[Found]) -> list[Found]:
    """Drop the "'000" of a heading ("Output ('000 tonnes)", "Jobs ('000)"): a scale written in
    digits, not a figure of zero."""
    if "000" not in text:
        return found
    return [f for f in found if not thousands_mark(text, f.start)]


def heading_unit(heading: str, local: Local) -> Declared | None:
    """The unit a heading declares at its end (see the module docstring), else None."""
    for pattern in (BRACKET_TAIL, COMMA_TAIL, IN_TAIL):
        m = pattern.search(heading)
        if m is not None:
            unit = read_declared(m.group(1), local)
            if unit is not None:
                return unit
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _column_scopes(text: str, lines: list[tuple[int, int]], local: Local) -> list[Scope]:
    """The cells under a header cell that declares a unit ("Sales (€m)", "| Share (%) |")."""
    out: list[Scope] = []
    header: list[Declared | None] | None = None
    for lo, hi in lines:
        cells = row_cells(text, lo, hi)
        if cells is None or len(cells) < 2:
            header = None
            continue
        if header is not None and len(cells) == len(header):
            out.extend((a, b, u) for (a, b), u in zip(cells, header, strict=True) if u)
            continue
        units = [heading_unit(text[a:b], local) if "(" in text[a:b] else None for a, b in cells]
        header = units if any(units) else None
    return out


def _row(text: str, lo: int, hi: int) -> bool:
    """A line that may stand under a caption: a row with a digit, a table's header or rule line."""
    line = text[lo:hi]
    if not line.strip() or PROSE.match(line):
        return False
    if any(c.isdigit() for c in line) or RULE.fullmatch(line):
        return True
    cells = row_cells(text, lo, hi)
    return cells is not None and len(cells) >= 2


def _heading_scopes(
    text: str, lines: list[tuple[int, int]], local: Local, figures: list[int] | None = None
) -> list[Scope]:
    """Labels with their values on the line, and captions over their rows. A line that holds a
    figure with a unit or noun of its own (``figures``: their starts) is no caption ("Sales up
    5% in euros" is a headline)."""
    labels: list[Scope] = []
    captions: list[Scope] = []
    n = 0
    while n < len(lines):
        lo, hi = lines[n]
        n += 1
        m = LABEL.match(text, lo, hi)
        if m is not None and m.end() < hi:  # "Rate (%): 6.1 in Q3": the values on the line
            unit = heading_unit(m.group(1), local)
            if unit is not None:
                labels.append((m.end(), hi, unit))
                continue
            if any(c.isdigit() for c in text[m.end() : hi]):
                continue  # a label with its values is no caption ("Passengers stranded: 52,000")
        cells = row_cells(text, lo, hi)
        if cells is not None and len(cells) >= 2:
            continue  # a table's header line: its cells are the columns' (``_column_scopes``)
        if figures and bisect_left(figures, lo) < bisect_left(figures, hi):
            continue
        unit = heading_unit(text[lo:hi], local)
        if unit is None or n >= len(lines) or not _row(text, *lines[n]):
            continue
        while n < len(lines) and _row(text, *lines[n]):
            a, b = lines[n]
            label = LABEL.match(text, a, b)
            if label is not None and label.end() < b and heading_unit(label.group(1), local):
                break  # a label of its own unit starts a scope of its own
            captions.append((a, b, unit))
            n += 1
    return labels + captions


def _lead(text: str, lo: int) -> int:
    """Where a row's first word starts, past its bullet."""
    m = BULLET.match(text, lo)
    return m.end() if m is not None else lo


def _noun_after(doc: Doc, end: int) -> bool:
    """A noun stands right after the number on its line ("1,900 people"): a count of its own."""
    span = doc.char_span(end, len(text_of(doc)), alignment_mode="expand")
    for t in span if span is not None else ():
        if t.is_space:
            return False
        return t.pos_ in ("NOUN", "PROPN") and t.is_alpha
    return False


def _apply(f: FigureFact, unit: Declared) -> FigureFact:
    value = as_json_number(Decimal(str(f.value)) * unit.factor)
    if unit.kind == "number":  # a scale alone: "Jobs ('000)" over "-12"; a count keeps its noun
        return replace(f, value=value)
    return replace(f, kind=unit.kind, unit=unit.unit, value=value)  # type: ignore[arg-type]


def declared_units(doc: Doc, facts: list[FigureFact], local: Local) -> list[FigureFact]:
    """Give the bare numbers in the scope of a declared unit that unit, kind and scale.

    doc (Doc): the Doc.
    facts (list[FigureFact]): the figures so far.
    local (tuple | None): the text's currency and its symbols, as ``scan`` takes it.
    RETURNS (list[FigureFact]): the figures, those in a declared scope read in its unit.
    """
    text = text_of(doc)
    if "\n" not in text and ":" not in text:
        return facts
    if not any(f.kind in ("number", "count") for f in facts):
        return facts
    lines = _lines(text)
    # the narrowest scope wins: a column's unit over a label's over a caption's
    own = sorted(f.start for f in facts if f.kind not in ("number", "ordinal"))
    scopes = [*_column_scopes(text, lines, local), *_heading_scopes(text, lines, local, own)]
    if not scopes:
        return facts
    line_starts = [lo for lo, _ in lines]
    out = list(facts)
    for n, f in enumerate(facts):
        if f.kind not in ("number", "count") or isinstance(f.value, bool):
            continue
        scope = next((s for s in scopes if s[0] <= f.start and f.end <= s[1]), None)
        if scope is None:
            continue
        line_lo = line_starts[bisect_right(line_starts, f.start) - 1]
        if f.start == _lead(text, line_lo):
            continue  # a row's leading number: a rank or a row number
        if f.kind == "count" and _noun_after(doc, f.end):
            continue  # "1,900 people": a count with its noun
        out[n] = _apply(f, scope[2])
    return out
