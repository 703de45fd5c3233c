"""Held-out set 68 (blind): marked texts of briefs 01-07 and their statements (see
``build_own68_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own68-ho-01", "bank-of-israel-rate-cut", "2024-01-01", "2024-01-01",
        "[[Bank of Israel|ORG]]\n"
        "Press Release\n"
        "[[Jerusalem|GPE]], [[January 1, 2024|D|2024-01-01]]\n\n"
        "INTEREST RATE REDUCED BY [[0.25 PERCENTAGE POINTS|percent|0.25|pp]] TO [[4.5 PERCENT|percent|4.5|%]]\n\n"
        "The [[Bank of Israel|ORG]] [[today|D|2024-01-01]] reduced its interest rate by "
        "[[0.25 percentage points|percent|0.25|pp]] to [[4.5 percent|percent|4.5|%]], the [[first|ordinal|1]] cut "
        "since [[April 2020|D|2020-04]]. The [[five|count|5|member]] members of the bank’s monetary committee voted "
        "[[5|number|5]]-[[0|number|0]] for the decision.\n\n"
        "Main considerations\n"
        "• Inflation continued to moderate: consumer prices rose [[3.3 percent|percent|3.3|%]] in "
        "[[the 12 months to November|D|2022-12/2023-11]], down from a peak of [[5.4 percent|percent|5.4|%]] in "
        "[[January 2023|D|2023-01]].\n"
        "• The shekel has gained [[about 6 percent|percent|6|%]] since the war began and stood at [[NIS 3.62|money|3.62|ILS]] per dollar on [[Friday|D|2023-12-29]].\n"
        "• Indicators point to a gradual recovery of the [[Israeli|NORP]] economy after a sharp contraction in "
        "[[the fourth quarter of 2023|D|2023-10/2023-12]].\n\n"
        "The [[Bank|ORG|Bank of Israel]] expects GDP to grow by [[2 percent|percent|2|%]] in [[2023|D|2023]] and in "
        "[[2024|D|2024]], and inflation to fall to [[2.4 percent|percent|2.4|%]] by "
        "[[the fourth quarter of 2024|D|2024-10/2024-12]]. It projects a government deficit of "
        "[[5.7 percent|percent|5.7|%]] of GDP in [[2024|D|2024]].\n\n"
        "Governor [[Amir Yaron|PERSON]] said the cut reflected the convergence of inflation towards the target range "
        "of [[1|percent|1|%]]–[[3 percent|percent|3|%]]. “The interest rate path will be determined by the "
        "convergence of inflation to its target, market stability, economic activity and fiscal policy,” he said.\n\n"
        "[[Yaron|PERSON|Amir Yaron]] warned that the [[2024|D|2024]] budget must include permanent measures to "
        "finance additional defence spending of [[about NIS 30 billion|money|30000000000|ILS]] a year. Finance "
        "Minister [[Bezalel Smotrich|PERSON]] pledged to bring an amended budget to the "
        "[[Knesset|ORG]] within weeks.\n\n"
        "The next decision will be announced on [[Monday, February 26, 2024|D|2024-02-26]].",
        [
            ("Bank of Israel", "expect", "GDP to grow by 2 percent in 2023 and in 2024, and inflation to fall to "
             "2.4 percent by the fourth quarter of 2024", False),
            ("Bank of Israel", "project", "a government deficit of 5.7 percent of GDP in 2024", False),
            ("Amir Yaron", "say", "the cut reflected the convergence of inflation towards the target range of "
             "1–3 percent", False),
            ("Amir Yaron", "say", "The interest rate path will be determined by the convergence of "
             "inflation to its target, market stability, economic activity and fiscal policy", True),
            ("Amir Yaron", "warn", "the 2024 budget must include permanent measures to finance additional defence "
             "spending of about NIS 30 billion a year", False),
            ("Bezalel Smotrich", "pledge", "bring an amended budget to the Knesset within weeks", False),
        ],
    ),
    (
        "own68-ho-02", "turkstat-marriage-and-divorce-statistics-2024", "2025-02-24", "2025-02-24",
        "[[TURKISH STATISTICAL INSTITUTE|ORG|Turkish Statistical Institute]]\n"
        "Marriage and Divorce Statistics, [[2024|D|2024]]\n"
        "Bulletin No: 53707\n"
        "Published: [[24.02.2025|D|2025-02-24]], 10:00\n\n"
        "Marriages rose [[0.2%|percent|0.2|%]], divorces rose [[8.1%|percent|8.1|%]]\n\n"
        "The number of couples who married in [[Türkiye|GPE|Turkey]] rose to [[568,144|count|568144|couple]] in "
        "[[2024|D|2024]] from [[566,760|count|566760|couple]] in [[2023|D|2023]], while the number of couples who "
        "divorced rose to [[187,343|count|187343|couple]] from [[173,342|count|173342|couple]], the "
        "[[Turkish Statistical Institute|ORG]] ([[TurkStat|ORG|Turkish Statistical Institute]]) announced "
        "[[today|D|2025-02-24]].\n\n"
        "Marriages and divorces\n"
        "Year    Marriages    Divorces\n"
        "[[2022|D|2022]]    [[574,358|count|574358|marriage]]      [[180,954|count|180954|divorce]]\n"
        "[[2023|D|2023]]    [[566,760|count|566760|marriage]]      [[173,342|count|173342|divorce]]\n"
        "[[2024|D|2024]]    [[568,144|count|568144|marriage]]      [[187,343|count|187343|divorce]]\n\n"
        "Of all divorces, [[33.7%|percent|33.7|%]] ended marriages that had lasted [[up to five years|D|P5Y]] and "
        "[[21.3%|percent|21.3|%]] marriages of [[six|D|P6Y]] to [[ten years|D|P10Y]]. Courts decided custody of "
        "[[186,536|count|186536|child]] children, [[74.4%|percent|74.4|%]] of whom were placed with their mothers.\n\n"
        "Foreign brides numbered [[29,115|count|29115|bride]], or [[5.1%|percent|5.1|%]] of all brides; "
        "[[Syrian|NORP]] and [[Uzbek|NORP]] women were the largest groups. Divorces were most frequent in the "
        "provinces of [[Antalya|GPE|Antalya Province]] and [[İzmir|GPE|İzmir Province]] and least frequent in "
        "[[Hakkari|GPE|Hakkâri Province]].\n\n"
        "Minister of Family and Social Services [[Mahinur Özdemir Göktaş|PERSON]] said the rise in divorces showed "
        "the need for stronger family counselling, and announced that pre-marriage training would reach all "
        "[[81|count|81|province]] provinces by [[December|D|2025-12]]. President [[Recep Tayyip Erdoğan|PERSON]], "
        "who named [[2025|D|2025]] the Year of the Family in [[January|D|2025-01]], has called for measures to raise "
        "the birth rate.\n\n"
        "[[TurkStat|ORG|Turkish Statistical Institute]] will publish birth statistics for [[2024|D|2024]] in "
        "[[May|D|2025-05]].",
        [
            ("Turkish Statistical Institute", "announce", "The number of couples who married in Türkiye rose to "
             "568,144 in 2024 from 566,760 in 2023, while the number of couples who divorced rose to 187,343 from "
             "173,342", False),
            ("Mahinur Özdemir Göktaş", "say", "the rise in divorces showed the need for stronger family counselling",
             False),
            ("Mahinur Özdemir Göktaş", "announce", "pre-marriage training would reach all 81 provinces by December",
             False),
            ("Recep Tayyip Erdoğan", "call for", "measures to raise the birth rate", False),
        ],
    ),
    (
        "own68-ho-03", "lego-group-annual-results-2024", "2025-03-11", "2025-03-11",
        "The [[LEGO Group|ORG|The Lego Group]] delivers record results in [[2024|D|2024]]\n\n"
        "[[BILLUND|GPE|Billund, Denmark]], [[Denmark|GPE]], [[11 March 2025|D|2025-03-11]] – The "
        "[[LEGO Group|ORG|The Lego Group]] [[today|D|2025-03-11]] reported record revenue and profit for "
        "[[2024|D|2024]], as demand for its sets grew in all regions and the company again outpaced the toy "
        "industry.\n\n"
        "Highlights\n"
        "- Revenue grew [[13%|percent|13|%]] to [[DKK 74.3 billion|money|74300000000|DKK]] "
        "([[EUR 10.0 billion|money|10000000000|EUR]])\n"
        "- Consumer sales grew [[12%|percent|12|%]], against a decline of [[about 1%|percent|1|%]] for the toy "
        "market\n"
        "- Operating profit grew [[7%|percent|7|%]] to [[DKK 18.3 billion|money|18300000000|DKK]]\n"
        "- Net profit grew [[5%|percent|5|%]] to [[DKK 13.8 billion|money|13800000000|DKK]]\n"
        "- [[153|count|153|store]] new branded stores opened, for a total of "
        "[[more than 1,100|count|1100|store]]\n\n"
        "“[[2024|D|2024]] was an exceptional year for the [[LEGO Group|ORG|The Lego Group]],” said CEO "
        "[[Niels B. Christiansen|PERSON]]. “We delivered record results while increasing our spending on "
        "sustainability and digital technology.”\n\n"
        "[[Christiansen|PERSON|Niels B. Christiansen]] said the group would open its new factory in "
        "[[Vietnam|GPE]] [[next month|D|2025-04]] and that its plant in "
        "[[Chesterfield County|GPE|Chesterfield County, Virginia]], [[Virginia|GPE]], would start production in "
        "[[2027|D|2027]]. The group plans to invest [[more than USD 1 billion|money|1000000000|USD]] in the "
        "[[Virginia|GPE]] site. He warned that higher tariffs could raise costs, but said the company expected to "
        "keep growing faster than the market in [[2025|D|2025]].\n\n"
        "The [[LEGO Group|ORG|The Lego Group]] will pay a dividend of [[DKK 7.0 billion|money|7000000000|DKK]] to "
        "its owner, [[KIRKBI|ORG|Kirkbi]].\n\n"
        "About the [[LEGO Group|ORG|The Lego Group]]\n"
        "The [[LEGO Group|ORG|The Lego Group]] is a privately held company based in "
        "[[Billund|GPE|Billund, Denmark]], [[Denmark|GPE]]. It was founded in [[1932|D|1932]] by "
        "[[Ole Kirk Kristiansen|PERSON|Ole Kirk Christiansen]] and employs [[about 29,000|count|29000|person]] "
        "people.",
        [
            ("Niels B. Christiansen", "say", "2024 was an exceptional year for the LEGO Group", True),
            ("Niels B. Christiansen", "say", "We delivered record results while increasing our spending on "
             "sustainability and digital technology.", True),
            ("Niels B. Christiansen", "say", "the group would open its new factory in Vietnam next month and that its "
             "plant in Chesterfield County, Virginia, would start production in 2027", False),
            ("The Lego Group", "plan", "invest more than USD 1 billion in the Virginia site", False),
            ("Niels B. Christiansen", "warn", "higher tariffs could raise costs", False),
            ("Niels B. Christiansen", "say", "the company expected to keep growing faster than the market in 2025",
             False),
        ],
    ),
    (
        "own68-ho-04", "finnish-meteorological-institute-record-heatwave", "2025-08-04", "2025-08-04",
        "[[Finnish Meteorological Institute|ORG]]\n"
        "Press release [[4.8.2025|D|2025-08-04]] 12.00\n\n"
        "RECORD HEATWAVE ENDS AFTER [[22 DAYS|D|P22D]]\n\n"
        "[[Finland|GPE]]’s longest heatwave since records began in [[1961|D|1961]] ended on "
        "[[Sunday|D|2025-08-03]], the [[Finnish Meteorological Institute|ORG]] "
        "([[FMI|ORG|Finnish Meteorological Institute]]) said [[today|D|2025-08-04]]. Temperatures of "
        "[[at least 30 degrees Celsius|quantity|30|°C]] were measured somewhere in the country on "
        "[[22 consecutive days|D|P22D]], [[from 12 July to 2 August|D|2025-07-12/2025-08-02]].\n\n"
        "The previous record of [[13 days|D|P13D]] dated from [[June–July 1972|D|1972-06/1972-07]]. The new record "
        "was set on [[25 July|D|2025-07-25]], when [[Parikkala|GPE]] in eastern [[Finland|GPE]] reached "
        "[[30.3 °C|quantity|30.3|°C]].\n\n"
        "Heatwave in figures\n"
        "Length: [[22 days|D|P22D]]\n"
        "Highest temperature: [[33.7 °C|quantity|33.7|°C]], [[Heinola|GPE]], [[27 July|D|2025-07-27]]\n"
        "Nights above [[20 °C|quantity|20|°C]] in [[Helsinki|GPE]]: [[nine|count|9|night]]\n"
        "Wildfires put out in [[July|D|2025-07]]: [[about 300|count|300|wildfire]]\n\n"
        "Meteorologist [[Ville Siiskonen|PERSON]] said spells of hot weather would become longer and more frequent "
        "as the climate warmed, but that this record could not be attributed to climate change without further "
        "study. “[[Lapland|GPE|Lapland (Finland)]] had exceptional heat too: [[Ylitornio|GPE]] stayed above "
        "[[25 degrees|quantity|25|°C]] for [[two weeks|D|P2W]],” he said.\n\n"
        "The [[FMI|ORG|Finnish Meteorological Institute]] warned that the risk of wildfires remains high in eastern "
        "and northern [[Finland|GPE]] despite cooler weather [[this week|D|2025-W32]], and urged people not to light "
        "campfires outdoors. Temperatures will fall to [[around 20 degrees|quantity|20|°C]] by "
        "[[Wednesday|D|2025-08-06]]. The [[FMI|ORG|Finnish Meteorological Institute]] will publish its review of "
        "the summer in [[September|D|2025-09]].",
        [
            ("Finnish Meteorological Institute", "say", "Finland’s longest heatwave since records began in 1961 ended "
             "on Sunday", False),
            ("Ville Siiskonen", "say", "spells of hot weather would become longer and more frequent as the climate "
             "warmed, but that this record could not be attributed to climate change without further study", False),
            ("Ville Siiskonen", "say", "Lapland had exceptional heat too: Ylitornio stayed above 25 degrees for two "
             "weeks", True),
            ("Finnish Meteorological Institute", "warn", "the risk of wildfires remains high in eastern and northern "
             "Finland despite cooler weather this week", False),
            ("Finnish Meteorological Institute", "urge", "people not to light campfires outdoors", False),
        ],
    ),
    (
        "own68-ho-05", "nigerian-red-cross-mokwa-flood-update", "2025-06-03", "2025-06-03",
        "[[Nigerian Red Cross Society|ORG]]\n"
        "Humanitarian update No. 2: Flash floods in [[Mokwa|GPE]], [[Niger State|GPE]]\n"
        "Published: [[3 June 2025|D|2025-06-03]]\n\n"
        "Situation\n"
        "Torrential rain late on [[Wednesday|D|2025-05-28]] and early on [[Thursday|D|2025-05-29]] "
        "([[29 May|D|2025-05-29]]) caused a flash flood that swept through the communities of "
        "[[Tiffin Maza|GPE]] and [[Anguwan Hausawa|GPE]] in [[Mokwa|GPE]]. Local officials said a temporary "
        "embankment on a tributary of the [[Niger River|LOC]] had given way.\n\n"
        "Key figures (as of [[2 June|D|2025-06-02]], 18:00)\n"
        "-- Deaths confirmed: [[more than 200|count|200|death]]\n"
        "-- Persons missing: [[about 500|count|500|person]]\n"
        "-- Houses destroyed: [[265|count|265|house]]\n"
        "-- Persons displaced: [[3,018|count|3018|person]]\n"
        "-- Households reached by volunteers: [[640|count|640|household]]\n\n"
        "Response\n"
        "[[More than 120|count|120|volunteer]] [[NRCS|ORG|Nigerian Red Cross Society]] volunteers are supporting "
        "search and rescue, first aid and the tracing of missing relatives. The "
        "[[National Emergency Management Agency|ORG|National Emergency Management Agency (Nigeria)]] "
        "([[NEMA|ORG|National Emergency Management Agency (Nigeria)]]) [[yesterday|D|2025-06-02]] delivered food and "
        "household items to the camp at [[Kpege Primary School|FAC]], where most of the displaced are sheltering.\n\n"
        "Head of Communications [[Chima Nwankwo|PERSON]] said the most urgent needs were clean water, shelter and "
        "the prevention of cholera. “Many families lost everything within a few hours. We must reach them before "
        "the next rains,” he said.\n\n"
        "The [[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "([[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]]) has released "
        "[[CHF 250,000|money|250000|CHF]] from its [[Disaster Response Emergency Fund|ORG]]. The "
        "[[Niger State|GPE]] Government has pledged [[₦2 billion|money|2000000000|NGN]] for relief and "
        "resettlement, and Governor [[Mohammed Umaru Bago|PERSON|Mohammed Umar Bago]] called for the relocation of "
        "homes built on the river’s flood plain.\n\n"
        "The [[Nigerian Meteorological Agency|ORG]] forecasts more heavy rain in the north-central states "
        "[[this week|D|2025-W23]].",
        [
            ("Chima Nwankwo", "say", "the most urgent needs were clean water, shelter and the prevention of cholera",
             False),
            ("Chima Nwankwo", "say", "Many families lost everything within a few hours. We must reach them before "
             "the next rains", True),
            ("Niger State", "pledge", "₦2 billion for relief and resettlement", False),
            ("Mohammed Umar Bago", "call for", "the relocation of homes built on the river’s flood plain", False),
            ("Nigerian Meteorological Agency", "forecast", "more heavy rain in the north-central states this week",
             False),
        ],
    ),
    (
        "own68-ho-06", "nato-vilnius-summit-closing", "2023-07-12", "2023-07-12",
        "[[NATO|ORG]]\n"
        "Press Release (2023) 112\n"
        "Issued on [[12 Jul. 2023|D|2023-07-12]]\n\n"
        "Allies conclude [[Vilnius Summit|EVENT|2023 Vilnius NATO summit]] with stronger defences and a new "
        "[[NATO-Ukraine Council|ORG|NATO–Ukraine Council]]\n\n"
        "[[Vilnius|GPE]] – [[NATO|ORG]] leaders concluded their [[two-day|D|P2D]] summit in the "
        "[[Lithuanian|NORP]] capital [[today|D|2023-07-12]]. It was the [[first|ordinal|1]] summit that "
        "[[Finland|GPE]] attended as the [[Alliance|ORG|NATO]]’s [[31st|ordinal|31]] member.\n\n"
        "Key decisions\n"
        "• A lasting commitment to invest [[at least 2%|percent|2|%]] of GDP in defence\n"
        "• New regional defence plans, backed by [[300,000|count|300000|troop]] troops at high readiness\n"
        "• A multi-year programme of assistance for [[Ukraine|GPE]]\n"
        "• The [[first|ordinal|1]] meeting of the [[NATO-Ukraine Council|ORG|NATO–Ukraine Council]], with "
        "President [[Volodymyr Zelenskyy|PERSON]]\n\n"
        "“[[Ukraine|GPE]]’s future is in [[NATO|ORG]],” Secretary General [[Jens Stoltenberg|PERSON]] told "
        "reporters. He said Allies would extend an invitation to [[Ukraine|GPE]] “when Allies agree and conditions "
        "are met”, and that [[Ukraine|GPE]]’s path to membership had been shortened.\n\n"
        "On [[Monday|D|2023-07-10]], President [[Recep Tayyip Erdoğan|PERSON]] agreed to send [[Sweden|GPE]]’s "
        "accession protocol to the [[Grand National Assembly of Türkiye|ORG|Grand National Assembly of Turkey]] as "
        "soon as possible. Prime Minister [[Ulf Kristersson|PERSON]] said it was “a good day for "
        "[[Sweden|GPE]]” and for the [[Alliance|ORG|NATO]].\n\n"
        "[[Lithuanian|NORP]] President [[Gitanas Nausėda|PERSON]] said the summit had shown that the "
        "[[Alliance|ORG|NATO]] would defend “every inch” of its territory. [[Germany|GPE]] has pledged to station a "
        "brigade of [[about 4,000|count|4000|troop]] troops in [[Lithuania|GPE]] permanently, and "
        "[[German|NORP]] [[Patriot|PRODUCT|MIM-104 Patriot]] batteries helped protect the summit.\n\n"
        "Leaders will meet again [[next year|D|2024]] in [[Washington|GPE|Washington, D.C.]] to mark the "
        "[[Alliance|ORG|NATO]]’s [[75th|ordinal|75]] anniversary.",
        [
            ("Jens Stoltenberg", "tell", "Ukraine’s future is in NATO", True),
            ("Jens Stoltenberg", "say", "Allies would extend an invitation to Ukraine “when Allies agree and "
             "conditions are met”, and that Ukraine’s path to membership had been shortened", False),
            ("Recep Tayyip Erdoğan", "agree", "send Sweden’s accession protocol to the Grand National Assembly of "
             "Türkiye as soon as possible", False),
            ("Ulf Kristersson", "say", "it was “a good day for Sweden” and for the Alliance", False),
            ("Gitanas Nausėda", "say", "the summit had shown that the Alliance would defend “every inch” of its "
             "territory", False),
            ("Germany", "pledge", "station a brigade of about 4,000 troops in Lithuania permanently", False),
        ],
    ),
    (
        "own68-ho-07", "nigerian-communications-commission-tariff-approval", "2025-01-20", "2025-01-20",
        "[[NIGERIAN COMMUNICATIONS COMMISSION|ORG|Nigerian Communications Commission]]\n"
        "PRESS STATEMENT\n"
        "[[Abuja|GPE]] – [[Monday, 20 January 2025|D|2025-01-20]]\n\n"
        "[[NCC|ORG|Nigerian Communications Commission]] APPROVES TARIFF ADJUSTMENT CAPPED AT "
        "[[50 PER CENT|percent|50|%]]\n\n"
        "The [[Nigerian Communications Commission|ORG]] ([[NCC|ORG|Nigerian Communications Commission]]) has "
        "approved requests by mobile network operators to raise their tariffs, the [[first|ordinal|1]] adjustment "
        "since [[2013|D|2013]]. Increases are capped at [[50 per cent|percent|50|%]] of current tariffs, well below "
        "the [[more than 100 per cent|percent|100|%]] sought by some operators.\n\n"
        "Terms of the approval\n"
        "- Voice calls: [[up to ₦16.50|money|16.5|NGN]] per minute, from [[₦11|money|11|NGN]]\n"
        "- Notice to subscribers: [[at least 14 days|D|P14D]] before new tariffs take effect\n"
        "- Tariffs must stay within the bands set in the 2013 Cost Study\n\n"
        "Executive Vice Chairman [[Aminu Maida|PERSON]] said the adjustment was needed because operators’ costs had "
        "risen sharply while tariffs had stayed flat for [[more than a decade|D|P10Y]]. “Consumers should see better "
        "quality of service and wider coverage in return,” he said.\n\n"
        "The Minister of Communications, Innovation and Digital Economy, [[Bosun Tijani|PERSON]], said the "
        "government had refused the [[100 per cent|percent|100|%]] increase requested by operators. "
        "[[MTN Nigeria|ORG]] and [[Airtel Nigeria|ORG]] welcomed the decision.\n\n"
        "The [[Nigeria Labour Congress|ORG]] ([[NLC|ORG|Nigeria Labour Congress]]) called for the increase to be "
        "reversed, while the [[National Association of Telecoms Subscribers|ORG]] said it would challenge the "
        "approval in court.\n\n"
        "Note to editors\n"
        "The approval was issued under Section 108 of the [[Nigerian Communications Act 2003|LAW]]. "
        "[[Nigeria|GPE]] had [[about 172 million|count|172000000|subscription]] active mobile subscriptions in "
        "[[November 2024|D|2024-11]].",
        [
            ("Aminu Maida", "say", "the adjustment was needed because operators’ costs had risen sharply while tariffs "
             "had stayed flat for more than a decade", False),
            ("Aminu Maida", "say", "Consumers should see better quality of service and wider coverage in return",
             True),
            ("Bosun Tijani", "say", "the government had refused the 100 per cent increase requested by operators",
             False),
            ("Nigeria Labour Congress", "call for", "the increase to be reversed", False),
            ("National Association of Telecoms Subscribers", "say", "it would challenge the approval in court", False),
        ],
    ),
]
