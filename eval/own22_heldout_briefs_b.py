"""Held-out set 22 (blind): marked texts of briefs 08-14 and their statements (see
``build_own22_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
BRIEFS_B = [
    (
        "own22-ho-08", "sec-enforcement", "2025-09-04", "2025-09-04",
        "Press Release\n"
        "[[SEC|ORG|U.S. Securities and Exchange Commission]] Charges [[Texas|GPE]] Adviser in "
        "[[$18 Million|money|18000000|USD]] Offering Fraud\n"
        "FOR IMMEDIATE RELEASE\n"
        "2025-112\n\n"
        "[[Washington D.C.|GPE|Washington, D.C.]], [[Sept. 4, 2025|D|2025-09-04]] — The [[Securities and "
        "Exchange Commission|ORG|U.S. Securities and Exchange Commission]] [[today|D|2025-09-04]] charged "
        "[[Darren K. Whitcombe|PERSON]] of [[Plano|GPE|Plano, Texas]], [[Texas|GPE]], and his firm, "
        "[[Whitcombe Capital Partners|ORG]], with defrauding [[more than 140|count|140|investor]] investors "
        "of [[approximately $18 million|money|18000000|USD]].\n\n"
        "According to the [[SEC|ORG|U.S. Securities and Exchange Commission]]'s complaint, [[from January "
        "2021 through March 2024|D|2021-01/2024-03]] [[Whitcombe|PERSON|Darren K. Whitcombe]] promised "
        "investors annual returns of [[12%|percent|12|%]] to [[18%|percent|18|%]] from a fund that he "
        "claimed held oil and gas royalties in the [[Permian Basin|LOC|Permian Basin (North America)]]. The complaint alleges that he used "
        "[[at least $7.4 million|money|7400000|USD]] of new investors’ money to pay earlier investors and "
        "spent [[about $2.1 million|money|2100000|USD]] on a lake house, [[three|count|3|car]] luxury cars "
        "and private jet travel.\n\n"
        "“[[Whitcombe|PERSON|Darren K. Whitcombe]] told investors their money was safe while he treated the "
        "fund as his personal bank account,” said [[Margaret Ryan|PERSON]], the [[SEC|ORG|U.S. Securities and "
        "Exchange Commission]]’s Director of Enforcement. “We will continue to pursue those who prey on "
        "retirees.”\n\n"
        "The complaint, filed in the [[U.S. District Court for the Eastern District of Texas|ORG|United "
        "States District Court for the Eastern District of Texas]], charges [[Whitcombe|PERSON|Darren K. "
        "Whitcombe]] and his firm with violating the antifraud provisions of the [[Securities Act of "
        "1933|LAW]] and the [[Securities Exchange Act of 1934|LAW]] and seeks disgorgement and civil "
        "penalties.\n\n"
        "In a parallel action, the [[U.S. Attorney’s Office for the Eastern District of Texas|ORG|United "
        "States Attorney for the Eastern District of Texas]] [[today|D|2025-09-04]] announced criminal "
        "charges against [[Whitcombe|PERSON|Darren K. Whitcombe]].\n\n"
        "The [[SEC|ORG|U.S. Securities and Exchange Commission]] said that [[about 60%|percent|60|%]] of the "
        "investors were retirees and that [[Whitcombe|PERSON|Darren K. Whitcombe]] had found "
        "many of them through [[two|count|2|church]] churches in [[Collin County|GPE|Collin County, Texas]]. "
        "The investigation was conducted by staff in the [[SEC|ORG|U.S. Securities and Exchange "
        "Commission]]’s [[Fort Worth|GPE|Fort Worth, Texas]] office.",
        [
            ("U.S. Securities and Exchange Commission", "according to", "from January 2021 through March 2024 "
             "Whitcombe promised investors annual returns of 12% to 18% from a fund that he claimed held oil "
             "and gas royalties in the Permian Basin",
             False),
            ("Margaret Ryan", "say", "Whitcombe told investors their money was safe while he treated the fund "
             "as his personal bank account",
             True),
            ("Margaret Ryan", "say", "We will continue to pursue those who prey on retirees.", True),
            ("U.S. Securities and Exchange Commission", "say", "about 60% of the investors were retirees and "
             "that Whitcombe had found many of them through two churches in Collin County",
             False),
        ],
    ),
    (
        "own22-ho-09", "wikinews-court", "2025-11-28", "2025-11-28",
        "Former [[Peruvian|NORP]] president [[Pedro Castillo|PERSON]] sentenced to [[more than eleven "
        "years|D|P11Y]] in prison\n"
        "[[Friday, November 28, 2025|D|2025-11-28]]\n\n"
        "A court in [[Peru|GPE]] on [[Thursday|D|2025-11-27]] sentenced former president [[Pedro "
        "Castillo|PERSON]] to [[more than 11 years|D|P11Y]] in prison for "
        "conspiracy to commit rebellion over his attempt to dissolve [[Congress|ORG|Congress of the "
        "Republic of Peru]] in [[December 2022|D|2022-12]].\n\n"
        "The special criminal chamber of the [[Supreme Court|ORG|Supreme Court of Peru]] handed the same "
        "sentence to his former prime minister, [[Betssy Chávez|PERSON]], who has been sheltering in the "
        "[[Mexican|NORP]] embassy in [[Lima|GPE]] since [[early November|D|2025-11]]. Prosecutors had "
        "sought [[34 years|D|P34Y]] for [[Castillo|PERSON|Pedro Castillo]].\n\n"
        "Presiding judge [[José Neyra|PERSON]] said that the attempt to close [[Congress|ORG|Congress of the "
        "Republic of Peru]] had broken the constitutional order. The court acquitted [[Castillo|PERSON|Pedro "
        "Castillo]] of the charge of rebellion itself.\n\n"
        "[[Castillo|PERSON|Pedro Castillo]], a former rural schoolteacher, won the presidency in "
        "[[2021|D|2021]] by [[about 44,000|count|44000|vote]] votes. On [[December 7, 2022|D|2022-12-07]], "
        "hours before a vote to remove him, he announced on television that he was dissolving "
        "[[Congress|ORG|Congress of the Republic of Peru]]. Lawmakers removed him that day with "
        "[[101|count|101|vote]] votes in the [[130|count|130|seat]]-seat chamber, and he was arrested on "
        "his way to the [[Mexican|NORP]] embassy. He was succeeded by his vice-president, [[Dina "
        "Boluarte|PERSON]], who was herself removed by [[Congress|ORG|Congress of the Republic of Peru]] in "
        "[[October 2025|D|2025-10]].\n\n"
        "His lawyer, [[Walter Ayala|PERSON]], told reporters that the defence would appeal. In a letter read "
        "out by his supporters, [[Castillo|PERSON|Pedro Castillo]] wrote: “I am a political prisoner. I "
        "was judged for what I said, not for what I did.”\n\n"
        "[[Peru|GPE]] broke off diplomatic relations with [[Mexico|GPE]] on [[November 3|D|2025-11-03]] over "
        "the asylum granted to [[Chávez|PERSON|Betssy Chávez]].",
        [
            ("José Neyra", "say", "the attempt to close Congress had broken the constitutional order", False),
            ("Pedro Castillo", "announce", "he was dissolving Congress", False),
            ("Walter Ayala", "tell", "the defence would appeal", False),
            ("Pedro Castillo", "write", "I am a political prisoner. I was judged for what I said, not for what "
             "I did.",
             True),
        ],
    ),
    (
        "own22-ho-10", "wikinews-accident", "2025-09-04", "2025-09-04",
        "[[At least 16|count|16|person]] killed as funicular derails in [[Lisbon|GPE]]\n"
        "[[Thursday, September 4, 2025|D|2025-09-04]]\n\n"
        "[[At least 16|count|16|person]] people were killed and [[21|count|21|person]] injured on "
        "[[Wednesday|D|2025-09-03]] evening when the [[Glória|FAC|Ascensor da Glória]] funicular derailed and "
        "crashed into a building in central [[Lisbon|GPE]].\n\n"
        "The yellow car, which can carry [[up to 42|count|42|passenger]] passengers, came off its rails at a "
        "bend on the steep [[265-metre|quantity|265|m]] line between [[Restauradores Square|FAC|Praça dos "
        "Restauradores]] and the [[Bairro Alto|LOC]] district. Victims included residents of [[Portugal|GPE]] "
        "and tourists from [[Britain|GPE|United Kingdom]], [[South Korea|GPE]], [[Canada|GPE]] and "
        "[[Germany|GPE]], according to the [[Judiciary Police|ORG|Polícia Judiciária]].\n\n"
        "Mayor [[Carlos Moedas|PERSON]] said: “[[Lisbon|GPE]] is in mourning. This is a tragedy our city "
        "has never seen.” Prime Minister [[Luís Montenegro|PERSON]] said that the government would declare "
        "a day of national mourning.\n\n"
        "The operator, [[Carris|ORG]], said that the funicular had undergone general maintenance in "
        "[[2022|D|2022]] and that its daily inspection had taken place on [[Wednesday|D|2025-09-03]] "
        "morning. Witnesses told [[SIC|ORG|Sociedade Independente de Comunicação]] television that the car had appeared to lose "
        "its brakes.\n\n"
        "The [[GPIAAF|ORG]], [[Portugal|GPE]]’s rail and air accident investigator, said it expected to "
        "publish a preliminary note within [[45 days|D|P45D]]. The line, which opened in [[1885|D|1885]], "
        "carries [[about 3.5 million|count|3500000|passenger]] passengers a year and is one of "
        "[[three|count|3|funicular]] funiculars in the city, all of which were closed for inspection. "
        "[[Portuguese|NORP]] President [[Marcelo Rebelo de Sousa|PERSON]] visited the scene late on "
        "[[Wednesday|D|2025-09-03]].",
        [
            ("Polícia Judiciária", "according to", "Victims included residents of Portugal and tourists from "
             "Britain, South Korea, Canada and Germany",
             False),
            ("Carlos Moedas", "say", "Lisbon is in mourning. This is a tragedy our city has never seen.", True),
            ("Luís Montenegro", "say", "the government would declare a day of national mourning", False),
            ("Carris", "say", "the funicular had undergone general maintenance in 2022 and that its daily "
             "inspection had taken place on Wednesday morning",
             False),
            ("GPIAAF", "expect", "publish a preliminary note within 45 days", False),
        ],
    ),
    (
        "own22-ho-11", "wikinews-politics", "2025-10-05", "2025-10-05",
        "[[Babiš|PERSON|Andrej Babiš]]’s [[ANO|ORG|ANO 2011]] wins [[Czech|NORP]] parliamentary election\n"
        "[[Sunday, October 5, 2025|D|2025-10-05]]\n\n"
        "The populist [[ANO|ORG|ANO 2011]] movement of former prime minister [[Andrej Babiš|PERSON]] won the "
        "[[Czech|NORP]] parliamentary election held on [[Friday|D|2025-10-03]] and [[Saturday|D|2025-10-04]], "
        "taking [[34.5%|percent|34.5|%]] of the vote and [[80|count|80|seat]] of the [[200|count|200|seat]] "
        "seats in the [[Chamber of Deputies|ORG|Chamber of Deputies (Czech Republic)]], according to the "
        "[[Czech Statistical Office|ORG]].\n\n"
        "The centre-right [[Spolu|ORG]] coalition of outgoing prime minister [[Petr Fiala|PERSON]] came "
        "[[second|ordinal|2]] with [[23.4%|percent|23.4|%]] and [[52|count|52|seat]] seats. [[Mayors and "
        "Independents|ORG]] won [[22|count|22|seat]] seats, the [[Czech Pirate Party|ORG]] "
        "[[18|count|18|seat]], [[Freedom and Direct Democracy|ORG]] [[15|count|15|seat]] and [[Motorists for "
        "Themselves|ORG]] [[13|count|13|seat]]. Turnout was [[68.9%|percent|68.9|%]], the highest since "
        "[[1998|D|1998]].\n\n"
        "[[Babiš|PERSON|Andrej Babiš]], who led the government [[from 2017 to 2021|D|2017/2021]], told "
        "supporters in [[Prague|GPE]] on [[Saturday|D|2025-10-04]] night that he would form a single-party "
        "minority government backed by smaller parties. “We will be a government that saves the [[Czech "
        "Republic|GPE]],” he said.\n\n"
        "During the campaign he promised to cut taxes, raise pensions and oppose the [[European "
        "Union|ORG]]’s migration pact. He has also said that the [[Czech|NORP]] state should stop paying for "
        "an ammunition initiative for [[Ukraine|GPE]], which has delivered [[about 1.5 million|count|1500000|"
        "shell]] artillery shells since [[2024|D|2024]].\n\n"
        "[[Fiala|PERSON|Petr Fiala]] conceded defeat. President [[Petr Pavel|PERSON]] said that he would "
        "begin talks with the leaders of all parties on [[Monday|D|2025-10-06]] and that he would first ask "
        "the winner to form a government.",
        [
            ("Czech Statistical Office", "according to", "The populist ANO movement of former prime minister "
             "Andrej Babiš won the Czech parliamentary election held on Friday and Saturday, taking 34.5% of "
             "the vote and 80 of the 200 seats in the Chamber of Deputies",
             False),
            ("Andrej Babiš", "tell", "he would form a single-party minority government backed by smaller "
             "parties",
             False),
            ("Andrej Babiš", "say", "We will be a government that saves the Czech Republic", True),
            ("Andrej Babiš", "promise", "cut taxes, raise pensions and oppose the European Union’s migration "
             "pact",
             False),
            ("Andrej Babiš", "say", "the Czech state should stop paying for an ammunition initiative for "
             "Ukraine, which has delivered about 1.5 million artillery shells since 2024",
             False),
            ("Petr Pavel", "say", "he would begin talks with the leaders of all parties on Monday and that he "
             "would first ask the winner to form a government",
             False),
        ],
    ),
    (
        "own22-ho-12", "reuters-politics-1996", "1996-08-22", "1996-08-22",
        "[[Lebed|PERSON|Alexander Lebed]] says [[Chechnya|GPE]] truce to start at noon.\n\n"
        "[[MOSCOW|GPE|Moscow]] [[1996-08-22|D|1996-08-22]]\n\n"
        "[[Russian|NORP]] security chief [[Alexander Lebed|PERSON]] said a ceasefire in [[Chechnya|GPE]] "
        "would take effect at noon on [[Friday|D|1996-08-23]] after he and rebel military chief [[Aslan "
        "Maskhadov|PERSON]] signed a truce deal late on [[Wednesday|D|1996-08-21]].\n\n"
        "[[Lebed|PERSON|Alexander Lebed]] told [[Interfax|ORG]] news agency that [[Russian|NORP]] troops and "
        "rebel fighters would begin to pull out of the capital [[Grozny|GPE]] within [[two days|D|P2D]] and "
        "that joint patrols would then take over the city.\n\n"
        "“The war is over. Whoever wants to fight will have to fight me,” [[Lebed|PERSON|Alexander Lebed]] "
        "said.\n\n"
        "Fighting flared on [[August 6|D|1996-08-06]] when rebels stormed [[Grozny|GPE]]. The [[Interior "
        "Ministry|ORG|Ministry of Internal Affairs (Russia)]] said [[more than 500|count|500|soldier]] "
        "[[Russian|NORP]] soldiers had been killed and [[1,400|count|1400|soldier]] wounded since then. "
        "The war, which began in [[December 1994|D|1994-12]], has killed [[at least 30,000|count|30000|person]] "
        "people.\n\n"
        "Prime Minister [[Viktor Chernomyrdin|PERSON]] said on [[Wednesday|D|1996-08-21]] that the government "
        "backed [[Lebed|PERSON|Alexander Lebed]]’s peace efforts. President [[Boris Yeltsin|PERSON]], who "
        "has not been seen in public since his inauguration on [[August 9|D|1996-08-09]], gave "
        "[[Lebed|PERSON|Alexander Lebed]] special powers in [[Chechnya|GPE]] [[last week|D|1996-W33]].\n\n"
        "[[Itar-Tass|ORG|TASS]] news agency said General [[Konstantin Pulikovsky|PERSON]], the acting "
        "commander of federal forces, had withdrawn his threat to bomb [[Grozny|GPE]], which had given "
        "civilians [[three days|D|P3D]] to leave. Tens of thousands of people fled the city [[this week|D|1996-W34]].\n\n"
        "The conflict has cost the federal budget [[about $6 billion|money|6000000000|USD]], [[Interfax|ORG]] "
        "said, quoting [[Finance Ministry|ORG|Ministry of Finance (Russia)]] officials.\n\n"
        "[[Chechen|NORP]] separatist leader [[Zelimkhan Yandarbiyev|PERSON]] said the rebels would observe "
        "the truce.",
        [
            ("Alexander Lebed", "say", "a ceasefire in Chechnya would take effect at noon on Friday", False),
            ("Alexander Lebed", "tell", "Russian troops and rebel fighters would begin to pull out of the "
             "capital Grozny within two days and that joint patrols would then take over the city",
             False),
            ("Alexander Lebed", "say", "The war is over. Whoever wants to fight will have to fight me", True),
            ("Ministry of Internal Affairs (Russia)", "say", "more than 500 Russian soldiers had been killed "
             "and 1,400 wounded since then",
             False),
            ("Viktor Chernomyrdin", "say", "the government backed Lebed’s peace efforts", False),
            ("TASS", "say", "General Konstantin Pulikovsky, the acting commander of federal forces, had "
             "withdrawn his threat to bomb Grozny, which had given civilians three days to leave",
             False),
            ("Interfax", "say", "The conflict has cost the federal budget about $6 billion", False),
            ("Zelimkhan Yandarbiyev", "say", "the rebels would observe the truce", False),
        ],
    ),
    (
        "own22-ho-13", "reuters-baseball-1996", "1996-08-23", "1996-08-23",
        "BASEBALL - MAJOR LEAGUE RESULTS [[THURSDAY|D|1996-08-22]].\n\n"
        "[[NEW YORK|GPE|New York City]] [[1996-08-23|D|1996-08-23]]\n\n"
        "Results of [[Major League Baseball|ORG]] games played on [[Thursday|D|1996-08-22]] (home team in "
        "CAPS):\n\n"
        "[[American League|ORG]]\n"
        "[[DETROIT|ORG|Detroit Tigers]] [[7|number|7]] [[Seattle|ORG|Seattle Mariners]] [[3|number|3]]\n"
        "[[BALTIMORE|ORG|Baltimore Orioles]] [[5|number|5]] [[Minnesota|ORG|Minnesota Twins]] "
        "[[4|number|4]] ([[10|count|10|inning]] innings)\n"
        "[[Toronto|ORG|Toronto Blue Jays]] [[6|number|6]] [[KANSAS CITY|ORG|Kansas City Royals]] "
        "[[2|number|2]]\n"
        "[[TEXAS|ORG|Texas Rangers]] [[8|number|8]] [[Boston|ORG|Boston Red Sox]] [[5|number|5]]\n\n"
        "[[National League|ORG]]\n"
        "[[ATLANTA|ORG|Atlanta Braves]] [[4|number|4]] [[San Diego|ORG|San Diego Padres]] [[1|number|1]]\n"
        "[[Houston|ORG|Houston Astros]] [[3|number|3]] [[PHILADELPHIA|ORG|Philadelphia Phillies]] "
        "[[2|number|2]]\n"
        "[[CHICAGO|ORG|Chicago Cubs]] [[9|number|9]] [[Colorado|ORG|Colorado Rockies]] [[6|number|6]]\n"
        "[[NEW YORK|ORG|New York Mets]] [[5|number|5]] [[Los Angeles|ORG|Los Angeles Dodgers]] "
        "[[3|number|3]]\n\n"
        "Standings after games played on [[Thursday|D|1996-08-22]] (tabulate under won, lost, winning "
        "percentage and games behind):\n\n"
        "[[AMERICAN LEAGUE|ORG|American League]]\n"
        "EASTERN DIVISION\n"
        "W L PCT GB\n"
        "[[NEW YORK|ORG|New York Yankees]] [[74|number|74]] [[54|number|54]] [[.578|number|0.578]] -\n"
        "[[BALTIMORE|ORG|Baltimore Orioles]] [[68|number|68]] [[60|number|60]] [[.531|number|0.531]] "
        "[[6|number|6]]\n"
        "[[BOSTON|ORG|Boston Red Sox]] [[64|number|64]] [[66|number|66]] [[.492|number|0.492]] "
        "[[11|number|11]]\n"
        "[[TORONTO|ORG|Toronto Blue Jays]] [[60|number|60]] [[70|number|70]] [[.462|number|0.462]] "
        "[[15|number|15]]\n"
        "[[DETROIT|ORG|Detroit Tigers]] [[44|number|44]] [[86|number|86]] [[.338|number|0.338]] "
        "[[31|number|31]]\n\n"
        "[[NATIONAL LEAGUE|ORG|National League]]\n"
        "EASTERN DIVISION\n"
        "W L PCT GB\n"
        "[[ATLANTA|ORG|Atlanta Braves]] [[79|number|79]] [[47|number|47]] [[.627|number|0.627]] -\n"
        "[[NEW YORK|ORG|New York Mets]] [[58|number|58]] [[70|number|70]] [[.453|number|0.453]] "
        "[[22|number|22]]\n"
        "[[PHILADELPHIA|ORG|Philadelphia Phillies]] [[55|number|55]] [[73|number|73]] [[.430|number|0.43]] "
        "[[25|number|25]]\n\n"
        "[[Baltimore|ORG|Baltimore Orioles]] won on [[Cal Ripken|PERSON|Cal Ripken Jr.]]’s single in the "
        "[[10th|ordinal|10]] inning, and the [[Orioles|ORG|Baltimore Orioles]] moved within "
        "[[six|count|6|game]] games of the [[Yankees|ORG|New York Yankees]] in the race for the division title. "
        "In [[Atlanta|GPE]], [[Greg Maddux|PERSON]] allowed [[one|count|1|run]] run in [[eight|count|8|inning]] "
        "innings for his [[13th|ordinal|13]] win of the season.\n\n"
        "“We are not giving up on the division,” [[Orioles|ORG|Baltimore Orioles]] manager [[Davey "
        "Johnson|PERSON]] said. [[Maddux|PERSON|Greg Maddux]] said that his arm had felt strong from the "
        "[[first|ordinal|1]] inning.",
        [
            ("Davey Johnson", "say", "We are not giving up on the division", True),
            ("Greg Maddux", "say", "his arm had felt strong from the first inning", False),
        ],
    ),
    (
        "own22-ho-14", "reuters-athletics-1996", "1996-08-23", "1996-08-23",
        "ATHLETICS - [[HISSOU|PERSON|Salah Hissou]] AND [[MASTERKOVA|PERSON|Svetlana Masterkova]] SET WORLD "
        "RECORDS IN [[BRUSSELS|GPE|Brussels]].\n\n"
        "[[BRUSSELS|GPE|Brussels]] [[1996-08-23|D|1996-08-23]]\n\n"
        "[[Moroccan|NORP]] [[Salah Hissou|PERSON]] broke the men's [[10,000 metres|quantity|10000|m]] world "
        "record and [[Russian|NORP]] [[Svetlana Masterkova|PERSON]] set a women's [[1,000 metres|quantity|1000|m]] "
        "record at the [[Van Damme Memorial|EVENT|Memorial Van Damme]] meeting in front of "
        "[[40,000|count|40000|spectator]] spectators at the [[King Baudouin Stadium|FAC]].\n\n"
        "[[Hissou|PERSON|Salah Hissou]] ran 26 minutes 38.08 seconds, cutting more than five "
        "seconds from the mark set by [[Ethiopian|NORP]] [[Haile Gebrselassie|PERSON]] in [[Hengelo|GPE]] "
        "in [[June 1995|D|1995-06]]. It was [[Masterkova|PERSON|Svetlana Masterkova]]'s [[second|ordinal|2]] "
        "world record in [[nine days|D|P9D]] after the mile in [[Zurich|GPE]].\n\n"
        "“I felt strong from the [[first|ordinal|1]] lap and the crowd carried me,” [[Hissou|PERSON|Salah "
        "Hissou]] told reporters. He said he would run the [[5,000 metres|quantity|5000|m]] in "
        "[[Berlin|GPE]] [[next Friday|D|1996-08-30]].\n\n"
        "[[Paul Tergat|PERSON]] said he would try to beat the new mark in [[Cologne|GPE]] [[next week|D|1996-W35]].\n\n"
        "[[Masterkova|PERSON|Svetlana Masterkova]], who won [[two|count|2|title]] titles at the [[Atlanta "
        "Olympics|EVENT|1996 Summer Olympics]], said she "
        "had not planned to attack the record.\n\n"
        "Leading results:\n\n"
        "Men's [[10,000 metres|quantity|10000|m]]:\n"
        "[[1|ordinal|1]]. [[Salah Hissou|PERSON]] ([[Morocco|GPE]]) 26:38.08 world record\n"
        "[[2|ordinal|2]]. [[Paul Tergat|PERSON]] ([[Kenya|GPE]]) 26:54.41\n"
        "[[3|ordinal|3]]. [[Paul Koech|PERSON]] ([[Kenya|GPE]]) 26:56.78\n\n"
        "Women's [[1,000 metres|quantity|1000|m]]:\n"
        "[[1|ordinal|1]]. [[Svetlana Masterkova|PERSON]] ([[Russia|GPE]]) 2:28.98 world record\n"
        "[[2|ordinal|2]]. [[Maria Mutola|PERSON]] ([[Mozambique|GPE]]) 2:29.66\n\n"
        "Men's [[100 metres|quantity|100|m]]:\n"
        "[[1|ordinal|1]]. [[Frankie Fredericks|PERSON]] ([[Namibia|GPE]]) 9.94\n"
        "[[2|ordinal|2]]. [[Donovan Bailey|PERSON]] ([[Canada|GPE]]) 10.03\n"
        "[[3|ordinal|3]]. [[Dennis Mitchell|PERSON]] ([[U.S.|GPE|United States]]) 10.10",
        [
            ("Salah Hissou", "tell", "I felt strong from the first lap and the crowd carried me", True),
            ("Salah Hissou", "say", "he would run the 5,000 metres in Berlin next Friday", False),
            ("Paul Tergat", "say", "he would try to beat the new mark in Cologne next week", False),
            ("Svetlana Masterkova", "say", "she had not planned to attack the record", False),
        ],
    ),
]
