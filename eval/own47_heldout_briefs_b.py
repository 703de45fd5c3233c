"""Held-out set 47 (blind): marked texts of briefs 08-14 and their statements (see
``build_own47_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own47-ho-08", "doc-nz-kakapo", "2026-04-02", "2026-04-02",
        "Media release\n"
        "[[Department of Conservation|ORG|Department of Conservation (New Zealand)]]\n"
        "[[Wellington|GPE]], [[2 April 2026|D|2026-04-02]]\n\n"
        "Record kākāpō breeding season ends\n\n"
        "The [[2026|D|2026]] kākāpō breeding season has ended with [[78|count|78|chick]] chicks surviving to "
        "fledging, the most since the recovery programme began in [[1995|D|1995]], the "
        "[[Department of Conservation|ORG|Department of Conservation (New Zealand)]] "
        "([[DOC|ORG|Department of Conservation (New Zealand)]]) said [[today|D|2026-04-02]].\n\n"
        "Breeding took place on [[four|count|4|island]] predator-free islands, including [[Whenua Hou|LOC]] "
        "([[Codfish Island|LOC|Whenua Hou]]) and [[Anchor Island|LOC]] in [[Fiordland|LOC]]. A heavy fruiting "
        "of rimu trees, which provide the birds’ main food, triggered the season in [[December|D|2025-12]].\n\n"
        "The population now stands at [[about 320|count|320|bird]] birds, up from [[247|count|247|bird]] in "
        "[[2024|D|2024]].\n\n"
        "[[Deidre Vercoe|PERSON]], operations manager of the [[Kākāpō Recovery|ORG]] programme, said the team "
        "had hand-reared [[31|count|31|chick]] chicks after rangers found many nests short of food.\n\n"
        "“It has been an exhausting [[four months|D|P4M]], but seeing this many young birds is what we work "
        "for,” she said.\n\n"
        "Conservation Minister [[Tama Potaka|PERSON]] announced [[$4.2 million|money|4200000|NZD]] over "
        "[[the next three years|D|2026-04-02/2029-04-02]] to prepare a [[fifth|ordinal|5]] island, and thanked "
        "[[Te Rūnanga o Ngāi Tahu|ORG]] for its partnership. He said the government aimed to reach "
        "[[500|count|500|bird]] birds by [[2035|D|2035]].\n\n"
        "Each chick is fitted with a transmitter weighing [[about 15 grams|quantity|15|g]].",
        [
            ("Department of Conservation (New Zealand)", "say", "The 2026 kākāpō breeding season has ended with 78 "
             "chicks surviving to fledging, the most since the recovery programme began in 1995", False),
            ("Deidre Vercoe", "say", "the team had hand-reared 31 chicks after rangers found many nests short of "
             "food", False),
            ("Deidre Vercoe", "say", "It has been an exhausting four months, but seeing this many young birds is "
             "what we work for", True),
            ("Tama Potaka", "announce", "$4.2 million over the next three years to prepare a fifth island", False),
            ("Tama Potaka", "say", "the government aimed to reach 500 birds by 2035", False),
        ],
    ),
    (
        "own47-ho-09", "wikinews-lee-jae-myung", "2025-06-04", "2025-06-04",
        "[[Lee Jae-myung|PERSON]] wins [[South Korean|NORP]] presidential election\n\n"
        "[[Wednesday, June 4, 2025|D|2025-06-04]]\n\n"
        "[[Lee Jae-myung|PERSON]] of the [[Democratic Party of Korea|ORG]] won [[South Korea|GPE]]’s snap "
        "presidential election on [[Tuesday|D|2025-06-03]] and was sworn in [[today|D|2025-06-04]] at the "
        "[[National Assembly|ORG|National Assembly (South Korea)]] in [[Seoul|GPE]].\n\n"
        "The [[National Election Commission|ORG|National Election Commission (South Korea)]] said "
        "[[Lee|PERSON|Lee Jae-myung]] received [[49.42%|percent|49.42|%]] of the vote, against "
        "[[41.15%|percent|41.15|%]] for [[Kim Moon-soo|PERSON]] of the "
        "[[People Power Party|ORG|People Power Party (South Korea)]]. Turnout was [[79.4%|percent|79.4|%]], "
        "the highest since [[1997|D|1997]], with [[about 35.2 million|count|35200000|voter]] voters casting "
        "ballots.\n\n"
        "The election was called after the [[Constitutional Court|ORG|Constitutional Court of Korea]] removed "
        "[[Yoon Suk Yeol|PERSON]] from office on [[April 4|D|2025-04-04]] over his declaration of martial law on "
        "[[December 3, 2024|D|2024-12-03]]. Unlike his predecessors, [[Lee|PERSON|Lee Jae-myung]] took office "
        "without the usual [[two-month|D|P2M]] transition.\n\n"
        "In his inaugural address, [[Lee|PERSON|Lee Jae-myung]] pledged to revive the economy and to reopen "
        "dialogue with [[North Korea|GPE]]. “We will turn this country of division into a country of unity,” "
        "he said.\n\n"
        "[[Kim|PERSON|Kim Moon-soo]] told supporters that he humbly accepted the people’s choice.\n\n"
        "[[U.S.|GPE|United States]] Secretary of State [[Marco Rubio|PERSON]] congratulated "
        "[[Lee|PERSON|Lee Jae-myung]] and said the alliance with [[South Korea|GPE]] remained ironclad. "
        "[[Lee|PERSON|Lee Jae-myung]] will serve a single [[five-year|D|P5Y]] term.",
        [
            ("National Election Commission (South Korea)", "say", "Lee received 49.42% of the vote, against 41.15% "
             "for Kim Moon-soo of the People Power Party", False),
            ("Lee Jae-myung", "pledge", "revive the economy and to reopen dialogue with North Korea", False),
            ("Lee Jae-myung", "say", "We will turn this country of division into a country of unity", True),
            ("Kim Moon-soo", "tell", "he humbly accepted the people’s choice", False),
            ("Marco Rubio", "say", "the alliance with South Korea remained ironclad", False),
        ],
    ),
    (
        "own47-ho-10", "wikinews-expo-osaka", "2025-10-13", "2025-10-13",
        "[[Expo 2025|EVENT]] closes in [[Osaka|GPE]] after [[184 days|D|P184D]]\n\n"
        "[[Monday, October 13, 2025|D|2025-10-13]]\n\n"
        "[[Expo 2025|EVENT]] closed [[today|D|2025-10-13]] on the artificial island of [[Yumeshima|LOC]] in "
        "[[Osaka|GPE]], [[Japan|GPE]], after welcoming [[about 25.6 million|count|25600000|visitor]] visitors "
        "since it opened on [[April 13|D|2025-04-13]]. Pavilions from [[158|count|158|country]] countries and "
        "regions took part.\n\n"
        "Prime Minister [[Shigeru Ishiba|PERSON]] told the closing ceremony that the expo had brought the world "
        "together at a time of division. He added that [[Japan|GPE]] would help [[Saudi Arabia|GPE]] prepare "
        "for the next World Expo, to be held in [[Riyadh|GPE]] in [[2030|D|2030]].\n\n"
        "The organiser, the [[Japan Association for the 2025 World Exposition|ORG]], said the event was on "
        "course for an operating surplus of [[up to ¥28 billion|money|28000000000|JPY]], after construction "
        "costs of [[about ¥235 billion|money|235000000000|JPY]] had drawn criticism.\n\n"
        "The [[Grand Ring|FAC]], a wooden walkway [[2 kilometres|quantity|2|km]] around, was recognised by "
        "[[Guinness World Records|ORG]] as the largest wooden structure in the world. [[Osaka|GPE]] Governor "
        "[[Hirofumi Yoshimura|PERSON]] said [[about 200 metres|quantity|200|m]] of it would be preserved as a "
        "park.\n\n"
        "[[Masakazu Tokura|PERSON]], who chairs the association, told reporters that the long queues at the "
        "gates had been a lesson for future organisers.",
        [
            ("Shigeru Ishiba", "tell", "the expo had brought the world together at a time of division", False),
            ("Shigeru Ishiba", "add", "Japan would help Saudi Arabia prepare for the next World Expo, to be held in "
             "Riyadh in 2030", False),
            ("Japan Association for the 2025 World Exposition", "say", "the event was on course for an operating "
             "surplus of up to ¥28 billion, after construction costs of about ¥235 billion had drawn criticism",
             False),
            ("Hirofumi Yoshimura", "say", "about 200 metres of it would be preserved as a park", False),
            ("Masakazu Tokura", "tell", "the long queues at the gates had been a lesson for future organisers",
             False),
        ],
    ),
    (
        "own47-ho-11", "wikinews-cyclone-alfred", "2025-03-09", "2025-03-09",
        "[[Cyclone Alfred|EVENT]] crosses coast near [[Brisbane|GPE]]\n\n"
        "[[Sunday, March 9, 2025|D|2025-03-09]]\n\n"
        "[[Tropical Cyclone Alfred|EVENT|Cyclone Alfred]] crossed the coast over [[Bribie Island|LOC]], north of "
        "[[Brisbane|GPE]], late on [[Saturday|D|2025-03-08]] as a tropical low, the "
        "[[Bureau of Meteorology|ORG]] said. It was the [[first|ordinal|1]] system to threaten the city so "
        "directly since [[Cyclone Zoe|EVENT]] in [[1974|D|1974]].\n\n"
        "[[More than 316,000|count|316000|home]] homes and businesses in south-east [[Queensland|GPE]] and "
        "northern [[New South Wales|GPE]] were without power [[today|D|2025-03-09]]. [[Energex|ORG]] expects to "
        "restore supply to most customers by [[Wednesday|D|2025-03-12]].\n\n"
        "[[Queensland|GPE]] Premier [[David Crisafulli|PERSON]] warned that the danger was not over, with "
        "[[up to 400 millimetres|quantity|400|mm]] of rain forecast in some areas. He said "
        "[[more than 1,000|count|1000|school]] schools would stay closed on [[Monday|D|2025-03-10]].\n\n"
        "Prime Minister [[Anthony Albanese|PERSON]] said [[13|count|13|soldier]] soldiers had been injured when "
        "[[two|count|2|truck]] army trucks crashed near [[Lismore|GPE|Lismore, New South Wales]] on "
        "[[Saturday|D|2025-03-08]]. A man died after being swept away by floodwater near "
        "[[Dorrigo|GPE|Dorrigo, New South Wales]].\n\n"
        "The [[Australian Defence Force|ORG]] has sent [[about 1,000|count|1000|personnel]] personnel to help "
        "with the clean-up.",
        [
            ("Bureau of Meteorology", "say", "Tropical Cyclone Alfred crossed the coast over Bribie Island, north of "
             "Brisbane, late on Saturday as a tropical low", False),
            ("Energex", "expect", "restore supply to most customers by Wednesday", False),
            ("David Crisafulli", "warn", "the danger was not over, with up to 400 millimetres of rain forecast in "
             "some areas", False),
            ("David Crisafulli", "say", "more than 1,000 schools would stay closed on Monday", False),
            ("Anthony Albanese", "say", "13 soldiers had been injured when two army trucks crashed near Lismore on "
             "Saturday", False),
        ],
    ),
    (
        "own47-ho-12", "wire-tokyo-dissolution", "1996-09-27", "1996-09-27",
        "[[Japan|GPE]]'s [[Hashimoto|PERSON|Ryutaro Hashimoto]] dissolves parliament, sets "
        "[[October 20|D|1996-10-20]] poll\n\n"
        "[[TOKYO|GPE|Tokyo]] [[1996-09-27|D|1996-09-27]]\n\n"
        "[[Japanese|NORP]] Prime Minister [[Ryutaro Hashimoto|PERSON]] dissolved the lower house of parliament "
        "and called a general election for [[October 20|D|1996-10-20]], the [[first|ordinal|1]] under a new "
        "system of single-seat districts.\n\n"
        "Of the [[500|count|500|seat]] seats in the [[House of Representatives|ORG|House of Representatives "
        "(Japan)]], [[300|count|300|seat]] will be filled in single-seat districts and [[200|count|200|seat]] by "
        "proportional representation in [[11|count|11|bloc]] regional blocs.\n\n"
        "[[Hashimoto|PERSON|Ryutaro Hashimoto]] told reporters the election would decide who could carry out "
        "administrative reform. His [[Liberal Democratic Party|ORG|Liberal Democratic Party (Japan)]] held "
        "[[211|count|211|seat]] seats before the dissolution. Party secretary-general [[Koichi Kato|PERSON]] "
        "said he expected the [[LDP|ORG|Liberal Democratic Party (Japan)]] to win a majority of "
        "[[251|count|251|seat]] seats on its own.\n\n"
        "[[Ichiro Ozawa|PERSON]], leader of the main opposition [[New Frontier Party|ORG|New Frontier Party "
        "(Japan)]], said his party would freeze the consumption tax at [[3 percent|percent|3|%]] and scrap the "
        "planned rise to [[5 percent|percent|5|%]] in [[April|D|1997-04]].\n\n"
        "[[Yukio Hatoyama|PERSON]] and [[Naoto Kan|PERSON]] will launch the new "
        "[[Democratic Party|ORG|Democratic Party of Japan (1996)]] on [[Saturday|D|1996-09-28]] with "
        "[[about 50|count|50|lawmaker]] lawmakers. [[Kan|PERSON|Naoto Kan]] told a news conference the party "
        "would field candidates in every region.\n\n"
        "In [[Tokyo|GPE]], the Nikkei average ended up [[112.60|number|112.6]] points at "
        "[[21,556.40|number|21556.4]]. The dollar was at [[111.05 yen|money|111.05|JPY]].\n\n"
        "-- [[Tokyo|GPE]] Newsroom +81-3 3432 6021",
        [
            ("Ryutaro Hashimoto", "tell", "the election would decide who could carry out administrative reform",
             False),
            ("Koichi Kato", "say", "he expected the LDP to win a majority of 251 seats on its own", False),
            ("Ichiro Ozawa", "say", "his party would freeze the consumption tax at 3 percent and scrap the planned "
             "rise to 5 percent in April", False),
            ("Naoto Kan", "tell", "the party would field candidates in every region", False),
        ],
    ),
    (
        "own47-ho-13", "wire-snooker-asian-classic", "1996-09-08", "1996-09-08",
        "SNOOKER - [[O'SULLIVAN|PERSON|Ronnie O'Sullivan]] EDGES [[MORGAN|PERSON|Brian Morgan]] TO WIN "
        "[[ASIAN CLASSIC|EVENT|Asian Classic]]\n\n"
        "[[BANGKOK|GPE|Bangkok]] [[1996-09-08|D|1996-09-08]]\n\n"
        "[[England|GPE]]'s [[Ronnie O'Sullivan|PERSON]] beat compatriot [[Brian Morgan|PERSON]] "
        "[[9|number|9]]-[[8|number|8]] in the final of the [[Asian Classic|EVENT]] to win his "
        "[[second|ordinal|2]] ranking title of the year and a [[first|ordinal|1]] prize of "
        "[[40,000 pounds sterling|money|40000|GBP]].\n\n"
        "[[Morgan|PERSON|Brian Morgan]], playing in his [[first|ordinal|1]] ranking final, led [[8|number|8]]-"
        "[[7|number|7]] before [[O'Sullivan|PERSON|Ronnie O'Sullivan]] made a break of [[104|number|104]] and "
        "took the deciding frame on the black.\n\n"
        "\"I was lucky in the last frame, he played better than me all day,\" [[O'Sullivan|PERSON|Ronnie "
        "O'Sullivan]] told reporters. He added that he would play in the [[Grand Prix|EVENT|Grand Prix (snooker)]] "
        "in [[October|D|1996-10]].\n\n"
        "[[Morgan|PERSON|Brian Morgan]] said he would take [[some 22,500 pounds|money|22500|GBP]] home and a lot of "
        "confidence.\n\n"
        "Results:\n"
        "Semifinals: [[Ronnie O'Sullivan|PERSON]] ([[England|GPE]]) beat [[Alan McManus|PERSON]] "
        "([[Scotland|GPE]]) [[6|number|6]]-[[4|number|4]]; [[Brian Morgan|PERSON]] ([[England|GPE]]) beat "
        "[[Drew Henry|PERSON]] ([[Scotland|GPE]]) [[6|number|6]]-[[3|number|3]]\n"
        "Quarter-finals: [[O'Sullivan|PERSON|Ronnie O'Sullivan]] beat [[James Wattana|PERSON]] "
        "([[Thailand|GPE]]) [[5|number|5]]-[[1|number|1]]; [[McManus|PERSON|Alan McManus]] beat "
        "[[Tony Drago|PERSON]] ([[Malta|GPE]]) [[5|number|5]]-[[3|number|3]]; [[Morgan|PERSON|Brian Morgan]] "
        "beat [[Ken Doherty|PERSON]] ([[Ireland|GPE]]) [[5|number|5]]-[[2|number|2]]; "
        "[[Henry|PERSON|Drew Henry]] beat [[Nigel Bond|PERSON]] ([[England|GPE]]) [[5|number|5]]-[[4|number|4]]"
        "\n\n"
        "The [[World Professional Billiards and Snooker Association|ORG]] said the tournament would return to "
        "[[Thailand|GPE]] [[next year|D|1997]], when the crowds of [[Thai|NORP]] fans could again cheer "
        "[[Wattana|PERSON|James Wattana]].",
        [
            ("Ronnie O'Sullivan", "tell", "I was lucky in the last frame, he played better than me all day", True),
            ("Ronnie O'Sullivan", "add", "he would play in the Grand Prix in October", False),
            ("Brian Morgan", "say", "he would take some 22,500 pounds home and a lot of confidence", False),
            ("World Professional Billiards and Snooker Association", "say", "the tournament would return to "
             "Thailand next year, when the crowds of Thai fans could again cheer Wattana", False),
        ],
    ),
    (
        "own47-ho-14", "wire-rally-australia", "1996-09-16", "1996-09-16",
        "RALLYING - [[MAKINEN|PERSON|Tommi Mäkinen]] WINS IN [[AUSTRALIA|GPE|Australia]], CLOSES ON TITLE\n\n"
        "[[PERTH|GPE|Perth]], [[Australia|GPE]] [[1996-09-16|D|1996-09-16]]\n\n"
        "[[Finland|GPE]]'s [[Tommi Makinen|PERSON|Tommi Mäkinen]] won [[Rally Australia|EVENT]] on "
        "[[Sunday|D|1996-09-15]], the [[eighth|ordinal|8]] round of the world championship, to lead the "
        "drivers' standings by [[36|count|36|point]] points with [[two|count|2|round]] rounds left.\n\n"
        "[[Makinen|PERSON|Tommi Mäkinen]] finished 46 seconds ahead of [[Sweden|GPE]]'s "
        "[[Kenneth Eriksson|PERSON]] after [[about 520 km|quantity|520|km]] of special stages in the forests "
        "south of [[Perth|GPE]].\n\n"
        "\"The car was perfect, I only had to keep it on the road,\" [[Makinen|PERSON|Tommi Mäkinen]] told "
        "reporters. [[Eriksson|PERSON|Kenneth Eriksson]] said a puncture had cost him the lead.\n\n"
        "Leading final positions:\n"
        "[[Tommi Makinen|PERSON|Tommi Mäkinen]] ([[Finland|GPE]]) [[Mitsubishi|ORG|Mitsubishi Motors]] 3:55:12\n"
        "[[Kenneth Eriksson|PERSON]] ([[Sweden|GPE]]) [[Subaru|ORG]] 3:55:58\n"
        "[[Colin McRae|PERSON]] ([[Britain|GPE|United Kingdom]]) [[Subaru|ORG]] 3:56:49\n"
        "[[Richard Burns|PERSON]] ([[Britain|GPE|United Kingdom]]) [[Mitsubishi|ORG|Mitsubishi Motors]] 3:58:02\n"
        "[[Carlos Sainz|PERSON]] ([[Spain|GPE]]) [[Ford|ORG|Ford Motor Company]] 3:59:37\n\n"
        "World championship standings (after [[eight|count|8|round]] rounds):\n"
        "[[Makinen|PERSON|Tommi Mäkinen]] [[112|count|112|point]] points\n"
        "[[Sainz|PERSON|Carlos Sainz]] [[76|count|76|point]] points\n"
        "[[McRae|PERSON|Colin McRae]] [[70|count|70|point]] points\n\n"
        "[[Subaru|ORG]] team director [[David Richards|PERSON]] said [[McRae|PERSON|Colin McRae]] could still "
        "help the team retain the manufacturers' title. [[Sainz|PERSON|Carlos Sainz]] said he would attack in "
        "the [[Sanremo Rally|EVENT|Rallye Sanremo]] in [[Italy|GPE]], which starts on [[October 13|D|1996-10-13]].",
        [
            ("Tommi Mäkinen", "tell", "The car was perfect, I only had to keep it on the road", True),
            ("Kenneth Eriksson", "say", "a puncture had cost him the lead", False),
            ("David Richards", "say", "McRae could still help the team retain the manufacturers' title", False),
            ("Carlos Sainz", "say", "he would attack in the Sanremo Rally in Italy", False),
        ],
    ),
]
