"""Where a statement's content begins and ends (``_Contents``), and whether it states anything.

The content of reported speech is the clause after the cue (past a time phrase or "in a
statement": "said on Monday it would", "appealed on Friday for"), running to the end of the
sentence, cut before an embedded attribution (", he said"), before a participial adjunct (",
reflecting ..."; not "including"), and for cues that take a noun phrase at the first comma; or
a quotation next to the cue; or, for an inverted attribution, the clause before it. A wire
dateline is no content.

Clause structure: an object content goes on past a comma where the phrase after it only goes on
about a figure (", up 8% from a year earlier": a digit, no finite verb, no cue); a cue verb
after "and" that the parse (else a past participle sharing the content's "had") puts inside the
content does not end it. An adjunct before a source ("Speaking in Paris, X said that ...") is no
content: the clause after the cue is.

Session 21: a document's finding may follow "showed" without "that" ("Data from X showed wages
rose 5%").

Session 22: a "that" right before a verb after the cue's object opens a relative clause, no
content ("found a buyer that would pay more").

Session 24: ", and that" after a reported clause opens a second statement of the same cue
("said A, and that B"; with no comma the two are one content); "that" after a preposition is a
determiner ("none of that money"); a participial phrase set off inside the content's subject is
no adjunct ("said the next bulletin, covering October to December, would be published"); a
pronoun object or a time phrase before "that" leaves it a complementizer ("told me on Wednesday
that cuts ...").

Session 34: a cue that takes an addressee (table kind ``addressee``: "told Reuters that",
"warned investors that", "assured shareholders that") has it not in the content: "told
lawmakers the deficit would ..." reports "the deficit would ..." (a bare finite clause after
the addressee, tagged text only); "urged X to ..." keeps X in the content.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Span, Token

from briefx.facts import StatementFact
from briefx.normalize.cues import Cue, addressees, cues, words
from briefx.pipeline.statements.grammar import (
    ADDRESSEE_TAGS,
    ADJUNCT_PREPOSITIONS,
    BE_FORMS,
    CLAUSE_BREAKS,
    CLAUSE_SUBJECT_TAGS,
    DETERMINER_AFTER,
    DETERMINERS,
    FINITE_TAGS,
    OBJECT_PRONOUNS,
    PRESENT_MODALS,
    PRONOUNS,
    ROLE_REACH,
    SPEAKING,
    SUBORDINATORS,
    TIME_PREPOSITIONS,
)
from briefx.pipeline.statements.quotes import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT, _is_close
from briefx.pipeline.statements.subjects import _Subjects


class _Contents(_Subjects):
    """Where a statement's content begins and ends, and whether it states anything."""

    def _result(self, content: tuple[int, int, bool]) -> bool:
        """True where an unquoted content states something after a gerund cue: a finite
        clause ("after announcing that it would close") or a phrase holding a number ("after
        reporting a loss of $5 million"); a bare object ("after reporting the cartel") is an
        act, no statement."""
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None:
            return False
        return self._finite_clause(content) or any(t.like_num for t in span)

    def _parenthetical_that(self, sent: Span, k: int) -> int | None:
        """The "that" after a prepositional phrase set off by commas right after the cue (the
        comma at ``k``): "said, in a statement issued after the talks, that ..."; else None."""
        doc = self.doc
        if k + 2 >= sent.end:
            return None
        first = doc[k + 1]
        if not (first.tag_ == "IN" if self.tagged else first.lower_ in ADJUNCT_PREPOSITIONS):
            return None
        for m in range(k + 2, min(sent.end - 1, k + 16)):
            w = doc[m]
            if w.text == "," and doc[m + 1].lower_ == "that":
                return m + 1
            if w.text in ".;:" or _is_close(w.text) or w.text in OPEN_QUOTES + STRAIGHT:
                return None
        return None

    def _addressed(self, sent: Span, k: int, cue: Cue) -> bool:
        """True where what follows the cue ending at token ``k`` is the cue's addressee, no
        source after it: always for a cue that never stands before its own subject ("told"),
        else where a content follows the noun phrase ("..., warned investors that ...")."""
        if cue.particle is not None or cue.lemma not in addressees():
            return False
        return not addressees()[cue.lemma] or self._addressee(sent, k) is not None

    def _addressee(self, sent: Span, k: int) -> tuple[int, str] | None:
        """The content after the addressee of a cue that takes one, a noun phrase at token
        ``k``: "told Reuters that", "told lawmakers the deficit would ...", "told a news
        conference in Ottawa that", "told the BBC's Today programme that", "told him the plan
        was ...". Return (the token that opens the content, past a time phrase; how it opens:
        "that", "to", "mark" (a colon or a quotation) or "clause" (a bare finite clause, only
        in tagged text)), or None where no noun phrase and content follow.

        The pipeline has no dependency parser (``dative``/``dobj``/``ccomp`` are not there to
        read), so the phrase is read by position and tag: one noun phrase (a named body or
        person, a determiner and nouns, an object pronoun), a possessive going on to its head
        ("the BBC's Today programme"), and a place after "in"/"at" ("a conference in Paris").
        A second noun phrase, a pronoun or a number after the head opens the clause."""
        doc = self.doc
        m = k
        if m < sent.end and doc[m].lower_ in OBJECT_PRONOUNS:
            m += 1
        else:
            if m < sent.end and doc[m].lower_ in DETERMINERS and doc[m].lower_ != "that":
                m += 1
            start = m
            while m < sent.end:
                e = self.by_start.get(m)
                if e is not None:
                    span = doc.char_span(e.start, e.end, alignment_mode="expand")
                    if span is None or e.type not in (*SPEAKING, "NORP"):
                        return None
                    m = span.end
                elif (
                    doc[m].tag_ in ADDRESSEE_TAGS
                    if self.tagged
                    else self._np_word(doc[m]) and doc[m].text not in ("'s", "’s")
                ):
                    m += 1
                else:
                    break
                if m < sent.end and doc[m].text in ("'s", "’s"):
                    m += 1  # "the BBC's Today programme": on to the possessive's head
            if m == start or (not self._is_noun(doc[m - 1]) and m - 1 not in self.by_end):
                return None
            if (
                m + 1 < sent.end
                and doc[m].lower_ in ("in", "at")
                and (e := self.by_start.get(m + 1)) is not None
            ):
                span = doc.char_span(e.start, e.end, alignment_mode="expand")
                if span is not None:
                    m = span.end  # "told a news conference in Ottawa"
        if m >= sent.end:
            return None
        p = self._past_adjuncts(sent, m)  # "told reporters on Monday that ..."
        w = doc[p]
        if w.lower_ == "that":
            return p, "that"
        if w.lower_ == "to":
            return p, "to"
        if w.text == ":" or self._quote_at(p) is not None:
            return p, "mark"
        if not self.tagged or w.tag_ not in CLAUSE_SUBJECT_TAGS - {"IN"}:
            return None
        # a bare clause: a subject (a noun phrase, with a prepositional tail) and a finite verb
        for q in range(p + 1, min(sent.end, p + 9)):
            t = doc[q]
            if t.tag_ in FINITE_TAGS:
                return p, "clause"
            if t.tag_ not in CLAUSE_SUBJECT_TAGS:
                return None
        return None

    def _past_apposition(self, sent: Span, m: int) -> int:
        """The token after an apposition set off by commas at token ``m`` after an addressee,
        where "that" follows it: "told Ruritania's foreign minister, Jane Roe, that ...",
        "told Jane Roe, the Ruritanian president, that ..." (session 44); ``m`` elsewhere."""
        doc = self.doc
        if m >= sent.end or doc[m].text != ",":
            return m
        close = next(
            (q for q in range(m + 1, min(sent.end, m + 1 + ROLE_REACH)) if doc[q].text == ","),
            None,
        )
        if close is None or close == m + 1 or close + 1 >= sent.end:
            return m
        if any(
            (self._is_verb_like(t) and not self._in_entity(t.i)) or t.text in ".;:"
            for t in doc[m + 1 : close]
        ):
            return m
        after = self._past_adjuncts(sent, close + 1)
        return close + 1 if after < sent.end and doc[after].lower_ == "that" else m

    def _content_after(
        self, sent: Span, k: int, cue: Cue, cue_i: int | None = None
    ) -> tuple[int, int, bool] | None:
        """The content after the cue (token ``cue_i``): (start char, end char, is a quotation),
        or None."""
        doc = self.doc
        if k > 0 and k - 1 < len(doc) and doc[k - 1].text == ":":
            body = self._body_after_colon(doc[k - 1].idx + 1)
            if body is not None:
                return body
        if k >= sent.end:
            return self._quote_at(k)
        if doc[k].text == ",":
            q = self._quote_at(k + 1)  # "she said, “B.”"
            if q is not None:
                return q
            m = self._parenthetical_that(sent, k)
            if m is None:
                return None
            k = m  # "said, in a statement issued after the talks, that ..."
        k = self._past_adjuncts(sent, k)  # "said on Monday it would ...", "pledged on Tuesday to"
        if k >= sent.end:
            return None
        if cue.particle is None and cue.lemma in addressees():
            addressed = self._addressee(sent, k)
            if addressed is not None and addressed[1] == "clause":
                k = addressed[0]  # "told lawmakers the deficit would ...": the clause alone
        if cue.content == "quoted":
            return self._named_as(k, sent.end)
        if cue.content == "quote":  # "released the following statement: “...”"
            for m in range(k, min(sent.end, k + 6)):
                if doc[m].text == ":":
                    return self._quote_at(m + 1)
            return None
        # skip an object and time phrase before "that" ("told reporters on Monday that")
        clause = cue.content == "clause"
        marked = False  # a "that" or a colon opens the content
        for m in range(k, min(sent.end, k + 9)):
            w = doc[m]
            if w.lower_ == "that" and m > k and doc[m - 1].lower_ in DETERMINER_AFTER:
                break  # "said none of that money had arrived": a determiner, no complementizer
            if w.lower_ == "that" and (not self.tagged or w.tag_ in ("IN", "WDT", "DT")):
                between = doc[k:m]
                if (
                    len(between)
                    and self._relative_that(m)
                    and doc[m - 1].lower_ not in PRONOUNS  # "told me that cuts would go on"
                    and (m - 1) not in self.in_date  # "told reporters on Monday that"
                ):
                    break  # "held a vote that was criticised": a relative clause, no content
                if all(not self._is_verb_like(x) and x.text not in ".;:" for x in between):
                    k = m + 1
                    clause = marked = True
                break
            body = self._body_after_colon(w.idx + 1) if w.text == ":" else None
            if w.text in (":", ",") and (self._quote_at(m + 1) is not None or body is not None):
                if all(not self._is_verb_like(x) for x in doc[k:m]):
                    if body is not None:
                        return body  # "told reporters:" and the body in the next paragraph
                    k = m + 1  # "told reporters: “...”"
                break
            if w.text == "," and cue.particle is None and cue.lemma in addressees():
                after = self._past_apposition(sent, m)
                if after != m and all(not self._is_verb_like(x) for x in doc[k:m]):
                    # "told Ruritania's minister, Jane Roe, that ...": past the apposition
                    k = self._past_adjuncts(sent, after) + 1
                    clause = marked = True
                    break
            if (w.is_punct and w.text not in ("-", "'s")) or (
                w.lower_ in ("and", "but") and not self._in_entity(m)  # "Securities and ..."
            ):
                break
        while k < sent.end:
            w = doc[k]
            if w.text == ":":
                body = self._body_after_colon(w.idx + 1)
                if body is not None:
                    return body  # "X said:" and the statement's body in the next paragraph
                clause = marked = True  # "said: ..."
            elif w.lower_ == "to" and cue.content != "object":
                clause = True  # "pledged to cut ...": the infinitival "to" is left out
            else:
                break
            k += 1
        q = self._quote_at(k)
        if q is not None:
            return q
        if k >= sent.end or (cue.content == "that" and not marked):
            return None  # "declared a state of emergency": no stated content
        end = k
        object_only = cue.content in ("object", "as") or (cue.content == "any" and not clause)
        while end < sent.end:
            w = doc[end]
            if w.text == "," and end > k:
                nxt = doc[end + 1] if end + 1 < sent.end else None
                if self._attribution_follows(sent, end + 1) or self._new_speaker(sent, end + 1):
                    break
                if object_only and not self._figure_tail(sent, end + 1):
                    break
                if (
                    nxt is not None
                    and self._participle_adjunct(nxt)
                    and not object_only
                    and not self._inner_participle(sent, end + 1)
                ):
                    break
            if w.text in CLAUSE_BREAKS and end > k and w.text != "(":
                break
            if w.lower_ == "according" and end + 1 < sent.end and doc[end + 1].lower_ == "to":
                break
            if (
                w.lower_ in ("and", "but")
                and clause
                and end - 1 > k
                and doc[end - 1].text == ","
                and self._second_that(sent, end + 1)
            ):
                break  # "said A, and that B", "..., but that B": a second statement (_and_that)
            if w.lower_ in ("and", "but") and end > k and end + 1 < sent.end:
                nxt = doc[end + 1]
                finite = self.tagged and nxt.tag_ in ("VBD", "VBZ")
                if (finite and object_only) or (
                    nxt.lower_ in cues()
                    and self._is_verb(nxt)
                    and nxt.tag_ != "VBG"
                    and not self._inner_conjunct(nxt, cue_i)
                ):
                    break  # "declared an emergency and urged ...": a new act of the source
            if "\n" in w.text:
                break
            end += 1
        content = self._trim(k, end)
        if cue.content == "as" and not any(x.lower_ == "as" for x in doc[k:end]):
            return None  # "described the process": no stated content without "as"
        if content is not None and not self._states(
            content, clause or cue.content in ("clause", "that")
        ):
            return None
        return content

    def _as_opening(self, sent: Span, start: int) -> bool:
        """True where the source at token ``start`` follows an "As" that opens the sentence
        (past a dateline): "As Jane Roe put it, ...", "As the bank noted in May, ..."."""
        doc = self.doc
        m = start - 1
        while m > sent.start and start - m <= 4 and doc[m].is_title and doc[m].lower_ != "as":
            m -= 1  # past a title the entity leaves out: "As President Hichilema put it"
        if m < sent.start or doc[m].lower_ != "as":
            return False
        k = self._past_dateline(sent, m)
        while k < m and doc[k].is_space:
            k += 1
        return m == k

    def _as_content(self, sent: Span, k: int, cue: Cue, cue_i: int) -> tuple[int, int, bool] | None:
        """The content of "As X <cue> [adjuncts], <content>": the quotation or clause after
        the first comma past the cue; None where a verb comes before the comma."""
        doc = self.doc
        for m in range(k, min(sent.end, k + 10)):
            w = doc[m]
            if w.text == ",":
                return self._content_after(sent, m + 1, replace(cue, content="clause"), cue_i)
            if self._is_verb_like(w) or w.text in ".;:" or "\n" in w.text:
                return None
        return None

    def _named_as(self, k: int, end: int) -> tuple[int, int, bool] | None:
        """The content of a cue that names its object by a quotation ("called the flight “a
        textbook mission”"): a short object (up to five words, no verb) and the quotation right
        after it, up to its closing mark; None where no quotation follows the object ("called
        the meeting", "called an election")."""
        doc = self.doc
        if doc[k].is_punct or self._is_verb_like(doc[k]):
            return None  # "a plan called “Green Homes”": no object, a name
        start = doc[k].idx
        for m in range(k + 1, min(end, k + 6)):
            w = doc[m]
            if w.text[:1] in OPEN_QUOTES + STRAIGHT:
                inner = next((q for q in self.quotes if q[0] == w.idx + 1), None)
                if inner is None:
                    return None
                return start, inner[1] + 1, False
            if self._is_verb_like(w) or w.text in (",", ";", ":", ".", "(", ")", "!", "?"):
                return None
        return None

    def _and_after(self, sent: Span, k: int, cue: Cue, cue_i: int) -> tuple[int, int, bool] | None:
        """The clause after an inverted attribution that goes on with ", and" ("Roads were
        cut, WFP said, and trucks were taking three days"): a second content of the same
        source where a finite clause follows whose subject is no pronoun (", and she left" is
        the speaker's act), with no new cue ("and added that" is read as its own cue), its
        verb shifted back to the past as reported speech is (", and the bank has cut rates",
        ", and the UN is seeking $4 billion" are the author's present)."""
        doc = self.doc
        if k < sent.end and doc[k].lower_ in TIME_PREPOSITIONS and k + 1 in self.in_date:
            k += 1  # "WFP said on Tuesday, and ..."
        while k < sent.end and k in self.in_date:
            k += 1
        if not (k + 2 < sent.end and doc[k].text == "," and doc[k + 1].lower_ == "and"):
            return None
        first = doc[k + 2]
        if first.lower_ in PRONOUNS or first.lower_ in cues() or self._is_verb_like(first):
            return None
        content = self._content_after(sent, k + 2, replace(cue, content="clause"), cue_i)
        if content is None or content[2] or not self._finite_clause(content):
            return None
        span = doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None:
            return None
        verb = next((t for t in span[1:6] if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
        if verb is None or verb.tag_ in ("VBZ", "VBP") or verb.lower_ in PRESENT_MODALS:
            return None  # "..., X said, and the bank has cut rates": the author's present
        return content

    def _second_that(self, sent: Span, m: int) -> bool:
        """True where token ``m`` is a complementizer "that" opening a second reported clause
        after "and" ("said prices rose, and that wages would follow"): not a pronoun or a
        relative "that" with its verb right after it ("and that was before the strike")."""
        doc = self.doc
        return (
            m + 1 < sent.end
            and doc[m].lower_ == "that"
            and (not self.tagged or doc[m].tag_ in ("IN", "DT", "WDT"))
            and not self._relative_that(m)
        )

    def _and_that(
        self, sent: Span, content: tuple[int, int, bool], cue: Cue, cue_i: int
    ) -> tuple[int, int, bool] | None:
        """The second clause of a cue that reports two set off by a comma: "X said A, and that
        B" or "X said A, but that B" gives B as a statement of its own ("X said A and that B"
        is one content)."""
        doc = self.doc
        if content[2]:
            return None
        span = doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None:
            return None
        k = span.end
        if not (k < sent.end and doc[k].text == ","):
            return None  # "said A and that B" reports one content (no comma between)
        k += 1
        if not (
            k < sent.end and doc[k].lower_ in ("and", "but") and self._second_that(sent, k + 1)
        ):
            return None
        return self._content_after(sent, k + 1, cue, cue_i)

    def _past_adjuncts(self, sent: Span, k: int) -> int:
        """The token after a time phrase or a "in a statement" phrase at ``k`` (up to two of
        them), where a clause, "that", "to" or a cue's particle follows: "said on Monday it
        would ...", "pledged on Tuesday to build ...", "said in a statement on Friday it ...".
        """
        doc = self.doc
        start = k
        for _ in range(2):
            m = k
            if m < sent.end and doc[m].lower_ in TIME_PREPOSITIONS and m + 1 in self.in_date:
                m += 1
            if m in self.in_date:
                while m < sent.end and m in self.in_date:
                    m += 1
            elif (
                m + 2 < sent.end
                and doc[m].lower_ == "in"
                and doc[m + 1].lower_ in ("a", "an", "its", "their")
                and doc[m + 2].lower_ in words("document_noun")
            ):
                m += 3
            if m == k:
                break
            k = m
        if k == start or k >= sent.end or doc[k].is_punct or doc[k].is_space:
            return start
        return k

    def _body_after_colon(self, at: int) -> tuple[int, int, bool] | None:
        """An unquoted statement body after a colon that ends its line ("Jane Roe said:\n\n
        ..."): the next paragraph, and the paragraphs after it while they speak in the first
        person ("I", "we", "our"); a heading or a quotation mark stops it. None where the
        colon does not end its line or a quotation opens after it."""
        text = self.text
        nl = text.find("\n", at)
        if nl < 0 or text[at:nl].strip():
            return None
        start = nl
        while start < len(text) and text[start].isspace():
            start += 1
        if start >= len(text) or text[start] in OPEN_QUOTES + STRAIGHT:
            return None
        first = words("first_person")
        end = None
        pos = start
        while pos < len(text):
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else stop
            para = text[pos:stop].strip()
            if not para or self.headings.overlaps(pos, stop):
                break
            if end is not None:
                lowers = {w.lower() for w in re.findall(r"[A-Za-z]+", para)}
                if not lowers & first:
                    break
            end = pos + len(text[pos:stop].rstrip())
            pos = stop
            while pos < len(text) and text[pos].isspace():
                pos += 1
        if end is None or end - start < 2:
            return None
        return start, end, True

    def _adjunct(self, content: tuple[int, int, bool]) -> bool:
        """True where a span is a participial or prepositional adjunct with no finite verb
        ("Speaking in Paris", "In a written response", "After the vote"), or a past-participle
        clause opening the sentence ("Asked whether rates would fall")."""
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None or not len(span):
            return False
        first = span[0]
        if self.tagged and first.tag_ == "VBN" and first.is_sent_start:
            return True  # "Asked whether rates would fall, X said ...": a participle clause
        if self.tagged:
            opens = first.tag_ in ("VBG", "IN") and first.lower_ not in ("that", "if", "whether")
            if opens and first.lower_ in SUBORDINATORS:
                return True  # "After the talks broke down, she said ...": a whole clause
            # a finite verb of a clause inside the adjunct is none of its own ("Speaking after
            # a meeting that ran for two hours, she said ...")
            inner = next((t.i for t in span[1:] if t.lower_ in SUBORDINATORS), span.end)
            finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span if t.i < inner)
        else:
            opens = first.lower_.endswith("ing") or first.lower_ in ADJUNCT_PREPOSITIONS
            finite = False
        return opens and not finite

    def _figure_tail(self, sent: Span, k: int) -> bool:
        """True where the phrase after a comma at ``k`` only goes on about a figure of the
        content: ", up 8% from a year earlier", ", down from 3.0%", ", rising to €6 billion by
        2030", ", a 12% rise" (a number, no finite verb, no cue of its own, up to the next
        comma or the end of the sentence)."""
        doc = self.doc
        m = k
        number = False
        while m < sent.end and doc[m].text not in (",", ";", ":", "(") and "\n" not in doc[m].text:
            t = doc[m]
            finite = self.tagged and t.tag_ in ("VBD", "VBZ", "VBP", "MD")
            if finite or (t.lower_ in cues() and t.tag_ != "VBG" and not t.lower_.endswith("ing")):
                return False
            if t.lower_ in ("which", "who", "while", "whereas", "although", "but", "according"):
                return False
            number = number or any(c.isdigit() for c in t.text) or t.text == "%"
            m += 1
        return number and m > k

    def _inner_conjunct(self, verb: Token, cue_i: int | None) -> bool:
        """True where a cue verb after "and" is coordinated inside the content, not with the
        cue itself: "said it had hired 600 staff and expected ...": by the parse, else where the
        verb is a past participle that shares a perfect auxiliary of the content ("had") and
        the cue is no participle."""
        if cue_i is None:
            return False
        if not self.parsed:
            if not self.tagged or verb.tag_ != "VBN" or self.doc[cue_i].tag_ == "VBN":
                return False
            between = self.doc[cue_i + 1 : verb.i]
            return any(t.lower_ in ("had", "has", "have") for t in between)
        head = verb
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
            if head.i == cue_i:
                return False
        return head.i != cue_i and cue_i < head.i

    def _content_before(self, sent: Span, a: int) -> tuple[int, int, bool] | None:
        """The content before an inverted attribution starting at token ``a``."""
        doc = self.doc
        j = a - 1
        while j >= sent.start and (doc[j].text == "," or doc[j].is_space):
            j -= 1
        if j < sent.start:
            # the quotation may end in the previous sentence: ““...” he said." split by senter
            q = self._quote_ending(doc[a].idx if a < len(doc) else len(self.text))
            return q
        q = self._quote_ending(doc[j].idx + len(doc[j]))
        if q is not None:
            return q
        start = self._past_dateline(sent, j)  # "BRUSSELS, March 4 — ...": no content
        while start <= j and (doc[start].is_space or doc[start].text in OPEN_QUOTES + STRAIGHT):
            start += 1
        if j - start < 2:
            return None
        content = self._trim(start, j + 1)
        if content is not None and not self._states(content, True):
            return None  # "In a statement, X said ...": a phrase, no content
        return content

    def _documentary(self, sent: Span, i: int) -> bool:
        """True where the words before the cue at ``i`` name a document ("Data from X",
        "A survey by X", "Figures released on Monday"): its finding may follow without "that"."""
        lo = self._past_dateline(sent, sent.start)
        return any(t.lower_ in words("document_noun") for t in self.doc[lo:i])

    def _finite_clause(self, content: tuple[int, int, bool]) -> bool:
        """True where an unquoted content is a clause: a subject, then a finite verb."""
        if content[2] or not self.tagged:
            return False
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None or len(span) < 2:
            return False
        return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span[1:6])

    def _states(self, content: tuple[int, int, bool], clause: bool) -> bool:
        """True where a content span can state something: a clause holds a verb, a noun
        phrase does not start with a preposition ("said in a statement", "said on Friday"),
        unless the preposition opens a number ("At least 23 people died", "Over 500 homes")."""
        if not self.tagged:
            return True
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None or not len(span):
            return False
        numeric = any(t.like_num for t in span[1:3])  # "At least 23 people have died"
        if (
            span[0].tag_ in ("IN", "RP")
            and span[0].lower_ not in ("that", "whether", "if")
            and not numeric
        ):
            return False
        if clause:
            return any(t.tag_.startswith(("VB", "MD")) for t in span)
        return True

    def _quote_at(self, k: int) -> tuple[int, int, bool] | None:
        """A quotation that opens at token ``k``."""
        if k >= len(self.doc):
            return None
        t = self.doc[k]
        if t.is_space and k + 1 < len(self.doc):
            t = self.doc[k + 1]
        for at in range(t.idx, t.idx + len(t)):
            if at in self.opening:
                return self._quote_content(at + 1, self.opening[at])
        return None

    def _quote_ending(self, at: int) -> tuple[int, int, bool] | None:
        """A quotation whose closing mark ends at char ``at`` (",”" or "”," before it)."""
        k = bisect.bisect_right(self.closing_ends, at)
        if k == 0:
            return None
        s, e = self.by_close[k - 1]
        if e + 1 == at or self.text[e + 1 : at].strip() in ("", ","):
            return self._quote_content(s, e)
        return None

    def _quote_content(self, s: int, e: int) -> tuple[int, int, bool] | None:
        inner = self.text[s:e]
        stripped = inner.rstrip()
        if stripped.endswith(","):
            stripped = stripped[:-1].rstrip()
        lead = len(inner) - len(inner.lstrip())
        if len(stripped) - lead < 2:
            return None
        return s + lead, s + len(stripped), True

    def _trim(self, k: int, end: int) -> tuple[int, int, bool] | None:
        """Char span of doc[k:end] without leading/trailing punctuation and space."""
        doc = self.doc
        while k < end and (doc[k].is_space or doc[k].text in (",", ":", "-")):
            k += 1
        while end > k and (
            doc[end - 1].is_space or doc[end - 1].text in (".", ",", ";", ":", "!", "?")
        ):
            end -= 1
        if end - k < 1 or not any(t.is_alpha or t.like_num for t in doc[k:end]):
            return None
        start_c, end_c = doc[k].idx, doc[end - 1].idx + len(doc[end - 1])
        text = self.text[start_c:end_c]
        # a lone unmatched quotation mark at either end is no part of the content
        if text[:1] in OPEN_QUOTES + STRAIGHT and not any(
            c in text[1:] for c in CLOSE_QUOTES + STRAIGHT
        ):
            start_c += 1
        if text[-1:] in CLOSE_QUOTES + STRAIGHT and not any(
            c in text[:-1] for c in OPEN_QUOTES + STRAIGHT
        ):
            end_c -= 1
        if end_c <= start_c:
            return None
        return start_c, end_c, False

    def _attribution_follows(self, sent: Span, k: int) -> bool:
        """True where ", <source> said" or ", said ..." or ", according to" starts at ``k``
        (a source of up to 11 words: "Secretary of Defense Lloyd J. Austin III said")."""
        doc = self.doc
        m, stop = k, min(sent.end, k + 12)
        while m < stop:
            w = doc[m]
            if w.text == "(" and (m - 1) in self.by_end and m > k:
                # "..., the Office for National Statistics (ONS) said": a name's short form
                close = next(
                    (x for x in range(m + 1, min(stop, m + 6)) if doc[x].text == ")"), None
                )
                if close is not None:
                    stop = min(sent.end, stop + close - m + 1)
                    m = close + 1
                    continue
            if w.is_punct and w.text not in ("'s", "’s", "-", "."):
                return False
            if w.lower_ == "according":
                return m == k
            if w.lower_ in cues() and self._is_verb(w) and not (self.tagged and w.tag_ == "VBG"):
                if m > k and doc[m - 1].lower_ in BE_FORMS and (not self.tagged or w.tag_ == "VBN"):
                    m += 1
                    continue  # "inflation, at 3%, was expected to ...": a passive, no source
                return True
            m += 1
        return False

    def _new_speaker(self, sent: Span, k: int) -> bool:
        """True where "and <noun phrase>, <name>, <cue>" starts at ``k``: a clause of a new
        source ("..., and its medical director, Jane Roe, warned that ..."), no content."""
        doc = self.doc
        if k >= sent.end or doc[k].lower_ not in ("and", "but"):
            return False
        for m in range(k + 2, min(sent.end, k + 14)):
            if doc[m].lower_ in cues() and self._is_verb(doc[m]):
                return self._appositive_before(sent, m)
        return False

    def _inner_participle(self, sent: Span, k: int) -> bool:
        """True where the participial phrase at ``k`` (after a comma) is set off inside the
        content's subject, its closing comma followed by the clause's verb: "said the next
        bulletin, covering October to December, would be published ..." (no adjunct)."""
        doc = self.doc
        if not self.tagged:
            return False
        for m in range(k + 1, min(sent.end - 1, k + 15)):
            w = doc[m]
            if w.text in ".;:" or _is_close(w.text) or w.text in OPEN_QUOTES + STRAIGHT:
                return False
            if w.text == ",":
                nxt = doc[m + 1]
                return nxt.tag_ in ("MD", "VBD", "VBZ", "VBP") and nxt.lower_ not in cues()
        return False

    def _has_clause(self, f: StatementFact) -> bool:
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return False
        if not self.tagged:
            return True
        return any(t.tag_.startswith(("VB", "MD")) and t.tag_ != "VBG" for t in span) or any(
            t.like_num or t.text in ("%",) for t in span
        )
