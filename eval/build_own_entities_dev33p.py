"""Write eval/own-entities-dev33p.jsonl and eval/own-entities-dev33p-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for places the model calls
organisations, events or people (issue 13, session 33, places20).

The families (ANNOTATION.md "Entities"; where ANNOTATION.md is silent the earlier sets' choices):
- rivers, seas, straits, deserts, mountain ranges and natural regions after a preposition of
  place or a verb of water ("in the Amazon", "the Rhine fell", "off Sumatra"): LOC;
- first-level regions, provinces and states with a government ("across Tigray", "in
  Balochistan"): GPE;
- world regions and archipelagos ("in Polynesia", "across Micronesia"): LOC;
- towns a gazetteer writes with transliteration marks ("Rafah", "Hama"): GPE named as the
  English title, without the marks the text does not have;
- near them, names that must stay: a company that speaks or owns ("Amazon said", "Amazon's
  shares"), a party or front named after a region ("Tigray People's Liberation Front"), a
  company named after a river ("Rhine Group"), a person.
Written for briefx by hand (session 33, issue 13 types): real places, invented events and
people. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run
on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to the
check file: scored only once, at the end of a session. Run from the project root:
``python eval/build_own_entities_dev33p.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev33p.jsonl"
OUT_CHECK = HERE / "own-entities-dev33p-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 33p, issue 13 places typed bodies, events or people); "
    "humanitarian, weather, shipping and conflict copy; real places, invented events; MIT."
)

CASES = [
    (
        "own-ent33p-01",
        "2026-11-03",
        "Aid convoys reached [[Mekelle|GPE]] on Tuesday after weeks of fighting across "
        "[[Tigray|GPE|Tigray Region]], the [[United Nations|ORG]] said.\n",
    ),
    (
        "own-ent33p-02",
        "2026-08-14",
        "Barges on the [[Danube|LOC]] were loaded to half their capacity after the river fell to "
        "its lowest level in a decade near [[Budapest|GPE]].\n",
    ),
    (
        "own-ent33p-03",
        "2026-09-20",
        "Fires in the [[Amazon|LOC|Amazon rainforest]] burned 40 percent more forest in August "
        "than a year earlier, [[Brazil|GPE]]'s space agency [[INPE|ORG|National Institute for "
        "Space Research]] said.\n",
    ),
    (
        "own-ent33p-04",
        "2026-10-30",
        "[[Amazon|ORG]] said on Thursday it would open a new warehouse in [[Leipzig|GPE]], and "
        "[[Amazon|ORG]]'s shares rose 2 percent.\n",
    ),
    (
        "own-ent33p-05",
        "2026-02-11",
        "Tropical Cyclone [[Mala|EVENT|Cyclone Mala]] brought heavy rain across "
        "[[Micronesia|LOC]] and is expected to strengthen as it moves towards "
        "[[Guam|GPE]].\n",
    ),
    (
        "own-ent33p-06",
        "2026-07-22",
        "Shipping companies kept diverting vessels away from the [[Red Sea|LOC]] as attacks "
        "continued near the [[Bab el-Mandeb|LOC]].\n",
    ),
    (
        "own-ent33p-07",
        "2026-05-06",
        "Heavy rain flooded parts of [[Balochistan|GPE]] and [[Sindh|GPE]] on Monday, "
        "[[Pakistan|GPE]]'s disaster management authority said.\n",
    ),
    (
        "own-ent33p-08",
        "2026-03-18",
        "The [[Tigray People's Liberation Front|ORG]] said talks with the federal government in "
        "[[Addis Ababa|GPE]] had stalled.\n",
    ),
    (
        "own-ent33p-09",
        "2026-08-02",
        "Water levels on the [[Rhine|LOC]] dropped below 80 centimetres at [[Kaub|GPE]], "
        "forcing barges to carry a third of their usual load.\n",
    ),
    (
        "own-ent33p-10",
        "2026-06-09",
        "Locust swarms moved from [[Somalia|GPE]] into the [[Ogaden|LOC]] last week, the "
        "[[Food and Agriculture Organization|ORG]] said.\n",
    ),
    (
        "own-ent33p-11",
        "2026-01-15",
        "Aid trucks queued for hours at [[Rafah|GPE]] before crossing into [[Gaza|GPE|Gaza "
        "Strip]] on Wednesday.\n",
    ),
    (
        "own-ent33p-12",
        "2026-04-27",
        "A magnitude 6.1 earthquake struck off [[Sumatra|LOC]] on Sunday, [[Indonesia|GPE]]'s "
        "meteorological agency said. No tsunami warning was issued.\n",
    ),
    (
        "own-ent33p-13",
        "2026-12-01",
        "Snow closed several passes in the [[Hindu Kush|LOC]], cutting roads between "
        "[[Kabul|GPE]] and the north.\n",
    ),
    (
        "own-ent33p-14",
        "2026-09-03",
        "Fighting spread from [[Darfur|LOC]] into [[North Kordofan|GPE]] this week, aid agencies "
        "said.\n",
    ),
    (
        "own-ent33p-15",
        "2026-10-12",
        "Cruise bookings to [[Patagonia|LOC]] rose 15 percent this season, with most visitors "
        "flying in through [[Punta Arenas|GPE]].\n",
    ),
    (
        "own-ent33p-16",
        "2026-07-08",
        "Floods along the [[Brahmaputra|LOC]] displaced 300,000 people in [[Assam|GPE]], state "
        "officials said.\n",
    ),
    (
        "own-ent33p-17",
        "2026-11-19",
        "[[Rhine Group|ORG]], the barge operator, said low water had cut its third-quarter "
        "profit.\n",
    ),
    (
        "own-ent33p-18",
        "2026-02-24",
        "Drought in the [[Horn of Africa|LOC]] has left 20 million people short of food, "
        "[[UNICEF|ORG]] said, with the worst conditions in [[Somaliland|GPE]].\n",
    ),
    (
        "own-ent33p-19",
        "2026-06-30",
        "Ferries between the islands of [[Polynesia|LOC]] were suspended as the storm passed "
        "south of [[Tahiti|LOC]].\n",
    ),
    (
        "own-ent33p-20",
        "2026-03-05",
        "Shelling hit [[Kharkiv|GPE]] overnight, and fighting continued in the "
        "[[Donbas|LOC]], [[Ukraine|GPE]]'s army said.\n",
    ),
    (
        "own-ent33p-21",
        "2026-08-21",
        "Temperatures in the [[Sahara|LOC]] reached 51 degrees, and dust storms crossed into "
        "[[Niger|GPE]] and [[Chad|GPE]].\n",
    ),
    (
        "own-ent33p-22",
        "2026-10-02",
        "Tanker traffic through the [[Strait of Hormuz|LOC]] was normal on Friday, according to "
        "data from [[Kpler|ORG]].\n",
    ),
    (
        "own-ent33p-23",
        "2026-05-14",
        "Government forces retook [[Hama|GPE]] and pushed into [[Idlib|GPE]] province, a "
        "monitoring group said.\n",
    ),
    (
        "own-ent33p-24",
        "2026-09-11",
        "Landslides blocked the road through [[Kashmir|LOC]] after three days of rain in "
        "[[Srinagar|GPE]].\n",
    ),
    (
        "own-ent33p-25",
        "2026-01-29",
        "[[Yangtze|LOC|Yangtze]] shipping resumed after fog lifted near [[Wuhan|GPE]], port "
        "authorities said.\n",
    ),
    (
        "own-ent33p-26",
        "2026-04-03",
        "[[Maria Amazonas|PERSON]], a nurse in [[Manaus|GPE]], said clinics along the "
        "[[Negro|LOC|Rio Negro]] had run out of antimalarials.\n",
    ),
    (
        "own-ent33p-27",
        "2026-07-17",
        "Wildfires spread across [[Anatolia|LOC]] and into the hills above [[Izmir|GPE|İzmir]], "
        "forcing thousands to leave their homes.\n",
    ),
    (
        "own-ent33p-28",
        "2026-11-27",
        "Monsoon rains eased over [[Kerala|GPE]], but the [[India Meteorological "
        "Department|ORG]] warned of heavy rain in [[Odisha|GPE]] next week.\n",
    ),
    (
        "own-ent33p-29",
        "2026-08-08",
        "Container ships rerouted around the [[Cape of Good Hope|LOC]] added ten days to voyages "
        "between [[Asia|LOC]] and [[Europe|LOC]].\n",
    ),
    (
        "own-ent33p-30",
        "2026-03-25",
        "Fighting erupted in [[Amhara|GPE|Amhara Region]] on Monday, and militia fighters "
        "blocked roads to [[Gondar|GPE]].\n",
    ),
]

CHECK = [
    (
        "own-ent33p-c1",
        "2026-09-14",
        "Low water on the [[Elbe|LOC]] halted barge traffic near [[Dresden|GPE]] on Monday.\n",
    ),
    (
        "own-ent33p-c2",
        "2026-06-18",
        "Cholera cases rose in [[Tigray|GPE|Tigray Region]] and [[Afar|GPE|Afar Region]], the "
        "[[World Health Organization|ORG]] said.\n",
    ),
    (
        "own-ent33p-c3",
        "2026-02-06",
        "A cyclone passed close to [[Melanesia|LOC]]'s largest islands, and flights to "
        "[[Port Vila|GPE]] were cancelled.\n",
    ),
    (
        "own-ent33p-c4",
        "2026-10-21",
        "Deforestation in the [[Amazon|LOC|Amazon rainforest]] fell 9 percent, while "
        "[[Amazon|ORG]] said it would fund reforestation projects in [[Para|GPE|Pará]].\n",
    ),
    (
        "own-ent33p-c5",
        "2026-07-12",
        "Houthi drones targeted a tanker in the [[Gulf of Aden|LOC]], and another vessel reported "
        "an explosion near the [[Bab el-Mandeb|LOC]].\n",
    ),
    (
        "own-ent33p-c6",
        "2026-04-09",
        "Dust storms swept across the [[Gobi|LOC|Gobi Desert]] into [[Inner Mongolia|GPE]] and "
        "reached [[Beijing|GPE]] by Thursday.\n",
    ),
    (
        "own-ent33p-c7",
        "2026-12-03",
        "Aid agencies said fighting near [[Rafah|GPE]] had stopped deliveries to southern "
        "[[Gaza|GPE|Gaza Strip]].\n",
    ),
    (
        "own-ent33p-c8",
        "2026-05-28",
        "Floods along the [[Mekong|LOC]] cut roads in [[Laos|GPE]] and northern "
        "[[Thailand|GPE]].\n",
    ),
    (
        "own-ent33p-c9",
        "2026-03-13",
        "Fighting in [[Kordofan|LOC]] forced 40,000 people to flee towards [[El Obeid|GPE]].\n",
    ),
    (
        "own-ent33p-c10",
        "2026-08-26",
        "Heatwaves baked [[Andalusia|GPE]] and the [[Algarve|LOC]], and fires broke out near "
        "[[Seville|GPE]].\n",
    ),
    (
        "own-ent33p-c11",
        "2026-11-07",
        "Bushfires burned across [[Gippsland|LOC]] as temperatures in [[Melbourne|GPE]] hit "
        "41 degrees.\n",
    ),
    (
        "own-ent33p-c12",
        "2026-01-21",
        "The [[Tigray|GPE|Tigray Region]] interim administration said [[Mekelle|GPE]] had been "
        "without power for five days.\n",
    ),
    (
        "own-ent33p-c13",
        "2026-09-30",
        "Tankers waited off [[Basra|GPE]] as storms swept the northern [[Gulf|LOC|Persian "
        "Gulf]].\n",
    ),
    (
        "own-ent33p-c14",
        "2026-07-04",
        "Rescuers searched the banks of the [[Indus|LOC|Indus River]] in [[Sindh|GPE]] after a "
        "boat capsized.\n",
    ),
    (
        "own-ent33p-c15",
        "2026-06-01",
        "The [[Zambezi|LOC]] rose above flood level near [[Tete|GPE]], [[Mozambique|GPE]]'s "
        "water authority said.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
