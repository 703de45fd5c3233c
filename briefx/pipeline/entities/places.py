"""Places the NER missed, cut or typed otherwise, read off the gazetteer and the words around
them (session 11, issue 13 places: GPE and LOC recall outside the U.S. and Western Europe).

Run by the component after the context and product rules and before the document-level
linking (``coref.link_names``), whose type vote a rule's ``fixed`` type wins:

1. Longer gazetteer names: a place NER cut before a lower-case particle ("Rio Grande" of "Rio
   Grande do Sul", "Eldorado" of "Eldorado do Sul") takes the words up to the longest name the
   gazetteer (``models/world_places.jsonl``) knows.
2. Subdivisions by their title: a span typed LOC that ends with a capitalised subdivision word
   and is the gazetteer's subdivision ("Central Region" of Malawi) or a place it knows before
   that word ("Osh Region", "Sughd Region", "Shefa Province") is a GPE (ANNOTATION.md:
   administrative units are GPE); a one-word region stays ("the Sahel").
3. Places typed a body: a name typed ORG or NORP that the gazetteer knows as a city or a
   subdivision is a GPE where a preposition of place comes before it ("a ship from Noumea",
   "moved to Hafnarfjordur") or "and" or a comma joins it to a place ("Hafnarfjordur and
   Keflavik"); not a company the tables know ("shares in Toyota"), nor a name that speaks.
4. Untagged names before a lower-case subdivision word that only names subdivisions
   ("Yemen's Hodeidah province", "the Aichi prefecture") are a GPE titled with that word, as
   ``context.subdivisions`` titles the ones NER found.

5. Natural features: a name typed NORP that no table knows before a natural feature word ("the
   Mayon volcano") is a LOC, and so is a name typed ORG or FAC joined by "and" to a natural
   feature ("the Pamir Mountains and the Tian Shan").
6. Untagged places in lists: a capitalised name NER left untagged that the gazetteer knows (a
   city of 15,000 people, a subdivision, a country) is a GPE where a preposition of place comes
   before it or a list joins it to a place, figures between allowed ("Chennai 210 mm, Colombo
   180 mm, Male 95 mm"); not a given name ("Florence"), a word in capitals, nor an English word
   unless it names a city of 100,000 people away from a sentence's start (WordNet lists large
   cities: "Colombo", "Chennai").

7. One-word places after "the" (session 13): a name NER typed a person or an organisation
   that no table knows and no English word, after a preposition of place and "the" ("from the
   Pilbara", "across the Maghreb"), is a LOC, or a GPE where the gazetteer knows the city
   ("in the Kherson region"); not a body that speaks or owns ("the Riksbank said").

8. A state's AP abbreviation after a place and its comma (session 16): "Cambridge, Mass.",
   "Macon, Ga." that NER left untagged is the state (``models/places.jsonl`` kind
   us_state_ap, the AP Stylebook's list); ``coref.places`` then names the city "City, State".

9. Islands and regions (session 17): a name NER typed GPE that WordNet knows only as an
   island or a region with no administration of its own ("Luzon", "Lesbos", "Siberia",
   "Patagonia", "New England"; ``models/land_regions.jsonl``, ``scripts/derive_land_regions.py``:
   no country, state, subdivision or large city of the tables shares the name) is a LOC; so is
   one NER typed a facility ("crossed Luzon"), and one typed a body, a person or a thing after a
   preposition of place or joined to a place ("on Mindanao", "Chios and Lesbos").

10. Two places NER ran into one name (session 17): "the road from Goma to Sake", "a ferry
   from Piraeus to Rhodes", "flights between Auckland and Rarotonga International Airport"
   typed one body or facility: after "from" ("X to Y") or "between" ("X and Y"), where X is a
   place the tables know, the span is two places: X a GPE, Y a FAC where it ends with a
   facility's head word, a LOC where it is an island or a region (rule 9), else a GPE.

11. Subdivisions of the document's country (session 24): an untagged first-level subdivision
   of the gazetteer (ISO 3166-2) is a GPE where the document names its country, another of
   its subdivisions or one of its cities ("Ontario led the gains" beside "Quebec"; "Punjab
   and Himachal Pradesh" in a story about India).

12. Rivers and ranges of a shared name (session 33): a one-word name that WordNet gives a
   natural place and another sense ("Amazon", "Rhine", "Indus";
   ``models/shared_natural_places.jsonl``, ``scripts/derive_shared_natural_places.py``), typed
   a body or a person, is a LOC after a preposition of place and "the" ("deforestation in the
   Amazon", "barges on the Rhine"), before a natural kind ("the Rhine river"), or, typed a
   person, after "the" alone ("the Rhine fell to record lows": no person takes "the"). The
   type vote gives every mention of a name one type, so where the same document also writes
   the name without "the" ("Amazon said it would fund ..."), no mention turns; not a body
   that speaks or owns ("Amazon said", "Amazon's shares"), nor one whose next word is a
   building's or a body's head ("at the Amazon warehouse"), nor a country of the tables ("in
   the Congo").

13. Names after a preposition of crossing or nearness (session 33): a one-word name NER typed
   a body or a person that no table knows (no company, alias, person, given name or English
   word), after "across", "near", "throughout", "outside" or "beyond", or a verb of motion and
   "to"/"into" ("fighting spread across Tigray", "barges waited near Kaub", "fled into
   Amhara"), is a GPE, or a LOC where it is an island or a region (rule 9); without "the" a
   one-word place is most often a town or a region with a government (a river, a sea or a
   range takes "the": rule 7). Not a body that speaks or owns.

0. Places in capitals: a headline's span in capitals that ends or opens with a place the
   tables know is cut to that place ("QUAKE ROCKS VANUATU" -> "VANUATU").

``world_regions`` runs after the type vote (session 24): a mention whose whole text is a
continent or world region of CLDR's (``models/world_regions.jsonl``, UN M.49 areas: "Africa",
"Europe", "Latin America") is a LOC with that name, also where NER, the linking or the vote made
a body of it ("Europe's largest airline", "Africa accounts for two thirds of deaths", "Africa"
linked to "Africa CDC"), or an event after a preposition of place ("cyclone season in
Polynesia"; session 33); a people's adjective (NORP), a law and an event elsewhere stay.

``place_names`` runs last (after the linking and the sports rules): a place's name written
without its diacritics takes the gazetteer's spelling wherever the place was typed
(``names.accented_place``; the naming step only sees NER's first type), and for towns the
gazetteer of large places lacks, ``models/place_spellings.jsonl`` (GeoNames towns of 1,000
people, with "ð", "þ", "æ" written "d", "th", "ae": "Hafnarfjordur" -> "Hafnarfjörður").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from briefx.normalize.cues import cues
from briefx.normalize.names import (
    accented_place,
    aliases,
    entity_words,
    fac_heads,
    lookup_alias,
    lookup_company,
    lookup_person,
    place_first_words,
    place_kinds,
    place_pop,
    row_pop,
    title_case,
    transliterated,
    world_places,
)
from briefx.pipeline.coref import Covered, Ent, document_country, unit_title
from briefx.pipeline.coref.countries import country_code
from briefx.pipeline.entities.commons import is_common
from briefx.pipeline.entities.forms import form_words, natural_kinds
from briefx.resources import figure_words, read_jsonl, table_index

__all__ = [
    "divided_region",
    "place_context",
    "place_names",
    "reached_place",
    "subdivision_codes",
    "world_regions",
]

# lower-case particles inside place names ("Rio Grande do Sul", "Coyuca de Benitez")
PARTICLE_RUN = re.compile(
    r" (?:(?:do|da|dos|das|de|del|di|du|des|la|el|al|van|von|sur|upon|on)"
    r"(?: (?:la|los|las|le|les))? )?([A-Z][\w'’-]*)"
)
# a preposition of place, or a verb whose object is a place, right before a name
PLACE_PREP = re.compile(
    r"\b(?:in|at|near|from|to|into|towards?|outside|around|via|across"
    r"|reached|reaching|visited|visiting|entered|evacuated|flooded|battered|lashed) \Z"
)
# what joins two names of a list: "X, Y", "X and Y", "X, and Y" (and "the" before features)
JOINED = re.compile(r"(?:,|,? and) ")
JOINED_THE = re.compile(r"(?:,|,? and)(?: the)? ")
TOWN = 15_000  # a city of the gazetteer this large (its table of cities), or a subdivision
BIG_TOWN = 100_000  # an English word that names a city this large may be the city
# lower-case words after a name that only name subdivisions (``context.STRONG`` and
# "district", "county" are weaker: "the Ginza district", "the Labour county")
SUBDIVISION_WORD = re.compile(r" (province|prefecture|oblast|governorate|voivodeship|canton)\b")
UNTAGGED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z-]+(?: [A-Z][a-z-]+)?)\Z")
BODY_TYPES = ("ORG", "NORP")  # not FAC: "flights from Changi" name the airport


# what a city's title adds to the name it is known by: "am Rhein", "an der Ruhr", "(Oder)"
SHORT_TAIL = re.compile(r" (?:[a-z]|\()")


def spellings() -> Mapping[str, tuple[dict[str, Any], ...]]:
    """Plain spelling -> the town written with its diacritics (models/place_spellings.jsonl,
    GeoNames towns of 1,000 people: "Grindavik" -> "Grindavík", "Hafnarfjordur")."""
    return table_index("place_spellings.jsonl", "plain")


@lru_cache(maxsize=65536)
def _rows(name: str) -> tuple[dict[str, Any], ...]:
    """The gazetteer rows of a name (cached: a long document asks for the same names often)."""
    return (
        world_places().get(name, ())
        or table_index("world_places.jsonl", "name:folded").get(name, ())
        or spellings().get(name, ())
        or tuple(  # "Ludwigshafen" of "Ludwigshafen am Rhein", "Frankfurt (Oder)"
            r
            for r in place_first_words().get(name, ())
            if SHORT_TAIL.match(str(r["name"]), len(name)) and r["kind"] == "city"
        )
    )


def gazetteer_kind(name: str) -> str:
    """ "city" or "subdivision" where the gazetteer knows ``name`` (a subdivision first), as
    written, without its accents ("Noumea" for "Nouméa", "Grindavik") or as the first words of
    a city's title ("Ludwigshafen"), else "". Countries, U.S. states and aliases are the
    tables' (``place_kinds``, ``lookup_alias``)."""
    kinds = {str(r.get("kind", "city")) for r in _rows(name)}
    if not kinds:
        return ""
    return "subdivision" if "subdivision" in kinds else "city"


def gazetteer_pop(name: str) -> int:
    """The largest population of the places ``gazetteer_kind`` finds (a subdivision 10^6)."""
    return max(map(row_pop, _rows(name)), default=-1)


def place_context(text: str, ents: list[Ent], english: frozenset[str] = frozenset()) -> None:
    """Run the place rules 0-13 over the document's mentions (in place)."""
    capitals(text, ents)
    longer_names(text, ents)
    subdivision_titles(text, ents)
    places_typed_bodies(text, ents, english)
    untagged_subdivisions(text, ents, english)
    natural_features(text, ents, english)
    untagged_places(text, ents, english)
    country_subdivisions(text, ents, english)
    places_after_the(text, ents, english)
    shared_natural_places(text, ents, english)
    places_by_preposition(text, ents, english)
    state_abbreviations(text, ents)
    islands_and_regions(text, ents)
    route_ends(text, ents)
    subdivision_types(text, ents, english)
    ents.sort(key=lambda e: e.start)


# 0. places in a headline in capitals ------------------------------------------------------------


def capitals(text: str, ents: list[Ent]) -> None:
    """A span in capitals that no table knows and that ends or opens with a place the tables
    know is that place: NER runs a headline's words into it ("QUAKE ROCKS VANUATU" ->
    "VANUATU", "MANILA FLOODS" -> "MANILA")."""
    for e in ents:
        word = text[e.start : e.end]
        words = word.split()
        if e.type not in ("GPE", "LOC") or not word.isupper() or len(words) < 2:
            continue
        if _known_caps(word):
            continue
        for n in range(len(words) - 1, 0, -1):
            tail, head = " ".join(words[-n:]), " ".join(words[:n])
            if _known_caps(tail):
                e.start = e.end - len(tail)
            elif _known_caps(head):
                e.end = e.start + len(head)
            else:
                continue
            e.name, e.fixed, e.link = title_case(text[e.start : e.end]), True, False
            if alias := lookup_alias(e.name):
                e.name = alias[0]
            break


def _known_caps(word: str) -> bool:
    titled = title_case(word)
    return bool(lookup_alias(word) or lookup_alias(titled)) or place_pop(titled) >= TOWN


# 1. longer gazetteer names --------------------------------------------------------------------


def longer_names(text: str, ents: list[Ent]) -> None:
    """Extend a place over the particles and names that make the gazetteer's longer name."""
    covered = Covered(len(text), ents)
    for e in ents:
        if e.type not in ("GPE", "LOC", "NORP", "ORG", "PERSON") or e.titles:
            continue
        word = text[e.start : e.end]
        if not word[:1].isupper() or lookup_company(word):
            continue
        end, best = e.end, 0
        for _ in range(3):  # at most three more words: "Coyuca de Benitez", "Rio Grande do Sul"
            mt = PARTICLE_RUN.match(text, end)
            if not mt or covered.hit(end + 1, mt.start(1)):
                break
            end = mt.end()
            if world_places().get(text[e.start : end]):
                best = end
        if not best:
            continue
        if covered.hit(e.end, best):  # a mention NER found inside the tail is replaced
            ents[:] = [x for x in ents if x is e or not (x.start < best and e.end <= x.start)]
        name = text[e.start : best]
        e.end, e.type, e.fixed = best, "GPE", True
        e.name = name
        covered.add(e.start, best)


# 2. subdivisions by their title --------------------------------------------------------------


def subdivision_titles(text: str, ents: list[Ent]) -> None:
    """A LOC that is a subdivision, or a known place with a subdivision word, is a GPE."""
    heads = entity_words("gpe_head") | {"region", "district", "state"}
    natural = form_words("loc_head") | form_words("loc_lead") | form_words("natural_after")
    for e in ents:
        if e.type != "LOC" or e.titles:
            continue
        word = text[e.start : e.end]
        words = word.split()
        if any(w.lower() in natural for w in words):
            continue  # "Red Sea" (also a state of Sudan), "Lake Malawi": the natural feature
        if len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower() not in heads:
            continue  # "the Sahel" (a region of Burkina Faso), "Blue Nile" (a state of Sudan)
        if gazetteer_kind(word) == "subdivision" or gazetteer_kind(" ".join(words[:-1])):
            e.type, e.fixed, e.link = "GPE", True, False


# 3. places typed a body ----------------------------------------------------------------------


def _town(word: str, english: frozenset[str]) -> bool:
    """A name the gazetteer knows as a place and no table gives another kind."""
    if lookup_company(word) or place_kinds().get(word) == "demonym":
        return False
    if word.lower() in english and gazetteer_pop(word) < BIG_TOWN:
        return False  # "Orange", "Bath"; WordNet also lists large cities ("Colombo")
    alias = lookup_alias(word)
    if alias:
        return alias[1] in ("GPE", "LOC")
    # a small U.S. place ("Red Cross", Louisiana) is no evidence; a town's accented name is
    return gazetteer_pop(word) >= TOWN or (
        gazetteer_kind(word) == "city" and word not in world_places()
    )


def places_typed_bodies(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A known place typed ORG, FAC or NORP after a preposition of place, or joined to a place
    by "and" or a comma, is a GPE (twice over, so a run of joined names all turn)."""
    verbs = cues()
    order = sorted(ents, key=lambda e: e.start)
    for _ in range(2):
        for k, e in enumerate(order):
            if e.type not in BODY_TYPES or e.titles or e.tags & {"label", "player"}:
                continue
            word = text[e.start : e.end]
            if not word[:1].isupper() or word.isupper() or not _town(word, english):
                continue
            nxt = re.match(r" ([a-z]+)\b", text[e.end : e.end + 20])
            if nxt and nxt.group(1) in verbs:
                continue  # "Noumea said": a body that speaks
            if _place_context(text, order, k):
                e.type, e.fixed, e.link = "GPE", True, False


def _place_context(text: str, order: list[Ent], k: int) -> bool:
    e = order[k]
    if PLACE_PREP.search(text, max(0, e.start - 14), e.start):
        return True
    if k > 0:
        prev = order[k - 1]
        gap = text[prev.end : e.start]
        if prev.type in ("GPE", "LOC") and JOINED.fullmatch(gap):
            return True
    if k + 1 < len(order):
        nxt = order[k + 1]
        gap = text[e.end : nxt.start]
        if nxt.type in ("GPE", "LOC") and JOINED.fullmatch(gap):
            return True
    return False


# 4. untagged names before a subdivision word ---------------------------------------------------


def untagged_subdivisions(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """ "Hodeidah province" that NER missed: a GPE titled "Hodeidah Province"."""
    covered = Covered(len(text), ents)
    country: str | None = None  # the document's, read once where a title needs it
    for mt in SUBDIVISION_WORD.finditer(text):
        before = UNTAGGED_BEFORE.search(text, max(0, mt.start() - 40), mt.start())
        if not before:
            continue
        s, end = before.span(1)
        word = before.group(1)
        if covered.hit(s, end) or any(
            w.lower() in STOP_WORDS or w.lower() in english for w in word.split()
        ):
            continue
        if s > 0 and text[s - 1] not in " \n\t(":
            continue
        if country is None:
            country = document_country(text, ents) or ""
        ents.append(Ent(s, end, "GPE", unit_title(word, mt.group(1), country), fixed=True))
        covered.add(s, end)


# 5. natural features typed a body or a people -------------------------------------------------


def natural_features(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A name typed NORP that no table knows as a people, before a lower-case natural feature
    word ("the Mayon volcano", "the Taal volcano"), is a LOC (``context.natural_places`` reads
    the other types); and a name typed ORG or FAC that "and" joins to a natural feature LOC
    ("the Pamir Mountains and the Tian Shan") is one too, unless a table knows it."""
    after = form_words("natural_after")
    natural = form_words("loc_head") | form_words("loc_lead")
    order = sorted(ents, key=lambda e: e.start)
    for k, e in enumerate(order):
        word = text[e.start : e.end]
        if e.titles or not word[:1].isupper() or word.isupper() or word.lower() in english:
            continue
        if lookup_company(word) or lookup_alias(word) or place_kinds().get(word):
            continue
        if e.type == "NORP":
            mt = re.match(r" ([a-z]+)\b", text[e.end : e.end + 20])
            if mt and mt.group(1) in after:
                e.type, e.fixed = "LOC", True
            continue
        if e.type not in ("ORG", "FAC") or e.fixed:
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(order) or order[j].type != "LOC":
                continue
            other = order[j]
            gap = text[other.end : e.start] if j < k else text[e.end : other.start]
            words = text[other.start : other.end].lower().split()
            if JOINED_THE.fullmatch(gap) and any(w in natural for w in words):
                e.type, e.fixed = "LOC", True
                break


# 6. untagged places in lists ---------------------------------------------------------------------

NAME_RUN = re.compile(r"(?<![\w'’.&-])([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,3})(?![\w'’&-])")
# between two names of a list: a figure of the first allowed ("Chennai 210 mm, Colombo")
LIST_GAP = re.compile(r"(?: [-+−]?\d[\d.,]*(?: ?%| [a-z]{1,6})?)?(?:,|;|,? and) ")


SENTENCE_START = re.compile(r"(?:^|[.!?;]\s*|\n)\Z")
# where a name opens a sentence, a line, a table row or a bullet (session 35): the text's or a
# line's start, a bullet's mark, or a sentence's end (a closing quote allowed) and a space
OPENING = re.compile(r"(?:(?:^|\n)[ \t]*(?:[-*•·–—>][ \t]+)?|[.!?][\"”’]?[ \t]+)\Z")
# what follows a place that opens a line or a sentence: a colon ("- Gauteng: 1,200 cases"), a
# figure ("Punjab 12.5 mm"), a list's joint before a name ("Cebu and Bohol"), or a verb in the
# past or an auxiliary ("Lahore recorded", "Kelantan was worst hit"); not a speech verb (a body
# speaks: "Noumea said"), nor a lower-case noun ("Punjab farmers"), nor a possessive
OPENER_NEXT = re.compile(
    r"(?::|[ \t]+[-+−]?\d|(?:,| and) [A-Z]"
    r"| (?:[a-z]+ed|is|was|has|had|will|saw|won|lost|led|fell|rose|hit|held|sent|took|got|"
    r"made|gave|became|remains|remained|reports|records|tops|leads|votes)\b)"
)


def _lower_place_word(word: str) -> bool:
    """``word`` (lower case), a word of a place's name, that WordNet also writes in lower case
    (``models/lower_place_words.jsonl``: "nice", "reading", "bath", "northern")."""
    return bool(table_index("lower_place_words.jsonl", "word").get(word))


@lru_cache(maxsize=1)
def _match_side() -> re.Pattern[str]:
    """A match's verb whose object is a side, a score or "the" ("Leeds hosted Hull", "Bolton
    won 2-1", "Derby lost the final": a club named by its town; ``entity_forms.jsonl`` kind
    ``match_verb``); "Galway hosted it", "Punjab won 40 seats" stay open."""
    verbs = "|".join(sorted(form_words("match_verb"), key=len, reverse=True))
    return re.compile(
        rf" (?:(?:have|has|had|were|was) )?(?:{verbs}) (?:the\b|[A-Z]|\d+ ?[-–] ?\d+\b)"
    )


def _opener(text: str, s: int, end: int, word: str) -> bool:
    """A place name (``word`` at ``s:end``) that opens a line or a sentence and that a colon, a
    figure, a list's joint or a verb follows, and no English word (one WordNet writes in lower
    case: "Nice weather", "Mobile phone sales"), given name or surname stands there ("Jackson
    scored"): a surname that is a country or a first-level subdivision passes ("Galway",
    "Mendoza")."""
    if not OPENING.search(text, max(0, s - 6), s) or not OPENER_NEXT.match(text, end):
        return False
    if _match_side().match(text, end):
        return False
    if any(_lower_place_word(w.lower()) for w in re.split("[ -]", word)):
        return False
    if word in table_index("given_names.jsonl", "name"):
        return False
    if word in table_index("surnames.jsonl", "name"):  # a large town of one: "Mendoza"
        return place_pop(word) >= BIG_TOWN or place_kinds().get(word) == "country"
    return True


def _person_words(text: str, ents: list[Ent]) -> set[str]:
    """The words of the document's people ("Santos" of "Carlos Santos": "Santos scored")."""
    return {w for e in ents if e.type == "PERSON" for w in text[e.start : e.end].split()}


def untagged_places(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Untagged names the gazetteer knows, after a preposition of place, in a list of places, or
    opening a line or a sentence (``_opener``, session 35)."""
    given = table_index("given_names.jsonl", "name")
    covered = Covered(len(text), ents)
    found: list[Ent] = []
    people: set[str] | None = None  # read once, where a name opens a line
    for mt in NAME_RUN.finditer(text):
        s, end = mt.span(1)
        word = mt.group(1)
        if covered.hit(s, end) or word.isupper():
            continue
        if not _known_place(word):
            continue
        words = [w.lower() for w in re.split("[ -]", word)]
        if any(w in STOP_WORDS for w in words):
            continue
        tags = {"listed_place"}
        if _opener(text, s, end, word):
            if people is None:
                people = _person_words(text, ents)
            if word not in people:
                found.append(
                    Ent(s, end, "GPE", word, fixed=True, link=False, tags=tags | {"opener"})
                )
                continue
        if word in given:
            if place_pop(word) < BIG_TOWN:
                continue
            tags.add("given")  # "reached Reno", not "Florence, Victoria and Paris"
        if any(w in english for w in words) and (
            place_pop(word) < BIG_TOWN or SENTENCE_START.search(text, max(0, s - 3), s)
        ):
            continue  # WordNet knows large cities ("Colombo"), and words ("Reading", "Bath")
        found.append(Ent(s, end, "GPE", word, fixed=True, link=False, tags=tags))
    if not found:
        return
    # the places of the list: those typed so, and names NER typed otherwise that the gazetteer
    # knows ("Male 95 mm" typed a person, retyped by ``context.lone_names`` later)
    places = sorted(
        [
            e
            for e in ents
            if e.type in ("GPE", "LOC")
            or (
                e.type in ("PERSON", "ORG") and not e.titles and _known_place(text[e.start : e.end])
            )
        ]
        + found,
        key=lambda e: e.start,
    )
    keep: set[int] = set()
    for _ in range(3):  # a list's names join one another: "Chennai ..., Colombo ..., Male"
        for k, e in enumerate(places):
            if "listed_place" not in e.tags or id(e) in keep:
                continue
            if "opener" in e.tags or PLACE_PREP.search(text, max(0, e.start - 14), e.start):
                keep.add(id(e))
                continue
            if "given" in e.tags:
                continue
            for j in (k - 1, k + 1):
                if not 0 <= j < len(places):
                    continue
                o = places[j]
                if "listed_place" in o.tags and id(o) not in keep:
                    continue
                gap = text[o.end : e.start] if j < k else text[e.end : o.start]
                if LIST_GAP.fullmatch(gap):
                    keep.add(id(e))
                    break
    for e in found:
        if id(e) in keep:
            e.tags -= {"listed_place", "given", "opener"}
            ents.append(e)  # inside no mention (``covered``): nothing to replace


def _document_codes(text: str, ents: list[Ent]) -> set[str]:
    """The ISO 3166 codes of the countries the document's places name: a country, a
    subdivision ("Quebec" -> CA), a city of 15,000 people (its largest namesake's country)."""
    codes: set[str] = set()
    for e in ents:
        if e.type != "GPE":
            continue
        code = country_code(e.name) or country_code(text[e.start : e.end])
        if code:
            codes.add(code)
            continue
        rows = [r for r in _rows(text[e.start : e.end]) if r.get("kind") == "city"]
        top = max(rows, key=row_pop, default=None)
        if top is not None and row_pop(top) >= TOWN:
            codes.add(str(top["country"]))
    return codes


def country_subdivisions(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Untagged first-level subdivisions of a country the document names are GPEs (session
    24): "Ontario led the gains" beside "Quebec", "Otago (+2.1%)" beside "Waikato", "Punjab
    and Himachal Pradesh" in a story about India (ISO 3166-2 names of the gazetteer). Not a
    name in capitals, a direction word ("Central", "Western"), an English word of four letters, or
    of six at a sentence's start, a given name ("Victoria"), a company, an
    alias of another kind or a known person, nor one inside a mention."""
    codes: set[str] | None = None
    given = table_index("given_names.jsonl", "name")
    covered = Covered(len(text), ents)
    for mt in NAME_RUN.finditer(text):
        s, end = mt.span(1)
        word = mt.group(1)
        if covered.hit(s, end) or word.isupper() or word in given:
            continue
        subs = {
            str(r["country"]) for r in world_places().get(word, ()) if r["kind"] == "subdivision"
        }
        if not subs:
            continue
        words = [w.lower() for w in re.split("[ -]", word)]
        directions = entity_words("direction")
        if any(w in STOP_WORDS or w in directions or w[:-3] in directions for w in words):
            continue  # "Central", "Western"
        if any(w in english for w in words) and (
            len(word) < 5 or (len(word) < 7 and SENTENCE_START.search(text, max(0, s - 3), s))
        ):
            continue  # WordNet knows "Ontario", "Punjab"; not "Ain", nor "Coast" opening a sentence
        if lookup_company(word) or lookup_person(word):
            continue
        alias = lookup_alias(word)
        if alias and alias[1] != "GPE":
            continue
        if codes is None:
            codes = _document_codes(text, ents)
        if subs & codes:
            ents.append(Ent(s, end, "GPE", word, fixed=True, link=False))
            covered.add(s, end)


@lru_cache(maxsize=65536)
def _known_place(word: str) -> bool:
    """A country or state of the tables, a subdivision, or a city of 15,000 people."""
    if lookup_company(word):
        return False
    alias = lookup_alias(word)
    if alias:
        return alias[1] == "GPE"
    return gazetteer_pop(word) >= TOWN


# 7. one-word places after "the" ---------------------------------------------------------------

# a preposition of place or a verb of movement, then "the", right before a one-word name
PLACE_THE = re.compile(
    r"\b(?:in|at|near|from|to|into|towards?|outside|around|via|across|through|along|over|off"
    r"|on|under|beyond|throughout|reached|reaching|left|leaving|crossed|crossing) the \Z"
)
ONE_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*")


def places_after_the(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A one-word name after a preposition of place and "the" ("iron ore from the Pilbara",
    "drought across the Sahel", "ships waited for ... in the Bosphorus") that NER typed a
    person or an organisation, that no table knows and that is no English word, is a place:
    a GPE where the gazetteer knows a city of that name ("shelling in the Kherson region"),
    else a LOC. News copy names a region, a river, a range or a strait with "the" and one
    word; a body named so ("the Riksbank", "the Bundeswehr") acts: it speaks or owns (a cue
    verb or a possessive after it), and those stay. Session 13 (issue 13: LOC and GPE read as
    ORG, the model's default for one-word names it cannot place)."""
    verbs = cues()
    for e in ents:
        if e.type not in ("ORG", "PERSON") or e.fixed or e.titles or e.tags & {"label", "player"}:
            continue
        word = text[e.start : e.end]
        if not ONE_WORD.fullmatch(word) or word.lower() in english:
            continue
        if not PLACE_THE.search(text, max(0, e.start - 20), e.start):
            continue
        if lookup_company(word) or lookup_alias(word) or lookup_person(word):
            continue
        after = re.match(r"(?:'s|’s)\b| ([a-z]+)\b", text[e.end : e.end + 20])
        if after and (after.group(1) is None or after.group(1) in verbs):
            continue  # "the Riksbank's rate", "the Bundeswehr said": a body
        city = gazetteer_kind(word) == "city" and gazetteer_pop(word) >= TOWN
        e.type, e.fixed, e.link = ("GPE" if city else "LOC"), True, False


# 12. rivers and ranges of a shared name ---------------------------------------------------------

# the words after the name: a possessive, or a lower-case word
AFTER_NAME = re.compile(r"(?:'s|’s)\b| ([a-z]+)\b")
THE_BEFORE = re.compile(r"\b[Tt]he \Z")
CHANGE_VERBS = figure_words("change_verb") | figure_words("up_verb")


@lru_cache(maxsize=1)
def shared_natural_names() -> frozenset[str]:
    """One-word natural places WordNet also gives another sense (models/shared_natural_places)."""
    return frozenset(str(r["name"]) for r in read_jsonl("shared_natural_places.jsonl"))


def shared_natural_places(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """ "in the Amazon", "the Rhine river": a LOC (rule 12, in place)."""
    shared = shared_natural_names()
    verbs = cues()
    given = table_index("given_names.jsonl", "name")
    # a name the document also writes without "the" names the body or the person as well
    # ("Amazon said it would ..."): the type vote gives all its mentions one type, so none turns
    bare = {
        text[e.start : e.end]
        for e in ents
        if text[e.start : e.end] in shared
        and not THE_BEFORE.search(text, max(0, e.start - 4), e.start)
    }
    for e in ents:
        if e.type not in ("ORG", "PERSON") or e.fixed or e.titles or e.tags & {"label", "player"}:
            continue
        word = text[e.start : e.end]
        if word not in shared or word in given or word in bare:
            continue  # "the Don", "the Charles": a given name first
        alias = lookup_alias(word)
        if alias and alias[1] == "GPE":
            continue  # "in the Congo": the country as often as the river
        after = AFTER_NAME.match(text, e.end)
        noun = after.group(1) if after else None
        if after and (noun is None or noun in verbs):
            continue  # "Amazon's shares", "the Amazon said": a body
        the = bool(THE_BEFORE.search(text, max(0, e.start - 4), e.start))
        if (
            noun in natural_kinds()
            or noun in form_words("natural_after")
            or (the and e.type == "PERSON")
        ):
            place = the  # "the Rhine river"; "the Rhine fell": no person takes "the"
        else:
            place = bool(PLACE_THE.search(text, max(0, e.start - 20), e.start))
            if noun and not _phrase_ends(noun):
                place = False  # "at the Amazon warehouse", "the Amazon deal": a modifier
        if place:
            e.type, e.fixed, e.link = "LOC", True, False


def _phrase_ends(word: str) -> bool:
    """The lower-case word after a name is no noun it modifies: a function word ("in the Amazon
    and", "of"), a verb of change ("rose", "fell", ``figure_words``) or a past form in "-ed"
    ("burned", "flooded"). A test of form, not of the tagger's tags: the place rules read the
    text alone."""
    return word in STOP_WORDS or word in CHANGE_VERBS or word.endswith("ed")


# 13. names after a preposition of crossing or nearness ------------------------------------------

# prepositions whose object is a place more often than a body ("in", "at", "from", "to" and
# "into" also take firms: "a stake in X", "an analyst at X", "a probe into X")
NEAR_PREP = re.compile(r"\b(?:across|near|throughout|outside|beyond) \Z")


def places_by_preposition(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """ "fighting spread across Tigray", "near Kaub": a GPE (rule 13, in place)."""
    verbs = cues()
    given = table_index("given_names.jsonl", "name")
    lands = land_regions()
    for e in ents:
        if e.type not in ("ORG", "PERSON") or e.fixed or e.titles or e.tags & {"label", "player"}:
            continue
        word = text[e.start : e.end]
        if not ONE_WORD.fullmatch(word) or word.lower() in english or word in given:
            continue
        before = text[max(0, e.start - 40) : e.start]
        if not (NEAR_PREP.search(before) or reached_place(before)):
            continue
        if lookup_company(word) or lookup_alias(word) or lookup_person(word):
            continue
        after = AFTER_NAME.match(text, e.end)
        if after and (after.group(1) is None or after.group(1) in verbs):
            continue  # "across Meta's platforms", "near Kpler said": a body
        e.type, e.fixed, e.link = ("LOC" if word in lands else "GPE"), True, False


# 9. islands and regions -------------------------------------------------------------------------

# a preposition of place before an island's or a region's name ("on Mindanao", "across Siberia")
LAND_PREP = re.compile(r"\b(?:in|on|at|near|from|to|into|off|across|around|over|throughout|of) \Z")
LAND_BODY_TYPES = ("ORG", "PERSON", "NORP", "PRODUCT")


@lru_cache(maxsize=1)
def land_regions() -> Mapping[str, tuple[dict[str, Any], ...]]:
    """Name -> its row of models/land_regions.jsonl (islands and regions, WordNet)."""
    return table_index("land_regions.jsonl", "name")


def islands_and_regions(text: str, ents: list[Ent]) -> None:
    """A GPE that is only an island or a region is a LOC; a body, person or thing of that name
    after a preposition of place too (rule 9, in place)."""
    lands = land_regions()
    order = sorted(ents, key=lambda e: e.start)
    for k, e in enumerate(order):
        if e.fixed or e.titles or e.tags & {"label", "player"}:
            continue
        word = text[e.start : e.end]
        if word not in lands:
            continue
        if e.type in ("GPE", "FAC") or (
            e.type in LAND_BODY_TYPES
            and (
                LAND_PREP.search(text, max(0, e.start - 12), e.start)
                or _place_context(text, order, k)
            )
        ):
            e.type, e.fixed, e.link = "LOC", True, False


# 10. two places NER ran into one name ----------------------------------------------------------

_NAME = r"[A-Z][\w'’-]*"
ROUTE = re.compile(rf"({_NAME}(?: {_NAME})?) (to|and) ({_NAME}(?: {_NAME}){{0,3}})")
ROUTE_LEAD = {"to": re.compile(r"\bfrom \Z"), "and": re.compile(r"\bbetween \Z")}


def route_ends(text: str, ents: list[Ent]) -> None:
    """ "from Goma to Sake" typed one name: two places (rule 10, in place)."""
    heads = fac_heads()
    for e in list(ents):
        if e.fixed or e.titles or e.type not in ("ORG", "FAC", "PERSON", "GPE", "PRODUCT"):
            continue
        mt = ROUTE.fullmatch(text, e.start, e.end)
        if not mt or not ROUTE_LEAD[mt.group(2)].search(text, max(0, e.start - 9), e.start):
            continue
        left, right = mt.group(1), mt.group(3)
        if not (_known_place(left) or gazetteer_kind(left) or left in land_regions()):
            continue
        last = right.rsplit(" ", 1)[-1].lower()
        kind = "FAC" if last in heads else "LOC" if right in land_regions() else "GPE"
        ents.remove(e)
        ents.append(Ent(mt.start(1), mt.end(1), "GPE", left, fixed=True, link=False))
        ents.append(Ent(mt.start(3), mt.end(3), kind, right, fixed=True, link=kind == "FAC"))


# last: names ----------------------------------------------------------------------------------


def world_regions(text: str, ents: list[Ent]) -> None:
    """Continents and world regions are LOCs (see the module docstring)."""
    regions = table_index("world_regions.jsonl", "name")
    for e in ents:
        if e.type in ("LOC", "NORP", "LAW"):
            continue
        if e.type == "EVENT" and not LAND_PREP.search(text, max(0, e.start - 12), e.start):
            continue  # "in Polynesia" is the region (session 33); an event's own name stays
        word = text[e.start : e.end]
        if regions.get(word):
            e.type, e.name, e.fixed = "LOC", word, True


def place_names(text: str, ents: list[Ent]) -> None:
    """A place written without its diacritics takes the gazetteer's spelling ("Sao Leopoldo"
    -> "São Leopoldo"), also where a rule, not NER, made it a place; rivers and island groups
    take English Wikipedia's title (``feature_titles``)."""
    feature_titles(text, ents)
    for e in ents:
        if e.type not in ("GPE", "LOC") or e.name != text[e.start : e.end]:
            continue
        e.name = accented_place(e.name)
        if (
            e.name == text[e.start : e.end]
            and e.name not in world_places()
            and not place_kinds().get(e.name)
            and not lookup_alias(e.name)
        ):
            # a town the gazetteer of large places lacks, or writes with "ð" ("Grindavík")
            rows = spellings().get(e.name, ())
            if rows and not transliterated(str(rows[0]["name"])):
                e.name = str(rows[0]["name"])


RIVER_WORD = re.compile(r"^(?:River (?P<lead>.+)|(?P<name>.+) [Rr]iver)$")
# what only a river does or has (``evidence.cues``, session 20; here too, session 42): "the
# Ravi burst its banks", "rose to 5.3 metres"; "water levels on the Rhine", "the mouth of the X"
RIVER_AFTER = re.compile(
    r" (?:had )?(?:burst|broke|flooded|overflowed|crested|rose|fell|peaked|swelled)\b"
    r"(?:[^.;\n]|\.\d){0,40}?\b(?:metres|meters|centimetres|centimeters|feet|its banks|fields)\b"
    r"| (?:over|out of|above) its banks\b"  # "sent the Swat over its banks" (session 40)
)
LEVEL_BEFORE = re.compile(r"\b(?:levels? (?:on|of)|mouth of|banks of|swelled) [Tt]he \Z")
RIVER_NEXT = re.compile(r" river\b")  # (and THE_BEFORE, rule 12's "the" before a name)
# a part of a river before its name: "the mouth of the Amazon", "the banks of the Congo"
RIVER_PART = re.compile(r"\b(?:mouth|banks?|source|estuary|delta|tributary) of the \Z")


def feature_titles(text: str, ents: list[Ent]) -> None:
    """A river or an island group named otherwise than English Wikipedia titles it takes the
    title (``models/feature_titles.jsonl``, ``scripts/derive_feature_titles.py``; session 41):
    a LOC named with its river word ("the Mekong River" -> "Mekong", "the Ural river" -> "Ural
    (river)", "the Chenab river" -> "Chenab River") or, where no other place or person bears
    the name (``plain``), by the bare name ("the Indus" -> "Indus River"), also where NER read
    such a name after "the" or before "river" as a body or a person ("the Chenab flooded 40
    villages": a LOC); an island group by
    its plural short name ("the Spratlys" -> "Spratly Islands"). A name other places bear
    stays bare ("the Amazon": the forest, "the Congo": the country), unless the text names a
    part of the river before it ("at the mouth of the Amazon"). A country's or a state's name
    typed a place that the table gives a river, after "the" and with what only water does after
    it or a river's part before it, is the river ("the Niger burst its banks", "water levels on
    the Mississippi" -> LOC "Mississippi River"; session 42); "Niger's government", "the Niger
    government" stay the country."""
    index = table_index("feature_titles.jsonl", "name")
    for e in ents:
        if e.titles:
            continue
        written = text[e.start : e.end]
        row = next(iter(index.get(written, ())), None)
        if row is not None and row["kind"] == "islands" and e.type in (*BODY_TYPES, "PERSON"):
            e.type, e.fixed, e.name = "LOC", True, str(row["title"])  # ("the Kurils" read a people)
            continue
        if e.type in (*BODY_TYPES, "PERSON", "FAC") and e.name == written:
            if (
                row is not None
                and row["kind"] == "river"
                and row["plain"]
                and (
                    RIVER_NEXT.match(text, e.end)
                    or THE_BEFORE.search(text, max(0, e.start - 4), e.start)
                )
            ):  # "the Chenab flooded", "the Kelani river": no body or person takes "the"
                e.type, e.fixed, e.name = "LOC", True, str(row["title"])
            continue
        if e.type not in ("LOC", "GPE"):
            continue
        mt = RIVER_WORD.match(e.name)
        base = (mt.group("lead") or mt.group("name")) if mt else e.name
        row = next(iter(index.get(base, ())), None)
        if row is None:
            continue
        if row["kind"] == "islands":
            if e.name == written:
                e.name = str(row["title"])
        elif (
            e.type == "GPE"
            and row["kind"] == "river"
            and e.name in (written, base)
            and THE_BEFORE.search(text, max(0, e.start - 4), e.start)
            and (RIVER_AFTER.match(text, e.end) or LEVEL_BEFORE.search(text, 0, e.start))
        ):
            # a country's or a state's name that a river bears, with what only water does:
            # "the Niger burst its banks", "water levels on the Mississippi" (session 42)
            e.type, e.fixed, e.name = "LOC", True, str(row["title"])
        elif e.type == "LOC" and (
            mt is not None
            or (e.name == written and (row["plain"] or RIVER_PART.search(text, 0, e.start)))
        ):
            e.name = str(row["title"])


# 8. a state's AP abbreviation after a place ----------------------------------------------------

# ", Mass.", ", N.C.", ", Calif." right after a place; the full stop may end the sentence too
AP_STATE_AFTER = re.compile(r", ((?:[A-Z][a-z]{1,4}\.)|(?:[A-Z]\.[A-Z]\.))(?![A-Za-z])")


def state_abbreviations(text: str, ents: list[Ent]) -> None:
    """ "Cambridge, Mass." where NER tagged the city and not the state: the abbreviation is a
    GPE, the state the AP Stylebook's abbreviation names; only right after a place's comma
    ("Mass." alone is no state: a religious service, a surname)."""
    covered = Covered(len(text), ents)
    kinds = place_kinds()
    for e in list(ents):
        if e.type != "GPE":
            continue
        mt = AP_STATE_AFTER.match(text, e.end)
        if not mt or kinds.get(mt.group(1)) != "us_state_ap" or covered.hit(*mt.span(1)):
            continue
        name = aliases()[mt.group(1)][0]
        ents.append(Ent(mt.start(1), mt.end(1), "GPE", name, fixed=True))
        covered.add(*mt.span(1))


@lru_cache(maxsize=1)
def motion_words() -> frozenset[str]:
    """Verbs of motion and nouns of ways (``models/motion_words.jsonl``, WordNet verb.motion and
    road, pipeline, journey)."""
    return frozenset(str(r["word"]) for r in read_jsonl("motion_words.jsonl"))


# the words before a place reached, its motion word left open: each lower-case word in the
# lookahead is a candidate, tested against ``motion_words`` (a set lookup; one alternation of the
# 3,468 words cost every process ~90 ms to compile, session 45)
REACHED_TAIL = re.compile(
    r"(?<!\w)(?=([a-z]+)(?: (?:up|down|back|on|out|inland|onward|onwards|north|south|east|west))?"
    r"(?: from [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})? (?:to|into|toward|towards) \Z)"
)
TOWARD_TAIL = re.compile(r"\b(?:[Tt]oward|[Tt]owards) \Z")


def reached_place(before: str) -> bool:
    """True where the words before a name make it a place reached (session 26): a verb of
    motion or a way's noun (``motion_words``), then "to", "into" or "toward(s)", a "from X"
    between allowed: "the peloton climbs to X", "the convoy drove from Gulu to X", "the road to
    X", "moving toward X" ("toward(s)" alone); not after an article ("drove to the Ritz": a
    building may be meant)."""
    # every reading ends in "to", "into" or "toward(s)": test that before the candidates
    if not before.endswith(("to ", "toward ", "towards ", "Toward ", "Towards ")):
        return False
    if TOWARD_TAIL.search(before):
        return True
    words = motion_words()
    return any(mt.group(1) in words for mt in REACHED_TAIL.finditer(before))


# 8. subdivisions and the regions they divide (session 26) --------------------------------------

SUBDIVIDED = ("ORG", "PRODUCT", "EVENT", "PERSON", "LOC")


def subdivision_codes(word: str) -> set[str]:
    """The countries of which the gazetteer holds ``word`` as a first-level subdivision."""
    rows = world_places().get(word, ()) or world_places().get(word.title(), ())  # "KwaZulu-Natal"
    return {str(r["country"]) for r in rows if r["kind"] == "subdivision"}


@lru_cache(maxsize=1)
def _divided() -> dict[str, bool]:
    """Names held inside two or more first-level subdivisions' names ("Darfur" of "North Darfur",
    "South Darfur"), with True for a unit the others are named under ("Sulawesi"): the table
    ``scripts/derive_divided_regions.py`` derives from the gazetteer (a walk over the whole
    gazetteer here cost every process ~0.5 s)."""
    return {str(r["name"]): bool(r["unit"]) for r in read_jsonl("divided_regions.jsonl")}


def divided_region(word: str, english: frozenset[str], unit: bool = False) -> bool:
    """True for a region two or more subdivisions divide ("Darfur", "Sulawesi"; with ``unit``
    only a unit the others are named under, "Sulawesi"): not a country or other alias
    ("Australia" of "Western Australia"), nor an English word ("Highlands")."""
    if word not in _divided() or (unit and not _divided()[word]):
        return False
    return not lookup_alias(word) and not is_common(word, english)


def subdivision_types(text: str, ents: list[Ent], english: frozenset[str] = frozenset()) -> None:
    """Types the gazetteer's subdivisions give (session 26, in place):

    - a name typed a body, a product, an event, a person or a natural place that is a first-level
      subdivision of a country the document names, by itself or before "Islands", is a GPE
      (ANNOTATION.md: administrative units are GPE): "unemployment fell in the Northern Cape"
      (a cape's word), "voters in Shetland" ("Shetland Islands"), "the Free State";
    - a region that two or more subdivisions divide ("North Darfur", "South Darfur"; "Sulawesi
      Selatan", "Sulawesi Utara") is a LOC where it was typed a body, a product, an event or a
      person, or where the gazetteer holds it as a unit above provinces ("Sulawesi"): "fighting
      spread across Kordofan", "refineries in Sulawesi".
    Not a side of a match, a company, a person of the tables, an alias of another kind, a given
    name, nor a direction word alone ("North West"); a region neither an alias ("Australia" of
    "Western Australia") nor an English word ("Highlands")."""
    codes: set[str] | None = None
    given = table_index("given_names.jsonl", "name")
    directions = entity_words("direction")
    for e in ents:
        word = text[e.start : e.end]
        if e.tags & {"team", "side", "sector_firm"} or word.isupper() or word in given:
            continue
        if lookup_company(word) or lookup_person(word):
            continue
        alias = lookup_alias(word)
        if alias and alias[1] != "GPE":
            continue
        if all(w.lower() in directions or w.lower()[:-3] in directions for w in word.split()):
            continue  # "North West", "Central"
        divided = divided_region(word, english)
        subs = subdivision_codes(word) or subdivision_codes(word + " Islands")
        if divided and (e.type in SUBDIVIDED[:-1] or divided_region(word, english, unit=True)):
            e.type, e.fixed = "LOC", True
            continue
        if not subs or e.type not in SUBDIVIDED or divided:
            continue
        if codes is None:
            codes = _document_codes(text, ents)
        if subs & codes:
            e.type, e.fixed = "GPE", True
