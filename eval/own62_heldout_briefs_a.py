"""Held-out set 62 (blind): marked texts of briefs 01-07 and their statements (see
``build_own62_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own62-ho-01", "bank-of-tanzania-monetary-policy-committee", "2025-10-02", "2025-10-02",
        "[[BANK OF TANZANIA|ORG|Bank of Tanzania]]\n"
        "Monetary Policy Statement of the [[Monetary Policy Committee|ORG|Monetary Policy Committee (Bank of Tanzania)]]\n"
        "[[Dar es Salaam|GPE]], [[2 October 2025|D|2025-10-02]]\n\n"
        "CENTRAL BANK RATE KEPT AT [[5.75 PERCENT|percent|5.75|%]]\n\n"
        "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (Bank of Tanzania)]] ([[MPC|ORG|Monetary Policy Committee (Bank of Tanzania)]]) of the "
        "[[Bank of Tanzania|ORG]] met on [[Wednesday|D|2025-10-01]] and decided to keep the Central Bank Rate "
        "at [[5.75%|percent|5.75|%]] for [[the quarter ending December 2025|D|2025-10/2025-12]].\n\n"
        "Key indicators\n"
        "-- Headline inflation, [[August 2025|D|2025-08]]: [[3.4%|percent|3.4|%]]\n"
        "-- GDP growth, [[first half of 2025|D|2025-01/2025-06]]: [[5.6%|percent|5.6|%]]\n"
        "-- Foreign reserves: [[US$6.2 billion|money|6200000000|USD]], enough for "
        "[[almost five months|D|P5M]] of imports\n"
        "-- Shilling against the [[U.S.|GPE|United States]] dollar since [[January|D|2025-01]]: "
        "[[+8.5%|percent|8.5|%]]\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (Bank of Tanzania)]] noted that inflation had stayed "
        "within the target range of [[3%|percent|3|%]] to [[5%|percent|5|%]] and that food supplies were "
        "adequate after good harvests in the southern highlands.\n\n"
        "Governor [[Emmanuel Tutuba|PERSON]] told journalists that exports of gold and cashew nuts had earned "
        "[[about US$4.1 billion|money|4100000000|USD]] in [[the year to August|D|2024-09/2025-08]]. "
        "“The shilling is stable because we are earning more foreign exchange, not because we are spending "
        "our reserves,” he said. [[Tutuba|PERSON|Emmanuel Tutuba]] warned that lower rainfall forecast for "
        "[[the October-December season|D|2025-10/2025-12]] could push food prices up.\n\n"
        "The [[Bank|ORG|Bank of Tanzania]] expects the economy to grow by [[6%|percent|6|%]] in "
        "[[2026|D|2026]]. Minister for Finance [[Mwigulu Nchemba|PERSON]] pledged to keep borrowing below "
        "[[TSh 5 trillion|money|5000000000000|TZS]] in [[2025/26|D|2025-07/2026-06]].\n\n"
        "The next [[MPC|ORG|Monetary Policy Committee (Bank of Tanzania)]] meeting will be held in "
        "[[January|D|2026-01]].",
        [
            ("Monetary Policy Committee (Bank of Tanzania)", "note", "inflation had stayed within the target "
             "range of 3% to 5% and that food supplies were adequate after good harvests in the southern "
             "highlands", False),
            ("Emmanuel Tutuba", "tell", "exports of gold and cashew nuts had earned about US$4.1 billion in the "
             "year to August", False),
            ("Emmanuel Tutuba", "say", "The shilling is stable because we are earning more foreign exchange, not "
             "because we are spending our reserves", True),
            ("Emmanuel Tutuba", "warn", "lower rainfall forecast for the October-December season could push "
             "food prices up", False),
            ("Bank of Tanzania", "expect", "the economy to grow by 6% in 2026", False),
            ("Mwigulu Nchemba", "pledge", "keep borrowing below TSh 5 trillion in 2025/26", False),
        ],
    ),
    (
        "own62-ho-02", "statistics-austria-flash-inflation", "2025-10-31", "2025-10-31",
        "[[STATISTICS AUSTRIA|ORG|Statistics Austria]]\n"
        "Press release: flash estimate of consumer prices\n"
        "[[Vienna|GPE]], [[31 October 2025|D|2025-10-31]], 10:00\n\n"
        "INFLATION IN [[OCTOBER 2025|D|2025-10]] ESTIMATED AT [[4.0%|percent|4.0|%]]\n\n"
        "Consumer prices in [[Austria|GPE]] were [[4.0%|percent|4.0|%]] higher in [[October|D|2025-10]] than a "
        "year earlier, according to the flash estimate published [[today|D|2025-10-31]] by "
        "[[Statistics Austria|ORG]]. The rate was unchanged from [[September|D|2025-09]].\n\n"
        "Change on a year earlier, [[October 2025|D|2025-10]] (flash)\n"
        "Energy                 [[+6.9%|percent|6.9|%]]\n"
        "Food, alcohol, tobacco [[+4.2%|percent|4.2|%]]\n"
        "Services               [[+4.6%|percent|4.6|%]]\n"
        "Industrial goods       [[+1.3%|percent|1.3|%]]\n\n"
        "“Electricity remains the main driver, because the price brake ended in "
        "[[January|D|2025-01]],” said Director General [[Tobias Thomas|PERSON]]. He added that the effect "
        "would drop out of the rate at the start of [[2026|D|2026]].\n\n"
        "The harmonised index for comparison across the [[European Union|ORG]] rose "
        "[[4.1%|percent|4.1|%]], among the highest rates of the [[20|count|20|country]] countries that use the euro.\n\n"
        "Governor of the [[Oesterreichische Nationalbank|ORG]] [[Martin Kocher|PERSON]] said inflation would "
        "fall to [[about 2.5%|percent|2.5|%]] in [[2026|D|2026]]. Finance Minister "
        "[[Markus Marterbauer|PERSON]] called for a cap on rent increases of [[1%|percent|1|%]] a year for "
        "regulated flats, and the [[Austrian Economic Chambers|ORG]] warned that high wage settlements "
        "would keep services prices up.\n\n"
        "The final figures for [[October|D|2025-10]] will be published on [[18 November|D|2025-11-18]].",
        [
            ("Statistics Austria", "according to", "Consumer prices in Austria were 4.0% higher in October than "
             "a year earlier", False),
            ("Tobias Thomas", "say", "Electricity remains the main driver, because the price brake ended in "
             "January", True),
            ("Tobias Thomas", "add", "the effect would drop out of the rate at the start of 2026", False),
            ("Martin Kocher", "say", "inflation would fall to about 2.5% in 2026", False),
            ("Markus Marterbauer", "call for", "a cap on rent increases of 1% a year for regulated flats",
             False),
            ("Austrian Economic Chambers", "warn", "high wage settlements would keep services prices up", False),
        ],
    ),
    (
        "own62-ho-03", "adidas-third-quarter-results", "2025-10-29", "2025-10-29",
        "[[HERZOGENAURACH|GPE|Herzogenaurach]], [[Germany|GPE]], [[October 29, 2025|D|2025-10-29]] – "
        "[[adidas|ORG|Adidas]] [[today|D|2025-10-29]] reported record revenues for "
        "[[the third quarter|D|2025-07/2025-09]] and raised its operating profit outlook for "
        "[[2025|D|2025]] despite higher [[U.S.|GPE|United States]] tariffs.\n\n"
        "[[Third quarter 2025|D|2025-07/2025-09]] highlights\n"
        "- Revenues: [[€6.63 billion|money|6630000000|EUR]], up [[12%|percent|12|%]] currency-neutral\n"
        "- [[adidas|ORG|Adidas]] brand excluding [[Yeezy|PRODUCT|Adidas Yeezy]]: up [[12%|percent|12|%]]\n"
        "- Gross margin: [[51.8%|percent|51.8|%]], down [[0.5 percentage points|percent|0.5|pp]]\n"
        "- Operating profit: [[€736 million|money|736000000|EUR]]\n"
        "- Net income from continuing operations: [[€461 million|money|461000000|EUR]]\n\n"
        "“Our teams delivered another very good quarter in a volatile environment,” said Chief Executive "
        "Officer [[Bjørn Gulden|PERSON]]. [[Gulden|PERSON|Bjørn Gulden]] said the company had sold "
        "[[more than 3 million|count|3000000|pair]] pairs of the [[Samba|PRODUCT|Adidas Samba]] and [[Gazelle|PRODUCT|Adidas Gazelle]] models in "
        "[[Europe|LOC]] alone, but warned that tariffs would cost [[about €120 million|money|120000000|EUR]] "
        "[[this year|D|2025]].\n\n"
        "Sales grew in every region: [[Latin America|LOC]] [[+29%|percent|29|%]], "
        "[[Greater China|LOC]] [[+10%|percent|10|%]] and [[North America|LOC]] "
        "[[+1%|percent|1|%]]. [[adidas|ORG|Adidas]] now expects an operating profit of "
        "[[around €2.0 billion|money|2000000000|EUR]] for [[2025|D|2025]], up from "
        "[[€1.7|money|1700000000|EUR]] to [[€1.8 billion|money|1800000000|EUR]].\n\n"
        "Chief Financial Officer [[Harm Ohlmeyer|PERSON]] announced that the company would buy back shares "
        "worth [[up to €1 billion|money|1000000000|EUR]] in [[2026|D|2026]]. The "
        "[[Germany|GPE]]-based group employs [[about 62,000|count|62000|person]] people and will host the "
        "[[FIFA World Cup|EVENT|2026 FIFA World Cup]] match ball launch in [[November|D|2025-11]].",
        [
            ("Bjørn Gulden", "say", "Our teams delivered another very good quarter in a volatile environment",
             True),
            ("Bjørn Gulden", "say", "the company had sold more than 3 million pairs of the Samba and Gazelle "
             "models in Europe alone", False),
            ("Bjørn Gulden", "warn", "tariffs would cost about €120 million this year", False),
            ("Adidas", "expect", "an operating profit of around €2.0 billion for 2025, up from €1.7 to "
             "€1.8 billion", False),
            ("Harm Ohlmeyer", "announce", "the company would buy back shares worth up to €1 billion in 2026",
             False),
        ],
    ),
    (
        "own62-ho-04", "pvmbg-lewotobi-eruption-notice", "2025-07-08", "2025-07-08",
        "[[GEOLOGICAL AGENCY|ORG|Geological Agency (Indonesia)]] – [[CENTER FOR VOLCANOLOGY AND GEOLOGICAL "
        "HAZARD MITIGATION|ORG|Center for Volcanology and Geological Hazard Mitigation]]\n"
        "Volcano activity notice\n"
        "[[Bandung|GPE]], [[8 July 2025|D|2025-07-08]]\n\n"
        "Volcano: [[Mount Lewotobi Laki-laki|LOC]]\n"
        "Location: [[East Flores|GPE|East Flores Regency]], [[East Nusa Tenggara|GPE]]\n"
        "Elevation: [[1,584 metres|quantity|1584|m]] above sea level\n"
        "Alert level: IV (Awas), unchanged\n"
        "Eruption: [[Monday|D|2025-07-07]], 11:05 WITA\n"
        "Ash column: [[about 18,000 metres|quantity|18000|m]] above the summit\n"
        "Exclusion zone: [[7 km|quantity|7|km]] around the crater\n\n"
        "The [[Center for Volcanology and Geological Hazard Mitigation|ORG]] "
        "([[PVMBG|ORG|Center for Volcanology and Geological Hazard Mitigation]]) said that the eruption on "
        "[[Monday|D|2025-07-07]] was the largest since [[November 2024|D|2024-11]], when "
        "[[nine|count|9|person]] people were killed. Instruments recorded "
        "[[43|count|43|earthquake]] deep volcanic earthquakes after the eruption.\n\n"
        "Head of the [[Geological Agency|ORG|Geological Agency (Indonesia)]] [[Muhammad Wafid|PERSON]] urged "
        "residents of [[six|count|6|village]] villages to stay out of the exclusion zone and warned that rain "
        "could send lahars down the rivers on the northern flank.\n\n"
        "[[Frans Seda Airport|FAC]] in [[Maumere|GPE]] remained closed, and [[Jetstar|ORG]] and "
        "[[Virgin Australia|ORG]] cancelled [[24|count|24|flight]] flights between [[Bali|GPE]] and "
        "[[Australia|GPE]]. The [[National Disaster Management Agency|ORG|National Agency for Disaster "
        "Countermeasures]] said [[more than 4,000|count|4000|person]] people were staying in "
        "[[12|count|12|shelter]] shelters.\n\n"
        "The next notice will be issued on [[Wednesday|D|2025-07-09]] or earlier if activity changes.",
        [
            ("Center for Volcanology and Geological Hazard Mitigation", "say", "the eruption on Monday was the "
             "largest since November 2024, when nine people were killed", False),
            ("Muhammad Wafid", "urge", "residents of six villages to stay out of the exclusion zone", False),
            ("Muhammad Wafid", "warn", "rain could send lahars down the rivers on the northern flank", False),
            ("National Agency for Disaster Countermeasures", "say", "more than 4,000 people were staying in 12 "
             "shelters", False),
        ],
    ),
    (
        "own62-ho-05", "uganda-red-cross-bulambuli-landslides-update", "2024-12-03", "2024-12-03",
        "[[UGANDA RED CROSS SOCIETY|ORG|Uganda Red Cross Society]]\n"
        "Situation update no. 3: landslides in [[Bulambuli|GPE|Bulambuli District]] district\n"
        "[[Kampala|GPE]], [[Tuesday 3 December 2024|D|2024-12-03]]\n\n"
        "Heavy rain on the slopes of [[Mount Elgon|LOC]] set off landslides on the evening of "
        "[[27 November|D|2024-11-27]] that buried homes in [[Masugu|GPE]] and neighbouring villages.\n\n"
        "• Bodies recovered: [[31|count|31|body]]\n"
        "• Missing: [[more than 80|count|80|person]]\n"
        "• Houses destroyed: [[126|count|126|house]]\n"
        "• People displaced: [[about 1,200|count|1200|person]]\n"
        "• [[Red Cross|ORG|Uganda Red Cross Society]] volunteers on site: [[140|count|140|volunteer]]\n\n"
        "Search teams of the [[Uganda People's Defence Force|ORG|Uganda People's Defence Forces]] and "
        "[[Red Cross|ORG|Uganda Red Cross Society]] volunteers worked day and night, but rain on "
        "[[Sunday|D|2024-12-01]] halted digging for [[two days|D|P2D]].\n\n"
        "“Families are sleeping in schools and churches, and the ground is still moving,” said "
        "[[Robert Kwesiga|PERSON]], Secretary General of the [[Uganda Red Cross Society|ORG]]. The "
        "[[Society|ORG|Uganda Red Cross Society]] appealed for [[UGX 1.5 billion|money|1500000000|UGX]] "
        "([[about US$400,000|money|400000|USD]]) to provide shelter, water and cash to "
        "[[2,000|count|2000|household]] households for [[three months|D|P3M]].\n\n"
        "Prime Minister [[Robinah Nabbanja|PERSON]], who visited the site on [[Saturday|D|2024-11-30]], "
        "announced that the government would resettle [[250|count|250|family]] families in "
        "[[Kiryandongo|GPE|Kiryandongo District]]. The [[Uganda National Meteorological Authority|ORG]] "
        "expects more heavy rain in the [[Mount Elgon|LOC]] area until "
        "[[mid-December|D|2024-12]].",
        [
            ("Robert Kwesiga", "say", "Families are sleeping in schools and churches, and the ground is still "
             "moving", True),
            ("Uganda Red Cross Society", "appeal for", "UGX 1.5 billion (about US$400,000) to provide shelter, "
             "water and cash to 2,000 households for three months", False),
            ("Robinah Nabbanja", "announce", "the government would resettle 250 families in Kiryandongo",
             False),
            ("Uganda National Meteorological Authority", "expect", "more heavy rain in the Mount Elgon area until "
             "mid-December", False),
        ],
    ),
    (
        "own62-ho-06", "ecuador-energy-ministry-power-cuts-briefing", "2024-10-24", "2024-10-24",
        "[[MINISTRY OF ENERGY AND MINES|ORG|Ministry of Energy and Mines (Ecuador)]]\n"
        "From: Office of Communication, [[Quito|GPE]]\n"
        "[[Thursday, October 24, 2024|D|2024-10-24]]\n\n"
        "POWER CUTS TO RISE TO 14 HOURS\n\n"
        "Minister of Energy and Mines [[Inés Manzano|PERSON]] announced [[today|D|2024-10-24]] that "
        "scheduled power cuts in most of [[Ecuador|GPE]] would be extended to 14 hours a day "
        "from [[Monday|D|2024-10-28]], because the drought has left the [[Mazar|FAC|Mazar Dam]] reservoir "
        "close to its minimum level.\n\n"
        "She said the reservoir stood at [[2,118 metres|quantity|2118|m]] above sea level, "
        "[[20 metres|quantity|20|m]] above the point at which the turbines must stop. "
        "[[Manzano|PERSON|Inés Manzano]] added that the [[Coca Codo Sinclair|FAC|Coca Codo Sinclair Dam]] "
        "plant was producing [[less than 400 megawatts|quantity|400|MW]] of its "
        "[[1,500 MW|quantity|1500|MW]] capacity.\n\n"
        "Excerpt from the press conference\n"
        "REPORTER: When will the cuts end?\n"
        "MINISTER MANZANO: We will have [[100 megawatts|quantity|100|MW]] from a power barge in "
        "[[November|D|2024-11]], and new thermal plants in [[December|D|2024-12]].\n"
        "REPORTER: And imports?\n"
        "MINISTER MANZANO: [[Colombia|GPE]] has suspended its sales because of its own drought.\n\n"
        "President [[Daniel Noboa|PERSON]] said the cuts cost the economy "
        "[[about $12 million|money|12000000|USD]] an hour and promised [[$5 million|money|5000000|USD]] in "
        "credit lines for small shops. The [[Chamber of Commerce of Guayaquil|ORG]] estimated losses at "
        "[[more than $2 billion|money|2000000000|USD]] since [[September|D|2024-09]].",
        [
            ("Inés Manzano", "announce", "scheduled power cuts in most of Ecuador would be extended to 14 hours a "
             "day from Monday, because the drought has left the Mazar reservoir close to its minimum level",
             False),
            ("Inés Manzano", "say", "the reservoir stood at 2,118 metres above sea level, 20 metres above the "
             "point at which the turbines must stop", False),
            ("Inés Manzano", "add", "the Coca Codo Sinclair plant was producing less than 400 megawatts of its "
             "1,500 MW capacity", False),
            ("Daniel Noboa", "say", "the cuts cost the economy about $12 million an hour", False),
            ("Daniel Noboa", "promise", "$5 million in credit lines for small shops", False),
            ("Chamber of Commerce of Guayaquil", "estimate", "losses at more than $2 billion since September",
             False),
        ],
    ),
    (
        "own62-ho-07", "port-of-antwerp-bruges-half-year-throughput", "2025-07-10", "2025-07-10",
        "[[PORT OF ANTWERP-BRUGES|ORG|Port of Antwerp-Bruges]]\n"
        "Press release – [[Antwerp|GPE]], [[10 July 2025|D|2025-07-10]]\n\n"
        "Throughput steady in [[first half of 2025|D|2025-01/2025-06]] as containers grow\n\n"
        "[[Port of Antwerp-Bruges|ORG]] handled [[138.4 million tonnes|quantity|138400000|t]] of freight in "
        "[[the first six months of 2025|D|2025-01/2025-06]], [[0.6%|percent|0.6|%]] more than a year earlier.\n\n"
        "Freight by type, [[H1 2025|D|2025-01/2025-06]] (million tonnes, change)\n"
        "Containers    [[79.1|quantity|79100000|t]]   [[+4.8%|percent|4.8|%]]\n"
        "Liquid bulk   [[36.2|quantity|36200000|t]]   [[-5.1%|percent|-5.1|%]]\n"
        "Dry bulk      [[8.9|quantity|8900000|t]]    [[-7.3%|percent|-7.3|%]]\n"
        "Breakbulk     [[5.6|quantity|5600000|t]]    [[-3.4%|percent|-3.4|%]]\n\n"
        "Container volume rose to [[6.9 million|count|6900000|unit]] standard container units (TEU). Imports of liquefied natural gas "
        "at the [[Zeebrugge|GPE]] terminal fell after [[Qatar|GPE]] shipped more cargoes to [[Asia|LOC]].\n\n"
        "Chief Executive [[Jacques Vandermeiren|PERSON]] said the growth showed that shipping lines trusted the "
        "port despite congestion at the barge terminals. “We need the Extended Gateway Platform now, not in "
        "[[ten years|D|P10Y]],” he said.\n\n"
        "Chair of the board [[Annick De Ridder|PERSON]] warned that [[U.S.|GPE|United States]] tariffs could "
        "weigh on car exports in [[the second half|D|2025-07/2025-12]]. The port expects to invest "
        "[[€2.1 billion|money|2100000000|EUR]] by [[2030|D|2030]].\n\n"
        "Notes to editors\n"
        "- Figures in the table are rounded; \"TEU\" is the standard container unit.\n"
        "- The port was formed in [[April 2022|D|2022-04]] by the merger of the ports of "
        "[[Antwerp|GPE]] and [[Bruges|GPE]].",
        [
            ("Jacques Vandermeiren", "say", "the growth showed that shipping lines trusted the port despite "
             "congestion at the barge terminals", False),
            ("Jacques Vandermeiren", "say", "We need the Extended Gateway Platform now, not in ten years", True),
            ("Annick De Ridder", "warn", "U.S. tariffs could weigh on car exports in the second half", False),
            ("Port of Antwerp-Bruges", "expect", "invest €2.1 billion by 2030", False),
        ],
    ),
]
