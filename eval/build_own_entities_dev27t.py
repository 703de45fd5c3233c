"""Write eval/own-entities-dev27t.jsonl and eval/own-entities-dev27t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity TYPES (issue 13, session 27):
people the model reads as bodies, and teams named by their town.

The families (ANNOTATION.md "Entities"; eval/README.md: clubs are ORG, national sides GPE):
- people after a country's possessive or a role noun ("Chile's delegate X", "Norway's X"), with
  a person's verbs ("X was named best actress", "X resigned"), at festivals, award nights, trade
  talks and in company news naming executives;
- firms and brands named after people, which stay ORG ("X & Y", "X Holdings", listed firms);
- teams named by their town in results inside a line, cricket scores, box scores, "X v Y"
  fixtures, "at home to", "X coach", against towns in datelines and "in X" (GPE);
- natural places and climbs in travel and nature copy (LOC).
Written for briefx by hand (session 27, issue 13 types); real countries, cities and a few real
institutions as context, invented firms, people, clubs' players, events and figures. Annotated
by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to the check file:
scored only once, at the end of a session. Run from the project root:
``python eval/build_own_entities_dev27t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev27t.jsonl"
OUT_CHECK = HERE / "own-entities-dev27t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 27t, issue 13 types); film festival, awards, trade "
    "talks, company, sports results, cricket, travel and nature news; real countries, cities "
    "and institutions, invented firms, people, events and figures; MIT."
)

CASES = [
    (
        "own-ent27t-01",
        "2026-09-06",
        "[[VENICE|GPE|Venice]], Sept 6 - The top prize at the [[Venice Film Festival|EVENT]] "
        "went on Saturday to [[Chile|GPE]]'s [[Matías Quiroga Lenz|PERSON]] for his fourth "
        "feature, and [[Poland|GPE]]'s [[Agnieszka Wolańska|PERSON]] was named best actress. "
        "[[Quiroga Lenz|PERSON|Matías Quiroga Lenz]] thanked his crew.\n",
    ),
    (
        "own-ent27t-02",
        "2026-03-18",
        "[[GENEVA|GPE|Geneva]], March 18 - Talks on fishing subsidies at the "
        "[[World Trade Organization|ORG]] stalled on Wednesday after [[Indonesia|GPE]]'s "
        "delegate [[Rizal Hartono|PERSON]] rejected the draft. [[Kenya|GPE]]'s envoy "
        "[[Wanjiku Mbugua|PERSON]] said poorer members needed more time.\n",
    ),
    (
        "own-ent27t-03",
        "2026-05-12",
        "[[Halvard Logistics|ORG]] said on Tuesday that chief executive [[Sunniva Brekke|PERSON]] "
        "would step down in June. Chief Financial Officer [[Tobias Rennert|PERSON]] will run "
        "the company until a successor is found, chairman [[Eirik Sandvold|PERSON]] said.\n",
    ),
    (
        "own-ent27t-04",
        "2026-11-02",
        "[[NBA|ORG|National Basketball Association]] roundup: [[Houston|ORG|Houston Rockets]] 118, [[Portland|ORG|Portland Trail "
        "Blazers]] 106. [[Dario Kovačević|PERSON]] had 29 points and 11 rebounds for "
        "[[Houston|ORG|Houston Rockets]], which has won five straight.\n",
    ),
    (
        "own-ent27t-05",
        "2026-06-21",
        "[[County Championship|EVENT]]: [[Surrey|ORG|Surrey County Cricket Club]] 344 and 61-3; "
        "[[Somerset|ORG|Somerset County Cricket Club]] 290. [[Surrey|ORG|Surrey County Cricket "
        "Club]] need 98 more runs on the final day.\n",
    ),
    (
        "own-ent27t-06",
        "2026-04-04",
        "Saturday's fixtures: [[Brentford|ORG|Brentford F.C.]] v [[Fulham|ORG|Fulham F.C.]], "
        "[[Burnley|ORG|Burnley F.C.]] v [[Everton|ORG|Everton F.C.]]. [[Burnley|ORG|Burnley "
        "F.C.]] coach [[Piet Vandersloot|PERSON]] said his side was ready.\n",
    ),
    (
        "own-ent27t-07",
        "2026-07-15",
        "[[Kestrel Ridge Outfitters|ORG]] reopened the trail to [[Mount Aldric|LOC]] on "
        "Tuesday after a rockslide. Hikers can again cross the [[Varden Pass|LOC]] and camp at "
        "the mouth of the [[Ostra|LOC|Ostra River]], the operator said.\n",
    ),
    (
        "own-ent27t-08",
        "2026-02-09",
        "[[Morgan Stanley|ORG]] and [[Goldman Sachs|ORG]] led the share sale of [[Aurelio "
        "Bianchi & Figli|ORG]], the [[Florence|GPE]] tailor. [[Aurelio Bianchi|PERSON]], the "
        "founder's grandson, will keep a 30% stake.\n",
    ),
    (
        "own-ent27t-09",
        "2026-10-19",
        "Ice hockey: [[Winnipeg|ORG|Winnipeg Jets]] 4 [[Calgary|ORG|Calgary Flames]] 2. "
        "[[Calgary|ORG|Calgary Flames]] goalie [[Jarno Lehtikari|PERSON]] made 33 saves, and "
        "[[Winnipeg|ORG|Winnipeg Jets]] are at home to [[Edmonton|ORG|Edmonton Oilers]] on "
        "Thursday.\n",
    ),
    (
        "own-ent27t-10",
        "2026-10-20",
        "[[WINNIPEG|GPE|Winnipeg]], Oct 20 - Snow closed schools across [[Winnipeg|GPE]] on "
        "Monday, and the mayor of [[Brandon|GPE]] asked drivers to stay home until the "
        "ploughs had cleared the roads.\n",
    ),
    (
        "own-ent27t-11",
        "2026-01-27",
        "[[Samsung Electronics|ORG]] said [[Yoon Ha-jin|PERSON]], head of its chip unit, would "
        "lead talks with [[Nvidia|ORG]]. [[Nvidia|ORG]] chief executive [[Jensen Huang|PERSON]] "
        "is due in [[Seoul|GPE]] next month.\n",
    ),
    (
        "own-ent27t-12",
        "2026-08-30",
        "Rugby: [[Leicester|ORG|Leicester Tigers]] 27 [[Bath|ORG|Bath Rugby]] 20. [[Bath|ORG|"
        "Bath Rugby]] fly-half [[Rhys Penhallow|PERSON]] kicked five penalties but was sent off "
        "in the 70th minute.\n",
    ),
    (
        "own-ent27t-13",
        "2026-12-01",
        "[[Oakridge Pharma|ORG]] named [[Beatriz Anselmo|PERSON]] as chief scientific officer on "
        "Monday. [[Beatriz Anselmo|PERSON|Beatriz Anselmo]], 47, led vaccine research at "
        "[[Institut Pasteur|ORG]] for nine years.\n",
    ),
    (
        "own-ent27t-14",
        "2026-05-25",
        "The Grand Prix of the [[Cannes Film Festival|EVENT]] went to [[Iran|GPE]]'s [[Reza "
        "Farahani|PERSON]], while [[Senegal|GPE]]'s [[Aminata Ndiaye Sow|PERSON]] won best "
        "director. Jury president [[Lorenza Vitti|PERSON]] praised both films.\n",
    ),
    (
        "own-ent27t-15",
        "2026-03-09",
        "[[Ted Vale|ORG]], the menswear chain, said its sales rose 6% in the quarter. The "
        "brand, founded by [[Edward Vale|PERSON]] in [[Glasgow|GPE]] in 1988, now has 140 "
        "stores.\n",
    ),
    (
        "own-ent27t-16",
        "2026-07-28",
        "The peloton climbs the [[Col de Barrayet|LOC]] on Wednesday before the finish in "
        "[[Luchon|GPE]]. [[Denmark|GPE]]'s [[Mikkel Østergaard|PERSON]] leads "
        "[[Slovenia|GPE]]'s [[Žan Kovač|PERSON]] by 41 seconds.\n",
    ),
]

CHECK = [
    (
        "own-ent27t-c1",
        "2026-02-22",
        "[[BERLIN|GPE|Berlin]], Feb 22 - The [[Berlinale|EVENT]] closed on Sunday with the top "
        "award for [[Mexico|GPE]]'s [[Ximena Olvera|PERSON]]. [[Japan|GPE]]'s [[Haruto "
        "Kisaragi|PERSON]] was named best actor for his role as a fisherman.\n",
    ),
    (
        "own-ent27t-c2",
        "2026-06-03",
        "[[BRUSSELS|GPE|Brussels]], June 3 - [[Vietnam|GPE]]'s negotiator [[Trinh Bao "
        "Chau|PERSON]] said on Wednesday that the [[European Union|ORG]] had offered too little "
        "on rice. [[Thailand|GPE]]'s delegate [[Kittipong Saelim|PERSON]] agreed.\n",
    ),
    (
        "own-ent27t-c3",
        "2026-09-14",
        "Baseball: [[Seattle|ORG|Seattle Mariners]] 6, [[Detroit|ORG|Detroit Tigers]] 2. "
        "[[Seattle|ORG|Seattle Mariners]] are at home to [[Cleveland|ORG|Cleveland Guardians]] "
        "on Tuesday.\n",
    ),
    (
        "own-ent27t-c4",
        "2026-04-16",
        "[[Larkspur Capital|ORG]] said [[Ottilie Marchetti|PERSON]] would join as head of "
        "trading. [[Ottilie Marchetti|PERSON]] resigned from [[Barclays|ORG]] last month.\n",
    ),
    (
        "own-ent27t-c5",
        "2026-08-09",
        "Cricket: [[Durham|ORG|Durham County Cricket Club]] 402-7 dec; [[Essex|ORG|Essex County "
        "Cricket Club]] 211 and 190. [[Durham|ORG|Durham County Cricket Club]] won by an innings "
        "and one run.\n",
    ),
    (
        "own-ent27t-c6",
        "2026-05-05",
        "Temperatures on Monday: [[Madrid|GPE]] 33, [[Seville|GPE]] 39. The heat will ease in "
        "[[Andalusia|GPE]] by Thursday, forecasters said.\n",
    ),
    (
        "own-ent27t-c7",
        "2026-11-11",
        "[[Johnson & Johnson|ORG]] said [[Maren Holtby|PERSON]] would head its medical devices "
        "arm. [[Holtby|PERSON|Maren Holtby]] joined the company from [[Siemens Healthineers|ORG]] "
        "in 2021.\n",
    ),
    (
        "own-ent27t-c8",
        "2026-07-02",
        "Trekkers reach the [[Tamsar Glacier|LOC]] on the third day, crossing the [[Kelden "
        "La|LOC]] pass at 5,100 metres before descending to [[Namdo|GPE]].\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
