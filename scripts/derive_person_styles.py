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

Styles of other languages (session 36, foreign23), each kept where it passes the same test as
nameparser 1.1.3's words (a person noun or no WordNet word; a lower-case English word such as
"cut", "tan" or "hang" never stands before a name as a style here):
- faker (PyPI, MIT; Daniele Faraglia and contributors), ``faker/providers/person/*/__init__.py``,
  the ``prefixes_male``, ``prefixes_female`` and ``prefixes_nonbinary`` tuples of every locale
  (read as literals, never imported), one word in title case of two letters or more (not the
  capitals of a Thai rank, "ACM"), a final full stop dropped: Hausa and Yoruba "Alhaji", "Hajiya", "Mallam", "Oba", Akan "Owura",
  Swahili "Bwana", "Mzee", Indonesian "Drs", German "Herr", "Frau" (``"source": "faker"``).
- nameparser 2.6.0 (PyPI, LGPL), ``nameparser/vocab/*.toml``: a Latin-script word with a
  ``salutation``, ``style``, ``nobility``, ``honorific`` or ``courtesy`` reading and no
  exclusion ("encik", "bapak", "sheikh", "effendi"), and the romanisation a non-Latin
  salutation or style ``expands`` to ("श्रीमती" -> "Shrimati", "श्री" -> "Shri"): nameparser
  excludes the Latin "shri" and "sri" as given names; briefx takes "shri" (not "sri", which
  opens given names such as "Sri Wahyuni") only before two capitalised name words and never
  where the word is itself a given name (``spans.style_lead``). Its English modifiers of a style
  ("his", "her") give the dotted initials of the styles they open: "H.E." (His or Her
  Excellency), "H.H.", "H.M." (``"source": "nameparser-initials"``, stored "h.e").
- indic-namematch 0.1.0 (PyPI, MIT), ``indic_namematch/normalize.py``'s ``HONORIFICS``, the
  honorifics of Indian identity documents ("smt", "shri", "shrimati", "kumari").
- kamus-cli 0.1.1 (PyPI, MIT), ``kamus/data/kamus.json``, the entries of Kamus Dewan (the Malay
  dictionary of Dewan Bahasa dan Pustaka; only the headwords are kept): a capitalised headword
  one of whose senses is defined as a title, "gelaran ..." ("Datuk", "Dato'", "Datin", "Tun",
  "Datu"), leaving out the titles of one person ("gelaran khas bagi ...") and lower-case
  headwords; and the two-word styles such a sense defines by "~ Seri gelaran ..." ("Datuk
  Seri", "Dato' Seri", "Tan Sri", "Toh Puan", ``"source": "kamus"``, the two words lower case
  with one space).

Run from the project root:
``.venv/bin/python scripts/derive_person_styles.py /path/to/nameparser/config/titles.py
[--faker DIR] [--nameparser-vocab DIR] [--indic FILE] [--kamus FILE]`` (the wheels unzipped;
without the options the table holds the session 28 words only).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import tomllib
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
    "// Styles of other languages (session 36, foreign23): faker's locale name prefixes (MIT),\n"
    "// nameparser 2.6.0's vocab salutations and styles with their romanisations and the dotted\n"
    "// initials of 'His/Her Excellency' (LGPL, words only), indic-namematch's honorifics (MIT),\n"
    "// Kamus Dewan's capitalised titles ('gelaran') via kamus-cli (MIT, headwords only); a style\n"
    "// of two words is written with one space ('tan sri'), an elided one with its apostrophe.\n"
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


def rows(titles_py: Path, foreign: list[tuple[str, set[str]]]) -> list[dict[str, str]]:
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
    have = styles | parsed
    for source, words in foreign:
        fresh = {w for w in words if w not in have and (w in roles or _unknown(w, known))}
        out += [{"word": w, "kind": "style", "source": source} for w in sorted(fresh)]
        have |= fresh
    return out


def _unknown(word: str, known: set[str]) -> bool:
    """Not an English word WordNet knows; a style of two words is taken whole ("tan sri":
    WordNet knows "tan" alone, not the pair), dotted initials as they are."""
    if "." in word:
        return True
    if " " in word:
        return word.replace(" ", "_") not in known
    return word not in known and word.rstrip("'") not in known


def faker_prefixes(root: Path) -> set[str]:
    """The one-word alphabetic name prefixes of faker's person providers, lower case."""
    words: set[str] = set()
    for path in sorted(root.glob("*/__init__.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Assign):
                continue
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if not any(
                n in ("prefixes_male", "prefixes_female", "prefixes_nonbinary") for n in names
            ):
                continue
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                continue  # a dict of weights or a computed value: the literal lists carry them
            # written as a word ("Alhaji", "Dkt."), not as the capitals of a rank ("ACM")
            for w in value if isinstance(value, (list, tuple)) else ():
                word = w.rstrip(".")
                if re.fullmatch(r"[A-Z][a-z]+", word):
                    words.add(word.lower())
    return words


STYLE_KINDS = ("salutation", "style", "nobility", "honorific", "courtesy")


def nameparser_vocab(root: Path) -> tuple[set[str], set[str]]:
    """nameparser 2.6.0's styles: the Latin-script words with a style reading and no
    exclusion, and the romanisations non-Latin ones expand to; then the dotted initials of its
    English modifiers before its English styles ("h.e": "His Excellency")."""
    words: set[str] = set()
    modifiers: set[str] = set()
    english: set[str] = set()
    for path in sorted(root.glob("*.toml")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("word", []):
            text = entry["text"]
            readings = [entry[k] for k in STYLE_KINDS if k in entry]
            if path.stem == "en" and "modifier" in entry and text.isalpha():
                modifiers.add(text)
            if not readings:
                continue
            if re.fullmatch(r"[a-z]+", text) and not entry.get("excluded"):
                words.add(text)
                if path.stem == "en" and "style" in entry:
                    english.add(text)
                continue
            for reading in readings:
                expands = reading.get("expands", "") if isinstance(reading, dict) else ""
                first = expands.split(",")[0].strip()
                if re.fullmatch(r"[A-Z][a-z]+", first) and not re.fullmatch(r"[A-Za-z]+", text):
                    words.add(first.lower())
    # "his"/"her" open a style ("His Holiness"); their initial and a style's, dotted
    initials = {f"{m[0]}.{s[0]}" for m in modifiers if m in ("his", "her") for s in english}
    return words, initials


def indic_honorifics(path: Path) -> set[str]:
    """indic-namematch's HONORIFICS (the set literal assigned to that name)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(target, ast.Name) and target.id == "HONORIFICS":
                return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant)} - {None}
    return set()


def kamus_titles(path: Path) -> set[str]:
    """Kamus Dewan's capitalised headwords defined as a title ("gelaran ..."), not one
    person's, and the two-word styles a title's sense defines ("~ Seri gelaran ...")."""
    words: set[str] = set()
    for entry in json.loads(path.read_text(encoding="utf-8"))["entries"]:
        head = re.sub(r"\s+[IVX]+$", "", entry["word"]).replace("\u2019", "'")
        texts = [d["text"] for d in entry.get("definitions", [])]
        if not re.fullmatch(r"[A-Z][a-z]+'?", head):
            continue
        if any(t.startswith("gelaran") and not t.startswith("gelaran khas") for t in texts):
            words.add(head.lower())
        for t in texts:
            for m in re.finditer(r"~ ([A-Z][a-z]+) gelaran", t):
                words.add(f"{head.lower()} {m.group(1).lower()}")
    return words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("titles_py", type=Path)
    parser.add_argument("--faker", type=Path, help="faker/providers/person")
    parser.add_argument("--nameparser-vocab", type=Path, help="nameparser/vocab (2.6.0)")
    parser.add_argument("--indic", type=Path, help="indic_namematch/normalize.py")
    parser.add_argument("--kamus", type=Path, help="kamus/data/kamus.json")
    args = parser.parse_args()
    foreign: list[tuple[str, set[str]]] = []
    if args.faker:
        foreign.append(("faker", faker_prefixes(args.faker)))
    if args.nameparser_vocab:
        words, initials = nameparser_vocab(args.nameparser_vocab)
        foreign += [("nameparser-vocab", words), ("nameparser-initials", initials)]
    if args.indic:
        foreign.append(("indic-namematch", indic_honorifics(args.indic)))
    if args.kamus:
        foreign.append(("kamus", kamus_titles(args.kamus)))
    return write_table(OUT, HEADER, rows(args.titles_py, foreign))


if __name__ == "__main__":
    sys.exit(main())
