"""Held-out set 17, briefs 1-7 (marked texts and statements). HELD OUT: do not read for development.

Each brief: (id, family, reference_date, published, marked text, statements); a statement is
(speaker, cue, content, quote); its figures are the gold figures inside the content.
"""

BRIEFS_A = [
    (
        "own17-ho-01", "company-autos", "2025-02-13", "2025-02-13",
        "[[Nissan|ORG]] and [[Honda|ORG]] call off merger talks\n\n"
        "[[TOKYO|GPE|Tokyo]], [[Feb 13|D|2025-02-13]] ([[Reuters|ORG]]) - [[Nissan Motor Co|ORG|Nissan]] said on [[Thursday|D|2025-02-13]] it had ended merger talks with "
        "[[Honda Motor Co|ORG|Honda]], [[less than two months|D|P2M]] after the [[two|count|2|company]] [[Japanese|NORP]] companies announced plans to create the world's "
        "[[third|ordinal|3]]-largest automaker.\n\n"
        "[[Honda|ORG]] chief executive [[Toshihiro Mibe|PERSON]] told a news conference in [[Tokyo|GPE]] that the companies could not agree on the "
        "structure of the deal. \u201cWe proposed a holding-company structure in which [[Honda|ORG]] would name the board, and [[Nissan|ORG]] could not "
        "accept it,\u201d he said.\n\n"
        "[[Nissan|ORG]] chief [[Makoto Uchida|PERSON]] said the company would look for new partners and would cut [[9,000|count|9000|job]] jobs and [[20%|percent|20|%]] of "
        "its global production capacity under its turnaround plan. He added that [[Nissan|ORG]] expected an operating profit of [[12 billion yen|money|12000000000|JPY]] "
        "for [[the year to March|D|2024-04/2025-03]].\n\n"
        "[[Foxconn|ORG]], the [[Taiwanese|NORP]] electronics maker that had weighed a bid for a stake in [[Nissan|ORG]], declined to comment. "
        "[[Mitsubishi Motors|ORG]], in which [[Nissan|ORG]] holds [[24%|percent|24|%]], said it would not join a combined group.\n\n"
        "Analysts at [[Jefferies|ORG]] warned that [[Nissan|ORG]] had little time left to find a partner. Shares in [[Nissan|ORG]] fell [[4.9%|percent|4.9|%]] in [[Tokyo|GPE]], "
        "while [[Honda|ORG]] rose [[1.4%|percent|1.4|%]].\n\n"
        "[[Japan|GPE]]'s industry ministry had quietly backed the tie-up, people familiar with the matter said.\n",
        [
            ("Nissan", "say", "it had ended merger talks with Honda Motor Co, less than two months after the two Japanese companies announced plans to create the world's third-largest automaker", False),
            ("Toshihiro Mibe", "tell", "the companies could not agree on the structure of the deal", False),
            ("Toshihiro Mibe", "say", "We proposed a holding-company structure in which Honda would name the board, and Nissan could not accept it", True),
            ("Makoto Uchida", "say", "the company would look for new partners and would cut 9,000 jobs and 20% of its global production capacity under its turnaround plan", False),
            ("Makoto Uchida", "add", "Nissan expected an operating profit of 12 billion yen for the year to March", False),
            ("Mitsubishi Motors", "say", "it would not join a combined group", False),
            ("Jefferies", "warn", "Nissan had little time left to find a partner", False),
        ],
    ),
    (
        "own17-ho-02", "election-germany", "2025-02-24", "2025-02-24",
        "[[Merz|PERSON|Friedrich Merz]]'s conservatives win [[German|NORP]] election as far right surges\n\n"
        "[[BERLIN|GPE|Berlin]], [[Feb. 24|D|2025-02-24]] ([[AP|ORG|Associated Press]]) \u2014 [[Friedrich Merz|PERSON]]'s [[Christian Democratic Union|ORG|Christian Democratic Union of Germany]] and its "
        "[[Bavarian|NORP]] sister party began talks on [[Monday|D|2025-02-24]] on forming a government after winning [[Germany|GPE]]'s national election with "
        "[[28.5%|percent|28.5|%]] of the vote. The far-right [[Alternative for Germany|ORG]] finished in [[second|ordinal|2]] place with [[20.8%|percent|20.8|%]], its best result "
        "since it was founded in [[2013|D|2013]].\n\n"
        "[[Merz|PERSON|Friedrich Merz]] told reporters at the party's headquarters in [[Berlin|GPE]] that he wanted a coalition in place by [[Easter|D|2025-04-20]]. "
        "\u201cThe world out there is not waiting for us,\u201d he said.\n\n"
        "Chancellor [[Olaf Scholz|PERSON]]'s [[Social Democrats|ORG|Social Democratic Party of Germany]] fell to [[16.4%|percent|16.4|%]], their worst result since the war. "
        "[[Scholz|PERSON|Olaf Scholz]] said he would not take part in coalition talks. [[SPD|ORG|Social Democratic Party of Germany]] co-leader [[Lars Klingbeil|PERSON]] said "
        "the party would decide \u201cwith great care\u201d whether to join a government.\n\n"
        "[[AfD|ORG|Alternative for Germany]] co-leader [[Alice Weidel|PERSON]] said her party was ready to govern, adding that the mainstream parties had ignored "
        "voters in the east. The [[Greens|ORG|Alliance 90/The Greens]] won [[11.6%|percent|11.6|%]], and the [[Left Party|ORG|The Left (Germany)]] took [[8.8%|percent|8.8|%]].\n\n"
        "Turnout was [[82.5%|percent|82.5|%]], the highest since reunification in [[1990|D|1990]], the Federal Returning Officer said.\n\n"
        "[[Merz|PERSON|Friedrich Merz]] has pledged to raise defence spending and tighten migration rules. His bloc will hold [[208|count|208|seat]] of the "
        "[[630|count|630|seat]] seats in the [[Bundestag|ORG]].\n",
        [
            ("Friedrich Merz", "tell", "he wanted a coalition in place by Easter", False),
            ("Friedrich Merz", "say", "The world out there is not waiting for us", True),
            ("Olaf Scholz", "say", "he would not take part in coalition talks", False),
            ("Lars Klingbeil", "say", "the party would decide \u201cwith great care\u201d whether to join a government", False),
            ("Alice Weidel", "say", "her party was ready to govern", False),
            ("Alice Weidel", "add", "the mainstream parties had ignored voters in the east", False),
            ("Friedrich Merz", "pledge", "raise defence spending and tighten migration rules", False),
        ],
    ),
    (
        "own17-ho-03", "court-eu-tax", "2024-09-10", "2024-09-10",
        "[[EU|ORG|European Union]] top court orders [[Apple|ORG]] to pay [[13 billion euros|money|13000000000|EUR]] in [[Irish|NORP]] back taxes\n\n"
        "[[LUXEMBOURG|GPE|Luxembourg City]], [[Sept 10|D|2024-09-10]] ([[Reuters|ORG]]) - [[Apple|ORG]] must pay [[13 billion euros|money|13000000000|EUR]] ([[$14.4 billion|money|14400000000|USD]]) "
        "in back taxes to [[Ireland|GPE]], the [[Court of Justice of the European Union|ORG]] ruled on [[Tuesday|D|2024-09-10]], handing a win to the "
        "[[European Commission|ORG]] in a dispute that began in [[2016|D|2016]].\n\n"
        "The [[Luxembourg|GPE|Luxembourg City]]-based court said the [[General Court|ORG|General Court (European Union)]] had erred in [[2020|D|2020]] when it annulled the "
        "[[Commission|ORG|European Commission]]'s decision. It found that [[Ireland|GPE]] had granted the [[iPhone|PRODUCT]] maker unlawful state aid.\n\n"
        "\u201c[[Today|D|2024-09-10]] is a big win for [[European|NORP]] citizens and tax justice,\u201d said [[Margrethe Vestager|PERSON]], the [[EU|ORG|European Union]]'s competition "
        "commissioner, who brought the case [[eight years ago|D|2016]].\n\n"
        "[[Apple|ORG]] said it was disappointed by the ruling. The company argued that it had always paid all the taxes it owed. It said the case was about which "
        "government it should pay the money to.\n\n"
        "[[Ireland|GPE]]'s [[Department of Finance|ORG|Department of Finance (Ireland)]] said the money, which has been held in an escrow fund since [[2018|D|2018]], would be "
        "transferred to the state. Finance Minister [[Jack Chambers|PERSON]] said the government would respect the ruling.\n\n"
        "In a separate judgment [[the same day|D|2024-09-10]], the court upheld a [[2.4 billion euro|money|2400000000|EUR]] fine on [[Alphabet|ORG]]'s [[Google|ORG]] for favouring its own "
        "shopping comparison service. [[Google|ORG]] said it was disappointed with the decision.\n\n"
        "Shares of [[Apple|ORG]] were down [[0.8%|percent|0.8|%]] in premarket trading in [[New York|GPE|New York City]].\n",
        [
            ("Court of Justice of the European Union", "rule", "Apple must pay 13 billion euros ($14.4 billion) in back taxes to Ireland", False),
            ("Court of Justice of the European Union", "say", "the General Court had erred in 2020 when it annulled the Commission's decision", False),
            ("Court of Justice of the European Union", "find", "Ireland had granted the iPhone maker unlawful state aid", False),
            ("Margrethe Vestager", "say", "Today is a big win for European citizens and tax justice", True),
            ("Apple", "say", "it was disappointed by the ruling", False),
            ("Apple", "argue", "it had always paid all the taxes it owed", False),
            ("Apple", "say", "the case was about which government it should pay the money to", False),
            ("Department of Finance (Ireland)", "say", "the money, which has been held in an escrow fund since 2018, would be transferred to the state", False),
            ("Jack Chambers", "say", "the government would respect the ruling", False),
            ("Google", "say", "it was disappointed with the decision", False),
        ],
    ),
    (
        "own17-ho-04", "trade-tariffs", "2025-05-12", "2025-05-12",
        "[[US|GPE|United States]] and [[China|GPE]] agree to slash tariffs for [[90 days|D|P90D]]\n\n"
        "[[GENEVA|GPE|Geneva]], [[May 12|D|2025-05-12]] ([[AFP|ORG|Agence France-Presse]]) - The [[United States|GPE]] and [[China|GPE]] agreed on [[Monday|D|2025-05-12]] to cut the steep "
        "tariffs they have imposed on each other's goods for [[90 days|D|P90D]], after [[two days|D|P2D]] of talks in [[Geneva|GPE]].\n\n"
        "[[U.S.|GPE|United States]] Treasury Secretary [[Scott Bessent|PERSON]] told reporters that [[Washington|GPE|Washington, D.C.]] would lower its tariffs on [[Chinese|NORP]] imports "
        "from [[145%|percent|145|%]] to [[30%|percent|30|%]], while [[Beijing|GPE]] would cut its duties on [[American|NORP]] goods from [[125%|percent|125|%]] to [[10%|percent|10|%]]. "
        "\u201cNeither side wants a decoupling,\u201d [[Bessent|PERSON|Scott Bessent]] said.\n\n"
        "[[China|GPE]]'s [[Ministry of Commerce|ORG|Ministry of Commerce of the People's Republic of China]] said in a statement that the agreement was an important step to resolve "
        "differences. Vice Premier [[He Lifeng|PERSON]], who led the [[Chinese|NORP]] delegation, said the [[two|count|2|country]] countries would set up a mechanism for further "
        "consultations.\n\n"
        "The talks were held at the residence of [[Switzerland|GPE]]'s ambassador to the [[United Nations|ORG]] in [[Geneva|GPE]]. [[Swiss|NORP]] Economy Minister "
        "[[Guy Parmelin|PERSON]] said his country was glad to have helped.\n\n"
        "Stocks rallied on the news. [[Hong Kong|GPE]]'s Hang Seng index rose [[3%|percent|3|%]], and oil prices climbed [[about 1.5%|percent|1.5|%]].\n\n"
        "[[U.S.|GPE|United States]] Trade Representative [[Jamieson Greer|PERSON]] said the deal showed that the emergency the tariffs were meant to address could be "
        "solved. Some analysts cautioned that the truce could unravel within [[90 days|D|P90D]].\n",
        [
            ("Scott Bessent", "tell", "Washington would lower its tariffs on Chinese imports from 145% to 30%, while Beijing would cut its duties on American goods from 125% to 10%", False),
            ("Scott Bessent", "say", "Neither side wants a decoupling", True),
            ("Ministry of Commerce of the People's Republic of China", "say", "the agreement was an important step to resolve differences", False),
            ("He Lifeng", "say", "the two countries would set up a mechanism for further consultations", False),
            ("Guy Parmelin", "say", "his country was glad to have helped", False),
            ("Jamieson Greer", "say", "the deal showed that the emergency the tariffs were meant to address could be solved", False),
        ],
    ),
    (
        "own17-ho-05", "health-outbreak", "2024-10-08", "2024-10-08",
        "[[Rwanda|GPE]] starts Marburg vaccine trial as cases reach [[56|count|56|case]]\n\n"
        "[[KIGALI|GPE|Kigali]], [[Oct 8|D|2024-10-08]] ([[Reuters|ORG]]) - [[Rwanda|GPE]] has begun vaccinating health workers against the Marburg virus with an experimental "
        "shot from the [[Sabin Vaccine Institute|ORG]], Health Minister [[Sabin Nsanzimana|PERSON]] said on [[Sunday|D|2024-10-06]], as the country battles its "
        "[[first|ordinal|1]] outbreak of the disease.\n\n"
        "The institute, based in [[Washington|GPE|Washington, D.C.]], shipped [[about 700|count|700|dose]] doses to [[Kigali|GPE]]. [[Nsanzimana|PERSON|Sabin Nsanzimana]] said front-line "
        "workers at the [[six|count|6|hospital]] hospitals treating patients would get the vaccine first.\n\n"
        "[[Rwanda|GPE]] has confirmed [[56|count|56|case]] cases and [[12|count|12|death]] deaths since the outbreak was declared on [[Sept. 27|D|2024-09-27]], the "
        "[[Rwanda Biomedical Centre|ORG]] said. Most of the infected are staff at [[King Faisal Hospital|ORG]] and other facilities in the capital.\n\n"
        "[[World Health Organization|ORG]] Director-General [[Tedros Adhanom Ghebreyesus|PERSON]] said the agency was sending experts and supplies. \u201c[[Rwanda|GPE]]'s response "
        "has been swift,\u201d he wrote on social media.\n\n"
        "The [[U.S.|GPE|United States]] [[Centers for Disease Control and Prevention|ORG]] advised travellers returning from [[Rwanda|GPE]] to monitor their health for "
        "[[21 days|D|P21D]]. [[Germany|GPE]]'s [[Foreign Office|ORG|Federal Foreign Office]] warned against non-essential travel, while the [[Africa CDC|ORG|Africa Centres for Disease Control and Prevention]] "
        "urged countries not to impose travel bans.\n\n"
        "Marburg, a cousin of Ebola, has no approved vaccine or treatment. Health officials say the fatality rate can reach [[88%|percent|88|%]].\n",
        [
            ("Sabin Nsanzimana", "say", "Rwanda has begun vaccinating health workers against the Marburg virus with an experimental shot from the Sabin Vaccine Institute", False),
            ("Sabin Nsanzimana", "say", "front-line workers at the six hospitals treating patients would get the vaccine first", False),
            ("Rwanda Biomedical Centre", "say", "Rwanda has confirmed 56 cases and 12 deaths since the outbreak was declared on Sept. 27", False),
            ("Tedros Adhanom Ghebreyesus", "say", "the agency was sending experts and supplies", False),
            ("Tedros Adhanom Ghebreyesus", "write", "Rwanda's response has been swift", True),
            ("Centers for Disease Control and Prevention", "advise", "travellers returning from Rwanda to monitor their health for 21 days", False),
            ("Federal Foreign Office", "warn against", "non-essential travel", False),
            ("Africa Centres for Disease Control and Prevention", "urge", "countries not to impose travel bans", False),
        ],
    ),
    (
        "own17-ho-06", "energy-oil", "2025-10-20", "2025-10-20",
        "[[Brazil|GPE]] approves [[Petrobras|ORG]] drilling near mouth of the [[Amazon|LOC|Amazon River]]\n\n"
        "[[RIO DE JANEIRO|GPE|Rio de Janeiro]], [[Oct 20|D|2025-10-20]] ([[Reuters|ORG]]) - [[Brazil|GPE]]'s environmental regulator [[Ibama|ORG|Brazilian Institute of Environment and Renewable Natural Resources]] on [[Monday|D|2025-10-20]] "
        "granted state-run oil company [[Petrobras|ORG]] a licence to drill an exploratory well in the [[Foz do Amazonas|LOC|Foz do Amazonas Basin]] basin, ending a "
        "[[five-year|D|P5Y]] dispute over exploration off the country's northern coast.\n\n"
        "[[Petrobras|ORG]] said drilling would start immediately and last [[about five months|D|P5M]]. The well lies [[some 500 kilometres|quantity|500|km]] from the mouth of the "
        "[[Amazon River|LOC]], off the coast of [[Amap\u00e1|GPE]] state.\n\n"
        "Chief executive [[Magda Chambriard|PERSON]] said the company had met every requirement set by the regulator. \u201cWe are confident that we can prove the "
        "potential of this new frontier,\u201d she told reporters.\n\n"
        "[[Ibama|ORG|Brazilian Institute of Environment and Renewable Natural Resources]] said in a statement that [[Petrobras|ORG]] had improved its plan to rescue wildlife in the event of a spill.\n\n"
        "Environmental groups criticised the decision weeks before [[Brazil|GPE]] hosts the [[COP30|EVENT|2025 United Nations Climate Change Conference]] climate summit in [[Bel\u00e9m|GPE]]. The "
        "[[Climate Observatory|ORG]], a network of NGOs, said the licence was a mistake and pledged to challenge it in court.\n\n"
        "Mines and Energy Minister [[Alexandre Silveira|PERSON]] said the region could hold [[up to 10 billion barrels|quantity|10000000000|bbl]] of oil. Environment "
        "Minister [[Marina Silva|PERSON]], who has long opposed the project, said she respected the regulator's technical decision.\n\n"
        "[[Petrobras|ORG]] shares rose [[1.2%|percent|1.2|%]] in [[S\u00e3o Paulo|GPE]].\n",
        [
            ("Petrobras", "say", "drilling would start immediately and last about five months", False),
            ("Magda Chambriard", "say", "the company had met every requirement set by the regulator", False),
            ("Magda Chambriard", "tell", "We are confident that we can prove the potential of this new frontier", True),
            ("Brazilian Institute of Environment and Renewable Natural Resources", "say", "Petrobras had improved its plan to rescue wildlife in the event of a spill", False),
            ("Climate Observatory", "say", "the licence was a mistake", False),
            ("Climate Observatory", "pledge", "challenge it in court", False),
            ("Alexandre Silveira", "say", "the region could hold up to 10 billion barrels of oil", False),
            ("Marina Silva", "say", "she respected the regulator's technical decision", False),
        ],
    ),
    (
        "own17-ho-07", "transport-rail", "2024-11-30", "2024-11-30",
        "[[Vietnam|GPE]] approves [[$67 billion|money|67000000000|USD]] north-south high-speed rail line\n\n"
        "[[HANOI|GPE|Hanoi]], [[Vietnam|GPE]] ([[AP|ORG|Associated Press]]) \u2014 [[Vietnam|GPE]]'s [[National Assembly|ORG|National Assembly (Vietnam)]] on [[Saturday|D|2024-11-30]] approved a "
        "[[$67 billion|money|67000000000|USD]] high-speed railway linking the capital, [[Hanoi|GPE]], with [[Ho Chi Minh City|GPE]] in the south, the country's biggest "
        "infrastructure project.\n\n"
        "The [[1,541-kilometer|quantity|1541|km]] line will pass through [[20|count|20|province]] provinces and cities and carry trains at [[up to 350 kph|quantity|350|km/h]], cutting "
        "the journey between the [[two|count|2|city]] cities to about five hours. Of the [[449|count|449|lawmaker]] lawmakers present, "
        "[[427|count|427|lawmaker]] voted in favor.\n\n"
        "Transport Minister [[Tran Hong Minh|PERSON|Tr\u1ea7n H\u1ed3ng Minh]] told the assembly that construction would begin in [[2027|D|2027]]. The line should be finished by "
        "[[2035|D|2035]], he said. He added that the state would pay for most of the project.\n\n"
        "[[Communist Party|ORG|Communist Party of Vietnam]] General Secretary [[To Lam|PERSON|T\u00f4 L\u00e2m]] has said the railway will be a \u201cstrategic breakthrough\u201d for the economy.\n\n"
        "The [[Ministry of Transport|ORG|Ministry of Transport (Vietnam)]] said [[Vietnam|GPE]] would work with foreign partners, including [[Japan|GPE]], [[China|GPE]] and "
        "[[Germany|GPE]], on technology. [[Vietnam Railways|ORG]], the state-owned operator, said it would need to train [[more than 13,000|count|13000|worker]] workers.\n\n"
        "Economists at the [[World Bank|ORG]] have warned that the project could strain public finances. The government plans to fund it mainly from the "
        "state budget over [[12 years|D|P12Y]].\n",
        [
            ("Trần Hồng Minh", "tell", "construction would begin in 2027", False),
            ("Trần Hồng Minh", "say", "The line should be finished by 2035", False),
            ("Trần Hồng Minh", "add", "the state would pay for most of the project", False),
            ("Tô Lâm", "say", "the railway will be a \u201cstrategic breakthrough\u201d for the economy", False),
            ("Ministry of Transport (Vietnam)", "say", "Vietnam would work with foreign partners, including Japan, China and Germany, on technology", False),
            ("Vietnam Railways", "say", "it would need to train more than 13,000 workers", False),
            ("World Bank", "warn", "the project could strain public finances", False),
        ],
    ),
]
