"""Derive models/places.jsonl: countries, demonyms and U.S. states with their AP abbreviations.

Sources (PyPI packages, installed only for this script; the runtime reads the JSONL):
- ``countryinfo`` (MIT licence): country names, English alternative names, demonyms;
- ``us`` (BSD-3-Clause, Sunlight Labs): U.S. states, postal and AP Stylebook abbreviations.

Run from the project root: ``.venv/bin/python scripts/derive_places.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import countryinfo
import us

OUT = Path(__file__).resolve().parent.parent / "models" / "places.jsonl"
ENGLISH = re.compile(r"^[A-Z][A-Za-z.'’ -]+$")
# Short names that are the usual English title where the package gives a long form.
RENAME = {"Republic of Macedonia": "North Macedonia", "Vatican City State": "Vatican City"}


def rows() -> list[dict[str, str]]:
    out: dict[str, dict[str, str]] = {}

    def add(alias: str, name: str, typ: str, kind: str) -> None:
        if alias and alias not in out:
            out[alias] = {"alias": alias, "name": name, "type": typ, "kind": kind}

    countries = []
    for c in countryinfo.all_countries():
        info = c.info()
        name, demonym = info.get("name"), info.get("demonym")
        if not name or not demonym or "," in name or "(" in name:
            continue
        name = RENAME.get(name, name)
        countries.append((name, demonym, info.get("altSpellings") or []))
    for name, _, _ in countries:
        add(name, name, "GPE", "country")
    for name, _, alts in countries:
        for alt in alts:
            # English long forms only ("Russian Federation"); codes and native spellings are left out.
            if " " in alt and ENGLISH.match(alt) and "," not in alt:
                add(alt, name, "GPE", "country")
    for name, demonym, _ in countries:
        if ENGLISH.match(demonym) and demonym != name:
            add(demonym, demonym, "NORP", "demonym")
            if not demonym.endswith(("s", "ese", "ch", "sh")):
                add(demonym + "s", demonym, "NORP", "demonym")
    for st in us.states.STATES_AND_TERRITORIES:
        add(st.name, st.name, "GPE", "us_state")
        if st.ap_abbr and st.ap_abbr != st.name:
            add(st.ap_abbr, st.name, "GPE", "us_state_ap")
        add(st.abbr, st.name, "GPE", "us_state_postal")
    return list(out.values())


def main() -> None:
    data = rows()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Countries, demonyms (NORP) and U.S. states with AP/postal abbreviations.\n")
        f.write("// Derived by scripts/derive_places.py from the PyPI packages countryinfo (MIT)\n")
        f.write("// and us (BSD-3-Clause, Sunlight Labs). Do not edit by hand: rerun the script.\n")
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in data)
    print(f"{len(data)} rows -> {OUT}")


if __name__ == "__main__":
    main()
