"""Held-out set 48 (blind): marked texts of briefs 08-14 and their statements (see
``build_own48_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own48-ho-08", "ifrc-brazil-floods", "2024-05-15", "2024-05-15",
        "[[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]] OPERATION UPDATE\n"
        "[[Brazil|GPE]]: Floods in [[Rio Grande do Sul|GPE]]\n"
        "[[Geneva|GPE]] / [[Porto Alegre|GPE]], [[15 May 2024|D|2024-05-15]]\n\n"
        "Situation at a glance\n"
        "Deaths: [[149|count|149|death]]\n"
        "Missing: [[108|count|108|person]]\n"
        "Displaced: [[over 538,000|count|538000|person]]\n"
        "Municipalities affected: [[446|count|446|municipality]] of [[497|count|497|municipality]]\n"
        "Emergency appeal: [[CHF 4 million|money|4000000|CHF]]\n\n"
        "Heavy rain that began on [[29 April|D|2024-04-29]] caused the worst floods in the history of the "
        "[[Brazilian|NORP]] state. The [[Guaíba|LOC|Guaíba Lake]] in [[Porto Alegre|GPE]] peaked at "
        "[[5.35 metres|quantity|5.35|m]] on [[5 May|D|2024-05-05]], above the record of "
        "[[4.76 metres|quantity|4.76|m]] set in [[1941|D|1941]], and [[Salgado Filho International "
        "Airport|FAC]] has been closed since [[3 May|D|2024-05-03]].\n\n"
        "The [[Brazilian Red Cross|ORG]] has mobilised [[more than 1,500|count|1500|volunteer]] volunteers, "
        "who have handed out [[120 tonnes|quantity|120|t]] of food and [[over 200,000 litres|quantity|200000|l]] "
        "of drinking water. The [[Brazilian Red Cross|ORG]] said its teams were running "
        "[[12|count|12|shelter]] shelters in [[Canoas|GPE]] and [[São Leopoldo|GPE]].\n\n"
        "“Whole towns are under water, and people have lost everything they had,” said "
        "[[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]] Secretary General "
        "[[Jagan Chapagain|PERSON]].\n\n"
        "The [[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]] estimates that "
        "[[about 2.3 million|count|2300000|person]] people have been affected and that needs will last for "
        "[[at least six months|D|P6M]].\n\n"
        "President [[Luiz Inácio Lula da Silva|PERSON]] announced a federal aid package of "
        "[[R$50.9 billion|money|50900000000|BRL]] for families, businesses and municipalities. Governor "
        "[[Eduardo Leite|PERSON]] warned that rebuilding the state would cost "
        "[[at least R$19 billion|money|19000000000|BRL]].",
        [
            ("Brazilian Red Cross", "say", "its teams were running 12 shelters in Canoas and São Leopoldo", False),
            ("Jagan Chapagain", "say", "Whole towns are under water, and people have lost everything they had",
             True),
            ("International Federation of Red Cross and Red Crescent Societies", "estimate", "about 2.3 million "
             "people have been affected and that needs will last for at least six months", False),
            ("Luiz Inácio Lula da Silva", "announce", "a federal aid package of R$50.9 billion for families, "
             "businesses and municipalities", False),
            ("Eduardo Leite", "warn", "rebuilding the state would cost at least R$19 billion", False),
        ],
    ),
    (
        "own48-ho-09", "wikinews-noboa-reelected", "2025-04-14", "2025-04-14",
        "[[Monday, April 14, 2025|D|2025-04-14]]\n\n"
        "Incumbent [[Daniel Noboa|PERSON]] wins [[Ecuadorian|NORP]] presidential runoff\n\n"
        "[[Ecuador|GPE]]'s President [[Daniel Noboa|PERSON]] won a full [[four-year|D|P4Y]] term in "
        "[[Sunday|D|2025-04-13]]'s runoff election, defeating leftist candidate [[Luisa González|PERSON]] by a "
        "wider margin than polls had predicted.\n\n"
        "With [[more than 90%|percent|90|%]] of ballots counted, the "
        "[[National Electoral Council|ORG|National Electoral Council (Ecuador)]] "
        "([[CNE|ORG|National Electoral Council (Ecuador)]]) reported that [[Noboa|PERSON|Daniel Noboa]] had "
        "[[55.6%|percent|55.6|%]] of the vote against [[44.4%|percent|44.4|%]] for "
        "[[González|PERSON|Luisa González]]. Turnout was [[about 84%|percent|84|%]] of the "
        "[[13.7 million|count|13700000|voter]] registered voters. In the first round on "
        "[[February 9|D|2025-02-09]], the [[two|count|2|candidate]] candidates had been separated by "
        "[[fewer than 17,000|count|17000|vote]] votes.\n\n"
        "[[CNE|ORG|National Electoral Council (Ecuador)]] president [[Diana Atamaint|PERSON]] told reporters in [[Quito|GPE]] that the trend was "
        "irreversible.\n\n"
        "[[González|PERSON|Luisa González]], the candidate of the [[Citizen Revolution Movement|ORG]] backed by "
        "former president [[Rafael Correa|PERSON]], refused to accept the result. “I refuse to believe that the "
        "people would choose lies over truth,” she said, and called for a recount of the votes.\n\n"
        "Speaking to supporters in [[Olón|GPE]], [[Noboa|PERSON|Daniel Noboa]] said his victory had been "
        "historic and beyond doubt. He first took office in [[November 2023|D|2023-11]] to serve out the term "
        "of [[Guillermo Lasso|PERSON]].\n\n"
        "The [[Organization of American States|ORG]] ([[OAS|ORG|Organization of American States]]) said in a "
        "statement that its observers had found no evidence of fraud. [[U.S.|GPE|United States]] Secretary of "
        "State [[Marco Rubio|PERSON]] congratulated [[Noboa|PERSON|Daniel Noboa]] on his win.",
        [
            ("National Electoral Council (Ecuador)", "report", "Noboa had 55.6% of the vote against 44.4% for "
             "González", False),
            ("Diana Atamaint", "tell", "the trend was irreversible", False),
            ("Luisa González", "say", "I refuse to believe that the people would choose lies over truth", True),
            ("Luisa González", "call for", "a recount of the votes", False),
            ("Daniel Noboa", "say", "his victory had been historic and beyond doubt", False),
            ("Organization of American States", "say", "its observers had found no evidence of fraud", False),
        ],
    ),
    (
        "own48-ho-10", "wikinews-baltic-grid", "2025-02-10", "2025-02-10",
        "[[Monday, February 10, 2025|D|2025-02-10]]\n\n"
        "[[Baltic states|LOC]] join [[European|NORP]] power grid, ending links with [[Russia|GPE]]\n\n"
        "[[Estonia|GPE]], [[Latvia|GPE]] and [[Lithuania|GPE]] synchronised their electricity grids with the "
        "grid of continental [[Europe|LOC]] on [[Sunday|D|2025-02-09]], a day after cutting the last lines to "
        "[[Russia|GPE]] and [[Belarus|GPE]].\n\n"
        "The [[three|count|3|operator]] grid operators, [[Elering|ORG]], [[Augstsprieguma tīkls|ORG]] and "
        "[[Litgrid|ORG]], disconnected from the [[Soviet|NORP]]-era network on [[Saturday|D|2025-02-08]] and ran "
        "their systems alone until the link through [[Poland|GPE]] was switched on. The project cost "
        "[[about €1.6 billion|money|1600000000|EUR]], [[75%|percent|75|%]] of it paid by the "
        "[[European Union|ORG]].\n\n"
        "At a ceremony in [[Vilnius|GPE]], [[European Commission|ORG]] President "
        "[[Ursula von der Leyen|PERSON]] said: “This is freedom: freedom from threats, freedom from "
        "blackmail.”\n\n"
        "[[Lithuanian|NORP]] President [[Gitanas Nausėda|PERSON]] said the [[Baltic states|LOC]] were no longer "
        "exposed to [[Russian|NORP]] blackmail.\n\n"
        "[[Elering|ORG]] chief executive [[Kalle Kilk|PERSON]] told [[ERR|ORG|Eesti Rahvusringhääling]] that "
        "household bills could rise slightly in [[2025|D|2025]] to pay for reserve capacity.\n\n"
        "[[Russian|NORP]] presidential spokesman [[Dmitry Peskov|PERSON]] said [[Russia|GPE]] had taken all measures to keep its "
        "[[Kaliningrad|GPE|Kaliningrad Oblast]] exclave supplied.\n\n"
        "[[NATO|ORG]] stepped up patrols in the [[Baltic Sea|LOC]] after the [[Estlink 2|FAC]] cable between "
        "[[Finland|GPE]] and [[Estonia|GPE]] was damaged on [[December 25|D|2024-12-25]]. [[Estonian|NORP]] police said "
        "the power lines had been guarded by [[more than 100|count|100|officer]] officers over "
        "[[the weekend|D|2025-02-08/2025-02-09]].\n\n"
        "The [[Baltic|NORP]] countries first agreed to leave the [[Russian|NORP]] grid in [[2018|D|2018]].",
        [
            ("Ursula von der Leyen", "say", "This is freedom: freedom from threats, freedom from blackmail.", True),
            ("Gitanas Nausėda", "say", "the Baltic states were no longer exposed to Russian blackmail", False),
            ("Kalle Kilk", "tell", "household bills could rise slightly in 2025 to pay for reserve capacity",
             False),
            ("Dmitry Peskov", "say", "Russia had taken all measures to keep its Kaliningrad exclave supplied",
             False),
        ],
    ),
    (
        "own48-ho-11", "wikinews-romania-dan", "2025-05-19", "2025-05-19",
        "[[Monday, May 19, 2025|D|2025-05-19]]\n\n"
        "[[Nicușor Dan|PERSON]] elected President of [[Romania|GPE]]\n\n"
        "[[Bucharest|GPE]] mayor [[Nicușor Dan|PERSON]] won [[Romania|GPE]]'s presidential runoff on "
        "[[Sunday|D|2025-05-18]], beating nationalist [[George Simion|PERSON]] with [[53.6%|percent|53.6|%]] of "
        "the vote to [[46.4%|percent|46.4|%]], according to the "
        "[[Central Electoral Bureau|ORG|Central Electoral Bureau (Romania)]].\n\n"
        "Turnout was [[64.7%|percent|64.7|%]], the highest in a presidential runoff since [[1996|D|1996]], with "
        "[[over 11.6 million|count|11600000|person]] people voting. [[Simion|PERSON|George Simion]], leader of "
        "the [[Alliance for the Union of Romanians|ORG]] ([[AUR|ORG|Alliance for the Union of Romanians]]), "
        "had led the first round on [[May 4|D|2025-05-04]] with [[41%|percent|41|%]].\n\n"
        "The vote was a rerun of the election of [[November 2024|D|2024-11]], which the "
        "[[Constitutional Court|ORG|Constitutional Court of Romania]] annulled on [[December 6|D|2024-12-06]] "
        "after reports of [[Russian|NORP]] interference in favour of [[Călin Georgescu|PERSON]].\n\n"
        "“[[Romania|GPE]] has won. Now we begin the work of rebuilding trust,” "
        "[[Dan|PERSON|Nicușor Dan]] told supporters in [[Bucharest|GPE]]. He pledged to keep [[Romania|GPE]] "
        "firmly in the [[European Union|ORG]] and [[NATO|ORG]] and to cut the budget deficit, which reached "
        "[[9.3%|percent|9.3|%]] of GDP in [[2024|D|2024]].\n\n"
        "[[Simion|PERSON|George Simion]] at first conceded, but later claimed on social media that foreign "
        "interference had distorted the result.\n\n"
        "The [[European Commission|ORG]] said it looked forward to working with the new president. The leu "
        "gained [[about 2%|percent|2|%]] against the euro.",
        [
            ("Central Electoral Bureau (Romania)", "according to", "Bucharest mayor Nicușor Dan won Romania's "
             "presidential runoff on Sunday, beating nationalist George Simion with 53.6% of the vote to 46.4%",
             False),
            ("Nicușor Dan", "tell", "Romania has won. Now we begin the work of rebuilding trust", True),
            ("Nicușor Dan", "pledge", "keep Romania firmly in the European Union and NATO and to cut the budget "
             "deficit, which reached 9.3% of GDP in 2024", False),
            ("George Simion", "claim", "foreign interference had distorted the result", False),
            ("European Commission", "say", "it looked forward to working with the new president", False),
        ],
    ),
    (
        "own48-ho-12", "wire-romania-hungary-treaty", "1996-09-17", "1996-09-17",
        "[[ROMANIA|GPE|Romania]], [[HUNGARY|GPE|Hungary]] SAY TREATY OPENS WAY TO [[NATO|ORG]]\n\n"
        "[[BUCHAREST|GPE|Bucharest]] [[1996-09-17|D|1996-09-17]]\n\n"
        "[[Romanian|NORP]] Prime Minister [[Nicolae Vacaroiu|PERSON|Nicolae Văcăroiu]] said the basic treaty "
        "signed with [[Hungary|GPE]] on [[Monday|D|1996-09-16]] would help both countries join [[NATO|ORG]] and "
        "the [[European Union|ORG]].\n\n"
        "\"This treaty ends [[six years|D|P6Y]] of suspicion. Our neighbours are now our partners,\" "
        "[[Vacaroiu|PERSON|Nicolae Văcăroiu]] told reporters.\n\n"
        "[[Vacaroiu|PERSON|Nicolae Văcăroiu]] and his [[Hungarian|NORP]] counterpart [[Gyula Horn|PERSON]] "
        "signed the treaty in the western city of [[Timisoara|GPE|Timișoara]], where the [[1989|D|1989]] revolt "
        "against [[Nicolae Ceausescu|PERSON|Nicolae Ceaușescu]] began.\n\n"
        "The treaty guarantees the rights of [[Romania|GPE]]'s [[1.6 million|count|1600000|Hungarian]] ethnic "
        "[[Hungarians|NORP|Hungarian]] and confirms the border drawn after [[World War One|EVENT|World War I]].\n\n"
        "The [[Hungarian Democratic Union of Romania|ORG|Democratic Alliance of Hungarians in Romania]] "
        "([[UDMR|ORG|Democratic Alliance of Hungarians in Romania]]), which holds [[27|count|27|seat]] of the "
        "[[341|count|341|seat]] seats in the lower house, said the treaty did not go far enough because it "
        "rejected collective rights.\n\n"
        "[[Horn|PERSON|Gyula Horn]] told [[Hungarian|NORP]] radio that [[Budapest|GPE]] would press for the "
        "treaty to be applied in full.\n\n"
        "Nationalist leader [[Gheorghe Funar|PERSON]], mayor of [[Cluj|GPE|Cluj-Napoca]], urged parliament to "
        "reject the treaty.\n\n"
        "[[Romania|GPE]] holds presidential and parliamentary elections on [[November 3|D|1996-11-03]]. The leu "
        "was steady at [[3,150 lei|money|3150|ROL]] to the dollar.\n\n"
        "-- [[Bucharest|GPE]] newsroom +40-1 312 0264",
        [
            ("Nicolae Văcăroiu", "say", "the basic treaty signed with Hungary on Monday would help both countries "
             "join NATO and the European Union", False),
            ("Nicolae Văcăroiu", "tell", "This treaty ends six years of suspicion. Our neighbours are now our "
             "partners", True),
            ("Democratic Alliance of Hungarians in Romania", "say", "the treaty did not go far enough because it "
             "rejected collective rights", False),
            ("Gyula Horn", "tell", "Budapest would press for the treaty to be applied in full", False),
            ("Gheorghe Funar", "urge", "parliament to reject the treaty", False),
        ],
    ),
    (
        "own48-ho-13", "wire-olympic-basketball-final", "1996-08-04", "1996-08-04",
        "BASKETBALL - [[U.S.|GPE|United States]] CRUSH [[YUGOSLAVIA|GPE|Federal Republic of Yugoslavia]] FOR "
        "GOLD\n\n"
        "[[ATLANTA|GPE|Atlanta]] [[1996-08-04|D|1996-08-04]]\n\n"
        "The [[United States|GPE]] beat [[Yugoslavia|GPE|Federal Republic of Yugoslavia]] [[95|number|95]]-"
        "[[69|number|69]] in the men's basketball final of the [[Atlanta Olympics|EVENT|1996 Summer Olympics]] "
        "on [[Saturday|D|1996-08-03]], with centre [[David Robinson|PERSON]] scoring [[28|count|28|point]] "
        "points.\n\n"
        "[[Yugoslavia|GPE|Federal Republic of Yugoslavia]], led by [[Vlade Divac|PERSON]], were ahead "
        "[[43|number|43]]-[[38|number|38]] early in the second half before the [[Americans|NORP|American]] "
        "pulled away with a [[23|number|23]]-[[4|number|4]] run before a crowd of "
        "[[34,600|count|34600|fan]] at the [[Georgia Dome|FAC]].\n\n"
        "\"We knew they could shoot. We just had to stop them inside,\" [[Robinson|PERSON|David Robinson]] "
        "said.\n\n"
        "[[U.S.|GPE|United States]] coach [[Lenny Wilkens|PERSON]] said the team had played its best defence of "
        "the tournament. [[Yugoslav|NORP]] coach [[Zeljko Obradovic|PERSON|Željko Obradović]] told reporters "
        "that his players had run out of strength.\n\n"
        "[[Lithuania|GPE]] took the bronze, beating [[Australia|GPE]] [[80|number|80]]-[[74|number|74]] behind "
        "[[Arvydas Sabonis|PERSON]]. [[Sabonis|PERSON|Arvydas Sabonis]] said the bronze meant as much to "
        "[[Lithuania|GPE]] as gold.\n\n"
        "Scorers:\n"
        "[[United States|GPE]] - [[Robinson|PERSON|David Robinson]] [[28|number|28]], "
        "[[Reggie Miller|PERSON]] [[12|number|12]], [[Charles Barkley|PERSON]] [[11|number|11]]\n"
        "[[Yugoslavia|GPE|Federal Republic of Yugoslavia]] - [[Dejan Bodiroga|PERSON]] [[16|number|16]], "
        "[[Divac|PERSON|Vlade Divac]] [[14|number|14]]\n\n"
        "Final placings:\n"
        "1. [[United States|GPE]] 2. [[Yugoslavia|GPE|Federal Republic of Yugoslavia]] 3. [[Lithuania|GPE]] "
        "4. [[Australia|GPE]] 5. [[Greece|GPE]] 6. [[Brazil|GPE]] 7. [[Croatia|GPE]] 8. [[China|GPE]]",
        [
            ("David Robinson", "say", "We knew they could shoot. We just had to stop them inside", True),
            ("Lenny Wilkens", "say", "the team had played its best defence of the tournament", False),
            ("Željko Obradović", "tell", "his players had run out of strength", False),
            ("Arvydas Sabonis", "say", "the bronze meant as much to Lithuania as gold", False),
        ],
    ),
    (
        "own48-ho-14", "wire-speedway-danish-gp", "1996-09-01", "1996-09-01",
        "SPEEDWAY - [[NIELSEN|PERSON|Hans Nielsen]] WINS [[DANISH GRAND PRIX|EVENT|Speedway Grand Prix of "
        "Denmark]]\n\n"
        "[[VOJENS|GPE|Vojens]], [[Denmark|GPE]] [[1996-09-01|D|1996-09-01]]\n\n"
        "[[Denmark|GPE]]'s [[Hans Nielsen|PERSON]] won the [[Danish Grand Prix|EVENT|Speedway Grand Prix of "
        "Denmark]] on [[Saturday|D|1996-08-31]] to close the gap on world championship leader "
        "[[Billy Hamill|PERSON]] of the [[United States|GPE]] with [[one|count|1|round]] round left.\n\n"
        "\"I rode well, but [[Billy|PERSON|Billy Hamill]] is still the favourite,\" [[Nielsen|PERSON|Hans Nielsen]] said after winning "
        "the final in front of [[12,000|count|12000|spectator]] spectators.\n\n"
        "[[Hamill|PERSON|Billy Hamill]], the [[third|ordinal|3]] rider home in the final, said he would need only "
        "[[eight|count|8|point]] points in [[London|GPE]] to take the title. [[Sweden|GPE]]'s "
        "[[Tony Rickardsson|PERSON]] said the track had been too slick for overtaking, and "
        "[[Hancock|PERSON|Greg Hancock]] told reporters that a poor start in the [[first|ordinal|1]] heat had "
        "cost him the win.\n\n"
        "Leading results:\n"
        "1. [[Hans Nielsen|PERSON]] ([[Denmark|GPE]]) [[24|count|24|point]] points\n"
        "2. [[Greg Hancock|PERSON]] ([[U.S.|GPE|United States]]) [[20|count|20|point]]\n"
        "3. [[Billy Hamill|PERSON]] ([[U.S.|GPE|United States]]) [[18|count|18|point]]\n"
        "4. [[Tommy Knudsen|PERSON]] ([[Denmark|GPE]]) [[16|count|16|point]]\n"
        "5. [[Tomasz Gollob|PERSON]] ([[Poland|GPE]]) [[14|count|14|point]]\n\n"
        "World championship standings after [[five|count|5|round]] of [[six|count|6|round]] rounds:\n"
        "1. [[Hamill|PERSON|Billy Hamill]] [[96|count|96|point]] points\n"
        "2. [[Nielsen|PERSON|Hans Nielsen]] [[89|count|89|point]]\n"
        "3. [[Hancock|PERSON|Greg Hancock]] [[78|count|78|point]]\n"
        "4. [[Rickardsson|PERSON|Tony Rickardsson]] [[71|count|71|point]]\n"
        "5. [[Jason Crump|PERSON]] ([[Australia|GPE]]) [[65|count|65|point]]\n\n"
        "The final round is in [[London|GPE]] on [[September 28|D|1996-09-28]].",
        [
            ("Hans Nielsen", "say", "I rode well, but Billy is still the favourite", True),
            ("Billy Hamill", "say", "he would need only eight points in London to take the title", False),
            ("Tony Rickardsson", "say", "the track had been too slick for overtaking", False),
            ("Greg Hancock", "tell", "a poor start in the first heat had cost him the win", False),
        ],
    ),
]
