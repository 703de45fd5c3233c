"""Held-out set 35 (blind): marked texts of briefs 01-07 and their statements (see
``build_own35_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own35-ho-01", "bot-rate-decision", "2025-10-08", "2025-10-08",
        "[[Bank of Thailand|ORG]] keeps policy rate at [[1.50 percent|percent|1.50|%]]\n"
        "Press release, [[Bangkok|GPE]], [[8 October 2025|D|2025-10-08]]\n\n"
        "The monetary policy committee of the [[Bank of Thailand|ORG]] voted [[5|number|5]] to [[2|number|2]] "
        "at its meeting [[today|D|2025-10-08]] to maintain the policy rate at [[1.50 percent|percent|1.50|%]]. "
        "[[Two|count|2|member]] members voted to cut the rate by [[0.25 percentage point|percent|0.25|pp]] to "
        "[[1.25 percent|percent|1.25|%]].\n\n"
        "The [[Bank of Thailand|ORG]] projected that the [[Thai|NORP]] economy would grow by "
        "[[2.2 percent|percent|2.2|%]] in [[2025|D|2025]] and [[1.6 percent|percent|1.6|%]] in "
        "[[2026|D|2026]], as [[United States|GPE]] tariffs weigh on exports in [[the second half of the "
        "year|D|2025-07/2025-12]]. Headline inflation is seen at [[-0.1 percent|percent|-0.1|%]] "
        "[[this year|D|2025]] and [[0.3 percent|percent|0.3|%]] [[next year|D|2026]], below the target range of "
        "[[1|percent|1|%]] to [[3 percent|percent|3|%]]. The [[Bank|ORG|Bank of Thailand]] expects "
        "[[31 million|count|31000000|tourist]] foreign tourists in [[2025|D|2025]], down from "
        "[[35.5 million|count|35500000|tourist]] in [[2024|D|2024]].\n\n"
        "Governor [[Vitai Ratanakorn|PERSON]] said: \u201cThe current policy rate remains accommodative. The "
        "committee stands ready to adjust it should the outlook change materially.\u201d\n\n"
        "Assistant Governor [[Sakkapop Panyanukul|PERSON]] told reporters that credit to small and "
        "medium-sized firms had contracted for the [[eighth|ordinal|8]] consecutive quarter. He added that the "
        "baht had risen by [[about 6 percent|percent|6|%]] against the dollar since [[January|D|2025-01]], "
        "partly because of higher gold prices.\n\n"
        "The [[Bank of Thailand|ORG]] said it would open a [[THB 50 billion|money|50000000000|THB]] "
        "soft-loan facility for exporters hit by tariffs, with loans of "
        "[[up to 20 million baht|money|20000000|THB]] per firm. The next meeting is scheduled for "
        "[[December 17, 2025|D|2025-12-17]].",
        [
            ("Bank of Thailand", "project", "the Thai economy would grow by 2.2 percent in 2025 and 1.6 percent "
             "in 2026, as United States tariffs weigh on exports in the second half of the year", False),
            ("Bank of Thailand", "expect", "31 million foreign tourists in 2025, down from 35.5 million in 2024",
             False),
            ("Vitai Ratanakorn", "say", "The current policy rate remains accommodative. The committee stands "
             "ready to adjust it should the outlook change materially.", True),
            ("Sakkapop Panyanukul", "tell", "credit to small and medium-sized firms had contracted for the "
             "eighth consecutive quarter", False),
            ("Sakkapop Panyanukul", "add", "the baht had risen by about 6 percent against the dollar since "
             "January, partly because of higher gold prices", False),
            ("Bank of Thailand", "say", "it would open a THB 50 billion soft-loan facility for exporters hit by "
             "tariffs, with loans of up to 20 million baht per firm", False),
        ],
    ),
    (
        "own35-ho-02", "ine-labour-survey", "2025-10-28", "2025-10-28",
        "Economically Active Population Survey\n"
        "[[Third quarter of 2025|D|2025-07/2025-09]]\n"
        "[[National Statistics Institute|ORG|National Statistics Institute (Spain)]] "
        "([[INE|ORG|National Statistics Institute (Spain)]]), [[Madrid|GPE]], "
        "[[28 October 2025|D|2025-10-28]]\n\n"
        "Main results\n"
        "\u2022 The number of employed persons rose by [[118,400|count|118400|person]] in [[the third "
        "quarter|D|2025-07/2025-09]] and reached [[22,387,100|count|22387100|person]].\n"
        "\u2022 Unemployment fell by [[16,100|count|16100|person]] to [[2,589,000|count|2589000|person]] "
        "persons. The unemployment rate stood at [[10.45%|percent|10.45|%]], "
        "[[0.84 percentage points|percent|0.84|pp]] lower than in [[the same quarter of "
        "2024|D|2024-07/2024-09]].\n"
        "\u2022 Employment in the private sector grew by [[2.7%|percent|2.7|%]] in [[the past "
        "year|D|2024-10-28/2025-10-28]].\n\n"
        "By region, unemployment fell most in [[Andalusia|GPE]] ([[-25,300|number|-25300]]) and rose most in "
        "[[Catalonia|GPE]] ([[+9,800|number|9800]]). The [[Canary Islands|GPE]] recorded the largest fall in "
        "the rate, of [[2.1 percentage points|percent|2.1|pp]]. Youth unemployment was "
        "[[24.8%|percent|24.8|%]].\n\n"
        "The [[INE|ORG|National Statistics Institute (Spain)]] said that [[1.1 million|count|1100000|household]] "
        "households had all their members unemployed, [[31,000|count|31000|household]] fewer than a quarter "
        "earlier.\n\n"
        "Minister of Economy [[Carlos Cuerpo|PERSON]] said the survey confirmed that [[Spain|GPE]] was "
        "creating jobs faster than any large economy of the [[European Union|ORG]]. \u201cWe have more people "
        "in work than ever before,\u201d he told reporters in [[Brussels|GPE]].\n\n"
        "Labour Minister [[Yolanda D\u00edaz|PERSON]] wrote that the fall in temporary contracts showed the "
        "[[2021|D|2021]] labour reform was working, and called for a shorter working week.\n\n"
        "The survey for [[the fourth quarter|D|2025-10/2025-12]] will be published on "
        "[[Tuesday, 27 January 2026|D|2026-01-27]].",
        [
            ("National Statistics Institute (Spain)", "say", "1.1 million households had all their members "
             "unemployed, 31,000 fewer than a quarter earlier", False),
            ("Carlos Cuerpo", "say", "the survey confirmed that Spain was creating jobs faster than any large "
             "economy of the European Union", False),
            ("Carlos Cuerpo", "tell", "We have more people in work than ever before", True),
            ("Yolanda D\u00edaz", "write", "the fall in temporary contracts showed the 2021 labour reform was "
             "working", False),
            ("Yolanda D\u00edaz", "call for", "a shorter working week", False),
        ],
    ),
    (
        "own35-ho-03", "accc-penalty", "2025-09-29", "2025-09-29",
        "[[Optus|ORG]] to pay [[$100 million|money|100000000|AUD]] penalty for unconscionable sales conduct\n"
        "[[Australian Competition and Consumer Commission|ORG]]\n"
        "[[29 September 2025|D|2025-09-29]]\n\n"
        "The [[Federal Court of Australia|ORG]] has ordered [[Optus|ORG]] to pay a penalty of "
        "[[$100 million|money|100000000|AUD]] for unconscionable conduct in selling mobile phones and plans to "
        "hundreds of consumers, following action by the [[ACCC|ORG|Australian Competition and Consumer "
        "Commission]].\n\n"
        "[[Between 2019 and 2023|D|2019/2023]], sales staff at [[more than 20|count|20|store]] "
        "[[Optus|ORG]] stores sold products to consumers who did not need them or could not afford them, many "
        "of whom spoke little English or had an intellectual disability. [[Optus|ORG]] admitted that it "
        "breached the [[Australian Consumer Law|LAW]].\n\n"
        "[[Optus|ORG]] has already paid or waived [[about $13 million|money|13000000|AUD]] in debts and refunds "
        "to [[about 429|count|429|customer]] affected customers, and has set up a remediation program for "
        "others.\n\n"
        "\u201cThis is a case where a large company put sales targets ahead of the "
        "wellbeing of vulnerable people,\u201d [[ACCC|ORG|Australian Competition and Consumer Commission]] Chair [[Gina Cass-Gottlieb|PERSON]] said.\n\n"
        "\u201cThe [[$100 million|money|100000000|AUD]] penalty should send a clear message to every retailer in "
        "[[Australia|GPE]],\u201d Ms [[Cass-Gottlieb|PERSON|Gina Cass-Gottlieb]] said.\n\n"
        "The [[ACCC|ORG|Australian Competition and Consumer Commission]] said [[one|count|1|consumer]] consumer "
        "in [[Western Australia|GPE]] was sold [[six|count|6|phone]] phones in [[two days|D|P2D]].\n\n"
        "[[Optus|ORG]] chief executive [[Stephen Rue|PERSON]] apologised to the customers and said the company "
        "had introduced new sales incentives and more training for staff. [[Optus|ORG]], owned by "
        "[[Singapore|GPE]]'s [[Singtel|ORG]], was also fined [[$12 million|money|12000000|AUD]] by the "
        "[[Australian Communications and Media Authority|ORG]] in [[2024|D|2024]] after a network outage that "
        "lasted about 12 hours.\n\n"
        "The [[Court|ORG|Federal Court of Australia]] also ordered [[Optus|ORG]] to pay [[$2 million|money|2000000|AUD]] "
        "towards the [[ACCC|ORG|Australian Competition and Consumer Commission]]'s legal costs.",
        [
            ("Optus", "admit", "it breached the Australian Consumer Law", False),
            ("Gina Cass-Gottlieb", "say", "This is a case where a large company put sales targets ahead of "
             "the wellbeing of vulnerable people", True),
            ("Gina Cass-Gottlieb", "say", "The $100 million penalty should send a clear message to every "
             "retailer in Australia", True),
            ("Australian Competition and Consumer Commission", "say", "one consumer in Western Australia was "
             "sold six phones in two days", False),
            ("Stephen Rue", "say", "the company had introduced new sales incentives and more training for "
             "staff", False),
        ],
    ),
    (
        "own35-ho-04", "malaysia-budget", "2025-10-10", "2025-10-10",
        "[[Ministry of Finance|ORG|Ministry of Finance (Malaysia)]] [[Malaysia|GPE]]\n"
        "Press statement, [[Putrajaya|GPE]], [[10 October 2025|D|2025-10-10]]\n\n"
        "Prime Minister and Finance Minister [[Anwar Ibrahim|PERSON]] [[today|D|2025-10-10]] tabled a budget of "
        "[[RM419.2 billion|money|419200000000|MYR]] for [[2026|D|2026]] in the [[Dewan Rakyat|ORG]], "
        "[[RM2.0 billion|money|2000000000|MYR]] more than the allocation for [[2025|D|2025]].\n\n"
        "Operating expenditure will take [[RM338.2 billion|money|338200000000|MYR]] and development expenditure "
        "[[RM81 billion|money|81000000000|MYR]]. The fiscal deficit is projected to narrow to "
        "[[3.5 per cent|percent|3.5|%]] of gross domestic product in [[2026|D|2026]], from "
        "[[3.8 per cent|percent|3.8|%]] in [[2025|D|2025]].\n\n"
        "\u201cThis budget is about lifting the income of ordinary [[Malaysians|NORP|Malaysian]], not about "
        "handouts to the rich,\u201d [[Anwar|PERSON|Anwar Ibrahim]] said in his speech.\n\n"
        "Every adult citizen will receive a one-off payment of [[RM100|money|100|MYR]], for "
        "[[some 22 million|count|22000000|recipient]] recipients. The minimum wage of "
        "[[RM1,700|money|1700|MYR]] a month will be reviewed in [[the first quarter of "
        "2026|D|2026-01/2026-03]]. Fuel subsidies for RON95 petrol, targeted since "
        "[[30 September|D|2025-09-30]], save [[about RM4 billion|money|4000000000|MYR]] "
        "a year.\n\n"
        "Second Finance Minister [[Amir Hamzah Azizan|PERSON]] said the government expected the economy to "
        "grow by [[4|percent|4|%]] to [[4.5 per cent|percent|4.5|%]] [[next year|D|2026]], supported by domestic demand and "
        "investment approvals of [[RM285 billion|money|285000000000|MYR]] in [[the first half of "
        "2025|D|2025-01/2025-06]].\n\n"
        "The ministry said exports to the [[United States|GPE]], [[Malaysia|GPE]]'s [[third|ordinal|3]] largest "
        "market, had held up after [[Washington|GPE|Washington, D.C.]] set a tariff of "
        "[[19 per cent|percent|19|%]] on [[Malaysian|NORP]] goods in [[August|D|2025-08]]. [[Bank Negara "
        "Malaysia|ORG]] said [[last month|D|2025-09]] that inflation would average [[1.5|percent|1.5|%]] to "
        "[[2.3 per cent|percent|2.3|%]] in [[2025|D|2025]].\n\n"
        "Opposition leader [[Hamzah Zainudin|PERSON]] said the budget did little to ease the cost of living. "
        "The budget bill will be debated over [[15 days|D|P15D]].",
        [
            ("Anwar Ibrahim", "say", "This budget is about lifting the income of ordinary Malaysians, not about "
             "handouts to the rich", True),
            ("Amir Hamzah Azizan", "say", "the government expected the economy to grow by 4 to 4.5 per cent "
             "next year, supported by domestic demand and investment approvals of RM285 billion in the first "
             "half of 2025", False),
            ("Ministry of Finance (Malaysia)", "say", "exports to the United States, Malaysia's third largest market, had "
             "held up after Washington set a tariff of 19 per cent on Malaysian goods in August", False),
            ("Bank Negara Malaysia", "say", "inflation would average 1.5 to 2.3 per cent in 2025", False),
            ("Hamzah Zainudin", "say", "the budget did little to ease the cost of living", False),
        ],
    ),
    (
        "own35-ho-05", "environment-agency-drought", "2025-08-12", "2025-08-12",
        "Drought declared in [[four|count|4|area]] more areas as [[National Drought Group|ORG]] meets\n"
        "From: [[Environment Agency|ORG]]\n"
        "Published [[12 August 2025|D|2025-08-12]]\n\n"
        "[[Five|count|5|area]] areas of [[England|GPE]] are now in drought after the [[Environment "
        "Agency|ORG]] moved [[East Midlands|GPE]], [[West Midlands|GPE]], [[Yorkshire|GPE]] and "
        "[[North West England|GPE]] to drought status. The [[National Drought Group|ORG]] met "
        "[[today|D|2025-08-12]] as a [[fourth|ordinal|4]] heatwave of [[the summer|D|2025-06/2025-08]] ended.\n\n"
        "[[The six months to July|D|2025-02/2025-07]] were the driest in [[England|GPE]] since "
        "[[1976|D|1976]], with rainfall [[21%|percent|21|%]] below average. Reservoir stocks stood at "
        "[[67.7%|percent|67.7|%]] of capacity, against [[80.5%|percent|80.5|%]] at the same point "
        "[[last year|D|2024]].\n\n"
        "[[Helen Wakeham|PERSON]], the [[Environment Agency|ORG]]'s Director of Water, said: \u201cThe "
        "current situation is nationally significant and we are calling on everyone to play their part and "
        "help reduce the pressure on our water environment.\u201d\n\n"
        "She urged households to fix leaking toilets, which waste [[up to 400 litres|quantity|400|l]] of "
        "water a day. The [[Environment Agency|ORG]] warned that the drought could last into "
        "[[2026|D|2026]] if [[the autumn|D|2025-09/2025-11]] was dry.\n\n"
        "Water Minister [[Emma Hardy|PERSON]] said water companies must cut leaks, which lose "
        "[[about 3 billion litres|quantity|3000000000|l]] a day across [[England|GPE]]. "
        "[[Yorkshire Water|ORG]], [[Thames Water|ORG]] and [[South East Water|ORG]] have imposed hosepipe bans "
        "on [[more than 5 million|count|5000000|customer]] customers.\n\n"
        "The [[Met Office|ORG]] said [[July|D|2025-07]] brought [[63%|percent|63|%]] of normal rainfall in "
        "the south of [[England|GPE]]. The group will meet again in [[September|D|2025-09]].",
        [
            ("Helen Wakeham", "say", "The current situation is nationally significant and we are calling on "
             "everyone to play their part and help reduce the pressure on our water environment.", True),
            ("Helen Wakeham", "urge", "households to fix leaking toilets, which waste up to 400 litres of water "
             "a day", False),
            ("Environment Agency", "warn", "the drought could last into 2026 if the autumn was dry", False),
            ("Emma Hardy", "say", "water companies must cut leaks, which lose about 3 billion litres a day "
             "across England", False),
            ("Met Office", "say", "July brought 63% of normal rainfall in the south of England", False),
        ],
    ),
    (
        "own35-ho-06", "adb-loan-pakistan", "2025-11-20", "2025-11-20",
        "[[ADB|ORG|Asian Development Bank]] approves [[$300 million|money|300000000|USD]] to strengthen "
        "flood resilience in [[Khyber Pakhtunkhwa|GPE]]\n"
        "News release, [[Manila|GPE]], [[Philippines|GPE]], [[20 November 2025|D|2025-11-20]]\n\n"
        "The [[Asian Development Bank|ORG]] ([[ADB|ORG|Asian Development Bank]]) has approved a "
        "[[$300 million|money|300000000|USD]] loan to help [[Pakistan|GPE]] protect communities in "
        "[[Khyber Pakhtunkhwa|GPE]] province from floods, [[three months|D|P3M]] after monsoon floods killed "
        "[[more than 400|count|400|person]] people there.\n\n"
        "The project will rebuild [[120 kilometers|quantity|120|km]] of river embankments along the "
        "[[Swat|LOC|Swat River]] and [[Kabul|LOC|Kabul River]] rivers, install [[45|count|45|station]] "
        "automatic weather stations and train [[8,000|count|8000|volunteer]] community volunteers. It will "
        "benefit [[about 1.2 million|count|1200000|person]] people in [[nine|count|9|district]] districts, "
        "including [[Peshawar|GPE]] and [[Swat|GPE|Swat District]].\n\n"
        "\u201cFloods have hit [[Pakistan|GPE]] hard in [[the past four "
        "years|D|2021-11-20/2025-11-20]], and each time the poorest households lose the most,\u201d said "
        "[[ADB|ORG|Asian Development Bank]] Country Director for [[Pakistan|GPE]] [[Emma Fan|PERSON]].\n\n"
        "[[ADB|ORG|Asian Development Bank]] estimates that the embankments will cut expected flood losses by "
        "[[40%|percent|40|%]]. The Government of [[Pakistan|GPE]] will contribute "
        "[[$45 million|money|45000000|USD]], and the [[Asian Infrastructure Investment Bank|ORG]] plans to "
        "cofinance a further [[$100 million|money|100000000|USD]]. The [[World Bank|ORG]] estimated that the "
        "[[2022|D|2022]] floods caused [[more than $30 billion|money|30000000000|USD]] in damage and economic "
        "losses.\n\n"
        "Federal Minister for Economic Affairs [[Ahad Cheema|PERSON]] said the loan would be signed in "
        "[[Islamabad|GPE]] in [[December|D|2025-12]]. The works are due to be completed by [[June "
        "2030|D|2030-06]].\n\n"
        "Established in [[1966|D|1966]], [[ADB|ORG|Asian Development Bank]] is "
        "owned by [[69|count|69|member]] members\u2014[[49|count|49|member]] from the region.",
        [
            ("Emma Fan", "say", "Floods have hit Pakistan hard in the past four years, and each time "
             "the poorest households lose the most", True),
            ("Asian Development Bank", "estimate", "the embankments will cut expected flood losses by 40%",
             False),
            ("Asian Infrastructure Investment Bank", "plan", "cofinance a further $100 million", False),
            ("World Bank", "estimate", "the 2022 floods caused more than $30 billion in damage and economic "
             "losses", False),
            ("Ahad Cheema", "say", "the loan would be signed in Islamabad in December", False),
        ],
    ),
    (
        "own35-ho-07", "nestle-nine-months", "2025-10-16", "2025-10-16",
        "[[Nestl\u00e9|ORG]] reports [[third-quarter|D|2025-07/2025-09]] sales; [[16,000|count|16000|job]] jobs to go\n"
        "[[Vevey|GPE]], [[Switzerland|GPE]], [[October 16, 2025|D|2025-10-16]]\n\n"
        "[[Nestl\u00e9|ORG]] reported organic growth of [[3.3%|percent|3.3|%]] for [[the first nine months "
        "of 2025|D|2025-01/2025-09]], with real internal growth of [[0.6%|percent|0.6|%]] and pricing of "
        "[[2.8%|percent|2.8|%]]. Reported sales fell by [[1.9%|percent|1.9|%]] to "
        "[[CHF 65.9 billion|money|65900000000|CHF]], as the strong franc cut "
        "[[5.2%|percent|5.2|%]] from sales.\n\n"
        "In [[the third quarter|D|2025-07/2025-09]], organic growth was [[4.3%|percent|4.3|%]]. Coffee and "
        "confectionery led, while [[Nespresso|ORG]] grew by [[7.1%|percent|7.1|%]]. Sales in "
        "[[North America|LOC]] rose by [[2.2%|percent|2.2|%]], and [[Greater China|LOC]] returned to growth.\n\n"
        "The company will cut [[about 16,000|count|16000|job]] jobs over [[the next two "
        "years|D|2025-10-16/2027-10-16]], [[12,000|count|12000|job]] of them white-collar roles, to save "
        "[[CHF 1 billion|money|1000000000|CHF]] more than planned.\n\n"
        "\u201cThe world is changing, and [[Nestl\u00e9|ORG]] needs to change faster,\u201d said Chief "
        "Executive Officer [[Philipp Navratil|PERSON]], who took over in [[September|D|2025-09]]. \u201cWe will "
        "reallocate resources to where we see the strongest returns.\u201d\n\n"
        "[[Navratil|PERSON|Philipp Navratil]] confirmed the guidance for [[2025|D|2025]] of an underlying trading "
        "operating profit margin of [[at least 16%|percent|16|%]]. "
        "Chairman [[Pablo Isla|PERSON]] said the board fully supported the plan.\n\n"
        "Shares in [[Nestl\u00e9|ORG]] rose [[8%|percent|8|%]] in [[Zurich|GPE]], their biggest daily gain in "
        "[[more than 17 years|D|P17Y]]. The company employs [[about 277,000|count|277000|person]] people in "
        "[[185|count|185|country]] countries.",
        [
            ("Nestl\u00e9", "report", "organic growth of 3.3% for the first nine months of 2025, with real internal "
             "growth of 0.6% and pricing of 2.8%", False),
            ("Philipp Navratil", "say", "The world is changing, and Nestl\u00e9 needs to change faster", True),
            ("Philipp Navratil", "say", "We will reallocate resources to where we see the strongest returns.",
             True),
            ("Philipp Navratil", "confirm", "the guidance for 2025 of an underlying trading operating profit margin of at "
             "least 16%", False),
            ("Pablo Isla", "say", "the board fully supported the plan", False),
        ],
    ),
]
