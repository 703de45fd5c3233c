"""Held-out set 41 (blind): marked texts of briefs 01-07 and their statements (see
``build_own41_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own41-ho-01", "rbnz-ocr-decision", "2025-10-08", "2025-10-08",
        "[[Reserve Bank of New Zealand|ORG]] lowers Official Cash Rate to [[2.5%|percent|2.5|%]]\n"
        "[[Wellington|GPE]], [[8 October 2025|D|2025-10-08]]\n\n"
        "The [[Reserve Bank of New Zealand|ORG]] [[today|D|2025-10-08]] cut the Official Cash Rate by "
        "[[50 basis points|percent|0.5|pp]] to [[2.5%|percent|2.5|%]], the [[fifth|ordinal|5]] reduction "
        "since [[August 2024|D|2024-08]].\n\n"
        "Economic activity was weaker than expected in [[the June quarter|D|2025-04/2025-06]], when gross "
        "domestic product fell [[0.9%|percent|0.9|%]]. Annual consumer price inflation rose to "
        "[[2.7%|percent|2.7|%]], but the [[Bank|ORG|Reserve Bank of New Zealand]] expects it to return to the "
        "[[2%|percent|2|%]] midpoint of its target band during [[2026|D|2026]]. Growth among trading partners "
        "such as [[Australia|GPE]] and [[China|GPE]] has held up, while [[US|GPE|United States]] tariffs weigh "
        "on world trade.\n\n"
        "Governor [[Christian Hawkesby|PERSON]] said: “Spare capacity in the economy is larger than we "
        "thought in [[August|D|2025-08]], and the committee sees room to ease further if needed.”\n\n"
        "Mr [[Hawkesby|PERSON|Christian Hawkesby]] told reporters in [[Wellington|GPE]] that the unemployment "
        "rate, now [[5.2%|percent|5.2|%]], was likely to peak [[this year|D|2025]]. He added that "
        "[[four|count|4|member]] of the [[six|count|6|member]] committee members had backed the larger cut, "
        "while [[two|count|2|member]] preferred [[25 basis points|percent|0.25|pp]].\n\n"
        "Finance Minister [[Nicola Willis|PERSON]] welcomed the cut and said it would give relief to "
        "households with mortgages.\n\n"
        "The [[Bank|ORG|Reserve Bank of New Zealand]] noted that house prices had fallen "
        "[[0.5%|percent|0.5|%]] over [[the past year|D|2024-10-08/2025-10-08]] and that mortgage rates would "
        "keep falling as fixed-rate loans are refinanced. [[New Zealand|GPE]] households have "
        "[[about NZ$160 billion|money|160000000000|NZD]] of mortgages to reprice within [[a year|D|P1Y]].\n\n"
        "The next decision will be announced on [[Wednesday, November 26, 2025|D|2025-11-26]].",
        [
            ("Christian Hawkesby", "say", "Spare capacity in the economy is larger than we thought in August, "
             "and the committee sees room to ease further if needed.", True),
            ("Nicola Willis", "say", "it would give relief to households with mortgages", False),
            ("Christian Hawkesby", "tell", "the unemployment rate, now 5.2%, was likely to peak this year", False),
            ("Christian Hawkesby", "add", "four of the six committee members had backed the larger cut, while "
             "two preferred 25 basis points", False),
            ("Reserve Bank of New Zealand", "note", "house prices had fallen 0.5% over the past year and that "
             "mortgage rates would keep falling as fixed-rate loans are refinanced", False),
            ("Reserve Bank of New Zealand", "expect", "it to return to the 2% midpoint of its target band during "
             "2026", False),
        ],
    ),
    (
        "own41-ho-02", "dosm-cpi", "2025-10-22", "2025-10-22",
        "Consumer Price Index, [[Malaysia|GPE]], [[September 2025|D|2025-09]]\n"
        "[[Department of Statistics Malaysia|ORG]]\n"
        "[[Putrajaya|GPE]], [[22 October 2025|D|2025-10-22]]\n\n"
        "Headline inflation in [[Malaysia|GPE]] increased to [[1.5 per cent|percent|1.5|%]] in "
        "[[September 2025|D|2025-09]], from [[1.3 per cent|percent|1.3|%]] in [[August|D|2025-08]]. The index "
        "stood at [[135.4|number|135.4]] points against [[133.4|number|133.4]] in the same month of the "
        "previous year.\n\n"
        "Chief Statistician [[Mohd Uzir Mahidin|PERSON]] said the increase was driven by housing, water, "
        "electricity, gas and other fuels, which rose [[1.9 per cent|percent|1.9|%]], and by personal care, "
        "which rose [[3.8 per cent|percent|3.8|%]]. Food and beverages, which make up "
        "[[29.8 per cent|percent|29.8|%]] of the basket, rose [[2.1 per cent|percent|2.1|%]].\n\n"
        "“Prices of [[RON95|PRODUCT]] petrol remained at [[RM2.05|money|2.05|MYR]] a litre throughout the "
        "month, which kept transport inflation low,” Dr [[Mohd Uzir|PERSON|Mohd Uzir Mahidin]] said.\n\n"
        "[[Bank Negara Malaysia|ORG]] has said it expects inflation of [[1.5|percent|1.5|%]] to "
        "[[2.3 per cent|percent|2.3|%]] for [[2025|D|2025]].\n\n"
        "By state, [[Pulau Pinang|GPE|Penang]] recorded the highest inflation at "
        "[[2.3 per cent|percent|2.3|%]], followed by [[Selangor|GPE]] and [[Kuala Lumpur|GPE]] at "
        "[[2.0 per cent|percent|2|%]] each, while [[Sabah|GPE]] recorded [[0.8 per cent|percent|0.8|%]]. "
        "Inflation in [[Malaysia|GPE]] remained below that of [[Indonesia|GPE]] at "
        "[[2.7 per cent|percent|2.7|%]] and [[Philippines|GPE]] at [[1.7 per cent|percent|1.7|%]].\n\n"
        "For [[January to September 2025|D|2025-01/2025-09]], headline inflation averaged "
        "[[1.4 per cent|percent|1.4|%]]. Of the [[552|count|552|item]] items in the index, "
        "[[301|count|301|item]] rose in price. [[Mohd Uzir|PERSON|Mohd Uzir Mahidin]] noted that "
        "[[September|D|2025-09]] was the [[second|ordinal|2]] month in a row of rising inflation.\n\n"
        "The index for [[October 2025|D|2025-10]] will be released on [[25 November 2025|D|2025-11-25]].",
        [
            ("Mohd Uzir Mahidin", "say", "the increase was driven by housing, water, electricity, gas and other "
             "fuels, which rose 1.9 per cent, and by personal care, which rose 3.8 per cent", False),
            ("Mohd Uzir Mahidin", "say", "Prices of RON95 petrol remained at RM2.05 a litre throughout the "
             "month, which kept transport inflation low", True),
            ("Bank Negara Malaysia", "expect", "inflation of 1.5 to 2.3 per cent for 2025", False),
            ("Mohd Uzir Mahidin", "note", "September was the second month in a row of rising inflation", False),
        ],
    ),
    (
        "own41-ho-03", "sfc-enforcement", "2025-09-12", "2025-09-12",
        "[[SFC|ORG|Securities and Futures Commission]] reprimands and fines brokerage "
        "[[HK$18 million|money|18000000|HKD]]\n"
        "[[Hong Kong|GPE]], [[12 Sep 2025|D|2025-09-12]]\n\n"
        "The [[Securities and Futures Commission|ORG]] ([[SFC|ORG|Securities and Futures Commission]]) has "
        "reprimanded [[Chiyu Securities Limited|ORG]] and fined it [[HK$18 million|money|18000000|HKD]] for "
        "failures in its anti-money laundering controls [[between March 2020 and "
        "June 2023|D|2020-03/2023-06]].\n\n"
        "The [[SFC|ORG|Securities and Futures Commission]] found that the firm processed "
        "[[1,326|count|1326|transfer]] third-party fund transfers worth "
        "[[about HK$2.4 billion|money|2400000000|HKD]] without adequate checks, including "
        "[[87|count|87|transfer]] transfers from accounts in [[Macau|GPE|Macau]] and mainland "
        "[[China|GPE]].\n\n"
        "[[Chiyu Securities|ORG|Chiyu Securities Limited]] also failed to report suspicious trades in "
        "[[three|count|3|stock]] stocks listed on the [[Stock Exchange of Hong Kong|ORG]] to the [[Joint "
        "Financial Intelligence Unit|ORG]] in a timely manner, the regulator said.\n\n"
        "Ms [[Christina Choi|PERSON]], the [[SFC|ORG|Securities and Futures Commission]]’s Executive "
        "Director of Enforcement, said: “Brokers must know where their clients’ money comes from. Weak "
        "controls over third-party payments expose [[Hong Kong|GPE]]’s market to serious risk.”\n\n"
        "In deciding the penalty, the [[SFC|ORG|Securities and Futures Commission]] took into account that "
        "the firm cooperated, hired an independent reviewer and spent [[more than HK$5 million|money|5000000|HKD]] "
        "on remedial work. The firm agreed that a senior manager would attest to the new controls within "
        "[[six months|D|P6M]].\n\n"
        "The [[SFC|ORG|Securities and Futures Commission]] has fined [[11|count|11|firm]] brokers a total of "
        "[[HK$97 million|money|97000000|HKD]] for similar failures since [[2022|D|2022]]. The statement of "
        "disciplinary action is available on its website.",
        [
            ("Securities and Futures Commission", "say", "Chiyu Securities also failed to report "
             "suspicious trades in three stocks listed on the Stock Exchange of Hong Kong to the Joint "
             "Financial Intelligence Unit in a timely manner", False),
            ("Securities and Futures Commission", "find", "the firm processed 1,326 third-party fund transfers "
             "worth about HK$2.4 billion without adequate checks, including 87 transfers from accounts in Macau "
             "and mainland China", False),
            ("Christina Choi", "say", "Brokers must know where their clients’ money comes from. Weak controls "
             "over third-party payments expose Hong Kong’s market to serious risk.", True),
            ("Chiyu Securities Limited", "agree", "a senior manager would attest to the new controls within six "
             "months", False),
        ],
    ),
    (
        "own41-ho-04", "jma-summer", "2025-09-01", "2025-09-01",
        "[[Japan Meteorological Agency|ORG]]: summer [[2025|D|2025]] hottest on record\n"
        "[[Tokyo|GPE]], [[September 1, 2025|D|2025-09-01]]\n\n"
        "The [[Japan Meteorological Agency|ORG]] said on [[Monday|D|2025-09-01]] that the average temperature "
        "across [[Japan|GPE]] for [[June to August|D|2025-06/2025-08]] was [[2.36 degrees|quantity|2.36|°C]] "
        "above the [[1991-2020|D|1991/2020]] average, the highest since records began in [[1898|D|1898]].\n\n"
        "The previous records were set in [[2023|D|2023]] and [[2024|D|2024]], when summer temperatures ran "
        "[[1.76 degrees|quantity|1.76|°C]] above normal. A record [[41.8 degrees Celsius|quantity|41.8|°C]] "
        "was measured in [[Isesaki|GPE]], [[Gunma Prefecture|GPE]], on [[August 5|D|2025-08-05]].\n\n"
        "[[Takeshi Tatebe|PERSON]], head of the agency's climate prediction division, said: “This summer was "
        "exceptional. Warm seas around the archipelago and a strong [[Pacific|LOC|Pacific Ocean]] high "
        "pressure system kept the heat in place for weeks.”\n\n"
        "The agency reported that [[9,385|count|9385|station]] observation points recorded temperatures of "
        "[[35 degrees|quantity|35|°C]] or more at least once. Rainfall on the [[Sea of Japan|LOC]] "
        "side of northern [[Japan|GPE]] was less than half the normal amount.\n\n"
        "The [[Ministry of Health, Labour and Welfare|ORG]] said [[more than 60,000|count|60000|person]] "
        "people were taken to hospital with heatstroke [[between May and "
        "August|D|2025-05/2025-08]]. [[Tatebe|PERSON|Takeshi Tatebe]] warned that high temperatures would continue "
        "in western [[Japan|GPE]] until [[mid-September|D|2025-09]], and the agency expects the autumn to be "
        "warmer than normal across the country. Chief Cabinet Secretary [[Yoshimasa Hayashi|PERSON]] urged "
        "people to drink water and use air conditioning.",
        [
            ("Takeshi Tatebe", "say", "This summer was exceptional. Warm seas around the archipelago and a "
             "strong Pacific high pressure system kept the heat in place for weeks.", True),
            ("Japan Meteorological Agency", "report", "9,385 observation points recorded temperatures of 35 "
             "degrees or more at least once", False),
            ("Ministry of Health, Labour and Welfare", "say", "more than 60,000 people were taken to hospital "
             "with heatstroke between May and August", False),
            ("Takeshi Tatebe", "warn", "high temperatures would continue in western Japan until mid-September",
             False),
            ("Yoshimasa Hayashi", "urge", "people to drink water and use air conditioning", False),
            ("Japan Meteorological Agency", "expect", "the autumn to be warmer than normal across the country",
             False),
            ("Japan Meteorological Agency", "say", "the average temperature across Japan for June to August "
             "was 2.36 degrees above the 1991-2020 average, the highest since records began in 1898", False),
        ],
    ),
    (
        "own41-ho-05", "wfp-news-release", "2025-07-23", "2025-07-23",
        "[[WFP|ORG|World Food Programme]] warns of deepening hunger as returnees pour into "
        "[[Afghanistan|GPE]]\n"
        "[[KABUL|GPE|Kabul]] - [[23 July 2025|D|2025-07-23]]\n\n"
        "The [[United Nations|ORG]] [[World Food Programme|ORG]] ([[WFP|ORG|World Food Programme]]) warned "
        "[[today|D|2025-07-23]] that [[9.5 million|count|9500000|person]] people in [[Afghanistan|GPE]] face "
        "acute hunger, as [[more than 1.4 million|count|1400000|Afghan]] [[Afghans|NORP|Afghan]] have returned from "
        "[[Iran|GPE]] and [[Pakistan|GPE]] since [[January|D|2025-01]].\n\n"
        "[[WFP|ORG|World Food Programme]] needs [[US$539 million|money|539000000|USD]] to keep assisting "
        "[[six million|count|6000000|person]] people over [[the next six months|D|2025-07-23/2026-01-23]], but "
        "its operation in the country is only [[14 percent|percent|14|%]] funded. Without new money, rations "
        "at border crossings such as [[Islam Qala|GPE]] and [[Torkham|GPE]] will be cut from "
        "[[September|D|2025-09]].\n\n"
        "“Families are arriving with nothing, often after being forced to leave within "
        "days,” said [[John Aylieff|PERSON]], [[WFP|ORG|World Food Programme]] Country Director in "
        "[[Afghanistan|GPE]]. “We are feeding them at the border, but we cannot do it for long without "
        "support.”\n\n"
        "Mr [[Aylieff|PERSON|John Aylieff]] said that returnees received a hot meal and "
        "a [[two-month|D|P2M]] cash transfer of [[about US$100|money|100|USD]] per family.\n\n"
        "[[WFP|ORG|World Food Programme]] estimated that one in five children in the western "
        "provinces is malnourished, and called on donors for "
        "[[US$120 million|money|120000000|USD]] for nutrition programmes before the winter.",
        [
            ("John Aylieff", "say", "Families are arriving with nothing, often after being forced to leave "
             "within days", True),
            ("John Aylieff", "say", "We are feeding them at the border, but we cannot do it for long without "
             "support.", True),
            ("John Aylieff", "say", "returnees received a hot meal and a two-month cash transfer of about "
             "US$100 per family", False),
            ("World Food Programme", "warn", "9.5 million people in Afghanistan face acute hunger, as more than "
             "1.4 million Afghans have returned from Iran and Pakistan since January", False),
            ("World Food Programme", "estimate", "one in five children in the western provinces is malnourished",
             False),
            ("World Food Programme", "call for", "US$120 million for nutrition programmes before the winter",
             False),
        ],
    ),
    (
        "own41-ho-06", "infosys-results", "2025-10-16", "2025-10-16",
        "[[Infosys|ORG]] revenues grow [[8.6%|percent|8.6|%]] year on year in [[Q2 FY26|D|2025-07/2025-09]]\n"
        "[[Bengaluru|GPE]], [[India|GPE]] - [[October 16, 2025|D|2025-10-16]]\n\n"
        "[[Infosys|ORG]] ([[NSE|ORG|National Stock Exchange of India]], [[BSE|ORG|Bombay Stock Exchange]], "
        "[[NYSE|ORG|New York Stock Exchange]]: INFY) delivered revenues of [[₹44,490 crore|money|444900000000|INR]] "
        "for the quarter ended [[September 30, 2025|D|2025-09-30]], up [[8.6%|percent|8.6|%]] year "
        "on year. Net profit rose [[13.2%|percent|13.2|%]] to "
        "[[₹7,364 crore|money|73640000000|INR]]. In dollar terms, revenues were "
        "[[$5,076 million|money|5076000000|USD]].\n\n"
        "Large deal wins were [[$3.1 billion|money|3100000000|USD]], and the company added "
        "[[8,203|count|8203|employee]] employees, taking its headcount to [[331,991|count|331991|employee]].\n\n"
        "“Our performance in [[Q2|D|2025-07/2025-09]] was strong and broad-based, with growth across all our "
        "regions,” said [[Salil Parekh|PERSON]], CEO and MD. “Clients are choosing [[Infosys|ORG]] for "
        "their AI programmes.”\n\n"
        "The company narrowed its revenue growth guidance for [[FY26|D|2025-04/2026-03]] to "
        "[[2%|percent|2|%]]-[[3%|percent|3|%]] in constant currency, and kept its operating margin guidance "
        "at [[20%|percent|20|%]]-[[22%|percent|22|%]].\n\n"
        "[[Jayesh Sanghrajka|PERSON]], Chief Financial Officer, said the board had declared an interim "
        "dividend of [[₹23|money|23|INR]] per share, [[9.5%|percent|9.5|%]] higher than [[last year|D|2024]]. "
        "He added that the [[₹18,000 crore|money|180000000000|INR]] share buyback approved in "
        "[[September|D|2025-09]] would be completed by [[December|D|2025-12]].\n\n"
        "Chairman [[Nandan Nilekani|PERSON]] said the company would keep investing in its [[Mysuru|GPE]] "
        "training campus, which can house [[10,000|count|10000|trainee]] trainees.\n\n"
        "Revenue from [[North America|LOC]] grew [[2.1%|percent|2.1|%]] and from [[Europe|LOC]] "
        "[[11.5%|percent|11.5|%]] in constant currency.",
        [
            ("Salil Parekh", "say", "Our performance in Q2 was strong and broad-based, with growth across all "
             "our regions", True),
            ("Salil Parekh", "say", "Clients are choosing Infosys for their AI programmes.", True),
            ("Jayesh Sanghrajka", "say", "the board had declared an interim dividend of ₹23 per share, 9.5% "
             "higher than last year", False),
            ("Nandan Nilekani", "say", "the company would keep investing in its Mysuru training campus, which "
             "can house 10,000 trainees", False),
            ("Jayesh Sanghrajka", "add", "the ₹18,000 crore share buyback approved in September would be "
             "completed by December", False),
        ],
    ),
    (
        "own41-ho-07", "dubai-rta", "2025-10-10", "2025-10-10",
        "[[RTA|ORG|Roads and Transport Authority (Dubai)]] starts tunnelling on [[Dubai Metro|FAC]] "
        "[[Blue Line|FAC|Blue Line (Dubai Metro)]]\n"
        "[[Dubai|GPE]], [[10 October 2025|D|2025-10-10]]\n\n"
        "[[Dubai|GPE]]’s [[Roads and Transport Authority|ORG|Roads and Transport Authority (Dubai)]] "
        "([[RTA|ORG|Roads and Transport Authority (Dubai)]]) has begun tunnelling on the "
        "[[Blue Line|FAC|Blue Line (Dubai Metro)]] of the [[Dubai Metro|FAC]], a "
        "[[AED 20.5 billion|money|20500000000|AED]] project due to open on "
        "[[9 September 2029|D|2029-09-09]].\n\n"
        "The [[30 km|quantity|30|km]] line will have [[14|count|14|station]] stations, "
        "[[15.5 km|quantity|15.5|km]] of it underground, and will link [[Mirdif|GPE]], "
        "[[Dubai International City|GPE|International City]] and [[Dubai Silicon Oasis|GPE]] with the "
        "existing [[Red Line|FAC|Red Line (Dubai Metro)]] and [[Green Line|FAC|Green Line (Dubai Metro)]]. "
        "A [[Turkish|NORP]]-[[Chinese|NORP]] consortium led by [[Mapa|ORG|Mapa Group]], "
        "[[Limak|ORG|Limak Holding]] and [[CRRC|ORG]] is building it.\n\n"
        "[[Mattar Al Tayer|PERSON]], Director-General and Chairman of the Board of Executive Directors of "
        "the [[RTA|ORG|Roads and Transport Authority (Dubai)]], said: “The [[Blue Line|FAC|Blue Line "
        "(Dubai Metro)]] will serve [[about one million|count|1000000|resident]] residents and cut journey "
        "times by [[up to 40%|percent|40|%]] in the areas it covers.”\n\n"
        "[[Al Tayer|PERSON|Mattar Al Tayer]] said the line was expected to carry "
        "[[200,000|count|200000|passenger]] passengers a day by [[2030|D|2030]], rising to "
        "[[320,000|count|320000|passenger]] by [[2040|D|2040]]. [[Two|count|2|machine]] tunnel boring "
        "machines, each [[more than 100 metres|quantity|100|m]] long, will work around the clock for "
        "[[about 18 months|D|P18M]]. The [[RTA|ORG|Roads and Transport Authority (Dubai)]] said that "
        "[[more than 1,000|count|1000|worker]] workers were on site.\n\n"
        "The [[Dubai Metro|FAC]] carried [[275 million|count|275000000|passenger]] passengers in "
        "[[2024|D|2024]], [[9%|percent|9|%]] more than in [[2023|D|2023]], the [[RTA|ORG|Roads and Transport "
        "Authority (Dubai)]] said.",
        [
            ("Mattar Al Tayer", "say", "The Blue Line will serve about one million residents and cut journey "
             "times by up to 40% in the areas it covers.", True),
            ("Mattar Al Tayer", "say", "the line was expected to carry 200,000 passengers a day by 2030, rising "
             "to 320,000 by 2040", False),
            ("Roads and Transport Authority (Dubai)", "say", "more than 1,000 workers were on site", False),
            ("Roads and Transport Authority (Dubai)", "say", "The Dubai Metro carried 275 million passengers in "
             "2024, 9% more than in 2023", False),
        ],
    ),
]
