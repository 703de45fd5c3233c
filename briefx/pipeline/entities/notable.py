"""Well-known people by their English Wikipedia titles (session 40, people40, issue 13 names).

Wire copy writes a well-known person's name without the letters English drops ("Goran
Ivanisevic", "Jose Maria Olazabal") and, in sports results and reports, by the surname alone
("Tendulkar", "Hingis", "Pogacar") where the document never writes the full name. The gold
names them by their English Wikipedia titles ("Goran Ivanišević", "Sachin Tendulkar").
``models/notable_people.jsonl`` (``scripts/derive_notable_people.py``; titles CC BY-SA 4.0,
written by hand) holds some 1,500 sportspeople of 1990-2000 and 2019-2026 and politicians of
1996 and 2024-2026, each with the plain spelling, the surname copy writes alone, the field
(a sport, or politics) and the active years.

``notable_people`` (run after the document-level linking and the sports rules, before
``context.lone_names`` and ``accents.person_accents``):
- a PERSON (or a name of two words or more that NER typed ORG, GPE or NORP and no sports rule
  made a side) whose whole name folds to one person's plain name takes that person's title
  ("Arantxa Sanchez Vicario" -> "Arantxa Sánchez Vicario"), unless the document writes a word
  of it with accents of its own (its spelling wins; ``coref.spellings`` already gave it);
- a lone surname (a name of one surname, its full name nowhere in the document, or the
  surname would already carry it: ``coref.people.surnames``) takes the one person of that
  surname whose field is a sport the copy is about (its words, ``SPORT_WORDS`` of the table:
  the sports with at least half as many distinct words as the most written one) or, for a
  politician, whose office a word of the sentence names ("Prime Minister Tusk"), and whose
  active years hold the document's date. No guess where two people fit, where the document
  names another person of that surname in full, without a date, or outside such context. A
  surname NER typed ORG, GPE or NORP becomes a PERSON only so, and not a side, a club, a
  country or a firm the tables know ("Ferrari", "Williams" stay teams).
- (session 40, people40b) a short form a row lists (``short``: "King Charles", "Pope Leo",
  "MBS"), the rank written before the name counting ("King" + "Charles"), takes the row's title
  ("Charles III") where the row is active in the document's year and a word of the sentence
  names the row's role (the office, royalty or business words of the table; the rank is one);
  a rank and a name NER left untagged become that person, the rank outside the span. Lone
  surnames of royalty and business rows need their role words as politicians need office
  words; a lone surname NER typed PRODUCT is read as one typed ORG. A sport's weak words
  ("league", "scored") count only where the copy names no other sport ("rugby league").
Every mention of the same name takes the same title (they share ``Ent.name``); the mentions
keep their text and span. Tagged "notable": ``person_accents`` leaves a title alone.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from briefx.normalize.names import (
    fold_letters,
    gazetteer,
    lookup_alias,
    lookup_company,
    place_pop,
)
from briefx.pipeline.coref import Ent
from briefx.pipeline.coref.countries import sentence_span
from briefx.pipeline.coref.ent import Covered
from briefx.pipeline.entities.accents import NON_ASCII_WORD
from briefx.resources import read_jsonl

_KEY_GAPS = re.compile(r"[\s.\-‐]+")
# letters fold_letters keeps that copy writes plain ("Solskjaer", "Knauss"): as the table's
# plain spellings (scripts/derive_notable_people.py PLAIN), in lower case
_PLAIN = str.maketrans({"æ": "ae", "ø": "o", "ß": "ss", "ð": "d", "þ": "th"})
# tags of a side or a team the sports rules made: a club, not its namesake
_SIDE_TAGS = frozenset({"team", "side", "club_title", "county_team", "franchise_team"})
# a capitalised word of letters (not one in capitals: a heading's); and the capitalised word
# right after or before it that makes it part of a longer name
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:[A-Z][a-z]+)?(?![\w-])")
_NEXT_NAME = re.compile(r" [A-Z][a-z]")
_PREV_NAME = re.compile(r"[A-Z][a-z]+ $")
MIN_CUES = 2
WEAK_ALONE = 3  # a sport's weak words that name it without a word of its own
BIG_TOWN = 100_000  # (as context.lone_names: a town's name as often a surname below it)
ORG_LIKE = frozenset({"ORG", "GPE", "NORP"})
# types NER gives a lone surname besides PERSON ("Olazabal" typed PRODUCT)
LONE_TYPES = ORG_LIKE | {"PRODUCT"}


def name_key(name: str) -> str:
    """The folded form names are compared by: no accents, lower case, dots and hyphens as
    spaces ("Marie-Jose Perec" -> "marie jose perec")."""
    return " ".join(_KEY_GAPS.split(fold_letters(name).casefold().translate(_PLAIN))).strip()


@cache
def _rows() -> tuple[dict[str, Any], ...]:
    return tuple(r for r in read_table() if "name" in r)


def read_table() -> tuple[dict[str, Any], ...]:
    """The rows of models/notable_people.jsonl (read once, through the cached reader)."""
    return read_jsonl("notable_people.jsonl")


@cache
def full_names() -> dict[str, tuple[str, ...]]:
    """Folded full name -> the titles of the people of that plain name."""
    found: dict[str, list[str]] = {}
    for r in _rows():
        for plain in (r["plain"], *r.get("also", ())):
            titles = found.setdefault(name_key(plain), [])
            if r["name"] not in titles:
                titles.append(r["name"])
    return {k: tuple(v) for k, v in found.items()}


@cache
def surnames() -> dict[str, tuple[dict[str, Any], ...]]:
    """Folded surname -> the rows of the people copy names so alone ("ivanisevic"; German
    umlauts also as "ue": "zuelle")."""
    found: dict[str, list[dict[str, Any]]] = {}
    for r in _rows():
        if "surname" not in r:
            continue
        key = name_key(r["surname"])
        keys = {key}
        if name_key(r["plain"]).endswith(key):  # the surname of each other plain spelling
            size = len(key.split())
            keys.update(" ".join(name_key(also).split()[-size:]) for also in r.get("also", ()))
        for k in keys:
            found.setdefault(k, []).append(r)
    return {k: tuple(v) for k, v in found.items()}


def _word(w: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])")


@cache
def _sport_cues() -> tuple[tuple[str, tuple[tuple[re.Pattern[str], int], ...]], ...]:
    """(sport, the patterns of its words and layouts, each with its weight), per sport row of
    the table: a word counts once, a result's layout ("6-3 6-4") as much as two words."""
    out = []
    for r in read_table():
        if "sport" not in r:
            continue
        words = sorted(r["words"], key=len, reverse=True)
        pats = [(_word(w), 1) for w in words]
        pats += [(re.compile(p), MIN_CUES) for p in r.get("patterns", ())]
        out.append((str(r["sport"]), tuple(pats)))
    return tuple(out)


@cache
def _weak_cues() -> tuple[tuple[str, tuple[re.Pattern[str], ...], re.Pattern[str] | None], ...]:
    """(sport, its weak words, the names of the other sports), per sport row with weak words:
    words other sports' copy writes too ("league", "scored"), which count only beside a word of
    the sport's own and where the copy names no other sport ("rugby league", a try "scored")."""
    rows = [r for r in read_table() if "sport" in r]
    out = []
    for r in rows:
        if not r.get("weak"):
            continue
        names = [n for o in rows if o is not r for n in o.get("names", (o["sport"],))]
        other = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        others = re.compile(rf"(?<![\w-])(?:{other})(?![\w-])") if other else None
        out.append((str(r["sport"]), tuple(_word(w) for w in r["weak"]), others))
    return tuple(out)


@cache
def _offices() -> dict[str, re.Pattern[str]]:
    """Field that is no sport (politics, royalty, business) -> the words of a sentence that
    name that field's role ("prime minister", "king", "chief executive")."""
    out = {}
    for r in read_table():
        if "office" not in r:
            continue
        alts = "|".join(re.escape(w) for w in sorted(r["office"], key=len, reverse=True))
        out[str(r.get("field", "politics"))] = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")
    return out


def _role_named(field: str, sentence: str) -> bool:
    """A word of ``sentence`` (lower case) names the role of a person of ``field``."""
    pat = _offices().get(field)
    return pat is not None and pat.search(sentence) is not None


def copy_sports(text: str) -> frozenset[str]:
    """The sports the copy is about: those with two distinct words of theirs in ``text`` (or
    a result's layout) at least, and at least half as many as the most written sport (one word is a
    mention in passing: a heatwave brief that names the Tour de France)."""
    low = text.lower()
    found = {sport: sum(w for p, w in pats if p.search(low)) for sport, pats in _sport_cues()}
    for sport, weak, others in _weak_cues():
        # weak words count where no other sport is named, beside a word of the sport's own
        # ("striker") or three of them together ("scored", "league", "goal"; not "the Arab
        # League's goal")
        if others is None or not others.search(low):
            n = sum(1 for p in weak if p.search(low))
            if found[sport] or n >= WEAK_ALONE:
                found[sport] += n
    counts = {sport: n for sport, n in found.items() if n >= MIN_CUES}
    if not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(s for s, n in counts.items() if 2 * n >= top)


def _sentence(text: str, start: int, end: int) -> str:
    lo, hi = sentence_span(text, start, end)
    return text[lo:hi]


def _own_accents(text: str, name: str, title: str) -> bool:
    """The document writes a word of ``name`` with accents other than the title's."""
    written = {fold_letters(w): w for w in NON_ASCII_WORD.findall(text)}
    if not written:
        return False
    titled = set(title.split())
    return any(w in written and written[w] not in titled for w in name.split())


def notable_people(
    text: str, ents: list[Ent], year: int | None, english: frozenset[str] = frozenset()
) -> None:
    """Title the document's well-known people (see the module docstring). ``year`` is the
    document's (its reference date's), or None; ``english``: English words in lower case (a
    surname NER left untagged is tagged only where it is none)."""
    table = full_names()
    done: dict[str, str | None] = {}
    for e in ents:
        if "notable" in e.tags or e.tags & _SIDE_TAGS:
            continue
        if e.type != "PERSON" and not (e.type in ORG_LIKE and " " in e.name):
            continue
        if e.name not in done:
            titles = table.get(name_key(e.name))
            if not titles and e.type == "PERSON" and year is not None:
                titles = _shortened(name_key(e.name), year)
            one = titles[0] if titles and len(titles) == 1 else None
            if one and (not e.name.isascii() or _own_accents(text, e.name, one)):
                one = None  # the document's own spelling wins
            if one and e.type != "PERSON" and (lookup_company(e.name) or e.name in gazetteer()):
                one = None
            done[e.name] = one
        title = done[e.name]
        if title:
            e.name, e.type = title, "PERSON"
            e.tags.add("notable")
    if year is not None:
        _short_forms(text, ents, year)
    _lone_surnames(text, ents, year, english)


@cache
def short_forms() -> dict[str, tuple[dict[str, Any], ...]]:
    """Folded short form -> the rows of the people copy names so beside their role ("king
    charles" -> Charles III, "pope leo" -> Pope Leo XIV, "mbs" -> Mohammed bin Salman)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for r in _rows():
        for form in r.get("short", ()):
            found.setdefault(name_key(form), []).append(r)
    return {k: tuple(v) for k, v in found.items()}


@cache
def _ranked_forms() -> re.Pattern[str] | None:
    """The pattern of the short forms that begin with a rank ("King Charles", "Pope Leo"): a
    first word that is a role word of the row's field."""
    forms: list[str] = []
    for r in _rows():
        pat = _offices().get(str(r["field"]))
        for form in r.get("short", ()):
            first = form.split()[0]
            if " " in form and pat is not None and pat.fullmatch(first.lower()):
                forms.append(form)
    if not forms:
        return None
    alts = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


_RANK_BEFORE = re.compile(r"((?:[A-Z][a-z]+ ){1,2})$")


def _short_titles(text: str, start: int, end: int, key: str, year: int) -> set[str]:
    """The titles of the people a name at [start, end) (folded ``key``) names by a short form,
    alone or with the rank written before it ("King" + "Charles"): active in ``year``, and a
    word of the sentence names their role (the rank counts)."""
    table = short_forms()
    keys = [key]
    before = _RANK_BEFORE.search(text, max(0, start - 30), start)
    if before:
        words = before.group(1).split()
        keys += [name_key(" ".join([*words[i:], key])) for i in range(len(words))]
    rows = [r for k in keys for r in table.get(k, ()) if r["from"] <= year <= r["to"]]
    if not rows:
        return set()
    sentence = _sentence(text, start, end).lower()
    return {str(r["name"]) for r in rows if _role_named(str(r["field"]), sentence)}


def _short_forms(text: str, ents: list[Ent], year: int) -> None:
    """Name the people the document names by a row's short form (``short_forms``): a PERSON
    (or a name NER typed ORG, GPE or NORP, no firm or place the tables know) whose name, with
    the rank written before it, is a short form of one person active in ``year`` whose role a
    word of the sentence names; every mention of that name follows. A rank and a name NER left
    untagged ("King Charles") becomes that person, the rank outside the span."""
    chosen: dict[str, set[str]] = {}
    for e in ents:
        if "notable" in e.tags or e.tags & _SIDE_TAGS:
            continue
        if e.type != "PERSON" and not (e.type in ORG_LIKE and _may_be_person(e.name)):
            continue
        titles = _short_titles(text, e.start, e.end, name_key(e.name), year)
        if titles:
            chosen.setdefault(e.name, set()).update(titles)
    for e in ents:
        titles = chosen.get(e.name, set())
        if len(titles) == 1 and "notable" not in e.tags:
            e.name, e.type = next(iter(titles)), "PERSON"
            e.tags.add("notable")
    pattern = _ranked_forms()
    if pattern is None:
        return
    covered: Covered | None = None
    for m in pattern.finditer(text):
        rank = len(m.group().split()[0]) + 1
        start, end = m.start() + rank, m.end()
        if covered is None:
            covered = Covered(len(text), ents)
        if covered.hit(m.start(), end) or _NEXT_NAME.match(text, end):
            continue
        titles = _short_titles(text, start, end, name_key(text[start:end]), year)
        if len(titles) != 1:
            continue
        new = Ent(start, end, "PERSON", next(iter(titles)), fixed=True)
        new.tags.add("notable")
        bisect.insort(ents, new, key=lambda x: x.start)
        covered.add(start, end)


@cache
def _given_surnames() -> dict[tuple[str, str], tuple[dict[str, Any], ...]]:
    """(folded first word, folded surname) -> the rows of a name copy shortens to those two:
    a middle name left out ("Andrea Antonelli" of "Andrea Kimi Antonelli"), a double surname
    cut to its first word ("Arantxa Sanchez" of "Arantxa Sánchez Vicario")."""
    found: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in _rows():
        if "surname" not in r:
            continue
        first, surname = name_key(r["plain"]).split()[0], name_key(r["surname"])
        keys = {(first, surname), (first, surname.split()[0])}
        for k in keys:
            if k[0] != k[1]:
                found.setdefault(k, []).append(r)
    return {k: tuple(v) for k, v in found.items()}


def _shortened(key: str, year: int) -> tuple[str, ...]:
    """The titles of the people active in ``year`` whose name a PERSON's folded name ``key``
    of two words shortens (``_given_surnames``)."""
    words = key.split()
    if len(words) != 2:
        return ()
    rows = _given_surnames().get((words[0], words[1]), ())
    return tuple({str(r["name"]) for r in rows if r["from"] <= year <= r["to"]})


def _lone_surnames(text: str, ents: list[Ent], year: int | None, english: frozenset[str]) -> None:
    if year is None:
        return
    table = surnames()
    lone = [
        e
        for e in ents
        if (e.type == "PERSON" or e.type in LONE_TYPES)
        and not e.tags & _SIDE_TAGS
        and "notable" not in e.tags
        and name_key(e.name) in table
        and name_key(text[e.start : e.end]) == name_key(e.name)
    ]
    # surnames of the document's full names: another person of that surname (or the same one,
    # whom the surname rules would have linked)
    written = {
        name_key(e.name).split()[-1] for e in ents if e.type == "PERSON" and " " in e.name.strip()
    }
    sports: frozenset[str] | None = None
    chosen: dict[str, set[str]] = {}
    for e in lone:
        key = name_key(e.name)
        if key.split()[-1] in written:
            continue
        if e.type != "PERSON" and not _may_be_person(e.name):
            continue
        if sports is None:
            sports = copy_sports(text)
        found = chosen.setdefault(e.name, set())
        fits = _fits(text, e.start, e.end, table[key], year, sports)
        if len(fits) == 1:
            found.update(fits)
    for e in lone:
        titles = chosen.get(e.name, set())
        if len(titles) == 1:  # one name, one person: the mentions no context decided follow
            title = next(iter(titles))
            e.name, e.type = title, "PERSON"
            e.tags.add("notable")
    # a surname NER left untagged ("Tendulkar made 110", a sentence's first word) is the
    # person too, where the same context names one; not an English word ("Rose", "Hill"),
    # not a word of a longer name ("Tendulkar Road")
    covered: Covered | None = None
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        key = name_key(word)
        if key not in table or key in written or word.lower() in english:
            continue
        if place_pop(word) >= BIG_TOWN:
            continue  # "Milan", untagged: the city as often as the rider
        if covered is None:
            covered = Covered(len(text), ents)
        if sports is None:
            sports = copy_sports(text)
        if covered.hit(m.start(), m.end()) or _in_longer_name(text, m.start(), m.end()):
            continue
        titles = chosen.get(word) or _fits(text, m.start(), m.end(), table[key], year, sports)
        if len(titles) != 1:
            continue
        new = Ent(m.start(), m.end(), "PERSON", next(iter(titles)), fixed=True)
        new.tags.add("notable")
        bisect.insort(ents, new, key=lambda x: x.start)
        covered.add(m.start(), m.end())


def _may_be_person(name: str) -> bool:
    """A surname NER typed ORG, GPE or NORP may be a person's: capitalised, and no firm, body
    or place the tables know ("Milan" the city, not the rider Jonathan Milan)."""
    return (
        name[:1].isupper()
        and not lookup_company(name)
        and not lookup_alias(name)
        and name not in gazetteer()
        and place_pop(name) < 0
    )


def _fits(
    text: str,
    start: int,
    end: int,
    people: tuple[dict[str, Any], ...],
    year: int,
    sports: frozenset[str],
) -> set[str]:
    """The titles of ``people`` a surname at [start, end) may name: active in ``year``, of a
    sport of the copy, or politicians beside an office word of the sentence."""
    active = [r for r in people if r["from"] <= year <= r["to"]]
    fits = [r for r in active if r["field"] in sports]
    others = [r for r in active if r["field"] in _offices()]
    if not fits and others:
        sentence = _sentence(text, start, end).lower()
        fits = [r for r in others if _role_named(r["field"], sentence)]
    return {str(r["name"]) for r in fits}


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """The word at [start, end) is part of a longer capitalised name or hyphenated word."""
    if start and text[start - 1] in "-'’":
        return True
    if text[end : end + 1] in ("-", "'", "’") and text[end + 1 : end + 2].isalpha():
        return True
    if _NEXT_NAME.match(text, end):
        return True
    before = _PREV_NAME.search(text, max(0, start - 30), start)
    return before is not None
