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

Session 44 (places44) adds the villages and small towns of ``models/small_places.jsonl``
(GeoNames cities500, the names ``world_places`` lacks; ``names.small_place``): a name of one to
three words that NER typed ORG (or NORP) and that nothing marks as a body (no head word of a
body or a firm, no legal form, no listed company, club or alias, no acronym, no English word
alone) is a place (GPE) in a place's slot: after a locative preposition ("in", "at", "near",
"from", "to", "outside", "between" ...; "At X:" opening a results line), after a part of a
place or its people and "of" ("parts of", "north of", "the village of", "coasts of", "the mayor
of"), before "mayor" ("X mayor Jane Roe"), before a comma and a place (as above); and a name of
the table in a list with a name so typed, with a town typed a place ("for Pontypridd,
Ynysybwl and Crickhowell"), or with another name of the table in the same country ("reached
Mtsamboro and Chirongui"). One word NER typed a person is taken too where no family or given
name of the tables is that word, by the preposition's, the comma's or the list's slot ("Parts
of Pechea and Cudalbi"). Untouched: a firm's word before the preposition ("a stake in X",
"workers at X": ``_firm_words``), a country at the other end of "between" ("talks between X
and Kenya"), a name that opens a longer body's name in the text ("X Green Energy ... from X").
The table never names a mention: it only types it.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from briefx.normalize.names import (
    body_words,
    company_tails,
    entity_words,
    form_words,
    is_surname,
    lookup_alias,
    lookup_company,
    lookup_person,
    org_heads,
    place_kinds,
    place_pop,
    small_place,
)
from briefx.pipeline._util import text_of
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.clubs import known_club
from briefx.pipeline.entities.context import NEXT_LOWER, OF_KIND, noun_after
from briefx.pipeline.entities.facilities import clause_start, reads_as_match
from briefx.pipeline.entities.products import product_words
from briefx.resources import table_index

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
# a place's slot for a name of the small-places table (session 44): a locative preposition, or
# a part of a place (or its people) and "of", right before the name; "mayor" right after it
SMALL_BEFORE = re.compile(
    r"(?<![\w-])(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Tt]o|[Oo]utside|[Aa]round|[Bb]etween|[Tt]owards?"
    r"|[Ii]nto|[Aa]cross|[Tt]hrough|[Vv]ia|\b([A-Za-z]+) of) \Z"
)
BETWEEN_OTHER = re.compile(r" and ((?:[A-Z][\w'’-]+ ?)+)")
FIRM_BEFORE = re.compile(r"\b([A-Za-z-]+) \Z")
MAYOR_AFTER = re.compile(r"(?:['’]s)? [Mm]ayor\b")
SMALL_WORD = re.compile(r"[A-Z][\w'’-]*[a-zà-ÿ][\w'’-]*\Z")  # no acronym ("PSA"), no digits
PARTICLE = re.compile(r"[a-z]{1,3}\Z")  # "Eldorado do Sul", "Chandrexa de Queixa"


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
    _small_places(text, order, english, people)


def _place_parts() -> frozenset[str]:
    """The lower-case words before "of" that make what follows a place ("parts of", "north of",
    "the village of", "residents of", "the mayor of"): ``entity_words`` kinds ``place_part``,
    ``direction``, ``gpe_context``, ``settlement_unit`` and ``city_office``."""
    kinds = ("place_part", "direction", "gpe_context", "settlement_unit", "city_office")
    return frozenset().union(*(entity_words(k) for k in kinds))


def _small_name(name: str, english: frozenset[str], people: frozenset[str]) -> bool:
    """A name of the small-places table that nothing marks as a body's (see the docstring)."""
    words = name.split()
    if not 1 <= len(words) <= 3 or not SMALL_WORD.match(words[0]):
        return False
    if len(words) == 1:
        if not _unknown(name, english, people):
            return False
    else:
        if not all(SMALL_WORD.match(w) or PARTICLE.match(w) for w in words):
            return False
        if place_pop(name) >= 0 or place_kinds().get(name) or lookup_alias(name):
            return False
        if lookup_company(name) or lookup_person(name) or known_club(name):
            return False
    if any(w.lower().rstrip(".") in _body_heads() for w in words):
        return False
    return bool(small_place(name))


@cache
def _body_heads() -> frozenset[str]:
    """The head words of bodies and firms and the firms' tails, joined once (not per mention)."""
    return org_heads() | body_words() | company_tails()


def _small_slot(text: str, e: Ent, mayor: bool = True) -> bool:
    """A place's slot around the mention: a locative preposition or a place's part and "of"
    right before it, "mayor" right after it (where ``mayor``)."""
    before = text[max(0, e.start - 40) : e.start]
    mt = SMALL_BEFORE.search(before)
    if mt is not None:
        if mt.group(1) is not None:
            return mt.group(1).lower() in _place_parts()
        if mt.group(0).lower() == "at " and reads_as_match(
            text[clause_start(text, e.start) : e.start]
        ):
            return False  # "Preston beat Bolton 2-1 at Deepdale": the ground (match_venues)
        if mt.group(0).lower().startswith("between"):
            # the other end is no country: "talks between Adani and Kenya" are a firm's
            mt2 = BETWEEN_OTHER.match(text, e.end)
            if mt2 is None or place_kinds().get(mt2.group(1).strip()) == "country":
                return False
        # not a firm's word before the preposition: "a stake in X", "workers at X"
        word = FIRM_BEFORE.search(before[: mt.start()])
        return word is None or word.group(1).lower() not in _firm_words()
    return mayor and bool(MAYOR_AFTER.match(text, e.end))


@cache
def _firm_words() -> frozenset[str]:
    """Lower-case words that, before "in"/"at"/"from"/"to" and a name, make the name a firm's
    ("shares in", "a stake in", "workers at", "analysts at", "the chairman of"): ``entity_forms``
    kinds ``firm_holding``, ``firm_stake``, ``firm_staff``, ``firm_people``, ``firm_role``,
    ``firm_part``, ``firm_noun`` and ``org_descriptor``."""
    kinds = ("firm_holding", "firm_stake", "firm_staff", "firm_people", "firm_role", "firm_part",
             "firm_noun", "org_descriptor")  # fmt: skip
    return frozenset().union(*(form_words(k) for k in kinds))


def _list_partners(text: str, ents: list[Ent], i: int) -> list[Ent]:
    """The other names of the list ``ents[i]`` stands in (joined by commas, "and", "or")."""
    lo = hi = i
    while lo > 0 and text[ents[lo - 1].end : ents[lo].start] in LIST_GAPS:
        lo -= 1
    while hi + 1 < len(ents) and text[ents[hi].end : ents[hi + 1].start] in LIST_GAPS:
        hi += 1
    return [ents[k] for k in range(lo, hi + 1) if k != i]


def _namesake(text: str, partner: Ent, e: Ent) -> bool:
    """A list's partner that is a village or small town of a country that has one of the
    mention's name too ("reached Mtsamboro and Chirongui": two villages of Mayotte)."""
    mine = set(small_place(text[e.start : e.end]))
    return bool(mine) and not mine.isdisjoint(small_place(text[partner.start : partner.end]))


def _small_places(
    text: str, order: list[Ent], english: frozenset[str], people: frozenset[str]
) -> None:
    """Type the villages and small towns of the small-places table NER typed a body (ORG or
    NORP) by their slot, then the ones in a list with a place (see the module docstring); one
    word NER typed a person that no family or given name of the tables is, by a preposition's
    or a comma's slot or a list only."""
    starts = {e.start: e for e in order}
    # a name that opens a longer body's name in the text is that body's ("Adani Group ... power
    # from Adani")
    bodies = {text[e.start : e.end].split(maxsplit=1)[0] for e in order
              if e.type == "ORG" and " " in text[e.start : e.end]}  # fmt: skip
    todo: list[int] = []
    for i, e in enumerate(order):
        if e.fixed or e.titles or e.type not in ("ORG", "NORP", "PERSON"):
            continue
        word = text[e.start : e.end]
        if word in bodies or not _small_name(word, english, people):
            continue
        if e.type == "PERSON":
            # one word no family or given name of the tables is, after a place's preposition or
            # before a comma and a place: "between Altenahr and ...", "Parts of Pechea"
            if (
                " " in word
                or is_surname(word)
                or table_index("given_names.jsonl", "name").get(word)
            ):
                continue
            if _small_slot(text, e, mayor=False) or _place_slot(text, e, starts):
                e.type, e.fixed = "GPE", True
            else:
                todo.append(i)
            continue
        if _small_slot(text, e) or _place_slot(text, e, starts):
            e.type, e.fixed = "GPE", True  # "parts of Pechea", "Paiporta mayor Maribel Albalat"
        else:
            todo.append(i)
    changed = True
    while changed:  # a name a partner's typing makes a place can make the next one a place
        changed = False
        for i in list(todo):
            if any(
                _place(text, p) or _namesake(text, p, order[i])
                for p in _list_partners(text, order, i)
            ):
                order[i].type, order[i].fixed = "GPE", True  # "Ynysybwl and Crickhowell"
                todo.remove(i)
                changed = True
