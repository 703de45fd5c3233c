"""Write eval/own-entities-dev19t.jsonl and eval/own-entities-dev19t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ENTITY TYPES in ordinary news prose
(issue 13, session 18), the families where the pooled held-out confusions still lie.

The families:
- organisations named by or after a place: transit operators, port authorities, water and
  power utilities, universities, city councils, clubs named after their city ("Napoli",
  "Torino"), the same place named as a place in the same text;
- firms named after people ("Goldman Sachs", "Morgan Stanley", "Sullivan & Cromwell", "Baker
  McKenzie", "Johnson & Johnson", fashion houses) beside people named with initials, foreign
  names and a role apposition (", chief executive of X"), the same surface typed once per text;
- facilities by a head word (Bridge, Tunnel, Dam, Barrage, Terminal, Station, Stadium, Arena,
  Airport, Plant, Mine, Refinery, Pipeline, Canal), also with the head word in lower case after
  the name ("the Kusile power station": span "Kusile", FAC, named with the head word);
- products by a maker and a model ("Airbus A321neo", "Pixel 9", "Galaxy S25"), a model named
  alone after its maker was named ("A350", "737 MAX"), rockets, satellites, medicines;
- seas, straits and rivers (LOC) and trade shows and air shows (EVENT) next to bodies.
Cases that must stay: a city as the place where things happen (GPE), a person with the same
surname as a firm, a council named with a lower-case "council" (the place alone, GPE).
Written for briefx by hand (session 18, issue 13 types); real places, institutions, companies,
products and office holders of 2024-2025 as context, invented firms, people, figures and
quotations. Annotated by ``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md``
inline while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Readings (earlier sets'): a club named after its city is ORG
with its club's title (dev14t); a hospital as the body that acts is ORG (dev14t); a power
station's or mine's name with a lower-case generic word after it is FAC with the generic word
outside the span and inside ``name`` (ANNOTATION.md, "the Hudson river"); a ship is PRODUCT
(dev12t). The CHECK cases go to the check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev19t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev19t.jsonl"
OUT_CHECK = HERE / "own-entities-dev19t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 19t, issue 13 types in ordinary news prose); transit, "
    "utilities, ports, deals, fashion, power, aircraft, phones, space, universities and Asian "
    "business news; real places, institutions, companies and products, invented firms, people, "
    "figures and quotations; MIT."
)

MBTA = "Massachusetts Bay Transportation Authority"
JNJ = "Johnson & Johnson"
KVT = "Kessler Vaughn Therapeutics"

CASES = [
    (
        "own-ent19t-01",
        "2025-02-04",
        "[[BOSTON|GPE|Boston]], Feb 4 - The [[Massachusetts Bay Transportation Authority|ORG]] "
        "said on Tuesday it would shut the [[Sumner Tunnel|FAC]] for eight weekends from March "
        "while crews replace its lighting. [[Massport|ORG]], which runs [[Logan International "
        "Airport|FAC]], said airport traffic would be sent through the [[Ted Williams "
        "Tunnel|FAC]]. The [[Boston Water and Sewer Commission|ORG]] will use the closures to "
        f"replace a water main, and [[Eversource|ORG|Eversource Energy]] will move cables near "
        f"[[North Station|FAC]]. [[MBTA|ORG|{MBTA}]] general manager [[Phillip Eng|PERSON]] said "
        "the work would end by June. Mayor [[Michelle Wu|PERSON]] said [[Boston|GPE]] would add "
        "ferry trips from [[Lynn|GPE|Lynn, Massachusetts]] and [[Winthrop|GPE|Winthrop, "
        "Massachusetts]], and the [[Tobin Bridge|FAC]] would stay open throughout.\n",
    ),
    (
        "own-ent19t-02",
        "2024-08-12",
        "[[LONDON|GPE|London]], Aug 12 - [[Thames Water|ORG]] asked [[Ofwat|ORG]] on Monday to "
        "let it raise bills by 59% over five years, while [[Southern Water|ORG]] and "
        "[[Yorkshire Water|ORG]] filed smaller requests. [[Thames Water|ORG]] chairman [[Adrian "
        "Montague|PERSON]] said the company needed the money to cut sewage spills into the "
        "[[Thames|LOC|River Thames]]. The [[Port of London Authority|ORG]] said dredging near "
        "the [[Thames Barrier|FAC]] would start in October, and [[Associated British "
        "Ports|ORG]] said it would spend £150 million on a new terminal at the [[Port of "
        "Immingham|FAC]]. [[Transport for London|ORG]] said the [[Silvertown Tunnel|FAC]] would "
        "open next spring. Environment Secretary [[Steve Reed|PERSON]] said [[Welsh Water|ORG]] "
        "had met its targets.\n",
    ),
    (
        "own-ent19t-03",
        "2025-03-10",
        "[[NAPLES|GPE|Naples]], March 10 - [[Napoli|ORG|SSC Napoli]] went three points clear at "
        "the top of [[Serie A|ORG]] after beating [[Torino|ORG|Torino FC]] 2-0 at the [[Stadio "
        "Diego Armando Maradona|FAC]] on Sunday. [[Romelu Lukaku|PERSON]] scored both goals. "
        "[[Inter Milan|ORG]] were held 1-1 by [[Bologna|ORG|Bologna FC 1909]] at [[San "
        "Siro|FAC]], and [[Atalanta|ORG|Atalanta BC]] lost 2-1 at [[Fiorentina|ORG|ACF "
        "Fiorentina]]. [[Napoli|ORG|SSC Napoli]] coach [[Antonio Conte|PERSON]] said fans who "
        "travelled from [[Salerno|GPE]] and [[Caserta|GPE]] had carried the team. [[Bologna|GPE]] "
        "city officials said the [[Stadio Renato Dall'Ara|FAC]] would be closed for repairs in "
        "the summer.\n",
    ),
    (
        "own-ent19t-04",
        "2025-05-06",
        f"[[NEW YORK|GPE|New York]], May 6 - [[Goldman Sachs|ORG]] and [[Morgan Stanley|ORG]] "
        f"advised [[Johnson & Johnson|ORG]] on its $14.6 billion purchase of [[Kessler Vaughn "
        f"Therapeutics|ORG]], a [[Cambridge|GPE|Cambridge, Massachusetts]] biotech, the companies "
        f"said on Tuesday. [[Sullivan & Cromwell|ORG]] and [[Baker McKenzie|ORG]] were legal "
        f"advisers. [[Joaquin Duato|PERSON]], chief executive of [[J&J|ORG|{JNJ}]], said the deal "
        f"added three drugs in late trials. [[Marcus Whitfield|PERSON]], who founded [[Kessler "
        f"Vaughn|ORG|{KVT}]] in 2016, will join [[J&J|ORG|{JNJ}]]. Shares of [[Eli Lilly|ORG|Eli "
        f"Lilly and Company]] and [[Bristol Myers Squibb|ORG]] rose. [[Lazard|ORG]] and "
        f"[[Wachtell Lipton|ORG|Wachtell, Lipton, Rosen & Katz]] advised [[Kessler "
        f"Vaughn|ORG|{KVT}]]. [[Whitfield|PERSON|Marcus Whitfield]] said he would stay on for "
        f"two years.\n",
    ),
    (
        "own-ent19t-05",
        "2024-07-24",
        "[[PARIS|GPE|Paris]], July 24 - [[Hermès|ORG]] said on Wednesday first-half sales rose "
        "13%, while [[Kering|ORG]] said sales at [[Gucci|ORG]] fell 20% and [[Saint "
        "Laurent|ORG|Yves Saint Laurent (brand)]] slipped 11%. [[Axel Dumas|PERSON]], executive "
        "chairman of [[Hermès|ORG]], said demand in [[China|GPE]] had slowed. [[Kering|ORG]] "
        "chief executive [[François-Henri Pinault|PERSON]] said [[Balenciaga|ORG]] and "
        "[[Bottega Veneta|ORG]] had held up. In [[Milan|GPE]], [[Prada|ORG|Prada (brand)]] "
        "said sales at [[Miu Miu|ORG]] nearly doubled, and [[Giorgio Armani|ORG|Armani]] said it "
        "would open a store in [[Dubai|GPE]]. [[Ralph Lauren|ORG|Ralph Lauren Corporation]] and "
        "[[Tapestry|ORG|Tapestry, Inc.]] report next month.\n",
    ),
    (
        "own-ent19t-06",
        "2025-03-03",
        "[[JOHANNESBURG|GPE|Johannesburg]], March 3 - [[Eskom|ORG]] said on Monday two units at "
        "the [[Kusile|FAC|Kusile Power Station]] power station were back online and that the "
        "[[Koeberg|FAC|Koeberg Nuclear Power Station]] nuclear plant would restart its second "
        "reactor in May. [[Eskom|ORG]] chief executive [[Dan Marokane|PERSON]] said the "
        "[[Medupi Power Station|FAC]] was running at full output. [[Transnet|ORG]] said a "
        "conveyor fault had halted loading at the [[Richards Bay Coal Terminal|FAC]], and that "
        "the [[Port of Durban|FAC]] was working through a backlog. Water levels at the [[Gariep "
        "Dam|FAC]] on the [[Orange River|LOC]] rose after rain. [[Sibanye-Stillwater|ORG]] said "
        "it had closed a shaft at its [[Kloof|FAC|Kloof mine]] mine.\n",
    ),
    (
        "own-ent19t-07",
        "2025-06-05",
        "[[TOULOUSE|GPE|Toulouse]], June 5 - [[Airbus|ORG]] delivered 56 jets in May, 38 of them "
        "[[A321neo|PRODUCT|Airbus A321neo]] aircraft, the planemaker said on Thursday. "
        "[[IndiGo|ORG]] ordered 30 more [[Airbus A350|PRODUCT]] widebodies, and [[Riyadh "
        "Air|ORG]] took its first [[Boeing 787|PRODUCT]]. [[Boeing|ORG]] said it was building 38 "
        "[[737 MAX|PRODUCT|Boeing 737 MAX]] jets a month, the cap set by the [[Federal Aviation "
        "Administration|ORG]]. [[Spirit AeroSystems|ORG]] said fuselage deliveries from its "
        "[[Wichita|GPE|Wichita, Kansas]] plant had improved. [[Embraer|ORG]] said [[SkyWest|ORG]] "
        "had ordered 60 [[E175|PRODUCT|Embraer E175]] jets. The orders will be shown at the "
        "[[Paris Air Show|EVENT]] this month.\n",
    ),
    (
        "own-ent19t-08",
        "2025-01-23",
        "[[SEOUL|GPE|Seoul]], Jan 23 - [[Samsung Electronics|ORG]] will unveil the [[Galaxy "
        "S25|PRODUCT|Samsung Galaxy S25]] in [[San Jose|GPE|San Jose, California]] on Wednesday, "
        "its first phone built around [[Qualcomm|ORG]]'s [[Snapdragon 8 Elite|PRODUCT]] chip. "
        "[[Google|ORG]] sold more [[Pixel 9|PRODUCT]] phones in [[Japan|GPE]] than any earlier "
        "model, and [[Apple|ORG|Apple Inc.]] cut the price of the [[iPhone 16|PRODUCT]] in "
        "[[China|GPE]]. [[Counterpoint Research|ORG]] analyst [[Tarun Pathak|PERSON]] said "
        "[[Xiaomi|ORG]] and [[Honor|ORG|Honor (brand)]] had gained share. [[Samsung|ORG|Samsung "
        "Electronics]] mobile chief [[Roh Tae-moon|PERSON]] said the phones would go on sale "
        "before the [[Mobile World Congress|EVENT]] in [[Barcelona|GPE]].\n",
    ),
    (
        "own-ent19t-09",
        "2024-12-05",
        "[[KOUROU|GPE|Kourou]], Dec 5 - A [[Vega-C|PRODUCT]] rocket carried the [[Sentinel-1C|"
        "PRODUCT]] radar satellite into orbit from the [[Guiana Space Centre|FAC]] on Thursday, "
        "[[Arianespace|ORG]] said. The [[European Space Agency|ORG]] said the satellite would "
        "watch ice in the [[Barents Sea|LOC]] and ships in the [[Strait of Hormuz|LOC]]. "
        "[[Avio|ORG]] chief executive [[Giulio Ranzo|PERSON]] said the next launch would carry "
        "[[Biomass|PRODUCT|Biomass (satellite)]]. In [[Geneva|GPE]], the [[World Health "
        "Organization|ORG]] said [[Wegovy|PRODUCT]] and [[Mounjaro|PRODUCT|Tirzepatide]] should "
        "be added to its list of essential medicines. [[Novo Nordisk|ORG]] said [[Catalent|ORG]] "
        "plants in [[Bloomington|GPE|Bloomington, Indiana]] and [[Anagni|GPE]] would fill more "
        "pens.\n",
    ),
    (
        "own-ent19t-10",
        "2024-09-18",
        "[[TORONTO|GPE|Toronto]], Sept 18 - The [[University of Toronto|ORG]] and [[Toronto "
        "Metropolitan University|ORG]] said on Wednesday they would cap new foreign enrolments. "
        "[[Metrolinx|ORG]] said the [[Eglinton Crosstown|FAC|Line 5 Eglinton]] would not open "
        "this year, and the [[Toronto Transit Commission|ORG]] said it would add buses. "
        "[[Toronto City Council|ORG]] voted 18-7 to fund more winter shelters. The [[Hospital "
        "for Sick Children|ORG]] said it had treated 40 children after a bus crash near "
        "[[Union Station|FAC|Union Station (Toronto)]]. [[Hydro One|ORG]] said its [[Pickering|"
        "FAC|Pickering Nuclear Generating Station]] nuclear station would run until 2026. "
        "Premier [[Doug Ford|PERSON]] said [[Ontario|GPE]] would build the [[Highway 413|FAC]] "
        "extension.\n",
    ),
    (
        "own-ent19t-11",
        "2024-11-07",
        "[[NEW DELHI|GPE|New Delhi]], Nov 7 - [[N. Chandrasekaran|PERSON]], chairman of [[Tata "
        "Sons|ORG]], said on Thursday the group would build a chip plant in [[Dholera|GPE]]. "
        "[[K. Krithivasan|PERSON]], chief executive of [[Tata Consultancy Services|ORG]], said "
        "hiring would pick up. [[Mukesh Ambani|PERSON]] said [[Reliance Industries|ORG]] would "
        "list [[Jio|ORG|Jio Platforms]] next year. In [[Hanoi|GPE]], [[Nguyen Thi Lan Huong|"
        "PERSON]], deputy head of [[Vingroup|ORG]], said [[VinFast|ORG]] would open a plant in "
        "[[Thoothukudi|GPE]]. [[Chandrasekaran|PERSON|N. Chandrasekaran]] said [[Air "
        "India|ORG]] would take delivery of its first [[A350-1000|PRODUCT|Airbus A350]] jets. "
        "[[Adani Ports|ORG|Adani Ports & SEZ]] said the [[Vizhinjam|FAC|Vizhinjam International "
        "Seaport]] port had handled 100 ships.\n",
    ),
]

CHECK = [
    (
        "own-ent19t-c1",
        "2025-04-15",
        "[[SYDNEY|GPE|Sydney]], April 15 - [[Sydney Water|ORG]] said on Tuesday it would spend "
        "A$3 billion on pipes, and [[Sydney Trains|ORG]] said the [[Sydney Harbour Bridge|FAC]] "
        "line would close for a weekend. [[Macquarie Group|ORG]] chief executive [[Shemara "
        "Wikramanayake|PERSON]] said the bank would fund the [[Western Sydney Airport|FAC]] rail "
        "link. [[Qantas|ORG]] said its first [[Airbus A321XLR|PRODUCT]] would fly to [[Perth|"
        "GPE]].\n",
    ),
    (
        "own-ent19t-c2",
        "2025-09-02",
        "[[FRANKFURT|GPE|Frankfurt]], Sept 2 - [[Deutsche Bank|ORG]] and [[JPMorgan|ORG|JPMorgan "
        "Chase]] will advise [[Henkel|ORG]] on the sale of its [[Düsseldorf|GPE]] hair-care unit, "
        "[[Carsten Knobel|PERSON]], chief executive of [[Henkel|ORG]], said. [[Freshfields|"
        "ORG|Freshfields Bruckhaus Deringer]] and [[Clifford Chance|ORG]] are legal advisers. "
        "[[Eintracht Frankfurt|ORG]] said the [[Deutsche Bank Park|FAC]] would host the final.\n",
    ),
    (
        "own-ent19t-c3",
        "2025-10-21",
        "[[PANAMA CITY|GPE|Panama City]], Oct 21 - The [[Panama Canal Authority|ORG]] said on "
        "Tuesday water in [[Gatun Lake|LOC]] had risen enough to let 38 ships a day through the "
        "[[Panama Canal|FAC]]. [[Maersk|ORG]] said its [[Maersk Halifax|PRODUCT]] had crossed "
        "without delay. Administrator [[Ricaurte Vásquez|PERSON|Ricaurte Vásquez Morales]] said "
        "the [[Rio Indio|LOC|Indio River (Panama)]] reservoir plan would go ahead.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
