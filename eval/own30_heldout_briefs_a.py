"""Held-out set 30 (blind): marked texts of briefs 01-07 and their statements (see
``build_own30_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own30-ho-01", "rba-rate-decision", "2025-08-12", "2025-08-12",
        "Monetary Policy Decision\n"
        "Media Release\nNumber 2025-24\nDate: [[12 August 2025|D|2025-08-12]]\n\n"
        "The [[Reserve Bank of Australia|ORG]] [[today|D|2025-08-12]] lowered the cash rate target by "
        "[[25 basis points|percent|0.25|pp]] to [[3.60 per cent|percent|3.60|%]], its [[third|ordinal|3]] cut "
        "[[this year|D|2025]].\n\n"
        "Inflation has fallen substantially since its peak in [[2022|D|2022]]. Underlying inflation was "
        "[[2.7 per cent|percent|2.7|%]] over [[the year to the June quarter|D|2024-07/2025-06]] and headline "
        "inflation was [[2.1 per cent|percent|2.1|%]]. The unemployment rate rose to [[4.3 per "
        "cent|percent|4.3|%]] in [[June|D|2025-06]], and employment grew by [[2,000|count|2000|person]].\n\n"
        "The [[RBA|ORG|Reserve Bank of Australia]] forecasts underlying inflation to settle at [[around 2½ per "
        "cent|percent|2.5|%]], the midpoint of its [[2|percent|2|%]]–[[3 per cent|percent|3|%]] target band, and "
        "expects GDP to grow by [[1.7 per cent|percent|1.7|%]] over [[2025|D|2025]]. Uncertainty abroad remains "
        "high: tariffs announced by the [[United States|GPE]] are weighing on trade with [[China|GPE]], "
        "[[Australia|GPE]]'s largest export market.\n\n"
        "Speaking at a media conference in [[Sydney|GPE]], Governor [[Michele Bullock|PERSON]] said: “Inflation "
        "is now back within the target band and the labour market is gently easing. That gave us the confidence "
        "to move [[today|D|2025-08-12]].” She added that the [[RBA|ORG|Reserve Bank of Australia]] would not "
        "commit to a particular path for rates.\n\n"
        "Treasurer [[Jim Chalmers|PERSON]] said the decision would give [[Australian|NORP]] mortgage holders "
        "relief of [[about $90|money|90|AUD]] a month on an average loan of [[$600,000|money|600000|AUD]]. "
        "Shadow Treasurer [[Ted O'Brien|PERSON]] warned that government spending was keeping inflation under "
        "pressure.\n\n"
        "Deputy Governor [[Andrew Hauser|PERSON]] will speak at the [[Australian National University|ORG]] in "
        "[[Canberra|GPE]] on [[Thursday|D|2025-08-14]]. The [[RBA|ORG|Reserve Bank of Australia]] will next meet "
        "on [[29–30 September|D|2025-09-29/2025-09-30]], and the minutes of [[today|D|2025-08-12]]'s meeting "
        "will be released on [[26 August|D|2025-08-26]].",
        [
            ("Reserve Bank of Australia", "forecast", "underlying inflation to settle at around 2½ per cent, the "
             "midpoint of its 2–3 per cent target band", False),
            ("Reserve Bank of Australia", "expect", "GDP to grow by 1.7 per cent over 2025", False),
            ("Michele Bullock", "say", "Inflation is now back within the target band and the labour market is "
             "gently easing. That gave us the confidence to move today.", True),
            ("Michele Bullock", "add", "the RBA would not commit to a particular path for rates", False),
            ("Jim Chalmers", "say", "the decision would give Australian mortgage holders relief of about $90 a "
             "month on an average loan of $600,000", False),
            ("Ted O'Brien", "warn", "government spending was keeping inflation under pressure", False),
        ],
    ),
    (
        "own30-ho-02", "statcan-lfs", "2025-08-08", "2025-08-08",
        "The Daily, [[Statistics Canada|ORG]]\n"
        "Labour Force Survey, [[July 2025|D|2025-07]]\n"
        "Released: [[2025-08-08|D|2025-08-08]]\n\n"
        "Employment fell by [[41,000|count|41000|person]] ([[-0.2%|percent|-0.2|%]]) in [[July|D|2025-07]], and "
        "the employment rate declined [[0.1 percentage points|percent|0.1|pp]] to [[60.7%|percent|60.7|%]]. The "
        "unemployment rate held steady at [[6.9%|percent|6.9|%]].\n\n"
        "Employment among youth fell by [[34,000|count|34000|person]], and the youth unemployment rate rose to "
        "[[14.6%|percent|14.6|%]], the highest rate since [[September 2010|D|2010-09]] outside the pandemic.\n\n"
        "By industry, employment fell in information, culture and recreation ([[-29,000|number|-29000]]; "
        "[[-3.0%|percent|-3.0|%]]) and in construction ([[-22,000|number|-22000]]; [[-1.3%|percent|-1.3|%]]), "
        "and rose in health care and social assistance ([[+17,000|number|17000]]). In manufacturing, which has "
        "been hit by [[U.S.|GPE|United States]] tariffs, employment was little changed in [[July|D|2025-07]] but "
        "is down [[9,400|count|9400|job]] jobs since [[January|D|2025-01]].\n\n"
        "By province, employment declined in [[Alberta|GPE]] ([[-17,000|number|-17000]]) and [[British "
        "Columbia|GPE]] ([[-16,000|number|-16000]]), and rose in [[New Brunswick|GPE]] "
        "([[+3,200|number|3200]]).\n\n"
        "Total hours worked were little changed and were up [[1.0%|percent|1.0|%]] compared with [[July "
        "2024|D|2024-07]]. Average hourly wages among employees rose [[3.3%|percent|3.3|%]] on a "
        "year-over-year basis to [[$36.10|money|36.10|CAD]].\n\n"
        "Minister of Jobs and Families [[Patty Hajdu|PERSON]] said in [[Thunder Bay|GPE]] "
        "that the federal government would expand support for workers in sectors hit by tariffs. "
        "[[Desjardins|ORG|Desjardins Group]] economist [[Royce Mendes|PERSON]] said: “This is a labour market that "
        "is treading water.” He predicted that the [[Bank of Canada|ORG]] would cut its policy rate in "
        "[[September|D|2025-09]]. “Tariffs are starting to show up in hiring plans,” said [[Stephen Tapp|PERSON]], "
        "chief economist at the [[Canadian Chamber of Commerce|ORG]].\n\n"
        "Note to readers: Labour Force Survey data for [[August|D|2025-08]] will be released on [[September "
        "5|D|2025-09-05]].",
        [
            ("Patty Hajdu", "say", "the federal government would expand support for workers in sectors hit by "
             "tariffs", False),
            ("Royce Mendes", "say", "This is a labour market that is treading water.", True),
            ("Royce Mendes", "predict", "the Bank of Canada would cut its policy rate in September", False),
            ("Stephen Tapp", "say", "Tariffs are starting to show up in hiring plans", True),
        ],
    ),
    (
        "own30-ho-03", "ec-cartel-fine", "2025-06-02", "2025-06-02",
        "[[Commission|ORG|European Commission]] fines [[Delivery Hero|ORG]] and [[Glovo|ORG]] [[€329 "
        "million|money|329000000|EUR]] for participating in online food delivery cartel\n"
        "[[Brussels|GPE]], [[2 June 2025|D|2025-06-02]]\n\n"
        "The [[European Commission|ORG]] has fined the food delivery companies [[Delivery Hero|ORG]] and "
        "[[Glovo|ORG]] a total of [[€329 million|money|329000000|EUR]] for taking part in a cartel in breach of "
        "[[EU|ORG|European Union]] antitrust rules. From [[July 2018 until July 2022|D|2018-07/2022-07]], the "
        "[[two|count|2|company]] companies agreed not to poach each other's employees, exchanged commercially "
        "sensitive information and allocated geographic markets between them.\n\n"
        "[[Delivery Hero|ORG]], based in [[Berlin|GPE]], acquired a minority stake in [[Glovo|ORG]], based in "
        "[[Barcelona|GPE]], in [[2018|D|2018]] and took sole control of it in [[July 2022|D|2022-07]]. The "
        "[[Commission|ORG|European Commission]] said it was the [[first|ordinal|1]] time it had fined a cartel "
        "that used a minority shareholding to coordinate behaviour.\n\n"
        "The fines are:\n"
        "• [[Delivery Hero|ORG]]: [[€223,285,000|money|223285000|EUR]]\n"
        "• [[Glovo|ORG]]: [[€105,732,000|money|105732000|EUR]]\n\n"
        "Both companies received a [[10%|percent|10|%]] reduction of their fines for acknowledging their "
        "participation in the cartel under the [[Commission|ORG|European Commission]]'s settlement procedure.\n\n"
        "Executive Vice-President for Clean, Just and Competitive Transition [[Teresa Ribera|PERSON]] said: "
        "“Instead of competing with each other, [[Delivery Hero|ORG]] and [[Glovo|ORG]] agreed to divide up "
        "markets and not to poach each other's staff. [[Today|D|2025-06-02]]'s decision shows that we will not "
        "tolerate cartels in any sector, including in the labour market.”\n\n"
        "The [[Commission|ORG|European Commission]] opened its investigation in [[July 2022|D|2022-07]], after "
        "unannounced inspections at the companies' premises in [[Germany|GPE]] and [[Spain|GPE]]. It said the "
        "cartel had covered [[Spain|GPE]], [[Portugal|GPE]], [[Italy|GPE]] and [[Greece|GPE]].\n\n"
        "[[Delivery Hero|ORG]] said it had set aside [[about €400 million|money|400000000|EUR]] for the case in "
        "[[2024|D|2024]] and would not appeal. [[Glovo|ORG]] said it had cooperated fully with the investigation.",
        [
            ("European Commission", "say", "it was the first time it had fined a cartel that used a minority "
             "shareholding to coordinate behaviour", False),
            ("Teresa Ribera", "say", "Instead of competing with each other, Delivery Hero and Glovo agreed to "
             "divide up markets and not to poach each other's staff. Today's decision shows that we will not "
             "tolerate cartels in any sector, including in the labour market.", True),
            ("European Commission", "say", "the cartel had covered Spain, Portugal, Italy and Greece", False),
            ("Delivery Hero", "say", "it had set aside about €400 million for the case in 2024 and would not "
             "appeal", False),
            ("Glovo", "say", "it had cooperated fully with the investigation", False),
        ],
    ),
    (
        "own30-ho-04", "who-outbreak-news", "2025-01-14", "2025-01-14",
        "Disease Outbreak News\n"
        "Marburg virus disease - [[United Republic of Tanzania|GPE|Tanzania]]\n"
        "[[14 January 2025|D|2025-01-14]]\n\n"
        "Situation at a glance\n"
        "On [[10 January 2025|D|2025-01-10]], the [[World Health Organization|ORG]] ([[WHO|ORG|World Health "
        "Organization]]) received reports of suspected cases of Marburg virus disease in [[Kagera Region|GPE]] "
        "in the north-west of the [[United Republic of Tanzania|GPE|Tanzania]]. As of [[11 January|D|2025-01-11]], "
        "[[nine|count|9|case]] suspected cases, including [[eight|count|8|death]] deaths, had been reported from "
        "[[two|count|2|district]] districts, [[Biharamulo|GPE|Biharamulo District]] and [[Muleba|GPE|Muleba "
        "District]], a case fatality ratio of [[89%|percent|89|%]].\n\n"
        "This would be the [[second|ordinal|2]] outbreak of the disease in the country. The [[first|ordinal|1]] "
        "outbreak, in [[Kagera Region|GPE]] in [[March 2023|D|2023-03]], caused [[nine|count|9|case]] cases and "
        "[[six|count|6|death]] deaths. [[Kagera Region|GPE]] borders [[Rwanda|GPE]], which declared the end of "
        "its own Marburg outbreak on [[20 December 2024|D|2024-12-20]], as well as [[Uganda|GPE]] and "
        "[[Burundi|GPE]]. The town of [[Bukoba|GPE]] is a transit hub with ferry links across [[Lake "
        "Victoria|LOC]].\n\n"
        "On [[13 January|D|2025-01-13]], the [[Ministry of Health|ORG|Ministry of Health (Tanzania)]] said that "
        "tests on samples from the suspected cases were under way and urged the public to remain calm.\n\n"
        "[[WHO|ORG|World Health Organization]] risk assessment\n"
        "[[WHO|ORG|World Health Organization]] assesses the national risk as high, the regional risk as high and "
        "the global risk as low. Director-General [[Tedros Adhanom Ghebreyesus|PERSON]] said that "
        "[[WHO|ORG|World Health Organization]] stood ready to support the response and had deployed experts to "
        "[[Kagera Region|GPE]]. [[WHO|ORG|World Health Organization]] has released [[US$ 3 "
        "million|money|3000000|USD]] from its [[Contingency Fund for Emergencies|ORG]].\n\n"
        "[[WHO|ORG|World Health Organization]] recommends that the authorities strengthen surveillance and contact "
        "tracing in all districts bordering [[Rwanda|GPE]], [[Uganda|GPE]] and [[Burundi|GPE]]. The [[Africa "
        "Centres for Disease Control and Prevention|ORG]] said it would send a team of "
        "[[12|count|12|expert]] experts within [[three days|D|P3D]].",
        [
            ("Ministry of Health (Tanzania)", "say", "tests on samples from the suspected cases were under way",
             False),
            ("Ministry of Health (Tanzania)", "urge", "the public to remain calm", False),
            ("World Health Organization", "assess", "the national risk as high, the regional risk as high and the "
             "global risk as low", False),
            ("Tedros Adhanom Ghebreyesus", "say", "WHO stood ready to support the response and had deployed "
             "experts to Kagera Region", False),
            ("World Health Organization", "recommend", "the authorities strengthen surveillance and contact "
             "tracing in all districts bordering Rwanda, Uganda and Burundi", False),
            ("Africa Centres for Disease Control and Prevention", "say", "it would send a team of 12 experts "
             "within three days", False),
        ],
    ),
    (
        "own30-ho-05", "norway-press-release", "2025-02-19", "2025-02-19",
        "Press release\nDate: [[19/02/2025|D|2025-02-19]]\nNo: 021/25\n"
        "[[Ministry of Foreign Affairs|ORG|Ministry of Foreign Affairs (Norway)]]\n\n"
        "[[Norway|GPE]] increases support to [[Ukraine|GPE]] to [[NOK 85 billion|money|85000000000|NOK]] in "
        "[[2025|D|2025]]\n\n"
        "The Government proposes to increase the [[Nansen Support Programme for Ukraine|ORG]] by [[NOK 50 "
        "billion|money|50000000000|NOK]], to a total of [[NOK 85 billion|money|85000000000|NOK]] [[this "
        "year|D|2025]]. The increase follows an agreement between the parties in the [[Storting|ORG]].\n\n"
        "“[[Ukraine|GPE]]'s fight is also a fight for [[Europe|LOC]]'s security and for our own. With this "
        "increase, [[Norway|GPE]] will be one of the largest donors per capita,” says Prime Minister [[Jonas "
        "Gahr Støre|PERSON]].\n\n"
        "Of the increase, [[NOK 35 billion|money|35000000000|NOK]] will go to military support, including air "
        "defence, and [[NOK 15 billion|money|15000000000|NOK]] to civilian support, such as energy and "
        "humanitarian aid.\n\n"
        "“Air defence is [[Ukraine|GPE]]'s most urgent need. We will also support the [[Ukrainian|NORP]] defence "
        "industry, which can produce more weapons quickly and at a lower cost,” says Minister of Defence [[Tore "
        "O. Sandvik|PERSON]]. He added that the [[first|ordinal|1]] deliveries would arrive in [[April|D|2025-04]].\n\n"
        "Minister of Foreign Affairs [[Espen Barth Eide|PERSON]] says that [[Norway|GPE]] will channel part of the "
        "civilian support through the [[World Bank|ORG]] and the [[Ukraine Energy Support Fund|ORG]].\n\n"
        "The [[Nansen Support Programme for Ukraine|ORG]] was established in [[February 2023|D|2023-02]] with a "
        "framework of [[NOK 75 billion|money|75000000000|NOK]] over [[five years|D|P5Y]]. Since then, "
        "[[Norway|GPE]] has provided [[more than NOK 50 billion|money|50000000000|NOK]] to [[Ukraine|GPE]] "
        "through the programme.\n\n"
        "[[Ukrainian|NORP]] Minister of Defence [[Rustem Umerov|PERSON]] said in [[Kyiv|GPE]] on "
        "[[Tuesday|D|2025-02-18]] that part of the [[Norwegian|NORP]] funds would be used to buy drones made in "
        "[[Ukraine|GPE]].\n\n"
        "The Government will present the proposal to the [[Storting|ORG]] on [[Friday|D|2025-02-21]].",
        [
            ("Jonas Gahr Støre", "say", "Ukraine's fight is also a fight for Europe's security and for our own. "
             "With this increase, Norway will be one of the largest donors per capita", True),
            ("Tore O. Sandvik", "say", "Air defence is Ukraine's most urgent need. We will also support the "
             "Ukrainian defence industry, which can produce more weapons quickly and at a lower cost", True),
            ("Tore O. Sandvik", "add", "the first deliveries would arrive in April", False),
            ("Espen Barth Eide", "say", "Norway will channel part of the civilian support through the World Bank "
             "and the Ukraine Energy Support Fund", False),
            ("Rustem Umerov", "say", "part of the Norwegian funds would be used to buy drones made in Ukraine",
             False),
        ],
    ),
    (
        "own30-ho-06", "samsung-earnings", "2025-07-31", "2025-07-31",
        "[[Samsung Electronics|ORG]] Announces [[Second Quarter 2025|D|2025-04/2025-06]] Results\n\n"
        "[[SEOUL|GPE|Seoul]], [[Korea|GPE|South Korea]] – [[July 31, 2025|D|2025-07-31]] – [[Samsung "
        "Electronics|ORG]] [[today|D|2025-07-31]] announced financial results for [[the second quarter ended June "
        "30, 2025|D|2025-04/2025-06]].\n\n"
        "The [[Company|ORG|Samsung Electronics]] posted [[KRW 74.6 trillion|money|74600000000000|KRW]] in "
        "consolidated revenue and [[KRW 4.7 trillion|money|4700000000000|KRW]] in operating profit. Revenue rose "
        "[[0.7%|percent|0.7|%]] year on year, while operating profit fell [[55%|percent|55|%]].\n\n"
        "Earnings in the memory business declined because of inventory value adjustments and "
        "[[U.S.|GPE|United States]] restrictions on exports of advanced AI chips to [[China|GPE]]. The mobile "
        "business kept solid profitability on sales of the [[Galaxy S25|PRODUCT|Samsung Galaxy S25]] series. "
        "[[Samsung Display|ORG]] posted [[KRW 0.5 trillion|money|500000000000|KRW]] in operating profit and "
        "[[Harman|ORG|Harman International]] [[KRW 0.4 trillion|money|400000000000|KRW]].\n\n"
        "For [[the second half|D|2025-07/2025-12]], the [[Company|ORG|Samsung Electronics]] expects demand for "
        "high-bandwidth memory to remain strong and plans to launch the [[Galaxy Z Fold7|PRODUCT|Samsung Galaxy Z "
        "Fold 7]] in [[more than 100|count|100|market]] markets. Capital expenditure in [[the second "
        "quarter|D|2025-04/2025-06]] was [[KRW 11.4 trillion|money|11400000000000|KRW]].\n\n"
        "“Our memory business will focus on high-value products and on customers in the AI server market,” "
        "[[Kim Jae-june|PERSON]], an executive vice president in the memory business, said on an earnings call. Chief "
        "Financial Officer [[Park Soon-cheol|PERSON]] said the [[Company|ORG|Samsung Electronics]] would keep "
        "pursuing acquisitions, after completing the purchase of [[German|NORP]] ventilation firm "
        "[[FläktGroup|ORG]] for [[€1.5 billion|money|1500000000|EUR]] in [[May|D|2025-05]].\n\n"
        "[[Samsung Electronics|ORG]] said its board had approved a quarterly dividend of [[KRW 361|money|361|KRW]] "
        "per common share.\n\n"
        "[[Samsung Electronics|ORG]] shares had risen [[6.8%|percent|6.8|%]] in [[Seoul|GPE]] [[this "
        "week|D|2025-W31]] after the company signed a [[US$16.5 billion|money|16500000000|USD]] contract on "
        "[[Monday|D|2025-07-28]] to make chips for [[Tesla|ORG|Tesla, Inc.]] at its plant in [[Taylor|GPE|Taylor, "
        "Texas]], [[Texas|GPE]]. [[Tesla|ORG|Tesla, Inc.]] Chief Executive [[Elon Musk|PERSON]] said the plant "
        "would make [[Tesla|ORG|Tesla, Inc.]]'s next-generation AI6 chip.",
        [
            ("Samsung Electronics", "expect", "demand for high-bandwidth memory to remain strong", False),
            ("Samsung Electronics", "plan", "launch the Galaxy Z Fold7 in more than 100 markets", False),
            ("Kim Jae-june", "say", "Our memory business will focus on high-value products and on customers in "
             "the AI server market", True),
            ("Park Soon-cheol", "say", "the Company would keep pursuing acquisitions, after completing the "
             "purchase of German ventilation firm FläktGroup for €1.5 billion in May", False),
            ("Samsung Electronics", "say", "its board had approved a quarterly dividend of KRW 361 per common "
             "share", False),
            ("Elon Musk", "say", "the plant would make Tesla's next-generation AI6 chip", False),
        ],
    ),
    (
        "own30-ho-07", "nhc-advisory", "2025-08-16", "2025-08-16",
        "BULLETIN\n"
        "[[Hurricane Erin|EVENT|Hurricane Erin (2025)]] Advisory Number 20\n"
        "[[NWS|ORG|National Weather Service]] [[National Hurricane Center|ORG]] [[Miami|GPE]] "
        "[[FL|GPE|Florida]] AL052025\n"
        "1100 AM AST [[Sat Aug 16 2025|D|2025-08-16]]\n\n"
        "...[[ERIN|EVENT|Hurricane Erin (2025)]] BECOMES A CATEGORY 5 HURRICANE...\n"
        "...TROPICAL STORM CONDITIONS POSSIBLE IN [[ANGUILLA|GPE|Anguilla]] AND [[SINT MAARTEN|GPE|Sint "
        "Maarten]] [[TODAY|D|2025-08-16]]...\n\n"
        "SUMMARY OF 1100 AM AST...1500 UTC...INFORMATION\n"
        "----------------------------------------------\n"
        "LOCATION...20.0N 64.0W\n"
        "[[ABOUT 150 MI|quantity|150|mi]]...[[240 KM|quantity|240|km]] NNE OF [[ANGUILLA|GPE|Anguilla]]\n"
        "MAXIMUM SUSTAINED WINDS...[[160 MPH|quantity|160|mph]]...[[260 KM/H|quantity|260|km/h]]\n"
        "PRESENT MOVEMENT...W AT [[17 MPH|quantity|17|mph]]...[[28 KM/H|quantity|28|km/h]]\n\n"
        "WATCHES AND WARNINGS\n"
        "--------------------\n"
        "The government of [[Sint Maarten|GPE]] has issued a Tropical Storm Watch for [[Sint Maarten|GPE]]. A "
        "Tropical Storm Watch is also in effect for [[Anguilla|GPE]], [[Barbuda|GPE]], [[Saba|GPE|Saba (island)]] and [[St. "
        "Eustatius|GPE|Sint Eustatius]].\n\n"
        "DISCUSSION AND OUTLOOK\n"
        "----------------------\n"
        "At 1100 AM AST (1500 UTC), the eye of [[Hurricane Erin|EVENT|Hurricane Erin (2025)]] was located near "
        "latitude 20.0 North, longitude 64.0 West. [[Erin|EVENT|Hurricane Erin (2025)]] is moving toward the "
        "west near [[17 mph|quantity|17|mph]] ([[28 km/h|quantity|28|km/h]]), and a turn toward the "
        "west-northwest is expected later [[today|D|2025-08-16]]. On the forecast track, the core of "
        "[[Erin|EVENT|Hurricane Erin (2025)]] will pass to the north of the northern [[Leeward Islands|LOC]], "
        "the [[Virgin Islands|LOC]] and [[Puerto Rico|GPE]] on [[Sunday|D|2025-08-17]].\n\n"
        "Maximum sustained winds are near [[160 mph|quantity|160|mph]] ([[260 km/h|quantity|260|km/h]]) with "
        "higher gusts. Hurricane-force winds extend outward [[up to 30 miles|quantity|30|mi]] ([[45 "
        "km|quantity|45|km]]) from the center.\n\n"
        "RAINFALL: Through [[Sunday|D|2025-08-17]], [[Erin|EVENT|Hurricane Erin (2025)]] is expected to produce "
        "rainfall totals of [[2|quantity|2|in]] to [[4 inches|quantity|4|in]] across the northern [[Leeward "
        "Islands|LOC]], the [[Virgin Islands|LOC]] and [[Puerto Rico|GPE]].\n\n"
        "SURF: Swells generated by [[Erin|EVENT|Hurricane Erin (2025)]] will spread to the "
        "[[Bahamas|GPE|The Bahamas]], [[Bermuda|GPE]] and the east coast of the [[United States|GPE]] "
        "[[next week|D|2025-W34]].\n\n"
        "NEXT ADVISORY\n"
        "-------------\n"
        "Next complete advisory at 500 PM AST.\n\n"
        "$$\n"
        "Forecaster [[Beven|PERSON|Jack Beven]]",
        [],
    ),
]
