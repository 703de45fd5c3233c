"""Write eval/own-statements-dev37a.jsonl and its check file (FORMAT.md): an all-capitals word,
entity or concept.

Session 37 (acronyms37, issue 13 precision and recall): a word in capitals is an organisation
where the text shows a body ("NNPC said", "according to KNBS", "the PSA board", a bracket after a
body's name) and a concept where the text spells it out in lower case ("liquefied natural gas
(LNG)", "non-performing loans (NPLs)") or a lexicon gives it as a common noun ("GDP", "EBITDA").
Beside them, capitals that must stay as they are: currency codes, units, headings in capitals,
tickers in a price line, roman numerals, country codes, and bodies the tables know ("NATO",
"IMF"). Briefs from statistics offices, central banks, energy and telecom firms and regulators.
Written for briefx by hand and annotated by ANNOTATION.md ("Entities", "Statements") before
briefx was run on them; countries, cities and a few well-known bodies are real, the other
bodies (most acronyms), people, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) as in ``build_own_statements.case``. The CHECK cases go to the check file:
scored only once, at the end of the session. Run from the project root:
``python eval/build_own_statements_dev37a.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (acronyms37 helper, session 37); CC0"

CASES = [
    (
        "own-dev37a-lng-terminal",
        "2026-11-03",
        (
            "Imports of liquefied natural gas (LNG) rose 12% in October, the "
            "[[Energy Market Authority|ORG]] said. LNG now meets a fifth of demand in "
            "[[Singapore|GPE]], and a second LNG terminal is due to open next year.\n"
        ),
        [("Energy Market Authority", "say", "Imports of liquefied natural gas (LNG) rose 12% in October", False, ["12%"])],
    ),
    (
        "own-dev37a-nnpc-output",
        "2026-09-15",
        (
            "[[NNPC|ORG]] said on Monday that crude output had recovered to 1.6 million barrels a "
            "day. The [[Nigerian|NORP]] firm said LPG sales would double by 2028.\n"
        ),
        [
            ("NNPC", "say", "crude output had recovered to 1.6 million barrels a day", False, ["1.6 million barrels"]),
            ("NNPC", "say", "LPG sales would double by 2028", False, []),
        ],
    ),
    (
        "own-dev37a-knbs-inflation",
        "2026-10-31",
        (
            "Inflation in [[Kenya|GPE]] eased to 4.1% in October from 4.6% in September, "
            "according to [[KNBS|ORG]]. The CPI basket was last revised in 2024. Food prices "
            "rose 6.2% on the year.\n"
        ),
        [("KNBS", "according to", "Inflation in Kenya eased to 4.1% in October from 4.6% in September", False, ["4.1%", "4.6%"])],
    ),
    (
        "own-dev37a-psa-board",
        "2026-08-20",
        (
            "The [[Philippine Statistics Authority|ORG]] ([[PSA|ORG|Philippine Statistics Authority]]) "
            "said GDP grew 5.8% in the second quarter. The [[PSA|ORG|Philippine Statistics Authority]] "
            "board will meet in [[Manila|GPE]] on Friday to approve the revised series.\n"
        ),
        [("Philippine Statistics Authority", "say", "GDP grew 5.8% in the second quarter", False, ["5.8%"])],
    ),
    (
        "own-dev37a-npl-ratio",
        "2026-07-29",
        (
            "Non-performing loans (NPLs) fell to 3.2% of gross lending at the end of June, the "
            "[[Central Bank of Kenya|ORG]] said. Banks wrote off KES 14 billion of bad loans in the "
            "quarter, and the NPL ratio of small lenders stayed above 10%.\n"
        ),
        [("Central Bank of Kenya", "say", "Non-performing loans (NPLs) fell to 3.2% of gross lending at the end of June", False, ["3.2%"])],
    ),
    (
        "own-dev37a-esg-funds",
        "2026-06-12",
        (
            "ESG funds in [[Europe|LOC]] lost $9 billion of assets in May, [[Morningstar|ORG]] "
            "said. Investors pulled money from ESG strategies for the fourth month running.\n"
        ),
        [("Morningstar", "say", "ESG funds in Europe lost $9 billion of assets in May", False, ["$9 billion"])],
    ),
    (
        "own-dev37a-zesco-tariff",
        "2026-05-05",
        (
            "[[ZESCO|ORG]] reported a loss of K2.1 billion for 2025 on Tuesday. Low water levels on "
            "the [[Zambezi|LOC]] cut the [[Zambian|NORP]] utility's hydropower output to 600 MW.\n"
        ),
        [("ZESCO", "report", "a loss of K2.1 billion for 2025", False, ["K2.1 billion"])],
    ),
    (
        "own-dev37a-ev-sales",
        "2026-04-08",
        (
            "EV sales in [[Norway|GPE]] reached 94% of new cars in March, the road traffic "
            "information council [[OFV|ORG]] said. An EV now costs less than a petrol car of the "
            "same size.\n"
        ),
        [("OFV", "say", "EV sales in Norway reached 94% of new cars in March", False, ["94%"])],
    ),
    (
        "own-dev37a-pmi",
        "2026-12-01",
        (
            "MARKET WRAP\n"
            "The purchasing managers' index (PMI) for manufacturing rose to 51.2 in November, "
            "[[S&P Global|ORG]] said. A PMI above 50 signals growth.\n"
        ),
        [("S&P Global", "say", "The purchasing managers' index (PMI) for manufacturing rose to 51.2 in November", False, ["51.2"])],
    ),
    (
        "own-dev37a-sme-credit",
        "2026-03-18",
        (
            "Lending to small and medium-sized enterprises (SMEs) grew 8% last year, the "
            "[[Bank of Ghana|ORG]] said in its annual report. An SME still pays twice the prime "
            "rate on a new loan.\n"
        ),
        [("Bank of Ghana", "say", "Lending to small and medium-sized enterprises (SMEs) grew 8% last year", False, ["8%"])],
    ),
    (
        "own-dev37a-telecom-5g",
        "2026-02-24",
        (
            "[[Safaricom|ORG]] said it had switched on 5G in 40 towns. [[CAK|ORG]] said the "
            "licence fee would be KES 1.5 billion, payable in three instalments.\n"
        ),
        [
            ("Safaricom", "say", "it had switched on 5G in 40 towns", False, ["40"]),
            ("CAK", "say", "the licence fee would be KES 1.5 billion, payable in three instalments", False, ["KES 1.5 billion", "three"]),
        ],
    ),
    (
        "own-dev37a-ebitda",
        "2026-11-12",
        (
            "[[Telkom|ORG]] posted EBITDA of R5.4 billion for the half year, up 9%. Chief executive "
            "[[Serame Taukobong|PERSON]] said data revenue had grown faster than voice.\n"
        ),
        [("Serame Taukobong", "say", "data revenue had grown faster than voice", False, [])],
    ),
    (
        "own-dev37a-icu-beds",
        "2026-01-20",
        (
            "[[Kenyatta National Hospital|ORG]] said all 24 ICU beds were full on Sunday. The "
            "[[Ministry of Health|ORG]] said it would open 60 more ICU beds by March.\n"
        ),
        [
            ("Kenyatta National Hospital", "say", "all 24 ICU beds were full on Sunday", False, ["24"]),
            ("Ministry of Health", "say", "it would open 60 more ICU beds by March", False, ["60"]),
        ],
    ),
    (
        "own-dev37a-nato-imf",
        "2026-10-09",
        (
            "[[NATO|ORG|North Atlantic Treaty Organization]] members agreed to raise defence "
            "spending to 3.5% of GDP. The [[IMF|ORG|International Monetary Fund]] warned that the "
            "plan would add to public debt in [[Europe|LOC]].\n"
        ),
        [("International Monetary Fund", "warn", "the plan would add to public debt in Europe", False, [])],
    ),
    (
        "own-dev37a-nbs-gdp",
        "2026-08-15",
        (
            "[[China|GPE]]'s GDP grew 4.8% in the third quarter, the [[National Bureau of Statistics|ORG]] "
            "([[NBS|ORG|National Bureau of Statistics]]) said on Thursday. The [[NBS|ORG|National Bureau of Statistics]] "
            "said retail sales rose 3.1%.\n"
        ),
        [
            ("National Bureau of Statistics", "say", "China's GDP grew 4.8% in the third quarter", False, ["4.8%"]),
            ("National Bureau of Statistics", "say", "retail sales rose 3.1%", False, ["3.1%"]),
        ],
    ),
    (
        "own-dev37a-ticker-line",
        "2026-09-30",
        (
            "[[Scatec|ORG]] (SSO) shares rose 4% in [[Oslo|GPE]] after the firm won a 300 MW solar "
            "contract in [[Egypt|GPE]].\n"
            "SSO 112.40 +4.1%\n"
        ),
        [],
    ),
    (
        "own-dev37a-kplc-outage",
        "2026-06-03",
        (
            "[[KPLC|ORG]] said a fault on the 220 kV line had cut power to [[Nairobi|GPE]] for "
            "four hours. The [[KPLC|ORG]] board has ordered an inquiry.\n"
        ),
        [("KPLC", "say", "a fault on the 220 kV line had cut power to Nairobi for four hours", False, ["220 kV"])],
    ),
    (
        "own-dev37a-fdi",
        "2026-07-02",
        (
            "Foreign direct investment (FDI) into [[Vietnam|GPE]] reached $18 billion in the first "
            "half, the [[Ministry of Planning and Investment|ORG]] said. FDI from [[South Korea|GPE]] "
            "led the list.\n"
        ),
        [("Ministry of Planning and Investment", "say", "Foreign direct investment (FDI) into Vietnam reached $18 billion in the first half", False, ["$18 billion"])],
    ),
    (
        "own-dev37a-ofgem-cap",
        "2026-02-25",
        (
            "[[Ofgem|ORG]] said the price cap would fall 3% to £1,690 a year from April. The "
            "regulator said the average household using 2,700 kWh of gas would save £50.\n"
        ),
        [
            ("Ofgem", "say", "the price cap would fall 3% to £1,690 a year from April", False, ["3%", "£1,690"]),
            ("Ofgem", "say", "the average household using 2,700 kWh of gas would save £50", False, ["2,700 kWh", "£50"]),
        ],
    ),
    (
        "own-dev37a-brvm-codes",
        "2026-04-16",
        (
            "The [[West African Development Bank|ORG]] raised XOF 75 billion in a bond sold in "
            "[[Abidjan|GPE]]. Investors from CI, SN and BF took most of the issue, the bank said.\n"
        ),
        [("West African Development Bank", "say", "Investors from CI, SN and BF took most of the issue", False, [])],
    ),
    (
        "own-dev37a-ura-revenue",
        "2026-08-01",
        (
            "According to [[URA|ORG]], VAT collections rose 14% to UGX 6.2 trillion in the year "
            "to June. The [[Ugandan|NORP]] tax body said PAYE receipts fell short of target.\n"
        ),
        [
            ("URA", "according to", "VAT collections rose 14% to UGX 6.2 trillion in the year to June", False, ["14%", "UGX 6.2 trillion"]),
            ("URA", "say", "PAYE receipts fell short of target", False, []),
        ],
    ),
    (
        "own-dev37a-phase-ii",
        "2026-05-27",
        (
            "Phase II of the [[Lamu|GPE]] port will add three berths, [[KPA|ORG]] said on "
            "Wednesday. The works follow an EIA that found no risk to the mangroves.\n"
        ),
        [("KPA", "say", "Phase II of the Lamu port will add three berths", False, ["three"])],
    ),
]

CHECK = [
    (
        "own-dev37a-lpg-subsidy",
        "2026-03-09",
        (
            "Liquefied petroleum gas (LPG) prices will fall 7% from April, [[EPRA|ORG]] said. "
            "LPG use in [[Kenya|GPE]] has doubled since 2020.\n"
        ),
        [("EPRA", "say", "Liquefied petroleum gas (LPG) prices will fall 7% from April", False, ["7%"])],
    ),
    (
        "own-dev37a-zimstat",
        "2026-10-22",
        (
            "[[ZIMSTAT|ORG]] said annual inflation slowed to 31% in September. The CPI in "
            "[[Harare|GPE]] rose faster than in rural areas.\n"
        ),
        [("ZIMSTAT", "say", "annual inflation slowed to 31% in September", False, ["31%"])],
    ),
    (
        "own-dev37a-bsp-rates",
        "2026-06-19",
        (
            "The [[Bangko Sentral ng Pilipinas|ORG]] ([[BSP|ORG|Bangko Sentral ng Pilipinas]]) cut "
            "its policy rate by 25 basis points to 5.5%. The [[BSP|ORG|Bangko Sentral ng Pilipinas]] "
            "said GDP would grow 6% this year.\n"
        ),
        [("Bangko Sentral ng Pilipinas", "say", "GDP would grow 6% this year", False, ["6%"])],
    ),
    (
        "own-dev37a-tanesco",
        "2026-07-14",
        (
            "[[TANESCO|ORG]] said the [[Julius Nyerere Hydropower Station|FAC]] had reached "
            "2,115 MW. The utility plans to export power to [[Zambia|GPE]] and [[Kenya|GPE]].\n"
        ),
        [("TANESCO", "say", "the Julius Nyerere Hydropower Station had reached 2,115 MW", False, ["2,115 MW"])],
    ),
    (
        "own-dev37a-ev-charging",
        "2026-09-02",
        (
            "[[India|GPE]] will build 72,000 EV charging points by 2030, the power ministry said. "
            "An EV costs 40% more than a petrol scooter.\n"
        ),
        [],
    ),
    (
        "own-dev37a-ncc-fine",
        "2026-11-26",
        (
            "The [[NCC|ORG]] fined [[MTN|ORG]] N1.2 billion over unregistered SIM cards, "
            "the [[Nigerian|NORP]] regulator said on Thursday.\n"
        ),
        [("NCC", "say", "The NCC fined MTN N1.2 billion over unregistered SIM cards", False, ["N1.2 billion"])],
    ),
    (
        "own-dev37a-esg-rules",
        "2026-05-13",
        (
            "Environmental, social and governance (ESG) disclosures will be mandatory for listed "
            "firms from 2027, the [[Securities and Exchange Commission|ORG]] said. ESG reports "
            "must be audited.\n"
        ),
        [("Securities and Exchange Commission", "say", "Environmental, social and governance (ESG) disclosures will be mandatory for listed firms from 2027", False, [])],
    ),
    (
        "own-dev37a-petronas-lng",
        "2026-08-28",
        (
            "[[Petronas|ORG]] shipped its 500th LNG cargo from [[Bintulu|GPE]] on Sunday. "
            "LNG exports earned RM 40 billion last year.\n"
        ),
        [],
    ),
    (
        "own-dev37a-ssnit-board",
        "2026-12-03",
        (
            "The [[SSNIT|ORG]] board approved a 10% rise in pensions from January, the fund's "
            "director general told reporters in [[Accra|GPE]].\n"
        ),
        [],
    ),
    (
        "own-dev37a-unit-heading",
        "2026-04-30",
        (
            "ENERGY BRIEFS\n"
            "[[Vestas|ORG]] won an order for 450 MW of turbines in [[Germany|GPE]]. Prices in EUR "
            "were not disclosed.\n"
        ),
        [],
    ),
    (
        "own-dev37a-sme-loans",
        "2026-02-11",
        (
            "SMEs in [[Rwanda|GPE]] borrowed RWF 320 billion in 2025, the [[National Bank of Rwanda|ORG]] "
            "said. The average SME loan was RWF 12 million.\n"
        ),
        [("National Bank of Rwanda", "say", "SMEs in Rwanda borrowed RWF 320 billion in 2025", False, ["RWF 320 billion"])],
    ),
]


def main() -> None:
    write_sets("own-statements-dev37a", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
