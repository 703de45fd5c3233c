"""Held-out set 32 (blind): marked texts of briefs 08-14 and their statements (see
``build_own32_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own32-ho-08", "india-gst", "2025-09-01", "2025-09-01",
        "Gross GST collections rise [[6.5%|percent|6.5|%]] to [[₹1.86 lakh "
        "crore|money|1860000000000|INR]] in "
        "[[August 2025|D|2025-08]]\n"
        "[[Ministry of Finance|ORG|Ministry of Finance (India)]]\n"
        "Posted On: [[01 SEP 2025|D|2025-09-01]] 4:15PM by [[PIB|ORG|Press Information Bureau]] "
        "[[Delhi|GPE]]\n\n"
        "Gross Goods and Services Tax collections stood at [[₹1,86,315 crore|money|1863150000000|INR]] in "
        "[[August 2025|D|2025-08]], up [[6.5%|percent|6.5|%]] from [[₹1,74,962 "
        "crore|money|1749620000000|INR]] "
        "in [[August 2024|D|2024-08]], according to data released by the [[Ministry of "
        "Finance|ORG|Ministry of "
        "Finance (India)]] [[today|D|2025-09-01]].\n\n"
        "Revenue from domestic transactions grew [[9.6%|percent|9.6|%]] to [[₹1.37 lakh "
        "crore|money|1370000000000|INR]], while GST on imports fell [[1.2%|percent|1.2|%]] to [[₹49,354 "
        "crore|money|493540000000|INR]]. Refunds of [[₹19,359 crore|money|193590000000|INR]] were "
        "issued, and "
        "net collections were [[₹1.67 lakh crore|money|1670000000000|INR]].\n\n"
        "In [[FY 2025-26|D|2025-04/2026-03]] so far, gross collections reached [[₹10.04 lakh "
        "crore|money|10040000000000|INR]], [[9.9%|percent|9.9|%]] more than in [[April-August "
        "2024|D|2024-04/2024-08]]. [[Maharashtra|GPE]] collected [[₹28,970 crore|money|289700000000|INR]], "
        "followed by [[Karnataka|GPE]] with [[₹13,114 crore|money|131140000000|INR]] and "
        "[[Gujarat|GPE]] with "
        "[[₹10,650 crore|money|106500000000|INR]].\n\n"
        "Union Finance Minister [[Nirmala Sitharaman|PERSON]] said the [[GST Council|ORG]] would consider a "
        "proposal to replace the [[four|count|4|slab]] tax slabs with [[two|count|2|slab]], of "
        "[[5%|percent|5|%]] and [[18%|percent|18|%]], at its meeting on [[3 and 4 "
        "September|D|2025-09-03/2025-09-04]].\n\n"
        "Revenue Secretary [[Arvind Shrivastava|PERSON]] told reporters that the number of registered "
        "taxpayers had crossed [[1.51 crore|count|15100000|taxpayer]] and that [[about 4 lakh|count|400000|"
        "registration]] new registrations had been approved in [[August|D|2025-08]].\n\n"
        "He estimated that the lower rates could cost the Centre and the States [[about ₹48,000 "
        "crore|money|480000000000|INR]] a year.",
        [
            ("Ministry of Finance (India)", "according to", "Gross Goods and Services Tax collections "
             "stood at "
             "₹1,86,315 crore in August 2025, up 6.5% from ₹1,74,962 crore in August 2024", False),
            ("Nirmala Sitharaman", "say", "the GST Council would consider a proposal to replace the four tax "
             "slabs with two, of 5% and 18%, at its meeting on 3 and 4 September", False),
            ("Arvind Shrivastava", "tell", "the number of registered taxpayers had crossed 1.51 "
             "crore", False),
            ("Arvind Shrivastava", "tell", "about 4 lakh new registrations had been approved in "
             "August", False),
            ("Arvind Shrivastava", "estimate", "the lower rates could cost the Centre and the States about "
             "₹48,000 crore a year", False),
        ],
    ),
    (
        "own32-ho-09", "wikinews-derailment", "2025-07-28", "2025-07-28",
        "[[Three|count|3|person]] killed as regional train derails in southern [[Germany|GPE]]\n"
        "[[Monday, July 28, 2025|D|2025-07-28]]\n\n"
        "[[Three|count|3|person]] people were killed and [[about 50|count|50|person]] injured on "
        "[[Sunday|D|2025-07-27]] when a regional train derailed near [[Riedlingen|GPE]] in the "
        "[[German|NORP]] "
        "state of [[Baden-Württemberg|GPE]].\n\n"
        "The train, carrying [[about 100|count|100|passenger]] passengers from [[Sigmaringen|GPE]] to "
        "[[Ulm|GPE]], left the track shortly after 6:10 p.m. local time in a wooded area. "
        "[[Two|count|2|carriage]] carriages overturned. The driver and a [[Deutsche Bahn|ORG]] employee were "
        "among the dead.\n\n"
        "Police said investigators were examining whether a landslide, caused by heavy rain, had washed soil "
        "onto the line. [[More than 200|count|200|firefighter]] firefighters and paramedics were "
        "sent, and [[three|count|3|"
        "helicopter]] helicopters flew the most seriously injured to hospitals in [[Ulm|GPE]] and "
        "[[Tübingen|GPE]].\n\n"
        "Chancellor [[Friedrich Merz|PERSON]] said he was shocked by the accident and offered his "
        "condolences to the "
        "families. Federal Transport Minister [[Patrick Schnieder|PERSON]] said the cause had to be "
        "cleared up "
        "quickly and completely.\n\n"
        "\"This is a dark day for our state,\" [[Baden-Württemberg|GPE]] Interior Minister [[Thomas "
        "Strobl|PERSON]] "
        "told reporters.\n\n"
        "[[Deutsche Bahn|ORG]] chief executive [[Richard Lutz|PERSON]] said the company would give "
        "investigators "
        "\"every support\" they needed. [[Deutsche Bahn|ORG]] said the section of line had last been "
        "inspected in [[June|D|2025-06]] and "
        "would stay closed for [[at least two weeks|D|P2W]]. It was the deadliest rail accident in "
        "[[Germany|GPE]] since [[June 2022|D|2022-06]], when [[five|count|5|person]] people died in a "
        "derailment near [[Garmisch-Partenkirchen|GPE]].\n\n"
        "The government has pledged [[€107 billion|money|107000000000|EUR]] for rail infrastructure by "
        "[[2029|D|2029]].",
        [
            ("Friedrich Merz", "say", "he was shocked by the accident", False),
            ("Patrick Schnieder", "say", "the cause had to be cleared up quickly and completely", False),
            ("Thomas Strobl", "tell", "This is a dark day for our state", True),
            ("Richard Lutz", "say", "the company would give investigators \"every support\" they "
             "needed", False),
            ("Deutsche Bahn", "say", "the section of line had last been inspected in June and would stay "
             "closed "
             "for at least two weeks", False),
        ],
    ),
    (
        "own32-ho-10", "wikinews-wildfire", "2025-05-29", "2025-05-29",
        "Wildfire forces evacuation of [[Flin Flon|GPE]], [[Manitoba|GPE]]\n"
        "[[Thursday, May 29, 2025|D|2025-05-29]]\n\n"
        "All [[5,000|count|5000|resident]] residents of the mining town of [[Flin Flon|GPE]], "
        "[[Manitoba|GPE]], "
        "were ordered to leave on [[Wednesday|D|2025-05-28]] as a wildfire of [[more than 300 square "
        "kilometres|quantity|300|km2]] moved toward the town from [[Saskatchewan|GPE]].\n\n"
        "Premier [[Wab Kinew|PERSON]] declared a province-wide state of emergency, the "
        "[[first|ordinal|1]] in "
        "[[Manitoba|GPE]] since [[2023|D|2023]]. [[About 17,000|count|17000|person]] people have now been "
        "evacuated in the province, most of them from [[First Nations|NORP|First Nations]] communities.\n\n"
        "\"This is the largest evacuation that most of us can remember,\" [[Kinew|PERSON|Wab Kinew]] "
        "said at a "
        "news conference in [[Winnipeg|GPE]]. \"We need every [[Manitoban|NORP]] to pitch in.\"\n\n"
        "The [[Royal Canadian Air Force|ORG]] flew [[about 1,300|count|1300|person]] people out of "
        "[[Pimicikamak "
        "Cree Nation|ORG]] on [[Wednesday|D|2025-05-28]] and [[Thursday|D|2025-05-29]]. Evacuees from [[Flin "
        "Flon|GPE]] drove south to [[The Pas|GPE]] and [[Thompson|GPE|Thompson, Manitoba]].\n\n"
        "[[Flin Flon|GPE]] Mayor [[George Fontaine|PERSON]] told [[CBC News|ORG]] the fire was [[about 5 "
        "kilometres|quantity|5|km]] from the edge of town.\n\n"
        "In neighbouring [[Saskatchewan|GPE]], Premier [[Scott Moe|PERSON]] said [[18|count|18|fire]] fires "
        "were burning and that the province would also declare a state of emergency.\n\n"
        "According to the [[Canadian Interagency Forest Fire Centre|ORG]], [[more than 1.3 million "
        "hectares|quantity|1300000|ha]] have burned in [[Canada|GPE]] [[this year|D|2025]], more than "
        "twice the average for the date.",
        [
            ("Wab Kinew", "say", "This is the largest evacuation that most of us can remember", True),
            ("Wab Kinew", "say", "We need every Manitoban to pitch in.", True),
            ("George Fontaine", "tell", "the fire was about 5 kilometres from the edge of town", False),
            ("Scott Moe", "say", "18 fires were burning", False),
            ("Scott Moe", "say", "the province would also declare a state of emergency", False),
            ("Canadian Interagency Forest Fire Centre", "according to", "more than 1.3 million hectares have "
             "burned in Canada this year, more than twice the average for the date", False),
        ],
    ),
    (
        "own32-ho-11", "wikinews-papal-visit", "2025-11-28", "2025-11-28",
        "Pope prays with [[Orthodox|NORP]] leaders at [[Nicaea|GPE]] on [[first|ordinal|1]] "
        "foreign trip\n"
        "[[Friday, November 28, 2025|D|2025-11-28]]\n\n"
        "Pope [[Leo XIV|PERSON|Pope Leo XIV]] [[today|D|2025-11-28]] joined [[Bartholomew "
        "I|PERSON|Bartholomew "
        "I of Constantinople]], the Ecumenical Patriarch, and other [[Christian|NORP]] leaders for a "
        "prayer service by "
        "[[Lake İznik|LOC]] in [[Turkey|GPE]], marking the [[1,700th|ordinal|1700]] anniversary of the "
        "[[First Council of Nicaea|EVENT]].\n\n"
        "The [[70-year-old|D|P70Y]] pontiff, the [[first|ordinal|1]] [[American|NORP]] pope, arrived in "
        "[[Ankara|GPE]] on [[Thursday|D|2025-11-27]] at the start of a [[six-day|D|P6D]] visit to "
        "[[Turkey|GPE]] and [[Lebanon|GPE]]. He laid a wreath at [[Anıtkabir|FAC]], the mausoleum of "
        "[[Mustafa Kemal Atatürk|PERSON]], and met President [[Recep Tayyip Erdoğan|PERSON]].\n\n"
        "In a speech to officials, [[Leo|PERSON|Pope Leo XIV]] said that [[Turkey|GPE]] could be \"a "
        "factor of "
        "stability\" in the region. [[Erdoğan|PERSON|Recep Tayyip Erdoğan]] called for "
        "an immediate ceasefire in [[Gaza|GPE|Gaza Strip]].\n\n"
        "[[Turkey|GPE]]'s [[Catholic|NORP]] community numbers [[about 33,000|count|33000|person]] "
        "people in a country of "
        "[[85 million|count|85000000|person]].\n\n"
        "The pope will visit the [[Sultan Ahmed Mosque|FAC]] in [[Istanbul|GPE]] on "
        "[[Saturday|D|2025-11-29]] "
        "and fly to [[Beirut|GPE]] on [[Sunday|D|2025-11-30]], where he will meet President [[Joseph "
        "Aoun|PERSON]]. [[Bartholomew|PERSON|Bartholomew I of Constantinople]] said the anniversary "
        "was a call to "
        "[[Christian|NORP]] unity. The [[Holy See Press Office|ORG]] said [[about "
        "150,000|count|150000|person]] people "
        "were expected at a Mass on the [[Beirut|GPE]] waterfront on [[December 2|D|2025-12-02]].\n\n"
        "The [[first|ordinal|1]] ecumenical council was held at [[Nicaea|GPE]], now [[İznik|GPE]], in [[AD "
        "325|D|0325]]. [[Lebanese|NORP]] officials said [[more than 2,000|count|2000|officer]] security "
        "officers would be deployed in [[Beirut|GPE]].",
        [
            ("Pope Leo XIV", "say", "Turkey could be \"a factor of stability\" in the region", False),
            ("Recep Tayyip Erdoğan", "call for", "an immediate ceasefire in Gaza", False),
            ("Bartholomew I of Constantinople", "say", "the anniversary was a call to Christian "
             "unity", False),
            ("Holy See Press Office", "say", "about 150,000 people were expected at a Mass on the Beirut "
             "waterfront on December 2", False),
        ],
    ),
    (
        "own32-ho-12", "reuters-zaire", "1996-08-27", "1996-08-27",
        "[[U.N.|ORG|United Nations]] WARNS OF NEW FIGHTING NEAR REFUGEE CAMPS IN [[ZAIRE|GPE|Zaire]].\n"
        "[[GOMA|GPE|Goma]], [[Zaire|GPE]] [[1996-08-27|D|1996-08-27]]\n\n"
        "The [[United Nations|ORG]] refugee agency said on [[Tuesday|D|1996-08-27]] that clashes between "
        "[[Zairean|NORP]] troops and ethnic [[Tutsis|NORP|Tutsi]] in [[South Kivu|GPE]] province threatened "
        "[[more than 1.1 million|count|1100000|refugee]] [[Rwandan|NORP]] and [[Burundian|NORP]] refugees in "
        "eastern [[Zaire|GPE]].\n\n"
        "\"We are very worried. If the fighting spreads to the camps, we could see a new exodus,\" "
        "[[UNHCR|ORG|United Nations High Commissioner for Refugees]] spokesman [[Panos "
        "Moumtzis|PERSON]] told "
        "[[Reuters|ORG]] in [[Goma|GPE]].\n\n"
        "He said [[about 717,000|count|717000|refugee]] refugees, most of them [[Hutus|NORP|Hutu]], lived in "
        "camps around [[Goma|GPE]] and [[300,000|count|300000|refugee]] more near [[Bukavu|GPE]] and "
        "[[Uvira|GPE]].\n\n"
        "[[Zaire|GPE]]'s army said [[12|count|12|soldier]] soldiers had been killed in "
        "[[two|count|2|attack]] "
        "attacks on [[Saturday|D|1996-08-24]] near [[Uvira|GPE]]. It blamed [[Banyamulenge|NORP]] rebels "
        "backed by [[Rwanda|GPE]], which [[Kigali|GPE]] denied.\n\n"
        "[[U.N.|ORG|United Nations]] High Commissioner for Refugees [[Sadako Ogata|PERSON]] urged the "
        "[[Zairean|NORP]] government to protect the camps and appealed for [[$21 "
        "million|money|21000000|USD]] "
        "to feed the refugees until [[the end of the year|D|1996-12]].\n\n"
        "In [[Kinshasa|GPE]], Prime Minister [[Kengo wa Dondo|PERSON|Léon Kengo wa Dondo]] said "
        "[[Zaire|GPE]] wanted all the refugees to go home by [[the end of 1997|D|1997-12]]. President "
        "[[Mobutu Sese Seko|PERSON]] has been in [[Switzerland|GPE]] since [[August 22|D|1996-08-22]] for "
        "medical treatment.\n\n"
        "Relief workers said food stocks in the camps would last [[three weeks|D|P3W]].",
        [
            ("United Nations High Commissioner for Refugees", "say", "clashes between Zairean troops and "
             "ethnic Tutsis in South Kivu province "
             "threatened more than 1.1 million Rwandan and Burundian refugees in eastern Zaire", False),
            ("Panos Moumtzis", "tell", "We are very worried. If the fighting spreads to the camps, we "
             "could see a "
             "new exodus", True),
            ("Panos Moumtzis", "say", "about 717,000 refugees, most of them Hutus, lived in camps around "
             "Goma and "
             "300,000 more near Bukavu and Uvira", False),
            ("Sadako Ogata", "urge", "the Zairean government to protect the camps", False),
            ("Sadako Ogata", "appeal for", "$21 million to feed the refugees until the end of the "
             "year", False),
            ("Léon Kengo wa Dondo", "say", "Zaire wanted all the refugees to go home by the end of "
             "1997", False),
        ],
    ),
    (
        "own32-ho-13", "reuters-soccer", "1996-08-24", "1996-08-24",
        "SOCCER - [[ENGLISH|NORP|English]] PREMIER LEAGUE RESULTS / STANDINGS.\n"
        "[[LONDON|GPE|London]] [[1996-08-24|D|1996-08-24]]\n\n"
        "Results of [[English|NORP]] premier league matches on [[Saturday|D|1996-08-24]]:\n\n"
        "[[Arsenal|ORG|Arsenal F.C.]] [[2|number|2]] ([[Bergkamp|PERSON|Dennis Bergkamp]] 12, "
        "[[Wright|PERSON|Ian "
        "Wright]] 56) [[Leicester|ORG|Leicester City F.C.]] [[0|number|0]]\n"
        "[[Chelsea|ORG|Chelsea F.C.]] [[2|number|2]] ([[Di Matteo|PERSON|Roberto Di Matteo]] 44, "
        "[[Vialli|PERSON|Gianluca Vialli]] 71) [[Coventry|ORG|Coventry City F.C.]] [[0|number|0]]\n"
        "[[Manchester United|ORG|Manchester United F.C.]] [[2|number|2]] ([[Cantona|PERSON|Eric "
        "Cantona]] 18, "
        "[[Solskjaer|PERSON|Ole Gunnar Solskjær]] 80) [[Blackburn|ORG|Blackburn Rovers F.C.]] [[2|number|2]] "
        "([[Warhurst|PERSON|Paul Warhurst]] 35, [[Sutton|PERSON|Chris Sutton]] 60)\n"
        "[[Middlesbrough|ORG|Middlesbrough F.C.]] [[3|number|3]] ([[Ravanelli|PERSON|Fabrizio Ravanelli]] 9, "
        "50, [[Juninho|PERSON|Juninho Paulista]] 77) [[West Ham|ORG|West Ham United F.C.]] [[1|number|1]] "
        "([[Dicks|PERSON|Julian Dicks]] 61 pen)\n"
        "[[Newcastle|ORG|Newcastle United F.C.]] [[1|number|1]] ([[Shearer|PERSON|Alan Shearer]] 52) "
        "[[Sheffield Wednesday|ORG|Sheffield Wednesday F.C.]] [[1|number|1]] ([[Hirst|PERSON|David "
        "Hirst]] 23)\n"
        "[[Southampton|ORG|Southampton F.C.]] [[0|number|0]] [[Wimbledon|ORG|Wimbledon F.C.]] [[1|number|1]] "
        "([[Ekoku|PERSON|Efan Ekoku]] 66)\n\n"
        "Standings (tabulated under played, won, drawn, lost, goals for, against, points):\n"
        "[[Chelsea|ORG|Chelsea F.C.]] [[3|number|3]] [[2|number|2]] [[1|number|1]] [[0|number|0]] "
        "[[5|number|5]] "
        "[[1|number|1]] [[7|number|7]]\n"
        "[[Middlesbrough|ORG|Middlesbrough F.C.]] [[3|number|3]] [[2|number|2]] [[1|number|1]] "
        "[[0|number|0]] "
        "[[7|number|7]] [[4|number|4]] [[7|number|7]]\n"
        "[[Arsenal|ORG|Arsenal F.C.]] [[3|number|3]] [[2|number|2]] [[0|number|0]] [[1|number|1]] "
        "[[5|number|5]] "
        "[[2|number|2]] [[6|number|6]]\n\n"
        "[[Italian|NORP]] striker [[Fabrizio Ravanelli|PERSON]] took his tally to "
        "[[five|count|5|goal]] goals "
        "in [[three|count|3|game]] games for [[Middlesbrough|ORG|Middlesbrough F.C.]] in front of "
        "[[30,000|count|30000|spectator]] spectators at the [[Riverside Stadium|FAC]].\n\n"
        "\"He is the best finisher I have worked with,\" [[Middlesbrough|ORG|Middlesbrough F.C.]] manager "
        "[[Bryan Robson|PERSON]] said.\n\n"
        "[[Chelsea|ORG|Chelsea F.C.]] player-manager [[Ruud Gullit|PERSON]] said his side had kept a clean "
        "sheet for the [[second|ordinal|2]] time in [[three|count|3|game]] games. [[Manchester "
        "United|ORG|Manchester United "
        "F.C.]] manager [[Alex Ferguson|PERSON]] said his team had thrown away [[two|count|2|point]] points.",
        [
            ("Bryan Robson", "say", "He is the best finisher I have worked with", True),
            ("Ruud Gullit", "say", "his side had kept a clean sheet for the second time in three "
             "games", False),
            ("Alex Ferguson", "say", "his team had thrown away two points", False),
        ],
    ),
    (
        "own32-ho-14", "reuters-baseball", "1996-08-23", "1996-08-23",
        "BASEBALL - MAJOR LEAGUE RESULTS [[THURSDAY|D|1996-08-22]].\n"
        "[[NEW YORK|GPE|New York City]] [[1996-08-23|D|1996-08-23]]\n\n"
        "Results of [[Major League Baseball|ORG]] games played on [[Thursday|D|1996-08-22]] (home team in "
        "CAPS):\n\n"
        "[[American League|ORG]]\n"
        "[[CLEVELAND|ORG|Cleveland Guardians]] [[6|number|6]] [[Toronto|ORG|Toronto Blue Jays]] "
        "[[2|number|2]]\n"
        "[[NEW YORK|ORG|New York Yankees]] [[5|number|5]] [[Seattle|ORG|Seattle Mariners]] [[4|number|4]] "
        "([[10|count|10|inning]] innings)\n"
        "[[BALTIMORE|ORG|Baltimore Orioles]] [[9|number|9]] [[California|ORG|Los Angeles Angels]] "
        "[[7|number|7]]\n"
        "[[KANSAS CITY|ORG|Kansas City Royals]] [[3|number|3]] [[Detroit|ORG|Detroit Tigers]] "
        "[[1|number|1]]\n\n"
        "[[National League|ORG]]\n"
        "[[Houston|ORG|Houston Astros]] [[5|number|5]] [[CHICAGO|ORG|Chicago Cubs]] [[3|number|3]]\n"
        "[[ATLANTA|ORG|Atlanta Braves]] [[4|number|4]] [[San Francisco|ORG|San Francisco Giants]] "
        "[[1|number|1]]\n"
        "[[St Louis|ORG|St. Louis Cardinals]] [[8|number|8]] [[PITTSBURGH|ORG|Pittsburgh Pirates]] "
        "[[6|number|6]]\n"
        "[[LOS ANGELES|ORG|Los Angeles Dodgers]] [[2|number|2]] [[Florida|ORG|Miami Marlins]] "
        "[[0|number|0]]\n\n"
        "Standings after [[Thursday|D|1996-08-22]]'s games (tabulate under won, lost, winning percentage and "
        "games behind):\n"
        "[[AMERICAN LEAGUE EASTERN DIVISION|ORG|American League East]]\n"
        "[[NEW YORK|ORG|New York Yankees]] [[72|number|72]] [[55|number|55]] [[.567|number|0.567]] -\n"
        "[[BALTIMORE|ORG|Baltimore Orioles]] [[67|number|67]] [[60|number|60]] [[.528|number|0.528]] "
        "[[5|number|5]]\n"
        "[[BOSTON|ORG|Boston Red Sox]] [[63|number|63]] [[66|number|66]] [[.488|number|0.488]] "
        "[[10|number|10]]\n"
        "[[TORONTO|ORG|Toronto Blue Jays]] [[59|number|59]] [[70|number|70]] [[.457|number|0.457]] "
        "[[14|number|14]]\n\n"
        "[[Jeff Bagwell|PERSON]] hit his [[27th|ordinal|27]] home run as [[Houston|ORG|Houston "
        "Astros]] won for "
        "the [[fifth|ordinal|5]] time in [[six|count|6|game]] games. [[Derek Jeter|PERSON]] singled home the "
        "winning run in the [[10th|ordinal|10]] inning at [[Yankee Stadium|FAC|Yankee Stadium (1923)]].\n\n"
        "\"We didn't play well, but we found a way,\" [[Yankees|ORG|New York Yankees]] manager [[Joe "
        "Torre|PERSON]] said.\n\n"
        "[[Astros|ORG|Houston Astros]] manager [[Terry Collins|PERSON]] said [[Bagwell|PERSON|Jeff "
        "Bagwell]] was the "
        "best hitter in the league.\n\n"
        "In [[Cleveland|GPE]], [[Albert Belle|PERSON]] drove in [[three|count|3|run]] runs for the "
        "[[Indians|ORG|Cleveland Guardians]], who lead the [[American League Central|ORG]] by [[12|count|12|"
        "game]] games.",
        [
            ("Joe Torre", "say", "We didn't play well, but we found a way", True),
            ("Terry Collins", "say", "Bagwell was the best hitter in the league", False),
        ],
    ),
]
