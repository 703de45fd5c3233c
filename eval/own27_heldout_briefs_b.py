"""Held-out set 27 (blind): marked texts of briefs 08-14 and their statements (see
``build_own27_heldout.py``). Do not read for development, debug against or tune on these texts."""

BRIEFS_B = [
    (
        "own27-ho-08", "airbus-deliveries", "2025-01-09", "2025-01-09",
        "[[Airbus|ORG]] reports [[766|count|766|delivery]] commercial aircraft deliveries in [[2024|D|2024]]\n"
        "[[Toulouse|GPE]], [[France|GPE]], [[9 January 2025|D|2025-01-09]] – [[Airbus SE|ORG|Airbus]] "
        "delivered [[766|count|766|aircraft]] commercial aircraft to [[86|count|86|customer]] customers in "
        "[[2024|D|2024]], compared with [[735|count|735|aircraft]] in [[2023|D|2023]]. The company registered "
        "[[878|count|878|order]] gross orders ([[826|count|826|order]] net of cancellations), and its backlog "
        "stood at [[8,658|count|8658|aircraft]] aircraft at the end of [[December|D|2024-12]].\n\n"
        "Deliveries by programme:\n"
        "-- [[A220|PRODUCT|Airbus A220]]: [[75|count|75|aircraft]]\n"
        "-- [[A320 Family|PRODUCT|Airbus A320 family]]: [[602|count|602|aircraft]]\n"
        "-- [[A330|PRODUCT|Airbus A330]]: [[32|count|32|aircraft]]\n"
        "-- [[A350|PRODUCT|Airbus A350]]: [[57|count|57|aircraft]]\n\n"
        "“Our [[2024|D|2024]] deliveries were in line with our revised guidance, in a complex supply chain "
        "environment,” said [[Christian Scherer|PERSON]], CEO of [[Airbus Commercial Aircraft|ORG|Airbus]]. "
        "“The strong order intake confirms the airlines’ trust in our products and their need for more fuel "
        "efficient aircraft.”\n\n"
        "In [[December|D|2024-12]] alone, [[Airbus|ORG]] delivered [[127|count|127|aircraft]] aircraft, "
        "including [[10|count|10|aircraft]] [[A350|PRODUCT|Airbus A350]] aircraft for [[Emirates|ORG|Emirates "
        "(airline)]]. The [[first|ordinal|1]] [[A321XLR|PRODUCT|Airbus A321neo]] went to [[Spanish|NORP]] "
        "airline [[Iberia|ORG]] in [[October|D|2024-10]].\n\n"
        "[[Airbus|ORG]] Chief Executive [[Guillaume Faury|PERSON]] said [[last month|D|2024-12]] that engine shortages at "
        "[[CFM International|ORG]] and [[Pratt & Whitney|ORG]] would keep weighing on output in "
        "[[2025|D|2025]]. [[Scherer|PERSON|Christian Scherer]] added that the company expected to deliver [[around "
        "820|count|820|aircraft]] aircraft in [[2025|D|2025]]. The company aims to raise production of the [[A320|PRODUCT|Airbus A320 family]] to "
        "[[75|count|75|aircraft]] aircraft a month in [[2027|D|2027]].\n\n"
        "Full-year [[2024|D|2024]] financial results, including guidance for [[2025|D|2025]], will be published "
        "on [[20 February 2025|D|2025-02-20]]. [[Airbus|ORG]] employs [[around 157,000|count|157000|person]] "
        "people worldwide.",
        [
            ("Christian Scherer", "say", "Our 2024 deliveries were in line with our revised guidance, in a "
             "complex supply chain environment",
             True),
            ("Christian Scherer", "say", "The strong order intake confirms the airlines’ trust in our products "
             "and their need for more fuel efficient aircraft.",
             True),
            ("Guillaume Faury", "say", "engine shortages at CFM International and Pratt & Whitney would keep "
             "weighing on output in 2025",
             False),
            ("Christian Scherer", "add", "the company expected to deliver around 820 aircraft in 2025", False),
        ],
    ),
    (
        "own27-ho-09", "wikinews-medical-study", "2025-07-24", "2025-07-24",
        "Study finds [[7,000|count|7000|step]] steps a day cut risk of early death\n"
        "[[Thursday, July 24, 2025|D|2025-07-24]]\n\n"
        "Walking [[about 7,000|count|7000|step]] steps a day is linked to a [[47%|percent|47|%]] lower risk of "
        "early death than walking [[2,000|count|2000|step]] steps, according to a study published "
        "[[yesterday|D|2025-07-23]] in The Lancet Public Health.\n\n"
        "Researchers led by the [[University of Sydney|ORG]] pooled data from [[57|count|57|study]] studies "
        "covering [[more than 160,000|count|160000|adult]] adults in [[Australia|GPE]], [[Europe|LOC]], "
        "[[North America|LOC]] and [[Asia|LOC]], collected [[between 2014 and 2025|D|2014/2025]].\n\n"
        "Compared with [[2,000|count|2000|step]] steps, [[7,000|count|7000|step]] steps a day were associated "
        "with a [[25%|percent|25|%]] lower risk of cardiovascular disease, a [[38%|percent|38|%]] lower risk of "
        "dementia and a [[22%|percent|22|%]] lower risk of depression. Benefits for heart disease kept growing with "
        "more steps, but those for most other outcomes levelled off at [[7,000|count|7000|step]] steps.\n\n"
        "Lead author [[Melody Ding|PERSON]], a professor of public health at the university, told reporters in "
        "[[Sydney|GPE]] that the popular target of [[10,000|count|10000|step]] steps was not based on "
        "evidence. “We found that [[7,000|count|7000|step]] steps a day is a realistic goal, and "
        "[[4,000|count|4000|step]] is better than very low activity,” she said.\n\n"
        "The [[World Health Organization|ORG]] recommends at least 150 minutes of moderate activity a "
        "week. A spokesperson for the [[British Heart Foundation|ORG]] said the findings were encouraging.\n\n"
        "[[Daniel Bailey|PERSON]], a sport scientist at [[Brunel University London|ORG]] who was not involved, "
        "warned that the study was observational and could not prove cause and effect. He noted that "
        "about one in three adults worldwide do not get enough exercise.",
        [
            ("Melody Ding", "tell", "the popular target of 10,000 steps was not based on evidence", False),
            ("Melody Ding", "say", "We found that 7,000 steps a day is a realistic goal, and 4,000 is "
             "better than very low activity",
             True),
            ("Daniel Bailey", "warn", "the study was observational and could not prove cause and effect", False),
            ("Daniel Bailey", "note", "about one in three adults worldwide do not get enough exercise", False),
        ],
    ),
    (
        "own27-ho-10", "wikinews-currency", "2025-09-30", "2025-09-30",
        "[[Indian|NORP]] rupee hits record low against [[US|GPE|United States]] dollar\n"
        "[[Tuesday, September 30, 2025|D|2025-09-30]]\n\n"
        "The [[Indian|NORP]] rupee fell to a record low of [[88.85 rupees|money|88.85|INR]] per "
        "[[US|GPE|United States]] dollar in [[Mumbai|GPE]] trading [[today|D|2025-09-30]], as foreign "
        "investors continued to sell [[Indian|NORP]] shares. The currency has lost [[about 3.8%|percent|3.8|%]] "
        "against the dollar [[this year|D|2025]], making it one of the worst-performing currencies in "
        "[[Asia|LOC]].\n\n"
        "Traders said the [[Reserve Bank of India|ORG]] ([[RBI|ORG|Reserve Bank of India]]) sold dollars "
        "through state-run banks to slow the fall. The rupee closed at [[88.79|money|88.79|INR]].\n\n"
        "The [[United States|GPE]] doubled its tariffs on most [[Indian|NORP]] goods to "
        "[[50%|percent|50|%]] in [[August|D|2025-08]]. Foreign portfolio investors have withdrawn [[more than "
        "$17 billion|money|17000000000|USD]] from [[Indian|NORP]] equities since [[January|D|2025-01]], "
        "according to data from [[National Securities Depository Limited|ORG]].\n\n"
        "“The rupee is paying the price for the tariff shock and for outflows from equities,” said "
        "[[Anindya Banerjee|PERSON]], head of currency research at [[Kotak Securities|ORG]]. He expected the "
        "currency to trade between [[88.50|money|88.5|INR]] and [[89.50 rupees|money|89.5|INR]] to the dollar "
        "[[next week|D|2025-W41]].\n\n"
        "[[RBI|ORG|Reserve Bank of India]] Governor [[Sanjay Malhotra|PERSON]] said on [[Monday|D|"
        "2025-09-29]] that the central bank did not target any particular level for the rupee. The "
        "[[RBI|ORG|Reserve Bank of India]] will announce its next interest rate decision on "
        "[[Wednesday|D|2025-10-01]]. Finance Minister [[Nirmala Sitharaman|PERSON]] said [[last week|D|2025-W39]] that "
        "the economy remained strong.\n\n"
        "Elsewhere in [[Asia|LOC]], the [[Japanese|NORP]] yen weakened to [[149.8 yen|money|149.8|JPY]] per "
        "dollar in [[Tokyo|GPE]], while the euro traded at [[$1.17|money|1.17|USD]] in [[London|GPE]]. The "
        "dollar index, which measures the currency against [[six|count|6|currency]] major currencies, fell "
        "[[0.2%|percent|0.2|%]] to [[97.9|number|97.9]] after a [[US|GPE|United States]] government shutdown "
        "looked increasingly likely from [[Wednesday|D|2025-10-01]].",
        [
            ("National Securities Depository Limited", "according to", "Foreign portfolio investors have "
             "withdrawn more than $17 billion from Indian equities since January",
             False),
            ("Anindya Banerjee", "say", "The rupee is paying the price for the tariff shock and for outflows "
             "from equities",
             True),
            ("Anindya Banerjee", "expect", "the currency to trade between 88.50 and 89.50 rupees to the dollar "
             "next week",
             False),
            ("Sanjay Malhotra", "say", "the central bank did not target any particular level for the rupee",
             False),
            ("Nirmala Sitharaman", "say", "the economy remained strong", False),
        ],
    ),
    (
        "own27-ho-11", "wikinews-mayoral-election", "2025-11-05", "2025-11-05",
        "[[Zohran Mamdani|PERSON]] elected mayor of [[New York City|GPE]]\n"
        "[[Wednesday, November 5, 2025|D|2025-11-05]]\n\n"
        "[[Democratic|NORP]] candidate [[Zohran Mamdani|PERSON]] won the [[New York City|GPE]] mayoral "
        "election [[yesterday|D|2025-11-04]], defeating former [[New York|GPE|New York (state)]] Governor "
        "[[Andrew Cuomo|PERSON]], who ran as an independent, and [[Republican|NORP]] [[Curtis Sliwa|PERSON]].\n\n"
        "With [[over 99%|percent|99|%]] of votes counted, the [[34-year-old|D|P34Y]] state assemblyman had "
        "[[50.4%|percent|50.4|%]] of the vote, against [[41.6%|percent|41.6|%]] for [[Cuomo|PERSON|Andrew "
        "Cuomo]] and [[7.1%|percent|7.1|%]] for [[Sliwa|PERSON|Curtis Sliwa]]. [[More than two "
        "million|count|2000000|vote]] votes were cast, the highest number in a mayoral race since "
        "[[1969|D|1969]], according to the [[New York City Board of Elections|ORG]].\n\n"
        "[[Mamdani|PERSON|Zohran Mamdani]], who was born in [[Kampala|GPE]], [[Uganda|GPE]], will be the "
        "city's [[first|ordinal|1]] [[Muslim|NORP]] mayor and its [[111th|ordinal|111]] mayor overall. He will "
        "take office on [[January 1|D|2026-01-01]], succeeding [[Eric Adams|PERSON]].\n\n"
        "“[[New York|GPE|New York City]], tonight you delivered a mandate for change,” [[Mamdani|PERSON|Zohran "
        "Mamdani]] told supporters at the [[Brooklyn Paramount|FAC]] theater. “We will freeze the rent for "
        "[[more than two million|count|2000000|tenant]] tenants.”\n\n"
        "He has promised free city buses and a [[$30|money|30|USD]] minimum wage by [[2030|D|2030]], to be "
        "paid for by a [[2%|percent|2|%]] tax on incomes above [[$1 million|money|1000000|USD]].\n\n"
        "[[Cuomo|PERSON|Andrew Cuomo]] conceded in a speech in [[Manhattan|GPE]] and said he would not run "
        "again. President [[Donald Trump|PERSON]] had warned [[last week|D|2025-W44]] that federal funds for "
        "the city could be cut if [[Mamdani|PERSON|Zohran Mamdani]] won. Governor [[Kathy Hochul|PERSON]] "
        "congratulated the mayor-elect and said she looked forward to working with him.",
        [
            ("Zohran Mamdani", "tell", "New York, tonight you delivered a mandate for change", True),
            ("Zohran Mamdani", "tell", "We will freeze the rent for more than two million tenants.", True),
            ("Zohran Mamdani", "promise", "free city buses and a $30 minimum wage by 2030, to be paid for by a "
             "2% tax on incomes above $1 million",
             False),
            ("Andrew Cuomo", "say", "he would not run again", False),
            ("Donald Trump", "warn", "federal funds for the city could be cut if Mamdani won", False),
            ("Kathy Hochul", "say", "she looked forward to working with him", False),
        ],
    ),
    (
        "own27-ho-12", "reuters-belgrade", "1996-08-23", "1996-08-23",
        "[[YUGOSLAVIA|GPE|Federal Republic of Yugoslavia]], [[CROATIA|GPE|Croatia]] SIGN ACCORD ON NORMAL "
        "TIES.\n"
        "[[BELGRADE|GPE|Belgrade]] [[1996-08-23|D|1996-08-23]]\n\n"
        "[[Yugoslavia|GPE|Federal Republic of Yugoslavia]] and [[Croatia|GPE]] signed an agreement on "
        "[[Friday|D|1996-08-23]] normalising relations between the [[two|count|2|state]] former warring states, "
        "ending [[five years|D|P5Y]] of hostility since [[Croatia|GPE]]'s secession from the [[Yugoslav|NORP]] "
        "federation.\n\n"
        "[[Yugoslav|NORP]] Foreign Minister [[Milan Milutinovic|PERSON|Milan Milutinović]] and his "
        "[[Croatian|NORP]] counterpart [[Mate Granic|PERSON|Mate Granić]] signed the accord in "
        "[[Belgrade|GPE]] after [[two days|D|P2D]] of talks.\n\n"
        "\"This is a historic day for the peoples of [[Yugoslavia|GPE|Federal Republic of Yugoslavia]] and "
        "[[Croatia|GPE]],\" [[Milutinovic|PERSON|Milan Milutinović]] told reporters after the ceremony.\n\n"
        "[[Granic|PERSON|Mate Granić]] said the [[two|count|2|country]] countries would open embassies in "
        "[[Belgrade|GPE]] and [[Zagreb|GPE]] within [[15 days|D|P15D]] and restore air, rail and road links. "
        "He said the dispute over the [[Prevlaka|LOC]] peninsula, claimed by both sides, would be settled "
        "through talks.\n\n"
        "The agreement follows the [[Dayton|LAW|Dayton Agreement]] peace accord, signed in [[Paris|GPE]] "
        "[[last December|D|1995-12]], which ended the [[43-month|D|P43M]] war in [[Bosnia|GPE|Bosnia and "
        "Herzegovina]].\n\n"
        "[[Croatian|NORP]] President [[Franjo Tudjman|PERSON|Franjo Tuđman]] said in [[Zagreb|GPE]] the accord "
        "would help the peaceful return of [[Eastern Slavonia|LOC]], the last [[Serb|NORP]]-held part of "
        "[[Croatia|GPE]], which is under [[U.N.|ORG|United Nations]] administration until [[January "
        "1997|D|1997-01]].\n\n"
        "[[Serbian|NORP]] President [[Slobodan Milosevic|PERSON|Slobodan Milošević]] called the accord a "
        "great step towards peace in the [[Balkans|LOC]].\n\n"
        "The [[European Union|ORG]] welcomed the agreement and said it would consider extending trade "
        "concessions to both countries. Trade between [[Serbia|GPE]] and [[Croatia|GPE]] was worth [[about 2 "
        "billion dollars|money|2000000000|USD]] a year before the war, economists said.",
        [
            ("Milan Milutinović", "tell", "This is a historic day for the peoples of Yugoslavia and Croatia",
             True),
            ("Mate Granić", "say", "the two countries would open embassies in Belgrade and Zagreb within 15 days "
             "and restore air, rail and road links",
             False),
            ("Mate Granić", "say", "the dispute over the Prevlaka peninsula, claimed by both sides, would be "
             "settled through talks",
             False),
            ("Franjo Tuđman", "say", "the accord would help the peaceful return of Eastern Slavonia, the last "
             "Serb-held part of Croatia, which is under U.N. administration until January 1997",
             False),
            ("Slobodan Milošević", "call", "the accord a great step towards peace in the Balkans", False),
            ("European Union", "say", "it would consider extending trade concessions to both countries", False),
        ],
    ),
    (
        "own27-ho-13", "reuters-spanish-soccer", "1996-09-01", "1996-09-01",
        "SOCCER - [[SPANISH|NORP|Spanish]] [[FIRST|ordinal|1]] DIVISION RESULTS / STANDINGS.\n"
        "[[MADRID|GPE|Madrid]] [[1996-09-01|D|1996-09-01]]\n\n"
        "Results of [[Spanish|NORP]] [[first|ordinal|1]] division soccer matches on the opening weekend of "
        "the season:\n\n"
        "Played on [[Saturday|D|1996-08-31]]:\n"
        "[[Barcelona|ORG|FC Barcelona]] [[2|number|2]] [[Espanyol|ORG|RCD Espanyol]] [[0|number|0]]\n"
        "[[Sevilla|ORG|Sevilla FC]] [[2|number|2]] [[Oviedo|ORG|Real Oviedo]] [[1|number|1]]\n\n"
        "Played on [[Sunday|D|1996-09-01]]:\n"
        "[[Real Madrid|ORG|Real Madrid CF]] [[2|number|2]] [[Atletico Madrid|ORG|Atlético Madrid]] "
        "[[1|number|1]]\n"
        "[[Valencia|ORG|Valencia CF]] [[1|number|1]] [[Real Betis|ORG]] [[1|number|1]]\n"
        "[[Deportivo Coruna|ORG|Deportivo de La Coruña]] [[3|number|3]] [[Tenerife|ORG|CD Tenerife]] "
        "[[1|number|1]]\n"
        "[[Athletic Bilbao|ORG]] [[0|number|0]] [[Real Sociedad|ORG]] [[0|number|0]]\n"
        "[[Celta Vigo|ORG|RC Celta de Vigo]] [[1|number|1]] [[Zaragoza|ORG|Real Zaragoza]] [[2|number|2]]\n\n"
        "[[Brazilian|NORP]] striker [[Ronaldo|PERSON|Ronaldo (Brazilian footballer)]] scored on his league "
        "debut for [[Barcelona|ORG|FC Barcelona]], who paid [[PSV Eindhoven|ORG]] a record [[2.5 billion "
        "pesetas|money|2500000000|ESP]] for him [[last month|D|1996-08]]. [[Italian|NORP]] coach [[Fabio "
        "Capello|PERSON]] won his [[first|ordinal|1]] league game in charge of [[Real Madrid|ORG|Real Madrid "
        "CF]] in front of [[90,000|count|90000|spectator]] spectators at the [[Santiago Bernabeu|FAC|Santiago "
        "Bernabéu Stadium]]. [[Capello|PERSON|Fabio Capello]] said his team had deserved to win.\n\n"
        "Standings (tabulate under games played, won, drawn, lost, goals for, against, points):\n\n"
        "[[Deportivo Coruna|ORG|Deportivo de La Coruña]] [[1|number|1]] [[1|number|1]] [[0|number|0]] "
        "[[0|number|0]] [[3|number|3]] [[1|number|1]] [[3|number|3]]\n"
        "[[Barcelona|ORG|FC Barcelona]] [[1|number|1]] [[1|number|1]] [[0|number|0]] [[0|number|0]] "
        "[[2|number|2]] [[0|number|0]] [[3|number|3]]\n"
        "[[Real Madrid|ORG|Real Madrid CF]] [[1|number|1]] [[1|number|1]] [[0|number|0]] [[0|number|0]] "
        "[[2|number|2]] [[1|number|1]] [[3|number|3]]\n"
        "[[Valencia|ORG|Valencia CF]] [[1|number|1]] [[0|number|0]] [[1|number|1]] [[0|number|0]] "
        "[[1|number|1]] [[1|number|1]] [[1|number|1]]\n"
        "[[Athletic Bilbao|ORG]] [[1|number|1]] [[0|number|0]] [[1|number|1]] [[0|number|0]] [[0|number|0]] "
        "[[0|number|0]] [[1|number|1]]\n"
        "[[Espanyol|ORG|RCD Espanyol]] [[1|number|1]] [[0|number|0]] [[0|number|0]] [[1|number|1]] "
        "[[0|number|0]] [[2|number|2]] [[0|number|0]]",
        [
            ("Fabio Capello", "say", "his team had deserved to win", False),
        ],
    ),
    (
        "own27-ho-14", "reuters-boxing", "1996-08-31", "1996-08-31",
        "BOXING - [[HAMED|PERSON|Naseem Hamed]] RETAINS [[WBO|ORG|World Boxing Organization]] FEATHERWEIGHT "
        "TITLE.\n"
        "[[DUBLIN|GPE|Dublin]] [[1996-08-31|D|1996-08-31]]\n\n"
        "[[Britain|GPE|United Kingdom]]'s [[Naseem Hamed|PERSON]] retained his [[World Boxing "
        "Organisation|ORG|World Boxing Organization]] featherweight title on [[Saturday|D|1996-08-31]] when "
        "the referee stopped his fight against [[Mexican|NORP]] [[Manuel Medina|PERSON|Manuel Medina "
        "(boxer)]] in the [[11th|ordinal|11]] round at the [[Point Depot|FAC|3Arena]].\n\n"
        "[[Hamed|PERSON|Naseem Hamed]], known as \"Prince\", floored [[Medina|PERSON|Manuel Medina (boxer)]], "
        "a former [[International Boxing Federation|ORG]] champion, in the [[second|ordinal|2]] and "
        "[[sixth|ordinal|6]] rounds before the referee intervened after one minute of the "
        "[[11th|ordinal|11]].\n\n"
        "The win, watched by a crowd of [[about 8,000|count|8000|person]], was the [[third|ordinal|3]] defence "
        "of the title [[Hamed|PERSON|Naseem Hamed]] won from [[Welshman|NORP|Welshman]] [[Steve Robinson|PERSON|"
        "Steve Robinson (boxer)]] in [[Cardiff|GPE]] [[last September|D|1995-09]]. It took his professional "
        "record to [[24|count|24|win]] wins in [[24|count|24|fight]] fights.\n\n"
        "\"I want to unify the titles and fight the best featherweights in the world,\" [[Hamed|PERSON|Naseem "
        "Hamed]] told reporters. \"Nobody can beat me.\"\n\n"
        "His trainer [[Brendan Ingle|PERSON]] said [[Hamed|PERSON|Naseem Hamed]] had started slowly because he "
        "had not fought for [[more than four months|D|P4M]].\n\n"
        "Promoter [[Frank Warren|PERSON]] said [[Hamed|PERSON|Naseem Hamed]] would earn [[about 1.5 million "
        "pounds|money|1500000|GBP]] from his next fight, which he expected to be in [[Manchester|GPE]] in "
        "[[November|D|1996-11]].\n\n"
        "[[WBO|ORG|World Boxing Organization]] president [[Francisco Valcárcel|PERSON]] said at ringside that "
        "[[Hamed|PERSON|Naseem Hamed]] was the best fighter in his division.\n\n"
        "[[Medina|PERSON|Manuel Medina (boxer)]] said he had been stunned by [[Hamed|PERSON|Naseem "
        "Hamed]]'s punching power.",
        [
            ("Naseem Hamed", "tell", "I want to unify the titles and fight the best featherweights in the world",
             True),
            ("Naseem Hamed", "tell", "Nobody can beat me.", True),
            ("Brendan Ingle", "say", "Hamed had started slowly because he had not fought for more than four "
             "months",
             False),
            ("Frank Warren", "say", "Hamed would earn about 1.5 million pounds from his next fight, which he "
             "expected to be in Manchester in November",
             False),
            ("Francisco Valcárcel", "say", "Hamed was the best fighter in his division", False),
            ("Manuel Medina (boxer)", "say", "he had been stunned by Hamed's punching power", False),
        ],
    ),
]
