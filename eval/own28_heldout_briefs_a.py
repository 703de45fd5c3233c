"""Held-out set 28 (blind): marked texts of briefs 01-07 and their statements (see
``build_own28_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own28-ho-01", "rbi-policy-statement", "2025-08-06", "2025-08-06",
        "Monetary Policy Statement, [[2025-26|D|2025-04/2026-03]]\n"
        "Resolution of the [[Monetary Policy Committee|ORG|Monetary Policy Committee (India)]] "
        "([[MPC|ORG|Monetary Policy Committee (India)]]) [[August 4 to 6, 2025|D|2025-08-04/2025-08-06]]\n"
        "[[Reserve Bank of India|ORG]], [[Mumbai|GPE]], [[August 6, 2025|D|2025-08-06]]\n\n"
        "The [[MPC|ORG|Monetary Policy Committee (India)]] decided unanimously to keep the policy repo rate "
        "unchanged at [[5.50 per cent|percent|5.5|%]]. Consequently, the standing deposit facility rate "
        "remains at [[5.25 per cent|percent|5.25|%]] and the marginal standing facility rate and the Bank Rate "
        "at [[5.75 per cent|percent|5.75|%]]. The [[MPC|ORG|Monetary Policy Committee (India)]] had reduced "
        "the repo rate by [[100 basis points|percent|1|pp]] since [[February 2025|D|2025-02]].\n\n"
        "Headline CPI inflation fell to [[2.1 per cent|percent|2.1|%]] in [[June|D|2025-06]], its lowest in "
        "[[more than six years|D|P6Y]]. CPI inflation for [[2025-26|D|2025-04/2026-03]] is now projected at "
        "[[3.1 per cent|percent|3.1|%]], with [[Q2|D|2025-07/2025-09]] at [[2.1 per cent|percent|2.1|%]], "
        "[[Q3|D|2025-10/2025-12]] at [[3.1 per cent|percent|3.1|%]] and [[Q4|D|2026-01/2026-03]] at "
        "[[4.4 per cent|percent|4.4|%]]. CPI inflation for [[Q1:2026-27|D|2026-04/2026-06]] is projected at "
        "[[4.9 per cent|percent|4.9|%]]. Real GDP growth for [[2025-26|D|2025-04/2026-03]] is projected at "
        "[[6.5 per cent|percent|6.5|%]].\n\n"
        "Governor [[Sanjay Malhotra|PERSON]] said that the inflation outlook had become more benign than "
        "expected in [[June|D|2025-06]]. “Uncertainties on tariffs are still evolving,” the Governor said. "
        "“We will remain watchful and act as the situation demands.”\n\n"
        "Deputy Governor [[Poonam Gupta|PERSON]] told reporters that banks had so far passed on "
        "[[about 50 basis points|percent|0.5|pp]] of the cuts to new loans. The [[Reserve Bank|ORG|Reserve "
        "Bank of India]] noted that [[India|GPE]]'s foreign exchange reserves stood at [[US$ 688.9 "
        "billion|money|688900000000|USD]], enough to cover [[more than 11 months|D|P11M]] of imports, and that "
        "surplus liquidity in the banking system averaged [[₹3 lakh crore|money|3000000000000|INR]] in "
        "[[July|D|2025-07]].\n\n"
        "The next meeting "
        "of the [[MPC|ORG|Monetary Policy Committee (India)]] is scheduled during [[September 29 to October 1, "
        "2025|D|2025-09-29/2025-10-01]].",
        [
            ("Sanjay Malhotra", "say", "the inflation outlook had become more benign than expected in June",
             False),
            ("Sanjay Malhotra", "say", "Uncertainties on tariffs are still evolving", True),
            ("Sanjay Malhotra", "say", "We will remain watchful and act as the situation demands.", True),
            ("Poonam Gupta", "tell", "banks had so far passed on about 50 basis points of the cuts to new loans",
             False),
            ("Reserve Bank of India", "note", "India's foreign exchange reserves stood at US$ 688.9 billion, "
             "enough to cover more than 11 months of imports, and that surplus liquidity in the banking system "
             "averaged ₹3 lakh crore in July",
             False),
        ],
    ),
    (
        "own28-ho-02", "fda-approval", "2025-06-18", "2025-06-18",
        "[[FDA|ORG|Food and Drug Administration]] Approves Twice-Yearly Injection to Prevent HIV\n"
        "FOR IMMEDIATE RELEASE\n"
        "[[June 18, 2025|D|2025-06-18]]\n\n"
        "[[Silver Spring|GPE|Silver Spring, Maryland]], [[Maryland|GPE]] -- [[Today|D|2025-06-18]], the "
        "[[U.S.|GPE|United States]] [[Food and Drug Administration|ORG]] approved [[Yeztugo|PRODUCT]] "
        "(lenacapavir) injection for pre-exposure prophylaxis to reduce the risk of sexually acquired HIV in "
        "adults and adolescents weighing [[at least 35 kilograms|quantity|35|kg]]. The drug is given as an "
        "injection every six months.\n\n"
        "The approval is based on [[two|count|2|trial]] large trials. The [[first|ordinal|1]] trial enrolled "
        "[[more than 5,300|count|5300|woman]] women in [[South Africa|GPE]] and [[Uganda|GPE]], and there were "
        "[[zero|count|0|infection]] infections among those who received the drug. In the [[second|ordinal|2]] "
        "trial, [[99.9%|percent|99.9|%]] of [[2,179|count|2179|participant]] participants did not acquire HIV, "
        "and the drug cut the risk of infection by [[89%|percent|89|%]] compared with a daily pill.\n\n"
        "“[[Today|D|2025-06-18]]'s approval marks a major advance in HIV prevention,” said "
        "[[FDA|ORG|Food and Drug Administration]] Commissioner [[Marty Makary|PERSON]], M.D., M.P.H. “A "
        "medicine taken twice a year could help people who struggle to take a pill every day.”\n\n"
        "The most common side effects were injection site reactions, headache and nausea. "
        "[[Yeztugo|PRODUCT]] must not be used by people who already have HIV.\n\n"
        "[[Gilead Sciences|ORG]], the drug's maker, said the list price would be [[$28,218|money|28218|USD]] a "
        "year, about the same as existing daily pills. [[Gilead|ORG|Gilead Sciences]] Chief Executive "
        "[[Daniel O'Day|PERSON]] said the company expected to supply the drug to [[2 "
        "million|count|2000000|person]] people in [[120|count|120|country]] low- and middle-income countries "
        "through licensing deals by [[2028|D|2028]].\n\n"
        "An estimated [[31,800|count|31800|infection]] new HIV infections occurred in the [[United "
        "States|GPE]] in [[2022|D|2022]], according to the [[Centers for Disease Control and "
        "Prevention|ORG]]. The [[FDA|ORG|Food and Drug Administration]] granted the application Priority "
        "Review and Breakthrough Therapy designations.",
        [
            ("Marty Makary", "say", "Today's approval marks a major advance in HIV prevention", True),
            ("Marty Makary", "say", "A medicine taken twice a year could help people who struggle to take a pill "
             "every day.", True),
            ("Gilead Sciences", "say", "the list price would be $28,218 a year, about the same as existing daily "
             "pills", False),
            ("Daniel O'Day", "say", "the company expected to supply the drug to 2 million people in 120 low- and "
             "middle-income countries through licensing deals by 2028", False),
            ("Centers for Disease Control and Prevention", "according to", "An estimated 31,800 new HIV "
             "infections occurred in the United States in 2022", False),
        ],
    ),
    (
        "own28-ho-03", "competition-bureau-decision", "2025-09-23", "2025-09-23",
        "[[Competition Tribunal|ORG]] orders [[Cineplex|ORG|Cineplex Entertainment]] to pay [[$38.9 "
        "million|money|38900000|CAD]] penalty for drip pricing\n"
        "From: [[Competition Bureau|ORG]]\n"
        "News release\n"
        "[[September 23, 2025|D|2025-09-23]] – [[Gatineau|GPE]], [[Quebec|GPE]] – [[Competition "
        "Bureau|ORG]]\n\n"
        "The [[Competition Bureau|ORG]] welcomes the decision of the [[Competition Tribunal|ORG]] ordering "
        "[[Cineplex Entertainment|ORG]] to pay an administrative monetary penalty of [[$38.9 "
        "million|money|38900000|CAD]], the largest ever imposed under the deceptive marketing provisions of "
        "the [[Competition Act|LAW]].\n\n"
        "The [[Tribunal|ORG|Competition Tribunal]] found that [[Cineplex|ORG|Cineplex Entertainment]] had "
        "engaged in drip pricing by adding a mandatory online booking fee of [[$1.50|money|1.5|CAD]] per "
        "ticket to the prices it advertised since [[June 2022|D|2022-06]]. The [[Tribunal|ORG|Competition "
        "Tribunal]] also ordered the company to stop the practice and to pay [[$1.3 "
        "million|money|1300000|CAD]] towards the [[Bureau|ORG|Competition Bureau]]'s costs. The fee brought "
        "in [[more than $39 million|money|39000000|CAD]] over [[17 months|D|P17M]].\n\n"
        "“[[Canadians|NORP|Canadian]] should be able to trust the prices they see,” said [[Matthew "
        "Boswell|PERSON]], Commissioner of Competition. “This decision sends a clear message that hidden fees "
        "have no place in the [[Canadian|NORP]] marketplace.”\n\n"
        "The [[Bureau|ORG|Competition Bureau]] filed its application with the [[Tribunal|ORG|Competition "
        "Tribunal]] on [[May 23, 2023|D|2023-05-23]]. [[Cineplex|ORG|Cineplex Entertainment]] said it would "
        "appeal the decision to the [[Federal Court of Appeal|ORG]] and argued that the fee was clearly "
        "disclosed to customers. The company operates [[more than 160|count|160|theatre]] theatres across "
        "[[Canada|GPE]].\n\n"
        "Since amendments to the [[Competition Act|LAW]] in [[June 2022|D|2022-06]], drip pricing is "
        "explicitly deemed a deceptive practice. The [[Bureau|ORG|Competition Bureau]] said it had "
        "[[four|count|4|investigation]] other drip pricing investigations under way.",
        [
            ("Competition Tribunal", "find", "Cineplex had engaged in drip pricing by adding a mandatory online "
             "booking fee of $1.50 per ticket to the prices it advertised since June 2022", False),
            ("Matthew Boswell", "say", "Canadians should be able to trust the prices they see", True),
            ("Matthew Boswell", "say", "This decision sends a clear message that hidden fees have no place in the "
             "Canadian marketplace.", True),
            ("Cineplex Entertainment", "say", "it would appeal the decision to the Federal Court of Appeal",
             False),
            ("Cineplex Entertainment", "argue", "the fee was clearly disclosed to customers", False),
            ("Competition Bureau", "say", "it had four other drip pricing investigations under way", False),
        ],
    ),
    (
        "own28-ho-04", "met-office-storm", "2025-10-01", "2025-10-01",
        "[[Storm Amy|EVENT]] named, amber wind warning issued\n"
        "[[1 October 2025|D|2025-10-01]]\n"
        "[[Met Office|ORG]] press office\n\n"
        "[[Storm Amy|EVENT]] has been named by the [[Met Office|ORG]] and is expected to bring very strong "
        "winds and heavy rain to parts of the [[UK|GPE|United Kingdom]] on [[Friday|D|2025-10-03]] and "
        "[[Saturday|D|2025-10-04]]. [[Amy|EVENT|Storm Amy]] is the [[first|ordinal|1]] named storm of the "
        "season.\n\n"
        "An amber wind warning has been issued for northern and western [[Scotland|GPE]] from 3pm on "
        "[[Friday|D|2025-10-03]] until 9am on [[Saturday|D|2025-10-04]]. Gusts of [[80|quantity|80|mph]] to "
        "[[90mph|quantity|90|mph]] are possible on exposed coasts of the [[Western Isles|GPE|Outer "
        "Hebrides]], with [[50|quantity|50|mph]] to [[70mph|quantity|70|mph]] more widely. Yellow wind "
        "warnings cover [[Northern Ireland|GPE]], much of [[Scotland|GPE]], northern [[England|GPE]] and "
        "[[Wales|GPE]]. [[30|quantity|30|mm]] to [[50mm|quantity|50|mm]] of rain could fall widely in western "
        "[[Scotland|GPE]], and [[up to 100mm|quantity|100|mm]] over high ground.\n\n"
        "[[Met Office|ORG]] Chief Meteorologist [[Paul Gundersen|PERSON]] said: “[[Storm Amy|EVENT]] will "
        "bring a spell of very strong winds to the [[UK|GPE|United Kingdom]], especially in the north and "
        "west, with the potential for disruption to travel and power supplies.” He added that the storm could "
        "bring some of the strongest winds in [[more than a decade|D|P10Y]].\n\n"
        "The storm has been named in partnership with [[Met Éireann|ORG]] and the [[Royal Netherlands "
        "Meteorological Institute|ORG]] ([[KNMI|ORG|Royal Netherlands Meteorological Institute]]). [[Met "
        "Éireann|ORG]] said it expected to issue orange warnings for [[County Donegal|GPE]] and [[County "
        "Mayo|GPE]] on [[Thursday|D|2025-10-02]].\n\n"
        "[[Network Rail|ORG]] warned passengers that services in [[Scotland|GPE]] may be cancelled, and "
        "[[Caledonian MacBrayne|ORG]] said ferry sailings to the islands would be disrupted on "
        "[[Friday|D|2025-10-03]]. [[Scottish Power|ORG|ScottishPower]] said it had [[more than "
        "1,000|count|1000|engineer]] engineers on standby.",
        [
            ("Paul Gundersen", "say", "Storm Amy will bring a spell of very strong winds to the UK, especially in "
             "the north and west, with the potential for disruption to travel and power supplies.", True),
            ("Paul Gundersen", "add", "the storm could bring some of the strongest winds in more than a decade",
             False),
            ("Met Éireann", "say", "it expected to issue orange warnings for County Donegal and County Mayo on "
             "Thursday", False),
            ("Network Rail", "warn", "services in Scotland may be cancelled", False),
            ("Caledonian MacBrayne", "say", "ferry sailings to the islands would be disrupted on Friday", False),
            ("ScottishPower", "say", "it had more than 1,000 engineers on standby", False),
        ],
    ),
    (
        "own28-ho-05", "unesco-whc-decision", "2025-07-12", "2025-07-12",
        "[[World Heritage Committee|ORG]] inscribes [[26|count|26|site]] new sites\n"
        "[[Paris|GPE]], [[12 July 2025|D|2025-07-12]]\n\n"
        "The [[World Heritage Committee|ORG]], meeting in [[Paris|GPE]] for its [[47th|ordinal|47]] session, "
        "[[today|D|2025-07-12]] concluded its examination of nominations, inscribing [[26|count|26|site]] new "
        "sites on the World Heritage List. The List now numbers [[1,248|count|1248|site]] sites in "
        "[[170|count|170|country]] countries.\n\n"
        "Among the sites inscribed [[this week|D|2025-W28]] are the [[Murujuga Cultural Landscape|LOC]] in "
        "[[Australia|GPE]], whose rock art is thought to be [[more than 50,000 years|D|P50000Y]] old, the "
        "[[Gola-Tiwai Complex|LOC]] in [[Sierra Leone|GPE]], the [[Mount Mulanje Cultural Landscape|LOC]] in "
        "[[Malawi|GPE]] and the [[Faya Palaeolandscape|LOC]] in the [[United Arab Emirates|GPE]]. [[Sierra "
        "Leone|GPE]] obtained its [[first|ordinal|1]] World Heritage site. The [[Committee|ORG|World Heritage Committee]] also inscribed "
        "[[three|count|3|site]] [[Cambodian|NORP]] memorial sites, former centres of repression under the "
        "[[Khmer Rouge|ORG]] [[between 1975 and 1979|D|1975/1979]].\n\n"
        "“These new inscriptions reflect the diversity of the world's heritage,” said [[UNESCO|ORG]] "
        "Director-General [[Audrey Azoulay|PERSON]]. She called on governments to increase funding for the "
        "conservation of sites in [[Africa|LOC]], which accounts for [[less than 10%|percent|10|%]] of the "
        "List. The Director-General also announced that [[UNESCO|ORG]] would train [[1,000|count|1000|ranger]] "
        "rangers in [[Africa|LOC]] by [[2027|D|2027]].\n\n"
        "[[Australia|GPE]]'s environment minister [[Murray Watt|PERSON]] said the listing recognised the "
        "traditional owners of the [[Burrup Peninsula|LOC]].\n\n"
        "The [[Committee|ORG|World Heritage Committee]], chaired by [[Nikolay Nenov|PERSON]] of [[Bulgaria|GPE]], removed the old town of "
        "[[Ghadames|GPE]] in [[Libya|GPE]] from the List of World Heritage in Danger, on which it had been "
        "since [[2016|D|2016]]. The [[48th|ordinal|48]] session of the [[Committee|ORG|World Heritage Committee]] will be held in "
        "[[Busan|GPE]], [[Republic of Korea|GPE|South Korea]], in [[July 2026|D|2026-07]].",
        [
            ("Audrey Azoulay", "say", "These new inscriptions reflect the diversity of the world's heritage",
             True),
            ("Audrey Azoulay", "call on", "governments to increase funding for the conservation of sites in "
             "Africa, which accounts for less than 10% of the List", False),
            ("Audrey Azoulay", "announce", "UNESCO would train 1,000 rangers in Africa by 2027", False),
            ("Murray Watt", "say", "the listing recognised the traditional owners of the Burrup Peninsula",
             False),
        ],
    ),
    (
        "own28-ho-06", "motie-export-release", "2025-09-01", "2025-09-01",
        "[[Korea|GPE|South Korea]]'s exports rise [[1.3%|percent|1.3|%]] in [[August|D|2025-08]] on record "
        "chip sales\n"
        "[[Ministry of Trade, Industry and Energy|ORG]]\n"
        "Press release, [[September 1, 2025|D|2025-09-01]]\n\n"
        "[[Korea|GPE|South Korea]]'s exports rose [[1.3 percent|percent|1.3|%]] from a year earlier to "
        "[[US$58.4 billion|money|58400000000|USD]] in [[August 2025|D|2025-08]], the [[Ministry of Trade, "
        "Industry and Energy|ORG]] ([[MOTIE|ORG|Ministry of Trade, Industry and Energy]]) announced "
        "[[today|D|2025-09-01]]. Exports have grown for the [[third|ordinal|3]] straight month. Imports fell "
        "[[4.0 percent|percent|4.0|%]] to [[US$51.8 billion|money|51800000000|USD]], leaving a trade surplus "
        "of [[US$6.6 billion|money|6600000000|USD]], a surplus for the [[seventh|ordinal|7]] consecutive "
        "month.\n\n"
        "Semiconductor exports jumped [[27.1 percent|percent|27.1|%]] to [[US$15.1 "
        "billion|money|15100000000|USD]], a record for the month, helped by strong demand for high-bandwidth "
        "memory. Automobile exports rose [[8.6 percent|percent|8.6|%]] to [[US$5.0 "
        "billion|money|5000000000|USD]], while exports of petroleum products fell [[11.1 "
        "percent|percent|11.1|%]].\n\n"
        "By destination, exports to the [[United States|GPE]] fell [[12.0 percent|percent|12.0|%]] to "
        "[[US$8.7 billion|money|8700000000|USD]] after [[U.S.|GPE|United States]] tariffs of [[15 "
        "percent|percent|15|%]] took effect on [[August 7|D|2025-08-07]], while exports to [[China|GPE]] fell "
        "[[2.9 percent|percent|2.9|%]]. Shipments to [[ASEAN|ORG]] rose [[7.0 percent|percent|7.0|%]]. Exports "
        "in [[the first eight months of 2025|D|2025-01/2025-08]] totalled [[US$440.2 "
        "billion|money|440200000000|USD]].\n\n"
        "Minister [[Kim Jung-kwan|PERSON]] said: “Despite [[U.S.|GPE|United States]] tariffs, our exports have "
        "held up thanks to semiconductors. The government will provide [[5 trillion "
        "won|money|5000000000000|KRW]] in emergency trade finance to help exporters.” He added that the ministry "
        "would meet exporters in [[Sejong|GPE|Sejong City]] [[next week|D|2025-W37]].\n\n"
        "The [[Korea International Trade Association|ORG]] forecast that exports would fall in [[the fourth "
        "quarter|D|2025-10/2025-12]] as front-loaded shipments to the [[United States|GPE]] fade.",
        [
            ("Ministry of Trade, Industry and Energy", "announce", "Korea's exports rose 1.3 percent from a year "
             "earlier to US$58.4 billion in August 2025", False),
            ("Kim Jung-kwan", "say", "Despite U.S. tariffs, our exports have held up thanks to semiconductors. "
             "The government will provide 5 trillion won in emergency trade finance to help exporters.", True),
            ("Kim Jung-kwan", "add", "the ministry would meet exporters in Sejong next week", False),
            ("Korea International Trade Association", "forecast", "exports would fall in the fourth quarter as "
             "front-loaded shipments to the United States fade", False),
        ],
    ),
    (
        "own28-ho-07", "bmw-quarterly-results", "2025-07-31", "2025-07-31",
        "[[BMW Group|ORG|BMW]] stays on course in [[second quarter|D|2025-04/2025-06]] despite tariffs\n"
        "Press Release, [[31 July 2025|D|2025-07-31]]\n\n"
        "[[Munich|GPE]]. The [[BMW Group|ORG|BMW]] remained on course in [[the second quarter of "
        "2025|D|2025-04/2025-06]] despite higher tariffs and weaker demand in [[China|GPE]]. [[Group|ORG|BMW]] revenues fell "
        "[[8.2%|percent|8.2|%]] to [[€33.93 billion|money|33930000000|EUR]], and [[Group|ORG|BMW]] earnings before tax "
        "declined [[31.3%|percent|31.3|%]] to [[€2.68 billion|money|2680000000|EUR]]. Deliveries fell "
        "[[0.4%|percent|0.4|%]] to [[586,117|count|586117|vehicle]] vehicles.\n\n"
        "The EBIT margin in the Automotive Segment was [[5.4%|percent|5.4|%]]. Electrified vehicles accounted "
        "for [[26.1%|percent|26.1|%]] of deliveries. In [[China|GPE]], the company sold [[about "
        "147,000|count|147000|vehicle]] vehicles, [[16%|percent|16|%]] fewer than a year earlier. [[Rolls-Royce "
        "Motor Cars|ORG]] delivered [[1,380|count|1380|car]] cars.\n\n"
        "“We have delivered on our promises in a challenging environment,” said [[Oliver Zipse|PERSON]], "
        "Chairman of the Board of Management of [[BMW AG|ORG|BMW]]. “With the [[Neue Klasse|PRODUCT|BMW Neue "
        "Klasse]], we are starting the biggest product offensive in our history.” He said production of the "
        "[[BMW iX3|PRODUCT]] would begin at the plant in [[Debrecen|GPE]], [[Hungary|GPE]], in [[the "
        "autumn|D|2025-09/2025-11]].\n\n"
        "Chief Financial Officer [[Walter Mertl|PERSON]] said that tariffs had cost the company [[about €1.5 "
        "billion|money|1500000000|EUR]] in [[the first half of the year|D|2025-01/2025-06]].\n\n"
        "For [[2025|D|2025]], the company confirmed its guidance of an Automotive EBIT margin of "
        "[[5|percent|5|%]] to [[7%|percent|7|%]], assuming [[U.S.|GPE|United States]] tariffs on "
        "[[European|NORP]] cars fall to [[15%|percent|15|%]] from [[1 August|D|2025-08-01]]. The [[BMW "
        "Group|ORG|BMW]] employed [[159,104|count|159104|person]] people at the end of [[June|D|2025-06]].",
        [
            ("Oliver Zipse", "say", "We have delivered on our promises in a challenging environment", True),
            ("Oliver Zipse", "say", "With the Neue Klasse, we are starting the biggest product offensive in our "
             "history.", True),
            ("Oliver Zipse", "say", "production of the BMW iX3 would begin at the plant in Debrecen, Hungary, in "
             "the autumn", False),
            ("Walter Mertl", "say", "tariffs had cost the company about €1.5 billion in the first half of the "
             "year", False),
            ("BMW", "confirm", "its guidance of an Automotive EBIT margin of 5 to 7%, assuming U.S. tariffs on "
             "European cars fall to 15% from 1 August", False),
        ],
    ),
]
