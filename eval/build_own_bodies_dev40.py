"""Write eval/own-bodies-dev40.jsonl and its check file (FORMAT.md): a country's bodies named by
the generic title many countries' bodies share ("the Monetary Policy Committee", "the Central
Statistics Office", "the Ministry of Lands and Natural Resources", "the Court of Appeal", "the
National Bureau of Statistics"), in a document about one country, take English Wikipedia's
"<title> (<Country>)", with the short forms and acronyms linked to them ("the MPC", "the CSO").
Must stay: a body whose name holds its country ("Bank of Ghana", "Statistics South Africa"), a
country whose body has a title of its own (the Bank of England's committee, "HM Treasury"), a
U.S. body, international bodies, a city's or a province's body, private firms with generic
names, and a story about two countries with no evidence which.

Session 40 (bodies40, issue 13 entity names): short wire stories written for briefx by hand and
annotated by ANNOTATION.md ("Entities") before briefx was run on them; the bodies are real, the
people, events, figures and quotations invented. No statements are scored here (empty lists).

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_bodies_dev40.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (bodies40 helper, session 40); CC0"

CASES = [
    (
        "own-dev40-ghana-mpc",
        "2026-03-23",
        ("[[ACCRA|GPE|Accra]], March 23 - The [[Monetary Policy Committee|ORG|Monetary Policy Committee (Ghana)]] of the "
        "[[Bank of Ghana|ORG]] held its policy rate at 27 percent on Monday. The [[MPC|ORG|Monetary Policy Committee "
        "(Ghana)]] said inflation had eased to 20.5 percent in February, Governor [[Ernest Addison|PERSON]] told "
        "reporters.\n"),
        [],
    ),
    (
        "own-dev40-kenya-mpc",
        "2026-02-05",
        ("[[NAIROBI|GPE|Nairobi]], Feb 5 - The [[Central Bank of Kenya|ORG]] cut its benchmark rate to 9.75 percent on "
        "Wednesday. The bank's [[Monetary Policy Committee|ORG|Monetary Policy Committee (Kenya)]] said the shilling had "
        "held steady against the [[U.S.|GPE|United States]] dollar and that exports to [[Uganda|GPE]] rose. The "
        "[[MPC|ORG|Monetary Policy Committee (Kenya)]] meets again in April.\n"),
        [],
    ),
    (
        "own-dev40-ireland-cso",
        "2026-06-04",
        ("[[DUBLIN|GPE|Dublin]], June 4 - Consumer prices in [[Ireland|GPE]] rose 2.1 percent in the year to May, the "
        "[[Central Statistics Office|ORG|Central Statistics Office (Ireland)]] said on Thursday. The [[CSO|ORG|Central "
        "Statistics Office (Ireland)]] said energy costs had risen for a third month.\n"),
        [],
    ),
    (
        "own-dev40-nigeria-nbs",
        "2026-01-15",
        ("[[ABUJA|GPE|Abuja]], Jan 15 - [[Nigeria|GPE]]'s inflation rate rose to 29.9 percent in December, the "
        "[[National Bureau of Statistics|ORG|National Bureau of Statistics (Nigeria)]] said on Wednesday. Food prices "
        "drove the increase, the [[NBS|ORG|National Bureau of Statistics (Nigeria)]] said.\n"),
        [],
    ),
    (
        "own-dev40-ghana-lands",
        "2026-10-30",
        ("[[ACCRA|GPE|Accra]], Oct 30 - The [[Ministry of Lands and Natural Resources|ORG|Ministry of Lands and Natural "
        "Resources (Ghana)]] said on Thursday that illegal mining along the [[Pra|LOC|Pra River]] had been curbed. "
        "[[Ghana|GPE]] revoked 14 small-scale licences this year.\n"),
        [],
    ),
    (
        "own-dev40-srilanka-court",
        "2026-08-19",
        ("[[COLOMBO|GPE|Colombo]], Aug 19 - [[Sri Lanka|GPE]]'s [[Court of Appeal|ORG|Court of Appeal (Sri Lanka)]] on "
        "Tuesday suspended the sale of a state-owned hotel until a hearing in October. The [[Ministry of Finance|ORG|"
        "Ministry of Finance (Sri Lanka)]] said it would respect the order.\n"),
        [],
    ),
    (
        "own-dev40-kenya-court",
        "2026-07-08",
        ("[[NAIROBI|GPE|Nairobi]], July 8 - [[Kenya|GPE]]'s [[Court of Appeal|ORG|Court of Appeal (Kenya)]] on Monday "
        "upheld a ruling against a new housing levy. The [[Ministry of Health|ORG|Ministry of Health (Kenya)]] said "
        "clinics would stay open.\n"),
        [],
    ),
    (
        "own-dev40-france-cassation",
        "2026-05-13",
        ("[[PARIS|GPE|Paris]], May 13 - [[France|GPE]]'s [[Court of Cassation|ORG|Court of Cassation (France)]] on "
        "Wednesday rejected the appeal of a former mayor of [[Nice|GPE]] convicted of fraud. The ruling is final.\n"),
        [],
    ),
    (
        "own-dev40-poland-pec",
        "2026-04-21",
        ("[[WARSAW|GPE|Warsaw]], April 21 - [[Poland|GPE]]'s [[National Electoral Commission|ORG|National Electoral "
        "Commission (Poland)]] said on Tuesday turnout in the local runoff was 44 percent. [[Poland|GPE]]'s "
        "[[Monetary Policy Council|ORG|Monetary Policy Council (Poland)]] meets next week.\n"),
        [],
    ),
    (
        "own-dev40-zambia-acc",
        "2026-09-02",
        ("[[LUSAKA|GPE|Lusaka]], Sept 2 - [[Zambia|GPE]]'s [[Anti-Corruption Commission|ORG|Anti-Corruption Commission "
        "(Zambia)]] arrested two officials of the [[Ministry of Health|ORG|Ministry of Health (Zambia)]] on Tuesday over "
        "a drug procurement contract, the commission said.\n"),
        [],
    ),
    (
        "own-dev40-philippines-nbi",
        "2026-11-10",
        ("[[MANILA|GPE|Manila]], Nov 10 - The [[Philippines|GPE]]' [[National Bureau of Investigation|ORG|National "
        "Bureau of Investigation (Philippines)]] raided a call centre in [[Pasay|GPE]] on Monday and detained 120 "
        "workers, the [[Department of Justice|ORG|Department of Justice (Philippines)]] said.\n"),
        [],
    ),
    (
        "own-dev40-japan-npa",
        "2026-03-02",
        ("[[TOKYO|GPE|Tokyo]], March 2 - [[Japan|GPE]]'s [[National Police Agency|ORG|National Police Agency (Japan)]] "
        "said on Monday that reported fraud losses rose 18 percent in 2025 to 72 billion yen. The [[Ministry of "
        "Finance|ORG|Ministry of Finance (Japan)]] declined to comment.\n"),
        [],
    ),
    (
        "own-dev40-zimbabwe-mines",
        "2026-05-05",
        ("[[HARARE|GPE|Harare]], May 5 - [[Zimbabwe|GPE]]'s gold deliveries rose 12 percent in April, the [[Ministry of "
        "Mines and Mining Development|ORG|Ministry of Mines and Mining Development (Zimbabwe)]] said. The [[Reserve "
        "Bank of Zimbabwe|ORG]] buys all gold output.\n"),
        [],
    ),
    (
        "own-dev40-israel-cbs",
        "2026-02-15",
        ("[[JERUSALEM|GPE|Jerusalem]], Feb 15 - [[Israel|GPE]]'s economy grew 3.1 percent in the fourth quarter, the "
        "[[Central Bureau of Statistics|ORG|Central Bureau of Statistics (Israel)]] said on Sunday. The [[Bank of "
        "Israel|ORG]] meets later this month.\n"),
        [],
    ),
    (
        "own-dev40-boe-mpc",
        "2026-11-05",
        ("[[LONDON|GPE|London]], Nov 5 - The [[Bank of England|ORG]]'s [[Monetary Policy Committee|ORG]] voted 7-2 to "
        "hold Bank Rate at 4 percent on Thursday. The [[MPC|ORG|Monetary Policy Committee]] said inflation in "
        "[[Britain|GPE|United Kingdom]] would fall next year. [[HM Treasury|ORG]] welcomed the decision.\n"),
        [],
    ),
    (
        "own-dev40-stats-sa",
        "2026-07-22",
        ("[[PRETORIA|GPE|Pretoria]], July 22 - [[Statistics South Africa|ORG]] said consumer inflation slowed to 3.0 "
        "percent in June. The [[National Treasury|ORG|National Treasury (South Africa)]] said it would publish the "
        "medium-term budget in October.\n"),
        [],
    ),
    (
        "own-dev40-us-fed",
        "2026-06-17",
        ("[[WASHINGTON|GPE|Washington, D.C.]], June 17 - The [[Federal Reserve|ORG]] held rates steady on Wednesday. The "
        "[[Department of Labor|ORG|United States Department of Labor]] said jobless claims fell, and the [[Supreme "
        "Court|ORG|Supreme Court of the United States]] heard arguments over tariffs.\n"),
        [],
    ),
    (
        "own-dev40-ontario",
        "2026-01-20",
        ("[[TORONTO|GPE|Toronto]], Jan 20 - [[Ontario|GPE]]'s [[Ministry of Health|ORG|Ministry of Health (Ontario)]] "
        "said on Tuesday flu admissions had peaked. [[Toronto|GPE]] reported 310 cases last week.\n"),
        [],
    ),
    (
        "own-dev40-two-countries",
        "2026-04-08",
        ("[[GENEVA|GPE|Geneva]], April 8 - Trade officials from [[Peru|GPE]] and [[Chile|GPE]] met on Wednesday to "
        "discuss fishing quotas. The [[Competition Commission|ORG]] must still review any joint venture, delegates "
        "said.\n"),
        [],
    ),
    (
        "own-dev40-imf-romania",
        "2026-03-30",
        ("[[BUCHAREST|GPE|Bucharest]], March 30 - [[Romania|GPE]]'s [[National Institute of Statistics|ORG|National "
        "Institute of Statistics (Romania)]] said the economy grew 0.8 percent last year. The [[International Monetary "
        "Fund|ORG]] expects faster growth in 2027.\n"),
        [],
    ),
    (
        "own-dev40-firm-committee",
        "2026-09-24",
        ("[[JOHANNESBURG|GPE|Johannesburg]], Sept 24 - [[Sasol|ORG]]'s [[Audit Committee|ORG]] approved the annual "
        "accounts on Thursday, the company said. [[South Africa|GPE]]'s [[Competition Commission|ORG|Competition "
        "Commission (South Africa)]] is reviewing a fuel deal.\n"),
        [],
    ),
]

CHECK = [
    (
        "own-dev40c-uganda-mpc",
        "2026-08-18",
        ("[[KAMPALA|GPE|Kampala]], Aug 18 - The [[Bank of Uganda|ORG]] kept its central bank rate at 9.75 percent on "
        "Monday. The bank's [[Monetary Policy Committee|ORG|Monetary Policy Committee (Uganda)]] said the shilling had "
        "been stable. [[Uganda|GPE]]'s inflation stood at 3.4 percent.\n"),
        [],
    ),
    (
        "own-dev40c-nepal-nso",
        "2026-12-01",
        ("[[KATHMANDU|GPE|Kathmandu]], Dec 1 - [[Nepal|GPE]]'s [[National Statistics Office|ORG|National Statistics "
        "Office (Nepal)]] said inflation was 5 percent in October. The [[Ministry of Finance|ORG|Ministry of Finance "
        "(Nepal)]] said revenue rose 9 percent.\n"),
        [],
    ),
    (
        "own-dev40c-botswana-mpc",
        "2026-08-01",
        ("[[GABORONE|GPE|Gaborone]], Aug 1 - The [[Bank of Botswana|ORG]]'s [[Monetary Policy Committee|ORG|Monetary "
        "Policy Committee (Botswana)]] cut rates to 1.9 percent. The [[MPC|ORG|Monetary Policy Committee (Botswana)]] "
        "said inflation in [[Botswana|GPE]] would stay within its range.\n"),
        [],
    ),
    (
        "own-dev40c-tanzania-nbs",
        "2026-05-27",
        ("[[DODOMA|GPE|Dodoma]], May 27 - [[Tanzania|GPE]]'s [[National Bureau of Statistics|ORG|National Bureau of "
        "Statistics (Tanzania)]] said on Wednesday the economy grew 5.6 percent in the first quarter. The [[Ministry of "
        "Energy|ORG|Ministry of Energy (Tanzania)]] said power output rose.\n"),
        [],
    ),
    (
        "own-dev40c-italy-state",
        "2026-02-11",
        ("[[ROME|GPE|Rome]], Feb 11 - [[Italy|GPE]]'s [[Council of State|ORG|Council of State (Italy)]] on Wednesday "
        "suspended the award of a motorway contract near [[Naples|GPE]]. The [[Ministry of Infrastructure and "
        "Transport|ORG|Ministry of Infrastructure and Transport (Italy)]] said it would appeal.\n"),
        [],
    ),
    (
        "own-dev40c-malawi-nso",
        "2026-10-14",
        ("[[LILONGWE|GPE|Lilongwe]], Oct 14 - [[Malawi|GPE]]'s [[Ministry of Agriculture|ORG|Ministry of Agriculture "
        "(Malawi)]] said the maize harvest fell 10 percent. The [[Ministry of Finance and Economic Affairs|ORG|Ministry "
        "of Finance and Economic Affairs (Malawi)]] said food imports would rise.\n"),
        [],
    ),
    (
        "own-dev40c-korea-nis",
        "2026-06-25",
        ("[[SEOUL|GPE|Seoul]], June 25 - [[South Korea|GPE]]'s [[National Intelligence Service|ORG|National "
        "Intelligence Service (South Korea)]] told lawmakers on Thursday that [[North Korea|GPE]] had sent more troops "
        "abroad. The [[Ministry of Unification|ORG|Ministry of Unification (South Korea)]] declined to comment.\n"),
        [],
    ),
    (
        "own-dev40c-eu-court",
        "2026-09-16",
        ("[[LUXEMBOURG|GPE|Luxembourg]], Sept 16 - The [[European Court of Justice|ORG|Court of Justice of the European "
        "Union]] ruled on Wednesday that [[Hungary|GPE]] had broken asylum rules. The [[European Commission|ORG]] said it "
        "would study the judgment.\n"),
        [],
    ),
    (
        "own-dev40c-uk-sfo",
        "2026-04-29",
        ("[[LONDON|GPE|London]], April 29 - [[Britain|GPE|United Kingdom]]'s [[Serious Fraud Office|ORG|Serious Fraud "
        "Office (United Kingdom)]] charged two former bankers on Wednesday. The [[Financial Conduct Authority|ORG]] said "
        "it was assisting the inquiry.\n"),
        [],
    ),
    (
        "own-dev40c-bank-firm",
        "2026-03-18",
        ("[[NAIROBI|GPE|Nairobi]], March 18 - [[Equity Bank|ORG]]'s [[Risk Committee|ORG]] approved a new lending policy, "
        "the lender said. [[Kenya|GPE]]'s [[National Treasury|ORG|The National Treasury (Kenya)]] said bond yields had "
        "fallen.\n"),
        [],
    ),
]


if __name__ == "__main__":
    write_sets("own-bodies-dev40", CASES, CHECK, SOURCE)
