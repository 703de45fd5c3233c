"""Derive ``models/religious_groups.jsonl``: the words that name a member of a religious group
(OntoNotes NORP: "nationality, other, religious or political groups"), read by
``briefx.pipeline.entities.kinds.religious_groups``: "Sunni", "Shiite", "Christians", "Hindu".

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University). A row is a
capitalised one-word lemma of a noun synset under ``religious_person`` (the hyponym closure
without named instances, with the reader of ``scripts/derive_fac_heads.py``). Left out:
a word whose lower-case form is an English noun ("Brother", "Sister", "Friend", "Guru"), and
a word another synset holds that is neither a group nor a person ("Moor" the moorland); kept
where the other synsets name the religion or its people ("Sunni Islam", "Hindustani").

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_religious_groups.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from derive_fac_heads import closure, data_lines, holders, parse, spaced, write_table

OUT = Path(__file__).resolve().parent.parent / "models" / "religious_groups.jsonl"
RELIGIOUS_PERSON = "09628382"  # religious_person.n.01 in WordNet 3.0 data.noun
GROUP_FILES = {"14", "18"}  # WordNet's lexicographer files of groups and of people


def rows(lines: list[str]) -> list[dict[str, str]]:
    # hyponyms only: instances (named people) are no kinds of member
    raw, kinds, files = parse(lines)
    lemmas = spaced(raw)
    members = closure(RELIGIOUS_PERSON, kinds)
    held = holders(lemmas)
    out = set()
    for off in members:
        for name in lemmas[off]:
            if not name[:1].isupper() or " " in name or name.lower() in held:
                continue  # a phrase, or an English noun in capitals ("Brother", "Friend")
            # other senses only of groups and people ("Sunni Islam", "Hindustani")
            if all(o in members or files[o] in GROUP_FILES for o in held[name]):
                out.add(name)
    return [{"word": w, "kind": "religious_group"} for w in sorted(out)]


HEADER = (
    "// Members of religious groups (OntoNotes NORP), derived by\n"
    "// scripts/derive_religious_groups.py from Princeton WordNet 3.0 (Debian wordnet-base;\n"
    "// WordNet 3.0 licence, BSD-style, Princeton University): capitalised one-word lemmas\n"
    "// under religious_person that no other synset holds; read by\n"
    "// entities.kinds.religious_groups (session 16).\n"
)


def main() -> int:
    return write_table(OUT, HEADER, rows(data_lines()))


if __name__ == "__main__":
    sys.exit(main())
