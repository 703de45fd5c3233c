"""Held-out set 61 (blind): marked texts of briefs 01-07 and their statements (see
``build_own61_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own61-ho-01", "bceao-monetary-policy-committee-decision", "2025-12-03", "2025-12-03",
        "[[CENTRAL BANK OF WEST AFRICAN STATES|ORG|Central Bank of West African States]]\n"
        "Press release on the meeting of the [[Monetary Policy Committee|ORG|Monetary Policy Committee (BCEAO)]]\n"
        "[[Dakar|GPE]], [[3 December 2025|D|2025-12-03]]\n\n"
        "KEY RATES LOWERED BY [[25 BASIS POINTS|percent|0.25|pp]]\n\n"
        "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (BCEAO)]] of the "
        "[[Central Bank of West African States|ORG]] ([[BCEAO|ORG|Central Bank of West African States]]) met "
        "[[today|D|2025-12-03]] in [[Dakar|GPE]], chaired by Governor [[Jean-Claude Kassi Brou|PERSON]]. It "
        "decided to lower the minimum bid rate for liquidity tenders by [[25 basis points|percent|0.25|pp]] to "
        "[[3.00%|percent|3.00|%]] and the marginal lending rate to [[5.00%|percent|5.00|%]], effective "
        "[[16 December 2025|D|2025-12-16]].\n\n"
        "Key figures for the [[West African Economic and Monetary Union|ORG]] "
        "([[WAEMU|ORG|West African Economic and Monetary Union]])\n"
        "• Inflation, [[October 2025|D|2025-10]]: [[-0.3%|percent|-0.3|%]] year on year\n"
        "• GDP growth, [[third quarter|D|2025-07/2025-09]]: [[6.6%|percent|6.6|%]]\n"
        "• Foreign reserves, [[31 October|D|2025-10-31]]: "
        "[[17,800 billion CFA francs|money|17800000000000|XOF]]\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (BCEAO)]] noted that prices had fallen for "
        "[[five months|D|P5M]] in a row thanks to good harvests and that inflation was expected to stay within "
        "the target range of [[1%|percent|1|%]] to [[3%|percent|3|%]] in [[2026|D|2026]].\n\n"
        "After the meeting, [[Kassi Brou|PERSON|Jean-Claude Kassi Brou]] said the cut "
        "would lower the cost of credit for households and small firms in the [[eight|count|8|country]] member "
        "countries. “Growth in the Union remains among the strongest in [[Africa|LOC]], and we now have room "
        "to support it without putting price stability at risk,” the Governor said. He warned that insecurity "
        "in the [[Sahel|LOC]] and the fall in cocoa prices remained risks to the outlook.\n\n"
        "[[Senegal|GPE]]’s Minister of Finance and Budget, [[Cheikh Diba|PERSON]], welcomed the decision and "
        "pledged to bring the budget deficit down to [[5.4%|percent|5.4|%]] of GDP in [[2026|D|2026]].\n\n"
        "The next meeting of the [[Committee|ORG|Monetary Policy Committee (BCEAO)]] will be held on "
        "[[4 March 2026|D|2026-03-04]].",
        [
            ("Monetary Policy Committee (BCEAO)", "note", "prices had fallen for five months in a row thanks to "
             "good harvests and that inflation was expected to stay within the target range of 1% to 3% in 2026",
             False),
            ("Jean-Claude Kassi Brou", "say", "the cut would lower the cost of credit for households and small "
             "firms in the eight member countries", False),
            ("Jean-Claude Kassi Brou", "say", "Growth in the Union remains among the strongest in Africa, and we "
             "now have room to support it without putting price stability at risk", True),
            ("Jean-Claude Kassi Brou", "warn", "insecurity in the Sahel and the fall in cocoa prices remained "
             "risks to the outlook", False),
            ("Cheikh Diba", "pledge", "bring the budget deficit down to 5.4% of GDP in 2026", False),
        ],
    ),
    (
        "own61-ho-02", "bangladesh-bureau-of-statistics-inflation", "2025-12-08", "2025-12-08",
        "[[BANGLADESH BUREAU OF STATISTICS|ORG|Bangladesh Bureau of Statistics]]\n"
        "Consumer Price Index and inflation, [[November 2025|D|2025-11]]\n"
        "From: [[Statistics and Informatics Division|ORG|Statistics and Informatics Division (Bangladesh)]], "
        "[[Ministry of Planning|ORG|Ministry of Planning (Bangladesh)]]\n"
        "[[Dhaka|GPE]], [[8 December 2025|D|2025-12-08]]\n\n"
        "INFLATION EASES TO [[8.29 PER CENT|percent|8.29|%]]\n\n"
        "Point-to-point inflation in [[Bangladesh|GPE]] eased to [[8.29%|percent|8.29|%]] in "
        "[[November|D|2025-11]] from [[8.36%|percent|8.36|%]] in [[October|D|2025-10]], the "
        "[[Bangladesh Bureau of Statistics|ORG]] ([[BBS|ORG|Bangladesh Bureau of Statistics]]) said. Food "
        "inflation fell to [[7.36%|percent|7.36|%]], while non-food inflation rose "
        "[[0.2 percentage point|percent|0.2|pp]] to [[9.08%|percent|9.08|%]].\n\n"
        "Inflation by area, [[November 2025|D|2025-11]]\n"
        "           General   Food     Non-food\n"
        "National   [[8.29%|percent|8.29|%]]     [[7.36%|percent|7.36|%]]    [[9.08%|percent|9.08|%]]\n"
        "Rural      [[8.41%|percent|8.41|%]]     [[7.52%|percent|7.52|%]]    [[9.27%|percent|9.27|%]]\n"
        "Urban      [[8.02%|percent|8.02|%]]     [[6.98%|percent|6.98|%]]    [[8.81%|percent|8.81|%]]\n\n"
        "The 12-month average inflation rate stood at [[8.9%|percent|8.9|%]]. The wage rate index rose "
        "[[8.04%|percent|8.04|%]], below inflation for the [[46th|ordinal|46]] month in a row. Prices of rice, "
        "the staple for [[173 million|count|173000000|person]] [[Bangladeshis|NORP|Bangladeshi]], were "
        "[[12%|percent|12|%]] higher than in [[November 2024|D|2024-11]], the bureau noted.\n\n"
        "Finance Adviser [[Salehuddin Ahmed|PERSON]] told reporters at the "
        "[[Secretariat|FAC|Bangladesh Secretariat]] that inflation would fall below [[7%|percent|7|%]] by "
        "[[June|D|2026-06]], when the fiscal year ends. [[Bangladesh Bank|ORG]] Governor "
        "[[Ahsan H. Mansur|PERSON]] said the central bank would keep its policy rate at [[10%|percent|10|%]] "
        "until inflation was “clearly on the way down” in the official data.\n\n"
        "The [[World Bank|ORG]] estimates that [[3 million|count|3000000|person]] more people in "
        "[[Bangladesh|GPE]] fell into poverty in [[2025|D|2025]].\n\n"
        "The index for [[December|D|2025-12]] will be released in [[January|D|2026-01]].",
        [
            ("Bangladesh Bureau of Statistics", "say", "Point-to-point inflation in Bangladesh eased to 8.29% in "
             "November from 8.36% in October", False),
            ("Bangladesh Bureau of Statistics", "note", "Prices of rice, the staple for 173 million Bangladeshis, "
             "were 12% higher than in November 2024", False),
            ("Salehuddin Ahmed", "tell", "inflation would fall below 7% by June, when the fiscal year ends",
             False),
            ("Ahsan H. Mansur", "say", "the central bank would keep its policy rate at 10% until inflation was "
             "“clearly on the way down” in the official data", False),
            ("World Bank", "estimate", "3 million more people in Bangladesh fell into poverty in 2025", False),
        ],
    ),
    (
        "own61-ho-03", "aluminium-bahrain-third-quarter-results", "2025-11-06", "2025-11-06",
        "[[ALUMINIUM BAHRAIN|ORG|Aluminium Bahrain]] ([[ALBA|ORG|Aluminium Bahrain]]) REPORTS "
        "[[THIRD QUARTER 2025|D|2025-07/2025-09]] RESULTS\n\n"
        "[[Manama|GPE]], [[Kingdom of Bahrain|GPE|Bahrain]], [[6 November 2025|D|2025-11-06]] – "
        "[[Aluminium Bahrain B.S.C.|ORG|Aluminium Bahrain]] ([[Alba|ORG|Aluminium Bahrain]]) "
        "[[today|D|2025-11-06]] reported a net profit of [[BD 41.2 million|money|41200000|BHD]] "
        "([[US$109.6 million|money|109600000|USD]]) for [[the third quarter of 2025|D|2025-07/2025-09]], up "
        "[[18%|percent|18|%]] year on year, as aluminium prices on the "
        "[[London Metal Exchange|ORG]] ([[LME|ORG|London Metal Exchange]]) recovered.\n\n"
        "[[Q3 2025|D|2025-07/2025-09]] at a glance\n"
        "- Sales: [[414,706 metric tonnes|quantity|414706|t]], up [[2.1%|percent|2.1|%]]\n"
        "- Revenue: [[BD 430.5 million|money|430500000|BHD]]\n"
        "- Average [[LME|ORG|London Metal Exchange]] price: [[US$2,620|money|2620|USD]] per tonne\n"
        "- Value-added products: [[72%|percent|72|%]] of sales\n"
        "- Net profit, [[first nine months|D|2025-01/2025-09]]: "
        "[[BD 118.9 million|money|118900000|BHD]]\n\n"
        "“Our teams delivered a safe and steady quarter despite higher alumina costs,” said Chief Executive "
        "Officer [[Ali Al Baqali|PERSON]]. [[Al Baqali|PERSON|Ali Al Baqali]] warned that the "
        "[[50%|percent|50|%]] [[U.S.|GPE|United States]] tariff on aluminium imports had cut shipments to "
        "[[North America|LOC]] and that [[Alba|ORG|Aluminium Bahrain]] was selling more metal in "
        "[[Europe|LOC]] and [[Asia|LOC]] instead.\n\n"
        "Chairman [[Shaikh Daij bin Salman bin Daij Al Khalifa|PERSON|Daij bin Salman bin Daij Al Khalifa]] "
        "noted that the smelter in [[Askar|GPE]] had run for [[four years|D|P4Y]] without a lost-time injury.\n\n"
        "The company expects to produce [[about 1.62 million tonnes|quantity|1620000|t]] of hot metal in "
        "[[2025|D|2025]], a record, and said a new gas-fired power station would add "
        "[[680 megawatts|quantity|680|MW]] of capacity by [[2027|D|2027]]. [[Alba|ORG|Aluminium Bahrain]] is "
        "owned [[69.38%|percent|69.38|%]] by [[Bahrain Mumtalakat Holding Company|ORG]] and "
        "[[20.62%|percent|20.62|%]] by [[SABIC|ORG]].",
        [
            ("Ali Al Baqali", "say", "Our teams delivered a safe and steady quarter despite higher alumina costs",
             True),
            ("Ali Al Baqali", "warn", "the 50% U.S. tariff on aluminium imports had cut shipments to North "
             "America and that Alba was selling more metal in Europe and Asia instead", False),
            ("Daij bin Salman bin Daij Al Khalifa", "note", "the smelter in Askar had run for four years without "
             "a lost-time injury", False),
            ("Aluminium Bahrain", "expect", "produce about 1.62 million tonnes of hot metal in 2025, a record",
             False),
            ("Aluminium Bahrain", "say", "a new gas-fired power station would add 680 megawatts of capacity by "
             "2027", False),
        ],
    ),
    (
        "own61-ho-04", "fsai-infant-formula-recall", "2026-01-09", "2026-01-09",
        "[[FOOD SAFETY AUTHORITY OF IRELAND|ORG|Food Safety Authority of Ireland]]\n"
        "Food alert: recall of batches of infant formula\n"
        "[[Dublin|GPE]], [[Friday, 9 January 2026|D|2026-01-09]]\n\n"
        "Alert summary\n"
        "Category: Category 1, for action\n"
        "Product: [[SMA ADVANCED First Infant Milk|PRODUCT]], [[800g|quantity|800|g]]\n"
        "Batch codes: 51450742F1, 52319019AA\n"
        "Best before: [[30 June 2027|D|2027-06-30]] and [[31 July 2027|D|2027-07-31]]\n"
        "Country of origin: [[Netherlands|GPE]]\n"
        "Hazard: possible presence of cereulide\n\n"
        "The [[Food Safety Authority of Ireland|ORG]] ([[FSAI|ORG|Food Safety Authority of Ireland]]) said "
        "[[today|D|2026-01-09]] that [[Nestlé|ORG]] was recalling [[two|count|2|batch]] batches of the formula "
        "as a precaution after an oil from a supplier was found to contain cereulide, a toxin made by some "
        "bacteria. No illness linked to the product has been reported in [[Ireland|GPE]], the "
        "[[Authority|ORG|Food Safety Authority of Ireland]] added.\n\n"
        "The recall covers [[about 14,000|count|14000|tin]] tins sold in [[Ireland|GPE]] since "
        "[[September|D|2025-09]]. The [[400g|quantity|400|g]] tins and ready-to-feed bottles are not affected. "
        "Retailers must remove the batches from sale and display point-of-sale recall notices.\n\n"
        "[[FSAI|ORG|Food Safety Authority of Ireland]] Chief Executive [[Greg Dempsey|PERSON]] said: “Formula "
        "is often the only food a baby takes, so we are asking every shop and pharmacy to check its shelves "
        "[[today|D|2026-01-09]].”\n\n"
        "[[Nestlé|ORG]] said it would refund customers in full and that the same batches had been recalled in "
        "the [[United Kingdom|GPE]] and [[France|GPE]]. Minister for Health "
        "[[Jennifer Carroll MacNeill|PERSON]] urged parents with questions to contact their GP or the "
        "[[Health Service Executive|ORG]].\n\n"
        "Notes to editors\n"
        "- Cereulide is not destroyed by boiling water or by making up feeds at [[70°C|quantity|70|°C]].\n"
        "- The [[FSAI|ORG|Food Safety Authority of Ireland]] issued [[23|count|23|alert]] food alerts and "
        "allergen alerts in [[December|D|2025-12]].",
        [
            ("Food Safety Authority of Ireland", "say", "Nestlé was recalling two batches of the formula as a "
             "precaution after an oil from a supplier was found to contain cereulide, a toxin made by some "
             "bacteria", False),
            ("Food Safety Authority of Ireland", "add", "No illness linked to the product has been reported in "
             "Ireland", False),
            ("Greg Dempsey", "say", "Formula is often the only food a baby takes, so we are asking every shop and "
             "pharmacy to check its shelves today.", True),
            ("Nestlé", "say", "it would refund customers in full and that the same batches had been recalled in "
             "the United Kingdom and France", False),
            ("Jennifer Carroll MacNeill", "urge", "parents with questions to contact their GP or the Health "
             "Service Executive", False),
        ],
    ),
    (
        "own61-ho-05", "nepal-red-cross-koshi-floods-update", "2025-10-08", "2025-10-08",
        "[[NEPAL RED CROSS SOCIETY|ORG|Nepal Red Cross Society]]\n"
        "Humanitarian update no. 2: floods and landslides in [[Koshi Province|GPE]]\n"
        "[[Kathmandu|GPE]], [[8 October 2025|D|2025-10-08]]\n\n"
        "Torrential rain [[from 3 to 5 October|D|2025-10-03/2025-10-05]] set off landslides and floods across "
        "eastern [[Nepal|GPE]]. [[Ilam|GPE|Ilam District]] district was the worst hit, and sections of the "
        "[[Mahendra Highway|FAC]] were washed away.\n\n"
        "-- Deaths: [[53|count|53|death]], [[37|count|37|death]] of them in [[Ilam|GPE|Ilam District]]\n"
        "-- Missing: [[8|count|8|person]]\n"
        "-- Houses destroyed or damaged: [[1,240|count|1240|house]]\n"
        "-- [[Red Cross|ORG|Nepal Red Cross Society]] volunteers deployed: [[650|count|650|volunteer]]\n"
        "-- Family kits distributed: [[2,300|count|2300|kit]]\n\n"
        "Rainfall of [[more than 300 millimetres|quantity|300|mm]] was recorded in the basin of the "
        "[[Mai|LOC|Mai River]] river on [[Saturday|D|2025-10-04]].\n\n"
        "“Whole villages have been cut off, and our volunteers are carrying food on foot where no vehicle can "
        "pass,” said [[Umesh Prasad Dhakal|PERSON]], Secretary General of the "
        "[[Nepal Red Cross Society|ORG]]. The [[Society|ORG|Nepal Red Cross Society]] appealed for "
        "[[Rs 50 million|money|50000000|NPR]] to help [[5,000|count|5000|family]] families over "
        "[[three months|D|P3M]].\n\n"
        "Prime Minister [[Sushila Karki|PERSON]] announced [[Rs 200,000|money|200000|NPR]] for the family of "
        "each person killed and said the army would rebuild the damaged bridges before "
        "[[31 October|D|2025-10-31]]. [[India|GPE]] flew in relief supplies on [[Monday|D|2025-10-06]].\n\n"
        "The [[Department of Hydrology and Meteorology|ORG|Department of Hydrology and Meteorology (Nepal)]] "
        "warned that more rain was likely in [[Koshi|GPE|Koshi Province]] and "
        "[[Madhesh|GPE|Madhesh Province]] provinces until [[Friday|D|2025-10-10]].",
        [
            ("Umesh Prasad Dhakal", "say", "Whole villages have been cut off, and our volunteers are carrying "
             "food on foot where no vehicle can pass", True),
            ("Nepal Red Cross Society", "appeal for", "Rs 50 million to help 5,000 families over three months",
             False),
            ("Sushila Karki", "announce", "Rs 200,000 for the family of each person killed", False),
            ("Sushila Karki", "say", "the army would rebuild the damaged bridges before 31 October", False),
            ("Department of Hydrology and Meteorology (Nepal)", "warn", "more rain was likely in Koshi and "
             "Madhesh provinces until Friday", False),
        ],
    ),
    (
        "own61-ho-06", "png-prime-minister-independence-50", "2025-09-16", "2025-09-16",
        "From: [[Office of the Prime Minister|ORG|Office of the Prime Minister (Papua New Guinea)]], "
        "[[Independent State of Papua New Guinea|GPE|Papua New Guinea]]\n"
        "[[Port Moresby|GPE]], [[16 September 2025|D|2025-09-16]]\n\n"
        "STATEMENT BY PRIME MINISTER [[JAMES MARAPE|PERSON|James Marape]] ON THE [[50TH|ordinal|50]] "
        "ANNIVERSARY OF INDEPENDENCE\n\n"
        "[[Papua New Guinea|GPE]] [[today|D|2025-09-16]] marks [[50 years|D|P50Y]] since independence from "
        "[[Australia|GPE]] on [[16 September 1975|D|1975-09-16]]. Tens of thousands of "
        "people gathered at [[Sir John Guise Stadium|FAC]] for the flag-raising.\n\n"
        "In his address, Prime Minister [[James Marape|PERSON]] said: “[[Fifty years ago|D|1975]] we were told "
        "we were not ready. We are a nation of [[more than 800|count|800|language]] languages, and we are still "
        "standing together.”\n\n"
        "[[Marape|PERSON|James Marape]] announced a [[K500 million|money|500000000|PGK]] fund for rural roads "
        "and schools in all [[22|count|22|province]] provinces. He said the mutual defence treaty with "
        "[[Australia|GPE]], to be known as the [[Pukpuk Treaty|LAW]], would be signed once the Cabinet had "
        "approved the final text.\n\n"
        "[[Australian|NORP]] Prime Minister [[Anthony Albanese|PERSON]], who attended the ceremony with "
        "[[Prince Edward|PERSON|Prince Edward, Duke of Edinburgh]], said the [[two|count|2|country]] countries "
        "were “family” and would stand together in any crisis. Governor-General [[Bob Dadae|PERSON]] urged [[Papua New Guineans|NORP|Papua New Guinean]] "
        "to mark the jubilee peacefully and to respect the 9 p.m. curfew in [[Port Moresby|GPE]].\n\n"
        "Key facts\n"
        "-- Population: [[about 12 million|count|12000000|person]]\n"
        "-- Provinces: [[22|count|22|province]], including the [[Autonomous Region of Bougainville|GPE]]\n"
        "-- Prime Ministers since [[1975|D|1975]]: [[nine|count|9|prime minister]]",
        [
            ("James Marape", "say", "Fifty years ago we were told we were not ready. We are a nation of more "
             "than 800 languages, and we are still standing together.", True),
            ("James Marape", "announce", "a K500 million fund for rural roads and schools in all 22 provinces",
             False),
            ("James Marape", "say", "the mutual defence treaty with Australia, to be known as the Pukpuk Treaty, "
             "would be signed once the Cabinet had approved the final text", False),
            ("Anthony Albanese", "say", "the two countries were “family” and would stand together in any crisis", False),
            ("Bob Dadae", "urge", "Papua New Guineans to mark the jubilee peacefully and to respect the 9 p.m. "
             "curfew in Port Moresby", False),
        ],
    ),
    (
        "own61-ho-07", "aemo-electricity-statement-of-opportunities", "2025-08-21", "2025-08-21",
        "[[AUSTRALIAN ENERGY MARKET OPERATOR|ORG|Australian Energy Market Operator]]\n"
        "Media release\n"
        "[[Melbourne|GPE]], [[21 August 2025|D|2025-08-21]]\n\n"
        "RELIABILITY GAPS LOOM FROM [[2027-28|D|2027-07/2028-06]] WITHOUT NEW INVESTMENT\n\n"
        "The [[Australian Energy Market Operator|ORG]] ([[AEMO|ORG|Australian Energy Market Operator]]) "
        "[[today|D|2025-08-21]] released its annual Electricity Statement of Opportunities, a "
        "[[10-year|D|P10Y]] outlook for the grid that serves [[Queensland|GPE]], [[New South Wales|GPE]], "
        "[[Victoria|GPE|Victoria (state)]], [[South Australia|GPE]] and [[Tasmania|GPE]].\n\n"
        "• Coal-fired capacity due to retire by [[2035|D|2035]]: [[about 13 gigawatts|quantity|13|GW]]\n"
        "• Batteries committed since [[last year|D|2024]]: [[4.1 GW|quantity|4.1|GW]]\n"
        "• Rooftop solar, [[June 2025|D|2025-06]]: [[26 GW|quantity|26|GW]]\n"
        "• Peak demand forecast, [[2034-35|D|2034-07/2035-06]]: [[38,500 megawatts|quantity|38500|MW]]\n\n"
        "[[AEMO|ORG|Australian Energy Market Operator]] said reliability would fall below the standard in "
        "[[New South Wales|GPE]] and [[Victoria|GPE|Victoria (state)]] from [[2027-28|D|2027-07/2028-06]] if "
        "delayed transmission projects were not built. It expects rooftop solar capacity to reach "
        "[[45 GW|quantity|45|GW]] by [[2035|D|2035]].\n\n"
        "“The investment pipeline is the strongest we have seen, but projects must be delivered on time,” "
        "Chief Executive [[Daniel Westerman|PERSON]] said.\n\n"
        "Minister for Climate Change and Energy [[Chris Bowen|PERSON]] said the report showed the "
        "[[Albanese|PERSON|Anthony Albanese]] government’s plan was working, while the [[Coalition|ORG|Liberal–National Coalition]] "
        "called for the life of the [[Eraring Power Station|FAC]] to be extended beyond [[2027|D|2027]].\n\n"
        "Notes to editors\n"
        "- Years in this release are financial years (July to June).\n"
        "- The grid has [[about 40,000 kilometres|quantity|40000|km]] of transmission lines and serves "
        "[[more than 10 million|count|10000000|customer]] customers.",
        [
            ("Australian Energy Market Operator", "say", "reliability would fall below the standard in New South "
             "Wales and Victoria from 2027-28 if delayed transmission projects were not built", False),
            ("Australian Energy Market Operator", "expect", "rooftop solar capacity to reach 45 GW by 2035",
             False),
            ("Daniel Westerman", "say", "The investment pipeline is the strongest we have seen, but projects must "
             "be delivered on time", True),
            ("Chris Bowen", "say", "the report showed the Albanese government’s plan was working", False),
            ("Liberal–National Coalition", "call for", "the life of the Eraring Power Station to be extended "
             "beyond 2027", False),
        ],
    ),
]
