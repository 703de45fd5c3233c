"""Held-out set 76 (blind): marked texts of briefs 01-07 and their statements (see
``build_own76_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own76-ho-01", "danmarks-nationalbank-rate-cut", "2025-06-05", "2025-06-05",
        "[[DANMARKS NATIONALBANK|ORG|Danmarks Nationalbank]]\n"
        "Announcement No. 12\n"
        "[[Copenhagen|GPE]], [[5 June 2025|D|2025-06-05]]\n\n"
        "INTEREST RATES LOWERED BY [[0.25 PERCENTAGE POINT|percent|0.25|pp]]\n\n"
        "[[Danmarks Nationalbank|ORG]] is lowering its interest rates by "
        "[[0.25 percentage point|percent|0.25|pp]] with effect from [[tomorrow|D|2025-06-06]]. The decision "
        "follows a cut of the same size announced [[today|D|2025-06-05]] by the [[European Central Bank|ORG]] "
        "([[ECB|ORG|European Central Bank]]) and supports the fixed-exchange-rate policy.\n\n"
        "New rates\n"
        "Current-account rate: [[1.60 per cent|percent|1.6|%]]\n"
        "Rate on certificates of deposit: [[1.60 per cent|percent|1.6|%]]\n"
        "Lending rate: [[1.75 per cent|percent|1.75|%]]\n"
        "Discount rate: [[1.50 per cent|percent|1.5|%]]\n\n"
        "It is the [[eighth|ordinal|8]] reduction since [[June 2024|D|2024-06]]; over that period the "
        "current-account rate has fallen by [[2 percentage points|percent|2|pp]]. The spread to the "
        "[[ECB|ORG|European Central Bank]]’s deposit facility rate remains [[0.40 percentage point|percent|0.4|pp]]. "
        "The krone has been stable, and [[Nationalbank|ORG|Danmarks Nationalbank]] has not intervened in the "
        "foreign-exchange market since [[October 2024|D|2024-10]]. Foreign-exchange reserves stood at "
        "[[DKK 660 billion|money|660000000000|DKK]] at the end of [[May|D|2025-05]].\n\n"
        "“Inflation in [[Denmark|GPE]] is low, and the [[Danish|NORP]] economy is growing solidly, driven by the "
        "pharmaceutical industry,” said [[Christian Kettel Thomsen|PERSON]], Chairman of the Board of Governors. "
        "[[Kettel Thomsen|PERSON|Christian Kettel Thomsen]] said consumer prices had risen by "
        "[[1.6 per cent|percent|1.6|%]] in [[the year to May|D|2024-06/2025-05]] and warned that higher "
        "[[US|GPE|United States]] tariffs could weigh on exports. [[Nationalbank|ORG|Danmarks Nationalbank]] "
        "expects growth of [[3.0 per cent|percent|3|%]] in [[2025|D|2025]].\n\n"
        "Minister for Economic Affairs [[Stephanie Lose|PERSON]] told the broadcaster [[DR|ORG|DR (broadcaster)]] "
        "that lower rates would ease the burden on households with variable-rate mortgages, which make up "
        "[[about 40 per cent|percent|40|%]] of home loans.\n\n"
        "The next monetary-policy meeting of the [[ECB|ORG|European Central Bank]] is on "
        "[[Thursday, 24 July|D|2025-07-24]].",
        [
            ("Christian Kettel Thomsen", "say", "Inflation in Denmark is low, and the Danish economy is growing "
             "solidly, driven by the pharmaceutical industry", True),
            ("Christian Kettel Thomsen", "say", "consumer prices had risen by 1.6 per cent in the year to May", False),
            ("Christian Kettel Thomsen", "warn", "higher US tariffs could weigh on exports", False),
            ("Danmarks Nationalbank", "expect", "growth of 3.0 per cent in 2025", False),
            ("Stephanie Lose", "tell", "lower rates would ease the burden on households with variable-rate "
             "mortgages, which make up about 40 per cent of home loans", False),
        ],
    ),
    (
        "own76-ho-02", "sri-lanka-dcs-colombo-cpi-may", "2025-05-30", "2025-05-30",
        "[[DEPARTMENT OF CENSUS AND STATISTICS|ORG|Department of Census and Statistics (Sri Lanka)]]\n"
        "[[Democratic Socialist Republic of Sri Lanka|GPE|Sri Lanka]]\n"
        "Published: [[30.05.2025|D|2025-05-30]]\n\n"
        "DEFLATION EASES TO [[0.7 PERCENT|percent|0.7|%]] IN [[MAY 2025|D|2025-05]]\n\n"
        "The year-on-year change of the Colombo Consumer Price Index (CCPI) was "
        "[[-0.7 percent|percent|-0.7|%]] in [[May 2025|D|2025-05]], compared with [[-2.0 percent|percent|-2|%]] "
        "in [[April 2025|D|2025-04]], the [[Department of Census and Statistics|ORG|Department of Census and "
        "Statistics (Sri Lanka)]] ([[DCS|ORG|Department of Census and Statistics (Sri Lanka)]]) announced "
        "[[today|D|2025-05-30]]. [[May|D|2025-05]] was the [[ninth|ordinal|9]] consecutive month in which prices "
        "fell year on year.\n\n"
        "CCPI                  [[April 2025|D|2025-04]]    [[May 2025|D|2025-05]]\n"
        "Index                 [[196.2|number|196.2]]         [[195.9|number|195.9]]\n"
        "All items, y-o-y      [[-2.0%|percent|-2|%]]         [[-0.7%|percent|-0.7|%]]\n"
        "Food, y-o-y           [[-1.1%|percent|-1.1|%]]         [[+0.9%|percent|0.9|%]]\n"
        "Non-food, y-o-y       [[-2.4%|percent|-2.4|%]]         [[-1.5%|percent|-1.5|%]]\n\n"
        "Food prices rose for the [[first|ordinal|1]] time since [[August 2024|D|2024-08]], led by coconuts, rice "
        "and vegetables. A coconut cost [[Rs. 180|money|180|LKR]] in [[Colombo|GPE]] markets, up from "
        "[[Rs. 95|money|95|LKR]] in [[May 2024|D|2024-05]].\n\n"
        "Deputy Minister of Finance and Planning [[Harshana Suriyapperuma|PERSON]] said the fall in prices "
        "reflected the [[20 percent|percent|20|%]] cut in electricity tariffs in [[January|D|2025-01]] and not weak "
        "demand.\n\n"
        "The [[Central Bank of Sri Lanka|ORG]] ([[CBSL|ORG|Central Bank of Sri Lanka]]) expects inflation to turn "
        "positive in [[the third quarter of 2025|D|2025-07/2025-09]] and to move towards its target of "
        "[[5 percent|percent|5|%]] in [[2026|D|2026]]. Governor [[Nandalal Weerasinghe|PERSON]] told reporters in "
        "[[Colombo|GPE]] on [[Wednesday|D|2025-05-28]] that the bank saw no need to raise rates, and urged banks "
        "to lower their lending rates further.\n\n"
        "Note: The CCPI covers households in the [[Colombo|GPE|Colombo District]] district. The National Consumer Price Index "
        "(NCPI) for [[May|D|2025-05]] will be released on [[20 June|D|2025-06-20]].",
        [
            ("Department of Census and Statistics (Sri Lanka)", "announce", "The year-on-year change of the Colombo "
             "Consumer Price Index (CCPI) was -0.7 percent in May 2025, compared with -2.0 percent in April 2025",
             False),
            ("Harshana Suriyapperuma", "say", "the fall in prices reflected the 20 percent cut in electricity tariffs "
             "in January and not weak demand", False),
            ("Central Bank of Sri Lanka", "expect", "inflation to turn positive in the third quarter of 2025 and to "
             "move towards its target of 5 percent in 2026", False),
            ("Nandalal Weerasinghe", "tell", "the bank saw no need to raise rates", False),
            ("Nandalal Weerasinghe", "urge", "banks to lower their lending rates further", False),
        ],
    ),
    (
        "own76-ho-03", "dbs-group-full-year-results-2024", "2025-02-10", "2025-02-10",
        "News release\n"
        "[[SINGAPORE|GPE|Singapore]], [[10 February 2025|D|2025-02-10]]\n\n"
        "[[DBS|ORG|DBS Bank]] REPORTS RECORD [[2024|D|2024]] NET PROFIT OF "
        "[[S$11.4 BILLION|money|11400000000|SGD]]\n\n"
        "• Net profit up [[11%|percent|11|%]] to [[S$11.4 billion|money|11400000000|SGD]]; total income up "
        "[[10%|percent|10|%]] to [[S$22.3 billion|money|22300000000|SGD]]\n"
        "• [[Fourth-quarter|D|2024-10/2024-12]] net profit of [[S$2.62 billion|money|2620000000|SGD]], "
        "[[10%|percent|10|%]] higher than in [[the fourth quarter of 2023|D|2023-10/2023-12]]\n"
        "• Return on equity of [[18.0%|percent|18|%]]\n"
        "• Final dividend of [[60 cents|money|0.6|SGD]] a share and a new capital return dividend of "
        "[[15 cents|money|0.15|SGD]] a share each quarter in [[2025|D|2025]]\n"
        "• New [[S$3 billion|money|3000000000|SGD]] share buyback over [[three years|D|P3Y]]\n\n"
        "[[DBS Group Holdings|ORG|DBS Bank]] [[today|D|2025-02-10]] reported net profit of "
        "[[S$11.4 billion|money|11400000000|SGD]] for [[2024|D|2024]], as fee income from wealth management rose "
        "[[24%|percent|24|%]] and the net interest margin held at [[2.14%|percent|2.14|%]]. "
        "[[DBS|ORG|DBS Bank]] said asset quality remained resilient, with a non-performing loan ratio of "
        "[[1.1%|percent|1.1|%]].\n\n"
        "“[[2024|D|2024]] was another year of record earnings, and we enter [[2025|D|2025]] with strong "
        "momentum,” said [[Piyush Gupta|PERSON]], Chief Executive Officer of [[DBS|ORG|DBS Bank]]. "
        "[[Gupta|PERSON|Piyush Gupta]], who retires at the annual general meeting on [[28 March|D|2025-03-28]] after "
        "[[15 years|D|P15Y]] in the role, will be succeeded by Deputy Chief Executive Officer "
        "[[Tan Su Shan|PERSON]].\n\n"
        "[[Tan|PERSON|Tan Su Shan]] said the bank expected net interest income in [[2025|D|2025]] to be around "
        "[[2024|D|2024]] levels as interest rates fell, and pledged to keep total shareholder payouts rising. "
        "The shares rose [[1.6%|percent|1.6|%]] to [[S$44.50|money|44.5|SGD]] on the "
        "[[Singapore Exchange|ORG]].\n\n"
        "About [[DBS|ORG|DBS Bank]]\n"
        "[[DBS|ORG|DBS Bank]] is a financial services group in [[Asia|LOC]] with "
        "[[more than 280|count|280|branch]] branches in [[19|count|19|market]] markets. Headquartered and listed in "
        "[[Singapore|GPE]], it was founded in [[1968|D|1968]].",
        [
            ("DBS Bank", "say", "asset quality remained resilient, with a non-performing loan ratio of 1.1%", False),
            ("Piyush Gupta", "say", "2024 was another year of record earnings, and we enter 2025 with strong momentum",
             True),
            ("Tan Su Shan", "say", "the bank expected net interest income in 2025 to be around 2024 levels as interest "
             "rates fell", False),
            ("Tan Su Shan", "pledge", "keep total shareholder payouts rising", False),
        ],
    ),
    (
        "own76-ho-04", "smn-hurricane-otis-landfall-bulletin", "2023-10-25", "2023-10-25",
        "[[NATIONAL METEOROLOGICAL SERVICE|ORG|National Meteorological Service of Mexico]] "
        "([[SMN|ORG|National Meteorological Service of Mexico]])\n"
        "Tropical Cyclone Bulletin No. 14\n"
        "Issued: 06:00 h local time, [[Wednesday 25 October 2023|D|2023-10-25]]\n"
        "[[Mexico City|GPE]]\n\n"
        "[[HURRICANE OTIS|EVENT|Hurricane Otis]] STRIKES [[ACAPULCO|GPE|Acapulco]] AS A CATEGORY 5 HURRICANE\n\n"
        "[[Hurricane Otis|EVENT]] made landfall at 00:25 h [[today|D|2023-10-25]] [[about 5 km|quantity|5|km]] "
        "south-southwest of [[Acapulco|GPE]], [[Guerrero|GPE]], with maximum sustained winds of "
        "[[270 km/h|quantity|270|km/h]] and gusts of [[up to 330 km/h|quantity|330|km/h]]. It is the strongest "
        "hurricane on record to strike the [[Pacific|LOC|Pacific Ocean]] coast of [[Mexico|GPE]]. "
        "[[Otis|EVENT|Hurricane Otis]] grew from a tropical storm to a Category 5 hurricane in about 12 hours on "
        "[[Tuesday|D|2023-10-24]].\n\n"
        "Current position and intensity\n"
        "Location: [[55 km|quantity|55|km]] north-northwest of [[Acapulco|GPE]]\n"
        "Maximum sustained winds: [[165 km/h|quantity|165|km/h]] (Category 2)\n"
        "Movement: north-northwest at [[13 km/h|quantity|13|km/h]]\n\n"
        "Forecast\n"
        "-- Rain of [[150|quantity|150|mm]] to [[250 mm|quantity|250|mm]] in [[Guerrero|GPE]] and "
        "[[Michoacán|GPE]], with landslides possible\n"
        "-- Waves of [[5|quantity|5|m]] to [[7 metres|quantity|7|m]] off the coast of [[Guerrero|GPE]]\n"
        "-- Weakening to a tropical storm over the mountains later [[today|D|2023-10-25]]\n\n"
        "The [[US|GPE|United States]] [[National Hurricane Center|ORG]] ([[NHC|ORG|National Hurricane Center]]) "
        "said no forecast model had predicted the rapid strengthening of [[Otis|EVENT|Hurricane Otis]].\n\n"
        "President [[Andrés Manuel López Obrador|PERSON]] urged residents of [[Acapulco|GPE]] to stay in shelters "
        "and said communications with the city had been cut. The [[Federal Electricity Commission|ORG]] "
        "([[CFE|ORG|Federal Electricity Commission]]) reported that [[513,000|count|513000|customer]] customers in "
        "[[Guerrero|GPE]] had lost power. Governor [[Evelyn Salgado|PERSON|Evelyn Salgado Pineda]] said [[Acapulco International "
        "Airport|FAC]] would stay closed until further notice.\n\n"
        "The [[SMN|ORG|National Meteorological Service of Mexico]] will issue its next bulletin at 09:00 h.",
        [
            ("National Hurricane Center", "say", "no forecast model had predicted the rapid strengthening of Otis",
             False),
            ("Andrés Manuel López Obrador", "urge", "residents of Acapulco to stay in shelters", False),
            ("Andrés Manuel López Obrador", "say", "communications with the city had been cut", False),
            ("Federal Electricity Commission", "report", "513,000 customers in Guerrero had lost power", False),
            ("Evelyn Salgado Pineda", "say", "Acapulco International Airport would stay closed until further notice", False),
        ],
    ),
    (
        "own76-ho-05", "ifrc-senegal-river-floods-update", "2024-10-24", "2024-10-24",
        "From: [[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "([[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]])\n"
        "Published: [[24 October 2024|D|2024-10-24]]\n"
        "[[Senegal|GPE]]: [[Senegal River|LOC]] floods – Operation Update No. 1\n\n"
        "Key figures\n"
        "• People affected: [[more than 55,600|count|55600|person]]\n"
        "• Households displaced: [[1,480|count|1480|household]]\n"
        "• Cropland flooded: [[about 1,000 hectares|quantity|1000|ha]]\n"
        "• [[DREF|ORG|Disaster Response Emergency Fund]] allocation: [[CHF 497,000|money|497000|CHF]]\n\n"
        "The [[Senegal River|LOC]] rose above its alert level at [[Bakel|GPE]] on [[13 October|D|2024-10-13]] and "
        "peaked at [[about 12.6 metres|quantity|12.6|m]] on [[Saturday|D|2024-10-19]], after heavy rain upstream "
        "in [[Mali|GPE]] and [[Guinea|GPE]]. Villages in the regions of [[Matam|GPE|Matam Region]], "
        "[[Tambacounda|GPE|Tambacounda Region]] and [[Saint-Louis|GPE|Saint-Louis Region]] are cut off, and "
        "[[42|count|42|school]] schools are being used as shelters.\n\n"
        "Volunteers of the [[Senegalese Red Cross Society|ORG]] have handed out [[4,500|count|4500|kit]] kits of "
        "soap and water-purification tablets and [[2,000|count|2000|mosquito net]] mosquito nets.\n\n"
        "Prime Minister [[Ousmane Sonko|PERSON]] visited [[Matam|GPE]] on [[Sunday|D|2024-10-20]] and pledged that "
        "every affected family would receive food and cash support. The government has released "
        "[[8 billion CFA francs|money|8000000000|XOF]] for relief. Minister of Water and Sanitation "
        "[[Cheikh Tidiane Dièye|PERSON]] said dykes along the river had held in [[Podor|GPE]] but warned that the "
        "water would recede slowly.\n\n"
        "The [[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]] warned that standing "
        "water would raise the risk of malaria and cholera. According to the [[World Food Programme|ORG]] "
        "([[WFP|ORG|World Food Programme]]), [[about 30%|percent|30|%]] of the rice planted along the river in "
        "[[2024|D|2024]] has been lost.\n\n"
        "The next update will be published on [[7 November|D|2024-11-07]].",
        [
            ("Ousmane Sonko", "pledge", "every affected family would receive food and cash support", False),
            ("Cheikh Tidiane Dièye", "say", "dykes along the river had held in Podor", False),
            ("Cheikh Tidiane Dièye", "warn", "the water would recede slowly", False),
            ("International Federation of Red Cross and Red Crescent Societies", "warn", "standing water would raise "
             "the risk of malaria and cholera", False),
            ("World Food Programme", "according to", "about 30% of the rice planted along the river in 2024 has been "
             "lost", False),
        ],
    ),
    (
        "own76-ho-06", "nato-hague-summit-spending-pledge", "2025-06-25", "2025-06-25",
        "From: [[North Atlantic Treaty Organization|ORG|NATO]]\n"
        "Published: [[25 Jun. 2025|D|2025-06-25]]\n"
        "[[The Hague|GPE]], [[Netherlands|GPE]]\n\n"
        "ALLIES AGREE TO INVEST [[5%|percent|5|%]] OF GDP IN DEFENCE AND SECURITY BY [[2035|D|2035]]\n\n"
        "Heads of State and Government of the [[32|count|32|ally]] [[NATO|ORG]] Allies met in [[The Hague|GPE]] "
        "on [[24-25 June|D|2025-06-24/2025-06-25]] and agreed to raise their spending on defence and security to "
        "[[5%|percent|5|%]] of gross domestic product a year by [[2035|D|2035]]. Of that, "
        "[[at least 3.5%|percent|3.5|%]] is to go to core defence requirements and [[up to 1.5%|percent|1.5|%]] to "
        "protecting critical infrastructure, civil preparedness and the defence industry. Allies will submit "
        "annual plans, and the path will be reviewed in [[2029|D|2029]].\n\n"
        "“This is a quantum leap that makes our [[Alliance|ORG|NATO]] stronger, fairer and more lethal,” said "
        "Secretary General [[Mark Rutte|PERSON]]. [[Rutte|PERSON|Mark Rutte]] said [[Russia|GPE]] remained the most "
        "significant and direct threat to the [[Alliance|ORG|NATO]]’s security.\n\n"
        "Host Prime Minister [[Dick Schoof|PERSON]] said the [[Netherlands|GPE]] would spend an extra "
        "[[€16 billion|money|16000000000|EUR]] to [[€19 billion|money|19000000000|EUR]] a year to meet the new "
        "target. [[Spanish|NORP]] Prime Minister [[Pedro Sánchez|PERSON]] said [[Spain|GPE]] could meet its "
        "capability targets with [[2.1%|percent|2.1|%]] of GDP. [[US|GPE|United States]] President "
        "[[Donald Trump|PERSON]] told reporters that the agreement was a “big win” for the [[United States|GPE]] "
        "and for [[Europe|LOC]].\n\n"
        "[[Ukrainian|NORP]] President [[Volodymyr Zelenskyy|PERSON]] met [[Trump|PERSON|Donald Trump]] on the "
        "sidelines and called for more air defence systems.\n\n"
        "Key facts\n"
        "- Allies: [[32|count|32|ally]]\n"
        "- Previous guideline: [[2%|percent|2|%]] of GDP, agreed in [[Wales|GPE]] in [[2014|D|2014]]\n"
        "- Allies meeting [[2%|percent|2|%]] in [[2025|D|2025]] (estimate): [[32|count|32|ally]]\n"
        "- Next summit: [[Ankara|GPE]], [[Türkiye|GPE|Turkey]], [[2026|D|2026]]",
        [
            ("Mark Rutte", "say", "This is a quantum leap that makes our Alliance stronger, fairer and more lethal",
             True),
            ("Mark Rutte", "say", "Russia remained the most significant and direct threat to the Alliance’s security",
             False),
            ("Dick Schoof", "say", "the Netherlands would spend an extra €16 billion to €19 billion a year to meet the "
             "new target", False),
            ("Pedro Sánchez", "say", "Spain could meet its capability targets with 2.1% of GDP", False),
            ("Donald Trump", "tell", "the agreement was a “big win” for the United States and for Europe", False),
            ("Volodymyr Zelenskyy", "call for", "more air defence systems", False),
        ],
    ),
    (
        "own76-ho-07", "nydfs-coinbase-settlement", "2023-01-04", "2023-01-04",
        "[[NEW YORK STATE DEPARTMENT OF FINANCIAL SERVICES|ORG|New York State Department of Financial Services]]\n"
        "Press Release\n"
        "[[January 4, 2023|D|2023-01-04]]\n"
        "Contact: Press Office, 212-709-1691\n\n"
        "SUPERINTENDENT [[ADRIENNE A. HARRIS|PERSON|Adrienne Harris]] ANNOUNCES "
        "[[$100 MILLION|money|100000000|USD]] SETTLEMENT WITH [[COINBASE|ORG|Coinbase]]\n\n"
        "Superintendent of Financial Services [[Adrienne A. Harris|PERSON|Adrienne Harris]] "
        "[[today|D|2023-01-04]] announced a settlement with [[Coinbase|ORG]], the cryptocurrency platform, under "
        "which it will pay a [[$50 million|money|50000000|USD]] penalty to the "
        "[[State of New York|GPE|New York (state)]] and invest a further [[$50 million|money|50000000|USD]] in its "
        "compliance program over [[two years|D|P2Y]].\n\n"
        "The [[Department|ORG|New York State Department of Financial Services]] found that [[Coinbase|ORG]] had "
        "opened accounts without adequate checks and that, by the end of [[2021|D|2021]], it had a backlog of "
        "[[more than 100,000|count|100000|alert]] unreviewed transaction monitoring alerts. "
        "[[About 14,000|count|14000|customer]] customers who needed enhanced due diligence had not been reviewed, "
        "in breach of the [[New York Banking Law|LAW]] and the [[Department|ORG|New York State Department of "
        "Financial Services]]’s anti-money laundering regulations.\n\n"
        "“[[Coinbase|ORG]] failed to build and maintain a functional compliance program that could keep pace with "
        "its growth,” said Superintendent [[Harris|PERSON|Adrienne Harris]]. She urged other virtual currency "
        "companies to invest in compliance before they expand.\n\n"
        "An independent monitor installed by [[DFS|ORG|New York State Department of Financial Services]] in "
        "[[2022|D|2022]] will stay for a further [[12 months|D|P12M]]. [[Coinbase|ORG]] has held a "
        "BitLicense and a money transmitter license in [[New York|GPE|New York (state)]] since [[2017|D|2017]].\n\n"
        "[[Paul Grewal|PERSON]], Chief Legal Officer of [[Coinbase|ORG]], said the company had already fixed most of "
        "the problems and had hired [[more than 200|count|200|employee]] compliance employees since "
        "[[2020|D|2020]].\n\n"
        "Governor [[Kathy Hochul|PERSON]] appointed [[Harris|PERSON|Adrienne Harris]] as Superintendent in "
        "[[August 2021|D|2021-08]].",
        [
            ("Adrienne Harris", "announce", "a settlement with Coinbase, the cryptocurrency platform, under which it "
             "will pay a $50 million penalty to the State of New York and invest a further $50 million in its "
             "compliance program over two years", False),
            ("New York State Department of Financial Services", "find", "Coinbase had opened accounts without adequate "
             "checks and that, by the end of 2021, it had a backlog of more than 100,000 unreviewed transaction "
             "monitoring alerts", False),
            ("Adrienne Harris", "say", "Coinbase failed to build and maintain a functional compliance program that "
             "could keep pace with its growth", True),
            ("Adrienne Harris", "urge", "other virtual currency companies to invest in compliance before they expand",
             False),
            ("Paul Grewal", "say", "the company had already fixed most of the problems and had hired more than 200 "
             "compliance employees since 2020", False),
        ],
    ),
]
