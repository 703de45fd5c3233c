"""Held-out set 26 (blind): marked texts of briefs 08-14 and their statements (see
``build_own26_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own26-ho-08", "airline-results", "2025-05-15", "2025-05-15",
        "[[SIA|ORG|Singapore Airlines]] Group Posts Record Net Profit Of [[$2.78 Billion|money|2780000000|SGD]] "
        "For [[FY2024/25|D|2024-04/2025-03]]\n\n"
        "[[Singapore|GPE]], [[15 May 2025|D|2025-05-15]] – The [[Singapore Airlines|ORG]] ([[SIA|ORG|Singapore "
        "Airlines]]) Group reported a record net profit of [[$2,778 million|money|2778000000|SGD]] for [[the "
        "financial year ended 31 March 2025|D|2024-04/2025-03]], up [[$103 million|money|103000000|SGD]]. "
        "The result includes a one-off, non-cash accounting gain of [[$1,098 "
        "million|money|1098000000|SGD]] from the merger of [[Vistara|ORG]] and [[Air India|ORG]], completed in "
        "[[November 2024|D|2024-11]].\n\n"
        "Revenue rose [[3.9%|percent|3.9|%]] to a record [[$19,541 million|money|19541000000|SGD]], but "
        "operating profit fell [[37.3%|percent|37.3|%]] to [[$1,710 million|money|1710000000|SGD]] as "
        "competition pushed down yields. [[SIA|ORG|Singapore Airlines]] and its low-cost unit [[Scoot|ORG]] "
        "carried a record [[39.4 million|count|39400000|passenger]] passengers, [[8.1%|percent|8.1|%]] more than "
        "in [[the previous year|D|2023-04/2024-03]], and the passenger load factor reached "
        "[[87.8%|percent|87.8|%]].\n\n"
        "The Board has recommended a final dividend of [[28 cents|money|0.28|SGD]] per share, bringing the "
        "total dividend to [[38 cents|money|0.38|SGD]].\n\n"
        "Chief Executive Officer [[Goh Choon Phong|PERSON]] said: “This record performance reflects the "
        "dedication of our people. But yields are coming down as foreign airlines add capacity, and costs "
        "remain high.” He added that [[SIA|ORG|Singapore Airlines]] would keep investing in "
        "new cabins and digital services.\n\n"
        "[[SIA|ORG|Singapore Airlines]] now holds a [[25.1%|percent|25.1|%]] stake in [[Air India|ORG]], "
        "whose majority owner is the [[Tata Group|ORG]]. Chief Financial Officer [[Vanessa Ng|PERSON]] said the "
        "airline expected to book its share of [[Air India|ORG]]'s losses for several years.\n\n"
        "The [[SIA|ORG|Singapore Airlines]] Group expects the operating environment to become more "
        "challenging, amid trade tensions and an uncertain global economy. It plans to take delivery of "
        "[[17|count|17|aircraft]] new aircraft in [[the current financial year|D|2025-04/2026-03]].",
        [
            ("Goh Choon Phong", "say", "This record performance reflects the dedication of our people. But "
             "yields are coming down as foreign airlines add capacity, and costs remain high.",
             True),
            ("Goh Choon Phong", "add", "SIA would keep investing in new cabins and digital services", False),
            ("Vanessa Ng", "say", "the airline expected to book its share of Air India's losses for several "
             "years",
             False),
            ("Singapore Airlines", "expect", "the operating environment to become more challenging, amid trade "
             "tensions and an uncertain global economy",
             False),
            ("Singapore Airlines", "plan", "take delivery of 17 new aircraft in the current financial year",
             False),
        ],
    ),
    (
        "own26-ho-09", "wikinews-space", "2024-12-28", "2024-12-28",
        "[[NASA|ORG]]'s [[Parker Solar Probe|PRODUCT]] survives record-breaking pass of the [[Sun|LOC]]\n"
        "[[Saturday, December 28, 2024|D|2024-12-28]]\n\n"
        "[[NASA|ORG]] confirmed on [[Friday|D|2024-12-27]] that its [[Parker Solar Probe|PRODUCT]] had survived "
        "the closest approach to the [[Sun|LOC]] ever made by a human-made object. On [[December "
        "24|D|2024-12-24]] the spacecraft passed [[3.8 million miles|quantity|3800000|mi]] ([[6.1 million "
        "kilometres|quantity|6100000|km]]) from the solar surface, travelling at [[about 430,000 miles per "
        "hour|quantity|430000|mph]].\n\n"
        "The probe was out of contact with [[Earth|LOC]] during the flyby. The mission operations team at the [[Johns "
        "Hopkins Applied Physics Laboratory|ORG|Applied Physics Laboratory]] in [[Laurel|GPE|Laurel, "
        "Maryland]], [[Maryland|GPE]], received a beacon tone from it just before midnight on [[Thursday|D|"
        "2024-12-26]], indicating that it was in good health. The laboratory said "
        "all of the probe's instruments were operating normally.\n\n"
        "“Flying this close to the [[Sun|LOC]] is a historic moment in humanity's [[first|ordinal|1]] mission to a star,” said "
        "[[Nicky Fox|PERSON]], who leads the [[Science Mission Directorate|ORG]] at [[NASA|ORG]] headquarters "
        "in [[Washington|GPE|Washington, D.C.]].\n\n"
        "Project scientist [[Nour Raouafi|PERSON]] said the probe would send detailed science data back to "
        "[[Earth|LOC]] once it was in a better position, in [[late January|D|2025-01]].\n\n"
        "Launched in [[August 2018|D|2018-08]], the probe used [[seven|count|7|flyby]] flybys of "
        "[[Venus|LOC]] to bring its orbit closer to the [[Sun|LOC]]. Its heat shield is [[4.5 "
        "inches|quantity|4.5|in]] thick. It will make [[two|count|2|pass]] more passes at the same distance, on "
        "[[March 22|D|2025-03-22]] and [[June 19, 2025|D|2025-06-19]]. The mission is expected to last "
        "[[at least seven years|D|P7Y]] in all.\n\n"
        "The [[European Space Agency|ORG]]'s [[Solar Orbiter|PRODUCT]], launched in [[2020|D|2020]], studies "
        "the [[Sun|LOC]] from further away and has sent back the [[first|ordinal|1]] images of its poles.",
        [
            ("NASA", "confirm", "its Parker Solar Probe had survived the closest approach to the Sun ever made "
             "by a human-made object",
             False),
            ("Applied Physics Laboratory", "say", "all of the probe's instruments were operating normally", False),
            ("Nicky Fox", "say", "Flying this close to the Sun is a historic moment in humanity's first mission "
             "to a star",
             True),
            ("Nour Raouafi", "say", "the probe would send detailed science data back to Earth once it was in a "
             "better position, in late January",
             False),
        ],
    ),
    (
        "own26-ho-10", "wikinews-tariffs", "2024-08-27", "2024-08-27",
        "[[Canada|GPE]] to impose [[100%|percent|100|%]] tariff on [[Chinese|NORP]] electric vehicles\n"
        "[[Tuesday, August 27, 2024|D|2024-08-27]]\n\n"
        "[[Canadian|NORP]] Prime Minister [[Justin Trudeau|PERSON]] announced [[yesterday|D|2024-08-26]] that "
        "[[Canada|GPE]] will impose a [[100%|percent|100|%]] surtax on electric vehicles made in [[China|GPE]] "
        "from [[October 1|D|2024-10-01]], and a [[25%|percent|25|%]] surtax on [[Chinese|NORP]] steel and "
        "aluminium from [[October 15|D|2024-10-15]].\n\n"
        "Speaking at a cabinet retreat in [[Halifax|GPE|Halifax, Nova Scotia]], [[Nova Scotia|GPE]], "
        "[[Trudeau|PERSON|Justin Trudeau]] said: “Actors like [[China|GPE]] have chosen to give themselves an "
        "unfair advantage in the global marketplace.”\n\n"
        "The move follows the [[United States|GPE]], which in [[May|D|2024-05]] raised its tariff on "
        "[[Chinese|NORP]] electric vehicles to [[100%|percent|100|%]]. The [[European Union|ORG]] has imposed "
        "provisional duties of [[up to 37.6%|percent|37.6|%]] on such vehicles since [[July|D|2024-07]].\n\n"
        "Deputy Prime Minister and Finance Minister [[Chrystia Freeland|PERSON]] said the government would "
        "open a [[30-day|D|P30D]] consultation on possible tariffs on [[Chinese|NORP]] batteries, "
        "semiconductors, solar products and critical minerals.\n\n"
        "According to [[Statistics Canada|ORG]], [[Canada|GPE]] imported [[C$2.2 billion|money|2200000000|CAD]] "
        "worth of electric vehicles from [[China|GPE]] in [[2023|D|2023]], up from [[less than C$100 "
        "million|money|100000000|CAD]] in [[2022|D|2022]], most of them built at [[Tesla|ORG|Tesla, Inc.]]'s "
        "factory in [[Shanghai|GPE]].\n\n"
        "[[China|GPE]]'s [[Ministry of Commerce|ORG|Ministry of Commerce (China)]] said it firmly opposed the "
        "measures and would take all necessary steps to protect the rights of [[Chinese|NORP]] companies. It "
        "launched an anti-dumping investigation into [[Canadian|NORP]] canola [[two weeks|D|P2W]] later.\n\n"
        "The [[Canadian Vehicle Manufacturers' Association|ORG]] said the decision would protect jobs in "
        "[[Ontario|GPE]], while some economists warned of higher prices for consumers.",
        [
            ("Justin Trudeau", "announce", "Canada will impose a 100% surtax on electric vehicles made in China "
             "from October 1, and a 25% surtax on Chinese steel and aluminium from October 15",
             False),
            ("Justin Trudeau", "say", "Actors like China have chosen to give themselves an unfair advantage in "
             "the global marketplace.",
             True),
            ("Chrystia Freeland", "say", "the government would open a 30-day consultation on possible tariffs "
             "on Chinese batteries, semiconductors, solar products and critical minerals",
             False),
            ("Statistics Canada", "according to", "Canada imported C$2.2 billion worth of electric vehicles from "
             "China in 2023, up from less than C$100 million in 2022, most of them built at Tesla's factory in "
             "Shanghai",
             False),
            ("Ministry of Commerce (China)", "say", "it firmly opposed the measures and would take all necessary "
             "steps to protect the rights of Chinese companies",
             False),
            ("Canadian Vehicle Manufacturers' Association", "say", "the decision would protect jobs in Ontario",
             False),
        ],
    ),
    (
        "own26-ho-11", "wikinews-state-election", "2024-09-23", "2024-09-23",
        "[[Social Democrats|ORG|Social Democratic Party of Germany]] narrowly beat far right in "
        "[[Brandenburg|GPE]] state election\n"
        "[[Monday, September 23, 2024|D|2024-09-23]]\n\n"
        "The [[Social Democratic Party|ORG|Social Democratic Party of Germany]] ([[SPD|ORG|Social Democratic "
        "Party of Germany]]) of Minister-President [[Dietmar Woidke|PERSON]] won [[yesterday|D|2024-09-22]]'s "
        "state election in [[Brandenburg|GPE]] with [[30.9%|percent|30.9|%]] of the vote, ahead of the "
        "far-right [[Alternative for Germany|ORG]] ([[AfD|ORG|Alternative for Germany]]) on "
        "[[29.2%|percent|29.2|%]], according to the preliminary official result.\n\n"
        "The [[Sahra Wagenknecht Alliance|ORG]] ([[BSW|ORG|Sahra Wagenknecht Alliance]]), founded in "
        "[[January|D|2024-01]], took [[13.5%|percent|13.5|%]] in its [[first|ordinal|1]] election in the state. "
        "The [[Christian Democratic Union|ORG|Christian Democratic Union of Germany]] fell to "
        "[[12.1%|percent|12.1|%]], and the [[Greens|ORG|Alliance 90/The Greens]], with "
        "[[4.1%|percent|4.1|%]], lost their seats. Turnout was [[72.9%|percent|72.9|%]], up from "
        "[[61.3%|percent|61.3|%]] in [[2019|D|2019]].\n\n"
        "The [[SPD|ORG|Social Democratic Party of Germany]] wins [[32|count|32|seat]] of the "
        "[[88|count|88|seat]] seats in the [[Landtag|ORG|Landtag of Brandenburg]], the [[AfD|ORG|Alternative for "
        "Germany]] [[30|count|30|seat]], the [[BSW|ORG|Sahra Wagenknecht Alliance]] [[14|count|14|seat]] and the "
        "[[CDU|ORG|Christian Democratic Union of Germany]] [[12|count|12|seat]].\n\n"
        "[[Woidke|PERSON|Dietmar Woidke]], who has led the state since [[2013|D|2013]], had vowed to step down if "
        "the [[AfD|ORG|Alternative for Germany]] came [[first|ordinal|1]]. “We have stopped the extremists from winning,” he "
        "told supporters in [[Potsdam|GPE]]. He said he would hold talks with the [[BSW|ORG|Sahra Wagenknecht "
        "Alliance]] and the [[CDU|ORG|Christian Democratic Union of Germany]] on forming a government.\n\n"
        "[[AfD|ORG|Alternative for Germany]] co-leader [[Tino Chrupalla|PERSON]] said his party was the "
        "“winner of the evening” and would be the strongest force in [[Germany|GPE]] by [[2029|D|2029]].\n\n"
        "[[BSW|ORG|Sahra Wagenknecht Alliance]] state leader [[Robert Crumbach|PERSON]] said his party was open "
        "to talks with the [[SPD|ORG|Social Democratic Party of Germany]].\n\n"
        "The vote followed elections in [[Thuringia|GPE]] and [[Saxony|GPE]] on [[1 September|D|2024-09-01]]. "
        "Chancellor [[Olaf Scholz|PERSON]], whose constituency is in [[Potsdam|GPE]], said the result "
        "was a great success for his party.",
        [
            ("Dietmar Woidke", "vow", "step down if the AfD came first", False),
            ("Dietmar Woidke", "tell", "We have stopped the extremists from winning", True),
            ("Dietmar Woidke", "say", "he would hold talks with the BSW and the CDU on forming a government", False),
            ("Tino Chrupalla", "say", "his party was the “winner of the evening” and would be the strongest "
             "force in Germany by 2029",
             False),
            ("Robert Crumbach", "say", "his party was open to talks with the SPD", False),
            ("Olaf Scholz", "say", "the result was a great success for his party", False),
        ],
    ),
    (
        "own26-ho-12", "reuters-opec-1996", "1996-08-27", "1996-08-27",
        "[[OPEC|ORG]] seen keeping output ceiling at [[November|D|1996-11]] meeting.\n"
        "[[VIENNA|GPE|Vienna]] [[1996-08-27|D|1996-08-27]]\n\n"
        "[[OPEC|ORG]] oil ministers are likely to leave the group's production ceiling of [[25.03 million "
        "barrels|quantity|25030000|bbl]] a day unchanged when they meet in [[Vienna|GPE]] on [[November "
        "27|D|1996-11-27]], [[OPEC|ORG]] Secretary-General [[Rilwanu Lukman|PERSON]] said on [[Tuesday|D|"
        "1996-08-27]].\n\n"
        "[[Lukman|PERSON|Rilwanu Lukman]] told [[Reuters|ORG]] that prices had been supported by strong demand "
        "and low stocks, and that the return of [[Iraqi|NORP]] oil under the [[United Nations|ORG]] "
        "oil-for-food deal had already been taken into account.\n\n"
        "Benchmark [[North Sea|LOC]] crude for [[October|D|1996-10]] delivery rose [[24 "
        "cents|money|0.24|USD]] to [[$21.35|money|21.35|USD]] a barrel in [[London|GPE]] trade on [[Monday|D|"
        "1996-08-26]], its highest level since [[April|D|1996-04]].\n\n"
        "The [[11|count|11|member]] members of the [[Organisation|ORG|OPEC]] produced an estimated [[25.85 million "
        "barrels|quantity|25850000|bbl]] a day in [[July|D|1996-07]], [[about 800,000 "
        "barrels|quantity|800000|bbl]] a day above the ceiling, industry sources said.\n\n"
        "[[Iran|GPE]]'s oil minister [[Gholamreza Aghazadeh|PERSON]] said in [[Tehran|GPE]] that [[Iran|GPE]] "
        "would seek a higher quota at the meeting. [[Venezuela|GPE]], which is producing well above its quota "
        "of [[2.36 million barrels|quantity|2360000|bbl]] a day, has said it will not cut output.\n\n"
        "Under the [[U.N.|ORG|United Nations]] deal, [[Iraq|GPE]] may sell [[$2 billion|money|2000000000|USD]] "
        "of oil every six months to buy food and medicine. Diplomats said the [[first|ordinal|1]] exports, [[about "
        "700,000 barrels|quantity|700000|bbl]] a day, could begin in [[September|D|1996-09]].\n\n"
        "The [[International Energy Agency|ORG]] in [[Paris|GPE]] said earlier [[this month|D|1996-08]] that world oil "
        "demand would rise by [[1.7 million barrels|quantity|1700000|bbl]] a day in [[1997|D|1997]]. "
        "[[Lukman|PERSON|Rilwanu Lukman]] added that [[OPEC|ORG]] would review the market again in "
        "[[March|D|1997-03]].",
        [
            ("Rilwanu Lukman", "say", "OPEC oil ministers are likely to leave the group's production ceiling of "
             "25.03 million barrels a day unchanged when they meet in Vienna on November 27",
             False),
            ("Rilwanu Lukman", "tell", "prices had been supported by strong demand and low stocks, and that the "
             "return of Iraqi oil under the United Nations oil-for-food deal had already been taken into account",
             False),
            ("Gholamreza Aghazadeh", "say", "Iran would seek a higher quota at the meeting", False),
            ("Venezuela", "say", "it will not cut output", False),
            ("International Energy Agency", "say", "world oil demand would rise by 1.7 million barrels a day in "
             "1997",
             False),
            ("Rilwanu Lukman", "add", "OPEC would review the market again in March", False),
        ],
    ),
    (
        "own26-ho-13", "reuters-serie-a-1996", "1996-09-15", "1996-09-15",
        "SOCCER - [[ITALIAN|NORP|Italian]] [[SERIE A|EVENT|Serie A]] RESULTS / STANDINGS.\n"
        "[[ROME|GPE|Rome]] [[1996-09-15|D|1996-09-15]]\n\n"
        "Results of [[Italian|NORP]] [[first|ordinal|1]] division soccer matches played [[today|D|1996-09-15]] "
        "(halftime scores not available):\n\n"
        "[[Bologna|ORG|Bologna FC 1909]] [[2|number|2]] [[Perugia|ORG|AC Perugia Calcio]] [[0|number|0]]\n"
        "[[Cagliari|ORG|Cagliari Calcio]] [[1|number|1]] [[Napoli|ORG|SSC Napoli]] [[1|number|1]]\n"
        "[[Fiorentina|ORG|ACF Fiorentina]] [[2|number|2]] ([[Batistuta|PERSON|Gabriel Batistuta]] 23, 67) "
        "[[Atalanta|ORG|Atalanta BC]] [[1|number|1]] ([[Inzaghi|PERSON|Filippo Inzaghi]] 52)\n"
        "[[Inter|ORG|Inter Milan]] [[1|number|1]] ([[Ganz|PERSON|Maurizio Ganz]] 55) [[Verona|ORG|Hellas Verona "
        "FC]] [[0|number|0]]\n"
        "[[Juventus|ORG|Juventus FC]] [[2|number|2]] ([[Vieri|PERSON|Christian Vieri]] 18, [[Del "
        "Piero|PERSON|Alessandro Del Piero]] 74) [[Reggiana|ORG|AC Reggiana 1919]] [[0|number|0]]\n"
        "[[Lazio|ORG|SS Lazio]] [[1|number|1]] ([[Signori|PERSON|Giuseppe Signori]] 40 penalty) "
        "[[Piacenza|ORG|Piacenza Calcio 1919]] [[1|number|1]] ([[Luiso|PERSON|Pasquale Luiso]] 61)\n"
        "[[Milan|ORG|AC Milan]] [[3|number|3]] ([[Weah|PERSON|George Weah]] 12, [[Baggio|PERSON|Roberto "
        "Baggio]] 50, [[Simone|PERSON|Marco Simone]] 81) [[Vicenza|ORG|L.R. Vicenza]] [[1|number|1]] "
        "([[Otero|PERSON|Marcelo Otero]] 30)\n"
        "[[Parma|ORG|Parma Calcio 1913]] [[0|number|0]] [[Udinese|ORG|Udinese Calcio]] [[0|number|0]]\n"
        "[[Roma|ORG|AS Roma]] [[1|number|1]] ([[Balbo|PERSON|Abel Balbo]] 63) [[Sampdoria|ORG|UC Sampdoria]] "
        "[[2|number|2]] ([[Mancini|PERSON|Roberto Mancini]] 30, [[Montella|PERSON|Vincenzo Montella]] 88)\n\n"
        "Attendance at the [[San Siro|FAC]] was [[62,000|count|62000|spectator]]. [[Juventus|ORG|Juventus FC]] "
        "coach [[Marcello Lippi|PERSON]] said [[Vieri|PERSON|Christian Vieri]] was now fully fit.\n\n"
        "Standings (tabulated under games played, won, drawn, lost, goals for, against, points):\n\n"
        "[[Juventus|ORG|Juventus FC]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] "
        "[[5|number|5]] [[1|number|1]] [[6|number|6]]\n"
        "[[Milan|ORG|AC Milan]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] [[5|number|5]] "
        "[[2|number|2]] [[6|number|6]]\n"
        "[[Fiorentina|ORG|ACF Fiorentina]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] "
        "[[3|number|3]] [[2|number|2]] [[4|number|4]]\n"
        "[[Sampdoria|ORG|UC Sampdoria]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] "
        "[[3|number|3]] [[2|number|2]] [[4|number|4]]\n\n"
        "[[Milan|ORG|AC Milan]] coach [[Oscar Tabarez|PERSON|Óscar Tabárez]] said his side had to improve in "
        "defence before the [[European Champions' Cup|EVENT|UEFA Champions League]] match in [[Porto|GPE]] on [[Wednesday|D|"
        "1996-09-18]].",
        [
            ("Marcello Lippi", "say", "Vieri was now fully fit", False),
            ("Óscar Tabárez", "say", "his side had to improve in defence before the European Champions' Cup "
             "match in Porto on Wednesday",
             False),
        ],
    ),
    (
        "own26-ho-14", "reuters-county-cricket-1996", "1996-08-30", "1996-08-30",
        "CRICKET - [[ENGLISH|NORP|English]] [[COUNTY CHAMPIONSHIP|EVENT|County Championship]] SCORES.\n"
        "[[LONDON|GPE|London]] [[1996-08-30|D|1996-08-30]]\n\n"
        "Close of play scores on the [[second|ordinal|2]] day of [[four-day|D|P4D]] [[English|NORP]] "
        "[[County Championship|EVENT]] cricket matches [[today|D|1996-08-30]]:\n\n"
        "At [[Colchester|GPE]]: [[Gloucestershire|ORG|Gloucestershire County Cricket Club]] "
        "[[280|number|280]] ([[J. Russell|PERSON|Jack Russell (cricketer)]] [[63|number|63]], [[M. "
        "Alleyne|PERSON|Mark Alleyne]] [[58|number|58]]; [[M. Ilott|PERSON|Mark Ilott]] [[4|number|4]]-"
        "[[63|number|63]]). [[Essex|ORG|Essex County Cricket Club]] [[231|number|231]]-[[4|number|4]] ([[S. "
        "Law|PERSON|Stuart Law]] [[102|number|102]] not out, [[N. Hussain|PERSON|Nasser Hussain]] "
        "[[57|number|57]]).\n\n"
        "At [[Old Trafford|FAC|Old Trafford Cricket Ground]]: [[Yorkshire|ORG|Yorkshire County Cricket Club]] "
        "[[356|number|356]] ([[M. Bevan|PERSON|Michael Bevan]] [[124|number|124]], [[C. White|PERSON|Craig White "
        "(cricketer)]] [[61|number|61]]; [[Wasim Akram|PERSON]] [[5|number|5]]-[[71|number|71]]). "
        "[[Lancashire|ORG|Lancashire County Cricket Club]] [[98|number|98]]-[[2|number|2]] ([[M. "
        "Atherton|PERSON|Michael Atherton]] [[41|number|41]] not out).\n\n"
        "At [[Leicester|GPE]]: [[Surrey|ORG|Surrey County Cricket Club]] [[194|number|194]] ([[G. "
        "Thorpe|PERSON|Graham Thorpe]] [[70|number|70]]; [[A. Mullally|PERSON|Alan Mullally]] "
        "[[4|number|4]]-[[40|number|40]]). [[Leicestershire|ORG|Leicestershire County Cricket Club]] "
        "[[305|number|305]]-[[6|number|6]] ([[P. Simmons|PERSON|Phil Simmons]] [[118|number|118]], [[V. "
        "Wells|PERSON|Vince Wells]] [[55|number|55]]).\n\n"
        "At [[Canterbury|GPE]]: [[Kent|ORG|Kent County Cricket Club]] [[412|number|412]]-[[7|number|7]] "
        "declared ([[C. Hooper|PERSON|Carl Hooper]] [[155|number|155]]). [[Derbyshire|ORG|Derbyshire County "
        "Cricket Club]] [[45|number|45]]-[[1|number|1]].\n\n"
        "At [[Hove|GPE]]: [[Worcestershire|ORG|Worcestershire County Cricket Club]] [[318|number|318]] ([[T. "
        "Moody|PERSON|Tom Moody]] [[109|number|109]], [[G. Hick|PERSON|Graeme Hick]] [[88|number|88]]; [[E. "
        "Giddins|PERSON|Ed Giddins]] [[4|number|4]]-[[79|number|79]]). [[Sussex|ORG|Sussex County Cricket Club]] "
        "[[120|number|120]]-[[3|number|3]] ([[A. Wells|PERSON|Alan Wells (cricketer)]] [[52|number|52]] not "
        "out). Rain delayed the start of play at [[Hove|GPE]] for two hours.\n\n"
        "[[Leicestershire|ORG|Leicestershire County Cricket Club]] lead the championship with "
        "[[232|count|232|point]] points from [[15|count|15|match]] matches, [[11|count|11|point]] points ahead "
        "of [[Derbyshire|ORG|Derbyshire County Cricket Club]]. [[Derbyshire|ORG|Derbyshire County Cricket "
        "Club]] captain [[Dean Jones|PERSON|Dean Jones (cricketer)]] said his side could still win the title "
        "if they beat [[Kent|ORG|Kent County Cricket Club]].",
        [
            ("Dean Jones (cricketer)", "say", "his side could still win the title if they beat Kent", False),
        ],
    ),
]
