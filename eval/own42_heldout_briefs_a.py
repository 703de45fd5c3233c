"""Held-out set 42 (blind): marked texts of briefs 01-07 and their statements (see
``build_own42_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own42-ho-01", "banxico-rate-decision", "2025-11-13", "2025-11-13",
        "[[BANCO DE MÉXICO|ORG|Bank of Mexico]]\n"
        "Monetary policy statement\n\n"
        "[[Mexico City|GPE]], [[November 13, 2025|D|2025-11-13]]\n\n"
        "The Governing Board of [[Banco de México|ORG|Bank of Mexico]] decided to lower the target for the "
        "overnight interbank interest rate by [[25 basis points|percent|0.25|pp]] to [[7.25%|percent|7.25|%]], "
        "effective [[November 14, 2025|D|2025-11-14]]. The decision was taken by a majority of "
        "[[four|count|4|member]] members; Deputy Governor [[Jonathan Heath|PERSON]] voted to hold the rate at "
        "[[7.50%|percent|7.5|%]].\n\n"
        "Annual headline inflation stood at [[3.57%|percent|3.57|%]] in [[October|D|2025-10]], down from "
        "[[3.76%|percent|3.76|%]] in [[September|D|2025-09]], while core inflation was "
        "[[4.28%|percent|4.28|%]]. The [[Bank|ORG|Bank of Mexico]] noted that the peso had appreciated "
        "[[about 12%|percent|12|%]] against the [[US|GPE|United States]] dollar so far [[this year|D|2025]] and "
        "that economic activity contracted [[0.3%|percent|0.3|%]] in [[the third quarter|D|2025-07/2025-09]].\n\n"
        "[[Banco de México|ORG|Bank of Mexico]] expects headline inflation to converge to the "
        "[[3%|percent|3|%]] target in [[the third quarter of 2026|D|2026-07/2026-09]]. It warned that trade "
        "tensions with the [[United States|GPE]], and the review of the "
        "[[USMCA|LAW|United States–Mexico–Canada Agreement]] scheduled for [[July 2026|D|2026-07]], remain the "
        "main risks to the outlook.\n\n"
        "Governor [[Victoria Rodríguez Ceja|PERSON]] told senators on [[Tuesday|D|2025-11-11]] that “the "
        "central bank will act with prudence, but the room for further easing is narrowing.”\n\n"
        "In a separate note, [[Heath|PERSON|Jonathan Heath]] argued that a pause would have protected the "
        "[[Bank|ORG|Bank of Mexico]]’s credibility, since core inflation had stayed above "
        "[[4%|percent|4|%]] for too long.\n\n"
        "Since the easing cycle began in [[March 2024|D|2024-03]], the reference rate has been cut by a total of "
        "[[400 basis points|percent|4|pp]], from [[11.25%|percent|11.25|%]]. The next monetary policy "
        "announcement will be published on [[December 18, 2025|D|2025-12-18]].",
        [
            ("Bank of Mexico", "note", "the peso had appreciated about 12% against the US dollar so far this "
             "year and that economic activity contracted 0.3% in the third quarter", False),
            ("Bank of Mexico", "expect", "headline inflation to converge to the 3% target in the third quarter "
             "of 2026", False),
            ("Bank of Mexico", "warn", "trade tensions with the United States, and the review of the USMCA "
             "scheduled for July 2026, remain the main risks to the outlook", False),
            ("Victoria Rodríguez Ceja", "tell", "the central bank will act with prudence, but the room for "
             "further easing is narrowing.", True),
            ("Jonathan Heath", "argue", "a pause would have protected the Bank’s credibility, since core "
             "inflation had stayed above 4% for too long", False),
        ],
    ),
    (
        "own42-ho-02", "gss-cpi", "2025-12-03", "2025-12-03",
        "[[GHANA STATISTICAL SERVICE|ORG|Ghana Statistical Service]]\n"
        "PRESS RELEASE: CONSUMER PRICE INDEX, [[NOVEMBER 2025|D|2025-11]]\n\n"
        "[[Accra|GPE]], [[3 December 2025|D|2025-12-03]]\n\n"
        "[[Ghana|GPE]]’s year-on-year consumer price inflation eased to [[6.3 per cent|percent|6.3|%]] in "
        "[[November 2025|D|2025-11]], from [[8.0 per cent|percent|8|%]] in [[October|D|2025-10]], the "
        "[[eleventh|ordinal|11]] consecutive monthly decline. Month-on-month, prices rose "
        "[[0.4 per cent|percent|0.4|%]].\n\n"
        "Key points:\n"
        "• Food inflation: [[5.7 per cent|percent|5.7|%]] ([[October|D|2025-10]]: [[7.5 per cent|percent|7.5|%]])\n"
        "• Non-food inflation: [[6.8 per cent|percent|6.8|%]] ([[October|D|2025-10]]: "
        "[[8.4 per cent|percent|8.4|%]])\n"
        "• Imported items: [[4.1 per cent|percent|4.1|%]]; local items: [[7.2 per cent|percent|7.2|%]]\n\n"
        "Government Statistician Dr [[Alhassan Iddrisu|PERSON]] told journalists in [[Accra|GPE]] that the "
        "stronger cedi, which has gained [[about 30 per cent|percent|30|%]] against the [[US|GPE|United States]] "
        "dollar [[this year|D|2025]], had cut the cost of imported food and fuel. “Households are beginning "
        "to feel the relief,” he said.\n\n"
        "He added that inflation was now within the [[Bank of Ghana|ORG]]’s target band of "
        "[[8 per cent|percent|8|%]], plus or minus [[2 percentage points|percent|2|pp]], for the "
        "[[first|ordinal|1]] time since [[2021|D|2021]].\n\n"
        "By region, the [[Upper East Region|GPE]] recorded the highest inflation at "
        "[[11.9 per cent|percent|11.9|%]] and [[Greater Accra|GPE|Greater Accra Region]] the lowest at "
        "[[3.2 per cent|percent|3.2|%]]. Of the [[16|count|16|region]] regions, [[12|count|12|region]] "
        "recorded single-digit rates.\n\n"
        "The [[Bank of Ghana|ORG]], which cut its policy rate by [[350 basis points|percent|3.5|pp]] to "
        "[[18.0 per cent|percent|18|%]] [[last month|D|2025-11]], meets again in [[January|D|2026-01]]. "
        "Finance Minister [[Cassiel Ato Forson|PERSON]] has projected that inflation will end [[2025|D|2025]] "
        "at [[around 8 per cent|percent|8|%]].\n\n"
        "The index for [[December 2025|D|2025-12]] will be released on "
        "[[Wednesday, 7 January 2026|D|2026-01-07]].",
        [
            ("Alhassan Iddrisu", "tell", "the stronger cedi, which has gained about 30 per cent against the US "
             "dollar this year, had cut the cost of imported food and fuel", False),
            ("Alhassan Iddrisu", "say", "Households are beginning to feel the relief", True),
            ("Alhassan Iddrisu", "add", "inflation was now within the Bank of Ghana’s target band of 8 per "
             "cent, plus or minus 2 percentage points, for the first time since 2021", False),
            ("Cassiel Ato Forson", "project", "inflation will end 2025 at around 8 per cent", False),
        ],
    ),
    (
        "own42-ho-03", "autorite-concurrence-fine", "2025-03-31", "2025-03-31",
        "Press release – [[31 March 2025|D|2025-03-31]]\n\n"
        "Mobile applications: the [[Autorité de la concurrence|ORG]] fines [[Apple|ORG|Apple Inc.]] "
        "[[€150 million|money|150000000|EUR]]\n\n"
        "[[Paris|GPE]], [[31 March 2025|D|2025-03-31]]\n\n"
        "The [[Autorité de la concurrence|ORG]] has imposed a fine of [[€150,000,000|money|150000000|EUR]] on "
        "[[Apple|ORG|Apple Inc.]] and [[Apple Distribution International|ORG]] for abusing a dominant position in "
        "the distribution of mobile applications on [[iOS|PRODUCT]] and [[iPadOS|PRODUCT]] devices "
        "[[between April 2021 and July 2023|D|2021-04/2023-07]].\n\n"
        "The [[Autorité|ORG|Autorité de la concurrence]] found that the way [[Apple|ORG|Apple Inc.]] "
        "collected users’ consent to tracking by third-party apps was neither necessary nor proportionate. "
        "Smaller publishers, which depend on advertising to fund their apps, were penalised most.\n\n"
        "“Protecting privacy is a legitimate goal, but it cannot be pursued through rules that are applied "
        "more strictly to others than to [[Apple|ORG|Apple Inc.]] itself,” said [[Benoît Cœuré|PERSON]], "
        "President of the [[Autorité|ORG|Autorité de la concurrence]].\n\n"
        "Key facts\n"
        "-- Complaints filed in [[October 2020|D|2020-10]] by [[four|count|4|association]] associations of "
        "online advertisers and publishers.\n"
        "-- Duration of the practice: [[27 months|D|P27M]].\n"
        "-- Fine: [[€150 million|money|150000000|EUR]], based on the value of sales in [[France|GPE]].\n"
        "-- [[Apple|ORG|Apple Inc.]] must publish a summary of the decision on its [[French|NORP]] website for "
        "[[seven days|D|P7D]].\n\n"
        "The [[Autorité|ORG|Autorité de la concurrence]] stated that it did not require the company to "
        "withdraw its consent prompt, only to change the way consent is collected. In a statement, "
        "[[Apple|ORG|Apple Inc.]] said it was disappointed by the decision. The company noted that its privacy "
        "tools had been welcomed by consumers and by privacy advocates across [[Europe|LOC]].\n\n"
        "The decision follows an opinion of the [[Commission nationale de l'informatique et des "
        "libertés|ORG]] ([[CNIL|ORG|Commission nationale de l'informatique et des libertés]]). "
        "[[Apple|ORG|Apple Inc.]] may appeal to the [[Paris Court of Appeal|ORG]] within "
        "[[one month|D|P1M]].",
        [
            ("Autorité de la concurrence", "find", "the way Apple collected users’ consent to tracking by "
             "third-party apps was neither necessary nor proportionate", False),
            ("Benoît Cœuré", "say", "Protecting privacy is a legitimate goal, but it cannot be pursued through "
             "rules that are applied more strictly to others than to Apple itself", True),
            ("Autorité de la concurrence", "state", "it did not require the company to withdraw its consent "
             "prompt, only to change the way consent is collected", False),
            ("Apple Inc.", "say", "it was disappointed by the decision", False),
            ("Apple Inc.", "note", "its privacy tools had been welcomed by consumers and by privacy advocates "
             "across Europe", False),
        ],
    ),
    (
        "own42-ho-04", "iom-sudan-flash", "2025-11-04", "2025-11-04",
        "[[IOM|ORG|International Organization for Migration]] [[Sudan|GPE]]: displacement from "
        "[[El Fasher|GPE]] tops [[80,000|count|80000|person]]\n"
        "[[Port Sudan|GPE]] / [[Geneva|GPE]], [[4 November 2025|D|2025-11-04]]\n\n"
        "Date of update: [[4 November 2025|D|2025-11-04]]\n"
        "Area: [[North Darfur State|GPE|North Darfur]], [[Sudan|GPE]]\n"
        "Displaced since [[26 October|D|2025-10-26]]: [[about 82,000|count|82000|person]] people\n"
        "Main destinations: [[Tawila|GPE]] ([[about 35,000|count|35000|person]]), [[Kutum|GPE]], "
        "[[Kabkabiya|GPE]], [[Mellit|GPE]] and eastern [[Chad|GPE]]\n\n"
        "The [[International Organization for Migration|ORG]] ([[IOM|ORG|International Organization for "
        "Migration]]) estimates that [[more than 82,000|count|82000|person]] people have fled "
        "[[El Fasher|GPE]] and nearby villages since the [[Rapid Support Forces|ORG]] "
        "([[RSF|ORG|Rapid Support Forces]]) took control of the city on [[26 October|D|2025-10-26]], after an "
        "[[18-month|D|P18M]] siege. Most arrive on foot after walking for [[three|D|P3D]] to "
        "[[four days|D|P4D]].\n\n"
        "“What we are hearing from people arriving in [[Tawila|GPE]] is harrowing,” said [[IOM|ORG|"
        "International Organization for Migration]] Director General [[Amy Pope|PERSON]]. “Families have been "
        "separated, and many have walked [[more than 60 kilometres|quantity|60|km]] with nothing.”\n\n"
        "[[IOM|ORG|International Organization for Migration]] warned that water supplies in "
        "[[Tawila|GPE]] had fallen to [[less than 5 litres|quantity|5|l]] per person per day, well below the "
        "emergency standard of [[15 litres|quantity|15|l]].\n\n"
        "Since [[last week|D|2025-W44]], the [[Organization|ORG|International Organization for Migration]] has "
        "delivered [[2,400|count|2400|tent]] tents and [[1,800|count|1800|jerrycan]] jerrycans, and it plans to "
        "distribute [[a further 10,000|count|10000|tent]] tents by [[30 November|D|2025-11-30]]. It called for "
        "[[US$ 35 million|money|35000000|USD]] to scale up its response in [[Darfur|LOC]] and "
        "[[Kordofan|LOC]] over [[the next three months|D|2025-11-04/2026-02-04]].\n\n"
        "[[Sudan|GPE]] remains the world’s largest displacement crisis, with "
        "[[nearly 12 million|count|12000000|person]] people uprooted inside and outside the country, "
        "according to [[IOM|ORG|International Organization for Migration]].",
        [
            ("International Organization for Migration", "estimate", "more than 82,000 people have fled El "
             "Fasher and nearby villages since the Rapid Support Forces (RSF) took control of the city on 26 "
             "October, after an 18-month siege", False),
            ("Amy Pope", "say", "What we are hearing from people arriving in Tawila is harrowing", True),
            ("Amy Pope", "say", "Families have been separated, and many have walked more than 60 kilometres "
             "with nothing.", True),
            ("International Organization for Migration", "warn", "water supplies in Tawila had fallen to less "
             "than 5 litres per person per day, well below the emergency standard of 15 litres", False),
            ("International Organization for Migration", "plan", "distribute a further 10,000 tents by 30 "
             "November", False),
            ("International Organization for Migration", "call for", "US$ 35 million to scale up its response "
             "in Darfur and Kordofan over the next three months", False),
            ("International Organization for Migration", "according to", "Sudan remains the world’s largest "
             "displacement crisis, with nearly 12 million people uprooted inside and outside the country",
             False),
        ],
    ),
    (
        "own42-ho-05", "safaricom-half-year", "2025-11-06", "2025-11-06",
        "[[SAFARICOM PLC|ORG|Safaricom]]\n"
        "Half-year results for the period ended [[30 September 2025|D|2025-09-30]]\n"
        "[[Nairobi|GPE]], [[Kenya|GPE]], [[6 November 2025|D|2025-11-06]]\n\n"
        "[[Safaricom PLC|ORG|Safaricom]] ([[NSE|ORG|Nairobi Securities Exchange]]: SCOM) [[today|D|2025-11-06]] "
        "reported group service revenue of [[KShs 199.2 billion|money|199200000000|KES]] for "
        "[[H1 FY26|D|2025-04/2025-09]], up [[10.1%|percent|10.1|%]] year on year, and net income of "
        "[[KShs 42.8 billion|money|42800000000|KES]].\n\n"
        "Highlights ([[Kenya|GPE]]):\n"
        "• [[M-PESA|PRODUCT|M-Pesa]] revenue: [[KShs 88.1 billion|money|88100000000|KES]], up "
        "[[14.2%|percent|14.2|%]]\n"
        "• Mobile data revenue: [[KShs 36.5 billion|money|36500000000|KES]], up [[9.8%|percent|9.8|%]]\n"
        "• [[One-month|D|P1M]] active customers: [[37.9 million|count|37900000|customer]]\n"
        "• 4G sites: [[7,230|count|7230|site]], covering [[98%|percent|98|%]] of the population\n\n"
        "[[Safaricom Ethiopia|ORG]] grew its customer base to [[10.8 million|count|10800000|customer]], and its "
        "losses narrowed by [[28%|percent|28|%]], although the weaker birr cut reported revenue by "
        "[[ETB 1.9 billion|money|1900000000|ETB]].\n\n"
        "“We have delivered double-digit growth while we continue to invest in [[Ethiopia|GPE]],” said Chief "
        "Executive Officer [[Peter Ndegwa|PERSON]]. “Our ambition is to be a purpose-led technology company "
        "by [[2030|D|2030]].”\n\n"
        "[[Ndegwa|PERSON|Peter Ndegwa]] added that the company would spend "
        "[[about KShs 60 billion|money|60000000000|KES]] on its networks in the full year, roughly a third of "
        "it in [[Ethiopia|GPE]].\n\n"
        "Chief Financial Officer [[Dilip Pal|PERSON]] said the board had declared an interim dividend of "
        "[[KShs 0.85|money|0.85|KES]] per share, payable on or before [[31 March 2026|D|2026-03-31]].\n\n"
        "The company expects full-year earnings before interest and tax of "
        "[[KShs 160 billion|money|160000000000|KES]] to [[KShs 165 billion|money|165000000000|KES]] in "
        "[[Kenya|GPE]].",
        [
            ("Safaricom", "report", "group service revenue of KShs 199.2 billion for H1 FY26, up 10.1% year on "
             "year, and net income of KShs 42.8 billion", False),
            ("Peter Ndegwa", "say", "We have delivered double-digit growth while we continue to invest in "
             "Ethiopia", True),
            ("Peter Ndegwa", "say", "Our ambition is to be a purpose-led technology company by 2030.", True),
            ("Peter Ndegwa", "add", "the company would spend about KShs 60 billion on its networks in the full "
             "year, roughly a third of it in Ethiopia", False),
            ("Dilip Pal", "say", "the board had declared an interim dividend of KShs 0.85 per share, payable on "
             "or before 31 March 2026", False),
            ("Safaricom", "expect", "full-year earnings before interest and tax of KShs 160 billion to KShs 165 "
             "billion in Kenya", False),
        ],
    ),
    (
        "own42-ho-06", "cpsc-recall", "2025-06-12", "2025-06-12",
        "[[Anker Innovations|ORG]] Recalls Power Banks Due to Fire and Burn Hazards\n\n"
        "Recall Date: [[June 12, 2025|D|2025-06-12]]\n"
        "Recall Number: 25-350\n\n"
        "Name of Product: [[Anker|ORG|Anker Innovations]] [[PowerCore 10000|PRODUCT|Anker PowerCore 10000]] "
        "power banks\n"
        "Hazard: The lithium-ion battery can overheat, posing fire and burn hazards.\n"
        "Remedy: Refund\n"
        "Units: [[About 1,158,000|count|1158000|unit]] (in addition, [[about 35,000|count|35000|unit]] were "
        "sold in [[Canada|GPE]])\n"
        "Sold At: [[Amazon.com|ORG|Amazon (company)]], [[Newegg.com|ORG|Newegg]] and "
        "[[eBay.com|ORG|eBay]] from [[June 2016 through December 2022|D|2016-06/2022-12]] for between "
        "[[$20|money|20|USD]] and [[$40|money|40|USD]]\n"
        "Manufactured In: [[China|GPE]]\n\n"
        "The [[U.S. Consumer Product Safety Commission|ORG]] ([[CPSC|ORG|U.S. Consumer Product Safety "
        "Commission]]) announced [[today|D|2025-06-12]] that consumers should immediately stop using the "
        "recalled power banks, which have model number A1263, measure [[about 3.6 inches|quantity|3.6|in]] "
        "and weigh [[180 grams|quantity|180|g]].\n\n"
        "[[Anker|ORG|Anker Innovations]] has received [[19|count|19|report]] reports of fires and explosions, "
        "including [[two|count|2|report]] reports of minor burns, and property damage of "
        "[[more than $60,700|money|60700|USD]].\n\n"
        "“Lithium-ion batteries store a lot of energy in a small space. If your power bank is on this list, "
        "stop using it [[today|D|2025-06-12]],” said Acting Chairman [[Peter A. Feldman|PERSON]]. He urged "
        "consumers to check the model number printed on the back of their power bank.\n\n"
        "[[Anker|ORG|Anker Innovations]] said the affected cells came from a single supplier. The company "
        "pledged to refund every consumer who returns a recalled unit and to dispose of the returned units "
        "safely.",
        [
            ("U.S. Consumer Product Safety Commission", "announce", "consumers should immediately stop using "
             "the recalled power banks, which have model number A1263, measure about 3.6 inches and weigh 180 "
             "grams", False),
            ("Peter A. Feldman", "say", "Lithium-ion batteries store a lot of energy in a small space. If your "
             "power bank is on this list, stop using it today", True),
            ("Peter A. Feldman", "urge", "consumers to check the model number printed on the back of their "
             "power bank", False),
            ("Anker Innovations", "say", "the affected cells came from a single supplier", False),
            ("Anker Innovations", "pledge", "refund every consumer who returns a recalled unit and to dispose of "
             "the returned units safely", False),
        ],
    ),
    (
        "own42-ho-07", "jamaica-opm-hurricane", "2025-11-03", "2025-11-03",
        "[[OFFICE OF THE PRIME MINISTER|ORG|Office of the Prime Minister (Jamaica)]]\n"
        "[[Kingston|GPE]], [[Jamaica|GPE]] – [[November 3, 2025|D|2025-11-03]]\n\n"
        "[[HURRICANE MELISSA|EVENT|Hurricane Melissa]]: GOVERNMENT UPDATE\n\n"
        "The Government of [[Jamaica|GPE]] [[today|D|2025-11-03]] confirmed that "
        "[[32|count|32|person]] people have died as a result of [[Hurricane Melissa|EVENT]], which made "
        "landfall near [[New Hope|GPE]], [[Westmoreland|GPE|Westmoreland Parish]], on "
        "[[October 28|D|2025-10-28]] as a Category 5 storm with sustained winds of "
        "[[185 miles per hour|quantity|185|mph]].\n\n"
        "Excerpt from the press briefing at [[Jamaica House|FAC]]:\n\n"
        "PRIME MINISTER [[HOLNESS|PERSON|Andrew Holness]]: [[Westmoreland|GPE|Westmoreland Parish]], "
        "[[St Elizabeth|GPE|Saint Elizabeth Parish]] and [[Trelawny|GPE|Trelawny Parish]] have been devastated. "
        "[[More than 120,000|count|120000|home]] homes were damaged, and [[about 77 per cent|percent|77|%]] of "
        "electricity customers are still without power.\n\n"
        "QUESTION: When will the airports reopen?\n\n"
        "PRIME MINISTER [[HOLNESS|PERSON|Andrew Holness]]: [[Sangster International|FAC|Sangster International "
        "Airport]] in [[Montego Bay|GPE]] reopened for relief flights on [[Thursday|D|2025-10-30]], and we "
        "expect commercial flights to resume [[next week|D|2025-W46]].\n\n"
        "Finance and recovery\n"
        "Finance Minister [[Fayval Williams|PERSON]] said the country’s catastrophe bond would pay out its full "
        "[[US$150 million|money|150000000|USD]], and that a further [[US$92 million|money|92000000|USD]] was "
        "expected from [[CCRIF SPC|ORG|Caribbean Catastrophe Risk Insurance Facility]]. She estimated the "
        "damage at between [[US$6|money|6000000000|USD]] and [[US$7 billion|money|7000000000|USD]], roughly a "
        "third of gross domestic product.\n\n"
        "The [[Office of Disaster Preparedness and Emergency Management|ORG]] "
        "([[ODPEM|ORG|Office of Disaster Preparedness and Emergency Management]]) warned that "
        "[[more than 15,000|count|15000|person]] people remained in [[380|count|380|shelter]] shelters and "
        "urged residents not to return to flooded areas.\n\n"
        "[[Jamaica Public Service|ORG|Jamaica Public Service Company]] pledged to restore power to "
        "[[70 per cent|percent|70|%]] of customers by [[November 30|D|2025-11-30]]. Prime Minister "
        "[[Andrew Holness|PERSON]] announced a [[J$10 billion|money|10000000000|JMD]] relief package, including "
        "cash grants of [[J$40,000|money|40000|JMD]] per household.",
        [
            ("Jamaica", "confirm", "32 people have died as a result of Hurricane Melissa, which made landfall "
             "near New Hope, Westmoreland, on October 28 as a Category 5 storm with sustained winds of 185 miles "
             "per hour", False),
            ("Fayval Williams", "say", "the country’s catastrophe bond would pay out its full US$150 million, and "
             "that a further US$92 million was expected from CCRIF SPC", False),
            ("Fayval Williams", "estimate", "the damage at between US$6 and US$7 billion, roughly a third of "
             "gross domestic product", False),
            ("Office of Disaster Preparedness and Emergency Management", "warn", "more than 15,000 people "
             "remained in 380 shelters", False),
            ("Office of Disaster Preparedness and Emergency Management", "urge", "residents not to return to "
             "flooded areas", False),
            ("Jamaica Public Service Company", "pledge", "restore power to 70 per cent of customers by November "
             "30", False),
            ("Andrew Holness", "announce", "a J$10 billion relief package, including cash grants of J$40,000 per "
             "household", False),
        ],
    ),
]
