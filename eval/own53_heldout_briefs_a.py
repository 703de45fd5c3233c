"""Held-out set 53 (blind): marked texts of briefs 01-07 and their statements (see
``build_own53_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own53-ho-01", "national-bank-of-georgia-rate", "2025-10-29", "2025-10-29",
        "[[NATIONAL BANK OF GEORGIA|ORG|National Bank of Georgia]]\n"
        "[[Tbilisi|GPE]], [[29 October 2025|D|2025-10-29]]\n\n"
        "MONETARY POLICY COMMITTEE KEEPS REFINANCING RATE AT [[8%|percent|8|%]]\n\n"
        "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (National Bank of Georgia)]] of the "
        "[[National Bank of Georgia|ORG]] decided [[today|D|2025-10-29]] to keep the refinancing rate unchanged "
        "at [[8 percent|percent|8|%]].\n\n"
        "-- Annual inflation, [[September 2025|D|2025-09]]: [[4.8%|percent|4.8|%]] (target: [[3%|percent|3|%]])\n"
        "-- Real GDP growth, [[January-September 2025|D|2025-01/2025-09]]: [[7.7%|percent|7.7|%]]\n"
        "-- Official reserves: [[US$5.1 billion|money|5100000000|USD]], a record\n"
        "-- Exchange rate: [[GEL 2.71|money|2.71|GEL]] per [[U.S.|GPE|United States]] dollar\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (National Bank of Georgia)]] noted that inflation had "
        "risen above the target mainly because of food prices, which climbed [[9.5 percent|percent|9.5|%]] in "
        "annual terms. It expects inflation to ease towards [[3 percent|percent|3|%]] in "
        "[[the second half of 2026|D|2026-07/2026-12]], as the effect of food and import prices fades.\n\n"
        "Governor [[Natia Turnava|PERSON]] told reporters that the lari had been broadly stable and that the "
        "[[Bank|ORG|National Bank of Georgia]] had bought [[more than US$1.5 billion|money|1500000000|USD]] on "
        "the foreign exchange market since [[January|D|2025-01]]. “We will keep policy tight for as long as "
        "inflation expectations remain above target,” she said.\n\n"
        "[[Turnava|PERSON|Natia Turnava]] added that credit growth, at [[17 percent|percent|17|%]], was still "
        "strong and that the [[Committee|ORG|Monetary Policy Committee (National Bank of Georgia)]] would "
        "consider tighter limits on consumer loans.\n\n"
        "The [[International Monetary Fund|ORG]] estimates that [[Georgia|GPE]]’s economy will grow "
        "[[7.2 percent|percent|7.2|%]] in [[2025|D|2025]], among the fastest rates in [[Europe|LOC]] and "
        "[[Central Asia|LOC]].\n\n"
        "The next meeting of the [[Committee|ORG|Monetary Policy Committee (National Bank of Georgia)]] will "
        "be held on [[10 December 2025|D|2025-12-10]].",
        [
            ("Monetary Policy Committee (National Bank of Georgia)", "note", "inflation had risen above the target "
             "mainly because of food prices, which climbed 9.5 percent in annual terms", False),
            ("Monetary Policy Committee (National Bank of Georgia)", "expect", "inflation to ease towards 3 percent "
             "in the second half of 2026, as the effect of food and import prices fades", False),
            ("Natia Turnava", "tell", "the lari had been broadly stable and that the Bank had bought more than "
             "US$1.5 billion on the foreign exchange market since January", False),
            ("Natia Turnava", "say", "We will keep policy tight for as long as inflation expectations remain above "
             "target", True),
            ("Natia Turnava", "add", "credit growth, at 17 percent, was still strong and that the Committee would "
             "consider tighter limits on consumer loans", False),
            ("International Monetary Fund", "estimate", "Georgia’s economy will grow 7.2 percent in 2025, among "
             "the fastest rates in Europe and Central Asia", False),
        ],
    ),
    (
        "own53-ho-02", "ubos-census-final-results", "2024-12-19", "2024-12-19",
        "From: [[Uganda Bureau of Statistics|ORG]] ([[UBOS|ORG|Uganda Bureau of Statistics]])\n"
        "[[Kampala|GPE]], [[19 December 2024|D|2024-12-19]]\n\n"
        "CENSUS FINAL RESULTS: [[UGANDA|GPE|Uganda]] COUNTS [[45.9 MILLION|count|45900000|person]] PEOPLE\n\n"
        "[[Uganda|GPE]]’s population stood at [[45,905,417|count|45905417|person]] on census night, "
        "[[9 May 2024|D|2024-05-09]], up from [[34.6 million|count|34600000|person]] in the [[2014|D|2014]] "
        "census, the [[Uganda Bureau of Statistics|ORG]] announced [[today|D|2024-12-19]].\n\n"
        "Key results\n"
        "• Average annual growth, [[2014-2024|D|2014/2024]]: [[2.9%|percent|2.9|%]]\n"
        "• Women: [[23.5 million|count|23500000|woman]]; men: [[22.4 million|count|22400000|man]]\n"
        "• Households: [[10.7 million|count|10700000|household]], with an average of "
        "[[4.3|count|4.3|person]] persons\n"
        "• Refugees counted: [[about 1.6 million|count|1600000|refugee]]\n\n"
        "Population by region\n"
        "[[Central Region|GPE|Central Region, Uganda]]    [[14,839,000|count|14839000|person]]\n"
        "[[Eastern Region|GPE|Eastern Region, Uganda]]    [[12,450,000|count|12450000|person]]\n"
        "[[Western Region|GPE|Western Region, Uganda]]    [[9,431,000|count|9431000|person]]\n"
        "[[Northern Region|GPE|Northern Region, Uganda]]   [[9,185,000|count|9185000|person]]\n\n"
        "Executive Director [[Chris Mukiza|PERSON]] said the count had cost "
        "[[UGX 360 billion|money|360000000000|UGX]] and that [[more than 120,000|count|120000|enumerator]] "
        "enumerators had used tablets for the [[first|ordinal|1]] time. “Most of our people are young. "
        "That is our greatest asset and our greatest test,” he said.\n\n"
        "Minister of State for Planning [[Amos Lugoloobi|PERSON]] urged districts to use the figures when "
        "drawing up budgets for [[2025/26|D|2025-07/2026-06]].\n\n"
        "The [[United Nations Population Fund|ORG]] estimates that [[Uganda|GPE]] will pass "
        "[[60 million|count|60000000|person]] people by [[2040|D|2040]].\n\n"
        "[[Kampala|GPE]] remains the largest city, with [[1.8 million|count|1800000|resident]] residents, "
        "while neighbouring [[Wakiso|GPE|Wakiso District]] grew fastest. District tables will be published on "
        "[[15 January|D|2025-01-15]].",
        [
            ("Uganda Bureau of Statistics", "announce", "Uganda’s population stood at 45,905,417 on census night, "
             "9 May 2024, up from 34.6 million in the 2014 census", False),
            ("Chris Mukiza", "say", "the count had cost UGX 360 billion and that more than 120,000 enumerators "
             "had used tablets for the first time", False),
            ("Chris Mukiza", "say", "Most of our people are young. That is our greatest asset and our greatest test", True),
            ("Amos Lugoloobi", "urge", "districts to use the figures when drawing up budgets for 2025/26", False),
            ("United Nations Population Fund", "estimate", "Uganda will pass 60 million people by 2040", False),
        ],
    ),
    (
        "own53-ho-03", "phivolcs-kanlaon-bulletin", "2024-12-10", "2024-12-10",
        "KANLAON VOLCANO BULLETIN\n"
        "[[Philippine Institute of Volcanology and Seismology|ORG]] ([[PHIVOLCS|ORG|Philippine Institute of "
        "Volcanology and Seismology]])\n"
        "Issued: [[10 December 2024|D|2024-12-10]], 08:00 AM\n\n"
        "Alert Level: 3 (magmatic unrest)\n"
        "Volcanic earthquakes, [[9 December|D|2024-12-09]]: [[23|count|23|earthquake]]\n"
        "Sulfur dioxide emission: [[4,858 tonnes|quantity|4858|t]]/day\n"
        "Eruption plume: [[4,000 metres|quantity|4000|m]] above the crater\n"
        "Danger zone: [[6 kilometres|quantity|6|km]] around the summit\n\n"
        "[[Kanlaon Volcano|LOC]] on [[Negros Island|LOC]] erupted at 3:03 PM [[yesterday|D|2024-12-09]], "
        "sending pyroclastic density currents down its southern slopes, [[PHIVOLCS|ORG|Philippine Institute of "
        "Volcanology and Seismology]] said.\n\n"
        "Director [[Teresito Bacolcol|PERSON]] told a briefing that the eruption was larger than the one of "
        "[[3 June|D|2024-06-03]]. He warned that a more explosive eruption could follow and that lahars could "
        "reach villages in [[La Castellana|GPE]] if heavy rain fell.\n\n"
        "The [[Office of Civil Defense|ORG]] reported that [[about 45,000|count|45000|resident]] residents of "
        "[[La Castellana|GPE]], [[La Carlota City|GPE|La Carlota]] and [[Canlaon City|GPE|Canlaon]] had been "
        "moved to [[22|count|22|evacuation centre]] evacuation centres.\n\n"
        "Secretary of Science and Technology [[Renato Solidum|PERSON]] urged residents to wear masks against "
        "ashfall. [[Solidum|PERSON|Renato Solidum]] said the alert could be raised further if the summit "
        "swelled again.\n\n"
        "The [[Civil Aviation Authority of the Philippines|ORG]] cancelled [[six|count|6|flight]] flights "
        "between [[Manila|GPE]] and [[Bacolod|GPE]]. The [[Department of Social Welfare and Development|ORG]] "
        "said it had sent [[₱12 million|money|12000000|PHP]] worth of food packs to [[Negros "
        "Occidental|GPE]].\n\n"
        "Pilots should avoid flying close to the summit. The next bulletin will be issued at 08:00 AM "
        "[[tomorrow|D|2024-12-11]].",
        [
            ("Philippine Institute of Volcanology and Seismology", "say", "Kanlaon Volcano on Negros Island erupted "
             "at 3:03 PM yesterday, sending pyroclastic density currents down its southern slopes", False),
            ("Teresito Bacolcol", "tell", "the eruption was larger than the one of 3 June", False),
            ("Teresito Bacolcol", "warn", "a more explosive eruption could follow and that lahars could reach "
             "villages in La Castellana if heavy rain fell", False),
            ("Office of Civil Defense", "report", "about 45,000 residents of La Castellana, La Carlota City and "
             "Canlaon City had been moved to 22 evacuation centres", False),
            ("Renato Solidum", "urge", "residents to wear masks against ashfall", False),
            ("Renato Solidum", "say", "the alert could be raised further if the summit swelled again", False),
            ("Department of Social Welfare and Development", "say", "it had sent ₱12 million worth of food packs "
             "to Negros Occidental", False),
        ],
    ),
    (
        "own53-ho-04", "turkish-airlines-annual-results", "2025-03-05", "2025-03-05",
        "[[ISTANBUL|GPE|Istanbul]], [[5 March 2025|D|2025-03-05]] – [[Turkish Airlines|ORG]] [[today|D|2025-03-05]] "
        "announced its audited results for [[2024|D|2024]].\n\n"
        "Headline figures, [[2024|D|2024]]\n"
        "- Revenue: [[US$22.7 billion|money|22700000000|USD]], up [[8.3%|percent|8.3|%]]\n"
        "- Net profit: [[US$2.4 billion|money|2400000000|USD]] ([[TRY 79 billion|money|79000000000|TRY]])\n"
        "- Passengers carried: [[85.2 million|count|85200000|passenger]], up "
        "[[2.1 million|count|2100000|passenger]]\n"
        "- Passenger load factor: [[82.5%|percent|82.5|%]], up [[0.6 percentage points|percent|0.6|pp]]\n"
        "- Cargo carried by [[Turkish Cargo|ORG]]: [[1.9 million tonnes|quantity|1900000|t]]\n"
        "- Fleet at [[31 December 2024|D|2024-12-31]]: [[492|count|492|aircraft]] aircraft\n\n"
        "Chairman [[Ahmet Bolat|PERSON]] said: “Higher engine maintenance costs and the grounding of part of "
        "our fleet held back margins. Even so, we carried more passengers than ever.”\n\n"
        "[[Bolat|PERSON|Ahmet Bolat]] added that the airline would take delivery of "
        "[[about 40|count|40|aircraft]] new aircraft in [[2025|D|2025]], most of them "
        "[[Airbus A321neo|PRODUCT]] jets, and that its low-cost unit [[AJet|ORG]] would become a separate "
        "company.\n\n"
        "For [[2025|D|2025]], the company expects capacity to grow by [[8|percent|8|%]] to "
        "[[10%|percent|10|%]] and an EBITDAR margin of [[22|percent|22|%]] to [[24%|percent|24|%]].\n\n"
        "Chief Financial Officer [[Murat Şeker|PERSON]] told analysts that the fleet would reach "
        "[[813|count|813|aircraft]] aircraft by [[2033|D|2033]], the centenary year of the airline, and warned "
        "that engine shortages at [[Pratt & Whitney|ORG]] would keep some jets on the ground "
        "[[this year|D|2025]].\n\n"
        "Most international transfers run through [[Istanbul Airport|FAC]], which handled "
        "[[80 million|count|80000000|passenger]] passengers in [[2024|D|2024]], more than any other "
        "[[European|NORP]] airport except [[London Heathrow|FAC|Heathrow Airport]].",
        [
            ("Ahmet Bolat", "say", "Higher engine maintenance costs and the grounding of part of our fleet held "
             "back margins. Even so, we carried more passengers than ever.", True),
            ("Ahmet Bolat", "add", "the airline would take delivery of about 40 new aircraft in 2025, most of them "
             "Airbus A321neo jets, and that its low-cost unit AJet would become a separate company", False),
            ("Turkish Airlines", "expect", "capacity to grow by 8 to 10% and an EBITDAR margin of 22 to 24%", False),
            ("Murat Şeker", "tell", "the fleet would reach 813 aircraft by 2033, the centenary year of the airline",
             False),
            ("Murat Şeker", "warn", "engine shortages at Pratt & Whitney would keep some jets on the ground this "
             "year", False),
        ],
    ),
(
        "own53-ho-05", "sri-lanka-dmc-cyclone-ditwah", "2025-12-02", "2025-12-02",
        "[[DISASTER MANAGEMENT CENTRE|ORG|Disaster Management Centre (Sri Lanka)]]\n"
        "[[Ministry of Defence|ORG|Ministry of Defence (Sri Lanka)]], [[Sri Lanka|GPE]]\n"
        "SITUATION REPORT – [[CYCLONE DITWAH|EVENT|Cyclone Ditwah]]\n"
        "[[Colombo|GPE]], [[2 December 2025|D|2025-12-02]], 12:00\n\n"
        "[[Cyclone Ditwah|EVENT]] crossed the east coast near [[Trincomalee|GPE]] on "
        "[[28 November|D|2025-11-28]] and moved north-west across the island, bringing "
        "[[more than 300 millimetres|quantity|300|mm]] of rain to parts of the central hills.\n\n"
        "Impact (cumulative)\n"
        "Deaths: [[465|count|465|death]]\n"
        "Missing: [[366|count|366|person]]\n"
        "Affected people: [[1,467,000|count|1467000|person]]\n"
        "Houses fully destroyed: [[1,289|count|1289|house]]\n"
        "Houses partly damaged: [[44,570|count|44570|house]]\n"
        "People in safety centres: [[218,000|count|218000|person]] in [[1,380|count|1380|centre]] centres\n\n"
        "Most deaths occurred in landslides in the [[Kandy|GPE|Kandy District]], [[Badulla|GPE|Badulla "
        "District]] and [[Nuwara Eliya|GPE|Nuwara Eliya District]] districts, the [[DMC|ORG|Disaster "
        "Management Centre (Sri Lanka)]] said.\n\n"
        "President [[Anura Kumara Dissanayake|PERSON]], who declared a state of emergency on "
        "[[Saturday|D|2025-11-29]], told [[Parliament|ORG|Parliament of Sri Lanka]] that the cyclone was the "
        "largest natural disaster in the country’s history and that rebuilding would take years.\n\n"
        "Deputy Minister of Defence [[Aruna Jayasekara|PERSON]] said [[about 24,000|count|24000|troop]] troops "
        "and [[40|count|40|crew]] helicopter crews had been deployed. Cabinet spokesman [[Nalinda "
        "Jayatissa|PERSON]] announced that each affected family would receive [[Rs. 25,000|money|25000|LKR]] "
        "to clean their homes.\n\n"
        "The [[National Building Research Organisation|ORG]] warned that slopes in [[five|count|5|district]] "
        "districts remained unstable and urged residents not to return home before [[Thursday|D|2025-12-04]]. "
        "The [[Kelani|LOC|Kelani River]] river is still above major flood level in [[Colombo|GPE]].\n\n"
        "[[India|GPE]], [[Pakistan|GPE]] and [[Japan|GPE]] have sent relief supplies, and the "
        "[[World Bank|ORG]] expects to finance [[about US$200 million|money|200000000|USD]] of early "
        "repairs.\n\n"
        "The next report will be issued at 12:00 [[tomorrow|D|2025-12-03]].",
        [
            ("Disaster Management Centre (Sri Lanka)", "say", "Most deaths occurred in landslides in the Kandy, "
             "Badulla and Nuwara Eliya districts", False),
            ("Anura Kumara Dissanayake", "tell", "the cyclone was the largest natural disaster in the country’s "
             "history and that rebuilding would take years", False),
            ("Aruna Jayasekara", "say", "about 24,000 troops and 40 helicopter crews had been deployed", False),
            ("Nalinda Jayatissa", "announce", "each affected family would receive Rs. 25,000 to clean their homes",
             False),
            ("National Building Research Organisation", "warn", "slopes in five districts remained unstable",
             False),
            ("National Building Research Organisation", "urge", "residents not to return home before Thursday",
             False),
            ("World Bank", "expect", "finance about US$200 million of early repairs", False),
        ],
    ),
    (
        "own53-ho-06", "armenia-mfa-washington-peace", "2025-08-09", "2025-08-09",
        "From: [[Ministry of Foreign Affairs of the Republic of Armenia|ORG|Ministry of Foreign Affairs "
        "(Armenia)]]\n"
        "[[Yerevan|GPE]], [[9 August 2025|D|2025-08-09]]\n\n"
        "STATEMENT ON THE [[WASHINGTON|GPE|Washington, D.C.]] MEETING\n\n"
        "On [[8 August|D|2025-08-08]], at the [[White House|FAC]], Prime Minister [[Nikol Pashinyan|PERSON]] and "
        "President of [[Azerbaijan|GPE]] [[Ilham Aliyev|PERSON]] signed a joint declaration in the presence of "
        "[[U.S.|GPE|United States]] President [[Donald Trump|PERSON]]. Foreign Ministers [[Ararat "
        "Mirzoyan|PERSON]] and [[Jeyhun Bayramov|PERSON]] initialled the agreed text of the peace agreement, "
        "which has [[17|count|17|article]] articles.\n\n"
        "The [[Ministry of Foreign Affairs|ORG|Ministry of Foreign Affairs (Armenia)]] notes that the text "
        "ends [[more than three decades|D|P30Y]] of conflict and that both states recognise each other’s "
        "territorial integrity. The [[two|count|2|leader]] leaders also agreed to ask the [[Organization for Security and "
        "Co-operation in Europe|ORG]] to close the [[OSCE Minsk Group|ORG]], set up in [[1992|D|1992]].\n\n"
        "A transit route of [[about 43 kilometres|quantity|43|km]] through [[Syunik|GPE|Syunik Province]] will "
        "link [[Azerbaijan|GPE]] with its [[Nakhchivan|GPE|Nakhchivan Autonomous Republic]] exclave. "
        "[[Mirzoyan|PERSON|Ararat Mirzoyan]] told [[Armenian|NORP]] journalists that the route would remain "
        "under [[Armenian|NORP]] law, customs and border control.\n\n"
        "[[Pashinyan|PERSON|Nikol Pashinyan]] said: “We have opened a page of peace. Now we must write it "
        "together.”\n\n"
        "[[Aliyev|PERSON|Ilham Aliyev]] insisted that [[Armenia|GPE]] remove territorial claims from its "
        "constitution before the agreement is signed. [[Trump|PERSON|Donald Trump]] said the "
        "[[United States|GPE]] would invest in the route and in [[Armenian|NORP]] energy projects.\n\n"
        "The [[Ministry|ORG|Ministry of Foreign Affairs (Armenia)]] calls for early signature of the agreement "
        "and thanks [[France|GPE]] and the [[European Union|ORG]] for their support [[this year|D|2025]].",
        [
            ("Ministry of Foreign Affairs (Armenia)", "note", "the text ends more than three decades of conflict "
             "and that both states recognise each other’s territorial integrity", False),
            ("Ararat Mirzoyan", "tell", "the route would remain under Armenian law, customs and border control",
             False),
            ("Nikol Pashinyan", "say", "We have opened a page of peace. Now we must write it together.", True),
            ("Ilham Aliyev", "insist", "Armenia remove territorial claims from its constitution before the "
             "agreement is signed", False),
            ("Donald Trump", "say", "the United States would invest in the route and in Armenian energy projects",
             False),
            ("Ministry of Foreign Affairs (Armenia)", "call for", "early signature of the agreement", False),
        ],
    ),
    (
        "own53-ho-07", "rwanda-moh-marburg-end", "2024-12-20", "2024-12-20",
        "REPUBLIC OF [[RWANDA|GPE|Rwanda]]\n"
        "[[MINISTRY OF HEALTH|ORG|Ministry of Health (Rwanda)]]\n"
        "PRESS RELEASE\n"
        "[[Kigali|GPE]], [[20 December 2024|D|2024-12-20]]\n\n"
        "END OF THE MARBURG VIRUS DISEASE OUTBREAK IN [[RWANDA|GPE|Rwanda]]\n\n"
        "The [[Ministry of Health|ORG|Ministry of Health (Rwanda)]] [[today|D|2024-12-20]] declares the end of the "
        "Marburg virus disease outbreak, [[42 days|D|P42D]] after the last patient tested negative for the "
        "[[second|ordinal|2]] time.\n\n"
        "Outbreak summary\n"
        "Declared: [[27 September 2024|D|2024-09-27]]\n"
        "Confirmed cases: [[66|count|66|case]]\n"
        "Deaths: [[15|count|15|death]] (case fatality rate: [[22.7%|percent|22.7|%]])\n"
        "Recoveries: [[51|count|51|recovery]]\n"
        "Contacts followed: [[more than 6,000|count|6000|contact]]\n"
        "Vaccine doses given: [[1,700|count|1700|dose]]\n\n"
        "Most cases were health workers in [[two|count|2|hospital]] [[Kigali|GPE]] hospitals, the [[Ministry|ORG|Ministry of Health "
        "(Rwanda)]] said. The last patient left hospital on [[8 November|D|2024-11-08]].\n\n"
        "Minister of Health [[Sabin Nsanzimana|PERSON]] said: “We tested early, we isolated fast and we were "
        "open with the world. That is why we lost fewer lives.”\n\n"
        "[[Nsanzimana|PERSON|Sabin Nsanzimana]] added that the outbreak had cost the country "
        "[[about Rwf 4.2 billion|money|4200000000|RWF]], much of it for protective equipment.\n\n"
        "The [[Rwanda Biomedical Centre|ORG]] said it would keep enhanced surveillance in place for "
        "[[90 days|D|P90D]] and would publish results of the vaccine trial run with the [[Sabin Vaccine "
        "Institute|ORG]] in [[2025|D|2025]].\n\n"
        "The fatality rate was the lowest recorded for a Marburg outbreak, according to the [[World Health "
        "Organization|ORG]], whose Director-General [[Tedros Adhanom Ghebreyesus|PERSON]] visited [[Kigali|GPE]] "
        "in [[October|D|2024-10]]. [[Tedros|PERSON|Tedros Adhanom Ghebreyesus]] urged other countries to copy "
        "[[Rwanda|GPE]]’s approach.",
        [
            ("Ministry of Health (Rwanda)", "declare", "the end of the Marburg virus disease outbreak, 42 days after "
             "the last patient tested negative for the second time", False),
            ("Ministry of Health (Rwanda)", "say", "Most cases were health workers in two Kigali hospitals", False),
            ("Sabin Nsanzimana", "say", "We tested early, we isolated fast and we were open with the world. That is "
             "why we lost fewer lives.", True),
            ("Sabin Nsanzimana", "add", "the outbreak had cost the country about Rwf 4.2 billion, much of it for "
             "protective equipment", False),
            ("Rwanda Biomedical Centre", "say", "it would keep enhanced surveillance in place for 90 days and would "
             "publish results of the vaccine trial run with the Sabin Vaccine Institute in 2025", False),
            ("World Health Organization", "according to", "The fatality rate was the lowest recorded for a Marburg "
             "outbreak", False),
            ("Tedros Adhanom Ghebreyesus", "urge", "other countries to copy Rwanda’s approach", False),
        ],
    ),
]
