"""What a source expression refers to (``_Sources``): a name, a pronoun, a role, a document.

Pronouns, titles and short forms resolve through ``briefx.pipeline.coref``; what it leaves, a
role noun with words before it or of the entity_forms tables ("The Danish company, which ...,
said", "the airline added", "The judge said"), through ``briefx.pipeline.speakers``, which also
keeps a news agency credited after a dateline from being an antecedent. A body's short form
before its head noun names it ("the Kanto institute"), and a document a named body owns or
issued speaks for it ("the IMF's report said", "..., figures released by X showed"), and so
does one of its people named by a noun of ``voice_noun`` ("a Google spokesperson", "Acme
officials"). A person's pronoun right after a named person's statement is that speaker going on
(``speakers.speaker_goes_on``), unless the text marks them of the other gender ("Ms Roe",
"Roe said she ..."); "the Spaniard said" is a person (``speakers.national_person``). "we"/"I"
are the author's voice; a common noun is an unnamed source.

Session 21: a body's name before one body noun is that body ("the IG Metall union"); "according
to its chairman, X" is X, "according to the corporation's data" the corporation, a proper name
NER left untagged before a document noun or after "by" a source of its own ("LSEG data", "an
estimate by S&P Global"); a person's spokesman speaks for the person.

Session 22: a role noun of a kind of body ("the union", "the regulator", "the lender", "the
carrier", "the corporation") refers back only to a body of that kind
(``speakers.kind_body``, ``models/body_kinds.jsonl``); "it" right after a body's statement is
that body going on; "the candidate" is the person the text described as one.

Session 24: a bracketed short form closes a body's name ("The X Institute (XI) of New Zealand
reported": the institute); a given name inside a proper run after a title's "for"/"of" opens
the person's name ("Minister for Housing Kate Roe"); a named body, then common words before a
body noun, is that body ("the Interfax news agency"), and a proper name of no place, person or
nationality there names a body of its own ("The Globex mining company"), not the body named
last.

Session 37: "the bank" where bodies of two names hold the noun is the one that spoke or was the
subject (``speakers.head_holder``); "the force" is a police body.

Session 42 (stmt42): "according to a spokesperson for X" (a ``voice_noun``, then "for"/"at",
titles, and a name that ends the phrase) is X, as "A spokesperson for X said" is.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from briefx.facts import EntityFact
from briefx.kinds import EntityType
from briefx.normalize.cues import body_kinds, demonym_countries, words
from briefx.normalize.names import form_words, is_title_word
from briefx.pipeline import coref, speakers
from briefx.pipeline.statements.base import _Base
from briefx.pipeline.statements.grammar import (
    AUTHOR_PRONOUNS,
    DETERMINERS,
    MAX_TITLE_WORDS,
    NAME_JOINERS,
    PRONOUNS,
    SPEAKING,
    UNNAMED_PRONOUNS,
    _Source,
)
from briefx.resources import table_index


class _Sources(_Base):
    """What a source's words refer to: an entity, a person named in passing, or none."""

    def _source(self, start: int, end: int) -> _Source | None:
        """What the words ``doc[start:end]`` name: an entity, a resolved reference, or nobody."""
        doc = self.doc
        words_ = [t for t in doc[start:end] if not t.is_punct]
        if not words_:
            return None
        lowers = [t.lower_ for t in words_]
        if len(lowers) == 1 and lowers[0] in AUTHOR_PRONOUNS:
            return _Source(start, end, None, None, author=True)
        whole = self._whole_name(start, end)
        if whole is not None:  # "The United Nations High Commissioner for Refugees said"
            return whole
        if "government" in lowers and (
            lowers[-1] == "government" or "government of" in " ".join(lowers)
        ):
            # "the Chilean Government", "the Government of Chile"; not a body with the word in
            # its name ("the Local Government Association said")
            ref = coref.resolve(doc, start, end, self.entities)
            return _Source(start, end, ref.name if ref else None, ref.entity if ref else None)
        # The head ends at a preposition outside a name: "farmers in Kansas" are farmers.
        head_end = end
        preps = words("head_preposition")
        for m in range(start + 1, end):
            if doc[m].lower_ in preps and not self._in_entity(m):
                head_end = m
                break
        lo, hi = doc[start].idx, doc[head_end - 1].idx + len(doc[head_end - 1])
        k = bisect.bisect_left(self.entity_starts, lo)
        inside = []
        while k < len(self.entities) and self.entities[k].start < hi:
            if self.entities[k].end <= hi:
                inside.append(self.entities[k])
            k += 1
        e = inside[-1] if inside and inside[-1].end == hi else None
        if e is not None and e.type in SPEAKING:
            # a one-word short form of a longer name said before ("the Brigade", "Lopez")
            if " " not in e.name:
                before = coref.earlier(self._known(), doc[start].idx)
                short = coref.short_form(e.name, before)
                if short is not None:
                    return _Source(start, end, short.name, short.entity)
                # NER took the last word of a longer proper name: "London Fire Brigade"
                span = doc.char_span(e.start, e.end, alignment_mode="expand")
                k = span.start if span is not None else head_end
                while (
                    k > 0
                    and self._proper(doc[k - 1])
                    and doc[k - 1].lower_ not in speakers.role_words()  # "Carmaker BYD"
                    # "Mr Hamilton said": a style of address is no word of the name (s37)
                    and doc[k - 1].lower_.rstrip(".") not in form_words("address_style")
                ):
                    k -= 1
                if span is not None and k < span.start:
                    return self._named(min(k, start), end, doc[k : span.end].text, e.type)
            return _Source(start, end, e.name, e)
        if e is None and head_end - start >= 3 and doc[head_end - 1].is_lower:
            # "the Kanto institute": a body's short form before its head noun, however far
            # back the body was named
            head_word = doc[head_end - 1].lower_
            for x in inside:
                if x.type == "ORG" and head_word in x.name.lower().split():
                    return _Source(start, end, x.name, x)
            # "the IG Metall union", "the Acme group": a body's name right before one body
            # noun is that body, not the body that spoke last
            named = self.by_end.get(head_end - 2)
            if named is not None and named.type == "ORG" and head_word in speakers.body_nouns():
                return _Source(start, end, named.name, named)
            # "the Interfax news agency", "the Brookings think tank": the name, then common
            # words before the body noun
            if head_word in speakers.body_nouns() or head_word in body_kinds().roles:
                for x in inside:
                    xs = doc.char_span(x.start, x.end, alignment_mode="expand")
                    if (
                        x.type == "ORG"
                        and xs is not None
                        and xs.end < head_end - 1
                        and all(t.is_lower and t.is_alpha for t in doc[xs.end : head_end])
                    ):
                        return _Source(start, end, x.name, x)
                # "The Globex mining company said": a proper name of no place, person or
                # people before the body noun names a body of its own, not one named before
                run = self._own_name(start, head_end)
                if run is not None:
                    return self._named(start, end, doc[run[0] : run[1]].text, "ORG")
        pair = speakers.named_pair(doc, start, head_end, self._known())
        if pair is not None:  # "X and Y met ... The two leaders said": each speaks
            first, other = pair
            return _Source(start, end, first.name, first, also=other)
        titled = speakers.titled_person(doc, start, head_end, self._antecedents())
        if titled is not None:  # "Chief executive Jane Roe ... Its chief executive added"
            return self._entity_source(start, end, titled)
        voice = self._voice_of(start, head_end)
        if voice is not None:  # "a Google spokesperson said", "Acme officials said": the body
            return _Source(start, end, voice.name, voice)
        owner = self._document_owner(start, head_end)
        if owner is not None:  # "the IMF's latest report found that ...": the IMF
            return _Source(start, end, owner.name, owner)
        held = self._held_by_role(start, head_end)
        if held is not None:  # "according to the corporation's data": the corporation
            return _Source(start, end, held.name, held.entity)
        owner = speakers.its_people(doc, start, head_end, self._antecedents(), self.spoke)
        if owner is not None:  # "..., its economists said in a note": the body
            return self._entity_source(start, end, owner)
        went_on = speakers.speaker_goes_on(lowers, self.sent_no, self.last_person)
        if went_on is not None and not speakers.disagrees(self.genders, went_on, lowers[0]):
            # "He told the BBC that Reeves had ... He added": the speaker goes on
            return self._entity_source(start, end, went_on)
        if (
            lowers == ["it"]
            and self.last_unnamed_body is not None
            and 0 <= self.sent_no - self.last_unnamed_body <= 1
            and not any(
                x.type == "ORG" and doc[start].sent.start_char <= x.start < doc[start].idx
                for x in self._known()
            )
        ):
            return _Source(start, end, None, None)  # the unnamed body goes on
        went_on = speakers.body_goes_on(
            doc, start, lowers, self.sent_no, self.last_body, self._known()
        )
        if went_on is not None:
            # "The corporation said it had offered 11.5%. It said ...": the body goes on, not
            # the latest body named in subject position (the union named before)
            return self._entity_source(start, end, went_on)
        antecedents = self._antecedents()
        if speakers.unnamed_description(doc, start, head_end, self._known(), self._kinds()):
            # "Norway's energy ministry said ... The ministry said": the unnamed ministry, not
            # a body of another kind named in between
            return _Source(start, end, None, None)
        described = speakers.described_body(doc, start, head_end, antecedents)
        if described is not None:  # "Airbus Helicopters, the group's ... division ... The
            # division said": the body the text described so, not the latest body named
            return self._entity_source(start, end, described)
        person = speakers.described_person(doc, start, head_end, antecedents)
        if person is not None:  # "X, the conservative candidate for chancellor, ... The
            # candidate told ARD": the person the text described so
            return self._entity_source(start, end, person)
        decided, body = speakers.kind_body(
            doc, start, head_end, antecedents, self.spoke, self._kinds()
        )
        if decided:  # "the union said" after the employer spoke: the union, not the employer
            if body is None:
                return _Source(start, end, None, None)
            return self._entity_source(start, end, body)
        ahead = speakers.described_ahead(doc, start, head_end, self._known(), self._kinds())
        if ahead is not None:  # "Australia's competition watchdog said ...", named next
            return self._entity_source(start, end, ahead)
        holder = speakers.head_holder(doc, start, head_end, antecedents, self.spoke)
        if holder is not None:  # "the bank" after the central bank and two banks' shares:
            # the one that spoke or was the subject, not the nearest name holding "bank"
            return self._entity_source(start, end, holder)
        if lowers == ["it"]:
            # "Shell said ... Analysts at Jefferies cut their target. It said": a body named
            # only as the employer of commentators is no antecedent where another is named
            employed = speakers.employers_only(doc, [x for x in antecedents if x.type == "ORG"])
            antecedents = [x for x in antecedents if x.name not in employed]
        if len(lowers) == 1 and lowers[0] in coref.PERSON_PRONOUNS:
            # "she" passes over a person the text marks as a man ("Mr Lane"), and "he" a woman
            antecedents = [
                e
                for e in antecedents
                if e.type != "PERSON" or not speakers.disagrees(self.genders, e, lowers[0])
            ]
        ref = coref.resolve(doc, start, head_end, antecedents)
        if ref is None and e is None and len(words_) == 1 and words_[0].text.istitle():
            # "Police said" after "Police Scotland confirmed": the one body named before whose
            # name opens with or holds the word (a name's last word is coref's short form)
            holders = [
                x
                for x in self._known()
                if (x.type == "ORG" or x in self.extra)
                and x.end <= doc[start].idx
                and words_[0].text in x.name.split()[:-1]
            ]
            if len({x.name for x in holders}) == 1:
                body = holders[-1]
                return self._entity_source(start, end, body)
        if ref is not None:
            entity = ref.entity if ref.entity not in self.extra else None
            return _Source(start, end, ref.name, entity)
        role = speakers.role_noun(doc, start, head_end, antecedents, self.spoke)
        if role is not None:  # "the airline added", "The Danish company, which ..., said"
            return self._entity_source(start, end, role)
        person = speakers.national_person(doc, start, head_end, antecedents, self.spoke)
        if person is not None:  # "“...,” the Argentine said": a person, not a name
            return self._entity_source(start, end, person)
        if lowers[0] in PRONOUNS and lowers[0] not in UNNAMED_PRONOUNS | coref.PERSON_PRONOUNS:
            return None  # "it" that refers to nothing named: an expletive, not a source
        head = [t for t in doc[start:head_end] if t.lower_ not in ("the", "a", "an")]
        if self.tagged and head and all(self._proper(t) for t in head):
            # a proper name NER did not tag: "Greater Manchester Police said"; a body's role
            # noun capitalised before it is no part of it ("Carmaker BYD", "Regulator Ofwat")
            while len(head) > 1 and head[0].lower_ in speakers.role_words():
                head = head[1:]
            given = self._after_portfolio(head)
            if given is not None:  # "Minister for Housing Kate Roe": the person
                return self._named(start, end, doc[given : head[-1].i + 1].text, "PERSON")
            return self._named(start, end, doc[head[0].i : head[-1].i + 1].text, "ORG")
        return _Source(start, end, None, None)  # "officials", "a spokesperson"

    def _whole_name(self, start: int, end: int) -> _Source | None:
        """The source whose words end a proper name written in full that NER split or left out
        ("The United Nations High Commissioner for Refugees said", "The Federal Office of
        Civil Protection said") where the document gives that whole name as an entity's
        canonical name, however far away (the entity of the acronym "UNHCR" named later): that
        entity, named at the source's own words. The name runs over capitalised words and
        "of", "for", "and", "&" between them, within the sentence; it holds no person ("Jane
        Roe of Acme Corp"), and a name an entity already spans stays that entity."""
        doc = self.doc
        last = end
        while last > start and (doc[last - 1].is_punct or doc[last - 1].is_space):
            last -= 1
        if last <= start or not doc[last - 1].text[:1].isupper():
            return None
        sentenced = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")

        def opens(i: int) -> bool:  # token i starts the sentence (``Token.sent`` would walk all
            # of a sentence, which a text without sentence ends makes the whole text)
            return i == 0 or bool(sentenced and doc[i].is_sent_start)

        k = last - 1
        while not opens(k):
            prev = doc[k - 1]
            capital = prev.text[:1].isupper() and prev.is_alpha and prev.lower_ not in DETERMINERS
            joiner = prev.lower_ in NAME_JOINERS and not opens(k - 1)
            if not (capital or (joiner and doc[k - 2].text[:1].isupper())):
                break
            k -= 1
        while k < last and not doc[k].text[:1].isupper():
            k += 1
        if last - k < 3:
            return None
        lo, hi = doc[k].idx, doc[last - 1].idx + len(doc[last - 1])
        inner = [e for e in self.entities if lo <= e.start and e.end <= hi]
        if any(e.type == "PERSON" for e in inner):
            return None
        for m in range(k, last - 2):
            if not doc[m].text[:1].isupper():
                continue
            text = doc[m:last].text
            match = next(
                (e for e in self.entities if e.name == text and e.type in ("ORG", "GPE")), None
            )
            if match is None:
                continue
            if any(e.start == doc[m].idx and e.end == hi for e in inner):
                return None  # the entity tagged on these words: as before
            return self._named(min(m, start), end, match.name, match.type)
        return None

    def _after_portfolio(self, head: list[Token]) -> int | None:
        """The index of a given name (``models/given_names.jsonl``) inside a proper-name run
        after a title's "for"/"of" ("Minister for Housing Kate Roe", "Secretary of State John
        Doe"): the portfolio's words come first and the person's name starts there; else None."""
        doc = self.doc
        first = head[0].i
        if len(head) < 3 or first < 2 or doc[first - 1].lower_ not in ("for", "of"):
            return None
        if not is_title_word(doc[first - 2].text):
            return None
        last = head[-1].lower_
        if last in speakers.body_nouns() or last in body_kinds().names:
            return None  # "Director of Kings Victoria Union": a body's name
        given = table_index("given_names.jsonl", "name")
        for t in head[1:-1]:
            if given.get(t.text) and not is_title_word(t.text):
                return t.i
        return None

    def _own_name(self, start: int, head_end: int) -> tuple[int, int] | None:
        """The token range of a run of proper names inside "the <Name> <common words> <body
        noun>" ("The Globex mining company") that no place, person or nationality entity holds
        and that is no demonym ("the Danish drugmaker", "the Colorado-based company" describe a
        body named before); else None."""
        doc = self.doc
        if not self.tagged or doc[start].lower_ != "the":
            return None
        k = start + 1
        while k < head_end - 1 and not self._proper(doc[k]):
            k += 1
        if k >= head_end - 1:
            return None
        end = k
        while end < head_end - 1 and self._proper(doc[end]):
            end += 1
        if not all(t.is_lower and t.is_alpha for t in doc[end:head_end]):
            return None  # "the Colorado-based company": a hyphenated description
        demonyms = demonym_countries()
        for t in doc[k:end]:
            if t.text in demonyms or self.entity_spans.overlaps(t.idx, t.idx + len(t)):
                hit = next((e for e in self.entities if e.start <= t.idx < e.end), None)
                if hit is None or hit.type in ("GPE", "LOC", "NORP", "PERSON"):
                    return None
        return k, end

    def _proper_run(self, k: int, end: int) -> int:
        """The end of the run of proper-noun tokens (and "&" inside it) from ``k``."""
        m = k
        while m < end and (
            self._proper(self.doc[m]) or (m > k and self.doc[m].text == "&" and m + 1 < end)
        ):
            m += 1
        return m

    def _named(self, start: int, end: int, name: str, typ: EntityType) -> _Source:
        """A source named by a proper name no entity carries; later short forms find it."""
        s_span = self.doc[start:end]
        self.extra.append(EntityFact(s_span.start_char, s_span.end_char, typ, name))
        return _Source(start, end, name, None)

    def _entity_source(self, start: int, end: int, e: EntityFact) -> _Source:
        """The source at tokens ``[start, end)`` is ``e``: its name, and the mention itself
        unless it is one of ``extra`` (a body no entity of the stage carries)."""
        return _Source(start, end, e.name, e if e not in self.extra else None)

    def _known(self) -> list[EntityFact]:
        """The entities, and the proper names of sources found so far, in text order."""
        if not self.extra:
            return self.entities
        if self._known_cache[0] != len(self.extra):
            merged = sorted([*self.entities, *self.extra], key=lambda e: (e.start, e.end))
            self._known_cache = (len(self.extra), merged)
        return self._known_cache[1]

    def _document_owner(self, start: int, end: int) -> EntityFact | None:
        """The named owner of a document that speaks for it: "<name>'s (adjectives) <document
        noun>" ("Acme's annual report", "the Board's latest survey"), else None."""
        doc = self.doc
        if end - start < 3 or doc[end - 1].lower_ not in words("document_noun"):
            return None
        for m in range(end - 2, start, -1):
            if doc[m].text in ("'s", "’s", "'"):
                e = self.by_end.get(m - 1)
                return e if e is not None and e.type in SPEAKING else None
        return None

    def _held_by_role(self, start: int, end: int) -> _Source | None:
        """A document or a body's people owned by a role noun: "the corporation's data", "the
        agency's latest estimate", "the ministry's spokesperson" -> what the role noun refers
        back to, where it names somebody; else None."""
        doc = self.doc
        last = doc[end - 1].lower_
        if end - start < 4 or last not in words("document_noun") | words("voice_noun"):
            return None
        if doc[start].lower_ != "the":
            return None
        for m in range(end - 2, start + 1, -1):
            if doc[m].text in ("'s", "’s"):
                if (m - 1) in self.by_end:
                    return None  # a name's own: _document_owner and _voice_of read it
                src = self._source(start, m)
                return src if src is not None and src.name else None
        return None

    def _voice_of(self, start: int, end: int) -> EntityFact | None:
        """The organisation whose people ``doc[start:end]`` names: "<det> <ORG>('s) <voice
        noun>" ("a Google spokesperson", "Acme officials", "the agency's ..." not: a name must
        stand right before the noun, past a possessive), or the person a possessive names
        ("Keir Starmer's spokesman", "Roe's representatives": the outer named source), else None."""
        doc = self.doc
        if end - start < 2 or doc[end - 1].lower_ not in words("voice_noun"):
            return None
        m = end - 2
        owned = doc[m].text in ("'s", "’s", "'") and m > start
        if owned:
            m -= 1
        e = self.by_end.get(m)
        if e is not None and e.type == "PERSON" and owned:
            return e  # "Keir Starmer's spokesman said": the person he speaks for
        return e if e is not None and e.type == "ORG" else None

    def _kinds(self) -> dict[str, frozenset[str]]:
        """The kinds of organisation of the document's bodies (``speakers.body_kinds_of``)."""
        if self.kinds is None:
            self.kinds = speakers.body_kinds_of(self.doc, self.entities)
        return self.kinds

    def _antecedents(self) -> list[EntityFact]:
        """What a pronoun or role noun may refer back to: the known names, less the news
        agencies credited after a dateline ("LONDON, Jan 16 (Reuters) - ... It added")."""
        return [e for e in self._known() if not self.credits.overlaps(e.start, e.end)]

    def _phrase_source(self, k: int, end: int) -> _Source | None:
        """The source named after "according to": an entity, or the issuer of a document."""
        doc = self.doc
        if end - k > 3 and doc[end - 1].text == ")":
            # "the newly formed Acme Bank (AB)": the name's short form is no part of the source
            opening = next((m for m in range(end - 2, k, -1) if doc[m].text == "("), None)
            if opening is not None and (opening - 1) in self.by_end:
                end = opening
        j = k
        if doc[j].lower_ in ("the", "a", "an") and j + 1 < end:
            j += 1
        person = self.by_end.get(end - 1)
        if (
            person is not None
            and person.type == "PERSON"
            and not any(t.lower_ in words("head_preposition") | {"of", "by"} for t in doc[j:end])
        ):
            # "according to Rabobank's Jane Foley", "according to fire brigade spokesman X":
            # the person the phrase ends with speaks, not the body before the name
            return _Source(k, end, person.name, person)
        voice = self._voice_of(j, end)
        if voice is not None:  # "according to a Rabobank spokesperson": the body
            return _Source(k, end, voice.name, voice)
        if j in self.by_start:
            e = self.by_start[j]
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            stop = span.end if span is not None else j + 1
            if e.type in SPEAKING and not (stop < end and doc[stop].text in ("-", "–")):
                # (a name before a hyphen modifies the head: "the Geneva-based X" is X)
                return _Source(k, min(stop, end), e.name, e)
        heads = words("document_noun")
        run = self._proper_run(j, end)
        if j < run < end and doc[end - 1].lower_ in heads:
            # "according to LSEG data": a proper name NER did not tag before a document
            return self._named(j, run, doc[j:run].text, "ORG")
        for m in range(j, end - 1):
            if doc[m].lower_ not in ("by", "from", "of"):
                continue
            at = m + 2 if doc[m + 1].lower_ == "the" else m + 1
            # past a common-noun descriptor: "data from the brokerage Tillman & Ross"
            skip = at
            while skip < min(end, at + 3) and skip not in self.by_start and doc[skip].is_lower:
                skip += 1
            hit = self.by_start.get(at) or self.by_start.get(skip)
            if (
                hit is not None
                and hit.type in SPEAKING
                and any(t.lower_ in heads for t in doc[j:m])
            ):
                # "the survey published by X", "figures from X": the issuer, whatever type
                # the entities stage gave it (a body read as a person still issues the data)
                return _Source(k, end, hit.name, hit)
            run = self._proper_run(at, end)
            if hit is None and run == end and any(t.lower_ in heads for t in doc[j:m]):
                # "an estimate by S&P Global": the issuer's proper name NER did not tag
                return self._named(at, run, doc[at:run].text, "ORG")
        if doc[k].lower_ in PRONOUNS or doc[k].lower_ == "the":
            src = self._source(k, end)
            if src is not None:
                return src
        spoken_for = self._voice_for(j, end)
        if spoken_for is not None:
            # "according to a spokesperson for the ministry": whom the voice speaks for, as
            # "A spokesperson for the ministry said" is (session 42)
            return _Source(k, end, spoken_for.name, spoken_for)
        return _Source(k, end, None, None)

    def _voice_for(self, j: int, end: int) -> EntityFact | None:
        """The name a voice speaks for where ``doc[j:end]`` is a voice noun (``voice_noun``:
        "spokesperson", "official"; at most two words after ``j``), then "for" or "at", titles,
        and a name of the document that ends at ``end``: "a spokesperson for the Federal
        Ministry of Defence", "a senior official at the IMF", "a spokesman for Prime Minister
        Jane Roe" (a person's spokesman speaks for the person); else None."""
        doc = self.doc
        for m in range(j, min(end - 2, j + 3)):
            if doc[m].lower_ not in words("voice_noun") or doc[m + 1].lower_ not in ("for", "at"):
                continue
            at = m + 3 if doc[m + 2].lower_ == "the" else m + 2
            while at < end - 1 and at - m <= MAX_TITLE_WORDS and is_title_word(doc[at].text):
                at += 1  # "for Prime Minister Jane Roe": the titles before the name
            e = self.by_start.get(at)
            if e is None or e.type not in SPEAKING or self.by_end.get(end - 1) is not e:
                return None
            return e
        return None
