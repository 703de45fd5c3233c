"""Held-out set 40 (blind): marked texts of briefs 01-07 and their statements (see
``build_own40_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own40-ho-01", "bcrp-rate-decision", "2025-10-09", "2025-10-09",
        "[[Central Reserve Bank of Peru|ORG]] keeps its reference rate at [[4.25%|percent|4.25|%]]\n"
        "Press release - [[Lima|GPE]], [[9 October 2025|D|2025-10-09]]\n\n"
        "The Board of the [[Central Reserve Bank of Peru|ORG]] ([[BCRP|ORG|Central Reserve Bank of Peru]]) "
        "approved to keep the reference rate at [[4.25%|percent|4.25|%]]. This decision takes into account "
        "the following:\n\n"
        "• Inflation fell from [[1.4%|percent|1.4|%]] in [[August|D|2025-08]] to [[1.1%|percent|1.1|%]] in "
        "[[September|D|2025-09]], below the centre of the target range of [[1|percent|1|%]] to "
        "[[3%|percent|3|%]]. Core inflation was [[1.8%|percent|1.8|%]].\n"
        "• Inflation is projected to return to [[around 2%|percent|2|%]] in [[the first half of "
        "2026|D|2026-01/2026-06]].\n"
        "• Leading indicators show that economic activity grew [[about 3%|percent|3|%]] in [[the third "
        "quarter|D|2025-07/2025-09]]. Copper exports rose [[12%|percent|12|%]] in "
        "[[January-August|D|2025-01/2025-08]].\n"
        "• International reserves reached [[US$ 87.2 billion|money|87200000000|USD]] at the close of "
        "[[September|D|2025-09]], and public sector deposits at the [[BCRP|ORG|Central Reserve Bank of Peru]] "
        "rose by [[S/ 2.1 billion|money|2100000000|PEN]].\n\n"
        "Central bank president [[Julio Velarde|PERSON]] told reporters in [[Lima|GPE]]: “We see no need to "
        "move rates while inflation stays inside the range.” He added that the fiscal deficit would close "
        "[[2025|D|2025]] at [[2.2%|percent|2.2|%]] of GDP.\n\n"
        "The [[BCRP|ORG|Central Reserve Bank of Peru]] expects GDP to grow [[3.2%|percent|3.2|%]] "
        "[[this year|D|2025]], supported by mining investment and [[two|count|2|withdrawal]] withdrawals from "
        "private pension funds. The [[Board|ORG|Central Reserve Bank of Peru]] noted that [[Peruvian|NORP]] "
        "exporters face higher [[U.S.|GPE|United States]] tariffs of [[10%|percent|10|%]].\n\n"
        "Economy minister [[Raúl Pérez-Reyes|PERSON]] said the government would send a budget of "
        "[[S/ 257 billion|money|257000000000|PEN]] for [[2026|D|2026]] to [[Congress|ORG|Congress of the Republic "
        "of Peru]].\n\n"
        "The next monetary policy decision will be announced on [[13 November 2025|D|2025-11-13]].",
        [
            ("Julio Velarde", "tell", "We see no need to move rates while inflation stays inside the range.",
             True),
            ("Julio Velarde", "add", "the fiscal deficit would close 2025 at 2.2% of GDP", False),
            ("Central Reserve Bank of Peru", "expect", "GDP to grow 3.2% this year, supported by mining "
             "investment and two withdrawals from private pension funds", False),
            ("Central Reserve Bank of Peru", "note", "Peruvian exporters face higher U.S. tariffs of 10%",
             False),
            ("Raúl Pérez-Reyes", "say", "the government would send a budget of S/ 257 billion for 2026 to "
             "Congress", False),
        ],
    ),
    (
        "own40-ho-02", "istat-cpi-flash", "2025-10-31", "2025-10-31",
        "Consumer prices, provisional data, [[October 2025|D|2025-10]]\n"
        "[[31 October 2025|D|2025-10-31]] - [[Istat|ORG]]\n\n"
        "Inflation slows to [[+1.2%|percent|1.2|%]]\n\n"
        "In [[October 2025|D|2025-10]], according to preliminary estimates, the [[Italian|NORP]] consumer "
        "price index for the whole nation decreased by [[0.3%|percent|0.3|%]] on a monthly basis and "
        "increased by [[1.2%|percent|1.2|%]] compared with [[October 2024|D|2024-10]] (from "
        "[[+1.6%|percent|1.6|%]] in [[the previous month|D|2025-09]]).\n\n"
        "The slowdown is mainly due to prices of unregulated energy products, which fell by "
        "[[5.0%|percent|5.0|%]], and to regulated energy products, down [[3.5%|percent|3.5|%]]. Prices of "
        "processed food rose [[2.5%|percent|2.5|%]] and those of services related to transport "
        "[[3.1%|percent|3.1|%]].\n\n"
        "Core inflation, excluding energy and fresh food, was stable at [[+2.0%|percent|2.0|%]]. The "
        "harmonised index decreased by [[0.2%|percent|0.2|%]] on the month and rose [[1.3%|percent|1.3|%]] "
        "on the year, against [[2.1%|percent|2.1|%]] for the [[euro area|LOC|Eurozone]] as estimated by "
        "[[Eurostat|ORG]].\n\n"
        "“The fall in energy prices is bringing inflation back under [[2%|percent|2|%]] for the "
        "[[fourth|ordinal|4]] month in a row,” said [[Istat|ORG]] president [[Francesco Maria "
        "Chelli|PERSON]].\n\n"
        "[[Istat|ORG]] estimated that the carry-over inflation for [[2025|D|2025]] is "
        "[[+1.6%|percent|1.6|%]]. In [[Rome|GPE]], [[Milan|GPE]] and [[Naples|GPE]] the index rose less than "
        "the national average, the institute reported.\n\n"
        "Finance minister [[Giancarlo Giorgetti|PERSON]] said the figures confirmed that [[Italy|GPE]] "
        "was on track to cut its deficit below [[3%|percent|3|%]] of GDP [[next year|D|2026]]. The [[Bank of "
        "Italy|ORG]] forecast [[last week|D|2025-W43]] that [[Italian|NORP]] growth would reach "
        "[[0.5%|percent|0.5|%]] [[this year|D|2025]].\n\n"
        "Final data for [[October|D|2025-10]] will be published on [[14 November 2025|D|2025-11-14]]. The "
        "index is based on [[about 1,900|count|1900|product]] products and [[84|count|84|municipality]] "
        "municipalities.",
        [
            ("Francesco Maria Chelli", "say", "The fall in energy prices is bringing inflation back under 2% "
             "for the fourth month in a row", True),
            ("Istat", "estimate", "the carry-over inflation for 2025 is +1.6%", False),
            ("Istat", "report", "In Rome, Milan and Naples the index rose less than the national average",
             False),
            ("Giancarlo Giorgetti", "say", "the figures confirmed that Italy was on track to cut its deficit "
             "below 3% of GDP next year", False),
            ("Bank of Italy", "forecast", "Italian growth would reach 0.5% this year", False),
        ],
    ),
    (
        "own40-ho-03", "compcom-settlement", "2025-08-20", "2025-08-20",
        "Competition Commission reaches [[R96 million|money|96000000|ZAR]] settlement with poultry "
        "producer\n"
        "[[Pretoria|GPE]], [[20 August 2025|D|2025-08-20]]\n\n"
        "The [[Competition Commission|ORG|Competition Commission (South Africa)]] has concluded a consent "
        "agreement with [[Astral Foods|ORG]] in which the company admits to sharing customer information "
        "with a competitor [[between 2019 and 2022|D|2019/2022]] and agrees to pay an administrative "
        "penalty of [[R96 million|money|96000000|ZAR]].\n\n"
        "The agreement will be submitted to the [[Competition Tribunal|ORG|Competition Tribunal (South "
        "Africa)]] for confirmation [[next month|D|2025-09]]. The penalty amounts to [[about "
        "0.5%|percent|0.5|%]] of the firm's annual turnover.\n\n"
        "In addition, [[Astral Foods|ORG]] has committed to invest [[R150 million|money|150000000|ZAR]] over "
        "[[three years|D|P3Y]] in contract growers owned by historically disadvantaged persons, and to "
        "keep the price of its [[2 kg|quantity|2|kg]] frozen chicken packs unchanged for "
        "[[six months|D|P6M]].\n\n"
        "Commissioner [[Doris Tshepe|PERSON]] said: “Chicken is the most important source of protein for "
        "poor households in [[South Africa|GPE]]. Collusion in this market hurts millions of "
        "consumers.”\n\n"
        "The [[Commission|ORG|Competition Commission (South Africa)]] said it had raided the offices of "
        "[[three|count|3|producer]] producers in [[Gauteng|GPE]] and the [[Western Cape|GPE]] in "
        "[[March 2023|D|2023-03]], and that its investigation into [[two|count|2|firm]] other firms "
        "continues.\n\n"
        "[[Astral Foods|ORG]] chief executive [[Gary Arnold|PERSON]] said the company had cooperated fully "
        "and had strengthened its compliance programme. Trade minister [[Parks Tau|PERSON]] said the "
        "settlement showed that competition law was protecting consumers.\n\n"
        "Under the [[Competition Act|LAW|Competition Act, 1998]], a firm can be fined "
        "[[up to 10%|percent|10|%]] of its annual turnover. The [[Commission|ORG|Competition Commission (South "
        "Africa)]] has collected [[more than R1.2 billion|money|1200000000|ZAR]] in penalties since "
        "[[April 2020|D|2020-04]].",
        [
            ("Astral Foods", "commit", "invest R150 million over three years in contract growers owned by "
             "historically disadvantaged persons, and to keep the price of its 2 kg frozen chicken packs "
             "unchanged for six months", False),
            ("Doris Tshepe", "say", "Chicken is the most important source of protein for poor households in "
             "South Africa. Collusion in this market hurts millions of consumers.", True),
            ("Competition Commission (South Africa)", "say", "it had raided the offices of three producers in "
             "Gauteng and the Western Cape in March 2023, and that its investigation into two other firms "
             "continues", False),
            ("Gary Arnold", "say", "the company had cooperated fully and had strengthened its compliance "
             "programme", False),
            ("Parks Tau", "say", "the settlement showed that competition law was protecting consumers", False),
        ],
    ),
    (
        "own40-ho-04", "ukraine-minfin", "2025-09-17", "2025-09-17",
        "[[Ukraine|GPE]] receives [[EUR 4.1 billion|money|4100000000|EUR]] from the [[EU|ORG|European "
        "Union]] under the [[Ukraine Facility|ORG]]\n"
        "[[17.09.2025|D|2025-09-17]]\n\n"
        "[[Ukraine|GPE]] has received [[EUR 4.1 billion|money|4100000000|EUR]] from the [[European "
        "Union|ORG]] under the [[Ukraine Facility|ORG]] and the [[G7|ORG]] initiative to use proceeds from frozen "
        "[[Russian|NORP]] assets, the [[Ministry of Finance of Ukraine|ORG|Ministry of Finance "
        "(Ukraine)]] reported.\n\n"
        "Of this amount, [[EUR 3.05 billion|money|3050000000|EUR]] came as a loan through the ERA "
        "mechanism and [[EUR 1.05 billion|money|1050000000|EUR]] under the [[fourth|ordinal|4]] tranche of "
        "the [[Ukraine Facility|ORG]]. The funds will be used to pay salaries of teachers and doctors and "
        "to support [[about 10 million|count|10000000|pensioner]] pensioners.\n\n"
        "“[[Europe|LOC]] continues to stand with [[Ukraine|GPE]]. These funds help us keep the budget "
        "stable at a time when [[Russia|GPE]] attacks our cities every night,” said Minister of Finance "
        "[[Serhiy Marchenko|PERSON]].\n\n"
        "In total, since [[the beginning of 2025|D|2025-01]], [[Ukraine|GPE]] has attracted "
        "[[UAH 1.3 trillion|money|1300000000000|UAH]] of external financing, of which the [[EU|ORG|European "
        "Union]] provided [[48%|percent|48|%]], [[Japan|GPE]] [[11%|percent|11|%]] and [[Canada|GPE]] "
        "[[8%|percent|8|%]].\n\n"
        "Prime Minister [[Yulia Svyrydenko|PERSON]] thanked [[European|NORP]] partners and said the "
        "government expects a further [[EUR 4.5 billion|money|4500000000|EUR]] before [[the end of the "
        "year|D|2025-12]].\n\n"
        "The [[European Commission|ORG]] said on [[Tuesday|D|2025-09-16]] that [[Ukraine|GPE]] had "
        "completed [[13|count|13|reform]] of the [[16|count|16|reform]] reforms required for "
        "[[the third quarter|D|2025-07/2025-09]]. The [[IMF|ORG|International Monetary Fund]] estimates "
        "[[Ukraine|GPE]]'s external financing needs for [[2026|D|2026]] at [[$65 billion|money|65000000000|USD]].",
        [
            ("Ministry of Finance (Ukraine)", "report", "Ukraine has received EUR 4.1 billion from the "
             "European Union under the Ukraine Facility and the G7 initiative to use proceeds from frozen "
             "Russian assets", False),
            ("Serhiy Marchenko", "say", "Europe continues to stand with Ukraine. These funds help us keep the "
             "budget stable at a time when Russia attacks our cities every night", True),
            ("Yulia Svyrydenko", "say", "the government expects a further EUR 4.5 billion before the end of "
             "the year", False),
            ("European Commission", "say", "Ukraine had completed 13 of the 16 reforms required for the third "
             "quarter", False),
            ("International Monetary Fund", "estimate", "Ukraine's external financing needs for 2026 at $65 "
             "billion", False),
        ],
    ),
    (
        "own40-ho-05", "phac-measles", "2025-11-10", "2025-11-10",
        "Statement from the [[Public Health Agency of Canada|ORG]] on measles elimination status\n"
        "[[November 10, 2025|D|2025-11-10]] - [[Ottawa|GPE]], [[Ontario|GPE]]\n\n"
        "[[Today|D|2025-11-10]], the [[Public Health Agency of Canada|ORG]] ([[PHAC|ORG|Public Health Agency "
        "of Canada]]) was informed by the [[Pan American Health Organization|ORG]] ([[PAHO|ORG|Pan "
        "American Health Organization]]) that [[Canada|GPE]] no longer meets the criteria for measles "
        "elimination, as transmission of the same strain has continued for [[more than 12 "
        "months|D|P12M]].\n\n"
        "The outbreak began in [[October 2024|D|2024-10]] in [[New Brunswick|GPE]] and has since spread to "
        "[[nine|count|9|province]] provinces and territories. As of [[November 1|D|2025-11-01]], "
        "[[5,162|count|5162|case]] cases had been reported in [[2025|D|2025]], most of them "
        "in [[Ontario|GPE]] and [[Alberta|GPE]]. [[Two|count|2|death]] deaths have been reported, both "
        "in infants. Cases were also confirmed in [[Quebec|GPE]], [[Manitoba|GPE]] and [[British "
        "Columbia|GPE]].\n\n"
        "“This is a serious setback, but it can be reversed,” said the Minister of Health, [[Marjorie "
        "Michel|PERSON]]. “Vaccination is the best protection, and it is free across [[Canada|GPE]].”\n\n"
        "[[PHAC|ORG|Public Health Agency of Canada]] recommends [[two|count|2|dose]] doses of measles "
        "vaccine for children, and notes that coverage among two-year-olds has fallen to "
        "[[76%|percent|76|%]]. The Government of [[Canada|GPE]] will provide [[$2.5 million|money|2500000|CAD]] to "
        "provinces for catch-up clinics.\n\n"
        "[[Canada|GPE]] had held elimination status since [[1998|D|1998]]. The [[United States|GPE]] and "
        "[[Mexico|GPE]] are also reporting outbreaks; [[PAHO|ORG|Pan American Health Organization]] said the "
        "[[Americas|LOC]] region had recorded [[more than 12,500|count|12500|case]] cases [[this "
        "year|D|2025]]. [[PAHO|ORG|Pan American Health Organization]] is the regional office of the [[World Health "
        "Organization|ORG]].",
        [
            ("Pan American Health Organization", "inform", "Canada no longer meets the criteria for measles "
             "elimination, as transmission of the same strain has continued for more than 12 months", False),
            ("Marjorie Michel", "say", "This is a serious setback, but it can be reversed", True),
            ("Marjorie Michel", "say", "Vaccination is the best protection, and it is free across Canada.",
             True),
            ("Public Health Agency of Canada", "recommend", "two doses of measles vaccine for children", False),
            ("Public Health Agency of Canada", "note", "coverage among two-year-olds has fallen to 76%",
             False),
            ("Pan American Health Organization", "say", "the Americas region had recorded more than 12,500 "
             "cases this year", False),
        ],
    ),
    (
        "own40-ho-06", "afdb-loan", "2025-07-02", "2025-07-02",
        "[[African Development Bank|ORG]] approves [[$150 million|money|150000000|USD]] to improve water "
        "supply in [[Tanzania|GPE]]\n"
        "[[02-Jul-2025|D|2025-07-02]]\n"
        "[[Abidjan|GPE]], [[Côte d'Ivoire|GPE|Ivory Coast]]\n\n"
        "The Board of Directors of the [[African Development Bank|ORG]] has approved a loan of "
        "[[$150 million|money|150000000|USD]] to [[Tanzania|GPE]] to expand water and sanitation services in "
        "the capital, [[Dodoma|GPE]], and [[four|count|4|town]] towns near [[Lake Victoria|LOC]], among them [[Musoma|GPE]]. President [[Samia "
        "Suluhu Hassan|PERSON]] has made water a priority of her government.\n\n"
        "The project will build [[120 kilometres|quantity|120|km]] of pipeline and a treatment plant with a "
        "capacity of [[60,000 cubic metres|quantity|60000|m3]] a day. It is expected to benefit "
        "[[about 1.4 million|count|1400000|person]] people, [[52%|percent|52|%]] of them women.\n\n"
        "The loan comes from the [[African Development Fund|ORG]], the concessional window of the "
        "[[Bank|ORG|African Development Bank]], and the [[Tanzanian|NORP]] government will "
        "contribute [[TSh 41 billion|money|41000000000|TZS]].\n\n"
        "“Access to clean water is a matter of health and dignity,” said [[Nnenna Nwabufo|PERSON]], the "
        "[[Bank|ORG|African Development Bank]]'s Director General for [[East Africa|LOC]]. “This investment "
        "will cut the time women and girls spend fetching water by half.”\n\n"
        "Minister of Water [[Jumaa Aweso|PERSON]] said the works would start in [[January 2026|D|2026-01]] "
        "and take [[36 months|D|P36M]]. The [[Bank|ORG|African Development Bank]] said the works would "
        "create [[about 3,000|count|3000|job]] jobs.\n\n"
        "Since [[1971|D|1971]], the [[African Development Bank|ORG]] has financed "
        "[[more than 200|count|200|operation]] operations in [[Tanzania|GPE]] worth [[over $7.5 "
        "billion|money|7500000000|USD]].",
        [
            ("Nnenna Nwabufo", "say", "Access to clean water is a matter of health and dignity", True),
            ("Nnenna Nwabufo", "say", "This investment will cut the time women and girls spend fetching water "
             "by half.", True),
            ("Jumaa Aweso", "say", "the works would start in January 2026 and take 36 months", False),
            ("African Development Bank", "say", "the works would create about 3,000 jobs", False),
        ],
    ),
    (
        "own40-ho-07", "shopify-results", "2025-11-04", "2025-11-04",
        "[[Shopify|ORG]] [[Q3|D|2025-07/2025-09]] revenue grows [[32%|percent|32|%]]\n"
        "[[Ottawa|GPE]], [[Canada|GPE]] - [[November 4, 2025|D|2025-11-04]]\n\n"
        "[[Shopify|ORG]] Inc. ([[NASDAQ|ORG|Nasdaq]], [[TSX|ORG|Toronto Stock Exchange]]: SHOP) "
        "[[today|D|2025-11-04]] announced financial results for [[the quarter ended September 30, "
        "2025|D|2025-07/2025-09]]. All figures are in [[U.S.|GPE|United States]] dollars.\n\n"
        "[[Third-quarter|D|2025-07/2025-09]] highlights\n"
        "-- Gross merchandise volume increased [[32%|percent|32|%]] to [[$92.01 billion|money|92010000000|USD]].\n"
        "-- Revenue increased [[32%|percent|32|%]] to [[$2.84 billion|money|2840000000|USD]].\n"
        "-- Free cash flow was [[$507 million|money|507000000|USD]], a margin of [[18%|percent|18|%]], the "
        "[[ninth|ordinal|9]] consecutive quarter of double-digit margins.\n"
        "-- International GMV grew [[41%|percent|41|%]]; [[Europe|LOC]] grew [[49%|percent|49|%]].\n\n"
        "“Merchants of every size are choosing [[Shopify|ORG]],” said President [[Harley "
        "Finkelstein|PERSON]]. “We are building the commerce platform for the AI era.”\n\n"
        "Chief Financial Officer [[Jeff Hoffmeister|PERSON]] said [[Shopify|ORG]] expects revenue to grow "
        "at a mid-to-high-twenties percentage rate in [[the fourth quarter|D|2025-10/2025-12]], with "
        "operating expenses at [[30|percent|30|%]] to [[31%|percent|31|%]] of revenue.\n\n"
        "The company's headcount stood at [[about 8,100|count|8100|employee]] employees. Founder and chief "
        "executive [[Tobi Lütke|PERSON]] will host a call with analysts at 8:30 a.m. ET. "
        "Shares of [[Shopify|ORG]] rose [[4%|percent|4|%]] in premarket trading in [[New York|GPE|New York "
        "City]]. A partnership with [[OpenAI|ORG]] lets shoppers buy from [[Shopify|ORG]] merchants inside "
        "[[ChatGPT|PRODUCT]].",
        [
            ("Harley Finkelstein", "say", "Merchants of every size are choosing Shopify", True),
            ("Harley Finkelstein", "say", "We are building the commerce platform for the AI era.", True),
            ("Jeff Hoffmeister", "say", "Shopify expects revenue to grow at a mid-to-high-twenties percentage "
             "rate in the fourth quarter, with operating expenses at 30 to 31% of revenue", False),
        ],
    ),
]
