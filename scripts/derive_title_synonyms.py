"""Derive ``models/title_synonyms.jsonl``: title words of ``models/titles.jsonl`` that name the
same office, so that a person's role noun finds the person the text gave the title in another
form ("Justice Jane Roe ... The judge said", "Chairman John Doe ... The chair added").

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University). A row is a WordNet
synset of persons (lexicographer file 18, ``noun.person``) that holds two or more head words of
the title table ("judge, justice, jurist"; "chair, chairperson, president"). Left out: the words
of a synset that tell both grammatical genders ("chairman", "chairwoman"; "king", "queen": those
name two persons, never one), by the gender words of ``models/statement_cues.jsonl`` or by their
endings, and the ``voice_noun`` words of that table ("spokesperson", "representative": a person
who speaks for somebody else, no office).

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_title_synonyms.py

Rows: {"words": [...]} (lower case, sorted).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from derive_fac_heads import data_lines, parse

ROOT = Path(__file__).resolve().parent.parent
NOUN_PERSON = "18"
# WordNet glosses these members of one synset as a pair of genders; a title word has no
# gender row of its own in the cue table, so the pair is read from the words' endings.
GENDERED = (("man", "woman"), ("king", "queen"), ("prince", "princess"), ("emir", "emira"))


def _table(path: Path) -> list[dict[str, object]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            rows.append(json.loads(line))
    return rows


def heads() -> set[str]:
    """The head words of the title table, lower case."""
    table = _table(ROOT / "models/titles.jsonl")
    return {str(r["word"]).lower() for r in table if r["kind"] == "head"}


def _gender(word: str, genders: dict[str, str]) -> str | None:
    if word in genders:
        return genders[word]
    for m, f in GENDERED:
        if word.endswith(f):
            return "f"
        if word.endswith(m):
            return "m"
    return None


def rows(
    lines: list[str], title_heads: set[str], genders: dict[str, str]
) -> list[dict[str, list[str]]]:
    """One row per noun.person synset with two or more title heads left (see the docstring)."""
    out: list[dict[str, list[str]]] = []
    lemmas, _, files = parse(lines, ())
    for off, words in lemmas.items():
        if files[off] != NOUN_PERSON:
            continue
        found = sorted({w.lower().replace("_", " ") for w in words} & title_heads)
        if len({g for g in (_gender(w, genders) for w in found) if g}) > 1:
            found = [w for w in found if _gender(w, genders) is None]
        if len(found) < 2:
            continue
        if found not in [r["words"] for r in out]:
            out.append({"words": found})
    return out


def render() -> str:
    cues = _table(ROOT / "models/statement_cues.jsonl")
    genders = {str(r["word"]): str(r["gender"]) for r in cues if r.get("kind") == "gender_word"}
    voices = {str(r["word"]) for r in cues if r.get("kind") == "voice_noun"}
    lines = data_lines()
    head = [
        "// Title words that name the same office (scripts/derive_title_synonyms.py): a noun.person",
        "// synset of Princeton WordNet 3.0 (WordNet 3.0 licence, BSD-style, Princeton University)",
        "// holding two or more head words of models/titles.jsonl, of one grammatical gender.",
        "// Read by briefx.pipeline.coref.referents (a person's role noun, session 27).",
    ]
    body = [json.dumps(r, ensure_ascii=False) for r in rows(lines, heads() - voices, genders)]
    return "\n".join(head + body) + "\n"


def main() -> int:
    (ROOT / "models/title_synonyms.jsonl").write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
