"""Speakers named again by a role noun, for ``briefx_statements`` (session 19).

``coref.resolve`` reads "the company" (a ``source_noun`` of ``statement_cues.jsonl``) and "the
Secretary" (a title that the person was given). What it leaves unresolved and this module reads,
through the entities the document already has:

1. A body's role noun with words before it or not in the cue table: "The Danish company, which
   ...", "the airline added", "the club confirmed", "the automaker said" -> the latest named
   organisation that spoke, else the latest one in subject position, within ``coref.WINDOW``
   sentences. Body nouns: the ``org_descriptor``, ``org_head`` and ``institution_word`` rows of
   ``models/entity_forms.jsonl`` (the nominal heads of the ACE 2005 English entity guidelines'
   ORG subtypes) and the ``source_noun`` rows of ``models/statement_cues.jsonl``.
2. A person's role noun whose title the text gave in another form: "Justice X ... The judge
   said", "Cabinet Secretary X ... The minister said" -> the latest person with a title within
   the window. Role nouns: the title heads of ``models/titles.jsonl`` (``title_words``).
3. A wire credit after a dateline ("LONDON, Jan 16 (Reuters) -") is the agency that filed the
   copy, never what "it" or "the company" refers to (``credits``).

4. A person's pronoun ("he", "she") that is the source of a statement in the sentence of a
   named person's statement or the one right after it is that person: the speaker goes on
   ("He told the BBC that Reeves had broken her promises. He added ..." -> the first "He", not
   Reeves, whom the content names; "Its administrator, X, told reporters ... She said ..." -> X,
   not a person who spoke two sentences back). A sentence between them without a statement of
   that person leaves the pronoun to ``coref.resolve`` (``speaker_goes_on``).

5. A person's pronoun passes over a person the text marks as of the other gender: by an
   honorific before the name ("Ms Roe", "Sir John Doe") or by the pronoun that opens the content
   of the person's own statement ("Lagarde told reporters that she ...") (``genders``,
   ``gender_word`` of ``models/statement_cues.jsonl``); where the text gives no mark, by a
   given name that names one gender only (``models/given_genders.jsonl``, session 22: "Jane
   Roe met John Doe. He said ..."); a person with neither stays a candidate.

6. An age as the head after "the" ("the 37-year-old said") or a nationality word ("the Argentine said", "the Spaniard told
   reporters", "the Dane added") is a person, the one who spoke last within the window, else
   the latest person named; never a name of its own. Nationality adjectives in -sh, -ch, -ese
   and -ss ("the French", "the Chinese", "the Swiss") name a people, as plural words do, and
   stay as they were (``national_person``; demonyms of ``models/demonym_countries.jsonl`` or a
   NORP mention).

7. A body's role noun with a word of a level of government below the nation ("the state
   health department", "the provincial agency", "the city council") refers back only to a
   body whose name holds that word (``level_word`` of ``models/statement_cues.jsonl``):
   "Most were in Texas, where the state health department said" is no statement of the
   national agency named before; "state-owned" is no such word.

8. A body's role noun names the body the text itself described by that noun, before the
   latest body named or the one that spoke last: an appositive's head after the name
   ("Airbus Helicopters, the group's helicopter division, said ... The division said") or a
   common noun before it ("Carmaker BYD") (``described_body``, session 21).

9. "its economists", "its spokesperson", "its latest survey" (a ``voice_noun`` or
   ``document_noun`` after "its") are the body "its" points back to, as "a spokesperson for X"
   is X's (``its_people``, session 21).

10. A body's role noun of a kind ("the union", "the regulator", "the lender", "the carrier",
   "the club", "the company") refers back only to a body of that kind: the kinds of
   ``models/body_kinds.jsonl``, a body's own from its name's head word ("... Bank", "...
   Airlines", "... Union", "... Authority", "... F.C.") and the text's descriptions of it
   ("X, the country's largest lender", "the energy regulator X", "the X union"); "the union
   said" after the employer spoke is the union, "the regulator" after a ministry the agency
   named before it; no body of the kind, no name (``body_kinds_of``, ``kind_body``, session 22).
   A listed company (``models/companies.jsonl``) is a firm, never "the ministry", "the union",
   "the council"; a closed compound's head gives a name's kind ("Nordbank" a bank); a body
   named only as the employer of commentators ("analysts at X", "X economists") is no
   candidate where another body is named: "the company said" is the story's topic (session 33).

11. "it" (or "they", a body in British usage) as the source in the sentence of a body's statement or the next is that body going on
   ("The corporation said it had offered 11.5%. It said ..."), not the latest body named in
   subject position (``body_goes_on``, session 22).

12. A person's role noun names the person the text described by that noun, in an appositive
   or before the name, also on a mention sentences back ("X, the conservative candidate for
   chancellor, ... The candidate told ARD") (``described_person``, session 22).

13. A place's role noun as the source before the body is named ("Australia's competition
   watchdog said on Tuesday ...", wire copy's opening) is the first body of the noun's kind
   named in the next sentence (``described_ahead``, session 23).

14. "the department" after a ministry spoke is the body whose name holds "department", named
   sentences back, before a body of the same kind named since (``kind_body``, session 23).

15. "its chief executive", "the company's chief economist" name the person named before with
   a title that holds those words, not the body (``titled_person``, session 27).

16. A body's role noun refers back by its head to the nearest earlier mention with that head;
   where that mention names no entity ("Norway's energy ministry said ... The ministry said",
   "a state-owned lender ... The lender said"), or the source is a place's body no organisation
   named may be ("The Greek transport ministry said"), no one is named
   (``unnamed_description``, session 34).

17. Where bodies of two names or more named within the window hold a role noun in their names
   ("the bank" after "The Central Bank of Nigeria raised rates. Zenith Bank and Access Bank
   shares fell."), the one that spoke or was the subject, not the nearest; a name that
   modifies a noun after it is a subject only where no other body is (``_heads_clause``);
   "the central bank" prefers a name that holds "central" (``head_holder``, session 37).
   "the force" is a police body (``body_kinds`` bare_role), never "the air force" or "the
   task force".

18. A description set off before a person's name ("The company's chief executive, Jane Roe,
   said") describes the person as an appositive after the name does (``_description_before``,
   session 37); a person the text gave another office ("Shadow health secretary X", "Deputy
   Governor Y") is no "health secretary" or "governor" where a holder of the bare title is
   named (``other_office`` of ``models/statement_cues.jsonl``, read also by ``coref.resolve``).

Plural and indefinite nouns ("officials", "a company") stay unnamed sources.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from briefx.facts import EntityFact
from briefx.normalize.cues import (
    MAKER_OF,
    body_kinds,
    demonym_countries,
    gender_words,
    given_genders,
    words,
)
from briefx.normalize.names import (
    form_words,
    is_surname,
    is_title_word,
    listed_company_titles,
    title_words,
)
from briefx.pipeline import coref
from briefx.pipeline._util import WIRE_CREDIT

# Body nouns that name another organisation than the one named before ("its rival said").
NOT_BACK = frozenset({"rival", "rivals", "partner", "buyer", "bidder"})
# Person nouns of the title table that name somebody else than the person named before: an
# unnamed spokesperson or official speaks for a body ("The spokesperson said" stays unnamed).
NOT_BACK_PERSON = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "official", "aide", "adviser", "advisor"}
)


@cache
def body_nouns() -> frozenset[str]:
    """Lower-case nouns that name a kind of organisation (see the module docstring)."""
    kinds = ("org_descriptor", "org_head", "institution_word")
    forms = frozenset().union(*(form_words(k) for k in kinds))
    return frozenset((forms | words("source_noun")) - NOT_BACK)


@cache
def role_words() -> frozenset[str]:
    """Lower-case nouns that say what kind of body a name is when written before it ("Carmaker
    BYD", "Regulator Ofwat", "Broadcaster ITV"): the role nouns of ``models/body_kinds.jsonl``
    and the body nouns, less those that open names ("Bank", "Union", "Court": "Bank Negara")."""
    opening = set(body_kinds().names)
    return frozenset((set(body_kinds().roles) | body_nouns()) - opening)


def credits(text: str) -> list[tuple[int, int]]:
    """Char spans of the news agencies' credits after datelines ("(Reuters)" -> "Reuters")."""
    return [(m.start(1), m.end(1)) for m in WIRE_CREDIT.finditer(text)]


def role_noun(
    doc: Doc, start: int, end: int, known: list[EntityFact], spoke: list[EntityFact]
) -> EntityFact | None:
    """The entity that the definite role noun ``doc[start:end]`` refers back to, or None.

    doc: the document (tags optional). start, end: token indices of the source's noun phrase.
    known: the entity mentions in text order that may be antecedents (wire credits left out).
    spoke: the named sources of the statements found so far, in text order.
    RETURNS (EntityFact | None): the antecedent's mention; None where the phrase is no
        definite singular role noun or nothing fits.
    """
    toks = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if len(toks) < 2 or len(toks) > 5 or toks[0].lower_ != "the":
        return None
    head = toks[-1]
    if not head.is_lower or any(
        (t.tag_.startswith(("VB", "MD")) and not _hyphenated(doc, t.i))
        or t.lower_ in ("'s", "’s", "of", "and", "or")
        for t in toks[1:]
    ):
        return None  # "the airline's board" is the airline's, "the group of lenders" many
    before = coref.before_span(doc, start, known)
    if head.lower_ in body_nouns():
        levels = {
            t.lower_
            for t in toks[1:-1]
            if t.lower_ in words("level_word") and not _hyphen_follows(doc, t.i)
        }
        return _body_back(doc, start, before, spoke, levels)
    heads, _ = title_words()
    if head.lower_ in heads and head.lower_ not in NOT_BACK_PERSON:
        for e in reversed(before):
            if e.type == "PERSON" and e.titles:
                return e
    return None


def _body_back(
    doc: Doc,
    start: int,
    before: list[EntityFact],
    spoke: list[EntityFact],
    levels: set[str],
    names: frozenset[str] | None = None,
) -> EntityFact | None:
    """The body a reference at token ``start`` points back to: the first one named in its own
    sentence where none spoke there, else the latest organisation that spoke, else the latest
    one in subject position, else the latest one named. ``names``: where given, only bodies of
    these canonical names are candidates."""
    bodies = [
        e
        for e in before
        if e.type == "ORG" and _holds(e, levels) and (names is None or e.name in names)
    ]
    at = doc[start].idx
    opened = doc[start].sent.start_char
    here = [e for e in bodies if e.start >= opened]
    if here and not any(e.type == "ORG" and opened <= e.start < at for e in spoke):
        # "Shares in Volvo Cars, owned by Geely, fell after the carmaker said": the first body
        # of its own sentence, where none spoke in it, not one that spoke sentences back
        return here[0]
    floor = bodies[0].start if bodies else at
    for e in reversed(spoke):
        if (
            e.type == "ORG"
            and floor <= e.start < at
            and _holds(e, levels)
            and (names is None or e.name in names)
        ):
            return e
    for e in reversed(bodies):  # the subject of its clause, then a name that opens one as
        # a noun's modifier ("Unilever sales beat forecasts"), then the latest one named
        if _heads_clause(doc, e):
            return e
    for e in reversed(bodies):
        if _opens_clause(doc, e):
            return e
    return bodies[-1] if bodies else None


def its_people(
    doc: Doc, start: int, end: int, known: list[EntityFact], spoke: list[EntityFact]
) -> EntityFact | None:
    """The body that "its" names in "its economists", "its spokesperson", "its latest report"
    (``doc[start:end]``; a ``voice_noun`` or ``document_noun`` of the cue table as the head):
    the body ``_body_back`` finds, as "a spokesperson for X" is X's; else None."""
    toks = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if len(toks) < 2 or len(toks) > 4 or toks[0].lower_ != "its":
        return None
    if toks[-1].lower_ not in words("voice_noun") | words("document_noun"):
        return None
    if any(not t.is_lower or not t.is_alpha for t in toks[1:]):
        return None
    return _body_back(doc, start, coref.before_span(doc, start, known), spoke, set())


def titled_person(doc: Doc, start: int, end: int, known: list[EntityFact]) -> EntityFact | None:
    """The person a body's title names back (``doc[start:end]``): "its chief executive", "the
    company's chief economist", "Acme's chairman" after a person was named with a title that
    holds all those words ("Chief executive Jane Roe said ... Its chief executive added") is
    that person, the latest one, not the body (session 27); else None. The words after the
    possessive hold a title word of ``models/titles.jsonl`` ("chief economist": "chief")."""
    toks = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    cut = next(
        (i for i, t in enumerate(toks) if t.lower_ in ("its", "their") or t.lower_ in ("'s", "’s")),
        None,
    )
    if cut is None:
        return None
    rest = [t.lower_ for t in toks[cut + 1 :]]
    heads, mods = title_words()
    if not rest or len(rest) > 4 or not all(w.isalpha() for w in rest):
        return None
    if not any(w in heads | mods for w in rest) or rest[-1] in NOT_BACK_PERSON:
        return None  # "its spokesperson", "Roe's aide": somebody else (``NOT_BACK_PERSON``)
    for e in reversed(coref.before_span(doc, start, known)):
        if e.type == "PERSON" and any(
            all(coref.holds_title(title, w) for w in rest) for title in e.titles
        ):
            return e
    return None


def _holds(e: EntityFact, levels: set[str]) -> bool:
    """True where the body's name holds every level word of its role noun ("the state agency"
    refers back to "Ohio State Water Board", not to a national agency)."""
    return levels <= set(e.name.lower().split())


def _hyphen_follows(doc: Doc, i: int) -> bool:
    """True where token ``i`` opens a hyphenated modifier ("state-owned", "city-based")."""
    return i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_


def _hyphenated(doc: Doc, i: int) -> bool:
    """True where token ``i`` is the second part of a hyphenated modifier ("Perth-based",
    "state-owned"), not a verb of its own."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_


def _heads_clause(doc: Doc, e: EntityFact) -> bool:
    """True where the mention opens its clause (``_opens_clause``) and is no modifier of a
    common noun after it ("Zenith Bank and Access Bank shares fell", "HSBC chief executive X
    said": the shares, the person, are the subject; session 37)."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    return span is not None and not _modifies_noun(doc, span.end) and _opens_clause(doc, e)


def _opens_clause(doc: Doc, e: EntityFact) -> bool:
    """True where the mention starts its sentence (past a dateline) or a verb follows it."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return False
    first = span[0]
    if first.is_sent_start or first.i == 0:
        return True
    prev = doc[first.i - 1]
    if prev.text in ("—", "–", "-") or (prev.lower_ == "the" and prev.is_sent_start):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.tag_.startswith(("VB", "MD"))


COORDINATORS = frozenset({"and", "or", "&"})
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
MODIFIER_REACH = 6  # tokens of coordinated names between a name and the noun it modifies


def _modifies_noun(doc: Doc, k: int) -> bool:
    """True where the name that ends before token ``k`` modifies a common noun after it, past
    coordinated proper names ("Zenith Bank and Access Bank shares"): by the tagger's tags, so
    never on an untagged document."""
    for m in range(k, min(len(doc), k + MODIFIER_REACH)):
        t = doc[m]
        if t.lower_ in COORDINATORS or (t.tag_ in ("NNP", "NNPS") and not t.is_lower):
            continue
        return t.tag_ in COMMON_NOUN_TAGS and t.is_lower and t.is_alpha
    return False


def head_holder(
    doc: Doc, start: int, end: int, known: list[EntityFact], spoke: list[EntityFact]
) -> EntityFact | None:
    """The body a definite role noun names where bodies of more than one name within
    ``coref.WINDOW`` sentences hold the noun in their names ("the bank" after "The Central
    Bank of Nigeria raised rates. Zenith Bank and Access Bank shares fell."; "the ministry"
    after "The Ministry of Finance said ... Prices were raised by the Ministry of Energy"):
    among them (those that also hold the noun's lower-case modifiers where any do: "the
    central bank"), the one ``_body_back`` finds (the first of its own sentence where none
    spoke there, else the latest that spoke, else the latest in subject position, never a
    name that modifies a noun), not the nearest one (session 37). None where one name or
    none holds the noun (``coref.resolve`` takes it), or ``doc[start:end]`` is no definite
    noun phrase of lower-case words.

    known: the entity mentions in text order (wire credits left out). spoke: the named sources
    of the statements found so far, in text order.
    """
    toks = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if len(toks) < 2 or len(toks) > 5 or toks[0].lower_ != "the":
        return None
    if not all(t.is_lower and t.is_alpha for t in toks[1:]):
        return None  # "the airline's board", "the Bank" (a short form of its own)
    head = toks[-1].lower_
    if head in title_words()[0]:
        return None  # "the minister": a person (``coref.resolve``)
    before = coref.before_span(doc, start, known)
    holders = [e for e in before if e.type == "ORG" and head in e.name.lower().split()]
    if len({e.name for e in holders}) < 2:
        return None
    mods = [t.lower_ for t in toks[1:-1]]
    fitting = [e for e in holders if mods and set(mods) <= set(e.name.lower().split())]
    names = frozenset(e.name for e in fitting or holders)
    return _body_back(doc, start, before, spoke, set(), names)


def speaker_goes_on(
    lowers: list[str], sent_no: int, last_person: tuple[int, EntityFact] | None
) -> EntityFact | None:
    """The person a pronoun source refers to where the latest statement's speaker goes on.

    lowers: the source's words in lower case. sent_no: the number of the source's sentence.
    last_person: (sentence number, named person) of the latest statement where its source was
        a named person, else None.
    RETURNS (EntityFact | None): that person where ``lowers`` is one person's pronoun in the
        same sentence or the next one; else None.
    """
    if len(lowers) != 1 or lowers[0] not in coref.PERSON_PRONOUNS or last_person is None:
        return None
    at, person = last_person
    return person if 0 <= sent_no - at <= 1 else None


def body_goes_on(
    doc: Doc,
    start: int,
    lowers: list[str],
    sent_no: int,
    last_body: tuple[int, EntityFact] | None,
    known: list[EntityFact],
) -> EntityFact | None:
    """The body "it" or "they" (``lowers``, the source at token ``start``; British usage
    gives a body a plural pronoun: "The fire service said ... They said") refers to where the latest
    statement's speaker was that body, in the same sentence or the one before, and no body is
    named in the pronoun's own sentence before it ("The corporation said it had offered 11.5%.
    It said ..." -> the corporation's body, not the union named sentences before); else None.

    sent_no: the number of the source's sentence. last_body: (sentence number, body) of the
    latest statement where its source was a body, else None. known: the entity mentions.
    """
    if lowers not in (["it"], ["they"]) or last_body is None:
        return None
    at, body = last_body
    if not 0 <= sent_no - at <= 1:
        return None
    opened, here = doc[start].sent.start_char, doc[start].idx
    if any(e.type == "ORG" and opened <= e.start < here for e in known):
        return None  # "Beta fell 3% after it said": the body of its own sentence
    return body


def honorific_genders(doc: Doc, people: list[EntityFact]) -> dict[str, str]:
    """The gender the text gives each person by an honorific: the word right before a mention
    ("Ms Roe", "Mr. Doe") or one of the mention's titles. A name marked both ways is left out.

    doc: the document. people: entity mentions (other types are skipped).
    RETURNS (dict[str, str]): canonical name -> "m" or "f".
    """
    table = gender_words()
    seen: dict[str, set[str]] = {}
    for e in people:
        if e.type != "PERSON":
            continue
        marks = [t.lower() for t in e.titles]
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None and span.start > 0:
            marks.append(doc[span.start - 1].lower_)
        for w in marks:
            g = table.get(w) if w not in coref.PERSON_PRONOUNS | {"his", "hers"} else None
            if g is not None:
                seen.setdefault(e.name, set()).add(g)
    return {name: next(iter(gs)) for name, gs in seen.items() if len(gs) == 1}


def disagrees(genders: dict[str, str], person: EntityFact, pronoun: str) -> bool:
    """True where the text marks ``person`` with the other gender than the pronoun's, or,
    where the text gives no mark, where the person's given name names only the other gender
    ("Jane Roe" for "he"; ``models/given_genders.jsonl``; a lone surname gives none)."""
    g = gender_words().get(pronoun)
    known = genders.get(person.name)
    if known is None:
        parts = person.name.split()
        known = given_genders().get(parts[0]) if len(parts) >= 2 else None
    return g is not None and known is not None and known != g


# Endings of nationality adjectives that name a whole people when used as a noun ("the French",
# "the Chinese", "the Swiss", "the British"), unlike person nouns ("the Argentine", "the Dane").
PEOPLE_ENDINGS = ("sh", "ch", "ese", "s")  # "-s" covers "Swiss"


def national_person(
    doc: Doc, start: int, end: int, known: list[EntityFact], spoke: list[EntityFact]
) -> EntityFact | None:
    """The person that "the <nationality word>" (``doc[start:end]``) refers back to, or None.

    known: the entity mentions in text order that may be antecedents. spoke: the named sources
    of the statements found so far, in text order.
    RETURNS (EntityFact | None): the last person who spoke within ``coref.WINDOW`` sentences,
        else the latest person named there; None where the phrase is no such noun phrase.
    """
    toks = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if not toks or toks[0].lower_ != "the":
        return None
    if not (end - start == 6 and age_start(doc, end - 1) == start + 1):  # "the 37-year-old"
        if len(toks) != 2 or not toks[1].text[:1].isupper():
            return None
        head = toks[1]
        if head.lower_.endswith(PEOPLE_ENDINGS):
            return None
        lo, hi = head.idx, head.idx + len(head)
        norp = any(e.type == "NORP" and e.start <= lo and hi <= e.end for e in known)
        if not norp and head.text not in demonym_countries():
            return None
    before = coref.before_span(doc, start, known)
    people = [e for e in before if e.type == "PERSON"]
    if not people:
        return None
    floor, at = people[0].start, doc[start].idx
    for e in reversed(spoke):
        if e.type == "PERSON" and floor <= e.start < at:
            return e
    return people[-1]


def age_start(doc: Doc, j: int) -> int | None:
    """The index of the number where ``doc[:j + 1]`` ends with an age used as a noun, "N-year-old"
    (tokens "37", "-", "year", "-", "old"), else None."""
    if j < 4 or doc[j].lower_ != "old" or doc[j - 2].lower_ not in ("year", "years"):
        return None
    if doc[j - 1].text != "-" or doc[j - 3].text != "-" or not doc[j - 4].like_num:
        return None
    return j - 4


def described_body(doc: Doc, start: int, end: int, known: list[EntityFact]) -> EntityFact | None:
    """The organisation the text itself described by the head of the role noun ``doc[start:
    end]``, the latest within ``coref.WINDOW`` sentences, or None.

    A body is described by the head of an appositive after its name ("Airbus Helicopters, the
    group's helicopter division, said", "Cariad, the software unit of Volkswagen", "X, an
    investment firm that controls ...") or by a common noun right before its name ("Carmaker
    BYD", "contract manufacturer Catalent", "Regulator Ofwat"); "The division said" then is
    Airbus Helicopters, not the group named inside the description or a body that spoke since.

    doc: the document (tags optional). start, end: token indices of the source's noun phrase.
    known: the entity mentions in text order that may be antecedents.
    RETURNS (EntityFact | None): the described body's mention; None where the phrase is no
        definite singular role noun ("the <modifiers> <head>") or no body was so described.
    """
    toks = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if len(toks) < 2 or len(toks) > 4 or toks[0].lower_ != "the":
        return None
    head = toks[-1]
    if not head.is_lower or head.lower_ in NOT_BACK or head.lower_.endswith("s"):
        return None
    if any(t.lower_ in ("'s", "’s", "of", "and", "or") or not t.is_alpha for t in toks[1:]):
        return None
    for e in reversed(coref.before_span(doc, start, known)):
        if e.type == "ORG" and head.lower_ in _descriptions(doc, e):
            return e
    return None


APPOSITIVE_ENDS = frozenset({"of", "that", "which", "who", "whose", "with", "in", "at", "for"})


def _descriptions(doc: Doc, e: EntityFact) -> set[str]:
    """The lower-case head nouns that describe the mention ``e`` (see ``described_body``)."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return set()
    out: set[str] = set()
    prev = doc[span.start - 1] if span.start > 0 else None
    if (
        prev is not None
        and prev.is_alpha
        and prev.lower_ not in ("the", "a", "an")
        and (prev.tag_ == "NN" or prev.lower_ in body_nouns())
    ):
        out.add(prev.lower_)  # "Carmaker BYD", "contract manufacturer Catalent"
    lead = _description_before(doc, span.start, span.end)
    if lead is not None:
        out.add(lead)  # "The company's chief executive, Jane Roe, said" (session 37)
    k = span.end
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("the", "a", "an"):
        m = k + 2
        while m < min(len(doc), k + 10):
            w = doc[m]
            if w.text in (",", ".", ";", "—", "–") or w.lower_ in APPOSITIVE_ENDS:
                break
            if w.tag_.startswith(("VB", "MD")) and not _hyphenated(doc, m):
                return out  # "X, the company said": no appositive
            m += 1
        last = doc[m - 1]
        if m > k + 2 and last.is_lower and last.is_alpha:
            out.add(last.lower_)  # "X, the group's helicopter division,"
    return out


LEAD_OPENERS = frozenset({"the", "its", "their", "'s", "’s"})
LEAD_WORDS = 6  # tokens of a description set off before a name


def _description_before(doc: Doc, start: int, end: int) -> str | None:
    """The head noun of a description set off by a comma before the name ``doc[start:end]``
    and closed by a comma after it ("The company's chief executive, Jane Roe, said" ->
    "executive"; "Its finance director, X," -> "director"): a definite or possessive noun
    phrase of no verb within ``LEAD_WORDS`` tokens, its last word a lower-case noun (by the
    tagger's tags: None on an untagged document)."""
    if start < 2 or doc[start - 1].text != "," or end >= len(doc) or doc[end].text != ",":
        return None
    head = doc[start - 2]
    if not (head.is_lower and head.is_alpha and head.tag_ in ("NN", "NNP")):
        return None
    for m in range(start - 2, max(-1, start - 2 - LEAD_WORDS), -1):
        t = doc[m]
        if t.tag_.startswith(("VB", "MD")) or t.is_punct:
            return None
        if t.lower_ in LEAD_OPENERS:
            return head.lower_
        if t.is_sent_start:
            return None
    return None


def body_kinds_of(doc: Doc, entities: list[EntityFact]) -> dict[str, frozenset[str]]:
    """The kinds of organisation the document gives each body (``models/body_kinds.jsonl``).

    A body's kinds come from its own name (a word of the table, "Commonwealth Bank of
    Australia" -> bank, "Alaska Airlines" -> airline, "Canadian Union of Postal Workers" ->
    union; a legal form -> firm) and from the text's descriptions of any of its mentions: an
    appositive's head ("Westpac, the country's second-largest lender" -> bank), a noun before
    the name ("the energy regulator Ofgem" -> agency) or right after it ("the UGT union" ->
    union). "<noun> maker" is a maker of that thing ("the world's largest battery maker" is no
    carmaker). A body the text says nothing of has no kind.

    doc: the document (tags optional). entities: the entity mentions (other types skipped).
    RETURNS (dict[str, frozenset[str]]): canonical name -> kinds (bodies with none left out).
    """
    table = body_kinds()
    out: dict[str, set[str]] = {}
    for e in entities:
        if e.type != "ORG":
            continue
        got = out.setdefault(e.name, set())
        if not got:
            got.update(_name_kinds(e.name))
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None:
            continue
        for word in _descriptions(doc, e):
            kind = table.roles.get(word)
            if kind is not None:
                got.add(_maker_of(doc, span.end, kind))
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.lower_ in table.roles:
            got.add(table.roles[nxt.lower_])  # "the UGT union said"
    return {
        name: frozenset(  # the narrowest: "Lloyds Banking Group" is a bank, not any firm
            k for k in kinds if not any(k != o and k in table.lineage(o) for o in kinds)
        )
        for name, kinds in out.items()
        if kinds
    }


def _name_kinds(name: str) -> set[str]:
    """The kinds the words of a body's canonical name give (see ``body_kinds_of``): the kind of
    its head (the last word of the table before "of"/"for", else the last one), and kinds of
    its other words that narrow it ("Lloyds Banking Group" a bank; "Rail Workers Union" a
    union, no railway; "Office of Rail and Road" an agency)."""
    table = body_kinds()
    words_ = [w.strip("(),").lower() for w in name.split()]
    cut = next((k for k, w in enumerate(words_) if w in ("of", "for")), len(words_))
    found = [(k, kind) for k, w in enumerate(words_) if (kind := _word_kind(w)) is not None]
    if any(w in table.legal_forms for w in words_[1:]):
        found.append((len(words_), "firm"))
    if not found:
        return set()
    head = ([kind for k, kind in found if k < cut] or [kind for _, kind in found])[-1]
    return {head} | {kind for _, kind in found if head in table.lineage(kind)}


EMPLOYER_PREPS = frozenset({"at", "from", "with"})


def _employer(doc: Doc, e: EntityFact) -> bool:
    """True where the mention names a body only as the employer of commentators: "analysts at
    X", "an economist at X", "strategists from X" (a ``commentator_noun`` of
    ``models/statement_cues.jsonl`` right before "at"/"from"/"with") or "X analyst Jane Roe",
    "X economists" (one right after the name)."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return False
    nouns = words("commentator_noun")
    k = span.start
    if k >= 2 and doc[k - 1].lower_ in EMPLOYER_PREPS and doc[k - 2].lower_ in nouns:
        return True
    return span.end < len(doc) and doc[span.end].lower_ in nouns


def employers_only(doc: Doc, bodies: list[EntityFact]) -> frozenset[str]:
    """The bodies (canonical names) every mention of which names them only as somebody's
    employer (``_employer``), where another body is named too: "Shares of Volvo Cars rose.
    Analysts at Danske Bank raised their target. The company said" is Volvo Cars (session 33).
    Empty where no other body is named: "the bank said" after "analysts at Danske Bank" is
    still the bank."""
    names = {e.name for e in bodies}
    if len(names) < 2:
        return frozenset()
    roles = [(e.name, _employer(doc, e)) for e in bodies]  # each mention read once
    employed = {name for name, only in roles if only} - {name for name, only in roles if not only}
    return frozenset(employed) if employed != names else frozenset()


COMPOUND_HEAD = 4  # letters of a name word that may head a closed compound ("Nordbank")
COMPOUND_REST = 3  # letters before it


@cache  # a word of a body's name, read for every such name of every document
def _word_kind(word: str) -> str | None:
    """The kind a lower-case word of a body's name gives (the ``name`` rows of
    ``models/body_kinds.jsonl``), also as the head of a closed compound, the last part of a
    Germanic compound naming its kind ("Nordbank", "Commerzbank", "Sparebank" -> bank;
    session 33): a table word of at least ``COMPOUND_HEAD`` letters after at least
    ``COMPOUND_REST`` letters, in a word that is no family name (``names.is_surname``:
    "Harcourt" is no court). A plain suffix match (no compound splitter is installed)."""
    names = body_kinds().names
    if word in names:
        return names[word]
    if is_surname(word):
        return None  # "Harcourt", "Fairbank": a family's name, no compound
    for k in range(COMPOUND_REST, len(word) - COMPOUND_HEAD + 1):
        if word[k:] in names and word[k].isalpha():
            return names[word[k:]]
    return None


def _maker_of(doc: Doc, k: int, kind: str) -> str:
    """``kind``, or a maker of one thing where the appositive after token ``k`` ends with
    "<noun> maker" ("CATL, the world's largest battery maker," -> "maker of battery")."""
    if kind != "manufacturer":
        return kind
    m = k + 2
    while m < min(len(doc), k + 10) and doc[m].lower_ != "maker":
        m += 1
    if m < len(doc) and doc[m].lower_ == "maker" and doc[m - 1].is_lower and doc[m - 1].is_alpha:
        made = doc[m - 1].lower_
        return body_kinds().roles.get(made + "maker", MAKER_OF + made)
    return kind


def kind_body(
    doc: Doc,
    start: int,
    end: int,
    known: list[EntityFact],
    spoke: list[EntityFact],
    kinds: dict[str, frozenset[str]],
) -> tuple[bool, EntityFact | None]:
    """The body a definite role noun of a kind ("the union", "the regulator", "the lender",
    "the carrier", "the company") refers back to, among the bodies of its kind only.

    A body agrees where one of its kinds is the noun's kind or a part of it (a bank is a
    company); it may agree where it has no kind or a wider one (a body named "... Association"
    for "the union"); a body of another kind never does: "the union said" after the employer
    spoke is the union, "the regulator said" after a ministry spoke the agency named before.
    Tried in order: a body that spoke in the noun's own sentence and may be of its kind
    ("Lufthansa said ..., and the airline added"), the agreeing bodies within ``coref.WINDOW``
    sentences, the latest agreeing body named before them, the ones of no kind, then the
    wider ones ("Lufthansa Group", known only as a firm, is less likely "the airline" than
    "Wizz Air", of no kind), each within the window (by ``_body_back``) and then the latest of
    them that spoke before it.
    Where a body named within the window holds the noun in its name ("the Union"), the
    caller's short-form reading stands.

    doc: the document. start, end: token indices of the source's noun phrase. known: the
    entity mentions in text order. spoke: the named sources of the statements so far.
    kinds: ``body_kinds_of`` of the document.
    RETURNS (tuple[bool, EntityFact | None]): (False, None) where the phrase is no definite
        role noun of a kind of the table or a name holds it; (True, body) otherwise, body None
        where no body of the document may be meant (an unnamed source).
    """
    toks = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if len(toks) < 2 or len(toks) > 5 or toks[0].lower_ != "the":
        return False, None
    head = toks[-1]
    table = body_kinds()
    kind = table.roles.get(head.lower_)
    if kind is None or not head.is_lower or head.lower_ in NOT_BACK:
        return False, None
    if any(
        (t.tag_.startswith(("VB", "MD")) and not _hyphenated(doc, t.i))
        or t.lower_ in ("'s", "’s", "of", "and", "or")
        or not t.is_lower
        for t in toks[1:]
    ):
        return False, None
    if head.lower_ in table.bare and any(table.names.get(t.lower_) != kind for t in toks[1:-1]):
        return False, None  # "the air force", "the task force": no police force (session 37)
    levels = {
        t.lower_
        for t in toks[1:-1]
        if t.lower_ in words("level_word") and not _hyphen_follows(doc, t.i)
    }
    before = coref.before_span(doc, start, known)
    if any(e.type == "ORG" and head.lower_ in e.name.lower().split() for e in before):
        return False, None  # "the union" after "Unite the Union": the name's own word
    holders = [
        e
        for e in coref.earlier(known, doc[start].idx)
        if e.type == "ORG" and head.lower_ in e.name.lower().split() and _holds(e, levels)
    ]
    if holders:
        # "the department said" after a ministry spoke: the body whose name holds the noun
        # ("... Department of Agriculture"), named sentences back, not one of a kin noun
        return True, holders[-1]
    lineage = table.lineage(kind)
    agree: set[str] = set()
    wider: set[str] = set()
    unknown: set[str] = set()
    # a listed company is a firm: "the ministry", "the union" is never one (session 33)
    public = table.default not in lineage
    listed = listed_company_titles() if public else frozenset()
    earlier_orgs = [
        e for e in coref.earlier(known, doc[start].idx) if e.type == "ORG" and _holds(e, levels)
    ]
    employers = employers_only(doc, earlier_orgs)
    for e in earlier_orgs:
        if e.name in employers:
            continue
        has = kinds.get(e.name, frozenset())
        if not has and e.name in listed:
            has = frozenset({table.default})
        if not has and kind == table.default:
            agree.add(e.name)  # "the company": any body of no kind, as one described a firm
        elif not has:
            unknown.add(e.name)
        elif any(kind in table.lineage(k) for k in has):
            agree.add(e.name)
        elif any(k in lineage for k in has):
            wider.add(e.name)
    at, opened = doc[start].idx, doc[start].sent.start_char
    if employers:  # "analysts at Danske Bank said": the bank is no candidate of the topic's noun
        before = [e for e in before if e.name not in employers]
        spoke = [e for e in spoke if e.name not in employers]
    for e in reversed(spoke):  # "Lufthansa said ..., and the airline added": the body that
        # spoke in the noun's own sentence, where it may be of the noun's kind
        if e.type == "ORG" and opened <= e.start < at and e.name in agree | wider | unknown:
            return True, e
    body = _body_back(doc, start, before, spoke, levels, frozenset(agree))
    if body is None and agree:
        for e in reversed(coref.earlier(known, doc[start].idx)):
            if e.type == "ORG" and e.name in agree:
                return True, e  # "the agency said", its agency named sentences back
    # a body the text gave a wider kind only ("Lufthansa Group", a firm; "Novo Holdings, the
    # investment firm") is less likely "the airline", "the drugmaker" than one of no kind
    for names in (unknown, wider):
        if body is None:
            body = _body_back(doc, start, before, spoke, levels, frozenset(names))
        for e in reversed(spoke):  # "The corporation said", its body having spoken far back
            if body is None and e.type == "ORG" and e.start < at and e.name in names:
                body = e
    return True, body


def described_ahead(
    doc: Doc, start: int, end: int, known: list[EntityFact], kinds: dict[str, frozenset[str]]
) -> EntityFact | None:
    """The body a place's role noun describes before the text names it: "<place>'s (lower-case
    words) <role noun>" as a source ("Australia's competition watchdog said on Tuesday ...",
    wire copy's opening) is the first body of the noun's kind named in the next sentence
    ("The Australian Competition and Consumer Commission said ..."); else None.

    doc: the document. start, end: token indices of the source's noun phrase. known: the entity
    mentions in text order. kinds: ``body_kinds_of`` of the document.
    """
    place = next(
        (e for e in known if e.type == "GPE" and e.start == doc[start].idx and e.end > e.start),
        None,
    )
    span = doc.char_span(place.start, place.end, alignment_mode="expand") if place else None
    if span is None or span.end + 1 >= end or doc[span.end].text not in ("'s", "’s"):
        return None
    table = body_kinds()
    head = doc[end - 1]
    kind = table.roles.get(head.lower_)
    if kind is None or any(not t.is_lower and t.text != "-" for t in doc[span.end + 1 : end]):
        return None
    sent = doc[start].sent
    nxt = doc[sent.end].sent if sent.end < len(doc) else None
    limit = nxt.end_char if nxt is not None else sent.end_char
    after = doc[end - 1].idx
    for e in known:
        if (
            e.type == "ORG"
            and after < e.start < limit
            and any(kind in table.lineage(k) for k in kinds.get(e.name, frozenset()))
        ):
            return e
    return None


PAIR_WORDS = (("the", "two"), ("both",))  # "the two leaders", "both ministers"


def named_pair(
    doc: Doc, start: int, end: int, known: list[EntityFact]
) -> tuple[EntityFact, EntityFact] | None:
    """The two people a plural title of two refers back to: "Macron and Merz met in Paris. The
    two leaders said ..." -> both (each makes the statement, as coordinated names do). The
    phrase is "the two <titles>" or "both <titles>", its noun a plural
    title word (``names.is_title_word``: leaders, ministers, presidents). The two are the last
    two people named before it, within ``coref.WINDOW`` sentences, both named in one sentence
    of them; else None ("the two leaders" after three people, or two named sentences apart).

    doc: the document. start, end: token indices of the source's noun phrase. known: the
    entity mentions in text order.
    RETURNS (tuple[EntityFact, EntityFact] | None): the two people in text order, or None.
    """
    toks = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if len(toks) < 2 or tuple(t.lower_ for t in toks[:-1]) not in PAIR_WORDS:
        return None
    noun = toks[-1]
    if not noun.is_lower or not noun.lower_.endswith("s") or not is_title_word(noun.text):
        return None
    window = [e for e in coref.before_span(doc, start, known) if e.type == "PERSON"]
    people: list[EntityFact] = []
    for e in reversed(window):
        if all(e.name != p.name for p in people):
            people.append(e)
            if len(people) == 2:
                break
    if len(people) < 2:
        return None
    last, first = people
    named: dict[int, set[str]] = {}  # sentence start -> the two's names named in it
    for e in window:
        if e.name in (first.name, last.name):
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None:
                named.setdefault(span.sent.start, set()).add(e.name)
    if not any(len(names) == 2 for names in named.values()):
        return None  # "Roe arrived on Monday. Doe arrived on Tuesday.": not named as a pair
    return first, last


def described_person(doc: Doc, start: int, end: int, known: list[EntityFact]) -> EntityFact | None:
    """The person the text itself described by the head of the role noun ``doc[start:end]``
    ("Friedrich Merz, the conservative candidate for chancellor, said ... The candidate told";
    "Jane Roe, the union's chief negotiator, ... The negotiator said"), where a mention of that
    person lies within ``coref.WINDOW`` sentences; the description may be sentences further
    back, on another mention of the same person. A title the person holds is read by
    ``coref.resolve``; this is the noun of an appositive or before the name.

    RETURNS (EntityFact | None): the person's latest mention in the window; None where the
    phrase is no definite singular role noun or no person was so described.
    """
    toks = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if len(toks) < 2 or len(toks) > 4 or toks[0].lower_ != "the":
        return None
    head = toks[-1]
    if not head.is_lower or not head.is_alpha or head.lower_.endswith("s"):
        return None
    if head.lower_ in NOT_BACK_PERSON or head.lower_ in body_kinds().roles:
        return None
    if any(not t.is_alpha or not t.is_lower for t in toks[1:]):
        return None
    other = words("other_office") - {t.lower_ for t in toks}
    described = {
        e.name
        for e in coref.earlier(known, doc[start].idx)
        if e.type == "PERSON"
        and head.lower_ in _descriptions(doc, e)
        and not coref.office_words(doc, e) & other  # "Shadow health secretary X": no "the
        # health secretary" (session 37)
    }
    for e in reversed(coref.before_span(doc, start, known)):
        if e.type == "PERSON" and e.name in described:
            return e
    return None


# what opens a new, unnamed body's description ("a state-owned lender", "Norway's ministry")
INTRODUCERS = frozenset({"a", "an", "'s", "’s", "its", "their", "another"})
DEFINITES = frozenset({"the", "this", "that"})  # a description that refers back itself
OPENERS = INTRODUCERS | DEFINITES
PLACE_TYPES = frozenset({"NORP", "GPE"})  # "the Greek transport ministry", "the Texas agency"
# "the Trump administration", "the Chilean Government" speak as a person or country (ANNOTATION)
NATIONAL_HEADS = frozenset({"administration", "party"})
MODIFIERS = 5  # lower-case words (and hyphens) between a description's opener and its head


def _may_be(e: EntityFact, noun: str, kinds: dict[str, frozenset[str]]) -> bool:
    """True where the mention ``e`` is an organisation that may be of the kind of the role noun
    ``noun``: of that kind or a narrower one, of a wider one, or of no kind (a listed company is a
    firm)."""
    if e.type != "ORG":
        return False
    table = body_kinds()
    kind = table.roles[noun]
    has = kinds.get(e.name, frozenset())
    if not has and e.name in listed_company_titles():
        has = frozenset({table.default})
    lineage = table.lineage(kind)
    return not has or any(kind in table.lineage(k) or k in lineage for k in has)


def unnamed_description(
    doc: Doc,
    start: int,
    end: int,
    known: list[EntityFact],
    kinds: dict[str, frozenset[str]],
) -> bool:
    """True where a definite role noun of a kind ("the ministry", "the lender") refers back by
    its head noun to a description that names no entity: the nearest earlier mention with that
    head within ``coref.WINDOW`` sentences is unnamed ("Norway's energy ministry said ... The
    ministry said", "a state-owned lender ... the lender"), so the statement has no named
    speaker, never a body of another kind named in between (session 34).

    A mention with the head is named where an organisation's mention covers it or touches it
    ("the Lederne union", "regulator Ofgem"), where it heads an appositive after one ("Equinor,
    the state-controlled oil company,") or one names it ("Norway's central bank, Norges Bank,");
    an earlier definite "the <head>" is passed over (it refers back itself); an unnamed one
    opens with "a"/"an" or a possessive ("Norway's", "the country's", "its"). The nearest
    mention decides. A role noun after a place's or nation's name ("The
    Greek transport ministry said") is such a body itself where no organisation within the window
    may be of its kind (``_may_be``): "the Danish drugmaker said" after a firm of no kind is it.

    doc: the document (tags optional). start, end: token indices of the source's noun phrase.
    known: the entity mentions in text order. kinds: ``body_kinds_of`` of the document.
    RETURNS (bool): True where the phrase's referent is such an unnamed description.
    """
    toks = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if len(toks) < 2 or len(toks) > 5 or toks[0].lower_ != "the":
        return False
    head = toks[-1]
    if not head.is_lower or head.lower_ not in body_kinds().roles or head.lower_ in NOT_BACK:
        return False
    mods = toks[1:-1]
    if mods and head.lower_ not in NATIONAL_HEADS and any(not t.is_lower for t in mods):
        # "The Greek transport ministry said": a nation's or place's body the text names not
        places = [e for e in known if e.type in PLACE_TYPES and e.start < toks[-1].idx]
        if not all(
            t.is_lower or any(e.start <= t.idx < e.end for e in places[-len(mods) :]) for t in mods
        ):
            return False
        # "Novo Nordisk fell after the Danish drugmaker said": the body named before, where it may
        # be of the noun's kind; "Aegean Airlines ... The Greek transport ministry said": none
        return not any(_may_be(e, head.lower_, kinds) for e in coref.before_span(doc, start, known))
    if any(t.lower_ in ("'s", "’s", "of", "and", "or") for t in toks[1:]):
        return False
    sents = 0
    lo = max(0, start - coref.WINDOW_TOKENS)
    # the organisations that can touch a mention in reach (within 10 tokens of its end, below):
    # the spans of those that end before the reach are never asked for
    floor = doc[max(0, lo - 11)].idx
    orgs = [
        span
        for e in coref.earlier(known, doc[start].idx)
        if e.type == "ORG"
        and e.end > floor
        and (span := doc.char_span(e.start, e.end, alignment_mode="expand")) is not None
    ]
    for j in range(start - 1, lo - 1, -1):
        if doc[j].is_sent_start:
            sents += 1
            if sents > coref.WINDOW:
                return False
        t = doc[j]
        if t.lower_ != head.lower_ or not t.is_lower:
            continue
        if j + 1 < len(doc) and doc[j + 1].tag_.startswith("NN"):
            continue  # "a company spokesman": a modifier, no mention of a body
        if any(
            s.start - 1 <= j <= s.end  # "the UGT union", "regulator Ofgem"
            or (s.start == j + 2 and doc[j + 1].text == ",")  # "Norway's central bank, Norges Bank"
            or (s.end < j <= s.end + 10 and doc[s.end].text == ",")  # "Equinor, the ... company"
            for s in orgs
        ):
            return False
        k = j - 1  # the description's first word: back over at most MODIFIERS modifiers
        while (
            k > max(lo, j - 1 - MODIFIERS)
            and ((doc[k].is_alpha and doc[k].is_lower) or doc[k].text in ("-", "–"))
            and doc[k].lower_ not in OPENERS
        ):
            k -= 1
        opener = doc[k].lower_
        if opener in INTRODUCERS or (doc[k].is_alpha and doc[k].is_title and opener != "the"):
            return True  # "a state-owned lender", "Norway's energy ministry", "its union"
        if opener in DEFINITES:
            continue  # "the ministry" referring back itself: its own referent lies further back
    return False
