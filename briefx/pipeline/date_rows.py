"""Dates that open the rows of a table or the lines of a timeline (or fill a row's cell), read
as one sequence.

A row's date without a year ("Dec. 9 | Bids close", "June 8: Planning consent granted") takes
the year of the nearest row that gives one, in calendar order: after a row of "Nov. 4, 2024" a
later row "Jan. 13" is 2025, before a row of "Jan. 13, 2025" a row "Dec. 9" is 2024. A bare
weekday line ("Saturday: The bank apologises") is the first such day after the row above it
("Friday, May 9: ..."), or on or after the start of a week above it ("Week of Nov. 10"). A list
whose dated rows run newest first (a live timeline) is read back in time down the page.
Pure functions over the text and the dates the stage found (no spaCy), used by
``briefx.pipeline.dates``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from itertools import pairwise

from briefx.facts import DateFact
from briefx.normalize.dates.compose import Interval, interval_of
from briefx.normalize.dates.lexicon import SHORT_WEEKDAYS, WEEKDAYS

# what may stand before a row's date on its line: indentation, a bullet or a table's bar
ROW_LEAD = re.compile(r"[ \t]*(?:[-•*–|][ \t]*)?")
CELL_BEFORE = re.compile(r"\|[ \t]*$")  # a date that fills a table's cell ("Bids | Dec. 9")
CELL_AFTER = re.compile(r"[ \t]*(?:\||\n|$)")
BLANK_LINE = re.compile(r"\n[ \t]*\n")  # a blank line ends a table or a timeline
YEAR_IN = re.compile(r"\d{4}|'\d\d")
ROW_GRAINS = ("day", "month", "quarter")  # a row's date that a year can complete


def _weekday(span: str) -> int | None:
    """The weekday a span names alone ("Saturday", "Sat."), else None."""
    word = span.strip().rstrip(".,").lower()
    return WEEKDAYS.get(word, SHORT_WEEKDAYS.get(word))


def _rows(text: str, facts: list[DateFact]) -> list[list[int]]:
    """The indexes of the dates that open a line or fill a cell (the first on its line), in
    blocks of two or more rows that no blank line parts."""
    blocks: list[list[int]] = []
    last_end = -1
    for i, f in enumerate(facts):
        if f.kind not in ("date", "range") or f.value is None:
            continue
        line = text.rfind("\n", 0, f.start) + 1
        cell = CELL_BEFORE.search(text, line, f.start) and CELL_AFTER.match(text, f.end)
        if ROW_LEAD.fullmatch(text, line, f.start) is None and not cell:
            continue
        if blocks and text.rfind("\n", 0, facts[blocks[-1][-1]].start) + 1 == line:
            continue  # one date a row: the first on its line
        if blocks and not BLANK_LINE.search(text, last_end, f.start):
            blocks[-1].append(i)
        else:
            blocks.append([i])
        last_end = f.end
    return [b for b in blocks if len(b) >= 2]


def _with_year(iv: Interval, near: Interval, below: bool) -> Interval | None:
    """``iv`` moved to ``near``'s year, then a year on where the calendar order of the rows
    asks it (a row after ``near`` lies on or after it; a row before ``near``, on or before)."""
    moved = iv.shift(near.start.year - iv.start.year, "year")
    if moved is None:
        return None
    if not below and moved.start < near.start:
        return moved.shift(1, "year")
    if below and moved.start > near.start:
        return moved.shift(-1, "year")
    return moved


def _years(
    ivs: list[Interval | None], yearless: list[int], dated: list[int], newest_first: bool
) -> dict[int, Interval]:
    """The yearless rows moved to the year of the nearest dated row, in the list's order."""
    moved: dict[int, Interval] = {}
    for k in yearless:
        iv = ivs[k]
        near = min(dated, key=lambda j: (abs(j - k), j > k))  # the nearer, above on a tie
        anchor = ivs[near]
        if iv is None or anchor is None:
            continue
        # a list newest first (a live timeline) runs back in time down the page
        m = _with_year(iv, anchor, below=(near > k) != newest_first)
        if m is not None:
            moved[k] = m
    return moved


def in_row_order(text: str, facts: list[DateFact]) -> list[DateFact]:
    """Return ``facts`` with the year of yearless row dates and the day of weekday lines read
    from the rows around them (see the module docstring); other dates stay as they are. With
    one dated row the list runs newest first only where its days step back more often than
    forward."""
    out = list(facts)
    for block in _rows(text, facts):
        ivs = [interval_of(facts[i].value) for i in block]
        spans = [text[facts[i].start : facts[i].end] for i in block]
        dated = [
            k
            for k, i in enumerate(block)
            if not facts[i].relative and ivs[k] is not None and YEAR_IN.search(spans[k])
        ]
        starts = [ivs[k].start for k in dated]  # type: ignore[union-attr]
        newest_first = len(starts) >= 2 and starts == sorted(starts, reverse=True)
        if starts != sorted(starts) and not newest_first:
            continue  # dated rows out of order: no order to read years from
        yearless = [
            k
            for k, i in enumerate(block)
            if ivs[k] is not None
            and facts[i].relative
            and facts[i].granularity in ROW_GRAINS
            and _weekday(spans[k]) is None
            and not YEAR_IN.search(spans[k])
        ]
        if dated and yearless:
            moved = _years(ivs, yearless, dated, newest_first)
            if len(dated) == 1:  # no order the years show: the one the days show
                back = _years(ivs, yearless, dated, True)
                days = [(iv.start.month, iv.start.day) for iv in ivs if iv is not None]
                ups = sum(a < b for a, b in pairwise(days))
                downs = sum(a > b for a, b in pairwise(days))
                if downs > ups:  # "Feb. 2, 2026 / Dec. 15 / Oct. 1 / Aug. 4": back in time
                    moved, newest_first = back, True
            for k, iv in moved.items():
                ivs[k] = iv
                if iv.iso() != facts[block[k]].value:
                    out[block[k]] = dataclasses.replace(facts[block[k]], value=iv.iso())
        if newest_first:
            continue
        # a row that names its day or week: a bare weekday only once read from the row above
        # it ("Thursday: ... / Monday: ..." alone keep the reading of their clauses)
        named = [_weekday(span) is None for span in spans]
        for k, i in enumerate(block):
            wd = _weekday(spans[k])
            if wd is None or ivs[k] is None or not facts[i].relative:
                continue
            above = ivs[k - 1] if k > 0 and named[k - 1] else None
            if above is None or above.grain not in ("day", "week") or above.pair:
                continue
            named[k] = True
            base = above.start + dt.timedelta(days=1 if above.grain == "day" else 0)
            day = base + dt.timedelta(days=(wd - base.weekday()) % 7)
            ivs[k] = Interval(day, day, "day")
            out[i] = dataclasses.replace(facts[i], value=day.isoformat())
    return out
