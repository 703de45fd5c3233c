"""National bodies named without their country take the title their country's body has.

``national_bodies``: a ministry or department with a generic title ("Ministry of Health")
takes its country in brackets, as English Wikipedia titles them ("Ministry of Health
(Kenya)"): the country the text gives it, else the one it names most, else its dateline's
(session 13); courts, chambers and parties named by a short name ("the Senate", "Labour") take
the title of the country the text gives them, else of the one country it is about (session
17). "the Finance Ministry" is the "Ministry of Finance" first, and "the Energy Ministry" the
ministry of that subject the document writes out with a longer title ("Ministry of Energy and
Green Transition"), the nearest before it (session 15). ``country_titles``: a body named by
the part of its title before its country, which the text never writes out ("the Reserve Bank"
in a text datelined Sydney), takes the title the tables give for the document's country
(session 13).

Tables: the ``shared_body``, ``shared_head`` and ``ministry_subject`` kinds of ``models/entity_words.jsonl``,
``models/national_bodies.jsonl`` and the organisations of the alias and company tables.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from briefx.normalize.cues import body_kinds
from briefx.normalize.names import (
    US_CODE,
    aliases,
    companies,
    demonym_countries,
    entity_words,
    form_words,
    lookup_alias,
    national_body,
    national_body_commons,
    national_body_patterns,
    national_body_shorts,
    national_body_titles,
    national_body_words,
    org_acronyms,
    own_body_titles,
    world_places,
)
from briefx.pipeline.coref.countries import (
    _country_names,
    _country_of,
    country_by_code,
    country_code,
    dateline_country_name,
    document_country,
    place_codes,
    places_country,
    sentence_country,
    sole_country,
)
from briefx.pipeline.coref.ent import Ent, _words
from briefx.pipeline.coref.parts import without_opening_place
from briefx.resources import read_jsonl, table_index

# The words of a national body's name that carry no subject of their own ("Ministry of Trade and
# Industry" has two subjects).
BODY_FILLERS = frozenset({"of", "for", "and", "the", "&"})
BODY_HEADS = ("Ministry", "Department")
MAX_BODY_SUBJECTS = 2  # more subjects make a title that no other country's body shares


def _generic_body(name: str) -> bool:
    """A ministry or department whose title names only its subject, one or two words: "Ministry
    of Health", "Federal Ministry of Finance", "Ministry of Foreign Affairs", "Department of
    Agriculture" (many countries have one); not "Ministry of Economy, Trade and Industry", nor
    a name that holds a place ("Ministry of Health of Kenya") or already says its country; and
    a name many countries give a body of theirs (``shared_body``: "National Assembly")."""
    if name in entity_words("shared_body") or name in _bracket_shorts():  # "National Assembly"
        return True
    words = _words(name.replace(",", ""))
    if words[:2] == ["Federal", "Ministry"]:  # (Switzerland's "Federal Department of ...": own)
        words = words[1:]
    if len(words) < 3 or words[0] not in BODY_HEADS or words[1] != "of" or lookup_alias(name):
        return False  # ("Department for Transport": a British title of its own)
    subjects = [w for w in words[2:] if w.lower() not in BODY_FILLERS]
    return (
        0 < len(subjects) <= MAX_BODY_SUBJECTS
        and all(w.isalpha() and w[:1].isupper() and not lookup_alias(w) for w in subjects)
        and all(w.lower() in BODY_FILLERS or w[:1].isupper() for w in words[2:])
    )


@cache
def _bracket_shorts() -> frozenset[str]:
    """Return the generic titles the national bodies table gives as "<title> (<country>)" in any
    country ("Central Statistics Office", "Court of Appeal", "Monetary Policy Committee"; kind
    "pattern" of ``models/national_bodies.jsonl``): titles many countries give a body of theirs,
    which take the document's country as a ministry does (session 40)."""
    return frozenset(
        s for s, form in national_body_patterns().items() if form == f"{s} ({{country}})"
    )


@cache
def _written_only() -> frozenset[str]:
    """The bracketed generic titles (``_bracket_shorts``) that are no shared body's name: a body
    by one of them counts by its own text only, and written with its country it is often its own
    title ("Competition Authority of Kenya"; session 40)."""
    return _bracket_shorts() - entity_words("shared_body")


def _body_title(short: str, country: str, us: str) -> str | None:
    """The title the national bodies table gives a country's body (``names.national_body``), none
    for a U.S. body by a bracketed pattern: the United States' bodies have titles of their own,
    which its title rows give ("Court of Appeals" is no one body there; session 40)."""
    if country == us and short in _bracket_shorts():
        return national_body_titles().get((short, us))
    return national_body(short, country)


@cache
def _shared_heads() -> dict[str, tuple[int, int]]:
    """Return the head words of bodies that many countries name alike -> the fewest words
    before the head that make such a name ("Party": 1, "Centre Party"; "Committee": 2,
    "Monetary Policy Committee", not a firm's "Audit Committee"), and the fewest where they
    are all adjectives ("Council": 1, "Constitutional Council"; session 35; the first where the
    row gives none; ``entity_words.jsonl`` kind ``shared_head``)."""
    return {
        str(r["word"]): (int(r["words"]), int(r.get("adjective", r["words"])))
        for r in read_jsonl("entity_words.jsonl")
        if r["kind"] == "shared_head"
    }


@cache
def _acronym_titles() -> frozenset[str]:
    """Return the titles ``models/org_acronyms.jsonl`` gives ("National Security Agency",
    "National Bureau of Statistics (Nigeria)"): a bare one is a body's own title."""
    return frozenset(t for rows in org_acronyms().values() for t in rows.values())


@cache
def _own_lead_heads() -> frozenset[str]:
    """Return the shared heads whose names opening with an ``own_lead`` word ("Federal") are a
    federation's own titles ("Federal Employment Agency", "Federal Security Service"; the
    ``own_leads`` rows of ``entity_words.jsonl`` kind ``shared_head``; session 45)."""
    return frozenset(
        str(r["word"])
        for r in read_jsonl("entity_words.jsonl")
        if r["kind"] == "shared_head" and r.get("own_leads")
    )


def _read_head(name: str) -> bool:
    """Whether a body's name ends with a head session 45 reads ("Agency", "Authority",
    "Commission" ...; the ``own_leads`` rows of ``shared_head``)."""
    return name.rsplit(" ", 1)[-1] in _own_lead_heads()


# the endings of adjectives that name a body's standing, not a thing ("Constitutional",
# "Federal", "Legislative", "Economic"): a suffix test of our own, as the lexicon here is one
# set of words of every part of speech ("security" is a noun, "national" also one)
ADJECTIVE_ENDING = re.compile(r"(?:al|ive|ic)$")


MAX_SHARED_WORDS = 2  # words before the head of a shared name ("Justice and Development"); a
# longer one is a body's own ("Monetary Policy and Financial Stability Committee")


@cache
def _local_words() -> frozenset[str]:
    """Words that make a body a city's, a region's or a state's, no country's ("Leeds City
    Council", "Greater Wellington Regional Council": ``models/government_body_words.jsonl``),
    a region's of several countries ("Gulf Cooperation Council": the ``loc_head`` words of
    ``models/entity_forms.jsonl``) or the world's ("International Cricket Council": the
    ``many_countries`` words of ``models/entity_words.jsonl``; session 38), lower case."""
    local = {str(r["word"]) for r in read_jsonl("government_body_words.jsonl")}
    return frozenset(local | form_words("loc_head") | entity_words("many_countries"))


POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")  # "People's Party", "Workers' Party"


def _shared_name(name: str, english: frozenset[str]) -> bool:
    """Whether a body's name is one many countries' bodies share: a head of such bodies
    (``shared_head``: "Party", "Committee", "Council") after words that are all common words
    of the lexicon (``english``, the lemmatizer's WordNet index) and none a place, a people or
    a body the alias table knows, nor a city's, a region's or a state's word, as many as the
    head asks and at most two ("Centre Party", "People's Party",
    "Workers' Party", "Justice and Development Party", "Monetary Policy Committee", "National
    Security Council"); not a name the alias, organisation or company tables give a body of
    its own ("Federal Trade Commission"), nor one holding a place or a name ("Kuwait
    Investment Authority"; "Fidesz", "Bank of Canada": no head). A general test, not a list of
    the names: no maintained table of the names countries share exists offline (session 34).
    Session 35: a head's row may ask fewer words where they are all adjectives by their ending
    ("Council": one, "Constitutional Council", "Federal Council"); plurals in "-ies"
    ("Utilities"); no word formed on a country's name ("Botswana Democratic Party") nor a
    natural place's ("Atlantic Fisheries Council"). Session 45: the heads of other national
    bodies ("Agency", "Authority", "Commission", "Institute", "Office", "Service" ...: "State
    Security Agency", "National Statistics Institute"), not a name the national bodies table
    knows as one body's own (kind "own": "National Crime Agency") nor, for those heads, one
    opening with an ``own_lead`` word ("Federal Employment Agency")."""
    words = name.split()
    heads = _shared_heads().get(words[-1]) if english and len(words) > 1 else None
    if heads is None:
        return False
    content = [w for w in words[:-1] if w.lower() not in BODY_FILLERS]
    least = heads[0]
    if all(ADJECTIVE_ENDING.search(w) for w in content):
        least = min(least, heads[1])  # "Constitutional Council", "Federal Council" (session 35)
    if not least <= len(content) <= MAX_SHARED_WORDS or lookup_alias(name) or name in _org_titles():
        return False
    if name in national_body_words("own") or name in own_body_titles():
        # ("National Crime Agency": one body's title, s45; "Data Protection Commission", whose
        # article is bare though its words are common: scripts/derive_own_body_titles.py, s46)
        return False
    if words[-1] in _own_lead_heads() and (
        words[0] in entity_words("own_lead")
        or "of" in words
        or name in _acronym_titles()
        or name in national_body_shorts()
    ):
        # ("Federal Employment Agency": a federation's own title; "Port of Rotterdam Authority":
        # a place's; "National Security Agency": a title the acronym table gives; "National
        # Audit Office", "Environmental Protection Agency": the table's rows title them, as
        # before; session 45)
        return False
    local = _local_words()
    return all(
        w.lower() not in local
        and _common_word(POSSESSIVE.sub("", w), english)
        and not _country_word(w)
        and not _region_word(w)
        and w not in _natural_names()
        for w in content
    )


@cache
def _natural_names() -> frozenset[str]:
    """Return the names of natural places (``models/natural_places.jsonl``, WordNet's): a body
    named by a sea or a range is a region's ("Atlantic Fisheries Council"; session 35)."""
    return frozenset(table_index("natural_places.jsonl", "name"))


MIN_COUNTRY_STEM = 4  # letters of a country's name that a word formed on it opens with


def _country_word(word: str) -> bool:
    """Whether a word is a country's name or formed on it ("Kuwait", "Icelandic", "Botswana"),
    which the lexicon may hold as a common word ("icelandic", the language): a body so named
    is its country's own ("Icelandic Meteorological Office"; session 35)."""
    return any(len(c) >= MIN_COUNTRY_STEM and word.startswith(c) for c in _single_word_countries())


def _region_word(word: str) -> bool:
    """Whether a word is a continent's or a world region's one-word name or formed on it
    ("African", "European", "Asian", "Caribbean"; ``models/world_regions.jsonl``): a body so
    named is a union's or a region's, no one country's ("African Union Commission"; session
    46)."""
    return any(word.startswith(r) for r in _single_word_regions())


@cache
def _single_word_regions() -> tuple[str, ...]:
    """Return the one-word names of continents and world regions ("Africa", "Europe", "Asia",
    "Caribbean"), at least as long as a country's stem."""
    names = read_jsonl("world_regions.jsonl")
    return tuple(
        sorted(
            str(r["name"])
            for r in names
            if " " not in str(r["name"]) and len(str(r["name"])) >= MIN_COUNTRY_STEM
        )
    )


@cache
def _single_word_countries() -> tuple[str, ...]:
    """Return the one-word canonical names of countries ("Iceland", "Kenya")."""
    return tuple(sorted(c for c in _country_names() if " " not in c))


def _common_word(word: str, english: frozenset[str]) -> bool:
    """A capitalised word of the lexicon, or the plural of one ("Workers"), that names no
    place, people or body of the alias table ("Kuwait", "Swedish"), nor a sizeable city of the
    gazetteer: the lexicon (WordNet's index, lower case) also holds cities' names ("toronto",
    "lagos"), and a body named by its city is the city's ("Toronto Transit Commission"; session
    46)."""
    low = word.lower()
    return (
        word.isalpha()
        and word[:1].isupper()
        and (low in english or _plural_of(low, english))
        and lookup_alias(word) is None
        and not _city_word(word)
    )


# the population from which a city's name is no common word before a body's head: below it,
# the common words that small towns also bear ("Independence", "Enterprise", "Union"), above it
# "Toronto", "Lagos", "Chicago" (the gazetteer's cities of 150,000 or more whose names the
# lexicon holds are, among the words of national bodies' titles, none but "Commonwealth",
# "Metro" and "Mobile": checked on the pattern, title and shared rows; session 46)
CITY_WORD_POP = 150_000


@cache
def _city_word(word: str) -> bool:
    """Whether a capitalised word is the name of a city of ``CITY_WORD_POP`` people or more
    (``models/world_places.jsonl``, GeoNames')."""
    return any(
        r.get("kind") == "city" and int(str(r.get("pop") or 0)) >= CITY_WORD_POP
        for r in world_places().get(word, ())
    )


def _plural_of(low: str, english: frozenset[str]) -> bool:
    """Whether a lower-case word is the plural of a word of the lexicon: "workers", "markets",
    "securities" and "utilities" ("-ies" of a "-y": session 35), "services"."""
    if low.endswith("ies") and low[:-3] + "y" in english:
        return True
    return low.endswith("s") and low[:-1] in english


# "the Finance Ministry"; "the Mines and Energy Ministry", two subjects (session 21)
MINISTRY_AFTER = re.compile(r"((?:[A-Z][a-z]+ and )?[A-Z][a-z]+) Ministry")
# a ministry the text writes out: "Ministry of Energy and Green Transition", "Federal Ministry of
# Finance, Budget and National Planning" (the subject part in the group)
MINISTRY_OF = re.compile(r"(?:[A-Z][a-z]+ )?Ministry of (?:the )?([A-Z].*)")


@cache
def _ministry_subjects() -> dict[str, str]:
    """Return a ministry's subject word -> the subject of its usual title ("Foreign" ->
    "Foreign Affairs"; ``entity_words.jsonl`` kind ``ministry_subject``)."""
    return {
        str(r["word"]): str(r.get("name") or r["word"])
        for r in read_jsonl("entity_words.jsonl")
        if r["kind"] == "ministry_subject"
    }


def _ministry_order(text: str, ents: list[Ent]) -> None:
    """ "the Finance Ministry" is the "Ministry of Finance" (``ministry_subject`` words, with
    the noun of the usual title where the subject is an adjective: "Foreign Ministry" ->
    "Ministry of Foreign Affairs"), so that ``national_bodies`` titles it like the written-out
    form (session 13). Where the document writes out a ministry of that subject with a longer
    title ("the Ministry of Energy and Green Transition", "the Federal Ministry of Finance,
    Budget and National Planning"), it is that ministry, the nearest named before it (else the
    one named after it): the document's own title wins over the usual one (session 15); a
    subject the table does not know names only such a written ministry ("the Water Ministry" of
    "Ministry of Water and Environment", "the Mines Ministry"), and two subjects joined by "and"
    are the title reordered ("the Mines and Energy Ministry" -> "Ministry of Mines and Energy";
    session 21)."""
    subjects = _ministry_subjects()
    written = [
        (e.start, e.name, mt.group(1))
        for e in ents
        if e.type == "ORG"
        and (mt := MINISTRY_OF.fullmatch(e.name))
        and e.name in text[e.start : e.end]
    ]
    fits: dict[str, list[tuple[int, str]]] = {}  # subject -> its written ministries, in order
    for e in ents:
        mt = MINISTRY_AFTER.fullmatch(e.name)
        if e.type == "ORG" and mt and e.name in text[e.start : e.end]:
            # a subject the table does not know ("the Water Ministry") names only a ministry
            # the document writes out ("Ministry of Water and Environment"; session 21)
            subject = subjects.get(mt.group(1), mt.group(1))
            if subject not in fits:
                fits[subject] = sorted(
                    (start, name) for start, name, rest in written if _subject_opens(subject, rest)
                )
            own = _written_ministry(fits[subject], e.start)
            if own or mt.group(1) in subjects or " and " in subject:
                e.name = own or f"Ministry of {subject}"


def _written_ministry(fits: list[tuple[int, str]], at: int) -> str | None:
    """The ministry of a subject the document writes out with a title of its own that opens with
    that subject ("Energy and Green Transition"; ``fits``, in text order): the nearest one
    before ``at``, else the one after it where only one is; None where the document writes
    none."""
    k = bisect.bisect_left(fits, (at, ""))
    if k:
        return fits[k - 1][1]
    names = {name for _, name in fits}
    return next(iter(names)) if len(names) == 1 else None


def _subject_opens(subject: str, rest: str) -> bool:
    """Whether a written ministry's subjects hold the subject: the first ("Energy" of "Energy
    and Green Transition"), or any of a list of three or more, a merged ministry the news names
    by any of them ("the Transport Ministry" of "Ministry of Land, Infrastructure, Transport
    and Tourism", "the Trade Ministry" of "Ministry of Economy, Trade and Industry"; session
    21). Two subjects joined by "and" are no such list: "the Energy Ministry" is not the
    "Ministry of Transport and Energy" (session 15)."""
    if rest == subject or (
        rest.startswith(subject) and rest[len(subject) : len(subject) + 1] in (" ", ",")
    ):
        return True
    listed = SUBJECT_LIST.split(rest)
    return len(listed) >= 3 and subject in listed


# the subjects of a ministry's title: "Economy, Trade and Industry" -> Economy / Trade / Industry
SUBJECT_LIST = re.compile(r",? and |, ")


@cache
def _table_titles() -> frozenset[str]:
    """Return the titles the national bodies table gives ("Australian Electoral Commission")."""
    return frozenset(str(t) for t in national_body_titles().values() if t)


@cache
def _org_titles() -> frozenset[str]:
    """Return the canonical names of organisations the alias, organisation and company tables
    give."""
    titles = {name for name, kind in aliases().values() if kind == "ORG"}
    return frozenset(titles | set(companies().values()))


def country_titles(text: str, ents: list[Ent]) -> None:
    """A body named by the part of its title before its country, which the document never
    writes out ("the Reserve Bank" in a text from Sydney), is the body the tables title "<name>
    of <country>" for the document's country ("Reserve Bank of Australia"), with every mention
    linked to it (session 13). Not where the document names the body in full (the linking
    before has given the mention that name) or names no country."""
    titles = _org_titles()
    country = None
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "ORG" or e.name != word or len(word.split()) < 2 or not word.istitle():
            continue
        if country is None:
            country = document_country(text, ents) or ""
        if not country:
            return
        for title in (f"{word} of {country}", f"{word} of the {country}"):
            if title in titles:
                old = e.name
                for x in ents:
                    if x.type == "ORG" and x.name == old:
                        x.name = title
                break


# the types NER gives a police force's common name ("Toronto Police" tagged a place or a person)
COMMON_TYPES = ("ORG", "GPE", "PERSON", "NORP", "FAC")


def common_titles(text: str, ents: list[Ent]) -> None:
    """A body named by the common name its country's copy uses ("Ghana Police", "Toronto
    Police") takes the title English Wikipedia gives it ("Ghana Police Service", "Toronto Police
    Service"; ``national_bodies.jsonl`` kind "common"): a mention whose whole text is the common
    name and that no earlier rule renamed, and the common name NER left untagged or tagged only
    in part ("Toronto" of "Toronto Police said": the place gives way), where no capitalised
    word follows it ("Toronto Police Services Board" is another body; session 41). Its short
    forms ("the Service") follow by ``parts.head_nouns``, which runs after."""
    table = national_body_commons()
    if "Police" not in text:  # (every common name of the table is a police force's)
        return
    for e in ents:
        word = text[e.start : e.end]
        title = table.get(word) if e.type in COMMON_TYPES and e.name == word else None
        if title is not None:
            e.name, e.type = title, "ORG"
    found: list[Ent] = []
    for mt in _common_names().finditer(text):
        start, end = mt.span()
        if NEXT_WORD_CAPITAL.match(text, end):
            continue
        inside = [e for e in ents if e.start < end and e.end > start]
        if all(start <= e.start and e.end <= end and e.type in ("GPE", "NORP") for e in inside):
            found.append(Ent(start, end, "ORG", table[mt.group()]))
            for e in inside:
                ents.remove(e)
    if found:
        ents.extend(found)
        ents.sort(key=lambda e: e.start)


NEXT_WORD_CAPITAL = re.compile(r" [A-Z]")


@cache
def _common_names() -> re.Pattern[str]:
    """Return one pattern of the common names of ``national_bodies.jsonl`` kind "common", as
    whole words, the longest first."""
    names = sorted(national_body_commons(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def country_led_bodies(text: str, ents: list[Ent], english: frozenset[str] = frozenset()) -> None:
    """A country or its people that NER ran into one span with a generic body's title ("the
    Indonesian Ministry of Finance", "the South Korean Ministry of Unification") is a NORP or GPE
    and the body, as ANNOTATION.md tags "the French Government" and the dev sets "Dutch" +
    "Ministry of Economic Affairs"; ``national_bodies`` then gives the body its country from the
    word before it (session 31). Not the United States (whose departments the departments table
    titles with it: "U.S. Department of Agriculture"), a province's or a state's ("Saskatchewan
    Ministry of Transport": no country), nor a body whose title has no country ("Japanese
    Red Cross Society"). A body whose name many countries share is split alike ("the Swiss
    Federal Council", "the Irish Central Statistics Office" -> "Swiss" + "Federal Council";
    ``_shared_name``; session 35)."""
    countries = _country_names()
    us = aliases()[US_CODE][0]
    out: list[Ent] = []
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "ORG" or e.name != word:
            continue
        words = _words(word)
        if _shared_lead(e, word, words, countries, us, english, out):
            continue
        for k in range(1, min(MAX_LEAD_WORDS, len(words) - 2) + 1):
            if words[k] not in BODY_HEADS and words[k] != "Federal":
                continue
            lead = " ".join(words[:k])
            alias = lookup_alias(lead)
            if alias is None or alias[1] not in ("NORP", "GPE"):
                break
            # (the lead's own text: "Indonesian" keeps its spelling; the naming step after
            # gives the canonical name of a place or people as for any such mention)
            led = Ent(e.start, e.start + len(lead), alias[1], alias[0], fixed=True)
            rest = word[len(lead) + 1 :]
            if _country_of(led, countries) not in (None, us) and _generic_body(rest):
                out.append(led)
                e.start, e.name = led.end + 1, rest
            break
    if out:
        ents.extend(out)
        ents.sort(key=lambda e: e.start)


MAX_LEAD_WORDS = 2  # words of a country or people before a body's title ("South Korean")


def _shared_lead(
    e: Ent,
    word: str,
    words: list[str],
    countries: frozenset[str],
    us: str,
    english: frozenset[str],
    out: list[Ent],
) -> bool:
    """Split a country's people from the shared body NER ran into its span ("Swiss Federal
    Council" -> NORP "Swiss" + ORG "Federal Council"), as ``country_led_bodies`` does for
    ministries; whether it did (session 35). Only a council named by its adjective alone
    ("Federal Council", "Constitutional Council"): a people's word or a country's name before
    any other shared name is often the body's own title ("Australian Securities and
    Investments Commission", "Botswana Democratic Party", "Serbian Progressive Party"); nor a
    span that is the title of a body of the tables ("Australian Electoral Commission")."""
    if not english or word in _org_titles() or word in _table_titles():
        return False
    for k in range(1, min(MAX_LEAD_WORDS, len(words) - 2) + 1):
        lead = " ".join(words[:k])
        alias = lookup_alias(lead)
        if alias is None or alias[1] != "NORP":
            continue
        led = Ent(e.start, e.start + len(lead), alias[1], alias[0], fixed=True)
        rest = word[len(lead) + 1 :]
        before = _words(rest)[:-1]
        least = _shared_heads().get(_words(rest)[-1], (0, 0))[0]
        adjectives = len(before) < least and all(ADJECTIVE_ENDING.search(w) for w in before)
        if (
            adjectives
            and _country_of(led, countries) not in (None, us)
            and _shared_name(rest, english)
        ):
            out.append(led)
            e.start, e.name = led.end + 1, rest
            return True
        return False
    return False


def _of_country(name: str, countries: frozenset[str]) -> tuple[str, str] | None:
    """A generic body's title and the country written after it: "Ministry of Health of the
    Republic of Rwanda" -> ("Ministry of Health", "Rwanda"), "Ministry of Foreign Affairs of
    the Republic of Korea" -> (..., "South Korea"), by the alias table's countries and their
    formal titles; None for any other name."""
    at = name.find(" of ")
    while at > 0:  # (from the left: the longest place, "the Republic of Korea", not "Korea")
        body, place = name[:at], name[at + 4 :].removeprefix("the ")
        alias = lookup_alias(place)
        if alias and alias[1] == "GPE" and alias[0] in countries:
            # (a generic title of the table's bracketed patterns written with its country is
            # often its own title: "Competition Authority of Kenya"; session 40)
            own = body in _written_only()
            return (body, alias[0]) if _generic_body(body) and not own else None
        at = name.find(" of ", at + 1)
    return None


def _table_body(text: str, e: Ent) -> bool:
    """An organisation named by the whole of a short name the national bodies table reads
    ("Senate", "High Court", "Labour"), which no earlier rule has renamed."""
    word = text[e.start : e.end]
    return e.type == "ORG" and e.name == word and word in national_body_shorts()


# the words between a body and the country that owns it: "Kenya's Ministry of Health", "the
# Kenyan Ministry of Health", "the Singapore Ministry of Health" (a GPE that is no country,
# "the Ontario Ministry of Health", gives the body no country); "the Ministry of Health of
# Kenya", "... of the Republic of Korea" where NER tagged "Republic of Korea" alone (session 31)
LEADS = ("NORP", "GPE")
# the lower-case words between a country and the shared body it owns ("'s opposition ", "'s
# ruling ", "'s main opposition "), at most two, none a stop word of spaCy's list ("'s talks
# with ")
DESCRIBED = re.compile(r" (?:[a-z][a-z-]+ ){1,2}$")
OF_GAPS = (" of ", " of the ")


def national_bodies(text: str, ents: list[Ent], english: frozenset[str] = frozenset()) -> None:
    """A national body named without its country takes the title English Wikipedia gives that
    country's body.

    - A ministry or department with a generic title takes its country in brackets ("Ministry of
      Health (Kenya)", "Department of Agriculture (Philippines)"); the country is the one the
      text gives it ("Kenya's Ministry of Health", "the Ministry of Finance of Ghana", "the
      Dutch Ministry of Defence"), else the one the document names most (first named on a
      tie). No country, or the United States (whose departments the departments table names),
      leaves the name as it is.
    - Courts, chambers, electoral bodies and parties named by a short name ("the Supreme Court",
      "the Senate", "Parliament", "the National Assembly", "Labour") take the title
      ``models/national_bodies.jsonl`` gives for the country the text gives them ("Kenya's
      High Court" -> "High Court of Kenya"), else for the one country the document is about
      (``sole_country``): "Senate of Canada", "Senate of the Philippines", "Australian
      Senate", "Labour Party (UK)". Where two countries compete, or the table has no title for
      the country, the name stays as it is (session 17; the U.S. rows are also read by
      ``names.lookup_department`` before).
    - A body whose name many countries' bodies share (``_shared_name``: "Centre Party",
      "Monetary Policy Committee", "National Security Council") takes the title the table
      gives that country's body ("Social Democratic Party of Germany"), else "<name>
      (<country>)" ("Centre Party (Sweden)"), its country found as for the short names; not
      the United States', whose bodies have titles of their own (session 34).
    """
    ents.sort(key=lambda e: e.start)
    countries = _country_names()
    us = aliases()[US_CODE][0]
    written: dict[str, str] = {}  # a body's title -> the country written after it
    owners: list[
        Ent
    ] = []  # the owners cut from a generic body's span ("... of the Bank of Uganda")
    for e in ents:
        # "the Ministry of Health of the Republic of Rwanda" as one span: English Wikipedia's
        # title of the body, "Ministry of Health (Rwanda)" (session 31); later short forms
        # ("the Ministry") are linked to it after; before ``_ministry_order``, so that "the
        # Defence Ministry" after "the Ministry of Defence of Ukraine" is titled alike
        of = _of_country(e.name, countries) if e.type == "ORG" and " of " in e.name else None
        if of and of[1] != us and e.name == text[e.start : e.end]:
            # (a country whose body has a title of its own keeps the written name: "Court of
            # Appeal of New Zealand", "National Bureau of Statistics of China"; session 40)
            if of not in national_body_titles():
                e.name = f"{of[0]} ({of[1]})"
            written.setdefault(of[0], of[1])
        elif e.type == "ORG" and " of " in e.name and e.name == text[e.start : e.end]:
            owner = _owned_body(e, countries, us)
            if owner is not None:
                owners.append(owner)
    if owners:
        ents.extend(owners)
        ents.sort(key=lambda e: e.start)
    _ministry_order(text, ents)
    # a body the text named in full before with its province or state ("the Ministry of
    # Transport" after "the Saskatchewan Ministry of Transport"): that body, no country's
    # (``parts.tail_forms`` links it; session 30); a country or its people opening the long
    # name leaves the country's title ("Ministry of Health (Kenya)" after "the Kenyan ...")
    longer: dict[str, int] = {}
    for e in ents:
        rest = without_opening_place(_words(e.name)) if e.type == "ORG" else None
        if rest and not _country_led(e.name[: -len(rest)].strip(), countries):
            longer.setdefault(rest, e.start)
    table = {n for n, e in enumerate(ents) if _table_body(text, e)}
    shared = {
        n
        for n, e in enumerate(ents)
        if e.type == "ORG" and e.name == text[e.start : e.end] and _shared_name(e.name, english)
    }
    table |= shared  # (found as the table's short names are, then titled "<name> (<country>)")
    # (a generic title of the table's patterns counts by its own text only: an acronym or short
    # form linked to it, "the MPC" of "the Authority's Monetary Policy Committee (MPC)", follows
    # the written title in ``qualified_forms``; session 40)
    linked_only = _written_only()
    bodies = [
        n
        for n, e in enumerate(ents)
        if (n in table or (e.type == "ORG" and _generic_body(e.name) and e.name not in linked_only))
        and longer.get(e.name, e.start) >= e.start
    ]
    if not bodies:
        return
    document = document_country(text, ents) or places_country(ents)
    sole = sole_country(text, ents) if table else None
    # (a union of countries has no party, electoral commission or audit office of a name many
    # countries share: "the Centre Party" in a story that names the European Union is its
    # member's; session 35)
    sole_shared = sole_country(text, ents, unions_own=False) if shared else None
    # (else the country the document names more often than any other, its dateline counting:
    # "Norway's Labour Party ... the Conservative Party ... leaders in Sweden"; session 38)
    ahead = sole_country(text, ents, unions_own=False, ahead=True) if shared else None
    dateline = dateline_country_name(text, ents) if table else None
    unions = national_body_words("union")
    union = any(e.name in unions for e in ents)
    said: dict[int, str] = {}  # a body's country where the text gives it next to the body
    for n in bodies:
        e = ents[n]
        before = ents[n - 1] if n > 0 else None
        after = ents[n + 1] if n + 1 < len(ents) else None
        gap = text[before.end : e.start] if before else ""
        country = None
        if n in shared and before is not None:
            # "Croatia's opposition Social Democratic Party", "the Dutch ruling Labour Party":
            # a shared name's country before the lower-case words that describe the body
            # (session 35)
            described = DESCRIBED.search(gap)
            if described and not STOP_WORDS.intersection(described.group().split()):
                gap = gap[: described.start()] + " "
        if before is not None and (gap in ("'s ", "’s ") or (before.type in LEADS and gap == " ")):
            country = _country_of(before, countries)
            # (also a short name of the table's: "the East African Community's Competition
            # Authority" is the community's, no member's; session 46)
            owned_by = before.type == "ORG" and (n in shared or _read_head(e.name))
            if country is None and owned_by:
                # "the Central Bank of Kenya's Monetary Policy Committee", "the Bank of
                # England's ...": the country the owner's own name holds (session 38)
                country = _name_country(before.name, countries)
            if country is None and (before.type == "GPE" or owned_by):
                # "Ontario's Ministry of Health": a province's or a state's; "the Authority's
                # Monetary Policy Committee": a body's own, no country's (session 34)
                said[n] = ""
                continue
        if country is None and after is not None and text[e.end : after.start] in OF_GAPS:
            country = _country_of(after, countries)
        if country:
            said[n] = country
    by_name = {ents[n].name: c for n, c in reversed(said.items()) if c}  # the first said wins
    # a shared or table name the text gives an organisation or a province ("the African Union's
    # Peace and Security Council", "Ontario's Liberal Party"): its other mentions are that
    # body's too, no country's (session 46)
    owned = {ents[n].name for n, c in said.items() if not c and n in table} - set(by_name)
    for body, country in written.items():  # ("the Defence Ministry" of "... of Ukraine")
        by_name.setdefault(body, country)

    def _near(n: int) -> str | None:
        # where two countries compete, the one the body's own sentence places it in (by its
        # towns and provinces, not by a country named as a speaker), if that is the country
        # the document names most or its dateline's ("The Supreme Court ordered
        # Punjab and Haryana" in a story from Chandigarh that also names Pakistan; session 22)
        if union:
            return None  # ("Parliament" in a story that names the European Union: its own)
        code = sentence_country(text, ents, ents[n], near_only=True, named="within")
        country = country_by_code(code) if code else None
        return country if country and country in (document, dateline) else None

    settled: str | None = None  # (read once, where a generic title needs it)
    named: set[str | None] | None = None  # the countries the text names (read once, s45)
    titled: dict[str, set[str]] = {}  # a short name -> the titles its mentions took
    bare: list[int] = []  # short names that took none, with no owner the text gives
    for n in bodies:
        e = ents[n]
        if n in table and n not in said and e.name in owned:
            continue
        if n in table:
            alone = sole_shared if n in shared else sole
            country = said[n] if n in said else by_name.get(e.name) or alone or _near(n)
            if not country and n in shared and n not in said:
                country = ahead
            if country and n not in said and e.name not in by_name and _read_head(e.name):
                # (a name of the heads session 45 reads takes the document's country only where
                # the text names that country or its people, not by its dateline alone: "KAMPALA
                # - The National Standards Board" may be a body no article titles; bodies45)
                if named is None:
                    named = {_country_of(x, countries) for x in ents if x.type in LEADS}
                country = country if country in named else None
            if (
                not country
                and n not in shared
                and n not in said
                and not union
                and not _court(e.name)
            ):
                # (a short name of the table, "Parliament", in a story whose evidence settles
                # one country, its dateline counting: "WELLINGTON - Parliament ... imports from
                # Australia and Japan"; the country bodies40 reads for a bracketed title; a tie
                # gives nothing; not a court, whose case may be another country's, session 22;
                # session 41)
                if settled is None:
                    settled = _settled_country(ents, dateline, countries) or ""
                country = settled
            title = _body_title(e.name, country, us) if country else None
            if title is None and n in shared and country and country != us:
                title = f"{e.name} ({country})"
            if title:
                titled.setdefault(e.name, set()).add(title)
            elif n not in said:
                bare.append(n)
            # ("National Assembly": also a shared body; a country the table says has no such
            # body keeps the name bare, session 40)
            if title or not _generic_body(e.name) or (e.name, country) in national_body_titles():
                e.name = title or e.name
                continue
        if n in said or e.name in by_name:
            country = said[n] if n in said else by_name[e.name]
        elif e.name in _bracket_shorts():
            # (a generic title of another head than a ministry's: the country of the places its
            # own sentence names ("In Pakistan, floods ... and the National Disaster Management
            # Authority said"), else the one the document's evidence settles; session 40)
            code = None if union else _sentence_places(text, ents, e)
            if code is None and settled is None:
                settled = _settled_country(ents, dateline, countries) or ""
            country = (country_by_code(code) if code else None) or settled
        else:
            country = document
        if country == us and n not in said and _ministry(e.name):
            country = _ministry_country(text, ents, e, us)
        if country and e.name in _bracket_shorts():
            # (the country's own title where the table gives one: the Bank of England's
            # "Monetary Policy Committee"; session 40)
            e.name = _body_title(e.name, country, us) or e.name
        elif country and country != us:
            e.name = f"{e.name} ({country})"
    # the chain follows: a short name one mention took a title by ("Liberal Party president
    # ..." after "The Liberal Party (Philippines) said", where only that mention's sentence
    # placed it), unless its mentions took two countries' titles (session 38)
    for n in bare:
        titles = titled.get(ents[n].name, set())
        if len(titles) == 1 and ents[n].name == text[ents[n].start : ents[n].end]:
            ents[n].name = next(iter(titles))


def retyped_bodies(
    text: str, ents: list[Ent], had: dict[int, str], english: frozenset[str] = frozenset()
) -> None:
    """A national body's short name that NER typed a place or a person ("Brazil's Congress"
    tagged GPE, "Parliament" opening a sentence) and the document's evidence retyped ORG after
    the linking (``had``: each mention's ``id`` -> its type before the vote) takes the title
    ``national_bodies`` gives it, read with the document's other mentions as they stand: the
    other mentions are left as the linking named them (they are read on copies; session 39)."""
    fresh = {
        id(e)
        for e in ents
        if e.type == "ORG"
        and had.get(id(e), "ORG") != "ORG"
        and e.name == text[e.start : e.end]
        and e.name in national_body_shorts()
    }
    if not fresh:
        return
    copies = {id(e): dataclasses.replace(e, tags=set(e.tags)) for e in ents}
    national_bodies(text, list(copies.values()), english)
    for e in ents:
        if id(e) in fresh:
            e.name = copies[id(e)].name


def _name_country(name: str, countries: frozenset[str]) -> str | None:
    """The country an organisation's own name holds: the place after its last "of" ("Central
    Bank of Kenya", "Reserve Bank of India", "Bank of England" -> the United Kingdom, the
    country of a first-level subdivision), else the country or people it opens with ("South
    African Reserve Bank"); None for a name that holds none ("the Authority")."""
    at = name.rfind(" of ")
    if at > 0:
        place = name[at + 4 :].removeprefix("the ")
        alias = lookup_alias(place)
        if alias and alias[1] == "GPE" and alias[0] in countries:
            return alias[0]
        code = country_code(place)
        country = country_by_code(code) if code else None
        if country:
            return country
    words = _words(name)
    for k in (2, 1):
        if len(words) > k and _country_led(" ".join(words[:k]), countries):
            alias = lookup_alias(" ".join(words[:k]))
            lead = alias[0] if alias else " ".join(words[:k])
            return lead if lead in countries else demonym_countries().get(lead)
    return None


SENTENCE_PLACES = 2  # places of one country a body's sentence names to place the body there


def _sentence_places(text: str, ents: list[Ent], e: Ent) -> str | None:
    """The ISO code of the one country whose places the body's own sentence names at least
    twice, more than any other's ("In Pakistan, floods along the Swat ... and the National
    Disaster Management Authority said more rain was due in Punjab"); not one foreign country
    the sentence names once ("the Court of Appeal approved the extradition to Spain"; session
    40)."""
    near, _ = place_codes(text, ents, e)
    ranked = near.most_common(2)
    if not ranked or ranked[0][1] < SENTENCE_PLACES:
        return None
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


def _settled_country(
    ents: list[Ent], dateline: str | None, countries: frozenset[str]
) -> str | None:
    """The country a document's evidence settles for a generic body it names bare: counting its
    dateline's country, each country or people it names, and each organisation whose own name
    holds a country ("Central Bank of Kenya"; ``_name_country``), the one counted more often
    than any other; None on a tie ("GENEVA - officials of Peru and Chile": three countries
    once each; session 40)."""
    counts: Counter[str] = Counter()
    if dateline:
        counts[dateline] += 1
    for e in ents:
        if e.type in LEADS:
            country = _country_of(e, countries)
        elif e.type == "ORG" and " " in e.name:
            country = _name_country(e.name, countries)
        else:
            continue
        if country:
            counts[country] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _owned_body(e: Ent, countries: frozenset[str], us: str) -> Ent | None:
    """A generic body NER ran into one span with the organisation that owns it, whose own name
    holds its country ("Monetary Policy Committee of the Bank of Uganda", "... of the Central
    Bank of Kenya"), takes that country's title ("Monetary Policy Committee (Uganda)"; the
    Bank of England's stays "Monetary Policy Committee", its title row; session 40); not a
    U.S. body, nor one whose owner names no country. The span is cut to the body, and the
    owner, a name of its own (ANNOTATION.md tags the two apart), is returned as a mention of
    its own (session 41)."""
    at = e.name.find(" of ")
    while at > 0:
        rest = e.name[at + 4 :]
        body, owner = e.name[:at], rest.removeprefix("the ")
        if body in _bracket_shorts():
            alias = lookup_alias(owner)  # (an organisation's canonical name: "Bank of Uganda")
            country = _name_country(alias[0] if alias else owner, countries)
            owned = alias is None or alias[1] == "ORG"
            title = _body_title(body, country, us) if country and owned else None
            if not title:
                return None
            end = e.end
            e.name, e.end = title, e.start + at
            start = end - len(owner)
            return Ent(start, end, "ORG", alias[0] if alias else owner)
        at = e.name.find(" of ", at + 1)
    return None


def qualified_forms(text: str, ents: list[Ent]) -> None:
    """An acronym or short form the document links to a body's bare name ("PS" of "the
    Socialist Party (PS)", "the MPC") takes the title "<name> (<country>)" that the body's
    written-out mentions took in ``national_bodies`` (run after the acronym and short-form
    linking, which read the text's expansion, not the title): where every such title of the
    name in the document names one country; a mention whose own text is the bare name stays
    as ``national_bodies`` left it (session 38)."""
    countries = _country_names()
    titles: dict[str, set[str]] = {}
    for e in ents:
        mt = QUALIFIED.fullmatch(e.name) if e.type == "ORG" else None
        if mt and mt.group(2) in countries:
            titles.setdefault(mt.group(1), set()).add(e.name)
    if not titles:
        return
    for e in ents:
        found = titles.get(e.name) if e.type == "ORG" else None
        if found and len(found) == 1 and text[e.start : e.end] != e.name:
            e.name = next(iter(found))


QUALIFIED = re.compile(r"(.+) \(([^()]+)\)")  # "Socialist Party (Portugal)"


def _country_led(opening: str, countries: frozenset[str]) -> bool:
    """Whether the words a body's name opens with are a country or its people ("Kenyan",
    "Kenya", "United States"), not a province's or a state's ("Saskatchewan")."""
    alias = lookup_alias(opening)
    name = alias[0] if alias else opening
    return name in countries or demonym_countries().get(name) in countries


def _court(name: str) -> bool:
    """Whether a body's head word makes it a court ("Supreme Court", "High Court", "Tribunal";
    the ``court`` kind of ``models/body_kinds.jsonl``)."""
    return body_kinds().names.get(_words(name)[-1].lower()) == "court"


def _ministry(name: str) -> bool:
    """Whether a body's title is a ministry's ("Ministry of Health", "Federal Ministry of
    Finance"): the United States has departments, no ministries."""
    words = _words(name)
    return words[:1] == ["Ministry"] or words[:2] == ["Federal", "Ministry"]


def _ministry_country(text: str, ents: list[Ent], e: Ent, us: str) -> str | None:
    """The country of a ministry in a story that names the United States most, which has no
    ministries: the country of the towns and provinces of the ministry's own sentence ("Cases
    rose in Kasese and Mbarara, the Ministry of Health said" -> Uganda; session 26), else the
    one the document's places lie in; None where neither says."""
    code = sentence_country(text, ents, e, near_only=True, named="within")
    country = country_by_code(code) if code else None
    if country is None:
        country = places_country(ents)
    return country if country != us else None
