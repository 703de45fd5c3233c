"""Held-out set 66 (blind): marked texts of briefs 01-07 and their statements (see
``build_own66_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own66-ho-01", "central-bank-of-tunisia-key-rate-cut", "2025-03-26", "2025-03-26",
        "[[BANQUE CENTRALE DE TUNISIE|ORG|Central Bank of Tunisia]]\n"
        "Press release of the Board of Directors\n"
        "[[Tunis|GPE]], [[26 March 2025|D|2025-03-26]]\n\n"
        "KEY INTEREST RATE LOWERED BY [[50 BASIS POINTS|percent|0.5|pp]] TO [[7.50%|percent|7.5|%]]\n\n"
        "The Board of Directors of the [[Central Bank of Tunisia|ORG]] ([[BCT|ORG|Central Bank of Tunisia]]), "
        "meeting [[today|D|2025-03-26]] under the chairmanship of Governor [[Fathi Zouhair Nouri|PERSON]], "
        "decided to lower the key interest rate by [[50 basis points|percent|0.5|pp]] to "
        "[[7.50%|percent|7.5|%]], with effect from [[27 March|D|2025-03-27]]. The lending and deposit facility rates "
        "were cut to [[8.50%|percent|8.5|%]] and [[6.50%|percent|6.5|%]].\n\n"
        "According to the [[National Institute of Statistics|ORG|National Institute of Statistics (Tunisia)]] "
        "([[INS|ORG|National Institute of Statistics (Tunisia)]]), inflation eased to [[5.7%|percent|5.7|%]] in "
        "[[February|D|2025-02]], from [[6.0%|percent|6|%]] in [[January|D|2025-01]] and a peak of "
        "[[10.4%|percent|10.4|%]] in [[February 2023|D|2023-02]].\n\n"
        "Main indicators\n"
        "• Net foreign assets, [[24 March|D|2025-03-24]]: [[TND 22.6 billion|money|22600000000|TND]]\n"
        "• Economic growth in [[2024|D|2024]]: [[1.4%|percent|1.4|%]]\n"
        "• Tourism receipts, [[first two months of 2025|D|2025-01/2025-02]]: "
        "[[TND 1.05 billion|money|1050000000|TND]], up [[8.2%|percent|8.2|%]]\n\n"
        "The [[BCT|ORG|Central Bank of Tunisia]] said the cut would support investment and the recovery of credit "
        "to small firms, but warned that wage agreements and international food and energy prices remained risks "
        "to inflation. It called for prudence in the financing of the state budget.\n\n"
        "In [[February|D|2025-02]], the [[Assembly of the Representatives of the People|ORG]] authorised the "
        "[[BCT|ORG|Central Bank of Tunisia]] to lend the state [[TND 7 billion|money|7000000000|TND]] directly, "
        "repayable over [[15 years|D|P15Y]] after a [[three-year|D|P3Y]] grace period. [[Tunisia|GPE]] has had no "
        "programme with the [[International Monetary Fund|ORG]] since President [[Kais Saied|PERSON]] rejected a "
        "[[US$1.9 billion|money|1900000000|USD]] loan in [[2023|D|2023]].\n\n"
        "“Disinflation is well under way, but it is not yet complete, and we will move with caution,” Governor "
        "[[Nouri|PERSON|Fathi Zouhair Nouri]] told reporters. The Board will review the rate "
        "again [[next month|D|2025-04]].",
        [
            ("National Institute of Statistics (Tunisia)", "according to", "inflation eased to 5.7% in February, "
             "from 6.0% in January and a peak of 10.4% in February 2023", False),
            ("Central Bank of Tunisia", "say", "the cut would support investment and the recovery of credit to small "
             "firms", False),
            ("Central Bank of Tunisia", "warn", "wage agreements and international food and energy prices remained "
             "risks to inflation", False),
            ("Central Bank of Tunisia", "call for", "prudence in the financing of the state budget", False),
            ("Fathi Zouhair Nouri", "tell", "Disinflation is well under way, but it is not yet complete, and we will "
             "move with caution", True),
        ],
    ),
    (
        "own66-ho-02", "national-records-of-scotland-population-estimates", "2025-10-08", "2025-10-08",
        "[[NATIONAL RECORDS OF SCOTLAND|ORG|National Records of Scotland]]\n"
        "Population estimates for [[Scotland|GPE]]\n"
        "Published [[8 October 2025|D|2025-10-08]]\n\n"
        "[[SCOTLAND|GPE|Scotland]]’S POPULATION REACHES A RECORD [[5.55 MILLION|count|5550000|person]]\n\n"
        "[[Scotland|GPE]]’s population was [[5,546,900|count|5546900|person]] on [[30 June 2024|D|2024-06-30]], "
        "the highest on record, [[National Records of Scotland|ORG]] ([[NRS|ORG|National Records of Scotland]]) "
        "said [[today|D|2025-10-08]]. It grew by [[56,800|count|56800|person]] people, or [[1.0%|percent|1|%]], "
        "in [[the year to June 2024|D|2023-07/2024-06]], the largest annual rise since [[1951|D|1951]].\n\n"
        "There were [[45,800|count|45800|birth]] births, the fewest since civil registration began in "
        "[[1855|D|1855]], and [[61,800|count|61800|death]] deaths, so all of the growth came from migration. Net "
        "migration added [[about 73,000|count|73000|person]] people, two thirds of them from outside the "
        "[[United Kingdom|GPE]].\n\n"
        "Change by council area, [[year to June 2024|D|2023-07/2024-06]]\n"
        "[[Midlothian|GPE]]              [[+1.9%|percent|1.9|%]]\n"
        "[[Edinburgh|GPE]]               [[+1.8%|percent|1.8|%]]\n"
        "[[Glasgow|GPE]]                 [[+1.6%|percent|1.6|%]]\n"
        "[[Aberdeenshire|GPE]]           [[+0.6%|percent|0.6|%]]\n"
        "[[Inverclyde|GPE]]              [[-0.2%|percent|-0.2|%]]\n"
        "[[Na h-Eileanan Siar|GPE|Outer Hebrides]]      [[-0.5%|percent|-0.5|%]]\n\n"
        "“[[Scotland|GPE]]’s population is growing only because people are choosing to move here. Without "
        "migration it would have fallen for the [[third|ordinal|3]] year in a row,” said "
        "[[Esther Roughsedge|PERSON]], head of population and migration statistics at "
        "[[NRS|ORG|National Records of Scotland]].\n\n"
        "Deputy First Minister [[Kate Forbes|PERSON]] said the figures showed how much the [[Scottish|NORP]] "
        "economy depended on people from abroad, and called for powers over migration to be devolved to the "
        "[[Scottish Parliament|ORG]]. The [[Home Office|ORG]] said there were no plans for regional visas.\n\n"
        "Note: estimates for [[Scotland|GPE]]’s [[32|count|32|council]] councils are published with this release. "
        "Estimates for [[June 2025|D|2025-06]] will follow [[next year|D|2026]].",
        [
            ("National Records of Scotland", "say", "Scotland’s population was 5,546,900 on 30 June 2024, the "
             "highest on record", False),
            ("Esther Roughsedge", "say", "Scotland’s population is growing only because people are choosing to move "
             "here. Without migration it would have fallen for the third year in a row", True),
            ("Kate Forbes", "say", "the figures showed how much the Scottish economy depended on people from abroad",
             False),
            ("Kate Forbes", "call for", "powers over migration to be devolved to the Scottish Parliament", False),
            ("Home Office", "say", "there were no plans for regional visas", False),
        ],
    ),
    (
        "own66-ho-03", "fpt-corporation-nine-month-results", "2025-10-20", "2025-10-20",
        "[[FPT CORPORATION|ORG|FPT Corporation]]: PRE-TAX PROFIT UP [[17.8%|percent|17.8|%]] IN "
        "[[FIRST NINE MONTHS OF 2025|D|2025-01/2025-09]]\n\n"
        "[[HANOI|GPE|Hanoi]], [[20 October 2025|D|2025-10-20]] – [[FPT Corporation|ORG]] "
        "([[HOSE|ORG|Ho Chi Minh City Stock Exchange]]: FPT) [[today|D|2025-10-20]] reported revenue of "
        "[[VND 49,887 billion|money|49887000000000|VND]] for [[the first nine months of 2025|D|2025-01/2025-09]], "
        "up [[10.3%|percent|10.3|%]] year on year, and pre-tax profit of "
        "[[VND 9,540 billion|money|9540000000000|VND]].\n\n"
        "Highlights\n"
        "- Overseas IT services revenue: [[VND 24,400bn|money|24400000000000|VND]], up [[15.2%|percent|15.2|%]]\n"
        "- [[Japan|GPE]]: up [[25.6%|percent|25.6|%]]; [[Asia-Pacific|LOC]]: up [[31.0%|percent|31|%]]\n"
        "- New orders signed abroad: [[VND 24,200bn|money|24200000000000|VND]], including "
        "[[14|count|14|contract]] contracts worth [[more than US$5 million|money|5000000|USD]] each\n"
        "- Employees: [[about 52,000|count|52000|employee]]\n\n"
        "“Artificial intelligence and semiconductors are now the engines of our growth,” said Chief Executive "
        "Officer [[Nguyen Van Khoa|PERSON]]. [[Khoa|PERSON|Nguyen Van Khoa]] said revenue from the "
        "[[Japanese|NORP]] market, [[FPT|ORG|FPT Corporation]]’s largest abroad, had passed "
        "[[US$500 million|money|500000000|USD]], a record, helped by an office opened in [[Osaka|GPE]] in "
        "[[August|D|2025-08]]. He warned that [[United States|GPE]] tariffs "
        "could slow orders from [[American|NORP]] manufacturers in [[the fourth quarter|D|2025-10/2025-12]].\n\n"
        "The company expects to meet its [[2025|D|2025]] targets of [[VND 75,400bn|money|75400000000000|VND]] in "
        "revenue and [[VND 13,395bn|money|13395000000000|VND]] in pre-tax profit. Chairman "
        "[[Truong Gia Binh|PERSON|Trương Gia Bình]] told shareholders in [[April|D|2025-04]] that "
        "[[FPT|ORG|FPT Corporation]] would train [[500,000|count|500000|engineer]] engineers in artificial "
        "intelligence by [[2030|D|2030]].\n\n"
        "About [[FPT|ORG|FPT Corporation]]\n"
        "[[FPT Corporation|ORG]], founded in [[1988|D|1988]] and based in [[Hanoi|GPE]], is [[Vietnam|GPE]]’s "
        "largest information technology company, with offices in [[30|count|30|country]] countries.",
        [
            ("Nguyen Van Khoa", "say", "Artificial intelligence and semiconductors are now the engines of our growth",
             True),
            ("Nguyen Van Khoa", "say", "revenue from the Japanese market, FPT’s largest abroad, had passed US$500 "
             "million, a record, helped by an office opened in Osaka in August",
             False),
            ("Nguyen Van Khoa", "warn", "United States tariffs could slow orders from American manufacturers in the "
             "fourth quarter", False),
            ("FPT Corporation", "expect", "meet its 2025 targets of VND 75,400bn in revenue and VND 13,395bn in "
             "pre-tax profit", False),
            ("Trương Gia Bình", "tell", "FPT would train 500,000 engineers in artificial intelligence by 2030", False),
        ],
    ),
    (
        "own66-ho-04", "korea-aerospace-administration-nuri-fourth-launch", "2025-11-27", "2025-11-27",
        "[[KOREA AEROSPACE ADMINISTRATION|ORG|Korea AeroSpace Administration]]\n"
        "Press release, [[Sacheon|GPE]], [[27 November 2025|D|2025-11-27]]\n\n"
        "[[NURI|PRODUCT|Nuri (rocket)]] PLACES [[13|count|13|satellite]] SATELLITES IN ORBIT ON ITS "
        "[[FOURTH|ordinal|4]] FLIGHT\n\n"
        "Launch vehicle: [[Nuri|PRODUCT|Nuri (rocket)]] ([[KSLV-II|PRODUCT|Nuri (rocket)]])\n"
        "Launch site: [[Naro Space Center|FAC]], [[Goheung|GPE|Goheung County]], [[South Jeolla Province|GPE]]\n"
        "Lift-off: 01:13 KST\n"
        "Main payload: [[CAS500-3|PRODUCT]], [[516 kg|quantity|516|kg]]\n"
        "Secondary payloads: [[12|count|12|cubesat]] cubesats\n"
        "Orbit: sun-synchronous, [[about 600 km|quantity|600|km]]\n\n"
        "The [[Korea AeroSpace Administration|ORG]] ([[KASA|ORG|Korea AeroSpace Administration]]) announced that "
        "the [[Nuri|PRODUCT|Nuri (rocket)]] rocket had lifted off early [[today|D|2025-11-27]] and released all "
        "[[13|count|13|satellite]] satellites about 18 minutes after launch. The "
        "[[Korea Aerospace Research Institute|ORG]] ([[KARI|ORG|Korea Aerospace Research Institute]]) said its "
        "ground station in [[Daejeon|GPE]] had made contact with [[CAS500-3|PRODUCT]] at 02:48 and that the "
        "satellite’s solar panels had opened normally.\n\n"
        "It was the [[first|ordinal|1]] launch led by [[Hanwha Aerospace|ORG]], which took over assembly of the "
        "[[47.2-metre|quantity|47.2|m]], [[200-tonne|quantity|200|t]] rocket from the institute. "
        "[[Nuri|PRODUCT|Nuri (rocket)]] reached orbit for the [[first|ordinal|1]] time in [[June 2022|D|2022-06]] "
        "and again in [[May 2023|D|2023-05]].\n\n"
        "[[KASA|ORG|Korea AeroSpace Administration]] Administrator [[Yoon Young-bin|PERSON]] said the flight showed "
        "that [[South Korea|GPE]]’s private industry could now build space launchers, and pledged that "
        "[[Nuri|PRODUCT|Nuri (rocket)]] would fly twice more, in [[2026|D|2026]] and [[2027|D|2027]]. Minister of "
        "Science and ICT [[Bae Kyung-hoon|PERSON]] said the government would spend "
        "[[₩1.5 trillion|money|1500000000000|KRW]] on a reusable launcher by [[2032|D|2032]], when "
        "[[Korea|GPE|South Korea]] plans to land a probe on the [[Moon|LOC]].\n\n"
        "President [[Lee Jae-myung|PERSON]] congratulated the [[1,200|count|1200|engineer]] engineers who worked "
        "on the launch. The [[fifth|ordinal|5]] launch is planned for [[June 2026|D|2026-06]].",
        [
            ("Korea AeroSpace Administration", "announce", "the Nuri rocket had lifted off early today and released "
             "all 13 satellites about 18 minutes after launch", False),
            ("Korea Aerospace Research Institute", "say", "its ground station in Daejeon had made contact with "
             "CAS500-3 at 02:48 and that the satellite’s solar panels had opened normally", False),
            ("Yoon Young-bin", "say", "the flight showed that South Korea’s private industry could now build space "
             "launchers", False),
            ("Yoon Young-bin", "pledge", "Nuri would fly twice more, in 2026 and 2027", False),
            ("Bae Kyung-hoon", "say", "the government would spend ₩1.5 trillion on a reusable launcher by 2032, when "
             "Korea plans to land a probe on the Moon", False),
        ],
    ),
    (
        "own66-ho-05", "philippine-red-cross-cebu-earthquake-update", "2025-10-02", "2025-10-02",
        "[[PHILIPPINE RED CROSS|ORG|Philippine Red Cross]]\n"
        "Operations update no. 2: earthquake in northern [[Cebu|GPE]]\n"
        "[[Mandaluyong|GPE]], [[2 October 2025|D|2025-10-02]]\n\n"
        "A magnitude [[6.9|number|6.9]] earthquake struck off the northern coast of [[Cebu|GPE]] at 9:59 p.m. on "
        "[[Tuesday|D|2025-09-30]], the [[Philippine Institute of Volcanology and Seismology|ORG]] "
        "([[PHIVOLCS|ORG|Philippine Institute of Volcanology and Seismology]]) reported. The epicentre was "
        "[[about 19 kilometres|quantity|19|km]] north-east of [[Bogo City|GPE|Bogo, Cebu]], at a depth of "
        "[[5 km|quantity|5|km]].\n\n"
        "Key figures\n"
        "-- People killed: [[72|count|72|person]]\n"
        "-- People injured: [[more than 550|count|550|person]]\n"
        "-- Families affected: [[about 110,000|count|110000|family]]\n"
        "-- Houses damaged: [[over 5,000|count|5000|house]]\n"
        "-- Aftershocks recorded: [[more than 1,200|count|1200|aftershock]]\n\n"
        "[[Red Cross|ORG|Philippine Red Cross]] volunteers from [[13|count|13|chapter]] chapters are serving hot "
        "meals and clean water in [[Bogo City|GPE|Bogo, Cebu]], [[San Remigio|GPE|San Remigio, Cebu]], "
        "[[Medellin|GPE|Medellin, Cebu]] and [[Daanbantayan|GPE]], where the quake destroyed churches and a sports "
        "complex. [[Two|count|2|truck]] trucks carrying [[24,000 litres|quantity|24000|l]] of drinking water "
        "arrived from [[Cebu City|GPE]] [[yesterday|D|2025-10-01]].\n\n"
        "“Many families are sleeping outside because they are afraid to go back into their homes,” said "
        "[[Richard Gordon|PERSON|Richard J. Gordon]], chairman of the [[Philippine Red Cross|ORG]]. "
        "[[Gordon|PERSON|Richard J. Gordon]] urged donors to send tents, tarpaulins and hygiene kits rather than "
        "clothes.\n\n"
        "[[Cebu|GPE]] Governor [[Pamela Baricuatro|PERSON]] declared a state of calamity on "
        "[[Wednesday|D|2025-10-01]]. President [[Ferdinand Marcos Jr.|PERSON|Bongbong Marcos]] visited "
        "[[Bogo City|GPE|Bogo, Cebu]] and said the national government would release "
        "[[₱50 million|money|50000000|PHP]] for each of the worst-hit towns.\n\n"
        "The [[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "([[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]]) has released "
        "[[CHF 500,000|money|500000|CHF]] from its [[Disaster Response Emergency Fund|ORG]] to support the "
        "response for [[three months|D|P3M]].\n\n"
        "The next update will be issued on [[Monday|D|2025-10-06]].",
        [
            ("Philippine Institute of Volcanology and Seismology", "report", "A magnitude 6.9 earthquake struck off "
             "the northern coast of Cebu at 9:59 p.m. on Tuesday", False),
            ("Richard J. Gordon", "say", "Many families are sleeping outside because they are afraid to go back into "
             "their homes", True),
            ("Richard J. Gordon", "urge", "donors to send tents, tarpaulins and hygiene kits rather than clothes",
             False),
            ("Bongbong Marcos", "say", "the national government would release ₱50 million for each of the worst-hit "
             "towns", False),
        ],
    ),
    (
        "own66-ho-06", "cbd-cop16-cali-closing-release", "2024-11-02", "2024-11-02",
        "From: [[Secretariat of the Convention on Biological Diversity|ORG]]\n"
        "[[Cali|GPE]], [[Colombia|GPE]], [[2 November 2024|D|2024-11-02]]\n\n"
        "[[COP16|EVENT|2024 United Nations Biodiversity Conference]] CREATES [[CALI FUND|ORG|Cali Fund]] FOR "
        "PROFITS FROM GENETIC DATA\n\n"
        "The [[United Nations|ORG]] biodiversity conference, [[COP16|EVENT|2024 United Nations Biodiversity "
        "Conference]], closed in [[Cali|GPE]] [[today|D|2024-11-02]] after [[12 days|D|P12D]] of talks. Parties to "
        "the [[Convention on Biological Diversity|LAW]] agreed to set up the [[Cali Fund|ORG]], into which large "
        "companies that use digital sequence information on genetic resources, such as makers of medicines and "
        "cosmetics, should pay [[1%|percent|1|%]] of their profits or [[0.1%|percent|0.1|%]] of their revenue. At "
        "least half of the money is to go to indigenous peoples and local communities, for whom the conference also "
        "created a permanent subsidiary body.\n\n"
        "Talks on finance were suspended at about 8:30 a.m. when the meeting lost its quorum after an all-night "
        "session. They will resume in [[Rome|GPE]] in [[February|D|2025-02]].\n\n"
        "“We have shown that the world can agree that those who profit from nature must pay to protect it,” said "
        "[[COP16|EVENT|2024 United Nations Biodiversity Conference]] President [[Susana Muhamad|PERSON]], "
        "[[Colombia|GPE]]’s Minister of Environment.\n\n"
        "Executive Secretary [[Astrid Schomaker|PERSON]] said only [[44|count|44|country]] countries had submitted "
        "new national biodiversity plans, and urged the rest to do so before "
        "[[COP17|EVENT|2026 United Nations Biodiversity Conference]]. [[Colombian|NORP]] President "
        "[[Gustavo Petro|PERSON]], who opened the conference, called for debt swaps to pay for the protection of "
        "the [[Amazon|LOC|Amazon rainforest]].\n\n"
        "The [[Kunming-Montreal Global Biodiversity Framework|LAW]], adopted in [[December 2022|D|2022-12]], aims "
        "to protect [[30%|percent|30|%]] of the world’s land and seas by [[2030|D|2030]] and to raise "
        "[[US$200 billion|money|200000000000|USD]] a year for nature.\n\n"
        "Key facts\n"
        "- Delegates registered: [[more than 23,000|count|23000|delegate]]\n"
        "- Parties to the convention: [[196|count|196|party]]\n"
        "- Next meeting: [[COP17|EVENT|2026 United Nations Biodiversity Conference]], [[Yerevan|GPE]], "
        "[[Armenia|GPE]], [[2026|D|2026]]",
        [
            ("Susana Muhamad", "say", "We have shown that the world can agree that those who profit from nature must "
             "pay to protect it", True),
            ("Astrid Schomaker", "say", "only 44 countries had submitted new national biodiversity plans", False),
            ("Astrid Schomaker", "urge", "the rest to do so before COP17", False),
            ("Gustavo Petro", "call for", "debt swaps to pay for the protection of the Amazon", False),
        ],
    ),
    (
        "own66-ho-07", "natural-resources-wales-water-company-performance", "2025-07-10", "2025-07-10",
        "[[NATURAL RESOURCES WALES|ORG|Natural Resources Wales]]\n"
        "News release\n"
        "Published: [[Thursday 10 July 2025|D|2025-07-10]]\n\n"
        "REGULATOR ORDERS [[DŴR CYMRU|ORG|Dŵr Cymru Welsh Water]] TO CUT POLLUTION AFTER [[FIFTH|ordinal|5]] YEAR "
        "OF DECLINE\n\n"
        "[[Natural Resources Wales|ORG]] ([[NRW|ORG|Natural Resources Wales]]) [[today|D|2025-07-10]] rated "
        "[[Dŵr Cymru Welsh Water|ORG]] as requiring improvement in its annual assessment of the environmental "
        "performance of water companies in [[Wales|GPE]] for [[2024|D|2024]].\n\n"
        "The company caused [[155|count|155|incident]] pollution incidents in [[2024|D|2024]], up from "
        "[[107|count|107|incident]] in [[2023|D|2023]] and the most since the assessment began in "
        "[[2015|D|2015]]. [[Six|count|6|incident]] were classed as serious. The company itself reported "
        "[[64%|percent|64|%]] of its incidents, against an expected [[90%|percent|90|%]].\n\n"
        "Key facts\n"
        "- Customers served by [[Dŵr Cymru|ORG|Dŵr Cymru Welsh Water]]: [[about 3 million|count|3000000|customer]]\n"
        "- Length of sewers: [[about 37,000 km|quantity|37000|km]]\n"
        "- Investment planned to [[2030|D|2030]]: [[£4 billion|money|4000000000|GBP]]\n\n"
        "“We have seen a steady decline in [[Dŵr Cymru Welsh Water|ORG]]’s performance since [[2020|D|2020]], and "
        "repeated warnings have not reversed it,” said [[Nadia De Longhi|PERSON]], head of regulation and "
        "permitting at [[NRW|ORG|Natural Resources Wales]]. She warned that the regulator would bring further "
        "prosecutions where the company broke its permits.\n\n"
        "[[Dŵr Cymru|ORG|Dŵr Cymru Welsh Water]] chief executive [[Peter Perry|PERSON]] said [[2024|D|2024]] had "
        "been one of the wettest years on record, but accepted that the company’s performance was unacceptable. "
        "[[Perry|PERSON|Peter Perry]] pledged to spend [[£100 million|money|100000000|GBP]] more on storm overflows "
        "by [[March 2027|D|2027-03]].\n\n"
        "Deputy First Minister [[Huw Irranca-Davies|PERSON]] said the [[Welsh|NORP]] Government would ask "
        "[[Ofwat|ORG]] to link bonuses to environmental performance.\n\n"
        "Notes to editors\n"
        "- [[Hafren Dyfrdwy|ORG]], which serves parts of north-east and mid [[Wales|GPE]], was rated good for a "
        "[[fourth|ordinal|4]] year.\n"
        "- The assessment uses methods agreed with the [[Environment Agency|ORG]] in [[England|GPE]].",
        [
            ("Nadia De Longhi", "say", "We have seen a steady decline in Dŵr Cymru Welsh Water’s performance since "
             "2020, and repeated warnings have not reversed it", True),
            ("Nadia De Longhi", "warn", "the regulator would bring further prosecutions where the company broke its "
             "permits", False),
            ("Peter Perry", "say", "2024 had been one of the wettest years on record", False),
            ("Peter Perry", "accept", "the company’s performance was unacceptable", False),
            ("Peter Perry", "pledge", "spend £100 million more on storm overflows by March 2027", False),
            ("Huw Irranca-Davies", "say", "the Welsh Government would ask Ofwat to link bonuses to environmental "
             "performance", False),
        ],
    ),
]
