"""Counts that the layout names: a header before a colon or a dash at a line start ("Seats won:
SPD 57, CDU 47", "Injured: 212"), a table's column header ("Province  Cases  Deaths") or row
label ("Flights cancelled  430") gives a bare number on its line or in its column the noun it
counts; so does a header on a line of its own above rows of a name and a number ("Cases by
region" over "North: 120"; a row whose one-word label read as its noun among rows of names
counts it too: "Seats won" over "Labour: 31", "Greens: 12"); and rows of a results list ("Labour 412" over "Conservative 121"),
which hold no designation. Tables: ``models/counted_nouns.jsonl`` (words for people) through ``words``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span

from briefx.facts import FigureFact
from briefx.pipeline._util import text_of
from briefx.pipeline.figures.words import (
    counted_nouns,
    noun_follows,
    plural_lemma,
    plural_noun,
    title_plural_word,
)
from briefx.resources import figure_words, read_jsonl

# "Seats won: SPD 57, CDU 47", "Injured: 212", "Homes destroyed: 1,340": a short header at a
# line start (a capitalised word and up to three lower-case ones) before a colon.
# a header may stand after a bullet, as key-figure lists write it ("• Employees: 12,400",
# "- Homes destroyed: 1,240"; the bullets of ANNOTATION.md and entities.forms.BULLETS)
# or before a spaced dash and a number ("Deaths — 57", "Homes damaged - 3,400")
# or with its count in brackets before the colon ("Arrested (3): <names>", "Wounded (5): ...")
HEADER_LINE = re.compile(
    r"^[ \t]*(?:[•*\-–—·▪◦‣]+[ \t]+)?([A-Z][A-Za-z]*(?:[ \t]+[a-z]+){0,3})"
    r"(?:[ \t]*:[ \t]*(?=\S)|[ \t]+[-–—][ \t]+(?=\d)|[ \t]*\((?=\d[\d,]*\)[ \t]*:))",
    re.MULTILINE,
)
# a longer header (five to seven words) right before a number: "Total deaths reported so far:
# 27", "Number of households still without water: 2,300"; read only where no verb, pronoun or
# name stands before its noun (``_long_header_noun``: "The minister told reporters: 12" is a
# sentence, not a header)
LONG_HEADER_LINE = re.compile(
    r"^[ \t]*(?:[•*\-–—·▪◦‣]+[ \t]+)?([A-Z][A-Za-z]*(?:[ \t]+[a-z]+){4,6})[ \t]*:[ \t]*(?=\d)",
    re.MULTILINE,
)
# words that may stand before a long header's noun: "Total", "Number of", "New confirmed"
LONG_HEADER_LEAD = {"ADJ", "NOUN", "ADP", "DET"}
# a header of a plural noun and a participle before a phrase of place or occasion, its numbers
# after the colon: "Seats won in Monday's federal election: Liberals 169, Conservatives 144"
PHRASE_HEADER_LINE = re.compile(
    r"^(?:[^\n:]{0,40}?[ \t][-–—][ \t]+)?"  # after a dateline's dash
    r"([A-Z][a-z]+[ \t]+[a-z]+)[ \t]+(?:in|at|on|for|of|to)[ \t]+[^:\n\d]{1,60}?"
    r"[ \t]*:[ \t]*(?=\S)",
    re.MULTILINE,
)
# a header with what its numbers count in brackets before the colon, the list on the same line:
# "Leading scorers (goals): Haaland 24, Isak 19", "Table after two rounds (points): Ireland 10";
# a bracket that names no plural ("Seats (share of the vote):") leaves the header's own noun
BRACKET_HEADER_LINE = re.compile(
    r"^[ \t]*(?:[•*\-–—·▪◦‣]+[ \t]+)?([A-Z][A-Za-z]*(?:[ \t]+[a-z]+(?:-[a-z]+)?){0,3})"
    r"[ \t]*\(([a-z]+(?:[ \t]+[a-z]+){0,3})\)[ \t]*:[ \t]*(?=\S)",
    re.MULTILINE,
)
# a header that follows another's figure on the same line after a full stop or a semicolon, its
# number right after the colon: "Turnout: 54%. Seats: 120", "Votes cast: 3,400. Spoilt ballots:
# 45"; it holds up to the next sentence end
RUN_ON_HEADER = re.compile(
    r"(?<=[.;])[ \t]+([A-Z][A-Za-z]*(?:[ \t]+[a-z]+){0,3})[ \t]*:[ \t]*(?=\d)"
)
RUN_ON_END = re.compile(r"[.;](?:[ \t]|$)|\n")
HEADER_TAIL = {"VERB", "ADJ", "ADV", "PART"}  # "won", "cast", "open" (tagged as verbs), "so far"
# a prepositional phrase may close a header too: "Homes without power", "Released on bail"
HEADER_PHRASE_TAIL = {"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"}


def _header_tail(tail: Span) -> bool:
    """Participles, adjectives and adverbs, then at most one prepositional phrase."""
    for n, t in enumerate(tail):
        if t.pos_ == "ADP":
            return all(u.pos_ in HEADER_PHRASE_TAIL for u in tail[n + 1 :])
        if t.pos_ not in HEADER_TAIL:
            return False
    return True


def _participle_header(doc: Doc, start: int, end: int) -> bool:
    """A header that is a past participle alone or before a prepositional phrase ("Charged",
    "Released on bail", "Deported"): it counts what the header beside it counts."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not _header_tail(span[1:]):
        return False
    head = span[0]
    # the tagger reads a capitalised participle alone as a name ("Questioned: 12")
    return head.tag_ in ("VBN", "VBD") or (
        head.tag_ == "NNP" and head.lower_.endswith("ed") and len(head) > 4
    )


@cache
def header_abbreviations() -> dict[str, str]:
    """A column header's abbreviation -> the noun it counts (``models/figure_words.jsonl`` kind
    ``header_abbreviation``: "pts" -> point)."""
    return {
        str(r["word"]): str(r["noun"])
        for r in read_jsonl("figure_words.jsonl")
        if r["kind"] == "header_abbreviation"
    }


def _header_noun(doc: Doc, start: int, end: int) -> str | None:
    """The counted noun a header names: its plural noun ("Seats won" -> "seat", "Women
    elected" -> "woman"), a word for people ("Injured", "Missing" -> "person") or a collective
    noun of people ("Population affected", "Crowd" -> "person"), followed only by participles
    or adjectives. None for anything else ("Turnout", "Note", "Source") and for a noun that
    names the list ("Results", "Scores", "Standings": ``figure_words("list_header")``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    table = counted_nouns()
    if len(span) == 1 and span[0].lower_.rstrip(".") in header_abbreviations():
        return header_abbreviations()[span[0].lower_.rstrip(".")]  # "Pts" -> point
    for n, t in enumerate(span):
        low = t.lower_
        row = table.get(low, {})
        if n == 0 and row.get("role") == "person" and len(span) == 1:
            return "person"  # "Injured: 212", as "212 injured"
        heading = n == 0 or span[n - 1].pos_ == "ADJ"
        if heading and plural_lemma(low) in figure_words("list_header"):
            return None  # "Results: England 31 Wales 14": the list's name, scores stay numbers
        if n == 0 and row.get("role") == "group_person" and _header_tail(span[1:]):
            return "person"  # "Population affected: 6,42,300", "Crowd: 52,118"
        if (
            t.tag_ in ("NNS", "NNPS")
            or (t.pos_ in ("NOUN", "PROPN") and plural_noun(t))
            or title_plural_word(t)  # "Homes destroyed", "Containers": a header's capital
        ):
            if not _header_tail(span[n + 1 :]):
                return None
            if row.get("role") == "lemma":
                return row["lemma"]
            return plural_lemma(low) if t.pos_ == "PROPN" else t.lemma_.lower()
    return None


def _long_header_noun(doc: Doc, start: int, end: int) -> str | None:
    """The noun of a long header (``LONG_HEADER_LINE``), as ``_header_noun`` reads it, where only
    adjectives, nouns, prepositions and determiners stand before its first plural noun ("Number
    of schools closed across the region")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.tag_ in ("NNS", "NNPS") or plural_noun(t) or counted_nouns().get(t.lower_):
            break
        if t.pos_ not in LONG_HEADER_LEAD and not (t.i == span.start and t.pos_ == "PROPN"):
            return None  # the tagger reads a line's capitalised first word as a name
    else:
        return None
    return _header_noun(doc, start, end)


def header_count(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """A bare whole number on a line that opens with a header naming a plural noun counts that
    noun: "Seats won: SPD 57, CDU 47" -> 57 seats, "Deaths: 19", "Injured: 212" (people)."""
    text = text_of(doc)
    if not any(f.kind == "number" for f in facts):
        return facts
    lines: list[tuple[int, int, str]] = []  # (from, to, noun): the line after its header
    # a header line: (its line start, its content start, its end, its noun or None for a
    # participle alone, which takes the noun of the header line next to it)
    found: list[tuple[int, int, int, str | None]] = []
    for m in sorted(
        [*HEADER_LINE.finditer(text), *PHRASE_HEADER_LINE.finditer(text)], key=lambda m: m.start()
    ):
        noun = _header_noun(doc, m.start(1), m.end(1))
        if noun or _participle_header(doc, m.start(1), m.end(1)):
            eol = text.find("\n", m.end())
            found.append((m.start(), m.end(), len(text) if eol < 0 else eol, noun))
    for m in LONG_HEADER_LINE.finditer(text):
        noun = _long_header_noun(doc, m.start(1), m.end(1))
        if noun:
            eol = text.find("\n", m.end())
            found.append((m.start(), m.end(), len(text) if eol < 0 else eol, noun))
    for m in BRACKET_HEADER_LINE.finditer(text):
        noun = _header_noun(doc, m.start(2), m.end(2)) or _header_noun(doc, m.start(1), m.end(1))
        if noun:
            eol = text.find("\n", m.end())
            found.append((m.start(), m.end(), len(text) if eol < 0 else eol, noun))
    for m in RUN_ON_HEADER.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        noun = _header_noun(doc, m.start(1), m.end(1))
        # only after a figure on its line: a header of its own before ("Turnout: 54%. Seats: 120")
        if noun and any(line_start <= f.start < m.start() for f in facts):
            end = RUN_ON_END.search(text, m.end())
            found.append((m.start(), m.end(), len(text) if end is None else end.start(), noun))
    found.sort()
    for _ in range(2):  # down the block, then up: "Arrested: 14", "Charged: 9", "Bailed: 5"
        for n, (lo, start, hi, noun) in enumerate(found):
            if noun is None:
                above = found[n - 1] if n > 0 and found[n - 1][2] + 1 == lo else None
                below = found[n + 1] if n + 1 < len(found) and hi + 1 == found[n + 1][0] else None
                noun = (above[3] if above else None) or (below[3] if below else None)
                found[n] = (lo, start, hi, noun)
    lines = [(start, hi, noun) for _, start, hi, noun in found if noun]
    if not lines:
        return facts
    out = list(facts)
    for n, f in enumerate(facts):
        if f.kind != "number" or not isinstance(f.value, int) or f.value < 0:
            continue
        for lo, hi, noun in reversed(lines):  # the nearest header before: "... Seats: 120"
            if (
                lo <= f.start < hi
                and not noun_follows(doc, f.end, starts)
                # a count with its own noun before the number on the line names what the list
                # counts, not the header ("Leaders: Liverpool 25 points, Arsenal 23": points;
                # "Results: Labour 412 seats, Conservatives 121": seats); the carried counts read
                # it
                and not any(g.kind == "count" and g.unit and lo <= g.start < f.start for g in facts)
            ):
                out[n] = replace(f, kind="count", unit=noun)
                break
    return out


# a header on a line of its own above a list of rows: "Cases by region", "Seats won:",
# "Results (seats won):" (a bracket names what the rows count)
BLOCK_HEADER = re.compile(
    r"[ \t]*([A-Z][A-Za-z]*(?:[ \t]+[a-z]+){0,3})"
    r"(?:[ \t]*\(([a-z]+(?:[ \t]+[a-z]+){0,3})\))?[ \t]*:?[ \t]*"
)
# a longer line that closes on what its rows count, in brackets or after a comma, before a colon:
# "Final result of Sunday's election (seats in the Bundestag):", "Result of the vote, seats won:"
TAIL_HEADER = re.compile(r"(?:\(|,[ \t]+)([a-z]+(?:[ \t]+[\w'’]+){0,4})\)?[ \t]*:[ \t]*$")
# a row under it: a name and a number, with or without a colon ("North: 120", "Labour 412")
BLOCK_ROW = re.compile(
    r"[ \t]*(?:[•*·▪-]+[ \t]+)?[A-Z][\w.'’&/-]*(?: [A-Z][\w.'’&/-]*){0,3}[ \t]*:?[ \t]+"
    r"\d[\d,.]*[ \t]*"
)


def block_header_count(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """A bare whole number in a row of a list ("North: 120", "Labour 412") under a header line
    of its own that names a plural noun counts that noun: "Cases by region" over "North: 120"
    -> 120 cases, "Results (seats won):" over "Labour 412" -> 412 seats. A header that is a
    plural noun alone ("Results:") names the list, not what it counts: a bracket, a participle
    or a phrase must follow the noun."""
    text = text_of(doc)
    if "\n" not in text or not any(f.kind == "number" for f in facts):
        return facts
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    spans: list[tuple[int, int, str]] = []  # (from, to, noun) of the rows under a header
    for n, (lo, hi) in enumerate(lines[:-1]):
        if BLOCK_ROW.fullmatch(text, *lines[n + 1]) is None:
            continue
        m = BLOCK_HEADER.fullmatch(text, lo, hi)
        if m is None:
            m = TAIL_HEADER.search(text, lo, hi)
            noun = _header_noun(doc, m.start(1), m.end(1)) if m is not None else None
        elif m.group(2) is not None:
            noun = _header_noun(doc, m.start(2), m.end(2))
        else:
            noun = _header_noun(doc, m.start(1), m.end(1)) if " " in m.group(1) else None
        if noun is None:
            continue
        for a, b in lines[n + 1 :]:
            if BLOCK_ROW.fullmatch(text, a, b) is None:
                break
            spans.append((a, b, noun))
    if not spans:
        return facts
    out = list(facts)
    bare: set[str] = set()  # the headers' nouns that a row of a name alone takes
    for n, f in enumerate(facts):
        if f.kind != "number" or not isinstance(f.value, int) or f.value < 0:
            continue
        for lo, hi, noun in spans:
            if lo <= f.start < hi and not noun_follows(doc, f.end, starts):
                out[n] = replace(f, kind="count", unit=noun)
                bare.add(noun)
                break
    return _label_rows(doc, out, spans, bare, starts) if bare else out


# a row's label before its colon: one capitalised word ("Greens: 12", "Independents: 5")
ROW_LABEL = re.compile(r"[ \t]*(?:[•*·▪-]+[ \t]+)?([A-Z][a-z]+)[ \t]*:")


def _label_rows(
    doc: Doc,
    facts: list[FigureFact],
    spans: list[tuple[int, int, str]],
    bare: set[str],
    starts: list[int],
) -> list[FigureFact]:
    """Rows under a header whose other rows are a name and a number ("Seats won" over
    "Labour: 31", "Greens: 12", "Independents: 5"): the rows are kinds of what the header
    counts, so a row whose one-word label read as its count's noun ("Greens" -> "green")
    counts the header's noun too, as the same list on one line does ("Seats won: Labour 31,
    Greens 12"). Rows that all name their noun ("Vehicles seized" over "Cars: 14", "Vans: 6")
    keep it."""
    text = text_of(doc)
    out = list(facts)
    for n, f in enumerate(facts):
        if f.kind != "count" or noun_follows(doc, f.end, starts):
            continue
        for lo, hi, noun in spans:
            if not lo <= f.start < hi or noun not in bare or f.unit == noun:
                continue
            m = ROW_LABEL.match(text, lo, hi)
            if m is not None and m.end() <= f.start and plural_lemma(m.group(1).lower()) == f.unit:
                out[n] = replace(f, unit=noun)  # "Greens: 12" under "Seats won" -> 12 seats
            break
    return out


CELL = re.compile(r"\S+(?: \S+)*")  # a table cell: words with single spaces between
CELL_GAP = re.compile(r"(?: {2,}|\t)")
PIPE_CELL = re.compile(r"[^|\s](?:[^|]*[^|\s])?")  # a cell between pipes: "North | 1,204 | 45"

# a line that is a name and a number only: "Labour 412", "• Lib Dem 72", "Kenya 3"
RESULT_ROW = re.compile(
    r"[ \t]*(?:[•*·▪-]+[ \t]+)?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}[ \t]+\d[\d,.]*"
)


def result_row(text: str, pos: int) -> bool:
    """The number at ``pos`` ends a line that is a name and a number, and the line before or
    after it has the same shape: rows of a results list, not a designation ("Phase 1")."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi

    def row(a: int, b: int) -> bool:
        return RESULT_ROW.fullmatch(text, a, b) is not None

    if not row(lo, hi):
        return False
    before = text.rfind("\n", 0, lo - 1) + 1 if lo > 0 else -1
    after = text.find("\n", hi + 1) if hi < len(text) else -1
    return (before >= 0 and row(before, lo - 1)) or (
        hi < len(text) and row(hi + 1, len(text) if after < 0 else after)
    )


def row_cells(text: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The cells of the line text[lo:hi] where two spaces, a tab or pipes part them, else None."""
    line = text[lo:hi]
    if line.count("|") >= 2 or line.strip(" |").count(" | "):  # a table written with pipes
        return [(lo + m.start(), lo + m.end()) for m in PIPE_CELL.finditer(line)]
    if CELL_GAP.search(line.strip()) is None:
        return None
    return [(lo + m.start(), lo + m.end()) for m in CELL.finditer(line)]


def _row_label_noun(doc: Doc, text: str, cells: list[tuple[int, int]]) -> str | None:
    """The noun a row label counts in a table of a label and numbers: "Flights cancelled  430",
    "Injured  140". A team or place alone ("Rangers  30  19  58", "Tigers  9  6") labels a row
    of plain numbers: the label must have a lower-case word after its noun or be a word for
    people."""
    if len(cells) < 2:
        return None
    a, b = cells[0]
    label = text[a:b]
    if not label[:1].isupper() or any(c.isdigit() for c in label):
        return None
    if not all(text[c:d][:1].isdigit() or text[c:d][:1] in "+-–" for c, d in cells[1:]):
        return None
    span = doc.char_span(a, b, alignment_mode="expand")
    if (
        span is None
        or not (
            counted_nouns().get(span[0].lower_, {}).get("role") == "person"  # "Injured"
            or any(t.text[:1].islower() for t in span[1:] if t.is_alpha)
        )
    ):
        return None
    return _header_noun(doc, a, b)


def column_count(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """A bare number in a column under a header that names a plural noun counts that noun:
    "Province  Cases  Deaths" over "Equateur  1,204  45" -> 1,204 cases, 45 deaths. Cells are
    parted by two spaces or a tab; a data line with as many cells as its header is read, until
    a line of another shape."""
    text = text_of(doc)
    if "  " not in text and "\t" not in text and " | " not in text:
        return facts
    nouns: dict[tuple[int, int], str] = {}  # a data cell -> the noun its column counts
    header: list[str | None] | None = None
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        cells = row_cells(text, lo, hi)
        if cells is None:
            header = None
            continue
        words = [text[a:b] for a, b in cells]
        if all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words):
            header = [_header_noun(doc, a, b) for a, b in cells]
            header = header if any(header) else None
            continue
        row_noun = _row_label_noun(doc, text, cells)
        if header is None or len(cells) != len(header):
            header = None
            for cell in cells[1:] if row_noun else ():
                nouns[cell] = row_noun  # type: ignore[assignment]
            continue
        for k, (cell, noun) in enumerate(zip(cells, header, strict=True)):
            if noun or (row_noun and k > 0):
                nouns[cell] = noun or row_noun  # type: ignore[assignment]
    if not nouns:
        return facts
    out = list(facts)
    for n, f in enumerate(facts):
        if f.kind == "number" and isinstance(f.value, int) and f.value >= 0:
            noun = nouns.get((f.start, f.end))
            if noun:
                out[n] = replace(f, kind="count", unit=noun)
    return out
