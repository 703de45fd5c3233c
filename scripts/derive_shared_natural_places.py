"""Derive ``models/shared_natural_places.jsonl``: the one-word names of natural places that
WordNet also gives another sense (a company, a person, a people, a kind), which
``models/natural_places.jsonl`` leaves out so that its names are sure ("Amazon", "Rhine",
"Niger", "Jordan", "Mississippi"). Read by ``briefx.pipeline.entities.places`` (session 33):
such a name is a place only where its words say so ("in the Amazon", "the Rhine river").

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University), with the reader and
the ROOTS of ``scripts/derive_natural_places.py`` (body of water, geological formation,
mountain range, peninsula, plain, desert). A row is a capitalised one-word lemma of an
instance under those roots that a synset outside them also holds; ``also`` says whether one
of the other synsets is itself a named instance (a country, a city, a person: "Jordan",
"Congo") or only a kind ("amazon", a tall strong woman).

Build-time only. Run with WordNet installed:

    apt-get install wordnet-base && python scripts/derive_shared_natural_places.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from derive_fac_heads import data_lines, write_table
from derive_natural_places import natural_names

OUT = Path(__file__).resolve().parent.parent / "models" / "shared_natural_places.jsonl"


def rows(lines: list[str]) -> list[dict[str, str]]:
    # one word, and held by a synset outside the roots too (the sure ones are
    # models/natural_places.jsonl's)
    return [
        {"name": n, "kind": "shared_natural_place", "root": r}
        for n, r, sure in sorted(natural_names(lines))
        if not sure and " " not in n
    ]


HEADER = (
    "// One-word names of natural places that WordNet also gives another sense (a country, a\n"
    "// person, a company, a kind), derived by scripts/derive_shared_natural_places.py from\n"
    "// Princeton WordNet 3.0 (Debian wordnet-base; WordNet 3.0 licence, BSD-style, Princeton\n"
    "// University); read by entities.places (session 33): a place where its words say so.\n"
)


def main() -> int:
    return write_table(OUT, HEADER, rows(data_lines()))


if __name__ == "__main__":
    sys.exit(main())
