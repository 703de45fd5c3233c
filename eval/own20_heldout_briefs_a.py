"""Held-out set 20 (blind): marked texts of briefs 01-07 and their statements (see
``build_own20_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own20-ho-01", "ons-release", "2025-11-11", "2025-11-11",
        "Labour market overview, [[UK|GPE|United Kingdom]]: [[November 2025|D|2025-11]]\n"
        "Release date: [[11 November 2025|D|2025-11-11]]\n"
        "From: [[Office for National Statistics|ORG]]\n\n"
        "Main points\n"
        "• The [[UK|GPE|United Kingdom]] employment rate was estimated at [[75.0%|percent|75.0|%]] in [[July to "
        "September 2025|D|2025-07/2025-09]], [[0.1 percentage points|percent|0.1|pp]] lower than in [[the previous "
        "quarter|D|2025-04/2025-06]].\n"
        "• The unemployment rate rose to [[5.0%|percent|5.0|%]], its highest level since [[early 2021|D|2021]].\n"
        "• Annual growth in employees' average regular earnings was [[4.6%|percent|4.6|%]]; adjusted for "
        "inflation, regular pay grew by [[0.9%|percent|0.9|%]].\n"
        "• The estimated number of vacancies fell by [[9,000|count|9000|vacancy]] on the quarter to "
        "[[717,000|count|717000|vacancy]].\n"
        "• The number of payrolled employees fell by [[32,000|count|32000|employee]] [[between August and "
        "September 2025|D|2025-08/2025-09]].\n\n"
        "Commenting on [[today|D|2025-11-11]]'s figures, [[ONS|ORG|Office for National Statistics]] Director of "
        "Economic Statistics [[Liz McKeown|PERSON]] said:\n"
        "“The labour market continues to cool, with unemployment edging up again and vacancies now below their "
        "pre-pandemic level. Private sector wage growth slowed to [[4.2%|percent|4.2|%]], the weakest in "
        "[[almost four years|D|P4Y]].”\n\n"
        "Chancellor of the Exchequer [[Rachel Reeves|PERSON]] said the figures showed why the Government would use "
        "the Budget on [[26 November|D|2025-11-26]] to help [[more than 2.8 million|count|2800000|person]] people "
        "out of work because of long-term sickness back into jobs.\n\n"
        "Notes to editors\n"
        "1. Labour Force Survey estimates are based on a sample of [[about 35,000|count|35000|household]] "
        "households a quarter and are published as official statistics in development.\n"
        "2. Payroll figures for [[October 2025|D|2025-10]] come from [[HM Revenue and Customs|ORG]] "
        "([[HMRC|ORG|HM Revenue and Customs]]) and are likely to be revised. The next release is on [[16 December "
        "2025|D|2025-12-16]].",
        [
            ("Liz McKeown", "say", "The labour market continues to cool, with unemployment edging up again and "
             "vacancies now below their pre-pandemic level. Private sector wage growth slowed to 4.2%, the weakest in "
             "almost four years.", True),
            ("Rachel Reeves", "say", "the figures showed why the Government would use the Budget on 26 November to "
             "help more than 2.8 million people out of work because of long-term sickness back into jobs", False),
        ],
    ),
    (
        "own20-ho-02", "met-office-warning", "2025-01-23", "2025-01-23",
        "[[Storm Éowyn|EVENT]]: red warnings issued for [[Northern Ireland|GPE]] and [[Scotland|GPE]]\n"
        "From: [[Met Office|ORG]]\n"
        "Published: [[23 January 2025|D|2025-01-23]]\n\n"
        "The [[Met Office|ORG]] has issued [[two|count|2|warning]] red warnings for wind as [[Storm Éowyn|EVENT]] "
        "brings damaging gusts to the [[UK|GPE|United Kingdom]] on [[Friday|D|2025-01-24]].\n\n"
        "The [[first|ordinal|1]] red warning covers all of [[Northern Ireland|GPE]] from 7am until 2pm, where gusts "
        "of [[80|quantity|80|mph]] to [[90 mph|quantity|90|mph]] are likely. The [[second|ordinal|2]] covers "
        "southern and central [[Scotland|GPE]], including [[Glasgow|GPE]] and [[Edinburgh|GPE]], from 10am to 5pm. "
        "An amber warning covers the rest of [[Scotland|GPE]] and northern [[England|GPE]], and yellow warnings "
        "extend to [[Wales|GPE]].\n\n"
        "The [[Met Office|ORG]] warned that flying debris could result in danger to life and that power cuts "
        "could affect mobile phone coverage.\n\n"
        "[[Met Office|ORG]] Chief Meteorologist [[Paul Gundersen|PERSON]] said: “[[Storm Éowyn|EVENT]] will be a "
        "very impactful storm, with [[up to 100 mph|quantity|100|mph]] possible on exposed coasts and hills of "
        "[[Northern Ireland|GPE]] and [[Scotland|GPE]].”\n\n"
        "On the storm's northern flank, [[up to 10 cm|quantity|10|cm]] of snow could fall above "
        "[[300 metres|quantity|300|m]], with [[2|quantity|2|cm]] to [[5 cm|quantity|5|cm]] more widely. "
        "[[20|quantity|20|mm]] to [[40 mm|quantity|40|mm]] of rain is expected over high ground in [[Wales|GPE]].\n\n"
        "The storm was named by [[Met Éireann|ORG]], the [[Irish|NORP]] meteorological service, on "
        "[[Tuesday|D|2025-01-21]].\n\n"
        "[[ScotRail|ORG]] said all train services in [[Scotland|GPE]] would be suspended for the whole of "
        "[[Friday|D|2025-01-24]]. First Minister [[John Swinney|PERSON]] urged people in the red warning areas not "
        "to travel and said [[more than 400|count|400|school]] schools would close. The [[Scottish|NORP]] and "
        "[[Northern Ireland|GPE]] authorities will review the response [[next week|D|2025-W05]].",
        [
            ("Met Office", "warn", "flying debris could result in danger to life and that power cuts could affect "
             "mobile phone coverage", False),
            ("Paul Gundersen", "say", "Storm Éowyn will be a very impactful storm, with up to 100 mph possible on "
             "exposed coasts and hills of Northern Ireland and Scotland.", True),
            ("ScotRail", "say", "all train services in Scotland would be suspended for the whole of Friday", False),
            ("John Swinney", "urge", "people in the red warning areas not to travel", False),
            ("John Swinney", "say", "more than 400 schools would close", False),
        ],
    ),
    (
        "own20-ho-03", "pib-release", "2024-11-25", "2024-11-25",
        "[[Cabinet|ORG|Union Council of Ministers]] approves [[National Mission on Natural Farming|ORG]] with an outlay of [[Rs.2481 "
        "crore|money|24810000000|INR]]\n"
        "Posted On: [[25 NOV 2024|D|2024-11-25]] 8:30PM by [[PIB|ORG|Press Information Bureau]] [[Delhi|GPE]]\n\n"
        "The [[Union Cabinet|ORG|Union Council of Ministers]] chaired by Prime Minister Shri [[Narendra Modi|PERSON]] [[today|D|2024-11-25]] approved "
        "the [[National Mission on Natural Farming|ORG]] ([[NMNF|ORG|National Mission on Natural Farming]]) as a "
        "standalone Centrally Sponsored Scheme under the [[Ministry of Agriculture and Farmers Welfare|ORG|Ministry "
        "of Agriculture and Farmers' Welfare]].\n\n"
        "The scheme has a total outlay of [[Rs.2481 crore|money|24810000000|INR]] until [[2025-26|D|2025-04/2026-03]], "
        "of which the Government of [[India|GPE]] will bear [[Rs.1584 crore|money|15840000000|INR]] and the States "
        "[[Rs.897 crore|money|8970000000|INR]].\n\n"
        "Highlights:\n"
        "• The mission will be taken up in [[15,000|count|15000|cluster]] clusters in Gram Panchayats willing to "
        "adopt natural farming, reaching [[1 crore|count|10000000|farmer]] farmers on [[7.5 lakh "
        "hectares|quantity|750000|ha]].\n"
        "• [[About 2,000|count|2000|farm]] model demonstration farms will be set up at Krishi Vigyan Kendras and "
        "agricultural universities.\n"
        "• [[10,000|count|10000|centre]] Bio-input Resource Centres will supply ready-to-use inputs to farmers.\n"
        "• [[18.75 lakh|count|1875000|farmer]] willing farmers will be trained, and [[30,000|count|30000|volunteer]] "
        "community volunteers will be deployed in the clusters.\n\n"
        "Union Agriculture Minister Shri [[Shivraj Singh Chouhan|PERSON]] said the mission would cut farmers' "
        "input costs and restore soil health. He added that the Centre would set up a national portal for "
        "certification of natural produce within [[six months|D|P6M]].\n\n"
        "Briefing the media, Union Minister [[Ashwini Vaishnaw|PERSON]] said: “Natural farming has been practised "
        "by our farmers for generations, and this mission gives it a scientific base.”\n\n"
        "Farmers in [[Andhra Pradesh|GPE]], [[Gujarat|GPE]] and [[Himachal Pradesh|GPE]] have adopted natural "
        "farming on a large scale since [[2019|D|2019]].",
        [
            ("Shivraj Singh Chouhan", "say", "the mission would cut farmers' input costs and restore soil health",
             False),
            ("Shivraj Singh Chouhan", "add", "the Centre would set up a national portal for certification of natural "
             "produce within six months", False),
            ("Ashwini Vaishnaw", "say", "Natural farming has been practised by our farmers for generations, and this "
             "mission gives it a scientific base.", True),
        ],
    ),
    (
        "own20-ho-04", "canada-news-release", "2025-02-20", "2025-02-20",
        "Government of [[Canada|GPE]] invests in wildfire resilience in [[British Columbia|GPE]] and "
        "[[Alberta|GPE]]\n"
        "From: [[Natural Resources Canada|ORG]]\n\n"
        "News release\n\n"
        "[[February 20, 2025|D|2025-02-20]] — [[Ottawa|GPE]], [[Ontario|GPE]]\n\n"
        "Wildfires are becoming larger and more destructive. In [[2023|D|2023]], [[more than 15 million "
        "hectares|quantity|15000000|ha]] burned across [[Canada|GPE]], the worst season on record, and in "
        "[[July 2024|D|2024-07]] a wildfire destroyed about a third of the buildings in [[Jasper|GPE|Jasper, "
        "Alberta]].\n\n"
        "[[Today|D|2025-02-20]], the Honourable [[Jonathan Wilkinson|PERSON]], Minister of Energy and Natural "
        "Resources, announced [[$42.6 million|money|42600000|CAD]] for [[14|count|14|project]] projects under the "
        "[[Fighting and Managing Wildfires in a Changing Climate Program|ORG]]. The funding will train "
        "[[1,200|count|1200|firefighter]] firefighters and buy equipment for [[Indigenous|NORP]] communities over "
        "[[three years|D|P3Y]].\n\n"
        "Quote\n"
        "“Our firefighters have faced [[two|count|2|season]] record seasons in a row. This investment makes sure "
        "they have the training and the tools they need before the next one begins.”\n"
        "— The Honourable [[Jonathan Wilkinson|PERSON]], Minister of Energy and Natural Resources\n\n"
        "Quick facts\n"
        "• The [[Canadian Interagency Forest Fire Centre|ORG]] ([[CIFFC|ORG|Canadian Interagency Forest Fire "
        "Centre]]) coordinated the deployment of [[more than 5,000|count|5000|firefighter]] firefighters from "
        "[[Canada|GPE]] and abroad in [[2023|D|2023]].\n"
        "• [[British Columbia|GPE]] will receive [[$18.3 million|money|18300000|CAD]] and [[Alberta|GPE]] "
        "[[$11.7 million|money|11700000|CAD]]; the remaining [[$12.6 million|money|12600000|CAD]] supports "
        "national training.\n"
        "• Since [[2022|D|2022]], the program has committed [[over $284 million|money|284000000|CAD]].\n"
        "• [[Natural Resources Canada|ORG]] estimates that [[about 6%|percent|6|%]] of [[Canada|GPE]]'s "
        "forests are now at high wildfire risk in an average year.\n\n"
        "Contacts\n"
        "Media Relations, [[Natural Resources Canada|ORG]], [[Ottawa|GPE]]",
        [
            ("Jonathan Wilkinson", "announce", "$42.6 million for 14 projects under the Fighting and Managing "
             "Wildfires in a Changing Climate Program", False),
            ("Jonathan Wilkinson", "say", "Our firefighters have faced two record seasons in a row. This investment "
             "makes sure they have the training and the tools they need before the next one begins.", True),
            ("Natural Resources Canada", "estimate", "about 6% of Canada's forests are now at high wildfire risk in "
             "an average year", False),
        ],
    ),
    (
        "own20-ho-05", "treasury-sanctions", "2025-03-05", "2025-03-05",
        "[[Treasury|ORG|United States Department of the Treasury]] Targets Procurement Network Supplying [[Iranian|NORP]] Drone Program\n"
        "[[March 5, 2025|D|2025-03-05]]\n\n"
        "[[WASHINGTON|GPE|Washington, D.C.]] — [[Today|D|2025-03-05]], the [[Department of the "
        "Treasury|ORG|United States Department of the Treasury]]'s [[Office of Foreign Assets Control|ORG]] "
        "([[OFAC|ORG|Office of Foreign Assets Control]]) sanctioned [[six|count|6|entity]] entities and "
        "[[two|count|2|individual]] individuals based in [[Iran|GPE]], [[China|GPE]] and [[Hong Kong|GPE]] for "
        "procuring engines and navigation parts for [[Iran|GPE]]'s [[Shahed-136|PRODUCT|HESA Shahed 136]] drones. "
        "[[Russia|GPE]] has launched thousands of "
        "such drones against [[Ukraine|GPE]].\n\n"
        "“[[Iran|GPE]]'s drone program depends on foreign parts, and we will keep cutting off the suppliers that "
        "feed it,” said Secretary of the Treasury [[Scott Bessent|PERSON]]. “[[Tehran|GPE]] cannot arm "
        "[[Moscow|GPE]] without paying a price.”\n\n"
        "The network, led by [[Hong Kong|GPE]]-registered [[Sky Delta Trading Limited|ORG|Sky Delta Trading]], "
        "shipped [[more than $4.3 million|money|4300000|USD]] of components [[between 2022 and "
        "late 2024|D|2022/2024]] to front companies of the [[Islamic Revolutionary Guard Corps|ORG]] "
        "([[IRGC|ORG|Islamic Revolutionary Guard Corps]]). [[One|count|1|shipment]] shipment of [[1,300 kilograms|quantity|1300|kg]] "
        "of servomotors was routed through [[Malaysia|GPE]].\n\n"
        "The persons were designated pursuant to [[Executive Order 13382|LAW]], which targets proliferators of "
        "weapons of mass destruction and their supporters.\n\n"
        "Sanctions implications\n"
        "As a result of [[today|D|2025-03-05]]'s action, all property and interests in property of the designated "
        "persons that are in the [[United States|GPE]] are blocked. Any entities owned [[50 percent|percent|50|%]] "
        "or more by one or more blocked persons are also blocked.\n\n"
        "[[OFAC|ORG|Office of Foreign Assets Control]] said it had designated [[more than 875|count|875|person]] "
        "persons linked to [[Iran|GPE]]'s weapons programs since [[January 2021|D|2021-01]].",
        [
            ("Scott Bessent", "say", "Iran's drone program depends on foreign parts, and we will keep cutting off the "
             "suppliers that feed it", True),
            ("Scott Bessent", "say", "Tehran cannot arm Moscow without paying a price.", True),
            ("Office of Foreign Assets Control", "say", "it had designated more than 875 persons linked to Iran's "
             "weapons programs since January 2021", False),
        ],
    ),
    (
        "own20-ho-06", "usgs-earthquake", "2024-12-05", "2024-12-05",
        "M [[7.0|number|7.0]] - [[100 km|quantity|100|km]] WSW of [[Ferndale|GPE|Ferndale, California]], "
        "[[CA|GPE|California]]\n"
        "Event summary, [[U.S. Geological Survey|ORG|United States Geological Survey]]\n"
        "• Time: [[2024-12-05|D|2024-12-05]] 18:44:21 (UTC)\n"
        "• Depth: [[10.0 km|quantity|10.0|km]]\n"
        "• Felt reports: [[more than 11,000|count|11000|report]]\n\n"
        "A magnitude [[7.0|number|7.0]] earthquake struck off the coast of northern [[California|GPE]] at 10:44 "
        "a.m. local time on [[Thursday|D|2024-12-05]], [[about 100 kilometers|quantity|100|km]] ([[62 "
        "miles|quantity|62|mi]]) west-southwest of [[Ferndale|GPE|Ferndale, California]] in [[Humboldt "
        "County|GPE|Humboldt County, California]]. The earthquake was the result of strike-slip faulting on or "
        "near the boundary between the [[Pacific|LOC|Pacific Plate]] and [[Gorda|LOC|Gorda Plate]] plates, close "
        "to the [[Mendocino Triple Junction|LOC]].\n\n"
        "The [[National Tsunami Warning Center|ORG]] issued a tsunami warning for the coast from "
        "[[Davenport|GPE|Davenport, California]] to the [[Oregon|GPE]] border, affecting [[about 5.3 "
        "million|count|5300000|person]] people, and cancelled it about an hour later.\n\n"
        "By evening, the [[USGS|ORG|United States Geological Survey]] had recorded [[at least 20|count|20|aftershock]] "
        "aftershocks of magnitude [[2.5|number|2.5]] or greater, the largest a magnitude [[4.3|number|4.3]].\n\n"
        "According to the [[USGS|ORG|United States Geological Survey]], there is a [[16%|percent|16|%]] chance of "
        "an aftershock of magnitude [[5|number|5]] or larger in [[the next seven days|D|2024-12-05/2024-12-12]].\n\n"
        "Tectonic summary\n"
        "The region around [[Cape Mendocino|LOC]] is one of the most seismically active in the [[United "
        "States|GPE]]: it has had [[more than 60|count|60|earthquake]] earthquakes of magnitude [[6|number|6]] or "
        "larger since [[1900|D|1900]]. The [[Cape Mendocino earthquakes|EVENT|1992 Cape Mendocino earthquakes]] of "
        "[[April 1992|D|1992-04]], the largest of magnitude [[7.2|number|7.2]], injured [[356|count|356|person]] "
        "people and damaged buildings in [[Ferndale|GPE|Ferndale, California]] and [[Petrolia|GPE|Petrolia, "
        "California]].",
        [
            ("United States Geological Survey", "according to", "there is a 16% chance of an aftershock of magnitude "
             "5 or larger in the next seven days", False),
        ],
    ),
    (
        "own20-ho-07", "who-outbreak-news", "2025-03-13", "2025-03-13",
        "Marburg virus disease - [[United Republic of Tanzania|GPE|Tanzania]]\n"
        "[[13 March 2025|D|2025-03-13]] — Disease Outbreak News\n\n"
        "Situation at a glance\n"
        "On [[20 January 2025|D|2025-01-20]], the [[Ministry of Health|ORG|Ministry of Health (Tanzania)]] of the "
        "[[United Republic of Tanzania|GPE|Tanzania]] declared an outbreak of Marburg virus disease in [[Kagera|GPE|Kagera "
        "Region]] region. [[Today|D|2025-03-13]], after [[42 days|D|P42D]] without a new case, the "
        "[[Ministry|ORG|Ministry of Health (Tanzania)]] declared the outbreak over.\n\n"
        "Description of the situation\n"
        "In total, [[10|count|10|case]] cases ([[two|count|2|case]] confirmed and [[eight|count|8|case]] probable) "
        "were reported from [[Biharamulo|GPE|Biharamulo District]] and [[Muleba|GPE|Muleba District]] districts, "
        "including [[10|count|10|death]] deaths, a case fatality ratio of [[100%|percent|100|%]]. All "
        "[[281|count|281|contact]] contacts completed [[21 days|D|P21D]] of follow-up.\n\n"
        "Public health response\n"
        "• The [[World Health Organization|ORG]] ([[WHO|ORG|World Health Organization]]) released [[US$ 3 "
        "million|money|3000000|USD]] from its [[Contingency Fund for Emergencies|ORG]].\n"
        "• [[WHO|ORG|World Health Organization]] and the [[Africa Centres for Disease Control and Prevention|ORG]] "
        "deployed [[more than 40|count|40|expert]] experts to [[Bukoba|GPE]].\n"
        "• Screening was set up at border points with [[Uganda|GPE]] and [[Rwanda|GPE]], where a separate Marburg "
        "outbreak ended in [[December 2024|D|2024-12]].\n\n"
        "[[WHO|ORG|World Health Organization]] risk assessment\n"
        "[[WHO|ORG|World Health Organization]] assessed the risk as high at national level, moderate at regional "
        "level and low at global level.\n\n"
        "“This outbreak ended quickly because [[Tanzania|GPE]] acted quickly,” said [[WHO|ORG|World Health "
        "Organization]] Director-General Dr [[Tedros Adhanom Ghebreyesus|PERSON]].\n\n"
        "[[WHO|ORG|World Health Organization]] advice\n"
        "[[WHO|ORG|World Health Organization]] advises against any restrictions on travel to or trade with "
        "[[Tanzania|GPE]]. Survivors should be followed for [[at least 12 months|D|P12M]].",
        [
            ("World Health Organization", "assess", "the risk as high at national level, moderate at regional level "
             "and low at global level", False),
            ("Tedros Adhanom Ghebreyesus", "say", "This outbreak ended quickly because Tanzania acted quickly", True),
            ("World Health Organization", "advise", "against any restrictions on travel to or trade with Tanzania",
             False),
        ],
    ),
]
