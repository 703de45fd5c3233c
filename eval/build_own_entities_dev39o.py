"""Write eval/own-entities-dev39o.jsonl and its check file (FORMAT.md): organisations named by an
acronym the document never spells out (international and regional bodies, development banks,
central banks, statistics offices, regulators, electoral commissions, broadcasters, national oil
companies, unions, parties, sports federations), which take the English Wikipedia title of the
body; an acronym several countries' bodies share takes the one of the document's country. Must
stay: an acronym the document expands (also to another body than the usual one), an acronym the
tables already title ("IMF", "NATO"), acronyms that are their own title ("FIFA", "OPEC"), a
local body's letters no table knows, letters that are no body (indices, taxes, units: untagged),
a shared acronym in a text of no country.

Session 39 (orgs39, issue 13 entity names): short wire stories written for briefx by hand and
annotated by ANNOTATION.md ("Entities") before briefx was run on them; the bodies are real, the
people, events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_entities_dev39o.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = "written for briefx by hand (orgs39 helper, session 39); CC0"

CASES: list[Case] = [
    (
        "own-dev39o-nigeria-cbn",
        "2026-03-03",
        (
            "[[ABUJA|GPE|Abuja]], March 3 - The [[CBN|ORG|Central Bank of Nigeria]] held its policy rate at 27.5 "
            "percent on Tuesday, while the [[NBS|ORG|National Bureau of Statistics (Nigeria)]] said inflation eased "
            "for a third month. [[NNPC|ORG|NNPC Limited]] said crude output rose to 1.6 million barrels a day.\n"
        ),
    ),
    (
        "own-dev39o-china-nbs",
        "2026-04-16",
        (
            "[[BEIJING|GPE|Beijing]], April 16 - [[China|GPE]]'s economy grew 5.1 percent in the first quarter, the "
            "[[NBS|ORG|National Bureau of Statistics of China]] said on Thursday. The [[PBOC|ORG|People's Bank of "
            "China]] kept its loan prime rate unchanged.\n"
        ),
    ),
    (
        "own-dev39o-ecowas",
        "2026-02-11",
        (
            "[[ACCRA|GPE|Accra]], Feb 11 - [[ECOWAS|ORG|Economic Community of West African States]] leaders met in "
            "[[Accra|GPE]] on Wednesday and the [[AfDB|ORG|African Development Bank]] pledged $200 million for a "
            "regional power line. The [[IMF|ORG|International Monetary Fund]] welcomed the plan.\n"
        ),
    ),
    (
        "own-dev39o-kenya-iebc",
        "2026-08-20",
        (
            "[[NAIROBI|GPE|Nairobi]], Aug 20 - The [[IEBC|ORG|Independent Electoral and Boundaries Commission]] "
            "said on Thursday it had registered 2.1 million new voters. [[ODM|ORG|Orange Democratic Movement]] "
            "leader [[Raila Odinga|PERSON]] urged the young to vote, and [[KNBS|ORG|Kenya National Bureau of "
            "Statistics]] data showed a rise in first-time voters.\n"
        ),
    ),
    (
        "own-dev39o-india-sebi",
        "2026-05-28",
        (
            "[[MUMBAI|GPE|Mumbai]], May 28 - [[SEBI|ORG|Securities and Exchange Board of India]] tightened rules on "
            "derivatives trading on Thursday. The [[CBI|ORG|Central Bureau of Investigation]] is looking into two "
            "brokers, and [[TRAI|ORG|Telecom Regulatory Authority of India]] said separately it would review "
            "spam call rules.\n"
        ),
    ),
    (
        "own-dev39o-uk-cbi",
        "2026-06-09",
        (
            "[[LONDON|GPE|London]], June 9 - The [[CBI|ORG|Confederation of British Industry]] urged ministers to cut "
            "business rates, and the [[TUC|ORG|Trades Union Congress]] called for a higher minimum wage. The "
            "[[OBR|ORG|Office for Budget Responsibility]] will publish its forecast next week.\n"
        ),
    ),
    (
        "own-dev39o-germany-parties",
        "2026-09-28",
        (
            "[[BERLIN|GPE|Berlin]], Sept 28 - The [[CDU|ORG|Christian Democratic Union of Germany]] and the "
            "[[SPD|ORG|Social Democratic Party of Germany]] agreed to resume coalition talks, while the "
            "[[AfD|ORG|Alternative for Germany]] gained in polls in the east of [[Germany|GPE]].\n"
        ),
    ),
    (
        "own-dev39o-sa-anc",
        "2026-07-02",
        (
            "[[JOHANNESBURG|GPE|Johannesburg]], July 2 - The [[ANC|ORG|African National Congress]] said it would "
            "not back the bill. [[COSATU|ORG|Congress of South African Trade Unions]] called a strike for next "
            "week, and the [[SARB|ORG|South African Reserve Bank]] warned of higher inflation.\n"
        ),
    ),
    (
        "own-dev39o-sport-cas",
        "2026-01-22",
        (
            "[[LAUSANNE|GPE|Lausanne]], Jan 22 - The [[CAS|ORG|Court of Arbitration for Sport]] upheld a two-year ban "
            "on the sprinter on Thursday. [[WADA|ORG|World Anti-Doping Agency]] welcomed the ruling, and the "
            "[[IOC|ORG|International Olympic Committee]] said the athlete would miss the Games.\n"
        ),
    ),
    (
        "own-dev39o-football-caf",
        "2026-03-30",
        (
            "[[CAIRO|GPE|Cairo]], March 30 - [[CAF|ORG|Confederation of African Football]] moved the final to a "
            "neutral venue, and [[FIFA|ORG]] said it backed the decision. [[UEFA|ORG]] officials will attend.\n"
        ),
    ),
    (
        "own-dev39o-climate",
        "2026-11-12",
        (
            "[[BELEM|GPE|Belém]], Nov 12 - Scientists of the [[IPCC|ORG|Intergovernmental Panel on Climate Change]] "
            "told delegates that emissions must fall by half this decade. The [[IEA|ORG|International Energy "
            "Agency]] said solar investment would pass $500 billion this year.\n"
        ),
    ),
    (
        "own-dev39o-expanded-other",
        "2026-04-02",
        (
            "[[LIMA|GPE|Lima]], April 2 - The [[Port Management Authority|ORG]] ([[PMA|ORG|Port Management Authority]]) "
            "said on Thursday that the Andean Fisheries Council ([[AFC|ORG|Andean Fisheries Council]]) would meet in "
            "May. The [[AFC|ORG|Andean Fisheries Council]] sets catch quotas.\n"
        ),
    ),
    (
        "own-dev39o-not-bodies",
        "2026-05-15",
        (
            "[[TOKYO|GPE|Tokyo]], May 15 - [[Japan|GPE]]'s GDP shrank 0.4 percent in the first quarter and the CPI "
            "rose 2.9 percent, while LNG imports fell. The [[BOJ|ORG|Bank of Japan]] is expected to hold rates.\n"
        ),
    ),
    (
        "own-dev39o-no-country",
        "2026-10-06",
        (
            "Officials of the [[NBS|ORG]] said on Monday that the survey would be published in November. The "
            "[[NBS|ORG]] has run it since 2010.\n"
        ),
    ),
    (
        "own-dev39o-australia",
        "2026-02-25",
        (
            "[[SYDNEY|GPE|Sydney]], Feb 25 - The [[ABS|ORG|Australian Bureau of Statistics]] said wages rose 3.4 "
            "percent in the year, and [[ASIC|ORG|Australian Securities and Investments Commission]] sued a "
            "lender. The [[ACCC|ORG|Australian Competition and Consumer Commission]] cleared the merger.\n"
        ),
    ),
    (
        "own-dev39o-brazil",
        "2026-06-30",
        (
            "[[BRASILIA|GPE|Brasília]], June 30 - [[Brazil|GPE]]'s unemployment fell to 6.1 percent, [[IBGE|ORG|"
            "Brazilian Institute of Geography and Statistics]] said on Tuesday. The [[PT|ORG|Workers' Party "
            "(Brazil)]] hailed the figures.\n"
        ),
    ),
    (
        "own-dev39o-local-unknown",
        "2026-09-03",
        (
            "[[KISUMU|GPE|Kisumu]], Sept 3 - [[KLWB|ORG]] said on Thursday it would ration water in three estates "
            "after a pump failed. [[KLWB|ORG]] engineers expect repairs to take a week.\n"
        ),
    ),
    (
        "own-dev39o-asia-banks",
        "2026-05-04",
        (
            "[[MANILA|GPE|Manila]], May 4 - The [[ADB|ORG|Asian Development Bank]] cut its growth forecast for the "
            "region, and the [[AIIB|ORG|Asian Infrastructure Investment Bank]] approved a $300 million loan to "
            "the [[Philippines|GPE]]. The [[BSP|ORG|Bangko Sentral ng Pilipinas]] held rates.\n"
        ),
    ),
]

CHECK: list[Case] = [
    (
        "own-dev39o-c-ghana",
        "2026-07-15",
        (
            "[[ACCRA|GPE|Accra]], July 15 - The [[NPP|ORG|New Patriotic Party]] chose its candidate on Saturday, "
            "and [[GNPC|ORG|Ghana National Petroleum Corporation]] said it would raise output. [[Ghana|GPE]]'s "
            "[[ECG|ORG|Electricity Company of Ghana]] blamed outages on a gas shortage.\n"
        ),
    ),
    (
        "own-dev39o-c-mexico",
        "2026-08-11",
        (
            "[[MEXICO CITY|GPE|Mexico City]], Aug 11 - [[Mexico|GPE]]'s inflation slowed to 3.6 percent, "
            "[[INEGI|ORG|National Institute of Statistics and Geography (Mexico)]] said on Tuesday. The "
            "[[PRI|ORG|Institutional Revolutionary Party]] criticised the budget.\n"
        ),
    ),
    (
        "own-dev39o-c-eu",
        "2026-03-18",
        (
            "[[BRUSSELS|GPE|Brussels]], March 18 - The [[EBRD|ORG|European Bank for Reconstruction and "
            "Development]] raised its forecast for eastern [[Europe|LOC]], and [[EFSA|ORG|European Food Safety "
            "Authority]] said a sweetener was safe. [[OLAF|ORG|European Anti-Fraud Office]] opened an inquiry into "
            "farm subsidies.\n"
        ),
    ),
    (
        "own-dev39o-c-gulf",
        "2026-12-02",
        (
            "[[RIYADH|GPE|Riyadh]], Dec 2 - [[GCC|ORG|Gulf Cooperation Council]] leaders met in [[Riyadh|GPE]] on "
            "Tuesday. [[OPEC|ORG]] is expected to keep output steady, and [[SAMA|ORG|Saudi Central Bank]] raised "
            "its repo rate.\n"
        ),
    ),
    (
        "own-dev39o-c-expanded",
        "2026-02-03",
        (
            "[[BUENOS AIRES|GPE|Buenos Aires]], Feb 3 - The [[National Meat Board|ORG]] ([[NMB|ORG|National Meat Board]]) said exports rose. The "
            "Central Bank of Argentina ([[BCRA|ORG|Central Bank of Argentina]]) held rates, and the "
            "[[BCRA|ORG|Central Bank of Argentina]] said reserves grew.\n"
        ),
    ),
    (
        "own-dev39o-c-india-ioc",
        "2026-10-20",
        (
            "[[NEW DELHI|GPE|New Delhi]], Oct 20 - [[IOC|ORG|Indian Oil Corporation]] cut diesel prices on "
            "Tuesday, and [[ONGC|ORG|Oil and Natural Gas Corporation]] reported higher output. The "
            "[[BJP|ORG|Bharatiya Janata Party]] welcomed the cut.\n"
        ),
    ),
    (
        "own-dev39o-c-cycling",
        "2026-07-09",
        (
            "[[PARIS|GPE|Paris]], July 9 - The [[UCI|ORG|Union Cycliste Internationale]] fined two teams on "
            "Wednesday, and [[FIA|ORG|Fédération Internationale de l'Automobile]] officials met race organisers. "
            "The VAT on tickets was raised.\n"
        ),
    ),
    (
        "own-dev39o-c-canada",
        "2026-04-23",
        (
            "[[OTTAWA|GPE|Ottawa]], April 23 - The [[BoC|ORG|Bank of Canada]] cut rates by a quarter point, and the "
            "[[RCMP|ORG|Royal Canadian Mounted Police]] arrested two men in [[Toronto|GPE]]. The "
            "[[CBC|ORG|Canadian Broadcasting Corporation]] reported the arrests first.\n"
        ),
    ),
    (
        "own-dev39o-c-east-africa",
        "2026-11-26",
        (
            "[[ARUSHA|GPE|Arusha]], Nov 26 - [[EAC|ORG|East African Community]] ministers agreed a common tariff, "
            "and the [[BOT|ORG|Bank of Tanzania]] said the shilling was stable. [[Tanzania|GPE]]'s exports "
            "rose 12 percent.\n"
        ),
    ),
]


def main() -> None:
    build_sets(
        HERE / "own-entities-dev39o.jsonl",
        HERE / "own-entities-dev39o-check.jsonl",
        CASES,
        CHECK,
        SOURCE,
    )


if __name__ == "__main__":
    main()
