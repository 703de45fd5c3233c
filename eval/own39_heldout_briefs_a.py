"""Held-out set 39 (blind): marked texts of briefs 01-07 and their statements (see
``build_own39_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own39-ho-01", "bsp-rate-decision", "2025-10-09", "2025-10-09",
        "[[BSP|ORG|Bangko Sentral ng Pilipinas]] Reduces Policy Rate by [[25 Basis Points|percent|0.25|pp]]\n"
        "Media Release\n[[9 October 2025|D|2025-10-09]]\n\n"
        "The [[Bangko Sentral ng Pilipinas|ORG]] ([[BSP|ORG|Bangko Sentral ng Pilipinas]]) decided "
        "[[today|D|2025-10-09]] to reduce the target reverse repurchase rate by [[25 basis "
        "points|percent|0.25|pp]] to [[4.75 percent|percent|4.75|%]]. The interest rates on the overnight "
        "deposit and lending facilities were also reduced to [[4.25 percent|percent|4.25|%]] and [[5.25 "
        "percent|percent|5.25|%]], respectively.\n\n"
        "Headline inflation rose to [[1.7 percent|percent|1.7|%]] in [[September|D|2025-09]] from [[1.5 "
        "percent|percent|1.5|%]] in [[August|D|2025-08]], according to the [[Philippine Statistics "
        "Authority|ORG]]. The [[BSP|ORG|Bangko Sentral ng Pilipinas]] projects average inflation of [[1.7 "
        "percent|percent|1.7|%]] in [[2025|D|2025]] and [[3.1 percent|percent|3.1|%]] in [[2026|D|2026]].\n\n"
        "Business confidence has weakened amid a widening probe into flood-control projects, on which the "
        "government spent [[more than ₱545 billion|money|545000000000|PHP]] since [[2022|D|2022]]. The "
        "[[BSP|ORG|Bangko Sentral ng Pilipinas]] warned that domestic growth could slow in [[the second half "
        "of the year|D|2025-07/2025-12]].\n\n"
        "“The easing cycle is nearing its end,” [[BSP|ORG|Bangko Sentral ng Pilipinas]] Governor [[Eli M. Remolona Jr.|PERSON|Eli Remolona]] "
        "told reporters in [[Manila|GPE]]. “Further cuts will depend on the data.”\n\n"
        "Deputy Governor [[Zeno Ronald Abenoja|PERSON]] said the economy could grow by "
        "[[5.5|percent|5.5|%]] to [[6.5 percent|percent|6.5|%]] in [[2025|D|2025]], below the "
        "government's target. Finance Secretary [[Ralph Recto|PERSON]] said the government would keep "
        "spending on infrastructure despite the probe.\n\n"
        "The peso has weakened by [[about 2 percent|percent|2|%]] against the [[U.S.|GPE|United States]] "
        "dollar since [[July|D|2025-07]]. The [[BSP|ORG|Bangko Sentral ng "
        "Pilipinas]] has cut its policy rate by a cumulative [[175 basis points|percent|1.75|pp]] since "
        "[[August 2024|D|2024-08]].\n\n"
        "The next monetary policy meeting of the [[BSP|ORG|Bangko Sentral ng Pilipinas]] is scheduled for "
        "[[11 December 2025|D|2025-12-11]].",
        [
            ("Philippine Statistics Authority", "according to", "Headline inflation rose to 1.7 percent in "
             "September from 1.5 percent in August",
             False),
            ("Bangko Sentral ng Pilipinas", "project", "average inflation of 1.7 percent in 2025 and 3.1 "
             "percent in 2026",
             False),
            ("Bangko Sentral ng Pilipinas", "warn", "domestic growth could slow in the second half of the year",
             False),
            ("Eli Remolona", "tell", "The easing cycle is nearing its end", True),
            ("Eli Remolona", "tell", "Further cuts will depend on the data.", True),
            ("Zeno Ronald Abenoja", "say", "the economy could grow by 5.5 to 6.5 percent in 2025, below the "
             "government's target",
             False),
            ("Ralph Recto", "say", "the government would keep spending on infrastructure despite the probe",
             False),
        ],
    ),
    (
        "own39-ho-02", "gso-vietnam-quarterly", "2025-10-06", "2025-10-06",
        "Socio-economic situation in [[the third quarter|D|2025-07/2025-09]] and [[nine months of 2025|D|2025-01/2025-09]]\n"
        "[[Hanoi|GPE]], [[06/10/2025|D|2025-10-06]]\n\n"
        "Gross domestic product in [[the third quarter of 2025|D|2025-07/2025-09]] is estimated to have "
        "increased by [[8.23%|percent|8.23|%]] over the same period of [[2024|D|2024]], the fastest pace "
        "since [[2011|D|2011]]. In [[the first nine months|D|2025-01/2025-09]], GDP grew by "
        "[[7.85%|percent|7.85|%]]: the agriculture, forestry and fishery sector by [[3.83%|percent|3.83|%]], "
        "industry and construction by [[8.69%|percent|8.69|%]] and services by [[8.49%|percent|8.49|%]].\n\n"
        "Total export turnover reached [[US$348.7 billion|money|348700000000|USD]], up "
        "[[16%|percent|16|%]], and the trade surplus was [[US$16.8 billion|money|16800000000|USD]]. The "
        "[[United States|GPE]] remained [[Vietnam|GPE]]'s largest export market, taking goods worth "
        "[[US$112.5 billion|money|112500000000|USD]]. Realised foreign direct investment capital was "
        "[[US$18.8 billion|money|18800000000|USD]], the highest for the period since "
        "[[2020|D|2020]].\n\n"
        "State budget revenue reached [[VND 1,850 trillion|money|1850000000000000|VND]]. The consumer price "
        "index rose by an average of [[3.27%|percent|3.27|%]]. International visitors numbered [[15.4 "
        "million|count|15400000|visitor]], [[21.5%|percent|21.5|%]] more than in the same period of [[2024|D|2024]].\n\n"
        "According to [[Nguyen Thi Huong|PERSON|Nguyễn Thị Hương]], Director General of the [[General "
        "Statistics Office|ORG|General Statistics Office of Vietnam]], damage from [[Typhoon Bualoi|EVENT]] "
        "in [[late September|D|2025-09]] would weigh on farm output in [[the fourth quarter|D|2025-10/2025-12]]. "
        "She said the economy would need to grow by [[about 10%|percent|10|%]] in [[the last three "
        "months|D|2025-10/2025-12]] to meet the annual target of [[8%|percent|8|%]].\n\n"
        "The [[World Bank|ORG]] expects growth of [[6.6%|percent|6.6|%]] for [[2025|D|2025]]. Exports to "
        "[[China|GPE]] rose [[12%|percent|12|%]], helped by the electronics plants of [[Samsung "
        "Electronics|ORG]] in [[Bac Ninh|GPE|Bắc Ninh]].\n\n"
        "Prime Minister [[Pham Minh Chinh|PERSON|Phạm Minh Chính]] has urged ministries to speed up "
        "disbursement of public investment, of which only [[50.7%|percent|50.7|%]] of the plan had been "
        "disbursed by [[September 30|D|2025-09-30]].",
        [
            ("Nguyễn Thị Hương", "according to", "damage from Typhoon Bualoi in late September would weigh on "
             "farm output in the fourth quarter",
             False),
            ("Nguyễn Thị Hương", "say", "the economy would need to grow by about 10% in the last three months "
             "to meet the annual target of 8%",
             False),
            ("World Bank", "expect", "growth of 6.6% for 2025", False),
            ("Phạm Minh Chính", "urge", "ministries to speed up disbursement of public investment", False),
        ],
    ),
    (
        "own39-ho-03", "asic-penalty", "2025-08-01", "2025-08-01",
        "25-163MR [[Macquarie Securities|ORG|Macquarie Securities (Australia) Limited]] ordered to pay [[$50 million|money|50000000|AUD]] penalty for short "
        "sale reporting failures\n"
        "Published [[Friday 1 August 2025|D|2025-08-01]]\n\n"
        "The [[Federal Court of Australia|ORG]] has ordered [[Macquarie Securities (Australia) "
        "Limited|ORG|Macquarie Securities (Australia) Limited]] to pay a [[$50 million|money|50000000|AUD]] "
        "penalty for failing to correctly report short sales, following action by [[ASIC|ORG|Australian "
        "Securities and Investments Commission]].\n\n"
        "[[Macquarie|ORG|Macquarie Securities (Australia) Limited]] admitted that from [[December 2009 to "
        "February 2024|D|2009-12/2024-02]] it incorrectly reported [[at least 73 million|count|73000000|"
        "short sale]] short sales to the [[ASX|ORG|Australian Securities Exchange]] and "
        "[[Cboe Australia|ORG]], in breach of the [[Corporations Act 2001|LAW]]. The errors concerned "
        "[[about 1.5 billion|count|1500000000|share]] shares.\n\n"
        "[[ASIC|ORG|Australian Securities and Investments Commission]] Deputy Chair [[Sarah Court|PERSON]] said: “For [[more than 14 years|D|P14Y]], the market was "
        "given a false picture of short selling in [[Australian|NORP]] shares. Accurate reporting is not "
        "optional.”\n\n"
        "Ms [[Court|PERSON|Sarah Court]] added that the penalty was the largest ever imposed for breaches of "
        "the short selling rules.\n\n"
        "[[ASIC|ORG|Australian Securities and Investments Commission]] said [[Macquarie|ORG|Macquarie "
        "Securities (Australia) Limited]] had also paid [[$4.9 million|money|4900000|AUD]] in "
        "infringement notices in [[2022|D|2022]] and [[2023|D|2023]]. In addition to the penalty, the "
        "[[Court|ORG|Federal Court of Australia]] ordered the firm to pay [[ASIC|ORG|Australian Securities "
        "and Investments Commission]]'s costs and to appoint an independent expert to review its "
        "controls within [[60 days|D|P60D]].\n\n"
        "[[Macquarie Group|ORG]] chief executive [[Shemara Wikramanayake|PERSON]] said the firm accepted the "
        "court's findings and had spent [[more than $200 million|money|200000000|AUD]] improving its "
        "systems.\n\n"
        "Background\n"
        "This is the [[third|ordinal|3]] time since [[2019|D|2019]] that [[ASIC|ORG|Australian Securities "
        "and Investments Commission]] has taken court action against a [[Macquarie Group|ORG]] entity. "
        "[[Macquarie Bank|ORG]] paid [[$10 million|money|10000000|AUD]] in [[September 2024|D|2024-09]] for "
        "failing to prevent unauthorised transactions.",
        [
            ("Sarah Court", "say", "For more than 14 years, the market was given a false picture of short "
             "selling in Australian shares. Accurate reporting is not optional.",
             True),
            ("Sarah Court", "add", "the penalty was the largest ever imposed for breaches of the short selling "
             "rules",
             False),
            ("Australian Securities and Investments Commission", "say", "Macquarie had also paid $4.9 million "
             "in infringement notices in 2022 and 2023",
             False),
            ("Shemara Wikramanayake", "say", "the firm accepted the court's findings and had spent more than "
             "$200 million improving its systems",
             False),
        ],
    ),
    (
        "own39-ho-04", "bangladesh-budget", "2025-06-02", "2025-06-02",
        "Budget for [[FY2025-26|D|2025-07/2026-06]] placed at [[Tk 7,90,000 crore|money|7900000000000|BDT]]\n"
        "[[Dhaka|GPE]], [[2 June 2025|D|2025-06-02]]\n\n"
        "Finance Adviser [[Salehuddin Ahmed|PERSON]] [[today|D|2025-06-02]] announced a national budget of "
        "[[Tk 7,90,000 crore|money|7900000000000|BDT]] for [[fiscal year 2025-26|D|2025-07/2026-06]], "
        "[[Tk 7,000 crore|money|70000000000|BDT]] smaller than the original budget for "
        "[[2024-25|D|2024-07/2025-06]]. It is the [[first|ordinal|1]] budget of the interim government led by "
        "Chief Adviser [[Muhammad Yunus|PERSON]], and it was presented in a televised address because "
        "[[Parliament|ORG|Jatiya Sangsad]] stands dissolved.\n\n"
        "The adviser said the government expected revenue of [[Tk 5,64,000 crore|money|5640000000000|BDT]], "
        "of which the [[National Board of Revenue|ORG]] would collect [[Tk 4,99,000 crore|money|"
        "4990000000000|BDT]]. The deficit is projected at [[Tk 2,26,000 crore|money|2260000000000|BDT]], or "
        "[[3.6 percent|percent|3.6|%]] of GDP.\n\n"
        "“We have chosen stability over ambition,” [[Ahmed|PERSON|Salehuddin Ahmed]] said. “Bringing "
        "inflation down is our [[first|ordinal|1]] task.”\n\n"
        "He said the government aimed to reduce inflation to [[6.5 percent|percent|6.5|%]] by [[June "
        "2026|D|2026-06]] from [[9.17 percent|percent|9.17|%]] in [[April|D|2025-04]]. GDP growth is projected "
        "at [[5.5 percent|percent|5.5|%]].\n\n"
        "The Annual Development Programme is set at [[Tk 2,30,000 crore|money|2300000000000|BDT]]. The "
        "budget allocates [[Tk 95,644 crore|money|956440000000|BDT]] to education and [[Tk 41,908 "
        "crore|money|419080000000|BDT]] to health. The tax-free income threshold is raised to [[Tk 3.75 "
        "lakh|money|375000|BDT]] from [[2026-27|D|2026-07/2027-06]].\n\n"
        "[[Debapriya Bhattacharya|PERSON]], a distinguished fellow at the [[Centre for Policy Dialogue|ORG]], "
        "said the revenue target was unrealistic. The [[Bangladesh Nationalist Party|ORG]] called for an "
        "elected parliament to pass the next budget.\n\n"
        "The [[International Monetary Fund|ORG]] approved [[$1.3 billion|money|1300000000|USD]] for "
        "[[Bangladesh|GPE]] in [[May|D|2025-05]] after the [[Bangladesh Bank|ORG]] agreed to let the "
        "exchange rate move more freely.",
        [
            ("Salehuddin Ahmed", "announce", "a national budget of Tk 7,90,000 crore for fiscal year 2025-26, "
             "Tk 7,000 crore smaller than the original budget for 2024-25",
             False),
            ("Salehuddin Ahmed", "say", "the government expected revenue of Tk 5,64,000 crore, of which the "
             "National Board of Revenue would collect Tk 4,99,000 crore",
             False),
            ("Salehuddin Ahmed", "say", "We have chosen stability over ambition", True),
            ("Salehuddin Ahmed", "say", "Bringing inflation down is our first task.", True),
            ("Salehuddin Ahmed", "say", "the government aimed to reduce inflation to 6.5 percent by June 2026 "
             "from 9.17 percent in April",
             False),
            ("Debapriya Bhattacharya", "say", "the revenue target was unrealistic", False),
            ("Bangladesh Nationalist Party", "call for", "an elected parliament to pass the next budget", False),
        ],
    ),
    (
        "own39-ho-05", "isro-launch", "2025-11-02", "2025-11-02",
        "[[LVM3|PRODUCT]] successfully places [[CMS-03|PRODUCT|GSAT-7R]] in orbit\n"
        "[[November 02, 2025|D|2025-11-02]]\n\n"
        "[[India|GPE]]'s heaviest communication satellite, [[CMS-03|PRODUCT|GSAT-7R]], was launched "
        "[[today|D|2025-11-02]] by the [[LVM3|PRODUCT]] rocket from the [[Satish Dhawan Space Centre|FAC]] "
        "in [[Sriharikota|GPE]]. The [[4,410 kg|quantity|4410|kg]] satellite was placed in a geosynchronous "
        "transfer orbit of [[179 km|quantity|179|km]] x [[29,970 km|quantity|29970|km]] after a flight of "
        "about sixteen minutes.\n\n"
        "The mission was the [[fifth|ordinal|5]] operational flight of the [[43.5-metre|quantity|43.5|m]] "
        "[[LVM3|PRODUCT]], which launched [[Chandrayaan-3|EVENT]] in [[July 2023|D|2023-07]]. The "
        "satellite will provide services over the [[Indian Ocean|LOC]] and is expected to serve for "
        "[[at least 15 years|D|P15Y]].\n\n"
        "“[[LVM3|PRODUCT]] has once again proved its reliability,” [[ISRO|ORG|Indian Space Research "
        "Organisation]] Chairman [[V. Narayanan|PERSON]] said after the launch. “This satellite will "
        "strengthen communication for the [[Indian Navy|ORG]] and for users across the region.”\n\n"
        "[[Narayanan|PERSON|V. Narayanan]] said the [[first|ordinal|1]] uncrewed "
        "[[Gaganyaan|EVENT]] mission was planned for [[December|D|2025-12]] and that [[ISRO|ORG|Indian Space "
        "Research Organisation]] aimed to launch [[seven|count|7|mission]] more missions before "
        "[[March 2026|D|2026-03]].\n\n"
        "Prime Minister [[Narendra Modi|PERSON]] congratulated the team, saying the launch showed that "
        "[[India|GPE]]'s space sector was becoming more self-reliant.\n\n"
        "[[NASA|ORG]] and [[ISRO|ORG|Indian Space Research Organisation]] launched the [[NISAR|PRODUCT|NISAR "
        "(satellite)]] radar satellite from [[Sriharikota|GPE]] in [[July|D|2025-07]] on a [[GSLV|PRODUCT|"
        "Geosynchronous Satellite Launch Vehicle]].\n\n"
        "[[ISRO|ORG|Indian Space Research Organisation]] said the cryogenic upper stage had been restarted "
        "in orbit for the [[first|ordinal|1]] time, a test for future missions. The [[LVM3|PRODUCT]] can "
        "lift [[up to 4,000 kg|quantity|4000|kg]] to geosynchronous transfer orbit and [[8,000 "
        "kg|quantity|8000|kg]] to lower orbits.",
        [
            ("V. Narayanan", "say", "LVM3 has once again proved its reliability", True),
            ("V. Narayanan", "say", "This satellite will strengthen communication for the Indian Navy and for "
             "users across the region.",
             True),
            ("V. Narayanan", "say", "the first uncrewed Gaganyaan mission was planned for "
             "December and that ISRO aimed to launch seven more missions before March 2026",
             False),
            ("Narendra Modi", "say", "the launch showed that India's space sector was becoming more "
             "self-reliant",
             False),
            ("Indian Space Research Organisation", "say", "the cryogenic upper stage had been restarted in "
             "orbit for the first time, a test for future missions",
             False),
        ],
    ),
    (
        "own39-ho-06", "aiib-loan", "2025-07-24", "2025-07-24",
        "[[AIIB|ORG|Asian Infrastructure Investment Bank]] Approves [[USD250 Million|money|250000000|USD]] "
        "Loan for Rural Water Supply in [[Uzbekistan|GPE]]\n"
        "[[Beijing|GPE]], [[July 24, 2025|D|2025-07-24]]\n\n"
        "The Board of Directors of the [[Asian Infrastructure Investment Bank|ORG]] ([[AIIB|ORG|Asian "
        "Infrastructure Investment Bank]]) has approved a [[USD250 million|money|250000000|USD]] sovereign "
        "loan for the Karakalpakstan and Khorezm Rural Water Supply Project in [[Uzbekistan|GPE]].\n\n"
        "The project will build or rehabilitate [[1,100 kilometers|quantity|1100|km]] of water pipes and "
        "[[45|count|45|pumping station]] pumping stations, bringing safe drinking water to [[about 1.2 "
        "million|count|1200000|resident]] residents of the [[Republic of Karakalpakstan|GPE|Karakalpakstan]] "
        "and [[Khorezm Region|GPE|Khorazm Region]], where the drying of the [[Aral Sea|LOC]] has left groundwater "
        "salty.\n\n"
        "The loan has a [[25-year|D|P25Y]] maturity, including a grace period of [[five years|D|P5Y]]. The "
        "[[World Bank|ORG]] is co-financing the project with [[USD150 million|money|150000000|USD]], and the "
        "Government of [[Uzbekistan|GPE]] will contribute [[USD48 million|money|48000000|USD]].\n\n"
        "“Access to clean water is basic to health and dignity,” said [[Konstantin Limitovskiy|PERSON]], "
        "[[AIIB|ORG|Asian Infrastructure Investment Bank]] Vice President for Investment Operations. “This "
        "project will reach communities that have waited [[more than 30 years|D|P30Y]] for a reliable "
        "supply.”\n\n"
        "[[Uzbekistan|GPE]]'s Minister of Economy and Finance [[Jamshid Kuchkarov|PERSON]] said the loan would "
        "help the country reach its goal of piped water for [[85 percent|percent|85|%]] of the rural "
        "population by [[2030|D|2030]].\n\n"
        "Construction is expected to start in [[the first quarter of 2026|D|2026-01/2026-03]] and to finish by "
        "[[December 2030|D|2030-12]]. [[AIIB|ORG|Asian Infrastructure Investment Bank]] has approved "
        "[[nine|count|9|project]] projects in [[Uzbekistan|GPE]] worth [[more than USD2.7 "
        "billion|money|2700000000|USD]] since [[2018|D|2018]]. The bank, based in [[Beijing|GPE]], has "
        "[[110|count|110|member]] members.",
        [
            ("Konstantin Limitovskiy", "say", "Access to clean water is basic to health and dignity", True),
            ("Konstantin Limitovskiy", "say", "This project will reach communities that have waited more than "
             "30 years for a reliable supply.",
             True),
            ("Jamshid Kuchkarov", "say", "the loan would help the country reach its goal of piped water for 85 "
             "percent of the rural population by 2030",
             False),
        ],
    ),
    (
        "own39-ho-07", "aramco-results", "2025-08-05", "2025-08-05",
        "[[Aramco|ORG|Saudi Aramco]] announces [[second quarter 2025|D|2025-04/2025-06]] results\n"
        "[[Dhahran|GPE]], [[Saudi Arabia|GPE]], [[August 5, 2025|D|2025-08-05]]\n\n"
        "[[Saudi Arabian Oil Company|ORG|Saudi Aramco]] ([[Aramco|ORG|Saudi Aramco]]) [[today|D|2025-08-05]] "
        "reported net income of [[$22.7 billion|money|22700000000|USD]] ([[SAR 85.0 billion|money|"
        "85000000000|SAR]]) for [[the second quarter|D|2025-04/2025-06]], compared with [[$29.1 "
        "billion|money|29100000000|USD]] in [[the same quarter of 2024|D|2024-04/2024-06]]. The decline "
        "reflected lower crude prices, partly offset by higher production volumes.\n\n"
        "Highlights\n"
        "• Total hydrocarbon production of [[12.2 million barrels|quantity|12200000|bbl]] of oil "
        "equivalent per day\n"
        "• Free cash flow of [[$15.2 billion|money|15200000000|USD]]\n"
        "• Base dividend of [[$21.1 billion|money|21100000000|USD]] to be paid in [[the third "
        "quarter|D|2025-07/2025-09]]\n"
        "• Gearing ratio of [[6.5%|percent|6.5|%]] at [[June 30|D|2025-06-30]]\n\n"
        "[[Amin H. Nasser|PERSON|Amin H. Nasser]], [[Aramco|ORG|Saudi Aramco]] President and CEO, said: "
        "“Our results show the strength of our low-cost operations in a volatile market. We expect oil "
        "demand to rise by [[more than 2 million barrels|quantity|2000000|bbl]] per day in [[the second "
        "half of 2025|D|2025-07/2025-12]].”\n\n"
        "[[Nasser|PERSON|Amin H. Nasser]] added that the company had started production at the "
        "[[Jafurah|LOC|Jafurah gas field]] unconventional gas field and planned to raise gas output by "
        "[[about 60%|percent|60|%]] by [[2030|D|2030]] from [[2021|D|2021]] levels.\n\n"
        "In [[May|D|2025-05]], [[Aramco|ORG|Saudi Aramco]] signed agreements worth [[about $90 "
        "billion|money|90000000000|USD]] with [[American|NORP]] companies during a visit to [[Riyadh|GPE]] by "
        "[[U.S.|GPE|United States]] President [[Donald Trump|PERSON]]. The [[Public Investment Fund|ORG]] "
        "holds [[16%|percent|16|%]] of the company's shares, and the Government of [[Saudi Arabia|GPE]] "
        "[[81.5%|percent|81.5|%]].\n\n"
        "Chief Financial Officer [[Ziad T. Al-Murshed|PERSON]] said [[Aramco|ORG|Saudi Aramco]] would sell a "
        "[[49%|percent|49|%]] stake in its gas pipeline network to [[Global Infrastructure Partners|ORG]]. "
        "Capital expenditure for [[2025|D|2025]] is expected to be between [[$52|money|52000000000|USD]] "
        "and [[$58 billion|money|58000000000|USD]].",
        [
            ("Saudi Aramco", "report", "net income of $22.7 billion (SAR 85.0 billion) for the second quarter, "
             "compared with $29.1 billion in the same quarter of 2024",
             False),
            ("Amin H. Nasser", "say", "Our results show the strength of our low-cost operations in a volatile "
             "market. We expect oil demand to rise by more than 2 million barrels per day in the second half "
             "of 2025.",
             True),
            ("Amin H. Nasser", "add", "the company had started production at the Jafurah unconventional gas "
             "field and planned to raise gas output by about 60% by 2030 from 2021 levels",
             False),
            ("Ziad T. Al-Murshed", "say", "Aramco would sell a 49% stake in its gas pipeline network to Global "
             "Infrastructure Partners",
             False),
        ],
    ),
]
