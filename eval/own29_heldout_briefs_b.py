"""Held-out set 29 (blind): marked texts of briefs 08-14 and their statements (see
``build_own29_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own29-ho-08", "ec-antitrust-decision", "2025-06-02", "2025-06-02",
        "[[Commission|ORG|European Commission]] fines [[Delivery Hero|ORG]] and [[Glovo|ORG]] [[€329 million|money|329000000|EUR]] for "
        "participating in online food delivery cartel\n"
        "[[Brussels|GPE]], [[2 June 2025|D|2025-06-02]]\n\n"
        "The [[European Commission|ORG]] has fined [[Delivery Hero|ORG]] and [[Glovo|ORG]] a total of "
        "[[€329 million|money|329000000|EUR]] for participating in a cartel in the online food delivery "
        "sector, in breach of [[EU|ORG|European Union]] antitrust rules.\n\n"
        "From [[July 2018 until July 2022|D|2018-07/2022-07]], [[Delivery Hero|ORG]], based in "
        "[[Germany|GPE]], and [[Glovo|ORG]], based in [[Spain|GPE]], agreed not to poach each other's "
        "employees and exchanged commercially sensitive information. The cartel started when [[Delivery "
        "Hero|ORG]] acquired a minority stake of [[about 16%|percent|16|%]] in [[Glovo|ORG]], which it raised "
        "to [[94%|percent|94|%]] in [[2022|D|2022]].\n\n"
        "The [[Commission|ORG|European Commission]] imposed fines of [[€223 million|money|223000000|EUR]] on "
        "[[Delivery Hero|ORG]] and [[€106 million|money|106000000|EUR]] on [[Glovo|ORG]]. Both companies "
        "admitted their involvement and agreed to settle, and their fines were reduced by "
        "[[10%|percent|10|%]]. [[Glovo|ORG]] said it had cooperated fully with the investigation. [[Delivery Hero|ORG]] said it had set aside [[€400 "
        "million|money|400000000|EUR]] for the fine in [[2024|D|2024]] and would not appeal.\n\n"
        "Executive Vice-President for Clean, Just and Competitive Transition, [[Teresa Ribera|PERSON]], "
        "said: “[[Today|D|2025-06-02]]'s decision sends a clear message that the [[Commission|ORG|European "
        "Commission]] will not tolerate cartels in any form, including no-poach agreements in labour "
        "markets.”\n\n"
        "The [[Commission|ORG|European Commission]] found that the conduct restricted competition in "
        "the [[European Economic Area|LOC]] and breached Article 101 of the [[Treaty on the Functioning of the "
        "European Union|LAW]].\n\n"
        "The investigation began with unannounced inspections at the companies' premises in [[Berlin|GPE]] "
        "and [[Barcelona|GPE]] in [[June 2022|D|2022-06]]. It is the [[first|ordinal|1]] time the "
        "[[Commission|ORG|European Commission]] has fined companies for a labour market cartel.",
        [
            ("Glovo", "say", "it had cooperated fully with the investigation", False),
            ("Delivery Hero", "say", "it had set aside €400 million for the fine in 2024 and would not appeal",
             False),
            ("Teresa Ribera", "say", "Today's decision sends a clear message that the Commission will not "
             "tolerate cartels in any form, including no-poach agreements in labour markets.",
             True),
            ("European Commission", "find", "the conduct restricted competition in the European Economic Area "
             "and breached Article 101 of the Treaty on the Functioning of the European Union",
             False),
        ],
    ),
    (
        "own29-ho-09", "wikinews-supreme-court", "2025-08-02", "2025-08-02",
        "[[UK Supreme Court|ORG|Supreme Court of the United Kingdom]] overturns ruling on car finance commissions\n"
        "[[Saturday, August 2, 2025|D|2025-08-02]]\n\n"
        "On [[Friday|D|2025-08-01]], the [[Supreme Court of the United Kingdom|ORG]] largely overturned a "
        "[[Court of Appeal|ORG|Court of Appeal (England and Wales)]] ruling that car dealers who earned secret "
        "commissions on motor finance loans owed a fiduciary duty to their customers. The decision spares "
        "lenders a bill that some analysts had put at [[up to £44 billion|money|44000000000|GBP]].\n\n"
        "The court, led by its President Lord [[Reed|PERSON|Robert Reed, Baron Reed of Allermuir]], ruled "
        "on [[three|count|3|appeal]] appeals brought by [[FirstRand Bank|ORG]] and [[Close "
        "Brothers|ORG|Close Brothers Group]]. It upheld only the claim of [[Marcus Johnson|PERSON]], a "
        "factory worker from [[Cardiff|GPE]] who bought a used [[Suzuki Swift|PRODUCT]] for "
        "[[£6,600|money|6600|GBP]] in [[2017|D|2017]] and was not told that the dealer received a commission "
        "of [[£1,650.95|money|1650.95|GBP]], [[about 55%|percent|55|%]] of the credit charge. The court found "
        "that the relationship between Mr [[Johnson|PERSON|Marcus Johnson]] and the lender was unfair under "
        "the [[Consumer Credit Act 1974|LAW]].\n\n"
        "The [[Financial Conduct Authority|ORG]] ([[FCA|ORG|Financial Conduct Authority]]) said it would "
        "consult by [[early October|D|2025-10]] on a redress scheme for loans taken out since "
        "[[2007|D|2007]], and estimated that its cost to lenders would be between [[£9|money|9000000000|GBP]] "
        "and [[£18 billion|money|18000000000|GBP]]. Most drivers would get [[less than £950|money|950|GBP]] "
        "per agreement, the regulator said.\n\n"
        "Chancellor [[Rachel Reeves|PERSON]] welcomed the ruling. [[Close Brothers|ORG|Close Brothers Group]] "
        "shares rose [[more than 20%|percent|20|%]] in [[London|GPE]] trading on [[Friday|D|2025-08-01]]. "
        "[[Lloyds Banking Group|ORG]], which had set aside [[£1.2 billion|money|1200000000|GBP]] for claims, "
        "said it was reviewing the judgment and would update the market [[next week|D|2025-W32]].",
        [
            ("Supreme Court of the United Kingdom", "find", "the relationship between Mr Johnson and the lender "
             "was unfair under the Consumer Credit Act 1974",
             False),
            ("Financial Conduct Authority", "say", "it would consult by early October on a redress scheme for "
             "loans taken out since 2007",
             False),
            ("Financial Conduct Authority", "estimate", "its cost to lenders would be between £9 and £18 "
             "billion",
             False),
            ("Financial Conduct Authority", "say", "Most drivers would get less than £950 per agreement", False),
            ("Lloyds Banking Group", "say", "it was reviewing the judgment and would update the market next "
             "week",
             False),
        ],
    ),
    (
        "own29-ho-10", "wikinews-rocket-launch", "2025-07-31", "2025-07-31",
        "[[India|GPE]] and [[US|GPE|United States]] launch [[NISAR|PRODUCT|NISAR (satellite)]] radar "
        "satellite\n"
        "[[Thursday, July 31, 2025|D|2025-07-31]]\n\n"
        "The [[Indian Space Research Organisation|ORG]] ([[ISRO|ORG|Indian Space Research Organisation]]) on "
        "[[Wednesday|D|2025-07-30]] launched the [[NISAR|PRODUCT|NISAR (satellite)]] [[Earth|LOC]]-observation "
        "satellite, built jointly with [[NASA|ORG]], from the [[Satish Dhawan Space Centre|FAC]] in "
        "[[Sriharikota|GPE]], [[Andhra Pradesh|GPE]].\n\n"
        "A [[GSLV-F16|PRODUCT|Geosynchronous Satellite Launch Vehicle]] rocket lifted off at 5:40 p.m. local "
        "time and placed the [[2,393-kilogram|quantity|2393|kg]] satellite in a sun-synchronous orbit "
        "[[about 743 kilometres|quantity|743|km]] above the [[Earth|LOC]] about 19 minutes later. It was the "
        "[[18th|ordinal|18]] flight of the [[GSLV|PRODUCT|Geosynchronous Satellite Launch Vehicle]], and the "
        "[[first|ordinal|1]] to reach such an orbit.\n\n"
        "The satellite cost [[about $1.5 billion|money|1500000000|USD]], which makes it one of the most "
        "expensive [[Earth|LOC]]-imaging satellites ever built. It carries [[two|count|2|radar]] radars, an L-band "
        "radar from [[NASA|ORG]]'s [[Jet Propulsion Laboratory|ORG]] in [[California|GPE]] and an S-band "
        "radar from [[ISRO|ORG|Indian Space Research Organisation]].\n\n"
        "“This mission shows what [[two|count|2|agency]] space agencies can achieve together,” said [[ISRO|ORG|Indian Space "
        "Research Organisation]] Chairman [[V. Narayanan|PERSON]]. “Its data will be free for every "
        "scientist in the world.”\n\n"
        "[[NASA|ORG]] associate administrator [[Amit Kshatriya|PERSON]] said the mission would help farmers "
        "track soil moisture and warn of landslides and floods. [[ISRO|ORG|Indian Space Research "
        "Organisation]] said the satellite's [[12-metre|quantity|12|m]] antenna would unfold over "
        "[[about ten days|D|P10D]], and that science operations would begin after [[90 days|D|P90D]].\n\n"
        "The [[two|count|2|agency]] agencies began the project in [[2014|D|2014]]. The mission is planned to "
        "last [[three years|D|P3Y]]. [[Indian|NORP]] Prime Minister [[Narendra Modi|PERSON]] congratulated "
        "the teams.",
        [
            ("V. Narayanan", "say", "This mission shows what two space agencies can achieve together", True),
            ("V. Narayanan", "say", "Its data will be free for every scientist in the world.", True),
            ("Amit Kshatriya", "say", "the mission would help farmers track soil moisture and warn of "
             "landslides and floods",
             False),
            ("Indian Space Research Organisation", "say", "the satellite's 12-metre antenna would unfold over "
             "about ten days, and that science operations would begin after 90 days",
             False),
        ],
    ),
    (
        "own29-ho-11", "wikinews-earthquake", "2025-07-30", "2025-07-30",
        "Magnitude [[8.8|number|8.8]] earthquake off [[Kamchatka|LOC|Kamchatka Peninsula]] triggers "
        "[[Pacific|LOC|Pacific Ocean]] tsunami warnings\n"
        "[[Wednesday, July 30, 2025|D|2025-07-30]]\n\n"
        "A magnitude [[8.8|number|8.8]] earthquake struck off the east coast of [[Russia|GPE]]'s [[Kamchatka "
        "Peninsula|LOC]] [[today|D|2025-07-30]] at 11:24 local time, prompting tsunami warnings across the "
        "[[Pacific Ocean|LOC]]. The [[United States Geological Survey|ORG]] said the quake was centred "
        "[[about 119 kilometres|quantity|119|km]] east-southeast of [[Petropavlovsk-Kamchatsky|GPE]] at a "
        "depth of [[20.7 km|quantity|20.7|km]]. It was the strongest earthquake recorded since the [[Tōhoku "
        "earthquake|EVENT|2011 Tōhoku earthquake and tsunami]] in [[Japan|GPE]] in [[March 2011|D|2011-03]].\n\n"
        "Waves of [[3|quantity|3|m]] to [[4 metres|quantity|4|m]] flooded the port of "
        "[[Severo-Kurilsk|GPE]] in the [[Kuril Islands|LOC]]. [[Kamchatka Krai|GPE]] governor [[Vladimir "
        "Solodov|PERSON]] said a kindergarten had been damaged but no one was seriously hurt.\n\n"
        "In [[Japan|GPE]], the [[Japan Meteorological Agency|ORG]] issued tsunami warnings for the [[Pacific|LOC|Pacific Ocean]] "
        "coast from [[Hokkaido|GPE]] to [[Wakayama Prefecture|GPE]], and [[nearly 2 million|count|2000000|person]] "
        "people were told to evacuate. The agency said waves could continue for [[at least a day|D|P1D]]. A wave of [[1.3 metres|quantity|1.3|m]] reached [[Kuji|GPE|Kuji, "
        "Iwate]] in [[Iwate Prefecture|GPE]]. [[Tokyo Electric Power Company|ORG]] said workers at the "
        "[[Fukushima Daiichi Nuclear Power Plant|FAC]] had been moved to higher ground.\n\n"
        "The [[Pacific Tsunami Warning Center|ORG]] warned that hazardous waves could reach [[Hawaii|GPE]], "
        "[[Chile|GPE]] and [[Ecuador|GPE]]. In [[Honolulu|GPE]], Governor [[Josh Green|PERSON]] urged "
        "residents to move away from the coast and to stay off beaches until [[Thursday|D|2025-07-31]].\n\n"
        "Scientists at the [[Russian Academy of Sciences|ORG]] said aftershocks of [[up to 7.5|number|7.5]] "
        "could continue for [[at least a month|D|P1M]]. The region was hit by a magnitude [[9.0|number|9.0]] "
        "earthquake in [[1952|D|1952]].",
        [
            ("United States Geological Survey", "say", "the quake was centred about 119 kilometres "
             "east-southeast of Petropavlovsk-Kamchatsky at a depth of 20.7 km",
             False),
            ("Vladimir Solodov", "say", "a kindergarten had been damaged but no one was seriously hurt", False),
            ("Japan Meteorological Agency", "say", "waves could continue for at least a day", False),
            ("Tokyo Electric Power Company", "say", "workers at the Fukushima Daiichi Nuclear Power Plant had "
             "been moved to higher ground",
             False),
            ("Pacific Tsunami Warning Center", "warn", "hazardous waves could reach Hawaii, Chile and Ecuador",
             False),
            ("Josh Green", "urge", "residents to move away from the coast and to stay off beaches until "
             "Thursday",
             False),
            ("Russian Academy of Sciences", "say", "aftershocks of up to 7.5 could continue for at least a "
             "month",
             False),
        ],
    ),
    (
        "own29-ho-12", "reuters-kabul-1996", "1996-08-26", "1996-08-26",
        "[[Taleban|ORG|Taliban]] rockets kill [[20|count|20|person]] in [[Kabul|GPE]]\n"
        "[[KABUL|GPE|Kabul]] [[1996-08-26|D|1996-08-26]]\n\n"
        "[[Taleban|ORG|Taliban]] Islamic militia fired [[more than 30|count|30|rocket]] rockets into the "
        "[[Afghan|NORP]] capital [[Kabul|GPE]] on [[Monday|D|1996-08-26]], killing [[at least "
        "20|count|20|person]] people and wounding [[53|count|53|person]], a government spokesman said.\n\n"
        "The rockets hit a crowded market in the old city and houses near the airport. The [[International "
        "Committee of the Red Cross|ORG]] said its hospital in [[Kabul|GPE]] had treated [[more than "
        "100|count|100|person]] wounded people [[this month|D|1996-08]].\n\n"
        "Prime Minister [[Gulbuddin Hekmatyar|PERSON]], who joined President [[Burhanuddin "
        "Rabbani|PERSON]]'s government in [[June|D|1996-06]], told a news conference that the government would "
        "not negotiate while rockets fell on the capital.\n\n"
        "[[Taleban|ORG|Taliban]] radio in [[Kandahar|GPE]] said the militia had captured [[two|count|2|post]] "
        "government posts near [[Sarobi|GPE]], [[about 75 km|quantity|75|km]] east of [[Kabul|GPE]], on "
        "[[Sunday|D|1996-08-25]].\n\n"
        "[[U.N.|ORG|United Nations]] special envoy [[Norbert Holl|PERSON]], a [[German|NORP]] diplomat, "
        "arrived in [[Kabul|GPE]] on [[Sunday|D|1996-08-25]] after talks with [[Taleban|ORG|Taliban]] "
        "leaders in [[Kandahar|GPE]]. He said both sides had agreed in principle to meet in "
        "[[Islamabad|GPE]] [[next month|D|1996-09]].\n\n"
        "[[Holl|PERSON|Norbert Holl]] met northern militia leader General [[Abdul Rashid Dostum|PERSON]] in "
        "[[Mazar-i-Sharif|GPE]] [[last week|D|1996-W34]]. Diplomats said [[Pakistan|GPE]] and "
        "[[Iran|GPE]] were also pressing for talks.\n\n"
        "The [[Taleban|ORG|Taliban]], who took [[Herat|GPE]] in [[September 1995|D|1995-09]], have "
        "besieged the capital for [[almost a year|D|P1Y]].",
        [
            ("International Committee of the Red Cross", "say", "its hospital in Kabul had treated more than "
             "100 wounded people this month",
             False),
            ("Gulbuddin Hekmatyar", "tell", "the government would not negotiate while rockets fell on the "
             "capital",
             False),
            ("Taliban", "say", "the militia had captured two government posts near Sarobi, about 75 km east of "
             "Kabul, on Sunday",
             False),
            ("Norbert Holl", "say", "both sides had agreed in principle to meet in Islamabad next month", False),
        ],
    ),
    (
        "own29-ho-13", "reuters-belgian-soccer-1996", "1996-08-24", "1996-08-24",
        "SOCCER - [[BELGIAN|NORP|Belgian]] [[FIRST|ordinal|1]] DIVISION RESULTS / STANDINGS.\n"
        "[[BRUSSELS|GPE|Brussels]] [[1996-08-24|D|1996-08-24]]\n\n"
        "Results of [[Belgian|NORP]] [[first|ordinal|1]] division matches on [[Saturday|D|1996-08-24]]:\n\n"
        "[[Anderlecht|ORG|R.S.C. Anderlecht]] [[3|number|3]] [[Charleroi|ORG|R. Charleroi S.C.]] [[1|number|1]]\n"
        "[[Club Brugge|ORG|Club Brugge KV]] [[2|number|2]] [[Lokeren|ORG|K.S.C. Lokeren Oost-Vlaanderen]] "
        "[[2|number|2]]\n"
        "[[Standard Liege|ORG|Standard Liège]] [[1|number|1]] [[Genk|ORG|K.R.C. Genk]] [[0|number|0]]\n"
        "[[Lierse|ORG|Lierse S.K.]] [[2|number|2]] [[Molenbeek|ORG|R.W.D. Molenbeek]] [[0|number|0]]\n"
        "[[Ghent|ORG|K.A.A. Gent]] [[0|number|0]] [[Antwerp|ORG|Royal Antwerp F.C.]] [[1|number|1]]\n"
        "[[Mechelen|ORG|K.V. Mechelen]] [[4|number|4]] [[Harelbeke|ORG|K.R.C. Harelbeke]] [[2|number|2]]\n"
        "[[Mouscron|ORG|Royal Excel Mouscron]] [[1|number|1]] [[Aalst|ORG|S.C. Eendracht Aalst]] "
        "[[1|number|1]]\n"
        "[[Lommel|ORG|K.F.C. Lommel S.K.]] [[0|number|0]] [[Ekeren|ORG|K.F.C. Germinal Beerschot]] "
        "[[2|number|2]]\n"
        "[[Sint-Truiden|ORG|Sint-Truidense V.V.]] [[1|number|1]] [[Cercle Brugge|ORG|Cercle Brugge K.S.V.]] "
        "[[3|number|3]]\n\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n\n"
        "[[Anderlecht|ORG|R.S.C. Anderlecht]] [[3|number|3]] [[3|number|3]] [[0|number|0]] [[0|number|0]] "
        "[[8|number|8]] [[2|number|2]] [[9|number|9]]\n"
        "[[Lierse|ORG|Lierse S.K.]] [[3|number|3]] [[2|number|2]] [[1|number|1]] [[0|number|0]] "
        "[[6|number|6]] [[2|number|2]] [[7|number|7]]\n"
        "[[Club Brugge|ORG|Club Brugge KV]] [[3|number|3]] [[2|number|2]] [[1|number|1]] [[0|number|0]] "
        "[[7|number|7]] [[4|number|4]] [[7|number|7]]\n"
        "[[Standard Liege|ORG|Standard Liège]] [[3|number|3]] [[2|number|2]] [[0|number|0]] [[1|number|1]] "
        "[[4|number|4]] [[3|number|3]] [[6|number|6]]\n"
        "[[Mechelen|ORG|K.V. Mechelen]] [[3|number|3]] [[1|number|1]] [[2|number|2]] [[0|number|0]] "
        "[[7|number|7]] [[5|number|5]] [[5|number|5]]\n"
        "[[Cercle Brugge|ORG|Cercle Brugge K.S.V.]] [[3|number|3]] [[2|number|2]] [[0|number|0]] "
        "[[1|number|1]] [[6|number|6]] [[4|number|4]] [[6|number|6]]\n"
        "[[Antwerp|ORG|Royal Antwerp F.C.]] [[3|number|3]] [[2|number|2]] [[0|number|0]] [[1|number|1]] "
        "[[4|number|4]] [[3|number|3]] [[6|number|6]]\n"
        "[[Lokeren|ORG|K.S.C. Lokeren Oost-Vlaanderen]] [[3|number|3]] [[1|number|1]] [[1|number|1]] "
        "[[1|number|1]] [[5|number|5]] [[5|number|5]] [[4|number|4]]\n\n"
        "Champions [[Club Brugge|ORG|Club Brugge KV]] had led [[2|number|2]]-[[0|number|0]] at half-time "
        "against [[Lokeren|ORG|K.S.C. Lokeren Oost-Vlaanderen]] in [[Bruges|GPE]].\n\n"
        "[[Sunday|D|1996-08-25]]'s scheduled match between [[Genk|ORG|K.R.C. Genk]] and "
        "[[Charleroi|ORG|R. Charleroi S.C.]] was moved to [[September 4|D|1996-09-04]].",
        [],
    ),
    (
        "own29-ho-14", "reuters-cycling-1996", "1996-08-23", "1996-08-23",
        "CYCLING - [[TOUR OF NETHERLANDS|EVENT|Ronde van Nederland]] [[FOURTH|ordinal|4]] STAGE RESULT.\n"
        "[[ALKMAAR|GPE|Alkmaar]], [[Netherlands|GPE]] [[1996-08-23|D|1996-08-23]]\n\n"
        "Leading results of the [[209-km|quantity|209|km]] [[fourth|ordinal|4]] stage of the [[Tour of the "
        "Netherlands|EVENT|Ronde van Nederland]] from [[Venray|GPE]] to [[Alkmaar|GPE]] on "
        "[[Friday|D|1996-08-23]]:\n\n"
        "[[1|ordinal|1]]. [[Jeroen Blijlevens|PERSON]] ([[Netherlands|GPE]]) [[TVM|ORG|TVM (cycling team)]] "
        "4 hours 51 minutes 12 seconds\n"
        "[[2|ordinal|2]]. [[Johan Museeuw|PERSON]] ([[Belgium|GPE]]) [[Mapei|ORG|Mapei (cycling team)]] same "
        "time\n"
        "[[3|ordinal|3]]. [[Erik Zabel|PERSON]] ([[Germany|GPE]]) [[Telekom|ORG|Team Telekom]] same time\n"
        "[[4|ordinal|4]]. [[Rolf Sorensen|PERSON|Rolf Sørensen]] ([[Denmark|GPE]]) [[Rabobank|ORG|Rabobank "
        "(cycling team)]] same time\n"
        "[[5|ordinal|5]]. [[Lance Armstrong|PERSON]] ([[U.S.|GPE|United States]]) [[Motorola|ORG|Motorola "
        "(cycling team)]] same time\n"
        "[[6|ordinal|6]]. [[Frank Vandenbroucke|PERSON]] ([[Belgium|GPE]]) [[Mapei|ORG|Mapei (cycling team)]] "
        "4 seconds behind\n"
        "[[7|ordinal|7]]. [[Jan Svorada|PERSON|Ján Svorada]] ([[Czech Republic|GPE]]) [[Panaria|ORG|Panaria "
        "(cycling team)]] same time\n\n"
        "Overall standings after [[four|count|4|stage]] stages:\n\n"
        "[[1|ordinal|1]]. [[Erik Dekker|PERSON]] ([[Netherlands|GPE]]) [[Rabobank|ORG|Rabobank (cycling "
        "team)]] 17 hours 2 minutes 33 seconds\n"
        "[[2|ordinal|2]]. [[Museeuw|PERSON|Johan Museeuw]] 8 seconds behind\n"
        "[[3|ordinal|3]]. [[Michael Boogerd|PERSON]] ([[Netherlands|GPE]]) [[Rabobank|ORG|Rabobank (cycling "
        "team)]] 15 seconds behind\n"
        "[[4|ordinal|4]]. [[Blijlevens|PERSON|Jeroen Blijlevens]] 21 seconds behind\n"
        "[[5|ordinal|5]]. [[Zabel|PERSON|Erik Zabel]] 24 seconds behind\n\n"
        "[[Armstrong|PERSON|Lance Armstrong]], who won the [[Tour DuPont|EVENT]] in [[May|D|1996-05]], "
        "finished in the main bunch. "
        "[[Blijlevens|PERSON|Jeroen Blijlevens]] told [[Dutch|NORP]] television he had saved his strength for "
        "the last [[two kilometres|quantity|2|km]]. [[Dekker|PERSON|Erik Dekker]] said he expected "
        "[[Mapei|ORG|Mapei (cycling team)]] to attack in [[Saturday|D|1996-08-24]]'s final stage to "
        "[[Rotterdam|GPE]], a [[175-km|quantity|175|km]] run.",
        [
            ("Jeroen Blijlevens", "tell", "he had saved his strength for the last two kilometres", False),
            ("Erik Dekker", "expect", "Mapei to attack in Saturday's final stage to Rotterdam, a 175-km run",
             False),
        ],
    ),
]
