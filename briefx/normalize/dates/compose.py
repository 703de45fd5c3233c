"""Dates that compose: typed pieces, small rules over pieces, a fixpoint, late resolution.

The design of Duckling and SUTime (STYLE.md section G), at briefx's scale:
- a *piece* covers tokens ``[start, end)`` of one text and has a ``kind`` and a value. Token
  rules make the first pieces (a weekday, a month, a number, an ordinal, a unit, a year in
  words); single calendar expressions read by the package's entry point
  (``briefx.normalize.dates.normalize_date``: patterns, word grammar, dateparser) come in as
  ``time`` and ``dur`` pieces too.
- a *rule* is a pattern over adjacent pieces (kinds or literal words) and a few lines that
  build one new piece from the matched ones: duration + "after" + time -> time;
  time + "to" + time -> range; ordinal + "week" + "of" + time -> time.
- ``compose`` applies every rule again and again until no new piece appears (a fixpoint),
  so "two weeks before the 5th of next month" is built from rules that each know one step.
- a ``time`` piece holds a *resolver*, a function of the context (reference date, tense of
  the clause, the date mentioned last before it). Values are computed only then
  (``resolve``), so "the following Monday" stays a relation until the text around it is known.
Every rule has its own tests (tests/normalize/test_date_compose.py).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from briefx.normalize.cues import cues
from briefx.normalize.dates.lexicon import (
    DURATION_CODE,
    DURATION_FACTOR,
    LENGTH_LEADS,
    MONTHS,
    SHORT_WEEKDAYS,
    TEENS,
    UNITS,
    WEEKDAY_PHRASE,
    WEEKDAYS,
    ZERO_WORDS,
    country_holidays,
    holidays,
    spelled_year,
    tokens,
)
from briefx.normalize.dates.patterns import SEASON_MONTHS, season_year
from briefx.normalize.dates.resolve import (
    add_months,
    begun_not_over,
    holiday_date,
    nth_week_of,
    week_start,
    weekday_from,
)
from briefx.normalize.dates.value import fmt
from briefx.normalize.numbers import ORDINAL_WORDS, parse_number, parse_ordinal
from briefx.resources import figure_words, fiscal_years, number_words, tense_words

__all__ = ["Ctx", "Interval", "Piece", "compose", "interval_of", "moves_date", "resolve"]

GRAIN_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5}


# ---------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class Interval:
    """A stretch of calendar ``[start, end]`` read at ``grain``; ``pair`` writes it "A/B"."""

    start: dt.date
    end: dt.date
    grain: str
    pair: bool = False

    def iso(self) -> str:
        """The ISO 8601 text: one value at the grain, or "START/END"."""
        if self.pair or fmt(self.start, self.grain) != fmt(self.end, self.grain):
            return f"{fmt(self.start, self.grain)}/{fmt(self.end, self.grain)}"
        return fmt(self.start, self.grain)

    def shift(self, n: int, unit: str) -> Interval | None:
        a, b = shift_date(self.start, n, unit), shift_date(self.end, n, unit)
        if a is None or b is None:
            return None
        if not self.pair:
            return bounds(a, self.grain)
        return replace(self, start=a, end=b)


@dataclass(frozen=True, slots=True)
class Ctx:
    """What a relative piece resolves against."""

    ref: dt.date | None
    prefer: str = "past"  # tense of the clause: "past" or "future"
    anchor: Interval | None = None  # the date the text named last before this one
    # sentences between ``anchor`` and this date: 0 in the same sentence, 1 in the one before;
    # None where the text gives no sentences (read as the same sentence)
    anchor_gap: int | None = None
    # the clause's own tense where the dates stage reads it plainly (session 35): "past" (a
    # past that is no future-in-the-past: "Exports rose from January to November") or
    # "present" (a present that tells no plan: "Output in January-July is up 6%"); else None.
    # A range of months without a year is taken as a whole by it (``_yearless_pair``)
    tense: str | None = None

    def near_anchor(self, gap: int) -> Interval | None:
        """The anchor when it lies at most ``gap`` sentences back, else None."""
        if self.anchor is None or (self.anchor_gap or 0) > gap:
            return None
        return self.anchor


Resolver = Callable[[Ctx], "Interval | None"]


@dataclass(frozen=True, slots=True)
class Piece:
    """A typed reading of tokens ``[start, end)``."""

    kind: str  # time | dur | num | ord | wd | mon | unit | yearword | word | anchor
    start: int
    end: int
    value: Any = None
    relative: bool = False  # a time piece with no year of its own (may take a neighbour's)
    rule: str = "atom"
    parts: tuple[Piece, ...] = field(default=(), compare=False)


def shift_date(d: dt.date, n: int, unit: str) -> dt.date | None:
    try:
        if unit == "day":
            return d + dt.timedelta(days=n)
        if unit == "week":
            return d + dt.timedelta(weeks=n)
        if unit == "fortnight":
            return d + dt.timedelta(weeks=2 * n)
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
        return add_months(d, n * months)
    except (KeyError, OverflowError, ValueError):
        return None


def bounds(d: dt.date, grain: str) -> Interval:
    """The day / week / month / quarter / year / decade that holds ``d``."""
    if grain == "week":
        a = week_start(d)
        return Interval(a, a + dt.timedelta(days=6), "week")
    if grain == "month":
        return Interval(
            d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1]), "month"
        )
    if grain == "quarter":
        m = 3 * ((d.month - 1) // 3) + 1
        end = dt.date(d.year, m + 2, calendar.monthrange(d.year, m + 2)[1])
        return Interval(dt.date(d.year, m, 1), end, "month", pair=True)
    if grain == "year":
        return Interval(dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year")
    if grain == "decade":
        y = d.year - d.year % 10
        return Interval(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "year", pair=True)
    return Interval(d, d, "day")


ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def _side(text: str) -> Interval | None:
    try:
        if m := ISO_WEEK.fullmatch(text):
            return bounds(dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1), "week")
        if re.fullmatch(r"\d{4}", text):
            return bounds(dt.date(int(text), 1, 1), "year")
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return bounds(dt.date(int(text[:4]), int(text[5:]), 1), "month")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return bounds(dt.date.fromisoformat(text), "day")
    except ValueError:
        return None
    return None


def interval_of(value: str | None) -> Interval | None:
    """Read an ISO value briefx writes ("2026-04", "2026-W12", "2019/2021") as an interval."""
    if not value or value.startswith("P"):
        return None
    if "/" in value:
        a, b = (_side(x) for x in value.split("/", 1))
        if a is None or b is None:
            return None
        grain = a.grain if GRAIN_RANK[a.grain] <= GRAIN_RANK[b.grain] else b.grain
        return Interval(a.start, b.end, grain, pair=True)
    return _side(value)


DURATION = re.compile(r"P(\d+(?:\.\d+)?)([DWMY])")
DURATION_UNIT = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def duration_of(value: str | None) -> tuple[int, str] | None:
    """ "P3Y" -> (3, "year"); None for fractions and other forms."""
    m = DURATION.fullmatch(value or "")
    if not m or "." in m.group(1):
        return None
    return int(m.group(1)), DURATION_UNIT[m.group(2)]


def resolve(piece: Piece, ctx: Ctx) -> Interval | None:
    """The value of a ``time`` piece in context (None when it cannot be stated)."""
    fn = piece.value
    try:
        return fn(ctx) if callable(fn) else None
    except (ValueError, OverflowError):
        return None


def const(iv: Interval) -> Resolver:
    return lambda _ctx: iv


# ---------------------------------------------------------------- token rules (atoms)

QUARTER_WORDS = frozenset({"quarter", "quarters", "qtr", "qtrs"})  # "the 3rd qtr" (analysts)
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}  # fmt: skip
# number words (models/number_words.jsonl) and what joins them ("two thousand and nine")
NUMBER_VOCAB = set(number_words("small", "tens")) | {"hundred", "thousand", "and", "-"}
QUARTER_TOKEN = re.compile(r"q([1-4])")


def _month_resolver(month: int) -> Resolver:
    def fn(ctx: Ctx) -> Interval | None:
        return None if ctx.ref is None else bounds(dt.date(ctx.ref.year, month, 1), "month")

    return fn


def _quarter_resolver(q: int) -> Resolver:
    def fn(ctx: Ctx) -> Interval | None:
        return None if ctx.ref is None else bounds(dt.date(ctx.ref.year, 3 * q - 2, 1), "quarter")

    return fn


def _decade_resolver(tens: int) -> Resolver:
    """A decade named without its century ("the '90s", "the nineties", "the 80s"): the latest
    one that has ended by the reference date (the 1900s without one). ``atoms`` leaves out
    measures ("temperatures in the nineties") and ages ("in her sixties", no "the")."""

    def fn(ctx: Ctx) -> Interval | None:
        start = 1900 + tens
        if ctx.ref is not None and 2000 + tens + 9 < ctx.ref.year:
            start = 2000 + tens
        return Interval(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "year", pair=True)

    return fn


DECADE_HEDGES = {"early", "mid", "late"}
# words that make "the nineties", "the 80s" a measure (degrees, a score), not a decade
MEASURE_WORDS = {"temperature", "temperatures", "degrees", "highs", "lows", "heat", "fahrenheit",
                 "celsius", "thermometer", "score", "scores", "shot", "round"}  # fmt: skip


def _year_zero(words: Sequence[str], j: int, i: int) -> bool:
    """The "oh" of a year said aloud, after its century ("nineteen oh five")."""
    k = j - 1 if j > i and words[j - 1] != "-" else j - 2
    return words[j] in ZERO_WORDS and k >= i and words[k] in TEENS


def _decade_start(words: Sequence[str], i: int, need_the: bool) -> int:
    """Where a decade at token ``i`` starts: at "the" before it, with a hedge between ("the
    early '90s", "the mid-eighties"); ``i`` itself when there is none (``need_the``: the
    decade needs "the", and ``i`` means it has none)."""
    k = i
    if k >= 2 and words[k - 1] == "-" and words[k - 2] in DECADE_HEDGES:
        k -= 2
    elif k >= 1 and words[k - 1] in DECADE_HEDGES:
        k -= 1
    if k >= 1 and words[k - 1] == "the":
        return k - 1
    return i if (need_the or k == i) else k


def _measure(words: Sequence[str], start: int) -> bool:
    """A measure word in the eight words before ``start``: "temperatures in the nineties"."""
    return any(w in MEASURE_WORDS for w in words[max(0, start - 8) : start])


def _year_piece(start: int, end: int, year: int, rule: str) -> Piece:
    return Piece("yearword", start, end, year, rule=rule)


def _short_weekday_pair(words: Sequence[str], i: int) -> bool:
    """Token i is a weekday's short form ("mon", "wed") joined by a dash or "to" to another
    weekday before "this/next/last week" ("Mon-Wed next week"): alone, "sat" and "sun" are
    words, and "opens Mon-Fri" is habitual (no date)."""

    def day(k: int) -> bool:
        return 0 <= k < len(words) and (words[k] in WEEKDAYS or words[k] in SHORT_WEEKDAYS)

    def joiner(k: int) -> bool:
        return 0 <= k < len(words) and words[k] in ("-", "–", "to")

    def week_after(k: int) -> bool:  # "this/next/last week" after the pair
        return k + 2 < len(words) and words[k + 1] in REL_WORDS and words[k + 2] == "week"

    if joiner(i + 1) and day(i + 2):
        return week_after(i + 2)
    return joiner(i - 1) and day(i - 2) and week_after(i)


def atoms(words: Sequence[str]) -> list[Piece]:
    """Token rules: one piece per reading of a token or a run of number words."""
    out: list[Piece] = []
    n = len(words)
    for i, w in enumerate(words):
        out.append(Piece("word", i, i + 1, w))
        if w in WEEKDAYS:
            out.append(Piece("wd", i, i + 1, WEEKDAYS[w]))
        elif w in SHORT_WEEKDAYS and _short_weekday_pair(words, i):
            out.append(Piece("wd", i, i + 1, SHORT_WEEKDAYS[w]))  # "Mon-Wed next week"
        elif w.endswith("s") and w[:-1] in WEEKDAYS:
            out.append(Piece("wds", i, i + 1, WEEKDAYS[w[:-1]]))
        if w in MONTHS and len(w) > 2:
            out.append(Piece("mon", i, i + 1, MONTHS[w]))
        if w in UNITS or w in QUARTER_WORDS:
            out.append(Piece("unit", i, i + 1, UNITS.get(w, "quarter")))
        if w == "q" and i + 1 < n and words[i + 1] in ("1", "2", "3", "4"):  # "Q2" tokenised
            q = int(words[i + 1])
            out.append(Piece("time", i, i + 2, _quarter_resolver(q), relative=True, rule="quarter"))
        if m := QUARTER_TOKEN.fullmatch(w):
            q = int(m.group(1))
            out.append(Piece("time", i, i + 1, _quarter_resolver(q), relative=True, rule="quarter"))
        if w.isdigit() and len(w) <= 4:
            out.append(Piece("num", i, i + 1, int(w)))
        if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", w) and (
            1 <= int(w[:-2]) <= 31 or (int(w[:-2]) <= 53 and i + 1 < n and words[i + 1] == "week")
        ):  # a day of a month, or an ISO week's number ("the 40th week of the year")
            out.append(Piece("ord", i, i + 1, int(w[:-2])))
        if w in ORDINAL_WORDS:
            out.append(Piece("ord", i, i + 1, ORDINAL_WORDS[w]))
        if w in ("final", "last"):  # "the final quarter of 2024": the last one
            out.append(Piece("ord", i, i + 1, -1))
        if w == "'" and i + 2 < n and re.fullmatch(r"\d0", words[i + 1]) and words[i + 2] == "s":
            a0 = _decade_start(words, i, need_the=False)  # "the '90s", as "the 1990s"
            out.append(
                Piece(
                    "time", a0, i + 3, _decade_resolver(int(words[i + 1])), rule="decade in words"
                )
            )
        tens = DECADE_WORDS.get(w) or (
            int(w) if re.fullmatch(r"[1-9]0", w) and i + 1 < n and words[i + 1] == "s" else None
        )
        if tens and (a0 := _decade_start(words, i, need_the=True)) < i and not _measure(words, a0):
            # "the nineties", "the early 80s": a decade after "the" (not "in her sixties",
            # nor temperatures "in the nineties")
            end = i + 1 if w in DECADE_WORDS else i + 2
            out.append(Piece("time", a0, end, _decade_resolver(tens), rule="decade in words"))
        if w == "'" and i + 1 < n and re.fullmatch(r"\d\d", words[i + 1]):
            yy = int(words[i + 1])
            # "'45" is 1945: an apostrophe year names one gone by ("the summer of '45", "the
            # class of '98"), or a near one ("'28"), as the date grammar reads "'45" (session 24)
            out.append(_year_piece(i, i + 2, yy + (2000 if yy < 30 else 1900), "apostrophe year"))
    # runs of number words: cardinals, ordinals ("thirty-first"), years ("nineteen eighty-six")
    i = 0
    while i < n:
        if words[i] not in NUMBER_VOCAB or words[i] in ("and", "-"):
            i += 1
            continue
        j = i
        while j < n and (words[j] in NUMBER_VOCAB or words[j] in ORDINAL_WORDS
                         or words[j] in DECADE_WORDS or _year_zero(words, j, i)):  # fmt: skip
            j += 1
            if words[j - 1] in ORDINAL_WORDS or words[j - 1] in DECADE_WORDS:
                break
        for a in range(i, j):
            for b in range(j, a, -1):
                run = [w for w in words[a:b] if w != "-"]
                if not run or words[b - 1] in ("and", "-") or run[0] == "and":
                    continue
                last = run[-1]
                if (
                    last in DECADE_WORDS
                    and len(run) == 2
                    and run[0] in ("nineteen", "eighteen", "twenty")
                ):
                    century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[run[0]]
                    start = century + DECADE_WORDS[last]
                    iv = Interval(
                        dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "year", pair=True
                    )
                    a0 = a - 1 if a and words[a - 1] == "the" else a  # "the" inside, as "the 1990s"
                    out.append(Piece("time", a0, b, const(iv), rule="decade in words"))
                elif last in ORDINAL_WORDS and len(run) > 1:
                    o = parse_ordinal(" ".join(run))
                    if o is not None:
                        out.append(Piece("ord", a, b, o, rule="ordinal in words"))
                elif len(run) > 1:
                    # a year is the whole run of number words: "two thousand" inside "two
                    # hundred and two thousand" or "twenty five" after "one hundred and" is
                    # part of a larger number, not a year
                    whole = a == i and all(words[k] in ("and", "-") for k in range(b, j))
                    y = spelled_year(run) if whole else None
                    if y is not None:
                        out.append(_year_piece(a, b, y, "year in words"))
                    v = parse_number(" ".join(run))
                    if v is not None and v == int(v):
                        out.append(Piece("num", a, b, int(v), rule="number in words"))
                elif run[0] not in ORDINAL_WORDS and (v := parse_number(run[0])) is not None:
                    out.append(Piece("num", a, b, int(v), rule="number in words"))
        i = max(j, i + 1)
    return out


# ---------------------------------------------------------------- rules over pieces

Match = tuple[Piece, ...]
Builder = Callable[[Match, "Text"], "Piece | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern over adjacent pieces and the builder of the new piece.

    Each pattern item is a piece kind ("time", "dur", ...) or a set of literal words.
    """

    name: str
    pattern: tuple[str | frozenset[str], ...]
    build: Builder


@dataclass(slots=True)
class Text:
    """The tokens of one text, with their part-of-speech tags when a tagger ran."""

    words: list[str]
    tags: list[str]

    def before(self, i: int) -> str:
        return self.words[i - 1] if i > 0 else ""

    def after(self, i: int) -> str:
        return self.words[i] if i < len(self.words) else ""


def W(*words: str) -> frozenset[str]:
    return frozenset(words)


def _time(m: Match, fn: Resolver, rule: str, relative: bool = False, kind: str = "time") -> Piece:
    return Piece(kind, m[0].start, m[-1].end, fn, relative, rule, m)


def _resolved(p: Piece) -> Resolver:
    return p.value  # type: ignore[no-any-return]


# -- ranges: any time on either side ------------------------------------------------

RANGE_WORDS = W("to", "through", "thru", "until", "till", "into", "-", "–", "—", "and")
NEEDS_FROM = {"to", "until", "till", "through", "thru"}
THROUGH = {"through", "thru"}


def _reyear(iv: Interval, year: int) -> Interval | None:
    return iv.shift(year - iv.start.year, "year")


DASHES = {"-", "–", "—"}


def _yearless_pair(
    a: Interval, b: Interval, ctx: Ctx, unit: str = "year"
) -> tuple[Interval, Interval] | None:
    """Two ends without a year (``unit`` "year") or without a week (two weekdays, ``unit``
    "week"): the second follows the first ("between November and February" runs into the next
    year, "from Friday to Tuesday" into the next week), and the pair goes where the clause's
    tense points, taken as a whole: in a clause about the past the most recent one, and for a
    range of months the most recent one that is over ("Exports rose from January to November",
    in February: last year's; session 35), unless the reference date lies in its last month
    (a release about a period about to close); in a clause that states what holds, a range of
    months keeps the year, as a month alone does ("Output in January-July is up", in August);
    else the coming one."""
    assert ctx.ref is not None
    if a.start > b.end:
        shifted = b.shift(1, unit)
        if shifted is None:
            return None
        b = shifted
    months = unit == "year" and a.grain == b.grain == "month"
    step = -1 if ctx.prefer == "past" and a.start > ctx.ref else 0
    if ctx.prefer == "future" and b.end < ctx.ref and not (ctx.tense == "present" and months):
        step = 1
    if step:
        a2, b2 = a.shift(step, unit), b.shift(step, unit)
        if a2 is None or b2 is None:
            return None
        a, b = a2, b2
    if ctx.tense == "past" and months and begun_not_over(a.start, b.end, ctx.ref):
        a2, b2 = a.shift(-1, unit), b.shift(-1, unit)  # begun, not over: last year's
        if a2 is None or b2 is None:
            return None
        a, b = a2, b2
    return a, b


def _day_only(words: Sequence[str]) -> bool:
    """A day of the month alone: "the 9th", "9th", "the ninth" (no month, no weekday)."""
    rest = [w for w in words if w != "the"]
    if len(rest) != 1:
        return False
    w = rest[0]
    return bool(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", w)) or w in ORDINAL_WORDS


def _day_in_month(other: Interval, day: int, step: int) -> Interval | None:
    """A range whose one end names only a day: that day in the other end's month, after
    it (``step`` 1: the range's end) or before it (-1: its start), else in the month next
    to it."""
    d = other.start
    for k in (0, step):
        y, mo = divmod(d.year * 12 + d.month - 1 + k, 12)
        if day > calendar.monthrange(y, mo + 1)[1]:
            continue
        x = dt.date(y, mo + 1, day)
        if (step == 1 and x > d) or (step == -1 and x < d):
            a, b = (d, x) if step == 1 else (x, d)
            return Interval(a, b, "day", pair=True)
    return None


def _days_shared_month(t: Text, left: Piece, right: Piece) -> bool:
    """ "the 10th and 11th of May": a day alone, then a day with its month."""
    words = t.words[right.start : right.end]
    return (
        _day_only(t.words[left.start : left.end])
        and len(words) >= 3
        and _day_only(words[:1])
        and words[1] == "of"
    )


def _day_span(words: Sequence[str]) -> bool:
    """Words that hold a span of days by a dash ("Sept. 12-14", "3-5 Oct.")."""
    return any(
        w in DASHES and a.isdigit() and b.isdigit() and int(a) <= 31 and int(b) <= 31
        for a, w, b in zip(words, words[1:], words[2:], strict=False)
    )


def build_range(m: Match, t: Text) -> Piece | None:
    left, conn, right = m
    c = conn.value
    lead = t.before(left.start)
    if c not in DASHES and (
        _day_span(t.words[left.start : left.end]) or _day_span(t.words[right.start : right.end])
    ):
        return None  # "moved from Sept. 12-14 to Oct. 3-5": two spans of days, no range of them
    if c == "and" and lead != "between" and not _days_shared_month(t, left, right):
        return None  # "in 2019 and 2020" names two dates; "the 10th and 11th of May" is
        # one span, as "May 10 and 11" is
    if lead == "from" and c in NEEDS_FROM and _moves_date(t, left.start - 1):
        return None  # "was moved from Sept. 12 to Oct. 3": a date changed, two dates
    if c == "into" and lead != "from":
        return None  # "from late May into early June" is a range; "ran into June" no start
    if (
        c in DASHES
        and re.fullmatch(r"\d{4}", " ".join(t.words[left.start : left.end]))
        and re.fullmatch(r"\d\d", t.words[right.start])
    ):
        return None  # "2027-28 in February": a split year ("2027-28") and a month, no range
    if (
        c in DASHES
        and re.fullmatch(r"\d{4}", " ".join(t.words[left.start : left.end]))
        and right.end - right.start == 1
        and t.words[right.start] in SEASON_MONTHS
    ):
        return None  # "2026 - Spring collection", "Budget 2025 - Autumn Statement": a year
        # and a title after a dash; a season range names its year ("2025 - spring 2026")
    if (
        c in NEEDS_FROM | {"ending", "ended"}
        and lead != "from"
        and left.end - left.start == 2
        and t.words[left.start] == "the"
        and t.words[left.start + 1] in UNITS
    ):
        return None  # "the week to July 4" is the week that ends then ("period to"), no range
    if (
        right.rule == "weekday of week"
        and left.end - left.start == 1
        and (t.words[left.start] in WEEKDAYS or t.words[left.start] in SHORT_WEEKDAYS)
    ):
        return None  # "Monday-Wednesday next week": both days in that week ("weekdays of week")
    weekday = left.rule == "weekday" or right.rule == "weekday"
    both_weekdays = left.rule == right.rule == "weekday"
    if (
        c in NEEDS_FROM - THROUGH
        and lead != "from"
        and weekday
        and (not both_weekdays or _moves_date(t, left.start))
    ):
        return None  # "moved the vote Monday to Tuesday" names two dates; "open Thursday
        # through Sunday" and "will open Friday to Sunday" are one span: "through" names no
        # change, nor does "to" between two weekdays without a verb that moves a date

    tail = t.words[right.start : right.end][-2:]
    own_unit = (  # "3 May to the end of the month": the month that holds 3 May
        UNITS.get(tail[1])
        if len(tail) == 2 and tail[0] == "the" and UNITS.get(tail[1]) in ("week", "month", "year")
        else None
    )

    left_day, right_day = (
        _day_only(t.words[left.start : left.end]),
        _day_only(t.words[right.start : right.end]),
    )

    def fn(ctx: Ctx) -> Interval | None:
        a, b = resolve(left, ctx), resolve(right, ctx)
        if a is None or b is None:
            return None
        if right.rule == "weekday" and left.rule != "weekday" and a.grain == b.grain == "day":
            # "from next Monday to Friday": the first such weekday after the first side
            b = bounds(
                a.start + dt.timedelta(days=(b.start.weekday() - a.start.weekday()) % 7 or 7), "day"
            )
        if right_day and not left_day and a.grain == b.grain == "day":
            return _day_in_month(a, b.start.day, 1)  # "May 5 to the 9th": May's 9th
        if left_day and not right_day and a.grain == b.grain == "day":
            return _day_in_month(b, a.start.day, -1)  # "the 5th to the 9th of May"
        if own_unit is not None:
            if left.relative and ctx.ref is not None:
                moved = _yearless_pair(a, a, ctx)
                if moved is None:
                    return None
                a = moved[0]
            b = bounds(a.end, own_unit)
            if b.end < a.end:
                return None
            return Interval(a.start, b.end, a.grain, pair=True)
        if left.relative and not right.relative and a.start.year != b.start.year:
            a = _reyear(a, b.end.year)  # "Q2-Q3 2026", "December to March 2027"
            if a is not None and a.start > b.end:
                a = a.shift(-1, "year")
            if a is None:
                return None
        if right.relative and not left.relative and b.start.year != a.end.year:
            b = _reyear(b, a.end.year)  # "October 2024 and March": the March after it
            if b is not None and b.end < a.start:
                b = b.shift(1, "year")
            if b is None:
                return None
        if left.relative and right.relative and ctx.ref is not None:
            weekdays = left.rule == right.rule == "weekday"
            moved = _yearless_pair(a, b, ctx, "week" if weekdays else "year")
            if moved is None:
                return None
            a, b = moved
        a_in_b = b.start <= a.start and a.end <= b.end
        b_in_a = a.start <= b.start and b.end <= a.end
        if a.start > b.end or (a_in_b and b_in_a):
            return None  # backwards, or the same period twice
        if b_in_a or (a_in_b and c in DASHES):
            return None  # "Dec-2018" is one month, "the year to April" a period to a month;
            # "June until the end of the year" is a range
        grain = a.grain if GRAIN_RANK[a.grain] <= GRAIN_RANK[b.grain] else b.grain
        return Interval(a.start, b.end, grain, pair=True)

    return _time(m, fn, "range")


def build_now(m: Match, t: Text) -> Piece | None:
    """ "now", "the present": the reference day, as a piece of its own kind ("now"), which only
    a range takes ("from March 2020 to the present"); alone it is no date (ANNOTATION.md)."""

    def fn(ctx: Ctx) -> Interval | None:
        return None if ctx.ref is None else bounds(ctx.ref, "day")

    return _time(m, fn, "now", kind="now")


def build_range_now(m: Match, t: Text) -> Piece | None:
    """ "from March 2020 to the present", "from now until Christmas", "between 2019 and now": a
    range with the reference day at one end, as "from 1998 until today" is; opening with "now",
    "from" or "between" must come before it ("Now to the weather" names no range)."""
    if m[0].kind == "now" and t.before(m[0].start) not in ("from", "between"):
        return None
    sides = tuple(replace(p, kind="time") if p.kind == "now" else p for p in m)
    return build_range(sides, t)


def build_days_in(m: Match, t: Text) -> Piece | None:
    """ "from 4 to 22 this month", "between 4th and 22nd next month", "from 3 to 9 of May":
    two days of the month, then the month they are in, one range. A bare number needs "from"
    or "between" before it and no verb of change before that ("rose from 4 to 22 this
    month" is two figures)."""
    first, conn, last, month = m[0], m[1], m[2], m[-1]
    lead = t.before(first.start)
    if lead not in ("from", "between") or (conn.value == "and") != (lead == "between"):
        return None
    if t.before(first.start - 1) in figure_words("change_verb"):
        return None
    a, b = first.value, last.value
    if not (isinstance(a, int) and isinstance(b, int) and 1 <= a < b <= 31):
        return None

    def fn(ctx: Ctx) -> Interval | None:
        iv = resolve(month, ctx)
        if (
            iv is None
            or iv.grain != "month"
            or b > calendar.monthrange(iv.start.year, iv.start.month)[1]
        ):
            return None
        return Interval(iv.start.replace(day=a), iv.start.replace(day=b), "day", pair=True)

    return _time(m, fn, "days in", relative=month.relative)


SHARED_YEAR_GRAINS = ("month", "quarter")


def build_shared_year(m: Match, t: Text) -> Piece | None:
    """ "June and July 2024", "Q1 and Q2 2023", "January, February and March 2024", "the
    spring and summer of 2022": a month, quarter or season without a year, coordinated with
    one of the same kind that has its year, is in that year (the one before where it would
    fall after it: "December and January 2024"). The piece covers the first date only; the
    second stays a date of its own, as two coordinated years are two dates."""
    left, right = m[0], m[-1]
    if not left.relative or right.relative:
        return None
    if (
        m[1].value == ","
        and t.after(right.end) not in ("and", "or", ",")
        and right.rule != "shared year"
    ):
        # "January, February and March 2024": "February" has its year from "March 2024"; a
        # comma alone before a dated month ("in June, July 2024 was ...") joins nothing
        return None

    def fn(ctx: Ctx) -> Interval | None:
        a, b = resolve(left, ctx), resolve(right, ctx)
        if a is None or b is None or a.grain != b.grain or a.pair != b.pair:
            return None
        if a.grain not in SHARED_YEAR_GRAINS:
            return None
        moved = _reyear(a, b.end.year)
        if moved is not None and moved.start > b.start:
            moved = moved.shift(-1, "year")
        return moved

    return Piece("time", left.start, left.end, fn, False, "shared year", m)


def build_and_next(m: Match, t: Text) -> Piece | None:
    """ "this year and next", "this month and next": the period and the one after; also
    "next week and the week after", "this week and the next" (the unit named is the period's)."""
    first = m[0]
    unit = next((p.value for p in m[1:] if p.kind == "unit"), None)

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(first, ctx)
        if a is None or a.pair or a.grain not in ("week", "month", "year"):
            return None
        if unit is not None and unit != a.grain:
            return None
        b = a.shift(1, a.grain)
        return None if b is None else Interval(a.start, b.end, a.grain, pair=True)

    return _time(m, fn, "this and next")


# -- an offset from an anchor ---------------------------------------------------------


BEFORE_WORDS = frozenset({"before", "prior", "ahead"})  # "before", "prior to", "ahead of"


def build_offset(m: Match, t: Text) -> Piece | None:
    """ "four days after Labor Day", "two years after the 2019 merger", "two days prior to 4
    May", "a week ahead of Christmas"."""
    dur, rel, anchor = m[0], m[1].value, m[-1]
    if (
        rel == "from"
        and t.before(dur.start) in LENGTH_LEADS
        and not (t.before(dur.start) == "for" and _scheduling(t.before(dur.start - 1)))
    ):
        return None  # "will take six weeks from April 1": a length and its start, two dates;
        # "is set for two weeks from Thursday" schedules a day (models/tense_cues.jsonl)
    n, unit = dur.value
    sign = -1 if rel in BEFORE_WORDS else 1
    part = t.words[anchor.start + 1] if anchor.rule == "part of" else None
    edge = "end" if part in PART_END else "start" if part in PART_START else None

    holiday = _holiday_row(anchor, t)
    # "ten working days after ...": Mondays to Fridays counted (public holidays not known)
    working = unit == "day" and any(
        w in ("working", "business") for w in t.words[dur.start : dur.end]
    )

    def counted(a: Interval) -> Interval | None:
        if edge is not None:  # "five days before the end of the month": from its last day
            a = bounds(a.end if edge == "end" else a.start, "day")
        base = bounds(a.start if sign < 0 or not a.pair else a.end, a.grain) if a.pair else a
        if (
            working
            and isinstance(n, int)
            and base.grain == "day"
            and not base.pair
            and 0 < n <= 260
        ):
            d, left = base.start, n
            while left:
                d += dt.timedelta(days=sign)
                left -= d.weekday() < 5
            return bounds(d, "day")
        return base.shift(sign * n, unit)

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(anchor, ctx)
        if a is None:
            return None
        if not anchor.relative or ctx.ref is None or holiday is None:
            return counted(a)
        # a holiday without its year: the tense chooses the counted day, not the holiday ("will
        # be held six weeks after Labor Day" in September: this year's, though Labor Day is gone)
        days = [d for y in _in_years(holiday, a) if (d := counted(y)) is not None]
        return in_direction(days, ctx) or counted(a)

    return _time(m, fn, "offset")


def _lemma_in(word: str, lemmas: frozenset[str]) -> bool:
    """A regular inflection of one of ``lemmas`` ("moved", "shifted", "pushed", "planned")."""
    return any(word[: len(word) - k] in lemmas for k in (0, 1, 2, 3) if len(word) - k >= 3)


def moves_date(word: str) -> bool:
    """A form of a verb that moves a date (models/tense_cues.jsonl "move" and "put_off"):
    "moved", "shifted", "pushed", "postponed"."""
    return _lemma_in(word, tense_words("move") | tense_words("put_off"))


def _moves_date(t: Text, at: int) -> bool:
    """A verb that moves a date within the four words before ``at`` ("was moved from",
    "pushed back from", "shifted the race from")."""
    return any(moves_date(w) for w in t.words[max(0, at - 4) : at])


def _scheduling(word: str) -> bool:
    """A verb or adjective of scheduling in any inflection ("set", "scheduled", "slated",
    "planned", "due"; the lemmas of models/tense_cues.jsonl "schedule" that put nothing off)."""
    lemmas = tense_words("schedule") - tense_words("put_off")  # "extended for six weeks from
    # Monday" puts off by a length from a start: two dates
    return any(word[: len(word) - k] in lemmas for k in (0, 1, 2, 3) if len(word) - k >= 3)


def _holiday_row(p: Piece, t: Text) -> dict[str, Any] | None:
    """The row of models/holidays.jsonl a piece names ("Labor Day", "Easter"), else None."""
    name = " ".join(w.replace("'", "") for w in t.words[p.start : p.end] if w not in ("'", "-"))
    return holidays().get(name.removeprefix("the "))


def _in_years(row: dict[str, Any], iv: Interval) -> list[Interval]:
    """A holiday in the year before the one read, that year and the year after."""
    out = []
    for k in (-1, 0, 1):
        d = holiday_date(row, iv.start.year + k)
        if d is not None:
            out.append(Interval(d, d, "day"))
    return out


def in_direction(readings: Sequence[Interval], ctx: Ctx) -> Interval | None:
    """Of the readings of a date without a year, the one the clause's tense points to: the
    latest that has begun by the reference date in a clause about the past, the first that
    has not ended in one about the future (None where none lies that way)."""
    if ctx.ref is None:
        return None
    ref = ctx.ref
    if ctx.prefer == "future":
        return min((r for r in readings if r.end >= ref), key=lambda r: r.start, default=None)
    return max((r for r in readings if r.start <= ref), key=lambda r: r.start, default=None)


def build_working_day(m: Match, t: Text) -> Piece | None:
    """ "the last working day of June", "the first business day of next month": the nth
    weekday from Monday to Friday of the period (public holidays are not known here)."""
    nth, scope = m[1].value, m[-1]
    if not (nth == -1 or 1 <= nth <= 23):
        return None

    def fn(ctx: Ctx) -> Interval | None:
        s = resolve(scope, ctx)
        if s is None or s.grain not in ("month", "quarter", "year") or (s.end - s.start).days > 366:
            return None
        days = [
            d
            for k in range((s.end - s.start).days + 1)
            if (d := s.start + dt.timedelta(days=k)).weekday() < 5
        ]
        if nth > len(days):
            return None
        return bounds(days[nth - 1] if nth > 0 else days[-1], "day")

    return _time(m, fn, "working day", relative=scope.relative)


WEEK_WORDS = {"week", "weeks", "fortnight", "fortnights"}


def build_week_on(m: Match, t: Text) -> Piece | None:
    """ "a week on Monday", "a fortnight on Friday" (British): that many weeks after the
    coming weekday, as "a week from Monday"; not a length that a verb of lasting or "for"
    governs ("lasted a week on Monday")."""
    if t.words[m[0].end - 1] not in WEEK_WORDS or m[-1].rule != "weekday":
        return None
    if t.before(m[0].start) in LENGTH_LEADS:
        return None
    return build_offset(m, t)


def build_ago(m: Match, t: Text) -> Piece | None:
    """ "six months ago": the reference date moved back, at the unit's precision."""
    n, unit = m[0].value
    grain = {"fortnight": "day", "decade": "year", "century": "year"}.get(unit, unit)
    step = -1 if m[1].value in ("ago", "back") else 1

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        d = shift_date(ctx.ref, step * n, unit)
        return None if d is None else bounds(d, grain)

    return _time(m, fn, "ago")


SHIFT_UNITS = {"day", "week", "month", "year", "decade", "fortnight"}


def build_ago_anchored(m: Match, t: Text) -> Piece | None:
    """ "a year ago today", "two years ago this month": the period of the reference date
    ("today", "this week/month/quarter") moved back by the duration, at that period's grain."""
    n, unit = m[0].value
    anchor = m[-1]
    if t.words[anchor.start] not in ("today", "yesterday", "this") or unit not in SHIFT_UNITS:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(anchor, ctx)
        if a is None or a.pair or a.grain not in ("day", "week", "month"):
            return None
        mid = a.start + (a.end - a.start) // 2  # a week's Thursday keeps its number
        d = shift_date(mid, -n, unit)
        return None if d is None else bounds(d, a.grain)

    return _time(m, fn, "ago anchored")


def build_month_of(m: Match, t: Text) -> Piece | None:
    """ "the month of May", "the entire month of June": the month named."""
    month = m[-1]

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(month, ctx)
        return a if a is not None and a.grain == "month" and not a.pair else None

    return _time(m, fn, "month of", relative=month.relative)


def build_later(m: Match, t: Text) -> Piece | None:
    """ "six months later", "two days earlier": from the date named before, at the unit; with
    no date named before, from the reference date, as "ago" reads ("A year earlier, the mill
    employed 900")."""
    n, unit = m[0].value
    grain = {"fortnight": "day", "decade": "year", "century": "year"}.get(unit, unit)
    sign = -1 if m[1].value in ("earlier", "before", "prior") else 1
    if m[1].value in ("before", "prior") and t.after(m[-1].end) not in (
        "",
        ".",
        ",",
        ";",
        ":",
        ")",
        "and",
    ):
        return None  # "a year before the war", "two days prior to 4 May": an offset from
        # what follows, read elsewhere
    if t.after(m[-1].end) == "than":
        return None  # "a week later than planned": a delay, no date counted from another

    def fn(ctx: Ctx) -> Interval | None:
        if (same := _same_period(ctx, n * sign, unit)) is not None:
            return same  # "Third-quarter sales rose 8% from a year earlier": that quarter
        base = ctx.anchor.start if ctx.anchor is not None else ctx.ref
        if base is None:
            return None
        d = shift_date(base, sign * n, unit)
        return None if d is None else bounds(d, grain)

    return _time(m, fn, "later")


def _same_period(ctx: Ctx, years: int, unit: str) -> Interval | None:
    """A whole number of years from a month, quarter, half or season named in the same
    sentence: that period, the years away ("Retail sales in May rose 3% from a year
    earlier" -> May of the year before; eval/README.md, dev4 readings). None for any other
    anchor (a day, a year) or unit, or an anchor in another sentence."""
    a = ctx.near_anchor(0)
    if a is None or unit != "year" or a.grain != "month":
        return None
    return a.shift(years, "year")


# words that compare a figure with an earlier one: "up 3% from a year ago", "higher than a
# year ago", "compared with ... a year ago"
COMPARED = W("from", "than", "on", "over", "with", "against", "versus", "vs")


# the words of an amount between "from" and "a year ago": "down from 4.6 million a year ago",
# "compared with $280 million a year ago", "against 3.1 percent a year ago"
AMOUNT_WORDS = W("million", "billion", "trillion", "thousand", "mln", "bln", "percent", "per",
                 "cent", "%", "$", "€", "£", "¥", "points", "point", ".", ",")  # fmt: skip
MAX_AMOUNT = 6  # tokens of an amount between the comparing word and "a year ago"


def _compared_word(t: Text, i: int) -> str:
    """The word before token ``i``, or before an amount that ends there ("from 4.6 million")."""
    j, digits = i, False
    while j > 0 and i - j < MAX_AMOUNT:
        w = t.words[j - 1]
        if w.isdigit():
            digits = True
        elif w not in AMOUNT_WORDS:
            break
        j -= 1
    return t.before(j if digits else i)


def build_compared_ago(m: Match, t: Text) -> Piece | None:
    """ "from a year ago" after a period named in the same sentence ("Home prices in March
    were 5% higher than a year ago"): that period a year back, as "a year earlier" reads.
    Anything else is "N units ago" counted from the reference date: the date grammar reads it
    (the piece resolves to None, so the stage falls back to that reading)."""
    n, unit = m[0].value
    if _compared_word(t, m[0].start) not in COMPARED:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        return _same_period(ctx, -n, unit)

    return _time(m, fn, "compared ago")


def build_count_weekdays(m: Match, t: Text) -> Piece | None:
    """ "three Fridays from now", "two Mondays ago"."""
    n, wd = m[0].value, m[1].value
    future = m[-1].value == "now"
    if not 1 <= n <= 52:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        if future:
            d = weekday_from(ctx.ref, wd, "after") + dt.timedelta(weeks=n - 1)
        else:
            d = weekday_from(ctx.ref, wd, "before") - dt.timedelta(weeks=n - 1)
        return bounds(d, "day")

    return _time(m, fn, "weekdays from now")


def build_event_anchor(m: Match, t: Text) -> Piece | None:
    """ "the 2019 merger", "the election on 3 May": a dated event, only used as an anchor."""
    times = [p for p in m if p.kind == "time"]
    words = [p for p in m if p.kind == "word"][1:]
    nouns = words[:-1] if m[-1].kind == "time" else words  # without "on" in "the vote on 3 May"
    if len(times) != 1 or not nouns:
        return None
    if t.tags and not t.tags[nouns[-1].start].startswith("NN"):
        return None  # the head: "the election", "its annual meeting"
    if t.tags and any(not t.tags[p.start].startswith(("NN", "JJ")) for p in nouns[:-1]):
        return None
    if any(p.value in RANGE_WORDS or p.value in UNITS for p in nouns):
        return None
    return _time(m, _resolved(times[0]), "event", kind="anchor")


# words that cannot be part of an event's noun phrase: they end it or make it a date
EVENT_STOP = W("and", "or", "but", "of", "on", "in", "at", "to", "by", "for", "from", "with",
               "that", "which", "who", "when", "after", "before", ",", ".", ";", ":", "-", "–")  # fmt: skip


def build_event_np(m: Match, t: Text) -> Piece | None:
    """ "the explosion", "the vote", "its annual meeting", "the peace talks": an event named
    by a determiner and up to three nouns and adjectives, with no date of its own; only an
    anchor for "the day after the explosion". With tags, the head is a noun and the phrase
    ends there (no noun after it)."""
    lead = t.before(m[0].start)
    if lead == "of" and m[0].start >= 2 and t.words[m[0].start - 2] == "ahead":
        lead = "before"  # "a day ahead of the vote", as "a day before the vote"
    if lead not in ("before", "after"):
        return None  # only the object of "the day after ..." (see build_unit_of_event)
    words = [p for p in m if p.kind == "word"][1:]
    dated = (UNITS, MONTHS, WEEKDAYS, EVENT_STOP)
    if any(not p.value.isalpha() or any(p.value in d for d in dated) for p in words):
        return None  # "the day after 3 May", "the week after next": read by other rules
    if t.tags:
        if not t.tags[words[-1].start].startswith("NN"):
            return None
        if any(not t.tags[p.start].startswith(("NN", "JJ", "VBN")) for p in words[:-1]):
            return None
        if m[-1].end < len(t.tags) and t.tags[m[-1].end].startswith("NN"):
            return None  # "the peace" in "the peace talks": the phrase goes on
    return Piece("event", m[0].start, m[-1].end, None, rule="event np", parts=m)


def build_event_clause(m: Match, t: Text) -> Piece | None:
    """ "(three weeks after) it began", "(two days before) they left": a pronoun and a verb in
    the past, the event a date named just before stands for; only with tags, and only as the
    object of "after"/"before" (the anchor of ``build_dur_of_event``)."""
    if t.before(m[0].start) not in ("before", "after") or not t.tags:
        return None
    verb = m[1]
    if t.tags[verb.start] != "VBD" or verb.value in ("was", "were", "had", "did"):
        return None  # "after it was announced": no event of its own
    return Piece("event", m[0].start, m[-1].end, None, rule="event clause", parts=m)


def build_unit_of_event(m: Match, t: Text) -> Piece | None:
    """ "the day after the explosion", "the week before the vote": the unit next to an event
    that the text dated in this sentence or the one before (the date named last there, as
    fine as the unit: a day for "the day after"). An event with no date near it gives no
    value, and no date is stated (counting from the reference date would be a wrong one)."""
    unit = m[1].value
    if unit not in ("day", "week", "month", "year"):
        return None
    step = -1 if m[2].value == "before" else 1

    def fn(ctx: Ctx) -> Interval | None:
        a = ctx.near_anchor(1)
        if a is None or a.pair or GRAIN_RANK.get(a.grain, 9) > GRAIN_RANK[unit]:
            return None
        d = shift_date(a.start if step < 0 else a.end, step, unit)
        return None if d is None else bounds(d, unit)

    return _time(m, fn, "unit of event")


def build_dur_of_event(m: Match, t: Text) -> Piece | None:
    """ "two days after the explosion", "a week before the vote": a count of units next to an
    event that the text dated in this sentence or the one before, one span resolved at the
    event's grain (a day for an event on a day). An event with no date near it gives no value
    and no date is stated, as for "the day after the explosion" (eval/README.md readings)."""
    n, unit = m[0].value
    if unit not in ("day", "week", "month", "year") or n != int(n) or not 1 <= n <= 99:
        return None
    step = -1 if m[1].value in ("before", "ahead") else 1

    def fn(ctx: Ctx) -> Interval | None:
        a = ctx.near_anchor(1)
        if a is None or a.pair or GRAIN_RANK.get(a.grain, 9) > GRAIN_RANK[unit]:
            return None
        d = shift_date(a.start if step < 0 else a.end, step * int(n), unit)
        return None if d is None else bounds(d, a.grain)

    return _time(m, fn, "dur of event")


# -- ordinals of a period --------------------------------------------------------------


def build_nth_of(m: Match, t: Text) -> Piece | None:
    """ "the third week of 2026", "the 5th of next month", "the second Monday of May"."""
    core = [p for p in m if p.kind != "word" or p.value not in ("the", "of", "in")]
    nth = core[0].value
    scope = core[-1]
    what = core[1] if len(core) == 3 else None
    if (
        what is not None
        and what.kind == "unit"
        and what.value not in ("day", "week", "month", "quarter")
    ):
        return None
    if nth < 0 and (
        what is None
        or (what.kind == "unit" and what.value not in ("month", "quarter", "day"))
        or (what.kind == "unit" and what.value == "day" and t.words[what.start].endswith("s"))
    ):
        return None  # "the final week of ...": read by the date grammar; "the last Friday of
        # the year", "the last day of 2026" are counted back from the period's end below
    if what is not None and what.kind == "unit" and t.words[what.start].endswith("s"):
        return None  # "the final months of 2025": a hedge on the year ("part of"), no one month
    if (
        what is not None
        and what.kind == "unit"
        and what.value in ("month", "quarter")
        and any(w in MONTHS for w in t.words[scope.start : scope.end])
    ):
        return None  # "results for the first quarter in May": no quarter of a month

    def fn(ctx: Ctx) -> Interval | None:
        s = resolve(scope, ctx)
        if s is None:
            return None
        if nth < 0 and what is not None and what.kind in ("wd", "wds"):
            last = s.end - dt.timedelta(days=(s.end.weekday() - what.value) % 7)
            d = last - dt.timedelta(weeks=-nth - 1)
            return bounds(d, "day") if d >= s.start else None
        if nth < 0 and what is not None and what.kind == "unit" and what.value == "day":
            d = s.end - dt.timedelta(days=-nth - 1)
            return bounds(d, "day") if d >= s.start else None
        if what is None or (what.kind == "unit" and what.value == "day"):
            if s.grain != "month" or s.pair:
                if what is None:
                    return None
                d = s.start + dt.timedelta(days=nth - 1)
                return bounds(d, "day") if d <= s.end else None
            return bounds(s.start.replace(day=nth), "day")
        if what.kind in ("wd", "wds"):
            first = s.start + dt.timedelta(days=(what.value - s.start.weekday()) % 7)
            d = first + dt.timedelta(weeks=nth - 1)
            return bounds(d, "day") if d <= s.end else None
        if what.value == "week":
            if s.grain == "year" and not s.pair:
                return bounds(dt.date.fromisocalendar(s.start.year, nth, 1), "week")
            week = nth_week_of(s.start, s.end, nth)  # the one reading of a period's weeks
            return bounds(week, "week") if week is not None else None
        if what.value == "month" and s.grain == "year" and 1 <= nth <= 12:
            return bounds(dt.date(s.start.year, nth, 1), "month")
        if what.value == "month" and s.grain == "year" and nth == -1:
            return bounds(dt.date(s.start.year, 12, 1), "month")
        if what.value == "quarter" and s.pair and nth in (1, 2, 3, 4, -1):
            return fiscal_part(s, 4 if nth == -1 else nth, 3)  # "the fourth quarter of fiscal 2025"
        if what.value == "quarter" and s.grain == "year" and nth in (1, 2, 3, 4, -1):
            q = 4 if nth == -1 else nth
            return bounds(dt.date(s.start.year, 3 * q - 2, 1), "quarter")
        return None

    return _time(m, fn, "nth of", relative=scope.relative)  # "the sixth of June": no year


def build_day_month(m: Match, t: Text) -> Piece | None:
    """ "the sixth of June", "March twenty-third", "23rd March": a day of a month."""
    day = next(p for p in m if p.kind == "ord" or p.kind == "num").value
    month = next(p for p in m if p.kind == "mon").value
    if not 1 <= day <= 31:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        return bounds(dt.date(ctx.ref.year, month, day), "day")

    return _time(m, fn, "day of month", relative=True)


def build_with_year(m: Match, t: Text) -> Piece | None:
    """ "October of '93", "the fall of '01", "June, nineteen forty-four"."""
    first, year = m[0], m[-1].value
    if not first.relative:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(first, ctx)
        return None if a is None else _reyear(a, year)

    return _time(m, fn, "with year")


def build_day_with_year(m: Match, t: Text) -> Piece | None:
    """ "the thirty-first of December nineteen ninety-nine": a day in words, its year in words
    with no comma; a round year ("two thousand", "nineteen hundred") may be a count after it."""
    if m[-1].rule == "apostrophe year":  # "March '09", "summer '69": no count reads "'09"
        return build_with_year(m, t)
    if m[0].rule != "day of month" or m[-1].value % 100 == 0:
        return None
    return build_with_year(m, t)


def build_week_of_year(m: Match, t: Text) -> Piece | None:
    """ "week 5 of 2027", "calendar week 12 in 2026": that ISO week of the year named."""
    n, year = m[-3].value, m[-1]
    if not isinstance(n, int) or not 1 <= n <= 53:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        y = resolve(year, ctx)
        if y is None or y.grain != "year" or y.pair:
            return None
        try:
            return bounds(dt.date.fromisocalendar(y.start.year, n, 1), "week")
        except ValueError:  # no week 53 that year
            return None

    return _time(m, fn, "week of year")


def build_year(m: Match, t: Text) -> Piece | None:
    """ "in two thousand and nine", "the year two thousand": a year in words, in context."""
    y = m[-1].value
    if m[0].kind == "yearword" and t.before(m[0].start) not in YEAR_LEAD:
        return None
    iv = Interval(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    return _time(m, const(iv), "year")


YEAR_LEAD = {"in", "since", "by", "until", "till", "before", "after", "from", "of", "to", "around",
             "circa", "during", "through", "and"}  # fmt: skip


# -- weekdays related to a week or another date ----------------------------------------


def build_weekday_of_week(m: Match, t: Text) -> Piece | None:
    """ "the Friday of next week", "Tuesday of this week", "Monday next week"."""
    wd, week = next(p for p in m if p.kind == "wd").value, m[-1]
    if m[-2].kind == "wd" and not (  # no "of": only "this/next/last week" right after the day
        week.end - week.start == 2
        and t.words[week.start] in REL_WORDS
        and t.words[week.start + 1] == "week"
    ):
        return None

    def fn(ctx: Ctx) -> Interval | None:
        w = resolve(week, ctx)
        if w is None or w.grain != "week":
            return None
        return bounds(w.start + dt.timedelta(days=wd), "day")

    return _time(m, fn, "weekday of week")


def build_weekdays_in_week(m: Match, t: Text) -> Piece | None:
    """ "Friday to Sunday next week", "between Monday and Thursday last week": both days in
    that week."""
    a, b, week = m[0].value, m[2].value, m[3]
    if m[1].value == "and" and t.before(m[0].start) != "between":
        return None  # "Monday and Thursday next week": two days

    def fn(ctx: Ctx) -> Interval | None:
        w = resolve(week, ctx)
        if w is None or w.grain != "week" or b < a:
            return None
        return Interval(w.start + dt.timedelta(days=a), w.start + dt.timedelta(days=b), "day", True)

    return _time(m, fn, "weekdays of week")


def build_weekday_before_last(m: Match, t: Text) -> Piece | None:
    """ "the Wednesday before last" (a week before last Wednesday); "the Friday after next":
    that weekday in the week after next week, as the annotators count it (written on a
    Wednesday, "the Friday after next" is two Fridays on, "the Monday after next" the Monday
    of the week after next; session 24)."""
    wd = next(p for p in m if p.kind == "wd").value
    back = m[-2].value == "before"

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        if back:
            return bounds(weekday_from(ctx.ref, wd, "before") - dt.timedelta(weeks=1), "day")
        return bounds(weekday_from(ctx.ref, wd, "next_week") + dt.timedelta(weeks=1), "day")

    return _time(m, fn, "weekday before last")


def build_following(m: Match, t: Text) -> Piece | None:
    """ "the following Monday", "the next day", "the previous week": from the date named
    before (the reference date when there is none)."""
    rel = m[1].value
    target = m[2]
    step = -1 if rel in ("previous", "preceding", "prior") else 1
    if target.kind == "unit" and target.value in ("decade", "century"):
        return None  # "the next decade": the next ten years from today (normalize_date)
    if target.kind == "unit" and t.words[target.start].endswith("s"):
        return None  # "the following months": vague, as "the coming weeks"

    def fn(ctx: Ctx) -> Interval | None:
        base = ctx.anchor.start if ctx.anchor is not None else ctx.ref
        if base is None:
            return None
        if target.kind == "wd":
            return bounds(
                weekday_from(base, target.value, "after" if step > 0 else "before"), "day"
            )
        d = shift_date(base, step, target.value)
        return None if d is None else bounds(d, target.value)

    return _time(m, fn, "following")


# -- periods of news ---------------------------------------------------------------------


def build_part_of(m: Match, t: Text) -> Piece | None:
    """ "the end of the year", "the start of next quarter", "the close of 2025": the period's
    value (a hedge on a period keeps the period's value). "the end of the month" in a clause
    about the past, after a day or month named in this sentence or the one before, is its month
    ("Fighting began on May 2. By the end of the month, 300 people had died"), as "the end of
    that month" is; elsewhere the reference date's."""
    period = m[-1]
    unit = t.words[period.start + 1] if period.end - period.start == 2 else None
    if t.words[period.start] != "the" or unit not in ("month", "week"):
        return _time(m, _resolved(period), "part of", relative=period.relative)
    current = _resolved(period)

    def fn(ctx: Ctx) -> Interval | None:
        a = ctx.near_anchor(1)
        finer = ("day", "week", "month") if unit == "month" else ("day", "week")
        if ctx.prefer == "past" and a is not None and not a.pair and a.grain in finer:
            return bounds(a.start, unit)
        return current(ctx)

    return _time(m, fn, "part of", relative=True)


def build_part_of_quarter(m: Match, t: Text) -> Piece | None:
    """ "the end of the quarter", "the start of the quarter": the quarter's value, as "the end
    of the month" has the month's: in a clause about the past after a day or month named in
    this sentence or the one before, that date's quarter; elsewhere the reference date's
    ("the quarter" alone is no date: "profit for the quarter")."""

    def fn(ctx: Ctx) -> Interval | None:
        a = ctx.near_anchor(1)
        if (
            ctx.prefer == "past"
            and a is not None
            and not a.pair
            and a.grain in ("day", "week", "month")
        ):
            return bounds(a.start, "quarter")
        return None if ctx.ref is None else bounds(ctx.ref, "quarter")

    return _time(m, fn, "part of", relative=True)


ONE_DAY = dt.timedelta(days=1)


def fiscal_part(year: Interval, n: int, months: int) -> Interval | None:
    """The ``n``-th stretch of ``months`` months (a quarter: 3, a half: 6) of a fiscal year, a
    twelve-month pair such as "fiscal 2026" in India (April 2025 - March 2026): "the first half
    of fiscal 2026" is April-September 2025; None for any other interval."""
    if not year.pair or year.start.day != 1 or add_months(year.start, 12) - year.end != ONE_DAY:
        return None
    if not 1 <= n <= 12 // months:
        return None
    a = add_months(year.start, months * (n - 1))
    return Interval(a, add_months(a, months) - ONE_DAY, year.grain, pair=True)


def build_fiscal_code(m: Match, t: Text) -> Piece | None:
    """ "Q3 FY25", "H1 FY26", "Q2 fiscal 2026": an analyst's quarter or half of a fiscal year,
    in the months of that year ("Q3 FY25" in India: October-December 2024)."""
    letter, n, year = m[0].value, m[1].value, m[2]
    if t.words[m[0].start] not in ("q", "h") or m[1].end != m[2].start:
        return None
    months = 3 if letter == "q" else 6

    def fn(ctx: Ctx) -> Interval | None:
        y = resolve(year, ctx)
        return None if y is None else fiscal_part(y, n, months)

    return _time(m, fn, "fiscal code")


def build_half_of(m: Match, t: Text) -> Piece | None:
    """ "the latter half of 2025", "the back half of last year", "the front half of the year":
    the year's second or first half; "the first half of fiscal 2026": the fiscal year's; "the
    second half of June": the month's days 16 to its end ("the first half": 1 to 15)."""
    second = m[1].value not in ("front", "first")
    year = m[-1]

    def fn(ctx: Ctx) -> Interval | None:
        y = resolve(year, ctx)
        years = 0 if y is None else y.end.year - y.start.year + 1
        if y is not None and y.pair and years in (10, 100) and y.start.timetuple().tm_yday == 1:
            n = years // 2  # "the first half of the 19th century": its first fifty years
            a = y.start.year + (n if second else 0)
            return Interval(dt.date(a, 1, 1), dt.date(a + n - 1, 12, 31), "year", pair=True)
        if y is not None and y.pair:
            return fiscal_part(y, 2 if second else 1, 6)
        if y is not None and y.grain == "month" and not y.pair:
            # "the first half of next month", "the second half of June": days 1-15, 16-end
            first_day = y.start.replace(day=16 if second else 1)
            last_day = y.end if second else y.start.replace(day=15)
            return Interval(first_day, last_day, "day", pair=True)
        if y is None or y.grain != "year" or y.pair:
            return None
        a = 7 if second else 1
        first = dt.date(y.start.year, a, 1)
        return Interval(
            first, bounds(dt.date(y.start.year, a + 5, 1), "month").end, "month", pair=True
        )

    return _time(m, fn, "half of", relative=year.relative)


def build_this_unit(m: Match, t: Text) -> Piece | None:
    """ "mid-year", "year-end", "the decade" (in "the end of the decade"): the current one."""
    unit = next((p.value for p in m if p.kind == "unit"), "decade")
    grain = {
        "decade": "decade",
        "year": "year",
        "quarter": "quarter",
        "month": "month",
        "week": "week",
    }.get(unit)
    if grain is None:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        return None if ctx.ref is None else bounds(ctx.ref, grain)

    return _time(m, fn, "this unit", relative=True)


def build_hedged_in(m: Match, t: Text) -> Piece | None:
    """ "earlier in the week", "later in the month", "early in 2025": a hedge on a period, which
    keeps the period's value (as "late 2025", "late last week" do); not a day ("earlier in the
    day" is shorter than a day)."""
    inner = m[-1]

    def fn(ctx: Ctx) -> Interval | None:
        iv = resolve(inner, ctx)
        return iv if iv is not None and iv.grain != "day" else None

    return _time(m, fn, "hedged in", relative=inner.relative)


def build_hedged(m: Match, t: Text) -> Piece | None:
    """ "early the following month", "late that week": a hedge on a composed period (one read
    from the date named before), which keeps its value; "late 2025" and "early next month" are
    read whole by ``normalize_date``."""
    inner = m[-1]
    if not inner.parts:
        return None
    return build_hedged_in(m, t)


def build_unit_end(m: Match, t: Text) -> Piece | None:
    """ "by year end", "the month end": written apart, as "year-end" is joined."""
    if m[-2].value not in ("year", "month") or t.words[m[-2].start] not in ("year", "month"):
        return None  # "two years end ...", "week end" (a weekend) are no period's end
    return build_this_unit(m, t)


def build_eve(m: Match, t: Text) -> Piece | None:
    """ "the eve of Independence Day", "the eve of the summit on 4 June": the day before."""
    day = m[-1]

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(day, ctx)
        return None if a is None or a.grain != "day" else a.shift(-1, "day")

    return _time(m, fn, "eve", relative=day.relative)


def build_holiday_eve(m: Match, t: Text) -> Piece | None:
    """ "Diwali eve", "Republic Day eve": the day before a holiday named before "eve" (a name
    of its own, "Christmas Eve", is the table's)."""
    name = " ".join(t.words[m[0].start : m[0].end]).replace("'", "").removeprefix("the ")
    # a name countries date differently ("Republic Day"): the piece the dates stage read in
    # the text's country gives the day
    known = _holiday_row(m[0], t) is not None or name in country_holidays()
    if not known or f"{name} eve" in holidays():
        return None
    day = m[0]

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(day, ctx)
        return None if a is None or a.grain != "day" else a.shift(-1, "day")

    return _time(m, fn, "eve", relative=day.relative)


@cache
def _clause_verbs() -> frozenset[str]:
    """Forms of the verbs that take a reported clause (models/statement_cues.jsonl): "that"
    after them opens the clause ("said that year-end figures ...")."""
    return frozenset(
        form
        for form, cues_ in cues().items()
        if any(c.content in ("clause", "any") and c.particle is None for c in cues_)
    )


def _opens_clause(m: Match, t: Text) -> bool:
    """ "that" of "that <unit>" right after a verb opens a clause: the verb takes a reported
    clause ("said that year-end ...", "believes that year ...") or a verb, a modal or "'s"
    follows the unit ("... that year was the worst"). After any other verb it is the unit's
    determiner ("It reopened that week", "300 workers left that month"; session 21)."""
    i = m[0].start
    if not (0 < i <= len(t.tags) and t.tags[i - 1].startswith("VB")):
        return False
    nxt = m[-1].end
    return (
        t.words[i - 1] in _clause_verbs()
        or t.after(nxt) in ("'s", "’s")
        or (nxt < len(t.tags) and t.tags[nxt].startswith(("VB", "MD")))
    )


def build_that_unit(m: Match, t: Text) -> Piece | None:
    """ "later that month", "earlier that week", "that year": the period of the date named
    before; "later that day", "earlier that day": the day named in this sentence or the one
    before, and "that day" right after a verb that takes no clause ("14 people died that day";
    session 21; "to this day", "from that day on" state no date)."""
    unit = m[-1].value
    if unit == "day" and (
        len(m) == 3
        or (
            0 < m[0].start <= len(t.tags)
            and t.tags[m[0].start - 1].startswith("VB")
            and not _opens_clause(m, t)
            and t.after(m[-1].end) not in ("-", "–", "on", "of", "when")
        )
    ):

        def day(ctx: Ctx) -> Interval | None:
            a = ctx.near_anchor(1)
            return None if a is None or a.pair or a.grain != "day" else bounds(a.start, "day")

        return _time(m, day, "that unit")
    if unit not in ("week", "month", "year"):
        return None
    if len(m) == 2 and (
        t.after(m[-1].end) in ("-", "–", "after", "by", "on")
        or (m[0].start < len(t.tags) and t.tags[m[0].start] not in ("DT", ""))
        or _opens_clause(m, t)
    ):  # "said that year-end ...", "that year after year": "that" is no determiner there
        return None

    def fn(ctx: Ctx) -> Interval | None:
        a = ctx.anchor
        if a is None or GRAIN_RANK.get(a.grain, 0) > GRAIN_RANK[unit]:
            return None  # "in 1974 ... that month": no month was named
        return bounds(a.start, unit)

    return _time(m, fn, "that unit")


def build_month_of_that(m: Match, t: Text) -> Piece | None:
    """ "in November of that year", "December of the same year": the month in the year named
    before (the year's anchor is the date before the whole phrase, not the month; session 24)."""
    year = m[-1]
    if year.rule not in ("that unit", "same unit") or t.words[year.end - 1] != "year":
        return None
    month = m[0].value

    def fn(ctx: Ctx) -> Interval | None:
        y = resolve(year, ctx)
        return None if y is None else bounds(dt.date(y.start.year, month, 1), "month")

    return _time(m, fn, "month of that")


def build_that_weekday(m: Match, t: Text) -> Piece | None:
    """ "that Thursday" after "July 20, a Monday": the first such weekday on or after the date
    named in this sentence or the one before; with none named, no date is stated here."""
    wd = m[-1].value
    nxt = m[-1].end
    if nxt < len(t.words) and (
        t.words[nxt] in ("'s", "’s") or (nxt < len(t.tags) and t.tags[nxt].startswith(("VB", "MD")))
    ):  # "said that Thursday's vote ...", "said that Friday was ...": "that" opens a clause
        return None  # (the tagger's DT/IN for "that" is no help: it reads most as IN)

    def fn(ctx: Ctx) -> Interval | None:
        a = ctx.near_anchor(1)
        if a is None or a.grain != "day" or a.pair:
            return None
        return bounds(a.start + dt.timedelta(days=(wd - a.start.weekday()) % 7), "day")

    return _time(m, fn, "that weekday")


def build_same_unit(m: Match, t: Text) -> Piece | None:
    """ "the same day", "that same week": the period of the date named in this sentence or
    the one before, at the unit; with no such date, no date is stated."""
    unit = m[-1].value
    if unit not in ("day", "week", "month", "year") or t.after(m[-1].end) in ("-", "–", "as"):
        return None  # "same-day delivery", "the same day as the vote"

    def fn(ctx: Ctx) -> Interval | None:
        a = ctx.near_anchor(1)
        if a is None or a.pair or GRAIN_RANK.get(a.grain, 9) > GRAIN_RANK[unit]:
            return None
        return bounds(a.start, unit)

    return _time(m, fn, "same unit")


def build_possessive_year(m: Match, t: Text) -> Piece | None:
    """ "last year's second quarter", "the year's first half", "2025's third quarter": a
    quarter, half or month of the year named before "'s"."""
    year, part = m[0], m[3:] if m[1].value == "'" else m[2:]  # "2026's" is 2026 ' s
    if len(part) == 2:  # "first half", "second quarter" as an ordinal and a word
        n, word = part[0].value, part[1].value
        size = 6 if word == "half" else 3
        if not isinstance(n, int) or not 1 <= n <= 12 // size:
            return None

        def first(ctx: Ctx) -> Interval | None:
            return Interval(
                dt.date(2000, size * (n - 1) + 1, 1), dt.date(2000, size * n, 1), "month", pair=True
            )

    elif part[0].relative:

        def first(ctx: Ctx) -> Interval | None:
            return resolve(part[0], ctx)

    else:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        y, p = resolve(year, ctx), first(ctx)
        if y is None or p is None or y.grain != "year" or y.pair:
            return None
        moved = _reyear(p, y.start.year)
        if moved is None or not moved.pair:
            return moved
        return Interval(moved.start, bounds(moved.end, "month").end, moved.grain, pair=True)

    return _time(m, fn, "possessive year")


def build_unit_before(m: Match, t: Text) -> Piece | None:
    """ "the year before", "the day after": one unit from the date named before."""
    unit = m[1].value
    if unit not in ("day", "week", "month", "year"):
        return None
    step = -1 if m[2].value in ("before", "earlier") else 1
    if (
        t.after(m[-1].end) in ("the", "a", "an", "last", "next", "this")
        or t.after(m[-1].end)[:1].isdigit()
    ):
        return None  # "the year before the election": an offset, read by another rule

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.anchor is None:
            return None
        d = shift_date(ctx.anchor.start, step, unit)
        return None if d is None else bounds(d, unit)

    return _time(m, fn, "unit before")


def build_unit_of(m: Match, t: Text) -> Piece | None:
    """ "the week after Easter", "the month before the vote on 9 April", "the day after
    Christmas": the unit next to the one that holds the anchor."""
    unit, anchor = m[1].value, m[-1]
    if unit not in ("day", "week", "month", "year"):
        return None
    step = -1 if m[2].value == "before" else 1

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(anchor, ctx)
        if a is None:
            return None
        d = shift_date(a.start if step < 0 else a.end, step, unit)
        return None if d is None else bounds(d, unit)

    return _time(m, fn, "unit of")


def build_week_of(m: Match, t: Text) -> Piece | None:
    """ "the week beginning 5 January", "the week of 14 September": the ISO week holding the
    day (a Sunday opens the week on a U.S. calendar: the week after it)."""
    day = m[-1]

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(day, ctx)
        if a is None or a.grain != "day":
            return None
        d = a.start + dt.timedelta(days=1) if a.start.weekday() == 6 else a.start
        return bounds(d, "week")

    return _time(m, fn, "week of", relative=day.relative)


def build_weekday_by(m: Match, t: Text) -> Piece | None:
    """ "the Monday before Christmas", "the first Tuesday after the first Monday in
    November": the (nth) weekday strictly before or after a day."""
    wd = next(p for p in m if p.kind == "wd").value
    ords = [p.value for p in m if p.kind == "ord"]
    nth = ords[0] if ords else 1
    anchor = m[-1]
    before = m[-2].value == "before"
    if nth == -1 and before:
        nth = 1  # "the last Saturday before Christmas": the one right before it
    if not 1 <= nth <= 5:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(anchor, ctx)
        if a is None or a.grain != "day":
            return None
        if before:
            d = weekday_from(a.start, wd, "before") - dt.timedelta(weeks=nth - 1)
        else:
            d = weekday_from(a.start, wd, "after") + dt.timedelta(weeks=nth - 1)
        return bounds(d, "day")

    return _time(m, fn, "weekday by", relative=anchor.relative)


def build_first_n_of(m: Match, t: Text) -> Piece | None:
    """ "the first nine months of 2025", "the last three months of the year": the first or
    last N units of a period."""
    edge = m[1].value
    n, unit = m[2].value
    scope = m[-1]
    if unit not in ("day", "week", "month", "quarter", "year") or n < 1:
        return None
    if m[2].end - m[2].start == 1 and t.words[m[2].start].endswith("s"):
        return None  # "the final months of 2025": no number, a hedge ("part of")
    grain = {"week": "day", "quarter": "month"}.get(unit, unit)

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(scope, ctx)
        if a is None:
            return None
        if edge == "first":
            last = shift_date(a.start, n, unit)
            if last is None:
                return None
            iv = Interval(a.start, last - dt.timedelta(days=1), grain, pair=True)
        else:
            first = shift_date(a.end + dt.timedelta(days=1), -n, unit)
            if first is None:
                return None
            iv = Interval(first, a.end, grain, pair=True)
        return iv if iv.start >= a.start and iv.end <= a.end else None

    return _time(m, fn, "first n of", relative=scope.relative)


def build_unit_after_next(m: Match, t: Text) -> Piece | None:
    """ "the month after next", "the year before last": two units from the reference date."""
    unit = m[1].value
    if unit not in ("week", "month", "year", "quarter"):
        return None
    step = 2 if m[2].value == "after" else -2

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        d = shift_date(ctx.ref, step, unit)
        return None if d is None else bounds(d, unit)

    return _time(m, fn, "unit after next")


def build_same_period(m: Match, t: Text) -> Piece | None:
    """ "the same period last year", "the same quarter a year earlier": the date named before,
    a year back."""

    def fn(ctx: Ctx) -> Interval | None:
        return None if ctx.anchor is None else ctx.anchor.shift(-1, "year")

    return _time(m, fn, "same period")


def build_years_back(m: Match, t: Text) -> Piece | None:
    """ "the third quarter a year ago", "March two years earlier": a month, quarter, half or
    season named without a year, that many years before the one it names alone (one span,
    as "March last year" is). A day, a week or a dated period takes no such count."""
    first, (n, unit) = m[0], m[1].value
    if not first.relative or unit != "year" or not 1 <= n <= 10:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(first, ctx)
        if a is None or ctx.ref is None or a.grain not in ("month", "quarter"):
            return None
        back = n + 1 if ctx.prefer == "past" and a.start > ctx.ref else n
        return a.shift(-back, "year")  # from the last one gone by, in past narration

    return _time(m, fn, "years back")


def build_relative_quarter(m: Match, t: Text) -> Piece | None:
    """ "next quarter", "this quarter", "last quarter": the quarter one step from the
    reference date's (the date grammar reads these alone; here they are pieces of longer
    dates, "the start of next quarter"); "the current quarter" keeps its article, as "the
    current month" does."""
    if m[-1].value != "quarter" or t.words[m[-1].start].endswith("s"):
        return None  # "the coming quarters": vague, as "the coming weeks"
    rel = m[-2].value
    step = 1 if rel in ("next", "coming") else -1 if rel in ("last", "previous", "past") else 0

    def fn(ctx: Ctx) -> Interval | None:
        return None if ctx.ref is None else bounds(ctx.ref, "quarter").shift(step, "quarter")

    return _time(m, fn, "relative quarter")


def build_week_ahead(m: Match, t: Text) -> Piece | None:
    """ "the week ahead": the coming week, the ISO week after the reference date's, or the week
    that begins on the reference date where that is a Monday (a Monday's look at "the week
    ahead" is at that week). "the weeks ahead", "the days ahead" are vague, as "the coming
    weeks" is (ANNOTATION.md); "the month ahead", "the year ahead" are the next stretch of that
    length, no calendar period: left alone."""
    if m[1].value != "week" or t.words[m[1].start] != "week":
        return None

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        week = bounds(ctx.ref, "week")
        return week if ctx.ref == week.start else week.shift(1, "week")

    return _time(m, fn, "week ahead")


# the periods "the year-earlier ..." names
YEAR_BACK_NOUNS = W("period", "quarter", "month", "half", "season")

YEAR_STEP = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "this": 0,
             "current": 0}  # fmt: skip


# what "of last/next year" may follow besides a month: a quarter ("Q4"), a half, a season
PERIOD_OF_YEAR = {"quarter", "half", "spring", "summer", "autumn", "fall", "winter"}
QUARTER_CODE = re.compile(r"q[1-4]")


def build_of_relative_year(m: Match, t: Text) -> Piece | None:
    """ "March last year", "June of next year", "the 3rd of June last year": a month, day or
    quarter without a year, in the year named after it."""
    first = m[0]
    step = YEAR_STEP.get(m[-2].value)
    if not first.relative or step is None:
        return None

    words = t.words[first.start : first.end]
    if len(words) >= 2 and words[-2] == "week" and words[-1].isdigit():
        week = int(words[-1])  # "week 14 of next year": that year's ISO week 14

        def numbered(ctx: Ctx) -> Interval | None:
            if ctx.ref is None:
                return None
            try:
                return bounds(dt.date.fromisocalendar(ctx.ref.year + step, week, 1), "week")
            except ValueError:
                return None  # no week 53 that year

        return _time(m, numbered, "of relative year")
    named = any(w in MONTHS or w in PERIOD_OF_YEAR or QUARTER_CODE.fullmatch(w) for w in words)
    if not named and not QUARTER_CODE.fullmatch("".join(words)):  # "Q1" is read as q 1
        return None  # a holiday ("MLK day of last year") is computed in its year elsewhere

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(first, ctx)
        if a is None or ctx.ref is None or a.grain == "year":
            return None
        return _reyear(a, ctx.ref.year + step)

    return _time(m, fn, "of relative year")


def _weekend(d: dt.date) -> Interval:
    """The Saturday and Sunday of the ISO week that holds ``d``."""
    sat = week_start(d) + dt.timedelta(days=5)
    return Interval(sat, sat + dt.timedelta(days=1), "day", pair=True)


def build_weekend(m: Match, t: Text) -> Piece | None:
    """ "this weekend", "last weekend", "next weekend", "that weekend" (the one of the day
    named before), "the weekend" (the latest one in a clause about the past, else the coming
    one): a Saturday and Sunday."""
    rel = "last" if m[1].value in ("past", "previous") else m[0].value  # "this past weekend"
    nxt = m[-1].end
    if rel == "the" and nxt < len(t.tags) and t.tags[nxt].startswith("NN"):
        return None  # "the weekend edition": a modifier of the noun

    anaphor = m[1].value == "previous"  # "the previous weekend": before the date named last
    following = m[1].value == "following"  # "the following weekend": after it
    # "that weekend", "that same weekend", "late that weekend": the one of the day named before
    that = m[-2].value == "same" or any(p.value == "that" for p in m[:-1])
    if (
        rel == "that"
        and 0 < m[0].start <= len(t.tags)
        and t.tags[m[0].start - 1].startswith("VB")
        and (
            t.after(nxt) in ("'s", "’s")
            or (nxt < len(t.tags) and t.tags[nxt].startswith(("NN", "VB", "MD")))
        )
    ):  # "said that weekend trading ...", "said that weekend was quiet": "that" opens a clause
        return None

    def fn(ctx: Ctx) -> Interval | None:
        if that:  # "that weekend": the one on or after the day named in this sentence
            a = ctx.near_anchor(1)  # or the one before; none named, no date is stated
            return None if a is None or a.grain != "day" or a.pair else _weekend(a.start)
        a = ctx.near_anchor(1) if anaphor or following else None
        if a is not None and following:
            after = _weekend(a.start)
            return after if after.start > a.end else _weekend(a.start + dt.timedelta(weeks=1))
        if following:
            return None  # "the following weekend" with no date named before: none stated
        if a is not None:
            return _weekend(a.start - dt.timedelta(weeks=1))
        if ctx.ref is None:
            return None
        this = _weekend(ctx.ref)
        if rel == "the":
            if ctx.prefer == "past" and this.start > ctx.ref:
                return _weekend(ctx.ref - dt.timedelta(weeks=1))
            return this
        step = YEAR_STEP.get(rel, 0)
        return _weekend(ctx.ref + dt.timedelta(weeks=step))

    return _time(m, fn, "weekend")


PERIOD_MONTHS = {"quarter": 3, "half": 6}


def build_months_period(m: Match, t: Text) -> Piece | None:
    """ "the June quarter", "the April-June quarter", "the December half": a quarter or half
    named by its last month or by its months (the quarter that ends in June); "the
    April-June period", "the October-December period": the months named (session 23)."""
    months_piece, noun = m[1], m[2].value
    words = t.words[months_piece.start : months_piece.end]
    if not words or not all(w in MONTHS or w in ("-", "–", "to", "through") for w in words):
        return None
    named = [MONTHS[w] for w in words if w in MONTHS]
    if noun == "period" and len(named) != 2:
        return None  # "the April-June period": a range of months; "the June period" is none
    size = PERIOD_MONTHS.get(noun, (named[-1] - named[0]) % 12 + 1)
    if len(named) == 2 and (named[1] - named[0]) % 12 + 1 != size:
        return None  # "the April-May quarter": no quarter
    if len(named) > 2:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        iv = resolve(months_piece, ctx)
        if iv is None or iv.grain != "month":
            return None
        if not iv.pair and iv.start.month == iv.end.month:  # one month: the period's last
            start = add_months(iv.start, 1 - size)
            return Interval(start, iv.end, "month", pair=True)
        return replace(iv, pair=True)

    if noun == "period":  # "the April-June period": the range is the months; "the" and the
        # generic "period" stay outside the span (ANNOTATION.md: a range is one span of its ends)
        return Piece("time", months_piece.start, months_piece.end, fn, months_piece.relative,
                     "months period", m)  # fmt: skip
    return _time(m, fn, "months period", relative=months_piece.relative)


# the days a holiday's weekend adds to it, by the holiday's weekday (Monday = 0): a Monday
# holiday closes a long weekend from the Saturday, a Friday one opens it to the Sunday, a
# Thursday one runs to the Sunday ("Thanksgiving weekend"); a midweek one stands alone
HOLIDAY_WEEKEND = {0: (-2, 0), 3: (0, 3), 4: (0, 2), 5: (0, 1), 6: (-1, 0)}


def build_holiday_weekend(m: Match, t: Text) -> Piece | None:
    """ "Memorial Day weekend", "the Labor Day weekend", "Easter weekend": the weekend that
    holds the holiday, the holiday included."""
    day = m[-2]
    name = " ".join(w.replace("'", "") for w in t.words[day.start : day.end] if w not in ("'", "-"))
    row = holidays().get(name.removeprefix("the "))
    if row is None:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        iv = resolve(day, ctx)
        if iv is None or iv.grain != "day" or iv.pair:
            return None
        if day.relative and ctx.ref is not None:  # no year given: the tense picks the one
            step = -1 if ctx.prefer == "past" and iv.start > ctx.ref else 0
            step = 1 if ctx.prefer == "future" and iv.start < ctx.ref else step
            moved = holiday_date(row, iv.start.year + step) if step else iv.start
            if moved is None:
                return None
            iv = Interval(moved, moved, "day")
        span = HOLIDAY_WEEKEND.get(iv.start.weekday())
        if span is None:
            return iv  # a holiday in midweek that year: the weekend is the holiday's own time
        a, b = (iv.start + dt.timedelta(days=k) for k in span)
        return Interval(a, b, "day", pair=True)

    return _time(m, fn, "holiday weekend")  # its year chosen here, by the tense


def build_weekend_after_next(m: Match, t: Text) -> Piece | None:
    """ "the weekend before last", "the weekend after next": two weekends from this one."""
    step = 2 if m[2].value == "after" else -2

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        return _weekend(ctx.ref + dt.timedelta(weeks=step))  # as "last/next weekend" step one

    return _time(m, fn, "weekend after next")


def build_weekend_by(m: Match, t: Text) -> Piece | None:
    """ "the weekend after Thanksgiving", "the weekend before the vote on 3 May": the first
    weekend after the anchor, or the last one before it."""
    anchor, after = m[-1], m[2].value == "after"

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(anchor, ctx)
        if a is None:
            return None
        w = _weekend(a.end)
        if after and w.start <= a.end:
            w = _weekend(a.end + dt.timedelta(weeks=1))
        if not after:
            w = _weekend(a.start)
            if w.end >= a.start:
                w = _weekend(a.start - dt.timedelta(weeks=1))
        return w

    return _time(m, fn, "weekend by")


def build_weekend_of(m: Match, t: Text) -> Piece | None:
    """ "the weekend of May 23-24", "the weekend of 6 June": the weekend that holds the days."""
    days = m[-1]

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(days, ctx)
        if a is None or a.grain != "day" or (a.end - a.start).days > 2:
            return None
        w = _weekend(a.start)
        return (
            w
            if w.start - dt.timedelta(days=1) <= a.start and a.end <= w.end + dt.timedelta(days=1)
            else None
        )

    return _time(m, fn, "weekend of", relative=days.relative)


def build_season_after_next(m: Match, t: Text) -> Piece | None:
    """ "the summer before last", "the winter after next": the season a year before "last
    summer" or after "next winter"."""
    season, after = m[1].value, m[2].value == "after"

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        a, b = SEASON_MONTHS[season]
        year = season_year(ctx.ref, a, b, "next" if after else "last") + (1 if after else -1)
        end = dt.date(year + (1 if b < a else 0), b, 1)
        return Interval(dt.date(year, a, 1), bounds(end, "month").end, "month", pair=True)

    return _time(m, fn, "season after next")


def build_that_season(m: Match, t: Text) -> Piece | None:
    """ "that spring", "later that summer": the season of the year of the date named in this
    sentence or the one before (the winter that holds a date of December to February); with
    none named, no date is stated."""
    season, nxt = m[-1].value, m[-1].end
    if (
        0 < m[0].start <= len(t.tags)
        and t.tags[m[0].start - 1].startswith("VB")
        and nxt < len(t.tags)
        and t.tags[nxt].startswith(("NN", "VB", "MD"))
    ):  # "said that spring planting ...": "that" opens a clause
        return None

    def fn(ctx: Ctx) -> Interval | None:
        anchor = ctx.near_anchor(1)
        if anchor is None or anchor.pair or anchor.grain not in ("day", "month", "year"):
            return None
        a, b = SEASON_MONTHS[season]
        year = anchor.start.year  # "in 2019 ... that summer": that year's
        if anchor.grain != "year":
            year = season_year(anchor.start, a, b, "this")
        end = dt.date(year + (1 if b < a else 0), b, 1)
        return Interval(dt.date(year, a, 1), bounds(end, "month").end, "month", pair=True)

    return _time(m, fn, "that season")


def build_following_season(m: Match, t: Text) -> Piece | None:
    """ "the following spring", "the next summer", "the previous winter": the first such season
    after (before) the date named in this sentence or the one before ("opened in 2003 ... the
    following spring" -> spring 2004), else after (before) the reference date, as "next
    spring" is."""
    season = m[-1].value
    after = m[1].value in ("following", "next", "subsequent")

    def fn(ctx: Ctx) -> Interval | None:
        anchor = ctx.near_anchor(1)
        if anchor is not None and anchor.pair:
            return None
        base = anchor.start if anchor is not None else ctx.ref
        if base is None:
            return None
        a, b = SEASON_MONTHS[season]
        if anchor is not None and anchor.grain == "year":
            year = base.year + (1 if after else -1)
        else:
            year = season_year(base, a, b, "next" if after else "last")
        end = dt.date(year + (1 if b < a else 0), b, 1)
        return Interval(dt.date(year, a, 1), bounds(end, "month").end, "month", pair=True)

    return _time(m, fn, "following season")


def build_nth_weekend(m: Match, t: Text) -> Piece | None:
    """ "the last weekend of May", "the first weekend of April": counted by Saturdays."""
    nth, scope = m[1].value, m[-1]
    if not (1 <= nth <= 5 or nth == -1):
        return None

    def fn(ctx: Ctx) -> Interval | None:
        a = resolve(scope, ctx)
        if a is None or a.grain not in ("month", "year"):
            return None
        sats = []
        d = weekday_from(a.start, 5, "on_after")
        while d + dt.timedelta(days=1) <= a.end:
            sats.append(d)
            d += dt.timedelta(weeks=1)
        if not sats or nth > len(sats):
            return None
        sat = sats[nth - 1] if nth > 0 else sats[-1]
        return Interval(sat, sat + dt.timedelta(days=1), "day", pair=True)

    return _time(m, fn, "nth weekend", relative=scope.relative)


def build_first_months(m: Match, t: Text) -> Piece | None:
    """ "the first nine months", "the first two quarters" with no "of ...": the year's
    opening stretch, in the reference year; in past narration the last one that has ended
    ("Profit for the first nine months rose", written in March: last year's)."""
    n, unit = m[-1].value
    months = {"month": 1, "quarter": 3}.get(unit, 0) * n
    if n != int(n) or not 2 <= months <= 11 or t.after(m[-1].end) == "of":
        return None

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        year = ctx.ref.year
        if ctx.prefer == "past" and dt.date(year, int(months), 1) > ctx.ref:
            year -= 1  # the stretch has not ended yet: the last one that has
        start = dt.date(year, 1, 1)
        return Interval(start, bounds(dt.date(year, int(months), 1), "month").end, "month", True)

    return _time(m, fn, "first months")


def build_latest_quarter(m: Match, t: Text) -> Piece | None:
    """ "the most recent quarter", "the latest quarter": the last complete one."""

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        this = bounds(ctx.ref, "quarter")
        return this.shift(-1, "quarter")

    return _time(m, fn, "latest quarter")


def fiscal_country(words: Iterable[str]) -> dict[str, Any] | None:
    """The row of models/fiscal_years.jsonl whose cues a text naming ``words`` holds first."""
    seen = {w.removesuffix("'s").removesuffix("’s") for w in words}  # "zealand's": "zealand"
    return next((row for row in fiscal_years() if seen & set(row["cues"])), None)


def fiscal_start(words: Iterable[str], term: str) -> tuple[int, str]:
    """(first month, precision) of "this fiscal year" in a text naming ``words``."""
    row = fiscal_country(words)
    if row is not None:
        return row["start_month"], row["precision"]
    default = next(r for r in fiscal_years() if r.get("default_for") == term)
    return default["start_month"], default["precision"]


def build_fiscal(m: Match, t: Text) -> Piece | None:
    """ "this financial year", "the last fiscal year": the fiscal year holding the reference
    date (or the one before / after); its first month from models/fiscal_years.jsonl."""
    rel = next(p.value for p in m if p.value in REL_WORDS)
    term = next(p.value for p in m if p.value in ("fiscal", "financial"))
    step = 1 if rel in ("next", "coming") else -1 if rel in ("last", "previous", "past") else 0
    start_month, precision = fiscal_start(t.words, term)

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        y = ctx.ref.year if ctx.ref.month >= start_month else ctx.ref.year - 1
        a = dt.date(y + step, start_month, 1)
        b = add_months(a, 12) - dt.timedelta(days=1)
        return Interval(a, b, precision, pair=True)

    return _time(m, fn, "fiscal year")


def build_fiscal_part(m: Match, t: Text) -> Piece | None:
    """ "the first half of the fiscal year", "the third quarter of the financial year": that
    part of the fiscal year holding the reference date, in the months of the country the text
    names (models/fiscal_years.jsonl; Pakistan's first half is July-December). The bare "the
    fiscal year" stays no date (it may be any year's); only its numbered part is one."""
    n = m[1].value if m[1].kind == "ord" else {"first": 1, "second": 2}.get(m[1].value)
    months = 6 if m[2].value == "half" else 3
    term = m[-2].value
    start_month, precision = fiscal_start(t.words, term)
    if not isinstance(n, int) or not 1 <= n <= 12 // months or t.after(m[-1].end).isdigit():
        return None  # "the first quarter of the fiscal year 2026": that year's, read elsewhere

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        y = ctx.ref.year if ctx.ref.month >= start_month else ctx.ref.year - 1
        a = dt.date(y, start_month, 1)
        year = Interval(a, add_months(a, 12) - dt.timedelta(days=1), precision, pair=True)
        return fiscal_part(year, n, months)

    return _time(m, fn, "fiscal part", relative=True)


def build_period_to(m: Match, t: Text) -> Piece | None:
    """ "the 12 months to June 2021", "the three months ending in May": the period that ends
    with the named one, counted back at the duration's unit (ANNOTATION.md)."""
    n, unit = m[1].value if m[1].kind == "dur" else (1, m[1].value)  # "the year to April"
    end = m[-1]
    if unit not in ("day", "week", "month", "quarter", "year") or n < 1:
        return None
    ended = any(p.kind == "word" and p.value == "ended" for p in m)
    by_tense = end.relative and not ended and unit in ("day", "week")

    def fn(ctx: Ctx) -> Interval | None:
        b = resolve(end, ctx)
        if b is None:
            return None
        if ended and end.relative and ctx.ref is not None and b.start > ctx.ref:
            b = b.shift(-1, "year") or b  # "the three months ended Dec. 31" (in February):
            # a period that has ended, so its end without a year is the last one gone by
        elif by_tense and ctx.ref is not None:
            # "the week to July 4": the end day moves with the clause's tense before the week
            # is taken (a week moved by a year is another week: 2025-W27 -> 2024-W27)
            step = -1 if ctx.prefer == "past" and b.start > ctx.ref else 0
            step = 1 if ctx.prefer == "future" and b.end < ctx.ref else step
            b = (b.shift(step, "year") or b) if step else b
        if unit == "week" and n > 1 and b.grain == "day":
            # "the 52 weeks to 29 March": days counted back from the day named, as a retailer's
            # year of weeks reads (2024-03-31/2025-03-29; session 24)
            return Interval(b.end - dt.timedelta(days=7 * n - 1), b.end, "day", pair=True)
        if unit in ("quarter", "year") and GRAIN_RANK[b.grain] < GRAIN_RANK["quarter"]:
            # "the year to April", "the two years to March 2026": months counted back
            last = bounds(b.end, "month")
            first = last.shift(-(n * (3 if unit == "quarter" else 12) - 1), "month")
            grain = "month"
        else:
            last = bounds(b.end, unit)
            first = last.shift(-(n - 1), unit)
            grain = "month" if unit == "quarter" else unit
        if first is None:
            return None
        if first == last:  # "the week ended Friday": that one week
            return last
        return Interval(first.start, last.end, grain, pair=True)

    # "the three months to December": an end with no year leaves the year to the clause's
    # tense (the dates stage moves it), as a bare month does
    return _time(m, fn, "period to", relative=end.relative and not ended and not by_tense)


def build_fiscal_period_to(m: Match, t: Text) -> Piece | None:
    """ "the fiscal year ended June 30": the period that ends with the date, as "the year
    ended June 30" (a body's fiscal year named by its end). "the fiscal year ending in March"
    with no year is the one in progress: the first such end on or after the reference date."""
    p = build_period_to((m[0], *m[2:]), t)
    if p is None:
        return None
    end = m[-1]
    if any(q.kind == "word" and q.value == "ending" for q in m) and end.relative:
        inner = _resolved(p)

        def fn(ctx: Ctx) -> Interval | None:
            iv = inner(ctx)
            if iv is None or ctx.ref is None:
                return iv
            while iv is not None and iv.end < ctx.ref:
                iv = iv.shift(1, "year")
            while iv is not None and (back := iv.shift(-1, "year")) and back.end >= ctx.ref:
                iv = back
            return iv

        return Piece(p.kind, m[0].start, m[-1].end, fn, False, p.rule, m)
    return Piece(p.kind, m[0].start, m[-1].end, p.value, p.relative, p.rule, m)


def build_period_from(m: Match, t: Text) -> Piece | None:
    """ "the year starting April 1", "the fiscal year beginning in April": twelve months (or
    the unit's length) from the named start; a start with no year is the first one on or after
    the reference date's month (the year is still to begin), at month precision for a year."""
    unit = next(p.value for p in m if p.kind == "unit")
    start = m[-1]
    months = {"year": 12, "quarter": 3, "month": 1}.get(unit)
    if months is None:
        return None

    def fn(ctx: Ctx) -> Interval | None:
        b = resolve(start, ctx)
        if b is None:
            return None
        if start.relative and ctx.ref is not None:
            month_of_ref = ctx.ref.replace(day=1)
            while b is not None and b.start < month_of_ref:
                b = b.shift(1, "year")
            while b is not None and (back := b.shift(-1, "year")) and back.start >= month_of_ref:
                b = back
            if b is None:
                return None
        first = b.start.replace(day=1)
        last = add_months(first, months) - ONE_DAY
        return Interval(first, last, "month", pair=months > 1)

    return _time(m, fn, "period from")


def build_nth_period_to(m: Match, t: Text) -> Piece | None:
    """ "the fiscal second quarter ended Sept. 30", "its fiscal first half ending in March": a
    body's own quarter or half, named by its end (its number does not say which months)."""
    what = m[-3]
    n, unit = (1, "quarter") if what.value == "quarter" else (6, "month")
    if m[-1].value is None:
        return None
    dur = Piece("dur", what.start, what.end, (n, unit))
    p = build_period_to((m[0], dur, m[-2], m[-1]), t)
    return (
        None if p is None else Piece(p.kind, m[0].start, m[-1].end, p.value, p.relative, p.rule, m)
    )


def duration_iso(n: float, unit: str) -> str:
    """(3, "year") -> "P3Y"; (2, "decade") -> "P20Y"."""
    v = n * DURATION_FACTOR.get(unit, 1)
    return f"P{int(v) if v == int(v) else v}{DURATION_CODE[unit]}"


def build_half(m: Match, t: Text) -> Piece | None:
    """ "half a year" -> six months, "half a century" -> 50 years, "a year and a half"."""
    unit = next(p.value for p in m if p.kind == "unit")
    whole = (m[0].kind == "word" and m[0].value in ("a", "an")) or m[0].kind == "unit"
    # "a year and a half", "a year-and-a-half runway" (the hyphenated adjective, "a" left out)
    months = {"year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return None
    n = months * 3 // 2 if whole else months // 2
    n_unit = (n // 12, "year") if n % 12 == 0 else (n, "month")
    return Piece("dur", m[0].start, m[-1].end, n_unit, rule="half", parts=m)


def build_quarter_of(m: Match, t: Text) -> Piece | None:
    """ "a quarter of a century" -> 25 years, "three quarters of a year" -> nine months: a
    fraction of a whole unit, as "half a century" is (session 24)."""
    unit = m[-1].value
    months = {"year": 12, "decade": 120, "century": 1200}.get(unit)
    share = {"a": 1, "an": 1, "one": 1, "three": 3}.get(m[0].value if m[0].kind == "word" else "")
    if months is None or share is None or (share == 1) != (m[1].value == "quarter"):
        return None  # "three quarter of", "a quarters of": no English fraction
    n = months * share // 4
    n_unit = (n // 12, "year") if n % 12 == 0 else (n, "month")
    return Piece("dur", m[0].start, m[-1].end, n_unit, rule="half", parts=m)


def fraction_iso(p: Piece) -> str:
    """The ISO 8601 duration of a "dur" piece; a fraction of years beyond a whole year in years
    and months, as the annotators write "a year and a half" ("P1Y6M", not "P18M"; session 24).
    A count the text gives in months stays in months ("18 months" -> "P18M")."""
    n, unit = p.value
    if p.rule == "half" and unit == "month" and n > 12 and n % 12:
        return f"P{n // 12}Y{n % 12}M"
    return duration_iso(n, unit)


def build_and_a_half_adj(m: Match, t: Text) -> Piece | None:
    """ "a two-and-a-half-year term": the hyphenated adjective of "two and a half years" (its
    unit singular, as "a three-year plan" has it)."""
    n, unit = m[0].value, m[-1].value
    months = {"year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None or not isinstance(n, int) or n < 1 or t.words[m[-1].start] != unit:
        return None
    total = n * months + months // 2
    n_unit = (total // 12, "year") if total % 12 == 0 else (total, "month")
    return Piece("dur", m[0].start, m[-1].end, n_unit, rule="half", parts=m)


def build_and_a_half(m: Match, t: Text) -> Piece | None:
    """ "two and a half years" -> 30 months, "three and a half decades" -> 35 years."""
    n, unit = m[0].value, m[-1].value
    months = {"year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None or not isinstance(n, int) or n < 1 or t.words[m[-1].start] == unit:
        return None  # "two and a half year" is no English count; "two and a half months": days
    total = n * months + months // 2
    n_unit = (total // 12, "year") if total % 12 == 0 else (total, "month")
    return Piece("dur", m[0].start, m[-1].end, n_unit, rule="half", parts=m)


def build_half_ago(m: Match, t: Text) -> Piece | None:
    """ "half a century ago", "a year and a half ago", "two and a half years ago": the
    reference date that many months back, at the year (whole years) or month's precision
    (the date grammar reads whole counts, "three years ago")."""
    if m[0].rule != "half":
        return None
    n, unit = m[0].value
    months = n * (12 if unit == "year" else 1)

    def fn(ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        return bounds(add_months(ctx.ref, -months), "year" if unit == "year" else "month")

    return _time(m, fn, "half ago")


UNIT_ORDER = "YMWD"  # the units of an ISO 8601 duration, largest first


def build_units(m: Match, t: Text) -> Piece | None:
    """ "three years and six months" -> "P3Y6M", "two weeks and three days" -> "P2W3D": one
    duration in the units the text uses, largest first (a ``durs`` piece, its value the ISO
    text); units that do not fall ("six months and three years") stay two durations."""
    codes = [duration_iso(*p.value) for p in (m[0], m[-1])]
    if any(not re.fullmatch(r"P\d+[YMWD]", c) for c in codes):
        return None  # a fraction, or a unit ISO 8601 has no letter for
    if UNIT_ORDER.index(codes[0][-1]) >= UNIT_ORDER.index(codes[1][-1]):
        return None
    return Piece("durs", m[0].start, m[-1].end, codes[0] + codes[1][1:], rule="units", parts=m)


def build_shared_unit(m: Match, t: Text) -> Piece | None:
    """ "between three and five years", "six to eight weeks": "three" takes the unit of "five
    years" (two durations, as a range of figures is two figures). Without "between" or "from"
    the numbers must rise ("take six to eight weeks"), and "and" needs "between"."""
    lead, conn = t.before(m[0].start), m[1].value
    n, unit = m[-1].value
    if m[0].value <= 0 or (conn == "and" and lead != "between"):
        return None
    if lead not in ("between", "from") and not m[0].value < n:
        return None
    return Piece("dur", m[0].start, m[0].end, (m[0].value, unit), rule="shared unit", parts=m)


REL_WORDS = W("this", "current", "last", "previous", "past", "next", "coming")
SEASON_WORDS = frozenset(SEASON_MONTHS)
# the determiners of a dated event: "the election on 3 May", "its annual meeting on 14 May"
EVENT_DET = W("the", "its", "their", "his", "her", "our")
PART_END = {"end", "close"}  # the part of a period an offset counts from: its last day
PART_START = {"start", "beginning"}  # ... or its first
# "the early part of next year", "the latter half of 2025", "the final weeks of the year": a
# hedge on the period, which keeps its value (as "late 2025"); halves with a number are not
# here ("the first half" is read as a half)
PART_HEDGES = W(
    "early",
    "earlier",
    "late",
    "later",
    "latter",
    "final",
    "closing",
    "opening",
    "back",
    "first",
    "last",  # "the first days of January", "the last weeks of 2025"
)
PART_WORDS = W("start", "beginning", "end", "close", "middle", "turn", "rest", "remainder")
# the parts a period is named by without its article, as the wire writes them ("by end of year",
# "from start of next week")
BARE_PARTS = W("start", "beginning", "end", "close", "middle")

RULES: tuple[Rule, ...] = (
    Rule("range", ("time", RANGE_WORDS, "time"), build_range),
    Rule("now", (W("now"),), build_now),
    Rule("now", (W("the"), W("present")), build_now),
    Rule("range", ("time", RANGE_WORDS, "now"), build_range_now),
    Rule("range", ("now", RANGE_WORDS, "time"), build_range_now),
    Rule("days in", ("num", RANGE_WORDS, "num", "time"), build_days_in),
    Rule("days in", ("num", RANGE_WORDS, "num", W("of", "in"), "time"), build_days_in),
    Rule("days in", ("ord", RANGE_WORDS, "ord", "time"), build_days_in),
    Rule("days in", ("ord", RANGE_WORDS, "ord", W("of", "in"), "time"), build_days_in),
    Rule("shared year", ("time", W("and", "or", ","), "time"), build_shared_year),
    Rule("this and next", ("time", W("and"), W("next")), build_and_next),
    Rule("this and next", ("time", W("and"), W("the"), W("next")), build_and_next),
    Rule("this and next", ("time", W("and"), W("the"), "unit", W("after")), build_and_next),
    Rule("offset", ("dur", W("after", "before", "from"), "time"), build_offset),
    Rule("offset", ("dur", W("after", "before"), "anchor"), build_offset),
    Rule("offset", ("dur", W("prior"), W("to"), "time"), build_offset),  # "two days prior to 4 May"
    Rule("offset", ("dur", W("ahead"), W("of"), "time"), build_offset),  # "a week ahead of Christmas"
    Rule("later", ("dur", W("later", "earlier", "before", "prior")), build_later),
    Rule("compared ago", ("dur", W("ago")), build_compared_ago),
    Rule("ago anchored", ("dur", W("ago"), "time"), build_ago_anchored),
    Rule("month of", (W("the"), W("month"), W("of"), "time"), build_month_of),
    Rule("month of", (W("the"), W("entire", "whole"), W("month"), W("of"), "time"), build_month_of),
    Rule("weekdays from now", ("num", "wds", W("from"), W("now")), build_count_weekdays),
    Rule("weekdays ago", ("num", "wds", W("ago")), build_count_weekdays),
    Rule("event", (W("the"), "time", "word"), build_event_anchor),
    Rule("event", (EVENT_DET, "word", W("on", "of", "in"), "time"), build_event_anchor),
    Rule("event", (EVENT_DET, "word", "word", W("on", "of", "in"), "time"), build_event_anchor),
    Rule("nth of", (W("the"), "ord", W("of"), "time"), build_nth_of),
    Rule("nth of", (W("the"), "ord", "unit", W("of", "in"), "time"), build_nth_of),
    Rule("nth of", (W("the"), "ord", "wd", W("of", "in"), "time"), build_nth_of),
    Rule("nth of", ("ord", "unit", W("of", "in"), "time"), build_nth_of),
    Rule("day of month", (W("the"), "ord", W("of"), "mon"), build_day_month),
    Rule("day of month", ("mon", "ord"), build_day_month),
    Rule("with year", ("time", W("of"), "yearword"), build_with_year),
    Rule("with year", ("time", W(","), "yearword"), build_with_year),
    Rule("with year", ("time", "yearword"), build_day_with_year),
    Rule("day of month", ("mon", W("the"), "ord"), build_day_month),
    Rule("week of year", (W("week"), "num", W("of", "in"), "time"), build_week_of_year),
    Rule("week of year", (W("calendar"), W("week"), "num", W("of", "in"), "time"), build_week_of_year),
    Rule("year", (W("the"), W("year"), "yearword"), build_year),
    Rule("year", ("yearword",), build_year),
    Rule("weekday of week", (W("the"), "wd", W("of"), "time"), build_weekday_of_week),
    Rule("weekday of week", ("wd", W("of"), "time"), build_weekday_of_week),
    Rule("weekday of week", ("wd", "time"), build_weekday_of_week),
    Rule("weekdays of week", ("wd", W("to", "through", "-", "–", "and"), "wd", "time"), build_weekdays_in_week),
    Rule("weekday before last", (W("the"), "wd", W("before"), W("last")), build_weekday_before_last),
    Rule("following", (W("the"), W("following", "next", "previous", "preceding", "prior", "subsequent"), "wd"), build_following),
    Rule("following", (W("the"), W("following", "next", "previous", "preceding", "prior", "subsequent"), "unit"), build_following),
    Rule("part of", (W("the"), PART_WORDS, W("of"), "time"), build_part_of),
    Rule("part of", (BARE_PARTS, W("of"), "time"), build_part_of),  # "by end of June"
    Rule("this unit", (BARE_PARTS, W("of"), "unit"), build_this_unit),  # "at end of month"
    Rule("part of", (W("the"), PART_WORDS, W("of"), W("the"), W("quarter")), build_part_of_quarter),
    Rule("part of", (W("the"), PART_HEDGES, W("part", "stages", "weeks", "months", "days"), W("of"), "time"), build_part_of),
    Rule("half of", (W("the"), W("latter", "back", "front", "first", "second"), W("half"), W("of"), "time"), build_half_of),
    Rule("fiscal code", (W("q", "h"), "num", "time"), build_fiscal_code),
    Rule("this unit", (W("mid"), W("-"), "unit"), build_this_unit),
    Rule("this unit", ("unit", W("-"), W("end")), build_this_unit),
    Rule("this unit", ("unit", W("'s", "’s"), W("end")), build_this_unit),
    Rule("this unit", ("unit", W("end")), build_unit_end),
    Rule("this unit", (W("the"), "unit", W("end")), build_unit_end),
    Rule("this unit", (W("the"), W("decade")), build_this_unit),
    Rule("eve", (W("the"), W("eve"), W("of"), "time"), build_eve),
    Rule("eve", (W("the"), W("eve"), W("of"), "anchor"), build_eve),
    Rule("eve", ("time", W("eve")), build_holiday_eve),
    Rule("that unit", (W("later", "earlier"), W("that"), "unit"), build_that_unit),
    Rule("hedged in", (W("early", "earlier", "late", "later"), W("in"), "time"), build_hedged_in),
    Rule("hedged", (W("early", "late", "mid"), "time"), build_hedged),
    Rule("that unit", (W("that"), "unit"), build_that_unit),
    Rule("month of that", ("mon", W("of"), "time"), build_month_of_that),
    Rule("that weekday", (W("that"), "wd"), build_that_weekday),
    Rule("same unit", (W("the", "that"), W("same"), "unit"), build_same_unit),
    Rule("possessive year", ("time", W("'s", "’s"), "time"), build_possessive_year),
    Rule("possessive year", ("time", W("'s", "’s"), "ord", W("half", "quarter")), build_possessive_year),
    Rule("possessive year", ("time", W("'", "’"), W("s"), "ord", W("half", "quarter")), build_possessive_year),
    Rule("unit before", (W("the"), "unit", W("before", "after", "earlier", "later")), build_unit_before),
    Rule("same period", (W("the"), W("same"), W("period", "quarter", "month", "week", "time"), W("last"), W("year")), build_same_period),
    Rule("same period", (W("the"), W("same"), W("period", "quarter", "month", "week", "time"), W("a"), W("year"), W("earlier", "ago", "before")), build_same_period),
    Rule("relative quarter", (REL_WORDS, "unit"), build_relative_quarter),
    Rule("week ahead", (W("the"), "unit", W("ahead")), build_week_ahead),
    Rule("relative quarter", (W("the"), W("current", "previous", "past", "coming", "next"), "unit"), build_relative_quarter),
    # "the year-earlier quarter", "the year-ago period", "the prior-year quarter": the period
    # named before, a year back (as "the same quarter a year earlier")
    Rule("same period", (W("the"), W("year"), W("-"), W("earlier", "ago", "before"), YEAR_BACK_NOUNS), build_same_period),
    Rule("same period", (W("the"), W("prior"), W("-"), W("year"), YEAR_BACK_NOUNS), build_same_period),
    Rule("years back", ("time", "dur", W("ago", "earlier", "before")), build_years_back),
    Rule("latest quarter", (W("the"), W("latest"), W("quarter")), build_latest_quarter),
    Rule("first months", (W("the"), W("first"), "dur"), build_first_months),
    Rule("latest quarter", (W("the"), W("most"), W("recent"), W("quarter")), build_latest_quarter),
    Rule("period to", (W("the"), "dur", W("to", "through", "until", "ending", "ended"), "time"), build_period_to),
    Rule("period to", (W("the"), "dur", W("ending", "ended"), W("in"), "time"), build_period_to),
    Rule("period to", (W("the"), "unit", W("to", "through", "ending", "ended"), "time"), build_period_to),
    Rule("period to", (W("the"), W("fiscal", "financial"), "unit", W("to", "through", "ending", "ended"), "time"), build_fiscal_period_to),
    Rule("period to", (W("the"), W("fiscal", "financial"), "unit", W("ending", "ended"), W("in"), "time"), build_fiscal_period_to),
    Rule("nth quarter to", (W("the"), W("fiscal", "financial"), "ord", W("quarter", "half"), W("ending", "ended"), "time"), build_nth_period_to),
    Rule("nth quarter to", (W("fiscal", "financial"), "ord", W("quarter", "half"), W("ending", "ended"), "time"), build_nth_period_to),
    Rule("nth quarter to", (W("the"), "ord", W("quarter", "half"), W("ending", "ended"), "time"), build_nth_period_to),
    Rule("period from", (W("the"), "unit", W("starting", "beginning"), "time"), build_period_from),
    Rule("period from", (W("the"), "unit", W("starting", "beginning"), W("in", "on"), "time"), build_period_from),
    Rule("period from", (W("the"), W("fiscal", "financial"), "unit", W("starting", "beginning"), "time"), build_period_from),
    Rule("period from", (W("the"), W("fiscal", "financial"), "unit", W("starting", "beginning"), W("in", "on"), "time"), build_period_from),
    Rule("half", (W("half"), W("a", "an"), "unit"), build_half),
    Rule("half", (W("a", "an"), "unit", W("and"), W("a"), W("half")), build_half),
    Rule("half", ("num", W("and"), W("a"), W("half"), "unit"), build_and_a_half),
    Rule("half", ("num", W("-"), W("and"), W("-"), W("a"), W("-"), W("half"), "unit"), build_and_a_half),
    Rule("half", ("num", W("-"), W("and"), W("-"), W("a"), W("-"), W("half"), W("-"), "unit"), build_and_a_half_adj),
    Rule("half", ("unit", W("-"), W("and"), W("-"), W("a"), W("-"), W("half")), build_half),
    Rule("half", (W("a", "an", "one", "three"), W("quarter", "quarters"), W("of"), W("a", "an"), "unit"), build_quarter_of),
    Rule("half ago", ("dur", W("ago")), build_half_ago),
    Rule("shared unit", ("num", W("and", "to", "-", "–"), "dur"), build_shared_unit),
    Rule("units", ("dur", W("and", ","), "dur"), build_units),
    Rule("units", ("dur", "dur"), build_units),
    Rule("weekday after next", (W("the"), "wd", W("after"), W("next")), build_weekday_before_last),
    Rule("unit after next", (W("the"), "unit", W("after"), W("next")), build_unit_after_next),
    Rule("unit after next", (W("the"), "unit", W("before"), W("last")), build_unit_after_next),
    Rule("unit of", (W("the"), "unit", W("before", "after"), "time"), build_unit_of),
    Rule("weekday by", (W("the"), "wd", W("before", "after"), "time"), build_weekday_by),
    Rule("weekday by", (W("the"), "ord", "wd", W("before", "after"), "time"), build_weekday_by),
    Rule("first n of", (W("the"), W("first", "last", "final"), "dur", W("of", "in"), "time"), build_first_n_of),
    Rule("of relative year", ("time", W(*YEAR_STEP), W("year")), build_of_relative_year),
    Rule("of relative year", ("time", W("of"), W(*YEAR_STEP), W("year")), build_of_relative_year),
    Rule("weekend", (W("this", "last", "next", "coming", "the", "that"), W("weekend")), build_weekend),
    Rule("weekend", (W("early", "late", "later", "earlier"), W("that"), W("weekend")), build_weekend),
    Rule("weekend", (W("that", "the"), W("same"), W("weekend")), build_weekend),
    Rule("that season", (W("that"), SEASON_WORDS), build_that_season),
    Rule("following season", (W("the"), W("following", "next", "subsequent", "previous", "preceding"), SEASON_WORDS), build_following_season),
    Rule("that season", (W("early", "late", "later", "earlier"), W("that"), SEASON_WORDS), build_that_season),
    Rule("weekend", (W("this", "the"), W("past", "previous"), W("weekend")), build_weekend),
    Rule("weekend", (W("the"), W("following"), W("weekend")), build_weekend),
    Rule("nth weekend", (W("the"), "ord", W("weekend"), W("of", "in"), "time"), build_nth_weekend),
    Rule("weekend after next", (W("the"), W("weekend"), W("before"), W("last")), build_weekend_after_next),
    Rule("weekend after next", (W("the"), W("weekend"), W("after"), W("next")), build_weekend_after_next),
    Rule("weekend by", (W("the"), W("weekend"), W("before", "after"), "time"), build_weekend_by),
    Rule("months period", (W("the"), "time", W("quarter", "half", "period")), build_months_period),
    Rule("holiday weekend", ("time", W("weekend")), build_holiday_weekend),
    Rule("holiday weekend", (W("the"), "time", W("weekend")), build_holiday_weekend),
    Rule("weekend of", (W("the"), W("weekend"), W("of"), "time"), build_weekend_of),
    Rule("season after next", (W("the"), SEASON_WORDS, W("before"), W("last")), build_season_after_next),
    Rule("season after next", (W("the"), SEASON_WORDS, W("after"), W("next")), build_season_after_next),
    Rule("week of", (W("the"), W("week"), W("of", "beginning", "starting", "commencing"), "time"), build_week_of),
    Rule("unit of", (W("the"), "unit", W("before", "after"), "anchor"), build_unit_of),
    Rule("weekend by", (W("the"), W("weekend"), W("before", "after"), "anchor"), build_weekend_by),
    Rule("weekday by", (W("the"), "wd", W("before", "after"), "anchor"), build_weekday_by),
    Rule("weekday by", (W("the"), "ord", "wd", W("before", "after"), "anchor"), build_weekday_by),
    Rule("week on", ("dur", W("on"), "time"), build_week_on),
    Rule("working day", (W("the"), "ord", W("working", "business"), W("day"), W("of", "in"), "time"), build_working_day),
    Rule("event np", (EVENT_DET, "word"), build_event_np),
    Rule("event np", (EVENT_DET, "word", "word"), build_event_np),
    Rule("event np", (EVENT_DET, "word", "word", "word"), build_event_np),
    Rule("unit of event", (W("the"), "unit", W("before", "after"), "event"), build_unit_of_event),
    Rule("event clause", (W("it", "they", "he", "she", "we"), "word"), build_event_clause),
    Rule("event clause", (W("it", "they", "he", "she", "we"), "word", W("out", "off", "up")), build_event_clause),
    Rule("dur of event", ("dur", W("before", "after"), "event"), build_dur_of_event),
    Rule("dur of event", ("dur", W("ahead"), W("of"), "event"), build_dur_of_event),
    Rule("fiscal part", (W("the"), "ord", W("half", "quarter"), W("of"), W("the"), W("fiscal", "financial"), W("year")), build_fiscal_part),
    Rule("fiscal year", (W("the"), REL_WORDS, W("fiscal", "financial"), W("year")), build_fiscal),
    Rule("fiscal year", (REL_WORDS, W("fiscal", "financial"), W("year")), build_fiscal),
)  # fmt: skip


# ---------------------------------------------------------------- the fixpoint


Index = dict[tuple[int, object], list[Piece]]


def _key(p: Piece) -> object:
    return ("w", p.value) if p.kind == "word" else p.kind


def _index(pieces: Iterable[Piece], idx: Index | None = None) -> Index:
    """Pieces by (start, kind), and words by (start, ("w", word)), for matching (added to
    ``idx`` when given)."""
    idx = {} if idx is None else idx
    for p in pieces:
        idx.setdefault((p.start, _key(p)), []).append(p)
        if p.kind == "word":  # a pattern may ask for any word
            idx.setdefault((p.start, "word"), []).append(p)
    return idx


def _can_start(idx: Index, words: Sequence[str], i: int, item: str | frozenset[str]) -> bool:
    """A piece that ``item`` asks for may start at token ``i`` (a word piece there is the
    word itself)."""
    if isinstance(item, str):
        return (i, item) in idx
    return i < len(words) and words[i] in item


def _matches(idx: Index, i: int, pattern: Sequence[str | frozenset[str]]) -> Iterable[Match]:
    if not pattern:
        yield ()
        return
    item = pattern[0]
    if isinstance(item, str):
        heads = idx.get((i, item), [])
    else:
        heads = [p for w in item for p in idx.get((i, ("w", w)), [])]
    for p in heads:
        for rest in _matches(idx, p.end, pattern[1:]):
            yield (p, *rest)


def compose(
    words: Sequence[str],
    given: Iterable[Piece] = (),
    tags: Sequence[str] | None = None,
    rules: Sequence[Rule] = RULES,
    max_rounds: int = 6,
) -> list[Piece]:
    """Every piece the rules can build over ``words``, from the atoms and the ``given`` pieces.

    words (Sequence[str]): lower-case tokens.
    given (Iterable[Piece]): pieces read elsewhere (single calendar expressions, durations).
    tags (Sequence[str] | None): a part-of-speech tag per token, when a tagger ran.
    RETURNS (list[Piece]): all pieces, atoms included, in no particular order.
    """
    text = Text(list(words), list(tags) if tags else [])
    pieces: dict[tuple[str, int, int, str], Piece] = {}
    for p in (*atoms(words), *given):
        pieces.setdefault((p.kind, p.start, p.end, p.rule), p)
    # The indexes grow by each round's new pieces (appended in the order they were made, as a
    # rebuild from ``pieces`` would list them) instead of being rebuilt every round.
    idx: Index = {}
    by_key: dict[object, list[Piece]] = {}
    indexed = 0
    for _round in range(max_rounds):
        fresh = list(pieces.values())[indexed:]
        indexed = len(pieces)
        _index(fresh, idx)
        for p in fresh:
            by_key.setdefault(_key(p), []).append(p)
            if p.kind == "word":
                by_key.setdefault("word", []).append(p)
        new = 0
        for rule in rules:
            item = rule.pattern[0]
            heads = (
                by_key.get(item, [])
                if isinstance(item, str)
                else [p for w in item for p in by_key.get(("w", w), [])]
            )
            second = rule.pattern[1] if len(rule.pattern) > 1 else None
            for head in heads:
                if second is not None and not _can_start(idx, words, head.end, second):
                    continue  # the next item is not there: no match to look for
                for rest in _matches(idx, head.end, rule.pattern[1:]):
                    m = (head, *rest)
                    built = rule.build(m, text)
                    if built is None:
                        continue
                    key = (built.kind, built.start, built.end, rule.name)
                    if key not in pieces:
                        pieces[key] = replace(built, rule=rule.name)
                        new += 1
        if not new:
            break
    return list(pieces.values())


def _first_of(pieces: list[Piece]) -> Piece:
    """One piece for a span several rules built: its value is the first that resolves."""
    if len(pieces) == 1 or pieces[0].kind != "time":
        return pieces[0]

    def fn(ctx: Ctx) -> Interval | None:
        for p in pieces:
            if (iv := resolve(p, ctx)) is not None:
                return iv
        return None

    return replace(pieces[0], value=fn)


def longest(pieces: Iterable[Piece], kinds: tuple[str, ...] = ("time",)) -> list[Piece]:
    """The composed pieces of ``kinds`` that no longer one covers, longest first; where
    several rules built the same span, their readings are tried in the order of RULES."""
    order = {r.name: k for k, r in enumerate(RULES)}
    by_span: dict[tuple[int, int], list[Piece]] = {}
    for p in pieces:
        if p.kind in kinds and (p.parts or p.rule == "decade in words"):
            by_span.setdefault((p.start, p.end), []).append(p)
    out: list[Piece] = []
    for (a, b), group in sorted(by_span.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0][0])):
        if not any(q.start < b and a < q.end for q in out):
            group.sort(key=lambda p: order.get(p.rule, -1))
            out.append(_first_of(group))
    return out


def text_tokens(text: str) -> list[tuple[int, int, str]]:
    """The tokens the grammar reads, with character offsets (the lexicon's tokeniser)."""
    return tokens(text)


def given_rule(span: str) -> str:
    """The rule name of a given piece: "weekday" for a bare weekday (ranges treat it apart)."""
    return "weekday" if WEEKDAY_PHRASE.fullmatch(span) else "given"


MAX_GIVEN = 6  # tokens in one single expression read by ``briefx.normalize.dates``


def given_pieces(
    text: str, toks: Sequence[tuple[int, int, str]], ref: dt.date | None, prefer: str = "past"
) -> list[Piece]:
    """Single calendar expressions of ``text`` as pieces: every window of up to ``MAX_GIVEN``
    tokens that ``normalize_date`` (without its fallback) reads whole (the dates stage gives
    its own)."""
    from briefx.normalize.dates import normalize_date  # the package's one entry point

    out: list[Piece] = []
    for i in range(len(toks)):
        for j in range(i, min(len(toks), i + MAX_GIVEN)):
            span = text[toks[i][0] : toks[j][1]]
            v = normalize_date(span, ref, "MDY", prefer, fallback=False)
            if v is None or v.value is None:
                continue
            if v.kind == "duration":
                if (d := duration_of(v.value)) is not None:
                    out.append(Piece("dur", i, j + 1, d, rule="given"))
                continue
            if (iv := interval_of(v.value)) is not None:
                bare = v.relative and not re.search(
                    r"\d{4}|\b(?:this|next|last)\b", span, re.IGNORECASE
                )
                out.append(Piece("time", i, j + 1, const(iv), bare, given_rule(span)))
    return out


def read_composed(
    text: str,
    ref: dt.date | None,
    prefer: str = "past",
    anchor: str | None = None,
    anchor_gap: int = 0,
) -> list[tuple[str, str | None]]:
    """(span text, ISO value) of every composed date in ``text``, longest first; for tests
    and for trying the grammar alone (the dates stage gives its own pieces and context).
    ``anchor_gap``: sentences between ``anchor`` and ``text`` (0: the same sentence)."""
    toks = tokens(text)
    words = [w for _s, _e, w in toks]
    pieces = compose(words, given_pieces(text, toks, ref, prefer))
    ctx = Ctx(ref, prefer, interval_of(anchor), anchor_gap)
    out = []
    for p in longest(pieces):
        iv = resolve(p, ctx)
        out.append((text[toks[p.start][0] : toks[p.end - 1][1]], iv.iso() if iv else None))
    return out
