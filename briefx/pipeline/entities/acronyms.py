"""Acronyms the document itself uses as common nouns (session 37, issue 13 precision).

News text writes concepts in capitals ("LNG", "ESG", "SME", "NPL", "EV", "PMI"), and the small
model reads many of them as organisations. ``commons`` drops those WordNet lists as concepts
("GDP", "IPO", "CO2"); most of the trade's acronyms are in no lexicon in reach, but the
document shows what they are by how it writes them. An acronym is a concept, wherever it
stands in the document, where the document

- spells it out in lower-case words, before it in brackets or after it ("liquefied natural gas
  (LNG)", "the purchasing managers' index (PMI)", "Non-performing loans (NPLs)" at a sentence's
  start, "LNG (liquefied natural gas)"): a plural or singular definition covers both forms;
- writes it with a plural's "s" ("SMEs", "EVs", "NPLs": a count noun; a body's letters take no
  plural; ``works`` drops the plural mentions themselves);
- uses it as the head of a noun phrase after "a" or "an" ("an SME pays", "a PMI above 50", "an
  EIA that found"): one of a kind, no body's name. Not where the acronym modifies a noun after
  it ("a NATO member", "an IMF loan", "a BBC reporter"): there the noun is the head.

A currency's ISO 4217 code ("prices were quoted in UGX") is money, no body, unless it has a
body's evidence.

And the other way round, an acronym in capitals that NER left untagged is an organisation where
the text shows a body (``body_acronyms``, run with ``unknowns`` before the linking of names): it
speaks or is spoken to ("PSA said", "according to PSA", "told NCA"), an officer or the board of a
body follows it ("the PSA board", "the NCA chairman"), an apposition calls it a body ("PSA,
the statistics office"; a body's head word, ``entity_forms.jsonl`` ``org_head`` and
``org_descriptor``), or its people stand before it and no noun after it ("officials at KNBS",
"a spokeswoman for KPLC"; not "engineers at LNG terminals"). This also holds for letters WordNet gives a concept reading ("PSA" is an
antigen there): the text's own evidence wins over the lexicon's, but never over the text's
concept evidence above. Never a currency code, a unit, a time zone, a roman numeral, a
country's ISO code, a word in a line in capitals (a heading), or one inside brackets (a ticker).

Left alone: an acronym linked to a longer name (a bracketed capitalised expansion, a table's
name), one the tables know (aliases, companies), and a count noun by its form (plural or
article) one of whose mentions has a body's evidence ("SME said", ``commons.body_evidence``); a
definition in lower-case words wins over a verb after a mention ("ESG reports must be audited":
"reports" is a noun there).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from briefx.normalize.names import form_words, lookup_alias, lookup_company, match_acronym
from briefx.normalize.units import unit_table
from briefx.pipeline._util import Intervals, overlaps, text_of
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.commons import (
    ACRONYM,
    body_evidence,
    headline,
    line_around,
    staff_before,
)
from briefx.resources import read_jsonl

__all__ = [
    "body_acronyms",
    "concept_acronyms",
    "count_nouns",
    "defined_in_lower_case",
    "lower_case_definitions",
    "used_as_count_noun",
]

# types a concept acronym is mistaken for (people and nationalities are named otherwise)
CHECKED = frozenset({"ORG", "GPE", "LOC", "PRODUCT", "FAC", "EVENT"})
WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word of a definition ("managers'", "non-performing")
# the tags of a noun after the acronym, which is then its modifier ("an IMF loan", "a NATO
# member"); the pipeline has a tagger and no parser, so the tag decides
NOUN_POS = frozenset({"NOUN", "PROPN"})
CAPITALS = re.compile(r"(?<![\w&.-])[A-Z][A-Z0-9&]*[A-Z0-9](?![\w&-]|\.\w)")
ROMAN = re.compile(r"[IVXLCDM]+")


def _known(acronym: str) -> bool:
    """The alias or company table knows the acronym as a name ("AFP", "AMD")."""
    return bool(lookup_alias(acronym) or lookup_company(acronym))


def _plural(word: str) -> str:
    return word + "s"


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1].isupper() else word


def _lower_definition(words: list[str], opens_sentence: bool) -> bool:
    """``words`` (an expansion) are lower-case words, the first one capitalised only where it
    opens a sentence ("Non-performing loans"); "of", "and" and the like count as any word."""
    if not words:
        return False
    first, rest = words[0], words[1:]
    if not (first[:1].islower() or (opens_sentence and first[1:2].islower())):
        return False
    return all(w[:1].islower() for w in rest)


BRACKETED = re.compile(r"\(\s*([A-Z][A-Z0-9]*[A-Z0-9]s?)\s*\)")  # "(LNG)", "(NPLs)"
SPELLED_AFTER = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]*[A-Z0-9]s?)[ \t]+\(([^()\n]{3,80})\)")
PLURAL = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]*[A-Z0-9])s(?![\w'’-])")  # "SMEs", "EVs"
AFTER_ARTICLE = re.compile(r"(?<![\w-])[Aa]n?[ \t]+([A-Z][A-Z0-9]*[A-Z0-9])(?![\w'’-])")


def _spelled_before(text: str, mt: re.Match[str]) -> bool:
    """The words before the bracket ``mt`` spell its acronym out in lower case."""
    begin = max(0, mt.start() - 200)
    span = text[begin : mt.start()]
    cut = max(span.rfind("\n"), span.rfind("("), span.rfind(")"))
    span = span[cut + 1 :]
    found = list(WORD.finditer(span))
    words = [w.group() for w in found]
    k = match_acronym(mt.group(1), words)
    if k is None:
        return False
    at = begin + (cut + 1) + found[k].start()
    # what stands right before the definition (a window, not the text so far: linear)
    head = text[max(0, at - 40) : at].rstrip(" \t")
    opens = not head or head[-1] in ".!?:\n"
    return _lower_definition(words[k:], opens)


def _spelled_after(mt: re.Match[str]) -> bool:
    """The words in the bracket after the acronym spell it out in lower case."""
    words = [w.group() for w in WORD.finditer(mt.group(2))]
    return match_acronym(mt.group(1), words) == 0 and _lower_definition(words, False)


def lower_case_definitions(text: str) -> frozenset[str]:
    """The acronyms (singular) the text spells out in lower-case words, before them in
    brackets ("liquefied natural gas (LNG)") or after them ("LNG (liquefied natural gas)").
    One scan of the text for each form."""
    out = {_singular(mt.group(1)) for mt in BRACKETED.finditer(text) if _spelled_before(text, mt)}
    out |= {_singular(mt.group(1)) for mt in SPELLED_AFTER.finditer(text) if _spelled_after(mt)}
    return frozenset(out)


def defined_in_lower_case(text: str, acronym: str) -> bool:
    """The text spells ``acronym`` (or its plural) out in lower-case words."""
    return _singular(acronym) in lower_case_definitions(text)


def count_nouns(doc: Doc, text: str) -> frozenset[str]:
    """The acronyms the document writes with a plural's "s" ("SMEs"), or as the head of a noun
    phrase after "a"/"an" ("an SME pays", "a PMI above 50"; not "an IMF loan", where the
    acronym modifies the noun after it). One scan of the text for each form."""
    out = {mt.group(1) for mt in PLURAL.finditer(text)}
    for mt in AFTER_ARTICLE.finditer(text):
        if mt.group(1) in out:
            continue
        span = doc.char_span(mt.start(1), mt.end(1))
        if span is None or len(span) != 1:
            continue
        i = span[0].i
        if i + 1 < len(doc) and doc[i + 1].pos_ in NOUN_POS:
            continue  # "an IMF loan": the acronym names whose loan it is
        out.add(mt.group(1))
    return frozenset(out)


def used_as_count_noun(doc: Doc, text: str, acronym: str) -> bool:
    """The document uses ``acronym`` as a count noun (``count_nouns``)."""
    return _singular(acronym) in count_nouns(doc, text)


def concept_acronyms(doc: Doc, ents: list[Ent], defined: set[str]) -> list[Ent]:
    """Drop the mentions of acronyms the document uses as common nouns (see the module
    docstring).

    doc (Doc): the Doc (its text, and the tag of the word after "a"/"an" + acronym).
    ents (list[Ent]): the entities so far.
    defined (set[str]): the acronyms ``linking.find_acronyms`` read as defined by lower-case
        or generic words ("certification products contracts (CPC)").
    RETURNS (list[Ent]): the entities kept.
    """
    text = text_of(doc)
    groups: dict[str, list[Ent]] = {}
    for e in ents:
        span = text[e.start : e.end]
        if (
            e.type in CHECKED
            and e.name == span
            and ACRONYM.fullmatch(_singular(span))
            and sum(c.isupper() for c in span) >= 2
        ):
            groups.setdefault(_singular(span), []).append(e)
    if not groups:
        return ents
    spelled, counted = lower_case_definitions(text), count_nouns(doc, text)
    dropped: set[int] = set()
    for acronym, group in groups.items():
        if _known(acronym):
            continue
        if (
            acronym in defined
            or _plural(acronym) in defined
            or acronym in spelled
            # a currency's ISO 4217 code ("quoted in UGX"): money, no body (the tables keep
            # firms whose letters are also a code: "AMD")
            or (
                acronym in _currency_codes()
                and not any(body_evidence(text, e.start, e.end) for e in group)
            )
            # a count noun, unless a mention is a body's ("SMEs want credit, SME said")
            or (acronym in counted and not any(body_evidence(text, e.start, e.end) for e in group))
        ):
            dropped.update(id(e) for e in group)
    return [e for e in ents if id(e) not in dropped] if dropped else ents


def _staff_of(doc: Doc, text: str, start: int, end: int) -> bool:
    """People of a body stand before the letters ("officials at KNBS", "a spokeswoman for
    KPLC"; ``commons.staff_before``) and no noun follows them, which they would modify
    ("engineers at LNG terminals")."""
    if not staff_before(text, start):
        return False
    span = doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    i = span[-1].i
    return not (i + 1 < len(doc) and doc[i + 1].pos_ in NOUN_POS)


@cache
def _currency_codes() -> frozenset[str]:
    """ISO 4217 codes (``currencies.jsonl``)."""
    return frozenset(
        str(r["code"]) for r in read_jsonl("currencies.jsonl") if r.get("type") == "code"
    )


@cache
def _codes() -> frozenset[str]:
    """Letters that are codes, not names: ISO 4217 currency codes, ISO 3166 country codes,
    units and time zones in capitals."""
    out = set(_currency_codes()) | {str(r["code"]) for r in read_jsonl("country_codes.jsonl")}
    out |= {u.upper() for u in unit_table()} | {z.upper() for z in form_words("time_zone")}
    return frozenset(out)


def body_acronyms(
    doc: Doc, ents: list[Ent], taken: list[tuple[int, int]], not_entities: set[str]
) -> list[Ent]:
    """``ents`` with the untagged acronyms that the text shows to be bodies added as ORG (see
    the module docstring), in text order.

    doc (Doc): the Doc.
    ents (list[Ent]): the entities so far.
    taken (list[tuple[int, int]]): spans of figures and dates (no names there).
    not_entities (set[str]): the acronyms the linking read as defined by lower-case words.
    RETURNS (list[Ent]): the entities with the bodies added.
    """
    text = text_of(doc)
    covered = Intervals([(e.start, e.end) for e in ents] + taken)
    added: list[Ent] = []
    concepts: frozenset[str] | None = None  # read once, where a body's evidence asks for it
    for mt in CAPITALS.finditer(text):
        word = mt.group()
        start, end = mt.span()
        if (
            sum(c.isupper() for c in word) < 2
            or word.lower() in STOP_WORDS  # "THE CHAIR:", "IT said" in a line of capitals
            or ROMAN.fullmatch(word)
            or word in _codes()
            or overlaps(start, end, covered)
            or not (body_evidence(text, start, end) or _staff_of(doc, text, start, end))
        ):
            continue
        begin, line = line_around(text, start)
        before = text[begin:start]
        if headline(line) or before.rfind("(") > before.rfind(")"):
            continue  # a heading's word; a ticker in brackets ("(NASDAQ: CRVN)")
        if concepts is None:
            concepts = lower_case_definitions(text) | count_nouns(doc, text)
        if word not in concepts and word not in not_entities and _plural(word) not in not_entities:
            added.append(Ent(start, end, "ORG", word))
    if not added:
        return ents
    return sorted(ents + added, key=lambda e: e.start)
