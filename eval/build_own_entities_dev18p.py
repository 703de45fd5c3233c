"""Write eval/own-entities-dev18p.jsonl and eval/own-entities-dev18p-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for PLACES in ordinary news prose, their
types (GPE, LOC, FAC) and names (issue 13, session 17).

Families:
1. GPE against LOC: first-level subdivisions and cities are GPE ("South Kivu", "Attica",
   "Bouches-du-Rhône", "Catanduanes", "Estes Park"); regions with no administration of their
   own, islands that are neither a country nor a subdivision, valleys and coasts are LOC
   ("Provence", "Vidarbha", "the Camargue", "Luzon", "Evia", "Rarotonga", "Upolu", "Moravia");
2. towns the small model may type a body, a person or a thing, in a place context ("in X",
   "near X", "X and Y", a dateline): "Cocodrie", "Desaguadero", "Kaub", "Bormio", "Sake",
   "Reading", "Marathon"; a U.S. town is named "Town, State" (as dev sets 11 and 12 name them);
3. facilities by kind: airports named by their distinctive word ("Heathrow" -> "Heathrow
   Airport", "Stansted" -> "London Stansted Airport", "Linate" -> "Linate Airport"), stations
   ("Paddington" -> "London Paddington station"), stadiums ("Old Trafford", "the Emirates" ->
   "Emirates Stadium"), bridges, canals and spillways;
4. natural places named by their English Wikipedia title, not the short form ("the Thames" ->
   "River Thames", "the Mississippi" -> "Mississippi River", "the Carpathians" -> "Carpathian
   Mountains", "the Aegean" -> "Aegean Sea"; a river Wikipedia titles without "River" keeps its
   one word: "Danube", "Rhine", "Ganges").
Cases that must stay: a club named like its town ("Villarreal" the club beside "Villarreal"
the town), a person whose surname is a town ("Colleen Thibodaux"), "Venice" of Louisiana
beside the Italian city in another brief.
Written for briefx by hand (session 17, issue 13 places); real places, institutions and
companies, invented people, figures and quotations. Annotated by ``shared/eval/ANNOTATION.md``
and the readings on ``eval/README.md`` inline while writing, before briefx was run on any of
them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. ``entity_marks`` turns the marks
into offsets and checks every span. The CHECK cases go to the check file: scored only once, at
the end of a session.
Run from the project root: ``python eval/build_own_entities_dev18p.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev18p.jsonl"
OUT_CHECK = HERE / "own-entities-dev18p-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 18p, issue 13 places): subdivisions and cities against "
    "regions and islands, towns in place contexts, airports, stations, stadiums and bridges, "
    "natural places by their title; real places, institutions and companies, invented people, "
    "figures and quotations; MIT."
)

CASES = [
    (
        "own-ent18p-01",
        "2024-12-07",
        "[[LONDON|GPE|London]] -- More than 200 flights were cancelled at "
        "[[Heathrow|FAC|Heathrow Airport]] and [[Gatwick|FAC|Gatwick Airport]] on Saturday as "
        "[[Storm Darragh|EVENT]] brought gusts of 93 mph to the [[Welsh|NORP]] coast. Passengers "
        "bound for [[Stansted|FAC|London Stansted Airport]] were diverted to [[Birmingham|GPE]], "
        "and trains out of [[Paddington|FAC|London Paddington station]] to [[Cardiff|GPE]] were "
        "halted after a tree fell on the line near [[Reading|GPE|Reading, Berkshire]]. The "
        "[[Severn|LOC|River Severn]] burst its banks at [[Shrewsbury|GPE]], and the "
        "[[Environment Agency|ORG]] issued flood warnings along the [[Thames|LOC|River Thames]] "
        "and the [[Wye|LOC|River Wye]]. The [[Prince of Wales Bridge|FAC]] was closed to "
        "high-sided vehicles.\n",
    ),
    (
        "own-ent18p-02",
        "2025-03-04",
        "[[GOMA|GPE|Goma]], [[Democratic Republic of Congo|GPE|Democratic Republic of the Congo]] "
        "-- [[M23|ORG|March 23 Movement]] rebels tightened their hold on [[South Kivu|GPE]] on "
        "Tuesday, a month after taking [[Bukavu|GPE]], and aid agencies said fighting near "
        "[[Uvira|GPE]], on the northern tip of [[Lake Tanganyika|LOC]], had sent 40,000 people "
        "across the border into [[Burundi|GPE]]. In [[North Kivu|GPE]], the road from "
        "[[Goma|GPE]] to [[Sake|GPE|Sake, Democratic Republic of the Congo]] reopened. The [[World Food Programme|ORG]] said its stocks in "
        "[[Gisenyi|GPE]], in [[Rwanda|GPE]], would last two weeks, and families who crossed "
        "[[Lake Kivu|LOC]] by boat were sheltering near the [[Ruzizi|LOC|Ruzizi River]]. "
        "[[Kenya|GPE]]'s president called a summit of the [[East African Community|ORG]] in "
        "[[Nairobi|GPE]].\n",
    ),
    (
        "own-ent18p-03",
        "2024-08-14",
        "[[ATHENS|GPE|Athens]] -- Firefighters were battling blazes on [[Evia|LOC|Euboea]] and in "
        "the hills north of [[Athens|GPE]] on Wednesday, as a heatwave kept temperatures above "
        "40C across the [[Peloponnese|LOC]] and the islands of the [[Aegean|LOC|Aegean Sea]]. "
        "Holidaymakers were taken by boat from beaches on [[Lesbos|LOC]] and [[Chios|LOC]], and "
        "the coastguard said a ferry from [[Piraeus|GPE]] to [[Rhodes|LOC]] had been held in port "
        "by gale-force winds. The governor of [[Attica|GPE|Attica (region)]] said villages near "
        "[[Marathon|GPE|Marathon, Greece]] had been evacuated overnight. The [[Greek|NORP]] fire "
        "service said water-bombing planes had arrived from [[Italy|GPE]] and [[Croatia|GPE]].\n",
    ),
    (
        "own-ent18p-04",
        "2025-07-22",
        "[[MUMBAI|GPE|Mumbai]] -- Farmers in [[Vidarbha|LOC]] and [[Marathwada|LOC]] began sowing "
        "soybean and cotton late this week after the monsoon stalled over "
        "[[Maharashtra|GPE]] for a fortnight, the state agriculture department said. In "
        "[[Punjab|GPE|Punjab, India]], heavy rain swelled the [[Sutlej|LOC]] and the "
        "[[Beas|LOC|Beas River]], and [[Himachal Pradesh|GPE]] reported landslides on the roads "
        "out of [[Shimla|GPE]]. The [[India Meteorological Department|ORG]] said a low over the "
        "[[Bay of Bengal|LOC]] would bring more rain to [[Odisha|GPE]] and the "
        "[[Sundarbans|LOC]]. The [[Ganges|LOC]] was above the danger mark at [[Patna|GPE]], and "
        "the [[Brahmaputra|LOC|Brahmaputra River]] flooded villages in [[Assam|GPE]].\n",
    ),
    (
        "own-ent18p-05",
        "2025-03-11",
        "[[MANCHESTER|GPE|Manchester]], [[England|GPE]] -- "
        "[[Manchester United|ORG|Manchester United F.C.]] will leave [[Old Trafford|FAC]] for a "
        "new 100,000-seat stadium beside it, the club said on Tuesday. Fans coming from "
        "[[Manchester Piccadilly|FAC|Manchester Piccadilly station]] would use a new stop on the "
        "[[Metrolink|FAC|Manchester Metrolink]]. In [[London|GPE]], [[Arsenal|ORG|Arsenal F.C.]] "
        "beat [[Chelsea|ORG|Chelsea F.C.]] at the [[Emirates|FAC|Emirates Stadium]] on Sunday, "
        "and [[Wembley|FAC|Wembley Stadium]] will host the cup final in May. In [[Spain|GPE]], "
        "[[Barcelona|ORG|FC Barcelona]] said it would return to the [[Camp Nou|FAC]] after two "
        "seasons on [[Montjuïc|LOC]], and [[Villarreal|ORG|Villarreal CF]] will play at the "
        "[[Mestalla|FAC|Mestalla Stadium]] while its ground in [[Villarreal|GPE]] is rebuilt.\n",
    ),
    (
        "own-ent18p-06",
        "2025-04-08",
        "[[NEW ORLEANS|GPE|New Orleans]] -- Shrimpers from [[Cocodrie|GPE|Cocodrie, Louisiana]] "
        "to [[Venice|GPE|Venice, Louisiana]] said on Tuesday that a flood of imported shrimp had "
        "pushed dock prices to a 20-year low. Boats stayed tied up in "
        "[[Houma|GPE|Houma, Louisiana]] and [[Delcambre|GPE|Delcambre, Louisiana]], and the "
        "[[Louisiana Shrimp Association|ORG]] asked the "
        "[[Commerce Department|ORG|United States Department of Commerce]] for duties on shrimp "
        "from [[India|GPE]], [[Ecuador|GPE]] and [[Vietnam|GPE]]. Fresh water from the "
        "[[Mississippi|LOC|Mississippi River]], let through the "
        "[[Bonnet Carré Spillway|FAC]] last spring, had pushed brown shrimp out of "
        "[[Lake Pontchartrain|LOC]], said [[Colleen Thibodaux|PERSON]], who runs a dock. "
        "\"We have never seen prices this low,\" [[Thibodaux|PERSON|Colleen Thibodaux]] said.\n",
    ),
    (
        "own-ent18p-07",
        "2025-01-15",
        "[[LA PAZ|GPE|La Paz]] -- Truckers blocked the border crossing at "
        "[[Desaguadero|GPE]] on Wednesday, halting trade between [[Bolivia|GPE]] and "
        "[[Peru|GPE]] at the southern end of [[Lake Titicaca|LOC]]. Fuel queues stretched through "
        "[[El Alto|GPE]] and [[Oruro|GPE]], and lorries bound for the [[Pacific|LOC|Pacific Ocean]] "
        "port of [[Arica|GPE]] in [[Chile|GPE]] waited on the [[Altiplano|LOC]]. Flights at "
        "[[El Alto International Airport|FAC]] ran normally. Traders in [[Puno|GPE]] said the "
        "road over the [[Andes|LOC]] to the coast was their only other route.\n",
    ),
    (
        "own-ent18p-08",
        "2024-11-18",
        "[[MANILA|GPE|Manila]] -- [[Typhoon Man-yi|EVENT]] weakened over the mountains of "
        "northern [[Luzon|LOC]] on Monday after it struck [[Catanduanes|GPE]] as a super typhoon, "
        "the weather bureau said. Nearly a million people were evacuated in the "
        "[[Bicol|GPE|Bicol Region]] and the [[Visayas|LOC]], and the "
        "[[Sierra Madre|LOC|Sierra Madre (Philippines)]] broke up the storm's core before it "
        "moved out over the [[South China Sea|LOC]]. [[Cebu Pacific|ORG]] cancelled 40 flights at "
        "[[Ninoy Aquino International Airport|FAC]]. Farmers in "
        "[[Isabela|GPE|Isabela (province)]] and [[Nueva Vizcaya|GPE]] lost rice ready for "
        "harvest, and the [[Cagayan River|LOC]] was expected to crest at [[Tuguegarao|GPE]] on "
        "Tuesday.\n",
    ),
    (
        "own-ent18p-09",
        "2025-02-18",
        "[[AVARUA|GPE|Avarua]], [[Cook Islands|GPE]] -- The [[Cook Islands|GPE]] prime minister "
        "returned to [[Rarotonga|LOC]] on Tuesday from [[Beijing|GPE]], where he signed a deal on "
        "seabed minerals that drew a rebuke from [[New Zealand|GPE]]. Officials in "
        "[[Wellington|GPE]] said they had not been consulted. Flights between [[Auckland|GPE]] and "
        "[[Rarotonga International Airport|FAC]] were full, and a protest was planned on "
        "[[Aitutaki|LOC]]. In [[Samoa|GPE]], a cyclone brought down trees on [[Upolu|LOC]] and "
        "[[Savai'i|LOC]], and [[Fiji|GPE]] closed schools on [[Viti Levu|LOC]], where the airport "
        "at [[Nadi|GPE]] stayed open.\n",
    ),
    (
        "own-ent18p-10",
        "2025-07-08",
        "[[MARSEILLE|GPE|Marseille]] -- A wildfire driven by the mistral burned 700 hectares of "
        "pine forest in [[Provence|LOC]] on Tuesday and halted flights at "
        "[[Marseille Provence Airport|FAC]], the prefecture of [[Bouches-du-Rhône|GPE]] said. "
        "Residents of [[Aubagne|GPE]] and [[Marignane|GPE]] were told to stay indoors, and "
        "trains between [[Marseille|GPE]] and [[Avignon|GPE]] were stopped. Smoke drifted over "
        "the [[Camargue|LOC]] and the mouth of the [[Rhône|LOC]] into the "
        "[[Mediterranean|LOC|Mediterranean Sea]]. Water bombers from [[Italy|GPE]] were on "
        "standby in [[Liguria|GPE]], and [[French|NORP]] crews were sent to [[Corsica|GPE]].\n",
    ),
    (
        "own-ent18p-11",
        "2025-02-06",
        "[[MILAN|GPE|Milan]] -- A year before the [[Winter Olympics|EVENT|2026 Winter Olympics]], "
        "organisers said on Thursday that the men's downhill course at [[Bormio|GPE]] was ready "
        "and that the new sliding track in [[Cortina d'Ampezzo|GPE]] had passed its tests. "
        "Spectators will reach [[Livigno|GPE]] by bus from [[Tirano|GPE]], and most will fly into "
        "[[Malpensa|FAC|Malpensa Airport]] or [[Linate|FAC|Linate Airport]]; those bound for the "
        "[[Dolomites|LOC]] will land at [[Venice|GPE]]'s "
        "[[Marco Polo Airport|FAC|Venice Marco Polo Airport]]. [[Lombardy|GPE]] and "
        "[[Veneto|GPE]] will share the cost of new roads through the [[Valtellina|LOC]], and "
        "[[San Siro|FAC]] will host the opening ceremony. Ski jumpers will compete at "
        "[[Predazzo|GPE]].\n",
    ),
    (
        "own-ent18p-12",
        "2024-09-16",
        "[[VIENNA|GPE|Vienna]] -- The [[Danube|LOC]] peaked in [[Vienna|GPE]] on Monday as "
        "[[Storm Boris|EVENT]] moved on into [[Hungary|GPE]] and [[Slovakia|GPE]]. In "
        "[[Poland|GPE]], the [[Oder|LOC]] was rising and residents of [[Nysa|GPE|Nysa, Poland]] and "
        "[[Kłodzko|GPE]] were told to leave their homes; [[Lower Silesia|GPE|Lower Silesian "
        "Voivodeship]] declared a disaster. [[Czech|NORP]] rescuers pulled people from roofs in "
        "[[Ostrava|GPE]] and across [[Moravia|LOC]], and [[Budapest|GPE]] closed its riverside "
        "roads. Rain over the [[Carpathians|LOC|Carpathian Mountains]] was easing, forecasters "
        "said, and barges on the [[Rhine|LOC]] near [[Kaub|GPE]] were moving again.\n",
    ),
]

CHECK = [
    (
        "own-ent18p-c1",
        "2025-06-03",
        "[[DENVER|GPE|Denver]] -- A rockslide closed the road between [[Lyons|GPE|Lyons, "
        "Colorado]] and [[Estes Park|GPE|Estes Park, Colorado]] on Tuesday, the "
        "[[Colorado Department of Transportation|ORG]] said, and the "
        "[[Big Thompson River|LOC]] was running high with snowmelt from the "
        "[[Rockies|LOC|Rocky Mountains]]. Visitors flying into "
        "[[Denver International Airport|FAC]] were told to reach the park through "
        "[[Boulder|GPE|Boulder, Colorado]].\n",
    ),
    (
        "own-ent18p-c2",
        "2025-06-12",
        "[[CAPE TOWN|GPE|Cape Town]] -- Floods closed roads across the [[Western Cape|GPE]] on "
        "Thursday and cut off farms in the [[Karoo|LOC]], while snow fell on the passes into "
        "[[KwaZulu-Natal|GPE]]. Flights at [[Cape Town International Airport|FAC]] ran late, and "
        "the cableway up [[Table Mountain|LOC]] was shut. In the [[Eastern Cape|GPE]], rescuers "
        "searched for a bus swept off a bridge near [[Mthatha|GPE]].\n",
    ),
    (
        "own-ent18p-c3",
        "2025-03-14",
        "[[ADDIS ABABA|GPE|Addis Ababa]] -- Fighting between rival factions in [[Tigray|GPE|Tigray Region]] "
        "closed the road to [[Mekelle|GPE]] on Friday, and aid flights to "
        "[[Addis Ababa Bole International Airport|FAC]] were diverted. [[Eritrea|GPE]] moved "
        "troops towards the border, diplomats said, and the [[Amhara|GPE|Amhara Region]] "
        "government warned of refugees. Water in the reservoir of the "
        "[[Grand Ethiopian Renaissance Dam|FAC]] on the [[Blue Nile|LOC]] was at a record high.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
