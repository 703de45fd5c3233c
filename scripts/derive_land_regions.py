"""Derive ``models/land_regions.jsonl``: the names of islands and of regions with no
administration of their own (OntoNotes LOC), read by
``briefx.pipeline.entities.places.islands_and_regions``: NER types "Luzon", "Lesbos",
"Siberia", "Patagonia" a GPE, the type of the countries and provinces they sit in.

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University), read with
``scripts/derive_fac_heads.py``'s parser. A row is a capitalised lemma of a named INSTANCE
(WordNet's ``~i`` pointers) of:
- island, or of a kind of island ("Aegean island", "barrier island"): kind ``island``;
- geographical area, whose gloss calls it a region, an area or a part and names no
  administration nor a past one ("a vast Asian region of Russia": Siberia; not "a state in
  southern Germany", "a former province of France", "the ancient kingdom of ..."): kind
  ``region``.
Left out, besides a name that itself names a polity ("Western Roman Empire"), so that the table names only what is no political unit (ANNOTATION.md: countries,
states and provinces are GPE; an island that is a country or a subdivision too stays GPE):
- a lemma that another place or natural object of WordNet also holds ("Sicily": island and
  Italian region; "Tasmania": island and Australian state; "Ithaca": island and city);
- a name any lemma of its synset shares with a country, a U.S. state or an alias of briefx's
  tables (``models/places.jsonl``, ``models/aliases.jsonl``: "Cuba", "Hawaii", "Great
  Britain"), a subdivision of the gazetteer (``models/world_places.jsonl``, ISO 3166-2:
  "Bali", "Hokkaido", "Corse" for "Corsica") or a city of 100,000 people there ("Zanzibar");
- an English word in lower case ("Man", "Centre", "Champagne").

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_land_regions.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from derive_fac_heads import closure, data_lines, parse, write_table

MODELS = Path(__file__).resolve().parent.parent / "models"
OUT = MODELS / "land_regions.jsonl"
ISLAND = "09316454"  # island: a land mass (other than a continent) surrounded by water
AREA = "08574314"  # geographical area, geographic region: a demarcated area of the Earth
PLACE_FILES = ("15", "17")  # WordNet's lexicographer files of places and natural objects
# a gloss that makes the area a region ...
REGION = re.compile(r"\b(?:region|area|part|division|plain|plateau|basin)\b")
# ... and not a political unit, now or in the past
POLITY = re.compile(
    r"\b(?:state|states|province|provinces|autonomous|republic|county|department|kingdom|"
    r"empire|country|countries|nation|city|capital|ancient|former|formerly|historic|historical|"
    r"medieval|colony|colonies|sultanate|mythology)\b"
)  # lower case: "a region in ... the Czech Republic" names a country, not the region's kind
BIG_CITY = 100_000


def _rows(name: str) -> list[dict]:
    path = MODELS / name
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x[:1] == "{"]


def political_names() -> set[str]:
    """Countries, U.S. states, GPE aliases, subdivisions and large cities of briefx's tables."""
    out = {str(r["alias"]) for r in _rows("places.jsonl") if r["kind"] != "demonym"}
    out |= {str(r["name"]) for r in _rows("places.jsonl") if r["kind"] != "demonym"}
    out |= {str(r["alias"]) for r in _rows("aliases.jsonl") if r.get("type") == "GPE"}
    for r in _rows("world_places.jsonl"):
        if r["kind"] == "subdivision" or int(r.get("pop") or 0) >= BIG_CITY:
            out.add(str(r["name"]))
    return out


def rows(lines: list[str]) -> list[dict[str, str]]:
    lemmas, hypos, files = parse(lines, ("~",))
    _, instances, _ = parse(lines, ("~i",))
    glosses = {x.split(" ", 1)[0]: x.split(" | ", 1)[-1] for x in lines if not x.startswith("  ")}
    kinds: dict[str, str] = {}
    for cls in closure(ISLAND, hypos):
        for off in instances.get(cls, ()):
            kinds[off] = "island"
    for off in instances.get(AREA, ()):
        if REGION.search(glosses[off]) and not POLITY.search(glosses[off]):
            kinds.setdefault(off, "region")
    holders: dict[str, set[str]] = {}
    for off, names in lemmas.items():
        if files[off] in PLACE_FILES:
            for name in names:
                holders.setdefault(name, set()).add(off)
    words = {n for names in lemmas.values() for n in names if n.islower()}
    political = political_names()
    out: dict[str, str] = {}
    for off, kind in kinds.items():
        spaced = [n.replace("_", " ") for n in lemmas[off]]
        if any(n in political for n in spaced):
            continue
        for name, text in zip(lemmas[off], spaced, strict=True):
            if not name[:1].isupper() or name.lower() in words or holders[name] != {off}:
                continue
            if POLITY.search(text.lower()):
                continue  # the name says it is a polity ("Byzantine Empire", "Mid-Atlantic states")
            out[text] = kind
    return [{"name": n, "kind": k} for n, k in sorted(out.items())]


HEAD = (
    "// Islands and regions with no administration of their own (OntoNotes LOC), derived by\n"
    "// scripts/derive_land_regions.py from Princeton WordNet 3.0 (Debian wordnet-base; WordNet\n"
    "// 3.0 licence, BSD-style, Princeton University): instances of island and of geographical\n"
    "// area that no country, state, subdivision or other WordNet place shares a name with.\n"
    "// Do not edit by hand: rerun the script.\n"
)


def main() -> int:
    return write_table(OUT, HEAD, rows(data_lines()))


if __name__ == "__main__":
    sys.exit(main())
