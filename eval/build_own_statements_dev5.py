"""Write eval/own-statements-dev5.jsonl and its check file (FORMAT.md): statements in ordinary
news prose with every entity marked, since a statement's speaker is an entity's canonical name.

Session 21 (statements4): briefs of 2024-2025 news kinds (a carmaker's software unit, an oil
sale, a central bank, a rice export ban, EU tariffs, a doctors' strike, a machinists' strike,
a euro-zone rate cut, aircraft deliveries, lithium, a drugmaker and its controlling holding,
wildfires, tariffs between neighbours) written dense in the shapes where statements go wrong:
an organisation chosen among several (a subsidiary and its parent, "it said" or "the unit
said" after two bodies, a ministry and its country, "a spokesperson for" a body named before,
a source credited "according to" its data or estimate); a person's name after a title or a
body's name ("Bank of England Governor X", "Chief Financial Officer X", "Union district
president X"); agreements and acts that are no statements ("agreed to sell", "agreed in
December to cut", "voted to accept", "declined to say") beside an agreement reported as
content; and plain reported "say" in the shapes recall misses (content before the cue and the
speaker after it, "said on Tuesday that", "said, in a statement ..., that", "X, who said last
week that", a headline with "Says", a quotation of two sentences). Unnamed ("according to
people familiar with its plans", "traders say") and habitual ("have long said") speech stands
beside them. Written for briefx by hand and annotated by ANNOTATION.md ("Entities",
"Statements") before briefx was run on them; institutions and office holders are real, the
events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) with the content and figures as substrings, found and checked as in
``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev5.py``.
"""

from __future__ import annotations


from build_own_statements import write_sets

SOURCE = "written for briefx by hand (statements4 helper, session 21); CC0"

CASES = [
    (
        "own-dev5-cariad-jobs",
        "2025-10-14",
        "[[Volkswagen|ORG|Volkswagen Group]] Software Unit to Cut 1,600 Jobs\n\n[[WOLFSBURG|GPE|Wolfsburg]], Oct 14 — [[Cariad|ORG]], the software unit of [[Volkswagen|ORG|Volkswagen Group]], said on Tuesday it would cut 1,600 jobs by the end of next year. The unit said most of the cuts would fall in [[Germany|GPE]].\n\n[[Volkswagen|ORG|Volkswagen Group]] said separately that group deliveries to [[China|GPE]] fell 2% in the third quarter. It added that it still expected an operating margin of 5.5% for the year. Chief Financial Officer [[Arno Antlitz|PERSON]] told analysts that software costs had been too high for too long.\n\nA spokesperson for the [[IG Metall|ORG]] union said the union would resist compulsory layoffs. [[Daniela Cavallo|PERSON]], head of the works council at [[Volkswagen|ORG|Volkswagen Group]], said staff had learnt of the plan from the press.\n\n[[Volkswagen|ORG|Volkswagen Group]] and [[IG Metall|ORG]] agreed in December to cut 35,000 jobs by 2030 without closing plants.\n",
        [
            ("Cariad", "say", "it would cut 1,600 jobs by the end of next year", False, ["1,600"]),
            ("Cariad", "say", "most of the cuts would fall in Germany", False, []),
            ("Volkswagen Group", "say", "group deliveries to China fell 2% in the third quarter", False, ["2%"]),
            ("Volkswagen Group", "add", "it still expected an operating margin of 5.5% for the year", False, ["5.5%"]),
            ("Arno Antlitz", "tell", "software costs had been too high for too long", False, []),
            ("IG Metall", "say", "the union would resist compulsory layoffs", False, []),
            ("Daniela Cavallo", "say", "staff had learnt of the plan from the press", False, []),
        ],
    ),
    (
        "own-dev5-shell-nigeria",
        "2025-03-13",
        "[[LAGOS|GPE|Lagos]], March 13 — [[Shell|ORG]] has completed the sale of its [[Nigerian|NORP]] onshore business to [[Renaissance Africa Energy|ORG]], a group of four local firms and an international energy company. It said the deal was worth up to $2.4 billion.\n\n[[Shell|ORG]] agreed to sell the unit in January 2024 but needed approval from regulators. The [[Nigerian Upstream Petroleum Regulatory Commission|ORG]] said on Wednesday it had approved the transfer after a review of the buyer's finances.\n\n[[Renaissance Africa Energy|ORG]] plans to raise output to 500,000 barrels a day by 2030, according to its chairman, [[Tony Elumelu|PERSON]]. Rights group [[Amnesty International|ORG]] said the sale left unresolved the clean-up of oil spills in the [[Niger Delta|LOC]].\n\n[[Shell|ORG]] has said it will keep its offshore fields in [[Nigeria|GPE]].\n",
        [
            ("Shell", "say", "the deal was worth up to $2.4 billion", False, ["up to $2.4 billion"]),
            ("Nigerian Upstream Petroleum Regulatory Commission", "say", "it had approved the transfer after a review of the buyer's finances", False, []),
            ("Tony Elumelu", "according to", "Renaissance Africa Energy plans to raise output to 500,000 barrels a day by 2030", False, ["500,000 barrels"]),
            ("Amnesty International", "say", "the sale left unresolved the clean-up of oil spills in the Niger Delta", False, []),
            ("Shell", "say", "it will keep its offshore fields in Nigeria", False, []),
        ],
    ),
    (
        "own-dev5-boe-cut",
        "2025-08-07",
        "[[LONDON|GPE|London]], Aug 7 — The [[Bank of England|ORG]] cut interest rates to 4% on Thursday after a rare second vote. [[Bank of England|ORG]] Governor [[Andrew Bailey|PERSON]] said the path of rates would remain downward but gradual.\n\nExternal [[Monetary Policy Committee|ORG]] member [[Catherine Mann|PERSON]], who voted to hold rates, said inflation risks were still too high. The bank said it expected inflation to peak at 4% in September.\n\nChancellor [[Rachel Reeves|PERSON]] welcomed the cut, saying it would help families with mortgages. Inflation is still twice the bank's target, said [[Paul Dales|PERSON]], chief [[UK|GPE|United Kingdom]] economist at [[Capital Economics|ORG]].\n\nMarkets now price one more cut this year, according to [[LSEG|ORG]] data. Mortgage lenders have cut rates in recent weeks, and [[Nationwide|ORG|Nationwide Building Society]] announced on Friday that it would lower its fixed-rate deals by up to 0.2 percentage point.\n",
        [
            ("Andrew Bailey", "say", "the path of rates would remain downward but gradual", False, []),
            ("Catherine Mann", "say", "inflation risks were still too high", False, []),
            ("Bank of England", "say", "it expected inflation to peak at 4% in September", False, ["4%"]),
            ("Rachel Reeves", "say", "it would help families with mortgages", False, []),
            ("Paul Dales", "say", "Inflation is still twice the bank's target", False, []),
            ("LSEG", "according to", "Markets now price one more cut this year", False, ["one"]),
            ("Nationwide Building Society", "announce", "it would lower its fixed-rate deals by up to 0.2 percentage point", False, ["up to 0.2 percentage point"]),
        ],
    ),
    (
        "own-dev5-india-rice",
        "2024-09-28",
        "[[NEW DELHI|GPE|New Delhi]], Sept 28 — [[India|GPE]] lifted its ban on exports of non-basmati white rice on Saturday, the [[Ministry of Consumer Affairs, Food and Public Distribution|ORG]] said, after a record harvest filled state granaries.\n\nThe ministry said exporters would have to sell at a minimum price of $490 a tonne. The [[Indian|NORP]] Government said in a separate notice that it had also cut the duty on parboiled rice to 10%.\n\nStocks held by the [[Food Corporation of India|ORG]] stood at 32 million tonnes at the start of September, according to the corporation's data. [[B.V. Krishna Rao|PERSON]], president of the [[Rice Exporters Association|ORG]], said shipments could rise by 5 million tonnes in the year to March.\n\n[[Thailand|GPE]], the next largest exporter, said it expected prices to fall. Traders in [[Bangkok|GPE]] say the decision could push [[Thai|NORP]] prices to a two-year low.\n",
        [
            ("Ministry of Consumer Affairs, Food and Public Distribution", "say", "India lifted its ban on exports of non-basmati white rice on Saturday", False, []),
            ("Ministry of Consumer Affairs, Food and Public Distribution", "say", "exporters would have to sell at a minimum price of $490 a tonne", False, ["$490"]),
            ("India", "say", "it had also cut the duty on parboiled rice to 10%", False, ["10%"]),
            ("Food Corporation of India", "according to", "Stocks held by the Food Corporation of India stood at 32 million tonnes at the start of September", False, ["32 million tonnes"]),
            ("B.V. Krishna Rao", "say", "shipments could rise by 5 million tonnes in the year to March", False, ["5 million tonnes"]),
            ("Thailand", "say", "it expected prices to fall", False, []),
        ],
    ),
    (
        "own-dev5-eu-ev-duties",
        "2024-10-29",
        "[[BRUSSELS|GPE|Brussels]], Oct 29 — The [[European Commission|ORG]] imposed duties of up to 35.3% on electric cars made in [[China|GPE]] on Tuesday, ending a year-long investigation. [[China|GPE]]'s [[Ministry of Commerce|ORG|Ministry of Commerce (China)]] said it did not accept the ruling and had filed a complaint with the [[World Trade Organization|ORG]].\n\nA spokesperson for the ministry said [[Beijing|GPE]] would take all necessary measures to protect its companies. [[Olof Gill|PERSON]], a trade spokesperson for the [[European Commission|ORG]], said talks on minimum prices would continue.\n\nCarmaker [[BYD|ORG]], whose exports face the lowest rate, said it would build a second plant in [[Europe|LOC]]. [[Tesla|ORG]] was given a rate of 7.8%.\n\nThe [[European Automobile Manufacturers' Association|ORG]] said the duties would not make [[European|NORP]] carmakers more competitive. [[Germany|GPE]] voted against the measure, and Chancellor [[Olaf Scholz|PERSON]] said a trade war would hurt everyone.\n",
        [
            ("Ministry of Commerce (China)", "say", "it did not accept the ruling and had filed a complaint with the World Trade Organization", False, []),
            ("Ministry of Commerce (China)", "say", "Beijing would take all necessary measures to protect its companies", False, []),
            ("Olof Gill", "say", "talks on minimum prices would continue", False, []),
            ("BYD", "say", "it would build a second plant in Europe", False, ["second"]),
            ("European Automobile Manufacturers' Association", "say", "the duties would not make European carmakers more competitive", False, []),
            ("Olaf Scholz", "say", "a trade war would hurt everyone", False, []),
        ],
    ),
    (
        "own-dev5-doctors-strike",
        "2025-07-25",
        "[[LONDON|GPE|London]], July 25 — Resident doctors in [[England|GPE]] began a five-day strike on Friday after talks with the government broke down. The [[British Medical Association|ORG]] said members had lost a fifth of their pay in real terms since 2008.\n\nHealth Secretary [[Wes Streeting|PERSON]] said the strike was unreasonable and would put patients at risk. He told [[BBC Radio 4|ORG]] that the door remained open but a further pay rise was not on the table.\n\n[[NHS England|ORG]] said hospitals would keep emergency care running, and its medical director, [[Meghana Pandit|PERSON]], warned that some planned operations would be postponed. The union said, in a statement issued after the talks, that it was ready to talk at any time.\n\nThe [[King's Fund|ORG]] think tank said in a report that waiting lists had grown during every previous walkout.\n",
        [
            ("British Medical Association", "say", "members had lost a fifth of their pay in real terms since 2008", False, []),
            ("Wes Streeting", "say", "the strike was unreasonable and would put patients at risk", False, []),
            ("Wes Streeting", "tell", "the door remained open but a further pay rise was not on the table", False, []),
            ("NHS England", "say", "hospitals would keep emergency care running", False, []),
            ("Meghana Pandit", "warn", "some planned operations would be postponed", False, []),
            ("British Medical Association", "say", "it was ready to talk at any time", False, []),
            ("King's Fund", "say", "waiting lists had grown during every previous walkout", False, []),
        ],
    ),
    (
        "own-dev5-boeing-vote",
        "2024-11-05",
        "[[SEATTLE|GPE|Seattle]], Nov 5 — [[Boeing|ORG]] machinists voted to accept a new contract on Monday, ending a seven-week strike that halted production of the [[737 MAX|PRODUCT|Boeing 737 MAX]]. The [[International Association of Machinists and Aerospace Workers|ORG]] said 59% of members had voted in favour.\n\n[[Boeing|ORG]] agreed to raise wages by 38% over four years and to restore a bonus. Union district president [[Jon Holden|PERSON]] said the deal was not everything members wanted but it was a big step forward.\n\nChief Executive [[Kelly Ortberg|PERSON]] told employees in a memo that the company would restart production within weeks. The strike cost [[Boeing|ORG]] about $5 billion, according to an estimate by [[S&P Global|ORG]].\n\n[[Spirit AeroSystems|ORG]], which makes fuselages for the jet, said it would end the furloughs of 700 workers. Analysts at [[Jefferies|ORG]] said output would take months to recover.\n",
        [
            ("International Association of Machinists and Aerospace Workers", "say", "59% of members had voted in favour", False, ["59%"]),
            ("Jon Holden", "say", "the deal was not everything members wanted but it was a big step forward", False, []),
            ("Kelly Ortberg", "tell", "the company would restart production within weeks", False, []),
            ("S&P Global", "according to", "The strike cost Boeing about $5 billion", False, ["about $5 billion"]),
            ("Spirit AeroSystems", "say", "it would end the furloughs of 700 workers", False, ["700"]),
            ("Jefferies", "say", "output would take months to recover", False, []),
        ],
    ),
    (
        "own-dev5-ecb-june",
        "2025-06-05",
        "[[ECB|ORG|European Central Bank]] Says Inflation Fight Nearly Over\n\n[[FRANKFURT|GPE|Frankfurt]], June 5 — The [[European Central Bank|ORG]] cut its deposit rate to 2% on Thursday. President [[Christine Lagarde|PERSON]] said the bank was in a good position to handle uncertainty. She declined to say whether rates would fall again in July.\n\nThe decision was backed by [[Bundesbank|ORG|Deutsche Bundesbank]] chief [[Joachim Nagel|PERSON]], who said last week that the bank should not cut too quickly. [[Austria|GPE]]'s central bank governor, [[Robert Holzmann|PERSON]], was the only policymaker to vote against the cut, according to three sources familiar with the discussion.\n\nEconomists at [[ING|ORG]] said the cut was likely the last of the cycle. The bank's staff forecast that inflation would average 2% this year, 1.6% in 2026 and 2.1% in 2027.\n\n[[Eurostat|ORG]] said on Tuesday that consumer prices in the euro zone rose 1.9% in May. It said the figure was the lowest since September.\n",
        [
            ("Christine Lagarde", "say", "the bank was in a good position to handle uncertainty", False, []),
            ("Joachim Nagel", "say", "the bank should not cut too quickly", False, []),
            ("ING", "say", "the cut was likely the last of the cycle", False, []),
            ("European Central Bank", "forecast", "inflation would average 2% this year, 1.6% in 2026 and 2.1% in 2027", False, ["2%", "1.6%", "2.1%"]),
            ("Eurostat", "say", "consumer prices in the euro zone rose 1.9% in May", False, ["1.9%"]),
            ("Eurostat", "say", "the figure was the lowest since September", False, []),
        ],
    ),
    (
        "own-dev5-airbus-deliveries",
        "2025-01-09",
        "[[TOULOUSE|GPE|Toulouse]], Jan 9 — [[Airbus|ORG]] delivered 766 jet airliners last year, beating [[Boeing|ORG]] for a sixth year running. It said supply problems with engines and cabin parts had held back output.\n\n[[Airbus Helicopters|ORG]], the group's helicopter division, said orders rose 10% to 450 aircraft. The division said it would raise production of its [[H160|PRODUCT|Airbus H160]] model.\n\nChief Commercial Officer [[Benoît de Saint-Exupéry|PERSON]] said demand from airlines remained very strong. Engine maker [[CFM International|ORG]], a venture of [[GE Aerospace|ORG]] and [[Safran|ORG]], said deliveries of its [[LEAP|PRODUCT|CFM International LEAP]] engines would rise by 15% to 20% this year.\n\n[[Airbus|ORG]] aims to deliver about 820 jets in 2025, according to people familiar with its plans.\n",
        [
            ("Airbus", "say", "supply problems with engines and cabin parts had held back output", False, []),
            ("Airbus Helicopters", "say", "orders rose 10% to 450 aircraft", False, ["10%", "450"]),
            ("Airbus Helicopters", "say", "it would raise production of its H160 model", False, []),
            ("Benoît de Saint-Exupéry", "say", "demand from airlines remained very strong", False, []),
            ("CFM International", "say", "deliveries of its LEAP engines would rise by 15% to 20% this year", False, ["15%", "20%"]),
        ],
    ),
    (
        "own-dev5-chile-lithium",
        "2024-12-18",
        "[[SANTIAGO|GPE|Santiago]], Dec 18 — [[Chile|GPE]]'s [[Ministry of Mining|ORG|Ministry of Mining (Chile)]] said on Wednesday that lithium exports would reach $9 billion next year. Mining Minister [[Aurora Williams|PERSON]] told reporters the country would remain the world's second-largest producer.\n\nState copper miner [[Codelco|ORG]] and lithium producer [[SQM|ORG]] agreed to form a joint venture in May, and [[SQM|ORG]] said this week that regulators in [[China|GPE]] had approved the deal. [[Codelco|ORG]] chairman [[Máximo Pacheco|PERSON]], who signed the agreement, said the venture would pay the state about 70% of its profits.\n\nLithium prices have fallen by 80% since late 2022, according to [[Benchmark Mineral Intelligence|ORG]]. [[Albemarle|ORG]], which also mines in [[Chile|GPE]], said it would cut spending by 15% next year.\n\nThe [[Chilean|NORP]] Government said it would also open new salt flats to private investors.\n",
        [
            ("Ministry of Mining (Chile)", "say", "lithium exports would reach $9 billion next year", False, ["$9 billion"]),
            ("Aurora Williams", "tell", "the country would remain the world's second-largest producer", False, []),
            ("SQM", "say", "regulators in China had approved the deal", False, []),
            ("Máximo Pacheco", "say", "the venture would pay the state about 70% of its profits", False, ["about 70%"]),
            ("Benchmark Mineral Intelligence", "according to", "Lithium prices have fallen by 80% since late 2022", False, ["80%"]),
            ("Albemarle", "say", "it would cut spending by 15% next year", False, ["15%"]),
            ("Chile", "say", "it would also open new salt flats to private investors", False, []),
        ],
    ),
    (
        "own-dev5-novo-results",
        "2025-02-05",
        "[[COPENHAGEN|GPE|Copenhagen]], Feb 5 — [[Novo Nordisk|ORG]] said on Wednesday that sales of its obesity drug [[Wegovy|PRODUCT]] more than doubled last year, and forecast sales growth of 16% to 24% in 2025.\n\n[[Novo Holdings|ORG]], the foundation-owned investment firm that controls the drugmaker, said its takeover of contract manufacturer [[Catalent|ORG]] would add capacity. The firm said it had paid $16.5 billion for [[Catalent|ORG]].\n\nChief Executive [[Lars Fruergaard Jørgensen|PERSON]] told a news conference that supply shortages were over in most markets. He added that the company would cut prices in some countries. Sales in the [[United States|GPE]] rose 50%, the drugmaker said.\n\n[[Eli Lilly|ORG]], its main rival, said last week that it expected revenue of up to $61 billion this year. Analysts at [[Jefferies|ORG]] have long said the market could be worth $150 billion by 2030.\n",
        [
            ("Novo Nordisk", "say", "sales of its obesity drug Wegovy more than doubled last year", False, []),
            ("Novo Nordisk", "forecast", "sales growth of 16% to 24% in 2025", False, ["16%", "24%"]),
            ("Novo Holdings", "say", "its takeover of contract manufacturer Catalent would add capacity", False, []),
            ("Novo Holdings", "say", "it had paid $16.5 billion for Catalent", False, ["$16.5 billion"]),
            ("Lars Fruergaard Jørgensen", "tell", "supply shortages were over in most markets", False, []),
            ("Lars Fruergaard Jørgensen", "add", "the company would cut prices in some countries", False, []),
            ("Novo Nordisk", "say", "Sales in the United States rose 50%", False, ["50%"]),
            ("Eli Lilly", "say", "it expected revenue of up to $61 billion this year", False, ["up to $61 billion"]),
        ],
    ),
    (
        "own-dev5-la-fires",
        "2025-01-10",
        "[[LOS ANGELES|GPE|Los Angeles]], Jan 10 — [[Los Angeles|GPE]] Mayor [[Karen Bass|PERSON]] said on Thursday that more than 10,000 homes and businesses had been destroyed by the fires. “This is one of the worst natural disasters in our city's history. We will rebuild,” she said.\n\n[[Los Angeles County|GPE]] Sheriff [[Robert Luna|PERSON]] told a briefing that at least 10 people had died. Fire Chief [[Kristin Crowley|PERSON]], who has criticised cuts to her department's budget, said crews had contained 6% of the largest fire.\n\nThe [[National Weather Service|ORG]] warned that winds of up to 70 mph could return next week. [[Southern California Edison|ORG]] said it was investigating whether its equipment started one of the fires, according to a filing with state regulators.\n\nInsured losses could exceed $20 billion, [[JPMorgan|ORG|JPMorgan Chase]] said in a note.\n",
        [
            ("Karen Bass", "say", "more than 10,000 homes and businesses had been destroyed by the fires", False, ["more than 10,000"]),
            ("Karen Bass", "say", "This is one of the worst natural disasters in our city's history. We will rebuild", True, []),
            ("Robert Luna", "tell", "at least 10 people had died", False, ["at least 10"]),
            ("Kristin Crowley", "say", "crews had contained 6% of the largest fire", False, ["6%"]),
            ("National Weather Service", "warn", "winds of up to 70 mph could return next week", False, ["up to 70 mph"]),
            ("Southern California Edison", "say", "it was investigating whether its equipment started one of the fires", False, []),
            ("JPMorgan Chase", "say", "Insured losses could exceed $20 billion", False, ["$20 billion"]),
        ],
    ),
    (
        "own-dev5-canada-tariffs",
        "2025-03-04",
        "[[OTTAWA|GPE|Ottawa]], March 4 — [[Canada|GPE]] will impose tariffs of 25% on C$30 billion of [[U.S.|GPE|United States]] goods from Tuesday, Prime Minister [[Justin Trudeau|PERSON]] said, in response to [[U.S.|GPE|United States]] duties that took effect at midnight.\n\nThe [[Department of Finance|ORG|Department of Finance (Canada)]] said a second list of goods worth C$125 billion would follow in 21 days. [[Ontario|GPE]] Premier [[Doug Ford|PERSON]] said the province would add a 25% surcharge on electricity it sells to three [[U.S.|GPE|United States]] states.\n\nThe [[Canadian Chamber of Commerce|ORG]], which represents 400 business groups, said the tariffs could cost the economy 1 million jobs. The [[White House|ORG]] said [[Canada|GPE]] had not done enough to stop fentanyl crossing the border.\n\n[[China|GPE]] said it would impose tariffs of up to 15% on [[U.S.|GPE|United States]] farm goods.\n",
        [
            ("Justin Trudeau", "say", "Canada will impose tariffs of 25% on C$30 billion of U.S. goods from Tuesday", False, ["25%", "C$30 billion"]),
            ("Department of Finance (Canada)", "say", "a second list of goods worth C$125 billion would follow in 21 days", False, ["second", "C$125 billion"]),
            ("Doug Ford", "say", "the province would add a 25% surcharge on electricity it sells to three U.S. states", False, ["25%", "three"]),
            ("Canadian Chamber of Commerce", "say", "the tariffs could cost the economy 1 million jobs", False, ["1 million"]),
            ("White House", "say", "Canada had not done enough to stop fentanyl crossing the border", False, []),
            ("China", "say", "it would impose tariffs of up to 15% on U.S. farm goods", False, ["up to 15%"]),
        ],
    ),
]

CHECK = [
    (
        "own-dev5c-port-strike",
        "2024-10-03",
        "[[NEW YORK|GPE|New York]], Oct 3 — The [[International Longshoremen's Association|ORG]] said on Thursday that it had reached a deal with port employers to end a three-day strike at ports on the [[East Coast|LOC|East Coast of the United States]] and [[Gulf Coast|LOC|Gulf Coast of the United States]]. The employers' group, the [[United States Maritime Alliance|ORG]], said wages would rise by 62% over six years.\n\nUnion leader [[Harold Daggett|PERSON]] said members would return to work on Friday. [[Maersk|ORG]] said it would take about a week to clear the backlog for every day of the strike, according to a customer advisory.\n\nThe [[National Retail Federation|ORG]] welcomed the deal and said retailers had avoided serious shortages.\n",
        [
            ("International Longshoremen's Association", "say", "it had reached a deal with port employers to end a three-day strike at ports on the East Coast and Gulf Coast", False, []),
            ("United States Maritime Alliance", "say", "wages would rise by 62% over six years", False, ["62%"]),
            ("Harold Daggett", "say", "members would return to work on Friday", False, []),
            ("Maersk", "say", "it would take about a week to clear the backlog for every day of the strike", False, []),
            ("National Retail Federation", "say", "retailers had avoided serious shortages", False, []),
        ],
    ),
    (
        "own-dev5c-thames-water",
        "2025-02-18",
        "[[LONDON|GPE|London]], Feb 18 — [[Thames Water|ORG]] won court approval on Tuesday for a £3 billion emergency loan from its creditors. The utility said the loan would keep it running until the end of the year.\n\nIts parent company, [[Kemble Water|ORG|Kemble Water Holdings]], said it had no plans to put more money into the business. Regulator [[Ofwat|ORG]] said customers would not pay for the loan.\n\nEnvironment Secretary [[Steve Reed|PERSON]] said the government stood ready to place the company in special administration if needed. “We will not let [[Thames Water|ORG]] fail,” he said.\n",
        [
            ("Thames Water", "say", "the loan would keep it running until the end of the year", False, []),
            ("Kemble Water Holdings", "say", "it had no plans to put more money into the business", False, []),
            ("Ofwat", "say", "customers would not pay for the loan", False, []),
            ("Steve Reed", "say", "the government stood ready to place the company in special administration if needed", False, []),
            ("Steve Reed", "say", "We will not let Thames Water fail", True, []),
        ],
    ),
    (
        "own-dev5c-argentina-imf",
        "2025-04-11",
        "[[BUENOS AIRES|GPE|Buenos Aires]], April 11 — The [[International Monetary Fund|ORG]] agreed to lend [[Argentina|GPE]] $20 billion under a new programme, the fund said on Friday. Managing Director [[Kristalina Georgieva|PERSON]] said the country had made impressive progress in cutting inflation.\n\n[[Argentina|GPE]]'s [[Ministry of Economy|ORG|Ministry of Economy (Argentina)]] said the first payment of $12 billion would arrive next week. Economy Minister [[Luis Caputo|PERSON]] told local radio that currency controls would be lifted on Monday.\n\nMonthly inflation slowed to 3.7% in March, according to the national statistics agency [[INDEC|ORG|National Institute of Statistics and Census of Argentina]].\n",
        [
            ("International Monetary Fund", "say", "The International Monetary Fund agreed to lend Argentina $20 billion under a new programme", False, ["$20 billion"]),
            ("Kristalina Georgieva", "say", "the country had made impressive progress in cutting inflation", False, []),
            ("Ministry of Economy (Argentina)", "say", "the first payment of $12 billion would arrive next week", False, ["first", "$12 billion"]),
            ("Luis Caputo", "tell", "currency controls would be lifted on Monday", False, []),
            ("National Institute of Statistics and Census of Argentina", "according to", "Monthly inflation slowed to 3.7% in March", False, ["3.7%"]),
        ],
    ),
    (
        "own-dev5c-toyota-recall",
        "2024-12-11",
        "[[TOKYO|GPE|Tokyo]], Dec 11 — [[Toyota|ORG|Toyota Motor Corporation]] said on Wednesday it would recall about 1 million vehicles in [[Japan|GPE]] to fix a faulty sensor. Its truck unit, [[Hino Motors|ORG]], said separately that it had agreed to pay $1.6 billion to settle [[U.S.|GPE|United States]] emissions charges.\n\n[[Japan|GPE]]'s [[Ministry of Land, Infrastructure, Transport and Tourism|ORG]] said no accidents had been linked to the fault.\n",
        [
            ("Toyota Motor Corporation", "say", "it would recall about 1 million vehicles in Japan to fix a faulty sensor", False, ["about 1 million"]),
            ("Hino Motors", "say", "it had agreed to pay $1.6 billion to settle U.S. emissions charges", False, ["$1.6 billion"]),
            ("Ministry of Land, Infrastructure, Transport and Tourism", "say", "no accidents had been linked to the fault", False, []),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev5", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
