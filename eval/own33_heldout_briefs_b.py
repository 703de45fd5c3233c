"""Held-out set 33 (blind): marked texts of briefs 08-14 and their statements (see
``build_own33_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own33-ho-08", "sarb-mpc-statement", "2025-07-31", "2025-07-31",
        "Monetary policy statement\n"
        "[[Pretoria|GPE]], [[31 July 2025|D|2025-07-31]]\n"
        "Issued by [[Lesetja Kganyago|PERSON]], Governor of the [[South African Reserve Bank|ORG]]\n\n"
        "Global growth has held up better than expected, but the outlook remains fragile. [[US|GPE|United "
        "States]] tariffs of [[30%|percent|30|%]] on many [[South African|NORP]] exports take effect on "
        "[[August 1|D|2025-08-01]], and vehicle and citrus producers expect lower sales.\n\n"
        "Headline inflation averaged [[2.8%|percent|2.8|%]] in [[the second quarter|D|2025-04/2025-06]], "
        "below the [[3|percent|3|%]] to [[6%|percent|6|%]] target range. We now expect headline inflation of "
        "[[3.3%|percent|3.3|%]] for [[2025|D|2025]] and [[3.6%|percent|3.6|%]] for [[2026|D|2026]]. The rand "
        "has strengthened to [[about R17.70|money|17.7|ZAR]] to the dollar.\n\n"
        "Against this backdrop, the committee decided to reduce the repurchase rate by [[25 basis "
        "points|percent|0.25|pp]] to [[7.00%|percent|7.00|%]] per year, effective from [[1 August "
        "2025|D|2025-08-01]]. [[Five|count|5|member]] members preferred the cut and [[one|count|1|member]] "
        "preferred to keep the rate unchanged.\n\n"
        "Speaking to reporters after the meeting, Governor [[Kganyago|PERSON|Lesetja Kganyago]] said: “A lower "
        "inflation target will mean lower interest rates over time.” He added that the bank would now aim for "
        "inflation of [[3%|percent|3|%]], the bottom of the range.\n\n"
        "Deputy Governor [[Rashad Cassim|PERSON]] said the economy was likely to grow by [[only "
        "0.9%|percent|0.9|%]] [[this year|D|2025]]. Finance Minister [[Enoch Godongwana|PERSON]] said the "
        "[[National Treasury|ORG|National Treasury (South Africa)]] would work with the [[Reserve "
        "Bank|ORG|South African Reserve Bank]] on a formal change to the target. The [[International Monetary Fund|ORG]] had urged "
        "[[South Africa|GPE]] to lower its inflation target.\n\n"
        "Since [[November 2024|D|2024-11]], the repurchase rate has been lowered by a total of [[1 percentage "
        "point|percent|1|pp]]. The next statement of the committee will be released on [[18 September "
        "2025|D|2025-09-18]].",
        [
            ("Lesetja Kganyago", "say", "A lower inflation target will mean lower interest rates over time.",
             True),
            ("Lesetja Kganyago", "add", "the bank would now aim for inflation of 3%, the bottom of the range",
             False),
            ("Rashad Cassim", "say", "the economy was likely to grow by only 0.9% this year", False),
            ("Enoch Godongwana", "say", "the National Treasury would work with the Reserve Bank on a formal "
             "change to the target", False),
            ("International Monetary Fund", "urge", "South Africa to lower its inflation target", False),
        ],
    ),
    (
        "own33-ho-09", "wikinews-film-festival", "2025-02-23", "2025-02-23",
        "[[Norwegian|NORP]] film wins top prize at [[Berlin International Film Festival|EVENT]]\n"
        "[[Sunday, February 23, 2025|D|2025-02-23]]\n\n"
        "[[Norwegian|NORP]] director [[Dag Johan Haugerud|PERSON]]'s film Dreams (Sex Love) won the Golden "
        "Bear for best film at the [[75th|ordinal|75]] [[Berlin International Film Festival|EVENT]] on "
        "[[Saturday|D|2025-02-22]]. The film is the [[third|ordinal|3]] part of a trilogy about love and "
        "sexuality in [[Oslo|GPE]].\n\n"
        "The jury, led by [[American|NORP]] director [[Todd Haynes|PERSON]], gave the Silver Bear Grand Jury "
        "Prize to The Blue Trail by [[Brazilian|NORP]] director [[Gabriel Mascaro|PERSON]]. [[Huo Meng|PERSON]] "
        "of [[China|GPE]] was named best director for Living the Land, and [[Australian|NORP]] actress "
        "[[Rose Byrne|PERSON]] won the award for best leading performance for If I Had Legs I'd Kick You. "
        "[[Andrew Scott|PERSON]] won the supporting performance award for Blue Moon, in which he plays the "
        "lyricist [[Lorenz Hart|PERSON]]. [[Romanian|NORP]] director [[Radu Jude|PERSON]] won best screenplay "
        "for Kontinental '25.\n\n"
        "Accepting the prize, [[Haugerud|PERSON|Dag Johan Haugerud]] told the audience: “I am very happy, and "
        "also a bit shocked.”\n\n"
        "[[Haynes|PERSON|Todd Haynes]] said the jury had watched [[19|count|19|film]] films in competition "
        "and had agreed on the winner after a long discussion.\n\n"
        "The festival ran in [[Berlin|GPE]] [[from 13 to 23 February|D|2025-02-13/2025-02-23]]. It was the "
        "[[first|ordinal|1]] edition under festival director [[Tricia Tuttle|PERSON]], an [[American|NORP]] "
        "who previously led the [[BFI London Film Festival|EVENT]]. [[Tuttle|PERSON|Tricia Tuttle]] said "
        "[[more than 330,000|count|330000|ticket]] tickets had been sold, about the same number as [[last "
        "year|D|2024]]. Most screenings took place at the [[Berlinale Palast|FAC]] on [[Potsdamer "
        "Platz|FAC]].\n\n"
        "Earlier, [[German|NORP]] Culture Minister [[Claudia Roth|PERSON]] said the festival's budget of "
        "[[€12.5 million|money|12500000|EUR]] would be secured until [[2027|D|2027]].",
        [
            ("Dag Johan Haugerud", "tell", "I am very happy, and also a bit shocked.", True),
            ("Todd Haynes", "say", "the jury had watched 19 films in competition and had agreed on the winner "
             "after a long discussion", False),
            ("Tricia Tuttle", "say", "more than 330,000 tickets had been sold, about the same number as last "
             "year", False),
            ("Claudia Roth", "say", "the festival's budget of €12.5 million would be secured until 2027", False),
        ],
    ),
    (
        "own33-ho-10", "wikinews-mine-rescue", "2010-10-14", "2010-10-14",
        "All [[33|count|33|miner]] trapped miners rescued in [[Chile|GPE]]\n"
        "[[Thursday, October 14, 2010|D|2010-10-14]]\n\n"
        "The last of [[33|count|33|miner]] miners trapped underground at the [[San José Mine|FAC]] in northern "
        "[[Chile|GPE]] was brought to the surface late on [[Wednesday|D|2010-10-13]], ending [[69 "
        "days|D|P69D]] underground. Shift foreman [[Luis Urzúa|PERSON]] was the last to ride the [[Fénix "
        "2|PRODUCT]] capsule up the rescue shaft from a depth of [[about 620 metres|quantity|620|m]].\n\n"
        "The miners were trapped on [[August 5|D|2010-08-05]] when part of the mine, near [[Copiapó|GPE]] in "
        "the [[Atacama Desert|LOC]], collapsed. They survived for [[17 days|D|P17D]] on emergency rations "
        "before a drill reached them.\n\n"
        "President [[Sebastián Piñera|PERSON]], who greeted each man at the surface, said: “We have kept our "
        "promise: we did not give up.” [[Urzúa|PERSON|Luis Urzúa]] told the president: “I hope this never "
        "happens again.”\n\n"
        "The first man out, [[Florencio Ávalos|PERSON]], reached the surface shortly after midnight. "
        "[[Bolivian|NORP]] miner [[Carlos Mamani|PERSON]], the only foreigner in the group, was greeted by "
        "[[Bolivia|GPE]]'s President [[Evo Morales|PERSON]].\n\n"
        "Mining Minister [[Laurence Golborne|PERSON]] said the rescue had cost [[about US$20 "
        "million|money|20000000|USD]]. Health Minister [[Jaime Mañalich|PERSON]] said [[one|count|1|miner]] "
        "miner had pneumonia and [[two|count|2|miner]] needed dental surgery, but that all were in good "
        "condition.\n\n"
        "Engineers from [[NASA|ORG]] and the [[Chilean Navy|ORG]] helped design the capsule, which is "
        "[[54 centimetres|quantity|54|cm]] wide. [[More than 1,500|count|1500|journalist]] journalists from "
        "[[about 40|count|40|country]] countries covered the rescue from a tent camp the families named "
        "[[Camp Hope|FAC]].\n\n"
        "[[Piñera|PERSON|Sebastián Piñera]] said on [[Thursday|D|2010-10-14]] that the government would "
        "review safety at all small mines.",
        [
            ("Sebastián Piñera", "say", "We have kept our promise: we did not give up.", True),
            ("Luis Urzúa", "tell", "I hope this never happens again.", True),
            ("Laurence Golborne", "say", "the rescue had cost about US$20 million", False),
            ("Jaime Mañalich", "say", "one miner had pneumonia and two needed dental surgery, but that all were "
             "in good condition", False),
            ("Sebastián Piñera", "say", "the government would review safety at all small mines", False),
        ],
    ),
    (
        "own33-ho-11", "wikinews-space-telescope", "2022-08-25", "2022-08-25",
        "[[James Webb Space Telescope|PRODUCT]] finds carbon dioxide on distant planet\n"
        "[[Thursday, August 25, 2022|D|2022-08-25]]\n\n"
        "[[NASA|ORG]] announced [[today|D|2022-08-25]] that its [[James Webb Space Telescope|PRODUCT]] had "
        "found clear evidence of carbon dioxide in the atmosphere of [[WASP-39b|LOC]], a gas giant orbiting a "
        "star [[about 700 light-years|quantity|700|ly]] from [[Earth|LOC]]. It is the [[first|ordinal|1]] "
        "clear detection of the gas in a planet outside the [[Solar System|LOC]].\n\n"
        "The planet, which is larger than [[Jupiter|LOC]], circles its star once every four days. It was "
        "discovered in [[2011|D|2011]] and lies in the constellation [[Virgo|LOC|Virgo (constellation)]].\n\n"
        "The team observed the planet with the telescope's [[Near-Infrared Spectrograph|PRODUCT|NIRSpec]] "
        "([[NIRSpec|PRODUCT]]) on [[July 10|D|2022-07-10]]. [[Zafar Rustamkulov|PERSON]], a graduate student "
        "at [[Johns Hopkins University|ORG]] and a member of the team, said: “As soon as the data appeared on "
        "my screen, the whopping carbon dioxide feature grabbed me.”\n\n"
        "[[Natalie Batalha|PERSON]] of the [[University of California, Santa Cruz|ORG]], who leads the "
        "team of [[more than 300|count|300|scientist]] scientists, said the finding would help astronomers "
        "learn how the planet formed. The results have been accepted by the journal Nature.\n\n"
        "[[Webb|PRODUCT|James Webb Space Telescope]], a joint project of [[NASA|ORG]], the [[European Space "
        "Agency|ORG]] and the [[Canadian Space Agency|ORG]], was launched on [[December 25, "
        "2021|D|2021-12-25]] from [[Kourou|GPE]] on an [[Ariane 5|PRODUCT]] rocket. It cost [[about $10 "
        "billion|money|10000000000|USD]] and works [[1.5 million kilometres|quantity|1500000|km]] from "
        "[[Earth|LOC]], behind a sunshield the size of a tennis court. Its main mirror is [[6.5 "
        "metres|quantity|6.5|m]] across.\n\n"
        "[[NASA|ORG]] Administrator [[Bill Nelson|PERSON]] said in [[July|D|2022-07]] that the telescope had "
        "enough fuel for [[about 20 years|D|P20Y]] of science.",
        [
            ("NASA", "announce", "its James Webb Space Telescope had found clear evidence of carbon dioxide in "
             "the atmosphere of WASP-39b, a gas giant orbiting a star about 700 light-years from Earth", False),
            ("Zafar Rustamkulov", "say", "As soon as the data appeared on my screen, the whopping carbon dioxide "
             "feature grabbed me.", True),
            ("Natalie Batalha", "say", "the finding would help astronomers learn how the planet formed", False),
            ("Bill Nelson", "say", "the telescope had enough fuel for about 20 years of science", False),
        ],
    ),
    (
        "own33-ho-12", "reuters-bundesbank", "1996-08-23", "1996-08-23",
        "[[Bundesbank|ORG|Deutsche Bundesbank]] leaves rates steady, repo seen at [[3.30 pct|percent|3.30|%]].\n"
        "[[FRANKFURT|GPE|Frankfurt]] [[1996-08-23|D|1996-08-23]]\n\n"
        "The [[Bundesbank|ORG|Deutsche Bundesbank]] left its discount rate at [[2.50 percent|percent|2.5|%]] "
        "and its Lombard rate at [[4.50 percent|percent|4.5|%]] after its council meeting on "
        "[[Thursday|D|1996-08-22]], and set the rate on its next securities repurchase pact at a fixed "
        "[[3.30 percent|percent|3.30|%]].\n\n"
        "The [[Bundesbank|ORG|Deutsche Bundesbank]] allocated [[69.4 billion marks|money|69400000000|DEM]] in "
        "the tender, against bids of [[128.6 billion marks|money|128600000000|DEM]].\n\n"
        "[[Bundesbank|ORG|Deutsche Bundesbank]] president [[Hans Tietmeyer|PERSON]] told reporters that the council saw no reason to change "
        "course while money supply growth was slowing. M3 money supply grew at an annualised rate of [[9.9 "
        "percent|percent|9.9|%]] in [[July|D|1996-07]] against [[10.7 percent|percent|10.7|%]] in "
        "[[June|D|1996-06]], still well above the [[four|percent|4|%]] to [[seven percent|percent|7|%]] "
        "target corridor for [[1996|D|1996]].\n\n"
        "[[Commerzbank|ORG]] chief economist [[Peter Pietsch|PERSON]] said he expected the [[Bundesbank|ORG|"
        "Deutsche Bundesbank]] to keep rates steady until [[October|D|1996-10]] at least.\n\n"
        "The [[German|NORP]] economy grew [[1.5 percent|percent|1.5|%]] in [[the second "
        "quarter|D|1996-04/1996-06]] from the first, the [[Federal Statistics Office|ORG|Federal "
        "Statistical Office of Germany]] said in [[Wiesbaden|GPE]] on [[Thursday|D|1996-08-22]].\n\n"
        "In [[Bonn|GPE]], Finance Minister [[Theo Waigel|PERSON]] said on [[Wednesday|D|1996-08-21]] that "
        "the government's [[1997|D|1997]] budget would cut spending by [[2.5 percent|percent|2.5|%]] to "
        "[[440.2 billion marks|money|440200000000|DEM]], and that new borrowing would be held at [[56.5 "
        "billion marks|money|56500000000|DEM]].\n\n"
        "The dollar was quoted at [[1.4785 marks|money|1.4785|DEM]] in late [[Frankfurt|GPE]] trading, down "
        "from [[1.4820|money|1.4820|DEM]] on [[Thursday|D|1996-08-22]]. Dealers said the [[Bundesbank|ORG|"
        "Deutsche Bundesbank]] decision had been fully expected.\n\n"
        "-- [[Frankfurt|GPE]] newsroom, +49 69 756525",
        [
            ("Hans Tietmeyer", "tell", "the council saw no reason to change course while money supply growth was "
             "slowing", False),
            ("Peter Pietsch", "say", "he expected the Bundesbank to keep rates steady until October at least",
             False),
            ("Federal Statistical Office of Germany", "say", "The German economy grew 1.5 percent in the second "
             "quarter from the first", False),
            ("Theo Waigel", "say", "the government's 1997 budget would cut spending by 2.5 percent to 440.2 "
             "billion marks, and that new borrowing would be held at 56.5 billion marks", False),
        ],
    ),
    (
        "own33-ho-13", "reuters-soccer", "1996-08-31", "1996-08-31",
        "SOCCER - [[GERMAN|NORP|German]] [[FIRST|ordinal|1]] DIVISION SUMMARIES.\n"
        "[[BONN|GPE|Bonn]] [[1996-08-31|D|1996-08-31]]\n\n"
        "Summaries of [[German|NORP]] [[first|ordinal|1]] division matches played on [[Saturday|D|1996-08-31]]:\n\n"
        "[[Bayern Munich|ORG|FC Bayern Munich]] [[3|number|3]] ([[Klinsmann|PERSON|Jürgen Klinsmann]] 12, 67, "
        "[[Scholl|PERSON|Mehmet Scholl]] 80) [[Fortuna Duesseldorf|ORG|Fortuna Düsseldorf]] [[0|number|0]]. "
        "Halftime [[1|number|1]]-[[0|number|0]]. Attendance [[52,000|count|52000|spectator]].\n\n"
        "[[VfB Stuttgart|ORG]] [[2|number|2]] ([[Elber|PERSON|Giovane Élber]] 34, [[Bobic|PERSON|Fredi Bobic]] "
        "71) [[Werder Bremen|ORG|SV Werder Bremen]] [[1|number|1]] ([[Bode|PERSON|Marco Bode]] 50). Halftime "
        "[[1|number|1]]-[[0|number|0]]. Attendance [[38,000|count|38000|spectator]].\n\n"
        "[[Schalke|ORG|FC Schalke 04]] [[2|number|2]] ([[Mulder|PERSON|Youri Mulder]] 20, "
        "[[Wilmots|PERSON|Marc Wilmots]] 88) [[St Pauli|ORG|FC St. Pauli]] [[2|number|2]] "
        "([[Driller|PERSON|Martin Driller]] 15, 60). Halftime [[1|number|1]]-[[1|number|1]]. Attendance "
        "[[35,700|count|35700|spectator]].\n\n"
        "[[Karlsruhe|ORG|Karlsruher SC]] [[1|number|1]] ([[Haessler|PERSON|Thomas Häßler]] 44 penalty) "
        "[[Bayer Leverkusen|ORG|Bayer 04 Leverkusen]] [[1|number|1]] ([[Kirsten|PERSON|Ulf Kirsten]] 77). "
        "Halftime [[1|number|1]]-[[0|number|0]]. Attendance [[27,500|count|27500|spectator]].\n\n"
        "[[Hansa Rostock|ORG|FC Hansa Rostock]] [[1|number|1]] ([[Akpoborie|PERSON|Jonathan Akpoborie]] 55) "
        "[[Borussia Moenchengladbach|ORG|Borussia Mönchengladbach]] [[0|number|0]]. Halftime "
        "[[0|number|0]]-[[0|number|0]]. Attendance [[16,500|count|16500|spectator]].\n\n"
        "Played on [[Friday|D|1996-08-30]]:\n"
        "[[Munich 1860|ORG|TSV 1860 Munich]] [[1|number|1]] ([[Bodden|PERSON|Olaf Bodden]] 60) "
        "[[Hamburg|ORG|Hamburger SV]] [[3|number|3]] ([[Salihamidzic|PERSON|Hasan Salihamidžić]] 10, "
        "[[Spoerl|PERSON|Harald Spörl]] 52, 85). Halftime [[0|number|0]]-[[1|number|1]]. Attendance "
        "[[30,000|count|30000|spectator]].\n\n"
        "[[Rostock|ORG|FC Hansa Rostock]] coach [[Frank Pagelsdorf|PERSON]] said his team had deserved "
        "their [[first|ordinal|1]] win of the season. [[Gladbach|ORG|Borussia Mönchengladbach]] coach "
        "[[Bernd Krauss|PERSON]] said: \"We did not create a single real chance.\" [[Bayern|ORG|FC Bayern "
        "Munich]] striker [[Klinsmann|PERSON|Jürgen Klinsmann]] said he was happy to score again after missing [[two|count|2|game]] "
        "games through injury. [[Bremen|ORG|SV Werder Bremen]] coach [[Dixie Doerner|PERSON|Hans-Jürgen Dörner]] said his "
        "side had paid for poor defending. [[Borussia Dortmund|ORG]], the champions, play [[VfL Bochum|ORG]] on "
        "[[Sunday|D|1996-09-01]]. [[Bayern|ORG|FC Bayern Munich]] lead the table with [[seven|count|7|point]] points from [[three|count|3|game]] games.",
        [
            ("Frank Pagelsdorf", "say", "his team had deserved their first win of the season", False),
            ("Bernd Krauss", "say", "We did not create a single real chance.", True),
            ("Jürgen Klinsmann", "say", "he was happy to score again after missing two games through injury",
             False),
            ("Hans-Jürgen Dörner", "say", "his side had paid for poor defending", False),
        ],
    ),
    (
        "own33-ho-14", "reuters-cricket", "1996-08-30", "1996-08-30",
        "CRICKET - [[AUSTRALIA|GPE|Australia]] BEAT [[ZIMBABWE|GPE|Zimbabwe]] BY [[125|count|125|run]] RUNS.\n"
        "[[COLOMBO|GPE|Colombo]] [[1996-08-30|D|1996-08-30]]\n\n"
        "[[Australia|GPE]] beat [[Zimbabwe|GPE]] by [[125|count|125|run]] runs in a limited-overs "
        "international of the [[Singer World Series|EVENT|1996 Singer World Series]] at the [[Sinhalese Sports "
        "Club|FAC|Sinhalese Sports Club Ground]] on [[Friday|D|1996-08-30]].\n\n"
        "Captain [[Mark Taylor|PERSON|Mark Taylor (cricketer)]] made [[74|count|74|run]] and [[Steve "
        "Waugh|PERSON]] an unbeaten [[82|count|82|run]] as [[Australia|GPE]] reached [[263|number|263]] for "
        "[[five|number|5]] in their [[50|count|50|over]] overs. Leg-spinner [[Shane Warne|PERSON]] then took "
        "[[three|count|3|wicket]] wickets for [[21|count|21|run]] runs as [[Zimbabwe|GPE]] were bowled out "
        "for [[138|number|138]] in the [[42nd|ordinal|42]] over.\n\n"
        "Scores: [[Australia|GPE]] [[263|number|263]]-[[5|number|5]] in [[50|count|50|over]] overs ([[M. "
        "Taylor|PERSON|Mark Taylor (cricketer)]] [[74|number|74]], [[S. Waugh|PERSON|Steve Waugh]] "
        "[[82|number|82]] not out; [[H. Streak|PERSON|Heath Streak]] [[2|number|2]]-[[46|number|46]]). "
        "[[Zimbabwe|GPE]] [[138|number|138]] all out in [[42|count|42|over]] overs ([[A. Flower|PERSON|Andy "
        "Flower]] [[45|number|45]]; [[S. Warne|PERSON|Shane Warne]] [[3|number|3]]-[[21|number|21]]).\n\n"
        "[[Taylor|PERSON|Mark Taylor (cricketer)]] said the pitch had been slow but his batsmen had adapted "
        "well. \"It was important to get a win under our belt before we play [[Sri Lanka|GPE]],\" he said.\n\n"
        "[[Zimbabwe|GPE]] captain [[Alistair Campbell|PERSON|Alistair Campbell (cricketer)]] said his side had "
        "given away [[at least 30|count|30|run]] runs in the field. [[Warne|PERSON|Shane Warne]], playing his "
        "[[first|ordinal|1]] match since a finger operation, said the finger had felt fine. [[Glenn McGrath|PERSON]] "
        "took [[two|count|2|wicket]] wickets.\n\n"
        "[[Sri Lanka|GPE]], the [[World Cup|EVENT|1996 Cricket World Cup]] champions, play [[India|GPE]] on [[Sunday|D|1996-09-01]]. The "
        "final of the [[four|count|4|nation]]-nation tournament is at the [[Premadasa Stadium|FAC|R. Premadasa Stadium]] on "
        "[[September 7|D|1996-09-07]].",
        [
            ("Mark Taylor (cricketer)", "say", "the pitch had been slow but his batsmen had adapted well", False),
            ("Mark Taylor (cricketer)", "say", "It was important to get a win under our belt before we play Sri "
             "Lanka", True),
            ("Alistair Campbell (cricketer)", "say", "his side had given away at least 30 runs in the field",
             False),
            ("Shane Warne", "say", "the finger had felt fine", False),
        ],
    ),
]
