"""Derive ``models/airport_titles.jsonl``: the name of an airport that news calls by its city's
or its own short name before a lower-case "airport" ("at Dublin airport" -> "Dublin Airport",
"Cork and Shannon airports" -> "Cork Airport", "Shannon Airport"; session 38, places38).

Source: the PyPI package airportsdata 20260905 (MIT; ``airportsdata.load("IATA")``, the airports
with an IATA code, which carry the airports' own names). A row is an airport whose name is its
short name followed by "Airport" or "International Airport" and nothing else ("Dublin Airport",
"Kariba International Airport"); the short name (one to three capitalised words) must be the
start of no other such airport's name (two airports of one short name: no row). The name is
airportsdata's, which English Wikipedia's title follows for these airports (WP:AIRPORTS titles an
airport by its official name); an airport whose name adds a person or a second city ("Mombasa Moi
International Airport", "Frankfurt am Main International Airport") gets no row, and its short
name stays as written.

Build-time only (airportsdata is no runtime dependency of briefx). Run with it installed:

    pip install airportsdata==20260905
    python scripts/derive_airport_titles.py

Rows: {"short", "name", "iata", "country"}.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import airportsdata
from derive_fac_heads import write_table

MODELS = Path(__file__).resolve().parent.parent / "models"
OUT = MODELS / "airport_titles.jsonl"
# the short name (one to three capitalised words) and the airport's kind words
WORD = r"(?!International\b)[A-Z][\w'’.-]*"
TITLED = re.compile(rf"({WORD}(?: {WORD}){{0,2}}) (?:International )?Airport")


def rows(airports: dict[str, dict]) -> list[dict[str, str]]:
    found: dict[str, list[dict[str, str]]] = {}
    for code, a in sorted(airports.items()):
        name = str(a["name"])
        mt = TITLED.fullmatch(name)
        if not mt:
            continue
        short = mt.group(1)
        row = {"short": short, "name": name, "iata": code, "country": str(a["country"])}
        found.setdefault(short, []).append(row)
    return [v[0] for _, v in sorted(found.items()) if len(v) == 1]


HEAD = (
    '// Airports by their short name ("Dublin" -> "Dublin Airport"), derived by\n'
    "// scripts/derive_airport_titles.py from the PyPI package airportsdata 20260905 (MIT;\n"
    '// airports with an IATA code whose name is the short name and "(International) Airport";\n'
    "// a short name two airports share is left out). Do not edit by hand: rerun the script.\n"
)


def main() -> int:
    return write_table(OUT, HEAD, rows(airportsdata.load("IATA")))


if __name__ == "__main__":
    sys.exit(main())
