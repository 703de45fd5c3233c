"""Held-out set 65 (blind): marked texts of briefs 08-14 and their statements (see
``build_own65_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own65-ho-08", "itaipu-binacional-2024-generation-release", "2025-01-03", "2025-01-03",
        "[[ITAIPU BINACIONAL|ORG|Itaipu Binacional]]\n"
        "News release\n"
        "[[Hernandarias|GPE]], [[Paraguay|GPE]], [[January 3, 2025|D|2025-01-03]]\n\n"
        "DROUGHT CUTS OUTPUT, TARIFF DEAL SECURES REVENUE\n\n"
        "The [[Itaipu Dam|FAC]] on the [[Paraná River|LOC]] generated "
        "[[67.2 million megawatt-hours|quantity|67200000|MWh]] in [[2024|D|2024]], [[19.9%|percent|19.9|%]] less "
        "than in [[2023|D|2023]], as the worst drought in the basin in [[more than 90 years|D|P90Y]] cut the "
        "river’s flow, [[Itaipu Binacional|ORG]] said [[today|D|2025-01-03]].\n\n"
        "Installed capacity: [[14,000 megawatts|quantity|14000|MW]] ([[20|count|20|unit]] generating units)\n"
        "Share of [[Paraguay|GPE]]’s electricity supplied: [[86%|percent|86|%]]\n"
        "Share of [[Brazil|GPE]]’s electricity supplied: [[8.7%|percent|8.7|%]]\n"
        "Tariff, [[2024-2026|D|2024/2026]]: [[US$19.28|money|19.28|USD]] per kilowatt-month\n\n"
        "The tariff was agreed in [[May|D|2024-05]] by Presidents [[Santiago Peña|PERSON]] of [[Paraguay|GPE]] "
        "and [[Luiz Inácio Lula da Silva|PERSON]] of [[Brazil|GPE]], ending a dispute that had lasted "
        "[[more than a year|D|P1Y]].\n\n"
        "[[Paraguayan|NORP]] Director-General [[Justo Zacarías Irún|PERSON]] said the review of Annex C of the "
        "[[Itaipu Treaty|LAW]] would be concluded by [[December 31, 2025|D|2025-12-31]], and pledged to invest "
        "[[1.5 trillion guaraníes|money|1500000000000|PYG]] ([[about US$190 million|money|190000000|USD]]) in social and "
        "environmental programmes in [[2025|D|2025]].\n\n"
        "“Even in a year of severe drought, [[Itaipu|FAC|Itaipu Dam]] kept the lights on in "
        "[[Paraguay|GPE]] and in much of southern [[Brazil|GPE]],” said [[Enio Verri|PERSON]], the "
        "[[Brazilian|NORP]] Director-General.\n\n"
        "The [[Administración Nacional de Electricidad|ORG]] ([[ANDE|ORG|Administración Nacional de "
        "Electricidad]]) said peak demand in [[Paraguay|GPE]] had reached a record "
        "[[4,848 megawatts|quantity|4848|MW]] on [[December 26|D|2024-12-26]], and warned that the grid would need "
        "[[three|count|3|substation]] new substations around [[Asunción|GPE]] before "
        "[[December 2025|D|2025-12]].\n\n"
        "Notes to editors\n"
        "- [[Itaipu Binacional|ORG]] is owned in equal parts by [[Paraguay|GPE]] and [[Brazil|GPE]] under the "
        "[[Itaipu Treaty|LAW]] of [[1973|D|1973]].\n"
        "- The plant’s record year was [[2016|D|2016]], with [[103.1 million megawatt-hours|quantity|103100000|"
        "MWh]].",
        [
            ("Itaipu Binacional", "say", "The Itaipu Dam on the Paraná River generated 67.2 million megawatt-hours in "
             "2024, 19.9% less than in 2023, as the worst drought in the basin in more than 90 years cut the river’s "
             "flow", False),
            ("Justo Zacarías Irún", "say", "the review of Annex C of the Itaipu Treaty would be concluded by December "
             "31, 2025", False),
            ("Justo Zacarías Irún", "pledge", "invest 1.5 trillion guaraníes (about US$190 million) in social and "
             "environmental programmes in 2025", False),
            ("Enio Verri", "say", "Even in a year of severe drought, Itaipu kept the lights on in Paraguay and in "
             "much of southern Brazil", True),
            ("Administración Nacional de Electricidad", "say", "peak demand in Paraguay had reached a record 4,848 "
             "megawatts on December 26", False),
            ("Administración Nacional de Electricidad", "warn", "the grid would need three new substations around "
             "Asunción before December 2025", False),
        ],
    ),
    (
        "own65-ho-09", "wikinews-randrianirina-sworn-in-madagascar", "2025-10-17", "2025-10-17",
        "Colonel [[Michael Randrianirina|PERSON]] sworn in as President of [[Madagascar|GPE]]\n"
        "[[Friday, October 17, 2025|D|2025-10-17]]\n\n"
        "Colonel [[Michael Randrianirina|PERSON]] was sworn in as President of [[Madagascar|GPE]] "
        "[[today|D|2025-10-17]] at the [[High Constitutional Court|ORG|High Constitutional Court of Madagascar]] "
        "in [[Antananarivo|GPE]], [[three days|D|P3D]] after his unit, the [[CAPSAT|ORG]], announced that the "
        "military had taken power.\n\n"
        "“We are not here to keep power, but to give the country back to its people,” "
        "[[Randrianirina|PERSON|Michael Randrianirina]] said in his speech. He pledged to hold a referendum on a "
        "new constitution and elections within [[18 months|D|P18M]] to [[two years|D|P2Y]].\n\n"
        "The [[National Assembly|ORG|National Assembly (Madagascar)]] voted [[130|number|130]] to "
        "[[1|number|1]] on [[Tuesday|D|2025-10-14]] to impeach President [[Andry Rajoelina|PERSON]] for "
        "desertion of duty. [[Rajoelina|PERSON|Andry Rajoelina]] had said on [[Monday|D|2025-10-13]] that he had "
        "moved to a “safe place” because of threats to his life. He first came to power in a "
        "[[2009|D|2009]] coup that was backed by the same unit.\n\n"
        "The protests, led mostly by young people, began on [[September 25|D|2025-09-25]] over water and power "
        "cuts by the state utility [[JIRAMA|ORG]]. The [[United Nations|ORG]] said "
        "[[at least 22|count|22|person]] people were killed in the [[first|ordinal|1]] days of the protests.\n\n"
        "The [[African Union|ORG]] suspended [[Madagascar|GPE]] on [[Wednesday|D|2025-10-15]]. The "
        "[[Southern African Development Community|ORG]] ([[SADC|ORG|Southern African Development Community]]), "
        "which [[Madagascar|GPE]] has chaired since [[August|D|2025-08]], said it would send a mission of "
        "ministers to [[Antananarivo|GPE]] [[next week|D|2025-W43]].\n\n"
        "[[Madagascar|GPE]], an island of [[about 32 million|count|32000000|person]] people, is among the "
        "poorest countries in the world; three in four people live on "
        "[[less than $2.15|money|2.15|USD]] a day, according to the [[World Bank|ORG]].",
        [
            ("CAPSAT", "announce", "the military had taken power", False),
            ("Michael Randrianirina", "say", "We are not here to keep power, but to give the country back to its "
             "people", True),
            ("Michael Randrianirina", "pledge", "hold a referendum on a new constitution and elections within 18 "
             "months to two years", False),
            ("Andry Rajoelina", "say", "he had moved to a “safe place” because of threats to his life", False),
            ("United Nations", "say", "at least 22 people were killed in the first days of the protests", False),
            ("Southern African Development Community", "say", "it would send a mission of ministers to Antananarivo "
             "next week", False),
            ("World Bank", "according to", "three in four people live on less than $2.15 a day", False),
        ],
    ),
    (
        "own65-ho-10", "wikinews-venezuela-cne-declares-maduro-winner", "2024-07-29", "2024-07-29",
        "[[Venezuela|GPE]]’s electoral council declares [[Maduro|PERSON|Nicolás Maduro]] winner; opposition "
        "disputes result\n"
        "[[Monday, July 29, 2024|D|2024-07-29]]\n\n"
        "[[Venezuela|GPE]]’s [[National Electoral Council|ORG|National Electoral Council (Venezuela)]] "
        "([[CNE|ORG|National Electoral Council (Venezuela)]]) declared President [[Nicolás Maduro|PERSON]] the "
        "winner of [[Sunday|D|2024-07-28]]’s presidential election shortly after midnight, giving him a "
        "[[third|ordinal|3]] [[six-year|D|P6Y]] term. The opposition [[Unitary Platform|ORG]] said its candidate, "
        "[[Edmundo González|PERSON|Edmundo González Urrutia]], had won by a wide margin.\n\n"
        "[[CNE|ORG|National Electoral Council (Venezuela)]] president [[Elvis Amoroso|PERSON]] said that with "
        "[[80%|percent|80|%]] of tally sheets counted, [[Maduro|PERSON|Nicolás Maduro]] had "
        "[[5,150,092|count|5150092|vote]] votes, or [[51.2%|percent|51.2|%]], against "
        "[[4,445,978|count|4445978|vote]] votes, or [[44.2%|percent|44.2|%]], for "
        "[[González|PERSON|Edmundo González Urrutia]], and that turnout was [[59%|percent|59|%]].\n\n"
        "Opposition leader [[María Corina Machado|PERSON]] told reporters in [[Caracas|GPE]] that the "
        "opposition held copies of [[40%|percent|40|%]] of the tally sheets and that they showed "
        "[[González|PERSON|Edmundo González Urrutia]] with [[70%|percent|70|%]] of the vote. “[[Venezuela|GPE]] "
        "has a new president-elect, and it is [[Edmundo González|PERSON|Edmundo González Urrutia]],” she said.\n\n"
        "[[Maduro|PERSON|Nicolás Maduro]], in power since [[2013|D|2013]], told supporters at the "
        "[[Miraflores Palace|FAC]] that the result was “irreversible” and that he would defend it.\n\n"
        "[[United States|GPE]] Secretary of State [[Antony Blinken|PERSON]] said [[Washington|GPE|Washington, "
        "D.C.]] had “serious concerns” that the result did not reflect the will of the "
        "[[Venezuelan|NORP]] people. [[Chilean|NORP]] President [[Gabriel Boric|PERSON]] said the results were "
        "“hard to believe” and had to be checked by independent observers.\n\n"
        "Later [[today|D|2024-07-29]], [[Venezuela|GPE]] ordered the diplomats of "
        "[[seven|count|7|country]] [[Latin American|NORP]] countries, among them [[Argentina|GPE]], "
        "[[Chile|GPE]] and [[Paraguay|GPE]], to leave the country. "
        "[[About 21 million|count|21000000|voter]] voters were registered, but several million "
        "[[Venezuelans|NORP|Venezuelan]] living abroad could not vote.",
        [
            ("Unitary Platform", "say", "its candidate, Edmundo González, had won by a wide margin", False),
            ("Elvis Amoroso", "say", "with 80% of tally sheets counted, Maduro had 5,150,092 votes, or 51.2%, against "
             "4,445,978 votes, or 44.2%, for González, and that turnout was 59%", False),
            ("María Corina Machado", "tell", "the opposition held copies of 40% of the tally sheets and that they "
             "showed González with 70% of the vote", False),
            ("María Corina Machado", "say", "Venezuela has a new president-elect, and it is Edmundo González", True),
            ("Nicolás Maduro", "tell", "the result was “irreversible” and that he would defend it", False),
            ("Antony Blinken", "say", "Washington had “serious concerns” that the result did not reflect the will of "
             "the Venezuelan people", False),
            ("Gabriel Boric", "say", "the results were “hard to believe” and had to be checked by independent "
             "observers", False),
        ],
    ),
    (
        "own65-ho-11", "wikinews-greenfield-iowa-tornado", "2024-05-22", "2024-05-22",
        "Tornado kills [[four|count|4|person]] in [[Greenfield|GPE|Greenfield, Iowa]], [[Iowa|GPE]]\n"
        "[[Wednesday, May 22, 2024|D|2024-05-22]]\n\n"
        "A tornado struck the town of [[Greenfield|GPE|Greenfield, Iowa]] in southwest [[Iowa|GPE]] on "
        "[[Tuesday|D|2024-05-21]] afternoon, killing [[four|count|4|person]] people and injuring "
        "[[at least 35|count|35|person]], the [[Iowa State Patrol|ORG]] said.\n\n"
        "The [[National Weather Service|ORG]] ([[NWS|ORG|National Weather Service]]) office in "
        "[[Des Moines|GPE|Des Moines, Iowa]] said [[today|D|2024-05-22]] that a preliminary survey had rated the "
        "tornado EF4, with peak winds of [[170|quantity|170|mph]] to [[185 mph|quantity|185|mph]] along a path of "
        "[[about 44 miles|quantity|44|mi]].\n\n"
        "[[Greenfield|GPE|Greenfield, Iowa]], a town of [[about 2,000|count|2000|person]] people in "
        "[[Adair County|GPE|Adair County, Iowa]], lost much of its housing, and the "
        "[[Adair County Memorial Hospital|FAC]] was damaged.\n\n"
        "“The damage is just devastating, and we will be here for as long as it takes,” Governor "
        "[[Kim Reynolds|PERSON]] said after touring the town. [[Reynolds|PERSON|Kim Reynolds]] had added "
        "[[Adair County|GPE|Adair County, Iowa]] to a disaster proclamation that covers "
        "[[15|count|15|county]] counties.\n\n"
        "[[MidAmerican Energy|ORG]] said [[more than 3,000|count|3000|customer]] customers had lost power and that "
        "several of its wind turbines south of the town had collapsed. President [[Joe Biden|PERSON]] called "
        "[[Reynolds|PERSON|Kim Reynolds]] to offer federal help.\n\n"
        "State climatologist [[Justin Glisan|PERSON]] said [[Iowa|GPE]] had already recorded "
        "[[more than 80|count|80|tornado]] tornadoes [[this year|D|2024]], against a yearly average of "
        "[[about 47|count|47|tornado]], and warned that more storms were likely in "
        "[[June|D|2024-06]].\n\n"
        "The same storm system brought hail and high winds to [[Nebraska|GPE]] and [[Wisconsin|GPE]]. The "
        "[[Federal Emergency Management Agency|ORG]] said its team would assess damage with state officials in "
        "[[Greenfield|GPE|Greenfield, Iowa]] on [[Thursday|D|2024-05-23]].",
        [
            ("Iowa State Patrol", "say", "A tornado struck the town of Greenfield in southwest Iowa on Tuesday "
             "afternoon, killing four people and injuring at least 35", False),
            ("National Weather Service", "say", "a preliminary survey had rated the tornado EF4, with peak winds of "
             "170 to 185 mph along a path of about 44 miles", False),
            ("Kim Reynolds", "say", "The damage is just devastating, and we will be here for as long as it takes",
             True),
            ("MidAmerican Energy", "say", "more than 3,000 customers had lost power and that several of its wind "
             "turbines south of the town had collapsed", False),
            ("Justin Glisan", "say", "Iowa had already recorded more than 80 tornadoes this year, against a yearly "
             "average of about 47", False),
            ("Justin Glisan", "warn", "more storms were likely in June", False),
            ("Federal Emergency Management Agency", "say", "its team would assess damage with state officials in "
             "Greenfield on Thursday", False),
        ],
    ),
    (
        "own65-ho-12", "reuters-1996-lira-rejoins-exchange-rate-mechanism", "1996-11-25", "1996-11-25",
        "[[ITALIAN|NORP]] LIRA BACK IN [[EUROPEAN|NORP]] CURRENCY GRID.\n"
        "[[ROME|GPE|Rome]] [[1996-11-25|D|1996-11-25]]\n"
        "[[Italy|GPE]]’s lira rejoined the [[European|NORP]] exchange rate mechanism on "
        "[[Monday|D|1996-11-25]] at a central rate of [[990 lire|money|990|ITL]] to the mark, "
        "[[more than four years|D|P4Y]] after it was forced out in [[September 1992|D|1992-09]].\n"
        "[[European Union|ORG]] finance ministers and central bankers agreed the rate at a meeting of the "
        "monetary committee in [[Brussels|GPE]] late on [[Sunday|D|1996-11-24]]. [[German|NORP]] officials had "
        "pressed for a stronger rate of [[around 950 lire|money|950|ITL]], while [[Rome|GPE]] had sought "
        "[[1,000 lire|money|1000|ITL]].\n"
        "Treasury Minister [[Carlo Azeglio Ciampi|PERSON]] told reporters the rate was “fair and sustainable” and "
        "that re-entry showed [[Italy|GPE]] was serious about joining a single currency in [[1999|D|1999]].\n"
        "“This is the result of the sacrifices of all [[Italians|NORP|Italian]],” Prime Minister "
        "[[Romano Prodi|PERSON]] said. [[Prodi|PERSON|Romano Prodi]]’s [[1997|D|1997]] budget package of "
        "[[62.5 trillion lire|money|62500000000000|ITL]] aims to cut the deficit to "
        "[[3.0 percent|percent|3|%]] of gross domestic product, the [[Maastricht Treaty|LAW]] limit.\n"
        "[[Bank of Italy|ORG]] Governor [[Antonio Fazio|PERSON]] said the central bank would defend the new parity, "
        "but warned that inflation, [[2.6 percent|percent|2.6|%]] in [[October|D|1996-10]], had to fall further.\n"
        "The [[Bundesbank|ORG|Deutsche Bundesbank]] said in [[Frankfurt|GPE]] that it welcomed the decision.\n"
        "The lira had ended at [[1,001.50 lire|money|1001.5|ITL]] to the mark in [[Milan|GPE]] on "
        "[[Friday|D|1996-11-22]]. It joins [[Spain|GPE]]’s peseta and [[Portugal|GPE]]’s escudo in the grid; "
        "[[Finland|GPE]]’s markka entered it in [[October|D|1996-10]].\n"
        "[[Milan|GPE]] shares rose [[1.8 percent|percent|1.8|%]] and the yield on [[10-year|D|P10Y]] government "
        "bonds fell [[11 basis points|percent|0.11|pp]] to [[7.21 percent|percent|7.21|%]], dealers said.\n"
        "-- [[Rome|GPE]] newsroom +39 6 678 2501",
        [
            ("Carlo Azeglio Ciampi", "tell", "the rate was “fair and sustainable” and that re-entry showed Italy was "
             "serious about joining a single currency in 1999", False),
            ("Romano Prodi", "say", "This is the result of the sacrifices of all Italians", True),
            ("Antonio Fazio", "say", "the central bank would defend the new parity", False),
            ("Antonio Fazio", "warn", "inflation, 2.6 percent in October, had to fall further", False),
            ("Deutsche Bundesbank", "say", "it welcomed the decision", False),
        ],
    ),
    (
        "own65-ho-13", "reuters-1996-portuguese-grand-prix-estoril", "1996-09-22", "1996-09-22",
        "MOTOR RACING - [[VILLENEUVE|PERSON|Jacques Villeneuve]] WINS IN [[PORTUGAL|GPE]] TO KEEP TITLE RACE "
        "ALIVE.\n"
        "[[ESTORIL|GPE|Estoril]], [[Portugal|GPE]] [[1996-09-22|D|1996-09-22]]\n"
        "[[Canadian|NORP]] [[Jacques Villeneuve|PERSON]] won the [[Portuguese Grand Prix|EVENT|1996 Portuguese "
        "Grand Prix]] on [[Sunday|D|1996-09-22]] to cut [[Williams|ORG|Williams Racing]] team mate "
        "[[Damon Hill|PERSON]]’s lead in the [[Formula One|EVENT|1996 Formula One World Championship]] world "
        "championship to [[nine points|count|9|point]] with [[one|count|1|race]] race left.\n"
        "[[Villeneuve|PERSON|Jacques Villeneuve]] passed [[German|NORP]] [[Michael Schumacher|PERSON]] around the "
        "outside of the last corner and then caught [[Hill|PERSON|Damon Hill]], who had started from pole "
        "position and finished second.\n"
        "“I knew it was now or never,” [[Villeneuve|PERSON|Jacques Villeneuve]] told reporters. "
        "“[[Damon|PERSON|Damon Hill]] still has the advantage, but I will go to [[Japan|GPE]] to win.”\n"
        "[[Hill|PERSON|Damon Hill]] said he had lost the race with a poor start. He needs "
        "[[one point|count|1|point]] at the [[Japanese Grand Prix|EVENT|1996 Japanese Grand Prix]] in "
        "[[Suzuka|GPE|Suzuka, Mie]] on [[October 13|D|1996-10-13]] to become the [[first|ordinal|1]] son of a "
        "world champion to take the title.\n"
        "Leading results:\n"
        "1. [[Jacques Villeneuve|PERSON]] ([[Canada|GPE]]) [[Williams|ORG|Williams Racing]] 1:40:22.915\n"
        "2. [[Damon Hill|PERSON]] ([[Britain|GPE|United Kingdom]]) [[Williams|ORG|Williams Racing]] 1:40:42.881\n"
        "3. [[Michael Schumacher|PERSON]] ([[Germany|GPE]]) [[Ferrari|ORG|Scuderia Ferrari]] 1:41:16.680\n"
        "4. [[Jean Alesi|PERSON]] ([[France|GPE]]) [[Benetton|ORG|Benetton Formula]] 1:41:18.024\n"
        "5. [[Eddie Irvine|PERSON]] ([[Britain|GPE|United Kingdom]]) [[Ferrari|ORG|Scuderia Ferrari]] "
        "1:41:50.304\n"
        "6. [[Gerhard Berger|PERSON]] ([[Austria|GPE]]) [[Benetton|ORG|Benetton Formula]] 1:41:50.607\n"
        "World championship standings (after [[15|count|15|round]] rounds):\n"
        "Drivers: 1. [[Hill|PERSON|Damon Hill]] [[87|count|87|point]] points 2. "
        "[[Villeneuve|PERSON|Jacques Villeneuve]] [[78|count|78|point]] 3. "
        "[[Schumacher|PERSON|Michael Schumacher]] [[53|count|53|point]] 4. [[Alesi|PERSON|Jean Alesi]] "
        "[[47|count|47|point]] 5. [[Mika Hakkinen|PERSON|Mika Häkkinen]] ([[Finland|GPE]]) "
        "[[27|count|27|point]]\n"
        "Constructors: 1. [[Williams|ORG|Williams Racing]] [[165|count|165|point]] points 2. "
        "[[Benetton|ORG|Benetton Formula]] [[65|count|65|point]] 3. [[Ferrari|ORG|Scuderia Ferrari]] "
        "[[64|count|64|point]]",
        [
            ("Jacques Villeneuve", "tell", "I knew it was now or never", True),
            ("Jacques Villeneuve", "tell", "Damon still has the advantage, but I will go to Japan to win.", True),
            ("Damon Hill", "say", "he had lost the race with a poor start", False),
        ],
    ),
    (
        "own65-ho-14", "reuters-1996-turkish-first-division-results", "1996-10-20", "1996-10-20",
        "SOCCER - [[GALATASARAY|ORG|Galatasaray S.K. (football)]] GO TOP IN [[TURKEY|GPE|Turkey]].\n"
        "[[ISTANBUL|GPE|Istanbul]] [[1996-10-20|D|1996-10-20]]\n"
        "[[Romanian|NORP]] playmaker [[Gheorghe Hagi|PERSON]] scored twice as "
        "[[Galatasaray|ORG|Galatasaray S.K. (football)]] beat [[Kocaelispor|ORG]] [[3|number|3]]-[[1|number|1]] "
        "on [[Sunday|D|1996-10-20]] to go top of the [[Turkish|NORP]] first division, [[one|count|1|point]] "
        "point ahead of [[Fenerbahce|ORG|Fenerbahçe S.K. (football)]].\n"
        "[[Hakan Sukur|PERSON|Hakan Şükür]] scored the other goal for [[Galatasaray|ORG|Galatasaray S.K. "
        "(football)]], who have [[six|count|6|win]] wins from [[eight|count|8|game]] games.\n"
        "“We have a long way to go, but the players showed they can win the title,” "
        "[[Galatasaray|ORG|Galatasaray S.K. (football)]] coach [[Fatih Terim|PERSON]] told reporters.\n"
        "Leaders [[Fenerbahce|ORG|Fenerbahçe S.K. (football)]] were held [[2|number|2]]-[[2|number|2]] at home "
        "by [[Trabzonspor|ORG]], for whom [[Hami Mandirali|PERSON|Hami Mandıralı]] scored both goals. "
        "[[Fenerbahce|ORG|Fenerbahçe S.K. (football)]] president [[Ali Sen|PERSON|Ali Şen]] said a disallowed "
        "goal had cost his side [[two points|count|2|point]] and called for foreign referees for the "
        "[[Istanbul|GPE]] derbies.\n"
        "Results of [[Turkish|NORP]] first division matches played at the weekend:\n"
        "[[Galatasaray|ORG|Galatasaray S.K. (football)]] [[3|number|3]] [[Kocaelispor|ORG]] [[1|number|1]]\n"
        "[[Fenerbahce|ORG|Fenerbahçe S.K. (football)]] [[2|number|2]] [[Trabzonspor|ORG]] [[2|number|2]]\n"
        "[[Besiktas|ORG|Beşiktaş J.K.]] [[1|number|1]] [[Bursaspor|ORG]] [[0|number|0]]\n"
        "[[Genclerbirligi|ORG|Gençlerbirliği S.K.]] [[2|number|2]] [[Ankaragucu|ORG|MKE Ankaragücü]] "
        "[[1|number|1]]\n"
        "[[Istanbulspor|ORG|İstanbulspor]] [[0|number|0]] [[Samsunspor|ORG]] [[0|number|0]]\n"
        "[[Antalyaspor|ORG]] [[3|number|3]] [[Denizlispor|ORG]] [[2|number|2]]\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, goals against, points):\n"
        "[[Galatasaray|ORG|Galatasaray S.K. (football)]] [[8|number|8]] [[6|number|6]] [[1|number|1]] "
        "[[1|number|1]] [[20|number|20]] [[8|number|8]] [[19|number|19]]\n"
        "[[Fenerbahce|ORG|Fenerbahçe S.K. (football)]] [[8|number|8]] [[5|number|5]] [[3|number|3]] "
        "[[0|number|0]] [[17|number|17]] [[7|number|7]] [[18|number|18]]\n"
        "[[Besiktas|ORG|Beşiktaş J.K.]] [[8|number|8]] [[5|number|5]] [[1|number|1]] [[2|number|2]] "
        "[[14|number|14]] [[9|number|9]] [[16|number|16]]\n"
        "[[Trabzonspor|ORG]] [[8|number|8]] [[4|number|4]] [[3|number|3]] [[1|number|1]] [[15|number|15]] "
        "[[10|number|10]] [[15|number|15]]",
        [
            ("Fatih Terim", "tell", "We have a long way to go, but the players showed they can win the title", True),
            ("Ali Şen", "say", "a disallowed goal had cost his side two points", False),
            ("Ali Şen", "call for", "foreign referees for the Istanbul derbies", False),
        ],
    ),
]
