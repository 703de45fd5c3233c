"""Held-out set 30 (blind): marked texts of briefs 08-14 and their statements (see
``build_own30_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own30-ho-08", "afdb-approval", "2025-06-25", "2025-06-25",
        "[[Kenya|GPE]]: [[African Development Bank|ORG]] approves [[$150 million|money|150000000|USD]] to bring "
        "electricity to rural homes\n"
        "[[Abidjan|GPE]], [[Côte d'Ivoire|GPE|Ivory Coast]] – [[25 June 2025|D|2025-06-25]]\n\n"
        "The Board of Directors of the [[African Development Bank Group|ORG|African Development Bank]] on "
        "[[Tuesday|D|2025-06-24]] approved a loan of [[$150 million|money|150000000|USD]] to the Government of "
        "[[Kenya|GPE]] for the Last Mile Connectivity Project Phase IV.\n\n"
        "The project will connect [[about 280,000|count|280000|household]] households, [[1,500|count|1500|school]] "
        "schools and [[300|count|300|clinic]] rural clinics in [[22|count|22|county]] counties to the national "
        "grid, benefiting [[more than 1.4 million|count|1400000|person]] people. It will build [[2,100 "
        "kilometres|quantity|2100|km]] of medium- and low-voltage lines and [[620|count|620|transformer]] "
        "transformers.\n\n"
        "The [[African Development Fund|ORG]], the concessional window of the [[Bank Group|ORG|African "
        "Development Bank]], will provide [[$100 million|money|100000000|USD]] and the [[African Development "
        "Bank|ORG]] [[$50 million|money|50000000|USD]]. The [[Japan International Cooperation Agency|ORG]] is "
        "co-financing the project with a loan of [[$60 million|money|60000000|USD]].\n\n"
        "“Access to electricity transforms lives. This project will bring power to schools, clinics and small "
        "businesses in rural [[Kenya|GPE]],” said [[Nnenna Nwabufo|PERSON]], the [[Bank|ORG|African Development "
        "Bank]]'s Director General for [[East Africa|LOC]].\n\n"
        "[[Kenya|GPE]]'s Cabinet Secretary for Energy and Petroleum, [[Opiyo Wandayi|PERSON]], said the government "
        "aimed to give every household access to electricity by [[2030|D|2030]]. The [[Bank|ORG|African "
        "Development Bank]] estimates that [[about 75%|percent|75|%]] of [[Kenyans|NORP|Kenyan]] have access to "
        "power, but that the rate falls to [[less than 50%|percent|50|%]] in "
        "some northern counties.\n\n"
        "[[African Development Bank|ORG]] President [[Akinwumi Adesina|PERSON]], whose [[second|ordinal|2]] term ends on "
        "[[31 August|D|2025-08-31]], said the approval showed the institution's commitment to ending energy "
        "poverty in [[Africa|LOC]]. The [[Bank|ORG|African Development Bank]] said the project would create "
        "[[about 4,000|count|4000|job]] jobs during construction, which is expected to take [[three "
        "years|D|P3Y]].\n\n"
        "The [[Bank|ORG|African Development Bank]]'s active portfolio in [[Kenya|GPE]] comprises "
        "[[36|count|36|operation]] operations worth [[$3.5 billion|money|3500000000|USD]].",
        [
            ("Nnenna Nwabufo", "say", "Access to electricity transforms lives. This project will bring power to "
             "schools, clinics and small businesses in rural Kenya", True),
            ("Opiyo Wandayi", "say", "the government aimed to give every household access to electricity by 2030",
             False),
            ("African Development Bank", "estimate", "about 75% of Kenyans have access to power, but that the "
             "rate falls to less than 50% in some northern counties", False),
            ("Akinwumi Adesina", "say", "the approval showed the institution's commitment to ending energy "
             "poverty in Africa", False),
            ("African Development Bank", "say", "the project would create about 4,000 jobs during construction",
             False),
        ],
    ),
    (
        "own30-ho-09", "wikinews-moon-lander", "2025-06-06", "2025-06-06",
        "[[Japanese|NORP]] lunar lander lost moments before touchdown\n"
        "[[Friday, June 6, 2025|D|2025-06-06]]\n\n"
        "[[Japanese|NORP]] company [[ispace|ORG|ispace (company)]] said [[today|D|2025-06-06]] it had lost contact "
        "with its [[Resilience|PRODUCT|Hakuto-R Mission 2]] lander moments before the spacecraft was due to touch "
        "down on the [[Moon|LOC]]. It is the company's [[second|ordinal|2]] failed landing attempt in [[two "
        "years|D|P2Y]].\n\n"
        "The lander was to touch down at 4:17 a.m. [[Japan|GPE]] time (19:17 UTC on [[Thursday|D|2025-06-05]]) "
        "in [[Mare Frigoris|LOC]], a plain in the far north of the near side of the [[Moon|LOC]]. Data sent "
        "during the descent showed that the laser rangefinder had been slow to measure the distance to the "
        "surface, and the lander was still falling at [[more than 150 km/h|quantity|150|km/h]] when contact was "
        "lost.\n\n"
        "“We could not achieve the landing, and we apologise to our shareholders and partners,” [[ispace|ORG|ispace "
        "(company)]] Chief Executive [[Takeshi Hakamada|PERSON]] told a news conference in [[Tokyo|GPE]]. He said "
        "the company would study the data and that its next mission would not be delayed.\n\n"
        "The lander carried [[five|count|5|payload]] payloads, among them [[Tenacious|PRODUCT|Tenacious "
        "(rover)]], a small rover built by the company's [[Luxembourg|GPE]] subsidiary, and a model of a red "
        "house by [[Swedish|NORP]] artist [[Mikael Genberg|PERSON]].\n\n"
        "[[Resilience|PRODUCT|Hakuto-R Mission 2]] was launched on [[January 15|D|2025-01-15]] aboard a "
        "[[SpaceX|ORG]] [[Falcon 9|PRODUCT]] rocket from [[Florida|GPE]], together with [[Firefly "
        "Aerospace|ORG]]'s [[Blue Ghost|PRODUCT|Blue Ghost Mission 1]] lander, which landed successfully in "
        "[[March|D|2025-03]]. The company's [[first|ordinal|1]] lander crashed in [[April 2023|D|2023-04]].\n\n"
        "[[ispace|ORG|ispace (company)]] shares fell [[18%|percent|18|%]] in [[Tokyo|GPE]] trading. Science "
        "minister [[Toshiko Abe|PERSON]] said the government would keep supporting private lunar exploration, and "
        "the [[Japan Aerospace Exploration Agency|ORG|JAXA]] said it expected to work with the company on future "
        "missions.",
        [
            ("ispace (company)", "say", "it had lost contact with its Resilience lander moments before the "
             "spacecraft was due to touch down on the Moon", False),
            ("Takeshi Hakamada", "tell", "We could not achieve the landing, and we apologise to our shareholders "
             "and partners", True),
            ("Takeshi Hakamada", "say", "the company would study the data and that its next mission would not be "
             "delayed", False),
            ("Toshiko Abe", "say", "the government would keep supporting private lunar exploration", False),
            ("JAXA", "say", "it expected to work with the company on future missions", False),
        ],
    ),
    (
        "own30-ho-10", "wikinews-strait-collision", "2025-06-18", "2025-06-18",
        "[[Two|count|2|tanker]] tankers collide near [[Strait of Hormuz|LOC]] amid signal jamming\n"
        "[[Wednesday, June 18, 2025|D|2025-06-18]]\n\n"
        "[[Two|count|2|tanker]] tankers collided and caught fire in the [[Gulf of Oman|LOC]] near the [[Strait of "
        "Hormuz|LOC]] on [[Tuesday|D|2025-06-17]], amid widespread jamming of ship navigation signals during the "
        "conflict between [[Israel|GPE]] and [[Iran|GPE]].\n\n"
        "The [[United Kingdom Maritime Trade Operations|ORG]] ([[UKMTO|ORG|United Kingdom Maritime Trade "
        "Operations]]) centre said the collision happened [[about 24 nautical miles|quantity|24|nmi]] east of "
        "[[Khor Fakkan|GPE]] in the [[United Arab Emirates|GPE]]. The [[Front Eagle|PRODUCT]], a crude carrier "
        "operated by [[Frontline|ORG|Frontline plc]], struck the [[Adalynn|PRODUCT]], which was sailing without "
        "cargo.\n\n"
        "[[Frontline|ORG|Frontline plc]] said the fire on deck had been put out, no one was injured and no oil had "
        "leaked. The [[Front Eagle|PRODUCT]] was carrying [[about 2 million barrels|quantity|2000000|bbl]] of crude "
        "from [[Iraq|GPE]] to [[China|GPE]]. Chief Executive [[Lars Barstad|PERSON]] told [[Reuters|ORG]] the "
        "collision was a navigational error and was not linked to the conflict.\n\n"
        "The [[Joint Maritime Information Center|ORG]] said interference with ship positioning signals had "
        "affected [[more than 970|count|970|ship]] ships on [[Monday|D|2025-06-16]]. Maritime data company "
        "[[Windward|ORG|Windward (company)]] reported that vessels were shown on tracking screens as sitting on "
        "land, including at airports in [[Iran|GPE]].\n\n"
        "About a fifth of the world's oil, [[around 20 million barrels|quantity|20000000|bbl]] a day, passes "
        "through the strait, which lies between [[Oman|GPE]] and [[Iran|GPE]]. [[Iranian|NORP]] lawmakers have "
        "called for it to be closed.\n\n"
        "Tanker freight rates from the [[Middle East|LOC]] to [[China|GPE]] have more than doubled since [[June "
        "13|D|2025-06-13]], when [[Israel|GPE]] began strikes on [[Iran|GPE]], according to shipbroker "
        "[[Braemar|ORG|Braemar plc]]. [[Jakob Larsen|PERSON]], head of security at [[BIMCO|ORG]], said crews "
        "should navigate by radar and by sight when satellite signals were unreliable.",
        [
            ("United Kingdom Maritime Trade Operations", "say", "the collision happened about 24 nautical miles "
             "east of Khor Fakkan in the United Arab Emirates", False),
            ("Frontline plc", "say", "the fire on deck had been put out, no one was injured and no oil had leaked",
             False),
            ("Lars Barstad", "tell", "the collision was a navigational error and was not linked to the conflict",
             False),
            ("Joint Maritime Information Center", "say", "interference with ship positioning signals had "
             "affected more than 970 ships on Monday", False),
            ("Windward (company)", "report", "vessels were shown on tracking screens as sitting on land, "
             "including at airports in Iran", False),
            ("Braemar plc", "according to", "Tanker freight rates from the Middle East to China have more than "
             "doubled since June 13, when Israel began strikes on Iran", False),
            ("Jakob Larsen", "say", "crews should navigate by radar and by sight when satellite signals were "
             "unreliable", False),
        ],
    ),
    (
        "own30-ho-11", "wikinews-latam-election", "2023-10-30", "2023-10-30",
        "[[Carlos Fernando Galán|PERSON]] elected mayor of [[Bogotá|GPE]] as [[Colombia|GPE]] votes in regional "
        "elections\n"
        "[[Monday, October 30, 2023|D|2023-10-30]]\n\n"
        "[[Colombian|NORP]] voters elected mayors, governors and local councils across the country on "
        "[[Sunday|D|2023-10-29]]. In the capital, [[Bogotá|GPE]], [[Carlos Fernando Galán|PERSON]] of the [[New "
        "Liberalism|ORG|New Liberalism (Colombia)]] party won in the [[first|ordinal|1]] round with "
        "[[49.0%|percent|49.0|%]] of the vote, [[almost 1.5 million|count|1500000|vote]] votes.\n\n"
        "[[Juan Daniel Oviedo|PERSON]], a former head of the national statistics agency [[DANE|ORG|National "
        "Administrative Department of Statistics]], came [[second|ordinal|2]] with [[20.1%|percent|20.1|%]], and "
        "[[Gustavo Bolívar|PERSON]] of President [[Gustavo Petro|PERSON]]'s [[Historic Pact|ORG|Historic Pact for "
        "Colombia]] coalition was [[third|ordinal|3]] with [[18.7%|percent|18.7|%]]. Turnout in the city was "
        "[[about 57%|percent|57|%]].\n\n"
        "[[Galán|PERSON|Carlos Fernando Galán]] is the son of [[Luis Carlos Galán|PERSON]], a presidential "
        "candidate who was assassinated in [[1989|D|1989]], and had lost the [[two|count|2|race]] previous "
        "mayoral races.\n\n"
        "“[[Bogotá|GPE]] chose hope over fear. We will govern for everyone, including those who did not vote for "
        "us,” [[Galán|PERSON|Carlos Fernando Galán]] told supporters at the [[Movistar Arena|FAC|Movistar Arena (Bogotá)]]. He promised "
        "to build the [[first|ordinal|1]] line of the [[Bogotá Metro|FAC]] on schedule and to add "
        "[[1,500|count|1500|officer]] officers to the city's police force.\n\n"
        "In [[Medellín|GPE]], former mayor [[Federico Gutiérrez|PERSON]] won with [[73%|percent|73|%]] of the "
        "vote, and in [[Cali|GPE]] [[Alejandro Eder|PERSON]] was elected with [[about 40%|percent|40|%]]. "
        "Candidates backed by the [[Historic Pact|ORG|Historic Pact for Colombia]] lost in most large cities. "
        "[[Oviedo|PERSON|Juan Daniel Oviedo]] said he would join the city council as an opposition voice.\n\n"
        "[[Petro|PERSON|Gustavo Petro]] wrote on social media that his government would work with all the new "
        "mayors and governors. Outgoing mayor [[Claudia López|PERSON|Claudia López Hernández]] congratulated "
        "[[Galán|PERSON|Carlos Fernando Galán]] and said the transition would begin [[next week|D|2023-W45]].\n\n"
        "The new officials take office on [[January 1, 2024|D|2024-01-01]] for [[four-year|D|P4Y]] terms.",
        [
            ("Carlos Fernando Galán", "tell", "Bogotá chose hope over fear. We will govern for everyone, including "
             "those who did not vote for us", True),
            ("Carlos Fernando Galán", "promise", "build the first line of the Bogotá Metro on schedule and to add "
             "1,500 officers to the city's police force", False),
            ("Juan Daniel Oviedo", "say", "he would join the city council as an opposition voice", False),
            ("Gustavo Petro", "write", "his government would work with all the new mayors and governors", False),
            ("Claudia López Hernández", "say", "the transition would begin next week", False),
        ],
    ),
    (
        "own30-ho-12", "wire-mideast-1996", "1996-08-26", "1996-08-26",
        "[[ISRAEL|GPE|Israel]], [[PLO|ORG|Palestine Liberation Organization]] TO RESUME TALKS ON "
        "[[HEBRON|GPE|Hebron]] PULLOUT\n"
        "[[JERUSALEM|GPE|Jerusalem]] [[1996-08-26|D|1996-08-26]]\n"
        "[[Israel|GPE]] and the [[PLO|ORG|Palestine Liberation Organization]] agreed on [[Monday|D|1996-08-26]] "
        "to resume talks [[next week|D|1996-W36]] on an [[Israeli|NORP]] troop pullout from the [[West Bank|LOC]] "
        "town of [[Hebron|GPE]], [[Israeli|NORP]] and [[Palestinian|NORP]] officials said.\n"
        "The decision came after a meeting in [[Gaza|GPE|Gaza City]] between [[Palestinian|NORP]] President [[Yasser "
        "Arafat|PERSON]] and [[Dore Gold|PERSON]], an adviser to Prime Minister [[Benjamin Netanyahu|PERSON]].\n"
        "“We agreed that the steering committee would meet [[next week|D|1996-W36]] to discuss "
        "[[Hebron|GPE]],” [[Gold|PERSON|Dore Gold]] told reporters after the two-hour meeting.\n"
        "[[Palestinian|NORP]] negotiator [[Saeb Erekat|PERSON]] said the [[Palestinians|NORP|Palestinian]] would "
        "insist that [[Israel|GPE]] carry out the redeployment agreed under the interim peace deal signed in "
        "[[Washington|GPE|Washington, D.C.]] [[last September|D|1995-09]]. “The ball is now in the "
        "[[Israeli|NORP]] court,” he added.\n"
        "[[Israel|GPE]] was due to withdraw from most of [[Hebron|GPE]] in [[March|D|1996-03]], but the previous "
        "government of [[Shimon Peres|PERSON]] postponed the pullout after a wave of suicide bombings. [[About "
        "400|count|400|settler]] [[Jewish|NORP]] settlers live among [[some 100,000|count|100000|Palestinian]] "
        "[[Palestinians|NORP|Palestinian]] in the town.\n"
        "[[Netanyahu|PERSON|Benjamin Netanyahu]], whose right-wing [[Likud|ORG]] party took office in "
        "[[June|D|1996-06]], has said he wants changes to the [[Hebron|GPE]] arrangements to protect the "
        "settlers.\n"
        "[[Arafat|PERSON|Yasser Arafat]] said on [[Sunday|D|1996-08-25]] that an [[Israeli|NORP]] plan to build "
        "[[900|count|900|home]] homes in the [[West Bank|LOC]] settlement of [[Kiryat Sefer|GPE|Modi'in "
        "Illit]] violated the peace accords.\n"
        "Foreign Minister [[David Levy|PERSON]] told [[Israel Radio|ORG]] he hoped to meet [[Arafat|PERSON|Yasser "
        "Arafat]] within [[two weeks|D|P2W]]. [[U.S.|GPE|United States]] envoy [[Dennis Ross|PERSON]] is "
        "expected in the region [[next month|D|1996-09]]. [[Israel Radio|ORG]] reported that "
        "[[Netanyahu|PERSON|Benjamin Netanyahu]] would meet [[Arafat|PERSON|Yasser Arafat]] after the "
        "[[Hebron|GPE]] talks.\n"
        "-- [[Jerusalem|GPE]] Newsroom 972-2-537-7001",
        [
            ("Dore Gold", "tell", "We agreed that the steering committee would meet next week to discuss Hebron",
             True),
            ("Saeb Erekat", "say", "the Palestinians would insist that Israel carry out the redeployment agreed "
             "under the interim peace deal signed in Washington last September", False),
            ("Saeb Erekat", "add", "The ball is now in the Israeli court", True),
            ("Benjamin Netanyahu", "say", "he wants changes to the Hebron arrangements to protect the settlers",
             False),
            ("Yasser Arafat", "say", "an Israeli plan to build 900 homes in the West Bank settlement of Kiryat "
             "Sefer violated the peace accords", False),
            ("David Levy", "tell", "he hoped to meet Arafat within two weeks", False),
            ("Israel Radio", "report", "Netanyahu would meet Arafat after the Hebron talks", False),
        ],
    ),
    (
        "own30-ho-13", "wire-dutch-soccer-1996", "1996-08-25", "1996-08-25",
        "SOCCER - [[DUTCH|NORP|Dutch]] [[FIRST|ordinal|1]] DIVISION RESULTS / STANDINGS\n"
        "[[AMSTERDAM|GPE|Amsterdam]] [[1996-08-25|D|1996-08-25]]\n"
        "Results of [[Dutch|NORP]] [[first|ordinal|1]] division soccer matches played on "
        "[[Saturday|D|1996-08-24]] and [[Sunday|D|1996-08-25]]:\n"
        "[[Ajax Amsterdam|ORG|AFC Ajax]] [[1|number|1]] [[NAC Breda|ORG]] [[0|number|0]]\n"
        "[[PSV Eindhoven|ORG]] [[3|number|3]] [[Fortuna Sittard|ORG]] [[1|number|1]]\n"
        "[[Feyenoord Rotterdam|ORG|Feyenoord]] [[2|number|2]] [[Sparta Rotterdam|ORG]] [[2|number|2]]\n"
        "[[Vitesse Arnhem|ORG|SBV Vitesse]] [[0|number|0]] [[Twente Enschede|ORG|FC Twente]] [[0|number|0]]\n"
        "[[Heerenveen|ORG|SC Heerenveen]] [[4|number|4]] [[Volendam|ORG|FC Volendam]] [[1|number|1]]\n"
        "[[Roda JC Kerkrade|ORG]] [[2|number|2]] [[NEC Nijmegen|ORG]] [[1|number|1]]\n"
        "[[Willem II Tilburg|ORG|Willem II (football club)]] [[1|number|1]] [[Utrecht|ORG|FC Utrecht]] "
        "[[3|number|3]]\n"
        "[[Groningen|ORG|FC Groningen]] [[2|number|2]] [[RKC Waalwijk|ORG]] [[2|number|2]]\n"
        "[[De Graafschap Doetinchem|ORG|De Graafschap]] [[0|number|0]] [[AZ Alkmaar|ORG]] [[1|number|1]]\n"
        "Standings (tabulate under games played, won, drawn, lost, goals for, against, points):\n"
        "[[PSV Eindhoven|ORG]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] [[7|number|7]] "
        "[[2|number|2]] [[6|number|6]]\n"
        "[[Heerenveen|ORG|SC Heerenveen]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] "
        "[[6|number|6]] [[2|number|2]] [[6|number|6]]\n"
        "[[Ajax Amsterdam|ORG|AFC Ajax]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] "
        "[[3|number|3]] [[0|number|0]] [[6|number|6]]\n"
        "[[Utrecht|ORG|FC Utrecht]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] [[4|number|4]] "
        "[[2|number|2]] [[4|number|4]]\n"
        "[[Groningen|ORG|FC Groningen]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] "
        "[[5|number|5]] [[4|number|4]] [[4|number|4]]\n"
        "[[Feyenoord Rotterdam|ORG|Feyenoord]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] "
        "[[4|number|4]] [[3|number|3]] [[4|number|4]]\n"
        "[[Roda JC Kerkrade|ORG]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] [[3|number|3]] "
        "[[2|number|2]] [[4|number|4]]\n"
        "[[AZ Alkmaar|ORG]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] [[1|number|1]] "
        "[[0|number|0]] [[4|number|4]]",
        [],
    ),
    (
        "own30-ho-14", "wire-tennis-1996", "1996-08-27", "1996-08-27",
        "TENNIS - RESULTS AT [[U.S. OPEN|EVENT|1996 US Open (tennis)]]\n"
        "[[NEW YORK|GPE|New York City]] [[1996-08-27|D|1996-08-27]]\n"
        "Results of [[first|ordinal|1]] round matches on [[Monday|D|1996-08-26]] at the [[U.S. "
        "Open|EVENT|1996 US Open (tennis)]] tennis championships at [[Flushing Meadows|LOC|Flushing "
        "Meadows–Corona Park]] (prefix number denotes seeding):\n"
        "Men's singles\n"
        "[[1|number|1]] - [[Pete Sampras|PERSON]] ([[U.S.|GPE|United States]]) beat [[Jimy Szymanski|PERSON]] "
        "([[Venezuela|GPE]]) [[6|number|6]]-[[2|number|2]] [[6|number|6]]-[[2|number|2]] "
        "[[6|number|6]]-[[1|number|1]]\n"
        "[[Jonas Bjorkman|PERSON|Jonas Björkman]] ([[Sweden|GPE]]) beat [[7|number|7]] - [[Richard Krajicek|PERSON]] "
        "([[Netherlands|GPE]]) [[6|number|6]]-[[4|number|4]] [[3|number|3]]-[[6|number|6]] "
        "[[7|number|7]]-[[6|number|6]] [[6|number|6]]-[[3|number|3]]\n"
        "[[6|number|6]] - [[Andre Agassi|PERSON]] ([[U.S.|GPE|United States]]) beat [[Mauricio "
        "Hadad|PERSON]] ([[Colombia|GPE]]) [[6|number|6]]-[[0|number|0]] [[6|number|6]]-[[3|number|3]] "
        "[[6|number|6]]-[[4|number|4]]\n"
        "[[Cedric Pioline|PERSON|Cédric Pioline]] ([[France|GPE]]) beat [[Javier Frana|PERSON]] "
        "([[Argentina|GPE]]) [[6|number|6]]-[[3|number|3]] [[4|number|4]]-[[6|number|6]] "
        "[[6|number|6]]-[[2|number|2]] [[6|number|6]]-[[2|number|2]]\n"
        "[[3|number|3]] - [[Thomas Muster|PERSON]] ([[Austria|GPE]]) beat [[Jeff Tarango|PERSON]] "
        "([[U.S.|GPE|United States]]) [[6|number|6]]-[[4|number|4]] [[6|number|6]]-[[2|number|2]] "
        "[[6|number|6]]-[[4|number|4]]\n"
        "Women's singles\n"
        "[[1|number|1]] - [[Steffi Graf|PERSON]] ([[Germany|GPE]]) beat [[Yayuk Basuki|PERSON]] "
        "([[Indonesia|GPE]]) [[6|number|6]]-[[3|number|3]] [[6|number|6]]-[[1|number|1]]\n"
        "[[2|number|2]] - [[Monica Seles|PERSON]] ([[U.S.|GPE|United States]]) beat [[Linda Wild|PERSON]] "
        "([[U.S.|GPE|United States]]) [[6|number|6]]-[[0|number|0]] [[6|number|6]]-[[1|number|1]]\n"
        "[[Kimberly Po|PERSON]] ([[U.S.|GPE|United States]]) beat [[11|number|11]] - [[Magdalena "
        "Maleeva|PERSON]] ([[Bulgaria|GPE]]) [[6|number|6]]-[[4|number|4]] [[7|number|7]]-[[5|number|5]]\n"
        "[[Martina Hingis|PERSON]] ([[Switzerland|GPE]]) beat [[Nathalie Tauziat|PERSON]] ([[France|GPE]]) "
        "[[6|number|6]]-[[1|number|1]] [[6|number|6]]-[[4|number|4]]\n"
        "[[4|number|4]] - [[Conchita Martinez|PERSON|Conchita Martínez]] ([[Spain|GPE]]) beat [[Ruxandra "
        "Dragomir|PERSON]] ([[Romania|GPE]]) [[6|number|6]]-[[2|number|2]] [[6|number|6]]-[[3|number|3]]\n"
        "[[8|number|8]] - [[Lindsay Davenport|PERSON]] ([[U.S.|GPE|United States]]) beat [[Sabine "
        "Appelmans|PERSON]] ([[Belgium|GPE]]) [[6|number|6]]-[[3|number|3]] [[6|number|6]]-[[0|number|0]]",
        [],
    ),
]
