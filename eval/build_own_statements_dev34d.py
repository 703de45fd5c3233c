"""Write eval/own-statements-dev34d.jsonl and its check file (FORMAT.md): a definite description
as the source ("the ministry said", "the lender said", "the union said") refers back by its head
noun to the nearest earlier mention with that head, named or not; where that mention names no
entity ("Norway's energy ministry", "a state-owned lender"), the statement has no named speaker,
never a body of another kind named in between.

Session 34 (descr22, issue 13 item 3): short wire and official stories (strikes, ministries and
firms, regulators and banks, agencies and NGOs) in which a body is introduced by an unnamed
description and then speaks as "the <noun>", next to stories that must stay as they were (a named
union, ministry or firm, an appositive naming a firm's kind, a chain of "the ministry said").
Written for briefx by hand and annotated by ANNOTATION.md ("Entities", "Statements") before briefx
was run on them; companies and institutions are real, the people, events, figures and quotations
invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) as in ``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev34d.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (descr22 helper, session 34); CC0"

CASES = [
    (
        "own-dev34d-oslo-ministry",
        "2026-05-05",
        (
            "[[OSLO|GPE|Oslo]], May 5 -- Oil workers at [[Aker BP|ORG]] platforms will strike from Friday, the "
            "[[SAFE|ORG]] union said on Tuesday. [[Aker BP|ORG]] said output would fall by 8 percent. "
            "[[Norway|GPE]]'s petroleum ministry said it was following the talks. The ministry said exports "
            "would not be affected.\n"
        ),
        [
            ("SAFE", "say", "Oil workers at Aker BP platforms will strike from Friday", False, []),
            ("Aker BP", "say", "output would fall by 8 percent", False, ["8 percent"]),
        ],
    ),
    (
        "own-dev34d-lender-unnamed",
        "2026-03-11",
        (
            "[[Moody's|ORG]] cut its outlook on [[Italy|GPE]]'s banks to negative on Wednesday. A state-owned lender in "
            "[[Rome|GPE]] plans to sell 2 billion euros of bad loans, sources said. The lender said the sale would "
            "close by June.\n"
        ),
        [],
    ),
    (
        "own-dev34d-agency-unnamed",
        "2026-09-02",
        (
            "[[Toyota|ORG]] recalled 120,000 cars in [[Japan|GPE]] over faulty brakes. [[Japan|GPE]]'s transport "
            "agency said it had received 14 reports of accidents. The agency said no one was hurt.\n"
        ),
        [],
    ),
    (
        "own-dev34d-union-named",
        "2026-02-17",
        (
            "[[Ryanair|ORG]] cabin crew in [[Spain|GPE]] will walk out next week, the [[USO|ORG]] union said on Monday. "
            "[[Ryanair|ORG]] said it expected little disruption. The union said 1,900 workers would join the strike.\n"
        ),
        [
            ("USO", "say", "Ryanair cabin crew in Spain will walk out next week", False, []),
            ("Ryanair", "say", "it expected little disruption", False, []),
            ("USO", "say", "1,900 workers would join the strike", False, ["1,900"]),
        ],
    ),
    (
        "own-dev34d-company-after-firm",
        "2026-06-23",
        (
            "[[Siemens Energy|ORG]] raised its revenue forecast on Tuesday. The company said orders for grid equipment "
            "had risen by 30%.\n"
        ),
        [
            ("Siemens Energy", "say", "orders for grid equipment had risen by 30%", False, ["30%"]),
        ],
    ),
    (
        "own-dev34d-ministry-named-chain",
        "2026-04-08",
        (
            "The [[Ministry of Agriculture|ORG|Ministry of Agriculture (Brazil)]] in [[Brasilia|GPE]] confirmed a case "
            "of bird flu on a farm in [[Parana|GPE]]. [[BRF|ORG]] shares fell 4%. The ministry said exports to "
            "[[China|GPE]] would be halted for 28 days. The ministry added that the farm had been sealed off.\n"
        ),
        [
            (
                "Ministry of Agriculture (Brazil)",
                "confirm",
                "a case of bird flu on a farm in Parana",
                False,
                [],
            ),
            (
                "Ministry of Agriculture (Brazil)",
                "say",
                "exports to China would be halted for 28 days",
                False,
                [],
            ),
            ("Ministry of Agriculture (Brazil)", "add", "the farm had been sealed off", False, []),
        ],
    ),
    (
        "own-dev34d-regulator-unnamed",
        "2026-10-14",
        (
            "[[Barclays|ORG]] was fined 40 million pounds over failings in its anti-money laundering controls. A "
            "financial regulator in [[Dublin|GPE]] is reviewing the bank's Irish unit. The regulator said the review "
            "would take six months.\n"
        ),
        [],
    ),
    (
        "own-dev34d-appositive-company",
        "2026-01-20",
        (
            "[[Petrobras|ORG]], the state-controlled oil company, said it would raise diesel prices by 6%. [[Brazil|GPE]]'s "
            "mines and energy ministry said it had not been consulted. The company said the increase was needed "
            "to match import costs.\n"
        ),
        [
            ("Petrobras", "say", "it would raise diesel prices by 6%", False, ["6%"]),
            ("Petrobras", "say", "the increase was needed to match import costs", False, []),
        ],
    ),
    (
        "own-dev34d-charity-unnamed",
        "2026-08-05",
        (
            "Floods in northern [[Bangladesh|GPE]] have displaced 300,000 people, the [[United Nations|ORG]] said. A local "
            "charity said it was running out of clean water. The charity said it needed 2 million dollars.\n"
        ),
        [
            (
                "United Nations",
                "say",
                "Floods in northern Bangladesh have displaced 300,000 people",
                False,
                ["300,000"],
            ),
        ],
    ),
    (
        "own-dev34d-union-unnamed-its",
        "2026-11-12",
        (
            "[[Volkswagen|ORG]] will cut shifts at its [[Zwickau|GPE]] plant, the carmaker said on Thursday. Its works "
            "council said the cuts were a mistake. The council said it would fight for every job.\n"
        ),
        [
            ("Volkswagen", "say", "Volkswagen will cut shifts at its Zwickau plant", False, []),
        ],
    ),
    (
        "own-dev34d-department-named",
        "2026-07-01",
        (
            "The [[Department of Health|ORG|Department of Health (Ireland)]] reported 40 new cases of measles. "
            "[[Pfizer|ORG]] said supplies of the vaccine were sufficient. The department said a campaign would "
            "begin in schools.\n"
        ),
        [
            ("Department of Health (Ireland)", "report", "40 new cases of measles", False, ["40"]),
            ("Pfizer", "say", "supplies of the vaccine were sufficient", False, []),
            (
                "Department of Health (Ireland)",
                "say",
                "a campaign would begin in schools",
                False,
                [],
            ),
        ],
    ),
    (
        "own-dev34d-greek-ministry",
        "2026-03-29",
        (
            "[[ATHENS|GPE|Athens]], March 29 -- [[Aegean Airlines|ORG]] cancelled 60 flights because of a strike by "
            "air traffic controllers. The [[Greek|NORP]] transport ministry said the strike was illegal. The ministry "
            "said it would ask a court to halt it.\n"
        ),
        [],
    ),
    (
        "own-dev34d-bank-named-lender",
        "2026-12-01",
        (
            "[[Commerzbank|ORG]] will buy back shares worth 1 billion euros, the lender said on Monday. [[Germany|GPE]]'s "
            "finance agency said it would keep its stake. The lender said the buyback would start in January.\n"
        ),
        [
            (
                "Commerzbank",
                "say",
                "Commerzbank will buy back shares worth 1 billion euros",
                False,
                ["1 billion euros"],
            ),
            ("Commerzbank", "say", "the buyback would start in January", False, []),
        ],
    ),
    (
        "own-dev34d-ngo-agency",
        "2026-06-09",
        (
            "[[Oxfam|ORG]] said food prices in [[Sudan|GPE]] had doubled since January. A government agency in "
            "[[Khartoum|GPE]] said aid convoys had been blocked. The agency said 12 trucks had reached [[Darfur|GPE]].\n"
        ),
        [
            ("Oxfam", "say", "food prices in Sudan had doubled since January", False, []),
        ],
    ),
]

CHECK = [
    (
        "own-dev34d-finland-ministry",
        "2026-02-03",
        (
            "[[HELSINKI|GPE|Helsinki]], Feb 3 -- Port workers will strike for two days from Wednesday, the [[AKT|ORG]] "
            "union said. [[Finnair|ORG]] said cargo flights would run as planned. [[Finland|GPE]]'s labour ministry "
            "said mediators would meet both sides. The ministry said a deal was still possible.\n"
        ),
        [
            ("AKT", "say", "Port workers will strike for two days from Wednesday", False, []),
            ("Finnair", "say", "cargo flights would run as planned", False, []),
        ],
    ),
    (
        "own-dev34d-bank-unnamed-lender",
        "2026-09-22",
        (
            "[[S&P Global|ORG]] raised [[Greece|GPE]]'s credit rating by one notch. A mid-sized lender in [[Athens|GPE]] "
            "said it would pay a dividend for the first time since 2008. The lender said profit rose 20% in the "
            "first half.\n"
        ),
        [],
    ),
    (
        "own-dev34d-union-chain",
        "2026-05-19",
        (
            "[[British Airways|ORG]] baggage handlers at [[Heathrow|FAC]] will strike over pay, the [[Unite|ORG]] union said. "
            "The union said 600 members had voted for action. [[British Airways|ORG]] said it was disappointed. "
            "The union added that talks could resume next week.\n"
        ),
        [
            (
                "Unite",
                "say",
                "British Airways baggage handlers at Heathrow will strike over pay",
                False,
                [],
            ),
            ("Unite", "say", "600 members had voted for action", False, ["600"]),
            ("British Airways", "say", "it was disappointed", False, []),
            ("Unite", "add", "talks could resume next week", False, []),
        ],
    ),
    (
        "own-dev34d-watchdog-unnamed",
        "2026-07-15",
        (
            "[[Meta|ORG]] faces a fine over its handling of children's data. [[Ireland|GPE]]'s data protection watchdog "
            "said its inquiry had ended. The watchdog said a decision would follow within weeks.\n"
        ),
        [],
    ),
    (
        "own-dev34d-company-described",
        "2026-10-30",
        (
            "[[Equinor|ORG]], the state-controlled energy company, cut its output forecast on Thursday. [[Norway|GPE]]'s "
            "energy ministry said it was monitoring the situation. The company said maintenance at two fields "
            "had taken longer than planned.\n"
        ),
        [
            (
                "Equinor",
                "say",
                "maintenance at two fields had taken longer than planned",
                False,
                [],
            ),
        ],
    ),
    (
        "own-dev34d-insurer-unnamed",
        "2026-04-27",
        (
            "Storms in [[Bavaria|GPE]] caused damage of 900 million euros, [[Munich Re|ORG]] estimated. A regional "
            "insurer said claims had doubled in a week. The insurer said it would hire 50 more assessors.\n"
        ),
        [
            (
                "Munich Re",
                "estimate",
                "Storms in Bavaria caused damage of 900 million euros",
                False,
                ["900 million euros"],
            ),
        ],
    ),
    (
        "own-dev34d-ministry-named-short",
        "2026-08-26",
        (
            "[[Poland|GPE]]'s [[Ministry of Climate|ORG|Ministry of Climate (Poland)]] approved a new wind farm off the "
            "Baltic coast. [[Orlen|ORG]] said it would invest 5 billion zlotys. The ministry said the farm would "
            "power 1 million homes.\n"
        ),
        [
            ("Orlen", "say", "it would invest 5 billion zlotys", False, ["5 billion zlotys"]),
            (
                "Ministry of Climate (Poland)",
                "say",
                "the farm would power 1 million homes",
                False,
                ["1 million"],
            ),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev34d", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
