"""Whole-span regular-expression readers: numeric dates (13.02.2025, 2/3/2025, ISO),
fiscal years, quarters, halves, seasons, decades and year or day ranges.
"""

from __future__ import annotations

import datetime as dt
import re

from briefx.normalize.dates.lexicon import MONTHS
from briefx.normalize.dates.value import DateValue
from briefx.resources import number_words

YEAR = re.compile(r"((?:1[5-9]|20|21)\d\d)")
DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")  # day first ("13.02.2025")
# slashed, or dashed with a four-digit year ("10-26-2026"): read by the date order
SLASHED = re.compile(r"(\d{1,4})/(\d{1,2})/(\d{1,4})|(\d{1,2})-(\d{1,2})-(\d{4})")
ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
DECADE = re.compile(
    r"(?:the )?(?:(?:early|mid|late)[- ])?((?:1[5-9]|20)\d)0(?:s|'s)", re.IGNORECASE
)
# "the 19th century", "the late 19th century", "the twelfth century": its hundred years as "the
# 1800s" is read (the 19th century -> 1800/1899), a hedge inside the span keeping that value
CENTURY = re.compile(
    r"(?:the )?(?:(?:early|mid|late)[- ])?(?:(\d{1,2})(?:st|nd|rd|th)|([a-z]+(?:-[a-z]+)?))[- ]century",
    re.IGNORECASE,
)
FISCAL = re.compile(
    r"(?:(?:U\.?S\.? )?fiscal year|fiscal|FY)\s?(?:\(FY\)\s?)?(\d{4}|\d{2})", re.IGNORECASE
)
# "2019/20", "2019-20": a UK / Indian / Japanese April-March fiscal or tax year, read at month
# precision ("2019-04/2020-03"; ANNOTATION.md). Dashed, the second year must be the next one and
# no month ("2011-12" is December 2011, read before this); "2015-19" is a span of years
SPLIT_YEAR = re.compile(r"((?:19|20)\d\d)(?:/|[-–](?=1[3-9]|[2-9]\d))(\d\d)")
# "the 2025-26 fiscal year", "fiscal 2025-26", "FY2025/26", "the financial year 2025-26": a
# split year named as a fiscal or tax year is April-March, written with either mark
FISCAL_SPLIT = re.compile(
    r"(?:the )?(?:(?:(?:fiscal|financial|tax) year|fiscal|FY) ?((?:19|20)\d\d)[-/–](\d\d)"
    r"|((?:19|20)\d\d)[-/–](\d\d) (?:fiscal|financial|tax) year)",
    re.IGNORECASE,
)
# "the 2026 season", "the 2025-26 season": a sports or business season, its calendar years
SEASON_YEARS = re.compile(
    r"the ((?:19|20)\d\d)(?:[-/–](\d\d|(?:19|20)\d\d))? season", re.IGNORECASE
)
# "the winter of 2025-26", "winter 2025/26": December to February across the two years
WINTER_SPLIT = re.compile(r"(?:the )?winter(?: of)? ((?:19|20)\d\d)[-/–](\d\d)", re.IGNORECASE)
# "Q3 2025", "3Q 2025", "3Q25", "Q3 '25", "Q3/2025": analysts' forms; a two-digit year only
# glued to the quarter or after an apostrophe ("Q3 25" may be a count)
QUARTER = re.compile(
    r"(?:the )?(?:Q([1-4])|([1-4])Q|(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|qtr\.?)(?: of)?)"
    r"(?:\s?/?((?:19|20)\d\d)|(?<=[Qq])(\d\d)|\s?'(\d\d))?",
    re.IGNORECASE,
)
# "2015 Q3", "2015-Q3", "2015Q3", "18Q4": the year first, as statistical tables and analysts
# write it (a two-digit year only glued to the quarter)
YEAR_QUARTER = re.compile(r"(?:((?:19|20)\d\d)[ -]?|(\d\d))Q([1-4])", re.IGNORECASE)
SEASON = re.compile(
    r"(?:the )?(?:(this|last|next|past|previous|coming) )?(spring|summer|autumn|fall|winter)"
    r"(?: of)?\s*((?:19|20)\d\d)?",
    re.IGNORECASE,
)
# "the first half of 2022", "H2 2023", "the second half of the year"
HALF_YEAR = re.compile(
    r"(?:the )?(?:(first|second) half of (?:the year|(this|last|next) year|((?:19|20)\d\d))"
    r"|H([12]) ((?:19|20)\d\d)|([12])H ?((?:19|20)\d\d)|([12])H(\d\d)"
    r"|(first|second)-half ((?:19|20)\d\d)|H([12]))",  # "H2" alone: the reference year's
    re.IGNORECASE,
)
# "late 2026", "mid-August", "early next year": the modifier stays in the span, the value is
# the year or month, as "the early 1990s" keeps the decade's value (like a hedge in a figure)
# ("end-June", "end-2027": the wire's "by the end of"; written with a hyphen only)
PERIOD_HEDGE = re.compile(r"(early|mid|late)(?:-| )(?=\S)|(end)-(?=\w)", re.IGNORECASE)
SEASON_MONTHS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
ORDINALS = number_words("ordinal")
QUARTER_WORDS = {w: v for w, v in ORDINALS.items() if v <= 4}  # first..fourth
QUARTER_WORDS |= {f"{v}{s}": v for v, s in ((1, "st"), (2, "nd"), (3, "rd"), (4, "th"))}  # "4th"
TENS = number_words("tens")


def ordinal_word(word: str) -> int | None:
    """ "nineteenth" -> 19, "twenty-first" -> 21 (tens and an ordinal unit); None otherwise."""
    if word in ORDINALS:
        return ORDINALS[word]
    tens, _, unit = word.partition("-")
    if tens in TENS and ORDINALS.get(unit, 10) < 10:
        return TENS[tens] + ORDINALS[unit]
    return None


YEAR_RANGE = re.compile(
    r"(?:from )?((?:19|20)\d\d)\s*(?:-|–|to|through|until)\s*((?:19|20)\d\d|\d\d)"
    r"|between ((?:19|20)\d\d) and ((?:19|20)\d\d|\d\d)",
    re.IGNORECASE,
)
DAY_RANGE = re.compile(
    r"(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})|"
    r"([A-Za-z]+)\.?\s+(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2}),?\s+(\d{4})"
)


def season_year(ref: dt.date, a: int, b: int, rel: str) -> int:
    """The year a season named without one starts in ("last summer" in March 2025 -> 2024)."""
    year = ref.year
    if b < a and ref.month <= b:
        year -= 1  # "this winter" in January: the winter that began in December
    if rel in ("last", "past", "previous"):
        end = dt.date(year + (1 if b < a else 0), b, 1)
        if (ref.year, ref.month) <= (end.year, end.month):
            year -= 1  # the season is not over yet: the one before
    elif rel in ("next", "coming") and (ref.year, ref.month) >= (year, a):
        year += 1
    return year


def iso_day(d: dt.date) -> str:
    return d.isoformat()


def iso_year(y: int) -> str:
    return f"{y:04d}"


def _two_digit_year(text: str) -> int:
    y = int(text)
    return y + (2000 if y < 70 else 1900) if len(text) == 2 else y


def parse_numeric(text: str, date_order: str = "MDY") -> DateValue | None:
    """Parse "13.02.2025" (day-first), "2025-02-13", and slashed dates by ``date_order``."""
    m = ISO_DAY.fullmatch(text)
    if m:
        try:
            return DateValue("date", iso_day(dt.date(*map(int, m.groups()))), "day")
        except ValueError:
            return None
    m = DOTTED.fullmatch(text)
    if m and "/" not in text:
        d, mo, y = int(m.group(1)), int(m.group(2)), _two_digit_year(m.group(3))
        try:
            return DateValue("date", iso_day(dt.date(y, mo, d)), "day")
        except ValueError:
            return None
    m = SLASHED.fullmatch(text)
    if m:
        a, b, c = m.groups()[:3] if m.group(1) else m.groups()[3:]
        readings = []
        for order in dict.fromkeys([date_order, "MDY", "DMY", "YMD"]):
            parts = dict(zip(order, (a, b, c), strict=True))
            if len(parts["Y"]) not in (2, 4):
                continue
            try:
                readings.append(
                    dt.date(_two_digit_year(parts["Y"]), int(parts["M"]), int(parts["D"]))
                )
            except ValueError:
                continue
        if not readings:
            return None
        distinct = {r for r in readings}
        return DateValue("date", iso_day(readings[0]), "day", ambiguous=len(distinct) > 1)
    return None


def parse_interval(text: str, reference: dt.date | None) -> DateValue | None:
    """Parse quarters, seasons, fiscal years, decades and year or day ranges."""
    t = text.strip()
    m = FISCAL.fullmatch(t)
    if m:
        y = _two_digit_year(m.group(1))
        return DateValue("range", f"{y - 1}-10-01/{y}-09-30", "year")
    m = FISCAL_SPLIT.fullmatch(t)
    if m:
        y, yy = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
        return DateValue("range", f"{y}-04/{y + 1}-03", "month") if (y + 1) % 100 == yy else None
    m = SEASON_YEARS.fullmatch(t)
    if m:
        y, end = int(m.group(1)), m.group(2)
        if not end:
            return DateValue("date", str(y), "year")
        y2 = int(end) if len(end) == 4 else y - y % 100 + int(end)
        return DateValue("range", f"{y}/{y2}", "year") if y2 == y + 1 else None
    m = WINTER_SPLIT.fullmatch(t)
    if m:
        y = int(m.group(1))
        return (
            DateValue("range", f"{y}-12/{y + 1}-02", "season")
            if (y + 1) % 100 == int(m.group(2))
            else None
        )
    m = SPLIT_YEAR.fullmatch(t)
    if m and (int(m.group(1)) + 1) % 100 == int(m.group(2)):
        y = int(m.group(1))
        return DateValue("range", f"{y}-04/{y + 1}-03", "month")
    m = DECADE.fullmatch(t)
    if m:
        start = int(m.group(1)) * 10
        if start % 100 == 0 and start < 2000:  # "the 1800s", "the early 1900s": a century
            return DateValue("range", f"{start}/{start + 99}", "decade")
        return DateValue("range", f"{start}/{start + 9}", "decade")
    m = CENTURY.fullmatch(t)
    if m:
        nth = int(m.group(1)) if m.group(1) else ordinal_word(m.group(2).lower())
        if nth is not None and 1 <= nth <= 21:
            start = (nth - 1) * 100
            return DateValue("range", f"{start:04d}/{start + 99:04d}", "century")
        return None
    m = QUARTER.fullmatch(t)
    if m:
        q = int(m.group(1) or m.group(2) or QUARTER_WORDS[m.group(3).lower()])
        short = m.group(5) or m.group(6)
        given = int(m.group(4)) if m.group(4) else 2000 + int(short) if short else None
        year = given if given else (reference.year if reference else None)
        if year is None:
            return DateValue("range", None, "quarter", relative=True)
        return DateValue(
            "range",
            f"{year}-{3 * q - 2:02d}/{year}-{3 * q:02d}",
            "quarter",
            relative=not given,
        )
    m = YEAR_QUARTER.fullmatch(t)
    if m:
        year, q = int(m.group(1) or f"20{m.group(2)}"), int(m.group(3))
        return DateValue("range", f"{year}-{3 * q - 2:02d}/{year}-{3 * q:02d}", "quarter")
    m = SEASON.fullmatch(t)
    if m and not (m.group(1) and m.group(3)):
        season = m.group(2).lower()
        year = int(m.group(3)) if m.group(3) else (reference.year if reference else None)
        if year is None:
            return DateValue("range", None, "season", relative=True)
        a, b = SEASON_MONTHS[season]
        if reference is not None and not m.group(3):
            year = season_year(reference, a, b, (m.group(1) or "this").lower())
        end_year = year + 1 if b < a else year
        return DateValue(
            "range", f"{year}-{a:02d}/{end_year}-{b:02d}", "season", relative=not m.group(3)
        )
    m = HALF_YEAR.fullmatch(t)
    if m:
        first = (m.group(1) or m.group(10) or "").lower() == "first"
        half = 1 if first or "1" in (m.group(4), m.group(6), m.group(8), m.group(12)) else 2
        half_year = (
            m.group(3)
            or m.group(5)
            or m.group(7)
            or m.group(11)
            or (m.group(9) and f"20{m.group(9)}")
        )
        if half_year:
            year = int(half_year)
        elif reference is None:
            return DateValue("range", None, "month", relative=True)
        else:
            rel = (m.group(2) or "this").lower()
            year = reference.year + {"last": -1, "next": 1}.get(rel, 0)
        a = 1 if half == 1 else 7
        return DateValue(
            "range", f"{year}-{a:02d}/{year}-{a + 5:02d}", "month", relative=not half_year
        )
    m = YEAR_RANGE.fullmatch(t)
    if m:
        y1 = int(m.group(1) or m.group(3))
        y2s = m.group(2) or m.group(4)
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if y2 > y1:
            return DateValue("range", f"{y1}/{y2}", "year")
    m = DAY_RANGE.fullmatch(t)
    if m:
        if m.group(1):
            d1, d2, mon, y_text = m.group(1), m.group(2), m.group(3), m.group(4)
        else:
            mon, d1, d2, y_text = m.group(5), m.group(6), m.group(7), m.group(8)
        mo = MONTHS.get(mon.lower().rstrip("."))
        if mo:
            try:
                a_ = dt.date(int(y_text), mo, int(d1))
                b_ = dt.date(int(y_text), mo, int(d2))
            except ValueError:
                return None
            return DateValue("range", f"{iso_day(a_)}/{iso_day(b_)}", "day")
    return None
