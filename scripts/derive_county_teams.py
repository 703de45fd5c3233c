"""Derive models/county_teams.jsonl: teams that are named by their county in sports whose teams
are counties, by the county as sports copy writes it ("Kerry", "Yorkshire") -> the team's English
Wikipedia title, and the words that tell which of those sports a text reports.

Sources:
- The counties of Ireland: the 26 subdivisions of type "County" of ``IE`` in ISO 3166-2, from the
  PyPI package ``pycountry`` (LGPL-2.1; installed for this script only, the runtime reads the
  JSONL): ``pip install --no-deps --target /tmp/county pycountry==26.2.16`` then
  ``PYTHONPATH=/tmp/county .venv/bin/python scripts/derive_county_teams.py``. ISO 3166-2:GB lists
  Northern Ireland's eleven districts, not its six counties, so those six are written by hand from
  English Wikipedia's "Counties of Northern Ireland" (CC BY-SA 4.0), "Londonderry" under the name
  the Gaelic Athletic Association and Wikipedia's team titles give it, "Derry".
- Gaelic football and hurling: each county fields a senior football and a senior hurling team,
  which English Wikipedia titles "<County> county football team" and "<County> county hurling
  team" ("Kerry county football team", "Kilkenny county hurling team"; Wikipedia's categories
  "Gaelic football county teams" and "Hurling county teams").
- First-class county cricket: the eighteen first-class counties of England and Wales, written by
  hand from English Wikipedia's "First-class cricket counties" and "County Championship" (CC
  BY-SA 4.0); each club's title is "<County> County Cricket Club" ("Yorkshire County Cricket
  Club", "Glamorgan County Cricket Club").
- Cues (which sport a text reports), by hand from the same articles: the names of the sports'
  competitions and governing bodies ("All-Ireland", "Gaelic Athletic Association", "National
  Hurling League", "County Championship", "T20 Blast") and the sports' own words ("hurling",
  "hurler", "wickets", "innings"). A cue of sport "gaelic" says Gaelic games without saying which
  of the two; "football" or "hurling" then decides (``briefx/pipeline/entities/county_teams.py``).

Rows: {"sport": "football" | "hurling" | "cricket", "county": ..., "name": ...} and
{"sport": "gaelic" | "football" | "hurling" | "cricket", "cue": ...} (lower case).
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "models" / "county_teams.jsonl"

NORTHERN_IRELAND = ("Antrim", "Armagh", "Derry", "Down", "Fermanagh", "Tyrone")
FIRST_CLASS = (
    "Derbyshire",
    "Durham",
    "Essex",
    "Glamorgan",
    "Gloucestershire",
    "Hampshire",
    "Kent",
    "Lancashire",
    "Leicestershire",
    "Middlesex",
    "Northamptonshire",
    "Nottinghamshire",
    "Somerset",
    "Surrey",
    "Sussex",
    "Warwickshire",
    "Worcestershire",
    "Yorkshire",
)
CUES = {
    "gaelic": (
        "gaa",
        "gaelic athletic association",
        "gaelic games",
        "all-ireland",
        "croke park",
        "allianz league",
    ),
    "football": (
        "gaelic football",
        "football",
        "footballer",
        "footballers",
        "sam maguire cup",
        "tailteann cup",
    ),
    "hurling": (
        "hurling",
        "hurler",
        "hurlers",
        "liam maccarthy cup",
        "national hurling league",
        "joe mcdonagh cup",
    ),
    "cricket": (
        "cricket",
        "county championship",
        "first-class",
        "wicket",
        "wickets",
        "innings",
        "overs",
        "t20 blast",
        "vitality blast",
        "one-day cup",
        "royal london cup",
    ),
}
HEADER = """\
// Teams named by their county in Gaelic football, hurling and first-class county cricket, and
// the cue words of those sports (lower case). Derived by scripts/derive_county_teams.py from
// pycountry 26.2.16 (ISO 3166-2:IE counties; LGPL-2.1) and, by hand, English Wikipedia's
// "Counties of Northern Ireland", "First-class cricket counties", "County Championship" and its
// Gaelic games team titles (CC BY-SA 4.0). Read by briefx/pipeline/entities/county_teams.py.
// Do not edit by hand: rerun the script.
"""


def irish_counties() -> list[str]:
    """The 32 counties of Ireland: ISO 3166-2:IE's 26 and Northern Ireland's six."""
    subs = pycountry.subdivisions.get(country_code="IE")
    return sorted({str(s.name) for s in subs if s.type == "County"} | set(NORTHERN_IRELAND))


def main() -> int:
    counties = irish_counties()
    if len(counties) != 32:
        raise SystemExit(f"expected 32 Irish counties, got {len(counties)}")
    rows: list[dict[str, str]] = []
    for county in counties:
        rows.append(
            {"sport": "football", "county": county, "name": f"{county} county football team"}
        )
        rows.append({"sport": "hurling", "county": county, "name": f"{county} county hurling team"})
    for county in FIRST_CLASS:
        rows.append({"sport": "cricket", "county": county, "name": f"{county} County Cricket Club"})
    for sport, cues in CUES.items():
        rows.extend({"sport": sport, "cue": cue} for cue in cues)
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{OUT.name}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
