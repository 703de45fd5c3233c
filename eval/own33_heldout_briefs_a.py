"""Held-out set 33 (blind): marked texts of briefs 01-07 and their statements (see
``build_own33_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own33-ho-01", "singapore-budget", "2025-02-18", "2025-02-18",
        "[[Singapore|GPE]] Budget sets aside [[$143.1 billion|money|143100000000|SGD]] in spending for "
        "[[FY2025|D|2025-04/2026-03]]\n"
        "[[Ministry of Finance|ORG|Ministry of Finance (Singapore)]] press release, [[18 February "
        "2025|D|2025-02-18]]\n\n"
        "Prime Minister and Minister for Finance [[Lawrence Wong|PERSON]] delivered the Budget statement in "
        "[[Parliament|ORG|Parliament of Singapore]] [[today|D|2025-02-18]]. Total government expenditure for "
        "[[FY2025|D|2025-04/2026-03]] is estimated at [[$143.1 billion|money|143100000000|SGD]], or "
        "[[18.4%|percent|18.4|%]] of GDP, and the overall budget surplus at [[$6.8 billion|money|6800000000|SGD]].\n\n"
        "To mark the nation's [[60th|ordinal|60]] year of independence, every adult [[Singaporean|NORP]] "
        "will receive SG60 Vouchers of [[$600|money|600|SGD]], and seniors will receive "
        "[[$800|money|800|SGD]]. Every household will receive a further [[$800|money|800|SGD]] in CDC "
        "Vouchers in [[January 2026|D|2026-01]]. Individuals will get a personal income tax rebate of "
        "[[60%|percent|60|%]], capped at [[$200|money|200|SGD]].\n\n"
        "Mr [[Wong|PERSON|Lawrence Wong]] said: “We must keep our economy open and competitive, even as the "
        "world grows more uncertain.” He added that the Government would put [[$5 billion|money|5000000000|SGD]] "
        "into the [[Changi Airport Development Fund|ORG]] and [[$3 billion|money|3000000000|SGD]] into the "
        "[[Coastal and Flood Protection Fund|ORG]]. Mr [[Wong|PERSON|Lawrence Wong]] warned that tariffs announced by the "
        "[[United States|GPE]] and tensions with [[China|GPE]] would weigh on trade.\n\n"
        "The economy grew [[4.4%|percent|4.4|%]] in [[2024|D|2024]]. The [[Ministry of Trade and "
        "Industry|ORG|Ministry of Trade and Industry (Singapore)]] forecasts growth of [[1.0|percent|1.0|%]] "
        "to [[3.0%|percent|3.0|%]] in [[2025|D|2025]].\n\n"
        "Second Minister for Finance [[Chee Hong Tat|PERSON]] told reporters the fiscal position remained "
        "sound over the term of government. The [[Ministry of Finance|ORG|Ministry of Finance (Singapore)]] "
        "said the debate on the Budget would begin in [[Parliament|ORG|Parliament of Singapore]] on "
        "[[February 26|D|2025-02-26]], and that the [[Committee of Supply|ORG]] debates would follow in "
        "[[March|D|2025-03]].",
        [
            ("Lawrence Wong", "say", "We must keep our economy open and competitive, even as the world grows "
             "more uncertain.", True),
            ("Lawrence Wong", "add", "the Government would put $5 billion into the Changi Airport Development "
             "Fund and $3 billion into the Coastal and Flood Protection Fund", False),
            ("Lawrence Wong", "warn", "tariffs announced by the United States and tensions with China would weigh "
             "on trade", False),
            ("Ministry of Trade and Industry (Singapore)", "forecast", "growth of 1.0 to 3.0% in 2025", False),
            ("Chee Hong Tat", "tell", "the fiscal position remained sound over the term of government", False),
            ("Ministry of Finance (Singapore)", "say", "the debate on the Budget would begin in Parliament on "
             "February 26, and that the Committee of Supply debates would follow in March", False),
        ],
    ),
    (
        "own33-ho-02", "mexico-shcp-release", "2025-09-08", "2025-09-08",
        "[[Finance Ministry|ORG|Secretariat of Finance and Public Credit]] delivers budget proposal for "
        "[[2026|D|2026]] to [[Congress|ORG|Congress of the Union]]\n"
        "Press release No. 52\n"
        "[[Mexico City|GPE]], [[September 8, 2025|D|2025-09-08]]\n\n"
        "The [[Secretariat of Finance and Public Credit|ORG]] ([[SHCP|ORG|Secretariat of Finance and Public "
        "Credit]]) [[today|D|2025-09-08]] submitted its economic package for [[2026|D|2026]] to the [[Chamber "
        "of Deputies|ORG|Chamber of Deputies (Mexico)]]. The proposal foresees total public spending of "
        "[[10.1 trillion pesos|money|10100000000000|MXN]], [[5.9%|percent|5.9|%]] more in real terms than the "
        "budget approved for [[2025|D|2025]]. Budgetary revenue is expected to reach "
        "[[MXN 8.7 trillion|money|8700000000000|MXN]].\n\n"
        "Secretary of Finance [[Édgar Amador Zamora|PERSON]] said: “This is a responsible package that "
        "strengthens public finances without creating new taxes.”\n\n"
        "The [[SHCP|ORG|Secretariat of Finance and Public Credit]] estimates economic growth of between "
        "[[1.8%|percent|1.8|%]] and [[2.8%|percent|2.8|%]] in [[2026|D|2026]], and projects the public sector "
        "borrowing requirement to fall to [[4.1%|percent|4.1|%]] of GDP from [[4.3%|percent|4.3|%]] "
        "[[this year|D|2025]].\n\n"
        "State oil company [[Pemex|ORG]] will receive support of [[263.5 billion pesos|money|263500000000|MXN]], "
        "and pension programmes for older adults will receive [[more than 500 billion "
        "pesos|money|500000000000|MXN]]. The package raises the excise tax on sugary drinks to "
        "[[3.08 pesos|money|3.08|MXN]] per litre.\n\n"
        "President [[Claudia Sheinbaum|PERSON]] said on [[Friday|D|2025-09-05]] that the budget would protect "
        "social programmes and public investment. Mr [[Amador|PERSON|Édgar Amador Zamora]] added that the "
        "package assumed an average exchange rate of [[19.3 pesos|money|19.3|MXN]] per [[U.S.|GPE|United "
        "States]] dollar and an oil price of [[54.9 dollars|money|54.9|USD]] per barrel.\n\n"
        "Under the [[Constitution|LAW|Constitution of Mexico]], [[Congress|ORG|Congress of the Union]] must "
        "approve the revenue law by [[October 20|D|2025-10-20]], and the [[Chamber of Deputies|ORG|Chamber of "
        "Deputies (Mexico)]] must approve the expenditure budget by [[November 15|D|2025-11-15]].",
        [
            ("Édgar Amador Zamora", "say", "This is a responsible package that strengthens public finances "
             "without creating new taxes.", True),
            ("Secretariat of Finance and Public Credit", "estimate", "economic growth of between 1.8% and 2.8% "
             "in 2026", False),
            ("Secretariat of Finance and Public Credit", "project", "the public sector borrowing requirement to "
             "fall to 4.1% of GDP from 4.3% this year", False),
            ("Claudia Sheinbaum", "say", "the budget would protect social programmes and public investment",
             False),
            ("Édgar Amador Zamora", "add", "the package assumed an average exchange rate of 19.3 pesos per U.S. "
             "dollar and an oil price of 54.9 dollars per barrel", False),
        ],
    ),
    (
        "own33-ho-03", "statsnz-gdp", "2025-09-18", "2025-09-18",
        "Gross domestic product: [[June 2025 quarter|D|2025-04/2025-06]]\n"
        "[[Stats NZ|ORG]] information release, [[18 September 2025|D|2025-09-18]]\n\n"
        "Gross domestic product (GDP) fell [[0.9%|percent|0.9|%]] in [[the June 2025 "
        "quarter|D|2025-04/2025-06]], according to figures released by [[Stats NZ|ORG]] [[today|D|2025-09-18]].\n\n"
        "Key facts\n"
        "• GDP per capita fell [[1.0%|percent|1.0|%]].\n"
        "• Annual GDP fell [[1.1%|percent|1.1|%]] in [[the year ended June 2025|D|2024-07/2025-06]].\n"
        "• In current prices, quarterly GDP was [[$107.3 billion|money|107300000000|NZD]].\n\n"
        "“The fall in [[the June quarter|D|2025-04/2025-06]] was broad-based, with [[11|count|11|industry]] "
        "industries declining,” economic indicators senior manager [[Ruvani Ratnayake|PERSON]] said.\n\n"
        "Manufacturing fell [[3.5%|percent|3.5|%]], driven by lower production of machinery and equipment. "
        "Construction fell [[1.4%|percent|1.4|%]], and Ms [[Ratnayake|PERSON|Ruvani Ratnayake]] noted that "
        "residential building work had fallen for the [[third|ordinal|3]] quarter in a row. Household "
        "consumption was flat, while exports of goods fell [[2.2%|percent|2.2|%]], with lower sales to [[China|GPE]] and "
        "[[Australia|GPE]]. The [[New Zealand Treasury|ORG|The Treasury (New Zealand)]] had forecast a smaller fall of "
        "[[0.3%|percent|0.3|%]].\n\n"
        "In [[Wellington|GPE]], Finance Minister [[Nicola Willis|PERSON]] said the result was disappointing "
        "but reflected a weak start to [[the year|D|2025]]. The [[Reserve Bank of New Zealand|ORG]], which cut "
        "the official cash rate by [[0.25 percentage points|percent|0.25|pp]] to [[3%|percent|3|%]] in "
        "[[August|D|2025-08]], will next review the rate on [[8 October|D|2025-10-08]].\n\n"
        "[[New Zealand|GPE]]'s economy is now [[0.6%|percent|0.6|%]] smaller than it was in "
        "[[the June 2024 quarter|D|2024-04/2024-06]]. Economists at [[ASB Bank|ORG]] said they expected a "
        "return to growth in [[the September quarter|D|2025-07/2025-09]]. The next GDP release, for "
        "[[the September 2025 quarter|D|2025-07/2025-09]], is due on [[18 December 2025|D|2025-12-18]].",
        [
            ("Stats NZ", "according to", "Gross domestic product (GDP) fell 0.9% in the June 2025 quarter",
             False),
            ("Ruvani Ratnayake", "say", "The fall in the June quarter was broad-based, with 11 industries "
             "declining", True),
            ("Ruvani Ratnayake", "note", "residential building work had fallen for the third quarter in a row",
             False),
            ("The Treasury (New Zealand)", "forecast", "a smaller fall of 0.3%", False),
            ("Nicola Willis", "say", "the result was disappointing but reflected a weak start to the year",
             False),
            ("ASB Bank", "say", "they expected a return to growth in the September quarter", False),
        ],
    ),
    (
        "own33-ho-04", "sebi-order", "2025-07-03", "2025-07-03",
        "[[SEBI|ORG|Securities and Exchange Board of India]] passes interim order against [[Jane Street|ORG]] "
        "entities, impounds [[₹4,843.57 crore|money|48435700000|INR]]\n"
        "PR No. 41/2025\n"
        "[[Mumbai|GPE]], [[July 3, 2025|D|2025-07-03]]\n\n"
        "The [[Securities and Exchange Board of India|ORG]] ([[SEBI|ORG|Securities and Exchange Board of "
        "India]]) [[today|D|2025-07-03]] passed an interim order barring [[four|count|4|entity]] entities of the "
        "[[Jane Street|ORG]] group from buying, selling or dealing in securities, directly or indirectly, until "
        "further directions. The entities are [[JSI Investments Private Limited|ORG]], [[JSI2 Investments "
        "Private Limited|ORG]], [[Jane Street Singapore Pte Ltd|ORG]] and [[Jane Street Asia Trading "
        "Limited|ORG]].\n\n"
        "The order directs the entities to deposit [[Rs 4,843.57 crore|money|48435700000|INR]] of alleged "
        "unlawful gains in an escrow account with a bank in [[India|GPE]] in favour of [[SEBI|ORG|Securities "
        "and Exchange Board of India]].\n\n"
        "[[SEBI|ORG|Securities and Exchange Board of India]] said the group had made a total profit of "
        "[[Rs 36,502 crore|money|365020000000|INR]] in index options [[from January 2023 to May "
        "2025|D|2023-01/2025-05]], while it lost [[about Rs 7,208 crore|money|72080000000|INR]] in stock "
        "futures and the cash segment.\n\n"
        "In the order, Whole Time Member [[Ananth Narayan G.|PERSON|Ananth Narayan]] wrote that the trading "
        "pattern showed “a well-planned scheme to manipulate the level of the index”. He noted that the "
        "[[National Stock Exchange of India|ORG]] ([[NSE|ORG|National Stock Exchange of India]]) had "
        "cautioned the group in [[February|D|2025-02]].\n\n"
        "The entities have [[21 days|D|P21D]] to file objections. [[Jane Street|ORG]] said in a statement "
        "that it disputed the findings and would continue to engage with the regulator. Market participants "
        "said the [[U.S.|GPE|United States]] trading firm accounted for [[about 7%|percent|7|%]] of volumes in "
        "[[Indian|NORP]] index options [[last year|D|2024]].",
        [
            ("Securities and Exchange Board of India", "say", "the group had made a total profit of Rs 36,502 "
             "crore in index options from January 2023 to May 2025, while it lost about Rs 7,208 crore in "
             "stock futures and the cash segment", False),
            ("Ananth Narayan", "write", "a well-planned scheme to manipulate the level of the index", True),
            ("Ananth Narayan", "note", "the National Stock Exchange of India (NSE) had cautioned the group in "
             "February", False),
            ("Jane Street", "say", "it disputed the findings and would continue to engage with the regulator",
             False),
        ],
    ),
    (
        "own33-ho-05", "lufthansa-results", "2025-07-31", "2025-07-31",
        "[[Lufthansa Group|ORG|Lufthansa]] increases operating result in [[the second "
        "quarter|D|2025-04/2025-06]]\n"
        "[[Frankfurt|GPE]], [[31 July 2025|D|2025-07-31]]\n\n"
        "• Revenue up [[4%|percent|4|%]] to [[EUR 10.2 billion|money|10200000000|EUR]] in [[the second "
        "quarter|D|2025-04/2025-06]]\n"
        "• Adjusted EBIT of [[EUR 871 million|money|871000000|EUR]] ([[Q2 2024|D|2024-04/2024-06]]: [[EUR 686 "
        "million|money|686000000|EUR]])\n"
        "• Outlook for [[2025|D|2025]] confirmed\n\n"
        "The [[Lufthansa Group|ORG|Lufthansa]] carried [[36.7 million|count|36700000|passenger]] passengers in "
        "[[the second quarter|D|2025-04/2025-06]], [[2%|percent|2|%]] more than in the prior-year quarter. "
        "Its network airlines, [[Lufthansa Airlines|ORG|Lufthansa]], [[SWISS|ORG|Swiss International Air "
        "Lines]], [[Austrian Airlines|ORG]] and [[Brussels Airlines|ORG]], raised their adjusted EBIT to "
        "[[EUR 612 million|money|612000000|EUR]].\n\n"
        "[[Carsten Spohr|PERSON]], Chief Executive Officer of [[Deutsche Lufthansa AG|ORG|Lufthansa]], said: "
        "“Our airlines delivered a strong start to the summer despite continued delivery delays from aircraft "
        "manufacturers.” Mr [[Spohr|PERSON|Carsten Spohr]] added that the group would take delivery of "
        "[[12|count|12|aircraft]] new long-haul aircraft in [[the second half of the year|D|2025-07/2025-12]], most of "
        "them for its hubs in [[Frankfurt|GPE]], [[Munich|GPE]] and [[Zurich|GPE]].\n\n"
        "[[Eurowings|ORG]] increased its adjusted EBIT to [[EUR 150 million|money|150000000|EUR]], and "
        "[[Lufthansa Technik|ORG]] reported record revenue of [[EUR 2.1 billion|money|2100000000|EUR]]. "
        "[[Lufthansa Cargo|ORG]] was hit by lower rates on routes between [[China|GPE]] and the [[United "
        "States|GPE]].\n\n"
        "[[ITA Airways|ORG]], in which [[Lufthansa|ORG]] acquired a [[41%|percent|41|%]] stake in "
        "[[January|D|2025-01]], contributed to passenger growth. The [[Lufthansa Group|ORG|Lufthansa]] still "
        "awaits [[more than 20|count|20|aircraft]] aircraft, among them the [[Boeing 787|PRODUCT|Boeing 787 "
        "Dreamliner]].\n\n"
        "Chief Financial Officer [[Till Streichert|PERSON]] said the company expected adjusted free cash flow of "
        "[[more than EUR 840 million|money|840000000|EUR]] in [[2025|D|2025]]. The [[Lufthansa Group|ORG|"
        "Lufthansa]] confirmed that it expects adjusted EBIT for [[the full year|D|2025]] to be significantly "
        "above [[the previous year|D|2024]]'s level.",
        [
            ("Carsten Spohr", "say", "Our airlines delivered a strong start to the summer despite continued "
             "delivery delays from aircraft manufacturers.", True),
            ("Carsten Spohr", "add", "the group would take delivery of 12 new long-haul aircraft in the second half "
             "of the year, most of them for its hubs in Frankfurt, Munich and Zurich", False),
            ("Till Streichert", "say", "the company expected adjusted free cash flow of more than EUR 840 million "
             "in 2025", False),
            ("Lufthansa", "confirm", "it expects adjusted EBIT for the full year to be significantly above the "
             "previous year's level", False),
        ],
    ),
    (
        "own33-ho-06", "ocha-flash-update", "2024-09-12", "2024-09-12",
        "[[Nigeria|GPE]]: Floods in [[Borno State|GPE]] - Flash Update No. 1 (As of [[12 September "
        "2024|D|2024-09-12]])\n\n"
        "HIGHLIGHTS\n"
        "• The [[Alau Dam|FAC]] collapsed in the early hours of [[10 September|D|2024-09-10]] after weeks of "
        "heavy rainfall, flooding [[Maiduguri|GPE]] and [[Jere|GPE|Jere, Nigeria]].\n"
        "• [[At least 30|count|30|person]] people have died and [[more than 400,000|count|400000|person]] have "
        "been displaced, according to the [[Borno State Emergency Management Agency|ORG]].\n"
        "• [[About 40%|percent|40|%]] of [[Maiduguri|GPE]] is under water.\n\n"
        "SITUATION OVERVIEW\n"
        "Flood waters have submerged homes, markets, hospitals and the [[Sanda Kyarimi Park Zoo|FAC]]. "
        "Governor [[Babagana Umara Zulum|PERSON]] said the state had opened [[30|count|30|camp]] camps for "
        "displaced families and called the disaster unprecedented.\n\n"
        "The Humanitarian Coordinator in [[Nigeria|GPE]], [[Mohamed Malick Fall|PERSON]], said: “The people "
        "of [[Borno|GPE|Borno State]] have endured [[15 years|D|P15Y]] of conflict, and this flood adds "
        "suffering on top of suffering.”\n\n"
        "RESPONSE\n"
        "[[UNICEF|ORG]], the [[World Food Programme|ORG]] ([[WFP|ORG|World Food Programme]]) and partners are "
        "distributing food, water and hygiene kits. [[WFP|ORG|World Food Programme]] said it planned to reach "
        "[[120,000|count|120000|person]] people with hot meals over [[two weeks|D|P2W]]. The [[National "
        "Emergency Management Agency|ORG|National Emergency Management Agency (Nigeria)]] has sent "
        "[[20|count|20|truck]] trucks of relief items.\n\n"
        "The [[Central Emergency Response Fund|ORG]] allocated [[US$5 million|money|5000000|USD]] for the "
        "response. Partners warned that cases of cholera could rise as the waters recede; [[Borno|GPE|Borno "
        "State]] recorded [[more than 1,000|count|1000|case]] suspected cases [[this year|D|2024]].\n\n"
        "[[OCHA|ORG|United Nations Office for the Coordination of Humanitarian Affairs]] will issue the next "
        "update on [[Monday|D|2024-09-16]].",
        [
            ("Borno State Emergency Management Agency", "according to", "At least 30 people have died and more "
             "than 400,000 have been displaced", False),
            ("Babagana Umara Zulum", "say", "the state had opened 30 camps for displaced families", False),
            ("Mohamed Malick Fall", "say", "The people of Borno have endured 15 years of conflict, and this "
             "flood adds suffering on top of suffering.", True),
            ("World Food Programme", "say", "it planned to reach 120,000 people with hot meals over two weeks",
             False),
        ],
    ),
    (
        "own33-ho-07", "state-ag-settlement", "2025-10-16", "2025-10-16",
        "Attorney General [[James|PERSON|Letitia James]] Secures [[$6.2 Million|money|6200000|USD]] from "
        "Ticket Seller That Hid Fees from [[New Yorkers|NORP|New Yorker]]\n"
        "[[NEW YORK|GPE|New York City]] – [[October 16, 2025|D|2025-10-16]]\n\n"
        "[[New York|GPE|New York (state)]] Attorney General [[Letitia James|PERSON]] [[today|D|2025-10-16]] "
        "secured [[$6.2 million|money|6200000|USD]] from [[TixPoint LLC|ORG]] ([[TixPoint|ORG|TixPoint, "
        "Inc.]]), an online ticket reseller that advertised prices without mandatory fees that added "
        "[[as much as 30 percent|percent|30|%]] to the cost of a ticket.\n\n"
        "Under the settlement, [[TixPoint|ORG|TixPoint LLC]] will pay [[$5 million|money|5000000|USD]] in "
        "restitution to [[more than 180,000|count|180000|consumer]] consumers and [[$1.2 "
        "million|money|1200000|USD]] in penalties to [[New York State|GPE|New York (state)]]. The company also "
        "agreed to display the full price of a ticket, including all fees, on its website and app.\n\n"
        "“Hidden fees are a bait-and-switch that cost [[New Yorkers|NORP|New Yorker]] millions of dollars,” "
        "said Attorney General [[James|PERSON|Letitia James]]. “Ticket buyers deserve to know the real price "
        "before they click.”\n\n"
        "Since [[August 2022|D|2022-08]], [[New York|GPE|New York (state)]]'s [[Arts and Cultural Affairs "
        "Law|LAW]] has required ticket sellers to disclose the total cost of a ticket at the start of a "
        "purchase. An investigation by the [[Office of the Attorney General|ORG|New York State Attorney "
        "General]] found that [[from January 2023 to March 2025|D|2023-01/2025-03]], [[TixPoint|ORG|TixPoint, "
        "Inc.]] showed fees only at checkout on [[nearly 2 million|count|2000000|order]] orders.\n\n"
        "[[TixPoint|ORG|TixPoint LLC]] did not admit wrongdoing. In a statement, the company said it had "
        "already changed how it displays prices. Eligible consumers will receive refunds automatically by "
        "[[March 31, 2026|D|2026-03-31]].\n\n"
        "The matter was handled by Assistant Attorney General [[Maria Ortega|PERSON]] of the [[Bureau of "
        "Consumer Frauds and Protection|ORG]], under the supervision of Bureau Chief [[Jane M. Azia|PERSON]].",
        [
            ("TixPoint LLC", "agree", "display the full price of a ticket, including all fees, on its website "
             "and app", False),
            ("Letitia James", "say", "Hidden fees are a bait-and-switch that cost New Yorkers millions of "
             "dollars", True),
            ("Letitia James", "say", "Ticket buyers deserve to know the real price before they click.", True),
            ("TixPoint LLC", "say", "it had already changed how it displays prices", False),
        ],
    ),
]
