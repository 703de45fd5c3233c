"""Derive models/sport_words.jsonl: the names of sports WordNet gives (session 27).

Source: Princeton WordNet 3.0 (WordNet 3.0 licence, a permissive BSD-style licence: "Permission
to use, copy, modify and distribute this software and database ... for any purpose and without
fee or royalty is hereby granted", with its copyright notice kept below), as Debian packages it
in ``wordnet-base`` (``apt-get install wordnet-base``: ``/usr/share/wordnet``). Installed only
for this script; the runtime reads the JSONL.

Rows: ``{"word": "ice hockey", "kind": "sport"}``: a lower-case lemma (words joined by a space)
of a synset under "sport, athletics" (noun 00523513) by hyponymy, at any depth, whose most
frequent sense is that sport ("baseball", "rugby", "ice hockey", "cricket"; not "ball",
"round", "track"). A sport named in a line makes its results
sports copy ("Baseball: Seattle 5, Detroit 3.").

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.

Run from the project root: ``.venv/bin/python scripts/derive_sport_words.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from derive_fac_heads import INDEX, closure, data_lines, first_senses, parse, write_table

OUT = Path(__file__).resolve().parent.parent / "models" / "sport_words.jsonl"
HEADER = (
    "// Names of sports: the lower-case lemmas of the synsets under WordNet's 'sport, athletics'\n"
    "// (noun 00523513) by hyponymy, whose first sense is the sport ('baseball', 'rugby', 'ice\n"
    "// hockey'; not 'ball', 'track'). Derived by\n"
    "// scripts/derive_sport_words.py from Princeton WordNet 3.0 (Debian wordnet-base; WordNet\n"
    "// 3.0 licence, BSD-style; WordNet 3.0 Copyright 2006 by Princeton University); read by\n"
    "// briefx.pipeline.entities.sports (session 27). Do not edit by hand: rerun the script.\n"
)
ROOT = "00523513"
LOWER = re.compile(r"[a-z][a-z-]*(?:_[a-z][a-z-]*)*")


def rows() -> list[dict[str, str]]:
    lemmas, hypos, _ = parse(data_lines(), ("~", "~i"))
    seen = closure(ROOT, hypos)
    # only lemmas whose most frequent sense (the first of index.noun) is a sport: not "ball",
    # "round", "track", "fight", "dip"
    first = first_senses(data_lines(INDEX))
    out = {
        w.replace("_", " ")
        for s in seen
        for w in lemmas[s]
        if LOWER.fullmatch(w) and first.get(w) in seen
    }
    return [{"word": w, "kind": "sport"} for w in sorted(out)]


def main() -> int:
    return write_table(OUT, HEADER, rows())


if __name__ == "__main__":
    raise SystemExit(main())
