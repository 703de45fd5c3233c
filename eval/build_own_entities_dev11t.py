"""Write eval/own-entities-dev11t.jsonl and eval/own-entities-dev11t-check.jsonl (FORMAT.md,
entities only): an eleventh entities dev set and its check set, for entity *types* on the minor
types (FAC, LOC, PRODUCT, EVENT, LAW) and on organisations the small model misses.

Kinds of text: a volcanic eruption on islands, an observatory and a space launch, defence
procurement, AI regulation with models, a bulleted shipping digest with canals, straits and
lines in capitals, festivals and races, lithium on salt flats, Alpine rail tunnels, a transport
strike with unions, a wildfire by a lake and mountains. Families where types go wrong: islands,
seas, straits, lakes, mountains, deserts and astronomical objects (LOC) beside provinces and
towns (GPE); tunnels, canals, ports, mines, observatories, airports, stations and squares (FAC);
aircraft, weapons, rockets, spacecraft and AI models with model numbers (PRODUCT); festivals,
races and named fires (EVENT); acts and regulations (LAW); unions, parties, agencies and firms
in capitals (ORG). Written for briefx by hand (session 9, issue 13); real places, companies and
institutions, invented people, figures, quotations and details. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to the check file:
scored only at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev11t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev11t.jsonl"
OUT_CHECK = HERE / "own-entities-dev11t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 11t, issue 13 minor types); eruption, observatory, "
    "defence, AI-regulation, shipping-digest, festival, lithium, rail-tunnel, strike and "
    "wildfire copy; real places, companies and institutions, invented people, figures and "
    "details; MIT."
)

CASES = [
    (
        "own-ent11t-01",
        "2026-05-12",
        "[[MANADO|GPE|Manado]] -- [[Mount Ruang|LOC]] erupted again on Tuesday, sending ash "
        "five kilometres high and forcing 9,000 people off [[Tagulandang|LOC]] island, "
        "[[Indonesia|GPE]]'s volcanology agency said. Ash closed "
        "[[Sam Ratulangi International Airport|FAC]] in [[Manado|GPE]] for a day, and ferries "
        "across the [[Molucca Sea|LOC]] were halted. The province of "
        "[[North Sulawesi|GPE]] declared an emergency, and the navy sent the hospital ship "
        "[[KRI Dr. Radjiman Wedyodiningrat|PRODUCT]] to [[Bitung|GPE]].\n"
        "The disaster agency, [[BNPB|ORG|National Agency for Disaster Countermeasure]], said "
        "evacuees were sheltering in [[Sitaro|GPE|Sitaro Islands Regency]] and on "
        "[[Sangihe|LOC|Sangihe Island]]. Flights to [[Ternate|GPE]] and over the "
        "[[Celebes Sea|LOC]] were rerouted, [[AirNav Indonesia|ORG]] said, and "
        "[[Garuda Indonesia|ORG]] cancelled 14 flights from [[Jakarta|GPE]].\n",
    ),
    (
        "own-ent11t-02",
        "2026-09-17",
        "[[SANTIAGO|GPE|Santiago]] -- The [[Vera C. Rubin Observatory|FAC]] on "
        "[[Cerro Pachón|LOC]] has found 41 new objects beyond [[Neptune|LOC]] in its first year, "
        "the [[National Science Foundation|ORG]] said on Thursday. Further north in the "
        "[[Atacama Desert|LOC]], the [[European Southern Observatory|ORG]] said the mirror of "
        "its [[Extremely Large Telescope|FAC]] on [[Cerro Armazones|LOC]] would be complete in "
        "2029.\n"
        "In [[French Guiana|GPE]], [[Arianespace|ORG]] launched an [[Ariane 6|PRODUCT]] from "
        "the [[Guiana Space Centre|FAC]] carrying two [[Galileo|PRODUCT|Galileo (satellite "
        "navigation)]] satellites, and the [[European Space Agency|ORG]] said its "
        "[[JUICE|PRODUCT|Jupiter Icy Moons Explorer]] probe would swing past [[Venus|LOC]] in "
        "2027 on its way to [[Jupiter|LOC]].\n",
    ),
    (
        "own-ent11t-03",
        "2026-02-26",
        "[[WARSAW|GPE|Warsaw]] -- [[Poland|GPE]] signed a deal for 180 more "
        "[[K2 Black Panther|PRODUCT]] tanks from [[Hyundai Rotem|ORG]] on Thursday, and will "
        "assemble them at [[Bumar-Łabędy|ORG]] in [[Gliwice|GPE]], the defence ministry said. "
        "The army will also take 48 [[AH-64E Apache|PRODUCT|Boeing AH-64 Apache]] helicopters "
        "from [[Boeing|ORG]] and a second battery of [[Patriot|PRODUCT|MIM-104 Patriot]] "
        "missiles, to be based near [[Rzeszów|GPE]].\n"
        "In [[Germany|GPE]], [[Rheinmetall|ORG]] said its new ammunition plant at "
        "[[Unterlüß|GPE]] had begun shell production, and the [[Bundeswehr|ORG]] ordered 105 "
        "[[Leopard 2A8|PRODUCT|Leopard 2]] tanks from [[KNDS|ORG]]. The first "
        "[[F-35A|PRODUCT|Lockheed Martin F-35 Lightning II]] jets for the [[Luftwaffe|ORG|German "
        "Air Force]] will land at [[Büchel Air Base|FAC]] next year.\n",
    ),
    (
        "own-ent11t-04",
        "2026-08-04",
        "[[BRUSSELS|GPE|Brussels]] -- Rules for general-purpose models under the "
        "[[Artificial Intelligence Act|LAW]] took full effect on Sunday, and the "
        "[[European AI Office|ORG]] said it had opened reviews of [[OpenAI|ORG]]'s "
        "[[GPT-5|PRODUCT]], [[Google|ORG]]'s [[Gemini 2.5 Pro|PRODUCT|Gemini (language "
        "model)]] and [[Mistral AI|ORG]]'s [[Mistral Large 2|PRODUCT|Mistral Large]]. "
        "[[Meta|ORG|Meta Platforms]] said it would not release [[Llama 4|PRODUCT|Llama "
        "(language model)]] in the bloc until the review ended.\n"
        "In [[London|GPE]], [[Ofcom|ORG]] fined a chatbot maker £2 million under the "
        "[[Online Safety Act 2023|LAW]], and in [[Washington|GPE|Washington, D.C.]] the "
        "[[Federal Trade Commission|ORG]] said it would enforce the "
        "[[Children's Online Privacy Protection Act|LAW]] against apps built on "
        "[[Claude|PRODUCT|Claude (language model)]].\n",
    ),
    (
        "own-ent11t-05",
        "2026-03-09",
        "Shipping digest, week 10:\n"
        "• [[MAERSK|ORG|Maersk]] resumed two services through the [[Suez Canal|FAC]] after "
        "the [[Suez Canal Authority|ORG]] cut transit fees by 15% for large box ships.\n"
        "• [[HAPAG-LLOYD|ORG|Hapag-Lloyd]] said ships on its main loop would keep "
        "sailing round the [[Cape of Good Hope|LOC]] until at least May.\n"
        "• The [[Panama Canal|FAC]] raised its daily draft limit after rain filled "
        "[[Gatun Lake|LOC]].\n"
        "• Tankers waited off the [[Strait of Hormuz|LOC]] as [[Iran|GPE]] held naval drills.\n"
        "• The [[Port of Rotterdam|FAC]] handled 3% fewer containers in February; "
        "[[DP World|ORG]] opened a new berth at [[Jebel Ali Port|FAC|Port of Jebel Ali]].\n"
        "• [[ITF|ORG|International Transport Workers' Federation]] warned of crew shortages "
        "on ships flagged in [[Liberia|GPE]].\n",
    ),
    (
        "own-ent11t-06",
        "2026-07-06",
        "The [[Glastonbury Festival|EVENT]] drew 210,000 people to [[Worthy Farm|FAC]] in "
        "[[Somerset|GPE]] last week, and organisers said it would rest in 2027. The "
        "[[Tour de France|EVENT]] left [[Lille|GPE]] on Saturday, and its riders face the "
        "[[Pyrenees|LOC]] next week before the climb of [[Mont Ventoux|LOC]] on 14 July.\n"
        "At the [[Wimbledon Championships|EVENT]], the [[All England Club|ORG|All England Lawn Tennis and Croquet Club]] said record heat had "
        "forced it to close the roof of [[Centre Court|FAC]] twice. In [[Edinburgh|GPE]], the "
        "[[Edinburgh Festival Fringe|EVENT]] will open in August with 3,400 shows, and "
        "[[Expo 2025|EVENT]] in [[Osaka|GPE]] sold its last pavilions to [[Yumeshima|LOC]] "
        "resort developers.\n",
    ),
    (
        "own-ent11t-07",
        "2026-10-21",
        "[[ANTOFAGASTA|GPE|Antofagasta]] -- [[Codelco|ORG]] and [[SQM|ORG|Sociedad Química y "
        "Minera]] began joint lithium output on the [[Salar de Atacama|LOC]] on Tuesday, two "
        "years after their deal, the companies said. [[Albemarle|ORG|Albemarle Corporation]] "
        "said brine levels near its [[La Negra|FAC|La Negra plant]] plant had fallen, and "
        "[[BHP|ORG]] said output at the [[Escondida|FAC|Escondida mine]] copper mine rose 8%.\n"
        "In [[Argentina|GPE]], [[Rio Tinto|ORG]] will spend $2.5 billion on its "
        "[[Rincon|FAC|Rincon lithium project]] project in [[Salta|GPE|Salta Province]] "
        "province, and in [[Bolivia|GPE]] state miner [[YLB|ORG|Yacimientos de Litio "
        "Bolivianos]] said [[Chinese|NORP]] partners had stalled work on the "
        "[[Salar de Uyuni|LOC]]. Trucks to the [[Andes|LOC]] passes were halted by snow.\n",
    ),
    (
        "own-ent11t-08",
        "2026-04-15",
        "[[ZURICH|GPE|Zurich]] -- The [[Gotthard Base Tunnel|FAC]] will close for nine "
        "weekends this summer for track work, [[SBB|ORG|Swiss Federal Railways]] said on "
        "Wednesday, sending freight over the [[Lötschberg Base Tunnel|FAC]] and through the "
        "[[Simplon Tunnel|FAC]]. In [[Austria|GPE]], [[ÖBB|ORG|Austrian Federal Railways]] "
        "said the [[Brenner Base Tunnel|FAC]] under the [[Alps|LOC]] would open in 2032.\n"
        "[[Denmark|GPE]] and [[Germany|GPE]] said the [[Fehmarn Belt Fixed Link|FAC|Fehmarnbelt "
        "Tunnel]] across the [[Fehmarn Belt|LOC]] would be late by two years, and "
        "[[Femern A/S|ORG]] blamed [[Deutsche Bahn|ORG]]'s delays on the "
        "[[Lübeck|GPE]]-[[Puttgarden|GPE]] line. Trains on the "
        "[[Flåm Line|FAC|Flåm Line]] in [[Norway|GPE]] will run again from May.\n",
    ),
    (
        "own-ent11t-09",
        "2026-06-03",
        "[[LONDON|GPE|London]] -- Train drivers in the [[RMT|ORG|National Union of Rail, "
        "Maritime and Transport Workers]] will strike for 48 hours from Monday, closing the "
        "[[Elizabeth|FAC|Elizabeth line]] line and most of the [[Northern|FAC|Northern line]] line, "
        "[[Transport for London|ORG]] said. [[ASLEF|ORG|Associated Society of Locomotive "
        "Engineers and Firemen]] said its members at [[Euston|FAC|London Euston station]] would "
        "not cross picket lines, and a rally is planned in [[Trafalgar Square|FAC]].\n"
        "In [[Germany|GPE]], the [[Verdi|ORG|Ver.di]] union called out ground staff at "
        "[[Frankfurt Airport|FAC]] and [[Hamburg Airport|FAC]], and [[Lufthansa|ORG]] cancelled "
        "600 flights. In [[France|GPE]], the [[CGT|ORG|General Confederation of Labour (France)]] "
        "said rail workers would join a march from the [[Place de la République|FAC]] on "
        "Thursday against the pension changes.\n",
    ),
    (
        "own-ent11t-10",
        "2026-08-19",
        "[[SACRAMENTO|GPE|Sacramento]] -- The [[Ridge Fire|EVENT]] burned another 12,000 "
        "acres overnight on the slopes of the [[Sierra Nevada|LOC|Sierra Nevada (U.S.)]] and "
        "forced the evacuation of towns near [[Lake Tahoe|LOC]], [[Cal Fire|ORG|California "
        "Department of Forestry and Fire Protection]] said on Wednesday. Smoke closed "
        "[[Interstate 80|FAC|Interstate 80]] at [[Donner Pass|LOC]] and reached "
        "[[Reno|GPE]].\n"
        "[[PG&E|ORG|Pacific Gas and Electric Company]] cut power to 30,000 customers in "
        "[[Placer County|GPE|Placer County, California]], and the [[National Weather Service|ORG]] "
        "warned of dry lightning over the [[Central Valley|LOC|Central Valley (California)]]. "
        "Crews from [[Oregon|GPE]] and [[Nevada|GPE]] were sent to [[Truckee|GPE|Truckee, "
        "California]], and the [[Folsom Dam|FAC]] spillway was closed to visitors.\n",
    ),
]

CHECK = [
    (
        "own-ent11t-c1",
        "2026-11-18",
        "[[LIMA|GPE|Lima]] -- [[Peru|GPE]]'s [[Constitutional Court|ORG|Constitutional Court "
        "of Peru]] upheld the ban on [[Fuerza Popular|ORG|Popular Force]] candidates on "
        "Tuesday, and the electoral board, [[JNE|ORG|National Jury of Elections]], said the "
        "vote would go ahead in April. Protesters marched from the "
        "[[Plaza San Martín|FAC|Plaza San Martín (Lima)]] to the [[Palace of Justice|FAC|Palace "
        "of Justice, Lima]]. In [[Puno|GPE]], farmers blocked roads to [[Lake Titicaca|LOC]] "
        "and the [[Desaguadero|GPE]] border crossing with [[Bolivia|GPE]].\n",
    ),
    (
        "own-ent11t-c2",
        "2026-02-12",
        "[[Air New Zealand|ORG]] returned to profit in the half year, helped by the return of "
        "its [[Boeing 787-9|PRODUCT|Boeing 787 Dreamliner]] jets from engine checks by "
        "[[Rolls-Royce|ORG|Rolls-Royce Holdings]], the airline said on Thursday. It will fly "
        "to [[Rarotonga|LOC]] daily from [[Auckland Airport|FAC]] and add [[ATR 72-600|PRODUCT|ATR 72]] "
        "turboprops on routes to [[Stewart Island|LOC]] and the [[Chatham Islands|LOC]]. "
        "[[Qantas|ORG]] said fares across the [[Tasman Sea|LOC]] rose 6%.\n",
    ),
    (
        "own-ent11t-c3",
        "2026-01-28",
        "[[HOBART|GPE|Hobart]] -- The icebreaker [[RSV Nuyina|PRODUCT]] left for "
        "[[Casey Station|FAC]] in [[Antarctica|LOC]] on Wednesday after repairs, the "
        "[[Australian Antarctic Division|ORG]] said. Scientists will drill into the "
        "[[Denman Glacier|LOC]] and survey the [[Vincennes Bay|LOC]] coast, and the voyage "
        "will stop at [[Macquarie Island|LOC]]. The trip is funded under the "
        "[[Antarctic Treaty (Environment Protection) Act 1980|LAW]].\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
