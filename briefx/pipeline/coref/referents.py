"""Who a pronoun, title or short form refers to: one small document-level mechanism.

``resolve(doc, start, end, entities)`` takes the tokens ``doc[start:end]`` that name a source
("he", "the Secretary", "the minister", "the Bank", "the company", "the Chilean Government") and
the entities already on the doc (``doc._.briefx_entities``), and returns the ``Referent`` they
stand for, or None. It looks only backwards from the words, at most ``WINDOW`` sentences:

- he / she (him, her): the latest PERSON named in subject position (by the parse where there
  is one: the mention, or the noun it is in apposition to, is a subject; else the mention
  starts its sentence or a verb follows it), else the latest PERSON;
- it: the latest ORG in subject position, else the latest ORG; "they", "we", "I" are not
  resolved ("they" is as often an unnamed group, "we" is the issuer: the author's voice);
- the <title word> ("the Secretary", "the minister", "the governor"): the latest PERSON whose
  titles hold that word, also abbreviated ("Gov."; entities give the titles next to a name),
  and the words before it where any title holds them all ("the finance minister" after a
  finance and a foreign minister spoke, session 27), or a demonym before it that the words
  before a person's name tie to ("Poland's foreign minister, Jan Nowak, ... The Polish
  minister said"), else the latest PERSON whose titles hold a word of the same office (``title_synonyms``,
  WordNet: "Justice Jane Roe ... The judge said", session 27), else the latest PERSON named without a title (within the window), else None;
- the <word of a name> ("the Bank", "the Commission"): the latest ORG whose canonical name
  holds the word; the <source noun> ("the company", "the agency"): the latest ORG;
- "the <demonym> Government" / "the Government of <country>": the country (by the demonym
  table), with its entity where the text names it; a bare "the Government" is None;
- a short form in capitals ("Lopez", "the Brigade", "Von der Leyen"): the latest PERSON, ORG
  or GPE whose longer canonical name ends with those words, anywhere before (a proper name
  is no pronoun: no sentence window).

Tables: the title words of ``models/titles.jsonl`` (``names.title_words``), the source nouns of
``models/statement_cues.jsonl`` (``cues.words("source_noun")``) and
``models/demonym_countries.jsonl`` (``cues.demonym_countries``). The statements component calls
``resolve``, ``earlier`` and ``short_form``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from briefx.facts import EntityFact
from briefx.normalize.cues import demonym_countries, words
from briefx.normalize.names import title_words
from briefx.resources import read_jsonl

WINDOW = 4  # sentences an antecedent may lie back
# tokens an antecedent may lie back where the text has no sentence ends (each pronoun would
# read back over all of it; session 34); WINDOW news sentences stay far below it
WINDOW_TOKENS = 400


def _end(e: EntityFact) -> int:
    return e.end


PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS = frozenset({"it"})
SPEAKING_TYPES = ("PERSON", "ORG", "GPE")
GOVERNMENT = "government"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LEFT_WORDS = 6  # words before a person's name that may tie it to a country


@dataclass(frozen=True, slots=True)
class Referent:
    """What a source expression refers to: a canonical name, and the entity mention that
    carries it where there is one (None for "the Chilean Government" when Chile is not named)."""

    name: str
    entity: EntityFact | None


def resolve(doc: Doc, start: int, end: int, entities: list[EntityFact]) -> Referent | None:
    """Resolve the source expression ``doc[start:end]`` (token indices) to a Referent.

    entities: the doc's entity mentions in text order (``doc._.briefx_entities``).
    RETURNS (Referent | None): None for an unnamed or unresolvable source.
    """
    span = doc[start:end]
    lowers = [t.lower_ for t in span if not t.is_punct]
    if not lowers:
        return None
    at = span.start_char
    before = _before(entities, at, doc, start)
    if len(lowers) == 1 and lowers[0] in PERSON_PRONOUNS:
        return _latest(doc, before, ("PERSON",))
    if len(lowers) == 1 and lowers[0] in THING_PRONOUNS:
        return _latest(doc, before, ("ORG",))
    short = short_form(span.text, earlier(entities, at))  # a name is no pronoun: no window
    if short is not None:
        return short
    if lowers[0] != "the" or len(lowers) < 2:
        return None
    head = lowers[-1]
    if GOVERNMENT in lowers:
        return _government(doc, span, entities)
    heads, _ = title_words()
    if head in heads:
        # the latest first, but a deputy's, a former holder's or a shadow's office after
        # the others: "Governor X ... Deputy Governor Y ... The governor said" is X
        people = [e for e in reversed(before) if e.type == "PERSON"]
        offices = [office_words(doc, e) for e in people]
        other = words("other_office") - set(lowers)
        order = sorted(range(len(people)), key=lambda k: bool(offices[k] & other))
        # "the finance minister" after two ministers: the one whose title holds "finance" too,
        # in its title or in the words the text wrote right before the name ("Labour leader
        # X ... Conservative leader Y ... The Labour leader said": X; session 37)
        qualifiers = [w for w in lowers[1:-1] if w.isalpha()]
        if qualifiers:
            for k in order:
                e = people[k]
                if (
                    any(
                        holds_title(t, head) and all(holds_title(t, q) for q in qualifiers)
                        for t in e.titles
                    )
                    or {head, *qualifiers} <= offices[k]
                ):
                    return Referent(e.name, e)
            # "the Polish minister": the person the text tied to Poland right before the name
            # ("Poland's foreign minister, Jan Nowak"), not the latest one of another country
            national = _national_person(doc, span, before)
            if national is not None:
                return Referent(national.name, national)
        for k in order:
            if any(holds_title(t, head) for t in people[k].titles) or head in offices[k]:
                return Referent(people[k].name, people[k])
        # the title given in a word of the same office ("Justice Jane Roe ... The judge said")
        same = title_synonyms().get(head, frozenset())
        for e in reversed(before):
            if e.type == "PERSON" and any(holds_title(t, w) for t in e.titles for w in same):
                return Referent(e.name, e)
        # no person named with that title: the latest person whose title the text gave in
        # another form ("Janet Yellen, the U.S. Treasury Secretary, ... The Secretary")
        for e in reversed(before):
            if e.type == "PERSON" and not e.titles:
                return Referent(e.name, e)
        return None
    for e in reversed(before):
        if e.type == "ORG" and head in e.name.lower().split():
            return Referent(e.name, e)
    if head in words("source_noun") and len(lowers) == 2:
        return _latest(doc, before, ("ORG",))
    return None


OFFICE_WORDS = 4  # words of a title written right before a person's name


def office_words(doc: Doc, e: EntityFact) -> frozenset[str]:
    """The lower-case words of a person mention's titles and of the words the text wrote right
    before the name in its own sentence, up to ``OFFICE_WORDS`` capitalised or lower-case words
    that are no verb or determiner ("Shadow health secretary X", "Labour leader X"): what the
    office the text gave the person says, where the entities stage kept only its head."""
    out = {w for t in e.titles for w in t.lower().split()}
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    k = span.start - 1 if span is not None else -1
    while k >= 0 and span is not None and span.start - k <= OFFICE_WORDS:
        t = doc[k]
        if not t.is_alpha or t.lower_ in ("the", "a", "an", "and", "of") or t.tag_.startswith("VB"):
            break
        out.add(t.lower_)
        if t.is_sent_start:
            break
        k -= 1
    return frozenset(out)


def _national_person(doc: Doc, span: Span, before: list[EntityFact]) -> EntityFact | None:
    """The latest PERSON before ``span`` ("the Polish minister") whose mention the words of its
    own sentence right before it tie to the country of the span's demonym ("Poland's foreign
    minister, Jan Nowak", "the Polish envoy Jan Nowak"; ``demonym_countries``), else None."""
    table = demonym_countries()
    ties: set[str] = set()
    for t in span[1:-1]:
        if t.text in table:
            ties |= {t.text, table[t.text]}
    if not ties:
        return None
    for e in reversed(before):
        if e.type != "PERSON":
            continue
        mention = doc.char_span(e.start, e.end, alignment_mode="expand")
        if mention is None:
            continue
        opened = mention.sent.start if doc.has_annotation("SENT_START") else 0
        left = doc[max(opened, mention.start - LEFT_WORDS) : mention.start]
        if any(t.text in ties for t in left) or any(c in left.text for c in ties if " " in c):
            return e
    return None


@cache
def title_synonyms() -> dict[str, frozenset[str]]:
    """Title word -> the other title words of the same office (``models/title_synonyms.jsonl``,
    from WordNet: "judge" -> {"justice"}, "chair" -> {"chairperson", "president"})."""
    out: dict[str, set[str]] = {}
    for r in read_jsonl("title_synonyms.jsonl"):
        for w in r["words"]:
            out.setdefault(w, set()).update(x for x in r["words"] if x != w)
    return {w: frozenset(v) for w, v in out.items()}


def holds_title(title: str, head: str) -> bool:
    """True where a title holds the word ``head``, also abbreviated ("Gov." holds "governor",
    "Sen." "senator", "Prof." "professor": a dotted word whose letters open the head)."""
    for w in title.lower().split():
        if w == head or (w.endswith(".") and len(w) > 2 and head.startswith(w[:-1])):
            return True
    return False


def short_form(text: str, before: list[EntityFact]) -> Referent | None:
    """The latest entity whose longer canonical name ends with ``text`` ("the Brigade" ->
    "London Fire Brigade", "Lopez" -> "Maria Lopez"); words in lower case never match."""
    tail = [w for w in text.split() if w.lower() != "the"]
    if not tail or not all(w[:1].isupper() for w in tail):
        return None
    low = [w.lower() for w in tail]
    for e in reversed(before):
        if e.name == text:
            return None  # named so before: that mention had this answer (a bounded look back)
        parts = e.name.lower().split()
        if e.type not in SPEAKING_TYPES or len(parts) <= len(low):
            continue
        # the head of "Bank of Canada" is "Bank": the words before "of"/"for"
        cut = next((k for k, p in enumerate(parts) if p in ("of", "for")), len(parts))
        if parts[-len(low) :] == low or (e.type == "ORG" and parts[:cut][-len(low) :] == low):
            return Referent(e.name, e)
    return None


def earlier(entities: list[EntityFact], at: int) -> list[EntityFact]:
    """All the entity mentions that end before char ``at``: a short form of a proper name
    ("Lopez", "Minister Marchand", "the Brigade") may refer back to its full name however far
    back it was given, unlike a pronoun or a title."""
    return entities[: bisect.bisect_right(entities, at, key=_end)]


def before_span(doc: Doc, start: int, entities: list[EntityFact]) -> list[EntityFact]:
    """The entity mentions before token ``start``, within WINDOW sentences (for callers that
    resolve a short form themselves)."""
    return _before(entities, doc[start].idx, doc, start)


def _before(entities: list[EntityFact], at: int, doc: Doc, start: int) -> list[EntityFact]:
    """The entity mentions that end before ``at``, within WINDOW sentences."""
    cands = entities[: bisect.bisect_right(entities, at, key=_end)]
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        sents = 0
        lo = max(0, start - WINDOW_TOKENS)
        floor = doc[lo].idx if lo else 0
        for i in range(start - 1, lo - 1, -1):
            if doc[i].is_sent_start:
                sents += 1
                if sents > WINDOW:
                    floor = doc[i].idx
                    break
        cands = [e for e in cands if e.start >= floor]
    return cands


def _latest(doc: Doc, before: list[EntityFact], types: tuple[str, ...]) -> Referent | None:
    """The latest mention of one of ``types`` in subject position, else the latest of them."""
    fallback = None
    for e in reversed(before):
        if e.type not in types:
            continue
        if fallback is None:
            fallback = e
        if _is_subject(doc, e):
            return Referent(e.name, e)
    return Referent(fallback.name, fallback) if fallback else None


def _is_subject(doc: Doc, e: EntityFact) -> bool:
    """True where the mention is the subject of its clause: by the parse where there is one
    (its head word, or the noun it stands in apposition to, is a subject), else where it starts
    its sentence or a verb follows it (past a bracketed short form, tags permitting)."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return False
    if doc.has_annotation("DEP"):
        root = span.root
        if root.dep_ == "appos":
            root = root.head
        if root.dep_ in SUBJECT_DEPS:
            return True
    if span[0].is_sent_start or span.start == 0:
        return True
    after = _past_parenthesis(doc, span.end)
    nxt = doc[after] if after < len(doc) else None
    if nxt is None:
        return False
    if nxt.lower_ in ("'s", "’s"):
        return False
    if not nxt.tag_:
        return True
    return nxt.tag_.startswith(("VB", "MD")) or (nxt.tag_ == "RB" and after + 1 < len(doc))


def _past_parenthesis(doc: Doc, k: int) -> int:
    """The token after what may stand between a subject and its verb: a bracketed short form
    ("the Agency (FEMA) said"), a comma-delimited parenthesis ("Acme, based in Ohio, has"),
    and time words ("Acme today awarded")."""
    for _ in range(2):
        if k >= len(doc):
            return k
        if doc[k].text in ("(", ","):
            close = ")" if doc[k].text == "(" else ","
            stop = next(
                (m for m in range(k + 1, min(k + 12, len(doc))) if doc[m].text == close), None
            )
            if stop is None or any(doc[m].is_sent_start for m in range(k + 1, stop + 1)):
                return k
            k = stop + 1
        while k < len(doc) and doc[k].ent_type_ in ("DATE", "TIME"):
            k += 1
    return k


def _government(doc: Doc, span: object, entities: list[EntityFact]) -> Referent | None:
    """ "the Chilean Government" / "the Government of Chile" -> Chile; "the Government" -> None."""
    tokens = list(span)  # type: ignore[call-overload]
    lo, hi = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    inside = [e for e in entities if lo <= e.start and e.end <= hi]
    countries = demonym_countries()
    for e in inside:
        if e.type == "GPE":
            return Referent(e.name, e)
        if e.type == "NORP" and e.name in countries:
            country = countries[e.name]
            named = next((x for x in entities if x.type == "GPE" and x.name == country), None)
            return Referent(country, named)
    for t in tokens:
        if t.text in countries:  # no entity on it (blank pipelines): the table still knows
            country = countries[t.text]
            named = next((x for x in entities if x.type == "GPE" and x.name == country), None)
            return Referent(country, named)
    return None
