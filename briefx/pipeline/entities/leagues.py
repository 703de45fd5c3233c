"""Teams of a professional league by the short names sports copy gives them: in a document that
names the league ("NBA", "National Basketball Association"), a mention typed ORG whose words are
one team's place or nickname in it ("Boston", "PHILADELPHIA", "Golden State", "Spurs") is that
team, named by its English Wikipedia title ("Boston Celtics"). The table is
``models/sports_teams.jsonl`` (derived by ``scripts/derive_sports_teams.py``); a place two teams
share ("Los Angeles") names neither. Runs after ``sports.teams``, which types the sides of a match.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from briefx.pipeline.coref import Ent
from briefx.resources import read_jsonl


@cache
def league_teams() -> dict[str, dict[str, str]]:
    """Return league name -> (alias -> team title), read once."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for r in read_jsonl("sports_teams.jsonl"):
        out[str(r["league"])][str(r["alias"])] = str(r["name"])
    return dict(out)


def team_names(text: str, ents: list[Ent]) -> list[Ent]:
    """Name the league's teams among the ORG mentions of a document that names the league."""
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
            word = " ".join(w[:1] + w[1:].lower() for w in word.split())  # "GOLDEN STATE"
        team = table.get(word) or table.get(e.name)
        if team:
            e.name = team
    return ents
