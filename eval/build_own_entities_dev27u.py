"""Write eval/own-entities-dev27u.jsonl and eval/own-entities-dev27u-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity TYPES by role (issue 13,
session 27, types13).

The families (ANNOTATION.md "Entities"; each mention is typed by its own role):
- hospitals, universities, museums, airports, ports and stadiums: the body where the mention
  acts ("X Hospital said", "X's chief nurse", "an X University spokesman", ORG) and the place
  where it is one ("taken to X Hospital", "flights from X Airport", "outside the Museum of X",
  FAC);
- named events with a year or an ordinal (festivals, games, cups, expos, summits: EVENT);
- products named in a product's role (launched, unveiled, recalled, "the X's battery":
  PRODUCT) beside their makers acting (ORG).
Written for briefx by hand (session 27, issue 13 types); real countries and cities as context,
invented hospitals, universities, airports, firms, products, people, events and figures.
Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any
of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to the check
file: scored only once, at the end of a session. Run from the project root:
``python eval/build_own_entities_dev27u.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev27u.jsonl"
OUT_CHECK = HERE / "own-entities-dev27u-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 27u, issue 13 types by role); hospital, university, "
    "museum, airport, port, stadium, festival, games and product news; real countries and "
    "cities, invented institutions, firms, products, people, events and figures; MIT."
)

CASES = [
    (
        "own-ent27u-01",
        "2026-02-10",
        "[[LEEDS|GPE|Leeds]], Feb 10 - Eleven people were taken to [[Aireborough General "
        "Hospital|FAC]] after a coach overturned on the [[A65|FAC]] on Monday night. "
        "[[Aireborough General Hospital|ORG]] said three were in a serious condition.\n",
    ),
    (
        "own-ent27u-02",
        "2026-05-19",
        "Researchers at [[Calloway University|ORG]] have grown heart tissue from skin cells, the "
        "journal [[Cell Reports|ORG]] reported on Tuesday. A [[Calloway University|ORG]] "
        "spokeswoman said the team had applied for a patent.\n",
    ),
    (
        "own-ent27u-03",
        "2026-08-03",
        "All flights from [[Tervola Airport|FAC]] were halted for six hours on Sunday after a "
        "radar fault. [[Tervola Airport|FAC]] handled 2.1 million passengers last year. "
        "[[Finavia|ORG]] said a spare unit had been flown in from [[Helsinki|GPE]].\n",
    ),
    (
        "own-ent27u-04",
        "2026-10-14",
        "Thieves broke into the [[Museum of Northern Glass|FAC]] overnight and took two "
        "18th-century goblets. The [[Museum of Northern Glass|ORG]] said the pieces were "
        "insured, and police sealed off the street outside the [[Museum of Northern "
        "Glass|FAC]].\n",
    ),
    (
        "own-ent27u-05",
        "2026-06-22",
        "Nurses at [[Brookfield Hospital|ORG]] voted to strike over pay on Monday. "
        "[[Brookfield Hospital|ORG]]'s chief executive, [[Aled Pryce|PERSON]], said planned "
        "operations would go ahead.\n",
    ),
    (
        "own-ent27u-06",
        "2026-07-25",
        "A record 71,000 fans watched [[Dunmore Rovers|ORG]] beat [[Kilbride Athletic|ORG]] "
        "2-0 at [[Castlegate Stadium|FAC]] on Saturday. The match was the last before the "
        "ground's roof is replaced.\n",
    ),
    (
        "own-ent27u-07",
        "2026-05-13",
        "The [[Cannes Film Festival|EVENT]] opened on Tuesday with a drama by [[Mexico|GPE]]'s "
        "[[Lucía Arrieta|PERSON]]. Organisers of the [[Cannes Film Festival|EVENT]] said 2,400 "
        "films had been submitted.\n",
    ),
    (
        "own-ent27u-08",
        "2026-07-30",
        "[[Glasgow|GPE]] will spend £40 million on transport for the [[Commonwealth Games|EVENT]], "
        "which open next month. [[Scotland|GPE]] last hosted the [[Commonwealth Games|EVENT]] "
        "in 2014.\n",
    ),
    (
        "own-ent27u-09",
        "2026-03-02",
        "[[Norvik Audio|ORG]] launched the [[Halo Buds 3|PRODUCT]] in [[Europe|LOC]] on Monday. "
        "The [[Halo Buds 3|PRODUCT]] cost €199 and last 30 hours on a charge, [[Norvik "
        "Audio|ORG]] said.\n",
    ),
    (
        "own-ent27u-10",
        "2026-11-05",
        "[[Carden Motors|ORG]] recalled 18,000 [[Strata|PRODUCT]] hatchbacks in the [[United "
        "States|GPE]] over a fuel pump fault. The [[Strata|PRODUCT]]'s pump can stall the "
        "engine, the [[National Highway Traffic Safety Administration|ORG]] said.\n",
    ),
    (
        "own-ent27u-11",
        "2026-09-09",
        "[[Port of Kessick|FAC]] handled a record 3.4 million containers in August. Ships "
        "queued outside the [[Port of Kessick|FAC]] for two days after a crane broke, "
        "[[Kessick Port Authority|ORG]] said.\n",
    ),
    (
        "own-ent27u-12",
        "2026-04-16",
        "[[Harlow Institute of Technology|ORG]] said on Thursday it would cut 200 jobs. "
        "Students marched from the campus to [[Marsh Lane Hospital|FAC]], where the institute "
        "trains nurses.\n",
    ),
]

CHECK = [
    (
        "own-ent27u-c1",
        "2026-01-20",
        "Two patients were flown to [[St Ebba's Hospital|FAC]] after a crash near [[Bergen|GPE]]. "
        "[[St Ebba's Hospital|ORG]] said both were stable.\n",
    ),
    (
        "own-ent27u-c2",
        "2026-06-30",
        "Passengers waited eight hours at [[Corrin Airport|FAC]] on Monday after a baggage "
        "system failed. A [[Corrin Airport|ORG]] spokesman apologised.\n",
    ),
    (
        "own-ent27u-c3",
        "2026-03-18",
        "The [[Museum of Tin Mining|ORG]] announced free entry for children. Visitors to the "
        "[[Museum of Tin Mining|FAC]] rose 12% last year.\n",
    ),
    (
        "own-ent27u-c4",
        "2026-08-21",
        "[[Hesketh Devices|ORG]] unveiled the [[Vero 5|PRODUCT]] phone on Thursday. The [[Vero "
        "5|PRODUCT]]'s battery lasts two days, [[Hesketh Devices|ORG]] said.\n",
    ),
    (
        "own-ent27u-c5",
        "2026-09-12",
        "Sprinters from 54 countries arrived in [[Perth|GPE]] for the [[Commonwealth Youth "
        "Games|EVENT]]. The [[Commonwealth Youth Games|EVENT]] open on Friday at [[Redgum "
        "Stadium|FAC]].\n",
    ),
    (
        "own-ent27u-c6",
        "2026-02-27",
        "[[Alder Bay University|ORG]] will open a medical school in 2028. [[Alder Bay "
        "University|ORG]]'s vice-chancellor, [[Mere Tane|PERSON]], said the school would take "
        "120 students a year.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
