"""Write eval/own-statements-dev3.jsonl and its check file (FORMAT.md): statements in ordinary
news prose with every entity marked, since a statement's speaker is an entity's canonical name.

Session 19 (statements2): briefs of 2024-2025 news kinds (company results, a ministry's import
quota, an aviation regulator, a central bank, wage statistics, an offshore wind forecast cut, a
court penalty, a health agency, an election pledge, a football injury, rice reserves, an EU fine,
a refugee appeal, a car recall) whose speakers are named once and then referred to by a pronoun
("he said", "it added"), a role noun ("the ministry said", "the company said", "the judge
said"), a lone surname, a body behind
its people ("a spokesperson for X said", "officials at X said", "analysts at X said"), a report
or survey ("figures released by X showed", "a report by X found", "according to a survey by X"),
or after the content ("..., the ministry said"). Sentences that must give no statement stand
beside them: habitual speech ("has often said", "often say"), unnamed sources ("lawyers say",
"retailers say"), plain reports of acts and headlines. Written for briefx by hand and annotated
by ANNOTATION.md ("Entities", "Statements") before briefx was run on them; institutions and
office holders are real, the events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) with the content and figures as substrings, found and checked as in
``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev3.py``.
"""

from __future__ import annotations


from build_own_statements import write_sets

SOURCE = "written for briefx by hand (statements2 helper, session 19); CC0"

CASES = [
    (
        "own-dev3-retail-results",
        "2025-01-16",
        "[[Halvorsen Retail|ORG]] Lifts Dividend After Strong Christmas\n\n[[LONDON|GPE|London]], Jan 16 ([[Reuters|ORG]]) - [[Halvorsen Retail|ORG]] said on Thursday that like-for-like sales rose 4.2% in the six weeks to Jan. 4, helped by demand for premium food ranges.\n\nThe company said it expected full-year pretax profit of around £610 million, at the top end of analysts' forecasts. It added that it would raise its final dividend by 10%.\n\nChief executive [[Priya Nandakumar|PERSON]] said shoppers had traded up over the festive period. “We gained market share in every week of the quarter,” [[Nandakumar|PERSON|Priya Nandakumar]] told reporters on a call.\n\nFinance director [[Tom Ashby|PERSON]] said cost savings of £90 million would offset higher national insurance contributions. He warned that food inflation could reach 5% by the summer.\n\nShares in [[Halvorsen|ORG|Halvorsen Retail]] rose 6% in early trading.\n",
        [
            ("Halvorsen Retail", "say", "like-for-like sales rose 4.2% in the six weeks to Jan. 4, helped by demand for premium food ranges", False, ["4.2%"]),
            ("Halvorsen Retail", "say", "it expected full-year pretax profit of around £610 million, at the top end of analysts' forecasts", False, ["around £610 million"]),
            ("Halvorsen Retail", "add", "it would raise its final dividend by 10%", False, ["10%"]),
            ("Priya Nandakumar", "say", "shoppers had traded up over the festive period", False, []),
            ("Priya Nandakumar", "tell", "We gained market share in every week of the quarter", True, []),
            ("Tom Ashby", "say", "cost savings of £90 million would offset higher national insurance contributions", False, ["£90 million"]),
            ("Tom Ashby", "warn", "food inflation could reach 5% by the summer", False, ["5%"]),
        ],
    ),
    (
        "own-dev3-kenya-maize",
        "2025-03-03",
        "[[Kenya|GPE]] Raises Maize Import Quota\n\n[[NAIROBI|GPE|Nairobi]], March 3 — [[Kenya|GPE]]'s [[Ministry of Agriculture and Livestock Development|ORG]] said on Monday it would allow traders to import 500,000 tonnes of duty-free maize to ease shortages after a poor short-rains harvest.\n\nThe ministry said the quota would run until the end of June. Agriculture Cabinet Secretary [[Mutahi Kagwe|PERSON]] told a news conference in [[Nairobi|GPE]] that flour prices had risen by nearly 30% since November. The minister said the government would also release 2 million bags from the national food reserve.\n\nMillers have long argued that quotas arrive too late. The [[Cereal Growers Association|ORG]] urged the ministry to protect local farmers, saying imports should stop once the long-rains harvest begins.\n",
        [
            ("Ministry of Agriculture and Livestock Development", "say", "it would allow traders to import 500,000 tonnes of duty-free maize to ease shortages after a poor short-rains harvest", False, ["500,000 tonnes"]),
            ("Ministry of Agriculture and Livestock Development", "say", "the quota would run until the end of June", False, []),
            ("Mutahi Kagwe", "tell", "flour prices had risen by nearly 30% since November", False, ["nearly 30%"]),
            ("Mutahi Kagwe", "say", "the government would also release 2 million bags from the national food reserve", False, ["2 million"]),
            ("Cereal Growers Association", "urge", "the ministry to protect local farmers", False, []),
            ("Cereal Growers Association", "say", "imports should stop once the long-rains harvest begins", False, []),
        ],
    ),
    (
        "own-dev3-easa-pumps",
        "2025-05-20",
        "[[COLOGNE|GPE|Cologne]], [[Germany|GPE]], May 20 ([[AP|ORG|Associated Press]]) — [[Europe|LOC]]'s aviation regulator ordered airlines on Tuesday to inspect fuel pumps on about 400 [[Airbus A320neo|PRODUCT]] jets after a fault was found on an aircraft in [[Spain|GPE]].\n\nA spokesperson for the [[European Union Aviation Safety Agency|ORG]] said the inspections should take less than three hours per aircraft. Officials at [[Airbus|ORG]] said the company had identified the supplier batch involved and was working with operators.\n\n[[Lufthansa|ORG]] said it expected no cancellations. [[Wizz Air|ORG]], which flies 140 of the affected jets, said in a statement that up to 15 aircraft could be grounded at any one time. The airline added that passengers would be rebooked free of charge.\n\nAirline groups often say such orders come with too little notice.\n",
        [
            ("European Union Aviation Safety Agency", "say", "the inspections should take less than three hours per aircraft", False, []),
            ("Airbus", "say", "the company had identified the supplier batch involved and was working with operators", False, []),
            ("Lufthansa", "say", "it expected no cancellations", False, []),
            ("Wizz Air", "say", "up to 15 aircraft could be grounded at any one time", False, ["up to 15"]),
            ("Wizz Air", "add", "passengers would be rebooked free of charge", False, []),
        ],
    ),
    (
        "own-dev3-bok-cut",
        "2025-02-25",
        "[[Bank of Korea|ORG]] Cuts Rates as Exports Slow\n\n[[SEOUL|GPE|Seoul]], Feb 25 ([[Yonhap|ORG|Yonhap News Agency]]) — [[South Korea|GPE]]'s central bank cut its benchmark interest rate by 0.25 percentage point to 2.75% on Tuesday and lowered its growth forecast.\n\nGrowth this year will likely slow to 1.5%, the bank said in a statement. Governor [[Rhee Chang-yong|PERSON]] told reporters that further cuts were possible if exports weakened. “Uncertainty over [[U.S.|GPE|United States]] tariffs has increased sharply,” he said.\n\n[[Rhee|PERSON|Rhee Chang-yong]] said the board's vote had been unanimous. He noted that household debt had grown by 4 trillion won in January.\n\nThe won weakened 0.3% against the dollar after the decision.\n",
        [
            ("Bank of Korea", "say", "Growth this year will likely slow to 1.5%", False, ["1.5%"]),
            ("Rhee Chang-yong", "tell", "further cuts were possible if exports weakened", False, []),
            ("Rhee Chang-yong", "say", "Uncertainty over U.S. tariffs has increased sharply", True, []),
            ("Rhee Chang-yong", "say", "the board's vote had been unanimous", False, []),
            ("Rhee Chang-yong", "note", "household debt had grown by 4 trillion won in January", False, ["4 trillion won"]),
        ],
    ),
    (
        "own-dev3-uk-wages",
        "2025-01-21",
        "[[UK|GPE|United Kingdom]] Wage Growth Slows as Unemployment Rises\n\nRegular pay growth in [[Britain|GPE|United Kingdom]] slowed to 5.6% in the three months to November, figures released by the [[Office for National Statistics|ORG]] showed on Tuesday.\n\nThe unemployment rate rose to 4.4%, the [[ONS|ORG|Office for National Statistics]] said. [[Liz McKeown|PERSON]], the statistics office's director of economic statistics, said the labour market was cooling gradually.\n\nA separate report by the [[Resolution Foundation|ORG]] found that real wages were still 1% below their 2008 peak for the lowest-paid workers.\n\nEmployers expect to raise pay by 3% this year, according to a survey by the [[Chartered Institute of Personnel and Development|ORG]]. Chancellor [[Rachel Reeves|PERSON]] said the figures showed the government's plan was working.\n",
        [
            ("Office for National Statistics", "show", "Regular pay growth in Britain slowed to 5.6% in the three months to November", False, ["5.6%"]),
            ("Office for National Statistics", "say", "The unemployment rate rose to 4.4%", False, ["4.4%"]),
            ("Liz McKeown", "say", "the labour market was cooling gradually", False, []),
            ("Resolution Foundation", "find", "real wages were still 1% below their 2008 peak for the lowest-paid workers", False, ["1%"]),
            ("Chartered Institute of Personnel and Development", "according to", "Employers expect to raise pay by 3% this year", False, ["3%"]),
            ("Rachel Reeves", "say", "the figures showed the government's plan was working", False, []),
        ],
    ),
    (
        "own-dev3-orsted",
        "2025-08-15",
        "[[COPENHAGEN|GPE|Copenhagen]], Aug 15 ([[Reuters|ORG]]) - [[Orsted|ORG]] on Thursday forecast 2025 operating profit of between 24 billion and 27 billion Danish crowns, citing delays at two [[U.S.|GPE|United States]] offshore wind projects.\n\nThe [[Danish|NORP]] company, which is 50.1% owned by the state, said impairments of 12 billion crowns would hit its quarterly results. It also said it would cut 800 jobs by the end of 2026.\n\nChief executive [[Rasmus Errboe|PERSON]] said the [[U.S.|GPE|United States]] market remained attractive in the long term. “We are not walking away from [[America|GPE|United States]],” he told analysts. He added that talks with suppliers over compensation were continuing.\n\nAnalysts at [[Jefferies|ORG]] said the cut was larger than expected.\n",
        [
            ("Orsted", "forecast", "2025 operating profit of between 24 billion and 27 billion Danish crowns", False, ["24 billion", "27 billion Danish crowns"]),
            ("Orsted", "cite", "delays at two U.S. offshore wind projects", False, ["two"]),
            ("Orsted", "say", "impairments of 12 billion crowns would hit its quarterly results", False, ["12 billion crowns"]),
            ("Orsted", "say", "it would cut 800 jobs by the end of 2026", False, ["800"]),
            ("Rasmus Errboe", "say", "the U.S. market remained attractive in the long term", False, []),
            ("Rasmus Errboe", "tell", "We are not walking away from America", True, []),
            ("Rasmus Errboe", "add", "talks with suppliers over compensation were continuing", False, []),
            ("Jefferies", "say", "the cut was larger than expected", False, []),
        ],
    ),
    (
        "own-dev3-qantas-court",
        "2025-06-04",
        "[[SYDNEY|GPE|Sydney]], June 4 — [[Australia|GPE]]'s [[Federal Court|ORG|Federal Court of Australia]] ruled on Wednesday that [[Qantas|ORG]] must pay A$90 million in compensation to 1,820 ground workers whose jobs were outsourced during the pandemic.\n\nJustice [[Michael Lee|PERSON]] said the penalty should deter other employers from breaking workplace laws. The judge said the airline had shown little contrition.\n\nThe [[Transport Workers' Union|ORG]] said the ruling was a victory for every worker in the country. Its national secretary, [[Michael Kaine|PERSON]], called for the airline's board to apologise.\n\n[[Qantas|ORG]] said in a statement that it accepted the decision. The case is likely to be cited in future disputes, lawyers say.\n",
        [
            ("Federal Court of Australia", "rule", "Qantas must pay A$90 million in compensation to 1,820 ground workers whose jobs were outsourced during the pandemic", False, ["A$90 million", "1,820"]),
            ("Michael Lee", "say", "the penalty should deter other employers from breaking workplace laws", False, []),
            ("Michael Lee", "say", "the airline had shown little contrition", False, []),
            ("Transport Workers' Union", "say", "the ruling was a victory for every worker in the country", False, []),
            ("Michael Kaine", "call for", "the airline's board to apologise", False, []),
            ("Qantas", "say", "it accepted the decision", False, []),
        ],
    ),
    (
        "own-dev3-who-mpox",
        "2025-09-05",
        "[[GENEVA|GPE|Geneva]], Sept 5 — The [[World Health Organization|ORG]] said on Friday that mpox cases in [[Africa|LOC]] had fallen by 40% since June, but warned that testing rates remained too low to be sure of the trend.\n\nThe agency said it had shipped 1.2 million vaccine doses to 11 countries. It called for a further $145 million to fund the response until the end of the year.\n\n“We cannot afford to let our guard down,” [[WHO|ORG|World Health Organization]] Director-General [[Tedros Adhanom Ghebreyesus|PERSON]] told a briefing. [[Tedros|PERSON|Tedros Adhanom Ghebreyesus]] said the [[Democratic Republic of Congo|GPE|Democratic Republic of the Congo]] still accounted for most new cases.\n\nFunding for health programmes has fallen sharply this year, the [[Africa Centres for Disease Control and Prevention|ORG]] said in a statement.\n",
        [
            ("World Health Organization", "say", "mpox cases in Africa had fallen by 40% since June", False, ["40%"]),
            ("World Health Organization", "warn", "testing rates remained too low to be sure of the trend", False, []),
            ("World Health Organization", "say", "it had shipped 1.2 million vaccine doses to 11 countries", False, ["1.2 million", "11"]),
            ("World Health Organization", "call for", "a further $145 million to fund the response until the end of the year", False, ["$145 million"]),
            ("Tedros Adhanom Ghebreyesus", "tell", "We cannot afford to let our guard down", True, []),
            ("Tedros Adhanom Ghebreyesus", "say", "the Democratic Republic of Congo still accounted for most new cases", False, []),
            ("Africa Centres for Disease Control and Prevention", "say", "Funding for health programmes has fallen sharply this year", False, []),
        ],
    ),
    (
        "own-dev3-carney-housing",
        "2025-04-08",
        "[[Carney|PERSON|Mark Carney]] Pledges to Double Home Building\n\n[[OTTAWA|GPE|Ottawa]], April 8 — Prime Minister [[Mark Carney|PERSON]] pledged on Tuesday to build 500,000 homes a year if his party wins the April 28 election.\n\n[[Carney|PERSON|Mark Carney]] said a new federal agency would provide C$25 billion in low-cost loans to builders. He has often said that housing is the country's biggest economic challenge.\n\nOpposition leader [[Pierre Poilievre|PERSON]] dismissed the plan. “This is the same promise we heard ten years ago,” he said at a rally in [[Montreal|GPE]]. [[Poilievre|PERSON|Pierre Poilievre]] promised to cut the federal sales tax on new homes worth up to C$1.3 million.\n\nEconomists at the [[Royal Bank of Canada|ORG]] estimated that the country needs 430,000 new homes a year to restore affordability.\n",
        [
            ("Mark Carney", "pledge", "build 500,000 homes a year if his party wins the April 28 election", False, ["500,000"]),
            ("Mark Carney", "say", "a new federal agency would provide C$25 billion in low-cost loans to builders", False, ["C$25 billion"]),
            ("Pierre Poilievre", "say", "This is the same promise we heard ten years ago", True, []),
            ("Pierre Poilievre", "promise", "cut the federal sales tax on new homes worth up to C$1.3 million", False, ["up to C$1.3 million"]),
            ("Royal Bank of Canada", "estimate", "the country needs 430,000 new homes a year to restore affordability", False, ["430,000"]),
        ],
    ),
    (
        "own-dev3-newcastle-isak",
        "2025-03-17",
        "[[Newcastle|ORG|Newcastle United]] Confirm [[Isak|PERSON|Alexander Isak]] Injury\n\n[[Newcastle United|ORG]] said on Monday that striker [[Alexander Isak|PERSON]] would miss at least six weeks with a groin injury.\n\nManager [[Eddie Howe|PERSON]] told reporters the [[Swede|NORP]] had been playing through pain for a month. “[[Alex|PERSON|Alexander Isak]] wanted to play on, but we could not take the risk,” [[Howe|PERSON|Eddie Howe]] said. He denied that the club had fallen out with the player's agent.\n\nThe club confirmed that [[Isak|PERSON|Alexander Isak]] would travel to [[Sweden|GPE]] for treatment. [[Sweden|GPE]] coach [[Jon Dahl Tomasson|PERSON]] said he hoped the striker would be fit for next month's qualifiers.\n\n[[Newcastle|ORG|Newcastle United]], who are fifth in the [[Premier League|ORG]], face [[Arsenal|ORG]] on Saturday.\n",
        [
            ("Newcastle United", "say", "striker Alexander Isak would miss at least six weeks with a groin injury", False, []),
            ("Eddie Howe", "tell", "the Swede had been playing through pain for a month", False, []),
            ("Eddie Howe", "say", "Alex wanted to play on, but we could not take the risk", True, []),
            ("Eddie Howe", "deny", "the club had fallen out with the player's agent", False, []),
            ("Newcastle United", "confirm", "Isak would travel to Sweden for treatment", False, []),
            ("Jon Dahl Tomasson", "say", "he hoped the striker would be fit for next month's qualifiers", False, []),
        ],
    ),
    (
        "own-dev3-japan-rice",
        "2025-03-10",
        "[[Japan|GPE]] to Release More Rice From Reserves\n\n[[TOKYO|GPE|Tokyo]], March 10 ([[Kyodo|ORG|Kyodo News]]) — The [[Japanese|NORP]] Government said on Monday it would release a further 100,000 tonnes of rice from state reserves to bring down prices that have nearly doubled in a year.\n\nFarm Minister [[Taku Eto|PERSON]] said the release would begin before the end of the month. The minister added that the government would buy the rice back within a year.\n\n[[JA Zen-Noh|ORG]], the national federation of farm cooperatives, said it had no plans to sell rice from its own stocks at lower prices. Retailers say shortages are easing.\n\nAverage supermarket prices reached 4,172 yen for a 5-kilogram bag last week, the [[Ministry of Agriculture, Forestry and Fisheries|ORG]] said.\n",
        [
            ("Japan", "say", "it would release a further 100,000 tonnes of rice from state reserves to bring down prices that have nearly doubled in a year", False, ["100,000 tonnes"]),
            ("Taku Eto", "say", "the release would begin before the end of the month", False, []),
            ("Taku Eto", "add", "the government would buy the rice back within a year", False, []),
            ("JA Zen-Noh", "say", "it had no plans to sell rice from its own stocks at lower prices", False, []),
            ("Ministry of Agriculture, Forestry and Fisheries", "say", "Average supermarket prices reached 4,172 yen for a 5-kilogram bag last week", False, ["4,172 yen", "5-kilogram"]),
        ],
    ),
    (
        "own-dev3-meta-dma",
        "2025-04-23",
        "[[EU|ORG|European Union]] Fines [[Meta|ORG|Meta Platforms]] €200 Million Under [[Digital Markets Act|LAW]]\n\n[[BRUSSELS|GPE|Brussels]], April 23 — The [[European Commission|ORG]] fined [[Meta Platforms|ORG]] €200 million on Wednesday, saying its pay-or-consent advertising model breached the [[Digital Markets Act|LAW]].\n\nThe [[Commission|ORG|European Commission]] said [[Meta|ORG|Meta Platforms]] had 60 days to change the model or face daily penalties of up to 5% of its average daily worldwide turnover.\n\nCompetition chief [[Teresa Ribera|PERSON]] said the decision sent a clear message to all gatekeepers. “Every company operating in the [[EU|ORG|European Union]] must follow our laws,” she said.\n\nA spokesperson for [[Meta|ORG|Meta Platforms]] said the company would appeal, arguing that the [[Commission|ORG|European Commission]] was handicapping a successful [[American|NORP]] business. [[Meta|ORG|Meta Platforms]] has previously claimed that the model complies with [[EU|ORG|European Union]] rules.\n\n[[Apple|ORG|Apple Inc.]], which was fined €500 million the same day, said in a statement it would also appeal.\n",
        [
            ("European Commission", "say", "its pay-or-consent advertising model breached the Digital Markets Act", False, []),
            ("European Commission", "say", "Meta had 60 days to change the model or face daily penalties of up to 5% of its average daily worldwide turnover", False, ["up to 5%"]),
            ("Teresa Ribera", "say", "the decision sent a clear message to all gatekeepers", False, []),
            ("Teresa Ribera", "say", "Every company operating in the EU must follow our laws", True, []),
            ("Meta Platforms", "say", "the company would appeal", False, []),
            ("Meta Platforms", "argue", "the Commission was handicapping a successful American business", False, []),
            ("Meta Platforms", "claim", "the model complies with EU rules", False, []),
            ("Apple Inc.", "say", "it would also appeal", False, []),
        ],
    ),
    (
        "own-dev3-unhcr-sudan",
        "2025-02-17",
        "[[UN|ORG|United Nations]] Appeals for Sudanese Refugees\n\n[[GENEVA|GPE|Geneva]], Feb 17 — The [[United Nations High Commissioner for Refugees|ORG]] appealed on Monday for $1.8 billion to support 4.8 million [[Sudanese|NORP]] refugees in neighbouring countries this year.\n\nNearly 12 million people have been forced from their homes since the war began in April 2023, the agency said. It reported that 700 people a day were still crossing into [[Chad|GPE]].\n\n[[UNHCR|ORG|United Nations High Commissioner for Refugees]]'s regional director, [[Mamadou Dian Balde|PERSON]], told reporters in [[Geneva|GPE]] that many arrivals were women and children. “People are arriving with nothing,” he said. [[Balde|PERSON|Mamadou Dian Balde]] said the agency planned to move 100,000 refugees away from the border before the rainy season.\n\nThe [[World Food Programme|ORG]] argued that its own budget shortfall of $600 million would force ration cuts.\n",
        [
            ("United Nations High Commissioner for Refugees", "appeal for", "$1.8 billion to support 4.8 million Sudanese refugees in neighbouring countries this year", False, ["$1.8 billion", "4.8 million"]),
            ("United Nations High Commissioner for Refugees", "say", "Nearly 12 million people have been forced from their homes since the war began in April 2023", False, ["Nearly 12 million"]),
            ("United Nations High Commissioner for Refugees", "report", "700 people a day were still crossing into Chad", False, ["700"]),
            ("Mamadou Dian Balde", "tell", "many arrivals were women and children", False, []),
            ("Mamadou Dian Balde", "say", "People are arriving with nothing", True, []),
            ("Mamadou Dian Balde", "say", "the agency planned to move 100,000 refugees away from the border before the rainy season", False, ["100,000"]),
            ("World Food Programme", "argue", "its own budget shortfall of $600 million would force ration cuts", False, ["$600 million"]),
        ],
    ),
    (
        "own-dev3-ford-recall",
        "2025-10-02",
        "[[DETROIT|GPE|Detroit]], Oct 2 ([[Reuters|ORG]]) - [[Ford Motor|ORG|Ford Motor Company]] is recalling 1.45 million vehicles in the [[United States|GPE]] because rearview cameras may fail, the [[National Highway Traffic Safety Administration|ORG]] said on Thursday.\n\nThe recall covers several models built between 2015 and 2019, the agency said. [[Ford|ORG|Ford Motor Company]] said it was not aware of any crashes linked to the problem, and that dealers would replace the camera software free of charge.\n\nThe automaker said the recall would cost about $570 million, which it had already set aside. Its shares fell 1.2%.\n\nChief executive [[Jim Farley|PERSON]] has repeatedly said quality is his top priority. [[Farley|PERSON|Jim Farley]] told investors in July that warranty costs would fall by $1 billion next year.\n",
        [
            ("National Highway Traffic Safety Administration", "say", "Ford Motor is recalling 1.45 million vehicles in the United States because rearview cameras may fail", False, ["1.45 million"]),
            ("National Highway Traffic Safety Administration", "say", "The recall covers several models built between 2015 and 2019", False, []),
            ("Ford Motor Company", "say", "it was not aware of any crashes linked to the problem", False, []),
            ("Ford Motor Company", "say", "dealers would replace the camera software free of charge", False, []),
            ("Ford Motor Company", "say", "the recall would cost about $570 million, which it had already set aside", False, ["about $570 million"]),
            ("Jim Farley", "tell", "warranty costs would fall by $1 billion next year", False, ["$1 billion"]),
        ],
    ),
]

CHECK = [
    (
        "own-dev3c-copper-mine",
        "2025-07-24",
        "[[LIMA|GPE|Lima]], July 24 ([[Reuters|ORG]]) - [[Antofagasta|ORG|Antofagasta plc]] said on Thursday that copper output at its [[Chilean|NORP]] mines fell 7% in the second quarter because of lower ore grades.\n\nThe miner said it still expected to produce between 660,000 and 700,000 tonnes this year. It added that costs would rise to about $1.65 a pound.\n\nChief executive [[Ivan Arriagada|PERSON]] said water shortages had eased after the company connected a desalination plant. “We are on track,” [[Arriagada|PERSON|Ivan Arriagada]] told analysts.\n\nMining companies often say grades will recover.\n",
        [
            ("Antofagasta plc", "say", "copper output at its Chilean mines fell 7% in the second quarter because of lower ore grades", False, ["7%"]),
            ("Antofagasta plc", "say", "it still expected to produce between 660,000 and 700,000 tonnes this year", False, ["660,000", "700,000 tonnes"]),
            ("Antofagasta plc", "add", "costs would rise to about $1.65 a pound", False, ["about $1.65"]),
            ("Ivan Arriagada", "say", "water shortages had eased after the company connected a desalination plant", False, []),
            ("Ivan Arriagada", "tell", "We are on track", True, []),
        ],
    ),
    (
        "own-dev3c-stats-nz",
        "2025-05-07",
        "[[WELLINGTON|GPE|Wellington]], May 7 — [[New Zealand|GPE]]'s unemployment rate held at 5.1% in the first quarter, data released by [[Stats NZ|ORG]] showed on Wednesday.\n\nEmployment rose 0.1%, the statistics agency said. Economists at [[Westpac|ORG]] said the labour market was close to a turning point.\n\nThe [[Reserve Bank of New Zealand|ORG]] is expected to cut rates again this month, according to a poll by [[Bloomberg|ORG|Bloomberg News]].\n",
        [
            ("Stats NZ", "show", "New Zealand's unemployment rate held at 5.1% in the first quarter", False, ["5.1%"]),
            ("Stats NZ", "say", "Employment rose 0.1%", False, ["0.1%"]),
            ("Westpac", "say", "the labour market was close to a turning point", False, []),
            ("Bloomberg News", "according to", "The Reserve Bank of New Zealand is expected to cut rates again this month", False, []),
        ],
    ),
    (
        "own-dev3c-nigeria-fuel",
        "2025-06-12",
        "[[ABUJA|GPE|Abuja]], June 12 — [[Nigeria|GPE]]'s Finance Minister [[Wale Edun|PERSON]] said on Thursday the government would spend 1.5 trillion naira on road repairs this year.\n\nHe told lawmakers that savings from the end of fuel subsidies would pay for the programme. The minister added that the naira had stabilised.\n\nThe [[Nigerian National Petroleum Company|ORG]] said petrol stocks would last 30 days, according to a statement from its spokesman.\n",
        [
            ("Wale Edun", "say", "the government would spend 1.5 trillion naira on road repairs this year", False, ["1.5 trillion naira"]),
            ("Wale Edun", "tell", "savings from the end of fuel subsidies would pay for the programme", False, []),
            ("Wale Edun", "add", "the naira had stabilised", False, []),
            ("Nigerian National Petroleum Company", "say", "petrol stocks would last 30 days", False, []),
        ],
    ),
    (
        "own-dev3c-wildfire-police",
        "2025-08-11",
        "[[MARSEILLE|GPE|Marseille]], [[France|GPE]], Aug 11 — A wildfire north of [[Marseille|GPE]] has burned 750 hectares and forced 1,200 people from their homes, a spokesperson for the regional fire service said on Monday.\n\n“The wind is our biggest enemy,” said [[Lionel Mathieu|PERSON]], the service's deputy commander. He said 900 firefighters were at the scene.\n\nThe fire could reach the coast by evening, the [[Bouches-du-Rhône|GPE]] prefecture warned.\n",
        [
            ("Lionel Mathieu", "say", "The wind is our biggest enemy", True, []),
            ("Lionel Mathieu", "say", "900 firefighters were at the scene", False, ["900"]),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev3", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
