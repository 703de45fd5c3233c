"""Write eval/own-entities-dev19n.jsonl and eval/own-entities-dev19n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for NAMES LINKED INSIDE A DOCUMENT (issue
13, session 18).

The families: an organisation, place, facility or product named once in full and again in a
shorter or other form in the same document, which takes the full name:
- one word of the name ("Brannock" of "Brannock Logistics Group"), a possessive ("Caldera's"),
  the name without its generic head ("Severn Vale" of "Severn Vale Water Services");
- the head noun alone ("the Authority", "the League", "the Union", "the Board") or a shortened
  form ("the Ministry", "the Cartel Office", "the Cocoa Board");
- the name with its words reordered ("Ohio Supreme Court" beside "Supreme Court of Ohio",
  "Agriculture Ministry" beside "Ministry of Agriculture and ...");
- a headline in capitals or title case that names it before the full name ("BRANNOCK WINS");
- an acronym the text never defines in brackets, formed by the initials of the name given
  earlier or later ("BLG", "KMC", "DMIRS", "IDOT");
- a place named once with the word its title adds and again without ("Gaza Strip" / "Gaza"),
  and towns of the U.S., Canada and Australia in a text about their state or province, which
  English Wikipedia titles "Town, State" ("Peoria" in an Illinois text -> "Peoria, Illinois").
Cases that must stay: a lower-case generic noun ("the port authority said"), a head noun
shared by two bodies of the text where the nearer one is meant, a surname that is also a
place ("Houston" of "Tim Houston").
Written for briefx by hand (session 18, issue 13 names); real places, institutions and public
figures of 2024-2025, invented firms, rulings, figures, quotations and minor people.
Annotated by ``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` before briefx
was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``; an institution
takes its English Wikipedia title, an invented body the full name the text gives, a legal form
is out of ``name`` (dev set 13o). ``entity_marks`` turns the marks into offsets and checks every
span. The CHECK cases go to the check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev19n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev19n.jsonl"
OUT_CHECK = HERE / "own-entities-dev19n-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 19n, issue 13 names linked inside a document); bodies, "
    "places, facilities and products named in full and again by a short form, a head noun, a "
    "reordered name, an acronym of their initials or a headline in capitals; real places, "
    "institutions and public figures, invented firms, figures, quotations and minor people; MIT."
)

BLG = "Brannock Logistics Group"
PRA = "Port of Rotterdam Authority"
MOA = "Ministry of Agriculture and Livestock Development"
KMC = "Kenya Meat Commission"
KNFF = "Kenya National Farmers' Federation"
SCO = "Supreme Court of Ohio"
OML = "Ohio Municipal League"
SVW = "Severn Vale Water Services"
CCW = "Consumer Council for Water"
CMC = "Caldera Mining Corporation"
DMIRS = "Department of Mines, Industry Regulation and Safety"
AWU = "Australian Workers' Union"
UARB = "Nova Scotia Utility and Review Board"
EC = "European Commission"
EMA = "European Medicines Agency"
OCHA = "Office for the Coordination of Humanitarian Affairs"
IDOT = "Illinois Department of Transportation"
FSA = "Financial Services Agency"
GCB = "Ghana Cocoa Board"
CBPS = "Carrow Bay Power Station"

CASES = [
    (
        "own-ent19n-01",
        "2025-03-12",
        "[[BRANNOCK|ORG|" + BLG + "]] WINS [[ROTTERDAM|GPE|Rotterdam]] TERMINAL CONCESSION\n"
        "[[ROTTERDAM|GPE|Rotterdam]], March 12 ([[Reuters|ORG]]) - [[Brannock Logistics "
        "Group|ORG]] has won a 25-year concession to run a new deep-sea container terminal, the "
        "[[Port of Rotterdam Authority|ORG]] said on Wednesday. The [[Authority|ORG|" + PRA + "]] "
        "picked [[Brannock|ORG|" + BLG + "]] over [[Kestrel Maritime|ORG]] and a group led by "
        "[[Doran Holdings|ORG]]. [[Brannock|ORG|" + BLG + "]]'s chief executive, [[Ilse "
        "Verwoerd|PERSON]], said the company would invest 400 million euros in cranes and rail "
        "links. [[Verwoerd|PERSON|Ilse Verwoerd]] said work would start in the autumn. A "
        "spokesman for the port authority said the terminal would open in 2028. Shares in "
        "[[BLG|ORG|" + BLG + "]] rose 4% in [[Amsterdam|GPE]], while [[Kestrel|ORG|Kestrel "
        "Maritime]] fell 2%.\n",
    ),
    (
        "own-ent19n-02",
        "2025-06-03",
        "[[NAIROBI|GPE|Nairobi]], June 3 - [[Kenya|GPE]]'s [[Ministry of Agriculture and "
        "Livestock Development|ORG]] on Tuesday ordered the [[Kenya Meat Commission|ORG]] to "
        "resume buying cattle from herders hit by drought in the north. The [[Ministry|ORG|"
        + MOA
        + "]] said it had released 1.2 billion shillings to the [[Commission|ORG|"
        + KMC
        + "]]. "
        "[[KMC|ORG|" + KMC + "]] managing commissioner [[Ezekiel Tum|PERSON]] said its main "
        "abattoir would run two shifts. [[Tum|PERSON|Ezekiel Tum]] said prices would be set "
        "weekly. The [[Kenya National Farmers' Federation|ORG]] welcomed the order but said the "
        "[[Federation|ORG|" + KNFF + "]] wanted herders paid within seven days. [[Agriculture "
        "Ministry|ORG|" + MOA + "]] officials did not comment on the payments.\n",
    ),
    (
        "own-ent19n-03",
        "2025-04-17",
        "[[Ohio Supreme Court|ORG|" + SCO + "]] upholds city fees on vacant homes\n"
        "[[COLUMBUS|GPE|Columbus, Ohio]], [[Ohio|GPE]] ([[AP|ORG|Associated Press]]) - The "
        "[[Supreme Court of Ohio|ORG]] on Thursday upheld a state law that lets cities charge "
        "fees on vacant homes, a win for [[Akron|GPE|Akron, Ohio]] and [[Dayton|GPE|Dayton, "
        "Ohio]]. The [[Court|ORG|" + SCO + "]] ruled 5-2. Justice [[Pat Fischer|PERSON]] wrote "
        "for the majority that the fees were not a tax. [[Fischer|PERSON|Pat Fischer]] said "
        "cities had shown the costs. The [[Ohio Municipal League|ORG]] said the ruling would "
        "help cities such as [[Springfield|GPE|Springfield, Ohio]] and [[Lima|GPE|Lima, Ohio]]. "
        "The [[League|ORG|" + OML + "]] had filed a brief backing [[Akron|GPE|Akron, Ohio]]. The "
        "[[Buckeye Institute|ORG]], which challenged the law, said it was disappointed.\n",
    ),
    (
        "own-ent19n-04",
        "2025-09-18",
        "[[LONDON|GPE|London]], Sept 18 - [[Britain|GPE|United Kingdom]]'s water regulator "
        "[[Ofwat|ORG]] on Thursday fined [[Severn Vale Water Services|ORG]] 41 million pounds "
        "for sewage spills into rivers in [[Gloucestershire|GPE]]. [[Severn Vale|ORG|" + SVW + "]] "
        "said it would not appeal. [[Ofwat|ORG]] chief executive [[Chris Walters|PERSON]] said "
        "the company had failed its customers. [[Walters|PERSON|Chris Walters]] said the "
        "[[Environment Agency|ORG]] was also investigating. The [[Agency|ORG|Environment "
        "Agency]] said it had opened 14 criminal inquiries. The [[Consumer Council for "
        "Water|ORG]] said the fine should be passed back to households. [[CCW|ORG|" + CCW + "]] "
        "said [[Severn Vale Water|ORG|" + SVW + "]]'s bills had risen 23% this year.\n",
    ),
    (
        "own-ent19n-05",
        "2025-08-06",
        "[[PERTH|GPE|Perth]], Aug 6 - [[Caldera Mining Corporation|ORG]] will shut its nickel "
        "mine near [[Kambalda|GPE|Kambalda, Western Australia]] by October, cutting 310 jobs. "
        "[[Caldera|ORG|" + CMC + "]]'s managing director [[Rhys Penhale|PERSON]] said low prices "
        "had made the mine unprofitable. [[Penhale|PERSON|Rhys Penhale]] said workers would be "
        "offered jobs at the company's gold mine at [[Ravensthorpe|GPE|Ravensthorpe, Western "
        "Australia]]. [[Western Australia|GPE]]'s [[Department of Mines, Industry Regulation and "
        "Safety|ORG]] said it would check the mine's closure plan. [[DMIRS|ORG|" + DMIRS + "]] "
        "has 60 days to approve it. The [[Australian Workers' Union|ORG]] said the "
        "[[Union|ORG|" + AWU + "]] would seek higher payouts. [[AWU|ORG|" + AWU + "]] members "
        "will meet in [[Kalgoorlie|GPE]] on Friday.\n",
    ),
    (
        "own-ent19n-06",
        "2025-01-21",
        "[[HALIFAX|GPE|Halifax, Nova Scotia]] - The [[Nova Scotia Utility and Review Board|ORG]] "
        "on Tuesday approved a 6.9% rise in power rates for [[Nova Scotia Power|ORG]], less "
        "than the utility had asked. The [[Board|ORG|" + UARB + "]] said customers in [[Truro|GPE|"
        "Truro, Nova Scotia]] and [[Yarmouth|GPE|Yarmouth, Nova Scotia]] had faced the longest "
        "outages last winter. [[NS Power|ORG|Nova Scotia Power]], a unit of [[Emera|ORG]], said "
        "it would comply. Premier [[Tim Houston|PERSON]] said the increase was still too high. "
        "[[Houston|PERSON|Tim Houston]] said [[Nova Scotia|GPE]] families could not absorb it. "
        "The [[UARB|ORG|" + UARB + "]] ordered [[Nova Scotia Power|ORG]] to report on storm "
        "readiness by June.\n",
    ),
    (
        "own-ent19n-07",
        "2025-11-04",
        "[[Brussels|GPE]] fines [[Aurenz|ORG|Aurenz Pharma]] over generic delays\n"
        "[[BRUSSELS|GPE|Brussels]], Nov 4 - The [[European Commission|ORG]] on Tuesday fined "
        "[[Aurenz Pharma GmbH|ORG|Aurenz Pharma]] 212 million euros for paying rivals to delay "
        "cheaper copies of its blood-pressure drug. The [[Commission|ORG|" + EC + "]] said "
        "[[Aurenz|ORG|Aurenz Pharma]] had made the payments between 2016 and 2021. Competition "
        "commissioner [[Teresa Ribera|PERSON]] said patients had paid the price. [[Ribera|PERSON|"
        "Teresa Ribera]] said the [[European Medicines Agency|ORG]] had approved the copies in "
        "2017. The [[Agency|ORG|" + EMA + "]] did not comment. [[Germany|GPE]]'s [[Federal Cartel "
        "Office|ORG]] said the [[Cartel Office|ORG|Federal Cartel Office]] had passed evidence to "
        "[[Brussels|GPE]]. [[Aurenz|ORG|Aurenz Pharma]]'s shares fell 5% in [[Frankfurt|GPE]].\n",
    ),
    (
        "own-ent19n-08",
        "2025-07-24",
        "[[Norvell|ORG|Norvell Motors]] sales slide as [[Aria|PRODUCT|Norvell Aria]] recall "
        "bites\n"
        "[[STOCKHOLM|GPE|Stockholm]], July 24 - [[Norvell Motors AB|ORG|Norvell Motors]] said on "
        "Thursday second-quarter sales fell 18% after it recalled 42,000 [[Norvell Aria|PRODUCT]] "
        "electric hatchbacks over faulty brakes. [[Norvell|ORG|Norvell Motors]] said the "
        "[[Aria|PRODUCT|Norvell Aria]] would return to showrooms in September. The carmaker also "
        "delayed its battery plant at [[Carrow Bay Power Station|FAC]]'s former site in "
        "[[Scotland|GPE]]; [[Carrow Bay|FAC|" + CBPS + "]] closed in 2019. [[Sweden|GPE]]'s "
        "[[Transport Agency|ORG|Swedish Transport Agency]] said the [[Agency|ORG|Swedish Transport "
        "Agency]] had approved the brake fix. Chief executive [[Maja Lindholm|PERSON]] said "
        "[[Lindholm|PERSON|Maja Lindholm]]'s team had worked through the summer.\n",
    ),
    (
        "own-ent19n-09",
        "2025-05-28",
        "[[GENEVA|GPE|Geneva]], May 28 - Aid trucks entering the [[Gaza Strip|GPE]] fell to "
        "their lowest level in three months last week, the [[UN Office for the Coordination of "
        "Humanitarian Affairs|ORG|" + OCHA + "]] said on Wednesday. [[OCHA|ORG|" + OCHA + "]] said "
        "only 62 trucks had crossed into [[Gaza|GPE|Gaza Strip]] from [[Egypt|GPE]] and "
        "[[Israel|GPE]]. The [[World Food Programme|ORG]] said its bakeries in [[Gaza|GPE|Gaza "
        "Strip]] had run out of flour. [[WFP|ORG|World Food Programme]] spokesperson [[Abeer "
        "Etefa|PERSON]] said [[Etefa|PERSON|Abeer Etefa]]'s colleagues in [[Deir al-Balah|GPE]] "
        "were rationing fuel. [[Jordan|GPE]] sent 30 trucks through the [[Sinai Peninsula|LOC]] "
        "route, and [[Egypt|GPE]] said more would cross the [[Sinai|LOC|Sinai Peninsula]] next "
        "week.\n",
    ),
    (
        "own-ent19n-10",
        "2025-02-11",
        "[[SPRINGFIELD|GPE|Springfield, Illinois]], [[Ill.|GPE|Illinois]] ([[AP|ORG|Associated "
        "Press]]) - The [[Illinois Department of Transportation|ORG]] will spend 1.4 billion "
        "dollars this year on bridges, Gov. [[JB Pritzker|PERSON]] said on Tuesday. "
        "[[Pritzker|PERSON|JB Pritzker]] said the work would cover bridges near [[Peoria|GPE|"
        "Peoria, Illinois]], [[Decatur|GPE|Decatur, Illinois]] and [[Champaign|GPE|Champaign, "
        "Illinois]]. [[IDOT|ORG|" + IDOT + "]] said 212 bridges in [[Illinois|GPE]] were in poor "
        "condition. The [[Department|ORG|" + IDOT + "]] said work on [[Interstate 74|FAC]] in "
        "[[Bloomington"
        "|GPE|Bloomington, Illinois]] would start in April. The [[American Society of Civil "
        "Engineers|ORG]] gave the state's bridges a C-minus last year.\n",
    ),
    (
        "own-ent19n-11",
        "2025-10-09",
        "[[TOKYO|GPE|Tokyo]], Oct 9 - [[Japan|GPE]]'s [[Financial Services Agency|ORG]] on "
        "Thursday ordered [[Kanemori Trust Bank|ORG]] to improve its controls after staff stole "
        "from safe-deposit boxes. The [[Agency|ORG|" + FSA + "]] said [[Kanemori|ORG|Kanemori "
        "Trust Bank]] had failed to check its vault for four years. [[FSA|ORG|" + FSA + "]] "
        "officials said the order was the second this year. [[Kanemori Trust|ORG|Kanemori Trust "
        "Bank]] president [[Hiroshi Sato|PERSON]] apologised and said he would take a pay cut. "
        "[[Sato|PERSON|Hiroshi Sato]] said the bank would repay 1,400 customers. The [[Bank of "
        "Japan|ORG]] kept rates on hold last week, and the [[Bank|ORG|Bank of Japan]] said "
        "lenders in [[Osaka|GPE]] and [[Nagoya|GPE]] were sound.\n",
    ),
    (
        "own-ent19n-12",
        "2025-09-02",
        "[[ACCRA|GPE|Accra]], Sept 2 - The [[Ghana Cocoa Board|ORG]] raised the price it pays "
        "farmers by 28% on Tuesday. The [[Cocoa Board|ORG|" + GCB + "]] said the new price would "
        "cut smuggling into [[Ivory Coast|GPE]] and [[Togo|GPE]]. The [[Bank of Ghana|ORG]] has "
        "arranged a 1.5 billion dollar loan for the [[Board|ORG|" + GCB + "]]'s purchases. "
        "[[Bank of Ghana|ORG]] governor [[Johnson Asiama|PERSON]] said [[Asiama|PERSON|Johnson "
        "Asiama]]'s staff had signed the deal with lenders in [[London|GPE]]. Cocoa farmers in "
        "[[Kumasi|GPE]] said the rise came late. [[GCB|ORG|" + GCB + "]] buys about 650,000 "
        "tonnes a year.\n",
    ),
]

CHECK = [
    (
        "own-ent19n-c1",
        "2025-10-14",
        (
            "[[INVERNESS|GPE|Inverness]], Oct 14 - The [[Scottish Environment Protection "
            "Agency|ORG]] on Tuesday warned of flooding in [[Fort William|GPE|Fort William, "
            "Highland]] and [[Aviemore|GPE]]. "
            "The [[Agency|ORG|Scottish Environment Protection Agency]] said the [[River Spey|LOC]] "
            "could burst its banks. [[SEPA|ORG|Scottish Environment Protection Agency]] hydrologist "
            "[[Fiona Baird|PERSON]] said [[Baird|PERSON|Fiona Baird]]'s team was watching the "
            "[[Spey|LOC|River Spey]] hourly. The [[Highland Council|ORG]] opened rest centres, and "
            "the [[Council|ORG|Highland Council]] closed 12 schools.\n"
        ),
    ),
    (
        "own-ent19n-c2",
        "2025-03-05",
        (
            "[[TOPEKA|GPE|Topeka, Kansas]], [[Kan.|GPE|Kansas]] ([[AP|ORG|Associated Press]]) - The "
            "[[Kansas Department of Health and Environment|ORG]] on Wednesday confirmed 14 measles "
            "cases in [[Salina|GPE|Salina, Kansas]] and [[Hutchinson|GPE|Hutchinson, Kansas]]. "
            "[[KDHE|ORG|Kansas Department of Health and Environment]] said all were unvaccinated. "
            "Gov. [[Laura Kelly|PERSON]] urged parents to vaccinate. [[Kelly|PERSON|Laura Kelly]] "
            "said the [[Department|ORG|Kansas Department of Health and Environment]] would run free "
            "clinics in [[Kansas|GPE]].\n"
        ),
    ),
    (
        "own-ent19n-c3",
        "2025-06-19",
        (
            "[[Osterholm|ORG|Osterholm Shipping]] orders six ships\n"
            "[[OSLO|GPE|Oslo]], June 19 - [[Osterholm Shipping ASA|ORG|Osterholm Shipping]] ordered "
            "six ammonia-fuelled bulk carriers from [[Hyundai Heavy Industries|ORG]] on Thursday. "
            "[[Osterholm|ORG|Osterholm Shipping]]'s chief executive [[Kari Solberg|PERSON]] said "
            "[[Hyundai Heavy|ORG|Hyundai Heavy Industries]] would deliver them from 2028. The "
            "[[Norwegian Maritime Authority|ORG]] said the [[Authority|ORG|Norwegian Maritime "
            "Authority]] would certify the engines. [[Solberg|PERSON|Kari Solberg]] did not give a "
            "price.\n"
        ),
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
