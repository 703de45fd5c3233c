"""Held-out set 46 (blind): marked texts of briefs 01-07 and their statements (see
``build_own46_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own46-ho-01", "cbe-mpc", "2025-10-02", "2025-10-02",
        "PRESS RELEASE\n"
        "[[Central Bank of Egypt|ORG]]\n"
        "MPC CUTS KEY POLICY RATES BY [[100 BASIS POINTS|percent|1|pp]]\n"
        "[[Cairo|GPE]], [[2 October 2025|D|2025-10-02]]\n\n"
        "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (Central Bank of Egypt)]] of the "
        "[[Central Bank of Egypt|ORG]] ([[CBE|ORG|Central Bank of Egypt]]) decided in its meeting held "
        "[[today|D|2025-10-02]] to cut the overnight deposit rate, the overnight lending rate and the rate of "
        "the main operation by [[100 basis points|percent|1|pp]] to [[21.00 percent|percent|21|%]], "
        "[[22.00 percent|percent|22|%]] and [[21.50 percent|percent|21.5|%]], respectively.\n\n"
        "• Inflation: annual headline urban inflation eased to [[11.7 percent|percent|11.7|%]] in "
        "[[September|D|2025-09]] from [[12.0 percent|percent|12|%]] in [[August|D|2025-08]].\n"
        "• Growth: real GDP grew by [[5.0 percent|percent|5|%]] in [[the second quarter of 2025|D|2025-04/2025-06]], "
        "up from [[4.8 percent|percent|4.8|%]] in [[the first quarter|D|2025-01/2025-03]].\n"
        "• External position: net international reserves reached [[USD 49.5 billion|money|49500000000|USD]] at "
        "the end of [[September|D|2025-09]], while the pound traded near [[EGP 47.6|money|47.6|EGP]] per "
        "dollar.\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (Central Bank of Egypt)]] expects inflation to average "
        "[[about 14 percent|percent|14|%]] in [[2025|D|2025]] and [[10.5 percent|percent|10.5|%]] in "
        "[[2026|D|2026]], and it noted that risks from oil prices and regional conflict remain.\n\n"
        "Governor [[Hassan Abdalla|PERSON]] said: “The disinflation path allows us to ease gradually while "
        "keeping real interest rates positive.”\n\n"
        "He warned that a [[second|ordinal|2]] round of fuel price rises could lift inflation by "
        "[[1.5 percentage points|percent|1.5|pp]]. According to the [[International Monetary Fund|ORG]], "
        "[[Egypt|GPE]] will receive [[about $2.5 billion|money|2500000000|USD]] once the [[fifth|ordinal|5]] "
        "and [[sixth|ordinal|6]] reviews of its programme are completed.\n\n"
        "The [[CBE|ORG|Central Bank of Egypt]] has cut rates by a total of "
        "[[625 basis points|percent|6.25|pp]] since [[April|D|2025-04]]. The [[Committee|ORG|Monetary Policy "
        "Committee (Central Bank of Egypt)]] will meet next on [[20 November 2025|D|2025-11-20]].",
        [
            ("Monetary Policy Committee (Central Bank of Egypt)", "expect", "inflation to average about 14 percent "
             "in 2025 and 10.5 percent in 2026", False),
            ("Monetary Policy Committee (Central Bank of Egypt)", "note", "risks from oil prices and regional "
             "conflict remain", False),
            ("Hassan Abdalla", "say", "The disinflation path allows us to ease gradually while keeping real "
             "interest rates positive.", True),
            ("Hassan Abdalla", "warn", "a second round of fuel price rises could lift inflation by 1.5 percentage "
             "points", False),
            ("International Monetary Fund", "according to", "Egypt will receive about $2.5 billion once the fifth "
             "and sixth reviews of its programme are completed", False),
        ],
    ),
    (
        "own46-ho-02", "ibge-gdp", "2025-09-02", "2025-09-02",
        "Statistical release - Quarterly National Accounts\n"
        "GDP grows [[0.4%|percent|0.4|%]] in [[Q2|D|2025-04/2025-06]] and totals "
        "[[R$3.2 trillion|money|3200000000000|BRL]]\n"
        "[[Rio de Janeiro|GPE]], [[September 2, 2025|D|2025-09-02]]\n\n"
        "[[Brazil|GPE]]’s Gross Domestic Product (GDP) grew [[0.4%|percent|0.4|%]] in "
        "[[the second quarter of 2025|D|2025-04/2025-06]] compared with [[the first quarter|D|2025-01/2025-03]], "
        "in the seasonally adjusted series, the [[Brazilian Institute of Geography and Statistics|ORG]] "
        "([[IBGE|ORG|Brazilian Institute of Geography and Statistics]]) announced [[today|D|2025-09-02]]. "
        "Compared with [[the same quarter of 2024|D|2024-04/2024-06]], GDP rose [[2.2%|percent|2.2|%]]. In "
        "current values, GDP totalled [[R$3.2 trillion|money|3200000000000|BRL]].\n\n"
        "Change from the previous quarter (%)\n"
        "Agriculture  [[-0.1|percent|-0.1|%]]\n"
        "Industry  [[0.5|percent|0.5|%]]\n"
        "Services  [[0.6|percent|0.6|%]]\n"
        "Household consumption  [[0.5|percent|0.5|%]]\n"
        "Investment  [[-2.2|percent|-2.2|%]]\n\n"
        "“Services and household consumption held the economy up, while high interest rates weighed on "
        "investment,” said [[Rebeca Palis|PERSON]], coordinator of National Accounts at "
        "[[IBGE|ORG|Brazilian Institute of Geography and Statistics]].\n\n"
        "[[Palis|PERSON|Rebeca Palis]] added that extractive industries grew [[5.4%|percent|5.4|%]], driven by "
        "record oil output of [[about 3.7 million|count|3700000|barrel]] barrels a day.\n\n"
        "The [[Central Bank of Brazil|ORG]] has held the Selic rate at [[15%|percent|15|%]] since "
        "[[June|D|2025-06]]. Finance Minister [[Fernando Haddad|PERSON]] told reporters in "
        "[[Brasília|GPE]] that the government estimates growth of [[2.5%|percent|2.5|%]] for "
        "[[2025|D|2025]], and he called for rate cuts [[next year|D|2026]]. He also warned that "
        "[[U.S.|GPE|United States]] tariffs of [[50%|percent|50|%]] on [[Brazilian|NORP]] goods would cost "
        "exporters [[more than US$10 billion|money|10000000000|USD]].\n\n"
        "GDP for [[the third quarter|D|2025-07/2025-09]] will be released on [[December 2|D|2025-12-02]].",
        [
            ("Brazilian Institute of Geography and Statistics", "announce", "Brazil’s Gross Domestic Product (GDP) "
             "grew 0.4% in the second quarter of 2025 compared with the first quarter, in the seasonally adjusted "
             "series", False),
            ("Rebeca Palis", "say", "Services and household consumption held the economy up, while high interest "
             "rates weighed on investment", True),
            ("Rebeca Palis", "add", "extractive industries grew 5.4%, driven by record oil output of about 3.7 "
             "million barrels a day", False),
            ("Fernando Haddad", "tell", "the government estimates growth of 2.5% for 2025", False),
            ("Fernando Haddad", "call for", "rate cuts next year", False),
            ("Fernando Haddad", "warn", "U.S. tariffs of 50% on Brazilian goods would cost exporters more than "
             "US$10 billion", False),
        ],
    ),
    (
        "own46-ho-03", "ico-capita-fine", "2025-10-03", "2025-10-03",
        "ICO fines [[Capita|ORG]] [[£14 million|money|14000000|GBP]] over cyber attack\n"
        "Date: [[3 October 2025|D|2025-10-03]]\n"
        "Type: Monetary penalties\n\n"
        "We have fined [[Capita plc|ORG|Capita]] and [[Capita Pension Solutions Limited|ORG]] a total of "
        "[[£14 million|money|14000000|GBP]] for failing to protect the personal data of "
        "[[6.6 million|count|6600000|person]] people whose information was stolen in a cyber attack in "
        "[[March 2023|D|2023-03]].\n\n"
        "The attackers entered [[Capita|ORG]]’s network on [[22 March 2023|D|2023-03-22]] and were not contained "
        "for 58 hours. They took data held for [[more than 300|count|300|client]] clients, including pension "
        "schemes and local councils. Our investigation found that a high-risk alert had gone unanswered.\n\n"
        "The penalty was reduced from a provisional [[£45 million|money|45000000|GBP]] after "
        "[[Capita|ORG]] improved its security and offered affected people [[12 months|D|P12M]] of free credit "
        "monitoring.\n\n"
        "Information Commissioner [[John Edwards|PERSON]] said: “Capita failed in its duty to protect the data "
        "entrusted to it by millions of people. No organisation is too big to get the basics right.”\n\n"
        "He urged other large outsourcing firms to test their incident response plans [[this year|D|2025]]. "
        "Speaking to [[BBC Radio 4|ORG]], [[Edwards|PERSON|John Edwards]] estimated that "
        "[[fewer than 1%|percent|1|%]] of those affected had reported fraud.\n\n"
        "In a statement, [[Capita|ORG]] said it had accepted the penalty and had invested "
        "[[more than £100 million|money|100000000|GBP]] in its systems since [[2023|D|2023]]. It added that it had seen no evidence that the stolen data had been "
        "misused.\n\n"
        "Notes to editors\n"
        "1. The [[Information Commissioner’s Office|ORG|Information Commissioner's Office]] ([[ICO|ORG|Information Commissioner's Office]]) is "
        "the [[UK|GPE|United Kingdom]]’s independent regulator for data protection.\n"
        "2. The penalty was issued under the [[Data Protection Act 2018|LAW]]. Capita has "
        "[[28 days|D|P28D]] to appeal to the [[First-tier Tribunal|ORG]].\n"
        "3. Media enquiries: 0303 123 9070.",
        [
            ("John Edwards", "say", "Capita failed in its duty to protect the data entrusted to it by millions of "
             "people. No organisation is too big to get the basics right.", True),
            ("John Edwards", "urge", "other large outsourcing firms to test their incident response plans this "
             "year", False),
            ("John Edwards", "estimate", "fewer than 1% of those affected had reported fraud", False),
            ("Capita", "add", "it had seen no evidence that the stolen data had been misused", False),
            ("Capita", "say", "it had accepted the penalty and had invested more than £100 million in its systems "
             "since 2023", False),
        ],
    ),
    (
        "own46-ho-04", "estonia-mfa-airspace", "2025-09-19", "2025-09-19",
        "From: [[Ministry of Foreign Affairs|ORG|Ministry of Foreign Affairs (Estonia)]] of the Republic of "
        "[[Estonia|GPE]]\n"
        "Published: [[19.09.2025|D|2025-09-19]]\n\n"
        "STATEMENT ON THE VIOLATION OF [[ESTONIAN|NORP|Estonian]] AIRSPACE\n\n"
        "[[Three|count|3|jet]] [[Russian|NORP]] [[MiG-31|PRODUCT|Mikoyan MiG-31]] fighter jets entered "
        "[[Estonian|NORP]] airspace near [[Vaindloo|LOC]] island in the [[Gulf of Finland|LOC]] without "
        "permission [[today|D|2025-09-19]] and remained there for 12 minutes. The aircraft had no flight plans, "
        "their transponders were switched off and they flew [[up to 10 kilometres|quantity|10|km]] inside "
        "[[Estonian|NORP]] territory. [[Italian|NORP]] [[F-35|PRODUCT|Lockheed Martin F-35 Lightning II]] "
        "fighters of [[NATO|ORG]]’s [[Baltic Air Policing|ORG]] mission escorted them out.\n\n"
        "The Ministry summoned the chargé d’affaires of [[Russia|GPE]] and handed over a note of protest. "
        "[[Russia|GPE]] has violated [[Estonian|NORP]] airspace [[four|count|4|time]] times "
        "[[this year|D|2025]].\n\n"
        "Foreign Minister [[Margus Tsahkna|PERSON]] said: “Such a brazen incursion is unprecedented. "
        "[[Russia|GPE]] is testing the resolve of the whole alliance.”\n\n"
        "[[Tsahkna|PERSON|Margus Tsahkna]] added that [[Estonia|GPE]] would spend "
        "[[5.4 per cent|percent|5.4|%]] of its GDP on defence in [[2026|D|2026]], the [[first|ordinal|1]] "
        "member of the alliance to pass [[5 per cent|percent|5|%]].\n\n"
        "Prime Minister [[Kristen Michal|PERSON]] announced that [[Estonia|GPE]] would request consultations "
        "under Article 4 of the [[North Atlantic Treaty|LAW]]. He called for a united response from the "
        "[[European Union|ORG]], including a [[19th|ordinal|19]] package of sanctions.\n\n"
        "According to the [[Estonian Defence Forces|ORG]], the jets took off from [[Petrozavodsk|GPE]] and "
        "flew towards [[Kaliningrad|GPE]].",
        [
            ("Margus Tsahkna", "say", "Such a brazen incursion is unprecedented. Russia is testing the resolve of "
             "the whole alliance.", True),
            ("Margus Tsahkna", "add", "Estonia would spend 5.4 per cent of its GDP on defence in 2026, the first "
             "member of the alliance to pass 5 per cent", False),
            ("Kristen Michal", "announce", "Estonia would request consultations under Article 4 of the North "
             "Atlantic Treaty", False),
            ("Kristen Michal", "call for", "a united response from the European Union, including a 19th package "
             "of sanctions", False),
            ("Estonian Defence Forces", "according to", "the jets took off from Petrozavodsk and flew towards "
             "Kaliningrad", False),
        ],
    ),
    (
        "own46-ho-05", "africa-cdc-briefing", "2025-09-11", "2025-09-11",
        "[[Africa CDC|ORG|Africa Centres for Disease Control and Prevention]] weekly press briefing\n"
        "[[Addis Ababa|GPE]], [[Thursday, 11 September 2025|D|2025-09-11]]\n"
        "Transcript (excerpt)\n\n"
        "[[KASEYA|PERSON|Jean Kaseya]]: Good afternoon. The [[Democratic Republic of the Congo|GPE]] declared an "
        "Ebola outbreak in [[Bulape|GPE]], in [[Kasai|GPE|Kasaï Province]] province, on "
        "[[4 September|D|2025-09-04]]. As of [[yesterday|D|2025-09-10]], [[68|count|68|case]] suspected cases "
        "and [[16|count|16|death]] deaths had been reported, including [[four|count|4|worker]] health workers. "
        "The Minister of Health, [[Roger Kamba|PERSON]], told us that [[more than 900|count|900|contact]] "
        "contacts were being followed.\n\n"
        "The [[Congolese|NORP]] Government has pledged [[US$ 2 million|money|2000000|USD]] for the response, "
        "and the [[World Health Organization|ORG]] has sent [[2,000|count|2000|dose]] doses of vaccine to "
        "[[Kinshasa|GPE]].\n\n"
        "QUESTION ([[Agence France-Presse|ORG]]): How does this compare with earlier outbreaks?\n\n"
        "[[KASEYA|PERSON|Jean Kaseya]]: An outbreak in the same area in [[2007|D|2007]] killed "
        "[[187|count|187|person]] people. This time we are faster. On mpox, confirmed cases across the "
        "continent fell [[52%|percent|52|%]] in [[the past six weeks|D|2025-07-31/2025-09-11]].\n\n"
        "QUESTION ([[Nation Media Group|ORG]]): What about cholera?\n\n"
        "[[KASEYA|PERSON|Jean Kaseya]]: It is our biggest worry. [[Sudan|GPE]], [[Chad|GPE]] and "
        "[[South Sudan|GPE]] account for most of the [[more than 180,000|count|180000|case]] cholera cases "
        "recorded on the continent in [[2025|D|2025]]. The [[World Health Organization|ORG]] warns that the "
        "rainy season will spread the disease further until [[October|D|2025-10]], and [[UNICEF|ORG]] said it "
        "would deliver [[1.2 million|count|1200000|dose]] doses of oral vaccine to [[Chad|GPE]]. We are asking "
        "partners for [[US$ 130 million|money|130000000|USD]].",
        [
            ("Roger Kamba", "tell", "more than 900 contacts were being followed", False),
            ("Democratic Republic of the Congo", "pledge", "US$ 2 million for the response", False),
            ("World Health Organization", "warn", "the rainy season will spread the disease further until "
             "October", False),
            ("UNICEF", "say", "it would deliver 1.2 million doses of oral vaccine to Chad", False),
        ],
    ),
    (
        "own46-ho-06", "bombardier-results", "2025-10-30", "2025-10-30",
        "[[Bombardier|ORG|Bombardier Inc.]] Reports [[Third Quarter 2025|D|2025-07/2025-09]] Results\n\n"
        "All amounts in this press release are in U.S. dollars unless otherwise indicated.\n\n"
        "[[MONTREAL|GPE|Montreal]], [[Oct. 30, 2025|D|2025-10-30]] - [[Bombardier|ORG|Bombardier Inc.]] "
        "([[TSX|ORG|Toronto Stock Exchange]]: BBD.B) [[today|D|2025-10-30]] reported revenues of "
        "[[$2.2 billion|money|2200000000|USD]] for [[the third quarter|D|2025-07/2025-09]], up "
        "[[23%|percent|23|%]] from [[the same period last year|D|2024-07/2024-09]], on "
        "[[34|count|34|delivery]] business aircraft deliveries.\n\n"
        "-- Adjusted EBITDA: [[$405 million|money|405000000|USD]] ([[18.4%|percent|18.4|%]] margin)\n"
        "-- Free cash flow: [[$269 million|money|269000000|USD]]\n"
        "-- Backlog: [[$16.1 billion|money|16100000000|USD]], a record\n"
        "-- Services revenues: [[$564 million|money|564000000|USD]], up [[11%|percent|11|%]]\n\n"
        "“Demand for our business jets keeps growing, and the "
        "[[Global 8000|PRODUCT|Bombardier Global 8000]] will enter service before the end of [[this year|D|2025]],” "
        "said [[Éric Martel|PERSON]], President and Chief Executive Officer.\n\n"
        "[[Martel|PERSON|Éric Martel]] added that the company had hired "
        "[[more than 1,000|count|1000|worker]] workers in [[Toronto|GPE]] and [[Wichita|GPE]] in "
        "[[2025|D|2025]].\n\n"
        "[[Bombardier|ORG|Bombardier Inc.]] raised its guidance and now expects "
        "[[more than 150|count|150|delivery]] deliveries and revenues of "
        "[[over $9.15 billion|money|9150000000|USD]] for [[the year|D|2025]].\n\n"
        "Chief Financial Officer [[Bart Demosky|PERSON]] told analysts that the company would repay "
        "[[about C$500 million|money|500000000|CAD]] of debt in [[the fourth quarter|D|2025-10/2025-12]].",
        [
            ("Éric Martel", "say", "Demand for our business jets keeps growing, and the Global 8000 will enter "
             "service before the end of this year", True),
            ("Éric Martel", "add", "the company had hired more than 1,000 workers in Toronto and Wichita in 2025",
             False),
            ("Bombardier Inc.", "expect", "more than 150 deliveries and revenues of over $9.15 billion for the year",
             False),
            ("Bart Demosky", "tell", "the company would repay about C$500 million of debt in the fourth quarter",
             False),
            ("Bombardier Inc.", "report", "revenues of $2.2 billion for the third quarter, up 23% from the same "
             "period last year, on 34 business aircraft deliveries", False),
        ],
    ),
    (
        "own46-ho-07", "eurocontrol-summer", "2025-09-10", "2025-09-10",
        "Issuer: [[EUROCONTROL|ORG|Eurocontrol]]\n"
        "Place: [[Brussels|GPE]]\n"
        "Date: [[10 September 2025|D|2025-09-10]]\n"
        "Subject: Network performance in [[summer 2025|D|2025-06/2025-08]]\n\n"
        "The European air traffic network handled [[3.24 million|count|3240000|flight]] flights "
        "[[between 1 June and 31 August|D|2025-06-01/2025-08-31]], [[4.6%|percent|4.6|%]] more than in "
        "[[summer 2024|D|2024-06/2024-08]] and [[1.2%|percent|1.2|%]] above the level of [[2019|D|2019]]. "
        "Traffic peaked on [[Friday, 27 June|D|2025-06-27]] with [[37,228|count|37228|flight]] flights.\n\n"
        "Average en-route delay fell to 2.3 minutes per flight, but strikes by [[French|NORP]] air traffic "
        "controllers on [[3-4 July|D|2025-07-03/2025-07-04]] led to [[more than 3,000|count|3000|flight]] "
        "cancellations and affected [[about 500,000|count|500000|passenger]] passengers.\n\n"
        "Busiest states (average daily flights):\n"
        "[[Germany|GPE]]  [[9,860|count|9860|flight]]\n"
        "[[France|GPE]]  [[9,640|count|9640|flight]]\n"
        "[[Spain|GPE]]  [[7,310|count|7310|flight]]\n\n"
        "[[EUROCONTROL|ORG|Eurocontrol]] Director General [[Raúl Medina|PERSON]] said: “The network coped with "
        "record demand, but capacity in some areas is still not enough.” He warned that delays would rise "
        "again in [[2026|D|2026]] unless air navigation service providers recruited more controllers.\n\n"
        "[[Airlines for Europe|ORG]] called for the [[European Commission|ORG]] to protect overflights during "
        "strikes. [[EUROCONTROL|ORG|Eurocontrol]] forecasts that traffic will grow by "
        "[[3.3%|percent|3.3|%]] in [[2026|D|2026]], to [[about 11.5 million|count|11500000|flight]] flights.",
        [
            ("Raúl Medina", "say", "The network coped with record demand, but capacity in some areas is still not "
             "enough.", True),
            ("Raúl Medina", "warn", "delays would rise again in 2026 unless air navigation service providers "
             "recruited more controllers", False),
            ("Airlines for Europe", "call for", "the European Commission to protect overflights during strikes",
             False),
            ("Eurocontrol", "forecast", "traffic will grow by 3.3% in 2026, to about 11.5 million flights", False),
        ],
    ),
]
