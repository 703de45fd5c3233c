"""One-word names typed by the slot the sentence puts them in (session 40, issue 13, types40).

Run by the entities component before the document-level linking (``coref.link_names``), so that
the one-type vote carries the slot's type to the name's other mentions. A one-word name that no
table knows (no town, country, subdivision or alias of the gazetteer, no listed company, no club,
no English word, no surname of a person the document names in full) is typed by its slot:

- a place (GPE) right before a lower-case word for a settlement or a local unit of government
  (``entity_words.jsonl`` kind ``settlement_unit``: "Nyamukubi village", "Godagari upazila",
  "Kalehe territory", "Sindhupalchok district"; "the Kesmark town hall", the town's hall, too); NER's ORG, PERSON, NORP, LOC or FAC for it gives way (ANNOTATION.md:
  administrative units and towns are GPE);
- a place (GPE) right before a comma and a place the document or the gazetteer gives ("Mweso,
  North Kivu,", "Barekot, Nepal."), the place followed by a comma, a stop or the line's end
  (not "X, Britain's biggest ..."); NER's ORG or LOC for it gives way, a person's name does not
  ("Halvorsen, Norway,": a result list's player);
- a place (GPE) in a list of places after a place's preposition ("Families from Bushushu and
  Nyamukubi", "in Kurmin, Dogo and Tsafe"): a name joined by "and", "or" or a comma to a
  name typed a place, the list opened by "in", "near", "from", "to", "between", "around" or
  "outside"; the partner is NER's or the gazetteer's place, not a country the list could hold
  beside bodies ("in Apple and France" is no list of towns: a listed company stays);
- a natural place (LOC) between "the" and a lower-case natural feature word (``entity_forms``
  kind ``natural_after``: "the Troodos hills", "the Hoggar massif"), as ``context.natural_places``
  reads it, for the names ``unknowns`` tagged after that rule ran (NER left "Troodos" out);
- a natural place (LOC) after a part of one and "of" (``entity_words.jsonl`` kind
  ``natural_part``: "the slopes of Semeru", "the foothills of Rwenzori", "the shores of Kivu");
- a product (PRODUCT) after a verb of driving, flying or firing one and an article
  (``product_forms.jsonl`` kind ``operate_verb``: "drove the Cybertruck", "flew the Reaper"),
  for a name NER typed ORG; and a drug (PRODUCT) after who takes one and the verb that gives it
  (``dosed_who``, ``dose_verb``: "patients given Lumidex", "adults taking X").

The one-word names NER types wrongly are mostly the small places and products no table holds;
those a table holds are the other rules' (``places``, ``context``, ``evidence``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from briefx.normalize.names import (
    entity_words,
    form_words,
    lookup_alias,
    lookup_company,
    lookup_person,
    place_kinds,
    place_pop,
)
from briefx.pipeline._util import text_of
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.clubs import known_club
from briefx.pipeline.entities.context import NEXT_LOWER, OF_KIND, noun_after
from briefx.pipeline.entities.products import product_words

__all__ = ["slot_types"]

WORD = re.compile(r"[A-Z][a-zà-ÿ'’-]+\Z")  # one capitalised word, no digits, no capitals inside
UNIT_AFTER = re.compile(r" ([a-z-]+)\b(?!-)")
PLACE_AFTER = re.compile(r", ")
PLACE_END = re.compile(r"(?:[,.;:)\n]|\Z)")
# after a place that follows a name NER typed a person, the clause goes on in words: a result
# list's "Halvorsen, Norway, 1:45.2" is a player's row
CLAUSE_ON = re.compile(r"(?:, [a-z]|[.;]|\n|\Z)")
THE_BEFORE = re.compile(r"(?<![\w-])the \Z")
DOSED = re.compile(r"\b([A-Za-z]+) ([a-z]+(?: with)?) \Z")
LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or "})
PLACE_PREP = re.compile(r"\b(?:in|near|from|to|between|around|outside) \Z")
PART_OF = re.compile(r"\b([a-z]+) of (?:the )?\Z")
OPERATED = re.compile(r"\b([a-z]+) (?:the|a|an|its|their|his|her) \Z")


def _unknown(word: str, english: frozenset[str], people: frozenset[str]) -> bool:
    """No table, no English word and no surname of the document's people explains the name."""
    if not WORD.match(word) or word.lower() in english or word in people:
        return False
    if place_pop(word) >= 0 or place_kinds().get(word) or lookup_alias(word):
        return False
    return not (lookup_company(word) or lookup_person(word) or known_club(word))


def _surnames(text: str, ents: list[Ent]) -> frozenset[str]:
    """The words of the full names of the document's people ("Kovacs" of "Amelia Kovacs")."""
    out: set[str] = set()
    for e in ents:
        if e.type == "PERSON" and " " in text[e.start : e.end]:
            out.update(text[e.start : e.end].split())
            out.update(e.name.split())
    return frozenset(out)


def _unit_slot(text: str, e: Ent) -> bool:
    """A settlement or local unit word right after the name (also before a noun it modifies:
    "Kesmark town hall", "Brandt district officials" name the town's hall, the district's
    officials)."""
    mt = UNIT_AFTER.match(text, e.end)
    return mt is not None and mt.group(1) in entity_words("settlement_unit")


def _place_slot(text: str, e: Ent, starts: dict[int, Ent]) -> bool:
    """A comma and a place right after the name, then a comma, a stop or the line's end (for a
    name NER typed a person, a comma and a lower-case word, a stop or the line's end)."""
    if not PLACE_AFTER.match(text, e.end):
        return False
    place = starts.get(e.end + 2)
    if place is None or place.type not in ("GPE", "LOC"):
        return False
    word = text[place.start : place.end]
    known = place_kinds().get(word) in ("country", "us_state") or place_pop(word) >= 0
    end = CLAUSE_ON if e.type == "PERSON" else PLACE_END
    return (known or place.type == "GPE" or " " in word) and bool(end.match(text, place.end))


def _natural_slot(text: str, e: Ent) -> bool:
    """ "the" before the name and a natural feature word after it, with no "of" and a kind after
    the word ("the Kestrel plain of wheat")."""
    mt = NEXT_LOWER.match(text, e.end)
    if not mt or mt.group(1) not in form_words("natural_after"):
        return False
    return bool(THE_BEFORE.search(text[max(0, e.start - 5) : e.start])) and not OF_KIND.match(
        text, mt.end()
    )


def _listed_place(text: str, ents: list[Ent], i: int) -> bool:
    """The name ``ents[i]`` stands in a list of places opened by a place's preposition (see the
    module docstring); ``ents`` in text order."""
    lo = hi = i
    while lo > 0 and text[ents[lo - 1].end : ents[lo].start] in LIST_GAPS:
        lo -= 1
    while hi + 1 < len(ents) and text[ents[hi].end : ents[hi + 1].start] in LIST_GAPS:
        hi += 1
    first = ents[lo]
    if lo == hi or not PLACE_PREP.search(text[max(0, first.start - 10) : first.start]):
        return False
    if hi - lo == 1 and text[first.end : ents[hi].start].startswith(","):
        # two names joined by a comma are no list: an apposition ends there ("Wipro, based in
        # Bengaluru, and Zoho of Chennai"; "in Mweso, North Kivu")
        return False
    return any(_place(text, ents[k]) for k in range(lo, hi + 1) if k != i)


def _place(text: str, e: Ent) -> bool:
    """A town, subdivision or district typed a place (not a country: "in Apple and France")."""
    return e.type == "GPE" and place_kinds().get(text[e.start : e.end]) != "country"


def _part_slot(text: str, e: Ent) -> bool:
    """A part of a natural place and "of" right before the name ("the foothills of X")."""
    mt = PART_OF.search(text[max(0, e.start - 30) : e.start])
    return mt is not None and mt.group(1) in entity_words("natural_part")


def _operated(doc: Doc, e: Ent, english: frozenset[str]) -> bool:
    """A verb of driving, flying or firing and an article right before the name, or who takes a
    drug and the verb that gives it, with no noun after the name that it modifies ("patients
    given Medicare cover")."""
    text = text_of(doc)
    mt = OPERATED.search(text[max(0, e.start - 30) : e.start])
    if mt is not None and mt.group(1) in product_words("operate_verb"):
        return True
    mt = DOSED.search(text[max(0, e.start - 40) : e.start])
    return (
        mt is not None
        and mt.group(1).lower() in product_words("dosed_who")
        and mt.group(2) in product_words("dose_verb")
        and not noun_after(doc, e.end, english)
    )


def slot_types(doc: Doc, ents: list[Ent], english: frozenset[str]) -> None:
    """Type one-word names that no table knows by their slot (see the module docstring).

    doc (Doc): the document (its text; its tags where a noun after a name counts).
    ents (list[Ent]): the mentions, changed in place.
    english (frozenset[str]): English words in lower case (WordNet's index).
    """
    text = text_of(doc)
    people = _surnames(text, ents)
    starts = {e.start: e for e in ents}
    order = sorted(ents, key=lambda m: m.start)
    for i, e in enumerate(order):
        if e.fixed or e.titles or e.type in ("GPE", "LAW", "EVENT", "PRODUCT"):
            continue
        word = text[e.start : e.end]
        if not _unknown(word, english, people):
            continue
        if _unit_slot(text, e):
            e.type, e.fixed = "GPE", True  # "Nyamukubi village", "Sindhupalchok district"
        elif e.type in ("ORG", "LOC", "PERSON") and _place_slot(text, e, starts):
            e.type, e.fixed = "GPE", True  # "Mweso, North Kivu,"
        elif e.type == "ORG" and _listed_place(text, order, i):
            e.type, e.fixed = "GPE", True  # "Families from Bushushu and Nyamukubi"
        elif e.type in ("ORG", "PERSON") and (_natural_slot(text, e) or _part_slot(text, e)):
            e.type, e.fixed = "LOC", True  # "the Troodos hills", "the foothills of Rwenzori"
        elif e.type in ("ORG", "PERSON") and _operated(doc, e, english):
            e.type, e.fixed = "PRODUCT", True  # "drove the Cybertruck"
