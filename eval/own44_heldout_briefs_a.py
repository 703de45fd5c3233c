"""Held-out set 44 (blind): marked texts of briefs 01-07 and their statements (see
``build_own44_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own44-ho-01", "boe-mpc-decision", "2025-11-06", "2025-11-06",
        "[[Bank of England|ORG]] holds Bank Rate at [[4%|percent|4|%]]\n"
        "Monetary Policy Summary, [[November 2025|D|2025-11]]\n"
        "[[London|GPE]], [[6 November 2025|D|2025-11-06]]\n\n"
        "At its meeting ending on [[5 November 2025|D|2025-11-05]], the [[Monetary Policy "
        "Committee|ORG|Monetary Policy Committee (United Kingdom)]] ([[MPC|ORG|Monetary Policy Committee "
        "(United Kingdom)]]) voted by a majority of [[5|number|5]]-[[4|number|4]] to maintain Bank Rate at "
        "[[4%|percent|4|%]]. [[Four|count|4|member]] members preferred to reduce Bank Rate by "
        "[[0.25 percentage points|percent|0.25|pp]], to [[3.75%|percent|3.75|%]].\n\n"
        "Twelve-month CPI inflation was [[3.8%|percent|3.8|%]] in [[September|D|2025-09]], well above the "
        "[[2%|percent|2|%]] target, and the [[Committee|ORG|Monetary Policy Committee (United Kingdom)]] "
        "expects inflation to fall to [[around 3%|percent|3|%]] by [[January|D|2026-01]]. GDP grew by "
        "[[0.1%|percent|0.1|%]] in [[the third quarter|D|2025-07/2025-09]].\n\n"
        "Governor [[Andrew Bailey|PERSON]] said: “We still think Bank Rate is on a gradual path downward. "
        "But we need to be surer that inflation is on track to return to [[2%|percent|2|%]] before we cut "
        "again.”\n\n"
        "[[Bailey|PERSON|Andrew Bailey]] told a press conference that the labour market had loosened, with "
        "unemployment at [[4.8%|percent|4.8|%]], the highest rate since [[2021|D|2021]].\n\n"
        "Deputy Governor [[Sarah Breeden|PERSON]], who voted for a cut, warned that keeping rates high for "
        "too long risked pushing inflation below target in [[2027|D|2027]].\n\n"
        "The [[Bank|ORG|Bank of England]] estimated that changes to household energy bills would take "
        "[[about 0.4 percentage points|percent|0.4|pp]] off inflation over "
        "[[the next six months|D|2025-11-06/2026-05-06]]. Its stock of [[UK|GPE|United Kingdom]] "
        "government bonds held for monetary policy purposes stands at "
        "[[about £558 billion|money|558000000000|GBP]].\n\n"
        "Chancellor [[Rachel Reeves|PERSON]] will deliver the Budget on [[26 November|D|2025-11-26]]. "
        "The next Monetary Policy Summary will be published on "
        "[[Thursday 18 December|D|2025-12-18]].",
        [
            ("Monetary Policy Committee (United Kingdom)", "expect", "inflation to fall to around 3% by January",
             False),
            ("Andrew Bailey", "say", "We still think Bank Rate is on a gradual path downward. But we need to be "
             "surer that inflation is on track to return to 2% before we cut again.", True),
            ("Andrew Bailey", "tell", "the labour market had loosened, with unemployment at 4.8%, the highest "
             "rate since 2021", False),
            ("Sarah Breeden", "warn", "keeping rates high for too long risked pushing inflation below target in "
             "2027", False),
            ("Bank of England", "estimate", "changes to household energy bills would take about 0.4 percentage "
             "points off inflation over the next six months", False),
        ],
    ),
    (
        "own44-ho-02", "cso-property-prices", "2025-11-19", "2025-11-19",
        "Residential Property Price Index [[September 2025|D|2025-09]]\n"
        "[[Central Statistics Office|ORG|Central Statistics Office (Ireland)]]\n"
        "Release date: [[Wednesday, 19 November 2025|D|2025-11-19]]\n\n"
        "Key findings\n"
        "• Residential property prices rose by [[7.5%|percent|7.5|%]] nationally in "
        "[[the 12 months to September 2025|D|2024-10/2025-09]].\n"
        "• In [[Dublin|GPE]], prices increased by [[6.1%|percent|6.1|%]], while prices outside "
        "[[Dublin|GPE]] rose by [[8.7%|percent|8.7|%]].\n"
        "• The highest growth was in [[Longford|GPE|County Longford]], at [[14.0%|percent|14|%]], and the "
        "lowest in [[Dún Laoghaire-Rathdown|GPE]], at [[2.9%|percent|2.9|%]].\n"
        "• The median price of a home bought in [[the 12 months to September|D|2024-10/2025-09]] was "
        "[[€375,000|money|375000|EUR]].\n"
        "• [[4,812|count|4812|purchase]] household dwelling purchases were filed with the "
        "[[Revenue Commissioners|ORG]] in [[September|D|2025-09]], [[3.9%|percent|3.9|%]] fewer than in "
        "[[September 2024|D|2024-09]].\n\n"
        "Commenting on the release, [[Pádraig Dalton|PERSON]], Director General of the "
        "[[CSO|ORG|Central Statistics Office (Ireland)]], said: “Prices have now risen for "
        "[[more than two years|D|P2Y]] without a break, and first-time buyers paid a median of "
        "[[€340,000|money|340000|EUR]].”\n\n"
        "The [[CSO|ORG|Central Statistics Office (Ireland)]] noted that national prices were "
        "[[17.4%|percent|17.4|%]] higher than at their previous peak in [[April 2007|D|2007-04]]. In "
        "[[County Kerry|GPE]], the median price was [[€250,000|money|250000|EUR]].\n\n"
        "Minister for Housing [[James Browne|PERSON]] said the Government’s new housing plan, due "
        "[[next week|D|2025-W48]], would aim to deliver [[300,000|count|300000|home]] homes by "
        "[[2030|D|2030]]. He added that [[about 40,000|count|40000|home]] new homes had been completed in "
        "[[the first nine months of 2025|D|2025-01/2025-09]].\n\n"
        "The [[Economic and Social Research Institute|ORG]] has forecast that prices will rise by "
        "[[about 5%|percent|5|%]] in [[2026|D|2026]].\n\n"
        "The index for [[October 2025|D|2025-10]] will be published on [[17 December 2025|D|2025-12-17]].",
        [
            ("Pádraig Dalton", "say", "Prices have now risen for more than two years without a break, and "
             "first-time buyers paid a median of €340,000.", True),
            ("Central Statistics Office (Ireland)", "note", "national prices were 17.4% higher than at their "
             "previous peak in April 2007", False),
            ("James Browne", "say", "the Government’s new housing plan, due next week, would aim to deliver "
             "300,000 homes by 2030", False),
            ("James Browne", "add", "about 40,000 new homes had been completed in the first nine months of 2025",
             False),
            ("Economic and Social Research Institute", "forecast", "prices will rise by about 5% in 2026", False),
        ],
    ),
    (
        "own44-ho-03", "cnmc-fine", "2024-07-30", "2024-07-30",
        "THE [[CNMC|ORG|National Markets and Competition Commission]] FINES [[BOOKING|ORG|Booking.com]] "
        "[[€413 MILLION|money|413000000|EUR]] FOR ABUSING ITS DOMINANT POSITION\n"
        "[[Madrid|GPE]], [[30 July 2024|D|2024-07-30]]\n\n"
        "• The fine of [[€413.24 million|money|413240000|EUR]] is the highest ever imposed by the "
        "[[CNMC|ORG|National Markets and Competition Commission]].\n"
        "• [[Booking|ORG|Booking.com]] imposed unfair conditions on hotels in [[Spain|GPE]] "
        "[[from January 2019 to July 2024|D|2019-01/2024-07]].\n\n"
        "The [[National Markets and Competition Commission|ORG]] ([[CNMC|ORG|National Markets and Competition "
        "Commission]]) has fined [[Booking.com B.V.|ORG|Booking.com]] and its parent company, "
        "[[Booking Holdings|ORG]], for abusing their dominant position in the market "
        "for online hotel booking services in [[Spain|GPE]], where [[Booking|ORG|Booking.com]] holds a "
        "share of [[70%|percent|70|%]] to [[90%|percent|90|%]].\n\n"
        "The investigation began in [[October 2022|D|2022-10]] after complaints from the [[Spanish "
        "Confederation of Hotels and Tourist Accommodation|ORG]] ([[CEHAT|ORG|Spanish Confederation of "
        "Hotels and Tourist Accommodation]]) and the [[Spanish|NORP]] association of hotel managers. The "
        "platform barred hotels from offering lower prices on their own websites and could end contracts "
        "without notice, affecting [[about 15,000|count|15000|hotel]] hotels.\n\n"
        "[[CNMC|ORG|National Markets and Competition Commission]] President [[Cani Fernández|PERSON]] said: “Hotels cannot do without this platform, and "
        "[[Booking|ORG|Booking.com]] used that power to impose conditions that no hotel would accept in a "
        "market with real competition.”\n\n"
        "The [[CNMC|ORG|National Markets and Competition Commission]] ordered [[Booking|ORG|Booking.com]] to "
        "end the practices within [[three months|D|P3M]].\n\n"
        "[[Booking.com|ORG]] said it strongly disagreed with the decision and would appeal.\n\n"
        "[[CEHAT|ORG|Spanish Confederation of Hotels and Tourist Accommodation]] president [[Juan "
        "Molas|PERSON]] urged the [[European Commission|ORG]] to apply the [[Digital Markets Act|LAW]] to "
        "hotel platforms across the [[European Union|ORG]]. He estimated that [[Spanish|NORP]] hotels paid "
        "[[more than €1 billion|money|1000000000|EUR]] in commissions in [[2023|D|2023]].",
        [
            ("Cani Fernández", "say", "Hotels cannot do without this platform, and Booking used that power to "
             "impose conditions that no hotel would accept in a market with real competition.", True),
            ("Booking.com", "say", "it strongly disagreed with the decision and would appeal", False),
            ("Juan Molas", "urge", "the European Commission to apply the Digital Markets Act to hotel platforms "
             "across the European Union", False),
            ("Juan Molas", "estimate", "Spanish hotels paid more than €1 billion in commissions in 2023", False),
        ],
    ),
    (
        "own44-ho-04", "imo-eruption-notice", "2025-07-17", "2025-07-17",
        "[[Icelandic Meteorological Office|ORG]]\n"
        "Update: [[17 July 2025|D|2025-07-17]], 14:00\n"
        "Subject: Eruption on the [[Sundhnúkur|LOC|Sundhnúkur crater row]] crater row\n"
        "Status: ongoing; aviation colour code orange\n\n"
        "An eruption began early on [[Wednesday|D|2025-07-16]] north of [[Grindavík|GPE]] on the "
        "[[Reykjanes|LOC|Reykjanes Peninsula]] peninsula, the [[ninth|ordinal|9]] on the crater row since "
        "[[December 2023|D|2023-12]]. The fissure was [[about 2.4 km|quantity|2.4|km]] long when it opened. "
        "Lava has since covered [[about 1.5 square kilometres|quantity|1.5|km2]], flowing east and "
        "south-east, away from infrastructure.\n\n"
        "Seismicity: [[about 250|count|250|earthquake]] earthquakes were recorded before the eruption, the "
        "largest of magnitude [[3.2|number|3.2]].\n\n"
        "Gas: sulphur dioxide may reach [[Reykjanesbær|GPE]] and [[Vogar|GPE]] [[today|D|2025-07-17]], and "
        "[[Reykjavík|GPE]] [[tomorrow|D|2025-07-18]] if the wind turns.\n\n"
        "Geophysicist [[Benedikt Ófeigsson|PERSON]] said: “Magma had been accumulating under "
        "[[Svartsengi|FAC|Svartsengi Power Station]] since the last eruption in [[April|D|2025-04]]. The "
        "activity is now concentrated in [[two|count|2|vent]] vents.”\n\n"
        "The [[Icelandic Meteorological Office|ORG]] estimates that "
        "[[about 20 million cubic metres|quantity|20000000|m3]] of magma had collected before the eruption. "
        "It warned that new fissures could open with little warning, also inside [[Grindavík|GPE]].\n\n"
        "[[Grindavík|GPE]], the [[Blue Lagoon|FAC]] and the [[Svartsengi|FAC|Svartsengi Power Station]] power "
        "plant were evacuated overnight. [[Isavia|ORG]] said flights at [[Keflavík Airport|FAC|Keflavík "
        "International Airport]] were operating normally.\n\n"
        "Minister of Justice [[Þorbjörg Sigríður Gunnlaugsdóttir|PERSON]] urged residents not to approach "
        "the eruption site.\n\n"
        "The next update will be issued on [[Friday|D|2025-07-18]].",
        [
            ("Benedikt Ófeigsson", "say", "Magma had been accumulating under Svartsengi since the last eruption "
             "in April. The activity is now concentrated in two vents.", True),
            ("Icelandic Meteorological Office", "estimate", "about 20 million cubic metres of magma had collected "
             "before the eruption", False),
            ("Icelandic Meteorological Office", "warn", "new fissures could open with little warning, also inside "
             "Grindavík", False),
            ("Isavia", "say", "flights at Keflavík Airport were operating normally", False),
            ("Þorbjörg Sigríður Gunnlaugsdóttir", "urge", "residents not to approach the eruption site", False),
        ],
    ),
    (
        "own44-ho-05", "icrc-news-release", "2025-02-04", "2025-02-04",
        "[[DR Congo|GPE|Democratic Republic of the Congo]]: [[Goma|GPE]] hospitals overwhelmed as wounded keep arriving\n"
        "[[GOMA|GPE|Goma]]/[[GENEVA|GPE|Geneva]], [[4 February 2025|D|2025-02-04]]\n\n"
        "Hospitals in [[Goma|GPE]] supported by the [[International Committee of the Red Cross|ORG]] "
        "([[ICRC|ORG|International Committee of the Red Cross]]) have admitted "
        "[[more than 600|count|600|patient]] wounded patients since [[26 January|D|2025-01-26]], as fighting "
        "between the [[M23|ORG|March 23 Movement]] armed group and the [[Congolese|NORP]] army spread through "
        "the capital of [[North Kivu|GPE]] province.\n\n"
        "The [[CBCA Ndosho|FAC|CBCA Ndosho Hospital]] hospital, built for [[about 130|count|130|bed]] beds, "
        "is treating [[more than 300|count|300|patient]] patients, many of them in tents. The "
        "[[ICRC|ORG|International Committee of the Red Cross]] has sent [[two|count|2|team]] surgical teams "
        "and [[12 tonnes|quantity|12|t]] of medical supplies.\n\n"
        "“The hospitals are full, the staff are exhausted and the wounded keep coming,” said "
        "[[Myriam Favier|PERSON]], head of the [[ICRC|ORG|International Committee of the Red Cross]] "
        "sub-delegation in [[Goma|GPE]].\n\n"
        "Water has been restored to [[some 500,000|count|500000|resident]] residents after the "
        "[[ICRC|ORG|International Committee of the Red Cross]] delivered [[12,000 litres|quantity|12000|l]] "
        "of fuel to the city’s pumping station, according to [[François Moreillon|PERSON]], head of the "
        "delegation in the [[Democratic Republic of the Congo|GPE]].\n\n"
        "“Bodies must be collected and identified with dignity, and families must be told,” "
        "[[Moreillon|PERSON|François Moreillon]] added.\n\n"
        "According to the [[ICRC|ORG|International Committee of the Red Cross]], "
        "[[about 2,000|count|2000|child]] children have been separated from their families since "
        "[[January|D|2025-01]].\n\n"
        "[[ICRC|ORG|International Committee of the Red Cross]] President [[Mirjana Spoljaric|PERSON]] urged all parties to spare civilians and medical "
        "facilities. The organization is appealing for [[CHF 20 million|money|20000000|CHF]] to expand its "
        "work in eastern [[Congo|GPE|Democratic Republic of the Congo]] over "
        "[[the next three months|D|2025-02-04/2025-05-04]].",
        [
            ("Myriam Favier", "say", "The hospitals are full, the staff are exhausted and the wounded keep "
             "coming", True),
            ("François Moreillon", "according to", "Water has been restored to some 500,000 residents after the "
             "ICRC delivered 12,000 litres of fuel to the city’s pumping station", False),
            ("François Moreillon", "add", "Bodies must be collected and identified with dignity, and families "
             "must be told", True),
            ("International Committee of the Red Cross", "according to", "about 2,000 children have been "
             "separated from their families since January", False),
            ("Mirjana Spoljaric", "urge", "all parties to spare civilians and medical facilities", False),
        ],
    ),
    (
        "own44-ho-06", "ecopetrol-results", "2025-11-11", "2025-11-11",
        "[[Ecopetrol|ORG]] reports net income of [[COP 2.7 trillion|money|2700000000000|COP]] for the "
        "[[third quarter of 2025|D|2025-07/2025-09]]\n"
        "[[Bogotá|GPE]], [[November 11, 2025|D|2025-11-11]]\n\n"
        "[[Ecopetrol S.A.|ORG|Ecopetrol]] ([[BVC|ORG|Colombia Stock Exchange]]: ECOPETROL; "
        "[[NYSE|ORG|New York Stock Exchange]]: EC) announced [[today|D|2025-11-11]] its results for "
        "[[the third quarter of 2025|D|2025-07/2025-09]].\n\n"
        "Revenues        [[COP 30.1 trillion|money|30100000000000|COP]]\n"
        "EBITDA          [[COP 12.4 trillion|money|12400000000000|COP]]\n"
        "EBITDA margin   [[41.2%|percent|41.2|%]]\n"
        "Net income      [[COP 2.7 trillion|money|2700000000000|COP]], down [[19%|percent|19|%]] year on year\n"
        "Production      [[751,000 barrels|quantity|751000|bbl]] of oil equivalent per day\n\n"
        "The Brent price averaged [[US$68.2|money|68.2|USD]] per barrel in the quarter, compared with "
        "[[US$78.7|money|78.7|USD]] in [[the third quarter of 2024|D|2024-07/2024-09]]. Output from the [[Permian|LOC|Permian Basin]] basin in "
        "the [[United States|GPE]], developed with [[Occidental Petroleum|ORG]], reached "
        "[[101,000 barrels|quantity|101000|bbl]] a day.\n\n"
        "“We delivered the highest quarterly production in [[a decade|D|P10Y]] while cutting costs,” said "
        "[[Ricardo Roa|PERSON]], President of [[Ecopetrol|ORG]]. “The energy transition is moving forward "
        "without weakening our finances.”\n\n"
        "The company said the [[Barrancabermeja|FAC|Barrancabermeja Refinery]] and "
        "[[Cartagena|FAC|Cartagena Refinery]] refineries processed [[421,000 barrels|quantity|421000|bbl]] "
        "a day, a record.\n\n"
        "[[Ecopetrol|ORG]] expects capital spending for [[2025|D|2025]] of "
        "[[COP 24 trillion|money|24000000000000|COP]] to [[COP 28 trillion|money|28000000000000|COP]].\n\n"
        "Minister of Mines and Energy [[Edwin Palma|PERSON]] said the government would not approve new "
        "fracking projects in [[Colombia|GPE]].",
        [
            ("Ricardo Roa", "say", "We delivered the highest quarterly production in a decade while cutting "
             "costs", True),
            ("Ricardo Roa", "say", "The energy transition is moving forward without weakening our finances.",
             True),
            ("Ecopetrol", "say", "the Barrancabermeja and Cartagena refineries processed 421,000 barrels a day, "
             "a record", False),
            ("Ecopetrol", "expect", "capital spending for 2025 of COP 24 trillion to COP 28 trillion", False),
            ("Edwin Palma", "say", "the government would not approve new fracking projects in Colombia", False),
        ],
    ),
    (
        "own44-ho-07", "ebrd-loan", "2025-06-24", "2025-06-24",
        "[[EBRD|ORG|European Bank for Reconstruction and Development]] lends "
        "[[€100 million|money|100000000|EUR]] for water security in [[Morocco|GPE]]\n"
        "[[Rabat|GPE]], [[24 June 2025|D|2025-06-24]]\n\n"
        "The [[European Bank for Reconstruction and Development|ORG]] ([[EBRD|ORG|European Bank for "
        "Reconstruction and Development]]) is lending [[€100 million|money|100000000|EUR]] to "
        "[[Morocco|GPE]]’s [[National Office of Electricity and Drinking Water|ORG]] "
        "([[ONEE|ORG|National Office of Electricity and Drinking Water]]) to expand drinking water supply in "
        "the [[Souss-Massa|GPE]] region and around [[Casablanca|GPE]].\n\n"
        "The loan, worth [[about MAD 1.07 billion|money|1070000000|MAD]], is co-financed with a "
        "[[€10 million|money|10000000|EUR]] grant from the [[European Union|ORG]]. It will finance "
        "[[85 kilometres|quantity|85|km]] of pipelines and [[six|count|6|reservoir]] reservoirs, and "
        "will bring water to [[about 1.2 million|count|1200000|person]] people.\n\n"
        "“[[Morocco|GPE]] has faced [[six|count|6|year]] consecutive years of drought,” said "
        "[[Antoine Sallé de Chou|PERSON]], [[EBRD|ORG|European Bank for Reconstruction and Development]] "
        "Head of [[Morocco|GPE]]. “This investment will help [[ONEE|ORG|National Office of Electricity and "
        "Drinking Water]] cut water losses by a third.”\n\n"
        "[[ONEE|ORG|National Office of Electricity and Drinking Water]] Director General [[Abderrahim El Hafidi|PERSON]] said the works would start in "
        "[[September|D|2025-09]] and be completed within [[three years|D|P3Y]]. He added that leaks cost "
        "the utility [[about 25%|percent|25|%]] of the water it produces.\n\n"
        "Notes to editors\n"
        "-- The [[EBRD|ORG|European Bank for Reconstruction and Development]] has invested "
        "[[more than €5 billion|money|5000000000|EUR]] in [[Morocco|GPE]] through "
        "[[108|count|108|project]] projects since [[2012|D|2012]].\n"
        "-- The [[EBRD|ORG|European Bank for Reconstruction and Development]] expects to commit "
        "[[around €500 million|money|500000000|EUR]] to [[Moroccan|NORP]] water and energy projects "
        "in [[2025|D|2025]].",
        [
            ("Antoine Sallé de Chou", "say", "Morocco has faced six consecutive years of drought", True),
            ("Antoine Sallé de Chou", "say", "This investment will help ONEE cut water losses by a third.", True),
            ("Abderrahim El Hafidi", "say", "the works would start in September and be completed within three "
             "years", False),
            ("Abderrahim El Hafidi", "add", "leaks cost the utility about 25% of the water it produces", False),
            ("European Bank for Reconstruction and Development", "expect", "commit around €500 million to "
             "Moroccan water and energy projects in 2025", False),
        ],
    ),
]
