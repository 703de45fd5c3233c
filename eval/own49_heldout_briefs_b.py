"""Held-out set 49 (blind): marked texts of briefs 08-14 and their statements (see
``build_own49_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own49-ho-08", "usbr-colorado-shortage", "2025-08-15", "2025-08-15",
        "[[Bureau of Reclamation|ORG|United States Bureau of Reclamation]]\n"
        "News Release\n"
        "Media contact: Public Affairs, (202) 513-0575\n\n"
        "[[WASHINGTON|GPE|Washington, D.C.]], [[Aug. 15, 2025|D|2025-08-15]] – The "
        "[[Department of the Interior|ORG|United States Department of the Interior]] [[today|D|2025-08-15]] "
        "released the August 24-Month Study, which projects that [[Lake Mead|LOC]] will stand at "
        "[[1,051.6 feet|quantity|1051.6|ft]] on [[Jan. 1, 2026|D|2026-01-01]], below the "
        "[[1,075-foot|quantity|1075|ft]] trigger for a Level 1 Shortage Condition.\n\n"
        "Under the shortage, [[Arizona|GPE]] will receive [[18 percent|percent|18|%]] less "
        "[[Colorado River|LOC]] water in [[2026|D|2026]], a cut of [[about 167 billion gallons|quantity|167000000000|gal]]; "
        "[[Nevada|GPE]] and [[Mexico|GPE]] will take smaller cuts. [[Lake Powell|LOC]] will "
        "release [[about 2.4 trillion gallons|quantity|2400000000000|gal]] through [[Glen Canyon Dam|FAC]] in "
        "[[water year 2026|D|2025-10-01/2026-09-30]].\n\n"
        "“The [[Colorado River|LOC]] supplies [[about 40 million|count|40000000|person]] people, and every drop "
        "counts,” said Secretary of the Interior [[Doug Burgum|PERSON]].\n\n"
        "[[Reclamation|ORG|United States Bureau of Reclamation]] said the [[seven|count|7|state]] basin states had "
        "not yet agreed on rules to replace the operating guidelines that expire at the end of [[2026|D|2026]], "
        "and urged them to reach a consensus by [[Nov. 11|D|2025-11-11]].\n\n"
        "[[Arizona Department of Water Resources|ORG]] Director [[Tom Buschatzke|PERSON]] warned that "
        "[[Arizona|GPE]] could lose [[up to 30 percent|percent|30|%]] of its river water a year after "
        "[[2026|D|2026]] if no deal is reached.\n\n"
        "The [[Southern Nevada Water Authority|ORG]] noted that [[Las Vegas|GPE]] uses [[less than 2%|percent|2|%]] "
        "of the river’s water.\n\n"
        "Since [[2000|D|2000]], [[Lake Mead|LOC]] has dropped [[more than 150 feet|quantity|150|ft]]. The next "
        "24-Month Study will be published on [[Sept. 15|D|2025-09-15]].",
        [
            ("Doug Burgum", "say", "The Colorado River supplies about 40 million people, and every drop counts",
             True),
            ("United States Bureau of Reclamation", "say", "the seven basin states had not yet agreed on rules to "
             "replace the operating guidelines that expire at the end of 2026", False),
            ("United States Bureau of Reclamation", "urge", "them to reach a consensus by Nov. 11", False),
            ("Tom Buschatzke", "warn", "Arizona could lose up to 30 percent of its river water a year after 2026 if no deal "
             "is reached", False),
            ("Southern Nevada Water Authority", "note", "Las Vegas uses less than 2% of the river’s water", False),
        ],
    ),
    (
        "own49-ho-09", "wikinews-sri-lanka-president", "2024-09-23", "2024-09-23",
        "[[Anura Kumara Dissanayake|PERSON]] sworn in as [[Sri Lanka|GPE]]’s president\n\n"
        "[[Monday, September 23, 2024|D|2024-09-23]]\n\n"
        "[[Anura Kumara Dissanayake|PERSON]], leader of the leftist [[National People's Power|ORG]] "
        "([[NPP|ORG|National People's Power]]) alliance, was sworn in as [[Sri Lanka|GPE]]’s "
        "[[ninth|ordinal|9]] executive president [[today|D|2024-09-23]] in [[Colombo|GPE]]. The vote was the "
        "country’s [[first|ordinal|1]] presidential election decided by a [[second|ordinal|2]] count of "
        "preference votes.\n\n"
        "The [[Election Commission|ORG|Election Commission of Sri Lanka]] announced on [[Sunday|D|2024-09-22]] "
        "that [[Dissanayake|PERSON|Anura Kumara Dissanayake]] had won [[5,740,179|count|5740179|vote]] votes, or "
        "[[55.89 percent|percent|55.89|%]], after the [[second|ordinal|2]] count. Opposition leader "
        "[[Sajith Premadasa|PERSON]] of the [[Samagi Jana Balawegaya|ORG]] received "
        "[[4,530,902|count|4530902|vote]] votes. President [[Ranil Wickremesinghe|PERSON]] was eliminated after "
        "the [[first|ordinal|1]] count with [[17.27 percent|percent|17.27|%]]. Turnout was "
        "[[about 79 percent|percent|79|%]] of [[17.1 million|count|17100000|voter]] registered voters.\n\n"
        "“This victory belongs to all of us,” [[Dissanayake|PERSON|Anura Kumara Dissanayake]] told supporters. He "
        "said he would seek to renegotiate the terms of the [[US$2.9 billion|money|2900000000|USD]] "
        "[[International Monetary Fund|ORG]] bailout agreed in [[March 2023|D|2023-03]].\n\n"
        "[[Wickremesinghe|PERSON|Ranil Wickremesinghe]], who conceded on [[Sunday|D|2024-09-22]], urged the new "
        "president to continue the reforms that had stabilised the economy after the [[2022|D|2022]] default.\n\n"
        "[[India|GPE]]’s Prime Minister [[Narendra Modi|PERSON]] wrote that [[Sri Lanka|GPE]] held a special place "
        "in [[India|GPE]]’s Neighbourhood First policy.\n\n"
        "[[Dissanayake|PERSON|Anura Kumara Dissanayake]] is expected to dissolve parliament and call a general "
        "election within weeks.",
        [
            ("Election Commission of Sri Lanka", "announce", "Dissanayake had won 5,740,179 votes, or 55.89 percent, "
             "after the second count", False),
            ("Anura Kumara Dissanayake", "tell", "This victory belongs to all of us", True),
            ("Anura Kumara Dissanayake", "say", "he would seek to renegotiate the terms of the US$2.9 billion "
             "International Monetary Fund bailout agreed in March 2023", False),
            ("Ranil Wickremesinghe", "urge", "the new president to continue the reforms that had stabilised the "
             "economy after the 2022 default", False),
            ("Narendra Modi", "write", "Sri Lanka held a special place in India’s Neighbourhood First policy",
             False),
        ],
    ),
    (
        "own49-ho-10", "wikinews-typhoon-yagi-vietnam", "2024-09-10", "2024-09-10",
        "[[Typhoon Yagi|EVENT]] kills [[more than 140|count|140|person]] in northern [[Vietnam|GPE]]\n\n"
        "[[Tuesday, September 10, 2024|D|2024-09-10]]\n\n"
        "[[At least 143|count|143|person]] people have died and [[58|count|58|person]] are missing in northern "
        "[[Vietnam|GPE]] after [[Typhoon Yagi|EVENT]], according to the "
        "[[Ministry of Agriculture and Rural Development|ORG|Ministry of Agriculture and Rural Development "
        "(Vietnam)]].\n\n"
        "[[Yagi|EVENT|Typhoon Yagi]], the strongest storm to hit the country in [[three decades|D|P30Y]], made "
        "landfall in [[Quang Ninh|GPE|Quảng Ninh province]] and [[Hai Phong|GPE|Haiphong]] on "
        "[[Saturday|D|2024-09-07]] with winds of [[about 149 km/h|quantity|149|km/h]].\n\n"
        "On [[Monday|D|2024-09-09]] morning, the [[Phong Chau|FAC|Phong Châu Bridge]] bridge over the "
        "[[Red River|LOC|Red River (Asia)]] in [[Phu Tho|GPE|Phú Thọ province]] province collapsed, sending "
        "[[ten|count|10|vehicle]] vehicles into the water. [[Three|count|3|person]] people were rescued.\n\n"
        "In [[Hanoi|GPE]], the [[Red River|LOC|Red River (Asia)]] rose to [[9.5 metres|quantity|9.5|m]] "
        "[[today|D|2024-09-10]], and authorities evacuated [[more than 2,000|count|2000|household]] households.\n\n"
        "Prime Minister [[Pham Minh Chinh|PERSON|Phạm Minh Chính]] urged local authorities to move residents "
        "away from rivers and steep slopes.\n\n"
        "“Landslides and flash floods are now the greatest threat,” Deputy Minister "
        "[[Nguyen Hoang Hiep|PERSON|Nguyễn Hoàng Hiệp]] told reporters.\n\n"
        "The [[United States|GPE]] pledged [[US$1 million|money|1000000|USD]] in emergency aid, and "
        "[[UNICEF|ORG]] estimated that [[about 3.6 million|count|3600000|child]] [[Vietnamese|NORP]] children "
        "live in the affected provinces.\n\n"
        "[[Yagi|EVENT|Typhoon Yagi]] earlier killed [[at least 20|count|20|person]] people in the "
        "[[Philippines|GPE]] and [[four|count|4|person]] in [[China|GPE]]’s [[Hainan|GPE]] province.",
        [
            ("Ministry of Agriculture and Rural Development (Vietnam)", "according to", "At least 143 people have "
             "died and 58 are missing in northern Vietnam after Typhoon Yagi", False),
            ("Phạm Minh Chính", "urge", "local authorities to move residents away from rivers and steep slopes",
             False),
            ("Nguyễn Hoàng Hiệp", "tell", "Landslides and flash floods are now the greatest threat", True),
            ("United States", "pledge", "US$1 million in emergency aid", False),
            ("UNICEF", "estimate", "about 3.6 million Vietnamese children live in the affected provinces", False),
        ],
    ),
    (
        "own49-ho-11", "wikinews-dangote-petrol", "2024-09-16", "2024-09-16",
        "[[Dangote Refinery|FAC]] begins selling petrol in [[Nigeria|GPE]]\n\n"
        "[[Monday, September 16, 2024|D|2024-09-16]]\n\n"
        "[[Nigeria|GPE]]’s state oil company, [[NNPC Limited|ORG]], on [[Sunday|D|2024-09-15]] began loading "
        "petrol at the [[Dangote Refinery|FAC]] in [[Lekki|GPE]], near [[Lagos|GPE]], ending the country’s "
        "dependence on imported fuel after decades.\n\n"
        "The refinery, built by [[Africa|LOC]]’s richest man [[Aliko Dangote|PERSON]] at a cost of "
        "[[about US$20 billion|money|20000000000|USD]], can process [[650,000 barrels|quantity|650000|bbl]] of "
        "crude oil a day. It took [[more than ten years|D|P10Y]] to build.\n\n"
        "“This is a turning point for [[Nigeria|GPE]]. We no longer need to import petrol,” "
        "[[Dangote|PERSON|Aliko Dangote]] told journalists at the plant.\n\n"
        "He promised to supply [[25 million litres|quantity|25000000|l]] of petrol a day from "
        "[[next month|D|2024-10]].\n\n"
        "[[NNPC|ORG|NNPC Limited]] said it had bought the petrol at [[₦898.78|money|898.78|NGN]] per litre, "
        "and it was selling it at [[₦950|money|950|NGN]] in [[Abuja|GPE]] filling stations. In "
        "[[June 2023|D|2023-06]] petrol cost [[about ₦185|money|185|NGN]] per litre.\n\n"
        "[[Mele Kyari|PERSON]], chief executive of [[NNPC|ORG|NNPC Limited]], told reporters that the company "
        "would stop importing petrol once the refinery reached full output.\n\n"
        "The [[Independent Petroleum Marketers Association of Nigeria|ORG]] warned that prices could rise "
        "further after the government ended subsidies in [[2023|D|2023]].\n\n"
        "[[Nigeria|GPE]], [[Africa|LOC]]’s largest oil producer, pumped [[about 1.3 million "
        "barrels|quantity|1300000|bbl]] a day in [[August|D|2024-08]].",
        [
            ("Aliko Dangote", "tell", "This is a turning point for Nigeria. We no longer need to import petrol",
             True),
            ("Aliko Dangote", "promise", "supply 25 million litres of petrol a day from next month", False),
            ("NNPC Limited", "say", "it had bought the petrol at ₦898.78 per litre, and it was selling it at ₦950 "
             "in Abuja filling stations", False),
            ("Mele Kyari", "tell", "the company would stop importing petrol once the refinery reached full output",
             False),
            ("Independent Petroleum Marketers Association of Nigeria", "warn", "prices could rise further after "
             "the government ended subsidies in 2023", False),
        ],
    ),
    (
        "own49-ho-12", "wire-harare-strike", "1996-08-27", "1996-08-27",
        "[[ZIMBABWE|GPE|Zimbabwe]] STRIKERS DEFY [[MUGABE|PERSON|Robert Mugabe]] SACKING THREAT.\n\n"
        "[[HARARE|GPE|Harare]] [[1996-08-27|D|1996-08-27]]\n\n"
        "[[Zimbabwe|GPE]]’s striking civil servants stayed away from work for an [[eighth|ordinal|8]] day, "
        "defying President [[Robert Mugabe|PERSON]]’s threat to dismiss them.\n\n"
        "[[Mugabe|PERSON|Robert Mugabe]] said on [[Monday|D|1996-08-26]] that workers who did not return by "
        "[[Thursday|D|1996-08-29]] would be dismissed.\n\n"
        "Hospitals in [[Harare|GPE]] and [[Bulawayo|GPE]] admitted only emergency cases, and schools, courts and "
        "passport offices were shut. The strike began [[last week|D|1996-W34]] when nurses and junior doctors "
        "walked out.\n\n"
        "The [[Public Service Association|ORG|Public Service Association (Zimbabwe)]] "
        "([[PSA|ORG|Public Service Association (Zimbabwe)]]), which represents "
        "[[about 180,000|count|180000|civil servant]] civil servants, is demanding a "
        "[[60 percent|percent|60|%]] pay rise. The government has offered [[20 percent|percent|20|%]] and says "
        "the union’s demand would cost [[Z$4.5 billion|money|4500000000|ZWD]] a year.\n\n"
        "The [[PSA|ORG|Public Service Association (Zimbabwe)]] said [[more than 90 percent|percent|90|%]] of its "
        "members had joined the strike.\n\n"
        "“Mass dismissals will not solve the problem,” [[Morgan Tsvangirai|PERSON]], secretary-general of the "
        "[[Zimbabwe Congress of Trade Unions|ORG]] ([[ZCTU|ORG|Zimbabwe Congress of Trade Unions]]), told "
        "[[Reuters|ORG]].\n\n"
        "The [[ZCTU|ORG|Zimbabwe Congress of Trade Unions]] warned it would call a general strike if any worker "
        "was dismissed.\n\n"
        "Diplomats said the [[International Monetary Fund|ORG]] had held back "
        "[[about US$70 million|money|70000000|USD]] in loans because of the budget deficit, which reached "
        "[[about 10 percent|percent|10|%]] of gross domestic product in [[1995|D|1995]].\n\n"
        "The [[Zimbabwe|GPE]] dollar weakened to [[10.4|number|10.4]] against the [[U.S.|GPE|United States]] "
        "dollar.\n\n"
        "-- [[Harare|GPE]] Newsroom +263-4-790 655",
        [
            ("Robert Mugabe", "say", "workers who did not return by Thursday would be dismissed", False),
            ("Public Service Association (Zimbabwe)", "say", "more than 90 percent of its members had joined the "
             "strike", False),
            ("Morgan Tsvangirai", "tell", "Mass dismissals will not solve the problem", True),
            ("Zimbabwe Congress of Trade Unions", "warn", "it would call a general strike if any worker was "
             "dismissed", False),
        ],
    ),
    (
        "own49-ho-13", "wire-pba-basketball", "1996-09-08", "1996-09-08",
        "BASKETBALL - [[ALASKA|ORG|Alaska Aces (PBA)]] STRETCH LEAD IN "
        "[[GOVERNORS' CUP|EVENT|PBA Governors' Cup]].\n\n"
        "[[MANILA|GPE|Manila]] [[1996-09-08|D|1996-09-08]]\n\n"
        "Results of [[Philippine Basketball Association|ORG]] ([[PBA|ORG|Philippine Basketball Association]]) "
        "[[Governors' Cup|EVENT|PBA Governors' Cup]] games on [[Saturday|D|1996-09-07]]:\n\n"
        "[[Alaska|ORG|Alaska Aces (PBA)]] [[98|number|98]] [[Sunkist|ORG|Pop Cola Panthers]] [[91|number|91]]\n"
        "[[Formula Shell|ORG|Shell Turbo Chargers]] [[105|number|105]] [[Ginebra|ORG|Barangay Ginebra San Miguel]] "
        "[[102|number|102]] (overtime)\n"
        "[[San Miguel|ORG|San Miguel Beermen]] [[87|number|87]] [[Purefoods|ORG|Magnolia Hotshots]] "
        "[[84|number|84]]\n\n"
        "Standings (tabulate under won, lost, percentage):\n"
        "[[Alaska|ORG|Alaska Aces (PBA)]] [[8|number|8]] [[2|number|2]] [[.800|number|0.8]]\n"
        "[[San Miguel|ORG|San Miguel Beermen]] [[7|number|7]] [[3|number|3]] [[.700|number|0.7]]\n"
        "[[Formula Shell|ORG|Shell Turbo Chargers]] [[6|number|6]] [[4|number|4]] [[.600|number|0.6]]\n"
        "[[Purefoods|ORG|Magnolia Hotshots]] [[5|number|5]] [[5|number|5]] [[.500|number|0.5]]\n"
        "[[Sunkist|ORG|Pop Cola Panthers]] [[5|number|5]] [[5|number|5]] [[.500|number|0.5]]\n"
        "[[Ginebra|ORG|Barangay Ginebra San Miguel]] [[4|number|4]] [[6|number|6]] [[.400|number|0.4]]\n"
        "[[Mobiline|ORG|Mobiline Phone Pals]] [[3|number|3]] [[7|number|7]] [[.300|number|0.3]]\n"
        "[[Sta. Lucia|ORG|Sta. Lucia Realtors]] [[2|number|2]] [[8|number|8]] [[.200|number|0.2]]\n\n"
        "[[American|NORP]] import [[Sean Chambers|PERSON]] scored [[32|count|32|point]] points and grabbed "
        "[[14|count|14|rebound]] rebounds as [[Alaska|ORG|Alaska Aces (PBA)]] won their [[fifth|ordinal|5]] "
        "straight game at the [[Araneta Coliseum|FAC]] before [[about 14,000|count|14000|fan]] fans. In the late "
        "game, [[Purefoods|ORG|Magnolia Hotshots]] led by [[nine|count|9|point]] points at halftime but scored only "
        "[[12|count|12|point]] in the last period.\n\n"
        "[[Alaska|ORG|Alaska Aces (PBA)]] coach [[Tim Cone|PERSON]] said his team still had to improve its "
        "defence. “We gave up too many easy baskets in the [[third|ordinal|3]] quarter,” [[Cone|PERSON|Tim Cone]] said.\n\n"
        "[[Alaska|ORG|Alaska Aces (PBA)]], who won the [[All-Filipino|EVENT|PBA All-Filipino Cup]] and [[Commissioner's Cup|EVENT|PBA Commissioner's Cup]] titles earlier in the "
        "season, meet [[San Miguel|ORG|San Miguel Beermen]] on [[Tuesday|D|1996-09-10]]. [[Chambers|PERSON|Sean Chambers]] "
        "told reporters he expected a much tougher game.\n\n"
        "[[PBA|ORG|Philippine Basketball Association]] commissioner [[Jun Bernardino|PERSON]] announced that the "
        "finals would open on [[October 6|D|1996-10-06]].",
        [
            ("Tim Cone", "say", "his team still had to improve its defence", False),
            ("Tim Cone", "say", "We gave up too many easy baskets in the third quarter", True),
            ("Sean Chambers", "tell", "he expected a much tougher game", False),
            ("Jun Bernardino", "announce", "the finals would open on October 6", False),
        ],
    ),
    (
        "own49-ho-14", "wire-table-tennis-world-cup", "1996-09-15", "1996-09-15",
        "TABLE TENNIS - [[LIU GUOLIANG|PERSON|Liu Guoliang]] WINS MEN'S [[WORLD CUP|EVENT|ITTF Men's World Cup]].\n\n"
        "[[NIMES|GPE|Nîmes]], [[France|GPE]] [[1996-09-15|D|1996-09-15]]\n\n"
        "Olympic champion [[Liu Guoliang|PERSON]] of [[China|GPE]] won the men's "
        "[[World Cup|EVENT|ITTF Men's World Cup]], beating [[Sweden|GPE]]’s "
        "[[Jan-Ove Waldner|PERSON]] in the final.\n\n"
        "[[Kong Linghui|PERSON]] of [[China|GPE]], the [[second|ordinal|2]] seed, lost in the quarter-finals to "
        "[[Samsonov|PERSON|Vladimir Samsonov]], who had beaten [[Germany|GPE]]’s [[Jörg Rosskopf|PERSON]] in the "
        "[[first|ordinal|1]] round.\n\n"
        "Results of the final day:\n\n"
        "Final: [[Liu Guoliang|PERSON]] ([[China|GPE]]) beat [[Jan-Ove Waldner|PERSON]] ([[Sweden|GPE]]) "
        "[[21|number|21]]-[[17|number|17]] [[21|number|21]]-[[19|number|19]] [[18|number|18]]-[[21|number|21]] "
        "[[21|number|21]]-[[15|number|15]]\n\n"
        "[[Third|ordinal|3]] place: [[Jean-Philippe Gatien|PERSON]] ([[France|GPE]]) beat "
        "[[Vladimir Samsonov|PERSON]] ([[Belarus|GPE]]) [[21|number|21]]-[[12|number|12]] "
        "[[16|number|16]]-[[21|number|21]] [[21|number|21]]-[[18|number|18]] [[21|number|21]]-[[14|number|14]]\n\n"
        "Semifinals: [[Liu Guoliang|PERSON]] beat [[Gatien|PERSON|Jean-Philippe Gatien]] [[3|number|3]]-"
        "[[0|number|0]]; [[Waldner|PERSON|Jan-Ove Waldner]] beat [[Samsonov|PERSON|Vladimir Samsonov]] "
        "[[3|number|3]]-[[2|number|2]]\n\n"
        "[[Liu|PERSON|Liu Guoliang]] collected [[$40,000|money|40000|USD]] in prize money. "
        "“I was nervous in the [[third|ordinal|3]] game, but my coach told me to attack his backhand,” [[Liu|PERSON|Liu "
        "Guoliang]] told reporters.\n\n"
        "[[Waldner|PERSON|Jan-Ove Waldner]], the [[1992|D|1992]] Olympic champion, said he had been tired after "
        "his semifinal against [[Samsonov|PERSON|Vladimir Samsonov]], which went to [[five|count|5|game]] games.\n\n"
        "[[Gatien|PERSON|Jean-Philippe Gatien]], the [[1993|D|1993]] world champion, was cheered by "
        "[[about 3,000|count|3000|spectator]] spectators. He said a medal at home meant more to him than his "
        "[[1993|D|1993]] title.\n\n"
        "The [[International Table Tennis Federation|ORG]] said the [[1997|D|1997]] [[World Cup|EVENT|ITTF Men's World Cup]] would be held in "
        "[[Nice|GPE]].",
        [
            ("Liu Guoliang", "tell", "I was nervous in the third game, but my coach told me to attack his backhand",
             True),
            ("Jan-Ove Waldner", "say", "he had been tired after his semifinal against Samsonov, which went to five games", False),
            ("Jean-Philippe Gatien", "say", "a medal at home meant more to him than his 1993 title", False),
            ("International Table Tennis Federation", "say", "the 1997 World Cup would be held in Nice", False),
        ],
    ),
]
