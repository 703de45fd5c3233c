"""Write eval/own-entities-dev28h.jsonl and eval/own-entities-dev28h-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for PERSON span STARTS (issue 13,
session 28, spans12): a style of address, title, role noun or demonym written before a
person's name is no part of the span (ANNOTATION.md: "Titles and ranks are not part of PERSON
spans").

The families: British "Ms"/"Mr"/"Dr" without a full stop, "Dame", "Lady", "His Excellency",
offices ("Taoiseach", "Rapporteur", "Empress", "Pharaoh"), sport roles ("Midfielder",
"Striker"), demonyms ("Welshman", "Brazilian"; NORP), in Indian, British, Gulf, Irish, royal,
religious and sports news; and names that begin with such a word and keep it ("Lady Gaga"-like
stage names, "Dame Street"-like streets, "X College"). Written for briefx by hand (session 28,
spans12); real countries, cities and a few real institutions as context, invented people,
places, firms and figures. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing,
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
The CHECK cases go to the check file: scored only once, at the end of a session. Run from the
project root: ``python eval/build_own_entities_dev28h.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev28h.jsonl"
OUT_CHECK = HERE / "own-entities-dev28h-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 28h, issue 13 spans); Indian, British, Gulf, Irish, "
    "royal, religious and sports news; real countries, cities and institutions, invented "
    "people, places, firms and figures; MIT."
)

CASES = [
    (
        "own-ent28h-01",
        "2026-03-10",
        "The council's budget was presented on Monday by Ms [[Helen Ogundipe|PERSON]], its "
        "finance director, in [[Leeds|GPE]]. Ms [[Ogundipe|PERSON|Helen Ogundipe]] said "
        "reserves would fall by £4m.\n",
    ),
    (
        "own-ent28h-02",
        "2026-05-02",
        "The new library in [[Manchester|GPE]] was opened on Friday by Dame "
        "[[Eleanor Whitcombe|PERSON]], who gave £2m towards it.\n",
    ),
    (
        "own-ent28h-03",
        "2026-06-18",
        "The appeal is led by Lady [[Fiona Maitland|PERSON]], who founded the charity in 2004, "
        "and has raised £350,000 since January.\n",
    ),
    (
        "own-ent28h-04",
        "2026-02-11",
        "The delegation was received in [[Doha|GPE]] on Tuesday by His Excellency "
        "[[Omar Al Hashimi|PERSON]], who signed a trade agreement with [[Kenya|GPE]].\n",
    ),
    (
        "own-ent28h-05",
        "2026-10-07",
        "Taoiseach [[Declan Moran|PERSON]] said on Tuesday the budget would protect pensions. "
        "The [[Dáil|ORG]] will vote on it next week.\n",
    ),
    (
        "own-ent28h-06",
        "2026-03-22",
        "The report was presented in [[Geneva|GPE]] on Friday, where Special Rapporteur "
        "[[Ines Albrecht|PERSON]] called for an inquiry into the detentions.\n",
    ),
    (
        "own-ent28h-07",
        "2026-09-13",
        "[[Porto|ORG]] won 3-1 on Saturday. Midfielder [[Tiago Ferreira|PERSON]] scored twice "
        "in the second half.\n",
    ),
    (
        "own-ent28h-08",
        "2026-07-09",
        "[[Welshman|NORP]] [[Rhys Pritchard|PERSON]] won the stage in [[Pau|GPE]] on "
        "Wednesday, 12 seconds ahead of the field.\n",
    ),
    (
        "own-ent28h-09",
        "2026-04-30",
        "A tiara worn by Empress [[Akiko|PERSON]] sold for $1.2m at an auction in "
        "[[Geneva|GPE]] on Thursday.\n",
    ),
    (
        "own-ent28h-10",
        "2026-11-05",
        "Pop star [[Lady Velvette|PERSON]] will play two nights in [[Dublin|GPE]] in June, her "
        "promoter said on Wednesday.\n",
    ),
    (
        "own-ent28h-11",
        "2026-08-21",
        "Traffic was stopped on [[Dame Lane|FAC]] in [[Dublin|GPE]] on Friday after a water "
        "main burst.\n",
    ),
    (
        "own-ent28h-12",
        "2026-01-27",
        "The committee heard on Tuesday from Dr [[Kwesi Boateng|PERSON]], who leads the "
        "vaccine trial in [[Accra|GPE]]. Dr [[Boateng|PERSON|Kwesi Boateng]] said results were "
        "due in May.\n",
    ),
    (
        "own-ent28h-13",
        "2026-08-12",
        "The award was handed over in [[Pune|GPE]] on Tuesday by Smt [[Kavita Joshi|PERSON]], "
        "who chairs the district board.\n",
    ),
]

CHECK = [
    (
        "own-ent28h-c1",
        "2026-03-03",
        "The statement was read in [[London|GPE]] on Monday by Ms [[Grace Adeyemi|PERSON]], "
        "the charity's chair.\n",
    ),
    (
        "own-ent28h-c2",
        "2026-05-15",
        "Striker [[Lucas Moreira|PERSON]] scored in the 88th minute as [[Benfica|ORG]] won "
        "2-1 on Friday.\n",
    ),
    (
        "own-ent28h-c3",
        "2026-02-20",
        "The museum's new wing was opened on Thursday by Pharaoh-era scholar Dame "
        "[[Margaret Holloway|PERSON]] in [[Cambridge|GPE]].\n",
    ),
    (
        "own-ent28h-c4",
        "2026-09-01",
        "[[Scotsman|NORP]] [[Callum Reid|PERSON]] finished third in [[Berlin|GPE]] on Sunday.\n",
    ),
    (
        "own-ent28h-c5",
        "2026-06-06",
        "The hospital in [[Jeddah|GPE]] was opened on Saturday by His Excellency "
        "[[Faisal Al Qahtani|PERSON]], who said it would treat 40,000 patients a year.\n",
    ),
    (
        "own-ent28h-c6",
        "2026-12-02",
        "Dublin's [[Sir Hugh Lane Gallery|ORG]] said on Tuesday it would close for repairs in "
        "January.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
