"""``briefx_metadata``: title, published date, section headings, line-break sentences.

Sets ``doc._.briefx_meta`` (a ``DocMeta``) and starts a sentence after every line break, so a
heading never runs into the paragraph below it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from briefx.facts import DocMeta
from briefx.normalize.dates import normalize_date
from briefx.pipeline._util import text_of

# "Published: 13.02.2025", "Updated on Feb. 13, 2025"
PUBLISHED = re.compile(
    r"^[ \t]*(?:Published|Posted|Updated|Date|Released|Issued)(?: on)?[ \t]*:?[ \t]*(?P<date>[^\n]{4,40}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "WASHINGTON, Feb. 13, 2025 —", "CAPE CANAVERAL, Fla., Dec. 10, 2012 /PRNewswire/ --"
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\- ]{1,40}(?:,[ \t]*[A-Z][A-Za-z.]{1,15})?,[ \t]*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4})|(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}))",
    re.MULTILINE,
)
# A line that is only a date, near the top ("Monday, April 6, 2009").
DATE_LINE = re.compile(
    r"^[ \t]*(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]*)?"
    r"(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?[ \t]+\d{1,2},[ \t]*\d{4})[ \t]*$",
    re.MULTILINE,
)
# "The press release issued by ... on 9 November 2022."
ISSUED_ON = re.compile(
    r"(?:issued|published|released)\b[^\n.]{0,80}?\bon[ \t]+(?P<date>\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4})",
)
# UK Government: "the government has announced today (12 October 2023)"
TODAY_PAREN = re.compile(
    r"\b[Tt]oday[ \t]*\((?P<date>\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4})\)"
)
# European Commission: "Brussels, 9 November 2022" at the start of a line
PLACE_DATELINE = re.compile(
    r"^[ \t]*[A-Z][a-z]{2,20}(?:[ \-][A-Z][a-z]{2,20})?,[ \t]*"
    r"(?P<date>\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4})"
    r"(?=[ \t]*(?:$|[-–—:]))",
    re.MULTILINE,
)
# A numeric date after a place: "LONDON 1996-08-30" (wire copy, no comma), "GENEVA, 2025-02-13
# (Reuters) -", "Frankfurt am Main, 30.01.2025": ISO, year-first slashes, and day-month-year with
# dots or slashes (normalize_date reads them; the date order decides slashed ones).
NUMERIC_DATE = r"\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}"
PLACE_WORD = r"(?:[A-Z][A-Z.'\-]+|[A-Z][a-z]+)"
NUMERIC_DATELINE = re.compile(
    rf"^[ \t]*{PLACE_WORD}(?:[ \-](?:{PLACE_WORD}|[a-z]{{2,3}}(?=[ \-][A-Z])))*"
    rf"(?:,[ \t]*[A-Z][A-Za-z.]{{1,15}})?,?[ \t]+(?P<date>{NUMERIC_DATE})"
    r"(?=[ \t]*(?:$|[-–—:(]))",
    re.MULTILINE,
)
# A full date on one of the first lines with a label, byline or time beside it: "Thursday 27
# August 2026", "By Jane Roe | 5 June 2026", "Last updated: 3 March 2026, 14:05 GMT". Only a
# short line that is no sentence, near the top (``HEAD_LINES``), dates the text this way.
FULL_DATE = re.compile(
    r"\b(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4}))\b"
)
HEAD_LINES = 3
HEAD_LINE_WORDS = 12
TERMINAL = (".", "!", "?", ";", ",", ":")
MAX_HEADING_WORDS = 12
MAX_TITLE_WORDS = 30


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def reads_as_heading(line: str, max_words: int = MAX_HEADING_WORDS) -> bool:
    """Return True for a short line without sentence punctuation that starts with a capital."""
    words = line.split()
    if not words or len(words) > max_words or line.endswith(TERMINAL):
        return False
    if not line[0].isupper() or line.startswith(("•", "-- ", "- ", "* ")):
        return False
    return sum(c.isalpha() for c in line) >= 3


class MetadataComponent:
    """Find the title, published date and headings of a brief."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        meta = DocMeta()
        lines = [_strip(text, s, e) for s, e in _lines(text)]
        nonblank = [(s, e) for s, e in lines if e > s]
        if nonblank:
            s, e = nonblank[0]
            if reads_as_heading(text[s:e], MAX_TITLE_WORDS) or (
                len(nonblank) > 1
                and not text[s:e].endswith(".")
                and len(text[s:e].split()) <= MAX_TITLE_WORDS
            ):
                meta.title = (s, e)
        blank_before = True
        for i, (s, e) in enumerate(lines):
            if e == s:
                blank_before = True
                continue
            line = text[s:e]
            nxt_blank = i + 1 >= len(lines) or lines[i + 1][1] == lines[i + 1][0]
            if (
                (s, e) != meta.title
                and blank_before
                and nxt_blank
                and reads_as_heading(line)
                # A "Published: ..." line, or one that is only a date, is metadata.
                and not (PUBLISHED.fullmatch(line) or DATE_LINE.fullmatch(line))
            ):
                meta.headings.append((s, e))
            blank_before = False
        self._find_published(text, meta)
        self._line_sentences(doc)
        doc._.briefx_meta = meta
        return doc

    @staticmethod
    def _find_published(text: str, meta: DocMeta) -> None:
        found: list[tuple[int, int, str]] = []
        head = text[:2000]
        for pattern, where in (
            (PUBLISHED, text),
            (DATELINE, text),
            (DATE_LINE, head),
            (ISSUED_ON, head),
            (TODAY_PAREN, head),
            (PLACE_DATELINE, head),
            (NUMERIC_DATELINE, head),
        ):
            for m in pattern.finditer(where):
                value = normalize_date(m.group("date"))
                if value and value.value and value.granularity == "day":
                    found.append((m.start("date"), m.end("date"), value.value))
        top = [(s, e) for s, e in (_strip(text, s, e) for s, e in _lines(head)) if e > s]
        for s, e in top[:HEAD_LINES]:
            line = text[s:e]
            if line.endswith((".", "!", "?")) or len(line.split()) > HEAD_LINE_WORDS:
                continue  # a sentence of the story, not a date line
            if (hit := FULL_DATE.search(line)) is None:
                continue
            day = normalize_date(hit.group("date"))
            if day and day.value and day.granularity == "day":
                found.append((s + hit.start("date"), s + hit.end("date"), day.value))
        found.sort()
        seen: set[int] = set()
        for start, _end, iso in found:
            if start not in seen:
                meta.datelines.append((start, iso))
                seen.add(start)
        if found:
            start, end, iso = found[0]
            meta.published, meta.published_span = iso, (start, end)

    @staticmethod
    def _line_sentences(doc: Doc) -> None:
        # Line breaks end sentences in briefs (headings, bullets, datelines). A parsed Doc
        # keeps the parser's sentences: spaCy refuses to change them (E043).
        if doc.has_annotation("DEP"):
            return
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if not token.is_space and (
                ("\n" in prev.text_with_ws and prev.is_space) or prev.whitespace_ == "\n"
            ):
                token.is_sent_start = True


@Language.factory(
    "briefx_metadata",
    assigns=["doc._.briefx_meta", "token.is_sent_start"],
    default_config={},
)
def make_metadata(nlp: Language, name: str) -> MetadataComponent:
    """Create the metadata component.

    RETURNS (MetadataComponent): sets doc._.briefx_meta and sentence starts at line breaks.
    """
    return MetadataComponent()
