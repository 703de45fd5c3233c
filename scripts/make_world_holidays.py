"""Generate models/world_holidays.jsonl: the public holidays of the world's countries, by name.

Source: the ``holidays`` package (MIT, vacanza/holidays; the version is printed in the table's
header), which knows the public holidays of about 150 countries for any year, Islamic and
lunisolar ones included. briefx does not import it at run time (measured in session 38:
``import holidays`` takes 0.07 s and one country's ten years another 0.07 s, against briefx's
start-up budget); this script derives a table once (``pip install holidays`` then
``python scripts/make_world_holidays.py``).

For every country with English names (``language="en_US"``, else its own English default)
and every holiday of the years 1990-2040, the script finds how the date is computed: the same
month and day every year (``fixed``), the n-th (or last) weekday of a month (``nth``), a fixed
offset from Western or Orthodox Easter (``easter``, ``orthodox``), else the dates themselves
(``table``, the first day of a holiday of several days). Rows as in holidays.jsonl
(``briefx.normalize.dates.resolve.holiday_date`` computes them) plus ``"country"`` (ISO 3166
alpha-2). A name two in three of the countries that have it date the same way gets a row without
``country`` (read in any text) and the other countries' own rows; a name countries date
differently ("National Day", "Republic Day") is read only in a text about one of them (the
dates stage's country).
Names lower case, apostrophes and dots dropped, hyphens as spaces, as parse_holiday looks
them up; names of one word are left out (matched whole in any text, "Assumption", "Carnival"
are ordinary words too), as are observed, substitute and bridge days, plural "holidays" (a
period), and days kept in fewer than three years (one-off events).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import holidays
from dateutil.easter import EASTER_ORTHODOX, easter

OUT = Path(__file__).resolve().parent.parent / "models" / "world_holidays.jsonl"
YEARS = range(1990, 2041)
SKIP = re.compile(
    r"observed|substitute|bridge|day off|estimated|\bholiday\b(?! weekend)|\(|in lieu|eve of|"
    r"^day after|^the day after|election|referendum|funeral|coronation|jubilee|\bfrom\b|\bto\b|"
    r"holidays|mourning|census|visit|wedding|burial|cremation|beatification|canonization|"
    r"celebrations|world cup|victory against|changeover|^tt ",
    re.IGNORECASE,
)
KEEP_HOLIDAY = re.compile(r"bank holiday", re.IGNORECASE)  # "Spring Bank Holiday" is a day's name


def norm(name: str) -> str:
    name = name.lower().replace("'", "").replace("’", "").replace(".", "")
    name = re.sub(r"[-–,]", " ", name)
    return " ".join(name.split())


def rule_of(dates: list[dt.date]) -> dict:  # type: ignore[type-arg]
    """The simplest rule that gives every date (one date a year). A day kept on the same month
    and day in three years of four, the latest among them, is that day's (Ukraine's
    Independence Day, 24 August, is no public holiday under martial law from 2022, and its
    first year was another day: the day a text names is still 24 August)."""
    days = [(d.month, d.day) for d in dates]
    usual = max(sorted(set(days)), key=days.count)
    if days.count(usual) * 4 >= len(days) * 3 and days[-1] == usual:
        return {"rule": "fixed", "month": usual[0], "day": usual[1]}
    if len({d.month for d in dates}) == 1 and len({d.weekday() for d in dates}) == 1:
        ns = {(d.day - 1) // 7 + 1 for d in dates}
        last = {(d + dt.timedelta(days=7)).month != d.month for d in dates}
        if len(ns) == 1:
            return {"rule": "nth", "month": dates[0].month, "weekday": dates[0].weekday(),
                    "n": ns.pop()}  # fmt: skip
        if last == {True}:
            return {"rule": "nth", "month": dates[0].month, "weekday": dates[0].weekday(), "n": -1}
    for kind, method in (("easter", 3), ("orthodox", EASTER_ORTHODOX)):
        offsets = {(d - easter(d.year, method)).days for d in dates}
        if len(offsets) == 1:
            return {"rule": kind, "offset": offsets.pop()}
    return {"rule": "table", "dates": [d.isoformat() for d in dates]}


def names_by_year(code: str, lang: str | None, subdiv: str | None) -> dict[str, dict[int, dt.date]]:
    """Name -> {year: first date} of one country (or one of its subdivisions) in a language."""
    cal = holidays.country_holidays(code, subdiv=subdiv, years=YEARS, language=lang)
    firsts: dict[str, dict[int, dt.date]] = defaultdict(dict)
    for d, names in sorted(cal.items()):
        for raw in names.split("; "):
            if SKIP.search(raw) and not KEEP_HOLIDAY.search(raw):
                continue
            name = norm(raw)
            if len(name.split()) < 2 or not re.fullmatch(r"[a-z0-9 ]+", name):
                continue
            firsts[name].setdefault(d.year, d)  # a holiday of several days: its first
    # a day kept in fewer than three years is an event's (a state funeral, a census, a cup
    # won): a text naming it names the event, not a holiday of any other year
    return {name: by_year for name, by_year in firsts.items() if len(by_year) >= 3}


def country_rows(code: str) -> dict[str, dict]:  # type: ignore[type-arg]
    """Name -> rule row of one country's holidays, in English; {} if it has no English names.
    Names in the country's own English and in U.S. English ("Labour Day", "Labor Day"); the
    national holidays first, then those of its subdivisions (Canada's "Victoria Day"), a name
    several subdivisions date differently taken as most of them date it."""
    cls = holidays.country_holidays(code)
    langs = cls.supported_languages
    default = str(cls.default_language or "")
    english = [x for x in dict.fromkeys([default, "en_US", *langs]) if x.startswith("en")]
    if not english:
        return {}
    rows: dict[str, dict] = {}  # type: ignore[type-arg]
    for lang in english:
        for name, by_year in names_by_year(code, lang, None).items():
            rows.setdefault(name, rule_of(sorted(by_year.values())))
    local: dict[str, list[str]] = defaultdict(list)
    for sub in cls.subdivisions:
        for lang in english:
            try:
                found = names_by_year(code, lang, sub)
            except (NotImplementedError, ValueError):
                continue
            for name, by_year in found.items():
                if name not in rows:
                    local[name].append(json.dumps(rule_of(sorted(by_year.values()))))
    for name, kinds in local.items():
        rows[name] = json.loads(max(sorted(set(kinds)), key=kinds.count))
    return rows


def main() -> None:
    by_name: dict[str, dict[str, dict]] = defaultdict(dict)  # type: ignore[type-arg]
    for code in sorted(holidays.list_supported_countries()):
        if len(code) != 2:
            continue
        for name, row in country_rows(code).items():
            by_name[name][code] = row
    lines = [
        (
            "// Public holidays of the world's countries by English name, for briefx's dates stage. "
            f"Generated by scripts/make_world_holidays.py from holidays {version('holidays')} (MIT, "
            "vacanza/holidays), years 1990-2040. Rules as in holidays.jsonl; country: ISO 3166 "
            "alpha-2 (a row without one: the date of two in three countries that have the name, read in "
            "any text). Do not edit."
        )
    ]
    for name in sorted(by_name):
        rows = by_name[name]
        kinds = [json.dumps(r, sort_keys=True) for r in rows.values()]
        common = max(sorted(set(kinds)), key=kinds.count)
        # the rule of two countries in three that have the name is read in any text; the
        # others' rows only where the text is about them
        if kinds.count(common) * 3 >= len(kinds) * 2:
            lines.append(json.dumps({"names": [name], **json.loads(common)}, separators=(",", ":")))
        for code, row in sorted(rows.items()):
            if (
                json.dumps(row, sort_keys=True) != common
                or kinds.count(common) * 3 < len(kinds) * 2
            ):
                lines.append(
                    json.dumps({"names": [name], "country": code, **row}, separators=(",", ":"))
                )
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(by_name)} names, {len(lines) - 1} rows -> {OUT}")


if __name__ == "__main__":
    main()
