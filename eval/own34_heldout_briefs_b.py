"""Held-out set 34 (blind): marked texts of briefs 08-14 and their statements (see
``build_own34_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own34-ho-08", "cape-town-budget", "2025-05-28", "2025-05-28",
        "[[City of Cape Town|ORG]] adopts [[R87 billion|money|87000000000|ZAR]] budget\n"
        "Media release  [[28 May 2025|D|2025-05-28]]\n\n"
        "The [[City of Cape Town|ORG]] Council [[today|D|2025-05-28]] adopted a budget of [[R87 "
        "billion|money|87000000000|ZAR]] for the [[2025/26|D|2025-07/2026-06]] financial year, including "
        "capital spending of [[R12.3 billion|money|12300000000|ZAR]].\n\n"
        "Over [[the three years to June 2028|D|2025-07/2028-06]], the [[City|ORG|City of Cape Town]] will invest "
        "[[R39 billion|money|39000000000|ZAR]] in infrastructure, with [[about 70%|percent|70|%]] of the "
        "capital budget going to water, sanitation and roads in poorer areas.\n\n"
        "Residential property rates will rise by [[6.8%|percent|6.8|%]] and water tariffs by "
        "[[7.8%|percent|7.8|%]] from [[1 July|D|2025-07-01]]. Households with property valued below "
        "[[R450,000|money|450000|ZAR]] will pay no rates, and [[more than 300,000|count|300000|household]] "
        "households will receive free basic water of [[15,000 litres|quantity|15000|l]] a month.\n\n"
        "Executive Mayor [[Geordin Hill-Lewis|PERSON]] said: “This is a budget for growth. We are "
        "building the infrastructure [[Cape Town|GPE]] needs to protect residents from load-shedding and "
        "to attract investment.”\n\n"
        "Mayoral Committee Member for Finance [[Siseko Mbandazayo|PERSON]] said the [[City|ORG|City of Cape "
        "Town]] had spent [[R6.9 billion|money|6900000000|ZAR]] on buying electricity from "
        "[[Eskom|ORG]] in [[2024/25|D|2024-07/2025-06]], and warned that the national utility’s tariff "
        "increase of [[12.7%|percent|12.7|%]] would put pressure on households.\n\n"
        "[[Western Cape|GPE]] Premier [[Alan Winde|PERSON]] said the budget would help the province attract "
        "investors, while the [[African National Congress|ORG]] caucus in the council said that the rates "
        "increase was too steep for pensioners.\n\n"
        "The [[City|ORG|City of Cape Town]] will also hire [[about 250|count|250|officer]] additional law "
        "enforcement officers and plans to upgrade the wastewater treatment works on the [[Cape Flats|LOC]] "
        "by [[2027|D|2027]].",
        [
            ("Geordin Hill-Lewis", "say", "This is a budget for growth. We are building the infrastructure "
             "Cape Town needs to protect residents from load-shedding and to attract investment.", True),
            ("Siseko Mbandazayo", "say", "the City had spent R6.9 billion on buying electricity from Eskom "
             "in 2024/25", False),
            ("Siseko Mbandazayo", "warn", "the national utility’s tariff increase of 12.7% would put "
             "pressure on households", False),
            ("Alan Winde", "say", "the budget would help the province attract investors", False),
            ("African National Congress", "say", "the rates increase was too steep for pensioners", False),
        ],
    ),
    (
        "own34-ho-09", "wikinews-louvre", "2025-10-20", "2025-10-20",
        "Thieves steal crown jewels from [[Louvre|FAC]] in [[Paris|GPE]]\n"
        "[[Monday, October 20, 2025|D|2025-10-20]]\n\n"
        "Thieves stole [[eight|count|8|piece]] pieces of jewellery from the [[Louvre|FAC]] museum in "
        "[[Paris|GPE]], [[France|GPE]] on [[Sunday|D|2025-10-19]] morning, in a raid that lasted "
        "about seven minutes, [[French|NORP]] officials said.\n\n"
        "The [[four|count|4|thief]] thieves used a truck-mounted ladder to reach a window of the "
        "[[Galerie d'Apollon|FAC|Galerie d'Apollon]], cut through display cases and escaped on "
        "[[two|count|2|scooter]] scooters. The stolen items included a necklace and earrings once owned by "
        "Empress [[Marie-Louise|PERSON|Marie Louise, Duchess of Parma]], the [[second|ordinal|2]] wife of "
        "[[Napoleon|PERSON]]. A crown of Empress [[Eugénie|PERSON|Eugénie de Montijo]] was found damaged "
        "near the museum.\n\n"
        "Culture Minister [[Rachida Dati|PERSON]] told television channel [[TF1|ORG]] that there had been "
        "no failure of security inside the museum. [[Dati|PERSON|Rachida Dati]] added that the museum’s "
        "alarms had worked. Interior Minister [[Laurent Nuñez|PERSON]] said the "
        "thieves were “experienced” and had probably scouted the site beforehand.\n\n"
        "[[Paris|GPE]] prosecutor [[Laure Beccuau|PERSON]] said [[about 100|count|100|investigator]] investigators "
        "were working on the case. The [[Louvre|FAC]], the world’s most visited museum with "
        "[[8.7 million|count|8700000|visitor]] visitors in [[2024|D|2024]], stayed closed on "
        "[[Monday|D|2025-10-20]]. [[Interpol|ORG]] has added the jewels to its database of stolen works of "
        "art.\n\n"
        "President [[Emmanuel Macron|PERSON]] wrote on social media: “The theft is an attack on a "
        "heritage that we cherish.” He promised that the objects would be recovered. The museum’s "
        "director, [[Laurence des Cars|PERSON]], is to appear before the [[French Senate|ORG|Senate "
        "(France)]] on [[Wednesday|D|2025-10-22]].",
        [
            ("Rachida Dati", "tell", "there had been no failure of security inside the museum", False),
            ("Rachida Dati", "add", "the museum’s alarms had worked", False),
            ("Laurent Nuñez", "say", "the thieves were “experienced” and had probably scouted the site "
             "beforehand", False),
            ("Laure Beccuau", "say", "about 100 investigators were working on the case", False),
            ("Emmanuel Macron", "write", "The theft is an attack on a heritage that we cherish.", True),
            ("Emmanuel Macron", "promise", "the objects would be recovered", False),
        ],
    ),
    (
        "own34-ho-10", "wikinews-poland-election", "2025-06-02", "2025-06-02",
        "[[Karol Nawrocki|PERSON]] narrowly wins [[Polish|NORP]] presidential runoff\n"
        "[[Monday, June 2, 2025|D|2025-06-02]]\n\n"
        "[[Karol Nawrocki|PERSON]], the historian backed by the conservative [[Law and Justice|ORG]] "
        "party, won [[Poland|GPE]]’s presidential runoff on [[Sunday|D|2025-06-01]] with "
        "[[50.89%|percent|50.89|%]] of the vote, the [[National Electoral Commission|ORG|National "
        "Electoral Commission (Poland)]] announced [[today|D|2025-06-02]].\n\n"
        "His opponent, [[Warsaw|GPE]] mayor [[Rafał Trzaskowski|PERSON]] of the governing [[Civic "
        "Coalition|ORG|Civic Coalition (Poland)]], received [[49.11%|percent|49.11|%]]. Turnout was [[71.63%|percent|71.63|%]], a "
        "record for a presidential election. [[Nawrocki|PERSON|Karol Nawrocki]] won [[about "
        "10.6 million|count|10600000|vote]] votes, [[about 370,000|count|370000|vote]] more than "
        "[[Trzaskowski|PERSON|Rafał Trzaskowski]].\n\n"
        "[[Nawrocki|PERSON|Karol Nawrocki]] told supporters in [[Warsaw|GPE]] that he "
        "would “save [[Poland|GPE]]” and would not allow the government to take away its sovereignty. "
        "[[Trzaskowski|PERSON|Rafał Trzaskowski]] conceded on [[Monday|D|2025-06-02]] morning and wrote on social media that he would respect "
        "the result.\n\n"
        "Prime Minister [[Donald Tusk|PERSON]] said he would ask the [[Sejm|ORG]] for a vote of confidence "
        "in his government. [[Nawrocki|PERSON|Karol Nawrocki]] is expected to veto reforms to the judiciary "
        "that the governing coalition passed in [[2024|D|2024]]. He has been critical of aid to [[Ukrainian|NORP]] refugees and of "
        "[[Germany|GPE]].\n\n"
        "[[Nawrocki|PERSON|Karol Nawrocki]] will be sworn in on [[August 6|D|2025-08-06]], when the "
        "[[second|ordinal|2]] term of President [[Andrzej Duda|PERSON]] ends. [[United States|GPE]] "
        "Secretary of Homeland Security [[Kristi Noem|PERSON]] had campaigned for him in [[May|D|2025-05]]. "
        "[[European|NORP]] leaders including [[Ursula von der Leyen|PERSON]] congratulated him, and she "
        "said she was confident that the [[European Union|ORG]] would continue its very good cooperation "
        "with [[Poland|GPE]].",
        [
            ("National Electoral Commission (Poland)", "announce", "Karol Nawrocki, the historian backed by "
             "the conservative Law and Justice party, won Poland’s presidential runoff on Sunday with 50.89% "
             "of the vote", False),
            ("Karol Nawrocki", "tell", "he would “save Poland” and would not allow the government to take "
             "away its sovereignty", False),
            ("Rafał Trzaskowski", "write", "he would respect the result", False),
            ("Donald Tusk", "say", "he would ask the Sejm for a vote of confidence in his government", False),
            ("Ursula von der Leyen", "say", "she was confident that the European Union would continue its "
             "very good cooperation with Poland", False),
        ],
    ),
    (
        "own34-ho-11", "wikinews-bali-ferry", "2025-07-04", "2025-07-04",
        "Ferry sinks in [[Bali Strait|LOC]]; [[six|count|6|person]] dead, [[30|count|30|person]] missing\n"
        "[[Friday, July 4, 2025|D|2025-07-04]]\n\n"
        "A passenger ferry sank in the [[Bali Strait|LOC]] between [[Java|LOC]] and [[Bali|GPE]] on "
        "[[Wednesday|D|2025-07-02]] night, [[Indonesian|NORP]] officials said. [[At least "
        "six|count|6|person]] people were killed and [[30|count|30|person]] remain missing.\n\n"
        "The [[KMP Tunu Pratama Jaya|PRODUCT]] left [[Ketapang|FAC|Ketapang Port]] port in "
        "[[Banyuwangi|GPE|Banyuwangi Regency]], [[East Java|GPE]] for [[Gilimanuk|GPE]] in [[Bali|GPE]]. "
        "It was carrying [[65|count|65|person]] people and [[22|count|22|vehicle]] vehicles, including "
        "[[14|count|14|truck]] trucks, according to the passenger manifest. The crossing normally takes "
        "under an hour.\n\n"
        "The [[National Search and Rescue Agency|ORG|National Search and Rescue Agency (Indonesia)]] "
        "([[Basarnas|ORG|National Search and Rescue Agency (Indonesia)]]) said "
        "[[29|count|29|survivor]] survivors had been found, many of them after drifting for hours on "
        "life rafts in waves of [[up to 2 metres|quantity|2|m]]. [[More than 150|count|150|rescuer]] "
        "rescuers, [[nine|count|9|boat]] boats and a helicopter took part in the search on "
        "[[Thursday|D|2025-07-03]].\n\n"
        "The agency’s chief, [[Mohammad Syafii|PERSON]], said the search would continue for "
        "[[seven days|D|P7D]].\n\n"
        "[[Banyuwangi|GPE|Banyuwangi Regency]] police chief [[Rama Samtama Putra|PERSON]] said the "
        "manifest may not have listed every passenger. Transport Minister [[Dudy Purwagandhi|PERSON]] said "
        "the government would investigate whether the ferry had been overloaded.\n\n"
        "President [[Prabowo Subianto|PERSON]] ordered a thorough search, his spokesman said. Ferry "
        "accidents are frequent in [[Indonesia|GPE]], an archipelago of [[more than 17,000|count|17000|"
        "island]] islands; in [[2018|D|2018]], [[more than 160|count|160|person]] people died when a ferry "
        "sank on [[Lake Toba|LOC]] in [[Sumatra|LOC]].",
        [
            ("National Search and Rescue Agency (Indonesia)", "say", "29 survivors had been found, many of "
             "them after drifting for hours on life rafts in waves of up to 2 metres", False),
            ("Mohammad Syafii", "say", "the search would continue for seven days", False),
            ("Rama Samtama Putra", "say", "the manifest may not have listed every passenger", False),
            ("Dudy Purwagandhi", "say", "the government would investigate whether the ferry had been "
             "overloaded", False),
        ],
    ),
    (
        "own34-ho-12", "reuters-seoul", "1996-08-20", "1996-08-20",
        "[[South Korean|NORP]] police storm campus, detain thousands.\n"
        "[[SEOUL|GPE|Seoul]] [[1996-08-20|D|1996-08-20]]\n\n"
        "[[South Korean|NORP]] riot police stormed [[Yonsei University|ORG]] in [[Seoul|GPE]] on "
        "[[Tuesday|D|1996-08-20]], detaining [[more than 5,000|count|5000|student]] students who had "
        "occupied campus buildings for [[nine days|D|P9D]], police said.\n\n"
        "[[About 20,000|count|20000|policeman]] policemen backed by helicopters fired tear gas into the "
        "campus before dawn. Students threw rocks and petrol bombs from the roof of the science building. "
        "A police spokesman said [[one|count|1|officer]] officer had died and "
        "[[more than 400|count|400|person]] people, most of them policemen, had been injured since the "
        "protests began on [[August 12|D|1996-08-12]].\n\n"
        "The students, members of the outlawed [[Korean Federation of Student Councils|ORG]], had gathered "
        "to call for the reunification of [[South Korea|GPE]] with communist [[North Korea|GPE]].\n\n"
        "President [[Kim Young-sam|PERSON]] said in a statement that the government would deal sternly "
        "with violent protests. Opposition leader [[Kim Dae-jung|PERSON]] of the [[National Congress for New Politics|ORG]] urged the government "
        "to show restraint. Prosecutors said they would seek arrest "
        "warrants for [[about 400|count|400|leader]] leaders.\n\n"
        "\"We will not tolerate any activity that benefits [[North Korea|GPE]],\" Justice Minister "
        "[[Ahn Woo-man|PERSON]] told reporters.\n\n"
        "The [[United States|GPE]], which has [[37,000|count|37000|troop]] troops in [[South Korea|GPE]], "
        "called for calm.\n\n"
        "[[North Korea|GPE]]'s official [[Korean Central News Agency|ORG]] said the raid on "
        "[[Yonsei|ORG|Yonsei University]] showed the \"fascist\" nature of the [[Seoul|GPE]] government.\n\n"
        "The [[Korea Stock Exchange|ORG]]'s composite index fell [[1.2 percent|percent|1.2|%]] to "
        "[[812.35|number|812.35]] points on [[Tuesday|D|1996-08-20]]. The won was quoted at "
        "[[818.50|money|818.50|KRW]] to the dollar, little changed from [[Monday|D|1996-08-19]].",
        [
            ("Kim Young-sam", "say", "the government would deal sternly with violent protests", False),
            ("Kim Dae-jung", "urge", "the government to show restraint", False),
            ("Ahn Woo-man", "tell", "We will not tolerate any activity that benefits North Korea", True),
            ("United States", "call for", "calm", False),
            ("Korean Central News Agency", "say", "the raid on Yonsei showed the \"fascist\" nature of the "
             "Seoul government", False),
        ],
    ),
    (
        "own34-ho-13", "reuters-rugby-union", "1996-08-24", "1996-08-24",
        "RUGBY UNION - [[ALL BLACKS|ORG|New Zealand national rugby union team]] BEAT [[SPRINGBOKS|ORG|South Africa national rugby union team]] TO CLINCH SERIES.\n"
        "[[PRETORIA|GPE|Pretoria]] [[1996-08-24|D|1996-08-24]]\n\n"
        "[[New Zealand|GPE]] beat [[South Africa|GPE]] [[33|number|33]]-[[26|number|26]] in the "
        "[[second|ordinal|2]] test at [[Loftus Versfeld|FAC|Loftus Versfeld Stadium]] on "
        "[[Saturday|D|1996-08-24]] to clinch their [[first|ordinal|1]] series win in [[South "
        "Africa|GPE]].\n\n"
        "The [[All Blacks|ORG|New Zealand national rugby union team]] trailed [[18|number|18]]-"
        "[[21|number|21]] at halftime but scored [[two|count|2|try]] tries in 10 "
        "minutes after the break.\n\n"
        "Scorers:\n"
        "[[New Zealand|GPE]] - Tries: [[Christian Cullen|PERSON]], [[Walter Little|PERSON]], [[Zinzan "
        "Brooke|PERSON]]. Conversions: [[Jon Preston|PERSON]] [[3|number|3]]. Penalties: [[Preston|PERSON|Jon "
        "Preston]] [[3|number|3]]. Drop goal: [[Brooke|PERSON|Zinzan Brooke]].\n"
        "[[South Africa|GPE]] - Tries: [[Andre Joubert|PERSON]], [[Ruben Kruger|PERSON]]. Conversions: "
        "[[Joel Stransky|PERSON]] [[2|number|2]]. Penalties: [[Stransky|PERSON|Joel Stransky]] "
        "[[4|number|4]].\n\n"
        "\"This is the greatest moment of my career,\" said [[New Zealand|GPE]] captain [[Sean "
        "Fitzpatrick|PERSON]], who was playing his [[86th|ordinal|86]] test.\n\n"
        "[[Fitzpatrick|PERSON|Sean Fitzpatrick]] said the forwards had won the match. [[South Africa|GPE]] "
        "captain [[Gary Teichmann|PERSON]], who replaced [[Francois Pienaar|PERSON]] [[this year|D|1996]], said his "
        "team had given away too many penalties.\n\n"
        "[[All Blacks|ORG|New Zealand national rugby union team]] coach [[John Hart|PERSON]] said his side "
        "had shown great character after losing [[two|count|2|player]] players to injury in the "
        "[[first|ordinal|1]] half. [[South Africa|GPE]] coach [[Andre Markgraaff|PERSON]] said his team "
        "would try to win the [[third|ordinal|3]] test at [[Ellis Park|FAC|Ellis Park Stadium]] in [[Johannesburg|GPE]] [[next Saturday|D|"
        "1996-08-31]].\n\n"
        "A crowd of [[about 50,000|count|50000|spectator]] watched the match. The [[Springboks|ORG|South Africa "
        "national rugby union team]] won the [[World Cup|EVENT|1995 Rugby World Cup]] on home soil in [[1995|D|1995]].",
        [
            ("Sean Fitzpatrick", "say", "This is the greatest moment of my career", True),
            ("Sean Fitzpatrick", "say", "the forwards had won the match", False),
            ("Gary Teichmann", "say", "his team had given away too many penalties", False),
            ("John Hart", "say", "his side had shown great character after losing two players to injury in "
             "the first half", False),
            ("Andre Markgraaff", "say", "his team would try to win the third test at Ellis Park in "
             "Johannesburg next Saturday", False),
        ],
    ),
    (
        "own34-ho-14", "reuters-wcq-results", "1996-09-01", "1996-09-01",
        "SOCCER - [[WORLD CUP|EVENT|1998 FIFA World Cup]] QUALIFYING RESULTS.\n"
        "[[LONDON|GPE|London]] [[1996-09-01|D|1996-09-01]]\n\n"
        "Results of [[European|NORP]] [[World Cup|EVENT|1998 FIFA World Cup]] qualifying matches played "
        "on [[Saturday|D|1996-08-31]] and [[Sunday|D|1996-09-01]]:\n\n"
        "Group one\n"
        "In [[Ljubljana|GPE]]: [[Slovenia|GPE]] [[0|number|0]] [[Denmark|GPE]] [[2|number|2]] ([[Brian "
        "Laudrup|PERSON]], [[Allan Nielsen|PERSON]]). Attendance: [[9,000|count|9000|spectator]]\n\n"
        "Group two\n"
        "In [[Chisinau|GPE|Chișinău]]: [[Moldova|GPE]] [[0|number|0]] [[England|GPE]] [[3|number|3]] "
        "([[Nick Barmby|PERSON]], [[Paul Gascoigne|PERSON]], [[Alan Shearer|PERSON]]). Attendance: [[9,500|count|9500|spectator]]\n\n"
        "Group nine\n"
        "In [[Yerevan|GPE]]: [[Armenia|GPE]] [[0|number|0]] [[Portugal|GPE]] [[0|number|0]]. Attendance: "
        "[[12,000|count|12000|spectator]]\n\n"
        "[[England|GPE]] coach [[Glenn Hoddle|PERSON]] said he was pleased with his team's [[first|ordinal|"
        "1]] match in charge since replacing [[Terry Venables|PERSON]] after [[Euro 96|EVENT|UEFA Euro 1996]]. \"It was a professional performance and the young players did well,\" "
        "[[Hoddle|PERSON|Glenn Hoddle]] said.\n\n"
        "[[Denmark|GPE]] coach [[Bo Johansson|PERSON]] said his side had controlled the game and could "
        "have scored [[four|count|4|goal]] or [[five|count|5|goal]] goals.\n\n"
        "[[Moldova|GPE]] coach [[Ion Caras|PERSON]] said [[England|GPE]] had been too strong. [[Slovenia|GPE]] "
        "coach [[Zdenko Verdenik|PERSON]] said his players were tired after a long season.\n\n"
        "[[Portugal|GPE]] coach [[Artur Jorge|PERSON|Artur Jorge (footballer, born 1946)]] complained "
        "that the pitch in [[Yerevan|GPE]] was in poor condition. [[Portugal|GPE]] play [[Ukraine|GPE]] "
        "in [[Lisbon|GPE]] on [[October 9|D|1996-10-09]].\n\n"
        "Standings in group nine after [[Saturday|D|1996-08-31]]'s match: [[Armenia|GPE]] "
        "[[1|number|1]] point, [[Portugal|GPE]] [[1|number|1]]. The winners of the [[nine|count|9|group]] "
        "groups qualify for the finals in [[France|GPE]] in [[1998|D|1998]].",
        [
            ("Glenn Hoddle", "say", "he was pleased with his team's first match in charge since replacing "
             "Terry Venables after Euro 96", False),
            ("Glenn Hoddle", "say", "It was a professional performance and the young players did well",
             True),
            ("Bo Johansson", "say", "his side had controlled the game and could have scored four or five "
             "goals", False),
            ("Ion Caras", "say", "England had been too strong", False),
            ("Zdenko Verdenik", "say", "his players were tired after a long season", False),
            ("Artur Jorge (footballer, born 1946)", "complain", "the pitch in Yerevan was in poor condition",
             False),
        ],
    ),
]
