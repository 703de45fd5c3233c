"""The words dates are made of: months, weekdays, units, hedges, relative words, connectors,
holidays, spelled numbers and years; and the tokeniser the grammar and the dates stage share.
Word lists with a home in ``models/`` (months, number words, hedges) come from
``briefx.resources``; the ones only dates use live here.
"""

from __future__ import annotations

import calendar
import re
from functools import cache
from itertools import pairwise

from briefx.normalize.numbers import parse_number, parse_ordinal
from briefx.resources import hedges, months, number_words, read_jsonl

TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+(?:st|nd|rd|th)?|[^\s\w]", re.IGNORECASE)
MONTHS = months()
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
SHORT_WEEKDAYS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip
# A phrase that is only a weekday, "Tuesday" or "on Tuesday" (search it, or fullmatch it).
WEEKDAY_PHRASE = re.compile(r"(?:on )?(?:" + "|".join(WEEKDAYS) + ")", re.IGNORECASE)
UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "month": "month", "months": "month", "mo": "month", "year": "year", "years": "year",
    "yr": "year", "yrs": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "fortnight": "fortnight",
}  # fmt: skip
DURATION_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y", "century": "Y",
                 "fortnight": "W"}  # fmt: skip
# a fortnight is two weeks, written in weeks as the annotators write it ("P2W"; session 24)
DURATION_FACTOR = {"decade": 10, "century": 100, "fortnight": 2}
# Longest first, so a phrase wins over a shorter one it starts with.
HEDGES = sorted((r["phrase"] for r in hedges("durations")), key=lambda h: -len(h))
NEXT_WORDS = {"next", "following", "coming", "upcoming"}
LAST_WORDS = {"last", "previous", "past", "preceding"}
THIS_WORDS = {"this", "current", "present"}
CONNECTORS = {"to", "through", "thru", "till", "til", "until", "-", "–", "—", "and"}
FILLERS = {",", "of", "the", "-", "/", ".", "in"}
# words before a length of time that make it a length, not an offset: in "will take six weeks
# from April 1", "closed for three months from January", "from" opens the period's start, a
# date of its own ("a week from Friday" is one date)
LENGTH_LEADS = {"for", "take", "takes", "took", "taken", "taking", "last", "lasts", "lasted",
                "lasting", "span", "spans", "spanned", "spanning"}  # fmt: skip


@cache
def holidays() -> dict[str, dict]:  # type: ignore[type-arg]
    """Holiday name -> rule row: computed ones (holidays.jsonl) and dated lunar ones
    (lunar_holidays.jsonl, made by scripts/make_lunar_holidays.py)."""
    table: dict[str, dict] = {}
    for file in ("holidays.jsonl", "lunar_holidays.jsonl"):
        for row in read_jsonl(file):
            for name in row["names"]:
                table.setdefault(name, row)
    # the world's public holidays (world_holidays.jsonl, scripts/make_world_holidays.py): a name
    # every country dates alike, read in any text; the tables above win where both name a day
    for row in read_jsonl("world_holidays.jsonl"):
        if "country" not in row:
            for name in row["names"]:
                table.setdefault(name, {**row, "whole": True})
    return table


@cache
def country_holidays() -> dict[str, dict[str, dict]]:  # type: ignore[type-arg]
    """Holiday name -> {country (ISO 3166 alpha-2): rule row} of the names countries date
    differently ("independence day", "national day"; world_holidays.jsonl)."""
    table: dict[str, dict[str, dict]] = {}  # type: ignore[type-arg]
    for row in read_jsonl("world_holidays.jsonl"):
        if "country" in row:
            for name in row["names"]:
                table.setdefault(name, {})[row["country"]] = {**row, "whole": True}
    return table


def holiday_row(name: str, country: str | None = None) -> dict | None:  # type: ignore[type-arg]
    """The rule row of a holiday's name in the text's country (ISO 3166 alpha-2, None where
    the text names none): that country's own where the name is one several countries date
    differently ("Independence Day" of India is 15 August), else in a text about another
    country the day most countries keep ("Labor Day" of Manila is 1 May, of Ohio September's
    first Monday), else the one row every text reads (holidays()), else None. A lunar feast
    keeps lunar_holidays.jsonl's dates (1900-2100; a country's own in the world table cover
    only the years its law has)."""
    row = holidays().get(name)
    if country is None or (row is not None and row["rule"] == "table" and not row.get("whole")):
        return row
    own = country_holidays().get(name, {}).get(country)
    if own is not None:
        return own
    return _world_rows().get(name, row)


@cache
def _world_rows() -> dict[str, dict]:  # type: ignore[type-arg]
    """Name -> the world table's row read in any text (the day most countries keep)."""
    return {
        name: {**row, "whole": True}
        for row in read_jsonl("world_holidays.jsonl")
        if "country" not in row
        for name in row["names"]
    }


# words whose possessive is a date's ("Sunday's vote", "last year's plan", "today's talks"):
# the "'s" is split off, so it stays outside the span as ANNOTATION.md has it
POSSESSIVE_STEMS = {"today", "yesterday", "tomorrow", "tonight", "weekend"}  # "last weekend's race"


@cache
def _holiday_possessives() -> frozenset[tuple[str, str]]:
    """(word before, "xs") pairs inside holiday names, written without the apostrophe
    ("new", "years"): "New Year's Day" keeps its "year's" whole."""
    out = set()
    for name in holidays():
        words = name.lower().replace("'", "").split()
        out |= {(a, b) for a, b in pairwise(words) if b.endswith("s")}
    return frozenset(out)


def tokens(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in TOKEN.finditer(text)]
    if "'s" not in text and "’s" not in text:
        return out
    split: list[tuple[int, int, str]] = []
    for k, (s, e, w) in enumerate(out):
        stem = w[:-2]
        if (
            w.endswith("'s")
            and (stem in POSSESSIVE_STEMS or stem in WEEKDAYS or stem in MONTHS or stem in UNITS)
            and (out[k - 1][2] if k else "", stem + "s") not in _holiday_possessives()
        ):
            split += [(s, e - 2, stem), (e - 2, e, "'s")]
        else:
            split.append((s, e, w))
    return split


DECIMAL = re.compile(r"\d{1,4}\.\d{1,3}")


def number(words: list[str]) -> float | None:
    """A cardinal in digits or words ("3", "three", "twenty five", "a")."""
    if not words:
        return None
    if len(words) == 1 and words[0] in ("a", "an", "one"):
        return 1
    if (
        len(words) >= 2
        and words[-1] == "of"
        and words[-2] in GROUP_WORDS
        and words[:-2] in ([], ["a"])
    ):
        return GROUP_WORDS[words[-2]]  # "a couple of weeks", "the past couple of years"
    if any(w in ("a", "an", ",", "-") for w in words) or len(words) > 4:
        return None
    if len(words) == 1 and DECIMAL.fullmatch(words[0]):
        return float(words[0])  # "2.5" (years), kept whole by the grammar's reader
    if len(words) == 1 and not words[0].isdigit() and not words[0].isalpha():
        return None
    if not all(w.isdigit() or w in NUM_VOCAB for w in words):
        return None
    v = parse_number(" ".join(words))
    return float(v) if v is not None else None


def day_of(words: list[str]) -> tuple[int, bool] | None:
    """A day of month: "13", "13th", "first", "twenty first", "twenty-second", "twenty five"
    -> (day, ordinal)."""
    if len(words) == 3 and words[1] == "-" and words[0].isalpha() and words[2].isalpha():
        # "twenty-second": an ordinal in words, hyphenated (a hyphenated cardinal is a count:
        # "May 22 - Twenty-three of the 27 states")
        o = parse_ordinal(f"{words[0]} {words[2]}")
        return (o, True) if o is not None and 1 <= o <= 31 else None
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


NUM_VOCAB = set(number_words("small", "tens")) | {"hundred", "thousand", "and", "dozen", "half"}
GROUP_WORDS = number_words("group")  # "a couple of weeks": a count noun
TEENS = {w: v for w, v in number_words("small", "tens").items() if 10 <= v <= 20}
ZERO_WORDS = ("oh", "o")  # the zero of a year said aloud ("nineteen oh five")


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
        if len(rest) == 2 and rest[0] in ZERO_WORDS:  # "nineteen oh five": 1905
            rest = rest[1:]
            if (v := parse_number(rest[0])) is None or not 1 <= v <= 9:
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


def weekday_word(w: str) -> int | None:
    w = w.rstrip("s") if w.endswith("days") else w
    return WEEKDAYS.get(w)


def split_hedge(words: list[str]) -> list[str]:
    text = " ".join(words)
    for h in HEDGES:
        if text.startswith(h + " "):
            return words[len(h.split()) :]
    return words


def count_unit(words: list[str]) -> tuple[float, str] | None:
    """ "two weeks", "3 days", "a week" -> (n, unit)."""
    if len(words) < 2 or words[-1] not in UNITS:
        return None
    n = number(words[:-1])
    if n is None or n <= 0:
        return None
    return n, UNITS[words[-1]]


# The nth weekday of a month ("the second Tuesday of May"): first to fifth, or the last (-1).
ORD_WORDS = {w: v for w, v in number_words("ordinal").items() if v <= 5 and w != "nineth"}
ORD_WORDS |= {f"{v}{s}": v for v, s in ((1, "st"), (2, "nd"), (3, "rd"), (4, "th"), (5, "th"))}
ORD_WORDS["last"] = ORD_WORDS["final"] = -1  # "the final Friday of June", "the final day of 2024"


@cache
def territory_date_order(code: str) -> str | None:
    """How a country writes a short numeric date, from CLDR (babel): "MDY" ("US", "PH"),
    "DMY" ("GB", "IN", "KE"), "YMD" ("JP", "CA" in CLDR's English); None for an unknown code.
    The locale is the territory's English one where CLDR has it, else its first language's."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(f"en_{code}")
    except (UnknownLocaleError, ValueError):
        try:
            locale = Locale.parse(f"und_{code}")
        except (UnknownLocaleError, ValueError):
            return None
    if locale.territory != code:
        return None  # "ZZ" (unknown region) comes back as en_US
    pattern = locale.date_formats["short"].pattern
    order = "".join(dict.fromkeys(c for c in pattern if c in "yMd")).upper()
    return order if order in ("MDY", "DMY", "YMD") else None
