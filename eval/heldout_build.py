"""The checks and the build shared by the held-out builders of sets 17 to 23 (briefs with statements).

``case_marks`` turns marks into cases and checks each item; this module adds what the later sets
checked on top, which each builder had copied from the one before (about 200 lines a set):
statements beside each brief (``add_statements``), a quantity modifier never left out of a figure
span (``include_modifiers``), span edges (``check_edges``), no overlap across lists and "Weekday,
Month D, YYYY" agreeing with its value (``check_brief_extra``), the word range of the briefs and the
arithmetic of ISO weeks, "N days from today" and relative weekdays in the date cases
(``check_extra``), ``build_heldout``, the whole build of sets 21 to 23, and ``check_written``,
the span rules re-read from the three written files (sets 26 to 29 had each written their own).

Moving the copies here changed no output: every builder rebuilt its three files byte for byte.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import case_marks
from case_marks import build_brief, build_date_case, build_figure_case, score_self, tally, write

WEEKDAY_NAMES = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
QUOTES = "\"\u201c\u201d"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip


def weekday_value(rule: str, ref: dt.date, span: str) -> str:
    """The day a weekday in ``span`` names, seen from ``ref`` under ``rule`` (the tense rule)."""
    day = next(i for i, w in enumerate(WEEKDAY_NAMES) if w in span.upper())
    first = ref + dt.timedelta(days=(day - ref.weekday()) % 7 or 7)
    if rule == "next":
        return first.isoformat()
    if rule == "prev":
        return (ref - dt.timedelta(days=(ref.weekday() - day) % 7 or 7)).isoformat()
    if rule == "next-week":
        monday = ref - dt.timedelta(days=ref.weekday() - 7)
        return (monday + dt.timedelta(days=day)).isoformat()
    if rule == "second-next":
        return (first + dt.timedelta(weeks=1)).isoformat()
    raise AssertionError(rule)


def check_extra(
    briefs: Sequence[tuple],
    date_cases: Mapping[str, Sequence[tuple[str, str]]],
    weekday_checks: Mapping[tuple[str, int], str],
) -> None:
    """Word range of the briefs, ISO weeks, relative weekdays and day offsets of the date cases."""
    for cid, _family, _ref, _pub, marked, _st in briefs:
        text = re.sub(r"\[\[([^\]|]+)\|[^\]]+\]\]", r"\1", marked)
        words = len(text.split())
        assert 150 <= words <= 260, (cid, words)
    for family, items in date_cases.items():
        for i, (ref, marked) in enumerate(items, 1):
            day = dt.date.fromisoformat(ref)
            marks = re.findall(r"\[([^\]|]+)\|([^\]|]+)\]", marked)
            for span, value in marks:
                shift = {"this week": 0, "last week": -1, "next week": 1}.get(span)
                if shift is not None:
                    y, w, _ = (day + dt.timedelta(weeks=shift)).isocalendar()
                    assert value == f"{y}-W{w:02d}", (marked, value)
                words_n = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
                if m := re.fullmatch(r"(\w+) (weeks|days) from today", span):
                    delta = dt.timedelta(**{m[2]: words_n[m[1]]})
                    assert value == (day + delta).isoformat(), (marked, value)
                if m := re.fullmatch(r"week (\d+)", span):
                    assert value == f"{day.year}-W{int(m[1]):02d}", (marked, value)
            rule = weekday_checks.get((family, i))
            if rule:
                for span, value in marks:
                    parts = value.split("/")
                    words = [w for w in WEEKDAY_NAMES if w in span.upper()]
                    for part, w in zip(parts, sorted(words, key=span.upper().find), strict=True):
                        assert part == weekday_value(rule, day, w), (marked, part, rule)


def add_statements(case: dict, statements: list[tuple]) -> dict:
    """Attach ``statements`` (ANNOTATION.md "Statements") to a built brief, checked."""
    text, cid = case["text"], case["id"]
    names = {e["name"] for e in case["entities"]}
    out = []
    for speaker, cue, content, quote in statements:
        assert speaker in names, (cid, "speaker is no entity name", speaker)
        assert re.fullmatch(r"[a-z]+( [a-z]+)?", cue), (cid, cue)
        start = text.find(content)
        assert start >= 0, (cid, content)
        assert text.find(content, start + 1) < 0, (cid, "ambiguous", content)
        end = start + len(content)
        assert content == content.strip() and content[0] not in QUOTES and content[-1] not in QUOTES + ",", (cid, content)
        if quote:
            assert text[start - 1] in QUOTES and text[end + (text[end] == ","):][:1] in QUOTES, (cid, "quote marks", content)
        else:
            assert not content.endswith("."), (cid, content)
            assert not content.startswith(("that ", "for ", "to ")), (cid, content)
        figs = []
        for f in case["figures"]:
            inside = start <= f["start"] and f["end"] <= end
            outside = f["end"] <= start or f["start"] >= end
            assert inside or outside, (cid, "figure straddles content", f)
            if inside:
                figs.append([f["start"], f["end"]])
        out.append({"speaker": speaker, "cue": cue, "start": start, "end": end, "text": content,
                    "quote": quote, "figures": figs})  # fmt: skip
    starts = [s["start"] for s in out]
    assert starts == sorted(starts), (cid, "statements out of order")
    case["statements"] = out
    return case


# ANNOTATION.md: "A quantity modifier right before the number is included" in a figure's span. The
# marks include it by hand; set 18's widening is kept as a check that no modifier was left out
# (a governing verb or preposition stays out, so only modifiers are listed).
MODIFIER = re.compile(
    r"\b(?:(?:just|well) (?:over|under)|more than|less than|fewer than|up to|at least|at most|no less than|"
    r"no more than|as many as|as much as|as few as|close to|upwards of|about|around|approximately|roughly|"
    r"nearly|almost|some|over)\s+$",
    re.IGNORECASE,
)


def include_modifiers(case: dict) -> int:
    """Widen each figure over a quantity modifier right before it; return how many were widened."""
    text, widened = case["text"], 0
    for f in case["figures"]:
        m = MODIFIER.search(text[max(0, f["start"] - 40) : f["start"]])
        if m:
            f["start"] -= len(m.group(0))
            f["text"] = text[f["start"] : f["end"]]
            widened += 1
    return widened


DETERMINERS = re.compile(r"^(?:the|a|an)\s", re.IGNORECASE)


def check_edges(case: dict) -> None:
    """No span starts or ends on white space or punctuation (a currency sign, a sign or a leading
    decimal point may start one), none ends in a possessive, and no entity span starts with a
    determiner unless its canonical name does (ANNOTATION.md)."""
    cid, text = case["id"], case["text"]
    for key in ("entities", "figures", "dates"):
        for it in case.get(key, []):
            span = it["text"]
            assert text[it["start"] : it["end"]] == span, (cid, it)
            assert span == span.strip() and span, (cid, "white space at an edge", it)
            assert span[0].isalnum() or span[0] in "$£€¥₹₩₦₱+-" or re.match(r"\.\d", span), (
                cid, "span starts on punctuation", it)  # fmt: skip
            assert span[-1].isalnum() or span[-1] in "%.", (cid, "span ends on punctuation", it)
            if span.endswith("."):
                assert re.search(r"(?:\b[A-Z]\.|\.[A-Z]\.|\bJr\.)$", span), (cid, "full stop in span", it)
            assert not re.search(r"['’]s?$", span), (cid, "possessive in span", it)
            if key == "entities" and DETERMINERS.match(span):
                assert it["name"].split()[0] == span.split()[0], (cid, "determiner in span", it)


def check_brief_extra(case: dict) -> None:
    """No span of one list overlaps a span of another list; "Weekday, Month D, YYYY" agrees."""
    cid, text = case["id"], case["text"]
    spans = sorted((it["start"], it["end"], key) for key in ("entities", "figures", "dates") for it in case[key])
    for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:], strict=False):
        assert e1 <= s2, (cid, "spans overlap across lists", k1, text[s1:e1], k2, text[s2:e2])
    for d in case["dates"]:
        m = re.fullmatch(r"(\w+day), (\w+) (\d+), (\d{4})", d["text"])
        if m:
            day = dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
            assert day.strftime("%A") == m[1] and d["value"] == day.isoformat(), (cid, d)
    for key in ("entities", "figures", "dates"):
        for it in case[key]:
            assert text[it["start"] : it["end"]] == it["text"], (cid, it)


def score_statements(name: str) -> None:
    """``score.py F F`` must give 1.000 for statements and for their figure attribution."""
    path = str(case_marks.HERE / name)
    res = json.loads(subprocess.run(
        [sys.executable, str(case_marks.scorer_path()), path, path, "--json"],
        check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])  # fmt: skip
    att = res["sections"]["statements"]["attribution"]
    assert att["f1"] == 1.0 and res["sections"]["statements"]["f1"] == 1.0, att


def build_heldout(
    tag: str,
    briefs: Sequence[tuple],
    date_cases: Mapping[str, Sequence[tuple[str, str]]],
    figure_cases: Mapping[str, Sequence[str]],
    weekday_checks: Mapping[tuple[str, int], str],
    *,
    source_briefs: str,
    source_cases: str,
    edges: Callable[[dict], None] = check_edges,
) -> None:
    """Write and check ``{tag}-briefs-heldout``, ``{tag}-dates-heldout`` and ``{tag}-figures-heldout``."""
    check_extra(briefs, date_cases, weekday_checks)
    built, widened = [], 0
    for b in briefs:
        case = build_brief(b[:5], source_briefs)
        assert case["id"].startswith(f"{tag}-ho-"), case["id"]
        assert case["published"] == case["reference_date"], case["id"]
        assert any(d["value"] == case["published"] for d in case["dates"]), case["id"]
        edges(case)
        check_brief_extra(case)
        widened += include_modifiers(case)
        built.append(add_statements(case, b[5]))
    assert widened == 0, f"{widened} figure spans left a quantity modifier out"
    write_briefs(tag, built)
    write_cases(tag, date_cases, figure_cases, source_cases, edges)


def write_briefs(tag: str, built: list[dict]) -> None:
    """Write ``{tag}-briefs-heldout.jsonl``, check it with the shared scorer (statements and their
    figure attribution too) and print its counts."""
    name = f"{tag}-briefs-heldout.jsonl"
    write(name, built)
    score_self(name)
    score_statements(name)
    ents = [e for c in built for e in c["entities"]]
    figs = [f for c in built for f in c["figures"]]
    dates = [d for c in built for d in c["dates"]]
    sts = [s for c in built for s in c["statements"]]
    words = [len(c["text"].split()) for c in built]
    print(f"{name}: {len(built)} cases ({min(words)}-{max(words)} words); {len(ents)} entities "
          f"({tally(ents, 'type')}); {len(figs)} figures ({tally(figs, 'kind')}); {len(dates)} dates")  # fmt: skip
    money = [f for f in figs if f["kind"] == "money"]
    pp = sum(1 for f in figs if f.get("unit") == "pp")
    kinds = {"duration": 0, "week": 0, "range": 0, "point": 0}
    for d in dates:
        v = d["value"]
        k = "duration" if v.startswith("P") else "range" if "/" in v else "week" if "W" in v else "point"
        kinds[k] += 1
    print(f"  money by currency: {tally(money, 'unit')}; pp {pp}; dates {kinds}")
    nq = sum(1 for s in sts if s["quote"])
    nf = sum(len(s["figures"]) for s in sts)
    print(f"  statements {len(sts)} ({nq} quotes, {nf} figures attributed); by cue: {tally(sts, 'cue')}")


def write_cases(
    tag: str,
    date_cases: Mapping[str, Sequence[tuple[str, str]]],
    figure_cases: Mapping[str, Sequence[str]],
    source_cases: str,
    edges: Callable[[dict], None] | None = None,
) -> None:
    """Write and check ``{tag}-dates-heldout`` and ``{tag}-figures-heldout`` (each case through
    ``edges`` where given) and print their counts."""
    dcases = []
    for family, items in date_cases.items():
        for i, (ref, marked) in enumerate(items, 1):
            dcases.append(build_date_case(f"{tag}-d-{family}-{i:03d}", family, ref, marked, source_cases))
            if edges:
                edges(dcases[-1])
    write(f"{tag}-dates-heldout.jsonl", dcases)
    score_self(f"{tag}-dates-heldout.jsonl")
    nd = sum(len(c["dates"]) for c in dcases)
    neg = sum(1 for c in dcases if not c["dates"])
    print(f"{tag}-dates-heldout: {len(dcases)} cases, {nd} dates, {neg} negatives; "
          f"{ {f: len(v) for f, v in date_cases.items()} }")  # fmt: skip

    fcases = []
    for family, marks in figure_cases.items():
        for i, marked in enumerate(marks, 1):
            fcases.append(build_figure_case(f"{tag}-f-{family}-{i:03d}", family, marked, source_cases))
            if edges:
                edges(fcases[-1])
    write(f"{tag}-figures-heldout.jsonl", fcases)
    score_self(f"{tag}-figures-heldout.jsonl")
    ff = [f for c in fcases for f in c["figures"]]
    neg = sum(1 for c in fcases if not c["figures"])
    print(f"{tag}-figures-heldout: {len(fcases)} cases, {len(ff)} figures ({tally(ff, 'kind')}), "
          f"{neg} negatives; { {f: len(v) for f, v in figure_cases.items()} }")


ARTICLES = ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our")


def check_written(tag: str) -> dict[str, int]:
    """Re-read the three files of set ``tag`` and assert the span rules of ANNOTATION.md: every
    span (and statement content) is its text's slice with no white space at either end; no span
    ends in a possessive; an entity span opens with a determiner only where its name does; no two
    spans of one case overlap, across lists too; a statement's figures are gold figures inside
    its content. Returns the counts of cases and items per file and list."""
    here = Path(__file__).resolve().parent
    counts: Counter[str] = Counter()
    for kind in ("briefs", "dates", "figures"):
        path = here / f"{tag}-{kind}-heldout.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            cid, text = case["id"], case["text"]
            counts[f"{kind}.cases"] += 1
            spans = []
            for key in ("entities", "figures", "dates"):
                for item in case.get(key) or []:
                    start, end, span = item["start"], item["end"], item["text"]
                    assert text[start:end] == span, (cid, key, span, text[start:end])
                    assert span and span == span.strip(), (cid, key, "white space at an edge", span)
                    assert not span.endswith(("'s", "\u2019s")), (cid, key, "possessive", span)
                    first = span.split()[0].lower()
                    if key == "entities" and first in ARTICLES:
                        name = (item.get("name") or "").lower()
                        assert name.startswith(first + " "), (cid, "determiner", span)
                    spans.append((start, end, key, span))
                    counts[f"{kind}.{key}"] += 1
            spans.sort()
            for (_, e1, k1, t1), (s2, _, k2, t2) in zip(spans, spans[1:]):
                assert e1 <= s2, (cid, "overlap", k1, t1, k2, t2)
            figures = {(f["start"], f["end"]) for f in case.get("figures") or []}
            for st in case.get("statements") or []:
                start, end = st["start"], st["end"]
                assert text[start:end] == st["text"] == st["text"].strip(), (cid, "statement", st)
                for fs, fe in st.get("figures") or []:
                    assert (fs, fe) in figures and start <= fs and fe <= end, (cid, "figure", st)
                counts["briefs.statements"] += 1
    return dict(counts)
