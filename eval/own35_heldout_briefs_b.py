"""Held-out set 35 (blind): marked texts of briefs 08-14 and their statements (see
``build_own35_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own35-ho-08", "city-budget", "2025-12-10", "2025-12-10",
        "[[Council|ORG|Vancouver City Council]] approves [[2026|D|2026]] operating budget\n"
        "[[City of Vancouver|GPE|Vancouver]] news release\n"
        "[[December 10, 2025|D|2025-12-10]]\n\n"
        "[[Vancouver City Council|ORG]] [[today|D|2025-12-10]] approved a [[$2.14 billion|money|2140000000|CAD]] "
        "operating budget for [[2026|D|2026]] and a [[$1.05 billion|money|1050000000|CAD]] capital budget, with a "
        "property tax increase of [[3.9 per cent|percent|3.9|%]], down from [[7.5 per cent|percent|7.5|%]] in "
        "[[2024|D|2024]].\n\n"
        "For a median-value home assessed at [[$1.7 million|money|1700000|CAD]], the increase means "
        "[[about $128|money|128|CAD]] more in municipal property taxes, or [[roughly $11|money|11|CAD]] a month. "
        "For a median business property assessed at [[$1.3 million|money|1300000|CAD]], taxes will rise by "
        "[[about $220|money|220|CAD]].\n\n"
        "\u201cThis budget keeps taxes well below [[last year|D|2024]]\u2019s increase while investing in safety and basic "
        "services,\u201d Mayor [[Ken Sim|PERSON]] said. \u201cWe found [[$33 million|money|33000000|CAD]] in "
        "savings without cutting a single front-line job.\u201d\n\n"
        "The budget funds [[40|count|40|officer]] more police officers and [[20|count|20|firefighter]] "
        "firefighters. The [[Vancouver Police Department|ORG]] will receive "
        "[[$477 million|money|477000000|CAD]], or [[22%|percent|22|%]] of the operating budget, and the "
        "[[Vancouver Board of Parks and Recreation|ORG]] [[$160 million|money|160000000|CAD]].\n\n"
        "[[Council|ORG|Vancouver City Council]] voted [[7|number|7]] to [[3|number|3]] in favour. Councillor "
        "[[Pete Fry|PERSON]] said the budget relied too heavily on one-time savings and warned that residents "
        "could face a double-digit increase in [[2027|D|2027]].\n\n"
        "The capital budget includes [[$90 million|money|90000000|CAD]] for the renewal of the "
        "[[Granville Bridge|FAC]] and [[$25 million|money|25000000|CAD]] for [[two|count|2|community centre]] "
        "community centres in [[East Vancouver|GPE]]. Property tax notices will be mailed in "
        "[[late May|D|2026-05]], with payment due on [[July 2, 2026|D|2026-07-02]]. The [[Vancouver Police "
        "Department|ORG]] said the new officers would be on patrol by [[the summer|D|2026-06/2026-08]].",
        [
            ("Ken Sim", "say", "This budget keeps taxes well below last year\u2019s increase while investing in "
             "safety and basic services", True),
            ("Ken Sim", "say", "We found $33 million in savings without cutting a single front-line job.", True),
            ("Pete Fry", "say", "the budget relied too heavily on one-time savings", False),
            ("Pete Fry", "warn", "residents could face a double-digit increase in 2027", False),
            ("Vancouver Police Department", "say", "the new officers would be on patrol by the summer", False),
        ],
    ),
    (
        "own35-ho-09", "wikinews-dutch-election", "2025-10-31", "2025-10-31",
        "[[D66|ORG|Democrats 66]] wins most seats in [[Dutch|NORP]] election as [[Wilders|PERSON|Geert Wilders]]\u2019s "
        "party ties\n"
        "[[Friday, October 31, 2025|D|2025-10-31]]\n\n"
        "The centrist [[Democrats 66|ORG]] ([[D66|ORG|Democrats 66]]), led by [[Rob Jetten|PERSON]], won "
        "[[26|count|26|seat]] of the [[150|count|150|seat]] seats in the [[House of Representatives|ORG|House of "
        "Representatives (Netherlands)]] in [[Wednesday|D|2025-10-29]]\u2019s general election in the "
        "[[Netherlands|GPE]]. [[Geert Wilders|PERSON]]\u2019s [[Party for Freedom|ORG]] ([[PVV|ORG|Party for "
        "Freedom]]) also won [[26|count|26|seat]] seats, down from [[37|count|37|seat]] in [[2023|D|2023]].\n\n"
        "With [[99.9%|percent|99.9|%]] of votes counted, [[D66|ORG|Democrats 66]] was "
        "[[about 29,000|count|29000|vote]] votes ahead of the [[PVV|ORG|Party for Freedom]]. Turnout was "
        "[[78.4%|percent|78.4|%]].\n\n"
        "The [[People's Party for Freedom and Democracy|ORG]] ([[VVD|ORG|People's Party for Freedom and "
        "Democracy]]) won [[22|count|22|seat]] seats, the [[GroenLinks\u2013PvdA|ORG]] alliance "
        "[[20|count|20|seat]], and the [[Christian Democratic Appeal|ORG]] [[18|count|18|seat]], up from "
        "[[five|count|5|seat]].\n\n"
        "\u201cWe have shown the [[Netherlands|GPE]] and the world that it is possible to beat populist "
        "movements,\u201d [[Jetten|PERSON|Rob Jetten]] told supporters in [[Leiden|GPE]] on "
        "[[Wednesday|D|2025-10-29]].\n\n"
        "[[Wilders|PERSON|Geert Wilders]] said in a video message: \u201cThe voter has spoken. We had hoped for "
        "a different result, but we will continue.\u201d\n\n"
        "[[Frans Timmermans|PERSON]] announced that he would step down as leader of "
        "[[GroenLinks\u2013PvdA|ORG]], which lost [[five|count|5|seat]] seats.\n\n"
        "The election was called after the [[PVV|ORG|Party for Freedom]] left the cabinet of Prime Minister "
        "[[Dick Schoof|PERSON]] in [[June|D|2025-06]] in a dispute over asylum policy. [[Schoof|PERSON|Dick "
        "Schoof]] said he would stay on as caretaker until a new cabinet is formed. The [[Electoral "
        "Council|ORG|Electoral Council (Netherlands)]] is due to confirm the results on "
        "[[November 7|D|2025-11-07]].",
        [
            ("Rob Jetten", "tell", "We have shown the Netherlands and the world that it is possible to beat "
             "populist movements", True),
            ("Geert Wilders", "say", "The voter has spoken. We had hoped for a different result, but we will "
             "continue.", True),
            ("Frans Timmermans", "announce", "he would step down as leader of GroenLinks\u2013PvdA", False),
            ("Dick Schoof", "say", "he would stay on as caretaker until a new cabinet is formed", False),
        ],
    ),
    (
        "own35-ho-10", "wikinews-air-crash", "2025-06-14", "2025-06-14",
        "[[241|count|241|person]] killed as [[Air India|ORG]] jet crashes in [[Ahmedabad|GPE]]; "
        "[[one|count|1|survivor]] survivor\n"
        "[[Saturday, June 14, 2025|D|2025-06-14]]\n\n"
        "An [[Air India|ORG]] [[Boeing 787-8 Dreamliner|PRODUCT|Boeing 787 Dreamliner]] bound for "
        "[[London Gatwick Airport|FAC|Gatwick Airport]] crashed into a medical college hostel in "
        "[[Ahmedabad|GPE]], [[India|GPE]], shortly after takeoff on [[Thursday|D|2025-06-12]], killing "
        "[[241|count|241|person]] of the [[242|count|242|person]] people on board. The aircraft, flying as "
        "[[Air India Flight 171|EVENT]], came down about 30 seconds after leaving [[Sardar Vallabhbhai Patel "
        "International Airport|FAC]].\n\n"
        "According to [[Air India|ORG]], the passengers included [[169|count|169|national]] "
        "[[Indian|NORP]] nationals, [[53|count|53|national]] [[British|NORP]] nationals, "
        "[[seven|count|7|national]] [[Portuguese|NORP]] nationals and [[one|count|1|national]] "
        "[[Canadian|NORP]] national. [[At least 29|count|29|person]] people on the ground were also killed. "
        "Among the dead was former [[Gujarat|GPE]] chief minister [[Vijay Rupani|PERSON]].\n\n"
        "The sole survivor, [[Vishwash Kumar Ramesh|PERSON]], a [[40-year-old|D|P40Y]] [[British|NORP]] "
        "national, told [[DD News|ORG]]: \u201cI still don\u2019t know how I came out alive.\u201d\n\n"
        "Prime Minister [[Narendra Modi|PERSON]] visited the site on [[Friday|D|2025-06-13]] and said the "
        "tragedy had stunned and saddened the nation. [[Tata Group|ORG]] chairman [[N. "
        "Chandrasekaran|PERSON]] said the group would pay "
        "[[10 million rupees|money|10000000|INR]] ([[about $116,000|money|116000|USD]]) to the family of each "
        "person killed.\n\n"
        "[[India|GPE]]\u2019s [[Aircraft Accident Investigation Bureau|ORG]] is leading the investigation, "
        "helped by the [[U.S.|GPE|United States]] [[National Transportation Safety Board|ORG]] and the "
        "[[UK|GPE|United Kingdom]] [[Air Accidents Investigation Branch|ORG]]. [[Boeing|ORG]] said it was "
        "ready to support the investigation. It is the [[first|ordinal|1]] fatal crash of a "
        "[[Boeing 787|PRODUCT|Boeing 787 Dreamliner]] since the type entered service in [[2011|D|2011]].",
        [
            ("Air India", "according to", "the passengers included 169 Indian nationals, 53 British nationals, "
             "seven Portuguese nationals and one Canadian national", False),
            ("Vishwash Kumar Ramesh", "tell", "I still don\u2019t know how I came out alive.", True),
            ("Narendra Modi", "say", "the tragedy had stunned and saddened the nation", False),
            ("N. Chandrasekaran", "say", "the group would pay 10 million rupees (about $116,000) to the "
             "family of each person killed", False),
            ("Boeing", "say", "it was ready to support the investigation", False),
        ],
    ),
    (
        "own35-ho-11", "wikinews-museum-opening", "2025-11-02", "2025-11-02",
        "[[Grand Egyptian Museum|FAC]] opens near [[Giza|GPE]] pyramids after [[two decades|D|P20Y]]\n"
        "[[Sunday, November 2, 2025|D|2025-11-02]]\n\n"
        "[[Egypt|GPE]] opened the [[Grand Egyptian Museum|FAC]] on [[Saturday|D|2025-11-01]] beside the "
        "[[Giza pyramid complex|FAC]], [[more than 20 years|D|P20Y]] after construction began. President "
        "[[Abdel Fattah el-Sisi|PERSON]] inaugurated the museum at a ceremony attended by delegations from "
        "[[79|count|79|country]] countries, including [[39|count|39|leader]] national leaders.\n\n"
        "The museum, which cost [[about $1 billion|money|1000000000|USD]], covers "
        "[[470,000 square metres|quantity|470000|m2]] and holds [[more than 50,000|count|50000|artefact]] "
        "artefacts. For the [[first|ordinal|1]] time, the whole collection from the tomb of "
        "[[Tutankhamun|PERSON]], [[some 5,000|count|5000|object]] objects, is shown together. A "
        "[[3,200-year-old|D|P3200Y]] statue of [[Ramesses II|PERSON]], [[11 metres|quantity|11|m]] tall and "
        "weighing [[83 tonnes|quantity|83|t]], stands in the main hall.\n\n"
        "\u201cThis museum is a gift from [[Egypt|GPE]] to the world,\u201d [[Sisi|PERSON|Abdel Fattah el-Sisi]] "
        "said in his speech.\n\n"
        "Minister of Tourism and Antiquities [[Sherif Fathy|PERSON]] said the museum expected "
        "[[about 5 million|count|5000000|visitor]] visitors a year. He added that [[Egypt|GPE]] aimed to "
        "attract [[30 million|count|30000000|tourist]] tourists by [[2031|D|2031]]. Former antiquities minister "
        "[[Khaled El-Enany|PERSON]], who will lead [[UNESCO|ORG]] from [[November 15|D|2025-11-15]], said the "
        "museum would change how the world sees ancient [[Egypt|GPE]].\n\n"
        "[[Japan|GPE]] lent [[about $800 million|money|800000000|USD]] for the project through the "
        "[[Japan International Cooperation Agency|ORG]] ([[JICA|ORG|Japan International Cooperation Agency]]). "
        "[[JICA|ORG|Japan International Cooperation Agency]] said the loans would be repaid over "
        "[[40 years|D|P40Y]].\n\n"
        "Tickets for foreign adults cost [[EGP 1,200|money|1200|EGP]] ([[about $25|money|25|USD]]). The museum "
        "opens to the public on [[Tuesday|D|2025-11-04]].",
        [
            ("Abdel Fattah el-Sisi", "say", "This museum is a gift from Egypt to the world", True),
            ("Sherif Fathy", "say", "the museum expected about 5 million visitors a year", False),
            ("Sherif Fathy", "add", "Egypt aimed to attract 30 million tourists by 2031", False),
            ("Khaled El-Enany", "say", "the museum would change how the world sees ancient Egypt", False),
            ("Japan International Cooperation Agency", "say", "the loans would be repaid over 40 years", False),
        ],
    ),
    (
        "own35-ho-12", "wire-manila-peace", "1996-08-27", "1996-08-27",
        "[[PHILIPPINES|GPE|Philippines]], [[MOSLEM|NORP|Muslim]] REBELS TO SIGN PEACE PACT "
        "[[NEXT MONTH|D|1996-09]].\n"
        "[[MANILA|GPE|Manila]] [[1996-08-27|D|1996-08-27]]\n\n"
        "The [[Philippine|NORP]] government and [[Moslem|NORP|Muslim]] rebels will sign a peace agreement in "
        "[[Manila|GPE]] on [[September 2|D|1996-09-02]] to end a [[24-year|D|P24Y]] separatist revolt in the "
        "south, President [[Fidel Ramos|PERSON]] said on [[Monday|D|1996-08-26]].\n\n"
        "[[Ramos|PERSON|Fidel Ramos]] told reporters the pact with the [[Moro National Liberation "
        "Front|ORG]] ([[MNLF|ORG|Moro National Liberation Front]]) had been initialled in [[Jakarta|GPE]] on "
        "[[Friday|D|1996-08-23]] after [[four years|D|P4Y]] of talks brokered by [[Indonesia|GPE]] and the "
        "[[Organisation of the Islamic Conference|ORG|Organisation of Islamic Cooperation]].\n\n"
        "\"This is the beginning of the end of a long and tragic war,\" [[Ramos|PERSON|Fidel Ramos]] said.\n\n"
        "Under the deal, [[MNLF|ORG|Moro National Liberation Front]] chairman [[Nur Misuari|PERSON]] is "
        "expected to run for governor of the [[Autonomous Region in Muslim Mindanao|GPE]] in elections on "
        "[[September 9|D|1996-09-09]]. A new council will oversee development in "
        "[[14|count|14|province]] provinces and [[nine|count|9|city]] cities on the southern island of "
        "[[Mindanao|LOC]] for [[three years|D|P3Y]].\n\n"
        "[[About 7,500|count|7500|rebel]] rebels will be absorbed into the army and police, government "
        "negotiator [[Manuel Yan|PERSON]] said. [[Ramos|PERSON|Fidel Ramos]] said the government would spend "
        "[[10 billion pesos|money|10000000000|PHP]] ([[$382 million|money|382000000|USD]]) on roads, ports and "
        "schools in the region over [[five years|D|P5Y]].\n\n"
        "[[More than 120,000|count|120000|person]] people have been killed in the conflict since "
        "[[1972|D|1972]], according to military estimates.\n\n"
        "[[Christian|NORP]] politicians in [[Mindanao|LOC]] and the [[Moro Islamic Liberation Front|ORG]], "
        "a breakaway group, have rejected the deal. The [[MILF|ORG|Moro Islamic Liberation Front]] said it "
        "would keep fighting for an independent state.",
        [
            ("Fidel Ramos", "say", "The Philippine government and Moslem rebels will sign a peace agreement in "
             "Manila on September 2 to end a 24-year separatist revolt in the south", False),
            ("Fidel Ramos", "tell", "the pact with the Moro National Liberation Front (MNLF) had been initialled "
             "in Jakarta on Friday after four years of talks brokered by Indonesia and the Organisation of the "
             "Islamic Conference", False),
            ("Fidel Ramos", "say", "This is the beginning of the end of a long and tragic war", True),
            ("Manuel Yan", "say", "About 7,500 rebels will be absorbed into the army and police", False),
            ("Fidel Ramos", "say", "the government would spend 10 billion pesos ($382 million) on roads, ports "
             "and schools in the region over five years", False),
            ("Moro Islamic Liberation Front", "say", "it would keep fighting for an independent state", False),
        ],
    ),
    (
        "own35-ho-13", "wire-motorcycling", "1996-08-18", "1996-08-18",
        "MOTORCYCLING - [[CZECH GRAND PRIX|EVENT|1996 Czech Republic motorcycle Grand Prix]] RESULTS.\n"
        "[[BRNO|GPE|Brno]], [[Czech Republic|GPE]] [[1996-08-18|D|1996-08-18]]\n\n"
        "[[Spaniard|NORP]] [[Alex Criville|PERSON|\u00c0lex Crivill\u00e9]] won the [[Czech Grand Prix|EVENT|1996 "
        "Czech Republic motorcycle Grand Prix]] [[today|D|1996-08-18]], beating world champion "
        "[[Mick Doohan|PERSON]] of [[Australia|GPE]] by less than two tenths of a second on the last lap.\n\n"
        "\"I was lucky [[today|D|1996-08-18]] because [[Mick|PERSON|Mick Doohan]] made a small mistake at the last corner,\" "
        "[[Criville|PERSON|\u00c0lex Crivill\u00e9]] said.\n\n"
        "[[Doohan|PERSON|Mick Doohan]], who leads the championship by [[52|count|52|point]] points with "
        "[[three|count|3|race]] races left, said he had settled for [[second|ordinal|2]] place.\n\n"
        "Results:\n"
        "500cc\n"
        "1. [[Alex Criville|PERSON|\u00c0lex Crivill\u00e9]] ([[Spain|GPE]]) [[Honda|ORG]] 43 minutes 32.105 seconds\n"
        "2. [[Mick Doohan|PERSON]] ([[Australia|GPE]]) [[Honda|ORG]] 43:32.272\n"
        "3. [[Luca Cadalora|PERSON]] ([[Italy|GPE]]) [[Honda|ORG]] 43:41.560\n"
        "4. [[Tadayuki Okada|PERSON]] ([[Japan|GPE]]) [[Honda|ORG]] 43:50.011\n"
        "5. [[Carlos Checa|PERSON]] ([[Spain|GPE]]) [[Honda|ORG]] 43:58.746\n"
        "250cc\n"
        "1. [[Max Biaggi|PERSON]] ([[Italy|GPE]]) [[Aprilia|ORG]] 41:07.980\n"
        "2. [[Ralf Waldmann|PERSON]] ([[Germany|GPE]]) [[Honda|ORG]] 41:08.412\n"
        "3. [[Tetsuya Harada|PERSON]] ([[Japan|GPE]]) [[Yamaha|ORG|Yamaha Motor Company]] 41:15.330\n\n"
        "World championship standings after [[12|count|12|round]] rounds:\n"
        "500cc: 1. [[Doohan|PERSON|Mick Doohan]] [[249|count|249|point]] points 2. "
        "[[Criville|PERSON|\u00c0lex Crivill\u00e9]] [[197|count|197|point]] 3. [[Cadalora|PERSON|Luca "
        "Cadalora]] [[161|count|161|point]]\n"
        "250cc: 1. [[Biaggi|PERSON|Max Biaggi]] [[230|count|230|point]] points 2. "
        "[[Waldmann|PERSON|Ralf Waldmann]] [[206|count|206|point]] 3. [[Harada|PERSON|Tetsuya Harada]] "
        "[[169|count|169|point]]\n\n"
        "The next race is in [[Imola|GPE]], [[Italy|GPE]], on [[September 1|D|1996-09-01]]. [[Honda|ORG]] said "
        "it would give [[Criville|PERSON|\u00c0lex Crivill\u00e9]] a new engine for that race.",
        [
            ("\u00c0lex Crivill\u00e9", "say", "I was lucky today because Mick made a small mistake at the last "
             "corner", True),
            ("Mick Doohan", "say", "he had settled for second place", False),
            ("Honda", "say", "it would give Criville a new engine for that race", False),
        ],
    ),
    (
        "own35-ho-14", "wire-horse-racing", "1996-08-21", "1996-08-21",
        "HORSE RACING - HALLING WINS [[INTERNATIONAL STAKES|EVENT|International Stakes]] AGAIN.\n"
        "[[YORK|GPE|York]], [[England|GPE]] [[1996-08-21|D|1996-08-21]]\n\n"
        "[[Godolphin|ORG|Godolphin Racing]]'s Halling won the [[International Stakes|EVENT]] at "
        "[[York|GPE]] for the [[second|ordinal|2]] year running on [[Tuesday|D|1996-08-20]], beating "
        "Bijou d'Inde.\n\n"
        "[[Frankie Dettori|PERSON]], who rode the winner, said: \"He is the toughest horse I have ridden. "
        "He just keeps galloping.\"\n\n"
        "The [[five-year-old|D|P5Y]], owned by [[Sheikh Mohammed|PERSON|Mohammed bin Rashid Al Maktoum]] and trained "
        "in [[Dubai|GPE]], earned [[232,000 pounds|money|232000|GBP]] for the win. "
        "[[Godolphin|ORG|Godolphin Racing]] racing manager [[Simon Crisford|PERSON]] said Halling could run "
        "in the [[Breeders' Cup Classic|EVENT]] at [[Woodbine|FAC|Woodbine Racetrack]] in [[Toronto|GPE]] on "
        "[[October 26|D|1996-10-26]].\n\n"
        "Result of the [[International Stakes|EVENT]] ([[1-1/4 miles|quantity|1.25|mi]]):\n"
        "1. Halling ([[Frankie Dettori|PERSON]]), trained by [[Saeed bin Suroor|PERSON]]\n"
        "2. Bijou d'Inde ([[Jason Weaver|PERSON]]), trained by [[Mark Johnston|PERSON]]\n"
        "3. First Island ([[Michael Hills|PERSON]]), trained by [[Geoff Wragg|PERSON]]\n"
        "[[Six|count|6|horse]] ran.\n\n"
        "[[Dettori|PERSON|Frankie Dettori]] also won [[two|count|2|race]] other races on the card and leads "
        "the jockeys' championship with [[118|count|118|winner]] winners, [[14|count|14|winner]] ahead of "
        "[[Pat Eddery|PERSON]]. [[Johnston|PERSON|Mark Johnston]] said Bijou d'Inde would be rested until "
        "[[the autumn|D|1996-09/1996-11]].\n\n"
        "The meeting ends on [[Thursday|D|1996-08-22]] with the [[Nunthorpe Stakes|EVENT]].",
        [
            ("Frankie Dettori", "say", "He is the toughest horse I have ridden. He just keeps galloping.", True),
            ("Simon Crisford", "say", "Halling could run in the Breeders' Cup Classic at Woodbine in Toronto on "
             "October 26", False),
            ("Mark Johnston", "say", "Bijou d'Inde would be rested until the autumn", False),
        ],
    ),
]
