"""Which country a document is about, and a country's code.

``document_country``: the country the document names most (first named on a tie), else its
dateline's city's (``dateline_country_name``). ``sole_country``: the one country a document is
about, where no other country is named at least half as often and no union of countries is
named (session 17). ``country_code``: the ISO 3166 code of a country or of the country a
first-level subdivision lies in. Read by ``bodies`` and ``place_names`` here and by the
entities component.

Tables: ``models/country_codes.jsonl`` (CLDR's English names), ``models/country_code_names.jsonl``
(code -> the alias table's canonical name, where CLDR's differs), the countries of the alias table
(``models/places.jsonl``), ``models/demonym_countries.jsonl``, the gazetteer
``models/world_places.jsonl`` and the ``union`` kind of ``models/national_bodies.jsonl``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from briefx.normalize.cues import demonym_countries
from briefx.normalize.figures import country_code as named_country_code
from briefx.normalize.names import (
    aliases,
    national_body_words,
    place_kinds,
    row_pop,
    title_case,
    world_places,
)
from briefx.pipeline.coref.ent import Ent
from briefx.resources import read_jsonl


def country_code(name: str) -> str | None:
    """The ISO 3166 code of a country (CLDR's English name or the alias table's canonical one,
    ``normalize.figures.country_code``: "Turkey", CLDR "Türkiye") or of the country a
    first-level subdivision the gazetteer knows lies in ("Scotland" -> "GB")."""
    code = named_country_code(name)
    if code:
        return code
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


# "NAIROBI, May 3", "ACCRA (Reuters) -", and 1996 wire copy's "WELLINGTON 1996-08-21" (the city,
# then the day in ISO form ending the line; not "talks in KUWAIT 1996-08-28 with ..."; session 41)
DATELINE_END = re.compile(r"\s*(?:,|\(|-|–|—)|[ \t]+\d{4}-\d{2}-\d{2}[ \t]*(?:\n|$)")
DATELINE_REACH = 40  # characters from the text's start within which a dateline's city stands
HEADLINE_REACH = 300  # a dateline under a headline opens the text's next line within this


@cache
def _country_by_code() -> dict[str, str]:
    """Return ISO 3166 code -> the country's canonical name, for the countries the alias table
    names: ``country_codes.jsonl`` read backwards where CLDR's name is the canonical one, else
    ``country_code_names.jsonl`` ("TR" -> "Turkey", CLDR "Türkiye"; "CI" -> "Ivory Coast";
    issue 13: 30 countries the alias table knows had no name by their code)."""
    names = _country_names()
    out: dict[str, str] = {}
    for r in read_jsonl("country_codes.jsonl"):
        if r["name"] in names:
            out.setdefault(str(r["code"]), str(r["name"]))
    for r in read_jsonl("country_code_names.jsonl"):
        if r["name"] in names:
            out.setdefault(str(r["code"]), str(r["name"]))
    return out


def dateline_country_name(text: str, ents: list[Ent]) -> str | None:
    """The country of the city a dateline opens the text with ("ACCRA, May 30 -" -> Ghana), or
    its second paragraph with, under a headline that names no place ("Minister pledges
    ...\n\nLONDON, 22 July -"; session 22): the gazetteer's largest city of that name. None
    without a dateline."""
    first = min((e for e in ents if e.type == "GPE"), key=lambda e: e.start, default=None)
    if first is None or not DATELINE_END.match(text, first.end):
        return None
    head = text[: first.start].strip()
    if first.start > DATELINE_REACH or "\n" in head:
        under_headline = (
            first.start <= HEADLINE_REACH
            and text[first.start - 1 : first.start] == "\n"
            and text[first.start : first.end].isupper()
            and len(head.split("\n")) == 1  # (one headline line, then the dateline's line)
        )
        if not under_headline:
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
    return ranked[0] if ranked else dateline_country_name(text, ents)


PLACES_AGREE = 2  # places of one country a text names, and no other, to be about that country


def places_country(ents: list[Ent]) -> str | None:
    """The country of a text that names none and has no dateline, where the places it names
    (two or more, typed GPE) all lie in that one country (by the gazetteer's largest place of
    each name): "cases rose in Mombasa and Kisumu" -> Kenya (session 25); places the gazetteer
    does not know are left out (session 26); one place where it is its country's capital
    ("Issued by the Ministry of Health, Wellington" -> New Zealand; session 31). Read for national
    bodies only (``sole_country``, ``bodies.national_bodies``), not by ``document_country``,
    whose readers title subdivisions by it ("Kitui and Makueni" stay as written)."""
    names = {e.name for e in ents if e.type == "GPE"}
    # (a place the gazetteer does not know is no evidence either way: "Auckland, Wellington
    # and Onehunga" are in New Zealand; session 26)
    known = {n: code for n in names if (code := place_country_code(n))}
    codes = set(known.values())
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    if len(known) < PLACES_AGREE and _capitals().get(next(iter(known))) != code:
        return None  # one place, unless it is its country's capital (session 31)
    return country_by_code(code)


@cache
def _capitals() -> dict[str, str]:
    """Return capital city -> its country's ISO 3166 code (``models/national_capitals.jsonl``):
    a text that names only "Wellington" ("Issued by the Ministry of Health, Wellington") is
    about New Zealand."""
    return {str(r["capital"]): str(r["code"]) for r in read_jsonl("national_capitals.jsonl")}


def sole_country(
    text: str, ents: list[Ent], unions_own: bool = True, ahead: bool = False
) -> str | None:
    """The one country a document is about: the country it names most, its dateline's city
    counting as one mention more, where no other country is named at least half as often and
    no union of countries is named (``national_bodies.jsonl`` kind union: "Parliament" in a
    story about the European Union is its own; ``unions_own`` False for a body no union has,
    "the Centre Party": session 35). None where two countries compete or the text names none
    (session 17). ``ahead``: the country named most, its dateline counting, where it is named
    more often than any other, however many times the second is, and the first it names, in its
    opening paragraph ("Norway's Labour Party ... in Sweden" from an Oslo dateline: Norway 2,
    Sweden 1; session 38, for a body whose name many countries share)."""
    countries = _country_names()
    unions = national_body_words("union") if unions_own else frozenset()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for e in ents:
        if e.name in unions:
            return None
        country = _country_of(e, countries)
        if country:
            counts[country] += 1
            first.setdefault(country, e.start)
    dateline = dateline_country_name(text, ents)
    if dateline:
        counts[dateline] += 1
        first.setdefault(dateline, -1)
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    if not ranked:
        return places_country(ents)  # (no country named: the one its places lie in)
    second = counts[ranked[1]] if len(ranked) > 1 else 0
    if ahead and second:
        # (and the first one it names, in its headline or opening paragraph: "ABIDJAN/ACCRA - Côte d'Ivoire
        # ... \n\nIn Ghana, ... Ghana ... Ghana" is Côte d'Ivoire's story where it names Ghana
        # more, even where NER missed the opening "Côte d'Ivoire")
        opens = min(first, key=lambda c: first[c])
        before = text[: max(first[opens], 0)].split("\n")[:-1]  # (whole lines before it)
        lead = sum(1 for line in before if line.strip()) <= 1  # (a headline's line may open)
        return ranked[0] if counts[ranked[0]] > second and opens == ranked[0] and lead else None
    if second and 2 * second >= counts[ranked[0]]:
        return None
    return ranked[0]


# a sentence's end: a full stop, "!" or "?" before white space, or a line break
SENTENCE_END = re.compile(r"[.!?]\s|\n")
SENTENCE_REACH = 600  # characters looked at on each side of a mention for its sentence


@cache
def place_country_code(name: str) -> str | None:
    """The ISO 3166 code of the country a place lies in: a country, a subdivision the gazetteer
    knows in one country, or the gazetteer's largest place of the name (asked for every place
    of a document each time a mention's sentence is placed, so cached)."""
    code = country_code(name)
    if code:
        return code
    top = max(world_places().get(name, ()), key=row_pop, default=None)
    return str(top["country"]) if top is not None else None


def place_codes(
    text: str, ents: list[Ent], e: Ent, datelines: bool = True, named: str = "any"
) -> tuple[Counter[str], Counter[str]]:
    """The ISO codes of the countries of the other places and demonyms named in ``e``'s
    sentence and in the whole document, counted (a mention of ``e``'s own name left out; a
    dateline, a place in capitals opening a line, only with ``datelines``); ``named``
    "countries": only countries named so ("In Mozambique, ..."), "within": only places within
    a country, no country or demonym ("ordered Punjab and Haryana": "Mexico said the Senate"
    names a speaker, not where the Senate sits)."""
    countries = _country_names()
    lo, hi = sentence_bounds(text, e)
    near: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for x in ents:
        if x is e or x.name == e.name:
            continue
        if (
            not datelines
            and (x.start == 0 or text[x.start - 1] == "\n")
            and text[x.start : x.end].isupper()
        ):
            continue
        if named == "countries" and x.name not in countries:
            continue
        if named == "within" and (x.name in countries or x.type != "GPE"):
            continue
        if x.type == "GPE":
            code = place_country_code(x.name)
        elif x.type == "NORP":
            country = demonym_countries().get(x.name)
            code = country_code(country) if country else None
        else:
            code = None
        if code:
            every[code] += 1
            if lo <= x.start and x.end <= hi:
                near[code] += 1
    return near, every


def sentence_bounds(text: str, e: Ent) -> tuple[int, int]:
    """The character bounds of ``e``'s sentence (``sentence_span``)."""
    return sentence_span(text, e.start, e.end)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The character bounds of the sentence around [start, end), looked for within
    SENTENCE_REACH characters on either side (a bounded look: no scan from the text's start)."""
    reach = max(0, start - SENTENCE_REACH)
    lo = max((m.end() for m in SENTENCE_END.finditer(text, reach, start)), default=reach)
    mt = SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    return lo, mt.start() if mt else min(len(text), end + SENTENCE_REACH)


def sentence_country(
    text: str,
    ents: list[Ent],
    e: Ent,
    codes: set[str] | None = None,
    near_only: bool = False,
    named: str = "any",
) -> str | None:
    """Of ``codes`` (None: any), the ISO code of the country of the other places named in
    ``e``'s sentence, else (unless ``near_only``) the one the document's places and demonyms
    name most; None on a tie or with none (``named`` as ``place_codes`` reads it)."""
    near, every = place_codes(text, ents, e, named=named)
    for counts in (near,) if near_only else (near, every):
        ranked = [(c, n) for c, n in counts.most_common() if codes is None or c in codes][:2]
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
    return None


def country_by_code(code: str) -> str | None:
    """The canonical name of the country of an ISO 3166 code ("IN" -> "India")."""
    return _country_by_code().get(code)
