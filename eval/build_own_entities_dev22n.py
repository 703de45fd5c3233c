"""Write eval/own-entities-dev22n.jsonl and eval/own-entities-dev22n-check.jsonl (FORMAT.md,
entities and statements): a dev set and its check set for CANONICAL NAMES FROM THE DOCUMENT'S
OWN TEXT (issue 13, session 21), in ordinary news prose, with the statements annotated too,
since a statement's speaker is the canonical name of its entity.

Families (each named in full once and again in a shorter or re-ordered form):
- an organisation's short form BEFORE its full name (a headline or lead that names "Brightwater"
  or "Voltaris" before "Brightwater Utilities Group plc" or "Voltaris Energie AG");
- one word of a name, the name without its head or legal form, a possessive ("Caprock's",
  "Hamana's"), the head noun alone capitalised ("the Board", "the Agency", "the Bank"),
  "the X Ministry" beside "Ministry of X", the name without its country ("the Statistical
  Service"), an acronym of the name's words never defined in brackets ("TCEQ", "KTDA", "GSS",
  "BoG", "EMSA", "CIRB");
- a name in capitals in the headline ("BRIGHTWATER", "HAMANA");
- a body inside a longer phrase ("the Bank of Ghana's governor"), a body's spokesperson ("a
  spokesperson for the Ministry said": the ministry speaks);
- a name whose title has "The" ("the Football Association" -> "The Football Association");
- a place given once as "Town, State" and later bare ("Midland", "Boise", "Asheville"), a
  place inside a longer mention ("the company's Berlin unit").
Look-alikes that must NOT link: two firms sharing a word ("Caprock Water Partners" beside
"Caprock Midstream", "Kaveri Housing Finance" beside "Kaveri Finance"), a parent and its unit
("Brightwater Energy", "Voltaris Speicher"), a city and its club ("Leeds" / "Leeds United",
"Nottingham" / "Nottingham Forest"), a country and its body ("Kenya" / "Kenya Revenue
Authority", "Ghana" / "Bank of Ghana"), a firm and a place of its name ("Hamana Motor" /
"Lake Hamana", "Sawtooth Regional Airlines" / "Sawtooth National Forest", "Duke Energy" /
"Duke University").
Written for briefx by hand (session 21, names6); real places, institutions and public figures
of 2024-2025, invented firms, figures, quotations and minor people. Annotated by
``shared/eval/ANNOTATION.md`` ("Entities", "Statements") and the readings on ``eval/README.md``
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``;
an institution takes its English Wikipedia title, a ministry with a generic title its country
in brackets (dev set 10), an invented body the full name the text gives without its legal form
(dev set 13o), a U.S. town "Town, State" as English Wikipedia titles it. Statements are
(speaker, cue, content, quote, figures) as in ``build_own_statements_dev4``. The CHECK cases go
to the check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev22n.py``.
"""

from __future__ import annotations

import json

from build_own_statements import HERE, case
from entity_marks import build

SOURCE = (
    "Written for briefx (entities dev set 22n, issue 13 canonical names from the document's own "
    "text, with statements); bodies named by a short form before or after the full name, one "
    "word, the head noun, a re-ordered form, a possessive, an undefined acronym, a headline in "
    "capitals, a spokesperson's body, 'The' in a title; towns as 'Town, State' then alone; "
    "look-alikes that must not link; real places, institutions and public figures, invented "
    "firms, figures, quotations and minor people; MIT."
)

BUG = "Brightwater Utilities Group"
EA = "Environment Agency"
MOAK = "Ministry of Agriculture (Kenya)"
KRA = "Kenya Revenue Authority"
KTDA = "Kenya Tea Development Agency"
BOG = "Bank of Ghana"
GSS = "Ghana Statistical Service"
MOFG = "Ministry of Finance (Ghana)"
FA = "The Football Association"
NFFC = "Nottingham Forest F.C."
TCEQ = "Texas Commission on Environmental Quality"
RRC = "Railroad Commission of Texas"
CM = "Caprock Midstream"
VE = "Voltaris Energie"
VS = "Voltaris Speicher"
BNETZA = "Federal Network Agency"
NTSB = "National Transportation Safety Board"
FAA = "Federal Aviation Administration"
SRA = "Sawtooth Regional Airlines"
RBI = "Reserve Bank of India"
KF = "Kaveri Finance"
HM = "Hamana Motor"
MLIT = "Ministry of Land, Infrastructure, Transport and Tourism"
FEMA = "Federal Emergency Management Agency"
EC = "European Commission"
NS = "Nordhavn Shipping"
EMSA = "European Maritime Safety Agency"
MAS = "Monetary Authority of Singapore"
SDB = "Straits Digital Bank"

CASES = [
    (
        "own-ent22n-01",
        "2025-02-26",
        "[[BRIGHTWATER|ORG|" + BUG + "]] PROFIT FALLS AS [[LEEDS|GPE|Leeds]] PLANT SHUTS\n"
        "[[LONDON|GPE|London]], Feb 26 - [[Brightwater|ORG|" + BUG + "]] said on Wednesday that "
        "half-year profit fell 18% after it closed a treatment plant near [[Leeds|GPE]]. "
        "[[Brightwater Utilities Group plc|ORG|" + BUG + "]], which supplies water to 2.3 million "
        "homes in northern [[England|GPE]], blamed the cost of repairs. Chief executive [[Laura "
        "Pendry|PERSON]] said the plant would reopen in the autumn. [[Pendry|PERSON|Laura Pendry]] "
        "said [[Brightwater Energy|ORG]], the group's solar unit, was not affected. The "
        "[[Environment Agency|ORG]] is investigating a sewage spill from the plant into the "
        "[[River Aire|LOC]]. A spokesperson for the [[Agency|ORG|" + EA + "]] said the inquiry "
        "would take several months. [[Brightwater|ORG|" + BUG + "]]'s shares fell 4%. The group "
        "also sponsors [[Leeds United|ORG|Leeds United F.C.]], whose stadium lost water for a day "
        "in January.\n",
        [
            (BUG, "say", "half-year profit fell 18% after it closed a treatment plant near Leeds", False, ["18%"]),
            ("Laura Pendry", "say", "the plant would reopen in the autumn", False, []),
            ("Laura Pendry", "say", "Brightwater Energy, the group's solar unit, was not affected", False, []),
            (EA, "say", "the inquiry would take several months", False, []),
        ],
    ),
    (
        "own-ent22n-02",
        "2025-04-09",
        "[[NAIROBI|GPE|Nairobi]], April 9 - [[Kenya|GPE]]'s [[Ministry of Agriculture|ORG|"
        + MOAK
        + "]] said on Wednesday it would cut fees on tea exports to help farmers hit by low "
        "prices. The [[Agriculture Ministry|ORG|" + MOAK + "]] said the fee would fall to 0.5% "
        "from 1.2% of the auction price. A spokesperson for the [[Ministry|ORG|" + MOAK + "]] said "
        "the [[Kenya Revenue Authority|ORG]] would refund fees paid since January. The [[KRA|ORG|"
        + KRA
        + "]] said refunds would take about 60 days. The [[Kenya Tea Development Agency|ORG]], "
        "which manages 71 factories for small growers, welcomed the cut. [[KTDA|ORG|" + KTDA + "]] "
        "chairman [[David Ichoho|PERSON]] said prices at the [[Mombasa|GPE]] auction had fallen "
        "for six weeks. [[Ichoho|PERSON|David Ichoho]] said buyers in [[Pakistan|GPE]] and "
        "[[Egypt|GPE]] had ordered less. Agriculture Cabinet Secretary [[Mutahi Kagwe|PERSON]] "
        "told farmers in [[Kericho|GPE]] that [[Kenyan|NORP]] tea would find new markets.\n",
        [
            (MOAK, "say", "it would cut fees on tea exports to help farmers hit by low prices", False, []),
            (MOAK, "say", "the fee would fall to 0.5% from 1.2% of the auction price", False, ["0.5%", "1.2%"]),
            (MOAK, "say", "the Kenya Revenue Authority would refund fees paid since January", False, []),
            (KRA, "say", "refunds would take about 60 days", False, []),
            ("David Ichoho", "say", "prices at the Mombasa auction had fallen for six weeks", False, []),
            ("David Ichoho", "say", "buyers in Pakistan and Egypt had ordered less", False, []),
            ("Mutahi Kagwe", "tell", "Kenyan tea would find new markets", False, []),
        ],
    ),
    (
        "own-ent22n-03",
        "2025-03-28",
        "[[ACCRA|GPE|Accra]], March 28 - The [[Bank of Ghana|ORG]] kept its policy rate at 28% on "
        "Friday. The [[Bank of Ghana|ORG]]'s governor, [[Johnson Asiama|PERSON]], said inflation "
        "was falling faster than expected. [[Asiama|PERSON|Johnson Asiama]] said the [[Bank|ORG|"
        + BOG
        + "]] would cut rates once inflation fell below 15%. The [[Ghana Statistical Service|ORG]] "
        "said on Wednesday that inflation eased to 22.4% in February. The [[Statistical "
        "Service|ORG|" + GSS + "]] said food prices rose 25.1%. [[GSS|ORG|" + GSS + "]] figures "
        "also showed the cedi's fall had slowed. [[Ghana|GPE]]'s [[Finance Ministry|ORG|"
        + MOFG
        + "]] said the budget deficit would narrow this year, and Finance Minister [[Cassiel Ato "
        "Forson|PERSON]] told lawmakers that talks with the [[International Monetary Fund|ORG]] "
        "were on track. The [[IMF|ORG|International Monetary Fund]] said in a statement that "
        "[[Ghana|GPE]] had met most targets. [[BoG|ORG|" + BOG + "]] reserves rose to 6.3 billion "
        "dollars.\n",
        [
            ("Johnson Asiama", "say", "inflation was falling faster than expected", False, []),
            ("Johnson Asiama", "say", "the Bank would cut rates once inflation fell below 15%", False, ["15%"]),
            (GSS, "say", "inflation eased to 22.4% in February", False, ["22.4%"]),
            (GSS, "say", "food prices rose 25.1%", False, ["25.1%"]),
            (MOFG, "say", "the budget deficit would narrow this year", False, []),
            ("Cassiel Ato Forson", "tell", "talks with the International Monetary Fund were on track", False, []),
            ("International Monetary Fund", "say", "Ghana had met most targets", False, []),
        ],
    ),
    (
        "own-ent22n-04",
        "2025-08-14",
        "[[LONDON|GPE|London]], Aug 14 - [[Nottingham Forest|ORG|" + NFFC + "]] were fined 750,000 "
        "pounds on Thursday after the [[Football Association|ORG|" + FA + "]] found the club had "
        "criticised a referee in a social media post. The [[FA|ORG|" + FA + "]] said the post had "
        "questioned the official's integrity. [[Forest|ORG|" + NFFC + "]] said it accepted the "
        "ruling but would not appeal. Owner [[Evangelos Marinakis|PERSON]] was also banned from "
        "the dressing room for five matches. [[Marinakis|PERSON|Evangelos Marinakis]] told "
        "reporters in [[Nottingham|GPE]] that the club had learned its lesson. The [[Premier "
        "League|ORG]] said it would review how clubs use social media. [[Forest|ORG|" + NFFC + "]]"
        "'s next match is against [[Everton|ORG|Everton F.C.]] at the [[City Ground|FAC]], and "
        "the [[Football Association|ORG|" + FA + "]] said the fine must be paid within 28 days.\n",
        [
            (FA, "say", "the post had questioned the official's integrity", False, []),
            (NFFC, "say", "it accepted the ruling but would not appeal", False, []),
            ("Evangelos Marinakis", "tell", "the club had learned its lesson", False, []),
            ("Premier League", "say", "it would review how clubs use social media", False, []),
            (FA, "say", "the fine must be paid within 28 days", False, []),
        ],
    ),
    (
        "own-ent22n-05",
        "2025-06-03",
        "[[MIDLAND|GPE|Midland, Texas]], [[Texas|GPE]], June 3 ([[Reuters|ORG]]) - The [[Texas "
        "Commission on Environmental Quality|ORG]] on Tuesday fined [[Caprock Midstream LLC|ORG|"
        + CM
        + "]] 1.4 million dollars for flaring gas at a plant near [[Odessa|GPE|Odessa, Texas]]. "
        "[[TCEQ|ORG|" + TCEQ + "]] said the plant had flared without a permit for 11 months. "
        "[[Caprock|ORG|" + CM + "]] said it had installed new equipment. [[Caprock|ORG|" + CM + "]]"
        "'s chief executive, [[Dale Whitfield|PERSON]], said the company would pay the fine. "
        "[[Caprock Water Partners|ORG]], a separate firm that recycles water in the [[Permian "
        "Basin|LOC]], was not involved. The [[Railroad Commission of Texas|ORG]], which regulates "
        "oil and gas wells, said it had also opened a review. The [[Railroad Commission|ORG|"
        + RRC
        + "]] said residents of [[Odessa|GPE|Odessa, Texas]] and [[Midland|GPE|Midland, Texas]] "
        "had complained about the smell.\n",
        [
            (TCEQ, "say", "the plant had flared without a permit for 11 months", False, []),
            (CM, "say", "it had installed new equipment", False, []),
            ("Dale Whitfield", "say", "the company would pay the fine", False, []),
            (RRC, "say", "it had also opened a review", False, []),
            (RRC, "say", "residents of Odessa and Midland had complained about the smell", False, []),
        ],
    ),
    (
        "own-ent22n-06",
        "2025-10-07",
        "[[Voltaris|ORG|" + VE + "]] to Close [[Berlin|GPE]] Battery Unit\n"
        "[[FRANKFURT|GPE|Frankfurt]], Oct 7 - [[Voltaris|ORG|" + VE + "]] will close its "
        "[[Berlin|GPE]] battery unit by March, cutting 640 jobs, the company said on Tuesday. "
        "[[Voltaris Energie AG|ORG|" + VE + "]] said demand for home storage had fallen by a "
        "third since subsidies ended. The unit, [[Voltaris Speicher GmbH|ORG|" + VS + "]], will "
        "move its remaining work to [[Leipzig|GPE]]. [[Voltaris Speicher|ORG|" + VS + "]] "
        "managing director [[Jan Berger|PERSON]] said staff would be offered jobs there. The "
        "union [[IG Metall|ORG]] said it would fight the closure. [[Katrin Albers|PERSON]], "
        "who leads [[IG Metall|ORG]] in [[Berlin|GPE]], said the company's [[Berlin|GPE]] workers "
        "had not been consulted. The [[Federal Network Agency|ORG]] said the closure would not "
        "affect grid stability. [[Voltaris|ORG|" + VE + "]]'s shares rose 2% in [[Frankfurt|GPE]].\n",
        [
            (VE, "say", "Voltaris will close its Berlin battery unit by March, cutting 640 jobs", False, ["640"]),
            (VE, "say", "demand for home storage had fallen by a third since subsidies ended", False, []),
            ("Jan Berger", "say", "staff would be offered jobs there", False, []),
            ("IG Metall", "say", "it would fight the closure", False, []),
            ("Katrin Albers", "say", "the company's Berlin workers had not been consulted", False, []),
            (BNETZA, "say", "the closure would not affect grid stability", False, []),
        ],
    ),
    (
        "own-ent22n-07",
        "2025-01-08",
        "[[BOISE|GPE|Boise, Idaho]], [[Idaho|GPE]], Jan 8 ([[AP|ORG|Associated Press]]) - The "
        "[[National Transportation Safety Board|ORG]] said on Wednesday that it had opened an "
        "investigation after a [[Sawtooth Regional Airlines|ORG]] plane slid off an icy runway in "
        "[[Boise|GPE|Boise, Idaho]]. [[NTSB|ORG|" + NTSB + "]] chair [[Jennifer Homendy|PERSON]] "
        "said investigators would examine how the runway was cleared. The [[Board|ORG|" + NTSB + "]]"
        " said none of the 76 people on board was hurt. [[Sawtooth|ORG|" + SRA + "]] said the "
        "plane had been cleared to land by controllers. The [[Federal Aviation Administration|ORG]] "
        "said it would review the airport's snow plans. [[Sawtooth Regional|ORG|" + SRA + "]] "
        "flies to ski towns near the [[Sawtooth National Forest|LOC]], and the [[FAA|ORG|" + FAA + "]]"
        " said the airport would reopen on Thursday.\n",
        [
            (NTSB, "say", "it had opened an investigation after a Sawtooth Regional Airlines plane slid off an icy runway in Boise", False, []),
            ("Jennifer Homendy", "say", "investigators would examine how the runway was cleared", False, []),
            (NTSB, "say", "none of the 76 people on board was hurt", False, ["76"]),
            (SRA, "say", "the plane had been cleared to land by controllers", False, []),
            (FAA, "say", "it would review the airport's snow plans", False, []),
            (FAA, "say", "the airport would reopen on Thursday", False, []),
        ],
    ),
    (
        "own-ent22n-08",
        "2025-12-05",
        "[[MUMBAI|GPE|Mumbai]], Dec 5 - The [[Reserve Bank of India|ORG]] on Friday cut its repo "
        "rate by 25 basis points to 5.25%. [[RBI|ORG|" + RBI + "]] Governor [[Sanjay "
        "Malhotra|PERSON]] said inflation had stayed below target for six months. "
        "[[Malhotra|PERSON|Sanjay Malhotra]]'s remarks lifted bank shares. The [[Reserve "
        "Bank|ORG|" + RBI + "]] said it expected growth of 7.3% this fiscal year. Shares of "
        "[[Kaveri Finance Ltd|ORG|" + KF + "]] rose 5% after the lender said it would cut loan "
        "rates. [[Kaveri Finance|ORG|" + KF + "]]'s managing director, [[Arvind Rao|PERSON]], said "
        "the cut would reach borrowers within a month. [[Kaveri Housing Finance|ORG]], a "
        "separate lender based in [[Bengaluru|GPE]], said it would wait. [[Bajaj Finance|ORG]] "
        "also cut rates. The [[Indian|NORP]] rupee was steady.\n",
        [
            ("Sanjay Malhotra", "say", "inflation had stayed below target for six months", False, []),
            (RBI, "expect", "growth of 7.3% this fiscal year", False, ["7.3%"]),
            (KF, "say", "it would cut loan rates", False, []),
            ("Arvind Rao", "say", "the cut would reach borrowers within a month", False, []),
            ("Kaveri Housing Finance", "say", "it would wait", False, []),
        ],
    ),
    (
        "own-ent22n-09",
        "2025-11-12",
        "[[HAMANA|ORG|" + HM + "]] RECALLS 310,000 VANS OVER BRAKE FAULT\n"
        "[[TOKYO|GPE|Tokyo]], Nov 12 - [[Hamana Motor Corp|ORG|" + HM + "]] will recall 310,000 "
        "delivery vans in [[Japan|GPE]] and [[Thailand|GPE]] over a brake fault, "
        "[[Japan|GPE]]'s [[Ministry of Land, Infrastructure, Transport and Tourism|ORG]] said on "
        "Wednesday. The [[Transport Ministry|ORG|" + MLIT + "]] said the fault had caused 14 minor "
        "crashes. [[Hamana|ORG|" + HM + "]] said it would replace the brake hoses free of charge. "
        "[[Hamana|ORG|" + HM + "]]'s president, [[Kenji Morimoto|PERSON]], apologised to "
        "customers. The vans are built at a plant beside [[Lake Hamana|LOC]] in "
        "[[Shizuoka|GPE|Shizuoka Prefecture]]. A spokesperson for the [[Ministry|ORG|" + MLIT + "]] "
        "said the ministry had asked other van makers to check their parts.\n",
        [
            (MLIT, "say", "Hamana Motor Corp will recall 310,000 delivery vans in Japan and Thailand over a brake fault", False, ["310,000"]),
            (MLIT, "say", "the fault had caused 14 minor crashes", False, ["14"]),
            (HM, "say", "it would replace the brake hoses free of charge", False, []),
            (MLIT, "say", "the ministry had asked other van makers to check their parts", False, []),
        ],
    ),
    (
        "own-ent22n-10",
        "2024-10-02",
        "[[ASHEVILLE|GPE|Asheville, North Carolina]], [[N.C.|GPE|North Carolina]], Oct 2 "
        "([[Reuters|ORG]]) - Power was back for about half of the homes that [[Hurricane "
        "Helene|EVENT]] left dark in western [[North Carolina|GPE]], [[Duke Energy|ORG]] said on "
        "Wednesday. [[Duke|ORG|Duke Energy]] said crews from 20 states were working in "
        "[[Asheville|GPE|Asheville, North Carolina]] and [[Buncombe County|GPE|Buncombe County, "
        "North Carolina]]. The [[Federal Emergency Management Agency|ORG]] said it had sent 1,200 "
        "staff to the state. [[FEMA|ORG|" + FEMA + "]] said water would be trucked to "
        "[[Swannanoa|GPE|Swannanoa, North Carolina]] until the town's pipes were fixed. Governor "
        "[[Roy Cooper|PERSON]] said [[Helene|EVENT|Hurricane Helene]] had killed at least 70 "
        "people in the state. [[Cooper|PERSON|Roy Cooper]] said the [[French Broad River|LOC]] "
        "had crested at a record level. Students at [[Duke University|ORG]] in [[Durham|GPE|"
        "Durham, North Carolina]] collected supplies.\n",
        [
            ("Duke Energy", "say", "Power was back for about half of the homes that Hurricane Helene left dark in western North Carolina", False, []),
            ("Duke Energy", "say", "crews from 20 states were working in Asheville and Buncombe County", False, ["20"]),
            (FEMA, "say", "it had sent 1,200 staff to the state", False, ["1,200"]),
            (FEMA, "say", "water would be trucked to Swannanoa until the town's pipes were fixed", False, []),
            ("Roy Cooper", "say", "Helene had killed at least 70 people in the state", False, ["at least 70"]),
            ("Roy Cooper", "say", "the French Broad River had crested at a record level", False, []),
        ],
    ),
    (
        "own-ent22n-11",
        "2025-05-15",
        "[[NORDHAVN|ORG|" + NS + "]] FINED OVER SHIP SAFETY DATA\n"
        "[[BRUSSELS|GPE|Brussels]], May 15 - The [[European Commission|ORG]] on Thursday fined "
        "[[Nordhavn Shipping A/S|ORG|" + NS + "]] 42 million euros for withholding safety data on "
        "its tankers. The [[Commission|ORG|" + EC + "]] said the [[Danish|NORP]] company had "
        "ignored requests from the [[European Maritime Safety Agency|ORG]] for two years. "
        "[[EMSA|ORG|" + EMSA + "]] said it had flagged 9 tankers. Competition commissioner "
        "[[Teresa Ribera|PERSON]] said rules on shipping data were not optional. [[Nordhavn|ORG|"
        + NS
        + "]] said it would appeal to the [[General Court|ORG|General Court (European Union)]]. [[Nordhavn|ORG|" + NS + "]]'s "
        "chairman, [[Mette Skov|PERSON]], told [[Danish|NORP]] radio that the firm had shared "
        "everything it held. [[Skov|PERSON|Mette Skov]] said the company's [[Copenhagen|GPE]] "
        "office had been cooperating.\n",
        [
            (EC, "say", "the Danish company had ignored requests from the European Maritime Safety Agency for two years", False, []),
            (EMSA, "say", "it had flagged 9 tankers", False, ["9"]),
            ("Teresa Ribera", "say", "rules on shipping data were not optional", False, []),
            (NS, "say", "it would appeal to the General Court", False, []),
            ("Mette Skov", "tell", "the firm had shared everything it held", False, []),
            ("Mette Skov", "say", "the company's Copenhagen office had been cooperating", False, []),
        ],
    ),
    (
        "own-ent22n-12",
        "2025-09-18",
        "[[SINGAPORE|GPE|Singapore]], Sept 18 - The [[Monetary Authority of Singapore|ORG]] on "
        "Thursday barred [[Straits Digital Bank Pte Ltd|ORG|" + SDB + "]] from taking new "
        "customers for six months after a four-day outage. [[MAS|ORG|" + MAS + "]] said the bank "
        "had failed to test its backup systems. [[Straits Digital|ORG|" + SDB + "]] said it "
        "accepted the findings. Its chief executive, [[Wei Ling Tan|PERSON]], said customers' "
        "money had been safe throughout. [[Tan|PERSON|Wei Ling Tan]] told [[The Straits "
        "Times|ORG]] that the bank would hire an outside reviewer. [[MAS|ORG|" + MAS + "]] "
        "managing director [[Chia Der Jiun|PERSON]] said banks must keep services running. The "
        "[[Authority|ORG|" + MAS + "]] said it would publish its findings, and [[Singapore|GPE]]'s "
        "[[Ministry of Digital Development and Information|ORG]] said it supported the action.\n",
        [
            (MAS, "say", "the bank had failed to test its backup systems", False, []),
            (SDB, "say", "it accepted the findings", False, []),
            ("Wei Ling Tan", "say", "customers' money had been safe throughout", False, []),
            ("Wei Ling Tan", "tell", "the bank would hire an outside reviewer", False, []),
            ("Chia Der Jiun", "say", "banks must keep services running", False, []),
            (MAS, "say", "it would publish its findings", False, []),
            ("Ministry of Digital Development and Information", "say", "it supported the action", False, []),
        ],
    ),
]

CHECK = [
    (
        "own-ent22n-c1",
        "2024-08-22",
        "[[MONTREAL|GPE|Montreal]], Aug 22 - [[Canadian National Railway|ORG]] locked out 9,300 "
        "workers on Thursday after talks with the [[Teamsters Canada Rail Conference|ORG]] failed. "
        "[[CN|ORG|Canadian National Railway]] said it had no choice. The union said the lockout "
        "would hurt farmers in [[Saskatchewan|GPE]]. The [[TCRC|ORG|Teamsters Canada Rail "
        "Conference]] said its members had offered to keep working. Labour Minister [[Steven "
        "MacKinnon|PERSON]] asked the [[Canada Industrial Relations Board|ORG]] to impose "
        "arbitration. The [[Board|ORG|Canada Industrial Relations Board]] said it would rule "
        "within days. [[MacKinnon|PERSON|Steven MacKinnon]] said ports in [[Vancouver|GPE]] "
        "could not wait.\n",
        [
            ("Canadian National Railway", "say", "it had no choice", False, []),
            ("Teamsters Canada Rail Conference", "say", "the lockout would hurt farmers in Saskatchewan", False, []),
            ("Teamsters Canada Rail Conference", "say", "its members had offered to keep working", False, []),
            ("Canada Industrial Relations Board", "say", "it would rule within days", False, []),
            ("Steven MacKinnon", "say", "ports in Vancouver could not wait", False, []),
        ],
    ),
    (
        "own-ent22n-c2",
        "2025-07-16",
        "[[ANDES COBRE|ORG|Andes Cobre Mining]] HALTS [[AREQUIPA|GPE|Arequipa]] MINE\n"
        "[[LIMA|GPE|Lima]], July 16 - [[Peru|GPE]]'s [[Ministry of Energy and Mines|ORG|Ministry "
        "of Energy and Mines (Peru)]] ordered [[Andes Cobre Mining SAC|ORG|Andes Cobre Mining]] "
        "to halt a copper mine near [[Arequipa|GPE]] after a dam leak. The [[Energy Ministry|ORG|"
        "Ministry of Energy and Mines (Peru)]] said water samples showed high copper levels. "
        "[[Andes Cobre|ORG|Andes Cobre Mining]] said the leak was small. [[Andes Cobre|ORG|Andes "
        "Cobre Mining]]'s chief executive, [[Lucía Paredes|PERSON]], said the mine would reopen "
        "within weeks. [[Andes Cobre Holdings|ORG]], the parent listed in [[Toronto|GPE]], said "
        "its shares had been suspended.\n",
        [
            ("Ministry of Energy and Mines (Peru)", "say", "water samples showed high copper levels", False, []),
            ("Andes Cobre Mining", "say", "the leak was small", False, []),
            ("Lucía Paredes", "say", "the mine would reopen within weeks", False, []),
            ("Andes Cobre Holdings", "say", "its shares had been suspended", False, []),
        ],
    ),
    (
        "own-ent22n-c3",
        "2025-04-30",
        "[[BERGAMO|GPE|Bergamo]], April 30 - [[Orobica Gas|ORG]] said on Wednesday it would build "
        "a hydrogen plant in [[Dalmine|GPE]], near [[Bergamo|GPE]]. [[Orobica|ORG|Orobica Gas]] "
        "said [[Italy|GPE]]'s [[Ministry of Environment and Energy Security|ORG]] had approved "
        "the plan. The [[Environment Ministry|ORG|Ministry of Environment and Energy Security]] "
        "said the plant would cut emissions. [[Atalanta|ORG|Atalanta BC]], the [[Bergamo|GPE]] "
        "football club, will run its buses on the plant's fuel. A spokesperson for [[Orobica|ORG|"
        "Orobica Gas]] said work would start in June.\n",
        [
            ("Orobica Gas", "say", "it would build a hydrogen plant in Dalmine, near Bergamo", False, []),
            ("Orobica Gas", "say", "Italy's Ministry of Environment and Energy Security had approved the plan", False, []),
            ("Ministry of Environment and Energy Security", "say", "the plant would cut emissions", False, []),
            ("Orobica Gas", "say", "work would start in June", False, []),
        ],
    ),
]


def _row(cid: str, ref: str, marked: str, statements: list[tuple]) -> dict:  # type: ignore[type-arg]
    row = build(cid, ref, marked, SOURCE)
    row["statements"] = case(cid, row["text"], statements, SOURCE)["statements"]
    names = {e["name"] for e in row["entities"]}
    for s in row["statements"]:
        assert s["speaker"] in names, (cid, s["speaker"])
    return row


def main() -> None:
    ids = [c[0] for c in CASES + CHECK]
    assert len(ids) == len(set(ids))
    for name, cases in (
        ("own-entities-dev22n.jsonl", CASES),
        ("own-entities-dev22n-check.jsonl", CHECK),
    ):
        rows = [_row(*c) for c in cases]
        with open(HERE / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts: dict[str, int] = {}
        for r in rows:
            for e in r["entities"]:
                counts[e["type"]] = counts.get(e["type"], 0) + 1
        n = sum(len(r["statements"]) for r in rows)
        ents = sum(counts.values())
        print(f"{len(rows)} cases, {ents} entities {sorted(counts.items(), key=lambda x: -x[1])}, "
              f"{n} statements -> eval/{name}")  # fmt: skip


if __name__ == "__main__":
    main()
