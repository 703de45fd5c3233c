"""Held-out set 43 (blind): marked texts of briefs 01-07 and their statements (see
``build_own43_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own43-ho-01", "bok-base-rate", "2025-11-27", "2025-11-27",
        "[[Bank of Korea|ORG]] holds Base Rate at [[2.50%|percent|2.5|%]]\n"
        "[[Seoul|GPE]], [[November 27, 2025|D|2025-11-27]]\n\n"
        "The [[Bank of Korea|ORG]] [[today|D|2025-11-27]] left its Base Rate unchanged at "
        "[[2.50%|percent|2.5|%]], the [[fourth|ordinal|4]] hold in a row since a "
        "[[25 basis point|percent|0.25|pp]] cut in [[May|D|2025-05]].\n\n"
        "Consumer price inflation rose to [[2.4%|percent|2.4|%]] in [[October|D|2025-10]], above the "
        "[[2%|percent|2|%]] target, as the won weakened to [[about 1,470 won|money|1470|KRW]] per "
        "[[US|GPE|United States]] dollar. The [[Bank|ORG|Bank of Korea]] raised its growth forecast for "
        "[[2025|D|2025]] to [[1.0%|percent|1|%]] and expects the economy to grow [[1.8%|percent|1.8|%]] in "
        "[[2026|D|2026]], helped by semiconductor exports.\n\n"
        "Governor [[Rhee Chang-yong|PERSON]] told a press conference: “Housing prices in [[Seoul|GPE]] are "
        "still rising, and household loans grew by [[₩3.5 trillion|money|3500000000000|KRW]] "
        "[[last month|D|2025-10]]. We must watch financial stability closely.”\n\n"
        "Mr [[Rhee|PERSON|Rhee Chang-yong]] said [[five|count|5|member]] of the [[seven|count|7|member]] "
        "board members saw room for a further cut in [[the next three months|D|2025-11-27/2026-02-27]], "
        "while [[two|count|2|member]] preferred to hold. He added that the trade deal with "
        "[[Washington|GPE|Washington, D.C.]], which lowered [[US|GPE|United States]] tariffs on "
        "[[Korean|NORP]] cars to [[15%|percent|15|%]], had eased uncertainty for exporters.\n\n"
        "Deputy Prime Minister and Finance Minister [[Koo Yun-cheol|PERSON]] pledged to keep fiscal support "
        "in place until the recovery takes hold.\n\n"
        "The [[Bank|ORG|Bank of Korea]] estimated that chip exports reached "
        "[[US$16.6 billion|money|16600000000|USD]] in [[October|D|2025-10]], up [[about 25%|percent|25|%]] "
        "year on year.\n\n"
        "The next rate decision is scheduled for [[January 15|D|2026-01-15]].",
        [
            ("Bank of Korea", "expect", "the economy to grow 1.8% in 2026, helped by semiconductor exports",
             False),
            ("Rhee Chang-yong", "tell", "Housing prices in Seoul are still rising, and household loans grew by "
             "₩3.5 trillion last month. We must watch financial stability closely.", True),
            ("Rhee Chang-yong", "say", "five of the seven board members saw room for a further cut in the next "
             "three months, while two preferred to hold", False),
            ("Rhee Chang-yong", "add", "the trade deal with Washington, which lowered US tariffs on Korean cars "
             "to 15%, had eased uncertainty for exporters", False),
            ("Koo Yun-cheol", "pledge", "keep fiscal support in place until the recovery takes hold", False),
            ("Bank of Korea", "estimate", "chip exports reached US$16.6 billion in October, up about 25% year "
             "on year", False),
        ],
    ),
    (
        "own43-ho-02", "nbs-china-gdp", "2025-10-20", "2025-10-20",
        "[[China|GPE]]’s economy grows [[5.2 percent|percent|5.2|%]] in "
        "[[first three quarters of 2025|D|2025-01/2025-09]]\n"
        "[[National Bureau of Statistics of China|ORG]]\n"
        "[[Beijing|GPE]], [[20 October 2025|D|2025-10-20]]\n\n"
        "According to preliminary estimates by the [[National Bureau of Statistics|ORG|National Bureau of "
        "Statistics of China]] ([[NBS|ORG|National Bureau of Statistics of China]]), gross domestic product in "
        "[[the first three quarters|D|2025-01/2025-09]] was [[101,504 billion yuan|money|101504000000000|CNY]], "
        "up [[5.2 percent|percent|5.2|%]] year on year at constant prices. Growth slowed to "
        "[[4.8 percent|percent|4.8|%]] in [[the third quarter|D|2025-07/2025-09]] from "
        "[[5.2 percent|percent|5.2|%]] in the second.\n\n"
        "• Value added of industrial enterprises above designated size grew [[6.2 percent|percent|6.2|%]].\n"
        "• Retail sales of consumer goods reached [[36,588 billion yuan|money|36588000000000|CNY]], up "
        "[[4.5 percent|percent|4.5|%]].\n"
        "• Fixed-asset investment fell [[0.5 percent|percent|0.5|%]].\n"
        "• The surveyed urban unemployment rate was [[5.2 percent|percent|5.2|%]] in "
        "[[September|D|2025-09]], [[0.1 percentage point|percent|0.1|pp]] lower than in "
        "[[August|D|2025-08]].\n"
        "• Summer grain output totalled [[149.74 million tonnes|quantity|149740000|t]].\n\n"
        "[[NBS|ORG|National Bureau of Statistics of China]] spokesperson [[Fu Linghui|PERSON]] told a press "
        "conference in [[Beijing|GPE]] that the economy had “withstood pressure and moved forward steadily” "
        "despite [[US|GPE|United States]] tariffs. [[Fu|PERSON|Fu Linghui]] warned that the external "
        "environment remained complex and that domestic demand was still weak. He said per capita disposable "
        "income rose [[5.1 percent|percent|5.1|%]] in real terms to [[32,509 yuan|money|32509|CNY]].\n\n"
        "Exports to [[ASEAN|ORG]] countries grew [[14.6 percent|percent|14.6|%]], while those to the "
        "[[United States|GPE]] fell [[15.9 percent|percent|15.9|%]], the [[General Administration of "
        "Customs|ORG|General Administration of Customs]] said [[last week|D|2025-W42]]. The "
        "[[International Monetary Fund|ORG]] expects [[China|GPE]] to grow [[4.8 percent|percent|4.8|%]] in "
        "[[2025|D|2025]], and [[Chinese|NORP]] officials have set a target of "
        "[[around 5 percent|percent|5|%]].",
        [
            ("National Bureau of Statistics of China", "according to", "gross domestic product in the first "
             "three quarters was 101,504 billion yuan, up 5.2 percent year on year at constant prices", False),
            ("Fu Linghui", "tell", "the economy had “withstood pressure and moved forward steadily” despite US "
             "tariffs", False),
            ("Fu Linghui", "warn", "the external environment remained complex and that domestic demand was "
             "still weak", False),
            ("Fu Linghui", "say", "per capita disposable income rose 5.1 percent in real terms to 32,509 yuan",
             False),
            ("General Administration of Customs", "say", "Exports to ASEAN countries grew 14.6 percent, while "
             "those to the United States fell 15.9 percent", False),
            ("International Monetary Fund", "expect", "China to grow 4.8 percent in 2025", False),
        ],
    ),
    (
        "own43-ho-03", "hko-typhoon-review", "2025-09-25", "2025-09-25",
        "Press Release\n"
        "[[Hong Kong Observatory|ORG]]\n"
        "Date: [[25 September 2025|D|2025-09-25]]\n\n"
        "[[Super Typhoon Ragasa|EVENT|Typhoon Ragasa]]: [[Observatory|ORG|Hong Kong Observatory]] reviews "
        "Hurricane Signal No. 10\n\n"
        "The [[Hong Kong Observatory|ORG]] issued the Hurricane Signal No. 10 at 2:40 a.m. "
        "[[yesterday|D|2025-09-24]] as [[Super Typhoon Ragasa|EVENT|Typhoon Ragasa]] skirted the south of "
        "[[Hong Kong|GPE]], the [[second|ordinal|2]] time the signal has been raised [[this year|D|2025]]. It "
        "stayed in force for about ten hours. [[Ragasa|EVENT|Typhoon Ragasa]] passed "
        "[[about 100 km|quantity|100|km]] south of the territory with maximum sustained winds of "
        "[[about 195 km/h|quantity|195|km/h]] near its centre.\n\n"
        "Key readings:\n"
        "Maximum gust: [[181 km/h|quantity|181|km/h]] at [[Cheung Chau|LOC]]\n"
        "Highest hourly mean wind: [[154 km/h|quantity|154|km/h]] at [[Waglan Island|LOC]]\n"
        "Highest sea level: [[3.8 metres|quantity|3.8|m]] above Chart Datum at [[Quarry Bay|GPE]]\n"
        "Rainfall: [[more than 150 millimetres|quantity|150|mm]] over [[Lantau Island|LOC]]\n\n"
        "Director of the [[Hong Kong Observatory|ORG]] [[Chan Pak-wai|PERSON]] said: “[[Ragasa|EVENT|Typhoon "
        "Ragasa]] was the strongest storm over the northern [[South China Sea|LOC]] [[this year|D|2025]]. "
        "Early warnings and the public’s preparations kept losses down.”\n\n"
        "[[Chan|PERSON|Chan Pak-wai]] told reporters that the sea at [[Tai O|GPE]] and "
        "[[Heng Fa Chuen|GPE]] had risen [[two metres|quantity|2|m]] above normal, flooding low-lying homes. "
        "The [[Hospital Authority|ORG]] said [[101|count|101|person]] people sought treatment at public "
        "hospitals. Chief Executive [[John Lee|PERSON|John Lee Ka-chiu]] urged residents to stay away from "
        "the shore until the [[Observatory|ORG|Hong Kong Observatory]] lowered all signals.\n\n"
        "[[Ragasa|EVENT|Typhoon Ragasa]] earlier killed [[at least 14|count|14|person]] people in "
        "[[Taiwan|GPE]] after a barrier lake burst in [[Hualien|GPE|Hualien County]], and made landfall in "
        "[[Guangdong|GPE]] on [[Wednesday|D|2025-09-24]] evening. The "
        "[[Observatory|ORG|Hong Kong Observatory]] expects fine weather to return on "
        "[[Saturday|D|2025-09-27]].",
        [
            ("Chan Pak-wai", "say", "Ragasa was the strongest storm over the northern South China Sea this "
             "year. Early warnings and the public’s preparations kept losses down.", True),
            ("Chan Pak-wai", "tell", "the sea at Tai O and Heng Fa Chuen had risen two metres above normal, "
             "flooding low-lying homes", False),
            ("Hospital Authority", "say", "101 people sought treatment at public hospitals", False),
            ("John Lee Ka-chiu", "urge", "residents to stay away from the shore until the Observatory lowered "
             "all signals", False),
            ("Hong Kong Observatory", "expect", "fine weather to return on Saturday", False),
        ],
    ),
    (
        "own43-ho-04", "tsmc-results", "2025-10-16", "2025-10-16",
        "[[TSMC|ORG]] Reports [[Third Quarter|D|2025-07/2025-09]] EPS of [[NT$17.44|money|17.44|TWD]]\n"
        "[[HSINCHU|GPE|Hsinchu]], [[Taiwan|GPE]], [[R.O.C.|GPE|Taiwan]] – [[Oct. 16, 2025|D|2025-10-16]] – "
        "[[TSMC|ORG]] ([[TWSE|ORG|Taiwan Stock Exchange]]: 2330, [[NYSE|ORG|New York Stock Exchange]]: TSM) "
        "[[today|D|2025-10-16]] announced consolidated revenue of "
        "[[approximately NT$989.92 billion|money|989920000000|TWD]], net income of "
        "[[approximately NT$452.30 billion|money|452300000000|TWD]], and diluted earnings per share of "
        "[[NT$17.44|money|17.44|TWD]] ([[US$2.92|money|2.92|USD]] per ADR unit) for "
        "[[the third quarter|D|2025-07/2025-09]] ended [[September 30, 2025|D|2025-09-30]].\n\n"
        "Year-over-year, [[third quarter|D|2025-07/2025-09]] revenue increased [[30.3%|percent|30.3|%]] while "
        "net income and diluted EPS both increased [[39.1%|percent|39.1|%]]. Compared to "
        "[[second quarter 2025|D|2025-04/2025-06]], [[third quarter|D|2025-07/2025-09]] results represented a "
        "[[6.0%|percent|6|%]] increase in revenue and a [[13.6%|percent|13.6|%]] increase in net income. In "
        "[[US|GPE|United States]] dollars, revenue was [[$33.10 billion|money|33100000000|USD]], up "
        "[[40.8%|percent|40.8|%]] year-over-year.\n\n"
        "Gross margin for the quarter was [[59.5%|percent|59.5|%]], operating margin was "
        "[[50.6%|percent|50.6|%]], and net profit margin was [[45.7%|percent|45.7|%]].\n\n"
        "“Our business in [[the third quarter|D|2025-07/2025-09]] was supported by strong demand for our "
        "leading-edge process technologies,” said [[Wendell Huang|PERSON]], Senior VP and Chief Financial "
        "Officer of [[TSMC|ORG]].\n\n"
        "[[TSMC|ORG]] expects revenue for [[the fourth quarter|D|2025-10/2025-12]] of between "
        "[[US$32.2 billion|money|32200000000|USD]] and [[US$33.4 billion|money|33400000000|USD]], and a gross "
        "margin of [[59%|percent|59|%]] to [[61%|percent|61|%]].\n\n"
        "Chairman and CEO [[C. C. Wei|PERSON]] told analysts that demand for AI was “stronger than we thought "
        "[[three months ago|D|2025-07-16]]” and still rising. [[Wei|PERSON|C. C. Wei]] added that the company’s "
        "[[second|ordinal|2]] fab in [[Arizona|GPE]] would begin volume production in [[2027|D|2027]], and "
        "that capital spending in [[2025|D|2025]] would be [[US$40 billion|money|40000000000|USD]] to "
        "[[US$42 billion|money|42000000000|USD]].",
        [
            ("TSMC", "announce", "consolidated revenue of approximately NT$989.92 billion, net income of "
             "approximately NT$452.30 billion, and diluted earnings per share of NT$17.44 (US$2.92 per ADR "
             "unit) for the third quarter ended September 30, 2025", False),
            ("Wendell Huang", "say", "Our business in the third quarter was supported by strong demand for our "
             "leading-edge process technologies", True),
            ("TSMC", "expect", "revenue for the fourth quarter of between US$32.2 billion and US$33.4 billion, "
             "and a gross margin of 59% to 61%", False),
            ("C. C. Wei", "tell", "demand for AI was “stronger than we thought three months ago” and still rising", False),
            ("C. C. Wei", "add", "the company’s second fab in Arizona would begin volume production in 2027, "
             "and that capital spending in 2025 would be US$40 billion to US$42 billion", False),
        ],
    ),
    (
        "own43-ho-05", "unicef-sitrep-earthquake", "2025-09-03", "2025-09-03",
        "[[UNICEF|ORG]] [[Afghanistan|GPE]] Humanitarian Situation Report No. 1\n"
        "Earthquake in eastern [[Afghanistan|GPE]]\n"
        "[[Kabul|GPE]], [[3 September 2025|D|2025-09-03]]\n"
        "Reporting period: [[31 August to 3 September 2025|D|2025-08-31/2025-09-03]]\n\n"
        "Highlights\n"
        "• A magnitude [[6.0|number|6]] earthquake struck [[Kunar|GPE|Kunar Province]] province, near "
        "[[Jalalabad|GPE]], shortly before midnight on [[31 August|D|2025-08-31]], at a depth of "
        "[[8 km|quantity|8|km]]. Strong aftershocks followed on [[Tuesday|D|2025-09-02]].\n"
        "• The de facto authorities report [[more than 2,200|count|2200|person]] people killed and "
        "[[3,600|count|3600|person]] injured in [[Kunar|GPE|Kunar Province]], "
        "[[Nangarhar|GPE|Nangarhar Province]] and [[Laghman|GPE|Laghman Province]].\n"
        "• [[Around 500,000|count|500000|person]] people are affected, nearly half of them children.\n"
        "• [[UNICEF|ORG]] has sent [[21|count|21|truck]] trucks of supplies, including hygiene kits and tents "
        "for [[1,000|count|1000|family]] families.\n\n"
        "Situation overview\n"
        "“Children have lost parents, homes and schools in a single night,” said "
        "[[Tajudeen Oyewale|PERSON]], [[UNICEF|ORG]] Representative in [[Afghanistan|GPE]]. “We are racing "
        "against time to reach them before the weather turns.”\n\n"
        "[[Oyewale|PERSON|Tajudeen Oyewale]] warned that landslides had cut roads to villages in the "
        "[[Kunar Valley|LOC]], so that aid had to be carried in on foot. According to the "
        "[[World Health Organization|ORG]], [[12|count|12|clinic]] clinics were damaged. The "
        "[[Afghan Red Crescent Society|ORG]] estimated that [[more than 5,000|count|5000|house]] houses had "
        "been destroyed. The quake was also felt in [[Islamabad|GPE]], [[Pakistan|GPE]].\n\n"
        "Funding\n"
        "[[UNICEF|ORG]] calls for [[US$12.4 million|money|12400000|USD]] to meet the needs of children and "
        "women over [[the next three months|D|2025-09-03/2025-12-03]]. So far it has received "
        "[[US$2 million|money|2000000|USD]] from its own emergency fund.",
        [
            ("Tajudeen Oyewale", "say", "Children have lost parents, homes and schools in a single night", True),
            ("Tajudeen Oyewale", "say", "We are racing against time to reach them before the weather turns.",
             True),
            ("Tajudeen Oyewale", "warn", "landslides had cut roads to villages in the Kunar Valley, so that aid "
             "had to be carried in on foot", False),
            ("World Health Organization", "according to", "12 clinics were damaged", False),
            ("Afghan Red Crescent Society", "estimate", "more than 5,000 houses had been destroyed", False),
            ("UNICEF", "call for", "US$12.4 million to meet the needs of children and women over the next three "
             "months", False),
        ],
    ),
    (
        "own43-ho-06", "oman-mofa-statement", "2025-04-12", "2025-04-12",
        "[[OMAN|GPE|Oman]] HOSTS INDIRECT TALKS BETWEEN [[IRAN|GPE|Iran]] AND THE "
        "[[UNITED STATES|GPE|United States]]\n"
        "Statement by the [[Ministry of Foreign Affairs|ORG|Ministry of Foreign Affairs (Oman)]]\n"
        "[[Muscat|GPE]], [[12 April 2025|D|2025-04-12]]\n\n"
        "The [[Sultanate of Oman|GPE|Oman]] hosted [[today|D|2025-04-12]] indirect talks between "
        "[[Iranian|NORP]] Foreign Minister [[Abbas Araghchi|PERSON]] and [[US|GPE|United States]] Special "
        "Envoy [[Steve Witkoff|PERSON]], facilitated by [[Omani|NORP]] Foreign Minister "
        "[[Badr Albusaidi|PERSON]]. The [[two|count|2|delegation]] delegations sat in separate rooms and "
        "exchanged messages through the Minister for more than two hours.\n\n"
        "[[Albusaidi|PERSON|Badr Albusaidi]] said the talks had been held in a friendly atmosphere conducive "
        "to bringing viewpoints closer, and that the two sides had agreed to meet again on "
        "[[Saturday, 19 April|D|2025-04-19]].\n\n"
        "In remarks to [[Iranian|NORP]] state television, [[Araghchi|PERSON|Abbas Araghchi]] said: “The talks "
        "were constructive and held in a calm atmosphere. Neither side wants negotiations for the sake of "
        "negotiations.” The [[White House|ORG]] described the discussions as “very positive and "
        "constructive”.\n\n"
        "According to the [[International Atomic Energy Agency|ORG]], [[Iran|GPE]] held "
        "[[about 275 kilograms|quantity|275|kg]] of uranium enriched to [[60 percent|percent|60|%]] in "
        "[[February|D|2025-02]], [[nearly 50 percent|percent|50|%]] more than in [[November|D|2024-11]].\n\n"
        "The [[Sultanate|GPE|Oman]] played a similar role before the [[2015|D|2015]] "
        "[[Joint Comprehensive Plan of Action|LAW]], from which [[Donald Trump|PERSON]] withdrew the "
        "[[United States|GPE]] in [[2018|D|2018]]. [[Oman|GPE]] reaffirmed its commitment to continue its "
        "efforts to reach a fair and binding agreement that keeps the region free of nuclear weapons.",
        [
            ("Badr Albusaidi", "say", "the talks had been held in a friendly atmosphere conducive to bringing "
             "viewpoints closer, and that the two sides had agreed to meet again on Saturday, 19 April", False),
            ("Abbas Araghchi", "say", "The talks were constructive and held in a calm atmosphere. Neither side "
             "wants negotiations for the sake of negotiations.", True),
            ("White House", "describe", "very positive and constructive", True),
            ("International Atomic Energy Agency", "according to", "Iran held about 275 kilograms of uranium "
             "enriched to 60 percent in February, nearly 50 percent more than in November", False),
            ("Oman", "reaffirm", "its commitment to continue its efforts to reach a fair and binding agreement "
             "that keeps the region free of nuclear weapons", False),
        ],
    ),
    (
        "own43-ho-07", "pif-leaders-meeting", "2025-09-12", "2025-09-12",
        "[[54th|ordinal|54]] [[Pacific Islands Forum Leaders Meeting|EVENT]] closes in [[Honiara|GPE]]\n"
        "Media release\n"
        "[[HONIARA|GPE|Honiara]], [[Solomon Islands|GPE]] – [[12 September 2025|D|2025-09-12]]\n\n"
        "Leaders of the [[18|count|18|member]] members of the [[Pacific Islands Forum|ORG]] ended their "
        "annual meeting [[today|D|2025-09-12]] after [[five days|D|P5D]] of talks. The meeting, chaired by "
        "[[Solomon Islands|GPE]] Prime Minister [[Jeremiah Manele|PERSON]], was held without [[China|GPE]], "
        "the [[United States|GPE]] and other dialogue partners, after the host limited attendance to "
        "members.\n\n"
        "Outcomes include:\n"
        "-- endorsement of the Ocean of Peace declaration;\n"
        "-- the launch of the [[Pacific Resilience Facility|ORG]], which has received pledges of "
        "[[US$144 million|money|144000000|USD]] towards its [[US$500 million|money|500000000|USD]] target;\n"
        "-- agreement to hold the [[55th|ordinal|55]] meeting in [[Palau|GPE]] in [[2026|D|2026]].\n\n"
        "“Our region is not a playground for the ambitions of others,” said Mr "
        "[[Manele|PERSON|Jeremiah Manele]].\n\n"
        "[[Forum|ORG|Pacific Islands Forum]] Secretary General [[Baron Waqa|PERSON]] announced that the "
        "secretariat would open an office in [[Honiara|GPE]] by [[March 2026|D|2026-03]]. [[Australian|NORP]] "
        "Prime Minister [[Anthony Albanese|PERSON]] pledged [[A$50 million|money|50000000|AUD]] for the "
        "facility, and [[New Zealand|GPE]] Prime Minister [[Christopher Luxon|PERSON]] said his country "
        "would spend [[NZ$1.3 billion|money|1300000000|NZD]] on climate finance over "
        "[[four years|D|P4Y]].\n\n"
        "[[Fijian|NORP]] Prime Minister [[Sitiveni Rabuka|PERSON]] urged leaders to keep global warming below "
        "[[1.5 degrees Celsius|quantity|1.5|°C]], warning that sea levels around [[Fiji|GPE]] had risen "
        "[[15 centimetres|quantity|15|cm]] since [[1993|D|1993]]. Leaders from [[Tuvalu|GPE]] and "
        "[[Kiribati|GPE]] backed his call.",
        [
            ("Jeremiah Manele", "say", "Our region is not a playground for the ambitions of others", True),
            ("Baron Waqa", "announce", "the secretariat would open an office in Honiara by March 2026", False),
            ("Anthony Albanese", "pledge", "A$50 million for the facility", False),
            ("Christopher Luxon", "say", "his country would spend NZ$1.3 billion on climate finance over four "
             "years", False),
            ("Sitiveni Rabuka", "urge", "leaders to keep global warming below 1.5 degrees Celsius", False),
            ("Sitiveni Rabuka", "warn", "sea levels around Fiji had risen 15 centimetres since 1993", False),
        ],
    ),
]
