"""Write eval/own-entities-dev32l.jsonl and eval/own-entities-dev32l-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for one-word names that no full name,
title or table supports (issue 13, session 32, lone19).

The families (ANNOTATION.md "Entities"; a lone surname is a PERSON named by itself):
- a surname alone in sports copy or a quote, with a person's evidence around it: what a player
  does ("Ramos scored twice"), an age, a pronoun after it, a person's possessive ("X's wife",
  "X's goal"), a role in apposition ("X, the striker,");
- a firm named by one word, with a firm's evidence: "X said in a statement", "X shares", "its",
  "X's chief executive", a kind noun before or after it ("the airline X");
- a town, a region or a facility named by one word: "in X", "the mayor of X", "flights at X";
- weak evidence ("X said." alone): the model's label is left as it is;
- a surname beside a firm of the same first word ("Dalton ... Dalton Homes"), where the person's
  own evidence says person.
Written for briefx by hand (session 32, issue 13 types): real places, clubs and leagues,
invented people and firms. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing,
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
The CHECK cases go to the check file: scored only once, at the end of a session. Run from the
project root: ``python eval/build_own_entities_dev32l.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev32l.jsonl"
OUT_CHECK = HERE / "own-entities-dev32l-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 32l, issue 13 one-word names); sports wire, company "
    "news, press releases, Wikinews-style copy; real places and clubs, invented people and "
    "firms; MIT."
)

CASES = [
    # people named by a surname alone
    (
        "own-ent32l-01",
        "2026-10-12",
        "[[Okonkwo|PERSON]] scored twice in the second half as [[Getafe|ORG|Getafe CF]] came "
        "from behind to beat [[Osasuna|ORG|CA Osasuna]] 3-2 on Sunday. The striker has now "
        "scored seven goals in eight games.\n",
    ),
    (
        "own-ent32l-02",
        "2026-11-03",
        "\"We were not good enough today,\" [[Varga|PERSON]] told reporters after the defeat. "
        "[[Varga|PERSON]], 52, said he would not resign.\n",
    ),
    (
        "own-ent32l-03",
        "2026-09-21",
        "[[Lindqvist|PERSON]] saved a penalty in stoppage time to earn [[Hammarby|ORG|Hammarby "
        "IF]] a 1-1 draw. His save kept the club top of the [[Allsvenskan|ORG]].\n",
    ),
    (
        "own-ent32l-04",
        "2026-08-30",
        "[[Brannagh|PERSON]]'s late try sealed a 24-19 win for [[Leinster|ORG|Leinster "
        "Rugby]]. The winger finished with two tries and was named man of the match.\n",
    ),
    (
        "own-ent32l-05",
        "2026-07-14",
        "[[Castellano|PERSON]] resigned on Monday after four years in charge. [[Castellano|"
        "PERSON]]'s wife had urged him to step down, a friend said.\n",
    ),
    (
        "own-ent32l-06",
        "2026-05-02",
        "\"It was the hardest race of my life,\" said [[Moretti|PERSON]], who finished third "
        "behind two [[Kenyan|NORP]] runners in [[Boston|GPE]].\n",
    ),
    (
        "own-ent32l-07",
        "2026-04-19",
        "[[Halloran|PERSON]] struck 86 off 60 balls as [[Somerset|ORG|Somerset County Cricket "
        "Club]] chased down 210. He hit five sixes.\n",
    ),
    # firms named by one word
    (
        "own-ent32l-08",
        "2026-03-10",
        "[[Corvane|ORG]] said in a statement on Tuesday that it would cut 400 jobs at its "
        "plant in [[Leeds|GPE]]. [[Corvane|ORG]] shares fell 6 percent.\n",
    ),
    (
        "own-ent32l-09",
        "2026-02-25",
        "The airline [[Skelly|ORG]] will add 14 routes from [[Dublin|GPE]] next summer, its "
        "chief executive said.\n",
    ),
    (
        "own-ent32l-10",
        "2026-06-05",
        "[[Halvorsen|ORG]]'s chief executive said the firm would double its output of salmon "
        "by 2030. [[Halvorsen|ORG]] employs 2,000 people in [[Norway|GPE]].\n",
    ),
    (
        "own-ent32l-11",
        "2026-01-28",
        "[[Brightwell|ORG]] reported a pre-tax profit of 40 million pounds for the year, and "
        "said its stores in [[Scotland|GPE]] had traded well in December.\n",
    ),
    (
        "own-ent32l-12",
        "2026-09-09",
        "Shares in [[Marrick|ORG]] rose 9 percent after the company won a contract to build "
        "trains for [[Egypt|GPE]].\n",
    ),
    (
        "own-ent32l-13",
        "2026-10-22",
        "[[Tolland|ORG]], which makes packaging for food companies, agreed to buy a rival for "
        "300 million euros.\n",
    ),
    # places and facilities named by one word
    (
        "own-ent32l-14",
        "2026-08-08",
        "Floods cut off roads around [[Kessary|GPE]] on Friday, and the mayor of "
        "[[Kessary|GPE]] asked the army for help.\n",
    ),
    (
        "own-ent32l-15",
        "2026-03-15",
        "Residents of [[Aldmoor|GPE]] were told to keep their windows shut after a fire at a "
        "chemical plant near the town.\n",
    ),
    (
        "own-ent32l-16",
        "2026-11-20",
        "Police in [[Wexley|GPE]] arrested three men after a robbery at a jewellery shop on "
        "Saturday.\n",
    ),
    # weak evidence: the model's label stays
    (
        "own-ent32l-17",
        "2026-06-18",
        "[[Pellegrini|PERSON]] said the team had trained well all week and were ready for the "
        "final against [[Sevilla|ORG|Sevilla FC]].\n",
    ),
    (
        "own-ent32l-18",
        "2026-12-01",
        "[[Ward|PERSON]] will miss the next three matches after he was sent off against "
        "[[Burnley|ORG|Burnley F.C.]].\n",
    ),
    # a surname beside a firm named after the person
    (
        "own-ent32l-19",
        "2026-04-07",
        "[[Dalton Homes|ORG]] said profit rose 12 percent last year. [[Dalton|PERSON]], who "
        "founded the company in 1988, said he would step down as chairman in June.\n",
    ),
    (
        "own-ent32l-20",
        "2026-05-26",
        "[[Reyes Logistics|ORG]] opened a warehouse in [[Monterrey|GPE]] on Monday. "
        "[[Reyes|PERSON]], 61, told staff that his family would keep control of the firm.\n",
    ),
    # the same words, other types around them
    (
        "own-ent32l-21",
        "2026-07-02",
        "[[Kowalczyk|PERSON]] won the stage in a sprint finish, and his team-mate "
        "[[Dumont|PERSON]] took the leader's jersey. [[Dumont|PERSON]] leads by 12 seconds.\n",
    ),
    (
        "own-ent32l-22",
        "2026-02-11",
        "[[Ostrava|GPE]] will host the championships in 2028, the federation said, after "
        "[[Brno|GPE]] withdrew its bid.\n",
    ),
    (
        "own-ent32l-23",
        "2026-09-30",
        "The insurer [[Fenwright|ORG]] said claims from the storm would cost it about 80 "
        "million dollars. [[Fenwright|ORG]] had already raised its prices twice this year.\n",
    ),
    (
        "own-ent32l-24",
        "2026-10-05",
        "[[Akinyemi|PERSON]] was arrested at the airport on Thursday. [[Akinyemi|PERSON]]'s "
        "lawyer said his client denied the charges.\n",
    ),
]

CHECK = [
    (
        "own-ent32l-c1",
        "2026-10-19",
        "[[Nwachukwu|PERSON]] headed the winner in the 88th minute as [[Brentford|ORG|"
        "Brentford F.C.]] beat [[Fulham|ORG|Fulham F.C.]] 2-1. He was booked in the first "
        "half.\n",
    ),
    (
        "own-ent32l-c2",
        "2026-06-22",
        "\"The pitch was difficult,\" said [[Sorensen|PERSON]], 27, who made 45 saves in the "
        "match.\n",
    ),
    (
        "own-ent32l-c3",
        "2026-03-24",
        "[[Quillon|ORG]] said on Monday it would close 30 of its branches. [[Quillon|ORG]] "
        "shares were down 4 percent in early trade.\n",
    ),
    (
        "own-ent32l-c4",
        "2026-08-14",
        "The carmaker [[Varden|ORG]] recalled 12,000 vehicles over a fault in their brakes, "
        "the company said.\n",
    ),
    (
        "own-ent32l-c5",
        "2026-11-11",
        "Heavy snow closed schools in [[Brackley|GPE]] and nearby villages. The mayor of "
        "[[Brackley|GPE]] said roads would reopen on Wednesday.\n",
    ),
    (
        "own-ent32l-c6",
        "2026-05-06",
        "[[Ferreira|PERSON]]'s goal gave [[Benfica|ORG|S.L. Benfica]] a 1-0 win over "
        "[[Braga|ORG|S.C. Braga]]. The midfielder curled the ball into the top corner.\n",
    ),
    (
        "own-ent32l-c7",
        "2026-01-15",
        "[[Ashdown|ORG]] posted a 9 percent rise in revenue, helped by its business in "
        "[[India|GPE]]. Its chief executive said demand remained strong.\n",
    ),
    (
        "own-ent32l-c8",
        "2026-07-21",
        "[[Mbeki|PERSON]] retired from international cricket on Sunday. [[Mbeki|PERSON]], "
        "34, played 80 tests.\n",
    ),
    (
        "own-ent32l-c9",
        "2026-04-28",
        "[[Hollis Foods|ORG]] said sales fell in the first quarter. [[Hollis|PERSON]], who "
        "started the business in his kitchen, said he was not worried.\n",
    ),
    (
        "own-ent32l-c10",
        "2026-09-03",
        "Shares of [[Carradine|ORG]] jumped 11 percent after the miner raised its forecast "
        "for copper output.\n",
    ),
    (
        "own-ent32l-c11",
        "2026-12-04",
        "[[Kuznetsova|PERSON]] beat the top seed in three sets on Friday. She will face "
        "[[Ito|PERSON]] in the semi-final.\n",
    ),
    (
        "own-ent32l-c12",
        "2026-02-02",
        "Police said two people were hurt in a crash near [[Tarnby|GPE]] on Sunday.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
