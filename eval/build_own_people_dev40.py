"""Write eval/own-people-dev40.jsonl and eval/own-people-dev40-check.jsonl (FORMAT.md, entities
only): well-known people by their English Wikipedia titles (issue 13, session 40, people40).

The family (ANNOTATION.md "Entities": a name is its English Wikipedia title):
- a well-known person's full name written without its diacritics ("Goran Ivanisevic" ->
  "Goran Ivanišević", "Jose Maria Olazabal" -> "José María Olazábal");
- a lone surname whose full name the document never writes, in the copy of that person's
  sport and years ("Tendulkar" in 1996 cricket -> "Sachin Tendulkar", "Pogacar" in 2025
  cycling -> "Tadej Pogačar") or beside that person's office ("Prime Minister Tusk");
- near them, names that must stay: people whose full name the document writes (its spelling
  wins), surnames of people nobody tabled, a surname in copy of another sport or none, a
  surname two people of the document share, firms and places that are also surnames.
Written for briefx by hand (session 40): real people, clubs and places, invented results,
events and figures. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before
briefx was run on any of them. Entities are marked inline (``eval/entity_marks.py``). Case n
with n % 3 == 0 goes to the check file: scored only once, at the end of the session. Run from
the project root: ``python eval/build_own_people_dev40.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (people40 helper, session 40); CC0"

ALL = [
    (  # 1
        "own-dev40-tennis-results-1996",
        "1996-08-28",
        "[[NEW YORK|GPE|New York City]] 1996-08-28\n"
        "Results of first-round matches on Wednesday (prefix number denotes seeding):\n"
        "2 - [[Goran Ivanisevic|PERSON|Goran Ivanišević]] ([[Croatia|GPE]]) beat [[Jonas Bjorkman|PERSON|Jonas Björkman]] "
        "([[Sweden|GPE]]) 6-4 6-3 6-2\n"
        "[[Arantxa Sanchez Vicario|PERSON|Arantxa Sánchez Vicario]] ([[Spain|GPE]]) beat [[Barbara Paulus|PERSON]] "
        "([[Austria|GPE]]) 6-1 6-3\n"
        "[[Petr Korda|PERSON]] ([[Czech Republic|GPE]]) beat [[Carlos Moya|PERSON|Carlos Moyá]] ([[Spain|GPE]]) 7-6 6-4 6-3\n",
        [],
    ),
    (  # 2
        "own-dev40-tennis-report-1996",
        "1996-07-05",
        "[[LONDON|GPE|London]] 1996-07-05\n"
        "Top seed [[Hingis|PERSON|Martina Hingis]] was knocked out of the women's doubles on Friday, a day after "
        "[[Novotna|PERSON|Jana Novotná]] beat her in straight sets in the singles. [[Novotna|PERSON|Jana Novotná]], "
        "the fourth seed, plays [[Steffi Graf|PERSON]] in the semi-finals. \"I served well,\" "
        "[[Novotna|PERSON|Jana Novotná]] said of her tennis.\n",
        [],
    ),
    (  # 3
        "own-dev40-golf-report-1996",
        "1996-06-09",
        "[[CRANS-MONTANA|GPE|Crans-Montana]], [[Switzerland|GPE]] 1996-06-09\n"
        "[[Olazabal|PERSON|José María Olazábal]] shot a five-under-par 66 to take a two-stroke lead after the "
        "third round, with [[Langer|PERSON|Bernhard Langer]] and [[Montgomerie|PERSON|Colin Montgomerie]] tied "
        "second. [[Olazabal|PERSON|José María Olazábal]] had four birdies on the back nine of the golf course.\n",
        [],
    ),
    (  # 4
        "own-dev40-cycling-1996",
        "1996-07-12",
        "[[PAMPLONA|GPE|Pamplona]], [[Spain|GPE]] 1996-07-12\n"
        "[[Indurain|PERSON|Miguel Induráin]] lost more time to [[Riis|PERSON|Bjarne Riis]] in the Tour de France on "
        "Friday as the Dane kept the yellow jersey after the stage to [[Pamplona|GPE]]. "
        "[[Rominger|PERSON|Tony Rominger]] finished third on the stage, ahead of [[Abraham Olano|PERSON]].\n",
        [],
    ),
    (  # 5
        "own-dev40-cricket-1996",
        "1996-08-10",
        "[[COLOMBO|GPE|Colombo]] 1996-08-10\n"
        "[[Tendulkar|PERSON|Sachin Tendulkar]] made 110 as [[India|GPE]] reached 226 for five wickets in their 50 "
        "overs against [[Sri Lanka|GPE]] on Saturday. [[Azharuddin|PERSON|Mohammad Azharuddin]] added 58 before he "
        "was run out, and [[Jayasuriya|PERSON|Sanath Jayasuriya]] took two wickets for 37 runs.\n",
        [],
    ),
    (  # 6
        "own-dev40-motor-racing-1996",
        "1996-08-25",
        "[[SPA-FRANCORCHAMPS|GPE|Spa]], [[Belgium|GPE]] 1996-08-25\n"
        "[[Schumacher|PERSON|Michael Schumacher]] won the Belgian Grand Prix for [[Ferrari|ORG|Scuderia Ferrari]] on "
        "Sunday, ahead of [[Villeneuve|PERSON|Jacques Villeneuve]] and [[Hakkinen|PERSON|Mika Häkkinen]]. "
        "[[Hill|PERSON|Damon Hill]] finished fifth after a slow pit stop and leads the Formula One drivers' "
        "championship by 13 points.\n",
        [],
    ),
    (  # 7
        "own-dev40-athletics-1996",
        "1996-08-16",
        "[[ZURICH|GPE|Zürich]] 1996-08-16\n"
        "[[Gebrselassie|PERSON|Haile Gebrselassie]] won the 5,000 metres in the grand prix athletics meeting on "
        "Wednesday, and [[Bubka|PERSON|Sergey Bubka]] cleared 6.00 metres in the pole vault. "
        "[[Marie-Jose Perec|PERSON|Marie-José Pérec]] took the 400 metres in 49.69 seconds.\n",
        [],
    ),
    (  # 8
        "own-dev40-skiing-1996",
        "1996-12-22",
        "[[ALTA BADIA|GPE|Alta Badia]], [[Italy|GPE]] 1996-12-22\n"
        "[[Tomba|PERSON|Alberto Tomba]] won a World Cup giant slalom on Sunday, beating "
        "[[Aamodt|PERSON|Kjetil André Aamodt]] by 0.32 seconds. In the women's slalom "
        "[[Pernilla Wiberg|PERSON]] of [[Sweden|GPE]] was second to [[Deborah Compagnoni|PERSON]].\n",
        [],
    ),
    (  # 9
        "own-dev40-chess-1996",
        "1996-05-12",
        "[[DOS HERMANAS|GPE|Dos Hermanas]], [[Spain|GPE]] 1996-05-12\n"
        "World chess champion [[Kasparov|PERSON|Garry Kasparov]] drew with [[Kramnik|PERSON|Vladimir Kramnik]] in "
        "41 moves on Sunday, while [[Topalov|PERSON|Veselin Topalov]] beat [[Anand|PERSON|Viswanathan Anand]] to "
        "share the lead with half a point.\n",
        [],
    ),
    (  # 10
        "own-dev40-tennis-2025",
        "2025-09-07",
        "[[Alcaraz|PERSON|Carlos Alcaraz]] beat [[Sinner|PERSON|Jannik Sinner]] 6-2 3-6 6-1 6-4 on Sunday to win his "
        "sixth Grand Slam title, while [[Swiatek|PERSON|Iga Świątek]] lost in the quarter-finals of the tennis "
        "event to [[Amanda Anisimova|PERSON]].\n",
        [],
    ),
    (  # 11
        "own-dev40-politics-2025",
        "2025-06-24",
        "[[THE HAGUE|GPE|The Hague]], June 24 (Reuters) - Spanish Prime Minister [[Pedro Sanchez|PERSON|Pedro Sánchez]] "
        "said [[Spain|GPE]] would not meet the new spending target. Hungarian Prime Minister "
        "[[Viktor Orban|PERSON|Viktor Orbán]] and Slovak Prime Minister [[Fico|PERSON|Robert Fico]] also voiced "
        "doubts, and Czech President [[Petr Pavel|PERSON]] backed the plan.\n",
        [],
    ),
    (  # 12
        "own-dev40-football-2025",
        "2025-10-19",
        "[[Mbappe|PERSON|Kylian Mbappé]] scored twice as [[Real Madrid|ORG|Real Madrid CF]] beat "
        "[[Getafe|ORG|Getafe CF]] 2-0 in the league on Sunday, and [[Vinicius Junior|PERSON|Vinícius Júnior]] hit the "
        "post. [[Haaland|PERSON|Erling Haaland]] scored his 11th league goal for [[Manchester City|ORG|Manchester City F.C.]]\n",
        [],
    ),
    (  # 13
        "own-dev40-cycling-2025",
        "2025-07-20",
        "[[PARIS|GPE|Paris]], July 20 - [[Pogacar|PERSON|Tadej Pogačar]] won his fourth Tour de France on Sunday, "
        "four minutes ahead of [[Vingegaard|PERSON|Jonas Vingegaard]], after the final stage of the cycling race. "
        "[[Florian Lipowitz|PERSON]] was third.\n",
        [],
    ),
    (  # 14
        "own-dev40-f1-2025",
        "2025-11-09",
        "[[Lando Norris|PERSON]] won the Formula One race in [[Sao Paulo|GPE|São Paulo]] on Sunday from pole "
        "position, with [[Verstappen|PERSON|Max Verstappen]] third after starting from the pit lane. "
        "[[Antonelli|PERSON|Andrea Kimi Antonelli]] was second for [[Mercedes|ORG|Mercedes-AMG Petronas F1 Team]].\n",
        [],
    ),
    (  # 15
        "own-dev40-politics-1996",
        "1996-10-02",
        "[[PRAGUE|GPE|Prague]] 1996-10-02\n"
        "Czech Prime Minister [[Vaclav Klaus|PERSON|Václav Klaus]] met President [[Vaclav Havel|PERSON|Václav Havel]] on "
        "Wednesday to discuss the budget. [[Klaus|PERSON|Václav Klaus]] said the deficit would be small. "
        "Spanish Prime Minister [[Jose Maria Aznar|PERSON|José María Aznar]] is due in [[Prague|GPE]] next week.\n",
        [],
    ),
    (  # 16
        "own-dev40-must-stay-hill",
        "1996-06-16",
        "[[Brian Hill|PERSON]], a local pro, led the qualifying round of the golf event with a 67. "
        "[[Hill|PERSON|Brian Hill]] had six birdies on a par-72 course.\n",
        [],
    ),
    (  # 17
        "own-dev40-must-stay-firms",
        "2025-03-04",
        "Shares of [[Ferrari|ORG|Ferrari N.V.]] rose 2% in [[Milan|GPE]] on Tuesday, and [[Alonso|PERSON]], a local "
        "council member, said the plant would hire 200 workers.\n",
        [],
    ),
    (  # 18
        "own-dev40-rugby-1996",
        "1996-11-23",
        "[[LONDON|GPE|London]] 1996-11-23\n"
        "[[Lomu|PERSON|Jonah Lomu]] was left out of the [[New Zealand|GPE]] side for the rugby Test on Saturday, and "
        "[[Campese|PERSON|David Campese]] kicked two conversions and scored a try as [[Australia|GPE]] beat "
        "[[Italy|GPE]].\n",
        [],
    ),
    (  # 19
        "own-dev40-golf-2025",
        "2025-04-13",
        "[[AUGUSTA|GPE|Augusta, Georgia]], April 13 - [[McIlroy|PERSON|Rory McIlroy]] won the Masters on Sunday "
        "in a play-off, ahead of [[Justin Rose|PERSON]], with [[Scheffler|PERSON|Scottie Scheffler]] fourth. "
        "[[Ludvig Aberg|PERSON|Ludvig Åberg]] finished seventh at five under par in the golf major.\n",
        [],
    ),
    (  # 20
        "own-dev40-athletics-2025",
        "2025-09-15",
        "[[TOKYO|GPE|Tokyo]], Sept 15 - [[Duplantis|PERSON|Armand Duplantis]] set a pole vault world record of "
        "6.30 metres at the athletics world championships on Monday, and [[Kipyegon|PERSON|Faith Kipyegon]] won "
        "the 1,500 metres.\n",
        [],
    ),
    (  # 21
        "own-dev40-football-1996",
        "1996-06-26",
        "[[LONDON|GPE|London]] 1996-06-26\n"
        "[[Shearer|PERSON|Alan Shearer]] scored after three minutes but [[Germany|GPE]] went through to the final "
        "on penalties, [[Andreas Moller|PERSON|Andreas Möller]] scoring the decisive kick in the football "
        "semi-final. [[Klinsmann|PERSON|Jürgen Klinsmann]] watched from the bench.\n",
        [],
    ),
    (  # 22
        "own-dev40-finance-2025",
        "2025-05-08",
        "[[LONDON|GPE|London]], May 8 - [[Bank of England|ORG]] Governor [[Bailey|PERSON|Andrew Bailey]] said "
        "inflation would fall, after the bank cut rates to 4.25%. Finance minister "
        "[[Klingbeil|PERSON|Lars Klingbeil]] of [[Germany|GPE]] welcomed the move.\n",
        [],
    ),
    (  # 23
        "own-dev40-must-stay-sinner",
        "2025-02-11",
        "[[Marco Sinner|PERSON]], a shopkeeper in [[Bolzano|GPE]], said on Tuesday that trade was slow. "
        "[[Sinner|PERSON|Marco Sinner]] said his rent had doubled.\n",
        [],
    ),
    (  # 24
        "own-dev40-tennis-results-1996b",
        "1996-10-25",
        "[[STUTTGART|GPE|Stuttgart]], [[Germany|GPE]] 1996-10-25\n"
        "Results of quarter-final matches at the tennis tournament on Friday:\n"
        "[[Boris Becker|PERSON]] ([[Germany|GPE]]) beat [[Thomas Muster|PERSON]] ([[Austria|GPE]]) 6-4 7-6\n"
        "[[Richard Krajicek|PERSON]] ([[Netherlands|GPE]]) beat [[Marcelo Rios|PERSON|Marcelo Ríos]] ([[Chile|GPE]]) 7-5 6-2\n"
        "[[Pete Sampras|PERSON]] ([[U.S.|GPE|United States]]) beat [[Yevgeny Kafelnikov|PERSON]] ([[Russia|GPE]]) 6-3 6-4\n",
        [],
    ),
]

DEV = [c for n, c in enumerate(ALL, 1) if n % 3]
CHECK = [c for n, c in enumerate(ALL, 1) if not n % 3]

if __name__ == "__main__":
    write_sets("own-people-dev40", DEV, CHECK, SOURCE)
