"""Write eval/own-statements-dev38s.jsonl and its check file (FORMAT.md): who speaks when the
speaker is a description ("the regulator", "the company's chief executive", "a spokesperson for
the ministry", "the two leaders") or a pronoun after a long quotation.

Session 38 (speakers38): short briefs in several registers (central-bank and ministry releases,
company results, police and court news, wire items) whose statements are attributed by a
description, a pronoun, a title or a name placed after the quotation ("..., the minister
said"), with reported speech over two sentences, nested attributions, "said in a statement",
inverted "said X", and unnamed sources beside them ("officials said", "a spokesperson said").
Written for briefx by hand and annotated by ANNOTATION.md ("Entities", "Statements") before
briefx was run on them; institutions and countries are real, the people, events, figures and
quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) as in ``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev38s.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (speakers38 helper, session 38); CC0"

CASES = [
    (
        "own-dev38s-bok-hold",
        "2026-10-22",
        (
            "[[SEOUL|GPE|Seoul]], Oct 22 ([[Reuters|ORG]]) - The [[Bank of Korea|ORG]] kept its policy rate at 2.5% on "
            "Thursday. The central bank said household debt was still rising too fast. Governor [[Kim Do-hyun|PERSON]] "
            "told a news conference that the board would look at a cut in November. “We are not in a hurry,” the governor "
            "said.\n"
        ),
        [
            ("Bank of Korea", "say", "household debt was still rising too fast", False, []),
            ("Kim Do-hyun", "tell", "the board would look at a cut in November", False, []),
            ("Kim Do-hyun", "say", "We are not in a hurry", True, []),
        ],
    ),
    (
        "own-dev38s-nordea-results",
        "2026-07-16",
        (
            "[[Nordea|ORG]] reported a 6% rise in second-quarter operating profit on Wednesday, helped by lower loan "
            "losses. The company's chief executive, [[Frank Vang-Jensen|PERSON]], said demand for mortgages had picked up in "
            "[[Sweden|GPE]] and [[Norway|GPE]]. “Our customers are more confident than a year ago,” the chief executive said. "
            "The bank said it would buy back shares worth 250 million euros.\n"
        ),
        [
            ("Nordea", "report", "a 6% rise in second-quarter operating profit", False, ["6%"]),
            ("Frank Vang-Jensen", "say", "demand for mortgages had picked up in Sweden and Norway", False, []),
            ("Frank Vang-Jensen", "say", "Our customers are more confident than a year ago", True, []),
            ("Nordea", "say", "it would buy back shares worth 250 million euros", False, ["250 million euros"]),
        ],
    ),
    (
        "own-dev38s-fca-fine",
        "2026-05-07",
        (
            "[[Britain|GPE|United Kingdom]]'s [[Financial Conduct Authority|ORG]] fined [[Metro Bank|ORG]] 12 million "
            "pounds on Thursday over failings in its checks on money laundering. The regulator said the lender had let "
            "transactions worth billions pass without proper monitoring. [[Metro Bank|ORG]] said it had since fixed the "
            "problems. A spokesperson for the regulator said the case should serve as a warning to smaller lenders.\n"
        ),
        [
            ("Financial Conduct Authority", "say", "the lender had let transactions worth billions pass without proper monitoring", False, []),
            ("Metro Bank", "say", "it had since fixed the problems", False, []),
            ("Financial Conduct Authority", "say", "the case should serve as a warning to smaller lenders", False, []),
        ],
    ),
    (
        "own-dev38s-india-ministry-wheat",
        "2026-03-19",
        (
            "[[NEW DELHI|GPE|New Delhi]], March 19 - [[India|GPE]]'s [[Ministry of Agriculture|ORG]] said on Thursday it "
            "expected a record wheat harvest of 115 million tonnes this year. A spokesperson for the ministry said state "
            "buying would start in April. Officials said export curbs would stay in place. Traders said prices had already "
            "eased.\n"
        ),
        [
            ("Ministry of Agriculture", "say", "it expected a record wheat harvest of 115 million tonnes this year", False, ["115 million tonnes"]),
            ("Ministry of Agriculture", "say", "state buying would start in April", False, []),
        ],
    ),
    (
        "own-dev38s-police-stabbing",
        "2026-09-02",
        (
            "[[West Midlands Police|ORG]] said two men had been arrested after a stabbing in [[Birmingham|GPE]] on Tuesday "
            "night. “This was a targeted attack and there is no wider risk to the public,” Detective Inspector [[Sarah "
            "Cole|PERSON]] said. She added that officers would remain in the area over the weekend. The force said the "
            "victim, a 24-year-old man, was in a serious condition.\n"
        ),
        [
            ("West Midlands Police", "say", "two men had been arrested after a stabbing in Birmingham on Tuesday night", False, ["two"]),
            ("Sarah Cole", "say", "This was a targeted attack and there is no wider risk to the public", True, []),
            ("Sarah Cole", "add", "officers would remain in the area over the weekend", False, []),
            ("West Midlands Police", "say", "the victim, a 24-year-old man, was in a serious condition", False, []),
        ],
    ),
    (
        "own-dev38s-court-appeal",
        "2026-11-12",
        (
            "[[Germany|GPE]]'s [[Federal Court of Justice|ORG]] on Wednesday upheld a ruling against [[Volkswagen|ORG]] "
            "over emissions software. The court said buyers were entitled to part of the purchase price back. "
            "[[Volkswagen|ORG]] said it would study the written judgment. The carmaker added that fewer than 2,000 "
            "cases were still open.\n"
        ),
        [
            ("Federal Court of Justice", "say", "buyers were entitled to part of the purchase price back", False, []),
            ("Volkswagen", "say", "it would study the written judgment", False, []),
            ("Volkswagen", "add", "fewer than 2,000 cases were still open", False, ["fewer than 2,000"]),
        ],
    ),
    (
        "own-dev38s-leaders-summit",
        "2026-06-30",
        (
            "[[French|NORP]] President [[Emmanuel Macron|PERSON]] and [[German|NORP]] Chancellor [[Friedrich Merz|PERSON]] "
            "met in [[Paris|GPE]] on Tuesday. The two leaders said [[Europe|LOC]] had to spend more on its own defence. "
            "[[Macron|PERSON|Emmanuel Macron]] said a joint fighter jet project would go ahead. The chancellor said "
            "[[Berlin|GPE]] would pay its share.\n"
        ),
        [
            ("Emmanuel Macron", "say", "Europe had to spend more on its own defence", False, []),
            ("Friedrich Merz", "say", "Europe had to spend more on its own defence", False, []),
            ("Emmanuel Macron", "say", "a joint fighter jet project would go ahead", False, []),
            ("Friedrich Merz", "say", "Berlin would pay its share", False, []),
        ],
    ),
    (
        "own-dev38s-pronoun-long-quote",
        "2026-04-28",
        (
            "[[Maria Santos|PERSON]], the mayor of [[Lisbon|GPE]], spoke to residents on Monday about the new tram line. "
            "“The works will be noisy for a few months, but when the line opens it will carry 40,000 passengers a day and "
            "take thousands of cars off our streets,” she said. The city council said the line would cost 180 million "
            "euros.\n"
        ),
        [
            ("Maria Santos", "say", "The works will be noisy for a few months, but when the line opens it will carry 40,000 passengers a day and take thousands of cars off our streets", True, ["40,000"]),
        ],
    ),
    (
        "own-dev38s-rba-two-sentences",
        "2026-08-04",
        (
            "The [[Reserve Bank of Australia|ORG]] raised its cash rate by a quarter point to 3.85% on Tuesday. "
            "Inflation was still too high, it said in a statement. Governor [[Michele Bullock|PERSON]] said the board was "
            "ready to move again. She warned that wage growth remained strong.\n"
        ),
        [
            ("Reserve Bank of Australia", "say", "Inflation was still too high", False, []),
            ("Michele Bullock", "say", "the board was ready to move again", False, []),
            ("Michele Bullock", "warn", "wage growth remained strong", False, []),
        ],
    ),
    (
        "own-dev38s-minister-after-quote",
        "2026-02-10",
        (
            "[[Canada|GPE]]'s Finance Minister [[Claire Dubois|PERSON]] presented a budget update in [[Ottawa|GPE]] on "
            "Tuesday. “We will not raise taxes on the middle class,” the minister said. The deficit would fall to 1.2% "
            "of GDP next year, she said.\n"
        ),
        [
            ("Claire Dubois", "say", "We will not raise taxes on the middle class", True, []),
            ("Claire Dubois", "say", "The deficit would fall to 1.2% of GDP next year", False, ["1.2%"]),
        ],
    ),
    (
        "own-dev38s-inverted-said",
        "2026-09-15",
        (
            "Oil prices fell on Monday after [[OPEC|ORG]] cut its demand forecast. “The market is worried about "
            "supply, not demand,” said [[Tom Reid|PERSON]], an analyst at [[Rystad Energy|ORG]]. Prices could fall "
            "further this month, said [[Lena Ortiz|PERSON]] of [[Commerzbank|ORG]].\n"
        ),
        [
            ("Tom Reid", "say", "The market is worried about supply, not demand", True, []),
            ("Lena Ortiz", "say", "Prices could fall further this month", False, []),
        ],
    ),
    (
        "own-dev38s-it-body",
        "2026-03-05",
        (
            "[[Siemens Energy|ORG]] raised its profit forecast for the year on Thursday. It said orders for grid "
            "equipment had reached a record. Chief executive [[Christian Bruch|PERSON]] told analysts the backlog would "
            "keep factories busy until 2029. The group expects revenue growth of 15% to 17%.\n"
        ),
        [
            ("Siemens Energy", "say", "orders for grid equipment had reached a record", False, []),
            ("Christian Bruch", "tell", "the backlog would keep factories busy until 2029", False, []),
            ("Siemens Energy", "expect", "revenue growth of 15% to 17%", False, ["15% to 17%"]),
        ],
    ),
    (
        "own-dev38s-nested",
        "2026-10-01",
        (
            "[[Associated Press|ORG]] reported on Wednesday that [[Kenya|GPE]]'s health ministry had "
            "confirmed three new cases of mpox. The [[World Health Organization|ORG]] said the risk to the wider region "
            "remained moderate. The agency urged countries to share test results quickly.\n"
        ),
        [
            ("Associated Press", "report", "Kenya's health ministry had confirmed three new cases of mpox", False, ["three"]),
            ("World Health Organization", "say", "the risk to the wider region remained moderate", False, []),
            ("World Health Organization", "urge", "countries to share test results quickly", False, []),
        ],
    ),
    (
        "own-dev38s-ecb-two-banks",
        "2026-12-03",
        (
            "[[Deutsche Bank|ORG]] economists expect the [[European Central Bank|ORG]] to cut rates again in March. The "
            "central bank said last week that inflation was close to its 2% goal. [[ECB|ORG|European Central Bank]] "
            "President [[Christine Lagarde|PERSON]] said policy was in a good place.\n"
        ),
        [
            ("Deutsche Bank", "expect", "the European Central Bank to cut rates again in March", False, []),
            ("European Central Bank", "say", "inflation was close to its 2% goal", False, ["2%"]),
            ("Christine Lagarde", "say", "policy was in a good place", False, []),
        ],
    ),
    (
        "own-dev38s-results-announce",
        "2026-02-26",
        (
            "[[Unilever|ORG]] announced on Thursday that it would cut 3,000 jobs in [[Europe|LOC]] over two years. The "
            "consumer goods group reported underlying sales growth of 4.1% for the year. Its chief financial officer, "
            "[[Ana Ruiz|PERSON]], said the savings would be reinvested in marketing.\n"
        ),
        [
            ("Unilever", "announce", "it would cut 3,000 jobs in Europe over two years", False, ["3,000"]),
            ("Unilever", "report", "underlying sales growth of 4.1% for the year", False, ["4.1%"]),
            ("Ana Ruiz", "say", "the savings would be reinvested in marketing", False, []),
        ],
    ),
    (
        "own-dev38s-ministry-described",
        "2026-01-14",
        (
            "[[Japan|GPE]]'s [[Ministry of Finance|ORG|Ministry of Finance (Japan)]] said on Wednesday it was watching currency moves with a sense of "
            "urgency after the yen fell past 160 per dollar. Finance Minister [[Kenji Mori|PERSON]] told reporters he would "
            "not rule out any steps. The ministry said it had not intervened this month.\n"
        ),
        [
            ("Ministry of Finance (Japan)", "say", "it was watching currency moves with a sense of urgency after the yen fell past 160 per dollar", False, ["160"]),
            ("Kenji Mori", "tell", "he would not rule out any steps", False, []),
            ("Ministry of Finance (Japan)", "say", "it had not intervened this month", False, []),
        ],
    ),
    (
        "own-dev38s-union-strike",
        "2026-11-03",
        (
            "Workers at [[Boeing|ORG]]'s plants near [[Seattle|GPE]] voted to strike on Monday. The union said 85% of "
            "members had backed the walkout. [[IAM|ORG|International Association of Machinists and Aerospace Workers]] "
            "District President [[Jon Holden|PERSON]] said talks had broken down over pensions. The planemaker said it "
            "was disappointed.\n"
        ),
        [
            ("International Association of Machinists and Aerospace Workers", "say", "85% of members had backed the walkout", False, ["85%"]),
            ("Jon Holden", "say", "talks had broken down over pensions", False, []),
            ("Boeing", "say", "was disappointed", False, []),
        ],
    ),
    (
        "own-dev38s-wire-officials",
        "2026-07-08",
        (
            "[[KYIV|GPE|Kyiv]], July 8 ([[AFP|ORG|Agence France-Presse]]) - The [[Ukrainian Air Force|ORG]] said on Tuesday it "
            "had shot down 40 of 52 drones launched overnight. Officials in [[Kharkiv|GPE]] said a school had been hit. "
            "Regional governor [[Oleh Synehubov|PERSON]] said two people were injured. The governor added that power had "
            "been restored.\n"
        ),
        [
            ("Ukrainian Air Force", "say", "it had shot down 40 of 52 drones launched overnight", False, ["40", "52"]),
            ("Oleh Synehubov", "say", "two people were injured", False, ["two"]),
            ("Oleh Synehubov", "add", "power had been restored", False, []),
        ],
    ),
]

CHECK = [
    (
        "own-dev38s-check-fed",
        "2026-09-17",
        (
            "The [[Federal Reserve|ORG]] cut interest rates by a quarter point on Wednesday. The central bank said job "
            "gains had slowed. Chair [[Jerome Powell|PERSON]] told reporters the economy was in a solid position. “We are "
            "well positioned to respond,” the chair said.\n"
        ),
        [
            ("Federal Reserve", "say", "job gains had slowed", False, []),
            ("Jerome Powell", "tell", "the economy was in a solid position", False, []),
            ("Jerome Powell", "say", "We are well positioned to respond", True, []),
        ],
    ),
    (
        "own-dev38s-check-ceo",
        "2026-04-30",
        (
            "[[Volvo Cars|ORG]] said on Thursday first-quarter sales fell 8%. The company's chief executive, [[Hakan "
            "Samuelsson|PERSON]], said tariffs were hurting demand in the [[United States|GPE]]. “This is a tough market,” "
            "the chief executive said. The carmaker said it would cut costs by 18 billion crowns.\n"
        ),
        [
            ("Volvo Cars", "say", "first-quarter sales fell 8%", False, ["8%"]),
            ("Hakan Samuelsson", "say", "tariffs were hurting demand in the United States", False, []),
            ("Hakan Samuelsson", "say", "This is a tough market", True, []),
            ("Volvo Cars", "say", "it would cut costs by 18 billion crowns", False, ["18 billion crowns"]),
        ],
    ),
    (
        "own-dev38s-check-regulator",
        "2026-06-11",
        (
            "[[Australia|GPE]]'s competition regulator, the [[Australian Competition and Consumer Commission|ORG]], sued "
            "[[Coles|ORG]] on Wednesday over discount claims. The regulator said shoppers had been misled on hundreds of "
            "products. [[Coles|ORG]] said it would defend the case. A spokesperson said the company had followed the law.\n"
        ),
        [
            ("Australian Competition and Consumer Commission", "say", "shoppers had been misled on hundreds of products", False, []),
            ("Coles", "say", "it would defend the case", False, []),
        ],
    ),
    (
        "own-dev38s-check-court",
        "2026-03-26",
        (
            "A court in [[Paris|GPE]] sentenced former minister [[Paul Girard|PERSON]] to two years in prison on Thursday "
            "for embezzlement. The judge said he had abused public trust. His lawyer, [[Anne Morel|PERSON]], said they "
            "would appeal. “The verdict is unjust,” she told reporters.\n"
        ),
        [
            ("Anne Morel", "say", "they would appeal", False, []),
            ("Anne Morel", "tell", "The verdict is unjust", True, []),
        ],
    ),
    (
        "own-dev38s-check-ministry-spokes",
        "2026-08-20",
        (
            "[[China|GPE]]'s [[Ministry of Commerce|ORG]] said on Thursday it would restrict exports of some rare earth "
            "magnets. A spokesperson for the ministry said the rules would take effect on Sept. 1. Officials said "
            "licences would be granted case by case.\n"
        ),
        [
            ("Ministry of Commerce", "say", "it would restrict exports of some rare earth magnets", False, []),
            ("Ministry of Commerce", "say", "the rules would take effect on Sept. 1", False, []),
        ],
    ),
    (
        "own-dev38s-check-leaders",
        "2026-05-19",
        (
            "[[Indian|NORP]] Prime Minister [[Narendra Modi|PERSON]] and [[British|NORP]] Prime Minister [[Keir "
            "Starmer|PERSON]] signed a trade deal in [[London|GPE]] on Tuesday. The two leaders said the deal would double "
            "trade by 2030. [[Starmer|PERSON|Keir Starmer]] said it would create jobs across the country.\n"
        ),
        [
            ("Narendra Modi", "say", "the deal would double trade by 2030", False, []),
            ("Keir Starmer", "say", "the deal would double trade by 2030", False, []),
            ("Keir Starmer", "say", "it would create jobs across the country", False, []),
        ],
    ),
    (
        "own-dev38s-check-it-after-quote",
        "2026-10-14",
        (
            "[[Samsung Electronics|ORG]] forecast a 30% jump in third-quarter operating profit on Tuesday. “Demand for "
            "memory chips used in AI servers remained very strong,” it said in a statement. Analysts said the figure beat "
            "expectations.\n"
        ),
        [
            ("Samsung Electronics", "forecast", "a 30% jump in third-quarter operating profit", False, ["30%"]),
            ("Samsung Electronics", "say", "Demand for memory chips used in AI servers remained very strong", True, []),
        ],
    ),
    (
        "own-dev38s-check-minister-title",
        "2026-02-03",
        (
            "[[Brazil|GPE]]'s Finance Minister [[Fernando Haddad|PERSON]] met bankers in [[Sao Paulo|GPE]] on Monday. The "
            "minister said the fiscal target for this year would be met. Central bank chief [[Gabriel Galipolo|PERSON]] "
            "said rates would stay high for longer.\n"
        ),
        [
            ("Fernando Haddad", "say", "the fiscal target for this year would be met", False, []),
            ("Gabriel Galipolo", "say", "rates would stay high for longer", False, []),
        ],
    ),
    (
        "own-dev38s-check-police-said",
        "2026-12-01",
        (
            "[[New South Wales Police|ORG|New South Wales Police Force]] said three people were arrested after a brawl at "
            "a [[Sydney|GPE]] pub on Saturday. Police said one man was taken to hospital. Superintendent [[Dan Kerr|PERSON]] "
            "said the force would review footage.\n"
        ),
        [
            ("New South Wales Police Force", "say", "three people were arrested after a brawl at a Sydney pub on Saturday", False, ["three"]),
            ("New South Wales Police Force", "say", "one man was taken to hospital", False, ["one"]),
            ("Dan Kerr", "say", "the force would review footage", False, []),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev38s", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
