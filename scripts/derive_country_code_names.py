"""Derive models/country_code_names.jsonl: ISO 3166-1 alpha-2 code -> the country's canonical name
in briefx's alias table (``models/places.jsonl``), for the countries whose CLDR English name is
not that canonical name ("TR" -> "Turkey", CLDR "Türkiye"; "CZ" -> "Czech Republic", CLDR
"Czechia"; "CD" -> "Democratic Republic of the Congo", CLDR "Congo - Kinshasa").

``coref.countries.country_by_code`` read only CLDR's names (``models/country_codes.jsonl``) and
kept a code where CLDR's name was the alias table's canonical name, so 30 countries the alias
table knows had no code -> name (a dateline "ANKARA" gave no country; issue 13, session 38).
The alias table's canonical names come from the PyPI package ``countryinfo`` (MIT licence), read
by ``scripts/derive_places.py``; the same package gives each of them its ``ISO.alpha2`` code, so
this script reads countryinfo with derive_places' filters and renames and writes the code of each
canonical name. A code that several of the package's countries carry ("MM": "Myanmar" and
"Burma"; "GB": "United Kingdom" and "Wales") keeps the one CLDR's English name names, before a
bracketed alternative ("Myanmar (Burma)" -> "Myanmar"), and is left out where CLDR names none.
Codes CLDR's name already gives are written too (the table is the whole mapping; the reader
prefers CLDR's exact name). Installed only for this script: countryinfo 1.0.1 (and babel, pinned).

Run from the project root: ``python scripts/derive_country_code_names.py`` (with countryinfo
installed).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import countryinfo
from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "models" / "country_code_names.jsonl"
# As scripts/derive_places.RENAME: the usual English title where the package gives a long form.
RENAME = {"Republic of Macedonia": "North Macedonia", "Vatican City State": "Vatican City"}
BRACKET = re.compile(r"\s*\(.*\)$")  # CLDR "Myanmar (Burma)": the name before the bracket
HEADER = (
    "// ISO 3166-1 alpha-2 code -> the country's canonical name in models/places.jsonl, for\n"
    "// coref.countries.country_by_code where CLDR's name differs (TR -> Turkey). Derived by\n"
    "// scripts/derive_country_code_names.py from the PyPI package countryinfo 1.0.1 (MIT; names\n"
    "// read as scripts/derive_places.py reads them, with its ISO.alpha2) and CLDR's English names\n"
    "// through babel (Unicode licence; BSD-3-Clause) for a code two names share.\n"
    "// Do not edit by hand: rerun the script.\n"
)


def rows() -> list[dict[str, str]]:
    """One row per code: the canonical name of the country countryinfo gives that code."""
    by_code: dict[str, list[str]] = defaultdict(list)
    for c in countryinfo.all_countries():
        info = c.info()
        name, code = info.get("name"), (info.get("ISO") or {}).get("alpha2")
        # (derive_places' filter: a country with a name and a demonym, no comma or bracket)
        if not name or not info.get("demonym") or "," in name or "(" in name or not code:
            continue
        by_code[code].append(RENAME.get(name, name))
    cldr = Locale("en").territories
    out = []
    for code, names in sorted(by_code.items()):
        if len(set(names)) > 1:
            own = BRACKET.sub("", str(cldr.get(code, "")))
            names = [n for n in names if n == own]
            if not names:
                continue
        out.append({"code": code, "name": names[0]})
    return out


def main() -> int:
    found = rows()
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found)
    OUT.write_text(HEADER + body, encoding="utf-8")
    print(f"{OUT.name}: {len(found)} codes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
