"""Marked texts of held-out set 16, briefs 8-14 (built by ``build_own16_heldout.py``; markup in its
docstring). Held out: do not read, debug against or tune on these texts."""

BRIEFS_B = [
    (
        "own16-ho-08",
        "local",
        "2024-08-12",
        "2024-08-12",
        "[[At least 30|count|30|person]] people dead in [[Kampala|GPE]] rubbish dump collapse\n\n"
        "[[KAMPALA|GPE|Kampala]], [[Aug 12|D|2024-08-12]] ([[Reuters|ORG]]) - Rescuers in [[Uganda|GPE]] pulled more bodies "
        "from a collapsed mountain of rubbish at the [[Kiteezi|FAC|Kiteezi landfill]] landfill on [[Monday|D|2024-08-12]], "
        "raising the death toll to [[30|count|30|person]], including [[eight|count|8|child]] children.\n\n"
        "Part of the dump, which serves [[Kampala|GPE]] and the neighbouring [[Wakiso|GPE|Wakiso District]] district, gave "
        "way early on [[Saturday|D|2024-08-10]] after [[a week|D|P1W]] of heavy rain. The "
        "[[Uganda Red Cross Society|ORG]] said [[14|count|14|person]] people had been pulled out alive and "
        "dozens were missing.\n\n"
        "President [[Yoweri Museveni|PERSON]] ordered an investigation and told the "
        "[[Kampala Capital City Authority|ORG]] ([[KCCA|ORG|Kampala Capital City Authority]]) to stop dumping at the site, "
        "which opened in [[1996|D|1996]] and covers [[about 36 acres|quantity|36|acre]]. He promised "
        "[[5 million shillings|money|5000000|UGX]] to each bereaved family and [[1 million shillings|money|1000000|UGX]] "
        "to each of the injured.\n\n"
        "Residents said they had warned the authority for years that the heap, [[some 30 metres|quantity|30|m]] high, "
        "was unstable. The city produces [[about 2,500 tonnes|quantity|2500|t]] of waste a day, and most of it ends up at "
        "[[Kiteezi|FAC|Kiteezi landfill]].\n\n"
        "Opposition leader [[Bobi Wine|PERSON]], whose [[National Unity Platform|ORG]] won most seats in the capital in "
        "[[2021|D|2021]], blamed [[KCCA|ORG|Kampala Capital City Authority]] for years of neglect. The "
        "[[Uganda Police Force|ORG]] said it had sealed off the area, and the [[World Bank|ORG]] said it was ready to "
        "help fund a new disposal site. [[KCCA|ORG|Kampala Capital City Authority]] said rubbish would be taken to a "
        "temporary site in [[Mukono|GPE]] from [[Wednesday|D|2024-08-14]].",
    ),
    (
        "own16-ho-09",
        "markets",
        "2025-07-29",
        "2025-07-29",
        "[[Novo Nordisk|ORG]] shares plunge after [[Wegovy|PRODUCT]] forecast cut; new chief named\n\n"
        "[[COPENHAGEN|GPE|Copenhagen]], [[July 29|D|2025-07-29]] ([[Reuters|ORG]]) - Shares in [[Novo Nordisk|ORG]] fell "
        "[[23%|percent|23|%]] on [[Tuesday|D|2025-07-29]], wiping [[about 400 billion Danish crowns|money|400000000000|DKK]] "
        "([[$62 billion|money|62000000000|USD]]) off its market value, after the [[Danish|NORP]] drugmaker cut its "
        "[[2025|D|2025]] sales growth forecast to [[8%|percent|8|%]]-[[14%|percent|14|%]] from "
        "[[13%|percent|13|%]]-[[21%|percent|21|%]].\n\n"
        "The company blamed weaker [[U.S.|GPE|United States]] demand for the obesity drug [[Wegovy|PRODUCT]], as copies "
        "made by compounding pharmacies stay on the market, and slower growth in [[China|GPE]] and [[Brazil|GPE]].\n\n"
        "[[Novo|ORG|Novo Nordisk]] named [[Maziar Mike Doustdar|PERSON]], head of its international operations, as chief "
        "executive from [[August 7|D|2025-08-07]], replacing [[Lars Fruergaard Jørgensen|PERSON]], who was ousted in "
        "[[May|D|2025-05]].\n\n"
        "The company has lost ground to [[Eli Lilly|ORG|Eli Lilly and Company]] of [[Indianapolis|GPE]], whose rival "
        "drug [[Zepbound|PRODUCT]] overtook [[Wegovy|PRODUCT]] in [[U.S.|GPE|United States]] prescriptions [[this spring|D|2025-03/2025-05]]. "
        "Analysts at [[Jyske Bank|ORG]] and [[Danske Bank|ORG]] said the cut was deeper than expected.\n\n"
        "[[Novo|ORG|Novo Nordisk]] makes up about a third of the main [[Copenhagen|GPE]] index, and its slump has weighed "
        "on [[Denmark|GPE]]'s economy. The [[Novo Nordisk Foundation|ORG]], which holds [[77%|percent|77|%]] of the voting "
        "rights, backed the board, chaired since [[May|D|2025-05]] by former chief executive "
        "[[Lars Rebien Sørensen|PERSON]].\n\n"
        "The company will publish full [[second-quarter|D|2025-04/2025-06]] results on [[August 6|D|2025-08-06]]. Its "
        "shares have lost [[more than 70%|percent|70|%]] since peaking in [[June 2024|D|2024-06]].",
    ),
    (
        "own16-ho-10",
        "sport",
        "2025-07-11",
        "2025-07-11",
        "[[Crystal Palace|ORG|Crystal Palace F.C.]] demoted to [[Conference League|EVENT|UEFA Conference League]] over "
        "[[Lyon|ORG|Olympique Lyonnais]] ownership link\n\n"
        "[[LONDON|GPE|London]], [[July 11|D|2025-07-11]] ([[PA|ORG|PA Media]]) - [[Crystal Palace|ORG|Crystal Palace F.C.]] "
        "will play in the [[Conference League|EVENT|UEFA Conference League]] instead of the "
        "[[Europa League|EVENT|UEFA Europa League]] after [[UEFA|ORG]] ruled on [[Friday|D|2025-07-11]] that the club "
        "had broken its rules on multi-club ownership.\n\n"
        "[[American|NORP]] businessman [[John Textor|PERSON]] owned [[43%|percent|43|%]] of [[Palace|ORG|Crystal Palace F.C.]] "
        "through [[Eagle Football Holdings|ORG]], which also controls [[Lyon|ORG|Olympique Lyonnais]], who qualified for "
        "the same competition. Because [[Lyon|ORG|Olympique Lyonnais]] finished [[sixth|ordinal|6]] in "
        "[[Ligue 1|ORG]], a higher league place than [[Palace|ORG|Crystal Palace F.C.]] managed in the "
        "[[Premier League|ORG]], [[UEFA|ORG]]'s [[Club Financial Control Body|ORG]] gave the [[French|NORP]] club the "
        "spot. [[Nottingham Forest|ORG|Nottingham Forest F.C.]], [[seventh|ordinal|7]] in the "
        "[[Premier League|ORG]], move up into the [[Europa League|EVENT|UEFA Europa League]].\n\n"
        "[[Palace|ORG|Crystal Palace F.C.]] qualified by beating [[Manchester City|ORG|Manchester City F.C.]] "
        "[[1|number|1]]-[[0|number|0]] in the [[FA Cup|EVENT]] final at [[Wembley Stadium|FAC]] in [[May|D|2025-05]], "
        "the [[first|ordinal|1]] major trophy in the club's [[120-year|D|P120Y]] history.\n\n"
        "[[Textor|PERSON|John Textor]] agreed in [[June|D|2025-06]] to sell his stake to [[New York Jets|ORG]] owner "
        "[[Woody Johnson|PERSON]] for [[about £190 million|money|190000000|GBP]], but [[UEFA|ORG]] said the sale came too "
        "late: the deadline for compliance was [[March 1|D|2025-03-01]].\n\n"
        "Chairman [[Steve Parish|PERSON]] called the decision \"a huge injustice\" and said the club would appeal to the "
        "[[Court of Arbitration for Sport|ORG]] ([[CAS|ORG|Court of Arbitration for Sport]]) in [[Lausanne|GPE]]. The "
        "[[Conference League|EVENT|UEFA Conference League]] play-off round is played in [[August|D|2025-08]].",
    ),
    (
        "own16-ho-11",
        "labour",
        "2024-12-13",
        "2024-12-13",
        "[[Canada|GPE]] moves to end [[four-week|D|P4W]] postal strike\n\n"
        "[[OTTAWA|GPE|Ottawa]], [[Dec 13|D|2024-12-13]] ([[Reuters|ORG]]) - [[Canadian|NORP]] Labour Minister "
        "[[Steven MacKinnon|PERSON]] on [[Friday|D|2024-12-13]] asked the [[Canada Industrial Relations Board|ORG]] to "
        "order [[Canada Post|ORG]]'s [[55,000|count|55000|worker]] striking workers back to work, saying talks with the "
        "[[Canadian Union of Postal Workers|ORG]] ([[CUPW|ORG|Canadian Union of Postal Workers]]) had reached an "
        "impasse.\n\n"
        "The strike, which began on [[Nov. 15|D|2024-11-15]], has halted deliveries during the busy holiday season and "
        "left parcels piling up at sorting plants in [[Mississauga|GPE]], [[Ontario|GPE]], and [[Montreal|GPE]]. The "
        "[[Canadian Federation of Independent Business|ORG]] said [[62%|percent|62|%]] of its members had been hurt.\n\n"
        "[[CUPW|ORG|Canadian Union of Postal Workers]] is seeking raises of [[about 24%|percent|24|%]] over "
        "[[four years|D|P4Y]], while [[Canada Post|ORG]] has offered [[11.5%|percent|11.5|%]]. The "
        "Crown corporation lost [[C$748 million|money|748000000|CAD]] in [[2023|D|2023]] and says "
        "the strike has cost it [[more than C$100 million|money|100000000|CAD]].\n\n"
        "Union president [[Jan Simpson|PERSON]] called the move an attack on the right to strike and said members "
        "would comply if ordered. Prime Minister [[Justin Trudeau|PERSON]]'s government used the same section of the "
        "[[Canada Labour Code|LAW]] to end rail and port stoppages [[this year|D|2024]].\n\n"
        "If the board agrees, mail could start moving again [[next week|D|2024-W51]]. [[Canada Post|ORG]], which also "
        "owns [[91%|percent|91|%]] of courier [[Purolator|ORG]], said it would need several weeks to clear the "
        "backlog of [[about 10 million|count|10000000|parcel]] parcels.",
    ),
    (
        "own16-ho-12",
        "thread",
        "2025-03-06",
        "2025-03-06",
        "[[Bureau of Meteorology|ORG]] · [[6 Mar 2025|D|2025-03-06]] · 1/5\n"
        "[[Tropical Cyclone Alfred|EVENT|Cyclone Alfred]] has weakened slightly and is now [[about 250 km|quantity|250|km]] "
        "east of [[Brisbane|GPE]], moving west at [[11 km/h|quantity|11|km/h]]. It is expected to cross the coast "
        "between [[Noosa|GPE]] and [[Coolangatta|GPE]] on [[Friday|D|2025-03-07]] or [[Saturday|D|2025-03-08]].\n\n"
        "[[Bureau of Meteorology|ORG]] · [[6 Mar 2025|D|2025-03-06]] · 2/5\n"
        "Damaging winds with gusts [[up to 130 km/h|quantity|130|km/h]] are likely on the [[Gold Coast|GPE]] and in "
        "[[Northern Rivers|LOC]] areas of [[NSW|GPE|New South Wales]]. Storm tides may push water above the highest "
        "astronomical tide along [[Moreton Bay|LOC]].\n\n"
        "[[Bureau of Meteorology|ORG]] · [[6 Mar 2025|D|2025-03-06]] · 3/5\n"
        "Rainfall totals of [[200|quantity|200|mm]] to [[400 mm|quantity|400|mm]] are forecast, with isolated falls "
        "[[above 600 mm|quantity|600|mm]] near the [[Border Ranges|LOC]]. Flood watches are current for the "
        "[[Logan|LOC|Logan River]] and [[Albert|LOC|Albert River (Queensland)]] rivers and the [[Wilsons River|LOC]] at "
        "[[Lismore|GPE|Lismore, New South Wales]].\n\n"
        "[[Bureau of Meteorology|ORG]] · [[6 Mar 2025|D|2025-03-06]] · 4/5\n"
        "[[Queensland|GPE]] Premier [[David Crisafulli|PERSON]] says [[more than 1,000|count|1000|school]] schools will stay closed "
        "[[Thursday|D|2025-03-06]] and [[Friday|D|2025-03-07]]. [[Brisbane Airport|FAC]] has suspended flights, and "
        "[[Translink|ORG|Translink (Queensland)]] will run no buses or trains until the system passes. This is the "
        "[[first|ordinal|1]] cyclone to threaten the area since [[1974|D|1974]].\n\n"
        "[[Bureau of Meteorology|ORG]] · [[6 Mar 2025|D|2025-03-06]] · 5/5\n"
        "For emergency help in floods and storms call the [[SES|ORG|Queensland State Emergency Service]] on 132 500. "
        "Sandbags are available at [[Brisbane City Council|ORG]] depots. Our next update will be issued at 4pm AEST. "
        "Follow [[Queensland Police|ORG|Queensland Police Service]] for road closures.",
    ),
    (
        "own16-ho-13",
        "show-notes",
        "2025-03-14",
        "2025-03-14",
        "Chip Shot — Episode 112: [[TSMC|ORG]]'s [[$100 billion|money|100000000000|USD]] bet on [[Arizona|GPE]]\n"
        "Published [[March 14, 2025|D|2025-03-14]] · 48 min\n\n"
        "[[This week|D|2025-W11]] we unpack the announcement at the [[White House|FAC]] on [[March 3|D|2025-03-03]], when "
        "[[Taiwan Semiconductor Manufacturing Co.|ORG|TSMC]] chief executive [[C.C. Wei|PERSON]] and President "
        "[[Donald Trump|PERSON]] said the company would invest another [[$100 billion|money|100000000000|USD]] in "
        "[[Arizona|GPE]], on top of the [[$65 billion|money|65000000000|USD]] already committed in [[Phoenix|GPE]]. "
        "Is it a real shift for the [[Taiwanese|NORP]] giant, or a hedge against tariffs?\n\n"
        "In this episode:\n"
        "(00:00) Intro and the headlines\n"
        "(03:15) What [[three|count|3|fab]] more fabs, [[two|count|2|plant]] packaging plants and a research centre "
        "really mean\n"
        "(11:40) Will the [[CHIPS and Science Act|LAW]] survive? The [[$6.6 billion|money|6600000000|USD]] grant the "
        "[[Commerce Department|ORG|United States Department of Commerce]] awarded [[TSMC|ORG]] in "
        "[[November|D|2024-11]]\n"
        "(19:05) [[Intel|ORG]]'s [[Ohio|GPE]] plant slips to [[2030|D|2030]]; [[Samsung|ORG|Samsung Electronics]] and its "
        "site in [[Taylor|GPE|Taylor, Texas]], [[Texas|GPE]]\n"
        "(27:30) Power, water and workers: why [[Arizona|GPE]] fabs use [[up to 4.75 million gallons|quantity|4750000|gal]] "
        "of water a day\n"
        "(36:50) What [[Taipei|GPE]] thinks: [[Taiwan|GPE]]'s economy ministry and the \"silicon shield\"\n"
        "(44:10) Listener questions on [[Nvidia|ORG]] and [[Arm|ORG|Arm Holdings]]\n\n"
        "Our guest is a former [[TSMC|ORG]] process engineer who worked at the [[Hsinchu Science Park|FAC]] for "
        "[[nine years|D|P9Y]] and asked not to be named. Data on [[US|GPE|United States]] chip output comes from the "
        "[[Semiconductor Industry Association|ORG]]. [[TSMC|ORG]] reports [[first-quarter|D|2025-01/2025-03]] results on "
        "[[April 17|D|2025-04-17]]; we will be back [[next Friday|D|2025-03-21]].\n\n"
        "Chip Shot is produced in [[San Jose|GPE|San Jose, California]]. Music by an independent studio.",
    ),
    (
        "own16-ho-14",
        "chart",
        "2025-02-19",
        "2025-02-19",
        "CHART OF THE DAY: [[Brazil|GPE]]'s coffee exports slip as arabica hits record\n"
        "[[Feb 19, 2025|D|2025-02-19]]\n\n"
        "(Chart: monthly green coffee exports from [[Brazil|GPE]], in millions of bags, "
        "[[Jan 2023-Jan 2025|D|2023-01/2025-01]]; line: arabica futures, cents per pound)\n\n"
        "What it shows: [[Brazil|GPE]], the world's biggest grower, shipped "
        "[[3.4 million|count|3400000|bag]] [[60-kg|quantity|60|kg]] bags of coffee in [[January|D|2025-01]], "
        "down [[1.6%|percent|1.6|%]] from [[January 2024|D|2024-01]], according to the exporters' group "
        "[[Cecafé|ORG]]. Exports for [[2024|D|2024]] as a whole were a record [[50.4 million|count|50400000|bag]] bags.\n\n"
        "Why it matters: Arabica futures on [[ICE|ORG|Intercontinental Exchange]] in [[New York|GPE|New York City]] settled "
        "at [[$4.30|money|4.3|USD]] a pound on [[Tuesday|D|2025-02-18]], more than double their level "
        "in [[February 2024|D|2024-02]], after drought in [[Minas Gerais|GPE]] cut the crop. Roasters such as "
        "[[Nestlé|ORG]] and [[JDE Peet's|ORG]] have raised prices in [[Europe|LOC]].\n\n"
        "What to watch: the [[Brazilian|NORP]] crop agency [[Conab|ORG|Companhia Nacional de Abastecimento]] expects "
        "the [[2025|D|2025]] harvest to fall [[4.4%|percent|4.4|%]] to [[51.8 million|count|51800000|bag]] bags, its "
        "lowest in [[three years|D|P3Y]]. Harvesting starts in [[May|D|2025-05]]. [[Vietnam|GPE]], the [[second|ordinal|2]]-biggest producer, "
        "exports mostly robusta.\n\n"
        "Source: [[Cecafé|ORG]]; [[ICE Futures U.S.|ORG]]; [[Conab|ORG|Companhia Nacional de Abastecimento]]. "
        "Figures are rounded.",
    ),
]
