"""Helpers shared by the components: extension attributes and span utilities."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefx.resources import read_jsonl

# After a four-digit number, what makes it a 24-hour clock time ("0900 local time", "2100
# hours", "at 1430 GMT"): read by the dates stage (no year) and the figures stage (no count).
CLOCK_WORDS_AFTER = re.compile(r"\s?(?:local time|hours|hrs)\b")
ZONE_AFTER = re.compile(r"\s?(?:[A-Z]{1,4}T|UTC|Z)\b")


def longest_first(words: Iterable[str]) -> list[str]:
    """Words to join into a regular expression's alternation, longest first (a longer word wins
    over its own start: "Ministry of Finance" before "Ministry") and then alphabetical, so the
    pattern is the same in every process whatever a set's hash order (``briefx.regex_cache``
    can keep it)."""
    return sorted(words, key=lambda w: (-len(w), w))


def shortest_first(words: Iterable[str]) -> list[str]:
    """Words to join into an alternation, shortest first and then alphabetical (where the
    pattern's own context decides between a word and a longer one), in the same order in every
    process."""
    return sorted(words, key=lambda w: (len(w), w))


# A news agency's credit after a dateline: "SYDNEY, March 3 (Reuters) -", "PARIS (AFP) —". The
# credit in brackets after a line's place in capitals (and up to 40 characters of region or date)
# and before a dash, a colon or the line's end; ``models/news_agencies.jsonl`` says which
# credits are agencies. Read by the entities stage (the agency's ORG) and the figures stage
# (agency copy filed abroad writes a bare "$" for U.S. dollars).
WIRE_CREDIT = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’ -]*[A-Z.](?:,[^()\n]{1,40}?)? \(([A-Za-z][A-Za-z-]{1,10})\)"
    r"(?=[ \t]*(?:[-–—:]|$))"
)


@cache
def agencies() -> dict[str, str]:
    """Return credit -> agency title (models/news_agencies.jsonl)."""
    return {str(r["credit"]): str(r["name"]) for r in read_jsonl("news_agencies.jsonl")}


@cache
def agency_homes() -> dict[str, str]:
    """Return credit -> the agency's home country (models/news_agencies.jsonl)."""
    return {str(r["credit"]): str(r["country"]) for r in read_jsonl("news_agencies.jsonl")}


def wire_agency_countries(text: str) -> set[str]:
    """The home countries (ISO 3166) of the news agencies a dateline of the text credits
    ("HONG KONG (Reuters) -" -> {"GB"}); empty for a text that is not agency copy."""
    homes = agency_homes()
    return {homes[m.group(1)] for m in WIRE_CREDIT.finditer(text) if m.group(1) in homes}


def set_extension(name: str, default: object = None) -> None:
    """Register ``Doc._.<name>`` once (components may be created many times)."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)


for _name in (
    "briefx_meta",
    "briefx_dates",
    "briefx_figures",
    "briefx_entities",
    "briefx_reference_date",
    "briefx_fallback_date",
):
    set_extension(_name)


def reference_date(doc: Doc, offset: int | None = None) -> dt.date | None:
    """Return the date relative expressions at ``offset`` resolve against.

    The caller's reference date (``doc._.briefx_reference_date``) wins; else the dateline
    or "Published:" line that precedes ``offset``, else the first one in the text.
    """
    given = doc._.briefx_reference_date
    if given is not None:
        return given  # type: ignore[no-any-return]
    meta = doc._.briefx_meta
    if meta is None or not meta.datelines:
        # The input's own metadata (an HTML page's date), when the text states none.
        return doc._.briefx_fallback_date  # type: ignore[no-any-return]
    chosen = meta.datelines[0][1]
    if offset is not None:
        for at, iso in meta.datelines:
            if at <= offset:
                chosen = iso
    return dt.date.fromisoformat(chosen)


class Intervals:
    """Character spans, indexed for O(log n) overlap queries (built once, queried often)."""

    __slots__ = ("_max_end", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted((s, e) for s, e, *_ in spans)
        self._starts = [s for s, _ in ordered]
        self._max_end: list[int] = []
        top = -1
        for _, e in ordered:
            top = max(top, e)
            self._max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        """Return True if [start, end) overlaps any span."""
        k = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return k > 0 and self._max_end[k - 1] > start


def overlaps(start: int, end: int, spans: Intervals | Iterable[tuple[int, int]]) -> bool:
    """Return True if [start, end) overlaps any of ``spans`` (an Intervals for many queries)."""
    if isinstance(spans, Intervals):
        return spans.overlaps(start, end)
    return any(start < e and s < end for s, e in spans)


# spaCy's tokenizer strips prefixes and suffixes one at a time, re-slicing the rest of the
# token each time: a run of 8,000 "(" or "'" took 7.7 s here (2,000 took 0.5 s), i.e. quadratic.
# Runs without white space longer than this are cut into tokens of this length instead.
MAX_RUN = 200
# Tried only where a run starts: "\S{201,}" alone re-scans every word from each of its letters.
LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_RUN + 1},}}")


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenise ``text`` like ``nlp.make_doc``, in time linear in its length.

    doc.text == text always; only runs of more than MAX_RUN non-space characters are
    tokenised differently (cut into MAX_RUN-character tokens).
    """
    if not LONG_RUN.search(text):
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for m in LONG_RUN.finditer(text):
        if m.start() > pos:
            for t in nlp.tokenizer(text[pos : m.start()]):
                words.append(t.text)
                spaces.append(bool(t.whitespace_))
        run = m.group()
        for i in range(0, len(run), MAX_RUN):
            words.append(run[i : i + MAX_RUN])
            spaces.append(False)
        pos = m.end()
        if pos < len(text) and text[pos] == " ":
            spaces[-1] = True
            pos += 1
    if pos < len(text):
        for t in nlp.tokenizer(text[pos:]):
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert doc.text == text
    return doc


_TEXT_KEY = "briefx.text"


def text_of(doc: Doc) -> str:
    """Return ``doc.text``, built once per Doc.

    ``Doc.text`` joins every token on each access; the components read it per mention, which
    made them quadratic in the document's length (minutes for a 120,000-character text).
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text  # type: ignore[no-any-return]


_READABLE_KEY = "briefx.readable"


def readable_text(doc: Doc) -> str:
    """Return ``doc.text`` with every run of more than MAX_RUN non-space characters blanked.

    Such a run (a URL, an encoded blob, a table flattened without spaces) is no prose, and
    ``make_doc`` already cuts it into MAX_RUN-character tokens: the stages that read figures
    and dates from the text skip it. Offsets are unchanged (each character becomes a space).
    200 kB of "abc$1,000.5%" held 16,667 "figures" and cost those stages seconds, where bare
    spaCy keeps the run as one token. Built once per Doc.
    """
    got = doc.user_data.get(_READABLE_KEY)
    if got is None:
        text = text_of(doc)
        got = LONG_RUN.sub(lambda m: " " * len(m.group()), text) if LONG_RUN.search(text) else text
        doc.user_data[_READABLE_KEY] = got
    return got  # type: ignore[no-any-return]


def has_sentences(doc: Doc) -> bool:
    """True when a parser, senter or sentencizer has set sentence boundaries."""
    return doc.has_annotation("SENT_START") or doc.has_annotation("DEP")


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc``, or the whole doc as one where no component set them."""
    return list(doc.sents) if has_sentences(doc) else [doc[:]]
