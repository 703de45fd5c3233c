"""Held-out set 59 (blind): marked texts of briefs 01-07 and their statements (see
``build_own59_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own59-ho-01", "central-bank-of-iceland-rate-decision", "2025-11-19", "2025-11-19",
        "[[CENTRAL BANK OF ICELAND|ORG|Central Bank of Iceland]]\n"
        "Statement of the [[Monetary Policy Committee|ORG|Monetary Policy Committee (Central Bank of Iceland)]]\n"
        "[[Reykjavík|GPE]], [[19 November 2025|D|2025-11-19]]\n\n"
        "KEY RATE LOWERED BY [[0.25 PERCENTAGE POINTS|percent|0.25|pp]] TO [[7.25%|percent|7.25|%]]\n\n"
        "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (Central Bank of Iceland)]] "
        "([[MPC|ORG|Monetary Policy Committee (Central Bank of Iceland)]]) of the [[Central Bank of Iceland|ORG]] "
        "has decided to lower the [[Bank|ORG|Central Bank of Iceland]]’s interest rates by "
        "[[0.25 percentage points|percent|0.25|pp]]. The key rate, the rate on [[seven-day|D|P7D]] term "
        "deposits, will be [[7.25%|percent|7.25|%]].\n\n"
        "Key figures\n"
        "– Inflation, [[October 2025|D|2025-10]]: [[4.3%|percent|4.3|%]] (target [[2.5%|percent|2.5|%]])\n"
        "– GDP growth, [[first half of 2025|D|2025-01/2025-06]]: [[1.9%|percent|1.9|%]]\n"
        "– Unemployment, [[third quarter|D|2025-07/2025-09]]: [[3.9%|percent|3.9|%]]\n"
        "– Foreign exchange reserves: [[ISK 920 billion|money|920000000000|ISK]]\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (Central Bank of Iceland)]] noted that twelve-month "
        "inflation had eased since [[the summer|D|2025-06/2025-08]] and that the economy had cooled after the "
        "collapse of the airline [[Play|ORG|Play (airline)]] in [[September|D|2025-09]]. It expects inflation to "
        "fall to [[about 3.5%|percent|3.5|%]] by the end of [[2026|D|2026]]. [[Four|count|4|member]] members "
        "voted for the Governor’s proposal; [[one|count|1|member]] member preferred to hold rates.\n\n"
        "Governor [[Ásgeir Jónsson|PERSON]] told a press conference that the cut was a cautious step. "
        "“Inflation is moving in the right direction, but it is still well above target, and we will not let "
        "it settle at [[4%|percent|4|%]],” he said. The Governor added that the "
        "[[Bank|ORG|Central Bank of Iceland]] was ready to raise rates again if wage settlements in "
        "[[2026|D|2026]] proved too generous.\n\n"
        "Minister of Finance [[Daði Már Kristófersson|PERSON]] welcomed the decision and pledged a budget "
        "surplus of [[ISK 15 billion|money|15000000000|ISK]] in [[2026|D|2026]].\n\n"
        "The next interest rate decision will be announced on "
        "[[Wednesday, 4 February 2026|D|2026-02-04]].",
        [
            ("Monetary Policy Committee (Central Bank of Iceland)", "note", "twelve-month inflation had eased "
             "since the summer and that the economy had cooled after the collapse of the airline Play in "
             "September", False),
            ("Monetary Policy Committee (Central Bank of Iceland)", "expect", "inflation to fall to about 3.5% "
             "by the end of 2026", False),
            ("Ásgeir Jónsson", "tell", "the cut was a cautious step", False),
            ("Ásgeir Jónsson", "say", "Inflation is moving in the right direction, but it is still well above "
             "target, and we will not let it settle at 4%", True),
            ("Ásgeir Jónsson", "add", "the Bank was ready to raise rates again if wage settlements in 2026 "
             "proved too generous", False),
            ("Daði Már Kristófersson", "pledge", "a budget surplus of ISK 15 billion in 2026", False),
        ],
    ),
    (
        "own59-ho-02", "statistics-finland-labour-force-survey", "2025-11-26", "2025-11-26",
        "[[STATISTICS FINLAND|ORG|Statistics Finland]]\n"
        "Labour force survey, [[October 2025|D|2025-10]]\n"
        "Published [[26 November 2025|D|2025-11-26]] at 8.00\n\n"
        "TREND OF UNEMPLOYMENT RATE ROSE TO [[10.3 PER CENT|percent|10.3|%]]\n\n"
        "[[HELSINKI|GPE|Helsinki]] – According to [[Statistics Finland|ORG]], the trend of the unemployment "
        "rate was [[10.3%|percent|10.3|%]] in [[October|D|2025-10]], up [[1.2 percentage points|percent|1.2|pp]] "
        "from [[October 2024|D|2024-10]]. The number of unemployed persons rose by "
        "[[37,000|count|37000|person]] to [[299,000|count|299000|person]].\n\n"
        "Labour market, [[October|D|2025-10]], trend\n"
        "                     [[2025|D|2025]]        [[2024|D|2024]]\n"
        "Employed persons     [[2,561,000|count|2561000|person]]   [[2,589,000|count|2589000|person]]\n"
        "Employment rate      [[75.6%|percent|75.6|%]]       [[76.4%|percent|76.4|%]]\n"
        "Unemployed persons   [[299,000|count|299000|person]]     [[262,000|count|262000|person]]\n"
        "Unemployment rate    [[10.3%|percent|10.3|%]]       [[9.1%|percent|9.1|%]]\n\n"
        "[[About 96,000|count|96000|person]] people had been out of work for [[at least a year|D|P1Y]]. "
        "[[Finland|GPE]] had the highest unemployment rate in the [[European Union|ORG]], according to "
        "[[Eurostat|ORG]].\n\n"
        "Prime Minister [[Petteri Orpo|PERSON]] told the public broadcaster [[Yle|ORG]] that the figures were "
        "“very worrying” but that the government’s reforms would bring [[100,000|count|100000|job]] new jobs "
        "by [[2031|D|2031]]. The chair of the [[Central Organisation of Finnish Trade Unions|ORG]] "
        "([[SAK|ORG|Central Organisation of Finnish Trade Unions]]), [[Jarkko Eloranta|PERSON]], called for an "
        "end to cuts in unemployment benefits.\n\n"
        "The [[Bank of Finland|ORG]] expects unemployment to peak at [[about 10.5%|percent|10.5|%]] in "
        "[[the first quarter of 2026|D|2026-01/2026-03]] and to fall to [[9.3%|percent|9.3|%]] in "
        "[[2027|D|2027]].\n\n"
        "The labour force survey for [[November|D|2025-11]] will be published on "
        "[[23 December 2025|D|2025-12-23]].",
        [
            ("Statistics Finland", "according to", "the trend of the unemployment rate was 10.3% in October, up "
             "1.2 percentage points from October 2024", False),
            ("Eurostat", "according to", "Finland had the highest unemployment rate in the European Union",
             False),
            ("Petteri Orpo", "tell", "the figures were “very worrying” but that the government’s reforms would "
             "bring 100,000 new jobs by 2031", False),
            ("Jarkko Eloranta", "call for", "an end to cuts in unemployment benefits", False),
            ("Bank of Finland", "expect", "unemployment to peak at about 10.5% in the first quarter of 2026 and "
             "to fall to 9.3% in 2027", False),
        ],
    ),
    (
        "own59-ho-03", "hyundai-motor-third-quarter-results", "2025-10-30", "2025-10-30",
        "[[HYUNDAI MOTOR COMPANY|ORG|Hyundai Motor Company]] ANNOUNCES [[Q3 2025|D|2025-07/2025-09]] "
        "BUSINESS RESULTS\n\n"
        "[[SEOUL|GPE|Seoul]], [[October 30, 2025|D|2025-10-30]] – [[Hyundai Motor Company|ORG]] "
        "[[today|D|2025-10-30]] reported record quarterly revenue of "
        "[[₩46.7 trillion|money|46700000000000|KRW]], up [[8.8%|percent|8.8|%]] year on year. Operating profit "
        "fell [[29.2%|percent|29.2|%]] to [[₩2.54 trillion|money|2540000000000|KRW]] as "
        "[[U.S.|GPE|United States]] tariffs on imported cars took effect.\n\n"
        "[[Third-quarter|D|2025-07/2025-09]] results (consolidated)\n"
        "Global sales: [[1,038,353|count|1038353|vehicle]] vehicles, up [[2.0%|percent|2.0|%]]\n"
        "Revenue: [[₩46.7 trillion|money|46700000000000|KRW]] ([[US$32.8 billion|money|32800000000|USD]])\n"
        "Operating margin: [[5.4%|percent|5.4|%]], down [[3.3 percentage points|percent|3.3|pp]]\n"
        "Net profit: [[₩2.5 trillion|money|2500000000000|KRW]]\n"
        "Electrified vehicles: [[213,000|count|213000|vehicle]], [[20.6%|percent|20.6|%]] of sales\n\n"
        "Chief Financial Officer [[Lee Seung-jo|PERSON]] told analysts on a conference call that tariffs had "
        "cost the company [[₩1.8 trillion|money|1800000000000|KRW]] between "
        "[[July and September|D|2025-07/2025-09]]. He said the [[15%|percent|15|%]] rate agreed between "
        "[[Seoul|GPE]] and [[Washington|GPE|Washington, D.C.]] in [[July|D|2025-07]], down from "
        "[[25%|percent|25|%]], would apply from [[November 1|D|2025-11-01]].\n\n"
        "“We absorbed most of the tariff cost ourselves rather than pass it on to customers, and our hybrids "
        "kept selling,” said President and CEO [[José Muñoz|PERSON]]. Sales of the "
        "[[IONIQ 5|PRODUCT|Hyundai Ioniq 5]] and the [[Tucson|PRODUCT|Hyundai Tucson]] hybrid were strongest in "
        "[[North America|LOC]].\n\n"
        "[[Hyundai|ORG|Hyundai Motor Company]] said the "
        "[[Hyundai Motor Group Metaplant America|FAC]] in [[Georgia|GPE|Georgia (U.S. state)]] would raise its "
        "capacity to [[500,000|count|500000|vehicle]] vehicles a year by [[2028|D|2028]]. The company expects "
        "full-year revenue growth of [[3%|percent|3|%]] to [[4%|percent|4|%]] and pledged to keep a quarterly "
        "dividend of [[₩2,500|money|2500|KRW]] per share.",
        [
            ("Lee Seung-jo", "tell", "tariffs had cost the company ₩1.8 trillion between July and September",
             False),
            ("Lee Seung-jo", "say", "the 15% rate agreed between Seoul and Washington in July, down from 25%, "
             "would apply from November 1", False),
            ("José Muñoz", "say", "We absorbed most of the tariff cost ourselves rather than pass it on to "
             "customers, and our hybrids kept selling", True),
            ("Hyundai Motor Company", "say", "the Hyundai Motor Group Metaplant America in Georgia would raise "
             "its capacity to 500,000 vehicles a year by 2028", False),
            ("Hyundai Motor Company", "expect", "full-year revenue growth of 3% to 4%", False),
            ("Hyundai Motor Company", "pledge", "keep a quarterly dividend of ₩2,500 per share", False),
        ],
    ),
    (
        "own59-ho-04", "namibia-environment-ministry-drought-cull", "2024-08-26", "2024-08-26",
        "From: [[Ministry of Environment, Forestry and Tourism|ORG|Ministry of Environment, Forestry and "
        "Tourism (Namibia)]], [[Republic of Namibia|GPE|Namibia]]\n"
        "[[Windhoek|GPE]], [[26 August 2024|D|2024-08-26]]\n\n"
        "MEDIA RELEASE: CULLING OF WILD ANIMALS FOR DROUGHT RELIEF\n\n"
        "The [[Ministry|ORG|Ministry of Environment, Forestry and Tourism (Namibia)]] informs the public that "
        "[[723|count|723|animal]] wild animals will be culled in national parks and communal areas with "
        "sustainable game numbers, as part of the response to the drought emergency declared by President "
        "[[Nangolo Mbumba|PERSON]] in [[May|D|2024-05]].\n\n"
        "Animals to be culled\n"
        "Zebras            [[300|count|300|zebra]]\n"
        "Blue wildebeest   [[100|count|100|wildebeest]]\n"
        "Eland             [[100|count|100|eland]]\n"
        "Elephants         [[83|count|83|elephant]]\n"
        "Buffaloes         [[60|count|60|buffalo]]\n"
        "Impala            [[50|count|50|impala]]\n"
        "Hippos            [[30|count|30|hippo]]\n\n"
        "The animals will come from [[Namib-Naukluft Park|LOC]], [[Mangetti National Park|LOC]], "
        "[[Bwabwata National Park|LOC]], [[Mudumu National Park|LOC]] and [[Nkasa Rupara National Park|LOC]]. "
        "So far [[157|count|157|animal]] animals have been culled by contracted professional hunters, "
        "yielding [[more than 56,800 kilograms|quantity|56800|kg]] of meat.\n\n"
        "Ministry spokesperson [[Romeo Muyunda|PERSON]] said the meat would go to the drought relief "
        "programme and that the cull would also reduce conflict between people and wildlife. “We are happy "
        "to help the country at a time when it is most needed,” he said.\n\n"
        "Minister [[Pohamba Shifeta|PERSON]] urged communities near the parks not to hunt on their own and to "
        "report poaching.\n\n"
        "The [[World Food Programme|ORG]] estimates that [[1.4 million|count|1400000|person]] people, about "
        "half of [[Namibia|GPE]]’s population, face acute food insecurity after the worst drought in "
        "[[Southern Africa|LOC]] in [[a century|D|P100Y]].",
        [
            ("Ministry of Environment, Forestry and Tourism (Namibia)", "inform", "723 wild animals will be "
             "culled in national parks and communal areas with sustainable game numbers, as part of the "
             "response to the drought emergency declared by President Nangolo Mbumba in May", False),
            ("Romeo Muyunda", "say", "the meat would go to the drought relief programme and that the cull would "
             "also reduce conflict between people and wildlife", False),
            ("Romeo Muyunda", "say", "We are happy to help the country at a time when it is most needed", True),
            ("Pohamba Shifeta", "urge", "communities near the parks not to hunt on their own and to report "
             "poaching", False),
            ("World Food Programme", "estimate", "1.4 million people, about half of Namibia’s population, face "
             "acute food insecurity after the worst drought in Southern Africa in a century", False),
        ],
    ),
    (
        "own59-ho-05", "polish-red-cross-flood-update", "2024-09-20", "2024-09-20",
        "[[POLISH RED CROSS|ORG|Polish Red Cross]]\n"
        "Humanitarian update no. 4: floods in south-western [[Poland|GPE]]\n"
        "[[Warsaw|GPE]], [[Friday, 20 September 2024|D|2024-09-20]]\n\n"
        "Heavy rain brought by [[Storm Boris|EVENT]] [[from 12 to 16 September|D|2024-09-12/2024-09-16]] "
        "flooded large parts of the [[Lower Silesian|GPE|Lower Silesian Voivodeship]] and "
        "[[Opole|GPE|Opole Voivodeship]] voivodeships.\n\n"
        "• Deaths: [[nine|count|9|death]]\n"
        "• People evacuated: [[more than 7,000|count|7000|person]]\n"
        "• [[Red Cross|ORG|Polish Red Cross]] volunteers deployed: [[1,200|count|1200|volunteer]]\n"
        "• Food and hygiene parcels delivered: [[18,500|count|18500|parcel]]\n"
        "• Donations received: [[PLN 14.2 million|money|14200000|PLN]] ([[€3.3 million|money|3300000|EUR]])\n\n"
        "The worst-hit towns include [[Kłodzko|GPE]], [[Nysa|GPE]], [[Głuchołazy|GPE]] and "
        "[[Stronie Śląskie|GPE]], where a dam on the [[Morawka|LOC]] river burst on "
        "[[Sunday|D|2024-09-15]].\n\n"
        "Prime Minister [[Donald Tusk|PERSON]] announced [[PLN 2 billion|money|2000000000|PLN]] in immediate "
        "aid and said families would receive [[up to PLN 10,000|money|10000|PLN]] each. "
        "[[European Commission|ORG]] President [[Ursula von der Leyen|PERSON]], visiting [[Wrocław|GPE]] on "
        "[[Thursday|D|2024-09-19]], pledged [[up to €10 billion|money|10000000000|EUR]] from "
        "[[EU|ORG|European Union]] cohesion funds for the countries affected.\n\n"
        "The [[International Federation of Red Cross and Red Crescent Societies|ORG]] released "
        "[[CHF 500,000|money|500000|CHF]] from its [[Disaster Response Emergency Fund|ORG]]. "
        "“Families are coming back to homes full of mud, and the hardest weeks are still ahead,” said "
        "[[Birgitte Bischoff Ebbesen|PERSON]], the [[IFRC|ORG|International Federation of Red Cross and Red "
        "Crescent Societies]]’s Regional Director for [[Europe|LOC]].\n\n"
        "The [[Polish Red Cross|ORG]] warned that the risk of infection from contaminated wells remained high "
        "and urged residents not to drink untreated water.",
        [
            ("Donald Tusk", "announce", "PLN 2 billion in immediate aid", False),
            ("Donald Tusk", "say", "families would receive up to PLN 10,000 each", False),
            ("Ursula von der Leyen", "pledge", "up to €10 billion from EU cohesion funds for the countries "
             "affected", False),
            ("Birgitte Bischoff Ebbesen", "say", "Families are coming back to homes full of mud, and the hardest "
             "weeks are still ahead", True),
            ("Polish Red Cross", "warn", "the risk of infection from contaminated wells remained high", False),
            ("Polish Red Cross", "urge", "residents not to drink untreated water", False),
        ],
    ),
    (
        "own59-ho-06", "taiwan-defense-ministry-pla-drills", "2025-04-02", "2025-04-02",
        "[[MINISTRY OF NATIONAL DEFENSE|ORG|Ministry of National Defense (Taiwan)]]\n"
        "News release\n"
        "[[Taipei|GPE]], [[April 2, 2025|D|2025-04-02]]\n\n"
        "[[PLA|ORG|People's Liberation Army]] ACTIVITIES AROUND [[TAIWAN|GPE|Taiwan]]\n\n"
        "Period: 06:00 [[April 1|D|2025-04-01]] to 06:00 [[April 2|D|2025-04-02]]\n"
        "Military aircraft detected: [[76|count|76|aircraft]], of which [[37|count|37|aircraft]] crossed the "
        "median line\n"
        "Navy vessels: [[15|count|15|vessel]]\n"
        "Official ships: [[4|count|4|ship]]\n"
        "Closest approach: [[about 24 nautical miles|quantity|24|nmi]] from the coast\n\n"
        "The [[Eastern Theater Command|ORG]] of the [[People's Liberation Army|ORG]] began joint exercises "
        "around [[Taiwan|GPE]] on [[Tuesday|D|2025-04-01]] and [[today|D|2025-04-02]] named a [[second|ordinal|2]] phase "
        "[[Strait Thunder-2025A|EVENT]], in the central and southern [[Taiwan Strait|LOC]].\n\n"
        "The [[Ministry|ORG|Ministry of National Defense (Taiwan)]] said the [[Chinese|NORP]] aircraft carrier "
        "[[Shandong|PRODUCT|Chinese aircraft carrier Shandong]] had sailed into waters south-east of the island "
        "and that [[China Coast Guard|ORG]] ships had staged what it called “law enforcement patrols” nearby.\n\n"
        "Minister of National Defense [[Wellington Koo|PERSON]] told legislators that the drills rehearsed a "
        "blockade of ports and energy imports. “Our forces are watching every move, and we will not be "
        "provoked,” Koo said.\n\n"
        "The [[Mainland Affairs Council|ORG]] condemned the exercises and called for [[Beijing|GPE]] to stop "
        "its military intimidation. The [[U.S.|GPE|United States]] "
        "[[State Department|ORG|United States Department of State]] said [[China|GPE]]’s aggressive "
        "military activities only exacerbated tensions.\n\n"
        "President [[Lai Ching-te|PERSON]] had in [[March|D|2025-03]] named [[17|count|17|measure]] "
        "measures against infiltration by [[China|GPE]].",
        [
            ("Ministry of National Defense (Taiwan)", "say", "the Chinese aircraft carrier Shandong had sailed "
             "into waters south-east of the island and that China Coast Guard ships had staged what it called "
             "“law enforcement patrols” nearby", False),
            ("Wellington Koo", "tell", "the drills rehearsed a blockade of ports and energy imports", False),
            ("Wellington Koo", "say", "Our forces are watching every move, and we will not be provoked", True),
            ("Mainland Affairs Council", "call for", "Beijing to stop its military intimidation", False),
            ("United States Department of State", "say", "China’s aggressive military activities only "
             "exacerbated tensions", False),
        ],
    ),
    (
        "own59-ho-07", "bulgarian-national-bank-euro-changeover", "2026-01-08", "2026-01-08",
        "[[BULGARIAN NATIONAL BANK|ORG|Bulgarian National Bank]]\n"
        "Press release\n"
        "[[Sofia|GPE]], [[8 January 2026|D|2026-01-08]]\n\n"
        "FIRST WEEK OF THE EURO IN [[BULGARIA|GPE|Bulgaria]]\n\n"
        "[[Bulgaria|GPE]] adopted the euro on [[1 January 2026|D|2026-01-01]], becoming the "
        "[[21st|ordinal|21]] member of the euro area. The lev was converted at the fixed rate of "
        "[[1.95583 leva|money|1.95583|BGN]] per euro.\n\n"
        "-- Share of cash payments made in euro by [[7 January|D|2026-01-07]]: [[about 85%|percent|85|%]]\n"
        "-- Euro banknotes and coins supplied to banks since [[September|D|2025-09]]: "
        "[[EUR 8.1 billion|money|8100000000|EUR]]\n"
        "-- Leva withdrawn from circulation: [[BGN 5.6 billion|money|5600000000|BGN]], "
        "[[about 24%|percent|24|%]] of the total\n"
        "-- Cash machines converted: [[5,900|count|5900|cash machine]]\n\n"
        "Leva and euro circulate together until [[31 January 2026|D|2026-01-31]]. Banks will exchange leva "
        "free of charge until [[30 June 2026|D|2026-06-30]], and the [[BNB|ORG|Bulgarian National Bank]] will "
        "do so without a time limit.\n\n"
        "Governor [[Dimitar Radev|PERSON]] said the changeover had gone more smoothly than expected. "
        "“[[Bulgarians|NORP|Bulgarian]] trusted the process, and the queues at bank branches disappeared within "
        "[[three days|D|P3D]],” he said. [[Radev|PERSON|Dimitar Radev]] warned retailers that the "
        "[[Commission for Consumer Protection|ORG|Commission for Consumer Protection (Bulgaria)]] would fine "
        "those who rounded prices up.\n\n"
        "[[European Central Bank|ORG]] President [[Christine Lagarde|PERSON]] said in a statement that "
        "[[Bulgaria|GPE]]’s entry showed the “enduring appeal” of the single currency.\n\n"
        "The [[National Statistical Institute|ORG|National Statistical Institute (Bulgaria)]] estimates that "
        "the changeover added [[0.3 percentage points|percent|0.3|pp]] to inflation in "
        "[[December|D|2025-12]].",
        [
            ("Dimitar Radev", "say", "the changeover had gone more smoothly than expected", False),
            ("Dimitar Radev", "say", "Bulgarians trusted the process, and the queues at bank branches "
             "disappeared within three days", True),
            ("Dimitar Radev", "warn", "the Commission for Consumer Protection would fine those who rounded "
             "prices up", False),
            ("Christine Lagarde", "say", "Bulgaria’s entry showed the “enduring appeal” of the single currency",
             False),
            ("National Statistical Institute (Bulgaria)", "estimate", "the changeover added 0.3 percentage "
             "points to inflation in December", False),
        ],
    ),
]
