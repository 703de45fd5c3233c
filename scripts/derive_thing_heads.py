"""Derive models/thing_heads.jsonl: nouns that head names of things no ANNOTATION.md tags.

Source: Princeton WordNet 3.0 (WordNet 3.0 licence, a permissive BSD-style licence: "Permission
to use, copy, modify and distribute this software and database ... for any purpose and without
fee or royalty is hereby granted", with its copyright notice kept below), as Debian packages it
in ``wordnet-base`` (``apt-get install wordnet-base``: ``/usr/share/wordnet``). Installed only
for this script; the runtime reads the JSONL.

Rows ``{"word": "survey", "class": "survey"}`` (read by ``briefx.pipeline.entities.commons``,
session 29): a lower-case one-word noun whose FIRST sense (WordNet orders senses by frequency;
senses of persons left out: "voucher" is first one who vouches, a capitalised name's head a
document)
descends, through its hypernyms, from one of the classes below, and NO sense of which descends
from ``organization.n.01`` (a body: "board", "service", "network", "fund", "assembly" are no
rows). ANNOTATION.md does not tag statistical indices, series and surveys, taxes and duties,
titles of reports and publications, designations of projects or plans, benefit types; meetings
of a kind ("Annual General Meeting") name no entity either, and a season or a wind ("the
Northeast Monsoon") is weather, no place or body. A capitalised name headed by such a noun is
one of those things unless the text makes it a body (``commons``).

Classes (synset -> class):
- statistic: statistic.n.01, index_number.n.01, index.n.01;
- survey: survey.n.01, survey.n.02, census.n.01, poll.n.01;
- tax: tax.n.01, levy.n.01, tariff.n.01;
- document: document.n.01, document.n.02, report.n.01, report.n.03;
- plan: plan.n.01;
- gathering: meeting.n.01 (a formally arranged gathering; not gathering.n.01, which holds
  legislatures and crowds);
- weather: atmospheric_phenomenon.n.01, season.n.02.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.

Run from the project root: ``.venv/bin/python scripts/derive_thing_heads.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from derive_fac_heads import INDEX, closure, data_lines, noun_senses, parse, write_table

OUT = Path(__file__).resolve().parent.parent / "models" / "thing_heads.jsonl"
HEADER = (
    "// Nouns whose first WordNet sense is a statistic, survey, tax, document, plan, gathering\n"
    "// or weather, and no sense of which is an organisation ('survey', 'levy', 'plan',\n"
    "// 'meeting', 'monsoon'): heads of names ANNOTATION.md does not tag. Derived by\n"
    "// scripts/derive_thing_heads.py from Princeton WordNet 3.0 (Debian wordnet-base; WordNet\n"
    "// 3.0 licence, BSD-style; WordNet 3.0 Copyright 2006 by Princeton University); read by\n"
    "// briefx.pipeline.entities.commons (session 29). Do not edit by hand: rerun the script.\n"
)
CLASSES = {
    "statistic": ("statistic.n.01", "index_number.n.01", "index.n.01"),
    "survey": ("survey.n.01", "survey.n.02", "census.n.01", "poll.n.01"),
    "tax": ("tax.n.01", "levy.n.01", "tariff.n.01"),
    "document": ("document.n.01", "document.n.02", "report.n.01", "report.n.03"),
    "plan": ("plan.n.01",),
    "gathering": ("meeting.n.01",),
    "weather": ("atmospheric_phenomenon.n.01", "season.n.02"),
}
BODY = "organization.n.01"
PERSON_FILE = "18"  # noun.person: a name's head in a thing's sense is no person
LOWER_WORD = re.compile(r"[a-z]+")


def rows() -> list[dict[str, str]]:
    senses = noun_senses(data_lines(INDEX))
    _, hypernyms, files = parse(data_lines(), pointers=("@", "@i"))
    people = {off for off, file in files.items() if file == PERSON_FILE}

    def synset(name: str) -> str:
        lemma, _, k = name.rsplit(".", 2)
        return senses[lemma][int(k) - 1]

    roots = {synset(s): c for c, names in CLASSES.items() for s in names}
    body = synset(BODY)
    out = []
    for word, offs in sorted(senses.items()):
        if not LOWER_WORD.fullmatch(word):
            continue
        if any(body in closure(o, hypernyms) for o in offs):
            continue
        things = [o for o in offs if o not in people]  # "voucher": one who vouches, first
        if not things:
            continue
        first = closure(things[0], hypernyms)
        cls = next((c for r, c in roots.items() if r in first), None)
        if cls:
            out.append({"word": word, "class": cls})
    return out


if __name__ == "__main__":
    raise SystemExit(write_table(OUT, HEADER, rows()))
