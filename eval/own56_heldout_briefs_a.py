"""Held-out set 56 (blind): marked texts of briefs 01-07 and their statements (see
``build_own56_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own56-ho-01", "bank-of-uganda-central-bank-rate", "2025-10-07", "2025-10-07",
        "[[BANK OF UGANDA|ORG|Bank of Uganda]]\n"
        "MONETARY POLICY STATEMENT\n"
        "[[Kampala|GPE]], [[7 October 2025|D|2025-10-07]]\n\n"
        "CENTRAL BANK RATE HELD AT [[9.75 PERCENT|percent|9.75|%]]\n\n"
        "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (Bank of Uganda)]] of the "
        "[[Bank of Uganda|ORG]] ([[BoU|ORG|Bank of Uganda]]) [[today|D|2025-10-07]] kept the Central Bank Rate "
        "at [[9.75 percent|percent|9.75|%]] for the [[fifth|ordinal|5]] meeting in a row.\n\n"
        "Key indicators\n"
        "-- Annual core inflation, [[September 2025|D|2025-09]]: [[4.0%|percent|4.0|%]] "
        "([[August|D|2025-08]]: [[3.9%|percent|3.9|%]])\n"
        "-- Real GDP growth, [[2024/25|D|2024-07/2025-06]]: [[6.3%|percent|6.3|%]]\n"
        "-- Shilling: [[UGX 3,480|money|3480|UGX]] per [[U.S.|GPE|United States]] dollar\n"
        "-- Coffee exports, [[12 months to August 2025|D|2024-09/2025-08]]: "
        "[[US$2.2 billion|money|2200000000|USD]]\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (Bank of Uganda)]] noted that core inflation had stayed "
        "close to the [[5 percent|percent|5|%]] medium-term target, helped by a stable shilling and good "
        "harvests. It projects core inflation to average [[4.5|percent|4.5|%]] to [[5 percent|percent|5|%]] in "
        "[[2026|D|2026]] and the economy to grow [[about 7 percent|percent|7|%]] in "
        "[[2025/26|D|2025-07/2026-06]], as oil production begins.\n\n"
        "Governor [[Michael Atingi-Ego|PERSON]] told journalists that record coffee earnings had cushioned the "
        "shilling against cuts in donor aid. “We have room to wait. Oil from the [[Lake Albert|LOC]] fields "
        "will change the outlook, and we want to see it coming,” he said.\n\n"
        "[[Atingi-Ego|PERSON|Michael Atingi-Ego]] warned that global trade tensions and lower coffee prices "
        "could weaken exports in [[the first half of 2026|D|2026-01/2026-06]].\n\n"
        "The next [[MPC|ORG|Monetary Policy Committee (Bank of Uganda)]] meeting will be held on "
        "[[4 December 2025|D|2025-12-04]].",
        [
            ("Monetary Policy Committee (Bank of Uganda)", "note", "core inflation had stayed close to the 5 "
             "percent medium-term target, helped by a stable shilling and good harvests", False),
            ("Monetary Policy Committee (Bank of Uganda)", "project", "core inflation to average 4.5 to 5 percent "
             "in 2026 and the economy to grow about 7 percent in 2025/26, as oil production begins", False),
            ("Michael Atingi-Ego", "tell", "record coffee earnings had cushioned the shilling against cuts in donor "
             "aid", False),
            ("Michael Atingi-Ego", "say", "We have room to wait. Oil from the Lake Albert fields will change the "
             "outlook, and we want to see it coming", True),
            ("Michael Atingi-Ego", "warn", "global trade tensions and lower coffee prices could weaken exports in "
             "the first half of 2026", False),
        ],
    ),
    (
        "own56-ho-02", "kenya-knbs-quarterly-gdp", "2025-09-30", "2025-09-30",
        "From: [[Kenya National Bureau of Statistics|ORG]] ([[KNBS|ORG|Kenya National Bureau of Statistics]])\n"
        "[[Nairobi|GPE]], [[30 September 2025|D|2025-09-30]]\n\n"
        "QUARTERLY GROSS DOMESTIC PRODUCT: [[SECOND QUARTER 2025|D|2025-04/2025-06]]\n\n"
        "[[Kenya|GPE]]’s real gross domestic product grew by [[5.0 percent|percent|5.0|%]] in "
        "[[the second quarter of 2025|D|2025-04/2025-06]], up from [[4.6 percent|percent|4.6|%]] in "
        "[[the second quarter of 2024|D|2024-04/2024-06]], the [[Kenya National Bureau of Statistics|ORG]] "
        "reported [[today|D|2025-09-30]].\n\n"
        "Growth by activity          [[Q2 2024|D|2024-04/2024-06]]   [[Q2 2025|D|2025-04/2025-06]]\n"
        "Agriculture and forestry    [[4.6%|percent|4.6|%]]     [[4.4%|percent|4.4|%]]\n"
        "Construction                [[-2.1%|percent|-2.1|%]]    [[5.7%|percent|5.7|%]]\n"
        "Mining and quarrying        [[-9.3%|percent|-9.3|%]]    [[16.3%|percent|16.3|%]]\n"
        "Financial services          [[7.6%|percent|7.6|%]]     [[5.6%|percent|5.6|%]]\n\n"
        "Director General [[Macdonald Obudho|PERSON]] said the rebound in construction reflected road and "
        "affordable housing projects, while mining recovered on higher gold and titanium output. He added that "
        "tea exports fell to [[about 140,000 tonnes|quantity|140000|t]] in "
        "[[the first half of 2025|D|2025-01/2025-06]] as prices at the [[Mombasa|GPE]] auction weakened.\n\n"
        "“Mining has turned the corner, but farming still carries the economy,” "
        "[[Obudho|PERSON|Macdonald Obudho]] told reporters.\n\n"
        "Treasury Cabinet Secretary [[John Mbadi|PERSON]] told [[Parliament|ORG|Parliament of Kenya]] that "
        "growth would reach [[5.3 percent|percent|5.3|%]] in [[2025|D|2025]], supported by lower interest "
        "rates.\n\n"
        "The [[Central Bank of Kenya|ORG]], which cut its rate to [[9.5 percent|percent|9.5|%]] in "
        "[[August|D|2025-08]], warned that credit to private firms, which grew only "
        "[[3.3 percent|percent|3.3|%]] in the year to [[August|D|2025-08]], remained a drag on investment.\n\n"
        "The next quarterly release is due on [[31 December 2025|D|2025-12-31]].",
        [
            ("Kenya National Bureau of Statistics", "report", "Kenya’s real gross domestic product grew by 5.0 "
             "percent in the second quarter of 2025, up from 4.6 percent in the second quarter of 2024", False),
            ("Macdonald Obudho", "say", "the rebound in construction reflected road and affordable housing "
             "projects, while mining recovered on higher gold and titanium output", False),
            ("Macdonald Obudho", "add", "tea exports fell to about 140,000 tonnes in the first half of 2025 as "
             "prices at the Mombasa auction weakened", False),
            ("Macdonald Obudho", "tell", "Mining has turned the corner, but farming still carries the economy",
             True),
            ("John Mbadi", "tell", "growth would reach 5.3 percent in 2025, supported by lower interest rates",
             False),
            ("Central Bank of Kenya", "warn", "credit to private firms, which grew only 3.3 percent in the year to "
             "August, remained a drag on investment", False),
        ],
    ),
    (
        "own56-ho-03", "fiji-met-service-cyclone-rae", "2025-02-23", "2025-02-23",
        "[[FIJI METEOROLOGICAL SERVICE|ORG|Fiji Meteorological Service]]\n"
        "TROPICAL CYCLONE ALERT\n"
        "[[Nadi|GPE]], [[Sunday 23 February 2025|D|2025-02-23]], 10:00 am\n\n"
        "Name: Severe [[Tropical Cyclone Rae|EVENT|Cyclone Rae]]\n"
        "Position at 9:00 am: [[about 80 kilometres|quantity|80|km]] east of [[Lakeba|LOC]]\n"
        "Movement: south-southeast at [[17 kilometres per hour|quantity|17|km/h]]\n"
        "Sustained winds: [[110 km/h|quantity|110|km/h]], gusts [[up to 155 km/h|quantity|155|km/h]]\n"
        "Eye diameter: [[about 30 kilometres|quantity|30|km]]\n"
        "Warnings: hurricane warning for the southern [[Lau Group|LOC|Lau Islands]]; gale warning for "
        "[[Kadavu|LOC]] and [[Vanua Levu|LOC]]\n\n"
        "The [[Fiji Meteorological Service|ORG]] said [[Rae|EVENT|Cyclone Rae]] had passed close to "
        "[[Vanua Balavu|LOC]] and [[Cicia|LOC]] overnight and was expected to leave [[Fiji|GPE]] waters by "
        "[[Monday|D|2025-02-24]]. Rainfall of [[up to 250 millimetres|quantity|250|mm]] could cause flash "
        "flooding in low-lying areas of [[Viti Levu|LOC]], the service warned.\n\n"
        "Director [[Misaeli Funaki|PERSON]] told a briefing in [[Nadi|GPE]] that [[Rae|EVENT|Cyclone Rae]] was "
        "the [[second|ordinal|2]] cyclone of the season to threaten [[Fiji|GPE]] and that sea swells of "
        "[[up to 6 metres|quantity|6|m]] would batter coastal villages. “People in the "
        "[[Lau Group|LOC|Lau Islands]] must stay in safe shelter until the all-clear is given,” he said.\n\n"
        "The [[National Disaster Management Office|ORG|National Disaster Management Office (Fiji)]] reported "
        "that [[more than 1,300|count|1300|person]] people were sheltering in "
        "[[42|count|42|evacuation centre]] evacuation centres.\n\n"
        "Minister for Disaster Management [[Sakiasi Ditoka|PERSON]] urged boat owners not to sail between the "
        "islands until [[Tuesday|D|2025-02-25]].\n\n"
        "The next alert will be issued at 1:00 pm [[today|D|2025-02-23]].",
        [
            ("Fiji Meteorological Service", "say", "Rae had passed close to Vanua Balavu and Cicia overnight and "
             "was expected to leave Fiji waters by Monday", False),
            ("Fiji Meteorological Service", "warn", "Rainfall of up to 250 millimetres could cause flash flooding "
             "in low-lying areas of Viti Levu", False),
            ("Misaeli Funaki", "tell", "Rae was the second cyclone of the season to threaten Fiji and that sea "
             "swells of up to 6 metres would batter coastal villages", False),
            ("Misaeli Funaki", "say", "People in the Lau Group must stay in safe shelter until the all-clear is "
             "given", True),
            ("National Disaster Management Office (Fiji)", "report", "more than 1,300 people were sheltering in 42 "
             "evacuation centres", False),
            ("Sakiasi Ditoka", "urge", "boat owners not to sail between the islands until Tuesday", False),
        ],
    ),
    (
        "own56-ho-04", "fonterra-annual-results", "2025-09-25", "2025-09-25",
        "[[AUCKLAND|GPE|Auckland]], [[New Zealand|GPE]], [[25 September 2025|D|2025-09-25]] – "
        "[[Fonterra|ORG]] [[today|D|2025-09-25]] reported its results for "
        "[[the year ended 31 July 2025|D|2024-08/2025-07]].\n\n"
        "Highlights, [[FY25|D|2024-08/2025-07]]\n"
        "- Profit after tax from continuing operations: [[$1.3 billion|money|1300000000|NZD]], up "
        "[[26%|percent|26|%]]\n"
        "- Earnings per share: [[69 cents|money|0.69|NZD]]\n"
        "- Final farmgate milk price: [[$10.16|money|10.16|NZD]] per kgMS\n"
        "- Total dividend: [[57 cents|money|0.57|NZD]] per share\n"
        "- Milk solids collected: [[1.49 billion kilograms|quantity|1490000000|kg]]\n\n"
        "Chief Executive [[Miles Hurrell|PERSON]] said: “Strong demand for butter and cream put a record "
        "[[$15.7 billion|money|15700000000|NZD]] into our farmers’ pockets, and that money flows through every "
        "rural town in [[New Zealand|GPE]].”\n\n"
        "[[Hurrell|PERSON|Miles Hurrell]] added that the sale of the consumer business [[Mainland Group|ORG]] to "
        "[[France|GPE]]’s [[Lactalis|ORG]] for [[$4.22 billion|money|4220000000|NZD]] was expected to complete "
        "in [[the first half of 2026|D|2026-01/2026-06]], after which farmers would receive a capital return of "
        "[[about $2|money|2|NZD]] per share.\n\n"
        "The co-operative expects earnings of [[50|money|0.5|NZD]] to [[70 cents|money|0.7|NZD]] per share in "
        "[[FY26|D|2025-08/2026-07]] and keeps its forecast milk price of [[$9.00|money|9|NZD]] to "
        "[[$11.00|money|11|NZD]] per kgMS for the [[2025/26|D|2025-06/2026-05]] season.\n\n"
        "Chair [[Peter McBride|PERSON]] told shareholders that the board would put the capital return to a "
        "farmer vote in [[November|D|2025-11]].\n\n"
        "[[Fonterra|ORG]] collects [[about 80%|percent|80|%]] of [[New Zealand|GPE]]’s milk and exports to "
        "[[more than 130|count|130|market]] markets.",
        [
            ("Miles Hurrell", "say", "Strong demand for butter and cream put a record $15.7 billion into our "
             "farmers’ pockets, and that money flows through every rural town in New Zealand.", True),
            ("Miles Hurrell", "add", "the sale of the consumer business Mainland Group to France’s Lactalis for "
             "$4.22 billion was expected to complete in the first half of 2026, after which farmers would receive "
             "a capital return of about $2 per share", False),
            ("Fonterra", "expect", "earnings of 50 to 70 cents per share in FY26", False),
            ("Peter McBride", "tell", "the board would put the capital return to a farmer vote in November", False),
        ],
    ),
    (
        "own56-ho-05", "kenya-red-cross-floods-update", "2024-05-02", "2024-05-02",
        "[[KENYA RED CROSS SOCIETY|ORG|Kenya Red Cross Society]]\n"
        "FLOODS UPDATE\n"
        "[[Nairobi|GPE]], [[2 May 2024|D|2024-05-02]]\n\n"
        "Key figures (as of [[1 May|D|2024-05-01]])\n"
        "• Deaths since [[March|D|2024-03]]: [[188|count|188|death]]\n"
        "• People displaced: [[more than 165,000|count|165000|person]]\n"
        "• Counties affected: [[38|count|38|county]] of [[47|count|47|county]]\n"
        "• Households reached with aid: [[21,400|count|21400|household]]\n\n"
        "The [[Kenya Red Cross Society|ORG]] said [[today|D|2024-05-02]] that its teams had recovered "
        "[[52|count|52|body]] bodies after a dam burst near [[Mai Mahiu|GPE]] in [[Nakuru County|GPE]] early on "
        "[[Monday|D|2024-04-29]], and that [[about 70|count|70|person]] people were still missing.\n\n"
        "Secretary General [[Ahmed Idris|PERSON]] told reporters in [[Nairobi|GPE]] that the society needed "
        "[[KSh 1.2 billion|money|1200000000|KES]] ([[about US$9 million|money|9000000|USD]]) to support "
        "[[100,000|count|100000|family]] families for [[three months|D|P3M]]. “Families have lost everything: "
        "homes, livestock and the crops they planted in [[March|D|2024-03]],” he said.\n\n"
        "The [[Kenya Meteorological Department|ORG]] warned that heavy rain would continue into "
        "[[next week|D|2024-W19]] and that [[Tropical Cyclone Hidaya|EVENT|Cyclone Hidaya]] could bring strong "
        "winds to [[Mombasa|GPE]] and [[Lamu|GPE]].\n\n"
        "Interior Cabinet Secretary [[Kithure Kindiki|PERSON]] announced that families living near "
        "[[178|count|178|dam]] dams and water reservoirs would be moved to safety.\n\n"
        "Notes to editors\n"
        "-- The [[Kenya Red Cross Society|ORG]] was founded in [[1965|D|1965]] and has "
        "[[more than 70,000|count|70000|volunteer]] volunteers.\n"
        "-- [[Mai Mahiu|GPE]] lies [[about 60 kilometres|quantity|60|km]] north-west of [[Nairobi|GPE]].",
        [
            ("Kenya Red Cross Society", "say", "its teams had recovered 52 bodies after a dam burst near Mai Mahiu "
             "in Nakuru County early on Monday, and that about 70 people were still missing", False),
            ("Ahmed Idris", "tell", "the society needed KSh 1.2 billion (about US$9 million) to support 100,000 "
             "families for three months", False),
            ("Ahmed Idris", "say", "Families have lost everything: homes, livestock and the crops they planted in "
             "March", True),
            ("Kenya Meteorological Department", "warn", "heavy rain would continue into next week and that Tropical "
             "Cyclone Hidaya could bring strong winds to Mombasa and Lamu", False),
            ("Kithure Kindiki", "announce", "families living near 178 dams and water reservoirs would be moved to "
             "safety", False),
        ],
    ),
    (
        "own56-ho-06", "philippines-dfa-escoda-shoal", "2024-08-31", "2024-08-31",
        "From: [[Department of Foreign Affairs|ORG|Department of Foreign Affairs (Philippines)]]\n"
        "[[Manila|GPE]], [[31 August 2024|D|2024-08-31]]\n\n"
        "STATEMENT ON THE INCIDENT AT [[ESCODA SHOAL|LOC|Sabina Shoal]]\n\n"
        "The [[Philippines|GPE]] strongly protests the dangerous actions of the [[China Coast Guard|ORG]] against "
        "the [[Philippine Coast Guard|ORG]] vessel [[BRP Teresa Magbanua|PRODUCT]] at "
        "[[Escoda Shoal|LOC|Sabina Shoal]] [[today|D|2024-08-31]]. A [[China Coast Guard|ORG]] ship rammed the "
        "[[97-metre|quantity|97|m]] vessel [[three|count|3|time]] times, damaging its hull.\n\n"
        "[[Escoda Shoal|LOC|Sabina Shoal]] lies [[about 75 nautical miles|quantity|75|nmi]] from "
        "[[Palawan|GPE]], well within the exclusive economic zone of the [[Philippines|GPE]].\n\n"
        "The [[Department|ORG|Department of Foreign Affairs (Philippines)]] called on [[China|GPE]] to withdraw "
        "its vessels from the shoal and to respect the arbitral award of [[2016|D|2016]].\n\n"
        "Secretary for Foreign Affairs [[Enrique Manalo|PERSON]] said the ramming was the "
        "[[third|ordinal|3]] such attack on a [[Philippine|NORP]] vessel at the shoal in "
        "[[two weeks|D|P2W]]. “We will not be driven out of our own waters,” he said.\n\n"
        "[[Philippine Coast Guard|ORG]] spokesperson [[Jay Tarriela|PERSON]] told reporters that the "
        "[[BRP Teresa Magbanua|PRODUCT]] had stayed at the shoal since [[April|D|2024-04]] and that "
        "[[Chinese|NORP]] ships had also fired water cannon at [[two|count|2|vessel]] fisheries vessels.\n\n"
        "[[Beijing|GPE]] claimed that the [[Philippine|NORP]] ship had deliberately rammed a "
        "[[Chinese|NORP]] vessel.\n\n"
        "[[United States|GPE]] Ambassador [[MaryKay Carlson|PERSON]] said [[Washington|GPE|Washington, D.C.]] "
        "stood with its ally against [[China|GPE]]’s dangerous and escalatory actions.\n\n"
        "Since [[January|D|2024-01]], the [[Philippines|GPE]] has filed [[more than 50|count|50|protest]] "
        "diplomatic protests over incidents in the [[West Philippine Sea|LOC]].",
        [
            ("Department of Foreign Affairs (Philippines)", "call on", "China to withdraw its vessels from the shoal "
             "and to respect the arbitral award of 2016", False),
            ("Enrique Manalo", "say", "the ramming was the third such attack on a Philippine vessel at the shoal "
             "in two weeks", False),
            ("Enrique Manalo", "say", "We will not be driven out of our own waters", True),
            ("Jay Tarriela", "tell", "the BRP Teresa Magbanua had stayed at the shoal since April and that Chinese "
             "ships had also fired water cannon at two fisheries vessels", False),
            ("Beijing", "claim", "the Philippine ship had deliberately rammed a Chinese vessel", False),
            ("MaryKay Carlson", "say", "Washington stood with its ally against China’s dangerous and escalatory "
             "actions", False),
        ],
    ),
    (
        "own56-ho-07", "nepal-department-of-tourism-everest-season", "2025-06-03", "2025-06-03",
        "[[DEPARTMENT OF TOURISM|ORG|Department of Tourism (Nepal)]]\n"
        "GOVERNMENT OF [[NEPAL|GPE|Nepal]]\n"
        "Press release – [[Kathmandu|GPE]], [[3 June 2025|D|2025-06-03]]\n\n"
        "CLIMBING SEASON SUMMARY\n\n"
        "Permits issued, [[spring 2025|D|2025-03/2025-05]]\n"
        "[[Everest|LOC|Mount Everest]] ([[8,849 m|quantity|8849|m]])      [[468|count|468|permit]]\n"
        "[[Lhotse|LOC]] ([[8,516 m|quantity|8516|m]])        [[147|count|147|permit]]\n"
        "[[Makalu|LOC]] ([[8,485 m|quantity|8485|m]])        [[61|count|61|permit]]\n"
        "All peaks                  [[1,142|count|1142|permit]]\n"
        "Royalty collected: [[US$5.9 million|money|5900000|USD]]\n\n"
        "The [[Department of Tourism|ORG|Department of Tourism (Nepal)]] announced that the royalty for "
        "foreign climbers on [[Everest|LOC|Mount Everest]] will rise from [[US$11,000|money|11000|USD]] to "
        "[[US$15,000|money|15000|USD]] from [[1 September 2025|D|2025-09-01]], the [[first|ordinal|1]] increase "
        "since [[2015|D|2015]].\n\n"
        "Director [[Himal Gautam|PERSON]] said [[five|count|5|climber]] climbers had died on "
        "[[8,000-metre|quantity|8000|m]] peaks during the season, fewer than the [[eight|count|8|climber]] of "
        "[[2024|D|2024]].\n\n"
        "“The mountain is not a rubbish dump. Every climber must carry back "
        "[[8 kilograms|quantity|8|kg]] of waste,” [[Gautam|PERSON|Himal Gautam]] said.\n\n"
        "Minister for Culture, Tourism and Civil Aviation [[Badri Prasad Pandey|PERSON]] pledged that the extra "
        "revenue would pay for cleaning the mountains and for insurance for [[Sherpa|NORP]] guides.\n\n"
        "The [[Sagarmatha Pollution Control Committee|ORG]] estimates that [[about 50 tonnes|quantity|50|t]] of "
        "waste remain at the camps above the [[South Col|LOC]].\n\n"
        "Permits for the post-monsoon climbs will be issued from [[1 August|D|2025-08-01]].",
        [
            ("Department of Tourism (Nepal)", "announce", "the royalty for foreign climbers on Everest will "
             "rise from US$11,000 to US$15,000 from 1 September 2025, the first increase since 2015", False),
            ("Himal Gautam", "say", "five climbers had died on 8,000-metre peaks during the season, fewer than the "
             "eight of 2024", False),
            ("Himal Gautam", "say", "The mountain is not a rubbish dump. Every climber must carry back 8 kilograms "
             "of waste", True),
            ("Badri Prasad Pandey", "pledge", "the extra revenue would pay for cleaning the mountains and for "
             "insurance for Sherpa guides", False),
            ("Sagarmatha Pollution Control Committee", "estimate", "about 50 tonnes of waste remain at the camps "
             "above the South Col", False),
        ],
    ),
]
