"""Derive ``models/natural_titles.jsonl``: the title of a natural place that English names
without its kind word ("the Atlantic" -> "Atlantic Ocean", "the Baltic" -> "Baltic Sea",
"Everest" -> "Mount Everest", "Baikal" -> "Lake Baikal").

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University). A row is a WordNet
synset of natural objects (lexicographer file 17, ``noun.object``) that holds both a one-word
name and that name with an ocean, sea, mount or lake word, the kinds English Wikipedia always
titles with the word (WP:NCGN and its guidelines for bodies of water and mountains: "Atlantic
Ocean", "Baltic Sea", "Mount Everest", "Lake Victoria"). Rivers and ranges are left out: their
Wikipedia titles take the word or not by local usage ("Rhine", "Amazon River", "Alps",
"Rocky Mountains"), which WordNet does not record.

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_natural_titles.py

Rows: {"alias", "name", "kind"}; a one-word name that another synset of places or natural
objects also holds is left out ("Sinai", "Chad", "Michigan", "Ontario").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path("/usr/share/wordnet/data.noun")
OUT = Path(__file__).resolve().parent.parent / "models" / "natural_titles.jsonl"
NOUN_OBJECT = "17"  # WordNet's lexicographer file of natural objects
NOUN_LOCATION = "15"  # and of places (countries, states, cities)
# the kind word, where it stands ("Atlantic_Ocean": after; "Mount_Everest": before)
AFTER = {"Ocean": "ocean", "Sea": "sea"}
BEFORE = {"Mount": "mountain", "Lake": "lake"}


def synsets(lines: list[str], files: tuple[str, ...] = (NOUN_OBJECT,)) -> list[list[str]]:
    """The lemmas of each synset of those lexicographer files (underscores read as spaces, sense
    markers cut)."""
    out = []
    for line in lines:
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" ")
        if fields[1] not in files:
            continue
        count = int(fields[3], 16)
        lemmas = [fields[4 + 2 * k].replace("_", " ") for k in range(count)]
        out.append([lemma.split("(")[0] for lemma in lemmas])
    return out


def rows(lines: list[str]) -> list[dict[str, str]]:
    # a one-word name that several places or objects carry is no sure short form ("Sinai": the
    # peninsula and the mountain; "Chad": the lake and the country; "Michigan": lake and state)
    places: dict[str, int] = {}
    for lemmas in synsets(lines, (NOUN_OBJECT, NOUN_LOCATION)):
        for lemma in set(lemmas):
            places[lemma] = places.get(lemma, 0) + 1
    found: dict[str, set[tuple[str, str]]] = {}
    for lemmas in synsets(lines):
        singles = {
            w for w in lemmas if " " not in w and w[:1].isupper() and w.isalpha() and places[w] == 1
        }
        for lemma in lemmas:
            words = lemma.split(" ")
            if len(words) != 2:
                continue
            if words[1] in AFTER and words[0] in singles:
                found.setdefault(words[0], set()).add((lemma, AFTER[words[1]]))
            if words[0] in BEFORE and words[1] in singles:
                found.setdefault(words[1], set()).add((lemma, BEFORE[words[0]]))
    return [
        {"alias": alias, "name": next(iter(titles))[0], "kind": next(iter(titles))[1]}
        for alias, titles in sorted(found.items())
        if len(titles) == 1
    ]


def render() -> str:
    head = (
        "// Natural places English names without their kind word -> English Wikipedia's title\n"
        "// with it (oceans, seas, mountains, lakes: WP:NCGN). Derived by\n"
        "// scripts/derive_natural_titles.py from Princeton WordNet 3.0 (Debian wordnet-base;\n"
        "// WordNet 3.0 licence). Do not edit by hand: rerun the script.\n"
    )
    body = "".join(
        json.dumps(r, ensure_ascii=False) + "\n"
        for r in rows(DATA.read_text(encoding="utf-8").splitlines())
    )
    return head + body


def main() -> int:
    if not DATA.exists():
        print(f"{DATA} not found: apt-get install wordnet-base", file=sys.stderr)
        return 1
    OUT.write_text(render(), encoding="utf-8")
    print(OUT, "written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
