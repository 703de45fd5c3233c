"""Write eval/own-entities-dev37t.jsonl and eval/own-entities-dev37t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for team NAMES of sports whose teams are
places (issue 13, session 37, teams37): Gaelic football and hurling counties ("Kerry" for Kerry
county football team), first-class cricket counties ("Yorkshire" for Yorkshire County Cricket
Club), and North American major-league teams by their city in scoreboards ("Baltimore" for the
Baltimore Orioles).

The families (ANNOTATION.md "Entities": a team's name is its English Wikipedia title; teams are
ORG, national sides GPE by their country, places GPE by their title):
- Gaelic games results lines and reports (All-Ireland and provincial championships, leagues);
- county cricket scoreboards and reports (County Championship, one-day and T20 competitions);
- MLB, NFL and NHL scoreboards and standings by city;
- must stay: the same counties and cities as places (weather, councils, "born in"), a county
  in a rugby or soccer text, national sides by their country.
Written for briefx by hand (session 37, issue 13 names); real counties, cities, leagues and
teams, invented players, scores and events. Annotated by ``shared/eval/ANNOTATION.md`` inline
while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Every third item (n % 3 == 0) goes to the check file: scored
only once, at the end of the session. Run from the project root:
``python eval/build_own_entities_dev37t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev37t.jsonl"
OUT_CHECK = HERE / "own-entities-dev37t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 37t, issue 13 names); Gaelic games, county cricket "
    "and North American major-league results and reports, and county and city news; real "
    "counties, cities, leagues and teams, invented people, scores and events; MIT."
)

ITEMS = [
    (
        "2026-07-27",
        (
            "[[Kerry|ORG|Kerry county football team]] beat [[Dublin|ORG|Dublin county football "
            "team]] by 1-18 to 0-17 in the [[All-Ireland Senior Football Championship|EVENT]] "
            "final at [[Croke Park|FAC]] on Sunday. [[Sean O'Driscoll|PERSON]] kicked seven "
            "points for [[Kerry|ORG|Kerry county football team]].\n"
        ),
    ),
    (
        "2026-07-20",
        (
            "[[Limerick|ORG|Limerick county hurling team]] retained the All-Ireland title with "
            "a 2-24 to 1-21 win over [[Kilkenny|ORG|Kilkenny county hurling team]]. "
            "[[Limerick|ORG|Limerick county hurling team]] manager [[Donal Ryan|PERSON]] said "
            "his hurlers had never played better.\n"
        ),
    ),
    (
        "2026-06-14",
        (
            "[[GAA|ORG|Gaelic Athletic Association]] results, All-Ireland football qualifiers: "
            "[[Tyrone|ORG|Tyrone county football team]] 2-14 [[Mayo|ORG|Mayo county football "
            "team]] 1-13; [[Armagh|ORG|Armagh county football team]] 0-19 "
            "[[Donegal|ORG|Donegal county football team]] 0-16; [[Galway|ORG|Galway county "
            "football team]] 3-10 [[Cavan|ORG|Cavan county football team]] 1-12.\n"
        ),
    ),
    (
        "2026-06-21",
        (
            "Hurling: [[Tipperary|ORG|Tipperary county hurling team]] 1-27 "
            "[[Waterford|ORG|Waterford county hurling team]] 2-20; [[Clare|ORG|Clare county "
            "hurling team]] 0-25 [[Cork|ORG|Cork county hurling team]] 1-19.\n"
        ),
    ),
    (
        "2026-03-15",
        (
            "[[Derry|ORG|Derry county football team]] stayed top of Division One of the "
            "[[National Football League|EVENT|National Football League (Ireland)]] after a "
            "0-15 to 0-11 win over [[Monaghan|ORG|Monaghan county football team]] in "
            "[[Celtic Park|FAC|Celtic Park (Derry)]]. [[Monaghan|ORG|Monaghan county football "
            "team]] are bottom with one point.\n"
        ),
    ),
    (
        "2026-04-12",
        (
            "[[Wexford|ORG|Wexford county hurling team]] hurler [[Conor Doyle|PERSON]] has been "
            "suspended for two games after a red card against [[Galway|ORG|Galway county hurling "
            "team]], the [[GAA|ORG|Gaelic Athletic Association]] said on Thursday.\n"
        ),
    ),
    (
        "2026-05-30",
        (
            "[[County Championship|EVENT]] Division One, close of play on day two: "
            "[[Yorkshire|ORG|Yorkshire County Cricket Club]] 345 and 120-3; "
            "[[Lancashire|ORG|Lancashire County Cricket Club]] 298.\n"
        ),
    ),
    (
        "2026-06-02",
        (
            "[[Surrey|ORG|Surrey County Cricket Club]] beat [[Somerset|ORG|Somerset County "
            "Cricket Club]] by an innings and 42 runs to go 20 points clear at the top of the "
            "[[County Championship|EVENT]]. [[Tom Hartley|PERSON]] took six wickets for "
            "[[Surrey|ORG|Surrey County Cricket Club]].\n"
        ),
    ),
    (
        "2026-07-11",
        (
            "Cricket scoreboard: [[Essex|ORG|Essex County Cricket Club]] 412-8 dec; "
            "[[Kent|ORG|Kent County Cricket Club]] 187 and 201 ([[J. Morris|PERSON]] 5-44). "
            "[[Essex|ORG|Essex County Cricket Club]] won by an innings and 24 runs.\n"
        ),
    ),
    (
        "2026-08-09",
        (
            "[[Glamorgan|ORG|Glamorgan County Cricket Club]] chased down 287 with four wickets "
            "in hand to beat [[Durham|ORG|Durham County Cricket Club]] in the [[One-Day Cup|EVENT|One-Day Cup (England)]]. "
            "[[Rhys Powell|PERSON]] made an unbeaten century.\n"
        ),
    ),
    (
        "2026-06-20",
        (
            "[[Warwickshire|ORG|Warwickshire County Cricket Club]] 178-6 (20 overs) beat "
            "[[Nottinghamshire|ORG|Nottinghamshire County Cricket Club]] 171-9 by seven runs "
            "in the [[T20 Blast|EVENT]]; [[Hampshire|ORG|Hampshire County Cricket Club]] beat "
            "[[Sussex|ORG|Sussex County Cricket Club]] by six wickets.\n"
        ),
    ),
    (
        "2026-09-14",
        (
            "[[Middlesex|ORG|Middlesex County Cricket Club]] were relegated from Division One "
            "of the [[County Championship|EVENT]] after losing to "
            "[[Worcestershire|ORG|Worcestershire County Cricket Club]] by 96 runs.\n"
        ),
    ),
    (
        "2026-08-17",
        (
            "[[Major League Baseball|ORG]] results on Sunday: [[Baltimore|ORG|Baltimore Orioles]] 5 "
            "[[Toronto|ORG|Toronto Blue Jays]] 3; [[Seattle|ORG|Seattle Mariners]] 7 "
            "[[Houston|ORG|Houston Astros]] 2; [[Milwaukee|ORG|Milwaukee Brewers]] 4 "
            "[[St. Louis|ORG|St. Louis Cardinals]] 1.\n"
        ),
    ),
    (
        "2026-08-18",
        (
            "[[Boston|ORG|Boston Red Sox]] pitcher [[Luis Ortega|PERSON]] struck out 11 as "
            "[[Boston|ORG|Boston Red Sox]] beat [[Tampa Bay|ORG|Tampa Bay Rays]] 3-0 in the "
            "[[American League|ORG]]. [[Tampa Bay|ORG|Tampa Bay Rays]] have lost five straight.\n"
        ),
    ),
    (
        "2026-11-23",
        (
            "[[NFL|ORG|National Football League]]: [[Green Bay|ORG|Green Bay Packers]] 27 [[Minnesota|ORG|Minnesota Vikings]] 20; "
            "[[Kansas City|ORG|Kansas City Chiefs]] 31 [[Denver|ORG|Denver Broncos]] 17; "
            "[[Buffalo|ORG|Buffalo Bills]] 24 [[Miami|ORG|Miami Dolphins]] 10.\n"
        ),
    ),
    (
        "2026-11-30",
        (
            "[[NHL|ORG|National Hockey League]] results: [[Edmonton|ORG|Edmonton Oilers]] 4 "
            "[[Calgary|ORG|Calgary Flames]] 2; [[Toronto|ORG|Toronto Maple Leafs]] 3 "
            "[[Montreal|ORG|Montreal Canadiens]] 2 (OT).\n"
        ),
    ),
    (
        "2026-09-07",
        (
            "[[Chicago|ORG|Chicago Cubs]] clinched a playoff place in the [[National "
            "League|ORG]] with a 6-2 win at [[Pittsburgh|ORG|Pittsburgh Pirates]] on Saturday, "
            "[[Marco Diaz|PERSON]] hitting two home runs.\n"
        ),
    ),
    (
        "2026-12-05",
        (
            "[[Storm Bram|EVENT]] left 40,000 homes without power in [[Kerry|GPE|County "
            "Kerry]] and [[Cork|GPE|County Cork]] on Friday, [[ESB Networks|ORG]] said.\n"
        ),
    ),
    (
        "2026-11-10",
        (
            "[[Yorkshire|GPE]] and [[Lancashire|GPE]] will share 300 million pounds for flood "
            "defences, the [[Environment Agency|ORG]] said on Tuesday.\n"
        ),
    ),
    (
        "2026-10-02",
        (
            "The [[Baltimore|GPE]] city council approved 600 million dollars for a new "
            "ballpark on Thursday; the [[Orioles|ORG|Baltimore Orioles]] have played at "
            "[[Camden Yards|FAC|Oriole Park at Camden Yards]] since 1992.\n"
        ),
    ),
    (
        "2026-07-05",
        (
            "[[England|GPE]] beat [[Australia|GPE]] by five wickets at [[Lord's|FAC]] to level "
            "the series. [[Harry Dunn|PERSON]], who plays his county cricket for "
            "[[Yorkshire|ORG|Yorkshire County Cricket Club]], made 88.\n"
        ),
    ),
    (
        "2026-11-15",
        (
            "[[Ireland|GPE]] beat [[Wales|GPE]] 28-17 in [[Dublin|GPE]] on Saturday, with "
            "[[Munster|ORG|Munster Rugby]] wing [[Cian Walsh|PERSON]] scoring two tries.\n"
        ),
    ),
    (
        "2026-09-20",
        (
            "[[Galway|GPE]] will host the [[Volvo Ocean Race|EVENT]] stopover in 2027, "
            "[[Galway City Council|ORG]] said, after [[Cork|GPE]] withdrew its bid.\n"
        ),
    ),
    (
        "2026-05-16",
        (
            "[[Durham|GPE]] police said a man had been arrested after a break-in at a shop in "
            "the city centre on Friday night.\n"
        ),
    ),
    (
        "2026-08-02",
        (
            "[[Tipperary|ORG|Tipperary county hurling team]] full-back [[Padraig Quinlan|PERSON]] "
            "was named [[GAA|ORG|Gaelic Athletic Association]] hurler of the month after "
            "wins over [[Offaly|ORG|Offaly county hurling team]] and [[Laois|ORG|Laois county "
            "hurling team]].\n"
        ),
    ),
    (
        "2026-08-30",
        (
            "Second day: [[Northamptonshire|ORG|Northamptonshire County Cricket Club]] 256 "
            "([[Ben Carter|PERSON]] 91); [[Leicestershire|ORG|Leicestershire County Cricket "
            "Club]] 88-2. Rain cut 40 overs from the day's play.\n"
        ),
    ),
    (
        "2026-10-20",
        (
            "[[Los Angeles|ORG|Los Angeles Dodgers]] beat [[New York|ORG|New York Yankees]] 4-2 "
            "in Game 2 of the [[World Series|EVENT]] behind seven shutout innings from "
            "[[Kenji Mori|PERSON]].\n"
        ),
    ),
]

CASES = [(f"own-ent37t-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if n % 3]
CHECK = [(f"own-ent37t-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if not n % 3]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
