"""Held-out set 47 (blind): marked texts of briefs 01-07 and their statements (see
``build_own47_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own47-ho-01", "cbsl-policy-rate", "2025-07-23", "2025-07-23",
        "PRESS RELEASE\n"
        "[[Central Bank of Sri Lanka|ORG]]\n"
        "Date: [[23 July 2025|D|2025-07-23]]\n\n"
        "Monetary Policy Review\n\n"
        "The [[Monetary Policy Board|ORG|Monetary Policy Board (Central Bank of Sri Lanka)]] of the "
        "[[Central Bank of Sri Lanka|ORG]], at its meeting held on [[22 July 2025|D|2025-07-22]], decided to "
        "maintain the Overnight Policy Rate (OPR) at [[7.75 per cent|percent|7.75|%]]. The "
        "[[Board|ORG|Monetary Policy Board (Central Bank of Sri Lanka)]] had reduced the OPR by "
        "[[25 basis points|percent|0.25|pp]] in [[May 2025|D|2025-05]].\n\n"
        "The [[Board|ORG|Monetary Policy Board (Central Bank of Sri Lanka)]] noted that headline inflation was "
        "[[-0.6 per cent|percent|-0.6|%]] in [[June|D|2025-06]], the [[tenth|ordinal|10]] consecutive month of "
        "deflation, and expects it to turn positive in [[the third quarter of 2025|D|2025-07/2025-09]] and to "
        "reach the [[5 per cent|percent|5|%]] target in [[the first half of 2026|D|2026-01/2026-06]].\n\n"
        "• Growth: real GDP grew by [[4.8 per cent|percent|4.8|%]] in "
        "[[the first quarter of 2025|D|2025-01/2025-03]], after [[5.0 per cent|percent|5|%]] in "
        "[[2024|D|2024]].\n"
        "• External sector: workers’ remittances reached [[US$3.7 billion|money|3700000000|USD]] in "
        "[[the first half of 2025|D|2025-01/2025-06]], and gross official reserves stood at "
        "[[US$6.1 billion|money|6100000000|USD]] in [[June|D|2025-06]].\n"
        "• Credit: credit to the private sector rose by [[Rs. 559 billion|money|559000000000|LKR]] in "
        "[[the first five months of 2025|D|2025-01/2025-05]].\n\n"
        "Governor [[P. Nandalal Weerasinghe|PERSON|Nandalal Weerasinghe]] told reporters in [[Colombo|GPE]] "
        "that the current policy stance would help the economy reach its potential.\n\n"
        "“We do not see a need to cut again now, but we will watch the impact of the new tariffs closely,” "
        "Dr [[Weerasinghe|PERSON|Nandalal Weerasinghe]] said.\n\n"
        "He warned that a [[30 per cent|percent|30|%]] [[US|GPE|United States]] tariff on "
        "[[Sri Lankan|NORP]] goods, announced on [[9 July|D|2025-07-09]], could cost the apparel industry "
        "[[up to US$300 million|money|300000000|USD]] a year.\n\n"
        "The next policy review is due on [[30 September 2025|D|2025-09-30]].",
        [
            ("Monetary Policy Board (Central Bank of Sri Lanka)", "note", "headline inflation was -0.6 per cent in "
             "June, the tenth consecutive month of deflation", False),
            ("Monetary Policy Board (Central Bank of Sri Lanka)", "expect", "it to turn positive in the third "
             "quarter of 2025 and to reach the 5 per cent target in the first half of 2026", False),
            ("Nandalal Weerasinghe", "tell", "the current policy stance would help the economy reach its "
             "potential", False),
            ("Nandalal Weerasinghe", "say", "We do not see a need to cut again now, but we will watch the impact "
             "of the new tariffs closely", True),
            ("Nandalal Weerasinghe", "warn", "a 30 per cent US tariff on Sri Lankan goods, announced on 9 July, "
             "could cost the apparel industry up to US$300 million a year", False),
        ],
    ),
    (
        "own47-ho-02", "israel-cbs-gdp", "2025-11-16", "2025-11-16",
        "[[Central Bureau of Statistics|ORG|Israel Central Bureau of Statistics]]\n"
        "MEDIA RELEASE\n"
        "[[Jerusalem|GPE]], [[16 November 2025|D|2025-11-16]]\n\n"
        "Gross Domestic Product in [[the Third Quarter of 2025|D|2025-07/2025-09]] - First Estimate\n\n"
        "According to the first estimate, [[Israel|GPE]]’s gross domestic product grew at an annualised rate of "
        "[[12.4%|percent|12.4|%]] in [[the third quarter of 2025|D|2025-07/2025-09]] "
        "([[July-September|D|2025-07/2025-09]]), after falling by [[4.3%|percent|4.3|%]] in "
        "[[the second quarter|D|2025-04/2025-06]], when the war with [[Iran|GPE]] shut much of the economy for "
        "[[12 days|D|P12D]] in [[June|D|2025-06]].\n\n"
        "Main components (seasonally adjusted, annualised change, %)\n"
        "Private consumption expenditure   [[+18.1|percent|18.1|%]]\n"
        "Fixed capital formation   [[+25.3|percent|25.3|%]]\n"
        "Exports of goods and services   [[-1.7|percent|-1.7|%]]\n"
        "Imports of goods and services   [[+8.9|percent|8.9|%]]\n\n"
        "GDP per capita rose at an annualised [[10.9%|percent|10.9|%]]. At current prices, GDP in "
        "[[the third quarter|D|2025-07/2025-09]] reached [[about NIS 510 billion|money|510000000000|ILS]].\n\n"
        "The [[Bank of Israel|ORG]] said the rebound reflected the return of reservists to work and pent-up "
        "demand after the ceasefire of [[24 June|D|2025-06-24]]. Governor [[Amir Yaron|PERSON]] warned that "
        "labour shortages in construction, where [[some 80,000|count|80000|worker]] [[Palestinian|NORP]] workers "
        "have been barred since [[October 2023|D|2023-10]], would keep holding back growth.\n\n"
        "The [[Ministry of Finance|ORG|Ministry of Finance (Israel)]] expects growth of "
        "[[about 2.5%|percent|2.5|%]] in [[2025|D|2025]] and [[4.8%|percent|4.8|%]] in [[2026|D|2026]]. Its chief "
        "economist, [[Shmuel Abramzon|PERSON]], told [[Globes|ORG]] that the figures were encouraging but "
        "distorted by the war.\n\n"
        "The [[Bureau|ORG|Israel Central Bureau of Statistics]] will publish its second estimate on "
        "[[16 December 2025|D|2025-12-16]].",
        [
            ("Bank of Israel", "say", "the rebound reflected the return of reservists to work and pent-up demand "
             "after the ceasefire of 24 June", False),
            ("Amir Yaron", "warn", "labour shortages in construction, where some 80,000 Palestinian workers have "
             "been barred since October 2023, would keep holding back growth", False),
            ("Ministry of Finance (Israel)", "expect", "growth of about 2.5% in 2025 and 4.8% in 2026", False),
            ("Shmuel Abramzon", "tell", "the figures were encouraging but distorted by the war", False),
        ],
    ),
    (
        "own47-ho-03", "jftc-google-order", "2025-04-15", "2025-04-15",
        "[[April 15, 2025|D|2025-04-15]]\n"
        "[[Japan Fair Trade Commission|ORG]]\n\n"
        "[[JFTC|ORG|Japan Fair Trade Commission]] Issues a Cease and Desist Order against "
        "[[Google LLC|ORG|Google]]\n\n"
        "1. The [[Japan Fair Trade Commission|ORG]] ([[JFTC|ORG|Japan Fair Trade Commission]]) "
        "[[today|D|2025-04-15]] issued a cease and desist order against [[Google LLC|ORG|Google]] "
        "([[Mountain View|GPE|Mountain View, California]], [[California|GPE]], [[United States|GPE]]) under the "
        "[[Antimonopoly Act|LAW]]. It is the [[first|ordinal|1]] such order against a major "
        "[[U.S.|GPE|United States]] technology platform.\n\n"
        "2. The [[JFTC|ORG|Japan Fair Trade Commission]] found that [[Google|ORG]] had, since "
        "[[July 2020|D|2020-07]], required [[at least six|count|6|maker]] [[Android|PRODUCT]] smartphone makers "
        "to preinstall its search app and place it on the home screen as a condition of licensing its app "
        "store, [[Google Play|PRODUCT]]. Revenue-sharing agreements also kept rival search services off "
        "[[about 80%|percent|80|%]] of [[Android|PRODUCT]] devices sold in [[Japan|GPE]].\n\n"
        "3. [[Google|ORG]] must end the practices, appoint an independent monitor and report to the "
        "[[JFTC|ORG|Japan Fair Trade Commission]] for [[five years|D|P5Y]]. No surcharge was imposed.\n\n"
        "4. The [[JFTC|ORG|Japan Fair Trade Commission]] estimated that search advertising in [[Japan|GPE]] was "
        "worth [[about ¥1 trillion|money|1000000000000|JPY]] in [[2024|D|2024]].\n\n"
        "[[Google|ORG]] said in a statement that it was disappointed with the order and would consider its "
        "next steps, adding that [[Android|PRODUCT]] had increased choice for [[Japanese|NORP]] consumers.\n\n"
        "Chief Cabinet Secretary [[Yoshimasa Hayashi|PERSON]] told a news conference that the government would "
        "keep a close watch on digital markets. The [[Mobile Software Competition Act|LAW]], which takes full "
        "effect in [[December 2025|D|2025-12]], will impose further rules on [[Apple|ORG|Apple Inc.]] and "
        "[[Google|ORG]].\n\n"
        "Contact: press office, tel. 03-3581-5471",
        [
            ("Japan Fair Trade Commission", "find", "Google had, since July 2020, required at least six Android "
             "smartphone makers to preinstall its search app and place it on the home screen as a condition of "
             "licensing its app store, Google Play", False),
            ("Japan Fair Trade Commission", "estimate", "search advertising in Japan was worth about ¥1 trillion "
             "in 2024", False),
            ("Google", "say", "it was disappointed with the order and would consider its next steps", False),
            ("Google", "add", "Android had increased choice for Japanese consumers", False),
            ("Yoshimasa Hayashi", "tell", "the government would keep a close watch on digital markets", False),
        ],
    ),
    (
        "own47-ho-04", "iom-png-landslide", "2024-05-28", "2024-05-28",
        "[[IOM|ORG|International Organization for Migration]] [[Papua New Guinea|GPE]]\n"
        "SITUATION UPDATE: [[Enga Province|GPE]] Landslide\n"
        "[[Port Moresby|GPE]], [[28 May 2024|D|2024-05-28]]\n\n"
        "Key figures\n"
        "-- Estimated deaths: [[more than 670|count|670|death]]\n"
        "-- Houses buried: [[over 150|count|150|house]]\n"
        "-- People displaced: [[about 1,650|count|1650|person]]\n"
        "-- Depth of debris: [[6|quantity|6|m]] to [[8 metres|quantity|8|m]]\n\n"
        "A massive landslide struck [[Yambali|GPE]] village in [[Enga Province|GPE]] in the early hours of "
        "[[Friday, 24 May|D|2024-05-24]]. The [[International Organization for Migration|ORG]] "
        "([[IOM|ORG|International Organization for Migration]]) estimates that "
        "[[more than 670|count|670|person]] people were killed, based on figures from village officials.\n\n"
        "“The situation is terrible, with the land still sliding. Water is running, and this is creating a "
        "massive risk for everyone involved,” said [[Serhan Aktoprak|PERSON]], chief of the "
        "[[IOM|ORG|International Organization for Migration]] mission in [[Papua New Guinea|GPE]].\n\n"
        "[[Aktoprak|PERSON|Serhan Aktoprak]] added that the only road to the site, from the provincial capital "
        "[[Wabag|GPE]] [[about 60 kilometres|quantity|60|km]] away, was blocked by debris.\n\n"
        "On [[Sunday|D|2024-05-26]], the [[National Disaster Centre|ORG|National Disaster Centre (Papua New "
        "Guinea)]] told the [[United Nations|ORG]] that [[more than 2,000|count|2000|person]] people may have been "
        "buried alive.\n\n"
        "Prime Minister [[James Marape|PERSON]] announced [[K5 million|money|5000000|PGK]] for relief and said "
        "the [[Papua New Guinea Defence Force|ORG]] had been deployed to clear the road. [[Australia|GPE]] has "
        "pledged an initial [[A$2.5 million|money|2500000|AUD]].",
        [
            ("International Organization for Migration", "estimate", "more than 670 people were killed", False),
            ("Serhan Aktoprak", "say", "The situation is terrible, with the land still sliding. Water is running, "
             "and this is creating a massive risk for everyone involved", True),
            ("Serhan Aktoprak", "add", "the only road to the site, from the provincial capital Wabag about 60 "
             "kilometres away, was blocked by debris", False),
            ("National Disaster Centre (Papua New Guinea)", "tell", "more than 2,000 people may have been buried "
             "alive", False),
            ("James Marape", "announce", "K5 million for relief", False),
            ("James Marape", "say", "the Papua New Guinea Defence Force had been deployed to clear the road", False),
            ("Australia", "pledge", "an initial A$2.5 million", False),
        ],
    ),
    (
        "own47-ho-05", "emirates-group-results", "2025-05-15", "2025-05-15",
        "[[Emirates Group|ORG]] announces record profit for [[2024-25|D|2024-04/2025-03]]\n\n"
        "[[DUBAI|GPE|Dubai]], [[UAE|GPE|United Arab Emirates]], [[15 May 2025|D|2025-05-15]] - The "
        "[[Emirates Group|ORG]] [[today|D|2025-05-15]] announced a record profit before tax of "
        "[[AED 22.7 billion|money|22700000000|AED]] ([[US$ 6.2 billion|money|6200000000|USD]]) for the financial "
        "year ended [[31 March 2025|D|2025-03-31]], up [[44%|percent|44|%]].\n\n"
        "HIGHLIGHTS\n"
        "• Revenue: [[AED 145.4 billion|money|145400000000|AED]] "
        "([[US$ 39.6 billion|money|39600000000|USD]]), up [[6%|percent|6|%]]\n"
        "• [[Emirates|ORG|Emirates (airline)]] profit before tax: [[AED 19.1 billion|money|19100000000|AED]]\n"
        "• [[dnata|ORG]] profit before tax: [[AED 1.5 billion|money|1500000000|AED]]\n"
        "• Passengers carried: [[53.7 million|count|53700000|passenger]]\n"
        "• Workforce: [[121,223|count|121223|employee]]\n"
        "• Cash balance: [[AED 53.4 billion|money|53400000000|AED]]\n\n"
        "His Highness Sheikh [[Ahmed bin Saeed Al Maktoum|PERSON]], Chairman and Chief Executive of "
        "the [[Emirates Group|ORG]], said: “This is our [[third|ordinal|3]] consecutive "
        "year of record profits. We will keep investing in our people, our fleet and [[Dubai|GPE]].”\n\n"
        "The [[Group|ORG|Emirates Group]] paid a dividend of [[AED 6 billion|money|6000000000|AED]] to the "
        "[[Investment Corporation of Dubai|ORG]], and Sheikh [[Ahmed|PERSON|Ahmed bin Saeed Al Maktoum]] "
        "announced a profit share for all eligible employees.\n\n"
        "The [[Emirates Group|ORG]] expects [[Emirates|ORG|Emirates (airline)]] to take delivery of "
        "[[eight|count|8|aircraft]] [[Airbus A350|PRODUCT]] aircraft in [[2025-26|D|2025-04/2026-03]], and said "
        "the [[Boeing 777X|PRODUCT]] delays would keep older [[A380s|PRODUCT|Airbus A380]] flying longer.",
        [
            ("Emirates Group", "announce", "a record profit before tax of AED 22.7 billion (US$ 6.2 billion) for the "
             "financial year ended 31 March 2025, up 44%", False),
            ("Ahmed bin Saeed Al Maktoum", "say", "This is our third consecutive year of record profits. We will "
             "keep investing in our people, our fleet and Dubai.", True),
            ("Ahmed bin Saeed Al Maktoum", "announce", "a profit share for all eligible employees", False),
            ("Emirates Group", "expect", "Emirates to take delivery of eight Airbus A350 aircraft in 2025-26", False),
            ("Emirates Group", "say", "the Boeing 777X delays would keep older A380s flying longer", False),
        ],
    ),
    (
        "own47-ho-06", "uae-ncm-rain-bulletin", "2024-04-17", "2024-04-17",
        "[[NATIONAL CENTER OF METEOROLOGY|ORG|National Center of Meteorology]]\n"
        "Weather Bulletin\n"
        "Issued: [[Wednesday, 17 April 2024|D|2024-04-17]]\n"
        "[[Abu Dhabi|GPE]], [[United Arab Emirates|GPE]]\n\n"
        "Event: Heavy rain and thunderstorms\n"
        "Period: [[15-16 April 2024|D|2024-04-15/2024-04-16]]\n"
        "Highest rainfall: [[254.8 mm|quantity|254.8|mm]] at [[Khatm Al Shakla|GPE]], [[Al Ain|GPE]]\n"
        "Highest wind gust: [[92 km/h|quantity|92|km/h]]\n\n"
        "The [[National Center of Meteorology|ORG]] ([[NCM|ORG|National Center of Meteorology]]) said the "
        "rainfall recorded on [[Tuesday|D|2024-04-16]] was the heaviest in the country since records began in "
        "[[1949|D|1949]]. [[Dubai|GPE]] received [[about 142 mm|quantity|142|mm]], more than its usual annual "
        "total.\n\n"
        "Dr [[Ahmed Habib|PERSON]], a meteorologist at the centre, told reporters that no cloud seeding had been "
        "carried out during the storm.\n\n"
        "[[Dubai Airports|ORG]] said that [[1,244|count|1244|flight]] flights had been cancelled and "
        "[[41|count|41|flight]] diverted at [[Dubai International Airport|FAC]] over [[two days|D|P2D]], and "
        "urged passengers not to come to the airport unless their flight was confirmed.\n\n"
        "The [[Ministry of Education|ORG|Ministry of Education (United Arab Emirates)]] announced that schools "
        "would continue distance learning until [[Friday|D|2024-04-19]]. [[NCM|ORG|National Center of "
        "Meteorology]] warned residents to keep away from wadis and low-lying areas until "
        "[[Thursday|D|2024-04-18]].\n\n"
        "In neighbouring [[Oman|GPE]], [[at least 18|count|18|person]] people died in flash floods, among them "
        "[[ten|count|10|schoolchild]] schoolchildren swept away in a vehicle.",
        [
            ("National Center of Meteorology", "say", "the rainfall recorded on Tuesday was the heaviest in the "
             "country since records began in 1949", False),
            ("Ahmed Habib", "tell", "no cloud seeding had been carried out during the storm", False),
            ("Dubai Airports", "say", "1,244 flights had been cancelled and 41 diverted at Dubai International "
             "Airport over two days", False),
            ("Dubai Airports", "urge", "passengers not to come to the airport unless their flight was confirmed",
             False),
            ("Ministry of Education (United Arab Emirates)", "announce", "schools would continue distance learning "
             "until Friday", False),
            ("National Center of Meteorology", "warn", "residents to keep away from wadis and low-lying areas "
             "until Thursday", False),
        ],
    ),
    (
        "own47-ho-07", "eci-bihar-schedule", "2025-10-06", "2025-10-06",
        "[[ELECTION COMMISSION OF INDIA|ORG|Election Commission of India]]\n"
        "[[Nirvachan Sadan|FAC]], [[New Delhi|GPE]]\n"
        "Dated: [[6th October, 2025|D|2025-10-06]]\n\n"
        "PRESS NOTE\n\n"
        "Subject: Schedule for the general election to the [[Bihar Legislative Assembly|ORG]]\n\n"
        "The term of the [[Bihar Legislative Assembly|ORG]] ends on [[22 November 2025|D|2025-11-22]]. The "
        "general election will be held in [[two|count|2|phase]] phases, as follows:\n\n"
        "Poll event        Phase 1        Phase 2\n"
        "Issue of notification: [[10.10.2025|D|2025-10-10]]     [[13.10.2025|D|2025-10-13]]\n"
        "Last date for nominations: [[17.10.2025|D|2025-10-17]]     [[20.10.2025|D|2025-10-20]]\n"
        "Date of poll: [[06.11.2025|D|2025-11-06]]     [[11.11.2025|D|2025-11-11]]\n"
        "Counting of votes: [[14.11.2025|D|2025-11-14]]     [[14.11.2025|D|2025-11-14]]\n\n"
        "[[Bihar|GPE]] has [[243|count|243|constituency]] assembly constituencies, [[40|count|40|constituency]] "
        "of them reserved. [[About 7.42 crore|count|74200000|elector]] electors, including "
        "[[14 lakh|count|1400000|voter]] first-time voters, will vote at [[90,712|count|90712|polling station]] "
        "polling stations. The expenditure limit is [[₹40 lakh|money|4000000|INR]] per candidate.\n\n"
        "Chief Election Commissioner [[Gyanesh Kumar|PERSON]], with Election Commissioners "
        "[[Sukhbir Singh Sandhu|PERSON]] and [[Vivek Joshi|PERSON]], told a press conference in "
        "[[New Delhi|GPE]] that the revision of the electoral rolls had been completed on "
        "[[30 September|D|2025-09-30]]. He said every polling station would be webcast, and urged voters to turn "
        "out in large numbers.\n\n"
        "The [[Commission|ORG|Election Commission of India]] also announced that bye-elections to "
        "[[eight|count|8|constituency]] assembly constituencies in [[Jammu and Kashmir|GPE]], "
        "[[Rajasthan|GPE]], [[Jharkhand|GPE]], [[Telangana|GPE]], [[Punjab|GPE|Punjab, India]], "
        "[[Mizoram|GPE]] and [[Odisha|GPE]] would be held on [[11 November|D|2025-11-11]].",
        [
            ("Gyanesh Kumar", "tell", "the revision of the electoral rolls had been completed on 30 September",
             False),
            ("Gyanesh Kumar", "say", "every polling station would be webcast", False),
            ("Gyanesh Kumar", "urge", "voters to turn out in large numbers", False),
            ("Election Commission of India", "announce", "bye-elections to eight assembly constituencies in Jammu "
             "and Kashmir, Rajasthan, Jharkhand, Telangana, Punjab, Mizoram and Odisha would be held on 11 "
             "November", False),
        ],
    ),
]
