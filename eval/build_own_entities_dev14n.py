"""Write eval/own-entities-dev14n.jsonl and eval/own-entities-dev14n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for NAMES (issue 13, session 12).

The families where a name goes wrong while span and type are right (issue 13, family 3, the
document-level back-reference; counts pooled over the held-out sets, given to the session as
counts only): an organisation named by part of its name after the full one ("the Reserve
Bank" after "the Reserve Bank of New Zealand", "Lundin" after "Lundin Mining Corp", "Hynix"
after "SK Hynix Inc"), by its head noun ("the Commission", "the Ministry", "the Board",
capitalised), by an acronym the text defines before or after it; a person named by the
surname alone (the headline included), with a particle ("Van der Meer"), in East Asian order
("Teo" of "Teo Eng Dih", "Lee" of "Lee Jae-myung"); natural features titled with their kind
("the Atlantic" -> "Atlantic Ocean", "the Baltic" -> "Baltic Sea", "the Thames" -> "River
Thames") and those that are not ("the Rhine", "the Alps", "the Andes", "the Himalayas"); cities
that need a title ("NEW YORK" and "New York" the city -> "New York City", "Washington" the
capital -> "Washington, D.C."). The briefs are of kinds the dev sets lack (a central bank and
its acronym, a maritime regulator, a turbine maker's results, a grid operator's new head, a
port authority, low water on the Rhine, Wall Street with a regulator, a bond auction, copper in
the Andes, an outbreak with a continental agency, Dutch banking with particles, Korean chips, an
Everest season, a London rail strike).
Cases that must stay: a short name the body gives before the long one ("Siemens" beside
"Siemens Energy"), "the bank" in lower case (untagged), a first word shared by a firm and
its country's body ("Mekong" of "Mekong River Commission", a river of its own).
Written for briefx by hand (session 12, issue 13 names); real places, institutions, companies
and public figures, invented events, figures and quotations. Annotated by
``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` inline while writing,
before briefx was run on any of them (after the first run one name was corrected to the
title the earlier sets and ``models/organisations.jsonl`` give: "U.S. Securities and Exchange
Commission", three mentions; "Siemens Energy" and the Swedish ministry were left as written): ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``;
legal forms in the span and out of ``name`` (session 11); a national ministry with a generic
title takes its country in brackets (dev set 10). ``entity_marks`` turns the marks into
offsets and checks every span. The CHECK cases go to the check file: scored only once, at the
end of a session.
Run from the project root: ``python eval/build_own_entities_dev14n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev14n.jsonl"
OUT_CHECK = HERE / "own-entities-dev14n-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 14n, issue 13 names); central-bank, shipping, "
    "results, grid, port, river, market, bond, mining, health, banking, chip, mountaineering "
    "and strike copy; real places, institutions, companies and public figures, invented "
    "events, figures and quotations; MIT."
)

CASES = [
    (
        "own-ent14n-01",
        "2026-02-18",
        "[[WELLINGTON|GPE|Wellington]], Feb 18 ([[Reuters|ORG]]) - The [[Reserve Bank of New "
        "Zealand|ORG]] ([[RBNZ|ORG|Reserve Bank of New Zealand]]) cut its official cash rate by "
        "25 basis points to 2.75% on Wednesday. The [[Reserve Bank|ORG|Reserve Bank of New "
        "Zealand]] said it saw room for further easing if inflation stayed low. Governor "
        "[[Anna Breman|PERSON]] told reporters the [[Bank|ORG|Reserve Bank of New Zealand]] "
        "would move carefully. [[Breman|PERSON|Anna Breman]] said dairy export prices had held "
        "up. Economists at [[ASB Bank|ORG]] said the [[RBNZ|ORG|Reserve Bank of New Zealand]] "
        "was near the end of its cycle; [[ASB|ORG|ASB Bank]] expects one more cut in May.\n",
    ),
    (
        "own-ent14n-02",
        "2026-05-12",
        "[[WASHINGTON|GPE|Washington, D.C.]], May 12 - The [[Federal Maritime Commission|ORG]] "
        "opened an inquiry on Tuesday into detention fees charged by container lines. The "
        "[[Commission|ORG|Federal Maritime Commission]] said exporters in [[Savannah|GPE|"
        "Savannah, Georgia]], [[Georgia|GPE]], and [[Charleston|GPE|Charleston, South "
        "Carolina]], [[South Carolina|GPE]], had filed complaints. Commissioner [[Laura "
        "DiBella|PERSON]] said carriers crossing the [[Atlantic|LOC|Atlantic Ocean]] had "
        "raised fees twice this year. [[DiBella|PERSON|Laura DiBella]] named the "
        "[[Mediterranean Shipping Company|ORG]] ([[MSC|ORG|Mediterranean Shipping Company]]) "
        "and [[Maersk|ORG]]. [[MSC|ORG|Mediterranean Shipping Company]] said it would "
        "cooperate.\n",
    ),
    (
        "own-ent14n-03",
        "2026-11-12",
        "[[MUNICH|GPE|Munich]], Nov 12 - [[Siemens Energy AG|ORG|Siemens Energy]] raised its "
        "profit outlook on Thursday after orders for gas turbines rose 40%. Chief executive "
        "[[Christian Bruch|PERSON]] said demand from data centres in the [[United States|GPE]] "
        "had surprised the company. [[Bruch|PERSON|Christian Bruch]] said the wind unit would "
        "break even next year after delays at farms in the [[North Sea|LOC]] and the "
        "[[Baltic|LOC|Baltic Sea]]. [[Siemens AG|ORG|Siemens]], which holds 17% of the group, "
        "said it was pleased. Shares of [[Siemens Energy|ORG]] rose 6% and [[Siemens|ORG]] "
        "gained 1%.\n",
    ),
    (
        "own-ent14n-04",
        "2026-09-01",
        "[[Lindqvist|PERSON|Maria Lindqvist]] to lead Swedish grid operator\n"
        "[[STOCKHOLM|GPE|Stockholm]], Sept 1 - [[Svenska kraftnät|ORG]] has named [[Maria "
        "Lindqvist|PERSON]] as its director general, the grid operator said on Monday. "
        "[[Lindqvist|PERSON|Maria Lindqvist]], 52, joins from [[Vattenfall AB|ORG|Vattenfall]], "
        "where she ran hydropower in the north. [[Vattenfall|ORG]] said she had overseen new "
        "turbines on the [[Lule River|LOC]]. The appointment was approved by the "
        "[[Ministry of Climate and Enterprise|ORG]]; Minister [[Ebba Busch|PERSON]] said "
        "[[Lindqvist|PERSON|Maria Lindqvist]] knew the system well. Grid fees in [[Sweden|GPE]] "
        "rose 9% last year.\n",
    ),
    (
        "own-ent14n-05",
        "2026-08-04",
        "[[SINGAPORE|GPE|Singapore]], Aug 4 - Vessel arrivals in [[Singapore|GPE]] rose 6% in "
        "July, the [[MPA|ORG|Maritime and Port Authority of Singapore]] said on Monday, as "
        "ships diverted from the [[Red Sea|LOC]] kept berths busy. Chief executive [[Teo Eng "
        "Dih|PERSON]] said waiting times had fallen to under a day. [[Teo|PERSON|Teo Eng Dih]] "
        "said traffic through the [[Strait of Malacca|LOC]] was at a record. The [[Maritime and "
        "Port Authority of Singapore|ORG]] also said [[PSA International|ORG]] would open two "
        "more berths at [[Tuas Port|FAC]] next year. [[PSA|ORG|PSA International]] declined to "
        "comment.\n",
    ),
    (
        "own-ent14n-06",
        "2026-08-20",
        "[[DUISBURG|GPE|Duisburg]], Aug 20 - Water levels on the [[Rhine|LOC]] fell to 78 "
        "centimetres at [[Kaub|GPE]] on Thursday, forcing barges to sail a third full. The "
        "[[Federal Waterways and Shipping Administration|ORG]] said dry weather in the "
        "[[Alps|LOC]] had cut the flow. The [[Administration|ORG|Federal Waterways and Shipping "
        "Administration]] expects levels to fall further. [[HGK Shipping GmbH|ORG|HGK "
        "Shipping]] said it had raised surcharges; [[HGK|ORG|HGK Shipping]] also moves cargo on "
        "the [[Danube|LOC]], where levels were normal. Chief executive [[Steffen Bauer|PERSON]] "
        "said the fleet would keep running; [[Bauer|PERSON|Steffen Bauer]] added that rail "
        "could not take the extra cargo.\n",
    ),
    (
        "own-ent14n-07",
        "2026-03-09",
        "[[NEW YORK|GPE|New York City]], March 9 - Shares of [[Goldman Sachs Group Inc|ORG|"
        "Goldman Sachs]] fell 4% on Monday after the bank disclosed an inquiry by the "
        "[[Securities and Exchange Commission|ORG|U.S. Securities and Exchange Commission]]. "
        "[[Goldman|ORG|Goldman Sachs]] said it was cooperating with the [[SEC|ORG|U.S. Securities "
        "and Exchange Commission]]. In [[Washington|GPE|Washington, D.C.]], [[SEC|ORG|U.S. "
        "Securities and Exchange Commission]] Chairman [[Paul "
        "Atkins|PERSON]] declined to comment. [[Atkins|PERSON|Paul Atkins]] has said the agency "
        "would focus on fraud. Traders in [[New York|GPE|New York City]] said the [[Federal "
        "Reserve|ORG]] meeting next week mattered more.\n",
    ),
    (
        "own-ent14n-08",
        "2026-12-26",
        "[[TOKYO|GPE|Tokyo]], Dec 26 - [[Japan|GPE]]'s [[Ministry of Finance|ORG|Ministry of "
        "Finance (Japan)]] said on Friday it would sell fewer super-long bonds next year. The "
        "[[Ministry|ORG|Ministry of Finance (Japan)]] will cut 30-year issuance by 10%. Finance "
        "Minister [[Satsuki Katayama|PERSON]] said the change would calm the market. The "
        "[[Bank of Japan|ORG]] ([[BOJ|ORG|Bank of Japan]]) holds about half of all government "
        "bonds; the [[BOJ|ORG|Bank of Japan]] is slowing its purchases. [[Katayama|PERSON|"
        "Satsuki Katayama]] said she would meet Governor [[Kazuo Ueda|PERSON]] in January. "
        "[[Ueda|PERSON|Kazuo Ueda]] has said the bank would raise rates if wages kept rising.\n",
    ),
    (
        "own-ent14n-09",
        "2026-01-14",
        "[[SANTIAGO|GPE|Santiago]], Jan 14 - [[Lundin Mining Corp|ORG|Lundin Mining]] will "
        "spend $1.2 billion to expand a copper mine in the [[Atacama "
        "Desert|LOC]], the company said on Wednesday. [[Lundin|ORG|Lundin Mining]] said water "
        "for the mine would be piped from a desalination plant on the [[Pacific|LOC|Pacific "
        "Ocean]]. Mining minister [[Aurora Williams|PERSON]] said [[Chile|GPE]] "
        "welcomed the plan. State miner [[Codelco|ORG]] is also building in the "
        "[[Andes|LOC]]; [[Codelco|ORG]] chairman [[Máximo Pacheco|PERSON]] said this week that "
        "output would recover. [[Pacheco|PERSON|Máximo Pacheco]] blamed delays at [[El "
        "Teniente|FAC]].\n",
    ),
    (
        "own-ent14n-10",
        "2026-06-03",
        "[[ADDIS ABABA|GPE|Addis Ababa]], June 3 - The [[Africa Centres for Disease Control and "
        "Prevention|ORG]] said on Wednesday that cholera cases in [[South Sudan|GPE]] had "
        "doubled in a month. Director General [[Jean Kaseya|PERSON]] said the agency would send "
        "vaccines to [[Juba|GPE]] and towns along the [[White Nile|LOC]]. [[Kaseya|PERSON|Jean "
        "Kaseya]] asked donors for $45 million. The [[World Health Organization|ORG]] "
        "([[WHO|ORG|World Health Organization]]) said the [[Africa CDC|ORG|Africa Centres for "
        "Disease Control and Prevention]] had asked it for help; the [[WHO|ORG|World Health "
        "Organization]] has 20 staff in the country.\n",
    ),
    (
        "own-ent14n-11",
        "2026-04-15",
        "[[AMSTERDAM|GPE|Amsterdam]], April 15 - [[De Nederlandsche Bank|ORG]] warned on "
        "Wednesday that house prices in the [[Netherlands|GPE]] were rising too fast. "
        "President [[Olaf Sleijpen|PERSON]] said lenders should keep buffers. [[Sleijpen|"
        "PERSON|Olaf Sleijpen]] spoke a day after [[Rabobank|ORG]] raised its forecast. "
        "[[Rabobank|ORG]] economist [[Jan van der Meer|PERSON]] said prices would rise 7% this "
        "year. \"Supply is the problem,\" [[Van der Meer|PERSON|Jan van der Meer]] said. "
        "[[DNB|ORG|De Nederlandsche Bank]] also said banks had cut lending to firms near the "
        "[[North Sea|LOC]] coast.\n",
    ),
    (
        "own-ent14n-12",
        "2026-07-24",
        "[[SEOUL|GPE|Seoul]], July 24 - [[SK Hynix Inc|ORG|SK Hynix]] posted record quarterly "
        "profit on Thursday on demand for memory chips used in artificial intelligence. "
        "[[Hynix|ORG|SK Hynix]] said sales to [[Nvidia Corp|ORG|Nvidia]] had doubled. President "
        "[[Lee Jae-myung|PERSON]] visited the company's plant in [[Icheon|GPE]] the same day. "
        "[[Lee|PERSON|Lee Jae-myung]] said [[South Korea|GPE]] would spend more on chip "
        "research. Shares of [[Samsung Electronics Co Ltd|ORG|Samsung Electronics]] rose 2% "
        "on the [[Korea Exchange|ORG]]; [[Samsung Electronics|ORG]] reports next week.\n",
    ),
    (
        "own-ent14n-13",
        "2026-05-28",
        "[[KATHMANDU|GPE|Kathmandu]], May 28 - More than 600 climbers reached the summit of "
        "[[Mount Everest|LOC]] this spring, the [[Nepal Tourism Board|ORG]] said on Thursday. "
        "The [[Board|ORG|Nepal Tourism Board]] said crowds had thinned after [[Nepal|GPE]] "
        "raised permit fees. [[Pasang Dawa Sherpa|PERSON]] reached the top of [[Everest|LOC|Mount "
        "Everest]] for the 30th time. [[Pasang Dawa|PERSON|Pasang Dawa Sherpa]] said snow on the "
        "[[Himalayas|LOC]] was thinner than he had ever seen. The [[International Centre for "
        "Integrated Mountain Development|ORG]] ([[ICIMOD|ORG|International Centre for "
        "Integrated Mountain Development]]) said glaciers had lost 5% of their ice since 2020.\n",
    ),
    (
        "own-ent14n-14",
        "2026-10-06",
        "[[LONDON|GPE|London]], Oct 6 - Members of the [[RMT|ORG|National Union of Rail, "
        "Maritime and Transport Workers]] on the [[London Underground|FAC]] will strike for two "
        "days next week, the [[National Union of Rail, Maritime and Transport Workers|ORG]] "
        "said on Monday. [[Transport for London|ORG]] ([[TfL|ORG|Transport for London]]) said "
        "services on the [[Elizabeth line|FAC]] would run. Mayor [[Sadiq Khan|PERSON]] urged "
        "both sides to talk. [[Khan|PERSON|Sadiq Khan]] said river buses on the [[Thames|LOC|"
        "River Thames]] would add sailings. [[TfL|ORG|Transport for London]] estimated the "
        "cost at £20 million.\n",
    ),
]

CHECK = [
    (
        "own-ent14n-15",
        "2026-02-10",
        "[[CANBERRA|GPE|Canberra]], Feb 10 - The [[Australian Competition and Consumer "
        "Commission|ORG]] sued [[Coles Group Ltd|ORG|Coles Group]] on Tuesday over "
        "discount claims. The [[Commission|ORG|Australian Competition and Consumer "
        "Commission]] said shoppers had been misled. Chair [[Gina Cass-Gottlieb|PERSON]] said "
        "the [[ACCC|ORG|Australian Competition and Consumer Commission]] would seek penalties. "
        "[[Coles|ORG|Coles Group]] said it would defend the case. [[Cass-Gottlieb|"
        "PERSON|Gina Cass-Gottlieb]] said farmers along the [[Murray|LOC|Murray River]] had "
        "also complained about prices.\n",
    ),
    (
        "own-ent14n-16",
        "2026-09-15",
        "[[WASHINGTON|GPE|Washington, D.C.]], Sept 15 - The [[NTSB|ORG|National Transportation "
        "Safety Board]] opened an investigation on Monday after a cargo jet lost an engine over "
        "the [[Atlantic|LOC|Atlantic Ocean]]. The [[National Transportation Safety Board|ORG]] "
        "said the plane, operated by [[Atlas Air|ORG]], landed safely in [[New York|GPE|New York City]]. Chair [[Jennifer "
        "Homendy|PERSON]] said the [[Board|ORG|National Transportation Safety Board]] would "
        "examine the engine. [[Homendy|PERSON|Jennifer Homendy]] said the [[Federal Aviation "
        "Administration|ORG]] had been told.\n",
    ),
    (
        "own-ent14n-17",
        "2026-07-08",
        "[[VIENTIANE|GPE|Vientiane]], July 8 - The [[Mekong River Commission|ORG]] "
        "([[MRC|ORG|Mekong River Commission]]) said on Wednesday that flows on the "
        "[[Mekong|LOC]] were a quarter below normal. The [[Commission|ORG|Mekong River "
        "Commission]] blamed dams upstream in [[China|GPE]] and a weak monsoon. Chief "
        "executive [[Anoulak Kittikhoun|PERSON]] said fishing on [[Tonle Sap|LOC]] in "
        "[[Cambodia|GPE]] had suffered. [[Kittikhoun|PERSON|Anoulak Kittikhoun]] asked "
        "[[Beijing|GPE]] to share data.\n",
    ),
    (
        "own-ent14n-18",
        "2026-03-19",
        "[[FRANKFURT|GPE|Frankfurt]], March 19 - [[Deutsche Lufthansa AG|ORG|Lufthansa]] said on "
        "Thursday it would cut flights over the [[Baltic|LOC|Baltic Sea]] after more "
        "interference with navigation signals. [[Lufthansa|ORG]] chief executive [[Carsten "
        "Spohr|PERSON]] said the airline had told the [[European Union Aviation Safety "
        "Agency|ORG]] ([[EASA|ORG|European Union Aviation Safety Agency]]). [[Spohr|PERSON|"
        "Carsten Spohr]] said flights to [[Helsinki|GPE]] would take longer routes over the "
        "[[Alps|LOC]] and [[Poland|GPE]]. The [[Agency|ORG|European Union Aviation Safety "
        "Agency]] said it would issue guidance.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
