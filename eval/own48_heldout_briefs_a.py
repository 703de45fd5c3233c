"""Held-out set 48 (blind): marked texts of briefs 01-07 and their statements (see
``build_own48_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own48-ho-01", "cnb-rate-decision", "2025-11-05", "2025-11-05",
        "[[CZECH NATIONAL BANK|ORG|Czech National Bank]]\n"
        "Press release\n"
        "[[Prague|GPE]], [[5 November 2025|D|2025-11-05]]\n\n"
        "[[CNB|ORG|Czech National Bank]] KEEPS INTEREST RATES ON HOLD\n\n"
        "At its monetary policy meeting [[today|D|2025-11-05]], the [[Bank Board|ORG|Bank Board of the Czech "
        "National Bank]] of the [[Czech National Bank|ORG]] left the two-week repo rate unchanged at "
        "[[3.50%|percent|3.5|%]]. The discount rate remains at [[2.50%|percent|2.5|%]] and the Lombard rate at "
        "[[4.50%|percent|4.5|%]]. [[Five|count|5|member]] members voted for this decision and "
        "[[two|count|2|member]] voted for a cut of [[0.25 percentage point|percent|0.25|pp]].\n\n"
        "• Inflation: consumer prices rose by [[2.5%|percent|2.5|%]] in [[October|D|2025-10]], close to the "
        "[[2%|percent|2|%]] target.\n"
        "• Wages: average nominal wages grew by [[7.1%|percent|7.1|%]] in "
        "[[the second quarter|D|2025-04/2025-06]].\n"
        "• Koruna: the exchange rate averaged [[CZK 24.4|money|24.4|CZK]] to the euro in "
        "[[October|D|2025-10]].\n\n"
        "Governor [[Aleš Michl|PERSON]] told a press conference that the "
        "[[Board|ORG|Bank Board of the Czech National Bank]] saw risks from fast wage growth, rising services "
        "prices and the budget deficit planned for [[2026|D|2026]].\n\n"
        "“Inflation is close to the target, but the job is not done. We will keep rates where they are for as "
        "long as needed,” [[Michl|PERSON|Aleš Michl]] said.\n\n"
        "He added that services prices in the [[Czech|NORP]] economy were still rising by "
        "[[almost 5%|percent|5|%]] a year.\n\n"
        "In its new forecast, the [[CNB|ORG|Czech National Bank]] expects inflation to average "
        "[[2.4%|percent|2.4|%]] in [[2025|D|2025]] and [[2.1%|percent|2.1|%]] in [[2026|D|2026]], and GDP to grow "
        "by [[2.5%|percent|2.5|%]] [[this year|D|2025]].\n\n"
        "Vice-Governor [[Eva Zamrazilová|PERSON]] warned that a weaker koruna could push prices up again.\n\n"
        "The next monetary policy meeting is scheduled for [[17 December 2025|D|2025-12-17]].",
        [
            ("Aleš Michl", "tell", "the Board saw risks from fast wage growth, rising services prices and the "
             "budget deficit planned for 2026", False),
            ("Aleš Michl", "say", "Inflation is close to the target, but the job is not done. We will keep rates "
             "where they are for as long as needed", True),
            ("Aleš Michl", "add", "services prices in the Czech economy were still rising by almost 5% a year",
             False),
            ("Czech National Bank", "expect", "inflation to average 2.4% in 2025 and 2.1% in 2026, and GDP to grow "
             "by 2.5% this year", False),
            ("Eva Zamrazilová", "warn", "a weaker koruna could push prices up again", False),
        ],
    ),
    (
        "own48-ho-02", "statistics-estonia-cpi", "2025-11-07", "2025-11-07",
        "[[Statistics Estonia|ORG]]\n"
        "News release\n"
        "[[Tallinn|GPE]], [[7 November 2025|D|2025-11-07]]\n\n"
        "CONSUMER PRICE INDEX ROSE [[4.5%|percent|4.5|%]] IN [[OCTOBER|D|2025-10]]\n\n"
        "According to [[Statistics Estonia|ORG]], the consumer price index rose [[0.4%|percent|0.4|%]] in "
        "[[October 2025|D|2025-10]] compared with [[September|D|2025-09]] and [[4.5%|percent|4.5|%]] compared "
        "with [[October of the previous year|D|2024-10]].\n\n"
        "Change compared with [[October 2024|D|2024-10]], %\n"
        "Food and non-alcoholic beverages   [[+5.8|percent|5.8|%]]\n"
        "Alcoholic beverages and tobacco   [[+9.4|percent|9.4|%]]\n"
        "Housing   [[+3.1|percent|3.1|%]]\n"
        "Transport   [[-0.9|percent|-0.9|%]]\n\n"
        "Goods were [[5.2%|percent|5.2|%]] and services [[3.4%|percent|3.4|%]] more expensive than in "
        "[[October 2024|D|2024-10]]. Electricity for households cost [[11.3%|percent|11.3|%]] less, while motor "
        "fuel fell by [[2.6%|percent|2.6|%]]. The standard rate of value added tax rose from "
        "[[22|percent|22|%]] to [[24 per cent|percent|24|%]] on [[1 July|D|2025-07-01]].\n\n"
        "[[Eesti Pank|ORG|Bank of Estonia]] Governor [[Madis Müller|PERSON]] warned that inflation in "
        "[[Estonia|GPE]] remained among the highest in the [[European Union|ORG]] and that wage growth of "
        "[[about 6%|percent|6|%]] kept pressure on prices.\n\n"
        "Finance Minister [[Jürgen Ligi|PERSON]] told [[ERR|ORG|Eesti Rahvusringhääling]] that price growth "
        "should slow to [[around 3%|percent|3|%]] [[next year|D|2026]] once the effect of the tax rise fell out "
        "of the index. [[Ligi|PERSON|Jürgen Ligi]] said the government had no plans to lower the rate.\n\n"
        "The [[Estonian Chamber of Commerce and Industry|ORG]] called for a cut in the tax on food, saying "
        "[[Estonian|NORP]] families were spending [[18%|percent|18|%]] more on groceries than "
        "[[three years ago|D|2022]].\n\n"
        "[[Statistics Estonia|ORG]] will publish the [[November|D|2025-11]] index on "
        "[[5 December|D|2025-12-05]].",
        [
            ("Statistics Estonia", "according to", "the consumer price index rose 0.4% in October 2025 compared "
             "with September and 4.5% compared with October of the previous year", False),
            ("Madis Müller", "warn", "inflation in Estonia remained among the highest in the European Union and "
             "that wage growth of about 6% kept pressure on prices", False),
            ("Jürgen Ligi", "tell", "price growth should slow to around 3% next year once the effect of the tax "
             "rise fell out of the index", False),
            ("Jürgen Ligi", "say", "the government had no plans to lower the rate", False),
            ("Estonian Chamber of Commerce and Industry", "call for", "a cut in the tax on food", False),
            ("Estonian Chamber of Commerce and Industry", "say", "Estonian families were spending 18% more on "
             "groceries than three years ago", False),
        ],
    ),
    (
        "own48-ho-03", "lithuania-mfa-balloons", "2025-10-27", "2025-10-27",
        "From: [[Ministry of Foreign Affairs of the Republic of Lithuania|ORG|Ministry of Foreign Affairs "
        "(Lithuania)]]\n"
        "Published: [[27 October 2025|D|2025-10-27]], [[Vilnius|GPE]]\n\n"
        "STATEMENT ON THE HYBRID ATTACK BY THE [[BELARUSIAN|NORP|Belarusian]] REGIME\n\n"
        "The [[Ministry of Foreign Affairs|ORG|Ministry of Foreign Affairs (Lithuania)]] condemns in the "
        "strongest terms the continuing hybrid attack against [[Lithuania|GPE]] from the territory of "
        "[[Belarus|GPE]]. Since [[1 October|D|2025-10-01]], [[more than 600|count|600|balloon]] balloons "
        "carrying contraband cigarettes have crossed into [[Lithuanian|NORP]] airspace. "
        "[[Vilnius Airport|FAC]] has had to suspend flights on [[seven|count|7|occasion]] occasions, "
        "disrupting travel for [[some 30,000|count|30000|passenger]] passengers.\n\n"
        "On [[Friday|D|2025-10-24]], the [[Belarusian|NORP]] chargé d'affaires was summoned to the "
        "[[Ministry|ORG|Ministry of Foreign Affairs (Lithuania)]] and handed a note of protest.\n\n"
        "Minister of Foreign Affairs [[Kęstutis Budrys|PERSON]] said that [[Lithuania|GPE]] held the regime of "
        "[[Alexander Lukashenko|PERSON]] fully responsible for the attacks.\n\n"
        "“These are not smugglers' games. This is a deliberate attempt to test our resolve, and it will fail,” "
        "[[Budrys|PERSON|Kęstutis Budrys]] said.\n\n"
        "Prime Minister [[Inga Ruginienė|PERSON]] announced that the border checkpoints at "
        "[[Medininkai|GPE]] and [[Šalčininkai|GPE]] would stay closed until [[30 November|D|2025-11-30]], with "
        "exceptions for diplomats and [[EU|ORG|European Union]] citizens returning home.\n\n"
        "[[Lithuania|GPE]] urges the [[European Union|ORG]] to add those responsible to its "
        "[[20th|ordinal|20]] sanctions package, and thanks its allies for their support. [[NATO|ORG]] "
        "Secretary General [[Mark Rutte|PERSON]] told reporters in [[Brussels|GPE]] that the alliance stood in "
        "full solidarity with [[Lithuania|GPE]].\n\n"
        "Over [[the past three weeks|D|2025-10-06/2025-10-27]], [[Lithuanian|NORP]] border guards have seized "
        "[[about 190,000|count|190000|pack]] packs of cigarettes and detained [[14|count|14|suspect]] "
        "suspects.",
        [
            ("Kęstutis Budrys", "say", "Lithuania held the regime of Alexander Lukashenko fully responsible for "
             "the attacks", False),
            ("Kęstutis Budrys", "say", "These are not smugglers' games. This is a deliberate attempt to test our "
             "resolve, and it will fail", True),
            ("Inga Ruginienė", "announce", "the border checkpoints at Medininkai and Šalčininkai would stay "
             "closed until 30 November, with exceptions for diplomats and EU citizens returning home", False),
            ("Lithuania", "urge", "the European Union to add those responsible to its 20th sanctions package",
             False),
            ("Mark Rutte", "tell", "the alliance stood in full solidarity with Lithuania", False),
        ],
    ),
    (
        "own48-ho-04", "smhi-storm-warning", "2024-12-27", "2024-12-27",
        "[[SMHI|ORG|Swedish Meteorological and Hydrological Institute]] WEATHER WARNING\n"
        "Issued: [[Friday 27 December 2024|D|2024-12-27]], 07:00\n"
        "[[Norrköping|GPE]], [[Sweden|GPE]]\n\n"
        "Event: [[Storm Johannes|EVENT]]\n"
        "Warning level: orange\n"
        "Valid: [[27-28 December|D|2024-12-27/2024-12-28]]\n"
        "Areas: coasts of [[Gävleborg|GPE|Gävleborg County]], [[Västernorrland|GPE|Västernorrland County]] and "
        "[[Västerbotten|GPE|Västerbotten County]]\n"
        "Wind: gusts of [[30|quantity|30|m/s]]-[[35 metres per second|quantity|35|m/s]] on the coast\n"
        "Snow: [[10|quantity|10|cm]]-[[20 cm|quantity|20|cm]] inland\n\n"
        "The [[Swedish Meteorological and Hydrological Institute|ORG]] "
        "([[SMHI|ORG|Swedish Meteorological and Hydrological Institute]]) said that [[Storm Johannes|EVENT]] "
        "would bring the strongest winds to the [[Bothnian Sea|LOC]] coast in the afternoon and evening. "
        "[[SMHI|ORG|Swedish Meteorological and Hydrological Institute]] warned that falling trees could block "
        "roads and railways and cut power to large areas.\n\n"
        "The [[Swedish Transport Administration|ORG]] ([[Trafikverket|ORG|Swedish Transport Administration]]) "
        "urged drivers in the warning area to postpone journeys, and [[SJ|ORG|SJ AB]] cancelled "
        "[[24|count|24|train]] trains between [[Gävle|GPE]] and [[Umeå|GPE]]. [[Vattenfall|ORG]] said it had "
        "[[more than 300|count|300|technician]] technicians on standby.\n\n"
        "Minister for Civil Defence [[Carl-Oskar Bohlin|PERSON]] said that the "
        "[[Swedish Civil Contingencies Agency|ORG]] was in close contact with the [[three|count|3|county]] "
        "counties.\n\n"
        "In [[Finland|GPE]], the [[Finnish Meteorological Institute|ORG]] expects gusts of "
        "[[up to 30 metres per second|quantity|30|m/s]] on the coast of [[Ostrobothnia|GPE|Ostrobothnia "
        "(region)]]. The storm is forecast to weaken over [[Finland|GPE]] on [[Saturday|D|2024-12-28]].\n\n"
        "The last storm of this strength in [[Sweden|GPE]], [[Gudrun|EVENT|Cyclone Gudrun]] in [[January 2005|D|2005-01]], left "
        "[[some 730,000|count|730000|household]] households without electricity.",
        [
            ("Swedish Meteorological and Hydrological Institute", "say", "Storm Johannes would bring the "
             "strongest winds to the Bothnian Sea coast in the afternoon and evening", False),
            ("Swedish Meteorological and Hydrological Institute", "warn", "falling trees could block roads and "
             "railways and cut power to large areas", False),
            ("Swedish Transport Administration", "urge", "drivers in the warning area to postpone journeys",
             False),
            ("Vattenfall", "say", "it had more than 300 technicians on standby", False),
            ("Carl-Oskar Bohlin", "say", "the Swedish Civil Contingencies Agency was in close contact with the "
             "three counties", False),
            ("Finnish Meteorological Institute", "expect", "gusts of up to 30 metres per second on the coast of "
             "Ostrobothnia", False),
        ],
    ),
    (
        "own48-ho-05", "nokia-q3-results", "2025-10-23", "2025-10-23",
        "[[Nokia Corporation|ORG|Nokia]]\n"
        "Interim Report for [[Q3|D|2025-07/2025-09]] and [[January-September 2025|D|2025-01/2025-09]]\n"
        "[[23 October 2025|D|2025-10-23]] at 08:00 EEST\n\n"
        "[[Espoo|GPE]], [[Finland|GPE]] – [[Nokia|ORG]] [[today|D|2025-10-23]] reported net sales of "
        "[[EUR 4.83 billion|money|4830000000|EUR]] for [[the third quarter of 2025|D|2025-07/2025-09]], up "
        "[[12%|percent|12|%]] year-on-year in constant currency.\n\n"
        "Highlights\n"
        "• Comparable operating profit: [[EUR 435 million|money|435000000|EUR]] "
        "([[Q3 2024|D|2024-07/2024-09]]: [[EUR 424 million|money|424000000|EUR]])\n"
        "• Comparable operating margin: [[9.0%|percent|9|%]], down "
        "[[0.9 percentage points|percent|0.9|pp]]\n"
        "• Net sales in network infrastructure up [[11%|percent|11|%]]; optical networks up "
        "[[19%|percent|19|%]]\n"
        "• Free cash flow: [[EUR 0.4 billion|money|400000000|EUR]]\n"
        "• Net cash: [[EUR 3.7 billion|money|3700000000|EUR]]\n\n"
        "President and CEO [[Justin Hotard|PERSON]] said: “This was a strong quarter. Demand from AI and cloud "
        "customers is growing fast, and we are positioning [[Nokia|ORG]] to lead in the networks that AI "
        "needs.”\n\n"
        "Sales to AI and cloud customers made up [[6%|percent|6|%]] of group net sales, [[Nokia|ORG]] said. The "
        "acquisition of [[Infinera|ORG]], completed in [[February 2025|D|2025-02]], added "
        "[[about EUR 300 million|money|300000000|EUR]] to net sales in the period.\n\n"
        "Outlook: [[Nokia|ORG]] expects comparable operating profit of between "
        "[[EUR 1.7 billion|money|1700000000|EUR]] and [[EUR 2.2 billion|money|2200000000|EUR]] for "
        "[[2025|D|2025]].\n\n"
        "Chief Financial Officer [[Marco Wirén|PERSON]] told analysts that the company would set out its new "
        "strategy and financial targets at a capital markets day in [[New York|GPE|New York City]] on "
        "[[19 November|D|2025-11-19]].\n\n"
        "[[Nokia|ORG]] shares rose [[about 5%|percent|5|%]] in early trading in [[Helsinki|GPE]].\n\n"
        "Media enquiries: [[Nokia|ORG]] Communications, tel. +358 10 448 4900",
        [
            ("Nokia", "report", "net sales of EUR 4.83 billion for the third quarter of 2025, up 12% year-on-year "
             "in constant currency", False),
            ("Justin Hotard", "say", "This was a strong quarter. Demand from AI and cloud customers is growing "
             "fast, and we are positioning Nokia to lead in the networks that AI needs.", True),
            ("Nokia", "say", "Sales to AI and cloud customers made up 6% of group net sales", False),
            ("Nokia", "expect", "comparable operating profit of between EUR 1.7 billion and EUR 2.2 billion for "
             "2025", False),
            ("Marco Wirén", "tell", "the company would set out its new strategy and financial targets at a "
             "capital markets day in New York on 19 November", False),
        ],
    ),
    (
        "own48-ho-06", "paho-yellow-fever", "2025-05-13", "2025-05-13",
        "[[Pan American Health Organization|ORG]]\n"
        "EPIDEMIOLOGICAL UPDATE: YELLOW FEVER IN THE [[AMERICAS|LOC|Americas]]\n"
        "[[Washington, D.C.|GPE]], [[13 May 2025|D|2025-05-13]]\n\n"
        "So far in [[2025|D|2025]], [[five|count|5|country]] countries have confirmed "
        "[[235|count|235|case]] human cases of yellow fever, including [[96|count|96|death]] deaths:\n"
        "• [[Brazil|GPE]]: [[110|count|110|case]] cases, [[44|count|44|death]] deaths\n"
        "• [[Colombia|GPE]]: [[74|count|74|case]] cases, [[31|count|31|death]] deaths\n"
        "• [[Peru|GPE]]: [[37|count|37|case]] cases, [[15|count|15|death]] deaths\n"
        "• [[Bolivia|GPE]]: [[9|count|9|case]] cases, [[4|count|4|death]] deaths\n"
        "• [[Ecuador|GPE]]: [[5|count|5|case]] cases, [[2|count|2|death]] deaths\n\n"
        "The case fatality rate is [[41%|percent|41|%]]. [[Colombia|GPE]] declared a national health "
        "emergency on [[16 April|D|2025-04-16]] after cases spread in [[Tolima|GPE|Tolima Department]], "
        "[[about 150 km|quantity|150|km]] from [[Bogotá|GPE]].\n\n"
        "[[PAHO|ORG|Pan American Health Organization]] urges Member States to step up vaccination of people "
        "aged [[nine months|D|P9M]] to [[59 years|D|P59Y]] in at-risk areas. "
        "[[PAHO|ORG|Pan American Health Organization]] considers that the risk to human health in the region "
        "is high.\n\n"
        "[[PAHO|ORG|Pan American Health Organization]] Director [[Jarbas Barbosa|PERSON]] warned that the "
        "virus was moving closer to large cities, where the Aedes aegypti mosquito could spread it.\n\n"
        "From the press briefing:\n"
        "DR. [[BARBOSA|PERSON|Jarbas Barbosa]]: We have [[more than 2 million|count|2000000|dose]] doses "
        "available through the [[Revolving Fund|ORG|PAHO Revolving Fund]], and we are sending them where they "
        "are needed.\n\n"
        "[[Colombia|GPE]]'s Minister of Health, [[Guillermo Alfonso Jaramillo|PERSON]], said "
        "[[Colombia|GPE]] had vaccinated [[over 1.3 million|count|1300000|person]] people in "
        "[[Tolima|GPE|Tolima Department]] since [[January|D|2025-01]].",
        [
            ("Pan American Health Organization", "urge", "Member States to step up vaccination of people aged "
             "nine months to 59 years in at-risk areas", False),
            ("Pan American Health Organization", "consider", "the risk to human health in the region is high",
             False),
            ("Jarbas Barbosa", "warn", "the virus was moving closer to large cities, where the Aedes aegypti "
             "mosquito could spread it", False),
            ("Guillermo Alfonso Jaramillo", "say", "Colombia had vaccinated over 1.3 million people in Tolima "
             "since January", False),
        ],
    ),
    (
        "own48-ho-07", "guyana-budget", "2025-01-15", "2025-01-15",
        "From: [[Ministry of Finance|ORG|Ministry of Finance (Guyana)]], [[Georgetown|GPE]], [[Guyana|GPE]]\n"
        "Date: [[January 15, 2025|D|2025-01-15]]\n\n"
        "[[G$1.382 TRILLION|money|1382000000000|GYD]] BUDGET FOR [[2025|D|2025]] PRESENTED TO "
        "[[NATIONAL ASSEMBLY|ORG|National Assembly of Guyana]]\n\n"
        "Senior Minister with responsibility for finance, Dr [[Ashni Singh|PERSON]], [[today|D|2025-01-15]] "
        "presented [[Guyana|GPE]]'s budget for [[2025|D|2025]] to the "
        "[[National Assembly|ORG|National Assembly of Guyana]]. At [[G$1.382 trillion|money|1382000000000|GYD]] "
        "([[about US$6.6 billion|money|6600000000|USD]]), it is [[21%|percent|21|%]] larger than the budget for "
        "[[2024|D|2024]].\n\n"
        "Dr [[Singh|PERSON|Ashni Singh]] reported that real GDP grew by [[43.6%|percent|43.6|%]] in "
        "[[2024|D|2024]], the fastest rate in the world, and projected growth of [[10.3%|percent|10.3|%]] in "
        "[[2025|D|2025]] as oil output rises to [[about 940,000 barrels|quantity|940000|bbl]] a day after the "
        "[[fourth|ordinal|4]] production vessel starts operating.\n\n"
        "Key measures:\n"
        "• Old age pension raised to [[G$41,000|money|41000|GYD]] a month\n"
        "• [[G$207 billion|money|207000000000|GYD]] for roads and bridges\n"
        "• Withdrawal of [[US$1.9 billion|money|1900000000|USD]] from the [[Natural Resource Fund|ORG]]\n"
        "• Income tax threshold raised to [[G$130,000|money|130000|GYD]] a month\n\n"
        "“This budget is about turning our oil wealth into a better life for every [[Guyanese|NORP]],” Dr "
        "[[Singh|PERSON|Ashni Singh]] said.\n\n"
        "President [[Irfaan Ali|PERSON]] said the budget would put money in the pockets of every family.\n\n"
        "Leader of the Opposition [[Aubrey Norton|PERSON]] told reporters that the budget did too little for "
        "the poor and that the cost of living remained too high. [[Norton|PERSON|Aubrey Norton]] called for an "
        "increase in the minimum wage to [[G$100,000|money|100000|GYD]] a month.\n\n"
        "Debate on the budget will begin on [[January 20|D|2025-01-20]].",
        [
            ("Ashni Singh", "report", "real GDP grew by 43.6% in 2024, the fastest rate in the world", False),
            ("Ashni Singh", "project", "growth of 10.3% in 2025 as oil output rises to about 940,000 barrels a day "
             "after the fourth production vessel starts operating", False),
            ("Ashni Singh", "say", "This budget is about turning our oil wealth into a better life for every "
             "Guyanese", True),
            ("Irfaan Ali", "say", "the budget would put money in the pockets of every family", False),
            ("Aubrey Norton", "tell", "the budget did too little for the poor and that the cost of living "
             "remained too high", False),
            ("Aubrey Norton", "call for", "an increase in the minimum wage to G$100,000 a month", False),
        ],
    ),
]
