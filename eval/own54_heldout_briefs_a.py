"""Held-out set 54 (blind): marked texts of briefs 01-07 and their statements (see
``build_own54_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own54-ho-01", "bcra-exchange-band", "2025-04-11", "2025-04-11",
        "[[BANCO CENTRAL DE LA REPÚBLICA ARGENTINA|ORG|Central Bank of Argentina]]\n"
        "Press release – [[Buenos Aires|GPE]], [[11 April 2025|D|2025-04-11]]\n\n"
        "THE [[BCRA|ORG|Central Bank of Argentina]] LIFTS EXCHANGE RESTRICTIONS FOR INDIVIDUALS AND SETS A "
        "FLOATING BAND\n\n"
        "The [[Central Bank of Argentina|ORG]] ([[BCRA|ORG|Central Bank of Argentina]]) decided "
        "[[today|D|2025-04-11]] to end the restrictions on purchases of foreign currency by individuals, in "
        "force since [[September 2019|D|2019-09]]. From [[Monday, 14 April|D|2025-04-14]], the peso will float "
        "within a band of [[ARS 1,000|money|1000|ARS]] to [[ARS 1,400|money|1400|ARS]] per "
        "[[U.S.|GPE|United States]] dollar, whose limits will widen by [[1%|percent|1|%]] a month.\n\n"
        "Main measures (Communication “A” 8226):\n"
        "• No limit on purchases of dollars by individuals\n"
        "• Companies may pay dividends to foreign shareholders for fiscal years beginning on or after "
        "[[1 January 2025|D|2025-01-01]]\n"
        "• The [[BCRA|ORG|Central Bank of Argentina]] will not intervene inside the band\n\n"
        "The measures follow the approval by the [[International Monetary Fund|ORG]] of a "
        "[[48-month|D|P48M]] Extended Fund Facility of [[US$20 billion|money|20000000000|USD]], of which "
        "[[US$12 billion|money|12000000000|USD]] will be disbursed [[next week|D|2025-W16]].\n\n"
        "Governor [[Santiago Bausili|PERSON]] said the bank had built up the reserves needed to defend the "
        "band. “[[Argentines|NORP|Argentine]] will buy and sell dollars freely for the [[first|ordinal|1]] "
        "time in [[almost six years|D|P6Y]],” he said.\n\n"
        "Economy Minister [[Luis Caputo|PERSON]] told a press conference that inflation, which reached "
        "[[3.7%|percent|3.7|%]] in [[March|D|2025-03]], would fall further once the exchange rate settled. He "
        "added that the [[World Bank|ORG]] and the [[Inter-American Development Bank|ORG]] had pledged a "
        "further [[US$22 billion|money|22000000000|USD]].\n\n"
        "The [[BCRA|ORG|Central Bank of Argentina]] expects gross reserves to exceed "
        "[[US$50 billion|money|50000000000|USD]] in [[May|D|2025-05]].",
        [
            ("Santiago Bausili", "say", "the bank had built up the reserves needed to defend the band", False),
            ("Santiago Bausili", "say", "Argentines will buy and sell dollars freely for the first time in almost "
             "six years", True),
            ("Luis Caputo", "tell", "inflation, which reached 3.7% in March, would fall further once the exchange "
             "rate settled", False),
            ("Luis Caputo", "add", "the World Bank and the Inter-American Development Bank had pledged a further "
             "US$22 billion", False),
            ("Central Bank of Argentina", "expect", "gross reserves to exceed US$50 billion in May", False),
        ],
    ),
    (
        "own54-ho-02", "statistics-poland-gdp-flash", "2025-01-30", "2025-01-30",
        "From: [[Statistics Poland|ORG]] ([[GUS|ORG|Statistics Poland]])\n"
        "[[Warsaw|GPE]], [[30 January 2025|D|2025-01-30]]\n\n"
        "PRELIMINARY ESTIMATE OF GROSS DOMESTIC PRODUCT FOR [[2024|D|2024]]\n\n"
        "[[Poland|GPE]]’s gross domestic product grew by [[2.9%|percent|2.9|%]] in real terms in "
        "[[2024|D|2024]], after [[0.1%|percent|0.1|%]] in [[2023|D|2023]], [[Statistics Poland|ORG]] said "
        "[[today|D|2025-01-30]]. In current prices GDP reached [[PLN 3,642.3 billion|money|3642300000000|PLN]] "
        "([[about €850 billion|money|850000000000|EUR]]).\n\n"
        "Growth by component, [[2024|D|2024]] (constant prices)\n"
        "Household consumption             [[+3.1%|percent|3.1|%]]\n"
        "Public consumption                [[+6.4%|percent|6.4|%]]\n"
        "Gross fixed capital formation     [[-2.2%|percent|-2.2|%]]\n"
        "Exports of goods and services     [[+1.1%|percent|1.1|%]]\n"
        "Imports of goods and services     [[+3.3%|percent|3.3|%]]\n\n"
        "Domestic demand rose [[4.4%|percent|4.4|%]] and added [[4.1 percentage points|percent|4.1|pp]] to "
        "growth, while net exports subtracted [[1.2 percentage points|percent|1.2|pp]].\n\n"
        "Finance Minister [[Andrzej Domański|PERSON]] said the economy had entered a phase of steady growth "
        "and that investment financed with [[European Union|ORG]] funds would pick up in "
        "[[the second half of 2025|D|2025-07/2025-12]]. “[[Poland|GPE]] is growing faster than most of "
        "[[Europe|LOC]] for the [[third|ordinal|3]] year in a row,” he added.\n\n"
        "[[PKO Bank Polski|ORG]] expects growth of [[3.4%|percent|3.4|%]] [[this year|D|2025]].\n\n"
        "[[National Bank of Poland|ORG]] President [[Adam Glapiński|PERSON]] warned [[last week|D|2025-W04]] "
        "that inflation, at [[4.7%|percent|4.7|%]] in [[December|D|2024-12]], would rise again in "
        "[[the first quarter|D|2025-01/2025-03]]. [[Glapiński|PERSON|Adam Glapiński]] said interest rates "
        "could be cut only later in the year.\n\n"
        "The flash estimate for [[the fourth quarter of 2024|D|2024-10/2024-12]] will be published on "
        "[[28 February|D|2025-02-28]].",
        [
            ("Statistics Poland", "say", "Poland’s gross domestic product grew by 2.9% in real terms in 2024, after "
             "0.1% in 2023", False),
            ("Andrzej Domański", "say", "the economy had entered a phase of steady growth and that investment "
             "financed with European Union funds would pick up in the second half of 2025", False),
            ("Andrzej Domański", "add", "Poland is growing faster than most of Europe for the third year in a "
             "row", True),
            ("PKO Bank Polski", "expect", "growth of 3.4% this year", False),
            ("Adam Glapiński", "warn", "inflation, at 4.7% in December, would rise again in the first quarter",
             False),
            ("Adam Glapiński", "say", "interest rates could be cut only later in the year", False),
        ],
    ),
    (
        "own54-ho-03", "embraer-annual-results", "2025-03-11", "2025-03-11",
        "[[SÃO JOSÉ DOS CAMPOS|GPE|São José dos Campos]], [[Brazil|GPE]], [[11 March 2025|D|2025-03-11]] – "
        "[[Embraer S.A.|ORG|Embraer]] ([[B3|ORG|B3 (stock exchange)]]: EMBR3, [[NYSE|ORG|New York Stock "
        "Exchange]]: ERJ) [[today|D|2025-03-11]] reported its results for [[the fourth quarter|D|2024-10/2024-12]] "
        "and the full year [[2024|D|2024]].\n\n"
        "Highlights – [[2024|D|2024]]\n"
        "- Revenue: [[US$6.4 billion|money|6400000000|USD]], up [[22%|percent|22|%]], a record\n"
        "- Adjusted EBIT: [[US$604 million|money|604000000|USD]]; margin [[9.4%|percent|9.4|%]]\n"
        "- Deliveries: [[206|count|206|aircraft]] aircraft ([[73|count|73|aircraft]] commercial, "
        "[[130|count|130|aircraft]] executive, [[3|count|3|aircraft]] defense)\n"
        "- Firm order backlog: [[US$26.3 billion|money|26300000000|USD]], the highest in "
        "[[nine years|D|P9Y]]\n"
        "- Net income: [[US$352 million|money|352000000|USD]] ([[R$ 1.9 billion|money|1900000000|BRL]])\n\n"
        "President and CEO [[Francisco Gomes Neto|PERSON]] said: “[[2024|D|2024]] was a turning point. We "
        "delivered more jets than in any year since [[2019|D|2019]], and our backlog has never been this "
        "strong.”\n\n"
        "The [[Brazilian Air Force|ORG]] received [[two|count|2|aircraft]] [[C-390 Millennium|PRODUCT|Embraer "
        "C-390 Millennium]] transport aircraft in [[2024|D|2024]], and [[Austria|GPE]] and the "
        "[[Netherlands|GPE]] confirmed orders for the type.\n\n"
        "The company expects to deliver [[77|count|77|jet]] to [[85|count|85|jet]] commercial jets and "
        "[[145|count|145|jet]] to [[155|count|155|jet]] executive jets in [[2025|D|2025]], with revenue of "
        "[[US$7.0 billion|money|7000000000|USD]] to [[US$7.5 billion|money|7500000000|USD]].\n\n"
        "[[Gomes Neto|PERSON|Francisco Gomes Neto]] added that supply-chain delays, especially of engines and "
        "seats, would hold back deliveries in [[the first quarter|D|2025-01/2025-03]].\n\n"
        "Chief Financial Officer [[Antonio Carlos Garcia|PERSON]] told analysts that free cash flow, excluding "
        "[[Eve|ORG|Eve Air Mobility]], had reached [[US$380 million|money|380000000|USD]], well above the "
        "company’s guidance of [[at least US$220 million|money|220000000|USD]].",
        [
            ("Francisco Gomes Neto", "say", "2024 was a turning point. We delivered more jets than in any year "
             "since 2019, and our backlog has never been this strong.", True),
            ("Embraer", "expect", "deliver 77 to 85 commercial jets and 145 to 155 executive jets in 2025, with "
             "revenue of US$7.0 billion to US$7.5 billion", False),
            ("Francisco Gomes Neto", "add", "supply-chain delays, especially of engines and seats, would hold back "
             "deliveries in the first quarter", False),
            ("Antonio Carlos Garcia", "tell", "free cash flow, excluding Eve, had reached US$380 million, well "
             "above the company’s guidance of at least US$220 million", False),
        ],
    ),
    (
        "own54-ho-04", "finland-nbi-estlink-cable", "2024-12-28", "2024-12-28",
        "[[NATIONAL BUREAU OF INVESTIGATION|ORG|National Bureau of Investigation (Finland)]]\n"
        "Press release, [[Helsinki|GPE]], [[28 December 2024|D|2024-12-28]]\n\n"
        "Investigation into damage to the [[Estlink 2|FAC]] power cable continues\n\n"
        "Offences: aggravated criminal mischief; aggravated interference with telecommunications\n"
        "Vessel: [[Eagle S|PRODUCT]], oil tanker, flag [[Cook Islands|GPE]]\n"
        "Detained: [[26 December 2024|D|2024-12-26]], off [[Porkkala|LOC]]\n"
        "Crew members: [[24|count|24|crew member]]\n"
        "Cables damaged: [[5|count|5|cable]]\n\n"
        "The [[National Bureau of Investigation|ORG|National Bureau of Investigation (Finland)]] suspects that "
        "the [[Eagle S|PRODUCT]] dragged its anchor along the seabed for [[nearly 100 kilometres|quantity|100|km]] "
        "on [[Wednesday|D|2024-12-25]], damaging the [[Estlink 2|FAC]] cable between [[Finland|GPE]] and "
        "[[Estonia|GPE]] and [[four|count|4|cable]] telecommunications cables.\n\n"
        "Detective Chief Superintendent [[Sami Paila|PERSON]] told a press conference on "
        "[[Friday|D|2024-12-27]] that the ship’s port anchor was missing and that divers would search the "
        "seabed [[next week|D|2025-W01]].\n\n"
        "[[Finnish Customs|ORG]] said it regarded the vessel as part of [[Russia|GPE]]’s shadow fleet and that "
        "its cargo of [[35,000 tonnes|quantity|35000|t]] of unleaded petrol had been loaded in "
        "[[Ust-Luga|GPE]].\n\n"
        "The grid operator [[Fingrid|ORG]] estimates that repairs to the [[658-megawatt|quantity|658|MW]] link "
        "will take until [[August 2025|D|2025-08]].\n\n"
        "President [[Alexander Stubb|PERSON]] said [[Finland|GPE]] was ready to respond, and the "
        "[[Finnish Defence Forces|ORG]] stepped up surveillance in the [[Gulf of Finland|LOC]]. "
        "[[NATO|ORG]] Secretary General [[Mark Rutte|PERSON]] pledged to enhance the alliance’s military "
        "presence in the [[Baltic Sea|LOC]].",
        [
            ("National Bureau of Investigation (Finland)", "suspect", "the Eagle S dragged its anchor along the "
             "seabed for nearly 100 kilometres on Wednesday, damaging the Estlink 2 cable between Finland and "
             "Estonia and four telecommunications cables", False),
            ("Sami Paila", "tell", "the ship’s port anchor was missing and that divers would search the seabed next "
             "week", False),
            ("Finnish Customs", "say", "it regarded the vessel as part of Russia’s shadow fleet and that its cargo "
             "of 35,000 tonnes of unleaded petrol had been loaded in Ust-Luga", False),
            ("Fingrid", "estimate", "repairs to the 658-megawatt link will take until August 2025", False),
            ("Alexander Stubb", "say", "Finland was ready to respond", False),
            ("Mark Rutte", "pledge", "enhance the alliance’s military presence in the Baltic Sea", False),
        ],
    ),
    (
        "own54-ho-05", "denmark-mod-acceleration-fund", "2025-02-19", "2025-02-19",
        "[[Ministry of Defence|ORG|Ministry of Defence (Denmark)]]\n"
        "[[Copenhagen|GPE]], [[19 February 2025|D|2025-02-19]]\n\n"
        "[[DENMARK|GPE|Denmark]] SETS UP [[DKK 50 BILLION|money|50000000000|DKK]] [[ACCELERATION FUND|ORG|Acceleration Fund]] FOR "
        "DEFENCE\n\n"
        "The Government has [[today|D|2025-02-19]] decided to create an [[Acceleration Fund|ORG]] of "
        "[[DKK 50 billion|money|50000000000|DKK]] for [[Danish Defence|ORG]] in [[2025|D|2025]] and "
        "[[2026|D|2026]]. With the fund, [[Denmark|GPE]] will spend [[more than 3%|percent|3|%]] of its gross "
        "domestic product on defence [[this year|D|2025]] and [[next year|D|2026]].\n\n"
        "Prime Minister [[Mette Frederiksen|PERSON]] said: “Buy, buy, buy. If equipment can be delivered "
        "quickly, we should buy it now.”\n\n"
        "Minister of Defence [[Troels Lund Poulsen|PERSON]] told reporters that the money would go to air "
        "defence, ammunition and drones, and that [[Denmark|GPE]] would keep up its support for "
        "[[Ukraine|GPE]]. He estimated that the [[first|ordinal|1]] contracts, worth "
        "[[about DKK 10 billion|money|10000000000|DKK]], would be signed before [[the summer|D|2025-06/2025-08]].\n\n"
        "The [[Ministry of Defence|ORG|Ministry of Defence (Denmark)]] notes that [[Danish|NORP]] industry will "
        "receive a large share of the orders, and calls on suppliers in [[Europe|LOC]] to expand production.\n\n"
        "[[NATO|ORG]] Secretary General [[Mark Rutte|PERSON]] welcomed the decision and said other allies "
        "should follow [[Denmark|GPE]]’s example.\n\n"
        "Notes to editors\n"
        "• The fund comes on top of the [[ten-year|D|P10Y]] defence agreement of [[June 2023|D|2023-06]], worth "
        "[[DKK 143 billion|money|143000000000|DKK]].\n"
        "• [[Denmark|GPE]] has given [[Ukraine|GPE]] military aid worth [[about DKK 70 billion|money|70000000000|DKK]] "
        "since [[2022|D|2022]].\n"
        "• [[NATO|ORG]]’s current guideline is [[2%|percent|2|%]] of GDP.",
        [
            ("Mette Frederiksen", "say", "Buy, buy, buy. If equipment can be delivered quickly, we should buy it "
             "now.", True),
            ("Troels Lund Poulsen", "tell", "the money would go to air defence, ammunition and drones, and that "
             "Denmark would keep up its support for Ukraine", False),
            ("Troels Lund Poulsen", "estimate", "the first contracts, worth about DKK 10 billion, would be signed "
             "before the summer", False),
            ("Ministry of Defence (Denmark)", "note", "Danish industry will receive a large share of the orders",
             False),
            ("Ministry of Defence (Denmark)", "call on", "suppliers in Europe to expand production", False),
            ("Mark Rutte", "say", "other allies should follow Denmark’s example", False),
        ],
    ),
    (
        "own54-ho-06", "hrmmu-ukraine-civilian-harm", "2025-08-12", "2025-08-12",
        "[[UNITED NATIONS HUMAN RIGHTS MONITORING MISSION IN UKRAINE|ORG|United Nations Human Rights Monitoring "
        "Mission in Ukraine]]\n"
        "PROTECTION OF CIVILIANS – MONTHLY UPDATE\n"
        "[[Kyiv|GPE]], [[12 August 2025|D|2025-08-12]]\n\n"
        "Key figures, [[July 2025|D|2025-07]]\n"
        "-- Civilians killed: [[286|count|286|civilian]]\n"
        "-- Civilians injured: [[1,388|count|1388|civilian]]\n"
        "-- Children killed: [[16|count|16|child]]\n"
        "-- Casualties in territory controlled by the Government: [[about 95%|percent|95|%]]\n\n"
        "[[July|D|2025-07]] was the deadliest month for civilians in [[Ukraine|GPE]] since [[May 2022|D|2022-05]], the "
        "[[United Nations Human Rights Monitoring Mission in Ukraine|ORG]] ([[HRMMU|ORG|United Nations Human "
        "Rights Monitoring Mission in Ukraine]]) said [[today|D|2025-08-12]]. Missile and drone attacks by the "
        "armed forces of the [[Russian Federation|GPE|Russia]] killed [[82|count|82|civilian]] civilians in "
        "[[Kyiv|GPE]] alone, most of them on [[31 July|D|2025-07-31]], when a missile struck a residential "
        "building in the [[Sviatoshynskyi|GPE|Sviatoshynskyi District]] district.\n\n"
        "Head of the [[Mission|ORG|United Nations Human Rights Monitoring Mission in Ukraine]] [[Danielle Bell|PERSON]] said: “Civilians are paying an ever higher price for "
        "the intensification of long-range attacks.” She warned that strikes on energy facilities before "
        "[[the winter|D|2025-12/2026-02]] would put millions of people at risk.\n\n"
        "The [[Mission|ORG|United Nations Human Rights Monitoring Mission in Ukraine]] estimates that [[at least 13,800|count|13800|civilian]] civilians, among them "
        "[[more than 720|count|720|child]] children, have been killed since [[February 2022|D|2022-02]]. "
        "Most casualties in [[July|D|2025-07]] occurred in [[Kyiv|GPE]] and in the [[Donetsk|GPE|Donetsk "
        "Oblast]], [[Kharkiv|GPE|Kharkiv Oblast]] and [[Dnipropetrovsk|GPE|Dnipropetrovsk Oblast]] regions.\n\n"
        "[[United Nations|ORG]] High Commissioner for Human Rights [[Volker Türk|PERSON]] urged the "
        "[[Russian Federation|GPE|Russia]] to stop attacks on civilian infrastructure. The [[World Health "
        "Organization|ORG]] reported [[21|count|21|attack]] attacks on health care in [[Ukraine|GPE]] in "
        "[[July|D|2025-07]].",
        [
            ("United Nations Human Rights Monitoring Mission in Ukraine", "say", "July was the deadliest month for "
             "civilians in Ukraine since May 2022", False),
            ("Danielle Bell", "say", "Civilians are paying an ever higher price for the intensification of "
             "long-range attacks.", True),
            ("Danielle Bell", "warn", "strikes on energy facilities before the winter would put millions of people "
             "at risk", False),
            ("United Nations Human Rights Monitoring Mission in Ukraine", "estimate", "at least 13,800 civilians, "
             "among them more than 720 children, have been killed since February 2022", False),
            ("Volker Türk", "urge", "the Russian Federation to stop attacks on civilian infrastructure", False),
            ("World Health Organization", "report", "21 attacks on health care in Ukraine in July", False),
        ],
    ),
    (
        "own54-ho-07", "senapred-valparaiso-wildfires", "2024-02-05", "2024-02-05",
        "[[SENAPRED|ORG|National Disaster Prevention and Response Service]] – [[NATIONAL DISASTER PREVENTION AND "
        "RESPONSE SERVICE|ORG|National Disaster Prevention and Response Service]]\n"
        "Status report: forest fires in the [[Valparaíso Region|GPE]]\n"
        "[[Santiago|GPE]], [[5 February 2024|D|2024-02-05]], 10:00\n\n"
        "Alert: Red, for the communes of [[Viña del Mar|GPE]], [[Quilpué|GPE]], [[Villa Alemana|GPE]] and "
        "[[Limache|GPE]]\n"
        "Deaths confirmed: [[122|count|122|death]]\n"
        "Homes destroyed: [[about 6,000|count|6000|home]]\n"
        "Area burned: [[9,215 hectares|quantity|9215|ha]]\n"
        "Firefighters and brigade members deployed: [[more than 1,400|count|1400|firefighter]]\n"
        "Shelters open: [[24|count|24|shelter]], housing [[1,600|count|1600|person]] people\n\n"
        "The fires began on [[Friday|D|2024-02-02]] afternoon near the [[Lago Peñuelas National Reserve|LOC]] "
        "and, driven by winds of [[up to 60 km/h|quantity|60|km/h]], reached the hills above "
        "[[Viña del Mar|GPE]] within hours.\n\n"
        "Director [[Alicia Cebrián|PERSON]] said the fire front had been contained on its eastern side but "
        "warned that temperatures of [[more than 35 degrees|quantity|35|°C]] were forecast for "
        "[[Wednesday|D|2024-02-07]].\n\n"
        "President [[Gabriel Boric|PERSON]], who declared a state of catastrophe on [[Saturday|D|2024-02-03]], "
        "announced [[two days|D|P2D]] of national mourning and said the death toll would rise "
        "“significantly” in the coming days.\n\n"
        "The [[Servicio Médico Legal|ORG]] has identified [[35|count|35|victim]] victims. Housing Minister "
        "[[Carlos Montes|PERSON]] estimated that rebuilding would cost "
        "[[more than 280 billion pesos|money|280000000000|CLP]] ([[about US$300 million|money|300000000|USD]]).\n\n"
        "The [[Corporación Nacional Forestal|ORG]] ([[CONAF|ORG|Corporación Nacional Forestal]]) said "
        "[[31|count|31|aircraft]] aircraft were fighting the fires in the region.",
        [
            ("Alicia Cebrián", "say", "the fire front had been contained on its eastern side", False),
            ("Alicia Cebrián", "warn", "temperatures of more than 35 degrees were forecast for Wednesday", False),
            ("Gabriel Boric", "announce", "two days of national mourning", False),
            ("Gabriel Boric", "say", "the death toll would rise “significantly” in the coming days", False),
            ("Carlos Montes", "estimate", "rebuilding would cost more than 280 billion pesos (about US$300 million)",
             False),
            ("Corporación Nacional Forestal", "say", "31 aircraft were fighting the fires in the region", False),
        ],
    ),
]
