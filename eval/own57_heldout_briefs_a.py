"""Held-out set 57 (blind): marked texts of briefs 01-07 and their statements (see
``build_own57_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own57-ho-01", "bank-of-ghana-policy-rate", "2025-07-30", "2025-07-30",
        "[[BANK OF GHANA|ORG|Bank of Ghana]]\n"
        "PRESS RELEASE\n"
        "[[Accra|GPE]], [[30 July 2025|D|2025-07-30]]\n\n"
        "POLICY RATE CUT BY [[300 BASIS POINTS|percent|3|pp]] TO [[25 PERCENT|percent|25|%]]\n\n"
        "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (Bank of Ghana)]] "
        "([[MPC|ORG|Monetary Policy Committee (Bank of Ghana)]]) of the [[Bank of Ghana|ORG]] ended its "
        "[[125th|ordinal|125]] meeting [[today|D|2025-07-30]] and decided to lower the monetary policy rate by "
        "[[300 basis points|percent|3|pp]] to [[25 percent|percent|25|%]].\n\n"
        "Recent developments\n"
        "• Headline inflation, [[June 2025|D|2025-06]]: [[13.7%|percent|13.7|%]], down from "
        "[[23.8%|percent|23.8|%]] in [[December 2024|D|2024-12]]\n"
        "• Real GDP growth, [[first quarter of 2025|D|2025-01/2025-03]]: [[5.3%|percent|5.3|%]]\n"
        "• Gross international reserves: [[US$11.1 billion|money|11100000000|USD]], "
        "[[nearly five months|D|P5M]] of import cover\n"
        "• Cedi: up [[about 42 percent|percent|42|%]] against the [[U.S.|GPE|United States]] dollar since "
        "[[January|D|2025-01]], at [[GH¢10.45|money|10.45|GHS]] per dollar\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (Bank of Ghana)]] noted that inflation had fallen faster "
        "than expected, helped by the stronger cedi, lower food prices and tight fiscal policy. It projects "
        "inflation to return to the target band of [[6|percent|6|%]] to [[10 percent|percent|10|%]] by "
        "[[the first quarter of 2026|D|2026-01/2026-03]].\n\n"
        "Governor [[Johnson Pandit Asiama|PERSON]] told a news conference that the cut was not the start of a "
        "rush to lower rates. “We have earned room to ease, but we will not throw away the gains of "
        "[[this year|D|2025]],” he said.\n\n"
        "[[Asiama|PERSON|Johnson Pandit Asiama]] added that the non-performing loan ratio of banks had fallen "
        "to [[21.8 percent|percent|21.8|%]] in [[June|D|2025-06]].\n\n"
        "Finance Minister [[Cassiel Ato Forson|PERSON]] has pledged to keep a primary surplus of "
        "[[1.5 percent|percent|1.5|%]] of GDP in [[2025|D|2025]], and the "
        "[[International Monetary Fund|ORG]] expects [[Ghana|GPE]]’s economy to grow "
        "[[4 percent|percent|4|%]] [[this year|D|2025]].\n\n"
        "The next [[MPC|ORG|Monetary Policy Committee (Bank of Ghana)]] meeting will be held on "
        "[[15-17 September 2025|D|2025-09-15/2025-09-17]].",
        [
            ("Monetary Policy Committee (Bank of Ghana)", "note", "inflation had fallen faster than expected, "
             "helped by the stronger cedi, lower food prices and tight fiscal policy", False),
            ("Monetary Policy Committee (Bank of Ghana)", "project", "inflation to return to the target band of "
             "6 to 10 percent by the first quarter of 2026", False),
            ("Johnson Pandit Asiama", "tell", "the cut was not the start of a rush to lower rates", False),
            ("Johnson Pandit Asiama", "say", "We have earned room to ease, but we will not throw away the gains "
             "of this year", True),
            ("Johnson Pandit Asiama", "add", "the non-performing loan ratio of banks had fallen to 21.8 percent "
             "in June", False),
            ("Cassiel Ato Forson", "pledge", "keep a primary surplus of 1.5 percent of GDP in 2025", False),
            ("International Monetary Fund", "expect", "Ghana’s economy to grow 4 percent this year", False),
        ],
    ),
    (
        "own57-ho-02", "destatis-building-permits", "2026-02-18", "2026-02-18",
        "[[Federal Statistical Office|ORG|Federal Statistical Office of Germany]] "
        "([[Destatis|ORG|Federal Statistical Office of Germany]])\n"
        "Press release No. 061 of [[18 February 2026|D|2026-02-18]]\n\n"
        "BUILDING PERMITS FOR DWELLINGS UP [[6.4%|percent|6.4|%]] IN [[2025|D|2025]]\n\n"
        "[[WIESBADEN|GPE|Wiesbaden]] – In [[2025|D|2025]], the construction of "
        "[[230,600|count|230600|dwelling]] dwellings was permitted in [[Germany|GPE]]. According to the "
        "[[Federal Statistical Office|ORG|Federal Statistical Office of Germany]], this was "
        "[[6.4%|percent|6.4|%]] or [[13,900|count|13900|dwelling]] dwellings more than in [[2024|D|2024]] "
        "and the [[first|ordinal|1]] annual rise since [[2021|D|2021]].\n\n"
        "Permits by type of building, [[2025|D|2025]]\n"
        "                                  Dwellings   Change on [[2024|D|2024]]\n"
        "One-family houses                 [[43,800|count|43800|dwelling]]      [[+11.2%|percent|11.2|%]]\n"
        "Two-family houses                 [[13,100|count|13100|dwelling]]      [[+4.0%|percent|4.0|%]]\n"
        "Multi-family houses               [[129,500|count|129500|dwelling]]     [[+7.9%|percent|7.9|%]]\n"
        "Non-residential buildings         [[9,600|count|9600|dwelling]]       [[-6.3%|percent|-6.3|%]]\n"
        "Conversions of existing buildings [[34,600|count|34600|dwelling]]      [[+1.5%|percent|1.5|%]]\n\n"
        "The estimated construction costs of the permitted residential buildings rose [[8.1%|percent|8.1|%]] "
        "to [[€71.3 billion|money|71300000000|EUR]]. In [[December 2025|D|2025-12]] alone, "
        "[[21,400|count|21400|dwelling]] dwellings were permitted, [[15.8%|percent|15.8|%]] more than in "
        "[[December 2024|D|2024-12]].\n\n"
        "Federal Minister for Housing [[Verena Hubertz|PERSON]] said the rise showed that the turnaround in "
        "housing construction had begun. “Planning offices are approving faster, but we are still far from "
        "the homes this country needs,” she said. [[Hubertz|PERSON|Verena Hubertz]] warned that permits were "
        "still [[about 40 percent|percent|40|%]] below the level of [[2021|D|2021]].\n\n"
        "The [[ifo Institute|ORG|Ifo Institute for Economic Research]] in [[Munich|GPE]] expects completions "
        "to fall to [[about 205,000|count|205000|dwelling]] dwellings in [[2026|D|2026]], as projects approved "
        "in the weak years [[2023|D|2023]] and [[2024|D|2024]] come to an end.\n\n"
        "Permit figures for [[January 2026|D|2026-01]] will be published on "
        "[[18 March 2026|D|2026-03-18]].",
        [
            ("Federal Statistical Office of Germany", "according to", "this was 6.4% or 13,900 dwellings more "
             "than in 2024 and the first annual rise since 2021", False),
            ("Verena Hubertz", "say", "the rise showed that the turnaround in housing construction had begun",
             False),
            ("Verena Hubertz", "say", "Planning offices are approving faster, but we are still far from the "
             "homes this country needs", True),
            ("Verena Hubertz", "warn", "permits were still about 40 percent below the level of 2021", False),
            ("Ifo Institute for Economic Research", "expect", "completions to fall to about 205,000 dwellings in "
             "2026, as projects approved in the weak years 2023 and 2024 come to an end", False),
        ],
    ),
    (
        "own57-ho-03", "ryanair-half-year-results", "2025-11-03", "2025-11-03",
        "[[RYANAIR|ORG|Ryanair]] [[H1 FY26|D|2025-04/2025-09]] PROFIT UP [[42%|percent|42|%]] TO "
        "[[€2.54BN|money|2540000000|EUR]]\n\n"
        "[[DUBLIN|GPE|Dublin]], [[3 November 2025|D|2025-11-03]] – [[Ryanair Holdings plc|ORG|Ryanair]] "
        "[[today|D|2025-11-03]] reported a profit after tax of [[€2.54bn|money|2540000000|EUR]] for the half "
        "year to [[30 September 2025|D|2025-09-30]], up from [[€1.79bn|money|1790000000|EUR]] in "
        "[[H1 FY25|D|2024-04/2024-09]].\n\n"
        "- Traffic: [[119m|count|119000000|passenger]] passengers, up [[3%|percent|3|%]]\n"
        "- Load factor: [[93%|percent|93|%]]\n"
        "- Average fare: up [[7%|percent|7|%]] to [[€58|money|58|EUR]]\n"
        "- Revenue: [[€9.82bn|money|9820000000|EUR]], up [[7%|percent|7|%]]\n"
        "- Fleet: [[618|count|618|aircraft]] aircraft, [[181|count|181|aircraft]] of them "
        "[[Boeing 737-8200|PRODUCT|Boeing 737 MAX]] “Gamechangers”\n\n"
        "Group Chief Executive [[Michael O'Leary|PERSON]] said: “Our fares have recovered from the weak "
        "pricing of [[summer 2024|D|2024-06/2024-08]], and we are growing where governments cut aviation "
        "taxes, not where they raise them.”\n\n"
        "[[O'Leary|PERSON|Michael O'Leary]] added that all [[29|count|29|aircraft]] delayed "
        "[[Boeing|ORG]] aircraft had now been delivered and that [[Ryanair|ORG]] would open "
        "[[four|count|4|base]] new bases in [[summer 2026|D|2026-06/2026-08]], in [[Italy|GPE]], "
        "[[Sweden|GPE]], [[Slovakia|GPE]] and [[Morocco|GPE]].\n\n"
        "[[Ryanair|ORG]] expects traffic of [[about 207m|count|207000000|passenger]] passengers in "
        "[[FY26|D|2025-04/2026-03]] and said full-year profit would depend on "
        "[[October-December|D|2025-10/2025-12]] fares. Chief Financial Officer [[Neil Sorahan|PERSON]] told "
        "analysts that bookings for [[the winter|D|2025-12/2026-02]] were [[1%|percent|1|%]] ahead of "
        "[[last year|D|2024]].\n\n"
        "The board declared an interim dividend of [[€0.246|money|0.246|EUR]] per share, to be paid in "
        "[[February|D|2026-02]]. A [[€750m|money|750000000|EUR]] share buyback was completed in "
        "[[August|D|2025-08]].\n\n"
        "[[Ryanair|ORG]] again called for the abolition of air passenger taxes in [[Germany|GPE]] and "
        "[[Austria|GPE]], where it has cut [[1.8 million|count|1800000|seat]] seats.",
        [
            ("Michael O'Leary", "say", "Our fares have recovered from the weak pricing of summer 2024, and we are "
             "growing where governments cut aviation taxes, not where they raise them.", True),
            ("Michael O'Leary", "add", "all 29 delayed Boeing aircraft had now been delivered and that Ryanair "
             "would open four new bases in summer 2026, in Italy, Sweden, Slovakia and Morocco", False),
            ("Ryanair", "expect", "traffic of about 207m passengers in FY26", False),
            ("Ryanair", "say", "full-year profit would depend on October-December fares", False),
            ("Neil Sorahan", "tell", "bookings for the winter were 1% ahead of last year", False),
            ("Ryanair", "call for", "the abolition of air passenger taxes in Germany and Austria", False),
        ],
    ),
    (
        "own57-ho-04", "ncdc-lassa-fever-situation-report", "2025-02-21", "2025-02-21",
        "[[NIGERIA CENTRE FOR DISEASE CONTROL AND PREVENTION|ORG|Nigeria Centre for Disease Control and "
        "Prevention]]\n"
        "LASSA FEVER SITUATION REPORT\n"
        "Epidemiological [[week 7 of 2025|D|2025-W07]]\n"
        "Issued [[21 February 2025|D|2025-02-21]], "
        "[[Abuja|GPE]]\n\n"
        "Reporting period: [[10-16 February 2025|D|2025-02-10/2025-02-16]]\n"
        "New confirmed cases: [[53|count|53|case]] (up from [[39|count|39|case]] in [[week 6|D|2025-W06]])\n"
        "New deaths: [[9|count|9|death]]\n"
        "Total since [[1 January|D|2025-01-01]]: [[388|count|388|case]] confirmed cases and "
        "[[75|count|75|death]] deaths\n"
        "Case fatality rate: [[19.3%|percent|19.3|%]] (same period of [[2024|D|2024]]: "
        "[[18.2%|percent|18.2|%]])\n"
        "Affected: [[15|count|15|state]] states and [[63|count|63|area]] local government "
        "areas\n\n"
        "[[Ondo|GPE|Ondo State]], [[Edo|GPE|Edo State]] and [[Bauchi|GPE|Bauchi State]] states account for "
        "[[71%|percent|71|%]] of confirmed cases [[this year|D|2025]]. The "
        "[[NCDC|ORG|Nigeria Centre for Disease Control and Prevention]] said [[four|count|4|health worker]] "
        "health workers had been infected since [[January|D|2025-01]] and that the national emergency "
        "operations centre, activated on [[5 February|D|2025-02-05]], had sent rapid response teams to "
        "[[seven|count|7|state]] states.\n\n"
        "Director General [[Jide Idris|PERSON]] urged [[Nigerians|NORP|Nigerian]] to store food in sealed "
        "containers and keep rats out of homes. “Lassa fever is preventable and treatable if patients come "
        "early. Most of the deaths we see are of people who arrived late,” Dr [[Idris|PERSON|Jide Idris]] "
        "said.\n\n"
        "The [[World Health Organization|ORG]] estimates that the disease infects "
        "[[100,000|count|100000|person]] to [[300,000|count|300000|person]] people in "
        "[[West Africa|LOC]] each year.\n\n"
        "The [[Federal Ministry of Health and Social Welfare|ORG]] announced that "
        "[[₦1.2 billion|money|1200000000|NGN]] had been released for ribavirin, protective equipment and "
        "[[20,000|count|20000|test kit]] test kits for the [[five|count|5|laboratory]] laboratories of the "
        "network.\n\n"
        "The next situation report will be published on [[28 February|D|2025-02-28]].",
        [
            ("Nigeria Centre for Disease Control and Prevention", "say", "four health workers had been infected "
             "since January and that the national emergency operations centre, activated on 5 February, had sent "
             "rapid response teams to seven states", False),
            ("Jide Idris", "urge", "Nigerians to store food in sealed containers and keep rats out of homes",
             False),
            ("Jide Idris", "say", "Lassa fever is preventable and treatable if patients come early. Most of the "
             "deaths we see are of people who arrived late", True),
            ("World Health Organization", "estimate", "the disease infects 100,000 to 300,000 people in West "
             "Africa each year", False),
            ("Federal Ministry of Health and Social Welfare", "announce", "₦1.2 billion had been released for "
             "ribavirin, protective equipment and 20,000 test kits for the five laboratories of the network",
             False),
        ],
    ),
    (
        "own57-ho-05", "spanish-red-cross-canary-arrivals", "2025-01-02", "2025-01-02",
        "[[SPANISH RED CROSS|ORG|Spanish Red Cross]]\n"
        "HUMANITARIAN UPDATE – ARRIVALS BY SEA TO THE [[CANARY ISLANDS|GPE|Canary Islands]]\n"
        "[[Madrid|GPE]], [[2 January 2025|D|2025-01-02]]\n\n"
        "Key figures, [[2024|D|2024]]\n"
        "-- People reaching the [[Canary Islands|GPE]] by sea: [[46,843|count|46843|person]], up "
        "[[17.4%|percent|17.4|%]] on [[2023|D|2023]]\n"
        "-- Boats attended by our teams: [[more than 700|count|700|boat]]\n"
        "-- Arrivals on [[El Hierro|GPE]], an island of [[11,800|count|11800|inhabitant]] inhabitants: "
        "[[23,700|count|23700|person]]\n"
        "-- Volunteers deployed on the islands: [[about 1,900|count|1900|volunteer]]\n\n"
        "The [[Spanish Red Cross|ORG]] said [[today|D|2025-01-02]] that [[2024|D|2024]] had been the year "
        "with the most arrivals on the Atlantic route since records began, beating the "
        "[[39,910|count|39910|person]] people of [[2023|D|2023]] and the [[31,678|count|31678|person]] of "
        "[[2006|D|2006]].\n\n"
        "Most boats left from [[Mauritania|GPE]], [[Senegal|GPE]] and [[Gambia|GPE|The Gambia]], and "
        "[[Malians|NORP|Malian]] fleeing the conflict in the [[Sahel|LOC]] were the largest group. Some "
        "boats spent [[more than ten days|D|P10D]] at sea.\n\n"
        "President [[María del Mar Pageo|PERSON]] said: “Behind each number is a person who has risked "
        "everything on the most dangerous sea route to [[Europe|LOC]]. Our volunteers saw too many people "
        "arrive exhausted and ill in [[2024|D|2024]].”\n\n"
        "The organisation [[Caminando Fronteras|ORG]] estimates that [[10,457|count|10457|person]] people died "
        "or went missing trying to reach [[Spain|GPE]] by sea [[last year|D|2024]], "
        "[[9,757|count|9757|person]] of them on the Atlantic route.\n\n"
        "[[Canary Islands|GPE]] President [[Fernando Clavijo|PERSON]] called for the compulsory transfer of "
        "unaccompanied minors to other regions; [[about 5,500|count|5500|minor]] minors are in the care of "
        "the islands.\n\n"
        "The [[Red Cross|ORG|Spanish Red Cross]] urged the [[European Union|ORG]] to open safe and legal routes and to fund search "
        "and rescue off [[West Africa|LOC]].",
        [
            ("Spanish Red Cross", "say", "2024 had been the year with the most arrivals on the Atlantic route "
             "since records began, beating the 39,910 people of 2023 and the 31,678 of 2006", False),
            ("María del Mar Pageo", "say", "Behind each number is a person who has risked everything on the most "
             "dangerous sea route to Europe. Our volunteers saw too many people arrive exhausted and ill in "
             "2024.", True),
            ("Caminando Fronteras", "estimate", "10,457 people died or went missing trying to reach Spain by sea "
             "last year, 9,757 of them on the Atlantic route", False),
            ("Fernando Clavijo", "call for", "the compulsory transfer of unaccompanied minors to other regions",
             False),
            ("Spanish Red Cross", "urge", "the European Union to open safe and legal routes and to fund search "
             "and rescue off West Africa", False),
        ],
    ),
    (
        "own57-ho-06", "senegal-finance-ministry-audit-statement", "2025-02-13", "2025-02-13",
        "From: [[Ministry of Finance and Budget|ORG|Ministry of Finance and Budget (Senegal)]], "
        "[[Republic of Senegal|GPE|Senegal]]\n"
        "[[Dakar|GPE]], [[13 February 2025|D|2025-02-13]]\n\n"
        "STATEMENT ON THE [[COURT OF AUDITORS|ORG|Court of Auditors (Senegal)]] REPORT ON PUBLIC FINANCES\n\n"
        "The Government of [[Senegal|GPE]] takes note of the report on the state of public finances for "
        "[[2019-2023|D|2019/2023]] published [[yesterday|D|2025-02-12]] by the "
        "[[Court of Auditors|ORG|Court of Auditors (Senegal)]].\n\n"
        "The [[Court|ORG|Court of Auditors (Senegal)]] found that central government debt stood at "
        "[[99.67 percent|percent|99.67|%]] of gross domestic product at the end of [[2023|D|2023]], against "
        "[[74.41 percent|percent|74.41|%]] in the figures published by the previous government, and that "
        "the budget deficit for [[2023|D|2023]] was [[12.3 percent|percent|12.3|%]], not "
        "[[4.9 percent|percent|4.9|%]].\n\n"
        "Key findings\n"
        "-- Outstanding debt, end-[[2023|D|2023]]: [[XOF 18,558 billion|money|18558000000000|XOF]]\n"
        "-- Debts missing from the accounts: [[about 2,500 billion CFA francs|money|2500000000000|XOF]] "
        "([[about US$4 billion|money|4000000000|USD]])\n"
        "-- Bank accounts held outside the treasury: [[more than 30|count|30|account]]\n\n"
        "Minister of Finance and Budget [[Cheikh Diba|PERSON]] said the government would not hide behind the "
        "findings. “The truth about our accounts is the [[first|ordinal|1]] step towards restoring trust,” he "
        "said.\n\n"
        "[[Diba|PERSON|Cheikh Diba]] announced that a quarterly public debt bulletin would be published from "
        "[[April|D|2025-04]] and that a draft amended finance law for [[2025|D|2025]] would go to the "
        "[[National Assembly|ORG|National Assembly (Senegal)]] by [[June|D|2025-06]].\n\n"
        "Prime Minister [[Ousmane Sonko|PERSON]] told deputies on [[Monday|D|2025-02-10]] that those "
        "responsible for the false figures would face justice.\n\n"
        "The [[International Monetary Fund|ORG]], which suspended its "
        "[[US$1.8 billion|money|1800000000|USD]] programme with [[Senegal|GPE]] in [[2024|D|2024]], said it "
        "would work with the authorities on a new programme and send a mission to [[Dakar|GPE]] within "
        "[[four weeks|D|P4W]].",
        [
            ("Court of Auditors (Senegal)", "find", "central government debt stood at 99.67 percent of gross "
             "domestic product at the end of 2023, against 74.41 percent in the figures published by the "
             "previous government, and that the budget deficit for 2023 was 12.3 percent, not 4.9 percent",
             False),
            ("Cheikh Diba", "say", "the government would not hide behind the findings", False),
            ("Cheikh Diba", "say", "The truth about our accounts is the first step towards restoring trust",
             True),
            ("Cheikh Diba", "announce", "a quarterly public debt bulletin would be published from April and that "
             "a draft amended finance law for 2025 would go to the National Assembly by June", False),
            ("Ousmane Sonko", "tell", "those responsible for the false figures would face justice", False),
            ("International Monetary Fund", "say", "it would work with the authorities on a new programme and "
             "send a mission to Dakar within four weeks", False),
        ],
    ),
    (
        "own57-ho-07", "valais-blatten-glacier-collapse", "2025-05-29", "2025-05-29",
        "[[CANTON OF VALAIS|GPE|Canton of Valais]]\n"
        "Press release of the cantonal crisis staff\n"
        "[[Sion|GPE]], [[29 May 2025|D|2025-05-29]]\n\n"
        "GLACIER COLLAPSE AT [[BLATTEN|GPE|Blatten]]\n\n"
        "Event: collapse of the [[Birch Glacier|LOC]] above [[Blatten|GPE]] ([[Lötschental|LOC]])\n"
        "Time: about 15:30 on [[28 May|D|2025-05-28]]\n"
        "Material deposited: [[about 9 million cubic metres|quantity|9000000|m3]] of ice, mud and rock\n"
        "Length of the debris cone: [[about 2 kilometres|quantity|2|km]]\n"
        "Residents evacuated since [[19 May|D|2025-05-19]]: [[about 300|count|300|resident]]\n"
        "Missing: [[one|count|1|person]] person\n\n"
        "The debris has dammed the [[Lonza|LOC|Lonza (river)]] river. State Councillor "
        "[[Stéphane Ganzer|PERSON]] told reporters in [[Wiler|GPE]] that the lake behind the debris was rising "
        "by [[about 80 centimetres|quantity|80|cm]] an hour and that parts of [[Wiler|GPE]] and "
        "[[Kippel|GPE]] had been evacuated as a precaution.\n\n"
        "“We have lost our village, but not our heart. We will rebuild,” said [[Blatten|GPE]] mayor "
        "[[Matthias Bellwald|PERSON]].\n\n"
        "The [[Federal Office for the Environment|ORG]] ([[FOEN|ORG|Federal Office for the Environment]]) "
        "warned that further rockfalls from the [[Kleines Nesthorn|LOC]] could not be ruled out.\n\n"
        "The [[Swiss Army|ORG|Swiss Armed Forces]] said it had sent [[two|count|2|helicopter]] helicopters, "
        "[[40|count|40|soldier]] soldiers and heavy pumps to the valley. [[Swiss|NORP]] President "
        "[[Karin Keller-Sutter|PERSON]] pledged federal support for the reconstruction of the valley.\n\n"
        "The canton has released [[CHF 5 million|money|5000000|CHF]] in emergency aid, and "
        "[[Swiss Solidarity|ORG]] opened a national appeal [[yesterday|D|2025-05-28]]. The road from "
        "[[Goppenstein|GPE]] into the valley will stay closed for [[at least a week|D|P1W]].\n\n"
        "Next update: [[30 May 2025|D|2025-05-30]], 10:00.",
        [
            ("Stéphane Ganzer", "tell", "the lake behind the debris was rising by about 80 centimetres an hour "
             "and that parts of Wiler and Kippel had been evacuated as a precaution", False),
            ("Matthias Bellwald", "say", "We have lost our village, but not our heart. We will rebuild", True),
            ("Federal Office for the Environment", "warn", "further rockfalls from the Kleines Nesthorn could not "
             "be ruled out", False),
            ("Swiss Armed Forces", "say", "it had sent two helicopters, 40 soldiers and heavy pumps to the valley",
             False),
            ("Karin Keller-Sutter", "pledge", "federal support for the reconstruction of the valley", False),
        ],
    ),
]
