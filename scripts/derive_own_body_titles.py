"""Derive models/own_body_titles.jsonl: national bodies whose title looks generic but is their
own English Wikipedia article's, bare (session 46, bodies46, issue 13 names).

``coref.bodies._shared_name`` reads a name of common words before a head such as "Commission",
"Authority", "Council" or "Committee" as a title many countries' bodies share, and gives it
English Wikipedia's "<title> (<country>)" ("National Security Council (Japan)"). Some bodies
of such a title are the one body English Wikipedia titles bare: "Data Protection Commission"
(Ireland's), "Social Health Authority" (Kenya's), "Financial Reporting Council" (the United
Kingdom's). Those keep their bare title in any country (the earlier rows of kind "own" of
``models/national_bodies.jsonl``, session 45, are read the same way and stay where they are).

Source: English Wikipedia's article titles (text CC BY-SA 4.0), written by hand in this script
from the author's knowledge of them; this workplace has no network, so none was read off a
page at build time. A title the author thought another country's body might share
("Financial Services Commission", "Economic Development Board", "Capital Markets Authority")
was left out: such a title is disambiguated by its country and the rule should give it one.
No offline package lists which government bodies' titles are bare (the Wikidata clients on
PyPI query the service at run time).

Rows: ``{"name": "Data Protection Commission", "country": "Ireland"}``; ``country`` is the
body's own (for the reader only: the row is read in any country). Run from the project root:
``python scripts/derive_own_body_titles.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "own_body_titles.jsonl"
HEADER = (
    "// National bodies whose generic-looking title is their own English Wikipedia article's,\n"
    "// bare (coref.bodies._shared_name never gives them a country). Titles written by hand from\n"
    "// English Wikipedia (CC BY-SA 4.0) by scripts/derive_own_body_titles.py, which says how.\n"
    "// Do not edit by hand: rerun the script.\n"
)

# country: titles, separated by ";"
TITLES = {
    "Ireland": "Data Protection Commission; Residential Tenancies Board; Criminal Assets Bureau",
    "Kenya": "Social Health Authority; Teachers Service Commission",
    "United Kingdom": (
        "Financial Reporting Council; Monopolies and Mergers Commission; Press Complaints "
        "Commission; Financial Policy Committee"
    ),
    "South Africa": "National Prosecuting Authority",
    "Singapore": (
        "Land Transport Authority; Housing and Development Board; Urban Redevelopment Authority"
    ),
    "Hong Kong": "Securities and Futures Commission",
    "Japan": "Imperial Household Agency",
    "Pakistan": "National Accountability Bureau",
    "Taiwan": "Ocean Affairs Council",
}


def rows() -> list[dict[str, str]]:
    """One row per title, sorted by title; a title listed for two countries is an error."""
    out: dict[str, str] = {}
    for country, block in TITLES.items():
        for name in (n.strip() for n in block.split(";")):
            assert name not in out, name
            out[name] = country
    return [{"name": n, "country": c} for n, c in sorted(out.items())]


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
