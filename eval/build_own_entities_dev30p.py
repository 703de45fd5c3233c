"""Write eval/own-entities-dev30p.jsonl and eval/own-entities-dev30p-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity TYPES (issue 13, session 30,
persons17): people typed as bodies, bodies typed as people.

The families (ANNOTATION.md "Entities": titles and ranks stay outside PERSON spans, demonyms are
NORP, a surname's canonical name is the person's full name):
- news reports that name a person in full, then by surname as subject, object and possessive,
  with what a person has after the possessive ("X's coach", "X's shares", "X's board");
- results of individual sports (tennis, golf, athletics, boxing, chess, snooker, cycling,
  skiing, motor racing) in wire layouts ("X (Country) bt Y (Country) 6-2 6-1", "1. X (Country)
  19.32") and in prose ("X beat Y 6-4 6-3");
- releases and reports with a title, a role noun or a demonym before a person ("Taoiseach X Y",
  "Frenchman X Y", "Striker X Y");
- firms named after people (law firms, banks, "X & Y"), which stay bodies.
Written for briefx by hand (session 30, issue 13 types); real countries, towns, events and
firms where they are the knowledge a stage reads, invented people, results and figures.
Annotated by ``shared/eval/ANNOTATION.md`` inline while writing: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. The CHECK cases go to the check file: scored only once, at
the end of a session. Run from the project root: ``python eval/build_own_entities_dev30p.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev30p.jsonl"
OUT_CHECK = HERE / "own-entities-dev30p-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 30p, issue 13 types); people typed as bodies: news "
    "reports, individual sports results, titled people, firms named after people; real "
    "countries, towns, events and firms, invented people, results and figures; MIT."
)

CASES = [
    (
        "own-ent30p-01",
        "2026-04-12",
        "[[AUGUSTA|GPE|Augusta, Georgia]], [[Ga.|GPE|Georgia (U.S. state)]], April 12 - [[Scottie Ferrell|PERSON]] shot a 66 on "
        "Saturday to lead the [[Masters|EVENT]] by three strokes. [[Ferrell|PERSON|Scottie "
        "Ferrell]]'s earnings this season top $20 million, and [[Ferrell|PERSON|Scottie "
        "Ferrell]]'s coach said the putter was working.\n",
    ),
    (
        "own-ent30p-02",
        "2026-11-04",
        "[[PERTH|GPE|Perth]], Nov 4 - [[Mark Barnaba|PERSON]], chairman of "
        "[[Fortescue|ORG]], said [[Barnaba|PERSON|Mark Barnaba]]'s board would meet on "
        "Friday. [[Barnaba|PERSON|Mark Barnaba]] said shareholders would vote in December.\n",
    ),
    (
        "own-ent30p-03",
        "2026-05-26",
        "[[MONACO|GPE|Monaco]], May 26 - [[Charles Leclair|PERSON]] won the [[Monaco Grand "
        "Prix|EVENT]] for [[Ferrari|ORG]] on Sunday. The [[Monegasque|NORP]] "
        "[[Leclair|PERSON|Charles Leclair]] led from pole, and [[Leclair|PERSON|Charles "
        "Leclair]]'s team principal [[Fred Vasseur|PERSON]] said the strategy worked.\n",
    ),
    (
        "own-ent30p-04",
        "2026-08-04",
        "[[SEOUL|GPE|Seoul]], Aug 4 - Prosecutors said [[Dorin Vasquez|PERSON]] hid assets "
        "abroad. [[Vasquez|PERSON|Dorin Vasquez]]'s shares in the group were frozen on "
        "Monday, and [[Vasquez|PERSON|Dorin Vasquez]]'s lawyers said they would appeal.\n",
    ),
    (
        "own-ent30p-05",
        "2026-06-04",
        "[[PARIS|GPE|Paris]], June 4 - [[Frenchman|NORP]] [[Hugo Gasquet|PERSON]] beat "
        "[[Spaniard|NORP]] [[Pablo Carreno-Ruiz|PERSON]] 6-4 6-3 at the [[French "
        "Open|EVENT]] on Tuesday. [[Belgian|NORP]] [[Elise Mertz|PERSON]] lost to "
        "[[Czech|NORP]] [[Petra Kovic|PERSON]].\n",
    ),
    (
        "own-ent30p-06",
        "2026-07-03",
        "[[LONDON|GPE|London]], July 3 - Defending champion [[Carlos Alcarez|PERSON]] beat "
        "[[Frenchman|NORP]] [[Ugo Humbert|PERSON]] 6-3 6-4 7-6 at [[Wimbledon|EVENT]] on "
        "Wednesday. [[Alcarez|PERSON|Carlos Alcarez]] next plays [[Frances Tiafoe|PERSON]].\n",
    ),
    (
        "own-ent30p-07",
        "2026-05-12",
        "Results from the [[Italian Open|EVENT]] on Sunday:\n"
        "[[Casper Ruud|PERSON]] ([[Norway|GPE]]) beat [[Novak Djokovich|PERSON]] "
        "([[Serbia|GPE]]) 6-3 7-6\n"
        "[[Iga Swiatlowska|PERSON]] ([[Poland|GPE]]) bt [[Coco Garrido|PERSON]] "
        "([[U.S.|GPE|United States]]) 6-2 6-1\n",
    ),
    (
        "own-ent30p-08",
        "2026-03-17",
        "[[INDIAN WELLS|GPE|Indian Wells]], March 17 - [[Andre Agasso|PERSON]] beat [[Pete "
        "Samprano|PERSON]] in the final on Sunday.\n"
        "Semi-finals: [[Agasso|PERSON|Andre Agasso]] beat [[Chang|PERSON]] 7-5 6-2, "
        "[[Samprano|PERSON|Pete Samprano]] beat [[Courier|PERSON]] 6-4 6-3\n",
    ),
    (
        "own-ent30p-09",
        "2026-05-02",
        "[[HAMBURG|GPE|Hamburg]], May 2 - Results from the [[Hamburg Open|EVENT]] on "
        "Thursday:\n"
        "[[Hingas|PERSON|Martina Hingas]] ([[Switzerland|GPE]]) bt [[Selesi|PERSON]] "
        "([[U.S.|GPE|United States]]) 6-2 6-1\n"
        "[[Graff|PERSON]] ([[Germany|GPE]]) bt [[Novotna|PERSON]] ([[Czech "
        "Republic|GPE]]) 7-5 6-4\n"
        "[[Martina Hingas|PERSON]] won her 10th title of the year.\n",
    ),
    (
        "own-ent30p-10",
        "2026-03-02",
        "[[DUBLIN|GPE|Dublin]], March 2 - The budget would pass, the government said.\n"
        "Taoiseach [[Ciaran Mullan|PERSON]] told the [[Dail|ORG|Dáil Éireann]] the plan was fair. "
        "[[Mullan|PERSON|Ciaran Mullan]] said help would come quickly.\n",
    ),
    (
        "own-ent30p-11",
        "2026-09-01",
        "[[LONDON|GPE|London]], Sept 1 - Striker [[Dominic Calvary|PERSON]] scored twice for "
        "[[Fulham|ORG|Fulham F.C.]] on Saturday. [[Calvary|PERSON|Dominic Calvary]]'s second "
        "goal came in the 80th minute.\n",
    ),
    (
        "own-ent30p-12",
        "2026-01-20",
        "[[MELBOURNE|GPE|Melbourne]], Jan 20 - [[Jannik Sorrento|PERSON]] beat [[Daniil "
        "Medvin|PERSON]] 6-3 6-4 6-2 to reach the quarter-finals. [[Sorrento|PERSON|Jannik "
        "Sorrento]]'s team said he was fit, and [[Medvin|PERSON|Daniil Medvin]]'s manager "
        "blamed the heat.\n",
    ),
    (
        "own-ent30p-13",
        "2026-11-03",
        "[[LAS VEGAS|GPE|Las Vegas]], Nov 3 - [[Marcus Halverson|PERSON]] retained his "
        "[[WBC|ORG|World Boxing Council]] heavyweight title on Saturday, stopping [[Dmitri "
        "Orlov|PERSON]] in the ninth round. [[Orlov|PERSON|Dmitri Orlov]]'s trainer said "
        "[[Halverson|PERSON|Marcus Halverson]] was too strong.\n",
    ),
    (
        "own-ent30p-14",
        "2026-08-14",
        "[[ZURICH|GPE|Zürich]], Aug 14 - Leading results from the meeting on Wednesday:\n"
        "Men's 200 metres: 1. [[Michael Jonsen|PERSON]] ([[U.S.|GPE|United States]]) 19.32 "
        "2. [[Frankie Fredricks|PERSON]] ([[Namibia|GPE]]) 19.68\n"
        "[[Jonsen|PERSON|Michael Jonsen]] said he was tired.\n",
    ),
    (
        "own-ent30p-15",
        "2026-03-09",
        "[[NEW YORK|GPE|New York City]], March 9 - [[Sullivan & Cromwell|ORG]] advised the "
        "buyer, while [[Goldman Sachs|ORG]] acted for the seller. [[Orla Brennick|PERSON]], a "
        "partner at [[Keller Hartley|ORG]], said the deal would close soon. "
        "[[Brennick|PERSON|Orla Brennick]]'s clients include three banks.\n",
    ),
    (
        "own-ent30p-16",
        "2026-01-10",
        "[[LONDON|GPE|London]], Jan 10 - Results from the [[Masters|EVENT]] snooker on "
        "Wednesday:\n"
        "[[Judd Trumpton|PERSON]] ([[England|GPE]]) beat [[Ding Junhong|PERSON]] "
        "([[China|GPE]]) 6-4\n"
        "[[Trumpton|PERSON|Judd Trumpton]] meets [[Ronan Sullivan|PERSON]] in the "
        "quarter-finals.\n",
    ),
    (
        "own-ent30p-17",
        "2026-04-10",
        "[[TORONTO|GPE|Toronto]], April 10 - [[Hikaru Nakamora|PERSON]] beat [[Fabiano "
        "Caruano|PERSON]] in round five of the [[Candidates Tournament|EVENT]]. "
        "[[Nakamora|PERSON|Hikaru Nakamora]]'s lead is one point, and "
        "[[Caruano|PERSON|Fabiano Caruano]]'s second said the loss hurt.\n",
    ),
    (
        "own-ent30p-18",
        "2026-01-25",
        "Results of the men's downhill in [[Kitzbuehel|GPE]] on Saturday:\n"
        "1. [[Cyprien Sarrazan|PERSON]] ([[France|GPE]]) 1:56.15\n"
        "2. [[Marco Odermann|PERSON]] ([[Switzerland|GPE]]) 1:56.72\n"
        "[[Odermann|PERSON|Marco Odermann]]'s coach said the snow was slow.\n",
    ),
]

CHECK = [
    (
        "own-ent30p-c1",
        "2026-02-14",
        "[[MADRID|GPE|Madrid]], Feb 14 - [[Lucia Benavente|PERSON]], the founder of the "
        "fashion group, was fined on Friday. [[Benavente|PERSON|Lucia Benavente]]'s shares "
        "were seized, and [[Benavente|PERSON|Lucia Benavente]]'s lawyers said she would "
        "appeal.\n",
    ),
    (
        "own-ent30p-c2",
        "2026-06-28",
        "[[EASTBOURNE|GPE|Eastbourne]], June 28 - [[Tomas Vrbanek|PERSON]] "
        "([[Czech Republic|GPE]]) bt [[Olivier Matheron|PERSON]] ([[France|GPE]]) 6-3 7-5\n"
        "[[Vrbanek|PERSON|Tomas Vrbanek]] bt [[Kessing|PERSON]] ([[Germany|GPE]]) 6-2 6-1\n",
    ),
    (
        "own-ent30p-c3",
        "2026-10-02",
        "[[ROME|GPE|Rome]], Oct 2 - [[Italian|NORP]] [[Marco Bellandi|PERSON]] beat "
        "[[Dutchman|NORP]] [[Joost Verhoeven|PERSON]] 3-1 in the world snooker quarter-finals. "
        "[[Bellandi|PERSON|Marco Bellandi]]'s manager said he would rest.\n",
    ),
    (
        "own-ent30p-c4",
        "2026-05-20",
        "[[LONDON|GPE|London]], May 20 - [[Hargreaves Lansdown|ORG]] said on Tuesday its "
        "profit rose 12 percent. Chief executive [[Dan Olley|PERSON]] said clients added "
        "funds.\n",
    ),
    (
        "own-ent30p-c5",
        "2026-09-14",
        "[[BELFAST|GPE|Belfast]], Sept 14 - Chief Constable [[Peter Rawley|PERSON]] said on "
        "Sunday officers had made six arrests. [[Rawley|PERSON|Peter Rawley]]'s deputy, "
        "[[Aoife Brannigan|PERSON]], said more would follow.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
