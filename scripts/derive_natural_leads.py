"""Derive ``models/natural_leads.jsonl``: the English kind nouns that may open a natural place's
name before a Romance particle ("Plateau de Beille", "Col du Galibier", "Glacier de la Meije").

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, BSD-style, Princeton University). A row is a lower-case one-word lemma with
at least one noun sense under the natural classes of ``scripts/derive_natural_places.py`` (body
of water, geological formation, mountain range, peninsula, plain, desert) or that WordNet gives
as a part of one of them ("col", "pass", "peak" of a range or a mountain), and no sense in
WordNet's groups or persons ("bank": an arrangement; "dale": a person). Unlike
``natural_kinds.jsonl`` a word may have other senses too ("plateau", "glacier", "valley"): the
reader (``entities.forms.by_head_word``) only trusts it before "de"/"du"/"del"/"della"/"di",
where an English firm's name does not go.

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_natural_leads.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from derive_fac_heads import closure, data_lines, holders, parse, write_table
from derive_natural_places import ROOTS

OUT = Path(__file__).resolve().parent.parent / "models" / "natural_leads.jsonl"
LOWER = re.compile(r"[a-z]+")
BODY_OR_PERSON = ("14", "18")  # noun.group, noun.person: a word that also names a body or a person
HEADER = (
    "// Kind nouns that may open a natural place's name before a Romance particle ('Plateau de\n"
    "// Beille', 'Col du Galibier'), derived by scripts/derive_natural_leads.py from Princeton\n"
    "// WordNet 3.0 (Debian wordnet-base; WordNet 3.0 licence, BSD-style, Princeton\n"
    "// University): lower-case one-word lemmas with a noun sense under body of water,\n"
    "// geological formation, mountain range, peninsula, plain or desert, or a part of one;\n"
    "// read by entities.forms.by_head_word (session 27, types14). Do not edit by hand.\n"
)


def rows(lines: list[str]) -> list[dict[str, str]]:
    lemmas, hypos, files = parse(lines, ("~",))
    _, part_of, _ = parse(lines, ("#p",))
    natural: set[str] = set()
    for off in ROOTS:
        natural |= closure(off, hypos)
    parts = {off for off, wholes in part_of.items() if any(w in natural for w in wholes)}
    for off in list(parts):
        parts |= closure(off, hypos)  # "col" is a kind of "pass", a part of a range
    held = holders(lemmas)
    out = sorted(
        name
        for name, offs in held.items()
        if LOWER.fullmatch(name)
        and offs & (natural | parts)
        and not any(files[o] in BODY_OR_PERSON for o in offs)  # "bank", "dale"
    )
    return [{"word": w, "kind": "natural_lead"} for w in out]


def main() -> int:
    return write_table(OUT, HEADER, rows(data_lines()))


if __name__ == "__main__":
    sys.exit(main())
