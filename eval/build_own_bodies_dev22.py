"""Write eval/own-bodies-dev22.jsonl and its check file (FORMAT.md): a body whose name many
countries' bodies share, named by its task with a head bodies21 did not read or a shape it
left out (an electoral or competition commission, a civil aviation or broadcasting authority,
an audit, statistics or fraud office, an environmental agency, a one-word constitutional or
federal council, a commission of "Securities and Exchange"), takes the title English Wikipedia
gives that country's body, "<name> (<country>)" or the title of its own ("Election Commission
of India"); a body whose name is its own ("Financial Conduct Authority", "Kuwait Investment
Authority", "Australian Electoral Commission", "Competition Authority of Kenya") stays.

Session 35 (bodies22, issue 13 entity names): short wire stories on elections, regulators,
statistics and audit offices, broadcasting and competition authorities, electoral commissions
and monetary policy committees in many countries, with statements by those bodies. Written for
briefx by hand and annotated by ANNOTATION.md ("Entities", "Statements") before briefx was run
on them; the bodies are real, the people, events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) as in ``build_own_statements.case``. Run from the project root:
``python eval/build_own_bodies_dev22.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (bodies22 helper, session 35); CC0"

CASES = [
    (
        "own-dev22-uk-electoral",
        "2026-07-03",
        (
            "[[LONDON|GPE|London]], July 3 – [[Britain|GPE|United Kingdom]]'s [[Electoral Commission|ORG|Electoral Commission "
            "(United Kingdom)]] fined a campaign group for breaking spending rules. The [[Electoral Commission|ORG|Electoral "
            "Commission (United Kingdom)]] said the group had failed to report two loans.\n"
        ),
        [
            ("Electoral Commission (United Kingdom)", "say", "the group had failed to report two loans", False, []),
        ],
    ),
    (
        "own-dev22-nz-sfo",
        "2026-02-17",
        (
            "[[WELLINGTON|GPE|Wellington]], Feb 17 – [[New Zealand|GPE]]'s [[Serious Fraud Office|ORG|Serious Fraud Office "
            "(New Zealand)]] charged two former council managers on Tuesday. The [[Serious Fraud Office|ORG|Serious Fraud "
            "Office (New Zealand)]] said the charges followed a two-year inquiry.\n"
        ),
        [
            ("Serious Fraud Office (New Zealand)", "say", "the charges followed a two-year inquiry", False, []),
        ],
    ),
    (
        "own-dev22-uk-nao",
        "2026-10-21",
        (
            "[[LONDON|GPE|London]], Oct 21 – The [[National Audit Office|ORG|National Audit Office (United Kingdom)]] said on "
            "Wednesday that a hospital building programme in [[England|GPE]] was four years behind schedule. The cost had "
            "risen to £20 billion, the [[National Audit Office|ORG|National Audit Office (United Kingdom)]] said.\n"
        ),
        [
            ("National Audit Office (United Kingdom)", "say", "a hospital building programme in England was four years behind schedule", False, []),
            ("National Audit Office (United Kingdom)", "say", "The cost had risen to £20 billion", False, ["£20 billion"]),
        ],
    ),
    (
        "own-dev22-ireland-cso",
        "2026-05-14",
        (
            "[[DUBLIN|GPE|Dublin]], May 14 – [[Ireland|GPE]]'s [[Central Statistics Office|ORG|Central Statistics Office "
            "(Ireland)]] said consumer prices rose 2.1% in April from a year earlier, the slowest pace in three years.\n"
        ),
        [
            ("Central Statistics Office (Ireland)", "say", "consumer prices rose 2.1% in April from a year earlier, the slowest pace in three years", False, ["2.1%"]),
        ],
    ),
    (
        "own-dev22-uk-caa",
        "2026-08-09",
        (
            "[[LONDON|GPE|London]], Aug 9 – [[Britain|GPE|United Kingdom]]'s [[Civil Aviation Authority|ORG|Civil Aviation "
            "Authority (United Kingdom)]] ordered airlines to refund passengers within 14 days. The [[Civil Aviation "
            "Authority|ORG|Civil Aviation Authority (United Kingdom)]] said it would fine carriers that ignored the order.\n"
        ),
        [
            ("Civil Aviation Authority (United Kingdom)", "say", "it would fine carriers that ignored the order", False, []),
        ],
    ),
    (
        "own-dev22-sa-iec",
        "2026-11-02",
        (
            "[[JOHANNESBURG|GPE|Johannesburg]], Nov 2 – [[South Africa|GPE]]'s [[Independent Electoral Commission|ORG|"
            "Independent Electoral Commission (South Africa)]] said 27 million people had registered to vote in local "
            "elections. The [[Independent Electoral Commission|ORG|Independent Electoral Commission (South Africa)]] said "
            "counting would take three days.\n"
        ),
        [
            ("Independent Electoral Commission (South Africa)", "say", "27 million people had registered to vote in local elections", False, ["27 million"]),
            ("Independent Electoral Commission (South Africa)", "say", "counting would take three days", False, []),
        ],
    ),
    (
        "own-dev22-ireland-epa",
        "2026-06-30",
        (
            "[[DUBLIN|GPE|Dublin]], June 30 – Water quality in a third of [[Ireland|GPE]]'s rivers is poor, the [[Environmental "
            "Protection Agency|ORG|Environmental Protection Agency (Ireland)]] said in a report on Tuesday.\n"
        ),
        [
            ("Environmental Protection Agency (Ireland)", "say", "Water quality in a third of Ireland's rivers is poor", False, []),
        ],
    ),
    (
        "own-dev22-philippines-sec",
        "2026-03-25",
        (
            "[[MANILA|GPE|Manila]], March 25 – The [[Philippines|GPE]]' [[Securities and Exchange Commission|ORG|Securities and "
            "Exchange Commission (Philippines)]] revoked the licences of 12 lending apps. The [[Securities and Exchange "
            "Commission|ORG|Securities and Exchange Commission (Philippines)]] said the apps had harassed borrowers.\n"
        ),
        [
            ("Securities and Exchange Commission (Philippines)", "say", "the apps had harassed borrowers", False, []),
        ],
    ),
    (
        "own-dev22-uk-fca",
        "2026-04-08",
        (
            "[[LONDON|GPE|London]], April 8 – [[Britain|GPE|United Kingdom]]'s [[Financial Conduct Authority|ORG]] fined a "
            "payments firm £6 million. The [[Financial Conduct Authority|ORG]] said the firm had failed to check its "
            "customers.\n"
        ),
        [
            ("Financial Conduct Authority", "say", "the firm had failed to check its customers", False, []),
        ],
    ),
    (
        "own-dev22-australia-aec",
        "2026-09-01",
        (
            "[[CANBERRA|GPE|Canberra]], Sept 1 – The [[Australian Electoral Commission|ORG]] said 98% of eligible "
            "[[Australians|NORP|Australian]] were enrolled to vote, a record.\n"
        ),
        [
            ("Australian Electoral Commission", "say", "98% of eligible Australians were enrolled to vote, a record", False, ["98%"]),
        ],
    ),
    (
        "own-dev22-kuwait-kia",
        "2026-01-19",
        (
            "[[KUWAIT CITY|GPE|Kuwait City]], Jan 19 – The [[Kuwait Investment Authority|ORG]] will raise its holdings in "
            "[[Asian|NORP]] technology firms, its managing director [[Faisal Al-Sabah|PERSON]] said.\n"
        ),
        [
            ("Faisal Al-Sabah", "say", "The Kuwait Investment Authority will raise its holdings in Asian technology firms", False, []),
        ],
    ),
    (
        "own-dev22-croatia-sdp-eu",
        "2026-04-13",
        (
            "[[ZAGREB|GPE|Zagreb]], April 13 – [[Croatia|GPE]]'s opposition [[Social Democratic Party|ORG|Social Democratic "
            "Party of Croatia]] won 31% in a poll on Monday. The [[Social Democratic Party|ORG|Social Democratic Party of "
            "Croatia]] said money from the [[European Union|ORG]] had been wasted on unfinished roads.\n"
        ),
        [
            ("Social Democratic Party of Croatia", "say", "money from the European Union had been wasted on unfinished roads", False, []),
        ],
    ),
    (
        "own-dev22-france-constitutional",
        "2026-02-05",
        (
            "[[PARIS|GPE|Paris]], Feb 5 – [[France|GPE]]'s [[Constitutional Council|ORG|Constitutional Council (France)]] struck "
            "down part of the immigration law on Thursday. The [[Constitutional Council|ORG|Constitutional Council (France)]] "
            "said the rules on family visas breached the constitution.\n"
        ),
        [
            ("Constitutional Council (France)", "say", "the rules on family visas breached the constitution", False, []),
        ],
    ),
    (
        "own-dev22-swiss-federal-council",
        "2026-06-24",
        (
            "[[BERN|GPE|Bern]], June 24 – The [[Swiss|NORP]] [[Federal Council|ORG|Federal Council (Switzerland)]] proposed a "
            "tax on private jets. The [[Federal Council|ORG|Federal Council (Switzerland)]] said the tax would raise 80 "
            "million francs a year.\n"
        ),
        [
            ("Federal Council (Switzerland)", "say", "the tax would raise 80 million francs a year", False, ["80 million francs"]),
        ],
    ),
    (
        "own-dev22-philippines-erc",
        "2026-07-28",
        (
            "[[MANILA|GPE|Manila]], July 28 – The [[Philippines|GPE]]' [[Energy Regulatory Commission|ORG|Energy Regulatory "
            "Commission (Philippines)]] approved a cut in power rates for August. The [[Energy Regulatory Commission|ORG|"
            "Energy Regulatory Commission (Philippines)]] said households would save about 40 pesos a month.\n"
        ),
        [
            ("Energy Regulatory Commission (Philippines)", "say", "households would save about 40 pesos a month", False, ["about 40 pesos"]),
        ],
    ),
    (
        "own-dev22-kenya-cak",
        "2026-10-06",
        (
            "[[NAIROBI|GPE|Nairobi]], Oct 6 – The [[Competition Authority of Kenya|ORG]] blocked the merger of two supermarket "
            "chains. The [[Competition Authority of Kenya|ORG]] said the deal would raise food prices.\n"
        ),
        [
            ("Competition Authority of Kenya", "say", "the deal would raise food prices", False, []),
        ],
    ),
    (
        "own-dev22-taiwan-cec",
        "2026-11-20",
        (
            "[[TAIPEI|GPE|Taipei]], Nov 20 – [[Taiwan|GPE]]'s [[Central Election Commission|ORG|Central Election Commission "
            "(Taiwan)]] said turnout in Saturday's local elections was 59%. The [[Central Election Commission|ORG|Central "
            "Election Commission (Taiwan)]] said it had received no complaints.\n"
        ),
        [
            ("Central Election Commission (Taiwan)", "say", "turnout in Saturday's local elections was 59%", False, ["59%"]),
            ("Central Election Commission (Taiwan)", "say", "it had received no complaints", False, []),
        ],
    ),
    (
        "own-dev22-ghana-ec",
        "2026-08-17",
        (
            "[[ACCRA|GPE|Accra]], Aug 17 – [[Ghana|GPE]]'s [[Electoral Commission|ORG|Electoral Commission of Ghana]] will "
            "replace its voter register before the next election. The [[Electoral Commission|ORG|Electoral Commission of "
            "Ghana]] said the new register would cost 150 million cedis.\n"
        ),
        [
            ("Electoral Commission of Ghana", "say", "the new register would cost 150 million cedis", False, ["150 million cedis"]),
        ],
    ),
    (
        "own-dev22-uk-cma",
        "2026-03-11",
        (
            "[[LONDON|GPE|London]], March 11 – [[Britain|GPE|United Kingdom]]'s [[Competition and Markets Authority|ORG]] opened "
            "an inquiry into vets' fees. The [[Competition and Markets Authority|ORG]] said pet owners were paying too much.\n"
        ),
        [
            ("Competition and Markets Authority", "say", "pet owners were paying too much", False, []),
        ],
    ),
    (
        "own-dev22-slovakia-national-council",
        "2026-05-27",
        (
            "[[BRATISLAVA|GPE|Bratislava]], May 27 – [[Slovakia|GPE]]'s [[National Council|ORG|National Council (Slovakia)]] "
            "approved a new media law on Wednesday by 79 votes to 61. The opposition [[Progressive Slovakia|ORG]] said the law "
            "would silence critics.\n"
        ),
        [
            ("Progressive Slovakia", "say", "the law would silence critics", False, []),
        ],
    ),
]

CHECK = [
    (
        "own-dev22-nz-electoral",
        "2026-10-15",
        (
            "[[WELLINGTON|GPE|Wellington]], Oct 15 – [[New Zealand|GPE]]'s [[Electoral Commission|ORG|Electoral Commission "
            "(New Zealand)]] said 1.1 million people had voted early. The [[Electoral Commission|ORG|Electoral Commission "
            "(New Zealand)]] said results would be known on Saturday night.\n"
        ),
        [
            ("Electoral Commission (New Zealand)", "say", "1.1 million people had voted early", False, ["1.1 million"]),
            ("Electoral Commission (New Zealand)", "say", "results would be known on Saturday night", False, []),
        ],
    ),
    (
        "own-dev22-uk-sfo",
        "2026-01-28",
        (
            "[[LONDON|GPE|London]], Jan 28 – [[Britain|GPE|United Kingdom]]'s [[Serious Fraud Office|ORG|Serious Fraud Office "
            "(United Kingdom)]] dropped its bribery case against an engineering group. The [[Serious Fraud Office|ORG|Serious "
            "Fraud Office (United Kingdom)]] said new evidence had weakened the case.\n"
        ),
        [
            ("Serious Fraud Office (United Kingdom)", "say", "new evidence had weakened the case", False, []),
        ],
    ),
    (
        "own-dev22-ukraine-cec",
        "2026-09-09",
        (
            "[[KYIV|GPE|Kyiv]], Sept 9 – [[Ukraine|GPE]]'s [[Central Election Commission|ORG|Central Election Commission "
            "(Ukraine)]] said it needed six months to prepare a vote after the war. The [[Central Election Commission|ORG|"
            "Central Election Commission (Ukraine)]] said 5 million voters lived abroad.\n"
        ),
        [
            ("Central Election Commission (Ukraine)", "say", "it needed six months to prepare a vote after the war", False, []),
            ("Central Election Commission (Ukraine)", "say", "5 million voters lived abroad", False, ["5 million"]),
        ],
    ),
    (
        "own-dev22-india-ec",
        "2026-02-23",
        (
            "[[NEW DELHI|GPE|New Delhi]], Feb 23 – [[India|GPE]]'s [[Election Commission|ORG|Election Commission of India]] "
            "announced a five-phase vote in [[Bihar|GPE]]. The [[Election Commission|ORG|Election Commission of India]] said "
            "74 million people were eligible to vote.\n"
        ),
        [
            ("Election Commission of India", "say", "74 million people were eligible to vote", False, ["74 million"]),
        ],
    ),
    (
        "own-dev22-uk-caa-2",
        "2026-12-01",
        (
            "[[LONDON|GPE|London]], Dec 1 – The [[Civil Aviation Authority|ORG|Civil Aviation Authority (United Kingdom)]] said "
            "on Tuesday that delays at [[British|NORP]] airports had fallen by a quarter this year.\n"
        ),
        [
            ("Civil Aviation Authority (United Kingdom)", "say", "delays at British airports had fallen by a quarter this year", False, []),
        ],
    ),
    (
        "own-dev22-ireland-cso-2",
        "2026-03-05",
        (
            "[[DUBLIN|GPE|Dublin]], March 5 – Unemployment in [[Ireland|GPE]] fell to 4.2% in February, the [[Central "
            "Statistics Office|ORG|Central Statistics Office (Ireland)]] said on Thursday.\n"
        ),
        [
            ("Central Statistics Office (Ireland)", "say", "Unemployment in Ireland fell to 4.2% in February", False, ["4.2%"]),
        ],
    ),
    (
        "own-dev22-france-constitutional-2",
        "2026-07-16",
        (
            "[[PARIS|GPE|Paris]], July 16 – The [[Constitutional Council|ORG|Constitutional Council (France)]] approved the "
            "pension bill on Thursday. [[French|NORP]] unions said they would strike again in September.\n"
        ),
        [],
    ),
    (
        "own-dev22-uk-fsa",
        "2026-06-12",
        (
            "[[LONDON|GPE|London]], June 12 – [[Britain|GPE|United Kingdom]]'s [[Food Standards Agency|ORG]] recalled three "
            "brands of baby food. The [[Food Standards Agency|ORG]] said the jars might contain glass.\n"
        ),
        [
            ("Food Standards Agency", "say", "the jars might contain glass", False, []),
        ],
    ),
    (
        "own-dev22-qatar-qia",
        "2026-04-29",
        (
            "[[DOHA|GPE|Doha]], April 29 – The [[Qatar Investment Authority|ORG]] bought a 5% stake in a [[German|NORP]] "
            "utility, the fund said on Wednesday.\n"
        ),
        [],
    ),
    (
        "own-dev22-sa-iec-2",
        "2026-05-08",
        (
            "[[CAPE TOWN|GPE|Cape Town]], May 8 – The [[Independent Electoral Commission|ORG|Independent Electoral Commission "
            "(South Africa)]] said on Friday it had disqualified 12 candidates in [[South Africa|GPE]]'s municipal by-elections.\n"
        ),
        [
            ("Independent Electoral Commission (South Africa)", "say", "it had disqualified 12 candidates in South Africa's municipal by-elections", False, ["12"]),
        ],
    ),
]


def main() -> None:
    write_sets("own-bodies-dev22", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
