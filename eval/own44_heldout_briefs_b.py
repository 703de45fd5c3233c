"""Held-out set 44 (blind): marked texts of briefs 08-14 and their statements (see
``build_own44_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own44-ho-08", "acp-advisory", "2025-10-14", "2025-10-14",
        "ADVISORY TO SHIPPING No. A-52-2025\n"
        "From: [[Panama Canal Authority|ORG]]\n"
        "Date: [[October 14, 2025|D|2025-10-14]]\n"
        "Subject: Draft limits and water outlook for [[2026|D|2026]]\n\n"
        "The [[Panama Canal Authority|ORG]] ([[ACP|ORG|Panama Canal Authority]]) informs customers that the "
        "level of [[Gatun Lake|LOC]] stood at [[86.3 feet|quantity|86.3|ft]] on [[Monday|D|2025-10-13]], "
        "[[about 4 feet|quantity|4|ft]] above the level of [[October 2024|D|2024-10]].\n\n"
        "The maximum authorized draft for the new locks will remain at [[50 feet|quantity|50|ft]] "
        "([[15.24 metres|quantity|15.24|m]]) until further notice, and the number of daily transit slots "
        "will stay at [[36|count|36|slot]].\n\n"
        "In [[fiscal year 2025|D|2024-10-01/2025-09-30]], which ended on [[September 30|D|2025-09-30]], "
        "the [[Panama Canal|FAC]] recorded [[13,404|count|13404|transit]] transits and revenue of "
        "[[US$5.7 billion|money|5700000000|USD]].\n\n"
        "Administrator [[Ricaurte Vásquez Morales|PERSON]] said: “The rains have returned, but we cannot "
        "depend on the weather. The [[Río Indio|LOC]] reservoir is our answer for "
        "[[the next 50 years|D|2025-10-14/2075-10-14]].”\n\n"
        "[[Vásquez|PERSON|Ricaurte Vásquez Morales]] told shipping lines that the "
        "[[US$1.6 billion|money|1600000000|USD]] reservoir would supply water for [[up to 15|count|15|transit]] "
        "additional transits a day and that construction would begin in [[2026|D|2026]].\n\n"
        "The [[ACP|ORG|Panama Canal Authority]] expects the lake to stay above [[85 feet|quantity|85|ft]] "
        "through the coming dry season, [[from January to April 2026|D|2026-01/2026-04]].\n\n"
        "Minister for Canal Affairs [[José Ramón Icaza|PERSON]] announced that "
        "[[about 2,000|count|2000|family]] families living in the reservoir area would be resettled with "
        "government support, at a cost of [[some US$400 million|money|400000000|USD]].\n\n"
        "Customers with questions may contact the transit planning office. This advisory supersedes "
        "Advisory No. A-47-2025.",
        [
            ("Panama Canal Authority", "inform", "the level of Gatun Lake stood at 86.3 feet on Monday, about 4 "
             "feet above the level of October 2024", False),
            ("Ricaurte Vásquez Morales", "say", "The rains have returned, but we cannot depend on the weather. The "
             "Río Indio reservoir is our answer for the next 50 years.", True),
            ("Ricaurte Vásquez Morales", "tell", "the US$1.6 billion reservoir would supply water for up to 15 "
             "additional transits a day and that construction would begin in 2026", False),
            ("Panama Canal Authority", "expect", "the lake to stay above 85 feet through the coming dry season, "
             "from January to April 2026", False),
            ("José Ramón Icaza", "announce", "about 2,000 families living in the reservoir area would be "
             "resettled with government support, at a cost of some US$400 million", False),
        ],
    ),
    (
        "own44-ho-09", "wikinews-notre-dame", "2024-12-08", "2024-12-08",
        "[[Notre-Dame de Paris|FAC]] reopens [[five years|D|P5Y]] after fire\n"
        "[[Sunday, December 8, 2024|D|2024-12-08]]\n\n"
        "The cathedral of [[Notre-Dame de Paris|FAC]] in [[France|GPE]] reopened [[yesterday|D|2024-12-07]] "
        "with a ceremony attended by [[about 50|count|50|leader]] world leaders, [[five years|D|P5Y]] after "
        "a fire destroyed its roof and spire.\n\n"
        "[[French|NORP]] President [[Emmanuel Macron|PERSON]] thanked the firefighters, craftsmen and donors "
        "who saved and rebuilt the building. “We have rediscovered what great nations can do: make the "
        "impossible possible,” he said. [[Macron|PERSON|Emmanuel Macron]] had pledged in [[2019|D|2019]] to "
        "rebuild the cathedral within [[five years|D|P5Y]].\n\n"
        "Guests included [[U.S.|GPE|United States]] President-elect [[Donald Trump|PERSON]] and "
        "[[Ukrainian|NORP]] President [[Volodymyr Zelenskyy|PERSON]], who met [[Macron|PERSON|Emmanuel "
        "Macron]] at the [[Élysée Palace|FAC]] before the ceremony.\n\n"
        "The fire broke out on [[April 15, 2019|D|2019-04-15]]. The restoration cost "
        "[[about €700 million|money|700000000|EUR]], paid from [[€846 million|money|846000000|EUR]] in "
        "donations from [[about 340,000|count|340000|donor]] donors in [[150|count|150|country]] countries. "
        "The new oak spire rises [[96 metres|quantity|96|m]].\n\n"
        "[[Philippe Jost|PERSON]], head of the public body in charge of the work, told "
        "[[Agence France-Presse|ORG]] that [[about 2,000|count|2000|craftsman]] craftsmen had worked on the "
        "site, some of them for [[more than four years|D|P4Y]].\n\n"
        "Archbishop of [[Paris|GPE]] [[Laurent Ulrich|PERSON]] celebrated the [[first|ordinal|1]] Mass at the "
        "new altar [[today|D|2024-12-08]]. He said the cathedral expected "
        "[[up to 15 million|count|15000000|visitor]] visitors a year and that entry would remain free.",
        [
            ("Emmanuel Macron", "say", "We have rediscovered what great nations can do: make the impossible "
             "possible", True),
            ("Emmanuel Macron", "pledge", "rebuild the cathedral within five years", False),
            ("Philippe Jost", "tell", "about 2,000 craftsmen had worked on the site, some of them for more than "
             "four years", False),
            ("Laurent Ulrich", "say", "the cathedral expected up to 15 million visitors a year and that entry "
             "would remain free", False),
        ],
    ),
    (
        "own44-ho-10", "wikinews-namibia", "2025-03-21", "2025-03-21",
        "[[Netumbo Nandi-Ndaitwah|PERSON]] sworn in as [[Namibia|GPE]]’s [[first|ordinal|1]] female "
        "president\n"
        "[[Friday, March 21, 2025|D|2025-03-21]]\n\n"
        "[[Netumbo Nandi-Ndaitwah|PERSON]] was sworn in [[today|D|2025-03-21]] as [[Namibia|GPE]]’s "
        "[[fifth|ordinal|5]] president and the [[first|ordinal|1]] woman to hold the office, at a ceremony "
        "in [[Windhoek|GPE]] on the [[35th|ordinal|35]] anniversary of the country’s independence.\n\n"
        "[[Nandi-Ndaitwah|PERSON|Netumbo Nandi-Ndaitwah]], of the [[SWAPO|ORG]] party, won "
        "[[57%|percent|57|%]] of the vote in the election of [[November 27|D|2024-11-27]]. "
        "[[Panduleni Itula|PERSON]] of the [[Independent Patriots for Change|ORG]] received "
        "[[26%|percent|26|%]]; he said the election had been flawed and challenged the result in court.\n\n"
        "In her inaugural address, the new president pledged to create [[500,000|count|500000|job]] jobs "
        "over [[the next five years|D|2025-03-21/2030-03-21]]. “The people have given us a mandate for "
        "change, and we will not betray it,” she said. She also announced that [[Lucia Witbooi|PERSON]] "
        "would serve as vice-president.\n\n"
        "[[Nandi-Ndaitwah|PERSON|Netumbo Nandi-Ndaitwah]] succeeds [[Nangolo Mbumba|PERSON]], who took office "
        "after President [[Hage Geingob|PERSON]] died in [[February 2024|D|2024-02]]. [[SWAPO|ORG]] has "
        "governed [[Namibia|GPE]] since independence from [[South Africa|GPE]] in [[1990|D|1990]].\n\n"
        "Leaders including [[South African|NORP]] President [[Cyril Ramaphosa|PERSON]] and "
        "[[Angolan|NORP]] President [[João Lourenço|PERSON]] attended the ceremony.\n\n"
        "Youth unemployment in [[Namibia|GPE]], a country of [[about 3 million|count|3000000|person]] "
        "people, is [[about 44%|percent|44|%]], according to the [[Namibia Statistics Agency|ORG]].",
        [
            ("Panduleni Itula", "say", "the election had been flawed", False),
            ("Netumbo Nandi-Ndaitwah", "pledge", "create 500,000 jobs over the next five years", False),
            ("Netumbo Nandi-Ndaitwah", "say", "The people have given us a mandate for change, and we will not "
             "betray it", True),
            ("Netumbo Nandi-Ndaitwah", "announce", "Lucia Witbooi would serve as vice-president", False),
            ("Namibia Statistics Agency", "according to", "Youth unemployment in Namibia, a country of about 3 "
             "million people, is about 44%", False),
        ],
    ),
    (
        "own44-ho-11", "wikinews-valencia-floods", "2024-10-31", "2024-10-31",
        "Death toll from floods in eastern [[Spain|GPE]] rises to [[158|count|158|person]]\n"
        "[[Thursday, October 31, 2024|D|2024-10-31]]\n\n"
        "The death toll from flash floods in eastern [[Spain|GPE]] rose to "
        "[[at least 158|count|158|person]] [[today|D|2024-10-31]], making them the deadliest in the country "
        "since [[1973|D|1973]].\n\n"
        "Of the dead, [[155|count|155|person]] were in the [[Valencia|GPE|Valencian Community]] region, "
        "[[two|count|2|person]] in [[Castilla-La Mancha|GPE]] and [[one|count|1|person]] in "
        "[[Andalusia|GPE]]. Dozens of people are still missing.\n\n"
        "The [[State Meteorological Agency|ORG]] ([[AEMET|ORG|State Meteorological Agency]]) said "
        "[[more than 490 millimetres|quantity|490|mm]] of rain fell in [[Chiva|GPE]] on "
        "[[Tuesday|D|2024-10-29]], and forecast more heavy rain for [[Friday|D|2024-11-01]] in "
        "[[Castellón|GPE|Province of Castellón]].\n\n"
        "Prime Minister [[Pedro Sánchez|PERSON]] declared [[three days|D|P3D]] of national mourning. “To "
        "those who are suffering: we will not leave you alone,” he said in a televised address.\n\n"
        "[[Valencian|NORP]] regional president [[Carlos Mazón|PERSON]] said "
        "[[about 1,200|count|1200|soldier]] soldiers of the [[Military Emergencies Unit|ORG]] were "
        "helping to clear roads and search cars and garages.\n\n"
        "In [[Paiporta|GPE]], a town of [[about 27,000|count|27000|resident]] residents south of "
        "[[Valencia|GPE]], [[more than 60|count|60|person]] people died. Its mayor, [[Maribel "
        "Albalat|PERSON]], told reporters that the water had reached [[2 metres|quantity|2|m]] in some "
        "streets.\n\n"
        "Interior Minister [[Fernando Grande-Marlaska|PERSON]] warned that the toll was likely to rise. The "
        "[[European Union|ORG]] offered help through its [[Copernicus|ORG|Copernicus Programme]] "
        "satellite service, and King [[Felipe VI|PERSON]] said he would visit the area "
        "[[next week|D|2024-W45]].",
        [
            ("State Meteorological Agency", "say", "more than 490 millimetres of rain fell in Chiva on Tuesday",
             False),
            ("State Meteorological Agency", "forecast", "more heavy rain for Friday in Castellón", False),
            ("Pedro Sánchez", "say", "To those who are suffering: we will not leave you alone", True),
            ("Carlos Mazón", "say", "about 1,200 soldiers of the Military Emergencies Unit were helping to clear "
             "roads and search cars and garages", False),
            ("Maribel Albalat", "tell", "the water had reached 2 metres in some streets", False),
            ("Fernando Grande-Marlaska", "warn", "the toll was likely to rise", False),
            ("Felipe VI", "say", "he would visit the area next week", False),
        ],
    ),
    (
        "own44-ho-12", "wire-sarajevo", "1996-08-27", "1996-08-27",
        "[[OSCE|ORG|Organization for Security and Co-operation in Europe]] POSTPONES [[BOSNIAN|NORP|Bosnian]] "
        "MUNICIPAL ELECTIONS.\n"
        "[[SARAJEVO|GPE|Sarajevo]] [[1996-08-27|D|1996-08-27]]\n\n"
        "The [[Organisation for Security and Cooperation in Europe|ORG|Organization for Security and "
        "Co-operation in Europe]] ([[OSCE|ORG|Organization for Security and Co-operation in Europe]]) on "
        "[[Tuesday|D|1996-08-27]] postponed [[Bosnia|GPE|Bosnia and Herzegovina]]'s municipal elections but "
        "said national elections would go ahead on [[September 14|D|1996-09-14]].\n\n"
        "The head of the [[OSCE|ORG|Organization for Security and Co-operation in Europe]] mission, "
        "[[Robert Frowick|PERSON]], said irregularities in the registration of refugee voters, most of "
        "them [[Serbs|NORP|Serb]], made a fair local vote impossible.\n\n"
        "\"We have concluded that the conditions do not exist for free and fair municipal elections at this "
        "time,\" [[Frowick|PERSON|Robert Frowick]], a [[U.S.|GPE|United States]] diplomat, told a news "
        "conference.\n\n"
        "He said the municipal vote could be held in [[the spring|D|1997-03/1997-05]] and that a new date "
        "would be set within [[two months|D|P2M]].\n\n"
        "[[Some 2.9 million|count|2900000|voter]] voters, including [[about 600,000|count|600000|refugee]] "
        "refugees abroad, are registered. The elections are a central part of the peace agreement signed in "
        "[[Dayton|GPE|Dayton, Ohio]], [[Ohio|GPE]], [[last year|D|1995]].\n\n"
        "[[Momcilo Krajisnik|PERSON|Momčilo Krajišnik]], the [[Serb|NORP]] candidate for the collective "
        "presidency, said the postponement was a concession to the [[Moslems|NORP|Muslim]].\n\n"
        "International mediator [[Carl Bildt|PERSON]] said the decision was regrettable but necessary. He "
        "warned that the [[NATO|ORG]]-led [[IFOR|ORG|Implementation Force]] of "
        "[[some 60,000|count|60000|soldier]] soldiers would not stay in [[Bosnia|GPE|Bosnia and "
        "Herzegovina]] beyond [[December 20|D|1996-12-20]] to guard a delayed vote.\n\n"
        "[[Serb|NORP]] officials in [[Pale|GPE]] were not available for comment.",
        [
            ("Organization for Security and Co-operation in Europe", "say", "national elections would go ahead on "
             "September 14", False),
            ("Robert Frowick", "say", "irregularities in the registration of refugee voters, most of them Serbs, "
             "made a fair local vote impossible", False),
            ("Robert Frowick", "tell", "We have concluded that the conditions do not exist for free and fair "
             "municipal elections at this time", True),
            ("Robert Frowick", "say", "the municipal vote could be held in the spring and that a new date would "
             "be set within two months", False),
            ("Momčilo Krajišnik", "say", "the postponement was a concession to the Moslems", False),
            ("Carl Bildt", "say", "the decision was regrettable but necessary", False),
            ("Carl Bildt", "warn", "the NATO-led IFOR of some 60,000 soldiers would not stay in Bosnia beyond "
             "December 20 to guard a delayed vote", False),
        ],
    ),
    (
        "own44-ho-13", "wire-mls", "1996-08-25", "1996-08-25",
        "SOCCER - [[MLS|ORG|Major League Soccer]] RESULTS.\n"
        "[[NEW YORK|GPE|New York City]] [[1996-08-25|D|1996-08-25]]\n\n"
        "Results of [[Major League Soccer|ORG]] games played on [[Saturday|D|1996-08-24]] (home team first):\n"
        "[[Tampa Bay|ORG|Tampa Bay Mutiny]] [[3|number|3]] [[Columbus|ORG|Columbus Crew]] [[2|number|2]]\n"
        "[[D.C. United|ORG]] [[2|number|2]] [[New England|ORG|New England Revolution]] [[1|number|1]]\n"
        "[[Los Angeles|ORG|LA Galaxy]] [[1|number|1]] [[San Jose|ORG|San Jose Earthquakes]] [[1|number|1]] "
        "([[Los Angeles|ORG|LA Galaxy]] won shootout [[3|number|3]]-[[2|number|2]])\n"
        "[[Kansas City|ORG|Sporting Kansas City]] [[4|number|4]] [[Dallas|ORG|FC Dallas]] [[1|number|1]]\n\n"
        "Standings (tabulate under won, lost, points):\n"
        "Eastern Conference\n"
        "[[Tampa Bay|ORG|Tampa Bay Mutiny]] [[17|number|17]] [[8|number|8]] [[47|number|47]]\n"
        "[[D.C. United|ORG]] [[14|number|14]] [[11|number|11]] [[40|number|40]]\n"
        "Western Conference\n"
        "[[Los Angeles|ORG|LA Galaxy]] [[15|number|15]] [[10|number|10]] [[41|number|41]]\n"
        "[[Dallas|ORG|FC Dallas]] [[13|number|13]] [[12|number|12]] [[37|number|37]]\n\n"
        "[[Roy Lassiter|PERSON]] scored twice for [[Tampa Bay|ORG|Tampa Bay Mutiny]], taking his "
        "league-leading total to [[25|count|25|goal]] goals, and [[Carlos Valderrama|PERSON]] set up both.\n\n"
        "\"Carlos sees things no one else on the field sees,\" [[Tampa Bay|ORG|Tampa Bay Mutiny]] coach "
        "[[Thomas Rongen|PERSON]] said.\n\n"
        "In [[Washington|GPE|Washington, D.C.]], [[Raul Diaz Arce|PERSON|Raúl Díaz Arce]] scored the winner "
        "before a crowd of [[about 21,000|count|21000|spectator]]. [[D.C. United|ORG]] coach "
        "[[Bruce Arena|PERSON]] said his team needed [[two|count|2|win]] more wins to clinch a playoff place.\n\n"
        "In [[Pasadena|GPE]], [[Mexican|NORP]] goalkeeper [[Jorge Campos|PERSON]] stopped "
        "[[two|count|2|attempt]] attempts in the shootout. [[San Jose|ORG|San Jose Earthquakes]] forward "
        "[[Eric Wynalda|PERSON]] told reporters he expected to be fit for the [[U.S.|GPE|United States]] "
        "[[World Cup|EVENT|1998 FIFA World Cup]] qualifier in [[October|D|1996-10]].",
        [
            ("Thomas Rongen", "say", "Carlos sees things no one else on the field sees", True),
            ("Bruce Arena", "say", "his team needed two more wins to clinch a playoff place", False),
            ("Eric Wynalda", "tell", "he expected to be fit for the U.S. World Cup qualifier in October", False),
        ],
    ),
    (
        "own44-ho-14", "wire-indycar", "1996-09-01", "1996-09-01",
        "MOTOR RACING - [[ANDRETTI|PERSON|Michael Andretti]] WINS IN [[VANCOUVER|GPE|Vancouver]].\n"
        "[[VANCOUVER|GPE|Vancouver]], [[British Columbia|GPE]] [[1996-09-01|D|1996-09-01]]\n\n"
        "[[Michael Andretti|PERSON]] won the [[Molson Indy Vancouver|EVENT]] on [[Sunday|D|1996-09-01]], "
        "his [[fifth|ordinal|5]] victory of the season, to stay in contention for the series title.\n\n"
        "Leading results ([[100|count|100|lap]] laps of the [[1.653-mile|quantity|1.653|mi]] street "
        "circuit):\n"
        "1. [[Michael Andretti|PERSON]] ([[U.S.|GPE|United States]]) Lola-Ford\n"
        "2. [[Alex Zanardi|PERSON]] ([[Italy|GPE]]) Reynard-Honda\n"
        "3. [[Al Unser Jr|PERSON|Al Unser Jr.]] ([[U.S.|GPE|United States]]) Penske-Mercedes\n"
        "4. [[Jimmy Vasser|PERSON]] ([[U.S.|GPE|United States]]) Reynard-Honda\n"
        "5. [[Greg Moore|PERSON]] ([[Canada|GPE]]) Reynard-Mercedes\n\n"
        "Championship standings after [[15|count|15|race]] of [[16|count|16|race]] races:\n"
        "1. [[Jimmy Vasser|PERSON]] [[150|count|150|point]] points\n"
        "2. [[Michael Andretti|PERSON]] [[132|count|132|point]]\n"
        "3. [[Al Unser Jr|PERSON|Al Unser Jr.]] [[131|count|131|point]]\n"
        "4. [[Alex Zanardi|PERSON]] [[128|count|128|point]]\n\n"
        "\"The car was perfect over the last [[20|count|20|lap]] laps,\" said [[Andretti|PERSON|Michael "
        "Andretti]], who drives for [[Newman-Haas|ORG|Newman/Haas Racing]].\n\n"
        "[[Vasser|PERSON|Jimmy Vasser]], [[fourth|ordinal|4]] after a slow pit stop, needs "
        "[[four|count|4|point]] points at the final race to win the title. He told reporters he would race "
        "for the win rather than settle for points.\n\n"
        "[[Zanardi|PERSON|Alex Zanardi]] said his team had chosen the wrong tyres for the start. "
        "[[Moore|PERSON|Greg Moore]], from nearby [[Maple Ridge|GPE]], said he was disappointed not to "
        "reach the podium in front of his home crowd.\n\n"
        "[[Championship Auto Racing Teams|ORG]] estimated the crowd at "
        "[[about 70,000|count|70000|spectator]]. The title will be decided at "
        "[[Laguna Seca|FAC|WeatherTech Raceway Laguna Seca]], [[California|GPE]], on "
        "[[September 8|D|1996-09-08]].",
        [
            ("Michael Andretti", "say", "The car was perfect over the last 20 laps", True),
            ("Jimmy Vasser", "tell", "he would race for the win rather than settle for points", False),
            ("Alex Zanardi", "say", "his team had chosen the wrong tyres for the start", False),
            ("Greg Moore", "say", "he was disappointed not to reach the podium in front of his home crowd", False),
            ("Championship Auto Racing Teams", "estimate", "the crowd at about 70,000", False),
        ],
    ),
]
