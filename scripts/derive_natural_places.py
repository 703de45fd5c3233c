"""Derive ``models/natural_places.jsonl``: the names of natural places (OntoNotes LOC: seas,
gulfs, straits, rivers, lakes, mountains and ranges, peninsulas, plains and deserts), read by
``briefx.pipeline.entities.kinds.natural_places``: "the Tigris", "the Adriatic", "the
Peloponnese", "the Zagros Mountains", "the Iberian Peninsula".

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University). A row is a
capitalised lemma of a noun synset that is an INSTANCE (WordNet's ``@i``/``~i`` pointers: a
named individual, not a kind) of a synset under one of the ROOTS below (body of water,
geological formation, mountain range, peninsula, plain, desert), with the reader of
``scripts/derive_fac_heads.py``. Left out: a lemma that another synset outside those classes
also holds (a country, a city, a person, a company: "Jordan", "Congo", "Amazon", "Niger",
"Georgia"), so that the table only names what is sure to be a natural place.

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_natural_places.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from derive_fac_heads import closure, data_lines, holders, parse, spaced, write_table

OUT = Path(__file__).resolve().parent.parent / "models" / "natural_places.jsonl"
# synset offsets in WordNet 3.0 data.noun, with their first lemma
ROOTS = {
    "09225146": "body_of_water",  # oceans, seas, gulfs, straits, rivers, lakes
    "09287968": "geological_formation",  # mountains, valleys, canyons, glaciers
    "09403734": "mountain_range",  # ranges
    "09388848": "peninsula",
    "09393605": "plain",
    "08505573": "desert",
}


def natural_names(lines: list[str]) -> list[tuple[str, str, bool]]:
    """Every capitalised lemma of an instance under the ROOTS, once, with its root and whether
    it is sure: no synset outside the ROOTS holds it (``scripts/derive_shared_natural_places.py``
    keeps the others)."""
    raw, hypos, _ = parse(lines, ("~", "~i"))
    lemmas = spaced(raw)
    natural: dict[str, str] = {}
    for off, root in ROOTS.items():
        for o in closure(off, hypos):
            natural.setdefault(o, root)
    held = holders(lemmas)
    out: dict[str, tuple[str, bool]] = {}
    for off, root in natural.items():
        for name in lemmas[off]:
            if name[:1].isupper() and name not in out:  # kinds ("river", "sea") are lower case
                out[name] = (root, all(o in natural for o in held[name]))
    return [(n, r, sure) for n, (r, sure) in out.items()]


def rows(lines: list[str]) -> list[dict[str, str]]:
    # not a name another synset also holds: "Jordan", "Congo", "Amazon" (a country, a person,
    # a company)
    return [
        {"name": n, "kind": "natural_place", "root": r}
        for n, r, sure in sorted(natural_names(lines))
        if sure
    ]


HEADER = (
    "// Names of natural places (OntoNotes LOC), derived by scripts/derive_natural_places.py\n"
    "// from Princeton WordNet 3.0 (Debian wordnet-base; WordNet 3.0 licence, BSD-style,\n"
    "// Princeton University): capitalised lemmas of the named instances under body of\n"
    "// water, geological formation, mountain range, peninsula, plain and desert that no\n"
    "// other synset holds; read by entities.kinds.natural_places (session 16).\n"
)


def main() -> int:
    return write_table(OUT, HEADER, rows(data_lines()))


if __name__ == "__main__":
    sys.exit(main())
