"""Clubs and teams by knowledge (session 28, types15): which names are a club's or a team's.

The sports rules (``sports.teams``) make a town a team by the layout of the text (a result line,
"X beat Y 3-1", "X manager"); prose about a club that has none of those layouts ("Leverkusen's
goalkeeper will miss three weeks", "Valencia sacked their coach") left the town a place. What
tells a club here is knowledge: the name is one a club or a team is known by, and the sentence
is about sport (``sports.known_clubs`` decides; this module only knows the names).

Two maintained sources, both read as JSONL built once by a script:

- ``models/clubs.jsonl``: some 5,200 football clubs by the lower-case names FBref gives them
  ("groningen", "bayer leverkusen", "ac milan", "milan"), from the PyPI package ``sportsipy``
  0.6.0 (MIT; ``scripts/derive_clubs.py``);
- ``models/sports_teams.jsonl``: the NBA's, the NHL's, the MLB's and the NFL's teams by full
  name, place and nickname ("Houston", "Edmonton", "Oilers"; nba_api, nhl-api-py, mayleasports;
  ``scripts/derive_sports_teams.py``).

A name is known where it is one of these names as a whole, or where it is a town of the
gazetteer (``TOWN`` people or more) that is a word of a longer club name ("Leverkusen" of
"bayer leverkusen"): a club named by its town is written so in sports copy. The names are never used as canonical
names (FBref's are no Wikipedia titles).
"""

from __future__ import annotations

import re
from functools import cache

from briefx.normalize.names import place_pop
from briefx.pipeline.entities.forms import form_words
from briefx.resources import read_jsonl

# FBref writes some clubs twice, with and without the letters of "Association Football Club"
# ("hull city" and "hull city afc"): one club
FBREF_SUFFIX = re.compile(r" (?:a?fc|cf)$")
TOWN = 15_000  # a word of a club's name that is a town this large names the club alone


@cache
def club_names() -> frozenset[str]:
    """The lower-case names of clubs and teams of both tables, read once."""
    names = {" ".join(str(r["name"]).split()) for r in read_jsonl("clubs.jsonl")}
    names |= {str(r["alias"]).lower() for r in read_jsonl("sports_teams.jsonl")}
    return frozenset(n for n in names if n)


@cache
def club_words() -> frozenset[str]:
    """Lower-case words of more than three letters of the clubs' longer names ("leverkusen",
    "bayer" of "bayer leverkusen"): the words that may be a club's town."""
    return frozenset(w for name in club_names() if " " in name for w in name.split() if len(w) > 3)


def club_town(low: str) -> bool:
    """True where ``low`` (lower case) is a word of a longer club name that is a town of ``TOWN``
    people or more and no club's last word ("leverkusen" of "bayer leverkusen"; not "united",
    "city"). Decided for the word asked only: deciding it for every word of every club once
    looked up thousands of places in the gazetteer and held them (26 MiB and a tenth of a
    second more for a process that reads one brief, measured session 28)."""
    return (
        low in club_words()
        and low not in form_words("club_tail")
        and place_pop(low.title()) >= TOWN
    )


def known_club(word: str, whole: bool = False) -> bool:
    """True where ``word`` (as written: "Groningen", "GRONINGEN", "Bayer Leverkusen") is a name
    a club or team is known by, whole or (unless ``whole``) as the town of a longer club name."""
    low = " ".join(word.lower().split())
    return low in club_names() or (not whole and club_town(low))


@cache
def _senior_by_town() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Lower-case first word -> the senior clubs of ``clubs.jsonl`` of two words or more that
    it opens, as (name, competition id, country), read once (session 36, clubs23)."""
    out: dict[str, dict[str, tuple[str, str, str]]] = {}
    for r in read_jsonl("clubs.jsonl"):
        name = FBREF_SUFFIX.sub("", " ".join(str(r["name"]).split()))
        words = name.split()
        if len(words) >= 2 and r.get("senior", True):
            row = (name, str(r.get("league", "")), str(r.get("country", "")))
            # one club, written with and without its "&" ("brighton & hove albion"): the
            # name with it is the one its title writes
            key = name.replace(" & ", " ")
            old = out.setdefault(words[0], {}).get(key)
            amp = old is not None and " & " in name and " & " not in old[0]
            league = old is not None and bool(row[1]) and not old[1] and name == old[0]
            if old is None or amp or league:
                out[words[0]][key] = row
    return {k: tuple(v.values()) for k, v in out.items()}


@cache
def _last_words() -> frozenset[str]:
    """The last words of the clubs' longer names ("forest" of "nottingham forest")."""
    return frozenset(n.rsplit(" ", 1)[1] for n in club_names() if " " in n)


@cache
def _leagues() -> dict[str, str]:
    """Lower-case whole name -> FBref competition id of the senior clubs that have one."""
    return {
        " ".join(str(r["name"]).split()): str(r["league"])
        for r in read_jsonl("clubs.jsonl")
        if r.get("league") and r.get("senior", True)
    }


def club_league(name: str) -> str:
    """The FBref competition id ``clubs.jsonl`` gives a senior club by its whole name ("leeds
    united", "fulham"), or ""."""
    return _leagues().get(" ".join(name.lower().split()), "")


def town_club(word: str, country: str, leagues: frozenset[str] = frozenset()) -> str | None:
    """The lower-case full name of the one senior club of ``country`` (ISO code) that a town's
    name, or the first words of a club's name, stand for in sports copy ("Leeds" -> "leeds
    united", "Blackburn" -> "blackburn rovers", "West Ham" -> "west ham united"), or None
    where the town is a club's whole name itself ("Fulham", "Sunderland"), or several clubs of
    that country open with it and the document's other clubs (``leagues``: their competition
    ids) pick none of them ("Manchester", "Sheffield"). Clubs with no country in the table and
    youth, reserve and women's sides are never picked, nor is a word that is no town ("Forest"
    of "Nottingham Forest" opens "forest green rovers")."""
    low = " ".join(word.lower().split())
    if low in club_names():
        return None
    if " " not in low and (low in _last_words() or place_pop(word.title()) < TOWN):
        return None
    rows = [
        r
        for r in _senior_by_town().get(low.split(" ", 1)[0], ())
        if r[2] == country and r[0].startswith(low + " ")
    ]
    if len(rows) > 1:
        rows = [r for r in rows if r[1] in leagues]
    return rows[0][0] if len(rows) == 1 else None


def club_countries(word: str, whole: bool = False) -> frozenset[str]:
    """The countries ``clubs.jsonl`` gives the senior clubs a side's name may be: the club of
    that whole name, else (unless ``whole``) the clubs its one word opens ("Blackburn" ->
    {"GB"}); empty where the table knows none."""
    low = " ".join(word.lower().split())
    rows = _countries().get(low)
    if rows is None and " " not in low and not whole:
        rows = frozenset(r[2] for r in _senior_by_town().get(low, ()) if r[2])
    return rows or frozenset()


@cache
def _countries() -> dict[str, frozenset[str]]:
    """Lower-case whole name (without FBref's "afc"/"fc") -> the country of the senior club."""
    out: dict[str, set[str]] = {}
    for r in read_jsonl("clubs.jsonl"):
        if r.get("senior", True) and r.get("country"):
            name = FBREF_SUFFIX.sub("", " ".join(str(r["name"]).split()))
            out.setdefault(name, set()).add(str(r["country"]))
    return {k: frozenset(v) for k, v in out.items()}
