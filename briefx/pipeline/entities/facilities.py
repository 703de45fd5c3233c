"""Facilities and the bodies in them, read off the words around a name (session 15).

- A part of a facility after its owner's possessive: "Heathrow's Terminal 5", "Schiphol's Pier
  D", "Gatwick's North Terminal". The part (a capitalised part word of ``fac_part`` in
  ``models/entity_forms.jsonl`` with a number, a letter or a capitalised word) is a FAC named
  with its owner ("Heathrow Terminal 5", as English Wikipedia titles terminals), and the owner,
  which has terminals and piers, is a FAC too (NER reads "Heathrow's Terminal" as one name or
  "Gatwick" as a company).
- A building that speaks is the body in it: a name typed FAC whose last word also names an
  institution (``body_building``: a hospital, a museum, a university) before a reporting verb
  ("Great Ormond Street Hospital said", "the Louvre Museum announced") is an ORG (OntoNotes
  types the institution ORG, the building FAC). Patients taken to the hospital leave it a FAC
  where no mention of it speaks.
"""

from __future__ import annotations

import re
from functools import cache

from briefx.normalize.cues import cues
from briefx.normalize.names import form_words
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.tables import put_typed

__all__ = ["possessive_parts", "speaking_bodies"]

# an owner's name (capitalised words), a possessive, and a capitalised part with its designator
_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}"
# the lower-case word after a name: a reporting verb or an auxiliary before one
NEXT_WORD = re.compile(r"[ \t]+(?:(?:has|have|had|also|then|later)[ \t]+)?([a-z]+)\b")


@cache
def _part_pattern() -> re.Pattern[str]:
    parts = "|".join(
        sorted((w.capitalize() for w in form_words("fac_part")), key=len, reverse=True)
    )
    return re.compile(
        rf"\b({_NAME})['’]s "
        rf"((?:[A-Z][a-z]+ )?(?:{parts})s?(?: (?:\d+[A-Z]?|[A-Z]))?)(?![\w-])"
    )


def possessive_parts(text: str, ents: list[Ent]) -> None:
    """Type an owner and the part of it named after its possessive as FACs (in place)."""
    if "'s " not in text and "’s " not in text:
        return
    for mt in _part_pattern().finditer(text):
        part = mt.group(2)
        words = part.split()
        if len(words) == 1:
            continue  # "Heathrow's Terminal": which one is not said
        os_, oe = mt.span(1)
        if any(
            x.type == "PERSON" and (x.titles or " " in x.name) and x.start < oe and os_ < x.end
            for x in ents
        ):
            continue  # "Mayor Jane Roe's Pier 4" is a person's
        owner = next((x.name for x in ents if x.start == os_ and x.end == oe), mt.group(1))
        put_typed(text, ents, os_, oe, "FAC")
        for x in ents:
            if x.start == os_ and x.end == oe:
                x.name = owner
        ps, pe = mt.span(2)
        put_typed(text, ents, ps, pe, "FAC")
        for x in ents:
            if x.start == ps and x.end == pe:
                x.name, x.link = f"{mt.group(1)} {part}", False


def speaking_bodies(text: str, ents: list[Ent]) -> None:
    """Make a building that speaks the body in it: every mention of its name an ORG (in place)."""
    heads = form_words("body_building")
    verbs = cues()
    speaking = set()
    for x in ents:
        words = text[x.start : x.end].split()
        if x.type != "FAC" or len(words) < 2 or words[-1].lower() not in heads:
            continue
        mt = NEXT_WORD.match(text, x.end)
        if mt and mt.group(1) in verbs:
            speaking.add(x.name)
    for x in ents:
        if x.name in speaking:
            x.type, x.fixed = "ORG", True
