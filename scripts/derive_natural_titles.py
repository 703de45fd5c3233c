"""Derive ``models/natural_titles.jsonl``: the title of a natural place that English names
without its kind word ("the Atlantic" -> "Atlantic Ocean", "the Baltic" -> "Baltic Sea",
"Everest" -> "Mount Everest", "Baikal" -> "Lake Baikal").

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University). A row is a WordNet
synset of natural objects (lexicographer file 17, ``noun.object``) that holds both a one-word
name and that name with an ocean, sea, mount or lake word, the kinds English Wikipedia always
titles with the word (WP:NCGN and its guidelines for bodies of water and mountains: "Atlantic
Ocean", "Baltic Sea", "Mount Everest", "Lake Victoria"). A range English names by its
own noun keeps it ("Alps", "Andes", "Himalayas": WordNet holds "Himalaya" too); a range named by
the plural of its adjective is titled with "Mountains" (WP:NCGN, session 17): a synset of just
two names, "Xs" (or "Xies") and "X Mountains" (or "Xy Mountains"), whose plural no other place
holds ("Appalachians" -> "Appalachian Mountains", "Carpathians", "Urals", "Rockies" -> "Rocky
Mountains"; not "Balkans", a region too, nor "Cascades", also "Cascade Range").

Rivers (session 17) follow WP:NCRIVER, the naming convention for rivers: British and Irish
rivers are titled "River X" ("River Thames"), rivers of the United States, Canada, Australia and
New Zealand "X River" ("Mississippi River", "Murray River"), and the large rivers of continental
Europe, Asia, Africa and South America by local usage, most often the name alone ("Danube",
"Rhine", "Nile", "Ganges", but "Amazon River", "Indus River"), which WordNet does not record:
those get no row and keep their one word. WordNet records the first two: a synset that holds
"River X" beside "X" and whose gloss places it in Britain or Ireland is a British river
("Thames, River Thames, Thames River: the longest river in England"; WordNet also writes
"River Arno" and "River Styx", which stay out), and a synset that holds "X River" beside "X"
whose gloss places it in one of those four countries or a U.S. state ("a New York river", "a
river in Texas", "a southeast Australian river") is titled "X River". A name that is also an
English word or a demonym ("Red", "Snake", "Canadian": WordNet's lower-case lemmas, the
demonyms of models/places.jsonl) gets no row. A river's one-word name may be a place's too
("Mississippi", "Ohio"): the readers take the title only for a mention already read as a
natural place. Where two rivers of the name are titled differently ("Severn": England's and
Ontario's), the name's most frequent sense in WordNet's index.noun decides.

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_natural_titles.py

Rows: {"alias", "name", "kind"}; a one-word name that another synset of places or natural
objects also holds is left out ("Sinai", "Chad", "Michigan", "Ontario").
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DATA = Path("/usr/share/wordnet/data.noun")
INDEX = Path("/usr/share/wordnet/index.noun")
MODELS = Path(__file__).resolve().parent.parent / "models"
PLACES = MODELS / "places.jsonl"
DATA_ADJ = Path("/usr/share/wordnet/data.adj")
OUT = Path(__file__).resolve().parent.parent / "models" / "natural_titles.jsonl"
NOUN_OBJECT = "17"  # WordNet's lexicographer file of natural objects
NOUN_LOCATION = "15"  # and of places (countries, states, cities)
# the kind word, where it stands ("Atlantic_Ocean": after; "Mount_Everest": before)
AFTER = {"Ocean": "ocean", "Sea": "sea"}
BEFORE = {"Mount": "mountain", "Lake": "lake"}
# a gloss that places a river where English titles rivers "X River" (WP:NCRIVER); the U.S.
# states are read from models/places.jsonl
X_RIVER_LANDS = ("North American", "United States", "Canada", "Canadian", "Australia",
                 "Australian", "New Zealand")  # fmt: skip
RIVER_X_LANDS = ("England", "English", "Scotland", "Scottish", "Wales", "Welsh", "Britain",
                 "British", "Ireland", "Irish")  # fmt: skip


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
    out = [
        {"alias": alias, "name": next(iter(titles))[0], "kind": next(iter(titles))[1]}
        for alias, titles in sorted(found.items())
        if len(titles) == 1
    ]
    rivers = river_rows(lines, INDEX.read_text(encoding="utf-8").splitlines())
    return sorted(out + rivers + range_rows(lines), key=lambda r: r["alias"])


def range_rows(lines: list[str]) -> list[dict[str, str]]:
    """ "Appalachians" -> "Appalachian Mountains": a range named by its adjective's plural."""
    places: dict[str, int] = {}
    for lemmas in synsets(lines, (NOUN_OBJECT, NOUN_LOCATION)):
        for lemma in set(lemmas):
            places[lemma] = places.get(lemma, 0) + 1
    out = []
    for lemmas in synsets(lines):
        if len(lemmas) != 2:
            continue
        for lemma in lemmas:
            words = lemma.split(" ")
            if len(words) != 2 or words[1] != "Mountains":
                continue
            stem = words[0]
            plural = stem[:-1] + "ies" if stem.endswith("y") else stem + "s"
            if plural in lemmas and places[plural] == 1:
                out.append({"alias": plural, "name": lemma, "kind": "range"})
    return out


def _words(path: Path) -> set[str]:
    """The lower-case lemmas of a WordNet data file."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("  "):
            f = line.split(" ")
            out.update(f[4 + 2 * k].split("(")[0] for k in range(int(f[3], 16)))
    return {w for w in out if w.islower()}


def _places(kind: str) -> list[str]:
    """The names of a kind of models/places.jsonl ("us_state", "demonym")."""
    rows = (json.loads(line) for line in PLACES.read_text(encoding="utf-8").splitlines()
            if line.startswith("{"))  # fmt: skip
    return sorted({str(r["name"]) for r in rows if r.get("kind") == kind})


def river_rows(lines: list[str], index: list[str]) -> list[dict[str, str]]:
    """The title of each river WordNet names "River X" or, in a land of "X River", "X River"."""
    lands = re.compile(r"\b(?:" + "|".join(map(re.escape, X_RIVER_LANDS + tuple(_places("us_state"))))
                       + r")\b")  # fmt: skip
    british = re.compile(r"\b(?:" + "|".join(RIVER_X_LANDS) + r")\b")
    common = _words(DATA) | _words(DATA_ADJ) | {w.lower() for w in _places("demonym")}
    first: dict[str, str] = {}  # lemma -> offset of its most frequent noun sense
    for line in index:
        if not line.startswith("  "):
            f = line.split()
            first[f[0]] = f[6 + int(f[3])]
    found: dict[str, dict[str, str]] = {}  # alias -> offset -> title
    for line in lines:
        if line.startswith("  "):
            continue
        fields = line.split(" ")
        if fields[1] != NOUN_OBJECT:
            continue
        lemmas = [fields[4 + 2 * k] for k in range(int(fields[3], 16))]
        gloss = line.split(" | ", 1)[-1]
        for lemma in lemmas:
            words = lemma.split("_")
            if len(words) != 2 or "River" not in words:
                continue
            alias = words[1] if words[0] == "River" else words[0]
            if alias not in lemmas or not alias.isalpha() or not alias[:1].isupper():
                continue
            if alias.lower() in common:
                continue
            if words[0] == "River" and british.search(gloss):
                found.setdefault(alias, {})[fields[0]] = "River " + alias
            elif lands.search(gloss) and not any(x == "River_" + alias for x in lemmas):
                found.setdefault(alias, {})[fields[0]] = alias + " River"
    out = []
    for alias, titles in sorted(found.items()):
        names = set(titles.values())
        if len(names) > 1:
            pick = first.get(alias.lower())
            names = {titles[pick]} if pick in titles else set()
        if len(names) == 1:
            out.append({"alias": alias, "name": names.pop(), "kind": "river"})
    return out


def render() -> str:
    head = (
        "// Natural places English names without their kind word -> English Wikipedia's title\n"
        '// with it (oceans, seas, mountains, lakes: WP:NCGN; British rivers "River X" and\n'
        '// North American and Australian rivers "X River": WP:NCRIVER). Derived by\n'
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
