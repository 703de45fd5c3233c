"""People NER ran into a body's span with the word before the name (session 30, persons17).

ANNOTATION.md: titles and ranks stay outside a PERSON span, and a demonym is a NORP of its own.
The span repair (``spans.style_lead``) trims a style, a title, a role noun or a demonym off the
start of a span the model typed a person; a span the model typed a body (or a site) keeps them,
so "Frenchman Hugo Gasquet", "Taoiseach Ciaran Mullan" and "Striker Dominic Calvary" stay one
ORG (or one PERSON with the role in its name). ``styled_people`` cuts the leading words where
what follows reads as a person's name by its form, and makes that a PERSON:

- the leading words: a style of address or a demonym (``person_styles.jsonl``, from WordNet and
  nameparser), a personal title (``titles.jsonl``), or a noun WordNet files first under people
  (``person_nouns.jsonl`` via ``names.person_noun``: "Striker", "Veteran") where it opens a
  sentence or follows a dateline's dash (mid-sentence a capitalised common word may be part of
  a name); never a given name ("Sultan", "Don") and never a word WordNet gives as a surname too
  ("Baker", "Cook");
- the rest: two or three capitalised words, the first a given name of ``given_names.jsonl``, no
  word a body's, a firm's, a facility's or a title's ("Shri Ram College", "American Eagle
  Outfitters" stay whole).

The demonym becomes a NORP mention of its own; a style or title becomes the person's title.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from briefx.normalize.names import (
    body_words,
    fac_heads,
    fold_letters,
    is_title_word,
    lookup_alias,
    marked_style,
    org_heads,
    person_noun,
    person_styles,
)
from briefx.pipeline.coref import Ent
from briefx.resources import table_index

__all__ = ["styled_people"]

# where a sentence opens: the text's start, a line, a full stop, a colon, a quote, or a
# dateline's dash ("LONDON, Sept 1 (Reuters) - Striker X scored")
OPENS = re.compile(r"(?:^|[\n.!?:\"“‘(]|\s[-–—])[ \t]*\Z")
# the model's labels a styled person's span gets wrongly
STYLED = ("ORG", "FAC", "PRODUCT", "PERSON")


def styled_people(
    doc: Doc, text: str, ents: list[Ent], english: frozenset[str] = frozenset()
) -> list[Ent]:
    """Cut a style, title, role or demonym off the start of a span that is a person's name
    (see the module docstring); return the NORP mentions of the demonyms cut off."""
    extra: list[Ent] = []
    # the words of the full names of people the document names ("Charles Leclair"): one of them
    # alone after a demonym is that person ("Monegasque Leclair")
    named = {
        w
        for e in ents
        if e.type == "PERSON" and _person_name(text[e.start : e.end].split(), english)
        for w in text[e.start : e.end].split()
    }
    demonyms = person_styles("demonym")
    for e in ents:
        if e.type not in STYLED:
            continue
        words = list(re.finditer(r"\S+", text[e.start : e.end]))
        if not 2 <= len(words) <= 5:
            continue
        k = _lead(text, e.start, [w.group() for w in words], named)
        if not k:
            continue
        rest = [w.group() for w in words[k:]]
        # a title or role before the name lets English words follow the given name ("Striker
        # Dominic Calvary"); a demonym alone does not ("American Red Cross")
        titled = any(w.group().lower() not in demonyms for w in words[:k])
        common = frozenset() if titled else english
        if not (_person_name(rest, common) or (len(rest) == 1 and rest[0] in named)):
            continue
        lead = [(e.start + w.start(), e.start + w.end(), w.group()) for w in words[:k]]
        titles = []
        for s, t, w in lead:
            if w.lower() in demonyms:
                alias = lookup_alias(w)
                extra.append(Ent(s, t, "NORP", alias[0] if alias else w, fixed=True))
            else:
                titles.append(w)
        e.start = e.start + words[k].start()
        e.type, e.name, e.fixed = "PERSON", " ".join(rest), True
        if titles:
            e.titles = (" ".join(titles),)
    return extra


def _lead(text: str, start: int, words: list[str], named: set[str]) -> int:
    """How many of the first words are a style, a title, a demonym or (at a sentence's open) a
    role noun, leaving two words or more (or one of a full name the document gives)."""
    given = table_index("given_names.jsonl", "name")
    people = table_index("person_nouns.jsonl", "word")
    styles, demonyms = person_styles("style"), person_styles("demonym")
    opens = OPENS.search(text, max(0, start - 4), start) is not None
    k = 0
    least = 1 if words[-1] in named else 2
    while k < len(words) - least:
        w = words[k]
        n = marked_style(words[k : k + 2])
        if n:
            k += n  # "Tan Sri", "Datuk Seri", "Dato'", "H.E." (session 36)
            continue
        low = w.lower().rstrip(".")
        if not (w[:1].isupper() and low.isalpha()) or given.get(w):
            break
        if low in styles or low in demonyms or is_title_word(w):
            k += 1
            continue
        surname = any(r["kind"] == "surname" for r in people.get(low, ()))
        if k == 0 and opens and person_noun(low) and not surname:
            k += 1
            continue
        break
    return k


def _person_name(rest: list[str], english: frozenset[str]) -> bool:
    """Two or three capitalised words of letters (a hyphen or an apostrophe inside), the first a
    given name English does not also use as a common word ("Red Cross"; ``person_nouns.jsonl``
    kind ``common_given``), the others no common English word unless WordNet files it as a
    person's ("Baker"), none a body's, a firm's, a facility's or a title's word."""
    if not 2 <= len(rest) <= 3:
        return False
    if not all(w[:1].isupper() and re.fullmatch(r"\w+(?:['’-]\w+)*", w) for w in rest):
        return False
    given = table_index("given_names.jsonl", "name")
    if not (given.get(rest[0]) or given.get(fold_letters(rest[0]))):  # "Micheál" as "Micheal"
        return False
    people = table_index("person_nouns.jsonl", "word")
    if any(r["kind"] == "common_given" for r in people.get(rest[0].lower(), ())):
        return False
    if any(w.lower() in english and not people.get(w.lower()) for w in rest[1:]):
        return False
    kinds = body_words() | fac_heads() | org_heads()
    return not any(w.lower() in kinds or is_title_word(w) for w in rest)
