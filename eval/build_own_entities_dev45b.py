"""Write eval/own-entities-dev45b.jsonl and its check file (FORMAT.md): national bodies with
generic titles, named without their country.

Session 45 (bodies45, issue 13 entity names). The family: a country's body whose English
Wikipedia title is a generic title of common words plus its country in brackets ("National
Security Council (Japan)", "National Statistics Institute (Spain)", "Financial Supervisory
Service (South Korea)", "National Police Service (Kenya)", "Monetary Policy Committee (Ghana)"),
named in the text by the bare title, often several times; the country given by the text
("Japan's National Security Council"), by the dateline, or by the places the story names.

Must stay bare: international and unique bodies ("International Monetary Fund", "European
Commission", "Federal Reserve", "World Health Organization"), bodies whose title names their
country ("Kenya Revenue Authority", "Bank of Korea", "Ghana Statistical Service"), and a
country's body whose article has the bare title ("Independent Electoral and Boundaries
Commission", "Independent National Electoral Commission", "National Crime Agency", "Financial
Services Agency", "Central Bureau of Investigation").

Short wire stories (2024-2025 releases and news, and 1996 Reuters-style copy) written for
briefx by hand and annotated by ANNOTATION.md ("Entities") before briefx was run on them; the
bodies and people are real, the events, figures and quotations invented. Names are English
Wikipedia article titles as the author knows them (CC BY-SA 4.0), not checked against the live
pages.

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_entities_dev45b.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = "written for briefx by hand (bodies45 helper, session 45); CC0"

NSC_JP = "National Security Council (Japan)"
NSC_TR = "National Security Council (Turkey)"
NSC_IL = "National Security Council (Israel)"
INE_ES = "National Statistics Institute (Spain)"
INE_CL = "National Statistics Institute (Chile)"
FSS_KR = "Financial Supervisory Service (South Korea)"
NPS_KE = "National Police Service (Kenya)"
MPC_GH = "Monetary Policy Committee (Ghana)"
MPC_ZM = "Monetary Policy Committee (Zambia)"
NCSC_UK = "National Cyber Security Centre (United Kingdom)"
CAA_UK = "Civil Aviation Authority (United Kingdom)"
NEC_VE = "National Electoral Council (Venezuela)"
SSA_ZA = "State Security Agency (South Africa)"
NDMA_PK = "National Disaster Management Authority (Pakistan)"
NBS_NG = "National Bureau of Statistics (Nigeria)"
SAO_PL = "Supreme Audit Office (Poland)"
FTC_TW = "Fair Trade Commission (Taiwan)"
NDC_TW = "National Development Council (Taiwan)"

CASES: list[Case] = [
    (
        "own-dev45b-tokyo-nsc",
        "2025-03-14",
        (
            "[[TOKYO|GPE|Tokyo]], March 14, 2025 - [[Japan|GPE]]'s [[National Security Council|ORG|"
            f"{NSC_JP}]] met on Friday to review the country's response to missile launches by [[North "
            "Korea|GPE]]. Prime Minister [[Shigeru Ishiba|PERSON]] chaired the meeting, and the "
            f"[[National Security Council|ORG|{NSC_JP}]] agreed to share more radar data with [[South "
            "Korea|GPE]]. Chief Cabinet Secretary [[Yoshimasa Hayashi|PERSON]] said the [[National Security "
            f"Council|ORG|{NSC_JP}]] would meet again next week.\n"
        ),
    ),
    (
        "own-dev45b-madrid-ine",
        "2025-05-29",
        (
            "[[MADRID|GPE|Madrid]], May 29 ([[Reuters|ORG]]) - Consumer prices in [[Spain|GPE]] rose 2.0 "
            f"percent in May from a year earlier, the [[National Statistics Institute|ORG|{INE_ES}]] said "
            "on Thursday, down from 2.2 percent in April. Fuel prices fell, the [[National Statistics "
            f"Institute|ORG|{INE_ES}]] added. The [[European Central Bank|ORG]] meets next week in "
            "[[Frankfurt|GPE]]; economists at [[BBVA|ORG]] expect a cut.\n"
        ),
    ),
    (
        "own-dev45b-seoul-fss",
        "2024-11-20",
        (
            "[[SEOUL|GPE|Seoul]], Nov 20, 2024 - [[South Korea|GPE]]'s [[Financial Supervisory "
            f"Service|ORG|{FSS_KR}]] said on Wednesday it would inspect short-selling by foreign banks "
            f"after finding breaches worth 10 billion won. The [[Financial Supervisory Service|ORG|{FSS_KR}]] "
            "governor [[Lee Bok-hyun|PERSON]] told reporters the inspections would start in December. The "
            "[[Bank of Korea|ORG]] kept its key rate at 3.25 percent last month.\n"
        ),
    ),
    (
        "own-dev45b-nairobi-nps",
        "2024-07-02",
        (
            "[[NAIROBI|GPE|Nairobi]], July 2, 2024 - [[Kenya|GPE]]'s [[National Police Service|ORG|"
            f"{NPS_KE}]] said on Tuesday that 22 people had died in last week's protests against tax "
            "rises in [[Nairobi|GPE]], [[Mombasa|GPE]] and [[Kisumu|GPE]]. The [[National Police "
            f"Service|ORG|{NPS_KE}]] said officers who fired on protesters would face inquiries. The "
            "[[Kenya Revenue Authority|ORG]] said the tax plans had been withdrawn.\n"
        ),
    ),
    (
        "own-dev45b-accra-mpc",
        "2025-07-30",
        (
            "[[ACCRA|GPE|Accra]], July 30, 2025 - The [[Bank of Ghana|ORG]] cut its policy rate by 300 "
            "basis points to 25 percent on Wednesday. Governor [[Johnson Asiama|PERSON]] said the "
            f"[[Monetary Policy Committee|ORG|{MPC_GH}]] judged that inflation would keep falling as the "
            "cedi strengthened. The [[Ghana Statistical Service|ORG]] said inflation eased to 13.7 "
            f"percent in June. The [[Monetary Policy Committee|ORG|{MPC_GH}]] meets again in September.\n"
        ),
    ),
    (
        "own-dev45b-london-ncsc",
        "2025-05-08",
        (
            "[[LONDON|GPE|London]], May 8, 2025 - [[Britain|GPE|United Kingdom]]'s [[National Cyber "
            f"Security Centre|ORG|{NCSC_UK}]] warned retailers on Thursday after attacks on [[Marks & "
            "Spencer|ORG]] and [[Co-op|ORG|Co-operative Group]]. The [[National Cyber Security "
            f"Centre|ORG|{NCSC_UK}]] said it was working with the [[National Crime Agency|ORG]] to find "
            "the hackers. The [[National Crime Agency|ORG]] made no comment.\n"
        ),
    ),
    (
        "own-dev45b-caracas-cne",
        "2024-07-29",
        (
            "[[CARACAS|GPE|Caracas]], July 29, 2024 - [[Venezuela|GPE]]'s [[National Electoral "
            f"Council|ORG|{NEC_VE}]] declared President [[Nicolás Maduro|PERSON]] the winner of Sunday's "
            "election with 51 percent of the vote. The opposition said its own tallies gave [[Edmundo "
            "González|PERSON]] a clear lead, and [[Brazil|GPE]] and [[Colombia|GPE]] asked the "
            f"[[National Electoral Council|ORG|{NEC_VE}]] to publish results by polling station.\n"
        ),
    ),
    (
        "own-dev45b-islamabad-ndma",
        "2025-08-18",
        (
            "[[ISLAMABAD|GPE|Islamabad]], Aug 18, 2025 - Floods in northern [[Pakistan|GPE]] have killed "
            f"more than 300 people since Friday, the [[National Disaster Management Authority|ORG|{NDMA_PK}]] "
            "said on Monday. Most of the deaths were in [[Buner|GPE|Buner District]] district of [[Khyber "
            f"Pakhtunkhwa|GPE]]. The [[National Disaster Management Authority|ORG|{NDMA_PK}]] said more "
            "rain was expected in [[Punjab|GPE|Punjab, Pakistan]] this week.\n"
        ),
    ),
    (
        "own-dev45b-pretoria-ssa",
        "2024-09-12",
        (
            "[[PRETORIA|GPE|Pretoria]], Sept 12, 2024 - [[South Africa|GPE]]'s [[State Security "
            f"Agency|ORG|{SSA_ZA}]] will be split into two services under a bill signed by President "
            "[[Cyril Ramaphosa|PERSON]], the presidency said on Thursday. The [[Democratic "
            "Alliance|ORG|Democratic Alliance (South Africa)]] said the [[State Security Agency|ORG|"
            f"{SSA_ZA}]] needed new leaders, not a new shape.\n"
        ),
    ),
    (
        "own-dev45b-abuja-nbs",
        "2025-02-17",
        (
            "[[ABUJA|GPE|Abuja]], Feb 17, 2025 - [[Nigeria|GPE]]'s annual inflation rate fell to 24.48 "
            f"percent in January, the [[National Bureau of Statistics|ORG|{NBS_NG}]] said on Monday, after "
            "it rebased the consumer price index to 2024. The [[Independent National Electoral "
            "Commission|ORG]] also said on Monday it would hold by-elections in [[Kano|GPE|Kano State]] "
            f"in August. The [[National Bureau of Statistics|ORG|{NBS_NG}]] will publish GDP data next "
            "week.\n"
        ),
    ),
    (
        "own-dev45b-warsaw-nik",
        "2024-10-15",
        (
            "[[WARSAW|GPE|Warsaw]], Oct 15, 2024 - [[Poland|GPE]]'s [[Supreme Audit Office|ORG|"
            f"{SAO_PL}]] said on Tuesday that state firms had spent 1.2 billion zlotys on advertising "
            f"before last year's election. The [[Supreme Audit Office|ORG|{SAO_PL}]], headed by "
            "[[Marian Banaś|PERSON]], sent its findings to prosecutors. The [[European "
            "Commission|ORG]] has asked [[Warsaw|GPE]] for details.\n"
        ),
    ),
    (
        "own-dev45b-taipei-ftc",
        "2025-01-22",
        (
            "[[TAIPEI|GPE|Taipei]], Jan 22, 2025 - [[Taiwan|GPE]]'s [[Fair Trade Commission|ORG|"
            f"{FTC_TW}]] approved the merger of two food delivery services on Wednesday with conditions "
            f"on fees. The [[Fair Trade Commission|ORG|{FTC_TW}]] said the combined company must not "
            "raise commissions for three years. The [[Mainland Affairs Council|ORG]] said separately "
            "that visits from [[China|GPE]] fell in December.\n"
        ),
    ),
    (
        "own-dev45b-jerusalem-nsc",
        "2024-10-03",
        (
            "[[JERUSALEM|GPE|Jerusalem]], Oct 3, 2024 - [[Israel|GPE]]'s [[National Security "
            f"Council|ORG|{NSC_IL}]] advised [[Israelis|NORP|Israeli]] abroad on Thursday to avoid large gatherings "
            "during the holidays. The [[National Security Council|ORG|"
            f"{NSC_IL}]] said the risk was highest in [[Europe|LOC]] and [[Turkey|GPE]].\n"
        ),
    ),
    (
        "own-dev45b-santiago-ine",
        "2025-04-30",
        (
            "[[SANTIAGO|GPE|Santiago]], April 30, 2025 - [[Chile|GPE]]'s unemployment rate rose to 8.7 "
            f"percent in the January-March quarter, the [[National Statistics Institute|ORG|{INE_CL}]] "
            "said on Wednesday. The [[Central Bank of Chile|ORG]] holds its next policy meeting in June. "
            f"The [[National Statistics Institute|ORG|{INE_CL}]] said job losses were largest in "
            "construction.\n"
        ),
    ),
    (
        "own-dev45b-lusaka-mpc-1",
        "2025-05-21",
        (
            "[[LUSAKA|GPE|Lusaka]], May 21, 2025 - The [[Bank of Zambia|ORG]] kept its policy rate at "
            f"14.5 percent on Wednesday. Governor [[Denny Kalyalya|PERSON]] said the [[Monetary Policy "
            f"Committee|ORG|{MPC_ZM}]] saw inflation falling as the maize harvest improved after "
            "last year's drought, which also hit [[Zimbabwe|GPE]] and [[Malawi|GPE]]. The "
            f"[[International Monetary Fund|ORG]] backed the decision, and the [[Monetary Policy "
            f"Committee|ORG|{MPC_ZM}]] will meet again in August.\n"
        ),
    ),
    (
        "own-dev45b-london-caa",
        "2024-08-07",
        (
            f"[[LONDON|GPE|London]], Aug 7, 2024 - The [[Civil Aviation Authority|ORG|{CAA_UK}]] said on "
            "Wednesday that flight delays at [[Gatwick Airport|FAC]] were the worst of any large "
            "[[British|NORP]] airport last year. The [[Civil Aviation Authority|ORG|"
            f"{CAA_UK}]] asked airlines to improve compensation. The [[Met Office|ORG]] warned of "
            "thunderstorms across southern [[England|GPE]].\n"
        ),
    ),
    (
        "own-dev45b-brussels-eu",
        "2025-03-05",
        (
            "[[BRUSSELS|GPE|Brussels]], March 5, 2025 - The [[European Commission|ORG]] proposed on "
            "Wednesday to let member states borrow up to 150 billion euros for defence. The [[European "
            "Council|ORG]] will discuss the plan on Thursday, and [[NATO|ORG]] welcomed it. The "
            "[[International Monetary Fund|ORG]] said higher spending would lift growth in [[Europe|LOC]].\n"
        ),
    ),
    (
        "own-dev45b-washington-fed",
        "2025-06-18",
        (
            "[[WASHINGTON|GPE|Washington, D.C.]], June 18, 2025 - The [[Federal Reserve|ORG]] held "
            "interest rates steady on Wednesday. The [[Federal Open Market Committee|ORG]] said "
            "uncertainty had eased. The [[National Economic Council|ORG|National Economic Council (United States)]] director [[Kevin "
            "Hassett|PERSON]] said the [[Federal Reserve|ORG]] should cut.\n"
        ),
    ),
    (
        "own-dev45b-ankara-1996",
        "1996-08-30",
        (
            "[[ANKARA|GPE|Ankara]] 1996-08-30 - [[Turkey|GPE]]'s powerful [[National Security "
            f"Council|ORG|{NSC_TR}]] met on Friday and urged the government to step up its fight "
            "against [[Kurdish|NORP]] rebels in the southeast. The [[National Security Council|ORG|"
            f"{NSC_TR}]], which groups generals and ministers, also discussed relations with [[Greece|GPE]]. "
            "Prime Minister [[Necmettin Erbakan|PERSON]] attended.\n"
        ),
    ),
    (
        "own-dev45b-madrid-1996",
        "1996-10-11",
        (
            "[[MADRID|GPE|Madrid]] 1996-10-11 - [[Spanish|NORP]] consumer prices rose 0.3 percent in "
            f"September, the [[National Statistics Institute|ORG|{INE_ES}]] said on Friday. Annual "
            "inflation eased to 3.5 percent. The [[Bank of Spain|ORG]] has cut rates twice this year, and "
            f"the [[National Statistics Institute|ORG|{INE_ES}]] said food prices were flat.\n"
        ),
    ),
]

CHECK: list[Case] = [
    (
        "own-dev45b-check-taipei-ndc",
        "2025-02-06",
        (
            "[[TAIPEI|GPE|Taipei]], Feb 6, 2025 - [[Taiwan|GPE]]'s [[National Development "
            f"Council|ORG|{NDC_TW}]] said on Thursday that its business climate index rose for a third "
            f"month. The [[National Development Council|ORG|{NDC_TW}]] said exports of servers to the "
            "[[United States|GPE]] led the gains, and minister [[Liu Chin-ching|PERSON]] said chip "
            "demand would stay strong.\n"
        ),
    ),
    (
        "own-dev45b-check-tokyo-fsa",
        "2024-12-10",
        (
            "[[TOKYO|GPE|Tokyo]], Dec 10, 2024 - [[Japan|GPE]]'s [[Financial Services Agency|ORG]] ordered "
            "a regional bank to improve its controls on Tuesday after staff stole cash from clients' "
            "safe-deposit boxes. The [[Financial Services Agency|ORG]] said the [[National Security "
            f"Council|ORG|{NSC_JP}]] had not been involved. The [[Bank of Japan|ORG]] meets next week.\n"
        ),
    ),
    (
        "own-dev45b-check-nairobi-iebc",
        "2025-07-10",
        (
            "[[NAIROBI|GPE|Nairobi]], July 10, 2025 - The [[Independent Electoral and Boundaries "
            "Commission|ORG]] swore in its new commissioners on Thursday, two years before [[Kenya|GPE]]'s "
            f"next general election. The [[National Police Service|ORG|{NPS_KE}]] said it would "
            f"deploy officers to protect the commission's offices, and the [[National Police "
            f"Service|ORG|{NPS_KE}]] spokesman said protests in [[Nairobi|GPE]] had been peaceful.\n"
        ),
    ),
    (
        "own-dev45b-check-lusaka-mpc-2",
        "2024-08-21",
        (
            "[[LUSAKA|GPE|Lusaka]], Aug 21, 2024 - The [[Bank of Zambia|ORG]] raised its policy rate to "
            f"13.5 percent on Wednesday. The [[Monetary Policy Committee|ORG|{MPC_ZM}]] said the drought "
            f"had pushed up food prices. The [[Monetary Policy Committee|ORG|{MPC_ZM}]] noted that the "
            "kwacha had weakened against the [[U.S.|GPE|United States]] dollar.\n"
        ),
    ),
    (
        "own-dev45b-check-pretoria-ssa",
        "2025-03-19",
        (
            f"[[PRETORIA|GPE|Pretoria]], March 19, 2025 - The [[State Security Agency|ORG|{SSA_ZA}]] "
            "said on Wednesday it had briefed parliament's intelligence committee on threats before "
            f"the [[G20|ORG]] summit in [[Johannesburg|GPE]]. The [[State Security Agency|ORG|{SSA_ZA}]] "
            "did not give details.\n"
        ),
    ),
    (
        "own-dev45b-check-new-delhi-cbi",
        "2024-09-05",
        (
            "[[NEW DELHI|GPE|New Delhi]], Sept 5, 2024 - [[India|GPE]]'s [[Central Bureau of "
            "Investigation|ORG]] arrested a former hospital head in [[Kolkata|GPE]] on Thursday. The "
            "[[National Investigation Agency|ORG]] is separately investigating a blast in "
            "[[Bengaluru|GPE]], and the [[Central Bureau of Investigation|ORG]] said it would file "
            "charges within 90 days.\n"
        ),
    ),
    (
        "own-dev45b-check-warsaw-nik",
        "2025-06-03",
        (
            f"[[WARSAW|GPE|Warsaw]], June 3, 2025 - The [[Supreme Audit Office|ORG|{SAO_PL}]] said on "
            "Tuesday that [[Poland|GPE]]'s hospitals owed suppliers 20 billion zlotys. The [[Supreme "
            f"Audit Office|ORG|{SAO_PL}]] called on the health ministry to change how it pays for care.\n"
        ),
    ),
    (
        "own-dev45b-check-ankara-1996",
        "1996-04-26",
        (
            f"[[ANKARA|GPE|Ankara]] 1996-04-26 - The [[National Security Council|ORG|{NSC_TR}]] said "
            "on Friday that [[Turkey|GPE]] would keep troops in northern [[Iraq|GPE]] as long as "
            f"needed. The [[National Security Council|ORG|{NSC_TR}]] meets monthly under President "
            "[[Suleyman Demirel|PERSON|Süleyman Demirel]].\n"
        ),
    ),
]


if __name__ == "__main__":
    build_sets(
        HERE / "own-entities-dev45b.jsonl",
        HERE / "own-entities-dev45b-check.jsonl",
        CASES,
        CHECK,
        SOURCE,
    )
