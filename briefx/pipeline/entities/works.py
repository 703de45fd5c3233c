"""Titles of works, awards, plural acronyms and offices that NER took for names (session 36).

ANNOTATION.md has no WORK_OF_ART type, leaves titles of publications out, gives awards no type,
and tags no office without its holder. News text names all of them in capitals, and the small
model reads them as organisations, people or places ("the film Anora" ORG, "the novel Prophet
Song" PERSON, "the Booker Prize" ORG, "the Auditor-General" ORG). The evidence is general:

- a title after a work noun: a capitalised run right after a lower-case noun whose first
  WordNet sense is a creative work ("the film X", "the novel X", "the painting X", "the
  films X and Y", a title in quotes after one), or a name followed by an apposition that calls
  it one ("X, the film, took $61 million", "X (2024 film)"), is the work's title: every
  mention of that name which is no place is dropped;
- an award by its head: a name headed by a noun whose first WordNet sense is an award ("Booker
  Prize", "Grammy Award", "Presidential Medal of Freedom": the head is the word before "of");
  not "Booker Prize Foundation" (headed by "Foundation"), not "Cup" (a cup is first a vessel;
  the Cup is an event in sports);
- a plural acronym ("EVs", "ETFs": an acronym with a plural's "s" is a count noun; a body's
  letters take no plural), unless it speaks;
- an office: "<person noun>-General" or "<person noun> General" ("Auditor-General", "Surveyor
  General", "Director-General"), a title without its holder, whose first word WordNet files
  under people (``person_nouns.jsonl``, kind ``role``).

Nouns of works and awards: ``models/work_nouns.jsonl`` (``scripts/derive_work_nouns.py`` from
Princeton WordNet 3.0). A title or an award that speaks ("the Booker Prize said") is a body
named after it and stays.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from briefx.pipeline._util import text_of
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.commons import speaks
from briefx.resources import read_jsonl, table_index

__all__ = ["works_and_offices"]

# types a title, an award or an office is mistaken for; NORP and LAW are named by their forms
CHECKED = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"})
# an award typed EVENT is a competition or a ceremony named after it ("Walkley Awards")
AWARD_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT"})
NOUN_TAGS = frozenset({"NN", "NNS"})  # "the film X"; not "Liverpool play Derby", "above X"
# a word before a gerund that makes it a noun ("The painting X" is read VBG; "the western
# Mediterranean" is an adjective, JJ, and stays)
DETERMINER_TAGS = frozenset({"DT", "PRP$", "POS", "CD", "JJ"})
PLACES = frozenset({"GPE", "LOC"})
SMALL = r"(?:of|the|and|at|in|on|a|an|to|for|with|from|&)"
CAP = r"[A-Z0-9][\w'’&.-]*"
# a lower-case noun, then a capitalised run (a title may hold small words: "Harbour at Dusk")
AFTER_NOUN = re.compile(
    r"\b([a-z]+)[ \t]+([\"“‘']?)(" + CAP + r"(?:[ \t]+(?:" + SMALL + r"[ \t]+)*" + CAP + r")*)"
)
# an apposition that names the kind: ", the film", ", a novel by", " (2024 film)"
APPOSED = re.compile(
    r",[ \t]+(?:the|a|an|his|her|their|its)[ \t]+(?:[\w-]+[ \t]+){0,2}?([a-z]+)"
    r"(?=[ \t]*[,.;:)\n]|[ \t]+(?:by|that|which|about|from|starring|directed|written|set)\b)"
    r"|[ \t]*\((?:\d{4}[ \t]+)?([a-z]+)\)"
)
# an acronym with a plural's "s": a count noun ("EVs", "ETFs", "IPOs"), no body's letters
PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[A-Z]s")
OFFICE = re.compile(r"(?:(?:Deputy|Assistant|Acting)[ \t])?([A-Z][a-z]+)(?:-|[ \t])General")


@cache
def _nouns() -> dict[str, str]:
    return {str(r["word"]): str(r["class"]) for r in read_jsonl("work_nouns.jsonl")}


def _class(word: str, plural: bool = True) -> str:
    """The class of a lower-case noun or (``plural``) its plural ("films", "novels"), or ""."""
    nouns = _nouns()
    plurals = (word[:-1], word[:-2]) if plural and word.endswith("s") else ()
    return next((nouns[w] for w in (word, *plurals) if w in nouns), "")


def _titles(doc: Doc) -> list[tuple[int, int]]:
    """Spans of titles after a work noun the tagger reads as a noun ("the film Harrowgate
    Lane"), small words cut off the end ("Anora and" of "the film Anora and its director")."""
    text = text_of(doc)
    out = []
    for m in AFTER_NOUN.finditer(text):
        if _class(m.group(1)) != "work":
            continue
        noun = doc.char_span(m.start(1), m.end(1))
        if noun is None or len(noun) != 1 or not _noun(noun[0]):
            continue
        start, end = m.start(3), m.end(3)
        run = text[start:end]
        cut = re.search(r"(?:[ \t]+" + SMALL + r")+\Z", run)
        if cut:
            end = start + cut.start()
        out.append((start, end))
    return out


def _noun(token: Token) -> bool:
    """The tagger reads the work noun as a noun, or as a gerund after a determiner."""
    if token.tag_ in NOUN_TAGS:
        return True
    return token.tag_ == "VBG" and token.i > 0 and token.nbor(-1).tag_ in DETERMINER_TAGS


def _apposed(text: str, e: Ent) -> bool:
    """The name is followed by an apposition that calls it a work ("X, the film, took")."""
    m = APPOSED.match(text, e.end)
    return m is not None and _class(m.group(1) or m.group(2)) == "work"


def _award(name: str) -> bool:
    """The name is headed by an award noun ("Booker Prize", "Medal of Freedom")."""
    words = name.split()
    if len(words) < 2:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    # singular only: "the Walkley Awards", "the Oscars" are ceremonies, events
    return head[:1].isupper() and _class(head.lower(), plural=False) == "award"


def _office(name: str) -> bool:
    """The name is an office in the form "<person noun>-General" ("Auditor-General")."""
    m = OFFICE.fullmatch(name)
    if not m:
        return False
    roles = table_index("person_nouns.jsonl", "word")
    return any(r["kind"] == "role" for r in roles.get(m.group(1).lower(), ()))


def works_and_offices(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """Drop titles of works, awards and offices without a holder that NER took for names.

    doc (Doc): the Doc (its text, and the tags of the work nouns).
    ents (list[Ent]): the entities so far.
    RETURNS (list[Ent]): the entities kept.
    """
    checked = [e for e in ents if e.type in CHECKED]
    if not checked:
        return ents
    text = text_of(doc)
    titles = _titles(doc)
    # the mentions inside a title after a work noun, and the names the document calls a work
    inside = {id(e) for e in checked if any(a <= e.start and e.end <= b for a, b in titles)}
    titled = {
        text[e.start : e.end]
        for e in checked
        if (id(e) in inside or _apposed(text, e)) and not speaks(text, e)
    }
    return [
        e for e in ents if e.type not in CHECKED or not _drops(text, e, id(e) in inside, titled)
    ]


def _drops(text: str, e: Ent, inside: bool, titled: set[str]) -> bool:
    """The mention is a work's title (``inside`` one after a work noun, or a name ``titled``),
    an award, a plural acronym or an office (see above)."""
    span = text[e.start : e.end]
    if _office(span):
        return True  # an office speaks as its holder and is still no entity
    thing = (
        inside
        or (span in titled and e.type not in PLACES)
        or (e.type in AWARD_TYPES and _award(span))
        or PLURAL_ACRONYM.fullmatch(span) is not None
    )
    return thing and not speaks(text, e)
