"""Write eval/own-statements-dev6.jsonl and its check file (FORMAT.md): statements in ordinary
news prose with every entity marked, since a statement's speaker is an entity's canonical name.

Session 22 (statements5): briefs of 2024-2025 news kinds (a rail strike, a bank sued by its
regulator, a pilots' dispute, a cholera outbreak, a battery plant, a football club fined, a
court ruling on car finance, energy bills, a border vote, a megaquake warning, a postal
strike, a grounded jet) written dense in the shapes where the speaker goes wrong: several
bodies of different kinds in one brief (a union and an employer, a regulator and a company,
a ministry and an agency, a carmaker and a battery maker, a club and its league, an airline
and its planemaker) with role nouns coming back to them after another body spoke ("the union
said" after the employer, "the regulator", "the lender", "the carrier", "the club", "the
corporation", "the planemaker", "the utility"), several people with titles and pronouns ("the
minister said", "the candidate told", "He said" after a person who did not speak), and the
shapes of reported speech recall misses: content before the cue, "X, who ..., said" with a
long relative clause, and cues beside "say" (hold, claim, argue, tell, report, demand, call
for, call on, urge, warn, deny, estimate). Written for briefx by hand and annotated by
ANNOTATION.md ("Entities", "Statements") before briefx was run on them; institutions and office
holders are real, the events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) with the content and figures as substrings, found and checked as in
``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev6.py``.
"""

from __future__ import annotations


from build_own_statements import write_sets

SOURCE = "written for briefx by hand (statements5 helper, session 22); CC0"

RMT = "National Union of Rail, Maritime and Transport Workers"
CBA = "Commonwealth Bank of Australia"
ASIC = "Australian Securities and Investments Commission"
IALPA = "Irish Air Line Pilots' Association"
KMOH = "Ministry of Health (Kenya)"
KEMRI = "Kenya Medical Research Institute"
CATL = "Contemporary Amperex Technology"
SMIN = "Ministry of Industry and Tourism (Spain)"
MCFC = "Manchester City F.C."
FLA = "Finance & Leasing Association"
DESNZ = "Department for Energy Security and Net Zero"
JMA = "Japan Meteorological Agency"
CUPW = "Canadian Union of Postal Workers"
CFIB = "Canadian Federation of Independent Business"
FAA = "Federal Aviation Administration"

CASES = [
    (
        "own-dev6-rail-strike",
        "2025-05-20",
        f"[[LONDON|GPE|London]], May 20 — Signal workers at [[Network Rail|ORG]] will strike for 48 hours next month after pay talks collapsed, the [[{RMT}|ORG]] said on Tuesday.\n\n[[Network Rail|ORG]], the state-owned company that runs [[Britain|GPE|United Kingdom]]'s tracks, said it had offered a rise of 4.5% over two years. The union said 87% of members who voted had backed the walkout.\n\nThe [[Office of Rail and Road|ORG]] said on Monday that the operator had missed its punctuality targets for a third year. The regulator said it would publish a review of the company's spending in July. The company said most trains would still run on the [[West Coast Main Line|FAC]].\n\nUnion general secretary [[Eddie Dempsey|PERSON]], who took over in March after two years as the union's assistant general secretary, said members had been patient for too long. Transport Secretary [[Heidi Alexander|PERSON]] said the strike would hurt passengers who had already suffered years of disruption. The minister told [[Sky News|ORG]] that the government would not intervene in the talks.\n\nPassenger numbers on the network have risen 6% since last year, according to the regulator's latest figures.\n",
        [
            (RMT, "say", "Signal workers at Network Rail will strike for 48 hours next month after pay talks collapsed", False, []),
            ("Network Rail", "say", "it had offered a rise of 4.5% over two years", False, ["4.5%"]),
            (RMT, "say", "87% of members who voted had backed the walkout", False, ["87%"]),
            ("Office of Rail and Road", "say", "the operator had missed its punctuality targets for a third year", False, ["third"]),
            ("Office of Rail and Road", "say", "it would publish a review of the company's spending in July", False, []),
            ("Network Rail", "say", "most trains would still run on the West Coast Main Line", False, []),
            ("Eddie Dempsey", "say", "members had been patient for too long", False, []),
            ("Heidi Alexander", "say", "the strike would hurt passengers who had already suffered years of disruption", False, []),
            ("Heidi Alexander", "tell", "the government would not intervene in the talks", False, []),
            ("Office of Rail and Road", "according to", "Passenger numbers on the network have risen 6% since last year", False, ["6%"]),
        ],
    ),
    (
        "own-dev6-cba-hardship",
        "2025-03-12",
        f"[[SYDNEY|GPE|Sydney]], March 12 — The [[{ASIC}|ORG]] has sued the [[{CBA}|ORG]] over the way it handled hardship requests from customers, the regulator said on Wednesday.\n\nThe [[{CBA}|ORG]] said it was reviewing the claims. The lender said it had already paid A$10 million to customers affected by the errors.\n\n[[ASIC|ORG|{ASIC}]] Deputy Chair [[Sarah Court|PERSON]] said hundreds of customers had been left in financial distress. She said the regulator would seek penalties from the court.\n\nThe [[Finance Sector Union|ORG]], which represents bank staff, said the bank had cut too many jobs in its hardship team. The union said staff numbers in the team had fallen by 30% since 2022.\n\nThe lender said in a statement to the [[Australian Securities Exchange|ORG]] that it did not expect the case to affect its dividend. Treasurer [[Jim Chalmers|PERSON]] told reporters in [[Canberra|GPE]] that banks had to treat customers in hardship fairly.\n",
        [
            (ASIC, "say", f"The {ASIC} has sued the {CBA} over the way it handled hardship requests from customers", False, []),
            (CBA, "say", "it was reviewing the claims", False, []),
            (CBA, "say", "it had already paid A$10 million to customers affected by the errors", False, ["A$10 million"]),
            ("Sarah Court", "say", "hundreds of customers had been left in financial distress", False, []),
            ("Sarah Court", "say", "the regulator would seek penalties from the court", False, []),
            ("Finance Sector Union", "say", "the bank had cut too many jobs in its hardship team", False, []),
            ("Finance Sector Union", "say", "staff numbers in the team had fallen by 30% since 2022", False, ["30%"]),
            (CBA, "say", "it did not expect the case to affect its dividend", False, []),
            ("Jim Chalmers", "tell", "banks had to treat customers in hardship fairly", False, []),
        ],
    ),
    (
        "own-dev6-aer-lingus",
        "2024-08-04",
        f"[[DUBLIN|GPE|Dublin]], Aug 4 — [[Aer Lingus|ORG]] cancelled 120 flights on Sunday as a work-to-rule by its pilots entered a second week. The carrier said about 17,000 passengers had been affected.\n\nThe [[{IALPA}|ORG]] is demanding a pay rise of 24% to make up for inflation since 2019. [[Aer Lingus|ORG]] chief executive [[Lynne Embleton|PERSON]] said the demand was unaffordable and would damage the airline's future. The union claimed that the carrier had made a profit of €225 million last year.\n\nThe [[Irish Aviation Authority|ORG]] said it was monitoring the schedules to make sure passengers were rebooked. The carrier said it would cancel a further 80 flights next weekend.\n\nTransport Minister [[Eamon Ryan|PERSON]] called for both sides to accept mediation. He said the dispute was costing the tourism industry dearly, and warned that the government would not fund a settlement.\n",
        [
            ("Aer Lingus", "say", "about 17,000 passengers had been affected", False, ["about 17,000"]),
            (IALPA, "demand", "a pay rise of 24% to make up for inflation since 2019", False, ["24%"]),
            ("Lynne Embleton", "say", "the demand was unaffordable and would damage the airline's future", False, []),
            (IALPA, "claim", "the carrier had made a profit of €225 million last year", False, ["€225 million"]),
            ("Irish Aviation Authority", "say", "it was monitoring the schedules to make sure passengers were rebooked", False, []),
            ("Aer Lingus", "say", "it would cancel a further 80 flights next weekend", False, ["80"]),
            ("Eamon Ryan", "call for", "both sides to accept mediation", False, []),
            ("Eamon Ryan", "say", "the dispute was costing the tourism industry dearly", False, []),
            ("Eamon Ryan", "warn", "the government would not fund a settlement", False, []),
        ],
    ),
    (
        "own-dev6-kenya-cholera",
        "2025-02-20",
        f"[[NAIROBI|GPE|Nairobi]], Feb 20 — [[Kenya|GPE]]'s [[Ministry of Health|ORG|{KMOH}]] said on Thursday that 312 cases of cholera had been confirmed in four counties since January. The [[{KEMRI}|ORG]] said tests had traced the outbreak to contaminated wells.\n\nThe ministry said it had sent 40,000 doses of vaccine to the worst-hit areas. [[World Health Organization|ORG]] country representative [[Abdourahmane Diallo|PERSON]] said the agency would support the campaign. The institute said it expected more cases as the rains continued.\n\nHealth Cabinet Secretary [[Aden Duale|PERSON]] told lawmakers that the government had set aside 500 million shillings for the response. The minister denied that the outbreak had been hidden from the public. He said the ministry would publish daily figures from Monday.\n",
        [
            (KMOH, "say", "312 cases of cholera had been confirmed in four counties since January", False, ["312", "four"]),
            (KEMRI, "say", "tests had traced the outbreak to contaminated wells", False, []),
            (KMOH, "say", "it had sent 40,000 doses of vaccine to the worst-hit areas", False, ["40,000"]),
            ("Abdourahmane Diallo", "say", "the agency would support the campaign", False, []),
            (KEMRI, "say", "it expected more cases as the rains continued", False, []),
            ("Aden Duale", "tell", "the government had set aside 500 million shillings for the response", False, ["500 million shillings"]),
            ("Aden Duale", "deny", "the outbreak had been hidden from the public", False, []),
            ("Aden Duale", "say", "the ministry would publish daily figures from Monday", False, []),
        ],
    ),
    (
        "own-dev6-zaragoza-batteries",
        "2024-12-10",
        f"[[MADRID|GPE|Madrid]], Dec 10 — [[Stellantis|ORG]] and [[CATL|ORG|{CATL}]] said on Tuesday they would build a €4.1 billion battery plant in [[Zaragoza|GPE]]. [[CATL|ORG|{CATL}]], the world's largest battery maker, said it would own half of the venture.\n\n[[Spain|GPE]]'s [[Ministry of Industry and Tourism|ORG|{SMIN}]] said the project would receive €300 million in public aid. The [[UGT|ORG|Unión General de Trabajadores]] union said it had asked for guarantees on jobs at the existing car factory in the city.\n\nThe carmaker said the plant would start production at the end of 2026 and could employ up to 2,000 people. Industry Minister [[Jordi Hereu|PERSON]] said the investment showed that [[Spain|GPE]] could compete for the industries of the future. He told reporters that talks with two other battery makers were under way.\n\nThe [[European Commission|ORG]] said in July that it would examine subsidies for [[Chinese|NORP]] battery companies. The ministry said the plant met [[European Union|ORG]] rules.\n",
        [
            ("Stellantis", "say", "they would build a €4.1 billion battery plant in Zaragoza", False, ["€4.1 billion"]),
            (CATL, "say", "they would build a €4.1 billion battery plant in Zaragoza", False, ["€4.1 billion"]),
            (CATL, "say", "it would own half of the venture", False, []),
            (SMIN, "say", "the project would receive €300 million in public aid", False, ["€300 million"]),
            ("Unión General de Trabajadores", "say", "it had asked for guarantees on jobs at the existing car factory in the city", False, []),
            ("Stellantis", "say", "the plant would start production at the end of 2026 and could employ up to 2,000 people", False, ["up to 2,000"]),
            ("Jordi Hereu", "say", "the investment showed that Spain could compete for the industries of the future", False, []),
            ("Jordi Hereu", "tell", "talks with two other battery makers were under way", False, ["two"]),
            ("European Commission", "say", "it would examine subsidies for Chinese battery companies", False, []),
            (SMIN, "say", "the plant met European Union rules", False, []),
        ],
    ),
    (
        "own-dev6-city-fine",
        "2025-04-14",
        f"[[MANCHESTER|GPE|Manchester]], April 14 — An independent commission has fined [[Manchester City|ORG|{MCFC}]] £25 million for breaching the [[Premier League|ORG]]'s financial rules. The league said the club had failed to cooperate with its investigation for six years.\n\nThe club said it was disappointed and would appeal to the [[Court of Arbitration for Sport|ORG]]. Manager [[Pep Guardiola|PERSON]] told a news conference that his players had done nothing wrong. He said the fans deserved an explanation from the league.\n\n[[Premier League|ORG]] chief executive [[Richard Masters|PERSON]], who has faced criticism from several clubs over the length of the case, said the rules applied to everyone equally. The court said it would hear the appeal in September.\n\nThe [[Football Supporters' Association|ORG]] said supporters were tired of the dispute. The club said it would pay the fine while the appeal was heard.\n",
        [
            ("Premier League", "say", "the club had failed to cooperate with its investigation for six years", False, []),
            (MCFC, "say", "it was disappointed and would appeal to the Court of Arbitration for Sport", False, []),
            ("Pep Guardiola", "tell", "his players had done nothing wrong", False, []),
            ("Pep Guardiola", "say", "the fans deserved an explanation from the league", False, []),
            ("Richard Masters", "say", "the rules applied to everyone equally", False, []),
            ("Court of Arbitration for Sport", "say", "it would hear the appeal in September", False, []),
            ("Football Supporters' Association", "say", "supporters were tired of the dispute", False, []),
            (MCFC, "say", "it would pay the fine while the appeal was heard", False, []),
        ],
    ),
    (
        "own-dev6-car-finance",
        "2025-08-01",
        f"[[LONDON|GPE|London]], Aug 1 — [[Britain|GPE|United Kingdom]]'s [[Supreme Court|ORG|Supreme Court of the United Kingdom]] overturned most of a lower court's ruling on car finance commissions on Friday, in a relief for lenders. The court held that car dealers did not owe a duty of loyalty to their customers.\n\nThe [[Financial Conduct Authority|ORG]] said it would consult on a compensation scheme that could cost lenders up to £18 billion. The regulator estimated that most affected customers would receive less than £950 each.\n\n[[Lloyds Banking Group|ORG]], the biggest lender in the market through its [[Black Horse|ORG]] unit, said it would study the ruling. The bank had set aside £1.2 billion for claims.\n\nChancellor [[Rachel Reeves|PERSON]] said the government had argued in the case that the industry should not be destabilised. The [[{FLA}|ORG]], which represents lenders, said the ruling brought welcome clarity, and argued that claims firms had exaggerated the losses. The lender said in a statement that it still expected to pay some compensation.\n",
        [
            ("Supreme Court of the United Kingdom", "hold", "car dealers did not owe a duty of loyalty to their customers", False, []),
            ("Financial Conduct Authority", "say", "it would consult on a compensation scheme that could cost lenders up to £18 billion", False, ["up to £18 billion"]),
            ("Financial Conduct Authority", "estimate", "most affected customers would receive less than £950 each", False, ["less than £950"]),
            ("Lloyds Banking Group", "say", "it would study the ruling", False, []),
            ("Rachel Reeves", "say", "the government had argued in the case that the industry should not be destabilised", False, []),
            (FLA, "say", "the ruling brought welcome clarity", False, []),
            (FLA, "argue", "claims firms had exaggerated the losses", False, []),
            ("Lloyds Banking Group", "say", "it still expected to pay some compensation", False, []),
        ],
    ),
    (
        "own-dev6-energy-cap",
        "2025-02-25",
        f"[[LONDON|GPE|London]], Feb 25 — Household energy bills in [[Great Britain|GPE]] will rise by 6.4% in April, the energy regulator [[Ofgem|ORG]] said on Tuesday. The regulator said the typical annual bill would reach £1,849.\n\n[[Octopus Energy|ORG]], the country's largest supplier, said it would offer a fixed tariff below the new cap. Chief executive [[Greg Jackson|PERSON]] said wholesale gas prices had driven the increase. The supplier said about 500,000 customers were behind on their payments.\n\nThe charity [[Citizens Advice|ORG]] warned that millions of households would struggle to pay. Energy Secretary [[Ed Miliband|PERSON]] said the rise showed why [[Britain|GPE|United Kingdom]] needed more clean power. The [[{DESNZ}|ORG]] said it would extend the warm home discount to 2.7 million more households.\n\nThe regulator reported that debt owed to suppliers had reached a record £3.7 billion.\n",
        [
            ("Ofgem", "say", "Household energy bills in Great Britain will rise by 6.4% in April", False, ["6.4%"]),
            ("Ofgem", "say", "the typical annual bill would reach £1,849", False, ["£1,849"]),
            ("Octopus Energy", "say", "it would offer a fixed tariff below the new cap", False, []),
            ("Greg Jackson", "say", "wholesale gas prices had driven the increase", False, []),
            ("Octopus Energy", "say", "about 500,000 customers were behind on their payments", False, ["about 500,000"]),
            ("Citizens Advice", "warn", "millions of households would struggle to pay", False, []),
            ("Ed Miliband", "say", "the rise showed why Britain needed more clean power", False, []),
            (DESNZ, "say", "it would extend the warm home discount to 2.7 million more households", False, ["2.7 million"]),
            ("Ofgem", "report", "debt owed to suppliers had reached a record £3.7 billion", False, ["£3.7 billion"]),
        ],
    ),
    (
        "own-dev6-border-vote",
        "2025-01-28",
        "[[BERLIN|GPE|Berlin]], Jan 28 — [[Friedrich Merz|PERSON]], the conservative candidate for chancellor, said on Tuesday that he would turn back asylum seekers without valid papers at [[Germany|GPE]]'s borders. Chancellor [[Olaf Scholz|PERSON]] said [[Merz|PERSON|Friedrich Merz]] had broken a promise not to rely on votes from the far right. He said the plan would also break [[European Union|ORG]] law.\n\nThe [[Alternative for Germany|ORG]] said it would vote for the motion. Its co-leader, [[Alice Weidel|PERSON]], told supporters in [[Riesa|GPE]] that the vote marked a turning point. She said the party would hold the other parties to their word.\n\n[[Merz|PERSON|Friedrich Merz]], who has ruled out any coalition with the party and whose own [[Christian Democratic Union|ORG|Christian Democratic Union of Germany]] leads the polls with 29%, said he did not care who voted for the plan. The candidate told [[ARD|ORG]] that he had asked the [[Social Democrats|ORG|Social Democratic Party of Germany]] to back it.\n\nInterior Minister [[Nancy Faeser|PERSON]] said the proposal could not work in practice. The minister said border checks had already cut irregular arrivals by 30% last year.\n",
        [
            ("Friedrich Merz", "say", "he would turn back asylum seekers without valid papers at Germany's borders", False, []),
            ("Olaf Scholz", "say", "Merz had broken a promise not to rely on votes from the far right", False, []),
            ("Olaf Scholz", "say", "the plan would also break European Union law", False, []),
            ("Alternative for Germany", "say", "it would vote for the motion", False, []),
            ("Alice Weidel", "tell", "the vote marked a turning point", False, []),
            ("Alice Weidel", "say", "the party would hold the other parties to their word", False, []),
            ("Friedrich Merz", "say", "he did not care who voted for the plan", False, []),
            ("Friedrich Merz", "tell", "he had asked the Social Democrats to back it", False, []),
            ("Nancy Faeser", "say", "the proposal could not work in practice", False, []),
            ("Nancy Faeser", "say", "border checks had already cut irregular arrivals by 30% last year", False, ["30%"]),
        ],
    ),
    (
        "own-dev6-nankai-warning",
        "2024-08-09",
        f"[[TOKYO|GPE|Tokyo]], Aug 9 — The [[{JMA}|ORG]] issued its first warning of a possible megaquake along the [[Nankai Trough|LOC]] on Thursday, a day after a magnitude 7.1 earthquake struck off [[Miyazaki Prefecture|GPE]]. The chance of a major quake in the coming week was higher than usual but still low, the agency said.\n\nChief Cabinet Secretary [[Yoshimasa Hayashi|PERSON]], who had cut short a trip to [[Osaka|GPE]] to lead the government's response and who met the heads of several ministries on Friday morning, said residents along the coast should check their evacuation routes. Prime Minister [[Fumio Kishida|PERSON]] cancelled a trip to [[Central Asia|LOC]]. He said the government would do everything it could to protect lives.\n\n[[Kyushu Electric Power|ORG]] said its [[Sendai Nuclear Power Plant|FAC]] was operating normally. The utility said it had found no damage at the plant after inspections overnight. The agency said it would lift the warning after a week if no further quakes occurred. [[Central Japan Railway|ORG|Central Japan Railway Company]] said it would slow shinkansen trains on some sections, and the railway said delays of up to 30 minutes were possible.\n",
        [
            (JMA, "say", "The chance of a major quake in the coming week was higher than usual but still low", False, []),
            ("Yoshimasa Hayashi", "say", "residents along the coast should check their evacuation routes", False, []),
            ("Fumio Kishida", "say", "the government would do everything it could to protect lives", False, []),
            ("Kyushu Electric Power", "say", "its Sendai Nuclear Power Plant was operating normally", False, []),
            ("Kyushu Electric Power", "say", "it had found no damage at the plant after inspections overnight", False, []),
            (JMA, "say", "it would lift the warning after a week if no further quakes occurred", False, []),
            ("Central Japan Railway Company", "say", "it would slow shinkansen trains on some sections", False, []),
            ("Central Japan Railway Company", "say", "delays of up to 30 minutes were possible", False, []),
        ],
    ),
    (
        "own-dev6-canada-post",
        "2024-11-15",
        f"[[OTTAWA|GPE|Ottawa]], Nov 15 — About 55,000 postal workers walked off the job at [[Canada Post|ORG]] on Friday after a year of talks failed to produce a deal. The [[{CUPW}|ORG]] said its members wanted wage increases of 24% over four years.\n\nThe corporation said it had offered 11.5% over four years and job security for permanent staff. It said the strike would disrupt deliveries ahead of the holiday season, when it handles 30% more parcels.\n\nUnion president [[Jan Simpson|PERSON]], who spent 17 years as a letter carrier in [[Toronto|GPE]] before she was elected to lead the union in 2019, said members had been left with no choice. The union said it would keep delivering pension and benefit cheques.\n\nLabour Minister [[Steven MacKinnon|PERSON]] said a mediator would join the talks on Saturday, and urged both sides to reach a deal quickly. The [[{CFIB}|ORG]] estimated that small businesses would lose C$50 million a week. The corporation said it had stopped accepting new parcels, and the federation called on the government to order the workers back.\n",
        [
            (CUPW, "say", "its members wanted wage increases of 24% over four years", False, ["24%"]),
            ("Canada Post", "say", "it had offered 11.5% over four years and job security for permanent staff", False, ["11.5%"]),
            ("Canada Post", "say", "the strike would disrupt deliveries ahead of the holiday season, when it handles 30% more parcels", False, ["30%"]),
            ("Jan Simpson", "say", "members had been left with no choice", False, []),
            (CUPW, "say", "it would keep delivering pension and benefit cheques", False, []),
            ("Steven MacKinnon", "say", "a mediator would join the talks on Saturday", False, []),
            ("Steven MacKinnon", "urge", "both sides to reach a deal quickly", False, []),
            (CFIB, "estimate", "small businesses would lose C$50 million a week", False, ["C$50 million"]),
            ("Canada Post", "say", "it had stopped accepting new parcels", False, []),
            (CFIB, "call on", "the government to order the workers back", False, []),
        ],
    ),
    (
        "own-dev6-max9-grounding",
        "2024-01-12",
        f"[[WASHINGTON|GPE|Washington, D.C.]], Jan 12 — The [[{FAA}|ORG]] said on Friday it would increase its oversight of [[Boeing|ORG]] after a door panel blew off an [[Alaska Airlines|ORG]] jet in mid-air last week. The agency said it was investigating whether the planemaker had failed to ensure its products conformed to approved designs.\n\n[[Alaska Airlines|ORG]] said it had found loose bolts on many of its 65 grounded [[737 MAX 9|PRODUCT|Boeing 737 MAX 9]] jets. The carrier said it had cancelled all flights on the aircraft through Saturday.\n\n[[Boeing|ORG]] chief executive [[Dave Calhoun|PERSON]] told employees that the company was acknowledging its mistake. The planemaker said it would cooperate fully with the regulator. [[FAA|ORG|{FAA}]] Administrator [[Mike Whitaker|PERSON]] said the grounding would last until the agency was satisfied the jets were safe.\n\n[[Spirit AeroSystems|ORG]], which made the panel, said it was reviewing its work on the part. [[United Airlines|ORG]], the other [[U.S.|GPE|United States]] operator of the model, said it had also found loose bolts. The regulator said it had grounded 171 jets in all.\n",
        [
            (FAA, "say", "it would increase its oversight of Boeing after a door panel blew off an Alaska Airlines jet in mid-air last week", False, []),
            (FAA, "say", "it was investigating whether the planemaker had failed to ensure its products conformed to approved designs", False, []),
            ("Alaska Airlines", "say", "it had found loose bolts on many of its 65 grounded 737 MAX 9 jets", False, ["65"]),
            ("Alaska Airlines", "say", "it had cancelled all flights on the aircraft through Saturday", False, []),
            ("Dave Calhoun", "tell", "the company was acknowledging its mistake", False, []),
            ("Boeing", "say", "it would cooperate fully with the regulator", False, []),
            ("Mike Whitaker", "say", "the grounding would last until the agency was satisfied the jets were safe", False, []),
            ("Spirit AeroSystems", "say", "it was reviewing its work on the part", False, []),
            ("United Airlines", "say", "it had also found loose bolts", False, []),
            (FAA, "say", "it had grounded 171 jets in all", False, ["171"]),
        ],
    ),
]

CHECK = [
    (
        "own-dev6c-nurses-strike",
        "2025-09-03",
        "[[WELLINGTON|GPE|Wellington]], Sept 3 — Nurses across [[New Zealand|GPE]] will strike for 24 hours next week, the [[New Zealand Nurses Organisation|ORG]] said on Wednesday. [[Health New Zealand|ORG]] said it had offered a pay rise of 1% a year for three years. The union said the offer would not stop nurses leaving for [[Australia|GPE]].\n\nHealth Minister [[Simeon Brown|PERSON]] said the government could not afford more. The agency said emergency departments would stay open during the strike.\n",
        [
            ("New Zealand Nurses Organisation", "say", "Nurses across New Zealand will strike for 24 hours next week", False, []),
            ("Health New Zealand", "say", "it had offered a pay rise of 1% a year for three years", False, ["1%"]),
            ("New Zealand Nurses Organisation", "say", "the offer would not stop nurses leaving for Australia", False, []),
            ("Simeon Brown", "say", "the government could not afford more", False, []),
            ("Health New Zealand", "say", "emergency departments would stay open during the strike", False, []),
        ],
    ),
    (
        "own-dev6c-schiphol-cap",
        "2025-07-10",
        "[[AMSTERDAM|GPE|Amsterdam]], July 10 — [[KLM|ORG]] said on Thursday it would cut 5% of its flights from [[Schiphol|FAC|Amsterdam Airport Schiphol]] next summer after the government capped the airport's traffic. The airline said the cap would cost it 300 million euros a year.\n\nThe airport operator, [[Royal Schiphol Group|ORG]], said the cap was needed to reduce noise for residents. The [[Dutch|NORP]] [[Ministry of Infrastructure and Water Management|ORG]] said the cap met [[European Union|ORG]] rules. The carrier said it would appeal against the decision in court.\n",
        [
            ("KLM", "say", "it would cut 5% of its flights from Schiphol next summer after the government capped the airport's traffic", False, ["5%"]),
            ("KLM", "say", "the cap would cost it 300 million euros a year", False, ["300 million euros"]),
            ("Royal Schiphol Group", "say", "the cap was needed to reduce noise for residents", False, []),
            ("Ministry of Infrastructure and Water Management", "say", "the cap met European Union rules", False, []),
            ("KLM", "say", "it would appeal against the decision in court", False, []),
        ],
    ),
    (
        "own-dev6c-norges-bank",
        "2025-05-08",
        "[[OSLO|GPE|Oslo]], May 8 — [[Norway|GPE]]'s central bank, [[Norges Bank|ORG]], kept its key rate at 4.5% on Thursday. Governor [[Ida Wolden Bache|PERSON]] said rates would likely fall later this year. [[DNB|ORG|DNB ASA]], the country's largest lender, said its mortgage rates would stay unchanged. The central bank said it would publish new forecasts in June, and the lender said demand for loans remained weak.\n",
        [
            ("Ida Wolden Bache", "say", "rates would likely fall later this year", False, []),
            ("DNB ASA", "say", "its mortgage rates would stay unchanged", False, []),
            ("Norges Bank", "say", "it would publish new forecasts in June", False, []),
            ("DNB ASA", "say", "demand for loans remained weak", False, []),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev6", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
