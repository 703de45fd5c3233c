"""Held-out set 24 (blind): marked texts of briefs 08-14 and their statements (see
``build_own24_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own24-ho-08", "company-results", "2025-11-06", "2025-11-06",
        "[[A.P. Moller - Maersk|ORG|Maersk]] Interim Report [[Q3 2025|D|2025-07/2025-09]]\n"
        "[[Copenhagen|GPE]], [[6 November 2025|D|2025-11-06]]\n\n"
        "[[A.P. Moller - Maersk|ORG|Maersk]] ([[Maersk|ORG]]) delivered a solid financial performance in [[the "
        "third quarter|D|2025-07/2025-09]] with revenue of [[USD 14.2bn|money|14200000000|USD]] ([[USD "
        "15.8bn|money|15800000000|USD]]), EBITDA of [[USD 2.7bn|money|2700000000|USD]] ([[USD "
        "4.8bn|money|4800000000|USD]]) and EBIT of [[USD 1.3bn|money|1300000000|USD]] ([[USD "
        "3.3bn|money|3300000000|USD]]). Comparable figures for [[Q3 2024|D|2024-07/2024-09]] in brackets.\n\n"
        "Loaded volumes in Ocean grew by [[8.1%|percent|8.1|%]], while average loaded freight rates fell by "
        "[[32%|percent|32|%]]. [[APM Terminals|ORG]] reported a record EBIT of [[USD "
        "458m|money|458000000|USD]]. Vessels continued to sail around the [[Cape of Good Hope|LOC]] rather than "
        "through the [[Red Sea|LOC]] and the [[Suez Canal|FAC]], and schedule reliability in the [[Gemini "
        "Cooperation|ORG]] with [[Hapag-Lloyd|ORG]] stayed at [[around 90%|percent|90|%]].\n\n"
        "“We delivered another solid quarter in a market where freight rates normalised,” said CEO [[Vincent "
        "Clerc|PERSON]]. “[[Gemini|ORG|Gemini Cooperation]] continues to set the benchmark for reliability, and "
        "our customers have noticed.”\n\n"
        "Guidance\n"
        "[[Maersk|ORG]] narrowed its guidance for [[2025|D|2025]] and now expects underlying EBITDA of [[USD "
        "8.0|money|8000000000|USD]]-[[9.0bn|money|9000000000|USD]] and underlying EBIT of [[USD "
        "2.0|money|2000000000|USD]]-[[3.0bn|money|3000000000|USD]]. The company also expects global container "
        "volume growth of [[around 4%|percent|4|%]] in [[2025|D|2025]].\n\n"
        "CFO [[Patrick Jany|PERSON]] told analysts that the company had bought back shares worth [[USD "
        "1.5bn|money|1500000000|USD]] in [[the first nine months of 2025|D|2025-01/2025-09]]. [[Maersk|ORG]] "
        "said it would begin a new share buy-back of [[up to DKK 4.0bn|money|4000000000|DKK]] on [[7 "
        "November|D|2025-11-07]], to run for [[12 months|D|P12M]].\n\n"
        "The [[fourth|ordinal|4]] quarter interim report will be published on [[5 February "
        "2026|D|2026-02-05]].",
        [
            ("Vincent Clerc", "say", "We delivered another solid quarter in a market where freight rates "
             "normalised",
             True),
            ("Vincent Clerc", "say", "Gemini continues to set the benchmark for reliability, and our customers "
             "have noticed.",
             True),
            ("Maersk", "expect", "underlying EBITDA of USD 8.0-9.0bn and underlying EBIT of USD 2.0-3.0bn", False),
            ("Maersk", "expect", "global container volume growth of around 4% in 2025", False),
            ("Patrick Jany", "tell", "the company had bought back shares worth USD 1.5bn in the first nine months "
             "of 2025",
             False),
            ("Maersk", "say", "it would begin a new share buy-back of up to DKK 4.0bn on 7 November, to run for "
             "12 months",
             False),
        ],
    ),
    (
        "own24-ho-09", "wikinews-science", "2025-10-01", "2025-10-01",
        "[[Swiss|NORP]] glaciers lose [[3%|percent|3|%]] of their volume in [[2025|D|2025]]\n"
        "[[Wednesday, October 1, 2025|D|2025-10-01]]\n\n"
        "[[Switzerland|GPE]]'s glaciers lost [[3%|percent|3|%]] of their remaining ice volume [[this "
        "year|D|2025]], the [[fourth|ordinal|4]]-largest loss on record, the [[Glacier Monitoring "
        "Switzerland|ORG]] ([[GLAMOS|ORG|Glacier Monitoring Switzerland]]) network reported on "
        "[[Tuesday|D|2025-09-30]].\n\n"
        "The [[Swiss Academy of Sciences|ORG]], which published the figures, said a winter with little snow had "
        "been followed by heatwaves in [[June|D|2025-06]] and [[August|D|2025-08]]. Since [[2000|D|2000]], the "
        "country's [[about 1,400|count|1400|glacier]] glaciers have lost [[24%|percent|24|%]] of their "
        "volume.\n\n"
        "[[Matthias Huss|PERSON]], head of [[GLAMOS|ORG|Glacier Monitoring Switzerland]] and a glaciologist at "
        "[[ETH Zurich|ORG]], told reporters: “We are watching the glaciers disappear within a single lifetime.” "
        "He said [[more than 1,000|count|1000|glacier]] small glaciers had already vanished.\n\n"
        "On [[May 28|D|2025-05-28]], a collapse of the [[Birch Glacier|LOC]] buried most of the village of "
        "[[Blatten|GPE]] in the canton of [[Valais|GPE]], where [[about 300|count|300|resident]] residents had "
        "been evacuated on [[May 19|D|2025-05-19]]. [[One|count|1|man]] man, a [[64-year-old|D|P64Y]] shepherd, "
        "was reported missing.\n\n"
        "The tongue of the [[Aletsch Glacier|LOC]], the largest in the [[Alps|LOC]], retreated by [[about 60 "
        "metres|quantity|60|m]], while the [[Rhône Glacier|LOC]] thinned by [[up to 2 metres|quantity|2|m]]. "
        "Measurements on the [[Claridenfirn|LOC]] have been made since [[1914|D|1914]], making the series "
        "[[more than a century|D|P100Y]] long.\n\n"
        "[[GLAMOS|ORG|Glacier Monitoring Switzerland]] expects most glaciers in the [[Alps|LOC]] to disappear by "
        "[[2100|D|2100]] unless greenhouse gas emissions are cut sharply. The [[United Nations|ORG]] has named "
        "[[2025|D|2025]] a year of glacier preservation.",
        [
            ("Glacier Monitoring Switzerland", "report", "Switzerland's glaciers lost 3% of their remaining ice "
             "volume this year, the fourth-largest loss on record",
             False),
            ("Swiss Academy of Sciences", "say", "a winter with little snow had been followed by heatwaves in "
             "June and August",
             False),
            ("Matthias Huss", "tell", "We are watching the glaciers disappear within a single lifetime.", True),
            ("Matthias Huss", "say", "more than 1,000 small glaciers had already vanished", False),
            ("Glacier Monitoring Switzerland", "expect", "most glaciers in the Alps to disappear by 2100 unless "
             "greenhouse gas emissions are cut sharply",
             False),
        ],
    ),
    (
        "own24-ho-10", "wikinews-economy", "2025-10-15", "2025-10-15",
        "[[Argentina|GPE]]'s monthly inflation rises to [[2.1%|percent|2.1|%]] ahead of midterm elections\n"
        "[[Wednesday, October 15, 2025|D|2025-10-15]]\n\n"
        "Consumer prices in [[Argentina|GPE]] rose [[2.1%|percent|2.1|%]] in [[September|D|2025-09]] from "
        "[[August|D|2025-08]], the national statistics agency [[INDEC|ORG|National Institute of Statistics and "
        "Census of Argentina]] reported on [[Tuesday|D|2025-10-14]]. Annual inflation slowed to "
        "[[31.8%|percent|31.8|%]], the lowest since [[2018|D|2018]].\n\n"
        "Annual inflation had peaked at [[nearly 300%|percent|300|%]] in [[April 2024|D|2024-04]], [[four "
        "months|D|P4M]] after President [[Javier Milei|PERSON]] took office. The peso lost [[more than "
        "10%|percent|10|%]] of its value against the [[U.S.|GPE|United States]] dollar in "
        "[[September|D|2025-09]], and the [[Central Bank of Argentina|ORG]] sold [[about US$1.1 "
        "billion|money|1100000000|USD]] of reserves to keep it inside its trading band.\n\n"
        "On [[October 9|D|2025-10-09]], [[U.S.|GPE|United States]] Treasury Secretary [[Scott Bessent|PERSON]] "
        "announced a [[$20 billion|money|20000000000|USD]] currency swap line with the [[Argentine|NORP]] "
        "central bank and said the [[United States|GPE]] had bought pesos directly on the market.\n\n"
        "Economy Minister [[Luis Caputo|PERSON]] said in a radio interview that monthly inflation would fall "
        "below [[2%|percent|2|%]] after the elections. \"The worst is behind us,\" he said.\n\n"
        "[[Milei|PERSON|Javier Milei]]'s party, [[La Libertad Avanza|ORG]], faces midterm legislative elections "
        "on [[October 26|D|2025-10-26]], when half of the lower house and a third of the [[Senate|ORG|Argentine Senate]] will be "
        "renewed. It lost elections in [[Buenos Aires Province|GPE]] on [[September 7|D|2025-09-07]], where the "
        "[[Peronist|NORP]] alliance [[Fuerza Patria|ORG]] won [[47%|percent|47|%]] of the vote against "
        "[[34%|percent|34|%]] for [[La Libertad Avanza|ORG]].\n\n"
        "Economists surveyed by the central bank expect annual inflation of [[about 28%|percent|28|%]] in "
        "[[2025|D|2025]].",
        [
            ("National Institute of Statistics and Census of Argentina", "report", "Consumer prices in Argentina "
             "rose 2.1% in September from August",
             False),
            ("Scott Bessent", "announce", "a $20 billion currency swap line with the Argentine central bank",
             False),
            ("Scott Bessent", "say", "the United States had bought pesos directly on the market", False),
            ("Luis Caputo", "say", "monthly inflation would fall below 2% after the elections", False),
            ("Luis Caputo", "say", "The worst is behind us", True),
        ],
    ),
    (
        "own24-ho-11", "wikinews-elections", "2025-09-09", "2025-09-09",
        "[[Norway|GPE]]'s [[Labour Party|ORG|Labour Party (Norway)]] wins re-election as [[Støre|PERSON|Jonas "
        "Gahr Støre]] keeps power\n"
        "[[Tuesday, September 9, 2025|D|2025-09-09]]\n\n"
        "[[Norway|GPE]]'s governing [[Labour Party|ORG|Labour Party (Norway)]] won [[Monday|D|2025-09-08]]'s "
        "parliamentary election with [[28.0%|percent|28.0|%]] of the vote and [[53|count|53|seat]] seats, "
        "according to preliminary results from the [[Norwegian Directorate of Elections|ORG]].\n\n"
        "The populist [[Progress Party|ORG|Progress Party (Norway)]] led by [[Sylvi Listhaug|PERSON]] came "
        "[[second|ordinal|2]] with [[23.8%|percent|23.8|%]], its best result ever, while the [[Conservative "
        "Party|ORG|Conservative Party (Norway)]] of former Prime Minister [[Erna Solberg|PERSON]] fell to "
        "[[14.6%|percent|14.6|%]].\n\n"
        "The centre-left bloc, which also includes the [[Socialist Left Party|ORG|Socialist Left Party "
        "(Norway)]], the [[Centre Party|ORG|Centre Party (Norway)]], the [[Red Party|ORG|Red Party (Norway)]] "
        "and the [[Green Party|ORG|Green Party (Norway)]], won [[88|count|88|seat]] seats in the "
        "[[Storting|ORG]], which has [[169|count|169|seat]] seats; [[85|count|85|seat]] are needed for a "
        "majority.\n\n"
        "“We have done it. Now we must deliver for everyone who gave us their trust,” Prime Minister [[Jonas "
        "Gahr Støre|PERSON]] told supporters in [[Oslo|GPE]]. He said his government would keep the state "
        "budget tight and strengthen the armed forces.\n\n"
        "[[Listhaug|PERSON|Sylvi Listhaug]] said her party had doubled its support since [[2021|D|2021]] and "
        "promised to hold the new government to account.\n\n"
        "[[Støre|PERSON|Jonas Gahr Støre]] has led a minority [[Labour|ORG|Labour Party (Norway)]] government "
        "since [[January|D|2025-01]], when the [[Centre Party|ORG|Centre Party (Norway)]] left the coalition in "
        "a dispute over [[European Union|ORG]] energy rules. Former [[NATO|ORG]] Secretary General [[Jens "
        "Stoltenberg|PERSON]], who became finance minister in [[February|D|2025-02]], was re-elected in "
        "[[Oslo|GPE]].\n\n"
        "Turnout was [[79.2%|percent|79.2|%]], up from [[77.2%|percent|77.2|%]] in [[2021|D|2021]]. "
        "The new [[Storting|ORG]] meets for the [[first|ordinal|1]] time on [[October 1|D|2025-10-01]].",
        [
            ("Norwegian Directorate of Elections", "according to", "Norway's governing Labour Party won Monday's "
             "parliamentary election with 28.0% of the vote and 53 seats",
             False),
            ("Jonas Gahr Støre", "tell", "We have done it. Now we must deliver for everyone who gave us their "
             "trust",
             True),
            ("Jonas Gahr Støre", "say", "his government would keep the state budget tight and strengthen the "
             "armed forces",
             False),
            ("Sylvi Listhaug", "say", "her party had doubled its support since 2021", False),
            ("Sylvi Listhaug", "promise", "hold the new government to account", False),
        ],
    ),
    (
        "own24-ho-12", "reuters-diplomacy", "1996-08-26", "1996-08-26",
        "[[ISRAEL|GPE|Israel]] AND [[PALESTINIANS|NORP|Palestinian]] TO RESUME [[HEBRON|GPE|Hebron]] TALKS - "
        "[[LEVY|PERSON|David Levy]].\n"
        "[[JERUSALEM|GPE|Jerusalem]] [[1996-08-26|D|1996-08-26]]\n\n"
        "[[Israel|GPE]] and the [[Palestinians|NORP|Palestinian]] will resume talks on an [[Israeli|NORP]] troop "
        "pullout from the [[West Bank|LOC]] town of [[Hebron|GPE]] [[this week|D|1996-W35]], Foreign Minister "
        "[[David Levy|PERSON]] said on [[Monday|D|1996-08-26]].\n\n"
        "\"The talks will begin in the coming days and we hope to reach results quickly,\" [[Levy|PERSON|David "
        "Levy]] told reporters after meeting [[U.S.|GPE|United States]] envoy [[Dennis Ross|PERSON]].\n\n"
        "[[Ross|PERSON|Dennis Ross]] arrived in [[Israel|GPE]] on [[Sunday|D|1996-08-25]] for a "
        "[[four-day|D|P4D]] visit aimed at reviving negotiations that have stalled since Prime Minister "
        "[[Benjamin Netanyahu|PERSON]] took office in [[June|D|1996-06]].\n\n"
        "[[Palestinian|NORP]] negotiator [[Saeb Erekat|PERSON]] said the [[Palestinian Authority|ORG]] wanted [[Israel|GPE]] to carry out the [[Hebron|GPE]] redeployment without further "
        "delay. [[Israel|GPE]] was due to withdraw from [[80 percent|percent|80|%]] of the town in "
        "[[March|D|1996-03]], but the government of [[Shimon Peres|PERSON]] postponed the pullout after a wave "
        "of suicide bombings.\n\n"
        "[[About 400|count|400|settler]] [[Jewish|NORP]] settlers live among [[some 100,000|count|100000|"
        "Palestinian]] [[Palestinians|NORP|Palestinian]] in [[Hebron|GPE]].\n\n"
        "[[Palestinian|NORP]] President [[Yasser Arafat|PERSON]] said on [[Sunday|D|1996-08-25]] that "
        "[[Israel|GPE]]'s demolition of a [[Palestinian|NORP]] community centre in [[Jerusalem|GPE]] amounted "
        "to a declaration of war. He called for a general strike in the [[West Bank|LOC]] and [[Gaza|GPE|Gaza "
        "Strip]] on [[Thursday|D|1996-08-29]].\n\n"
        "[[Netanyahu|PERSON|Benjamin Netanyahu]] has so far refused to meet [[Arafat|PERSON|Yasser Arafat]]. An "
        "aide said the prime minister would decide on a meeting after the [[Hebron|GPE]] talks. [[Egyptian|NORP]] "
        "President [[Hosni Mubarak|PERSON]] will visit [[Washington|GPE|Washington, D.C.]] [[next month|D|1996-09]].",
        [
            ("David Levy", "say", "Israel and the Palestinians will resume talks on an Israeli troop pullout from "
             "the West Bank town of Hebron this week",
             False),
            ("David Levy", "tell", "The talks will begin in the coming days and we hope to reach results quickly",
             True),
            ("Saeb Erekat", "say", "the Palestinian Authority wanted Israel to carry out the Hebron redeployment "
             "without further delay",
             False),
            ("Yasser Arafat", "say", "Israel's demolition of a Palestinian community centre in Jerusalem amounted "
             "to a declaration of war",
             False),
            ("Yasser Arafat", "call for", "a general strike in the West Bank and Gaza on Thursday", False),
        ],
    ),
    (
        "own24-ho-13", "reuters-soccer-dutch", "1996-08-25", "1996-08-25",
        "SOCCER - [[DUTCH|NORP|Dutch]] [[FIRST|ordinal|1]] DIVISION RESULTS / STANDINGS.\n"
        "[[AMSTERDAM|GPE|Amsterdam]] [[1996-08-25|D|1996-08-25]]\n\n"
        "Results of [[Dutch|NORP]] [[first|ordinal|1]] division soccer matches played on "
        "[[Saturday|D|1996-08-24]] and [[Sunday|D|1996-08-25]]:\n\n"
        "[[Saturday|D|1996-08-24]]\n"
        "[[Vitesse Arnhem|ORG|SBV Vitesse]] [[2|number|2]] [[Ajax Amsterdam|ORG|AFC Ajax]] [[1|number|1]]\n"
        "[[NAC Breda|ORG]] [[0|number|0]] [[PSV Eindhoven|ORG]] [[3|number|3]]\n"
        "[[Sparta Rotterdam|ORG]] [[1|number|1]] [[Twente Enschede|ORG|FC Twente]] [[1|number|1]]\n"
        "[[Fortuna Sittard|ORG]] [[2|number|2]] [[Volendam|ORG|FC Volendam]] [[0|number|0]]\n\n"
        "[[Sunday|D|1996-08-25]]\n"
        "[[Feyenoord Rotterdam|ORG|Feyenoord]] [[3|number|3]] [[NEC Nijmegen|ORG]] [[0|number|0]]\n"
        "[[Heerenveen|ORG|SC Heerenveen]] [[1|number|1]] [[Roda JC Kerkrade|ORG]] [[2|number|2]]\n"
        "[[Willem II Tilburg|ORG|Willem II (football club)]] [[0|number|0]] [[Utrecht|ORG|FC Utrecht]] "
        "[[0|number|0]]\n"
        "[[AZ Alkmaar|ORG]] [[2|number|2]] [[Groningen|ORG|FC Groningen]] [[2|number|2]]\n"
        "[[Graafschap Doetinchem|ORG|De Graafschap]] [[1|number|1]] [[RKC Waalwijk|ORG]] [[0|number|0]]\n\n"
        "Leading standings (tabulate under played, won, drawn, lost, goals for, goals against, points):\n"
        "[[PSV Eindhoven|ORG]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] [[7|number|7]] "
        "[[1|number|1]] [[6|number|6]]\n"
        "[[Feyenoord Rotterdam|ORG|Feyenoord]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] "
        "[[5|number|5]] [[0|number|0]] [[6|number|6]]\n"
        "[[Vitesse Arnhem|ORG|SBV Vitesse]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] "
        "[[4|number|4]] [[1|number|1]] [[6|number|6]]\n"
        "[[Roda JC Kerkrade|ORG]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] [[3|number|3]] "
        "[[2|number|2]] [[4|number|4]]\n"
        "[[Fortuna Sittard|ORG]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] [[3|number|3]] "
        "[[1|number|1]] [[4|number|4]]\n\n"
        "Leading scorers: [[3|number|3]] - [[Luc Nilis|PERSON]] ([[Belgium|GPE]]) [[PSV Eindhoven|ORG]]; "
        "[[2|number|2]] - [[Nikos Machlas|PERSON]] ([[Greece|GPE]]) [[Vitesse Arnhem|ORG|SBV Vitesse]], [[Jari "
        "Litmanen|PERSON]] ([[Finland|GPE]]) [[Ajax Amsterdam|ORG|AFC Ajax]], [[Gaston Taument|PERSON]] "
        "([[Netherlands|GPE]]) [[Feyenoord Rotterdam|ORG|Feyenoord]].",
        [],
    ),
    (
        "own24-ho-14", "reuters-motor-racing", "1996-08-25", "1996-08-25",
        "MOTOR RACING - [[BELGIAN GRAND PRIX|EVENT|1996 Belgian Grand Prix]] RESULT.\n"
        "[[SPA|GPE|Spa, Belgium]], [[Belgium|GPE]] [[1996-08-25|D|1996-08-25]]\n\n"
        "Leading placings in the [[Belgian Grand Prix|EVENT|1996 Belgian Grand Prix]] motor race on "
        "[[Sunday|D|1996-08-25]]:\n"
        "[[1|ordinal|1]]. [[Michael Schumacher|PERSON]] ([[Germany|GPE]]) [[Ferrari|ORG|Scuderia Ferrari]] 1 "
        "hour 28 minutes 15.125 seconds (average speed [[208.442 kph|quantity|208.442|km/h]])\n"
        "[[2|ordinal|2]]. [[Jacques Villeneuve|PERSON]] ([[Canada|GPE]]) [[Williams|ORG|Williams Racing]] 5.602 "
        "seconds behind\n"
        "[[3|ordinal|3]]. [[Mika Hakkinen|PERSON|Mika Häkkinen]] ([[Finland|GPE]]) [[McLaren|ORG]] 15.710\n"
        "[[4|ordinal|4]]. [[Jean Alesi|PERSON]] ([[France|GPE]]) [[Benetton|ORG|Benetton Formula]] 19.125\n"
        "[[5|ordinal|5]]. [[Damon Hill|PERSON]] ([[Britain|GPE|United Kingdom]]) [[Williams|ORG|Williams "
        "Racing]] 29.179\n"
        "[[6|ordinal|6]]. [[Gerhard Berger|PERSON]] ([[Austria|GPE]]) [[Benetton|ORG|Benetton Formula]] "
        "29.896\n\n"
        "World championship standings (after [[13|count|13|race]] races): [[1|ordinal|1]]. [[Hill|PERSON|Damon "
        "Hill]] [[81|count|81|point]] points [[2|ordinal|2]]. [[Villeneuve|PERSON|Jacques Villeneuve]] "
        "[[68|count|68|point]] [[3|ordinal|3]]. [[Schumacher|PERSON|Michael Schumacher]] [[39|count|39|point]] "
        "[[4|ordinal|4]]. [[Alesi|PERSON|Jean Alesi]] [[38|count|38|point]]\n\n"
        "[[Schumacher|PERSON|Michael Schumacher]], who started [[third|ordinal|3]] on the grid, won at "
        "[[Spa|FAC|Circuit de Spa-Francorchamps]] for the [[third|ordinal|3]] time and gave [[Ferrari|ORG|"
        "Scuderia Ferrari]] its [[second|ordinal|2]] victory of the season.\n\n"
        "\"It was a perfect race for us. The safety car came at the right moment,\" [[Schumacher|PERSON|Michael "
        "Schumacher]] told reporters.\n\n"
        "[[Villeneuve|PERSON|Jacques Villeneuve]], who started from pole position, said his team had made the "
        "wrong decision to keep him out on the track when the safety car was deployed.\n\n"
        "[[Hill|PERSON|Damon Hill]] leads [[Villeneuve|PERSON|Jacques Villeneuve]] by [[13|count|13|point]] "
        "points with [[three|count|3|race]] races left, in [[Italy|GPE]], [[Portugal|GPE]] and "
        "[[Japan|GPE]]. The [[Italian Grand Prix|EVENT|1996 Italian Grand Prix]] is on [[September "
        "8|D|1996-09-08]].",
        [
            ("Michael Schumacher", "tell", "It was a perfect race for us. The safety car came at the right moment",
             True),
            ("Jacques Villeneuve", "say", "his team had made the wrong decision to keep him out on the track when "
             "the safety car was deployed",
             False),
        ],
    ),
]
