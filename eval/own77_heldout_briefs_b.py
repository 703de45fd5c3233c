"""Held-out set 77 (blind): marked texts of briefs 08-14 and their statements (see
``build_own77_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own77-ho-08", "oncf-kenitra-marrakesh-high-speed-line-works", "2025-04-24", "2025-04-24",
        "[[OFFICE NATIONAL DES CHEMINS DE FER|ORG|Office National des Chemins de Fer]] "
        "([[ONCF|ORG|Office National des Chemins de Fer]])\n"
        "Press release\n"
        "[[Rabat|GPE]], [[Thursday, 24 April 2025|D|2025-04-24]]\n\n"
        "WORKS BEGIN ON [[430 KM|quantity|430|km]] HIGH-SPEED LINE TO [[MARRAKESH|GPE|Marrakesh]]\n\n"
        "King [[Mohammed VI|PERSON|Mohammed VI of Morocco]] [[today|D|2025-04-24]] launched in [[Rabat|GPE]] the "
        "works on the extension of the high-speed line from [[Kenitra|GPE]] to [[Marrakesh|GPE]], together with "
        "new regional and suburban services. The [[ONCF|ORG|Office National des Chemins de Fer]] expects the "
        "project to create [[about 20,000|count|20000|job]] jobs during construction.\n\n"
        "Project facts\n"
        "Length: [[430 km|quantity|430|km]]\n"
        "Top speed: [[350 km/h|quantity|350|km/h]]\n"
        "Investment: [[MAD 53 billion|money|53000000000|MAD]], including [[MAD 29 billion|money|29000000000|MAD]] "
        "for rolling stock\n"
        "New trains: [[18|count|18|train]] high-speed trains from [[Alstom|ORG]] and [[40|count|40|train]] "
        "suburban trains\n"
        "Journey from [[Tangier|GPE]] to [[Marrakesh|GPE]]: 2 hours 40 minutes, against 5 hours 30 minutes "
        "today\n\n"
        "Director General [[Mohamed Rabie Khlie|PERSON]] said the line would be ready before the "
        "[[2030 FIFA World Cup|EVENT]], which [[Morocco|GPE]] will host with [[Spain|GPE]] and [[Portugal|GPE]], "
        "and that the [[first|ordinal|1]] sections would open in [[2029|D|2029]]. “This line will bring "
        "[[Casablanca|GPE]] and [[Marrakesh|GPE]] within an hour of each other,” he said.\n\n"
        "Minister of Transport and Logistics [[Abdessamad Kayouh|PERSON]] said [[Moroccan|NORP]] firms would carry "
        "out [[more than 70%|percent|70|%]] of the civil works.\n\n"
        "[[Morocco|GPE]]’s [[first|ordinal|1]] high-speed line, between [[Tangier|GPE]] and [[Kenitra|GPE]], opened "
        "in [[November 2018|D|2018-11]] and carried [[5.5 million|count|5500000|passenger]] passengers in "
        "[[2024|D|2024]].\n\n"
        "Notes to editors\n"
        "- The trains will be built in [[France|GPE]] and maintained in [[Morocco|GPE]] for [[ten years|D|P10Y]].\n"
        "- The [[ONCF|ORG|Office National des Chemins de Fer]] carried [[55 million|count|55000000|passenger]] "
        "passengers on its whole network [[last year|D|2024]].",
        [
            ("Office National des Chemins de Fer", "expect", "the project to create about 20,000 jobs during "
             "construction", False),
            ("Mohamed Rabie Khlie", "say", "the line would be ready before the 2030 FIFA World Cup, which Morocco "
             "will host with Spain and Portugal, and that the first sections would open in 2029", False),
            ("Mohamed Rabie Khlie", "say", "This line will bring Casablanca and Marrakesh within an hour of each "
             "other", True),
            ("Abdessamad Kayouh", "say", "Moroccan firms would carry out more than 70% of the civil works", False),
        ],
    ),
    (
        "own77-ho-09", "wikinews-stocker-sworn-in-austria", "2025-03-03", "2025-03-03",
        "[[Christian Stocker|PERSON]] sworn in as [[Austrian|NORP]] Chancellor at head of coalition of [[three|count|3|party]] parties\n\n"
        "[[Monday, March 3, 2025|D|2025-03-03]]\n\n"
        "[[Christian Stocker|PERSON]] of the [[Austrian People's Party|ORG]] ([[ÖVP|ORG|Austrian People's Party]]) "
        "was sworn in as Chancellor of [[Austria|GPE]] by President [[Alexander Van der Bellen|PERSON]] in "
        "[[Vienna|GPE]] [[today|D|2025-03-03]], [[155 days|D|P155D]] after the general election of "
        "[[September 29, 2024|D|2024-09-29]], the longest wait for a government in the country’s post-war "
        "history.\n\n"
        "His coalition of the [[ÖVP|ORG|Austrian People's Party]], the [[Social Democratic Party of Austria|ORG]] "
        "([[SPÖ|ORG|Social Democratic Party of Austria]]) and [[NEOS|ORG]] is the [[first|ordinal|1]] "
        "government of [[three|count|3|party]] parties since [[1947|D|1947]]. It holds [[110|count|110|seat]] of the "
        "[[183|count|183|seat]] seats in the [[National Council|ORG|National Council (Austria)]]. "
        "[[SPÖ|ORG|Social Democratic Party of Austria]] leader [[Andreas Babler|PERSON]] became Vice-Chancellor and "
        "[[NEOS|ORG]] leader [[Beate Meinl-Reisinger|PERSON]] Foreign Minister. [[NEOS|ORG]] members approved the "
        "deal at a party congress on [[Sunday|D|2025-03-02]].\n\n"
        "The [[Freedom Party of Austria|ORG]] ([[FPÖ|ORG|Freedom Party of Austria]]) won the election with "
        "[[28.8%|percent|28.8|%]] of the vote, but its leader [[Herbert Kickl|PERSON]] failed to form a government "
        "with the [[ÖVP|ORG|Austrian People's Party]] in [[February|D|2025-02]].\n\n"
        "“We have heard the voters, and we will put the country before our parties,” [[Stocker|PERSON|Christian "
        "Stocker]] told reporters at the [[Hofburg|FAC]]. He pledged to bring the budget deficit below "
        "[[3%|percent|3|%]] of GDP by [[2028|D|2028]] and to save [[€6.4 billion|money|6400000000|EUR]] "
        "[[this year|D|2025]].\n\n"
        "[[Kickl|PERSON|Herbert Kickl]] said the new government was “a coalition of losers” with no mandate and called "
        "for a fresh election. [[Van der Bellen|PERSON|Alexander Van der Bellen]] urged the ministers to work “with respect for "
        "one another” for the whole term.\n\n"
        "The [[European Commission|ORG]] has warned that [[Austria|GPE]]’s deficit, [[4.7%|percent|4.7|%]] of GDP "
        "in [[2024|D|2024]], breaks the rules of the [[European Union|ORG]].",
        [
            ("Christian Stocker", "tell", "We have heard the voters, and we will put the country before our parties",
             True),
            ("Christian Stocker", "pledge", "bring the budget deficit below 3% of GDP by 2028 and to save €6.4 "
             "billion this year", False),
            ("Herbert Kickl", "say", "the new government was “a coalition of losers” with no mandate", False),
            ("Herbert Kickl", "call for", "a fresh election", False),
            ("Alexander Van der Bellen", "urge", "the ministers to work “with respect for one another” for the whole term", False),
            ("European Commission", "warn", "Austria’s deficit, 4.7% of GDP in 2024, breaks the rules of the "
             "European Union", False),
        ],
    ),
    (
        "own77-ho-10", "wikinews-iraq-election-final-results", "2025-11-18", "2025-11-18",
        "[[Iraqi|NORP]] Prime Minister’s coalition wins most seats in parliamentary election\n\n"
        "[[Tuesday, November 18, 2025|D|2025-11-18]]\n\n"
        "The [[Reconstruction and Development Coalition|ORG]] of [[Iraqi|NORP]] Prime Minister "
        "[[Mohammed Shia al-Sudani|PERSON|Mohammed Shia' al-Sudani]] won [[46|count|46|seat]] of the "
        "[[329|count|329|seat]] seats in the [[Council of Representatives|ORG|Council of Representatives of Iraq]], "
        "according to final results announced [[yesterday|D|2025-11-17]] by the "
        "[[Independent High Electoral Commission|ORG]] ([[IHEC|ORG|Independent High Electoral Commission]]).\n\n"
        "The [[State of Law Coalition|ORG]] of former prime minister [[Nouri al-Maliki|PERSON]] won "
        "[[29|count|29|seat]] seats, [[Taqaddum|ORG]] of former speaker [[Mohamed al-Halbousi|PERSON]] and "
        "[[Sadiqoun|ORG]] [[27|count|27|seat]] each, and the [[Kurdistan Democratic Party|ORG]] "
        "([[KDP|ORG|Kurdistan Democratic Party]]) [[26|count|26|seat]]. No list came close to the "
        "[[165|count|165|seat]] seats needed for a majority.\n\n"
        "Turnout in the vote of [[November 11|D|2025-11-11]] was [[56.11%|percent|56.11|%]] of "
        "[[21.4 million|count|21400000|voter]] registered voters, up from [[43.5%|percent|43.5|%]] in "
        "[[2021|D|2021]]. The [[Sadrist Movement|ORG]] of cleric [[Muqtada al-Sadr|PERSON]] boycotted the "
        "election.\n\n"
        "“The people’s decision is final, and we must now form a competent government,” "
        "[[al-Sudani|PERSON|Mohammed Shia' al-Sudani]] said in a televised address, adding that his alliance was "
        "open to all political forces.\n\n"
        "The [[IHEC|ORG|Independent High Electoral Commission]] said it had received [[872|count|872|appeal]] "
        "appeals, which the [[Federal Supreme Court|ORG|Federal Supreme Court (Iraq)]] must settle before it "
        "ratifies the results. The [[United Nations Assistance Mission for Iraq|ORG]] "
        "([[UNAMI|ORG|United Nations Assistance Mission for Iraq]]) urged the blocs to form a government "
        "without delay.\n\n"
        "Under the constitution, the new parliament must elect a speaker and then a president, who asks the "
        "largest bloc to name a prime minister within [[15 days|D|P15D]].",
        [
            ("Independent High Electoral Commission", "according to", "The Reconstruction and Development Coalition "
             "of Iraqi Prime Minister Mohammed Shia al-Sudani won 46 of the 329 seats in the Council of "
             "Representatives", False),
            ("Mohammed Shia' al-Sudani", "say", "The people’s decision is final, and we must now form a competent "
             "government", True),
            ("Mohammed Shia' al-Sudani", "add", "his alliance was open to all political forces", False),
            ("Independent High Electoral Commission", "say", "it had received 872 appeals, which the Federal Supreme "
             "Court must settle before it ratifies the results", False),
            ("United Nations Assistance Mission for Iraq", "urge", "the blocs to form a government without delay",
             False),
        ],
    ),
    (
        "own77-ho-11", "wikinews-hong-kong-legco-election-2025", "2025-12-08", "2025-12-08",
        "Turnout edges up in [[Hong Kong|GPE]] legislative election after [[Tai Po|GPE]] fire\n\n"
        "[[Monday, December 8, 2025|D|2025-12-08]]\n\n"
        "Voters in [[Hong Kong|GPE]] elected a new [[Legislative Council|ORG|Legislative Council of Hong Kong]] "
        "[[yesterday|D|2025-12-07]], [[less than two weeks|D|P2W]] after the fire at [[Wang Fuk Court|FAC]] in "
        "[[Tai Po|GPE]] that killed [[at least 159|count|159|person]] people.\n\n"
        "Turnout for the [[20|count|20|seat]] directly elected seats was [[31.9%|percent|31.9|%]], up from a "
        "record low of [[30.2%|percent|30.2|%]] in [[2021|D|2021]], according to the "
        "[[Registration and Electoral Office|ORG]]. [[About 1.3 million|count|1300000|voter]] of "
        "[[4.13 million|count|4130000|voter]] registered voters cast ballots, fewer than in [[2021|D|2021]], "
        "as the number of registered voters fell by [[7.6%|percent|7.6|%]].\n\n"
        "[[161|count|161|candidate]] candidates, all vetted under rules that [[Beijing|GPE]] imposed in "
        "[[2021|D|2021]], competed for the [[90|count|90|seat]] seats. The [[two|count|2|party]] largest pro-democracy parties took no "
        "part: the [[Civic Party|ORG]] disbanded in [[2023|D|2023]] and the "
        "[[Democratic Party|ORG|Democratic Party (Hong Kong)]] is winding down. The "
        "[[Democratic Alliance for the Betterment and Progress of Hong Kong|ORG]] "
        "([[DAB|ORG|Democratic Alliance for the Betterment and Progress of Hong Kong]]) again won the most "
        "seats.\n\n"
        "Chief Executive [[John Lee|PERSON|John Lee Ka-chiu]] thanked voters and said the new legislature would "
        "help the city rebuild after the fire. “[[Hong Kong|GPE]] people have chosen stability at a time of grief,” "
        "[[Lee|PERSON|John Lee Ka-chiu]] told reporters.\n\n"
        "[[Amnesty International|ORG]] said the vote offered no real choice and called for the release of "
        "jailed activists.\n\n"
        "The legislature’s [[four-year|D|P4Y]] term begins on [[January 1|D|2026-01-01]].",
        [
            ("Registration and Electoral Office", "according to", "Turnout for the 20 directly elected seats was "
             "31.9%, up from a record low of 30.2% in 2021", False),
            ("John Lee Ka-chiu", "say", "the new legislature would help the city rebuild after the fire", False),
            ("John Lee Ka-chiu", "tell", "Hong Kong people have chosen stability at a time of grief", True),
            ("Amnesty International", "say", "the vote offered no real choice", False),
            ("Amnesty International", "call for", "the release of jailed activists", False),
        ],
    ),
    (
        "own77-ho-12", "reuters-1996-asuncion-oviedo-standoff", "1996-04-23", "1996-04-23",
        "[[PARAGUAY|GPE|Paraguay]] ARMY CHIEF DEFIES ORDER TO RETIRE\n\n"
        "[[ASUNCION|GPE|Asunción]] [[1996-04-23|D|1996-04-23]]\n\n"
        "[[Paraguay|GPE]]’s army commander General [[Lino Oviedo|PERSON]] refused on [[Tuesday|D|1996-04-23]] to "
        "hand over his command after President [[Juan Carlos Wasmosy|PERSON]] ordered him on [[Monday|D|1996-04-22]] to "
        "retire, and kept [[about 3,000|count|3000|troop]] troops in their barracks on the outskirts of the capital.\n\n"
        "[[Oviedo|PERSON|Lino Oviedo]] told reporters his troops were “loyal to the people of [[Paraguay|GPE]]” and would "
        "stay in their barracks. He said he had no plans to march on the presidential palace.\n\n"
        "[[Wasmosy|PERSON|Juan Carlos Wasmosy]], who took office in [[1993|D|1993]] as [[Paraguay|GPE]]’s "
        "[[first|ordinal|1]] civilian president in [[almost 40 years|D|P40Y]], took refuge "
        "in the [[U.S.|GPE|United States]] embassy on [[Monday|D|1996-04-22]], diplomats said.\n\n"
        "[[Mercosur|ORG]], the trade bloc that joins [[Paraguay|GPE]] with [[Brazil|GPE]], [[Argentina|GPE]] and "
        "[[Uruguay|GPE]], warned that a coup would end [[Paraguay|GPE]]’s membership. [[Brazilian|NORP]] President "
        "[[Fernando Henrique Cardoso|PERSON]] said [[Brasilia|GPE|Brasília]] would not recognise a military "
        "government.\n\n"
        "Secretary-General [[Cesar Gaviria|PERSON|César Gaviria]] of the [[Organisation of American States|ORG|"
        "Organization of American States]] was due in [[Asuncion|GPE|Asunción]] on [[Wednesday|D|1996-04-24]].\n\n"
        "The guarani weakened to [[2,080|money|2080|PYG]] to the dollar from [[2,045|money|2045|PYG]] on "
        "[[Friday|D|1996-04-19]], and banks in the capital limited withdrawals to "
        "[[500,000 guaranies|money|500000|PYG]] a day.\n\n"
        "The [[Colorado Party|ORG|Colorado Party (Paraguay)]], which has ruled since [[1947|D|1947]], called for "
        "calm.",
        [
            ("Lino Oviedo", "tell", "his troops were “loyal to the people of Paraguay” and would stay in their barracks", False),
            ("Mercosur", "warn", "a coup would end Paraguay’s membership", False),
            ("Lino Oviedo", "say", "he had no plans to march on the presidential palace", False),
            ("Fernando Henrique Cardoso", "say", "Brasilia would not recognise a military government", False),
            ("Colorado Party (Paraguay)", "call for", "calm", False),
        ],
    ),
    (
        "own77-ho-13", "reuters-1996-austrian-first-division", "1996-09-22", "1996-09-22",
        "SOCCER - [[AUSTRIAN|NORP|Austrian]] [[FIRST|ordinal|1]] DIVISION RESULTS\n\n"
        "[[VIENNA|GPE|Vienna]] [[1996-09-22|D|1996-09-22]]\n\n"
        "Results of [[Austrian|NORP]] [[first|ordinal|1]] division soccer matches played on [[Saturday|D|1996-09-21]] and "
        "[[Sunday|D|1996-09-22]]:\n\n"
        "[[Rapid Vienna|ORG|SK Rapid Wien]] [[2|number|2]] [[Sturm Graz|ORG|SK Sturm Graz]] [[1|number|1]]\n"
        "[[Austria Salzburg|ORG|FC Red Bull Salzburg]] [[0|number|0]] [[Austria Vienna|ORG|FK Austria Wien]] "
        "[[0|number|0]]\n"
        "[[GAK|ORG|Grazer AK]] [[3|number|3]] [[FC Linz|ORG]] [[1|number|1]]\n"
        "[[Tirol Innsbruck|ORG|FC Tirol Innsbruck]] [[1|number|1]] [[LASK Linz|ORG|LASK]] [[2|number|2]]\n"
        "[[Admira Wacker|ORG|FC Admira Wacker Mödling]] [[2|number|2]] [[Ried|ORG|SV Ried]] [[2|number|2]]\n\n"
        "Scorers: [[Dietmar Kuehbauer|PERSON|Dietmar Kühbauer]] and [[Trifon Ivanov|PERSON]] for "
        "[[Rapid|ORG|SK Rapid Wien]], [[Ivica Vastic|PERSON|Ivica Vastić]] for [[Sturm|ORG|SK Sturm Graz]].\n\n"
        "Leading positions after [[10|count|10|round]] rounds: [[Rapid Vienna|ORG|SK Rapid Wien]] "
        "[[23|count|23|point]] points, [[Sturm Graz|ORG|SK Sturm Graz]] [[20|count|20|point]], "
        "[[Austria Salzburg|ORG|FC Red Bull Salzburg]] [[18|count|18|point]], [[GAK|ORG|Grazer AK]] "
        "[[16|count|16|point]].\n\n"
        "[[Rapid|ORG|SK Rapid Wien]], who reached the [[Cup Winners’ Cup|EVENT|UEFA Cup Winners' Cup]] final in [[May|D|1996-05]], extended their "
        "lead to [[three|count|3|point]] points in front of [[47,000|count|47000|spectator]] spectators at the "
        "[[Ernst Happel Stadium|FAC|Ernst-Happel-Stadion]].\n\n"
        "“We were lucky in the last ten minutes, but we deserved the win,” said [[Rapid|ORG|SK Rapid Wien]] "
        "coach [[Ernst Dokupil|PERSON]].\n\n"
        "[[Sturm|ORG|SK Sturm Graz]] coach [[Ivica Osim|PERSON]] said his side had played their best football of "
        "the season and warned that the title race was far from over.\n\n"
        "[[Rapid|ORG|SK Rapid Wien]] host [[Fenerbahce|ORG|Fenerbahçe S.K. (football)]] in the "
        "[[Champions League|EVENT|UEFA Champions League]] on [[Wednesday|D|1996-09-25]].",
        [
            ("Ernst Dokupil", "say", "We were lucky in the last ten minutes, but we deserved the win", True),
            ("Ivica Osim", "say", "his side had played their best football of the season", False),
            ("Ivica Osim", "warn", "the title race was far from over", False),
        ],
    ),
    (
        "own77-ho-14", "reuters-1996-tokyo-stocks-after-election", "1996-10-21", "1996-10-21",
        "[[TOKYO|GPE|Tokyo]] STOCKS RISE AFTER [[LDP|ORG|Liberal Democratic Party (Japan)]] ELECTION GAINS\n\n"
        "[[TOKYO|GPE|Tokyo]] [[1996-10-21|D|1996-10-21]]\n\n"
        "[[Tokyo|GPE]] share prices rose on [[Monday|D|1996-10-21]] after Prime Minister "
        "[[Ryutaro Hashimoto|PERSON]]’s [[Liberal Democratic Party|ORG|Liberal Democratic Party (Japan)]] "
        "([[LDP|ORG|Liberal Democratic Party (Japan)]]) won [[239|count|239|seat]] of the [[500|count|500|seat]] "
        "seats in the lower house in [[Sunday|D|1996-10-20]]’s general election, short of a majority but "
        "[[28|count|28|seat]] more than before.\n\n"
        "The Nikkei average closed up [[312.47|count|312.47|point]] points, or "
        "[[1.47 percent|percent|1.47|%]], at [[21,560.13|number|21560.13]]. The dollar rose to "
        "[[113.05 yen|money|113.05|JPY]] from [[112.40|money|112.4|JPY]] in [[New York|GPE|New York City]] on "
        "[[Friday|D|1996-10-18]], and the yield on the benchmark [[10-year|D|P10Y]] government bond fell to "
        "[[2.53 percent|percent|2.53|%]].\n\n"
        "The [[New Frontier Party|ORG|New Frontier Party (Japan)]] of [[Ichiro Ozawa|PERSON|Ichirō Ozawa]] won "
        "[[156|count|156|seat]] seats and the new [[Democratic Party of Japan|ORG|Democratic Party (Japan, 1996)]] "
        "[[52|count|52|seat]]. Turnout was a post-war low of [[59.65 percent|percent|59.65|%]].\n\n"
        "[[Hashimoto|PERSON|Ryutaro Hashimoto]] told a news conference he would form a minority cabinet and "
        "pledged to cut the budget deficit to [[3 percent|percent|3|%]] of gross domestic product by "
        "[[2005|D|2005]].\n\n"
        "Finance Minister [[Wataru Kubo|PERSON]] said the government had no plans for a new spending package "
        "[[this year|D|1996]]. [[Bank of Japan|ORG]] Governor [[Yasuo Matsushita|PERSON]] said the economy was "
        "recovering slowly and that there was no need to raise the [[0.5 percent|percent|0.5|%]] discount rate "
        "for now.\n\n"
        "In [[Hong Kong|GPE]], the Hang Seng index rose [[0.8 percent|percent|0.8|%]].",
        [
            ("Ryutaro Hashimoto", "tell", "he would form a minority cabinet", False),
            ("Ryutaro Hashimoto", "pledge", "cut the budget deficit to 3 percent of gross domestic product by 2005",
             False),
            ("Wataru Kubo", "say", "the government had no plans for a new spending package this year", False),
            ("Yasuo Matsushita", "say", "the economy was recovering slowly and that there was no need to raise the "
             "0.5 percent discount rate for now", False),
        ],
    ),
]
