"""Held-out set 50 (blind): marked texts of briefs 01-07 and their statements (see
``build_own50_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own50-ho-01", "bank-al-maghrib-rate", "2025-03-18", "2025-03-18",
        "[[BANK AL-MAGHRIB|ORG|Bank Al-Maghrib]]\n"
        "PRESS RELEASE\n"
        "[[Rabat|GPE]], [[18 March 2025|D|2025-03-18]]\n\n"
        "The Board of [[Bank Al-Maghrib|ORG]] held its [[first|ordinal|1]] quarterly meeting of "
        "[[the year|D|2025]] [[today|D|2025-03-18]] and decided to lower the key rate by "
        "[[25 basis points|percent|0.25|pp]] to [[2.25 percent|percent|2.25|%]]. [[Bank Al-Maghrib|ORG]] said "
        "the decision was meant to support economic activity and job creation as inflation eases.\n\n"
        "Main points of the Board’s assessment:\n"
        "• Inflation averaged [[0.9 percent|percent|0.9|%]] in [[2024|D|2024]], down from "
        "[[6.1 percent|percent|6.1|%]] in [[2023|D|2023]], and is projected at [[2.2 percent|percent|2.2|%]] in "
        "[[2025|D|2025]] and [[1.8 percent|percent|1.8|%]] in [[2026|D|2026]].\n"
        "• Growth is forecast at [[3.9 percent|percent|3.9|%]] in [[2025|D|2025]], with a cereal harvest of "
        "[[about 4.4 million tonnes|quantity|4400000|t]].\n"
        "• Unemployment rose to [[13.3 percent|percent|13.3|%]] in "
        "[[the fourth quarter of 2024|D|2024-10/2024-12]].\n"
        "• Official reserve assets stood at [[MAD 373.5 billion|money|373500000000|MAD]] on "
        "[[7 March|D|2025-03-07]], or [[more than five months|D|P5M]] of imports.\n\n"
        "At a press conference in [[Rabat|GPE]], Governor [[Abdellatif Jouahri|PERSON]] said the cut would "
        "lower financing costs for households and small firms.\n\n"
        "“The drought is still the main risk for our economy,” [[Jouahri|PERSON|Abdellatif Jouahri]] told "
        "reporters. “We will watch the effects of this decision closely.”\n\n"
        "He added that the dirham’s fluctuation band, widened to [[5 percent|percent|5|%]] either side of the "
        "central rate in [[2020|D|2020]], would not be changed [[this year|D|2025]].\n\n"
        "Economy and Finance Minister [[Nadia Fettah|PERSON|Nadia Fettah Alaoui]] said [[last week|D|2025-W11]] "
        "that the budget deficit would narrow to [[3.5 percent|percent|3.5|%]] of GDP in [[2025|D|2025]] despite "
        "spending of [[MAD 15 billion|money|15000000000|MAD]] on stadiums for the "
        "[[2030 FIFA World Cup|EVENT]].\n\n"
        "The Board will next meet on [[24 June 2025|D|2025-06-24]].",
        [
            ("Bank Al-Maghrib", "say", "the decision was meant to support economic activity and job creation as "
             "inflation eases", False),
            ("Abdellatif Jouahri", "say", "the cut would lower financing costs for households and small firms",
             False),
            ("Abdellatif Jouahri", "tell", "The drought is still the main risk for our economy", True),
            ("Abdellatif Jouahri", "tell", "We will watch the effects of this decision closely.", True),
            ("Abdellatif Jouahri", "add", "the dirham’s fluctuation band, widened to 5 percent either side of the "
             "central rate in 2020, would not be changed this year", False),
            ("Nadia Fettah Alaoui", "say", "the budget deficit would narrow to 3.5 percent of GDP in 2025 despite "
             "spending of MAD 15 billion on stadiums for the 2030 FIFA World Cup", False),
        ],
    ),
    (
        "own50-ho-02", "cystat-tourist-arrivals", "2025-09-17", "2025-09-17",
        "[[STATISTICAL SERVICE OF CYPRUS|ORG|Statistical Service of Cyprus]] ([[CYSTAT|ORG|Statistical Service of "
        "Cyprus]])\n"
        "[[Nicosia|GPE]], [[17 September 2025|D|2025-09-17]]\n\n"
        "TOURIST ARRIVALS: [[AUGUST 2025|D|2025-08]]\n\n"
        "Tourist arrivals reached [[535,281|count|535281|arrival]] in [[August 2025|D|2025-08]] compared with "
        "[[524,946|count|524946|arrival]] in [[August 2024|D|2024-08]], an increase of [[2.0%|percent|2.0|%]]. "
        "For [[January-August 2025|D|2025-01/2025-08]] arrivals totalled [[3,268,102|count|3268102|arrival]], "
        "against [[3,017,520|count|3017520|arrival]] in the same period of [[2024|D|2024]], an increase of "
        "[[8.3%|percent|8.3|%]].\n\n"
        "Main countries of residence, [[August 2025|D|2025-08]]\n"
        "Country           Arrivals    Share (%)\n"
        "[[United Kingdom|GPE]]    [[176,410|count|176410|arrival]]     [[33.0|percent|33.0|%]]\n"
        "[[Israel|GPE]]            [[61,212|count|61212|arrival]]      [[11.4|percent|11.4|%]]\n"
        "[[Poland|GPE]]            [[38,905|count|38905|arrival]]      [[7.3|percent|7.3|%]]\n"
        "[[Germany|GPE]]           [[27,660|count|27660|arrival]]      [[5.2|percent|5.2|%]]\n\n"
        "Residents of [[Cyprus|GPE]] returning from trips abroad numbered [[198,120|count|198120|resident]] in "
        "[[August|D|2025-08]], up [[4.1%|percent|4.1|%]].\n\n"
        "Deputy Minister of Tourism [[Kostas Koumis|PERSON]] said the figures put [[Cyprus|GPE]] on course for "
        "[[more than 4.3 million|count|4300000|arrival]] arrivals in [[2025|D|2025]], a [[third|ordinal|3]] "
        "record year in a row.\n\n"
        "“Demand from [[Poland|GPE]] and [[Israel|GPE]] has held up despite the situation in the region,” "
        "[[Koumis|PERSON|Kostas Koumis]] told the public broadcaster [[CyBC|ORG|Cyprus Broadcasting "
        "Corporation]].\n\n"
        "The [[Cyprus Hotel Association|ORG]] warned that a shortage of [[around 3,000|count|3000|worker]] hotel "
        "workers could hold back growth in [[2026|D|2026]]. [[Hermes Airports|ORG]], which runs the airports of "
        "[[Larnaca|GPE]] and [[Paphos|GPE]], expects [[about 13 million|count|13000000|passenger]] passengers "
        "[[this year|D|2025]].\n\n"
        "Note: arrivals are estimated from the Passenger Survey at the airports and ports. The next release, for "
        "[[September 2025|D|2025-09]], is due on [[17 October 2025|D|2025-10-17]].",
        [
            ("Kostas Koumis", "say", "the figures put Cyprus on course for more than 4.3 million arrivals in 2025, a "
             "third record year in a row", False),
            ("Kostas Koumis", "tell", "Demand from Poland and Israel has held up despite the situation in the region",
             True),
            ("Cyprus Hotel Association", "warn", "a shortage of around 3,000 hotel workers could hold back growth in "
             "2026", False),
            ("Hermes Airports", "expect", "about 13 million passengers this year", False),
        ],
    ),
    (
        "own50-ho-03", "ferrari-full-year", "2025-02-04", "2025-02-04",
        "[[FERRARI|ORG|Ferrari]] ANNOUNCES RESULTS FOR THE FULL YEAR [[2024|D|2024]]\n\n"
        "[[Maranello|GPE]] ([[Italy|GPE]]), [[February 4, 2025|D|2025-02-04]] – [[Ferrari N.V.|ORG|Ferrari]] "
        "[[today|D|2025-02-04]] announced its consolidated results for the year ended "
        "[[December 31, 2024|D|2024-12-31]].\n\n"
        "Full year [[2024|D|2024]]\n"
        "Shipments: [[13,752|count|13752|car]] cars\n"
        "Net revenues: [[€6,677 million|money|6677000000|EUR]], [[+11.8%|percent|11.8|%]]\n"
        "EBITDA: [[€2,555 million|money|2555000000|EUR]], margin [[38.3%|percent|38.3|%]]\n"
        "Net profit: [[€1,526 million|money|1526000000|EUR]], [[+21.3%|percent|21.3|%]]\n"
        "Industrial free cash flow: [[€1,081 million|money|1081000000|EUR]]\n\n"
        "Deliveries were led by the [[Purosangue|PRODUCT|Ferrari Purosangue]], the "
        "[[12Cilindri|PRODUCT|Ferrari 12Cilindri]] and the [[Roma Spider|PRODUCT|Ferrari Roma]]. Shipments to "
        "[[China|GPE]], [[Hong Kong|GPE]] and [[Taiwan|GPE]] fell [[27%|percent|27|%]], while the "
        "[[Americas|LOC]] grew.\n\n"
        "Chief Executive Officer [[Benedetto Vigna|PERSON]] said: “[[2024|D|2024]] was another record year. Our "
        "order book now covers [[2026|D|2026]], and we will launch [[six|count|6|model]] new models in "
        "[[2025|D|2025]].”\n\n"
        "[[Ferrari|ORG]] will propose a dividend of [[€2.986|money|2.986|EUR]] per common share, a total "
        "distribution of [[about €533 million|money|533000000|EUR]], to the annual general meeting on "
        "[[April 16|D|2025-04-16]].\n\n"
        "Outlook [[2025|D|2025]]: [[Ferrari|ORG]] expects net revenues of "
        "[[more than €7.0 billion|money|7000000000|EUR]] and EBITDA of [[at least €2.68 billion|money|2680000000|EUR]].\n\n"
        "Executive Chairman [[John Elkann|PERSON]] added that the [[first|ordinal|1]] fully electric "
        "model would be unveiled in [[October|D|2025-10]] and that [[about 5,000|count|5000|employee]] "
        "employees in [[Italy|GPE]] would receive a bonus of [[up to €13,500|money|13500|EUR]] each.",
        [
            ("Ferrari", "announce", "its consolidated results for the year ended December 31, 2024", False),
            ("Benedetto Vigna", "say", "2024 was another record year. Our order book now covers 2026, and we will "
             "launch six new models in 2025.", True),
            ("Ferrari", "propose", "a dividend of €2.986 per common share, a total distribution of about €533 "
             "million, to the annual general meeting on April 16", False),
            ("Ferrari", "expect", "net revenues of more than €7.0 billion and EBITDA of at least €2.68 billion",
             False),
            ("John Elkann", "add", "the first fully electric model would be unveiled in October and that about "
             "5,000 employees in Italy would receive a bonus of up to €13,500 each", False),
        ],
    ),
    (
        "own50-ho-04", "hellenic-fire-attica", "2024-08-12", "2024-08-12",
        "[[HELLENIC FIRE SERVICE|ORG|Hellenic Fire Service]]\n"
        "Press Office\n"
        "[[Athens|GPE]], [[12 August 2024|D|2024-08-12]]\n\n"
        "Subject: Update on the forest fire in northeastern [[Attica|GPE]]\n\n"
        "The forest fire that broke out on [[Sunday|D|2024-08-11]] afternoon near [[Varnavas|GPE]] is still "
        "burning on several fronts near [[Penteli|GPE]] and [[Nea Penteli|GPE]]. Driven by winds of "
        "[[up to 70 km/h|quantity|70|km/h]], it reached the outskirts of [[Athens|GPE]] during the night.\n\n"
        "Forces deployed [[today|D|2024-08-12]]:\n"
        "Firefighters: [[685|count|685|firefighter]]\n"
        "Fire engines: [[190|count|190|fire engine]]\n"
        "Aircraft: [[33|count|33|aircraft]]\n"
        "Burned area (estimate): [[more than 10,000 hectares|quantity|10000|ha]]\n"
        "Length of the fire front at its peak: [[about 30 kilometres|quantity|30|km]]\n\n"
        "Messages sent through the 112 emergency number ordered the evacuation of "
        "[[more than 20|count|20|settlement]] settlements.\n\n"
        "[[Fire Service|ORG|Hellenic Fire Service]] spokesman [[Vasilis Vathrakogiannis|PERSON]] said the winds had eased overnight and that "
        "crews were now fighting scattered flare-ups.\n\n"
        "Minister for Climate Crisis and Civil Protection [[Vasilis Kikilias|PERSON]] told reporters that "
        "[[one|count|1|woman]] woman had been found dead in a factory in [[Chalandri|GPE]]. He warned that the "
        "risk of new fires would remain very high on [[Tuesday|D|2024-08-13]].\n\n"
        "Through the [[EU Civil Protection Mechanism|ORG|European Union Civil Protection Mechanism]], "
        "[[Italy|GPE]], [[France|GPE]], the [[Czech Republic|GPE]], [[Romania|GPE]], [[Serbia|GPE]] and "
        "[[Turkey|GPE]] sent aircraft and ground crews.\n\n"
        "Prime Minister [[Kyriakos Mitsotakis|PERSON]], who cut short his holiday, pledged support for the "
        "owners of [[about 100|count|100|house]] houses damaged by the fire.\n\n"
        "The [[Fire Service|ORG|Hellenic Fire Service]] urges the public to avoid any outdoor work that could "
        "cause a fire and to follow the instructions of the authorities.",
        [
            ("Vasilis Vathrakogiannis", "say", "the winds had eased overnight and that crews were now fighting "
             "scattered flare-ups", False),
            ("Vasilis Kikilias", "tell", "one woman had been found dead in a factory in Chalandri", False),
            ("Vasilis Kikilias", "warn", "the risk of new fires would remain very high on Tuesday", False),
            ("Kyriakos Mitsotakis", "pledge", "support for the owners of about 100 houses damaged by the fire",
             False),
            ("Hellenic Fire Service", "urge", "the public to avoid any outdoor work that could cause a fire and to "
             "follow the instructions of the authorities", False),
        ],
    ),
    (
        "own50-ho-05", "nrc-lebanon-displacement", "2024-10-04", "2024-10-04",
        "[[Norwegian Refugee Council|ORG]]\n"
        "Press release – [[4 October 2024|D|2024-10-04]]\n\n"
        "[[Lebanon|GPE]]: over a million people displaced as families flee to [[Syria|GPE]]\n\n"
        "[[BEIRUT|GPE|Beirut]] – [[More than one million|count|1000000|person]] people have been forced from "
        "their homes in [[Lebanon|GPE]] since intense [[Israeli|NORP]] air strikes began on "
        "[[23 September|D|2024-09-23]]. [[Over 300,000|count|300000|person]] people have crossed into "
        "[[Syria|GPE]], most of them through the [[Masnaa|FAC|Masnaa Border Crossing]] crossing.\n\n"
        "“People are sleeping on the streets, in parks and on the beaches of [[Beirut|GPE]],” said "
        "[[Maureen Philippon|PERSON]], [[NRC|ORG|Norwegian Refugee Council]]’s Country Director in "
        "[[Lebanon|GPE]]. “Many have fled with nothing but the clothes they wear.”\n\n"
        "[[NRC|ORG|Norwegian Refugee Council]] Secretary General [[Jan Egeland|PERSON]] called for an immediate "
        "ceasefire and safe access for aid workers on both sides of the border.\n\n"
        "The [[United Nations|ORG]] launched a flash appeal for [[$426 million|money|426000000|USD]] on "
        "[[Tuesday|D|2024-10-01]] to cover [[the next three months|D|2024-10-04/2025-01-04]]. "
        "[[UNHCR|ORG|United Nations High Commissioner for Refugees]] estimates that "
        "[[about 60 percent|percent|60|%]] of those crossing into [[Syria|GPE]] are [[Syrians|NORP|Syrian]].\n\n"
        "[[Norway|GPE]]’s [[Ministry of Foreign Affairs|ORG|Ministry of Foreign Affairs (Norway)]] has pledged "
        "[[NOK 50 million|money|50000000|NOK]] in additional humanitarian support for [[Lebanon|GPE]].\n\n"
        "Our teams are handing out mattresses, blankets and water at [[12|count|12|shelter]] collective "
        "shelters in [[Beirut|GPE]] and [[Mount Lebanon|GPE|Mount Lebanon Governorate]].\n\n"
        "Notes to editors\n"
        "-- [[NRC|ORG|Norwegian Refugee Council]] has worked in [[Lebanon|GPE]] since [[2006|D|2006]] and has "
        "[[about 400|count|400|staff]] staff in the country.\n"
        "-- Before the escalation, [[Lebanon|GPE]] hosted [[about 1.5 million|count|1500000|refugee]] "
        "[[Syrian|NORP]] refugees.\n"
        "-- Spokespeople are available in [[Beirut|GPE]] and [[Oslo|GPE]].",
        [
            ("Maureen Philippon", "say", "People are sleeping on the streets, in parks and on the beaches of Beirut",
             True),
            ("Maureen Philippon", "say", "Many have fled with nothing but the clothes they wear.", True),
            ("Jan Egeland", "call for", "an immediate ceasefire and safe access for aid workers on both sides of the "
             "border", False),
            ("United Nations High Commissioner for Refugees", "estimate", "about 60 percent of those crossing into "
             "Syria are Syrians", False),
            ("Ministry of Foreign Affairs (Norway)", "pledge", "NOK 50 million in additional humanitarian support "
             "for Lebanon", False),
        ],
    ),
    (
        "own50-ho-06", "fdfa-burgenstock-summit", "2024-06-16", "2024-06-16",
        "From: [[Federal Department of Foreign Affairs|ORG]]\n"
        "Press release\n"
        "[[Bürgenstock|LOC]], [[16.06.2024|D|2024-06-16]]\n\n"
        "[[Summit on Peace in Ukraine|EVENT]] ends with a joint communiqué\n\n"
        "The [[two-day|D|P2D]] [[Summit on Peace in Ukraine|EVENT]] ended [[today|D|2024-06-16]] at "
        "[[Bürgenstock|LOC]] in the canton of [[Nidwalden|GPE]]. Delegations from [[92|count|92|country]] "
        "countries and [[eight|count|8|organisation]] organisations took part, among them "
        "[[57|count|57|head]] heads of state and government. [[84|count|84|delegation]] delegations "
        "endorsed the final communiqué on nuclear safety, food security and the release of prisoners of war and "
        "deported children.\n\n"
        "“Peace cannot be achieved by one party alone,” said [[Viola Amherd|PERSON]], President of the "
        "[[Swiss Confederation|GPE|Switzerland]]. “We have started a process [[today|D|2024-06-16]] that must continue.”\n\n"
        "Federal Councillor [[Ignazio Cassis|PERSON]], head of the [[FDFA|ORG|Federal Department of Foreign "
        "Affairs]], told a news conference that [[Switzerland|GPE]] would stay in contact with [[Russia|GPE]] and "
        "with the countries that had not signed.\n\n"
        "[[Ukrainian|NORP]] President [[Volodymyr Zelensky|PERSON]] thanked the hosts and said a "
        "[[second|ordinal|2]] summit should adopt an action plan.\n\n"
        "[[Saudi Arabia|GPE]], [[India|GPE]] and [[South Africa|GPE]] did not sign the communiqué. "
        "[[Saudi|NORP]] Foreign Minister [[Faisal bin Farhan Al Saud|PERSON]] said credible talks would require "
        "[[Russia|GPE]]’s participation.\n\n"
        "In [[April|D|2024-04]] the [[Federal Council|ORG|Federal Council (Switzerland)]] announced that "
        "[[Switzerland|GPE]] would provide [[CHF 5 billion|money|5000000000|CHF]] for the reconstruction of "
        "[[Ukraine|GPE]] over [[2025-2036|D|2025/2036]].\n\n"
        "[[About 4,000|count|4000|member]] members of the armed forces and [[about 1,000|count|1000|police "
        "officer]] police officers guarded the venue, at a cost of [[about CHF 15 million|money|15000000|CHF]] "
        "to the [[Confederation|GPE|Switzerland]] and the canton.",
        [
            ("Viola Amherd", "say", "Peace cannot be achieved by one party alone", True),
            ("Viola Amherd", "say", "We have started a process today that must continue.", True),
            ("Ignazio Cassis", "tell", "Switzerland would stay in contact with Russia and with the countries that "
             "had not signed", False),
            ("Volodymyr Zelensky", "say", "a second summit should adopt an action plan", False),
            ("Faisal bin Farhan Al Saud", "say", "credible talks would require Russia’s participation", False),
            ("Federal Council (Switzerland)", "announce", "Switzerland would provide CHF 5 billion for the "
             "reconstruction of Ukraine over 2025-2036", False),
        ],
    ),
    (
        "own50-ho-07", "port-rotterdam-throughput", "2025-02-13", "2025-02-13",
        "[[Port of Rotterdam Authority|ORG]]\n"
        "Press release, [[13 February 2025|D|2025-02-13]]\n\n"
        "THROUGHPUT IN [[PORT OF ROTTERDAM|FAC|Port of Rotterdam]] DOWN [[1.1%|percent|1.1|%]] IN "
        "[[2024|D|2024]]\n\n"
        "[[ROTTERDAM|GPE|Rotterdam]] – Total throughput in the [[Port of Rotterdam|FAC]] fell by "
        "[[1.1%|percent|1.1|%]] to [[435.8 million tonnes|quantity|435800000|t]] in [[2024|D|2024]]. Container "
        "throughput rose to [[13.8 million TEU|count|13800000|unit]], as shipping lines that sail around the "
        "[[Cape of Good Hope|LOC]] to avoid the [[Red Sea|LOC]] called at [[Rotterdam|GPE]] with larger loads.\n\n"
        "Segment         Throughput [[2024|D|2024]]         Change\n"
        "Containers      [[148.0 million tonnes|quantity|148000000|t]]    [[+2.6%|percent|2.6|%]]\n"
        "Crude oil       [[98.7 million tonnes|quantity|98700000|t]]     [[-1.6%|percent|-1.6|%]]\n"
        "Coal            [[19.9 million tonnes|quantity|19900000|t]]     [[-13.9%|percent|-13.9|%]]\n"
        "LNG             [[11.5 million tonnes|quantity|11500000|t]]     [[-20.5%|percent|-20.5|%]]\n\n"
        "CEO [[Boudewijn Siemons|PERSON]] said the decline was mainly due to lower coal imports as "
        "[[Germany|GPE]] burns less coal for power.\n\n"
        "“Our port is changing faster than ever. Energy carriers of the future, such as hydrogen, will need new "
        "terminals and pipelines,” he said.\n\n"
        "[[Siemons|PERSON|Boudewijn Siemons]] warned that [[European|NORP]] industry was losing ground to "
        "[[China|GPE]] and the [[United States|GPE]] because of high energy prices.\n\n"
        "CFO [[Vivienne de Leeuw|PERSON]] added that the [[Port Authority|ORG|Port of Rotterdam Authority]] had "
        "invested [[€300 million|money|300000000|EUR]] in [[2024|D|2024]] and would invest "
        "[[about €350 million|money|350000000|EUR]] [[this year|D|2025]], among other things in the "
        "Porthos carbon storage project.\n\n"
        "The [[Port Authority|ORG|Port of Rotterdam Authority]] expects throughput in [[2025|D|2025]] to be "
        "[[roughly 1%|percent|1|%]] lower, with the [[Prinses Amaliahaven|FAC]] container terminal adding "
        "[[about 4 million TEU|count|4000000|unit]] of capacity by [[2030|D|2030]].",
        [
            ("Boudewijn Siemons", "say", "the decline was mainly due to lower coal imports as Germany burns less "
             "coal for power", False),
            ("Boudewijn Siemons", "say", "Our port is changing faster than ever. Energy carriers of the future, such "
             "as hydrogen, will need new terminals and pipelines", True),
            ("Boudewijn Siemons", "warn", "European industry was losing ground to China and the United States "
             "because of high energy prices", False),
            ("Vivienne de Leeuw", "add", "the Port Authority had invested €300 million in 2024 and would invest "
             "about €350 million this year, among other things in the Porthos carbon storage project", False),
            ("Port of Rotterdam Authority", "expect", "throughput in 2025 to be roughly 1% lower, with the Prinses "
             "Amaliahaven container terminal adding about 4 million TEU of capacity by 2030",
             False),
        ],
    ),
]
