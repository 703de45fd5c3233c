"""Derive ``models/natural_kinds.jsonl``: the kind nouns of natural places (session 27), read by
``briefx.pipeline.entities.forms.by_head_word`` beside the hand-kept ``loc_head`` and
``loc_lead`` words of ``entity_forms.jsonl``: a name ending or opening with one is a natural
place (OntoNotes LOC): "the Marrow Atoll", "the Sella Massif", "the Lorn Tarn".

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University). A row is a
lower-case one-word lemma whose every noun sense lies under the roots of
``scripts/derive_natural_places.py`` (body of water, geological formation, mountain range,
peninsula, plain, desert): "atoll", "fjord", "massif", "tarn"; a word with a sense elsewhere
("bank", "spring", "key", "point", "head", "reef" of a sail) or the plural of another lemma
("sands") is left out, so that a firm's or a site's name ending with it keeps its type.

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_natural_kinds.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from derive_fac_heads import closure, data_lines, holders, parse, write_table
from derive_natural_places import ROOTS

OUT = Path(__file__).resolve().parent.parent / "models" / "natural_kinds.jsonl"
LOWER = re.compile(r"[a-z]+")
HEADER = (
    "// Kind nouns of natural places, derived by scripts/derive_natural_kinds.py from Princeton\n"
    "// WordNet 3.0 (Debian wordnet-base; WordNet 3.0 licence, BSD-style, Princeton\n"
    "// University): lower-case one-word lemmas whose every noun sense lies under body of\n"
    "// water, geological formation, mountain range, peninsula, plain or desert ('tarn',\n"
    "// 'atoll', 'fjord', 'massif'); read by entities.forms.by_head_word (session 27).\n"
    "// Do not edit by hand: rerun the script.\n"
)


def rows(lines: list[str]) -> list[dict[str, str]]:
    lemmas, hypos, _ = parse(lines, ("~",))
    natural: set[str] = set()
    for off in ROOTS:
        natural |= closure(off, hypos)
    held = holders(lemmas)
    out = sorted(
        name
        for name, offs in held.items()
        if LOWER.fullmatch(name)
        and offs
        and all(o in natural for o in offs)
        and not (name.endswith("s") and name[:-1] in held)  # "sands": a plural's sense
    )
    return [{"word": w, "kind": "natural_kind"} for w in out]


def main() -> int:
    return write_table(OUT, HEADER, rows(data_lines()))


if __name__ == "__main__":
    sys.exit(main())
