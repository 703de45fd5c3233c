"""``briefx_statements``: who said, announced, pledged or called for what (ANNOTATION.md).

A statement is a cue (a reporting or commitment verb or phrase from
``models/statement_cues.jsonl``), its source and its content. Found, sentence by sentence:

1. Quotations with their source on either side: "“...,” said X", "“...,” X said",
   "X said: “...”", a quotation broken by its attribution ("“A,” she said, “B.”" gives two), and
   a quotation paragraph signed off by a "Name, Title" line (cue "say").
2. Reported speech: source + cue + content ("X said (that) ...", "X called for ...",
   "X has pledged to ..."), the content running to the end of the sentence, cut before an
   embedded attribution (", he said"), before a participial adjunct (", reflecting ..."; not
   "including"), and for cues that take a noun phrase ("call for", "express") at the first comma.
3. Inverted attributions after the content: "Prices will rise, the bank said." and participial
   cues that share the clause's source ("..., citing concerns over ...").
4. "according to X": the rest of the clause is the content (also with no comma: "According to
   the Survey (USGS) a quake struck ..."); a document speaks for the organisation named after
   "by/from/of" ("the survey published by X", "data from the brokerage X").
5. An unquoted statement body after "X said:" at the end of its line: the next paragraph, and
   those after it while they speak in the first person.

Cue forms: "<source> is pleased to announce" is the source's act (table kind ``pleased``);
"declare" and "show" need a content opened by "that", a colon or a quotation ("declared a state
of emergency" is an act); "describe" needs "as" ("described the budget as ..."); a cue the
tagger read as a noun is a verb between a name and "that", or after a name and a time phrase
("The IMF on Tuesday forecast ..."). A wire dateline ("FRANKFURT, April 11 (Reuters) -") is
neither source nor content.

Clause structure: an object content goes on past a comma where the phrase after it only goes on
about a figure (", up 8% from a year earlier": a digit, no finite verb, no cue); a cue verb
after "and" that the parse (else a past participle sharing the content's "had") puts inside the
content does not end it. Coordinated named subjects each make the statement ("Germany and
France called for ..."), and a gapped second act is the second source's ("pledged €90 million
and Japan €70 million"). An adjunct before a source ("Speaking in Paris, X said that ...") is no
content: the clause after the cue is.

The source is found by the dependency parse where the pipeline has one (the cue's subject),
else by position: the noun phrase before the cue, past auxiliaries, adverbs, negation and a
comma-delimited parenthesis ("Hegseth, while ..., indicated"), or after it ("said X").
Pronouns, titles and short forms resolve through ``briefx.pipeline.coref``; what it leaves, a
role noun with words before it or of the entity_forms tables ("The Danish company, which ...,
said", "the airline added", "The judge said"), through ``briefx.pipeline.speakers``, which also
keeps a news agency credited after a dateline from being an antecedent. A body's short form
before its head noun names it ("the Kanto institute"), and a document a named body owns or
issued speaks for it ("the IMF's report said", "..., figures released by X showed"), and so
does one of its people named by a noun of ``voice_noun`` ("a Google spokesperson", "Acme
officials"). A person's pronoun right after a named person's statement is that speaker going on
(``speakers.speaker_goes_on``), unless the text marks them of the other gender ("Ms Roe",
"Roe said she ..."); "the Spaniard said" is a person (``speakers.national_person``). A time
phrase or "in a statement" may stand between the cue and its content or particle ("said on
Monday it would", "appealed on Friday for"). "we"/"I" are the author's voice (no statement); a
common noun ("officials", "a spokesperson", "the report") is an unnamed source (a statement
without a speaker name). Passive, infinitival, modal ("would say") and habitual ("often say",
"has long argued") cues, cues inside a quotation or inside another statement's content (the
outer source wins), headlines, and negated cues with no clause ("while not committing to such
an increase") give no statement.

Session 21: "agree" states only a content opened by "that" (an agreement to act is a deal; the
cue table); a body's name before one body noun is that body ("the IG Metall union"); "according
to its chairman, X" is X, "according to the corporation's data" the corporation, a proper name
NER left untagged before a document noun or after "by" a source of its own ("LSEG data", "an
estimate by S&P Global"), and an unnamed document after a named statement ("..., according to
a filing") swallows it no more; "X, who said last week that", "said, in a statement ..., that",
a parenthesis set off by dashes, and ", and its director, X, warned that" (which ends the
previous content) give statements; "..., said Acme's chief economist, X" and "..., said Capital
Economics economist X" are the person, as "Jane Roe of Acme Corp said" is; a person's spokesman
speaks for the person; a document's finding may follow "showed" without "that" ("Data from X
showed wages rose 5%"); "Asked whether ..., X said ..." takes the clause after the cue.

Session 22: a role noun of a kind of body ("the union", "the regulator", "the lender", "the
carrier", "the corporation") refers back only to a body of that kind
(``speakers.kind_body``, ``models/body_kinds.jsonl``); "it" right after a body's statement is
that body going on; "the candidate" is the person the text described as one; a progressive cue
is a finite act ("is demanding a rise of 24%"); a "that" right before a verb after the cue's
object opens a relative clause, no content ("found a buyer that would pay more").

Session 24: ", and that" after a reported clause opens a second statement of the same cue
("said A, and that B"; with no comma the two are one content); a named source before a relative
clause set off by commas speaks ("X, who joined the talks, said", "X (XY), which runs ..., said");
a quotation after a continued one goes on from the nearest attribution; a participial adjunct
before the subject of "and said" is skipped ("Asked about ..., she laughed and said"); a role
noun of ``body_kinds`` the tagger read as an adjective heads its noun phrase, and a cue in "-s"
it read as a plural noun is a verb before an infinitive ("The cooperative plans to ..."); "that"
after a preposition is a determiner ("none of that money"). A bracketed short form closes a
body's name ("The X Institute (XI) of New Zealand reported": the institute); a participial
phrase set off inside the content's subject is no adjunct ("said the next bulletin, covering
October to December, would be published"); a pronoun object or a time phrase before "that"
leaves it a complementizer ("told me on Wednesday that cuts ..."); a given name inside a proper
run after a title's "for"/"of" opens the person's name ("Minister for Housing Kate Roe"); a
sign-off line is no transcript label ("MS ROE: Minister, thank you.") and signs only a
quotation paragraph. "<source> of <place>, <place>, said" is the source, the places where it is
based ("Acme Microsystems of San Jose, California, said"; "The mayor of Lyon, France" unnamed);
a named body, then common words before a body noun, is that body ("the Interfax news agency"),
and a proper name of no place, person or nationality there names a body of its own ("The
Globex mining company"), not the body named last.

Session 34: a cue that takes an addressee (table kind ``addressee``: "told Reuters that",
"warned investors that", "assured shareholders that") has it neither as source nor in the
content: "X, a spokesman for Y, told Z that ..." is X; "told lawmakers the deficit would ..."
reports "the deficit would ..." (a bare finite clause after the addressee, tagged text only);
"told" never takes a source after it, "warned" only where no content follows ("“...,” warned
the IMF"); "urged X to ..." keeps X in the content.

Session 37: a person named between commas after a role noun phrase speaks also where titles
stand before the name ("The Treasury's top official, Permanent Secretary X, told"; "The bank's
chief economist, Dr. X, said"), and after an inverted cue whose source is a post (a title head,
voice, commentator or ``post_noun`` of the cue table) set off before the name ("“...,” said the
head of research at Acme Bank, X."); "the bank" where bodies of two names hold the noun is the
one that spoke or was the subject (``speakers.head_holder``); "the force" is a police body.

Session 42 (stmt42): "X was quoted (by Y) as saying ..." and "Y quoted X as saying ..." are X's
(cue "say"; the medium is no source); "according to a spokesperson for X" (a ``voice_noun``, then
"for"/"at", titles, and a name that ends the phrase) is X, as "A spokesperson for X said" is;
"reaffirm" and "inform" (which takes an addressee) are cues; a cue the tagger read as a noun
after a name set off by commas, before "that", is a verb ("..., Jane Roe, forecast that"); a noun
phrase after a participle inside a parenthesis ("X, speaking to reporters in Kyiv, said") is no
unnamed role of a place; a quotation that is a paragraph of its own right after a paragraph
ending with an attributed quotation goes on from that attribution; an unquoted content that is
only a time phrase ("Barclays, which reports next week, ...") states nothing.

Sets ``doc._.briefx_statements`` (a list of ``StatementFact`` in text order).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefx.facts import EntityFact, StatementFact
from briefx.kinds import EntityType
from briefx.normalize.cues import (
    Cue,
    addressees,
    as_cues,
    body_kinds,
    cues,
    demonym_countries,
    gender_words,
    prepositions,
    words,
)
from briefx.normalize.names import form_words, is_title_word, title_words
from briefx.pipeline import coref, speakers
from briefx.pipeline._util import Intervals, sentences, set_extension, text_of
from briefx.resources import table_index

set_extension("briefx_statements")

OPEN_QUOTES = "“«"
CLOSE_QUOTES = "”»"
STRAIGHT = '"'
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"  # also the apostrophe: see _single_closes
AUTHOR_PRONOUNS = frozenset({"we", "i", "us", "you"})
UNNAMED_PRONOUNS = frozenset({"they", "them"})
NAME_JOINERS = frozenset({"of", "for", "and", "&"})  # inside a body's name written in full
PRONOUNS = AUTHOR_PRONOUNS | UNNAMED_PRONOUNS | coref.PERSON_PRONOUNS | coref.THING_PRONOUNS
AUXILIARIES = frozenset(
    {"has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "did", "do", "does"}
)
BE = frozenset({"is", "was", "were", "are", "be", "been", "being", "'s", "’s"})
NEGATIONS = frozenset({"not", "n't", "never", "nt"})
# words that open a relative or adverbial clause inside an adjunct before a source
SUBORDINATORS = frozenset(
    {"that", "which", "who", "whose", "where", "when", "while", "after", "before", "because"}
    | {"although", "though", "since", "until", "once", "as"}
)
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s"})
PRESENT_MODALS = frozenset({"will", "can", "may", "must", "shall", "wo", "ca"})
GERUND_TIME = frozenset({"after", "before"})  # "rose 2% after reporting ...": a gerund act
PROGRESSIVE = frozenset({"is", "are", "was", "were", "been"})  # "is demanding", "has been urging"
FUTURE_MODALS = frozenset(
    {"will", "would", "could", "might", "may", "should", "can", "must", "shall"}
)
FUNCTION = frozenset(
    {"that", "which", "who", "and", "or", "but", "if", "when", "while", "as", "to", "of", "in",
     "on", "for", "with", "by", "at", "from", "than", "so", "because", "although", "after",
     "before", "since", "this", "these", "those", "there", "it"}
)  # fmt: skip
ADJUNCT_PREPOSITIONS = frozenset(
    {"in", "on", "at", "after", "before", "during", "from", "with", "by", "following", "since"}
)
NP_TAGS = ("DT", "JJ", "NN", "POS", "PRP$", "CD", "HYPH", "NNP", "NNS", "NNPS", "VBN", "JJS", "JJR")
# prepositions after which "that" is a determiner ("none of that money", "in that case")
DETERMINER_AFTER = frozenset({"of", "in", "on", "at", "for", "with", "by", "from", "like", "about"})
CLAUSE_BREAKS = frozenset({";", "–", "—", "(", ":"})
DASHES = frozenset({"—", "–", "--"})
TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during", "by", "late", "early"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
SPEAKING = ("PERSON", "ORG", "GPE")
MAX_TITLE_WORDS = 4  # title words before a name set off by commas ("Permanent Secretary", "Dr.")
QUOTED_REACH = 10  # words between "quoted" and "as saying" ("by the official X news agency")
ROLE_REACH = 12  # tokens of an inverted source's role noun phrase before its comma
APPOSITION_REACH = 20  # tokens of a role set off after a name ("director of the Centre X at Y")
ADDRESSEE_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH"})
OBJECT_PRONOUNS = frozenset({"me", "him", "us", "them"})  # "told him the plan was ..."
# The longest stretch of tokens read as one sentence. Every cue reads its source and content
# within its sentence, so a text without sentence ends would make each cue read all of it (8,000
# "He told them the" took minutes; session 34); a longer "sentence" is read in windows of this
# many tokens. News sentences stay far below it.
SENTENCE_WINDOW = 300


FINITE_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})
CLAUSE_SUBJECT_TAGS = frozenset(NP_TAGS) | {"PRP", "IN", "$", "NNPS", "HYPH"}
NEXT_SENTENCE = re.compile(r"[.!?]\s+\S")  # a sentence's end with more text after it
SIGN_OFF = re.compile(r"^\s*[-–—]?\s*([^,\n]{3,60}),\s*([^\n]{2,120})$")


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


# "said Jane Roe of Acme Bank", "said Jane Roe at Acme": a preposition after a person's name
# after an inverted cue sets off where the person works; the person speaks
PERSON_OF = frozenset({"of", "at", "from", "with"})


@dataclass
class _Source:
    """A source expression and what it refers to."""

    start: int  # token range of the words naming the source
    end: int
    name: str | None
    entity: EntityFact | None
    author: bool = False  # "we", "I": the author's voice
    also: EntityFact | None = None  # "the two leaders": the other person (``speakers.named_pair``)


class StatementsComponent:
    """Find statements: cue, source and content, with the entities already on the doc."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.briefx_statements = _Finder(doc).run()
        return doc


class _Finder:
    """The work of one call: built per document, so the component itself keeps no state."""

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

    # the driver -------------------------------------------------------------------------------

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

    # reported speech and quotations ---------------------------------------------------------

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

    def _result(self, content: tuple[int, int, bool]) -> bool:
        """True where an unquoted content states something after a gerund cue: a finite
        clause ("after announcing that it would close") or a phrase holding a number ("after
        reporting a loss of $5 million"); a bare object ("after reporting the cartel") is an
        act, no statement."""
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None:
            return False
        return self._finite_clause(content) or any(t.like_num for t in span)

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

    def _dash(self, k: int) -> bool:
        """True where token ``k`` is a dash: an en or em dash, or a hyphen with spaces round it."""
        t = self.doc[k]
        if t.text in DASHES:
            return True
        return t.text == "-" and bool(t.whitespace_) and k > 0 and bool(self.doc[k - 1].whitespace_)

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

    def _proper(self, t: Token) -> bool:
        return (
            self.tagged
            and t.tag_ in ("NNP", "NNPS")
            and t.text[:1].isupper()
            and not is_title_word(t.text)
        )

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

    def _in_entity(self, m: int) -> bool:
        t = self.doc[m]
        return self.entity_spans.overlaps(t.idx, t.idx + 1)

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

    # content spans ------------------------------------------------------------------------------

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

    def _participle_adjunct(self, t: Token) -> bool:
        if t.lower_ in words("participle_preposition"):
            return False
        if self.tagged:
            return t.tag_ == "VBG"
        return t.is_alpha and t.lower_.endswith("ing")

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

    def _is_verb_like(self, t: Token) -> bool:
        if self.tagged:
            return t.tag_.startswith(("VB", "MD"))
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

    # according to ---------------------------------------------------------------------------------

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

    # sign-off lines -------------------------------------------------------------------------------

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

    # helpers ----------------------------------------------------------------------------------------

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


def _is_close(text: str) -> bool:
    return text in CLOSE_QUOTES or text == STRAIGHT or text in ("’", "'")


def _single_closes(para: str, n: int) -> bool:
    """True where the "’" at ``para[n]`` closes a single quotation, not an apostrophe: after
    the quotation's own punctuation ("‘We will,’ she said", "‘... low.’"), or before
    punctuation or the paragraph's end; "workers’ rights" and "don’t" are apostrophes."""
    before = para[n - 1] if n > 0 else " "
    after = para[n + 1] if n + 1 < len(para) else "\n"
    if before in ",.!?;:—–":
        return True
    return after in "\n.,;:!?)—–" and not before.isspace()


def _quotations(text: str) -> list[tuple[int, int]]:
    """Inner char spans of quotations: “...” pairs, and straight quotes paired in a paragraph;
    British single marks (‘...’) paired in a paragraph, one left open giving none (session 22).

    A quotation still open at the end of its paragraph runs to the end of that paragraph (a
    quotation that goes on in the next paragraph reopens there).
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for para in re.split(r"(\n\s*\n)", text):
        opened: int | None = None
        straight_open: int | None = None
        single: int | None = None  # British single quotation marks, closed in the paragraph
        for n, c in enumerate(para):
            at = pos + n
            if c == SINGLE_OPEN and opened is None and straight_open is None and single is None:
                if n + 1 < len(para) and not para[n + 1].isspace():
                    single = at + 1
            elif c == SINGLE_CLOSE and single is not None and _single_closes(para, n):
                out.append((single, at))
                single = None
            elif c in OPEN_QUOTES and opened is None and straight_open is None:
                opened = at + 1
            elif c in CLOSE_QUOTES and opened is not None:
                out.append((opened, at))
                opened = None
            elif c == STRAIGHT and opened is None:
                if straight_open is None:
                    straight_open = at + 1
                else:
                    out.append((straight_open, at))
                    straight_open = None
        start = opened if opened is not None else straight_open
        if start is not None:
            end = pos + len(para.rstrip())
            if end > start:
                out.append((start, end))
        pos += len(para)
    return sorted(out)


@Language.factory(
    "briefx_statements",
    assigns=["doc._.briefx_statements"],
    requires=["doc._.briefx_entities"],
    default_config={},
)
def make_statements(nlp: Language, name: str) -> StatementsComponent:
    """Create the statements component.

    nlp (Language): the pipeline.
    name (str): the component name.
    RETURNS (StatementsComponent): sets doc._.briefx_statements.
    """
    return StatementsComponent()
