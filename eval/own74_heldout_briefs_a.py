"""Held-out set 74 (blind): marked texts of briefs 01-07 and their statements (see
``build_own74_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own74-ho-01", "bangladesh-bank-monetary-policy-statement", "2025-07-31", "2025-07-31",
        "[[BANGLADESH BANK|ORG|Bangladesh Bank]]\n"
        "Press release\n"
        "[[Dhaka|GPE]], [[31 July 2025|D|2025-07-31]]\n\n"
        "POLICY RATE KEPT AT [[10 PERCENT|percent|10|%]] FOR [[H1 FY26|D|2025-07/2025-12]]\n\n"
        "[[Bangladesh Bank|ORG]] ([[BB|ORG|Bangladesh Bank]]) [[today|D|2025-07-31]] kept its policy repo rate "
        "unchanged at [[10 percent|percent|10|%]] in its Monetary Policy Statement (MPS) for "
        "[[July-December 2025|D|2025-07/2025-12]]. The rate has not changed since [[October 2024|D|2024-10]], after "
        "[[three|count|3|rise]] rises totalling [[150 basis points|percent|1.5|pp]].\n\n"
        "Policy decisions\n"
        "Policy (repo) rate: [[10.0 percent|percent|10|%]], unchanged\n"
        "Standing Lending Facility rate: [[11.5 percent|percent|11.5|%]]\n"
        "Standing Deposit Facility rate: [[8.0 percent|percent|8|%]]\n"
        "Private sector credit growth target, [[December 2025|D|2025-12]]: [[7.2 percent|percent|7.2|%]], down from "
        "[[9.8 percent|percent|9.8|%]]\n\n"
        "Headline inflation eased to [[8.48 percent|percent|8.48|%]] in [[June|D|2025-06]] from a peak of "
        "[[11.66 percent|percent|11.66|%]] in [[July 2024|D|2024-07]]. Governor [[Ahsan H. Mansur|PERSON]] told a "
        "press conference that the repo rate could be cut if inflation came down "
        "faster than expected. “We will not loosen too early, because a [[second|ordinal|2]] wave of inflation would "
        "cost far more than a few months of tight money,” he said.\n\n"
        "The [[BB|ORG|Bangladesh Bank]] expects inflation to fall to [[6.5 percent|percent|6.5|%]] by "
        "[[June 2026|D|2026-06]] and GDP to grow by [[about 5.5 percent|percent|5.5|%]] in "
        "[[FY26|D|2025-07/2026-06]]. It warned that [[US|GPE|United States]] tariffs on garments could slow export "
        "growth.\n\n"
        "Gross foreign exchange reserves stood at [[US$31.7 billion|money|31700000000|USD]] on "
        "[[30 June|D|2025-06-30]], after the [[International Monetary Fund|ORG]] ([[IMF|ORG|International Monetary "
        "Fund]]) released [[US$1.3 billion|money|1300000000|USD]]. Remittances reached a record "
        "[[US$30.3 billion|money|30300000000|USD]] in [[FY25|D|2024-07/2025-06]], and the taka has held at "
        "[[about Tk 122|money|122|BDT]] to the dollar since a more flexible exchange rate was introduced in "
        "[[May|D|2025-05]].\n\n"
        "Finance Adviser [[Salehuddin Ahmed|PERSON]] said the government would keep bank borrowing within "
        "[[Tk 1,04,000 crore|money|1040000000000|BDT]] in [[FY26|D|2025-07/2026-06]].",
        [
            ("Ahsan H. Mansur", "tell", "the repo rate could be cut if inflation came down faster than expected",
             False),
            ("Ahsan H. Mansur", "say", "We will not loosen too early, because a second wave of inflation would cost "
             "far more than a few months of tight money", True),
            ("Bangladesh Bank", "expect", "inflation to fall to 6.5 percent by June 2026 and GDP to grow by about 5.5 "
             "percent in FY26", False),
            ("Bangladesh Bank", "warn", "US tariffs on garments could slow export growth", False),
            ("Salehuddin Ahmed", "say", "the government would keep bank borrowing within Tk 1,04,000 crore in FY26", False),
        ],
    ),
    (
        "own74-ho-02", "statistics-norway-births-2024", "2025-03-11", "2025-03-11",
        "From: [[Statistics Norway|ORG]]\n"
        "Published: [[11 March 2025|D|2025-03-11]]\n\n"
        "Births, [[2024|D|2024]]\n"
        "FERTILITY RISES FOR THE [[FIRST|ordinal|1]] TIME SINCE [[2021|D|2021]]\n\n"
        "A total of [[54,013|count|54013|child]] children were born in [[Norway|GPE]] in [[2024|D|2024]], "
        "[[about 1,500|count|1500|child]] more than in [[2023|D|2023]], and the total fertility rate rose to "
        "[[1.44|number|1.44]] from [[1.40|number|1.4]], [[Statistics Norway|ORG]] ([[SSB|ORG|Statistics Norway]]) "
        "reported [[today|D|2025-03-11]]. The rate had fallen [[from 2009 to 2020|D|2009/2020]] and again after a "
        "brief rebound in [[2021|D|2021]].\n\n"
        "Total fertility rate by county\n"
        "County          [[2023|D|2023]]    [[2024|D|2024]]\n"
        "[[Rogaland|GPE]]        [[1.58|number|1.58]]    [[1.62|number|1.62]]\n"
        "[[Agder|GPE]]           [[1.52|number|1.52]]    [[1.55|number|1.55]]\n"
        "[[Finnmark|GPE]]        [[1.49|number|1.49]]    [[1.47|number|1.47]]\n"
        "[[Oslo|GPE]]            [[1.22|number|1.22]]    [[1.27|number|1.27]]\n"
        "All counties    [[1.40|number|1.4]]    [[1.44|number|1.44]]\n\n"
        "Fertility rose in [[13|count|13|county]] of the [[15|count|15|county]] counties. It was highest in "
        "[[Rogaland|GPE]] and lowest in [[Oslo|GPE]], where the number of births fell for the "
        "[[fourth|ordinal|4]] year in a row. Mothers born abroad accounted for [[29 percent|percent|29|%]] of all "
        "births, [[1.2 percentage points|percent|1.2|pp]] more than in [[2023|D|2023]].\n\n"
        "Minister of Children and Families [[Lene Vågslid|PERSON]] said the rise was welcome but too small to "
        "reverse the trend, and pledged to cut the maximum kindergarten fee to [[NOK 1,500|money|1500|NOK]] a month "
        "from [[August|D|2025-08]]. “Young people tell us that housing and job security matter more than cash "
        "benefits,” she told the newspaper [[Aftenposten|ORG]].\n\n"
        "A government committee on the falling birth rate will present its report in "
        "[[the spring of 2026|D|2026-03/2026-05]].\n\n"
        "About the statistics\n"
        "The total fertility rate is the average number of children a woman would have in her lifetime if current "
        "birth rates held.",
        [
            ("Statistics Norway", "report", "A total of 54,013 children were born in Norway in 2024, about 1,500 more "
             "than in 2023, and the total fertility rate rose to 1.44 from 1.40", False),
            ("Lene Vågslid", "say", "the rise was welcome but too small to reverse the trend", False),
            ("Lene Vågslid", "pledge", "cut the maximum kindergarten fee to NOK 1,500 a month from August", False),
            ("Lene Vågslid", "tell", "Young people tell us that housing and job security matter more than cash "
             "benefits", True),
        ],
    ),
    (
        "own74-ho-03", "codelco-annual-results-2024", "2025-03-28", "2025-03-28",
        "[[Codelco|ORG]]\n"
        "Press release\n"
        "[[SANTIAGO|GPE|Santiago]], [[Chile|GPE]], [[March 28, 2025|D|2025-03-28]]\n\n"
        "[[CODELCO|ORG|Codelco]] RAISES EBITDA [[30%|percent|30|%]] AS COPPER OUTPUT RECOVERS\n\n"
        "- EBITDA of [[US$5,439 million|money|5439000000|USD]], up [[30%|percent|30|%]]\n"
        "- Contributions to the [[Chilean|NORP]] state of [[US$1,534 million|money|1534000000|USD]] "
        "([[about CLP 1.45 trillion|money|1450000000000|CLP]]), up [[8%|percent|8|%]]\n"
        "- Own copper production of [[1,328,425 tonnes|quantity|1328425|t]], up [[3,871 tonnes|quantity|3871|t]]\n"
        "- Direct cash cost (C1) of [[199.1 cents|money|1.991|USD]] a pound, down [[2%|percent|2|%]]\n\n"
        "[[Codelco|ORG]], [[Chile|GPE]]’s state copper company, said [[today|D|2025-03-28]] that it had produced "
        "[[1,441,886 tonnes|quantity|1441886|t]] of copper in [[2024|D|2024]] including its [[49%|percent|49|%]] "
        "stake in the [[El Abra|FAC|El Abra mine]] mine and [[20%|percent|20|%]] of [[Anglo American Sur|ORG]], "
        "halting a decline that began in [[2021|D|2021]]. Most of the gain came in "
        "[[the second half of 2024|D|2024-07/2024-12]], as [[El Teniente|FAC]] recovered from a rock burst and "
        "[[Chuquicamata|FAC]] processed [[more than 169,000 tonnes|quantity|169000|t]] of ore a day.\n\n"
        "“We have left the production valley behind us, and the growth that began in [[August|D|2024-08]] has held "
        "every month since,” said [[Rubén Alvarado|PERSON]], President and CEO of [[Codelco|ORG]].\n\n"
        "Chairman [[Máximo Pacheco|PERSON|Máximo Pacheco Matte]] told the annual shareholders’ meeting, attended by "
        "Finance Minister [[Mario Marcel|PERSON]] and Mining Minister [[Aurora Williams|PERSON]], that "
        "[[Codelco|ORG]] would return to [[1.7 million tonnes|quantity|1700000|t]] of fine copper a year by "
        "[[2030|D|2030]]. [[Pacheco|PERSON|Máximo Pacheco Matte]] said [[Codelco|ORG]] had paid the state "
        "[[almost US$160 billion|money|160000000000|USD]] since it was founded.\n\n"
        "Outlook\n"
        "[[Codelco|ORG]] expects own production of [[1.34|quantity|1340000|t]] to "
        "[[1.37 million tonnes|quantity|1370000|t]] in [[2025|D|2025]], and plans to invest "
        "[[about US$4.5 billion|money|4500000000|USD]] [[this year|D|2025]].\n\n"
        "About [[Codelco|ORG]]\n"
        "[[Corporación Nacional del Cobre de Chile|ORG|Codelco]] was created in [[1976|D|1976]] and is wholly owned "
        "by the [[Chilean|NORP]] state. It runs [[seven|count|7|division]] mining divisions.",
        [
            ("Codelco", "say", "it had produced 1,441,886 tonnes of copper in 2024 including its 49% stake in the El "
             "Abra mine and 20% of Anglo American Sur, halting a decline that began in 2021", False),
            ("Rubén Alvarado", "say", "We have left the production valley behind us, and the growth that began in "
             "August has held every month since", True),
            ("Máximo Pacheco Matte", "tell", "Codelco would return to 1.7 million tonnes of fine copper a year by "
             "2030", False),
            ("Máximo Pacheco Matte", "say", "Codelco had paid the state almost US$160 billion since it was founded",
             False),
            ("Codelco", "expect", "own production of 1.34 to 1.37 million tonnes in 2025", False),
            ("Codelco", "plan", "invest about US$4.5 billion this year", False),
        ],
    ),
    (
        "own74-ho-04", "imd-monsoon-onset-kerala", "2025-05-24", "2025-05-24",
        "Government of [[India|GPE]]\n"
        "[[Ministry of Earth Sciences|ORG]]\n"
        "[[India Meteorological Department|ORG]]\n"
        "Press Release\n"
        "[[New Delhi|GPE]], [[Saturday, 24 May 2025|D|2025-05-24]]\n\n"
        "SOUTHWEST MONSOON SETS IN OVER [[KERALA|GPE|Kerala]], [[EIGHT DAYS|D|P8D]] AHEAD OF NORMAL\n\n"
        "The southwest monsoon has set in over [[Kerala|GPE]] [[today|D|2025-05-24]], against the normal date of "
        "[[1 June|D|2025-06-01]]. This is the earliest onset over [[Kerala|GPE]] since "
        "[[23 May 2009|D|2009-05-23]]. [[Last year|D|2024]] the monsoon set in on [[30 May|D|2024-05-30]].\n\n"
        "The onset was declared after:\n"
        "• rainfall of [[at least 2.5 mm|quantity|2.5|mm]] at [[14|count|14|station]] listed stations in "
        "[[Kerala|GPE]] and [[Karnataka|GPE]] for [[two consecutive days|D|P2D]]\n"
        "• strong westerly winds over the southeast [[Arabian Sea|LOC]]\n"
        "\n"
        "Conditions are favourable for the monsoon to advance into parts of [[Karnataka|GPE]], "
        "[[Tamil Nadu|GPE]], [[Goa|GPE]] and the northeastern states by [[Tuesday|D|2025-05-27]]. A red alert for rainfall of [[over 20 cm|quantity|20|cm]] a day is in force "
        "for [[Kerala|GPE]] and coastal [[Karnataka|GPE]] until [[Monday|D|2025-05-26]].\n\n"
        "In its forecast of [[15 April|D|2025-04-15]], the [[IMD|ORG|India Meteorological Department]] predicted "
        "that rainfall over the country in the [[June-September|D|2025-06/2025-09]] season would be "
        "[[105 percent|percent|105|%]] of the long period average of [[87 cm|quantity|87|cm]], with a model error of "
        "[[5 percent|percent|5|%]] either way. An updated forecast will be issued on [[Tuesday|D|2025-05-27]].\n\n"
        "“An early onset does not by itself mean a wetter season, but the signs for [[June|D|2025-06]] are good,” "
        "said Director General of Meteorology [[Mrutyunjay Mohapatra|PERSON]]. [[Naresh Kumar|PERSON]], a senior "
        "scientist at the [[IMD|ORG|India Meteorological Department]], told reporters that the monsoon could reach "
        "[[Mumbai|GPE]] [[next week|D|2025-W22]]. [[Kerala|GPE]] Chief Minister [[Pinarayi Vijayan|PERSON]] urged "
        "people in low-lying areas to move to relief camps.\n\n"
        "[[Mrutyunjay Mohapatra|PERSON]]\n"
        "Director General of Meteorology",
        [
            ("India Meteorological Department", "predict", "rainfall over the country in the June-September season "
             "would be 105 percent of the long period average of 87 cm, with a model error of 5 percent either way",
             False),
            ("Mrutyunjay Mohapatra", "say", "An early onset does not by itself mean a wetter season, but the signs for "
             "June are good", True),
            ("Naresh Kumar", "tell", "the monsoon could reach Mumbai next week", False),
            ("Pinarayi Vijayan", "urge", "people in low-lying areas to move to relief camps", False),
        ],
    ),
    (
        "own74-ho-05", "tanzania-red-cross-hanang-mudslides-update", "2023-12-06", "2023-12-06",
        "[[TANZANIA RED CROSS SOCIETY|ORG|Tanzania Red Cross Society]]\n"
        "Humanitarian Update No. 2: [[Hanang|GPE|Hanang District]] mudslides\n"
        "[[Dar es Salaam|GPE]], [[Wednesday, 6 December 2023|D|2023-12-06]]\n\n"
        "Summary\n"
        "Heavy rain overnight on [[Saturday|D|2023-12-02]] set off mudslides and rockfall from "
        "[[Mount Hanang|LOC]] that swept through [[Katesh|GPE]] town and [[Gendabi|GPE]] village in "
        "[[Hanang District|GPE]], [[Manyara Region|GPE]], early on [[Sunday, 3 December|D|2023-12-03]]. Homes, shops "
        "and the town’s bus station were buried under mud and boulders.\n\n"
        "Key figures (as of [[5 December|D|2023-12-05]])\n"
        "-- Deaths: [[65|count|65|death]]\n"
        "-- Injured: [[117|count|117|person]]\n"
        "-- Households that lost their homes: [[1,150|count|1150|household]]\n"
        "-- People displaced: [[about 5,600|count|5600|person]]\n"
        "-- [[Red Cross|ORG|Tanzania Red Cross Society]] volunteers deployed: [[120|count|120|volunteer]]\n\n"
        "Response\n"
        "[[TRCS|ORG|Tanzania Red Cross Society]] volunteers are helping search teams from the "
        "[[Tanzania People’s Defence Force|ORG|Tanzania People's Defence Force]] and giving first aid, and have "
        "distributed [[500|count|500|tarpaulin]] tarpaulins, [[1,200|count|1200|blanket]] blankets and "
        "[[300|count|300|jerrycan]] jerrycans. Water trucks deliver [[20,000 litres|quantity|20000|l]] a day to "
        "[[three|count|3|camp]] camps in [[Katesh|GPE]].\n\n"
        "Prime Minister [[Kassim Majaliwa|PERSON]] told mourners in [[Katesh|GPE]] on [[Tuesday|D|2023-12-05]] that "
        "the government would rebuild homes for every family that had lost one. President "
        "[[Samia Suluhu Hassan|PERSON]] cut short her visit to the [[COP28|EVENT|2023 United Nations Climate Change "
        "Conference]] climate talks in [[Dubai|GPE]] and ordered the army to lead the search. “[[Gendabi|GPE]] has been "
        "wiped out; there are neither houses nor trees left,” said [[Manyara|GPE|Manyara Region]] Regional "
        "Commissioner [[Queen Sendiga|PERSON]].\n\n"
        "The [[TRCS|ORG|Tanzania Red Cross Society]] has appealed for [[TSh 2.5 billion|money|2500000000|TZS]] "
        "([[about CHF 880,000|money|880000|CHF]]) to support [[1,500|count|1500|household]] households for "
        "[[three months|D|P3M]], and the [[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "([[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]]) has released "
        "[[CHF 400,000|money|400000|CHF]] from its [[Disaster Response Emergency Fund|ORG]]. The "
        "[[Tanzania Meteorological Authority|ORG]] ([[TMA|ORG|Tanzania Meteorological Authority]]) warned that more "
        "heavy rain was likely in northern [[Tanzania|GPE]] until [[January|D|2024-01]].",
        [
            ("Kassim Majaliwa", "tell", "the government would rebuild homes for every family that had lost one", False),
            ("Samia Suluhu Hassan", "order", "the army to lead the search", False),
            ("Queen Sendiga", "say", "Gendabi has been wiped out; there are neither houses nor trees left", True),
            ("Tanzania Red Cross Society", "appeal for", "TSh 2.5 billion (about CHF 880,000) to support 1,500 "
             "households for three months", False),
            ("Tanzania Meteorological Authority", "warn", "more heavy rain was likely in northern Tanzania until "
             "January", False),
        ],
    ),
    (
        "own74-ho-06", "arab-league-cairo-summit-gaza-plan", "2025-03-04", "2025-03-04",
        "From: [[League of Arab States|ORG|Arab League]]\n"
        "Published: [[4 March 2025|D|2025-03-04]]\n"
        "[[Cairo|GPE]]\n\n"
        "[[ARAB|NORP|Arab]] SUMMIT ADOPTS [[EGYPT|GPE|Egypt]]’S [[US$53 BILLION|money|53000000000|USD]] PLAN TO "
        "REBUILD [[GAZA|GPE|Gaza Strip]]\n\n"
        "[[Arab|NORP]] leaders meeting at an extraordinary summit in [[Cairo|GPE]] [[today|D|2025-03-04]] adopted "
        "[[Egypt|GPE]]’s plan to rebuild [[Gaza|GPE|Gaza Strip]] over [[five years|D|P5Y]] at a cost of "
        "[[US$53 billion|money|53000000000|USD]], without moving its [[2.1 million|count|2100000|person]] people. "
        "The plan is an alternative to a proposal by [[United States|GPE]] President [[Donald Trump|PERSON]] to move "
        "[[Palestinians|NORP|Palestinian]] out of the territory.\n\n"
        "The plan in [[three|count|3|phase]] phases\n"
        "• Early recovery, [[six months|D|P6M]]: [[US$3 billion|money|3000000000|USD]] to clear rubble and put up "
        "temporary homes\n"
        "• Phase one, [[two years|D|P2Y]]: [[US$20 billion|money|20000000000|USD]] for "
        "[[200,000|count|200000|home]] homes and basic services\n"
        "• Phase two, [[30 months|D|P30M]]: [[US$30 billion|money|30000000000|USD]] for housing, a port and an "
        "airport\n\n"
        "President [[Abdel Fattah el-Sisi|PERSON]] told the summit that [[Egypt|GPE]] had worked with the "
        "[[Palestinian|NORP]] side to form a committee of independent technocrats to run [[Gaza|GPE|Gaza Strip]] "
        "for [[six months|D|P6M]], and that [[Cairo|GPE]] would host a reconstruction conference "
        "[[next month|D|2025-04]].\n\n"
        "“[[Gaza|GPE|Gaza Strip]] belongs to its people, and its reconstruction must begin with them, on their land,” said "
        "[[Arab League|ORG]] Secretary-General [[Ahmed Aboul Gheit|PERSON]].\n\n"
        "[[United Nations|ORG]] Secretary-General [[António Guterres|PERSON]] said the [[UN|ORG|United Nations]] "
        "was ready to cooperate fully, and [[Saudi|NORP]] Foreign Minister Prince "
        "[[Faisal bin Farhan|PERSON|Faisal bin Farhan Al Saud]] urged donors to give generously. [[Israel|GPE]]’s "
        "[[Ministry of Foreign Affairs|ORG|Ministry of Foreign Affairs (Israel)]] said the plan failed to address "
        "the realities of the situation, while [[Hamas|ORG]] welcomed it. The [[UAE|GPE|United Arab Emirates]] and "
        "[[Qatar|GPE]] are expected to be among the largest donors.\n\n"
        "Key facts\n"
        "- Members of the [[Arab League|ORG]]: [[22|count|22|member]]\n"
        "- Rubble to be cleared: [[more than 50 million tonnes|quantity|50000000|t]]",
        [
            ("Abdel Fattah el-Sisi", "tell", "Egypt had worked with the Palestinian side to form a committee of "
             "independent technocrats to run Gaza for six months, and that Cairo would host a reconstruction "
             "conference next month", False),
            ("Ahmed Aboul Gheit", "say", "Gaza belongs to its people, and its reconstruction must begin with them, on "
             "their land", True),
            ("António Guterres", "say", "the UN was ready to cooperate fully", False),
            ("Faisal bin Farhan Al Saud", "urge", "donors to give generously", False),
            ("Ministry of Foreign Affairs (Israel)", "say", "the plan failed to address the realities of the "
             "situation", False),
        ],
    ),
    (
        "own74-ho-07", "ofcom-4chan-online-safety-act-fine", "2025-10-13", "2025-10-13",
        "[[Ofcom|ORG]]\n"
        "News release\n"
        "Published: [[Monday 13 October 2025|D|2025-10-13]]\n\n"
        "[[4chan|ORG]] fined [[£20,000|money|20000|GBP]] for failing to respond to information requests\n\n"
        "[[Ofcom|ORG]] has [[today|D|2025-10-13]] fined [[4chan Community Support LLC|ORG]], the provider of the "
        "online message board [[4chan|ORG]], [[£20,000|money|20000|GBP]] for failing to comply with "
        "[[two|count|2|request]] legally binding requests for information under the "
        "[[Online Safety Act 2023|LAW]]. The provider did not send a copy of its illegal content risk assessment, "
        "requested on [[14 April|D|2025-04-14]], or details of its qualifying worldwide revenue. "
        "[[Ofcom|ORG]] opened an investigation on [[10 June|D|2025-06-10]].\n\n"
        "Key details\n"
        "Provider: [[4chan Community Support LLC|ORG]]\n"
        "Penalty: [[£20,000|money|20000|GBP]]\n"
        "Daily penalty: [[£100|money|100|GBP]] from [[tomorrow|D|2025-10-14]], for [[up to 60 days|D|P60D]] "
        "([[at most £6,000|money|6000|GBP]])\n"
        "Deadline for payment: [[13 November 2025|D|2025-11-13]]\n\n"
        "“A service that ignores our requests cannot expect to escape the law simply because it is based overseas,” "
        "said [[Suzanne Cater|PERSON]], Director of Enforcement at [[Ofcom|ORG]]. She warned that [[Ofcom|ORG]] "
        "could ask the courts to order internet providers to block the site in the [[UK|GPE|United Kingdom]] if the "
        "information was not provided.\n\n"
        "Technology Secretary [[Liz Kendall|PERSON]] said the fine sent a clear warning to platforms that failed to "
        "protect children. [[4chan|ORG]] has argued, in a lawsuit filed with [[Kiwi Farms|ORG]] in a federal court "
        "in [[Washington|GPE|Washington, D.C.]] in [[August|D|2025-08]], that the [[Act|LAW|Online Safety Act 2023]] "
        "breaches the [[First Amendment|LAW|First Amendment to the United States Constitution]].\n\n"
        "Notes to editors\n"
        "1. Fines under the [[Act|LAW|Online Safety Act 2023]] can reach [[£18 million|money|18000000|GBP]] or "
        "[[10%|percent|10|%]] of qualifying worldwide revenue, whichever is greater.\n"
        "2. The illegal content duties came into force on [[17 March 2025|D|2025-03-17]].\n"
        "3. [[Ofcom|ORG]] also issued provisional decisions against the file-sharing service [[Im.ge|ORG]] and "
        "[[AVS Group Ltd|ORG]].",
        [
            ("Suzanne Cater", "say", "A service that ignores our requests cannot expect to escape the law simply because "
             "it is based overseas", True),
            ("Suzanne Cater", "warn", "Ofcom could ask the courts to order internet providers to block the site in the "
             "UK if the information was not provided", False),
            ("Liz Kendall", "say", "the fine sent a clear warning to platforms that failed to protect children", False),
            ("4chan", "argue", "the Act breaches the First Amendment", False),
        ],
    ),
]
