"""Derive ``models/org_heads.jsonl``: the words that head an organisation's name in the main
European languages ("Banco do Brasil", "Comisión Nacional del Mercado de Valores", "Autorité de
la concurrence", "Institut Pasteur", "Bank Indonesia"), read by
``briefx.pipeline.entities.joins.foreign_bodies`` (session 17, issue 13 ORG spans).

Source: the FreeDict English-to-X dictionaries as Debian packages them (``dict-freedict-eng-fra``,
``-spa``, ``-por``, ``-ita``, ``-deu``, ``-nld``, ``-swe``, ``-dan``; dictd files under
``/usr/share/dictd``; FreeDict, GPL-2+/CC BY-SA, see each package's copyright file). A row is the
first one-word translation of the first sense of the entry of an English head word of a body
or a firm: the ``org_head``, ``body_word`` and ``of_place_head`` words of
``models/entity_forms.jsonl`` and a few heads of firms' names (ENGLISH_EXTRA), less the heads
whose first senses are no bodies (AMBIGUOUS: "board", "court", "front", "service"). Translations of
two letters or fewer are left out, and so are words in a bracket or a usage note.

Build-time only (the dictionaries are no runtime dependency of briefx). Run with them installed:

    apt-get install dict-freedict-eng-{fra,spa,por,ita,deu,nld,swe,dan}
    python scripts/derive_org_heads.py
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "org_heads.jsonl"
FORMS = ROOT / "models" / "entity_forms.jsonl"
DICTD = Path("/usr/share/dictd")
LANGS = ("fra", "spa", "por", "ita", "deu", "nld", "swe", "dan")
KINDS = ("org_head", "body_word", "of_place_head")
ENGLISH_EXTRA = ("institute", "company", "railway", "bank", "union", "party")
# English heads whose other senses the dictionaries translate first ("board" a plank, "court"
# a yard, "front", "service" a rite): their translations name no body
AMBIGUOUS = {
    "assembly",
    "board",
    "bureau",
    "center",
    "centre",
    "club",
    "court",
    "department",
    "exchange",
    "foundation",
    "front",
    "fund",
    "league",
    "movement",
    "office",
    "program",
    "programme",
    "service",
    "society",
}
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
WORD = re.compile(r"[^\W\d_]{3,}")
HEADER = (
    "// Words that head an organisation's name in the main European languages (session 17),\n"
    "// derived by scripts/derive_org_heads.py from the FreeDict English-to-X dictionaries\n"
    "// (Debian dict-freedict-eng-fra/spa/por/ita/deu/nld/swe/dan; GPL-2+/CC BY-SA): one-word\n"
    "// translations (the first of the first sense) of the English head words of bodies (org_head, body_word,\n"
    "// of_place_head of entity_forms.jsonl) and firms. word: lower case; lang: ISO 639-3;\n"
    "// english: the head word translated. Read by names.org_heads.\n"
    "// Do not edit by hand: rerun the script.\n"
)


def _number(code: str) -> int:
    n = 0
    for c in code:
        n = n * 64 + B64.index(c)
    return n


def english_heads() -> list[str]:
    words = set(ENGLISH_EXTRA)
    for line in FORMS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            row = json.loads(line)
            if row["kind"] in KINDS:
                words.add(row["word"])
    return sorted(words - AMBIGUOUS)


def translations(lang: str, heads: list[str]) -> dict[str, str]:
    """foreign word -> the English head it translates, from one dictionary."""
    with gzip.open(DICTD / f"freedict-eng-{lang}.dict.dz") as f:
        data = f.read()
    spans: dict[str, list[tuple[int, int]]] = {}
    for line in (DICTD / f"freedict-eng-{lang}.index").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            spans.setdefault(parts[0], []).append((_number(parts[1]), _number(parts[2])))
    out: dict[str, str] = {}
    for head in heads:
        for off, size in spans.get(head, []):
            lines = data[off : off + size].decode("utf-8").splitlines()
            if not lines or "<v" in lines[0] or "<adj" in lines[0]:
                continue  # a verb's or an adjective's entry
            sense = next((x for x in lines[1:] if x.strip()), "")
            sense = re.sub(r"^\s*\d+\.\s*", "", sense)
            sense = re.sub(r"<[^>]*>|\[[^\]]*\]|\([^)]*\)", "", sense)
            item = sense.split(",")[0].strip()  # the first translation of the first sense
            if WORD.fullmatch(item):
                out.setdefault(item.lower(), head)
    return out


def rows() -> list[dict[str, str]]:
    heads = english_heads()
    out = []
    for lang in LANGS:
        for word, head in sorted(translations(lang, heads).items()):
            out.append({"word": word, "lang": lang, "english": head})
    return out


def main() -> int:
    found = rows()
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for r in found:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(OUT.name, len(found), "rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
