"""Held-out set 24 (blind): marked texts of briefs 01-07 and their statements (see
``build_own24_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own24-ho-01", "rba-decision", "2025-08-12", "2025-08-12",
        "[[Reserve Bank of Australia|ORG]]\n"
        "Statement by the [[Monetary Policy Board|ORG|Monetary Policy Board (Australia)]]: Monetary Policy "
        "Decision\n"
        "Number 2025-21\n"
        "Date: [[12 August 2025|D|2025-08-12]]\n\n"
        "At its meeting [[today|D|2025-08-12]], the [[Board|ORG|Monetary Policy Board (Australia)]] decided to "
        "lower the cash rate target by [[25 basis points|percent|0.25|pp]] to [[3.60 per cent|percent|3.60|%]]. "
        "It also lowered the interest rate paid on Exchange Settlement balances by [[25 basis "
        "points|percent|0.25|pp]] to [[3.50 per cent|percent|3.50|%]].\n\n"
        "Inflation has fallen substantially since the peak in [[2022|D|2022]]. Trimmed mean inflation eased to "
        "[[2.7 per cent|percent|2.7|%]] in [[the June quarter|D|2025-04/2025-06]], and headline inflation was "
        "[[2.1 per cent|percent|2.1|%]]. The unemployment rate rose to [[4.3 per cent|percent|4.3|%]] in "
        "[[June|D|2025-06]], while employers added [[about 2,000|count|2000|job]] jobs.\n\n"
        "Growth in [[China|GPE]] held at [[5.2 per cent|percent|5.2|%]] in [[the second "
        "quarter|D|2025-04/2025-06]], but [[US|GPE|United States]] tariffs have raised uncertainty about the "
        "global outlook. The [[Board|ORG|Monetary Policy Board (Australia)]] expects underlying inflation to "
        "remain around the midpoint of the [[2|percent|2|%]]–[[3 per cent|percent|3|%]] target range, and "
        "forecasts GDP growth of [[1.7 per cent|percent|1.7|%]] over [[2025|D|2025]].\n\n"
        "Governor [[Michele Bullock|PERSON]] told a media conference in [[Sydney|GPE]] that the decision had "
        "been unanimous. “We are not on a pre-set course, and we will be guided by the data,” she said. "
        "“[[Australian|NORP]] households are starting to feel some relief.”\n\n"
        "Ms [[Bullock|PERSON|Michele Bullock]] added that [[two|count|2|cut]] further cuts were possible in "
        "[[2026|D|2026]], and noted that house prices had risen [[0.6 per cent|percent|0.6|%]] in "
        "[[July|D|2025-07]].\n\n"
        "The [[Board|ORG|Monetary Policy Board (Australia)]] will next meet on [[29–30 "
        "September|D|2025-09-29/2025-09-30]]. The [[Reserve Bank|ORG|Reserve Bank of Australia]] will release "
        "its next Statement on Monetary Policy on [[4 November 2025|D|2025-11-04]].",
        [
            ("Monetary Policy Board (Australia)", "expect", "underlying inflation to remain around the midpoint "
             "of the 2–3 per cent target range",
             False),
            ("Monetary Policy Board (Australia)", "forecast", "GDP growth of 1.7 per cent over 2025", False),
            ("Michele Bullock", "tell", "the decision had been unanimous", False),
            ("Michele Bullock", "say", "We are not on a pre-set course, and we will be guided by the data", True),
            ("Michele Bullock", "say", "Australian households are starting to feel some relief.", True),
            ("Michele Bullock", "add", "two further cuts were possible in 2026", False),
            ("Michele Bullock", "note", "house prices had risen 0.6 per cent in July", False),
        ],
    ),
    (
        "own24-ho-02", "dol-employment", "2025-08-01", "2025-08-01",
        "[[Bureau of Labor Statistics|ORG]]\n"
        "[[U.S. Department of Labor|ORG|United States Department of Labor]]\n\n"
        "Transmission of material in this release is embargoed until 8:30 a.m. (ET) [[Friday, August 1, "
        "2025|D|2025-08-01]]\n"
        "USDL-25-1196\n\n"
        "THE EMPLOYMENT SITUATION -- [[JULY 2025|D|2025-07]]\n\n"
        "Total nonfarm payroll employment changed little in [[July|D|2025-07]] ([[+73,000|number|73000]]) and "
        "the unemployment rate, at [[4.2 percent|percent|4.2|%]], was little changed, the [[U.S. Bureau of Labor "
        "Statistics|ORG|Bureau of Labor Statistics]] reported [[today|D|2025-08-01]].\n\n"
        "Household Survey Data\n"
        "The number of unemployed people, at [[7.2 million|count|7200000|person]], changed little in "
        "[[July|D|2025-07]]. The labor force participation rate edged down by [[0.1 percentage "
        "point|percent|0.1|pp]] to [[62.2 percent|percent|62.2|%]]. The number of long-term unemployed (those "
        "jobless for [[27 weeks|D|P27W]] or more) rose by [[179,000|count|179000|person]] to [[1.8 "
        "million|count|1800000|person]].\n\n"
        "Establishment Survey Data\n"
        "Health care added [[55,000|count|55000|job]] jobs in [[July|D|2025-07]], and social assistance added "
        "[[18,000|count|18000|job]]. Federal government employment continued to decline "
        "([[-12,000|number|-12000]]) and is down by [[84,000|count|84000|job]] since reaching a peak in "
        "[[January|D|2025-01]].\n\n"
        "Average hourly earnings for all employees rose by [[12 cents|money|0.12|USD]], or [[0.3 "
        "percent|percent|0.3|%]], to [[$36.44|money|36.44|USD]]. Over [[the past 12 "
        "months|D|2024-08-01/2025-08-01]], average hourly earnings increased by [[3.9 percent|percent|3.9|%]].\n\n"
        "Employment for [[May|D|2025-05]] was revised down by [[125,000|count|125000|job]], and for "
        "[[June|D|2025-06]] by [[133,000|count|133000|job]]. With these revisions, employment in [[May|D|2025-05]] and "
        "[[June|D|2025-06]] combined is [[258,000|count|258000|job]] lower than previously reported.\n\n"
        "Secretary of Labor [[Lori Chavez-DeRemer|PERSON]] said: “Wages are growing faster than inflation, and "
        "[[American|NORP]] workers are seeing the benefits.” She added that the department would keep working "
        "to bring manufacturing jobs back to the [[United States|GPE]].\n\n"
        "The Employment Situation for [[August|D|2025-08]] is scheduled to be released on [[Friday, September "
        "5, 2025|D|2025-09-05]], at 8:30 a.m. (ET).",
        [
            ("Bureau of Labor Statistics", "report", "Total nonfarm payroll employment changed little in July "
             "(+73,000) and the unemployment rate, at 4.2 percent, was little changed",
             False),
            ("Lori Chavez-DeRemer", "say", "Wages are growing faster than inflation, and American workers are "
             "seeing the benefits.",
             True),
            ("Lori Chavez-DeRemer", "add", "the department would keep working to bring manufacturing jobs back "
             "to the United States",
             False),
        ],
    ),
    (
        "own24-ho-03", "au-psc-communique", "2025-08-14", "2025-08-14",
        "Communiqué of the [[1295th|ordinal|1295]] meeting of the [[Peace and Security Council|ORG]] on the "
        "situation in [[Sudan|GPE]]\n"
        "[[Addis Ababa|GPE]], [[Ethiopia|GPE]], [[14 August 2025|D|2025-08-14]]\n\n"
        "The [[Peace and Security Council|ORG]] of the [[African Union|ORG]] ([[AU|ORG|African Union]]), at its "
        "[[1295th|ordinal|1295]] meeting held on [[14 August 2025|D|2025-08-14]], on the situation in "
        "[[Sudan|GPE]],\n\n"
        "Noting the opening remarks of H.E. [[Mohamed Arrouchi|PERSON]], Permanent Representative of the "
        "[[Kingdom of Morocco|GPE|Morocco]] to the [[AU|ORG|African Union]] and Chairperson of the "
        "[[PSC|ORG|Peace and Security Council]] for [[August 2025|D|2025-08]], and the briefing by H.E. "
        "[[Mahmoud Ali Youssouf|PERSON]], Chairperson of the [[AU Commission|ORG|African Union Commission]], who "
        "warned that the humanitarian situation in [[Darfur|LOC]] had reached catastrophic levels;\n\n"
        "1. Expresses deep concern over the continued fighting between the [[Sudanese Armed Forces|ORG]] and "
        "the [[Rapid Support Forces|ORG]] since [[15 April 2023|D|2023-04-15]], which has displaced [[more than "
        "12 million|count|12000000|person]] people and left [[24.6 million|count|24600000|person]] facing acute "
        "hunger;\n"
        "2. Strongly condemns the siege of [[El Fasher|GPE]] in [[North Darfur|GPE]], in its "
        "[[16th|ordinal|16]] month;\n"
        "3. Underscores that there is no military solution to the conflict in [[Sudan|GPE]], and urges the "
        "parties to agree to an immediate and unconditional ceasefire;\n"
        "4. Rejects the announcement by the [[Rapid Support Forces|ORG]] of a parallel "
        "government in [[Nyala|GPE]] on [[26 July 2025|D|2025-07-26]], and reiterates its firm commitment to "
        "the sovereignty, unity and territorial integrity of [[Sudan|GPE]];\n"
        "5. Calls on [[AU|ORG|African Union]] Member States and partners to close the funding gap of the "
        "humanitarian response plan for [[2025|D|2025]], of which only [[14 per cent|percent|14|%]] of the "
        "[[US$4.2 billion|money|4200000000|USD]] requested has been received;\n"
        "6. Requests the Chairperson of the [[Commission|ORG|African Union Commission]] to report on the implementation of this "
        "communiqué within [[30 days|D|P30D]].",
        [
            ("Mahmoud Ali Youssouf", "warn", "the humanitarian situation in Darfur had reached catastrophic "
             "levels",
             False),
            ("Peace and Security Council", "express", "deep concern over the continued fighting between the "
             "Sudanese Armed Forces and the Rapid Support Forces since 15 April 2023, which has displaced more "
             "than 12 million people and left 24.6 million facing acute hunger",
             False),
            ("Peace and Security Council", "underscore", "there is no military solution to the conflict in Sudan",
             False),
            ("Peace and Security Council", "urge", "the parties to agree to an immediate and unconditional ceasefire",
             False),
            ("Peace and Security Council", "reiterate", "its firm commitment to the sovereignty, unity and "
             "territorial integrity of Sudan",
             False),
            ("Peace and Security Council", "call on", "AU Member States and partners to close the funding gap of "
             "the humanitarian response plan for 2025, of which only 14 per cent of the US$4.2 billion requested "
             "has been received",
             False),
        ],
    ),
    (
        "own24-ho-04", "wfp-release", "2025-10-09", "2025-10-09",
        "[[Haiti|GPE]]: record hunger as gang violence displaces [[1.4 million|count|1400000|person]], "
        "[[WFP|ORG|World Food Programme]] warns\n"
        "[[PORT-AU-PRINCE|GPE|Port-au-Prince]] – [[9 October 2025|D|2025-10-09]]\n\n"
        "The [[United Nations World Food Programme|ORG|World Food Programme]] ([[WFP|ORG|World Food "
        "Programme]]) warned [[today|D|2025-10-09]] that [[5.7 million|count|5700000|person]] people in "
        "[[Haiti|GPE]] face crisis levels of hunger or worse, the highest number ever recorded in the country, "
        "as armed gangs tighten their hold on the capital and the main roads.\n\n"
        "Gang violence has displaced [[more than 1.4 million|count|1400000|person]] people, many of them in the "
        "[[Artibonite|GPE|Artibonite (department)]] department, where farmers can no longer reach their "
        "fields.\n\n"
        "“Families in [[Haiti|GPE]] are running out of ways to cope,” said [[Wanja Kaaria|PERSON]], "
        "[[WFP|ORG|World Food Programme]] Country Director in [[Haiti|GPE]]. “Mothers tell us they skip meals "
        "so that their children can eat.”\n\n"
        "[[WFP|ORG|World Food Programme]] reached [[1.2 million|count|1200000|person]] people with food and cash "
        "assistance in [[the first half of 2025|D|2025-01/2025-06]], including [[over "
        "600,000|count|600000|child]] children who received hot meals at school. Since [[March|D|2025-03]], it "
        "has delivered [[more than 3,000 metric tons|quantity|3000|t]] of food by sea and air to areas cut off "
        "by road.\n\n"
        "The [[UN Security Council|ORG|United Nations Security Council]] voted on [[30 "
        "September|D|2025-09-30]] to authorise a [[Gang Suppression Force|ORG]] of [[up to "
        "5,550|count|5550|personnel]] personnel, but humanitarian access remains limited.\n\n"
        "The agency needs [[US$139 million|money|139000000|USD]] to sustain its operations over [[the next six "
        "months|D|2025-10-09/2026-04-09]], and said its funding had fallen by [[40 percent|percent|40|%]] "
        "compared with [[2024|D|2024]]. [[WFP|ORG|World Food Programme]] warned that without new funding, "
        "rations for displaced families would be cut from [[January|D|2026-01]].",
        [
            ("World Food Programme", "warn", "5.7 million people in Haiti face crisis levels of hunger or worse, "
             "the highest number ever recorded in the country, as armed gangs tighten their hold on the capital "
             "and the main roads",
             False),
            ("Wanja Kaaria", "say", "Families in Haiti are running out of ways to cope", True),
            ("Wanja Kaaria", "say", "Mothers tell us they skip meals so that their children can eat.", True),
            ("World Food Programme", "say", "its funding had fallen by 40 percent compared with 2024", False),
            ("World Food Programme", "warn", "without new funding, rations for displaced families would be cut "
             "from January",
             False),
        ],
    ),
    (
        "own24-ho-05", "bnpb-bulletin", "2025-11-15", "2025-11-15",
        "[[BNPB|ORG|National Agency for Disaster Countermeasure]]: [[20|count|20|person]] dead, "
        "[[3|count|3|person]] missing in [[Cilacap|GPE|Cilacap Regency]] landslide\n\n"
        "[[JAKARTA|GPE|Jakarta]] - The [[National Disaster Management Agency|ORG|National Agency for Disaster "
        "Countermeasure]] ([[BNPB|ORG|National Agency for Disaster Countermeasure]]) said on "
        "[[Saturday|D|2025-11-15]] ([[15/11|D|2025-11-15]]) that the joint search and rescue team had "
        "recovered [[20|count|20|body]] bodies from the landslide that buried [[Cibeunying|GPE]] village in "
        "[[Majenang|GPE]] district, [[Cilacap Regency|GPE]], [[Central Java|GPE]], on "
        "[[Thursday|D|2025-11-13]] ([[13/11|D|2025-11-13]]).\n\n"
        "Head of the [[BNPB|ORG|National Agency for Disaster Countermeasure]] Data, Information and "
        "Communication Center [[Abdul Muhari|PERSON]] said [[three|count|3|resident]] residents were still "
        "missing. Search operations, involving [[more than 1,200|count|1200|personnel]] personnel from the "
        "[[Indonesian National Armed Forces|ORG]] ([[TNI|ORG|Indonesian National Armed Forces]]), the "
        "[[Indonesian National Police|ORG]] and volunteers, were hampered by rainfall of [[up to 150 "
        "millimetres|quantity|150|mm]] a day and unstable soil.\n\n"
        "The landslide damaged [[46|count|46|house]] houses and forced [[1,090|count|1090|resident]] residents "
        "to flee to [[12|count|12|shelter]] temporary shelters. A [[second|ordinal|2]] landslide struck "
        "[[Pandanarum|GPE]] district in neighbouring [[Banjarnegara Regency|GPE]] on [[Friday|D|2025-11-14]], "
        "killing [[two|count|2|person]] people.\n\n"
        "[[BNPB|ORG|National Agency for Disaster Countermeasure]] Head [[Suharyanto|PERSON]], who visited the "
        "site on [[Friday|D|2025-11-14]], said the agency had provided [[Rp 500 million|money|500000000|IDR]] "
        "in ready-to-use funds to the regency government. He urged residents of hillside villages to move to "
        "safer ground when heavy rain falls.\n\n"
        "The regency government has declared a [[14-day|D|P14D]] emergency response period from [[13 to 26 "
        "November|D|2025-11-13/2025-11-26]]. The [[Meteorology, Climatology, and Geophysical Agency|ORG]] "
        "([[BMKG|ORG|Meteorology, Climatology, and Geophysical Agency]]) has forecast heavy to very heavy rain "
        "across [[Java|LOC]] until [[late November|D|2025-11]].",
        [
            ("National Agency for Disaster Countermeasure", "say", "the joint search and rescue team had "
             "recovered 20 bodies from the landslide that buried Cibeunying village in Majenang district, "
             "Cilacap Regency, Central Java, on Thursday (13/11)",
             False),
            ("Abdul Muhari", "say", "three residents were still missing", False),
            ("Suharyanto", "say", "the agency had provided Rp 500 million in ready-to-use funds to the regency "
             "government",
             False),
            ("Suharyanto", "urge", "residents of hillside villages to move to safer ground when heavy rain falls",
             False),
            ("Meteorology, Climatology, and Geophysical Agency", "forecast", "heavy to very heavy rain across "
             "Java until late November",
             False),
        ],
    ),
    (
        "own24-ho-06", "uscg-release", "2025-07-13", "2025-07-13",
        "[[United States Coast Guard|ORG]]\n"
        "News Release\n\n"
        "[[Coast Guard|ORG|United States Coast Guard]] rescues [[4|count|4|person]] from sinking boat near "
        "[[Boca Raton|GPE|Boca Raton, Florida]]\n"
        "[[July 13, 2025|D|2025-07-13]]\n\n"
        "[[MIAMI|GPE|Miami]] — The [[Coast Guard|ORG|United States Coast Guard]] rescued "
        "[[four|count|4|person]] people [[Saturday|D|2025-07-12]] from a sinking [[32-foot|quantity|32|ft]] "
        "recreational boat [[approximately 18 miles|quantity|18|mi]] east of [[Boca Raton|GPE|Boca Raton, "
        "Florida]].\n\n"
        "[[Coast Guard Sector Miami|ORG]] watchstanders received a mayday call at 2:14 p.m. from the boat's "
        "operator, who reported that the vessel was taking on water. Watchstanders launched an [[MH-65 "
        "Dolphin|PRODUCT|Eurocopter MH-65 Dolphin]] helicopter crew from [[Coast Guard Air Station Miami|FAC]] "
        "and asked a nearby [[Sea Tow|ORG]] vessel to assist.\n\n"
        "The helicopter crew hoisted [[two|count|2|adult]] adults and [[two|count|2|child]] children and took "
        "them to [[Air Station Miami|FAC|Coast Guard Air Station Miami]] in [[Opa-locka|GPE|Opa-locka, "
        "Florida]]. No injuries were reported. Weather on scene was winds of [[15|quantity|15|mph]] to [[20 "
        "mph|quantity|20|mph]] and seas of [[3|quantity|3|ft]] to [[5 feet|quantity|5|ft]].\n\n"
        "“The boaters did everything right,” said Petty Officer 1st Class [[Nathan Bryce|PERSON]], a "
        "[[Sector Miami|ORG|Coast Guard Sector Miami]] command duty officer. “They had life jackets on, a "
        "working VHF radio and an emergency beacon registered with [[NOAA|ORG|National Oceanic and Atmospheric "
        "Administration]], which let us find them quickly.”\n\n"
        "[[Sea Tow|ORG]] said its crew had tried to tow the boat before it sank. The [[Coast Guard|ORG|United "
        "States Coast Guard]] urges boaters to file a float plan and to carry a registered emergency beacon "
        "on every trip. The [[Florida Fish and Wildlife Conservation Commission|ORG]] is investigating the "
        "cause of the sinking.",
        [
            ("Nathan Bryce", "say", "The boaters did everything right", True),
            ("Nathan Bryce", "say", "They had life jackets on, a working VHF radio and an emergency beacon "
             "registered with NOAA, which let us find them quickly.",
             True),
            ("Sea Tow", "say", "its crew had tried to tow the boat before it sank", False),
            ("United States Coast Guard", "urge", "boaters to file a float plan and to carry a registered "
             "emergency beacon on every trip",
             False),
        ],
    ),
    (
        "own24-ho-07", "cma-decision", "2025-10-10", "2025-10-10",
        "[[CMA|ORG|Competition and Markets Authority]] confirms [[Google|ORG]] has strategic market status in "
        "search services\n"
        "From: [[Competition and Markets Authority|ORG]]\n"
        "Published [[10 October 2025|D|2025-10-10]]\n\n"
        "[[Google|ORG]] is the [[first|ordinal|1]] firm to be designated under the new digital markets regime, "
        "after a [[9-month|D|P9M]] investigation.\n\n"
        "The [[Competition and Markets Authority|ORG]] ([[CMA|ORG|Competition and Markets Authority]]) has "
        "[[today|D|2025-10-10]] confirmed that [[Google|ORG]] has strategic market status (SMS) in general "
        "search and search advertising, under the [[Digital Markets, Competition and Consumers Act "
        "2024|LAW]].\n\n"
        "The [[CMA|ORG|Competition and Markets Authority]] found that [[Google|ORG]] accounts for [[more than "
        "90%|percent|90|%]] of general searches in the [[UK|GPE|United Kingdom]] and that [[more than "
        "200,000|count|200000|business]] [[UK|GPE|United Kingdom]] businesses rely on its search advertising, "
        "on which advertisers spent [[around £10 billion|money|10000000000|GBP]] in [[2024|D|2024]].\n\n"
        "The designation lets the [[CMA|ORG|Competition and Markets Authority]] impose conduct requirements. "
        "It plans to consult on the [[first|ordinal|1]] measures, such as fair ranking of search results and "
        "choice screens for users, [[this autumn|D|2025-09/2025-11]].\n\n"
        "[[Sarah Cardell|PERSON]], Chief Executive of the [[CMA|ORG|Competition and Markets Authority]], said: "
        "“Millions of people and businesses in the [[UK|GPE|United Kingdom]] depend on [[Google|ORG]] search. "
        "[[Today|D|2025-10-10]]’s decision allows us to take proportionate, targeted action to keep these "
        "markets open and competitive.”\n\n"
        "[[Google|ORG]] said the decision was disappointing and warned that new rules could slow the launch of "
        "products in the [[UK|GPE|United Kingdom]]. [[Oliver Bethell|PERSON]], [[Google|ORG]]’s senior "
        "director for competition, wrote that the company would engage constructively with the regulator.\n\n"
        "The [[CMA|ORG|Competition and Markets Authority]] opened its investigation on [[14 January "
        "2025|D|2025-01-14]]. A decision in its [[second|ordinal|2]] investigation, into the mobile platforms "
        "of [[Apple|ORG|Apple Inc.]] and [[Google|ORG]], is due by [[22 October|D|2025-10-22]].",
        [
            ("Competition and Markets Authority", "confirm", "Google has strategic market status (SMS) in general "
             "search and search advertising, under the Digital Markets, Competition and Consumers Act 2024",
             False),
            ("Competition and Markets Authority", "find", "Google accounts for more than 90% of general searches "
             "in the UK and that more than 200,000 UK businesses rely on its search advertising, on which "
             "advertisers spent around £10 billion in 2024",
             False),
            ("Competition and Markets Authority", "plan", "consult on the first measures, such as fair ranking of "
             "search results and choice screens for users, this autumn",
             False),
            ("Sarah Cardell", "say", "Millions of people and businesses in the UK depend on Google search. "
             "Today’s decision allows us to take proportionate, targeted action to keep these markets open and "
             "competitive.",
             True),
            ("Google", "say", "the decision was disappointing", False),
            ("Google", "warn", "new rules could slow the launch of products in the UK", False),
            ("Oliver Bethell", "write", "the company would engage constructively with the regulator", False),
        ],
    ),
]
