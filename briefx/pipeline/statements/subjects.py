"""Where a cue's source stands (``_Subjects``): the words that name it, before or after the cue.

The source is found by the dependency parse where the pipeline has one (the cue's subject),
else by position: the noun phrase before the cue, past auxiliaries, adverbs, negation and a
comma-delimited parenthesis ("Hegseth, while ..., indicated"), or after it ("said X"). A time
phrase may stand between the source and its cue ("The IMF on Tuesday forecast"). A wire
dateline ("FRANKFURT, April 11 (Reuters) -") is no source. What the words refer to is
``sources``' job.

Session 21: "..., said Acme's chief economist, X" and "..., said Capital Economics economist X"
are the person, as "Jane Roe of Acme Corp said" is; "Asked whether ..., X said ..." takes the
clause after the cue.

Session 24: a named source before a relative clause set off by commas speaks ("X, who joined
the talks, said", "X (XY), which runs ..., said"); a participial adjunct before the subject of
"and said" is skipped ("Asked about ..., she laughed and said"); a role noun of ``body_kinds``
the tagger read as an adjective heads its noun phrase. "<source> of <place>, <place>, said" is
the source, the places where it is based ("Acme Microsystems of San Jose, California, said";
"The mayor of Lyon, France" unnamed).

Session 34: a cue that takes an addressee (table kind ``addressee``) has it not as source: "X,
a spokesman for Y, told Z that ..." is X; "told" never takes a source after it, "warned" only
where no content follows ("“...,” warned the IMF").

Session 37: a person named between commas after a role noun phrase speaks also where titles
stand before the name ("The Treasury's top official, Permanent Secretary X, told"; "The bank's
chief economist, Dr. X, said"), and after an inverted cue whose source is a post (a title head,
voice, commentator or ``post_noun`` of the cue table) set off before the name ("“...,” said the
head of research at Acme Bank, X.").

Session 42 (stmt42): "X was quoted (by Y) as saying ..." and "Y quoted X as saying ..." are X's
(cue "say"; the medium is no source); a noun phrase after a participle inside a parenthesis
("X, speaking to reporters in Kyiv, said") is no unnamed role of a place.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefx.facts import EntityFact
from briefx.normalize.cues import body_kinds, cues, words
from briefx.normalize.names import is_title_word, title_words
from briefx.pipeline import coref, speakers
from briefx.pipeline.statements.grammar import (
    APPOSITION_REACH,
    AUXILIARIES,
    BE,
    DETERMINERS,
    FUNCTION,
    FUTURE_MODALS,
    MAX_TITLE_WORDS,
    NEGATIONS,
    NP_TAGS,
    PERSON_OF,
    PRONOUNS,
    QUOTED_REACH,
    ROLE_REACH,
    SPEAKING,
    TIME_PREPOSITIONS,
    _Source,
)
from briefx.pipeline.statements.quotes import OPEN_QUOTES, STRAIGHT, _is_close
from briefx.pipeline.statements.sources import _Sources


class _Subjects(_Sources):
    """Where the words naming a cue's source stand, before or after the cue."""

    def _appositive_before(self, sent: Span, i: int) -> bool:
        """True where the cue at ``i`` follows a name set off by commas after a noun phrase
        with no verb: "Its national secretary, Michael Kaine, called for ...", "The bank's
        economist, Jane Roe, said ..." (the name is the source; what follows the cue is none)."""
        doc = self.doc
        e = self.by_end.get(i - 2)
        if e is None or e.type not in SPEAKING or doc[i - 1].text != ",":
            return False
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None:
            return False
        opened = self._titles_before(span.start, sent.start) if e.type == "PERSON" else span.start
        if opened - 1 <= sent.start or doc[opened - 1].text != ",":
            return False
        span = doc[opened : span.end]  # "Its top official, Permanent Secretary X, said"
        lo = self._past_dateline(sent, span.start - 1)
        k = span.start - 2
        while k >= lo and doc[k].lower_ not in ("and", "but"):
            k -= 1
        if k >= lo and (k == lo or doc[k - 1].text != ","):
            k = lo - 1  # only ", and its chief, X, said" opens a clause of its own
        lead = doc[k + 1 : span.start - 1]
        comma = next((t.i for t in lead if t.text == ","), None)
        if comma is not None and all(
            t.i in self.in_date or t.lower_ in TIME_PREPOSITIONS for t in doc[k + 1 : comma]
        ):
            lead = doc[comma + 1 : span.start - 1]  # "Today, the Minister of Health, X, said"
        return (
            len(lead) > 0
            and lead[0].lower_ not in PRONOUNS
            and not any(
                t.text in (",", ";", ":") or _is_close(t.text) or self._is_verb_like(t)
                for t in lead
            )
        )

    def _relative_before(self, sent: Span, i: int) -> tuple[_Source, bool] | None:
        """The named source of a cue after a relative clause set off by commas: "Jane Roe, who
        joined the talks, said ...", "Acme Corp (ACME), which runs 36 plants, said ..."; the
        clause may hold commas of its own ("which runs plants in A, B and C,"); a name set off
        right before the cue is the source ("X, whose chief, Jane Roe, said").

        RETURNS: (source, inverted: the source follows a content, "..., X, who ..., said"), or
        None."""
        doc = self.doc
        if i - 3 < sent.start or doc[i - 1].text != ",":
            return None
        named = self.by_end.get(i - 2)  # "X, whose chief, Jane Roe, said": the name set off
        set_off = None
        if named is not None and named.type in SPEAKING:
            span = doc.char_span(named.start, named.end, alignment_mode="expand")
            if span is not None and span.start > sent.start and doc[span.start - 1].text == ",":
                set_off = span
        for m in range(i - 2, max(sent.start, i - 30), -1):
            w = doc[m]
            if w.text in ".;:" or _is_close(w.text) or w.text in OPEN_QUOTES + STRAIGHT:
                return None
            if w.lower_ in cues() and self._is_verb(w) and not self._inside_quote(w):
                return None  # "X, which said ..., warned": the nearer cue is its own act
            nxt = self.by_start.get(m + 1)
            if w.lower_ in ("and", "but") and (
                doc[m - 1].text == "," or (nxt is not None and nxt.type in ("PERSON", "ORG"))
            ):
                return None  # "X, which ..., and Y, maker of Z, said": Y is the nearer subject
            if w.lower_ not in ("who", "which", "whose") or doc[m - 1].text != ",":
                continue
            if set_off is not None and set_off.start > m:
                src = self._source(set_off.start, set_off.end)
                return (src, False) if src is not None else None
            e = self._name_ending(sent, m - 2)
            if e is None or e.type not in SPEAKING:
                return None
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            src = self._source(span.start, span.end) if span is not None else None
            return (src, self._after_break(sent, src.start)) if src is not None else None
        return None

    def _name_ending(self, sent: Span, k: int) -> EntityFact | None:
        """The entity whose name ends at token ``k``, or before a bracketed short form that
        ends there ("the World Food Programme (WFP)"); else None."""
        doc = self.doc
        if k > sent.start and doc[k].text == ")":
            m = k - 1
            while m > sent.start and m > k - 6 and doc[m].text != "(":
                m -= 1
            if doc[m].text != "(":
                return None
            k = m - 1
        return self.by_end.get(k)

    def _after_break(self, sent: Span, k: int) -> bool:
        """True where the source at token ``k`` follows a comma or a closing quotation mark,
        its titles between ("..., President Gabriel Boric said", "“...,” Acme chief executive
        Jane Roe said")."""
        return self._break_before(sent, k) is not None

    def _break_before(self, sent: Span, k: int) -> int | None:
        """The index of the comma or closing mark before the words that name the source."""
        doc = self.doc
        k -= 1
        steps = 0
        while k > sent.start and steps < 7:
            t = doc[k]
            name_word = (
                t.lower_ in ("the", "a", "an", ".", "'s", "’s")
                or is_title_word(t.text)
                or (t.is_title and t.is_alpha)
                or (t.is_upper and t.is_alpha and len(t) > 1)  # "WHO", tagged as a pronoun
                or (self.tagged and t.tag_ in ("NN", "NNP", "JJ", "NNPS"))
                # the hyphen inside a title ("Director-General", "Attorney-General")
                or (t.text == "-" and not t.whitespace_ and not doc[k - 1].whitespace_)
            )
            if not name_word:
                break
            k -= 1
            steps += 1
        if k >= sent.start and (doc[k].text == "," or _is_close(doc[k].text)):
            return k
        return None

    def _quoted_as(self, sent: Span, i: int) -> _Source | None:
        """The source of a cue after "quoted ... as" (the cue at token ``i``, "as" before it):
        the subject of a passive "X was quoted (by Y) (on Friday) as saying" or the object of an
        active "Y quoted X as saying"; the medium that quotes (Y) is no source. None where no
        "quoted" stands within ``QUOTED_REACH`` words before "as" in the sentence, or the
        passive is modal ("would be quoted"), or its subject or object names nobody."""
        doc = self.doc
        q = next(
            (
                k
                for k in range(i - 2, max(sent.start, i - 2 - QUOTED_REACH) - 1, -1)
                if doc[k].lower_ == "quoted"
            ),
            None,
        )
        if q is None or any(doc[k].text in (",", ";", ":") for k in range(q + 1, i - 1)):
            return None
        pre = self._before_cue(sent, q)
        if pre is None:
            return None
        j, _negated, passive = pre
        if passive:  # "Lebed was quoted by Interfax as saying": the subject
            return self._subject_before(sent, j)
        if q + 1 < i - 1 and doc[q + 1].lower_ != "by":  # "Interfax quoted Lebed as saying"
            start = q + 1
            while start < i - 1 and doc[start].lower_ in DETERMINERS:
                start += 1
            return self._source(start, i - 1) if start < i - 1 else None
        return None

    def _before_cue(self, sent: Span, i: int) -> tuple[int, bool, bool] | None:
        """Walk back from the cue over auxiliaries, adverbs and negation.

        RETURNS: (index of the last token before them, negated, passive), or None for a
        hypothetical or habitual cue ("would say", "often say").
        """
        doc = self.doc
        j = i - 1
        negated = passive = False
        cue = doc[i]
        while j >= sent.start:
            w = doc[j]
            lw = w.lower_
            if lw in NEGATIONS:
                negated = True
            elif lw in FUTURE_MODALS or (self.tagged and w.tag_ == "MD") or lw in words("habitual"):
                return None
            elif lw in AUXILIARIES or lw in BE:
                if (
                    lw in BE
                    and (cue.tag_ == "VBN" if self.tagged else not cue.lower_.endswith("ing"))
                    and lw != "has"
                ):
                    passive = passive or not (lw in ("'s", "’s") and not self.tagged)
            elif self._is_adverb(w):
                pass
            elif j in self.in_date and speakers.age_start(doc, j) is None:  # "X on Tuesday
                # proposed"; an age is no time phrase but the source ("the 37-year-old said")
                while j - 1 >= sent.start and (j - 1) in self.in_date:
                    j -= 1
                if j - 1 >= sent.start and doc[j - 1].lower_ in ("on", "in", "at", "during"):
                    j -= 1
            else:
                break
            j -= 1
        return j, negated, passive

    def _subject(self, sent: Span, i: int, j: int) -> _Source | None:
        """The source before the cue: by the parse where there is one, else by position."""
        doc = self.doc
        if j - 2 >= sent.start and doc[j].lower_ in ("who", "which") and doc[j - 1].text == ",":
            e = self._name_ending(sent, j - 2)  # "X, who said last week that ...": X
            span = doc.char_span(e.start, e.end, alignment_mode="expand") if e else None
            if e is not None and e.type in SPEAKING and span is not None:
                return self._source(span.start, span.end)
        if self.parsed:
            src = self._subject_dep(self.doc[i])
            if src is not None:
                return src
        return self._subject_before(sent, j)

    def _subject_dep(self, cue: Token) -> _Source | None:
        for child in cue.children:
            if child.dep_ in ("nsubj",):
                if child.i not in self.by_end:  # "Its founder, Jane Roe, said": the name
                    for a in child.children:
                        e = self.by_end.get(a.i) if a.dep_ == "appos" else None
                        if e is not None and e.type in SPEAKING:
                            span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
                            if span is not None:
                                return self._source(span.start, span.end)
                start = child.left_edge.i
                end = child.i + 1
                # a relative clause or appositive after the head is no part of the name
                if child.i in self.by_end:
                    e = self.by_end[child.i]
                    span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
                    if span is not None:
                        start = min(start, span.start)
                while start < end and (
                    self.doc[start].is_punct or self.doc[start].lower_ in FUNCTION
                ):
                    start += 1
                if start < end:
                    return self._source(start, end)
        return None

    def _subject_before(self, sent: Span, j: int) -> _Source | None:
        """The noun phrase ending at token ``j`` (a parenthesis between commas skipped)."""
        doc = self.doc
        if j < sent.start:
            return None
        if doc[j].text == ")":  # "the Agency (FEMA) announced": the acronym is no source
            k = j - 1
            while k > sent.start and k > j - 8 and doc[k].text != "(":
                k -= 1
            if doc[k].text == "(":
                j = k - 1
                # "The Department today (3 June 2025) announced": the date before it is none
                while j > sent.start and j in self.in_date and (j + 1) in self.in_date | {k}:
                    j -= 1
                if j < k - 1 and doc[j].lower_ in TIME_PREPOSITIONS and j > sent.start:
                    j -= 1
                if j < sent.start:
                    return None
        if self._dash(j):  # "Jane Roe — who was re-elected in May — said"
            k = j - 1
            while k > sent.start and k > j - 20 and not self._dash(k):
                k -= 1
            if k - 1 < sent.start or not self._dash(k):
                return None
            j = k - 1
        if doc[j].text == ",":
            based = self._based_in(sent, j - 1)
            if based is not None:  # "Acme Microsystems of San Jose, California, said"
                return based
            k = j - 1
            while k > sent.start and doc[k].text != ",":
                k -= 1
            if k <= sent.start or doc[k].text != ",":
                return None
            named = self.by_end.get(j - 1)
            if (
                named is not None
                and named.type == "PERSON"
                and (span_ := doc.char_span(named.start, named.end, alignment_mode="expand"))
                is not None
                and span_.start > k + 1
                and self._titles_before(span_.start, k + 1) == k + 1
            ):
                # "The Treasury's top official, Permanent Secretary X, told": the person, the
                # titles before the name no part of another noun phrase (session 37)
                return self._source(span_.start, span_.end)
            inner = self._np_before(k + 1, j - 1)
            if inner is not None and inner[0] == k + 1 and (j - 1) in self.by_end:
                src = self._source(inner[0], j)  # "the bank's economist, Jane Roe, said"
                if src is not None and src.entity is not None:
                    return src
            paren = (k + 1, j)
            j = k - 1
        else:
            paren = None
        np_ = self._np_before(self._past_dateline(sent, j + 1), j)  # "Nov 14 - Acme": Acme
        if np_ is None:
            return None
        src = self._source(*np_)
        d = np_[0]  # the article of the noun phrase ("a Seattle, Washington-based retailer")
        if doc[d].lower_ not in ("the", "a", "an") and d > sent.start:
            d -= 1
        if (
            src is not None
            and src.entity is not None
            and src.entity.type in ("GPE", "LOC")
            and paren is not None
            and d - 2 >= sent.start
            and doc[d].lower_ in ("the", "a", "an")
            and doc[d - 1].text == ","
        ):
            opener = self.by_end.get(d - 2)
            hspan = (
                doc.char_span(opener.start, opener.end, alignment_mode="expand")
                if opener is not None and opener.type in ("PERSON", "ORG")
                else None
            )
            if hspan is not None:
                # "Acme Motor Co, the Dearborn, Michigan-based carmaker, said": the place
                # opens the head's apposition; the head speaks (session 44)
                return self._source(hspan.start, hspan.end)
        if src is not None and src.name is None and paren is not None:
            # "The report, published by the Office for National Statistics, said": the
            # document speaks for the organisation that issued it
            issuer = self._issuer(*paren)
            if doc[np_[1] - 1].lower_ in words("document_noun") and issuer is not None:
                return _Source(src.start, src.end, issuer.name, issuer)
        if src is not None and src.name is not None:
            # "..., figures released by the ONS showed": the document's words belong to the
            # source (its issuer), so that what stands before them is the content
            m = src.start - 1
            if m > sent.start and doc[m].lower_ in ("by", "from"):
                m -= 1
                if m > sent.start and self.tagged and doc[m].tag_ == "VBN":
                    m -= 1
                if m >= sent.start and doc[m].lower_ in words("document_noun"):
                    if m > sent.start and doc[m - 1].lower_ in DETERMINERS:
                        m -= 1
                    return _Source(m, src.end, src.name, src.entity)
                b = src.start - 1
                if (
                    b - 2 >= sent.start
                    and doc[b].lower_ == "by"
                    and doc[b - 1].tag_ in ("VBN", "VBD")
                    and doc[b - 2].tag_ in ("NNS", "NNPS")
                ):
                    # "Most economists polled by Reuters said": the people polled speak, not
                    # the pollster
                    head = self._np_before(sent.start, b - 2)
                    return self._source(*head) if head is not None else None
        return src

    def _based_in(self, sent: Span, k: int) -> _Source | None:
        """The named source before "of/in/from <place>" ending at token ``k``, the place set off
        by commas before the cue ("Acme Microsystems of San Jose, California, said", "Jane Roe
        of Leeds, England, said"): the place says where the source is based. Else None."""
        doc = self.doc
        place = self.by_end.get(k)
        if place is None or place.type not in ("GPE", "LOC"):
            return None
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        while span is not None and span.start - 2 > sent.start and doc[span.start - 1].text == ",":
            before = self.by_end.get(span.start - 2)  # "San Jose, California": two places
            if before is None or before.type not in ("GPE", "LOC"):
                break
            span = doc.char_span(before.start, before.end, alignment_mode="expand")
        if span is None or span.start - 2 < sent.start:
            return None
        sep = doc[span.start - 1].lower_
        named = self.by_end.get(span.start - 2)
        if sep == "," and named is not None and named.type == "ORG":
            # "Acme Bank of Toronto, Canada, said": the body's name holds its city
            nspan = doc.char_span(named.start, named.end, alignment_mode="expand")
            if nspan is None:
                return None
            return self._apposed_to(sent, nspan.start) or self._source(nspan.start, nspan.end)
        if sep not in ("of", "in", "from"):
            return None
        if named is not None and named.type in ("PERSON", "ORG"):
            nspan = doc.char_span(named.start, named.end, alignment_mode="expand")
            if nspan is None:
                return None
            return self._apposed_to(sent, nspan.start) or self._source(nspan.start, nspan.end)
        if named is not None:
            return None
        apposed = self._apposed_to(sent, span.start)
        if apposed is not None:  # "Acme, the carmaker based in Wolfsburg, Germany, said": the
            # head before the apposition, not the place (session 44)
            return apposed
        # "The mayor of Lyon, France, said": a role of a place the text does not name
        np_ = self._np_before(self._past_dateline(sent, span.start - 2), span.start - 2)
        if np_ is None or (np_[0] > sent.start and doc[np_[0] - 1].text == ","):
            return None  # "Anthropic, maker of Claude, said": an appositive, its name before
        if self._participial_before(sent, np_[0]):
            # "Jane Roe, speaking to reporters in Kyiv, said": the noun phrase is the object
            # of a participle inside the parenthesis, no role of a place (session 42)
            return None
        return _Source(np_[0], np_[1], None, None)

    def _apposed_to(self, sent: Span, k: int) -> _Source | None:
        """The person or body whose apposition holds the name that starts at token ``k``: the
        phrase from the comma after that head to ``k`` is a role ("a professor at", "chair of
        the", "director of the Centre X at the"), with no verb or other punctuation in it, as
        in "Jane Roe, a professor at Acme University in Leeds, said" (Jane Roe, not the
        university the place after it is attached to; session 44); a participial phrase is
        such a parenthesis too ("Jane Roe, after meeting Paul Kerr in Leeds, said": Jane Roe,
        not the person she met). None where no comma opens the phrase within
        ``APPOSITION_REACH`` tokens, the phrase holds no role word (a lower-case noun, a
        title word or a participle outside a name: not "Acme, Globex and Initech in Leeds"),
        or no named person or body ends right before the comma."""
        doc = self.doc
        m = k - 1
        lo = max(sent.start, k - APPOSITION_REACH)
        role = False
        while m >= lo and doc[m].text != ",":
            t = doc[m]
            if t.text in ".;:()" or _is_close(t.text) or t.text in OPEN_QUOTES + STRAIGHT:
                return None
            inside = self._in_entity(m)
            finite = self._is_verb_like(t) and t.tag_ not in ("VBN", "VBG")  # "based in"
            if not inside and (finite or t.lower_ in ("who", "which", "whose")):
                return None
            if not inside and (
                (t.is_lower and self._is_noun(t))
                or (t.is_alpha and is_title_word(t.text))
                or (self.tagged and t.tag_ in ("VBN", "VBG"))  # "after meeting Y in Leeds"
            ):
                role = True
            m -= 1
        if m <= sent.start or m < lo or doc[m].text != "," or not role:
            return None
        head = self.by_end.get(m - 1)
        if head is None or head.type not in ("PERSON", "ORG"):
            return None
        span = doc.char_span(head.start, head.end, alignment_mode="expand")
        return self._source(span.start, span.end) if span is not None else None

    def _participial_before(self, sent: Span, k: int) -> bool:
        """True where a participle ("speaking", "answering") stands between the comma before
        token ``k`` and ``k``, in the sentence: ``doc[k:]`` is inside a participial
        parenthesis ("X, speaking to reporters in Kyiv, said")."""
        doc = self.doc
        m = k - 1
        while m >= sent.start and doc[m].text != ",":
            t = doc[m]
            if (t.tag_ == "VBG") if self.tagged else (t.is_alpha and t.lower_.endswith("ing")):
                return m > sent.start and doc[m - 1].text == ","
            m -= 1
        return False

    def _issuer(self, lo: int, hi: int) -> EntityFact | None:
        """The organisation after "by"/"from" in doc[lo:hi] ("published by X")."""
        for m in range(lo, hi - 1):
            if self.doc[m].lower_ in ("by", "from"):
                at = m + 2 if self.doc[m + 1].lower_ == "the" else m + 1
                hit = self.by_start.get(at)
                if hit is not None and hit.type in ("ORG", "GPE"):
                    return hit
        return None

    def _np_before(self, lo: int, j: int) -> tuple[int, int] | None:
        """The token range of a noun phrase ending at ``j`` (not before ``lo``), or None."""
        doc = self.doc
        if j < lo:
            return None
        t = doc[j]
        if j in self.by_end:
            e = self.by_end[j]
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            start = span.start if span is not None else j
            if start > lo and doc[start - 1].lower_ == "the":
                start -= 1
            elif start - 1 > lo:
                # "the newly formed X", "the Geneva-based X": modifiers after the article
                m = start - 1
                while m > lo and start - m <= 5 and self._modifier(m):
                    m -= 1
                if m < start - 1 and doc[m].lower_ in ("the", "a", "an"):
                    start = m
            # "farmers in western Kansas": a place after a preposition is no head
            k = start - 1
            while k > lo and self.tagged and doc[k].tag_ in ("JJ", "NNP") and doc[k].is_lower:
                k -= 1
            if k > lo and doc[k].lower_ in words("head_preposition") and e.type in ("GPE", "LOC"):
                outer = self._np_before(lo, k - 1)
                if outer is not None and outer[1] == k:
                    return outer[0], j + 1
                if outer is not None and outer[1] < k:
                    # "Jane Roe of Acme Bank in Leeds said": the person, the head of the
                    # body's phrase before the place (session 44)
                    return outer
            # "The Data Institute (NDI) of New Zealand reported": a bracketed short form
            # closes the body's name; "Acme Microsystems of San Jose said": a named source
            # before "of" is the head, the place after it where it is based
            if (
                start - 2 > lo
                and doc[start - 1].lower_ == "of"
                and e.type in ("GPE", "LOC")
                and (doc[start - 2].text == ")" or (start - 2) in self.by_end)
            ):
                sent = doc[j].sent
                body = self._name_ending(sent, start - 2)
                bspan = (
                    doc.char_span(body.start, body.end, alignment_mode="expand")
                    if body is not None and body.type in ("ORG", "PERSON")
                    else None
                )
                if bspan is not None and bspan.start >= lo:
                    return bspan.start, bspan.end
            # "Jane Roe of Acme Corp said": the person is the head, the body her affiliation;
            # so is a party the entities stage typed as its members ("Jane Roe of the Greens",
            # NORP) or as a person ("of the Christian Democrats"; session 44)
            person = self.by_end.get(start - 2) if start - 2 >= lo else None
            if (
                e.type in ("ORG", "NORP", "PERSON")
                and doc[start - 1].lower_ in ("of", "at", "from")
                and person is not None
                and person.type == "PERSON"
            ):
                pspan = doc.char_span(person.start, person.end, alignment_mode="expand")
                if pspan is not None and pspan.start >= lo:
                    return pspan.start, pspan.end
            return max(start, lo), j + 1
        if t.lower_ in PRONOUNS:
            return j, j + 1
        age = speakers.age_start(doc, j)
        if age is not None and age >= lo:  # "the 37-year-old said": a person
            return (age - 1 if age > lo and doc[age - 1].lower_ == "the" else age), j + 1
        if not self._is_noun(t) and t.lower_ not in body_kinds().roles:
            return None  # a role noun may be tagged an adjective ("the cooperative")
        start = j
        while start - 1 >= lo:
            w = doc[start - 1]
            if w.lower_ in ("the", "a", "an") or (self.tagged and w.tag_ in ("DT", "PRP$")):
                start -= 1
                break
            if w.lower_ == "of" and start - 2 >= lo and self._is_noun(doc[start - 2]):
                start -= 1  # "the Government of Chile", "the Minister of Finance"
                continue
            if self._np_word(w):
                start -= 1
                continue
            break
        return start, j + 1

    def _modifier(self, m: int) -> bool:
        """True where token ``m`` belongs to a modifier before a name: an adjective, adverb or
        participle in lower case ("newly formed", "state-run"), a hyphen, or a word before a
        hyphen ("Geneva-based")."""
        doc = self.doc
        w = doc[m]
        if w.text in ("-", "–") or (m + 1 < len(doc) and doc[m + 1].text in ("-", "–")):
            return True
        return w.is_lower and self.tagged and w.tag_ in ("JJ", "VBN", "RB", "HYPH")

    def _is_noun(self, t: Token) -> bool:
        if self.tagged:
            return t.tag_ in ("NN", "NNS", "NNP", "NNPS")
        return t.is_alpha and t.lower_ not in FUNCTION and t.lower_ not in PRONOUNS

    def _np_word(self, t: Token) -> bool:
        if "\n" in t.text:
            return False
        if self.tagged:
            return t.tag_ in NP_TAGS and t.tag_ not in ("DT", "PRP$")
        return (t.is_alpha or t.text in ("'s", "’s", "-")) and t.lower_ not in FUNCTION

    def _source_after(self, sent: Span, k: int) -> _Source | None:
        """The source right after an inverted cue: "..., said the minister." """
        doc = self.doc
        if k >= sent.end:
            return None
        j = k
        m = k  # "said Minister Dubois", "said Dr. Jane Roe": titles before the name
        while (
            m < sent.end
            and m - k < 4
            and m not in self.by_start
            and (is_title_word(doc[m].text) or doc[m].text == ".")
        ):
            m += 1
        if m > k and m in self.by_start and self.by_start[m].type == "PERSON":
            j = m
        elif m > k and m in self.by_start and any(is_title_word(x.text) for x in doc[k:m]):
            # "said Minister Holland", the name typed a place: a title goes with a person, the
            # one named before whose name ends so ("Mark Holland")
            e = self.by_start[m]
            people = [x for x in coref.earlier(self._known(), e.start) if x.type == "PERSON"]
            short = coref.short_form(self.text[e.start : e.end], people)
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            if short is not None and short.entity is not None and span is not None:
                return _Source(k, span.end, short.name, short.entity)
        if j in self.by_start or doc[j].lower_ in ("the", "a", "an"):
            e_end = None
            if j < sent.end and doc[j].lower_ in ("the", "a", "an"):
                j += 1
            # a name that cannot speak is a modifier of a noun phrase ("said the American
            # banking system remained ...", "said the French minister")
            if j in self.by_start and self.by_start[j].type in SPEAKING:
                e = self.by_start[j]
                span = doc.char_span(e.start, e.end, alignment_mode="expand")
                e_end = span.end if span is not None else j + 1
                # "said FEMA Administrator Deanne Criswell": titles, then the name (the head)
                m = e_end
                role = False  # "said Capital Economics economist Paul Dales": a role noun
                while m < sent.end and m - e_end < 5:
                    w = doc[m]
                    if e.type == "PERSON" and w.lower_ in PERSON_OF:
                        break  # "said Jane Roe of Acme Bank": the person, not the bank
                    if w.text in ("'s", "’s") and m == e_end:
                        role = True  # "said Acme's chief executive, Jane Roe"
                    elif w.text == "," and role and m + 1 in self.by_start:
                        pass  # the name set off after the role
                    elif (
                        w.text == "-"
                        and m > e_end
                        and m + 1 < sent.end
                        and is_title_word(doc[m + 1].text)
                    ):
                        pass  # "said WHO Director-General Tedros": a hyphenated title
                    elif w.lower_ in ("and", "or", "but") or (
                        not is_title_word(w.text) and not (w.is_lower and w.is_alpha)
                    ):
                        break
                    role = role or not is_title_word(w.text)
                    m += 1
                if m > e_end and m in self.by_start:
                    e2 = self.by_start[m]
                    span2 = doc.char_span(e2.start, e2.end, alignment_mode="expand")
                    if (
                        span2 is not None
                        and e2.type in SPEAKING
                        and (e2.type == "PERSON" or not role)
                    ):
                        e_end = span2.end
            else:
                while j < sent.end and self._np_word(doc[j]) and not doc[j].is_punct:
                    j += 1
                e_end = j
            if e_end is not None and e_end > k:
                if e_end < sent.end and self._is_verb_like(doc[e_end]):
                    return None  # "..., said the company would appeal": the content's subject
                src = self._source(k, e_end)
                if src is not None and src.name is None:
                    named = self._role_appositive(sent, k, e_end)
                    if named is not None:
                        return named
                return src
        if doc[j].lower_ in PRONOUNS:
            if j + 1 < sent.end and not doc[j + 1].is_punct:
                return None  # "X, which ..., said it would appeal": "it" opens the content
            return self._source(j, j + 1)
        return None

    def _clause_source(self, sent: Span, i: int) -> _Source | None:
        """The source of a participial or coordinated cue: the source of the sentence's latest
        statement, else the sentence's subject at its start."""
        doc = self.doc
        if self.last is not None and self.last[0] == sent.start:
            return self.last[1]
        if self.parsed:
            head = doc[i].head
            while head.i != i and head.dep_ not in ("ROOT",) and head.head.i != head.i:
                head = head.head
            src = self._subject_dep(head)
            if src is not None:
                return src
        k = self._past_dateline(sent, i)  # "OTTAWA, March 6 — The Bank ...": past the dateline
        while k < i and (doc[k].is_space or doc[k].lower_ in ("but", "and", "the")):
            k += 1
        if k < i and (
            self._participle_adjunct(doc[k]) or (self.tagged and doc[k].tag_ in ("VBN", "VBD"))
        ):
            # "Asked about the deal, she laughed and said ...": the subject after the adjunct
            comma = next((m for m in range(k + 1, i) if doc[m].text == ","), None)
            if comma is not None:
                k = comma + 1
        if k in self.by_start:
            e = self.by_start[k]
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None and span.end <= i:
                titled = self._titled_after(span.end, i) if e.type in ("NORP", "GPE") else None
                if titled is not None:
                    # "Indian Prime Minister X met Y ... and said": the person the country's
                    # or people's name and the titles come before, not the country (session 44)
                    return titled
                return self._source(k, span.end)
        for m in range(k, min(i, k + 5)):  # "President Trump", "U.S. Defense Secretary X"
            if m in self.by_start and doc[m].text[:1].isupper():
                e = self.by_start[m]
                if e.type in SPEAKING:
                    span = doc.char_span(e.start, e.end, alignment_mode="expand")
                    if span is not None and span.end <= i:
                        return self._source(m, span.end)
        if doc[k].lower_ in PRONOUNS:
            return self._source(k, k + 1)
        return None

    def _titled_after(self, k: int, i: int) -> _Source | None:
        """The person named after title words that start at token ``k`` (before ``i``):
        "Prime Minister X", "Defense Secretary X" after a country's or people's name; None
        where no title word stands there or no person follows the titles."""
        doc = self.doc
        m = k
        while (
            m < i
            and m - k <= MAX_TITLE_WORDS
            and m not in self.by_start
            and (is_title_word(doc[m].text) or (doc[m].is_title and doc[m].is_alpha))
        ):
            m += 1
        e = self.by_start.get(m)
        if m == k or e is None or e.type != "PERSON" or not is_title_word(doc[m - 1].text):
            return None
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        return self._source(m, span.end) if span is not None and span.end <= i else None

    def _apposition_end(self, sent: Span, k: int, source: _Source) -> int | None:
        """The comma that closes an apposition opened by the comma at token ``k`` right after a
        named source: the words between hold a post ("chief executive of Acme", "a professor
        at Leeds", titles of ``models/titles.jsonl``; for a body also its kind, "the country's
        largest bank"), no finite verb, and a clause follows the closing comma. None
        elsewhere ("According to Acme, sales fell, ...": a clause, no apposition)."""
        doc = self.doc
        if source.entity is None or source.entity.type not in ("PERSON", "ORG"):
            return None
        heads, _ = title_words()
        posts = heads | words("voice_noun") | words("commentator_noun") | words("post_noun")
        if source.entity.type == "ORG":
            posts = posts | speakers.body_nouns()
        post = False
        for m in range(k + 1, min(sent.end, k + 1 + ROLE_REACH)):
            t = doc[m]
            if t.text == ",":
                rest = doc[m + 1 : sent.end]
                if post and any(self._is_verb_like(x) and x.tag_ != "VBG" for x in rest):
                    return m
                return None
            if t.text in ".;:()" or _is_close(t.text) or t.text in OPEN_QUOTES + STRAIGHT:
                return None
            if self._is_verb_like(t) and not self._in_entity(m):
                return None
            if t.lower_ in posts and not self._in_entity(m):
                post = True
        return None

    def _titles_before(self, k: int, lo: int) -> int:
        """The first token of the run of title words ("Permanent Secretary", "Dr.") that ends
        right before token ``k``, not before token ``lo``; ``k`` where none stands there."""
        doc = self.doc
        m = k
        while m - 1 >= lo and k - m < MAX_TITLE_WORDS:
            t = doc[m - 1]
            if is_title_word(t.text) or (t.text == "." and m - 2 >= lo):
                m -= 1
            elif m < k and t.is_title and t.is_alpha and is_title_word(doc[m].text):
                m -= 1  # "Permanent Secretary": a capitalised word of the title before its head
            else:
                break
        return m

    def _role_appositive(self, sent: Span, k: int, end: int) -> _Source | None:
        """The person named between a comma and the sentence's end (or a comma) after an
        unnamed person's role noun after an inverted cue: "“...,” said the head of research at
        Acme Bank, Jane Roe." -> Jane Roe; "said the bank's chief economist, Dr. Jane Roe,
        on Tuesday" (session 37). ``doc[k:end]`` is the source's noun phrase, which holds a
        title word of ``models/titles.jsonl``; None where no such name follows within
        ``ROLE_REACH`` tokens with no verb or quote mark before the comma."""
        doc = self.doc
        heads, _ = title_words()
        comma = None
        for m in range(k, min(sent.end, k + ROLE_REACH)):
            if doc[m].text == ",":
                comma = m
                break
            if m >= end and (self._is_verb_like(doc[m]) or _is_close(doc[m].text)):
                return None
        posts = heads | words("voice_noun") | words("commentator_noun") | words("post_noun")
        if comma is None or not any(t.lower_ in posts for t in doc[k:comma]):
            return None
        m = comma + 1  # "said the bank's chief economist, Dr. Jane Roe": titles, then the name
        while (
            m < sent.end
            and m - comma <= MAX_TITLE_WORDS
            and m not in self.by_start
            and (is_title_word(doc[m].text) or doc[m].text == ".")
        ):
            m += 1
        e = self.by_start.get(m)
        span = doc.char_span(e.start, e.end, alignment_mode="expand") if e is not None else None
        if e is None or e.type not in ("PERSON", "ORG") or span is None:
            return None  # (a person's name NER typed ORG after a body's, "X Bank, Jim Roe")
        if span.end < sent.end and doc[span.end].text not in (",", ".", ";"):
            return None
        return _Source(span.start, span.end, e.name, e)

    def _appositive_person(self, sent: Span, k: int) -> _Source | None:
        """The person named between commas after a role noun ending before token ``k`` (a
        comma): "according to its chairman, Jane Roe." -> Jane Roe; else None."""
        doc = self.doc
        if k + 1 >= sent.end or doc[k].text != "," or (k + 1) not in self.by_start:
            return None
        e = self.by_start[k + 1]
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if e.type != "PERSON" or span is None:
            return None
        if span.end < sent.end and doc[span.end].text not in (",", ".", ";"):
            return None
        return _Source(span.start, span.end, e.name, e)
