"""Derive ``models/religious_groups.jsonl``: the words that name a member of a religious group
(OntoNotes NORP: "nationality, other, religious or political groups"), read by
``briefx.pipeline.entities.kinds.religious_groups``: "Sunni", "Shiite", "Christians", "Hindu".

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University). A row is a
capitalised one-word lemma of a noun synset under ``religious_person`` (the hyponym closure
without named instances, with the reader of ``scripts/derive_natural_places.py``). Left out:
a word whose lower-case form is an English noun ("Brother", "Sister", "Friend", "Guru"), and
a word another synset holds that is neither a group nor a person ("Moor" the moorland); kept
where the other synsets name the religion or its people ("Sunni Islam", "Hindustani").

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_religious_groups.py
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from derive_fac_heads import DATA, closure
from derive_natural_places import parse

OUT = Path(__file__).resolve().parent.parent / "models" / "religious_groups.jsonl"
RELIGIOUS_PERSON = "09628382"  # religious_person.n.01 in WordNet 3.0 data.noun
GROUP_FILES = {"14", "18"}  # WordNet's lexicographer files of groups and of people


def rows(lines: list[str]) -> list[dict[str, str]]:
    lemmas, _ = parse(lines)  # instances (named people) are no kinds of member: left out below
    kinds: dict[str, list[str]] = defaultdict(list)
    files: dict[str, str] = {}
    for line in lines:
        if line.startswith("  "):
            continue  # the licence header
        f = line.split(" ")
        files[f[0]] = f[1]
        p = 4 + 2 * int(f[3], 16)
        for k in range(int(f[p])):
            if f[p + 1 + 4 * k] == "~" and f[p + 3 + 4 * k] == "n":
                kinds[f[0]].append(f[p + 2 + 4 * k])
    members = closure(RELIGIOUS_PERSON, kinds)
    holders: dict[str, set[str]] = defaultdict(set)
    for off, names in lemmas.items():
        for name in names:
            holders[name].add(off)
    out = set()
    for off in members:
        for name in lemmas[off]:
            if not name[:1].isupper() or " " in name or name.lower() in holders:
                continue  # a phrase, or an English noun in capitals ("Brother", "Friend")
            # other senses only of groups and people ("Sunni Islam", "Hindustani")
            if all(o in members or files[o] in GROUP_FILES for o in holders[name]):
                out.add(name)
    return [{"word": w, "kind": "religious_group"} for w in sorted(out)]


def render() -> str:
    head = (
        "// Members of religious groups (OntoNotes NORP), derived by\n"
        "// scripts/derive_religious_groups.py from Princeton WordNet 3.0 (Debian wordnet-base;\n"
        "// WordNet 3.0 licence, BSD-style, Princeton University): capitalised one-word lemmas\n"
        "// under religious_person that no other synset holds; read by\n"
        "// entities.kinds.religious_groups (session 16).\n"
    )
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return head + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows(lines))


def main() -> int:
    OUT.write_text(render(), encoding="utf-8")
    print(OUT, sum(1 for _ in OUT.open()) - 5, "rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
