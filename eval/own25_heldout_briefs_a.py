"""Held-out set 25 (blind): marked texts of briefs 01-07 and their statements (see
``build_own25_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own25-ho-01", "norges-bank-decision", "2025-09-18", "2025-09-18",
        "Policy rate reduced to [[4 percent|percent|4|%]]\n"
        "[[Norges Bank|ORG]] - Press release - [[18 September 2025|D|2025-09-18]]\n\n"
        "[[Norges Bank|ORG]]'s committee has unanimously decided to reduce the policy rate by [[0.25 "
        "percentage point|percent|0.25|pp]] to [[4 percent|percent|4|%]]. The new rate applies from "
        "[[19 September|D|2025-09-19]].\n\n"
        "“The policy rate has been reduced further, as inflation has moved down,” said "
        "Governor [[Ida Wolden Bache|PERSON]]. “If the economy evolves broadly as projected, the policy rate "
        "will be reduced further in the course of [[2026|D|2026]].”\n\n"
        "Consumer price inflation was [[3.5 percent|percent|3.5|%]] in [[August|D|2025-08]], and underlying "
        "inflation has been [[around 3 percent|percent|3|%]] for some months. Registered unemployment "
        "has risen to [[2.1 percent|percent|2.1|%]]. The krone has been somewhat stronger than expected, "
        "and [[Norwegian|NORP]] wage growth in [[2025|D|2025]] is projected at [[4.5 percent|percent|4.5|%]].\n\n"
        "Tariffs imposed by the [[United States|GPE]] have increased uncertainty about the outlook for "
        "[[Norway|GPE]]'s trading partners. Both the [[Federal Reserve|ORG]] and the [[European Central "
        "Bank|ORG]] have lowered their rates over [[the past year|D|2024-09-18/2025-09-18]].\n\n"
        "The bank expects [[one|count|1|cut]] or [[two|count|2|cut]] further cuts in [[2026|D|2026]] and a "
        "policy rate of [[about 3 percent|percent|3|%]] by the end of [[2028|D|2028]]. Deputy Governor "
        "[[Pål Longva|PERSON]] told reporters in [[Oslo|GPE]] that the committee saw no need to move faster.\n\n"
        "[[Norges Bank|ORG]] noted that the sovereign wealth fund it manages had grown to [[about NOK 20 "
        "trillion|money|20000000000000|NOK]]. The next monetary policy meeting will be held on [[5 "
        "November|D|2025-11-05]], and the bank's forecasts will be updated on [[17 December|D|2025-12-17]].",
        [
            ("Ida Wolden Bache", "say", "The policy rate has been reduced further, as inflation has moved down", True),
            ("Ida Wolden Bache", "say", "If the economy evolves broadly as projected, the policy rate will be "
             "reduced further in the course of 2026.", True),
            ("Norges Bank", "expect", "one or two further cuts in 2026 and a policy rate of about 3 percent by "
             "the end of 2028", False),
            ("Pål Longva", "tell", "the committee saw no need to move faster", False),
            ("Norges Bank", "note", "the sovereign wealth fund it manages had grown to about NOK 20 trillion",
             False),
        ],
    ),
    (
        "own25-ho-02", "sadc-communique", "2025-08-17", "2025-08-17",
        "COMMUNIQUÉ OF THE SUMMIT OF [[SADC|ORG|Southern African Development Community]] HEADS OF STATE AND "
        "GOVERNMENT\n"
        "[[Antananarivo|GPE]], [[Republic of Madagascar|GPE|Madagascar]], [[17 August 2025|D|2025-08-17]]\n\n"
        "1. The Summit of Heads of State and Government of the [[Southern African Development "
        "Community|ORG]] ([[SADC|ORG|Southern African Development Community]]) was held in "
        "[[Antananarivo|GPE]] on [[17 August 2025|D|2025-08-17]], attended by [[12|count|12|leader]] leaders.\n\n"
        "2. Summit elected His Excellency [[Andry Rajoelina|PERSON]], President of the [[Republic of "
        "Madagascar|GPE|Madagascar]], as Chairperson of [[SADC|ORG|Southern African Development Community]], "
        "and His Excellency [[Cyril Ramaphosa|PERSON]], President of the [[Republic of South "
        "Africa|GPE|South Africa]], as Incoming Chairperson.\n\n"
        "3. Summit commended His Excellency [[Emmerson Mnangagwa|PERSON]], President of the [[Republic of "
        "Zimbabwe|GPE|Zimbabwe]], for his leadership during [[the past year|D|2024-08-17/2025-08-17]].\n\n"
        "4. Summit noted that the regional economy grew by [[3.4 percent|percent|3.4|%]] in [[2024|D|2024]], "
        "down from [[4.1 percent|percent|4.1|%]] in [[2023|D|2023]], and that drought had left [[17.9 "
        "million|count|17900000|person]] people in need of food assistance.\n\n"
        "5. Summit approved a budget of [[US$58.2 million|money|58200000|USD]] for [[2025/26|D|2025-04/2026-03]] "
        "and urged Member States to pay their contributions in full.\n\n"
        "6. Summit welcomed the joint process of [[SADC|ORG|Southern African Development Community]] and the "
        "[[East African Community|ORG]] ([[EAC|ORG|East African Community]]) on the eastern [[Democratic "
        "Republic of Congo|GPE|Democratic Republic of the Congo]].\n\n"
        "7. In his acceptance speech, President [[Rajoelina|PERSON|Andry Rajoelina]] said: “Industrialisation "
        "is the only road out of poverty for our [[16|count|16|nation]] nations.”\n\n"
        "8. Executive Secretary [[Elias Magosi|PERSON]] announced that intra-regional trade had reached "
        "[[about 20 percent|percent|20|%]] of total trade, and warned that the region would miss its "
        "[[2030|D|2030]] targets without new investment in energy.\n\n"
        "9. Summit thanked the Government and people of [[Madagascar|GPE]] for hosting the meeting. The next "
        "Summit will be held in [[South Africa|GPE]] in [[August 2026|D|2026-08]].",
        [
            ("Andry Rajoelina", "say", "Industrialisation is the only road out of poverty for our 16 nations.",
             True),
            ("Elias Magosi", "announce", "intra-regional trade had reached about 20 percent of total trade",
             False),
            ("Elias Magosi", "warn", "the region would miss its 2030 targets without new investment in energy",
             False),
        ],
    ),
    (
        "own25-ho-03", "ocha-flash-update", "2025-09-02", "2025-09-02",
        "[[Afghanistan|GPE]]: Earthquake - Flash Update No. 2\n"
        "As of [[2 September 2025|D|2025-09-02]]\n\n"
        "HIGHLIGHTS\n"
        "• A magnitude [[6.0|number|6.0]] earthquake struck eastern [[Afghanistan|GPE]] at 23:47 local time "
        "on [[31 August|D|2025-08-31]], with its epicentre [[27 km|quantity|27|km]] north-east of "
        "[[Jalalabad|GPE]] at a depth of [[8 km|quantity|8|km]].\n"
        "• [[At least 1,411|count|1411|person]] people have been killed and [[3,124|count|3124|person]] "
        "injured, most of them in [[Kunar|GPE|Kunar Province]] province.\n"
        "• [[More than 5,400|count|5400|house]] houses have been destroyed.\n\n"
        "SITUATION OVERVIEW\n"
        "Landslides have blocked roads to several villages in the [[Nurgal|GPE|Nurgal District]] and "
        "[[Chawkay|GPE|Chawkay District]] districts, and rescue teams have reached them on foot. [[At least "
        "five|count|5|aftershock]] aftershocks, the strongest of magnitude [[5.2|number|5.2]], were recorded "
        "on [[1 September|D|2025-09-01]].\n\n"
        "The Humanitarian Coordinator in [[Afghanistan|GPE]], [[Indrika Ratwatte|PERSON]], said: “Entire "
        "families have been buried under their homes. We must reach the survivors before the cold sets "
        "in.”\n\n"
        "The [[World Health Organization|ORG]] ([[WHO|ORG|World Health Organization]]) reported that "
        "[[four|count|4|hospital]] hospitals in [[Kunar|GPE|Kunar Province]] and [[Nangarhar|GPE|Nangarhar "
        "Province]] were overwhelmed. [[UNICEF|ORG]] said about half of the dead were children.\n\n"
        "FUNDING\n"
        "The Emergency Relief Coordinator, [[Tom Fletcher|PERSON]], released [[US$5 "
        "million|money|5000000|USD]] from the [[Central Emergency Response Fund|ORG]] ([[CERF|ORG|Central "
        "Emergency Response Fund]]). [[OCHA|ORG|Office for the Coordination of Humanitarian Affairs]] "
        "estimates that [[$140 million|money|140000000|USD]] is needed over [[the next three "
        "months|D|2025-09-02/2025-12-02]] to assist [[500,000|count|500000|person]] people.\n\n"
        "The [[International Organization for Migration|ORG]] said it had sent [[1,000|count|1000|tent]] "
        "tents from its warehouse in [[Kabul|GPE]]. The [[Afghan Red Crescent Society|ORG]] said its volunteers "
        "had distributed food to [[2,300|count|2300|family]] families.",
        [
            ("Indrika Ratwatte", "say", "Entire families have been buried under their homes. We must reach the "
             "survivors before the cold sets in.", True),
            ("World Health Organization", "report", "four hospitals in Kunar and Nangarhar were overwhelmed",
             False),
            ("UNICEF", "say", "about half of the dead were children", False),
            ("Office for the Coordination of Humanitarian Affairs", "estimate", "$140 million is needed over "
             "the next three months to assist 500,000 people", False),
            ("International Organization for Migration", "say", "it had sent 1,000 tents from its warehouse in "
             "Kabul", False),
            ("Afghan Red Crescent Society", "say", "its volunteers had distributed food to 2,300 families", False),
        ],
    ),
    (
        "own25-ho-04", "nhc-advisory", "2025-08-16", "2025-08-16",
        "BULLETIN\n"
        "[[Hurricane Erin|EVENT]] Intermediate Advisory Number 11A\n"
        "[[NWS|ORG|National Weather Service]] [[National Hurricane Center|ORG]] [[Miami|GPE]] "
        "[[FL|GPE|Florida]]\n"
        "800 PM AST [[Sat Aug 16 2025|D|2025-08-16]]\n\n"
        "...[[ERIN|EVENT|Hurricane Erin]] REMAINS AN EXTREMELY DANGEROUS HURRICANE NORTH OF THE [[LEEWARD "
        "ISLANDS|LOC|Leeward Islands]]...\n\n"
        "SUMMARY OF 800 PM AST INFORMATION\n"
        "LOCATION...[[ABOUT 150 MI|quantity|150|mi]]...[[240 KM|quantity|240|km]] N OF "
        "[[ANGUILLA|GPE|Anguilla]]\n"
        "MAXIMUM SUSTAINED WINDS...[[160 MPH|quantity|160|mph]]...[[260 KM/H|quantity|260|km/h]]\n"
        "PRESENT MOVEMENT...W AT [[17 MPH|quantity|17|mph]]...[[28 KM/H|quantity|28|km/h]]\n\n"
        "DISCUSSION AND OUTLOOK\n"
        "At 800 PM AST, the eye of [[Hurricane Erin|EVENT]] was located by an [[Air Force Reserve|ORG|Air Force Reserve "
        "Command]] reconnaissance aircraft [[about 150 miles|quantity|150|mi]] north of "
        "[[Anguilla|GPE]]. A turn toward the northwest is expected on [[Sunday|D|2025-08-17]], and the core "
        "of [[Erin|EVENT|Hurricane Erin]] is forecast to pass east of the [[Turks and Caicos Islands|GPE]] on "
        "[[Monday|D|2025-08-18]].\n\n"
        "Hurricane-force winds extend outward [[up to 40 miles|quantity|40|mi]] from the center, and "
        "tropical-storm-force winds extend outward [[up to 230 miles|quantity|230|mi]].\n\n"
        "RAINFALL: [[Erin|EVENT|Hurricane Erin]] is expected to produce [[2|quantity|2|in]] to [[4 "
        "inches|quantity|4|in]] of rain, with isolated totals near [[6 inches|quantity|6|in]], across the "
        "northern [[Leeward Islands|LOC]], the [[Virgin Islands|LOC]] and [[Puerto Rico|GPE]] through "
        "[[Sunday|D|2025-08-17]].\n\n"
        "[[National Hurricane Center|ORG]] Director [[Michael Brennan|PERSON]] said rip currents along the "
        "[[East Coast|LOC|East Coast of the United States]] would become life-threatening [[next "
        "week|D|2025-W34]]. “Stay out of the water, even if the sun is shining,” he said.\n\n"
        "The government of [[Bermuda|GPE]] said it would decide on [[Monday|D|2025-08-18]] whether to issue "
        "a tropical storm watch. The [[National Hurricane Center|ORG]] warned that large swells would reach "
        "the coast of the [[Dominican Republic|GPE]] by [[Monday|D|2025-08-18]].\n\n"
        "NEXT ADVISORY\n"
        "Next complete advisory at 1100 PM AST.\n\n"
        "Forecaster [[Beven|PERSON|John Beven]]",
        [
            ("Michael Brennan", "say", "rip currents along the East Coast would become life-threatening next "
             "week", False),
            ("Michael Brennan", "say", "Stay out of the water, even if the sun is shining", True),
            ("Bermuda", "say", "it would decide on Monday whether to issue a tropical storm watch", False),
            ("National Hurricane Center", "warn", "large swells would reach the coast of the Dominican Republic "
             "by Monday", False),
        ],
    ),
    (
        "own25-ho-05", "europol-arrests", "2025-10-15", "2025-10-15",
        "[[27|count|27|arrest]] arrests in action day against migrant smuggling network\n"
        "Press release - [[15 October 2025|D|2025-10-15]] - [[The Hague|GPE]], [[Netherlands|GPE]]\n\n"
        "Law enforcement authorities from [[Spain|GPE]], [[Bulgaria|GPE]], [[Germany|GPE]] and "
        "[[Greece|GPE]], supported by [[Europol|ORG]] and [[Eurojust|ORG]], have dismantled a criminal "
        "network that smuggled migrants from [[Turkey|GPE]] into the [[European Union|ORG]].\n\n"
        "During an action day on [[14 October|D|2025-10-14]], [[27|count|27|suspect]] suspects were arrested "
        "and [[41|count|41|property]] properties were searched. Officers seized [[EUR 1.2 "
        "million|money|1200000|EUR]] in cash, [[14|count|14|vehicle]] vehicles and [[over 300|count|300|"
        "document]] forged documents.\n\n"
        "The network is believed to have smuggled [[at least 2,500|count|2500|migrant]] migrants since "
        "[[March 2023|D|2023-03]], charging between [[€4,000|money|4000|EUR]] and [[€8,000|money|8000|EUR]] "
        "per person. Its leaders, [[two|count|2|national]] [[Bulgarian|NORP]] nationals, were arrested in [[Sofia|GPE]].\n\n"
        "The investigation was opened in [[2024|D|2024]] by the [[Spanish|NORP]] [[Guardia Civil|ORG]], "
        "which traced payments through [[11|count|11|account]] bank accounts. The [[Guardia Civil|ORG]] said the "
        "network had used forged work contracts to obtain visas. Profits estimated at [[€9 "
        "million|money|9000000|EUR]] were laundered through car dealerships in [[Valencia|GPE]] and "
        "[[Plovdiv|GPE]].\n\n"
        "[[Europol|ORG]] deployed [[three|count|3|analyst]] analysts to [[Madrid|GPE]] and hosted "
        "[[five|count|5|meeting]] operational meetings at its headquarters. [[Bulgarian|NORP]] Interior "
        "Minister [[Daniel Mitov|PERSON]] told reporters in [[Sofia|GPE]] that border checks would be "
        "tightened.\n\n"
        "“Criminals who treat human beings as cargo will find no safe haven in [[Europe|LOC]],” said "
        "[[Europol|ORG]]'s Executive Director [[Catherine De Bolle|PERSON]].\n\n"
        "[[Eurojust|ORG]] said it had set up a joint investigation team in [[June 2024|D|2024-06]] and would "
        "coordinate the transfer of the suspects to [[Spain|GPE]] over the coming weeks.",
        [
            ("Guardia Civil", "say", "the network had used forged work contracts to obtain visas", False),
            ("Daniel Mitov", "tell", "border checks would be tightened", False),
            ("Catherine De Bolle", "say", "Criminals who treat human beings as cargo will find no safe haven in "
             "Europe", True),
            ("Eurojust", "say", "it had set up a joint investigation team in June 2024 and would coordinate the "
             "transfer of the suspects to Spain over the coming weeks", False),
        ],
    ),
    (
        "own25-ho-06", "ireland-budget", "2025-10-07", "2025-10-07",
        "Ministers [[Donohoe|PERSON|Paschal Donohoe]] and [[Chambers|PERSON|Jack Chambers]] announce "
        "[[€9.4 billion|money|9400000000|EUR]] Budget package\n"
        "From: [[Department of Finance|ORG|Department of Finance (Ireland)]]\n"
        "Published on: [[7 October 2025|D|2025-10-07]]\n\n"
        "The Minister for Finance, [[Paschal Donohoe|PERSON]] TD, and the Minister for Public Expenditure, "
        "[[Jack Chambers|PERSON]] TD, [[today|D|2025-10-07]] presented the Budget for [[2026|D|2026]] to "
        "[[Dáil Éireann|ORG]]. The package is worth [[€9.4 billion|money|9400000000|EUR]], made up of tax "
        "measures of [[€1.5 billion|money|1500000000|EUR]] and additional spending of [[€7.9 "
        "billion|money|7900000000|EUR]].\n\n"
        "Minister [[Donohoe|PERSON|Paschal Donohoe]] said: “This is a Budget for a time of uncertainty. Our "
        "economy is strong, but we cannot assume that the revenues of [[the past five "
        "years|D|2020-10-07/2025-10-07]] will last.”\n\n"
        "The VAT rate for restaurants and hairdressers will fall from [[13.5%|percent|13.5|%]] to "
        "[[9%|percent|9|%]] from [[1 July 2026|D|2026-07-01]]. The national minimum wage will rise by "
        "[[65 cent|money|0.65|EUR]] to [[€14.15|money|14.15|EUR]] an hour on [[1 January|D|2026-01-01]].\n\n"
        "Minister [[Chambers|PERSON|Jack Chambers]] announced that [[€9.2 billion|money|9200000000|EUR]] "
        "would be spent on housing, and that the weekly State pension would increase by "
        "[[€10|money|10|EUR]]. He said the Government would build [[more than 40,000|count|40000|home]] "
        "homes a year.\n\n"
        "The [[Department of Finance|ORG|Department of Finance (Ireland)]] forecasts that modified domestic "
        "demand will grow by [[2.5%|percent|2.5|%]] in [[2026|D|2026]], and warned that [[US|GPE|United "
        "States]] tariffs could cut [[Irish|NORP]] exports by [[up to 10%|percent|10|%]].\n\n"
        "Corporation tax receipts reached [[€28 billion|money|28000000000|EUR]] in [[2024|D|2024]], "
        "one third of which came from [[three|count|3|company]] companies.\n\n"
        "Taoiseach [[Micheál Martin|PERSON]] said the [[Republic of Ireland|GPE|Republic of Ireland]] would "
        "keep its [[12.5%|percent|12.5|%]] corporation tax rate for smaller firms.",
        [
            ("Paschal Donohoe", "say", "This is a Budget for a time of uncertainty. Our economy is strong, but "
             "we cannot assume that the revenues of the past five years will last.", True),
            ("Jack Chambers", "announce", "€9.2 billion would be spent on housing, and that the weekly State "
             "pension would increase by €10", False),
            ("Jack Chambers", "say", "the Government would build more than 40,000 homes a year", False),
            ("Department of Finance (Ireland)", "forecast", "modified domestic demand will grow by 2.5% in "
             "2026", False),
            ("Department of Finance (Ireland)", "warn", "US tariffs could cut Irish exports by up to 10%",
             False),
            ("Micheál Martin", "say", "the Republic of Ireland would keep its 12.5% corporation tax rate for "
             "smaller firms", False),
        ],
    ),
    (
        "own25-ho-07", "pib-coal", "2025-03-21", "2025-03-21",
        "[[Ministry of Coal|ORG]]\n"
        "[[India|GPE]]'s coal production crosses [[1 billion tonnes|quantity|1000000000|t]] in [[FY "
        "2024-25|D|2024-04/2025-03]]\n"
        "Posted On: [[21 MAR 2025|D|2025-03-21]] 4:40PM by [[PIB|ORG|Press Information Bureau]] "
        "[[Delhi|GPE]]\n\n"
        "[[India|GPE]] has crossed the milestone of [[one billion tonnes|quantity|1000000000|t]] of coal "
        "production, a record. Production reached "
        "[[1,000.6 million tonnes|quantity|1000600000|t]] on [[20 March 2025|D|2025-03-20]], against "
        "[[997.83 million tonnes|quantity|997830000|t]] in the whole of [[FY 2023-24|D|2023-04/2024-03]].\n\n"
        "Prime Minister [[Narendra Modi|PERSON]] congratulated the coal sector on the achievement.\n\n"
        "Union Minister of Coal and Mines [[G. Kishan Reddy|PERSON]] said: “This milestone shows that "
        "[[India|GPE]] is on the path to energy self-reliance. Our mines have become safer and cleaner.” "
        "He added that coal imports had fallen by [[8.4%|percent|8.4|%]] in [[April-December "
        "2024|D|2024-04/2024-12]], saving [[Rs 42,315 crore|money|423150000000|INR]] in foreign exchange.\n\n"
        "[[Coal India Limited|ORG|Coal India]] ([[CIL|ORG|Coal India]]) produced [[about 75%|percent|75|%]] "
        "of the total, and [[Singareni Collieries Company Limited|ORG|Singareni Collieries Company]] "
        "[[about 7%|percent|7|%]]. Captive and commercial mines contributed [[more than 180 million "
        "tonnes|quantity|180000000|t]], a rise of [[33%|percent|33|%]].\n\n"
        "Coal Secretary [[Vikram Dev Dutt|PERSON]] stated that the Ministry aims to produce [[1.5 billion "
        "tonnes|quantity|1500000000|t]] by [[2030|D|2030]]. Most of the output comes from "
        "[[Odisha|GPE]], [[Chhattisgarh|GPE]] and [[Jharkhand|GPE]], which together account for "
        "[[over 60%|percent|60|%]] of reserves.\n\n"
        "The [[Ministry of Coal|ORG]] said that [[21|count|21|block]] new coal blocks had been auctioned "
        "since [[April 2024|D|2024-04]]. [[Reddy|PERSON|G. Kishan Reddy]] also announced that [[Coal "
        "India|ORG]] would invest [[Rs 1,000 crore|money|10000000000|INR]] in coal gasification.",
        [
            ("G. Kishan Reddy", "say", "This milestone shows that India is on the path to energy self-reliance. "
             "Our mines have become safer and cleaner.", True),
            ("G. Kishan Reddy", "add", "coal imports had fallen by 8.4% in April-December 2024, saving Rs "
             "42,315 crore in foreign exchange", False),
            ("Vikram Dev Dutt", "state", "the Ministry aims to produce 1.5 billion tonnes by 2030", False),
            ("Ministry of Coal", "say", "21 new coal blocks had been auctioned since April 2024", False),
            ("G. Kishan Reddy", "announce", "Coal India would invest Rs 1,000 crore in coal gasification", False),
        ],
    ),
]
