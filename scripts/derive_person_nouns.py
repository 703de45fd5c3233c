"""Derive models/person_nouns.jsonl: the nouns WordNet files under people (session 27).

Source: Princeton WordNet 3.0 (WordNet 3.0 licence, a permissive BSD-style licence: "Permission
to use, copy, modify and distribute this software and database ... for any purpose and without
fee or royalty is hereby granted", with its copyright notice kept below), as Debian packages it
in ``wordnet-base`` (``apt-get install wordnet-base``: ``/usr/share/wordnet``). Installed only
for this script; the runtime reads the JSONL.

Rows:
- ``{"word": "delegate", "kind": "role"}``: a lower-case one-word noun whose most frequent sense
  (the first of ``index.noun``) lies in the lexicographer file ``noun.person`` (18): a role or
  kind of person ("delegate", "actor", "negotiator", "rookie", "goalkeeper"). A role noun right
  before a capitalised name makes the name a person's ("India's delegate X").
- ``{"word": "red", "kind": "common_given"}``: a given name of ``models/given_names.jsonl``
  that WordNet also spells in lower case as a common word ("Red", "Royal", "Grace", "Will"):
  it opens a firm's or a place's name as often ("Red Bull", "Royal Portrush"), so it gives no
  strong evidence of a person.
- ``{"word": "baker", "kind": "surname"}``: a one-word lemma WordNet writes with a capital in a
  ``noun.person`` synset (a person WordNet names by the surname: "Baker", "Cook", "King"): a
  family name also where English knows the word ("Jordan Baker").

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.

Run from the project root: ``.venv/bin/python scripts/derive_person_nouns.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from derive_fac_heads import INDEX, data_lines, first_senses, parse, write_table

SOURCE = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "models" / "person_nouns.jsonl"
GIVEN = OUT.parent / "given_names.jsonl"
HEADER = (
    "// Nouns WordNet files under people (lexicographer file noun.person): 'role' = a lower-case\n"
    "// one-word noun whose most frequent sense is a person ('delegate', 'actor', 'rookie');\n"
    "// 'common_given' = a given name of given_names.jsonl WordNet also spells in lower case\n"
    "// ('red', 'royal', 'will');\n"
    "// 'surname' = a one-word lemma WordNet writes with a capital in a person's synset ('Baker',\n"
    "// 'Cook'), lower case. Derived by scripts/derive_person_nouns.py from Princeton WordNet 3.0\n"
    "// (Debian wordnet-base; WordNet 3.0 licence, BSD-style; WordNet 3.0 Copyright 2006 by\n"
    "// Princeton University); read by briefx.pipeline.entities.evidence (session 27). Do not\n"
    "// edit by hand: rerun the script.\n"
)
PERSON_FILE = "18"
LOWER_WORD = re.compile(r"[a-z]+")
CAPITAL_WORD = re.compile(r"[A-Z][a-z]+")


def rows() -> list[dict[str, str]]:
    lemmas, _, file_of = parse(data_lines())
    surnames = {
        w.lower()
        for off, words in lemmas.items()
        if file_of[off] == PERSON_FILE
        for w in words
        if CAPITAL_WORD.fullmatch(w)
    }
    # the first sense a person's, spelled in lower case there (a common noun, not the index's
    # lower-cased "williams" of Tennessee Williams)
    roles = {
        lemma
        for lemma, first in first_senses(data_lines(INDEX)).items()
        if LOWER_WORD.fullmatch(lemma)
        and file_of.get(first) == PERSON_FILE
        and lemma in lemmas.get(first, [])
    }
    lower: set[str] = set()  # every word WordNet spells in lower case
    for pos in ("noun", "verb", "adj", "adv"):
        for words in parse(data_lines(SOURCE / f"data.{pos}"), ())[0].values():
            lower.update(words)
    given: set[str] = set()
    for line in GIVEN.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            given.add(json.loads(line)["name"])
    common = {g.lower() for g in given if g.lower() in lower and LOWER_WORD.fullmatch(g.lower())}
    out = [{"word": w, "kind": "role"} for w in sorted(roles)]
    out += [{"word": w, "kind": "common_given"} for w in sorted(common)]
    out += [{"word": w, "kind": "surname"} for w in sorted(surnames)]
    return out


def main() -> int:
    return write_table(OUT, HEADER, rows())


if __name__ == "__main__":
    raise SystemExit(main())
