"""Derive models/noun_lexicon.jsonl: fixed noun-noun compounds and irregular noun plurals.

Source: Princeton WordNet 3.0 (WordNet 3.0 licence, a permissive BSD-style licence: "Permission
to use, copy, modify and distribute this software and database ... for any purpose and without
fee or royalty is hereby granted", with its copyright notice kept below), as Debian packages it
in ``wordnet-base`` (``apt-get install wordnet-base``: ``/usr/share/wordnet``). Installed only
for this script; the runtime reads the JSONL.

Rows:
- ``{"head": "engine", "modifiers": ["fire", ...]}``: WordNet lists "fire engine" as a noun of
  its own, so a count of "40 fire engines" keeps the compound (ANNOTATION.md: a noun-noun
  compound is kept only where it is a fixed term). Taken: the two-word entries of
  ``index.noun`` whose words are both lower-case letters, the second a noun in WordNet and the
  first a noun used at least as often as an adjective (its tagged-sense counts in
  ``index.noun`` and ``index.adj``) or a gerund that is no adjective ("polling station"), so that an adjective and a noun ("solar panel", "nuclear reactor") stays
  a noun with an adjective, which ANNOTATION.md drops; and no sense of which is directly a
  kind of its head (a WordNet hypernym of the compound, or a hypernym of that, has the head
  among its words) and whose first word is a gerund: such a compound is transparent, its
  first word only saying what activity ("fishing vessel" is a "vessel", as "flu cases" are
  "cases"); a compound of two nouns WordNet lists is a fixed term whether or not it is a kind
  of its head ("fire engine" is a truck, "flight attendant" an attendant, "coal mine" a mine:
  the gold sets keep them whole; session 18).
- ``{"plural": "geese", "lemma": "goose"}``: the irregular plurals of ``noun.exc`` with one
  lemma (the tagger leaves some unlemmatised: "45 geese"), also the hyphenated ones whose
  first word takes the plural ("passers-by" -> "passer-by", "mothers-in-law"; the tagger
  splits them at the hyphens and lemmatises only the parts).

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.

Run from the project root: ``.venv/bin/python scripts/derive_noun_lexicon.py``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

SOURCE = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "models" / "noun_lexicon.jsonl"
HEADER = (
    "// Fixed noun-noun compounds by head (a count keeps them: '40 fire engines' -> 'fire engine')\n"
    "// and irregular noun plurals ('geese' -> 'goose'). Derived by scripts/derive_noun_lexicon.py\n"
    "// from Princeton WordNet 3.0 (Debian wordnet-base; WordNet 3.0 licence, BSD-style;\n"
    "// WordNet 3.0 Copyright 2006 by Princeton University). Do not edit by hand: rerun the script.\n"
)
WORD = re.compile(r"[a-z]+")
HYPHENED = re.compile(r"[a-z]+(?:-[a-z]+)+")  # "passers-by", "mothers-in-law"


def _tagged_senses(name: str) -> dict[str, int]:
    """Lemma -> tagged-sense count (the last-but-offsets field of a WordNet index line)."""
    out: dict[str, int] = {}
    for line in (SOURCE / name).read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence at the top of each file
        f = line.split()
        synsets, pointers = int(f[2]), int(f[3])
        out[f[0]] = int(f[5 + pointers])  # lemma pos synset_cnt p_cnt [ptrs] sense_cnt tagsense_cnt
        assert len(f) == 6 + pointers + synsets, line
    return out


def _synsets() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    """Lemma -> its synset offsets (index.noun); offset -> its words and its hypernyms'
    offsets (data.noun, pointers "@" and "@i")."""
    senses: dict[str, list[str]] = {}
    for line in (SOURCE / "index.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            f = line.split()
            senses[f[0]] = f[-int(f[2]) :]
    words: dict[str, list[str]] = {}
    hypernyms: dict[str, list[str]] = {}
    for line in (SOURCE / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        words[f[0]] = [w.lower() for w in f[4 : 4 + 2 * n : 2]]
        k = 4 + 2 * n
        pointers = f[k + 1 : k + 1 + 4 * int(f[k])]
        hypernyms[f[0]] = [
            pointers[j + 1] for j in range(0, len(pointers), 4) if pointers[j] in ("@", "@i")
        ]
    return senses, words, hypernyms


def _kind_of_head(compound: str, head: str, synsets: tuple[dict, dict, dict]) -> bool:  # type: ignore[type-arg]
    """Some sense of the compound is a kind of its head, its hypernym or the hypernym's
    ("fishing vessel" is a "vessel", "construction worker" a "laborer", a "worker"): a modifier that only says what kind, as "flu" in "flu
    cases", which ANNOTATION.md drops. "fire engine" (a truck) and "home run" (a hit) are not."""
    senses, words, hypernyms = synsets
    for offset in senses.get(compound, []):
        ups = hypernyms.get(offset, [])
        for up in ups + [u for x in ups for u in hypernyms.get(x, [])]:  # two levels up
            if head in words.get(up, []):
                return True
    return False


def rows() -> list[dict[str, object]]:
    nouns, adjectives = _tagged_senses("index.noun"), _tagged_senses("index.adj")
    synsets = _synsets()
    heads: dict[str, set[str]] = defaultdict(set)
    for entry in nouns:
        parts = entry.split("_")
        if len(parts) != 2 or not all(WORD.fullmatch(p) for p in parts):
            continue
        first, head = parts
        noun_first = first in nouns and nouns[first] >= adjectives.get(first, 0)
        gerund = first.endswith("ing") and first not in adjectives  # "polling station"
        # a compound that is a kind of its head stays a fixed term where its first word is a
        # noun ("flight attendant", "coal mine", "school bus": the gold sets keep them), not
        # where it is an activity ("fishing vessel", "sailing boat" are vessels and boats)
        if (
            head in nouns
            and (noun_first or gerund)
            and not (gerund and _kind_of_head(entry, head, synsets))
        ):
            heads[head].add(first)
    out: list[dict[str, object]] = [
        {"head": h, "modifiers": sorted(heads[h])} for h in sorted(heads)
    ]
    for line in (SOURCE / "noun.exc").read_text(encoding="utf-8").splitlines():
        f = line.split()
        if len(f) != 2 or f[0] == f[1]:
            continue
        if (WORD.fullmatch(f[0]) and WORD.fullmatch(f[1])) or (
            HYPHENED.fullmatch(f[0]) and HYPHENED.fullmatch(f[1])
        ):
            out.append({"plural": f[0], "lemma": f[1]})
    return out


def render() -> str:
    return HEADER + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())


def main() -> None:
    OUT.write_text(render(), encoding="utf-8")
    print(OUT, sum(1 for _ in rows()))


if __name__ == "__main__":
    main()
