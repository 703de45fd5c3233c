"""Write eval/own-entities-dev29t.jsonl and eval/own-entities-dev29t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity TYPES (issue 13, session 29,
teams16): teams that no table of football clubs holds, named by their town, county or state,
beside the same towns as places.

The families (ANNOTATION.md "Entities"; eval/README.md: clubs are ORG, national sides GPE):
- baseball and American football box lines with the home team in capitals ("HOUSTON 5 Chicago
  3"), standings tables of them ("BALTIMORE 70 62 .530 4"), records in brackets ("Denver (6-2)");
- English county cricket scores ("Surrey 320 and 145-3"), a player's county in brackets;
- rugby union and league, Australian rules ("Geelong 15.12 (102)"), US college scores;
- match reports with a team's possession ("Crewe's manager"), "X's victory over Y", "at home
  to X", "lost to X";
- the same towns, counties and states as places: datelines, "in X", "X-based", the venue of a
  match, news with no sport.
Written for briefx by hand (session 29, issue 13 types); real towns, counties, leagues and
teams (the knowledge the stage reads), invented players, coaches, officials, events and
figures. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run
on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to the
check file: scored only once, at the end of a session. Run from the project root:
``python eval/build_own_entities_dev29t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev29t.jsonl"
OUT_CHECK = HERE / "own-entities-dev29t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 29t, issue 13 types); baseball, American football, "
    "cricket, rugby, Australian rules and college sport copy and town news with no sport; real "
    "towns, leagues and teams, invented people, events and figures; MIT."
)

CASES = [
    (
        "own-ent29t-01",
        "2026-08-28",
        "BASEBALL - RESULTS ON THURSDAY\n"
        "[[NEW YORK|GPE|New York]] 2026-08-28\n"
        "Results of [[Major League Baseball|ORG]] games on Thursday (home team in capitals):\n"
        "[[American League|ORG]]\n"
        "[[BALTIMORE|ORG|Baltimore Orioles]] 6 [[Seattle|ORG|Seattle Mariners]] 4\n"
        "[[Minnesota|ORG|Minnesota Twins]] 8 [[CLEVELAND|ORG|Cleveland Guardians]] 3\n"
        "[[National League|ORG]]\n"
        "[[HOUSTON|ORG|Houston Astros]] 5 [[Cincinnati|ORG|Cincinnati Reds]] 3\n",
    ),
    (
        "own-ent29t-02",
        "2026-08-29",
        "BASEBALL - STANDINGS\n"
        "[[American League|ORG]] East\n"
        "W L PCT GB\n"
        "[[BALTIMORE|ORG|Baltimore Orioles]] 74 58 .561 -\n"
        "[[TORONTO|ORG|Toronto Blue Jays]] 70 62 .530 4\n"
        "[[TAMPA BAY|ORG|Tampa Bay Rays]] 66 67 .496 8 1/2\n",
    ),
    (
        "own-ent29t-03",
        "2026-08-30",
        "CRICKET - COUNTY CHAMPIONSHIP SCORES\n"
        "[[LONDON|GPE|London]] 2026-08-30\n"
        "Close of play scores on the second day:\n"
        "At [[Chelmsford|GPE]]: [[Essex|ORG|Essex County Cricket Club]] 412-8 dec. "
        "[[Derbyshire|ORG|Derbyshire County Cricket Club]] 198-4.\n"
        "At [[Taunton|GPE]]: [[Somerset|ORG|Somerset County Cricket Club]] 280 and 145-3. "
        "[[Durham|ORG|Durham County Cricket Club]] 301.\n",
    ),
    (
        "own-ent29t-04",
        "2026-09-05",
        "AUSTRALIAN RULES - RESULTS\n"
        "[[MELBOURNE|GPE|Melbourne]] 2026-09-05\n"
        "Results of [[Australian Football League|ORG]] matches on Saturday:\n"
        "[[Geelong|ORG|Geelong Football Club]] 15.12 (102) [[Adelaide|ORG|Adelaide Football "
        "Club]] 10.9 (69)\n"
        "[[Fremantle|ORG|Fremantle Football Club]] 11.10 (76) [[Brisbane|ORG|Brisbane Lions]] "
        "9.8 (62)\n",
    ),
    (
        "own-ent29t-05",
        "2026-11-15",
        "[[Nebraska|ORG|Nebraska Cornhuskers]] beat [[Iowa|ORG|Iowa Hawkeyes]] 31-24 on "
        "Saturday, quarterback [[Cody Harlan|PERSON]] throwing for 280 yards. "
        "[[Iowa|ORG|Iowa Hawkeyes]] had won their previous four games.\n",
    ),
    (
        "own-ent29t-06",
        "2026-10-18",
        "[[Kansas City|ORG|Kansas City Chiefs]] (5-1) host [[Denver|ORG|Denver Broncos]] "
        "(4-2) on Sunday. [[Denver|ORG|Denver Broncos]]'s coach [[Rick Amberly|PERSON]] said "
        "his defence was ready.\n",
    ),
    (
        "own-ent29t-07",
        "2026-02-21",
        "[[Crewe|ORG|Crewe Alexandra F.C.]]'s manager [[Ian Rowbotham|PERSON]] blamed tired "
        "legs after [[Tranmere|ORG|Tranmere Rovers F.C.]]'s 2-1 victory over "
        "[[Crewe|ORG|Crewe Alexandra F.C.]] on Saturday. [[Crewe|ORG|Crewe Alexandra F.C.]] "
        "are at home to [[Gillingham|ORG|Gillingham F.C.]] next week.\n",
    ),
    (
        "own-ent29t-08",
        "2026-04-04",
        "RUGBY LEAGUE - SUPER LEAGUE RESULTS\n"
        "[[St Helens|ORG|St Helens R.F.C.]] 30 [[Warrington|ORG|Warrington Wolves]] 22\n"
        "[[Wigan|ORG|Wigan Warriors]] 18 [[Castleford|ORG|Castleford Tigers]] 18\n"
        "[[Huddersfield|ORG|Huddersfield Giants]] 12 [[Leeds|ORG|Leeds Rhinos]] 40\n",
    ),
    (
        "own-ent29t-09",
        "2026-07-02",
        "[[Texas|ORG|Texas Rangers]] pitcher [[Wade Colquitt|PERSON]] struck out 11 as "
        "[[Texas|ORG|Texas Rangers]] beat [[Oakland|ORG|Oakland Athletics]] 5-2. "
        "[[Oakland|ORG|Oakland Athletics]] have lost six of their last seven games.\n",
    ),
    (
        "own-ent29t-10",
        "2026-06-12",
        "[[Lancashire|ORG|Lancashire County Cricket Club]] lost to "
        "[[Kent|ORG|Kent County Cricket Club]] by six wickets at [[Canterbury|GPE]]. "
        "Leg-spinner [[Omar Qadri|PERSON]] ([[Kent|ORG|Kent County Cricket Club]]) took "
        "5-40 and [[Sam Pendlebury|PERSON]] ([[Lancashire|ORG|Lancashire County Cricket "
        "Club]]) made 88.\n",
    ),
    (
        "own-ent29t-11",
        "2026-01-25",
        "[[Exeter|ORG|Exeter Chiefs]] drew 20-20 with [[Gloucester|ORG|Gloucester Rugby]] in "
        "the [[Premiership|ORG]], and [[Bath|ORG|Bath Rugby]] lost 17-13 to "
        "[[Northampton|ORG|Northampton Saints]].\n",
    ),
    (
        "own-ent29t-12",
        "2026-03-14",
        "College basketball: [[Duke|ORG|Duke Blue Devils]] 78 [[Syracuse|ORG|Syracuse "
        "Orange]] 71; [[Kentucky|ORG|Kentucky Wildcats]] 84 [[Tennessee|ORG|Tennessee "
        "Volunteers]] 80. [[Kentucky|ORG|Kentucky Wildcats]] have won nine straight.\n",
    ),
    (
        "own-ent29t-13",
        "2026-09-10",
        "Hockey: [[Magnitogorsk|ORG|Metallurg Magnitogorsk]] beat [[Omsk|ORG|Avangard Omsk]] "
        "3-2 in overtime in the [[KHL|ORG|Kontinental Hockey League]], and "
        "[[Omsk|ORG|Avangard Omsk]]'s goalie [[Ilya Sorokin|PERSON]] made 40 saves.\n",
    ),
    (
        "own-ent29t-14",
        "2026-05-20",
        "[[HOUSTON|GPE|Houston]], May 20 - Refiners in [[Houston|GPE]] raised output for a "
        "third week, and a [[Denver|GPE]]-based pipeline operator said flows from "
        "[[Kansas City|GPE]] had doubled.\n",
    ),
    (
        "own-ent29t-15",
        "2026-02-03",
        "Storms closed roads across [[Essex|GPE]] and [[Kent|GPE]] on Monday, and "
        "[[Somerset|GPE]] County Council warned of flooding near [[Taunton|GPE]].\n",
    ),
    (
        "own-ent29t-16",
        "2026-03-30",
        "The governor of [[Nebraska|GPE]] signed a farm aid bill, and lawmakers in "
        "[[Iowa|GPE]] and [[Kentucky|GPE]] are weighing similar measures.\n",
    ),
    (
        "own-ent29t-17",
        "2026-08-01",
        "Tourism in [[Geelong|GPE]] and [[Fremantle|GPE]] rose 12 percent last year, the "
        "state agencies said; [[Adelaide|GPE]] airport handled a record 9 million "
        "passengers.\n",
    ),
    (
        "own-ent29t-18",
        "2026-08-30",
        "CRICKET - COUNTY CHAMPIONSHIP SCORES\n"
        "[[LONDON|GPE|London]] 2026-08-30\n"
        "Results in county championship matches on Friday:\n"
        "[[Leicester|GPE]]: [[Leicestershire|ORG|Leicestershire County Cricket Club]] beat "
        "[[Somerset|ORG|Somerset County Cricket Club]] by an innings and 39 runs. "
        "[[Somerset|ORG|Somerset County Cricket Club]] 83 and 174 ([[P. Hallam|PERSON]] "
        "4-38), [[Leicestershire|ORG|Leicestershire County Cricket Club]] 296. "
        "[[Leicestershire|ORG|Leicestershire County Cricket Club]] 22 points, "
        "[[Somerset|ORG|Somerset County Cricket Club]] 4.\n"
        "[[Chester-le-Street|GPE]]: [[Glamorgan|ORG|Glamorgan County Cricket Club]] 259 and "
        "207, [[Durham|ORG|Durham County Cricket Club]] 114 and 81-3.\n",
    ),
    (
        "own-ent29t-19",
        "2026-08-31",
        "[[Leicestershire|ORG|Leicestershire County Cricket Club]] went top of the table, "
        "but title rivals [[Essex|ORG|Essex County Cricket Club]], "
        "[[Derbyshire|ORG|Derbyshire County Cricket Club]] and [[Surrey|ORG|Surrey County "
        "Cricket Club]] all closed in on victory, while [[Kent|ORG|Kent County Cricket Club]] "
        "made up for lost time in their match against [[Nottinghamshire|ORG|Nottinghamshire "
        "County Cricket Club]].\n",
    ),
    (
        "own-ent29t-20",
        "2026-08-30",
        "BASEBALL - GAMES ON FRIDAY\n"
        "[[American League|ORG]]: [[Texas|ORG|Texas Rangers]] at [[Baltimore|ORG|Baltimore "
        "Orioles]], [[Seattle|ORG|Seattle Mariners]] at [[Detroit|ORG|Detroit Tigers]], "
        "[[Oakland|ORG|Oakland Athletics]] at [[Kansas City|ORG|Kansas City Royals]]\n",
    ),
    (
        "own-ent29t-21",
        "2026-11-28",
        "CRICKET - SHEFFIELD SHIELD SCORES\n"
        "[[HOBART|GPE|Hobart]] 2026-11-28\n"
        "Close of play on the third day: [[Tasmania|ORG|Tasmania cricket team]] 352 and "
        "220-3; [[Victoria|ORG|Victoria cricket team]] 404.\n"
        "[[Queensland|ORG|Queensland cricket team]] 198; [[New South Wales|ORG|New South "
        "Wales cricket team]] 245-6.\n",
    ),
    (
        "own-ent29t-22",
        "2026-04-19",
        "AUSTRALIAN RULES - LADDER\n"
        "[[Geelong|ORG|Geelong Football Club]] 6 5 1 0 612 450 136.0 20\n"
        "[[Collingwood|ORG|Collingwood Football Club]] 6 4 2 0 580 470 123.4 16\n"
        "[[Fremantle|ORG|Fremantle Football Club]] 6 3 3 0 501 512 97.9 12\n",
    ),
    (
        "own-ent29t-23",
        "2026-09-27",
        "[[Pittsburgh|ORG|Pittsburgh Steelers]]' quarterback [[Dane Whitlock|PERSON]] "
        "threw three touchdown passes in a 27-10 win at [[Cleveland|ORG|Cleveland Browns]]. "
        "[[Cleveland|ORG|Cleveland Browns]] fell to 1-3.\n",
    ),
    (
        "own-ent29t-24",
        "2026-06-06",
        "Rain washed out play at [[Canterbury|GPE]] on Friday, where a music festival is due "
        "next week, and [[Leicester|GPE]] city council closed two parks in "
        "[[Leicestershire|GPE]].\n",
    ),
]

CHECK = [
    (
        "own-ent29t-c1",
        "2026-08-15",
        "[[PITTSBURGH|ORG|Pittsburgh Pirates]] 7 [[Milwaukee|ORG|Milwaukee Brewers]] 2\n"
        "[[Arizona|ORG|Arizona Diamondbacks]] 4 [[SAN DIEGO|ORG|San Diego Padres]] 3\n",
    ),
    (
        "own-ent29t-c2",
        "2026-07-20",
        "[[Sussex|ORG|Sussex County Cricket Club]] 354 and 120-2; "
        "[[Worcestershire|ORG|Worcestershire County Cricket Club]] 266.\n",
    ),
    (
        "own-ent29t-c3",
        "2026-10-11",
        "[[Collingwood|ORG|Collingwood Football Club]]'s coach said [[Sydney|ORG|Sydney "
        "Swans]] deserved their 95-62 win over [[Collingwood|ORG|Collingwood Football "
        "Club]].\n",
    ),
    (
        "own-ent29t-c4",
        "2026-11-22",
        "[[Ohio State|ORG|Ohio State Buckeyes]] beat [[Michigan|ORG|Michigan Wolverines]] "
        "27-20, and [[Michigan|ORG|Michigan Wolverines]]'s kicker missed twice.\n",
    ),
    (
        "own-ent29t-c5",
        "2026-04-09",
        "Factories in [[Pittsburgh|GPE]] and [[Milwaukee|GPE]] added jobs in March, and a "
        "[[Sussex|GPE]]-based grocer opened stores in [[Ohio|GPE]].\n",
    ),
    (
        "own-ent29t-c6",
        "2026-01-17",
        "[[Leicester|ORG|Leicester Tigers]] 24 [[Sale|ORG|Sale Sharks]] 19: "
        "[[Leicester|ORG|Leicester Tigers]]'s fly-half kicked 14 points at "
        "[[Welford Road|FAC]].\n",
    ),
]


def main() -> None:
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
