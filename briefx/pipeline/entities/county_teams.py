"""Teams named by their county, in the sports whose teams are counties (session 37, teams37).

English Wikipedia titles a Gaelic games county team "<County> county football team" or
"<County> county hurling team" ("Kerry county football team", "Kilkenny county hurling team"),
and a first-class cricket county "<County> County Cricket Club" ("Yorkshire County Cricket
Club"); sports copy names them by the county alone ("Kerry 1-18 Dublin 0-17", "Yorkshire 345 and
120-3"). A mention typed ORG whose name is such a county takes the team's title where the text
reports the sport:

- Gaelic games: a cue of Gaelic games ("GAA", "All-Ireland", "hurling", "Gaelic football"), or
  two Irish counties typed ORG and a score in goals and points ("2-14"); football or hurling by
  that sport's cues (the one cue nearest before the mention where the text has both; where it
  has neither, the mention keeps its name);
- county cricket: a first-class county and a cricket cue ("wickets", "County Championship").

A county typed as a place keeps its name ("homes without power in Kerry", "born in Yorkshire");
national sides are countries and no county. The table is ``models/county_teams.jsonl``
(``scripts/derive_county_teams.py``: pycountry's ISO 3166-2:IE counties, Northern Ireland's six
and the eighteen first-class counties from English Wikipedia, with the sports' cue words).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from functools import cache

from briefx.normalize.names import form_words
from briefx.pipeline.coref import Ent
from briefx.resources import read_jsonl

GAELIC_SPORTS = ("football", "hurling")
# a preposition that makes the county a place ("in Cork", "born in Kerry")
PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|across|around|of)[ \t]+$", re.IGNORECASE)
# a Gaelic games score, goals and points ("2-14", "0-17"): one digit of goals and five points or
# more, which neither a football score ("2-1") nor a rugby one ("28-17") is
GOALS_POINTS = re.compile(r"(?<![\d.-])\d-(?:[5-9]|[1-4]\d)(?![\d-])")


@cache
def _table() -> tuple[dict[str, dict[str, str]], dict[str, re.Pattern[str]]]:
    """Return sport -> (county -> team title) and sport -> one pattern of its cues, read once."""
    teams: dict[str, dict[str, str]] = defaultdict(dict)
    cues: dict[str, list[str]] = defaultdict(list)
    for r in read_jsonl("county_teams.jsonl"):
        if "cue" in r:
            cues[str(r["sport"])].append(re.escape(str(r["cue"])))
        else:
            teams[str(r["sport"])][str(r["county"])] = str(r["name"])
    patterns = {
        sport: re.compile(
            rf"(?<![\w-])(?:{'|'.join(sorted(words, key=len, reverse=True))})(?![\w-])"
        )
        for sport, words in cues.items()
    }
    return dict(teams), patterns


@cache
def county_titles() -> frozenset[str]:
    """Every team title of the table: names no other naming rule may extend."""
    return frozenset(t for by in _table()[0].values() for t in by.values())


def _cues(low: str, sport: str) -> list[int]:
    """The offsets where the lower-case text writes one of the sport's cues."""
    pattern = _table()[1].get(sport)
    return [m.start() for m in pattern.finditer(low)] if pattern else []


def _gaelic_sport(at: int, places: dict[str, list[int]], size: int) -> str | None:
    """Football or hurling for a mention at ``at``: the one sport the text cues, else the sport
    of the nearest cue before the mention (after it where none comes before)."""
    cued = [s for s in GAELIC_SPORTS if places[s]]
    if len(cued) <= 1:
        return cued[0] if cued else None
    best: tuple[int, str] | None = None
    for sport in cued:
        offsets = places[sport]
        i = bisect_right(offsets, at)
        distance = at - offsets[i - 1] if i else offsets[0] - at + size
        if best is None or distance < best[0]:
            best = (distance, sport)
    return best[1] if best else None


@cache
def _match_verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A match verb right after a name, and one right before it, compiled once."""
    verbs = "|".join(sorted(map(re.escape, form_words("match_verb")), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{verbs})\b"), re.compile(rf"\b(?:{verbs})[ \t]+$")


def plays(text: str, e: Ent) -> bool:
    """A county (or a franchise's town, ``franchises``) typed as a place that plays: a score
    right after it ("Warwickshire 178-6", "Kerry 1-18"), or a match verb right after or before
    it ("Glamorgan beat", "to beat Durham"); "rain in Yorkshire", "born in Kerry" stay places."""
    after, before = text[e.end : e.end + 30], text[max(0, e.start - 30) : e.start]
    if PLACE_BEFORE.search(before):
        return False  # "in Cork 25 people were hurt"
    if re.match(r"[ \t]+\d", after):
        return True
    verb_after, verb_before = _match_verbs()
    return bool(verb_after.match(after) or verb_before.search(before))


def _sides(text: str, ents: list[Ent], counties: dict[str, str]) -> None:
    """Type ORG the counties typed as places that play in the sport's copy (see ``plays``)."""
    for e in ents:
        if (
            e.type in ("GPE", "LOC", "PERSON")
            and text[e.start : e.end] in counties
            and plays(text, e)
        ):
            e.type, e.fixed, e.name = "ORG", True, text[e.start : e.end]


def county_teams(text: str, ents: list[Ent]) -> None:
    """Name the county teams among the ORG mentions of Gaelic games and county cricket copy;
    a county typed as a place that plays there is typed ORG first."""
    teams, _ = _table()
    irish = teams.get("football", {})
    cricket = teams.get("cricket", {})
    counties = irish.keys() | cricket.keys()
    if not any(e.name in counties or text[e.start : e.end] in counties for e in ents):
        return  # no county named: the text is not scanned for the sports' cues
    low = text.lower()
    cued = {s: _cues(low, s) for s in ("gaelic", "cricket", *GAELIC_SPORTS)}
    if cued["cricket"]:
        _sides(text, ents, cricket)
    if cued["gaelic"] or cued["hurling"]:
        _sides(text, ents, irish)
    orgs = [e for e in ents if e.type == "ORG" and e.name in counties]
    gaelic = bool(cued["gaelic"] or cued["hurling"]) or (
        len({e.name for e in orgs if e.name in irish}) >= 2
        and GOALS_POINTS.search(text) is not None
    )
    for e in orgs:
        if e.name in irish:
            sport = _gaelic_sport(e.start, cued, len(text)) if gaelic else None
            title = teams[sport][e.name] if sport else None
        else:
            title = cricket[e.name] if cued["cricket"] else None
        if title:
            e.name = title
            e.tags.add("county_team")  # no later vote makes it a place again
