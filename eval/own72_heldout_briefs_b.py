"""Held-out set 72 (blind): marked texts of briefs 08-14 and their statements (see
``build_own72_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own72-ho-08", "epm-hidroituango-units-3-and-4", "2023-10-27", "2023-10-27",
        "[[EPM|ORG|Empresas Públicas de Medellín]]\n"
        "News release\n"
        "[[MEDELLÍN|GPE|Medellín]], [[Colombia|GPE]], [[October 27, 2023|D|2023-10-27]]\n\n"
        "UNITS 3 AND 4 OF [[HIDROITUANGO|FAC|Ituango Dam]] SYNCHRONISED: PLANT REACHES "
        "[[1,200 MEGAWATTS|quantity|1200|MW]]\n\n"
        "[[Empresas Públicas de Medellín|ORG]] ([[EPM|ORG|Empresas Públicas de Medellín]]) "
        "[[today|D|2023-10-27]] synchronised generating units 3 and 4 of the [[Ituango|FAC|Ituango Dam]] "
        "hydroelectric plant with the national grid, [[more than a month|D|P1M]] before the "
        "[[November 30|D|2023-11-30]] deadline set by the energy regulator. Each unit can produce "
        "[[300 megawatts|quantity|300|MW]], which doubles the plant’s capacity to [[1,200 MW|quantity|1200|MW]], "
        "half of the [[2,400 MW|quantity|2400|MW]] planned. Once the market operator approves the test reports, "
        "[[Hidroituango|FAC|Ituango Dam]] will be able to meet [[about 15%|percent|15|%]] of "
        "[[Colombia|GPE]]’s electricity demand.\n\n"
        "“[[Hidroituango|FAC|Ituango Dam]] brings firm, renewable energy to the grid just as the dry season "
        "approaches,” said Minister of Mines and Energy [[Andrés Camacho|PERSON]], who attended the ceremony at "
        "the plant. [[EPM|ORG|Empresas Públicas de Medellín]] General Manager [[Jorge Andrés Carrillo|PERSON]] "
        "said the remaining [[four|count|4|unit]] units would enter service by [[2027|D|2027]], and pledged to "
        "complete repairs to the powerhouse damaged in [[2018|D|2018]].\n\n"
        "Project facts\n"
        "Location: [[Cauca River|LOC]], [[Antioquia|GPE|Antioquia Department]], "
        "[[about 170 km|quantity|170|km]] north of [[Medellín|GPE]]\n"
        "Dam height: [[225 metres|quantity|225|m]]\n"
        "Reservoir: [[2,720 million cubic metres|quantity|2720000000|m3]]\n"
        "Generating units: [[eight|count|8|unit]] of [[300 MW|quantity|300|MW]]\n"
        "Annual generation at full capacity: [[13,930 gigawatt-hours|quantity|13930|GWh]]\n"
        "Investment: [[COP 18.3 trillion|money|18300000000000|COP]] "
        "([[about US$4.4 billion|money|4400000000|USD]])\n\n"
        "Notes to editors\n"
        "1. [[EPM|ORG|Empresas Públicas de Medellín]] is wholly owned by the city of [[Medellín|GPE]].\n"
        "2. In [[April-May 2018|D|2018-04/2018-05]] a blocked diversion tunnel forced the evacuation of "
        "[[more than 25,000|count|25000|person]] people downstream. The plant’s [[first|ordinal|1]] "
        "[[two|count|2|unit]] units began commercial operation on [[30 November 2022|D|2022-11-30]].",
        [
            ("Andrés Camacho", "say", "Hidroituango brings firm, renewable energy to the grid just as the dry "
             "season approaches", True),
            ("Jorge Andrés Carrillo", "say", "the remaining four units would enter service by 2027", False),
            ("Jorge Andrés Carrillo", "pledge", "complete repairs to the powerhouse damaged in 2018", False),
        ],
    ),
    (
        "own72-ho-09", "wikinews-swiss-motorway-referendum", "2024-11-25", "2024-11-25",
        "[[Swiss|NORP]] voters reject motorway expansion\n"
        "[[Monday, November 25, 2024|D|2024-11-25]]\n\n"
        "Voters in [[Switzerland|GPE]] rejected a [[CHF 4.9 billion|money|4900000000|CHF]] plan to widen "
        "[[six|count|6|section]] sections of the national motorway network in a referendum on "
        "[[Sunday|D|2024-11-24]], with [[52.7%|percent|52.7|%]] voting no. The plan was rejected in "
        "[[15|count|15|canton]] cantons, among them [[Geneva|GPE|Canton of Geneva]] "
        "([[57.1%|percent|57.1|%]] no) and [[Vaud|GPE]] ([[58.6%|percent|58.6|%]]), but [[Swiss|NORP]] voters "
        "living abroad backed it with [[more than 57%|percent|57|%]].\n\n"
        "The projects included widening the [[A1|FAC|A1 motorway (Switzerland)]] near [[Bern|GPE]] to "
        "[[eight|count|8|lane]] lanes and near [[Geneva|GPE]] to [[six|count|6|lane]], and new tunnels in "
        "[[Basel|GPE]], [[St. Gallen|GPE]] and [[Schaffhausen|GPE]]. The "
        "[[Federal Council|ORG|Federal Council (Switzerland)]] had argued that congestion on the network was "
        "getting worse every year.\n\n"
        "Transport minister [[Albert Rösti|PERSON]] told reporters in [[Bern|GPE]] that the government accepted "
        "the decision but that traffic jams would not go away. “We will have to look at each project again,” "
        "[[Rösti|PERSON|Albert Rösti]] said.\n\n"
        "[[Mattea Meyer|PERSON]], co-president of the "
        "[[Social Democratic Party|ORG|Social Democratic Party of Switzerland]], said the result sent “a clear "
        "signal for climate protection” to the government. Environmental groups and the "
        "[[Greens|ORG|Green Party of Switzerland]] had campaigned against the plan.\n\n"
        "Voters also rejected [[two|count|2|change]] changes to tenancy law, by [[53.8%|percent|53.8|%]] and "
        "[[51.6%|percent|51.6|%]], and approved a reform of health-care funding with [[53.3%|percent|53.3|%]]. "
        "Turnout was [[about 45%|percent|45|%]].\n\n"
        "The next national votes are on [[9 February 2025|D|2025-02-09]].",
        [
            ("Federal Council (Switzerland)", "argue", "congestion on the network was getting worse every year",
             False),
            ("Albert Rösti", "tell", "the government accepted the decision but that traffic jams would not go away",
             False),
            ("Albert Rösti", "say", "We will have to look at each project again", True),
            ("Mattea Meyer", "say", "the result sent “a clear signal for climate protection” to the government",
             False),
        ],
    ),
    (
        "own72-ho-10", "wikinews-te-pati-maori-mps-suspended", "2025-06-06", "2025-06-06",
        "[[New Zealand Parliament|ORG]] suspends [[three|count|3|member]] [[Te Pāti Māori|ORG]] members over haka\n"
        "[[Friday, June 6, 2025|D|2025-06-06]]\n\n"
        "[[New Zealand|GPE]]’s [[House of Representatives|ORG|New Zealand House of Representatives]] voted on "
        "[[Thursday|D|2025-06-05]] to suspend [[three|count|3|member]] members of [[Te Pāti Māori|ORG]] for a "
        "haka they performed during the [[first|ordinal|1]] reading of the [[Treaty Principles Bill|LAW]] on "
        "[[14 November 2024|D|2024-11-14]]. Co-leaders [[Rawiri Waititi|PERSON]] and "
        "[[Debbie Ngarewa-Packer|PERSON]] were suspended for [[21 days|D|P21D]] and "
        "[[Hana-Rawhiti Maipi-Clarke|PERSON]] for [[seven days|D|P7D]], the longest suspensions since the "
        "[[House|ORG|New Zealand House of Representatives]] first sat in [[1854|D|1854]]. They will not be paid "
        "while suspended.\n\n"
        "The motion passed by [[68|number|68]] to [[55|number|55]], with the governing "
        "[[National|ORG|New Zealand National Party]], [[ACT|ORG|ACT New Zealand]] and "
        "[[New Zealand First|ORG]] parties in favour and [[Labour|ORG|New Zealand Labour Party]], the "
        "[[Greens|ORG|Green Party of Aotearoa New Zealand]] and [[Te Pāti Māori|ORG]] against.\n\n"
        "[[Judith Collins|PERSON]], who chaired the inquiry, said the case was about the rules of the "
        "[[House|ORG|New Zealand House of Representatives]], not about culture. Speaker "
        "[[Gerry Brownlee|PERSON]] had said in [[May|D|2025-05]] that the penalties were very severe and "
        "unprecedented.\n\n"
        "“You can suspend us, but you cannot silence us,” [[Waititi|PERSON|Rawiri Waititi]] told supporters "
        "outside [[Parliament House|FAC|Parliament House, Wellington]] in [[Wellington|GPE]]. Opposition leader "
        "[[Chris Hipkins|PERSON]] said [[Labour|ORG|New Zealand Labour Party]] had proposed a censure instead, "
        "and warned that the penalties would deepen division. Prime Minister [[Christopher Luxon|PERSON]] said "
        "the MPs had broken the rules and had to face the consequences.",
        [
            ("Judith Collins", "say", "the case was about the rules of the House, not about culture", False),
            ("Gerry Brownlee", "say", "the penalties were very severe and unprecedented", False),
            ("Rawiri Waititi", "tell", "You can suspend us, but you cannot silence us", True),
            ("Chris Hipkins", "say", "Labour had proposed a censure instead", False),
            ("Chris Hipkins", "warn", "the penalties would deepen division", False),
            ("Christopher Luxon", "say", "the MPs had broken the rules and had to face the consequences", False),
        ],
    ),
    (
        "own72-ho-11", "wikinews-bainimarama-jailed", "2024-05-10", "2024-05-10",
        "Former [[Fiji|GPE]] prime minister [[Bainimarama|PERSON|Frank Bainimarama]] jailed for "
        "[[one year|D|P1Y]]\n"
        "[[Friday, May 10, 2024|D|2024-05-10]]\n\n"
        "[[Frank Bainimarama|PERSON]], who led [[Fiji|GPE]] from a coup in [[2006|D|2006]] until "
        "[[December 2022|D|2022-12]], was sentenced to [[one year|D|P1Y]] in prison by the "
        "[[High Court|ORG|High Court of Fiji]] in [[Suva|GPE]] [[yesterday|D|2024-05-09]] for attempting to "
        "pervert the course of justice. Suspended police commissioner [[Sitiveni Qiliho|PERSON]] was jailed for "
        "[[two years|D|P2Y]] for abuse of office. Both men left the court in handcuffs.\n\n"
        "The case concerned [[Bainimarama|PERSON|Frank Bainimarama]]’s order in [[July 2020|D|2020-07]] to stop a "
        "police inquiry into complaints by the [[University of the South Pacific|ORG]] "
        "([[USP|ORG|University of the South Pacific]]) about financial mismanagement. A magistrate acquitted the "
        "[[two|count|2|man]] men in [[October 2023|D|2023-10]]; the [[High Court|ORG|High Court of Fiji]] "
        "convicted them in [[March|D|2024-03]], but on [[28 March|D|2024-03-28]] the magistrate discharged them, "
        "fining [[Qiliho|PERSON|Sitiveni Qiliho]] [[$1,500|money|1500|FJD]]. The prosecution appealed.\n\n"
        "Acting Chief Justice [[Salesi Temo|PERSON]] said the magistrate had acted on a wrong principle and that "
        "[[Bainimarama|PERSON|Frank Bainimarama]] had breached the trust of his office. He ordered the "
        "[[Fiji Corrections Service|ORG]] to plan for the former leader’s medical needs, including his "
        "pacemaker.\n\n"
        "Prime Minister [[Sitiveni Rabuka|PERSON]] told reporters the ruling showed that “no one is above the "
        "law” in [[Fiji|GPE]]. [[FijiFirst|ORG]], the party [[Bainimarama|PERSON|Frank Bainimarama]] founded in "
        "[[2014|D|2014]], said it would support an appeal.",
        [
            ("Salesi Temo", "say", "the magistrate had acted on a wrong principle and that Bainimarama had breached "
             "the trust of his office", False),
            ("Salesi Temo", "order", "the Fiji Corrections Service to plan for the former leader’s medical needs, "
             "including his pacemaker", False),
            ("Sitiveni Rabuka", "tell", "the ruling showed that “no one is above the law” in Fiji", False),
            ("FijiFirst", "say", "it would support an appeal", False),
        ],
    ),
    (
        "own72-ho-12", "wire-beirut-1996-election", "1996-09-02", "1996-09-02",
        "[[Hariri|PERSON|Rafic Hariri]] allies win most [[Beirut|GPE]] seats in [[Lebanese|NORP]] vote.\n\n"
        "[[BEIRUT|GPE|Beirut]] [[1996-09-02|D|1996-09-02]]\n\n"
        "Prime Minister [[Rafik Hariri|PERSON|Rafic Hariri]]’s list won [[14|count|14|seat]] of the "
        "[[19|count|19|seat]] seats for [[Beirut|GPE]] in [[Sunday|D|1996-09-01]]’s parliamentary election, "
        "official results showed on [[Monday|D|1996-09-02]], but his rival, former prime minister "
        "[[Selim al-Hoss|PERSON|Salim al-Hoss]], held his seat.\n\n"
        "Interior Minister [[Michel Murr|PERSON]] told a news conference that turnout in the capital was "
        "[[about 30 percent|percent|30|%]], against [[45 percent|percent|45|%]] in "
        "[[Mount Lebanon|GPE|Mount Lebanon Governorate]] on [[August 18|D|1996-08-18]]. "
        "[[Hariri|PERSON|Rafic Hariri]] critic [[Najah Wakim|PERSON]] and [[Tammam Salam|PERSON]] were also "
        "elected.\n\n"
        "“The people of [[Beirut|GPE]] have voted for reconstruction and for stability,” "
        "[[Hariri|PERSON|Rafic Hariri]] told reporters. The billionaire, who made his fortune in "
        "[[Saudi Arabia|GPE]], has pledged to rebuild central [[Beirut|GPE]] through the [[Solidere|ORG]] "
        "company.\n\n"
        "Exiled former army commander [[Michel Aoun|PERSON]] had called from [[Paris|GPE]] for a boycott, saying "
        "the election law favoured [[Syria|GPE]]’s allies. [[Syria|GPE]] keeps "
        "[[about 35,000|count|35000|troop]] troops in [[Lebanon|GPE]].\n\n"
        "Voting in south [[Lebanon|GPE]], where [[Hizbollah|ORG|Hezbollah]] and [[Amal|ORG|Amal Movement]] have "
        "formed a joint list, is on [[September 8|D|1996-09-08]], and in the "
        "[[Bekaa Valley|LOC|Beqaa Valley]] on [[September 15|D|1996-09-15]].\n\n"
        "The [[Lebanese|NORP]] pound was steady at [[1,552 pounds|money|1552|LBP]] to the dollar. Shares in "
        "[[Solidere|ORG]] rose [[25 cents|money|0.25|USD]] to [[$11.75|money|11.75|USD]] on the "
        "[[Beirut Stock Exchange|ORG]].\n\n"
        "-- [[Beirut|GPE]] newsroom +961 1 864148",
        [
            ("Michel Murr", "tell", "turnout in the capital was about 30 percent, against 45 percent in Mount Lebanon "
             "on August 18", False),
            ("Rafic Hariri", "tell", "The people of Beirut have voted for reconstruction and for stability", True),
            ("Rafic Hariri", "pledge", "rebuild central Beirut through the Solidere company", False),
            ("Michel Aoun", "call for", "a boycott", False),
            ("Michel Aoun", "say", "the election law favoured Syria’s allies", False),
        ],
    ),
    (
        "own72-ho-13", "wire-polish-first-division-soccer-1996", "1996-10-20", "1996-10-20",
        "SOCCER - [[POLISH|NORP|Polish]] FIRST DIVISION RESULTS.\n\n"
        "[[WARSAW|GPE|Warsaw]] [[1996-10-20|D|1996-10-20]]\n\n"
        "Results of [[Polish|NORP]] first division soccer matches played on [[Saturday|D|1996-10-19]] and "
        "[[Sunday|D|1996-10-20]]:\n\n"
        "[[Legia Warsaw|ORG]] [[2|number|2]] [[Polonia Warsaw|ORG]] [[1|number|1]]\n"
        "[[Widzew Lodz|ORG|Widzew Łódź]] [[3|number|3]] [[Gornik Zabrze|ORG|Górnik Zabrze]] [[0|number|0]]\n"
        "[[Ruch Chorzow|ORG|Ruch Chorzów]] [[1|number|1]] [[Lech Poznan|ORG|Lech Poznań]] [[1|number|1]]\n"
        "[[Zaglebie Lubin|ORG|Zagłębie Lubin]] [[2|number|2]] [[Pogon Szczecin|ORG|Pogoń Szczecin]] "
        "[[0|number|0]]\n"
        "[[GKS Katowice|ORG]] [[1|number|1]] [[LKS Lodz|ORG|ŁKS Łódź]] [[2|number|2]]\n"
        "[[Rakow Czestochowa|ORG|Raków Częstochowa]] [[0|number|0]] [[Amica Wronki|ORG]] [[0|number|0]]\n\n"
        "[[Polish|NORP]] international [[Marek Citko|PERSON]] scored twice for [[Widzew|ORG|Widzew Łódź]], the "
        "defending champions, who lead by [[three|count|3|point]] points from [[Legia|ORG|Legia Warsaw]]. "
        "“If we keep this form we can win the title again,” said [[Widzew|ORG|Widzew Łódź]] coach "
        "[[Franciszek Smuda|PERSON]].\n\n"
        "[[GKS Katowice|ORG]] lost at home for the [[first|ordinal|1]] time and dropped to "
        "[[third|ordinal|3]] place.\n\n"
        "Leading positions after [[12|count|12|round]] rounds (tabulate under played, won, drawn, lost, goals "
        "for, against, points):\n"
        "[[Widzew Lodz|ORG|Widzew Łódź]] [[12|number|12]] [[9|number|9]] [[2|number|2]] [[1|number|1]] "
        "[[25|number|25]] [[8|number|8]] [[29|number|29]]\n"
        "[[Legia Warsaw|ORG]] [[12|number|12]] [[8|number|8]] [[2|number|2]] [[2|number|2]] [[22|number|22]] "
        "[[10|number|10]] [[26|number|26]]\n"
        "[[GKS Katowice|ORG]] [[12|number|12]] [[7|number|7]] [[3|number|3]] [[2|number|2]] [[18|number|18]] "
        "[[11|number|11]] [[24|number|24]]\n"
        "[[Zaglebie Lubin|ORG|Zagłębie Lubin]] [[12|number|12]] [[7|number|7]] [[2|number|2]] [[3|number|3]] "
        "[[17|number|17]] [[12|number|12]] [[23|number|23]]\n\n"
        "The next round is played on [[Saturday|D|1996-10-26]].",
        [
            ("Franciszek Smuda", "say", "If we keep this form we can win the title again", True),
        ],
    ),
    (
        "own72-ho-14", "wire-caracas-1996-inflation", "1996-12-30", "1996-12-30",
        "[[Venezuela|GPE]] inflation to top [[100 pct|percent|100|%]] in [[1996|D|1996]] - central bank.\n\n"
        "[[CARACAS|GPE|Caracas]] [[1996-12-30|D|1996-12-30]]\n\n"
        "[[Venezuela|GPE]]’s inflation will end [[1996|D|1996]] at [[about 103 percent|percent|103|%]], the "
        "highest in the country’s history, [[Central Bank|ORG|Central Bank of Venezuela]] president "
        "[[Antonio Casas Gonzalez|PERSON|Antonio Casas González]] said on [[Monday|D|1996-12-30]].\n\n"
        "[[Casas|PERSON|Antonio Casas González]] told reporters inflation should slow to "
        "[[about 40 percent|percent|40|%]] in [[1997|D|1997]] as the bolivar holds steady within the exchange "
        "band set in [[July|D|1996-07]]. The bolivar closed at [[476.50 bolivars|money|476.5|VEB]] to the dollar, "
        "little changed from [[last week|D|1996-W52]].\n\n"
        "Planning Minister [[Teodoro Petkoff|PERSON]] said the government of President "
        "[[Rafael Caldera|PERSON]] would keep the budget deficit below [[2 percent|percent|2|%]] of gross "
        "domestic product [[next year|D|1997]].\n\n"
        "State oil company [[Petroleos de Venezuela|ORG|PDVSA]] ([[PDVSA|ORG]]) expects output to reach "
        "[[3.5 million barrels|quantity|3500000|bbl]] per day in [[1997|D|1997]], its president "
        "[[Luis Giusti|PERSON]] said.\n\n"
        "The [[Caracas Stock Exchange|ORG]] index rose [[1.8 percent|percent|1.8|%]] to "
        "[[6,690.50|number|6690.5]], up [[about 140 percent|percent|140|%]] [[this year|D|1996]], as foreign "
        "investors bought into the opening of the oil industry. The [[International Monetary Fund|ORG]] approved "
        "a [[$1.4 billion|money|1400000000|USD]] standby loan for [[Venezuela|GPE]] in [[July|D|1996-07]].\n\n"
        "-- [[Caracas|GPE]] newsroom, 58 2 834 405",
        [
            ("Antonio Casas González", "say", "Venezuela’s inflation will end 1996 at about 103 percent, the highest "
             "in the country’s history", False),
            ("Antonio Casas González", "tell", "inflation should slow to about 40 percent in 1997 as the bolivar "
             "holds steady within the exchange band set in July", False),
            ("Teodoro Petkoff", "say", "the government of President Rafael Caldera would keep the budget deficit "
             "below 2 percent of gross domestic product next year", False),
            ("Luis Giusti", "say", "State oil company Petroleos de Venezuela (PDVSA) expects output to reach 3.5 "
             "million barrels per day in 1997", False),
        ],
    ),
]
