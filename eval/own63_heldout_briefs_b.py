"""Held-out set 63 (blind): marked texts of briefs 08-14 and their statements (see
``build_own63_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own63-ho-08", "edf-flamanville-3-grid-connection", "2024-12-21", "2024-12-21",
        "[[EDF|ORG|Électricité de France]] PRESS RELEASE\n"
        "[[Paris|GPE]], [[21 December 2024|D|2024-12-21]]\n\n"
        "[[FLAMANVILLE 3|FAC|Flamanville Nuclear Power Plant]] CONNECTED TO THE NATIONAL GRID\n\n"
        "The [[Flamanville 3|FAC|Flamanville Nuclear Power Plant]] reactor in [[Normandy|GPE]] was connected to "
        "the national electricity grid at 11:48 [[today|D|2024-12-21]], [[EDF|ORG|Électricité de France]] said. "
        "It is the [[first|ordinal|1]] reactor to be connected in [[France|GPE]] since [[1999|D|1999]].\n\n"
        "The reactor, an [[EPR|PRODUCT|EPR (nuclear reactor)]], has a capacity of "
        "[[1,600 megawatts|quantity|1600|MW]], the largest in the country. Its output will rise in stages, and it "
        "is expected to reach [[100%|percent|100|%]] power by [[summer 2025|D|2025-06/2025-08]].\n\n"
        "Key facts\n"
        "• Construction began: [[December 2007|D|2007-12]]\n"
        "• Original budget: [[€3.3 billion|money|3300000000|EUR]], for completion in [[2012|D|2012]]\n"
        "• Fuel loaded: [[May 2024|D|2024-05]], [[241|count|241|assembly]] assemblies\n\n"
        "“After [[17 years|D|P17Y]] of work, [[Flamanville 3|FAC|Flamanville Nuclear Power Plant]] is now producing electricity for the [[French|NORP]] people. "
        "It is a historic moment for our teams and for the whole nuclear industry,” said Chairman and Chief "
        "Executive [[Luc Rémont|PERSON]].\n\n"
        "President [[Emmanuel Macron|PERSON]] said on social media that the connection was “a great moment” for "
        "[[French|NORP]] reindustrialisation. The [[Court of Audit|ORG|Court of Audit (France)]] estimated in "
        "[[2020|D|2020]] that the total cost would reach [[€19.1 billion|money|19100000000|EUR]].\n\n"
        "[[EDF|ORG|Électricité de France]] expects the reactor to supply [[about 2 million|count|2000000|household]] "
        "households and plans to replace the vessel head during its [[first|ordinal|1]] full outage in "
        "[[2026|D|2026]]. The group is preparing [[six|count|6|reactor]] new [[EPR2|PRODUCT]] reactors, the [[first|ordinal|1]] pair at "
        "[[Penly|FAC|Penly Nuclear Power Plant]].",
        [
            ("Électricité de France", "say", "The Flamanville 3 reactor in Normandy was connected to the national "
             "electricity grid at 11:48 today", False),
            ("Luc Rémont", "say", "After 17 years of work, Flamanville 3 is now producing electricity for the French "
             "people. It is a historic moment for our teams and for the whole nuclear industry", True),
            ("Emmanuel Macron", "say", "the connection was “a great moment” for French reindustrialisation", False),
            ("Court of Audit (France)", "estimate", "the total cost would reach €19.1 billion", False),
            ("Électricité de France", "expect", "the reactor to supply about 2 million households", False),
        ],
    ),
    (
        "own63-ho-09", "wikinews-zambia-kafue-acid-spill", "2025-03-07", "2025-03-07",
        "[[Zambia|GPE]]: acid spill from [[Chinese|NORP]]-owned plant pollutes [[Kafue River|LOC]]\n\n"
        "[[Friday, March 7, 2025|D|2025-03-07]]\n\n"
        "The government of [[Zambia|GPE]] has ordered [[Sino-Metals Leach Zambia|ORG]] to pay for the clean-up "
        "after a tailings dam at its copper processing plant near [[Kitwe|GPE]] burst on "
        "[[February 18|D|2025-02-18]], releasing [[about 50 million litres|quantity|50000000|l]] of acidic waste "
        "into the [[Mwambashi|LOC|Mwambashi River]] river, a tributary of the [[Kafue River|LOC]].\n\n"
        "Minister of Green Economy and Environment [[Mike Mposha|PERSON]] told parliament on "
        "[[Tuesday|D|2025-03-04]] that the company would bear the full cost and that dead fish had been found "
        "along [[more than 100 kilometres|quantity|100|km]] of the river. The [[Zambia Air Force|ORG]] dropped lime "
        "into the water to neutralise the acid.\n\n"
        "Water supply to [[Kitwe|GPE]], a city of [[about 700,000|count|700000|person]] people in "
        "[[Copperbelt Province|GPE]], was cut for [[three days|D|P3D]]. Farmers downstream said their maize and "
        "vegetable crops had been destroyed.\n\n"
        "President [[Hakainde Hichilema|PERSON]] urged residents not to drink or fish in the river until tests "
        "showed it was safe. The [[Zambia Environmental Management Agency|ORG]] "
        "([[ZEMA|ORG|Zambia Environmental Management Agency]]) said acid levels downstream of "
        "[[Kitwe|GPE]] had returned to normal by [[February 24|D|2025-02-24]].\n\n"
        "[[Chinese|NORP]] Ambassador [[Han Jing|PERSON]] said [[China|GPE]] expected the company to compensate "
        "those affected \"in accordance with [[Zambian|NORP]] law\" within months. [[Sino-Metals|ORG|Sino-Metals Leach Zambia]], a "
        "subsidiary of [[China Nonferrous Metal Mining Group|ORG]], said it had hired "
        "[[150|count|150|worker]] workers to clear the riverbanks.\n\n"
        "The [[Kafue|LOC|Kafue River]] supplies water to [[about 60%|percent|60|%]] of [[Zambia|GPE]]’s "
        "population and feeds the [[Kafue Gorge|FAC|Kafue Gorge Upper Power Station]] hydropower station.",
        [
            ("Mike Mposha", "tell", "the company would bear the full cost and that dead fish had been found along "
             "more than 100 kilometres of the river", False),
            ("Hakainde Hichilema", "urge", "residents not to drink or fish in the river until tests showed it was "
             "safe", False),
            ("Zambia Environmental Management Agency", "say", "acid levels downstream of Kitwe had returned to "
             "normal by February 24", False),
            ("Han Jing", "say", "China expected the company to compensate those affected \"in accordance with "
             "Zambian law\" within months", False),
            ("Sino-Metals Leach Zambia", "say", "it had hired 150 workers to clear the riverbanks", False),
        ],
    ),
    (
        "own63-ho-10", "wikinews-hurricane-erick-oaxaca", "2025-06-20", "2025-06-20",
        "[[Hurricane Erick|EVENT]] strikes southern [[Mexico|GPE]] as major hurricane\n\n"
        "[[Friday, June 20, 2025|D|2025-06-20]]\n\n"
        "[[Hurricane Erick|EVENT]] made landfall near [[Punta Maldonado|GPE]] in the [[Mexican|NORP]] state of "
        "[[Oaxaca|GPE]] early on [[Thursday|D|2025-06-19]] as a Category 3 storm with maximum sustained winds of "
        "[[about 205 km/h|quantity|205|km/h]] ([[125 mph|quantity|125|mph]]), the [[United States|GPE]] "
        "[[National Hurricane Center|ORG]] said.\n\n"
        "President [[Claudia Sheinbaum|PERSON]] said at her morning press conference that "
        "[[two|count|2|person]] people had died, among them a child in [[Guerrero|GPE]], and that "
        "[[more than 2,000|count|2000|soldier]] soldiers had been sent to the coast. The "
        "[[Federal Electricity Commission|ORG]] said power had been restored to [[78%|percent|78|%]] of the "
        "[[roughly 230,000|count|230000|customer]] customers who lost it.\n\n"
        "[[Oaxaca|GPE]] governor [[Salomón Jara|PERSON]] warned that [[Pinotepa Nacional|GPE]] and the "
        "fishing villages of the [[Costa Chica|LOC]] had suffered heavy damage to roofs and roads.\n\n"
        "[[Erick|EVENT|Hurricane Erick]] weakened over the mountains of [[Guerrero|GPE]] and dissipated early on "
        "[[Friday|D|2025-06-20]]. The [[National Meteorological Service|ORG|National Meteorological Service "
        "(Mexico)]] forecast rainfall of [[up to 250 millimetres|quantity|250|mm]] in parts of "
        "[[Oaxaca|GPE]] and [[Guerrero|GPE]] through [[Saturday|D|2025-06-21]] and warned of landslides.\n\n"
        "[[Acapulco|GPE]], where [[Hurricane Otis|EVENT]] killed [[52|count|52|person]] people in "
        "[[October 2023|D|2023-10]], escaped serious damage. [[Erick|EVENT|Hurricane Erick]] was the [[fifth|ordinal|5]] named storm of the "
        "eastern [[Pacific|LOC|Pacific Ocean]] season, which began on [[May 15|D|2025-05-15]].",
        [
            ("National Hurricane Center", "say", "Hurricane Erick made landfall near Punta Maldonado in the Mexican "
             "state of Oaxaca early on Thursday as a Category 3 storm with maximum sustained winds of about 205 km/h "
             "(125 mph)", False),
            ("Claudia Sheinbaum", "say", "two people had died, among them a child in Guerrero, and that more than "
             "2,000 soldiers had been sent to the coast", False),
            ("Federal Electricity Commission", "say", "power had been restored to 78% of the roughly 230,000 "
             "customers who lost it", False),
            ("Salomón Jara", "warn", "Pinotepa Nacional and the fishing villages of the Costa Chica had suffered "
             "heavy damage to roofs and roads", False),
            ("National Meteorological Service (Mexico)", "forecast", "rainfall of up to 250 millimetres in parts of "
             "Oaxaca and Guerrero through Saturday", False),
            ("National Meteorological Service (Mexico)", "warn", "landslides", False),
        ],
    ),
    (
        "own63-ho-11", "wikinews-japan-megaquake-advisory", "2024-08-09", "2024-08-09",
        "[[Japan|GPE]] issues megaquake advisory for the [[first|ordinal|1]] time after magnitude "
        "[[7.1|number|7.1]] earthquake\n\n"
        "[[Friday, August 9, 2024|D|2024-08-09]]\n\n"
        "The [[Japan Meteorological Agency|ORG]] ([[JMA|ORG|Japan Meteorological Agency]]) on "
        "[[Thursday|D|2024-08-08]] issued an advisory about a possible major earthquake along the "
        "[[Nankai Trough|LOC]], after a magnitude [[7.1|number|7.1]] quake struck off the coast of "
        "[[Miyazaki Prefecture|GPE]] in southern [[Kyushu|LOC]]. It was the [[first|ordinal|1]] such advisory "
        "since the system was introduced in [[2019|D|2019]].\n\n"
        "The quake hit at a depth of [[about 30 kilometres|quantity|30|km]] and was strongest in the city of "
        "[[Nichinan|GPE]]. [[At least 14|count|14|person]] people were hurt.\n\n"
        "The agency said the chance of a major quake on the trough was higher than usual but still low, and urged "
        "residents along the [[Pacific|LOC|Pacific Ocean]] coast to check evacuation routes for [[one week|D|P1W]].\n\n"
        "Chief Cabinet Secretary [[Yoshimasa Hayashi|PERSON]] told reporters that there was no need to evacuate "
        "in advance. Prime Minister [[Fumio Kishida|PERSON]] cancelled a trip to [[Kazakhstan|GPE]], "
        "[[Uzbekistan|GPE]] and [[Mongolia|GPE]] that was due to start on [[Friday|D|2024-08-09]], saying he "
        "would stay in [[Tokyo|GPE]] for the advisory period.\n\n"
        "The government's [[Earthquake Research Committee|ORG]] estimates a [[70|percent|70|%]] to "
        "[[80%|percent|80|%]] chance of a [[Nankai Trough|LOC]] quake of magnitude [[8|number|8]] to [[9|number|9]] in "
        "[[the next 30 years|D|2024-08-09/2054-08-09]]. [[Central Japan Railway|ORG]] slowed "
        "[[Tokaido Shinkansen|FAC]] trains between [[Mishima|FAC|Mishima Station]] and [[Mikawa-Anjo|FAC|Mikawa-Anjō Station]] as "
        "a precaution.",
        [
            ("Japan Meteorological Agency", "say", "the chance of a major quake on the trough was higher than usual "
             "but still low", False),
            ("Japan Meteorological Agency", "urge", "residents along the Pacific coast to check evacuation routes "
             "for one week", False),
            ("Yoshimasa Hayashi", "tell", "there was no need to evacuate in advance", False),
            ("Fumio Kishida", "say", "he would stay in Tokyo for the advisory period", False),
            ("Earthquake Research Committee", "estimate", "a 70 to 80% chance of a Nankai Trough quake of magnitude "
             "8 to 9 in the next 30 years", False),
        ],
    ),
    (
        "own63-ho-12", "reuters-1996-yerevan-armenian-election", "1996-09-24", "1996-09-24",
        "[[ARMENIA|GPE|Armenia]]’S [[TER-PETROSYAN|PERSON|Levon Ter-Petrosyan]] WINS, OPPOSITION CRIES FOUL.\n\n"
        "[[YEREVAN|GPE|Yerevan]] [[1996-09-24|D|1996-09-24]]\n\n"
        "[[Armenian|NORP]] President [[Levon Ter-Petrosyan|PERSON]] won re-election with "
        "[[51.75 percent|percent|51.75|%]] of the vote in [[Sunday|D|1996-09-22]]’s presidential election, the "
        "[[Central Electoral Commission|ORG|Central Electoral Commission (Armenia)]] said on "
        "[[Tuesday|D|1996-09-24]].\n\n"
        "Former prime minister [[Vazgen Manukyan|PERSON]], backed by [[five|count|5|party]] opposition parties, "
        "won [[41.29 percent|percent|41.29|%]], the commission said. Turnout was "
        "[[60.3 percent|percent|60.3|%]] of [[2.2 million|count|2200000|voter]] registered voters.\n\n"
        "[[Manukyan|PERSON|Vazgen Manukyan]] told [[about 150,000|count|150000|supporter]] supporters in "
        "[[Yerevan|GPE]]’s [[Freedom Square|FAC|Freedom Square (Yerevan)]] that the vote had been rigged and "
        "called for a recount. \"We won this election, and we will not give it away,\" he said.\n\n"
        "Observers from the [[Organisation for Security and Cooperation in Europe|ORG|Organization for Security "
        "and Co-operation in Europe]] said in a preliminary statement that they had found \"serious breaches\" of "
        "the election law, including [[about 22,000|count|22000|ballot]] more ballots than voters in some "
        "districts.\n\n"
        "[[Ter-Petrosyan|PERSON|Levon Ter-Petrosyan]], who has led [[Armenia|GPE]] since it broke away from the "
        "[[Soviet Union|GPE]] in [[1991|D|1991]], said he would seek talks with the opposition and would not let "
        "the [[Nagorno-Karabakh|GPE]] ceasefire be put at risk.\n\n"
        "The dram was steady at [[415 drams|money|415|AMD]] to the dollar on [[Tuesday|D|1996-09-24]]. A second "
        "round would have been held on [[October 6|D|1996-10-06]] had no candidate won more than "
        "half of the vote.",
        [
            ("Central Electoral Commission (Armenia)", "say", "Armenian President Levon Ter-Petrosyan won "
             "re-election with 51.75 percent of the vote in Sunday’s presidential election", False),
            ("Central Electoral Commission (Armenia)", "say", "Former prime minister Vazgen Manukyan, backed by five "
             "opposition parties, won 41.29 percent", False),
            ("Vazgen Manukyan", "tell", "the vote had been rigged", False),
            ("Vazgen Manukyan", "call for", "a recount", False),
            ("Vazgen Manukyan", "say", "We won this election, and we will not give it away", True),
            ("Organization for Security and Co-operation in Europe", "say", "they had found \"serious breaches\" "
             "of the election law, including about 22,000 more ballots than voters in some districts", False),
            ("Levon Ter-Petrosyan", "say", "he would seek talks with the opposition and would not let the "
             "Nagorno-Karabakh ceasefire be put at risk", False),
        ],
    ),
    (
        "own63-ho-13", "reuters-1996-olympic-archery-results", "1996-08-02", "1996-08-02",
        "ARCHERY - [[OLYMPIC|EVENT|1996 Summer Olympics]] MEN'S RESULTS.\n\n"
        "[[ATLANTA|GPE|Atlanta]] [[1996-08-02|D|1996-08-02]]\n\n"
        "Results of the [[Olympic|EVENT|1996 Summer Olympics]] men's archery competition at "
        "[[Stone Mountain Park|FAC]] (seedings in brackets):\n\n"
        "Individual final ([[Thursday|D|1996-08-01]])\n"
        "[[Justin Huish|PERSON]] ([[U.S.|GPE|United States]]) ([[7|number|7]]) beat "
        "[[Magnus Petersson|PERSON]] ([[Sweden|GPE]]) ([[21|number|21]]) [[112|number|112]]-[[107|number|107]]\n\n"
        "Bronze medal match\n"
        "[[Oh Kyo-moon|PERSON]] ([[South Korea|GPE]]) ([[1|number|1]]) beat [[Paul Vermeiren|PERSON]] "
        "([[Belgium|GPE]]) ([[30|number|30]]) [[115|number|115]]-[[110|number|110]]\n\n"
        "Team final ([[Friday|D|1996-08-02]])\n"
        "[[United States|GPE]] [[251|number|251]] [[South Korea|GPE]] [[249|number|249]]\n"
        "Bronze: [[Italy|GPE]] [[248|number|248]] [[Australia|GPE]] [[242|number|242]]\n\n"
        "[[Huish|PERSON|Justin Huish]], a [[21-year-old|D|P21Y]] from [[Simi Valley|GPE|Simi Valley, California]], "
        "[[California|GPE]], became the [[first|ordinal|1]] [[American|NORP]] man to win [[two|count|2|gold]] golds in "
        "archery at one [[Games|EVENT|1996 Summer Olympics]]. \"I just tried to have fun and shoot my arrows,\" "
        "Huish told reporters.\n\n"
        "[[Petersson|PERSON|Magnus Petersson]] said he had been unable to sleep before the final. [[South Korean|NORP]] "
        "coach [[Seo Oh-seok|PERSON]] said his team had been beaten by the home crowd as much as by the "
        "[[Americans|NORP|American]].\n\n"
        "[[South Korea|GPE]] won the women's team title on [[Friday|D|1996-08-02]], beating [[Germany|GPE]] "
        "[[245|number|245]]-[[235|number|235]], after [[Kim Kyung-wook|PERSON]] took the individual gold on "
        "[[Wednesday|D|1996-07-31]]. The [[U.S.|GPE|United States]] team will be honoured at the "
        "[[White House|FAC]] in [[September|D|1996-09]], the [[U.S. Olympic Committee|ORG|United States Olympic "
        "Committee]] said.",
        [
            ("United States Olympic Committee", "say", "The U.S. team will be honoured at the White House in "
             "September", False),
            ("Justin Huish", "tell", "I just tried to have fun and shoot my arrows", True),
            ("Magnus Petersson", "say", "he had been unable to sleep before the final", False),
            ("Seo Oh-seok", "say", "his team had been beaten by the home crowd as much as by the Americans", False),
        ],
    ),
    (
        "own63-ho-14", "reuters-1996-nascar-southern-500", "1996-09-01", "1996-09-01",
        "MOTOR RACING - [[GORDON|PERSON|Jeff Gordon]] WINS [[SOUTHERN 500|EVENT|1996 Mountain Dew Southern 500]] "
        "AGAIN.\n\n"
        "[[DARLINGTON|GPE|Darlington, South Carolina]], [[South Carolina|GPE]] [[1996-09-01|D|1996-09-01]]\n\n"
        "Leading finishers in the [[Southern 500|EVENT|1996 Mountain Dew Southern 500]] "
        "[[NASCAR|ORG]] [[Winston Cup|EVENT|1996 NASCAR Winston Cup Series]] stock car race at [[Darlington Raceway|FAC]] on [[Sunday|D|1996-09-01]] "
        "(driver, make, laps completed):\n\n"
        "[[Jeff Gordon|PERSON]] [[Chevrolet|ORG]] [[367|count|367|lap]]\n"
        "[[Dale Jarrett|PERSON]] [[Ford|ORG|Ford Motor Company]] [[367|count|367|lap]]\n"
        "[[Hut Stricklin|PERSON]] [[Ford|ORG|Ford Motor Company]] [[367|count|367|lap]]\n"
        "[[Terry Labonte|PERSON]] [[Chevrolet|ORG]] [[367|count|367|lap]]\n"
        "[[Bobby Hamilton|PERSON]] [[Pontiac|ORG]] [[366|count|366|lap]]\n\n"
        "Winner's average speed: [[135.757 mph|quantity|135.757|mph]]. Prize money: "
        "[[$99,630|money|99630|USD]].\n\n"
        "Standings after [[23|count|23|race]] races: [[Terry Labonte|PERSON]] "
        "[[3,471 points|count|3471|point]], [[Jeff Gordon|PERSON]] [[3,463|count|3463|point]], "
        "[[Dale Jarrett|PERSON]] [[3,325|count|3325|point]].\n\n"
        "[[Gordon|PERSON|Jeff Gordon]], who also won the race in [[1995|D|1995]], led the last "
        "[[47|count|47|lap]] laps and said his [[Hendrick Motorsports|ORG]] crew had won it in the pits. \"We "
        "were not the fastest car all day, but [[Ray Evernham|PERSON]] made the right call on tyres,\" he said.\n\n"
        "[[Labonte|PERSON|Terry Labonte]], [[Gordon|PERSON|Jeff Gordon]]'s team mate, said he expected the title "
        "to be decided at the last race in [[Atlanta|GPE]] on [[November 10|D|1996-11-10]]. "
        "[[Jarrett|PERSON|Dale Jarrett]] told reporters his car had been \"a rocket\" on long runs.\n\n"
        "The next race is at [[Richmond|GPE|Richmond, Virginia]], [[Virginia|GPE]], on [[Saturday|D|1996-09-07]].",
        [
            ("Jeff Gordon", "say", "his Hendrick Motorsports crew had won it in the pits", False),
            ("Jeff Gordon", "say", "We were not the fastest car all day, but Ray Evernham made the right call on "
             "tyres", True),
            ("Terry Labonte", "say", "he expected the title to be decided at the last race in Atlanta on November "
             "10", False),
            ("Dale Jarrett", "tell", "his car had been \"a rocket\" on long runs", False),
        ],
    ),
]
