"""The per-document state of the statements finder (``_Base``) and the token tests it shares.

One instance per call: the entities by their first and last token, the quotations, the
headings, the dates' tokens, and what the statements so far leave for the next (the latest
source, person and body, the gender a name is given). The token tests (verb, adverb, dash,
dateline, ...) read the tags where the pipeline has them, else the word forms. No rules of
their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefx.facts import EntityFact
from briefx.normalize.cues import words
from briefx.normalize.names import is_title_word
from briefx.pipeline import speakers
from briefx.pipeline._util import Intervals, text_of
from briefx.pipeline.statements.grammar import AUXILIARIES, BE, DASHES, FUTURE_MODALS, _Source
from briefx.pipeline.statements.quotes import _quotations


class _Base:
    """What one document gives every rule: its state and the token tests."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.entities: list[EntityFact] = sorted(
            doc._.briefx_entities or [], key=lambda e: (e.start, e.end)
        )
        self.by_end: dict[int, EntityFact] = {}
        self.by_start: dict[int, EntityFact] = {}
        for e in self.entities:
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None and len(span):
                self.by_end[span.end - 1] = e
                self.by_start[span.start] = e
        self.quotes = _quotations(self.text)  # inner spans (start, end), marks outside
        self.quote_inner = Intervals(self.quotes)
        self.opening = {s - 1: e for s, e in self.quotes}  # opening mark -> inner end
        self.by_close = sorted(self.quotes, key=lambda q: q[1])
        self.closing_ends = [e + 1 for _, e in self.by_close]
        self.entity_starts = [e.start for e in self.entities]
        self.entity_spans = Intervals((e.start, e.end) for e in self.entities)
        meta = doc._.briefx_meta
        skip = list(meta.headings) if meta else []
        if meta and meta.title:
            skip.append(meta.title)
        self.headings = Intervals(skip)
        self.tagged = doc.has_annotation("TAG")
        self.parsed = doc.has_annotation("DEP")
        self.in_date: set[int] = set()
        for d in doc._.briefx_dates or []:
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None:
                self.in_date.update(range(span.start, span.end))
        self.last: tuple[int, _Source] | None = None  # (sentence start, source) of the latest
        self.extra: list[EntityFact] = []  # proper names of sources that no entity carries
        self.credits = Intervals(speakers.credits(self.text))  # "(Reuters)": no antecedent
        self.spoke: list[EntityFact] = []  # the named sources of the statements so far
        self.sent_no = 0  # the running sentence's number (blank sentences not counted)
        self.last_person: tuple[int, EntityFact] | None = None  # (sentence number, person)
        self.last_body: tuple[int, EntityFact] | None = None  # (sentence number, body)
        self.last_unnamed_body: int | None = None  # sentence number of an unnamed body's act
        self.genders = speakers.honorific_genders(doc, self.entities)  # name -> "m"/"f"
        self._known_cache: tuple[int, list[EntityFact]] = (0, [])
        self.kinds: dict[str, frozenset[str]] | None = None  # body name -> kinds, on demand

    def _dash(self, k: int) -> bool:
        """True where token ``k`` is a dash: an en or em dash, or a hyphen with spaces round it."""
        t = self.doc[k]
        if t.text in DASHES:
            return True
        return t.text == "-" and bool(t.whitespace_) and k > 0 and bool(self.doc[k - 1].whitespace_)

    def _relative_that(self, m: int) -> bool:
        """True where the "that" at token ``m`` opens a relative clause on the noun before it:
        a finite verb or an auxiliary follows it at once ("a vote that was criticised", "a
        plan that would cut"), where a complementizer is followed by its clause's subject."""
        if m + 1 >= len(self.doc):
            return False
        nxt = self.doc[m + 1]
        if nxt.lower_ in AUXILIARIES | BE | FUTURE_MODALS:
            return True
        return self.tagged and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")

    def _is_adverb(self, t: Token) -> bool:
        if self.tagged:
            return t.tag_ in ("RB", "RBR", "RBS") and t.lower_ not in ("so", "as")
        return t.lower_ in words("adverb") or (t.is_alpha and t.lower_.endswith("ly"))

    def _is_verb(self, t: Token) -> bool:
        return not self.tagged or t.tag_.startswith("VB")

    def _proper(self, t: Token) -> bool:
        return (
            self.tagged
            and t.tag_ in ("NNP", "NNPS")
            and t.text[:1].isupper()
            and not is_title_word(t.text)
        )

    def _in_entity(self, m: int) -> bool:
        t = self.doc[m]
        return self.entity_spans.overlaps(t.idx, t.idx + 1)

    def _participle_adjunct(self, t: Token) -> bool:
        if t.lower_ in words("participle_preposition"):
            return False
        if self.tagged:
            return t.tag_ == "VBG"
        return t.is_alpha and t.lower_.endswith("ing")

    def _is_verb_like(self, t: Token) -> bool:
        if self.tagged:
            return t.tag_.startswith(("VB", "MD"))
        return False

    def _past_dateline(self, sent: Span, limit: int) -> int:
        """The first token after a dateline that opens the sentence ("OTTAWA, March 6 —",
        "FRANKFURT, April 11 (Reuters) -"): a dash, or a hyphen with space on both sides, among
        the first 12 tokens (before ``limit``); else the sentence start."""
        doc = self.doc
        k = sent.start
        for m in range(sent.start, min(limit, sent.start + 12)):
            t = doc[m]
            spaced = t.text == "-" and m > sent.start and doc[m - 1].whitespace_ and t.whitespace_
            if t.text in DASHES or spaced:
                k = m + 1
        return k

    def _inside_quote(self, t: Token) -> bool:
        return self.quote_inner.overlaps(t.idx, t.idx + 1)
