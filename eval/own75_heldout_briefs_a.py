"""Held-out set 75 (blind): marked texts of briefs 01-07 and their statements (see
``build_own75_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own75-ho-01", "national-bank-of-romania-rate-hold", "2025-10-08", "2025-10-08",
        "[[NATIONAL BANK OF ROMANIA|ORG|National Bank of Romania]]\n"
        "Press release\n"
        "[[Bucharest|GPE]], [[8 October 2025|D|2025-10-08]]\n\n"
        "MONETARY POLICY RATE KEPT AT [[6.50 PERCENT|percent|6.5|%]]\n\n"
        "At its meeting [[today|D|2025-10-08]], the Board of the [[National Bank of Romania|ORG]] "
        "([[NBR|ORG|National Bank of Romania]]) kept the monetary policy rate at [[6.50 percent|percent|6.5|%]] "
        "per annum, where it has stood since [[August 2024|D|2024-08]]. The lending facility rate stays at "
        "[[7.50 percent|percent|7.5|%]] and the deposit facility rate at [[5.50 percent|percent|5.5|%]], "
        "[[one percentage point|percent|1|pp]] either side.\n\n"
        "Main indicators\n"
        "• Annual CPI inflation, [[August 2025|D|2025-08]]: [[9.85 percent|percent|9.85|%]], up from "
        "[[7.84 percent|percent|7.84|%]] in [[July|D|2025-07]]\n"
        "• Real GDP growth, [[the second quarter of 2025|D|2025-04/2025-06]]: [[0.3 percent|percent|0.3|%]]\n"
        "• Exchange rate, [[7 October|D|2025-10-07]]: [[RON 5.0893|money|5.0893|RON]] per euro\n"
        "• Budget deficit target, [[2025|D|2025]]: [[8.4 percent|percent|8.4|%]] of GDP\n\n"
        "The jump in inflation reflects the end of the electricity price cap on [[1 July|D|2025-07-01]] and the rise "
        "in the standard VAT rate from [[19 percent|percent|19|%]] to [[21 percent|percent|21|%]] on "
        "[[1 August|D|2025-08-01]]. The [[NBR|ORG|National Bank of Romania]] expects inflation to peak in "
        "[[the third quarter|D|2025-07/2025-09]] and to fall to [[about 3.8 percent|percent|3.8|%]] by "
        "[[December 2026|D|2026-12]].\n\n"
        "Governor [[Mugur Isărescu|PERSON]] told reporters that the bank would not cut rates until inflation "
        "had clearly turned. “We are not tightening, but this is no time to ease,” he said. "
        "[[Isărescu|PERSON|Mugur Isărescu]] urged the government to keep to the deficit path agreed with the "
        "[[European Commission|ORG]].\n\n"
        "Finance Minister [[Alexandru Nazare|PERSON]] said the deficit would narrow to "
        "[[6 percent|percent|6|%]] of GDP in [[2026|D|2026]].\n\n"
        "Minimum reserve requirement ratios are unchanged at [[8 percent|percent|8|%]] for leu liabilities and "
        "[[5 percent|percent|5|%]] for foreign currency liabilities. The next Board meeting will be held on "
        "[[Friday, 14 November|D|2025-11-14]].",
        [
            ("National Bank of Romania", "expect", "inflation to peak in the third quarter and to fall to about "
             "3.8 percent by December 2026", False),
            ("Mugur Isărescu", "tell", "the bank would not cut rates until inflation had clearly turned", False),
            ("Mugur Isărescu", "say", "We are not tightening, but this is no time to ease", True),
            ("Mugur Isărescu", "urge", "the government to keep to the deficit path agreed with the European "
             "Commission", False),
            ("Alexandru Nazare", "say", "the deficit would narrow to 6 percent of GDP in 2026", False),
        ],
    ),
    (
        "own75-ho-02", "latvia-csb-average-wages-third-quarter", "2025-12-01", "2025-12-01",
        "[[CENTRAL STATISTICAL BUREAU OF LATVIA|ORG|Central Statistical Bureau of Latvia]]\n"
        "Release date: [[01.12.2025|D|2025-12-01]]\n\n"
        "Average gross wage in [[Q3 2025|D|2025-07/2025-09]] reaches [[EUR 1,820|money|1820|EUR]]\n\n"
        "In [[the third quarter of 2025|D|2025-07/2025-09]], the average monthly gross wage for full-time work in "
        "[[Latvia|GPE]] was [[EUR 1,820|money|1820|EUR]], [[8.2%|percent|8.2|%]] more than a year earlier, the "
        "[[Central Statistical Bureau|ORG|Central Statistical Bureau of Latvia]] "
        "([[CSB|ORG|Central Statistical Bureau of Latvia]]) reported [[today|D|2025-12-01]]. The average net wage "
        "was [[EUR 1,336|money|1336|EUR]]. With consumer prices up [[4.2%|percent|4.2|%]], real wages rose "
        "[[3.8%|percent|3.8|%]]. The private sector’s share of employees fell [[0.4 percentage points|percent|0.4|pp]] "
        "to [[71.6%|percent|71.6|%]].\n\n"
        "Average monthly gross wage\n"
        "                  [[Q3 2024|D|2024-07/2024-09]]     [[Q3 2025|D|2025-07/2025-09]]     change\n"
        "Public sector     [[€1,773|money|1773|EUR]]    [[€1,902|money|1902|EUR]]    "
        "[[+7.3%|percent|7.3|%]]\n"
        "Private sector    [[€1,644|money|1644|EUR]]    [[€1,786|money|1786|EUR]]    "
        "[[+8.6%|percent|8.6|%]]\n"
        "[[Riga|GPE]]              [[€1,903|money|1903|EUR]]    [[€2,055|money|2055|EUR]]    "
        "[[+8.0%|percent|8|%]]\n"
        "[[Latgale|LOC]]           [[€1,142|money|1142|EUR]]    [[€1,246|money|1246|EUR]]    "
        "[[+9.1%|percent|9.1|%]]\n\n"
        "Wages were highest in finance and insurance ([[EUR 3,260|money|3260|EUR]]) and lowest in accommodation "
        "and food services ([[EUR 1,090|money|1090|EUR]]).\n\n"
        "“Wage growth has slowed from the double-digit rates of [[2023|D|2023]], but it is still well ahead of "
        "inflation,” said [[Mārtiņš Kazāks|PERSON]], Governor of [[Latvijas Banka|ORG|Bank of Latvia]]. "
        "[[Kazāks|PERSON|Mārtiņš Kazāks]] warned that labour shortages could keep pushing wages up faster than "
        "productivity.\n\n"
        "According to [[Statistics Estonia|ORG]], the average gross wage in [[Estonia|GPE]] was "
        "[[€2,040|money|2040|EUR]] in the same quarter. The minimum monthly wage in [[Latvia|GPE]] will rise "
        "from [[EUR 740|money|740|EUR]] to [[EUR 780|money|780|EUR]] on [[1 January 2026|D|2026-01-01]].\n\n"
        "Note: Data cover full-time equivalent employees and are based on reports to the "
        "[[State Revenue Service|ORG|State Revenue Service (Latvia)]].",
        [
            ("Central Statistical Bureau of Latvia", "report", "In the third quarter of 2025, the average monthly "
             "gross wage for full-time work in Latvia was EUR 1,820, 8.2% more than a year earlier", False),
            ("Mārtiņš Kazāks", "say", "Wage growth has slowed from the double-digit rates of 2023, but it is still "
             "well ahead of inflation", True),
            ("Mārtiņš Kazāks", "warn", "labour shortages could keep pushing wages up faster than productivity",
             False),
            ("Statistics Estonia", "according to", "the average gross wage in Estonia was €2,040 in the same "
             "quarter", False),
        ],
    ),
    (
        "own75-ho-03", "jollibee-foods-third-quarter-results-2025", "2025-11-13", "2025-11-13",
        "[[JOLLIBEE FOODS CORPORATION|ORG|Jollibee Foods Corporation]] REPORTS [[THIRD-QUARTER|D|2025-07/2025-09]] NET INCOME OF "
        "[[₱3.4 BILLION|money|3400000000|PHP]]\n\n"
        "[[PASIG CITY|GPE|Pasig]], [[Philippines|GPE]] — [[November 13, 2025|D|2025-11-13]] — "
        "[[Jollibee Foods Corporation|ORG]] ([[JFC|ORG|Jollibee Foods Corporation]]) [[today|D|2025-11-13]] "
        "reported net income attributable to equity holders of [[₱3.4 billion|money|3400000000|PHP]] for "
        "[[the third quarter of 2025|D|2025-07/2025-09]], up [[11.6%|percent|11.6|%]] from a year earlier.\n\n"
        "Highlights of [[the third quarter|D|2025-07/2025-09]]\n"
        "- System-wide sales: [[₱116.2 billion|money|116200000000|PHP]], up [[12.9%|percent|12.9|%]]\n"
        "- Revenues: [[₱77.5 billion|money|77500000000|PHP]], up [[14.3%|percent|14.3|%]]\n"
        "- Operating income: [[PHP 5.1 billion|money|5100000000|PHP]]\n"
        "- Stores worldwide at [[30 September|D|2025-09-30]]: [[10,213|count|10213|store]]\n"
        "- New stores opened in [[the first nine months|D|2025-01/2025-09]]: [[512|count|512|store]]\n\n"
        "International business made up [[40.5%|percent|40.5|%]] of system-wide sales, led by "
        "[[Highlands Coffee|ORG]] in [[Vietnam|GPE]], [[Smashburger|ORG]] in the [[United States|GPE]] and "
        "[[Compose Coffee|ORG]] in [[South Korea|GPE]], which [[JFC|ORG|Jollibee Foods Corporation]] bought in "
        "[[2024|D|2024]] for [[US$340 million|money|340000000|USD]].\n\n"
        "“Our customers in the [[Philippines|GPE]] kept coming back even as they watched their budgets, and our "
        "business abroad grew faster still,” said [[Ernesto Tanmantiong|PERSON]], President and CEO of "
        "[[JFC|ORG|Jollibee Foods Corporation]].\n\n"
        "Chief Financial Officer [[Richard Shin|PERSON]] said the group would spend "
        "[[₱20 billion|money|20000000000|PHP]] to [[₱22 billion|money|22000000000|PHP]] in [[2026|D|2026]] and "
        "that [[650|count|650|store]] to [[750|count|750|store]] new stores would open, more of them in "
        "[[Malaysia|GPE]] and [[Indonesia|GPE]].\n\n"
        "Founder and Chairman [[Tony Tan Caktiong|PERSON]] announced a cash dividend of "
        "[[₱1.12|money|1.12|PHP]] per share, payable on [[December 12|D|2025-12-12]].\n\n"
        "About [[JFC|ORG|Jollibee Foods Corporation]]\n"
        "Founded in [[1978|D|1978]] with a single ice cream parlour in [[Quezon City|GPE]], "
        "[[JFC|ORG|Jollibee Foods Corporation]] runs [[19|count|19|brand]] brands, among them "
        "[[Jollibee|ORG]], [[Chowking|ORG]] and [[Mang Inasal|ORG]], in [[34|count|34|country]] countries.",
        [
            ("Ernesto Tanmantiong", "say", "Our customers in the Philippines kept coming back even as they watched "
             "their budgets, and our business abroad grew faster still", True),
            ("Richard Shin", "say", "the group would spend ₱20 billion to ₱22 billion in 2026 and that 650 to 750 new "
             "stores would open, more of them in Malaysia and Indonesia", False),
            ("Tony Tan Caktiong", "announce", "a cash dividend of ₱1.12 per share, payable on December 12", False),
        ],
    ),
    (
        "own75-ho-04", "noaa-lake-erie-harmful-algal-bloom-forecast", "2025-06-26", "2025-06-26",
        "NEWS RELEASE\n"
        "[[National Oceanic and Atmospheric Administration|ORG]]\n"
        "[[Thursday, June 26, 2025|D|2025-06-26]]\n\n"
        "Mild to moderate harmful algal bloom forecast for western [[Lake Erie|LOC]]\n\n"
        "[[PUT-IN-BAY|GPE|Put-in-Bay, Ohio]], [[Ohio|GPE]] — [[NOAA|ORG|National Oceanic and Atmospheric "
        "Administration]] and its research partners forecast a mild to moderate harmful algal bloom in western "
        "[[Lake Erie|LOC]] [[this summer|D|2025-06/2025-08]].\n\n"
        "Forecast severity: [[3|number|3]] (possible range [[2|number|2]] to [[4.5|number|4.5]])\n"
        "Peak expected: [[August|D|2025-08]] or [[September|D|2025-09]]\n"
        "Largest bloom on record: [[10.5|number|10.5]] in [[2015|D|2015]]\n\n"
        "The severity index measures the amount of algae during the peak [[30 days|D|P30D]] of a bloom. Heavy "
        "rains carried [[about 310 metric tons|quantity|310|t]] of bioavailable phosphorus down the "
        "[[Maumee River|LOC]] [[between March 1 and June 25|D|2025-03-01/2025-06-25]], less than in most recent "
        "years.\n\n"
        "The forecast was presented [[today|D|2025-06-26]] at [[Ohio State University|ORG]]’s "
        "[[Stone Laboratory|ORG]] on [[Gibraltar Island|LOC]].\n\n"
        "[[NOAA|ORG|National Oceanic and Atmospheric Administration]] oceanographer [[Richard Stumpf|PERSON]] said the bloom could still cover "
        "[[more than 300 square miles|quantity|300|mi2]] at its peak. [[Ohio Sea Grant|ORG]] director "
        "[[Christopher Winslow|PERSON]] warned that even a mild bloom could produce toxins near water intakes, "
        "and urged boaters to check the twice-weekly bulletins before heading out.\n\n"
        "Governor [[Mike DeWine|PERSON]] pledged [[$270 million|money|270000000|USD]] over [[two years|D|P2Y]] "
        "for [[H2Ohio|ORG]] wetlands and farm programs. “Every pound of phosphorus we keep on the field is a pound "
        "that does not feed the bloom,” he said.\n\n"
        "In [[August 2014|D|2014-08]], toxins from a bloom left [[about 500,000|count|500000|person]] people in "
        "and around [[Toledo|GPE|Toledo, Ohio]] without safe tap water for [[three days|D|P3D]]. Blooms also "
        "affect shorelines in [[Michigan|GPE]] and [[Ontario|GPE]].\n\n"
        "The [[National Centers for Coastal Ocean Science|ORG]] will issue bulletins from "
        "[[July 1|D|2025-07-01]].",
        [
            ("National Oceanic and Atmospheric Administration", "forecast", "a mild to moderate harmful algal bloom "
             "in western Lake Erie this summer", False),
            ("Richard Stumpf", "say", "the bloom could still cover more than 300 square miles at its peak", False),
            ("Christopher Winslow", "warn", "even a mild bloom could produce toxins near water intakes", False),
            ("Christopher Winslow", "urge", "boaters to check the twice-weekly bulletins before heading out",
             False),
            ("Mike DeWine", "pledge", "$270 million over two years for H2Ohio wetlands and farm programs", False),
            ("Mike DeWine", "say", "Every pound of phosphorus we keep on the field is a pound that does not feed the "
             "bloom", True),
        ],
    ),
    (
        "own75-ho-05", "zimbabwe-red-cross-drought-humanitarian-update", "2024-05-15", "2024-05-15",
        "[[ZIMBABWE RED CROSS SOCIETY|ORG|Zimbabwe Red Cross Society]]\n"
        "Humanitarian update No. 4: drought response\n"
        "Published [[15 May 2024|D|2024-05-15]], [[Harare|GPE]]\n\n"
        "Situation\n"
        "[[Zimbabwe|GPE]] faces its worst drought in [[more than 40 years|D|P40Y]]. President "
        "[[Emmerson Mnangagwa|PERSON]] declared a national state of disaster on [[3 April|D|2024-04-03]] and "
        "appealed for [[US$2 billion|money|2000000000|USD]] in aid. According to the "
        "[[Zimbabwe Vulnerability Assessment Committee|ORG]] ([[ZimVAC|ORG|Zimbabwe Vulnerability Assessment "
        "Committee]]), [[2.7 million|count|2700000|person]] people in rural areas will need food aid by "
        "[[January|D|2025-01]], at the height of the lean season.\n\n"
        "Key figures\n"
        "-- Maize harvest forecast: [[about 700,000 tonnes|quantity|700000|t]], down [[72%|percent|72|%]]\n"
        "-- Rural districts affected: [[60|count|60|district]]\n"
        "-- Rainfall in the south since [[November|D|2023-11]]: [[less than 150 mm|quantity|150|mm]]\n"
        "-- Households reached by the [[ZRCS|ORG|Zimbabwe Red Cross Society]]: [[8,450|count|8450|household]]\n"
        "-- Cash transfer per household per month: [[US$30|money|30|USD]] or [[ZiG 400|money|400|ZWG]]\n"
        "-- Water points repaired: [[37|count|37|water point]]\n\n"
        "Response\n"
        "The [[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "([[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]]) has released "
        "[[CHF 1.1 million|money|1100000|CHF]] from its [[Disaster Response Emergency Fund|ORG]] for "
        "[[six months|D|P6M]] of work in [[Masvingo|GPE|Masvingo Province]] and "
        "[[Matabeleland South|GPE|Matabeleland South Province]].\n\n"
        "Social Welfare Minister [[July Moyo|PERSON]] said the government would import maize from "
        "[[South Africa|GPE]] and [[Tanzania|GPE]] to cover a gap of "
        "[[about 1 million tonnes|quantity|1000000|t]]. The [[World Food Programme|ORG]] warned that it had "
        "funds for only a third of the people it planned to reach.\n\n"
        "Leaders of the [[Southern African Development Community|ORG]] ([[SADC|ORG|Southern African "
        "Development Community]]) will launch a regional appeal on [[Monday|D|2024-05-20]].\n\n"
        "“Families are eating [[one|count|1|meal]] meal a day, and some are selling their last goats,” said a "
        "[[ZRCS|ORG|Zimbabwe Red Cross Society]] volunteer in [[Chiredzi|GPE]].",
        [
            ("Emmerson Mnangagwa", "appeal for", "US$2 billion in aid", False),
            ("Zimbabwe Vulnerability Assessment Committee", "according to", "2.7 million people in rural areas will "
             "need food aid by January, at the height of the lean season", False),
            ("July Moyo", "say", "the government would import maize from South Africa and Tanzania to cover a gap of "
             "about 1 million tonnes", False),
            ("World Food Programme", "warn", "it had funds for only a third of the people it planned to reach",
             False),
        ],
    ),
    (
        "own75-ho-06", "apec-gyeongju-leaders-meeting-close", "2025-11-01", "2025-11-01",
        "From: [[Asia-Pacific Economic Cooperation|ORG]] ([[APEC|ORG|Asia-Pacific Economic Cooperation]])\n"
        "Published: [[1 November 2025|D|2025-11-01]]\n"
        "[[Gyeongju|GPE]], [[Republic of Korea|GPE|South Korea]]\n\n"
        "LEADERS ADOPT [[GYEONGJU DECLARATION|LAW|Gyeongju Declaration]], HAND "
        "[[APEC|ORG|Asia-Pacific Economic Cooperation]] CHAIR TO [[CHINA|GPE|China]]\n\n"
        "Leaders of the [[21|count|21|economy]] member economies of [[APEC|ORG|Asia-Pacific Economic "
        "Cooperation]] closed their [[two-day|D|P2D]] meeting at the [[Hwabaek International Convention Center|FAC]] "
        "[[today|D|2025-11-01]] by adopting the [[Gyeongju Declaration|LAW]] and [[two|count|2|document]] "
        "documents on artificial intelligence and demographic change.\n\n"
        "“We did not agree on every word, but we agreed that trade and investment remain vital to the region’s "
        "growth,” said President [[Lee Jae-myung|PERSON]] of [[South Korea|GPE]], who chaired the meeting. "
        "[[Lee|PERSON|Lee Jae-myung]] handed the chair to President [[Xi Jinping|PERSON]] of [[China|GPE]], which "
        "will host the leaders in [[Shenzhen|GPE]] in [[November 2026|D|2026-11]].\n\n"
        "[[Xi|PERSON|Xi Jinping]] called for an open regional economy and warned that tariffs and broken supply "
        "chains would hurt every member.\n\n"
        "[[United States|GPE]] President [[Donald Trump|PERSON]] left [[South Korea|GPE]] on "
        "[[Thursday|D|2025-10-30]] after meeting [[Xi|PERSON|Xi Jinping]] in [[Busan|GPE]]; Treasury Secretary "
        "[[Scott Bessent|PERSON]] led the [[American|NORP]] delegation. [[Japanese|NORP]] Prime Minister "
        "[[Sanae Takaichi|PERSON]] attended her [[first|ordinal|1]] summit, and [[Chinese Taipei|GPE|Taiwan]] was "
        "represented by [[Lin Hsin-i|PERSON]].\n\n"
        "Prime Minister [[Anwar Ibrahim|PERSON]] of [[Malaysia|GPE]] urged members to keep small businesses in "
        "mind when writing rules for artificial intelligence. [[Eduardo Pedrosa|PERSON]], Executive Director of "
        "the [[APEC Secretariat|ORG]], said ministers would report on the new AI initiative in [[May|D|2026-05]].\n\n"
        "Key facts\n"
        "- Member economies: [[21|count|21|economy]]\n"
        "- Share of world GDP: [[about 61%|percent|61|%]]\n"
        "- Share of world trade: [[47%|percent|47|%]]\n"
        "- Population: [[nearly 3 billion|count|3000000000|person]]\n"
        "- Founded: [[1989|D|1989]], [[Canberra|GPE]]",
        [
            ("Lee Jae-myung", "say", "We did not agree on every word, but we agreed that trade and investment remain "
             "vital to the region’s growth", True),
            ("Xi Jinping", "call for", "an open regional economy", False),
            ("Xi Jinping", "warn", "tariffs and broken supply chains would hurt every member", False),
            ("Anwar Ibrahim", "urge", "members to keep small businesses in mind when writing rules for artificial "
             "intelligence", False),
            ("Eduardo Pedrosa", "say", "ministers would report on the new AI initiative in May", False),
        ],
    ),
    (
        "own75-ho-07", "turkish-competition-authority-google-daily-fines", "2025-07-10", "2025-07-10",
        "[[TURKISH COMPETITION AUTHORITY|ORG|Turkish Competition Authority]]\n"
        "Press Release\n"
        "[[Ankara|GPE]], [[10 July 2025|D|2025-07-10]]\n\n"
        "DAILY FINES TOTALLING [[TL 355.1 MILLION|money|355100000|TRY]] IMPOSED ON [[GOOGLE|ORG|Google]]\n\n"
        "The [[Turkish Competition Authority|ORG]] has fined [[Google|ORG]] [[TL 355,138,000|money|355138000|TRY]] "
        "for failing to comply with its decision of [[8 April 2021|D|2021-04-08]] on local search and "
        "accommodation price comparison services.\n\n"
        "Summary of the decision\n"
        "• Undertakings: [[Google LLC|ORG|Google]], [[Google Ireland Limited|ORG]] and their parent [[Alphabet|ORG|Alphabet Inc.]]\n"
        "• Decision date: [[26 June 2025|D|2025-06-26]]\n"
        "• Rate: [[0.05 percent|percent|0.05|%]] of [[2024|D|2024]] gross revenue for each day of non-compliance\n"
        "• Period of non-compliance: [[176 days|D|P176D]]\n"
        "• Fine: [[TL 355.1 million|money|355100000|TRY]] ([[about US$8.9 million|money|8900000|USD]])\n"
        "• Legal basis: Article 17 of [[Law No. 4054 on the Protection of Competition|LAW]]\n\n"
        "The [[Authority|ORG|Turkish Competition Authority]] found that the sponsored business listings "
        "[[Google|ORG]] had placed above its organic results did the same job as the local search unit that the "
        "[[2021|D|2021]] decision had ordered it to change.\n\n"
        "“[[Google|ORG]] must give rival services the same place on the page as its own; a new label does not "
        "change that,” said [[Birol Küle|PERSON]], President of the [[Authority|ORG|Turkish Competition "
        "Authority]]. [[Küle|PERSON|Birol Küle]] said further daily fines would follow if the design was not "
        "changed within [[30 days|D|P30D]].\n\n"
        "[[Google|ORG]] said it disagreed with the decision and would appeal to the administrative courts in "
        "[[Ankara|GPE]]. The [[Association of Turkish Travel Agencies|ORG]] "
        "([[TÜRSAB|ORG|Association of Turkish Travel Agencies]]) said [[Turkish|NORP]] hotels had lost bookings to "
        "[[Google|ORG]]’s own comparison service for years.\n\n"
        "Earlier fines on [[Google|ORG]]\n"
        "-- [[September 2018|D|2018-09]]: [[TL 93 million|money|93000000|TRY]] ([[Android|PRODUCT|Android "
        "(operating system)]])\n"
        "-- [[February 2020|D|2020-02]]: [[TL 98.35 million|money|98350000|TRY]] (shopping comparison)\n"
        "-- [[April 2021|D|2021-04]]: [[TL 296 million|money|296000000|TRY]] (local search)",
        [
            ("Turkish Competition Authority", "find", "the sponsored business listings Google had placed above its "
             "organic results did the same job as the local search unit that the 2021 decision had ordered it to "
             "change", False),
            ("Birol Küle", "say", "Google must give rival services the same place on the page as its own; a new "
             "label does not change that", True),
            ("Birol Küle", "say", "further daily fines would follow if the design was not changed within 30 days",
             False),
            ("Google", "say", "it disagreed with the decision and would appeal to the administrative courts in "
             "Ankara", False),
            ("Association of Turkish Travel Agencies", "say", "Turkish hotels had lost bookings to Google’s own "
             "comparison service for years", False),
        ],
    ),
]
