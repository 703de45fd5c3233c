"""Diacritics: one spelling per name, the one with them.

``accents``: a name the document writes once with diacritics and elsewhere plain is one name,
spelled with them ("Cucuta" after "Cúcuta"); ``table_spellings``: a person's full name written
without the diacritics of a name in the people table takes them ("Viktor Orban" -> "Viktor
Orbán").

Tables: ``models/people.jsonl``.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from briefx.normalize.names import fold_letters, people
from briefx.pipeline.coref.ent import Ent


@cache
def _people_by_spelling() -> dict[str, str]:
    """Return the people table's full names by their spelling without diacritics."""
    return {fold_letters(name): name for name in people().values()}


def table_spellings(ents: list[Ent]) -> None:
    """A full name the text writes without the diacritics of a well-known person's name in the
    people table is that spelling ("Viktor Orban" -> "Viktor Orbán"): the same letters, so the
    document's evidence stands."""
    spelled = _people_by_spelling()
    for e in ents:
        if e.type == "PERSON" and " " in e.name:
            known = spelled.get(fold_letters(e.name))
            if known and known != e.name:
                e.name = known


def accents(ents: list[Ent]) -> None:
    """A name the document writes once with its diacritics and elsewhere plain is one name, with
    them ("Cucuta" after "Cúcuta", "Societe Generale" after "Société Générale"); the gazetteer
    restores a place's diacritics where the text gives none (``names.accented_place``). A plain
    name that folds to two spellings in the document is left as it is."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        plain = fold_letters(e.name)
        if plain != e.name:
            spelled[plain].add(e.name)
    if not spelled:
        return
    for e in ents:
        names = spelled.get(e.name)
        if names and len(names) == 1:
            e.name = next(iter(names))
