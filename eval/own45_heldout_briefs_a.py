"""Held-out set 45 (blind): marked texts of briefs 01-07 and their statements (see
``build_own45_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own45-ho-01", "bok-base-rate", "2025-11-27", "2025-11-27",
        "MONETARY POLICY DECISION\n"
        "[[Bank of Korea|ORG]]\n"
        "Release date: [[November 27, 2025|D|2025-11-27]]\n\n"
        "The [[Monetary Policy Board|ORG|Monetary Policy Board (Bank of Korea)]] of the [[Bank of Korea|ORG]] "
        "decided [[today|D|2025-11-27]] to leave the Base Rate unchanged at [[2.50%|percent|2.5|%]]. The rate has "
        "been held since a [[25 basis point|percent|0.25|pp]] cut in [[May|D|2025-05]].\n\n"
        "• Growth: GDP rose [[1.2%|percent|1.2|%]] in [[the third quarter|D|2025-07/2025-09]] from the previous "
        "quarter, helped by exports of semiconductors. The [[Bank|ORG|Bank of Korea]] now projects growth of "
        "[[1.0%|percent|1|%]] for [[2025|D|2025]] and [[1.8%|percent|1.8|%]] for [[2026|D|2026]].\n"
        "• Prices: consumer price inflation rose to [[2.4%|percent|2.4|%]] in [[October|D|2025-10]], as the won "
        "weakened to [[about 1,460 won|money|1460|KRW]] per dollar.\n"
        "• Housing: household loans grew by [[₩11.1 trillion|money|11100000000000|KRW]] in [[October|D|2025-10]], "
        "and apartment prices in [[Seoul|GPE]] kept climbing.\n\n"
        "Governor [[Rhee Chang-yong|PERSON]] told a press conference that [[three|count|3|member]] of the "
        "[[six|count|6|member]] board members saw room for a further cut within "
        "[[the next three months|D|2025-11-27/2026-02-27]].\n\n"
        "“The weak won and rising house prices in the capital area still call for caution,” "
        "[[Rhee|PERSON|Rhee Chang-yong]] said.\n\n"
        "He warned that [[American|NORP]] tariffs of [[15%|percent|15|%]] on [[Korean|NORP]] cars would weigh "
        "on exports in [[the first half of 2026|D|2026-01/2026-06]]. The [[Bank|ORG|Bank of Korea]] expects "
        "inflation to settle near its [[2%|percent|2|%]] target [[next year|D|2026]].\n\n"
        "Board member [[Shin Sung-hwan|PERSON]] said he would have preferred a cut of "
        "[[0.25 percentage point|percent|0.25|pp]].\n\n"
        "The [[Board|ORG|Monetary Policy Board (Bank of Korea)]] will next meet on [[January 15, 2026|D|2026-01-15]].",
        [
            ("Rhee Chang-yong", "tell", "three of the six board members saw room for a further cut within the next "
             "three months", False),
            ("Rhee Chang-yong", "say", "The weak won and rising house prices in the capital area still call for "
             "caution", True),
            ("Rhee Chang-yong", "warn", "American tariffs of 15% on Korean cars would weigh on exports in the first "
             "half of 2026", False),
            ("Bank of Korea", "expect", "inflation to settle near its 2% target next year", False),
            ("Shin Sung-hwan", "say", "he would have preferred a cut of 0.25 percentage point", False),
            ("Bank of Korea", "project", "growth of 1.0% for 2025 and 1.8% for 2026", False),
        ],
    ),
    (
        "own45-ho-02", "psa-gdp", "2025-11-07", "2025-11-07",
        "SPECIAL RELEASE\n"
        "[[Philippine Statistics Authority|ORG]]\n"
        "Gross Domestic Product of the [[Philippines|GPE]]: [[Third Quarter 2025|D|2025-07/2025-09]]\n"
        "Reference No. 2025-SR-318\n"
        "Date of Release: [[07 November 2025|D|2025-11-07]]\n\n"
        "The [[Philippine|NORP]] economy grew by [[4.0 percent|percent|4|%]] in "
        "[[the third quarter of 2025|D|2025-07/2025-09]], slower than the revised [[5.5 percent|percent|5.5|%]] "
        "in [[the second quarter|D|2025-04/2025-06]] and the [[5.2 percent|percent|5.2|%]] posted in "
        "[[the third quarter of 2024|D|2024-07/2024-09]]. It was the slowest growth since "
        "[[the first quarter of 2021|D|2021-01/2021-03]].\n\n"
        "Growth by industry, [[Q3 2025|D|2025-07/2025-09]] (percent)\n"
        "Agriculture, forestry and fishing  [[2.9|percent|2.9|%]]\n"
        "Industry  [[-0.5|percent|-0.5|%]]\n"
        "Services  [[5.5|percent|5.5|%]]\n\n"
        "National Statistician [[Claire Dennis S. Mapa|PERSON|Claire Dennis Mapa]] said the slowdown reflected a "
        "[[26.2 percent|percent|26.2|%]] fall in public construction after flood control projects were "
        "suspended.\n\n"
        "“Household spending held up, growing [[4.1 percent|percent|4.1|%]], but it could not make up for the gap "
        "in government outlays,” [[Mapa|PERSON|Claire Dennis Mapa]] told reporters in [[Quezon City|GPE]].\n\n"
        "Per capita GDP reached [[PHP 59,630|money|59630|PHP]] in [[the first nine months of 2025|D|2025-01/2025-09]].\n\n"
        "Secretary [[Arsenio Balisacan|PERSON]] of the [[Department of Economy, Planning, and Development|ORG]] "
        "said the government now expects growth of [[5|percent|5|%]] to [[5.5 percent|percent|5.5|%]] for "
        "[[2025|D|2025]], below its earlier target. [[Balisacan|PERSON|Arsenio Balisacan]] urged "
        "[[Congress|ORG|Congress of the Philippines]] to pass the [[2026|D|2026]] budget on time, adding that "
        "[[about 1.1 million|count|1100000|job]] jobs depend on public works.\n\n"
        "The [[Bangko Sentral ng Pilipinas|ORG]] cut its policy rate by [[25 basis points|percent|0.25|pp]] in "
        "[[October|D|2025-10]].\n\n"
        "GDP for [[the fourth quarter of 2025|D|2025-10/2025-12]] will be released on "
        "[[29 January 2026|D|2026-01-29]].",
        [
            ("Claire Dennis Mapa", "say", "the slowdown reflected a 26.2 percent fall in public construction after "
             "flood control projects were suspended", False),
            ("Claire Dennis Mapa", "tell", "Household spending held up, growing 4.1 percent, but it could not make up "
             "for the gap in government outlays", True),
            ("Arsenio Balisacan", "say", "the government now expects growth of 5 to 5.5 percent for 2025, below its "
             "earlier target", False),
            ("Arsenio Balisacan", "urge", "Congress to pass the 2026 budget on time", False),
            ("Arsenio Balisacan", "add", "about 1.1 million jobs depend on public works", False),
        ],
    ),
    (
        "own45-ho-03", "mas-penalties", "2025-07-03", "2025-07-03",
        "MEDIA RELEASE\n"
        "[[MAS|ORG|Monetary Authority of Singapore]] imposes penalties on [[nine|count|9|institution]] financial "
        "institutions\n"
        "[[Singapore|GPE]], [[3 July 2025|D|2025-07-03]]\n\n"
        "The [[Monetary Authority of Singapore|ORG]] ([[MAS|ORG|Monetary Authority of Singapore]]) has imposed "
        "composition penalties totalling [[S$27.45 million|money|27450000|SGD]] on [[nine|count|9|institution]] "
        "financial institutions for breaches of its anti-money laundering rules linked to the "
        "[[S$3 billion|money|3000000000|SGD]] money laundering case uncovered in [[August 2023|D|2023-08]].\n\n"
        "The largest penalty, [[S$9.3 million|money|9300000|SGD]], was imposed on "
        "[[Julius Baer|ORG|Julius Baer Group]]. [[Credit Suisse|ORG]], now part of [[UBS|ORG]], was fined "
        "[[S$5.4 million|money|5400000|SGD]]. [[MAS|ORG|Monetary Authority of Singapore]] has also issued "
        "prohibition orders against [[three|count|3|employee]] former bank employees for "
        "[[up to nine years|D|P9Y]].\n\n"
        "[[MAS|ORG|Monetary Authority of Singapore]] found that the institutions had not properly checked the "
        "source of wealth of [[at least 20|count|20|client]] clients, some of whom held "
        "[[more than US$50 million|money|50000000|USD]] each.\n\n"
        "Ms [[Ho Hern Shin|PERSON]], Deputy Managing Director (Financial Supervision), "
        "[[MAS|ORG|Monetary Authority of Singapore]], said: “Financial institutions must act on red flags "
        "promptly. Gaps in controls let criminals move money through [[Singapore|GPE]].”\n\n"
        "She added that the institutions had since tightened their checks, and that "
        "[[MAS|ORG|Monetary Authority of Singapore]] would complete its inspections of [[two|count|2|bank]] "
        "other banks by [[December|D|2025-12]].\n\n"
        "The [[Commercial Affairs Department|ORG]] of the [[Singapore Police Force|ORG]] said assets worth "
        "[[about S$3.06 billion|money|3060000000|SGD]] had been forfeited to the State and that "
        "[[ten|count|10|person]] people had been convicted since [[2024|D|2024]].",
        [
            ("Monetary Authority of Singapore", "find", "the institutions had not properly checked the source of "
             "wealth of at least 20 clients, some of whom held more than US$50 million each", False),
            ("Ho Hern Shin", "say", "Financial institutions must act on red flags promptly. Gaps in controls let "
             "criminals move money through Singapore.", True),
            ("Ho Hern Shin", "add", "the institutions had since tightened their checks, and that MAS would complete "
             "its inspections of two other banks by December", False),
            ("Commercial Affairs Department", "say", "assets worth about S$3.06 billion had been forfeited to the "
             "State and that ten people had been convicted since 2024", False),
        ],
    ),
    (
        "own45-ho-04", "dfat-vanuatu", "2024-12-19", "2024-12-19",
        "JOINT MEDIA RELEASE\n"
        "Senator the Hon [[Penny Wong|PERSON]], Minister for Foreign Affairs\n"
        "The Hon [[Pat Conroy|PERSON]] MP, Minister for International Development and the [[Pacific|LOC|Pacific Islands]]\n"
        "[[19 December 2024|D|2024-12-19]]\n\n"
        "[[Australia|GPE]] boosts support to [[Vanuatu|GPE]] after earthquake\n\n"
        "[[Australia|GPE]] will provide a further [[$5 million|money|5000000|AUD]] in humanitarian assistance to "
        "[[Vanuatu|GPE]] following the [[7.3|number|7.3]] magnitude earthquake that struck near "
        "[[Port Vila|GPE]] on [[Tuesday|D|2024-12-17]]. This brings [[Australia|GPE]]’s support to "
        "[[$10 million|money|10000000|AUD]].\n\n"
        "The package includes:\n"
        "• [[more than 60|count|60|specialist]] urban search and rescue specialists from "
        "[[Fire and Rescue NSW|ORG]] and the [[Queensland Fire Department|ORG]];\n"
        "• [[two|count|2|flight]] [[RAAF|ORG|Royal Australian Air Force]] [[C-17A|PRODUCT|Boeing C-17 "
        "Globemaster III]] flights carrying [[40 tonnes|quantity|40|t]] of relief supplies;\n"
        "• [[$1.5 million|money|1500000|AUD]] for the [[Vanuatu Red Cross Society|ORG]] and [[UNICEF|ORG]] to "
        "supply clean water to [[about 20,000|count|20000|person]] people.\n\n"
        "Senator [[Wong|PERSON|Penny Wong]] said: “[[Australia|GPE]] stands with [[Vanuatu|GPE]], our family "
        "and our friend. We will be there for as long as it takes.”\n\n"
        "Mr [[Conroy|PERSON|Pat Conroy]] said the earthquake had killed [[at least 14|count|14|person]] people "
        "and damaged the main wharf and [[two|count|2|bridge]] bridges. He pledged that [[Australia|GPE]] would "
        "help rebuild [[Port Vila|GPE]]’s roads and water supply over "
        "[[the next two years|D|2024-12-19/2026-12-19]].\n\n"
        "[[Vanuatu|GPE]] Prime Minister [[Charlot Salwai|PERSON]] has declared a [[seven-day|D|P7D]] state of "
        "emergency and called for help to restore telecommunications.\n\n"
        "[[Australians|NORP|Australian]] in [[Vanuatu|GPE]] needing consular help should contact "
        "[[DFAT|ORG|Department of Foreign Affairs and Trade (Australia)]] on 1300 555 135.\n\n"
        "Media enquiries: Minister’s Office (02) 6277 7500",
        [
            ("Penny Wong", "say", "Australia stands with Vanuatu, our family and our friend. We will be there for "
             "as long as it takes.", True),
            ("Pat Conroy", "say", "the earthquake had killed at least 14 people and damaged the main wharf and two "
             "bridges", False),
            ("Pat Conroy", "pledge", "Australia would help rebuild Port Vila’s roads and water supply over the next "
             "two years", False),
            ("Charlot Salwai", "call for", "help to restore telecommunications", False),
        ],
    ),
    (
        "own45-ho-05", "ndma-pakistan-sitrep", "2025-08-20", "2025-08-20",
        "[[National Disaster Management Authority|ORG|National Disaster Management Authority (Pakistan)]]\n"
        "Monsoon [[2025|D|2025]] Situation Report No. 58\n"
        "Period: [[26 June to 20 August 2025|D|2025-06-26/2025-08-20]]\n"
        "[[Islamabad|GPE]], [[20 August 2025|D|2025-08-20]]\n\n"
        "Cumulative losses:\n"
        "-- Deaths: [[739|count|739|death]]\n"
        "-- Injured: [[1,028|count|1028|person]]\n"
        "-- Houses damaged: [[3,956|count|3956|house]]\n"
        "-- Livestock lost: [[6,180|count|6180|livestock]]\n\n"
        "[[Khyber Pakhtunkhwa|GPE]] has been the worst hit province, with [[more than 400|count|400|death]] "
        "deaths. A cloudburst in [[Buner|GPE|Buner District]] on [[15 August|D|2025-08-15]] swept away "
        "homes and killed [[at least 200|count|200|person]] people.\n\n"
        "[[NDMA|ORG|National Disaster Management Authority (Pakistan)]] Chairman Lieutenant General [[Inam Haider Malik|PERSON]] said rescue teams had evacuated "
        "[[about 25,000|count|25000|person]] people by boat and helicopter since [[Friday|D|2025-08-15]]. He "
        "warned that [[two|count|2|spell]] more monsoon spells were expected before "
        "[[10 September|D|2025-09-10]].\n\n"
        "The [[Pakistan Meteorological Department|ORG]] forecast heavy rain in [[Punjab|GPE|Punjab, Pakistan]] "
        "and [[Sindh|GPE]] [[from Thursday to Sunday|D|2025-08-21/2025-08-24]], with "
        "[[up to 150 mm|quantity|150|mm]] in parts of [[Lahore|GPE]].\n\n"
        "Prime Minister [[Shehbaz Sharif|PERSON]] announced a relief package of "
        "[[Rs 5 billion|money|5000000000|PKR]] for [[Buner|GPE|Buner District]] and said each bereaved family "
        "would receive [[Rs 2 million|money|2000000|PKR]].\n\n"
        "According to the [[World Health Organization|ORG]], [[12|count|12|camp]] medical camps are operating in "
        "the affected districts.",
        [
            ("Inam Haider Malik", "say", "rescue teams had evacuated about 25,000 people by boat and helicopter since "
             "Friday", False),
            ("Inam Haider Malik", "warn", "two more monsoon spells were expected before 10 September", False),
            ("Pakistan Meteorological Department", "forecast", "heavy rain in Punjab and Sindh from Thursday to "
             "Sunday, with up to 150 mm in parts of Lahore", False),
            ("Shehbaz Sharif", "announce", "a relief package of Rs 5 billion for Buner", False),
            ("Shehbaz Sharif", "say", "each bereaved family would receive Rs 2 million", False),
            ("World Health Organization", "according to", "12 medical camps are operating in the affected "
             "districts", False),
        ],
    ),
    (
        "own45-ho-06", "tsmc-results", "2025-10-16", "2025-10-16",
        "[[TSMC|ORG]] Reports [[Third Quarter|D|2025-07/2025-09]] EPS of [[NT$17.44|money|17.44|TWD]]\n\n"
        "[[HSINCHU|GPE|Hsinchu]], [[Taiwan|GPE]], [[Oct. 16, 2025|D|2025-10-16]] - "
        "[[TSMC|ORG]] ([[TWSE|ORG|Taiwan Stock Exchange]]: 2330, [[NYSE|ORG|New York Stock Exchange]]: TSM) "
        "[[today|D|2025-10-16]] announced consolidated revenue of [[NT$989.92 billion|money|989920000000|TWD]], "
        "net income of [[NT$452.30 billion|money|452300000000|TWD]] and diluted earnings per share of "
        "[[NT$17.44|money|17.44|TWD]] for [[the third quarter|D|2025-07/2025-09]] ended "
        "[[September 30, 2025|D|2025-09-30]].\n\n"
        "Year-over-year, revenue increased [[30.3%|percent|30.3|%]] and net income rose "
        "[[39.1%|percent|39.1|%]]. In [[US|GPE|United States]] dollars, revenue was "
        "[[$33.10 billion|money|33100000000|USD]], up [[10.1%|percent|10.1|%]] from "
        "[[the previous quarter|D|2025-04/2025-06]].\n\n"
        "Gross margin was [[59.5%|percent|59.5|%]], operating margin [[50.6%|percent|50.6|%]] and net profit "
        "margin [[45.7%|percent|45.7|%]]. Shipments of 3-nanometer technology accounted for "
        "[[23%|percent|23|%]] of wafer revenue; advanced technologies, defined as 7-nanometer and more advanced, "
        "accounted for [[74%|percent|74|%]].\n\n"
        "“Our business in [[the third quarter|D|2025-07/2025-09]] was supported by strong demand for our "
        "leading-edge process technologies,” said [[Wendell Huang|PERSON]], Senior Vice President and Chief "
        "Financial Officer.\n\n"
        "[[Huang|PERSON|Wendell Huang]] said the company expects [[fourth-quarter|D|2025-10/2025-12]] revenue of between "
        "[[US$32.2|money|32200000000|USD]] and [[US$33.4 billion|money|33400000000|USD]], and a gross margin of "
        "[[59%|percent|59|%]] to [[61%|percent|61|%]].\n\n"
        "Chairman and CEO [[C.C. Wei|PERSON|C. C. Wei]] told analysts that demand for AI chips remained very "
        "strong, and that the [[Arizona|GPE]] fab would begin volume production of its [[second|ordinal|2]] "
        "phase in [[2027|D|2027]]. [[TSMC|ORG]] expects capital spending of [[US$40|money|40000000000|USD]] to "
        "[[42 billion|money|42000000000|USD]] in [[2025|D|2025]].",
        [
            ("Wendell Huang", "say", "Our business in the third quarter was supported by strong demand for our "
             "leading-edge process technologies", True),
            ("Wendell Huang", "say", "the company expects fourth-quarter revenue of between US$32.2 and US$33.4 "
             "billion, and a gross margin of 59% to 61%", False),
            ("C. C. Wei", "tell", "demand for AI chips remained very strong, and that the Arizona fab would begin "
             "volume production of its second phase in 2027", False),
            ("TSMC", "expect", "capital spending of US$40 to 42 billion in 2025", False),
            ("TSMC", "announce", "consolidated revenue of NT$989.92 billion, net income of NT$452.30 billion and "
             "diluted earnings per share of NT$17.44 for the third quarter ended September 30, 2025", False),
        ],
    ),
    (
        "own45-ho-07", "qatar-mofa-briefing", "2025-11-18", "2025-11-18",
        "[[Ministry of Foreign Affairs|ORG|Ministry of Foreign Affairs (Qatar)]] - Weekly Press Briefing\n"
        "[[Doha|GPE]], [[Tuesday, 18 November 2025|D|2025-11-18]]\n\n"
        "[[AL-ANSARI|PERSON|Majed Al-Ansari]]: Good afternoon. On [[Saturday|D|2025-11-15]], the government of "
        "the [[Democratic Republic of the Congo|GPE]] and the [[AFC/M23|ORG|March 23 Movement]] signed the "
        "[[Doha Framework for Peace|LAW]] here in [[Doha|GPE]]. His Excellency Sheikh "
        "[[Mohammed bin Abdulrahman Al Thani|PERSON]], the Prime Minister and Minister of Foreign Affairs, "
        "stressed that the framework was only the [[first|ordinal|1]] step towards a lasting peace.\n\n"
        "The framework sets out [[eight|count|8|protocol]] protocols, including on prisoner exchanges and the "
        "return of displaced people. [[Two|count|2|protocol]] of them were signed on the day. The "
        "[[United States|GPE]] and the [[African Union|ORG]] attended as observers, and [[U.S.|GPE|United States]] "
        "Senior Advisor for Africa [[Massad Boulos|PERSON]] said the agreement would open the way for "
        "investment in eastern [[Congo|GPE|Democratic Republic of the Congo]].\n\n"
        "QUESTION ([[Al Jazeera|ORG]]): Will [[Qatar|GPE]] host the next round, and is there funding?\n\n"
        "[[AL-ANSARI|PERSON|Majed Al-Ansari]]: The parties agreed to meet again within [[30 days|D|P30D]]. The "
        "[[Qatar Fund for Development|ORG]] has pledged [[QR 90 million|money|90000000|QAR]] "
        "([[about $25 million|money|25000000|USD]]) for the return of [[more than 100,000|count|100000|person]] "
        "displaced people to [[North Kivu|GPE]].\n\n"
        "QUESTION ([[Reuters|ORG]]): Has the fighting stopped?\n\n"
        "[[AL-ANSARI|PERSON|Majed Al-Ansari]]: Not fully. The [[M23|ORG|March 23 Movement]] spokesman, "
        "[[Lawrence Kanyuka|PERSON]], told reporters that his fighters would respect the ceasefire, and "
        "[[Congolese|NORP]] officials have made the same commitment. [[Rwanda|GPE]] has said it "
        "supports the agreement. We expect the monitoring mechanism to meet in [[December|D|2025-12]].",
        [
            ("Mohammed bin Abdulrahman Al Thani", "stress", "the framework was only the first step towards a lasting "
             "peace", False),
            ("Massad Boulos", "say", "the agreement would open the way for investment in eastern Congo", False),
            ("Qatar Fund for Development", "pledge", "QR 90 million (about $25 million) for the return of more than "
             "100,000 displaced people to North Kivu", False),
            ("Lawrence Kanyuka", "tell", "his fighters would respect the ceasefire", False),
            ("Rwanda", "say", "it supports the agreement", False),
        ],
    ),
]
