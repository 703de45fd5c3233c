"""Held-out set 46 (blind): marked texts of briefs 08-14 and their statements (see
``build_own46_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own46-ho-08", "msf-darfur-cholera", "2025-08-14", "2025-08-14",
        "[[SUDAN|GPE|Sudan]]: CHOLERA SPREADS ACROSS [[DARFUR|LOC|Darfur]] AS RAINS INTENSIFY\n"
        "[[Médecins Sans Frontières|ORG]] project update\n"
        "[[Geneva|GPE]], [[14 August 2025|D|2025-08-14]]\n\n"
        "[[Médecins Sans Frontières|ORG]] ([[MSF|ORG|Médecins Sans Frontières]]) teams treated "
        "[[more than 2,300|count|2300|patient]] cholera patients in [[Darfur|LOC]] in "
        "[[the past week|D|2025-08-07/2025-08-14]], the highest weekly number since the outbreak began. In "
        "[[Tawila|GPE]], [[North Darfur|GPE]], where [[about 380,000|count|380000|person]] people have fled the "
        "fighting around [[El Fasher|GPE]], our cholera treatment centre has [[140|count|140|bed]] beds and is "
        "full. Families in the camps get [[3 litres|quantity|3|l]] of water per person per day, far below the "
        "emergency minimum of [[15 litres|quantity|15|l]].\n\n"
        "“We are seeing whole families arrive at once, some after walking for [[three days|D|P3D]] with no "
        "clean water,” said [[Sylvain Penicaud|PERSON]], [[MSF|ORG|Médecins Sans Frontières]] project "
        "coordinator in [[Tawila|GPE]].\n\n"
        "According to the [[Federal Ministry of Health|ORG|Federal Ministry of Health (Sudan)]], "
        "[[Sudan|GPE]] has recorded [[nearly 100,000|count|100000|case]] suspected cholera cases and "
        "[[2,470|count|2470|death]] deaths since [[July 2024|D|2024-07]].\n\n"
        "[[MSF|ORG|Médecins Sans Frontières]]’s international president, [[Christos Christou|PERSON]], urged the "
        "[[Rapid Support Forces|ORG]] and the [[Sudanese Armed Forces|ORG]] to let aid convoys reach "
        "[[El Fasher|GPE]] and [[Kordofan|LOC]]. He warned that the peak of the rainy season, expected in "
        "[[September|D|2025-09]], could double the number of cases.\n\n"
        "The [[World Health Organization|ORG]] said [[1.4 million|count|1400000|dose]] doses of oral cholera "
        "vaccine had arrived in [[Port Sudan|GPE]] but that access to [[Darfur|LOC]] remained blocked. "
        "[[MSF|ORG|Médecins Sans Frontières]] has spent [[about €4 million|money|4000000|EUR]] on its cholera "
        "response in [[Sudan|GPE]] [[this year|D|2025]].",
        [
            ("Sylvain Penicaud", "say", "We are seeing whole families arrive at once, some after walking for three "
             "days with no clean water", True),
            ("Federal Ministry of Health (Sudan)", "according to", "Sudan has recorded nearly 100,000 suspected "
             "cholera cases and 2,470 deaths since July 2024", False),
            ("Christos Christou", "urge", "the Rapid Support Forces and the Sudanese Armed Forces to let aid "
             "convoys reach El Fasher and Kordofan", False),
            ("Christos Christou", "warn", "the peak of the rainy season, expected in September, could double the "
             "number of cases", False),
            ("World Health Organization", "say", "1.4 million doses of oral cholera vaccine had arrived in Port "
             "Sudan but that access to Darfur remained blocked", False),
        ],
    ),
    (
        "own46-ho-09", "wikinews-malawi-election", "2025-09-24", "2025-09-24",
        "[[Peter Mutharika|PERSON]] wins [[Malawi|GPE]] presidential election\n"
        "[[Wednesday, September 24, 2025|D|2025-09-24]]\n\n"
        "Former president [[Peter Mutharika|PERSON]] has won [[Malawi|GPE]]’s presidential election, the "
        "[[Malawi Electoral Commission|ORG]] ([[MEC|ORG|Malawi Electoral Commission]]) announced "
        "[[today|D|2025-09-24]] in [[Lilongwe|GPE]]. The [[85-year-old|D|P85Y]] leader of the "
        "[[Democratic Progressive Party|ORG|Democratic Progressive Party (Malawi)]] took "
        "[[56.1%|percent|56.1|%]] of the vote, defeating incumbent [[Lazarus Chakwera|PERSON]] of the "
        "[[Malawi Congress Party|ORG]], who won [[33%|percent|33|%]].\n\n"
        "Commission chairperson [[Annabel Mtalimanja|PERSON]] said turnout was [[76.4%|percent|76.4|%]] of the "
        "[[7.2 million|count|7200000|voter]] registered voters. [[Seventeen|count|17|candidate]] candidates "
        "stood in the election, held on [[September 16|D|2025-09-16]].\n\n"
        "[[Chakwera|PERSON|Lazarus Chakwera]] conceded defeat in a broadcast on [[Tuesday|D|2025-09-23]], saying "
        "he respected the will of the people. [[Mutharika|PERSON|Peter Mutharika]], who led the country "
        "[[from 2014 to 2020|D|2014/2020]], pledged to bring inflation, now [[28.2%|percent|28.2|%]], down to "
        "single digits within [[two years|D|P2Y]].\n\n"
        "The [[Southern African Development Community|ORG]] ([[SADC|ORG|Southern African Development "
        "Community]]) said in a statement that the vote had been peaceful and orderly. Its observers had visited "
        "[[more than 1,200|count|1200|polling station]] polling stations.\n\n"
        "[[Malawi|GPE]] has suffered fuel and foreign-currency shortages since the kwacha was devalued by "
        "[[44%|percent|44|%]] in [[November 2023|D|2023-11]]; it has been held at "
        "[[about 1,750 kwacha|money|1750|MWK]] to the dollar since. The [[World Bank|ORG]] estimates that "
        "[[more than 70%|percent|70|%]] of [[Malawians|NORP|Malawian]] live on "
        "[[less than $2.15|money|2.15|USD]] a day.\n\n"
        "[[Mutharika|PERSON|Peter Mutharika]] is expected to be sworn in on [[October 4|D|2025-10-04]] in "
        "[[Blantyre|GPE]].",
        [
            ("Malawi Electoral Commission", "announce", "Former president Peter Mutharika has won Malawi’s "
             "presidential election", False),
            ("Annabel Mtalimanja", "say", "turnout was 76.4% of the 7.2 million registered voters", False),
            ("Lazarus Chakwera", "say", "he respected the will of the people", False),
            ("Peter Mutharika", "pledge", "bring inflation, now 28.2%, down to single digits within two years",
             False),
            ("Southern African Development Community", "say", "the vote had been peaceful and orderly", False),
            ("World Bank", "estimate", "more than 70% of Malawians live on less than $2.15 a day", False),
        ],
    ),
    (
        "own46-ho-10", "wikinews-mexico-judicial-vote", "2025-06-03", "2025-06-03",
        "[[Mexico|GPE]] elects its judges for the [[first|ordinal|1]] time; turnout "
        "[[around 13%|percent|13|%]]\n"
        "[[Tuesday, June 3, 2025|D|2025-06-03]]\n\n"
        "[[Mexico|GPE]] held its [[first|ordinal|1]] popular election of judges on [[Sunday|D|2025-06-01]], "
        "with voters choosing [[881|count|881|post]] federal posts, including all [[nine|count|9|seat]] seats on "
        "the [[Supreme Court of Justice of the Nation|ORG]]. [[About 1,800|count|1800|post]] state posts were "
        "also on the ballot, and [[more than 3,400|count|3400|candidate]] candidates ran for the federal "
        "posts.\n\n"
        "The [[National Electoral Institute|ORG]] ([[INE|ORG|National Electoral Institute]]) estimated turnout "
        "at between [[12.6|percent|12.6|%]] and [[13.3 percent|percent|13.3|%]] of "
        "[[nearly 100 million|count|100000000|voter]] registered voters. [[INE|ORG|National Electoral "
        "Institute]] president [[Guadalupe Taddei|PERSON]] said final results for the court would be announced "
        "by [[June 15|D|2025-06-15]].\n\n"
        "President [[Claudia Sheinbaum|PERSON]], whose [[Morena|ORG]] party pushed through the "
        "[[2024|D|2024]] constitutional reform behind the vote, told reporters on [[Monday|D|2025-06-02]] that "
        "the election had been a success and that [[about 13 million|count|13000000|person]] people had taken "
        "part.\n\n"
        "The opposition [[National Action Party|ORG|National Action Party (Mexico)]] called for the results to "
        "be annulled, and the [[Organization of American States|ORG]] warned that the ballots were too complex "
        "for most voters. Early counts showed [[Hugo Aguilar Ortiz|PERSON]], a [[Mixtec|NORP]] lawyer from "
        "[[Oaxaca|GPE]], leading the race for the court.\n\n"
        "The new judges take office on [[September 1|D|2025-09-01]]. The [[nine|count|9|justice]] justices will "
        "serve terms of [[up to 12 years|D|P12Y]], replacing [[11|count|11|justice]] justices appointed under "
        "the old system.",
        [
            ("National Electoral Institute", "estimate", "turnout at between 12.6 and 13.3 percent of nearly 100 "
             "million registered voters", False),
            ("Guadalupe Taddei", "say", "final results for the court would be announced by June 15", False),
            ("Claudia Sheinbaum", "tell", "the election had been a success and that about 13 million people had "
             "taken part", False),
            ("National Action Party (Mexico)", "call for", "the results to be annulled", False),
            ("Organization of American States", "warn", "the ballots were too complex for most voters", False),
        ],
    ),
    (
        "own46-ho-11", "wikinews-womens-euro-final", "2025-07-28", "2025-07-28",
        "[[England|GPE]] retain European title on penalties against [[Spain|GPE]]\n"
        "[[Monday, July 28, 2025|D|2025-07-28]]\n\n"
        "[[England|GPE]] beat [[Spain|GPE]] [[3|number|3]]–[[1|number|1]] on penalties in the final of "
        "[[Women’s Euro 2025|EVENT|UEFA Women's Euro 2025]] at [[St. Jakob-Park|FAC]] in [[Basel|GPE]], "
        "[[Switzerland|GPE]], on [[Sunday|D|2025-07-27]], after the match ended [[1|number|1]]–[[1|number|1]] "
        "after extra time. It was their [[second|ordinal|2]] successive European title.\n\n"
        "[[Mariona Caldentey|PERSON]] headed [[Spain|GPE]] in front in the [[25th|ordinal|25]] minute and "
        "[[Alessia Russo|PERSON]] equalised in the [[57th|ordinal|57]]. Goalkeeper [[Hannah Hampton|PERSON]] "
        "saved penalties from [[Caldentey|PERSON|Mariona Caldentey]] and [[Aitana Bonmatí|PERSON]] before "
        "[[Chloe Kelly|PERSON]] scored the winning kick.\n\n"
        "“I am so proud of this group. They never stopped believing,” said head coach "
        "[[Sarina Wiegman|PERSON]]. The [[Dutch|NORP]] coach has now won [[three|count|3|title]] European titles "
        "in a row, the [[first|ordinal|1]] of them with the [[Netherlands|GPE]] in [[2017|D|2017]].\n\n"
        "[[Kelly|PERSON|Chloe Kelly]] told the [[BBC|ORG]] she had never doubted the team. [[Spain|GPE]] coach "
        "[[Montse Tomé|PERSON]] said her players had deserved more after holding [[68%|percent|68|%]] of the "
        "ball. She added that the team would learn from the defeat before the next "
        "[[World Cup|EVENT|2027 FIFA Women's World Cup]] in [[Brazil|GPE]] in [[2027|D|2027]].\n\n"
        "[[UEFA|ORG]] said the tournament had drawn a record [[657,291|count|657291|spectator]] spectators, "
        "[[34,203|count|34203|spectator]] of them at the final. The [[Lionesses|ORG|England women's national "
        "football team]] will be welcomed at a reception in [[London|GPE]] on [[Tuesday|D|2025-07-29]].",
        [
            ("Sarina Wiegman", "say", "I am so proud of this group. They never stopped believing", True),
            ("Chloe Kelly", "tell", "she had never doubted the team", False),
            ("Montse Tomé", "say", "her players had deserved more after holding 68% of the ball", False),
            ("Montse Tomé", "add", "the team would learn from the defeat before the next World Cup in Brazil in 2027",
             False),
            ("UEFA", "say", "the tournament had drawn a record 657,291 spectators, 34,203 of them at the final",
             False),
        ],
    ),
    (
        "own46-ho-12", "wire-mexico-gdp-1996", "1996-08-20", "1996-08-20",
        "[[Mexico|GPE]]'s economy grows [[7.2 pct|percent|7.2|%]] in [[second quarter|D|1996-04/1996-06]].\n"
        "[[MEXICO CITY|GPE|Mexico City]] [[1996-08-20|D|1996-08-20]]\n"
        "[[Mexico|GPE]]'s gross domestic product grew [[7.2 percent|percent|7.2|%]] in "
        "[[the second quarter|D|1996-04/1996-06]] from a year earlier, the [[first|ordinal|1]] rise since the peso crisis of "
        "[[December 1994|D|1994-12]], the [[Finance Ministry|ORG|Secretariat of Finance and Public Credit]] said "
        "on [[Monday|D|1996-08-19]].\n"
        "The figure compared with a [[10.5 percent|percent|10.5|%]] contraction in "
        "[[the same quarter of 1995|D|1995-04/1995-06]] and a [[1.0 percent|percent|1|%]] fall in "
        "[[the first quarter|D|1996-01/1996-03]].\n"
        "Finance Secretary [[Guillermo Ortiz|PERSON|Guillermo Ortiz Martínez]] told reporters the economy would "
        "grow [[at least 3 percent|percent|3|%]] in [[1996|D|1996]] after shrinking [[6.2 percent|percent|6.2|%]] "
        "in [[1995|D|1995]].\n"
        "Industrial output rose [[10.9 percent|percent|10.9|%]] in [[June|D|1996-06]], the national statistics "
        "institute [[INEGI|ORG|National Institute of Statistics and Geography]] said.\n"
        "Economists at [[Bancomer|ORG|BBVA México]] forecast growth of [[3.5|percent|3.5|%]] to "
        "[[4 percent|percent|4|%]] in [[the second half|D|1996-07/1996-12]], helped by exports to the "
        "[[United States|GPE]], which rose [[22 percent|percent|22|%]] in [[the first six months|D|1996-01/1996-06]].\n"
        "[[Mexico|GPE]] has repaid [[$7 billion|money|7000000000|USD]] of the [[$12.5 billion|money|12500000000|USD]] "
        "it borrowed from the [[U.S. Treasury|ORG|United States Department of the Treasury]] during the crisis. "
        "The peso closed at [[7.52 pesos|money|7.52|MXN]] per dollar on [[Monday|D|1996-08-19]].\n"
        "President [[Ernesto Zedillo|PERSON]], who will deliver his [[second|ordinal|2]] state of the nation "
        "address on [[September 1|D|1996-09-01]], has said the recovery will create "
        "[[one million|count|1000000|job]] jobs by [[1997|D|1997]].\n"
        "-- [[Mexico City|GPE]] newsroom, +525 728 9554",
        [
            ("Secretariat of Finance and Public Credit", "say", "Mexico's gross domestic product grew 7.2 percent in "
             "the second quarter from a year earlier, the first rise since the peso crisis of December 1994", False),
            ("Guillermo Ortiz Martínez", "tell", "the economy would grow at least 3 percent in 1996 after shrinking "
             "6.2 percent in 1995", False),
            ("National Institute of Statistics and Geography", "say", "Industrial output rose 10.9 percent in June",
             False),
            ("BBVA México", "forecast", "growth of 3.5 to 4 percent in the second half, helped by exports to the "
             "United States, which rose 22 percent in the first six months", False),
            ("Ernesto Zedillo", "say", "the recovery will create one million jobs by 1997", False),
        ],
    ),
    (
        "own46-ho-13", "wire-russian-soccer-1996", "1996-08-25", "1996-08-25",
        "SOCCER - [[RUSSIAN|NORP|Russian]] PREMIER DIVISION RESULTS/STANDINGS.\n"
        "[[MOSCOW|GPE|Moscow]] [[1996-08-25|D|1996-08-25]]\n"
        "Results of [[Russian|NORP]] premier division matches played on [[Saturday|D|1996-08-24]]:\n"
        "[[Spartak Moscow|ORG|FC Spartak Moscow]] [[2|number|2]] [[Rotor Volgograd|ORG|FC Rotor Volgograd]] "
        "[[1|number|1]]\n"
        "[[Alania Vladikavkaz|ORG|FC Alania Vladikavkaz]] [[3|number|3]] [[Lokomotiv Moscow|ORG|FC Lokomotiv "
        "Moscow]] [[0|number|0]]\n"
        "[[Dynamo Moscow|ORG|FC Dynamo Moscow]] [[1|number|1]] [[Zenit St Petersburg|ORG|FC Zenit Saint "
        "Petersburg]] [[1|number|1]]\n"
        "[[CSKA Moscow|ORG|PFC CSKA Moscow]] [[4|number|4]] [[Baltika Kaliningrad|ORG|FC Baltika Kaliningrad]] "
        "[[2|number|2]]\n"
        "[[Torpedo Moscow|ORG|FC Torpedo Moscow]] [[0|number|0]] [[Chernomorets Novorossiysk|ORG|FC Chernomorets "
        "Novorossiysk]] [[0|number|0]]\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, goals against, points):\n"
        "[[Alania Vladikavkaz|ORG|FC Alania Vladikavkaz]] [[24|number|24]] [[16|number|16]] [[5|number|5]] "
        "[[3|number|3]] [[45|number|45]] [[19|number|19]] [[53|number|53]]\n"
        "[[Spartak Moscow|ORG|FC Spartak Moscow]] [[24|number|24]] [[15|number|15]] [[6|number|6]] "
        "[[3|number|3]] [[52|number|52]] [[24|number|24]] [[51|number|51]]\n"
        "[[Rotor Volgograd|ORG|FC Rotor Volgograd]] [[24|number|24]] [[14|number|14]] [[5|number|5]] "
        "[[5|number|5]] [[40|number|40]] [[22|number|22]] [[47|number|47]]\n"
        "[[Dynamo Moscow|ORG|FC Dynamo Moscow]] [[24|number|24]] [[12|number|12]] [[8|number|8]] "
        "[[4|number|4]] [[38|number|38]] [[25|number|25]] [[44|number|44]]\n"
        "[[Lokomotiv Moscow|ORG|FC Lokomotiv Moscow]] [[24|number|24]] [[11|number|11]] [[7|number|7]] "
        "[[6|number|6]] [[33|number|33]] [[24|number|24]] [[40|number|40]]\n"
        "[[Spartak|ORG|FC Spartak Moscow]] coach [[Georgy Yartsev|PERSON]] said his team could still catch "
        "[[Alania|ORG|FC Alania Vladikavkaz]], who lead by [[two|count|2|point]] points with "
        "[[10|count|10|match]] matches left. [[Alania|ORG|FC Alania Vladikavkaz]] coach "
        "[[Valery Gazzaev|PERSON]] told [[Itar-Tass|ORG|TASS]] the title would be decided in the last round. "
        "[[Rotor|ORG|FC Rotor Volgograd]] coach [[Viktor Prokopenko|PERSON]] complained that the referee had "
        "denied his side a penalty.\n"
        "The [[Russian Football Union|ORG]] said the [[Moscow|GPE]] derby between [[Spartak|ORG|FC Spartak "
        "Moscow]] and [[Dynamo|ORG|FC Dynamo Moscow]] on [[September 14|D|1996-09-14]] would be played at "
        "[[Luzhniki|FAC|Luzhniki Stadium]] before [[up to 80,000|count|80000|spectator]] spectators.",
        [
            ("Georgy Yartsev", "say", "his team could still catch Alania, who lead by two points with 10 matches "
             "left", False),
            ("Valery Gazzaev", "tell", "the title would be decided in the last round", False),
            ("Viktor Prokopenko", "complain", "the referee had denied his side a penalty", False),
            ("Russian Football Union", "say", "the Moscow derby between Spartak and Dynamo on September 14 would be "
             "played at Luzhniki before up to 80,000 spectators", False),
        ],
    ),
    (
        "own46-ho-14", "wire-rally-finland-1996", "1996-08-25", "1996-08-25",
        "RALLYING - [[MAKINEN|PERSON|Tommi Mäkinen]] WINS [[1000 LAKES RALLY|EVENT|1996 1000 Lakes Rally]] AT "
        "HOME.\n"
        "[[JYVASKYLA|GPE|Jyväskylä]], [[Finland|GPE]] [[1996-08-25|D|1996-08-25]]\n"
        "[[Finland|GPE]]'s [[Tommi Makinen|PERSON|Tommi Mäkinen]] won the [[1000 Lakes Rally|EVENT|1996 1000 "
        "Lakes Rally]], his [[fourth|ordinal|4]] win of the season, to stretch his lead in the world "
        "championship to [[27|count|27|point]] points.\n"
        "[[Makinen|PERSON|Tommi Mäkinen]], driving a [[Mitsubishi Lancer|PRODUCT|Mitsubishi Lancer Evolution]], "
        "led from the [[second|ordinal|2]] stage and finished 47 seconds ahead of [[Juha Kankkunen|PERSON]] "
        "after [[35|count|35|stage]] special stages and [[about 480 km|quantity|480|km]] of gravel.\n"
        "\"The roads were faster than ever and I took no risks,\" [[Makinen|PERSON|Tommi Mäkinen]] said. He "
        "added that he expected [[Colin McRae|PERSON]] to attack in the last [[three|count|3|round]] rounds.\n"
        "[[McRae|PERSON|Colin McRae]] told reporters his [[Subaru|ORG]] had lost power on [[Saturday|D|1996-08-24]]. "
        "[[Subaru|ORG]] said he would start the [[Rally Australia|EVENT|1996 Rally Australia]] in "
        "[[September|D|1996-09]] with a new engine.\n"
        "Leading final positions:\n"
        "1. [[Tommi Makinen|PERSON|Tommi Mäkinen]] ([[Finland|GPE]]) [[Mitsubishi|ORG|Mitsubishi Motors]] 3:47:15\n"
        "2. [[Juha Kankkunen|PERSON]] ([[Finland|GPE]]) [[Toyota|ORG]] 3:48:02\n"
        "3. [[Kenneth Eriksson|PERSON]] ([[Sweden|GPE]]) [[Subaru|ORG]] 3:49:30\n"
        "4. [[Carlos Sainz|PERSON]] ([[Spain|GPE]]) [[Ford|ORG|Ford Motor Company]] 3:50:11\n"
        "5. [[Colin McRae|PERSON]] ([[Britain|GPE|United Kingdom]]) [[Subaru|ORG]] 3:51:44\n"
        "World championship standings (after [[six|count|6|round]] rounds):\n"
        "1. [[Makinen|PERSON|Tommi Mäkinen]] [[82|count|82|point]] points\n"
        "2. [[Sainz|PERSON|Carlos Sainz]] [[55|count|55|point]]\n"
        "3. [[McRae|PERSON|Colin McRae]] [[49|count|49|point]]\n"
        "4. [[Eriksson|PERSON|Kenneth Eriksson]] [[38|count|38|point]]",
        [
            ("Tommi Mäkinen", "say", "The roads were faster than ever and I took no risks", True),
            ("Tommi Mäkinen", "add", "he expected Colin McRae to attack in the last three rounds", False),
            ("Colin McRae", "tell", "his Subaru had lost power on Saturday", False),
            ("Subaru", "say", "he would start the Rally Australia in September with a new engine", False),
        ],
    ),
]
