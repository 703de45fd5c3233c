"""Held-out set 77 (blind): marked texts of briefs 01-07 and their statements (see
``build_own77_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own77-ho-01", "national-bank-of-rwanda-rate-rise", "2025-08-13", "2025-08-13",
        "[[NATIONAL BANK OF RWANDA|ORG|National Bank of Rwanda]]\n"
        "Monetary Policy Statement\n"
        "[[Kigali|GPE]], [[13 August 2025|D|2025-08-13]]\n\n"
        "CENTRAL BANK RATE RAISED TO [[6.75 PERCENT|percent|6.75|%]]\n\n"
        "The [[National Bank of Rwanda|ORG]] ([[BNR|ORG|National Bank of Rwanda]]) [[today|D|2025-08-13]] raised "
        "the Central Bank Rate (CBR) by [[25 basis points|percent|0.25|pp]] to [[6.75 percent|percent|6.75|%]], its "
        "[[first|ordinal|1]] increase since [[May 2023|D|2023-05]]. The rate had been held at "
        "[[6.5 percent|percent|6.5|%]] at the [[three|count|3|meeting]] previous meetings.\n\n"
        "Key indicators\n"
        "• Headline inflation, [[July 2025|D|2025-07]]: [[7.3 percent|percent|7.3|%]]\n"
        "• Inflation target band: [[2|percent|2|%]] to [[8 percent|percent|8|%]]\n"
        "• Real GDP growth, [[the first quarter of 2025|D|2025-01/2025-03]]: [[7.8 percent|percent|7.8|%]]\n"
        "• Gross official reserves: [[US$2.1 billion|money|2100000000|USD]]\n"
        "• Exchange rate: [[Frw 1,446|money|1446|RWF]] per [[US|GPE|United States]] dollar\n\n"
        "Governor [[Soraya Hakuziyaremye|PERSON]] told a press conference that food prices had risen after a weak "
        "harvest and that higher fuel costs since [[June|D|2025-06]] had added to the pressure. “Inflation is now "
        "projected at [[7.1 percent|percent|7.1|%]] in [[2025|D|2025]], returning to [[5 percent|percent|5|%]] in "
        "[[2026|D|2026]], and we will act again if needed,” she said.\n\n"
        "The [[BNR|ORG|National Bank of Rwanda]] expects the economy to grow by [[7.5 percent|percent|7.5|%]] in "
        "[[2025|D|2025]], after [[8.9 percent|percent|8.9|%]] in [[2024|D|2024]]. "
        "[[Hakuziyaremye|PERSON|Soraya Hakuziyaremye]] warned that the trade deficit, which widened by "
        "[[14 percent|percent|14|%]] in [[the first half of the year|D|2025-01/2025-06]], remained the main risk to "
        "the franc, and urged banks to keep lending to exporters.\n\n"
        "Minister of Finance and Economic Planning [[Yusuf Murangwa|PERSON]] said the government had no plans to "
        "change the [[2025/26|D|2025-07/2026-06]] budget of [[Frw 7,032.5 billion|money|7032500000000|RWF]], and "
        "pledged to cut the deficit to [[4.5 percent|percent|4.5|%]] of GDP within [[three years|D|P3Y]].\n\n"
        "The next monetary policy decision will be announced in [[November|D|2025-11]].",
        [
            ("Soraya Hakuziyaremye", "tell", "food prices had risen after a weak harvest and that higher fuel costs "
             "since June had added to the pressure", False),
            ("Soraya Hakuziyaremye", "say", "Inflation is now projected at 7.1 percent in 2025, returning to 5 percent "
             "in 2026, and we will act again if needed", True),
            ("National Bank of Rwanda", "expect", "the economy to grow by 7.5 percent in 2025, after 8.9 percent in "
             "2024", False),
            ("Soraya Hakuziyaremye", "warn", "the trade deficit, which widened by 14 percent in the first half of the "
             "year, remained the main risk to the franc", False),
            ("Soraya Hakuziyaremye", "urge", "banks to keep lending to exporters", False),
            ("Yusuf Murangwa", "say", "the government had no plans to change the 2025/26 budget of Frw 7,032.5 "
             "billion", False),
            ("Yusuf Murangwa", "pledge", "cut the deficit to 4.5 percent of GDP within three years", False),
        ],
    ),
    (
        "own77-ho-02", "statistics-bureau-japan-population-estimates", "2025-04-14", "2025-04-14",
        "[[Statistics Bureau|ORG|Statistics Bureau (Japan)]], [[Ministry of Internal Affairs and Communications|ORG]]\n"
        "[[Tokyo|GPE]], [[14 April 2025|D|2025-04-14]]\n\n"
        "POPULATION FALLS FOR [[14TH|ordinal|14]] STRAIGHT YEAR\n\n"
        "[[Japan|GPE]]’s total population stood at [[123.80 million|count|123800000|person]] on "
        "[[1 October 2024|D|2024-10-01]], down [[550,000|count|550000|person]], or [[0.44%|percent|0.44|%]], the "
        "[[Statistics Bureau|ORG|Statistics Bureau (Japan)]] reported [[today|D|2025-04-14]]. The number of "
        "[[Japanese|NORP]] nationals fell by a record [[898,000|count|898000|national]] to "
        "[[120.30 million|count|120300000|national]], while foreign residents rose by "
        "[[342,000|count|342000|resident]] to [[3.50 million|count|3500000|resident]].\n\n"
        "Population by prefecture\n"
        "Prefecture      Population        Change\n"
        "[[Tokyo|GPE]]           [[14.18 million|count|14180000|person]]     [[+0.66%|percent|0.66|%]]\n"
        "[[Saitama|GPE|Saitama Prefecture]]         [[7.33 million|count|7330000|person]]      "
        "[[-0.09%|percent|-0.09|%]]\n"
        "[[Osaka|GPE|Osaka Prefecture]]           [[8.76 million|count|8760000|person]]      "
        "[[-0.31%|percent|-0.31|%]]\n"
        "[[Akita|GPE|Akita Prefecture]]           [[0.90 million|count|900000|person]]      "
        "[[-1.80%|percent|-1.8|%]]\n\n"
        "[[Tokyo|GPE]] was the only prefecture to grow, while [[Akita|GPE|Akita Prefecture]] recorded the steepest "
        "fall for the [[12th|ordinal|12]] year in a row. Births fell short of deaths in all "
        "[[47|count|47|prefecture]] prefectures.\n\n"
        "Chief Cabinet Secretary [[Yoshimasa Hayashi|PERSON]] told reporters that the decline was “a quiet "
        "emergency” for the country and said the government would expand support for young families in [[2025|D|2025]]. Prime "
        "Minister [[Shigeru Ishiba|PERSON]] has pledged to double the income of regional areas within "
        "[[ten years|D|P10Y]].\n\n"
        "According to the [[National Institute of Population and Social Security Research|ORG]], the population "
        "could fall below [[100 million|count|100000000|person]] by [[2056|D|2056]].\n\n"
        "Note: The estimates are based on the [[2020|D|2020]] census and on monthly reports of births, deaths and "
        "migration. The next estimates will be published in [[April 2026|D|2026-04]].",
        [
            ("Statistics Bureau (Japan)", "report", "Japan’s total population stood at 123.80 million on 1 October "
             "2024, down 550,000, or 0.44%", False),
            ("Yoshimasa Hayashi", "tell", "the decline was “a quiet emergency” for the country", False),
            ("Yoshimasa Hayashi", "say", "the government would expand support for young families in 2025", False),
            ("Shigeru Ishiba", "pledge", "double the income of regional areas within ten years", False),
            ("National Institute of Population and Social Security Research", "according to", "the population could "
             "fall below 100 million by 2056", False),
        ],
    ),
    (
        "own77-ho-03", "swatch-group-half-year-2025", "2025-07-21", "2025-07-21",
        "Media release\n"
        "[[Biel/Bienne|GPE]], [[21 July 2025|D|2025-07-21]]\n\n"
        "[[SWATCH GROUP|ORG|The Swatch Group]]: SALES DOWN [[11.2%|percent|11.2|%]] AT CONSTANT RATES IN "
        "[[THE FIRST HALF|D|2025-01/2025-06]]\n\n"
        "- Net sales [[CHF 3,005 million|money|3005000000|CHF]], down [[14.1%|percent|14.1|%]] in [[Swiss|NORP]] "
        "francs\n"
        "- Operating result [[CHF 9 million|money|9000000|CHF]], against [[CHF 303 million|money|303000000|CHF]] in "
        "[[the first half of 2024|D|2024-01/2024-06]]\n"
        "- Net income [[CHF 17 million|money|17000000|CHF]]\n"
        "- No job cuts: [[about 33,000|count|33000|employee]] employees worldwide\n\n"
        "Key figures        [[H1 2025|D|2025-01/2025-06]]      [[H1 2024|D|2024-01/2024-06]]     change\n"
        "Net sales          [[CHF 3,005m|money|3005000000|CHF]]     [[CHF 3,499m|money|3499000000|CHF]]   "
        "[[-14.1%|percent|-14.1|%]]\n"
        "Operating result   [[CHF 9m|money|9000000|CHF]]         [[CHF 303m|money|303000000|CHF]]     "
        "[[-97.0%|percent|-97|%]]\n\n"
        "Demand for watches fell sharply in [[China|GPE]], [[Hong Kong|GPE]] and [[Macau|GPE]], while sales in "
        "[[Japan|GPE]] and the [[United States|GPE]] grew. [[Omega|ORG|Omega SA]], [[Longines|ORG]] and "
        "[[Tissot|ORG]] kept production running at full capacity.\n\n"
        "“The luxury market in [[China|GPE]] will come back, and we will be ready when it does,” said "
        "[[Nick Hayek|PERSON|Nick Hayek Jr.]], CEO of the [[Swatch Group|ORG|The Swatch Group]].\n\n"
        "[[Hayek|PERSON|Nick Hayek Jr.]] said sales had picked up in [[June|D|2025-06]] and urged the [[Swiss|NORP]] "
        "government to agree a trade deal with [[Washington|GPE|Washington, D.C.]] before "
        "[[1 August|D|2025-08-01]], when [[US|GPE|United States]] tariffs of [[31%|percent|31|%]] on [[Swiss|NORP]] "
        "goods could take effect. Chief Financial Officer [[Thierry Kenel|PERSON]] said the strong franc had cost "
        "the group [[about CHF 150 million|money|150000000|CHF]] in sales in [[the first six months|D|2025-01/2025-06]].\n\n"
        "Outlook\n"
        "The [[Swatch Group|ORG|The Swatch Group]] expects sales to grow again in [[the second half|D|2025-07/2025-12]] "
        "and will propose its dividend in [[March 2026|D|2026-03]].\n\n"
        "About the [[Swatch Group|ORG|The Swatch Group]]\n"
        "Founded in [[1983|D|1983]] and based in [[Biel/Bienne|GPE]], [[Switzerland|GPE]], the group owns "
        "[[17|count|17|brand]] watch brands.",
        [
            ("Nick Hayek Jr.", "say", "The luxury market in China will come back, and we will be ready when it does", True),
            ("Nick Hayek Jr.", "say", "sales had picked up in June", False),
            ("Nick Hayek Jr.", "urge", "the Swiss government to agree a trade deal with Washington before 1 August, when "
             "US tariffs of 31% on Swiss goods could take effect", False),
            ("Thierry Kenel", "say", "the strong franc had cost the group about CHF 150 million in sales in the first "
             "six months", False),
            ("The Swatch Group", "expect", "sales to grow again in the second half", False),
        ],
    ),
    (
        "own77-ho-04", "deutscher-wetterdienst-2024-warmest-year", "2024-12-30", "2024-12-30",
        "[[Deutscher Wetterdienst|ORG]] ([[DWD|ORG|Deutscher Wetterdienst]])\n"
        "Press release\n"
        "[[Offenbach|GPE|Offenbach am Main]], [[30 December 2024|D|2024-12-30]]\n\n"
        "[[2024|D|2024]] WARMEST YEAR ON RECORD IN [[GERMANY|GPE|Germany]]\n\n"
        "With a mean temperature of [[10.9 °C|quantity|10.9|°C]], [[2024|D|2024]] was the warmest year in "
        "[[Germany|GPE]] since records began in [[1881|D|1881]], the [[Deutscher Wetterdienst|ORG]] reported "
        "[[today|D|2024-12-30]] on the basis of preliminary data from [[about 2,000|count|2000|station]] stations. "
        "The year was [[2.7 °C|quantity|2.7|°C]] warmer than the reference period [[1961-1990|D|1961/1990]] and "
        "beat the records of [[2023|D|2023]] and [[2022|D|2022]] by [[0.3 °C|quantity|0.3|°C]].\n\n"
        "The year in figures\n"
        "-- Mean temperature: [[10.9 °C|quantity|10.9|°C]]\n"
        "-- Precipitation: [[about 900 millimetres|quantity|900|mm]], [[14%|percent|14|%]] above average\n"
        "-- Highest temperature: [[36.5 °C|quantity|36.5|°C]] in [[Bad Neuenahr-Ahrweiler|GPE]] on "
        "[[13 August|D|2024-08-13]]\n\n"
        "Heavy rain caused severe floods in [[Bavaria|GPE]] and [[Baden-Württemberg|GPE]] in [[June|D|2024-06]]. In "
        "[[September|D|2024-09]], [[Storm Boris|EVENT]] brought [[up to 400 millimetres|quantity|400|mm]] of rain to "
        "the mountains along the borders with [[Czechia|GPE|Czech Republic]] and [[Austria|GPE]].\n\n"
        "“The series of record years is no accident; it is the signal of climate change,” said "
        "[[Tobias Fuchs|PERSON]], head of climate and environment at the [[DWD|ORG|Deutscher Wetterdienst]]. "
        "[[Fuchs|PERSON|Tobias Fuchs]] warned that heavy rain like that of [[June|D|2024-06]] would become more "
        "frequent as the air warms, since warmer air holds [[about 7%|percent|7|%]] more water vapour per degree.\n\n"
        "Federal Environment Minister [[Steffi Lemke|PERSON]] called for faster investment in flood protection "
        "and said the government would spend [[€4 billion|money|4000000000|EUR]] on natural climate protection by "
        "[[2026|D|2026]].\n\n"
        "The [[DWD|ORG|Deutscher Wetterdienst]] will publish final figures for the year in "
        "[[January|D|2025-01]].",
        [
            ("Deutscher Wetterdienst", "report", "With a mean temperature of 10.9 °C, 2024 was the warmest year in "
             "Germany since records began in 1881", False),
            ("Tobias Fuchs", "say", "The series of record years is no accident; it is the signal of climate change",
             True),
            ("Tobias Fuchs", "warn", "heavy rain like that of June would become more frequent as the air warms, "
             "since warmer air holds about 7% more water vapour per degree", False),
            ("Steffi Lemke", "call for", "faster investment in flood protection", False),
            ("Steffi Lemke", "say", "the government would spend €4 billion on natural climate protection by 2026",
             False),
        ],
    ),
    (
        "own77-ho-05", "bolivian-red-cross-santa-cruz-wildfires", "2024-09-18", "2024-09-18",
        "[[BOLIVIAN RED CROSS|ORG|Bolivian Red Cross]]\n"
        "Humanitarian update No. 4: wildfires in [[Santa Cruz|GPE|Santa Cruz Department (Bolivia)]] and "
        "[[Beni|GPE|Beni Department]]\n"
        "[[La Paz|GPE]], [[18 September 2024|D|2024-09-18]]\n\n"
        "Situation\n"
        "Wildfires have burned [[more than 7 million hectares|quantity|7000000|ha]] of forest and grassland in "
        "[[Bolivia|GPE]] since [[July|D|2024-07]], most of them in the lowland departments of "
        "[[Santa Cruz|GPE|Santa Cruz Department (Bolivia)]] and [[Beni|GPE|Beni Department]]. Smoke closed "
        "[[Viru Viru International Airport|FAC]] for [[two days|D|P2D]] [[last week|D|2024-W37]], and schools in "
        "[[San Ignacio de Velasco|GPE]] have been shut for [[three weeks|D|P3W]].\n\n"
        "Key figures\n"
        "-- Families affected: [[about 3,800|count|3800|family]]\n"
        "-- People treated for smoke-related illness: [[1,250|count|1250|person]]\n"
        "-- Municipalities under emergency: [[41|count|41|municipality]]\n"
        "-- [[Red Cross|ORG|Bolivian Red Cross]] volunteers deployed: [[160|count|160|volunteer]]\n\n"
        "Response\n"
        "The [[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "([[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]]) has released "
        "[[CHF 296,000|money|296000|CHF]] from its [[Disaster Response Emergency Fund|ORG]] to help "
        "[[5,000|count|5000|person]] people for [[four months|D|P4M]]. Volunteers have handed out "
        "[[12,000|count|12000|mask]] masks and [[40,000 litres|quantity|40000|l]] of drinking water.\n\n"
        "President [[Luis Arce|PERSON]] said on [[Monday|D|2024-09-16]] that the government had allocated "
        "[[Bs 12 million|money|12000000|BOB]] for firefighting and pledged to punish those who set fires illegally. "
        "Defence Minister [[Edmundo Novillo|PERSON]] said [[Brazil|GPE]], [[Chile|GPE]] and [[Venezuela|GPE]] had "
        "sent [[four|count|4|aircraft]] firefighting aircraft.\n\n"
        "Rain is not expected before [[October|D|2024-10]]. “Families in [[Santa Cruz|GPE|Santa Cruz Department (Bolivia)]] "
        "have lost their crops and their water, and they will need help long after the fires are out,” said "
        "[[Jagan Chapagain|PERSON]], Secretary General of the "
        "[[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]].",
        [
            ("Luis Arce", "say", "the government had allocated Bs 12 million for firefighting", False),
            ("Luis Arce", "pledge", "punish those who set fires illegally", False),
            ("Edmundo Novillo", "say", "Brazil, Chile and Venezuela had sent four firefighting aircraft", False),
            ("Jagan Chapagain", "say", "Families in Santa Cruz have lost their crops and their water, and they will "
             "need help long after the fires are out", True),
        ],
    ),
    (
        "own77-ho-06", "ai-action-summit-paris-close", "2025-02-11", "2025-02-11",
        "From: [[Ministry for Europe and Foreign Affairs|ORG]]\n"
        "Published: [[11 February 2025|D|2025-02-11]]\n"
        "[[Paris|GPE]], [[France|GPE]]\n\n"
        "[[AI ACTION SUMMIT|EVENT|AI Action Summit]] CLOSES WITH DECLARATION SIGNED BY [[58|count|58|country]] "
        "COUNTRIES\n\n"
        "The [[AI Action Summit|EVENT]] closed at the [[Grand Palais|FAC]] in [[Paris|GPE]] [[today|D|2025-02-11]] "
        "after [[two days|D|P2D]] of talks co-chaired by [[French|NORP]] President [[Emmanuel Macron|PERSON]] and "
        "[[Indian|NORP]] Prime Minister [[Narendra Modi|PERSON]]. It was the [[third|ordinal|3]] such meeting, after "
        "[[Bletchley Park|FAC]] in [[2023|D|2023]] and [[Seoul|GPE]] in [[2024|D|2024]].\n\n"
        "A declaration on inclusive and sustainable artificial intelligence was signed by [[58|count|58|country]] "
        "countries, among them [[China|GPE]] and [[India|GPE]], and by the [[European Union|ORG]] and the "
        "[[African Union Commission|ORG]]. The [[United States|GPE]] and the [[United Kingdom|GPE]] did not sign.\n\n"
        "[[Macron|PERSON|Emmanuel Macron]] announced [[€109 billion|money|109000000000|EUR]] of private investment in "
        "data centres and computing in [[France|GPE]]. “[[Europe|LOC]] is back in the race,” he said. "
        "[[European Commission|ORG]] President [[Ursula von der Leyen|PERSON]] announced a plan to mobilise "
        "[[€200 billion|money|200000000000|EUR]] for artificial intelligence in [[Europe|LOC]].\n\n"
        "[[US|GPE|United States]] Vice President [[JD Vance|PERSON]] warned that excessive regulation could kill a "
        "transformative industry. [[Modi|PERSON|Narendra Modi]] said [[India|GPE]] would host the next summit in "
        "[[2026|D|2026]].\n\n"
        "Key facts\n"
        "- Participants: [[more than 1,000|count|1000|participant]] from [[about 100|count|100|country]] countries\n"
        "- New foundation: [[Current AI|ORG]], with [[US$400 million|money|400000000|USD]] of initial funding\n"
        "- Next summit: [[India|GPE]], [[February 2026|D|2026-02]]",
        [
            ("Emmanuel Macron", "announce", "€109 billion of private investment in data centres and computing in "
             "France", False),
            ("Emmanuel Macron", "say", "Europe is back in the race", True),
            ("Ursula von der Leyen", "announce", "a plan to mobilise €200 billion for artificial intelligence in "
             "Europe", False),
            ("JD Vance", "warn", "excessive regulation could kill a transformative industry", False),
            ("Narendra Modi", "say", "India would host the next summit in 2026", False),
        ],
    ),
    (
        "own77-ho-07", "commerce-commission-woolworths-pricing-charges", "2024-08-28", "2024-08-28",
        "[[Commerce Commission|ORG]]\n"
        "Media release\n"
        "[[Wellington|GPE]], [[28 August 2024|D|2024-08-28]]\n\n"
        "[[COMMISSION|ORG|Commerce Commission]] FILES [[21|count|21|charge]] CHARGES AGAINST "
        "[[WOOLWORTHS NZ|ORG|Woolworths New Zealand]] OVER PRICING\n\n"
        "The [[Commerce Commission|ORG]] has filed criminal charges against [[Woolworths New Zealand|ORG]] under "
        "the [[Fair Trading Act 1986|LAW]], alleging that the supermarket chain misled shoppers about the prices of "
        "specials and multi-buy offers.\n\n"
        "Key details\n"
        "Charges: [[21|count|21|charge]]\n"
        "Period: [[October 2023 to March 2024|D|2023-10/2024-03]]\n"
        "Stores checked: [[94|count|94|store]]\n"
        "Maximum fine: [[$600,000|money|600000|NZD]] per charge\n\n"
        "“Shoppers are entitled to trust that the price on the shelf is the price they will pay at the "
        "checkout,” said [[Commission|ORG|Commerce Commission]] chair [[John Small|PERSON]].\n\n"
        "Grocery Commissioner [[Pierre van Heerden|PERSON]] said it was the [[first|ordinal|1]] criminal case the "
        "[[Commission|ORG|Commerce Commission]] had brought against a supermarket, and warned that other retailers "
        "were also being investigated.\n\n"
        "[[Woolworths|ORG|Woolworths New Zealand]] said it would defend the charges, but denied that it had set out "
        "to mislead its customers. [[Consumer NZ|ORG]] urged shoppers to check their receipts and to report "
        "errors.\n\n"
        "The case will be called in the [[Wellington District Court|ORG]] on [[Monday|D|2024-09-02]].\n\n"
        "Notes to editors\n"
        "- [[Woolworths|ORG|Woolworths New Zealand]] and [[Foodstuffs|ORG]] together hold "
        "[[about 82%|percent|82|%]] of the grocery market, worth [[about $22 billion|money|22000000000|NZD]] a "
        "year.\n"
        "- The [[Commission|ORG|Commerce Commission]] reported in [[2022|D|2022]] that competition in the sector "
        "was not working well for consumers.",
        [
            ("Commerce Commission", "allege", "the supermarket chain misled shoppers about the prices of specials and "
             "multi-buy offers", False),
            ("John Small", "say", "Shoppers are entitled to trust that the price on the shelf is the price they will "
             "pay at the checkout", True),
            ("Pierre van Heerden", "say", "it was the first criminal case the Commission had brought against a "
             "supermarket", False),
            ("Pierre van Heerden", "warn", "other retailers were also being investigated", False),
            ("Woolworths New Zealand", "say", "it would defend the charges", False),
            ("Woolworths New Zealand", "deny", "it had set out to mislead its customers", False),
            ("Consumer NZ", "urge", "shoppers to check their receipts and to report errors", False),
            ("Commerce Commission", "report", "competition in the sector was not working well for consumers", False),
        ],
    ),
]
