"""Shared by the date dev-set builders ``build_own_dates_dev7.py``, ``dev8`` and ``dev9``:
a case is written with its dates marked inline, ``[span|value]``, where the value is ISO 8601 or a
marker resolved against the case's reference date (weekdays ``@prev``, ``@prev0``, ``@next``;
ISO weeks ``@week``, ``@week+1``, ``@week-1``); the marks are stripped, offsets computed and
every value checked.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

MARK = re.compile(r"\[([^\]|]+)\|([^\]|]+)\]")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
VALUE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?)"
    r"(/(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}))?$"
)  # a composite duration keeps each unit ("P3Y6M", dev set 17); a range of ISO weeks

# (reference date, marked text) by family


def resolve(span: str, value: str, ref: dt.date) -> str:
    """A marker value -> its ISO value (weekdays and ISO weeks by ``datetime``)."""
    if value.startswith("@week"):
        shift = int(value[5:] or 0)
        y, w, _ = (ref + dt.timedelta(weeks=shift)).isocalendar()
        return f"{y}-W{w:02d}"
    if value.startswith("@"):
        day = next(WEEKDAYS.index(w) for w in WEEKDAYS if w in span.lower())
        if value == "@next":
            delta = (day - ref.weekday()) % 7 or 7
            return (ref + dt.timedelta(days=delta)).isoformat()
        back = (ref.weekday() - day) % 7
        if value == "@prev" and back == 0:
            back = 7
        return (ref - dt.timedelta(days=back)).isoformat()
    return value


def unmark(marked: str, ref: dt.date) -> tuple[str, list[dict[str, object]]]:
    text, dates, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos : m.start()]
        start = len(text)
        text += m.group(1)
        value = resolve(m.group(1), m.group(2), ref)
        dates.append({"text": m.group(1), "start": start, "end": len(text), "value": value})
        pos = m.end()
    return text + marked[pos:], dates


def check(cases: list[dict[str, object]]) -> None:
    assert len({c["id"] for c in cases}) == len(cases)
    assert len({c["text"] for c in cases}) == len(cases)
    for c in cases:
        last = 0
        for d in c["dates"]:  # type: ignore[attr-defined]
            assert c["text"][d["start"] : d["end"]] == d["text"], (c["id"], d)  # type: ignore[index]
            assert d["start"] >= last, c["id"]
            last = d["end"]
            assert VALUE.match(d["value"]), (c["id"], d["value"])
            parts = d["value"].split("/")
            named = sorted((d["text"].lower().find(w), i) for i, w in enumerate(WEEKDAYS) if w in d["text"].lower())
            for k, part in enumerate(parts):
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", part):
                    day = dt.date.fromisoformat(part)
                    if len(parts) == 2 and len(named) == 2:  # "Monday to Thursday": each side its own
                        assert day.weekday() == named[k][1], (c["id"], d)
                        continue
                    for i, w in enumerate(WEEKDAYS):  # a weekday span falls on its weekday
                        if w in d["text"].lower():
                            assert day.weekday() == i, (c["id"], d)
                elif m := re.fullmatch(r"(\d{4})-W(\d{2})", part):
                    dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
                elif m := re.fullmatch(r"\d{4}-(\d{2})", part):
                    assert 1 <= int(m[1]) <= 12, (c["id"], part)


def build(
    cases: dict[str, list[tuple[str, str]]], source: str, n: int, folder: Path, every: int = 4
) -> None:
    """Write ``own-dates-dev<n>.jsonl`` and its check file (every ``every``-th case of a family) into
    ``folder``, after checking both; ids ``own-d<n>[c]-<family>-NNN``. A reference date written
    ``~YYYY-MM-DD`` resolves the markers but is not stored (a case whose text gives its own date,
    as a dateline does; sets 13 and 14)."""
    dev, held = [], []
    for family, items in cases.items():
        for i, (ref, marked) in enumerate(items, 1):
            stored = not ref.startswith("~")
            text, dates = unmark(marked, dt.date.fromisoformat(ref.lstrip("~")))
            check_half = i % every == 0
            prefix = f"own-d{n}c" if check_half else f"own-d{n}"
            case: dict[str, object] = {"id": f"{prefix}-{family}-{i:03d}", "family": family,
                                       "source": source, "text": text}  # fmt: skip
            if stored:
                case["reference_date"] = case["published"] = ref
            case["dates"] = dates
            (held if check_half else dev).append(case)
    check(dev + held)
    for name, part in ((f"own-dates-dev{n}", dev), (f"own-dates-dev{n}-check", held)):
        with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in part)
        print(name, len(part), "cases", sum(len(c["dates"]) for c in part), "dates")  # type: ignore[misc, arg-type]
