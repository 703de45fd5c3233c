"""Held-out set 52 (blind): marked texts of briefs 08-14 and their statements (see
``build_own52_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own52-ho-08", "city-of-calgary-feeder-main", "2024-06-10", "2024-06-10",
        "[[City of Calgary|ORG]] – News release\n"
        "[[June 10, 2024|D|2024-06-10]]\n\n"
        "Water restrictions stay in place as feeder main repairs continue\n\n"
        "The [[City of Calgary|ORG]] said [[today|D|2024-06-10]] that repairs to the "
        "[[Bearspaw South Feeder Main|FAC]], which broke on [[June 5|D|2024-06-05]], could take "
        "[[three|D|P3W]] to [[five weeks|D|P5W]]. Stage 4 outdoor water restrictions remain in force across "
        "[[Calgary|GPE]] and in [[Airdrie|GPE|Airdrie, Alberta]], [[Strathmore|GPE|Strathmore, Alberta]] and "
        "[[Chestermere|GPE|Chestermere, Alberta]].\n\n"
        "The [[City|ORG|City of Calgary]] estimates that the repair will cost [[about $5 million|money|5000000|CAD]].\n\n"
        "[[Alberta|GPE]] Premier [[Danielle Smith|PERSON]] urged [[Calgarians|NORP|Calgarian]] to take shorter "
        "showers and to put off laundry.\n\n"
        "Fire Chief [[Steve Dongworth|PERSON]] warned that water pressure in some north-west communities could "
        "drop if use kept rising.\n\n"
        "Transcript excerpt, media briefing:\n\n"
        "[[GONDEK|PERSON|Jyoti Gondek]]: [[Yesterday|D|2024-06-09]] we used "
        "[[515 million litres|quantity|515000000|l]] of water. Our safe limit is "
        "[[480 million litres|quantity|480000000|l]]. Please keep cutting back.\n\n"
        "[[THOMPSON|PERSON|Michael Thompson]]: Crews found [[five|count|5|hot spot]] more hot spots on the pipe "
        "on [[Saturday|D|2024-06-08]]. Each one needs a new section of pipe [[about 12 metres|quantity|12|m]] "
        "long, and the pipe is [[two metres|quantity|2|m]] wide.\n\n"
        "[[HENRY|PERSON|Sue Henry]]: The [[Calgary Emergency Management Agency|ORG]] has handed out "
        "[[more than 20,000|count|20000|bottle]] bottles of water to [[11|count|11|home]] seniors’ homes.\n\n"
        "[[GONDEK|PERSON|Jyoti Gondek]]: We will give our next update [[tomorrow|D|2024-06-11]] at 11 a.m.",
        [
            ("City of Calgary", "say", "repairs to the Bearspaw South Feeder Main, which broke on June 5, could take "
             "three to five weeks", False),
            ("City of Calgary", "estimate", "the repair will cost about $5 million", False),
            ("Danielle Smith", "urge", "Calgarians to take shorter showers and to put off laundry", False),
            ("Steve Dongworth", "warn", "water pressure in some north-west communities could drop if use kept "
             "rising", False),
        ],
    ),
    (
        "own52-ho-09", "wikinews-treaty-principles-bill", "2025-04-11", "2025-04-11",
        "[[Treaty Principles Bill|LAW]] defeated in [[New Zealand|GPE]]\n\n"
        "[[Friday, April 11, 2025|D|2025-04-11]]\n\n"
        "[[New Zealand|GPE]]’s [[House of Representatives|ORG|New Zealand House of Representatives]] on "
        "[[Thursday|D|2025-04-10]] voted down the [[Treaty Principles Bill|LAW]] at its [[second|ordinal|2]] "
        "reading by [[112|number|112]] votes to [[11|number|11]]. Only [[ACT|ORG|ACT New Zealand]], whose leader "
        "[[David Seymour|PERSON]] introduced the bill, supported it.\n\n"
        "The bill would have set out [[three|count|3|principle]] principles for reading the "
        "[[Treaty of Waitangi|LAW]], signed in [[1840|D|1840]] by the [[British|NORP]] Crown and "
        "[[Māori|NORP]] chiefs. Critics said it would have weakened [[Māori|NORP]] rights.\n\n"
        "“This debate is not over. [[New Zealanders|NORP|New Zealander]] deserve to be treated as equal citizens,” "
        "[[Seymour|PERSON|David Seymour]] told the [[House|ORG|New Zealand House of Representatives]].\n\n"
        "Prime Minister [[Christopher Luxon|PERSON]] said his [[National Party|ORG|New Zealand National Party]] "
        "had kept its promise to back the bill only as far as its [[first|ordinal|1]] reading.\n\n"
        "[[Labour|ORG|New Zealand Labour Party]] leader [[Chris Hipkins|PERSON]] told reporters that the bill should never have been introduced.\n\n"
        "[[About 42,000|count|42000|person]] people marched on [[Parliament|ORG|New Zealand Parliament]] in "
        "[[Wellington|GPE]] against the bill in [[November|D|2024-11]], and the "
        "[[Justice Committee|ORG|Justice Committee (New Zealand)]] received "
        "[[more than 300,000|count|300000|submission]] submissions, [[90%|percent|90|%]] of them opposed.\n\n"
        "[[Te Pāti Māori|ORG]] co-leader [[Rawiri Waititi|PERSON]] called for a formal apology from the "
        "government for what he described as [[18|count|18|month]] months of division.",
        [
            ("David Seymour", "tell", "This debate is not over. New Zealanders deserve to be treated as equal "
             "citizens", True),
            ("Christopher Luxon", "say", "his National Party had kept its promise to back the bill only as far as "
             "its first reading", False),
            ("Chris Hipkins", "tell", "the bill should never have been introduced", False),
            ("Rawiri Waititi", "call for", "a formal apology from the government for what he described as 18 months "
             "of division", False),
        ],
    ),
    (
        "own52-ho-10", "wikinews-australian-election", "2025-05-04", "2025-05-04",
        "[[Albanese|PERSON|Anthony Albanese]] re-elected as [[Labor|ORG|Australian Labor Party]] wins "
        "[[Australian|NORP]] federal election\n\n"
        "[[Sunday, May 4, 2025|D|2025-05-04]]\n\n"
        "[[Australian|NORP]] Prime Minister [[Anthony Albanese|PERSON]] has won a [[second|ordinal|2]] "
        "[[three-year|D|P3Y]] term after his [[Labor|ORG|Australian Labor Party]] party won "
        "[[Saturday|D|2025-05-03]]’s federal election with a larger majority.\n\n"
        "With [[about 75%|percent|75|%]] of the vote counted, the "
        "[[Australian Electoral Commission|ORG]] projected [[Labor|ORG|Australian Labor Party]] to win "
        "[[at least 86|count|86|seat]] of the [[150|count|150|seat]] seats in the "
        "[[House of Representatives|ORG|Australian House of Representatives]].\n\n"
        "“[[Australians|NORP|Australian]] have chosen to face global challenges the [[Australian|NORP]] way,” "
        "[[Albanese|PERSON|Anthony Albanese]] told supporters in [[Sydney|GPE]].\n\n"
        "Opposition leader [[Peter Dutton|PERSON]] lost his own seat of [[Dickson|GPE|Division of Dickson]] in "
        "[[Queensland|GPE]] to [[Labor|ORG|Australian Labor Party]]’s [[Ali France|PERSON]], the "
        "[[first|ordinal|1]] time a federal opposition leader has lost his seat. [[Dutton|PERSON|Peter Dutton]] "
        "said he took full responsibility for the defeat of the [[Coalition|ORG|Coalition (Australia)]].\n\n"
        "[[Greens|ORG|Australian Greens]] leader [[Adam Bandt|PERSON]] was trailing in his seat of "
        "[[Melbourne|GPE|Division of Melbourne]].\n\n"
        "Treasurer [[Jim Chalmers|PERSON]] pledged that the government would cut the lowest income tax rate "
        "from [[16%|percent|16|%]] to [[15%|percent|15|%]] from [[July 1, 2026|D|2026-07-01]], and said the "
        "[[first|ordinal|1]] budget of the new term would be delivered in [[March 2026|D|2026-03]].\n\n"
        "[[More than 18 million|count|18000000|voter]] voters were enrolled, and voting is compulsory in "
        "[[Australia|GPE]].",
        [
            ("Australian Electoral Commission", "project", "Labor to win at least 86 of the 150 seats in the House "
             "of Representatives", False),
            ("Anthony Albanese", "tell", "Australians have chosen to face global challenges the Australian way",
             True),
            ("Peter Dutton", "say", "he took full responsibility for the defeat of the Coalition", False),
            ("Jim Chalmers", "pledge", "the government would cut the lowest income tax rate from 16% to 15% from "
             "July 1, 2026", False),
            ("Jim Chalmers", "say", "the first budget of the new term would be delivered in March 2026",
             False),
        ],
    ),
    (
        "own52-ho-11", "wikinews-supreme-court-tiktok", "2025-01-17", "2025-01-17",
        "[[US|GPE|United States]] [[Supreme Court|ORG|Supreme Court of the United States]] upholds law that "
        "could ban [[TikTok|ORG]]\n\n"
        "[[Friday, January 17, 2025|D|2025-01-17]]\n\n"
        "The [[Supreme Court of the United States|ORG]] [[today|D|2025-01-17]] unanimously upheld a federal law "
        "that requires [[ByteDance|ORG]], [[TikTok|ORG]]’s [[China|GPE]]-based owner, to sell the app or see it "
        "banned in the [[United States|GPE]] from [[Sunday|D|2025-01-19]].\n\n"
        "In an unsigned opinion, the court said the [[Protecting Americans from Foreign Adversary Controlled "
        "Applications Act|LAW]] did not violate the free speech rights of the app’s "
        "[[170 million|count|170000000|user]] [[American|NORP]] users. Justices [[Sonia Sotomayor|PERSON]] and "
        "[[Neil Gorsuch|PERSON]] wrote separate concurrences.\n\n"
        "The law, passed by [[Congress|ORG|United States Congress]] with support from both parties in "
        "[[April 2024|D|2024-04]], gave [[ByteDance|ORG]] [[270 days|D|P270D]] to find a buyer.\n\n"
        "[[TikTok|ORG]] chief executive [[Shou Zi Chew|PERSON]] said in a video that the company would work "
        "with President-elect [[Donald Trump|PERSON]] to keep the app available.\n\n"
        "[[Trump|PERSON|Donald Trump]], who takes office on [[Monday|D|2025-01-20]], said he would decide what "
        "to do about [[TikTok|ORG]] after his inauguration.\n\n"
        "[[White House|ORG]] press secretary [[Karine Jean-Pierre|PERSON]] said the administration of President "
        "[[Joe Biden|PERSON]] would leave enforcement of the law to its successor.\n\n"
        "[[TikTok|ORG]] has [[about 7,000|count|7000|employee]] employees in the [[United States|GPE]]. App "
        "stores that keep offering it face fines of [[up to $5,000|money|5000|USD]] per user.",
        [
            ("Supreme Court of the United States", "say", "the Protecting Americans from Foreign Adversary "
             "Controlled Applications Act did not violate the free speech rights of the app’s 170 million "
             "American users", False),
            ("Shou Zi Chew", "say", "the company would work with President-elect Donald Trump to keep the app "
             "available", False),
            ("Donald Trump", "say", "he would decide what to do about TikTok after his inauguration", False),
            ("Karine Jean-Pierre", "say", "the administration of President Joe Biden would leave enforcement of "
             "the law to its successor", False),
        ],
    ),
    (
        "own52-ho-12", "wire-canberra-budget", "1996-08-21", "1996-08-21",
        "[[AUSTRALIA|GPE|Australia]]’S [[COSTELLO|PERSON|Peter Costello]] DEFENDS BUDGET CUTS.\n\n"
        "[[CANBERRA|GPE|Canberra]] [[1996-08-21|D|1996-08-21]]\n\n"
        "[[Australian|NORP]] Treasurer [[Peter Costello|PERSON]] defended his [[first|ordinal|1]] budget, "
        "saying spending cuts of [[A$8 billion|money|8000000000|AUD]] over [[two years|D|P2Y]] were needed to "
        "wipe out a deficit of [[A$10.3 billion|money|10300000000|AUD]].\n\n"
        "“We are not going to leave this debt to our children,” [[Costello|PERSON|Peter Costello]] told "
        "[[Australian Broadcasting Corp|ORG|Australian Broadcasting Corporation]] radio.\n\n"
        "The budget, delivered on [[Tuesday|D|1996-08-20]] night, forecast an underlying deficit of "
        "[[A$5.6 billion|money|5600000000|AUD]] in [[1996/97|D|1996-07/1997-06]] and a small surplus in "
        "[[1998/99|D|1998-07/1999-06]].\n\n"
        "[[Costello|PERSON|Peter Costello]] also forecast economic growth of "
        "[[3.75 percent|percent|3.75|%]] in [[1996/97|D|1996-07/1997-06]] and unemployment of "
        "[[8.25 percent|percent|8.25|%]] by [[June 1997|D|1997-06]].\n\n"
        "Opposition treasury spokesman [[Gareth Evans|PERSON]] said the cuts broke Prime Minister "
        "[[John Howard|PERSON]]’s election promises on health and education.\n\n"
        "The [[Australian Council of Trade Unions|ORG]] ([[ACTU|ORG|Australian Council of Trade Unions]]) warned "
        "that unions would fight cuts to labour market programmes, which lose "
        "[[A$1.8 billion|money|1800000000|AUD]].\n\n"
        "Bond prices rose after the budget, and the yield on [[10-year|D|P10Y]] bonds fell "
        "[[10 basis points|percent|0.1|pp]] to [[8.10 percent|percent|8.1|%]]. Dealers said the market had "
        "expected deeper cuts.\n\n"
        "-- [[Canberra|GPE]] newsroom 61-6 273 2730",
        [
            ("Peter Costello", "say", "spending cuts of A$8 billion over two years were needed to wipe out a deficit "
             "of A$10.3 billion", False),
            ("Peter Costello", "tell", "We are not going to leave this debt to our children", True),
            ("Peter Costello", "forecast", "economic growth of 3.75 percent in 1996/97 and unemployment of 8.25 "
             "percent by June 1997", False),
            ("Gareth Evans", "say", "the cuts broke Prime Minister John Howard’s election promises on health and "
             "education", False),
            ("Australian Council of Trade Unions", "warn", "unions would fight cuts to labour market programmes, "
             "which lose A$1.8 billion", False),
        ],
    ),
    (
        "own52-ho-13", "wire-swedish-soccer", "1996-08-26", "1996-08-26",
        "SOCCER - [[SWEDISH|NORP|Swedish]] LEAGUE RESULTS AND STANDINGS.\n\n"
        "[[STOCKHOLM|GPE|Stockholm]] [[1996-08-26|D|1996-08-26]]\n\n"
        "Results of [[Swedish|NORP]] first division soccer matches played on [[Sunday|D|1996-08-25]]:\n\n"
        "[[AIK Stockholm|ORG|AIK Fotboll]] [[1|number|1]] [[Orebro|ORG|Örebro SK]] [[0|number|0]]\n"
        "[[Degerfors|ORG|Degerfors IF]] [[2|number|2]] [[Trelleborg|ORG|Trelleborgs FF]] [[2|number|2]]\n"
        "[[Halmstad|ORG|Halmstads BK]] [[3|number|3]] [[Umea|ORG|Umeå FC]] [[1|number|1]]\n"
        "[[Helsingborg|ORG|Helsingborgs IF]] [[0|number|0]] [[IFK Gothenburg|ORG|IFK Göteborg]] [[2|number|2]]\n"
        "[[Malmo|ORG|Malmö FF]] [[1|number|1]] [[Norrkoping|ORG|IFK Norrköping]] [[1|number|1]]\n"
        "[[Oster|ORG|Östers IF]] [[2|number|2]] [[Orgryte|ORG|Örgryte IS]] [[0|number|0]]\n"
        "[[Djurgarden|ORG|Djurgårdens IF]] [[0|number|0]] [[Frolunda|ORG|Västra Frölunda IF]] [[1|number|1]]\n\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n\n"
        "[[IFK Gothenburg|ORG|IFK Göteborg]] [[19|number|19]] [[13|number|13]] [[3|number|3]] [[3|number|3]] "
        "[[38|number|38]] [[14|number|14]] [[42|number|42]]\n"
        "[[Helsingborg|ORG|Helsingborgs IF]] [[19|number|19]] [[10|number|10]] [[5|number|5]] [[4|number|4]] "
        "[[33|number|33]] [[20|number|20]] [[35|number|35]]\n"
        "[[Halmstad|ORG|Halmstads BK]] [[19|number|19]] [[10|number|10]] [[3|number|3]] [[6|number|6]] "
        "[[30|number|30]] [[24|number|24]] [[33|number|33]]\n"
        "[[Malmo|ORG|Malmö FF]] [[19|number|19]] [[9|number|9]] [[4|number|4]] [[6|number|6]] [[27|number|27]] "
        "[[22|number|22]] [[31|number|31]]\n"
        "[[AIK Stockholm|ORG|AIK Fotboll]] [[19|number|19]] [[8|number|8]] [[6|number|6]] [[5|number|5]] "
        "[[25|number|25]] [[19|number|19]] [[30|number|30]]\n\n"
        "[[Gothenburg|ORG|IFK Göteborg]] midfielder [[Niclas Alexandersson|PERSON]] scored both goals in "
        "[[Helsingborg|GPE|Helsingborg]] to put the champions [[seven|count|7|point]] points clear. "
        "“We were patient and the goals came,” he said.\n\n"
        "The [[Swedish Football Association|ORG]] said the match drew a season-high crowd of "
        "[[16,352|count|16352|spectator]].\n\n"
        "[[Helsingborg|ORG|Helsingborgs IF]] said their captain would miss [[three weeks|D|P3W]] with a knee "
        "injury.\n\n"
        "[[Sweden|GPE]] coach [[Tommy Svensson|PERSON]] said he would name his squad for the [[World Cup|EVENT|FIFA World Cup]] qualifier "
        "against [[Belarus|GPE]] on [[Tuesday|D|1996-08-27]].",
        [
            ("Niclas Alexandersson", "say", "We were patient and the goals came", True),
            ("Swedish Football Association", "say", "the match drew a season-high crowd of 16,352", False),
            ("Helsingborgs IF", "say", "their captain would miss three weeks with a knee injury", False),
            ("Tommy Svensson", "say", "he would name his squad for the World Cup qualifier against Belarus on "
             "Tuesday", False),
        ],
    ),
    (
        "own52-ho-14", "wire-track-cycling-worlds", "1996-08-29", "1996-08-29",
        "CYCLING - [[BOARDMAN|PERSON|Chris Boardman]] SETS WORLD PURSUIT RECORD.\n\n"
        "[[MANCHESTER|GPE|Manchester]], [[England|GPE]] [[1996-08-29|D|1996-08-29]]\n\n"
        "[[Britain|GPE|United Kingdom]]’s [[Chris Boardman|PERSON]] smashed the world record for the "
        "[[4,000 metres|quantity|4000|m]] individual pursuit at the "
        "[[World Track Championships|EVENT|1996 UCI Track Cycling World Championships]] on "
        "[[Wednesday|D|1996-08-28]], clocking 4 minutes 11.114 seconds in the final.\n\n"
        "“I knew the track was fast, but I did not expect to go that quick,” [[Boardman|PERSON|Chris Boardman]] "
        "said.\n\n"
        "His coach [[Peter Keen|PERSON]] predicted that [[Boardman|PERSON|Chris Boardman]] could go faster "
        "still within [[a year|D|P1Y]].\n\n"
        "[[Andrea Collinelli|PERSON]], who won the gold medal in [[Atlanta|GPE]] [[last month|D|1996-07]], told "
        "[[Italian|NORP]] reporters that he had no answer to the [[Briton|NORP|British]]’s speed.\n\n"
        "The [[Union Cycliste Internationale|ORG]] ([[UCI|ORG|Union Cycliste Internationale]]) said it would "
        "ratify the record within [[30 days|D|P30D]].\n\n"
        "Results:\n\n"
        "Men’s [[4,000 metres|quantity|4000|m]] individual pursuit final:\n"
        "Gold - [[Chris Boardman|PERSON]] ([[Britain|GPE|United Kingdom]]) 4:11.114 (world record)\n"
        "Silver - [[Andrea Collinelli|PERSON]] ([[Italy|GPE]]) 4:20.036\n"
        "Bronze - [[Jens Lehmann|PERSON]] ([[Germany|GPE]])\n\n"
        "Men’s sprint semifinals (best of [[three|count|3|race]] races):\n"
        "[[Florian Rousseau|PERSON]] ([[France|GPE]]) beat [[Gary Neiwand|PERSON]] ([[Australia|GPE]]) "
        "[[2|number|2]]-[[0|number|0]]\n"
        "[[Marty Nothstein|PERSON]] ([[U.S.|GPE|United States]]) beat [[Jens Fiedler|PERSON]] "
        "([[Germany|GPE]]) [[2|number|2]]-[[1|number|1]]\n\n"
        "Women’s sprint final:\n"
        "[[Felicia Ballanger|PERSON|Félicia Ballanger]] ([[France|GPE]]) beat [[Michelle Ferris|PERSON]] "
        "([[Australia|GPE]]) [[2|number|2]]-[[0|number|0]]",
        [
            ("Chris Boardman", "say", "I knew the track was fast, but I did not expect to go that quick", True),
            ("Peter Keen", "predict", "Boardman could go faster still within a year", False),
            ("Andrea Collinelli", "tell", "he had no answer to the Briton’s speed", False),
            ("Union Cycliste Internationale", "say", "it would ratify the record within 30 days", False),
        ],
    ),
]
