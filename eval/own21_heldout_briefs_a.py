"""Held-out set 21 (blind): marked texts of briefs 01-07 and their statements (see
``build_own21_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own21-ho-01", "abs-release", "2025-09-18", "2025-09-18",
        "National, state and territory population, [[March 2025|D|2025-03]]\n"
        "Released [[18/09/2025|D|2025-09-18]]\n"
        "[[Australian Bureau of Statistics|ORG]]\n\n"
        "Key statistics\n"
        "• The population of [[Australia|GPE]] was [[27,536,874|count|27536874|person]] people, after growing "
        "by [[1.6%|percent|1.6|%]] in [[the 12 months to March 2025|D|2024-04/2025-03]].\n"
        "• Net overseas migration added [[305,600|count|305600|person]] people and natural increase added "
        "[[105,800|count|105800|person]].\n"
        "• [[Western Australia|GPE]] grew fastest, by [[2.3%|percent|2.3|%]]; [[Tasmania|GPE]] grew slowest, "
        "by [[0.3%|percent|0.3|%]].\n\n"
        "Annual growth slowed for the [[fourth|ordinal|4]] quarter in a row. There were "
        "[[292,600|count|292600|birth]] births and [[186,800|count|186800|death]] deaths, with births "
        "[[1.1%|percent|1.1|%]] lower than in [[the 12 months to March 2024|D|2023-04/2024-03]].\n\n"
        "[[Beidar Cho|PERSON]], [[ABS|ORG|Australian Bureau of Statistics]] head of demography, said: “Net "
        "overseas migration is down [[30%|percent|30|%]] from its peak in [[September 2023|D|2023-09]], with "
        "fewer students arriving and more people leaving [[Australia|GPE]].”\n\n"
        "Ms [[Cho|PERSON|Beidar Cho]] added that overseas migrant departures had risen to "
        "[[241,000|count|241000|departure]].\n\n"
        "The [[ABS|ORG|Australian Bureau of Statistics]] said [[New South Wales|GPE]] remained the most "
        "populous state with [[8,545,200|count|8545200|person]] people, ahead of [[Victoria|GPE|Victoria "
        "(state)]] with [[7,053,400|count|7053400|person]] and [[Queensland|GPE]] with "
        "[[5,657,100|count|5657100|person]].\n\n"
        "Interstate migration\n"
        "[[Queensland|GPE]] gained [[25,300|count|25300|person]] people from other states and territories, "
        "while [[New South Wales|GPE]] lost [[29,100|count|29100|person]]. The [[Australian Capital "
        "Territory|GPE]] grew by [[1.9%|percent|1.9|%]] and the [[Northern Territory|GPE]] by "
        "[[0.9%|percent|0.9|%]]. The [[ABS|ORG|Australian Bureau of Statistics]] estimated that "
        "[[Victoria|GPE|Victoria (state)]] would overtake [[New South Wales|GPE]] as the largest state by "
        "[[the early 2050s|D|2050/2059]] if current trends continued. Ms [[Cho|PERSON|Beidar Cho]] noted that "
        "births had fallen for the [[third|ordinal|3]] year running.\n\n"
        "The next release, for [[the June quarter 2025|D|2025-04/2025-06]], is due on [[11 December "
        "2025|D|2025-12-11]].",
        [
            ("Beidar Cho", "say", "Net overseas migration is down 30% from its peak in September 2023, with "
             "fewer students arriving and more people leaving Australia.",
             True),
            ("Beidar Cho", "add", "overseas migrant departures had risen to 241,000", False),
            ("Australian Bureau of Statistics", "say", "New South Wales remained the most populous state with "
             "8,545,200 people, ahead of Victoria with 7,053,400 and Queensland with 5,657,100",
             False),
            ("Australian Bureau of Statistics", "estimate", "Victoria would overtake New South Wales as the "
             "largest state by the early 2050s if current trends continued",
             False),
            ("Beidar Cho", "note", "births had fallen for the third year running", False),
        ],
    ),
    (
        "own21-ho-02", "boc-rate-decision", "2025-10-29", "2025-10-29",
        "[[Bank of Canada|ORG]] reduces policy rate by [[25 basis points|percent|0.25|pp]] to "
        "[[2.25%|percent|2.25|%]]\n"
        "FOR IMMEDIATE RELEASE\n"
        "[[Ottawa|GPE]], [[Ontario|GPE]] - [[October 29, 2025|D|2025-10-29]]\n\n"
        "The [[Bank of Canada|ORG]] [[today|D|2025-10-29]] reduced its target for the overnight rate to "
        "[[2.25%|percent|2.25|%]], with the Bank Rate at [[2.5%|percent|2.5|%]] and the deposit rate at "
        "[[2.20%|percent|2.20|%]].\n\n"
        "The global economy has been resilient to the historic rise in [[US|GPE|United States]] tariffs, but "
        "trade disruptions are weighing on growth. The [[Bank|ORG|Bank of Canada]] projects global growth to "
        "slow from [[about 3¼%|percent|3.25|%]] in [[2025|D|2025]] to [[about 3%|percent|3|%]] in "
        "[[2026|D|2026]] and [[2027|D|2027]].\n\n"
        "In [[Canada|GPE]], [[US|GPE|United States]] tariffs on autos, steel, aluminum and lumber are cutting "
        "exports. GDP declined by [[1.6%|percent|1.6|%]] at an annual rate in [[the second "
        "quarter|D|2025-04/2025-06]], and business investment fell by [[$4.1 billion|money|4100000000|CAD]]. "
        "The [[Bank|ORG|Bank of Canada]] estimates growth of [[0.5%|percent|0.5|%]] in [[the third "
        "quarter|D|2025-07/2025-09]]. The unemployment rate was [[7.1%|percent|7.1|%]] in "
        "[[September|D|2025-09]], and [[Canadian|NORP]] employers have cut [[about 20,000|count|20000|job]] "
        "manufacturing jobs since [[January|D|2025-01]].\n\n"
        "CPI inflation was [[2.4%|percent|2.4|%]] in [[September|D|2025-09]]. The [[Bank|ORG|Bank of Canada]] "
        "expects inflation to remain near the [[2%|percent|2|%]] target over the projection horizon.\n\n"
        "“The economy is going through a structural transformation,” Governor [[Tiff Macklem|PERSON]] said. "
        "“Monetary policy cannot undo the damage caused by tariffs.”\n\n"
        "Senior Deputy Governor [[Carolyn Rogers|PERSON]] told reporters the [[Bank|ORG|Bank of Canada]] would "
        "stand ready to respond if the outlook changed.\n\n"
        "The [[Bank|ORG|Bank of Canada]]'s next scheduled date for announcing the overnight rate target is "
        "[[December 10, 2025|D|2025-12-10]]. The [[Bank|ORG|Bank of Canada]] will publish its next full "
        "outlook for the economy and inflation in the MPR on [[January 28, 2026|D|2026-01-28]].",
        [
            ("Bank of Canada", "project", "global growth to slow from about 3¼% in 2025 to about 3% in 2026 "
             "and 2027",
             False),
            ("Bank of Canada", "estimate", "growth of 0.5% in the third quarter", False),
            ("Bank of Canada", "expect", "inflation to remain near the 2% target over the projection horizon",
             False),
            ("Tiff Macklem", "say", "The economy is going through a structural transformation", True),
            ("Tiff Macklem", "say", "Monetary policy cannot undo the damage caused by tariffs.", True),
            ("Carolyn Rogers", "tell", "the Bank would stand ready to respond if the outlook changed", False),
        ],
    ),
    (
        "own21-ho-03", "doj-sentencing", "2025-06-12", "2025-06-12",
        "Former Hedge Fund Analyst Sentenced To [[97 Months|D|P97M]] In Prison For Insider Trading Scheme\n"
        "[[Thursday, June 12, 2025|D|2025-06-12]]\n"
        "For Immediate Release\n"
        "[[U.S. Attorney's Office|ORG|United States Attorney for the Southern District of New York]], "
        "[[Southern District of New York|ORG|United States District Court for the Southern District of New "
        "York]]\n\n"
        "[[Jay Clayton|PERSON]], the [[United States|GPE]] Attorney for the [[Southern District of New "
        "York|ORG|United States District Court for the Southern District of New York]], announced that "
        "[[MARCUS T. ELLERY|PERSON|Marcus T. Ellery]] was sentenced [[today|D|2025-06-12]] to [[97 "
        "months|D|P97M]] in prison for trading ahead of [[nine|count|9|announcement]] merger announcements "
        "using confidential information from a [[New York|GPE|New York City]] investment bank. "
        "[[ELLERY|PERSON|Marcus T. Ellery]] pleaded guilty in [[February|D|2025-02]] to [[two|count|2|count]] "
        "counts of securities fraud and was sentenced by [[U.S.|GPE|United States]] District Judge [[Jed S. "
        "Rakoff|PERSON]].\n\n"
        "[[U.S.|GPE|United States]] Attorney [[Jay Clayton|PERSON]] said: “[[Marcus Ellery|PERSON|Marcus T. "
        "Ellery]] treated his employer's secrets as a personal bank account, earning [[more than $4 "
        "million|money|4000000|USD]] in illegal profits. [[Today|D|2025-06-12]]'s sentence shows that insider "
        "trading is not a victimless crime.”\n\n"
        "According to the Indictment and statements made in court:\n\n"
        "From [[March 2019 through May 2023|D|2019-03/2023-05]], [[ELLERY|PERSON|Marcus T. Ellery]], then an "
        "analyst at a hedge fund in [[Greenwich|GPE|Greenwich, Connecticut]], [[Connecticut|GPE]], obtained "
        "material non-public information about pending deals and passed it to [[two|count|2|friend]] friends, "
        "who traded in the shares of the target companies and shared [[about 40%|percent|40|%]] of their "
        "profits with him.\n\n"
        "In addition to the prison term, [[ELLERY|PERSON|Marcus T. Ellery]] was ordered to forfeit "
        "[[$4,218,650|money|4218650|USD]] and to pay a fine of [[$1 million|money|1000000|USD]]. He will also "
        "serve [[three years|D|P3Y]] of supervised release. Judge [[Rakoff|PERSON|Jed S. Rakoff]] said the "
        "scheme had been deliberate and repeated over [[four years|D|P4Y]].\n\n"
        "Mr. [[Clayton|PERSON|Jay Clayton]] praised the work of the [[Federal Bureau of Investigation|ORG]] "
        "and thanked the [[Securities and Exchange Commission|ORG|U.S. Securities and Exchange Commission]], "
        "which filed a parallel civil action in [[March 2024|D|2024-03]].",
        [
            ("Jay Clayton", "announce", "MARCUS T. ELLERY was sentenced today to 97 months in prison for "
             "trading ahead of nine merger announcements using confidential information from a New York "
             "investment bank",
             False),
            ("Jay Clayton", "say", "Marcus Ellery treated his employer's secrets as a personal bank account, "
             "earning more than $4 million in illegal profits. Today's sentence shows that insider trading is "
             "not a victimless crime.",
             True),
            ("Jed S. Rakoff", "say", "the scheme had been deliberate and repeated over four years", False),
        ],
    ),
    (
        "own21-ho-04", "ntsb-preliminary", "2025-03-06", "2025-03-06",
        "[[National Transportation Safety Board|ORG]]\n"
        "Aviation Investigation Preliminary Report\n"
        "Location: [[Nome|GPE|Nome, Alaska]], [[AK|GPE|Alaska]]    Accident Number: ANC25MA019\n"
        "Date & Time: [[February 6, 2025|D|2025-02-06]], 15:38 Local    Registration: N321BA\n"
        "Aircraft: [[Cessna 208B|PRODUCT|Cessna 208 Caravan]]    Report issued: [[March 6, "
        "2025|D|2025-03-06]]\n\n"
        "On [[February 6, 2025|D|2025-02-06]], about 1538 local time, a [[Cessna 208B|PRODUCT|Cessna 208 "
        "Caravan]] airplane, N321BA, was destroyed when it was involved in an accident near [[Nome|GPE|Nome, "
        "Alaska]], [[Alaska|GPE]]. The pilot and [[9|count|9|passenger]] passengers were fatally injured. The "
        "airplane was operated by [[Bering Air|ORG]] as a scheduled commuter flight from "
        "[[Unalakleet|GPE|Unalakleet, Alaska]] to [[Nome|GPE|Nome, Alaska]].\n\n"
        "According to ADS-B data, the airplane departed [[Unalakleet Airport|FAC]] at 1455 and climbed to a "
        "cruise altitude of [[about 8,700 ft|quantity|8700|ft]]. About 1537, its groundspeed decreased from "
        "[[about 215 knots|quantity|215|kn]] to [[about 110 knots|quantity|110|kn]], and it descended at a "
        "rate of [[more than 4,000 ft|quantity|4000|ft]] per minute.\n\n"
        "The wreckage was located on [[February 7|D|2025-02-07]] on sea ice [[about 34 miles|quantity|34|mi]] "
        "southeast of [[Nome|GPE|Nome, Alaska]] by a [[U.S. Coast Guard|ORG|United States Coast Guard]] "
        "[[HC-130|PRODUCT|Lockheed HC-130]] airplane.\n\n"
        "The [[NTSB|ORG|National Transportation Safety Board]] estimated the airplane's weight at takeoff at "
        "[[about 9,000 pounds|quantity|9000|lb]], [[about 1,000 pounds|quantity|1000|lb]] above its maximum "
        "weight for flight in icing conditions. The [[National Weather Service|ORG]] had forecast light to "
        "moderate icing along the route.\n\n"
        "[[NTSB|ORG|National Transportation Safety Board]] Chair [[Jennifer Homendy|PERSON]] told reporters in "
        "[[Anchorage|GPE|Anchorage, Alaska]] on [[February 8|D|2025-02-08]] that investigators would examine "
        "the airplane's de-icing system. [[Bering Air|ORG]] said it was cooperating fully with the "
        "investigation. The [[NTSB|ORG|National Transportation Safety Board]] said the pilot had not reported "
        "any problem to air traffic controllers.\n\n"
        "The final report is expected within [[12|D|P12M]] to [[24 months|D|P24M]].",
        [
            ("National Transportation Safety Board", "estimate", "the airplane's weight at takeoff at about "
             "9,000 pounds, about 1,000 pounds above its maximum weight for flight in icing conditions",
             False),
            ("Jennifer Homendy", "tell", "investigators would examine the airplane's de-icing system", False),
            ("Bering Air", "say", "it was cooperating fully with the investigation", False),
            ("National Transportation Safety Board", "say", "the pilot had not reported any problem to air "
             "traffic controllers",
             False),
        ],
    ),
    (
        "own21-ho-05", "eurostat-release", "2025-12-02", "2025-12-02",
        "[[Euro area|LOC|Eurozone]] unemployment at [[6.4%|percent|6.4|%]]\n"
        "[[EU|ORG|European Union]] at [[6.0%|percent|6.0|%]]\n"
        "[[Eurostat|ORG]] euro indicators, [[2 December 2025|D|2025-12-02]]\n\n"
        "In [[October 2025|D|2025-10]], the [[euro area|LOC|Eurozone]] seasonally-adjusted unemployment rate "
        "was [[6.4%|percent|6.4|%]], stable compared with [[September 2025|D|2025-09]] and up from "
        "[[6.3%|percent|6.3|%]] in [[October 2024|D|2024-10]]. The [[EU|ORG|European Union]] unemployment rate "
        "was [[6.0%|percent|6.0|%]], also stable compared with [[September 2025|D|2025-09]]. These figures are "
        "published by [[Eurostat|ORG]], the statistical office of the [[European Union|ORG]].\n\n"
        "[[Eurostat|ORG]] estimates that [[13.2 million|count|13200000|person]] persons in the "
        "[[EU|ORG|European Union]], of whom [[11.0 million|count|11000000|person]] in the [[euro "
        "area|LOC|Eurozone]], were unemployed in [[October 2025|D|2025-10]]. Compared with [[September "
        "2025|D|2025-09]], unemployment increased by [[36,000|count|36000|person]] in the [[EU|ORG|European "
        "Union]].\n\n"
        "Youth unemployment\n"
        "The youth unemployment rate was [[14.8%|percent|14.8|%]] in the [[EU|ORG|European Union]] and "
        "[[14.4%|percent|14.4|%]] in the [[euro area|LOC|Eurozone]], up [[0.2 percentage "
        "points|percent|0.2|pp]] from [[the previous month|D|2025-09]]. [[Eurostat|ORG]] reported that the "
        "lowest youth rates were in [[Germany|GPE]] ([[6.6%|percent|6.6|%]]) and the [[Netherlands|GPE]] "
        "([[8.8%|percent|8.8|%]]).\n\n"
        "Executive Vice-President of the [[European Commission|ORG]] [[Roxana Mînzatu|PERSON]] said the "
        "figures showed that the labour market remained strong despite weak growth.\n\n"
        "Member States\n"
        "Unemployment rates, [[October 2025|D|2025-10]] (%)\n"
        "Highest:\n"
        "[[Spain|GPE]] [[10.5|percent|10.5|%]]\n"
        "[[Finland|GPE]] [[10.3|percent|10.3|%]]\n"
        "[[Sweden|GPE]] [[8.7|percent|8.7|%]]\n"
        "[[Greece|GPE]] [[8.6|percent|8.6|%]]\n"
        "Lowest:\n"
        "[[Malta|GPE]] [[2.9|percent|2.9|%]]\n"
        "[[Czechia|GPE|Czech Republic]] [[3.0|percent|3.0|%]]\n"
        "[[Poland|GPE]] [[3.2|percent|3.2|%]]\n"
        "[[Germany|GPE]] [[3.9|percent|3.9|%]]\n\n"
        "[[Eurostat|ORG]] noted that figures for [[Italy|GPE]] and [[Portugal|GPE]] are provisional, and that "
        "data for [[Cyprus|GPE]] refer to [[the third quarter|D|2025-07/2025-09]]. [[Eurostat|ORG]] will "
        "publish figures for [[November|D|2025-11]] on [[8 January 2026|D|2026-01-08]].",
        [
            ("Eurostat", "estimate", "13.2 million persons in the EU, of whom 11.0 million in the euro area, "
             "were unemployed in October 2025",
             False),
            ("Eurostat", "report", "the lowest youth rates were in Germany (6.6%) and the Netherlands (8.8%)",
             False),
            ("Roxana Mînzatu", "say", "the figures showed that the labour market remained strong despite weak "
             "growth",
             False),
            ("Eurostat", "note", "figures for Italy and Portugal are provisional, and that data for Cyprus "
             "refer to the third quarter",
             False),
        ],
    ),
    (
        "own21-ho-06", "mofa-statement", "2025-03-29", "2025-03-29",
        "Emergency Grant Aid in response to the earthquake in [[Myanmar|GPE]]\n"
        "[[Ministry of Foreign Affairs of Japan|ORG|Ministry of Foreign Affairs (Japan)]]\n"
        "[[March 29, 2025|D|2025-03-29]]\n\n"
        "1. On [[March 29|D|2025-03-29]], the Government of [[Japan|GPE]] decided to extend Emergency Grant "
        "Aid of [[6 million US dollars|money|6000000|USD]] in response to the earthquake that struck central "
        "[[Myanmar|GPE]] on [[March 28|D|2025-03-28]]. The aid will be provided through the [[World Food "
        "Programme|ORG]] ([[WFP|ORG|World Food Programme]]) and the [[United Nations Children's "
        "Fund|ORG|UNICEF]] ([[UNICEF|ORG]]) for food, shelter, water and sanitation.\n\n"
        "2. The earthquake, of magnitude [[7.7|number|7.7]], has killed [[more than 1,600|count|1600|person]] "
        "people and injured [[over 3,400|count|3400|person]] in [[Myanmar|GPE]], and caused a building under "
        "construction to collapse in [[Bangkok|GPE]], [[Thailand|GPE]].\n\n"
        "3. In addition, the Government of [[Japan|GPE]] dispatched a [[Japan Disaster Relief|ORG|Japan "
        "Disaster Relief Team]] medical team of [[32|count|32|member]] members through the [[Japan "
        "International Cooperation Agency|ORG]] ([[JICA|ORG|Japan International Cooperation Agency]]), and "
        "will provide tents and water purifiers worth [[about 100 million yen|money|100000000|JPY]].\n\n"
        "4. The Government of [[Japan|GPE]] has confirmed that [[two|count|2|national]] [[Japanese|NORP]] "
        "nationals were slightly injured in [[Bangkok|GPE]]. No [[Japanese|NORP]] casualties have been "
        "reported in [[Myanmar|GPE]].\n\n"
        "5. Minister for Foreign Affairs [[IWAYA Takeshi|PERSON|Takeshi Iwaya]] stated that [[Japan|GPE]] "
        "stands ready to provide further assistance according to the needs on the ground, in close cooperation "
        "with the [[Association of Southeast Asian Nations|ORG|ASEAN]] ([[ASEAN|ORG]]) and the [[United "
        "Nations|ORG]].\n\n"
        "6. Prime Minister [[ISHIBA Shigeru|PERSON|Shigeru Ishiba]] expressed his deepest condolences to the "
        "people of [[Myanmar|GPE]] and [[Thailand|GPE]] in messages to their leaders sent on [[March "
        "28|D|2025-03-28]].\n\n"
        "7. Since [[2021|D|2021]], [[Japan|GPE]] has provided humanitarian assistance of [[more than 240 "
        "million dollars|money|240000000|USD]] to the people of [[Myanmar|GPE]].",
        [
            ("Japan", "confirm", "two Japanese nationals were slightly injured in Bangkok", False),
            ("Takeshi Iwaya", "state", "Japan stands ready to provide further assistance according to the "
             "needs on the ground, in close cooperation with the Association of Southeast Asian Nations "
             "(ASEAN) and the United Nations",
             False),
        ],
    ),
    (
        "own21-ho-07", "unhcr-briefing", "2025-05-16", "2025-05-16",
        "[[Sudan|GPE]]: refugee arrivals in [[Chad|GPE]] surge as fighting around [[El Fasher|GPE]] "
        "intensifies\n"
        "Briefing notes, [[16 May 2025|D|2025-05-16]]\n\n"
        "This is a summary of what was said by [[UNHCR|ORG|United Nations High Commissioner for Refugees]] "
        "spokesperson [[Eujin Byun|PERSON]] – to whom quoted text may be attributed – at "
        "[[today|D|2025-05-16]]'s press briefing at the [[Palais des Nations|FAC]] in [[Geneva|GPE]].\n\n"
        "Since [[late April|D|2025-04]], [[more than 20,000|count|20000|refugee]] refugees have crossed from "
        "[[Sudan|GPE]] into eastern [[Chad|GPE]], fleeing attacks on [[El Fasher|GPE]] and on displacement "
        "camps in [[North Darfur|GPE]]. [[Nearly 70%|percent|70|%]] of the new arrivals are women and "
        "children.\n\n"
        "“Many arrive with gunshot wounds and tell us of relatives killed on the road,” said "
        "[[Byun|PERSON|Eujin Byun]]. “Some walked for [[ten days|D|P10D]] without food.” She added that "
        "[[UNHCR|ORG|United Nations High Commissioner for Refugees]] had registered [[1,200|count|1200|child]] "
        "unaccompanied children since [[April|D|2025-04]].\n\n"
        "[[Chad|GPE]] now hosts [[over 1.3 million|count|1300000|refugee]] [[Sudanese|NORP]] refugees, [[more "
        "than 800,000|count|800000|refugee]] of whom have arrived since the war began in [[April "
        "2023|D|2023-04]]. Over [[the past two weeks|D|2025-05-02/2025-05-16]], [[UNHCR|ORG|United Nations "
        "High Commissioner for Refugees]] and the [[Chadian|NORP]] authorities have relocated "
        "[[4,800|count|4800|refugee]] refugees from the border town of [[Tiné|GPE]] to [[two|count|2|camp]] "
        "camps further inland.\n\n"
        "[[UNHCR|ORG|United Nations High Commissioner for Refugees]] warned that water supplies in "
        "[[Tiné|GPE]] had fallen to [[7 litres|quantity|7|l]] per person per day, well below the emergency "
        "standard of [[15 litres|quantity|15|l]].\n\n"
        "The response in [[Chad|GPE]] is only [[14%|percent|14|%]] funded, with [[US$ 409 "
        "million|money|409000000|USD]] still needed for [[2025|D|2025]]. [[UNHCR|ORG|United Nations High "
        "Commissioner for Refugees]] urges donors to increase support for host communities in eastern "
        "[[Chad|GPE]] before the rainy season begins in [[June|D|2025-06]].\n\n"
        "The [[World Food Programme|ORG]] said it would have to cut rations for [[about "
        "300,000|count|300000|refugee]] refugees in [[Chad|GPE]] from [[next month|D|2025-06]] without new "
        "funding.",
        [
            ("Eujin Byun", "say", "Many arrive with gunshot wounds and tell us of relatives killed on the road",
             True),
            ("Eujin Byun", "say", "Some walked for ten days without food.", True),
            ("Eujin Byun", "add", "UNHCR had registered 1,200 unaccompanied children since April", False),
            ("United Nations High Commissioner for Refugees", "warn", "water supplies in Tiné had fallen to 7 "
             "litres per person per day, well below the emergency standard of 15 litres",
             False),
            ("United Nations High Commissioner for Refugees", "urge", "donors to increase support for host "
             "communities in eastern Chad before the rainy season begins in June",
             False),
            ("World Food Programme", "say", "it would have to cut rations for about 300,000 refugees in Chad "
             "from next month without new funding",
             False),
        ],
    ),
]
