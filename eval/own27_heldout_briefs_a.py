"""Held-out set 27 (blind): marked texts of briefs 01-07 and their statements (see
``build_own27_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own27-ho-01", "snb-assessment", "2025-09-25", "2025-09-25",
        "[[Swiss National Bank|ORG]] leaves policy rate unchanged at [[0%|percent|0|%]]\n"
        "Monetary policy assessment of [[25 September 2025|D|2025-09-25]]\n"
        "Press release\n"
        "[[Zurich|GPE]], [[25 September 2025|D|2025-09-25]]\n\n"
        "The [[Swiss National Bank|ORG]] ([[SNB|ORG|Swiss National Bank]]) is keeping its policy rate at "
        "[[0%|percent|0|%]] and remains willing to be active in the foreign exchange market as necessary. "
        "Inflationary pressure is virtually unchanged compared with [[June|D|2025-06]].\n\n"
        "Inflation rose slightly to [[0.2%|percent|0.2|%]] in [[August|D|2025-08]], from "
        "[[0.1%|percent|0.1|%]] in [[July|D|2025-07]]. The [[SNB|ORG|Swiss National Bank]] expects inflation "
        "of [[0.2%|percent|0.2|%]] for [[2025|D|2025]], [[0.5%|percent|0.5|%]] for [[2026|D|2026]] and "
        "[[0.7%|percent|0.7|%]] for [[2027|D|2027]].\n\n"
        "Since [[August|D|2025-08]], the [[United States|GPE]] has imposed a tariff of [[39%|percent|39|%]] on "
        "most [[Swiss|NORP]] goods. The [[SNB|ORG|Swiss National Bank]] forecasts GDP growth of between "
        "[[1%|percent|1|%]] and [[1.5%|percent|1.5|%]] for [[this year|D|2025]] and of "
        "[[just under 1%|percent|1|%]] for [[2026|D|2026]]. Exports of pharmaceuticals to the [[US|GPE|United States]] "
        "had surged in [[the first quarter|D|2025-01/2025-03]] ahead of the tariffs.\n\n"
        "“The higher [[US|GPE|United States]] tariffs are a major burden for the affected sectors,” Chairman "
        "[[Martin Schlegel|PERSON]] told a media conference in [[Bern|GPE]]. “We will not hesitate to "
        "intervene in the foreign exchange market if the franc strengthens too much.”\n\n"
        "[[Schlegel|PERSON|Martin Schlegel]] said the hurdle for a return to negative interest rates remained "
        "high. Vice Chairman [[Antoine Martin|PERSON]] noted that the bank had bought foreign currency worth "
        "[[CHF 5.1 billion|money|5100000000|CHF]] in [[the second quarter|D|2025-04/2025-06]].\n\n"
        "For [[the first half of 2025|D|2025-01/2025-06]], the [[SNB|ORG|Swiss National Bank]] made a loss "
        "of [[CHF 15.3 billion|money|15300000000|CHF]], mainly on its foreign currency positions. The [[SNB|ORG|Swiss National Bank]] "
        "will hold its next monetary policy assessment on [[11 December 2025|D|2025-12-11]].",
        [
            ("Swiss National Bank", "expect", "inflation of 0.2% for 2025, 0.5% for 2026 and 0.7% for 2027",
             False),
            ("Swiss National Bank", "forecast", "GDP growth of between 1% and 1.5% for this year and of just "
             "under 1% for 2026",
             False),
            ("Martin Schlegel", "tell", "The higher US tariffs are a major burden for the affected sectors",
             True),
            ("Martin Schlegel", "tell", "We will not hesitate to intervene in the foreign exchange market if "
             "the franc strengthens too much.",
             True),
            ("Martin Schlegel", "say", "the hurdle for a return to negative interest rates remained high",
             False),
            ("Antoine Martin", "note", "the bank had bought foreign currency worth CHF 5.1 billion in the "
             "second quarter",
             False),
        ],
    ),
    (
        "own27-ho-02", "census-retail-sales", "2025-09-16", "2025-09-16",
        "ADVANCE MONTHLY SALES FOR RETAIL AND FOOD SERVICES, [[AUGUST 2025|D|2025-08]]\n"
        "Release Number: CB25-147\n"
        "[[September 16, 2025|D|2025-09-16]], 8:30 a.m. EDT\n\n"
        "[[WASHINGTON|GPE|Washington, D.C.]] – The [[U.S. Census Bureau|ORG|United States Census Bureau]] "
        "announced the following advance estimates of [[U.S.|GPE|United States]] retail and food services "
        "sales for [[August 2025|D|2025-08]].\n\n"
        "Advance estimates of [[U.S.|GPE|United States]] retail and food services sales for [[August "
        "2025|D|2025-08]], adjusted for seasonal variation and holiday and trading-day differences, but not "
        "for price changes, were [[$732.0 billion|money|732000000000|USD]], an increase of [[0.6 "
        "percent|percent|0.6|%]] from the previous month, and [[5.0 percent|percent|5.0|%]] above [[August "
        "2024|D|2024-08]]. Total sales for [[the June 2025 through August 2025 period|D|2025-06/2025-08]] "
        "were up [[4.3 percent|percent|4.3|%]] from [[the same period a year ago|D|2024-06/2024-08]]. "
        "Sales in [[July|D|2025-07]] were revised up to an increase of [[0.6 percent|percent|0.6|%]].\n\n"
        "Retail Trade\n"
        "Retail trade sales were up [[0.7 percent|percent|0.7|%]] from [[July 2025|D|2025-07]], and up "
        "[[4.8 percent|percent|4.8|%]] above [[last year|D|2024]]. Nonstore retailers were up [[10.1 "
        "percent|percent|10.1|%]] from [[August 2024|D|2024-08]], while sales at gasoline stations fell "
        "[[1.9 percent|percent|1.9|%]] over the same period. Economists polled by [[Reuters|ORG]] had expected "
        "a rise of [[0.2 percent|percent|0.2|%]] in total sales.\n\n"
        "Commerce Secretary [[Howard Lutnick|PERSON]] said the figures showed that [[American|NORP]] "
        "consumers were still spending strongly despite higher prices. Economists at [[Wells Fargo|ORG]] "
        "noted that the report would make a rate cut by the [[Federal Reserve|ORG]] [[this week|D|2025-W38]] "
        "more likely.\n\n"
        "The [[Census Bureau|ORG|United States Census Bureau]] said that the advance estimates are based on a "
        "subsample of [[about 5,000|count|5000|firm]] firms drawn from the larger Monthly Retail Trade "
        "Survey sample of [[about 13,000|count|13000|firm]] retail businesses.\n\n"
        "The [[September|D|2025-09]] advance report is scheduled for release on [[October 16, "
        "2025|D|2025-10-16]], at 8:30 a.m. EDT.",
        [
            ("United States Census Bureau", "announce", "the following advance estimates of U.S. retail and "
             "food services sales for August 2025",
             False),
            ("Howard Lutnick", "say", "the figures showed that American consumers were still spending strongly "
             "despite higher prices",
             False),
            ("Wells Fargo", "note", "the report would make a rate cut by the Federal Reserve this week more "
             "likely",
             False),
            ("United States Census Bureau", "say", "the advance estimates are based on a subsample of about "
             "5,000 firms drawn from the larger Monthly Retail Trade Survey sample of about 13,000 retail "
             "businesses",
             False),
        ],
    ),
    (
        "own27-ho-03", "cbs-release", "2025-11-14", "2025-11-14",
        "Economy grows by [[0.4 percent|percent|0.4|%]] in [[Q3 2025|D|2025-07/2025-09]]\n"
        "[[14-11-2025|D|2025-11-14]] 07:30\n\n"
        "According to the first estimate by [[Statistics Netherlands|ORG]] ([[CBS|ORG|Statistics "
        "Netherlands]]), gross domestic product (GDP) grew by [[0.4 percent|percent|0.4|%]] in [[the third "
        "quarter of 2025|D|2025-07/2025-09]] relative to [[the previous quarter|D|2025-04/2025-06]]. Growth "
        "was mainly driven by household consumption and investments in housing. Exports of goods and services "
        "declined.\n\n"
        "Compared with [[the third quarter of 2024|D|2024-07/2024-09]], the [[Dutch|NORP]] economy grew by "
        "[[1.6 percent|percent|1.6|%]]. The number of jobs held by employees and self-employed persons rose by "
        "[[27 thousand|count|27000|job]] to [[over 10.3 million|count|10300000|job]].\n\n"
        "“Consumers are spending more on services such as recreation and healthcare,” said [[CBS|ORG|"
        "Statistics Netherlands]] chief economist [[Peter Hein van Mulligen|PERSON]]. “That offsets the weak "
        "performance of industry, which is suffering from the trade dispute with the [[United "
        "States|GPE]].”\n\n"
        "[[Van Mulligen|PERSON|Peter Hein van Mulligen]] added that the [[Netherlands|GPE]] was growing faster "
        "than [[Germany|GPE]] and [[Belgium|GPE]], its [[two|count|2|partner]] most important trading "
        "partners. In the [[euro area|LOC|Eurozone]], the economy grew by [[0.2 percent|percent|0.2|%]], "
        "[[Eurostat|ORG]] reported on [[30 October|D|2025-10-30]].\n\n"
        "Household consumption was [[0.7 percent|percent|0.7|%]] higher than in [[the second quarter|D|"
        "2025-04/2025-06]]. Investments in fixed assets increased by [[1.2 percent|percent|1.2|%]], while "
        "exports fell by [[0.5 percent|percent|0.5|%]].\n\n"
        "The [[CPB Netherlands Bureau for Economic Policy Analysis|ORG]] expects the economy to grow by [[1.7 "
        "percent|percent|1.7|%]] in [[2025|D|2025]] and [[1.2 percent|percent|1.2|%]] in [[2026|D|2026]], "
        "according to its projections of [[August|D|2025-08]].\n\n"
        "[[CBS|ORG|Statistics Netherlands]], which is based in [[The Hague|GPE]] and [[Heerlen|GPE]], will "
        "publish its second estimate for [[the third quarter|D|2025-07/2025-09]] on [[23 December "
        "2025|D|2025-12-23]].",
        [
            ("Peter Hein van Mulligen", "say", "Consumers are spending more on services such as recreation and "
             "healthcare",
             True),
            ("Peter Hein van Mulligen", "say", "That offsets the weak performance of industry, which is "
             "suffering from the trade dispute with the United States.",
             True),
            ("Peter Hein van Mulligen", "add", "the Netherlands was growing faster than Germany and Belgium, "
             "its two most important trading partners",
             False),
            ("Eurostat", "report", "In the euro area, the economy grew by 0.2 percent", False),
            ("CPB Netherlands Bureau for Economic Policy Analysis", "expect", "the economy to grow by 1.7 "
             "percent in 2025 and 1.2 percent in 2026",
             False),
        ],
    ),
    (
        "own27-ho-04", "ecowas-communique", "2025-06-22", "2025-06-22",
        "FINAL COMMUNIQUÉ\n"
        "[[Sixty-Seventh|ordinal|67]] Ordinary Session of the [[Authority of Heads of State and Government|ORG|ECOWAS Authority of Heads of State and Government]] of "
        "the [[Economic Community of West African States|ORG]]\n"
        "[[Abuja|GPE]], [[Federal Republic of Nigeria|GPE|Nigeria]], [[22 June 2025|D|2025-06-22]]\n\n"
        "1. The [[Sixty-Seventh|ordinal|67]] Ordinary Session of the [[Authority of Heads of State and "
        "Government|ORG|ECOWAS Authority of Heads of State and Government]] of the [[Economic Community of West African States|ORG]] ([[ECOWAS|ORG|Economic "
        "Community of West African States]]) was held in [[Abuja|GPE]] on [[22 June 2025|D|2025-06-22]] under "
        "the chairmanship of H.E. [[Bola Ahmed Tinubu|PERSON|Bola Tinubu]], President of the [[Federal "
        "Republic of Nigeria|GPE|Nigeria]].\n\n"
        "2. The Summit marked the [[50th|ordinal|50]] anniversary of the signing of the [[Treaty of "
        "Lagos|LAW]] on [[28 May 1975|D|1975-05-28]].\n\n"
        "3. President [[Tinubu|PERSON|Bola Tinubu]] said: “The [[Community|ORG|Economic Community of West "
        "African States]] has built bridges of trade and friendship across our borders for [[half a "
        "century|D|P50Y]].” He urged Member States to fund the regional fight against terrorism.\n\n"
        "4. The President of the [[ECOWAS Commission|ORG]], [[Omar Alieu Touray|PERSON]], reported that "
        "terrorist attacks in the region had killed [[more than 7,000|count|7000|person]] people in [[the first "
        "five months of 2025|D|2025-01/2025-05]].\n\n"
        "5. The [[Authority|ORG|ECOWAS Authority of Heads of State and Government]] approved the activation of a standby force of [[5,000|count|5000|troop]] troops and "
        "directed the [[Commission|ORG|ECOWAS Commission]] to mobilise [[US$2.6 billion|money|2600000000|USD]] for its operations over "
        "[[the next three years|D|2025-06-22/2028-06-22]].\n\n"
        "6. The [[Authority|ORG|ECOWAS Authority of Heads of State and Government]] took note of the withdrawal of [[Burkina Faso|GPE]], [[Mali|GPE]] and "
        "[[Niger|GPE]] from [[ECOWAS|ORG|Economic Community of West African States]] with effect from [[29 "
        "January 2025|D|2025-01-29]] and welcomed talks with the [[Alliance of Sahel States|ORG]].\n\n"
        "7. The [[Authority|ORG|ECOWAS Authority of Heads of State and Government]] elected H.E. [[Julius Maada Bio|PERSON]], President of [[Sierra "
        "Leone|GPE]], as Chairman for [[one year|D|P1Y]]. President [[Bio|PERSON|Julius Maada Bio]] pledged "
        "to restore constitutional order in [[Guinea|GPE]] before the end of [[2025|D|2025]].\n\n"
                "Done at [[Abuja|GPE]], this [[22nd day of June 2025|D|2025-06-22]]",
        [
            ("Bola Tinubu", "say", "The Community has built bridges of trade and friendship across our borders for "
             "half a century.",
             True),
            ("Bola Tinubu", "urge", "Member States to fund the regional fight against terrorism", False),
            ("Omar Alieu Touray", "report", "terrorist attacks in the region had killed more than 7,000 people "
             "in the first five months of 2025",
             False),
            ("Julius Maada Bio", "pledge", "restore constitutional order in Guinea before the end of 2025",
             False),
        ],
    ),
    (
        "own27-ho-05", "pagasa-bulletin", "2025-09-22", "2025-09-22",
        "TROPICAL CYCLONE BULLETIN NR. 14\n"
        "Super Typhoon “[[NANDO|EVENT|Typhoon Ragasa]]” ([[RAGASA|EVENT|Typhoon Ragasa]])\n"
        "Issued at 11:00 AM, [[22 September 2025|D|2025-09-22]]\n"
        "Valid for broadcast until the next bulletin at 2:00 PM [[today|D|2025-09-22]]\n\n"
        "“[[NANDO|EVENT|Typhoon Ragasa]]” maintains its strength as it moves over the [[Luzon Strait|LOC]] "
        "towards the [[Babuyan Islands|LOC]].\n\n"
        "Location of Center (10:00 AM): The eye of Super Typhoon “[[NANDO|EVENT|Typhoon Ragasa]]” was "
        "located based on all available data [[60 km|quantity|60|km]] East of [[Calayan|GPE]], "
        "[[Cagayan|GPE]].\n"
        "Intensity: Maximum sustained winds of [[205 km/h|quantity|205|km/h]] near the center, gustiness of "
        "[[up to 250 km/h|quantity|250|km/h]], and central pressure of [[910 hPa|quantity|910|hPa]]\n"
        "Present Movement: West northwestward at [[20 km/h|quantity|20|km/h]]\n\n"
        "Tropical Cyclone Wind Signal No. 5 remains raised over the [[Babuyan Islands|LOC]]. Wind Signal No. "
        "4 is in effect over [[Batanes|GPE]] and the northern portion of mainland [[Cagayan|GPE]].\n\n"
        "Heavy Rainfall Outlook: [[Over 200 mm|quantity|200|mm]] of rain is possible over [[Batanes|GPE]], "
        "[[Cagayan|GPE]] and [[Apayao|GPE]] through [[tomorrow|D|2025-09-23]].\n\n"
        "Storm Surge: There is a high risk of life-threatening storm surge of [[more than 3.0 m|quantity|3.0|"
        "m]] in height in the coming hours over the low-lying coastal localities of "
        "[[Batanes|GPE]], [[Cagayan|GPE]], [[Ilocos Norte|GPE]] and [[Ilocos Sur|GPE]].\n\n"
        "Track and Intensity Outlook: “[[NANDO|EVENT|Typhoon Ragasa]]” will pass very close to or make "
        "landfall over the [[Babuyan Islands|LOC]] this afternoon, then exit the [[Philippine Area of "
        "Responsibility|LOC]] by [[Tuesday|D|2025-09-23]] morning. It may make landfall over southern "
        "[[Guangdong|GPE]], [[China|GPE]], on [[Wednesday|D|2025-09-24]].\n\n"
        "[[PAGASA|ORG|Philippine Atmospheric, Geophysical and Astronomical Services Administration]] "
        "Administrator [[Nathaniel Servando|PERSON]] urged residents of coastal areas to follow evacuation "
        "orders. The [[Office of Civil Defense|ORG|Office of Civil Defense (Philippines)]] said "
        "[[over 17,500|count|17500|family]] families had been pre-emptively evacuated in [[Cagayan|GPE]] "
        "alone.\n\n"
        "[[DOST|ORG|Department of Science and Technology (Philippines)]]-[[PAGASA|ORG|Philippine "
        "Atmospheric, Geophysical and Astronomical Services Administration]]",
        [
            ("Nathaniel Servando", "urge", "residents of coastal areas to follow evacuation orders", False),
            ("Office of Civil Defense (Philippines)", "say", "over 17,500 families had been pre-emptively "
             "evacuated in Cagayan alone",
             False),
        ],
    ),
    (
        "own27-ho-06", "interpol-operation", "2025-08-22", "2025-08-22",
        "[[African|NORP]] cybercrime crackdown: [[more than 1,200|count|1200|arrest]] arrests in [[INTERPOL|ORG|"
        "Interpol]] operation\n"
        "[[22 August 2025|D|2025-08-22]]\n\n"
        "[[LYON|GPE|Lyon]], [[France|GPE]] – Authorities in [[18|count|18|country]] [[African|NORP]] countries "
        "and the [[United Kingdom|GPE]] have arrested [[1,209|count|1209|cybercriminal]] suspected cybercriminals in an "
        "[[INTERPOL|ORG|Interpol]]-coordinated operation targeting ransomware, online scams and business email "
        "compromise.\n\n"
        "[[Operation Serengeti 2.0|EVENT]], which ran from [[June to August 2025|D|2025-06/2025-08]], "
        "recovered [[USD 97.4 million|money|97400000|USD]] and dismantled [[11,432|count|11432|infrastructure]] "
        "malicious infrastructures. The schemes had targeted [[nearly 88,000|count|88000|victim]] victims.\n\n"
        "In [[Angola|GPE]], authorities shut down [[25|count|25|centre]] illegal cryptocurrency mining centres "
        "where [[60|count|60|national]] [[Chinese|NORP]] nationals were operating, and confiscated equipment worth "
        "[[more than USD 37 million|money|37000000|USD]]. In [[Zambia|GPE]], police dismantled an online "
        "investment fraud that had cheated [[65,000|count|65000|victim]] victims out of an estimated [[USD 300 "
        "million|money|300000000|USD]]. Investigators in [[Côte d'Ivoire|GPE|Ivory Coast]] broke up a "
        "transnational inheritance scam with losses of [[USD 1.6 million|money|1600000|USD]].\n\n"
        "“Each [[INTERPOL|ORG|Interpol]]-coordinated operation builds on the last, deepening cooperation and "
        "increasing information sharing,” said [[INTERPOL|ORG|Interpol]] Secretary General [[Valdecy "
        "Urquiza|PERSON]].\n\n"
        "[[Neal Jetton|PERSON]], [[INTERPOL|ORG|Interpol]]'s Director of Cybercrime, said the operation had "
        "been supported by [[African Union|ORG]] funding and by private partners including [[Kaspersky|ORG|"
        "Kaspersky Lab]] and [[Trend Micro|ORG]]. He added that [[INTERPOL|ORG|Interpol]] would share the "
        "intelligence gathered with police in all [[196|count|196|country]] member countries.\n\n"
        "The [[African Union Mechanism for Police Cooperation|ORG]] ([[AFRIPOL|ORG|African Union Mechanism "
        "for Police Cooperation]]) said the results showed that [[Africa|LOC]] was no longer a safe haven "
        "for cybercrime. The operation was the [[second|ordinal|2]] of its kind after [[Operation "
        "Serengeti|EVENT]] in [[2024|D|2024]], which led to [[more than 1,000|count|1000|arrest]] arrests.",
        [
            ("Valdecy Urquiza", "say", "Each INTERPOL-coordinated operation builds on the last, deepening "
             "cooperation and increasing information sharing",
             True),
            ("Neal Jetton", "say", "the operation had been supported by African Union funding and by private "
             "partners including Kaspersky and Trend Micro",
             False),
            ("Neal Jetton", "add", "INTERPOL would share the intelligence gathered with police in all 196 "
             "member countries",
             False),
            ("African Union Mechanism for Police Cooperation", "say", "the results showed that Africa was no "
             "longer a safe haven for cybercrime",
             False),
        ],
    ),
    (
        "own27-ho-07", "rio-tinto-production", "2025-10-15", "2025-10-15",
        "[[Rio Tinto|ORG]] releases third quarter production results\n"
        "[[15 October 2025|D|2025-10-15]]\n\n"
        "[[Rio Tinto|ORG]] Chief Executive [[Simon Trott|PERSON]] said: “We delivered a strong operational "
        "performance in [[the third quarter|D|2025-07/2025-09]], with copper production up "
        "[[10%|percent|10|%]] on [[the same quarter last year|D|2024-07/2024-09]] and record shipments from "
        "our [[Pilbara|LOC]] ports. We remain on track to make first shipments from [[Simandou|FAC|Simandou "
        "mine]] in [[November|D|2025-11]].”\n\n"
        "Highlights\n"
        "• [[Pilbara|LOC]] iron ore shipments of [[84.3 million tonnes|quantity|84300000|t]] were "
        "[[1%|percent|1|%]] higher than in [[Q3 2024|D|2024-07/2024-09]].\n"
        "• Mined copper production of [[204 thousand tonnes|quantity|204000|t]], with the underground mine at "
        "[[Oyu Tolgoi|FAC|Oyu Tolgoi mine]] in [[Mongolia|GPE]] ramping up as planned.\n"
        "• Aluminium production of [[853 thousand tonnes|quantity|853000|t]] was [[3%|percent|3|%]] higher "
        "year on year, as our smelters in [[Canada|GPE]] ran at full capacity.\n"
        "• The lithium project at [[Salar del Rincón|LOC]] in [[Argentina|GPE]] received approval "
        "for a [[US$2.5 billion|money|2500000000|USD]] expansion to [[60,000 tonnes|quantity|60000|t]] of "
        "lithium carbonate a year.\n\n"
        "Guidance\n"
        "[[Rio Tinto|ORG]] expects [[Pilbara|LOC]] iron ore shipments for [[2025|D|2025]] to be at the lower "
        "end of the range of [[323|quantity|323000000|t]] to [[338 million tonnes|quantity|338000000|t]]. "
        "Copper guidance was raised to between [[780|quantity|780000|t]] and [[850 thousand "
        "tonnes|quantity|850000|t]].\n\n"
        "[[Trott|PERSON|Simon Trott]], who took over from [[Jakob Stausholm|PERSON]] in [[August|D|2025-08]], "
        "told analysts that the company would simplify its structure into [[three|count|3|business]] "
        "businesses: iron ore, copper, and aluminium and lithium. He said cost savings would be announced at "
        "an investor seminar in [[London|GPE]] on [[4 December|D|2025-12-04]].\n\n"
        "Shares in [[Rio Tinto|ORG]] rose [[2.1%|percent|2.1|%]] in [[Sydney|GPE]] after the release. "
        "[[Simandou|FAC|Simandou mine]], in [[Guinea|GPE]], is being developed with [[Chinese|NORP]] "
        "partners led by [[Chinalco|ORG|Aluminum Corporation of China]].",
        [
            ("Simon Trott", "say", "We delivered a strong operational performance in the third quarter, with "
             "copper production up 10% on the same quarter last year and record shipments from our Pilbara "
             "ports. We remain on track to make first shipments from Simandou in November.",
             True),
            ("Rio Tinto", "expect", "Pilbara iron ore shipments for 2025 to be at the lower end of the range "
             "of 323 to 338 million tonnes",
             False),
            ("Simon Trott", "tell", "the company would simplify its structure into three businesses: iron ore, "
             "copper, and aluminium and lithium",
             False),
            ("Simon Trott", "say", "cost savings would be announced at an investor seminar in London on 4 "
             "December",
             False),
        ],
    ),
]
