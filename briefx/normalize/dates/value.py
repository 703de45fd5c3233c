"""What the date normaliser works with and returns: ``DateValue`` (a normalised date), ``Ctx``
(the reference date and reading preferences) and ``Partial`` (a date read but not yet resolved).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateValue:
    """A normalised date expression."""

    kind: str  # a briefx.kinds.DateKind: date | range | duration
    value: str | None
    granularity: str | None  # a briefx.kinds.Granularity
    relative: bool = False
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class Ctx:
    ref: dt.date | None
    prefer: str  # past | future
    date_order: str
    country: str | None = None  # the text's country (ISO 3166 alpha-2): its holidays' dates


def fmt(d: dt.date, grain: str) -> str:
    if grain == "week":
        iso = d.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if grain == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if grain == "year":
        return f"{d.year:04d}"
    return d.isoformat()


@dataclass(slots=True)
class Partial:
    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None
    ordinal: bool = False
