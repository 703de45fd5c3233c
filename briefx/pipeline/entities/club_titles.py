"""Football clubs abroad by their English Wikipedia titles (session 39, clubs39, issue 13).

Sports copy names a club by its short form ("Barcelona", "Bayern Munich", "Ajax", "Paris St
Germain"); English Wikipedia titles it with its affix or full name ("FC Barcelona", "FC Bayern
Munich", "AFC Ajax", "Paris Saint-Germain FC"), and so does the gold (ANNOTATION.md: a name is
its English Wikipedia title). ``models/club_titles.jsonl`` (``scripts/derive_club_titles.py``;
titles CC BY-SA 4.0, written by hand) holds the forms of some 380 clubs of the main football
countries outside Great Britain and North America, folded by ``club_key``.

In football copy, a mention the sports rules made a side (``leagues._club``: a club of a
results line, a table, "X beat Y") whose name is a form of the table takes the club's title;
so does every other ORG mention of the document with that name, and, once one side is so
titled, every other ORG mention whose whole name is a form of the table (a club named in a
sentence of the same copy that no layout made a side). A town several clubs of the
table play in ("Madrid", "Lisbon") names one only where the document titles exactly one of
them otherwise. The name a mention carries here is already the full name the document writes
for it (``leagues.full_names`` runs first: "Betis" after "Real Betis"), so the document's own
full name decides before the table. Not touched: GPE mentions (a town in prose, a national
team by its country), copy of another sport (``leagues`` decides, by the sport words), and
British clubs, which ``title_clubs`` leaves out: ``leagues.british_clubs`` titles them and
skips a mention titled here (tag ``club_title``).

British clubs (session 42, clubs42): the table's rows with country "GB" hold the clubs of
England, Scotland, Wales and Northern Ireland by their titles, which are not all "<name> F.C."
("Sunderland A.F.C.", "AFC Bournemouth", "Heart of Midlothian F.C." for "Hearts"), with the
seasons of a title where a later club took the name ("Airdrieonians F.C. (1878)" until 2002).
``british_title`` answers for ``leagues.british_clubs`` only, in British football copy.

Other sports (session 39, sportclubs39): the table's rows with a sport hold Europe's clubs of
handball, ice hockey, basketball and rugby union ("Kiel" in handball -> "THW Kiel", "Toulouse"
in rugby union -> "Stade Toulousain", "Real Madrid" in basketball -> "Real Madrid Baloncesto").
Copy is one sport's (``copy_sport``) where it writes that sport's words (its rows with "words":
"handball", "ice hockey", "euroleague", "fly-half") and no other's of them, nor a word only
football uses that the sport does not share ("striker"; handball and hockey share
"goalkeeper"); there its sides take the rows of that sport the way football's sides take the
football rows, and the football rows do not apply. Copy of no clear sport takes none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from briefx.normalize.names import fold_letters, form_words
from briefx.pipeline.coref import Ent
from briefx.resources import read_jsonl

_NOT_KEY = re.compile(r"[.'’]")
_SPACE = re.compile(r"[\s/-]+")


def club_key(name: str) -> str:
    """The folded form of a club's name the table is keyed by: lower case, without accents,
    dots and apostrophes, hyphens and slashes as spaces ("Paris St. Germain" -> "paris st
    germain", "Brøndby" -> "brondby", "Bodø/Glimt" -> "bodo glimt")."""
    return _SPACE.sub(" ", _NOT_KEY.sub("", fold_letters(name).lower())).strip()


@cache
def _titles(sport: str = "") -> dict[str, str]:
    """Folded form -> title of the clubs of ``sport`` ("": football), read once per sport, the
    first time a side of it asks."""
    return {
        str(r["alias"]): str(r["title"])
        for r in read_jsonl("club_titles.jsonl")
        if "title" in r and r.get("sport", "") == sport and r.get("country") != "GB"
    }


@cache
def _british() -> dict[str, tuple[tuple[str, int, int], ...]]:
    """Folded form -> (title, first season, last season) of the British clubs it names, read
    once, the first time a side of British football copy asks."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for r in read_jsonl("club_titles.jsonl"):
        if r.get("country") == "GB" and "title" in r:
            era = (str(r["title"]), int(r.get("from", 0)), int(r.get("until", 9999)))
            out.setdefault(str(r["alias"]), []).append(era)
    return {k: tuple(v) for k, v in out.items()}


def british_title(name: str, year: int | None = None) -> str | None:
    """English Wikipedia's title of the British football club ``name`` is a form of in the
    season ``year`` (the document's reference year; today's club without one): "Hearts" ->
    "Heart of Midlothian F.C.", "Sunderland" -> "Sunderland A.F.C.", a 1996 "Airdrieonians"
    -> "Airdrieonians F.C. (1878)"; None where the table does not know it (session 42,
    clubs42)."""
    when = year if year is not None else 9999
    for title, first, last in _british().get(club_key(name), ()):
        if first <= when <= last:
            return title
    return None


@cache
def _sport_rows() -> dict[str, dict[str, Any]]:
    """Sport -> its "words" row of the table (its words, and football's words it shares)."""
    return {str(r["sport"]): r for r in read_jsonl("club_titles.jsonl") if "words" in r}


@cache
def _sport_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(sport, the pattern of its words as whole words of lower-case text), per sport of the
    table's "words" rows."""
    return tuple((sport, _words_pattern(r["words"])) for sport, r in _sport_rows().items())


@cache
def _football_words(sport: str) -> re.Pattern[str]:
    """Football's words (entity_forms kind football_word) other than those ``sport`` shares."""
    shares = set(_sport_rows().get(sport, {}).get("shares", ()))
    return _words_pattern(sorted(form_words("football_word") - shares))


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def copy_sport(text: str) -> str | None:
    """The one sport of the table's other sports the copy is (see above), or None."""
    low = text.lower()
    found = [sport for sport, words in _sport_words() if words.search(low)]
    if len(found) != 1 or not _titles(found[0]) or _football_words(found[0]).search(low):
        return None
    return found[0]


@cache
def _shared() -> dict[str, tuple[str, ...]]:
    """Folded town -> the titles of the table's clubs that play in it."""
    return {
        str(r["alias"]): tuple(r["shared"])
        for r in read_jsonl("club_titles.jsonl")
        if "shared" in r
    }


def club_title(name: str) -> str | None:
    """English Wikipedia's title of the club ``name`` is a form of ("Bayern Munich" -> "FC
    Bayern Munich"), or None."""
    return _titles().get(club_key(name))


@cache
def _countries() -> dict[str, str]:
    """Title -> ISO code of the country of the clubs of the table of one country, every sport."""
    found: dict[str, set[str]] = {}
    for r in read_jsonl("club_titles.jsonl"):
        if "title" in r and "country" in r:
            found.setdefault(str(r["title"]), set()).add(str(r["country"]))
    return {title: next(iter(c)) for title, c in found.items() if len(c) == 1}


def club_country(name: str) -> str | None:
    """The ISO code of the country of the club whose title or form ``name`` is ("Atlético
    Madrid" -> "ES", "Getafe" -> "ES"; session 43), or None."""
    return _countries().get(name) or _countries().get(club_title(name) or "")


@cache
def _forms() -> frozenset[str]:
    """The folded forms of every club of the table, of every sport and of Great Britain."""
    return frozenset(str(r["alias"]) for r in read_jsonl("club_titles.jsonl") if "title" in r)


def titled_club(name: str) -> bool:
    """True where ``name`` is a form of a club of the table, of any sport ("Zalgiris", "Hibs",
    "Kiel"): knowledge for the sports rules' types (session 42, clubs42)."""
    return club_key(name) in _forms()


def title_clubs(ents: list[Ent], is_club: Callable[[Ent], bool], sport: str = "") -> None:
    """Name the sides (``is_club``) of football copy (of ``sport``'s copy) that the table
    knows by their titles, and every other ORG mention with the same name; a shared town by
    the one club of it the document titles otherwise (see above)."""
    table = _titles(sport)
    shared = _shared() if not sport else {}
    titled: dict[str, str] = {}
    towns: list[tuple[Ent, tuple[str, ...]]] = []
    for e in ents:
        if not is_club(e) or "county_team" in e.tags:
            continue
        key = club_key(e.name)
        title = table.get(key)
        if title:
            titled[e.name] = title
        elif key in shared:
            towns.append((e, shared[key]))
    if titled:
        # copy that names sides of the table's clubs names its other clubs so too: an ORG
        # mention no layout made a side ("a move from Porto to Benfica") that is a form of
        # the table as a whole
        for e in ents:
            if e.type == "ORG" and e.name not in titled and "county_team" not in e.tags:
                title = table.get(club_key(e.name))
                if title:
                    titled[e.name] = title
    for e in ents:
        if e.type == "ORG" and e.name in titled:
            e.name = titled[e.name]
            e.tags.add("club_title")
    named = set(titled.values())
    for e, clubs in towns:
        picks = [t for t in clubs if t in named]
        if len(picks) == 1:
            e.name = picks[0]
            e.tags.add("club_title")
