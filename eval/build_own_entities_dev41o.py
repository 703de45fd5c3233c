"""Write eval/own-entities-dev41o.jsonl and its check file (FORMAT.md): organisations whose
English Wikipedia title differs from the form the document writes.

Session 41 (orgtitle41, issue 13 entity names). The families:

- a longer written form where the title is shorter: a legal form or a group word after the
  title ("Toyota Motor Corp", "BHP Group Limited", "HSBC Holdings plc", "Saudi Arabian Oil
  Company"), a "UN"/"United Nations" prefix on an agency whose title has none ("UN World Food
  Programme", "United Nations Children's Fund"), "United States X" where the title is "U.S. X"
  ("United States Steel Corporation");
- a short form where the title is longer ("Shell" -> "Shell plc", "Chevron" -> "Chevron
  Corporation", "Aramco" -> "Saudi Aramco", "Thales" -> "Thales Group");
- letters the document never spells out (airlines, statistics offices, regional bodies,
  parties);
- a short name another, longer name of the same document does not stand for (a parent firm
  named beside its subsidiaries: "Siemens" beside "Siemens Energy", "Toyota" beside "Toyota
  Industries").

Must stay: a written form that is itself the title ("Tata Group", "Chevron Corporation",
"Hyundai Motor Company", "Siemens Mobility", "UK Export Finance", "UN Women", "United Nations
Security Council"), a firm no table knows with its group word ("Red Ridge Minerals Group").

Short wire stories (2024-2025 releases and news, and 1996 Reuters-style copy) written for
briefx by hand and annotated by ANNOTATION.md ("Entities") before briefx was run on them; the
bodies and people are real, the events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_entities_dev41o.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = "written for briefx by hand (orgtitle41 helper, session 41); CC0"

CASES: list[Case] = [
    (
        "own-dev41o-toyota-1996",
        "1996-08-22",
        (
            "[[TOKYO|GPE|Tokyo]] 1996-08-22\n\n"
            "[[Toyota Motor Corp|ORG|Toyota]] said on Thursday its domestic sales rose 4.2 percent in July, "
            "while rival [[Nissan Motor Co Ltd|ORG|Nissan]] reported a 1.8 percent fall. [[Toyota|ORG]] said "
            "exports to the [[United States|GPE]] were steady. Shares of [[Honda Motor Co Ltd|ORG|Honda]] ended "
            "20 yen higher on the [[Tokyo Stock Exchange|ORG]].\n"
        ),
    ),
    (
        "own-dev41o-westpac-1996",
        "1996-11-05",
        (
            "[[SYDNEY|GPE|Sydney]] 1996-11-05\n\n"
            "[[Westpac Banking Corp|ORG|Westpac]] posted a record annual profit of A$1.13 billion on Tuesday, "
            "beating forecasts, and [[National Australia Bank Ltd|ORG|National Australia Bank]] said it would "
            "report on Thursday. [[Qantas Airways Ltd|ORG|Qantas]] shares rose three cents. A [[Westpac|ORG]] "
            "spokesman said the bank would not comment on talks with the [[Reserve Bank of Australia|ORG]].\n"
        ),
    ),
    (
        "own-dev41o-pdvsa-1996",
        "1996-06-14",
        (
            "[[CARACAS|GPE|Caracas]] 1996-06-14\n\n"
            "[[Petroleos de Venezuela SA|ORG|PDVSA]] said on Friday it would raise crude output by 150,000 "
            "barrels per day by the end of the year. The state oil company, known as [[PDVSA|ORG]], is in talks "
            "with [[Petroleos Mexicanos|ORG|Pemex]] and [[YPF Sociedad Anonima|ORG|YPF]] on joint projects, "
            "[[PDVSA|ORG]] president [[Luis Giusti|PERSON]] told reporters.\n"
        ),
    ),
    (
        "own-dev41o-bhp-1996",
        "1996-10-30",
        (
            "[[MELBOURNE|GPE|Melbourne]] 1996-10-30\n\n"
            "[[Broken Hill Proprietary Co Ltd|ORG|BHP]] said on Wednesday its first-quarter net profit fell 21 "
            "percent to A$313 million. [[BHP|ORG]] said lower copper prices hurt its minerals arm. Shares in "
            "[[Western Mining Corp Holdings Ltd|ORG|Western Mining Corporation]] also fell.\n"
        ),
    ),
    (
        "own-dev41o-un-agencies",
        "2025-03-12",
        (
            "[[GENEVA|GPE|Geneva]], March 12 - The [[UN World Food Programme|ORG|World Food Programme]] said on "
            "Wednesday it would cut rations for 1.2 million refugees in [[Chad|GPE]] and [[Uganda|GPE]] from "
            "April because of a funding gap. The [[United Nations Children's Fund|ORG|UNICEF]] warned that "
            "malnutrition among children under five was rising, and the [[UN Food and Agriculture "
            "Organization|ORG|Food and Agriculture Organization]] said cereal harvests in the [[Sahel|LOC]] had "
            "fallen. The [[UN Security Council|ORG|United Nations Security Council]] is due to discuss the crisis "
            "next week.\n"
        ),
    ),
    (
        "own-dev41o-wfp-sudan",
        "2025-06-03",
        (
            "[[PORT SUDAN|GPE|Port Sudan]], [[Sudan|GPE]], June 3, 2025 - The [[United Nations World Food "
            "Programme|ORG|World Food Programme]] ([[WFP|ORG|World Food Programme]]) said on Tuesday that "
            "convoys carrying food for 400,000 people had reached [[North Darfur|GPE]]. [[WFP|ORG|World Food "
            "Programme]] said fighting between the [[Sudanese Armed Forces|ORG]] and the [[Rapid Support "
            "Forces|ORG]] had delayed deliveries for weeks. The [[International Organization for Migration|ORG]] "
            "([[IOM|ORG|International Organization for Migration]]) estimated that 11 million people were "
            "displaced, and the [[World Health Organization|ORG]] reported 1,200 cholera cases.\n"
        ),
    ),
    (
        "own-dev41o-us-steel",
        "2025-06-18",
        (
            "[[PITTSBURGH|GPE|Pittsburgh]], June 18, 2025 - [[Nippon Steel Corporation|ORG|Nippon Steel]] "
            "completed its $14.9 billion purchase of [[United States Steel Corporation|ORG|U.S. Steel]] on "
            "Wednesday after President [[Donald Trump|PERSON]] approved the deal. [[U.S. Steel|ORG]] will keep "
            "its headquarters in [[Pittsburgh|GPE]], and [[Nippon Steel|ORG]] said it would invest $11 billion in "
            "[[U.S. Steel|ORG]] plants by 2028. [[Cleveland-Cliffs|ORG]], which had made a rival bid, declined to "
            "comment.\n"
        ),
    ),
    (
        "own-dev41o-us-prefix-firms",
        "2025-01-16",
        (
            "[[MINNEAPOLIS|GPE|Minneapolis]], Jan. 16, 2025 - [[US Bancorp|ORG|U.S. Bancorp]] reported "
            "fourth-quarter profit of $1.7 billion on Thursday, and chief executive [[Gunjan Kedia|PERSON]] said "
            "loan demand had picked up. [[Wells Fargo & Company|ORG|Wells Fargo]] reported a 47 percent rise in "
            "profit. Shares of [[US Foods|ORG]] rose 2 percent after the food distributor raised its outlook.\n"
        ),
    ),
    (
        "own-dev41o-uk-prefix",
        "2025-02-04",
        (
            "[[LONDON|GPE|London]], 4 February 2025 - [[UK Export Finance|ORG]] said on Tuesday it had agreed a "
            "£1.2 billion guarantee for a high-speed rail line in [[Egypt|GPE]] built by [[Siemens Mobility|ORG]]. "
            "The [[UK Health Security Agency|ORG]] and [[UK Research and Innovation|ORG]] separately announced "
            "£40 million for vaccine research.\n"
        ),
    ),
    (
        "own-dev41o-sas-klm",
        "2025-10-02",
        (
            "[[STOCKHOLM|GPE|Stockholm]], Oct 2, 2025 - [[SAS|ORG|Scandinavian Airlines]] said on Thursday it "
            "would add 12 routes from [[Copenhagen|GPE]] next summer after joining the [[SkyTeam|ORG]] alliance, "
            "where [[KLM Royal Dutch Airlines|ORG|KLM]] is its largest partner. [[Finnair|ORG]] and "
            "[[Norwegian|ORG|Norwegian Air Shuttle]] also expanded their winter schedules, and [[LOT|ORG|LOT "
            "Polish Airlines]] said it would order 40 regional jets.\n"
        ),
    ),
    (
        "own-dev41o-asia-airlines",
        "2025-08-07",
        (
            "[[SINGAPORE|GPE|Singapore]], Aug 7, 2025 - [[SIA|ORG|Singapore Airlines]] reported a 59 percent drop "
            "in first-quarter profit on Thursday, citing fierce competition, while [[Cathay Pacific "
            "Airways|ORG|Cathay Pacific]] said passenger numbers rose 28 percent. [[Malaysia Airlines "
            "Berhad|ORG|Malaysia Airlines]] and [[Garuda|ORG|Garuda Indonesia]] said they would share codes on "
            "routes between [[Jakarta|GPE]] and [[Kuala Lumpur|GPE]]. [[Japan Airlines Co.|ORG|Japan Airlines]] "
            "and [[ANA|ORG|All Nippon Airways]] also reported higher revenue.\n"
        ),
    ),
    (
        "own-dev41o-oil-majors",
        "2025-01-30",
        (
            "[[LONDON|GPE|London]], Jan 30, 2025 - [[Shell|ORG|Shell plc]] reported annual profit of $23.7 "
            "billion on Thursday, down 16 percent, and said it would buy back $3.5 billion of shares. [[BP "
            "p.l.c.|ORG|BP]] and [[TotalEnergies SE|ORG|TotalEnergies]] report next week, while [[Exxon Mobil "
            "Corporation|ORG|ExxonMobil]] and [[Chevron|ORG|Chevron Corporation]] said last week that refining "
            "margins had weakened. [[Equinor ASA|ORG|Equinor]] raised its dividend.\n"
        ),
    ),
    (
        "own-dev41o-aramco",
        "2025-05-11",
        (
            "[[RIYADH|GPE|Riyadh]], May 11, 2025 - [[Saudi Arabian Oil Company|ORG|Saudi Aramco]] reported a 4.6 "
            "percent fall in first-quarter net income on Sunday as crude prices slipped. [[Aramco|ORG|Saudi "
            "Aramco]] said it would keep its base dividend, and chief executive [[Amin Nasser|PERSON]] said "
            "demand from [[China|GPE]] remained strong. The [[Public Investment Fund|ORG]] holds a 16 percent "
            "stake in [[Aramco|ORG|Saudi Aramco]].\n"
        ),
    ),
    (
        "own-dev41o-mining-groups",
        "2025-08-19",
        (
            "[[MELBOURNE|GPE|Melbourne]], Aug 19, 2025 - [[BHP Group Limited|ORG|BHP]] reported its lowest annual "
            "profit in five years on Tuesday as iron ore prices fell, and rival [[Rio Tinto Group|ORG|Rio Tinto]] "
            "said it would cut costs at its [[Pilbara|LOC]] mines. [[Vale|ORG|Vale S.A.]] said iron ore output "
            "rose 4 percent in the second quarter, while [[Anglo American|ORG|Anglo American plc]] and [[Glencore "
            "plc|ORG|Glencore]] extended talks on their copper assets. [[Red Ridge Minerals Group|ORG]], a "
            "[[Perth|GPE]] explorer, said it had found new lithium deposits.\n"
        ),
    ),
    (
        "own-dev41o-china-tech",
        "2025-11-14",
        (
            "[[HONG KONG|GPE|Hong Kong]], Nov 14, 2025 - [[Alibaba Group Holding Limited|ORG|Alibaba Group]] said "
            "quarterly revenue rose 5 percent on Friday, helped by its cloud unit, while [[Tencent "
            "Holdings|ORG|Tencent]] reported a 15 percent rise in profit. [[Alibaba|ORG|Alibaba Group]] said it "
            "would spend 380 billion yuan on artificial intelligence over three years. [[JD.com|ORG]] and "
            "[[Meituan|ORG]] are due to report next week.\n"
        ),
    ),
    (
        "own-dev41o-defence-europe",
        "2025-06-16",
        (
            "[[PARIS|GPE|Paris]], June 16, 2025 - [[Thales|ORG|Thales Group]] said on Monday it had won a 2 "
            "billion euro contract to supply air defence radars to [[Poland|GPE]], and [[Airbus SE|ORG|Airbus]] "
            "and [[Safran S.A.|ORG|Safran]] announced a joint venture for military engines. [[Leonardo|ORG|Leonardo "
            "S.p.A.]] and [[Rheinmetall AG|ORG|Rheinmetall]] said their first tanks would be delivered to the "
            "[[Italian Army|ORG]] in 2027. [[BAE Systems plc|ORG|BAE Systems]] declined to comment.\n"
        ),
    ),
    (
        "own-dev41o-india-groups",
        "2025-07-21",
        (
            "[[MUMBAI|GPE|Mumbai]], July 21, 2025 - [[Reliance Industries Limited|ORG|Reliance Industries]] "
            "reported a 78 percent jump in quarterly profit on Friday, and [[Tata Group|ORG]] chairman [[N. "
            "Chandrasekaran|PERSON|Natarajan Chandrasekaran]] said [[Tata Motors|ORG]] would split into two "
            "listed companies. [[Infosys Limited|ORG|Infosys]] raised its revenue forecast, while [[Adani "
            "Group|ORG]] said it would invest $15 billion in ports. [[Reliance|ORG|Reliance Industries]] said its "
            "retail arm grew 11 percent.\n"
        ),
    ),
    (
        "own-dev41o-euro-stats",
        "2025-10-30",
        (
            "[[FRANKFURT|GPE|Frankfurt]], Oct 30, 2025 - Inflation in the euro zone eased to 2.1 percent in "
            "October, [[Eurostat|ORG]] said on Thursday. [[Destatis|ORG|Federal Statistical Office of Germany]] "
            "reported [[German|NORP]] prices up 2.3 percent, [[INSEE|ORG|Institut national de la statistique et "
            "des études économiques]] put [[French|NORP]] inflation at 0.9 percent, and [[INE|ORG|National "
            "Statistics Institute (Spain)]] said [[Spanish|NORP]] prices rose 3.1 percent. The [[ECB|ORG|European "
            "Central Bank]] meets again in December.\n"
        ),
    ),
    (
        "own-dev41o-latam-stats",
        "2025-11-07",
        (
            "[[MEXICO CITY|GPE|Mexico City]], Nov 7, 2025 - [[Mexico|GPE]]'s annual inflation rose to 3.6 percent "
            "in October, [[INEGI|ORG|National Institute of Statistics and Geography (Mexico)]] said on Friday, "
            "and [[Banxico|ORG|Bank of Mexico]] kept its key rate at 7.5 percent. In [[Buenos Aires|GPE]], "
            "[[INDEC|ORG|National Institute of Statistics and Census of Argentina]] reported that monthly "
            "inflation slowed to 2.1 percent, and [[Brazil|GPE]]'s [[IBGE|ORG|Brazilian Institute of Geography "
            "and Statistics]] said industrial output fell.\n"
        ),
    ),
    (
        "own-dev41o-african-bodies",
        "2025-02-16",
        (
            "[[ADDIS ABABA|GPE|Addis Ababa]], Feb 16, 2025 - [[African Union|ORG]] leaders elected a new "
            "commission chairman on Saturday, and [[SADC|ORG|Southern African Development Community]] and the "
            "[[EAC|ORG|East African Community]] agreed to send a joint team to eastern [[Congo|GPE|Democratic "
            "Republic of the Congo]]. [[IGAD|ORG|Intergovernmental Authority on Development]] called for a "
            "ceasefire in [[Sudan|GPE]], while [[Afreximbank|ORG|African Export–Import Bank]] pledged $1 billion "
            "for trade finance.\n"
        ),
    ),
    (
        "own-dev41o-sa-parties",
        "2025-05-30",
        (
            "[[JOHANNESBURG|GPE|Johannesburg]], May 30, 2025 - Leaders of the [[ANC|ORG|African National "
            "Congress]] and the [[DA|ORG|Democratic Alliance (South Africa)]] agreed on Friday to keep their "
            "coalition together after a row over the budget, while [[EFF|ORG|Economic Freedom Fighters]] leader "
            "[[Julius Malema|PERSON]] called for early elections. Power utility [[Eskom Holdings SOC "
            "Ltd|ORG|Eskom]] said it expected no load-shedding this winter, and [[Transnet SOC Ltd|ORG|Transnet]] "
            "reported a rise in rail volumes.\n"
        ),
    ),
    (
        "own-dev41o-siemens-parent",
        "2025-11-13",
        (
            "[[MUNICH|GPE|Munich]], Nov 13, 2025 - [[Siemens Energy|ORG]] raised its mid-term targets on "
            "Thursday as orders for gas turbines hit a record, and its former parent [[Siemens|ORG]] said it "
            "would sell its remaining 17 percent stake over time. [[Siemens|ORG]] will report its own results "
            "next week. [[Siemens Healthineers|ORG]] said demand in [[China|GPE]] had weakened.\n"
        ),
    ),
    (
        "own-dev41o-toyota-parent",
        "2025-02-12",
        (
            "[[TOKYO|GPE|Tokyo]], Feb 12, 2025 - [[Toyota Industries Corporation|ORG|Toyota Industries]] said on "
            "Wednesday its board backed a $33 billion buyout led by [[Toyota Motor Corporation|ORG|Toyota]], and "
            "[[Toyota|ORG]] said it would hold 24.7 percent of the new parent. [[Toyota Tsusho|ORG]] will keep "
            "its stake. [[Toyota Industries|ORG]] shares fell 3 percent.\n"
        ),
    ),
    (
        "own-dev41o-europe-banks",
        "2025-02-04",
        (
            "[[ZURICH|GPE|Zurich]], Feb 4, 2025 - [[UBS Group AG|ORG|UBS]] beat profit forecasts on Tuesday and "
            "announced a $3 billion buyback, while [[Deutsche Bank AG|ORG|Deutsche Bank]] said it would cut 2,000 "
            "jobs. [[HSBC Holdings plc|ORG|HSBC]] and [[Barclays PLC|ORG|Barclays]] report later this month. "
            "[[Banco Santander|ORG]] said its profit rose 14 percent, and [[ING|ORG|ING Group]] said it would "
            "return 2 billion euros to shareholders.\n"
        ),
    ),
    (
        "own-dev41o-korea-firms",
        "2025-10-31",
        (
            "[[SEOUL|GPE|Seoul]], Oct 31, 2025 - [[Samsung Electronics Co., Ltd.|ORG|Samsung Electronics]] said "
            "third-quarter operating profit more than doubled, and [[SK Hynix Inc.|ORG|SK Hynix]] reported "
            "record sales of memory chips. [[Hyundai Motor Company|ORG]] said [[U.S.|GPE|United States]] tariffs "
            "cut its profit by 1.8 trillion won, and its affiliate [[Kia Corporation|ORG|Kia]] gave a similar "
            "figure.\n"
        ),
    ),
]

CHECK: list[Case] = [
    (
        "own-dev41o-check-korea-1996",
        "1996-09-10",
        (
            "[[SEOUL|GPE|Seoul]] 1996-09-10\n\n"
            "[[Pohang Iron and Steel Co Ltd|ORG|POSCO]] said on Tuesday it would raise steel prices by 3 "
            "percent from October. [[Korea Electric Power Corp|ORG|Korea Electric Power Corporation]] said power "
            "demand rose 11 percent in August, and [[Daewoo Corp|ORG|Daewoo]] won a $400 million plant order "
            "in [[Poland|GPE]]. [[Hyundai Motor Co|ORG|Hyundai Motor Company]] shares rose 2.1 percent.\n"
        ),
    ),
    (
        "own-dev41o-check-ciba-1996",
        "1996-03-07",
        (
            "[[ZURICH|GPE|Zurich]] 1996-03-07\n\n"
            "[[Ciba-Geigy AG|ORG|Ciba-Geigy]] and [[Sandoz AG|ORG|Sandoz]] said on Thursday they would merge to "
            "form [[Novartis|ORG]], the world's second-largest drug company. Shares of [[Nestle SA|ORG|Nestlé]] "
            "and [[Union Bank of Switzerland|ORG]] rose on the news. [[Sandoz|ORG]] chairman [[Marc "
            "Moret|PERSON]] will lead the new group.\n"
        ),
    ),
    (
        "own-dev41o-check-un-women",
        "2025-09-24",
        (
            "[[NEW YORK|GPE|New York City]], Sept 24, 2025 - [[UN Women|ORG]] and the [[UN Population "
            "Fund|ORG|United Nations Population Fund]] said on Wednesday that 600 million women lived near "
            "conflict zones. The [[UN International Labour Organization|ORG|International Labour Organization]] "
            "said job losses had hit women hardest, and the [[UN Development Programme|ORG|United Nations "
            "Development Programme]] called for more funding.\n"
        ),
    ),
    (
        "own-dev41o-check-gulf-airlines",
        "2025-11-18",
        (
            "[[DUBAI|GPE|Dubai]], Nov 18, 2025 - [[Emirates|ORG|Emirates (airline)]] said on Tuesday it would "
            "order 65 more wide-body jets from [[Boeing|ORG]], while [[Qatar Airways Company Q.C.S.C.|ORG|Qatar "
            "Airways]] reported record passenger numbers. [[PIA|ORG|Pakistan International Airlines]] said it "
            "would resume flights to [[Europe|LOC]], and [[El Al Israel Airlines Ltd|ORG|El Al]] added routes to "
            "[[Dubai|GPE]].\n"
        ),
    ),
    (
        "own-dev41o-check-americas-oil",
        "2025-08-01",
        (
            "[[HOUSTON|GPE|Houston]], Aug 1, 2025 - [[Exxon|ORG|ExxonMobil]] and [[Chevron Corporation|ORG]] "
            "both reported lower second-quarter profit on Friday. [[Petroleo Brasileiro SA|ORG|Petrobras]] said "
            "output from its offshore fields hit a record, and [[Ecopetrol S.A.|ORG|Ecopetrol]] cut its "
            "investment plan. [[ConocoPhillips|ORG]] said it would sell assets in [[Oklahoma|GPE]].\n"
        ),
    ),
    (
        "own-dev41o-check-uk-ons",
        "2025-12-17",
        (
            "[[LONDON|GPE|London]], Dec 17, 2025 - [[British|NORP]] inflation fell to 3.2 percent in November, "
            "the [[ONS|ORG|Office for National Statistics]] said on Wednesday, raising bets that the [[BoE|ORG|Bank "
            "of England]] will cut rates this week. The [[IFS|ORG|Institute for Fiscal Studies]] said household "
            "incomes were still below their 2019 level.\n"
        ),
    ),
    (
        "own-dev41o-check-japan-groups",
        "2025-05-13",
        (
            "[[TOKYO|GPE|Tokyo]], May 13, 2025 - [[SoftBank Group Corp.|ORG|SoftBank Group]] swung to a quarterly "
            "profit on Tuesday, and [[Mitsubishi UFJ Financial Group|ORG]] forecast record earnings. [[Sony Group "
            "Corporation|ORG|Sony]] said it would spin off its financial arm, while [[Hitachi, Ltd.|ORG|Hitachi]] "
            "raised its dividend.\n"
        ),
    ),
    (
        "own-dev41o-check-nigeria-firms",
        "2025-04-29",
        (
            "[[LAGOS|GPE|Lagos]], April 29, 2025 - [[Nigerian National Petroleum Company Limited|ORG|NNPC "
            "Limited]] said crude output rose to 1.7 million barrels a day in March. [[Dangote Cement Plc|ORG|Dangote "
            "Cement]] reported a 92 percent rise in first-quarter profit, and [[Seplat Energy Plc|ORG|Seplat "
            "Energy]] completed its purchase of onshore assets. [[MTN Group Limited|ORG|MTN Group]] said its "
            "[[Nigerian|NORP]] unit had returned to profit.\n"
        ),
    ),
    (
        "own-dev41o-check-vw-parent",
        "2025-10-30",
        (
            "[[WOLFSBURG|GPE|Wolfsburg]], Oct 30, 2025 - [[Volkswagen Group|ORG]] posted a third-quarter "
            "operating loss on Thursday, hit by [[U.S.|GPE|United States]] tariffs and charges at [[Porsche AG|ORG|Porsche]]. [[Audi "
            "AG|ORG|Audi]] cut its margin forecast, and [[Traton|ORG]] said truck orders in [[Europe|LOC]] had "
            "slowed.\n"
        ),
    ),
    (
        "own-dev41o-check-us-tech",
        "2025-10-31",
        (
            "[[SAN FRANCISCO|GPE|San Francisco]], Oct 31, 2025 - [[Apple|ORG|Apple Inc.]] and [[Amazon|ORG|Amazon "
            "(company)]] beat quarterly forecasts on Thursday, a day after [[Alphabet|ORG|Alphabet Inc.]] and "
            "[[Microsoft Corporation|ORG|Microsoft]] said spending on data centres would keep rising. [[Meta|ORG|Meta "
            "Platforms]] shares fell 11 percent, while [[Nvidia Corporation|ORG|Nvidia]] hit a record market value.\n"
        ),
    ),
]


if __name__ == "__main__":
    build_sets(
        HERE / "own-entities-dev41o.jsonl",
        HERE / "own-entities-dev41o-check.jsonl",
        CASES,
        CHECK,
        SOURCE,
    )
