"""Held-out set 32 (blind): marked texts of briefs 01-07 and their statements (see
``build_own32_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own32-ho-01", "norges-bank-rate", "2025-09-18", "2025-09-18",
        "[[Norges Bank|ORG]] lowers the policy rate to [[4 percent|percent|4|%]]\n"
        "Press release\n"
        "[[18 September 2025|D|2025-09-18]]\n\n"
        "[[Norges Bank|ORG]]'s Monetary Policy and Financial Stability Committee decided "
        "[[today|D|2025-09-18]] "
        "to reduce the policy rate by [[0.25 percentage point|percent|0.25|pp]] to [[4 "
        "percent|percent|4|%]]. "
        "The rate was also cut in [[June|D|2025-06]], from [[4.5 percent|percent|4.5|%]] to [[4.25 "
        "percent|percent|4.25|%]].\n\n"
        "“The policy rate has been reduced as expected. If the economy develops broadly as currently "
        "projected, the policy rate will be reduced further in the course of [[next year|D|2026]],” says "
        "Governor [[Ida Wolden Bache|PERSON]].\n\n"
        "Inflation has been higher than expected. In [[August|D|2025-08]], twelve-month underlying inflation "
        "was [[3.1 percent|percent|3.1|%]], well above the [[2 percent|percent|2|%]] target. Registered "
        "unemployment has risen to [[2.1 percent|percent|2.1|%]], and the Regional Network survey "
        "indicates that growth in the [[Norwegian|NORP]] economy will remain moderate.\n\n"
        "The Committee's forecast implies [[one|count|1|cut]] or [[two|count|2|cut]] further cuts in "
        "[[2026|D|2026]] and a policy rate of [[slightly above 3 percent|percent|3|%]] by the end of "
        "[[2028|D|2028]]. Deputy Governor [[Pål Longva|PERSON]] told a press conference in "
        "[[Oslo|GPE]] that a "
        "weaker krone would push up prices of imported goods.\n\n"
        "[[Norges Bank|ORG]] projects mainland GDP growth of [[1.1 percent|percent|1.1|%]] in "
        "[[2025|D|2025]] "
        "and expects wage growth of [[4.4 percent|percent|4.4|%]] [[this year|D|2025]], after "
        "[[5.6 percent|percent|5.6|%]] in [[2024|D|2024]]. The [[Government Pension Fund "
        "Global|ORG|Government "
        "Pension Fund of Norway]], managed by [[Norges Bank Investment Management|ORG]], passed [[NOK 20 "
        "trillion|money|20000000000000|NOK]] in [[June|D|2025-06]].\n\n"
        "The next monetary policy meeting will be held on [[5 November 2025|D|2025-11-05]].",
        [
            ("Ida Wolden Bache", "say", "The policy rate has been reduced as expected. If the economy "
             "develops "
             "broadly as currently projected, the policy rate will be reduced further in the course of next "
             "year",
             True),
            ("Pål Longva", "tell", "a weaker krone would push up prices of imported goods", False),
            ("Norges Bank", "project", "mainland GDP growth of 1.1 percent in 2025", False),
            ("Norges Bank", "expect", "wage growth of 4.4 percent this year, after 5.6 percent in "
             "2024", False),
        ],
    ),
    (
        "own32-ho-02", "abs-cpi", "2025-09-24", "2025-09-24",
        "Monthly Consumer Price Index Indicator, [[August 2025|D|2025-08]]\n"
        "Released [[24/09/2025|D|2025-09-24]]\n"
        "[[Australian Bureau of Statistics|ORG]]\n\n"
        "Key statistics\n"
        "• The monthly CPI indicator rose [[3.0%|percent|3.0|%]] in [[the 12 months to August "
        "2025|D|2024-09/2025-08]], up from [[2.8%|percent|2.8|%]] in [[July|D|2025-07]].\n"
        "• Annual trimmed mean inflation was [[2.9%|percent|2.9|%]].\n"
        "• Electricity prices rose [[24.6%|percent|24.6|%]] in [[the 12 months to "
        "August|D|2024-09/2025-08]].\n\n"
        "[[Michelle Marquardt|PERSON]], [[ABS|ORG|Australian Bureau of Statistics]] head of prices "
        "statistics, "
        "said: “Electricity prices were higher than in [[August 2024|D|2024-08]] because many "
        "households in [[New South "
        "Wales|GPE]], [[Victoria|GPE|Victoria (state)]] and [[Queensland|GPE]] had used up their government "
        "rebates of [[$75|money|75|AUD]] a quarter.”\n\n"
        "Ms [[Marquardt|PERSON|Michelle Marquardt]] added that without the rebates, electricity prices would "
        "have risen [[5.9%|percent|5.9|%]].\n\n"
        "Housing costs rose [[4.5%|percent|4.5|%]], with rents up [[4.4%|percent|4.4|%]]. Food prices rose "
        "[[3.0%|percent|3.0|%]], and the average price of a litre of unleaded petrol fell to "
        "[[$1.86|money|1.86|AUD]] in [[August|D|2025-08]] from [[$1.94|money|1.94|AUD]] "
        "[[a year earlier|D|2024-08]]. Holiday travel prices fell [[8.2%|percent|8.2|%]] after the "
        "[[July|D|2025-07]] "
        "school holidays. Ms [[Marquardt|PERSON|Michelle Marquardt]] said rents were rising more "
        "slowly than in "
        "[[2024|D|2024]], when they grew [[7.3%|percent|7.3|%]].\n\n"
        "The [[ABS|ORG|Australian Bureau of Statistics]] noted that annual CPI inflation was "
        "[[2.1%|percent|2.1|%]] in [[the June quarter 2025|D|2025-04/2025-06]], the lowest since [[the March "
        "quarter 2021|D|2021-01/2021-03]]. The [[Reserve Bank of Australia|ORG]] has cut the cash rate "
        "[[three|count|3|time]] times [[this year|D|2025]], to [[3.60%|percent|3.60|%]].\n\n"
        "From [[November 2025|D|2025-11]], the [[ABS|ORG|Australian Bureau of Statistics]] will publish a "
        "complete monthly CPI, covering [[about 87%|percent|87|%]] of the basket each month, in place of the "
        "indicator. The next release, for [[September 2025|D|2025-09]], is due on [[29 October "
        "2025|D|2025-10-29]].",
        [
            ("Michelle Marquardt", "say", "Electricity prices were higher than in August 2024 because "
             "many households "
             "in New South Wales, Victoria and Queensland had used up their government rebates of $75 a "
             "quarter.",
             True),
            ("Michelle Marquardt", "add", "without the rebates, electricity prices would have risen "
             "5.9%", False),
            ("Michelle Marquardt", "say", "rents were rising more slowly than in 2024, when they grew "
             "7.3%", False),
            ("Australian Bureau of Statistics", "note", "annual CPI inflation was 2.1% in the June "
             "quarter 2025, "
             "the lowest since the March quarter 2021",
             False),
        ],
    ),
    (
        "own32-ho-03", "tsb-update", "2025-07-03", "2025-07-03",
        "Investigation update: [[Transportation Safety Board of Canada|ORG]] outlines safety issues in the "
        "capsizing of a tug on the [[Fraser River|LOC]]\n"
        "News release\n"
        "[[Richmond|GPE|Richmond, British Columbia]], [[British Columbia|GPE]], [[3 July 2025|D|2025-07-03]] "
        "— The [[Transportation Safety Board of Canada|ORG]] ([[TSB|ORG|Transportation Safety Board of "
        "Canada]]) [[today|D|2025-07-03]] released an update on its investigation into the capsizing "
        "of the tug "
        "[[Ocean Kestrel|PRODUCT]] near [[Steveston|GPE|Steveston, British Columbia]] on [[17 March "
        "2025|D|2025-03-17]].\n\n"
        "The tug was towing a barge loaded with [[about 1,100 tonnes|quantity|1100|t]] of gravel "
        "when the tow "
        "line pulled it onto its side. All [[three|count|3|person]] people on board were rescued by the "
        "[[Canadian Coast Guard|ORG]] within 20 minutes.\n\n"
        "Investigators found that the tow winch had no quick-release device and that the crew had not "
        "practised an emergency release for [[more than two years|D|P2Y]]. The vessel was raised on [[9 "
        "April|D|2025-04-09]] at a cost of [[about $1.6 million|money|1600000|CAD]].\n\n"
        "“Girding, when a tow line drags a tug sideways, can capsize a vessel in seconds,” said [[Yoan "
        "Marier|PERSON]], Chair of the [[TSB|ORG|Transportation Safety Board of Canada]]. “Crews "
        "need equipment "
        "that lets them release the line at once.”\n\n"
        "Since [[2015|D|2015]], the [[TSB|ORG|Transportation Safety Board of Canada]] has investigated "
        "[[11|count|11|occurrence]] girding occurrences in [[Canada|GPE]], in which [[eight|count|8|person]] "
        "people died. The [[TSB|ORG|Transportation Safety Board of Canada]] said [[two|count|2|tug]] "
        "of those tugs had "
        "been towing barges heavier than their winches were rated for. The operator told the "
        "[[Board|ORG|Transportation Safety Board of Canada]] it had spent "
        "[[$240,000|money|240000|CAD]] fitting "
        "quick-release hooks to its [[six|count|6|tug]] other tugs.\n\n"
        "[[Transport Canada|ORG]] said it would consult the towing industry on new winch rules "
        "[[this fall|D|2025-09/2025-11]]. The investigation is ongoing, and the "
        "[[TSB|ORG|Transportation Safety Board of Canada]] expects to publish its final report in [[early "
        "2026|D|2026]].",
        [
            ("Yoan Marier", "say", "Girding, when a tow line drags a tug sideways, can capsize a vessel in "
             "seconds", True),
            ("Yoan Marier", "say", "Crews need equipment that lets them release the line at once.", True),
            ("Transportation Safety Board of Canada", "say", "two of those tugs had been towing barges "
             "heavier than "
             "their winches were rated for", False),
            ("Transport Canada", "say", "it would consult the towing industry on new winch rules this "
             "fall", False),
            ("Transportation Safety Board of Canada", "expect", "publish its final report in early 2026",
             False),
        ],
    ),
    (
        "own32-ho-04", "world-bank-kenya", "2025-06-12", "2025-06-12",
        "[[Kenya|GPE]]: [[World Bank|ORG]] approves [[$400 million|money|400000000|USD]] to expand "
        "water and sanitation "
        "services\n"
        "Press release\n"
        "[[WASHINGTON|GPE|Washington, D.C.]], [[June 12, 2025|D|2025-06-12]] — The [[World Bank|ORG]]'s "
        "Board of Executive Directors [[today|D|2025-06-12]] approved [[$400 "
        "million|money|400000000|USD]] in "
        "financing from the [[International Development Association|ORG]] ([[IDA|ORG|International "
        "Development Association]]) for the Kenya Water Security and Sanitation Program, which will bring "
        "safe water to [[about 4 million|count|4000000|person]] people in [[15|count|15|county]] "
        "counties.\n\n"
        "The program will build or repair [[1,200 kilometres|quantity|1200|km]] of water pipes, connect "
        "[[250,000|count|250000|household]] households to sewers and restore the [[Thika|LOC|Thika "
        "River]] river catchment, which supplies [[Nairobi|GPE]].\n\n"
        "“Only [[about 60 percent|percent|60|%]] of [[Kenyans|NORP|Kenyan]] have access to safe water, and "
        "droughts are becoming more frequent,” said [[Qimiao Fan|PERSON]], [[World Bank|ORG]] Division "
        "Director for [[Kenya|GPE]], [[Rwanda|GPE]], [[Somalia|GPE]] and [[Uganda|GPE]].\n\n"
        "The financing comprises a [[$300 million|money|300000000|USD]] credit and a [[$100 "
        "million|money|100000000|USD]] grant. The credit has a maturity of [[38 years|D|P38Y]], including a "
        "grace period of [[six years|D|P6Y]].\n\n"
        "[[Kenya|GPE]]'s Cabinet Secretary for Water, [[Eric Mugaa|PERSON]], said the government would "
        "contribute [[KSh 5 billion|money|5000000000|KES]] over [[the next five "
        "years|D|2025-06-12/2030-06-12]]. "
        "[[Water Sector Trust Fund|ORG]] chief executive [[Willis Ombai|PERSON]] said the "
        "[[first|ordinal|1]] contracts "
        "would be awarded by [[December|D|2025-12]].\n\n"
        "The [[World Bank|ORG]]'s active portfolio in [[Kenya|GPE]] comprises [[about "
        "40|count|40|operation]] "
        "operations worth [[$9.5 billion|money|9500000000|USD]]. The [[World Bank|ORG]] said the "
        "program would create "
        "[[about 12,000|count|12000|job]] jobs during construction.",
        [
            ("Qimiao Fan", "say", "Only about 60 percent of Kenyans have access to safe water, and "
             "droughts are "
             "becoming more frequent", True),
            ("Eric Mugaa", "say", "the government would contribute KSh 5 billion over the next five years",
             False),
            ("Willis Ombai", "say", "the first contracts would be awarded by December", False),
            ("World Bank", "say", "the program would create about 12,000 jobs during construction", False),
        ],
    ),
    (
        "own32-ho-05", "beehive-release", "2025-08-12", "2025-08-12",
        "New [[Nelson Hospital|FAC]] build confirmed\n"
        "[[12 August 2025|D|2025-08-12]]\n"
        "Hon [[Simeon Brown|PERSON]]\n"
        "Health\n\n"
        "The Government has confirmed a [[$1.1 billion|money|1100000000|NZD]] redevelopment of [[Nelson "
        "Hospital|FAC]], Health Minister [[Simeon Brown|PERSON]] announced [[today|D|2025-08-12]].\n\n"
        "“[[Nelson Hospital|FAC]]'s main buildings are [[more than 40 years|D|P40Y]] old and no longer meet "
        "the needs of a growing and ageing population,” Mr [[Brown|PERSON|Simeon Brown]] said.\n\n"
        "“This investment will deliver a new inpatient building with [[190|count|190|bed]] beds, "
        "[[six|count|6|theatre]] operating theatres and a larger emergency department.”\n\n"
        "Construction is expected to start in [[2026|D|2026]], and the [[first|ordinal|1]] stage "
        "will open by "
        "[[2030|D|2030]]. [[Health New Zealand|ORG]] will lead the project, with [[$300 "
        "million|money|300000000|NZD]] already set aside in the Budget in [[May|D|2025-05]].\n\n"
        "[[Nelson|GPE|Nelson, New Zealand]] Mayor [[Nick Smith|PERSON|Nick Smith (New Zealand politician)]] "
        "welcomed the decision, saying the hospital serves [[about 160,000|count|160000|person]] "
        "people across "
        "[[Nelson|GPE|Nelson, New Zealand]], [[Tasman|GPE|Tasman District]] and "
        "[[Marlborough|GPE|Marlborough "
        "Region]].\n\n"
        "Mr [[Brown|PERSON|Simeon Brown]] said the Government had now committed [[more than $3 "
        "billion|money|3000000000|NZD]] to hospital projects in [[Whangārei|GPE]], [[Nelson|GPE|Nelson, New "
        "Zealand]] and [[Dunedin|GPE]].\n\n"
        "Finance Minister [[Nicola Willis|PERSON]] said the project would be funded from the [[$7 "
        "billion|money|7000000000|NZD]] capital allowance set in [[May|D|2025-05]].",
        [
            ("Simeon Brown", "announce", "The Government has confirmed a $1.1 billion redevelopment of "
             "Nelson "
             "Hospital", False),
            ("Simeon Brown", "say", "Nelson Hospital's main buildings are more than 40 years old and no "
             "longer "
             "meet the needs of a growing and ageing population", True),
            ("Simeon Brown", "say", "This investment will deliver a new inpatient building with 190 "
             "beds, six "
             "operating theatres and a larger emergency department.", True),
            ("Nick Smith (New Zealand politician)", "say", "the hospital serves about 160,000 people across "
             "Nelson, Tasman and Marlborough", False),
            ("Simeon Brown", "say", "the Government had now committed more than $3 billion to hospital "
             "projects "
             "in Whangārei, Nelson and Dunedin", False),
            ("Nicola Willis", "say", "the project would be funded from the $7 billion capital allowance "
             "set in "
             "May", False),
        ],
    ),
    (
        "own32-ho-06", "asml-results", "2025-07-16", "2025-07-16",
        "[[ASML|ORG|ASML Holding]] reports [[€7.7 billion|money|7700000000|EUR]] total net sales and [[€2.3 "
        "billion|money|2300000000|EUR]] net income in [[Q2 2025|D|2025-04/2025-06]]\n"
        "[[Veldhoven|GPE]], the [[Netherlands|GPE]], [[July 16, 2025|D|2025-07-16]] — "
        "[[ASML Holding NV|ORG|ASML Holding]] ([[ASML|ORG|ASML Holding]]) [[today|D|2025-07-16]] "
        "published its "
        "[[second-quarter 2025|D|2025-04/2025-06]] results.\n\n"
        "• [[Q2|D|2025-04/2025-06]] total net sales of [[€7.7 billion|money|7700000000|EUR]], gross "
        "margin of "
        "[[53.7%|percent|53.7|%]], net income of [[€2.3 billion|money|2300000000|EUR]]\n"
        "• Quarterly net bookings of [[€5.5 billion|money|5500000000|EUR]], of which [[€2.3 "
        "billion|money|2300000000|EUR]] is EUV\n"
        "• [[ASML|ORG|ASML Holding]] expects [[Q3 2025|D|2025-07/2025-09]] total net sales between [[€7.4 "
        "billion|money|7400000000|EUR]] and [[€7.9 billion|money|7900000000|EUR]]\n\n"
        "“Our [[second-quarter|D|2025-04/2025-06]] total net sales came in at [[€7.7 "
        "billion|money|7700000000|EUR]], "
        "at the high end of our guidance, with a gross margin of [[53.7%|percent|53.7|%]],” said "
        "[[ASML|ORG|ASML "
        "Holding]] President and Chief Executive Officer [[Christophe Fouquet|PERSON]].\n\n"
        "“We continue to see strong demand for AI, while macro-economic and geopolitical developments keep "
        "adding uncertainty. We still expect total net sales growth of [[around 15%|percent|15|%]] for "
        "[[2025|D|2025]],” he added.\n\n"
        "Chief Financial Officer [[Roger Dassen|PERSON]] said the company had shipped its "
        "[[first|ordinal|1]] "
        "[[TWINSCAN EXE:5200B|PRODUCT]] system and expected a gross margin of between "
        "[[50%|percent|50|%]] and "
        "[[52%|percent|52|%]] in [[the third quarter|D|2025-07/2025-09]].\n\n"
        "[[ASML|ORG|ASML Holding]] paid a dividend of [[€1.60|money|1.6|EUR]] per share in "
        "[[August|D|2025-08]]. [[Fouquet|PERSON|Christophe Fouquet]] told analysts that the company "
        "could not yet "
        "confirm growth in [[2026|D|2026]]. [[ASML|ORG|ASML Holding]] also bought back shares worth "
        "[[about €1.4 billion|money|1400000000|EUR]] in [[the second "
        "quarter|D|2025-04/2025-06]]. The company employs [[more than 44,000|count|44000|person]] "
        "people, about half "
        "of them in the [[Netherlands|GPE]].",
        [
            ("ASML Holding", "expect", "Q3 2025 total net sales between €7.4 billion and €7.9 "
             "billion", False),
            ("Christophe Fouquet", "say", "Our second-quarter total net sales came in at €7.7 billion, "
             "at the "
             "high end of our guidance, with a gross margin of 53.7%", True),
            ("Christophe Fouquet", "add", "We continue to see strong demand for AI, while macro-economic and "
             "geopolitical developments keep adding uncertainty. We still expect total net sales growth of "
             "around 15% for 2025", True),
            ("Roger Dassen", "say", "the company had shipped its first TWINSCAN EXE:5200B system and "
             "expected a "
             "gross margin of between 50% and 52% in the third quarter", False),
            ("Christophe Fouquet", "tell", "the company could not yet confirm growth in 2026", False),
        ],
    ),
    (
        "own32-ho-07", "epa-settlement", "2025-05-29", "2025-05-29",
        "[[EPA|ORG|United States Environmental Protection Agency]] Settlement Requires [[Texas|GPE]] "
        "Refinery to Cut Flaring and Pay [[$2.4 Million|money|2400000|USD]] "
        "Penalty\n"
        "[[May 29, 2025|D|2025-05-29]]\n\n"
        "[[DALLAS|GPE|Dallas]] ([[May 29, 2025|D|2025-05-29]]) — The [[U.S.|GPE|United States]] "
        "[[Environmental Protection Agency|ORG|United States Environmental Protection Agency]] "
        "([[EPA|ORG|United States Environmental Protection Agency]]) and the [[U.S.|GPE|United States]] "
        "[[Department of Justice|ORG|United States Department of Justice]] [[today|D|2025-05-29]] "
        "announced a "
        "settlement with [[Gulfline Refining LLC|ORG]] over violations of the [[Clean Air Act|LAW]] "
        "at its refinery in "
        "[[Port Arthur|GPE|Port Arthur, Texas]], [[Texas|GPE]].\n\n"
        "Under a consent decree lodged in federal court, the company will pay a civil penalty of [[$2.4 "
        "million|money|2400000|USD]] and spend [[an estimated $38 million|money|38000000|USD]] on flare gas "
        "recovery and monitoring equipment. [[EPA|ORG|United States Environmental Protection "
        "Agency]] expects "
        "the measures to cut emissions of volatile organic compounds by [[about 310 tons|quantity|310|ton]] "
        "per year and of hazardous air pollutants by [[27 tons|quantity|27|ton]] per year.\n\n"
        "“Communities near refineries deserve clean air,” said [[EPA|ORG|United States Environmental "
        "Protection Agency]] Region 6 Administrator [[Scott Mason|PERSON]]. “This settlement holds "
        "the company "
        "accountable and requires real pollution reductions.”\n\n"
        "“Polluters who ignore their permits will pay for it,” said Acting Assistant Attorney General [[Adam "
        "Gustafson|PERSON]] of the [[Justice Department|ORG|United States Department of Justice]]'s "
        "[[Environment and "
        "Natural Resources Division|ORG|United States Department of Justice Environment and Natural "
        "Resources "
        "Division]].\n\n"
        "[[EPA|ORG|United States Environmental Protection Agency]] inspectors found that "
        "[[between 2019 and 2023|D|2019/2023]] the refinery's [[four|count|4|flare]] flares burned gas with too little "
        "steam on "
        "[[more than 500|count|500|occasion]] occasions.\n\n"
        "The company will also fund a [[$1.2 million|money|1200000|USD]] project to replace "
        "[[40|count|40|bus]] "
        "diesel school buses in [[Jefferson County|GPE|Jefferson County, Texas]]. The consent decree "
        "is subject "
        "to a [[30-day|D|P30D]] public comment period and court approval.",
        [
            ("United States Environmental Protection Agency", "expect", "the measures to cut emissions "
             "of volatile "
             "organic compounds by about 310 tons per year and of hazardous air pollutants by 27 "
             "tons per year",
             False),
            ("Scott Mason", "say", "Communities near refineries deserve clean air", True),
            ("Scott Mason", "say", "This settlement holds the company accountable and requires real "
             "pollution "
             "reductions.", True),
            ("Adam Gustafson", "say", "Polluters who ignore their permits will pay for it", True),
        ],
    ),
]
