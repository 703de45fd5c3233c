"""Write eval/own-entities-dev32s.jsonl and eval/own-entities-dev32s-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for the sides of sports copy (issue 13,
session 32, sides20).

The families (ANNOTATION.md "Entities"; where ANNOTATION.md is silent the earlier sets' choices):
- results lines and standings ("Arsenal 2 West Ham 0"): a club named by its city is the club,
  ORG with the club's name (as in sets 26-31); a nation's team named by its country stays GPE
  (OntoNotes, as in the earlier sets' cricket tests and rugby internationals);
- match reports: a match verb's subject and object ("Brighton beat Burnley", "against Sevilla")
  are the sides; a scorer's deed ("Okafor scored twice") makes a PERSON;
- a player with "(Country)" or "of Country" after the surname: the player PERSON, the country
  GPE, also where the surname is a place name ("Preston (Britain)", "Holland (Britain)");
- a city that is not a side: a dateline, a venue after "in"/"at", "the London club": GPE.
Written for briefx by hand (session 32, issue 13 types): real clubs, nations, venues and
events, invented players. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing,
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
The CHECK cases go to the check file: scored only once, at the end of a session. Run from the
project root: ``python eval/build_own_entities_dev32s.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev32s.jsonl"
OUT_CHECK = HERE / "own-entities-dev32s-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 32s, issue 13 sides of sports copy); sports wire of "
    "1996 style and modern; real clubs, nations and venues, invented players; MIT."
)

CASES = [
    (
        "own-ent32s-01",
        "1996-08-17",
        "SOCCER - [[ENGLISH|NORP|English]] LEAGUE RESULTS.\n[[LONDON|GPE|London]] 1996-08-17\n"
        "Results of [[English|NORP]] league matches on Saturday:\n[[Arsenal|ORG|Arsenal F.C.]] 2 "
        "[[West Ham|ORG|West Ham United F.C.]] 0\n[[Blackburn|ORG|Blackburn Rovers F.C.]] 1 "
        "[[Tottenham|ORG|Tottenham Hotspur F.C.]] 2\n[[Coventry|ORG|Coventry City F.C.]] 0 "
        "[[Newcastle|ORG|Newcastle United F.C.]] 3\n",
    ),
    (
        "own-ent32s-02",
        "2026-10-10",
        "[[Burnley|ORG|Burnley F.C.]] were beaten 2-0 at home by [[Brighton|ORG|Brighton & Hove "
        "Albion F.C.]] on Saturday, with [[Ferreira|PERSON]] scoring both goals. Against "
        "[[Burnley|ORG|Burnley F.C.]], [[Brighton|ORG|Brighton & Hove Albion F.C.]] have now won "
        "four in a row.\n",
    ),
    (
        "own-ent32s-03",
        "2026-09-27",
        "[[MADRID|GPE|Madrid]] ([[Reuters|ORG]]) - [[Sevilla|ORG|Sevilla FC]] drew 1-1 against "
        "[[Valencia|ORG|Valencia CF]] on Sunday. [[Okafor|PERSON]] put [[Sevilla|ORG|Sevilla FC]] "
        "ahead before [[Berisha|PERSON]] levelled.\n",
    ),
    (
        "own-ent32s-04",
        "2026-04-14",
        "[[Kovalenko|PERSON]] ([[Ukraine|GPE]]) beat [[Preston|PERSON]] ([[Britain|GPE|United "
        "Kingdom]]) 6-3 7-5 in the second round in [[Stuttgart|GPE]] on Tuesday.\n",
    ),
    (
        "own-ent32s-05",
        "1996-07-11",
        "Leading scores after the first round of the [[Scottish Open|EVENT]] on Thursday "
        "([[Britain|GPE|United Kingdom]] unless stated):\n65 [[Harrington|PERSON]], "
        "[[Lowry|PERSON]] ([[Ireland|GPE]])\n66 [[Marsh|PERSON]] ([[Australia|GPE]]), "
        "[[Devon|PERSON]]\n67 [[Fulton|PERSON]] ([[U.S.|GPE|United States]])\n",
    ),
    (
        "own-ent32s-06",
        "2026-06-05",
        "[[Hampshire|ORG|Hampshire County Cricket Club]] were bowled out for 187 at "
        "[[Southampton|GPE]], [[Dawson|PERSON]] taking four for 31 for [[Sussex|ORG|Sussex "
        "County Cricket Club]].\n",
    ),
    (
        "own-ent32s-07",
        "2026-02-14",
        "[[Ireland|GPE]] beat [[France|GPE]] 24-17 in [[Dublin|GPE]] on Saturday. "
        "[[Ireland|GPE]]'s captain [[Doyle|PERSON]] kicked three penalties.\n",
    ),
    (
        "own-ent32s-08",
        "2026-07-18",
        "[[Lambrecht|PERSON]] of [[Belgium|GPE]] won the 14th stage of the [[Tour de France|"
        "EVENT]] at [[Pau|GPE]] on Saturday, ahead of [[Moreau|PERSON]] of [[France|GPE]].\n",
    ),
    (
        "own-ent32s-09",
        "2026-11-08",
        "[[Hartley|PERSON]] won the [[Brazilian Grand Prix|EVENT|São Paulo Grand Prix]] for "
        "[[McLaren|ORG]] in [[Sao Paulo|GPE|São Paulo]], with [[Ferrari|ORG|Scuderia Ferrari]]'s "
        "[[Rossi|PERSON]] second.\n",
    ),
    (
        "own-ent32s-10",
        "2026-08-22",
        "[[Kiprotich|PERSON]] of [[Kenya|GPE]] won the men's 10,000 metres ahead of "
        "[[Ethiopia|GPE]]'s [[Bekele|PERSON]] and [[Britain|GPE|United Kingdom]]'s "
        "[[Farrow|PERSON]].\n",
    ),
    (
        "own-ent32s-11",
        "2026-11-17",
        "[[Okoro|PERSON]] scored 31 points as [[Denver|ORG|Denver Nuggets]] beat "
        "[[Phoenix|ORG|Phoenix Suns]] 112-104 on Tuesday night. [[Denver|ORG|Denver Nuggets]] "
        "have won six straight.\n",
    ),
    (
        "own-ent32s-12",
        "1996-08-25",
        "BASEBALL - RESULTS.\n[[NEW YORK|GPE|New York City]] 1996-08-25\nResults of games played "
        "on Saturday:\n[[Boston|ORG|Boston Red Sox]] 5 [[Seattle|ORG|Seattle Mariners]] 3\n"
        "[[Texas|ORG|Texas Rangers]] 7 [[Cleveland|ORG|Cleveland Indians]] 4\n[[Baltimore|ORG|"
        "Baltimore Orioles]] 2 [[Minnesota|ORG|Minnesota Twins]] 1\n",
    ),
    (
        "own-ent32s-13",
        "2026-12-02",
        "[[Lindholm|PERSON]] scored twice as [[Toronto|ORG|Toronto Maple Leafs]] beat "
        "[[Montreal|ORG|Montreal Canadiens]] 4-2 at [[Scotiabank Arena|FAC]] on Wednesday.\n",
    ),
    (
        "own-ent32s-14",
        "2026-08-28",
        "[[Chelsea|ORG|Chelsea F.C.]] have signed [[Brazilian|NORP]] winger [[Souza|PERSON]] "
        "from [[Palmeiras|ORG|Sociedade Esportiva Palmeiras]] for 40 million pounds, the "
        "[[London|GPE]] club said on Friday.\n",
    ),
    (
        "own-ent32s-15",
        "2026-11-02",
        "Standings in the [[Spanish|NORP]] first division after Sunday's matches:\n"
        "[[Barcelona|ORG|FC Barcelona]] 10 8 1 1 25 8 25\n[[Real Madrid|ORG]] 10 7 2 1 20 9 23\n"
        "[[Girona|ORG|Girona FC]] 10 6 2 2 18 11 20\n",
    ),
    (
        "own-ent32s-16",
        "2026-10-13",
        "[[Portugal|GPE]] beat [[Croatia|GPE]] 2-1 in [[Lisbon|GPE]] in a friendly on Monday, "
        "with [[Silva|PERSON]] scoring the winner.\n",
    ),
    (
        "own-ent32s-17",
        "2026-03-07",
        "[[LIVERPOOL|GPE|Liverpool]], [[England|GPE]] ([[AP|ORG|Associated Press]]) - "
        "[[Everton|ORG|Everton F.C.]] fans marched through [[Liverpool|GPE]] on Saturday before "
        "the match against [[Leeds|ORG|Leeds United F.C.]].\n",
    ),
    (
        "own-ent32s-18",
        "2026-07-05",
        "[[McKee|PERSON]] holed a 20-foot putt at the last to win the [[Irish Open|EVENT]] by a "
        "stroke from [[Nakamura|PERSON]] of [[Japan|GPE]].\n",
    ),
    (
        "own-ent32s-19",
        "1996-08-03",
        "Men's 100 metres final:\n1. [[Jordan|PERSON]] ([[U.S.|GPE|United States]]) 9.91 "
        "seconds\n2. [[Holland|PERSON]] ([[Britain|GPE|United Kingdom]]) 9.98\n3. "
        "[[Lewis|PERSON]] ([[Jamaica|GPE]]) 10.01\n",
    ),
    (
        "own-ent32s-20",
        "2026-01-10",
        "[[Leicester|ORG|Leicester Tigers]] beat [[Saracens|ORG|Saracens F.C.]] 27-20 at "
        "[[Welford Road|FAC|Welford Road Stadium]], with fly-half [[Ford|PERSON]] kicking 17 "
        "points.\n",
    ),
]

CHECK = [
    (
        "own-ent32s-c1",
        "1996-09-14",
        "SOCCER - [[GERMAN|NORP|German]] LEAGUE RESULTS.\n[[BONN|GPE|Bonn]] 1996-09-14\nResults "
        "of [[German|NORP]] first division matches on Saturday:\n[[Bayern Munich|ORG|FC Bayern "
        "Munich]] 2 [[Hamburg|ORG|Hamburger SV]] 1\n[[Schalke|ORG|FC Schalke 04]] 0 "
        "[[Dortmund|ORG|Borussia Dortmund]] 0\n[[Cologne|ORG|1. FC Köln]] 3 [[Freiburg|ORG|SC "
        "Freiburg]] 1\n",
    ),
    (
        "own-ent32s-c2",
        "2026-10-18",
        "[[Napoli|ORG|SSC Napoli]] were held to a goalless draw against [[Torino|ORG|Torino "
        "FC]] in [[Naples|GPE]] on Sunday, and [[Ricci|PERSON]] missed a late penalty.\n",
    ),
    (
        "own-ent32s-c3",
        "2026-02-12",
        "[[Novak|PERSON]] ([[Czech Republic|GPE]]) beat [[Lyon|PERSON]] ([[France|GPE]]) 7-6 "
        "6-4 in [[Rotterdam|GPE]] on Thursday.\n",
    ),
    (
        "own-ent32s-c4",
        "2026-12-06",
        "[[Australia|GPE]] were 245 for six at the close on the first day of the second test "
        "against [[India|GPE]] in [[Adelaide|GPE]]. [[Carey|PERSON]] was unbeaten on 68.\n",
    ),
    (
        "own-ent32s-c5",
        "2026-11-21",
        "[[Holmstrom|PERSON]] scored twice as [[Edmonton|ORG|Edmonton Oilers]] beat "
        "[[Calgary|ORG|Calgary Flames]] 5-3 on Saturday.\n",
    ),
    (
        "own-ent32s-c6",
        "2026-12-04",
        "[[Boston|ORG|Boston Celtics]] lost 101-98 at [[Milwaukee|ORG|Milwaukee Bucks]] on "
        "Friday despite 34 points from [[Whitfield|PERSON]].\n",
    ),
    (
        "own-ent32s-c7",
        "2026-09-05",
        "[[Leclair|PERSON]] took pole for [[Ferrari|ORG|Scuderia Ferrari]] at the [[Italian "
        "Grand Prix|EVENT]], ahead of [[Williams|ORG|Williams Racing]] driver [[Sato|PERSON]].\n",
    ),
    (
        "own-ent32s-c8",
        "2026-08-30",
        "[[Juventus|ORG|Juventus FC]] have agreed to sell [[Danish|NORP]] midfielder "
        "[[Holm|PERSON]] to [[Tottenham|ORG|Tottenham Hotspur F.C.]], the [[Turin|GPE]] club "
        "said.\n",
    ),
    (
        "own-ent32s-c9",
        "2026-08-15",
        "[[South Africa|GPE]] beat [[New Zealand|GPE]] 26-22 at [[Ellis Park|FAC|Ellis Park "
        "Stadium]], with wing [[Mokoena|PERSON]] scoring two tries.\n",
    ),
    (
        "own-ent32s-c10",
        "2026-08-19",
        "[[Visser|PERSON]] of the [[Netherlands|GPE]] won the women's 5,000 metres ahead of "
        "[[Kenya|GPE]]'s [[Jepkosgei|PERSON]] and [[Chester|PERSON]] of [[Britain|GPE|United "
        "Kingdom]].\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
