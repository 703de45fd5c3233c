"""Held-out set 74 (blind): marked texts of briefs 08-14 and their statements (see
``build_own74_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own74-ho-08", "aena-spanish-airports-traffic-2024", "2025-01-13", "2025-01-13",
        "[[Aena|ORG]]\n"
        "Press release\n"
        "[[MADRID|GPE|Madrid]], [[13 January 2025|D|2025-01-13]]\n\n"
        "[[SPANISH|NORP|Spanish]] AIRPORTS CLOSE [[2024|D|2024]] WITH A RECORD "
        "[[309.3 MILLION|count|309300000|passenger]] PASSENGERS\n\n"
        "The airports of the [[Aena|ORG]] network in [[Spain|GPE]] handled "
        "[[309.3 million|count|309300000|passenger]] passengers in [[2024|D|2024]], [[9.2%|percent|9.2|%]] more than "
        "in [[2023|D|2023]], along with [[2.59 million|count|2590000|flight]] flights ([[+7.8%|percent|7.8|%]]) and "
        "[[1.28 million tonnes|quantity|1280000|t]] of cargo ([[+18.6%|percent|18.6|%]]). Passenger records were set "
        "at [[21|count|21|airport]] airports. International traffic accounted for [[70.4%|percent|70.4|%]] of "
        "passengers, [[1.1 percentage points|percent|1.1|pp]] more than in [[2023|D|2023]].\n\n"
        "Busiest airports, [[2024|D|2024]]       Passengers    Change\n"
        "[[Adolfo Suárez Madrid-Barajas|FAC|Adolfo Suárez Madrid–Barajas Airport]]          "
        "[[66,196,984|count|66196984|passenger]]    [[+9.9%|percent|9.9|%]]\n"
        "[[Josep Tarradellas Barcelona-El Prat|FAC|Josep Tarradellas Barcelona–El Prat Airport]]   "
        "[[55,034,955|count|55034955|passenger]]    [[+10.3%|percent|10.3|%]]\n"
        "[[Palma de Mallorca|FAC|Palma de Mallorca Airport]]                     "
        "[[33,298,164|count|33298164|passenger]]    [[+7.0%|percent|7|%]]\n"
        "[[Málaga-Costa del Sol|FAC|Málaga Airport]]                  "
        "[[24,923,774|count|24923774|passenger]]    [[+11.5%|percent|11.5|%]]\n"
        "[[Alicante-Elche Miguel Hernández|FAC|Alicante–Elche Miguel Hernández Airport]]       "
        "[[18,387,387|count|18387387|passenger]]    [[+16.8%|percent|16.8|%]]\n\n"
        "Including [[London Luton Airport|FAC|Luton Airport]] and the [[17|count|17|airport]] airports it runs in "
        "[[Brazil|GPE]], the [[Aena|ORG]] group handled [[369.4 million|count|369400000|passenger]] passengers "
        "([[+8.5%|percent|8.5|%]]). [[Congonhas|FAC|São Paulo–Congonhas Airport]] in [[São Paulo|GPE]] was its busiest "
        "[[Brazilian|NORP]] airport, with [[23.1 million|count|23100000|passenger]].\n\n"
        "“[[Spain|GPE]]’s airports have never been busier, and we must now invest so that growth does not come at "
        "the expense of service,” said [[Maurici Lucena|PERSON]], Chairman and CEO of [[Aena|ORG]]. "
        "[[Lucena|PERSON|Maurici Lucena]] said the company would propose investment of "
        "[[about €13 billion|money|13000000000|EUR]] in its [[Spanish|NORP]] airports for "
        "[[2027-2031|D|2027/2031]]. [[Aena|ORG]] expects passenger numbers in [[Spain|GPE]] to rise by "
        "[[about 3.7%|percent|3.7|%]] in [[2025|D|2025]].\n\n"
        "Transport Minister [[Óscar Puente|PERSON]] said the figures showed that tourism was spreading to the "
        "winter and to inland regions. According to the [[National Statistics Institute|ORG|National Statistics "
        "Institute (Spain)]] ([[INE|ORG|National Statistics Institute (Spain)]]), [[Spain|GPE]] received a record "
        "[[93.8 million|count|93800000|tourist]] international tourists [[last year|D|2024]].",
        [
            ("Maurici Lucena", "say", "Spain’s airports have never been busier, and we must now invest so that growth "
             "does not come at the expense of service", True),
            ("Maurici Lucena", "say", "the company would propose investment of about €13 billion in its Spanish "
             "airports for 2027-2031", False),
            ("Aena", "expect", "passenger numbers in Spain to rise by about 3.7% in 2025", False),
            ("Óscar Puente", "say", "the figures showed that tourism was spreading to the winter and to inland regions",
             False),
            ("National Statistics Institute (Spain)", "according to", "Spain received a record 93.8 million "
             "international tourists last year", False),
        ],
    ),
    (
        "own74-ho-09", "wikinews-assisted-dying-bill-commons", "2025-06-20", "2025-06-20",
        "Assisted dying bill for [[England|GPE]] and [[Wales|GPE]] passes "
        "[[House of Commons|ORG|House of Commons of the United Kingdom]]\n"
        "[[Friday, June 20, 2025|D|2025-06-20]]\n\n"
        "Members of the [[House of Commons|ORG|House of Commons of the United Kingdom]] [[today|D|2025-06-20]] voted "
        "by [[314|number|314]] to [[291|number|291]] to pass the "
        "[[Terminally Ill Adults (End of Life) Bill|LAW]], which would let terminally ill adults in "
        "[[England|GPE]] and [[Wales|GPE]] with [[less than six months|D|P6M]] to live seek help to end their lives. "
        "The bill now goes to the [[House of Lords|ORG]].\n\n"
        "The majority of [[23|count|23|vote]] was smaller than the majority of [[55|count|55|vote]] at the bill’s "
        "[[second|ordinal|2]] reading in [[November|D|2024-11]]. [[Labour|ORG|Labour Party (UK)]] MP "
        "[[Kim Leadbeater|PERSON]], who introduced the bill, told reporters it was “a compassionate and safe law” that gave dying people a choice. "
        "“[[Today|D|2025-06-20]] we have listened to dying people and their families,” [[Leadbeater|PERSON|Kim Leadbeater]] said.\n\n"
        "Prime Minister [[Keir Starmer|PERSON]] voted for the bill, while Health Secretary [[Wes Streeting|PERSON]] "
        "and [[Conservative|ORG|Conservative Party (UK)]] leader [[Kemi Badenoch|PERSON]] voted against. "
        "[[Streeting|PERSON|Wes Streeting]] had warned that the [[National Health Service|ORG|National Health "
        "Service (England)]] could not afford a new service.\n\n"
        "Under the bill, [[two|count|2|doctor]] doctors and a panel made up of a senior lawyer, a psychiatrist and a "
        "social worker would have to approve each request, and patients would have to take the lethal drug "
        "themselves. The law could take [[up to four years|D|P4Y]] to come into force.\n\n"
        "The campaign group [[Dignity in Dying|ORG]] said the vote was a historic step for people who were "
        "suffering at the end of their lives. [[Care Not Killing|ORG]], which opposes the bill, urged members of "
        "the [[House of Lords|ORG]] to reject it. Members of the [[Scottish Parliament|ORG]] are considering a "
        "separate bill for [[Scotland|GPE]].",
        [
            ("Kim Leadbeater", "tell", "it was “a compassionate and safe law” that gave dying people a choice", False),
            ("Kim Leadbeater", "say", "Today we have listened to dying people and their families", True),
            ("Wes Streeting", "warn", "the National Health Service could not afford a new service", False),
            ("Dignity in Dying", "say", "the vote was a historic step for people who were suffering at the end of "
             "their lives", False),
            ("Care Not Killing", "urge", "members of the House of Lords to reject it", False),
        ],
    ),
    (
        "own74-ho-10", "wikinews-spain-working-week-bill-rejected", "2025-09-10", "2025-09-10",
        "[[Spain|GPE]]’s [[Congress|ORG|Congress of Deputies]] rejects shorter working week\n"
        "[[Wednesday, September 10, 2025|D|2025-09-10]]\n\n"
        "The [[Congress of Deputies|ORG]] of [[Spain|GPE]] [[today|D|2025-09-10]] rejected a government bill to cut "
        "the maximum working week from 40 to 37.5 hours without loss of pay. Amendments by the "
        "[[People’s Party|ORG|People's Party (Spain)]] ([[PP|ORG|People's Party (Spain)]]), "
        "[[Vox|ORG|Vox (political party)]] and [[Junts|ORG|Junts per Catalunya]] to return the bill to the "
        "government passed by [[178|number|178]] to [[170|number|170]], with [[one|count|1|abstention]] "
        "abstention.\n\n"
        "Labour Minister [[Yolanda Díaz|PERSON]], who agreed the bill with the unions "
        "[[CCOO|ORG|Workers' Commissions]] and [[UGT|ORG|Unión General de Trabajadores]] in "
        "[[December|D|2024-12]], said the parties that voted against it had “turned their backs” on "
        "[[12.5 million|count|12500000|worker]] workers. “This is not the end of the story,” "
        "[[Díaz|PERSON|Yolanda Díaz]] told reporters. She pledged to bring in digital recording of working hours by "
        "decree [[this year|D|2025]].\n\n"
        "[[Junts|ORG|Junts per Catalunya]], whose [[seven|count|7|deputy]] deputies decided the vote, said the cut "
        "would hurt small businesses in [[Catalonia|GPE]]. The [[PP|ORG|People's Party (Spain)]], led by "
        "[[Alberto Núñez Feijóo|PERSON]], said it favoured agreements between employers and unions sector by "
        "sector. The employers’ federation [[CEOE|ORG|Spanish Confederation of Employers' Organizations]] welcomed "
        "the vote.\n\n"
        "The legal working week in [[Spain|GPE]] was last cut in [[1983|D|1983]], to 40 hours. Prime Minister "
        "[[Pedro Sánchez|PERSON]] had argued that productivity had risen by "
        "[[more than 15%|percent|15|%]] since then. [[Spain|GPE]] has the highest unemployment rate in the "
        "[[European Union|ORG]], at [[10.3%|percent|10.3|%]] in [[the second quarter|D|2025-04/2025-06]].",
        [
            ("Yolanda Díaz", "say", "the parties that voted against it had “turned their backs” on 12.5 million "
             "workers", False),
            ("Yolanda Díaz", "tell", "This is not the end of the story", True),
            ("Yolanda Díaz", "pledge", "bring in digital recording of working hours by decree this year", False),
            ("Junts per Catalunya", "say", "the cut would hurt small businesses in Catalonia", False),
            ("People's Party (Spain)", "say", "it favoured agreements between employers and unions sector by sector",
             False),
            ("Pedro Sánchez", "argue", "productivity had risen by more than 15% since then", False),
        ],
    ),
    (
        "own74-ho-11", "wikinews-riyadh-expo-2030-vote", "2023-11-28", "2023-11-28",
        "[[Riyadh|GPE]] to host [[World Expo 2030|EVENT|Expo 2030]]\n"
        "[[Tuesday, November 28, 2023|D|2023-11-28]]\n\n"
        "Member states of the [[Bureau International des Expositions|ORG]] ([[BIE|ORG|Bureau International des "
        "Expositions]]) [[today|D|2023-11-28]] chose [[Riyadh|GPE]], the capital of [[Saudi Arabia|GPE]], to host "
        "the world’s fair in [[2030|D|2030]]. In a secret ballot in [[Paris|GPE]], [[Riyadh|GPE]] won "
        "[[119|count|119|vote]] of the [[165|count|165|vote]] votes cast, ahead of [[Busan|GPE]] in "
        "[[South Korea|GPE]] with [[29|count|29|vote]] and [[Rome|GPE]] with [[17|count|17|vote]], passing the "
        "two-thirds needed to avoid a [[second|ordinal|2]] round.\n\n"
        "[[Expo 2030|EVENT]] will run [[from 1 October 2030 to 31 March 2031|D|2030-10-01/2031-03-31]], and "
        "[[Saudi Arabia|GPE]] expects [[40 million|count|40000000|visit]] visits. Crown Prince "
        "[[Mohammed bin Salman|PERSON]] said the [[Kingdom|GPE|Saudi Arabia]] would host an exceptional edition, and "
        "pledged [[US$343 million|money|343000000|USD]] to help [[130|count|130|country]] developing countries take "
        "part.\n\n"
        "[[South Korean|NORP]] President [[Yoon Suk Yeol|PERSON]] apologised to the people of [[Busan|GPE]], "
        "saying his government had misjudged the vote. The mayor of [[Rome|GPE]], [[Roberto Gualtieri|PERSON]], "
        "told reporters that the result had been decided by money rather than by the quality of the bids.\n\n"
        "[[BIE|ORG|Bureau International des Expositions]] Secretary General [[Dimitri Kerkentzes|PERSON]] said "
        "the [[Saudi|NORP]] bid had set out a clear plan for sustainable building. It will be the "
        "[[second|ordinal|2]] world expo in the [[Middle East|LOC]], after [[Expo 2020|EVENT]] in [[Dubai|GPE]], "
        "which was delayed by [[a year|D|P1Y]] by the pandemic. [[Expo 2025|EVENT]] opens in [[Osaka|GPE]], "
        "[[Japan|GPE]], in [[April 2025|D|2025-04]].",
        [
            ("Saudi Arabia", "expect", "40 million visits", False),
            ("Mohammed bin Salman", "say", "the Kingdom would host an exceptional edition", False),
            ("Mohammed bin Salman", "pledge", "US$343 million to help 130 developing countries take part", False),
            ("Yoon Suk Yeol", "say", "his government had misjudged the vote", False),
            ("Roberto Gualtieri", "tell", "the result had been decided by money rather than by the quality of the bids",
             False),
            ("Dimitri Kerkentzes", "say", "the Saudi bid had set out a clear plan for sustainable building", False),
        ],
    ),
    (
        "own74-ho-12", "reuters-oslo-jagland-prime-minister-1996", "1996-10-25", "1996-10-25",
        "[[Jagland|PERSON|Thorbjørn Jagland]] takes over as [[Norway|GPE]] prime minister\n\n"
        "[[OSLO|GPE|Oslo]] [[1996-10-25|D|1996-10-25]]\n\n"
        "[[Thorbjoern Jagland|PERSON|Thorbjørn Jagland]] became [[Norway|GPE]]'s prime minister on "
        "[[Friday|D|1996-10-25]], succeeding [[Gro Harlem Brundtland|PERSON]], who stepped down after "
        "[[more than ten years|D|P10Y]] in office.\n\n"
        "King [[Harald|PERSON|Harald V]] approved [[Jagland|PERSON|Thorbjørn Jagland]]'s minority "
        "[[Labour Party|ORG|Labour Party (Norway)]] government at a meeting of the council of state. "
        "[[Brundtland|PERSON|Gro Harlem Brundtland]], who announced her resignation on [[Wednesday|D|1996-10-23]], "
        "said she wanted to make way for a new generation of leaders.\n\n"
        "[[Jagland|PERSON|Thorbjørn Jagland]] named [[Jens Stoltenberg|PERSON]] as finance minister and "
        "[[Bjoern Tore Godal|PERSON|Bjørn Tore Godal]] as foreign minister. He has said he will step down if "
        "[[Labour|ORG|Labour Party (Norway)]] wins [[less than 36.9 percent|percent|36.9|%]] of the vote in "
        "[[next September|D|1997-09]]'s general election, its share in [[1993|D|1993]].\n\n"
        "[[Stoltenberg|PERSON|Jens Stoltenberg]] told reporters the [[1997|D|1997]] budget, which forecasts a surplus "
        "of [[21.4 billion crowns|money|21400000000|NOK]], would not be changed, and that the government would keep "
        "putting oil revenue into the state petroleum fund.\n\n"
        "The [[Oslo|GPE]] bourse's all-share index closed up [[4.31|count|4.31|point]] points at "
        "[[612.05|number|612.05]], and the dollar eased to [[6.47 crowns|money|6.47|NOK]] from "
        "[[6.49|money|6.49|NOK]] on [[Thursday|D|1996-10-24]]. Dealers said the change had been expected for "
        "months.\n\n"
        "[[Carl I. Hagen|PERSON]], leader of the right-wing [[Progress Party|ORG|Progress Party (Norway)]], called "
        "for an early election. [[Norway|GPE]], western [[Europe|LOC]]'s largest oil producer, voted against "
        "joining the [[European Union|ORG]] in a [[1994|D|1994]] referendum.\n\n"
        "-- [[Oslo|GPE]] Newsroom +47 22 42 50 41",
        [
            ("Gro Harlem Brundtland", "say", "she wanted to make way for a new generation of leaders", False),
            ("Thorbjørn Jagland", "say", "he will step down if Labour wins less than 36.9 percent of the vote in next "
             "September's general election, its share in 1993", False),
            ("Jens Stoltenberg", "tell", "the 1997 budget, which forecasts a surplus of 21.4 billion crowns, would not "
             "be changed, and that the government would keep putting oil revenue into the state petroleum fund",
             False),
            ("Carl I. Hagen", "call for", "an early election", False),
        ],
    ),
    (
        "own74-ho-13", "reuters-kampala-museveni-election-1996", "1996-05-11", "1996-05-11",
        "[[Museveni|PERSON|Yoweri Museveni]] wins [[Uganda|GPE]] presidential election\n\n"
        "[[KAMPALA|GPE|Kampala]] [[1996-05-11|D|1996-05-11]]\n\n"
        "President [[Yoweri Museveni|PERSON]] won [[Uganda|GPE]]'s [[first|ordinal|1]] direct presidential election "
        "with [[75.5 percent|percent|75.5|%]] of the vote, the [[Interim Electoral Commission|ORG]] said on "
        "[[Saturday|D|1996-05-11]].\n\n"
        "[[Paul Ssemogerere|PERSON]], candidate of an alliance of the "
        "[[Democratic Party|ORG|Democratic Party (Uganda)]] and the [[Uganda People's Congress|ORG]], won "
        "[[23.6 percent|percent|23.6|%]] and a [[third|ordinal|3]] candidate [[less than one percent|percent|1|%]]. "
        "[[About 72 percent|percent|72|%]] of [[8.5 million|count|8500000|voter]] registered voters cast ballots on "
        "[[Thursday|D|1996-05-09]] in the country's [[first|ordinal|1]] presidential poll since [[1980|D|1980]].\n\n"
        "[[Ssemogerere|PERSON|Paul Ssemogerere]] told reporters the vote had been rigged and said he would "
        "challenge the result in court. The [[Commonwealth|ORG|Commonwealth of Nations]] said in a statement that "
        "the poll had been peaceful and largely fair despite flaws in the voters' roll.\n\n"
        "[[Museveni|PERSON|Yoweri Museveni]], whose [[National Resistance Army|ORG]] seized power in "
        "[[1986|D|1986]], will be sworn in for a [[five-year|D|P5Y]] term on [[Sunday|D|1996-05-12]]. He told a "
        "victory rally in [[Kampala|GPE]] that his government would pay school fees for [[four|count|4|child]] "
        "children in every family from [[next year|D|1997]].\n\n"
        "[[Western|NORP]] donors, who give [[Uganda|GPE]] [[about $800 million|money|800000000|USD]] a year in aid, have "
        "praised reforms that brought growth of [[about 10 percent|percent|10|%]] [[last year|D|1995]]. The [[Uganda|GPE]] "
        "shilling was steady at [[1,055 shillings|money|1055|UGX]] to the dollar. Parliamentary elections are due "
        "in [[June|D|1996-06]].\n\n"
        "-- [[Nairobi|GPE]] Newsroom +254 2 330261",
        [
            ("Interim Electoral Commission", "say", "President Yoweri Museveni won Uganda's first direct presidential "
             "election with 75.5 percent of the vote", False),
            ("Paul Ssemogerere", "tell", "the vote had been rigged", False),
            ("Paul Ssemogerere", "say", "he would challenge the result in court", False),
            ("Commonwealth of Nations", "say", "the poll had been peaceful and largely fair despite flaws in the "
             "voters' roll", False),
            ("Yoweri Museveni", "tell", "his government would pay school fees for four children in every family from "
             "next year", False),
        ],
    ),
    (
        "own74-ho-14", "reuters-buenos-aires-libertadores-final-1996", "1996-06-26", "1996-06-26",
        "SOCCER - [[RIVER PLATE|ORG|Club Atlético River Plate]] WIN [[LIBERTADORES CUP|EVENT|1996 Copa "
        "Libertadores]]\n\n"
        "[[BUENOS AIRES|GPE|Buenos Aires]] [[1996-06-26|D|1996-06-26]]\n\n"
        "[[Two|count|2|goal]] goals from striker [[Hernan Crespo|PERSON|Hernán Crespo]] gave [[Argentina|GPE]]'s "
        "[[River Plate|ORG|Club Atlético River Plate]] a [[2|number|2]]-[[0|number|0]] win over "
        "[[America|ORG|América de Cali]] of [[Colombia|GPE]] on [[Wednesday|D|1996-06-26]] and the "
        "[[Libertadores Cup|EVENT|1996 Copa Libertadores]], [[South America|LOC]]'s club championship, "
        "[[2|number|2]]-[[1|number|1]] on aggregate.\n\n"
        "[[Crespo|PERSON|Hernán Crespo]] scored in the [[seventh|ordinal|7]] and [[15th|ordinal|15]] minutes in front "
        "of [[70,000|count|70000|fan]] fans at the [[Monumental|FAC|Estadio Monumental Antonio Vespucio Liberti]] "
        "stadium. [[America|ORG|América de Cali]] had won the [[first|ordinal|1]] leg [[1|number|1]]-[[0|number|0]] "
        "in [[Cali|GPE]] [[last Wednesday|D|1996-06-19]].\n\n"
        "It was [[River|ORG|Club Atlético River Plate]]'s [[second|ordinal|2]] title in the competition after "
        "[[1986|D|1986]]. [[River|ORG|Club Atlético River Plate]] coach [[Ramon Diaz|PERSON|Ramón Díaz]] said his "
        "side had deserved the cup over the [[two|count|2|game]] games.\n\n"
        "\"We played the final as if it were the last game of our lives,\" said captain "
        "[[Enzo Francescoli|PERSON]]. [[Crespo|PERSON|Hernán Crespo]] told reporters he wanted to stay at "
        "[[River|ORG|Club Atlético River Plate]] despite offers from [[Italian|NORP]] clubs.\n\n"
        "[[River|ORG|Club Atlético River Plate]] will meet [[European|NORP]] champions "
        "[[Juventus|ORG|Juventus FC]] in the [[World Club Cup|EVENT|1996 Intercontinental Cup]] in "
        "[[Tokyo|GPE]] on [[November 26|D|1996-11-26]].\n\n"
        "Previous winners:\n"
        "[[1995|D|1995]] - [[Gremio|ORG|Grêmio Foot-Ball Porto Alegrense]] ([[Brazil|GPE]])\n"
        "[[1994|D|1994]] - [[Velez Sarsfield|ORG|Club Atlético Vélez Sarsfield]] ([[Argentina|GPE]])\n"
        "[[1993|D|1993]] - [[Sao Paulo|ORG|São Paulo FC]] ([[Brazil|GPE]])\n"
        "[[1992|D|1992]] - [[Sao Paulo|ORG|São Paulo FC]] ([[Brazil|GPE]])\n"
        "[[1991|D|1991]] - [[Colo Colo|ORG|Colo-Colo]] ([[Chile|GPE]])",
        [
            ("Ramón Díaz", "say", "his side had deserved the cup over the two games", False),
            ("Enzo Francescoli", "say", "We played the final as if it were the last game of our lives", True),
            ("Hernán Crespo", "tell", "he wanted to stay at River despite offers from Italian clubs", False),
        ],
    ),
]
