"""Held-out set 20 (blind): marked texts of briefs 08-14 and their statements (see
``build_own20_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own20-ho-08", "eu-council-press", "2025-02-24", "2025-02-24",
        "[[Russia|GPE]]'s war of aggression against [[Ukraine|GPE]]: [[EU|ORG|European Union]] adopts "
        "[[16th|ordinal|16]] package of economic and individual sanctions\n"
        "[[Council of the EU|ORG|Council of the European Union]]\n"
        "Press release\n"
        "[[24 February 2025|D|2025-02-24]]\n\n"
        "[[Three years|D|P3Y]] after the start of [[Russia|GPE]]'s full-scale invasion of [[Ukraine|GPE]], the "
        "[[Council|ORG|Council of the European Union]] [[today|D|2025-02-24]] adopted a [[16th|ordinal|16]] "
        "package of restrictive measures against [[Russia|GPE]].\n\n"
        "The package lists [[48|count|48|individual]] individuals and [[35|count|35|entity]] entities, bringing "
        "the total to [[over 2,400|count|2400|individual]] individuals and entities. It adds [[74|count|74|vessel]] "
        "vessels of the shadow fleet to the port-access ban, for a total of [[153|count|153|vessel]], and "
        "disconnects [[13|count|13|bank]] more [[Russian|NORP]] banks from [[SWIFT|ORG]].\n\n"
        "The [[EU|ORG|European Union]] also bans imports of primary aluminium from [[Russia|GPE]], worth [[some "
        "€2 billion|money|2000000000|EUR]] in [[2024|D|2024]], after a transition period of [[12 months|D|P12M]].\n\n"
        "“Every package shrinks the money [[Moscow|GPE]] has to wage its war. We will keep up the pressure for as "
        "long as it takes,” said [[Kaja Kallas|PERSON]], High Representative of the [[Union|ORG|European Union]] for Foreign Affairs and "
        "Security Policy.\n\n"
        "The [[EU|ORG|European Union]] reiterates its unwavering support for the independence, sovereignty and "
        "territorial integrity of [[Ukraine|GPE]] within its internationally recognised borders.\n\n"
        "[[Hungary|GPE]] and [[Slovakia|GPE]] had sought exemptions, according to diplomats in "
        "[[Brussels|GPE]]. Foreign ministers will return to the issue at their meeting on [[17 March|D|2025-03-17]], "
        "and the [[European Council|ORG]] meets on [[20-21 March|D|2025-03-20/2025-03-21]].\n\n"
        "Background\n"
        "Since [[February 2022|D|2022-02]], the [[EU|ORG|European Union]] has provided [[nearly €135 "
        "billion|money|135000000000|EUR]] in support to [[Ukraine|GPE]] and its people. The legal acts are "
        "published in the Official Journal.",
        [
            ("Kaja Kallas", "say", "Every package shrinks the money Moscow has to wage its war. We will keep up the "
             "pressure for as long as it takes", True),
            ("European Union", "reiterate", "its unwavering support for the independence, sovereignty and "
             "territorial integrity of Ukraine within its internationally recognised borders", False),
        ],
    ),
    (
        "own20-ho-09", "wikinews-politics", "2025-05-06", "2025-05-06",
        "[[Friedrich Merz|PERSON]] elected [[German|NORP]] chancellor in [[second|ordinal|2]] round of voting\n"
        "[[Tuesday, May 6, 2025|D|2025-05-06]]\n\n"
        "[[Friedrich Merz|PERSON]], leader of the [[Christian Democratic Union|ORG|Christian Democratic Union of "
        "Germany]] ([[CDU|ORG|Christian Democratic Union of Germany]]), was elected Chancellor of [[Germany|GPE]] by "
        "the [[Bundestag|ORG]] on [[Tuesday|D|2025-05-06]], hours after he failed to win a majority in the "
        "[[first|ordinal|1]] round.\n\n"
        "In the [[first|ordinal|1]] vote, [[Merz|PERSON|Friedrich Merz]] received [[310|count|310|vote]] votes, "
        "[[six|count|6|vote]] short of the [[316|count|316|vote]] needed in the [[630|count|630|seat]]-seat "
        "chamber, although his coalition of the [[CDU|ORG|Christian Democratic Union of Germany]], its "
        "[[Bavarian|NORP]] sister party the [[CSU|ORG|Christian Social Union in Bavaria]] and the [[Social "
        "Democratic Party|ORG|Social Democratic Party of Germany]] holds [[328|count|328|seat]] seats. It was the "
        "[[first|ordinal|1]] time since [[1949|D|1949]] that a chancellor candidate had failed in the "
        "[[first|ordinal|1]] round. In the [[second|ordinal|2]] vote, he won [[325|count|325|vote]].\n\n"
        "[[Bundestag|ORG]] President [[Julia Klöckner|PERSON]] announced the result shortly after 4:15 p.m. President "
        "[[Frank-Walter Steinmeier|PERSON]] then appointed [[Merz|PERSON|Friedrich Merz]] at [[Bellevue "
        "Palace|FAC]] in [[Berlin|GPE]].\n\n"
        "[[Alice Weidel|PERSON]], co-leader of the far-right [[Alternative for Germany|ORG]] "
        "([[AfD|ORG|Alternative for Germany]]), which came second in the [[February 23|D|2025-02-23]] "
        "election, said the failed [[first|ordinal|1]] vote showed that the coalition stood on weak ground and "
        "called for new elections.\n\n"
        "[[Merz|PERSON|Friedrich Merz]] told reporters: “We have a stable majority, and we will use it to get "
        "[[Germany|GPE]] growing again.” He said he would travel to [[Paris|GPE]] and [[Warsaw|GPE]] on "
        "[[Wednesday|D|2025-05-07]].\n\n"
        "[[Merz|PERSON|Friedrich Merz]] succeeds [[Olaf Scholz|PERSON]] of the "
        "[[SPD|ORG|Social Democratic Party of Germany]], whose coalition with the [[Greens|ORG|Alliance 90/The "
        "Greens]] and the [[Free Democratic Party|ORG|Free Democratic Party (Germany)]] collapsed in [[November "
        "2024|D|2024-11]].",
        [
            ("Julia Klöckner", "announce", "the result", False),
            ("Alice Weidel", "say", "the failed first vote showed that the coalition stood on weak ground", False),
            ("Alice Weidel", "call for", "new elections", False),
            ("Friedrich Merz", "tell", "We have a stable majority, and we will use it to get Germany growing again.",
             True),
            ("Friedrich Merz", "say", "he would travel to Paris and Warsaw on Wednesday", False),
        ],
    ),
    (
        "own20-ho-10", "wikinews-space", "2025-03-02", "2025-03-02",
        "[[Firefly Aerospace|ORG]]'s [[Blue Ghost|PRODUCT]] lander touches down on the [[Moon|LOC]]\n"
        "[[Sunday, March 2, 2025|D|2025-03-02]]\n\n"
        "[[Firefly Aerospace|ORG]]'s [[Blue Ghost|PRODUCT]] lander touched down in [[Mare Crisium|LOC]] on the "
        "near side of the [[Moon|LOC]] early on [[Sunday|D|2025-03-02]], making the [[Texas|GPE]] company the "
        "[[first|ordinal|1]] private firm to land upright and fully intact on the lunar surface.\n\n"
        "The lander was launched on [[January 15|D|2025-01-15]] aboard a [[SpaceX|ORG]] [[Falcon 9|PRODUCT]] "
        "rocket from [[Kennedy Space Center|FAC]] in [[Florida|GPE]] and travelled [[more than 2.8 million "
        "miles|quantity|2800000|mi]] during a [[45-day|D|P45D]] journey. It carries [[10|count|10|instrument]] "
        "[[NASA|ORG]] instruments under a [[$101.5 million|money|101500000|USD]] contract of the agency's "
        "[[Commercial Lunar Payload Services|ORG]] ([[CLPS|ORG|Commercial Lunar Payload Services]]) initiative.\n\n"
        "“This is a giant leap forward for [[American|NORP]] commercial space,” said [[Jason Kim|PERSON]], "
        "chief executive of [[Firefly|ORG|Firefly Aerospace]], at the company's mission control in [[Cedar "
        "Park|GPE|Cedar Park, Texas]].\n\n"
        "[[NASA|ORG]] said the instruments would operate for [[about 14 days|D|P14D]], a full lunar day, drilling "
        "[[up to 3 metres|quantity|3|m]] into the regolith and measuring heat flow. The lander is expected to "
        "photograph a total lunar eclipse on [[March 14|D|2025-03-14]].\n\n"
        "[[Nicky Fox|PERSON]], head of [[NASA|ORG]]'s [[Science Mission Directorate|ORG]], said the landing brought the "
        "agency closer to returning astronauts to the [[Moon|LOC]] under [[Artemis|ORG|Artemis program]].\n\n"
        "In [[February 2024|D|2024-02]], [[Intuitive Machines|ORG]]' [[Odysseus|PRODUCT]] "
        "lander became the [[first|ordinal|1]] commercial craft to reach the surface, but it tipped over on "
        "landing. [[Intuitive Machines|ORG]] plans to land its [[second|ordinal|2]] lander, [[Athena|PRODUCT]], "
        "near the lunar south pole on [[Thursday|D|2025-03-06]].",
        [
            ("Jason Kim", "say", "This is a giant leap forward for American commercial space", True),
            ("NASA", "say", "the instruments would operate for about 14 days, a full lunar day, drilling up to 3 metres "
             "into the regolith and measuring heat flow", False),
            ("Nicky Fox", "say", "the landing brought the agency closer to returning astronauts to the Moon under "
             "Artemis", False),
            ("Intuitive Machines", "plan", "land its second lander, Athena, near the lunar south pole on Thursday",
             False),
        ],
    ),
    (
        "own20-ho-11", "wikinews-crime", "2025-10-20", "2025-10-20",
        "Thieves steal crown jewels from [[Louvre|FAC]] in [[Paris|GPE]]\n"
        "[[Monday, October 20, 2025|D|2025-10-20]]\n\n"
        "[[Four|count|4|thief]] thieves stole [[eight|count|8|item]] items of [[19th-century|D|1800/1899]] jewellery from the "
        "[[Galerie d'Apollon|FAC]] of the [[Louvre|FAC]] in [[Paris|GPE]] on [[Sunday|D|2025-10-19]] morning, in a "
        "raid that lasted about seven minutes. The museum, the most visited in the world with [[8.7 "
        "million|count|8700000|visitor]] visitors in [[2024|D|2024]], stayed closed on [[Sunday|D|2025-10-19]] and "
        "[[Monday|D|2025-10-20]].\n\n"
        "According to the [[French|NORP]] [[Ministry of Culture|ORG|Ministry of Culture (France)]], the thieves "
        "used a truck-mounted lift to reach a [[first|ordinal|1]]-floor window on the [[Seine|LOC]] side, cut "
        "through [[two|count|2|display case]] display cases with angle grinders and fled on [[two|count|2|scooter]] "
        "scooters. A crown that belonged to Empress [[Eugénie|PERSON|Eugénie de Montijo]] was dropped during the "
        "escape and recovered damaged.\n\n"
        "[[Paris|GPE]] prosecutor [[Laure Beccuau|PERSON]] told [[RTL|ORG]] radio that the stolen items were worth "
        "[[€88 million|money|88000000|EUR]], but said their historical value was far greater. She said [[about "
        "100|count|100|investigator]] investigators were working on the case.\n\n"
        "Culture Minister [[Rachida Dati|PERSON]] said: “There was no failure of the museum's security "
        "systems.” Interior Minister [[Laurent Nuñez|PERSON]] described the thieves as experienced and said "
        "they had probably studied the building for several weeks.\n\n"
        "Opposition politicians in the [[National Assembly|ORG|National Assembly (France)]] called for an inquiry "
        "into museum security. A report by the [[Court of Audit|ORG|Court of Audit (France)]] had found in "
        "[[2024|D|2024]] that only [[39%|percent|39|%]] of the [[Louvre|FAC]]'s rooms had security cameras.\n\n"
        "The [[Louvre|FAC]] reopened on [[Wednesday|D|2025-10-22]], its director said.",
        [
            ("Ministry of Culture (France)", "according to", "the thieves used a truck-mounted lift to reach a "
             "first-floor window on the Seine side, cut through two display cases with angle grinders and fled on "
             "two scooters", False),
            ("Laure Beccuau", "tell", "the stolen items were worth €88 million", False),
            ("Laure Beccuau", "say", "their historical value was far greater", False),
            ("Laure Beccuau", "say", "about 100 investigators were working on the case", False),
            ("Rachida Dati", "say", "There was no failure of the museum's security systems.", True),
            ("Laurent Nuñez", "describe", "the thieves as experienced", False),
            ("Laurent Nuñez", "say", "they had probably studied the building for several weeks", False),
            ("Court of Audit (France)", "find", "only 39% of the Louvre's rooms had security cameras", False),
        ],
    ),
    (
        "own20-ho-12", "reuters-company", "1996-08-22", "1996-08-22",
        "[[Qantas|ORG]] lifts annual profit [[23 pct|percent|23|%]], shares rise.\n"
        "[[SYDNEY|GPE|Sydney]] [[1996-08-22|D|1996-08-22]]\n\n"
        "[[Qantas Airways Ltd|ORG|Qantas]] said on [[Thursday|D|1996-08-22]] its net profit rose [[23 "
        "percent|percent|23|%]] to [[A$250.5 million|money|250500000|AUD]] in [[the year to June "
        "1996|D|1995-07/1996-06]], helped by strong growth in international traffic.\n\n"
        "Revenue rose [[6.4 percent|percent|6.4|%]] to [[A$7.33 billion|money|7330000000|AUD]], the airline said in "
        "a statement to the [[Australian Stock Exchange|ORG|Australian Securities Exchange]].\n\n"
        "Managing director [[James Strong|PERSON]] said the outlook for [[1997|D|1997]] was encouraging, but warned "
        "that higher fuel prices would keep pressure on margins.\n\n"
        "\"We expect another year of solid growth in both domestic and international traffic,\" "
        "[[Strong|PERSON|James Strong]] told reporters.\n\n"
        "The board declared a final dividend of [[six cents|money|0.06|AUD]] a share, making [[10 "
        "cents|money|0.1|AUD]] in all, against [[eight cents|money|0.08|AUD]] previously.\n\n"
        "[[Qantas|ORG]] shares closed [[seven cents|money|0.07|AUD]] higher at [[A$2.38|money|2.38|AUD]], with "
        "[[4.2 million|count|4200000|share]] shares traded.\n\n"
        "Analysts had forecast a profit of [[around A$240 million|money|240000000|AUD]].\n\n"
        "[[British Airways Plc|ORG|British Airways]], which bought [[25 percent|percent|25|%]] of "
        "[[Qantas|ORG]] in [[1993|D|1993]], said it welcomed the result.\n\n"
        "The airline, privatised in [[1995|D|1995]], carried [[16.1 million|count|16100000|passenger]] passengers "
        "over the period, with international load factors up [[2.1 percentage points|percent|2.1|pp]] at [[71.5 "
        "percent|percent|71.5|%]]. Rival [[Ansett Australia|ORG]], owned by [[News Corp|ORG|News Corporation]] and [[Air New "
        "Zealand|ORG]], does not publish separate results.\n\n"
        "-- [[Sydney|GPE]] newsroom 61-2 9373-1800",
        [
            ("Qantas", "say", "its net profit rose 23 percent to A$250.5 million in the year to June 1996, helped by "
             "strong growth in international traffic", False),
            ("Qantas", "say", "Revenue rose 6.4 percent to A$7.33 billion", False),
            ("James Strong", "say", "the outlook for 1997 was encouraging", False),
            ("James Strong", "warn", "higher fuel prices would keep pressure on margins", False),
            ("James Strong", "tell", "We expect another year of solid growth in both domestic and international "
             "traffic", True),
            ("British Airways", "say", "it welcomed the result", False),
        ],
    ),
    (
        "own20-ho-13", "reuters-cricket", "1996-08-22", "1996-08-22",
        "CRICKET - [[ENGLAND|GPE|England]] V [[PAKISTAN|GPE|Pakistan]] [[THIRD|ordinal|3]] TEST SCOREBOARD.\n"
        "[[LONDON|GPE|London]] [[1996-08-22|D|1996-08-22]]\n\n"
        "[[England|GPE]] made [[278|number|278]] for [[six|count|6|wicket]] on the [[first|ordinal|1]] day of the "
        "[[third|ordinal|3]] and final test against [[Pakistan|GPE]] at [[The Oval|FAC]] on "
        "[[Thursday|D|1996-08-22]], with [[John Crawley|PERSON]] unbeaten on [[94|number|94]]. [[Pakistan|GPE]] lead "
        "the [[three|count|3|match]]-match series [[1|number|1]]-[[0|number|0]] after winning the [[first|ordinal|1]] test by [[164|count|164|run]] runs "
        "[[last month|D|1996-07]].\n\n"
        "[[Crawley|PERSON|John Crawley]], recalled for the match, shared a stand of [[111|count|111|run]] runs for "
        "the [[fifth|ordinal|5]] wicket with [[Graham Thorpe|PERSON]] before [[Thorpe|PERSON|Graham Thorpe]] fell "
        "leg-before to [[Mohammad Akram|PERSON]]. Fast bowler [[Waqar Younis|PERSON]] took [[two|count|2|wicket]] "
        "wickets for [[51|count|51|run]] runs.\n\n"
        "[[England|GPE]] captain [[Michael Atherton|PERSON]] said he was happy with the position but expected "
        "[[Pakistan|GPE]]'s leg-spinner [[Mushtaq Ahmed|PERSON]] to be a threat on a dry pitch.\n\n"
        "Scores on the [[first|ordinal|1]] day:\n"
        "[[England|GPE]] [[first|ordinal|1]] innings\n"
        "[[M. Atherton|PERSON|Michael Atherton]] b [[Waqar Younis|PERSON]] [[31|number|31]]\n"
        "[[A. Stewart|PERSON|Alec Stewart]] b [[Mushtaq Ahmed|PERSON]] [[44|number|44]]\n"
        "[[N. Hussain|PERSON|Nasser Hussain]] c [[Saeed Anwar|PERSON]] b [[Waqar Younis|PERSON]] [[12|number|12]]\n"
        "[[G. Thorpe|PERSON|Graham Thorpe]] lbw b [[Mohammad Akram|PERSON]] [[54|number|54]]\n"
        "[[J. Crawley|PERSON|John Crawley]] not out [[94|number|94]]\n"
        "[[N. Knight|PERSON|Nick Knight]] c [[Moin Khan|PERSON]] b [[Wasim Akram|PERSON]] [[17|number|17]]\n"
        "[[C. Lewis|PERSON|Chris Lewis]] c [[Ijaz Ahmed|PERSON]] b [[Mushtaq Ahmed|PERSON]] "
        "[[5|number|5]]\n"
        "[[I. Salisbury|PERSON|Ian Salisbury]] not out [[4|number|4]]\n"
        "Extras [[17|number|17]]\n"
        "Total (for [[six|count|6|wicket]] wickets) [[278|number|278]]\n\n"
        "To bat: [[R. Croft|PERSON|Robert Croft]], [[D. Cork|PERSON|Dominic Cork]], [[A. Mullally|PERSON|Alan "
        "Mullally]]\n\n"
        "[[Pakistan|GPE]]: [[Saeed Anwar|PERSON]], [[Aamer Sohail|PERSON]], [[Ijaz Ahmed|PERSON]], [[Inzamam-ul-Haq|PERSON]], "
        "[[Salim Malik|PERSON]], [[Asif Mujtaba|PERSON]], [[Wasim Akram|PERSON]] (captain), [[Moin Khan|PERSON]], "
        "[[Mushtaq Ahmed|PERSON]], [[Waqar Younis|PERSON]], [[Mohammad Akram|PERSON]].",
        [
            ("Michael Atherton", "say", "he was happy with the position", False),
            ("Michael Atherton", "expect", "Pakistan's leg-spinner Mushtaq Ahmed to be a threat on a dry pitch",
             False),
        ],
    ),
    (
        "own20-ho-14", "reuters-golf", "1996-08-22", "1996-08-22",
        "GOLF - LEADING SCORES AT [[WORLD SERIES OF GOLF|EVENT|World Series of Golf]].\n"
        "[[AKRON|GPE|Akron, Ohio]], [[Ohio|GPE]] [[1996-08-22|D|1996-08-22]]\n\n"
        "Leading scores after the [[first|ordinal|1]] round of the [[$2.1 million|money|2100000|USD]] [[NEC World "
        "Series of Golf|EVENT|World Series of Golf]] on the [[7,149-yard|quantity|7149|yd]] south course at "
        "[[Firestone Country Club|FAC]] on [[Thursday|D|1996-08-22]] ([[U.S.|GPE|United States]] unless "
        "stated):\n"
        "[[66|number|66]] [[Paul Stankowski|PERSON]]\n"
        "[[67|number|67]] [[Phil Mickelson|PERSON]], [[Greg Norman|PERSON]] ([[Australia|GPE]])\n"
        "[[68|number|68]] [[Billy Mayfair|PERSON]], [[Steve Stricker|PERSON]], [[Ernie Els|PERSON]] ([[South "
        "Africa|GPE]])\n"
        "[[69|number|69]] [[Fred Couples|PERSON]], [[Tom Lehman|PERSON]], [[Colin Montgomerie|PERSON]] "
        "([[Scotland|GPE]])\n"
        "[[70|number|70]] [[Nick Faldo|PERSON]] ([[Britain|GPE|United Kingdom]]), [[Mark O'Meara|PERSON]], "
        "[[Masashi Ozaki|PERSON]] ([[Japan|GPE]])\n"
        "[[71|number|71]] [[Corey Pavin|PERSON]], [[Vijay Singh|PERSON]] ([[Fiji|GPE]])\n\n"
        "[[Stankowski|PERSON|Paul Stankowski]], who qualified by winning the [[BellSouth Classic|EVENT]] in "
        "[[April|D|1996-04]], had [[six|count|6|birdie]] birdies and [[two|count|2|bogey]] bogeys. He said he "
        "had holed [[two|count|2|putt]] putts of [[more than 30 feet|quantity|30|ft]] and felt no pressure in a "
        "field of [[43|count|43|player]] players.\n\n"
        "\"I just tried to hit fairways. This course punishes you if you don't,\" [[Stankowski|PERSON|Paul "
        "Stankowski]] said.\n\n"
        "[[Norman|PERSON|Greg Norman]], the world number one, three-putted the [[18th|ordinal|18]] green. "
        "[[Mickelson|PERSON|Phil Mickelson]], winner of [[four|count|4|tournament]] tournaments in [[1996|D|1996]], said "
        "his putting had been the best of his career.\n\n"
        "The winner receives [[$378,000|money|378000|USD]] and a [[10-year|D|P10Y]] exemption on the [[U.S.|GPE|United "
        "States]] [[PGA Tour|ORG]]. The final round is on [[Sunday|D|1996-08-25]].",
        [
            ("Paul Stankowski", "say", "he had holed two putts of more than 30 feet and felt no pressure in a field "
             "of 43 players", False),
            ("Paul Stankowski", "say", "I just tried to hit fairways. This course punishes you if you don't", True),
            ("Phil Mickelson", "say", "his putting had been the best of his career", False),
        ],
    ),
]
