"""Diacritics and letter case: one spelling per name, the one with them.

``accents``: a name the document writes once with diacritics and elsewhere plain is one name,
spelled with them ("Cucuta" after "Cúcuta"); ``table_spellings``: a person's full name written
without the diacritics of a name in the people table takes them ("Viktor Orban" -> "Viktor
Orbán"); ``letter_cases``: a name written in two letter cases is one name, spelled as English
Wikipedia titles a name, its first letter a capital ("easyJet" and "EasyJet" -> "EasyJet",
"Unicredit" and "UniCredit" -> "UniCredit"; session 21).

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


def letter_cases(ents: list[Ent]) -> None:
    """A name the document writes in two or more letter cases is one name ("easyJet ... EasyJet
    shares rose", "UniCredit ... Unicredit chief executive"): the spelling that opens with a
    capital and has the most capitals, as English Wikipedia titles a brand ("EasyJet",
    "UniCredit"). A name in capitals only is a headline's (``short_names.capitals_as_body``)
    and no spelling here."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        if not e.name.isupper():
            spelled[e.name.casefold()].add(e.name)
    chosen = {
        key: max(names, key=lambda n: (n[:1].isupper(), sum(c.isupper() for c in n), n))
        for key, names in spelled.items()
        if len(names) > 1
    }
    if not chosen:
        return
    for e in ents:
        name = chosen.get(e.name.casefold())
        if name is not None and not e.name.isupper():
            e.name = name
