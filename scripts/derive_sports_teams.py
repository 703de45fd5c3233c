"""Derive models/sports_teams.jsonl: the teams of a professional league by the short names sports
copy gives them ("Boston", "PHILADELPHIA", "Spurs") -> the team's English Wikipedia title.

Source: the PyPI package ``nba_api`` (MIT licence), whose static data (``nba_api.stats.static
.teams``) lists the thirty NBA teams with full name, place and nickname; the full names are the
Wikipedia titles ("Golden State Warriors", "Philadelphia 76ers"). Installed only for this script
(the runtime reads the JSONL):
``pip install --no-deps --target /tmp/nba nba_api==1.12.0`` then
``PYTHONPATH=/tmp/nba .venv/bin/python scripts/derive_sports_teams.py``.

Each team gives three aliases: its full name, the words of it before the nickname (the place:
"Golden State", "Oklahoma City") and the nickname ("Spurs"). An alias two teams share ("Los
Angeles") is left out. The entities stage reads the table only for mentions typed ORG in a
document that names the league (``briefx/pipeline/entities/leagues.py``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from nba_api.stats.static import teams

OUT = Path(__file__).resolve().parent.parent / "models" / "sports_teams.jsonl"
LEAGUES = (("National Basketball Association", teams.get_teams),)


def main() -> int:
    rows = []
    for league, source in LEAGUES:
        by_alias: dict[str, set[str]] = {}
        for team in source():
            full, nickname = str(team["full_name"]), str(team["nickname"])
            place = full[: -len(nickname)].strip() if full.endswith(nickname) else ""
            for alias in (full, place, nickname):
                if alias:
                    by_alias.setdefault(alias, set()).add(full)
        for alias, names in sorted(by_alias.items()):
            if len(names) == 1:
                rows.append({"league": league, "alias": alias, "name": next(iter(names))})
    header = (
        "// Teams of professional leagues by short name -> English Wikipedia title (ORG).\n"
        "// Derived by scripts/derive_sports_teams.py from nba_api 1.12.0 (MIT).\n"
        "// Do not edit by hand: rerun the script.\n"
    )
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT.name}: {len(rows)} aliases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
