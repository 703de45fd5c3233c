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
- ``models/sports_teams.jsonl``: the NBA's and the NHL's teams by full name, place and nickname
  ("Houston", "Edmonton", "Oilers"; nba_api, nhl-api-py; ``scripts/derive_sports_teams.py``).

A name is known where it is one of these names as a whole, or where it is a town of the
gazetteer (``TOWN`` people or more) that is a word of a longer club name ("Leverkusen" of
"bayer leverkusen"): a club named by its town is written so in sports copy. The names are never used as canonical
names (FBref's are no Wikipedia titles).
"""

from __future__ import annotations

from functools import cache

from briefx.normalize.names import place_pop
from briefx.pipeline.entities.forms import form_words
from briefx.resources import read_jsonl

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
