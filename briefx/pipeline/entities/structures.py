"""Structures, rivers and ships named by a generic word next to their name (session 19, issue 13
kinds), after the context and product rules and before the document-level linking.

- A name between "the" (or a possessive) and a lower-case structure word that English Wikipedia
  writes inside the name (``fac_titled`` in ``models/entity_forms.jsonl``: dam, bridge, tunnel,
  barrage, canal, airport, stadium, "power station", "wind farm") is a FAC named with that word
  in title case: "the Hoover dam" -> "Hoover Dam", "the Drax power station" -> "Drax Power
  Station"; the word stays outside the span (ANNOTATION.md, "the Hudson river"). A town's or a
  river's name before a structure named by its site (``fac_site``: dam, barrage, bridge,
  viaduct, power station) names the structure ("the Kariba dam", "the Humber bridge"); a name
  already typed FAC is named so without "the" too ("at Wembley stadium", session 38); a firm's
  name does only after a possessive ("its Drax power station"), never after "the" ("the Ford
  plant" is no such word anyway). A name NER missed there is added where the tagger reads it
  as a proper noun ("the Hoover dam": "hoover" is an English verb too), also before a facility
  word the title leaves out or in lower case ("the Viking Link interconnector", "the Kalgara
  mine"; not a firm's plant, depot or terminal), which ``context.facilities`` skips where the
  name's words are English words.
- A FAC named by its site alone before a lower-case "mine" (``fac_lower``) is named with it,
  as Wikipedia titles mines ("the Kloof mine" -> "Kloof mine", "Escondida copper mine" ->
  "Escondida mine").
- A FAC whose name ends with a capitalised facility word and goes on with a number no figure
  or date took is one name with the number ("Launch Complex 36", "Pier 39", "Berth 4").
- A state's or country's name between "the" and a lower-case "river" is the river, a LOC named
  "X River" ("the Colorado river", "the Congo river"); ``context.natural_places`` leaves known
  places alone there. A LOC NER found there and no rule named is named so too ("the Jinsha
  river" -> "Jinsha River").
- A name opened by a ship's prefix (``ship_prefix``: "HMS Richmond", "USS Stockdale", "MV
  Dali") is a vessel, a PRODUCT, whatever NER read, or after "at" a navy's shore base, a FAC
  ("a month at HMAS Stirling near Perth"); so is a name after a demonym and a vessel's
  kind noun ("the British frigate X", ``craft_noun``), which ``context.branded_products`` reads
  only after a lower-case modifier.
- A name ending with a capitalised "Line" that runs between places or is ridden on ("the
  Bergen Line between Oslo and Bergen", "the Dovre Line to Trondheim", "trains on the Kelso
  Line") is a railway, a FAC, whatever NER read (session 24); a shipping line or a body named
  "Line" rarely stands so.
- A name opened by a facility's prefix (``fac_prefix``: "HMP Wandsworth", "HMYOI Feltham") is a
  FAC named with the prefix's title where the table gives one ("HM Prison Wandsworth"), whatever
  NER read or missed (session 23: a prison typed a person or left out).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from briefx.normalize.names import (
    form_words,
    is_title_word,
    lookup_company,
    place_pop,
)
from briefx.pipeline._util import text_of
from briefx.pipeline.coref import Covered, Ent
from briefx.pipeline.entities.context import NEXT_LOWER, OWNED, _fac_head, fac_words
from briefx.pipeline.entities.forms import company_words
from briefx.pipeline.entities.products import demonym_words
from briefx.resources import read_jsonl

__all__ = [
    "numbered_facilities",
    "rail_lines",
    "river_places",
    "ship_names",
    "titled_structures",
]

NAME_WORD = r"[A-Z][\w'’-]*"
BEFORE = re.compile(r"(?:\b(?:[Tt]he|its|their|his|her|our)) \Z")
POSSESSIVE = re.compile(r"\b(?:its|their|his|her|our) \Z")
RUN = re.compile(rf"\b(?:[Tt]he|its|their) ((?:{NAME_WORD} ){{0,2}}{NAME_WORD}) (?=[a-z])")
TYPES = ("PERSON", "ORG", "GPE", "LOC", "PRODUCT", "FAC")


@cache
def _heads() -> tuple[str, ...]:
    """The titled structure words, longest first ("power station" before "station")."""
    return tuple(sorted(form_words("fac_titled"), key=len, reverse=True))


def _head_after(text: str, end: int) -> str:
    """The titled structure word right after the name that ends at ``end``, else ""."""
    for head in _heads():
        k = end + 1 + len(head)
        if text.startswith(" " + head, end) and not (
            k < len(text) and (text[k].isalnum() or text[k] in "-’'")
        ):
            return head
    return ""


def _title(name: str, head: str) -> str:
    return f"{name} {' '.join(w.capitalize() for w in head.split())}"


def _place(word: str, e_type: str) -> bool:
    return e_type in ("GPE", "LOC") or place_pop(word) >= 0


def titled_structures(doc: Doc, ents: list[Ent], english: frozenset[str]) -> None:
    """Type and name the structures written "the X dam" (in place; see the module docstring)."""
    text = text_of(doc)
    firms = company_words(text, ents)
    sites = form_words("fac_site")
    for e in ents:
        if e.titles or e.type not in TYPES:
            continue
        word = text[e.start : e.end]
        head = _head_after(text, e.end)
        if not head and e.type == "FAC" and e.name == word and word[:1].isupper():
            low = _fac_head(doc, text, e.end, english)  # "the Kloof mine", "Escondida copper mine"
            if low in form_words("fac_lower"):
                e.name = f"{word} {low}"
            continue
        if not head or not word[:1].isupper():
            continue
        if not BEFORE.search(text, 0, e.start) and not (e.type == "FAC" and e.name == word):
            continue  # (a FAC already: "at Wembley stadium", "Hoover dam's spillway"; s38)
        if e.type == "FAC":
            if e.name == word or not e.link:  # named by its site alone: the head completes it
                e.name, e.link = _title(word, head), False
            continue
        if e.fixed and e.type not in ("GPE", "LOC"):
            continue
        firm = word in firms or bool(lookup_company(word))
        if firm and not POSSESSIVE.search(text, 0, e.start):
            continue  # "the Ford stadium"? the firm's; "its Drax power station": its own
        if not firm and _place(word, e.type) and head not in sites:
            continue  # "the Baltimore airport", "the Texas stadium": the place stays
        e.type, e.name, e.fixed, e.link = "FAC", _title(word, head), True, False
    covered = Covered(len(text), ents)
    for mt in RUN.finditer(text):
        s, end = mt.span(1)
        word = mt.group(1)
        head = _head_after(text, end) or _plain_head(text, end)
        if not head or covered.hit(s, end) or is_title_word(word.split()[0]):
            continue
        if word.split()[0] in ("The", "A", "An", "Of", "And"):
            continue
        span = doc.char_span(s, end)
        if span is None or any(t.pos_ and t.pos_ != "PROPN" for t in span):
            continue  # "the Western dam": an adjective
        if not any(t.pos_ for t in span) and any(w.lower() in english for w in word.split()):
            continue  # no tagger: an English word is no name
        if word in firms or lookup_company(word) or (place_pop(word) >= 0 and head not in sites):
            continue
        if head in _heads():
            name = _title(word, head)
        else:
            name = f"{word} line" if head == "line" else word
        ents.append(Ent(s, end, "FAC", name, fixed=True, link=False))
        covered.add(s, end)


def _plain_head(text: str, end: int) -> str:
    """A facility word right after the name that ends at ``end`` that the name's title leaves
    in lower case or out ("the Viking Link interconnector", "the Kessel mine"), else "" (not a
    firm's plant, depot or terminal: ``context.OWNED``)."""
    mt = NEXT_LOWER.match(text, end)
    word = mt.group(1) if mt else ""
    return word if word in fac_words() and word not in OWNED else ""


NUMBER_AFTER = re.compile(r" (\d{1,3}[A-Z]?)(?![\w.,:/%-]|[.,]\d)")


def numbered_facilities(doc: Doc, ents: list[Ent]) -> None:
    """A FAC whose name ends with a capitalised facility word and goes on with a number that no
    figure or date took ("Launch Complex 36", "Pier 39", "Berth 4") takes the number: it is
    the facility's designation (ANNOTATION.md: numbers inside names are no figures)."""
    text = text_of(doc)
    heads = fac_words() | form_words("fac_part")  # "Launch Complex", "Berth", "Terminal"
    taken = [(f.start, f.end) for f in (doc._.briefx_figures or [])]
    taken += [(d.start, d.end) for d in (doc._.briefx_dates or [])]
    for e in ents:
        last = text[e.start : e.end].split()[-1] if e.end > e.start else ""
        if e.type != "FAC" or not last[:1].isupper() or last.lower() not in heads:
            continue
        mt = NUMBER_AFTER.match(text, e.end)
        if not mt or any(a < mt.end() and mt.start(1) < b for a, b in taken):
            continue
        if any(x is not e and x.start < mt.end() and mt.start(1) < x.end for x in ents):
            continue
        if e.name == text[e.start : e.end]:
            e.name = text[e.start : mt.end()]
        e.end = mt.end()


RIVER_AFTER = re.compile(r" river\b(?!['’-])")


def river_places(text: str, ents: list[Ent]) -> None:
    """A state, a country or an unnamed LOC between "the" and a lower-case "river" is the river
    "X River" (in place)."""
    if " river" not in text:
        return
    for e in ents:
        if e.type not in ("GPE", "LOC") or e.titles or not RIVER_AFTER.match(text, e.end):
            continue
        if e.type == "LOC" and e.name != text[e.start : e.end]:
            continue  # named already ("Severn River", "River Tay")
        if not re.search(r"\bthe \Z", text[max(0, e.start - 5) : e.start]):
            continue
        word = text[e.start : e.end]
        if not word[:1].isupper() or word.isupper():
            continue
        e.type, e.name, e.fixed, e.link = "LOC", f"{word} River", True, False


CRAFT_AFTER_DEMONYM = re.compile(r"\b[Tt]he ([A-Z][\w.]*) ([a-z]+) \Z")


def ship_names(text: str, ents: list[Ent]) -> None:
    """A name opened by a ship's prefix, or after "the" + a demonym + a vessel's kind noun, is
    a PRODUCT (in place)."""
    prefixes = form_words("ship_prefix")
    crafts = form_words("craft_noun") - {"carrier"}  # "the Irish carrier Ryanair": an airline
    demonyms = demonym_words()
    for e in ents:
        if e.titles or e.type == "PRODUCT":
            continue
        words = text[e.start : e.end].split()
        first = words[0]
        if (
            len(words) >= 2
            and first.lower() in prefixes
            and first[:1].isupper()
            and first[1:].lower() != first[1:]  # "MV", "HSwMS"; not "Mt"
            and words[1][:1].isupper()
        ):
            # "at HMAS Stirling near Perth": a navy's shore base carries the prefix too (FAC)
            at = text[max(0, e.start - 3) : e.start] == "at "
            e.type, e.fixed = ("FAC" if at else "PRODUCT"), True
            continue
        mt = CRAFT_AFTER_DEMONYM.search(text, max(0, e.start - 40), e.start)
        if not mt or mt.group(2) not in crafts or mt.group(1) not in demonyms:
            continue
        if lookup_company(" ".join(words)) or place_pop(" ".join(words)) >= 0:
            continue
        e.type, e.fixed = "PRODUCT", True


# a prefix and one or two capitalised words, no more after them ("HMP Grayhurst Review Board"
# is a board's name)
PREFIXED = re.compile(r"\b([A-Z]{2,6}) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?! [A-Z])")


@cache
def _fac_prefixes() -> dict[str, str]:
    """Facility prefixes (``entity_forms`` kind ``fac_prefix``) and the title each stands for
    ("hmp" -> "HM Prison"; "" where the prefix stays in the name)."""
    rows = read_jsonl("entity_forms.jsonl")
    return {r["word"]: r.get("title", "") for r in rows if r["kind"] == "fac_prefix"}


def prefixed_facilities(text: str, ents: list[Ent]) -> None:
    """A name opened by a facility's prefix is one FAC ("HMP Wandsworth" -> "HM Prison
    Wandsworth"): the mentions inside the span give way to it (in place)."""
    prefixes = _fac_prefixes()
    for mt in PREFIXED.finditer(text):
        title = prefixes.get(mt.group(1).lower())
        if title is None:
            continue
        s, end = mt.span()
        name = f"{title} {mt.group(2)}" if title else mt.group()
        inside = [e for e in ents if e.start < end and e.end > s]
        if any(e.start < s or e.end > end for e in inside):
            continue  # a longer name holds it ("the HMP Berwyn Review Board")
        for e in inside:
            ents.remove(e)
        ents.append(Ent(s, end, "FAC", name, fixed=True))
    ents.sort(key=lambda x: x.start)


# a railway's course after its name: "between Oslo and Bergen", "to Trondheim", "from X"
LINE_ROUTE = re.compile(r" (?:between|from|to|linking|connecting) (?:the )?[A-Z]")
LINE_RIDDEN = re.compile(r"\b(?:on|along|onto|off) the \Z")


def rail_lines(text: str, ents: list[Ent]) -> None:
    """A name ending with a capitalised "Line" along a route or ridden on is a FAC (session 24;
    see the module docstring): "the Bergen Line between Oslo and Bergen", "trains on the Kelso
    Line"; not "a Cunard Line spokesman" (no route), nor a name the company table lists."""
    for e in ents:
        words = text[e.start : e.end].split()
        if len(words) < 2 or words[-1] not in ("Line", "Railway") or e.type in ("FAC", "LAW"):
            continue
        if lookup_company(text[e.start : e.end]):
            continue
        if LINE_ROUTE.match(text, e.end) or LINE_RIDDEN.search(text, max(0, e.start - 12), e.start):
            e.type, e.fixed = "FAC", True
