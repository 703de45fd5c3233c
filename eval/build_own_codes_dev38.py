"""Write eval/own-codes-dev38.jsonl and its check file (FORMAT.md): a story from a country whose
ISO code CLDR names otherwise than the alias table (Turkey, CLDR "Türkiye"; Czech Republic,
"Czechia"; Ivory Coast, "Côte d’Ivoire"; Democratic Republic of the Congo, "Congo - Kinshasa";
Myanmar, "Myanmar (Burma)"; Bosnia and Herzegovina, "Bosnia & Herzegovina"), filed under a
dateline of one of its cities and naming a national body by its short name ("the Constitutional
Court", "the National Assembly"), which takes the title English Wikipedia gives that country's
body. Must stay: stories from countries whose code was already right (Kenya, Ghana), and a body
named in full.

Session 38 (codes38, issue 13): short wire stories written for briefx by hand and annotated by
ANNOTATION.md ("Entities") before briefx was run on them; the bodies and cities are real, the
people, events, figures and quotations invented. No statements are scored here (empty lists).

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_codes_dev38.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (codes38 helper, session 38); CC0"

CASES = [
    (
        "own-dev38k-turkey-court",
        "2026-05-05",
        ("[[ANKARA|GPE|Ankara]], May 5 - The [[Constitutional Court|ORG|Constitutional Court of Turkey]] on Tuesday "
        "rejected an appeal by opposition lawmakers against the new election law. The [[Constitutional Court|ORG|"
        "Constitutional Court of Turkey]] said the law did not breach the right to vote.\n"),
        [],
    ),
    (
        "own-dev38k-czech-supreme",
        "2026-09-22",
        ("[[PRAGUE|GPE|Prague]], Sept 22 - The [[Supreme Court|ORG|Supreme Court of the Czech Republic]] upheld an "
        "eight-year sentence for a former mayor convicted of taking bribes, a court spokeswoman said on Monday.\n"),
        [],
    ),
    (
        "own-dev38k-ivorycoast-assembly",
        "2026-12-11",
        ("[[ABIDJAN|GPE|Abidjan]], Dec 11 - The [[National Assembly|ORG|National Assembly (Ivory Coast)]] approved the "
        "2027 budget late on Thursday by 190 votes to 31. Speaker [[Adama Bictogo|PERSON]] said the vote showed broad "
        "support for the spending plan.\n"),
        [],
    ),
    (
        "own-dev38k-myanmar-bank",
        "2026-03-17",
        ("[[YANGON|GPE|Yangon]], March 17 - The [[Central Bank|ORG|Central Bank of Myanmar]] set a new reference rate for "
        "the kyat on Tuesday, the third change this year. Importers said the [[Central Bank|ORG|Central Bank of "
        "Myanmar]] had little room left.\n"),
        [],
    ),
    (
        "own-dev38k-bosnia-court",
        "2026-07-09",
        ("[[SARAJEVO|GPE|Sarajevo]], July 9 - The [[Constitutional Court|ORG|Constitutional Court of Bosnia and "
        "Herzegovina]] struck down a regional law on state property on Thursday, its president said.\n"),
        [],
    ),
    (
        "own-dev38k-drc-assembly",
        "2026-06-02",
        ("[[KINSHASA|GPE|Kinshasa]], June 2 - The [[National Assembly|ORG|National Assembly (Democratic Republic of the "
        "Congo)]] opened a debate on Tuesday on a mining code that would raise royalties on cobalt to 10 percent.\n"),
        [],
    ),
    (
        "own-dev38k-kenya-court",
        "2026-02-19",
        ("[[NAIROBI|GPE|Nairobi]], Feb 19 - The [[High Court|ORG|High Court of Kenya]] suspended a new housing levy on "
        "Thursday pending a hearing next month, lawyers for the petitioners said.\n"),
        [],
    ),
    (
        "own-dev38k-turkey-full",
        "2026-10-27",
        ("[[ISTANBUL|GPE|Istanbul]], Oct 27 - The [[Central Bank of the Republic of Turkey|ORG]] raised its policy rate "
        "by 250 basis points on Thursday, more than economists had forecast.\n"),
        [],
    ),
]

CHECK = [
    (
        "own-dev38k-turkey-parliament",
        "2026-01-14",
        ("[[ANKARA|GPE|Ankara]], Jan 14 - [[Parliament|ORG|Grand National Assembly of Turkey]] passed a bill on "
        "Wednesday extending the state of emergency in the quake zone by six months.\n"),
        [],
    ),
    (
        "own-dev38k-czech-constitutional",
        "2026-04-28",
        ("[[BRNO|GPE|Brno]], April 28 - The [[Constitutional Court|ORG|Constitutional Court of the Czech Republic]] "
        "annulled part of the pension reform on Tuesday, saying it treated older workers unequally.\n"),
        [],
    ),
    (
        "own-dev38k-ivorycoast-senate",
        "2026-08-06",
        ("[[ABIDJAN|GPE|Abidjan]], Aug 6 - The [[Senate|ORG|Senate (Ivory Coast)]] adopted a revised electoral code on "
        "Thursday, weeks before candidates must register.\n"),
        [],
    ),
    (
        "own-dev38k-ghana-parliament",
        "2026-11-03",
        ("[[ACCRA|GPE|Accra]], Nov 3 - [[Parliament|ORG|Parliament of Ghana]] approved a $1.2 billion loan from the "
        "[[World Bank|ORG]] on Tuesday after a heated debate.\n"),
        [],
    ),
]


def main() -> None:
    write_sets("own-codes-dev38", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
