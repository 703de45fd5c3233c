"""Held-out set 64 (blind): marked texts of briefs 08-14 and their statements (see
``build_own64_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own64-ho-08", "cez-dukovany-new-units-contract", "2025-06-04", "2025-06-04",
        "[[ČEZ GROUP|ORG|ČEZ Group]]\n"
        "Press release\n"
        "[[Prague|GPE]], [[4 June 2025|D|2025-06-04]]\n\n"
        "CONTRACT SIGNED FOR [[TWO|count|2|unit]] NEW NUCLEAR UNITS AT "
        "[[DUKOVANY|FAC|Dukovany Nuclear Power Station]]\n\n"
        "[[Elektrárna Dukovany II|ORG]] ([[EDU II|ORG|Elektrárna Dukovany II]]), a subsidiary of "
        "[[ČEZ|ORG|ČEZ Group]], and [[Korea Hydro & Nuclear Power|ORG]] ([[KHNP|ORG|Korea Hydro & Nuclear Power]]) "
        "[[today|D|2025-06-04]] signed the contract for the construction of [[two|count|2|unit]] new units at the "
        "[[Dukovany Nuclear Power Station|FAC]]. The signing in [[Prague|GPE]] followed [[Tuesday|D|2025-06-03]]’s "
        "decision by the [[Supreme Administrative Court|ORG|Supreme Administrative Court of the Czech Republic]] to "
        "cancel an injunction issued by the [[Regional Court in Brno|ORG]] at the request of "
        "[[EDF|ORG|Électricité de France]].\n\n"
        "The price for both units is [[CZK 407 billion|money|407000000000|CZK]] in [[2024|D|2024]] prices, or "
        "[[about €16 billion|money|16000000000|EUR]].\n\n"
        "Key facts\n"
        "-- Site: [[about 40 kilometres|quantity|40|km]] south-west of [[Brno|GPE]]\n"
        "-- Reactor design: [[APR1000|PRODUCT]], [[about 1,050 megawatts|quantity|1050|MW]] each\n"
        "-- [[First|ordinal|1]] unit in operation: [[2036|D|2036]]\n"
        "-- Planned service life: [[60 years|D|P60Y]]\n"
        "-- Share of [[Czech|NORP]] suppliers: [[at least 60%|percent|60|%]]\n\n"
        "Prime Minister [[Petr Fiala|PERSON]] said: “This is the largest investment in the history of the "
        "[[Czech Republic|GPE]], and it will give us clean and affordable electricity for generations.”\n\n"
        "[[ČEZ|ORG|ČEZ Group]] Chief Executive [[Daniel Beneš|PERSON]] said construction of the "
        "[[first|ordinal|1]] unit was expected to begin in [[2029|D|2029]]. [[KHNP|ORG|Korea Hydro & Nuclear Power]] "
        "President [[Whang Joo-ho|PERSON]] pledged that [[Czech|NORP]] companies would carry out "
        "[[at least 60%|percent|60|%]] of the work. [[EDF|ORG|Électricité de France]] said it would continue its "
        "legal challenge.\n\n"
        "Notes to editors\n"
        "- [[ČEZ|ORG|ČEZ Group]] is [[about 70%|percent|70|%]] owned by the [[Czech|NORP]] state, which agreed in "
        "[[April|D|2025-04]] to buy [[80%|percent|80|%]] of [[EDU II|ORG|Elektrárna Dukovany II]].\n"
        "- The [[Dukovany Nuclear Power Station|FAC]] has [[four|count|4|reactor]] reactors, in service since "
        "[[1985-1987|D|1985/1987]], and produces about a fifth of the country’s electricity.",
        [
            ("Petr Fiala", "say", "This is the largest investment in the history of the Czech Republic, and it will "
             "give us clean and affordable electricity for generations.", True),
            ("Daniel Beneš", "say", "construction of the first unit was expected to begin in 2029", False),
            ("Whang Joo-ho", "pledge", "Czech companies would carry out at least 60% of the work", False),
            ("Électricité de France", "say", "it would continue its legal challenge", False),
        ],
    ),
    (
        "own64-ho-09", "wikinews-romania-constitutional-court-annuls-election", "2024-12-06", "2024-12-06",
        "[[Romania|GPE]]’s [[Constitutional Court|ORG|Constitutional Court of Romania]] annuls presidential "
        "election\n\n"
        "[[Friday, December 6, 2024|D|2024-12-06]]\n\n"
        "The [[Constitutional Court of Romania|ORG]] [[today|D|2024-12-06]] annulled the country’s presidential "
        "election and ordered the whole process to be rerun. The runoff between [[Călin Georgescu|PERSON]], an "
        "independent far-right candidate, and [[Elena Lasconi|PERSON]] of the [[Save Romania Union|ORG]] "
        "([[USR|ORG|Save Romania Union]]), scheduled for [[Sunday|D|2024-12-08]], will not take place.\n\n"
        "[[Georgescu|PERSON|Călin Georgescu]] won [[22.94%|percent|22.94|%]] of the vote in the "
        "[[first|ordinal|1]] round on [[November 24|D|2024-11-24]], ahead of [[Lasconi|PERSON|Elena Lasconi]] with "
        "[[19.18%|percent|19.18|%]]. In its ruling, the court said the electoral process had been marred by "
        "irregularities and by the misuse of digital technology and artificial intelligence.\n\n"
        "On [[Wednesday|D|2024-12-04]], President [[Klaus Iohannis|PERSON]] declassified documents of the "
        "[[Supreme Council of National Defence|ORG|Supreme Council of National Defence (Romania)]] which said that "
        "[[Georgescu|PERSON|Călin Georgescu]]’s campaign had been promoted by [[about 25,000|count|25000|account]] "
        "[[TikTok|ORG]] accounts and that election systems had faced [[more than 85,000|count|85000|cyberattack]] "
        "cyberattacks. [[Russia|GPE]] has denied interfering in the election.\n\n"
        "[[Lasconi|PERSON|Elena Lasconi]] said the decision was “illegal and immoral” and that it had crushed the "
        "essence of democracy. [[Georgescu|PERSON|Călin Georgescu]] said: “This is a formalised coup d’état.”\n\n"
        "Prime Minister [[Marcel Ciolacu|PERSON]] said the new government would set new election dates. Voting by "
        "[[Romanians|NORP|Romanian]] abroad, which had begun [[today|D|2024-12-06]], was stopped after "
        "[[more than 50,000|count|50000|person]] people had cast their ballots.\n\n"
        "[[Iohannis|PERSON|Klaus Iohannis]], whose [[second|ordinal|2]] term ends on [[December 21|D|2024-12-21]], "
        "said he would remain in office until a new president is sworn in.",
        [
            ("Constitutional Court of Romania", "say", "the electoral process had been marred by irregularities and "
             "by the misuse of digital technology and artificial intelligence", False),
            ("Supreme Council of National Defence (Romania)", "say", "Georgescu’s campaign had been promoted by about "
             "25,000 TikTok accounts and that election systems had faced more than 85,000 cyberattacks", False),
            ("Russia", "deny", "interfering in the election", False),
            ("Elena Lasconi", "say", "the decision was “illegal and immoral” and that it had crushed the essence of "
             "democracy", False),
            ("Călin Georgescu", "say", "This is a formalised coup d’état.", True),
            ("Marcel Ciolacu", "say", "the new government would set new election dates", False),
            ("Klaus Iohannis", "say", "he would remain in office until a new president is sworn in", False),
        ],
    ),
    (
        "own64-ho-10", "wikinews-frederik-x-proclaimed-king-of-denmark", "2024-01-14", "2024-01-14",
        "[[Frederik X|PERSON]] proclaimed King of [[Denmark|GPE]] as [[Margrethe II|PERSON]] abdicates\n\n"
        "[[Sunday, January 14, 2024|D|2024-01-14]]\n\n"
        "[[Frederik X|PERSON]] became King of [[Denmark|GPE]] [[today|D|2024-01-14]] after his mother, Queen "
        "[[Margrethe II|PERSON]], signed her abdication at [[Christiansborg Palace|FAC]] in [[Copenhagen|GPE]]. "
        "Prime Minister [[Mette Frederiksen|PERSON]] then proclaimed the new king from the palace balcony.\n\n"
        "The [[83-year-old|D|P83Y]] queen had reigned for [[52 years|D|P52Y]], since "
        "[[14 January 1972|D|1972-01-14]], and had announced on [[31 December|D|2023-12-31]], in a televised "
        "address, that she would step down. It is the [[first|ordinal|1]] voluntary abdication by a "
        "[[Danish|NORP]] monarch in [[nearly 900 years|D|P900Y]].\n\n"
        "[[Copenhagen Police|ORG]] estimated that [[about 170,000|count|170000|person]] people had gathered in the "
        "city centre, many waving the [[Danish|NORP]] flag.\n\n"
        "“My hope is to become a unifying king of tomorrow,” [[Frederik|PERSON|Frederik X]] told the crowd. "
        "[[Frederiksen|PERSON|Mette Frederiksen]] said the queen had given her life to [[Denmark|GPE]] and that the "
        "[[Danes|NORP|Dane]] owed her their deepest thanks.\n\n"
        "[[Frederik|PERSON|Frederik X]]’s wife, [[Mary|PERSON|Queen Mary of Denmark]], who was born in "
        "[[Hobart|GPE]], [[Tasmania|GPE]], becomes the [[first|ordinal|1]] [[Australian|NORP]]-born queen of a "
        "[[European|NORP]] monarchy. Their eldest son, [[Christian|PERSON|Christian, Crown Prince of Denmark]], is "
        "now Crown Prince.\n\n"
        "The king is also head of state of [[Greenland|GPE]] and the [[Faroe Islands|GPE]], whose premiers attended "
        "the ceremony. [[Australian|NORP]] Prime Minister [[Anthony Albanese|PERSON]] said the new queen had made "
        "[[Australia|GPE]] proud.",
        [
            ("Margrethe II", "announce", "she would step down", False),
            ("Copenhagen Police", "estimate", "about 170,000 people had gathered in the city centre, many waving the "
             "Danish flag", False),
            ("Frederik X", "tell", "My hope is to become a unifying king of tomorrow", True),
            ("Mette Frederiksen", "say", "the queen had given her life to Denmark and that the Danes owed her their "
             "deepest thanks", False),
            ("Anthony Albanese", "say", "the new queen had made Australia proud", False),
        ],
    ),
    (
        "own64-ho-11", "wikinews-lai-ching-te-wins-taiwan-presidential-election", "2024-01-13", "2024-01-13",
        "[[Lai Ching-te|PERSON]] wins [[Taiwan|GPE]] presidential election\n\n"
        "[[Saturday, January 13, 2024|D|2024-01-13]]\n\n"
        "[[Lai Ching-te|PERSON]] of the governing [[Democratic Progressive Party|ORG]] "
        "([[DPP|ORG|Democratic Progressive Party]]) won [[Taiwan|GPE]]’s presidential election [[today|D|2024-01-13]] "
        "with [[40.05%|percent|40.05|%]] of the vote, according to the "
        "[[Central Election Commission|ORG|Central Election Commission (Taiwan)]]. [[Hou Yu-ih|PERSON]] of the "
        "[[Kuomintang|ORG]] ([[KMT|ORG|Kuomintang]]) took [[33.49%|percent|33.49|%]] and [[Ko Wen-je|PERSON]] of the "
        "[[Taiwan People's Party|ORG]] ([[TPP|ORG|Taiwan People's Party]]) [[26.46%|percent|26.46|%]]. Turnout was "
        "[[71.9%|percent|71.9|%]].\n\n"
        "It is the [[first|ordinal|1]] time a party has won [[three|count|3|term]] consecutive presidential terms "
        "since direct presidential elections began in [[1996|D|1996]].\n\n"
        "In the concurrent election to the [[113|count|113|seat]]-seat [[Legislative Yuan|ORG]], no party won a "
        "majority: the [[KMT|ORG|Kuomintang]] won [[52|count|52|seat]] seats, the "
        "[[DPP|ORG|Democratic Progressive Party]] [[51|count|51|seat]] and the [[TPP|ORG|Taiwan People's Party]] "
        "[[eight|count|8|seat]].\n\n"
        "“We are telling the international community that between democracy and authoritarianism, we will stand on "
        "the side of democracy,” [[Lai|PERSON|Lai Ching-te]] told supporters in [[Taipei|GPE]]. "
        "[[Hou|PERSON|Hou Yu-ih]] said he was sorry he had let his supporters down.\n\n"
        "In [[Beijing|GPE]], [[Chen Binhua|PERSON]], spokesman for the [[Taiwan Affairs Office|ORG]], said the result "
        "showed that the [[DPP|ORG|Democratic Progressive Party]] “cannot represent the mainstream public opinion on "
        "the island” and would not change the trend towards reunification.\n\n"
        "[[Lai|PERSON|Lai Ching-te]], currently vice-president, will be sworn in on [[May 20|D|2024-05-20]], "
        "succeeding [[Tsai Ing-wen|PERSON]], who has served the maximum [[two|count|2|term]] terms. His running mate, "
        "[[Hsiao Bi-khim|PERSON]], a former envoy to the [[United States|GPE]], will become vice-president.",
        [
            ("Central Election Commission (Taiwan)", "according to", "Lai Ching-te of the governing Democratic "
             "Progressive Party (DPP) won Taiwan’s presidential election today with 40.05% of the vote", False),
            ("Lai Ching-te", "tell", "We are telling the international community that between democracy and "
             "authoritarianism, we will stand on the side of democracy", True),
            ("Hou Yu-ih", "say", "he was sorry he had let his supporters down", False),
            ("Chen Binhua", "say", "the result showed that the DPP “cannot represent the mainstream public opinion "
             "on the island” and would not change the trend towards reunification", False),
        ],
    ),
    (
        "own64-ho-12", "reuters-1996-budapest-shares-record-forint", "1996-09-26", "1996-09-26",
        "[[Hungarian|NORP]] shares end at record, forint steady\n"
        "[[BUDAPEST|GPE|Budapest]] [[1996-09-26|D|1996-09-26]]\n\n"
        "[[Hungarian|NORP]] shares closed at a record high on [[Thursday|D|1996-09-26]] as foreign funds bought blue "
        "chips ahead of [[next month|D|1996-10]]'s privatisation sales, dealers said.\n\n"
        "The [[Budapest Stock Exchange|ORG]]'s BUX index rose [[1.8 percent|percent|1.8|%]] to "
        "[[2,614.37|number|2614.37]], its [[third|ordinal|3]] record close [[this week|D|1996-W39]]. Turnover reached "
        "[[2.9 billion forints|money|2900000000|HUF]].\n\n"
        "Oil group [[MOL|ORG|MOL Group]] gained [[2.5 percent|percent|2.5|%]] to "
        "[[3,420 forints|money|3420|HUF]] and [[OTP Bank|ORG]] rose [[3.1 percent|percent|3.1|%]].\n\n"
        "[[National Bank of Hungary|ORG|Magyar Nemzeti Bank]] President [[Gyorgy Suranyi|PERSON|György Surányi]] "
        "told a news conference that the monthly crawling devaluation of the forint would slow to "
        "[[1.1 percent|percent|1.1|%]] from [[January|D|1997-01]]. He said inflation, [[23.4 percent|percent|23.4|%]] "
        "in [[August|D|1996-08]], should fall to [[about 19 percent|percent|19|%]] in [[December|D|1996-12]].\n\n"
        "Finance Minister [[Peter Medgyessy|PERSON|Péter Medgyessy]] told parliament on [[Tuesday|D|1996-09-24]] "
        "that the [[1997|D|1997]] budget would cut the state deficit to [[4.9 percent|percent|4.9|%]] of gross "
        "domestic product, from [[around 6 percent|percent|6|%]] expected [[this year|D|1996]].\n\n"
        "[[Hungary|GPE]], which joined the [[OECD|ORG]] in [[May|D|1996-05]], attracted "
        "[[$1.1 billion|money|1100000000|USD]] of foreign direct investment in "
        "[[the first half of 1996|D|1996-01/1996-06]], the central bank said. It fixed the dollar at "
        "[[153.72 forints|money|153.72|HUF]] on [[Thursday|D|1996-09-26]].\n\n"
        "Dealers said [[German|NORP]] and [[British|NORP]] funds were the main buyers and expected the index to test "
        "[[2,700|number|2700]] before the [[October|D|1996-10]] sale of a stake in [[MOL|ORG|MOL Group]].",
        [
            ("Magyar Nemzeti Bank", "say", "Hungary, which joined the OECD in May, attracted $1.1 billion of foreign "
             "direct investment in the first half of 1996", False),
            ("György Surányi", "tell", "the monthly crawling devaluation of the forint would slow to 1.1 percent "
             "from January", False),
            ("György Surányi", "say", "inflation, 23.4 percent in August, should fall to about 19 percent in "
             "December", False),
            ("Péter Medgyessy", "tell", "the 1997 budget would cut the state deficit to 4.9 percent of gross "
             "domestic product, from around 6 percent expected this year", False),
        ],
    ),
    (
        "own64-ho-13", "reuters-1996-soccer-european-cup-rosenborg-milan", "1996-12-04", "1996-12-04",
        "SOCCER - [[ROSENBORG|ORG|Rosenborg BK]] STUN [[MILAN|ORG|AC Milan]] TO REACH QUARTER-FINALS\n"
        "[[MILAN|GPE|Milan]] [[1996-12-04|D|1996-12-04]]\n\n"
        "[[Norwegian|NORP]] champions [[Rosenborg|ORG|Rosenborg BK]] beat [[AC Milan|ORG]] [[2|number|2]]-"
        "[[1|number|1]] at the [[San Siro|FAC]] on [[Wednesday|D|1996-12-04]] to knock the [[Italian|NORP]] "
        "champions out of the [[European Cup|EVENT|1996–97 UEFA Champions League]] and reach the quarter-finals.\n\n"
        "[[Milan|ORG|AC Milan]], who needed only a draw, took the lead through [[French|NORP]] striker "
        "[[Christophe Dugarry|PERSON]], but [[Harald Brattbakk|PERSON]] equalised before halftime and "
        "[[Vegard Heggem|PERSON]] headed the winner with 20 minutes left.\n\n"
        "It was a bitter return for [[Arrigo Sacchi|PERSON]], who took charge again on [[Sunday|D|1996-12-01]] after "
        "the [[Uruguayan|NORP]] [[Oscar Tabarez|PERSON|Óscar Tabárez]] was sacked.\n\n"
        "\"We did not deserve to go out like this, but [[Rosenborg|ORG|Rosenborg BK]] fought for every ball,\" "
        "[[Sacchi|PERSON|Arrigo Sacchi]] said. [[Rosenborg|ORG|Rosenborg BK]] coach [[Nils Arne Eggen|PERSON]] said "
        "his team had shown that [[Norwegian|NORP]] football could compete with the best in [[Europe|LOC]].\n\n"
        "In the group's other match, [[Porto|ORG|FC Porto]] won [[2|number|2]]-[[0|number|0]] away to "
        "[[IFK Goteborg|ORG|IFK Göteborg]] to finish top with [[16|count|16|point]] points. The quarter-finals will "
        "be played in [[March|D|1997-03]].\n\n"
        "Scorers: [[Milan|ORG|AC Milan]] - [[Dugarry|PERSON|Christophe Dugarry]]. [[Rosenborg|ORG|Rosenborg BK]] - "
        "[[Brattbakk|PERSON|Harald Brattbakk]], [[Heggem|PERSON|Vegard Heggem]].\n\n"
        "Final Group D standings (tabulate under played, won, drawn, lost, goals for, against, points):\n"
        "[[Porto|ORG|FC Porto]] [[6|number|6]] [[5|number|5]] [[1|number|1]] [[0|number|0]] [[12|number|12]] "
        "[[4|number|4]] [[16|number|16]]\n"
        "[[Rosenborg|ORG|Rosenborg BK]] [[6|number|6]] [[3|number|3]] [[0|number|0]] [[3|number|3]] "
        "[[13|number|13]] [[11|number|11]] [[9|number|9]]\n"
        "[[Milan|ORG|AC Milan]] [[6|number|6]] [[2|number|2]] [[1|number|1]] [[3|number|3]] [[13|number|13]] "
        "[[11|number|11]] [[7|number|7]]\n"
        "[[IFK Goteborg|ORG|IFK Göteborg]] [[6|number|6]] [[1|number|1]] [[0|number|0]] [[5|number|5]] "
        "[[7|number|7]] [[19|number|19]] [[3|number|3]]",
        [
            ("Arrigo Sacchi", "say", "We did not deserve to go out like this, but Rosenborg fought for every ball",
             True),
            ("Nils Arne Eggen", "say", "his team had shown that Norwegian football could compete with the best in "
             "Europe", False),
        ],
    ),
    (
        "own64-ho-14", "reuters-1996-tennis-stockholm-open-quarter-finals", "1996-11-08", "1996-11-08",
        "TENNIS - [[ENQVIST|PERSON|Thomas Enqvist]] BEATS [[BJORKMAN|PERSON|Jonas Björkman]] TO REACH "
        "[[STOCKHOLM|GPE|Stockholm]] SEMIS\n"
        "[[STOCKHOLM|GPE|Stockholm]] [[1996-11-08|D|1996-11-08]]\n\n"
        "[[Second|ordinal|2]] seed [[Thomas Enqvist|PERSON]] beat fellow [[Swede|NORP]] "
        "[[Jonas Bjorkman|PERSON|Jonas Björkman]] [[6|number|6]]-[[3|number|3]] [[7|number|7]]-[[6|number|6]] on "
        "[[Friday|D|1996-11-08]] to reach the semifinals of the [[Stockholm Open|EVENT|1996 Stockholm Open]].\n\n"
        "\"I was lucky in the tiebreak. [[Jonas|PERSON|Jonas Björkman]] played better than me for most of the "
        "[[second|ordinal|2]] set,\" [[Enqvist|PERSON|Thomas Enqvist]] told reporters.\n\n"
        "[[Enqvist|PERSON|Thomas Enqvist]] will meet [[American|NORP]] [[Todd Martin|PERSON]], who beat "
        "[[third|ordinal|3]] seed [[Marcelo Rios|PERSON|Marcelo Ríos]] of [[Chile|GPE]] in "
        "[[three|count|3|set]] sets, in [[Saturday|D|1996-11-09]]'s semifinals. Top seed "
        "[[Yevgeny Kafelnikov|PERSON]], who served [[19|count|19|ace]] aces against "
        "[[Tillstrom|PERSON|Mikael Tillström]], plays [[Petr Korda|PERSON]] of the [[Czech Republic|GPE]]. "
        "[[Rios|PERSON|Marcelo Ríos]] said he had been troubled by a back injury since the "
        "[[Paris Open|EVENT|1996 Paris Open]].\n\n"
        "Results of quarter-final matches at the [[$1 million|money|1000000|USD]] "
        "[[Stockholm Open|EVENT|1996 Stockholm Open]] on [[Friday|D|1996-11-08]] (prefix number denotes seeding):\n\n"
        "[[2|number|2]] - [[Thomas Enqvist|PERSON]] ([[Sweden|GPE]]) beat [[Jonas Bjorkman|PERSON|Jonas Björkman]] "
        "([[Sweden|GPE]]) [[6|number|6]]-[[3|number|3]] [[7|number|7]]-[[6|number|6]] ([[7|number|7]]-"
        "[[4|number|4]])\n"
        "[[Todd Martin|PERSON]] ([[U.S.|GPE|United States]]) beat [[3|number|3]] - "
        "[[Marcelo Rios|PERSON|Marcelo Ríos]] ([[Chile|GPE]]) [[6|number|6]]-[[4|number|4]] [[4|number|4]]-"
        "[[6|number|6]] [[6|number|6]]-[[3|number|3]]\n"
        "[[1|number|1]] - [[Yevgeny Kafelnikov|PERSON]] ([[Russia|GPE]]) beat "
        "[[Mikael Tillstrom|PERSON|Mikael Tillström]] ([[Sweden|GPE]]) [[7|number|7]]-[[6|number|6]] "
        "([[7|number|7]]-[[2|number|2]]) [[6|number|6]]-[[4|number|4]]\n"
        "[[Petr Korda|PERSON]] ([[Czech Republic|GPE]]) beat [[Nicklas Kulti|PERSON]] ([[Sweden|GPE]]) "
        "[[6|number|6]]-[[2|number|2]] [[6|number|6]]-[[4|number|4]]",
        [
            ("Thomas Enqvist", "tell", "I was lucky in the tiebreak. Jonas played better than me for most of the "
             "second set", True),
            ("Marcelo Ríos", "say", "he had been troubled by a back injury since the Paris Open", False),
        ],
    ),
]
