"""Held-out set 40 (blind): marked texts of briefs 08-14 and their statements (see
``build_own40_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own40-ho-08", "edinburgh-visitor-levy", "2025-10-01", "2025-10-01",
        "Visitor levy: stays from [[July 2026|D|2026-07]] to carry [[5%|percent|5|%]] charge\n"
        "News release, [[1 October 2025|D|2025-10-01]]\n\n"
        "The [[City of Edinburgh Council|ORG]] has confirmed that [[Scotland|GPE]]'s [[first|ordinal|1]] visitor levy will "
        "apply to overnight stays in the city from [[24 July 2026|D|2026-07-24]]. From [[today|D|2025-10-01]], "
        "accommodation providers must add the levy to any booking made for a stay on or after that "
        "date.\n\n"
        "The levy will be [[5%|percent|5|%]] of the cost of accommodation, excluding VAT and "
        "booking fees. It is expected to raise [[about £50 million|money|50000000|GBP]] "
        "a year by [[2028/29|D|2028-04/2029-03]].\n\n"
        "Council Leader [[Jane Meagher|PERSON]] said: “Every penny will be reinvested in the city, from "
        "cleaner streets to more affordable homes. [[Edinburgh|GPE]] welcomes [[around 5 "
        "million|count|5000000|visitor]] visitors a year, and this is a fair way to share the cost of "
        "hosting them.”\n\n"
        "The [[Council|ORG|City of Edinburgh Council]] estimates that [[35%|percent|35|%]] of the income will go to housing, "
        "[[£5 million|money|5000000|GBP]] to the festivals and the rest to public spaces and transport. "
        "[[Around 2,500|count|2500|business]] businesses have registered so far.\n\n"
        "[[UKHospitality|ORG]] [[Scotland|GPE]] warned that the levy would push up prices during the "
        "[[August|D|2026-08]] festivals, when a double room can cost [[more than £400|money|400|GBP]] a "
        "night.\n\n"
        "The levy was made possible by the [[Visitor Levy (Scotland) Act 2024|LAW]], passed by the "
        "[[Scottish Parliament|ORG]] in [[May 2024|D|2024-05]]. [[VisitScotland|ORG]] said the levy would not deter visitors. "
        "[[Glasgow|GPE]] and [[Aberdeen|GPE]] "
        "plan to follow in [[2027|D|2027]]. A review of the scheme will take place after [[three "
        "years|D|P3Y]].",
        [
            ("Jane Meagher", "say", "Every penny will be reinvested in the city, from cleaner streets to more "
             "affordable homes. Edinburgh welcomes around 5 million visitors a year, and this is a fair way "
             "to share the cost of hosting them.", True),
            ("City of Edinburgh Council", "estimate", "35% of the income will go to housing, £5 million to the "
             "festivals and the rest to public spaces and transport", False),
            ("UKHospitality", "warn", "the levy would push up prices during the August festivals, when a "
             "double room can cost more than £400 a night", False),
            ("VisitScotland", "say", "the levy would not deter visitors", False),
        ],
    ),
    (
        "own40-ho-09", "wikinews-chile-runoff", "2025-12-15", "2025-12-15",
        "[[José Antonio Kast|PERSON]] wins [[Chilean|NORP]] presidential runoff\n"
        "[[Monday, December 15, 2025|D|2025-12-15]]\n\n"
        "[[José Antonio Kast|PERSON]], the leader of the [[Republican Party|ORG|Republican Party (Chile)]], "
        "won [[Chile|GPE]]'s presidential runoff on [[Sunday|D|2025-12-14]], defeating the governing "
        "coalition's candidate [[Jeannette Jara|PERSON]] of the [[Communist Party|ORG|Communist Party of "
        "Chile]]. With [[99.9%|percent|99.9|%]] of polling stations counted, the electoral service "
        "[[Servel|ORG|Electoral Service of Chile]] reported that [[Kast|PERSON|José Antonio Kast]] had "
        "[[58.2%|percent|58.2|%]] of the vote and [[Jara|PERSON|Jeannette Jara]] "
        "[[41.8%|percent|41.8|%]].\n\n"
        "[[About 13.4 million|count|13400000|person]] people voted, the [[first|ordinal|1]] presidential "
        "runoff held since voting became compulsory again in [[2022|D|2022]].\n\n"
        "Speaking to supporters in [[Santiago|GPE]], [[Kast|PERSON|José Antonio Kast]] said: “[[Chile|GPE]] "
        "has chosen order and security.” He promised to expel migrants without papers and to cut public "
        "spending by [[US$6 billion|money|6000000000|USD]] over [[18 months|D|P18M]].\n\n"
        "[[Jara|PERSON|Jeannette Jara]] conceded defeat and said her movement would be a firm opposition. "
        "Outgoing President [[Gabriel Boric|PERSON]] called [[Kast|PERSON|José Antonio Kast]] to congratulate "
        "him and invited him to [[La Moneda Palace|FAC]] on [[Monday|D|2025-12-15]].\n\n"
        "[[Kast|PERSON|José Antonio Kast]] lost the [[2021|D|2021]] runoff to "
        "[[Boric|PERSON|Gabriel Boric]]. The conservative [[Evelyn Matthei|PERSON]], who came "
        "[[fifth|ordinal|5]] in the [[first|ordinal|1]] round on [[November 16|D|2025-11-16]], had backed him. He "
        "will take office on [[March 11|D|2026-03-11]] for a "
        "[[four-year|D|P4Y]] term. [[Argentine|NORP]] President [[Javier Milei|PERSON]] was among the [[first|ordinal|1]] "
        "leaders to congratulate him, and [[U.S.|GPE|United States]] Secretary of State [[Marco Rubio|PERSON]] "
        "welcomed the result. [[Kast|PERSON|José Antonio Kast]]'s allies will not hold a majority in the "
        "[[National Congress|ORG|National Congress of Chile]] in [[Valparaíso|GPE]].",
        [
            ("Electoral Service of Chile", "report", "Kast had 58.2% of the vote and Jara 41.8%", False),
            ("José Antonio Kast", "say", "Chile has chosen order and security.", True),
            ("José Antonio Kast", "promise", "expel migrants without papers and to cut public spending by "
             "US$6 billion over 18 months", False),
            ("Jeannette Jara", "say", "her movement would be a firm opposition", False),
        ],
    ),
    (
        "own40-ho-10", "wikinews-iberian-blackout", "2025-04-29", "2025-04-29",
        "Power restored across [[Spain|GPE]] and [[Portugal|GPE]] after massive blackout\n"
        "[[Tuesday, April 29, 2025|D|2025-04-29]]\n\n"
        "Electricity was restored to almost all of [[Spain|GPE]] and [[Portugal|GPE]] by "
        "this morning, after a blackout on [[Monday|D|2025-04-28]] left [[about 55 "
        "million|count|55000000|person]] people without power for up to 18 hours.\n\n"
        "The [[Spanish|NORP]] grid operator [[Red Eléctrica|ORG|Red Eléctrica de España]] said "
        "[[15 gigawatts|quantity|15|GW]] of generation, [[about 60%|percent|60|%]] of national demand, "
        "disappeared in five seconds shortly after 12:30 local time. Trains stopped, traffic lights "
        "failed and the metro systems of [[Madrid|GPE]] and [[Lisbon|GPE]] were evacuated. Parts of "
        "[[Andorra|GPE]] and southern [[France|GPE]] were briefly affected.\n\n"
        "[[Spanish|NORP]] Prime Minister [[Pedro Sánchez|PERSON]] said the cause was still unknown and that "
        "no hypothesis had been ruled out. “This has never happened before,” he told a press "
        "conference.\n\n"
        "[[Portuguese|NORP]] Prime Minister [[Luís Montenegro|PERSON]] said there was no indication of a "
        "cyber-attack. [[Portugal|GPE]]'s grid operator [[REN|ORG|Redes Energéticas Nacionais]] said its "
        "[[89|count|89|substation]] substations were all back in service before midnight.\n\n"
        "[[At least seven|count|7|death]] deaths in [[Spain|GPE]] and [[one|count|1|death]] in [[Portugal|GPE]] were "
        "linked to the outage. The [[European Commission|ORG]] said it was in contact with both "
        "governments, and its president, [[Ursula von der Leyen|PERSON]], promised a full "
        "investigation.\n\n"
        "The [[Iberian Peninsula|LOC]] has only limited interconnection with the rest of [[Europe|LOC]], "
        "[[about 3%|percent|3|%]] of its installed capacity.",
        [
            ("Red Eléctrica de España", "say", "15 gigawatts of generation, about 60% of national demand, "
             "disappeared in five seconds shortly after 12:30 local time", False),
            ("Pedro Sánchez", "say", "the cause was still unknown and that no hypothesis had been ruled out",
             False),
            ("Pedro Sánchez", "tell", "This has never happened before", True),
            ("Luís Montenegro", "say", "there was no indication of a cyber-attack", False),
            ("Redes Energéticas Nacionais", "say", "its 89 substations were all back in service before midnight",
             False),
            ("European Commission", "say", "it was in contact with both governments", False),
            ("Ursula von der Leyen", "promise", "a full investigation", False),
        ],
    ),
    (
        "own40-ho-11", "wikinews-pope-leo", "2025-05-09", "2025-05-09",
        "[[Robert Prevost|PERSON|Pope Leo XIV]] elected pope, takes the name [[Leo XIV|PERSON|Pope Leo "
        "XIV]]\n"
        "[[Friday, May 9, 2025|D|2025-05-09]]\n\n"
        "Cardinal [[Robert Francis Prevost|PERSON|Pope Leo XIV]] was elected the [[267th|ordinal|267]] pope of "
        "the [[Catholic Church|ORG]] on [[Thursday|D|2025-05-08]], taking the name [[Leo XIV|PERSON|Pope Leo "
        "XIV]]. He is the [[first|ordinal|1]] pope from the [[United States|GPE]].\n\n"
        "White smoke rose from the chimney of the [[Sistine Chapel|FAC]] shortly after 6 p.m., on the "
        "[[fourth|ordinal|4]] ballot of the conclave's [[second|ordinal|2]] day. [[133|count|133|cardinal]] "
        "cardinals from [[70|count|70|country]] countries took part, the largest conclave ever held.\n\n"
        "Cardinal [[Dominique Mamberti|PERSON]] announced the election from the balcony of [[St. Peter's "
        "Basilica|FAC]] to a crowd of [[more than 100,000|count|100000|person]] in [[St. Peter's "
        "Square|FAC]].\n\n"
        "“Peace be with you all,” the new pope said in his [[first|ordinal|1]] words, before speaking in [[Italian|NORP]] "
        "and [[Spanish|NORP]]. He thanked his predecessor, [[Francis|PERSON|Pope Francis]], who died on [[April "
        "21|D|2025-04-21]].\n\n"
        "[[Prevost|PERSON|Pope Leo XIV]] was born in [[Chicago|GPE]] and spent "
        "[[two decades|D|P20Y]] as a missionary in [[Peru|GPE]], where he became a citizen in "
        "[[2015|D|2015]]. [[Peruvian|NORP]] President [[Dina Boluarte|PERSON]] said the election was a "
        "blessing for her country, and [[Italian|NORP]] Prime Minister [[Giorgia Meloni|PERSON]] said his "
        "words were a message of peace.\n\n"
        "[[U.S.|GPE|United States]] President [[Donald Trump|PERSON]] called it “a great honor for our "
        "country”. The [[Vatican|GPE|Vatican City]] said the inauguration Mass would be held on "
        "[[May 18|D|2025-05-18]].",
        [
            ("Pope Leo XIV", "say", "Peace be with you all", True),
            ("Dina Boluarte", "say", "the election was a blessing for her country", False),
            ("Giorgia Meloni", "say", "his words were a message of peace", False),
            ("Donald Trump", "call", "a great honor for our country", True),
            ("Vatican City", "say", "the inauguration Mass would be held on May 18", False),
        ],
    ),
    (
        "own40-ho-12", "wire-prague-trade", "1996-08-27", "1996-08-27",
        "[[Czech|NORP]] trade deficit widens in [[first half|D|1996-01/1996-06]].\n"
        "[[PRAGUE|GPE|Prague]] [[1996-08-27|D|1996-08-27]]\n\n"
        "The [[Czech Republic|GPE]]'s trade deficit widened to [[61.2 billion crowns|money|61200000000|CZK]] in "
        "[[the first half of 1996|D|1996-01/1996-06]] from [[38.5 billion|money|38500000000|CZK]] in "
        "[[January-June 1995|D|1995-01/1995-06]], the [[Czech Statistical Office|ORG]] said on [[Monday|D|1996-08-26]].\n\n"
        "Exports rose [[9.7 percent|percent|9.7|%]] to [[300.4 billion crowns|money|300400000000|CZK]] "
        "while imports jumped [[14.6 percent|percent|14.6|%]] to [[361.6 billion|money|361600000000|CZK]]. "
        "[[Germany|GPE]] remained the main trading partner, taking [[36 percent|percent|36|%]] of exports.\n\n"
        "Finance Minister [[Ivan Kocarnik|PERSON|Ivan Kočárník]] told [[Reuters|ORG]] the "
        "\"worrying\" deficit was manageable and said the government would cut spending by [[10 billion "
        "crowns|money|10000000000|CZK]] if needed.\n\n"
        "Analysts said the current account deficit could reach [[seven percent|percent|7|%]] of gross "
        "domestic product in [[1996|D|1996]], higher than in [[Poland|GPE]] or [[Hungary|GPE]]. The [[Czech National Bank|ORG]] raised its discount rate to "
        "[[10.5 percent|percent|10.5|%]] in [[June|D|1996-06]] to cool demand.\n\n"
        "\"We expect the deficit to narrow in [[the second half|D|1996-07/1996-12]] as imports of machinery "
        "slow,\" said [[Pavel Kysilka|PERSON]], chief economist at [[Ceska Sporitelna|ORG|Česká spořitelna]].\n\n"
        "Prime Minister [[Vaclav Klaus|PERSON|Václav Klaus]] has said the deficit reflects strong "
        "investment. The [[Prague Stock Exchange|ORG]]'s PX50 index fell [[1.2 percent|percent|1.2|%]]. The "
        "crown was at [[27.15 crowns|money|27.15|CZK]] to the dollar on [[Monday|D|1996-08-26]].\n\n"
        "-- [[Prague|GPE]] Newsroom, 42-2-2423-0003",
        [
            ("Czech Statistical Office", "say", "The Czech Republic's trade deficit widened to 61.2 billion "
             "crowns in the first half of 1996 from 38.5 billion in January-June 1995", False),
            ("Ivan Kočárník", "tell", "the \"worrying\" deficit was manageable", False),
            ("Ivan Kočárník", "say", "the government would cut spending by 10 billion crowns if needed", False),
            ("Pavel Kysilka", "say", "We expect the deficit to narrow in the second half as imports of "
             "machinery slow", True),
            ("Václav Klaus", "say", "the deficit reflects strong investment", False),
        ],
    ),
    (
        "own40-ho-13", "wire-french-soccer", "1996-08-24", "1996-08-24",
        "SOCCER - FRENCH [[FIRST|ordinal|1]] DIVISION RESULTS.\n"
        "[[PARIS|GPE|Paris]] [[1996-08-24|D|1996-08-24]]\n\n"
        "Results of [[French|NORP]] [[first|ordinal|1]] division matches on [[Saturday|D|1996-08-24]]:\n\n"
        "[[Auxerre|ORG|AJ Auxerre]] [[1|number|1]] [[Lyon|ORG|Olympique Lyonnais]] [[0|number|0]]\n"
        "[[Bastia|ORG|SC Bastia]] [[2|number|2]] [[Lille|ORG|Lille OSC]] [[2|number|2]]\n"
        "[[Cannes|ORG|AS Cannes]] [[0|number|0]] [[Monaco|ORG|AS Monaco FC]] [[3|number|3]]\n"
        "[[Guingamp|ORG|En Avant Guingamp]] [[1|number|1]] [[Nantes|ORG|FC Nantes]] [[1|number|1]]\n"
        "[[Le Havre|ORG|Le Havre AC]] [[0|number|0]] [[Bordeaux|ORG|FC Girondins de Bordeaux]] "
        "[[1|number|1]]\n"
        "[[Metz|ORG|FC Metz]] [[2|number|2]] [[Caen|ORG|Stade Malherbe Caen]] [[0|number|0]]\n"
        "[[Montpellier|ORG|Montpellier HSC]] [[1|number|1]] [[Strasbourg|ORG|RC Strasbourg Alsace]] "
        "[[2|number|2]]\n"
        "[[Nancy|ORG|AS Nancy Lorraine]] [[0|number|0]] [[Rennes|ORG|Stade Rennais F.C.]] [[0|number|0]]\n"
        "[[Paris St Germain|ORG|Paris Saint-Germain F.C.]] [[3|number|3]] [[Marseille|ORG|Olympique de "
        "Marseille]] [[1|number|1]]\n\n"
        "Played on [[Friday|D|1996-08-23]]:\n"
        "[[Lens|ORG|RC Lens]] [[2|number|2]] [[Nice|ORG|OGC Nice]] [[1|number|1]]\n\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n"
        "[[Paris St Germain|ORG|Paris Saint-Germain F.C.]] [[3|number|3]] [[3|number|3]] [[0|number|0]] "
        "[[0|number|0]] [[7|number|7]] [[2|number|2]] [[9|number|9]]\n"
        "[[Monaco|ORG|AS Monaco FC]] [[3|number|3]] [[2|number|2]] [[1|number|1]] [[0|number|0]] "
        "[[6|number|6]] [[1|number|1]] [[7|number|7]]\n"
        "[[Metz|ORG|FC Metz]] [[3|number|3]] [[2|number|2]] [[1|number|1]] [[0|number|0]] [[4|number|4]] "
        "[[1|number|1]] [[7|number|7]]\n"
        "[[Bordeaux|ORG|FC Girondins de Bordeaux]] [[3|number|3]] [[2|number|2]] [[0|number|0]] "
        "[[1|number|1]] [[3|number|3]] [[2|number|2]] [[6|number|6]]\n"
        "[[Strasbourg|ORG|RC Strasbourg Alsace]] [[3|number|3]] [[2|number|2]] [[0|number|0]] [[1|number|1]] "
        "[[5|number|5]] [[4|number|4]] [[6|number|6]]\n\n"
        "Scorers in [[Paris|GPE]]: [[Patrice Loko|PERSON]] ([[2|number|2]]), [[Leonardo|PERSON|Leonardo "
        "(footballer, born 1969)]]; [[Tony Cascarino|PERSON]]. Attendance: [[41,200|count|41200|spectator]].\n"
        "Scorer in [[Auxerre|GPE]]: [[Lilian Laslandes|PERSON]].\n\n"
        "[[Marseille|ORG|Olympique de Marseille]] coach [[Gérard Gili|PERSON]] said his side had been "
        "\"punished for every mistake\" at the [[Parc des Princes|FAC]]. [[Monaco|ORG|AS Monaco FC]] coach [[Jean Tigana|PERSON]] said his young "
        "side could challenge for the title.\n\n"
        "Next round on [[Wednesday|D|1996-08-28]]: [[Bordeaux|ORG|FC Girondins de Bordeaux]] v "
        "[[Paris St Germain|ORG|Paris Saint-Germain F.C.]], [[Monaco|ORG|AS Monaco FC]] v [[Metz|ORG|FC "
        "Metz]].",
        [
            ("Gérard Gili", "say", "his side had been \"punished for every mistake\" at the Parc des Princes",
             False),
            ("Jean Tigana", "say", "his young side could challenge for the title", False),
        ],
    ),
    (
        "own40-ho-14", "wire-cricket-test", "1996-08-23", "1996-08-23",
        "CRICKET - [[PAKISTAN|GPE|Pakistan]] REPLY STRONGLY AFTER [[CRAWLEY|PERSON|John Crawley]] CENTURY.\n"
        "[[LONDON|GPE|London]] [[1996-08-23|D|1996-08-23]]\n\n"
        "[[Pakistan|GPE]] reached [[229|number|229]] for [[two|number|2]] at the close on the "
        "[[second|ordinal|2]] day of the [[third|ordinal|3]] and final test against [[England|GPE]] at "
        "[[The Oval|FAC]], replying to [[England|GPE]]'s [[first|ordinal|1]] innings "
        "[[326|number|326]].\n\n"
        "Opener [[Saeed Anwar|PERSON]] was unbeaten on [[116|number|116]] after hitting "
        "[[18|count|18|boundary]] boundaries, and [[Ijaz Ahmed|PERSON]] made [[61|number|61]] before "
        "edging [[Dominic Cork|PERSON]] to wicketkeeper [[Alec Stewart|PERSON]]. [[Aamer Sohail|PERSON]] "
        "was out for [[46|number|46]], caught by [[Nasser Hussain|PERSON]] off [[Robert Croft|PERSON]].\n\n"
        "Earlier, [[John Crawley|PERSON]] completed his maiden test century, [[106|number|106]] in "
        "five hours, before [[Waqar Younis|PERSON]] and [[Wasim Akram|PERSON]] ran through the lower "
        "order. [[Waqar|PERSON|Waqar Younis]] finished with [[four|number|4]] for [[95|number|95]].\n\n"
        "\"The pitch is still good for batting and we want a lead of [[at least 150|number|150]],\" said "
        "[[Pakistan|GPE]] captain [[Wasim Akram|PERSON]]. [[Pakistan|GPE]] lead the series "
        "[[1|number|1]]-[[0|number|0]] after winning the [[first|ordinal|1]] test in [[July|D|1996-07]].\n\n"
        "[[England|GPE]] captain [[Mike Atherton|PERSON]] admitted his bowlers had been "
        "\"too short and too wide\" on the [[second|ordinal|2]] morning.\n\n"
        "Scores: [[England|GPE]] [[326|number|326]] ([[J. Crawley|PERSON|John Crawley]] [[106|number|106]], "
        "[[A. Stewart|PERSON|Alec Stewart]] [[44|number|44]]; [[Waqar Younis|PERSON]] "
        "[[4|number|4]]-[[95|number|95]], [[Mushtaq Ahmed|PERSON]] [[2|number|2]]-[[78|number|78]]) v [[Pakistan|GPE]] [[229|number|229]]-[[2|number|2]] ([[Saeed Anwar|PERSON]] "
        "[[116|number|116]] not out, [[Ijaz Ahmed|PERSON]] [[61|number|61]]).",
        [
            ("Wasim Akram", "say", "The pitch is still good for batting and we want a lead of at least 150",
             True),
            ("Mike Atherton", "admit", "his bowlers had been \"too short and too wide\" on the second morning",
             False),
        ],
    ),
]
