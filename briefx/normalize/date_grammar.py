"""A small date grammar: the calendar expressions dateparser misses or reads differently.

``parse_expression(text, reference, prefer, date_order)`` reads one whole expression and returns
a ``DateValue`` or None; the dates stage tries it on token windows to find spans, so every rule
here also decides what a span includes ("the" in "the summer", "in" in "in two weeks", never "on").
Measured against dateparser 1.5 (each rule below is for a case it gets wrong or cannot express):
- "next Friday" / "previous Wednesday": dateparser gives the coming / latest one; here the one
  in next / previous week. "this Monday" gives the coming one, "last Tuesday" the latest past one.
- "in two weeks", "3 years from today", "three weeks hence", "2 thursdays ago": no value or a
  duration from dateparser.
- "July 13-15", "from 13 to 15 July", "2014 through May 2018", "between Jan 2019 and today":
  dateparser has no interval type.
- "march first", "the third of march", "twenty five January nineteen eighty six": not parsed.
- holidays ("Easter 2019", "black friday", "MLK day"): not parsed (models/holidays.jsonl).
All regexes are linear: no nested unbounded quantifiers.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from briefx.normalize.numbers import parse_number, parse_ordinal
from briefx.resources import read_jsonl

TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+(?:st|nd|rd|th)?|[^\s\w]", re.IGNORECASE)

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
SHORT_WEEKDAYS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip
UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "month": "month", "months": "month", "mo": "month", "year": "year", "years": "year",
    "yr": "year", "yrs": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "fortnight": "fortnight",
}  # fmt: skip
DURATION_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y", "century": "Y",
                 "fortnight": "D"}  # fmt: skip
DURATION_FACTOR = {"decade": 10, "century": 100, "fortnight": 14}
HEDGES = ("more than", "less than", "fewer than", "over", "about", "nearly", "almost", "some",
          "at least", "up to", "around", "roughly", "approximately", "under", "within")  # fmt: skip
NEXT_WORDS = {"next", "following", "coming", "upcoming"}
LAST_WORDS = {"last", "previous", "past", "preceding"}
THIS_WORDS = {"this", "current", "present"}
CONNECTORS = {"to", "through", "thru", "till", "til", "until", "-", "–", "—", "and"}
FILLERS = {",", "of", "the", "-", "/", ".", "in"}


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


# ---------------------------------------------------------------- calendar helpers


def fmt(d: dt.date, grain: str) -> str:
    if grain == "week":
        iso = d.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if grain == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if grain == "year":
        return f"{d.year:04d}"
    return d.isoformat()


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: dt.date, unit: str, n: float) -> dt.date | None:
    try:
        if unit == "day":
            return d + dt.timedelta(days=n)
        if unit in ("week", "fortnight"):
            return d + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1))
        if n != int(n):
            return None
        if unit == "month":
            return add_months(d, int(n))
        if unit == "year":
            return add_months(d, 12 * int(n))
        if unit == "decade":
            return add_months(d, 120 * int(n))
    except (OverflowError, ValueError):
        return None
    return None


def week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    if n > 0:
        first = dt.date(year, month, 1)
        d = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        return d if d.month == month else None
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    d = last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))
    return d if d.month == month else None


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday (Meeus Julian algorithm, converted to the Gregorian calendar)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = dt.date(year, month, day + 1)
    return julian + dt.timedelta(days=year // 100 - year // 400 - 2)


@cache
def holidays() -> dict[str, dict]:  # type: ignore[type-arg]
    """Holiday name -> rule row: computed ones (holidays.jsonl) and dated lunar ones
    (lunar_holidays.jsonl, made by scripts/make_lunar_holidays.py)."""
    table: dict[str, dict] = {}
    for file in ("holidays.jsonl", "lunar_holidays.jsonl"):
        for row in read_jsonl(file):
            for name in row["names"]:
                table.setdefault(name, row)
    return table


def holiday_dates(row: dict, year: int) -> list[dt.date]:  # type: ignore[type-arg]
    """Every date of a holiday in a calendar year (a lunar one may fall twice, or not at all)."""
    if row["rule"] == "table":
        key = f"{year:04d}"
        dates = row["dates"]
        i = bisect.bisect_left(dates, key)
        out = []
        while i < len(dates) and dates[i].startswith(key):
            out.append(dt.date.fromisoformat(dates[i]))
            i += 1
        return out
    d = holiday_date(row, year)
    return [d] if d else []


def holiday_date(row: dict, year: int) -> dt.date | None:  # type: ignore[type-arg]
    rule = row["rule"]
    if rule == "table":
        found = holiday_dates(row, year)
        return found[0] if found else None
    try:
        if rule == "easter":
            return easter(year) + dt.timedelta(days=row["offset"])
        if rule == "orthodox":
            return orthodox_easter(year) + dt.timedelta(days=row["offset"])
        if rule == "nth":
            d = nth_weekday(year, row["month"], row["weekday"], row["n"])
            return d + dt.timedelta(days=row.get("offset", 0)) if d else None
        d = dt.date(year, row["month"], row["day"])
    except ValueError:
        return None
    if rule == "fixed_weekday_shift" and d.weekday() >= 5:
        return d + dt.timedelta(days=-1 if d.weekday() == 5 else 1)
    if rule == "fixed_sunday_back" and d.weekday() == 6:
        return d - dt.timedelta(days=1)
    return d


# ---------------------------------------------------------------- word helpers


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in TOKEN.finditer(text)]


def number(words: list[str]) -> float | None:
    """A cardinal in digits or words ("3", "three", "twenty five", "a")."""
    if not words:
        return None
    if len(words) == 1 and words[0] in ("a", "an", "one"):
        return 1
    if any(w in ("a", "an", ",", "-") for w in words) or len(words) > 4:
        return None
    if len(words) == 1 and not words[0].isdigit() and not words[0].isalpha():
        return None
    if not all(w.isdigit() or w in NUM_VOCAB for w in words):
        return None
    v = parse_number(" ".join(words))
    return float(v) if v is not None else None


def day_of(words: list[str]) -> tuple[int, bool] | None:
    """A day of month: "13", "13th", "first", "twenty first", "twenty five" -> (day, ordinal)."""
    if not words or len(words) > 2 or (len(words) == 2 and not all(w.isalpha() for w in words)):
        return None
    if len(words) == 1:
        w = words[0]
        m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)?", w)
        if m:
            d = int(m.group(1))
            return (d, bool(m.group(2))) if 1 <= d <= 31 else None
    o = parse_ordinal(" ".join(words))
    if o is not None:
        return (o, True) if 1 <= o <= 31 else None
    if all(w.isalpha() for w in words):
        v = parse_number(" ".join(words))
        if v is not None and v == int(v) and 1 <= v <= 31:
            return int(v), False
    return None


NUM_VOCAB = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "and", "dozen", "half",
}  # fmt: skip
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}  # fmt: skip


def spelled_year(words: list[str]) -> int | None:
    """ "two thousand and thirty two", "nineteen eighty six", "seventeen hundred thirty three"."""
    if not words or not all(w.isalpha() for w in words) or len(words) > 7:
        return None
    if words[0] in TEENS and len(words) >= 2:
        century = TEENS[words[0]]
        rest = words[1:]
        if rest[0] == "hundred":
            rest = rest[1:]
            if rest and rest[0] == "and":
                rest = rest[1:]
            if not rest:
                return century * 100
        if not rest or rest[0] in ("thousand",):
            return None
        v = parse_number(" ".join(rest))
        if v is None or not 0 < v < 100 or v != int(v):
            return None
        y = century * 100 + int(v)
        return y if 1000 <= y <= 2999 else None
    if words[0] in ("two", "one") and len(words) >= 2 and words[1] == "thousand":
        v = parse_number(" ".join(words))
        if v is not None and v == int(v) and 1000 <= v <= 2999:
            return int(v)
    return None


def year_of(words: list[str]) -> int | None:
    if len(words) == 1 and re.fullmatch(r"\d{4}", words[0]):
        y = int(words[0])
        return y if 1000 <= y <= 2999 else None
    return spelled_year(words)


# ---------------------------------------------------------------- absolute calendar dates


@dataclass(slots=True)
class Partial:
    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None
    ordinal: bool = False


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
    i, n = 0, len(words)
    while i < n:
        w = words[i]
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
            elif p.d is None and size <= 2 and (dd := day_of(piece)) is not None:
                p.d, p.ordinal = dd
                order.append("D")
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
    if p.d == -15:
        p.d = 15 if p.m in (3, 5, 7, 10) else 13
    return p


def to_date(p: Partial, year: int) -> dt.date | None:
    try:
        return dt.date(year, p.m or 1, p.d or 1)
    except (ValueError, TypeError):
        return None


def resolve_partial(
    p: Partial, ctx: Ctx, direction: str | None = None
) -> tuple[dt.date, str] | None:
    """Fill a partial date's missing year (or month) from the reference date."""
    grain = "day" if p.d else "month" if p.m else "year"
    d: dt.date | None  # to_date() may give None
    if p.m is None and p.d is not None:
        # "the 21st": a day of the reference month (or the next / previous one).
        if ctx.ref is None:
            return None
        base = ctx.ref.replace(day=1)
        for k in range(13):
            step = k if (direction or ctx.prefer) == "future" else -k
            cand = add_months(base, step)
            try:
                d = cand.replace(day=p.d)
            except ValueError:
                continue
            if (direction or ctx.prefer) == "future" and d >= ctx.ref:
                return d, "day"
            if (direction or ctx.prefer) != "future" and d <= ctx.ref:
                return d, "day"
        return None
    if p.y is not None:
        d = to_date(p, p.y)
        if d is None:
            return None
        return d, grain
    if ctx.ref is None:
        return None
    y = ctx.ref.year
    d = to_date(p, y)
    if d is None:
        # February 29 in a non-leap year: the nearest leap year in the preferred direction.
        for k in range(1, 8):
            yy = y + k if (direction or ctx.prefer) == "future" else y - k
            d = to_date(p, yy)
            if d is not None:
                return d, grain
        return None
    if direction == "future" and d <= ctx.ref:
        d = to_date(p, y + 1)
    elif direction == "past" and d >= ctx.ref:
        d = to_date(p, y - 1)
    elif p.wd is not None and grain == "day" and d.weekday() != p.wd:
        # "Fri, Jul 18": the next year where the weekday fits the date.
        for k in range(1, 12):
            later = to_date(p, y + k)
            if later is not None and later.weekday() == p.wd:
                return later, grain
    if d is None:
        return None
    return d, grain


# ---------------------------------------------------------------- relative expressions


def weekday_from(ref: dt.date, wd: int, mode: str) -> dt.date:
    if mode == "next_week":
        return week_start(ref) + dt.timedelta(days=7 + wd)
    if mode == "prev_week":
        return week_start(ref) - dt.timedelta(days=7 - wd)
    if mode == "this_week":
        return week_start(ref) + dt.timedelta(days=wd)
    if mode == "after":  # strictly after
        return ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
    if mode == "on_after":
        return ref + dt.timedelta(days=(wd - ref.weekday()) % 7)
    if mode == "before":  # strictly before
        return ref - dt.timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)  # on or before


def weekday_word(w: str) -> int | None:
    w = w.rstrip("s") if w.endswith("days") else w
    return WEEKDAYS.get(w)


def unit_period(ref: dt.date, unit: str, n: int) -> tuple[dt.date, str] | None:
    """The week / month / year / quarter n steps from the reference one."""
    if unit == "day":
        return ref + dt.timedelta(days=n), "day"
    if unit == "week":
        return week_start(ref) + dt.timedelta(weeks=n), "week"
    if unit == "month":
        return add_months(ref.replace(day=1), n), "month"
    if unit == "year":
        return dt.date(ref.year + n, 1, 1), "year"
    return None


def quarter_value(year: int, q: int, relative: bool = False) -> DateValue:
    return DateValue("range", f"{year}-{3 * q - 2:02d}/{year}-{3 * q:02d}", "quarter", relative)


def split_hedge(words: list[str]) -> list[str]:
    text = " ".join(words)
    for h in HEDGES:
        if text.startswith(h + " "):
            return words[len(h.split()) :]
    return words


def parse_duration(words: list[str]) -> DateValue | None:
    """ "three years", "30 days", "more than 40 years", "a decade", "three-day", "all week"."""
    if len(words) == 2 and words[0] == "all" and words[1] in ("week", "month", "year", "day"):
        return DateValue("duration", f"P1{DURATION_CODE[words[1]]}", None)
    core = split_hedge(words)
    if core and core[-1] == "old" and len(core) >= 3 and core[-2] == "-":
        core = core[:-2]  # "forty-year-old"
    if len(core) < 2 or core[-1] not in UNITS:
        return None
    unit = UNITS[core[-1]]
    num_words = core[:-1]
    if num_words and num_words[-1] == "-":
        num_words = num_words[:-1]  # "three-day"
    if len(num_words) >= 2 and num_words[0] == "a" and num_words[1] in ("few", "couple"):
        return None
    n = number([w for w in num_words if w != "-"]) if num_words else None
    if n is None or n <= 0:
        return None
    n *= DURATION_FACTOR.get(unit, 1)
    n_text = str(int(n)) if n == int(n) else f"{n:g}"
    return DateValue("duration", f"P{n_text}{DURATION_CODE[unit]}", None)


def count_unit(words: list[str]) -> tuple[float, str] | None:
    """ "two weeks", "3 days", "a week" -> (n, unit)."""
    if len(words) < 2 or words[-1] not in UNITS:
        return None
    n = number(words[:-1])
    if n is None or n <= 0:
        return None
    return n, UNITS[words[-1]]


def parse_relative(words: list[str], ctx: Ctx) -> DateValue | None:
    ref = ctx.ref
    n = len(words)
    d: dt.date | None  # shift() may give None
    if n == 0:
        return None
    if words[0] == "around" and n > 1:
        return parse_relative(words[1:], ctx)
    if ref is None:
        return None
    one = words[0] if n == 1 else None
    if one in ("today", "now"):
        return DateValue("date", ref.isoformat(), "day", True)
    if one in ("yesterday",):
        return DateValue("date", (ref - dt.timedelta(days=1)).isoformat(), "day", True)
    if one in ("tomorrow", "tmrw", "tmr"):
        return DateValue("date", (ref + dt.timedelta(days=1)).isoformat(), "day", True)
    if words in (["current", "date"], ["the", "current", "date"]):
        return DateValue("date", ref.isoformat(), "day", True)
    if words in (["the", "day", "before"], ["the", "day", "after"]):
        d = ref + dt.timedelta(days=1 if words[2] == "after" else -1)
        return DateValue("date", d.isoformat(), "day", True)
    if words == ["the", "day", "before", "yesterday"] or words == [
        "the",
        "day",
        "after",
        "tomorrow",
    ]:
        d = ref + dt.timedelta(days=2 if words[3] == "tomorrow" else -2)
        return DateValue("date", d.isoformat(), "day", True)
    # bare weekday: most recent one in past-tense context, coming one otherwise
    if n == 1 and (wd := WEEKDAYS.get(words[0])) is not None:
        mode = "on_after" if ctx.prefer == "future" else "on_before"
        return DateValue("date", weekday_from(ref, wd, mode).isoformat(), "day", True)
    if n == 1 and (wd := SHORT_WEEKDAYS.get(words[0])) is not None:
        mode = "on_after" if ctx.prefer == "future" else "on_before"
        return DateValue("date", weekday_from(ref, wd, mode).isoformat(), "day", True)
    # "earlier this year", "later this week"
    if words[0] in ("earlier", "later") and n >= 3 and words[1] in THIS_WORDS:
        return parse_relative(words[1:], ctx)
    # "the year", "the month", "the week"
    if n == 2 and words[0] == "the" and words[1] in ("year", "month", "week"):
        p = unit_period(ref, words[1], 0)
        return DateValue("date", fmt(*p), p[1], True) if p else None
    if words[0] == "the" and n >= 3 and words[1] in NEXT_WORDS | LAST_WORDS | THIS_WORDS:
        v = parse_relative(words[1:], ctx)
        if v is not None:
            return v
    # this/next/last + unit or weekday
    if n >= 2 and words[0] in NEXT_WORDS | LAST_WORDS | THIS_WORDS:
        rel = words[0]
        step = 1 if rel in NEXT_WORDS else -1 if rel in LAST_WORDS else 0
        rest = words[1:]
        if rest[0] in ("working", "business", "calendar") and len(rest) == 2:
            rest = rest[1:]
        if len(rest) == 1 and rest[0] in UNITS and UNITS[rest[0]] in ("week", "month", "year"):
            if rest[0].endswith("s"):
                return None  # "the coming weeks" is vague: vague expressions are no dates
            if rel == "past" and rest[0] != "year":
                return None
            p = unit_period(ref, UNITS[rest[0]], step)
            return DateValue("date", fmt(*p), p[1], True) if p else None
        if len(rest) == 1 and rest[0] == "quarter":
            q = (ref.month - 1) // 3 + step
            y, q = ref.year + (q // 4), q % 4
            return quarter_value(y, q + 1, True)
        if len(rest) == 1 and rest[0] in WEEKDAYS:
            wd = WEEKDAYS[rest[0]]
            rel_mode = {"next": "next_week", "previous": "prev_week", "last": "before",
                    "this": "on_after", "current": "this_week", "coming": "after",
                    "upcoming": "after", "following": "next_week", "past": "before"}.get(rel)  # fmt: skip
            if rel_mode is None:
                return None
            return DateValue("date", weekday_from(ref, wd, rel_mode).isoformat(), "day", True)
        if len(rest) == 2 and rest[0] == "upcoming" and rest[1] in WEEKDAYS:
            d = weekday_from(ref, WEEKDAYS[rest[1]], "after")
            return DateValue("date", d.isoformat(), "day", True)
        if rest[0] in ("week", "wk") and len(rest) == 2 and rest[1] in WEEKDAYS:
            d = week_start(ref) + dt.timedelta(weeks=step, days=WEEKDAYS[rest[1]])
            return DateValue("date", d.isoformat(), "day", True)
        # "upcoming two weeks" (the week two weeks on); "the past two years" (a span)
        cu = count_unit(rest)
        if cu and rel in ("upcoming",):
            p = unit_period(ref, cu[1], int(cu[0]))
            return DateValue("date", fmt(*p), p[1], True) if p else None
        if cu and rel in ("next", "past", "last", "coming", "previous"):
            other = shift(ref, cu[1], cu[0] if step > 0 else -cu[0])
            if other is None:
                return None
            a, b = (ref, other) if step > 0 else (other, ref)
            return DateValue("range", f"{a.isoformat()}/{b.isoformat()}", cu[1], True)
        # "next 5/12", "next 6th of April": the next such date
        v = parse_absolute_words(rest, ctx, "future" if step > 0 else "past" if step < 0 else None)
        if v is not None and v.granularity == "month" and v.value == f"{ref:%Y-%m}" and step:
            # "last August" said in August is a year ago; "next August" a year on
            return DateValue("date", f"{ref.year + step:04d}-{ref.month:02d}", "month", True)
        if v is not None and (step != 0 or (rel == "this" and v.granularity in ("day", "month"))):
            return v
        # "last easter", "next boss's day"
        v = parse_holiday(rest, ctx, "future" if step > 0 else "past" if step < 0 else None)
        if v is not None:
            return v
        return None
    # "two upcoming weeks"
    if n >= 3 and words[-2] == "upcoming":
        cu = count_unit(words[:-2] + words[-1:])
        if cu:
            p = unit_period(ref, cu[1], int(cu[0]))
            return DateValue("date", fmt(*p), p[1], True) if p else None
    if n == 2 and words[0] in ("this", "current") and words[1] in ("yr",):
        return DateValue("date", str(ref.year), "year", True)
    # "friday after next"
    if n == 3 and words[0] in WEEKDAYS and words[1:] == ["after", "next"]:
        d = weekday_from(ref, WEEKDAYS[words[0]], "after") + dt.timedelta(weeks=1)
        return DateValue("date", d.isoformat(), "day", True)
    # "tuesday of this week", "monday of the following week"
    if n >= 3 and words[0] in WEEKDAYS and words[1] in ("of", "in"):
        rest = words[2:]
        if rest[0] == "the":
            rest = rest[1:]
        if len(rest) == 2 and rest[1] == "week" and rest[0] in NEXT_WORDS | LAST_WORDS | THIS_WORDS:
            step = 1 if rest[0] in NEXT_WORDS else -1 if rest[0] in LAST_WORDS else 0
            d = week_start(ref) + dt.timedelta(weeks=step, days=WEEKDAYS[words[0]])
            return DateValue("date", d.isoformat(), "day", True)
    # "in two weeks", "in a week"
    if words[0] == "in" and n >= 3:
        cu = count_unit(words[1:])
        if cu:
            d = shift(ref, cu[1], cu[0])
            return DateValue("date", d.isoformat(), "day", True) if d else None
    # "three weeks from tomorrow", "3 years from today", "two weeks from now", "three weeks hence"
    for tail, base_shift in ((["from", "now"], 0), (["from", "today"], 0), (["hence"], 0),
                             (["from", "tomorrow"], 1), (["from", "tmrw"], 1), (["later"], 0),
                             (["ago"], 0), (["back"], 0), (["before"], 0), (["earlier"], 0)):  # fmt: skip
        k = len(tail)
        if n > k + 1 and words[-k:] == tail:
            body = words[:-k]
            sign = -1 if tail[0] in ("ago", "back", "before", "earlier") else 1
            if tail[0] in ("later", "before", "earlier") and n == k + 2 and body[0] in ("a", "an"):
                return None
            base = ref + dt.timedelta(days=base_shift)
            cu = count_unit(body)
            if cu:
                d = shift(base, cu[1], sign * cu[0])
                return DateValue("date", d.isoformat(), "day", True) if d else None
            # "3 fridays from now", "2 thursdays ago"
            if len(body) >= 2 and (wd := weekday_word(body[-1])) is not None:
                c = number(body[:-1])
                if c is None or c != int(c) or c < 1:
                    return None
                if sign > 0:
                    d = weekday_from(base, wd, "after") + dt.timedelta(weeks=int(c) - 1)
                else:
                    d = weekday_from(base, wd, "before") - dt.timedelta(weeks=int(c) - 1)
                return DateValue("date", d.isoformat(), "day", True)
            # "Monday two weeks from now", "Thursday, two year from now"
            if len(body) >= 3 and body[0] in WEEKDAYS:
                rest = body[1:]
                if rest[0] == ",":
                    rest = rest[1:]
                cu = count_unit(rest)
                if cu:
                    d = shift(base, cu[1], sign * cu[0])
                    if d:
                        d = week_start(d) + dt.timedelta(days=WEEKDAYS[body[0]])
                        return DateValue("date", d.isoformat(), "day", True)
            return None
    # "two months after next Friday", "three days after Easter", "3 weeks after January 15th"
    for j in range(2, n - 1):
        if words[j] in ("after", "before") and (cu := count_unit(words[:j])):
            anchor = parse_words(words[j + 1 :], ctx)
            if anchor is None or anchor.kind != "date" or anchor.granularity != "day":
                return None
            base = dt.date.fromisoformat(anchor.value)  # type: ignore[arg-type]
            d = shift(base, cu[1], cu[0] if words[j] == "after" else -cu[0])
            return DateValue("date", d.isoformat(), "day", True) if d else None
    return None


# ---------------------------------------------------------------- ordinal periods


ORD_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2,
             "3rd": 3, "4th": 4, "5th": 5, "last": -1}  # fmt: skip


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
    what = words[1 + k]
    if words[2 + k] not in ("of", "in") or len(words) < 4 + k:
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
        if what == "week":
            # the nth week starting on a Monday in the month; the last one ending in it
            d = nth_weekday(y, m, 0, nth) if nth > 0 else nth_weekday(y, m, 6, nth)
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


# ---------------------------------------------------------------- holidays


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
    name = " ".join(w.replace("'", "") for w in words if w not in (".", "-", "–"))
    row = holidays().get(name)
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


# ---------------------------------------------------------------- ranges


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


def expand(p: Partial, y: int) -> tuple[dt.date, dt.date, str] | None:
    try:
        if p.d is not None and p.m is not None:
            d = dt.date(y, p.m, p.d)
            return d, d, "day"
        if p.m is not None:
            return dt.date(y, p.m, 1), dt.date(y, p.m, calendar.monthrange(y, p.m)[1]), "month"
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    except ValueError:
        return None


GRAIN_RANK = {"day": 0, "month": 1, "year": 2}


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


def parse_range(ws: list[str], ctx: Ctx) -> DateValue | None:
    """ "July 13-15", "from 13 to 15 July", "2014 through May 2018", "between Jan 2019 and today"."""
    words = ws
    lead = None
    if words and words[0] in ("from", "between"):
        lead, words = words[0], words[1:]
    n = len(words)
    for k in range(1, n - 1):
        c = words[k]
        if c not in CONNECTORS or (c == "and") != (lead == "between"):
            continue
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


# ---------------------------------------------------------------- entry points


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
    # "week 1"
    if len(words) == 2 and words[0] == "week" and words[1].isdigit() and ctx.ref is not None:
        w = int(words[1])
        if 1 <= w <= 53:
            return DateValue("date", f"{ctx.ref.year}-W{w:02d}", "week", True)
    # "January first two thousand and thirty two"
    return None


@lru_cache(maxsize=4096)
def parse_expression(
    text: str, reference: dt.date | None, prefer: str = "past", date_order: str = "MDY"
) -> DateValue | None:
    """Read one whole date expression with the grammar above; None if no rule reads it all."""
    ctx = Ctx(reference, prefer, date_order)
    words = [t for _s, _e, t in tokens(text)]
    words = [w for w in words if w != "."]
    if len(words) > 16:
        return None
    return parse_words(words, ctx)
