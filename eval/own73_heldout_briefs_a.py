"""Held-out set 73 (blind): marked texts of briefs 01-07 and their statements (see
``build_own73_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own73-ho-01", "bank-of-guatemala-leading-rate-cut", "2025-11-26", "2025-11-26",
        "[[BANK OF GUATEMALA|ORG|Bank of Guatemala]]\n"
        "Press release\n"
        "[[Guatemala City|GPE]], [[26 November 2025|D|2025-11-26]]\n\n"
        "[[MONETARY BOARD|ORG|Monetary Board of Guatemala]] CUTS LEADING RATE TO [[3.75%|percent|3.75|%]]\n\n"
        "The [[Monetary Board|ORG|Monetary Board of Guatemala]] of the [[Bank of Guatemala|ORG]] "
        "([[Banguat|ORG|Bank of Guatemala]]) decided unanimously [[today|D|2025-11-26]] to lower the leading "
        "monetary policy interest rate by [[25 basis points|percent|0.25|pp]], from [[4.00%|percent|4|%]] to "
        "[[3.75%|percent|3.75|%]]. It was the [[third|ordinal|3]] cut of [[2025|D|2025]], after reductions in "
        "[[August|D|2025-08]] and [[September|D|2025-09]].\n\n"
        "Main indicators\n"
        "- Annual inflation, [[October 2025|D|2025-10]]: [[1.64%|percent|1.64|%]]\n"
        "- Inflation target: [[4.0%|percent|4|%]] +/- [[1 percentage point|percent|1|pp]]\n"
        "- Family remittances, [[January-October 2025|D|2025-01/2025-10]]: "
        "[[US$21,735.6 million|money|21735600000|USD]], up [[19.7%|percent|19.7|%]]\n"
        "- Exchange rate: [[Q7.66|money|7.66|GTQ]] per [[US|GPE|United States]] dollar\n"
        "- GDP growth forecast: [[4.0%|percent|4|%]] for [[2025|D|2025]] and [[3.9%|percent|3.9|%]] for "
        "[[2026|D|2026]]\n\n"
        "[[Banguat|ORG|Bank of Guatemala]] President [[Álvaro González Ricci|PERSON]] told reporters that "
        "inflation had remained below the lower limit of the target for [[seven months|D|P7M]], mainly because of "
        "lower fuel prices and the fading of food supply shocks. “The cut supports credit and activity without "
        "putting the inflation target at risk,” he said.\n\n"
        "The [[Board|ORG|Monetary Board of Guatemala]] expects inflation to return to the target range in "
        "[[the second half of 2026|D|2026-07/2026-12]]. It noted that the [[Bank of Mexico|ORG]] had lowered its "
        "rate to [[7.25%|percent|7.25|%]] on [[6 November|D|2025-11-06]] and that the [[US|GPE|United States]] "
        "[[Federal Reserve|ORG]] had cut its range in [[October|D|2025-10]].\n\n"
        "Vice President [[Alfredo Blanco Valdés|PERSON]] warned that higher [[US|GPE|United States]] tariffs and a "
        "[[1%|percent|1|%]] [[US|GPE|United States]] tax on remittances from [[1 January|D|2026-01-01]] could slow "
        "consumption in [[2026|D|2026]]. Remittances, mostly from [[Guatemalans|NORP|Guatemalan]] in the "
        "[[United States|GPE]], equal almost a fifth of GDP.\n\n"
        "The [[Monetary Board|ORG|Monetary Board of Guatemala]] will next review the rate on "
        "[[Wednesday, 28 January 2026|D|2026-01-28]].",
        [
            ("Álvaro González Ricci", "tell", "inflation had remained below the lower limit of the target for seven "
             "months, mainly because of lower fuel prices and the fading of food supply shocks", False),
            ("Álvaro González Ricci", "say", "The cut supports credit and activity without putting the inflation "
             "target at risk", True),
            ("Monetary Board of Guatemala", "expect", "inflation to return to the target range in the second half of "
             "2026", False),
            ("Monetary Board of Guatemala", "note", "the Bank of Mexico had lowered its rate to 7.25% on 6 November "
             "and that the US Federal Reserve had cut its range in October", False),
            ("Alfredo Blanco Valdés", "warn", "higher US tariffs and a 1% US tax on remittances from 1 January could "
             "slow consumption in 2026", False),
        ],
    ),
    (
        "own73-ho-02", "nso-malta-inbound-tourism-september", "2025-11-04", "2025-11-04",
        "[[NATIONAL STATISTICS OFFICE|ORG|National Statistics Office (Malta)]] – [[MALTA|GPE|Malta]]\n"
        "News Release 198/2025\n"
        "Published: [[4 November 2025|D|2025-11-04]]\n\n"
        "INBOUND TOURISM: [[SEPTEMBER 2025|D|2025-09]]\n\n"
        "Inbound tourists visiting [[Malta|GPE]] in [[September 2025|D|2025-09]] totalled "
        "[[352,890|count|352890|tourist]], an increase of [[12.6%|percent|12.6|%]] over "
        "[[September 2024|D|2024-09]], the [[National Statistics Office|ORG|National Statistics Office (Malta)]] "
        "([[NSO|ORG|National Statistics Office (Malta)]]) reported [[today|D|2025-11-04]]. Total nights spent by "
        "tourists rose [[9.8%|percent|9.8|%]] to [[2.44 million|count|2440000|night]], and tourist expenditure was "
        "estimated at [[€364.2 million|money|364200000|EUR]], up [[15.1%|percent|15.1|%]].\n\n"
        "Inbound tourists by main market\n"
        "Market            [[Sept. 2024|D|2024-09]]    [[Sept. 2025|D|2025-09]]    Change\n"
        "[[Italy|GPE]]             [[53,411|count|53411|tourist]]        [[58,120|count|58120|tourist]]        "
        "[[+8.8%|percent|8.8|%]]\n"
        "[[United Kingdom|GPE]]    [[58,904|count|58904|tourist]]        [[61,377|count|61377|tourist]]        "
        "[[+4.2%|percent|4.2|%]]\n"
        "[[Poland|GPE]]            [[17,210|count|17210|tourist]]        [[22,845|count|22845|tourist]]        "
        "[[+32.7%|percent|32.7|%]]\n"
        "Total             [[313,400|count|313400|tourist]]       [[352,890|count|352890|tourist]]       "
        "[[+12.6%|percent|12.6|%]]\n\n"
        "In [[the first nine months of 2025|D|2025-01/2025-09]], inbound tourists reached "
        "[[2.87 million|count|2870000|tourist]], [[17.5%|percent|17.5|%]] more than in the same period of "
        "[[2024|D|2024]]. Visitors staying in [[Gozo|GPE]] accounted for [[8.1%|percent|8.1|%]] of nights.\n\n"
        "Tourism Minister [[Ian Borg|PERSON]] said the figures showed that [[Malta|GPE]] was attracting visitors "
        "outside the summer peak, and pledged to spend [[€25 million|money|25000000|EUR]] on beaches and public "
        "spaces in [[Gozo|GPE]] by [[2027|D|2027]]. [[Carlo Micallef|PERSON]], chief executive of the "
        "[[Malta Tourism Authority|ORG]] ([[MTA|ORG|Malta Tourism Authority]]), warned that hotel capacity would "
        "remain tight until new rooms open in [[spring 2026|D|2026-03/2026-05]].\n\n"
        "Notes to editors\n"
        "1. Data are drawn from a frontier survey of departing passengers at [[Malta International Airport|FAC]] "
        "and the [[Valletta|GPE]] cruise terminal; cruise passengers are excluded.\n"
        "2. Figures for [[September 2025|D|2025-09]] are provisional.",
        [
            ("National Statistics Office (Malta)", "report", "Inbound tourists visiting Malta in September 2025 "
             "totalled 352,890, an increase of 12.6% over September 2024", False),
            ("Ian Borg", "say", "the figures showed that Malta was attracting visitors outside the summer peak", False),
            ("Ian Borg", "pledge", "spend €25 million on beaches and public spaces in Gozo by 2027", False),
            ("Carlo Micallef", "warn", "hotel capacity would remain tight until new rooms open in spring 2026", False),
        ],
    ),
    (
        "own73-ho-03", "air-astana-nine-month-results-2025", "2025-11-13", "2025-11-13",
        "[[AIR ASTANA GROUP|ORG|Air Astana]] REPORTS [[NINE-MONTH|D|P9M]] RESULTS\n\n"
        "[[Almaty|GPE]], [[Kazakhstan|GPE]], [[13 November 2025|D|2025-11-13]] – [[Air Astana JSC|ORG|Air Astana]], "
        "the largest airline group in [[Central Asia|LOC]] by revenue and fleet size, [[today|D|2025-11-13]] "
        "announces its results for [[the nine months ended 30 September 2025|D|2025-01-01/2025-09-30]].\n\n"
        "Highlights\n"
        "• Total revenue and other income up [[10.1%|percent|10.1|%]] to "
        "[[US$1,096.8 million|money|1096800000|USD]] ([[9M 2024|D|2024-01/2024-09]]: "
        "[[US$996.5 million|money|996500000|USD]])\n"
        "• Passengers carried up [[10.5%|percent|10.5|%]] to [[7.5 million|count|7500000|passenger]]\n"
        "• Average load factor [[83.2%|percent|83.2|%]], down [[0.6 percentage points|percent|0.6|pp]]\n"
        "• Fleet of [[63|count|63|aircraft]] aircraft at [[30 September|D|2025-09-30]]\n\n"
        "In [[the third quarter|D|2025-07/2025-09]], profit was held back by the weaker tenge, by the grounding of "
        "aircraft for inspections of [[Pratt & Whitney|ORG]] engines and by airport closures in the "
        "[[Middle East|LOC]] in [[June|D|2025-06]]. The tenge lost [[about 12%|percent|12|%]] against the "
        "[[US|GPE|United States]] dollar in [[the year to September|D|2024-10/2025-09]]. Revenue earned in "
        "[[Kazakhstan|GPE]] reached [[KZT 231 billion|money|231000000000|KZT]].\n\n"
        "[[FlyArystan|ORG]], the group’s low-cost airline, carried [[4.1 million|count|4100000|passenger]] "
        "passengers and opened routes from [[Astana|GPE]] to [[Tashkent|GPE]] and [[Samarkand|GPE]] in "
        "[[Uzbekistan|GPE]].\n\n"
        "“Demand across [[Central Asia|LOC]] remains strong, and we have managed capacity carefully despite the "
        "engine problems,” said [[Peter Foster|PERSON]], Chief Executive Officer of "
        "[[Air Astana Group|ORG|Air Astana]]. [[Foster|PERSON|Peter Foster]] said the group would receive its "
        "[[first|ordinal|1]] [[Boeing 787|PRODUCT|Boeing 787 Dreamliner]] in [[2027|D|2027]].\n\n"
        "Outlook\n"
        "[[Air Astana|ORG]] expects revenue to grow by [[8|percent|8|%]] to [[10%|percent|10|%]] in "
        "[[2025|D|2025]] and to carry [[more than 10 million|count|10000000|passenger]] passengers.\n\n"
        "About [[Air Astana|ORG]]\n"
        "[[Air Astana|ORG]] began flying in [[2002|D|2002]] and has been listed on the "
        "[[Astana International Exchange|ORG]], the [[Kazakhstan Stock Exchange|ORG]] and the "
        "[[London Stock Exchange|ORG]] since [[February 2024|D|2024-02]].",
        [
            ("Peter Foster", "say", "Demand across Central Asia remains strong, and we have managed capacity "
             "carefully despite the engine problems", True),
            ("Peter Foster", "say", "the group would receive its first Boeing 787 in 2027", False),
            ("Air Astana", "expect", "revenue to grow by 8 to 10% in 2025 and to carry more than 10 million "
             "passengers", False),
        ],
    ),
    (
        "own73-ho-04", "nchmf-typhoon-kajiki-bulletin", "2025-08-25", "2025-08-25",
        "[[NATIONAL CENTER FOR HYDRO-METEOROLOGICAL FORECASTING|ORG|National Center for Hydro-Meteorological "
        "Forecasting]] ([[NCHMF|ORG|National Center for Hydro-Meteorological Forecasting]])\n"
        "Typhoon bulletin No. 14: [[TYPHOON KAJIKI|EVENT|Typhoon Kajiki (2025)]] (Storm No. 5)\n"
        "Issued: 16:00, [[25 August 2025|D|2025-08-25]], [[Hanoi|GPE]]\n\n"
        "Position at 13:00: over the sea off [[Nghe An|GPE|Nghệ An province]] and [[Ha Tinh|GPE|Hà Tĩnh province]], "
        "[[about 40 km|quantity|40|km]] from the coast\n"
        "Maximum sustained winds: level 13 ([[134|quantity|134|km/h]]-[[149 km/h|quantity|149|km/h]]), gusts "
        "level 16\n"
        "Movement: west-northwest at [[10|quantity|10|km/h]]-[[15 km/h|quantity|15|km/h]]\n"
        "Storm surge: [[0.5|quantity|0.5|m]] to [[1.5 metres|quantity|1.5|m]] from "
        "[[Thanh Hoa|GPE|Thanh Hóa province]] to [[Quang Tri|GPE|Quảng Trị province]]\n\n"
        "[[Kajiki|EVENT|Typhoon Kajiki (2025)]], the [[fifth|ordinal|5]] storm in the "
        "[[East Sea|LOC|South China Sea]] [[this year|D|2025]], will cross the coast between "
        "[[Nghe An|GPE|Nghệ An province]] and [[Ha Tinh|GPE|Hà Tĩnh province]] this evening and weaken over land. "
        "By 04:00 [[tomorrow|D|2025-08-26]] it is forecast to be over central [[Laos|GPE]] as a tropical "
        "depression.\n\n"
        "Rain of [[200|quantity|200|mm]] to [[400 mm|quantity|400|mm]], locally "
        "[[more than 600 mm|quantity|600|mm]], is expected from [[Thanh Hoa|GPE|Thanh Hóa province]] to "
        "[[Quang Tri|GPE|Quảng Trị province]] until [[Wednesday|D|2025-08-27]], with a high risk of flash floods "
        "and landslides. [[Vinh|FAC|Vinh International Airport]] and [[Tho Xuan|FAC|Thọ Xuân Airport]] airports "
        "are closed.\n\n"
        "[[NCHMF|ORG|National Center for Hydro-Meteorological Forecasting]] Director "
        "[[Mai Van Khiem|PERSON|Mai Văn Khiêm]] said [[Kajiki|EVENT|Typhoon Kajiki (2025)]] could bring winds "
        "stronger than those of [[Typhoon Yagi|EVENT]] [[last year|D|2024]]. “People in coastal areas must not "
        "return to their homes until the wind has fully passed,” he warned.\n\n"
        "Deputy Prime Minister [[Tran Hong Ha|PERSON|Trần Hồng Hà]] urged provinces to finish evacuating "
        "[[more than 580,000|count|580000|person]] people by noon. The [[Thai Meteorological Department|ORG]] said "
        "the remains of the storm would bring heavy rain to northeastern [[Thailand|GPE]], including "
        "[[Nakhon Phanom|GPE|Nakhon Phanom province]], on [[Tuesday|D|2025-08-26]] and "
        "[[Wednesday|D|2025-08-27]].\n\n"
        "The next bulletin will be issued at 19:00 [[today|D|2025-08-25]].\n\n"
        "[[Mai Van Khiem|PERSON|Mai Văn Khiêm]]\n"
        "Director",
        [
            ("Mai Văn Khiêm", "say", "Kajiki could bring winds stronger than those of Typhoon Yagi last year", False),
            ("Mai Văn Khiêm", "warn", "People in coastal areas must not return to their homes until the wind has "
             "fully passed", True),
            ("Trần Hồng Hà", "urge", "provinces to finish evacuating more than 580,000 people by noon", False),
            ("Thai Meteorological Department", "say", "the remains of the storm would bring heavy rain to "
             "northeastern Thailand, including Nakhon Phanom, on Tuesday and Wednesday", False),
        ],
    ),
    (
        "own73-ho-05", "mongolian-red-cross-dzud-update", "2024-03-27", "2024-03-27",
        "[[MONGOLIAN RED CROSS SOCIETY|ORG|Mongolian Red Cross Society]]\n"
        "Humanitarian update No. 3 – [[Mongolia|GPE]]: dzud\n"
        "[[Ulaanbaatar|GPE]], [[27 March 2024|D|2024-03-27]]\n\n"
        "Situation\n"
        "[[Mongolia|GPE]] is going through its harshest winter in [[half a century|D|P50Y]]. Deep snow and ice have "
        "covered pastures in [[76%|percent|76|%]] of the country since [[November|D|2023-11]], and herders in "
        "[[Sukhbaatar|GPE|Sükhbaatar Province]], [[Khentii|GPE|Khentii Province]] and "
        "[[Dundgovi|GPE|Dundgovi Province]] provinces report the heaviest losses.\n\n"
        "Key figures\n"
        "-- Livestock lost: [[more than 5.9 million|count|5900000|animal]] animals\n"
        "-- Herder households that have lost [[over 70%|percent|70|%]] of their animals: "
        "[[2,480|count|2480|household]]\n"
        "-- Households short of food: [[more than 7,000|count|7000|household]]\n"
        "-- Lowest temperature recorded: [[-48°C|quantity|-48|°C]]\n"
        "-- Snow depth on pastures: [[up to 50 cm|quantity|50|cm]]\n\n"
        "According to the [[National Emergency Management Agency|ORG|National Emergency Management Agency "
        "(Mongolia)]] ([[NEMA|ORG|National Emergency Management Agency (Mongolia)]]), livestock deaths have risen "
        "by [[75%|percent|75|%]] since [[February|D|2024-02]] and could exceed the "
        "[[10.3 million|count|10300000|animal]] animals lost in the dzud of [[2010|D|2010]].\n\n"
        "Response\n"
        "The [[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "([[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]]) has launched an emergency "
        "appeal for [[CHF 4.5 million|money|4500000|CHF]] to support [[10,000|count|10000|household]] herder "
        "households for [[12 months|D|P12M]]. Each household receives [[MNT 500,000|money|500000|MNT]] in cash, "
        "[[about CHF 130|money|130|CHF]].\n\n"
        "“Herders are watching their animals die every day, and many families will have nothing left by "
        "[[spring|D|2024-03/2024-05]],” said [[Bolormaa Nordov|PERSON]], Secretary General of the "
        "[[Mongolian Red Cross Society|ORG]].\n\n"
        "Prime Minister [[Luvsannamsrain Oyun-Erdene|PERSON]] called for fodder and coal from state reserves to be "
        "sent to the worst-hit districts. The Government of [[Japan|GPE]] has provided tents, blankets and fodder "
        "worth [[¥30 million|money|30000000|JPY]] through the [[Japan International Cooperation Agency|ORG]] "
        "([[JICA|ORG|Japan International Cooperation Agency]]), and the [[Japanese Red Cross Society|ORG]] pledged "
        "[[CHF 150,000|money|150000|CHF]] to the appeal.",
        [
            ("National Emergency Management Agency (Mongolia)", "according to", "livestock deaths have risen by 75% "
             "since February and could exceed the 10.3 million animals lost in the dzud of 2010", False),
            ("Bolormaa Nordov", "say", "Herders are watching their animals die every day, and many families will have "
             "nothing left by spring", True),
            ("Luvsannamsrain Oyun-Erdene", "call for", "fodder and coal from state reserves to be sent to the "
             "worst-hit districts", False),
            ("Japanese Red Cross Society", "pledge", "CHF 150,000 to the appeal", False),
        ],
    ),
    (
        "own73-ho-06", "unesco-general-conference-samarkand-director-general", "2025-11-06", "2025-11-06",
        "Press release\n"
        "[[Samarkand|GPE]], [[Uzbekistan|GPE]], [[6 November 2025|D|2025-11-06]]\n\n"
        "[[KHALED EL-ENANY|PERSON|Khaled El-Enany]] APPOINTED DIRECTOR-GENERAL OF [[UNESCO|ORG]]\n\n"
        "The [[General Conference|ORG|General Conference of UNESCO]] of [[UNESCO|ORG]], meeting in "
        "[[Samarkand|GPE]] for its [[43rd|ordinal|43]] session, [[today|D|2025-11-06]] appointed "
        "[[Khaled El-Enany|PERSON]] of [[Egypt|GPE]] as the [[Organization|ORG|UNESCO]]’s [[12th|ordinal|12]] "
        "Director-General, by [[172|count|172|vote]] votes out of [[174|count|174|ballot]] ballots cast. It is the "
        "[[first|ordinal|1]] time since [[1985|D|1985]] that the [[General Conference|ORG|General Conference of "
        "UNESCO]] has met outside [[Paris|GPE]].\n\n"
        "[[El-Enany|PERSON|Khaled El-Enany]], an Egyptologist and former Minister of Tourism and Antiquities of "
        "[[Egypt|GPE]], will take office on [[15 November|D|2025-11-15]] for a [[four-year|D|P4Y]] term. He succeeds "
        "[[Audrey Azoulay|PERSON]] of [[France|GPE]], who has led the [[Organization|ORG|UNESCO]] since "
        "[[2017|D|2017]], and will be the [[first|ordinal|1]] Director-General from the [[Arab world|LOC]] and the "
        "[[second|ordinal|2]] from [[Africa|LOC]].\n\n"
        "“I will work with every Member State to build a [[UNESCO|ORG]] that is open to all, united and ready for "
        "the future,” [[El-Enany|PERSON|Khaled El-Enany]] told delegates.\n\n"
        "President [[Shavkat Mirziyoyev|PERSON]] said [[Uzbekistan|GPE]] would open an international centre for the "
        "study of the [[Silk Road|LOC]] in [[Samarkand|GPE]] in [[2026|D|2026]]. [[Azoulay|PERSON|Audrey Azoulay]] "
        "urged Member States to pay their contributions on time after the withdrawal of the "
        "[[United States|GPE]], which takes effect in [[December 2026|D|2026-12]].\n\n"
        "Key facts\n"
        "- Member States: [[194|count|194|member state]]\n"
        "- Session dates: [[30 October – 13 November 2025|D|2025-10-30/2025-11-13]]\n"
        "- Regular budget for [[2026-2027|D|2026/2027]]: [[US$ 900 million|money|900000000|USD]]\n"
        "- Previous session outside [[Paris|GPE]]: [[Sofia|GPE]], [[Bulgaria|GPE]], [[1985|D|1985]]",
        [
            ("Khaled El-Enany", "tell", "I will work with every Member State to build a UNESCO that is open to all, "
             "united and ready for the future", True),
            ("Shavkat Mirziyoyev", "say", "Uzbekistan would open an international centre for the study of the Silk "
             "Road in Samarkand in 2026", False),
            ("Audrey Azoulay", "urge", "Member States to pay their contributions on time after the withdrawal of the "
             "United States, which takes effect in December 2026", False),
        ],
    ),
    (
        "own73-ho-07", "cnil-fines-google-gmail-cookies", "2025-09-03", "2025-09-03",
        "[[CNIL|ORG|Commission nationale de l'informatique et des libertés]]\n"
        "Press release – [[Paris|GPE]], [[3 September 2025|D|2025-09-03]]\n\n"
        "ADVERTISING IN [[GMAIL|PRODUCT|Gmail]] AND COOKIES: [[€325 MILLION|money|325000000|EUR]] FINE FOR "
        "[[GOOGLE|ORG|Google]]\n\n"
        "Companies: [[Google LLC|ORG|Google]] and [[Google Ireland Limited|ORG]]\n"
        "Fines: [[€200 million|money|200000000|EUR]] and [[€125 million|money|125000000|EUR]]\n"
        "Deadline to comply: [[six months|D|P6M]]\n"
        "Penalty for delay: [[€100,000|money|100000|EUR]] per day\n\n"
        "The restricted committee of the [[CNIL|ORG|Commission nationale de l'informatique et des libertés]] has "
        "fined the [[two|count|2|company]] companies a total of [[€325 million|money|325000000|EUR]] for showing "
        "advertisements between emails in the inboxes of [[Gmail|PRODUCT]] users without their consent, and for "
        "placing advertising cookies when users created a [[Google|ORG]] account. The "
        "[[CNIL|ORG|Commission nationale de l'informatique et des libertés]] found that "
        "[[about 74 million|count|74000000|account]] accounts in [[France|GPE]] were affected.\n\n"
        "“Consent cannot be assumed, and an inbox is not an advertising space like any other,” said "
        "[[CNIL|ORG|Commission nationale de l'informatique et des libertés]] President "
        "[[Marie-Laure Denis|PERSON]].\n\n"
        "On the same day, the [[CNIL|ORG|Commission nationale de l'informatique et des libertés]] fined the online "
        "retailer [[Shein|ORG]] [[€150 million|money|150000000|EUR]] for placing cookies on visitors’ devices "
        "before they had given their consent.\n\n"
        "[[Google|ORG]] said it would appeal to the [[Council of State|ORG|Conseil d'État (France)]], adding that it "
        "had already changed the way ads appear in [[Gmail|PRODUCT]] in [[Europe|LOC]].\n\n"
        "In [[Luxembourg|GPE]], the [[National Commission for Data Protection|ORG]] "
        "([[CNPD|ORG|National Commission for Data Protection]]) fined [[Amazon|ORG|Amazon (company)]] "
        "[[€746 million|money|746000000|EUR]] in [[July 2021|D|2021-07]] under the "
        "[[General Data Protection Regulation|LAW]] ([[GDPR|LAW|General Data Protection Regulation]]), the largest "
        "such fine in the region at the time.\n\n"
        "Note to editors: The [[Gmail|PRODUCT]] decision was taken under Article L. 34-5 of the "
        "[[Postal and Electronic Communications Code|LAW]], and the cookie decisions under Article 82 of the "
        "[[Data Protection Act of 1978|LAW]]. [[Belgium|GPE]]’s "
        "[[Data Protection Authority|ORG|Data Protection Authority (Belgium)]] is examining similar complaints.",
        [
            ("Commission nationale de l'informatique et des libertés", "find", "about 74 million accounts in France "
             "were affected", False),
            ("Marie-Laure Denis", "say", "Consent cannot be assumed, and an inbox is not an advertising space like "
             "any other", True),
            ("Google", "say", "it would appeal to the Council of State", False),
            ("Google", "add", "it had already changed the way ads appear in Gmail in Europe", False),
        ],
    ),
]
