"""Which country a document is about, and a country's code.

``document_country``: the country the document names most (first named on a tie), else its
dateline's city's (``_dateline_country``). ``sole_country``: the one country a document is
about, where no other country is named at least half as often and no union of countries is
named (session 17). ``country_code``: the ISO 3166 code of a country or of the country a
first-level subdivision lies in. Read by ``bodies`` and ``place_names`` here and by the
entities component.

Tables: ``models/country_codes.jsonl`` (CLDR's English names), the countries of the alias table
(``models/places.jsonl``), ``models/demonym_countries.jsonl``, the gazetteer
``models/world_places.jsonl`` and the ``union`` kind of ``models/national_bodies.jsonl``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from briefx.normalize.cues import demonym_countries
from briefx.normalize.names import (
    aliases,
    national_body_words,
    place_kinds,
    title_case,
    world_places,
)
from briefx.pipeline.coref.ent import Ent
from briefx.resources import read_jsonl, table_index


def country_code(name: str) -> str | None:
    """The ISO 3166 code of a country (CLDR's English name, ``country_codes.jsonl``) or of the
    country a first-level subdivision the gazetteer knows lies in ("Scotland" -> "GB")."""
    rows = table_index("country_codes.jsonl", "name").get(name, ())
    if rows:
        return str(rows[0]["code"])
    subs = {str(r["country"]) for r in world_places().get(name, ()) if r["kind"] == "subdivision"}
    return next(iter(subs)) if len(subs) == 1 else None


@cache
def _country_names() -> frozenset[str]:
    """Return the canonical names of countries (models/places.jsonl, kind "country")."""
    kinds = place_kinds()
    return frozenset(v[0] for a, v in aliases().items() if kinds.get(a) == "country")


def _country_of(ent: Ent | None, countries: frozenset[str]) -> str | None:
    if ent is None:
        return None
    if ent.name in countries:
        return ent.name
    country = demonym_countries().get(ent.name) if ent.type == "NORP" else None
    return country if country in countries else None


DATELINE_END = re.compile(r"\s*(?:,|\(|-|–|—)")  # "NAIROBI, May 3", "ACCRA (Reuters) -"
DATELINE_REACH = 40  # characters from the text's start within which a dateline's city stands


@cache
def _country_by_code() -> dict[str, str]:
    """Return ISO 3166 code -> the country's canonical name, for the countries the alias table
    names (``country_codes.jsonl`` read backwards)."""
    names = _country_names()
    out: dict[str, str] = {}
    for r in read_jsonl("country_codes.jsonl"):
        if r["name"] in names:
            out.setdefault(str(r["code"]), str(r["name"]))
    return out


def _dateline_country(text: str, ents: list[Ent]) -> str | None:
    """The country of the city a dateline opens the text with ("ACCRA, May 30 -" -> Ghana): the
    gazetteer's largest city of that name. None without a dateline."""
    first = min((e for e in ents if e.type == "GPE"), key=lambda e: e.start, default=None)
    if first is None or first.start > DATELINE_REACH or "\n" in text[: first.start].strip():
        return None
    if not DATELINE_END.match(text, first.end):
        return None
    word = text[first.start : first.end]
    if word.isupper():
        word = title_case(word)
    countries = _country_names()
    if word in countries:
        return word
    rows = [r for r in world_places().get(word, ()) if r["kind"] == "city"]
    if not rows:
        return None
    top = max(rows, key=lambda r: int(str(r["pop"])))
    return _country_by_code().get(str(top["country"]))


def document_country(text: str, ents: list[Ent]) -> str | None:
    """The country the document names most (first named on a tie), else its dateline's."""
    countries = _country_names()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for e in ents:
        country = _country_of(e, countries)
        if country:
            counts[country] += 1
            first.setdefault(country, e.start)
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    return ranked[0] if ranked else _dateline_country(text, ents)


def sole_country(text: str, ents: list[Ent]) -> str | None:
    """The one country a document is about: the country it names most, its dateline's city
    counting as one mention more, where no other country is named at least half as often and
    no union of countries is named (``national_bodies.jsonl`` kind union: "Parliament" in a
    story about the European Union is its own). None where two countries compete or the text
    names none (session 17)."""
    countries = _country_names()
    unions = national_body_words("union")
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for e in ents:
        if e.name in unions:
            return None
        country = _country_of(e, countries)
        if country:
            counts[country] += 1
            first.setdefault(country, e.start)
    dateline = _dateline_country(text, ents)
    if dateline:
        counts[dateline] += 1
        first.setdefault(dateline, -1)
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    if not ranked or (len(ranked) > 1 and 2 * counts[ranked[1]] >= counts[ranked[0]]):
        return None
    return ranked[0]
