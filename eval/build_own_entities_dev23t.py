"""Write eval/own-entities-dev23t.jsonl and eval/own-entities-dev23t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ENTITY TYPES and club NAMES (issue 13,
session 22), dense in the confusions of the pooled held-out board (counts only: ORG->GPE 49, at
least 33 of them clubs named by their city; ORG->PERSON 32; PERSON->ORG 29; 45 club mentions
whose name lacks the football-club suffix or the fuller form written elsewhere).

The families:
- clubs named by their city or place in football copy of several leagues and wire styles: a
  capitalised headline ("SOCCER - LEEDS GO TOP ..."), result lines, scorers with minutes
  ("Norwich - Sargent 12, Sainz 40"), "the visitors", "at home to X", "X's striker/coach/
  goalkeeper", "X, who sit third", standings prose ("X moved two points clear of Y"), fixtures;
  the same city as the place in a dateline or "fans in X";
- head-to-head copy in other sports: American football and basketball teams by city, ice hockey,
  rugby union clubs by town, cricket counties (the county as a place elsewhere);
- English and Scottish clubs named by their English Wikipedia titles ("Leeds United F.C.",
  "Hull City A.F.C.", "Sunderland A.F.C.", "AFC Bournemouth"), short mentions taking the full
  name the document writes ("Leeds" after "Leeds United");
- eponymous law, accounting, consulting and retail firms of two or more words ("Clifford Chance",
  "Grant Thornton", "Perkins Coie", "Susman Godfrey", "Laura Ashley", "Charles Tyrwhitt") beside
  people, and people whose names look like firms', by surname after their full name.
Written for briefx by hand (session 22, issue 13 types); real places, institutions, companies,
clubs and office holders of 2024-2025 as context, invented results, figures, quotations and
minor people. Annotated by ``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md``
inline while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Readings (earlier sets'): a club named after its city is ORG
with its club's English Wikipedia title (dev3, dev14t, dev22t); a national side named by its
country is GPE (dev14t); a league is ORG, a tournament or cup EVENT (dev3); a ground FAC; a
dateline GPE. New reading: a county cricket side named by its county is ORG with the club's
title ("Surrey" -> "Surrey County Cricket Club"), a rugby club by its town ORG ("Bath" -> "Bath
Rugby"). The CHECK cases go to the check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev23t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev23t.jsonl"
OUT_CHECK = HERE / "own-entities-dev23t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 23t, issue 13 types and club names); football match "
    "reports, results and standings from England, Scotland, Spain and France, American football, "
    "basketball, ice hockey, rugby union and county cricket, law, accounting, consulting and "
    "retail firms named after people; real places, institutions, clubs and companies, invented "
    "results, figures, quotations and minor people; MIT."
)

LEEDS = "Leeds United F.C."
NOR = "Norwich City F.C."
SUN = "Sunderland A.F.C."
BRI = "Brighton & Hove Albion F.C."
CEL = "Celtic F.C."
ABD = "Aberdeen F.C."
HRT = "Heart of Midlothian F.C."
KC = "Kansas City Chiefs"
BUF = "Buffalo Bills"
PHI = "Philadelphia Eagles"
CC = "Clifford Chance"
GT = "Grant Thornton"

CASES = [
    (
        "own-ent23t-01",
        "2025-02-22",
        f"SOCCER - [[LEEDS|ORG|{LEEDS}]] GO TOP AFTER LATE WIN AT [[NORWICH|ORG|{NOR}]]\n\n"
        f"[[NORWICH|GPE|Norwich]], [[England|GPE]], Feb 22 ([[Reuters|ORG]]) - [[Leeds United|ORG|"
        f"{LEEDS}]] moved two points clear at the top of the [[Championship|ORG|EFL Championship]] "
        f"with a 3-2 win at [[Norwich City|ORG|{NOR}]] on Saturday. [[Leeds|ORG|{LEEDS}]], who had "
        "trailed at halftime, levelled through [[Joel Piroe|PERSON]] and won it when [[Wilfried "
        f"Gnonto|PERSON]] scored in the 88th minute. [[Norwich|ORG|{NOR}]]'s coach [[Johannes Hoff "
        "Thorup|PERSON]] said his side had been punished for two mistakes. The visitors' "
        "second-half comeback was their fourth of the season. [[Sheffield United|ORG|Sheffield "
        "United F.C.]], who sit second in the table, were held 1-1 at home to [[Hull|ORG|Hull City "
        "A.F.C.]], and [[Burnley|ORG|Burnley F.C.]], third, beat [[Middlesbrough|ORG|Middlesbrough "
        f"F.C.]] 2-0. Fans in [[Norwich|GPE]] had queued for tickets since Thursday. [[Leeds|ORG|"
        f"{LEEDS}]] host [[Sunderland|ORG|{SUN}]] next weekend.\n"
        f"Scorers: [[Norwich|ORG|{NOR}]] - [[Sargent|PERSON|Josh Sargent]] 12, [[Sainz|PERSON|"
        f"Borja Sainz]] 40. [[Leeds|ORG|{LEEDS}]] - [[Piroe|PERSON|Joel Piroe]] 55, [[Rodon|PERSON|"
        "Joe Rodon]] 71, [[Gnonto|PERSON|Wilfried Gnonto]] 88.\n",
    ),
    (
        "own-ent23t-02",
        "2025-04-13",
        "[[LONDON|GPE|London]], April 13 ([[PA|ORG|PA Media]]) - Results of [[Premier League|ORG]] "
        "matches on Sunday:\n"
        "[[Arsenal|ORG|Arsenal F.C.]] 2 [[Brentford|ORG|Brentford F.C.]] 1\n"
        "[[Fulham|ORG|Fulham F.C.]] 0 [[Everton|ORG|Everton F.C.]] 0\n"
        "[[Wolves|ORG|Wolverhampton Wanderers F.C.]] 3 [[Ipswich|ORG|Ipswich Town F.C.]] 1\n"
        f"[[Chelsea|ORG|Chelsea F.C.]] 1 [[Brighton|ORG|{BRI}]] 1\n\n"
        "[[Arsenal|ORG|Arsenal F.C.]] moved two points clear of [[Liverpool|ORG|Liverpool F.C.]], "
        "who play at [[West Ham|ORG|West Ham United F.C.]] on Monday. [[Brentford|ORG|Brentford "
        "F.C.]]'s goalkeeper [[Mark Flekken|PERSON]] made six saves, and [[Fulham|ORG|Fulham F.C.]]"
        "'s striker [[Raul Jimenez|PERSON|Raúl Jiménez]] hit the post twice. [[Everton|ORG|Everton "
        "F.C.]], who sit 15th in the table, have not lost in five games under [[David Moyes|PERSON]]"
        ". [[Ipswich|ORG|Ipswich Town F.C.]]'s manager [[Kieran McKenna|PERSON]] said relegation "
        "was now likely. [[Enzo Maresca|PERSON]] said [[Chelsea|ORG|Chelsea F.C.]] had been unlucky "
        f"not to beat [[Brighton|ORG|{BRI}]]. Police in [[Brighton|GPE]] arrested two men after "
        "the game.\n",
    ),
    (
        "own-ent23t-03",
        "2025-01-05",
        f"[[GLASGOW|GPE|Glasgow]], Jan 5 - [[Celtic|ORG|{CEL}]] extended their lead at the top of "
        "the [[Scottish Premiership|ORG]] to 11 points with a 3-0 win over [[Aberdeen|ORG|"
        f"{ABD}]] at [[Celtic Park|FAC]], with [[Daizen Maeda|PERSON]] scoring twice. [[Rangers|ORG|"
        f"Rangers F.C.]] were beaten 2-1 by [[Hearts|ORG|{HRT}]] at [[Tynecastle|FAC|Tynecastle "
        f"Park]], where [[Hearts|ORG|{HRT}]]' striker [[Lawrence Shankland|PERSON]] scored the "
        "winner in the 79th minute. [[Motherwell|ORG|Motherwell F.C.]]'s manager [[Michael Wimmer|"
        "PERSON]] said his side had been let down by their finishing after [[Kilmarnock|ORG|"
        "Kilmarnock F.C.]] came back to win 2-1 at [[Fir Park|FAC]]. [[Dundee United|ORG|Dundee "
        "United F.C.]] drew 1-1 with [[Hibernian|ORG|Hibernian F.C.]], who had lost at home to [[St "
        f"Mirren|ORG|St Mirren F.C.]] in December. [[Aberdeen|ORG|{ABD}]] travel to [[Dundee|ORG|"
        f"Dundee F.C.]] on Wednesday. Hotels in [[Aberdeen|GPE]] reported a busy weekend, and the "
        "council in [[Dundee|GPE]] said the ground's new stand would open in March.\n",
    ),
    (
        "own-ent23t-04",
        "2025-03-09",
        "[[MADRID|GPE|Madrid]], March 9 ([[Reuters|ORG]]) - [[Villarreal|ORG|Villarreal CF]] beat "
        "[[Sevilla|ORG|Sevilla FC]] 2-1 on Sunday to climb to fifth in [[La Liga|ORG]], with [[Ayoze "
        "Perez|PERSON|Ayoze Pérez]] scoring twice. [[Betis|ORG|Real Betis]] came from behind to win "
        "2-1 at [[Getafe|ORG|Getafe CF]], and [[Girona|ORG|Girona FC]]'s goalkeeper [[Paulo "
        "Gazzaniga|PERSON]] was sent off in a 1-1 draw with [[Valencia|ORG|Valencia CF]]. [[Athletic "
        "Bilbao|ORG]], third, host [[Osasuna|ORG|CA Osasuna]] on Wednesday.\n"
        "In [[France|GPE]], [[Marseille|ORG|Olympique de Marseille]]'s second-half comeback earned "
        "a 3-2 win at [[Lens|ORG|RC Lens]], and [[Lyon|ORG|Olympique Lyonnais]] drew 0-0 with "
        "[[Nice|ORG|OGC Nice]]. [[Lille|ORG|Lille OSC]], who sit fourth, moved a point clear of "
        "[[Monaco|ORG|AS Monaco FC]]. [[Roberto De Zerbi|PERSON]] said [[Marseille|ORG|Olympique de "
        "Marseille]] could still catch [[Paris Saint-Germain|ORG|Paris Saint-Germain F.C.]]. Rain "
        "in [[Valencia|GPE]] had delayed the start of the game by 20 minutes.\n",
    ),
    (
        "own-ent23t-05",
        "2025-01-26",
        "[[KANSAS CITY|GPE|Kansas City, Missouri]], [[Missouri|GPE]], Jan 26 ([[AP|ORG|Associated "
        "Press]]) - [[Patrick Mahomes|PERSON]] threw two touchdown passes as [[Kansas City|ORG|"
        f"{KC}]] beat [[Buffalo|ORG|{BUF}]] 32-29 to reach the [[Super Bowl|EVENT]] for the fifth "
        f"time in six seasons. [[Buffalo|ORG|{BUF}]]'s quarterback [[Josh Allen|PERSON]] ran for "
        "two scores, but the hosts held on after a late interception. [[Philadelphia|ORG|"
        f"{PHI}]], who beat [[Washington|ORG|Washington Commanders]] 55-23 earlier on Sunday, will "
        f"face [[Kansas City|ORG|{KC}]] in [[New Orleans|GPE]] on Feb. 9. [[Eagles|ORG|{PHI}]] "
        f"coach [[Nick Sirianni|PERSON]] said [[Kansas City|ORG|{KC}]]'s defense was the best in "
        "the league. Bars in [[Buffalo|GPE|Buffalo, New York]] stayed open late, and the mayor of "
        "[[Philadelphia|GPE]], [[Cherelle Parker|PERSON]], said the city would hold a watch party."
        "\n",
    ),
    (
        "own-ent23t-06",
        "2025-03-03",
        "[[BOSTON|GPE|Boston]], March 3 - [[Jayson Tatum|PERSON]] scored 34 points as [[Boston|ORG|"
        "Boston Celtics]] beat [[Denver|ORG|Denver Nuggets]] 110-104 on Sunday, ending the visitors' "
        "run of nine straight wins. [[Nikola Jokic|PERSON|Nikola Jokić]] had 28 points for "
        "[[Denver|ORG|Denver Nuggets]], whose coach [[Michael Malone|PERSON]] said his team had "
        "been tired. [[Milwaukee|ORG|Milwaukee Bucks]] lost at home to [[Cleveland|ORG|Cleveland "
        "Cavaliers]], who lead the [[NBA|ORG|National Basketball Association]] with 49 wins.\n"
        "In the [[NHL|ORG|National Hockey League]], [[Connor McDavid|PERSON]] scored twice as "
        "[[Edmonton|ORG|Edmonton Oilers]] beat [[Florida|ORG|Florida Panthers]] 4-3 in overtime. "
        "[[Toronto|ORG|Toronto Maple Leafs]]'s goalie [[Anthony Stolarz|PERSON]] made 31 saves in "
        "a 2-1 win over [[Winnipeg|ORG|Winnipeg Jets]], who sit first overall. Fans in "
        "[[Edmonton|GPE]] watched in bitter cold, and snow in [[Toronto|GPE]] closed schools.\n",
    ),
    (
        "own-ent23t-07",
        "2025-05-18",
        "RUGBY UNION - [[BATH|ORG|Bath Rugby]] GO TOP\n\n"
        "[[LONDON|GPE|London]], May 18 - [[Bath|ORG|Bath Rugby]] beat [[Northampton|ORG|"
        "Northampton Saints]] 31-17 at the [[Recreation Ground|FAC|Recreation Ground (Bath)]] to go "
        "top of the [[Premiership|ORG|Premiership Rugby]]. [[Northampton|ORG|Northampton Saints]]' "
        "director of rugby [[Phil Dowson|PERSON]] said his side had given away too many penalties. "
        "[[Leicester|ORG|Leicester Tigers]], who sit third, won 24-20 at [[Gloucester|ORG|"
        "Gloucester Rugby]], and [[Sale|ORG|Sale Sharks]]'s fly-half [[George Ford|PERSON]] kicked "
        "14 points against [[Saracens|ORG|Saracens F.C.]]\n"
        "Cricket: in the [[County Championship|EVENT]], [[Surrey|ORG|Surrey County Cricket Club]] "
        "beat [[Somerset|ORG|Somerset County Cricket Club]] by seven wickets at [[The Oval|FAC]], "
        "[[Ollie Pope|PERSON]] making 112 not out. [[Essex|ORG|Essex County Cricket Club]] drew "
        "with [[Lancashire|ORG|Lancashire County Cricket Club]], and rain in [[Yorkshire|GPE]] "
        "washed out the last day at [[Headingley|FAC|Headingley Stadium]].\n"
        "[[Durham|ORG|Durham County Cricket Club]] 245 and 180-4 v [[Hampshire|ORG|Hampshire "
        "County Cricket Club]] 310\n",
    ),
    (
        "own-ent23t-08",
        "2025-06-04",
        "[[LONDON|GPE|London]], June 4 ([[Reuters|ORG]]) - [[Slaughter and May|ORG]] and "
        f"[[Clifford Chance|ORG|{CC}]] advised on the 4 billion pound takeover of [[Wood Group|ORG|"
        "John Wood Group]], people familiar with the matter said. [[Clifford Chance|ORG|"
        f"{CC}]] acted for the lenders, and [[Travers Smith|ORG]] advised the board. A spokesperson "
        f"for [[Clifford Chance|ORG|{CC}]] declined to comment. [[Rachel Chance|PERSON]], a "
        "partner at [[Stephenson Harwood|ORG]], said the deal showed lenders were back. "
        "[[Chance|PERSON|Rachel Chance]] added that she expected more bids for engineering firms. "
        "The takeover panel said [[Addleshaw Goddard|ORG]] would act for the pension trustees, and "
        "[[Ken Gilmartin|PERSON]], [[Wood Group|ORG|John Wood Group]]'s chief executive, said the "
        "offer was fair.\n",
    ),
    (
        "own-ent23t-09",
        "2025-04-11",
        "[[WASHINGTON|GPE|Washington, D.C.]], April 11 - [[Perkins Coie|ORG]] and [[Jenner & Block|"
        "ORG]] won temporary orders blocking executive orders aimed at them, and [[Susman "
        "Godfrey|ORG]] filed a similar suit, while [[Paul Weiss|ORG|Paul, Weiss, Rifkind, Wharton & "
        "Garrison]] and [[Skadden|ORG|Skadden, Arps, Slate, Meagher & Flom]] reached deals with the "
        "administration. [[Brad Karp|PERSON]], chairman of [[Paul Weiss|ORG|Paul, Weiss, Rifkind, "
        "Wharton & Garrison]], said the firm had acted to protect its clients. Judge [[Beryl "
        "Howell|PERSON]] said the order against [[Perkins Coie|ORG]] was unconstitutional. [[Dane "
        "Butswinkas|PERSON]] of [[Williams & Connolly|ORG]] represented [[Perkins Coie|ORG]]. "
        "[[Kirkland & Ellis|ORG]] and [[Latham & Watkins|ORG]] later made their own deals. [[Susan "
        "Godfrey|PERSON]], a retired teacher in [[Ohio|GPE]], wrote that she had been confused with "
        "the firm; [[Godfrey|PERSON|Susan Godfrey]] said she received angry calls.\n",
    ),
    (
        "own-ent23t-10",
        "2025-09-15",
        f"[[LONDON|GPE|London]], Sept 15 - Accountancy firm [[Grant Thornton|ORG|{GT}]] was "
        "appointed administrator to the furniture retailer [[Harveys|ORG]], and [[Alvarez & "
        "Marsal|ORG]] will run a sale of its stores. [[Begbies Traynor|ORG]] said insolvencies rose "
        f"8% in the quarter. [[Grant Thornton|ORG|{GT}]] partner [[Mark Baker|PERSON]] said staff "
        f"would be paid. [[Baker|PERSON|Mark Baker]] said [[Grant Thornton|ORG|{GT}]] had already "
        "had approaches from three buyers. Consultants at [[Oliver Wyman|ORG]] said retailers "
        "faced a hard winter, while [[Bain & Company|ORG]] said in a report that online sales had "
        "stalled. [[Sarah Deloitte|PERSON]], who chairs the [[British Retail Consortium|ORG]], said "
        "costs had risen; [[Deloitte|ORG]], the accountancy firm, is not related to her. "
        "[[Helen Dickinson|PERSON]] said the autumn budget would decide many firms' fate.\n",
    ),
    (
        "own-ent23t-11",
        "2025-07-02",
        "[[LONDON|GPE|London]], July 2 - The fashion brand [[Laura Ashley|ORG]] will return to "
        "high streets through a tie-up with [[Next|ORG|Next plc]], while [[Charles Tyrwhitt|ORG]] "
        "reported a 12% rise in sales. [[Ted Baker|ORG]], whose shops closed last year, will be "
        "sold online by [[Frasers Group|ORG]]. [[Mike Ashley|PERSON]]'s group also bought a stake "
        "in [[Hugo Boss|ORG]]. [[Ann Summers|ORG]] said it would open 10 stores. [[Nick Wheeler|"
        "PERSON]], who founded [[Charles Tyrwhitt|ORG]], said shirts were selling again. [[Laura "
        "Ashley|ORG]]'s owner, [[Gordon Brothers|ORG]], said the brand had 40 million customers. "
        "[[Paul Smith|PERSON]], the designer, said he would show in [[Paris|GPE]] in October, and "
        "[[Paul Smith|ORG]] the company reported flat profits.\n",
    ),
]

CHECK = [
    (
        "own-ent23t-c1",
        "2025-03-16",
        "SOCCER - [[STOKE|ORG|Stoke City F.C.]] WIN AT [[LUTON|ORG|Luton Town F.C.]]\n\n"
        "[[LUTON|GPE|Luton]], England, March 16 - [[Stoke City|ORG|Stoke City F.C.]] won 2-0 at "
        "[[Luton|ORG|Luton Town F.C.]] in the [[Championship|ORG|EFL Championship]] on Sunday. "
        "[[Luton|ORG|Luton Town F.C.]]'s manager [[Matt Bloomfield|PERSON]] said the hosts had "
        "been poor. [[Stoke|ORG|Stoke City F.C.]], who sit 18th, host [[Watford|ORG|Watford F.C.]] "
        "on Saturday. Traffic in [[Luton|GPE]] was heavy after the game.\n",
    ),
    (
        "own-ent23t-c2",
        "2025-05-06",
        "[[LONDON|GPE|London]], May 6 - [[Herbert Smith Freehills|ORG]] and [[Macfarlanes|ORG]] "
        "advised on the sale, and [[Pinsent Masons|ORG]] acted for the buyer. [[Tom Masons|"
        "PERSON]], a partner at [[Irwin Mitchell|ORG]], said fees were rising; [[Masons|PERSON|Tom "
        "Masons]] said clients wanted fixed prices.\n",
    ),
    (
        "own-ent23t-c3",
        "2025-04-20",
        "[[PITTSBURGH|GPE|Pittsburgh]], April 20 - [[Pittsburgh|ORG|Pittsburgh Penguins]] beat "
        "[[Boston|ORG|Boston Bruins]] 5-2, and [[Dallas|ORG|Dallas Stars]] lost at home to "
        "[[Colorado|ORG|Colorado Avalanche]]. [[Sidney Crosby|PERSON]] scored twice for the hosts. "
        "Roads in [[Pittsburgh|GPE]] were closed for a marathon.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
