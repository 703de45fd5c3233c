"""Write eval/own-entities-dev7.jsonl and eval/own-entities-dev7-check.jsonl (FORMAT.md,
entities only): a seventh entities dev set and its check set, for entity *types* of places.

Kinds of text: humanitarian updates, company news, flood warnings, defence news, bank results.
Families where types go wrong: a town NER types as a person ("the staff in Woking"-like: after
a word of place, or of a country the text names), a river or region after "the" typed as a
town or province, and people whose surnames are towns' names (which must stay people). Written
for briefx by hand (session 6b, issue 13); real countries, places and institutions, invented
figures, events, quotations and people. Annotated by ``shared/eval/ANNOTATION.md`` inline
while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. This script turns the marks into offsets and checks every
span (``text[start:end] == text``, in order, no overlap, known type). The CHECK cases go to the
check file: scored only at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev7.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev7.jsonl"
OUT_CHECK = HERE / "own-entities-dev7-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 7, issue 13); humanitarian, company, weather, defence "
    "and bank copy; real places and institutions, invented people, figures and details; MIT."
)

CASES = [
    (
        "own-ent7-01",
        "2026-10-16",
        "[[KYIV|GPE|Kyiv]] -- Shelling near [[Kupiansk|GPE]] forced 1,200 people to leave "
        "their homes this week, the [[United Nations|ORG]] said on Friday. Aid convoys reached "
        "[[Balakliia|GPE]] and crossed the [[Oskil|LOC|Oskil (river)]] on Thursday.\n"
        "\"Families arrive with nothing,\" said [[Olena Marchuk|PERSON]], who runs a shelter "
        "in [[Izium|GPE]]. The [[World Food Programme|ORG]] said it would expand deliveries "
        "across the [[Donbas|LOC]] region before winter.\n",
    ),
    (
        "own-ent7-02",
        "2026-09-22",
        "[[Nokia|ORG]] will close its research site in [[Oulu|GPE]] and move 300 jobs to "
        "[[Espoo|GPE]], the [[Finnish|NORP]] company said on Tuesday. Union leader "
        "[[Harri Lampinen|PERSON]] said the decision would hit [[Oulu|GPE]] hard.\n"
        "[[Lampinen|PERSON|Harri Lampinen]] said talks would resume in [[Helsinki|GPE]] next "
        "week. Shares of [[Nokia|ORG]] rose 1.2%.\n",
    ),
    (
        "own-ent7-03",
        "2026-05-10",
        "Flood warnings stayed in force along the [[Vistula|LOC]] on Sunday as water levels "
        "rose near [[Torun|GPE|Toruń]]. [[Poland|GPE]]'s [[Institute of Meteorology and Water "
        "Management|ORG]] said the [[Narew|LOC]] was also rising.\n"
        "Residents of [[Plock|GPE|Płock]] filled sandbags overnight. \"We have seen worse,\" "
        "said Mayor [[Andrzej Nowicki|PERSON]].\n",
    ),
    (
        "own-ent7-04",
        "2026-03-04",
        "The [[Estonian|NORP]] government said on Wednesday it would station a second "
        "air-defence battery to protect [[Tartu|GPE]] from 2027. Defence Minister "
        "[[Hanno Pevkur|PERSON]] said the system, bought from [[Diehl Defence|ORG]], would "
        "also cover [[Narva|GPE]].\n"
        "[[Latvia|GPE]] plans a similar purchase to guard [[Daugavpils|GPE]], its defence "
        "ministry said.\n",
    ),
    (
        "own-ent7-05",
        "2026-07-29",
        "Chief executive [[Sarah Whitby|PERSON]] said the lender would cut 400 jobs this year. "
        "[[Whitby|PERSON|Sarah Whitby]] told analysts that branches in [[Leeds|GPE]] and "
        "[[Bradford|GPE]] would stay open.\n"
        "Finance director [[Tom Carver|PERSON]] said costs fell 4% in the first half. "
        "[[Carver|PERSON|Tom Carver]] expects the bank's new office in [[Sheffield|GPE]] to "
        "open in March.\n",
    ),
]

CHECK = [
    (
        "own-ent7-c1",
        "2026-08-12",
        "Heat across the [[Sahel|LOC]] pushed grain prices up in [[Niamey|GPE]], the "
        "[[Food and Agriculture Organization|ORG]] said. Herders near [[Tahoua|GPE]] lost "
        "cattle, and boats on the [[Niger|LOC|Niger River]] ran aground as the water fell.\n",
    ),
    (
        "own-ent7-c2",
        "2026-11-02",
        "[[Danish|NORP]] wind-turbine maker [[Vestas|ORG]] said it would hire 500 people at its "
        "blade plant in [[Aalborg|GPE]]. Chief operating officer [[Mette Lund|PERSON]] said "
        "[[Aarhus|GPE]] would keep its headquarters. [[Lund|PERSON|Mette Lund]] added that a "
        "second plant near [[Esbjerg|GPE]] was under review.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
