"""Helpers shared by the components: extension attributes and span utilities."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from spacy.tokens import Doc


def set_extension(name: str, default: object = None) -> None:
    """Register ``Doc._.<name>`` once (components may be created many times)."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)


for _name in (
    "briefx_meta",
    "briefx_dates",
    "briefx_figures",
    "briefx_entities",
    "briefx_reference_date",
):
    set_extension(_name)


def reference_date(doc: Doc, offset: int | None = None) -> dt.date | None:
    """Return the date relative expressions at ``offset`` resolve against.

    The caller's reference date (``doc._.briefx_reference_date``) wins; else the dateline
    or "Published:" line that precedes ``offset``, else the first one in the text.
    """
    given = doc._.briefx_reference_date
    if given is not None:
        return given  # type: ignore[no-any-return]
    meta = doc._.briefx_meta
    if meta is None or not meta.datelines:
        return None
    chosen = meta.datelines[0][1]
    if offset is not None:
        for at, iso in meta.datelines:
            if at <= offset:
                chosen = iso
    return dt.date.fromisoformat(chosen)


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Return True if [start, end) overlaps any of ``spans``."""
    return any(start < e and s < end for s, e in spans)
