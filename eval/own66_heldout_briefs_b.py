"""Held-out set 66 (blind): marked texts of briefs 08-14 and their statements (see
``build_own66_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own66-ho-08", "bc-hydro-site-c-final-unit-in-service", "2025-10-23", "2025-10-23",
        "[[BC Hydro|ORG]]\n"
        "NEWS RELEASE\n"
        "[[VANCOUVER|GPE|Vancouver]], [[Oct. 23, 2025|D|2025-10-23]]\n\n"
        "ALL [[SIX|count|6|unit]] GENERATING UNITS AT [[SITE C|FAC|Site C dam]] NOW IN SERVICE\n\n"
        "[[BC Hydro|ORG]] announced [[today|D|2025-10-23]] that the [[sixth|ordinal|6]] and final generating unit "
        "at the [[Site C|FAC|Site C dam]] project on the [[Peace River|LOC]] near "
        "[[Fort St. John|GPE|Fort St. John, British Columbia]] entered commercial service on "
        "[[Tuesday|D|2025-10-21]], completing the largest infrastructure project in [[British Columbia|GPE]] in "
        "a generation.\n\n"
        "Capacity: [[1,100 megawatts|quantity|1100|MW]]\n"
        "Annual energy: [[about 5,100 gigawatt-hours|quantity|5100|GWh]]\n"
        "Homes it can power: [[about 500,000|count|500000|home]]\n"
        "Final cost: [[$16 billion|money|16000000000|CAD]]\n"
        "Construction: [[2015 to 2025|D|2015/2025]]\n\n"
        "Energy Minister [[Adrian Dix|PERSON]] said the dam would supply [[about 8 per cent|percent|8|%]] of the "
        "province’s electricity and help meet demand from new mines, ports and homes. “[[Site C|FAC|Site C dam]] "
        "will keep power clean and rates affordable for [[more than 100 years|D|P100Y]],” he said.\n\n"
        "[[BC Hydro|ORG]] President and CEO [[Chris O'Riley|PERSON]] said the [[first|ordinal|1]] units had "
        "already supplied power through the cold snap of [[January|D|2025-01]], when demand set a record of "
        "[[11,300 megawatts|quantity|11300|MW]]. [[O'Riley|PERSON|Chris O'Riley]] warned that the utility would "
        "still need to buy power from [[Alberta|GPE]] and [[Washington|GPE|Washington (state)]] in dry years.\n\n"
        "The [[British Columbia Utilities Commission|ORG]] ([[BCUC|ORG|British Columbia Utilities Commission]]) "
        "will review the final costs [[next year|D|2026]]. [[BC Hydro|ORG]] expects residential rates to rise "
        "[[3.75 per cent|percent|3.75|%]] a year in [[2025|D|2025]] and [[2026|D|2026]].\n\n"
        "Notes to editors\n"
        "- [[Site C|FAC|Site C dam]] is the [[third|ordinal|3]] dam on the [[Peace River|LOC]], after the "
        "[[W. A. C. Bennett Dam|FAC]] and the [[Peace Canyon Dam|FAC]].\n"
        "- Its reservoir is [[83 kilometres|quantity|83|km]] long.\n"
        "- [[BC Hydro|ORG]] is a Crown corporation owned by the Province of [[British Columbia|GPE]].",
        [
            ("BC Hydro", "announce", "the sixth and final generating unit at the Site C project on the Peace River "
             "near Fort St. John entered commercial service on Tuesday, completing the largest infrastructure project "
             "in British Columbia in a generation", False),
            ("Adrian Dix", "say", "the dam would supply about 8 per cent of the province’s electricity and help meet "
             "demand from new mines, ports and homes", False),
            ("Adrian Dix", "say", "Site C will keep power clean and rates affordable for more than 100 years", True),
            ("Chris O'Riley", "say", "the first units had already supplied power through the cold snap of January, "
             "when demand set a record of 11,300 megawatts", False),
            ("Chris O'Riley", "warn", "the utility would still need to buy power from Alberta and Washington in dry "
             "years", False),
            ("BC Hydro", "expect", "residential rates to rise 3.75 per cent a year in 2025 and 2026", False),
        ],
    ),
    (
        "own66-ho-09", "wikinews-chancay-port-inaugurated", "2024-11-14", "2024-11-14",
        "[[Xi|PERSON|Xi Jinping]] and [[Boluarte|PERSON|Dina Boluarte]] open [[Chinese|NORP]]-built megaport at "
        "[[Chancay|GPE]], [[Peru|GPE]]\n\n"
        "[[Thursday, November 14, 2024|D|2024-11-14]]\n\n"
        "[[Chinese|NORP]] President [[Xi Jinping|PERSON]] and [[Peruvian|NORP]] President "
        "[[Dina Boluarte|PERSON]] [[today|D|2024-11-14]] inaugurated the [[Port of Chancay|FAC]], "
        "[[about 80 kilometres|quantity|80|km]] north of [[Lima|GPE]], by video link from the "
        "[[Government Palace|FAC|Government Palace (Peru)]].\n\n"
        "The deep-water port is [[60%|percent|60|%]] owned by [[COSCO Shipping Ports|ORG]] and "
        "[[40%|percent|40|%]] by the [[Peruvian|NORP]] miner [[Volcan|ORG|Volcan Compañía Minera]]. Its "
        "[[first|ordinal|1]] phase cost [[US$1.3 billion|money|1300000000|USD]], and total investment is expected "
        "to reach [[US$3.5 billion|money|3500000000|USD]].\n\n"
        "“From [[Chancay|GPE]] to [[Shanghai|GPE]], we are opening a new land-sea corridor between [[China|GPE]] "
        "and [[Latin America|LOC]],” [[Xi|PERSON|Xi Jinping]] said.\n\n"
        "[[Boluarte|PERSON|Dina Boluarte]] said the port would cut shipping times to [[Asia|LOC]] from "
        "[[35|D|P35D]] to [[23 days|D|P23D]] and create [[about 8,000|count|8000|job]] jobs. Transport Minister "
        "[[Raúl Pérez Reyes|PERSON]] told reporters that [[Chancay|GPE]] would handle "
        "[[one million|count|1000000|container]] containers a year by [[2026|D|2026]].\n\n"
        "[[Xi|PERSON|Xi Jinping]] arrived in [[Lima|GPE]] on [[Wednesday|D|2024-11-13]] for the "
        "[[Asia-Pacific Economic Cooperation|ORG]] ([[APEC|ORG|Asia-Pacific Economic Cooperation]]) summit, which "
        "opens [[tomorrow|D|2024-11-15]]. [[United States|GPE]] President [[Joe Biden|PERSON]] is also due to "
        "attend.\n\n"
        "[[American|NORP]] officials have warned that the port could serve the [[Chinese|NORP]] navy. "
        "[[Peru|GPE]]’s government rejected the claim, and [[COSCO Shipping Ports|ORG]] said the port was a "
        "commercial project open to ships of all countries.\n\n"
        "Fishermen in [[Chancay|GPE]], a town of [[about 60,000|count|60000|person]] people, said dredging had "
        "driven fish away from the bay. The port’s [[first|ordinal|1]] ship, from [[Shanghai|GPE]], docked in "
        "[[October|D|2024-10]].",
        [
            ("Xi Jinping", "say", "From Chancay to Shanghai, we are opening a new land-sea corridor between China and "
             "Latin America", True),
            ("Dina Boluarte", "say", "the port would cut shipping times to Asia from 35 to 23 days and create about "
             "8,000 jobs", False),
            ("Raúl Pérez Reyes", "tell", "Chancay would handle one million containers a year by 2026", False),
            ("COSCO Shipping Ports", "say", "the port was a commercial project open to ships of all countries", False),
        ],
    ),
    (
        "own66-ho-10", "wikinews-michelle-oneill-first-minister", "2024-02-03", "2024-02-03",
        "[[Sinn Féin|ORG]]’s [[Michelle O'Neill|PERSON]] becomes [[first|ordinal|1]] nationalist First Minister of "
        "[[Northern Ireland|GPE]]\n\n"
        "[[Saturday, February 3, 2024|D|2024-02-03]]\n\n"
        "[[Michelle O'Neill|PERSON]] of [[Sinn Féin|ORG]] [[today|D|2024-02-03]] became the [[first|ordinal|1]] "
        "[[Irish|NORP]] nationalist to serve as First Minister of [[Northern Ireland|GPE]], as the "
        "[[Northern Ireland Assembly|ORG]] met at [[Stormont|FAC|Parliament Buildings (Northern Ireland)]] after a "
        "[[two-year|D|P2Y]] boycott by the [[Democratic Unionist Party|ORG]] ([[DUP|ORG|Democratic Unionist "
        "Party]]).\n\n"
        "[[Emma Little-Pengelly|PERSON]] of the [[DUP|ORG|Democratic Unionist Party]] became deputy First "
        "Minister, an office with equal powers, and [[Edwin Poots|PERSON]] was elected Speaker.\n\n"
        "“This is an historic day which represents a new dawn,” [[O'Neill|PERSON|Michelle O'Neill]] told the "
        "[[Assembly|ORG|Northern Ireland Assembly]]. She pledged to work “with respect and "
        "integrity” with unionists.\n\n"
        "The [[DUP|ORG|Democratic Unionist Party]] ended its boycott after the [[UK|GPE|United Kingdom]] Government "
        "agreed on [[Wednesday|D|2024-01-31]] to cut checks on goods moving from [[Great Britain|LOC]] to "
        "[[Northern Ireland|GPE]]. [[DUP|ORG|Democratic Unionist Party]] leader [[Jeffrey Donaldson|PERSON]] said "
        "the deal had removed the [[Irish Sea|LOC]] border, a claim that [[Sinn Féin|ORG]] disputes.\n\n"
        "Prime Minister [[Rishi Sunak|PERSON]] has offered [[£3.3 billion|money|3300000000|GBP]] to stabilise "
        "public services, where [[about 150,000|count|150000|worker]] workers struck over pay on "
        "[[January 18|D|2024-01-18]].\n\n"
        "Taoiseach [[Leo Varadkar|PERSON]] and [[Sinn Féin|ORG]] president [[Mary Lou McDonald|PERSON]] watched "
        "from the gallery. [[Varadkar|PERSON|Leo Varadkar]] said the day marked “a new chapter” for the "
        "[[Good Friday Agreement|LAW]], which turns [[26 years old|D|P26Y]] in [[April|D|2024-04]].\n\n"
        "The [[Assembly|ORG|Northern Ireland Assembly]] has [[90|count|90|member]] members. [[Sinn Féin|ORG]] won "
        "[[27|count|27|seat]] seats at the [[May 2022|D|2022-05]] election, [[two|count|2|seat]] more than the "
        "[[DUP|ORG|Democratic Unionist Party]].",
        [
            ("Michelle O'Neill", "tell", "This is an historic day which represents a new dawn", True),
            ("Michelle O'Neill", "pledge", "work “with respect and integrity” with unionists", False),
            ("Jeffrey Donaldson", "say", "the deal had removed the Irish Sea border", False),
            ("Leo Varadkar", "say", "the day marked “a new chapter” for the Good Friday Agreement, which turns 26 years "
             "old in April", False),
        ],
    ),
    (
        "own66-ho-11", "wikinews-egypt-ras-el-hekma-deal", "2024-02-24", "2024-02-24",
        "[[Egypt|GPE]] signs [[$35 billion|money|35000000000|USD]] deal with [[Abu Dhabi|GPE]] fund to develop "
        "[[Ras El Hekma|LOC]]\n\n"
        "[[Saturday, February 24, 2024|D|2024-02-24]]\n\n"
        "[[Egyptian|NORP]] Prime Minister [[Mostafa Madbouly|PERSON]] announced on [[Friday|D|2024-02-23]] that "
        "[[ADQ|ORG]], a sovereign wealth fund of [[Abu Dhabi|GPE]], would pay [[$24 billion|money|24000000000|USD]] "
        "for the right to develop the [[Ras El Hekma|LOC]] peninsula on the [[Mediterranean|LOC|Mediterranean Sea]] "
        "coast, [[about 350 kilometres|quantity|350|km]] north-west of [[Cairo|GPE]]. The "
        "[[United Arab Emirates|GPE]] will also convert [[$11 billion|money|11000000000|USD]] of deposits held at "
        "the [[Central Bank of Egypt|ORG]] into investments in the project.\n\n"
        "“This is the largest direct investment deal in [[Egypt|GPE]]’s history,” [[Madbouly|PERSON|Mostafa "
        "Madbouly]] told a news conference in [[Cairo|GPE]]. He said [[Egypt|GPE]] would receive "
        "[[$10 billion|money|10000000000|USD]] within [[one week|D|P1W]] and the rest within "
        "[[two months|D|P2M]], and would keep a [[35%|percent|35|%]] share of the project’s profits.\n\n"
        "The new city is to cover [[about 170 million square metres|quantity|170000000|m2]] and draw "
        "[[8 million|count|8000000|tourist]] tourists a year. [[Madbouly|PERSON|Mostafa Madbouly]] said building "
        "would begin in [[early 2025|D|2025]].\n\n"
        "[[Egypt|GPE]] has been short of foreign currency since [[Russia|GPE]]’s invasion of [[Ukraine|GPE]] in "
        "[[2022|D|2022]], and attacks on shipping by [[Yemen|GPE]]’s [[Houthis|ORG|Houthi movement]] have cut "
        "[[Suez Canal|FAC]] revenue by [[about 50%|percent|50|%]] since [[December|D|2023-12]]. The "
        "[[Egyptian|NORP]] pound, officially at [[30.9 pounds|money|30.9|EGP]] to the dollar, traded at "
        "[[about 70 pounds|money|70|EGP]] on the black market in [[January|D|2024-01]].\n\n"
        "[[Kristalina Georgieva|PERSON]], managing director of the [[International Monetary Fund|ORG]], said "
        "[[Thursday|D|2024-02-22]] that talks with [[Egypt|GPE]] on a larger loan were in their final stage.",
        [
            ("Mostafa Madbouly", "announce", "ADQ, a sovereign wealth fund of Abu Dhabi, would pay $24 billion for the "
             "right to develop the Ras El Hekma peninsula on the Mediterranean coast, about 350 kilometres north-west "
             "of Cairo", False),
            ("Mostafa Madbouly", "tell", "This is the largest direct investment deal in Egypt’s history", True),
            ("Mostafa Madbouly", "say", "Egypt would receive $10 billion within one week and the rest within two "
             "months, and would keep a 35% share of the project’s profits", False),
            ("Mostafa Madbouly", "say", "building would begin in early 2025", False),
            ("Kristalina Georgieva", "say", "talks with Egypt on a larger loan were in their final stage", False),
        ],
    ),
    (
        "own66-ho-12", "reuters-1996-lima-japanese-embassy-hostages", "1996-12-18", "1996-12-18",
        "[[Peru|GPE]] rebels hold hundreds at [[Japanese|NORP]] envoy’s home.\n\n"
        "[[LIMA|GPE|Lima]] [[1996-12-18|D|1996-12-18]]\n\n"
        "Leftist [[Tupac Amaru|ORG|Túpac Amaru Revolutionary Movement]] rebels held "
        "[[about 490|count|490|hostage]] hostages, among them [[Peru|GPE]]’s foreign minister and "
        "[[Japan|GPE]]’s ambassador, at the ambassador’s residence in [[Lima|GPE]] on [[Wednesday|D|1996-12-18]] "
        "after storming a party there late on [[Tuesday|D|1996-12-17]].\n\n"
        "Ambassador [[Morihisa Aoki|PERSON]] was hosting [[about 600|count|600|guest]] guests to mark Emperor "
        "[[Akihito|PERSON]]’s [[63rd|ordinal|63]] birthday when [[about 20|count|20|guerrilla]] guerrillas led by "
        "[[Nestor Cerpa|PERSON|Néstor Cerpa Cartolini]] blew a hole in a garden wall. The rebels demanded the "
        "release of [[about 400|count|400|member]] jailed members of the group.\n\n"
        "President [[Alberto Fujimori|PERSON]], whose brother [[Pedro|PERSON|Pedro Fujimori]] was among the "
        "hostages, met his security chiefs through the night but made no public comment. The rebels freed "
        "[[four|count|4|woman]] women, and [[Canadian|NORP]] Ambassador [[Anthony Vincent|PERSON]] left the "
        "residence to carry messages.\n\n"
        "In [[Tokyo|GPE]], Prime Minister [[Ryutaro Hashimoto|PERSON]] told reporters that [[Japan|GPE]] would put "
        "the safety of the hostages first, and he sent Foreign Minister [[Yukihiko Ikeda|PERSON]] to "
        "[[Lima|GPE]].\n\n"
        "The [[International Committee of the Red Cross|ORG]] said its delegate [[Michel Minnig|PERSON]] had been "
        "allowed into the house with water and medicine.\n\n"
        "Shares fell on the [[Lima Stock Exchange|ORG]], where the general index lost "
        "[[3.2 percent|percent|3.2|%]] to [[1,730.15|number|1730.15]]. The sol weakened to "
        "[[2.59 soles|money|2.59|PEN]] per dollar from [[2.57|money|2.57|PEN]] on [[Tuesday|D|1996-12-17]].\n\n"
        "The group, named after the rebel leader [[Tupac Amaru II|PERSON|Túpac Amaru II]], has been fighting the "
        "government since [[1984|D|1984]].\n\n"
        "-- Lima newsroom, 511 221 4151",
        [
            ("Ryutaro Hashimoto", "tell", "Japan would put the safety of the hostages first", False),
            ("International Committee of the Red Cross", "say", "its delegate Michel Minnig had been allowed into the "
             "house with water and medicine", False),
        ],
    ),
    (
        "own66-ho-13", "reuters-1996-japanese-league-soccer", "1996-09-28", "1996-09-28",
        "SOCCER - [[KASHIMA|ORG|Kashima Antlers]] GO [[FOUR|count|4|point]] POINTS CLEAR IN [[JAPAN|GPE|Japan]].\n\n"
        "[[TOKYO|GPE|Tokyo]] [[1996-09-28|D|1996-09-28]]\n\n"
        "Leaders [[Kashima Antlers|ORG]] beat [[Yokohama Marinos|ORG|Yokohama F. Marinos]] [[2|number|2]]-"
        "[[1|number|1]] on [[Saturday|D|1996-09-28]] to go [[four|count|4|point]] points clear at the top of the "
        "[[J.League|ORG]] with [[six|count|6|match]] matches left.\n\n"
        "[[Brazilian|NORP]] midfielder [[Jorginho|PERSON|Jorginho (footballer, born 1964)]] set up both goals for "
        "[[Yoshiyuki Hasegawa|PERSON]] in front of [[15,200|count|15200|spectator]] spectators at "
        "[[Kashima Stadium|FAC|Kashima Soccer Stadium]].\n\n"
        "[[Kazuyoshi Miura|PERSON]] scored twice as [[Verdy Kawasaki|ORG|Tokyo Verdy]] beat "
        "[[Cerezo Osaka|ORG]] [[3|number|3]]-[[1|number|1]] to take his tally for the season to "
        "[[19|count|19|goal]].\n\n"
        "[[Nagoya Grampus Eight|ORG|Nagoya Grampus]], who are second, playing their [[first|ordinal|1]] match since "
        "coach [[Arsene Wenger|PERSON|Arsène Wenger]] left to join [[Arsenal|ORG|Arsenal F.C.]], lost "
        "[[2|number|2]]-[[0|number|0]] at [[Jubilo Iwata|ORG|Júbilo Iwata]], for whom "
        "[[Masashi Nakayama|PERSON]] and [[Salvatore Schillaci|PERSON]] scored.\n\n"
        "“We played without fear, but [[Kashima|ORG|Kashima Antlers]] are stronger than us [[this year|D|1996]],” "
        "[[Nagoya|ORG|Nagoya Grampus]] "
        "captain [[Dragan Stojkovic|PERSON|Dragan Stojković]] said.\n\n"
        "Results:\n"
        "[[Kashima|ORG|Kashima Antlers]] [[2|number|2]] [[Yokohama Marinos|ORG|Yokohama F. Marinos]] "
        "[[1|number|1]]\n"
        "[[Verdy|ORG|Tokyo Verdy]] [[3|number|3]] [[Cerezo|ORG|Cerezo Osaka]] [[1|number|1]]\n"
        "[[Jubilo|ORG|Júbilo Iwata]] [[2|number|2]] [[Nagoya|ORG|Nagoya Grampus]] [[0|number|0]]\n"
        "[[Yokohama Fluegels|ORG|Yokohama Flügels]] [[1|number|1]] [[Urawa|ORG|Urawa Red Diamonds]] "
        "[[0|number|0]]\n"
        "[[Bellmare|ORG|Shonan Bellmare]] [[2|number|2]] [[Shimizu|ORG|Shimizu S-Pulse]] [[3|number|3]] "
        "(golden goal)\n\n"
        "Standings (played, won, lost, goals for, against, points):\n"
        "[[Kashima|ORG|Kashima Antlers]]   [[24|number|24]] [[19|number|19]] [[5|number|5]] [[44|number|44]] "
        "[[21|number|21]] [[56|number|56]]\n"
        "[[Nagoya|ORG|Nagoya Grampus]]    [[24|number|24]] [[17|number|17]] [[7|number|7]] [[40|number|40]] "
        "[[25|number|25]] [[52|number|52]]\n"
        "[[Fluegels|ORG|Yokohama Flügels]]  [[24|number|24]] [[17|number|17]] [[7|number|7]] [[38|number|38]] "
        "[[27|number|27]] [[50|number|50]]\n"
        "[[Jubilo|ORG|Júbilo Iwata]]    [[24|number|24]] [[16|number|16]] [[8|number|8]] [[37|number|37]] "
        "[[24|number|24]] [[48|number|48]]\n"
        "[[Verdy|ORG|Tokyo Verdy]]     [[24|number|24]] [[15|number|15]] [[9|number|9]] [[45|number|45]] "
        "[[33|number|33]] [[45|number|45]]",
        [
            ("Dragan Stojković", "say", "We played without fear, but Kashima are stronger than us this year", True),
        ],
    ),
    (
        "own66-ho-14", "reuters-1996-five-nations-scotland-england", "1996-03-02", "1996-03-02",
        "RUGBY UNION - [[ENGLAND|GPE|England]] END [[SCOTLAND|GPE|Scotland]]’S GRAND SLAM HOPES.\n\n"
        "[[EDINBURGH|GPE|Edinburgh]] [[1996-03-02|D|1996-03-02]]\n\n"
        "[[Paul Grayson|PERSON]] kicked [[six|count|6|penalty]] penalties as [[England|GPE]] beat "
        "[[Scotland|GPE]] [[18|number|18]]-[[9|number|9]] in the [[Five Nations|EVENT|1996 Five Nations "
        "Championship]] at [[Murrayfield|FAC|Murrayfield Stadium]] on [[Saturday|D|1996-03-02]] to end the home "
        "side’s hopes of a Grand Slam.\n\n"
        "[[Scotland|GPE]], who had beaten [[Ireland|GPE]], [[France|GPE]] and [[Wales|GPE]], managed only "
        "[[three|count|3|penalty]] penalties by full back [[Michael Dods|PERSON]] in front of "
        "[[67,500|count|67500|spectator]] spectators.\n\n"
        "“We kept the ball in the forwards and let [[Paul|PERSON|Paul Grayson]] do the rest,” [[England|GPE]] captain "
        "[[Will Carling|PERSON]] said. [[Scotland|GPE]] captain [[Rob Wainwright|PERSON]] said his side had given "
        "away too many penalties.\n\n"
        "[[England|GPE]] coach [[Jack Rowell|PERSON]] said the title would be decided on points difference if "
        "[[England|GPE]] beat [[Ireland|GPE]] at [[Twickenham|FAC|Twickenham Stadium]] on "
        "[[March 16|D|1996-03-16]].\n\n"
        "In [[Dublin|GPE]], [[Ireland|GPE]] beat [[Wales|GPE]] [[30|number|30]]-[[17|number|17]].\n\n"
        "Scorers:\n"
        "[[England|GPE]] - Penalties: [[Grayson|PERSON|Paul Grayson]] ([[6|count|6|penalty]]).\n"
        "[[Scotland|GPE]] - Penalties: [[Dods|PERSON|Michael Dods]] ([[3|count|3|penalty]]).\n\n"
        "Standings (played, won, lost, points for, against, points):\n"
        "[[Scotland|GPE]] [[4|number|4]] [[3|number|3]] [[1|number|1]] [[60|number|60]] [[56|number|56]] "
        "[[6|number|6]]\n"
        "[[England|GPE]]  [[3|number|3]] [[2|number|2]] [[1|number|1]] [[51|number|51]] [[39|number|39]] "
        "[[4|number|4]]\n"
        "[[France|GPE]]   [[3|number|3]] [[2|number|2]] [[1|number|1]] [[74|number|74]] [[41|number|41]] "
        "[[4|number|4]]\n"
        "[[Ireland|GPE]]  [[3|number|3]] [[1|number|1]] [[2|number|2]] [[50|number|50]] [[78|number|78]] "
        "[[2|number|2]]\n"
        "[[Wales|GPE]]    [[3|number|3]] [[0|number|0]] [[3|number|3]] [[46|number|46]] [[67|number|67]] "
        "[[0|number|0]]",
        [
            ("Will Carling", "say", "We kept the ball in the forwards and let Paul do the rest", True),
            ("Rob Wainwright", "say", "his side had given away too many penalties", False),
            ("Jack Rowell", "say", "the title would be decided on points difference if England beat Ireland at "
             "Twickenham on March 16", False),
        ],
    ),
]
