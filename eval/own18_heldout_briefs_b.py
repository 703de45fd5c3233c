"""Held-out set 18, briefs 8-14 (marked inline; see ``build_own18_heldout.py``). Held out: do not
read, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker, cue, content, quote)
BRIEFS_B = [
    (
        "own18-ho-08", "newswire-aviation", "2024-09-03", "2024-09-03",
        "[[HONG KONG|GPE|Hong Kong]], [[Sept 3|D|2024-09-03]] ([[AFP|ORG|Agence France-Presse]]) - [[Cathay Pacific|ORG]] said on [[Tuesday|D|2024-09-03]] it had found engine "
        "parts that needed replacing on [[15|count|15|jet]] of its [[48|count|48|jet]] [[Airbus A350|PRODUCT]] jets, after an engine failure forced a "
        "flight to [[Zurich|GPE]] to turn back on [[Monday|D|2024-09-02]].\n\n"
        "The [[Hong Kong|GPE]] carrier said it would cancel [[24|count|24|flight]] flights to [[Bangkok|GPE]], [[Singapore|GPE]] and other regional "
        "destinations through [[Wednesday|D|2024-09-04]] while inspections continued. The engine, a [[Rolls-Royce Trent XWB-97|PRODUCT|Rolls-Royce Trent XWB]], "
        "suffered a fuel nozzle failure, the airline said. None of the [[330|count|330|passenger]] passengers on board was hurt.\n\n"
        "[[Rolls-Royce|ORG|Rolls-Royce Holdings]] said it was working closely with [[Cathay|ORG|Cathay Pacific]] to understand the cause. "
        "The [[European Union Aviation Safety Agency|ORG]] ([[EASA|ORG|European Union Aviation Safety Agency]]) said it was monitoring the situation and "
        "would decide within days whether other airlines flying the model should carry out checks. [[Hong Kong|GPE]]'s "
        "[[Civil Aviation Department|ORG|Civil Aviation Department (Hong Kong)]] called for a full report from the airline.\n\n"
        "Shares in [[Cathay|ORG|Cathay Pacific]] fell [[as much as 3.1%|percent|3.1|%]] before closing [[1.6%|percent|1.6|%]] lower. Chief executive "
        "[[Ronald Lam|PERSON]] apologised to travellers and said safety would always come first. Aviation analysts said the airline could face costs of "
        "about [[HK$200 million|money|200000000|HKD]].\n\n"
        "[[Airbus|ORG]] declined to comment. [[Singapore Airlines|ORG]], which also flies the jet, said it had seen no similar "
        "faults.\n",
        [
            ("Cathay Pacific", "say", "it had found engine parts that needed replacing on 15 of its 48 Airbus A350 jets", False),
            ("Cathay Pacific", "say", "it would cancel 24 flights to Bangkok, Singapore and other regional destinations through Wednesday while inspections continued", False),
            ("Cathay Pacific", "say", "The engine, a Rolls-Royce Trent XWB-97, suffered a fuel nozzle failure", False),
            ("Rolls-Royce Holdings", "say", "it was working closely with Cathay to understand the cause", False),
            ("European Union Aviation Safety Agency", "say", "it was monitoring the situation and would decide within days whether other airlines flying the model should carry out checks", False),
            ("Civil Aviation Department (Hong Kong)", "call for", "a full report from the airline", False),
            ("Ronald Lam", "say", "safety would always come first", False),
            ("Singapore Airlines", "say", "it had seen no similar faults", False),
        ],
    ),
    (
        "own18-ho-09", "newswire-health", "2025-07-25", "2025-07-25",
        "[[BEIJING|GPE|Beijing]], [[July 25|D|2025-07-25]] ([[Reuters|ORG]]) - Health authorities in the southern [[Chinese|NORP]] city of [[Foshan|GPE]] reported "
        "[[478|count|478|case]] new cases of chikungunya fever on [[Thursday|D|2025-07-24]], taking the total since [[early July|D|2025-07]] to more than "
        "[[4,000|count|4000|case]].\n\n"
        "Most cases are in the [[Shunde|GPE|Shunde District]] area of the manufacturing hub of about [[9.6 million|count|9600000|person]] people. "
        "The [[Health Commission of Guangdong Province|ORG]] said all cases were mild and urged residents to empty containers of standing water where "
        "mosquitoes breed. Patients must stay in hospital under mosquito nets for [[at least seven days|D|P7D]].\n\n"
        "The [[World Health Organization|ORG]] warned on [[Tuesday|D|2025-07-22]] that [[5.6 billion|count|5600000000|person]] people in "
        "[[119|count|119|country]] countries were at risk from the mosquito-borne virus. [[Diana Rojas Alvarez|PERSON]], a [[WHO|ORG|World Health Organization]] "
        "medical officer, told reporters in [[Geneva|GPE]] that large outbreaks were already under way in [[R\u00e9union|GPE]] and [[Mayotte|GPE]]. "
        "\u201cWe are seeing history repeat itself,\u201d she said, recalling the epidemic of [[2005|D|2005]].\n\n"
        "[[Hong Kong|GPE]]'s [[Centre for Health Protection|ORG]] advised travellers to [[Foshan|GPE]] to use insect repellent, and [[Macau|GPE]] said it "
        "had recorded its [[first|ordinal|1]] imported case. Local residents said workers in protective suits had been spraying parks and drains every "
        "night.\n\n"
        "Shares of [[Chinese|NORP]] makers of mosquito repellents rose, with [[Jiangsu|GPE]]-based [[Lanfeng Biochemical|ORG]] gaining [[10%|percent|10|%]], "
        "the daily limit.\n",
        [
            ("Health Commission of Guangdong Province", "say", "all cases were mild", False),
            ("Health Commission of Guangdong Province", "urge", "residents to empty containers of standing water where mosquitoes breed", False),
            ("World Health Organization", "warn", "5.6 billion people in 119 countries were at risk from the mosquito-borne virus", False),
            ("Diana Rojas Alvarez", "tell", "large outbreaks were already under way in R\u00e9union and Mayotte", False),
            ("Diana Rojas Alvarez", "say", "We are seeing history repeat itself", True),
            ("Centre for Health Protection", "advise", "travellers to Foshan to use insect repellent", False),
            ("Macau", "say", "it had recorded its first imported case", False),
        ],
    ),
    (
        "own18-ho-10", "newswire-football-rules", "2024-10-07", "2024-10-07",
        "[[LONDON|GPE|London]], [[Oct 7|D|2024-10-07]] ([[PA|ORG|PA Media]]) - [[Manchester City|ORG|Manchester City F.C.]] and the [[Premier League|ORG]] both claimed "
        "victory on [[Monday|D|2024-10-07]] after an independent tribunal found parts of the league's rules on sponsorship deals with companies linked to "
        "club owners to be unlawful.\n\n"
        "[[City|ORG|Manchester City F.C.]] said the panel had found the rules breached [[British|NORP]] competition law and were unfair to clubs whose "
        "owners come from the [[Gulf|LOC|Persian Gulf]]. The club, owned by [[Abu Dhabi|GPE]]'s Sheikh [[Mansour|PERSON|Mansour bin Zayed Al Nahyan]], "
        "had challenged the rules after the league blocked [[two|count|2|deal]] deals, one of them with [[Etihad Airways|ORG]].\n\n"
        "The league said the tribunal had upheld the purpose of the rules and that only limited changes were needed. In a letter to its "
        "[[20|count|20|club]] clubs, chief executive [[Richard Masters|PERSON]] wrote that the league would work quickly to amend them.\n\n"
        "The case is separate from the [[115|count|115|charge]] charges of alleged financial breaches that [[City|ORG|Manchester City F.C.]] faces, "
        "which are being heard by another panel in a hearing due to end in [[December|D|2024-12]]. The club denies wrongdoing.\n\n"
        "[[Newcastle United|ORG|Newcastle United F.C.]], controlled by [[Saudi Arabia|GPE]]'s [[Public Investment Fund|ORG]], had backed the challenge. "
        "[[The Athletic|ORG]] reported that [[City|ORG|Manchester City F.C.]] would seek damages from the league. The [[Football Supporters' Association|ORG]] "
        "called for an independent regulator to settle such disputes, which a planned [[Football Governance Bill|LAW]] would create.\n",
        [
            ("Manchester City F.C.", "say", "the panel had found the rules breached British competition law and were unfair to clubs whose owners come from the Gulf", False),
            ("Premier League", "say", "the tribunal had upheld the purpose of the rules and that only limited changes were needed", False),
            ("Richard Masters", "write", "the league would work quickly to amend them", False),
            ("Manchester City F.C.", "deny", "wrongdoing", False),
            ("The Athletic", "report", "City would seek damages from the league", False),
            ("Football Supporters' Association", "call for", "an independent regulator to settle such disputes", False),
        ],
    ),
    (
        "own18-ho-11", "newswire-floods-region", "2024-11-11", "2024-11-11",
        "[[VALENCIA|GPE|Valencia]], [[Nov 11|D|2024-11-11]] ([[AP|ORG|Associated Press]]) \u2014 [[Spain|GPE]]'s Cabinet approved a second aid package worth "
        "[[\u20ac3.76 billion|money|3760000000|EUR]] on [[Monday|D|2024-11-11]] for towns in eastern [[Spain|GPE]] devastated by the floods of "
        "[[October 29|D|2024-10-29]].\n\n"
        "Prime Minister [[Pedro S\u00e1nchez|PERSON]] said the money would pay [[100%|percent|100|%]] of the wages of workers at firms forced to close. "
        "\u201cNo one will be left behind,\u201d he said, adding that the state had already paid out [[\u20ac100 million|money|100000000|EUR]] to households.\n\n"
        "[[At least 222|count|222|person]] people died in the [[Valencia|GPE|Valencian Community]] region, most of them in towns south of the city such as "
        "[[Paiporta|GPE]]. The [[State Meteorological Agency|ORG]] ([[AEMET|ORG|State Meteorological Agency]]) said rainfall in [[Chiva|GPE]] reached "
        "[[491 litres|quantity|491|l]] per square metre in eight hours.\n\n"
        "Regional leader [[Carlos Maz\u00f3n|PERSON]] of the [[People's Party|ORG|People's Party (Spain)]] told the regional parliament that the emergency "
        "system had failed and that he would not resign. Tens of thousands marched in [[Valencia|GPE]] on [[Saturday|D|2024-11-09]] demanding his "
        "resignation. King [[Felipe VI|PERSON]] was pelted with mud during a visit to [[Paiporta|GPE]] on [[November 3|D|2024-11-03]].\n\n"
        "The insurance compensation body [[Consorcio de Compensaci\u00f3n de Seguros|ORG]] said it had received more than [[160,000|count|160000|claim]] "
        "claims, most of them for cars. The [[European Commission|ORG]] said it would let [[Spain|GPE]] use [[up to \u20ac100 million|money|100000000|EUR]] of "
        "unspent regional funds, and farmers' union [[COAG|ORG]] estimated crop losses at [[\u20ac1.1 billion|money|1100000000|EUR]].\n",
        [
            ("Pedro S\u00e1nchez", "say", "the money would pay 100% of the wages of workers at firms forced to close", False),
            ("Pedro S\u00e1nchez", "say", "No one will be left behind", True),
            ("Pedro S\u00e1nchez", "add", "the state had already paid out \u20ac100 million to households", False),
            ("State Meteorological Agency", "say", "rainfall in Chiva reached 491 litres per square metre in eight hours", False),
            ("Carlos Maz\u00f3n", "tell", "the emergency system had failed and that he would not resign", False),
            ("Consorcio de Compensaci\u00f3n de Seguros", "say", "it had received more than 160,000 claims, most of them for cars", False),
            ("European Commission", "say", "it would let Spain use up to \u20ac100 million of unspent regional funds", False),
            ("COAG", "estimate", "crop losses at \u20ac1.1 billion", False),
        ],
    ),
    (
        "own18-ho-12", "format-broadcast-script", "2024-11-19", "2024-11-19",
        "SLUG: HIKOI-WELLINGTON\nTX: [[Tuesday 19 November 2024|D|2024-11-19]], 6PM BULLETIN\nDUR: 1'50\"\n\n"
        "ANCHOR: Tens of thousands of people marched through [[Wellington|GPE]] [[today|D|2024-11-19]] to protest against a bill that would redefine "
        "the [[Treaty of Waitangi|LAW]]. Our political team reports.\n\n"
        "VO (MARCHERS ON [[LAMBTON QUAY|FAC|Lambton Quay]]): The hikoi left [[Cape Reinga|LOC]] at the top of the [[North Island|LOC]] "
        "[[nine days ago|D|2024-11-10]] and ended on the lawn of [[Parliament Buildings|FAC|Parliament Buildings, Wellington]]. [[New Zealand Police|ORG]] estimated that "
        "[[42,000|count|42000|person]] people took part.\n\n"
        "REPORTER (TO CAMERA): [[Te P\u0101ti M\u0101ori|ORG]] co-leader [[Rawiri Waititi|PERSON]] told the crowd the bill was an attack on "
        "[[M\u0101ori|NORP]] rights. [[ACT|ORG|ACT New Zealand]] leader [[David Seymour|PERSON]], who wrote the [[Treaty Principles Bill|LAW]], said "
        "[[New Zealanders|NORP|New Zealander]] deserved a debate about equal rights. Prime Minister [[Christopher Luxon|PERSON]] has said his "
        "[[National Party|ORG|New Zealand National Party]] will not support the bill beyond its [[second|ordinal|2]] reading.\n\n"
        "VO (PARLIAMENT STEPS): The bill passed its [[first|ordinal|1]] reading [[last Thursday|D|2024-11-14]] by [[68|number|68]] votes to "
        "[[53|number|53]]. The [[Waitangi Tribunal|ORG]] has warned that it could breach the [[Treaty|LAW|Treaty of Waitangi]] itself.\n\n"
        "REPORTER (TO CAMERA): Public submissions open in [[January|D|2025-01]], and the justice committee will report back in "
        "[[May|D|2025-05]]. The [[Green Party|ORG|Green Party of Aotearoa New Zealand]] [[this week|D|2024-W47]] called for the bill to be withdrawn.\n\n"
        "ANCHOR (TAG): Organisers say they will hold a concert in [[Wellington|GPE]] tonight.\n",
        [
            ("Rawiri Waititi", "tell", "the bill was an attack on M\u0101ori rights", False),
            ("David Seymour", "say", "New Zealanders deserved a debate about equal rights", False),
            ("Christopher Luxon", "say", "his National Party will not support the bill beyond its second reading", False),
            ("Waitangi Tribunal", "warn", "it could breach the Treaty itself", False),
            ("Green Party of Aotearoa New Zealand", "call for", "the bill to be withdrawn", False),
        ],
    ),
    (
        "own18-ho-13", "format-sec-filing", "2024-08-13", "2024-08-13",
        "[[UNITED STATES SECURITIES AND EXCHANGE COMMISSION|ORG|U.S. Securities and Exchange Commission]]\n"
        "[[Washington, D.C.|GPE]] 20549\n\nFORM 8-K\nCURRENT REPORT\n\n"
        "Date of Report (Date of earliest event reported): [[August 11, 2024|D|2024-08-11]]\n\n"
        "[[STARBUCKS CORPORATION|ORG|Starbucks]]\n[[Washington|GPE|Washington (state)]]\n\n"
        "Item 5.02 Departure of Directors or Certain Officers; Compensatory Arrangements of Certain Officers.\n\n"
        "On [[August 11, 2024|D|2024-08-11]], the Board of Directors of [[Starbucks Corporation|ORG|Starbucks]] (the \u201c[[Company|ORG|Starbucks]]\u201d) "
        "and [[Laxman Narasimhan|PERSON]] reached an agreement under which Mr. [[Narasimhan|PERSON|Laxman Narasimhan]] would step down as chief executive officer and as a director, effective "
        "[[August 13, 2024|D|2024-08-13]]. On [[August 12, 2024|D|2024-08-12]], the Board appointed [[Brian Niccol|PERSON]] as chairman and chief "
        "executive officer, effective [[September 9, 2024|D|2024-09-09]]. Mr. [[Niccol|PERSON|Brian Niccol]] has been chief executive officer of "
        "[[Chipotle Mexican Grill, Inc.|ORG|Chipotle Mexican Grill]] since [[March 2018|D|2018-03]]. [[Rachel Ruggeri|PERSON]], the "
        "[[Company|ORG|Starbucks]]'s chief financial officer, will serve as interim chief executive officer until then.\n\n"
        "Under his offer letter, Mr. [[Niccol|PERSON|Brian Niccol]] will receive an annual base salary of [[$1,600,000|money|1600000|USD]], a cash sign-on "
        "bonus of [[$10,000,000|money|10000000|USD]] and a new-hire equity award with a grant-date value of [[$75,000,000|money|75000000|USD]]. "
        "He will work from the [[Company|ORG|Starbucks]]'s [[Seattle|GPE]] headquarters and an office in [[Newport Beach|GPE|Newport Beach, California]].\n\n"
        "Item 7.01 [[Regulation FD|LAW|Regulation Fair Disclosure]] Disclosure.\n\n"
        "In a press release issued on [[August 13, 2024|D|2024-08-13]], Mr. [[Niccol|PERSON|Brian Niccol]] said: \u201cI am honored to join "
        "[[Starbucks|ORG]] at this pivotal moment.\u201d [[Mellody Hobson|PERSON]], the independent chair of the Board, said the directors believed "
        "Mr. [[Niccol|PERSON|Brian Niccol]] was the right leader to restore growth.\n\nDated: [[August 13, 2024|D|2024-08-13]]\n",
        [
            ("Brian Niccol", "say", "I am honored to join Starbucks at this pivotal moment.", True),
            ("Mellody Hobson", "say", "the directors believed Mr. Niccol was the right leader to restore growth", False),
        ],
    ),
    (
        "own18-ho-14", "format-court-press-summary", "2024-06-20", "2024-06-20",
        "PRESS SUMMARY\n\n[[20 June 2024|D|2024-06-20]]\n\n"
        "R (on the application of [[Finch|PERSON|Sarah Finch]] on behalf of the [[Weald Action Group|ORG]]) (Appellant) v "
        "[[Surrey County Council|ORG]] and others (Respondents)\n\n"
        "JUSTICES: Lord [[Reed|PERSON|Robert Reed, Baron Reed of Allermuir]] (President), Lord [[Sales|PERSON|Philip Sales, Lord Sales]], "
        "Lord [[Leggatt|PERSON|George Leggatt, Lord Leggatt]], Lord [[Kitchin|PERSON|David Kitchin, Lord Kitchin]], "
        "Lady [[Rose|PERSON|Vivien Rose, Lady Rose of Colmworth]]\n\n"
        "BACKGROUND TO THE APPEAL\n"
        "In [[September 2019|D|2019-09]] [[Surrey County Council|ORG]] granted planning permission to [[Horse Hill Developments Ltd|ORG|Horse Hill Developments]] "
        "to extract oil from [[six|count|6|well]] new wells near [[Horley|GPE]] over [[20 years|D|P20Y]]. The environmental statement assessed the site's "
        "own emissions but not those from burning the [[3.3 million tonnes|quantity|3300000|t]] of oil it would produce. Ms [[Finch|PERSON|Sarah Finch]] "
        "argued that this breached the [[Town and Country Planning (Environmental Impact Assessment) Regulations 2017|LAW]].\n\n"
        "JUDGMENT\n"
        "The [[Supreme Court|ORG|Supreme Court of the United Kingdom]] allows the appeal by a majority of [[three|number|3]] to [[two|number|2]]. "
        "Lord [[Leggatt|PERSON|George Leggatt, Lord Leggatt]] gives the lead judgment, with which Lord [[Kitchin|PERSON|David Kitchin, Lord Kitchin]] "
        "and Lady [[Rose|PERSON|Vivien Rose, Lady Rose of Colmworth]] agree. Lord [[Sales|PERSON|Philip Sales, Lord Sales]] gives a dissenting judgment, "
        "with which Lord [[Reed|PERSON|Robert Reed, Baron Reed of Allermuir]] agrees.\n\n"
        "REASONS FOR THE JUDGMENT\n"
        "The court holds that the council's decision was unlawful because the emissions from burning the oil were effects of the project that had to "
        "be assessed. Lord [[Sales|PERSON|Philip Sales, Lord Sales]] would have held that those emissions were too remote from the project.\n\n"
        "This summary is provided to help in understanding the [[Court|ORG|Supreme Court of the United Kingdom]]'s decision. It does not form part of "
        "the reasons for the decision.\n",
        [
            ("Sarah Finch", "argue", "this breached the Town and Country Planning (Environmental Impact Assessment) Regulations 2017", False),
            ("Supreme Court of the United Kingdom", "hold", "the council's decision was unlawful because the emissions from burning the oil were effects of the project that had to be assessed", False),
            ("Philip Sales, Lord Sales", "hold", "those emissions were too remote from the project", False),
        ],
    ),
]
