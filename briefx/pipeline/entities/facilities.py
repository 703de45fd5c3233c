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
- A venue of a match named without a head word (session 18): in a sentence of a match (a
  ``match_verb`` or a score), a name after "at" or "at the" that NER typed a body or a place is
  the ground where two sides, players or teams, are named in its clause ("Arsenal beat Chelsea
  at the Emirates", "Scotland host Italy at Murrayfield", "Inter were held 1-1 at San Siro by
  Torino"); with one side only it is the other side's ground, named by its club ("Atalanta
  lost 2-1 at Fiorentina"), and stays. Not a country, an alias, a place of the gazetteer, a
  listed company or a team the league table knows.
"""

from __future__ import annotations

import re
from functools import cache

from briefx.normalize.cues import cues
from briefx.normalize.names import form_words, lookup_alias, lookup_company, place_pop
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.leagues import league_teams
from briefx.pipeline.entities.tables import put_typed

__all__ = ["match_venues", "possessive_parts", "speaking_bodies"]

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


AT_BEFORE = re.compile(r"\bat (?:the )?\Z")
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
CLAUSE_END = re.compile(r"[.;!?\n]|, (?:and|while|but) | while | whereas ")
SIDES = ("ORG", "GPE", "PERSON", "NORP")
BY_SIDE = re.compile(r" by [A-Z]")


@cache
def _team_names() -> frozenset[str]:
    return frozenset(alias for teams in league_teams().values() for alias in teams)


def match_venues(text: str, ents: list[Ent]) -> None:
    """Type the ground of a match named without a head word a FAC (in place; see the module
    docstring)."""
    verbs = form_words("match_verb")
    order = sorted(ents, key=lambda x: x.start)
    venues: set[str] = set()
    for k, e in enumerate(order):
        if e.type not in ("ORG", "GPE", "LOC") or e.titles:
            continue
        if e.fixed and "team" not in e.tags:
            continue  # a side sports.teams read off a score may be the ground ("at San Siro")
        if not AT_BEFORE.search(text, max(0, e.start - 8), e.start):
            continue
        lo = max((m.end() for m in CLAUSE_END.finditer(text, max(0, e.start - 300), e.start)),
                 default=max(0, e.start - 300))  # fmt: skip
        nxt = CLAUSE_END.search(text, e.end, e.end + 300)
        hi = nxt.start() if nxt else min(len(text), e.end + 300)
        clause = text[lo:hi]
        if not (SCORE.search(clause) or set(re.findall(r"[a-z]+", clause)) & verbs):
            continue
        word = text[e.start : e.end]
        if lookup_alias(word) or lookup_company(word) or place_pop(word) >= 0:
            continue
        if word in _team_names():
            continue
        if len(word.split()) > 1 and word.split()[-1].lower() in form_words("club_tail"):
            continue  # "won 3-2 at Norwich City": the club's name (session 22)
        sides = [x for x in order[:k] if x.start >= lo and x.type in SIDES]
        if BY_SIDE.match(text, e.end):
            sides.append(e)  # "held 1-1 at San Siro by Torino": the other side after it
        if len(sides) >= 2:
            venues.add(e.name)
    for x in ents:  # every mention of the ground ("INTER HELD AT SAN SIRO" in the headline)
        if x.name in venues and x.type in ("ORG", "GPE", "LOC") and not x.titles:
            x.type, x.fixed = "FAC", True
            x.tags.discard("team")
