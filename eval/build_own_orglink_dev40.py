"""Write eval/own-orglink-dev40.jsonl and its check file (FORMAT.md): short forms and acronyms of
an organisation whose full name the same document writes take that written name. An acronym
whose initials spell one of two written bodies with similar letters, defined in brackets, after
its expansion without brackets ("..., known by its French acronym BCEAO"), before it, in a
"From:" line or a notes-to-editors paragraph; a short form ("the Reserve Bank", "the Fund",
"the Bank", "the Commission") after or before the one written name whose head it is, not a
nearer body's. Must stay: a body's own committee named with its acronym ("the Bank's Monetary
Policy Committee (MPC)"), acronyms the document never expands, a short form two written names
fit equally, people's surnames, places.

Session 40 (orglink40, issue 13 entity names): short briefs written for briefx by hand and
annotated by ANNOTATION.md ("Entities", "Statements") before briefx was run on them; the bodies
are real or invented, the people, events, figures and quotations invented. Entities are marked
inline (``eval/entity_marks.py``); statements are (speaker, cue, content, quote, figures) as in
``build_own_statements.case``. Case n with n % 3 == 0 goes to the check file: scored only once,
at the end of the session. Run from the project root: ``python eval/build_own_orglink_dev40.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (orglink40 helper, session 40); CC0"

ALL = [
    (  # 1
        "own-dev40-rbnz-reserve-bank",
        "2026-02-18",
        ("[[WELLINGTON|GPE|Wellington]], Feb 18 - The [[Reserve Bank of New Zealand|ORG]] held its official cash "
        "rate at 3.25% on Wednesday. The [[Reserve Bank|ORG|Reserve Bank of New Zealand]] said inflation was "
        "expected to return to the middle of its target band by the end of the year.\n"),
        [
            ("Reserve Bank of New Zealand", "say",
             "inflation was expected to return to the middle of its target band by the end of the year", False, []),
        ],
    ),
    (  # 2
        "own-dev40-imf-fund",
        "2026-04-14",
        ("[[WASHINGTON|GPE|Washington, D.C.]], April 14 - The [[International Monetary Fund|ORG]] cut its forecast for "
        "global growth to 2.8% on Tuesday, citing higher tariffs. The [[Fund|ORG|International Monetary Fund]] said "
        "emerging economies in [[Asia|LOC]] would grow faster than those in [[Europe|LOC]].\n"),
        [
            ("International Monetary Fund", "say",
             "emerging economies in Asia would grow faster than those in Europe", False, []),
        ],
    ),
    (  # 3 (check)
        "own-dev40-bceao-no-brackets",
        "2026-03-25",
        ("[[DAKAR|GPE|Dakar]], March 25 - The [[Central Bank of West African States|ORG]], known by its French "
        "acronym [[BCEAO|ORG|Central Bank of West African States]], left its main lending rate at 3.5% on "
        "Wednesday. The [[BCEAO|ORG|Central Bank of West African States]] said prices in the eight-nation union "
        "rose 2.1% in February.\n"),
        [
            ("Central Bank of West African States", "say",
             "prices in the eight-nation union rose 2.1% in February", False, ["2.1%"]),
        ],
    ),
    (  # 4
        "own-dev40-two-nsos",
        "2026-06-03",
        ("[[KAMPALA|GPE|Kampala]], June 3 - The [[National Statistics Office|ORG]] and the [[National Standards "
        "Board|ORG]] ([[NSB|ORG|National Standards Board]]) signed a data-sharing agreement on Tuesday. The [[NSO|ORG|National Statistics Office]] said "
        "it would publish monthly price data for 40 food items from July.\n"),
        [
            ("National Statistics Office", "say",
             "it would publish monthly price data for 40 food items from July", False, ["40"]),
        ],
    ),
    (  # 5
        "own-dev40-mpc-committee",
        "2026-05-07",
        ("[[LONDON|GPE|London]], May 7 - The [[Bank of England|ORG]] kept Bank Rate at 4% on Thursday. Seven of the nine "
        "members of the [[Bank|ORG|Bank of England]]'s [[Monetary Policy Committee|ORG]] ([[MPC|ORG|Monetary Policy Committee]]) voted for no "
        "change. The [[MPC|ORG|Monetary Policy Committee]] said it would watch wage growth closely.\n"),
        [
            ("Monetary Policy Committee", "say", "it would watch wage growth closely", False, []),
        ],
    ),
    (  # 6 (check)
        "own-dev40-fund-before",
        "2026-09-09",
        ("[[NAIROBI|GPE|Nairobi]], Sept 9 - The [[Fund|ORG|International Monetary Fund]] will send a mission to "
        "[[Kenya|GPE]] next month, the [[International Monetary Fund|ORG]] said on Wednesday. The talks will cover a "
        "new $800 million credit line, a spokesperson said.\n"),
        [
            ("International Monetary Fund", "say",
             "The Fund will send a mission to Kenya next month", False, []),
        ],
    ),
    (  # 7
        "own-dev40-from-line",
        "2026-07-21",
        ("From: [[Ministry of Agriculture and Rural Development|ORG]]\n\n"
        "New seed subsidy opens for smallholders\n\n"
        "The [[Ministry|ORG|Ministry of Agriculture and Rural Development]] said on Tuesday that 120,000 smallholder "
        "farmers had registered for the subsidy. Applications close on August 31.\n"),
        [
            ("Ministry of Agriculture and Rural Development", "say",
             "120,000 smallholder farmers had registered for the subsidy", False, ["120,000"]),
        ],
    ),
    (  # 8
        "own-dev40-inegi",
        "2026-08-07",
        ("[[MEXICO CITY|GPE|Mexico City]], Aug 7 - Consumer prices in [[Mexico|GPE]] rose 3.6% in the year to July, "
        "the [[National Institute of Statistics and Geography|ORG]] ([[INEGI|ORG|National Institute of Statistics and "
        "Geography]]) said on Thursday. [[INEGI|ORG|National Institute of Statistics and Geography]] said core "
        "inflation slowed to 3.9%.\n"),
        [
            ("National Institute of Statistics and Geography", "say",
             "Consumer prices in Mexico rose 3.6% in the year to July", False, ["3.6%"]),
            ("National Institute of Statistics and Geography", "say", "core inflation slowed to 3.9%", False,
             ["3.9%"]),
        ],
    ),
    (  # 9 (check)
        "own-dev40-ocha-notes",
        "2026-10-12",
        ("[[GENEVA|GPE|Geneva]], Oct 12 - [[OCHA|ORG|Office for the Coordination of Humanitarian Affairs]] said on "
        "Monday that 1.2 million people in the flooded districts needed food aid.\n\n"
        "Notes to editors: The [[Office for the Coordination of Humanitarian Affairs|ORG]] is part of the "
        "[[United Nations Secretariat|ORG]].\n"),
        [
            ("Office for the Coordination of Humanitarian Affairs", "say",
             "1.2 million people in the flooded districts needed food aid", False, ["1.2 million"]),
        ],
    ),
    (  # 10
        "own-dev40-acronym-before-name",
        "2026-01-29",
        ("[[ACCRA|GPE|Accra]], Jan 29 - The [[GSA|ORG|Ghana Standards Authority]] seized 3,000 bags of substandard "
        "cement on Thursday. The [[Ghana Standards Authority|ORG]] said the bags failed strength tests at two "
        "warehouses in [[Tema|GPE]].\n"),
        [
            ("Ghana Standards Authority", "say",
             "the bags failed strength tests at two warehouses in Tema", False, []),
        ],
    ),
    (  # 11
        "own-dev40-two-commissions",
        "2026-11-17",
        ("[[CANBERRA|GPE|Canberra]], Nov 17 - The [[Australian Competition and Consumer Commission|ORG]] "
        "([[ACCC|ORG|Australian Competition and Consumer Commission]]) said on Tuesday it would oppose the merger of "
        "two grocery wholesalers. The [[Australian Communications and Media Authority|ORG]] "
        "([[ACMA|ORG|Australian Communications and Media Authority]]) is reviewing a separate complaint. The "
        "[[ACCC|ORG|Australian Competition and Consumer Commission]] said prices would rise.\n"),
        [
            ("Australian Competition and Consumer Commission", "say", ("it would oppose the merger of two grocery "
             "wholesalers"), False, []),
            ("Australian Competition and Consumer Commission", "say", "prices would rise", False, []),
        ],
    ),
    (  # 12 (check)
        "own-dev40-bank-of-ghana",
        "2026-03-17",
        ("[[ACCRA|GPE|Accra]], March 17 - The [[Bank of Ghana|ORG]] raised its policy rate by 100 basis points to 28% "
        "on Monday. The [[Bank|ORG|Bank of Ghana]] said the cedi had lost 9% against the dollar since January. "
        "[[Ecobank Ghana|ORG]] said it would raise its lending rates.\n"),
        [
            ("Bank of Ghana", "say", "the cedi had lost 9% against the dollar since January", False, ["9%"]),
            ("Ecobank Ghana", "say", "it would raise its lending rates", False, []),
        ],
    ),
    (  # 13
        "own-dev40-never-expanded",
        "2026-04-02",
        ("[[LAGOS|GPE|Lagos]], April 2 - [[Nigeria|GPE]]'s [[NNPC|ORG|NNPC Limited]] said on Wednesday it had raised "
        "crude output to 1.7 million barrels a day. The [[Dangote Petroleum Refinery|ORG]] said it would buy more "
        "local crude.\n"),
        [
            ("NNPC Limited", "say", "it had raised crude output to 1.7 million barrels a day", False,
             ["1.7 million barrels"]),
            ("Dangote Petroleum Refinery", "say", "it would buy more local crude", False, []),
        ],
    ),
    (  # 14
        "own-dev40-surname-stays",
        "2026-05-20",
        ("[[FRANKFURT|GPE|Frankfurt]], May 20 - [[Deutsche Bundesbank|ORG]] President [[Joachim Nagel|PERSON]] said on "
        "Wednesday that wage deals were still too high. [[Nagel|PERSON|Joachim Nagel]] said the [[European Central "
        "Bank|ORG]] should not cut rates before the summer.\n"),
        [
            ("Joachim Nagel", "say", "wage deals were still too high", False, []),
            ("Joachim Nagel", "say", "the European Central Bank should not cut rates before the summer", False, []),
        ],
    ),
    (  # 15 (check)
        "own-dev40-world-bank-bank",
        "2026-06-30",
        ("[[WASHINGTON|GPE|Washington, D.C.]], June 30 - The [[World Bank|ORG]] approved a $500 million loan to "
        "[[Bangladesh|GPE]] on Tuesday for flood defences. The [[Bank|ORG|World Bank]] said the project would protect "
        "2 million people in coastal districts.\n"),
        [
            ("World Bank", "say", "the project would protect 2 million people in coastal districts", False,
             ["2 million"]),
        ],
    ),
    (  # 16
        "own-dev40-agency-head",
        "2026-02-26",
        ("[[OTTAWA|GPE|Ottawa]], Feb 26 - The [[Canada Revenue Agency|ORG]] said on Thursday it had recovered C$1.4 "
        "billion in unpaid taxes last year. The [[Agency|ORG|Canada Revenue Agency]] said it would hire 800 more "
        "auditors.\n"),
        [
            ("Canada Revenue Agency", "say", "it had recovered C$1.4 billion in unpaid taxes last year", False,
             ["C$1.4 billion"]),
            ("Canada Revenue Agency", "say", "it would hire 800 more auditors", False, ["800"]),
        ],
    ),
    (  # 17
        "own-dev40-two-banks-equal",
        "2026-09-22",
        ("[[ZURICH|GPE|Zürich]], Sept 22 - The [[Swiss National Bank|ORG]] and the [[European Central Bank|ORG]] "
        "renewed their currency swap line on Monday. A spokesman for the [[Swiss National Bank|ORG]] declined to comment on the "
        "size of the line.\n"),
        [],
    ),
    (  # 18 (check)
        "own-dev40-unicef-after",
        "2026-08-19",
        ("[[JUBA|GPE|Juba]], Aug 19 - More than 400,000 children in [[South Sudan|GPE]] face acute malnutrition this "
        "year, [[UNICEF|ORG]] said on Tuesday. The [[World Food Programme|ORG]] ([[WFP|ORG|World Food Programme]]) said "
        "it had cut rations by half because of funding shortfalls.\n"),
        [
            ("UNICEF", "say", "More than 400,000 children in South Sudan face acute malnutrition this year", False,
             ["More than 400,000"]),
            ("World Food Programme", "say", "it had cut rations by half because of funding shortfalls", False, []),
        ],
    ),
    (  # 19
        "own-dev40-commission-head",
        "2026-10-28",
        ("[[NAIROBI|GPE|Nairobi]], Oct 28 - The [[Independent Electoral and Boundaries Commission|ORG]] "
        "([[IEBC|ORG|Independent Electoral and Boundaries Commission]]) said on Wednesday that 2.1 million new voters "
        "had registered. The [[Commission|ORG|Independent Electoral and Boundaries Commission]] said registration "
        "would reopen in January.\n"),
        [
            ("Independent Electoral and Boundaries Commission", "say",
             "2.1 million new voters had registered", False, ["2.1 million"]),
            ("Independent Electoral and Boundaries Commission", "say", "registration would reopen in January",
             False, []),
        ],
    ),
    (  # 20
        "own-dev40-regulator-results",
        "2026-07-30",
        ("[[MUMBAI|GPE|Mumbai]], July 30 - [[Tata Steel|ORG]] reported a 12% rise in quarterly profit on Thursday. "
        "The [[Securities and Exchange Board of India|ORG]] ([[SEBI|ORG|Securities and Exchange Board of India]]) "
        "fined two of its former directors in a separate case. [[SEBI|ORG|Securities and Exchange Board of India]] "
        "said the directors had traded on unpublished results.\n"),
        [
            ("Securities and Exchange Board of India", "say",
             "the directors had traded on unpublished results", False, []),
        ],
    ),
    (  # 21 (check)
        "own-dev40-hyphen-initials",
        "2026-05-14",
        ("[[LUXEMBOURG|GPE|Luxembourg]], May 14 - The [[Anti-Money Laundering Authority|ORG]] "
        "([[AMLA|ORG|Anti-Money Laundering Authority]]) began direct supervision of 40 banks on Thursday. "
        "[[AMLA|ORG|Anti-Money Laundering Authority]] said it would publish its first findings in 2027.\n"),
        [
            ("Anti-Money Laundering Authority", "say", "it would publish its first findings in 2027", False, []),
        ],
    ),
    (  # 22
        "own-dev40-statistics-authority",
        "2026-01-14",
        ("[[LONDON|GPE|London]], Jan 14 - The [[UK Statistics Authority|ORG]] said on Wednesday it had asked the "
        "[[Office for National Statistics|ORG]] ([[ONS|ORG|Office for National Statistics]]) to review its labour "
        "survey. The [[ONS|ORG|Office for National Statistics]] said a new survey would start in March.\n"),
        [
            ("UK Statistics Authority", "say",
             "it had asked the Office for National Statistics (ONS) to review its labour survey", False, []),
            ("Office for National Statistics", "say", "a new survey would start in March", False, []),
        ],
    ),
    (  # 23
        "own-dev40-headline-name",
        "2026-11-04",
        ("[[Kestrel Freight Holdings|ORG]] posts record third-quarter profit\n\n"
        "[[SINGAPORE|GPE|Singapore]], Nov 4 - [[Kestrel|ORG|Kestrel Freight Holdings]] said on Wednesday its "
        "third-quarter net profit rose 18% to S$64 million as container volumes recovered. [[Kestrel|ORG|Kestrel "
        "Freight Holdings]] said it would pay an interim dividend of 3 cents a share.\n"),
        [
            ("Kestrel Freight Holdings", "say", ("its third-quarter net profit rose 18% to S$64 million as container "
             "volumes recovered"), False, ["18%", "S$64 million"]),
            ("Kestrel Freight Holdings", "say", "it would pay an interim dividend of 3 cents a share", False,
             ["3 cents"]),
        ],
    ),
    (  # 24 (check)
        "own-dev40-authority-before",
        "2026-12-02",
        ("[[DAR ES SALAAM|GPE|Dar es Salaam]], Dec 2 - The [[Authority|ORG|Tanzania Ports Authority]] will raise "
        "handling fees by 6% from January, the [[Tanzania Ports Authority|ORG]] said on Tuesday. Shipping lines have "
        "asked for a delay.\n"),
        [
            ("Tanzania Ports Authority", "say", "The Authority will raise handling fees by 6% from January", False,
             ["6%"]),
        ],
    ),
    (  # 25
        "own-dev40-place-stays",
        "2026-03-03",
        ("[[JAKARTA|GPE|Jakarta]], March 3 - [[Bank Indonesia|ORG]] kept its benchmark rate at 5.75% on Tuesday. "
        "Exports from [[Indonesia|GPE]] rose 4% in January, [[Statistics Indonesia|ORG]] said.\n"),
        [
            ("Statistics Indonesia", "say", "Exports from Indonesia rose 4% in January", False, ["4%"]),
        ],
    ),
    (  # 26
        "own-dev40-ministry-and-mof",
        "2026-06-24",
        ("[[TOKYO|GPE|Tokyo]], June 24 - [[Japan|GPE]]'s [[Ministry of Finance|ORG|Ministry of Finance (Japan)]] said "
        "on Wednesday it had not intervened in currency markets in May. The [[Ministry|ORG|Ministry of Finance "
        "(Japan)]] said it was watching the yen with a strong sense of urgency.\n"),
        [
            ("Ministry of Finance (Japan)", "say", "it had not intervened in currency markets in May", False, []),
            ("Ministry of Finance (Japan)", "say", "it was watching the yen with a strong sense of urgency", False,
             []),
        ],
    ),
    (  # 27 (check)
        "own-dev40-cbn-two-bodies",
        "2026-02-10",
        ("[[ABUJA|GPE|Abuja]], Feb 10 - The [[Central Bank of Nigeria|ORG]] ([[CBN|ORG|Central Bank of Nigeria]]) and "
        "the [[Nigerian Communications Commission|ORG]] ([[NCC|ORG|Nigerian Communications Commission]]) agreed on "
        "Tuesday to cap fees on mobile payments. The [[CBN|ORG|Central Bank of Nigeria]] said the cap would take "
        "effect in April.\n"),
        [
            ("Central Bank of Nigeria", "say", "the cap would take effect in April", False, []),
        ],
    ),
    (  # 28
        "own-dev40-fund-two",
        "2026-10-06",
        ("[[WASHINGTON|GPE|Washington, D.C.]], Oct 6 - The [[International Monetary Fund|ORG]] and the [[World Bank|ORG]] "
        "opened their annual meetings on Monday. The [[Fund|ORG|International Monetary Fund]] said the global "
        "economy faced the highest debt levels since the 1940s.\n"),
        [
            ("International Monetary Fund", "say",
             "the global economy faced the highest debt levels since the 1940s", False, []),
        ],
    ),
    (  # 29
        "own-dev40-council-short",
        "2026-09-15",
        ("[[CARDIFF|GPE|Cardiff]], Sept 15 - [[Cardiff Council|ORG]] approved plans for 1,200 new homes on Tuesday. "
        "The [[Council|ORG|Cardiff Council]] said 30% of the homes would be affordable.\n"),
        [
            ("Cardiff Council", "say", "30% of the homes would be affordable", False, ["30%"]),
        ],
    ),
    (  # 30 (check)
        "own-dev40-agency-two",
        "2026-04-28",
        ("[[PARIS|GPE|Paris]], April 28 - The [[International Energy Agency|ORG]] ([[IEA|ORG|International Energy "
        "Agency]]) said on Tuesday that oil demand would peak before 2030. The [[International Atomic Energy "
        "Agency|ORG]] said separately that two new reactors had started in [[China|GPE]]. The [[IEA|ORG|International "
        "Energy Agency]] said solar investment would reach $450 billion.\n"),
        [
            ("International Energy Agency", "say", "oil demand would peak before 2030", False, []),
            ("International Atomic Energy Agency", "say", "two new reactors had started in China", False, []),
            ("International Energy Agency", "say", "solar investment would reach $450 billion", False,
             ["$450 billion"]),
        ],
    ),
    (  # 31
        "own-dev40-federal-reserve",
        "2026-12-16",
        ("[[WASHINGTON|GPE|Washington, D.C.]], Dec 16 - The [[Federal Reserve|ORG]] cut its policy rate by a quarter point on "
        "Wednesday. The [[Fed|ORG|Federal Reserve]]'s [[Federal Open Market Committee|ORG]] "
        "([[FOMC|ORG|Federal Open Market Committee]]) voted 10-2 for the cut. The [[FOMC|ORG|Federal Open Market "
        "Committee]] said it expected two more cuts next year.\n"),
        [
            ("Federal Open Market Committee", "say", "it expected two more cuts next year", False, []),
        ],
    ),
    (  # 32
        "own-dev40-corp-short",
        "2026-08-26",
        ("[[JOHANNESBURG|GPE|Johannesburg]], Aug 26 - [[Northam Platinum Holdings|ORG]] said on Wednesday its annual "
        "profit fell 31% as metal prices slid. [[Northam|ORG|Northam Platinum Holdings]] said it would defer "
        "expansion at its [[Zondereinde|FAC]] mine.\n"),
        [
            ("Northam Platinum Holdings", "say", "its annual profit fell 31% as metal prices slid", False, ["31%"]),
            ("Northam Platinum Holdings", "say", "it would defer expansion at its Zondereinde mine", False, []),
        ],
    ),
    (  # 33 (check)
        "own-dev40-ecb-bank",
        "2026-07-23",
        ("[[FRANKFURT|GPE|Frankfurt]], July 23 - The [[European Central Bank|ORG]] left interest rates unchanged on "
        "Thursday. The [[Bank|ORG|European Central Bank]] said risks to growth were tilted to the downside.\n"),
        [
            ("European Central Bank", "say", "risks to growth were tilted to the downside", False, []),
        ],
    ),
    (  # 34
        "own-dev40-commission-before",
        "2026-03-12",
        ("[[BRUSSELS|GPE|Brussels]], March 12 - The [[Commission|ORG|European Commission]] said on Thursday it would "
        "fine the carmaker 400 million euros for hiding emissions data. The [[European Commission|ORG]] has opened "
        "12 such cases this year.\n"),
        [
            ("European Commission", "say", "it would fine the carmaker 400 million euros for hiding emissions data",
             False, ["400 million euros"]),
        ],
    ),
    (  # 35
        "own-dev40-agency-before",
        "2026-06-11",
        ("[[PARIS|GPE|Paris]], June 11 - The [[Agency|ORG|International Energy Agency]] said on Wednesday that global "
        "oil demand would peak by 2029, in its annual medium-term report. The [[International Energy Agency|ORG]] "
        "also cut its forecast for [[China|GPE]].\n"),
        [
            ("International Energy Agency", "say", "global oil demand would peak by 2029", False, []),
        ],
    ),
    (  # 36 (check)
        "own-dev40-monetary-authority-before",
        "2026-01-06",
        ("[[HONG KONG|GPE|Hong Kong]], Jan 6 - The [[Monetary Authority|ORG|Hong Kong Monetary Authority]] said on "
        "Tuesday that the currency peg was secure. The [[Hong Kong Monetary Authority|ORG]] "
        "([[HKMA|ORG|Hong Kong Monetary Authority]]) sold HK$2 billion to defend it.\n"),
        [
            ("Hong Kong Monetary Authority", "say", "the currency peg was secure", False, []),
        ],
    ),
    (  # 37
        "own-dev40-bceao-native",
        "2026-03-26",
        ("[[DAKAR|GPE|Dakar]], March 26 - The [[Banque Centrale des Etats de l'Afrique de l'Ouest|ORG]] "
        "([[BCEAO|ORG|Banque Centrale des Etats de l'Afrique de l'Ouest]]) left its main rate at 3.5% on Thursday. The "
        "[[BCEAO|ORG|Banque Centrale des Etats de l'Afrique de l'Ouest]] said prices rose 2% in February.\n"),
        [
            ("Banque Centrale des Etats de l'Afrique de l'Ouest", "say", "prices rose 2% in February", False, ["2%"]),
        ],
    ),
    (  # 38
        "own-dev40-board-before",
        "2026-10-20",
        ("[[WINNIPEG|GPE|Winnipeg]], Oct 20 - The [[Board|ORG|Manitoba Hydro-Electric Board]] approved a 3.5% rate "
        "increase on Tuesday, the [[Manitoba Hydro-Electric Board|ORG]] said in a statement. Customers will see "
        "the change on their December bills.\n"),
        [
            ("Manitoba Hydro-Electric Board", "say", "The Board approved a 3.5% rate increase on Tuesday", False,
             ["3.5%"]),
        ],
    ),
    (  # 39 (check)
        "own-dev40-council-before",
        "2026-11-24",
        ("[[LEEDS|GPE|Leeds]], Nov 24 - The [[Council|ORG|Leeds City Council]] said on Monday it would close four "
        "libraries to save 2 million pounds. [[Leeds City Council|ORG]] faces a budget gap of 60 million pounds next "
        "year.\n"),
        [
            ("Leeds City Council", "say", "it would close four libraries to save 2 million pounds", False,
             ["2 million pounds"]),
        ],
    ),
    (  # 40
        "own-dev40-weather-service-before",
        "2026-07-02",
        ("[[MIAMI|GPE|Miami]], July 2 - The [[Weather Service|ORG|National Weather Service]] issued a hurricane watch "
        "for the [[Florida Keys|LOC]] on Thursday. Forecasters at the [[National Weather Service|ORG]] said the storm "
        "could strengthen over warm water.\n"),
        [],
    ),
    (  # 41
        "own-dev40-two-commissions-stay",
        "2026-05-05",
        ("[[PRETORIA|GPE|Pretoria]], May 5 - The [[Competition Commission|ORG|Competition Commission (South Africa)]] "
        "and the [[Independent Electoral Commission|ORG|Electoral Commission of South Africa]] signed a cooperation "
        "agreement on Tuesday. [[South Africa|GPE]]'s [[Treasury|ORG|National Treasury (South Africa)]] will fund "
        "the work.\n"),
        [],
    ),
    (  # 42 (check)
        "own-dev40-fund-before-two",
        "2026-02-03",
        ("[[WASHINGTON|GPE|Washington, D.C.]], Feb 3 - The [[Fund|ORG|International Monetary Fund]] said on Tuesday "
        "that [[Egypt|GPE]] had met the targets of its loan programme. The [[International Monetary Fund|ORG]] and "
        "the [[World Bank|ORG]] will send a joint mission to [[Cairo|GPE]] in March.\n"),
        [
            ("International Monetary Fund", "say", "Egypt had met the targets of its loan programme", False, []),
        ],
    ),
]

CASES = [c for n, c in enumerate(ALL, 1) if n % 3]
CHECK = [c for n, c in enumerate(ALL, 1) if not n % 3]


def main() -> None:
    write_sets("own-orglink-dev40", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
