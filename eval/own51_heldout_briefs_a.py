"""Held-out set 51 (blind): marked texts of briefs 01-07 and their statements (see
``build_own51_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own51-ho-01", "bank-of-mongolia-policy-rate", "2025-03-14", "2025-03-14",
        "[[BANK OF MONGOLIA|ORG|Bank of Mongolia]]\n"
        "PRESS RELEASE\n"
        "[[Ulaanbaatar|GPE]], [[14 March 2025|D|2025-03-14]]\n\n"
        "DECISION OF THE MONETARY POLICY COMMITTEE\n\n"
        "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (Bank of Mongolia)]] of the "
        "[[Bank of Mongolia|ORG]] decided [[today|D|2025-03-14]] to raise the policy rate by "
        "[[2 percentage points|percent|2|pp]] to [[12 percent|percent|12|%]] and the reserve requirement on "
        "foreign currency deposits by [[3 percentage points|percent|3|pp]] to [[18 percent|percent|18|%]].\n\n"
        "Key indicators\n"
        "Policy rate: [[12%|percent|12|%]] (previously [[10%|percent|10|%]])\n"
        "Annual inflation, [[February 2025|D|2025-02]]: [[8.9%|percent|8.9|%]]\n"
        "Inflation target: [[6%|percent|6|%]]\n"
        "Foreign exchange reserves: [[US$5.2 billion|money|5200000000|USD]]\n"
        "Exchange rate: [[MNT 3,470|money|3470|MNT]] per [[U.S.|GPE|United States]] dollar\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (Bank of Mongolia)]] noted that inflation rose above "
        "the target band in [[January|D|2025-01]], driven by meat and fuel prices and by wage increases in the "
        "public sector. It expects inflation to return to the target range in "
        "[[the first half of 2026|D|2026-01/2026-06]].\n\n"
        "Governor [[B. Lkhagvasuren|PERSON|Byadran Lkhagvasuren]] told reporters that coal exports to "
        "[[China|GPE]] had fallen [[30 percent|percent|30|%]] in [[January|D|2025-01]] and "
        "[[February|D|2025-02]] as prices weakened.\n\n"
        "“Acting early will spare households a larger shock later,” "
        "[[Lkhagvasuren|PERSON|Byadran Lkhagvasuren]] said. He warned that a larger fiscal stimulus would add "
        "to price pressures.\n\n"
        "The [[Mongolian|NORP]] economy grew [[4.9 percent|percent|4.9|%]] in [[2024|D|2024]]. The "
        "[[International Monetary Fund|ORG]] has urged [[Mongolia|GPE]] to save a larger share of its mining "
        "revenue.\n\n"
        "The next meeting of the [[Committee|ORG|Monetary Policy Committee (Bank of Mongolia)]] is scheduled "
        "for [[24-25 April 2025|D|2025-04-24/2025-04-25]].",
        [
            ("Monetary Policy Committee (Bank of Mongolia)", "note", "inflation rose above the target band in "
             "January, driven by meat and fuel prices and by wage increases in the public sector", False),
            ("Monetary Policy Committee (Bank of Mongolia)", "expect", "inflation to return to the target range "
             "in the first half of 2026", False),
            ("Byadran Lkhagvasuren", "tell", "coal exports to China had fallen 30 percent in January and February "
             "as prices weakened", False),
            ("Byadran Lkhagvasuren", "say", "Acting early will spare households a larger shock later", True),
            ("Byadran Lkhagvasuren", "warn", "a larger fiscal stimulus would add to price pressures", False),
            ("International Monetary Fund", "urge", "Mongolia to save a larger share of its mining revenue", False),
        ],
    ),
    (
        "own51-ho-02", "statistics-korea-births", "2025-02-26", "2025-02-26",
        "[[Statistics Korea|ORG]]\n"
        "Press release – [[Daejeon|GPE]], [[26 February 2025|D|2025-02-26]]\n\n"
        "[[2024|D|2024]] BIRTH STATISTICS (PRELIMINARY)\n\n"
        "• Births: [[238,300|count|238300|birth]], up [[8,300|count|8300|birth]] or [[3.6%|percent|3.6|%]] "
        "from [[2023|D|2023]], the [[first|ordinal|1]] rise in [[nine years|D|P9Y]]\n"
        "• Total fertility rate: [[0.75|number|0.75]] ([[2023|D|2023]]: [[0.72|number|0.72]])\n"
        "• Marriages: [[222,400|count|222400|marriage]], up [[14.8%|percent|14.8|%]]\n"
        "• Births in [[December|D|2024-12]] alone: up [[11.6%|percent|11.6|%]]\n\n"
        "Total fertility rate by region\n"
        "[[Sejong|GPE|Sejong City]]      [[1.03|number|1.03]]\n"
        "[[Jeonnam|GPE|South Jeolla Province]]     [[0.97|number|0.97]]\n"
        "[[Busan|GPE]]       [[0.68|number|0.68]]\n"
        "[[Seoul|GPE]]       [[0.58|number|0.58]]\n\n"
        "[[Statistics Korea|ORG]] said the rise reflected the surge in marriages after the COVID-19 pandemic.\n\n"
        "[[Park Hyun-jung|PERSON]], director of the population trends division, told a briefing that births "
        "could keep rising in [[2025|D|2025]], as women born in [[the early 1990s|D|1990/1999]], a relatively "
        "large cohort, start families. “The trend has turned, but it is too early to speak of a recovery,” "
        "[[Park|PERSON|Park Hyun-jung]] said.\n\n"
        "[[Ju Hyung-hwan|PERSON]], vice chairman of the [[Presidential Committee on Ageing Society and "
        "Population Policy|ORG]], pledged to extend parental leave benefits and to supply "
        "[[120,000|count|120000|home]] homes for newly married couples by [[2027|D|2027]].\n\n"
        "The [[Bank of Korea|ORG]] estimated in [[December|D|2024-12]] that the fertility rate could rise to "
        "[[0.79|number|0.79]] in [[2025|D|2025]]. Even so, [[South Korea|GPE]] still has the lowest rate among "
        "the [[38|count|38|country]] member countries of the [[OECD|ORG]].\n\n"
        "Monthly figures for [[January|D|2025-01]] will be released on [[26 March|D|2025-03-26]].",
        [
            ("Statistics Korea", "say", "the rise reflected the surge in marriages after the COVID-19 pandemic",
             False),
            ("Park Hyun-jung", "tell", "births could keep rising in 2025, as women born in the early 1990s, a "
             "relatively large cohort, start families", False),
            ("Park Hyun-jung", "say", "The trend has turned, but it is too early to speak of a recovery", True),
            ("Ju Hyung-hwan", "pledge", "extend parental leave benefits and to supply 120,000 homes for newly "
             "married couples by 2027", False),
            ("Bank of Korea", "estimate", "the fertility rate could rise to 0.79 in 2025", False),
        ],
    ),
    (
        "own51-ho-03", "jnto-visitor-arrivals", "2025-01-15", "2025-01-15",
        "From: [[Japan National Tourism Organization|ORG]] ([[JNTO|ORG|Japan National Tourism Organization]])\n"
        "[[Tokyo|GPE]], [[January 15, 2025|D|2025-01-15]]\n\n"
        "VISITOR ARRIVALS TO [[JAPAN|GPE|Japan]] REACH RECORD [[36.87 MILLION|count|36870000|visitor]] IN "
        "[[2024|D|2024]]\n\n"
        "• Visitors in [[2024|D|2024]]: [[36,870,100|count|36870100|visitor]], up [[47.1%|percent|47.1|%]] on "
        "[[2023|D|2023]] and [[15.6%|percent|15.6|%]] above the previous record, set in [[2019|D|2019]]\n"
        "• Visitors in [[December|D|2024-12]]: [[3,489,800|count|3489800|visitor]], the highest for any month\n"
        "• Spending by visitors: [[¥8.1 trillion|money|8100000000000|JPY]] "
        "([[about US$52 billion|money|52000000000|USD]])\n\n"
        "Top markets, [[2024|D|2024]]\n"
        "[[South Korea|GPE]]     [[8,817,800|count|8817800|visitor]]\n"
        "[[China|GPE]]           [[6,962,800|count|6962800|visitor]]\n"
        "[[Taiwan|GPE]]          [[6,044,400|count|6044400|visitor]]\n"
        "[[United States|GPE]]   [[2,724,600|count|2724600|visitor]]\n\n"
        "Minister of Land, Infrastructure, Transport and Tourism [[Hiromasa Nakano|PERSON]] told a press "
        "conference that the weak yen and new flight routes had drawn visitors from every region. Prime "
        "Minister [[Shigeru Ishiba|PERSON]] has pledged to bring in [[60 million|count|60000000|visitor]] "
        "visitors a year by [[2030|D|2030]].\n\n"
        "[[JNTO|ORG|Japan National Tourism Organization]] expects arrivals from [[China|GPE]] to recover "
        "further after [[Beijing|GPE]] resumed visa-free entry for [[Japanese|NORP]] travellers in "
        "[[November|D|2024-11]].\n\n"
        "[[Kyoto|GPE]] Mayor [[Koji Matsui|PERSON]] warned that crowding in popular districts was straining "
        "buses and residents’ patience, and said the city would raise its accommodation tax in "
        "[[March 2026|D|2026-03]].\n\n"
        "In the other direction, [[13 million|count|13000000|resident]] [[Japanese|NORP]] residents travelled "
        "abroad in [[2024|D|2024]], still [[about 35%|percent|35|%]] below the [[2019|D|2019]] level.\n\n"
        "Figures for [[January|D|2025-01]] will be published on [[February 19|D|2025-02-19]].",
        [
            ("Hiromasa Nakano", "tell", "the weak yen and new flight routes had drawn visitors from every region",
             False),
            ("Shigeru Ishiba", "pledge", "bring in 60 million visitors a year by 2030", False),
            ("Japan National Tourism Organization", "expect", "arrivals from China to recover further after Beijing "
             "resumed visa-free entry for Japanese travellers in November", False),
            ("Koji Matsui", "warn", "crowding in popular districts was straining buses and residents’ patience",
             False),
            ("Koji Matsui", "say", "the city would raise its accommodation tax in March 2026", False),
        ],
    ),
    (
        "own51-ho-04", "taiwan-cwa-hualien-earthquake", "2024-04-03", "2024-04-03",
        "[[Central Weather Administration|ORG]]\n"
        "EARTHQUAKE REPORT No. 113019\n\n"
        "Issued: [[3 April 2024|D|2024-04-03]], 08:15\n"
        "Origin time: 07:58:09\n"
        "Magnitude (ML): [[7.2|number|7.2]]\n"
        "Depth: [[15.5 km|quantity|15.5|km]]\n"
        "Epicentre: [[25.0 km|quantity|25|km]] south-southeast of [[Hualien County Hall|FAC]]\n\n"
        "Casualties reported as of 14:00\n"
        "Deaths: [[9|count|9|death]]\n"
        "Injured: [[1,011|count|1011|person]]\n"
        "Trapped: [[127|count|127|person]]\n\n"
        "[[Wu Chien-fu|PERSON]], director of the agency’s seismology centre, told reporters that it was the "
        "strongest earthquake to hit [[Taiwan|GPE]] since the [[Chi-Chi earthquake|EVENT|1999 Jiji earthquake]] "
        "of [[1999|D|1999]]. The [[1999|D|1999]] quake killed [[more than 2,400|count|2400|person]] people.\n\n"
        "He warned that aftershocks of magnitude [[6.5|number|6.5]] to [[7|number|7]] could occur over "
        "[[the next three days|D|2024-04-03/2024-04-06]].\n\n"
        "Rockfalls blocked roads in [[Taroko National Park|LOC]], where [[about 50|count|50|worker]] hotel "
        "workers were stranded. President [[Tsai Ing-wen|PERSON]] urged residents to stay away from mountain "
        "areas. Premier [[Chen Chien-jen|PERSON]] said the [[Executive Yuan|ORG]] had set up a central "
        "emergency operation centre.\n\n"
        "[[Taiwan Semiconductor Manufacturing Company|ORG]] ([[TSMC|ORG|Taiwan Semiconductor Manufacturing "
        "Company]]) said that [[more than 70 percent|percent|70|%]] of its production equipment had been "
        "restored within ten hours.\n\n"
        "The [[Japan Meteorological Agency|ORG]] warned of a tsunami of [[up to 3 metres|quantity|3|m]] for "
        "[[Okinawa|GPE|Okinawa Prefecture]], and lifted the warning before noon.\n\n"
        "The next report will be issued when a felt aftershock of magnitude [[5.0|number|5]] or greater occurs.",
        [
            ("Wu Chien-fu", "tell", "it was the strongest earthquake to hit Taiwan since the Chi-Chi earthquake of "
             "1999", False),
            ("Wu Chien-fu", "warn", "aftershocks of magnitude 6.5 to 7 could occur over the next three days",
             False),
            ("Tsai Ing-wen", "urge", "residents to stay away from mountain areas", False),
            ("Chen Chien-jen", "say", "the Executive Yuan had set up a central emergency operation centre", False),
            ("Taiwan Semiconductor Manufacturing Company", "say", "more than 70 percent of its production equipment "
             "had been restored within ten hours", False),
            ("Japan Meteorological Agency", "warn", "a tsunami of up to 3 metres for Okinawa", False),
        ],
    ),
    (
        "own51-ho-05", "sasol-annual-results", "2025-08-18", "2025-08-18",
        "[[Sasol|ORG]] reports results for the year ended [[30 June 2025|D|2025-06-30]]\n\n"
        "[[JOHANNESBURG|GPE|Johannesburg]], [[18 August 2025|D|2025-08-18]] – [[Sasol Limited|ORG|Sasol]] "
        "([[Sasol|ORG]] or the [[Company|ORG|Sasol]]) [[today|D|2025-08-18]] released its audited results "
        "for the financial year ended [[30 June 2025|D|2025-06-30]] ([[FY25|D|2024-07/2025-06]]).\n\n"
        "Highlights\n"
        "• Turnover: [[R249 billion|money|249000000000|ZAR]], down [[8%|percent|8|%]]\n"
        "• Adjusted EBITDA: [[R52.0 billion|money|52000000000|ZAR]], down [[17%|percent|17|%]]\n"
        "• Free cash flow: [[R6.8 billion|money|6800000000|ZAR]]\n"
        "• Net debt excluding leases: [[US$3.7 billion|money|3700000000|USD]]\n"
        "• Secunda synthetic fuels production: [[7.0 million tonnes|quantity|7000000|t]]\n"
        "• No final dividend declared\n\n"
        "Brent crude averaged [[US$76|money|76|USD]] per barrel, against [[US$84|money|84|USD]] in "
        "[[FY24|D|2023-07/2024-06]], and the rand averaged [[R18.20|money|18.2|ZAR]] to the "
        "[[U.S.|GPE|United States]] dollar.\n\n"
        "President and Chief Executive Officer [[Simon Baloyi|PERSON]] said: “We have stabilised our "
        "operations in a tough market. Now we must make them cheaper to run.”\n\n"
        "He added that [[Sasol|ORG]] would close [[two|count|2|unit]] loss-making chemical units in "
        "[[Europe|LOC]] and the [[United States|GPE]] by [[mid-2026|D|2026]].\n\n"
        "For [[FY26|D|2025-07/2026-06]], the [[Company|ORG|Sasol]] expects Secunda production of "
        "[[7.0|quantity|7000000|t]] to [[7.2 million tonnes|quantity|7200000|t]] and capital expenditure of "
        "[[R24|money|24000000000|ZAR]] to [[R26 billion|money|26000000000|ZAR]].\n\n"
        "Chief Financial Officer [[Walt Bruns|PERSON]] said net debt would fall below "
        "[[US$3 billion|money|3000000000|USD]] by [[FY28|D|2027-07/2028-06]], when dividends could resume.\n\n"
        "[[Sasol|ORG]], which employs [[about 27,000|count|27000|person]] people, will hold a capital markets "
        "day in [[Johannesburg|GPE]] on [[26 November|D|2025-11-26]].",
        [
            ("Simon Baloyi", "say", "We have stabilised our operations in a tough market. Now we must make them "
             "cheaper to run.", True),
            ("Simon Baloyi", "add", "Sasol would close two loss-making chemical units in Europe and the United "
             "States by mid-2026", False),
            ("Sasol", "expect", "Secunda production of 7.0 to 7.2 million tonnes and capital expenditure of R24 "
             "to R26 billion", False),
            ("Walt Bruns", "say", "net debt would fall below US$3 billion by FY28, when dividends could resume",
             False),
        ],
    ),
    (
        "own51-ho-06", "fao-southern-africa-drought", "2024-04-12", "2024-04-12",
        "[[Food and Agriculture Organization of the United Nations|ORG|Food and Agriculture Organization]]\n"
        "News release\n"
        "[[Johannesburg|GPE]]/[[Rome|GPE]], [[12 April 2024|D|2024-04-12]]\n\n"
        "[[Southern Africa|LOC]]: farmers need seed before the next planting season\n\n"
        "The worst drought in [[four decades|D|P40Y]] has destroyed crops across [[Zambia|GPE]], "
        "[[Zimbabwe|GPE]] and [[Malawi|GPE]], the [[Food and Agriculture Organization|ORG]] "
        "([[FAO|ORG|Food and Agriculture Organization]]) said [[today|D|2024-04-12]].\n\n"
        "Key figures\n"
        "-- Rainfall in [[February|D|2024-02]]: [[less than 20%|percent|20|%]] of normal\n"
        "-- Maize harvest in [[Zambia|GPE]]: [[about 1.5 million tonnes|quantity|1500000|t]], down "
        "[[50%|percent|50|%]]\n"
        "-- Cropland affected in [[Zimbabwe|GPE]]: [[over 1 million hectares|quantity|1000000|ha]]\n"
        "-- People in need of assistance: [[20 million|count|20000000|person]]\n\n"
        "[[Zimbabwe|GPE]]’s state of disaster, in force since [[3 April|D|2024-04-03]], covers all "
        "[[ten|count|10|province]] provinces.\n\n"
        "[[Patrice Talla|PERSON]], [[FAO|ORG|Food and Agriculture Organization]] Subregional Coordinator for "
        "[[Southern Africa|LOC]], said: “Families have eaten their seed stock. If they cannot plant in "
        "[[October|D|2024-10]], the crisis will run into [[2025|D|2025]].”\n\n"
        "He called for [[US$77 million|money|77000000|USD]] to provide seeds, fertiliser and animal feed to "
        "[[1.4 million|count|1400000|farmer]] farmers before the rains.\n\n"
        "The [[World Food Programme|ORG]] estimates that [[6 million|count|6000000|person]] people in "
        "[[Zimbabwe|GPE]] alone will need food aid by the end of [[the year|D|2024]]. The "
        "[[Southern African Development Community|ORG]] ([[SADC|ORG|Southern African Development Community]]) "
        "said it would launch a regional appeal in [[May|D|2024-05]].\n\n"
        "Notes to editors\n"
        "-- [[FAO|ORG|Food and Agriculture Organization]]’s [[Global Information and Early Warning "
        "System|ORG]] monitors crop conditions in [[16|count|16|country]] countries of the region.\n"
        "-- The appeal covers the [[2024-25|D|2024/2025]] agricultural season.",
        [
            ("Food and Agriculture Organization", "say", "The worst drought in four decades has destroyed crops "
             "across Zambia, Zimbabwe and Malawi", False),
            ("Patrice Talla", "say", "Families have eaten their seed stock. If they cannot plant in October, the "
             "crisis will run into 2025.", True),
            ("Patrice Talla", "call for", "US$77 million to provide seeds, fertiliser and animal feed to 1.4 "
             "million farmers before the rains", False),
            ("World Food Programme", "estimate", "6 million people in Zimbabwe alone will need food aid by the end "
             "of the year", False),
            ("Southern African Development Community", "say", "it would launch a regional appeal in May", False),
        ],
    ),
    (
        "own51-ho-07", "ndb-panda-bond", "2025-06-10", "2025-06-10",
        "[[New Development Bank|ORG]]\n"
        "Press release\n"
        "[[SHANGHAI|GPE|Shanghai]], [[10 June 2025|D|2025-06-10]]\n\n"
        "[[NDB|ORG|New Development Bank]] prices [[RMB 5 billion|money|5000000000|CNY]] panda bond\n\n"
        "The [[New Development Bank|ORG]] ([[NDB|ORG|New Development Bank]]) [[today|D|2025-06-10]] priced a bond "
        "in [[two|count|2|tranche]] tranches in [[China|GPE]]’s interbank bond market.\n\n"
        "Amount: [[RMB 5 billion|money|5000000000|CNY]]\n"
        "Tenors: [[three years|D|P3Y]] ([[RMB 3 billion|money|3000000000|CNY]]) and [[five years|D|P5Y]] "
        "([[RMB 2 billion|money|2000000000|CNY]])\n"
        "Coupons: [[1.73%|percent|1.73|%]] and [[1.86%|percent|1.86|%]]\n"
        "Order book: [[over RMB 14 billion|money|14000000000|CNY]] from [[more than 60|count|60|investor]] "
        "investors\n"
        "Settlement: [[12 June 2025|D|2025-06-12]]\n"
        "Ratings: AA+ ([[S&P Global Ratings|ORG]]), AA ([[Fitch|ORG|Fitch Ratings]])\n\n"
        "President [[Dilma Rousseff|PERSON]] said: “Local currency financing protects our borrowers from "
        "exchange rate risk. We aim to lend [[30%|percent|30|%]] in our members’ own currencies by "
        "[[2026|D|2026]].”\n\n"
        "[[Rousseff|PERSON|Dilma Rousseff]] added that the proceeds would fund projects in [[China|GPE]], "
        "including an extension of the [[Chengdu Metro|FAC]].\n\n"
        "Vice-President [[Monale Ratsoma|PERSON]] noted that it was the bank’s [[third|ordinal|3]] panda bond "
        "of the year and that [[NDB|ORG|New Development Bank]] has issued [[more than RMB 70 billion|money|"
        "70000000000|CNY]] in [[China|GPE]] since [[2016|D|2016]].\n\n"
        "[[Fitch|ORG|Fitch Ratings]] said in [[May|D|2025-05]] that the bank’s capital remained strong despite "
        "sanctions on [[Russia|GPE]], one of its [[five|count|5|member]] founding members.\n\n"
        "[[Last year|D|2024]] the bank approved a [[ZAR 5 billion|money|5000000000|ZAR]] loan to "
        "[[Transnet|ORG]] in [[South Africa|GPE]].",
        [
            ("Dilma Rousseff", "say", "Local currency financing protects our borrowers from exchange rate risk. "
             "We aim to lend 30% in our members’ own currencies by 2026.", True),
            ("Dilma Rousseff", "add", "the proceeds would fund projects in China, including an extension of the "
             "Chengdu Metro", False),
            ("Monale Ratsoma", "note", "it was the bank’s third panda bond of the year and that NDB has issued "
             "more than RMB 70 billion in China since 2016", False),
            ("Fitch Ratings", "say", "the bank’s capital remained strong despite sanctions on Russia, one of its "
             "five founding members", False),
        ],
    ),
]
