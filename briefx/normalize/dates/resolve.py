"""Date arithmetic and resolution against the reference date: shifting by units, weeks,
nth weekdays, Easter and the holiday table, and turning a ``Partial`` into real dates
(the year the reference date implies, the past or future reading).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt

from briefx.normalize.dates.value import Ctx, DateValue, Partial


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
        if n != int(n):  # "1.5 years ago": whole months back, else no date
            months = n * {"year": 12, "decade": 120, "century": 1200}.get(unit, 0)
            return add_months(d, int(months)) if months and months == int(months) else None
        if unit == "month":
            return add_months(d, int(n))
        if unit == "year":
            return add_months(d, 12 * int(n))
        if unit == "decade":
            return add_months(d, 120 * int(n))
        if unit == "century":  # "a century ago", "two centuries from now"
            return add_months(d, 1200 * int(n))
    except (OverflowError, ValueError):
        return None
    return None


def week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def nth_week_of(first: dt.date, last: dt.date, n: int) -> dt.date | None:
    """The Thursday of the ``n``-th week (``-1``: the last) of the period ``first``..``last``.

    The one reading of "the first week of July", "the last week of September 2014" and "the
    second week of next month" (the word grammar and the composing grammar both call it): the
    weeks of a period are the ISO weeks whose Thursday falls in it, as ISO 8601 gives weeks to
    years, so the first week holds the period's first Thursday. None when there is no such week.
    """
    if n > 0:
        d = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * (n - 1))
    elif n < 0:
        d = last - dt.timedelta(days=(last.weekday() - 3) % 7 + 7 * (-n - 1))
    else:
        return None
    return d if first <= d <= last else None


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
        # "the 21st": a day of the reference month (or the next / previous one); "Tuesday
        # the 22nd": the nearest month, that way, whose 22nd is a Tuesday.
        if ctx.ref is None:
            return None
        base = ctx.ref.replace(day=1)
        for k in range(13 if p.wd is None else 29):
            step = k if (direction or ctx.prefer) == "future" else -k
            cand = add_months(base, step)
            try:
                d = cand.replace(day=p.d)
            except ValueError:
                continue
            if p.wd is not None and d.weekday() != p.wd:
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
        # "Fri, Jul 18": the next year, where the weekday fits the date there; further off,
        # the explicit date wins over the weekday (ANNOTATION.md), in the reference year.
        for k in range(1, 2):
            later = to_date(p, y + k)
            if later is not None and later.weekday() == p.wd:
                return later, grain
    if d is None:
        return None
    return d, grain


def begun_not_over(start: dt.date, last: dt.date, ref: dt.date) -> bool:
    """A range of months from ``start`` to the month that holds ``last`` has begun by ``ref``
    but is not over, and ``ref`` lies before its last month: a clause about the past tells of
    the most recent such range that is over, last year's ("Exports rose from January to
    November", in February). In its last month the range stays (a release about a period
    about to close). The one test of the word grammar's and the composing grammar's month
    ranges (session 35)."""
    return start <= ref < last.replace(day=1)


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
