"""Finding the cues and assembling the statements (``_Finder``, the driver).

Sentence by sentence (a longer "sentence" in windows of ``SENTENCE_WINDOW`` tokens), each token
outside a quotation and a heading may be a cue (``briefx.normalize.cues``); a cue gives reported
speech (source, cue, content), "according to X", or nothing. Statements found after the scan:
quotation paragraphs that go on after an attributed one, and quotation paragraphs signed off by
a "Name, Title" line (cue "say"). The outer source wins: a cue inside another statement's
content gives none (``_Containers``).

Cue forms: "<source> is pleased to announce" is the source's act (table kind ``pleased``);
"declare" and "show" need a content opened by "that", a colon or a quotation ("declared a state
of emergency" is an act); "describe" needs "as" ("described the budget as ..."); a cue the
tagger read as a noun is a verb between a name and "that", or after a name and a time phrase
("The IMF on Tuesday forecast ..."). Coordinated named subjects each make the statement
("Germany and France called for ..."), and a gapped second act is the second source's
("pledged €90 million and Japan €70 million"). "we"/"I" are the author's voice (no statement);
a common noun ("officials", "a spokesperson", "the report") is an unnamed source (a statement
without a speaker name). Passive, infinitival, modal ("would say") and habitual ("often say",
"has long argued") cues, cues inside a quotation or inside another statement's content (the
outer source wins), headlines, and negated cues with no clause ("while not committing to such
an increase") give no statement.

Session 21: "agree" states only a content opened by "that" (an agreement to act is a deal; the
cue table); an unnamed document after a named statement ("..., according to a filing")
swallows it no more; "X, who said last week that", "said, in a statement ..., that", a
parenthesis set off by dashes, and ", and its director, X, warned that" (which ends the
previous content) give statements.

Session 22: a progressive cue is a finite act ("is demanding a rise of 24%").

Session 24: a quotation after a continued one goes on from the nearest attribution; a cue in
"-s" the tagger read as a plural noun is a verb before an infinitive ("The cooperative plans to
..."); a sign-off line is no transcript label ("MS ROE: Minister, thank you.") and signs only a
quotation paragraph.

Session 34: a text without sentence ends is read in windows of ``SENTENCE_WINDOW`` tokens, and
whether another statement holds a cue is asked of an index (``_Containers``), not of every pair.

Session 42 (stmt42): "reaffirm" and "inform" (which takes an addressee) are cues; a cue the
tagger read as a noun after a name set off by commas, before "that", is a verb ("..., Jane Roe,
forecast that"); a quotation that is a paragraph of its own right after a paragraph ending with
an attributed quotation goes on from that attribution; an unquoted content that is only a time
phrase ("Barclays, which reports next week, ...") states nothing.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Span, Token

from briefx.facts import EntityFact, StatementFact
from briefx.normalize.cues import Cue, as_cues, cues, gender_words, prepositions, words
from briefx.pipeline import coref, speakers
from briefx.pipeline._util import Intervals, sentences
from briefx.pipeline.statements.content import _Contents
from briefx.pipeline.statements.grammar import (
    AUXILIARIES,
    BE,
    DETERMINERS,
    GERUND_TIME,
    NEGATIONS,
    NEXT_SENTENCE,
    PROGRESSIVE,
    PRONOUNS,
    SIGN_OFF,
    SPEAKING,
    TIME_PREPOSITIONS,
    _Source,
)
from briefx.pipeline.statements.quotes import _is_close

# The longest stretch of tokens read as one sentence. Every cue reads its source and content
# within its sentence, so a text without sentence ends would make each cue read all of it (8,000
# "He told them the" took minutes; session 34); a longer "sentence" is read in windows of this
# many tokens. News sentences stay far below it.
SENTENCE_WINDOW = 300


class _Containers:
    """Statements' contents, indexed to ask whether one other than a given statement holds a
    character offset, in O(log n) (a text of thousands of cues asked every pair; session 34)."""

    __slots__ = ("_best", "_starts")

    def __init__(self, facts: list[StatementFact]) -> None:
        ordered = sorted(facts, key=lambda f: f.start)
        self._starts = [f.start for f in ordered]
        # per prefix of ``ordered``: the two furthest-reaching contents, of two statements
        self._best: list[tuple[tuple[int, int], tuple[int, int]]] = []
        first, second = (-1, -1), (-1, -1)  # (end, id of the statement)
        for f in ordered:
            mark = (f.end, id(f))
            if mark[0] > first[0]:
                first, second = mark, first
            elif mark[0] > second[0]:
                second = mark
            self._best.append((first, second))

    def holds(self, at: int, fact: StatementFact) -> bool:
        """Whether a statement other than ``fact`` has ``at`` inside its content."""
        k = bisect.bisect_right(self._starts, at)
        if not k:
            return False
        first, second = self._best[k - 1]
        end = second[0] if first[1] == id(fact) else first[0]
        return end > at


def _windows(sent: Span) -> list[Span]:
    """``sent`` itself, or consecutive windows of SENTENCE_WINDOW tokens where it is longer."""
    if len(sent) <= SENTENCE_WINDOW:
        return [sent]
    doc = sent.doc
    return [
        doc[s : min(s + SENTENCE_WINDOW, sent.end)]
        for s in range(sent.start, sent.end, SENTENCE_WINDOW)
    ]


class _Finder(_Contents):
    """The work of one call: built per document, so the component itself keeps no state."""

    def run(self) -> list[StatementFact]:
        found: list[tuple[int, StatementFact]] = []  # (cue char offset, fact)
        for whole in sentences(self.doc):
            if whole.text.strip():
                self.sent_no += 1
            for sent in _windows(whole):
                i = sent.start
                while i < sent.end:
                    t = self.doc[i]
                    if self._inside_quote(t) or self.headings.overlaps(t.idx, t.idx + len(t)):
                        i += 1
                        continue
                    got, nxt = self._at(sent, i)
                    found.extend((t.idx, f) for f in got)
                    i = max(nxt, i + 1)
        found.extend((-1, f) for f in self._sign_offs([f for _, f in found]))
        found.extend((-1, f) for f in self._continued([f for _, f in found]))
        # The outer source wins: a cue inside another statement's content gives none.
        # An unnamed document after a named source's statement ("X said it was investigating
        # ..., according to a filing") is the medium of that statement: it swallows none.
        outer = [g for _, g in found if g.speaker_name or g.cue != "according to"]
        inside = _Containers(outer)
        kept = [
            f
            for at, f in found
            if not inside.holds(at, f)
            and not self._only_time(f)
            and not (
                not f.speaker_name
                and f.cue == "according to"
                and any(g.speaker_name and f.start <= a < f.end for a, g in found)
            )
        ]
        unique = {(f.start, f.end, f.speaker_name, f.cue): f for f in kept}
        return sorted(unique.values(), key=lambda f: (f.start, f.end))

    def _only_time(self, f: StatementFact) -> bool:
        """True where an unquoted content is only a time phrase ("Barclays, which reports next
        week, ...": "next week" states nothing; session 42)."""
        if f.quote:
            return False
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        return span is not None and all(
            t.is_punct or t.i in self.in_date or t.lower_ in TIME_PREPOSITIONS for t in span
        )

    def _at(self, sent: Span, i: int) -> tuple[list[StatementFact], int]:
        """The statements a cue at token ``i`` gives, and where to go on scanning."""
        doc = self.doc
        t = doc[i]
        lower = t.lower_
        for seq, lemma in prepositions().items():
            if lower == seq[0] and tuple(x.lower_ for x in doc[i : i + len(seq)]) == seq:
                return self._according(sent, i, i + len(seq), lemma), i + len(seq)
        for cue in cues().get(lower, []) + as_cues().get(lower, []):
            end = i + 1
            if cue.particle:
                p = self._past_adjuncts(sent, end)  # "appealed on Monday for ..."
                if p < sent.end and doc[p].lower_ == cue.particle:
                    end = p + 1
                else:
                    continue
            prev = doc[i - 1] if i > sent.start else None
            if prev is not None and prev.lower_ in DETERMINERS:
                return [], i + 1  # "the plan", "its report": a noun
            if (
                not self._is_verb(t)
                and not self._verb_before_that(t, end)
                and not self._verb_before_to(t)
            ):
                return [], i + 1
            return self._reported(sent, i, end, cue), end
        return [], i + 1

    def _reported(self, sent: Span, i: int, cue_end: int, cue: Cue) -> list[StatementFact]:
        doc = self.doc
        t = doc[i]
        prev = doc[i - 1] if i > sent.start else None
        pleased = self._pleased_to(sent, i)
        if prev is not None and prev.lower_ == "to" and pleased is None:
            return []  # "to announce": infinitival, no act yet
        participle = t.tag_ == "VBG" if self.tagged else t.lower_.endswith("ing")
        negated = cue.negative
        source: _Source | None = None
        inverted = False
        adjunct = False  # a gerund after "after"/"before": states a result or a clause
        if pleased is not None:
            # "The United States is pleased to announce ...": the act of the subject of "is"
            source = self._subject_before(sent, pleased)
        elif participle and prev is not None and (prev.text == "," or prev.lower_ in NEGATIONS):
            # ", citing ...", "while not committing ...": the clause's own source
            negated = negated or prev.lower_ in NEGATIONS
            source = self._clause_source(sent, i)
        elif participle and prev is not None and prev.lower_ in GERUND_TIME:
            # "X fell 2% after reporting a loss of $5 million": the act of the clause's subject
            source = self._clause_source(sent, i)
            adjunct = True
        elif participle and prev is not None and prev.lower_ == "as":
            # "X was quoted (by Y) as saying ...", "Y quoted X as saying ...": X's statement
            source = self._quoted_as(sent, i)
            if source is None:
                return []
        elif participle and (prev is None or prev.lower_ not in PROGRESSIVE):
            return []  # "the warning", "announcing the plan": no finite act
        else:  # a finite cue; a progressive is one ("The union is demanding a rise of 24%")
            pre = self._before_cue(sent, i)
            if pre is None:
                return []
            j, neg, passive = pre
            negated = negated or neg
            if passive or self._reduced_relative(sent, i, j):
                return []
            rel = self._relative_before(sent, i)  # "X, who joined the talks, said"
            if rel is not None:
                source, inverted = rel
            if (
                source is None
                and prev is not None
                and (prev.text in (",", ":") or _is_close(prev.text))
                and not self._appositive_before(sent, i)
                and not self._addressed(sent, cue_end, cue)
            ):
                source = self._source_after(sent, cue_end)
                inverted = source is not None
            if source is None and j >= sent.start and doc[j].lower_ in ("and", "but"):
                source = self._clause_source(sent, i)  # "X kept rates ... and said ..."
            elif source is None:
                source = self._subject(sent, i, j)
                inverted = (
                    source is not None
                    and self._after_break(sent, source.start)
                    and not self._appositive_before(sent, i)
                )
        if source is None or source.author:
            return []
        out: list[StatementFact] = []
        after = source.end if inverted and source.start >= cue_end else cue_end
        opened_as = not inverted and self._as_opening(sent, source.start)
        if opened_as:  # "As Jane Roe put it, “...”": the main clause is the content
            fwd = self._as_content(sent, cue_end, cue, i)
        elif cue.content == "as_clause":
            return []  # "put it" states nothing outside "As X put it, ..."
        else:
            fwd = self._content_after(sent, after, cue, i)
        if fwd is None and cue.content == "that" and self._documentary(sent, i):
            # "Data from X showed wages rose 5%": a document's finding, its clause bare
            bare = self._content_after(sent, after, replace(cue, content="clause"), i)
            fwd = bare if bare is not None and self._finite_clause(bare) else None
        if adjunct and fwd is not None and not fwd[2] and not self._result(fwd):
            fwd = None  # "after reporting the cartel", "after announcing the deal": an act
        gapped = None  # "pledged €90 million and Japan €70 million": Japan's own statement
        gap = self._gapped(sent, fwd) if fwd is not None and not fwd[2] else None
        if fwd is not None and gap is not None:
            fwd, gapped = (fwd[0], gap[0], False), gap[1:]
        back = None
        if inverted:
            brk = self._break_before(sent, min(source.start, i))
            back = self._content_before(sent, brk + 1 if brk is not None else min(source.start, i))
            if back is not None and fwd is not None and not back[2] and self._adjunct(back):
                # "Speaking in Paris, Jane Roe said that ...": what stands before the source
                # is an adjunct of the clause; the content is the clause after the cue
                inverted = False
                back = None
        if inverted:
            if back is not None:
                out.append(self._fact(cue, source, back, negated))
                if fwd is None and not back[2]:
                    more = self._and_after(sent, max(cue_end, source.end), cue, i)
                    if more is not None:  # "A, WFP said, and B": B reported too
                        out.append(self._fact(cue, source, more, negated))
            if fwd is not None and fwd[2]:
                out.append(self._fact(cue, source, fwd, negated))  # "“A,” she said, “B.”"
            elif back is None and fwd is not None:
                out.append(self._fact(cue, source, fwd, negated))
        elif fwd is not None:
            out.append(self._fact(cue, source, fwd, negated))
            more = self._and_that(sent, fwd, cue, i)
            while more is not None:  # "said A, and that B, and that C"
                out.append(self._fact(cue, source, more, negated))
                more = self._and_that(sent, more, cue, i)
        if gapped is not None and fwd is not None and any(f.start == fwd[0] for f in out):
            out.append(self._fact(cue, gapped[0], gapped[1], negated))
        if out and not inverted:
            for other in self._coordinated(sent, source, i):
                out.extend(
                    [  # a list: "the two leaders" gives the other the same start
                        self._fact(cue, other, (f.start, f.end, f.quote), negated)
                        for f in out
                        if f.speaker_start == self.doc[source.start].idx
                    ]
                )
        if negated:
            questions = words("question_word")
            out = [
                f
                for f in out
                if f.quote
                or (
                    self._has_clause(f)
                    and self.text[f.start : f.end].split()[0].lower() not in questions
                )
            ]
        if out:
            self.last = (sent.start, source)
            spoke = source.entity or next(
                (x for x in self.extra if x.start == self.doc[source.start].idx), None
            )
            if spoke is not None:
                self.spoke.append(spoke)
            self.last_person = (self.sent_no, spoke) if spoke and spoke.type == "PERSON" else None
            self.last_body = (self.sent_no, spoke) if spoke and spoke.type == "ORG" else None
            self.last_unnamed_body = self.sent_no if self._unnamed_body(source) else None
            if spoke is not None and spoke.type == "PERSON":
                self._mark_gender(spoke, source, out[0])
        return out

    def _unnamed_body(self, source: _Source) -> bool:
        """True where the source names one body that no entity carries ("Uganda's Ministry of
        Health said", the entities stage having left the ministry out): a singular noun phrase
        whose head is a body noun, so that "It said" right after is that body, not another."""
        if source.name is not None or source.end - source.start < 2:
            return False
        toks = list(self.doc[source.start : source.end])
        cut = next((k for k, t in enumerate(toks) if t.lower_ == "of"), len(toks))
        head = toks[cut - 1]  # "Ministry of Health": the word before "of"
        return (
            cut > 0
            and head.lower_ in speakers.body_nouns()
            and (not self.tagged or head.tag_ in ("NN", "NNP"))
        )

    def _mark_gender(self, person: EntityFact, source: _Source, fact: StatementFact) -> None:
        """A pronoun opening the content of a person's own statement, the source named ("Roe
        told reporters that she ..."), gives the person's gender; a second, other one undoes it."""
        if self.doc[source.start].lower_ in PRONOUNS:
            return
        first = self.text[fact.start : fact.end].split(maxsplit=1)[:1]
        g = gender_words().get(first[0].lower()) if first else None
        if g is None or first[0].lower() not in coref.PERSON_PRONOUNS | {"his"}:
            return
        if self.genders.setdefault(person.name, g) != g:
            self.genders[person.name] = ""  # marked both ways: no evidence

    def _pleased_to(self, sent: Span, i: int) -> int | None:
        """For a cue after "<be> pleased to" ("is pleased to announce", "was proud to report"),
        the index of the last word before the "be" (where the subject ends), else None."""
        doc = self.doc
        k = i - 3
        if k < sent.start or doc[i - 1].lower_ != "to":
            return None
        if doc[i - 2].lower_ not in words("pleased") or doc[k].lower_ not in BE | AUXILIARIES:
            return None
        while k >= sent.start and (doc[k].lower_ in BE | AUXILIARIES or self._is_adverb(doc[k])):
            k -= 1
        return k if k >= sent.start else None

    def _coordinated(self, sent: Span, source: _Source, i: int) -> list[_Source]:
        """The other named sources coordinated with a subject source before the cue:
        "Germany and France called for ...", "Chile, Peru and Bolivia said ..." (each speaks)."""
        if source.also is not None:  # "the two leaders said": the other of the two
            return [_Source(source.start, source.end, source.also.name, source.also)]
        if source.entity is None or source.end > i:
            return []
        doc = self.doc
        out: list[_Source] = []
        k = source.start - 1  # leftwards: "A, B and <source>" ("A, <source> said" is no list)
        if k < sent.start or doc[k].lower_ != "and":
            k = -1
        while k - 1 >= sent.start and doc[k].lower_ in ("and", ","):
            e = self.by_end.get(k - 1)
            if e is None or e.type not in SPEAKING:
                break
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is None:
                break
            out.append(_Source(span.start, span.end, e.name, e))
            k = span.start - 1
            if k >= sent.start and doc[k].lower_ == "the":
                k -= 1
        k = source.end  # rightwards: "<source> and B" (the parse takes the first conjunct)
        right: list[_Source] = []
        while k + 1 < i and doc[k].lower_ in ("and", ","):
            at = k + 2 if doc[k + 1].lower_ == "the" else k + 1
            e = self.by_start.get(at)
            if e is None or e.type not in SPEAKING:
                break
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is None or span.end > i:
                break
            right.append(_Source(span.start, span.end, e.name, e))
            k = span.end
        pre = self._before_cue(sent, i)
        if right and pre is not None and k == pre[0] + 1:
            # the list runs up to the cue: no appositive ("Jane Roe, the U.S. envoy, said")
            out.extend(right)
        return [o for o in out if o.name != source.name]

    def _gapped(
        self, sent: Span, content: tuple[int, int, bool]
    ) -> tuple[int, _Source, tuple[int, int, bool]] | None:
        """A gapped second act in a content: "pledged €90 million and Japan €70 million" ->
        (end of the first content, the second source, its content), where a named source
        follows "and" and a figure follows it, with no verb of its own."""
        doc = self.doc
        span = doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None:
            return None
        for t in span:
            if t.lower_ != "and" or t.i + 1 >= span.end or t.i == span.start:
                continue
            at = t.i + 2 if doc[t.i + 1].lower_ == "the" else t.i + 1
            e = self.by_start.get(at)
            if e is None or e.type not in SPEAKING:
                continue
            name = doc.char_span(e.start, e.end, alignment_mode="expand")
            if name is None or name.end >= span.end:
                continue
            rest = doc[name.end : span.end]
            if not (
                rest[0].like_num or rest[0].is_currency or (len(rest) > 1 and rest[1].like_num)
            ):
                continue
            if any(self._is_verb_like(x) for x in rest):
                continue
            first = self._trim(span.start, t.i)
            second = self._trim(name.end, span.end)
            if first is None or second is None:
                continue
            return first[1], _Source(t.i + 1, name.end, e.name, e), second
        return None

    def _verb_before_that(self, t: Token, end: int) -> bool:
        """True where a cue the tagger read as a noun is the verb of its clause: a noun or
        name before it (no determiner) and the complementizer "that" after it ("the Kanto
        institute forecast that ...", "Analysts estimate that ..."), or a name and a time
        phrase before it ("The IMF on Tuesday forecast growth of 2.8%")."""
        doc = self.doc
        if t.i == 0 or end >= len(doc):
            return False
        k = t.i - 1
        if k in self.in_date:  # "The IMF on Tuesday forecast world growth of 2.8%"
            while k - 1 >= 0 and (k - 1) in self.in_date:
                k -= 1
            if k - 1 >= 0 and doc[k - 1].lower_ in ("on", "in"):
                k -= 1
            return k > t.i - 5 and k > 0 and doc[k - 1].tag_ in ("NNP", "NNPS")
        if doc[end].lower_ != "that":
            return False
        prev = doc[k]
        # a name set off by commas before it is the clause's subject too ("Venezuela's oil
        # minister, Erwin Arrieta, forecast that ..."; session 42)
        named = prev.text == "," and k - 1 in self.by_end and self.by_end[k - 1].type in SPEAKING
        return (named or prev.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP")) and doc[end].tag_ in (
            "IN",
            "DT",
        )

    def _verb_before_to(self, t: Token) -> bool:
        """True where a cue in "-s" the tagger read as a plural noun is the verb of its clause:
        after a name or "the" and one word, with an infinitive after it ("The cooperative plans
        to open ...", "Acme plans to build ..."); not "Acme's plans to ..." nor "the plans"."""
        doc = self.doc
        k = t.i
        if not (self.tagged and t.tag_ == "NNS" and t.lower_.endswith("s")):
            return False
        if k < 1 or k + 2 >= len(doc) or doc[k + 1].lower_ != "to" or doc[k + 2].tag_ != "VB":
            return False
        prev = doc[k - 1]
        if prev.tag_ in ("NNP", "NNPS") and k - 1 in self.by_end:
            return True  # "Acme plans to build"
        return k >= 2 and doc[k - 2].lower_ == "the" and prev.tag_ in ("JJ", "NN", "NNP")

    def _reduced_relative(self, sent: Span, i: int, j: int) -> bool:
        """True where the cue at ``i`` is a participle that modifies the document noun right
        before it ("figures released by X showed ...", "data published by X"): no act."""
        doc = self.doc
        return (
            self.tagged
            and doc[i].tag_ == "VBN"
            and j == i - 1
            and doc[j].lower_ in words("document_noun")
            and i + 1 < sent.end
            and doc[i + 1].lower_ in ("by", "from")
        )

    def _according(self, sent: Span, i: int, k: int, lemma: str) -> list[StatementFact]:
        doc = self.doc
        end = k
        while (
            end < sent.end
            and doc[end].text not in (",", ".", ";", ":", "!", "?")
            and "\n" not in doc[end].text
        ):
            end += 1
        if end == k:
            return []
        source = self._phrase_source(k, end)
        if source is None or source.author:
            return []
        first = sent.start
        while first < i and (doc[first].is_space or doc[first].lower_ in ("but", "and", "yet")):
            first += 1
        named = self._appositive_person(sent, end) if first < i and source.name is None else None
        if named is not None:  # "..., according to its chairman, Jane Roe.": the person
            source = named
        if first == i:  # "According to X, ..."
            if end < sent.end and doc[end].text == ",":
                # "According to Jane Roe, chief executive of Acme, costs will fall": the
                # content follows the apposition (session 44)
                after = self._apposition_end(sent, end, source) or end
                content = self._trim(after + 1, sent.end)
            elif source.entity is not None and source.end < end:
                # "According to the Survey (USGS) a quake struck ...": no comma; the content
                # starts after the name (and its bracketed short form)
                after = source.end
                if doc[after].text == "(":
                    while after < end and doc[after].text != ")":
                        after += 1
                    after += 1
                content = self._trim(after, sent.end) if after < end - 1 else None
            else:
                return []
        else:
            content = self._trim(self._past_dateline(sent, i), i)
        if content is None:
            return []
        return [self._fact(Cue(lemma, frozenset(), None, "clause"), source, content, False)]

    def _continued(self, found: list[StatementFact]) -> list[StatementFact]:
        """A quotation with no attribution of its own that follows, in the same paragraph, the
        attribution of a quotation: the same source goes on ("“A,” he said. “B.”"); likewise the
        next paragraph of a quotation that ran on unclosed to the end of its paragraph."""
        out: list[StatementFact] = []
        taken = Intervals((f.start, f.end) for f in found)
        quoted = sorted((f for f in found if f.quote), key=lambda f: f.start)
        for s, e in self.quotes:
            if taken.overlaps(s, e):
                continue
            prev = [f for f in quoted if f.end <= s]
            if not prev:
                continue
            f = max(prev, key=lambda g: g.end)  # the nearest (one continued is appended)
            between = self.text[max(f.end, f.speaker_end) : s - 1]
            # across a paragraph break only where the quotation ran on unclosed (a quotation of
            # several paragraphs reopens each one)
            run_on = not between.strip() and f.end < s
            if (
                ("\n" in between and not run_on and not self._quote_paragraph(between, s, e))
                or len(between) > 60
                or any(g.start > f.start and g.end <= s for g in found if g is not f)
            ):
                continue
            q = self._quote_content(s, e)
            if q is not None:
                more = replace(f, start=q[0], end=q[1], hedged=self._hedged(q[0], q[1]))
                out.append(more)
                quoted.append(more)  # a third paragraph goes on from the second
        return out

    def _quote_paragraph(self, between: str, s: int, e: int) -> bool:
        """True where the quotation ``text[s:e]`` (its marks inside) is a paragraph of its own
        right after the paragraph of the quotation before it, ``between`` the text from that
        quotation's attribution: "“A,” X said.\n\n“B.”" (session 42; the speaker goes on)."""
        text = self.text
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        head, _, tail = between.partition("\n\n")
        return (
            "\n\n" not in tail
            and not tail.strip()
            and not NEXT_SENTENCE.search(head.strip())  # "“A,” X said. Shares fell.": the author
            and not text[line_start : s - 1].strip()
            and text[e + 1 : line_end].strip() in ("", ".")
        )

    def _sign_offs(self, found: list[StatementFact]) -> list[StatementFact]:
        """A quotation paragraph followed by a "Name, Title" line: the named person says it."""
        out = []
        taken = Intervals((f.start, f.end) for f in found)
        for s, e in self.quotes:
            if taken.overlaps(s, e):
                continue
            line_end = self.text.find("\n", e)
            if line_end < 0:
                continue
            after = self.text[e + 1 : line_end].strip()
            if after not in ("", ".", ","):
                continue
            nl = line_end
            while nl < len(self.text) and self.text[nl] in "\n \t":
                nl += 1
            stop = self.text.find("\n", nl)
            stop = len(self.text) if stop < 0 else stop
            line = self.text[nl:stop]
            m = SIGN_OFF.match(line)
            if not m or ":" in m.group(1):
                continue  # "MS ROE: Minister, thank you.": a transcript's next turn
            line_start = self.text.rfind("\n", 0, s) + 1
            if self.text[line_start : s - 1].strip(" \t-–—"):
                continue  # a quotation inside a paragraph of prose is no signed paragraph
            name_lo = nl + m.start(1)
            name_hi = nl + m.end(1)
            e_hit = next(
                (x for x in self.entities if name_lo <= x.start and x.end <= name_hi + 1),
                None,
            )
            if e_hit is None or e_hit.type != "PERSON":
                continue
            q = self._quote_content(s, e)
            if q is None:
                continue
            span = self.doc.char_span(e_hit.start, e_hit.end, alignment_mode="expand")
            if span is None:
                continue
            src = _Source(span.start, span.end, e_hit.name, e_hit)
            out.append(self._fact(Cue("say", frozenset(), None, "clause"), src, q, False))
        return out

    def _hedged(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        modals = words("modal")
        return span is not None and any(t.lower_ in modals for t in span)

    def _fact(
        self, cue: Cue, src: _Source, content: tuple[int, int, bool], negated: bool
    ) -> StatementFact:
        start, end, quote = content
        hedged = self._hedged(start, end)
        s_span = self.doc[src.start : src.end]
        return StatementFact(
            start=start,
            end=end,
            cue=cue.lemma,
            quote=quote,
            speaker_text=s_span.text,
            speaker_start=s_span.start_char,
            speaker_end=s_span.end_char,
            speaker_name=src.name,
            speaker_entity=(src.entity.start, src.entity.end) if src.entity else None,
            negated=negated,
            hedged=hedged,
        )
