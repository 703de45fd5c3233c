"""Held-out set 60 (blind): marked texts of briefs 08-14 and their statements (see
``build_own60_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own60-ho-08", "malta-finance-ministry-budget-2026", "2025-10-27", "2025-10-27",
        "From: [[Ministry for Finance|ORG|Ministry for Finance (Malta)]], [[Valletta|GPE]]\n"
        "Published: [[27 October 2025|D|2025-10-27]]\n\n"
        "BUDGET [[2026|D|2026]]: TAX CUTS FOR FAMILIES AND A DEFICIT BELOW [[3%|percent|3|%]]\n\n"
        "Minister for Finance [[Clyde Caruana|PERSON]] [[today|D|2025-10-27]] presented the budget for "
        "[[2026|D|2026]] to the [[House of Representatives|ORG|House of Representatives of Malta]].\n\n"
        "Main measures\n"
        "• Income tax cuts for families with children, worth [[€52 million|money|52000000|EUR]] a year\n"
        "• Children’s allowance raised by [[€250|money|250|EUR]] per child\n"
        "• Pensions raised by [[€20|money|20|EUR]] a week\n"
        "• [[€350 million|money|350000000|EUR]] to keep electricity and fuel prices fixed\n"
        "• [[1,000|count|1000|home]] affordable homes to be built by [[2028|D|2028]]\n\n"
        "Economic forecasts\n"
        "                         [[2025|D|2025]]     [[2026|D|2026]]\n"
        "Real GDP growth          [[4.1%|percent|4.1|%]]     [[4.0%|percent|4.0|%]]\n"
        "Deficit, % of GDP        [[3.3%|percent|3.3|%]]     [[2.8%|percent|2.8|%]]\n"
        "Public debt, % of GDP    [[47.8%|percent|47.8|%]]    [[47.0%|percent|47.0|%]]\n"
        "Unemployment             [[3.0%|percent|3.0|%]]     [[2.9%|percent|2.9|%]]\n\n"
        "“This budget puts money back in the pockets of families and brings the deficit below "
        "[[3%|percent|3|%]], as we promised,” [[Caruana|PERSON|Clyde Caruana]] told the House. He said the "
        "economy would outgrow the euro area for the [[fifth|ordinal|5]] year in a row.\n\n"
        "Prime Minister [[Robert Abela|PERSON]] pledged that there would be no new taxes before the next "
        "general election, due by [[2027|D|2027]]. Opposition Leader [[Alex Borg|PERSON]] of the "
        "[[Nationalist Party|ORG]] said the budget did nothing about traffic and the cost of housing. The "
        "[[Malta Chamber of Commerce, Enterprise and Industry|ORG]] called for a plan to phase out energy "
        "subsidies after [[2026|D|2026]].\n\n"
        "Notes to editors\n"
        "1. The [[European Commission|ORG]] will give its opinion on [[Malta|GPE]]’s draft budgetary plan by "
        "[[30 November|D|2025-11-30]].\n"
        "2. Figures for [[2025|D|2025]] are estimates.",
        [
            ("Clyde Caruana", "tell", "This budget puts money back in the pockets of families and brings the "
             "deficit below 3%, as we promised", True),
            ("Clyde Caruana", "say", "the economy would outgrow the euro area for the fifth year in a row",
             False),
            ("Robert Abela", "pledge", "there would be no new taxes before the next general election, due by "
             "2027", False),
            ("Alex Borg", "say", "the budget did nothing about traffic and the cost of housing", False),
            ("Malta Chamber of Commerce, Enterprise and Industry", "call for", "a plan to phase out energy "
             "subsidies after 2026", False),
        ],
    ),
    (
        "own60-ho-09", "wikinews-albania-election-rama-fourth-term", "2025-05-14", "2025-05-14",
        "[[Edi Rama|PERSON]]’s [[Socialist Party|ORG|Socialist Party of Albania]] wins [[fourth|ordinal|4]] "
        "term in [[Albanian|NORP]] election\n\n"
        "[[Wednesday, May 14, 2025|D|2025-05-14]]\n\n"
        "[[Albania|GPE]]’s ruling [[Socialist Party|ORG|Socialist Party of Albania]] won "
        "[[Sunday|D|2025-05-11]]’s parliamentary election, taking [[83|count|83|seat]] of the "
        "[[140|count|140|seat]] seats in the [[Parliament|ORG|Parliament of Albania]], according to final "
        "results published by the [[Central Election Commission|ORG|Central Election Commission (Albania)]] "
        "on [[Tuesday|D|2025-05-13]].\n\n"
        "The party won [[52.1%|percent|52.1|%]] of the vote. The [[Alliance for a Magnificent Albania|ORG]], "
        "led by former prime minister [[Sali Berisha|PERSON]]’s [[Democratic Party|ORG|Democratic Party of "
        "Albania]], came second with [[34.2%|percent|34.2|%]] and [[50|count|50|seat]] seats. Turnout was "
        "[[about 42%|percent|42|%]]. For the [[first|ordinal|1]] time, [[Albanians|NORP|Albanian]] living "
        "abroad could vote by post; [[about 195,000|count|195000|vote]] postal votes were counted.\n\n"
        "[[Rama|PERSON|Edi Rama]], who has governed since [[2013|D|2013]], told supporters in "
        "[[Tirana|GPE]] that [[Albania|GPE]] would join the [[European Union|ORG]] by [[2030|D|2030]]. "
        "“We will be the [[28th|ordinal|28]] member of the [[Union|ORG|European Union]], and no one will stop us,” he said.\n\n"
        "[[Berisha|PERSON|Sali Berisha]] refused to accept the result and claimed that the government had "
        "bought votes with public money. The [[Organization for Security and Co-operation in Europe|ORG]] said "
        "in a preliminary statement on [[Monday|D|2025-05-12]] that the election was competitive but that the "
        "ruling party had misused state resources.\n\n"
        "[[European Commission|ORG]] President [[Ursula von der Leyen|PERSON]] wrote that [[Albania|GPE]]’s "
        "place was in the [[EU|ORG|European Union]]. The new parliament is expected to meet in "
        "[[September|D|2025-09]].",
        [
            ("Central Election Commission (Albania)", "according to", "Albania’s ruling Socialist Party won "
             "Sunday’s parliamentary election, taking 83 of the 140 seats in the Parliament", False),
            ("Edi Rama", "tell", "Albania would join the European Union by 2030", False),
            ("Edi Rama", "say", "We will be the 28th member of the Union, and no one will stop us", True),
            ("Sali Berisha", "claim", "the government had bought votes with public money", False),
            ("Organization for Security and Co-operation in Europe", "say", "the election was competitive but "
             "that the ruling party had misused state resources", False),
            ("Ursula von der Leyen", "write", "Albania’s place was in the EU", False),
        ],
    ),
    (
        "own60-ho-10", "wikinews-trinidad-and-tobago-election-unc", "2025-04-29", "2025-04-29",
        "[[UNC|ORG|United National Congress]] wins [[Trinidad and Tobago|GPE]] general election; "
        "[[Persad-Bissessar|PERSON|Kamla Persad-Bissessar]] to return as prime minister\n\n"
        "[[Tuesday, April 29, 2025|D|2025-04-29]]\n\n"
        "The [[United National Congress|ORG]] won [[Monday|D|2025-04-28]]’s general election in "
        "[[Trinidad and Tobago|GPE]], taking [[26|count|26|seat]] of the [[41|count|41|seat]] seats in the "
        "[[House of Representatives|ORG|House of Representatives (Trinidad and Tobago)]]. The "
        "[[People's National Movement|ORG]] ([[PNM|ORG|People's National Movement]]) of Prime Minister "
        "[[Stuart Young|PERSON]], who succeeded [[Keith Rowley|PERSON]] in [[March|D|2025-03]], won "
        "[[13|count|13|seat]] seats, and the [[Tobago People's Party|ORG]] won both seats in "
        "[[Tobago|GPE]]. Turnout was [[about 54%|percent|54|%]], according to the "
        "[[Elections and Boundaries Commission|ORG|Elections and Boundaries Commission (Trinidad and "
        "Tobago)]].\n\n"
        "[[Kamla Persad-Bissessar|PERSON]], who led the country [[from 2010 to 2015|D|2010/2015]], told "
        "supporters in [[Siparia|GPE]] that her government would raise public sector pay by "
        "[[10%|percent|10|%]] and hire [[1,000|count|1000|police officer]] more police officers. “The people "
        "have spoken, and they have chosen hope over fear,” she said.\n\n"
        "[[Young|PERSON|Stuart Young]] conceded defeat and said the [[PNM|ORG|People's National Movement]] "
        "would rebuild in opposition. The campaign was dominated by crime; a state of emergency declared in "
        "[[December|D|2024-12]] ended in [[April|D|2025-04]].\n\n"
        "The observer mission of the [[Caribbean Community|ORG]] ([[CARICOM|ORG|Caribbean Community]]) said "
        "the vote had been peaceful and well organised.\n\n"
        "President [[Christine Kangaloo|PERSON]] is expected to swear in the new prime minister on "
        "[[Thursday|D|2025-05-01]].",
        [
            ("Elections and Boundaries Commission (Trinidad and Tobago)", "according to", "Turnout was about 54%",
             False),
            ("Kamla Persad-Bissessar", "tell", "her government would raise public sector pay by 10% and hire "
             "1,000 more police officers", False),
            ("Kamla Persad-Bissessar", "say", "The people have spoken, and they have chosen hope over fear",
             True),
            ("Stuart Young", "say", "the PNM would rebuild in opposition", False),
            ("Caribbean Community", "say", "the vote had been peaceful and well organised", False),
        ],
    ),
    (
        "own60-ho-11", "wikinews-african-union-commission-chair-youssouf", "2025-02-16", "2025-02-16",
        "[[Djibouti|GPE]]’s [[Mahamoud Ali Youssouf|PERSON]] elected [[African Union Commission|ORG]] "
        "chairperson\n\n"
        "[[Sunday, February 16, 2025|D|2025-02-16]]\n\n"
        "[[Djibouti|GPE]]’s foreign minister, [[Mahamoud Ali Youssouf|PERSON]], was elected chairperson of the "
        "[[African Union Commission|ORG]] on [[Saturday|D|2025-02-15]] at the [[38th|ordinal|38]] summit of "
        "the [[55|count|55|member]]-member [[African Union|ORG]] in [[Addis Ababa|GPE]].\n\n"
        "[[Youssouf|PERSON|Mahamoud Ali Youssouf]] won [[33|count|33|vote]] votes in the "
        "[[seventh|ordinal|7]] round, the two-thirds majority of the [[49|count|49|member state]] member "
        "states allowed to vote, after former [[Kenyan|NORP]] prime minister [[Raila Odinga|PERSON]] "
        "withdrew. [[Madagascar|GPE]]’s former foreign minister [[Richard Randriamandrato|PERSON]] was "
        "eliminated earlier. [[Algeria|GPE]]’s [[Selma Malika Haddadi|PERSON]] was elected deputy "
        "chairperson.\n\n"
        "Youssouf succeeds [[Moussa Faki Mahamat|PERSON]] of [[Chad|GPE]], who held the post for "
        "[[eight years|D|P8Y]], and will serve a [[four-year|D|P4Y]] term.\n\n"
        "After the vote, [[Youssouf|PERSON|Mahamoud Ali Youssouf]] told delegates that the "
        "[[Commission|ORG|African Union Commission]] would put peace in [[Sudan|GPE]] and eastern "
        "[[Congo|GPE|Democratic Republic of the Congo]] first. “[[Africa|LOC]] must pay for its own "
        "institutions and speak with one voice,” he said.\n\n"
        "[[Odinga|PERSON|Raila Odinga]] accepted the result and said he would continue to serve "
        "[[Africa|LOC]] in other ways. [[Kenyan|NORP]] President [[William Ruto|PERSON]] congratulated "
        "[[Youssouf|PERSON|Mahamoud Ali Youssouf]] and pledged [[Kenya|GPE]]’s full support.\n\n"
        "According to the [[African Union|ORG]], the new commissioners will take office in "
        "[[March|D|2025-03]].",
        [
            ("Mahamoud Ali Youssouf", "tell", "the Commission would put peace in Sudan and eastern Congo first",
             False),
            ("Mahamoud Ali Youssouf", "say", "Africa must pay for its own institutions and speak with one voice",
             True),
            ("Raila Odinga", "say", "he would continue to serve Africa in other ways", False),
            ("William Ruto", "pledge", "Kenya’s full support", False),
            ("African Union", "according to", "the new commissioners will take office in March", False),
        ],
    ),
    (
        "own60-ho-12", "wire-santo-domingo-fernandez-sworn-in", "1996-08-16", "1996-08-16",
        "[[FERNANDEZ|PERSON|Leonel Fernández]] SWORN IN AS [[DOMINICAN|NORP|Dominican]] PRESIDENT.\n\n"
        "[[SANTO DOMINGO|GPE|Santo Domingo]] [[1996-08-16|D|1996-08-16]]\n\n"
        "[[Leonel Fernandez|PERSON|Leonel Fernández]], a [[42-year-old|D|P42Y]] lawyer who grew up in "
        "[[New York|GPE|New York City]], was sworn in as president of the "
        "[[Dominican Republic|GPE]] on [[Friday|D|1996-08-16]], ending the long rule of "
        "[[89-year-old|D|P89Y]] [[Joaquin Balaguer|PERSON|Joaquín Balaguer]].\n\n"
        "[[Fernandez|PERSON|Leonel Fernández]], of the [[Dominican Liberation Party|ORG]] "
        "([[PLD|ORG|Dominican Liberation Party]]), won a [[June 30|D|1996-06-30]] runoff with "
        "[[51.25 percent|percent|51.25|%]] of the vote against [[48.75 percent|percent|48.75|%]] for "
        "[[Jose Francisco Pena Gomez|PERSON|José Francisco Peña Gómez]] of the "
        "[[Dominican Revolutionary Party|ORG]] ([[PRD|ORG|Dominican Revolutionary Party]]).\n\n"
        "[[Balaguer|PERSON|Joaquín Balaguer]], who was president for [[22 years|D|P22Y]] in all, backed "
        "[[Fernandez|PERSON|Leonel Fernández]] in the runoff.\n\n"
        "In his inaugural address, [[Fernandez|PERSON|Leonel Fernández]] pledged to cut inflation to below "
        "[[five percent|percent|5|%]] and to sell loss-making state companies, including the sugar council "
        "[[CEA|ORG|State Sugar Council]].\n\n"
        "\"We will govern for all [[Dominicans|NORP|Dominican]], and we will put an end to the corruption "
        "that has held this country back,\" he told the [[National Assembly|ORG|National Congress (Dominican "
        "Republic)]].\n\n"
        "Central bank governor [[Hector Valdez Albizu|PERSON|Héctor Valdez Albizu]] told [[Reuters|ORG]] the "
        "peso would stay stable at [[around 13.9 pesos|money|13.9|DOP]] to the dollar and that reserves had "
        "risen to [[$350 million|money|350000000|USD]].\n\n"
        "The new government faces a foreign debt of [[about $3.8 billion|money|3800000000|USD]] and a budget "
        "deficit equal to [[1.5 percent|percent|1.5|%]] of gross domestic product, the "
        "[[Finance Ministry|ORG|Ministry of Finance (Dominican Republic)]] said.\n\n"
        "[[Pena Gomez|PERSON|José Francisco Peña Gómez]] said the [[PRD|ORG|Dominican Revolutionary Party]] "
        "would be a constructive opposition. [[Fernandez|PERSON|Leonel Fernández]] will name his cabinet on "
        "[[Saturday|D|1996-08-17]].",
        [
            ("Leonel Fernández", "pledge", "cut inflation to below five percent and to sell loss-making state "
             "companies, including the sugar council CEA", False),
            ("Leonel Fernández", "tell", "We will govern for all Dominicans, and we will put an end to the "
             "corruption that has held this country back", True),
            ("Héctor Valdez Albizu", "tell", "the peso would stay stable at around 13.9 pesos to the dollar and "
             "that reserves had risen to $350 million", False),
            ("Ministry of Finance (Dominican Republic)", "say", "The new government faces a foreign debt of "
             "about $3.8 billion and a budget deficit equal to 1.5 percent of gross domestic product", False),
            ("José Francisco Peña Gómez", "say", "the PRD would be a constructive opposition", False),
        ],
    ),
    (
        "own60-ho-13", "wire-greek-first-division-results-standings", "1996-09-15", "1996-09-15",
        "SOCCER - [[GREEK|NORP|Greek]] FIRST DIVISION RESULTS / STANDINGS.\n\n"
        "[[ATHENS|GPE|Athens]] [[1996-09-15|D|1996-09-15]]\n\n"
        "Results of [[Greek|NORP]] first division soccer matches played on [[Sunday|D|1996-09-15]]:\n\n"
        "[[Olympiakos|ORG|Olympiacos F.C.]] [[3|number|3]] [[Kalamata|ORG|Kalamata F.C.]] [[0|number|0]]\n"
        "[[Panathinaikos|ORG|Panathinaikos F.C.]] [[2|number|2]] [[Iraklis|ORG|Iraklis F.C.]] "
        "[[1|number|1]]\n"
        "[[AEK Athens|ORG|AEK Athens F.C.]] [[1|number|1]] [[PAOK Salonika|ORG|PAOK FC]] [[1|number|1]]\n"
        "[[OFI Crete|ORG|OFI Crete F.C.]] [[2|number|2]] [[Xanthi|ORG|Xanthi F.C.]] [[0|number|0]]\n"
        "[[Aris Salonika|ORG|Aris Thessaloniki F.C.]] [[0|number|0]] [[Larissa|ORG|AEL FC]] [[0|number|0]]\n"
        "[[Ionikos|ORG|Ionikos F.C.]] [[1|number|1]] [[Panionios|ORG|Panionios F.C.]] [[2|number|2]]\n"
        "[[Apollon Athens|ORG|Apollon Smyrnis F.C.]] [[2|number|2]] [[Edessaikos|ORG|Edessaikos F.C.]] "
        "[[1|number|1]]\n"
        "[[Kavala|ORG|Kavala F.C.]] [[1|number|1]] [[Proodeftiki|ORG|Proodeftiki F.C.]] [[1|number|1]]\n"
        "[[Ethnikos Piraeus|ORG|Ethnikos Piraeus F.C.]] [[0|number|0]] [[Athinaikos|ORG|Athinaikos F.C.]] "
        "[[1|number|1]]\n\n"
        "Leading positions after [[two|count|2|round]] rounds (tabulate under played, won, drawn, lost, goals "
        "for, against, points):\n\n"
        "[[Olympiakos|ORG|Olympiacos F.C.]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] "
        "[[7|number|7]] [[1|number|1]] [[6|number|6]]\n"
        "[[Panathinaikos|ORG|Panathinaikos F.C.]] [[2|number|2]] [[2|number|2]] [[0|number|0]] "
        "[[0|number|0]] [[5|number|5]] [[2|number|2]] [[6|number|6]]\n"
        "[[AEK Athens|ORG|AEK Athens F.C.]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] "
        "[[4|number|4]] [[2|number|2]] [[4|number|4]]\n"
        "[[OFI Crete|ORG|OFI Crete F.C.]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] "
        "[[3|number|3]] [[1|number|1]] [[4|number|4]]\n"
        "[[Panionios|ORG|Panionios F.C.]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] "
        "[[3|number|3]] [[2|number|2]] [[4|number|4]]\n\n"
        "[[Alexis Alexandris|PERSON]] scored twice for [[Olympiakos|ORG|Olympiacos F.C.]], whose "
        "[[Bosnian|NORP]] coach [[Dusan Bajevic|PERSON|Dušan Bajević]] joined from "
        "[[AEK|ORG|AEK Athens F.C.]] in [[the summer|D|1996-06/1996-08]].\n\n"
        "\"We are playing with confidence, but the title will be decided in [[May|D|1997-05]],\" "
        "[[Bajevic|PERSON|Dušan Bajević]] told reporters.\n\n"
        "[[Panathinaikos|ORG|Panathinaikos F.C.]] coach [[Juan Ramon Rocha|PERSON|Juan Ramón Rocha]] said his "
        "team had been lucky to beat [[Iraklis|ORG|Iraklis F.C.]]. [[Alexandris|PERSON|Alexis Alexandris]] "
        "said he felt fitter than at any time in his career.\n\n"
        "The [[Hellenic Football Federation|ORG]] said it would investigate crowd trouble at the match in "
        "[[Piraeus|GPE]].",
        [
            ("Dušan Bajević", "tell", "We are playing with confidence, but the title will be decided in May", True),
            ("Juan Ramón Rocha", "say", "his team had been lucky to beat Iraklis", False),
            ("Alexis Alexandris", "say", "he felt fitter than at any time in his career", False),
            ("Hellenic Football Federation", "say", "it would investigate crowd trouble at the match in Piraeus",
             False),
        ],
    ),
    (
        "own60-ho-14", "wire-davis-cup-semifinal-france-italy", "1996-09-20", "1996-09-20",
        "TENNIS - [[FRANCE|GPE|France]] LEAD [[ITALY|GPE|Italy]] [[2|number|2]]-[[0|number|0]] IN "
        "[[DAVIS CUP|EVENT|Davis Cup]] SEMIFINAL.\n\n"
        "[[NANTES|GPE|Nantes]], [[France|GPE]] [[1996-09-20|D|1996-09-20]]\n\n"
        "[[France|GPE]] took a [[2|number|2]]-[[0|number|0]] lead over [[Italy|GPE]] in their "
        "[[Davis Cup|EVENT]] semifinal on [[Friday|D|1996-09-20]] as they chased their [[first|ordinal|1]] "
        "final since [[1991|D|1991]].\n\n"
        "Results on the [[first|ordinal|1]] day:\n\n"
        "[[Cedric Pioline|PERSON|Cédric Pioline]] ([[France|GPE]]) beat [[Renzo Furlan|PERSON]] "
        "([[Italy|GPE]]) [[6|number|6]]-[[3|number|3]] [[6|number|6]]-[[4|number|4]] [[6|number|6]]-"
        "[[7|number|7]] ([[5|number|5]]-[[7|number|7]]) [[6|number|6]]-[[2|number|2]]\n"
        "[[Arnaud Boetsch|PERSON]] ([[France|GPE]]) beat [[Andrea Gaudenzi|PERSON]] ([[Italy|GPE]]) "
        "[[7|number|7]]-[[5|number|5]] [[6|number|6]]-[[2|number|2]] [[6|number|6]]-[[4|number|4]]\n\n"
        "[[Saturday|D|1996-09-21]]’s doubles: [[Guy Forget|PERSON]] and [[Guillaume Raoux|PERSON]] v "
        "[[Andrea Gaudenzi|PERSON]] and [[Diego Nargiso|PERSON]].\n\n"
        "\"I lost my rhythm in the [[third|ordinal|3]] set but I never thought I would lose,\" "
        "[[Pioline|PERSON|Cédric Pioline]] said.\n\n"
        "[[French|NORP]] captain [[Yannick Noah|PERSON]] said he would not change his doubles pair. "
        "[[Italian|NORP]] captain [[Adriano Panatta|PERSON]] told reporters that "
        "[[Furlan|PERSON|Renzo Furlan]] had been \"unlucky\" in the [[fourth|ordinal|4]] set.\n\n"
        "In the other semifinal in [[Prague|GPE]], [[Sweden|GPE]] and the [[Czech Republic|GPE]] were level "
        "at [[1|number|1]]-[[1|number|1]]:\n\n"
        "[[Thomas Enqvist|PERSON]] ([[Sweden|GPE]]) beat [[Bohdan Ulihrach|PERSON]] "
        "([[Czech Republic|GPE]]) [[6|number|6]]-[[4|number|4]] [[6|number|6]]-[[2|number|2]] "
        "[[6|number|6]]-[[3|number|3]]\n"
        "[[Petr Korda|PERSON]] ([[Czech Republic|GPE]]) beat [[Nicklas Kulti|PERSON]] ([[Sweden|GPE]]) "
        "[[7|number|7]]-[[6|number|6]] [[6|number|6]]-[[4|number|4]] [[6|number|6]]-[[4|number|4]]\n\n"
        "The [[International Tennis Federation|ORG]] announced that the final would be played "
        "[[from November 29 to December 1|D|1996-11-29/1996-12-01]].",
        [
            ("Cédric Pioline", "say", "I lost my rhythm in the third set but I never thought I would lose", True),
            ("Yannick Noah", "say", "he would not change his doubles pair", False),
            ("Adriano Panatta", "tell", "Furlan had been \"unlucky\" in the fourth set", False),
            ("International Tennis Federation", "announce", "the final would be played from November 29 to "
             "December 1", False),
        ],
    ),
]
