"""Write ``models/country_titles.jsonl``: countries that ``models/places.jsonl`` names by a short
name English Wikipedia gives to another article or to another state (session 46, places46):
the title of the country where the bare name is shared ("Georgia" -> "Georgia (country)": the
U.S. state is "Georgia (U.S. state)", the disambiguation page "Georgia"), and the state a short
name meant on the document's date ("Yugoslavia" between 27 April 1992 and 4 February 2003 ->
"Federal Republic of Yugoslavia"; "Congo" while the other Congo was Zaire, 27 October 1971 to
17 May 1997 -> "Republic of the Congo"). Read by
``briefx.pipeline.coref.place_names.shared_country_titles`` for a GPE mention still named by the bare
name after the document's own words have been read (the U.S. state by its towns, "Democratic
Republic of the Congo" written out).

Source: written by hand for briefx from English Wikipedia (CC BY-SA 4.0): the articles
"Georgia (country)", "Federal Republic of Yugoslavia" (its lead: "27 April 1992 - 4 February
2003", then "Serbia and Montenegro"), "Republic of the Congo" and "Zaire" (the Democratic
Republic of the Congo was Zaire from 27 October 1971 to 17 May 1997). The script checks that
each undated name is a country row of ``models/places.jsonl``, so a renamed row cannot leave a
stale one (the dated names are no country of today: the table holds no row for them).

    python scripts/derive_country_titles.py

Rows: {"name", "title"} and, for a state of a period, "from" and "to" (ISO dates; "from"
inclusive, "to" exclusive).
"""

from __future__ import annotations

import sys
from pathlib import Path

from derive_fac_heads import write_table

from briefx.resources import read_jsonl

MODELS = Path(__file__).resolve().parent.parent / "models"
OUT = MODELS / "country_titles.jsonl"
HEADER = """\
// Countries news names by a short name English Wikipedia gives another
// article or another state: the country's title ("Georgia" -> "Georgia (country)") and the
// state a name meant on the document's date ("Yugoslavia" in 1992-2003 -> "Federal Republic of
// Yugoslavia", "Congo" while the other Congo was Zaire -> "Republic of the Congo"). Written
// by hand by scripts/derive_country_titles.py from English Wikipedia (CC BY-SA 4.0). Read by
// briefx.pipeline.coref.place_names.shared_country_titles (session 46). Rerun the script to change it.
"""
ROWS = [
    {"name": "Georgia", "title": "Georgia (country)"},
    {
        "name": "Yugoslavia",
        "title": "Federal Republic of Yugoslavia",
        "from": "1992-04-27",
        "to": "2003-02-04",
    },
    {"name": "Congo", "title": "Republic of the Congo", "from": "1971-10-27", "to": "1997-05-17"},
]


def rows() -> list[dict[str, str]]:
    countries = {r["name"] for r in read_jsonl("places.jsonl") if r.get("kind") == "country"}
    for row in ROWS:
        if "from" not in row and row["name"] not in countries:
            raise SystemExit(f"{row['name']}: not a country name of places.jsonl")
    return ROWS


def main() -> int:
    return write_table(OUT, HEADER, rows())


if __name__ == "__main__":
    sys.exit(main())
