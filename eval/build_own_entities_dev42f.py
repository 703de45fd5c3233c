"""Write eval/own-entities-dev42f.jsonl and its check file (FORMAT.md): companies and other
organisations written by a short form whose English Wikipedia title is longer, where the
document never writes the long form.

Session 42 (firms42, issue 13 entity names). The families:

- firms by the short name copy writes: utilities ("Tepco", "Kansai Electric", "Duke",
  "Dominion"), banks and brokers ("Lloyds", "Bradesco", "Daiwa", "Sanwa", "Midland"), insurers
  ("Ping An", "Sun Life"), carmakers ("Mahindra", "Bajaj", "Mercedes"), airlines ("Emirates",
  "Delta", "United", "Southwest", "Alaska"), miners and energy firms ("Whitehaven", "Newcrest",
  "Origin"), telecoms ("Airtel", "Telia"), media groups ("Disney", "Warner", "Fox") and
  universities ("Harvard", "Stanford", "Yale");
- a short form that is also a common word, a place or a person's name, where the sentence
  says it is a firm ("Delta said its second-quarter profit", "Alaska cancelled flights");
- must stay: firms whose title is the form written ("Barclays", "Allianz", "Qantas", "Telstra"),
  the same words as places or common words ("OXFORD", "Delta" in "the Mekong Delta", "Alaska"
  the state, "Origin" not a firm), and the document's own long form ("Delta Air Lines ...
  Delta", "Samsung Biologics ... Samsung Biologics").

Short wire stories (2024-2025 releases and news, and 1996 Reuters-style copy) written for
briefx by hand and annotated by ANNOTATION.md ("Entities") before briefx was run on them; the
firms and people are real, the events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_entities_dev42f.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = "written for briefx by hand (firms42 helper, session 42); CC0"

CASES: list[Case] = [
    (
        "own-dev42f-tokyo-utilities",
        "2025-07-31",
        (
            "[[TOKYO|GPE|Tokyo]], July 31, 2025 ([[Reuters|ORG]]) - [[Tepco|ORG|Tokyo Electric Power Company]] "
            "swung to a quarterly net loss on Thursday as costs for decommissioning the "
            "[[Fukushima Daiichi|FAC|Fukushima Daiichi Nuclear Power Plant]] plant rose, while rival "
            "[[Kansai Electric|ORG|Kansai Electric Power Company]] posted a 12 percent rise in profit. "
            "Shares of [[Tepco|ORG|Tokyo Electric Power Company]] fell 4 percent in afternoon trade.\n"
        ),
    ),
    (
        "own-dev42f-london-lloyds",
        "2025-07-24",
        (
            "[[LONDON|GPE|London]], July 24, 2025 - [[Lloyds|ORG|Lloyds Banking Group]] set aside another 200 "
            "million pounds for motor finance claims on Thursday, and Chief Executive "
            "[[Charlie Nunn|PERSON]] said the lender still expected the [[Supreme Court|ORG|Supreme Court of the United Kingdom]] "
            "to rule in its favour. [[Barclays|ORG]] and [[NatWest|ORG|NatWest Group]] report next week. "
            "[[Lloyds|ORG|Lloyds Banking Group]] shares rose 1.2 percent.\n"
        ),
    ),
    (
        "own-dev42f-mumbai-autos",
        "2025-09-02",
        (
            "[[MUMBAI|GPE|Mumbai]], Sept 2, 2025 - [[Mahindra|ORG|Mahindra & Mahindra]] said on Tuesday its "
            "sport utility vehicle sales rose 10 percent in August, while [[Bajaj|ORG|Bajaj Auto]] reported a "
            "7 percent rise in motorcycle exports to [[Africa|LOC]] and [[Latin America|LOC]]. "
            "[[Tata Motors|ORG]] said domestic sales were flat. Telecoms operator [[Airtel|ORG|Bharti Airtel]] "
            "raised its prepaid tariffs by 11 percent.\n"
        ),
    ),
    (
        "own-dev42f-us-airlines",
        "2025-07-10",
        (
            "[[ATLANTA|GPE|Atlanta]], July 10, 2025 ([[Reuters|ORG]]) - [[Delta|ORG|Delta Air Lines]] said on "
            "Thursday its second-quarter profit rose 8 percent and restored its full-year forecast, sending "
            "shares of [[United|ORG|United Airlines]] and [[Southwest|ORG|Southwest Airlines]] higher. "
            "[[Delta|ORG|Delta Air Lines]] Chief Executive [[Ed Bastian|PERSON]] said demand for premium seats "
            "remained strong.\n"
        ),
    ),
    (
        "own-dev42f-seattle-alaska",
        "2025-07-21",
        (
            "[[SEATTLE|GPE|Seattle]], July 21, 2025 - [[Alaska|ORG|Alaska Airlines]] halted all flights for three "
            "hours on Sunday evening after an information technology outage, the carrier said. The airline, "
            "which bought [[Hawaiian Airlines|ORG]] last year, said about 150 flights were cancelled across "
            "[[Alaska|GPE]], [[Washington|GPE|Washington (state)]] and [[Oregon|GPE]].\n"
        ),
    ),
    (
        "own-dev42f-sydney-miners",
        "2025-08-20",
        (
            "[[SYDNEY|GPE|Sydney]], Aug 20, 2025 - Coal miner [[Whitehaven|ORG|Whitehaven Coal]] beat profit "
            "forecasts on Wednesday and said it would buy back up to 72 million Australian dollars of shares, "
            "while gas producer [[Santos|ORG|Santos Limited]] kept its dividend unchanged. [[Origin|ORG|Origin Energy]] "
            "said its electricity margins held up. [[Telstra|ORG]] reported its results a week earlier.\n"
        ),
    ),
    (
        "own-dev42f-harvard-grants",
        "2025-05-13",
        (
            "[[BOSTON|GPE|Boston]], May 13, 2025 - [[Harvard|ORG|Harvard University]] said on Tuesday that the "
            "administration of President [[Donald Trump|PERSON]] had cut a further 450 million dollars in "
            "research grants, adding to cuts at [[Stanford|ORG|Stanford University]] and "
            "[[Yale|ORG|Yale University]]. [[Harvard|ORG|Harvard University]] President [[Alan Garber|PERSON]] "
            "said the university would not give up its independence.\n"
        ),
    ),
    (
        "own-dev42f-dubai-emirates",
        "2025-05-15",
        (
            "[[DUBAI|GPE|Dubai]], May 15, 2025 - [[Emirates|ORG|Emirates (airline)]] posted a record annual "
            "profit of 19.1 billion dirhams on Thursday and said it would pay staff a bonus of 22 weeks' "
            "salary. Chairman Sheikh [[Ahmed bin Saeed Al Maktoum|PERSON]] said "
            "the airline expected to take delivery of its first [[Boeing 777X|PRODUCT|Boeing 777X]] next year.\n"
        ),
    ),
    (
        "own-dev42f-hollywood-media",
        "2025-08-07",
        (
            "[[LOS ANGELES|GPE|Los Angeles]], Aug 7, 2025 - [[Disney|ORG|The Walt Disney Company]] said on "
            "Wednesday its streaming business earned 346 million dollars in the quarter, as "
            "[[Warner|ORG|Warner Bros. Discovery]] prepared to split into two companies and "
            "[[Fox|ORG|Fox Corporation]] readied its own streaming service. [[Netflix|ORG]] does not report "
            "until October.\n"
        ),
    ),
    (
        "own-dev42f-us-utilities",
        "2025-02-13",
        (
            "[[CHARLOTTE|GPE|Charlotte, North Carolina]], Feb 13, 2025 - [[Duke|ORG|Duke Energy]] said on Thursday it would "
            "spend 95 billion to 105 billion dollars on its grid over five years, as "
            "[[Dominion|ORG|Dominion Energy]] and [[Southern|ORG|Southern Company]] also raised spending plans "
            "to serve data centres in [[Virginia|GPE]] and [[Georgia|GPE|Georgia (U.S. state)]].\n"
        ),
    ),
    (
        "own-dev42f-saopaulo-banks",
        "2025-05-06",
        (
            "[[SAO PAULO|GPE|São Paulo]], May 6, 2025 - [[Bradesco|ORG|Banco Bradesco]] posted a 39 percent rise "
            "in first-quarter recurring profit on Tuesday, ahead of results from larger rival "
            "[[Itau|ORG|Itaú Unibanco]] later this week. [[Petrobras|ORG]] shares rose 2 percent in "
            "[[Sao Paulo|GPE|São Paulo]].\n"
        ),
    ),
    (
        "own-dev42f-hongkong-pingan",
        "2025-03-20",
        (
            "[[HONG KONG|GPE|Hong Kong]], March 20, 2025 - [[Ping An|ORG|Ping An Insurance]] reported a 47.8 "
            "percent rise in 2024 net profit on Thursday, helped by higher investment returns on "
            "[[China|GPE]]'s stock market. [[Canadian|NORP]] insurer [[Sun Life|ORG|Sun Life Financial]] said last "
            "month it would expand in [[Hong Kong|GPE]].\n"
        ),
    ),
    (
        "own-dev42f-stuttgart-mercedes",
        "2025-04-30",
        (
            "[[STUTTGART|GPE|Stuttgart]], April 30, 2025 - [[Mercedes|ORG|Mercedes-Benz Group]] withdrew its "
            "full-year guidance on Wednesday, citing uncertainty over [[U.S.|GPE|United States]] tariffs, after "
            "first-quarter operating profit fell 41 percent. [[Allianz|ORG]] reports on May 15.\n"
        ),
    ),
    (
        "own-dev42f-stockholm-telia",
        "2025-04-24",
        (
            "[[STOCKHOLM|GPE|Stockholm]], April 24, 2025 - [[Telia|ORG|Telia Company]] beat first-quarter profit "
            "forecasts on Thursday and said it would cut a further 1,000 jobs in [[Sweden|GPE]], "
            "[[Finland|GPE]] and [[Norway|GPE]]. The [[Swedish|NORP]] operator has cut about 3,000 jobs since 2023.\n"
        ),
    ),
    (
        "own-dev42f-tokyo-1996-brokers",
        "1996-11-22",
        (
            "[[TOKYO|GPE|Tokyo]], Nov 22 ([[Reuters|ORG]]) - [[Daiwa|ORG|Daiwa Securities Group]] and "
            "[[Yamaichi|ORG|Yamaichi Securities]] forecast lower first-half pretax profits on Friday as "
            "stock trading volumes shrank. [[Sanwa|ORG|Sanwa Bank]] said it would write off 300 billion yen "
            "of bad loans. The [[Finance Ministry|ORG|Ministry of Finance (Japan)]] said it was watching the "
            "brokers closely.\n"
        ),
    ),
    (
        "own-dev42f-london-1996-midland",
        "1996-03-04",
        (
            "[[LONDON|GPE|London]], March 4 ([[Reuters|ORG]]) - [[Midland|ORG|Midland Bank]], the [[British|NORP]] arm "
            "of [[HSBC|ORG]], said on Monday its 1995 pretax profit rose 11 percent to 1.1 billion pounds. "
            "Building materials group [[Hanson|ORG|Hanson plc]] said it was on course to demerge its "
            "[[U.S.|GPE|United States]] chemicals business.\n"
        ),
    ),
    (
        "own-dev42f-vietnam-delta",
        "2025-06-11",
        (
            "[[HANOI|GPE|Hanoi]], June 11, 2025 - Rice exports from the [[Mekong Delta|LOC]] rose 6 percent in "
            "May, [[Vietnam|GPE]]'s agriculture ministry said. [[Delta Air Lines|ORG]] said on Wednesday it "
            "would start flights to [[Ho Chi Minh City|GPE]] next year; [[Delta|ORG|Delta Air Lines]] already "
            "serves [[Seoul|GPE]].\n"
        ),
    ),
    (
        "own-dev42f-oxford-study",
        "2025-10-02",
        (
            "[[OXFORD|GPE|Oxford]], [[England|GPE]], Oct 2, 2025 - Researchers at [[Oxford|ORG|University of Oxford]] "
            "said on Thursday a new malaria vaccine cut infections by 75 percent in trials in "
            "[[Burkina Faso|GPE]]. [[Serum Institute of India|ORG]] will make the shots.\n"
        ),
    ),
]

CHECK: list[Case] = [
    (
        "own-dev42f-check-seoul-kepco",
        "2025-08-08",
        (
            "[[SEOUL|GPE|Seoul]], Aug 8, 2025 - [[Kepco|ORG|Korea Electric Power Corporation]] posted its "
            "highest quarterly profit in five years on Friday as fuel costs fell. [[Samsung Biologics|ORG]] "
            "said it would split off its biosimilar unit; [[Samsung Biologics|ORG]] shares rose 3 percent.\n"
        ),
    ),
    (
        "own-dev42f-check-tokyo-smfg",
        "2025-05-14",
        (
            "[[TOKYO|GPE|Tokyo]], May 14, 2025 - [[Sumitomo Mitsui|ORG|Sumitomo Mitsui Financial Group]] forecast a "
            "record profit for the year to March 2026 on Wednesday, and [[Mizuho|ORG|Mizuho Financial Group]] "
            "raised its dividend. [[Nomura|ORG|Nomura Holdings]] reported late last month.\n"
        ),
    ),
    (
        "own-dev42f-check-hongkong-cathay",
        "2025-08-06",
        (
            "[[HONG KONG|GPE|Hong Kong]], Aug 6, 2025 - [[Cathay|ORG|Cathay Pacific]] said first-half profit "
            "rose 1 percent on Wednesday as passenger numbers climbed, while [[Qantas|ORG]] said fares in "
            "[[Australia|GPE]] were holding up. [[Hang Seng|ORG|Hang Seng Bank]] said bad loans from "
            "commercial property rose.\n"
        ),
    ),
    (
        "own-dev42f-check-princeton",
        "2025-04-02",
        (
            "[[PRINCETON|GPE|Princeton, New Jersey]], [[New Jersey|GPE]], April 2, 2025 - [[Princeton|ORG|Princeton University]] said "
            "on Wednesday that dozens of its federal research grants had been suspended, a week after "
            "[[Columbia|ORG|Columbia University]] agreed to changes demanded by the administration.\n"
        ),
    ),
    (
        "own-dev42f-check-detroit-ford",
        "2025-07-30",
        (
            "[[DETROIT|GPE|Detroit]], July 30, 2025 - [[Ford|ORG|Ford Motor Company]] said on Wednesday tariffs "
            "would cost it about 2 billion dollars this year, while [[GM|ORG|General Motors]] put its own "
            "tariff bill at up to 5 billion dollars. [[Tesla|ORG|Tesla, Inc.]] reported last week.\n"
        ),
    ),
    (
        "own-dev42f-check-madrid-santander",
        "2025-04-29",
        (
            "[[MADRID|GPE|Madrid]], April 29, 2025 - [[Santander|ORG|Banco Santander]] posted a record "
            "first-quarter profit on Tuesday, helped by lending in [[Brazil|GPE]] and [[Mexico|GPE]], and "
            "[[BBVA|ORG]] said its bid for [[Sabadell|ORG|Banco Sabadell]] was on track.\n"
        ),
    ),
    (
        "own-dev42f-check-zurich-1996",
        "1996-02-27",
        (
            "[[ZURICH|GPE|Zürich]], Feb 27 ([[Reuters|ORG]]) - [[Swiss Re|ORG]] said on Tuesday its 1995 net "
            "profit rose 14 percent, and [[Winterthur|ORG|Winterthur Group]] said it expected higher earnings "
            "this year. [[Nestle|ORG|Nestlé]] reports on Thursday.\n"
        ),
    ),
    (
        "own-dev42f-check-jakarta-telkom",
        "2025-07-29",
        (
            "[[JAKARTA|GPE|Jakarta]], July 29, 2025 - [[Telkom|ORG|Telkom Indonesia]] said first-half profit fell "
            "6 percent on Tuesday, as rival [[Indosat|ORG|Indosat Ooredoo Hutchison]] gained mobile subscribers "
            "in [[Java|LOC]] and [[Sumatra|LOC]].\n"
        ),
    ),
]


if __name__ == "__main__":
    build_sets(
        HERE / "own-entities-dev42f.jsonl",
        HERE / "own-entities-dev42f-check.jsonl",
        CASES,
        CHECK,
        SOURCE,
    )
