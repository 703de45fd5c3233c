"""Held-out set 58 (blind): marked texts of briefs 08-14 and their statements (see
``build_own58_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own58-ho-08", "peru-health-ministry-dengue-briefing", "2024-03-06", "2024-03-06",
        "[[MINISTRY OF HEALTH OF PERU|ORG|Ministry of Health (Peru)]]\n"
        "Press conference on dengue – transcript excerpt\n"
        "[[Lima|GPE]], [[6 March 2024|D|2024-03-06]]\n\n"
        "The [[Ministry of Health|ORG|Ministry of Health (Peru)]] reported [[61,540|count|61540|case]] cases of "
        "dengue and [[71|count|71|death]] deaths [[this year|D|2024]], more than twice the number of cases "
        "recorded by [[early March 2023|D|2023-03]]. Health Minister [[César Vásquez|PERSON]] said the "
        "government had released [[S/ 95 million|money|95000000|PEN]] ([[about US$25 million|money|25000000|"
        "USD]]) for hospitals and fumigation.\n\n"
        "MINISTER [[CÉSAR VÁSQUEZ|PERSON|César Vásquez]]: We have declared a health emergency in "
        "[[20|count|20|region]] of the country’s [[25|count|25|region]] regions. [[Piura|GPE|Piura Region]], "
        "[[Lambayeque|GPE|Lambayeque Region]] and [[Tumbes|GPE|Tumbes Region]] account for "
        "[[62%|percent|62|%]] of cases. We will send [[1,200|count|1200|health worker]] health workers and "
        "[[900|count|900|team]] fumigation teams to the north by [[Friday|D|2024-03-08]].\n\n"
        "REPORTER: When will the peak come?\n\n"
        "EPIDEMIOLOGIST [[CÉSAR MUNAYCO|PERSON|César Munayco]]: We expect it in [[the second half of "
        "March|D|2024-03-16/2024-03-31]], when the rains end. Cases are doubling every "
        "ten days in [[Piura|GPE|Piura Region]].\n\n"
        "The [[Pan American Health Organization|ORG]] ([[PAHO|ORG|Pan American Health Organization]]) warned "
        "that the [[Americas|LOC]] could record more dengue cases in [[2024|D|2024]] than in any year on "
        "record, after [[4.6 million|count|4600000|case]] cases in [[2023|D|2023]].\n\n"
        "[[Piura|GPE|Piura Region]] Governor [[Luis Neyra|PERSON]] called for [[two|count|2|field hospital]] "
        "field hospitals and [[50|count|50|doctor]] more doctors for the region, where "
        "[[about 4,000|count|4000|case]] cases were reported [[last week|D|2024-W09]].\n\n"
        "[[Vásquez|PERSON|César Vásquez]] urged families to empty containers of standing water at least once a "
        "week.",
        [
            ("Ministry of Health (Peru)", "report", "61,540 cases of dengue and 71 deaths this year, more than "
             "twice the number of cases recorded by early March 2023", False),
            ("César Vásquez", "say", "the government had released S/ 95 million (about US$25 million) for "
             "hospitals and fumigation", False),
            ("Pan American Health Organization", "warn", "the Americas could record more dengue cases in 2024 than "
             "in any year on record, after 4.6 million cases in 2023", False),
            ("Luis Neyra", "call for", "two field hospitals and 50 more doctors for the region", False),
            ("César Vásquez", "urge", "families to empty containers of standing water at least once a week",
             False),
        ],
    ),
    (
        "own58-ho-09", "wikinews-tunisia-saied-reelected", "2024-10-08", "2024-10-08",
        "[[Tunisian|NORP]] President [[Kais Saied|PERSON]] re-elected with [[90.7%|percent|90.7|%]] of vote\n\n"
        "[[Tuesday, October 8, 2024|D|2024-10-08]]\n\n"
        "[[Tunisia|GPE]]’s [[Independent High Authority for Elections|ORG]] ([[ISIE|ORG|Independent High "
        "Authority for Elections]]) announced on [[Monday|D|2024-10-07]] that President [[Kais Saied|PERSON]] "
        "had won [[Sunday|D|2024-10-06]]’s election with [[90.7 percent|percent|90.7|%]] of the vote. Turnout "
        "was [[28.8 percent|percent|28.8|%]], the lowest in a presidential election since the "
        "[[2011|D|2011]] revolution.\n\n"
        "Businessman [[Ayachi Zammel|PERSON]], who is in prison and is serving sentences of "
        "[[more than 12 years|D|P12Y]], came second with [[7.4 percent|percent|7.4|%]]. "
        "[[Zouhair Maghzaoui|PERSON]], leader of the [[People’s Movement|ORG|People's Movement (Tunisia)]], "
        "received [[1.97 percent|percent|1.97|%]].\n\n"
        "[[ISIE|ORG|Independent High Authority for Elections]] chairman [[Farouk Bouasker|PERSON]] said "
        "[[2.8 million|count|2800000|voter]] of the [[9.7 million|count|9700000|voter]] registered voters had "
        "cast ballots.\n\n"
        "“This is a continuation of the revolution. We will build, and we will clean the country of the "
        "corrupt,” [[Saied|PERSON|Kais Saied]] told supporters in [[Tunis|GPE]] on [[Sunday|D|2024-10-06]]. "
        "The [[66-year-old|D|P66Y]] former law professor was first elected in [[2019|D|2019]].\n\n"
        "The [[National Salvation Front|ORG|National Salvation Front (Tunisia)]], the main opposition "
        "coalition, said the result had no legitimacy. [[Human Rights Watch|ORG]] said that "
        "[[more than 170|count|170|person]] people were held in [[Tunisia|GPE]] for political reasons.\n\n"
        "The [[European Union|ORG]], which signed a [[€105 million|money|105000000|EUR]] migration deal with "
        "[[Tunisia|GPE]] in [[July 2023|D|2023-07]], has not commented.",
        [
            ("Independent High Authority for Elections", "announce", "President Kais Saied had won Sunday’s "
             "election with 90.7 percent of the vote", False),
            ("Farouk Bouasker", "say", "2.8 million of the 9.7 million registered voters had cast ballots", False),
            ("Kais Saied", "tell", "This is a continuation of the revolution. We will build, and we will clean the "
             "country of the corrupt", True),
            ("National Salvation Front (Tunisia)", "say", "the result had no legitimacy", False),
            ("Human Rights Watch", "say", "more than 170 people were held in Tunisia for political reasons",
             False),
        ],
    ),
    (
        "own58-ho-10", "wikinews-bolsonaro-convicted", "2025-09-12", "2025-09-12",
        "[[Brazil|GPE]]’s [[Supreme Federal Court|ORG]] convicts [[Jair Bolsonaro|PERSON]] of coup plot\n\n"
        "[[Friday, September 12, 2025|D|2025-09-12]]\n\n"
        "A panel of [[Brazil|GPE]]’s [[Supreme Federal Court|ORG]] on [[Thursday|D|2025-09-11]] convicted "
        "former President [[Jair Bolsonaro|PERSON]] of plotting a coup to stay in power after his defeat in "
        "the [[2022|D|2022]] election, and sentenced him to "
        "[[27 years|D|P27Y]] and [[three months|D|P3M]] in prison.\n\n"
        "The [[First Panel|ORG|First Panel of the Supreme Federal Court]] voted [[4|number|4]]-[[1|number|1]]. "
        "Justice [[Alexandre de Moraes|PERSON]], the rapporteur, said [[Bolsonaro|PERSON|Jair Bolsonaro]] had "
        "led a criminal organisation that planned to overturn the result. Justice [[Luiz Fux|PERSON]] voted to "
        "acquit him.\n\n"
        "[[Seven|count|7|defendant]] other defendants were convicted, among them [[two|count|2|general]] "
        "former generals; former Defence Minister [[Walter Braga Netto|PERSON]] received "
        "[[26 years|D|P26Y]].\n\n"
        "The [[70-year-old|D|P70Y]] [[Bolsonaro|PERSON|Jair Bolsonaro]] has been under house arrest in "
        "[[Brasília|GPE]] since [[August|D|2025-08]]. His lawyers said they would appeal, calling the sentence "
        "“absurdly excessive”.\n\n"
        "[[U.S.|GPE|United States]] Secretary of State [[Marco Rubio|PERSON]] said [[Washington|GPE|"
        "Washington, D.C.]] would “respond accordingly” to the verdict. [[Washington|GPE|Washington, D.C.]] had already "
        "imposed tariffs of [[50 percent|percent|50|%]] on many [[Brazilian|NORP]] goods in [[July|D|2025-07]].\n\n"
        "President [[Luiz Inácio Lula da Silva|PERSON]] told a television interviewer that the trial had "
        "shown that [[Brazil|GPE]]’s institutions worked. Polls show about half of [[Brazilians|NORP|"
        "Brazilian]] back the verdict.",
        [
            ("Alexandre de Moraes", "say", "Bolsonaro had led a criminal organisation that planned to overturn "
             "the result", False),
            ("Marco Rubio", "say", "Washington would “respond accordingly” to the verdict", False),
            ("Luiz Inácio Lula da Silva", "tell", "the trial had shown that Brazil’s institutions worked", False),
        ],
    ),
    (
        "own58-ho-11", "wikinews-kazakhstan-nuclear-referendum", "2024-10-07", "2024-10-07",
        "[[Kazakhstan|GPE]] votes for [[first|ordinal|1]] nuclear power plant\n\n"
        "[[Monday, October 7, 2024|D|2024-10-07]]\n\n"
        "Voters in [[Kazakhstan|GPE]] approved the construction of the country’s [[first|ordinal|1]] nuclear "
        "power plant in a referendum on [[Sunday|D|2024-10-06]], according to preliminary results announced "
        "[[today|D|2024-10-07]] by the [[Central Referendum Commission|ORG|Central Referendum Commission "
        "(Kazakhstan)]].\n\n"
        "[[71.12 percent|percent|71.12|%]] of voters backed the plant and turnout was "
        "[[63.66 percent|percent|63.66|%]], commission chairman [[Nurlan Abdirov|PERSON]] said.\n\n"
        "The plant is planned near the village of [[Ulken|GPE]] on [[Lake Balkhash|LOC]], in the "
        "[[Almaty Region|GPE]], [[about 400 kilometres|quantity|400|km]] from [[Almaty|GPE]]. It would have "
        "[[two|count|2|reactor]] reactors and a capacity of [[2.4 gigawatts|quantity|2.4|GW]].\n\n"
        "President [[Kassym-Jomart Tokayev|PERSON]] said the result showed the “wisdom” of the people and "
        "that an international consortium would build the plant. [[Four|count|4|company]] companies are "
        "in the running: [[Russia|GPE]]’s [[Rosatom|ORG]], the [[China National Nuclear Corporation|ORG]], "
        "[[South Korea|GPE]]’s [[Korea Hydro & Nuclear Power|ORG]] and [[France|GPE]]’s [[EDF|ORG]].\n\n"
        "Opponents cited the [[Soviet|NORP]] nuclear tests at [[Semipalatinsk|GPE|Semey]], where "
        "[[456|count|456|test]] tests were carried out from [[1949 to 1989|D|1949/1989]]. "
        "Several activists said they had been detained.\n\n"
        "[[Kazakhstan|GPE]], the world’s largest producer of uranium, expects demand for electricity to "
        "outstrip supply by [[2030|D|2030]].",
        [
            ("Central Referendum Commission (Kazakhstan)", "according to", "Voters in Kazakhstan approved the "
             "construction of the country’s first nuclear power plant in a referendum on Sunday", False),
            ("Nurlan Abdirov", "say", "71.12 percent of voters backed the plant and turnout was 63.66 percent",
             False),
            ("Kassym-Jomart Tokayev", "say", "the result showed the “wisdom” of the people and that an "
             "international consortium would build the plant", False),
            ("Kazakhstan", "expect", "demand for electricity to outstrip supply by 2030", False),
        ],
    ),
    (
        "own58-ho-12", "wire-1996-lima-peru-economy", "1996-09-04", "1996-09-04",
        "[[Peru|GPE]] economy grows [[1.5 pct|percent|1.5|%]] in [[first half|D|1996-01/1996-06]] - "
        "[[Camet|PERSON|Jorge Camet]].\n"
        "[[LIMA|GPE|Lima]] [[1996-09-04|D|1996-09-04]]\n"
        "[[Peru|GPE]]'s economy grew [[1.5 percent|percent|1.5|%]] in [[the first half of 1996|D|1996-01/1996-06]] "
        "as the government cooled demand to cut the current account deficit, Economy Minister "
        "[[Jorge Camet|PERSON]] said on [[Wednesday|D|1996-09-04]].\n"
        "[[Camet|PERSON|Jorge Camet]] told reporters that growth would reach [[about 3 percent|percent|3|%]] "
        "for the whole of [[1996|D|1996]] and to [[5 percent|percent|5|%]] in [[1997|D|1997]].\n"
        "The economy grew [[6.9 percent|percent|6.9|%]] in [[1995|D|1995]] and "
        "[[12.8 percent|percent|12.8|%]] in [[1994|D|1994]], the fastest rate in the world that year.\n"
        "Inflation in [[the 12 months to August|D|1995-09/1996-08]] was [[11.4 percent|percent|11.4|%]], and "
        "the [[Central Reserve Bank|ORG|Central Reserve Bank of Peru]] expects it to fall to "
        "[[10 percent|percent|10|%]] by [[December|D|1996-12]].\n"
        "[[Camet|PERSON|Jorge Camet]] said the government would raise [[$2 billion|money|2000000000|USD]] from "
        "privatisations [[next year|D|1997]], after the sale of its stake in [[Telefonica del Peru|ORG]] for "
        "[[$1.1 billion|money|1100000000|USD]] in [[July|D|1996-07]].\n"
        "President [[Alberto Fujimori|PERSON]], who took office in [[1990|D|1990]], has promised to keep the "
        "fiscal deficit below [[1 percent|percent|1|%]] of gross domestic product.\n"
        "The sol traded at [[2.47 soles|money|2.47|PEN]] per dollar on [[Wednesday|D|1996-09-04]], against "
        "[[2.36 soles|money|2.36|PEN]] at the start of the year.\n"
        "An [[International Monetary Fund|ORG]] mission arrives in [[Lima|GPE]] [[next week|D|1996-W37]] to "
        "review a [[three-year|D|P3Y]] programme worth [[about $300 million|money|300000000|USD]].\n"
        "-- [[Lima|GPE]] newsroom, 511 221 2111",
        [
            ("Jorge Camet", "say", "Peru's economy grew 1.5 percent in the first half of 1996 as the government "
             "cooled demand to cut the current account deficit", False),
            ("Jorge Camet", "tell", "growth would reach about 3 percent for the whole of 1996 and to 5 "
             "percent in 1997", False),
            ("Central Reserve Bank of Peru", "expect", "it to fall to 10 percent by December", False),
            ("Jorge Camet", "say", "the government would raise $2 billion from privatisations next year, after "
             "the sale of its stake in Telefonica del Peru for $1.1 billion in July", False),
            ("Alberto Fujimori", "promise", "keep the fiscal deficit below 1 percent of gross domestic product",
             False),
        ],
    ),
    (
        "own58-ho-13", "wire-1996-argentine-soccer-results", "1996-09-09", "1996-09-09",
        "SOCCER - [[ARGENTINE|NORP|Argentine]] CHAMPIONSHIP RESULTS.\n"
        "[[BUENOS AIRES|GPE|Buenos Aires]] [[1996-09-09|D|1996-09-09]]\n"
        "Results of [[Argentine|NORP]] [[first|ordinal|1]] division matches played on [[Sunday|D|1996-09-08]] "
        "([[Apertura|EVENT|1996 Apertura (Argentina)]] championship):\n"
        "[[River Plate|ORG|Club Atlético River Plate]] [[2|number|2]] [[Velez Sarsfield|ORG|Club Atlético "
        "Vélez Sarsfield]] [[1|number|1]]\n"
        "[[Boca Juniors|ORG]] [[0|number|0]] [[Racing Club|ORG]] [[0|number|0]]\n"
        "[[Independiente|ORG|Club Atlético Independiente]] [[3|number|3]] [[San Lorenzo|ORG|San Lorenzo de "
        "Almagro]] [[1|number|1]]\n"
        "[[Newell's Old Boys|ORG]] [[1|number|1]] [[Rosario Central|ORG]] [[1|number|1]]\n"
        "[[Gimnasia y Esgrima|ORG|Club de Gimnasia y Esgrima La Plata]] ([[La Plata|GPE]]) [[2|number|2]] "
        "[[Union|ORG|Club Atlético Unión]] ([[Santa Fe|GPE|Santa Fe, Argentina]]) [[0|number|0]]\n"
        "[[Lanus|ORG|Club Atlético Lanús]] [[4|number|4]] [[Huracan|ORG|Club Atlético Huracán]] "
        "[[2|number|2]]\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, goals against, points):\n"
        "[[Lanus|ORG|Club Atlético Lanús]] [[5|number|5]] [[4|number|4]] [[1|number|1]] [[0|number|0]] "
        "[[12|number|12]] [[4|number|4]] [[13|number|13]]\n"
        "[[River Plate|ORG|Club Atlético River Plate]] [[5|number|5]] [[4|number|4]] [[0|number|0]] "
        "[[1|number|1]] [[10|number|10]] [[5|number|5]] [[12|number|12]]\n"
        "[[Independiente|ORG|Club Atlético Independiente]] [[5|number|5]] [[3|number|3]] [[1|number|1]] "
        "[[1|number|1]] [[9|number|9]] [[6|number|6]] [[10|number|10]]\n"
        "[[Boca Juniors|ORG]] [[5|number|5]] [[2|number|2]] [[3|number|3]] [[0|number|0]] [[7|number|7]] "
        "[[3|number|3]] [[9|number|9]]\n"
        "Boca coach [[Carlos Bilardo|PERSON]] said his side had been denied a clear penalty in the "
        "[[89th|ordinal|89]] minute. River coach [[Ramon Diaz|PERSON|Ramón Díaz]] told reporters that "
        "striker [[Enzo Francescoli|PERSON]] would miss [[two|count|2|match]] matches "
        "with a hamstring injury.\n"
        "The [[Argentine Football Association|ORG]] said a crowd of [[about 60,000|count|60000|spectator]] "
        "watched the match at the [[Monumental|FAC|Estadio Monumental (Buenos Aires)]] and announced that "
        "next [[Sunday|D|1996-09-15]]'s derby in [[Rosario|GPE|Rosario, Santa Fe]] would be played without "
        "away fans.",
        [
            ("Carlos Bilardo", "say", "his side had been denied a clear penalty in the 89th minute", False),
            ("Ramón Díaz", "tell", "striker Enzo Francescoli would miss two matches with a hamstring "
             "injury", False),
            ("Argentine Football Association", "say", "a crowd of about 60,000 watched the match at the Monumental",
             False),
            ("Argentine Football Association", "announce", "next Sunday's derby in Rosario would be played without "
             "away fans", False),
        ],
    ),
    (
        "own58-ho-14", "wire-1996-mountain-bike-worlds", "1996-09-14", "1996-09-14",
        "CYCLING - [[FRISCHKNECHT|PERSON|Thomas Frischknecht]] WINS WORLD CROSS-COUNTRY TITLE.\n"
        "[[CAIRNS|GPE|Cairns]], [[Australia|GPE]] [[1996-09-14|D|1996-09-14]]\n"
        "[[Swiss|NORP]] rider [[Thomas Frischknecht|PERSON]] won the men's cross-country title at the "
        "[[world mountain bike championships|EVENT|1996 UCI Mountain Bike World Championships]] on "
        "[[Saturday|D|1996-09-14]], finishing 48 seconds ahead of [[France|GPE]]'s "
        "[[Miguel Martinez|PERSON]] after [[six|count|6|lap]] laps of a [[7.6-km|quantity|7.6|km]] course.\n"
        "Results of the men's cross-country race:\n"
        "[[1|ordinal|1]]. [[Thomas Frischknecht|PERSON]] ([[Switzerland|GPE]]) 2:21:07\n"
        "[[2|ordinal|2]]. [[Miguel Martinez|PERSON]] ([[France|GPE]]) 2:21:55\n"
        "[[3|ordinal|3]]. [[Bart Brentjens|PERSON]] ([[Netherlands|GPE]]) 2:22:40\n"
        "[[4|ordinal|4]]. [[Cadel Evans|PERSON]] ([[Australia|GPE]]) 2:23:12\n"
        "Women's cross-country:\n"
        "[[1|ordinal|1]]. [[Alison Sydor|PERSON]] ([[Canada|GPE]]) 2:02:31\n"
        "[[2|ordinal|2]]. [[Paola Pezzo|PERSON]] ([[Italy|GPE]]) 2:03:10\n"
        "[[3|ordinal|3]]. [[Juli Furtado|PERSON]] ([[U.S.|GPE|United States]]) 2:04:58\n"
        "[[Sydor|PERSON|Alison Sydor]] took her [[third|ordinal|3]] straight world title. \"The heat was "
        "brutal, but I knew I could hold her on the last climb,\" the [[Canadian|NORP]] said.\n"
        "[[Frischknecht|PERSON|Thomas Frischknecht]] said he had waited [[seven years|D|P7Y]] for the title "
        "after finishing second in [[1991|D|1991]] and [[1992|D|1992]].\n"
        "The [[International Cycling Union|ORG|Union Cycliste Internationale]] said [[about 350|count|350|"
        "rider]] riders from [[38|count|38|country]] countries had entered and announced that downhill "
        "finals would be held on [[Sunday|D|1996-09-15]].",
        [
            ("Alison Sydor", "say", "The heat was brutal, but I knew I could hold her on the last climb", True),
            ("Thomas Frischknecht", "say", "he had waited seven years for the title after finishing second in "
             "1991 and 1992", False),
            ("Union Cycliste Internationale", "say", "about 350 riders from 38 countries had entered", False),
            ("Union Cycliste Internationale", "announce", "downhill finals would be held on Sunday", False),
        ],
    ),
]
