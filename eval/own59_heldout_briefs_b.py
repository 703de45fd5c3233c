"""Held-out set 59 (blind): marked texts of briefs 08-14 and their statements (see
``build_own59_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own59-ho-08", "zambezi-river-authority-kariba-allocation", "2025-03-14", "2025-03-14",
        "[[ZAMBEZI RIVER AUTHORITY|ORG|Zambezi River Authority]]\n"
        "Notice to stakeholders\n"
        "[[Lusaka|GPE]], [[14 March 2025|D|2025-03-14]]\n\n"
        "WATER ALLOCATION FOR POWER GENERATION AT [[KARIBA|FAC|Kariba Dam]] IN [[2025|D|2025]]\n\n"
        "The [[Zambezi River Authority|ORG]] ([[ZRA|ORG|Zambezi River Authority]]) has raised the volume of "
        "water allocated for power generation at [[Kariba Dam|FAC]] in [[2025|D|2025]] to "
        "[[24 billion cubic metres|quantity|24000000000|m3]], up from "
        "[[16 billion cubic metres|quantity|16000000000|m3]] in [[2024|D|2024]]. The water will be shared "
        "equally between [[ZESCO|ORG]] of [[Zambia|GPE]] and the [[Zimbabwe Power Company|ORG]].\n\n"
        "Lake level, [[13 March 2025|D|2025-03-13]]: [[478.32 metres|quantity|478.32|m]] above sea level\n"
        "Same date in [[2024|D|2024]]: [[476.64 metres|quantity|476.64|m]]\n"
        "Minimum operating level: [[475.50 metres|quantity|475.50|m]]\n"
        "Usable storage: [[13.4%|percent|13.4|%]]\n"
        "Flow of the [[Zambezi|LOC|Zambezi]] at [[Victoria Falls|LOC]]: "
        "[[2,140 cubic metres|quantity|2140|m3]] per second\n\n"
        "Chief Executive [[Munyaradzi Munodawafa|PERSON]] said [[Lake Kariba|LOC]] had risen by "
        "[[1.7 metres|quantity|1.7|m]] since [[January|D|2025-01]], but warned that the allocation would be "
        "reviewed in [[July|D|2025-07]] if inflows weakened.\n\n"
        "[[Zambia|GPE]]’s Minister of Energy [[Makozo Chikote|PERSON]] told "
        "[[Parliament|ORG|National Assembly of Zambia]] that power cuts would fall from 17 hours a day to "
        "about eight by [[April|D|2025-04]]. [[ZESCO|ORG]] said it would import [[up to 400 megawatts|quantity|"
        "400|MW]] from [[Mozambique|GPE]] and [[South Africa|GPE]] until the end of the dry season.\n\n"
        "The [[World Bank|ORG]] estimates that the drought cut [[Zambia|GPE]]’s economic growth to "
        "[[1.2%|percent|1.2|%]] in [[2024|D|2024]], the weakest since [[2020|D|2020]].\n\n"
        "The next review of the allocation will take place in [[July|D|2025-07]].",
        [
            ("Munyaradzi Munodawafa", "say", "Lake Kariba had risen by 1.7 metres since January", False),
            ("Munyaradzi Munodawafa", "warn", "the allocation would be reviewed in July if inflows weakened",
             False),
            ("Makozo Chikote", "tell", "power cuts would fall from 17 hours a day to about eight by April",
             False),
            ("ZESCO", "say", "it would import up to 400 megawatts from Mozambique and South Africa until the end "
             "of the dry season", False),
            ("World Bank", "estimate", "the drought cut Zambia’s economic growth to 1.2% in 2024, the weakest "
             "since 2020", False),
        ],
    ),
    (
        "own59-ho-09", "wikinews-jeju-air-muan-crash", "2024-12-29", "2024-12-29",
        "[[Jeju Air|ORG]] plane crash at [[Muan|GPE|Muan County]] kills [[179|count|179|person]] in "
        "[[South Korea|GPE]]\n\n"
        "[[Sunday, December 29, 2024|D|2024-12-29]]\n\n"
        "A [[Jeju Air|ORG]] [[Boeing 737-800|PRODUCT|Boeing 737 Next Generation]] arriving from "
        "[[Bangkok|GPE]] crashed while landing at [[Muan International Airport|FAC]] in [[South Korea|GPE]] "
        "[[today|D|2024-12-29]], killing [[179|count|179|person]] of the [[181|count|181|person]] people on "
        "board. [[Two|count|2|flight attendant]] flight attendants were pulled from the tail section and taken "
        "to hospital.\n\n"
        "The plane, carrying [[175|count|175|passenger]] passengers and [[six|count|6|crew]] crew, landed on "
        "its belly shortly after 9 a.m. local time, overran the runway and hit a concrete embankment, bursting "
        "into flames.\n\n"
        "Muan fire chief [[Lee Jeong-hyeon|PERSON]] told reporters that a bird strike combined with bad "
        "weather was suspected. The [[Ministry of Land, Infrastructure and Transport|ORG|Ministry of Land, "
        "Infrastructure and Transport (South Korea)]] said the control tower had warned the pilots of birds "
        "two minutes before they declared an emergency.\n\n"
        "Acting President [[Choi Sang-mok|PERSON]] visited the airport and said the government would do "
        "everything it could to identify the victims. A [[seven-day|D|P7D]] period of national mourning was "
        "declared, until [[January 4|D|2025-01-04]].\n\n"
        "At a news conference in [[Seoul|GPE]], [[Jeju Air|ORG]] chief executive [[Kim E-bae|PERSON]] bowed "
        "with other executives. “I bow my head in deep apology to the families,” he said.\n\n"
        "[[Thai|NORP]] Prime Minister [[Paetongtarn Shinawatra|PERSON]] said [[two|count|2|passenger]] of the "
        "passengers were [[Thai|NORP]] nationals.\n\n"
        "It was the deadliest crash involving a [[South Korean|NORP]] airline since [[1997|D|1997]], when a "
        "[[Korean Air|ORG]] jet crashed on [[Guam|GPE]], killing [[228|count|228|person]] people.",
        [
            ("Lee Jeong-hyeon", "tell", "a bird strike combined with bad weather was suspected", False),
            ("Ministry of Land, Infrastructure and Transport (South Korea)", "say", "the control tower had warned "
             "the pilots of birds two minutes before they declared an emergency", False),
            ("Choi Sang-mok", "say", "the government would do everything it could to identify the victims",
             False),
            ("Kim E-bae", "say", "I bow my head in deep apology to the families", True),
            ("Paetongtarn Shinawatra", "say", "two of the passengers were Thai nationals", False),
        ],
    ),
    (
        "own59-ho-10", "wikinews-croatia-milanovic-reelected", "2025-01-13", "2025-01-13",
        "[[Milanović|PERSON|Zoran Milanović]] wins [[second|ordinal|2]] term as President of [[Croatia|GPE]]\n\n"
        "[[Monday, January 13, 2025|D|2025-01-13]]\n\n"
        "[[Croatia|GPE]]’s President [[Zoran Milanović|PERSON]] won a [[second|ordinal|2]] "
        "[[five-year|D|P5Y]] term in [[yesterday|D|2025-01-12]]’s runoff, defeating [[Dragan Primorac|PERSON]], "
        "the candidate of the governing [[Croatian Democratic Union|ORG]] ([[HDZ|ORG|Croatian Democratic "
        "Union]]).\n\n"
        "[[Milanović|PERSON|Zoran Milanović]] took [[74.7%|percent|74.7|%]] of the vote against "
        "[[25.3%|percent|25.3|%]] for [[Primorac|PERSON|Dragan Primorac]], according to the "
        "[[State Electoral Commission|ORG|State Electoral Commission (Croatia)]]. Turnout was "
        "[[about 44%|percent|44|%]] of [[roughly 3.5 million|count|3500000|voter]] registered voters. In the "
        "[[first|ordinal|1]] round on [[December 29|D|2024-12-29]], [[Milanović|PERSON|Zoran Milanović]] had "
        "fallen just short of a majority with [[49.1%|percent|49.1|%]].\n\n"
        "[[Milanović|PERSON|Zoran Milanović]], a former prime minister for the "
        "[[Social Democratic Party|ORG|Social Democratic Party of Croatia]], has often clashed with Prime "
        "Minister [[Andrej Plenković|PERSON]] over military aid to [[Ukraine|GPE]] and over "
        "[[NATO|ORG]].\n\n"
        "Speaking to supporters in [[Zagreb|GPE]], [[Milanović|PERSON|Zoran Milanović]] said the result was "
        "“a clear message” to the government. “I will be the president of all citizens, including those who "
        "did not vote for me,” he said.\n\n"
        "[[Primorac|PERSON|Dragan Primorac]] congratulated the winner and said he took full responsibility "
        "for the defeat. [[Plenković|PERSON|Andrej Plenković]] told reporters the government would continue "
        "to work with the president “in the interest of [[Croatia|GPE]]” despite their differences.\n\n"
        "The president’s powers are limited, but he is commander of the armed forces and shares "
        "responsibility for foreign policy. [[Croatia|GPE]] joined the [[European Union|ORG]] in "
        "[[2013|D|2013]] and the euro area in [[2023|D|2023]].",
        [
            ("State Electoral Commission (Croatia)", "according to", "Milanović took 74.7% of the vote against "
             "25.3% for Primorac", False),
            ("Zoran Milanović", "say", "the result was “a clear message” to the government", False),
            ("Zoran Milanović", "say", "I will be the president of all citizens, including those who did not "
             "vote for me", True),
            ("Dragan Primorac", "say", "he took full responsibility for the defeat", False),
            ("Andrej Plenković", "tell", "the government would continue to work with the president “in the "
             "interest of Croatia” despite their differences", False),
        ],
    ),
    (
        "own59-ho-11", "wikinews-mozambique-chapo-sworn-in", "2025-01-15", "2025-01-15",
        "[[Daniel Chapo|PERSON]] sworn in as President of [[Mozambique|GPE]] amid protests\n\n"
        "[[Wednesday, January 15, 2025|D|2025-01-15]]\n\n"
        "[[Daniel Chapo|PERSON]] was sworn in [[today|D|2025-01-15]] as the [[fifth|ordinal|5]] President of "
        "[[Mozambique|GPE]] at [[Independence Square|FAC|Independence Square (Maputo)]] in [[Maputo|GPE]], "
        "succeeding [[Filipe Nyusi|PERSON]], who had served [[two|count|2|term]] terms.\n\n"
        "The [[48-year-old|D|P48Y]] candidate of [[Frelimo|ORG|FRELIMO]], which has governed since "
        "independence in [[1975|D|1975]], won the election of [[October 9|D|2024-10-09]] with "
        "[[65.17%|percent|65.17|%]] of the vote, according to the final results of the "
        "[[Constitutional Council|ORG|Constitutional Council (Mozambique)]].\n\n"
        "In his address [[Chapo|PERSON|Daniel Chapo]] pledged to cut the number of ministries and to reduce "
        "the cost of government. “The people have spoken, and I will be the president of all "
        "[[Mozambicans|NORP|Mozambican]],” he said.\n\n"
        "Opposition candidate [[Venâncio Mondlane|PERSON]], credited with [[24.19%|percent|24.19|%]], says the "
        "vote was rigged. He called for [[three days|D|P3D]] of strikes from [[Monday|D|2025-01-13]], and "
        "police fired tear gas at protesters in [[Maputo|GPE]] and [[Nampula|GPE]].\n\n"
        "The civil society group [[Plataforma Decide|ORG]] estimates that [[about 300|count|300|person]] "
        "people have been killed by security forces since [[October|D|2024-10]].\n\n"
        "[[South African|NORP]] President [[Cyril Ramaphosa|PERSON]] and [[Guinea-Bissau|GPE]]’s President "
        "[[Umaro Sissoco Embaló|PERSON]] were the only heads of state at the ceremony. [[Ramaphosa|PERSON|Cyril Ramaphosa]] told "
        "journalists that [[South Africa|GPE]] would help [[Mozambique|GPE]] to find “a lasting peace” after the unrest.",
        [
            ("Constitutional Council (Mozambique)", "according to", "The 48-year-old candidate of Frelimo, which "
             "has governed since independence in 1975, won the election of October 9 with 65.17% of the vote",
             False),
            ("Daniel Chapo", "pledge", "cut the number of ministries and to reduce the cost of government", False),
            ("Daniel Chapo", "say", "The people have spoken, and I will be the president of all Mozambicans",
             True),
            ("Venâncio Mondlane", "say", "the vote was rigged", False),
            ("Venâncio Mondlane", "call for", "three days of strikes from Monday", False),
            ("Plataforma Decide", "estimate", "about 300 people have been killed by security forces since "
             "October", False),
            ("Cyril Ramaphosa", "tell", "South Africa would help Mozambique to find “a lasting peace” after the unrest", False),
        ],
    ),
    (
        "own59-ho-12", "reuters-1996-tallinn-meri-reelected", "1996-09-20", "1996-09-20",
        "[[ESTONIA|GPE|Estonia]] RE-ELECTS [[MERI|PERSON|Lennart Meri]] AS PRESIDENT.\n\n"
        "[[TALLINN|GPE|Tallinn]] [[1996-09-20|D|1996-09-20]]\n\n"
        "[[Estonia|GPE]]’s electoral college re-elected [[Lennart Meri|PERSON]] as president on "
        "[[Friday|D|1996-09-20]], giving him a [[second|ordinal|2]] [[five-year|D|P5Y]] term after parliament "
        "failed to choose a head of state in [[three|count|3|round]] rounds of voting [[last month|D|1996-08]].\n\n"
        "[[Meri|PERSON|Lennart Meri]] won [[196|count|196|vote]] votes in the [[374|count|374|member]]-member "
        "assembly of deputies and local council representatives, against [[126|count|126|vote]] for "
        "[[Arnold Ruutel|PERSON|Arnold Rüütel]], deputy speaker of the [[Riigikogu|ORG]].\n\n"
        "“This is a victory for [[Estonia|GPE]]’s course towards [[Europe|LOC]],” the "
        "[[67-year-old|D|P67Y]] former writer and film-maker told reporters.\n\n"
        "[[Ruutel|PERSON|Arnold Rüütel]], a [[Soviet|NORP]]-era leader backed by the rural parties, said he "
        "accepted the result but would keep working for farmers.\n\n"
        "Prime Minister [[Tiit Vahi|PERSON|Tiit Vähi]] said the government would apply for "
        "[[European Union|ORG]] membership talks before the end of the year and expected [[NATO|ORG]] to invite "
        "the [[Baltic|NORP]] states in [[1997|D|1997]].\n\n"
        "The kroon, pegged at [[eight kroons|money|8|EEK]] to the [[German|NORP]] mark, was steady. The [[Bank of Estonia|ORG]] "
        "said inflation had slowed to [[23 percent|percent|23|%]] in [[August|D|1996-08]] from "
        "[[29 percent|percent|29|%]] in [[January|D|1996-01]].\n\n"
        "Local elections are due on [[October 20|D|1996-10-20]].",
        [
            ("Lennart Meri", "tell", "This is a victory for Estonia’s course towards Europe", True),
            ("Arnold Rüütel", "say", "he accepted the result but would keep working for farmers", False),
            ("Tiit Vähi", "say", "the government would apply for European Union membership talks before the end "
             "of the year", False),
            ("Tiit Vähi", "expect", "NATO to invite the Baltic states in 1997", False),
            ("Bank of Estonia", "say", "inflation had slowed to 23 percent in August from 29 percent in January", False),
        ],
    ),
    (
        "own59-ho-13", "reuters-1996-olympic-sailing-standings", "1996-08-01", "1996-08-01",
        "SAILING - [[KUSZNIEREWICZ|PERSON|Mateusz Kusznierewicz]] CLOSE TO [[OLYMPIC|EVENT|1996 Summer "
        "Olympics]] FINN GOLD.\n\n"
        "[[SAVANNAH|GPE|Savannah, Georgia]], [[Georgia|GPE|Georgia (U.S. state)]] [[1996-08-01|D|1996-08-01]]\n\n"
        "[[Poland|GPE]]’s [[Mateusz Kusznierewicz|PERSON]] moved within reach of the [[Olympic|EVENT|1996 "
        "Summer Olympics]] Finn class gold medal on [[Thursday|D|1996-08-01]], winning the "
        "[[ninth|ordinal|9]] race on [[Wassaw Sound|LOC]] in light winds.\n\n"
        "Leading positions after [[10|count|10|race]] of [[11|count|11|race]] races (net points):\n"
        "[[Mateusz Kusznierewicz|PERSON]] ([[Poland|GPE]]) [[32|number|32]]\n"
        "[[Sebastien Godefroid|PERSON|Sébastien Godefroid]] ([[Belgium|GPE]]) [[45|number|45]]\n"
        "[[Roy Heiner|PERSON]] ([[Netherlands|GPE]]) [[50|number|50]]\n"
        "[[Fredrik Loof|PERSON|Fredrik Lööf]] ([[Sweden|GPE]]) [[53|number|53]]\n\n"
        "Laser class, final positions:\n"
        "[[Robert Scheidt|PERSON]] ([[Brazil|GPE]]) [[26|number|26]]\n"
        "[[Ben Ainslie|PERSON]] ([[Britain|GPE|United Kingdom]]) [[37|number|37]]\n"
        "[[Peer Moberg|PERSON]] ([[Norway|GPE]]) [[46|number|46]]\n\n"
        "Europe class (women), final positions:\n"
        "[[Kristine Roug|PERSON]] ([[Denmark|GPE]]) [[24|number|24]]\n"
        "[[Margriet Matthijsse|PERSON]] ([[Netherlands|GPE]]) [[30|number|30]]\n"
        "[[Courtenay Becker-Dey|PERSON]] ([[United States|GPE]]) [[39|number|39]]\n\n"
        "[[Roug|PERSON|Kristine Roug]] became [[Denmark|GPE]]’s [[first|ordinal|1]] female champion of these "
        "[[Games|EVENT|1996 Summer Olympics]].\n\n"
        "“I only need to sail a clean race on [[Friday|D|1996-08-02]],” [[Kusznierewicz|PERSON|Mateusz "
        "Kusznierewicz]] told reporters.\n\n"
        "[[Godefroid|PERSON|Sébastien Godefroid]] said he would attack from the start but admitted that the "
        "[[Pole|NORP|Polish]] was the favourite.\n\n"
        "[[Ainslie|PERSON|Ben Ainslie]] lost the Laser gold to "
        "[[Scheidt|PERSON|Robert Scheidt]] in the final race. “He sailed better than me over the "
        "[[two weeks|D|P2W]],” the [[Briton|NORP|British]] said.",
        [
            ("Mateusz Kusznierewicz", "tell", "I only need to sail a clean race on Friday", True),
            ("Sébastien Godefroid", "say", "he would attack from the start", False),
            ("Sébastien Godefroid", "admit", "the Pole was the favourite", False),
            ("Ben Ainslie", "say", "He sailed better than me over the two weeks", True),
        ],
    ),
    (
        "own59-ho-14", "reuters-1996-olympic-canoe-sprint-results", "1996-08-03", "1996-08-03",
        "CANOEING - [[OLYMPIC|EVENT|1996 Summer Olympics]] SPRINT RESULTS.\n\n"
        "[[GAINESVILLE|GPE|Gainesville, Georgia]], [[Georgia|GPE|Georgia (U.S. state)]] "
        "[[1996-08-03|D|1996-08-03]]\n\n"
        "Results of [[Olympic|EVENT|1996 Summer Olympics]] canoe and kayak sprint finals on "
        "[[Lake Lanier|LOC]] on [[Saturday|D|1996-08-03]]:\n\n"
        "Men's K-1 [[500 metres|quantity|500|m]]\n"
        "Gold - [[Antonio Rossi|PERSON]] ([[Italy|GPE]]) 1:37.42\n"
        "Silver - [[Knut Holmann|PERSON]] ([[Norway|GPE]]) 1:38.33\n"
        "Bronze - [[Piotr Markiewicz|PERSON]] ([[Poland|GPE]]) 1:38.61\n\n"
        "Men's C-1 [[500 metres|quantity|500|m]]\n"
        "Gold - [[Martin Doktor|PERSON]] ([[Czech Republic|GPE]]) 1:49.93\n"
        "Silver - [[Slavomir Knazovicky|PERSON|Slavomír Kňazovický]] ([[Slovakia|GPE]]) 1:50.51\n"
        "Bronze - [[Imre Pulai|PERSON]] ([[Hungary|GPE]]) 1:50.75\n\n"
        "Women's K-1 [[500 metres|quantity|500|m]]\n"
        "Gold - [[Rita Koban|PERSON|Rita Kőbán]] ([[Hungary|GPE]]) 1:47.65\n"
        "Silver - [[Caroline Brunet|PERSON]] ([[Canada|GPE]]) 1:47.89\n"
        "Bronze - [[Josefa Idem|PERSON]] ([[Italy|GPE]]) 1:48.73\n\n"
        "Medals after [[12|count|12|event]] events (gold, silver, bronze):\n"
        "[[Germany|GPE]] [[4|number|4]] [[2|number|2]] [[1|number|1]]\n"
        "[[Italy|GPE]] [[2|number|2]] [[2|number|2]] [[1|number|1]]\n"
        "[[Hungary|GPE]] [[1|number|1]] [[1|number|1]] [[3|number|3]]\n\n"
        "[[Rossi|PERSON|Antonio Rossi]], who also won the K-2 [[1,000 metres|quantity|1000|m]] on "
        "[[Friday|D|1996-08-02]] with [[Daniele Scarpa|PERSON]], told reporters: “[[Two|count|2|gold]] golds in "
        "[[two days|D|P2D]] is more than I dreamed of.”\n\n"
        "[[Doktor|PERSON|Martin Doktor]], who took his [[second|ordinal|2]] gold of the regatta, said he would "
        "now rest until [[next year|D|1997]].\n\n"
        "The [[International Canoe Federation|ORG]] said [[about 15,000|count|15000|spectator]] spectators "
        "watched the finals, a record for the sport.",
        [
            ("Antonio Rossi", "tell", "Two golds in two days is more than I dreamed of.", True),
            ("Martin Doktor", "say", "he would now rest until next year", False),
            ("International Canoe Federation", "say", "about 15,000 spectators watched the finals, a record for "
             "the sport", False),
        ],
    ),
]
