"""Held-out set 25 (blind): marked texts of briefs 08-14 and their statements (see
``build_own25_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own25-ho-08", "energy-results", "2025-07-24", "2025-07-24",
        "[[TotalEnergies|ORG]]: [[Second quarter 2025|D|2025-04/2025-06]] results\n\n"
        "[[Paris|GPE]], [[July 24, 2025|D|2025-07-24]] – The Board of Directors of [[TotalEnergies "
        "SE|ORG|TotalEnergies]], chaired by [[Patrick Pouyanné|PERSON]], Chairman and CEO, met on [[July 23, "
        "2025|D|2025-07-23]] to approve the financial statements for [[the second quarter of "
        "2025|D|2025-04/2025-06]].\n\n"
        "Key figures\n"
        "• Adjusted net income: [[$3.6 billion|money|3600000000|USD]], down [[30%|percent|30|%]] from [[the "
        "second quarter of 2024|D|2024-04/2024-06]]\n"
        "• Cash flow: [[$6.6 billion|money|6600000000|USD]]\n"
        "• Hydrocarbon production: up [[2.9%|percent|2.9|%]] year-on-year\n"
        "• Net-debt-to-capital ratio: [[17.3%|percent|17.3|%]]\n\n"
        "Brent averaged [[$67.9|money|67.9|USD]] per barrel over the period, [[10%|percent|10|%]] lower than "
        "in [[the first quarter|D|2025-01/2025-03]].\n\n"
        "Commenting on the results, [[Patrick Pouyanné|PERSON]] said: “In a volatile environment, marked by "
        "a drop in oil prices, [[TotalEnergies|ORG]] again delivered solid results. Our production growth, "
        "driven by start-ups in [[Brazil|GPE]] and the [[United States|GPE]], demonstrates the strength of our "
        "portfolio.”\n\n"
        "The Board of Directors decided to pay a [[second|ordinal|2]] interim dividend of "
        "[[€0.85|money|0.85|EUR]] per share for [[2025|D|2025]], an increase of [[7.6%|percent|7.6|%]] "
        "compared with [[2024|D|2024]], and authorised the buyback of [[up to $2 "
        "billion|money|2000000000|USD]] of shares in [[the third quarter|D|2025-07/2025-09]].\n\n"
        "Chief Financial Officer [[Jean-Pierre Sbraire|PERSON]] told analysts that the company expected "
        "production to grow by [[more than 3%|percent|3|%]] in [[2025|D|2025]] and that net investments would "
        "be between [[$17 billion|money|17000000000|USD]] and [[$17.5 billion|money|17500000000|USD]].\n\n"
        "[[TotalEnergies|ORG]] said that work on its liquefied natural gas project in "
        "[[Mozambique|GPE]] would resume before the end of [[2025|D|2025]], [[four years|D|P4Y]] after it was "
        "halted by attacks in [[Cabo Delgado|GPE|Cabo Delgado Province]].\n\n"
        "The company's shares rose [[1.2%|percent|1.2|%]] in [[Paris|GPE]] trading, while those of [[Shell|ORG|Shell plc]] fell [[0.4%|percent|0.4|%]] in [[London|GPE]].",
        [
            ("Patrick Pouyanné", "say", "In a volatile environment, marked by a drop in oil prices, "
             "TotalEnergies again delivered solid results. Our production growth, driven by start-ups in Brazil "
             "and the United States, demonstrates the strength of our portfolio.", True),
            ("Jean-Pierre Sbraire", "tell", "the company expected production to grow by more than 3% in 2025 and "
             "that net investments would be between $17 billion and $17.5 billion", False),
            ("TotalEnergies", "say", "work on its liquefied natural gas project in Mozambique would resume "
             "before the end of 2025, four years after it was halted by attacks in Cabo Delgado", False),
        ],
    ),
    (
        "own25-ho-09", "wikinews-science", "2025-10-03", "2025-10-03",
        "[[Danish|NORP]] scientists report smaller ice loss from [[Greenland|GPE]] in [[2025|D|2025]]\n"
        "[[Friday, October 3, 2025|D|2025-10-03]]\n\n"
        "Scientists at the [[Geological Survey of Denmark and Greenland|ORG]] ([[GEUS|ORG|Geological Survey "
        "of Denmark and Greenland]]) reported on [[Wednesday|D|2025-10-01]] that the [[Greenland|LOC|Greenland "
        "ice sheet]] ice sheet lost [[about 105 billion tonnes|quantity|105000000000|t]] of ice in [[the 12 "
        "months to August 2025|D|2024-09/2025-08]], less than half the average loss since [[2002|D|2002]], "
        "when satellite measurements began.\n\n"
        "The loss added [[about 0.3 millimetres|quantity|0.3|mm]] to global sea level. Cool, snowy weather "
        "limited melting, which covered [[more than 10%|percent|10|%]] of the surface less often than in "
        "any year since [[2018|D|2018]]. The largest melt event came on [[July 24|D|2025-07-24]], when "
        "[[38%|percent|38|%]] of the ice sheet was melting.\n\n"
        "“One good year does not change the trend. [[Greenland|GPE]] has lost ice every year since "
        "[[1998|D|1998]],” said glaciologist [[Karina Holm|PERSON]] of [[GEUS|ORG|Geological Survey of "
        "Denmark and Greenland]].\n\n"
        "The ice sheet covers [[about 1.7 million square kilometres|quantity|1700000|km2]] and would raise "
        "sea levels by [[7.4 metres|quantity|7.4|m]] if it melted completely. Weather stations at "
        "[[Summit Camp|FAC]], [[3,216 metres|quantity|3216|m]] above sea level, recorded rain in "
        "[[August|D|2025-08]] for the [[fifth|ordinal|5]] time since records began in [[the 1980s|D|1980/1989]].\n\n"
        "Researchers at the [[Danish Meteorological Institute|ORG]] in [[Copenhagen|GPE]] warned that a "
        "single warm summer could still wipe out the gains, as in [[2019|D|2019]], when the ice sheet lost "
        "[[532 billion tonnes|quantity|532000000000|t]].\n\n"
        "The [[World Meteorological Organization|ORG]] said [[last month|D|2025-09]] that the [[Arctic|LOC]] "
        "is warming [[nearly four|number|4]] times as fast as the rest of the planet. The Government of "
        "[[Greenland|GPE]] in [[Nuuk|GPE]] has said it will use the data to plan new hydropower plants.",
        [
            ("Geological Survey of Denmark and Greenland", "report", "the Greenland ice sheet lost about 105 "
             "billion tonnes of ice in the 12 months to August 2025, less than half the average loss since "
             "2002, when satellite measurements began", False),
            ("Karina Holm", "say", "One good year does not change the trend. Greenland has lost ice every year "
             "since 1998", True),
            ("Danish Meteorological Institute", "warn", "a single warm summer could still wipe out the gains, as "
             "in 2019, when the ice sheet lost 532 billion tonnes", False),
            ("World Meteorological Organization", "say", "the Arctic is warming nearly four times as fast as the "
             "rest of the planet", False),
            ("Greenland", "say", "it will use the data to plan new hydropower plants", False),
        ],
    ),
    (
        "own25-ho-10", "wikinews-economy", "2025-08-22", "2025-08-22",
        "[[German|NORP]] economy shrank [[0.3%|percent|0.3|%]] in [[second quarter|D|2025-04/2025-06]], "
        "statistics office says\n"
        "[[Friday, August 22, 2025|D|2025-08-22]]\n\n"
        "[[Germany|GPE]]'s [[Federal Statistical Office|ORG|Federal Statistical Office of Germany]] "
        "([[Destatis|ORG|Federal Statistical Office of Germany]]) said [[today|D|2025-08-22]] that gross "
        "domestic product fell by [[0.3%|percent|0.3|%]] in [[the second quarter of 2025|D|2025-04/2025-06]], "
        "a sharper fall than the [[0.1%|percent|0.1|%]] it had estimated [[last month|D|2025-07]].\n\n"
        "Growth in [[the first quarter|D|2025-01/2025-03]] was revised down to [[0.3%|percent|0.3|%]] from "
        "[[0.4%|percent|0.4|%]]. Exports fell [[0.1%|percent|0.1|%]] after [[U.S.|GPE|United States]] "
        "President [[Donald Trump|PERSON]] raised tariffs; under a deal reached in [[July|D|2025-07]], most "
        "[[European Union|ORG]] goods now face a [[15%|percent|15|%]] tariff. Investment in machinery and "
        "equipment dropped [[1.9%|percent|1.9|%]], while government spending rose [[0.8%|percent|0.8|%]].\n\n"
        "The economy contracted in both [[2023|D|2023]] and [[2024|D|2024]], the [[first|ordinal|1]] [[two-year|D|P2Y]] "
        "contraction since [[the early 2000s|D|2000/2009]].\n\n"
        "Economy Minister [[Katherina Reiche|PERSON]] said the government's [[€500 "
        "billion|money|500000000000|EUR]] infrastructure fund would begin to lift growth [[next "
        "year|D|2026]].\n\n"
        "[[Clemens Fuest|PERSON]], president of the [[Ifo Institute|ORG|Ifo Institute for Economic Research]] "
        "in [[Munich|GPE]], told [[Reuters|ORG]]: “The [[German|NORP]] economy is stuck. We expect growth of "
        "[[0.2%|percent|0.2|%]] at best [[this year|D|2025]].”\n\n"
        "The [[Bundesbank|ORG|Deutsche Bundesbank]] warned on [[Monday|D|2025-08-18]] that output was likely "
        "to stagnate in [[the third quarter|D|2025-07/2025-09]]. Its president, [[Joachim Nagel|PERSON]], "
        "said that a recovery would not begin before [[2026|D|2026]].\n\n"
        "Chancellor [[Friedrich Merz|PERSON]] has promised to cut electricity taxes for industry from "
        "[[January|D|2026-01]] and to reduce the number of federal officials by [[8%|percent|8|%]]. "
        "Unemployment in [[Germany|GPE]] is expected to pass [[three million|count|3000000|person]] "
        "people [[this month|D|2025-08]], the highest level in [[a decade|D|P10Y]].",
        [
            ("Federal Statistical Office of Germany", "say", "gross domestic product fell by 0.3% in the second "
             "quarter of 2025, a sharper fall than the 0.1% it had estimated last month", False),
            ("Katherina Reiche", "say", "the government's €500 billion infrastructure fund would begin to lift "
             "growth next year", False),
            ("Clemens Fuest", "tell", "The German economy is stuck. We expect growth of 0.2% at best this "
             "year.", True),
            ("Deutsche Bundesbank", "warn", "output was likely to stagnate in the third quarter", False),
            ("Joachim Nagel", "say", "a recovery would not begin before 2026", False),
            ("Friedrich Merz", "promise", "cut electricity taxes for industry from January and to reduce the "
             "number of federal officials by 8%", False),
        ],
    ),
    (
        "own25-ho-11", "wikinews-election", "2025-11-17", "2025-11-17",
        "[[Jara|PERSON|Jeannette Jara]] and [[Kast|PERSON|José Antonio Kast]] advance to runoff in "
        "[[Chile|GPE]]'s presidential election\n"
        "[[Monday, November 17, 2025|D|2025-11-17]]\n\n"
        "Left-wing candidate [[Jeannette Jara|PERSON]] and far-right candidate [[José Antonio "
        "Kast|PERSON]] will meet in a runoff on [[December 14|D|2025-12-14]] after neither won a majority in "
        "the [[first|ordinal|1]] round of [[Chile|GPE]]'s presidential election on [[Sunday|D|2025-11-16]].\n\n"
        "With [[99%|percent|99|%]] of polling stations counted, the [[Electoral Service|ORG|Electoral Service "
        "of Chile]] ([[Servel|ORG|Electoral Service of Chile]]) reported that [[Jara|PERSON|Jeannette Jara]], "
        "of the [[Communist Party|ORG|Communist Party of Chile]], had won [[26.8%|percent|26.8|%]] of the "
        "vote, against [[23.9%|percent|23.9|%]] for [[Kast|PERSON|José Antonio Kast]] of the [[Republican "
        "Party|ORG|Republican Party (Chile)]].\n\n"
        "Populist [[Franco Parisi|PERSON]] came [[third|ordinal|3]] with [[19.7%|percent|19.7|%]], ahead of "
        "[[Johannes Kaiser|PERSON]] ([[13.9%|percent|13.9|%]]) and former mayor [[Evelyn Matthei|PERSON]] "
        "([[12.5%|percent|12.5|%]]). Voting was compulsory, and [[about 13.4 million|count|13400000|voter]] "
        "of the [[15.7 million|count|15700000|voter]] registered voters cast ballots.\n\n"
        "“[[Chile|GPE]] needs order and security,” [[Kast|PERSON|José Antonio Kast]] told supporters in "
        "[[Santiago|GPE]]. He has pledged to expel [[more than 300,000|count|300000|migrant]] undocumented "
        "migrants, most of them [[Venezuelan|NORP]], and to build a trench along the border with "
        "[[Bolivia|GPE]].\n\n"
        "[[Jara|PERSON|Jeannette Jara]], a former labour minister, said she would raise the minimum wage to "
        "[[750,000 pesos|money|750000|CLP]] a month. “This election is about wages, pensions and dignity,” "
        "she told a rally.\n\n"
        "[[Matthei|PERSON|Evelyn Matthei]] and [[Kaiser|PERSON|Johannes Kaiser]] said they would back "
        "[[Kast|PERSON|José Antonio Kast]] in the runoff. Analysts said the right-wing candidates together "
        "won [[more than 50%|percent|50|%]].\n\n"
        "Outgoing President [[Gabriel Boric|PERSON]], who cannot run for a [[second|ordinal|2]] consecutive "
        "term, congratulated both candidates. The new president will take office on [[March 11, "
        "2026|D|2026-03-11]] for a [[four-year|D|P4Y]] term.",
        [
            ("Electoral Service of Chile", "report", "Jara, of the Communist Party, had won 26.8% of the vote, "
             "against 23.9% for Kast of the Republican Party", False),
            ("José Antonio Kast", "tell", "Chile needs order and security", True),
            ("José Antonio Kast", "pledge", "expel more than 300,000 undocumented migrants, most of them "
             "Venezuelan, and to build a trench along the border with Bolivia", False),
            ("Jeannette Jara", "say", "she would raise the minimum wage to 750,000 pesos a month", False),
            ("Jeannette Jara", "tell", "This election is about wages, pensions and dignity", True),
            ("Evelyn Matthei", "say", "they would back Kast in the runoff", False),
            ("Johannes Kaiser", "say", "they would back Kast in the runoff", False),
        ],
    ),
    (
        "own25-ho-12", "wire-diplomacy", "1996-08-27", "1996-08-27",
        "[[TURKEY|GPE|Turkey]] SAYS [[IRAN|GPE|Iran]] GAS DEAL DOES NOT BREACH [[U.S.|GPE|United States]] "
        "LAW.\n"
        "[[ANKARA|GPE|Ankara]] [[1996-08-27|D|1996-08-27]]\n\n"
        "[[Turkey|GPE]] said on [[Monday|D|1996-08-26]] that a [[$23 billion|money|23000000000|USD]] natural "
        "gas deal signed with [[Iran|GPE]] [[this month|D|1996-08]] did not violate a new [[U.S.|GPE|United "
        "States]] law aimed at punishing foreign firms which invest in [[Iran|GPE]] and [[Libya|GPE]].\n\n"
        "\"The agreement is a trade deal between [[two|count|2|neighbour]] neighbours. It is not an "
        "investment,\" [[Foreign Ministry|ORG|Ministry of Foreign Affairs (Turkey)]] spokesman [[Omer Akbel|PERSON|Ömer Akbel]] told reporters.\n\n"
        "Prime Minister [[Necmettin Erbakan|PERSON]], whose [[Islamist|NORP]] [[Welfare Party|ORG]] leads a "
        "coalition with [[Tansu Ciller|PERSON|Tansu Çiller]]'s [[True Path Party|ORG]], signed the deal "
        "during a visit to [[Tehran|GPE]] on [[August 11|D|1996-08-11]].\n\n"
        "Under the [[22-year|D|P22Y]] accord, [[Iran|GPE]] will supply [[190 billion cubic "
        "metres|quantity|190000000000|m3]] of gas to [[Turkey|GPE]] from [[1998|D|1998]].\n\n"
        "The [[Iran-Libya Sanctions Act|LAW|Iran and Libya Sanctions Act]], signed by President [[Bill "
        "Clinton|PERSON]] on [[August 5|D|1996-08-05]], threatens sanctions against foreign companies that "
        "invest [[more than $40 million|money|40000000|USD]] a year in the [[two|count|2|country]] "
        "countries' energy sectors.\n\n"
        "In [[Washington|GPE|Washington, D.C.]], [[State Department|ORG|United States Department of State]] "
        "spokesman [[Nicholas Burns|PERSON]] said on [[Friday|D|1996-08-23]] that the [[United States|GPE]] "
        "was studying the deal and had \"serious concerns\" about it. [[Burns|PERSON|Nicholas Burns]] added that "
        "no decision on sanctions had been taken.\n\n"
        "[[Erbakan|PERSON|Necmettin Erbakan]] told parliament [[last week|D|1996-W34]] that [[Turkey|GPE]] would not let "
        "[[Washington|GPE|Washington, D.C.]] choose its trading partners.\n\n"
        "[[Ciller|PERSON|Tansu Çiller]], who is foreign minister, will visit [[Bonn|GPE]] on "
        "[[Thursday|D|1996-08-29]] for talks with [[German|NORP]] Foreign Minister [[Klaus Kinkel|PERSON]], "
        "a ministry statement said.\n\n"
        "[[Turkish|NORP]] officials said gas demand was expected to double by [[2000|D|2000]].",
        [
            ("Turkey", "say", "a $23 billion natural gas deal signed with Iran this month did not violate a new "
             "U.S. law aimed at punishing foreign firms which invest in Iran and Libya", False),
            ("Ömer Akbel", "tell", "The agreement is a trade deal between two neighbours. It is not an "
             "investment", True),
            ("Nicholas Burns", "say", "the United States was studying the deal and had \"serious concerns\" "
             "about it", False),
            ("Nicholas Burns", "add", "no decision on sanctions had been taken", False),
            ("Necmettin Erbakan", "tell", "Turkey would not let Washington choose its trading partners", False),
        ],
    ),
    (
        "own25-ho-13", "wire-french-soccer", "1996-08-22", "1996-08-22",
        "SOCCER - [[FRENCH|NORP|French]] [[FIRST|ordinal|1]] DIVISION RESULTS.\n"
        "[[PARIS|GPE|Paris]] [[1996-08-22|D|1996-08-22]]\n\n"
        "Results of [[French|NORP]] [[first|ordinal|1]] division matches played on "
        "[[Wednesday|D|1996-08-21]]:\n\n"
        "[[Bastia|ORG|SC Bastia]] [[1|number|1]] [[Lens|ORG|RC Lens]] [[0|number|0]]\n"
        "[[Monaco|ORG|AS Monaco FC]] [[3|number|3]] [[Caen|ORG|Stade Malherbe Caen]] [[1|number|1]]\n"
        "[[Paris St Germain|ORG|Paris Saint-Germain FC]] [[2|number|2]] [[Nantes|ORG|FC Nantes]] "
        "[[2|number|2]]\n"
        "[[Auxerre|ORG|AJ Auxerre]] [[0|number|0]] [[Bordeaux|ORG|FC Girondins de Bordeaux]] [[0|number|0]]\n"
        "[[Marseille|ORG|Olympique de Marseille]] [[2|number|2]] [[Lyon|ORG|Olympique Lyonnais]] "
        "[[1|number|1]]\n"
        "[[Strasbourg|ORG|RC Strasbourg Alsace]] [[1|number|1]] [[Metz|ORG|FC Metz]] [[1|number|1]]\n"
        "[[Nice|ORG|OGC Nice]] [[0|number|0]] [[Guingamp|ORG|En Avant Guingamp]] [[2|number|2]]\n"
        "[[Cannes|ORG|AS Cannes]] [[1|number|1]] [[Rennes|ORG|Stade Rennais FC]] [[0|number|0]]\n"
        "[[Montpellier|ORG|Montpellier HSC]] [[2|number|2]] [[Le Havre|ORG|Le Havre AC]] [[1|number|1]]\n"
        "[[Lille|ORG|Lille OSC]] [[1|number|1]] [[Nancy|ORG|AS Nancy Lorraine]] [[1|number|1]]\n\n"
        "[[Brazilian|NORP]] striker [[Sonny Anderson|PERSON]] scored [[two|count|2|goal]] goals for "
        "[[Monaco|ORG|AS Monaco FC]], who lead the table after [[three|count|3|match]] matches. [[Monaco|ORG|AS Monaco FC]] coach "
        "[[Jean Tigana|PERSON]] said his side could play even better. Newly promoted "
        "[[Marseille|ORG|Olympique de Marseille]] came from behind to beat [[Lyon|ORG|Olympique Lyonnais]] "
        "in front of [[about 40,000|count|40000|spectator]] spectators. [[Bastia|ORG|SC Bastia]] coach "
        "[[Frédéric Antonetti|PERSON]] said the win over [[Lens|ORG|RC Lens]] was the reward for hard "
        "work in training.\n\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n"
        "[[Monaco|ORG|AS Monaco FC]] [[3|number|3]] [[3|number|3]] [[0|number|0]] [[0|number|0]] "
        "[[8|number|8]] [[2|number|2]] [[9|number|9]]\n"
        "[[Bastia|ORG|SC Bastia]] [[3|number|3]] [[2|number|2]] [[1|number|1]] [[0|number|0]] [[4|number|4]] "
        "[[1|number|1]] [[7|number|7]]\n"
        "[[Guingamp|ORG|En Avant Guingamp]] [[3|number|3]] [[2|number|2]] [[0|number|0]] [[1|number|1]] "
        "[[5|number|5]] [[3|number|3]] [[6|number|6]]\n"
        "[[Paris St Germain|ORG|Paris Saint-Germain FC]] [[3|number|3]] [[1|number|1]] [[2|number|2]] "
        "[[0|number|0]] [[6|number|6]] [[4|number|4]] [[5|number|5]]\n"
        "[[Marseille|ORG|Olympique de Marseille]] [[3|number|3]] [[1|number|1]] [[2|number|2]] [[0|number|0]] "
        "[[4|number|4]] [[3|number|3]] [[5|number|5]]\n"
        "[[Lens|ORG|RC Lens]] [[3|number|3]] [[1|number|1]] [[1|number|1]] [[1|number|1]] [[3|number|3]] "
        "[[3|number|3]] [[4|number|4]]",
        [
            ("Jean Tigana", "say", "his side could play even better", False),
            ("Frédéric Antonetti", "say", "the win over Lens was the reward for hard work in training", False),
        ],
    ),
    (
        "own25-ho-14", "wire-ice-hockey", "1996-08-27", "1996-08-27",
        "ICE HOCKEY - [[WORLD CUP OF HOCKEY|EVENT|1996 World Cup of Hockey]] RESULTS.\n"
        "[[STOCKHOLM|GPE|Stockholm]] [[1996-08-27|D|1996-08-27]]\n\n"
        "Results of [[World Cup of Hockey|EVENT|1996 World Cup of Hockey]] [[European|NORP]] pool games on "
        "[[Monday|D|1996-08-26]]:\n\n"
        "In [[Stockholm|GPE]]:\n"
        "[[Sweden|GPE]] [[6|number|6]] [[Germany|GPE]] [[1|number|1]]\n"
        "Scorers: [[Sweden|GPE]] - [[Mats Sundin|PERSON]] [[2|number|2]], [[Peter Forsberg|PERSON]], "
        "[[Nicklas Lidstrom|PERSON|Nicklas Lidström]], [[Daniel Alfredsson|PERSON]], [[Tomas "
        "Sandstrom|PERSON|Tomas Sandström]]; [[Germany|GPE]] - [[Jan Benda|PERSON]].\n"
        "Attendance: [[13,850|number|13850]]\n\n"
        "In [[Helsinki|GPE]]:\n"
        "[[Finland|GPE]] [[7|number|7]] [[Czech Republic|GPE]] [[3|number|3]]\n"
        "Scorers: [[Finland|GPE]] - [[Teemu Selanne|PERSON|Teemu Selänne]] [[2|number|2]], [[Saku "
        "Koivu|PERSON]] [[2|number|2]], [[Jari Kurri|PERSON]], [[Esa Tikkanen|PERSON]], [[Ville "
        "Peltonen|PERSON]]; [[Czech Republic|GPE]] - [[Jaromir Jagr|PERSON|Jaromír Jágr]] [[2|number|2]], "
        "[[Robert Reichel|PERSON]].\n"
        "Attendance: [[11,200|number|11200]]\n\n"
        "Leading scorers: [[Teemu Selanne|PERSON|Teemu Selänne]] ([[Finland|GPE]]) [[3|count|3|point]] "
        "points, [[Mats Sundin|PERSON]] ([[Sweden|GPE]]) [[2|count|2|point]], [[Saku Koivu|PERSON]] "
        "([[Finland|GPE]]) [[2|count|2|point]], [[Jaromir Jagr|PERSON|Jaromír Jágr]] ([[Czech "
        "Republic|GPE]]) [[2|count|2|point]].\n\n"
        "[[Finland|GPE]] coach [[Curt Lindstrom|PERSON|Curt Lindström]] said [[Kurri|PERSON|Jari Kurri]] "
        "had played his best game in [[two years|D|P2Y]]. [[Sweden|GPE]] goaltender [[Tommy Salo|PERSON]] made "
        "[[31|count|31|save]] saves, and [[Germany|GPE]] coach [[George Kingston|PERSON]] said his team had "
        "been beaten by a better side.\n\n"
        "Remaining [[European|NORP]] pool games: [[Wednesday|D|1996-08-28]] in [[Prague|GPE]]: [[Czech "
        "Republic|GPE]] v [[Germany|GPE]]; [[Thursday|D|1996-08-29]] in [[Garmisch-Partenkirchen|GPE]]: "
        "[[Germany|GPE]] v [[Finland|GPE]]. The [[North American|NORP]] pool opens in [[Philadelphia|GPE]] on "
        "[[Saturday|D|1996-08-31]], when [[Canada|GPE]] meet the [[United States|GPE]].",
        [
            ("Curt Lindström", "say", "Kurri had played his best game in two years", False),
            ("George Kingston", "say", "his team had been beaten by a better side", False),
        ],
    ),
]
