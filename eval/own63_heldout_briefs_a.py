"""Held-out set 63 (blind): marked texts of briefs 01-07 and their statements (see
``build_own63_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own63-ho-01", "bank-of-botswana-monetary-policy-committee-decision", "2025-10-30", "2025-10-30",
        "[[BANK OF BOTSWANA|ORG|Bank of Botswana]]\n"
        "Monetary Policy Committee decision\n"
        "[[Gaborone|GPE]], [[30 October 2025|D|2025-10-30]]\n\n"
        "POLICY RATE RAISED BY [[160 BASIS POINTS|percent|1.6|pp]] TO [[3.50 PERCENT|percent|3.5|%]]\n\n"
        "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (Bank of Botswana)]] of the "
        "[[Bank of Botswana|ORG]] met [[today|D|2025-10-30]] and decided to raise the Monetary Policy Rate by "
        "[[160 basis points|percent|1.6|pp]] to [[3.50 percent|percent|3.5|%]]. It also raised the primary "
        "reserve requirement to [[2.5 percent|percent|2.5|%]] of deposits.\n\n"
        "Indicators\n"
        "• Inflation, [[September 2025|D|2025-09]]: [[1.4 percent|percent|1.4|%]]\n"
        "• Real GDP, [[second quarter of 2025|D|2025-04/2025-06]]: [[-5.3 percent|percent|-5.3|%]] year on year\n"
        "• Diamond exports, [[first half of 2025|D|2025-01/2025-06]]: [[US$1.1 billion|money|1100000000|USD]]\n"
        "• Foreign reserves, [[August 2025|D|2025-08]]: [[P44.6 billion|money|44600000000|BWP]]\n\n"
        "Governor [[Cornelius Dekop|PERSON]] told a press briefing that the increase was needed to protect the "
        "pula and rebuild reserves after a slump in diamond demand. “Monetary policy cannot mine diamonds, but it "
        "can stop the loss of reserves from becoming a crisis,” he said. [[Dekop|PERSON|Cornelius Dekop]] added "
        "that inflation was forecast to rise to [[about 4 percent|percent|4|%]] in [[2026|D|2026]], within the "
        "[[Bank|ORG|Bank of Botswana]]’s objective range of [[3|percent|3|%]] to [[6 percent|percent|6|%]].\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (Bank of Botswana)]] warned that rough diamond prices were "
        "likely to stay weak [[next year|D|2026]] and that government spending remained too high. Minister of "
        "Finance [[Ndaba Gaolathe|PERSON]] said the [[2026/27|D|2026-04/2027-03]] budget would cut recurrent "
        "spending by [[10 percent|percent|10|%]].\n\n"
        "The next meeting of the [[Committee|ORG|Monetary Policy Committee (Bank of Botswana)]] will be held on "
        "[[11 December 2025|D|2025-12-11]].",
        [
            ("Cornelius Dekop", "tell", "the increase was needed to protect the pula and rebuild reserves after a "
             "slump in diamond demand", False),
            ("Cornelius Dekop", "say", "Monetary policy cannot mine diamonds, but it can stop the loss of reserves "
             "from becoming a crisis", True),
            ("Cornelius Dekop", "add", "inflation was forecast to rise to about 4 percent in 2026, within the Bank’s "
             "objective range of 3 to 6 percent", False),
            ("Monetary Policy Committee (Bank of Botswana)", "warn", "rough diamond prices were likely to stay weak "
             "next year and that government spending remained too high", False),
            ("Ndaba Gaolathe", "say", "the 2026/27 budget would cut recurrent spending by 10 percent", False),
        ],
    ),
    (
        "own63-ho-02", "geostat-rapid-economic-growth-estimate", "2025-11-28", "2025-11-28",
        "[[NATIONAL STATISTICS OFFICE OF GEORGIA|ORG|National Statistics Office of Georgia]]\n"
        "Rapid estimate of economic growth, [[October 2025|D|2025-10]]\n"
        "From: [[Geostat|ORG|National Statistics Office of Georgia]] press office\n"
        "[[Tbilisi|GPE]], [[28 November 2025|D|2025-11-28]]\n\n"
        "ECONOMY GROWS [[9.6 PERCENT|percent|9.6|%]] IN [[OCTOBER|D|2025-10]]\n\n"
        "[[Georgia|GPE|Georgia (country)]]’s real GDP grew [[9.6%|percent|9.6|%]] in [[October 2025|D|2025-10]] "
        "compared with [[October 2024|D|2024-10]], according to the rapid estimate published [[today|D|2025-11-28]] "
        "by the [[National Statistics Office of Georgia|ORG]] ([[Geostat|ORG|National Statistics Office of "
        "Georgia]]). Growth in [[January-October 2025|D|2025-01/2025-10]] averaged [[7.8%|percent|7.8|%]].\n\n"
        "Real growth by month, [[2025|D|2025]]\n"
        "[[July|D|2025-07]]         [[8.1%|percent|8.1|%]]\n"
        "[[August|D|2025-08]]       [[6.9%|percent|6.9|%]]\n"
        "[[September|D|2025-09]]    [[7.4%|percent|7.4|%]]\n"
        "[[October|D|2025-10]]      [[9.6%|percent|9.6|%]]\n\n"
        "The largest contributions came from trade, information and communication, and construction, the office "
        "said.\n\n"
        "Prime Minister [[Irakli Kobakhidze|PERSON]] said it was “practically guaranteed” that growth would reach "
        "[[at least 7%|percent|7|%]] in [[2025|D|2025]]. The [[National Bank of Georgia|ORG]] expects inflation to return to its "
        "[[3%|percent|3|%]] target in [[the second half of 2026|D|2026-07/2026-12]].\n\n"
        "Minister of Economy and Sustainable Development [[Mariam Kvrivishvili|PERSON]] noted that "
        "[[5.1 million|count|5100000|visitor]] international visitors had arrived in the "
        "[[first ten months|D|2025-01/2025-10]] of the year, up [[6%|percent|6|%]], and that tourism revenue had "
        "reached [[US$3.9 billion|money|3900000000|USD]].\n\n"
        "[[Geostat|ORG|National Statistics Office of Georgia]] will publish its preliminary estimate for "
        "[[the third quarter of 2025|D|2025-07/2025-09]] on [[15 December|D|2025-12-15]].\n\n"
        "Note: rapid estimates are based on the turnover of VAT payers and will be revised; nominal GDP in "
        "[[2024|D|2024]] was [[GEL 91.9 billion|money|91900000000|GEL]].",
        [
            ("National Statistics Office of Georgia", "according to", "Georgia’s real GDP grew 9.6% in October 2025 "
             "compared with October 2024", False),
            ("National Statistics Office of Georgia", "say", "The largest contributions came from trade, information "
             "and communication, and construction", False),
            ("Irakli Kobakhidze", "say", "it was “practically guaranteed” that growth would reach at least 7% in 2025", False),
            ("National Bank of Georgia", "expect", "inflation to return to its 3% target in the second half of 2026",
             False),
            ("Mariam Kvrivishvili", "note", "5.1 million international visitors had arrived in the first ten months "
             "of the year, up 6%, and that tourism revenue had reached US$3.9 billion", False),
        ],
    ),
    (
        "own63-ho-03", "sk-hynix-third-quarter-results", "2025-10-29", "2025-10-29",
        "[[SK HYNIX|ORG|SK Hynix]] REPORTS [[THIRD QUARTER 2025|D|2025-07/2025-09]] FINANCIAL RESULTS\n\n"
        "[[Icheon|GPE]], [[South Korea|GPE]], [[October 29, 2025|D|2025-10-29]] – [[SK hynix|ORG|SK Hynix]] "
        "[[today|D|2025-10-29]] announced record quarterly results, with revenue of "
        "[[₩24.45 trillion|money|24450000000000|KRW]] and operating profit of "
        "[[₩11.38 trillion|money|11380000000000|KRW]] for [[the third quarter|D|2025-07/2025-09]], the "
        "[[first|ordinal|1]] time its quarterly operating profit has topped "
        "[[₩10 trillion|money|10000000000000|KRW]].\n\n"
        "Highlights\n"
        "- Revenue: up [[39%|percent|39|%]] year on year, [[about US$17.6 billion|money|17600000000|USD]]\n"
        "- Operating margin: [[47%|percent|47|%]]\n"
        "- Net profit: [[₩12.60 trillion|money|12600000000000|KRW]]\n"
        "- Cash and equivalents at [[September 30|D|2025-09-30]]: [[₩27.9 trillion|money|27900000000000|KRW]]\n\n"
        "“Demand for AI memory has outrun our supply, and we have already sold out our HBM, DRAM and NAND "
        "production for [[next year|D|2026]],” Chief Financial Officer [[Kim Woo-hyun|PERSON]] said on an "
        "earnings call.\n\n"
        "[[Kim|PERSON|Kim Woo-hyun]] said the company would raise capital spending in [[2026|D|2026]] and begin "
        "mass production of next-generation HBM chips in [[the fourth quarter|D|2025-10/2025-12]]. The company "
        "expects its new [[M15X|FAC]] fab in [[Cheongju|GPE]] to start operating in [[November|D|2025-11]].\n\n"
        "[[SK hynix|ORG|SK Hynix]], the main supplier of high-bandwidth memory to [[Nvidia|ORG]], said it had "
        "signed a letter of intent to supply [[OpenAI|ORG]] with [[up to 900,000|count|900000|wafer]] DRAM wafers "
        "a month. Its shares rose [[2.4%|percent|2.4|%]] on the [[Korea Exchange|ORG]] after the results, giving "
        "the company a market value of [[about ₩390 trillion|money|390000000000000|KRW]].\n\n"
        "[[SK Group|ORG]] Chairman [[Chey Tae-won|PERSON]] told a forum in [[Gyeongju|GPE]] on "
        "[[Tuesday|D|2025-10-28]] that [[Korean|NORP]] chipmakers needed [[more than 10 gigawatts|quantity|10|GW]] "
        "of new power supply by [[2030|D|2030]].",
        [
            ("SK Hynix", "announce", "record quarterly results, with revenue of ₩24.45 trillion and operating "
             "profit of ₩11.38 trillion for the third quarter, the first time its quarterly operating profit has "
             "topped ₩10 trillion", False),
            ("Kim Woo-hyun", "say", "Demand for AI memory has outrun our supply, and we have already sold out our "
             "HBM, DRAM and NAND production for next year", True),
            ("Kim Woo-hyun", "say", "the company would raise capital spending in 2026 and begin mass production of "
             "next-generation HBM chips in the fourth quarter", False),
            ("SK Hynix", "expect", "its new M15X fab in Cheongju to start operating in November", False),
            ("SK Hynix", "say", "it had signed a letter of intent to supply OpenAI with up to 900,000 DRAM wafers a "
             "month", False),
            ("Chey Tae-won", "tell", "Korean chipmakers needed more than 10 gigawatts of new power supply by 2030",
             False),
        ],
    ),
    (
        "own63-ho-04", "noaa-swpc-geomagnetic-storm-watch", "2025-11-11", "2025-11-11",
        "[[NOAA|ORG|National Oceanic and Atmospheric Administration]] "
        "[[SPACE WEATHER PREDICTION CENTER|ORG|Space Weather Prediction Center]]\n"
        "Notice: Severe (G4) Geomagnetic Storm Watch\n"
        "[[Boulder|GPE|Boulder, Colorado]], [[Colorado|GPE]], [[November 11, 2025|D|2025-11-11]]\n\n"
        "Watch: G4 (Severe) for [[November 12|D|2025-11-12]]\n"
        "Issued: [[2025 Nov 11|D|2025-11-11]] 1530 UTC\n"
        "Cause: coronal mass ejection from a strong flare in Region 4274\n"
        "Estimated speed: [[about 1,500 kilometers|quantity|1500|km]] a second\n"
        "Expected peak: Kp index of [[8|number|8]]\n\n"
        "The [[Space Weather Prediction Center|ORG]] ([[SWPC|ORG|Space Weather Prediction Center]]) said the "
        "storm could reach G4 levels, the second-strongest on its scale, and that aurora might be seen as far "
        "south as [[Alabama|GPE]] and northern [[California|GPE]]. It urged operators of satellites to postpone "
        "manoeuvres until [[Thursday|D|2025-11-13]].\n\n"
        "“This is the strongest watch we have issued since [[May 2024|D|2024-05]], and the operators of power "
        "grids and satellites have already been notified,” said [[Shawn Dahl|PERSON]], service coordinator at the "
        "center.\n\n"
        "Images from [[NASA|ORG]]’s [[Solar Dynamics Observatory|PRODUCT]] showed the eruption at "
        "about 10 a.m. EST on [[Tuesday|D|2025-11-11]].\n\n"
        "The [[Federal Aviation Administration|ORG]] warned that high-frequency radio on polar routes could be "
        "degraded for [[up to two days|D|P2D]]. [[FEMA|ORG|Federal Emergency Management Agency]] said it had "
        "briefed emergency managers in [[all 50|count|50|state]] states.\n\n"
        "Potential impacts\n"
        "- Power systems: possible voltage control problems\n"
        "- Satellites: surface charging and orientation problems\n"
        "- GPS: errors of [[up to 10 meters|quantity|10|m]]\n\n"
        "The last G4 storm, on [[June 1|D|2025-06-01]], produced aurora in [[more than 30|count|30|state]] states.",
        [
            ("Space Weather Prediction Center", "say", "the storm could reach G4 levels, the second-strongest on its "
             "scale, and that aurora might be seen as far south as Alabama and northern California", False),
            ("Space Weather Prediction Center", "urge", "operators of satellites to postpone manoeuvres until "
             "Thursday", False),
            ("Shawn Dahl", "say", "This is the strongest watch we have issued since May 2024, and the operators of "
             "power grids and satellites have already been notified", True),
            ("Federal Aviation Administration", "warn", "high-frequency radio on polar routes could be degraded for "
             "up to two days", False),
            ("Federal Emergency Management Agency", "say", "it had briefed emergency managers in all 50 states",
             False),
        ],
    ),
    (
        "own63-ho-05", "moroccan-red-crescent-tata-floods-update", "2024-09-10", "2024-09-10",
        "[[MOROCCAN RED CRESCENT|ORG|Moroccan Red Crescent]]\n"
        "Humanitarian update: flash floods in south-eastern [[Morocco|GPE]]\n"
        "[[Rabat|GPE]], [[10 September 2024|D|2024-09-10]]\n\n"
        "Exceptional rain on [[Saturday|D|2024-09-07]] and [[Sunday|D|2024-09-08]] caused flash floods in the "
        "provinces of [[Tata|GPE|Tata Province]], [[Errachidia|GPE|Errachidia Province]], "
        "[[Tinghir|GPE|Tinghir Province]] and [[Ouarzazate|GPE|Ouarzazate Province]]. In some places "
        "[[more than 100 millimetres|quantity|100|mm]] fell in [[two days|D|P2D]], close to the average for a whole "
        "year.\n\n"
        "-- Deaths: [[18|count|18|death]]\n"
        "-- Missing: [[4|count|4|person]]\n"
        "-- Homes destroyed or damaged: [[about 1,100|count|1100|home]]\n"
        "-- Volunteers deployed: [[340|count|340|volunteer]]\n"
        "-- Hygiene kits distributed: [[1,800|count|1800|kit]]\n\n"
        "“The water came down the dry riverbeds in minutes, and many families lost the dates and barley they had "
        "stored for the winter,” said [[Hassan Oubaha|PERSON]], a volunteer team leader in "
        "[[Tata|GPE|Tata Province]].\n\n"
        "The [[Ministry of Interior|ORG|Ministry of Interior (Morocco)]] said [[14|count|14|passenger]] passengers "
        "had been on a bus swept away by a river near [[Tata|GPE|Tata Province]]. The "
        "[[Society|ORG|Moroccan Red Crescent]] appealed for [[MAD 12 million|money|12000000|MAD]] "
        "([[about US$1.2 million|money|1200000|USD]]) to support [[3,000|count|3000|family]] families over "
        "[[three months|D|P3M]], and the [[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "released [[CHF 300,000|money|300000|CHF]] from its "
        "[[Disaster Response Emergency Fund|ORG]].\n\n"
        "The [[General Directorate of Meteorology|ORG|General Directorate of Meteorology (Morocco)]] warned of "
        "further thunderstorms in the south-east until [[Thursday|D|2024-09-12]]. The rain also filled "
        "[[Lake Iriqui|LOC]] in [[Zagora|GPE|Zagora Province]] for the [[first|ordinal|1]] time in "
        "[[50 years|D|P50Y]].",
        [
            ("Hassan Oubaha", "say", "The water came down the dry riverbeds in minutes, and many families lost the "
             "dates and barley they had stored for the winter", True),
            ("Ministry of Interior (Morocco)", "say", "14 passengers had been on a bus swept away by a river near "
             "Tata", False),
            ("Moroccan Red Crescent", "appeal for", "MAD 12 million (about US$1.2 million) to support 3,000 "
             "families over three months", False),
            ("General Directorate of Meteorology (Morocco)", "warn", "further thunderstorms in the south-east until "
             "Thursday", False),
        ],
    ),
    (
        "own63-ho-06", "cop29-presidency-closing-statement", "2024-11-24", "2024-11-24",
        "From: Office of the [[COP29|EVENT|2024 United Nations Climate Change Conference]] President, "
        "[[Baku|GPE]], [[Republic of Azerbaijan|GPE|Azerbaijan]]\n"
        "[[24 November 2024|D|2024-11-24]]\n\n"
        "STATEMENT BY [[COP29|EVENT|2024 United Nations Climate Change Conference]] PRESIDENT [[MUKHTAR BABAYEV|PERSON|Mukhtar Babayev]] AT THE CLOSE OF THE "
        "CONFERENCE\n\n"
        "Parties to the [[United Nations Framework Convention on Climate Change|LAW]] agreed in [[Baku|GPE]] "
        "early [[today|D|2024-11-24]] on a new collective goal for climate finance: developed countries will take "
        "the lead in mobilising [[at least $300 billion|money|300000000000|USD]] a year for developing countries by "
        "[[2035|D|2035]], and all actors are called on to scale up finance to "
        "[[$1.3 trillion|money|1300000000000|USD]] a year.\n\n"
        "In his closing address, [[Babayev|PERSON|Mukhtar Babayev]] said: “This deal will not satisfy everyone, "
        "but it triples the old [[$100 billion|money|100000000000|USD]] goal and keeps the road to "
        "[[Belém|GPE]] open.” He pledged that the Presidency would work with [[Brazil|GPE]], host of "
        "[[COP30|EVENT|2025 United Nations Climate Change Conference]], on a roadmap to "
        "[[$1.3 trillion|money|1300000000000|USD]].\n\n"
        "The [[UN|ORG|United Nations]]’s climate chief, [[Simon Stiell|PERSON]], said the goal was an insurance policy for "
        "humanity, but warned that it must be paid in full and on time.\n\n"
        "[[India|GPE]]’s negotiator [[Chandni Raina|PERSON]] said the amount was “abysmally poor” and that "
        "[[India|GPE]] objected to its adoption. The [[Alliance of Small Island States|ORG]] "
        "([[AOSIS|ORG|Alliance of Small Island States]]) said its [[39|count|39|member]] members had been "
        "ignored.\n\n"
        "Key facts\n"
        "-- Dates: [[11-22 November 2024|D|2024-11-11/2024-11-22]], extended by [[two days|D|P2D]]\n"
        "-- Registered participants: [[more than 66,000|count|66000|participant]]\n"
        "-- Parties: [[198|count|198|party]]\n"
        "-- Rules agreed for carbon markets under Article 6 of the [[Paris Agreement|LAW]]",
        [
            ("Mukhtar Babayev", "say", "This deal will not satisfy everyone, but it triples the old $100 billion "
             "goal and keeps the road to Belém open.", True),
            ("Mukhtar Babayev", "pledge", "the Presidency would work with Brazil, host of COP30, on a roadmap to "
             "$1.3 trillion", False),
            ("Simon Stiell", "say", "the goal was an insurance policy for humanity", False),
            ("Simon Stiell", "warn", "it must be paid in full and on time", False),
            ("Chandni Raina", "say", "the amount was “abysmally poor” and that India objected to its adoption",
             False),
            ("Alliance of Small Island States", "say", "its 39 members had been ignored", False),
        ],
    ),
    (
        "own63-ho-07", "ofwat-final-determinations", "2024-12-19", "2024-12-19",
        "[[OFWAT|ORG|Ofwat]]\n"
        "Press release\n"
        "From: [[Water Services Regulation Authority|ORG|Ofwat]]\n"
        "Published [[19 December 2024|D|2024-12-19]]\n\n"
        "FINAL DECISIONS: [[£104 BILLION|money|104000000000|GBP]] FOR WATER AND SEWERAGE UPGRADES\n\n"
        "[[Ofwat|ORG]] [[today|D|2024-12-19]] published its final determinations for water companies in "
        "[[England|GPE]] and [[Wales|GPE]], allowing [[£104 billion|money|104000000000|GBP]] of spending in "
        "[[2025-30|D|2025-04/2030-03]]. Average household bills will rise by [[£31|money|31|GBP]] a year before "
        "inflation, or [[36%|percent|36|%]] over [[five years|D|P5Y]], to [[£603|money|603|GBP]] in "
        "[[2029-30|D|2029-04/2030-03]].\n\n"
        "Average bill increase, [[2024-25|D|2024-04/2025-03]] to [[2029-30|D|2029-04/2030-03]]\n"
        "[[Southern Water|ORG]]     [[53%|percent|53|%]]\n"
        "[[Thames Water|ORG]]       [[35%|percent|35|%]]\n"
        "[[Anglian Water|ORG]]      [[29%|percent|29|%]]\n"
        "[[Wessex Water|ORG]]       [[21%|percent|21|%]]\n\n"
        "Chief Executive [[David Black|PERSON]] said: “This is the largest investment programme since "
        "privatisation, and customers will see fewer spills and more reservoirs for their money.”\n\n"
        "Environment Secretary [[Steve Reed|PERSON]] warned that companies which failed to deliver would face "
        "tougher penalties under the [[Water (Special Measures) Bill|LAW]].\n\n"
        "[[Thames Water|ORG]], which serves [[16 million|count|16000000|customer]] customers, said it was "
        "considering asking for a redetermination by the [[Competition and Markets Authority|ORG]]. The "
        "[[Consumer Council for Water|ORG]] urged companies to double the number of households on social "
        "tariffs.\n\n"
        "Notes to editors\n"
        "- The determinations cover [[16|count|16|company]] companies and [[nine|count|9|reservoir]] new "
        "reservoirs.\n"
        "- [[Ofwat|ORG]] regulates the water sector in [[England|GPE]] and [[Wales|GPE]] and was set up in "
        "[[1989|D|1989]].",
        [
            ("David Black", "say", "This is the largest investment programme since privatisation, and customers "
             "will see fewer spills and more reservoirs for their money.", True),
            ("Steve Reed", "warn", "companies which failed to deliver would face tougher penalties under the Water "
             "(Special Measures) Bill", False),
            ("Thames Water", "say", "it was considering asking for a redetermination by the Competition and Markets "
             "Authority", False),
            ("Consumer Council for Water", "urge", "companies to double the number of households on social "
             "tariffs", False),
        ],
    ),
]
