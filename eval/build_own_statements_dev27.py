"""Write eval/own-statements-dev27.jsonl and its check file (FORMAT.md): statements whose speaker
is an entity the document names, referred to again by surname, title, pronoun or short form.

Session 27 (stmt12): official releases with several named officials and bodies, wire stories in
which a quoted person is named once in full and then by surname, title or pronoun, a body named in
full and then by its short form ("the Bank", "the Commission", "the ministry"), a spokesperson who
speaks for a body, two persons quoted alternately, "according to" a report of a named body, and a
person who speaks for a country. Written for briefx by hand and annotated by ANNOTATION.md
("Entities", "Statements") before briefx was run on them; institutions are real, the people,
events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) with the content and figures as substrings, found and checked as in
``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev27.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (stmt12 helper, session 27); CC0"

ECB = "European Central Bank"
EC = "European Commission"
BOE = "Bank of England"
WHO = "World Health Organization"
IEA = "International Energy Agency"

CASES = [
    (
        "own-dev27-ecb-surname",
        "2026-06-05",
        (
            f"[[FRANKFURT|GPE|Frankfurt]], June 5 ([[Reuters|ORG]]) - [[{ECB}|ORG]] policymaker [[Tomas Halvik|PERSON]] said on Thursday that "
            f'the bank could cut rates again in September if inflation kept falling.\n\n"We are not there yet," [[Halvik|PERSON|Tomas Halvik]] told reporters '
            f"in [[Vienna|GPE]]. He added that wage growth of 4.1% was still too high.\n\nThe [[Bank|ORG|{ECB}]] expects inflation to average 2.2% this year, "
            f"according to its latest projections.\n"
        ),
        [
            (
                "Tomas Halvik",
                "say",
                "the bank could cut rates again in September if inflation kept falling",
                False,
                [],
            ),
            ("Tomas Halvik", "tell", "We are not there yet", True, []),
            ("Tomas Halvik", "add", "wage growth of 4.1% was still too high", False, ["4.1%"]),
            (ECB, "expect", "inflation to average 2.2% this year", False, ["2.2%"]),
        ],
    ),
    (
        "own-dev27-commission-alternate",
        "2026-03-11",
        (
            f"[[BRUSSELS|GPE|Brussels]], March 11 - The [[{EC}|ORG]] proposed on Wednesday to raise tariffs on fertiliser imports from [[Russia|GPE]] to 40%. "
            f"The [[Commission|ORG|{EC}]] said the measure would take effect in July.\n\nTrade Commissioner [[Anna Kessler|PERSON]] said the tariffs would "
            f'"close a door that has stayed open too long". Farm lobby [[Copa-Cogeca|ORG]] warned that prices for farmers could rise by 15%.\n\n'
            f'[[Kessler|PERSON|Anna Kessler]] rejected that estimate. "Our analysis shows the effect will be small," she said. The lobby\'s secretary-general, '
            f"[[Pieter Verhoef|PERSON]], said the group would ask member states to block the plan.\n"
        ),
        [
            (
                EC,
                "propose",
                "raise tariffs on fertiliser imports from Russia to 40%",
                False,
                ["40%"],
            ),
            (EC, "say", "the measure would take effect in July", False, []),
            (
                "Anna Kessler",
                "say",
                'the tariffs would "close a door that has stayed open too long"',
                False,
                [],
            ),
            ("Copa-Cogeca", "warn", "prices for farmers could rise by 15%", False, ["15%"]),
            ("Anna Kessler", "say", "Our analysis shows the effect will be small", True, []),
            (
                "Pieter Verhoef",
                "say",
                "the group would ask member states to block the plan",
                False,
                [],
            ),
        ],
    ),
    (
        "own-dev27-boe-governor",
        "2026-08-07",
        (
            f"[[LONDON|GPE|London]], Aug 7 - The [[{BOE}|ORG]] held interest rates at 4.25% on Thursday. Governor [[Helen Marsh|PERSON]] said "
            f"the Bank needed more evidence that price pressures were easing.\n\nThe Governor added that unemployment was likely to rise to 5% by the end "
            f"of the year. Deputy Governor [[Owen Pryce|PERSON]], who voted for a cut, said in a speech that the economy was weaker than the Bank had thought.\n\n"
            f"The [[Bank|ORG|{BOE}]] said it now expects growth of 0.8% in 2026.\n"
        ),
        [
            (
                "Helen Marsh",
                "say",
                "the Bank needed more evidence that price pressures were easing",
                False,
                [],
            ),
            (
                "Helen Marsh",
                "add",
                "unemployment was likely to rise to 5% by the end of the year",
                False,
                ["5%"],
            ),
            ("Owen Pryce", "say", "the economy was weaker than the Bank had thought", False, []),
            (BOE, "say", "it now expects growth of 0.8% in 2026", False, ["0.8%"]),
        ],
    ),
    (
        "own-dev27-who-spokesperson",
        "2026-02-19",
        (
            f"[[GENEVA|GPE|Geneva]], Feb 19 - The [[{WHO}|ORG]] ([[WHO|ORG|{WHO}]]) said on Thursday that a cholera outbreak in [[Malawi|GPE]] had "
            f"infected more than 12,000 people since January.\n\n[[WHO|ORG|{WHO}]] spokesperson [[Lina Okafor|PERSON]] said the agency had sent 1.5 million "
            f'doses of oral vaccine. "The next four weeks are critical," Okafor said.\n\nMalawi\'s health minister, [[Grace Banda|PERSON]], said the government '
            f"would open 20 more treatment centres.\n"
        ),
        [
            (
                WHO,
                "say",
                "a cholera outbreak in Malawi had infected more than 12,000 people since January",
                False,
                ["more than 12,000"],
            ),
            (
                "Lina Okafor",
                "say",
                "the agency had sent 1.5 million doses of oral vaccine",
                False,
                ["1.5 million"],
            ),
            ("Lina Okafor", "say", "The next four weeks are critical", True, []),
            (
                "Grace Banda",
                "say",
                "the government would open 20 more treatment centres",
                False,
                ["20"],
            ),
        ],
    ),
    (
        "own-dev27-iea-report",
        "2026-10-14",
        (
            f"[[PARIS|GPE|Paris]], Oct 14 - Global oil demand will grow by 700,000 barrels per day next year, according to a report published on Tuesday "
            f"by the [[{IEA}|ORG]]. The [[Paris|GPE]]-based agency said electric cars would cut demand growth in [[China|GPE]].\n\n"
            f"The [[IEA|ORG|{IEA}]]'s executive director, [[Marta Lindqvist|PERSON]], said producers should not count on demand rising after 2030. "
            f"[[OPEC|ORG]] said in its own report that demand would grow by 1.3 million barrels per day.\n"
        ),
        [
            (
                IEA,
                "according to",
                "Global oil demand will grow by 700,000 barrels per day next year",
                False,
                ["700,000 barrels per day"],
            ),
            (IEA, "say", "electric cars would cut demand growth in China", False, []),
            (
                "Marta Lindqvist",
                "say",
                "producers should not count on demand rising after 2030",
                False,
                [],
            ),
            (
                "OPEC",
                "say",
                "demand would grow by 1.3 million barrels per day",
                False,
                ["1.3 million barrels per day"],
            ),
        ],
    ),
    (
        "own-dev27-ministry-release",
        "2026-04-22",
        (
            "Press release\n\n[[Ministry of Finance of Estonia|ORG]]\n\n[[Tallinn|GPE]], 22 April 2026\n\n"
            "The [[Ministry of Finance of Estonia|ORG]] announced today that the budget deficit would narrow to 2.9% of GDP next year. "
            "Minister of Finance [[Kaarel Tamm|PERSON]] said the government would not raise value added tax again.\n\n"
            'The ministry also said it would borrow 1.2 billion euros on the bond market in 2027. "Our debt remains among the lowest in Europe," '
            "the minister said.\n\n[[Eesti Pank|ORG]], the central bank, said in a separate statement that growth would pick up to 2% in 2027.\n"
        ),
        [
            (
                "Ministry of Finance of Estonia",
                "announce",
                "the budget deficit would narrow to 2.9% of GDP next year",
                False,
                ["2.9%"],
            ),
            (
                "Kaarel Tamm",
                "say",
                "the government would not raise value added tax again",
                False,
                [],
            ),
            (
                "Ministry of Finance of Estonia",
                "say",
                "it would borrow 1.2 billion euros on the bond market in 2027",
                False,
                ["1.2 billion euros"],
            ),
            ("Kaarel Tamm", "say", "Our debt remains among the lowest in Europe", True, []),
            ("Eesti Pank", "say", "growth would pick up to 2% in 2027", False, ["2%"]),
        ],
    ),
    (
        "own-dev27-country-speaker",
        "2026-09-23",
        (
            "[[UNITED NATIONS|ORG|United Nations]], Sept 23 - [[Brazil|GPE]] pledged on Tuesday to end illegal deforestation by 2030. Foreign Minister "
            "[[Rafael Nunes|PERSON]] told the [[General Assembly|ORG|United Nations General Assembly]] that Brazil had cut forest loss by 31% in two years.\n\n"
            "[[Nunes|PERSON|Rafael Nunes]] also called for a fund of $25 billion to pay countries that keep their forests standing. [[Norway|GPE]] said "
            "it would contribute $500 million. Its environment minister, [[Sigrid Aas|PERSON]], said the money would be paid over five years.\n"
        ),
        [
            ("Brazil", "pledge", "end illegal deforestation by 2030", False, []),
            (
                "Rafael Nunes",
                "tell",
                "Brazil had cut forest loss by 31% in two years",
                False,
                ["31%"],
            ),
            (
                "Rafael Nunes",
                "call for",
                "a fund of $25 billion to pay countries that keep their forests standing",
                False,
                ["$25 billion"],
            ),
            ("Norway", "say", "it would contribute $500 million", False, ["$500 million"]),
            ("Sigrid Aas", "say", "the money would be paid over five years", False, []),
        ],
    ),
    (
        "own-dev27-union-company",
        "2026-11-03",
        (
            "[[HAMBURG|GPE|Hamburg]], Nov 3 - Workers at [[Hapag-Lloyd|ORG]] will strike on Friday, the [[Verdi|ORG]] union said on Monday. "
            "Verdi negotiator [[Jonas Becker|PERSON]] said the company had offered a rise of only 3%.\n\n[[Hapag-Lloyd|ORG]] said it regretted the decision. "
            '"Our offer is fair and generous," a company spokesman said. Chief executive [[Rolf Haberland|PERSON]] said last week that costs had risen by 9%.\n\n'
            "[[Becker|PERSON|Jonas Becker]] said the union wanted 7%.\n"
        ),
        [
            ("Verdi", "say", "Workers at Hapag-Lloyd will strike on Friday", False, []),
            ("Jonas Becker", "say", "the company had offered a rise of only 3%", False, ["3%"]),
            ("Hapag-Lloyd", "say", "it regretted the decision", False, []),
            ("Rolf Haberland", "say", "costs had risen by 9%", False, ["9%"]),
            ("Jonas Becker", "say", "the union wanted 7%", False, ["7%"]),
        ],
    ),
    (
        "own-dev27-court-two",
        "2026-05-28",
        (
            "[[NAIROBI|GPE|Nairobi]], May 28 - [[Kenya|GPE]]'s [[High Court|ORG|High Court of Kenya]] suspended a new housing levy on Thursday. "
            "Justice [[Esther Wambui|PERSON]] said the government had not consulted the public.\n\nAttorney General [[Daniel Mutua|PERSON]] said the state "
            'would appeal. "We respect the court but disagree with its reasoning," Mutua said. The judge said the levy of 1.5% of gross pay could not be '
            "collected until the case was heard.\n"
        ),
        [
            ("Esther Wambui", "say", "the government had not consulted the public", False, []),
            ("Daniel Mutua", "say", "the state would appeal", False, []),
            (
                "Daniel Mutua",
                "say",
                "We respect the court but disagree with its reasoning",
                True,
                [],
            ),
            (
                "Esther Wambui",
                "say",
                "the levy of 1.5% of gross pay could not be collected until the case was heard",
                False,
                ["1.5%"],
            ),
        ],
    ),
    (
        "own-dev27-airline-ceo",
        "2026-07-16",
        (
            "[[DUBLIN|GPE|Dublin]], July 16 - [[Ryanair Holdings plc|ORG]] said on Monday that its first-quarter profit rose 21% to 820 million euros. "
            "[[Ryanair|ORG|Ryanair Holdings plc]] said fares were 7% higher than a year earlier.\n\nChief executive [[Michael Dolan|PERSON]] said the airline "
            "expected to carry 210 million passengers this year. He warned that delays in aircraft deliveries from [[Boeing|ORG]] could hold back growth. "
            "Boeing did not comment.\n"
        ),
        [
            (
                "Ryanair Holdings plc",
                "say",
                "its first-quarter profit rose 21% to 820 million euros",
                False,
                ["21%", "820 million euros"],
            ),
            (
                "Ryanair Holdings plc",
                "say",
                "fares were 7% higher than a year earlier",
                False,
                ["7%"],
            ),
            (
                "Michael Dolan",
                "say",
                "the airline expected to carry 210 million passengers this year",
                False,
                ["210 million"],
            ),
            (
                "Michael Dolan",
                "warn",
                "delays in aircraft deliveries from Boeing could hold back growth",
                False,
                [],
            ),
        ],
    ),
]

CHECK = [
    (
        "own-dev27-check-rba",
        "2026-02-03",
        (
            "[[SYDNEY|GPE|Sydney]], Feb 3 - The [[Reserve Bank of Australia|ORG]] kept its cash rate at 3.85% on Tuesday. Governor [[Philip Grant|PERSON]] "
            "said the board was prepared to act if inflation did not come down.\n\nThe [[Bank|ORG|Reserve Bank of Australia]] said it expected inflation to "
            "return to 2.5% in 2027. [[Grant|PERSON|Philip Grant]] told reporters that the labour market remained tight.\n"
        ),
        [
            (
                "Philip Grant",
                "say",
                "the board was prepared to act if inflation did not come down",
                False,
                [],
            ),
            (
                "Reserve Bank of Australia",
                "say",
                "it expected inflation to return to 2.5% in 2027",
                False,
                ["2.5%"],
            ),
            ("Philip Grant", "tell", "the labour market remained tight", False, []),
        ],
    ),
    (
        "own-dev27-check-fao",
        "2026-06-02",
        (
            "[[ROME|GPE|Rome]], June 2 - World food prices rose 1.8% in May, according to the [[Food and Agriculture Organization|ORG]]. "
            "The [[FAO|ORG|Food and Agriculture Organization]] said vegetable oil prices had jumped 6%.\n\nChief economist [[Paola Ricci|PERSON]] said "
            "dry weather in [[Brazil|GPE]] had hurt the sugar crop. She added that cereal prices were stable.\n"
        ),
        [
            (
                "Food and Agriculture Organization",
                "according to",
                "World food prices rose 1.8% in May",
                False,
                ["1.8%"],
            ),
            (
                "Food and Agriculture Organization",
                "say",
                "vegetable oil prices had jumped 6%",
                False,
                ["6%"],
            ),
            ("Paola Ricci", "say", "dry weather in Brazil had hurt the sugar crop", False, []),
            ("Paola Ricci", "add", "cereal prices were stable", False, []),
        ],
    ),
    (
        "own-dev27-check-alternate",
        "2026-09-09",
        (
            "[[OTTAWA|GPE|Ottawa]], Sept 9 - Canadian Finance Minister [[Claire Dubois|PERSON]] said on Wednesday that the deficit would fall to C$40 billion. "
            'Opposition finance critic [[Mark Feeney|PERSON]] said the figure was not credible.\n\n"The numbers speak for themselves," Dubois said. '
            "Feeney said the government had missed every target it set. The minister said spending would grow by 2% a year.\n"
        ),
        [
            (
                "Claire Dubois",
                "say",
                "the deficit would fall to C$40 billion",
                False,
                ["C$40 billion"],
            ),
            ("Mark Feeney", "say", "the figure was not credible", False, []),
            ("Claire Dubois", "say", "The numbers speak for themselves", True, []),
            ("Mark Feeney", "say", "the government had missed every target it set", False, []),
            ("Claire Dubois", "say", "spending would grow by 2% a year", False, ["2%"]),
        ],
    ),
    (
        "own-dev27-check-agency-short",
        "2026-04-09",
        (
            "[[WASHINGTON|GPE|Washington]], April 9 - The [[U.S. Environmental Protection Agency|ORG]] ([[EPA|ORG|U.S. Environmental Protection Agency]]) "
            "said on Thursday it would tighten limits on mercury from power plants. The [[agency|ORG|U.S. Environmental Protection Agency]] estimated the rule "
            "would cost utilities $1.1 billion a year.\n\n[[Edison Electric Institute|ORG]], which represents utilities, said the rule would raise power bills. "
            "The institute's president, [[Tom Reyes|PERSON]], said members would challenge it in court.\n"
        ),
        [
            (
                "U.S. Environmental Protection Agency",
                "say",
                "it would tighten limits on mercury from power plants",
                False,
                [],
            ),
            (
                "U.S. Environmental Protection Agency",
                "estimate",
                "the rule would cost utilities $1.1 billion a year",
                False,
                ["$1.1 billion"],
            ),
            ("Edison Electric Institute", "say", "the rule would raise power bills", False, []),
            ("Tom Reyes", "say", "members would challenge it in court", False, []),
        ],
    ),
    (
        "own-dev27-check-japan",
        "2026-12-01",
        (
            "[[TOKYO|GPE|Tokyo]], Dec 1 - [[Japan|GPE]] will spend 2 trillion yen on chip plants next year, Economy Minister [[Kenji Morita|PERSON]] said "
            "on Tuesday. [[Morita|PERSON|Kenji Morita]] said the money would go mainly to [[Rapidus|ORG]].\n\n[[Rapidus|ORG]] said it planned to start mass "
            "production in 2027. Its president, [[Hiro Sato|PERSON]], said the company would hire 1,000 engineers.\n"
        ),
        [
            (
                "Kenji Morita",
                "say",
                "Japan will spend 2 trillion yen on chip plants next year",
                False,
                ["2 trillion yen"],
            ),
            ("Kenji Morita", "say", "the money would go mainly to Rapidus", False, []),
            ("Rapidus", "say", "it planned to start mass production in 2027", False, []),
            ("Hiro Sato", "say", "the company would hire 1,000 engineers", False, ["1,000"]),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev27", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
