"""Held-out set 49 (blind): marked texts of briefs 01-07 and their statements (see
``build_own49_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own49-ho-01", "sbp-policy-rate", "2025-05-05", "2025-05-05",
        "[[STATE BANK OF PAKISTAN|ORG|State Bank of Pakistan]]\n"
        "Press Release\n"
        "[[Karachi|GPE]], [[May 5, 2025|D|2025-05-05]]\n\n"
        "MONETARY POLICY STATEMENT\n\n"
        "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (State Bank of Pakistan)]] "
        "([[MPC|ORG|Monetary Policy Committee (State Bank of Pakistan)]]) of the [[State Bank of Pakistan|ORG]] "
        "([[SBP|ORG|State Bank of Pakistan]]) [[today|D|2025-05-05]] decided to reduce the policy rate by "
        "[[100 basis points|percent|1|pp]] to [[11 percent|percent|11|%]], effective from "
        "[[May 6, 2025|D|2025-05-06]].\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (State Bank of Pakistan)]] noted that headline inflation "
        "fell to [[0.3 percent|percent|0.3|%]] year-on-year in [[April|D|2025-04]], and expects it to rise and "
        "settle within the [[5|percent|5|%]]–[[7 percent|percent|7|%]] target range in "
        "[[FY26|D|2025-07/2026-06]].\n\n"
        "-- Growth: real GDP growth for [[FY25|D|2024-07/2025-06]] is projected at [[2.5|percent|2.5|%]] to "
        "[[3.5 percent|percent|3.5|%]].\n"
        "-- External sector: the current account posted a surplus of "
        "[[US$1.9 billion|money|1900000000|USD]] in [[July-March FY25|D|2024-07/2025-03]].\n"
        "-- Reserves: [[SBP|ORG|State Bank of Pakistan]]’s foreign exchange reserves stood at "
        "[[about US$10.2 billion|money|10200000000|USD]] on [[April 25|D|2025-04-25]].\n"
        "-- Fiscal: the [[Federal Board of Revenue|ORG]] collected [[Rs 9.3 trillion|money|9300000000000|PKR]] "
        "in [[the first ten months of FY25|D|2024-07/2025-04]].\n\n"
        "Governor [[Jameel Ahmad|PERSON]] told a press conference in [[Karachi|GPE]] that the cumulative cut of "
        "[[1,100 basis points|percent|11|pp]] since [[June 2024|D|2024-06]] was feeding through to the "
        "economy.\n\n"
        "“Real interest rates remain adequately positive, and we will stay data-dependent,” "
        "[[Ahmad|PERSON|Jameel Ahmad]] said.\n\n"
        "He warned that the recent escalation of tensions with [[India|GPE]] and a "
        "[[29 percent|percent|29|%]] [[US|GPE|United States]] tariff on [[Pakistani|NORP]] exports could weigh "
        "on the outlook.\n\n"
        "The [[IMF|ORG|International Monetary Fund]] Executive Board will review the "
        "[[US$7 billion|money|7000000000|USD]] Extended Fund Facility on [[May 9|D|2025-05-09]]. The next "
        "[[MPC|ORG|Monetary Policy Committee (State Bank of Pakistan)]] meeting is scheduled for "
        "[[June 16, 2025|D|2025-06-16]].",
        [
            ("Monetary Policy Committee (State Bank of Pakistan)", "note", "headline inflation fell to 0.3 percent "
             "year-on-year in April", False),
            ("Monetary Policy Committee (State Bank of Pakistan)", "expect", "it to rise and settle within the "
             "5–7 percent target range in FY26", False),
            ("Jameel Ahmad", "tell", "the cumulative cut of 1,100 basis points since June 2024 was feeding through "
             "to the economy", False),
            ("Jameel Ahmad", "say", "Real interest rates remain adequately positive, and we will stay "
             "data-dependent", True),
            ("Jameel Ahmad", "warn", "the recent escalation of tensions with India and a 29 percent US tariff on "
             "Pakistani exports could weigh on the outlook", False),
        ],
    ),
    (
        "own49-ho-02", "bps-indonesia-gdp", "2025-11-05", "2025-11-05",
        "[[BPS-Statistics Indonesia|ORG|Statistics Indonesia]]\n"
        "Official Statistics News No. 82/11/Th. XXVIII, [[5 November 2025|D|2025-11-05]]\n\n"
        "ECONOMIC GROWTH OF [[INDONESIA|GPE|Indonesia]] [[THIRD QUARTER 2025|D|2025-07/2025-09]]\n\n"
        "• [[Indonesia|GPE]]’s economy in [[the third quarter of 2025|D|2025-07/2025-09]] grew by "
        "[[5.04 percent|percent|5.04|%]] (y-on-y) compared with [[the third quarter of 2024|D|2024-07/2024-09]].\n"
        "• Compared with [[the second quarter of 2025|D|2025-04/2025-06]], the economy grew "
        "[[1.43 percent|percent|1.43|%]] (q-to-q).\n"
        "• GDP at current prices reached [[Rp6,060.0 trillion|money|6060000000000000|IDR]].\n"
        "• Growth in [[January-September 2025|D|2025-01/2025-09]] was [[5.01 percent|percent|5.01|%]].\n\n"
        "Growth by expenditure (y-on-y, %)\n"
        "Household consumption   [[4.89|percent|4.89|%]]\n"
        "Government consumption   [[5.49|percent|5.49|%]]\n"
        "Gross fixed capital formation   [[5.04|percent|5.04|%]]\n"
        "Exports of goods and services   [[9.91|percent|9.91|%]]\n\n"
        "By region, [[Java|LOC]] contributed [[56.9 percent|percent|56.9|%]] of GDP and [[Sumatra|LOC]] "
        "[[22.2 percent|percent|22.2|%]].\n\n"
        "Head of [[BPS|ORG|Statistics Indonesia]] [[Amalia Adininggar Widyasanti|PERSON]] said in "
        "[[Jakarta|GPE]] that household consumption, which accounts for more than half of GDP, remained the main "
        "driver of growth. Deputy [[Moh. Edy Mahmud|PERSON]] added that exports rose on shipments of crude palm "
        "oil and steel to [[China|GPE]] and the [[United States|GPE]].\n\n"
        "Finance Minister [[Purbaya Yudhi Sadewa|PERSON]] told reporters he expected growth of "
        "[[about 5.5 percent|percent|5.5|%]] in [[the fourth quarter|D|2025-10/2025-12]], helped by "
        "[[Rp200 trillion|money|200000000000000|IDR]] of state funds placed in [[five|count|5|bank]] "
        "state-owned banks in [[September|D|2025-09]].\n\n"
        "[[Bank Indonesia|ORG]] estimates full-year growth of [[4.7|percent|4.7|%]] to "
        "[[5.5 percent|percent|5.5|%]] in [[2025|D|2025]].\n\n"
        "The [[fourth-quarter|D|2025-10/2025-12]] release is due on [[5 February 2026|D|2026-02-05]].",
        [
            ("Amalia Adininggar Widyasanti", "say", "household consumption, which accounts for more than half of "
             "GDP, remained the main driver of growth", False),
            ("Moh. Edy Mahmud", "add", "exports rose on shipments of crude palm oil and steel to China and the "
             "United States", False),
            ("Purbaya Yudhi Sadewa", "expect", "growth of about 5.5 percent in the fourth quarter, helped by "
             "Rp200 trillion of state funds placed in five state-owned banks in September", False),
            ("Bank Indonesia", "estimate", "full-year growth of 4.7 to 5.5 percent in 2025", False),
        ],
    ),
    (
        "own49-ho-03", "kazatomprom-results", "2025-03-14", "2025-03-14",
        "[[Kazatomprom|ORG]] announces [[2024|D|2024]] financial results\n\n"
        "[[ASTANA|GPE|Astana]], [[Kazakhstan|GPE]], [[14 March 2025|D|2025-03-14]] – "
        "[[JSC National Atomic Company Kazatomprom|ORG|Kazatomprom]] ([[Kazatomprom|ORG]] or the "
        "[[Company|ORG|Kazatomprom]]) announces its audited consolidated financial results for the year ended "
        "[[31 December 2024|D|2024-12-31]].\n\n"
        "Financial and operating highlights, [[2024|D|2024]]:\n"
        "Revenue: [[KZT 1,614 billion|money|1614000000000|KZT]], up [[22%|percent|22|%]]\n"
        "Net profit: [[KZT 477 billion|money|477000000000|KZT]]\n"
        "Average realised price: [[US$58.50|money|58.5|USD]] per pound\n"
        "Production ([[100%|percent|100|%]] basis): [[23,270 tU|quantity|23270|t]]\n"
        "Attributable production: [[12,286 tU|quantity|12286|t]]\n\n"
        "Chief Executive Officer [[Meirzhan Yussupov|PERSON]] said: “It was a year of record revenue. We kept "
        "our promises to customers despite the shortage of sulphuric acid.”\n\n"
        "He warned that sulphuric acid would remain scarce until the [[Company|ORG|Kazatomprom]]’s own plant in "
        "[[Zhanakorgan|GPE]] starts up in [[2027|D|2027]].\n\n"
        "For [[2025|D|2025]], [[Kazatomprom|ORG]] expects production of [[25,000|quantity|25000|t]] to "
        "[[26,500 tU|quantity|26500|t]] on a [[100%|percent|100|%]] basis and capital expenditure of "
        "[[KZT 420 billion|money|420000000000|KZT]] to [[KZT 440 billion|money|440000000000|KZT]].\n\n"
        "[[Samruk-Kazyna|ORG]], the sovereign wealth fund that owns [[75%|percent|75|%]] of the "
        "[[Company|ORG|Kazatomprom]], said it supported a dividend of [[KZT 1,088|money|1088|KZT]] per share. "
        "The dividend will be put to the annual general meeting on [[23 May 2025|D|2025-05-23]].\n\n"
        "[[Cameco|ORG]], [[Kazatomprom|ORG]]’s partner in [[JV Inkai|ORG]], said [[last month|D|2025-02]] that "
        "output at the joint venture would be [[about 10%|percent|10|%]] lower in [[2025|D|2025]].",
        [
            ("Kazatomprom", "announce", "its audited consolidated financial results for the year ended 31 December "
             "2024", False),
            ("Meirzhan Yussupov", "say", "It was a year of record revenue. We kept our promises to customers despite "
             "the shortage of sulphuric acid.", True),
            ("Meirzhan Yussupov", "warn", "sulphuric acid would remain scarce until the Company’s own plant in "
             "Zhanakorgan starts up in 2027", False),
            ("Kazatomprom", "expect", "production of 25,000 to 26,500 tU on a 100% basis and capital expenditure "
             "of KZT 420 billion to KZT 440 billion", False),
            ("Samruk-Kazyna", "say", "it supported a dividend of KZT 1,088 per share", False),
            ("Cameco", "say", "output at the joint venture would be about 10% lower in 2025", False),
        ],
    ),
    (
        "own49-ho-04", "parks-canada-jasper-fire", "2024-07-26", "2024-07-26",
        "From: [[Parks Canada|ORG]]\n\n"
        "News release\n\n"
        "[[July 26, 2024|D|2024-07-26]] – [[Jasper|GPE|Jasper, Alberta]], [[Alberta|GPE]]\n\n"
        "Wildfire update: [[Jasper National Park|LOC]]\n\n"
        "On [[Wednesday|D|2024-07-24]] evening, a wildfire driven by winds of [[up to 100 km/h|quantity|100|km/h]] "
        "reached the [[Jasper|GPE|Jasper, Alberta]] townsite. All residents and visitors had left the park after "
        "the evacuation order of [[Monday|D|2024-07-22]] night.\n\n"
        "Current situation\n"
        "Area burned: [[about 32,000 hectares|quantity|32000|ha]]\n"
        "Structures destroyed: [[358|count|358|structure]]\n"
        "People evacuated: [[about 25,000|count|25000|person]]\n"
        "Personnel on the fire: [[more than 1,000|count|1000|person]]\n\n"
        "Incident commander [[Landon Shepherd|PERSON]] told reporters that crews had saved the hospital, the "
        "schools and the [[three|count|3|plant]] water treatment plants.\n\n"
        "“Our hearts go out to the people of [[Jasper|GPE|Jasper, Alberta]],” said the Honourable "
        "[[Steven Guilbeault|PERSON]], Minister of Environment and Climate Change and Minister responsible for "
        "[[Parks Canada|ORG]]. “We will rebuild, together.”\n\n"
        "Prime Minister [[Justin Trudeau|PERSON]] announced that members of the "
        "[[Canadian Armed Forces|ORG]] would help with evacuation support and firefighting. Premier "
        "[[Danielle Smith|PERSON]] said [[Alberta|GPE]] would give [[$2 million|money|2000000|CAD]] to the "
        "[[Canadian Red Cross|ORG]], and the Government of [[Canada|GPE]] pledged to match donations.\n\n"
        "[[Parks Canada|ORG]] warned that cooler weather expected over [[the weekend|D|2024-07-27/2024-07-28]] "
        "would not put the fire out and that the park would stay closed until further notice. Re-entry for "
        "residents could take [[at least three weeks|D|P3W]].\n\n"
        "The next update will be issued on [[Saturday|D|2024-07-27]].",
        [
            ("Landon Shepherd", "tell", "crews had saved the hospital, the schools and the three water treatment "
             "plants", False),
            ("Steven Guilbeault", "say", "Our hearts go out to the people of Jasper", True),
            ("Steven Guilbeault", "say", "We will rebuild, together.", True),
            ("Justin Trudeau", "announce", "members of the Canadian Armed Forces would help with evacuation support "
             "and firefighting", False),
            ("Danielle Smith", "say", "Alberta would give $2 million to the Canadian Red Cross", False),
            ("Canada", "pledge", "match donations", False),
            ("Parks Canada", "warn", "cooler weather expected over the weekend would not put the fire out and that "
             "the park would stay closed until further notice", False),
        ],
    ),
    (
        "own49-ho-05", "save-children-chido-mozambique", "2024-12-17", "2024-12-17",
        "[[Save the Children|ORG]]\n"
        "PRESS RELEASE\n\n"
        "[[Cyclone Chido|EVENT]]: children in northern [[Mozambique|GPE]] lose homes and schools\n\n"
        "[[MAPUTO|GPE|Maputo]], [[17 December 2024|D|2024-12-17]] – [[Cyclone Chido|EVENT]] made landfall in "
        "[[Cabo Delgado|GPE|Cabo Delgado Province]] province on [[Sunday|D|2024-12-15]] with winds of "
        "[[about 220 km/h|quantity|220|km/h]], a day after devastating the [[French|NORP]] island of "
        "[[Mayotte|GPE]].\n\n"
        "KEY FIGURES\n"
        "• Deaths confirmed: [[at least 34|count|34|death]]\n"
        "• People affected: [[more than 174,000|count|174000|person]]\n"
        "• Houses damaged or destroyed: [[over 35,000|count|35000|house]]\n"
        "• Classrooms damaged: [[186|count|186|classroom]]\n\n"
        "“Children have lost everything in a matter of hours,” said [[Brechtje van Lith|PERSON]], "
        "[[Save the Children|ORG]]’s Country Director in [[Mozambique|GPE]]. “Many of these families had already "
        "fled conflict once.”\n\n"
        "[[Mozambique|GPE]]’s disaster management agency, [[INGD|ORG|National Institute for Disaster Risk Management "
        "and Reduction]], said the district of [[Mecúfi|GPE]] had been almost entirely flattened and that roads to "
        "[[Pemba|GPE|Pemba, Mozambique]] were cut. President [[Filipe Nyusi|PERSON]] called for international "
        "support.\n\n"
        "[[UNICEF|ORG]] estimates that [[about 90,000|count|90000|child]] children are among those affected. "
        "[[Save the Children|ORG]] has released [[US$200,000|money|200000|USD]] from its "
        "[[Children’s Emergency Fund|ORG|Children's Emergency Fund (Save the Children)]] and appeals for "
        "[[US$3 million|money|3000000|USD]] for [[the next three months|D|2024-12-17/2025-03-17]].\n\n"
        "The storm moved on into [[Malawi|GPE]] and [[Zimbabwe|GPE]] on [[Monday|D|2024-12-16]].\n\n"
        "Notes to editors\n"
        "-- [[Save the Children|ORG]] has worked in [[Mozambique|GPE]] since [[1986|D|1986]].\n"
        "-- Spokespeople are available in [[Maputo|GPE]] and [[Pemba|GPE|Pemba, Mozambique]].",
        [
            ("Brechtje van Lith", "say", "Children have lost everything in a matter of hours", True),
            ("Brechtje van Lith", "say", "Many of these families had already fled conflict once.", True),
            ("National Institute for Disaster Risk Management and Reduction", "say", "the district of Mecúfi had "
             "been almost entirely flattened and that roads to Pemba were cut", False),
            ("Filipe Nyusi", "call for", "international support", False),
            ("UNICEF", "estimate", "about 90,000 children are among those affected", False),
        ],
    ),
    (
        "own49-ho-06", "nbe-birr-float", "2024-07-29", "2024-07-29",
        "[[NATIONAL BANK OF ETHIOPIA|ORG|National Bank of Ethiopia]]\n"
        "PRESS STATEMENT\n"
        "[[Addis Ababa|GPE]], [[July 29, 2024|D|2024-07-29]]\n\n"
        "[[NBE|ORG|National Bank of Ethiopia]] MOVES TO A MARKET-BASED EXCHANGE RATE\n\n"
        "The [[National Bank of Ethiopia|ORG]] ([[NBE|ORG|National Bank of Ethiopia]]) [[today|D|2024-07-29]] "
        "announced that, effective immediately, banks may buy and sell foreign currency with their clients and "
        "with each other at freely negotiated rates. The main measures are:\n"
        "1. The exchange rate of the birr will be set by the market.\n"
        "2. Exporters may keep [[50 percent|percent|50|%]] of their foreign currency earnings, up from "
        "[[40 percent|percent|40|%]].\n"
        "3. Non-bank foreign exchange bureaus may be licensed.\n"
        "4. The policy rate, introduced in [[January 2024|D|2024-01]], stays at [[15 percent|percent|15|%]].\n\n"
        "Governor [[Mamo Mihretu|PERSON]] said: “This is a historic decision for our economy. It will end the "
        "parallel market and bring in investment.”\n\n"
        "He added that partners would provide [[about US$10.7 billion|money|10700000000|USD]] of support over "
        "[[four years|D|P4Y]]. The [[International Monetary Fund|ORG]] Executive Board will consider a "
        "[[four-year|D|P4Y]] arrangement of [[US$3.4 billion|money|3400000000|USD]] on [[Tuesday|D|2024-07-30]].\n\n"
        "Commercial banks quoted [[about 74 birr|money|74|ETB]] to the [[U.S.|GPE|United States]] dollar "
        "[[today|D|2024-07-29]], against [[57.5 birr|money|57.5|ETB]] on [[Friday|D|2024-07-26]].\n\n"
        "Finance Minister [[Ahmed Shide|PERSON]] pledged [[ETB 100 billion|money|100000000000|ETB]] for fuel, "
        "fertiliser and edible oil subsidies and a salary increase for civil servants. Prime Minister "
        "[[Abiy Ahmed|PERSON]] said the reform would make [[Ethiopia|GPE]] more attractive to foreign investors.",
        [
            ("National Bank of Ethiopia", "announce", "effective immediately, banks may buy and sell foreign currency "
             "with their clients and with each other at freely negotiated rates", False),
            ("Mamo Mihretu", "say", "This is a historic decision for our economy. It will end the parallel market "
             "and bring in investment.", True),
            ("Mamo Mihretu", "add", "partners would provide about US$10.7 billion of support over four years", False),
            ("Ahmed Shide", "pledge", "ETB 100 billion for fuel, fertiliser and edible oil subsidies and a salary "
             "increase for civil servants", False),
            ("Abiy Ahmed", "say", "the reform would make Ethiopia more attractive to foreign investors", False),
        ],
    ),
    (
        "own49-ho-07", "kuwait-mof-budget", "2025-03-31", "2025-03-31",
        "[[Ministry of Finance|ORG|Ministry of Finance (Kuwait)]], [[State of Kuwait|GPE|Kuwait]]\n"
        "[[KUWAIT CITY|GPE|Kuwait City]], [[31 March 2025|D|2025-03-31]]\n\n"
        "State Budget for the Fiscal Year [[2025/2026|D|2025-04/2026-03]]\n\n"
        "The [[Council of Ministers|ORG|Council of Ministers (Kuwait)]] has approved the budget for the fiscal "
        "year that begins [[tomorrow|D|2025-04-01]].\n\n"
        "Item          [[2025/2026|D|2025-04/2026-03]]     [[2024/2025|D|2024-04/2025-03]]\n"
        "Revenue       [[KD 18.2bn|money|18200000000|KWD]]     [[KD 18.7bn|money|18700000000|KWD]]\n"
        "Expenditure   [[KD 24.5bn|money|24500000000|KWD]]     [[KD 24.6bn|money|24600000000|KWD]]\n"
        "Deficit       [[KD 6.3bn|money|6300000000|KWD]]      [[KD 5.9bn|money|5900000000|KWD]]\n\n"
        "The [[Ministry|ORG|Ministry of Finance (Kuwait)]] expects oil revenue of "
        "[[KD 15.3 billion|money|15300000000|KWD]], or [[84 percent|percent|84|%]] of the total, based on a price "
        "of [[US$68|money|68|USD]] per barrel and output of [[2.4 million barrels|quantity|2400000|bbl]] a day.\n\n"
        "Minister of Finance [[Noura Al-Fassam|PERSON]] said the deficit would be financed under the new public "
        "financing law, which allows borrowing of [[up to KD 30 billion|money|30000000000|KWD]] with maturities of "
        "[[up to 50 years|D|P50Y]].\n\n"
        "Excerpt from the press conference:\n"
        "QUESTION: Will salaries be cut?\n"
        "[[AL-FASSAM|PERSON|Noura Al-Fassam]]: No. Salaries and subsidies make up [[about 79 percent|percent|79|%]] "
        "of spending, and we will protect them.\n\n"
        "She pledged to cut non-essential spending by [[10 percent|percent|10|%]] over [[the next three "
        "years|D|2025-03-31/2028-03-31]].\n\n"
        "The [[International Monetary Fund|ORG]] has urged [[Kuwait|GPE]] to introduce a value-added tax and to "
        "reduce the public wage bill. [[Fitch|ORG|Fitch Ratings]] said in [[February|D|2025-02]] that "
        "[[Kuwait|GPE]]’s sovereign assets, [[more than 400 percent|percent|400|%]] of GDP, gave it room to "
        "borrow.",
        [
            ("Ministry of Finance (Kuwait)", "expect", "oil revenue of KD 15.3 billion, or 84 percent of the total, "
             "based on a price of US$68 per barrel and output of 2.4 million barrels a day", False),
            ("Noura Al-Fassam", "say", "the deficit would be financed under the new public financing law, which "
             "allows borrowing of up to KD 30 billion with maturities of up to 50 years", False),
            ("Noura Al-Fassam", "pledge", "cut non-essential spending by 10 percent over the next three years",
             False),
            ("International Monetary Fund", "urge", "Kuwait to introduce a value-added tax and to reduce the public "
             "wage bill", False),
            ("Fitch Ratings", "say", "Kuwait’s sovereign assets, more than 400 percent of GDP, gave it room to "
             "borrow", False),
        ],
    ),
]
