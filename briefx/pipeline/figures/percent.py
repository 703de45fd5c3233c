"""Percentages and percentage points: the basis of a percentage ("2% of their GDP" -> "GDP"),
carried to a bare percentage in the same or the next sentence; points before or after a change
of a percentage are percentage points ("rose 0.2 point to 4.1%", "45%, up 3 points"); fraction
words before "point" ("a quarter-point cut" -> 0.25 pp); a bare number before "to" + a
percentage is the range's first end ("by 5 to 7 percent"). No tables.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Doc

from briefx.facts import FigureFact
from briefx.normalize.numbers import as_json_number, parse_number
from briefx.pipeline._util import Intervals, overlaps, sentences, text_of
from briefx.pipeline.figures.state import DocFigures
from briefx.pipeline.figures.units import COMPARED_GAP
from briefx.pipeline.figures.words import NOUNISH, SENTENCE_BREAK, noun_follows
from briefx.resources import figure_words

BASIS_DETERMINERS = {"the", "their", "its", "his", "her", "our", "your", "a", "an", "total", "all"}


def basis_of(fig: DocFigures, doc: Doc, end: int) -> str | None:
    """Return what a percentage is a share of: "2% of their GDP" -> "GDP"."""
    tok = fig.token_after(doc, end)
    if tok is None or tok.lower_ != "of":
        return None
    i = tok.i + 1
    while i < len(doc) and doc[i].lower_ in BASIS_DETERMINERS:
        i += 1
    j = i
    while j < len(doc) and doc[j].pos_ in NOUNISH and not doc[j].is_space:
        j += 1
    return doc[i:j].text if j > i else None


def carry_basis(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """Give a bare percentage the basis of one in the same or the previous sentence."""
    out: list[FigureFact] = []
    last: tuple[int, str] | None = None  # (sentence number, basis)
    sent_starts = [s.start_char for s in sentences(doc)]
    for f in facts:
        if f.kind == "percent":
            n = bisect_right(sent_starts, f.start) - 1
            if f.basis:
                last = (n, f.basis)
            elif last and n - last[0] <= 1 and f.unit == "%":
                f = replace(f, basis=last[1])
        out.append(f)
    return out


# "rose 0.2 point to 4.1%": points before a change to or from a percentage
POINTS_TO_PERCENT = re.compile(
    r"([ \t]+points?)\b(?:[ \t]+\w+)?[ \t]+(?:to|from)[ \t]+", re.IGNORECASE
)

FRACTION_POINT = re.compile(
    r"\b(an?|one|two|three)[ -](half|quarters?|thirds?)[ -](?:percentage[ -])?points?\b"
    r"|\b(half) an? (?:percentage[ -])?point\b",  # "cut by half a point"
    re.IGNORECASE,
)


def fraction_points(text: str, facts: list[FigureFact], taken: Intervals) -> list[FigureFact]:
    """A fraction word before "point" is a change in percentage points: "a quarter-point
    cut" -> "quarter-point", 0.25 pp; "a half-point hike" -> 0.5 pp; "three-quarter point"
    -> 0.75 pp; "by half a point" -> "half a point", 0.5 pp. The article stays out of the
    span, as it does before an ordinal."""
    if "point" not in text:
        return facts
    added: list[FigureFact] = []
    for m in FRACTION_POINT.finditer(text):
        value: Decimal | None
        if m.group(3) is not None:  # "half a point": the whole phrase, as "half a percent"
            if not _rate_sentence(text, m.start()):
                continue  # "scored half a point more": no percentage in sight
            value, start = Decimal("0.5"), m.start(3)
            count = frac = ""
        else:
            count, frac = m.group(1).lower(), m.group(2).lower()
        if count == "":
            pass
        elif count in ("a", "an", "one"):
            value = parse_number(f"a {frac.rstrip('s')}")
            start = m.start(2)
        else:
            value = parse_number(f"{count} {frac if frac.endswith('s') else frac + 's'}")
            start = m.start(1)
        if value is None or overlaps(start, m.end(), taken):
            continue
        if any(
            f.kind != "number" and overlaps(f.start, f.end, Intervals([(start, m.end())]))
            for f in facts
        ):
            continue
        added.append(FigureFact(start, m.end(), "percent", as_json_number(value), "pp"))
    if not added:
        return facts
    spans = Intervals((f.start, f.end) for f in added)
    kept = [f for f in facts if not overlaps(f.start, f.end, spans)]
    return sorted(kept + added, key=lambda f: f.start)


RATE_WORDS = re.compile(r"%|\bper ?cent\b|\bpercent\b|\brates?\b|\byields?\b", re.IGNORECASE)


def _rate_sentence(text: str, pos: int) -> bool:
    """The sentence around ``pos`` speaks of percentages or rates ("cut rates by half a point")."""
    window = max(0, pos - 400)  # a bounded look back: linear on long texts
    starts = [m.end() for m in SENTENCE_BREAK.finditer(text, window, pos)]
    start = starts[-1] if starts else window
    end_m = SENTENCE_BREAK.search(text, pos, pos + 400)
    end = end_m.start() if end_m else min(len(text), pos + 400)
    return RATE_WORDS.search(text, start, end) is not None


POINTS_AFTER = re.compile(r"[ \t]+points?\b", re.IGNORECASE)


def points_after(text: str, end: int) -> bool:
    """ "to 412.5 points": index points after a level, which is no count of them."""
    return POINTS_AFTER.match(text, end) is not None


def points_of_percent(text: str, facts: list[FigureFact]) -> list[FigureFact]:
    """A change in points right before a change to or from a percentage is in percentage
    points: "the jobless rate rose 0.2 point to 4.1%" -> "0.2 point", 0.2 pp; index points
    before a level stay a count ("fell 23.4 points to 3,845.6")."""
    out = list(facts)
    for n in range(len(out) - 1):
        f, nxt = out[n], out[n + 1]
        if f.kind not in ("number", "count") or (f.kind == "count" and f.unit != "point"):
            continue
        m = POINTS_TO_PERCENT.match(text, f.end)
        if m is None or m.end() != nxt.start or nxt.kind != "percent" or nxt.unit != "%":
            continue
        out[n] = replace(f, end=m.end(1), kind="percent", unit="pp")
    for n in range(1, len(out)):
        f, prev = out[n], out[n - 1]
        if f.kind not in ("number", "count") or (f.kind == "count" and f.unit != "point"):
            continue
        m = POINTS_AFTER_PERCENT.match(text, f.end)
        if (
            m is not None
            and prev.kind == "percent"
            and prev.unit == "%"
            and 0 < f.value < prev.value
            and POINTS_GAP.fullmatch(text, prev.end, f.start) is not None
        ):
            # "approval rose to 45%, up 3 points", "4.8%, an increase of 0.3 points": a change
            # of a percentage named after it is in percentage points too
            out[n] = replace(f, end=m.end(1), kind="percent", unit="pp")
    return out


POINTS_AFTER_PERCENT = re.compile(
    r"([ \t]+points?)\b(?![ \t]+(?:to|from)[ \t]+[\d$€£¥])", re.IGNORECASE
)
# between a percentage and a change in points of it, in one clause: ", up", ", an increase of",
# ", or", " -"
POINTS_GAP = re.compile(
    r"(?:[ \t]+(?:in|on|at)[ \t]+(?:[A-Z][a-z]+|\d{4}|[A-Z][a-z]+[ \t]+\d{4}))?[ \t]*[,(–—-]?[ \t]*"
    r"(?:(?:up|down|or|a|an)[ \t]+)?(?:(?:rise|fall|gain|drop|increase|decrease|decline|jump)"
    r"[ \t]+of[ \t]+)?(?:just|nearly|almost|about|some)?[ \t]*"
)


# the words between the ends of a range: "5 to 7 percent", "5-7%"
RANGE_GAP = re.compile(r"[ \t]*(?:[-–]|to)[ \t]*")


def percent_range_start(text: str, facts: list[FigureFact]) -> list[FigureFact]:
    """ "Fares will rise by 5 to 7 percent": a bare number that the scanner left out of the
    range before a percentage is the range's first end, in its unit (ANNOTATION.md: "2-1/4 to
    2-1/2 percent", the unit taken from the second)."""
    out = list(facts)
    for n in range(len(out) - 1):
        f, nxt = out[n], out[n + 1]
        if (
            f.kind == "number"
            and nxt.kind == "percent"
            and f.group is None
            and text[nxt.start : nxt.start + 1].isdigit()
            and RANGE_GAP.fullmatch(text, f.end, nxt.start) is not None
        ):
            out[n] = replace(f, kind="percent", unit=nxt.unit)
    return out


CHANGE_VERBS = figure_words("change_verb")
CHANGE_BEFORE = {"up", "down", "by", "plus", "minus"}  # "up 2.1%", "cut by 2%": a change
# a gapped clause before the bare number: ", the opposition 44.3", "and the Conservatives 24.1"
GAPPED_SHARE = re.compile(
    r"(?:[,;][ \t]+(?:and|while|but)\b|[,;]|\band|\bwhile|\bbut)[ \t]+(?:the[ \t]+)?"
    r"((?:[A-Za-z][\w.'’&-]*[ \t]+){1,3})$"
)


def _percent_level(doc: Doc, p: FigureFact, starts: list[int]) -> bool:
    """The percentage is a level or share, not a change: no verb of change, "up", "down" or
    "by" right before it ("reached 98%", "took 52.1%", "fell to 4.1%"; not "rose 7.2%")."""
    i = bisect_left(starts, p.start)
    if i == 0:
        return True
    before = doc[i - 1]
    return before.lower_ not in CHANGE_BEFORE and before.lemma_.lower() not in CHANGE_VERBS


def _gapped_share(doc: Doc, text: str, p: FigureFact, f: FigureFact, starts: list[int]) -> bool:
    """A gapped clause repeats the share's clause with a new subject of nouns or names only:
    "took 52.1%, the opposition 44.3 and independents 3.6"."""
    m = GAPPED_SHARE.search(text, p.end, f.start)
    if m is None or any(c in text[p.end : m.start()] for c in ".;:!?\n"):
        return False
    lo, hi = bisect_left(starts, m.start(1)), bisect_left(starts, f.start)
    return hi > lo and all(t.pos_ in ("NOUN", "PROPN") for t in doc[lo:hi])


def compared_percent(
    doc: Doc, facts: list[FigureFact], starts: list[int], scores: set[int]
) -> list[FigureFact]:
    """A bare number that a word of comparison or a gapped clause sets against a percentage
    that is a level or share in the same sentence is a percentage too, its sign left out as
    ANNOTATION.md restores a count's noun: "98% of GDP last year, up from 95", "fell to 4.1% in
    March from 4.3", "took 52.1%, the opposition 44.3". Not after a percentage of change ("rose
    7.2% to 41"), nor a number with a noun of its own, a year or a score."""
    if not any(f.kind == "percent" for f in facts):
        return facts
    text = text_of(doc)
    sent_starts = [s.start_char for s in sentences(doc)]
    out = list(facts)
    for n, f in enumerate(out):
        if n == 0 or f.kind != "number" or f.group is not None or f.start in scores:
            continue
        p = out[n - 1]  # the figure right before: no other figure between them
        if p.kind != "percent" or p.unit != "%":
            continue
        if not (0 <= f.value <= 100) or (isinstance(f.value, int) and 1800 <= f.value <= 2199):
            continue
        if bisect_right(sent_starts, p.start) != bisect_right(sent_starts, f.start):
            continue
        if noun_follows(doc, f.end, starts) or not _percent_level(doc, p, starts):
            continue
        if COMPARED_GAP.fullmatch(text, p.end, f.start) is not None or _gapped_share(
            doc, text, p, f, starts
        ):
            out[n] = replace(f, kind="percent", unit="%")
    return out
