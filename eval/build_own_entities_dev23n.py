"""Write eval/own-entities-dev23n.jsonl and eval/own-entities-dev23n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for NAMES THAT ARE A PART OF THE TITLE
(issue 13, session 22), in ordinary 2024-2025 news prose.

The families, each where the name the text writes is a part of the English Wikipedia title:
- U.S. towns and cities titled "City, State", named with the state nearby (a dateline
  "SPRINGFIELD, Ill.", "Savannah" in a Georgia text) and then alone; two
  towns of one name in two states ("Springfield" of Illinois and of Missouri); AP dateline
  cities that stay bare ("Boston", "Atlanta");
- capitals titled "X City" because X is also the country or state: a dateline "KUWAIT"
  (Reuters style), "New York" the city ("New York Mayor", "New York's subway");
- states and provinces that share a name ("Mexico" the state -> "State of Mexico", "Georgia"
  the U.S. state, "Punjab" of India and of Pakistan), Japanese prefectures named bare
  ("Ishikawa" -> "Ishikawa Prefecture");
- national bodies named without their country ("the Supreme Court" in a UK story,
  "Parliament" in an Australian one, "the Ministry of Health" in a Kenyan one, "the National
  Assembly" in a Vietnamese one), the country from the dateline or the text's own country;
- firms and agencies whose full name or legal form is written once and whose short form or
  acronym comes before or after it ("Norcrest" ... "Norcrest Pharmaceuticals Inc." ... "NPI").
Cases that must stay: a country named beside its capital ("Kuwait" the country), the U.S.
state "New York" beside the city, a town whose state the text never gives.
Written for briefx by hand (session 22, names7); real places, institutions and public figures
of 2024-2025, invented firms, rulings, figures, quotations and minor people. Annotated by
``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` before briefx was run on any
of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``; an institution takes its English
Wikipedia title (a national body with a generic title its country, "Supreme Court of the United
Kingdom", "Ministry of Health (Kenya)"), an invented body the full name the text gives without
its legal form (dev set 13o), a U.S. town "Town, State" as English Wikipedia titles it.
``entity_marks`` turns the marks into offsets and checks every span. The CHECK cases go to the
check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev23n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev23n.jsonl"
OUT_CHECK = HERE / "own-entities-dev23n-check.jsonl"

SOURCE = (
    "Written for briefx (entities dev set 23n, issue 13 names that are a part of the title): U.S. "
    "towns as 'City, State', capitals titled 'X City', states and prefectures that share a name, "
    "national bodies named without their country, firms' legal forms and late acronyms; real "
    "places, institutions and public figures, invented firms, figures, quotations and minor "
    "people; MIT."
)

SPI = "Springfield, Illinois"
SPM = "Springfield, Missouri"
UKSC = "Supreme Court of the United Kingdom"
FCA = "Financial Conduct Authority"
HMF = "Harwick Motor Finance"
MOHK = "Ministry of Health (Kenya)"
SHA = "Social Health Authority"
MOFV = "Ministry of Finance (Vietnam)"
NAV = "National Assembly (Vietnam)"
SBV = "State Bank of Vietnam"
LML = "Lotus Mekong Logistics"
NPI = "Norcrest Pharmaceuticals"
FTC = "Federal Trade Commission"
JMA = "Japan Meteorological Agency"
GPA = "Georgia Ports Authority"
GA = "Georgia (U.S. state)"
PBI = "Punjab, India"
SCI = "Supreme Court of India"
NYC = "New York City"
MTA = "Metropolitan Transportation Authority"
PAU = "Parliament of Australia"

CASES = [
    (
        "own-ent23n-01",
        "2025-01-14",
        "[[SPRINGFIELD|GPE|" + SPI + "]], [[Ill.|GPE|Illinois]], Jan 14 - A water main break "
        "left about 40,000 homes in [[Springfield|GPE|" + SPI + "]] without running water on "
        "Tuesday, the city-owned utility said. Mayor [[Misty Buscher|PERSON]] declared a local "
        "emergency and asked the [[Illinois Emergency Management Agency|ORG]] for bottled water. "
        "Schools in [[Chatham|GPE|Chatham, Illinois]] and [[Rochester|GPE|Rochester, Illinois]], "
        "two villages near the city, also closed. The break came a week after a similar failure "
        "in [[Springfield|GPE|" + SPM + "]], [[Missouri|GPE]], where crews replaced 300 feet of "
        "pipe. [[Buscher|PERSON|Misty Buscher]] said the [[Illinois|GPE]] capital's pipes were "
        "laid in the 1920s and that [[Springfield|GPE|" + SPI + "]] would seek $25 million from "
        "the [[Environmental Protection Agency|ORG|United States Environmental Protection "
        "Agency]]. Residents of [[Sangamon County|GPE|Sangamon County, Illinois]] were told to "
        "boil water until Friday. In [[Decatur|GPE|Decatur, Illinois]], 40 miles east, the "
        "county health department opened two shelters. [[Springfield|GPE|" + SPI + "]] last had "
        "a break of this size in 2019, when [[Buscher|PERSON|Misty Buscher]]'s predecessor "
        "[[Jim Langfelder|PERSON]] ordered a review of the city's mains.\n",
    ),
    (
        "own-ent23n-02",
        "2025-02-10",
        "[[KUWAIT|GPE|Kuwait City]], Feb 10 - [[Kuwait|GPE]] will build its first metro line "
        "in its capital, the [[Ministry of Public Works|ORG|Ministry of Public Works (Kuwait)]] "
        "said on Monday. The 50-km line will link the airport with the centre of [[Kuwait "
        "City|GPE]], where 2 million cars a day crowd the roads. A consortium led by "
        "[[Hyundai Engineering & Construction|ORG]] and the [[Kuwaiti|NORP]] builder "
        "[[Al Dhow Contracting Co.|ORG|Al Dhow Contracting]] will build it. [[Al Dhow|ORG|Al Dhow "
        "Contracting]] said work would start in October. The project is part of a $15 billion "
        "plan that the [[Gulf Cooperation Council|ORG]] backs; the [[GCC|ORG|Gulf Cooperation "
        "Council]] also funds a rail link from [[Kuwait|GPE]] to [[Riyadh|GPE]] in [[Saudi "
        "Arabia|GPE]]. [[Qatar|GPE]] opened a metro in [[Doha|GPE]] in 2019 and "
        "[[Dubai|GPE]] in 2009. Traffic police in [[Kuwait City|GPE]] said 900 officers would "
        "direct cars around the works.\n",
    ),
    (
        "own-ent23n-03",
        "2025-05-06",
        "[[MEXICO CITY|GPE|Mexico City]], May 6 - Water cuts will extend to nine boroughs of "
        "[[Mexico City|GPE]] and 13 towns in the neighbouring state of [[Mexico|GPE|State of "
        "Mexico]] from next week, officials said on Tuesday, as reservoirs of the [[Cutzamala "
        "System|FAC]] fell to 38% of capacity. [[Mexico City|GPE]]'s mayor, [[Clara "
        "Brugada|PERSON]], said tankers would serve [[Iztapalapa|GPE]], the capital's most "
        "populous borough. The governor of the [[State of Mexico|GPE]], [[Delfina Gómez|PERSON]], "
        "said [[Toluca|GPE]] and [[Naucalpan|GPE]] would get water on alternate days. "
        "[[Mexico|GPE]]'s president, [[Claudia Sheinbaum|PERSON]], said a new aqueduct would be "
        "ready in 2026. [[Brugada|PERSON|Clara Brugada]] asked residents of [[Mexico City|GPE]] "
        "to cut use by a fifth. A drought has also hit [[Monterrey|GPE]], where "
        "[[Nuevo León|GPE]]'s water utility cut pressure at night.\n",
    ),
    (
        "own-ent23n-04",
        "2025-11-20",
        "[[LONDON|GPE|London]], Nov 20 - The [[Supreme Court|ORG|" + UKSC + "]] ruled on "
        "Wednesday that [[Harwick Motor Finance Ltd|ORG|" + HMF + "]] must repay commissions it "
        "hid from car buyers, upholding a ruling of the [[Court of Appeal|ORG|Court of Appeal "
        "(England and Wales)]]. [[Harwick|ORG|" + HMF + "]], a unit of the [[Leeds|GPE]]-based "
        "[[Harwick Group|ORG]], said it would set aside 120 million pounds. The "
        "[[Financial Conduct Authority|ORG]] said it would decide by March whether to set up a "
        "redress scheme. The [[FCA|ORG|" + FCA + "]] estimates that 14 million car loans could "
        "be affected. Chancellor [[Rachel Reeves|PERSON]] had asked the [[Supreme Court|ORG|"
        + UKSC
        + "]] to weigh the effect on lenders; the [[Treasury|ORG|HM Treasury]] said it would "
        "study the ruling. Members of [[Parliament|ORG|Parliament of the United Kingdom]] on the "
        "[[Treasury Committee|ORG]] will question [[Harwick|ORG|" + HMF + "]]'s chief executive, "
        "[[Owen Marley|PERSON]], next month. [[Marley|PERSON|Owen Marley]] said the firm had "
        "followed the rules of the time. Shares in [[Close Brothers|ORG|Close Brothers Group]] "
        "rose 9%.\n",
    ),
    (
        "own-ent23n-05",
        "2024-11-29",
        "[[CANBERRA|GPE|Canberra]], Nov 29 - [[Parliament|ORG|" + PAU + "]] passed a law on "
        "Thursday night that bars children under 16 from social media, after the [[Senate|ORG|"
        "Australian Senate]] voted 34 to 19 for it. The [[House of Representatives|ORG|"
        "Australian House of Representatives]] approved the [[Senate|ORG|Australian "
        "Senate]]'s changes within hours. Prime "
        "Minister [[Anthony Albanese|PERSON]] said platforms would face fines of up to A$49.5 "
        "million. [[Meta|ORG|Meta Platforms]] said the law had been rushed through "
        "[[Parliament|ORG|" + PAU + "]]. The opposition leader, [[Peter Dutton|PERSON]], backed "
        "the bill. [[Albanese|PERSON|Anthony Albanese]] said the ban would start within a year. "
        "Lawyers in [[Sydney|GPE]] said the law could be tested in the [[High Court|ORG|High "
        "Court of Australia]]. [[New South Wales|GPE]] and [[South Australia|GPE]] had pressed "
        "for the ban. A survey by the [[University of Melbourne|ORG]] found 77% of "
        "[[Australians|NORP|Australian]] in favour.\n",
    ),
    (
        "own-ent23n-06",
        "2025-02-04",
        "[[NAIROBI|GPE|Nairobi]], Feb 4 - [[Kenya|GPE]]'s [[High Court|ORG|High Court of "
        "Kenya]] on Tuesday suspended a rule that made patients pay a fee before treatment at "
        "public hospitals. The [[Ministry of Health|ORG|" + MOHK + "]] said it would appeal. "
        "The rule was part of the switch to a new insurer, the [[Social Health Authority|ORG]]. "
        "Health Cabinet Secretary [[Aden Duale|PERSON]] said the [[SHA|ORG|" + SHA + "]] had "
        "registered 17 million people. Doctors' union [[KMPDU|ORG|Kenya Medical Practitioners, "
        "Pharmacists and Dentists Union]] said hospitals in [[Mombasa|GPE]] and [[Kisumu|GPE]] "
        "had turned patients away. The [[Kenya Medical Practitioners, Pharmacists and Dentists "
        "Union|ORG]] has threatened a strike from March. [[Duale|PERSON|Aden Duale]] said the "
        "[[Ministry|ORG|" + MOHK + "]] would pay the fees of the poorest households. The "
        "[[National Assembly|ORG|National Assembly (Kenya)]]'s health committee will hear "
        "[[Duale|PERSON|Aden Duale]] next week. [[Kenyan|NORP]] hospitals owe suppliers about "
        "30 billion shillings, the [[Kenya Healthcare Federation|ORG]] said.\n",
    ),
    (
        "own-ent23n-07",
        "2024-10-14",
        "[[HANOI|GPE|Hanoi]], Oct 14 - [[Vietnam|GPE]]'s [[Ministry of Finance|ORG|" + MOFV
        + "]] has proposed cutting value-added tax to 8% for another six months, a draft sent "
        "to the [[National Assembly|ORG|" + NAV + "]] showed on Monday. The [[Ministry|ORG|"
        + MOFV
        + "]] said the cut would cost the budget 26 trillion dong. The [[National "
        "Assembly|ORG|" + NAV + "]] opens its autumn session in [[Hanoi|GPE]] next week. The "
        "[[State Bank of Vietnam|ORG]] has kept its policy rate at 4.5% since June 2023. Firms "
        "in [[Ho Chi Minh City|GPE]] and [[Da Nang|GPE]] have asked for the cut. [[Lotus Mekong "
        "Logistics Joint Stock Company|ORG|" + LML + "]], a freight firm based in [[Can "
        "Tho|GPE|Cần Thơ]], said orders had fallen 12%. [[LML|ORG|" + LML + "]]'s chairman, "
        "[[Tran Van Hieu|PERSON]], said the [[SBV|ORG|" + SBV + "]] should also cut rates. "
        "[[Vietnamese|NORP]] exports to the [[United States|GPE]] rose 23% in the first nine "
        "months, the [[General Statistics Office|ORG|General Statistics Office of Vietnam]] "
        "said.\n",
    ),
    (
        "own-ent23n-08",
        "2025-06-10",
        "[[Norcrest|ORG|" + NPI + "]] to buy [[Bellway Diagnostics|ORG]] for $2.1 billion\n"
        "[[BOSTON|GPE|Boston]], June 10 - [[Norcrest|ORG|" + NPI + "]] agreed on Tuesday to buy "
        "the test maker [[Bellway Diagnostics|ORG]] for $2.1 billion in cash. [[Norcrest "
        "Pharmaceuticals Inc.|ORG|" + NPI + "]], based in [[Cambridge|GPE|Cambridge, "
        "Massachusetts]], said the deal would add $400 million to yearly sales. [[Bellway|ORG|"
        "Bellway Diagnostics]], which has a plant in [[Worcester|GPE|Worcester, "
        "Massachusetts]], makes blood tests for heart disease. The deal needs the approval of "
        "the [[FTC|ORG|" + FTC + "]], which last year sued to block a similar purchase. The "
        "[[Federal Trade Commission|ORG]] declined to comment. [[NPI|ORG|" + NPI + "]] shares "
        "rose 3% on the [[Nasdaq|ORG]]. Chief executive [[Dana Whitcombe|PERSON]] said "
        "[[Norcrest|ORG|" + NPI + "]] would keep [[Bellway|ORG|Bellway Diagnostics]]'s 900 staff "
        "in [[Worcester|GPE|Worcester, Massachusetts]]. [[Whitcombe|PERSON|Dana Whitcombe]] said "
        "the [[Food and Drug Administration|ORG]] had approved two of [[Bellway|ORG|Bellway "
        "Diagnostics]]'s tests this year. [[Goldman Sachs|ORG]] advised [[Norcrest|ORG|" + NPI
        + "]].\n",
    ),
    (
        "own-ent23n-09",
        "2025-01-07",
        "[[TOKYO|GPE|Tokyo]], Jan 7 - Heavy snow cut power to 30,000 homes in [[Ishikawa|GPE|"
        "Ishikawa Prefecture]] on Tuesday, a year after an earthquake struck the [[Noto "
        "Peninsula|LOC]]. The [[Japan Meteorological Agency|ORG]] warned of more snow in "
        "[[Niigata|GPE|Niigata Prefecture]] and [[Toyama|GPE|Toyama Prefecture]]. The [[JMA|ORG|"
        + JMA
        + "]] said up to 80 cm could fall by Thursday. In [[Wajima|GPE|Wajima, Ishikawa]], "
        "where 200 people still live in temporary homes, roads were closed. [[Hokuriku Electric "
        "Power Company|ORG]] said it would restore power by Wednesday. Prime Minister "
        "[[Shigeru Ishiba|PERSON]] said the government would send troops of the [[Japan "
        "Ground Self-Defense Force|ORG]] to clear roads in [[Ishikawa|GPE|Ishikawa Prefecture]]. "
        "[[Ishiba|PERSON|Shigeru Ishiba]] visited [[Kanazawa|GPE]], the prefecture's capital, "
        "in December. Rail operator [[JR West|ORG|West Japan Railway Company]] stopped trains "
        "between [[Kanazawa|GPE]] and [[Osaka|GPE]].\n",
    ),
    (
        "own-ent23n-10",
        "2025-04-15",
        "[[ATLANTA|GPE|Atlanta]], April 15 - The [[Georgia Ports Authority|ORG]] said on Tuesday "
        "that container traffic at [[Savannah|GPE|Savannah, Georgia]] rose 8% in March as "
        "importers rushed goods in ahead of tariffs. The [[GPA|ORG|" + GPA + "]] handled "
        "520,000 containers in the month. Governor [[Brian Kemp|PERSON]] said [[Georgia|GPE|" + GA
        + "]] would spend $300 million on a new berth in [[Savannah|GPE|Savannah, Georgia]]. "
        "[[Hyundai Motor Group|ORG]], whose new plant in [[Ellabell|GPE|Ellabell, Georgia]] "
        "began making cars in October, ships parts through the port. [[Hyundai|ORG|Hyundai Motor "
        "Group]] said 40% of its [[U.S.|GPE|United States]] sales were now built in [[Georgia|"
        "GPE|" + GA + "]] or [[Alabama|GPE]]. Ports in [[Charleston|GPE|Charleston, South "
        "Carolina]] and [[Jacksonville|GPE|Jacksonville, Florida]] also grew. [[Kemp|PERSON|Brian "
        "Kemp]] met officials of the [[U.S. Department of "
        "Commerce|ORG|United States Department of Commerce]] in [[Washington|GPE|Washington, "
        "D.C.]] last week.\n",
    ),
    (
        "own-ent23n-11",
        "2024-11-12",
        "[[CHANDIGARH|GPE|Chandigarh]], Nov 12 - Farm fires in [[Punjab|GPE|" + PBI + "]] fell "
        "by 70% this autumn, but smoke still covered [[New Delhi|GPE]], the [[Punjab Pollution "
        "Control Board|ORG]] said on Tuesday. The [[Board|ORG|Punjab Pollution Control Board]] "
        "counted 7,600 fires since September 15. The [[Supreme Court|ORG|" + SCI + "]] last "
        "month ordered [[Punjab|GPE|" + PBI + "]] and [[Haryana|GPE]] to fine farmers who burn "
        "straw. Chief Minister [[Bhagwant Mann|PERSON]] said [[Punjab|GPE|" + PBI + "]] had paid "
        "for 20,000 machines that clear straw. Across the border, [[Punjab|GPE|Punjab, "
        "Pakistan]]'s government shut schools in [[Lahore|GPE]] for a week. [[Pakistani|NORP]] "
        "officials said smoke from [[India|GPE]] made things worse. The [[India Meteorological "
        "Department|ORG]] said still winds would keep smog over [[Delhi|GPE]] until the weekend. "
        "[[Mann|PERSON|Bhagwant Mann]] said [[Delhi|GPE]]'s traffic was also to blame.\n",
    ),
    (
        "own-ent23n-12",
        "2025-03-19",
        "[[NEW YORK|GPE|" + NYC + "]], March 19 - [[New York|GPE|" + NYC + "]] Mayor [[Eric "
        "Adams|PERSON]] said on Wednesday that subway crime fell 20% in the first two months of "
        "the year after the city put police officers on every overnight train. The "
        "[[Metropolitan Transportation Authority|ORG]], which runs [[New York|GPE|" + NYC + "]]'s "
        "subway, said ridership had risen 6%. The [[MTA|ORG|" + MTA + "]] began charging drivers "
        "$9 to enter [[Manhattan|GPE]] below 60th Street in January. Governor [[Kathy "
        "Hochul|PERSON]] said the toll had raised $48 million in its first month for [[New "
        "York|GPE|New York (state)]]'s transit. [[Adams|PERSON|Eric Adams]] said the [[New York "
        "City Police Department|ORG]] would keep 1,000 officers on trains. Commuters from "
        "[[New Jersey|GPE]] and [[Long Island|LOC]] have sued to stop the toll. [[Hochul|PERSON|"
        "Kathy Hochul]] said [[Albany|GPE|Albany, New York]] would defend it.\n",
    ),
]

CHECK = [
    (
        "own-ent23n-c1",
        "2025-07-22",
        "[[AUSTIN|GPE|Austin, Texas]], [[Texas|GPE]], July 22 - The [[Electric Reliability "
        "Council of Texas|ORG]] asked residents of [[Austin|GPE|Austin, Texas]] and [[San "
        "Antonio|GPE]] to cut power use on Tuesday as temperatures reached 41C. [[ERCOT|ORG|"
        "Electric Reliability Council of Texas]] said demand could hit a record 87,000 "
        "megawatts. The [[Public Utility Commission of Texas|ORG]] said it would review the "
        "grid's reserves. [[Round Rock|GPE|Round Rock, Texas]] opened cooling centres. Governor "
        "[[Greg Abbott|PERSON]] said [[Texas|GPE]] had added 10,000 megawatts of batteries "
        "since 2023. [[Abbott|PERSON|Greg Abbott]] said [[Odessa|GPE|Odessa, Texas]] and "
        "[[Midland|GPE|Midland, Texas]] had not lost power.\n",
    ),
    (
        "own-ent23n-c2",
        "2025-05-08",
        "[[WELLINGTON|GPE|Wellington]], May 8 - [[New Zealand|GPE]]'s [[High Court|ORG|High "
        "Court of New Zealand]] ruled on Thursday that [[Kowhai Dairy Ltd|ORG|Kowhai Dairy]] "
        "must pay 4 million dollars for polluting a river near [[Hamilton|GPE|Hamilton, New "
        "Zealand]]. [[Kowhai|ORG|Kowhai Dairy]] said it would appeal. The [[Ministry for the "
        "Environment|ORG|Ministry for the Environment (New Zealand)]] said the ruling would "
        "guide [[Parliament|ORG|New Zealand Parliament]] as it rewrites the law. Prime Minister "
        "[[Christopher Luxon|PERSON]] said farmers in [[Waikato|GPE]] had cut pollution.\n",
    ),
    (
        "own-ent23n-c3",
        "2025-09-16",
        "[[QUEBEC CITY|GPE|Quebec City]], Sept 16 - [[Hydro-Québec|ORG]] will spend C$4 "
        "billion on a wind farm near [[Quebec City|GPE]], the [[Quebec|GPE]] utility said on "
        "Tuesday. [[Boreal Turbines Inc.|ORG|Boreal Turbines]], based in [[Lévis|GPE|Lévis, "
        "Quebec]], will supply 120 turbines. [[Boreal|ORG|Boreal Turbines]] said it would hire "
        "300 workers. Premier [[François Legault|PERSON]] said the [[National Assembly|ORG|"
        "National Assembly of Quebec]] would vote on the plan in October.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
