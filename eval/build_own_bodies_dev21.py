"""Write eval/own-bodies-dev21.jsonl and its check file (FORMAT.md): a body whose name many
countries' bodies share (a party named by its ideology or programme, "the Centre Party"; a
committee, council, commission, authority or office named by its task, "the Monetary Policy
Committee", "the National Security Council") takes the title English Wikipedia gives that
country's body, "<name> (<country>)" or the title of its own ("Social Democratic Party of
Germany"); a body whose name is its own ("Bank of Canada", "Kuwait Investment Authority") stays.

Session 34 (bodies21, issue 13 entity names): short wire stories on elections, coalitions,
central banks' committees, regulators, statistics offices and parliaments in many countries,
with statements spoken by those bodies. Written for briefx by hand and annotated by
ANNOTATION.md ("Entities", "Statements") before briefx was run on them; the bodies are real,
the people, events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) as in ``build_own_statements.case``. Run from the project root:
``python eval/build_own_bodies_dev21.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (bodies21 helper, session 34); CC0"

CASES = [
    (
        "own-dev21-sweden-centre",
        "2026-09-15",
        (
            "[[STOCKHOLM|GPE|Stockholm]], Sept 15 – [[Sweden|GPE]]'s [[Centre Party|ORG|Centre Party (Sweden)]] will not join a "
            "government that depends on the [[Sweden Democrats|ORG]], its leader [[Anna Berg|PERSON]] said on Tuesday. The "
            "[[Centre Party|ORG|Centre Party (Sweden)]] said it would vote against the budget.\n"
        ),
        [
            ("Anna Berg", "say", "Sweden's Centre Party will not join a government that depends on the Sweden Democrats", False, []),
            ("Centre Party (Sweden)", "say", "it would vote against the budget", False, []),
        ],
    ),
    (
        "own-dev21-norway-progress",
        "2026-03-02",
        (
            "[[OSLO|GPE|Oslo]], March 2 – [[Norway|GPE]]'s opposition [[Progress Party|ORG|Progress Party (Norway)]] rose to 24% "
            "in a poll published on Monday. The [[Progress Party|ORG|Progress Party (Norway)]] said fuel taxes should be cut.\n"
        ),
        [
            ("Progress Party (Norway)", "say", "fuel taxes should be cut", False, []),
        ],
    ),
    (
        "own-dev21-norway-conservatives",
        "2026-05-11",
        (
            "[[OSLO|GPE|Oslo]], May 11 – The [[Conservative Party|ORG|Conservative Party (Norway)]] chose [[Ine Dahl|PERSON]] as "
            "its candidate for prime minister at a congress in [[Oslo|GPE]]. The party said it wanted lower taxes on "
            "[[Norwegian|NORP]] family businesses.\n"
        ),
        [
            ("Conservative Party (Norway)", "say", "it wanted lower taxes on Norwegian family businesses", False, []),
        ],
    ),
    (
        "own-dev21-finland-centre",
        "2026-04-20",
        (
            "[[HELSINKI|GPE|Helsinki]], April 20 – [[Finland|GPE]]'s [[Centre Party|ORG|Centre Party (Finland)]] won the most "
            "seats in municipal elections on Sunday. The [[Centre Party|ORG|Centre Party (Finland)]] said rural voters had "
            "rejected cuts to regional hospitals.\n"
        ),
        [
            ("Centre Party (Finland)", "say", "rural voters had rejected cuts to regional hospitals", False, []),
        ],
    ),
    (
        "own-dev21-ireland-green",
        "2026-06-08",
        (
            "[[DUBLIN|GPE|Dublin]], June 8 – [[Ireland|GPE]]'s [[Green Party|ORG|Green Party (Ireland)]] will leave the coalition "
            "if the government approves new gas terminals, its leader [[Ciara Walsh|PERSON]] said. The [[Green Party|ORG|Green "
            "Party (Ireland)]] said the terminals would break the climate law.\n"
        ),
        [
            ("Ciara Walsh", "say", "Ireland's Green Party will leave the coalition if the government approves new gas terminals", False, []),
            ("Green Party (Ireland)", "say", "the terminals would break the climate law", False, []),
        ],
    ),
    (
        "own-dev21-germany-spd",
        "2026-02-17",
        (
            "[[BERLIN|GPE|Berlin]], Feb 17 – [[Germany|GPE]]'s [[Social Democratic Party|ORG|Social Democratic Party of Germany]] "
            "backed a rise in the minimum wage on Tuesday. The [[Social Democratic Party|ORG|Social Democratic Party of Germany]] "
            "said the rise would help six million workers.\n"
        ),
        [
            ("Social Democratic Party of Germany", "say", "the rise would help six million workers", False, ["six million workers"]),
        ],
    ),
    (
        "own-dev21-portugal-socialist",
        "2026-01-26",
        (
            "[[LISBON|GPE|Lisbon]], Jan 26 – [[Portugal|GPE]]'s [[Socialist Party|ORG|Socialist Party (Portugal)]] will abstain in "
            "the vote on the minority government's budget, the party's parliamentary leader [[Rui Mendes|PERSON]] said. The "
            "[[Socialist Party|ORG|Socialist Party (Portugal)]] said pensions must rise with inflation.\n"
        ),
        [
            ("Rui Mendes", "say", "Portugal's Socialist Party will abstain in the vote on the minority government's budget", False, []),
            ("Socialist Party (Portugal)", "say", "pensions must rise with inflation", False, []),
        ],
    ),
    (
        "own-dev21-india-mpc",
        "2026-10-07",
        (
            "[[MUMBAI|GPE|Mumbai]], Oct 7 – The [[Reserve Bank of India|ORG]] kept its repo rate at 5.5% on Wednesday. The "
            "[[Monetary Policy Committee|ORG|Monetary Policy Committee (India)]] said inflation would stay below 4% this year.\n"
        ),
        [
            ("Monetary Policy Committee (India)", "say", "inflation would stay below 4% this year", False, ["4%"]),
        ],
    ),
    (
        "own-dev21-japan-nsc",
        "2026-08-21",
        (
            "[[TOKYO|GPE|Tokyo]], Aug 21 – [[Japan|GPE]]'s [[National Security Council|ORG|National Security Council (Japan)]] met "
            "on Friday after a missile launch by [[North Korea|GPE]]. The council said the missile fell outside "
            "[[Japan|GPE]]'s waters.\n"
        ),
        [],
    ),
    (
        "own-dev21-uk-nsc",
        "2026-11-12",
        (
            "[[LONDON|GPE|London]], Nov 12 – The [[National Security Council|ORG|National Security Council (United Kingdom)]] "
            "approved a review of [[Britain|GPE|United Kingdom]]'s undersea cables on Thursday. The [[National Security "
            "Council|ORG|National Security Council (United Kingdom)]] said the review would report by March.\n"
        ),
        [
            ("National Security Council (United Kingdom)", "say", "the review would report by March", False, []),
        ],
    ),
    (
        "own-dev21-nigeria-house",
        "2026-07-14",
        (
            "[[ABUJA|GPE|Abuja]], July 14 – [[Nigeria|GPE]]'s [[House of Representatives|ORG|House of Representatives (Nigeria)]] "
            "passed a bill to raise the minimum wage on Tuesday. The [[House of Representatives|ORG|House of Representatives "
            "(Nigeria)]] said the [[Senate|ORG|Senate of Nigeria]] would vote on it next week.\n"
        ),
        [
            ("House of Representatives (Nigeria)", "say", "the Senate would vote on it next week", False, []),
        ],
    ),
    (
        "own-dev21-italy-democratic",
        "2026-03-23",
        (
            "[[ROME|GPE|Rome]], March 23 – [[Italy|GPE]]'s [[Democratic Party|ORG|Democratic Party (Italy)]] won the regional "
            "election in [[Umbria|GPE]] on Sunday. The [[Democratic Party|ORG|Democratic Party (Italy)]] said voters wanted "
            "better public health care.\n"
        ),
        [
            ("Democratic Party (Italy)", "say", "voters wanted better public health care", False, []),
        ],
    ),
    (
        "own-dev21-canada-liberal",
        "2026-09-29",
        (
            "[[OTTAWA|GPE|Ottawa]], Sept 29 – [[Canada|GPE]]'s [[Liberal Party|ORG|Liberal Party of Canada]] raised C$4.1 million in "
            "the third quarter, more than any other party. The [[Liberal Party|ORG|Liberal Party of Canada]] said small donors "
            "gave most of the money.\n"
        ),
        [
            ("Liberal Party of Canada", "say", "small donors gave most of the money", False, []),
        ],
    ),
    (
        "own-dev21-bank-of-canada",
        "2026-12-02",
        (
            "[[OTTAWA|GPE|Ottawa]], Dec 2 – The [[Bank of Canada|ORG]] cut its key rate to 2.25% on Wednesday. The "
            "[[Bank of Canada|ORG]] said the economy had slowed more than expected.\n"
        ),
        [
            ("Bank of Canada", "cut", "its key rate to 2.25%", False, ["2.25%"]),
            ("Bank of Canada", "say", "the economy had slowed more than expected", False, []),
        ],
    ),
    (
        "own-dev21-kuwait-kia",
        "2026-05-19",
        (
            "[[KUWAIT CITY|GPE|Kuwait City]], May 19 – The [[Kuwait Investment Authority|ORG]] will open an office in "
            "[[Tokyo|GPE]] next year. The [[Kuwait Investment Authority|ORG]] said it planned to invest more in "
            "[[Asian|NORP]] infrastructure.\n"
        ),
        [
            ("Kuwait Investment Authority", "say", "it planned to invest more in Asian infrastructure", False, []),
        ],
    ),
    (
        "own-dev21-two-countries",
        "2026-06-30",
        (
            "The [[Centre Party|ORG]] gained ground in polls in both [[Sweden|GPE]] and [[Finland|GPE]] last month, a survey by "
            "[[Nordic Polls|ORG]] showed.\n"
        ),
        [],
    ),
    (
        "own-dev21-spain-pp",
        "2026-10-19",
        (
            "[[MADRID|GPE|Madrid]], Oct 19 – [[Spain|GPE]]'s [[People's Party|ORG|People's Party (Spain)]] will table a motion of "
            "no confidence against the government, its leader [[Luis Ortega|PERSON]] said. The [[People's Party|ORG|People's "
            "Party (Spain)]] said the government had lost its majority.\n"
        ),
        [
            ("Luis Ortega", "say", "Spain's People's Party will table a motion of no confidence against the government", False, []),
            ("People's Party (Spain)", "say", "the government had lost its majority", False, []),
        ],
    ),
    (
        "own-dev21-turkey-akp",
        "2026-04-02",
        (
            "[[ANKARA|GPE|Ankara]], April 2 – [[Turkey|GPE]]'s ruling [[Justice and Development Party|ORG|Justice and Development "
            "Party (Turkey)]] lost control of several big cities in local elections. The [[Justice and Development Party|ORG|"
            "Justice and Development Party (Turkey)]] said it would review its candidates.\n"
        ),
        [
            ("Justice and Development Party (Turkey)", "say", "it would review its candidates", False, []),
        ],
    ),
    (
        "own-dev21-brazil-workers",
        "2026-10-05",
        (
            "[[BRASILIA|GPE|Brasília]], Oct 5 – [[Brazil|GPE]]'s [[Workers' Party|ORG|Workers' Party (Brazil)]] won mayoral races "
            "in four state capitals on Sunday. The [[Workers' Party|ORG|Workers' Party (Brazil)]] said the results showed support "
            "for the government.\n"
        ),
        [
            ("Workers' Party (Brazil)", "say", "the results showed support for the government", False, []),
        ],
    ),
    (
        "own-dev21-norway-labour",
        "2026-08-27",
        (
            "[[OSLO|GPE|Oslo]], Aug 27 – [[Norway|GPE]]'s [[Labour Party|ORG|Labour Party (Norway)]] agreed a budget deal with "
            "two smaller parties on Thursday. The [[Labour Party|ORG|Labour Party (Norway)]] said the deal would protect "
            "welfare spending.\n"
        ),
        [
            ("Labour Party (Norway)", "say", "the deal would protect welfare spending", False, []),
        ],
    ),
    (
        "own-dev21-fca",
        "2026-02-05",
        (
            "[[LONDON|GPE|London]], Feb 5 – The [[Financial Conduct Authority|ORG]] fined a [[British|NORP]] broker 4 million "
            "pounds on Thursday. The [[Financial Conduct Authority|ORG]] said the firm had failed to check its clients.\n"
        ),
        [
            ("Financial Conduct Authority", "fine", "a British broker 4 million pounds", False, ["4 million pounds"]),
            ("Financial Conduct Authority", "say", "the firm had failed to check its clients", False, []),
        ],
    ),
    (
        "own-dev21-southafrica-mpc",
        "2026-11-19",
        (
            "[[PRETORIA|GPE|Pretoria]], Nov 19 – The [[South African Reserve Bank|ORG]] held its repo rate at 6.75% on Thursday. "
            "Its [[Monetary Policy Committee|ORG|Monetary Policy Committee (South Africa)]] said risks to inflation were "
            "balanced.\n"
        ),
        [
            ("Monetary Policy Committee (South Africa)", "say", "risks to inflation were balanced", False, []),
        ],
    ),
]

CHECK = [
    (
        "own-dev21-check-sweden-left",
        "2026-09-03",
        (
            "[[STOCKHOLM|GPE|Stockholm]], Sept 3 – [[Sweden|GPE]]'s [[Left Party|ORG|Left Party (Sweden)]] will demand a rent "
            "freeze in budget talks, its leader [[Nooshi Karim|PERSON]] said. The [[Left Party|ORG|Left Party (Sweden)]] said "
            "rents had risen too fast.\n"
        ),
        [
            ("Nooshi Karim", "say", "Sweden's Left Party will demand a rent freeze in budget talks", False, []),
            ("Left Party (Sweden)", "say", "rents had risen too fast", False, []),
        ],
    ),
    (
        "own-dev21-check-norway-centre",
        "2026-01-14",
        (
            "[[OSLO|GPE|Oslo]], Jan 14 – [[Norway|GPE]]'s [[Centre Party|ORG|Centre Party (Norway)]] left the governing coalition "
            "on Wednesday in a dispute over electricity prices. The [[Centre Party|ORG|Centre Party (Norway)]] said farmers "
            "could not pay the new tariffs.\n"
        ),
        [
            ("Centre Party (Norway)", "say", "farmers could not pay the new tariffs", False, []),
        ],
    ),
    (
        "own-dev21-check-france-socialist",
        "2026-06-22",
        (
            "[[PARIS|GPE|Paris]], June 22 – [[France|GPE]]'s [[Socialist Party|ORG|Socialist Party (France)]] will back the "
            "government's pension bill, its first secretary [[Claire Morel|PERSON]] said. The [[Socialist Party|ORG|Socialist "
            "Party (France)]] said the bill protected workers in hard jobs.\n"
        ),
        [
            ("Claire Morel", "say", "France's Socialist Party will back the government's pension bill", False, []),
            ("Socialist Party (France)", "say", "the bill protected workers in hard jobs", False, []),
        ],
    ),
    (
        "own-dev21-check-japan-house",
        "2026-07-09",
        (
            "[[TOKYO|GPE|Tokyo]], July 9 – [[Japan|GPE]]'s [[House of Representatives|ORG|House of Representatives (Japan)]] "
            "passed an extra budget on Thursday. The [[House of Representatives|ORG|House of Representatives (Japan)]] said the "
            "upper house would debate it next week.\n"
        ),
        [
            ("House of Representatives (Japan)", "say", "the upper house would debate it next week", False, []),
        ],
    ),
    (
        "own-dev21-check-turkey-nsc",
        "2026-03-31",
        (
            "[[ANKARA|GPE|Ankara]], March 31 – [[Turkey|GPE]]'s [[National Security Council|ORG|National Security Council "
            "(Turkey)]] met for five hours on Tuesday. The [[National Security Council|ORG|National Security Council (Turkey)]] "
            "said operations against militants would continue.\n"
        ),
        [
            ("National Security Council (Turkey)", "say", "operations against militants would continue", False, []),
        ],
    ),
    (
        "own-dev21-check-finland-sdp",
        "2026-02-09",
        (
            "[[HELSINKI|GPE|Helsinki]], Feb 9 – [[Finland|GPE]]'s [[Social Democratic Party|ORG|Social Democratic Party of "
            "Finland]] led a poll published on Monday with 23%. The [[Social Democratic Party|ORG|Social Democratic Party of "
            "Finland]] said unemployment was the voters' main worry.\n"
        ),
        [
            ("Social Democratic Party of Finland", "say", "unemployment was the voters' main worry", False, []),
        ],
    ),
    (
        "own-dev21-check-pakistan-mpc",
        "2026-12-15",
        (
            "[[KARACHI|GPE|Karachi]], Dec 15 – The [[State Bank of Pakistan|ORG]] cut its policy rate to 10% on Monday. The "
            "[[Monetary Policy Committee|ORG|Monetary Policy Committee (Pakistan)]] said inflation had fallen faster than "
            "expected.\n"
        ),
        [
            ("Monetary Policy Committee (Pakistan)", "say", "inflation had fallen faster than expected", False, []),
        ],
    ),
    (
        "own-dev21-check-austria-freedom",
        "2026-10-12",
        (
            "[[VIENNA|GPE|Vienna]], Oct 12 – [[Austria|GPE]]'s [[Freedom Party|ORG|Freedom Party of Austria]] won the state "
            "election in [[Styria|GPE]] on Sunday. The [[Freedom Party|ORG|Freedom Party of Austria]] said it would seek to lead "
            "the state government.\n"
        ),
        [
            ("Freedom Party of Austria", "say", "it would seek to lead the state government", False, []),
        ],
    ),
    (
        "own-dev21-check-bank-of-korea",
        "2026-08-27",
        (
            "[[SEOUL|GPE|Seoul]], Aug 27 – The [[Bank of Korea|ORG]] held its base rate at 2.5% on Thursday. The "
            "[[Bank of Korea|ORG]] said house prices in [[Seoul|GPE]] were still rising.\n"
        ),
        [
            ("Bank of Korea", "hold", "its base rate at 2.5%", False, ["2.5%"]),
            ("Bank of Korea", "say", "house prices in Seoul were still rising", False, []),
        ],
    ),
    (
        "own-dev21-check-pra",
        "2026-05-06",
        (
            "[[LONDON|GPE|London]], May 6 – The [[Prudential Regulation Authority|ORG]] told [[British|NORP]] banks to hold more "
            "capital against property loans. The [[Prudential Regulation Authority|ORG]] said the rule would take effect in "
            "January.\n"
        ),
        [
            ("Prudential Regulation Authority", "say", "the rule would take effect in January", False, []),
        ],
    ),
    (
        "own-dev21-check-denmark-liberal",
        "2026-11-24",
        (
            "[[COPENHAGEN|GPE|Copenhagen]], Nov 24 – The [[Conservative People's Party|ORG|Conservative People's Party "
            "(Denmark)]] gained four seats in [[Denmark|GPE]]'s municipal elections on Tuesday. The [[Conservative People's "
            "Party|ORG|Conservative People's Party (Denmark)]] said voters wanted safer streets.\n"
        ),
        [
            ("Conservative People's Party (Denmark)", "say", "voters wanted safer streets", False, []),
        ],
    ),
]


def main() -> None:
    write_sets("own-bodies-dev21", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
