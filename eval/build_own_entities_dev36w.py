"""Write eval/own-entities-dev36w.jsonl and eval/own-entities-dev36w-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity PRECISION (issue 13, session
36, works23): titles of works, awards, concept words and offices are no bodies.

The families (ANNOTATION.md "Entities"): titles of films, novels, albums, paintings and series
(WORK_OF_ART is not in the schema; titles of publications are not tagged), awards and prizes
named by their head word ("Prize", "Award", "Medal", "d'Or", "Trophy"), concept acronyms
("LNG", "ESG", "EVs"), seasons and crop periods of other languages ("Kharif", "Rabi"), and
offices without their holder ("the Auditor-General", "the Surveyor General"); next to them,
bodies of the same shapes that stay ORG ("Nobel Foundation", "Booker Prize Foundation", a
studio, a gallery, an auction house, a fund manager named with an acronym). Culture and
business news. Written for briefx by hand (session 36, works23); real countries, cities and a
few real institutions and prizes as context, invented films, books, firms, bodies, people and
figures. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run
on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to
the check file: scored only once, at the end of a session. Run from the project root:
``python eval/build_own_entities_dev36w.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev36w.jsonl"
OUT_CHECK = HERE / "own-entities-dev36w-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 36w, issue 13 precision); culture and business news "
    "with films, books, artworks, awards, concept acronyms, seasons and offices; real countries, "
    "cities, prizes and institutions, invented films, books, firms, people and figures; MIT."
)

CASES = [
    (
        "own-ent36w-01",
        "2026-05-24",
        "The film Harrowgate Lane won the Palme d'Or at [[Cannes|GPE]] on Saturday. Its director, "
        "[[Mira Castellano|PERSON]], thanked the jury led by [[Ines Varga|PERSON]].\n",
    ),
    (
        "own-ent36w-02",
        "2026-11-11",
        "The novel Salt Orchard won the Booker Prize on Tuesday. The "
        "[[Booker Prize Foundation|ORG]] said sales of the shortlist had doubled. Its author, "
        "[[Tomas Ferreira|PERSON]], lives in [[Lisbon|GPE]].\n",
    ),
    (
        "own-ent36w-03",
        "2026-05-15",
        "The painting Harbour at Dusk sold for $38 million at [[Christie's|ORG]] in "
        "[[New York|GPE]] on Thursday, a record for the [[Danish|NORP]] artist "
        "[[Karen Holm|PERSON]].\n",
    ),
    (
        "own-ent36w-04",
        "2026-07-20",
        "Summer Thunder and Glass Tigers led the weekend box office in [[North America|LOC]], "
        "[[Paramount|ORG|Paramount Pictures]] said. Glass Tigers, the film, took $61 million "
        "in its first three days.\n",
    ),
    (
        "own-ent36w-05",
        "2026-12-02",
        "The Ballon d'Or went to [[Lucas Morandi|PERSON]] on Monday night in [[Paris|GPE]]. "
        "The [[Italian|NORP]] midfielder scored 19 goals for [[Juventus|ORG]] last season.\n",
    ),
    (
        "own-ent36w-06",
        "2026-10-10",
        "The [[Norwegian Nobel Committee|ORG]] awarded the Nobel Peace Prize to "
        "[[Amina Diallo|PERSON]] of [[Mali|GPE]]. The [[Nobel Foundation|ORG]] said the prize "
        "money would be 11 million kronor.\n",
    ),
    (
        "own-ent36w-07",
        "2026-07-02",
        "Farmers in [[Punjab|GPE]] sowed Kharif crops after the Monsoon arrived a week late, "
        "the [[India Meteorological Department|ORG]] said.\n",
    ),
    (
        "own-ent36w-08",
        "2026-03-18",
        "The AI boom lifted chip stocks on Wednesday, and the ESG fund run by "
        "[[Brantwood Capital|ORG]] grew 4%. Demand for LNG and EVs rose in [[Japan|GPE]].\n",
    ),
    (
        "own-ent36w-09",
        "2026-09-09",
        "The Auditor-General said waste at the [[Ministry of Health|ORG]] rose to 2.1 billion "
        "shillings. [[Kenya|GPE]]'s [[National Treasury|ORG]] said it would respond.\n",
    ),
    (
        "own-ent36w-10",
        "2026-02-16",
        "The album Northern Static won the Grammy Award for best rock album. "
        "[[Halden Records|ORG]] said the band would tour [[Europe|LOC]] in May.\n",
    ),
    (
        "own-ent36w-11",
        "2026-04-04",
        "The opera Red Lanterns opens at the [[Royal Opera House|FAC]] in [[London|GPE]] "
        "next week. Tickets sold out in two hours, the house said.\n",
    ),
    (
        "own-ent36w-12",
        "2026-06-01",
        "[[Vantor Studios|ORG]] said the series Iron Coast would return for a third season. "
        "The show's star, [[Dev Malhotra|PERSON]], signed a new contract.\n",
    ),
    (
        "own-ent36w-13",
        "2026-10-22",
        "Rabi sowing began early in [[Madhya Pradesh|GPE]] after good rains. The state's "
        "Agriculture Minister said wheat would cover 6 million hectares.\n",
    ),
    (
        "own-ent36w-14",
        "2026-08-14",
        "The Surveyor General said new maps of the coast would be ready in 2027. The "
        "[[Department of Lands|ORG]] will pay for the work.\n",
    ),
    (
        "own-ent36w-15",
        "2026-03-02",
        "Prices of LNG cargoes to [[Asia|LOC]] fell 8% last week. [[Qatar|GPE]]'s "
        "[[QatarEnergy|ORG]] signed a 20-year deal with [[Korea Gas|ORG]].\n",
    ),
    (
        "own-ent36w-16",
        "2026-05-30",
        "The song Paper Moons topped the charts in [[Ireland|GPE]] for a sixth week. The "
        "singer, [[Aoife Brennan|PERSON]], won the Choice Music Prize in March.\n",
    ),
    (
        "own-ent36w-17",
        "2026-11-28",
        "The [[Tate|ORG]] bought the painting The Weavers for £4 million, the gallery said. "
        "It will hang in [[Liverpool|GPE]] from spring.\n",
    ),
    (
        "own-ent36w-18",
        "2026-09-25",
        "[[Ravenwood Pictures|ORG]] will release Last Light in [[India|GPE]] on October 3. "
        "The film was shot in [[Kerala|GPE]] during the monsoon.\n",
    ),
    (
        "own-ent36w-19",
        "2026-01-20",
        "Sales of EVs in [[Norway|GPE]] reached 94% of new cars, the "
        "[[Norwegian Road Federation|ORG]] said. [[Tesla|ORG]] sold the most.\n",
    ),
    (
        "own-ent36w-20",
        "2026-06-12",
        "The Director-General said the agency would cut 300 jobs. The "
        "[[World Health Organization|ORG]] faces a budget gap of $1.7 billion.\n",
    ),
    (
        "own-ent36w-21",
        "2026-03-09",
        "The novel The Quiet Ferry won the Orwell Prize for Political Fiction. Its publisher, "
        "[[Marlow House|ORG]], said it would print 50,000 more copies.\n",
    ),
    (
        "own-ent36w-22",
        "2026-08-30",
        "[[Ellis Okafor|PERSON]] won the Golden Boot after 27 goals for [[Arsenal|ORG]]. "
        "The [[Premier League|ORG]] said the award would be handed over on Sunday.\n",
    ),
]

CHECK = [
    (
        "own-ent36w-c01",
        "2026-03-16",
        "The film Dust Choir won the Golden Bear in [[Berlin|GPE]]. Its producer, "
        "[[Lena Vogt|PERSON]], said [[Netflix|ORG]] had bought the rights.\n",
    ),
    (
        "own-ent36w-c02",
        "2026-10-06",
        "The painting Woman in Blue sold for $21 million at [[Sotheby's|ORG]] in "
        "[[Hong Kong|GPE]] on Sunday, the auction house said.\n",
    ),
    (
        "own-ent36w-c03",
        "2026-06-03",
        "[[Sara Lindqvist|PERSON]] won the Pulitzer Prize for Fiction for the novel Winter "
        "Harbour. [[Columbia University|ORG]] announced the prizes on Monday.\n",
    ),
    (
        "own-ent36w-c04",
        "2026-04-21",
        "The ESG rating of [[Halvorsen Energy|ORG]] was cut by [[MSCI|ORG]] after the spill. "
        "Investors said LNG projects would face more questions.\n",
    ),
    (
        "own-ent36w-c05",
        "2026-10-30",
        "Kharif output fell 3% this year, the [[Ministry of Agriculture|ORG]] said. "
        "Farmers in [[Maharashtra|GPE]] lost cotton to late rains.\n",
    ),
    (
        "own-ent36w-c06",
        "2026-02-25",
        "The Attorney-General said the law would be tested in the "
        "[[High Court|ORG]]. [[Kenya|GPE]]'s [[Law Society|ORG|Law Society of Kenya]] opposed it.\n",
    ),
    (
        "own-ent36w-c07",
        "2026-12-14",
        "The album Coastline won the Mercury Prize. The band's label, "
        "[[Northfold Records|ORG]], said vinyl sales tripled in [[Britain|GPE|United Kingdom]].\n",
    ),
    (
        "own-ent36w-c08",
        "2026-05-19",
        "The [[Academy|ORG|Academy of Motion Picture Arts and Sciences]] said the film Orchard "
        "Road would be eligible. Its star, [[Priya Nair|PERSON]], grew up in [[Chennai|GPE]].\n",
    ),
    (
        "own-ent36w-c09",
        "2026-07-11",
        "[[Carlos Ruiz|PERSON]] lifted the Wimbledon Trophy on Sunday, the first "
        "[[Spanish|NORP]] man to win since 2024.\n",
    ),
    (
        "own-ent36w-c10",
        "2026-09-17",
        "The series Harbour Lights drew 12 million viewers on [[BBC|ORG]] One, the "
        "broadcaster said. Its writer, [[Owen Pryce|PERSON]], is [[Welsh|NORP]].\n",
    ),
    (
        "own-ent36w-c11",
        "2026-01-08",
        "The Solicitor-General told parliament that EVs would be exempt from the new toll. "
        "The [[Transport Agency|ORG]] will collect the fees.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
