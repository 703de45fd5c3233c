"""Held-out set 67 (blind): marked texts of briefs 01-07 and their statements (see
``build_own67_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own67-ho-01", "central-bank-of-kenya-rate-cut", "2025-08-12", "2025-08-12",
        "[[CENTRAL BANK OF KENYA|ORG|Central Bank of Kenya]]\n"
        "Press release\n"
        "[[Nairobi|GPE]], [[August 12, 2025|D|2025-08-12]]\n\n"
        "CENTRAL BANK RATE LOWERED TO [[9.50 PERCENT|percent|9.5|%]]\n\n"
        "The [[Central Bank of Kenya|ORG]] ([[CBK|ORG|Central Bank of Kenya]]) [[today|D|2025-08-12]] lowered the "
        "Central Bank Rate (CBR) by [[25 basis points|percent|0.25|pp]], from [[9.75 percent|percent|9.75|%]] to "
        "[[9.50 percent|percent|9.5|%]], its [[seventh|ordinal|7]] consecutive cut since "
        "[[August 2024|D|2024-08]]. The cash reserve ratio remains at [[3.25 percent|percent|3.25|%]].\n\n"
        "Key indicators\n"
        "-- Overall inflation, [[July 2025|D|2025-07]]: [[4.1 percent|percent|4.1|%]]\n"
        "-- Inflation target range: [[2.5|percent|2.5|%]] to [[7.5 percent|percent|7.5|%]]\n"
        "-- Usable foreign exchange reserves: [[US$11.2 billion|money|11200000000|USD]]\n"
        "-- Shilling exchange rate: [[KSh 129.2|money|129.2|KES]] to the dollar\n"
        "-- Real GDP growth, [[first quarter of 2025|D|2025-01/2025-03]]: [[4.9 percent|percent|4.9|%]]\n\n"
        "Governor [[Kamau Thugge|PERSON]] told a press briefing that inflation would stay below the mid-point of "
        "the target range, helped by lower food and fuel prices. “There is still room to ease, but we will move "
        "carefully,” he said.\n\n"
        "The [[CBK|ORG|Central Bank of Kenya]] expects the economy to grow by [[5.2 percent|percent|5.2|%]] in "
        "[[2025|D|2025]], up from [[4.7 percent|percent|4.7|%]] in [[2024|D|2024]]. "
        "[[Thugge|PERSON|Kamau Thugge]] said credit to the private sector had grown by only "
        "[[3.3 percent|percent|3.3|%]] in [[June|D|2025-06]] and urged commercial banks to pass the lower rate on "
        "to borrowers.\n\n"
        "Treasury Cabinet Secretary [[John Mbadi|PERSON]] said the government would borrow "
        "[[KSh 635 billion|money|635000000000|KES]] from the domestic market in the "
        "[[2025/26|D|2025-07/2026-06]] fiscal year, and that the budget deficit would narrow to "
        "[[4.5 percent|percent|4.5|%]] of GDP.\n\n"
        "The [[Kenya Bankers Association|ORG]] welcomed the cut. The next meeting of the bank’s policy committee "
        "will be held in [[October|D|2025-10]].",
        [
            ("Kamau Thugge", "tell", "inflation would stay below the mid-point of the target range, helped by lower "
             "food and fuel prices", False),
            ("Kamau Thugge", "say", "There is still room to ease, but we will move carefully", True),
            ("Central Bank of Kenya", "expect", "the economy to grow by 5.2 percent in 2025, up from 4.7 percent in "
             "2024", False),
            ("Kamau Thugge", "say", "credit to the private sector had grown by only 3.3 percent in June", False),
            ("Kamau Thugge", "urge", "commercial banks to pass the lower rate on to borrowers", False),
            ("John Mbadi", "say", "the government would borrow KSh 635 billion from the domestic market in the "
             "2025/26 fiscal year, and that the budget deficit would narrow to 4.5 percent of GDP", False),
        ],
    ),
    (
        "own67-ho-02", "pakistan-bureau-of-statistics-external-trade-october", "2025-11-03", "2025-11-03",
        "GOVERNMENT OF [[PAKISTAN|GPE|Pakistan]]\n"
        "[[PAKISTAN BUREAU OF STATISTICS|ORG|Pakistan Bureau of Statistics]]\n"
        "[[Islamabad|GPE]], [[3rd November 2025|D|2025-11-03]]\n\n"
        "EXPORTS DOWN [[4.4%|percent|4.4|%]] IN [[OCTOBER|D|2025-10]], TRADE DEFICIT WIDENS\n\n"
        "[[Pakistan|GPE]]’s exports of goods fell [[4.4%|percent|4.4|%]] to "
        "[[US$2.84 billion|money|2840000000|USD]] in [[October 2025|D|2025-10]] from "
        "[[US$2.97 billion|money|2970000000|USD]] in [[October 2024|D|2024-10]], while imports rose "
        "[[15.7%|percent|15.7|%]] to [[US$6.12 billion|money|6120000000|USD]], the "
        "[[Pakistan Bureau of Statistics|ORG]] ([[PBS|ORG|Pakistan Bureau of Statistics]]) reported "
        "[[today|D|2025-11-03]].\n\n"
        "Trade in goods (provisional)\n"
        "Period                 Exports       Imports\n"
        "[[October 2025|D|2025-10]]           [[US$2.84bn|money|2840000000|USD]]     "
        "[[US$6.12bn|money|6120000000|USD]]\n"
        "[[October 2024|D|2024-10]]           [[US$2.97bn|money|2970000000|USD]]     "
        "[[US$5.29bn|money|5290000000|USD]]\n"
        "[[July-October 2025|D|2025-07/2025-10]]     [[US$10.46bn|money|10460000000|USD]]    "
        "[[US$22.92bn|money|22920000000|USD]]\n"
        "[[July-October 2024|D|2024-07/2024-10]]     [[US$10.52bn|money|10520000000|USD]]    "
        "[[US$19.62bn|money|19620000000|USD]]\n\n"
        "The trade deficit for [[July-October 2025|D|2025-07/2025-10]] widened [[36.9%|percent|36.9|%]] to "
        "[[US$12.46 billion|money|12460000000|USD]]. Textile exports, the largest group, rose "
        "[[6.1%|percent|6.1|%]] to [[US$1.61 billion|money|1610000000|USD]] in [[October|D|2025-10]], and their "
        "share of total exports rose [[5.6 percentage points|percent|5.6|pp]] to [[56.7%|percent|56.7|%]]. Food "
        "exports fell [[27%|percent|27|%]] as rice shipments slowed.\n\n"
        "Federal Minister for Commerce [[Jam Kamal Khan|PERSON]] said higher imports of machinery and petroleum "
        "showed that industry was recovering, and pledged to raise exports to "
        "[[US$60 billion|money|60000000000|USD]] within [[five years|D|P5Y]]. Finance Minister "
        "[[Muhammad Aurangzeb|PERSON]] warned that the current account could slip back into deficit if imports kept "
        "growing faster than remittances.\n\n"
        "According to the [[State Bank of Pakistan|ORG]] ([[SBP|ORG|State Bank of Pakistan]]), the current account "
        "recorded a surplus of [[US$110 million|money|110000000|USD]] in [[September|D|2025-09]]. The rupee "
        "closed at [[Rs 281.3|money|281.3|PKR]] to the dollar in [[Karachi|GPE]] on [[Friday|D|2025-10-31]].\n\n"
        "Note: Figures are provisional and cover trade in goods only; data on services are compiled by the "
        "[[SBP|ORG|State Bank of Pakistan]].",
        [
            ("Pakistan Bureau of Statistics", "report", "Pakistan’s exports of goods fell 4.4% to US$2.84 billion in "
             "October 2025 from US$2.97 billion in October 2024, while imports rose 15.7% to US$6.12 billion",
             False),
            ("Jam Kamal Khan", "say", "higher imports of machinery and petroleum showed that industry was "
             "recovering", False),
            ("Jam Kamal Khan", "pledge", "raise exports to US$60 billion within five years", False),
            ("Muhammad Aurangzeb", "warn", "the current account could slip back into deficit if imports kept growing "
             "faster than remittances", False),
            ("State Bank of Pakistan", "according to", "the current account recorded a surplus of US$110 million in "
             "September", False),
        ],
    ),
    (
        "own67-ho-03", "roche-half-year-results-2025", "2025-07-24", "2025-07-24",
        "Media release\n"
        "[[Basel|GPE]], [[24 July 2025|D|2025-07-24]]\n\n"
        "[[ROCHE|ORG|Roche]] DELIVERS STRONG GROWTH IN [[THE FIRST HALF OF 2025|D|2025-01/2025-06]]\n\n"
        "• Group sales up [[7%|percent|7|%]] at constant exchange rates (CER) to "
        "[[CHF 30.9 billion|money|30900000000|CHF]]\n"
        "• Core earnings per share up [[12%|percent|12|%]] at CER to [[CHF 13.30|money|13.3|CHF]]\n"
        "• Net income up [[18%|percent|18|%]] to [[CHF 7.6 billion|money|7600000000|CHF]]\n\n"
        "[[Roche|ORG]] [[today|D|2025-07-24]] reported group sales of [[CHF 30.9 billion|money|30900000000|CHF]] "
        "for [[the first half of the year|D|2025-01/2025-06]]. The strong [[Swiss|NORP]] franc held growth in "
        "francs to [[4%|percent|4|%]], a drag of [[3 percentage points|percent|3|pp]]. Pharmaceuticals "
        "sales rose [[9%|percent|9|%]] to [[CHF 23.9 billion|money|23900000000|CHF]]; diagnostics sales rose "
        "[[5%|percent|5|%]] to [[CHF 7.0 billion|money|7000000000|CHF]].\n\n"
        "Key figures             [[H1 2025|D|2025-01/2025-06]]      [[H1 2024|D|2024-01/2024-06]]     change\n"
        "Group sales             [[CHF 30.9bn|money|30900000000|CHF]]   [[CHF 29.8bn|money|29800000000|CHF]]    "
        "[[+4%|percent|4|%]]\n"
        "Core operating profit   [[CHF 12.3bn|money|12300000000|CHF]]   [[CHF 11.3bn|money|11300000000|CHF]]    "
        "[[+9%|percent|9|%]]\n"
        "Net income              [[CHF 7.6bn|money|7600000000|CHF]]    [[CHF 6.4bn|money|6400000000|CHF]]     "
        "[[+18%|percent|18|%]]\n\n"
        "“Our medicines for eye disease, multiple sclerosis and severe asthma drove strong growth, and we are on "
        "track to meet our targets for the year,” said [[Thomas Schinecker|PERSON]], CEO of [[Roche|ORG]].\n\n"
        "[[Schinecker|PERSON|Thomas Schinecker]] said the group would invest [[US$50 billion|money|50000000000|USD]] "
        "in the [[United States|GPE]] over [[five years|D|P5Y]], including a new plant in [[Indiana|GPE]]. Chief "
        "Financial Officer [[Alan Hippe|PERSON]] warned that [[US|GPE|United States]] tariffs on medicines could "
        "weigh on sales in [[the second half|D|2025-07/2025-12]], but said price cuts in [[Europe|LOC]] had been "
        "smaller than expected.\n\n"
        "Outlook\n"
        "[[Roche|ORG]] expects core earnings per share to grow in the high single digits at CER in "
        "[[2025|D|2025]] and to raise its dividend in [[Swiss|NORP]] francs again.\n\n"
        "About [[Roche|ORG]]\n"
        "Founded in [[1896|D|1896]] in [[Basel|GPE]], [[Switzerland|GPE]], [[Roche|ORG]] employs "
        "[[more than 100,000|count|100000|person]] people and owns [[Genentech|ORG]] in the "
        "[[United States|GPE]].",
        [
            ("Thomas Schinecker", "say", "Our medicines for eye disease, multiple sclerosis and severe asthma drove "
             "strong growth, and we are on track to meet our targets for the year", True),
            ("Thomas Schinecker", "say", "the group would invest US$50 billion in the United States over five years, "
             "including a new plant in Indiana", False),
            ("Alan Hippe", "warn", "US tariffs on medicines could weigh on sales in the second half", False),
            ("Alan Hippe", "say", "price cuts in Europe had been smaller than expected", False),
            ("Roche", "expect", "core earnings per share to grow in the high single digits at CER in 2025 and to "
             "raise its dividend in Swiss francs again", False),
        ],
    ),
    (
        "own67-ho-04", "geonet-whakaari-volcanic-activity-bulletin", "2024-05-27", "2024-05-27",
        "[[GeoNet|ORG|GeoNet (New Zealand)]] – [[GNS Science|ORG]]\n"
        "Volcanic Activity Bulletin WI – 2024/07\n"
        "[[Whakaari/White Island|LOC|Whakaari / White Island]]: unrest continues\n"
        "Published: [[Monday 27 May 2024|D|2024-05-27]], 4:00 PM\n\n"
        "Volcanic Alert Level: 3 (minor volcanic eruption)\n"
        "Aviation Colour Code: Orange\n\n"
        "Minor eruptions on [[Friday|D|2024-05-24]] and [[Saturday|D|2024-05-25]] produced vigorous steam and gas "
        "plumes that rose [[about 3 km|quantity|3|km]] above [[Whakaari|LOC|Whakaari / White Island]]. No further "
        "eruptions have been seen since [[Sunday|D|2024-05-26]], but we cannot rule out activity hidden by "
        "cloud.\n\n"
        "An observation and gas flight [[today|D|2024-05-27]] found minor geysering in the crater lake, which has "
        "turned grey and is [[about 2 metres|quantity|2|m]] lower than [[a week ago|D|2024-05-20]].\n\n"
        "Observations\n"
        "- Sulphur dioxide emission: [[about 320 tonnes|quantity|320|t]] per day, up from "
        "[[about 140 tonnes|quantity|140|t]] per day in [[April|D|2024-04]]\n"
        "- Plume height: [[up to 3 km|quantity|3|km]]\n"
        "- Ash fall: confined to the island and nearby waters\n"
        "- Sensors on the island: none working since [[2019|D|2019]]\n\n"
        "Volcanologist [[Geoff Kilgour|PERSON]] said the island appeared to be entering an eruptive episode like "
        "those of [[2012-2013|D|2012/2013]] and [[2016|D|2016]]. “Any ash is unlikely to reach the mainland under "
        "the current winds, but the situation could change quickly,” said Duty Volcanologist "
        "[[Yannik Behr|PERSON]].\n\n"
        "[[Emergency Management Bay of Plenty|ORG]] advised all vessels to stay away from the waters around the "
        "island until further notice. [[MetService|ORG]] will issue ash advisories for aircraft if needed.\n\n"
        "The island, [[48 km|quantity|48|km]] off [[Whakatāne|GPE]] in the [[Bay of Plenty|LOC]], has been closed "
        "to visitors since the eruption of [[9 December 2019|D|2019-12-09]], which killed "
        "[[22|count|22|person]] people.\n\n"
        "The next bulletin will be issued on [[Wednesday|D|2024-05-29]] or sooner if activity changes.\n\n"
        "[[Yannik Behr|PERSON]]\n"
        "Duty Volcanologist",
        [
            ("Geoff Kilgour", "say", "the island appeared to be entering an eruptive episode like those of 2012-2013 "
             "and 2016", False),
            ("Yannik Behr", "say", "Any ash is unlikely to reach the mainland under the current winds, but the "
             "situation could change quickly", True),
            ("Emergency Management Bay of Plenty", "advise", "all vessels to stay away from the waters around the "
             "island until further notice", False),
        ],
    ),
    (
        "own67-ho-05", "cdema-hurricane-beryl-situation-report", "2024-07-02", "2024-07-02",
        "[[CARIBBEAN DISASTER EMERGENCY MANAGEMENT AGENCY|ORG|Caribbean Disaster Emergency Management Agency]] "
        "([[CDEMA|ORG|Caribbean Disaster Emergency Management Agency]])\n"
        "Situation Report #3: [[Hurricane Beryl|EVENT]]\n"
        "Issued: [[2 July 2024|D|2024-07-02]], 18:00 hrs\n"
        "[[St. Michael|GPE|Saint Michael, Barbados]], [[Barbados|GPE]]\n\n"
        "Summary\n"
        "[[Hurricane Beryl|EVENT]] made landfall on [[Carriacou|GPE]], [[Grenada|GPE]], at 11:10 a.m. on "
        "[[Monday|D|2024-07-01]] as a Category 4 hurricane with maximum sustained winds of "
        "[[150 mph|quantity|150|mph]] ([[240 km/h|quantity|240|km/h]]). Late [[yesterday|D|2024-07-01]] it became "
        "the earliest Category 5 hurricane on record in the [[Atlantic|LOC|Atlantic Ocean]]. The "
        "[[US|GPE|United States]] [[National Hurricane Center|ORG]] ([[NHC|ORG|National Hurricane Center]]) said "
        "[[Beryl|EVENT|Hurricane Beryl]] would pass near or over [[Jamaica|GPE]] on [[Wednesday|D|2024-07-03]] and "
        "the [[Cayman Islands|GPE]] on [[Thursday|D|2024-07-04]].\n\n"
        "Impact\n"
        "[[Grenada|GPE]]\n"
        "• Deaths: [[3|count|3|death]]\n"
        "• Buildings damaged or destroyed on [[Carriacou|GPE]] and [[Petite Martinique|GPE]]: "
        "[[about 95%|percent|95|%]]\n"
        "• Persons in shelters: [[1,063|count|1063|person]]\n"
        "[[Saint Vincent and the Grenadines|GPE]]\n"
        "• Deaths: [[1|count|1|death]]\n"
        "• Homes damaged or destroyed on [[Union Island|GPE]]: [[about 90%|percent|90|%]]\n"
        "• Persons in shelters: [[1,240|count|1240|person]]\n\n"
        "Prime Minister [[Dickon Mitchell|PERSON]] of [[Grenada|GPE]] said [[Carriacou|GPE]] and "
        "[[Petite Martinique|GPE]] had been flattened in half an hour and that there was no electricity or "
        "communication on the islands. [[Ralph Gonsalves|PERSON]], Prime Minister of "
        "[[Saint Vincent and the Grenadines|GPE]], said the damage on [[Union Island|GPE]] was the worst he had "
        "seen.\n\n"
        "[[CDEMA|ORG|Caribbean Disaster Emergency Management Agency]] Executive Director "
        "[[Elizabeth Riley|PERSON]] said relief supplies stored in [[Barbados|GPE]] would reach "
        "[[Carriacou|GPE]] by sea on [[Thursday|D|2024-07-04]]. “Our priority is water, shelter and restoring "
        "communications,” she said. A Rapid Needs Assessment Team is on its way to [[Grenada|GPE]].\n\n"
        "The [[Caribbean Development Bank|ORG]] ([[CDB|ORG|Caribbean Development Bank]]) announced emergency grants "
        "of [[US$200,000|money|200000|USD]] each to [[Grenada|GPE]] and "
        "[[Saint Vincent and the Grenadines|GPE]]. The Government of [[Grenada|GPE]] has released "
        "[[EC$5 million|money|5000000|XCD]] for relief.",
        [
            ("National Hurricane Center", "say", "Beryl would pass near or over Jamaica on Wednesday and the Cayman "
             "Islands on Thursday", False),
            ("Dickon Mitchell", "say", "Carriacou and Petite Martinique had been flattened in half an hour and that "
             "there was no electricity or communication on the islands", False),
            ("Ralph Gonsalves", "say", "the damage on Union Island was the worst he had seen", False),
            ("Elizabeth Riley", "say", "relief supplies stored in Barbados would reach Carriacou by sea on Thursday",
             False),
            ("Elizabeth Riley", "say", "Our priority is water, shelter and restoring communications", True),
            ("Caribbean Development Bank", "announce", "emergency grants of US$200,000 each to Grenada and Saint "
             "Vincent and the Grenadines", False),
        ],
    ),
    (
        "own67-ho-06", "wto-mc13-abu-dhabi-closing", "2024-03-02", "2024-03-02",
        "From: [[World Trade Organization|ORG]]\n"
        "Published: [[2 March 2024|D|2024-03-02]]\n"
        "[[Abu Dhabi|GPE]], [[United Arab Emirates|GPE]]\n\n"
        "[[MC13|EVENT|13th WTO Ministerial Conference]] ENDS WITH E-COMMERCE DEAL AND "
        "[[TWO|count|2|member]] NEW MEMBERS\n\n"
        "The [[WTO|ORG|World Trade Organization]]’s "
        "[[13th Ministerial Conference|EVENT|13th WTO Ministerial Conference]] closed in [[Abu Dhabi|GPE]] "
        "[[today|D|2024-03-02]] after talks ran [[one day|D|P1D]] past the scheduled end. Ministers agreed to keep "
        "the moratorium on customs duties on electronic transmissions until "
        "[[MC14|EVENT|14th WTO Ministerial Conference]] or [[31 March 2026|D|2026-03-31]], whichever is earlier, "
        "and welcomed [[Comoros|GPE]] and [[Timor-Leste|GPE|East Timor]] as the organization’s "
        "[[165th|ordinal|165]] and [[166th|ordinal|166]] members.\n\n"
        "No agreement was reached on fisheries subsidies, agriculture or the "
        "[[Investment Facilitation for Development Agreement|LAW]], which [[India|GPE]], [[South Africa|GPE]] and "
        "[[Türkiye|GPE|Turkey]] opposed.\n\n"
        "“We did not get everything we wanted, but the system has shown that it can still deliver,” said "
        "Director-General [[Ngozi Okonjo-Iweala|PERSON]]. She urged members to finish the fisheries negotiations in "
        "[[Geneva|GPE]] before [[the summer|D|2024-06/2024-08]].\n\n"
        "Conference chair [[Thani bin Ahmed Al Zeyoudi|PERSON]], the [[UAE|GPE|United Arab Emirates]] Minister of "
        "State for Foreign Trade, said [[Abu Dhabi|GPE]] had brought together [[nearly 4,000|count|4000|minister]] "
        "ministers, officials and delegates.\n\n"
        "[[Indian|NORP]] Commerce Minister [[Piyush Goyal|PERSON]] said [[India|GPE]] would not accept limits on "
        "its fishing subsidies while rich countries kept theirs. [[United States|GPE]] Trade Representative "
        "[[Katherine Tai|PERSON]] called for deeper reform of the organization.\n\n"
        "According to [[UNCTAD|ORG|United Nations Conference on Trade and Development]], developing countries lose "
        "[[about US$10 billion|money|10000000000|USD]] a year in tariff revenue because of the moratorium.\n\n"
        "Key facts\n"
        "- [[WTO|ORG|World Trade Organization]] members: [[166|count|166|member]]\n"
        "- Share of world trade: [[98%|percent|98|%]]\n"
        "- Next conference: [[Yaoundé|GPE]], [[Cameroon|GPE]], [[2026|D|2026]]",
        [
            ("Ngozi Okonjo-Iweala", "say", "We did not get everything we wanted, but the system has shown that it can "
             "still deliver", True),
            ("Ngozi Okonjo-Iweala", "urge", "members to finish the fisheries negotiations in Geneva before the "
             "summer", False),
            ("Thani bin Ahmed Al Zeyoudi", "say", "Abu Dhabi had brought together nearly 4,000 ministers, officials "
             "and delegates", False),
            ("Piyush Goyal", "say", "India would not accept limits on its fishing subsidies while rich countries kept "
             "theirs", False),
            ("Katherine Tai", "call for", "deeper reform of the organization", False),
            ("United Nations Conference on Trade and Development", "according to", "developing countries lose about "
             "US$10 billion a year in tariff revenue because of the moratorium", False),
        ],
    ),
    (
        "own67-ho-07", "competition-commission-of-india-meta-whatsapp-penalty", "2024-11-18", "2024-11-18",
        "[[COMPETITION COMMISSION OF INDIA|ORG|Competition Commission of India]]\n"
        "Press Release No. 47/2024-25\n"
        "[[New Delhi|GPE]], [[18th November, 2024|D|2024-11-18]]\n\n"
        "[[CCI|ORG|Competition Commission of India]] IMPOSES PENALTY OF "
        "[[₹213.14 CRORE|money|2131400000|INR]] ON [[META|ORG|Meta Platforms]] FOR ABUSE OF DOMINANT POSITION\n\n"
        "The [[Competition Commission of India|ORG]] ([[CCI|ORG|Competition Commission of India]]) has imposed a "
        "penalty of [[₹213.14 crore|money|2131400000|INR]] on [[Meta Platforms|ORG]] "
        "([[Meta|ORG|Meta Platforms]]) for abusing its dominant position through the privacy policy update that "
        "[[WhatsApp|ORG]] introduced in [[2021|D|2021]]. The update made it mandatory for users to accept the "
        "sharing of their data with other [[Meta|ORG|Meta Platforms]] companies.\n\n"
        "The [[Commission|ORG|Competition Commission of India]] found that [[WhatsApp|ORG]] and "
        "[[Meta|ORG|Meta Platforms]] held a dominant position in the market for messaging apps on smartphones in "
        "[[India|GPE]], where [[WhatsApp|ORG]] has [[more than 500 million|count|500000000|user]] users, and that "
        "the “take-it-or-leave-it” update was an unfair condition. It has directed [[WhatsApp|ORG]] not to share "
        "user data with other [[Meta|ORG|Meta Platforms]] companies for advertising for [[five years|D|P5Y]]. "
        "[[Meta|ORG|Meta Platforms]] must pay the penalty within [[60 days|D|P60D]].\n\n"
        "“Users must be free to choose what happens to their data,” said [[CCI|ORG|Competition Commission of "
        "India]] Chairperson [[Ravneet Kaur|PERSON]].\n\n"
        "[[Meta|ORG|Meta Platforms]] said it disagreed with the decision and planned to appeal to the "
        "[[National Company Law Appellate Tribunal|ORG]] ([[NCLAT|ORG|National Company Law Appellate Tribunal]]), "
        "adding that the [[2021|D|2021]] update did not change the privacy of personal messages. "
        "[[Facebook India Online Services|ORG]], [[Meta|ORG|Meta Platforms]]’s [[Indian|NORP]] unit, reported "
        "revenue of [[₹22,730 crore|money|227300000000|INR]] in [[2023-24|D|2023-04/2024-03]].\n\n"
        "The [[Internet Freedom Foundation|ORG]] called for the rules under the "
        "[[Digital Personal Data Protection Act, 2023|LAW]] to be notified without delay.\n\n"
        "Note to editors: The order was passed under Section 4(2)(a)(i) and Section 27 of the "
        "[[Competition Act, 2002|LAW]].",
        [
            ("Competition Commission of India", "find", "WhatsApp and Meta held a dominant position in the market for "
             "messaging apps on smartphones in India, where WhatsApp has more than 500 million users, and that the "
             "“take-it-or-leave-it” update was an unfair condition", False),
            ("Competition Commission of India", "direct", "WhatsApp not to share user data with other Meta companies "
             "for advertising for five years", False),
            ("Ravneet Kaur", "say", "Users must be free to choose what happens to their data", True),
            ("Meta Platforms", "say", "it disagreed with the decision and planned to appeal to the National Company "
             "Law Appellate Tribunal (NCLAT)", False),
            ("Meta Platforms", "add", "the 2021 update did not change the privacy of personal messages", False),
            ("Internet Freedom Foundation", "call for", "the rules under the Digital Personal Data Protection Act, "
             "2023 to be notified without delay", False),
        ],
    ),
]
