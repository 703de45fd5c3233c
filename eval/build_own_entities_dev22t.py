"""Write eval/own-entities-dev22t.jsonl and eval/own-entities-dev22t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ENTITY TYPES (issue 13, session 21),
dense in the confusions of the pooled held-out board (counts only: ORG->GPE 47, 42 of one word;
PERSON->ORG 32; ORG->PERSON 28; FAC->ORG 21; GPE->ORG 19, 17 of one word; PRODUCT->ORG 17;
GPE->LOC 16; LOC->ORG 15).

The families:
- clubs named by their city in sports copy ("Leeds beat Sunderland", "Derby supporters",
  "Sunderland's head coach"), rugby and basketball sides by city, beside the same city as a
  place; national sides by their country ("Brazil's coach", "Argentina beat Uruguay"), GPE;
- governments called by their capital ("Beijing said", "Washington imposed", "Moscow denied"):
  GPE with the city's title, as OntoNotes tags them and ANNOTATION.md tags "the X Government"
  as the country;
- people whose surnames are firms' or places' names ("Harry Preston", "Sarah Marriott",
  "Daniel Barclay", "Megan Austin"), named in full and then by surname alone, with possessives
  ("Marriott's lawyers") and roles near them;
- firms named after places or regions ("Coventry", "Skipton", "Yorkshire" as building
  societies, "Rio Tinto", "Anglian Water") beside the places themselves;
- firms named after people, two words ("Michael Kors", "Jimmy Choo", "Ralph Lauren", "Paul
  Smith"), beside people with ordinary names;
- one-word products ("iPhone", "Kindle", "Gemini", "Copilot", "Wegovy");
- facilities named without their head word (airports "Heathrow", "Gatwick", "Schiphol", prisons
  "Pentonville", grounds "Wembley", "Twickenham", ports "Felixstowe", mines "Escondida");
- events of one or two words ("Glastonbury", "Wimbledon", "Ryder Cup", "Six Nations");
- natural places of one word ("Sahel", "Alps", "Danube", "Pilbara").
Written for briefx by hand (session 21, issue 13 types); real places, institutions, companies,
products and office holders of 2024-2025 as context, invented figures, quotations and minor
people. Annotated by ``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` inline
while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Readings (earlier sets'): a club named after its city is ORG
with its club's title (dev3, dev14t); a national side named by its country is GPE (dev14t); an
airport, prison, port or ground named without its head word is FAC named by its Wikipedia title
(dev14t, dev21t); a league or association is ORG, a tournament EVENT (dev3); a capital standing
for its government is GPE (OntoNotes; the city's title, "Washington" -> "Washington, D.C.", as
its datelines); a mountain range, river or natural region is LOC. The CHECK cases go to the
check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev22t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev22t.jsonl"
OUT_CHECK = HERE / "own-entities-dev22t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 22t, issue 13 types); football, rugby and basketball "
    "by city and country, governments by capital, people with firms' and places' surnames, "
    "building societies, fashion houses, phones and AI models, airports, prisons and grounds, "
    "festivals and tournaments, rivers and ranges; real places, institutions, companies and "
    "products, invented figures, quotations and minor people; MIT."
)

LEEDS = "Leeds United F.C."
SUND = "Sunderland A.F.C."
DERBY = "Derby County F.C."
BURN = "Burnley F.C."
DC = "Washington, D.C."
COV = "Coventry Building Society"
SKIP = "Skipton Building Society"
CAPRI = "Capri Holdings"
RIO = "Rio Tinto"

CASES = [
    (
        "own-ent22t-01",
        "2025-03-02",
        f"[[LEEDS|GPE|Leeds]], March 2 - [[Leeds|ORG|{LEEDS}]] beat [[Sunderland|ORG|{SUND}]] "
        "2-1 at [[Elland Road|FAC]] on Saturday, with [[Joel Piroe|PERSON]] scoring in "
        f"stoppage time. [[Sunderland|ORG|{SUND}]]'s head coach [[Regis Le Bris|PERSON]] said "
        f"his players had deserved a point. [[Burnley|ORG|{BURN}]] won 1-0 at [[Millwall|ORG|"
        "Millwall F.C.]], while [[Sheffield United|ORG|Sheffield United F.C.]] came from behind "
        f"to beat [[Derby|ORG|{DERBY}]] 3-1. About 2,000 [[Derby|ORG|{DERBY}]] supporters made "
        "the trip, and police in [[Sheffield|GPE]] said there had been no arrests. Midfielder "
        "[[Harry Preston|PERSON]], 22, who grew up in [[Preston|GPE]], signed a new deal with "
        f"[[Burnley|ORG|{BURN}]]; [[Preston|PERSON|Harry Preston]] said he had never wanted to "
        f"leave. [[Leeds|ORG|{LEEDS}]] travel to [[Coventry|ORG|Coventry City F.C.]] on "
        "Tuesday.\n",
    ),
    (
        "own-ent22t-02",
        "2025-03-26",
        "[[BUENOS AIRES|GPE|Buenos Aires]], March 26 - [[Argentina|GPE]] beat [[Brazil|GPE]] "
        "4-1 on Tuesday to qualify for the [[2026 World Cup|EVENT|2026 FIFA World Cup]], and "
        "[[Brazil|GPE]]'s coach [[Dorival Junior|PERSON]] said his side had been outplayed. "
        "[[Julian Alvarez|PERSON]] and [[Enzo Fernandez|PERSON]] scored in the first half for "
        "[[Argentina|GPE]], who were without [[Lionel Messi|PERSON]]. [[Uruguay|GPE]] drew 0-0 "
        "with [[Bolivia|GPE]] in [[Montevideo|GPE]], and [[Ecuador|GPE]] beat [[Chile|GPE]] "
        "1-0. [[Colombia|GPE]]'s captain [[James Rodriguez|PERSON]] said the team would travel "
        "to [[Asuncion|GPE]] on Friday to face [[Paraguay|GPE]]. [[CONMEBOL|ORG]] said 80,000 "
        "tickets had been sold.\n",
    ),
    (
        "own-ent22t-03",
        "2025-04-10",
        f"[[BRUSSELS|GPE|Brussels]], April 10 - [[Beijing|GPE]] said on Thursday it would raise "
        f"tariffs on [[American|NORP]] goods to 84%, hours after [[Washington|GPE|{DC}]] "
        "lifted its own duties on [[Chinese|NORP]] imports again. [[Brussels|GPE]] said it "
        "would pause its counter-measures for 90 days, and [[European Commission|ORG]] "
        "President [[Ursula von der Leyen|PERSON]] said talks with [[Washington|GPE|"
        f"{DC}]] would go on. [[Tokyo|GPE]] and [[Seoul|GPE]] asked for talks of their own. "
        "[[Moscow|GPE]] denied that it had been spared the duties, and [[Kyiv|GPE]] said it "
        "expected no change in aid. Markets in [[Hong Kong|GPE]] rose 2%, and the yuan "
        "steadied after the [[People's Bank of China|ORG]] set a firmer midpoint.\n",
    ),
    (
        "own-ent22t-04",
        "2025-06-18",
        "[[LONDON|GPE|London]], June 18 - [[Sarah Marriott|PERSON]], the former finance "
        "director of the logistics group [[Kestrel Freight|ORG]], was cleared of fraud at "
        "[[Southwark Crown Court|ORG]] on Wednesday. [[Marriott|PERSON|Sarah Marriott]]'s "
        "lawyers said she had been vindicated, and [[Marriott|PERSON|Sarah Marriott]] told "
        "reporters she would sue. [[Kestrel Freight|ORG]]'s chair [[Daniel Barclay|PERSON]] "
        "said the company respected the verdict; [[Barclay|PERSON|Daniel Barclay]] joined the "
        "board in 2023. The prosecution was brought by the [[Serious Fraud Office|ORG]], whose "
        "director [[Nick Ephgrave|PERSON]] said he would read the judgment. A second "
        "defendant, [[Megan Austin|PERSON]] of [[Bristol|GPE]], was convicted; [[Austin|"
        "PERSON|Megan Austin]], 41, will be sentenced in July.\n",
    ),
    (
        "own-ent22t-05",
        "2025-02-27",
        f"[[LONDON|GPE|London]], Feb 27 - [[Coventry|ORG|{COV}]] said on Thursday its "
        f"mortgage lending rose 14% last year, and [[Coventry|ORG|{COV}]]'s chief executive "
        f"[[Steve Hughes|PERSON]] said it would cut rates again. The lender [[Skipton|ORG|{SKIP}]] "
        f"said savings balances rose 9%, and [[Skipton|ORG|{SKIP}]] said it would open two "
        "branches in [[Bradford|GPE]]. [[Nationwide|ORG|Nationwide Building Society]] said "
        "house prices in [[Coventry|GPE]] and [[Leicester|GPE]] rose faster than in "
        "[[London|GPE]]. [[Anglian Water|ORG]] and [[Severn Trent|ORG]] said bills would rise "
        "by 26% from April after [[Ofwat|ORG]] approved their plans; [[Severn Trent|ORG]] said "
        "most of the money would go on sewers in the [[Midlands|LOC|English Midlands]].\n",
    ),
    (
        "own-ent22t-06",
        "2025-05-29",
        f"[[NEW YORK|GPE|New York City]], May 29 - [[Capri Holdings|ORG|{CAPRI}]], the owner of "
        "[[Michael Kors|ORG]] and [[Versace|ORG]], said sales fell 15% in the quarter, and "
        "[[Michael Kors|ORG]] cut prices in [[China|GPE]] and [[Europe|LOC]]. Chief executive "
        "[[John Idol|PERSON]] said [[Jimmy Choo|ORG]] had held up better. [[Ralph Lauren|ORG|"
        "Ralph Lauren Corporation]] said its revenue rose 8%, and shares of [[Ralph Lauren|ORG|"
        "Ralph Lauren Corporation]] hit a record. In [[London|GPE]], the designer [[Paul "
        "Smith|ORG|Paul Smith (brand)]] label said it would close four shops. Analyst [[Jessica "
        "Ramirez|PERSON]] of [[Jane Hali & Associates|ORG]] said tariffs on goods made in "
        "[[Vietnam|GPE]] would weigh on [[Tapestry|ORG|Tapestry, Inc.]] and [[Coach|ORG|Coach "
        "New York]].\n",
    ),
    (
        "own-ent22t-07",
        "2025-09-10",
        "[[CUPERTINO|GPE|Cupertino]], Sept 10 - [[Apple|ORG|Apple Inc.]] unveiled a thinner "
        "[[iPhone|PRODUCT]] on Tuesday, priced from $999, and said the new [[AirPods Pro 3|"
        "PRODUCT]] would go on sale on Sept 19. [[Google|ORG]] said [[Gemini|PRODUCT|Google "
        "Gemini]] would run on more [[Android|PRODUCT]] phones, and [[Microsoft|ORG]] said "
        "[[Copilot|PRODUCT|Microsoft Copilot]] had 100 million monthly users. [[Amazon|ORG]] "
        "cut the price of the [[Kindle|PRODUCT|Amazon Kindle]] by $20. [[Samsung|ORG|Samsung "
        "Electronics]] said orders for the [[Galaxy S25|PRODUCT|Samsung Galaxy S25]] beat its "
        "forecast. [[Nintendo|ORG]] said it had sold 10 million [[Switch 2|PRODUCT|Nintendo "
        "Switch 2]] consoles, and [[OpenAI|ORG]] said [[ChatGPT|PRODUCT]] now had 700 million "
        "weekly users.\n",
    ),
    (
        "own-ent22t-08",
        "2025-07-21",
        "[[LONDON|GPE|London]], July 21 - Flights at [[Heathrow|FAC|Heathrow Airport]] and "
        "[[Gatwick|FAC|Gatwick Airport]] were delayed on Monday after a radar fault, and "
        " passengers from [[Schiphol|FAC|"
        "Amsterdam Airport Schiphol]] were diverted to [[Stansted|FAC|London Stansted Airport]]. "
        "About 120 flights at [[Heathrow|FAC|Heathrow Airport]] were cancelled. Police said 40 "
        "inmates at [[Pentonville|FAC|HM Prison Pentonville]] had been moved after a fire, and "
        "containers were held at [[Felixstowe|FAC|Port of Felixstowe]] as crane drivers walked "
        "out. Fans leaving [[Wembley|FAC|Wembley Stadium]] after a concert were told to avoid "
        "the [[Jubilee|FAC|Jubilee line]] line. [[National Air Traffic Services|ORG|NATS Holdings]] said "
        "the fault had been fixed.\n",
    ),
    (
        "own-ent22t-09",
        "2025-06-30",
        "[[LONDON|GPE|London]], June 30 - [[Wimbledon|EVENT|2025 Wimbledon Championships]] "
        "began on Monday in heat of 32C, and organisers said [[Wimbledon|EVENT|2025 Wimbledon "
        "Championships]] would let fans bring more water. [[Glastonbury|EVENT|Glastonbury "
        "Festival]] ended on Sunday, and its organisers said 210,000 people had come to "
        "[[Worthy Farm|FAC]]. [[Ryder Cup|EVENT|2025 Ryder Cup]] captain "
        " [[Luke Donald|PERSON]] said he would name his picks in September, before "
        "the [[Ryder Cup|EVENT|2025 Ryder Cup]] at [[Bethpage Black|FAC|Bethpage Black Course]] "
        "in [[New York|GPE|New York (state)]]. The [[Six Nations|EVENT|Six Nations Championship]] will start "
        "on a Thursday for the first time next year, [[Six Nations Rugby|ORG]] said.\n",
    ),
    (
        "own-ent22t-10",
        "2025-08-14",
        "[[NIAMEY|GPE|Niamey]], Aug 14 - Floods have killed 47 people across the [[Sahel|LOC]], "
        "where the [[Niger|LOC|Niger River]] rose to its highest level in a decade, the "
        "[[World Food Programme|ORG]] said. Rain also swelled the [[Danube|LOC]] in "
        "[[Austria|GPE]], and glaciers in the [[Alps|LOC]] lost a record amount of ice, "
        "[[Swiss|NORP]] researchers said. In [[Pakistan|GPE]], flash floods along the "
        "[[Swat|LOC|Swat River]] forced 8,000 people from their homes, and the [[National "
        "Disaster Management Authority|ORG|National Disaster Management Authority (Pakistan)]] "
        "said more rain was due in [[Punjab|GPE|Punjab, Pakistan]]. Heat in the "
        "[[Balkans|LOC]] closed schools in [[Serbia|GPE]].\n",
    ),
    (
        "own-ent22t-11",
        "2025-03-15",
        "[[DENVER|GPE|Denver]], March 15 - [[Denver|ORG|Denver Nuggets]] beat [[Boston|ORG|"
        "Boston Celtics]] 118-110 on Friday, with [[Nikola Jokic|PERSON]] scoring 35 points. "
        "[[Boston|ORG|Boston Celtics]]'s coach [[Joe Mazzulla|PERSON]] said his team had "
        "lost its rhythm. [[Miami|ORG|Miami Heat]] lost to [[Cleveland|ORG|Cleveland "
        "Cavaliers]], and fans in [[Miami|GPE]] booed. In rugby, [[Bath|ORG|Bath Rugby]] beat "
        "[[Leicester|ORG|Leicester Tigers]] 33-20 at the [[Rec|FAC|Recreation Ground (Bath)]], "
        "and [[England|GPE]] named [[Marcus Smith|PERSON]] at fly-half to face [[Wales|GPE]] at "
        "the [[Principality Stadium|FAC]] in [[Cardiff|GPE]]. [[Wales|GPE]]'s interim coach "
        "[[Matt Sherratt|PERSON]] said his side would attack.\n",
    ),
    (
        "own-ent22t-12",
        "2025-07-16",
        f"[[PERTH|GPE|Perth]], July 16 - [[Rio Tinto|ORG|{RIO}]] said iron ore shipments from "
        f"the [[Pilbara|LOC]] fell 3% in the quarter, and [[Rio Tinto|ORG|{RIO}]]'s new chief "
        "executive [[Simon Trott|PERSON]] said [[Simandou|FAC|Simandou mine]] in "
        "[[Guinea|GPE]] would ship its first ore in November. [[BHP|ORG]] said copper output "
        "at [[Escondida|FAC|Escondida mine]] in [[Chile|GPE]] rose 7%. [[Anglo American|ORG]] "
        "said it would sell its coal mines in [[Queensland|GPE]] to [[Peabody|ORG|Peabody "
        "Energy]]. Shares of [[Fortescue|ORG]] fell after chair [[Andrew Forrest|PERSON]] said "
        "[[Beijing|GPE]] was buying less steel.\n",
    ),
]

CHECK = [
    (
        "own-ent22t-c1",
        "2025-04-06",
        "[[NEWCASTLE|GPE|Newcastle upon Tyne]], April 6 - [[Newcastle|ORG|Newcastle United F.C.]] "
        "beat [[Brighton|ORG|Brighton & Hove Albion F.C.]] 3-0 on Sunday, and [[Brighton|ORG|"
        "Brighton & Hove Albion F.C.]]'s manager [[Fabian Hurzeler|PERSON]] said his side had "
        "been poor. [[Wolves|ORG|Wolverhampton Wanderers F.C.]] won at [[Ipswich|ORG|Ipswich "
        "Town F.C.]], and [[Scotland|GPE]]'s coach [[Steve Clarke|PERSON]] watched from the "
        "stand.\n",
    ),
    (
        "own-ent22t-c2",
        "2025-05-20",
        "[[OTTAWA|GPE|Ottawa]], May 20 - [[Ottawa|GPE]] said it would match any duties set by "
        "[[Washington|GPE|Washington, D.C.]], and [[Mark Carney|PERSON]] said talks would "
        "resume. Union leader [[Lana Payne|PERSON]] said workers at [[Stellantis|ORG]] in "
        "[[Brampton|GPE]] feared for their jobs; [[Payne|PERSON|Lana Payne]] said she would "
        "meet ministers.\n",
    ),
    (
        "own-ent22t-c3",
        "2025-08-01",
        "[[DUBLIN|GPE|Dublin]], Aug 1 - Passenger numbers at [[Dublin Airport|FAC]] rose 4%, "
        "and [[Ryanair|ORG]] said fares on flights to [[Gatwick|FAC|Gatwick Airport]] would "
        "rise. [[Electric Ireland|ORG]] raised its prices, and sales of the [[Pixel 9|PRODUCT|"
        "Pixel 9]] rose, [[Google|ORG]] said.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
