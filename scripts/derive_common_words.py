"""Derive models/common_words.jsonl: what WordNet says about a capitalised word's readings.

Source: Princeton WordNet 3.0 (WordNet 3.0 licence, a permissive BSD-style licence: "Permission
to use, copy, modify and distribute this software and database ... for any purpose and without
fee or royalty is hereby granted", with its copyright notice kept below), as Debian packages it
in ``wordnet-base`` (``apt-get install wordnet-base``: ``/usr/share/wordnet``). Installed only
for this script; the runtime reads the JSONL.

Rows (read by ``briefx.pipeline.entities.commons``, session 25):
- ``{"word": "treasury", "kind": "proper"}``: a one-word lemma that WordNet also writes with a
  capital letter in some synset of any part of speech ("Treasury", "Amazon", "Labour"), people
  left out: a surname says nothing of the word's other uses ("Gold" for Thomas Gold, "Baker"). A
  capitalised word whose lower-case form is an English word (the lemmatizer's WordNet index)
  but is no such row is known only as a common word ("aluminium", "monsoon", "digest"): where
  its capital says nothing (a sentence's first word, a headline), nothing makes it a name.
- ``{"word": "duty", "kind": "abstract_noun"}``: a lower-case noun all of whose senses are
  abstract (acts, communications, possessions, states, events, quantities), some of them a
  communication or a possession ("duty", "credit", "survey", "review", "bulletin"), none of
  them a thing, a body, a place or a person ("fund" is also a body, "watch" a thing, "network"
  both; "athletics" and "rally" are only acts), and no proper row. A name
  headed by one is a tax, a benefit, a survey, a report or a review, which ANNOTATION.md does
  not tag, unless its head word heads bodies or firms (the entity tables' own lists).
- ``{"word": "Alzheimer", "kind": "eponym"}``: the name of a WordNet noun "X's y" or "X y"
  whose "y" is common words ("Alzheimer's disease", "Halley's comet", "Richter scale", "Geiger
  counter"): before its "'s" or a lower-case word the name is the thing's, no mention of its
  own ("with Alzheimer's", "a Richter magnitude of 5.8").
- ``{"word": "IPO", "kind": "concept_acronym"}``: a lemma in capitals (letters and digits) whose
  noun synsets are mostly common concepts, that is, whose first word spelled out is in lower
  case ("AI": "artificial intelligence", "artificial insemination" against "Army
  Intelligence"; "CO2", "GDP", "CEO", "VAT"), none of them an artifact, a communication or a
  state ("ICE" an engine, "PC" a computer, "BSE" a disease share their letters with an agency,
  a party, an exchange): such a word names no organisation, place or product (ANNOTATION.md:
  taxes, indices, diseases and kinds are not tagged). "NATO", "EU", "NYSE" (headed by "New
  York Stock Exchange") are no rows.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.

Run from the project root: ``.venv/bin/python scripts/derive_common_words.py``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

SOURCE = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "models" / "common_words.jsonl"
HEADER = (
    "// What WordNet says about capitalised words: 'proper' = a one-word lemma WordNet also\n"
    "// writes with a capital ('Treasury', 'Amazon'); 'abstract_noun' = a noun WordNet gives only\n"
    "// abstract senses ('duty', 'survey'); 'eponym' = the name of a noun \"X's y\", \"X y\"\n"
    "// ('Alzheimer'); 'concept_acronym' = a lemma in capitals\n"
    "// whose noun senses are mostly common concepts ('IPO', 'CO2', 'GDP'). Derived by\n"
    "// scripts/derive_common_words.py from Princeton WordNet 3.0 (Debian wordnet-base; WordNet\n"
    "// 3.0 licence, BSD-style; WordNet 3.0 Copyright 2006 by Princeton University); read by\n"
    "// briefx.pipeline.entities.commons (session 25). Do not edit by hand: rerun the script.\n"
)
ONE_WORD = re.compile(r"[A-Za-z][a-z]*(?:[A-Z][a-z]*)*")  # "Treasury", "McDonald"; no "_"
ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[A-Z0-9]")  # "AI", "CO2", "IPO"
# an acronym with a sense among artifacts, communications or states ("ICE" an engine, "PC" a
# computer, "BSE" a disease, "HTML") shares its letters with bodies as often ("ICE" the U.S.
# agency, "PC" a party, "BSE" an exchange): no concept acronym
THING_FILES = frozenset({"06", "10", "26"})
PERSON_FILE = "18"  # noun.person: "Gold" (Thomas Gold), "Baker", "Cook"
LOWER_WORD = re.compile(r"[a-z]+")
EPONYM = re.compile(r"([A-Z][a-z]+)(?:'s)?_[a-z_]+")  # "Alzheimer's_disease", "Richter_scale"
# the lexicographer files of abstract nouns: act, attribute, cognition, communication, event,
# feeling, motive, phenomenon, possession, process, quantity, relation, state, time; the others
# hold things, bodies, places, people, food, plants, animals and substances
ABSTRACT_FILES = frozenset(
    {"04", "07", "09", "10", "11", "12", "16", "19", "21", "22", "23", "24", "26", "28"}
)
# communication and possession: what a text or a payment is ("survey", "review", "duty")
RECORD_FILES = frozenset({"10", "21"})
ADJ_MARKER = re.compile(r"\([a-z]+\)$")  # data.adj's "(a)", "(p)", "(ip)"


def _synsets(pos: str, people: bool = True) -> list[list[str]]:
    """The words of each synset of data.<pos>, in WordNet's spelling (without the people of
    noun.person, lexicographer file 18, where ``people`` is False)."""
    out: list[list[str]] = []
    for line in (SOURCE / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence at the top of each file
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        if not people and pos == "noun" and f[1] == PERSON_FILE:
            continue
        out.append([ADJ_MARKER.sub("", w) for w in f[4 : 4 + 2 * n : 2]])
    return out


def _synsets_by_file(pos: str) -> list[tuple[str, list[str]]]:
    """(lexicographer file, words) of each synset of data.<pos>."""
    out: list[tuple[str, list[str]]] = []
    for line in (SOURCE / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            f = line.split(" | ")[0].split()
            out.append((f[1], f[4 : 4 + 2 * int(f[3], 16) : 2]))
    return out


def rows() -> list[dict[str, str]]:
    proper: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for words in _synsets(pos, people=False):
            for w in words:
                if ONE_WORD.fullmatch(w) and w != w.lower():
                    proper.add(w.lower())
    common: dict[str, int] = defaultdict(int)  # acronym -> common synsets minus proper ones
    elsewhere: set[str] = set()  # acronyms with a sense outside CONCEPT_FILES
    for lexfile, words in _synsets_by_file("noun"):
        for w in words:
            if ACRONYM.fullmatch(w) and lexfile in THING_FILES:
                elsewhere.add(w)
    for words in _synsets("noun"):
        spelled = [w for w in words if not ACRONYM.fullmatch(w)]  # "VAT" leads "value-added_tax"
        lower = bool(spelled) and spelled[0] == spelled[0].lower()  # its first word spelled out
        for w in words:
            if ACRONYM.fullmatch(w) and sum(c.isupper() for c in w) >= 2:
                common[w] += 1 if lower else -1
    files: dict[str, set[str]] = defaultdict(set)  # lower-case noun -> its lexicographer files
    for line in (SOURCE / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            f = line.split(" | ")[0].split()
            for w in f[4 : 4 + 2 * int(f[3], 16) : 2]:
                if LOWER_WORD.fullmatch(w):
                    files[w].add(f[1])
    eponyms: set[str] = set()  # "Alzheimer" of "Alzheimer's_disease", "Parkinson"
    for words in _synsets("noun"):
        for w in words:
            mt = EPONYM.fullmatch(w)
            if mt:
                eponyms.add(mt.group(1))
    out = [{"word": w, "kind": "proper"} for w in sorted(proper)]
    out += [{"word": w, "kind": "eponym"} for w in sorted(eponyms)]
    out += [
        {"word": w, "kind": "abstract_noun"}
        for w in sorted(files)
        if files[w] <= ABSTRACT_FILES and files[w] & RECORD_FILES and w not in proper
    ]
    out += [
        {"word": w, "kind": "concept_acronym"}
        for w in sorted(common)
        if common[w] > 0 and w not in elsewhere
    ]
    return out


def render() -> str:
    return HEADER + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
