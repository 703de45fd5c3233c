"""Derive ``models/airports.jsonl``: the distinctive word of an airport's name, the word news
copy names the airport by alone ("Heathrow" of "London Heathrow Airport", "Malpensa",
"Linate", "Changi", "Schiphol"), read by ``briefx.pipeline.entities.families.airports`` as
evidence that such a word in a sentence of air travel is the airport, also where NER typed it
a place ("fly into Malpensa or Linate") or where it follows "to", "for" or another airport
("bound for Stansted", "at Heathrow and Gatwick").

Source: the PyPI package ``airportsdata`` (MIT, Mike Borsetti; its data from OurAirports and
the FAA), the airports that carry an IATA code. A row is the one word of an airport's name
left when its city's words, English words (WordNet 3.0's lower-case lemmas, Debian
``wordnet-base``: "airport", "international", "liberty") and abbreviations are taken out;
names that leave none ("Denver International Airport") or several ("John F Kennedy
International Airport") give no row, nor does a word several airports leave, nor a word that
names a country, a subdivision or a city of 15,000 people in briefx's tables
(``models/places.jsonl``, ``models/world_places.jsonl``: "Frankfurt" of Frankfurt-Hahn,
"Narita"), which the reader leaves to the gazetteer anyway, nor a given name of
``models/given_names.jsonl`` ("Adams" of Bob Adams Field is more often a person), nor a town
of ``models/place_spellings.jsonl`` ("Keflavik"), a natural place, island or region of
``models/natural_places.jsonl`` and ``models/land_regions.jsonl``, nor a name WordNet holds
("Provence", "Thames", "Copernicus": the place or the person before the airport).

Build-time only (airportsdata is no runtime dependency of briefx). Run with both installed:

    pip install airportsdata==20260905 && apt-get install wordnet-base
    python scripts/derive_airports.py

Rows: {"word", "iata", "name", "country"} (``name`` as airportsdata writes it, not a title).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import airportsdata
from derive_fac_heads import data_lines, write_table

MODELS = Path(__file__).resolve().parent.parent / "models"
OUT = MODELS / "airports.jsonl"
TOWN = 15_000  # families.TOWN: the reader's own bar for a city
ADJ = Path("/usr/share/wordnet/data.adj")
WORD = re.compile(r"[A-Z][a-z]+(?:['’][A-Z][a-z]+)?")  # "Heathrow", "O'Hare"
TOKEN = re.compile(r"[^\s/()\-,.]+")


def english(lines: list[str]) -> set[str]:
    """WordNet's lower-case lemmas: English words, not names."""
    out = set()
    for line in lines:
        if not line.startswith("  "):
            f = line.split(" ")
            out.update(f[4 + 2 * k].split("(")[0] for k in range(int(f[3], 16)))
    return {w for w in out if w.islower() and "_" not in w}


def places() -> set[str]:
    """Countries, subdivisions, cities of 15,000 people, towns, given names and natural places
    in briefx's tables."""
    out = set()
    for name in ("places.jsonl", "world_places.jsonl"):
        for line in (MODELS / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("{"):
                r = json.loads(line)
                if r["kind"] == "city" and int(r.get("pop") or 0) < TOWN:
                    continue
                out.add(str(r.get("alias") or r["name"]))
                out.add(str(r["name"]))
                out.add(str(r["name"]).split(" ")[0])  # "Frankfurt" of "Frankfurt am Main"
    for table, key in (
        ("given_names.jsonl", "name"),
        ("place_spellings.jsonl", "plain"),
        ("natural_places.jsonl", "name"),
        ("land_regions.jsonl", "name"),
    ):
        for line in (MODELS / table).read_text(encoding="utf-8").splitlines():
            if line.startswith("{"):
                out.add(str(json.loads(line)[key]))
    return out


def names(lines: list[str]) -> set[str]:
    """WordNet's capitalised lemmas: places, people and things WordNet knows by name."""
    out = set()
    for line in lines:
        if not line.startswith("  "):
            f = line.split(" ")
            out.update(f[4 + 2 * k].split("(")[0] for k in range(int(f[3], 16)))
    return {w for w in out if w[:1].isupper()}


def rows(airports: dict[str, dict], words: set[str], named: set[str]) -> list[dict[str, str]]:
    known = places() | named
    found: dict[str, list[dict[str, str]]] = {}
    for code, a in sorted(airports.items()):
        city = {w.lower() for w in TOKEN.findall(str(a["city"]))}
        left = [
            w
            for w in TOKEN.findall(str(a["name"]))
            if w.lower() not in city and w.lower() not in words
        ]
        if len(left) != 1 or not WORD.fullmatch(left[0]) or len(left[0]) < 4:
            continue
        if left[0] in known:
            continue
        row = {"word": left[0], "iata": code, "name": str(a["name"]), "country": a["country"]}
        found.setdefault(left[0], []).append(row)
    return [v[0] for _, v in sorted(found.items()) if len(v) == 1]


HEAD = (
    '// Airports\' distinctive words ("Heathrow" of London Heathrow Airport), derived by\n'
    "// scripts/derive_airports.py from the PyPI package airportsdata 20260905 (MIT; airports\n"
    "// with an IATA code) with WordNet 3.0's English words (Debian wordnet-base; WordNet 3.0\n"
    "// licence) taken out. Do not edit by hand: rerun the script.\n"
)


def main() -> int:
    noun = data_lines()
    words = english(noun) | english(data_lines(ADJ))
    return write_table(OUT, HEAD, rows(airportsdata.load("IATA"), words, names(noun)))


if __name__ == "__main__":
    sys.exit(main())
