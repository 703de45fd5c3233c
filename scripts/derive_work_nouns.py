"""Derive models/work_nouns.jsonl: nouns that name a kind of creative work or of award.

Source: Princeton WordNet 3.0 (WordNet 3.0 licence, a permissive BSD-style licence: "Permission
to use, copy, modify and distribute this software and database ... for any purpose and without
fee or royalty is hereby granted", with its copyright notice kept below), as Debian packages it
in ``wordnet-base`` (``apt-get install wordnet-base``: ``/usr/share/wordnet``). Installed only
for this script; the runtime reads the JSONL.

Rows ``{"word": "film", "class": "work"}`` (read by ``briefx.pipeline.entities.works``,
session 36): a lower-case one-word noun whose FIRST sense (WordNet orders senses by frequency)
is no person ("the rider X" names a person, though a rider is also a clause of a document) and
descends, through its hypernyms, from one of the classes below, and
NO sense of which descends from ``organization.n.01``, ``periodical.n.01`` (a newspaper, a
magazine or a journal is a news organisation's name, which ANNOTATION.md tags as an ORG) or
``academic_degree.n.01`` ("MA", "MBA": letters that also abbreviate places and firms).

Classes (synset -> class):
- work: movie.n.01, literary_composition.n.01, musical_composition.n.01, music.n.01,
  dramatic_composition.n.01, art.n.01 (visual works: paintings, sculptures, drawings),
  album.n.01 (a recording), broadcast.n.02 (a programme on air), serial.n.01; ANNOTATION.md
  has no WORK_OF_ART type and leaves titles of publications out, so the name after "the film"
  or "the novel" is no entity;
- award: award.n.01-03 (prizes, medals, decorations): an award is no body, and no type of the
  schema holds it. "trophy" is left out by hand (``NOT_AWARDS``): competitions are named
  after their trophies ("the Border-Gavaskar Trophy", "the Champions Trophy"), as they are
  after their cups, and ANNOTATION.md's sets tag those as events.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.

Run from the project root: ``.venv/bin/python scripts/derive_work_nouns.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from derive_fac_heads import INDEX, closure, data_lines, noun_senses, parse, write_table

OUT = Path(__file__).resolve().parent.parent / "models" / "work_nouns.jsonl"
HEADER = (
    "// Nouns whose first WordNet sense is a creative work (a film, a novel, a song, a painting)\n"
    "// or an award (a prize, a trophy, a medal), and no sense of which is an organisation or a\n"
    "// periodical: the name after such a noun, or headed by an award noun, is no entity.\n"
    "// Derived by scripts/derive_work_nouns.py from Princeton WordNet 3.0 (Debian\n"
    "// wordnet-base; WordNet 3.0 licence, BSD-style; WordNet 3.0 Copyright 2006 by Princeton\n"
    "// University); read by briefx.pipeline.entities.works (session 36). Do not edit by hand.\n"
)
CLASSES = {
    "work": (
        "movie.n.01",
        "literary_composition.n.01",
        "musical_composition.n.01",
        "music.n.01",
        "dramatic_composition.n.01",
        "art.n.01",
        "album.n.01",
        "broadcast.n.02",
        "serial.n.01",
        "publication.n.01",
    ),
    "award": ("award.n.01", "award.n.02", "award.n.03"),
}
NOT = ("organization.n.01", "periodical.n.01", "academic_degree.n.01")
NOT_AWARDS = frozenset({"trophy"})
PERSON_FILE = "18"  # noun.person: "writer" is no work
LOWER_WORD = re.compile(r"[a-z]+")


def rows() -> list[dict[str, str]]:
    senses = noun_senses(data_lines(INDEX))
    _, hypernyms, files = parse(data_lines(), pointers=("@", "@i"))
    people = {off for off, file in files.items() if file == PERSON_FILE}

    def synset(name: str) -> str:
        lemma, _, k = name.rsplit(".", 2)
        return senses[lemma][int(k) - 1]

    roots = {synset(s): c for c, names in CLASSES.items() for s in names}
    barred = {synset(s) for s in NOT}
    out = []
    for word, offs in sorted(senses.items()):
        if not LOWER_WORD.fullmatch(word):
            continue
        if any(barred & closure(o, hypernyms) for o in offs):
            continue
        if offs[0] in people:
            continue  # "the rider X": a person first, whatever its other senses
        first = closure(offs[0], hypernyms)
        cls = next((c for r, c in roots.items() if r in first), None)
        if cls and not (cls == "award" and word in NOT_AWARDS):
            out.append({"word": word, "class": cls})
    return out


if __name__ == "__main__":
    raise SystemExit(write_table(OUT, HEADER, rows()))
