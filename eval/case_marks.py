"""The mechanics of the blind held-out builders (sets 6, 7 and 8): marks -> gold cases, checked.

Each ``build_ownN_heldout.py`` holds only its texts, marked inline, and its docstring (who wrote
it and how, the choices where ANNOTATION.md is silent); it calls ``build_set`` with them. The
markup:

- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.

``build_set`` computes the offsets and asserts, for every item: ``text[start:end] == span``, order
and no overlap within a list, a known type or kind, an ISO 4217 code for money, ``%``/``pp`` for
percentages, a known unit symbol for quantities, a lower-case noun for counts, an ISO 8601 value
(real days and months, ISO weeks, ``START/END`` with start before end, durations), that a
full-date value of a span naming a weekday falls on that weekday (both ends of a weekday range);
per brief 150-260 words and, where the text states its own date, ``published ==
reference_date`` and a date span with that value; unique ids (prefixed by the set's tag) and
texts per file; and that ``shared/eval/score.py F F`` gives 1.000 in every section (the shared
scorer, not briefx). Output: one JSON object per line, non-ASCII kept, in the builder's order.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW"}
KINDS = {"money", "percent", "count", "quantity", "number", "ordinal"}
UNIT_SYMBOLS = {
    "km", "mi", "m", "ft", "in", "mm", "cm", "kg", "g", "mg", "lb", "oz", "t", "ton", "gal",
    "l", "ml", "dl", "bbl", "km/h", "mph", "km2", "acre", "ha", "kWh", "yd", "ft2", "ft3", "m2",
    "m3", "°C", "°F", "kn", "MW", "GW", "MWh", "GWh", "TEU", "ly", "nmi", "m/s",
}  # fmt: skip
# The ISO 4217 codes the sets use, each a current code (checked against babel's CLDR list).
ISO_4217 = {
    "AED", "ARS", "AUD", "BDT", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CZK", "DKK", "EGP",
    "ETB", "EUR", "GBP", "GHS", "HKD", "HUF", "IDR", "ILS", "INR", "ISK", "JPY", "KES", "KRW",
    "KZT", "LKR", "MAD", "MXN", "MYR", "NGN", "NOK", "NZD", "PEN", "PHP", "PKR", "PLN", "QAR",
    "RON", "SAR", "SEK", "SGD", "THB", "TRY", "TWD", "TZS", "UAH", "UGX", "USD", "VND", "XOF",
    "ZAR",
}  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
POINT = r"\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}"
VALUE = re.compile(rf"^(?:(?:{POINT})(?:/(?:{POINT}))?|P\d+[YMWD])$")
BRIEF_MARK = re.compile(r"\[\[([^\]|]+)\|([^\]]+)\]\]")
DATE_MARK = re.compile(r"\[([^\]|]+)\|([^\]|]+)\]")
FIG_MARK = re.compile(r"\[([^\]|]+)\|(\w+)\|([^|\]]+)(?:\|([^\]]+))?\]")

# (id, family, reference_date, published, marked text)
Brief = tuple[str, str, str, str | None, str]


def _number(raw: str) -> int | float:
    v = Decimal(raw)
    return int(v) if v == v.to_integral_value() else float(round(v, 10))


def check_figure(cid: str, f: dict) -> None:
    kind, unit = f["kind"], f.get("unit")
    assert kind in KINDS, (cid, kind)
    if kind == "money":
        assert isinstance(unit, str) and unit in ISO_4217, (cid, unit)
    elif kind == "percent":
        assert unit in ("%", "pp"), (cid, unit)
    elif kind == "quantity":
        assert unit in UNIT_SYMBOLS, (cid, unit)
    elif kind == "count":
        assert isinstance(unit, str) and re.fullmatch(r"[A-Za-z][a-z]+( [a-z]+)?", unit), (cid, unit)
    else:
        assert unit is None, (cid, unit)


def check_date(cid: str, d: dict) -> None:
    value = d["value"]
    assert VALUE.match(value), (cid, value)
    parts = value.split("/")
    for part in parts:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", part):
            dt.date.fromisoformat(part)
        elif m := re.fullmatch(r"(\d{4})-W(\d{2})", part):
            dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        elif m := re.fullmatch(r"\d{4}-(\d{2})", part):
            assert 1 <= int(m[1]) <= 12, (cid, part)
    if len(parts) == 2 and not value.startswith("P"):
        assert parts[0] < parts[1], (cid, value)
    # A span naming a weekday, with a full-date value, falls on that weekday; a range's two
    # weekdays in the order the span names them ("Friday through Monday"; session 13, from the
    # set 12 builder, which had found the calendar-week order rejecting such ranges).
    named = [w for _, w in sorted((d["text"].find(w), w) for w in WEEKDAYS if w in d["text"])]
    if named and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        assert dt.date.fromisoformat(value).strftime("%A") == named[0], (cid, d)
    if len(named) == 2 and len(parts) == 2:
        assert dt.date.fromisoformat(parts[0]).strftime("%A") == named[0], (cid, d)
        assert dt.date.fromisoformat(parts[1]).strftime("%A") == named[1], (cid, d)


def check_spans(cid: str, text: str, items: list[dict]) -> None:
    last = 0
    for it in items:
        assert text[it["start"] : it["end"]] == it["text"], (cid, it)
        assert it["start"] >= last, (cid, "overlap or order", it)
        last = it["end"]


def build_brief(brief: Brief, source: str) -> dict:
    cid, family, ref, published, marked = brief
    out: list[str] = []
    ents: list[dict] = []
    figs: list[dict] = []
    dates: list[dict] = []
    pos = 0
    for m in BRIEF_MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        start = len("".join(out))
        span, rest = m.group(1), m.group(2).split("|")
        item: dict = {"text": span, "start": start, "end": start + len(span)}
        if rest[0] in TYPES:
            assert len(rest) in (1, 2), (cid, m.group(0))
            item.update(type=rest[0], name=rest[1] if len(rest) == 2 else span)
            ents.append(item)
        elif rest[0] == "D":
            assert len(rest) == 2, (cid, m.group(0))
            item["value"] = rest[1]
            check_date(cid, item)
            dates.append(item)
        elif rest[0] in KINDS:
            assert len(rest) in (2, 3), (cid, m.group(0))
            item.update(kind=rest[0], value=_number(rest[1]))
            if len(rest) == 3:
                item["unit"] = rest[2]
            check_figure(cid, item)
            figs.append(item)
        else:
            raise AssertionError((cid, m.group(0)))
        out.append(span)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "|" not in text, cid
    for items in (ents, figs, dates):
        check_spans(cid, text, items)
    words = len(text.split())
    assert 150 <= words <= 260, (cid, words)
    case: dict = {"id": cid, "family": family, "source": source, "text": text,
                  "reference_date": ref}  # fmt: skip
    if published:
        case["published"] = published
    case.update(entities=ents, figures=figs, dates=dates)
    return case


def build_date_case(cid: str, family: str, ref: str, marked: str, source: str) -> dict:
    text, dates, pos = "", [], 0
    for m in DATE_MARK.finditer(marked):
        text += marked[pos : m.start()]
        start = len(text)
        text += m.group(1)
        d = {"text": m.group(1), "start": start, "end": len(text), "value": m.group(2)}
        check_date(cid, d)
        dates.append(d)
        pos = m.end()
    text += marked[pos:]
    assert "[" not in text and "|" not in text, cid
    check_spans(cid, text, dates)
    return {"id": cid, "family": family, "source": source, "text": text,
            "reference_date": ref, "dates": dates}  # fmt: skip


def build_figure_case(cid: str, family: str, marked: str, source: str) -> dict:
    text, figs, pos = "", [], 0
    for m in FIG_MARK.finditer(marked):
        text += marked[pos : m.start()]
        span, kind, value, unit = m.groups()
        start = len(text)
        text += span
        f: dict = {"text": span, "start": start, "end": len(text), "kind": kind,
                   "value": _number(value)}  # fmt: skip
        if unit is not None:
            f["unit"] = unit
        check_figure(cid, f)
        figs.append(f)
        pos = m.end()
    text += marked[pos:]
    assert "[" not in text and "|" not in text, cid
    check_spans(cid, text, figs)
    return {"id": cid, "family": family, "source": source, "text": text, "figures": figs}


def write(name: str, cases: list[dict]) -> None:
    assert len({c["id"] for c in cases}) == len(cases), name
    assert len({c["text"] for c in cases}) == len(cases), name
    with (HERE / name).open("w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


def scorer_path() -> Path:
    """The shared scorer beside the project root (``shared/eval/score.py``)."""
    scorer = HERE.parent.parent / "shared" / "eval" / "score.py"
    return scorer if scorer.exists() else Path("/work/shared/eval/score.py")


def score_self(name: str) -> None:
    """``score.py F F`` must give 1.000 in every section (the shared scorer, not briefx)."""
    scorer = scorer_path()
    python = HERE.parent / ".venv" / "bin" / "python"
    exe = str(python) if python.exists() else sys.executable
    path = str(HERE / name)
    out = subprocess.run([exe, str(scorer), path, path, "--json"], check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    res = json.loads(out.strip().splitlines()[-1])
    assert res["missing_ids"] == 0, (name, res)
    assert res["sections"], name
    for sec, r in res["sections"].items():
        for key in ("precision", "recall", "f1", "norm_acc", "value_recall", "overlap_recall",
                    "type_acc", "name_acc"):
            if key in r:
                assert r[key] == 1.0, (name, sec, key, r[key])
    print(f"  score.py {name} {name}: 1.000 in " + ", ".join(res["sections"]))


def tally(items: list[dict], key: str) -> str:
    counts: dict[str, int] = {}
    for it in items:
        counts[it[key]] = counts.get(it[key], 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda x: (-x[1], x[0])))


def build_set(
    tag: str,
    briefs_name: str,
    briefs: Sequence[Brief],
    date_cases: Mapping[str, Sequence[tuple[str, str]]],
    figure_cases: Mapping[str, Sequence[str]],
    *,
    source_briefs: str,
    source_cases: str,
) -> None:
    """Write and check ``{briefs_name}.jsonl``, ``{tag}-dates-heldout`` and ``{tag}-figures-heldout``."""
    built = [build_brief(b, source_briefs) for b in briefs]
    for b in built:
        assert b["id"].startswith(f"{tag}-ho-"), b["id"]
        if "published" in b:
            # The text states its date: a date span with that value, and it is the reference date.
            assert b["published"] == b["reference_date"], b["id"]
            assert any(d["value"] == b["published"] for d in b["dates"]), b["id"]
    write(f"{briefs_name}.jsonl", built)
    score_self(f"{briefs_name}.jsonl")
    ents = [e for c in built for e in c["entities"]]
    figs = [f for c in built for f in c["figures"]]
    dates = [d for c in built for d in c["dates"]]
    words = [len(c["text"].split()) for c in built]
    print(f"{briefs_name}: {len(built)} cases ({min(words)}-{max(words)} words); "
          f"{len(ents)} entities ({tally(ents, 'type')}); {len(figs)} figures "
          f"({tally(figs, 'kind')}); {len(dates)} dates")  # fmt: skip
    money = [f for f in figs if f["kind"] == "money"]
    pp = sum(1 for f in figs if f.get("unit") == "pp")
    kinds = {"duration": 0, "week": 0, "range": 0, "point": 0}
    for d in dates:
        v = d["value"]
        k = "duration" if v.startswith("P") else "range" if "/" in v else "week" if "W" in v else "point"
        kinds[k] += 1
    print(f"  money by currency: {tally(money, 'unit')}; pp {pp}; dates {kinds}")

    dcases = []
    for family, items in date_cases.items():
        for i, (ref, marked) in enumerate(items, 1):
            dcases.append(build_date_case(f"{tag}-d-{family}-{i:03d}", family, ref, marked, source_cases))
    write(f"{tag}-dates-heldout.jsonl", dcases)
    score_self(f"{tag}-dates-heldout.jsonl")
    nd = sum(len(c["dates"]) for c in dcases)
    neg = sum(1 for c in dcases if not c["dates"])
    fam = {f: len(v) for f, v in date_cases.items()}
    print(f"{tag}-dates-heldout: {len(dcases)} cases, {nd} dates, {neg} negatives; {fam}")

    fcases = []
    for family, marks in figure_cases.items():
        for i, marked in enumerate(marks, 1):
            fcases.append(build_figure_case(f"{tag}-f-{family}-{i:03d}", family, marked, source_cases))
    write(f"{tag}-figures-heldout.jsonl", fcases)
    score_self(f"{tag}-figures-heldout.jsonl")
    ff = [f for c in fcases for f in c["figures"]]
    neg = sum(1 for c in fcases if not c["figures"])
    fam = {f: len(v) for f, v in figure_cases.items()}
    print(f"{tag}-figures-heldout: {len(fcases)} cases, {len(ff)} figures ({tally(ff, 'kind')}), "
          f"{neg} negatives; {fam}")  # fmt: skip
