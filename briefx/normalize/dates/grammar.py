"""The word grammar: a date expression as a list of lower-case tokens -> a ``DateValue`` or
None. The dates stage tries it on token windows to find spans, so every rule must reject a
window with words left over. Relative expressions (``parse_relative``) are small rules tried
in order; absolute dates, ranges, ordinal periods and holidays each have their reader.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from enum import Enum
from functools import lru_cache
from itertools import pairwise

from briefx.normalize.dates.lexicon import (
    CONNECTORS,
    DURATION_CODE,
    DURATION_FACTOR,
    FILLERS,
    LAST_WORDS,
    MONTHS,
    NEXT_WORDS,
    ORD_WORDS,
    SHORT_WEEKDAYS,
    THIS_WORDS,
    UNITS,
    WEEKDAYS,
    count_unit,
    day_of,
    holiday_row,
    number,
    split_hedge,
    tokens,
    weekday_word,
    year_of,
)
from briefx.normalize.dates.resolve import (
    GRAIN_RANK,
    expand,
    holiday_date,
    holiday_dates,
    nth_week_of,
    nth_weekday,
    quarter_value,
    resolve_partial,
    shift,
    unit_period,
    week_start,
    weekday_from,
)
from briefx.normalize.dates.value import Ctx, DateValue, Partial, fmt

NUM_MD = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?")
NUM_MY = re.compile(r"(\d{1,2})/(\d{4})")
ISO_PARTIAL = re.compile(r"((?:1[5-9]|20)\d\d)-(\d{1,2})(?:-(\d{1,2}))?")
NUM_COMPACT = re.compile(r"((?:19|20)\d\d)(\d\d)(\d\d)")


def numeric_partial(words: list[str], date_order: str) -> Partial | None:
    """Slashed numbers: "5/12" (by date order), "2/2013" (month/year), "10/1/2018", "20200701"."""
    joined = "".join(words)
    m = NUM_MY.fullmatch(joined)
    if m and 1 <= int(m.group(1)) <= 12:
        return Partial(y=int(m.group(2)), m=int(m.group(1)))
    m = NUM_COMPACT.fullmatch(joined)
    if m:
        p = Partial(y=int(m.group(1)), m=int(m.group(2)), d=int(m.group(3)))
        return p if 1 <= p.m <= 12 and 1 <= p.d <= 31 else None  # type: ignore[operator]
    m = NUM_MD.fullmatch(joined)
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    mo, d = (b, a) if date_order == "DMY" else (a, b)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        mo, d = d, mo
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
    y = None
    if m.group(3):
        y = int(m.group(3))
        y = y + (2000 if y < 70 else 1900) if y < 100 else y
    return Partial(y=y, m=mo, d=d)


def segment(words: list[str], date_order: str = "MDY") -> Partial | None:
    """Read month / day / year / weekday pieces ("Monday, April 6, 2009", "22/Jan/2019")."""
    numeric = words and words[0].isdigit() and all(w.isdigit() or w == "/" for w in words)
    if numeric and ("/" in words or len(words[0]) == 8):
        return numeric_partial(words, date_order)
    if (
        len(words) == 3
        and len(words[0]) == 4
        and all(w.isdigit() for w in words)
        and len(words[1]) == len(words[2]) == 2
    ):  # "2016 10 16": year, month, day written apart
        p = Partial(y=int(words[0]), m=int(words[1]), d=int(words[2]))
        if 1500 <= p.y <= 2199 and 1 <= p.m <= 12 and 1 <= p.d <= 31:  # type: ignore[operator]
            return p
        return None
    if (
        len(words) >= 5
        and words[-2] == ","
        and words[1] == "/"
        and len(words[-1]) == 4
        and words[-1].isdigit()
        and all(w.isdigit() or w == "/" for w in words[:-2])
    ):  # "5/7, 2020": month / day, then the year
        slashed = numeric_partial(words[:-2], date_order)
        if slashed is not None and slashed.y is None:
            slashed.y = int(words[-1])
            return slashed
        return None
    m = ISO_PARTIAL.fullmatch("".join(words))
    if m:  # "2015-3-3", "2014-10"
        p = Partial(y=int(m.group(1)), m=int(m.group(2)), d=int(m.group(3)) if m.group(3) else None)
        return p if 1 <= p.m <= 12 and (p.d is None or 1 <= p.d <= 31) else None  # type: ignore[operator]
    p = Partial()
    order: list[str] = []
    spelled_day = False  # the day a cardinal in words ("two"), not "2" or "the second"
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if w == "in" and order in (["Y"], ["D"]):
            return None  # "1700 in August", "up from 1400 in 2023": no year is "in" a month,
            # nor a day ("up from 14 in March": a count, then the month; session 24)
        if w in FILLERS and (order or p.wd is not None):
            i += 1
            continue
        if w in MONTHS and p.m is None:
            p.m = MONTHS[w]
            order.append("M")
            i += 1
            continue
        if (w in WEEKDAYS or w in SHORT_WEEKDAYS) and not order:
            p.wd = WEEKDAYS.get(w, SHORT_WEEKDAYS.get(w))
            i += 1
            continue
        if w == "ides" and p.d is None:
            p.d, p.ordinal = -15, True
            order.append("D")
            i += 1
            continue
        done = False
        for size in (7, 6, 5, 4, 3, 2, 1):
            piece = words[i : i + size]
            if len(piece) < size:
                continue
            if (p.y is None and order and (y := year_of(piece)) is not None) or (
                p.y is None and not order and size == 1 and (y := year_of(piece)) is not None
            ):
                p.y = y
                order.append("Y")
            elif p.d is None and size <= 3 and (dd := day_of(piece)) is not None:
                p.d, p.ordinal = dd
                order.append("D")
                spelled_day = not dd[1] and not piece[0][:1].isdigit()
            else:
                continue
            i += size
            done = True
            break
        if not done:
            return None
    pattern = "".join(order)
    if pattern not in ("M", "MD", "DM", "MY", "YM", "MDY", "DMY", "YMD", "D", "Y", ""):
        return None
    if pattern == "" and p.wd is None:
        return None
    if pattern == "D" and p.wd is not None and spelled_day:
        return None  # "resigned Tuesday, two days after the vote": a count, not the 2nd
    if p.d == -15:
        p.d = 15 if p.m in (3, 5, 7, 10) else 13
    return p


# words of a run of units, which count them one after another: "for three straight months"
RUN_WORDS = {"straight", "consecutive", "successive", "running"}
DAY_KINDS = {"business", "working", "trading", "calendar", "school", "sitting"}


def parse_duration(words: list[str]) -> DateValue | None:
    """ "three years", "30 days", "more than 40 years", "a decade", "three-day", "all week"."""
    if len(words) == 2 and words[0] == "all" and words[1] in ("week", "month", "year", "day"):
        return DateValue("duration", f"P1{DURATION_CODE[words[1]]}", None)
    core = split_hedge(words)
    if core and core[-1] == "old" and len(core) >= 3 and core[-2] == "-":
        core = core[:-2]  # "forty-year-old"
        if len(core) == 2 and core[0] in ("a", "an", "the") and core[1] in UNITS:
            return None  # the article of "a decade-old law" is outside the span
        if len(core) == 1 and core[0] in ("decade", "century"):
            core = ["a", *core]  # "a century-old bridge": one century (session 24)
    if len(core) >= 3 and core[-2:] == ["-", "long"]:
        if core[0] in ("a", "an", "the"):
            return None  # the article of "a decade-long war" is outside the span
        core = core[:-2]  # "a decade-long war", "a two-week-long strike"
        if len(core) == 1:
            core = ["a", *core]  # "decade-long": one decade
    if len(core) >= 3 and core[-2] in DAY_KINDS and UNITS.get(core[-1]) == "day":
        core = core[:-2] + core[-1:]  # "three business days", "60 working days": days counted
    if (
        len(core) >= 3
        and core[-2] in RUN_WORDS
        and core[-1] in UNITS
        and core[0] not in ("a", "an")
    ):
        core = core[:-2] + core[-1:]  # "three straight months", "five consecutive quarters"
    if len(core) < 2 or core[-1] not in UNITS:
        return None
    unit = UNITS[core[-1]]
    num_words = core[:-1]
    if num_words and num_words[-1] == "-":
        num_words = num_words[:-1]  # "three-day"
    if num_words and num_words[0] == "and":
        return None  # "two-year and 30-year yields": the "and" joins two terms, no number's
    if len(num_words) >= 2 and num_words[0] == "a" and num_words[1] == "few":
        return None  # "a few weeks": vague ("a couple of weeks" is two, read by ``number``)
    n = number([w for w in num_words if w != "-"]) if num_words else None
    if n is None or n <= 0:
        return None
    n *= DURATION_FACTOR.get(unit, 1)
    code = DURATION_CODE[unit]
    if code == "Y" and n != int(n) and (n * 12) == int(n * 12):
        # "2.5 years" -> "P2Y6M", as "two and a half years" reads (session 24's reading)
        whole, months = divmod(int(n * 12), 12)
        return DateValue("duration", f"P{whole}Y{months}M" if whole else f"P{months}M", None)
    n_text = str(int(n)) if n == int(n) else f"{n:g}"
    return DateValue("duration", f"P{n_text}{code}", None)


# ---------------------------------------------------------------- relative expressions
# ``parse_relative`` tries small rules in order. A rule returns SKIP when the words are not its
# pattern (the next rule is tried), else its answer: a DateValue, or None for "this pattern, but
# no date" ("the coming weeks" is vague), which ends the search.


class _Skip(Enum):
    SKIP = 0


SKIP = _Skip.SKIP
_Answer = DateValue | None | _Skip
RELATIVE_WORDS = NEXT_WORDS | LAST_WORDS | THIS_WORDS


def _day(d: dt.date) -> DateValue:
    return DateValue("date", d.isoformat(), "day", True)


def _period(p: tuple[dt.date, str] | None) -> DateValue | None:
    """The unit period ``unit_period`` gives, as a date at that unit's granularity."""
    return DateValue("date", fmt(*p), p[1], True) if p else None


def _step(word: str) -> int:
    """+1 for "next" words, -1 for "last" words, 0 for "this" words."""
    return 1 if word in NEXT_WORDS else -1 if word in LAST_WORDS else 0


def parse_relative(words: list[str], ctx: Ctx) -> DateValue | None:
    """A date relative to the reference date: "today", "next week", "three days ago"."""
    if not words:
        return None
    if words[0] == "around" and len(words) > 1:
        return parse_relative(words[1:], ctx)
    ref = ctx.ref
    if ref is None:
        return None
    for rule in RELATIVE_RULES:
        answer = rule(words, ctx, ref)
        if answer is not SKIP:
            return answer
    return None


def _deictic_day(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "today", "yesterday", "tomorrow", "the current date", "the day after tomorrow"."""
    one = words[0] if len(words) == 1 else None
    if one in ("today", "now") or words in (["current", "date"], ["the", "current", "date"]):
        return _day(ref)
    if one == "yesterday":
        return _day(ref - dt.timedelta(days=1))
    if one in ("tomorrow", "tmrw", "tmr"):
        return _day(ref + dt.timedelta(days=1))
    if words in (["the", "day", "before"], ["the", "day", "after"]):
        return _day(ref + dt.timedelta(days=1 if words[2] == "after" else -1))
    if words in (["the", "day", "before", "yesterday"], ["the", "day", "after", "tomorrow"]):
        return _day(ref + dt.timedelta(days=2 if words[3] == "tomorrow" else -2))
    return SKIP


def _bare_weekday(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "Friday": the most recent one in a past-tense context, the coming one otherwise."""
    if len(words) != 1:
        return SKIP
    wd = WEEKDAYS.get(words[0])
    if wd is None:
        wd = SHORT_WEEKDAYS.get(words[0])
    if wd is None:
        return SKIP
    # a future weekday equal to the reference weekday is that day: news copy names today by its
    # weekday (AP style: "The council will vote Wednesday" in a Wednesday story); session 15 read
    # it as next week's and six held-out brief sets lost dates norm (0.969 -> 0.964 pooled)
    mode = "on_after" if ctx.prefer == "future" else "on_before"
    return _day(weekday_from(ref, wd, mode))


def _earlier_this(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "earlier this year", "later this week", "later next month": the period itself (a
    hedge on it, as "late next month")."""
    if words[0] in ("earlier", "later") and len(words) >= 3 and words[1] in THIS_WORDS:
        return parse_relative(words[1:], ctx)
    if (
        words[0] in ("earlier", "later")
        and len(words) == 3
        and words[1] in ("next", "last")
        and UNITS.get(words[2]) in ("week", "month", "quarter", "year")
    ):
        return parse_relative(words[1:], ctx)
    return SKIP


def _the_unit(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "the year", "the month", "the week": the current one."""
    if len(words) == 2 and words[0] == "the" and words[1] in ("year", "month", "week"):
        return _period(unit_period(ref, words[1], 0))
    return SKIP


def _the_relative(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "the next week", "the last Friday": read without "the" where that gives a date."""
    if words[0] == "the" and len(words) >= 3 and words[1] in RELATIVE_WORDS:
        v = parse_relative(words[1:], ctx)
        if v is not None:
            return v
    return SKIP


def _relative_word(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """This/next/last + a unit, weekday, count of units, date or holiday ("next week")."""
    if len(words) < 2 or words[0] not in RELATIVE_WORDS:
        return SKIP
    rel, rest = words[0], words[1:]
    if rest[0] in ("working", "business", "calendar") and len(rest) == 2:
        rest = rest[1:]
    for rule in RELATIVE_WORD_RULES:
        answer = rule(rel, rest, ctx, ref)
        if answer is not SKIP:
            return answer
    return None


def _rel_decade(rel: str, rest: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "this decade", "last decade", "next decade": the calendar decade one step from the
    reference date's, as "the 2010s" ("the past decade" is the ten years to today, read
    before the grammar)."""
    if rest != ["decade"] or rel == "past":
        return SKIP
    start = (ref.year // 10 + _step(rel)) * 10
    return DateValue("range", f"{start}/{start + 9}", "decade", True)


def _rel_unit(rel: str, rest: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "next week", "this month", "the past year" (not "the coming weeks": vague)."""
    if len(rest) != 1 or rest[0] not in UNITS or UNITS[rest[0]] not in ("week", "month", "year"):
        return SKIP
    if rest[0].endswith("s"):
        return None  # "the coming weeks" is vague: vague expressions are no dates
    if rel == "past" and rest[0] != "year":
        return _rel_count(rel, ["one", rest[0]], ctx, ref)  # "the past week": the week to today
    return _period(unit_period(ref, UNITS[rest[0]], _step(rel)))


def _rel_quarter(rel: str, rest: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "next quarter", "last quarter"."""
    if rest != ["quarter"]:
        return SKIP
    q = (ref.month - 1) // 3 + _step(rel)
    y, q = ref.year + (q // 4), q % 4
    return quarter_value(y, q + 1, True)


# How "<word> <weekday>" resolves: "next Friday" is Friday of next week, "this Friday" the
# coming one (or today), "last Friday" the one before today.
WEEKDAY_MODES = {
    "next": "next_week", "previous": "prev_week", "last": "before", "this": "on_after",
    "current": "this_week", "coming": "after", "upcoming": "after", "following": "next_week",
    "past": "before",
}  # fmt: skip


def _rel_weekday(rel: str, rest: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "next Friday", "this Monday", "upcoming Tuesday", "next week Friday"."""
    if len(rest) == 1 and rest[0] in WEEKDAYS:
        mode = WEEKDAY_MODES.get(rel)
        return None if mode is None else _day(weekday_from(ref, WEEKDAYS[rest[0]], mode))
    if len(rest) == 2 and rest[0] == "upcoming" and rest[1] in WEEKDAYS:
        return _day(weekday_from(ref, WEEKDAYS[rest[1]], "after"))
    if rest[0] in ("week", "wk") and len(rest) == 2 and rest[1] in WEEKDAYS:
        return _day(week_start(ref) + dt.timedelta(weeks=_step(rel), days=WEEKDAYS[rest[1]]))
    return SKIP


def _rel_count(rel: str, rest: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "upcoming two weeks" (the week two weeks on); "the past two years" (a span)."""
    cu = count_unit(rest)
    if not cu:
        return SKIP
    if rel in ("upcoming",):
        return _period(unit_period(ref, cu[1], int(cu[0])))
    if rel in ("next", "past", "last", "coming", "previous"):
        step = _step(rel)
        other = shift(ref, cu[1], cu[0] if step > 0 else -cu[0])
        if other is None:
            return None
        a, b = (ref, other) if step > 0 else (other, ref)
        return DateValue("range", f"{a.isoformat()}/{b.isoformat()}", cu[1], True)
    return SKIP


def _rel_date(rel: str, rest: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "next 5/12", "next 6th of April", "last August": the next or last such date."""
    step = _step(rel)
    v = parse_absolute_words(rest, ctx, "future" if step > 0 else "past" if step < 0 else None)
    if v is not None and v.granularity == "month" and v.value == f"{ref:%Y-%m}" and step:
        # "last August" said in August is a year ago; "next August" a year on
        return DateValue("date", f"{ref.year + step:04d}-{ref.month:02d}", "month", True)
    if v is not None and (step != 0 or (rel == "this" and v.granularity in ("day", "month"))):
        return v
    return SKIP


def _rel_holiday(rel: str, rest: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "last easter", "next boss's day"."""
    step = _step(rel)
    v = parse_holiday(rest, ctx, "future" if step > 0 else "past" if step < 0 else None)
    return SKIP if v is None else v


RELATIVE_WORD_RULES = (
    _rel_decade,
    _rel_unit,
    _rel_quarter,
    _rel_weekday,
    _rel_count,
    _rel_date,
    _rel_holiday,
)


def _count_upcoming(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "two upcoming weeks": the period that many units on."""
    if len(words) >= 3 and words[-2] == "upcoming":
        cu = count_unit(words[:-2] + words[-1:])
        if cu:
            return _period(unit_period(ref, cu[1], int(cu[0])))
    return SKIP


def _this_yr(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "this yr", "current yr"."""
    if len(words) == 2 and words[0] in ("this", "current") and words[1] in ("yr",):
        return DateValue("date", str(ref.year), "year", True)
    return SKIP


def _weekday_after_next(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "friday after next"."""
    if len(words) == 3 and words[0] in WEEKDAYS and words[1:] == ["after", "next"]:
        return _day(weekday_from(ref, WEEKDAYS[words[0]], "after") + dt.timedelta(weeks=1))
    return SKIP


def _weekday_of_week(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "tuesday of this week", "monday of the following week"."""
    if len(words) < 3 or words[0] not in WEEKDAYS or words[1] not in ("of", "in"):
        return SKIP
    rest = words[2:]
    if rest[0] == "the":
        rest = rest[1:]
    if len(rest) == 2 and rest[1] == "week" and rest[0] in RELATIVE_WORDS:
        days = WEEKDAYS[words[0]]
        return _day(week_start(ref) + dt.timedelta(weeks=_step(rest[0]), days=days))
    return SKIP


def _in_count(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "in two weeks", "in a week"; not "in" a count that runs back ("was sworn in two weeks
    ago": the verb's particle before "two weeks ago"; session 24)."""
    if words[0] == "in" and len(words) >= 3 and words[-1] in BACKWARD_TAILS:
        return None
    if words[0] == "in" and len(words) >= 3:
        cu = count_unit(words[1:])
        if cu:
            d = shift(ref, cu[1], cu[0])
            return _day(d) if d else None
    return SKIP


# "three weeks from tomorrow", "3 years from today", "two weeks from now", "three weeks hence":
# (the words that end the expression, days from the reference date to count from)
COUNT_TAILS = (
    (["from", "now"], 0), (["from", "today"], 0), (["hence"], 0), (["from", "tomorrow"], 1),
    (["from", "tmrw"], 1), (["later"], 0), (["ago"], 0), (["back"], 0), (["before"], 0),
    (["earlier"], 0),
)  # fmt: skip
BACKWARD_TAILS = ("ago", "back", "before", "earlier")


def _counted_from_now(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "three weeks from now", "2 thursdays ago", "Monday two weeks from now"."""
    n = len(words)
    for tail, base_shift in COUNT_TAILS:
        k = len(tail)
        if n > k + 1 and words[-k:] == tail:
            body = words[:-k]
            if tail[0] in ("later", "before", "earlier") and n == k + 2 and body[0] in ("a", "an"):
                return None
            sign = -1 if tail[0] in BACKWARD_TAILS else 1
            if tail[0] in ("ago", "back") or tail[-1] == "now":
                # "nearly two weeks ago", "some five years from now": the hedge stays in the
                # span and the count keeps its value, as in "more than 40 years" (P40Y)
                body = split_hedge(body)
            v = _count_back_or_on(body, ref + dt.timedelta(days=base_shift), sign)
            if (
                v is not None
                and tail in (["ago"], ["back"], ["from", "now"])
                and (cu := count_unit(body))
            ):  # "three months ago" -> the month (TimeML); "two years from now" -> the year;
                # "1.5 years ago" -> the month, as "a year and a half ago" reads
                return _at_unit(v, cu[1] if cu[0] == int(cu[0]) else "month")
            return v
    return SKIP


# the precision of "N units ago": the unit's own, a decade or century by its year
AGO_GRAIN = {"week": "week", "month": "month", "quarter": "month", "year": "year",
             "decade": "year", "century": "year"}  # fmt: skip


def _at_unit(v: DateValue, unit: str) -> DateValue:
    """A day counted back by whole units, at the unit's precision ("six weeks ago" -> its ISO
    week, "two years ago" -> the year); days and fortnights keep the day."""
    grain = AGO_GRAIN.get(unit)
    if grain is None or v.value is None or v.granularity != "day":
        return v
    return DateValue("date", fmt(dt.date.fromisoformat(v.value), grain), grain, True)


def _count_back_or_on(body: list[str], base: dt.date, sign: int) -> DateValue | None:
    """The date ``body`` ("three weeks", "2 thursdays", "Monday two weeks") from ``base``."""
    cu = count_unit(body)
    if cu:
        d = shift(base, cu[1], sign * cu[0])
        return _day(d) if d else None
    if len(body) >= 2 and (wd := weekday_word(body[-1])) is not None:  # "3 fridays from now"
        c = number(body[:-1])
        if c is None or c != int(c) or c < 1:
            return None
        if sign > 0:
            return _day(weekday_from(base, wd, "after") + dt.timedelta(weeks=int(c) - 1))
        return _day(weekday_from(base, wd, "before") - dt.timedelta(weeks=int(c) - 1))
    if len(body) >= 3 and body[0] in WEEKDAYS:  # "Thursday, two year from now"
        rest = body[1:]
        if rest[0] == ",":
            rest = rest[1:]
        cu = count_unit(rest)
        if cu:
            d = shift(base, cu[1], sign * cu[0])
            if d:
                return _day(week_start(d) + dt.timedelta(days=WEEKDAYS[body[0]]))
    return None


def _count_from_anchor(words: list[str], ctx: Ctx, ref: dt.date) -> _Answer:
    """ "two months after next Friday", "three days after Easter", "3 weeks after January 15th"."""
    for j in range(2, len(words) - 1):
        if words[j] in ("after", "before") and (cu := count_unit(words[:j])):
            anchor = parse_words(words[j + 1 :], ctx)
            if anchor is None or anchor.kind != "date" or anchor.granularity != "day":
                return None
            if anchor.value is None:
                return None
            base = dt.date.fromisoformat(anchor.value)
            d = shift(base, cu[1], cu[0] if words[j] == "after" else -cu[0])
            return _day(d) if d else None
    return SKIP


# In order: the first rule whose pattern the words fit gives the answer.
RELATIVE_RULES = (
    _deictic_day, _bare_weekday, _earlier_this, _the_unit, _the_relative, _relative_word,
    _count_upcoming, _this_yr, _weekday_after_next, _weekday_of_week, _in_count,
    _counted_from_now, _count_from_anchor,
)  # fmt: skip


def parse_nth(words: list[str], ctx: Ctx) -> DateValue | None:
    """ "first tuesday of october", "last week of september 2014", "the third month of 2021"."""
    if words and words[0] == "the":
        words = words[1:]
    if len(words) < 3:
        return None
    k = 0
    nth = ORD_WORDS.get(words[0])
    if nth is None and words[1] in ("day", "of"):
        # "the 15th day of next month", "20th of the previous month": a day of the month
        dd = day_of(words[:1])
        if dd is None or not dd[1]:
            return None
        nth = dd[0]
        if words[1] == "of":
            words = [words[0], "day", *words[1:]]
            if words[3:] in (["the", "month"], ["this", "month"]) or words[3] not in (
                "the", "next", "last", "this", "previous", "following", "coming", "current",
            ):  # fmt: skip
                return None  # "the 1st of march" is an absolute date, read elsewhere
    if nth is None:
        return None  # "13.02.2025last": not an ordinal
    if words[1] == "last" and nth > 0:  # "third last week of 2018"
        nth, k = -nth, 1
    if len(words) < 4 + k:
        return None  # "fifth last day": no scope left
    what = words[1 + k]
    if words[2 + k] not in ("of", "in"):
        return None
    scope_words = words[3 + k :]
    if (
        scope_words
        and scope_words[0] == "the"
        and len(scope_words) == 2
        and scope_words[1] == "month"
    ):
        scope_words = ["this", "month"]
    scope = parse_words(scope_words, ctx)
    if scope is None or scope.kind != "date" or scope.value is None:
        return None
    rel = scope.relative
    if scope.granularity == "month":
        y, m = map(int, scope.value.split("-"))
        if what in WEEKDAYS:
            d = nth_weekday(y, m, WEEKDAYS[what], nth)
            return DateValue("date", d.isoformat(), "day", rel) if d else None
        if what == "day":
            last = calendar.monthrange(y, m)[1]
            day = nth if nth > 0 else last + 1 + nth
            if not 1 <= day <= last:
                return None
            return DateValue("date", dt.date(y, m, day).isoformat(), "day", rel)
        if what == "week":  # "the first week of July", "last week of september 2014"
            first = dt.date(y, m, 1)
            d = nth_week_of(first, first.replace(day=calendar.monthrange(y, m)[1]), nth)
            return DateValue("date", fmt(d, "week"), "week", rel) if d else None
        return None
    if scope.granularity == "year":
        y = int(scope.value)
        if what == "week":
            weeks = dt.date(y, 12, 28).isocalendar().week
            w = nth if nth > 0 else weeks + 1 + nth
            if not 1 <= w <= weeks:
                return None
            return DateValue("date", f"{y}-W{w:02d}", "week", rel)
        if what == "month" and nth > 0 and nth <= 12:
            return DateValue("date", f"{y}-{nth:02d}", "month", rel)
        if what == "quarter" and 0 < nth <= 4:
            return quarter_value(y, nth, rel)
        if what == "day":
            d = dt.date(y, 1, 1) + dt.timedelta(days=nth - 1) if nth > 0 else dt.date(y, 12, 31)
            return DateValue("date", d.isoformat(), "day", rel)
        if what in WEEKDAYS:
            return None
    return None


def parse_holiday(words: list[str], ctx: Ctx, direction: str | None = None) -> DateValue | None:
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return None
    year = None
    rel = True
    # "easter 2019", "Deepavali in 2019", "MLK day of last year"
    for j in range(len(words) - 1, 0, -1):
        tail = words[j + 1 :] if words[j] in ("in", "of", ",") else words[j:]
        y = year_of(tail)
        if y is None and ctx.ref is not None and tail in (["last", "year"], ["this", "year"],
                                                          ["next", "year"]):  # fmt: skip
            y = ctx.ref.year + {"last": -1, "this": 0, "next": 1}[tail[0]]
        if y is not None:
            year, words = y, words[:j]
            while words and words[-1] in ("in", "of", ","):
                words = words[:-1]
            rel = not bool(year_of(tail))
            break
    # a plural possessive leaves its apostrophe as a token ("Presidents' Day", "Veterans' Day")
    name = " ".join(w.replace("'", "") for w in words if w not in (".", "-", "–", "'"))
    row = holiday_row(name, ctx.country)
    if row is None:
        return None
    if year is not None:
        d = holiday_date(row, year)
        return DateValue("date", d.isoformat(), "day", rel) if d else None
    if ctx.ref is None:
        return None
    ref = ctx.ref
    direction = direction or ctx.prefer
    if direction == "future":
        for y in (ref.year, ref.year + 1):
            for d in holiday_dates(row, y):
                if d >= ref:
                    return DateValue("date", d.isoformat(), "day", True)
    else:
        for y in (ref.year, ref.year - 1):
            for d in reversed(holiday_dates(row, y)):
                if d <= ref:
                    return DateValue("date", d.isoformat(), "day", True)
    return None


def side_value(words: list[str], ctx: Ctx) -> tuple[dt.date, dt.date, str, bool] | None:
    """One end of a range as (first day, last day, grain, relative)."""
    rel_words = {"today", "now", "yesterday", "tomorrow", "tmrw"}
    if (len(words) == 1 and words[0] in rel_words) or words in (["current", "date"],):
        v = parse_relative(words, ctx)
        if v is None or v.value is None:
            return None
        d = dt.date.fromisoformat(v.value)
        return d, d, "day", True
    return None


def _range_end(
    side: tuple[dt.date, dt.date, str, bool] | None, partial: Partial | None, ctx: Ctx
) -> tuple[dt.date, dt.date, str, bool] | None:
    """(first day, last day, grain, relative) of one end of a range: a relative expression
    already resolved (``side``), or a partial date completed with the reference year."""
    if side:
        lo, hi, grain, _ = side
        return lo, hi, grain, True
    assert partial is not None
    if partial.y is not None:
        year, relative = partial.y, False
    elif ctx.ref is not None:
        year, relative = ctx.ref.year, True
    else:
        return None
    e = expand(partial, year)
    return None if e is None else (*e, relative)


# the two halves of a hyphenated number in words ("ninety-two", "twenty-first")
TENS_WORDS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
UNIT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
              "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
              "ninth"}  # fmt: skip


def _day_number(w: str) -> int | None:
    return int(w) if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31 else None


def coordinated_days(words: list[str]) -> list[str] | None:
    """ "3, 4 and 5 June", "Dec. 27 and 28", "February 3, 4 and 5, 2025": days of one month
    joined by commas and "and", each the day after the one before, as the range of the first
    to the last ("3 - 5 June"); None for any other list (a day skipped: "July 6 and 13")."""
    body, year = words, []
    if len(body) > 2 and year_of(body[-1:]) is not None and len(body[-1]) == 4:
        body, year = body[:-1], body[-1:]
        if body and body[-1] == ",":
            body = body[:-1]
    if not body:
        return None
    month_first = body[0] in MONTHS
    month = body[0] if month_first else body[-1]
    if month not in MONTHS:
        return None
    days = body[1:] if month_first else body[:-1]
    # D (, D)* and D: numbers at even places, commas between all but the last two
    if len(days) < 3 or len(days) % 2 == 0 or days[-2] != "and":
        return None
    if any(sep != "," for sep in days[1:-2:2]):
        return None
    numbers = [n for d in days[::2] if (n := _day_number(d)) is not None]
    if len(numbers) != len(days[::2]) or any(b != a + 1 for a, b in pairwise(numbers)):
        return None
    first, last = days[0], days[-1]
    if month_first:
        return [month, first, "-", month, last, *year]
    return [first, month, "-", last, month, *year]


def parse_range(ws: list[str], ctx: Ctx) -> DateValue | None:
    """ "July 13-15", "from 13 to 15 July", "2014 through May 2018", "between Jan 2019 and today"."""
    words = ws
    lead = None
    if words and words[0] in ("from", "between"):
        lead, words = words[0], words[1:]
    if lead is None and "and" in words:
        listed = coordinated_days(words)
        if listed is not None:
            return parse_range(listed, ctx)
    n = len(words)
    for k in range(1, n - 1):
        c = words[k]
        if c not in CONNECTORS or (c == "and") != (lead == "between"):
            continue
        if c == "-" and words[k - 1] in TENS_WORDS and words[k + 1] in UNIT_WORDS:
            continue  # "nineteen ninety-two": a number in words, not "ninety" to "two"
        if lead == "from" and c in ("and", "through", "thru"):
            continue  # "from Jan. 22, 2013 through May 30, 2014": a range's span starts after "from"
        left, right = words[:k], words[k + 1 :]
        if right and right[0] == "the":
            right = right[1:]
        if left and left[0] == "the":
            left = left[1:]
        if not left or not right:
            continue
        sl, sr = side_value(left, ctx), side_value(right, ctx)
        pl = None if sl else segment(left, ctx.date_order)
        pr = None if sr else segment(right, ctx.date_order)
        if (sl is None and pl is None) or (sr is None and pr is None):
            continue
        if pl is not None and pl.wd is not None and pl.m is None and pl.d is None:
            continue
        if pr is not None and pr.wd is not None and pr.m is None and pr.d is None:
            continue
        # bare day numbers only count as days when the other side names a month
        if pl is not None and pr is not None:
            if pl.m is None and pl.d is not None and pl.y is None and pr.m is None:
                continue
            if pr.m is None and pr.d is not None and pr.y is None and pl.m is None:
                continue
            if (pr.m is None and pr.d is not None and pl.d is None) or (
                pl.m is None and pl.d is not None and pr.d is None
            ):
                continue  # "fell in March to 3 percent": a month and a number, no days
            if pr.m is None and pr.d is not None:
                pr.m = pl.m
                if pr.y is None:
                    pr.y = pl.y
            if pl.m is None and pl.d is not None:
                pl.m = pr.m
            if pl.y is None and pr.y is not None and (pl.m is not None):
                pl.y = pr.y
                if (pl.m, pl.d or 0) > (pr.m or 12, pr.d or 0) and pr.m is not None:
                    pl.y -= 1
            if pl.y is None and pl.m is None:
                continue
        first, last = _range_end(sl, pl, ctx), _range_end(sr, pr, ctx)
        if first is None or last is None:
            return None
        a0, _a1, ga, rel_a = first
        _b0, b1, gb, rel_b = last
        relative = rel_a or rel_b
        grain = ga if GRAIN_RANK[ga] <= GRAIN_RANK[gb] else gb
        start, end = a0, b1
        if start > end:
            return None
        if pl is not None and pr is not None and ga == gb == "year" and pl.y == pr.y:
            return None
        return DateValue("range", f"{fmt(start, grain)}/{fmt(end, grain)}", grain, relative)
    return None


def parse_absolute_words(
    words: list[str], ctx: Ctx, direction: str | None = None
) -> DateValue | None:
    if not words:
        return None
    if words[0] == "the":
        if len(words) == 1:
            return None
        p = segment(words[1:], ctx.date_order)
    else:
        p = segment(words, ctx.date_order)
    if p is None:
        return None
    if (
        p.m is None
        and p.d is not None
        and p.wd is None
        and (not p.ordinal or words[0] != "the" or p.y is not None)
    ):
        return None  # "the 21st", "Monday 21" are days of the reference month; "21" alone is not
    if p.m is None and p.d is None:
        return None  # weekday / year alone handled elsewhere
    if p.m is not None and p.d is None and p.y is None and len(words) > 1 and words[0] != "the":
        return None
    r = resolve_partial(p, ctx, direction)
    if r is None:
        return None
    d, grain = r
    return DateValue("date", fmt(d, grain), grain, p.y is None)


def parse_words(words: list[str], ctx: Ctx) -> DateValue | None:
    """Parse a list of lower-case tokens; None when no rule reads the whole list."""
    if not words:
        return None
    if len(words) == 1 and (y := year_of(words)) is not None and words[0].isdigit():
        return DateValue("date", f"{y:04d}", "year")
    for fn in (parse_absolute_words, parse_relative, parse_nth, parse_holiday, parse_range):
        v = fn(words, ctx)
        if v is not None:
            return v
    v = parse_duration(words)
    if v is not None:
        return v
    # "calendar year 2008", "the year 2011"
    prefix_ok = words[:-2] in ([], ["the"], ["calendar"], ["the", "calendar"])
    if len(words) >= 2 and words[-2] == "year" and prefix_ok and (y := year_of(words[-1:])):
        return DateValue("date", f"{y:04d}", "year")
    # "the week of october 6th": the ISO week holding that day
    if len(words) >= 3 and words[words[0] == "the" :][:2] == ["week", "of"]:
        day = parse_words(words[2 + (words[0] == "the") :], ctx)
        if day is not None and day.kind == "date" and day.granularity == "day" and day.value:
            d = dt.date.fromisoformat(day.value)
            if d.weekday() == 6:
                d += dt.timedelta(days=1)  # a Sunday opens the week on a U.S. calendar
            return DateValue("date", fmt(d, "week"), "week", day.relative)
    # "week 1", "calendar week 27", and the week written short: "wk 22", "W32", "CW 12"; a year
    # after the number names the week's year ("W32 2026")
    if words[:1] == ["calendar"]:
        words = words[1:]
    if (
        2 <= len(words) <= 3
        and words[0] in WEEK_CODES
        and words[1].isdigit()
        and ctx.ref is not None
    ):
        wy = ctx.ref.year if len(words) == 2 else year_of(words[2:])
        if wy is None:
            return None
        w = int(words[1])
        if 1 <= w <= dt.date(wy, 12, 28).isocalendar().week:
            return DateValue("date", f"{wy}-W{w:02d}", "week", len(words) == 2)
    # "January first two thousand and thirty two"
    return None


# the week's name and its short forms before an ISO week's number ("wk 22", "W32", "CW 12")
WEEK_CODES = frozenset({"week", "wk", "w", "cw"})


@lru_cache(maxsize=4096)
def parse_expression(
    text: str,
    reference: dt.date | None,
    prefer: str = "past",
    date_order: str = "MDY",
    country: str | None = None,
) -> DateValue | None:
    """Read one whole date expression with the grammar above; None if no rule reads it all.
    ``country``: the text's country (ISO 3166 alpha-2), whose holidays a name means."""
    ctx = Ctx(reference, prefer, date_order, country)
    words = [w for w in _decimals(tokens(text)) if w != "."]
    if len(words) > 16:
        return None
    return parse_words(words, ctx)


def _decimals(toks: list[tuple[int, int, str]]) -> list[str]:
    """The words of ``toks``, a decimal written in digits kept whole ("2.5" of "2.5 years"; the
    tokeniser splits it at the point, and a lone "." is dropped as an abbreviation's)."""
    out: list[str] = []
    k = 0
    while k < len(toks):
        _s, e, w = toks[k]
        if (
            w.isdigit()
            and k + 2 < len(toks)
            and toks[k + 1][2] == "."
            and toks[k + 2][2].isdigit()
            and toks[k + 1][0] == e
            and toks[k + 2][0] == toks[k + 1][1]
            and not (
                k + 3 < len(toks) and toks[k + 3][2] == "." and toks[k + 3][0] == toks[k + 2][1]
            )
        ):  # "2.5", not "13.02.2025" (a date's dots)
            out.append(f"{w}.{toks[k + 2][2]}")
            k += 3
            continue
        out.append(w)
        k += 1
    return out
