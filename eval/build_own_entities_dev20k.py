"""Write eval/own-entities-dev20k.jsonl and eval/own-entities-dev20k-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for the KINDS the small model rarely
gives (issue 13, session 19): FAC, PRODUCT, EVENT, LOC and LAW in ordinary news prose.

The families:
- facilities named with their head word in lower case after the name ("the Hoover dam", "the
  Drax power station", "the Humber bridge": span the name, FAC, named with the head word), and
  with the head word inside the name (Dam, Tunnel, Crossing, Link, Space Center, Airport);
- products by maker, model and variant ("Falcon 9 Block 5", "Airbus A350-900", "Model Y Long
  Range": named by the family, the variant inside the span), ships after their class word
  ("the destroyer USS Stockdale"), engines, rockets, probes, graphics cards, laptops;
- events named by a sponsor or a place and a kind ("Farnborough International Airshow", a year
  before the name outside the span), storms named again by the storm's name alone, climate
  summits by number ("COP30"), races and cups;
- laws with "Act", "Directive", "Regulation" and their year or number ("Great British Energy Act
  2025", "Regulation (EU) 2024/1689", "Colorado River Compact");
- natural places: rivers with a lower-case "river" after the name, seas, straits, gulfs,
  mountain ranges, deserts, lakes, valleys, capes and shoals (LOC), next to the bodies and
  facilities named after them.
Cases that must stay: a county or state as a place (GPE), the firm named after a site ("Drax
Group" ORG beside the "Drax" station), a body running a canal ("Suez Canal Authority").
Written for briefx by hand (session 19, issue 13 kinds); real places, institutions, companies,
products, laws and office holders of 2024-2025 as context, invented details, figures and
quotations. Annotated by ``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md``
inline while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Readings (earlier sets'): a lower-case generic word after a
facility's or a natural place's name stays outside the span and inside ``name`` (ANNOTATION.md,
dev19t); a variant is named by its family (dev13k); a ship is PRODUCT named by its Wikipedia
title with the hull number where it has one (dev set 12t, "USS Minnesota (SSN-783)"); a year
before an event's name is outside the span (dev set 9's races); COP n is the United Nations
climate conference of year 1994 + n (dev13k); a treaty is LAW ("Paris Agreement"). The CHECK
cases go to the check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev20k.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev20k.jsonl"
OUT_CHECK = HERE / "own-entities-dev20k-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 20k, issue 13 kinds: facilities, products, events, "
    "laws and natural places); power, aviation, space, shipping, storms, climate talks, EU "
    "rules, water in the U.S. West, cars and gadgets, African dams, cycling and Chinese "
    "news; real places, institutions, companies, products and laws, invented details, figures "
    "and quotations; MIT."
)

COP30 = "2025 United Nations Climate Change Conference"
AI_ACT = "Artificial Intelligence Act"

CASES = [
    (
        "own-ent20k-01",
        "2025-03-12",
        "[[LONDON|GPE|London]], March 12 - [[Drax Group|ORG]] said on Wednesday its [[Drax|FAC|"
        "Drax Power Station]] power station in [[North Yorkshire|GPE]] would burn wood pellets "
        "until 2031 under a deal with the [[Department for Energy Security and Net Zero|ORG]]. "
        "[[EDF|ORG|Électricité de France]] said the [[Hinkley Point C|FAC]] reactors in "
        "[[Somerset|GPE]] could cost up to £46 billion, while [[Sizewell C|FAC]] in [[Suffolk|"
        "GPE]] neared a final investment decision. [[National Grid|ORG|National Grid plc]] said "
        "the [[Viking Link|FAC]] interconnector to [[Denmark|GPE]] had run at full load for a "
        "month, and the [[Eastern Green Link 2|FAC]] cable under the [[North Sea|LOC]] would "
        "land near [[Peterhead|GPE]]. Energy Secretary [[Ed Miliband|PERSON]] said the [[Great "
        "British Energy Act 2025|LAW]] gave the new state company its powers. [[Uniper|ORG]] "
        "said the [[Ratcliffe-on-Soar|FAC|Ratcliffe-on-Soar Power Station]] coal plant would be "
        "demolished by 2030.\n",
    ),
    (
        "own-ent20k-02",
        "2024-07-23",
        "[[FARNBOROUGH|GPE|Farnborough]], [[England|GPE]], July 23 - [[Emirates|ORG]] ordered "
        "five more [[Boeing 777-9|PRODUCT|Boeing 777X]] jets at the [[Farnborough International "
        "Airshow|EVENT]] on Tuesday, and [[Japan Airlines|ORG]] took ten [[Airbus A350-900|"
        "PRODUCT|Airbus A350]] aircraft. [[Airbus|ORG]] chief executive [[Guillaume Faury|"
        "PERSON]] said the [[A321XLR|PRODUCT|Airbus A321neo]] would enter service with "
        "[[Iberia|ORG]] in the autumn. [[Embraer|ORG]] showed its [[E195-E2|PRODUCT|Embraer "
        "E-Jet E2 family]] airliner and the [[C-390 Millennium|PRODUCT|Embraer C-390 "
        "Millennium]] transport. [[Rolls-Royce|ORG|Rolls-Royce Holdings]] said its [[UltraFan|"
        "PRODUCT]] engine had run on fuel made from cooking oil at its test beds in [[Derby|"
        "GPE]]. Organisers said the 2025 [[Dubai Airshow|EVENT]] would open in November, and "
        "the [[Paris Air Show|EVENT]] at [[Le Bourget|FAC|Paris–Le Bourget Airport]] in June.\n",
    ),
    (
        "own-ent20k-03",
        "2025-01-16",
        "[[CAPE CANAVERAL|GPE|Cape Canaveral]], [[Fla.|GPE|Florida]], Jan 16 - [[Blue "
        "Origin|ORG]]'s [[New Glenn|PRODUCT]] rocket reached orbit on its first flight on "
        "Thursday after lifting off from [[Launch Complex 36|FAC|Cape Canaveral Space Launch "
        "Complex 36]], though its booster was lost over the [[Atlantic|LOC|Atlantic Ocean]]. "
        "Hours later [[SpaceX|ORG]] flew the seventh [[Starship|PRODUCT|SpaceX Starship]] test "
        "from [[Starbase|FAC]] in [[Texas|GPE]]; the upper stage broke up over the "
        "[[Caribbean|LOC|Caribbean Sea]] and debris fell near the [[Turks and Caicos Islands|"
        "GPE]]. On Wednesday a [[Falcon 9 Block 5|PRODUCT|Falcon 9]] had carried two lunar "
        "landers from the [[Kennedy Space Center|FAC]]. [[NASA|ORG]] said the [[Europa "
        "Clipper|PRODUCT]] probe was on course for [[Jupiter|LOC]] and the [[Hubble Space "
        "Telescope|PRODUCT]] had returned to full operation.\n",
    ),
    (
        "own-ent20k-04",
        "2024-12-10",
        "[[DUBAI|GPE|Dubai]], Dec 10 - [[Yemen|GPE]]'s [[Houthi|NORP]] forces fired two "
        "missiles at a tanker in the [[Red Sea|LOC]] on Tuesday, [[U.S. Central Command|ORG|"
        "United States Central Command]] said, and the destroyer [[USS Stockdale|PRODUCT|USS "
        "Stockdale (DDG-106)]] shot both down. The British frigate [[HMS Richmond|PRODUCT|HMS "
        "Richmond (F239)]] escorted two container ships through the [[Bab el-Mandeb|LOC|"
        "Bab-el-Mandeb]] strait into the [[Gulf of Aden|LOC]]. [[Maersk|ORG]] said it would "
        "keep sending ships round the [[Cape of Good Hope|LOC]], and [[Hapag-Lloyd|ORG]] said "
        "its [[Berlin Express|PRODUCT]] would call at [[Jebel Ali|FAC|Port of Jebel Ali]]. "
        "[[Iran|GPE]] held naval drills in the [[Strait of Hormuz|LOC]] and the [[Gulf of "
        "Oman|LOC]]. The [[Suez Canal Authority|ORG]] said traffic through the [[Suez Canal|"
        "FAC]] was down by half.\n",
    ),
    (
        "own-ent20k-05",
        "2025-01-24",
        "[[DUBLIN|GPE|Dublin]], Jan 24 - [[Storm Éowyn|EVENT]] brought gusts of 183 km/h to "
        "[[Mace Head|LOC]] in [[County Galway|GPE]] on Friday, [[Met Éireann|ORG]] said, and left "
        "768,000 homes without power. The [[Met Office|ORG]] issued a red warning for "
        "[[Northern Ireland|GPE]] and central [[Scotland|GPE]]. [[ScotRail|ORG]] halted all "
        "trains, the [[Queensferry Crossing|FAC]] and the [[Humber|FAC|Humber Bridge]] bridge "
        "closed, and ferries across the [[Irish Sea|LOC]] were cancelled. Flood warnings were "
        "issued along the [[Shannon|LOC|River Shannon]] and the [[Severn|LOC|River Severn]] "
        "river, and snow fell on the [[Pennines|LOC]] and the [[Cairngorms|LOC]]. [[Éowyn|"
        "EVENT|Storm Éowyn]] was the strongest storm since [[Storm Darwin|EVENT]] in 2014, "
        "[[ESB Networks|ORG]] said.\n",
    ),
    (
        "own-ent20k-06",
        "2025-11-21",
        f"[[BELÉM|GPE|Belém]], [[Brazil|GPE]], Nov 21 - Negotiators at [[COP30|EVENT|{COP30}]] "
        "worked through the night on Friday on a plan to move away from fossil fuels, as "
        "President [[Luiz Inácio Lula da Silva|PERSON]] urged rich countries to pay into the "
        "[[Tropical Forest Forever Facility|ORG]]. The [[Paris Agreement|LAW]] goal of 1.5C was "
        "slipping, said [[Simon Stiell|PERSON]], the [[United Nations|ORG]] climate chief. "
        "Delegates visited the [[Amazon|LOC|Amazon rainforest]] and the [[Tapajós|LOC|Tapajós "
        "River]] river, where [[Norte Energia|ORG]] runs the [[Belo Monte|FAC|Belo Monte Dam]] "
        "dam on the [[Xingu|LOC|Xingu River]]. The next summit, [[COP31|EVENT|2026 United "
        "Nations Climate Change Conference]], will be held in [[Antalya|GPE]], [[Turkey|GPE]].\n",
    ),
    (
        "own-ent20k-07",
        "2025-08-02",
        f"[[BRUSSELS|GPE|Brussels]], Aug 2 - Rules for general-purpose AI models under the "
        f"[[AI Act|LAW|{AI_ACT}]] took effect on Saturday, the [[European Commission|ORG]] said. "
        "[[Google|ORG]] and [[OpenAI|ORG]] signed the code of practice, but [[Meta|ORG|Meta "
        "Platforms]] declined. Fines under [[Regulation (EU) 2024/1689|LAW|"
        f"{AI_ACT}]] can reach 7% of turnover. The [[Data Act|LAW]] applies from September, "
        "and 19 member states have yet to write the [[NIS2 Directive|LAW]] into law. "
        "Commissioner [[Henna Virkkunen|PERSON]] said a case against [[TikTok|ORG]] under the "
        "[[Digital Services Act|LAW]] would close this year, and the [[Cyber Resilience "
        "Act|LAW]] would bind makers of [[Android|PRODUCT|Android (operating system)]] phones "
        "from 2027. [[Apple|ORG|Apple Inc.]] said its [[Apple Intelligence|PRODUCT]] features "
        "would reach [[France|GPE]] under the [[Digital Markets Act|LAW]].\n",
    ),
    (
        "own-ent20k-08",
        "2025-06-05",
        "[[LAS VEGAS|GPE|Las Vegas]], June 5 - Water in [[Lake Mead|LOC]] fell to 1,055 feet on "
        "Thursday, the [[Bureau of Reclamation|ORG|United States Bureau of Reclamation]] said, "
        "and the [[Hoover|FAC|Hoover Dam]] dam cut its output by a third. Upstream, [[Lake "
        "Powell|LOC]] behind the [[Glen Canyon Dam|FAC]] was 33% full. The seven states that "
        "share the [[Colorado|LOC|Colorado River]] river must replace the 1922 [[Colorado River "
        "Compact|LAW]] rules by 2026. Money from the [[Inflation Reduction Act|LAW]] pays "
        "farmers in the [[Imperial Valley|LOC]] to leave fields fallow. Snow in the [[Rocky "
        "Mountains|LOC]] was 20% below normal, and the [[Mojave Desert|LOC]] saw record heat. "
        "[[Nevada|GPE]] Governor [[Joe Lombardo|PERSON]] said the [[Southern Nevada Water "
        "Authority|ORG]] had finished a new pumping station at [[Lake Mead|LOC]].\n",
    ),
    (
        "own-ent20k-09",
        "2025-01-08",
        "[[LAS VEGAS|GPE|Las Vegas]], Jan 8 - At [[CES|EVENT|Consumer Electronics Show]] on "
        "Wednesday, [[Nvidia|ORG]] showed its [[GeForce RTX 5090|PRODUCT]] graphics card and "
        "[[Samsung|ORG|Samsung Electronics]] its [[Galaxy Book5 Pro|PRODUCT]] laptop. "
        "[[Honda|ORG]] said its [[0 Series Saloon|PRODUCT|Honda 0 Series]] would be built in "
        "[[Marysville|GPE|Marysville, Ohio]], [[Ohio|GPE]]. [[Toyota|ORG|Toyota Motor "
        "Corporation]] said the first residents would move into [[Woven City|FAC]] near "
        "[[Mount Fuji|LOC]] this year. [[Tesla|ORG]] said deliveries of the [[Model Y Long "
        "Range|PRODUCT|Tesla Model Y]] would start in March from [[Gigafactory Texas|FAC]], and "
        "[[BYD|ORG]] said its [[Seal U DM-i|PRODUCT|BYD Seal U]] had become the best-selling "
        "hybrid in [[Europe|LOC]]. [[Volkswagen|ORG]] said the [[ID.7 Pro S|PRODUCT|Volkswagen "
        "ID.7]] built at [[Emden|GPE]] would get a larger battery.\n",
    ),
    (
        "own-ent20k-10",
        "2025-09-09",
        "[[ADDIS ABABA|GPE|Addis Ababa]], Sept 9 - [[Ethiopia|GPE]] inaugurated the [[Grand "
        "Ethiopian Renaissance Dam|FAC]] on the [[Blue Nile|LOC]] on Tuesday, and Prime "
        "Minister [[Abiy Ahmed|PERSON]] said it would double the country's power output. "
        "[[Egypt|GPE]] said the dam threatened its share of the [[Nile|LOC]], and [[Sudan|GPE]] "
        "said it had opened gates at the [[Roseires|FAC|Roseires Dam]] dam. In [[Zambia|GPE]], "
        "the [[Kariba|FAC|Kariba Dam]] dam on the [[Zambezi|LOC|Zambezi River]] ran at 10% after "
        "the drought, and [[ZESCO|ORG]] said the [[Kafue Gorge Lower|FAC|Kafue Gorge Lower "
        "Hydroelectric Power Station]] power station would make up the gap. Geologists from "
        "[[Addis Ababa University|ORG]] said new cracks had opened in the [[Afar|LOC|Afar "
        "Triangle]] depression of the [[Great Rift Valley|LOC]], while dust from the "
        "[[Sahara|LOC]] closed [[Bole International Airport|FAC|Addis Ababa Bole International "
        "Airport]] for a day.\n",
    ),
    (
        "own-ent20k-11",
        "2025-07-20",
        "[[PARIS|GPE|Paris]], July 20 - [[Tadej Pogačar|PERSON]] won the 15th stage of the "
        "[[Tour de France|EVENT]] on Sunday over the [[Col du Tourmalet|LOC]] in the "
        "[[Pyrenees|LOC]], stretching his lead over [[Jonas Vingegaard|PERSON]] to four "
        "minutes. The race rests in [[Toulouse|GPE]] on Monday before heading to the [[Mont "
        "Ventoux|LOC]] and the [[Alps|LOC]], and finishes on the [[Champs-Élysées|FAC]]. In "
        "[[London|GPE]], tickets for the final of the [[Women's Rugby World Cup|EVENT|2025 "
        "Women's Rugby World Cup]] at [[Twickenham|FAC|Twickenham Stadium]] sold out, "
        "[[World Rugby|ORG]] said. The [[Wimbledon Championships|EVENT]] ended last week, and "
        "the [[Open Championship|EVENT|The Open Championship]] closed at [[Royal Portrush|FAC|"
        "Royal Portrush Golf Club]] on Sunday.\n",
    ),
    (
        "own-ent20k-12",
        "2025-06-20",
        "[[SHANGHAI|GPE|Shanghai]], June 20 - [[China Eastern Airlines|ORG]] said it would fly "
        "its [[C919|PRODUCT|Comac C919]] jets from [[Shanghai Hongqiao International "
        "Airport|FAC]] to [[Hong Kong|GPE]] from July. The [[Three Gorges|FAC|Three Gorges "
        "Dam]] dam on the [[Yangtze|LOC]] released more water as floods hit [[Guangxi|GPE]], "
        "and [[China Three Gorges Corporation|ORG]] said the [[Baihetan Dam|FAC]] on the "
        "[[Jinsha|LOC|Jinsha River]] river was at full output. The [[People's Liberation "
        "Army|ORG]] held drills in the [[Taiwan Strait|LOC]], and the carrier [[Fujian|PRODUCT|"
        "Chinese aircraft carrier Fujian]] sailed into the [[South China Sea|LOC]], where "
        "[[Philippine|NORP|Filipino]] boats were blocked near [[Second Thomas Shoal|LOC]]. "
        "[[Huawei|ORG]] said its [[Mate XT|PRODUCT|Huawei Mate XT]] phone would go on sale in "
        "[[Malaysia|GPE]].\n",
    ),
]

CHECK = [
    (
        "own-ent20k-c1",
        "2025-02-18",
        "[[CARDIFF|GPE|Cardiff]], Feb 18 - [[RWE|ORG]] said on Tuesday the [[Pembroke|FAC|"
        "Pembroke Power Station]] power station would close one unit, while work on the "
        "[[Hornsea 3|FAC|Hornsea Wind Farm]] wind farm in the [[North Sea|LOC]] went on. "
        "Flooding along the [[Wye|LOC|River Wye]] river shut the [[Prince of Wales "
        "Bridge|FAC]] for a day, and [[Natural Resources Wales|ORG]] said the [[Water "
        "(Special Measures) Act 2025|LAW]] would let it fine polluters.\n",
    ),
    (
        "own-ent20k-c2",
        "2025-05-30",
        "[[SEATTLE|GPE|Seattle]], May 30 - [[Alaska Airlines|ORG]] said it would fly its first "
        "[[Boeing 787-10 Dreamliner|PRODUCT|Boeing 787 Dreamliner]] from [[Seattle-Tacoma "
        "International Airport|FAC]] to [[Tokyo|GPE]] in 2026, and [[Boeing|ORG]] said the "
        "[[737 MAX 7|PRODUCT|Boeing 737 MAX]] still awaited approval from the [[Federal "
        "Aviation Administration|ORG]]. Smoke from fires in the [[Cascades|LOC|Cascade Range]] "
        "drifted over [[Puget Sound|LOC]] on Friday.\n",
    ),
    (
        "own-ent20k-c3",
        "2024-10-10",
        "[[TAMPA|GPE|Tampa]], [[Fla.|GPE|Florida]], Oct 10 - [[Hurricane Milton|EVENT]] made "
        "landfall near [[Siesta Key|GPE]] late on Wednesday, tearing the roof off [[Tropicana "
        "Field|FAC]]. [[Milton|EVENT|Hurricane Milton]] crossed the state into the "
        "[[Atlantic|LOC|Atlantic Ocean]], the [[National Hurricane Center|ORG]] said, and the "
        "[[Sunshine Skyway|FAC|Sunshine Skyway Bridge]] bridge over [[Tampa Bay|LOC]] reopened "
        "on Thursday.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
