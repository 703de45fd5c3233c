"""The dateparser adapter: the calendar forms neither the patterns nor the grammar read,
normalised with dateparser and corrected to briefx's conventions (a date without a year
takes the reference date's year).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from briefx.normalize.dates.lexicon import WEEKDAY_PHRASE
from briefx.normalize.dates.patterns import iso_day, iso_year
from briefx.normalize.dates.value import DateValue


@cache
def _parser(reference: dt.date | None, date_order: str):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    settings = {
        "DATE_ORDER": date_order,
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
        "STRICT_PARSING": False,
        "REQUIRE_PARTS": [],
    }
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time())
    return DateDataParser(languages=["en"], settings=settings)


RELATIVE_WORDS = re.compile(
    r"\b(today|yesterday|tomorrow|tonight|last|next|this|past|coming|ago|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|current|previous)\b",
    re.IGNORECASE,
)
HAS_YEAR = re.compile(r"\b(?:1[5-9]|20|21)\d\d\b|'\d\d\b")
# an ordinal before a unit: a count ("the 88th day", "the 12th week"), which dateparser would
# read as a year or a month
ORDINAL_UNIT = re.compile(r"\b\d+(?:st|nd|rd|th) (?:day|week|month|year)s?\b", re.IGNORECASE)
# an ordinal alone, which dateparser reads as a month ("12th" -> December): a place or a rank
# ("was 12th after a penalty"); "the 12th" as a day of the month is the grammar's
BARE_ORDINAL = re.compile(r"(?:the )?\d+(?:st|nd|rd|th)", re.IGNORECASE)
# a unit and a small number: a numbered year, month or day of a school, a plan or a siege ("Year 11
# pupils", "in year 2 of the plan", "Day 12 of the strike"; session 21), which dateparser reads as
# a month ("Year 11" -> November); "week 12" is the grammar's ISO week
NUMBERED_UNIT = re.compile(r"(?:year|month|day) \d{1,2}", re.IGNORECASE)


PROBE_DAY = dt.date(2001, 1, 1)  # any day: only whether dateparser reads the span is asked


def read_with_dateparser(t: str, reference: dt.date | None, date_order: str) -> DateValue | None:
    """dateparser on one span, for the calendar forms the grammar does not read."""
    if ORDINAL_UNIT.search(t) or BARE_ORDINAL.fullmatch(t) or NUMBERED_UNIT.fullmatch(t):
        return None
    relative = not HAS_YEAR.search(t)
    if relative and reference is None:
        # Whether the span is a date at all does not hang on "today": ask with a fixed day
        # ("their worst day" is none, with or without a reference date).
        if read_with_dateparser(t, PROBE_DAY, date_order) is None:
            return None
        return DateValue("date", None, None, relative=True)
    data = _parser(reference, date_order).get_date_data(t)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "time":
        return None
    if WEEKDAY_PHRASE.fullmatch(t) and reference is not None and d > reference:
        d -= dt.timedelta(days=7)
    if period == "week":
        iso = d.isocalendar()
        return DateValue("date", f"{iso.year}-W{iso.week:02d}", "week", relative=relative)
    if period == "month":
        if reference is not None and relative and not RELATIVE_WORDS.search(t):
            # "March": a month without a year takes the reference date's year; dateparser would
            # take the last past one.
            d = d.replace(year=reference.year)
        return DateValue("date", f"{d.year:04d}-{d.month:02d}", "month", relative=relative)
    if period == "year":
        return DateValue("date", iso_year(d.year), "year", relative=relative)
    if reference is not None and not HAS_YEAR.search(t) and not RELATIVE_WORDS.search(t):
        # "August 23": a date without a year takes the reference date's year, not the last
        # past one (dateparser's choice).
        d = d.replace(year=reference.year) if not (d.month == 2 and d.day == 29) else d
    return DateValue("date", iso_day(d), "day", relative=relative)
