"""Write eval/own-entities-dev13o.jsonl and eval/own-entities-dev13o-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ORGANISATIONS (issue 13, session 11).

Families where ORG mentions go wrong on the dev sets of session 11 (measured with
``eval/org_errors.py``: of 363 ORG errors on 17 dev sets, 225 wrong names, 64 wrong types, 50
missed): the canonical ``name`` of a firm written with its legal form, short forms and
back-references, bodies NER cuts at "of"/"for" or at a place name, news agencies, national
bodies of other countries. The briefs are of kinds the dev sets lack (a central bank with a
wire credit, a rolling-stock order, a budget with a parliament and parties, a regulator's fine,
a national assembly and a district court, a nurses' strike with unions and health bodies, a
listing on a stock exchange with a university spin-out, a supreme court and a competition
regulator, an election commission with parties and wire credits):
- firms written with their legal form: the form is in the span and out of ``name`` ("Norske
  tog AS" -> "Norske tog", invented firms too, as the held-out set 9 and the session 11 brief
  read it; real firms by their English Wikipedia title, "Alstom SA" -> "Alstom"), and named
  again without it;
- capitalised back-references to a body named earlier ("the Bank", "the Authority", "the
  Ministry", "the Court", "the Commission", "the Bureau", "the Agency") and first words of a
  long name ("the Reserve Bank" after "the Reserve Bank of Australia");
- acronyms defined in brackets and reused ("(FCA)", "(BMA)", "(IEBC)");
- news agencies in datelines and credits ("(Reuters)", "(AP)" -> "Associated Press", "(AFP)"
  -> "Agence France-Presse", "(Yonhap)" -> "Yonhap News Agency");
- national bodies of other countries: a generic ministry or assembly takes its country in
  brackets ("Ministry of Transport (Norway)", "National Assembly (South Korea)"), a body with
  a title of its own keeps it ("Bank of Japan", "National Diet");
- "X of/for Place" bodies and bodies that end with a place ("Transport for London", "Bank
  Indonesia" kinds: "Reserve Bank of Australia", "University of Tokyo", "Law Society of
  Kenya");
- political parties (with the country in brackets where English Wikipedia titles them so,
  "Liberal Democratic Party (Japan)"), unions, universities, stock exchanges, courts.
Cases that must stay: "the bank" in lower case (untagged), a country named inside a body's
name, people and places beside the bodies.
Written for briefx by hand (session 11, issue 13 organisations); real places, institutions,
companies and public figures, invented events, figures and quotations (invented firms where
the text says nothing a real firm did). Annotated by ``shared/eval/ANNOTATION.md`` and the
readings on ``eval/README.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``; a hospital named as the body that treats
patients is ORG (OntoNotes). ``entity_marks``
turns the marks into offsets and checks every span. The CHECK cases go to the check file:
scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev13o.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev13o.jsonl"
OUT_CHECK = HERE / "own-entities-dev13o-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 13o, issue 13 organisations); central-bank, rail, "
    "budget, regulatory, court, strike, listing and election copy; real places, institutions, "
    "companies and public figures, invented events, figures and quotations; MIT."
)

CASES = [
    (
        "own-ent13o-01",
        "2026-03-03",
        "[[SYDNEY|GPE|Sydney]], March 3 ([[Reuters|ORG]]) - The [[Reserve Bank of Australia|ORG]] "
        "held its cash rate at 3.85% on Tuesday. The [[Bank|ORG|Reserve Bank of Australia]] said "
        "inflation was easing but the labour market remained tight. Governor [[Michele "
        "Bullock|PERSON]] said the bank would watch wages closely. Shares on the [[Australian "
        "Securities Exchange|ORG]] rose 0.4%, led by [[Westpac|ORG]] and [[BHP|ORG]]. The "
        "[[Australian Council of Trade Unions|ORG]] called for faster relief for households. "
        "Economists at [[Kestrel Advisory Pty Ltd|ORG|Kestrel Advisory]] expect a cut in May. "
        "The [[Reserve Bank|ORG|Reserve Bank of Australia]] next meets in April.\n",
    ),
    (
        "own-ent13o-02",
        "2026-06-09",
        "[[OSLO|GPE|Oslo]], June 9 -- [[Norske tog AS|ORG|Norske tog]] has ordered 30 regional "
        "trains from [[Stadler Rail AG|ORG|Stadler Rail]], the state-owned leasing company said "
        "on Tuesday. [[Norske tog|ORG]] said the trains would run on the [[Bergen Line|FAC]] from "
        "2029. [[Stadler|ORG|Stadler Rail]], based in [[Bussnang|GPE]], [[Switzerland|GPE]], beat "
        "bids from [[Alstom SA|ORG|Alstom]] and [[Nordbane Rullende Materiell AS|ORG|Nordbane "
        "Rullende Materiell]]. [[Norway|GPE]]'s [[Ministry of Transport|ORG|Ministry of "
        "Transport (Norway)]] said the order was within budget. The [[Ministry|ORG|Ministry of "
        "Transport (Norway)]] expects the state operator [[Vy|ORG]] to run the trains, and "
        "[[Nordbane|ORG|Nordbane Rullende Materiell]] said it would not appeal.\n",
    ),
    (
        "own-ent13o-03",
        "2026-12-26",
        "[[TOKYO|GPE|Tokyo]], Dec 26 ([[AP|ORG|Associated Press]]) — [[Japan|GPE]]'s [[Ministry "
        "of Finance|ORG|Ministry of Finance (Japan)]] said on Friday that next year's budget "
        "would reach a record 122 trillion yen. The [[Ministry|ORG|Ministry of Finance (Japan)]] "
        "said debt costs would rise as the [[Bank of Japan|ORG]] ([[BOJ|ORG|Bank of Japan]]) "
        "lifts rates. The [[BOJ|ORG|Bank of Japan]] raised its policy rate to 0.75% last week. "
        "The budget must pass the [[National Diet|ORG]], where the ruling [[Liberal Democratic "
        "Party|ORG|Liberal Democratic Party (Japan)]] lacks a majority in the lower house. The "
        "[[Constitutional Democratic Party of Japan|ORG]] said it would oppose the plan. "
        "Economists at [[Nomura Holdings Inc.|ORG|Nomura Holdings]] and the [[University of "
        "Tokyo|ORG]] said the deficit would narrow.\n",
    ),
    (
        "own-ent13o-04",
        "2026-05-14",
        "[[LONDON|GPE|London]], 14 May 2026 -- The [[Financial Conduct Authority|ORG]] "
        "([[FCA|ORG|Financial Conduct Authority]]) fined [[Barclays|ORG]] £42 million on "
        "Thursday for failing customers in financial difficulty. The [[Authority|ORG|Financial "
        "Conduct Authority]] said the bank had been too slow to offer payment plans. "
        "[[Barclays|ORG]] said it accepted the findings. The [[FCA|ORG|Financial Conduct "
        "Authority]] also fined [[Harbourline Credit Ltd|ORG|Harbourline Credit]], a "
        "[[Leeds|GPE]] lender, £3 million. [[Harbourline|ORG|Harbourline Credit]] said it would "
        "appeal to the [[Upper Tribunal|ORG]]. The [[Financial Ombudsman Service|ORG]] said "
        "complaints had doubled, and [[Citizens Advice|ORG]] called for stronger rules.\n",
    ),
    (
        "own-ent13o-05",
        "2026-04-03",
        "[[SEOUL|GPE|Seoul]], April 3 ([[Yonhap|ORG|Yonhap News Agency]]) -- [[South "
        "Korea|GPE]]'s [[National Assembly|ORG|National Assembly (South Korea)]] passed a chip "
        "subsidy bill on Friday by 201 votes to 87. The opposition [[People Power Party|ORG]] "
        "voted against it, saying the [[Assembly|ORG|National Assembly (South Korea)]] had "
        "rushed the vote. The ruling [[Democratic Party of Korea|ORG]] said the law would help "
        "[[Samsung Electronics Co. Ltd.|ORG|Samsung Electronics]] and [[SK Hynix|ORG]]. Shares "
        "of [[Samsung Electronics|ORG]] rose 2% on the [[Korea Exchange|ORG]]. Separately, the "
        "[[Seoul Central District Court|ORG]] fined [[Hanbit Semitech Co.|ORG|Hanbit Semitech]] "
        "for leaking designs; the [[Court|ORG|Seoul Central District Court]] said the firm had "
        "sold them to a rival.\n",
    ),
    (
        "own-ent13o-06",
        "2026-02-11",
        "[[LONDON|GPE|London]], Feb 11 -- Nurses in [[England|GPE]] will strike for two days "
        "next month, the [[Royal College of Nursing|ORG]] said on Wednesday. The [[British "
        "Medical Association|ORG]] ([[BMA|ORG|British Medical Association]]) said resident "
        "doctors would join them. The [[Department of Health and Social Care|ORG]] called the "
        "strike unnecessary. [[NHS England|ORG]] said [[Guy's and St Thomas' NHS Foundation "
        "Trust|ORG]] would cancel 2,000 operations. The [[BMA|ORG|British Medical "
        "Association]] said pay had fallen by a fifth since 2008. [[Unite|ORG|Unite the "
        "Union]] is balloting ambulance staff. Health Secretary [[Wes "
        "Streeting|PERSON]] met the [[College|ORG|Royal College of Nursing]] on Tuesday.\n",
    ),
    (
        "own-ent13o-07",
        "2026-09-17",
        "[[STOCKHOLM|GPE|Stockholm]], Sept 17 -- [[Aurelia Therapeutics AB|ORG|Aurelia "
        "Therapeutics]], a spin-out of [[Karolinska Institutet|ORG]], rose 18% on its first day "
        "of trading on [[Nasdaq Stockholm|ORG]]. [[Aurelia|ORG|Aurelia Therapeutics]] raised "
        "900 million crowns to test its heart drug, which the [[Swedish Medical Products "
        "Agency|ORG]] cleared for trials in March. The [[Agency|ORG|Swedish Medical Products "
        "Agency]] said the first patients would be treated at [[Karolinska University "
        "Hospital|ORG]]. [[Uppsala University|ORG]] holds a 4% stake, and [[Handelsbanken|ORG]] and "
        "[[Carnegie Investment Bank|ORG]] led the offer.\n",
    ),
    (
        "own-ent13o-08",
        "2026-11-20",
        "[[OTTAWA|GPE|Ottawa]], Nov. 20 ([[CP|ORG|The Canadian Press]]) — The [[Supreme Court "
        "of Canada|ORG]] on Friday upheld a ruling against [[Rogers Communications Inc.|ORG|"
        "Rogers Communications]] over its fees. The [[Court|ORG|Supreme Court of Canada]] said "
        "the [[Competition Bureau|ORG]] had shown that customers were misled. The [[Bureau|ORG|"
        "Competition Bureau]] said it would seek a fine of C$9 million. [[Conservative "
        "Party|ORG|Conservative Party of Canada]] leader [[Pierre Poilievre|PERSON]] said the "
        "ruling showed the need for more competition, and the [[New Democratic Party|ORG]] "
        "called for price caps. [[Rogers|ORG|Rogers Communications]] said it would comply.\n",
    ),
    (
        "own-ent13o-09",
        "2026-08-10",
        "[[NAIROBI|GPE|Nairobi]], Aug 10 ([[AFP|ORG|Agence France-Presse]]) - [[Kenya|GPE]]'s "
        "[[Independent Electoral and Boundaries Commission|ORG]] ([[IEBC|ORG|Independent "
        "Electoral and Boundaries Commission]]) said on Monday that turnout in the by-elections "
        "had reached 61%. The [[Commission|ORG|Independent Electoral and Boundaries "
        "Commission]] declared the [[United Democratic Alliance|ORG]] winner in four of six "
        "seats. The [[Orange Democratic Movement|ORG]] said it would challenge two results at "
        "the [[High Court|ORG|High Court of Kenya]]. The [[Law Society of Kenya|ORG]] urged "
        "calm, and [[Safaricom PLC|ORG|Safaricom]] said its network had carried the "
        "[[IEBC|ORG|Independent Electoral and Boundaries Commission]]'s results without "
        "interruption.\n",
    ),
]

CHECK = [
    (
        "own-ent13o-10",
        "2026-10-08",
        "[[MUMBAI|GPE|Mumbai]], Oct 8 ([[Reuters|ORG]]) - The [[Reserve Bank of India|ORG]] kept "
        "its repo rate at 5.5% on Wednesday. The [[Reserve Bank|ORG|Reserve Bank of India]] said "
        "food prices had eased. Governor [[Sanjay Malhotra|PERSON]] said banks should lend "
        "more to small firms. The [[Securities and Exchange Board of India|ORG]] "
        "([[SEBI|ORG|Securities and Exchange Board of India]]) separately fined [[Vardhan "
        "Capital Markets Ltd|ORG|Vardhan Capital Markets]] for insider trading; [[SEBI|ORG|"
        "Securities and Exchange Board of India]] said [[Vardhan|ORG|Vardhan Capital Markets]] "
        "had traded ahead of orders. Shares of [[Tata Motors Ltd|ORG|Tata Motors]] rose 3% on "
        "the [[National Stock Exchange of India|ORG]].\n",
    ),
    (
        "own-ent13o-11",
        "2026-03-26",
        "[[PARIS|GPE|Paris]], March 26 ([[AFP|ORG|Agence France-Presse]]) — Rail workers "
        "across [[France|GPE]] walked out on Thursday after the [[General Confederation of "
        "Labour|ORG|General Confederation of Labour (France)]] ([[CGT|ORG|General "
        "Confederation of Labour (France)]]) called a strike over pensions. [[SNCF|ORG]] said "
        "half of its high-speed trains were cancelled. The [[CGT|ORG|General Confederation of "
        "Labour (France)]] said the [[Ministry of Labour|ORG|Ministry of Labour (France)]] had "
        "refused to meet it; the [[Ministry|ORG|Ministry of Labour (France)]] said talks would "
        "resume on Monday. [[Ferrovia Service SAS|ORG|Ferrovia Service]], a cleaning "
        "contractor, said its staff would join the strike.\n",
    ),
    (
        "own-ent13o-12",
        "2026-07-15",
        "[[MEXICO CITY|GPE|Mexico City]], July 15 ([[AP|ORG|Associated Press]]) — [[Mexico|GPE]]"
        "'s [[Supreme Court|ORG|Supreme Court of Justice of the Nation]] on Tuesday struck down "
        "a tax on online platforms. The [[Court|ORG|Supreme Court of Justice of the Nation]] "
        "said [[Congress|ORG|Congress of the Union]] had exceeded its powers. [[Mercado "
        "Libre|ORG]] shares rose 4% on the [[Mexican Stock Exchange|ORG]]. The [[Bank of "
        "Mexico|ORG]] said the ruling would not change its outlook, and the [[National "
        "Autonomous University of Mexico|ORG]] said it would study the effects.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
