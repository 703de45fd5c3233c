"""Derive models/national_capitals.jsonl: each country's capital city and the country's ISO 3166
code.

A text that names no country but only its capital ("Issued by the Ministry of Health,
Wellington", "By Ama Owusu in Accra") is about that capital's country: ``coref.countries.
places_country`` reads this table so that a national body there takes the country's title
("Ministry of Health (New Zealand)"; session 31, bodies18). Source: the PyPI package
``countryinfo`` (MIT licence), its ``capital`` and ``ISO.alpha2`` fields, read with the same
filters as ``scripts/derive_places.py`` (English names only), installed only for this script.

Run from the project root: ``python scripts/derive_national_capitals.py`` (with countryinfo
installed).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import countryinfo

OUT = Path(__file__).resolve().parent.parent / "models" / "national_capitals.jsonl"
ENGLISH = re.compile(r"^[A-Z][A-Za-z.'’ -]+$")  # as derive_places.ENGLISH
HEADER = (
    "// Capital city -> ISO 3166 alpha-2 code of its country, for a text that names a country\n"
    "// only by its capital (coref.countries.places_country). Derived by\n"
    "// scripts/derive_national_capitals.py from the PyPI package countryinfo 1.0.1 (MIT).\n"
    "// Do not edit by hand: rerun the script.\n"
)


def rows() -> list[dict[str, str]]:
    """One row per capital with an English name; a name two countries give their capitals (none
    in the source today) is left out, as it places neither."""
    seen: dict[str, set[str]] = {}
    for c in countryinfo.all_countries():
        info = c.info()
        capitals, code = info.get("capital") or [], (info.get("ISO") or {}).get("alpha2")
        # (a country with several seats lists them all: South Africa's three)
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            if code and ENGLISH.match(capital):
                seen.setdefault(capital, set()).add(code)
    return [
        {"capital": cap, "code": next(iter(codes))}
        for cap, codes in sorted(seen.items())
        if len(codes) == 1
    ]


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
