"""Derive models/person_styles.jsonl: the words that stand before a person's name and are no
part of it (session 28, spans12): styles of address, titles and demonyms.

Sources:
- Princeton WordNet 3.0 (WordNet 3.0 licence, BSD-style; WordNet 3.0 Copyright 2006 by
  Princeton University), Debian ``wordnet-base`` (``/usr/share/wordnet``), read with the one
  data.noun reader of ``derive_fac_heads.py``:
  ``{"word": "dame", "kind": "style", "source": "wordnet"}``: the one-word lemmas of the
  synsets under "title, title of respect, form of address" (06339416) and "title (an
  appellation signifying nobility)" (06343117): "Mister", "Madam", "Excellency", "Dame", "Lady".
  ``{"word": "welshman", "kind": "demonym", "source": "wordnet"}``: a one-word lemma written
  with a capital in a synset under "inhabitant" (09620078) by hyponymy (no named instance):
  "Welshman", "Brazilian", "Scot".
- nameparser 1.1.3 (PyPI, LGPL; Derek Gulbranson), ``nameparser/config/titles.py``'s
  ``TITLES``, read from the wheel (``pip download nameparser==1.1.3 --no-deps``, unzip, pass
  the file's path): ``{"word": "ms", "kind": "style", "source": "nameparser"}``, the one-word
  alphabetic titles that are a person noun of ``person_nouns.jsonl`` or no WordNet
  word at all ("ms", "mr", "dr", "excellency", "rapporteur"). Only the derived words are
  kept here; nothing of nameparser is imported at run time.

Run from the project root:
``.venv/bin/python scripts/derive_person_styles.py /path/to/nameparser/config/titles.py``.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

from derive_fac_heads import closure, data_lines, parse, write_table

SOURCE = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "models" / "person_styles.jsonl"
ROLES = OUT.parent / "person_nouns.jsonl"
HEADER = (
    "// Words before a person's name that are no part of it (ANNOTATION.md: titles stay outside\n"
    "// a PERSON span): 'style' = a style of address or title (WordNet 3.0 synsets under 'title,\n"
    "// form of address' and 'title of nobility'; nameparser 1.1.3's TITLES, LGPL, one-word\n"
    "// alphabetic entries, person nouns or no WordNet word); 'demonym' = a capitalised WordNet lemma under 'inhabitant'\n"
    "// ('Welshman', 'Brazilian'), lower case. Derived by scripts/derive_person_styles.py\n"
    "// (WordNet 3.0 licence, BSD-style, Copyright 2006 by Princeton University; nameparser LGPL,\n"
    "// words only); read by briefx.normalize.names.person_styles (session 28, spans12).\n"
    "// Do not edit by hand: rerun the script.\n"
)
TITLE_ROOTS = ("06339416", "06343117")
INHABITANT = "09620078"
WORD = re.compile(r"[A-Za-z]+")


def nameparser_titles(path: Path) -> set[str]:
    """The one-word alphabetic entries of nameparser's TITLES (the file's set literals)."""
    words: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            words.update(re.findall(r"^[a-z]+$", node.value))
    return words


def rows(titles_py: Path) -> list[dict[str, str]]:
    lemmas, hypos, _ = parse(data_lines(SOURCE / "data.noun"))
    styles: set[str] = set()
    for root in TITLE_ROOTS:
        for off in closure(root, hypos) - {root}:
            styles.update(w.lower() for w in lemmas[off] if WORD.fullmatch(w))
    demonyms = {
        w.lower()
        for off in closure(INHABITANT, hypos) - {INHABITANT}
        for w in lemmas[off]
        if WORD.fullmatch(w) and w[0].isupper()
    }
    # a nameparser word that is a person noun (``person_nouns.jsonl`` kind ``role`` or
    # ``surname``, a capitalised one: "Excellency", "Highness") or no
    # WordNet word at all (an abbreviation: "ms", "sgt", "shaikh"); not its modifiers that name
    # things as often ("united", "royal", "field", "first")
    roles = {
        json.loads(line)["word"]
        for line in ROLES.read_text(encoding="utf-8").splitlines()
        if line.startswith("{") and json.loads(line)["kind"] in ("role", "surname")
    }
    known: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for words in parse(data_lines(SOURCE / f"data.{pos}"), ())[0].values():
            known.update(w.lower() for w in words)
    parsed = {w for w in nameparser_titles(titles_py) if w in roles or w not in known}
    out = [{"word": w, "kind": "style", "source": "wordnet"} for w in sorted(styles)]
    out += [{"word": w, "kind": "style", "source": "nameparser"} for w in sorted(parsed - styles)]
    out += [{"word": w, "kind": "demonym", "source": "wordnet"} for w in sorted(demonyms)]
    return out


def main() -> int:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    return write_table(OUT, HEADER, rows(Path(sys.argv[1])))


if __name__ == "__main__":
    sys.exit(main())
