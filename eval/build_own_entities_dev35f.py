"""Write eval/own-entities-dev35f.jsonl and eval/own-entities-dev35f-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for firms whose names look like people's,
and people whose names look like firms' (issue 13, session 35, firmtypes22).

The families (ANNOTATION.md "Entities": the name is the English Wikipedia title):
- a listed firm named like a person ("Johnson Matthey", "Sime Darby", "Jardine Matheson"),
  told by what it does and has: it cuts jobs or staff, sells a unit or a stake, merges with
  another firm, its shares or profit move, it has a chief executive, "X, the miner";
- two firms joined by "and" that the model may read as one name ("Li Auto and Nio delivered");
- near them, names that must stay people: a person with a firm-like name where the text says
  person (a title, "he", an age, "the designer"), politicians and players named once, a person
  whose given name the tables lack.
Written for briefx by hand (session 35): real firms and places, invented events and invented
people. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run
on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0
goes to the check file: scored only once, at the end of the session. Run from the project
root: ``python eval/build_own_entities_dev35f.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev35f.jsonl"
OUT_CHECK = HERE / "own-entities-dev35f-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 35f, issue 13 firms named like people); company, "
    "market, results, merger, sport and politics copy; real firms and places, invented events "
    "and people; MIT."
)

TEXTS = [
    # 1
    "[[Johnson Matthey|ORG]] said it would cut 400 jobs at its catalyst plants after profit "
    "fell 12%. Chief executive [[Dara Whitcombe|PERSON]] said the cuts were painful.\n",
    # 2
    "[[Sime Darby|ORG]] sold a plantation unit in [[Sabah|GPE]] for $150 million, the "
    "[[Malaysian|NORP]] group said on Monday.\n",
    # 3
    "Shares in [[Jardine Matheson|ORG]] rose 3% in [[Singapore|GPE]] after the conglomerate "
    "raised its dividend.\n",
    # 4
    "[[Liberty Global|ORG]] and [[Telefonica|ORG|Telefónica]] agreed to merge their "
    "[[British|NORP]] mobile businesses, creating a rival to [[BT|ORG|BT Group]].\n",
    # 5
    "[[Li Auto|ORG]] and [[Nio|ORG|NIO Inc.]] delivered more electric cars in October, while "
    "[[BYD|ORG]] kept its lead in [[China|GPE]].\n",
    # 6
    "[[Ralph Lauren|PERSON]], the designer, said he would step back from daily work at the "
    "company that bears his name.\n",
    # 7
    "[[Novo Nordisk|ORG]] will cut 9,000 jobs, about 11% of its workforce, the [[Danish|NORP]] "
    "drugmaker said.\n",
    # 8
    "[[Ro Khanna|PERSON]] objected to the bill, saying it would raise costs for families in "
    "[[California|GPE]].\n",
    # 9
    "[[Hugo Boss|ORG]] cut its sales forecast for the year, and its shares fell 8% in "
    "[[Frankfurt|GPE]]. [[Gerry Weber|ORG]] also warned on profit.\n",
    # 10
    "[[Luka Modric|PERSON|Luka Modrić]] retired from international football on Sunday after "
    "[[Croatia|GPE]] lost to [[Spain|GPE]].\n",
    # 11
    "[[Taylor Wimpey|ORG]] said it built fewer homes in the first half, and rival "
    "[[Barratt Redrow|ORG]] reported a similar fall.\n",
    # 12
    "[[Sterling Okafor|PERSON]], 47, was named chief financial officer of [[Harvey Norman|ORG]], "
    "the [[Australian|NORP]] retailer said.\n",
    # 13
    "[[Wilmar International|ORG]] and [[Olam|ORG|Olam Group]] said they would merge their "
    "grain trading units. [[Wilmar|ORG|Wilmar International]] shares rose 2%.\n",
    # 14
    "[[Fortescue|ORG]], the iron ore miner, said output rose, while [[Andrew Forrest|PERSON]] "
    "told investors he planned to stay as chairman.\n",
    # 15
    "[[Henry Schein|ORG]] sold its stake in a dental software firm, and [[Thermo Fisher|ORG|"
    "Thermo Fisher Scientific]] bought a lab supplier.\n",
    # 16
    "Senator [[Morgan Hale|PERSON]] said she would vote against the budget. [[Hale|PERSON|"
    "Morgan Hale]] has opposed spending cuts since 2022.\n",
    # 17
    "[[Tan Chong Motor|ORG]] cut 300 staff at its assembly plant in [[Selangor|GPE]], the "
    "carmaker said.\n",
    # 18
    "[[Howden Joinery|ORG]] posted a rise in profit and said it would open 30 depots in "
    "[[France|GPE]].\n",
    # 19
    "[[Karim Benzema|PERSON]] scored twice as [[Al-Ittihad|ORG|Al-Ittihad Club]] beat "
    "[[Al-Hilal|ORG|Al Hilal SFC]] 3-1 in [[Jeddah|GPE]].\n",
    # 20
    "[[Balfour Beatty|ORG]] won a £400 million contract to upgrade roads in [[Scotland|GPE]], "
    "the builder said on Tuesday.\n",
    # 21
    "[[Mahindra|ORG|Mahindra & Mahindra]] sold its stake in a truck venture, and "
    "[[Bajaj Auto|ORG]] said its exports rose 20%.\n",
    # 22
    "[[Tamim bin Hamad Al Thani|PERSON]] met [[Emmanuel Macron|PERSON]] in [[Paris|GPE]] to "
    "discuss gas supplies.\n",
    # 23
    "[[Rolls-Royce|ORG]] raised its profit forecast, and [[Melrose|ORG|Melrose Industries]] "
    "shares climbed 4% in [[London|GPE]].\n",
    # 24
    "[[Jollibee|ORG|Jollibee Foods Corporation]] bought a coffee chain in [[South Korea|GPE]], "
    "the [[Philippine|NORP]] fast-food group said.\n",
    # 25
    "[[Estee Lauder|ORG|The Estée Lauder Companies]] said it would cut up to 7,000 jobs as "
    "sales in [[China|GPE]] slowed.\n",
    # 26
    "[[Carl Zeiss|ORG|Carl Zeiss AG]] and [[Robert Bosch|ORG|Robert Bosch GmbH]] agreed to "
    "build a chip tools plant in [[Dresden|GPE]].\n",
    # 27
    "[[Harper Vance|PERSON]], who founded a chain of bakeries, said she was selling it to "
    "[[Greggs|ORG]].\n",
    # 28
    "[[Jones Lang LaSalle|ORG]] cut its office outlook, and [[Savills|ORG]] said deals in "
    "[[London|GPE]] fell.\n",
    # 29
    "[[Anglo American|ORG]] agreed to merge with [[Teck Resources|ORG]], creating a copper "
    "miner worth $53 billion.\n",
    # 30
    "[[Kowalczyk|PERSON|Piotr Kowalczyk]] said he would leave [[Legia Warsaw|ORG]]. "
    "[[Piotr Kowalczyk|PERSON]], 31, has played 200 games for the club.\n",
    # 31
    "[[John Wood Group|ORG]] sold its consulting arm, and [[Kier|ORG|Kier Group]] said "
    "profit rose.\n",
    # 32
    "[[Genting|ORG|Genting Group]] shares fell 5% in [[Kuala Lumpur|GPE]] after the casino "
    "operator reported a loss.\n",
    # 33
    "[[Morgan Stanley|ORG]] analysts said [[Raymond James|ORG|Raymond James Financial]] would "
    "gain from higher rates.\n",
]

DATES = ["2026-11-03", "2026-10-14", "2026-09-22", "2026-08-05", "2026-07-19"]
CASES = [
    (f"own-ent35f-{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 != 0
]
CHECK = [
    (f"own-ent35f-c{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 == 0
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
