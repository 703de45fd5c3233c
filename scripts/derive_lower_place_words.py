"""Derive ``models/lower_place_words.jsonl``: the words of the gazetteer's place names that
WordNet also writes in lower case ("nice", "reading", "mobile", "bath", "victoria", "northern"),
read by ``entities.places.untagged_places`` (session 35, linestart22).

A capital says nothing at the start of a sentence, a table row or a bullet, so a place's name
there may be an English word ("Nice weather returned", "Mobile phone sales", "Bath water"). The
lemmatizer's WordNet index (the pipeline's ``english`` words) holds every lemma in lower case,
the capitalised ones too ("lahore", "punjab", "cebu"), so it cannot tell "Nice" from "Lahore";
this table can: a word is here where some WordNet synset spells it in lower case. A place's word
that is not here (WordNet writes it only with a capital, or not at all) is a name wherever it
stands.

Sources: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice; WordNet 3.0 Copyright 2006 by Princeton
University), and the names of ``models/world_places.jsonl`` and ``models/places.jsonl`` (their
own provenance in their headers). Build-time only (WordNet is no runtime dependency of briefx).
Rerun when either place table changes:

    apt-get install wordnet-base && python scripts/derive_lower_place_words.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from derive_fac_heads import DATA, data_lines, parse, write_table

WN = DATA.parent
MODELS = Path(__file__).resolve().parent.parent / "models"
OUT = MODELS / "lower_place_words.jsonl"
LOWER = re.compile(r"[a-z]+")
WORD = re.compile(r"[^\W\d_]+")
HEADER = (
    "// Words of the gazetteer's place names that WordNet also writes in lower case ('nice',\n"
    "// 'reading', 'bath'): an English word where a capital says nothing (session 35). Derived by\n"
    "// scripts/derive_lower_place_words.py from Princeton WordNet 3.0 (Debian wordnet-base;\n"
    "// WordNet 3.0 licence, BSD-style; WordNet 3.0 Copyright 2006 by Princeton University) and\n"
    "// the names of models/world_places.jsonl and models/places.jsonl. Do not edit by hand:\n"
    "// rerun the script.\n"
)


def lower_words() -> set[str]:
    """One-word lemmas that some WordNet synset (any part of speech) spells in lower case."""
    out: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        lemmas, _, _ = parse(data_lines(WN / f"data.{pos}"))  # the one reader of WordNet's files
        out.update(w for names in lemmas.values() for w in names if LOWER.fullmatch(w))
    return out


def place_words() -> set[str]:
    """The words (lower case) of every name of the two place tables."""
    out: set[str] = set()
    for table, column in (("world_places.jsonl", "name"), ("places.jsonl", "alias")):
        for line in (MODELS / table).read_text(encoding="utf-8").splitlines():
            if not line.startswith("{"):
                continue
            out.update(w.lower() for w in WORD.findall(str(json.loads(line).get(column, ""))))
    return out


def main() -> int:
    return write_table(OUT, HEADER, [{"word": w} for w in sorted(lower_words() & place_words())])


if __name__ == "__main__":
    sys.exit(main())
