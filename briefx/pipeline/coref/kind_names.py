"""Organisations named bare whose English Wikipedia title carries a kind in brackets (session 40,
kinds40, issue 13 names).

``kind_titles``: 1996 wire cycling copy names professional teams by their sponsor ("Mapei",
"ONCE", "Rabobank"), election news a party by its name ("Morena", "Vox", "Chega"), business news
an airline or a firm whose name is a place, a word or a person's ("Emirates", "Vale", "Boots");
English Wikipedia titles them with their kind ("Mapei (cycling team)", "Morena (political
party)", "Emirates (airline)", "Vale (company)"), and so does the gold (ANNOTATION.md: a name is
its English Wikipedia title). ``models/kind_titles.jsonl`` (``scripts/derive_kind_titles.py``;
titles CC BY-SA 4.0, written by hand) holds the forms, the kind, the years a sponsor's name was
in use, and per kind the words that show it in a document ("stage", "peloton"; "party",
"election", "seats"; "flights", "passengers").

A mention whose name is still a form of the table (the text gave it no fuller name of its own:
the document's own full name always wins, ``equated_names`` and the short-form links run first)
takes the row's title where:

- the document's year (its reference date's) lies in the row's years (a sponsor's name names the
  team only while it sponsored it: "GAN" 1993-1998, "Crédit Agricole" from 1999);
- the document writes one of the kind's words; near the mention (``NEAR`` characters either
  side) where the form is also a place or an English word (the row's ``plain``: "Emirates",
  "Vale", "Boots") or NER typed the mention a place or a person (a results line's team typed a
  place: "Mapei" in "2. Tony Rominger (Switzerland) Mapei");
- only one title is so shown ("Mango": the airline in a story of flights, the retailer in one
  of stores; both shown or neither, it stays).

Left as they are: a mention typed a person's whose form is also a person's name (the row's
``person``: "Travis", "Zara"), a place-typed mention after a place's word ("in Morena", "the
northern Emirates"), and every mention of a document that shows no kind. Once one mention is
titled, the document's other mentions of the same form follow it (a later "Mapei" of a results
table far from any stage word), and so do the mentions the text linked to a titled form
("Emirates" after "Emirates Airline"). Titled mentions are ORG, their type fixed.

Run by the entities component after ``link_names`` (the text's own links, ``table_acronyms``)
and after the sports rules have named their sides (``teams``, ``team_names``: a results line's
"ONCE" is a side only they find); the type vote after it leaves titled mentions alone
(``evidence._protected``, tag ``kind_title``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from briefx.normalize.names import kind_titles as kind_table
from briefx.pipeline.coref.ent import ORG_LIKE, Ent

# the types a bare organisation's name carries here: a body's, or what NER reads it as where it
# does not know the name (a person's: "Chega"; a place's: "Morena", "Mapei" in a results line)
TYPED = frozenset({*ORG_LIKE, "PERSON", "GPE", "LOC", "NORP"})
PLACE_TYPES = frozenset({"GPE", "LOC"})
# how far (characters, either side) a kind's word shows the kind of a mention whose form is also
# a place or a word: the sentence or the line around it
NEAR = 250
# a place's words right before a mention typed a place: it names the place ("in Morena", "the
# northern Emirates")
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|from|across|outside|around|into|the)|\bthe\s+\w+ern)\s+$", re.IGNORECASE
)


@cache
def _kind_pattern(kind: str) -> re.Pattern[str]:
    """The pattern of ``kind``'s words as whole words of lower-case text."""
    words = kind_table()[1].get(kind, ())
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])" if alts else r"(?!x)x")


def _has(row: dict[str, Any], field: str, key: str) -> bool:
    """The row lists the folded form ``key`` in ``field`` ("plain", "person"), in any case."""
    return any(f.casefold() == key for f in row.get(field, ()))


def _in_years(row: dict[str, Any], year: int | None) -> bool:
    years = row.get("years")
    return year is None or not years or years[0] <= year <= years[1]


def kind_titles(text: str, ents: list[Ent], year: int | None) -> None:
    """Title the mentions named bare by a form of ``models/kind_titles.jsonl`` (see the module
    docstring); ``year``: the document's (its reference date's), None where it has none;
    ``ents`` is changed in place."""
    forms = kind_table()[0]
    found = [
        e
        for e in ents
        if e.type in TYPED
        and e.name.casefold() in forms
        and text[e.start : e.end].casefold() == e.name.casefold()
    ]
    if not found:
        return
    low = text.lower()
    spots: dict[str, list[int]] = {}  # kind -> where its words start (read once per kind)
    titled: dict[str, str] = {}
    for e in found:
        if _placed(text, e):
            continue
        key = e.name.casefold()
        picks: set[str] = set()
        for row in forms[key]:
            if not _in_years(row, year):
                continue
            if e.type == "PERSON" and _has(row, "person", key):
                continue
            kind = str(row["kind"])
            if kind not in spots:
                spots[kind] = [m.start() for m in _kind_pattern(kind).finditer(low)]
            at = spots[kind]
            if not at:
                continue
            # a form that is also a place or a word, or a mention NER typed a place or a
            # person, takes the title only with the kind's word near it
            strict = _has(row, "plain", key) or e.type not in ORG_LIKE
            if strict and not any(e.start - NEAR <= s <= e.end + NEAR for s in at):
                continue
            picks.add(str(row["title"]))
        if len(picks) == 1:
            titled[key] = picks.pop()
    if not titled:
        return
    # the document's other mentions of a titled form follow the first, also those the text
    # linked to it ("Emirates" after "Emirates Airline": named "Emirates Airline" here)
    for e in ents:
        if e.type not in TYPED or _placed(text, e):
            continue
        title = titled.get(e.name.casefold())
        if title and not (e.type == "PERSON" and _person_form(e.name, title)):
            e.name, e.type, e.fixed = title, "ORG", True
            e.tags.add("kind_title")


def _placed(text: str, e: Ent) -> bool:
    """``e`` is typed a place and written after a place's word ("in Morena", "the northern
    Emirates"): it names the place."""
    return e.type in PLACE_TYPES and bool(
        _PLACE_BEFORE.search(text[max(0, e.start - 20) : e.start])
    )


def _person_form(name: str, title: str) -> bool:
    """``name`` is a person's name as a form of the row titled ``title``."""
    key = name.casefold()
    return any(
        _has(row, "person", key) and row["title"] == title for row in kind_table()[0].get(key, ())
    )
