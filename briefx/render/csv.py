"""CSV: one row per fact (an entity: one row per mention), streamed, safe to open in a spreadsheet.

Statements follow each brief's facts as rows of section "statements": type = the cue (with
"not " when negated), text/start/end = the content, value = the texts of the figures stated in
it ("; "-separated), unit = "quote" or "reported", name = who speaks (the canonical name; empty
for an unnamed source).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from briefx.records import Brief

COLUMNS = ("doc", "section", "type", "text", "start", "end", "value", "unit", "name")
# A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: Any) -> Any:
    """Prefix a text cell that a spreadsheet would run as a formula with "'"; numbers pass."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def csv_rows(briefs: Iterable[Brief]) -> Iterator[str]:
    """Yield the header line, then one CSV line per fact (RFC 4180 quoting, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(cells: Iterable[Any]) -> str:
        writer.writerow(cells)
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    yield line(COLUMNS)
    for brief in briefs:
        for row in [*brief.to_rows(), *statement_rows(brief)]:
            yield line(neutralise(row[c]) for c in COLUMNS)


def statement_rows(brief: Brief) -> list[dict[str, Any]]:
    """One row per statement, in the CSV's columns (section "statements"); nothing escaped."""
    doc = brief.source.id or brief.source.path
    figures = {f.id: f.text for f in brief.figures}
    return [
        {
            "doc": doc,
            "section": "statements",
            "type": ("not " if s.negated else "") + s.cue,
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "value": "; ".join(figures[i] for i in s.figures if i in figures) or None,
            "unit": "quote" if s.quote else "reported",
            "name": s.speaker_name,
        }
        for s in brief.statements
    ]
