"""Held-out set 72 (blind): marked texts of briefs 01-07 and their statements (see
``build_own72_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own72-ho-01", "central-bank-of-nigeria-rate-cut", "2025-09-23", "2025-09-23",
        "[[CENTRAL BANK OF NIGERIA|ORG|Central Bank of Nigeria]]\n"
        "Communiqué No. 162\n"
        "[[Abuja|GPE]], [[Tuesday, 23 September 2025|D|2025-09-23]]\n\n"
        "[[CBN|ORG|Central Bank of Nigeria]] CUTS MONETARY POLICY RATE BY "
        "[[50 BASIS POINTS|percent|0.5|pp]] TO [[27.00 PER CENT|percent|27|%]]\n\n"
        "The [[Central Bank of Nigeria|ORG]] ([[CBN|ORG|Central Bank of Nigeria]]) [[today|D|2025-09-23]] "
        "lowered the Monetary Policy Rate (MPR) by [[50 basis points|percent|0.5|pp]], from "
        "[[27.50 per cent|percent|27.5|%]] to [[27.00 per cent|percent|27|%]], its [[first|ordinal|1]] cut since "
        "[[September 2020|D|2020-09]]. All [[12|count|12|member]] members of the rate-setting committee voted "
        "for the cut after a [[two-day|D|P2D]] meeting.\n\n"
        "The [[Bank|ORG|Central Bank of Nigeria]] also decided to:\n"
        "• cut the cash reserve requirement for commercial banks to [[45 per cent|percent|45|%]] from "
        "[[50 per cent|percent|50|%]], keeping that of merchant banks at [[16 per cent|percent|16|%]]; and\n"
        "• apply a [[75 per cent|percent|75|%]] cash reserve requirement to public sector deposits held outside "
        "the Treasury Single Account.\n\n"
        "Headline inflation eased to [[20.12 per cent|percent|20.12|%]] in [[August|D|2025-08]] from "
        "[[21.88 per cent|percent|21.88|%]] in [[July|D|2025-07]], the [[fifth|ordinal|5]] monthly decline in a "
        "row, according to the [[National Bureau of Statistics|ORG|National Bureau of Statistics (Nigeria)]]. "
        "Gross "
        "external reserves reached [[US$43.05 billion|money|43050000000|USD]] on [[19 September|D|2025-09-19]].\n\n"
        "“[[Five months|D|P5M]] of disinflation and a stable exchange rate have created room for monetary policy to "
        "support recovery,” Governor [[Olayemi Cardoso|PERSON]] told journalists. "
        "[[Cardoso|PERSON|Olayemi Cardoso]] said the [[Bank|ORG|Central Bank of Nigeria]] expected inflation to "
        "keep falling for the rest of [[2025|D|2025]], but warned that it would tighten again if food prices "
        "rebounded.\n\n"
        "The naira closed at [[₦1,487.60|money|1487.6|NGN]] to the dollar on [[Monday|D|2025-09-22]]. The "
        "[[Manufacturers Association of Nigeria|ORG]] ([[MAN|ORG|Manufacturers Association of Nigeria]]) called "
        "for deeper cuts, saying its members were borrowing at [[more than 35 per cent|percent|35|%]].\n\n"
        "The next meeting is scheduled for [[24-25 November|D|2025-11-24/2025-11-25]].",
        [
            ("National Bureau of Statistics (Nigeria)", "according to", "Headline inflation eased to 20.12 per cent "
             "in August from 21.88 per cent in July, the fifth monthly decline in a row", False),
            ("Olayemi Cardoso", "tell", "Five months of disinflation and a stable exchange rate have created room "
             "for monetary policy to support recovery", True),
            ("Olayemi Cardoso", "say", "the Bank expected inflation to keep falling for the rest of 2025", False),
            ("Olayemi Cardoso", "warn", "it would tighten again if food prices rebounded", False),
            ("Manufacturers Association of Nigeria", "call for", "deeper cuts", False),
            ("Manufacturers Association of Nigeria", "say", "its members were borrowing at more than 35 per cent",
             False),
        ],
    ),
    (
        "own72-ho-02", "czech-statistical-office-average-wages-q2", "2025-09-05", "2025-09-05",
        "[[CZECH STATISTICAL OFFICE|ORG|Czech Statistical Office]]\n"
        "Average wages – [[2nd quarter of 2025|D|2025-04/2025-06]]\n"
        "Release date: [[05.09.2025|D|2025-09-05]]\n\n"
        "REAL WAGES UP [[5.3%|percent|5.3|%]]\n\n"
        "In [[the second quarter of 2025|D|2025-04/2025-06]], the average gross monthly nominal wage per "
        "full-time equivalent employee reached [[CZK 49,402|money|49402|CZK]], up [[CZK 3,574|money|3574|CZK]] or "
        "[[7.8%|percent|7.8|%]] on [[the same period of 2024|D|2024-04/2024-06]], according to preliminary data "
        "published [[today|D|2025-09-05]] by the [[Czech Statistical Office|ORG]] "
        "([[CZSO|ORG|Czech Statistical Office]]). Consumer prices rose [[2.4%|percent|2.4|%]] year on year, so "
        "wages grew [[5.3%|percent|5.3|%]] in real terms, the [[eighth|ordinal|8]] quarter of real growth in a "
        "row. The median wage was [[CZK 41,115|money|41115|CZK]], up [[7.2%|percent|7.2|%]]. "
        "[[Eighty per cent|percent|80|%]] of employees earned between [[CZK 22,080|money|22080|CZK]] and "
        "[[CZK 73,455|money|73455|CZK]] a month.\n\n"
        "Average gross monthly wage\n"
        "Period     Wage           Nominal   Real\n"
        "[[Q2 2024|D|2024-04/2024-06]]    [[CZK 45,828|money|45828|CZK]]     [[+6.6%|percent|6.6|%]]     "
        "[[+4.2%|percent|4.2|%]]\n"
        "[[Q1 2025|D|2025-01/2025-03]]    [[CZK 46,165|money|46165|CZK]]     [[+7.1%|percent|7.1|%]]     "
        "[[+4.2%|percent|4.2|%]]\n"
        "[[Q2 2025|D|2025-04/2025-06]]    [[CZK 49,402|money|49402|CZK]]     [[+7.8%|percent|7.8|%]]     "
        "[[+5.3%|percent|5.3|%]]\n\n"
        "Wages rose fastest in professional, scientific and technical activities ([[+12.7%|percent|12.7|%]]) "
        "and construction ([[+11.0%|percent|11|%]]), and slowest in mining and quarrying "
        "([[+4.8%|percent|4.8|%]]).\n\n"
        "“Real wages have now grown for [[two years|D|P2Y]], but they have not yet returned to their level of "
        "[[2021|D|2021]],” said [[Jitka Erhartová|PERSON]], head of the [[CZSO|ORG|Czech Statistical Office]] "
        "labour statistics department.\n\n"
        "The [[Czech National Bank|ORG]] expects average wage growth to slow to [[6.5%|percent|6.5|%]] in "
        "[[2026|D|2026]]. Minister of Labour and Social Affairs [[Marian Jurečka|PERSON]] said the minimum wage "
        "would rise to [[CZK 22,400|money|22400|CZK]] in [[January|D|2026-01]].",
        [
            ("Czech Statistical Office", "according to", "In the second quarter of 2025, the average gross monthly "
             "nominal wage per full-time equivalent employee reached CZK 49,402, up CZK 3,574 or 7.8% on the same "
             "period of 2024", False),
            ("Jitka Erhartová", "say", "Real wages have now grown for two years, but they have not yet returned to "
             "their level of 2021", True),
            ("Czech National Bank", "expect", "average wage growth to slow to 6.5% in 2026", False),
            ("Marian Jurečka", "say", "the minimum wage would rise to CZK 22,400 in January", False),
        ],
    ),
    (
        "own72-ho-03", "nutrien-third-quarter-results-2025", "2025-11-05", "2025-11-05",
        "[[Nutrien|ORG]] Reports [[Third Quarter 2025|D|2025-07/2025-09]] Results\n\n"
        "[[SASKATOON|GPE|Saskatoon]], [[Saskatchewan|GPE]], [[Nov. 5, 2025|D|2025-11-05]] – "
        "[[Nutrien|ORG]] ([[TSX|ORG|Toronto Stock Exchange]] and "
        "[[NYSE|ORG|New York Stock Exchange]]: NTR) [[today|D|2025-11-05]] reported net earnings of "
        "[[$469 million|money|469000000|USD]] for [[the third quarter of 2025|D|2025-07/2025-09]] and adjusted "
        "EBITDA of [[$1.4 billion|money|1400000000|USD]]. All amounts are in [[US|GPE|United States]] dollars unless otherwise noted.\n\n"
        "Highlights\n"
        "- Net earnings of [[$1.7 billion|money|1700000000|USD]] and adjusted EBITDA of "
        "[[$4.8 billion|money|4800000000|USD]] in [[the first nine months of 2025|D|2025-01/2025-09]]\n"
        "- Potash sales volumes of [[4.1 million tonnes|quantity|4100000|t]] in the quarter and a record "
        "[[10.9 million tonnes|quantity|10900000|t]] since [[January|D|2025-01]]\n"
        "- [[2025|D|2025]] potash sales guidance raised to [[14.0|quantity|14000000|t]]-"
        "[[14.5 million tonnes|quantity|14500000|t]]\n"
        "- Ammonia utilization rate of [[94%|percent|94|%]], up [[7 percentage points|percent|7|pp]] from "
        "[[2024|D|2024]]\n"
        "- [[$1.2 billion|money|1200000000|USD]] returned to shareholders, up [[42%|percent|42|%]]\n"
        "- Review of strategic alternatives for the phosphate business\n\n"
        "“Record fertilizer volumes and lower costs carried the quarter, and we have raised our potash outlook "
        "for the [[second|ordinal|2]] time [[this year|D|2025]],” said [[Ken Seitz|PERSON]], President and CEO "
        "of [[Nutrien|ORG]]. [[Seitz|PERSON|Ken Seitz]] said the company expected global potash shipments of "
        "[[74|quantity|74000000|t]] to [[77 million tonnes|quantity|77000000|t]] in [[2026|D|2026]].\n\n"
        "Chief Financial Officer [[Mark Thompson|PERSON]] warned that lower phosphate margins and a turnaround at "
        "the company’s nitrogen plant in [[Redwater|GPE|Redwater, Alberta]], [[Alberta|GPE]], would weigh on "
        "[[fourth-quarter|D|2025-10/2025-12]] earnings.\n\n"
        "The board declared a quarterly dividend of [[$0.545|money|0.545|USD]] per share, payable on "
        "[[January 16, 2026|D|2026-01-16]].\n\n"
        "About [[Nutrien|ORG]]\n"
        "[[Nutrien|ORG]] is the world’s largest provider of crop inputs and services, operating "
        "[[six|count|6|mine]] potash mines in [[Saskatchewan|GPE]] and [[about 2,000|count|2000|location]] retail "
        "locations in [[North America|LOC]], [[South America|LOC]] and [[Australia|GPE]].",
        [
            ("Ken Seitz", "say", "Record fertilizer volumes and lower costs carried the quarter, and we have raised "
             "our potash outlook for the second time this year", True),
            ("Ken Seitz", "say", "the company expected global potash shipments of 74 to 77 million tonnes in 2026",
             False),
            ("Mark Thompson", "warn", "lower phosphate margins and a turnaround at the company’s nitrogen plant in "
             "Redwater, Alberta, would weigh on fourth-quarter earnings", False),
        ],
    ),
    (
        "own72-ho-04", "eccc-most-impactful-weather-stories-2024", "2024-12-10", "2024-12-10",
        "From: [[Environment and Climate Change Canada|ORG]]\n\n"
        "News release\n\n"
        "[[Canada|GPE]]’s [[10|count|10|story]] most impactful weather stories of [[2024|D|2024]]\n\n"
        "[[December 10, 2024|D|2024-12-10]] – [[Gatineau|GPE]], [[Quebec|GPE]]\n\n"
        "[[Environment and Climate Change Canada|ORG]] ([[ECCC|ORG|Environment and Climate Change Canada]]) "
        "[[today|D|2024-12-10]] released its annual list. It was "
        "the costliest year on record for weather disasters in [[Canada|GPE]]: according to "
        "the insurance data firm [[Catastrophe Indices and Quantification|ORG]] "
        "([[CatIQ|ORG|Catastrophe Indices and Quantification]]), [[four|count|4|event]] events in "
        "[[July|D|2024-07]] and [[August|D|2024-08]] alone caused [[more than $7.7 billion|money|7700000000|CAD]] "
        "in insured damage.\n\n"
        "Stories from [[Quebec|GPE]] and the [[Prairies|LOC|Canadian Prairies]]\n"
        "1. [[Jasper|GPE|Jasper, Alberta]]’s inferno: after [[38 °C|quantity|38|°C]] on "
        "[[July 21|D|2024-07-21]], lightning on [[July 22|D|2024-07-22]] started fires that burned "
        "[[32,722 hectares|quantity|32722|ha]] of [[Jasper National Park|LOC]] and destroyed "
        "[[358|count|358|structure]] of the town’s [[1,113|count|1113|structure]] structures.\n"
        "2. Hail in [[Calgary|GPE]]: the storm of [[August 5|D|2024-08-05]] caused "
        "[[$2.8 billion|money|2800000000|CAD]] in insured losses, the [[second|ordinal|2]] costliest weather event "
        "in [[Canadian|NORP]] history.\n"
        "3. [[Debby|EVENT|Hurricane Debby (2024)]] in southern [[Quebec|GPE]]: on [[August 9|D|2024-08-09]] the remnants of "
        "[[Hurricane Debby|EVENT|Hurricane Debby (2024)]] dropped [[up to 200 mm|quantity|200|mm]] of rain along "
        "the [[St. Lawrence|LOC|Saint Lawrence River]]; "
        "[[Montréal-Trudeau|FAC|Montréal–Trudeau International Airport]] airport recorded "
        "[[153.8 mm|quantity|153.8|mm]], its wettest day on record.\n"
        "4. [[Prairie|LOC|Canadian Prairies]] deep freeze: from [[January 10 to 17|D|2024-01-10/2024-01-17]], "
        "temperatures fell to [[-45 °C|quantity|-45|°C]] in [[Alberta|GPE]] and "
        "[[Saskatchewan|GPE]], and the [[Alberta Electric System Operator|ORG]] issued a grid alert on "
        "[[January 13|D|2024-01-13]].\n\n"
        "“These are not isolated events. A changing climate is costing [[Canadians|NORP|Canadian]] billions of "
        "dollars and putting lives at risk,” said the Minister of Environment and Climate Change, "
        "[[Steven Guilbeault|PERSON]].\n\n"
        "[[ECCC|ORG|Environment and Climate Change Canada]] warned that the wildfire season could start early in "
        "[[2025|D|2025]] after a dry [[autumn|D|2024-09/2024-11]] on the [[Prairies|LOC|Canadian Prairies]]. The "
        "list has been compiled every year since [[1996|D|1996]].",
        [
            ("Catastrophe Indices and Quantification", "according to", "four events in July and August alone "
             "caused more than $7.7 billion in insured damage", False),
            ("Steven Guilbeault", "say", "These are not isolated events. A changing climate is costing Canadians "
             "billions of dollars and putting lives at risk", True),
            ("Environment and Climate Change Canada", "warn", "the wildfire season could start early in 2025 after a "
             "dry autumn on the Prairies", False),
        ],
    ),
    (
        "own72-ho-05", "unhcr-jordan-returns-to-syria-update", "2025-08-14", "2025-08-14",
        "[[UNHCR|ORG|United Nations High Commissioner for Refugees]] [[Jordan|GPE]]\n"
        "Operational update: returns to [[Syria|GPE]]\n"
        "Published: [[14 August 2025|D|2025-08-14]]\n"
        "Reporting period: [[1-31 July 2025|D|2025-07-01/2025-07-31]]\n\n"
        "[[About 28,000|count|28000|refugee]] registered [[Syrian|NORP]] refugees returned from [[Jordan|GPE]] "
        "to [[Syria|GPE]] in [[July|D|2025-07]], the highest monthly number since the fall of "
        "[[Bashar al-Assad|PERSON]]’s government on [[8 December 2024|D|2024-12-08]]. In all, "
        "[[more than 120,000|count|120000|refugee]] refugees have returned from [[Jordan|GPE]] since then, most "
        "of them to [[Daraa|GPE|Daraa Governorate]] and [[Homs|GPE|Homs Governorate]] governorates. Women and "
        "girls made up [[45%|percent|45|%]] of returnees and children [[43%|percent|43|%]].\n\n"
        "Key figures\n"
        "-- Registered [[Syrian|NORP]] refugees remaining in [[Jordan|GPE]]: "
        "[[about 520,000|count|520000|refugee]]\n"
        "-- Returns from [[Zaatari|FAC|Zaatari refugee camp]] camp since [[December|D|2024-12]]: "
        "[[19,600|count|19600|return]]\n"
        "-- Returns from [[Azraq|FAC|Azraq refugee camp]] camp: [[8,300|count|8300|return]]\n"
        "-- Refugees given free transport since [[February|D|2025-02]]: [[10,450|count|10450|refugee]]\n"
        "-- Cash assistance paid in [[July|D|2025-07]]: [[JOD 2.3 million|money|2300000|JOD]]\n"
        "-- [[2025|D|2025]] funding requirement: [[US$372 million|money|372000000|USD]], of which "
        "[[31%|percent|31|%]] received\n\n"
        "We have expanded transport assistance and legal counselling for families who choose to go home.\n\n"
        "High Commissioner [[Filippo Grandi|PERSON]] urged donors to fund reintegration inside "
        "[[Syria|GPE]], warning that returns without homes, jobs and services would not last. Foreign Minister "
        "[[Ayman Safadi|PERSON]] told reporters in [[Amman|GPE]] on [[Monday|D|2025-08-11]] that [[Jordan|GPE]] "
        "would help rebuild water and power networks in southern [[Syria|GPE]].\n\n"
        "[[UNHCR|ORG|United Nations High Commissioner for Refugees]] expects "
        "[[up to 200,000|count|200000|refugee]] refugees in total to return from [[Jordan|GPE]] "
        "[[this year|D|2025]].",
        [
            ("Filippo Grandi", "urge", "donors to fund reintegration inside Syria", False),
            ("Filippo Grandi", "warn", "returns without homes, jobs and services would not last", False),
            ("Ayman Safadi", "tell", "Jordan would help rebuild water and power networks in southern Syria", False),
            ("United Nations High Commissioner for Refugees", "expect", "up to 200,000 refugees in total to return "
             "from Jordan this year", False),
        ],
    ),
    (
        "own72-ho-06", "world-health-assembly-pandemic-agreement", "2025-05-20", "2025-05-20",
        "From: [[World Health Organization|ORG]]\n"
        "Published: [[20 May 2025|D|2025-05-20]]\n\n"
        "[[WORLD HEALTH ASSEMBLY|ORG|World Health Assembly]] ADOPTS "
        "[[WHO PANDEMIC AGREEMENT|LAW|WHO Pandemic Agreement]]\n\n"
        "[[Geneva|GPE]] – Member States of the [[World Health Organization|ORG]] "
        "([[WHO|ORG|World Health Organization]]) [[today|D|2025-05-20]] adopted by consensus the "
        "[[WHO Pandemic Agreement|LAW]], the [[first|ordinal|1]] global accord on preventing and responding to "
        "pandemics, at the [[78th|ordinal|78]] session of the [[World Health Assembly|ORG]]. The decision in "
        "plenary followed a vote in committee [[yesterday|D|2025-05-19]], with [[124|count|124|vote]] votes in "
        "favour, no objections and [[11|count|11|abstention]] abstentions, among them [[Poland|GPE]], "
        "[[Israel|GPE]], [[Italy|GPE]], [[Russia|GPE]], [[Slovakia|GPE]] and [[Iran|GPE]]. The "
        "[[United States|GPE]], which began to withdraw from [[WHO|ORG|World Health Organization]] in "
        "[[January|D|2025-01]], took no part.\n\n"
        "“Today the world is safer. This agreement is a win for public health, for science and for working "
        "together,” said [[WHO|ORG|World Health Organization]] Director-General "
        "[[Tedros Adhanom Ghebreyesus|PERSON]]. [[Tedros|PERSON|Tedros Adhanom Ghebreyesus]] urged Member States "
        "to finish the annex on pathogen access and benefit sharing in time for the next "
        "[[Assembly|ORG|World Health Assembly]] in [[May 2026|D|2026-05]].\n\n"
        "The President of the [[Assembly|ORG|World Health Assembly]], [[Philippines|GPE]] Secretary of Health "
        "[[Teodoro Herbosa|PERSON]], said governments had negotiated the text “exercising their national "
        "sovereignty” over [[more than three years|D|P3Y]].\n\n"
        "Key facts\n"
        "- Negotiations began in [[December 2021|D|2021-12]] and took [[13|count|13|round]] formal rounds.\n"
        "- In a pandemic, manufacturers taking part in the pathogen access and benefit-sharing system are to make "
        "[[20%|percent|20|%]] of their real-time production of vaccines, treatments and tests available to "
        "[[WHO|ORG|World Health Organization]].\n"
        "- The agreement enters into force after [[60|count|60|ratification]] ratifications.",
        [
            ("Tedros Adhanom Ghebreyesus", "say", "Today the world is safer. This agreement is a win for public "
             "health, for science and for working together", True),
            ("Tedros Adhanom Ghebreyesus", "urge", "Member States to finish the annex on pathogen access and "
             "benefit sharing in time for the next Assembly in May 2026", False),
            ("Teodoro Herbosa", "say", "governments had negotiated the text “exercising their national sovereignty” "
             "over more than three years", False),
        ],
    ),
    (
        "own72-ho-07", "purc-ghana-fourth-quarter-tariff-review", "2025-09-23", "2025-09-23",
        "[[PUBLIC UTILITIES REGULATORY COMMISSION|ORG|Public Utilities Regulatory Commission]]\n"
        "PRESS STATEMENT\n"
        "[[Accra|GPE]] – [[23/09/2025|D|2025-09-23]]\n\n"
        "ELECTRICITY TARIFFS UP [[1.14 PERCENT|percent|1.14|%]] FOR "
        "[[FOURTH QUARTER 2025|D|2025-10/2025-12]]; WATER TARIFFS UNCHANGED\n\n"
        "The [[Public Utilities Regulatory Commission|ORG]] ([[PURC|ORG|Public Utilities Regulatory Commission]]) "
        "announces an upward adjustment of [[1.14 percent|percent|1.14|%]] in electricity tariffs for all "
        "customer categories, effective [[Wednesday, 1st October 2025|D|2025-10-01]]. Water tariffs will remain "
        "unchanged for the quarter.\n\n"
        "The adjustment follows the [[Commission|ORG|Public Utilities Regulatory Commission]]’s quarterly review "
        "of the factors that drive the cost of utility services:\n"
        "• Cedi-dollar exchange rate: [[GH¢12.3715|money|12.3715|GHS]] to [[US$1|money|1|USD]], including an "
        "under-recovery of [[GH¢0.3980|money|0.398|GHS]] from [[the third quarter|D|2025-07/2025-09]]\n"
        "• Average inflation: [[12.43 percent|percent|12.43|%]]\n"
        "• Weighted average cost of gas: [[US$7.7134|money|7.7134|USD]] per MMBtu\n"
        "• Generation mix: [[28.80 percent|percent|28.8|%]] hydro and [[71.20 percent|percent|71.2|%]] thermal\n\n"
        "“The adjustment is modest, but it keeps the real value of tariffs and allows the utilities to keep "
        "delivering power and water,” said the Acting Executive Secretary, [[Shafic Suleman|PERSON]]. Director of "
        "Research [[Eric Obutey|PERSON]] said the computation for water had shown a change of only "
        "[[0.1 percent|percent|0.1|%]], which the [[Commission|ORG|Public Utilities Regulatory Commission]] "
        "decided not to pass on.\n\n"
        "The [[PURC|ORG|Public Utilities Regulatory Commission]] urged the "
        "[[Electricity Company of Ghana|ORG]] ([[ECG|ORG|Electricity Company of Ghana]]) to reduce its losses, "
        "which reached [[about 34 percent|percent|34|%]] of the power it bought in [[2024|D|2024]]. The "
        "[[Association of Ghana Industries|ORG]] called for the increase to be suspended until the major tariff "
        "review due in [[2026|D|2026]].\n\n"
        "Notes to editors\n"
        "1. The [[PURC|ORG|Public Utilities Regulatory Commission]] was set up under the "
        "[[Public Utilities Regulatory Commission Act, 1997|LAW]] (Act 538) to regulate electricity and water "
        "tariffs in [[Ghana|GPE]].\n"
        "2. Tariffs are reviewed every quarter.",
        [
            ("Public Utilities Regulatory Commission", "announce", "an upward adjustment of 1.14 percent in "
             "electricity tariffs for all customer categories, effective Wednesday, 1st October 2025", False),
            ("Shafic Suleman", "say", "The adjustment is modest, but it keeps the real value of tariffs and allows "
             "the utilities to keep delivering power and water", True),
            ("Eric Obutey", "say", "the computation for water had shown a change of only 0.1 percent, which the "
             "Commission decided not to pass on", False),
            ("Public Utilities Regulatory Commission", "urge", "the Electricity Company of Ghana (ECG) to reduce its "
             "losses, which reached about 34 percent of the power it bought in 2024", False),
            ("Association of Ghana Industries", "call for", "the increase to be suspended until the major tariff "
             "review due in 2026", False),
        ],
    ),
]
