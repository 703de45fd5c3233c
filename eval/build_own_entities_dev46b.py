"""Write eval/own-entities-dev46b.jsonl and its check file (FORMAT.md): national bodies with
generic titles, round two (the country qualifier and what must stay bare).

Session 46 (bodies46, issue 13 entity names). The family: a country's body whose English
Wikipedia title is a generic title plus its country in brackets ("Central Statistics Office
(Ireland)", "Monetary Policy Committee (Kenya)", "National Security Council (South Korea)"),
written with its full title and then bare ("the Committee", "the Council"), often as the
speaker of a statement; and, kept bare, the bodies session 45 qualified wrongly: a body whose
generic-looking title is its own article's ("Data Protection Commission", "Social Health
Authority", "Financial Reporting Council"), a city's body whose city the lexicon holds as a
common word ("Toronto Transit Commission", "Chicago Transit Authority"), and a union of
countries' commission ("African Union Commission").

Short wire stories (2024-2025 releases and news, and 1996 Reuters-style copy) written for
briefx by hand and annotated by ANNOTATION.md ("Entities") before briefx was run on them; the
bodies and people are real, the events, figures and quotations invented. Names are English
Wikipedia article titles as the author knows them (CC BY-SA 4.0), not checked against the live
pages.

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_entities_dev46b.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = "written for briefx by hand (bodies46 helper, session 46); CC0"

CSO_IE = "Central Statistics Office (Ireland)"
MPC_KE = "Monetary Policy Committee (Kenya)"
MPC_GH = "Monetary Policy Committee (Ghana)"
NSC_KR = "National Security Council (South Korea)"
NPC_ZA = "National Planning Commission (South Africa)"
NSO_MW = "National Statistical Office (Malawi)"
CC_ZA = "Competition Commission (South Africa)"

CASES: list[Case] = [
    (
        "own-dev46b-dublin-cso",
        "2025-05-13",
        (
            "[[DUBLIN|GPE|Dublin]], May 13, 2025 - Consumer prices rose 1.8 percent in April from a "
            f"year earlier, the [[Central Statistics Office|ORG|{CSO_IE}]] said on Tuesday. Energy "
            f"prices fell for a third month, the [[Central Statistics Office|ORG|{CSO_IE}]] added. "
            "Inflation across the [[European Union|ORG]] stood at 2.4 percent, and the [[European "
            "Central Bank|ORG]] meets in June.\n"
        ),
    ),
    (
        "own-dev46b-dublin-dpc",
        "2025-05-02",
        (
            "[[DUBLIN|GPE|Dublin]], May 2, 2025 - The [[Data Protection Commission|ORG]] fined "
            "[[TikTok|ORG]] 530 million euros on Friday for sending the data of users in the "
            "[[European Union|ORG]] to [[China|GPE]]. [[Ireland|GPE]]'s [[Data Protection "
            "Commission|ORG]] leads the bloc's oversight of the firm, whose [[European|NORP]] head office is "
            "in [[Dublin|GPE]]. Deputy Commissioner [[Graham Doyle|PERSON]] said the [[Data "
            "Protection Commission|ORG]] had given the company six months to comply.\n"
        ),
    ),
    (
        "own-dev46b-nairobi-sha",
        "2025-02-10",
        (
            "[[NAIROBI|GPE|Nairobi]], Feb 10, 2025 - [[Kenya|GPE]]'s [[Social Health Authority|ORG]] "
            "said on Monday that 17 million people had registered since it replaced the [[National "
            "Hospital Insurance Fund|ORG]] in October. The [[Social Health Authority|ORG]] said "
            "hospitals owed money by the old fund would be paid by March, and Health Cabinet "
            "Secretary [[Aden Duale|PERSON]] told lawmakers the [[Social Health Authority|ORG]] was "
            "working.\n"
        ),
    ),
    (
        "own-dev46b-toronto-ttc",
        "2025-09-02",
        (
            "[[TORONTO|GPE|Toronto]], Sept 2, 2025 - The [[Toronto Transit Commission|ORG]] said on "
            "Tuesday that the [[Eglinton Crosstown|FAC|Line 5 Eglinton]] line would open to riders "
            "this month. The line was built by [[Metrolinx|ORG]], the transit agency of [[Ontario|GPE]], "
            "and the [[Toronto Transit Commission|ORG]] will run it. Mayor [[Olivia Chow|PERSON]] said "
            "the city had waited 14 years.\n"
        ),
    ),
    (
        "own-dev46b-chicago-cta",
        "2024-11-20",
        (
            "[[CHICAGO|GPE|Chicago]], Nov 20, 2024 - The [[Chicago Transit Authority|ORG]] approved a "
            "$2.1 billion budget for 2025 on Wednesday that keeps fares unchanged. The [[Chicago "
            "Transit Authority|ORG]] warned that federal pandemic aid would run out in 2026, and "
            "lawmakers in [[Springfield|GPE|Springfield, Illinois]] are weighing a merger of "
            "[[Illinois|GPE]]'s transit agencies. The [[Chicago Housing Authority|ORG]] also passed "
            "its budget.\n"
        ),
    ),
    (
        "own-dev46b-addis-auc",
        "2025-03-21",
        (
            "[[ADDIS ABABA|GPE|Addis Ababa]], March 21, 2025 - The [[African Union Commission|ORG]] "
            "called on Friday for a ceasefire in eastern [[Democratic Republic of the Congo|GPE]]. "
            "[[Mahmoud Ali Youssouf|PERSON]], who chairs the [[African Union Commission|ORG]], said "
            "talks with [[Rwanda|GPE]] would resume in [[Doha|GPE]]. The [[African Union|ORG]] has "
            "55 member states; [[Ethiopia|GPE]] hosts its headquarters.\n"
        ),
    ),
    (
        "own-dev46b-nairobi-mpc",
        "2025-04-08",
        (
            "[[NAIROBI|GPE|Nairobi]], April 8, 2025 - The [[Central Bank of Kenya|ORG]]'s [[Monetary "
            f"Policy Committee|ORG|{MPC_KE}]] cut its benchmark rate by 75 basis points to 10.0 "
            f"percent on Tuesday. The [[Committee|ORG|{MPC_KE}]] said inflation would stay within "
            "the target range. Governor [[Kamau Thugge|PERSON]] told reporters the [[Committee|ORG|"
            f"{MPC_KE}]] would meet again in June.\n"
        ),
    ),
    (
        "own-dev46b-seoul-nsc",
        "2024-06-19",
        (
            "[[SEOUL|GPE|Seoul]], June 19, 2024 - [[South Korea|GPE]]'s [[National Security "
            f"Council|ORG|{NSC_KR}]] met on Wednesday after [[Russia|GPE]] and [[North Korea|GPE]] "
            f"signed a defence pact. The [[Council|ORG|{NSC_KR}]] said it would review the supply of "
            "arms to [[Ukraine|GPE]]. National Security Adviser [[Chang Ho-jin|PERSON]] said the "
            f"[[Council|ORG|{NSC_KR}]] would meet again next week.\n"
        ),
    ),
    (
        "own-dev46b-pretoria-npc",
        "2025-07-15",
        (
            "[[PRETORIA|GPE|Pretoria]], July 15, 2025 - [[South Africa|GPE]]'s [[National Planning "
            f"Commission|ORG|{NPC_ZA}]] said on Tuesday that power cuts had cost the economy more "
            f"than it had forecast. The [[Commission|ORG|{NPC_ZA}]] called for faster reform of "
            "[[Eskom|ORG]], the state power utility.\n"
        ),
    ),
    (
        "own-dev46b-bonn-1996",
        "1996-07-11",
        (
            "[[BONN|GPE|Bonn]] 1996-07-11 - The [[Federal Cartel Office|ORG]] said on Thursday it "
            "would examine the planned merger of two [[German|NORP]] steel makers. The [[Federal "
            "Cartel Office|ORG]] has four months to rule, a spokesman said.\n"
        ),
    ),
    (
        "own-dev46b-london-1996",
        "1996-02-28",
        (
            "[[LONDON|GPE|London]] 1996-02-28 - [[Britain|GPE|United Kingdom]]'s [[Monopolies and "
            "Mergers Commission|ORG]] cleared a takeover of a regional electricity company on "
            "Wednesday. The [[Monopolies and Mergers Commission|ORG]] said the deal would not harm "
            "consumers, and the [[Office of Electricity Regulation|ORG]] said it would watch prices.\n"
        ),
    ),
    (
        "own-dev46b-london-frc",
        "2025-01-30",
        (
            "[[LONDON|GPE|London]], Jan 30, 2025 - The [[Financial Reporting Council|ORG]] fined an "
            "accounting firm 2 million pounds on Thursday over its audit of a collapsed builder. The "
            "[[Financial Reporting Council|ORG]] said the [[Audit, Reporting and Governance "
            "Authority|ORG]] would replace it once [[Parliament|ORG|Parliament of the United "
            "Kingdom]] passes the law.\n"
        ),
    ),
    (
        "own-dev46b-johannesburg-cc",
        "2024-10-03",
        (
            "[[JOHANNESBURG|GPE|Johannesburg]], Oct 3, 2024 - [[South Africa|GPE]]'s [[Competition "
            f"Commission|ORG|{CC_ZA}]] said on Thursday it had recommended that the [[Competition "
            "Tribunal|ORG|Competition Tribunal (South Africa)]] approve a merger of two media groups. "
            f"The [[Commission|ORG|{CC_ZA}]] said the deal would keep local news jobs.\n"
        ),
    ),
]

CHECK: list[Case] = [
    (
        "own-dev46b-check-lilongwe-nso",
        "2025-06-24",
        (
            "[[LILONGWE|GPE|Lilongwe]], June 24, 2025 - [[Malawi|GPE]]'s annual inflation rate eased "
            f"to 27.7 percent in May, the [[National Statistical Office|ORG|{NSO_MW}]] said on "
            "Tuesday. Food prices rose less than in April, the [[National Statistical Office|ORG|"
            f"{NSO_MW}]] said. The [[International Monetary Fund|ORG]] ended a loan programme with "
            "the country this year.\n"
        ),
    ),
    (
        "own-dev46b-check-accra-mpc",
        "2024-07-29",
        (
            "[[ACCRA|GPE|Accra]], July 29, 2024 - The [[Bank of Ghana|ORG]]'s [[Monetary Policy "
            f"Committee|ORG|{MPC_GH}]] cut its policy rate by 100 basis points to 27 percent on "
            f"Monday. The [[Committee|ORG|{MPC_GH}]] said inflation was falling faster than "
            "expected, Governor [[Ernest Addison|PERSON]] told a news conference.\n"
        ),
    ),
    (
        "own-dev46b-check-boston-bha",
        "2025-03-06",
        (
            "[[BOSTON|GPE|Boston]], March 6, 2025 - The [[Boston Housing Authority|ORG]] said on "
            "Thursday it would rebuild 600 flats in [[Charlestown|GPE|Charlestown, Boston]]. The "
            "[[Boston Housing Authority|ORG]] will pay for the work with state and federal money, "
            "Mayor [[Michelle Wu|PERSON]] said.\n"
        ),
    ),
    (
        "own-dev46b-check-banjul-auc",
        "2024-05-04",
        (
            "[[BANJUL|GPE|Banjul]], May 4, 2024 - Leaders of the [[Organisation of Islamic "
            "Cooperation|ORG]] met in [[Gambia|GPE|The Gambia]] on Saturday. [[Moussa Faki|PERSON]], "
            "chairperson of the [[African Union Commission|ORG]], told the summit the [[African Union "
            "Commission|ORG]] would send envoys to [[Sudan|GPE]].\n"
        ),
    ),
    (
        "own-dev46b-check-dublin-cso",
        "2024-08-30",
        (
            "[[DUBLIN|GPE|Dublin]], Aug 30, 2024 - [[Ireland|GPE]]'s unemployment rate fell to 4.2 "
            f"percent in August, the [[Central Statistics Office|ORG|{CSO_IE}]] said on Friday. "
            f"The [[Central Statistics Office|ORG|{CSO_IE}]] revised July's rate up. The [[Central "
            "Bank of Ireland|ORG]] expects growth of 2 percent this year.\n"
        ),
    ),
]


if __name__ == "__main__":
    build_sets(
        HERE / "own-entities-dev46b.jsonl",
        HERE / "own-entities-dev46b-check.jsonl",
        CASES,
        CHECK,
        SOURCE,
    )
