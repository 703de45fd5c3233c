"""Write eval/own-entities-dev28o.jsonl and eval/own-entities-dev28o-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity TYPES (issue 13, session 28,
types16): names the model types ORG that are no organisation.

The families (ANNOTATION.md "Entities"): places a journey goes to ("flights to X", "ferries
between X and Y"; GPE, LOC), festivals and shows by a kind noun after the name or an event's
verb in its own clause (EVENT), natural places by a kind noun after the name (LOC), storms and
products listed with others of their kind (EVENT, PRODUCT); and firms and bodies named after
places or things, which stay ORG ("X Airlines", "X Basin Initiative", a maker that speaks).
Nature and travel, disasters, space and aviation, products and launches, summits and festivals,
regional news. Written for briefx by hand (session 28, types16); real countries, cities and a
few real institutions as context, invented places, firms, people, events and figures.
Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of
them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to the check
file: scored only once, at the end of a session. Run from the project root:
``python eval/build_own_entities_dev28o.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev28o.jsonl"
OUT_CHECK = HERE / "own-entities-dev28o-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 28o, issue 13 types); nature, travel, disasters, "
    "space, aviation, product launches, festivals and regional news; real countries, cities and "
    "institutions, invented places, firms, people, events and figures; MIT."
)

CASES = [
    (
        "own-ent28o-01",
        "2026-02-14",
        "Flights to [[Tarnholm|GPE]] and [[Velsund|GPE]] were cancelled on Saturday as snow "
        "closed runways across northern [[Norway|GPE]]. [[Nordavia Airlines|ORG]] said it would "
        "add extra flights on Monday.\n",
    ),
    (
        "own-ent28o-02",
        "2026-07-20",
        "Ferries between [[Kellby|GPE]] and [[Arnsay|GPE]] were suspended on Sunday after gusts "
        "of 90 km/h, the operator [[Hebra Marine|ORG]] said.\n",
    ),
    (
        "own-ent28o-03",
        "2026-06-29",
        "About 80,000 people came to [[Brenmoor|EVENT]], which ended on Sunday after four days "
        "of music near [[Glasgow|GPE]]. Organisers said tickets for next year would go on sale "
        "in October.\n",
    ),
    (
        "own-ent28o-04",
        "2026-01-08",
        "Chipmakers showed new laptops at the [[Tarvik|EVENT]] technology show in "
        "[[Las Vegas|GPE]] on Thursday. [[Orvel Systems|ORG]] said its new chip would ship in "
        "March.\n",
    ),
    (
        "own-ent28o-05",
        "2026-03-03",
        "Two climbers were rescued from the [[Orvanne|LOC]] massif on Monday after an "
        "avalanche, mountain police in [[Grenoble|GPE]] said.\n",
    ),
    (
        "own-ent28o-06",
        "2026-10-12",
        "[[Typhoon Kelani|EVENT]] made landfall in [[Luzon|LOC]] on Sunday. It followed "
        "[[Typhoon Marvo|EVENT]] and [[Typhoon Tessun|EVENT]], which killed 40 people last "
        "month.\n",
    ),
    (
        "own-ent28o-07",
        "2026-04-22",
        "[[Corvix|ORG]] said a flaw affected computers running [[Halo OS 4|PRODUCT]] and "
        "[[Linux|PRODUCT]]. The company said a fix would be released on Friday.\n",
    ),
    (
        "own-ent28o-08",
        "2026-05-15",
        "The [[Selmore|EVENT]] festival opened on Friday with 200 films. Its director, "
        "[[Anja Vestergaard|PERSON]], said the festival had sold 60,000 tickets.\n",
    ),
    (
        "own-ent28o-09",
        "2026-09-09",
        "Trains to [[Dunmore|GPE]] were halted on Tuesday after floods washed out a bridge, "
        "[[Network Rail|ORG]] said. Buses will replace trains until Friday.\n",
    ),
    (
        "own-ent28o-10",
        "2026-11-02",
        "The [[Nile Basin Initiative|ORG]] said on Monday that member states would meet in "
        "[[Kampala|GPE]] in December to discuss water sharing.\n",
    ),
    (
        "own-ent28o-11",
        "2026-08-30",
        "Lava from the [[Heklafell|LOC]] volcano reached a road on Saturday, and flights to "
        "[[Akureyri|GPE]] were diverted, [[Isavia|ORG]] said.\n",
    ),
    (
        "own-ent28o-12",
        "2026-12-01",
        "[[Veltron Aerospace|ORG]] launched its [[Kestra 7|PRODUCT]] rocket from "
        "[[Andøya|LOC]] on Monday. [[Veltron|ORG|Veltron Aerospace]] said the satellite had "
        "reached orbit.\n",
    ),
    (
        "own-ent28o-13",
        "2026-06-05",
        "Leaders will gather for the [[Baltic Sea Summit|EVENT]] in [[Tallinn|GPE]] on June 12. "
        "The [[Council of the Baltic Sea States|ORG]] said 11 countries would attend.\n",
    ),
    (
        "own-ent28o-14",
        "2026-03-27",
        "[[Mont Blanc|ORG]] said its sales rose 6% in the quarter. [[Delta Air Lines|ORG]] "
        "said it would fly to [[Nice|GPE]] daily from May.\n",
    ),
]

CHECK = [
    (
        "own-ent28o-c1",
        "2026-02-02",
        "Ferries to [[Hoyness|GPE]] and [[Skarra|GPE]] resumed on Monday after the storm, "
        "[[Orkney Islands Council|ORG]] said.\n",
    ),
    (
        "own-ent28o-c2",
        "2026-07-13",
        "Crowds left [[Ostavia|EVENT]], which ended on Sunday, as heavy rain turned fields to "
        "mud. The festival drew 45,000 people.\n",
    ),
    (
        "own-ent28o-c3",
        "2026-09-18",
        "[[Hurricane Delia|EVENT]] and [[Hurricane Farro|EVENT]] brought floods to "
        "[[Florida|GPE]] this month. [[Farro|EVENT|Hurricane Farro]] weakened on Thursday.\n",
    ),
    (
        "own-ent28o-c4",
        "2026-10-06",
        "Hikers were warned to stay off the [[Brannock|LOC]] massif, where snow fell overnight, "
        "the [[Scottish Mountain Rescue|ORG]] service said.\n",
    ),
    (
        "own-ent28o-c5",
        "2026-01-19",
        "Visitors packed the [[Lumera|EVENT]] technology show in [[Barcelona|GPE]] on Monday. "
        "[[Quellon|ORG]] said it would sell its new headset from April.\n",
    ),
    (
        "own-ent28o-c6",
        "2026-04-04",
        "Trains between [[Pelham Cross|GPE]] and [[Ashby Vale|GPE]] were suspended on Friday "
        "after a landslide. [[Southlink Rail|ORG]] said repairs would take a week.\n",
    ),
    (
        "own-ent28o-c7",
        "2026-05-28",
        "[[Amazon|ORG]] said on Thursday it would open a warehouse near [[Leeds|GPE]], creating "
        "800 jobs.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
