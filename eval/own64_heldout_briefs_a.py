"""Held-out set 64 (blind): marked texts of briefs 01-07 and their statements (see
``build_own64_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own64-ho-01", "national-bank-of-kazakhstan-base-rate-decision", "2025-10-10", "2025-10-10",
        "[[NATIONAL BANK OF KAZAKHSTAN|ORG|National Bank of Kazakhstan]]\n"
        "PRESS RELEASE\n"
        "[[Astana|GPE]], [[10 October 2025|D|2025-10-10]]\n\n"
        "BASE RATE RAISED TO [[18%|percent|18|%]]\n\n"
        "The [[National Bank of Kazakhstan|ORG]] ([[NBK|ORG|National Bank of Kazakhstan]]) [[today|D|2025-10-10]] "
        "raised the base rate by [[1.5 percentage points|percent|1.5|pp]] to [[18%|percent|18|%]], with the interest "
        "rate corridor set at [[17%|percent|17|%]] to [[19%|percent|19|%]]. The decision takes effect on "
        "[[Monday, 13 October|D|2025-10-13]].\n\n"
        "Key factors\n"
        "• Annual inflation, [[September 2025|D|2025-09]]: [[12.9%|percent|12.9|%]], up from "
        "[[12.2%|percent|12.2|%]] in [[August|D|2025-08]]\n"
        "• Services inflation: [[16.8%|percent|16.8|%]]\n"
        "• Brent crude, [[September|D|2025-09]] average: [[about $67|money|67|USD]] a barrel\n"
        "• Exchange rate on [[9 October|D|2025-10-09]]: [[KZT 541.8|money|541.8|KZT]] per dollar\n\n"
        "Chairman [[Timur Suleimenov|PERSON]] told a press conference that inflation had not yet peaked and that "
        "fiscal stimulus remained too large. “We will keep monetary conditions tight for as long as it takes to bring "
        "inflation back to the [[5%|percent|5|%]] target,” he said.\n\n"
        "[[Suleimenov|PERSON|Timur Suleimenov]] warned that the rise in VAT from [[12%|percent|12|%]] to "
        "[[16%|percent|16|%]] in [[January|D|2026-01]] would add [[up to 2 percentage points|percent|2|pp]] to "
        "inflation [[next year|D|2026]]. The [[NBK|ORG|National Bank of Kazakhstan]] now forecasts inflation of "
        "[[11.5|percent|11.5|%]]-[[13.5%|percent|13.5|%]] in [[2025|D|2025]] and expects it to slow to "
        "[[5.5|percent|5.5|%]]-[[7.5%|percent|7.5|%]] in [[2027|D|2027]].\n\n"
        "Prime Minister [[Olzhas Bektenov|PERSON]] said the government would freeze regulated fuel and utility "
        "prices for [[three months|D|P3M]] and cut transfers from the [[National Fund|ORG|National Fund of the "
        "Republic of Kazakhstan]] to [[KZT 2.8 trillion|money|2800000000000|KZT]] in [[2026|D|2026]].\n\n"
        "The next decision on the base rate will be announced on [[28 November|D|2025-11-28]], with a press "
        "conference at 15:00 local time.",
        [
            ("Timur Suleimenov", "tell", "inflation had not yet peaked and that fiscal stimulus remained too large",
             False),
            ("Timur Suleimenov", "say", "We will keep monetary conditions tight for as long as it takes to bring "
             "inflation back to the 5% target", True),
            ("Timur Suleimenov", "warn", "the rise in VAT from 12% to 16% in January would add up to 2 percentage "
             "points to inflation next year", False),
            ("National Bank of Kazakhstan", "forecast", "inflation of 11.5-13.5% in 2025", False),
            ("National Bank of Kazakhstan", "expect", "it to slow to 5.5-7.5% in 2027", False),
            ("Olzhas Bektenov", "say", "the government would freeze regulated fuel and utility prices for three "
             "months and cut transfers from the National Fund to KZT 2.8 trillion in 2026", False),
        ],
    ),
    (
        "own64-ho-02", "hong-kong-census-and-statistics-department-advance-gdp", "2025-10-31", "2025-10-31",
        "Gross Domestic Product for [[the third quarter of 2025|D|2025-07/2025-09]] (advance estimates)\n"
        "****************************************************************\n\n"
        "The [[Census and Statistics Department|ORG]] ([[C&SD|ORG|Census and Statistics Department]]) released "
        "[[today|D|2025-10-31]] ([[October 31|D|2025-10-31]]) the advance estimates of Gross Domestic Product (GDP) "
        "for [[the third quarter of 2025|D|2025-07/2025-09]].\n\n"
        "Real GDP increased by [[3.8%|percent|3.8|%]] year on year in [[the third quarter of 2025|D|2025-07/2025-09]], "
        "after growth of [[3.1%|percent|3.1|%]] in [[the second quarter|D|2025-04/2025-06]]. On a seasonally "
        "adjusted quarter-to-quarter basis, real GDP grew by [[0.7%|percent|0.7|%]]. GDP at current market prices "
        "was [[HK$812.5 billion|money|812500000000|HKD]].\n\n"
        "Real growth by component, [[Q3 2025|D|2025-07/2025-09]] (year on year)\n"
        "Private consumption expenditure           [[2.1%|percent|2.1|%]]\n"
        "Government consumption expenditure        [[1.6%|percent|1.6|%]]\n"
        "Gross domestic fixed capital formation    [[0.4%|percent|0.4|%]]\n"
        "Exports of goods                          [[11.9%|percent|11.9|%]]\n"
        "Exports of services                       [[6.8%|percent|6.8|%]]\n\n"
        "Exports of goods grew for the [[sixth|ordinal|6]] consecutive quarter, the "
        "[[C&SD|ORG|Census and Statistics Department]] noted.\n\n"
        "The Financial Secretary, Mr [[Paul Chan|PERSON|Paul Chan Mo-po]], said the strong export performance "
        "reflected the resilience of [[Hong Kong|GPE]]’s trade with emerging markets, and that tourism had recovered "
        "further, with [[about 36.9 million|count|36900000|visitor]] visitors arriving in "
        "[[the first nine months of 2025|D|2025-01/2025-09]]. Mr [[Chan|PERSON|Paul Chan Mo-po]] added that the "
        "Government would revise its growth forecast for [[2025|D|2025]], now [[2|percent|2|%]] to "
        "[[3%|percent|3|%]], on [[November 14|D|2025-11-14]].\n\n"
        "The [[Hong Kong Monetary Authority|ORG]] ([[HKMA|ORG|Hong Kong Monetary Authority]]) cut its base rate by "
        "[[25 basis points|percent|0.25|pp]] to [[4.5%|percent|4.5|%]] on [[Thursday|D|2025-10-30]], following a "
        "cut by the [[US|GPE|United States]] [[Federal Reserve|ORG]]. It said the banking system remained sound "
        "and liquid.\n\n"
        "Ends/[[Friday, October 31, 2025|D|2025-10-31]]\n"
        "Issued at HKT 16:30",
        [
            ("Census and Statistics Department", "note", "Exports of goods grew for the sixth consecutive quarter",
             False),
            ("Paul Chan Mo-po", "say", "the strong export performance reflected the resilience of Hong Kong’s trade "
             "with emerging markets, and that tourism had recovered further, with about 36.9 million visitors "
             "arriving in the first nine months of 2025", False),
            ("Paul Chan Mo-po", "add", "the Government would revise its growth forecast for 2025, now 2 to 3%, on "
             "November 14", False),
            ("Hong Kong Monetary Authority", "say", "the banking system remained sound and liquid", False),
        ],
    ),
    (
        "own64-ho-03", "latam-airlines-third-quarter-results", "2025-11-06", "2025-11-06",
        "[[LATAM Airlines Group|ORG]] Reports [[Third Quarter 2025|D|2025-07/2025-09]] Results\n\n"
        "[[SANTIAGO|GPE|Santiago]], [[Chile|GPE]], [[November 6, 2025|D|2025-11-06]] – "
        "[[LATAM Airlines Group S.A.|ORG|LATAM Airlines Group]] (“[[LATAM|ORG|LATAM Airlines Group]]”) "
        "[[today|D|2025-11-06]] reported net income of [[US$411 million|money|411000000|USD]] for "
        "[[the third quarter of 2025|D|2025-07/2025-09]], up [[37%|percent|37|%]] year on year.\n\n"
        "                            [[3Q25|D|2025-07/2025-09]]         [[3Q24|D|2024-07/2024-09]]\n"
        "Total revenue               [[US$3,711m|money|3711000000|USD]]    [[US$3,325m|money|3325000000|USD]]\n"
        "Adjusted operating margin   [[17.8%|percent|17.8|%]]        [[15.3%|percent|15.3|%]]\n"
        "Passengers carried          [[22.4m|count|22400000|passenger]]         [[21.1m|count|21100000|passenger]]\n"
        "Load factor                 [[85.9%|percent|85.9|%]]        [[85.2%|percent|85.2|%]]\n\n"
        "The adjusted operating margin rose [[2.5 percentage points|percent|2.5|pp]] as fuel costs fell "
        "[[9%|percent|9|%]]. The group took delivery of [[six|count|6|aircraft]] aircraft, including "
        "[[two|count|2|aircraft]] [[Boeing 787|PRODUCT]] aircraft, and now operates [[362|count|362|aircraft]] "
        "aircraft. Cargo operations carried [[about 290,000 tonnes|quantity|290000|t]] of freight, up "
        "[[5%|percent|5|%]]. Its shares rose [[3.2%|percent|3.2|%]] on the [[Santiago Stock Exchange|ORG]].\n\n"
        "“Our results show that we can grow profitably while keeping fares within reach of more passengers across "
        "[[South America|LOC]],” said Chief Executive Officer [[Roberto Alvo|PERSON]].\n\n"
        "[[LATAM|ORG|LATAM Airlines Group]] raised its [[2025|D|2025]] guidance for adjusted operating margin to "
        "[[15.5|percent|15.5|%]]-[[16.5%|percent|16.5|%]] and expects liquidity of "
        "[[about US$4 billion|money|4000000000|USD]] at [[December 31|D|2025-12-31]]. Its joint venture with "
        "[[Delta Air Lines|ORG]] added [[nine|count|9|route]] routes between [[North America|LOC]] and "
        "[[South America|LOC]] [[this year|D|2025]].\n\n"
        "Chief Financial Officer [[Ramiro Alfonsín|PERSON]] told analysts on [[Wednesday|D|2025-11-05]] that the "
        "[[Brazilian|NORP]] domestic market had grown [[11%|percent|11|%]] and that the group would open "
        "[[15|count|15|route]] new routes in [[2026|D|2026]].",
        [
            ("LATAM Airlines Group", "report", "net income of US$411 million for the third quarter of 2025, up 37% "
             "year on year", False),
            ("Roberto Alvo", "say", "Our results show that we can grow profitably while keeping fares within reach "
             "of more passengers across South America", True),
            ("LATAM Airlines Group", "expect", "liquidity of about US$4 billion at December 31", False),
            ("Ramiro Alfonsín", "tell", "the Brazilian domestic market had grown 11% and that the group would open "
             "15 new routes in 2026", False),
        ],
    ),
    (
        "own64-ho-04", "china-manned-space-agency-shenzhou-20-return", "2025-11-14", "2025-11-14",
        "[[CHINA MANNED SPACE AGENCY|ORG|China Manned Space Agency]]\n"
        "Announcement\n"
        "[[Beijing|GPE]], [[14 November 2025|D|2025-11-14]]\n\n"
        "[[SHENZHOU-20|EVENT|Shenzhou 20]] CREW RETURNS AFTER [[204 DAYS|D|P204D]] IN ORBIT\n\n"
        "Mission: [[Shenzhou-20|EVENT|Shenzhou 20]]\n"
        "Return vehicle: [[Shenzhou-21|PRODUCT|Shenzhou 21]] spacecraft\n"
        "Landing: 16:40 [[Beijing|GPE]] time, [[Dongfeng Landing Site|FAC]], [[Inner Mongolia|GPE]]\n"
        "Crew: [[Chen Dong|PERSON]] (commander), [[Chen Zhongrui|PERSON]], [[Wang Jie|PERSON]]\n"
        "Time in orbit: [[204 days|D|P204D]]\n\n"
        "The [[Shenzhou-20|EVENT|Shenzhou 20]] crew landed safely [[today|D|2025-11-14]] aboard the "
        "[[Shenzhou-21|PRODUCT|Shenzhou 21]] spacecraft, the [[China Manned Space Agency|ORG]] "
        "([[CMSA|ORG|China Manned Space Agency]]) announced. All [[three|count|3|astronaut]] astronauts are in good "
        "health.\n\n"
        "The crew had been due to return on [[5 November|D|2025-11-05]], but the landing was postponed after the "
        "[[Shenzhou-20|PRODUCT|Shenzhou 20]] spacecraft was found to have a small crack in a window of its return "
        "capsule, probably caused by space debris. Their [[204 days|D|P204D]] in orbit are the longest stay in space "
        "by a [[Chinese|NORP]] crew.\n\n"
        "The damaged spacecraft will stay docked at the [[Tiangong space station|FAC]] for further tests, and "
        "[[Shenzhou-22|PRODUCT|Shenzhou 22]] will be launched without a crew from the "
        "[[Jiuquan Satellite Launch Center|FAC]] to serve as the return vehicle for the "
        "[[Shenzhou-21|EVENT|Shenzhou 21]] crew, the agency said.\n\n"
        "[[Zhang Lu|PERSON]], [[Wu Fei|PERSON]] and [[Zhang Hongzhang|PERSON]], who arrived at the station on "
        "[[1 November|D|2025-11-01]], are now alone on board at an altitude of "
        "[[about 390 kilometres|quantity|390|km]]. [[Wu|PERSON|Wu Fei]], born in [[1993|D|1993]], is the youngest "
        "[[Chinese|NORP]] astronaut to fly.\n\n"
        "“We felt the care of the whole country during the extra days in space, and we are proud to be home,” "
        "[[Chen Dong|PERSON]] said after leaving the capsule. [[Wang Jie|PERSON]] told "
        "[[China Central Television|ORG]] ([[CCTV|ORG|China Central Television]]) that the crew had completed "
        "[[four|count|4|spacewalk]] spacewalks and [[more than 80|count|80|experiment]] experiments.",
        [
            ("China Manned Space Agency", "announce", "The Shenzhou-20 crew landed safely today aboard the "
             "Shenzhou-21 spacecraft", False),
            ("China Manned Space Agency", "say", "The damaged spacecraft will stay docked at the Tiangong space "
             "station for further tests, and Shenzhou-22 will be launched without a crew from the Jiuquan Satellite "
             "Launch Center to serve as the return vehicle for the Shenzhou-21 crew", False),
            ("Chen Dong", "say", "We felt the care of the whole country during the extra days in space, and we are "
             "proud to be home", True),
            ("Wang Jie", "tell", "the crew had completed four spacewalks and more than 80 experiments", False),
        ],
    ),
    (
        "own64-ho-05", "argentine-red-cross-bahia-blanca-floods-update", "2025-03-10", "2025-03-10",
        "[[ARGENTINE RED CROSS|ORG|Argentine Red Cross]]\n"
        "Humanitarian update No. 2: floods in [[Bahía Blanca|GPE]]\n"
        "Published [[10 March 2025|D|2025-03-10]]\n\n"
        "On [[Friday|D|2025-03-07]], [[more than 290 millimetres|quantity|290|mm]] of rain fell on "
        "[[Bahía Blanca|GPE]], in the south of [[Buenos Aires Province|GPE]], in about eight hours – about half of "
        "the city’s average annual rainfall. Water [[up to 1.5 metres|quantity|1.5|m]] deep swept through the city "
        "centre and the port district of "
        "[[Ingeniero White|GPE]], and the nearby town of [[General Daniel Cerri|GPE]] was cut off.\n\n"
        "Situation at 12:00 on [[Monday|D|2025-03-10]]\n"
        "• Deaths confirmed: [[16|count|16|death]]\n"
        "• Missing: [[2|count|2|girl]] girls\n"
        "• People evacuated: [[about 1,450|count|1450|person]]\n"
        "• [[Red Cross|ORG|Argentine Red Cross]] volunteers deployed: [[120|count|120|volunteer]]\n"
        "• Hygiene kits delivered: [[2,300|count|2300|kit]]\n\n"
        "President [[Javier Milei|PERSON]] visited the city on [[Saturday|D|2025-03-08]] and announced a fund of "
        "[[ARS 10 billion|money|10000000000|ARS]] ([[about US$9.3 million|money|9300000|USD]]) for reconstruction. "
        "[[Buenos Aires Province|GPE]] Governor [[Axel Kicillof|PERSON]] said [[400|count|400|rescuer]] rescuers "
        "had been sent and that the damaged municipal hospital would reopen within [[two weeks|D|P2W]].\n\n"
        "“The water came in so fast that people climbed onto roofs with nothing but their phones, and many lost "
        "everything,” said [[Federico Susbielles|PERSON]], the mayor of [[Bahía Blanca|GPE]].\n\n"
        "The [[Argentine Red Cross|ORG]] has opened [[two|count|2|shelter]] shelters and is distributing drinking "
        "water, and it appealed for [[ARS 350 million|money|350000000|ARS]] to support "
        "[[2,000|count|2000|family]] families for [[three months|D|P3M]]. The "
        "[[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "([[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]]) said cash grants would "
        "reach [[3,000|count|3000|household]] households.\n\n"
        "The [[National Meteorological Service|ORG|National Meteorological Service (Argentina)]] warned of further "
        "storms in the south of the province until [[Wednesday|D|2025-03-12]].",
        [
            ("Javier Milei", "announce", "a fund of ARS 10 billion (about US$9.3 million) for reconstruction", False),
            ("Axel Kicillof", "say", "400 rescuers had been sent and that the damaged municipal hospital would "
             "reopen within two weeks", False),
            ("Federico Susbielles", "say", "The water came in so fast that people climbed onto roofs with nothing "
             "but their phones, and many lost everything", True),
            ("Argentine Red Cross", "appeal for", "ARS 350 million to support 2,000 families for three months",
             False),
            ("International Federation of Red Cross and Red Crescent Societies", "say", "cash grants would reach "
             "3,000 households", False),
            ("National Meteorological Service (Argentina)", "warn", "further storms in the south of the province "
             "until Wednesday", False),
        ],
    ),
    (
        "own64-ho-06", "china-central-asia-summit-astana", "2025-06-17", "2025-06-17",
        "From: Press Service of the President of the [[Republic of Kazakhstan|GPE|Kazakhstan]]\n"
        "[[Astana|GPE]], [[17 June 2025|D|2025-06-17]]\n\n"
        "[[SECOND|ordinal|2]] [[CHINA–CENTRAL ASIA SUMMIT|EVENT|China–Central Asia Summit]] CLOSES IN "
        "[[ASTANA|GPE|Astana]]\n\n"
        "President [[Kassym-Jomart Tokayev|PERSON]] hosted the [[second|ordinal|2]] "
        "[[China–Central Asia Summit|EVENT]] in [[Astana|GPE]] [[today|D|2025-06-17]], attended by President "
        "[[Xi Jinping|PERSON]] of [[China|GPE]], President [[Shavkat Mirziyoyev|PERSON]] of [[Uzbekistan|GPE]], "
        "President [[Sadyr Japarov|PERSON]] of [[Kyrgyzstan|GPE]], President [[Emomali Rahmon|PERSON]] of "
        "[[Tajikistan|GPE]] and President [[Serdar Berdimuhamedow|PERSON]] of [[Turkmenistan|GPE]]. The "
        "[[six|count|6|leader]] leaders signed the "
        "[[Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation|LAW]].\n\n"
        "Outcomes\n"
        "• [[58|count|58|agreement]] agreements signed, among them deals worth "
        "[[more than $24 billion|money|24000000000|USD]] between [[Kazakh|NORP]] and [[Chinese|NORP]] companies\n"
        "• [[Three|count|3|centre]] cooperation centres, for poverty reduction, education exchanges and "
        "desertification control, to be set up\n"
        "• The [[third|ordinal|3]] summit to be held in [[China|GPE]] in [[2027|D|2027]]\n\n"
        "“[[Central Asia|LOC]] is becoming a bridge between [[Europe|LOC]] and [[Asia|LOC]], and our trade with "
        "[[China|GPE]] reached a record [[$94.8 billion|money|94800000000|USD]] [[last year|D|2024]],” "
        "[[Tokayev|PERSON|Kassym-Jomart Tokayev]] said.\n\n"
        "[[Xi|PERSON|Xi Jinping]] announced that [[China|GPE]] would provide "
        "[[1.5 billion yuan|money|1500000000|CNY]] in grants to [[Central Asian|NORP]] countries "
        "[[this year|D|2025]] and would invite [[3,000|count|3000|student]] students from the region to study in "
        "[[China|GPE]] over [[the next two years|D|2025-06-17/2027-06-17]].\n\n"
        "[[Mirziyoyev|PERSON|Shavkat Mirziyoyev]] called for faster work on the "
        "[[China–Kyrgyzstan–Uzbekistan railway|FAC]], which is due to open in [[2030|D|2030]]. "
        "[[Japarov|PERSON|Sadyr Japarov]] told reporters that [[about 300 kilometres|quantity|300|km]] of the line "
        "would run through [[Kyrgyzstan|GPE]]. [[Rahmon|PERSON|Emomali Rahmon]] proposed a joint programme to protect "
        "glaciers, noting that [[Tajikistan|GPE]] had lost [[more than 1,000|count|1000|glacier]] glaciers.",
        [
            ("Kassym-Jomart Tokayev", "say", "Central Asia is becoming a bridge between Europe and Asia, and our trade "
             "with China reached a record $94.8 billion last year", True),
            ("Xi Jinping", "announce", "China would provide 1.5 billion yuan in grants to Central Asian countries "
             "this year and would invite 3,000 students from the region to study in China over the next two years",
             False),
            ("Shavkat Mirziyoyev", "call for", "faster work on the China–Kyrgyzstan–Uzbekistan railway, which is due "
             "to open in 2030", False),
            ("Sadyr Japarov", "tell", "about 300 kilometres of the line would run through Kyrgyzstan", False),
            ("Emomali Rahmon", "propose", "a joint programme to protect glaciers", False),
            ("Emomali Rahmon", "note", "Tajikistan had lost more than 1,000 glaciers", False),
        ],
    ),
    (
        "own64-ho-07", "bank-of-lithuania-revolut-fine", "2025-04-17", "2025-04-17",
        "[[BANK OF LITHUANIA|ORG|Bank of Lithuania]]\n"
        "Supervisory decision\n"
        "[[Vilnius|GPE]], [[17 April 2025|D|2025-04-17]]\n\n"
        "Entity: [[Revolut Bank UAB|ORG|Revolut]]\n"
        "Measure: fine of [[€3.5 million|money|3500000|EUR]] and an order to remedy breaches\n"
        "Area: prevention of money laundering and terrorist financing\n"
        "Period inspected: [[2021-2023|D|2021/2023]]\n\n"
        "The [[Bank of Lithuania|ORG]] [[today|D|2025-04-17]] fined [[Revolut Bank UAB|ORG|Revolut]] "
        "[[€3.5 million|money|3500000|EUR]] for systemic failures in its anti-money laundering controls and ordered "
        "it to fix them within [[six months|D|P6M]].\n\n"
        "An inspection carried out [[between October 2023 and February 2024|D|2023-10/2024-02]] found that the bank "
        "had not properly monitored [[more than 1,000|count|1000|transaction]] high-risk transactions and had been "
        "slow to report suspicious payments to the [[Financial Crime Investigation Service|ORG]] "
        "([[FCIS|ORG|Financial Crime Investigation Service]]).\n\n"
        "“[[Revolut|ORG]] has grown very fast, but its controls have not kept pace, and a bank that serves millions of "
        "customers across [[Europe|LOC]] must meet the highest standards,” said [[Simonas Krėpšta|PERSON]], Member of "
        "the Board of the [[Bank of Lithuania|ORG]].\n\n"
        "[[Revolut|ORG]] said it had already addressed most of the issues and that the findings related to "
        "historical matters. The bank, founded in [[London|GPE]] in [[2015|D|2015]], has held a "
        "[[Lithuanian|NORP]] banking licence since [[2018|D|2018]] and serves "
        "[[more than 50 million|count|50000000|customer]] customers worldwide. It is supervised by the "
        "[[Bank of Lithuania|ORG]] rather than by the [[European Central Bank|ORG]] ([[ECB|ORG|European Central "
        "Bank]]).\n\n"
        "The [[Bank of Lithuania|ORG]] noted that the fine took account of the bank’s cooperation during the "
        "inspection, and urged other fintech firms to review their controls. The decision may be appealed within "
        "[[30 days|D|P30D]].",
        [
            ("Simonas Krėpšta", "say", "Revolut has grown very fast, but its controls have not kept pace, and a bank "
             "that serves millions of customers across Europe must meet the highest standards", True),
            ("Revolut", "say", "it had already addressed most of the issues and that the findings related to "
             "historical matters", False),
            ("Bank of Lithuania", "note", "the fine took account of the bank’s cooperation during the inspection",
             False),
            ("Bank of Lithuania", "urge", "other fintech firms to review their controls", False),
        ],
    ),
]
