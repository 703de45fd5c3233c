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

import json
import re
from pathlib import Path

SOURCE = Path("/usr/share/wordnet")
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
    words: dict[str, list[str]] = {}
    below: dict[str, list[str]] = {}
    for line in (SOURCE / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence at the top of the file
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        words[f[0]] = f[4 : 4 + 2 * n : 2]
        p = 4 + 2 * n
        for i in range(int(f[p])):
            symbol, offset = f[p + 1 + 4 * i], f[p + 2 + 4 * i]
            if symbol in ("~", "~i"):
                below.setdefault(f[0], []).append(offset)
    seen, todo = set(), [ROOT]
    while todo:
        cur = todo.pop()
        if cur not in seen:
            seen.add(cur)
            todo.extend(below.get(cur, []))
    # only lemmas whose most frequent sense (the first of index.noun) is a sport: not "ball",
    # "round", "track", "fight", "dip"
    first: dict[str, str] = {}
    for line in (SOURCE / "index.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            f = line.split()
            first[f[0]] = f[-int(f[2])]
    out = {
        w.replace("_", " ")
        for s in seen
        for w in words[s]
        if LOWER.fullmatch(w) and first.get(w) in seen
    }
    return [{"word": w, "kind": "sport"} for w in sorted(out)]


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for row in rows():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
