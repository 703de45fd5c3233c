"""Write eval/own-entities-dev31b.jsonl and eval/own-entities-dev31b-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for a country's generic body named by its
English Wikipedia title with the country (issue 13, session 31, bodies18).

The families (ANNOTATION.md "Entities": `name` is the English Wikipedia title; a nationality
adjective is NORP, a country GPE, outside the body's span):
- a ministry or department with a generic title whose country the text gives by its dateline, a
  demonym or country before it ("the Indonesian Ministry of Finance"), "of the Republic of X"
  after it, the one country it names, an issuer or sign-off line; its acronym defined in
  brackets and its later short forms ("the Ministry", "MOF") take the same title;
- bodies that must stay as they are: titles that are unique or carry their country ("Reserve
  Bank of India", "Bank of Japan", "Home Office", "HM Treasury", "Ministry of Economy, Trade and
  Industry"), international bodies and firms, and texts where the country is unclear.
Written for briefx by hand (session 31, issue 13 names): real countries and bodies, invented
people and figures. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before
briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The
CHECK cases go to the check file: scored only once, at the end of a session. Run from the
project root: ``python eval/build_own_entities_dev31b.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev31b.jsonl"
OUT_CHECK = HERE / "own-entities-dev31b-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 31b, issue 13 national bodies' titles); wire copy "
    "and government releases; real countries and bodies, invented people and figures; MIT."
)

CASES = [
    (
        "own-ent31b-01",
        "2026-03-03",
        "[[JAKARTA|GPE|Jakarta]], March 3 - The [[Ministry of Finance|ORG|Ministry of Finance "
        "(Indonesia)]] will sell 20 trillion rupiah of bonds this month, an official said.\n",
    ),
    (
        "own-ent31b-02",
        "2026-03-04",
        "The [[Indonesian|NORP]] [[Ministry of Finance|ORG|Ministry of Finance (Indonesia)]] "
        "said on Tuesday it would widen the budget deficit to 2.8 percent of output.\n",
    ),
    (
        "own-ent31b-03",
        "2026-05-11",
        "The [[Ministry of Foreign Affairs of the Republic of Indonesia|ORG|Ministry of Foreign "
        "Affairs (Indonesia)]] condemned the attack on Monday and called for calm.\n",
    ),
    (
        "own-ent31b-04",
        "2026-02-17",
        "[[WELLINGTON|GPE|Wellington]] - The [[Ministry of Health|ORG|Ministry of Health (New "
        "Zealand)]] confirmed 40 new cases of measles on Tuesday. The [[Ministry|ORG|Ministry "
        "of Health (New Zealand)]] said most of them were children.\n",
    ),
    (
        "own-ent31b-05",
        "2026-06-08",
        "The [[Philippine|NORP]] [[Department of Health|ORG|Department of Health "
        "(Philippines)]] reported 3,000 dengue cases in [[Manila|GPE]] last week.\n",
    ),
    (
        "own-ent31b-06",
        "2026-09-01",
        "[[Ottawa|GPE]], Sept. 1 - The [[Department of Finance|ORG|Department of Finance "
        "(Canada)]] said the federal deficit narrowed in July. The [[Department|ORG|Department "
        "of Finance (Canada)]] will publish a fiscal update in November.\n",
    ),
    (
        "own-ent31b-07",
        "2026-04-20",
        "The [[Ministry of Health of the Republic of Rwanda|ORG|Ministry of Health (Rwanda)]] "
        "will vaccinate 2 million children against measles from May. The "
        "[[Ministry|ORG|Ministry of Health (Rwanda)]] has trained 900 nurses.\n",
    ),
    (
        "own-ent31b-08",
        "2026-01-14",
        "The [[Japanese|NORP]] [[Ministry of Foreign Affairs|ORG|Ministry of Foreign Affairs "
        "(Japan)]] protested after three ships entered its waters near [[Okinawa|GPE]].\n",
    ),
    (
        "own-ent31b-09",
        "2026-07-02",
        "[[MANILA|GPE|Manila]] - The [[Department of Energy|ORG|Department of Energy "
        "(Philippines)]] ordered oil firms to cut pump prices by 1.20 pesos a litre. "
        "[[DOE|ORG|Department of Energy (Philippines)]] said the cut reflects lower world "
        "prices.\n",
    ),
    (
        "own-ent31b-10",
        "2026-10-05",
        "Farmers in [[Ghana|GPE]] will get cheaper fertiliser from January, the [[Ministry of "
        "Food and Agriculture|ORG|Ministry of Food and Agriculture (Ghana)]] said on Monday.\n",
    ),
    (
        "own-ent31b-11",
        "2026-08-12",
        "[[SEOUL|GPE|Seoul]], Aug. 12 - The [[National Assembly|ORG|National Assembly (South "
        "Korea)]] passed the extra budget on Wednesday by 180 votes to 90.\n",
    ),
    (
        "own-ent31b-12",
        "2026-05-19",
        "[[Kenya|GPE]]'s [[Ministry of Health|ORG|Ministry of Health (Kenya)]] said cholera "
        "cases had fallen in [[Nairobi|GPE]] and [[Kisumu|GPE]] over the past month.\n",
    ),
    (
        "own-ent31b-13",
        "2026-11-03",
        "Media release\nFrom: [[Ministry of Defence|ORG|Ministry of Defence (Singapore)]], "
        "[[Singapore|GPE]]\n\nThe [[Ministry of Defence|ORG|Ministry of Defence (Singapore)]] "
        "will open three camps to 3,000 visitors next month.\n",
    ),
    (
        "own-ent31b-14",
        "2026-03-25",
        "The [[Ministry of Finance|ORG|Ministry of Finance (Malaysia)]] "
        "([[MOF|ORG|Ministry of Finance (Malaysia)]]) said revenue rose 4 percent in the first "
        "quarter.\n\n[[KUALA LUMPUR|GPE|Kuala Lumpur]] expects growth of 4.5 percent, "
        "[[MOF|ORG|Ministry of Finance (Malaysia)]] said.\n",
    ),
    # untouched
    (
        "own-ent31b-15",
        "2026-04-09",
        "The [[Reserve Bank of India|ORG]] raised its repo rate by a quarter point on "
        "Wednesday, and [[India|GPE]]'s [[Ministry of Finance|ORG|Ministry of Finance "
        "(India)]] said inflation would ease.\n",
    ),
    (
        "own-ent31b-16",
        "2026-02-10",
        "The [[Bank of Japan|ORG]] kept rates unchanged on Tuesday, while the [[Ministry of "
        "Economy, Trade and Industry|ORG]] said factory output fell 1.2 percent.\n",
    ),
    (
        "own-ent31b-17",
        "2026-06-30",
        "[[LONDON|GPE|London]] - [[HM Treasury|ORG]] and the [[Home Office|ORG]] said on "
        "Monday that visa fees would rise by 15 percent.\n",
    ),
    (
        "own-ent31b-18",
        "2026-09-15",
        "The [[Ministry of Health|ORG]] said on Tuesday that 12 people had died, as "
        "[[Egypt|GPE]] and [[Jordan|GPE]] both reported new cases.\n",
    ),
    (
        "own-ent31b-19",
        "2026-05-05",
        "The [[World Health Organization|ORG]] and the [[International Monetary Fund|ORG]] "
        "will send experts to [[Malawi|GPE]], the [[Ministry of Finance|ORG|Ministry of "
        "Finance (Malawi)]] said.\n",
    ),
    (
        "own-ent31b-20",
        "2026-10-21",
        "The [[Bundestag|ORG]] approved the budget on Friday. [[Germany|GPE]]'s debt will rise "
        "to 64 percent of output, the [[Bundesbank|ORG|Deutsche Bundesbank]] said.\n",
    ),
    (
        "own-ent31b-21",
        "2026-07-28",
        "[[BANGKOK|GPE|Bangkok]], July 28 - The [[Ministry of Public Health|ORG|Ministry of "
        "Public Health (Thailand)]] said dengue cases rose 30 percent this year. The "
        "[[Ministry|ORG|Ministry of Public Health (Thailand)]] urged people to clear standing "
        "water.\n",
    ),
    (
        "own-ent31b-22",
        "2026-12-01",
        "[[Vietnamese|NORP]] [[Ministry of Industry and Trade|ORG|Ministry of Industry and "
        "Trade (Vietnam)]] officials said power use rose 9 percent in November.\n",
    ),
    (
        "own-ent31b-23",
        "2026-01-26",
        "[[Turkey|GPE]]'s [[Ministry of Trade|ORG|Ministry of Trade (Turkey)]] and "
        "[[Greece|GPE]]'s [[Ministry of Development|ORG|Ministry of Development (Greece)]] "
        "signed an agreement in [[Athens|GPE]] on Monday.\n",
    ),
    (
        "own-ent31b-24",
        "2026-08-03",
        "The [[Ministry of Foreign Affairs of the Republic of Korea|ORG|Ministry of Foreign "
        "Affairs (South Korea)]] summoned the ambassador on Monday. The [[Ministry|ORG|Ministry "
        "of Foreign Affairs (South Korea)]] said the visit was cancelled.\n",
    ),
]

CHECK = [
    (
        "own-ent31b-c1",
        "2026-03-12",
        "[[NAIROBI|GPE|Nairobi]], March 12 - The [[Ministry of Education|ORG|Ministry of "
        "Education (Kenya)]] will reopen 200 schools on Monday after the floods.\n",
    ),
    (
        "own-ent31b-c2",
        "2026-04-02",
        "The [[Nigerian|NORP]] [[Ministry of Health|ORG|Ministry of Health (Nigeria)]] said 50 "
        "people had died of Lassa fever this year.\n",
    ),
    (
        "own-ent31b-c3",
        "2026-05-27",
        "The [[Ministry of National Defense of the Republic of China|ORG|Ministry of National "
        "Defense (Taiwan)]] said 20 aircraft crossed the median line on Tuesday.\n",
    ),
    (
        "own-ent31b-c4",
        "2026-06-16",
        "[[CANBERRA|GPE|Canberra]] - The [[Department of Defence|ORG|Department of Defence "
        "(Australia)]] will buy 12 patrol boats. The [[Department|ORG|Department of Defence "
        "(Australia)]] said the first would arrive in 2028.\n",
    ),
    (
        "own-ent31b-c5",
        "2026-09-09",
        "The [[Ministry of Agriculture|ORG|Ministry of Agriculture (Zambia)]] said maize "
        "output in [[Zambia|GPE]] would rise 10 percent this season.\n",
    ),
    (
        "own-ent31b-c6",
        "2026-10-14",
        "The [[Brazilian|NORP]] [[Ministry of Finance|ORG|Ministry of Finance (Brazil)]] "
        "raised its growth forecast to 2.4 percent on Wednesday.\n",
    ),
    (
        "own-ent31b-c7",
        "2026-11-18",
        "[[ACCRA|GPE|Accra]] - The [[Ministry of Finance|ORG|Ministry of Finance (Ghana)]] "
        "([[MoF|ORG|Ministry of Finance (Ghana)]]) will issue a new bond next week, "
        "[[MoF|ORG|Ministry of Finance (Ghana)]] spokesperson [[Ama Owusu|PERSON]] said.\n",
    ),
    # untouched
    (
        "own-ent31b-c8",
        "2026-02-24",
        "The [[Federal Reserve|ORG]] held rates steady, while the [[Bank of England|ORG]] cut "
        "its key rate to 3.5 percent.\n",
    ),
    (
        "own-ent31b-c9",
        "2026-07-07",
        "[[Toyota|ORG|Toyota]] and the [[Japan Automobile Manufacturers Association|ORG]] "
        "said car exports fell 4 percent in June.\n",
    ),
    (
        "own-ent31b-c10",
        "2026-08-19",
        "The [[Ministry of Finance|ORG]] of each member will report to the [[European "
        "Commission|ORG]] by March, officials in [[Brussels|GPE]] said.\n",
    ),
    (
        "own-ent31b-c11",
        "2026-03-31",
        "[[India|GPE]]'s [[Ministry of External Affairs|ORG|Ministry of External Affairs "
        "(India)]] and [[Pakistan|GPE]]'s [[Ministry of Foreign Affairs|ORG|Ministry of "
        "Foreign Affairs (Pakistan)]] issued statements on Monday.\n",
    ),
    (
        "own-ent31b-c12",
        "2026-12-02",
        "[[OSLO|GPE|Oslo]] - The [[Ministry of Climate and Environment|ORG|Ministry of Climate "
        "and Environment (Norway)]] will cut emissions from oil platforms by half by 2030.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
