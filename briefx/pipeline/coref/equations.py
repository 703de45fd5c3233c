"""Names the text itself equates: one body written two ways, the document's own evidence of
which form is its name (session 26).

``equated_names``: two mentions of organisations the text joins as one body, and every mention
of the losing name takes the winning one:

- a short form defined in brackets (or quotes in brackets) right after the body's full name,
  whatever its letters ("Brazilian Association of Coffee Roasters (Abicafe)", "Africa Centres
  for Disease Control and Prevention (Africa CDC)", "Sahel Solar Holdings ("Sahel Solar")"):
  the full name wins; ``initials.acronyms`` reads the brackets where the short form is in
  capitals (whatever its letters since session 44, but for codes, credits, places and
  currencies), this reads the rest (a syllable acronym in title case, a mixed one, a name's
  first words);
- an apposition naming the body's other name: "X, known (at home) as (the) Y", "X, also
  called Y" (the longer name wins: the English title over its one-word native form, the full
  name over its brand), "Y, officially (the) X" (the official name wins), "X, formerly Y",
  "X, the former Y" (the present name wins), "X, or Y" where Y is X's initials in any order
  ("the Italian Space Agency, or ASI"); an apposition also names a body NER typed as
  something else, where no table knows that word as a place ("..., known as Ofwat").

No tables: only the document's own words. Runs after the short-form families, so a short
form ("the Agency") already carries the name the text gave it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefx.normalize.names import ACRONYM, legal_form_words, lookup_alias, place_pop
from briefx.pipeline.coref.ent import Ent, _words

# what stands between a full name and the short form it defines in brackets
BRACKET_OPEN = re.compile(r' \((?:the |"|“|‘|\')?')
BRACKET_CLOSE = re.compile(r'(?:"|”|’|\')?\)')
# a short form: one to three words, capitalised, no ticker (no dot, colon or digit run)
SHORT_FORM = re.compile(r"[A-Z][\w'&-]*(?: [\w'&-]+){0,2}")
# "X, known (at home) as (the) Y", "X, also called Y": the longer name wins
KNOWN_AS = re.compile(
    r",? (?:(?:also|better|widely|commonly|locally|popularly) )?"
    r"(?:known|referred to|called)(?: \w+){0,2} as (?:the )?"
    r"|,? (?:also|commonly|locally) called (?:the )?",
)
# "Y, officially (the) X": the official name (the later one) wins
OFFICIALLY = re.compile(r", (?:officially|formally) (?:named |called |titled |known as )?(?:the )?")
# "X, formerly (known as) Y", "X, the former Y": the present name (the earlier one) wins
FORMERLY = re.compile(
    r", (?:formerly|previously)(?: known as| called| named)? (?:the )?|, the former "
)
ORG_TYPES = ("ORG",)


def equated_names(text: str, ents: list[Ent]) -> None:
    """Give every mention of a name the text equates with a fuller one that fuller name."""
    renames: dict[str, str] = {}
    ordered = sorted(ents, key=lambda e: e.start)
    for a, b in pairwise(ordered):
        if a.type not in ORG_TYPES or a.name == b.name:
            continue
        between = text[a.end : b.start]
        if b.type in ORG_TYPES:
            pair = _bracketed(text, a, b, between) or _apposed(text, a, b, between)
        elif not _known_place(text[b.start : b.end]):
            # the apposition says what NER mistyped is a body ("..., known as Ofwat")
            pair = _apposed(text, a, b, between)
        else:
            pair = None
        if pair is not None:
            loser, winner = pair
            renames.setdefault(loser, winner)
    if not renames:
        return
    for e in ents:
        if e.name in renames and (e.type in ORG_TYPES or not _known_place(e.name)):
            target = renames[e.name]
            if target not in renames:  # (no chains: a name renamed once only)
                e.name, e.type = target, "ORG"


def _bracketed(text: str, a: Ent, b: Ent, between: str) -> tuple[str, str] | None:
    """(short, full) where ``b`` is a short form bracketed right after the full name ``a``."""
    word = text[b.start : b.end]
    if not (
        BRACKET_OPEN.fullmatch(between)
        and BRACKET_CLOSE.match(text, b.end)
        and SHORT_FORM.fullmatch(word)
        and not ACRONYM.fullmatch(word)  # (capitals: ``initials._defined_acronyms`` reads them)
        and b.name == word
        and len(_words(a.name)) >= 2
        and len(word) < len(text[a.start : a.end])
        and not _place_alias(word)
        and word.lower().rstrip(".") not in legal_form_words()  # ("Mabena Steel (Pty)")
    ):
        return None
    return b.name, a.name


def _apposed(text: str, a: Ent, b: Ent, between: str) -> tuple[str, str] | None:
    """(loser, winner) where ``b`` is ``a``'s other name in an apposition."""
    if KNOWN_AS.fullmatch(between):
        if len(_words(b.name)) > len(_words(a.name)):
            return a.name, b.name
        return b.name, a.name
    if OFFICIALLY.fullmatch(between):
        return a.name, b.name
    if FORMERLY.fullmatch(between):
        return b.name, a.name
    if between == ", or " and _initials_of(text[b.start : b.end], a.name):
        return b.name, a.name  # "the Italian Space Agency, or ASI,"
    return None


def _initials_of(word: str, name: str) -> bool:
    """Whether a word in capitals shares at least half its letters with a longer name's
    initials, in any order (a body's acronym in its own language: "ASI" of "Italian Space
    Agency", "AEMET" of "State Meteorological Agency"), so that "X, or Y" names one body twice,
    not two bodies ("Royal Dutch Shell, or BP")."""
    words = _words(name)
    initials = {w[0].upper() for w in words if w[:1].isupper()}
    letters = set(word)
    return (
        ACRONYM.fullmatch(word) is not None
        and len(words) >= 2
        and len(word) >= 2
        and 2 * len(letters & initials) >= len(letters)
    )


def _known_place(word: str) -> bool:
    """Whether the tables or the gazetteer know a word as a place ("Kenya", "Leeds")."""
    return _place_alias(word) or place_pop(word) >= 0


def _place_alias(word: str) -> bool:
    """Whether the tables read a word as a place or people ("UK", "US"), not a body."""
    alias = lookup_alias(word)
    return bool(alias and alias[1] != "ORG")
