"""Write eval/own-entities-dev24t.jsonl and eval/own-entities-dev24t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ENTITY TYPES (issue 13, session 23),
dense in the confusions of the pooled held-out board (counts only: ORG->GPE 48, PERSON->ORG 30,
ORG->PERSON 28, FAC->ORG 22, ORG->FAC 22, PRODUCT->ORG 22, GPE->ORG 19; PRODUCT recall the
weakest).

The families:
- hospitals, a station and prisons as the place people are taken to, held in or gather outside
  (FAC) beside the same hospital as the body that treats, says or declares (ORG); universities as
  bodies (ORG) beside the buildings and grounds on their campus (FAC); stadiums that host, are
  rebuilt or that fans leave (FAC) beside the clubs that play there;
- products named by their maker's name or beside it: medicines ("Wegovy", "Zepbound", "Keytruda"
  as the subject of sales and approvals), aircraft ("737 MAX", "A321XLR"), cars ("Model Y",
  "Mustang Mach-E", "Defender"), weapons ("Patriot", "HIMARS", "Leopard 2", "Storm Shadow"), apps
  and AI models ("ChatGPT", "WhatsApp", "Copilot") as subjects with users, sales, deliveries;
- clubs named by their city or region in Italian and German result lines and scorer lines beside
  the city or region as a place;
- firms named after people (department stores, estate agents, fashion houses) beside people in
  lists and quotations whose surnames are firms' names;
- countries and cities that act (GPE) beside firms carrying their names.
Written for briefx by hand (session 23, issue 13 types); real places, institutions, companies,
products and office holders of 2024-2025 as context, invented events, figures, quotations and
minor people. Annotated by ``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md``
inline while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Readings (earlier sets'): a hospital as the body that acts or
treats is ORG, as the place people are taken to FAC (dev14t, session 12 readings); a university
ORG; a stadium, airport, station or prison FAC; a club named after its city ORG, the city GPE; a
product named with its maker's name takes the full product title ("Model Y" -> "Tesla Model Y");
apps and medicines PRODUCT (dev set 16 readings); an Italian region GPE. New reading: an Italian
club takes its English Wikipedia title ("Bologna" -> "Bologna FC 1909"), a German one likewise
("Stuttgart" -> "VfB Stuttgart"). The CHECK cases go to the check file: scored only once, at the
end of a session. Run from the project root: ``python eval/build_own_entities_dev24t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev24t.jsonl"
OUT_CHECK = HERE / "own-entities-dev24t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 24t, issue 13 types); a bus crash with London "
    "hospitals, university cuts with campus buildings and stadiums, weight-loss drugs, aircraft "
    "deliveries, car recalls, weapons for Ukraine, apps and AI models, prisons, Italian and "
    "German football results, department stores and estate agents named after people; real "
    "places, institutions, clubs, companies and products, invented events, figures, quotations "
    "and minor people; MIT."
)

RLH = "Royal London Hospital"
STH = "St Thomas' Hospital"
UOM = "University of Manchester"
NOVO = "Novo Nordisk"
LILLY = "Eli Lilly and Company"
MAX = "Boeing 737 MAX"
TES = "Tesla, Inc."
PAT = "MIM-104 Patriot"
HIM = "M142 HIMARS"
WAN = "HM Prison Wandsworth"
BOL = "Bologna FC 1909"
LAZ = "SS Lazio"
STU = "VfB Stuttgart"
FEN = "Fenwick"

CASES = [
    (
        "own-ent24t-01",
        "2025-03-09",
        f"[[LONDON|GPE|London]], March 9 ([[Reuters|ORG]]) - Fourteen people were taken to "
        f"[[St Thomas' Hospital|FAC]] and the [[Royal London Hospital|FAC]] after a bus mounted "
        "the pavement outside [[Waterloo station|FAC|London Waterloo station]] on Sunday, the "
        f"[[London Ambulance Service|ORG]] said. The [[Royal London Hospital|ORG|{RLH}]] said it "
        "was treating five patients, two of them in a critical condition, and [[Guy's and St "
        "Thomas' NHS Foundation Trust|ORG]] said it had discharged three. [[King's College "
        "Hospital|ORG]] declared a major incident in the afternoon but stood it down by midnight. "
        f"Police closed roads around the [[Royal London|FAC|{RLH}]] as relatives arrived. The "
        "driver, [[Derek Amos|PERSON]], 61, was arrested at the scene; [[Amos|PERSON|Derek Amos]] "
        "was later released on bail. [[Transport for London|ORG]] said the route would reopen on "
        "Monday. [[Sadiq Khan|PERSON]], the Mayor of [[London|GPE]], visited [[St Thomas'|FAC|"
        f'{STH}]] in the evening and thanked staff. "The [[Royal London|ORG|{RLH}]] and [[St '
        f"Thomas'|ORG|{STH}]] did extraordinary work,\" he said.\n",
    ),
    (
        "own-ent24t-02",
        "2025-10-02",
        f"[[MANCHESTER|GPE|Manchester]], [[England|GPE]], Oct 2 - The [[University of Manchester|ORG]] "
        "said on Thursday it would cut 400 jobs and close two departments to save 45 million "
        "pounds a year. Several hundred students gathered outside the [[Alan Turing Building|FAC]]"
        " and marched to [[Whitworth Hall|FAC]], where the university's senate was meeting. The "
        f"[[University and College Union|ORG]] said [[Manchester|ORG|{UOM}]] was the 90th "
        "[[British|NORP]] university to announce cuts this year. [[Manchester Metropolitan University|ORG]] "
        "said last month it would freeze hiring. Vice-chancellor [[Duncan Ivison|PERSON]] said the "
        "[[Office for Students|ORG]] had been told of the plans. The university will hold its "
        "summer graduations at the [[Etihad Stadium|FAC]], where [[Manchester City|ORG|Manchester "
        "City F.C.]] play, while [[Old Trafford|FAC]] is rebuilt. [[Manchester United|ORG|"
        "Manchester United F.C.]] said work on [[Old Trafford|FAC]] would start in 2026, and fans "
        "leaving [[Wembley|FAC|Wembley Stadium]] after the cup final were told the club would play "
        "at [[Old Trafford|FAC]] until then.\n",
    ),
    (
        "own-ent24t-03",
        "2025-02-05",
        f"[[COPENHAGEN|GPE|Copenhagen]], Feb 5 ([[Reuters|ORG]]) - [[Novo Nordisk|ORG]] forecast "
        f"slower sales growth for 2025 as [[Wegovy|PRODUCT]] faces tougher competition from [[Eli "
        f"Lilly|ORG|{LILLY}]]'s [[Zepbound|PRODUCT]]. Sales of [[Wegovy|PRODUCT]] rose 85% last "
        "year, while [[Ozempic|PRODUCT]], the diabetes drug built on the same molecule, grew 26%. "
        f"[[Wegovy|PRODUCT]] is now sold in 20 countries. [[Lilly|ORG|{LILLY}]] said this week that "
        "[[Mounjaro|PRODUCT]] had become its biggest seller, ahead of [[Trulicity|PRODUCT]]. The "
        "[[Food and Drug Administration|ORG]] approved [[Zepbound|PRODUCT]] for sleep apnoea in "
        "December. [[Merck|ORG|Merck & Co.]] said [[Keytruda|PRODUCT]], the world's best-selling "
        "medicine, would lose patent protection in 2028. Chief executive [[Lars Fruergaard "
        "Jorgensen|PERSON|Lars Fruergaard Jørgensen]] told analysts that [[Novo|ORG|Novo Nordisk]] "
        "would cut prices in [[China|GPE]]. Analyst [[Emily Field|PERSON]] at [[Barclays|ORG]] said "
        "[[Zepbound|PRODUCT]] had taken more than half of new prescriptions in the [[United "
        "States|GPE]].\n",
    ),
    (
        "own-ent24t-04",
        "2025-01-27",
        f"[[DUBLIN|GPE|Dublin]], Jan 27 - [[Ryanair|ORG]] said delays to [[Boeing|ORG]] deliveries "
        "would hold its traffic growth to 3% this year. The airline expects 29 more [[737 MAX|"
        f"PRODUCT|{MAX}]] jets before the summer, chief executive [[Michael O'Leary|PERSON]] said. "
        "[[Aer Lingus|ORG]] took delivery of its first [[Airbus A321XLR|PRODUCT]], which will fly "
        "from [[Dublin Airport|FAC]] to [[Nashville|GPE]] and [[Indianapolis|GPE]]. The "
        "[[A321XLR|PRODUCT|Airbus A321XLR]] can fly eight hours without refuelling, [[Airbus|ORG]] "
        "said. [[Wizz Air|ORG]] has grounded 40 of its [[A321neo|PRODUCT|Airbus A321neo]] jets for "
        "engine checks by [[Pratt & Whitney|ORG]]. [[Emirates|ORG]] said it still had no date for "
        "its first [[Boeing 777X|PRODUCT]], while [[Qatar Airways|ORG]] flew its [[787|PRODUCT|"
        "Boeing 787 Dreamliner]] jets to [[Doha|GPE]] for repairs. At [[Stansted|FAC|London "
        "Stansted Airport]] a new terminal extension will open in 2026.\n",
    ),
    (
        "own-ent24t-05",
        "2025-04-03",
        f"[[DETROIT|GPE|Detroit]], April 3 - [[Tesla|ORG|{TES}]] delivered 337,000 cars in the "
        "first quarter, 13% fewer than a year earlier, as buyers waited for a refreshed [[Model Y|"
        "PRODUCT|Tesla Model Y]]. The [[Model Y|PRODUCT|Tesla Model Y]] remains the world's "
        "best-selling electric car, but sales of the [[Cybertruck|PRODUCT|Tesla Cybertruck]] fell "
        "again. [[Ford|ORG|Ford Motor Company]] recalled 90,000 [[Mustang Mach-E|PRODUCT|Ford "
        "Mustang Mach-E]] cars over a door fault, the [[National Highway Traffic Safety "
        "Administration|ORG]] said. In [[China|GPE]], [[BYD|ORG]] said its [[Seagull|PRODUCT|BYD "
        "Seagull]] had sold 500,000 units. [[Jaguar Land Rover|ORG]] said shipments to the "
        "[[United States|GPE]] were paused; the [[Range Rover|PRODUCT]] and the [[Defender|PRODUCT|"
        "Land Rover Defender]] are built in [[Britain|GPE|United Kingdom]] and [[Slovakia|GPE]]. "
        "[[Toyota|ORG|Toyota Motor Corporation]] said the [[RAV4|PRODUCT|Toyota RAV4]] led sales in "
        "[[Japan|GPE]].\n",
    ),
    (
        "own-ent24t-06",
        "2025-06-12",
        f"[[KYIV|GPE|Kyiv]], June 12 - [[Ukraine|GPE]] will receive two more [[Patriot|PRODUCT|"
        f"{PAT}]] systems from [[Germany|GPE]] by the autumn, Defence Minister [[Boris Pistorius|"
        "PERSON]] said on a visit to [[Kyiv|GPE]]. [[Patriot|PRODUCT|"
        f"{PAT}]] batteries have shot down most of the ballistic missiles fired at the city. "
        f"[[Lockheed Martin|ORG]] said output of [[HIMARS|PRODUCT|{HIM}]] launchers would rise to "
        f"96 a year, and [[HIMARS|PRODUCT|{HIM}]] crews have been trained in [[Poland|GPE]]. "
        "[[Rheinmetall|ORG]] will build [[Leopard 2|PRODUCT]] tanks and ammunition at a new plant "
        "in western [[Ukraine|GPE]]. [[Storm Shadow|PRODUCT]] missiles, made by [[MBDA|ORG]], "
        "struck an airfield in [[Crimea|GPE]] overnight, [[Volodymyr Zelenskiy|PERSON|Volodymyr "
        "Zelenskyy]] said. [[Norway|GPE]] and the [[Netherlands|GPE]] have delivered 24 [[F-16|"
        "PRODUCT|General Dynamics F-16 Fighting Falcon]] jets.\n",
    ),
    (
        "own-ent24t-07",
        "2025-02-20",
        f"[[SAN FRANCISCO|GPE|San Francisco]], Feb 20 - [[OpenAI|ORG]] said [[ChatGPT|PRODUCT]] "
        "now had 400 million weekly users, up from 300 million in December. [[ChatGPT|PRODUCT]] "
        "is used by two million businesses, chief operating officer [[Brad Lightcap|PERSON]] said. "
        "[[Google|ORG]] said [[Gemini|PRODUCT]] would be built into [[Android|PRODUCT]] phones, "
        "and [[Meta|ORG|Meta Platforms]] said [[WhatsApp|PRODUCT]] had passed three billion "
        "monthly users. [[Microsoft|ORG]] has put [[Copilot|PRODUCT|Microsoft Copilot]] into every "
        "copy of [[Windows 11|PRODUCT]]. [[DeepSeek|ORG]], based in [[Hangzhou|GPE]], said its "
        "[[R1|PRODUCT|DeepSeek-R1]] model cost less than $6 million to train. [[Sam Altman|PERSON]] "
        "said [[OpenAI|ORG]] would release [[GPT-5|PRODUCT]] within months.\n",
    ),
    (
        "own-ent24t-08",
        "2025-07-15",
        f"[[LONDON|GPE|London]], July 15 - Inspectors found rats and broken windows at [[HMP "
        f"Wandsworth|FAC|{WAN}]], the prison where a former soldier escaped in 2023, the [[HM "
        "Inspectorate of Prisons|ORG]] said on Tuesday. Chief inspector [[Charlie Taylor|PERSON]] "
        f"said conditions at [[Wandsworth|FAC|{WAN}]] were the worst he had seen. Justice Secretary "
        "[[Shabana Mahmood|PERSON]] said 1,700 prisoners would be moved to [[HMP Millsike|FAC|HM "
        "Prison Millsike]], a new jail near [[York|GPE]]. The [[Prison Officers' Association|ORG]] "
        "said staff at [[Belmarsh|FAC|HM Prison Belmarsh]] and [[Pentonville|FAC|HM Prison "
        "Pentonville]] had been assaulted 300 times this year. Residents in [[Wandsworth|GPE|London "
        "Borough of Wandsworth]] have asked for the prison to be closed. The [[Ministry of "
        "Justice|ORG]] said [[Wales|GPE]] would get a women's centre in [[Swansea|GPE]].\n",
    ),
    (
        "own-ent24t-09",
        "2025-03-02",
        f"[[ROME|GPE|Rome]], March 2 - Results of [[Serie A|ORG]] matches on Sunday:\n"
        f"[[Bologna|ORG|{BOL}]] 2 [[Torino|ORG|Torino FC]] 1\n"
        "[[Genoa|ORG|Genoa CFC]] 0 [[Napoli|ORG|SSC Napoli]] 2\n"
        f"[[Lazio|ORG|{LAZ}]] 1 [[Udinese|ORG|Udinese Calcio]] 1\n\n"
        f"Scorers: [[Bologna|ORG|{BOL}]] - [[Orsolini|PERSON|Riccardo Orsolini]] 34, [[Castro|"
        "PERSON|Santiago Castro]] 70; [[Torino|ORG|Torino FC]] - [[Adams|PERSON|Che Adams]] 81.\n\n"
        f"[[Napoli|ORG|SSC Napoli]] stayed top, a point ahead of [[Inter Milan|ORG]]. [[Lazio|ORG|"
        f"{LAZ}]]'s coach [[Marco Baroni|PERSON]] said his side had tired. [[Bologna|ORG|{BOL}]], "
        "who sit fifth, play at [[Genoa|ORG|Genoa CFC]] next week. Heavy rain in [[Lazio|GPE]] had "
        "closed schools on Friday, and fans in [[Bologna|GPE]] watched on screens in the main "
        "square. In [[Germany|GPE]], [[Stuttgart|ORG|VfB Stuttgart]] beat [[Freiburg|ORG|SC "
        "Freiburg]] 3-1 and [[Mainz|ORG|1. FSV Mainz 05]] drew 0-0 at [[Augsburg|ORG|FC "
        "Augsburg]].\n",
    ),
    (
        "own-ent24t-10",
        "2025-01-14",
        f"[[NEWCASTLE|GPE|Newcastle upon Tyne]], [[England|GPE]], Jan 14 - [[Fenwick|ORG|{FEN}]] said "
        "Christmas sales rose 4% and that it would reopen its store in [[Canterbury|GPE]]. Chairman "
        f"[[Leo Fenwick|PERSON]] said [[Fenwick|ORG|{FEN}]] had no plans to sell. [[John Lewis|ORG|"
        "John Lewis & Partners]] said like-for-like sales were flat, and [[Harvey Nichols|ORG]] "
        "closed its [[Bristol|GPE]] shop. Estate agents [[Knight Frank|ORG]] and [[Savills|ORG]] "
        "expect prices to rise 3% this year; [[Knight Frank|ORG]] said buyers were returning to "
        "[[London|GPE]]. The board of the new owner is [[Anna Kowalski|PERSON]], [[Peter Grant|"
        'PERSON]] and [[Lucy Spencer|PERSON]]. "We are a family firm," [[Spencer|PERSON|Lucy '
        "Spencer]] said. [[Marks & Spencer|ORG]] said it would open 12 food halls, and [[Primark|"
        "ORG]] said prices in [[Ireland|GPE]] would not rise.\n",
    ),
    (
        "own-ent24t-11",
        "2025-05-20",
        f"[[SINGAPORE|GPE|Singapore]], May 20 - [[Singapore Airlines|ORG]] reported a record annual "
        "profit, and [[Singapore|GPE]] said it would expand [[Changi Airport|FAC]] with a fifth "
        "terminal. [[Changi|FAC|Changi Airport]] handled 67 million passengers last year. [[Hong "
        "Kong|GPE]] said its third runway was open, and [[Cathay Pacific|ORG]] said it would add "
        "flights to [[Dallas|GPE]]. [[Malaysia Airlines|ORG]] will fly again to [[Paris|GPE]]. "
        "[[Qantas|ORG]] said [[Australia|GPE]] would allow more flights from [[Sydney Airport|FAC]]"
        ". [[Thailand|GPE]] said [[Thai Airways|ORG|Thai Airways International]] would buy ten "
        "[[Boeing 787|PRODUCT|Boeing 787 Dreamliner]] jets.\n",
    ),
]

CHECK = [
    (
        "own-ent24t-c1",
        "2025-08-18",
        "[[BIRMINGHAM|GPE|Birmingham]], [[England|GPE]], Aug 18 - Nine people were taken to the [[Queen "
        "Elizabeth Hospital Birmingham|FAC]] after a fire at a warehouse, and the [[Queen Elizabeth "
        "Hospital Birmingham|ORG]] said two were in a serious condition. The [[West Midlands Fire "
        "Service|ORG]] said the blaze was under control. [[Aston Villa|ORG|Aston Villa F.C.]] "
        "postponed a friendly at [[Villa Park|FAC]].\n",
    ),
    (
        "own-ent24t-c2",
        "2025-04-29",
        "[[SEATTLE|GPE|Seattle]], April 29 - [[Alaska Airlines|ORG]] said its [[737 MAX 9|PRODUCT|"
        "Boeing 737 MAX]] jets were back in service, and [[Boeing|ORG]] said output of the [[787|"
        "PRODUCT|Boeing 787 Dreamliner]] would rise. [[Pfizer|ORG]] said [[Paxlovid|PRODUCT]] sales "
        "fell by half, and [[Apple|ORG|Apple Inc.]] said the [[iPhone 16|PRODUCT]] sold well in "
        "[[India|GPE]].\n",
    ),
    (
        "own-ent24t-c3",
        "2025-02-09",
        "[[MILAN|GPE|Milan]], Feb 9 - [[Atalanta|ORG|Atalanta BC]] 2 [[Verona|ORG|Hellas Verona "
        "FC]] 0; [[Fiorentina|ORG|ACF Fiorentina]] 1 [[Como|ORG|Como 1907]] 2. [[Atalanta|ORG|"
        "Atalanta BC]]'s striker [[Mateo Retegui|PERSON]] scored twice. Fans in [[Como|GPE]] "
        "celebrated late into the night.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
