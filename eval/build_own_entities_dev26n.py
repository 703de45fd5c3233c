"""Write eval/own-entities-dev26n.jsonl and eval/own-entities-dev26n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity NAMES (issue 13, session 26):
the document writes a name in full once and then in a shorter form, or names a national body
without its country.

The families (ANNOTATION.md "Entities": ``name`` is the full canonical name):
- an acronym defined in brackets, also one that is no run of initials ("Abicafe", "Africa CDC"),
  and the bare acronym afterwards;
- a body's other name given by the text ("known as the X", "officially the X", "X, or Y");
- a firm or club named in full once and by its first words later ("Tidewater");
- a capitalised short form standing for one named body ("the Ministry", "the Authority");
- a person named in full once and by the surname later, also in capitals in a transcript
  ("ELLERY:"), with a middle initial dropped as ANNOTATION.md drops it ("Lloyd J. Austin III"
  -> "Lloyd Austin");
- a national body named without its country, qualified by the country the document is about
  as its English Wikipedia title is ("Ministry of Health (Uganda)").
Written for briefx by hand (session 26, issue 13 names); real places, institutions and office
holders as context, invented firms, clubs, events, figures, quotations and minor people.
Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of
them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to the check
file: scored only once, at the end of a session. Run from the project root:
``python eval/build_own_entities_dev26n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev26n.jsonl"
OUT_CHECK = HERE / "own-entities-dev26n-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 26n, issue 13 names); ministry and agency releases, "
    "regulator notices, company and market news, a committee transcript, sports wire items and "
    "court reports; real places and institutions, invented firms, clubs, events, figures, "
    "quotations and minor people; MIT."
)

CASES = [
    (
        "own-ent26n-01",
        "2025-03-04",
        "[[ACCRA|GPE|Accra]], 4 March 2025 - The [[Ministry of Food and Agriculture|ORG|Ministry "
        "of Food and Agriculture (Ghana)]] said on Tuesday that fertiliser subsidies would rise by "
        "12% this season. Farmers in the [[Ashanti Region|GPE]] will receive vouchers from April, "
        "the [[Ministry|ORG|Ministry of Food and Agriculture (Ghana)]] said. Minister [[Eric "
        "Opoku|PERSON]] told reporters the scheme would reach 1.2 million farmers.\n",
    ),
    (
        "own-ent26n-02",
        "2025-05-19",
        "[[NAIROBI|GPE|Nairobi]], May 19 - The [[Kenya Revenue Authority|ORG]] ([[KRA|ORG|Kenya "
        "Revenue Authority]]) collected 2.4 trillion shillings in the year to April, 6% above "
        "its target. [[KRA|ORG|Kenya Revenue Authority]] commissioner [[Lydia Waweru|PERSON]] "
        "said customs receipts at [[Mombasa|GPE]] had recovered. The [[Authority|ORG|Kenya "
        "Revenue Authority]] plans to hire 900 officers.\n",
    ),
    (
        "own-ent26n-03",
        "2025-08-11",
        "[[SAO PAULO|GPE|São Paulo]], Aug 11 - Coffee roasters in [[Brazil|GPE]] raised prices "
        "for a third time this year, the [[Brazilian Association of Coffee Roasters|ORG]] "
        "([[Abicafe|ORG|Brazilian Association of Coffee Roasters]]) said on Monday. Arabica "
        "beans cost 41% more than a year ago, [[Abicafe|ORG|Brazilian Association of Coffee "
        "Roasters]] president [[Celso Martins|PERSON]] said.\n",
    ),
    (
        "own-ent26n-04",
        "2025-02-27",
        "[[Tidewater Cold Chain Solutions|ORG]] to build $140 million hub in [[Savannah|GPE]]\n\n"
        "[[Tidewater Cold Chain Solutions|ORG]] said on Thursday it would build a refrigerated "
        "warehouse near the [[Port of Savannah|FAC]], creating 420 jobs. [[Tidewater|ORG|"
        "Tidewater Cold Chain Solutions]] already runs sites in [[Charleston|GPE]] and "
        '[[Norfolk|GPE]]. "Demand for frozen food imports keeps growing," [[Tidewater|ORG|'
        "Tidewater Cold Chain Solutions]] chief executive [[Dana Whitcombe|PERSON]] said.\n",
    ),
    (
        "own-ent26n-05",
        "2025-09-23",
        "[[LAGOS|GPE|Lagos]], Sept 23 - [[Harold T. Okonkwo|PERSON|Harold Okonkwo]], chairman of "
        "the [[Lagos Chamber of Commerce and Industry|ORG]], said on Tuesday that port delays "
        "were costing importers 1.5 billion naira a day. [[Okonkwo|PERSON|Harold Okonkwo]] asked "
        "the [[Nigerian Ports Authority|ORG]] to publish its clearance times weekly.\n",
    ),
    (
        "own-ent26n-06",
        "2025-04-09",
        "Committee hearing on rail fares\n\nTHE CHAIR: Senator [[Margaret Ellery|PERSON]], you "
        "asked for this session. Please go ahead.\n\n[[ELLERY|PERSON|Margaret Ellery]]: Thank "
        "you. Fares on the northern line have risen 19% in two years. Why?\n\n[[Tomas "
        "Reinholt|PERSON]] (operator): Energy costs and new trains.\n\n[[ELLERY|PERSON|Margaret "
        "Ellery]]: Then I will ask the regulator to review them.\n",
    ),
    (
        "own-ent26n-07",
        "2025-06-03",
        "[[BONN|GPE|Bonn]], June 3 - [[Germany|GPE]]'s [[Federal Cartel Office|ORG]], known as "
        "the [[Bundeskartellamt|ORG|Federal Cartel Office]], said on Tuesday it had opened a "
        "review of fuel prices at motorway service stations. The [[Bundeskartellamt|ORG|Federal "
        "Cartel Office]] found that prices there were 14 cents a litre above the national "
        "average.\n",
    ),
    (
        "own-ent26n-08",
        "2025-01-15",
        "Water bills in [[Halden|GPE]] to rise 7%\n\n[[Halden Water|ORG|Halden Regional Water "
        "Company]], officially the [[Halden Regional Water Company|ORG]], said bills would rise "
        "by 7% from April to pay for new pipes. [[Halden Water|ORG|Halden Regional Water "
        "Company]] lost a fifth of its supply to leaks last year.\n",
    ),
    (
        "own-ent26n-09",
        "2025-10-18",
        "SOCCER - [[CASTLEBRIDGE|ORG|Castlebridge Rovers]] WIN AT [[DUNMORE|ORG|Dunmore "
        "Athletic]]\n\n[[Castlebridge Rovers|ORG]] won 2-1 at [[Dunmore Athletic|ORG]] on "
        "Saturday to climb to third in the table. [[Castlebridge|ORG|Castlebridge Rovers]] "
        "striker [[Kieran Doyle|PERSON]] scored twice. [[Dunmore|ORG|Dunmore Athletic]] stay "
        "bottom with four points.\n",
    ),
    (
        "own-ent26n-10",
        "2025-07-21",
        "[[KAMPALA|GPE|Kampala]], July 21 - [[Uganda|GPE]] has confirmed 14 new cholera cases in "
        "three districts, the [[Ministry of Health|ORG|Ministry of Health (Uganda)]] said on "
        "Monday. Health Minister [[Jane Ruth Aceng|PERSON]] said vaccination teams would reach "
        "[[Kasese|GPE]] by Friday.\n",
    ),
    (
        "own-ent26n-11",
        "2025-11-06",
        "[[Orinoco Minerals|ORG|Orinoco Minerals Group]] cuts nickel output\n\n[[CARACAS|GPE|"
        "Caracas]], Nov 6 - [[Orinoco Minerals Group|ORG]] said on Thursday it would cut nickel "
        "output by a quarter after prices fell to a five-year low. Shares in [[Orinoco "
        "Minerals|ORG|Orinoco Minerals Group]] fell 3%.\n",
    ),
    (
        "own-ent26n-12",
        "2025-03-28",
        "[[PRETORIA|GPE|Pretoria]], March 28 - The regulator, the [[Financial Sector Conduct "
        "Authority|ORG]] ([[FSCA|ORG|Financial Sector Conduct Authority]]), fined two "
        "retirement fund administrators a combined 38 million rand. The [[FSCA|ORG|Financial "
        "Sector Conduct Authority]] said the firms had paid members late.\n",
    ),
    (
        "own-ent26n-13",
        "2025-05-08",
        "Dr [[Amara N'Diaye-Keller|PERSON]] has been named chief scientist "
        "of the [[World Meteorological Organization|ORG]]. [[N'Diaye-Keller|PERSON|Amara "
        "N'Diaye-Keller]], a climate modeller from [[Senegal|GPE]], will start in July, the "
        "[[WMO|ORG|World Meteorological Organization]] said.\n",
    ),
    (
        "own-ent26n-14",
        "2025-12-02",
        "[[LISBON|GPE|Lisbon]], Dec 2 - [[Ana Lucia Ferreira|PERSON]], a former finance "
        "ministry official, will chair the board of [[Banco Atlantico Sul|ORG]], the bank said. "
        "[[Ferreira|PERSON|Ana Lucia Ferreira]] replaces [[Rui Matos|PERSON]], who retires at "
        "the end of the year.\n",
    ),
    (
        "own-ent26n-15",
        "2025-09-01",
        "[[DUNEDIN|GPE|Dunedin]], Sept 1 - The [[University of Otago|ORG]] will cut 120 jobs "
        "to close a NZ$30 million deficit, its vice-chancellor said. The [[University|ORG|"
        "University of Otago]] has lost international students since 2020, and the [[Tertiary "
        "Education Union|ORG]] said it would fight the cuts.\n",
    ),
    (
        "own-ent26n-16",
        "2025-06-26",
        '[[DAKAR|GPE|Dakar]], June 26 - [[Sahel Solar Holdings|ORG]] ("[[Sahel Solar|ORG|Sahel '
        "Solar Holdings]]\") signed a deal with [[Senegal|GPE]]'s state utility to build a 60 "
        "megawatt plant near [[Thies|GPE|Thiès]]. [[Sahel Solar|ORG|Sahel Solar Holdings]] said "
        "construction would start in October.\n",
    ),
    (
        "own-ent26n-17",
        "2025-04-30",
        "[[ADDIS ABABA|GPE|Addis Ababa]], April 30 - The [[Africa Centres for Disease Control "
        "and Prevention|ORG]] ([[Africa CDC|ORG|Africa Centres for Disease Control and "
        "Prevention]]) said 1.1 million measles vaccine doses had reached [[Chad|GPE]]. [[Africa "
        "CDC|ORG|Africa Centres for Disease Control and Prevention]] director [[Jean "
        "Kaseya|PERSON]] said more would follow in May.\n",
    ),
    (
        "own-ent26n-18",
        "2025-08-29",
        "[[WELLINGTON|GPE|Wellington]], Aug 29 - [[New Zealand|GPE]]'s [[Ministry of "
        "Transport|ORG|Ministry of Transport (New Zealand)]] said on Friday that road deaths fell "
        "8% in the year to June. The [[Ministry|ORG|Ministry of Transport (New Zealand)]] will "
        "publish a new road safety plan in October.\n",
    ),
]

CHECK = [
    (
        "own-ent26n-c1",
        "2025-02-12",
        "[[MANILA|GPE|Manila]], Feb 12 - The [[Philippine Atmospheric, Geophysical and "
        "Astronomical Services Administration|ORG]] ([[PAGASA|ORG|Philippine Atmospheric, "
        "Geophysical and Astronomical Services Administration]]) said a low-pressure area could "
        "become a storm by Friday. [[PAGASA|ORG|Philippine Atmospheric, Geophysical and "
        "Astronomical Services Administration]] warned fishermen in [[Samar|GPE]].\n",
    ),
    (
        "own-ent26n-c2",
        "2025-07-09",
        "[[Brennan Aggregates Holdings|ORG]] buys quarry in [[Wexford|GPE]]\n\n[[Brennan "
        "Aggregates Holdings|ORG]] said on Wednesday it had bought a limestone quarry near "
        "[[Enniscorthy|GPE]] for 22 million euros. [[Brennan|ORG|Brennan Aggregates Holdings]] "
        "expects the site to supply 1.5 million tonnes a year.\n",
    ),
    (
        "own-ent26n-c3",
        "2025-03-17",
        "[[LUSAKA|GPE|Lusaka]], March 17 - [[Zambia|GPE]]'s [[Ministry of Health|ORG|Ministry of "
        "Health (Zambia)]] said on Monday that 310 new clinics would open this year. The "
        "[[Ministry|ORG|Ministry of Health (Zambia)]] will hire 2,000 nurses.\n",
    ),
    (
        "own-ent26n-c4",
        "2025-10-02",
        "[[Peter J. Vandermeer|PERSON|Peter Vandermeer]], the chief executive of [[Lakeshore "
        "Freight Lines|ORG]], will step down in March, the company said. [[Vandermeer|PERSON|"
        "Peter Vandermeer]] has run [[Lakeshore Freight Lines|ORG]] since 2016.\n",
    ),
    (
        "own-ent26n-c5",
        "2025-05-27",
        "[[CAIRO|GPE|Cairo]], May 27 - The [[Egyptian Organization for Standardization and "
        "Quality|ORG]] ([[EOS|ORG|Egyptian Organization for Standardization and Quality]]) "
        "said imported solar panels would need a new certificate from July. [[EOS|ORG|Egyptian "
        "Organization for Standardization and Quality]] will test 400 models.\n",
    ),
    (
        "own-ent26n-c6",
        "2025-11-23",
        "RUGBY - [[KILLEEN|ORG|Killeen Harlequins]] HOLD ON\n\n[[Killeen Harlequins|ORG]] beat "
        "[[Ardmore Wanderers|ORG]] 24-21 on Sunday. [[Ardmore|ORG|Ardmore Wanderers]] had led "
        "at half-time, and [[Killeen|ORG|Killeen Harlequins]] scored the winning try in the "
        "last minute.\n",
    ),
    (
        "own-ent26n-c7",
        "2025-08-14",
        "[[VIENNA|GPE|Vienna]], Aug 14 - [[Austria|GPE]]'s energy regulator, known as [[E-"
        "Control|ORG]], said gas network fees would rise 9% next year. [[E-Control|ORG]] head "
        "[[Sabine Grohmann|PERSON]] said the rise paid for new pipelines.\n",
    ),
    (
        "own-ent26n-c8",
        "2025-01-29",
        "Hearing on the harbour tunnel\n\nTHE CHAIR: We welcome Dr [[Rangi Parata|PERSON]] of the port company.\n\nDR [[PARATA|PERSON|Rangi Parata]]: The tunnel will "
        "cost $1.9 billion, 30% more than planned.\n\nTHE CHAIR: Why?\n\nDR [[PARATA|PERSON|"
        "Rangi Parata]]: Ground conditions were worse than the surveys showed.\n",
    ),
    (
        "own-ent26n-c9",
        "2025-06-11",
        "[[CANBERRA|GPE|Canberra]], June 11 - The [[Australian Competition and Consumer "
        "Commission|ORG]] sued two supermarket chains, alleging misleading discounts. The "
        "[[Commission|ORG|Australian Competition and Consumer Commission]] said shoppers had "
        "paid more than advertised on 260 products.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
