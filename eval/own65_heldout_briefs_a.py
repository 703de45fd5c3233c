"""Held-out set 65 (blind): marked texts of briefs 01-07 and their statements (see
``build_own65_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own65-ho-01", "national-bank-of-moldova-base-rate-decision", "2025-02-06", "2025-02-06",
        "[[NATIONAL BANK OF MOLDOVA|ORG|National Bank of Moldova]]\n"
        "Monetary policy decision\n"
        "[[Chișinău|GPE]], [[6 February 2025|D|2025-02-06]]\n\n"
        "BASE RATE RAISED BY [[0.9 PERCENTAGE POINTS|percent|0.9|pp]] TO [[6.50 PERCENT|percent|6.5|%]]\n\n"
        "The [[National Bank of Moldova|ORG]] ([[NBM|ORG|National Bank of Moldova]]) [[today|D|2025-02-06]] "
        "raised the base rate applied to its main short-term operations by "
        "[[0.9 percentage points|percent|0.9|pp]], from [[5.60 percent|percent|5.6|%]] to "
        "[[6.50 percent|percent|6.5|%]] a year, with effect from [[10 February 2025|D|2025-02-10]].\n\n"
        "Key figures\n"
        "-- Annual inflation, [[December 2024|D|2024-12]]: [[7.0 percent|percent|7|%]]\n"
        "-- Inflation target: [[5.0 percent|percent|5|%]], plus or minus [[1.5 percentage points|percent|1.5|pp]]\n"
        "-- Official reserve assets, [[31 January 2025|D|2025-01-31]]: [[US$5.9 billion|money|5900000000|USD]]\n"
        "\n"
        "Governor [[Anca Dragu|PERSON]] told a press conference that higher natural gas and electricity tariffs, "
        "after [[Russian|NORP]] gas transit through [[Ukraine|GPE]] ended on [[1 January|D|2025-01-01]], would "
        "push inflation above the target range in [[the first half of the year|D|2025-01/2025-06]]. “We are "
        "acting early so that the energy shock does not turn into lasting inflation,” she said.\n\n"
        "The [[NBM|ORG|National Bank of Moldova]] expects annual inflation to peak at "
        "[[about 10 percent|percent|10|%]] in [[the second quarter|D|2025-04/2025-06]] and to return to the target "
        "range in [[the first quarter of 2026|D|2026-01/2026-03]]. [[Dragu|PERSON|Anca Dragu]] added that the bank "
        "was ready to raise the rate again if price expectations rose.\n\n"
        "The [[National Agency for Energy Regulation|ORG|National Agency for Energy Regulation (Moldova)]] raised "
        "the regulated gas price for households by [[27 percent|percent|27|%]] on [[1 February|D|2025-02-01]]. "
        "Prime Minister [[Dorin Recean|PERSON]] said the government would spend "
        "[[MDL 1.6 billion|money|1600000000|MDL]] on energy compensation for "
        "[[about 300,000|count|300000|household]] households [[this winter|D|2024-12/2025-02]], and urged the "
        "authorities in [[Tiraspol|GPE]] to accept gas bought on the [[European|NORP]] market for "
        "[[Transnistria|GPE]].\n\n"
        "The next monetary policy meeting will take place on "
        "[[20 March 2025|D|2025-03-20]].",
        [
            ("Anca Dragu", "tell", "higher natural gas and electricity tariffs, after Russian gas transit through "
             "Ukraine ended on 1 January, would push inflation above the target range in the first half of the year",
             False),
            ("Anca Dragu", "say", "We are acting early so that the energy shock does not turn into lasting "
             "inflation", True),
            ("National Bank of Moldova", "expect", "annual inflation to peak at about 10 percent in the second "
             "quarter and to return to the target range in the first quarter of 2026", False),
            ("Anca Dragu", "add", "the bank was ready to raise the rate again if price expectations rose", False),
            ("Dorin Recean", "say", "the government would spend MDL 1.6 billion on energy compensation for about "
             "300,000 households this winter", False),
            ("Dorin Recean", "urge", "the authorities in Tiraspol to accept gas bought on the European market for "
             "Transnistria", False),
        ],
    ),
    (
        "own65-ho-02", "statistics-portugal-tourism-activity-2024", "2025-02-14", "2025-02-14",
        "[[STATISTICS PORTUGAL|ORG|Statistics Portugal]]\n"
        "Tourism activity, [[2024|D|2024]]: final results\n"
        "Published [[14 February 2025|D|2025-02-14]]\n\n"
        "RECORD [[31.6 MILLION|count|31600000|guest]] GUESTS IN TOURIST ACCOMMODATION\n\n"
        "[[Statistics Portugal|ORG]] ([[INE|ORG|Statistics Portugal]]) reported [[today|D|2025-02-14]] that "
        "tourist accommodation establishments in [[Portugal|GPE]] received "
        "[[31.6 million|count|31600000|guest]] guests in [[2024|D|2024]], [[4.6%|percent|4.6|%]] more than in "
        "[[2023|D|2023]], and registered [[80.3 million|count|80300000|night]] nights, up "
        "[[4.4%|percent|4.4|%]]. Non-residents accounted for [[70.4%|percent|70.4|%]] of nights.\n\n"
        "Nights by region, change on [[2023|D|2023]]\n"
        "[[Algarve|GPE]]                    [[+2.1%|percent|2.1|%]]\n"
        "[[Lisbon Metropolitan Area|GPE|Lisbon metropolitan area]]   [[+5.3%|percent|5.3|%]]\n"
        "[[Norte|GPE|Norte Region, Portugal]]                      [[+6.8%|percent|6.8|%]]\n"
        "[[Madeira|GPE]]                    [[+4.9%|percent|4.9|%]]\n"
        "[[Azores|GPE]]                     [[+9.2%|percent|9.2|%]]\n\n"
        "The [[United Kingdom|GPE]] remained the largest source market, with "
        "[[10.9 million|count|10900000|night]] nights, ahead of [[Germany|GPE]] and [[Spain|GPE]]; nights of "
        "[[American|NORP]] guests grew [[11.6%|percent|11.6|%]]. Total revenue of establishments reached "
        "[[€6.5 billion|money|6500000000|EUR]], of which [[€4.9 billion|money|4900000000|EUR]] came from "
        "accommodation. According to the [[Banco de Portugal|ORG]], travel and tourism exports reached "
        "[[€27.7 billion|money|27700000000|EUR]] in [[2024|D|2024]].\n\n"
        "Minister of Economy [[Pedro Reis|PERSON]] said the figures showed that growth was spreading beyond "
        "[[Lisbon|GPE]] and the [[Algarve|GPE]], and pledged that the government would raise the tourism budget "
        "for the interior regions by [[€30 million|money|30000000|EUR]] in [[2025|D|2025]].\n\n"
        "“Demand is strong in every month of the year now, not only in the high season,” said "
        "[[Carlos Abade|PERSON]], president of [[Turismo de Portugal|ORG]]. He warned that hotel staff shortages "
        "could limit growth in [[the summer|D|2025-06/2025-08]].\n\n"
        "Note: data cover hotels, rural tourism and local accommodation with [[10 or more|count|10|bed]] beds. "
        "Results for [[January 2025|D|2025-01]] will be published on [[14 March|D|2025-03-14]].",
        [
            ("Statistics Portugal", "report", "tourist accommodation establishments in Portugal received 31.6 "
             "million guests in 2024, 4.6% more than in 2023, and registered 80.3 million nights, up 4.4%", False),
            ("Banco de Portugal", "according to", "travel and tourism exports reached €27.7 billion in 2024", False),
            ("Pedro Reis", "say", "the figures showed that growth was spreading beyond Lisbon and the Algarve",
             False),
            ("Pedro Reis", "pledge", "the government would raise the tourism budget for the interior regions by "
             "€30 million in 2025", False),
            ("Carlos Abade", "say", "Demand is strong in every month of the year now, not only in the high season",
             True),
            ("Carlos Abade", "warn", "hotel staff shortages could limit growth in the summer", False),
        ],
    ),
    (
        "own65-ho-03", "union-pacific-third-quarter-results", "2025-10-23", "2025-10-23",
        "[[UNION PACIFIC|ORG|Union Pacific Corporation]] REPORTS [[THIRD QUARTER 2025|D|2025-07/2025-09]] "
        "RESULTS\n\n"
        "[[OMAHA|GPE|Omaha, Nebraska]], [[Nebraska|GPE]], [[Oct. 23, 2025|D|2025-10-23]] – "
        "[[Union Pacific Corporation|ORG]] ([[NYSE|ORG|New York Stock Exchange]]: UNP) [[today|D|2025-10-23]] "
        "reported net income of [[$1.8 billion|money|1800000000|USD]], or [[$3.01|money|3.01|USD]] per diluted "
        "share, for [[the third quarter of 2025|D|2025-07/2025-09]], compared with "
        "[[$1.7 billion|money|1700000000|USD]], or [[$2.75|money|2.75|USD]] per share, in "
        "[[the third quarter of 2024|D|2024-07/2024-09]].\n\n"
        "Highlights\n"
        "• Operating revenue: [[$6.2 billion|money|6200000000|USD]], up [[3%|percent|3|%]]\n"
        "• Operating ratio: [[58.5%|percent|58.5|%]], an improvement of "
        "[[1.2 percentage points|percent|1.2|pp]]\n"
        "• Business volumes: up [[1%|percent|1|%]]; grain carloads up [[12%|percent|12|%]]\n"
        "• Fuel price: [[$2.45|money|2.45|USD]] per gallon\n\n"
        "“Our team delivered the best quarterly operating ratio in our history, and we are on track to create "
        "[[America|GPE|United States]]’s [[first|ordinal|1]] transcontinental railroad,” said "
        "[[Jim Vena|PERSON]], [[Union Pacific|ORG|Union Pacific Corporation]] Chief Executive Officer.\n\n"
        "[[Vena|PERSON|Jim Vena]] said the merger with [[Norfolk Southern|ORG|Norfolk Southern Railway]], agreed "
        "in [[July|D|2025-07]] and valued at [[about $85 billion|money|85000000000|USD]], would give shippers "
        "single-line service from coast to coast. The company expects to file its merger application with the "
        "[[Surface Transportation Board|ORG]] ([[STB|ORG|Surface Transportation Board]]) in "
        "[[December|D|2025-12]].\n\n"
        "Chief Financial Officer [[Jennifer Hamann|PERSON]] said strong grain exports from [[Kansas|GPE]], "
        "[[Nebraska|GPE]] and [[Iowa|GPE]] had offset weaker intermodal traffic, and that the railroad had bought "
        "back [[8.2 million|count|8200000|share]] shares [[this year|D|2025]]. She forecast capital spending of "
        "[[about $3.4 billion|money|3400000000|USD]] for [[2025|D|2025]].\n\n"
        "About [[Union Pacific|ORG|Union Pacific Corporation]]\n"
        "[[Union Pacific|ORG|Union Pacific Corporation]] operates a network of "
        "[[about 32,000 miles|quantity|32000|mi]] in [[23|count|23|state]] states in the western "
        "[[United States|GPE]] and employs [[about 30,000|count|30000|person]] people.",
        [
            ("Jim Vena", "say", "Our team delivered the best quarterly operating ratio in our history, and we are on "
             "track to create America’s first transcontinental railroad", True),
            ("Jim Vena", "say", "the merger with Norfolk Southern, agreed in July and valued at about $85 billion, "
             "would give shippers single-line service from coast to coast", False),
            ("Union Pacific Corporation", "expect", "file its merger application with the Surface Transportation "
             "Board (STB) in December", False),
            ("Jennifer Hamann", "say", "strong grain exports from Kansas, Nebraska and Iowa had offset weaker "
             "intermodal traffic, and that the railroad had bought back 8.2 million shares this year", False),
            ("Jennifer Hamann", "forecast", "capital spending of about $3.4 billion for 2025", False),
        ],
    ),
    (
        "own65-ho-04", "mauritius-meteorological-services-cyclone-belal-bulletin", "2024-01-14", "2024-01-14",
        "[[MAURITIUS METEOROLOGICAL SERVICES|ORG|Mauritius Meteorological Services]]\n"
        "[[Vacoas|GPE|Vacoas-Phoenix]], [[Sunday 14 January 2024|D|2024-01-14]]\n\n"
        "CYCLONE WARNING CLASS II IN FORCE IN [[MAURITIUS|GPE|Mauritius]]\n\n"
        "Bulletin issued at: 16h10\n"
        "System: intense tropical cyclone [[Belal|EVENT|Cyclone Belal]]\n"
        "Position at 16h00: [[about 190 km|quantity|190|km]] west-north-west of [[Port Louis|GPE]]\n"
        "Movement: east-south-east at [[15 km/h|quantity|15|km/h]]\n"
        "Estimated gusts near the centre: [[220 km/h|quantity|220|km/h]]\n"
        "Expected rainfall: [[100|quantity|100|mm]] to [[150 mm|quantity|150|mm]]\n\n"
        "[[Belal|EVENT|Cyclone Belal]], which formed on [[Thursday|D|2024-01-11]] north-east of "
        "[[Madagascar|GPE]], passed close to [[Réunion|GPE]] [[today|D|2024-01-14]], where "
        "[[Météo-France|ORG]] issued its highest alert and gusts of "
        "[[more than 200 km/h|quantity|200|km/h]] were recorded. The "
        "[[Mauritius Meteorological Services|ORG]] said the centre of the cyclone would pass "
        "[[about 60 km|quantity|60|km]] south of [[Mauritius|GPE]] [[tomorrow|D|2024-01-15]] morning, and "
        "warned that a Class III warning would probably be issued at 22h10.\n\n"
        "[[Up to 200 millimetres|quantity|200|mm]] of rain may fall on the central plateau by "
        "[[Tuesday|D|2024-01-16]], with a risk of flash floods in low-lying parts of [[Port Louis|GPE]] and "
        "[[Grand Baie|GPE]]. No warning is in force in [[Rodrigues|GPE]] or [[Agaléga|GPE]].\n\n"
        "Prime Minister [[Pravind Jugnauth|PERSON]] said schools and government offices would stay closed on "
        "[[Monday|D|2024-01-15]] and urged residents to stay at home once the Class III warning was in force. "
        "[[Air Mauritius|ORG]] said [[14|count|14|flight]] flights to and from "
        "[[Sir Seewoosagur Ramgoolam International Airport|FAC]] had been cancelled.\n\n"
        "Precautions\n"
        "- Keep away from beaches, rivers and flooded roads.\n"
        "- Secure loose objects and store drinking water for [[three days|D|P3D]].\n"
        "- Fishermen must not go to sea until further notice.\n\n"
        "The next bulletin will be issued at 22h10.",
        [
            ("Mauritius Meteorological Services", "say", "the centre of the cyclone would pass about 60 km south of "
             "Mauritius tomorrow morning", False),
            ("Mauritius Meteorological Services", "warn", "a Class III warning would probably be issued at 22h10",
             False),
            ("Pravind Jugnauth", "say", "schools and government offices would stay closed on Monday", False),
            ("Pravind Jugnauth", "urge", "residents to stay at home once the Class III warning was in force", False),
            ("Air Mauritius", "say", "14 flights to and from Sir Seewoosagur Ramgoolam International Airport had been "
             "cancelled", False),
        ],
    ),
    (
        "own65-ho-05", "ukrainian-red-cross-kakhovka-flood-update", "2023-06-08", "2023-06-08",
        "[[UKRAINIAN RED CROSS SOCIETY|ORG|Ukrainian Red Cross Society]]\n"
        "Operational update: floods after the destruction of the [[Kakhovka|FAC|Kakhovka Hydroelectric Power "
        "Plant]] dam\n"
        "[[Kyiv|GPE]], [[8 June 2023|D|2023-06-08]]\n\n"
        "The dam of the [[Kakhovka Hydroelectric Power Plant|FAC]] on the [[Dnipro|LOC|Dnieper]] river was "
        "destroyed early on [[Tuesday|D|2023-06-06]]. Water from the [[Kakhovka Reservoir|LOC]] has flooded "
        "[[at least 46|count|46|settlement]] settlements in the [[Kherson|GPE|Kherson Oblast]] region, "
        "[[32|count|32|settlement]] of them on the right bank held by [[Ukraine|GPE]]. In the city of "
        "[[Kherson|GPE]] the river rose [[more than 5 metres|quantity|5|m]].\n\n"
        "Key figures\n"
        "• People evacuated on the right bank: [[2,718|count|2718|person]]\n"
        "• [[Red Cross|ORG|Ukrainian Red Cross Society]] volunteers deployed: [[260|count|260|volunteer]]\n"
        "• Drinking water delivered: [[85 tonnes|quantity|85|t]]\n"
        "• Rescue boats operating: [[14|count|14|boat]]\n"
        "• Emergency allocation: [[UAH 20 million|money|20000000|UAH]]\n\n"
        "“People are waiting on rooftops for boats, and the current is so strong that our teams can cross only in "
        "daylight,” said [[Maksym Dotsenko|PERSON]], Director General of the "
        "[[Ukrainian Red Cross|ORG|Ukrainian Red Cross Society]].\n\n"
        "Interior Minister [[Ihor Klymenko|PERSON]] said [[Russian|NORP]] shelling had hit an evacuation point in "
        "[[Kherson|GPE]] on [[Wednesday|D|2023-06-07]]. [[United Nations|ORG]] relief chief "
        "[[Martin Griffiths|PERSON]] estimated that [[at least 16,000|count|16000|person]] people had lost their "
        "homes. [[Rafael Grossi|PERSON]], Director General of the [[International Atomic Energy Agency|ORG]] "
        "([[IAEA|ORG|International Atomic Energy Agency]]), said there was no immediate danger to the "
        "[[Zaporizhzhia Nuclear Power Plant|FAC]], which draws its cooling water from the reservoir.\n\n"
        "The [[Society|ORG|Ukrainian Red Cross Society]] calls for donations of "
        "[[UAH 150 million|money|150000000|UAH]] ([[about US$4 million|money|4000000|USD]]) to support "
        "[[30,000|count|30000|person]] people for [[six months|D|P6M]]. The "
        "[[International Committee of the Red Cross|ORG]] warned that the water had moved landmines into fields "
        "and gardens along the river.\n\n"
        "The next update will be issued on [[Monday|D|2023-06-12]].",
        [
            ("Maksym Dotsenko", "say", "People are waiting on rooftops for boats, and the current is so strong that "
             "our teams can cross only in daylight", True),
            ("Ihor Klymenko", "say", "Russian shelling had hit an evacuation point in Kherson on Wednesday", False),
            ("Martin Griffiths", "estimate", "at least 16,000 people had lost their homes", False),
            ("Rafael Grossi", "say", "there was no immediate danger to the Zaporizhzhia Nuclear Power Plant, which "
             "draws its cooling water from the reservoir", False),
            ("Ukrainian Red Cross Society", "call for", "donations of UAH 150 million (about US$4 million) to support "
             "30,000 people for six months", False),
            ("International Committee of the Red Cross", "warn", "the water had moved landmines into fields and "
             "gardens along the river", False),
        ],
    ),
    (
        "own65-ho-06", "arab-league-baghdad-summit-closing-release", "2025-05-17", "2025-05-17",
        "From: [[Media Office of the Prime Minister|ORG|Media Office of the Prime Minister (Iraq)]], "
        "[[Republic of Iraq|GPE|Iraq]]\n"
        "[[Baghdad|GPE]], [[Saturday, 17 May 2025|D|2025-05-17]]\n\n"
        "[[ARAB|NORP]] LEADERS CALL FOR [[GAZA|GPE|Gaza Strip]] CEASEFIRE AT [[BAGHDAD|GPE]] SUMMIT\n\n"
        "The [[34th|ordinal|34]] summit of the [[League of Arab States|ORG|Arab League]] closed in "
        "[[Baghdad|GPE]] [[today|D|2025-05-17]], the [[first|ordinal|1]] hosted by [[Iraq|GPE]] since "
        "[[2012|D|2012]]. In its final declaration, the [[Arab League|ORG]] called for an immediate and permanent "
        "ceasefire in [[Gaza|GPE|Gaza Strip]] and the entry of aid without restriction.\n\n"
        "Prime Minister [[Mohammed Shia al-Sudani|PERSON]], who chaired the summit, announced that "
        "[[Iraq|GPE]] would give [[$20 million|money|20000000|USD]] to an [[Arab|NORP]] fund for the "
        "reconstruction of [[Gaza|GPE|Gaza Strip]] and another [[$20 million|money|20000000|USD]] for the "
        "reconstruction of [[Lebanon|GPE]]. [[Al-Sudani|PERSON|Mohammed Shia al-Sudani]] also proposed a joint "
        "[[Arab|NORP]] chamber for development and trade.\n\n"
        "Secretary-General [[Ahmed Aboul Gheit|PERSON]] warned that the war in [[Gaza|GPE|Gaza Strip]] "
        "threatened the stability of the whole region. [[United Nations|ORG]] Secretary-General "
        "[[António Guterres|PERSON]] told the leaders: “We need a permanent ceasefire now, the release of all "
        "hostages and unhindered humanitarian access.”\n\n"
        "[[Spanish|NORP]] Prime Minister [[Pedro Sánchez|PERSON]], attending as a guest, said [[Spain|GPE]] "
        "would ask the [[United Nations General Assembly|ORG]] to seek an opinion from the "
        "[[International Court of Justice|ORG]] on [[Israel|GPE]]’s obligations in "
        "[[Gaza|GPE|Gaza Strip]]. [[Egyptian|NORP]] President [[Abdel Fattah el-Sisi|PERSON]] said "
        "[[Egypt|GPE]] would host a conference on the reconstruction of [[Gaza|GPE|Gaza Strip]] as soon as the "
        "fighting stopped.\n\n"
        "[[Syrian|NORP]] President [[Ahmed al-Sharaa|PERSON]] did not attend; [[Syria|GPE]] was represented by "
        "Foreign Minister [[Asaad al-Shaibani|PERSON]].\n\n"
        "Key facts\n"
        "- Members of the [[Arab League|ORG]]: [[22|count|22|member]]\n"
        "- Leaders attending in person: [[five|count|5|leader]]\n"
        "- Previous summit: [[Manama|GPE]], [[16 May 2024|D|2024-05-16]]",
        [
            ("Arab League", "call for", "an immediate and permanent ceasefire in Gaza and the entry of aid without "
             "restriction", False),
            ("Mohammed Shia al-Sudani", "announce", "Iraq would give $20 million to an Arab fund for the "
             "reconstruction of Gaza and another $20 million for the reconstruction of Lebanon", False),
            ("Mohammed Shia al-Sudani", "propose", "a joint Arab chamber for development and trade", False),
            ("Ahmed Aboul Gheit", "warn", "the war in Gaza threatened the stability of the whole region", False),
            ("António Guterres", "tell", "We need a permanent ceasefire now, the release of all hostages and "
             "unhindered humanitarian access.", True),
            ("Pedro Sánchez", "say", "Spain would ask the United Nations General Assembly to seek an opinion from "
             "the International Court of Justice on Israel’s obligations in Gaza", False),
            ("Abdel Fattah el-Sisi", "say", "Egypt would host a conference on the reconstruction of Gaza as soon as "
             "the fighting stopped", False),
        ],
    ),
    (
        "own65-ho-07", "italian-competition-authority-shein-greenwashing-fine", "2025-08-04", "2025-08-04",
        "[[ITALIAN COMPETITION AUTHORITY|ORG|Italian Competition Authority]]\n"
        "Press release\n"
        "[[Rome|GPE]], [[4 August 2025|D|2025-08-04]]\n\n"
        "PS12752 – GREENWASHING: [[SHEIN|ORG|Shein]] FINED [[€1 MILLION|money|1000000|EUR]]\n\n"
        "The [[Autorità Garante della Concorrenza e del Mercato|ORG|Italian Competition Authority]] "
        "([[AGCM|ORG|Italian Competition Authority]]) has fined [[Infinite Styles Services Co. Limited|ORG]], the "
        "[[Dublin|GPE]]-based company that runs the [[Shein|ORG]] website in [[Europe|LOC]], "
        "[[€1 million|money|1000000|EUR]] for misleading and omissive environmental claims.\n\n"
        "The investigation, opened in [[September 2024|D|2024-09]], concerned the sections of the website on "
        "sustainability and circular fashion. The [[Authority|ORG|Italian Competition Authority]] found that the "
        "company’s pledge to cut greenhouse gas emissions by [[25%|percent|25|%]] by [[2030|D|2030]] and to reach "
        "net zero by [[2050|D|2050]] was vague and generic, and that its emissions had in fact risen in "
        "[[2023|D|2023]] and [[2024|D|2024]].\n\n"
        "“Fashion companies cannot sell a green image that their products do not match,” said "
        "[[AGCM|ORG|Italian Competition Authority]] President [[Roberto Rustichelli|PERSON]].\n\n"
        "[[Shein|ORG]] said it had cooperated fully with the [[Authority|ORG|Italian Competition Authority]] and "
        "had already changed the claims, and that it was reviewing the decision.\n\n"
        "In [[May|D|2025-05]], the [[European Commission|ORG]] and the "
        "[[Consumer Protection Cooperation Network|ORG]] gave [[Shein|ORG]] [[one month|D|P1M]] to bring its "
        "practices into line with [[EU|ORG|European Union]] consumer law.\n\n"
        "Notes to editors\n"
        "- The fine was set under articles 21, 22 and 27 of the [[Consumer Code|LAW|Consumer Code (Italy)]], "
        "which allows fines of [[up to €10 million|money|10000000|EUR]] for each unfair practice.\n"
        "- [[Shein|ORG]] was founded in [[China|GPE]] in [[2008|D|2008]] and is now based in "
        "[[Singapore|GPE]].\n"
        "- Since [[2022|D|2022]], the [[Authority|ORG|Italian Competition Authority]] has fined "
        "[[five|count|5|company]] fashion and cosmetics companies for misleading environmental claims.",
        [
            ("Italian Competition Authority", "find", "the company’s pledge to cut greenhouse gas emissions by 25% by "
             "2030 and to reach net zero by 2050 was vague and generic, and that its emissions had in fact risen in "
             "2023 and 2024", False),
            ("Roberto Rustichelli", "say", "Fashion companies cannot sell a green image that their products do not "
             "match", True),
            ("Shein", "say", "it had cooperated fully with the Authority and had already changed the claims, and that "
             "it was reviewing the decision", False),
        ],
    ),
]
