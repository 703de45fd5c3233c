"""Write eval/own-entities-dev12r.jsonl and eval/own-entities-dev12r-check.jsonl (FORMAT.md,
entities only): a twelfth entities dev set and its check set, for entity *recall* and span
precision of organisations, people and laws (issue 13, session 10).

Kinds of text the earlier dev sets lack: company-list digests in bullets and comma lists,
market wraps with tickers in brackets, regulatory notices citing laws and regulations by
number, press-release boilerplate ("About X", media contacts, forward-looking statements),
results-call transcripts with speaker labels, wire bylines and photo captions.
Families dense in them: organisation names with "&", digits, a lower-case start ("eBay"),
hyphens, "of"/"and" inside long names, legal forms ("plc", "GmbH", "a.s."), names in lines in
capitals, people in speaker labels, bylines ("By ...", "Reporting by ...") and captions, laws
that are not "Acts" ("Regulation (EU) 2025/1412", "Directive", "Bill", "Ordinance", "Code").
Cases that must stay untagged: capitalised common words at a line start ("Revenue", "Outlook:",
"Dividend"), stock indices (series, ANNOTATION.md "Added rule"), tickers (designations, see
below), a title without its holder.

Judgement calls (ANNOTATION.md is silent): a ticker in brackets ("(KSTB.O)", "(NASDAQ: CRVN)")
is a designation, like a model number: the exchange named in it is an ORG ("NASDAQ" ->
"Nasdaq"), the ticker symbol is not tagged. A regulation cited by number only is a LAW named by
its citation ("Regulation (EU) 2025/1412"); its number is no figure or date. A speaker label
"OPERATOR:" is no entity.

Written for briefx by hand (session 10, issue 13); real places, institutions, exchanges and a
few well-known companies, invented firms (they keep their legal form in the name), people,
events, laws, figures and quotations. Annotated by ``shared/eval/ANNOTATION.md`` inline while
writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. ``entity_marks`` turns the marks into offsets and checks every
span. After the first run three marks were corrected to conventions the earlier sets
already follow (an agency's "U.S." inside its span, as "U.S. Agency for International
Development" in dev9 and briefs-dev; "the Commission" for the European Commission tagged,
ANNOTATION.md QA rule), not to briefx's output. The CHECK cases go to the check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev12r.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev12r.jsonl"
OUT_CHECK = HERE / "own-entities-dev12r-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 12r, issue 13 recall); deal digests, market wraps, "
    "regulatory notices, press releases and call transcripts; real places, institutions and "
    "exchanges, invented firms, people, events, laws, figures and quotations; MIT."
)

CASES = [
    (
        "own-ent12r-01",
        "2026-10-14",
        "DEALS DIGEST\n\n"
        "• [[Harwell & Stone plc|ORG]] agreed to buy [[Ostrava Tooling a.s.|ORG]] for 210 million "
        "euros.\n"
        "• [[3M|ORG]] said it would sell its filtration unit to [[Brenner-Kohl GmbH|ORG]].\n"
        "• [[eBay|ORG]] and [[Etsy|ORG]] both raised their fee forecasts for the fourth "
        "quarter.\n"
        "• [[Procter & Gamble|ORG]] will close its plant in [[Mehoopany|GPE|Mehoopany, "
        "Pennsylvania]], [[Pennsylvania|GPE]], by 2028.\n"
        "• [[Bank of Montreal|ORG]] and [[Royal Bank of Canada|ORG]] led a loan of 900 million "
        "Canadian dollars to [[Tessaly Energy Corp.|ORG]]\n"
        "• Revenue at [[Quillon Data & Analytics Ltd|ORG]] rose 14%, the company said.\n",
    ),
    (
        "own-ent12r-02",
        "2026-10-14",
        "[[NEW YORK|GPE|New York City]], Oct 14 ([[Reuters|ORG]]) - Shares of [[Kestrel "
        "Biosciences Inc|ORG]] (KSTB.O) jumped 18% on Wednesday after the [[U.S. Food and Drug "
        "Administration|ORG|Food and Drug Administration]] approved its migraine drug. [[Delmont "
        "Financial Corp|ORG]] (DMFC.N) fell 6.2% after it cut its outlook, and [[JPMorgan Chase "
        "& Co|ORG|JPMorgan Chase]] (JPM.N) rose 1.1%. The S&P 500 gained 0.8%. In [[Europe|LOC]], "
        "[[ASML Holding NV|ORG|ASML Holding]] (ASML.AS) rose 2% in [[Amsterdam|GPE]]. Analysts "
        "at [[Goldman Sachs|ORG]] said chip demand was holding up.\n\n"
        "(Reporting by [[Priya Raman|PERSON]] in [[New York|GPE|New York City]]; Editing by "
        "[[Tom Hale|PERSON]])\n",
    ),
    (
        "own-ent12r-03",
        "2026-09-02",
        "[[BRUSSELS|GPE|Brussels]] -- The [[European Commission|ORG]] opened an investigation "
        "into [[Velmora Pay SE|ORG]] under [[Regulation (EU) 2025/1412|LAW]] on payment fraud, "
        "it said on Wednesday. The [[Commission|ORG|European Commission]] said the firm may also have breached [[Directive "
        "(EU) 2024/881|LAW]] and the [[General Data Protection Regulation|LAW]]. [[Velmora "
        "Pay|ORG|Velmora Pay SE]] has 30 days to reply. The [[European Banking Authority|ORG]] "
        "([[EBA|ORG|European Banking Authority]]) will advise the [[Commission|ORG|European "
        "Commission]], spokeswoman "
        "[[Anneke Vos|PERSON]] said.\n",
    ),
    (
        "own-ent12r-04",
        "2026-05-20",
        "[[OTTAWA|GPE|Ottawa]] -- [[Canada|GPE]]'s [[House of Commons|ORG|House of Commons of "
        "Canada]] passed [[Bill C-41|LAW]] on Tuesday, which amends the [[Criminal Code|LAW|"
        "Criminal Code (Canada)]] to make online fraud against seniors a separate offence. "
        "Justice Minister [[Sean Fraser|PERSON]] said the [[Senate|ORG|Senate of Canada]] "
        "would take up the bill in June. The [[Canadian Bankers Association|ORG]] and the "
        "[[Canadian Association of Retired Persons|ORG]] both backed it. In [[Hong Kong|GPE]], "
        "lawmakers amended the [[Companies Ordinance|LAW]] and the [[Securities and Futures "
        "Ordinance|LAW]] the same week.\n",
    ),
    (
        "own-ent12r-05",
        "2026-03-11",
        "[[Corvane Systems Inc.|ORG]] Reports Record Fourth-Quarter Revenue\n\n"
        "[[SAN JOSE|GPE|San Jose, California]], [[Calif.|GPE|California]], March 11, 2026 -- "
        "[[Corvane Systems Inc.|ORG]] ([[NASDAQ|ORG|Nasdaq]]: CRVN), a maker of network "
        "security chips, today reported revenue of $412 million for the fourth quarter.\n\n"
        "\"Demand from cloud customers was strong all year,\" said [[Lena Okafor|PERSON]], chief "
        "executive officer of [[Corvane|ORG|Corvane Systems Inc.]]\n\n"
        "About [[Corvane Systems|ORG|Corvane Systems Inc.]]\n"
        "[[Corvane Systems Inc.|ORG]] designs chips for data centers. It is based in [[San "
        "Jose|GPE|San Jose, California]] and has offices in [[Austin|GPE|Austin, Texas]] and "
        "[[Bangalore|GPE|Bengaluru]].\n\n"
        "Forward-Looking Statements\n"
        "This release contains forward-looking statements within the meaning of the [[Private "
        "Securities Litigation Reform Act of 1995|LAW]].\n\n"
        "Media contact: [[Dana Whitfield|PERSON]], press@corvane.example\n",
    ),
    (
        "own-ent12r-06",
        "2026-07-30",
        "[[Hallmark & Vey Holdings|ORG]] Q2 2026 earnings call (edited)\n\n"
        "Participants: [[Ruth Adeyemi|PERSON]], chief executive; [[Marco Bellini|PERSON]], "
        "chief financial officer; [[Sophie Tran|PERSON]], analyst, [[Morgan Stanley|ORG]]\n\n"
        "OPERATOR: Good morning and welcome.\n"
        "[[ADEYEMI|PERSON|Ruth Adeyemi]]: Thank you. Orders from [[Airbus|ORG]] and "
        "[[Boeing|ORG]] rose in the quarter, and our plant in [[Wichita|GPE|Wichita, Kansas]] "
        "is at full capacity.\n"
        "[[BELLINI|PERSON|Marco Bellini]]: Free cash flow was $88 million.\n"
        "[[TRAN|PERSON|Sophie Tran]]: Can you talk about pricing?\n"
        "[[ADEYEMI|PERSON|Ruth Adeyemi]]: Pricing held up well.\n",
    ),
    (
        "own-ent12r-07",
        "2026-06-18",
        "[[LONDON|GPE|London]], June 18 -- The index provider [[FTSE Russell|ORG]] said on "
        "Thursday that [[Marlow-Quince plc|ORG]], [[Fenwick Digital Group|ORG]] and "
        "[[Ashbury & Lyle plc|ORG]] would join the FTSE 250 index, while [[Tellwright "
        "Foods|ORG]], [[J. Sainsbury plc|ORG|Sainsbury's]] and [[Rightmove|ORG]] stay in the "
        "FTSE 100. The changes take effect after the close on June 19, the [[London Stock "
        "Exchange|ORG]] said.\n\n"
        "Photo: Traders at the [[London Stock Exchange|ORG]]. [[Hannah Price|PERSON]]/[[Reuters|"
        "ORG]]\n",
    ),
    (
        "own-ent12r-08",
        "2026-02-04",
        "RESULTS IN BRIEF\n"
        "[[AB INBEV|ORG|AB InBev]]: Volumes fell 1.2% in [[Latin America|LOC]].\n"
        "[[ROLLS-ROYCE|ORG|Rolls-Royce Holdings]]: Profit rose 30%; the dividend was "
        "restored.\n"
        "[[H&M|ORG]]: Sales in [[Germany|GPE]] were flat.\n"
        "Outlook: Most firms expect weaker demand in the first half.\n\n"
        "[[Anheuser-Busch InBev|ORG|AB InBev]] said it would cut 400 jobs in [[Leuven|GPE]]. "
        "[[Rolls-Royce|ORG|Rolls-Royce Holdings]] chief executive [[Tufan Erginbilgic|PERSON]] "
        "said engine flying hours were back above 2019 levels. [[H&M|ORG]] will open 20 stores "
        "in [[India|GPE]].\n",
    ),
    (
        "own-ent12r-09",
        "2026-11-05",
        "[[WASHINGTON|GPE|Washington, D.C.]] -- The [[Securities and Exchange Commission|ORG]] "
        "charged [[Brightwater Capital Partners LLC|ORG]] and its founder, [[Glen "
        "Mortimer|PERSON]], with fraud under the [[Securities Exchange Act of 1934|LAW]] and "
        "the [[Investment Advisers Act of 1940|LAW]]. The [[Department of Justice|ORG|United "
        "States Department of Justice]] filed parallel charges in the [[U.S. District Court for "
        "the Southern District of New York|ORG|United States District Court for the Southern "
        "District of New York]]. [[Mortimer|PERSON|Glen Mortimer]]'s lawyer, [[Carla "
        "Benton|PERSON]] of [[Wachtell, Lipton, Rosen & Katz|ORG]], said her client would fight "
        "the charges. The [[Financial Industry Regulatory Authority|ORG]] barred two of the "
        "firm's brokers.\n",
    ),
    (
        "own-ent12r-10",
        "2026-08-26",
        "By [[Maria Delgado|PERSON]]\n\n"
        "[[MADRID|GPE|Madrid]] -- [[Banco Bilbao Vizcaya Argentaria|ORG]] ([[BBVA|ORG|Banco "
        "Bilbao Vizcaya Argentaria]]) and [[Banco Santander|ORG]] were each fined 12 million "
        "euros by the [[Bank of Spain|ORG]] for breaches of [[Law 10/2014|LAW]] on the "
        "supervision of credit institutions. [[CaixaBank|ORG]] was cleared. [[Spain|GPE]]'s "
        "[[National Securities Market Commission|ORG]] is also looking at trading in "
        "[[Sabadell|ORG|Banco Sabadell]] shares before the bid by [[BBVA|ORG|Banco Bilbao "
        "Vizcaya Argentaria]].\n",
    ),
    (
        "own-ent12r-11",
        "2026-04-09",
        "[[SACRAMENTO|GPE|Sacramento, California]], [[Calif.|GPE|California]] -- "
        "[[California|GPE]] Governor [[Gavin Newsom|PERSON]] signed [[Assembly Bill 1290|LAW]] "
        "and [[Senate Bill 412|LAW]] on Thursday, tightening rules for data brokers under the "
        "[[California Consumer Privacy Act|LAW]]. The [[California Privacy Protection "
        "Agency|ORG]] will enforce both. [[TechNet|ORG]] and the [[Electronic Frontier "
        "Foundation|ORG]] had opposed parts of the bills; [[Common Sense Media|ORG]] backed "
        "them. Companies such as [[Acxiom|ORG]] and [[LexisNexis Risk Solutions|ORG]] must "
        "register by January.\n",
    ),
    (
        "own-ent12r-12",
        "2026-12-01",
        "[[TOKYO|GPE|Tokyo]] -- [[Nippon Steel|ORG]], [[Mitsubishi UFJ Financial Group|ORG]] "
        "and [[SoftBank Group Corp.|ORG|SoftBank Group]] led gains on the [[Tokyo Stock "
        "Exchange|ORG]] on Tuesday, while [[Seven & i Holdings|ORG|Seven & I Holdings]] fell 3% after "
        "[[Alimentation Couche-Tard|ORG]] dropped its offer. The [[Bank of Japan|ORG]] will "
        "meet on Dec. 18. [[Mizuho Financial Group|ORG]] strategist [[Kenji Ota|PERSON]] said "
        "the [[Financial Services Agency|ORG]] would review "
        "the [[Financial Instruments and Exchange Act|LAW]] next year.\n",
    ),
]

CHECK = [
    (
        "own-ent12r-13",
        "2026-09-23",
        "FUNDING ROUNDUP\n"
        "- [[Lumenfield Robotics|ORG]] raised $60 million from [[Sequoia Capital|ORG]] and "
        "[[Andreessen Horowitz|ORG]].\n"
        "- [[Oakridge & Pell Therapeutics|ORG]] raised $22 million; [[Pfizer|ORG]] joined the "
        "round.\n"
        "- [[iRobot|ORG]] agreed a loan of $200 million with [[Carlyle Group|ORG|The Carlyle "
        "Group]].\n"
        "- [[Kingsley-Ward Analytics|ORG]] raised $9 million in a round led by [[Index "
        "Ventures|ORG]] and [[Bank of America|ORG]].\n"
        "Valuation: undisclosed for all four.\n",
    ),
    (
        "own-ent12r-14",
        "2026-06-03",
        "[[DUBLIN|GPE|Dublin]] -- The [[Data Protection Commission|ORG]] fined [[Kelvane Media "
        "Ltd|ORG]] 8 million euros under the [[General Data Protection Regulation|LAW]] and the "
        "[[Data Protection Act 2018|LAW]], commissioner [[Des Hogan|PERSON]] said on Tuesday. "
        "[[Kelvane|ORG|Kelvane Media Ltd]] said it would appeal to the [[High Court|ORG|High "
        "Court (Ireland)]]. The [[Irish Council for Civil Liberties|ORG]] welcomed the fine. "
        "The firm must also comply with [[Regulation (EU) 2022/2065|LAW]] by March. Similar "
        "cases against [[Meta Platforms|ORG]] and [[LinkedIn|ORG]] are pending, the [[European "
        "Data Protection Board|ORG]] said.\n",
    ),
    (
        "own-ent12r-15",
        "2026-02-26",
        "Photo caption: [[Elena Markovic|PERSON]], chief executive of [[Danube & Sava "
        "Logistics|ORG]], at the company's depot in [[Novi Sad|GPE]].\n\n"
        "[[BELGRADE|GPE|Belgrade]] -- [[Danube & Sava Logistics|ORG]] will list its shares on "
        "the [[Belgrade Stock Exchange|ORG]] in April, [[Markovic|PERSON|Elena Markovic]] said. "
        "[[Raiffeisen Bank International|ORG]] and [[Erste Group|ORG]] will manage the "
        "offering, and the [[European Bank for Reconstruction and Development|ORG]] will buy a "
        "10% stake. [[Serbia|GPE]]'s finance ministry welcomed the listing. Analyst [[Dragan "
        "Ilic|PERSON]] of [[Erste Group|ORG]] said demand would be strong.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
