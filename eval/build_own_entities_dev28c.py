"""Write eval/own-entities-dev28c.jsonl and eval/own-entities-dev28c-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for lone surnames (issue 13, session 28,
coref13): a person named in full once, then by the surname alone, where the surname is also a
town or a firm, where the model may leave the given name out of the full name's span or type
the full name a body; and firms and places that share a surname's word, which stay what they are.

Business, politics, sport and courts. Written for briefx by hand (session 28, coref13); real
countries and cities as context, invented people, firms, clubs and figures. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]`` (a lone surname's name is the full name).
The CHECK cases go to the check file: scored only once, at the end of a session. Run from the
project root: ``python eval/build_own_entities_dev28c.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev28c.jsonl"
OUT_CHECK = HERE / "own-entities-dev28c-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 28c, issue 13 lone surnames); business, politics, "
    "sport and courts; real countries and cities, invented people, firms, clubs and figures; MIT."
)

CASES = [
    (
        "own-ent28c-01",
        "2026-03-02",
        "President [[Alejandra Marwick|PERSON]] toured the flooded valley on Sunday. "
        "[[Marwick|PERSON|Alejandra Marwick]] promised aid within a week.\n",
    ),
    (
        "own-ent28c-02",
        "2026-05-11",
        "[[Brakko Vendell|PERSON]] won the fourth stage in [[Spain|GPE]] on Saturday. "
        "[[Vendell|PERSON|Brakko Vendell]] now leads the race by 12 seconds.\n",
    ),
    (
        "own-ent28c-03",
        "2026-10-19",
        "[[Zdravo Kellin|PERSON]]'s side lost 2-0 at home on Saturday. "
        "[[Kellin|PERSON|Zdravo Kellin]], who signed a new contract in May, blamed the referee.\n",
    ),
    (
        "own-ent28c-04",
        "2026-02-23",
        "Finance minister [[Erik Halden|PERSON]] resigned on Friday after a row over the budget. "
        "[[Halden|PERSON|Erik Halden]] had been in office since 2021.\n",
    ),
    (
        "own-ent28c-05",
        "2026-06-08",
        "Judge [[Paul Lancaster|PERSON]] jailed [[Kevin Dorrell|PERSON]] for eight years on "
        "Monday. [[Lancaster|PERSON|Paul Lancaster]] said [[Dorrell|PERSON|Kevin Dorrell]] had "
        "shown no remorse.\n",
    ),
    (
        "own-ent28c-06",
        "2026-09-14",
        "Shares in [[Harlow Group|ORG]] fell 4% on Tuesday. Chairman [[Tom Harlow|PERSON]] said "
        "the fall was overdone. [[Harlow|PERSON|Tom Harlow]] told analysts the firm would buy "
        "back shares.\n",
    ),
    (
        "own-ent28c-07",
        "2026-04-27",
        "Goalkeeper [[Sam Warwick|PERSON]] signed a three-year contract with [[Kelby Rovers|ORG]] "
        "on Monday. [[Warwick|PERSON|Sam Warwick]] joined the club in 2019.\n",
    ),
    (
        "own-ent28c-08",
        "2026-11-03",
        "Lawyers for [[Daniela Sorrento|PERSON]] said on Friday she would appeal. "
        "[[Sorrento|PERSON|Daniela Sorrento]] was convicted of bribery in March.\n",
    ),
    (
        "own-ent28c-09",
        "2026-07-21",
        "[[Remko Dalhuisen|PERSON]] of the [[Netherlands|GPE]] won the time trial on Sunday. "
        "[[Dalhuisen|PERSON|Remko Dalhuisen]] finished 20 seconds ahead of the field.\n",
    ),
    (
        "own-ent28c-10",
        "2026-03-30",
        "Union leader [[Rosa Kildare|PERSON]] said the strike at the [[Norvik Energy|ORG]] "
        "plant would last a week. [[Kildare|PERSON|Rosa Kildare]] told reporters the company "
        "had refused to talk.\n",
    ),
    (
        "own-ent28c-11",
        "2026-01-12",
        "Prime Minister [[Tove Arendal|PERSON]] won a confidence vote 88-71 on Monday. "
        "[[Arendal|PERSON|Tove Arendal]]'s coalition holds 91 of the 169 seats.\n",
    ),
    (
        "own-ent28c-12",
        "2026-08-17",
        "[[Luka Brennič|PERSON]] scored twice as [[Olmen|ORG]] beat [[Vastra|ORG]] 3-1 on "
        "Saturday. [[Brennič|PERSON|Luka Brennič]] has 14 goals this season.\n",
    ),
    (
        "own-ent28c-13",
        "2026-05-25",
        "[[Hamid Preston|PERSON]], chief executive of [[Caldera Foods|ORG]], stepped down on "
        "Friday. [[Preston|PERSON|Hamid Preston]] ran the company for nine years.\n",
    ),
    (
        "own-ent28c-14",
        "2026-12-01",
        "Prosecutors charged [[Marta Kellerby|PERSON]] with fraud on Tuesday. "
        "[[Kellerby|PERSON|Marta Kellerby]]'s lawyer said she would plead not guilty.\n",
    ),
    (
        "own-ent28c-15",
        "2026-11-03",
        "[[Cordoba|PERSON|Tavo Cordoba]] hails spirit after late winner\n\n[[MADRID|GPE|Madrid]], "
        "Nov 3 - [[Tavo Cordoba|PERSON]]'s side came from behind to win 2-1 on Sunday. "
        "[[Cordoba|PERSON|Tavo Cordoba]], who signed a new contract in May, praised his "
        "players.\n",
    ),
    (
        "own-ent28c-16",
        "2026-08-30",
        "[[Lindqvist|PERSON|Mats Lindqvist]] out for a month\n\n[[STOCKHOLM|GPE|Stockholm]] - "
        "[[Mats Lindqvist|PERSON]] will miss four weeks with a knee injury, his club said on "
        "Friday. [[Lindqvist|PERSON|Mats Lindqvist]] said he hoped to be back for the derby.\n",
    ),
    (
        "own-ent28c-17",
        "2026-02-16",
        "[[Orleans|PERSON|Dimo Orleans]] sent off in draw\n\n[[SOFIA|GPE|Sofia]] - "
        "[[Dimo Orleans|PERSON]]'s red card cost his team the lead on Sunday. "
        "[[Orleans|PERSON|Dimo Orleans]] said he would not appeal.\n",
    ),
]

CHECK = [
    (
        "own-ent28c-c1",
        "2026-02-09",
        "Senator [[Ana Lincoln|PERSON]] won the runoff on Tuesday with 54% of the vote. "
        "[[Lincoln|PERSON|Ana Lincoln]] thanked volunteers in [[Omaha|GPE]].\n",
    ),
    (
        "own-ent28c-c2",
        "2026-06-15",
        "[[Joost Verhelle|PERSON]]'s team lost 1-0 in [[Ghent|GPE]] on Sunday. "
        "[[Verhelle|PERSON|Joost Verhelle]] said he would not resign.\n",
    ),
    (
        "own-ent28c-c3",
        "2026-10-05",
        "Investor [[Rafael Dunmore|PERSON]] bought a 9% stake in [[Tessen Mining|ORG]] on "
        "Monday. [[Dunmore|PERSON|Rafael Dunmore]] said he planned no takeover.\n",
    ),
    (
        "own-ent28c-c4",
        "2026-04-13",
        "Defence lawyer [[Ines Carvalho|PERSON]] asked the court in [[Porto|GPE]] to drop the "
        "charges. [[Carvalho|PERSON|Ines Carvalho]] said the evidence had been planted.\n",
    ),
    (
        "own-ent28c-c5",
        "2026-09-28",
        "Coach [[Ingrid Solheim|PERSON]] praised her side after the 3-0 win over "
        "[[Fjellby|ORG]]. [[Solheim|PERSON|Ingrid Solheim]] said the team had played well.\n",
    ),
    (
        "own-ent28c-c6",
        "2026-07-06",
        "[[Marek Oldrin|PERSON]] crossed the line first in [[Belgium|GPE]] on Sunday. "
        "[[Oldrin|PERSON|Marek Oldrin]] has won three of the last four races.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
