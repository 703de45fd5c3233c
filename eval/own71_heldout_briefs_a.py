"""Held-out set 71 (blind): marked texts of briefs 01-07 and their statements (see
``build_own71_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own71-ho-01", "central-bank-of-uruguay-rate-cut", "2025-10-08", "2025-10-08",
        "[[CENTRAL BANK OF URUGUAY|ORG|Central Bank of Uruguay]]\n"
        "Press release\n"
        "[[Montevideo|GPE]], [[8 October 2025|D|2025-10-08]]\n\n"
        "POLICY RATE CUT TO [[8.50%|percent|8.5|%]] AS INFLATION STAYS IN TARGET RANGE\n\n"
        "The monetary policy committee of the [[Central Bank of Uruguay|ORG]] ([[BCU|ORG|Central Bank of Uruguay]]) "
        "[[today|D|2025-10-08]] lowered the monetary policy rate by [[50 basis points|percent|0.5|pp]], from "
        "[[9.00%|percent|9|%]] to [[8.50%|percent|8.5|%]]. It was the [[second|ordinal|2]] cut since "
        "[[August|D|2025-08]], and the decision was unanimous.\n\n"
        "Main indicators\n"
        "• Annual inflation, [[September 2025|D|2025-09]]: [[4.25%|percent|4.25|%]]\n"
        "• Target range: [[3%|percent|3|%]] to [[6%|percent|6|%]]\n"
        "• Inflation expected by firms: [[4.9%|percent|4.9|%]]\n"
        "• Peso exchange rate: [[UYU 39.9|money|39.9|UYU]] to the dollar\n"
        "• GDP growth, [[Q2 2025|D|2025-04/2025-06]]: [[1.3%|percent|1.3|%]]\n\n"
        "Governor [[Guillermo Tolosa|PERSON]] told reporters that inflation had stayed inside the target range for "
        "[[28 consecutive months|D|P28M]] and that the peso had gained [[about 9%|percent|9|%]] against the dollar "
        "[[this year|D|2025]]. “We are cutting because inflation is under control, not to weaken the peso,” he "
        "said.\n\n"
        "The [[BCU|ORG|Central Bank of Uruguay]] expects the economy to grow by [[2.0%|percent|2|%]] in "
        "[[2025|D|2025]], down from [[3.1%|percent|3.1|%]] in [[2024|D|2024]]. The next meeting will be held on "
        "[[Wednesday, 19 November|D|2025-11-19]].\n\n"
        "Minister of Economy and Finance [[Gabriel Oddone|PERSON]] said the cut would help exporters hurt by the "
        "strong peso, and pledged to bring the fiscal deficit below [[3%|percent|3|%]] of GDP by [[2027|D|2027]]. "
        "[[Oddone|PERSON|Gabriel Oddone]] will meet exporters in [[Paysandú|GPE]] [[next week|D|2025-W42]].\n\n"
        "According to [[Uruguay XXI|ORG]], exports of goods fell [[3.1%|percent|3.1|%]] in "
        "[[September|D|2025-09]] to [[US$1.02 billion|money|1020000000|USD]], as beef sales to "
        "[[China|GPE]] slowed.",
        [
            ("Guillermo Tolosa", "tell", "inflation had stayed inside the target range for 28 consecutive months and "
             "that the peso had gained about 9% against the dollar this year", False),
            ("Guillermo Tolosa", "say", "We are cutting because inflation is under control, not to weaken the peso",
             True),
            ("Central Bank of Uruguay", "expect", "the economy to grow by 2.0% in 2025, down from 3.1% in 2024",
             False),
            ("Gabriel Oddone", "say", "the cut would help exporters hurt by the strong peso", False),
            ("Gabriel Oddone", "pledge", "bring the fiscal deficit below 3% of GDP by 2027", False),
            ("Uruguay XXI", "according to", "exports of goods fell 3.1% in September to US$1.02 billion, as beef "
             "sales to China slowed", False),
        ],
    ),
    (
        "own71-ho-02", "hungarian-central-statistical-office-births-2024", "2025-02-26", "2025-02-26",
        "From: [[Hungarian Central Statistical Office|ORG]] ([[KSH|ORG|Hungarian Central Statistical Office]])\n"
        "Published: [[26 February 2025|D|2025-02-26]]\n"
        "[[Budapest|GPE]]\n\n"
        "Births fell to a record low in [[2024|D|2024]]\n\n"
        "[[Some 77,500|count|77500|child]] children were born in [[Hungary|GPE]] in [[2024|D|2024]], "
        "[[9.0%|percent|9|%]] fewer than in [[2023|D|2023]], the [[Hungarian Central Statistical Office|ORG]] "
        "reported [[today|D|2025-02-26]]. The total fertility rate fell to [[1.38|number|1.38]] from "
        "[[1.51|number|1.51]].\n\n"
        "Vital events (preliminary)\n"
        "                 [[2024|D|2024]]       [[2023|D|2023]]       change\n"
        "Live births      [[77,500|count|77500|birth]]      [[85,200|count|85200|birth]]      "
        "[[-9.0%|percent|-9|%]]\n"
        "Deaths           [[127,600|count|127600|death]]     [[129,700|count|129700|death]]     "
        "[[-1.6%|percent|-1.6|%]]\n"
        "Marriages        [[47,300|count|47300|marriage]]      [[47,600|count|47600|marriage]]      "
        "[[-0.6%|percent|-0.6|%]]\n\n"
        "The natural decrease widened to [[50,100|count|50100|person]], and the population stood at "
        "[[9,540,000|count|9540000|person]] on [[1 January 2025|D|2025-01-01]], [[44,000|count|44000|person]] fewer "
        "than on [[1 January 2024|D|2024-01-01]]. Births fell in every region except [[Budapest|GPE]].\n\n"
        "Prime Minister [[Viktor Orbán|PERSON]] announced on [[Saturday|D|2025-02-22]] that mothers of "
        "[[three|count|3|child]] children would be exempt from personal income tax from "
        "[[October 2025|D|2025-10]], and younger mothers of [[two|count|2|child]] from "
        "[[January 2026|D|2026-01]]. [[Orbán|PERSON|Viktor Orbán]] said the measure would cost "
        "[[HUF 250 billion|money|250000000000|HUF]] a year and pledged to double the family tax allowance by "
        "[[2026|D|2026]].\n\n"
        "The [[Hungarian Demographic Research Institute|ORG]] warned that births could fall below "
        "[[75,000|count|75000|birth]] in [[2025|D|2025]], as the number of women in their late twenties keeps "
        "shrinking.\n\n"
        "Final data for [[2024|D|2024]] will be published in [[June|D|2025-06]].",
        [
            ("Hungarian Central Statistical Office", "report", "Some 77,500 children were born in Hungary in 2024, "
             "9.0% fewer than in 2023", False),
            ("Viktor Orbán", "announce", "mothers of three children would be exempt from personal income tax from "
             "October 2025, and younger mothers of two from January 2026", False),
            ("Viktor Orbán", "say", "the measure would cost HUF 250 billion a year", False),
            ("Viktor Orbán", "pledge", "double the family tax allowance by 2026", False),
            ("Hungarian Demographic Research Institute", "warn", "births could fall below 75,000 in 2025, as the "
             "number of women in their late twenties keeps shrinking", False),
        ],
    ),
    (
        "own71-ho-03", "cathay-pacific-interim-results-2025", "2025-08-06", "2025-08-06",
        "[[CATHAY PACIFIC|ORG|Cathay Pacific]] ANNOUNCES [[2025|D|2025]] INTERIM RESULTS\n\n"
        "[[HONG KONG|GPE|Hong Kong]], [[6 August 2025|D|2025-08-06]] – "
        "[[Cathay Pacific Airways Limited|ORG|Cathay Pacific]] [[today|D|2025-08-06]] announced an attributable "
        "profit of [[HK$3,651 million|money|3651000000|HKD]] for [[the first six months of 2025|D|2025-01/2025-06]], "
        "up [[1.1%|percent|1.1|%]] on [[the same period of 2024|D|2024-01/2024-06]].\n\n"
        "Highlights\n"
        "- Revenue: [[HK$54.3 billion|money|54300000000|HKD]], up [[9.6%|percent|9.6|%]]\n"
        "- Passengers carried: [[14.6 million|count|14600000|passenger]], up [[27.7%|percent|27.7|%]]\n"
        "- Cargo carried: [[780,000 tonnes|quantity|780000|t]]\n"
        "- Interim dividend: [[HK$0.20|money|0.2|HKD]] per share\n"
        "- Fleet at [[30 June|D|2025-06-30]]: [[236|count|236|aircraft]] aircraft\n\n"
        "[[Cathay Pacific|ORG]] and its low-cost arm [[HK Express|ORG]] flew to "
        "[[more than 100|count|100|destination]] destinations, including [[Dallas|GPE]], which was added in "
        "[[April|D|2025-04]]. The [[third|ordinal|3]] runway at [[Hong Kong International Airport|FAC]], which opened in "
        "[[November 2024|D|2024-11]], let the group add flights to [[Taipei|GPE]] and [[Osaka|GPE]].\n\n"
        "“Demand for travel to and from [[Hong Kong|GPE]] stayed strong, but lower fares have started to weigh on our "
        "yields,” said Chairman [[Patrick Healy|PERSON]].\n\n"
        "Chief Executive Officer [[Ronald Lam|PERSON]] said the group planned to hire "
        "[[about 5,000|count|5000|person]] people [[this year|D|2025]], and warned that delays to the "
        "[[Boeing 777-9|PRODUCT|Boeing 777X]] would keep older aircraft flying for [[two more years|D|P2Y]]. "
        "[[Lam|PERSON|Ronald Lam]] added that fuel costs had fallen [[8%|percent|8|%]] in "
        "[[the first half|D|2025-01/2025-06]].\n\n"
        "[[Cathay Pacific|ORG]] expects passenger capacity to return to its pre-pandemic level by "
        "[[December|D|2025-12]]. Its shares are listed on the [[Hong Kong Stock Exchange|ORG]].",
        [
            ("Patrick Healy", "say", "Demand for travel to and from Hong Kong stayed strong, but lower fares have "
             "started to weigh on our yields", True),
            ("Ronald Lam", "say", "the group planned to hire about 5,000 people this year", False),
            ("Ronald Lam", "warn", "delays to the Boeing 777-9 would keep older aircraft flying for two more years",
             False),
            ("Ronald Lam", "add", "fuel costs had fallen 8% in the first half", False),
            ("Cathay Pacific", "expect", "passenger capacity to return to its pre-pandemic level by December", False),
        ],
    ),
    (
        "own71-ho-04", "cnsa-tianwen-2-launch", "2025-05-29", "2025-05-29",
        "[[CHINA NATIONAL SPACE ADMINISTRATION|ORG|China National Space Administration]]\n"
        "Announcement\n"
        "[[Beijing|GPE]], [[29 May 2025|D|2025-05-29]]\n\n"
        "[[TIANWEN-2|PRODUCT|Tianwen-2]] LAUNCHED ON [[TEN-YEAR|D|P10Y]] MISSION TO AN ASTEROID AND A COMET\n\n"
        "[[China|GPE]]’s [[first|ordinal|1]] asteroid sample-return mission lifted off at 1:31 a.m. local time "
        "[[today|D|2025-05-29]] on a [[Long March 3B|PRODUCT]] rocket from the "
        "[[Xichang Satellite Launch Center|FAC]] in [[Sichuan|GPE]] province. The "
        "[[China National Space Administration|ORG]] ([[CNSA|ORG|China National Space Administration]]) said the "
        "probe had entered its planned transfer orbit and deployed its solar arrays.\n\n"
        "Mission facts\n"
        "Spacecraft: [[Tianwen-2|PRODUCT]]\n"
        "Target 1: asteroid [[Kamoʻoalewa|LOC|469219 Kamoʻoalewa]] "
        "([[2016 HO3|LOC|469219 Kamoʻoalewa]])\n"
        "Asteroid diameter: [[40|quantity|40|m]] to [[100 metres|quantity|100|m]]\n"
        "Arrival at asteroid: [[July 2026|D|2026-07]]\n"
        "Sample goal: [[at least 100 grams|quantity|100|g]]\n"
        "Sample capsule return: [[2027|D|2027]]\n"
        "Target 2: main-belt comet [[311P/PANSTARRS|LOC]], reached in [[2035|D|2035]]\n\n"
        "“[[Kamoʻoalewa|LOC|469219 Kamoʻoalewa]] may be a fragment of the [[Moon|LOC]], and its samples could tell "
        "us how the [[Earth|LOC]] and the [[Moon|LOC]] formed,” said [[Bian Zhigang|PERSON]], deputy head of the "
        "[[CNSA|ORG|China National Space Administration]].\n\n"
        "[[Bian|PERSON|Bian Zhigang]] said the probe would use [[two|count|2|method]] methods to collect "
        "material, touch-and-go and anchoring, and that [[Chinese|NORP]] scientists "
        "would share the samples with research teams abroad.\n\n"
        "The [[CNSA|ORG|China National Space Administration]] plans to launch [[Tianwen-3|PRODUCT]], a "
        "[[Mars|LOC]] sample-return mission, in [[2028|D|2028]]. The [[Chinese Academy of Sciences|ORG]] will "
        "analyse the samples at a new laboratory in [[Hefei|GPE]].",
        [
            ("China National Space Administration", "say", "the probe had entered its planned transfer orbit and "
             "deployed its solar arrays", False),
            ("Bian Zhigang", "say", "Kamoʻoalewa may be a fragment of the Moon, and its samples could tell us how the "
             "Earth and the Moon formed", True),
            ("Bian Zhigang", "say", "the probe would use two methods to collect material, touch-and-go and "
             "anchoring, and that Chinese scientists would share the samples with research "
             "teams abroad", False),
            ("China National Space Administration", "plan", "launch Tianwen-3, a Mars sample-return mission, in 2028",
             False),
        ],
    ),
    (
        "own71-ho-05", "cambodian-red-cross-border-displacement-update", "2025-07-31", "2025-07-31",
        "[[CAMBODIAN RED CROSS|ORG|Cambodian Red Cross]]\n"
        "Humanitarian update No. 4: border displacement\n"
        "[[Phnom Penh|GPE]], [[31 July 2025|D|2025-07-31]]\n\n"
        "Fighting along the border with [[Thailand|GPE]] that began on [[24 July|D|2025-07-24]] drove "
        "[[more than 140,000|count|140000|person]] people in [[Cambodia|GPE]] from their homes before a ceasefire "
        "agreed in [[Putrajaya|GPE]], [[Malaysia|GPE]], took effect at midnight on [[Monday|D|2025-07-28]]. Many "
        "families have started to return to villages in [[Oddar Meanchey|GPE|Oddar Meanchey province]] and "
        "[[Preah Vihear|GPE|Preah Vihear province]] provinces.\n\n"
        "Key figures\n"
        "-- Displaced at the peak: [[141,700|count|141700|person]]\n"
        "-- Evacuation sites still open: [[112|count|112|site]]\n"
        "-- Civilians killed: [[8|count|8|civilian]]\n"
        "-- [[Red Cross|ORG|Cambodian Red Cross]] volunteers deployed: [[1,350|count|1350|volunteer]]\n"
        "-- Hygiene kits distributed: [[26,000|count|26000|kit]]\n"
        "-- Funds released: [[US$450,000|money|450000|USD]] and [[KHR 2 billion|money|2000000000|KHR]]\n\n"
        "Prime Minister [[Hun Manet|PERSON]] said on [[Tuesday|D|2025-07-29]] that the government would rebuild "
        "every damaged school and pagoda, and urged displaced families to wait for the army’s clearance before going "
        "home.\n\n"
        "“Families need water, shelter and cash now, and mine clearance before they can farm again,” said "
        "[[Alexander Matheou|PERSON]], [[Asia Pacific|LOC|Asia-Pacific]] regional director of the "
        "[[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "([[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]]). The "
        "[[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]] announced an allocation of "
        "[[CHF 500,000|money|500000|CHF]] from its [[Disaster Response Emergency Fund|ORG]].\n\n"
        "The [[Cambodian Mine Action Centre|ORG]] ([[CMAC|ORG|Cambodian Mine Action Centre]]) warned that "
        "unexploded shells had been found in [[at least 30|count|30|village]] villages and asked returning families "
        "to report any suspicious objects.\n\n"
        "The [[Cambodian Red Cross|ORG]] will issue its next update on [[Monday|D|2025-08-04]].",
        [
            ("Hun Manet", "say", "the government would rebuild every damaged school and pagoda", False),
            ("Hun Manet", "urge", "displaced families to wait for the army’s clearance before going home", False),
            ("Alexander Matheou", "say", "Families need water, shelter and cash now, and mine clearance before they "
             "can farm again", True),
            ("International Federation of Red Cross and Red Crescent Societies", "announce", "an allocation of "
             "CHF 500,000 from its Disaster Response Emergency Fund", False),
            ("Cambodian Mine Action Centre", "warn", "unexploded shells had been found in at least 30 villages",
             False),
            ("Cambodian Mine Action Centre", "ask", "returning families to report any suspicious objects", False),
        ],
    ),
    (
        "own71-ho-06", "african-development-bank-presidential-election", "2025-05-29", "2025-05-29",
        "From: [[African Development Bank Group|ORG|African Development Bank]]\n"
        "Published: [[29 May 2025|D|2025-05-29]]\n"
        "[[Abidjan|GPE]], [[Côte d’Ivoire|GPE|Ivory Coast]]\n\n"
        "[[SIDI OULD TAH|PERSON|Sidi Ould Tah]] ELECTED [[NINTH|ordinal|9]] PRESIDENT OF THE "
        "[[AFRICAN DEVELOPMENT BANK GROUP|ORG|African Development Bank]]\n\n"
        "The Board of Governors of the [[African Development Bank|ORG]] [[today|D|2025-05-29]] elected "
        "[[Sidi Ould Tah|PERSON]] of [[Mauritania|GPE]] as president of the [[Bank|ORG|African Development Bank]] "
        "for a [[five-year|D|P5Y]] term, at its annual meetings in [[Abidjan|GPE]]. [[Five|count|5|candidate]] "
        "candidates stood, and the vote went to a [[third|ordinal|3]] round.\n\n"
        "Final round (share of votes)\n"
        "• [[Sidi Ould Tah|PERSON]] ([[Mauritania|GPE]]): [[76.18%|percent|76.18|%]]\n"
        "• [[Samuel Munzele Maimbo|PERSON]] ([[Zambia|GPE]]): [[20.26%|percent|20.26|%]]\n"
        "• [[Amadou Hott|PERSON]] ([[Senegal|GPE]]): [[3.55%|percent|3.55|%]]\n\n"
        "“[[Africa|LOC]] must mobilise its own capital at scale, and I will make this institution the engine of that "
        "effort,” said [[Ould Tah|PERSON|Sidi Ould Tah]], a former [[Mauritanian|NORP]] finance minister who led the "
        "[[Arab Bank for Economic Development in Africa|ORG]] ([[BADEA|ORG|Arab Bank for Economic Development in "
        "Africa]]) for [[ten years|D|P10Y]]. He takes office on [[1 September|D|2025-09-01]], succeeding "
        "[[Akinwumi Adesina|PERSON]] of [[Nigeria|GPE]].\n\n"
        "[[Adesina|PERSON|Akinwumi Adesina]] said the [[Bank|ORG|African Development Bank]]’s capital had risen to "
        "[[US$318 billion|money|318000000000|USD]] during his [[ten years|D|P10Y]] in office. [[Nialé Kaba|PERSON]], the "
        "[[Ivorian|NORP]] Minister of Economy, Planning and Development, who chairs the Board of Governors, urged "
        "member countries to pledge generously to the [[African Development Fund|ORG]]’s "
        "[[17th|ordinal|17]] replenishment in [[December|D|2025-12]].\n\n"
        "Key facts\n"
        "• Member countries: [[81|count|81|country]], of them [[54|count|54|country]] [[African|NORP]]\n"
        "• Founded: [[1964|D|1964]]\n"
        "• Headquarters: [[Abidjan|GPE]]",
        [
            ("Sidi Ould Tah", "say", "Africa must mobilise its own capital at scale, and I will make this institution "
             "the engine of that effort", True),
            ("Akinwumi Adesina", "say", "the Bank’s capital had risen to US$318 billion during his ten years in office", False),
            ("Nialé Kaba", "urge", "member countries to pledge generously to the African Development Fund’s 17th "
             "replenishment in December", False),
        ],
    ),
    (
        "own71-ho-07", "energy-regulation-board-zambia-fuel-prices-october", "2025-09-30", "2025-09-30",
        "[[ENERGY REGULATION BOARD|ORG|Energy Regulation Board]]\n"
        "PRESS STATEMENT\n"
        "[[Lusaka|GPE]], [[30 September 2025|D|2025-09-30]]\n\n"
        "FUEL PUMP PRICES FOR [[OCTOBER 2025|D|2025-10]]\n\n"
        "The [[Energy Regulation Board|ORG]] ([[ERB|ORG|Energy Regulation Board]]) announces that pump prices of "
        "petroleum products will fall with effect from 00:00 hours on [[Wednesday, 1 October 2025|D|2025-10-01]]. "
        "Petrol will cost [[K1.06|money|1.06|ZMW]] less per litre and diesel [[K0.85|money|0.85|ZMW]] less.\n\n"
        "Product        Old price     New price\n"
        "Petrol         [[K29.86|money|29.86|ZMW]]        [[K28.80|money|28.8|ZMW]]\n"
        "Diesel         [[K27.43|money|27.43|ZMW]]        [[K26.58|money|26.58|ZMW]]\n"
        "Kerosene       [[K24.15|money|24.15|ZMW]]        [[K23.60|money|23.6|ZMW]]\n"
        "Jet A-1        [[K26.10|money|26.1|ZMW]]        [[K25.32|money|25.32|ZMW]]\n"
        "(prices per litre in [[Lusaka|GPE]])\n\n"
        "The reduction reflects the stronger kwacha, which averaged [[K23.65|money|23.65|ZMW]] to the dollar in "
        "[[September|D|2025-09]] against [[K24.80|money|24.8|ZMW]] in [[August|D|2025-08]], and lower world oil "
        "prices of [[about US$67|money|67|USD]] a barrel.\n\n"
        "Minister of Energy [[Makozo Chikote|PERSON]] said [[last week|D|2025-W39]] that the government would not "
        "bring back fuel subsidies. The [[ERB|ORG|Energy Regulation Board]] urged oil marketing companies to display "
        "the new prices at every service station, and warned that stations found overcharging would lose their "
        "licences.\n\n"
        "Fuel stocks stood at [[about 32 days|D|P32D]] of consumption, the [[ERB|ORG|Energy Regulation Board]] "
        "said. Its next review will be announced on [[31 October|D|2025-10-31]].\n\n"
        "Note to editors\n"
        "The [[ERB|ORG|Energy Regulation Board]] sets fuel pump prices every month under the "
        "[[Energy Regulation Act, 2019|LAW]]. Prices outside [[Lusaka|GPE]] include transport costs, which add "
        "[[up to K1.40|money|1.4|ZMW]] per litre in [[Mpulungu|GPE]].",
        [
            ("Energy Regulation Board", "announce", "pump prices of petroleum products will fall with effect from "
             "00:00 hours on Wednesday, 1 October 2025", False),
            ("Makozo Chikote", "say", "the government would not bring back fuel subsidies", False),
            ("Energy Regulation Board", "urge", "oil marketing companies to display the new prices at every service "
             "station", False),
            ("Energy Regulation Board", "warn", "stations found overcharging would lose their licences", False),
            ("Energy Regulation Board", "say", "Fuel stocks stood at about 32 days of consumption", False),
        ],
    ),
]
