"""Write eval/own-statements-dev37s.jsonl and its check file (FORMAT.md): who speaks when a
description, a pronoun or two candidates stand near the cue.

Session 37 (speakers37): briefs in several registers (wire copy, results, government releases,
courts, police, sport, health, markets) whose statements are attributed by full name, surname,
title ("the minister added"), description ("the ministry said", "the bank noted", "the
regulator said"), pronoun ("he", "she", "it") and organisation, written so that the nearest
entity to the cue is often not the speaker: a person named in apposition with their body or
country ("X's Finance Minister Y said", "said Y, chief economist at X", "the agency's head, Y,
told reporters"), a description whose nearest earlier entity is of another kind than its head
noun, a title that names the person who holds it in the text, and "he"/"she" after a person of
the other gender. Written for briefx by hand and annotated by ANNOTATION.md ("Entities",
"Statements") before briefx was run on them; institutions and countries are real, the people,
events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) as in ``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev37s.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (speakers37 helper, session 37); CC0"

CASES = [
    (
        "own-dev37s-kenya-treasury",
        "2026-03-03",
        (
            "[[NAIROBI|GPE|Nairobi]], March 3 ([[Reuters|ORG]]) - [[Kenya|GPE]]'s Treasury Secretary [[John Mbadi|PERSON]] "
            "said on Tuesday the government would cut its borrowing target for the fiscal year. [[Mbadi|PERSON|John Mbadi]] "
            "told lawmakers that revenue collection had improved since January. The [[Central Bank of Kenya|ORG]] said "
            "separately it expected inflation to stay within its target range. The bank added that the shilling had been "
            "stable against the dollar.\n"
        ),
        [
            ("John Mbadi", "say", "the government would cut its borrowing target for the fiscal year", False, []),
            ("John Mbadi", "tell", "revenue collection had improved since January", False, []),
            ("Central Bank of Kenya", "say", "it expected inflation to stay within its target range", False, []),
            ("Central Bank of Kenya", "add", "the shilling had been stable against the dollar", False, []),
        ],
    ),
    (
        "own-dev37s-swedbank-lind",
        "2026-06-12",
        (
            "[[Statistics Sweden|ORG]] said on Friday consumer prices rose faster than expected in May. “The surprise came "
            "from food and energy,” said [[Anna Lind|PERSON]], chief economist at [[Swedbank|ORG]]. [[Lind|PERSON|Anna Lind]] "
            "said the [[Riksbank|ORG|Sveriges Riksbank]] would probably keep rates on hold in June. The central bank said last "
            "month it saw room for one more cut this year.\n"
        ),
        [
            ("Statistics Sweden", "say", "consumer prices rose faster than expected in May", False, []),
            ("Anna Lind", "say", "The surprise came from food and energy", True, []),
            ("Anna Lind", "say", "the Riksbank would probably keep rates on hold in June", False, []),
            ("Sveriges Riksbank", "say", "it saw room for one more cut this year", False, ["one"]),
        ],
    ),
    (
        "own-dev37s-ema-head",
        "2026-05-21",
        (
            "The [[European Medicines Agency|ORG]] on Thursday backed a new malaria vaccine for children. The agency's head, "
            "[[Emer Cooke|PERSON]], told reporters the shot had shown strong results in trials. She said the first doses "
            "could reach clinics in [[Ghana|GPE]] and [[Malawi|GPE]] next year. The regulator said it would review safety "
            "data every six months.\n"
        ),
        [
            ("Emer Cooke", "tell", "the shot had shown strong results in trials", False, []),
            ("Emer Cooke", "say", "the first doses could reach clinics in Ghana and Malawi next year", False, []),
            ("European Medicines Agency", "say", "it would review safety data every six months", False, []),
        ],
    ),
    (
        "own-dev37s-nigeria-edun",
        "2026-04-13",
        (
            "[[Nigeria|GPE]]'s Finance Minister [[Wale Edun|PERSON]] said on Monday the government would raise 1.5 trillion "
            "naira from bond sales. The [[Debt Management Office|ORG]] said the first auction would take place in July. The "
            "minister added that the proceeds would fund road and rail projects. “We will not borrow for consumption,” he "
            "said.\n"
        ),
        [
            ("Wale Edun", "say", "the government would raise 1.5 trillion naira from bond sales", False, ["1.5 trillion naira"]),
            ("Debt Management Office", "say", "the first auction would take place in July", False, ["first"]),
            ("Wale Edun", "add", "the proceeds would fund road and rail projects", False, []),
            ("Wale Edun", "say", "We will not borrow for consumption", True, []),
        ],
    ),
    (
        "own-dev37s-volvo-tariffs",
        "2026-07-15",
        (
            "[[Volvo Cars|ORG]] said on Wednesday it would cut 3,000 jobs after profit fell in the second quarter. Chief "
            "executive [[Hakan Samuelsson|PERSON]] said tariffs in the [[United States|GPE]] had hit sales. The carmaker "
            "said it still expected to return to growth next year. He told analysts that new models would arrive in the "
            "autumn.\n"
        ),
        [
            ("Volvo Cars", "say", "it would cut 3,000 jobs after profit fell in the second quarter", False, ["3,000"]),
            ("Hakan Samuelsson", "say", "tariffs in the United States had hit sales", False, []),
            ("Volvo Cars", "say", "it still expected to return to growth next year", False, []),
            ("Hakan Samuelsson", "tell", "new models would arrive in the autumn", False, []),
        ],
    ),
    (
        "own-dev37s-thames-valley",
        "2026-02-09",
        (
            "[[Thames Valley Police|ORG]] said two men had been arrested after a break-in at a jewellery shop in "
            "[[Reading|GPE]]. Detective Inspector [[Sarah Cole|PERSON]] said officers were looking for another suspect. "
            "“We believe he fled towards the station,” she said. The force added that no one had been injured.\n"
        ),
        [
            ("Thames Valley Police", "say", "two men had been arrested after a break-in at a jewellery shop in Reading", False, ["two"]),
            ("Sarah Cole", "say", "officers were looking for another suspect", False, []),
            ("Sarah Cole", "say", "We believe he fled towards the station", True, []),
            ("Thames Valley Police", "add", "no one had been injured", False, []),
        ],
    ),
    (
        "own-dev37s-opec-rystad",
        "2026-03-24",
        (
            "Oil prices rose on Tuesday after [[OPEC|ORG]] said it would keep output steady until June. “The market had "
            "priced in an increase,” said [[Priya Nair|PERSON]], an analyst at [[Rystad Energy|ORG]]. [[Nair|PERSON|Priya Nair]] "
            "said prices could reach $90 a barrel by the summer. The group said its members would meet again in May.\n"
        ),
        [
            ("OPEC", "say", "it would keep output steady until June", False, []),
            ("Priya Nair", "say", "The market had priced in an increase", True, []),
            ("Priya Nair", "say", "prices could reach $90 a barrel by the summer", False, ["$90 a barrel"]),
            ("OPEC", "say", "its members would meet again in May", False, []),
        ],
    ),
    (
        "own-dev37s-syrup-recall",
        "2026-01-16",
        (
            "The [[Ministry of Health and Family Welfare|ORG]] said on Friday it had ordered a recall of a cough syrup made "
            "by [[Marion Biotech|ORG]]. The company said its products met all safety standards. The ministry said tests had "
            "found contamination in 18 samples. The drugmaker's managing director, [[Sachin Jain|PERSON]], said the firm "
            "would cooperate with inspectors.\n"
        ),
        [
            ("Ministry of Health and Family Welfare", "say", "it had ordered a recall of a cough syrup made by Marion Biotech", False, []),
            ("Marion Biotech", "say", "its products met all safety standards", False, []),
            ("Ministry of Health and Family Welfare", "say", "tests had found contamination in 18 samples", False, ["18"]),
            ("Sachin Jain", "say", "the firm would cooperate with inspectors", False, []),
        ],
    ),
    (
        "own-dev37s-paris-judge",
        "2026-10-08",
        (
            "A court in [[Paris|GPE]] fined [[Apple|ORG|Apple Inc.]] 150 million euros on Thursday for misleading customers "
            "about battery life. Judge [[Claire Moreau|PERSON]] said the company had hidden a software update from users. "
            "The judge added that the fine reflected the scale of the harm. [[Apple|ORG|Apple Inc.]] said it would appeal. "
            "It said the ruling ignored changes made since 2020.\n"
        ),
        [
            ("Claire Moreau", "say", "the company had hidden a software update from users", False, []),
            ("Claire Moreau", "add", "the fine reflected the scale of the harm", False, []),
            ("Apple Inc.", "say", "it would appeal", False, []),
            ("Apple Inc.", "say", "the ruling ignored changes made since 2020", False, []),
        ],
    ),
    (
        "own-dev37s-nrc-unicef",
        "2026-08-19",
        (
            "[[Maria Olsen|PERSON]], head of the [[Norwegian Refugee Council|ORG]], and [[Thomas Berg|PERSON]] of "
            "[[UNICEF|ORG]] visited camps in eastern [[Chad|GPE]] this week. She said 200,000 people had arrived since April. "
            "He told reporters that children made up most of the new arrivals. The council said it needed $40 million to "
            "keep its clinics open.\n"
        ),
        [
            ("Maria Olsen", "say", "200,000 people had arrived since April", False, ["200,000"]),
            ("Thomas Berg", "tell", "children made up most of the new arrivals", False, []),
            ("Norwegian Refugee Council", "say", "it needed $40 million to keep its clinics open", False, ["$40 million"]),
        ],
    ),
    (
        "own-dev37s-ghana-cocoa",
        "2026-09-02",
        (
            "[[ACCRA|GPE|Accra]], Sept 2 ([[Reuters|ORG]]) - [[Ghana|GPE]] will raise the price it pays cocoa farmers by 20% "
            "this season, Agriculture Minister [[Eric Opoku|PERSON]] said on Tuesday. The minister said smuggling to "
            "neighbouring countries had fallen. The [[Ghana Cocoa Board|ORG]] said it had secured a $1.2 billion loan to buy "
            "the crop. The regulator added that purchases would begin in October.\n"
        ),
        [
            ("Eric Opoku", "say", "Ghana will raise the price it pays cocoa farmers by 20% this season", False, ["20%"]),
            ("Eric Opoku", "say", "smuggling to neighbouring countries had fallen", False, []),
            ("Ghana Cocoa Board", "say", "it had secured a $1.2 billion loan to buy the crop", False, ["$1.2 billion"]),
            ("Ghana Cocoa Board", "add", "purchases would begin in October", False, []),
        ],
    ),
    (
        "own-dev37s-unite-ba",
        "2026-05-06",
        (
            "Cabin crew at [[British Airways|ORG]] will strike for three days next week, the [[Unite|ORG|Unite the Union]] "
            "union said on Wednesday. The airline said it would run most of its flights from [[Heathrow|FAC|Heathrow Airport]]. "
            "The union said talks had broken down over pay. Its general secretary, [[Sharon Graham|PERSON]], said the company "
            "had refused to make a fair offer.\n"
        ),
        [
            ("Unite the Union", "say", "Cabin crew at British Airways will strike for three days next week", False, ["three days"]),
            ("British Airways", "say", "it would run most of its flights from Heathrow", False, []),
            ("Unite the Union", "say", "talks had broken down over pay", False, []),
            ("Sharon Graham", "say", "the company had refused to make a fair offer", False, []),
        ],
    ),
    (
        "own-dev37s-brazil-haddad",
        "2026-11-04",
        (
            "[[BRASILIA|GPE|Brasília]], Nov 4 - [[Brazil|GPE]]'s economy grew faster than expected in the third quarter, "
            "Finance Minister [[Fernando Haddad|PERSON]] told reporters on Wednesday. [[Haddad|PERSON|Fernando Haddad]] said "
            "the government would meet its fiscal target. The [[Central Bank of Brazil|ORG]] said in its minutes that "
            "inflation expectations remained high. The bank noted that the labour market was still tight.\n"
        ),
        [
            ("Fernando Haddad", "tell", "Brazil's economy grew faster than expected in the third quarter", False, ["third"]),
            ("Fernando Haddad", "say", "the government would meet its fiscal target", False, []),
            ("Central Bank of Brazil", "say", "inflation expectations remained high", False, []),
            ("Central Bank of Brazil", "note", "the labour market was still tight", False, []),
        ],
    ),
    (
        "own-dev37s-siemens-ceo",
        "2026-11-13",
        (
            "[[Siemens|ORG]] chief executive [[Roland Busch|PERSON]] said on Thursday demand for factory software had picked "
            "up in [[China|GPE]]. He said the group would buy back shares worth 6 billion euros. The company said its orders "
            "rose 5% in the quarter. [[Busch|PERSON|Roland Busch]] added that he saw no sign of a slowdown in [[Europe|LOC]].\n"
        ),
        [
            ("Roland Busch", "say", "demand for factory software had picked up in China", False, []),
            ("Roland Busch", "say", "the group would buy back shares worth 6 billion euros", False, ["6 billion euros"]),
            ("Siemens", "say", "its orders rose 5% in the quarter", False, ["5%"]),
            ("Roland Busch", "add", "he saw no sign of a slowdown in Europe", False, []),
        ],
    ),
    (
        "own-dev37s-who-tedros",
        "2026-02-27",
        (
            "The [[World Health Organization|ORG]] said on Friday an outbreak of cholera in [[Sudan|GPE]] had spread to "
            "five states. Its director-general, [[Tedros Adhanom Ghebreyesus|PERSON]], said the agency would send "
            "vaccines within days. “Clean water is the first defence,” he said. [[Sudan|GPE]]'s health minister, [[Haitham "
            "Ibrahim|PERSON]], said hospitals in the east were full.\n"
        ),
        [
            ("World Health Organization", "say", "an outbreak of cholera in Sudan had spread to five states", False, ["five"]),
            ("Tedros Adhanom Ghebreyesus", "say", "the agency would send vaccines within days", False, []),
            ("Tedros Adhanom Ghebreyesus", "say", "Clean water is the first defence", True, ["first"]),
            ("Haitham Ibrahim", "say", "hospitals in the east were full", False, []),
        ],
    ),
    (
        "own-dev37s-council-leader",
        "2026-04-02",
        (
            "[[Birmingham City Council|ORG]] said it would close 12 libraries to save money. The council's leader, "
            "[[John Cotton|PERSON]], said the decision had been painful. Residents' group [[Save Our Libraries|ORG]] said "
            "it would challenge the plan in court. The council added that staff would be offered other jobs.\n"
        ),
        [
            ("Birmingham City Council", "say", "it would close 12 libraries to save money", False, ["12"]),
            ("John Cotton", "say", "the decision had been painful", False, []),
            ("Save Our Libraries", "say", "it would challenge the plan in court", False, []),
            ("Birmingham City Council", "add", "staff would be offered other jobs", False, []),
        ],
    ),
    (
        "own-dev37s-japan-kato",
        "2026-10-21",
        (
            "[[TOKYO|GPE|Tokyo]], Oct 21 ([[Reuters|ORG]]) - [[Japan|GPE]]'s top currency diplomat [[Atsushi Mimura|PERSON]] "
            "said on Tuesday authorities were watching the yen with a high sense of urgency. The [[Bank of Japan|ORG]] said "
            "separately that wage growth was broadening. [[Mimura|PERSON|Atsushi Mimura]] declined to say whether Tokyo had "
            "intervened. He said rapid moves were undesirable.\n"
        ),
        [
            ("Atsushi Mimura", "say", "authorities were watching the yen with a high sense of urgency", False, []),
            ("Bank of Japan", "say", "wage growth was broadening", False, []),
            ("Atsushi Mimura", "say", "rapid moves were undesirable", False, []),
        ],
    ),
    (
        "own-dev37s-fifa-club",
        "2026-01-29",
        (
            "[[Juventus|ORG|Juventus FC]] said on Thursday its striker [[Dusan Vlahovic|PERSON]] had injured a thigh muscle. "
            "The club said he would miss at least three weeks. Coach [[Igor Tudor|PERSON]] told a news conference that the "
            "team would cope without him. “We have other players who can score,” the Croatian said.\n"
        ),
        [
            ("Juventus FC", "say", "its striker Dusan Vlahovic had injured a thigh muscle", False, []),
            ("Juventus FC", "say", "he would miss at least three weeks", False, ["at least three weeks"]),
            ("Igor Tudor", "tell", "the team would cope without him", False, []),
            ("Igor Tudor", "say", "We have other players who can score", True, []),
        ],
    ),
    (
        "own-dev37s-sec-fine",
        "2026-06-25",
        (
            "The [[Securities and Exchange Commission|ORG|U.S. Securities and Exchange Commission]] said on Wednesday it had "
            "fined [[Northgate Capital|ORG]] $25 million for misleading investors. The regulator said the firm had "
            "overstated the value of its funds. [[Northgate Capital|ORG]] said it had settled without admitting wrongdoing. "
            "It added that it had replaced its valuation team.\n"
        ),
        [
            ("U.S. Securities and Exchange Commission", "say", "it had fined Northgate Capital $25 million for misleading investors", False, ["$25 million"]),
            ("U.S. Securities and Exchange Commission", "say", "the firm had overstated the value of its funds", False, []),
            ("Northgate Capital", "say", "it had settled without admitting wrongdoing", False, []),
            ("Northgate Capital", "add", "it had replaced its valuation team", False, []),
        ],
    ),
    (
        "own-dev37s-poland-minister",
        "2026-09-17",
        (
            "[[Poland|GPE]] will spend 4.7% of its economic output on defence next year, Defence Minister [[Wladyslaw "
            "Kosiniak-Kamysz|PERSON]] said on Wednesday. The minister said most of the money would buy air defence systems. "
            "[[NATO|ORG]] said last month that [[Poland|GPE]] was now its biggest spender relative to its economy. "
            "[[Kosiniak-Kamysz|PERSON|Wladyslaw Kosiniak-Kamysz]] added that the army would grow to 300,000 soldiers.\n"
        ),
        [
            ("Wladyslaw Kosiniak-Kamysz", "say", "Poland will spend 4.7% of its economic output on defence next year", False, ["4.7%"]),
            ("Wladyslaw Kosiniak-Kamysz", "say", "most of the money would buy air defence systems", False, []),
            ("NATO", "say", "Poland was now its biggest spender relative to its economy", False, []),
            ("Wladyslaw Kosiniak-Kamysz", "add", "the army would grow to 300,000 soldiers", False, ["300,000"]),
        ],
    ),
    (
        "own-dev37s-hsbc-spokeswoman",
        "2026-03-11",
        (
            "[[HSBC|ORG]] said on Tuesday it would close 40 branches in [[Hong Kong|GPE]]. [[Hong Kong|GPE]]'s financial "
            "secretary, [[Paul Chan|PERSON]], said banks had to balance costs with service. The bank said customers would "
            "be moved to nearby branches. He said the government would talk to the industry.\n"
        ),
        [
            ("HSBC", "say", "it would close 40 branches in Hong Kong", False, ["40"]),
            ("Paul Chan", "say", "banks had to balance costs with service", False, []),
            ("HSBC", "say", "customers would be moved to nearby branches", False, []),
            ("Paul Chan", "say", "the government would talk to the industry", False, []),
        ],
    ),
    (
        "own-dev37s-wildfire-chief",
        "2026-08-07",
        (
            "A wildfire in northern [[Portugal|GPE]] has burned 8,000 hectares, the [[National Authority for Emergency and "
            "Civil Protection|ORG]] said on Thursday. The authority said 1,200 firefighters were at the scene. Its "
            "commander, [[Mario Silva|PERSON]], told [[RTP|ORG|Rádio e Televisão de Portugal]] that winds would make the "
            "night difficult. [[Silva|PERSON|Mario Silva]] said two villages had been evacuated.\n"
        ),
        [
            ("National Authority for Emergency and Civil Protection", "say", "A wildfire in northern Portugal has burned 8,000 hectares", False, ["8,000 hectares"]),
            ("National Authority for Emergency and Civil Protection", "say", "1,200 firefighters were at the scene", False, ["1,200"]),
            ("Mario Silva", "tell", "winds would make the night difficult", False, []),
            ("Mario Silva", "say", "two villages had been evacuated", False, ["two"]),
        ],
    ),
    (
        "own-dev37s-cbn-shares",
        "2026-07-23",
        (
            "The [[Central Bank of Nigeria|ORG]] raised its benchmark rate by 50 basis points on Tuesday. [[Zenith Bank|ORG]] "
            "and [[Access Bank|ORG|Access Bank plc]] shares fell in [[Lagos|GPE]] after the decision. The bank said inflation "
            "had to come down before it could ease. Governor [[Olayemi Cardoso|PERSON]] told reporters the naira had "
            "stabilised.\n"
        ),
        [
            ("Central Bank of Nigeria", "say", "inflation had to come down before it could ease", False, []),
            ("Olayemi Cardoso", "tell", "the naira had stabilised", False, []),
        ],
    ),
    (
        "own-dev37s-two-ministries",
        "2026-03-30",
        (
            "The [[Ministry of Finance|ORG|Ministry of Finance (Ghana)]] said on Monday the budget deficit narrowed in the "
            "first quarter. Fuel prices were raised last week by the [[Ministry of Energy|ORG|Ministry of Energy (Ghana)]]. "
            "The ministry said tax revenue rose faster than planned. The force has arrested 14 fuel smugglers since "
            "January, the [[Ghana Police Service|ORG]] said. The force added that the border patrols would continue.\n"
        ),
        [
            ("Ministry of Finance (Ghana)", "say", "the budget deficit narrowed in the first quarter", False, ["first"]),
            ("Ministry of Finance (Ghana)", "say", "tax revenue rose faster than planned", False, []),
            ("Ghana Police Service", "say", "The force has arrested 14 fuel smugglers since January", False, ["14"]),
            ("Ghana Police Service", "add", "the border patrols would continue", False, []),
        ],
    ),
]

CHECK = [
    (
        "own-dev37s-egypt-minister",
        "2026-02-18",
        (
            "[[CAIRO|GPE|Cairo]], Feb 18 ([[Reuters|ORG]]) - [[Egypt|GPE]]'s Finance Minister [[Ahmed Kouchouk|PERSON]] said "
            "on Wednesday the budget deficit would narrow next year. The [[International Monetary Fund|ORG]] said its "
            "staff would visit [[Cairo|GPE]] in March. The minister added that fuel subsidies would be cut gradually. "
            "“Reform is not optional,” he said.\n"
        ),
        [
            ("Ahmed Kouchouk", "say", "the budget deficit would narrow next year", False, []),
            ("International Monetary Fund", "say", "its staff would visit Cairo in March", False, []),
            ("Ahmed Kouchouk", "add", "fuel subsidies would be cut gradually", False, []),
            ("Ahmed Kouchouk", "say", "Reform is not optional", True, []),
        ],
    ),
    (
        "own-dev37s-ing-economist",
        "2026-07-02",
        (
            "Euro zone inflation eased to 2.1% in June, [[Eurostat|ORG]] said on Wednesday. “This keeps a September cut "
            "alive,” said [[Carsten Brzeski|PERSON]], global head of macro at [[ING|ORG|ING Group]]. [[Brzeski|PERSON|Carsten "
            "Brzeski]] said the [[European Central Bank|ORG]] would wait for wage data. The central bank said in June that "
            "it was not on a preset path.\n"
        ),
        [
            ("Eurostat", "say", "Euro zone inflation eased to 2.1% in June", False, ["2.1%"]),
            ("Carsten Brzeski", "say", "This keeps a September cut alive", True, []),
            ("Carsten Brzeski", "say", "the European Central Bank would wait for wage data", False, []),
            ("European Central Bank", "say", "it was not on a preset path", False, []),
        ],
    ),
    (
        "own-dev37s-ofcom-head",
        "2026-05-14",
        (
            "[[Ofcom|ORG]] fined [[Vodafone|ORG]] 3 million pounds on Thursday for overcharging customers. The regulator's "
            "chief executive, [[Melanie Dawes|PERSON]], said people had paid for services they never received. She said "
            "refunds must be paid within a month. The company said it had already fixed its billing systems.\n"
        ),
        [
            ("Melanie Dawes", "say", "people had paid for services they never received", False, []),
            ("Melanie Dawes", "say", "refunds must be paid within a month", False, []),
            ("Vodafone", "say", "it had already fixed its billing systems", False, []),
        ],
    ),
    (
        "own-dev37s-peru-mining",
        "2026-06-03",
        (
            "[[Peru|GPE]]'s Energy and Mines Minister [[Jorge Montero|PERSON]] said on Tuesday copper output would rise 4% "
            "this year. [[Southern Copper|ORG]] said its new mine would open in 2027. The minister said protests near the "
            "site had ended. The company added that it would hire 2,000 local workers.\n"
        ),
        [
            ("Jorge Montero", "say", "copper output would rise 4% this year", False, ["4%"]),
            ("Southern Copper", "say", "its new mine would open in 2027", False, []),
            ("Jorge Montero", "say", "protests near the site had ended", False, []),
            ("Southern Copper", "add", "it would hire 2,000 local workers", False, ["2,000"]),
        ],
    ),
    (
        "own-dev37s-police-chief",
        "2026-12-01",
        (
            "[[Police Scotland|ORG]] said three people had died in a crash on the [[A9|FAC]] near [[Perth|GPE]]. Chief "
            "Inspector [[Laura Reid|PERSON]] said the road would stay closed overnight. The force said a lorry driver had "
            "been arrested. She appealed for witnesses and said dashcam footage would help the inquiry.\n"
        ),
        [
            ("Police Scotland", "say", "three people had died in a crash on the A9 near Perth", False, ["three"]),
            ("Laura Reid", "say", "the road would stay closed overnight", False, []),
            ("Police Scotland", "say", "a lorry driver had been arrested", False, []),
            ("Laura Reid", "say", "dashcam footage would help the inquiry", False, []),
        ],
    ),
    (
        "own-dev37s-boeing-union",
        "2026-10-10",
        (
            "Machinists at [[Boeing|ORG]] rejected a new contract on Thursday, the [[International Association of Machinists "
            "and Aerospace Workers|ORG]] said. The planemaker said it was disappointed. The union said 64% of members had "
            "voted against the offer. Its district president, [[Jon Holden|PERSON]], said workers wanted their pensions "
            "back.\n"
        ),
        [
            ("International Association of Machinists and Aerospace Workers", "say", "Machinists at Boeing rejected a new contract on Thursday", False, []),
            ("Boeing", "say", "it was disappointed", False, []),
            ("International Association of Machinists and Aerospace Workers", "say", "64% of members had voted against the offer", False, ["64%"]),
            ("Jon Holden", "say", "workers wanted their pensions back", False, []),
        ],
    ),
    (
        "own-dev37s-australia-rba",
        "2026-08-05",
        (
            "The [[Reserve Bank of Australia|ORG]] cut its cash rate by a quarter point on Tuesday. Governor [[Michele "
            "Bullock|PERSON]] said inflation was moving back to target. [[Australia|GPE]]'s Treasurer [[Jim Chalmers|PERSON]] "
            "said the cut would help households. The bank said further easing would depend on the data. "
            "[[Bullock|PERSON|Michele Bullock]] told reporters she would not rule anything out.\n"
        ),
        [
            ("Michele Bullock", "say", "inflation was moving back to target", False, []),
            ("Jim Chalmers", "say", "the cut would help households", False, []),
            ("Reserve Bank of Australia", "say", "further easing would depend on the data", False, []),
            ("Michele Bullock", "tell", "she would not rule anything out", False, []),
        ],
    ),
    (
        "own-dev37s-chelsea-maresca",
        "2026-03-19",
        (
            "[[Chelsea|ORG|Chelsea F.C.]] head coach [[Enzo Maresca|PERSON]] said on Friday [[Cole Palmer|PERSON]] was fit to "
            "face [[Arsenal|ORG|Arsenal F.C.]]. The Italian said the team had trained well all week. Arsenal's manager, "
            "[[Mikel Arteta|PERSON]], said he expected a tight game. The club said [[Gabriel Jesus|PERSON]] would be out "
            "until April.\n"
        ),
        [
            ("Enzo Maresca", "say", "Cole Palmer was fit to face Arsenal", False, []),
            ("Enzo Maresca", "say", "the team had trained well all week", False, []),
            ("Mikel Arteta", "say", "he expected a tight game", False, []),
            ("Arsenal F.C.", "say", "Gabriel Jesus would be out until April", False, []),
        ],
    ),
    (
        "own-dev37s-ecowas-commission",
        "2026-09-23",
        (
            "The [[ECOWAS|ORG|Economic Community of West African States]] Commission said on Monday it would send observers to "
            "[[Guinea|GPE]]'s election. Its president, [[Omar Touray|PERSON]], said the bloc wanted a peaceful vote. "
            "[[Guinea|GPE]]'s electoral commission said voting would take place in December. He said the observers would "
            "stay for two weeks.\n"
        ),
        [
            ("Economic Community of West African States", "say", "it would send observers to Guinea's election", False, []),
            ("Omar Touray", "say", "the bloc wanted a peaceful vote", False, []),
            ("Omar Touray", "say", "the observers would stay for two weeks", False, ["two weeks"]),
        ],
    ),
    (
        "own-dev37s-airbus-faury",
        "2026-04-29",
        (
            "[[Airbus|ORG]] said on Wednesday it delivered 136 jets in the first quarter. Chief executive [[Guillaume "
            "Faury|PERSON]] said engine shortages from [[CFM International|ORG]] were still holding back output. The "
            "planemaker said it kept its target of 820 deliveries for the year. [[Faury|PERSON|Guillaume Faury]] said the "
            "supply chain would improve in the second half.\n"
        ),
        [
            ("Airbus", "say", "it delivered 136 jets in the first quarter", False, ["136"]),
            ("Guillaume Faury", "say", "engine shortages from CFM International were still holding back output", False, []),
            ("Airbus", "say", "it kept its target of 820 deliveries for the year", False, ["820"]),
            ("Guillaume Faury", "say", "the supply chain would improve in the second half", False, []),
        ],
    ),
    (
        "own-dev37s-mexico-sheinbaum",
        "2026-11-26",
        (
            "[[Mexico|GPE]]'s President [[Claudia Sheinbaum|PERSON]] said on Wednesday her government would not respond to "
            "tariffs with tariffs. Economy Minister [[Marcelo Ebrard|PERSON]] said talks with [[Washington|GPE]] would "
            "resume next week. She said [[Mexico|GPE]] would protect its car industry. The minister added that exporters "
            "would get new credit lines.\n"
        ),
        [
            ("Claudia Sheinbaum", "say", "her government would not respond to tariffs with tariffs", False, []),
            ("Marcelo Ebrard", "say", "talks with Washington would resume next week", False, []),
            ("Claudia Sheinbaum", "say", "Mexico would protect its car industry", False, []),
            ("Marcelo Ebrard", "add", "exporters would get new credit lines", False, []),
        ],
    ),
    (
        "own-dev37s-rbi-banks",
        "2026-10-01",
        (
            "The [[Reserve Bank of India|ORG]] left its repo rate unchanged at 5.5% on Wednesday. [[HDFC Bank|ORG]] and "
            "[[ICICI Bank|ORG]] shares rose after the decision. The central bank said inflation would stay low this year. "
            "Governor [[Sanjay Malhotra|PERSON]] said growth was strong.\n"
        ),
        [
            ("Reserve Bank of India", "say", "inflation would stay low this year", False, []),
            ("Sanjay Malhotra", "say", "growth was strong", False, []),
        ],
    ),
    (
        "own-dev37s-merseyside-force",
        "2026-11-09",
        (
            "[[Merseyside Police|ORG]] said a 17-year-old boy had been charged after a stabbing in [[Liverpool|GPE]]. The "
            "force said the victim was in a stable condition in hospital. Chief Superintendent [[Mark Kameen|PERSON]] said "
            "patrols would be increased.\n"
        ),
        [
            ("Merseyside Police", "say", "a 17-year-old boy had been charged after a stabbing in Liverpool", False, []),
            ("Merseyside Police", "say", "the victim was in a stable condition in hospital", False, []),
            ("Mark Kameen", "say", "patrols would be increased", False, []),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev37s", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
