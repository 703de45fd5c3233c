"""Write eval/own-statements-dev33.jsonl and its check file (FORMAT.md): a definite description
as the source ("the company said", "the ministry said", "the union said") refers back only to a
named body whose kind fits the noun, and to the body that is the story's topic before one named
only as somebody's employer ("analysts at X").

Session 33 (referents20, issue 13 item 3): short wire stories in which a company, bank, miner,
ministry, union or agency is named and then referred to by its kind, stories in which a bank is
named only as the employer of analysts before "the company said", and stories in which "the
ministry", "the union" or "the agency" speaks where no body of that kind is named (an unnamed
source: no statement in the gold). Written for briefx by hand and annotated by ANNOTATION.md
("Entities", "Statements") before briefx was run on them; companies and institutions are real,
the people, events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) as in ``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev33.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (referents20 helper, session 33); CC0"

CASES = [
    (
        "own-dev33-volvo-analysts",
        "2026-10-22",
        (
            "Shares of [[Volvo Cars|ORG]] rose 6% after third-quarter results. In a note to clients, analysts at [[Danske Bank|ORG]] "
            "raised their price target. The company said it would cut 3,000 jobs in [[Sweden|GPE]] next year.\n"
        ),
        [("Volvo Cars", "say", "it would cut 3,000 jobs in Sweden next year", False, ["3,000"])],
    ),
    (
        "own-dev33-union-unnamed",
        "2026-11-03",
        (
            "[[Volvo Cars|ORG]] will close its assembly plant in [[Ghent|GPE]], the company said on Monday. Unions at the plant "
            "criticised the move. The union said it would strike on Friday.\n"
        ),
        [("Volvo Cars", "say", "Volvo Cars will close its assembly plant in Ghent", False, [])],
    ),
    (
        "own-dev33-rio-ministry",
        "2026-09-14",
        (
            "[[Rio Tinto|ORG]] agreed a deal with the government of [[Guinea|GPE]] to develop the [[Simandou|FAC]] iron ore project. "
            "The ministry said the mine would employ 2,000 people.\n"
        ),
        [],
    ),
    (
        "own-dev33-nordbank-ministry",
        "2026-02-10",
        (
            "Economists at [[Nordbank|ORG]] see two rate cuts this year. Opposition leader [[Mark Olsen|PERSON]] called for a "
            "referendum on the school reform. The ministry pledged 400 new teachers.\n"
        ),
        [("Mark Olsen", "call for", "a referendum on the school reform", False, [])],
    ),
    (
        "own-dev33-bhp-miner",
        "2026-08-19",
        (
            "[[BHP|ORG]] reported a 12% fall in annual profit on Tuesday. The miner said it expected copper output to rise next "
            "year. [[Australian|NORP]] shares were flat.\n"
        ),
        [
            ("BHP", "report", "a 12% fall in annual profit", False, ["12%"]),
            ("BHP", "say", "it expected copper output to rise next year", False, []),
        ],
    ),
    (
        "own-dev33-finance-ministry",
        "2026-05-06",
        (
            "The [[Ministry of Finance|ORG|Ministry of Finance (Poland)]] in [[Warsaw|GPE]] raised its growth forecast to 3.4%. "
            "Shares of [[PKO Bank Polski|ORG]] rose. The ministry said the budget deficit would narrow next year.\n"
        ),
        [
            (
                "Ministry of Finance (Poland)",
                "say",
                "the budget deficit would narrow next year",
                False,
                [],
            ),
        ],
    ),
    (
        "own-dev33-bank-of-england",
        "2026-06-18",
        (
            "The [[Bank of England|ORG]] held rates at 4% on Thursday. The [[Bank|ORG|Bank of England]] said inflation would "
            "fall to its 2% target next year.\n"
        ),
        [
            (
                "Bank of England",
                "say",
                "inflation would fall to its 2% target next year",
                False,
                ["2%"],
            )
        ],
    ),
    (
        "own-dev33-union-named",
        "2026-03-02",
        (
            "[[Lufthansa|ORG]] pilots will strike on Wednesday, the [[Vereinigung Cockpit|ORG]] union said. [[Lufthansa|ORG]] "
            "called the strike unnecessary. The union said talks had failed over pensions.\n"
        ),
        [
            ("Vereinigung Cockpit", "say", "Lufthansa pilots will strike on Wednesday", False, []),
            ("Vereinigung Cockpit", "say", "talks had failed over pensions", False, []),
        ],
    ),
    (
        "own-dev33-only-company",
        "2026-07-29",
        (
            "[[Siemens Energy|ORG]] raised its outlook for the year on Wednesday. The company said orders for grid equipment "
            "had doubled.\n"
        ),
        [("Siemens Energy", "say", "orders for grid equipment had doubled", False, [])],
    ),
    (
        "own-dev33-strategist-company",
        "2026-04-24",
        (
            "[[Unilever|ORG]] sales beat forecasts in the first quarter. A strategist at [[Barclays|ORG]], [[Emma Lind|PERSON]], "
            "called the results solid. The company said it would buy back shares worth 1.5 billion euros.\n"
        ),
        [
            (
                "Unilever",
                "say",
                "it would buy back shares worth 1.5 billion euros",
                False,
                ["1.5 billion euros"],
            ),
        ],
    ),
    (
        "own-dev33-regulator-unnamed",
        "2026-01-15",
        (
            "[[Thames Water|ORG]] asked for more time to repay its debts. The regulator said it would not allow bills to rise "
            "further.\n"
        ),
        [],
    ),
    (
        "own-dev33-commission-agency",
        "2026-12-01",
        (
            "The [[European Commission|ORG]] approved 2 billion euros of state aid for a chip plant in [[Dresden|GPE]]. The "
            "[[Commission|ORG|European Commission]] said the aid was needed to close a funding gap.\n"
        ),
        [
            ("European Commission", "say", "the aid was needed to close a funding gap", False, []),
        ],
    ),
    (
        "own-dev33-glencore-ministry",
        "2026-10-08",
        (
            "[[Glencore|ORG]] will sell its stake in a coal mine in [[Colombia|GPE]], the company said. The ministry of mines "
            "said the sale needed its approval.\n"
        ),
        [("Glencore", "say", "Glencore will sell its stake in a coal mine in Colombia", False, [])],
    ),
    (
        "own-dev33-union-company",
        "2026-09-30",
        (
            "[[Boeing|ORG]] made a new offer to machinists on Monday. The [[International Association of Machinists|ORG]] said "
            "members would vote on it this week. The company said the offer raised wages by 35%.\n"
        ),
        [
            (
                "International Association of Machinists",
                "say",
                "members would vote on it this week",
                False,
                [],
            ),
            ("Boeing", "say", "the offer raised wages by 35%", False, ["35%"]),
        ],
    ),
]

CHECK = [
    (
        "own-dev33-check-ericsson-analysts",
        "2026-10-14",
        (
            "[[Ericsson|ORG]] shares fell 8% on Tuesday. Analysts at [[SEB|ORG]] cut their rating to hold. The company said "
            "demand from network operators remained weak.\n"
        ),
        [("Ericsson", "say", "demand from network operators remained weak", False, [])],
    ),
    (
        "own-dev33-check-anglo-ministry",
        "2026-03-19",
        (
            "[[Anglo American|ORG]] signed a deal to expand a platinum mine in [[South Africa|GPE]]. The ministry said the project "
            "would create 1,200 jobs.\n"
        ),
        [],
    ),
    (
        "own-dev33-check-union-unnamed",
        "2026-06-02",
        (
            "[[Stellantis|ORG]] plans to move production of a small car to [[Serbia|GPE]]. The union said workers in "
            "[[Italy|GPE]] would lose their jobs.\n"
        ),
        [("Stellantis", "plan", "move production of a small car to Serbia", False, [])],
    ),
    (
        "own-dev33-check-health-agency",
        "2026-02-21",
        (
            "[[Pfizer|ORG]] said its new vaccine cut hospital stays by half. Economists at [[Nordea|ORG]] see little effect on "
            "sales. The agency said it would review the data in March.\n"
        ),
        [("Pfizer", "say", "its new vaccine cut hospital stays by half", False, [])],
    ),
    (
        "own-dev33-check-carmaker",
        "2026-11-11",
        (
            "[[Renault|ORG]] cut its margin forecast on Thursday. The carmaker said weak demand in [[Europe|LOC]] would hurt "
            "sales.\n"
        ),
        [("Renault", "say", "weak demand in Europe would hurt sales", False, [])],
    ),
    (
        "own-dev33-check-bank-named",
        "2026-05-27",
        (
            "[[Handelsbanken|ORG]] reported higher profit for the quarter. The bank said loan losses remained low.\n"
        ),
        [
            ("Handelsbanken", "report", "higher profit for the quarter", False, []),
            ("Handelsbanken", "say", "loan losses remained low", False, []),
        ],
    ),
    (
        "own-dev33-check-council",
        "2026-08-05",
        (
            "[[Shell|ORG]] wants to build a solar farm near [[Rotterdam|GPE]]. The council said it would decide on the plan in "
            "October.\n"
        ),
        [],
    ),
]


def main() -> None:
    write_sets("own-statements-dev33", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
