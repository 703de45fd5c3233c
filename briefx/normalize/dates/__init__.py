"""Date normalisation: a date expression -> ISO 8601, through one entry point, ``normalize_date``.

Inside, split by concern (each module says more):
- ``lexicon``: the words dates are made of, and the tokeniser the dates stage shares;
- ``value``: ``DateValue`` (what comes out), ``Ctx`` and ``Partial`` (what the rules pass on);
- ``resolve``: date arithmetic and resolution against the reference date;
- ``patterns``: whole-span regular expressions (numeric dates, fiscal years, quarters, ...);
- ``grammar``: the word grammar (relative, absolute, ranges, ordinal periods, holidays);
- ``fallback``: the dateparser adapter, for what the rules above do not read.
``normalize_date`` tries them in that order.
- ``compose``: the grammar that composes what ``normalize_date`` reads into longer dates
  (typed pieces, rules over pieces, a fixpoint, late resolution); the dates stage runs it
  over a whole text, since its rules reach outside one expression ("later that month").
"""

from __future__ import annotations

import datetime as dt
import re

from briefx.normalize.dates.fallback import read_with_dateparser
from briefx.normalize.dates.grammar import parse_expression
from briefx.normalize.dates.lexicon import WEEKDAY_PHRASE
from briefx.normalize.dates.patterns import PERIOD_HEDGE, YEAR, parse_interval, parse_numeric
from briefx.normalize.dates.value import DateValue

__all__ = ["DateValue", "normalize_date"]

THIS_BEFORE = re.compile(r"this (?=(?:coming|past|upcoming) \S)", re.IGNORECASE)
THE_DECADE = re.compile(
    r"(the (?:next|past|last|coming|previous)) (decade|century|fortnight)", re.IGNORECASE
)
# "this time last year", "the same time next year": the period, as "last year" (eval/README.md)
THIS_TIME = re.compile(r"(?:this|the same) time ((?:last|next) (?:year|month|week))", re.IGNORECASE)
# "in two weeks' time", "in a month's time": "in two weeks"
IN_TIME = re.compile(r"(in .+?)(?:'s|'|’s|’) time", re.IGNORECASE)


def normalize_date(
    text: str,
    reference: dt.date | None = None,
    date_order: str = "MDY",
    prefer: str = "past",
    *,
    fallback: bool = True,
    country: str | None = None,
) -> DateValue | None:
    """Normalise one date expression; None when it is not a date briefx can state.

    text (str): the expression ("next Tuesday", "13.02.2025", "the first half of 2024").
    reference (date | None): the "today" relative expressions resolve against.
    date_order (str): how slashed numeric dates read: "MDY", "DMY" or "YMD".
    prefer (str): "past" or "future": which way a bare weekday or holiday resolves.
    fallback (bool): try dateparser on what the rules do not read (default). False keeps to
        the whole-text rules, which reject any text with words left over ("Monday the",
        "5 a year and 50"): the dates stage tries token windows that way to find spans.
    country (str | None): the text's country (ISO 3166 alpha-2): a holiday's name several
        countries date differently ("Independence Day") is that country's.
    RETURNS (DateValue | None): kind, ISO value, granularity and flags.
    """
    t = " ".join(text.split())
    if fallback and not t:
        return None
    v = _by_rules(t, reference, date_order, prefer, country)
    if v or not fallback:
        return v
    return read_with_dateparser(t, reference, date_order)


def _by_rules(
    t: str, reference: dt.date | None, date_order: str, prefer: str, country: str | None = None
) -> DateValue | None:
    """The whole-text rules: patterns first, then the word grammar."""
    decade = THE_DECADE.fullmatch(t)
    if decade:  # "the past decade" is "the past 10 years", anchored on the reference date
        unit = decade.group(2).lower()
        t = f"{decade.group(1)} {'2 weeks' if unit == 'fortnight' else '10 years' if unit == 'decade' else '100 years'}"
    this_time = THIS_TIME.fullmatch(t)
    if this_time:
        return _by_rules(this_time.group(1), reference, date_order, prefer, country)
    in_time = IN_TIME.fullmatch(t)
    if in_time:
        return _by_rules(in_time.group(1), reference, date_order, prefer, country)
    v = parse_numeric(t, date_order)
    if v:
        return v
    m = THIS_BEFORE.match(t)
    if m:  # "this coming Friday", "this past summer": as "coming Friday", "past summer"
        return _by_rules(t[m.end() :], reference, date_order, prefer, country)
    m = YEAR.fullmatch(t)
    if m:
        return DateValue("date", m.group(1), "year")
    v = parse_interval(t, reference)
    if v:
        return v
    m = PERIOD_HEDGE.match(t)
    if m and not PERIOD_HEDGE.match(t, m.end()):  # one modifier: "late 2026", not "late late"
        rest = " ".join(t[m.end() :].split())
        v = _by_rules(rest, reference, date_order, prefer, country)
        if v is not None and v.kind == "date" and v.granularity in ("year", "month", "week"):
            return v  # "late 2026", "mid-March", "late last week": the period's value
        if (
            v is not None
            and v.granularity == "day"
            and WEEKDAY_PHRASE.fullmatch(rest)
            and not m.group(2)
        ):
            return v  # "late Sunday", "early Monday": the day, as "late August" keeps the month
        return None
    return parse_expression(t, reference, prefer, date_order, country)
