"""Write eval/own-people-dev40b.jsonl and eval/own-people-dev40b-check.jsonl (FORMAT.md, entities
only): more well-known people by their English Wikipedia titles, and the short forms copy writes
of their names (issue 13, session 40, people40b).

The family (ANNOTATION.md "Entities": a name is its English Wikipedia title; titles and ranks stay
outside PERSON spans):
- lone surnames of sportspeople of 1996 wire copy the first table lacked (football of the
  European leagues, baseball, ice hockey, basketball, tennis beyond the top 30) and of 2025;
- a short form whose title adds words after the written name or around it, with the row's office
  beside it ("King Charles" -> "Charles III", "Prince William" -> "William, Prince of Wales",
  "Pope Leo" -> "Pope Leo XIV", "Crown Prince Mohammed" -> "Mohammed bin Salman");
- other spellings copy writes of a whole name (transliterations, short given names:
  "Mohammed Salah" -> "Mohamed Salah", "Volodymyr Zelensky" -> "Volodymyr Zelenskyy");
- business leaders by surname beside their role ("chief executive Musk");
- near them, names that must stay: people whose full name the document writes, surnames of
  people nobody tabled, places and firms that are surnames, a given name with no office word.
Written for briefx by hand (session 40): real people, clubs and places, invented results,
events and figures. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before
briefx was run on any of them. Entities are marked inline (``eval/entity_marks.py``). Case n
with n % 3 == 0 goes to the check file: scored only once, at the end of the session. Run from
the project root: ``python eval/build_own_people_dev40b.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (people40b helper, session 40); CC0"

ALL = [
    (  # 1
        "own-dev40b-football-germany-1996",
        "1996-09-14",
        "[[BONN|GPE|Bonn]] 1996-09-14\n"
        "[[Bierhoff|PERSON|Oliver Bierhoff]] and [[Scholl|PERSON|Mehmet Scholl]] scored in the first half as "
        "[[Bayern Munich|ORG|FC Bayern Munich]] beat [[Hamburg|ORG|Hamburger SV]] 3-1 in the league on Saturday. "
        "[[Elber|PERSON|Giovane Élber]] added a third goal after the break.\n",
        [],
    ),
    (  # 2
        "own-dev40b-football-england-1996",
        "1996-10-19",
        "[[LONDON|GPE|London]] 1996-10-19\n"
        "[[Shearer|PERSON|Alan Shearer]] scored twice for [[Newcastle|ORG|Newcastle United F.C.]] in the league on "
        "Saturday, while [[Solskjaer|PERSON|Ole Gunnar Solskjær]] netted the winner for "
        "[[Manchester United|ORG|Manchester United F.C.]]. [[Ferguson|PERSON|Alex Ferguson]], the Manchester United "
        "manager, said the striker had settled well.\n",
        [],
    ),
    (  # 3
        "own-dev40b-football-italy-1996",
        "1996-11-03",
        "[[MILAN|GPE|Milan]] 1996-11-03\n"
        "[[Vieri|PERSON|Christian Vieri]] headed the only goal as [[Juventus|ORG|Juventus FC]] won in the league "
        "on Sunday. [[Lippi|PERSON|Marcello Lippi]] praised his striker, and [[Del Piero|PERSON|Alessandro Del Piero]] "
        "came on for the last 20 minutes. [[Milan|GPE]] was cold and wet.\n",
        [],
    ),
    (  # 4
        "own-dev40b-baseball-1996",
        "1996-08-20",
        "[[NEW YORK|GPE|New York City]] 1996-08-20\n"
        "[[Griffey|PERSON|Ken Griffey Jr.]] hit two home runs and drove in five runs as [[Seattle|ORG|Seattle Mariners]] "
        "beat [[Baltimore|ORG|Baltimore Orioles]] 9-4 in [[Major League Baseball|ORG]] on Tuesday. "
        "[[Ripken|PERSON|Cal Ripken Jr.]] went hitless in four at-bats, and [[Maddux|PERSON|Greg Maddux]] "
        "pitched seven innings for [[Atlanta|ORG|Atlanta Braves]].\n",
        [],
    ),
    (  # 5
        "own-dev40b-ice-hockey-1996",
        "1996-12-02",
        "[[PITTSBURGH|GPE|Pittsburgh]] 1996-12-02\n"
        "[[Lemieux|PERSON|Mario Lemieux]] scored three goals and [[Jagr|PERSON|Jaromír Jágr]] added two assists as the "
        "[[Penguins|ORG|Pittsburgh Penguins]] beat the [[Rangers|ORG|New York Rangers]] 5-2 in the [[NHL|ORG|National Hockey League]] on Sunday. [[Gretzky|PERSON|Wayne Gretzky]] had one assist for "
        "[[New York|ORG|New York Rangers]] on the power play.\n",
        [],
    ),
    (  # 6
        "own-dev40b-basketball-1996",
        "1996-11-25",
        "[[CHICAGO|GPE|Chicago]] 1996-11-25\n"
        "[[Jordan|PERSON|Michael Jordan]] scored 37 points and [[Pippen|PERSON|Scottie Pippen]] had 12 rebounds as the "
        "[[Bulls|ORG|Chicago Bulls]] beat the [[Lakers|ORG|Los Angeles Lakers]] 105-94 in the [[NBA|ORG|National Basketball Association]] on Sunday. [[Rodman|PERSON|Dennis Rodman]] grabbed 15 rebounds.\n",
        [],
    ),
    (  # 7
        "own-dev40b-royals-2025",
        "2025-05-14",
        "[[LONDON|GPE|London]] 2025-05-14\n"
        "King [[Charles|PERSON|Charles III]] met Prime Minister [[Keir Starmer|PERSON]] at [[Buckingham Palace|FAC]] "
        "on Wednesday, a day after Prince [[William|PERSON|William, Prince of Wales]] visited troops in "
        "[[Estonia|GPE]]. A palace spokesman said the king was in good health.\n",
        [],
    ),
    (  # 8
        "own-dev40b-pope-2025",
        "2025-06-02",
        "[[VATICAN CITY|GPE|Vatican City]] 2025-06-02\n"
        "Pope [[Leo|PERSON|Pope Leo XIV]] received [[Ukrainian|NORP]] President "
        "[[Volodymyr Zelensky|PERSON|Volodymyr Zelenskyy]] on Monday and called for talks. "
        "[[Zelensky|PERSON|Volodymyr Zelenskyy]] thanked the pope for his support.\n",
        [],
    ),
    (  # 9
        "own-dev40b-gulf-2025",
        "2025-05-15",
        "[[RIYADH|GPE|Riyadh]] 2025-05-15\n"
        "[[Saudi|NORP]] Crown Prince [[Mohammed|PERSON|Mohammed bin Salman]] hosted [[U.S.|GPE|United States]] "
        "President [[Donald Trump|PERSON]] on Tuesday, and King [[Abdullah|PERSON|Abdullah II of Jordan]] "
        "joined them for talks on [[Gaza|GPE|Gaza Strip]]. Emir [[Tamim|PERSON|Tamim bin Hamad Al Thani]] of "
        "[[Qatar|GPE]] flew in later.\n",
        [],
    ),
    (  # 10
        "own-dev40b-brazil-2025",
        "2025-07-07",
        "[[RIO DE JANEIRO|GPE|Rio de Janeiro]] 2025-07-07\n"
        "President [[Lula|PERSON|Luiz Inácio Lula da Silva]] opened the [[BRICS|ORG]] summit on Sunday. "
        "[[Lula|PERSON|Luiz Inácio Lula da Silva]] said the group would not bow to tariffs. Finance Minister "
        "[[Fernando Haddad|PERSON]] said talks with [[Washington|GPE|Washington, D.C.]] went on.\n",
        [],
    ),
    (  # 11
        "own-dev40b-business-2025",
        "2025-04-23",
        "[[SAN FRANCISCO|GPE|San Francisco]] 2025-04-23\n"
        "[[Tesla|ORG|Tesla, Inc.]] chief executive [[Musk|PERSON|Elon Musk]] said he would spend less time on "
        "government work. [[Nvidia|ORG]] chief executive [[Huang|PERSON|Jensen Huang]] said export rules would cut "
        "sales, and [[Tim Cook|PERSON]] of [[Apple|ORG|Apple Inc.]] met officials in [[Beijing|GPE]].\n",
        [],
    ),
    (  # 12
        "own-dev40b-football-2025",
        "2025-03-16",
        "[[MADRID|GPE|Madrid]] 2025-03-16\n"
        "[[Mohammed Salah|PERSON|Mohamed Salah]] scored twice for [[Liverpool|ORG|Liverpool F.C.]] in the league on "
        "Sunday, and [[Mbappe|PERSON|Kylian Mbappé]] struck in stoppage time for "
        "[[Real Madrid|ORG|Real Madrid CF]]. [[Ancelotti|PERSON|Carlo Ancelotti]] said the striker had been "
        "brilliant.\n",
        [],
    ),
    (  # 13
        "own-dev40b-must-stay-2025",
        "2025-09-10",
        "[[PARIS|GPE|Paris]] 2025-09-10\n"
        "[[Charles Leclerc|PERSON]] visited a school on Wednesday with his brother. [[William|PERSON]], a "
        "teacher at the school, said the pupils had asked about cars. Mayor [[Anne Hidalgo|PERSON]] "
        "spoke to [[Leo Martin|PERSON]], who runs the bakery next door.\n",
        [],
    ),
    (  # 14
        "own-dev40b-cricket-1996",
        "1996-08-24",
        "[[LONDON|GPE|London]] 1996-08-24\n"
        "[[Mullally|PERSON|Alan Mullally]] took three wickets and [[Croft|PERSON|Robert Croft]] two as "
        "[[England|GPE]] bowled out [[Pakistan|GPE]] for 247 in the third test on Saturday. [[Saeed Anwar|PERSON]] "
        "made 74 before he was caught at slip.\n",
        [],
    ),
    (  # 15
        "own-dev40b-tennis-1996",
        "1996-08-28",
        "[[NEW YORK|GPE|New York City]] 1996-08-28\n"
        "Results of first-round matches at the [[U.S. Open|EVENT|1996 US Open (tennis)]] tennis championships on Wednesday:\n"
        "[[Hendrik Dreekmann|PERSON]] ([[Germany|GPE]]) beat [[Slava Dosedel|PERSON|Sláva Doseděl]] "
        "([[Czech Republic|GPE]]) 6-4 6-3 6-2\n"
        "[[Asa Carlsson|PERSON|Åsa Carlsson]] ([[Sweden|GPE]]) beat [[Lori McNeil|PERSON]] ([[U.S.|GPE|United States]]) "
        "6-1 6-3\n",
        [],
    ),
    (  # 16
        "own-dev40b-1996-politics",
        "1996-10-10",
        "[[AMMAN|GPE|Amman]] 1996-10-10\n"
        "King [[Hussein|PERSON|Hussein of Jordan]] met [[Israeli|NORP]] Prime Minister [[Benjamin Netanyahu|PERSON]] "
        "on Thursday, and King [[Fahd|PERSON|Fahd of Saudi Arabia]] sent a message of support. "
        "[[Hussein|PERSON|Hussein of Jordan]] said peace talks must go on.\n",
        [],
    ),
    (  # 17
        "own-dev40b-must-stay-1996",
        "1996-09-02",
        "[[MANCHESTER|GPE|Manchester]] 1996-09-02\n"
        "[[Jordan|GPE]] lodged a complaint on Monday about the league fixture against [[Ferguson|ORG|Ferguson Plc]]'s "
        "works team. [[Peter Shearer|PERSON]], the club secretary, said the goal had been offside.\n",
        [],
    ),
    (  # 18
        "own-dev40b-rugby-1996",
        "1996-11-09",
        "[[LONDON|GPE|London]] 1996-11-09\n"
        "[[Guscott|PERSON|Jeremy Guscott]] scored a try and [[Grayson|PERSON]] kicked three penalty goals as "
        "[[England|GPE]] beat [[Italy|GPE]] 54-21 at [[Twickenham|FAC|Twickenham Stadium]] in a rugby union international on Saturday. "
        "[[Scholl|PERSON]] came on as a replacement in the second half of the league-style game.\n",
        [],
    ),
]

DEV = [c for n, c in enumerate(ALL, 1) if n % 3]
CHECK = [c for n, c in enumerate(ALL, 1) if not n % 3]

if __name__ == "__main__":
    write_sets("own-people-dev40b", DEV, CHECK, SOURCE)
