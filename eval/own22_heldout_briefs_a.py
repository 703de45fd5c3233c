"""Held-out set 22 (blind): marked texts of briefs 01-07 and their statements (see
``build_own22_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own22-ho-01", "fomc-statement", "2025-09-17", "2025-09-17",
        "[[Federal Reserve|ORG]] issues [[FOMC|ORG|Federal Open Market Committee]] statement\n"
        "For release at 2:00 p.m. EDT\n"
        "[[September 17, 2025|D|2025-09-17]]\n\n"
        "Recent indicators suggest that growth of economic activity moderated in [[the first half of the "
        "year|D|2025-01/2025-06]]. Job gains have slowed, and the unemployment rate has edged up but remains "
        "low. Inflation has moved up and remains somewhat elevated.\n\n"
        "The [[Committee|ORG|Federal Open Market Committee]] seeks to achieve maximum employment and inflation "
        "at the rate of [[2 percent|percent|2|%]] over the longer run. Uncertainty about the economic outlook "
        "remains elevated. The [[Committee|ORG|Federal Open Market Committee]] is attentive to the risks to "
        "both sides of its dual mandate and judges that downside risks to employment have risen.\n\n"
        "In light of the shift in the balance of risks, the [[Committee|ORG|Federal Open Market Committee]] "
        "decided to lower the target range for the federal funds rate by [[1/4 percentage "
        "point|percent|0.25|pp]] to [[4|percent|4|%]] to [[4-1/4 percent|percent|4.25|%]]. The "
        "[[Committee|ORG|Federal Open Market Committee]] will continue reducing its holdings of Treasury "
        "securities and agency mortgage-backed securities.\n\n"
        "Voting for the monetary policy action were [[Jerome H. Powell|PERSON|Jerome Powell]], Chair; "
        "[[John C. Williams|PERSON]], Vice Chair; [[Michael S. Barr|PERSON|Michael Barr]]; [[Michelle W. "
        "Bowman|PERSON|Michelle Bowman]]; [[Lisa D. Cook|PERSON|Lisa Cook]]; [[Austan D. Goolsbee|PERSON|Austan "
        "Goolsbee]]; [[Philip N. Jefferson|PERSON|Philip Jefferson]]; [[Alberto G. Musalem|PERSON|Alberto "
        "Musalem]]; [[Jeffrey R. Schmid|PERSON|Jeffrey Schmid]]; and [[Christopher J. Waller|PERSON|Christopher "
        "Waller]]. Voting against this action was [[Stephen I. Miran|PERSON|Stephen Miran]], who preferred to "
        "lower the target range for the federal funds rate by [[1/2 percentage point|percent|0.5|pp]] at this "
        "meeting.\n\n"
        "At a press conference in [[Washington|GPE|Washington, D.C.]], [[Powell|PERSON|Jerome Powell]] said: "
        "“This was a risk-management cut. There are no risk-free paths now.” He added that officials "
        "projected [[two|count|2|cut]] more cuts in [[2025|D|2025]] and [[one|count|1|cut]] in "
        "[[2026|D|2026]].",
        [
            ("Federal Open Market Committee", "judge", "downside risks to employment have risen", False),
            ("Stephen Miran", "prefer", "lower the target range for the federal funds rate by 1/2 percentage "
             "point at this meeting",
             False),
            ("Jerome Powell", "say", "This was a risk-management cut. There are no risk-free paths now.", True),
            ("Jerome Powell", "add", "officials projected two more cuts in 2025 and one in 2026", False),
        ],
    ),
    (
        "own22-ho-02", "statcan-daily", "2025-10-10", "2025-10-10",
        "[[Statistics Canada|ORG]]\n"
        "The Daily\n"
        "Labour Force Survey, [[September 2025|D|2025-09]]\n"
        "Released: [[2025-10-10|D|2025-10-10]]\n\n"
        "Employment rose by [[60,000|count|60000|job]] ([[+0.3%|percent|0.3|%]]) in [[September|D|2025-09]], "
        "following declines in [[July|D|2025-07]] and [[August|D|2025-08]]. The unemployment rate held steady "
        "at [[7.1%|percent|7.1|%]]. The employment rate rose [[0.1 percentage points|percent|0.1|pp]] to "
        "[[60.6%|percent|60.6|%]].\n\n"
        "Employment increased in [[Ontario|GPE]] ([[+40,000|number|40000]]) and [[Alberta|GPE]] "
        "([[+14,000|number|14000]]), while it decreased in [[New Brunswick|GPE]] ([[-4,700|number|-4700]]). "
        "By industry, employment rose in manufacturing ([[+27,000|number|27000]]) and in health care and "
        "social assistance ([[+20,000|number|20000]]), and fell in transportation and warehousing "
        "([[-14,000|number|-14000]]).\n\n"
        "The youth unemployment rate was "
        "[[14.7%|percent|14.7|%]], the highest since [[September 2010|D|2010-09]] outside of the pandemic. "
        "[[Statistics Canada|ORG]] noted that [[1.6 million|count|1600000|person]] people were unemployed in "
        "[[September|D|2025-09]]. It said that the participation rate was unchanged at [[65.2%|percent|65.2|%]].\n\n"
        "Average hourly wages among employees rose [[3.3%|percent|3.3|%]] year over year, up "
        "[[$1.16|money|1.16|CAD]] to [[$36.01|money|36.01|CAD]]. Total hours worked were up "
        "[[0.5%|percent|0.5|%]] compared with [[August|D|2025-08]].\n\n"
        "Note to readers\n"
        "The Labour Force Survey estimates for [[September|D|2025-09]] are for the week of [[September 14 to "
        "20|D|2025-09-14/2025-09-20]]. [[Statistics Canada|ORG]] reported that [[14,000|count|14000|household]] "
        "households in [[Quebec|GPE]] answered a new question on [[American|NORP]] tariffs, and estimated "
        "that [[about 8%|percent|8|%]] of [[Canadian|NORP]] workers were in industries that depend on exports "
        "to the [[United States|GPE]].\n\n"
        "The next release of the Labour Force Survey, for [[October|D|2025-10]], is scheduled for "
        "[[November 7|D|2025-11-07]].",
        [
            ("Statistics Canada", "note", "1.6 million people were unemployed in September", False),
            ("Statistics Canada", "say", "the participation rate was unchanged at 65.2%", False),
            ("Statistics Canada", "report", "14,000 households in Quebec answered a new question on American "
             "tariffs",
             False),
            ("Statistics Canada", "estimate", "about 8% of Canadian workers were in industries that depend on "
             "exports to the United States",
             False),
        ],
    ),
    (
        "own22-ho-03", "mea-briefing", "2025-10-16", "2025-10-16",
        "[[Ministry of External Affairs|ORG|Ministry of External Affairs (India)]]\n"
        "Transcript of Weekly Media Briefing by the Official Spokesperson ([[October 16, 2025|D|2025-10-16]])\n\n"
        "Shri [[Randhir Jaiswal|PERSON]], Official Spokesperson: Good afternoon, friends. Let me begin with "
        "the State Visit of the President of [[Mongolia|GPE]], His Excellency Mr. [[Khurelsukh "
        "Ukhnaa|PERSON|Ukhnaagiin Khürelsükh]], to [[India|GPE]] [[from 13 to 16 "
        "October|D|2025-10-13/2025-10-16]]. This is his [[first|ordinal|1]] visit to [[India|GPE]] as "
        "President, and it comes in the [[70th|ordinal|70]] year of our diplomatic relations. Prime Minister "
        "[[Narendra Modi|PERSON]] held talks with him at [[Hyderabad House|FAC]] on [[Tuesday|D|2025-10-14]], "
        "and the two sides exchanged [[10|count|10|agreement]] agreements. Prime Minister "
        "[[Modi|PERSON|Narendra Modi]] announced that [[India|GPE]] would offer free e-visas to "
        "[[Mongolian|NORP]] citizens. The leaders also reviewed progress on the [[Mongol Refinery|FAC]], "
        "which [[India|GPE]] supports with a line of credit of [[US$ 1.7 billion|money|1700000000|USD]].\n\n"
        "Question: Sir, can you give us an update on the visit of the [[Afghan|NORP]] Foreign Minister?\n\n"
        "Shri [[Randhir Jaiswal|PERSON]], Official Spokesperson: External Affairs Minister Dr. "
        "[[S. Jaishankar|PERSON]] held talks with Foreign Minister [[Amir Khan Muttaqi|PERSON]] in [[New "
        "Delhi|GPE]] on [[October 10|D|2025-10-10]]. Dr. [[Jaishankar|PERSON|S. Jaishankar]] announced that "
        "[[India|GPE]] would upgrade its technical mission in [[Kabul|GPE]] to an embassy. He also said that "
        "[[India|GPE]] would gift [[20|count|20|ambulance]] ambulances and [[5|count|5|machine]] MRI "
        "machines to [[Afghanistan|GPE]]. Mr. [[Muttaqi|PERSON|Amir Khan Muttaqi]] said that [[Afghan|NORP]] "
        "soil would not be used against any country. He left [[India|GPE]] [[today|D|2025-10-16]] "
        "after a [[seven-day|D|P7D]] visit that included [[Agra|GPE]] and the [[Darul Uloom Deoband|ORG]].\n\n"
        "Question: Is there any update on the [[Quad|ORG|Quadrilateral Security Dialogue]] summit?\n\n"
        "Shri [[Randhir Jaiswal|PERSON]], Official Spokesperson: We will share information on the dates at "
        "an appropriate time.",
        [
            ("Narendra Modi", "announce", "India would offer free e-visas to Mongolian citizens", False),
            ("S. Jaishankar", "announce", "India would upgrade its technical mission in Kabul to an embassy",
             False),
            ("S. Jaishankar", "say", "India would gift 20 ambulances and 5 MRI machines to Afghanistan", False),
            ("Amir Khan Muttaqi", "say", "Afghan soil would not be used against any country", False),
        ],
    ),
    (
        "own22-ho-04", "kenya-moh-statement", "2025-03-21", "2025-03-21",
        "[[MINISTRY OF HEALTH|ORG|Ministry of Health (Kenya)]]\n"
        "PRESS STATEMENT\n"
        "UPDATE ON THE MPOX OUTBREAK IN [[KENYA|GPE|Kenya]]\n"
        "[[Nairobi|GPE]], [[21st March 2025|D|2025-03-21]]\n\n"
        "The [[Ministry of Health|ORG|Ministry of Health (Kenya)]] wishes to update the public on the Mpox "
        "outbreak in the country. Since the [[first|ordinal|1]] case was confirmed in [[July 2024|D|2024-07]], "
        "a total of [[41|count|41|case]] cases have been confirmed in [[12|count|12|county]] counties, with "
        "[[one|count|1|death]] death. [[Mombasa County|GPE]] has reported the highest number of cases "
        "([[17|number|17]]), followed by [[Busia County|GPE]] ([[6|number|6]]) and [[Nakuru County|GPE]] "
        "([[4|number|4]]).\n\n"
        "Most cases have been reported among long-distance truck drivers and sex workers along the "
        "[[Northern Corridor|FAC]] transport route. In [[the past two weeks|D|2025-03-07/2025-03-21]], "
        "[[nine|count|9|case]] new cases have been confirmed.\n\n"
        "Health Cabinet Secretary [[Aden Duale|PERSON]] said: “We have screened "
        "[[more than 2.5 million|count|2500000|traveller]] travellers at our points of entry, and we are scaling up "
        "vaccination in the most affected counties.”\n\n"
        "The Cabinet Secretary announced that the [[Ministry|ORG|Ministry of Health (Kenya)]] had received "
        "[[10,000|count|10000|dose]] doses of vaccine from the [[World Health Organization|ORG]] and "
        "[[Africa CDC|ORG|Africa Centres for Disease Control and Prevention]], and that vaccination would "
        "begin on [[Monday, March 24, 2025|D|2025-03-24]].\n\n"
        "Director General for Health Dr. [[Patrick Amoth|PERSON]] urged [[Kenyans|NORP|Kenyan]] to report "
        "any unusual rash to the nearest health facility, and noted that the [[Ministry|ORG|Ministry of "
        "Health (Kenya)]] was working with [[Uganda|GPE]] and [[Tanzania|GPE]] to trace contacts across "
        "the border.\n\n"
        "The [[Ministry|ORG|Ministry of Health (Kenya)]] has set aside [[KSh 120 million|money|120000000|KES]] "
        "for the response over [[the next three months|D|2025-03-21/2025-06-21]].",
        [
            ("Aden Duale", "say", "We have screened more than 2.5 million travellers at our points of entry, and "
             "we are scaling up vaccination in the most affected counties.",
             True),
            ("Aden Duale", "announce", "the Ministry had received 10,000 doses of vaccine from the World "
             "Health Organization and Africa CDC, and that vaccination would begin on Monday, March 24, 2025",
             False),
            ("Patrick Amoth", "urge", "Kenyans to report any unusual rash to the nearest health facility",
             False),
            ("Patrick Amoth", "note", "the Ministry was working with Uganda and Tanzania to trace contacts "
             "across the border",
             False),
        ],
    ),
    (
        "own22-ho-05", "gov-uk-news-story", "2025-02-10", "2025-02-10",
        "News story\n"
        "Illegal working arrests surge as [[Home Office|ORG]] steps up enforcement\n"
        "From: [[Home Office|ORG]] and The Rt Hon [[Yvette Cooper|PERSON]] MP\n"
        "Published [[10 February 2025|D|2025-02-10]]\n\n"
        "Illegal working visits and arrests rose sharply in [[January|D|2025-01]], the [[Home Office|ORG]] "
        "announced [[today|D|2025-02-10]].\n\n"
        "[[Immigration Enforcement|ORG]] teams visited [[828|count|828|premises]] premises in "
        "[[January|D|2025-01]], [[48%|percent|48|%]] more than in [[January 2024|D|2024-01]], and made "
        "[[609|count|609|arrest]] arrests, up [[73%|percent|73|%]]. Nail bars, convenience stores, "
        "restaurants and car washes were among the businesses visited. In one raid on an [[Indian|NORP]] "
        "restaurant in [[Humberside|GPE]], [[seven|count|7|person]] people were arrested and "
        "[[four|count|4|person]] were detained.\n\n"
        "Since [[5 July 2024|D|2024-07-05]], [[almost 19,000|count|19000|person]] people with no right to be "
        "in the [[UK|GPE|United Kingdom]] have been returned, including [[2,925|count|2925|offender]] foreign "
        "offenders.\n\n"
        "Home Secretary [[Yvette Cooper|PERSON]] said: “For far too long, employers have been able to take "
        "on and exploit illegal migrants, and too many people have been able to arrive and work illegally "
        "with no enforcement action ever being taken.”\n\n"
        "Employers who hire illegal workers face fines of [[up to £60,000|money|60000|GBP]] per worker, and "
        "[[1,090|count|1090|notice]] civil penalty notices were issued in [[2024|D|2024]].\n\n"
        "Border Security Minister Dame [[Angela Eagle|PERSON]] added that the [[Border Security, Asylum and "
        "Immigration Bill|LAW]] would give the [[Border Security Command|ORG]] new counter-terror style "
        "powers to tackle smuggling gangs. The [[Command|ORG|Border Security Command]], led by "
        "[[Martin Hewitt|PERSON]], has been given [[£150 million|money|150000000|GBP]] for [[2025-26|D|2025-04/2026-03]].\n\n"
        "The [[Home Office|ORG]] said that [[four|count|4|flight]] charter flights had left the "
        "[[UK|GPE|United Kingdom]] in [[January|D|2025-01]], carrying [[more than 800|count|800|person]] "
        "people, among them the largest returns flight in the [[UK|GPE|United Kingdom]]'s history.",
        [
            ("Home Office", "announce", "Illegal working visits and arrests rose sharply in January", False),
            ("Yvette Cooper", "say", "For far too long, employers have been able to take on and exploit "
             "illegal migrants, and too many people have been able to arrive and work illegally with no "
             "enforcement action ever being taken.",
             True),
            ("Angela Eagle", "add", "the Border Security, Asylum and Immigration Bill would give the Border "
             "Security Command new counter-terror style powers to tackle smuggling gangs",
             False),
            ("Home Office", "say", "four charter flights had left the UK in January, carrying more than 800 "
             "people, among them the largest returns flight in the UK's history",
             False),
        ],
    ),
    (
        "own22-ho-06", "ep-plenary-release", "2025-10-08", "2025-10-08",
        "[[European Parliament|ORG]]\n"
        "Press release - Plenary session - AGRI\n"
        "[[08-10-2025|D|2025-10-08]] - 13:20\n\n"
        "Farmers to get a stronger position in the food supply chain\n\n"
        "• Written contracts to become compulsory for most deliveries\n"
        "• Meat names such as “burger” and “steak” reserved for meat products\n"
        "• Member states may set up mediation schemes\n\n"
        "[[Parliament|ORG|European Parliament]] adopted its position on changes to the rules on the common "
        "organisation of agricultural markets [[today|D|2025-10-08]] with [[355|count|355|vote]] votes in "
        "favour, [[247|count|247|vote]] against and [[30|count|30|abstention]] abstentions.\n\n"
        "Under the text, buyers will have to offer farmers written contracts that state the price, the "
        "quantity and the duration of the deal. Contracts for [[less than six months|D|P6M]] will need the "
        "farmer’s consent.\n\n"
        "Rapporteur [[Céline Imart|PERSON]] ([[EPP|ORG|European People's Party Group]], [[FR|GPE|France]]) "
        "said: “Farmers must no longer be the adjustment variable of the food chain. With this vote, we give "
        "them the tools to negotiate fair prices.”\n\n"
        "She added that the reserved meat names would protect consumers and livestock breeders across the "
        "[[EU|ORG|European Union]].\n\n"
        "Agriculture Commissioner [[Christophe Hansen|PERSON]] told MEPs in [[Strasbourg|GPE]] that the "
        "[[Commission|ORG|European Commission]] would work for a deal by [[December|D|2025-12]].\n\n"
        "Background\n"
        "The [[Commission|ORG|European Commission]] proposed the changes in [[December 2024|D|2024-12]], "
        "after farmers’ protests in [[France|GPE]], [[Belgium|GPE]], [[Germany|GPE]] and the "
        "[[Netherlands|GPE]]. According to [[Eurostat|ORG]], farmers received [[less than 25%|percent|25|%]] "
        "of the final price of food in [[2023|D|2023]].\n\n"
        "Next steps\n"
        "[[Parliament|ORG|European Parliament]] is now ready to start negotiations with the "
        "[[Council|ORG|Council of the European Union]]. The [[Danish|NORP]] presidency of the "
        "[[Council|ORG|Council of the European Union]] runs until [[31 December 2025|D|2025-12-31]].",
        [
            ("Céline Imart", "say", "Farmers must no longer be the adjustment variable of the food chain. "
             "With this vote, we give them the tools to negotiate fair prices.",
             True),
            ("Céline Imart", "add", "the reserved meat names would protect consumers and livestock breeders "
             "across the EU",
             False),
            ("Christophe Hansen", "tell", "the Commission would work for a deal by December",
             False),
            ("Eurostat", "according to", "farmers received less than 25% of the final price of food in 2023",
             False),
        ],
    ),
    (
        "own22-ho-07", "iaea-press-release", "2025-10-23", "2025-10-23",
        "[[IAEA|ORG|International Atomic Energy Agency]] Press Release\n"
        "Off-site Power Restored at [[Zaporizhzhya Nuclear Power Plant|FAC|Zaporizhzhia Nuclear Power Plant]] "
        "After [[Month-Long|D|P1M]] Outage\n"
        "[[23 October 2025|D|2025-10-23]]\n\n"
        "The [[Zaporizhzhya Nuclear Power Plant|FAC|Zaporizhzhia Nuclear Power Plant]] "
        "([[ZNPP|FAC|Zaporizhzhia Nuclear Power Plant]]) was reconnected to the [[Ukrainian|NORP]] grid "
        "[[today|D|2025-10-23]] after repairs to [[two|count|2|line]] damaged power lines, [[International "
        "Atomic Energy Agency|ORG]] ([[IAEA|ORG|International Atomic Energy Agency]]) Director General [[Rafael "
        "Mariano Grossi|PERSON]] said.\n\n"
        "For [[30 days|D|P30D]], the plant had relied on [[18|count|18|generator]] emergency diesel "
        "generators to cool its [[six|count|6|reactor]] reactors, which have been in cold shutdown since "
        "[[April 2024|D|2024-04]], and their spent fuel. Mr [[Grossi|PERSON|Rafael Mariano Grossi]] said the "
        "reconnection ended the [[tenth|ordinal|10]] and longest loss of all off-site power at the site "
        "since the military conflict began.\n\n"
        "The repairs were carried out in zones on both sides of the front line under local ceasefires "
        "brokered by the [[IAEA|ORG|International Atomic Energy Agency]] with [[Russia|GPE]] and "
        "[[Ukraine|GPE]].\n\n"
        "“Both sides engaged constructively with the [[IAEA|ORG|International Atomic Energy Agency]] to make "
        "this complex repair plan possible,” Director General [[Grossi|PERSON|Rafael Mariano Grossi]] said. "
        "“This is a positive step, but nuclear safety at the plant remains extremely fragile.”\n\n"
        "He said he would continue his consultations with [[Kyiv|GPE]] and [[Moscow|GPE]] on a backup line "
        "to the plant.\n\n"
        "Elsewhere, [[IAEA|ORG|International Atomic Energy Agency]] teams at the [[Khmelnytskyy|FAC|"
        "Khmelnytskyi Nuclear Power Plant]] and [[South Ukraine|FAC|South Ukraine Nuclear Power Plant]] "
        "nuclear power plants reported drones [[about 2 km|quantity|2|km]] from the sites on "
        "[[Tuesday|D|2025-10-21]] and [[Wednesday|D|2025-10-22]]. The [[IAEA|ORG|International Atomic Energy "
        "Agency]] said that [[more than 10|count|10|drone]] drones had been observed near the "
        "[[Chornobyl|FAC|Chernobyl Nuclear Power Plant]] site in [[the past week|D|2025-10-16/2025-10-23]].",
        [
            ("Rafael Mariano Grossi", "say", "The Zaporizhzhya Nuclear Power Plant (ZNPP) was reconnected to the "
             "Ukrainian grid today after repairs to two damaged power lines",
             False),
            ("Rafael Mariano Grossi", "say", "the reconnection ended the tenth and longest loss of all off-site "
             "power at the site since the military conflict began",
             False),
            ("Rafael Mariano Grossi", "say", "Both sides engaged constructively with the IAEA to make this "
             "complex repair plan possible",
             True),
            ("Rafael Mariano Grossi", "say", "This is a positive step, but nuclear safety at the plant remains "
             "extremely fragile.",
             True),
            ("Rafael Mariano Grossi", "say", "he would continue his consultations with Kyiv and Moscow on a "
             "backup line to the plant",
             False),
            ("International Atomic Energy Agency", "say", "more than 10 drones had been observed near the "
             "Chornobyl site in the past week",
             False),
        ],
    ),
]
