"""Teams of a professional league by the short names sports copy gives them: in a document that
names the league ("NBA", "National Basketball Association"), a mention typed ORG whose words are
one team's place or nickname in it ("Boston", "PHILADELPHIA", "Golden State", "Spurs") is that
team, named by its English Wikipedia title ("Boston Celtics"). The table is
``models/sports_teams.jsonl`` (derived by ``scripts/derive_sports_teams.py``); a place two teams
share ("Los Angeles") names neither. Runs after ``sports.teams``, which types the sides of a match.

British football clubs: English Wikipedia titles a club of England, Scotland, Wales or Northern
Ireland by its name with "F.C." (WP:NCSPORT: "Everton F.C.", "Manchester City F.C."). In sports
copy from Britain (a place the gazetteer puts in Great Britain is named: a "LONDON" dateline), a
side of a match whose name holds no larger place abroad ("Real Madrid", "Bayern Munich"), no
club suffix of its own ("AFC Bournemouth") and is no acronym takes " F.C.". A side named by a
British town alone is left as written: the town stands for its club ("Leeds" for Leeds United,
"Stoke" for Stoke City) as often as it is the club's name ("Fulham"), and which is which needs a
table of clubs that no installable package has.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from briefx.normalize.names import ACRONYM, aliases, title_case, world_places
from briefx.pipeline.coref import Ent
from briefx.resources import read_jsonl

GB = "GB"  # the ISO 3166 code of the United Kingdom in the gazetteer
CLUB_SUFFIX = re.compile(r"(?:^|\s)(?:A\.?F\.?C|F\.?C|C\.?F|S\.?C)\.?(?:\s|$)")
FOREIGN_POP = 100_000  # a word of a club's name that is a place abroad this large: not British


@cache
def league_teams() -> dict[str, dict[str, str]]:
    """Return league name -> (alias -> team title), read once."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for r in read_jsonl("sports_teams.jsonl"):
        out[str(r["league"])][str(r["alias"])] = str(r["name"])
    return dict(out)


def _top_country(name: str) -> tuple[str, int] | None:
    rows = [r for r in world_places().get(name, ()) if r["kind"] == "city"]
    if not rows:
        return None
    top = max(rows, key=lambda r: int(str(r["pop"])))
    return str(top["country"]), int(str(top["pop"]))


def _foreign(word: str) -> bool:
    """A word that is a place abroad of FOREIGN_POP people or more ("Madrid", "Munich")."""
    top = _top_country(word)
    return top is not None and top[0] != GB and top[1] >= FOREIGN_POP


def _british(ents: list[Ent]) -> bool:
    uk = aliases()["UK"][0]
    for e in ents:
        if e.type == "GPE" and (e.name == uk or (_top_country(e.name) or ("", 0))[0] == GB):
            return True
    return False


def british_clubs(ents: list[Ent]) -> None:
    """Sides of a match in sports copy from Britain take their "F.C." title (see above)."""
    if not any("team" in e.tags for e in ents) or not _british(ents):
        return
    for e in ents:
        if e.type != "ORG" or "team" not in e.tags or CLUB_SUFFIX.search(e.name):
            continue
        if ACRONYM.match(e.name) or e.name in aliases():
            continue
        if _top_country(e.name) is not None:
            continue  # "Leeds", "Coventry": a town for its club
        if not any(_foreign(w) for w in e.name.split()):
            e.name += " F.C."


def team_names(text: str, ents: list[Ent]) -> list[Ent]:
    """Name the league's teams among the ORG mentions of a document that names the league, and
    British clubs by their "F.C." titles."""
    british_clubs(ents)
    leagues = league_teams()
    named = sorted({e.name for e in ents} & leagues.keys())
    if not named:
        return ents
    table: dict[str, str] = {}
    for league in named:
        for alias, name in leagues[league].items():
            table.setdefault(alias, name)
    for e in ents:
        if e.type != "ORG":
            continue
        word = text[e.start : e.end]
        if word.isupper():
            word = title_case(word)  # "GOLDEN STATE"
        team = table.get(word) or table.get(e.name)
        if team:
            e.name = team
    return ents
