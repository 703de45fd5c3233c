"""Derive models/demonym_countries.jsonl: the country each demonym of places.jsonl belongs to.

"The Chilean Government said ..." speaks as Chile (ANNOTATION.md, statements): the statements
component maps a demonym to its country with this table. Source: the PyPI package
``countryinfo`` (MIT licence), read exactly as ``scripts/derive_places.py`` reads it (same
filters and renames), installed only for this script.

Run from the project root: ``python scripts/derive_demonym_countries.py`` (with countryinfo and
us installed).
"""

from __future__ import annotations

import json
from pathlib import Path

import countryinfo
from derive_places import ENGLISH, RENAME

OUT = Path(__file__).resolve().parent.parent / "models" / "demonym_countries.jsonl"


def rows() -> list[dict[str, str]]:
    """One row per demonym; a demonym several places share ("American", "Indian") goes to the
    most populous of them (the United States, India), as a reader would take it."""
    best: dict[str, tuple[int, str]] = {}
    for c in countryinfo.all_countries():
        info = c.info()
        name, demonym = info.get("name"), info.get("demonym")
        if not name or not demonym or "," in name or "(" in name:
            continue
        name = RENAME.get(name, name)
        population = int(info.get("population") or 0)
        better = demonym not in best or population > best[demonym][0]
        if ENGLISH.match(demonym) and demonym != name and better:
            best[demonym] = (population, name)
    return [{"demonym": d, "country": c} for d, (_, c) in sorted(best.items())]


def main() -> None:
    data = rows()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Demonym -> country, for 'the <demonym> Government' speaking as the country.\n")
        f.write("// Derived by scripts/derive_demonym_countries.py from the PyPI package\n")
        f.write("// countryinfo (MIT). Do not edit by hand: rerun the script.\n")
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in data)
    print(f"{len(data)} rows -> {OUT}")


if __name__ == "__main__":
    main()
