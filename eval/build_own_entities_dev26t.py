"""Write eval/own-entities-dev26t.jsonl and eval/own-entities-dev26t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity TYPES (issue 13, session 26):
names whose type their FORM or their sentence's ROLE gives, where the model's label or the
fallback to ORG goes wrong.

The families (ANNOTATION.md "Entities": FAC, PRODUCT, EVENT, LOC vs GPE):
- products by a model designation: launchers, aircraft, drones, phones, AI models and software
  versions ("Lyra-3", "AX-210", "Orion-4", "T9 Ultra");
- drugs and vaccines by brand and code ("Zelvora", "ZK-118"); ships and satellites by name;
- named storms and summits (EVENT); missions;
- venues, plants, mines, ports and terminals named by their operator or their town (FAC);
- regions, islands, mountains, passes and rivers (LOC) against provinces and towns (GPE);
- people whose surname is also a firm's or a town's name, and firms named after people.
Written for briefx by hand (session 26, issue 13 types); real countries, cities and a few real
institutions as context, invented firms, products, people, events and figures. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to the check file:
scored only once, at the end of a session. Run from the project root:
``python eval/build_own_entities_dev26t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev26t.jsonl"
OUT_CHECK = HERE / "own-entities-dev26t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 26t, issue 13 types); launch, aviation, drug, software, "
    "shipping, storm, summit, mining, sport, regional and arts news; real countries, cities and "
    "institutions, invented firms, products, people, events and figures; MIT."
)

CASES = [
    (
        "own-ent26t-01",
        "2026-03-04",
        "[[KOUROU|GPE|Kourou]], [[French Guiana|GPE]], March 4 - A [[Lyra-3|PRODUCT]] rocket "
        "built by [[Orbis Lanceurs|ORG]] lifted off on Wednesday with two weather satellites for "
        "[[EUMETSAT|ORG]]. It was the fourth [[Lyra-3|PRODUCT]] flight, and [[Orbis Lanceurs|ORG]] "
        "plans six more from the [[Guiana Space Centre|FAC]] this year.\n",
    ),
    (
        "own-ent26t-02",
        "2026-02-11",
        "[[Avionord|ORG]] said on Tuesday that airlines in [[Brazil|GPE]] and [[Indonesia|GPE]] "
        "had ordered 40 [[AX-210|PRODUCT]] turboprops. The first [[AX-210|PRODUCT]] will be "
        "delivered to [[Garuda Indonesia|ORG]] in 2027, chief executive [[Marit Holm|PERSON]] "
        "said.\n",
    ),
    (
        "own-ent26t-03",
        "2026-05-19",
        "[[Meridia Labs|ORG]] released [[Orion-4|PRODUCT]], its newest language model, on "
        "Tuesday and said [[Orion-4|PRODUCT]] would be free for students in the "
        "[[European Union|GPE]]. Rival [[Quillon AI|ORG]] plans to ship [[Quill 2|PRODUCT]] in "
        "June.\n",
    ),
    (
        "own-ent26t-04",
        "2026-01-27",
        "The [[European Medicines Agency|ORG]] recommended [[Novatrex|ORG]]'s asthma drug "
        "[[Zelvora|PRODUCT]] for adults on Friday. Trials of [[ZK-118|PRODUCT]], as the drug was "
        "known, ran in 14 countries. Shares of [[Novatrex|ORG]] rose 6% in [[Copenhagen|GPE]].\n",
    ),
    (
        "own-ent26t-05",
        "2026-04-02",
        "The [[Ministry of Health|ORG|Ministry of Health (Ghana)]] ordered 500,000 doses of "
        "[[Immuvex|ORG]]'s [[IVX-7|PRODUCT]] vaccine for [[Accra|GPE]] and [[Kumasi|GPE]]. The "
        "first shipment reached [[Kotoka International Airport|FAC]] on Thursday.\n",
    ),
    (
        "own-ent26t-06",
        "2026-09-15",
        "[[MANILA|GPE|Manila]], Sept 15 - Typhoon [[Karding|EVENT|Typhoon Karding]] made landfall "
        "in [[Aurora|GPE|Aurora (province)]] province on Monday and crossed [[Luzon|LOC]] toward "
        "the [[South China Sea|LOC]]. [[Karding|EVENT|Typhoon Karding]] followed "
        "[[Tropical Storm Ondoy|EVENT]], which flooded [[Marikina|GPE]] last week.\n",
    ),
    (
        "own-ent26t-07",
        "2026-11-03",
        "Ministers from 30 countries meet at the [[Lisbon Ocean Summit|EVENT]] next week. The "
        "summit, at the [[Altice Arena|FAC]], follows the [[Nice Ocean Conference|EVENT]], where "
        "[[France|GPE]] and [[Chile|GPE]] pledged new marine parks.\n",
    ),
    (
        "own-ent26t-08",
        "2026-07-21",
        "[[Cordillera Copper|ORG]] said output at its [[Los Halcones|FAC]] mine fell 9% after a "
        "strike, while [[Teniente Sur|FAC]] was unchanged. The company ships its concentrate "
        "through the port of [[Antofagasta|GPE]].\n",
    ),
    (
        "own-ent26t-09",
        "2026-06-08",
        "[[Sergio Marchetti|PERSON]] scored twice as [[Italy|GPE]] beat [[Norway|GPE]] 3-1 at "
        "the [[Stadio Olimpico|FAC]] on Sunday. [[Erling Dahl|PERSON]] pulled one back for the "
        "visitors. [[Marchetti|PERSON|Sergio Marchetti]] now has 19 goals for his country.\n",
    ),
    (
        "own-ent26t-10",
        "2026-08-12",
        "Wildfires spread across the [[Peloponnese|LOC]] on Tuesday, and villages near "
        "[[Kalamata|GPE]] were evacuated. Firefighters said the blaze was moving toward "
        "[[Mount Taygetus|LOC]]. In [[Crete|LOC]], a second fire was contained.\n",
    ),
    (
        "own-ent26t-11",
        "2026-03-30",
        "[[Hollis|ORG|Hollis Group]], the packaging maker founded by [[Edward Hollis|PERSON]] in "
        "1952, said it would close its plant in [[Derby|GPE]]. [[Hollis|ORG|Hollis Group]] "
        "employs 2,300 people in [[England|GPE]].\n",
    ),
    (
        "own-ent26t-12",
        "2026-10-05",
        "The container ship [[Aurora Bay|PRODUCT]] ran aground off [[Zeebrugge|GPE]] on Sunday, "
        "the Belgian coast guard said. The vessel, operated by [[Nordhavn Lines|ORG]], was "
        "refloated at high tide and towed to the [[Port of Antwerp|FAC]].\n",
    ),
    (
        "own-ent26t-13",
        "2026-05-06",
        "[[Solvane|ORG]] unveiled the [[T9 Ultra|PRODUCT]] phone on Wednesday, priced at $999. "
        "The [[T9 Ultra|PRODUCT]] runs [[Solvane|ORG]]'s own [[Nimbus OS|PRODUCT]], which "
        "analysts at [[Morgan Stanley|ORG]] said could draw users from [[Android|PRODUCT]].\n",
    ),
    (
        "own-ent26t-14",
        "2026-02-25",
        "Employment rose in [[KwaZulu-Natal|GPE]] and [[Gauteng|GPE]] but fell in the "
        "[[Northern Cape|GPE]], [[Statistics South Africa|ORG]] said. The [[Karoo|LOC]] lost "
        "4,000 farm jobs to drought.\n",
    ),
    (
        "own-ent26t-15",
        "2026-07-16",
        "The peloton climbs to [[Col du Soulor|LOC]] on Thursday before the finish at "
        "[[Luz-Saint-Sauveur|GPE]]. [[Jonas Lindqvist|PERSON]] of [[Team Nordvik|ORG]] leads "
        "the [[Tour de France|EVENT]] by 48 seconds.\n",
    ),
    (
        "own-ent26t-16",
        "2026-04-20",
        "The [[Kestrel 400|PRODUCT]] drone, made by [[Falk Aerosystems|ORG]], flew for 31 hours "
        "over the [[Baltic Sea|LOC]] in a test for the [[Finnish Navy|ORG]]. [[Finland|GPE]] "
        "plans to buy 12 of them.\n",
    ),
    (
        "own-ent26t-17",
        "2026-09-02",
        "Heavy rain closed the road to [[Brenner Pass|LOC]] on Tuesday, and trains between "
        "[[Innsbruck|GPE]] and [[Bolzano|GPE]] were cancelled, [[ÖBB|ORG]] said.\n",
    ),
    (
        "own-ent26t-18",
        "2026-12-01",
        "[[Wren & Partners|ORG]] sold a [[Carla Weiss|PERSON]] landscape for £2.1 million at "
        "its [[London|GPE]] rooms on Tuesday. The [[Hallam Gallery|FAC]] in [[Leeds|GPE]] will "
        "show the painting from March.\n",
    ),
]

CHECK = [
    (
        "own-ent26t-c1",
        "2026-06-14",
        "[[BAIKONUR|GPE|Baikonur]], [[Kazakhstan|GPE]], June 14 - A [[Soyuz-5|PRODUCT]] rocket "
        "carrying the [[Meteor-M 3|PRODUCT]] satellite lifted off on Sunday, "
        "[[Roscosmos|ORG]] said.\n",
    ),
    (
        "own-ent26t-c2",
        "2026-03-18",
        "[[Pellworth|ORG]] said regulators had approved its migraine pill [[Calmira|PRODUCT]]. "
        "Sales of [[Calmira|PRODUCT]] could reach $900 million by 2030, said [[Rita Osei|PERSON]], "
        "an analyst at [[Jefferies|ORG]].\n",
    ),
    (
        "own-ent26t-c3",
        "2026-10-28",
        "Storm [[Isolde|EVENT|Storm Isolde]] cut power to 90,000 homes in [[Galicia|GPE]] on "
        "Tuesday. Flights at [[Santiago de Compostela Airport|FAC]] were cancelled, and "
        "[[Renfe|ORG]] suspended trains to [[Vigo|GPE]].\n",
    ),
    (
        "own-ent26t-c4",
        "2026-08-04",
        "[[Tessaro Mobile|ORG]] will ship the [[Fold X3|PRODUCT]] in [[Japan|GPE]] from "
        "September. Its rival [[Hanwol Devices|ORG]] said its [[HX-50|PRODUCT]] had sold "
        "2 million units.\n",
    ),
    (
        "own-ent26t-c5",
        "2026-05-27",
        "Climbers reached the summit of [[Annapurna|LOC]] on Tuesday, and guides said the route "
        "from [[Pokhara|GPE]] was open again. [[Nepal|GPE]] issued 300 permits this spring.\n",
    ),
    (
        "own-ent26t-c6",
        "2026-11-19",
        "[[Dana Ford|PERSON]], who runs the [[Redcliffe Smelter|FAC]] for [[Arkon Metals|ORG]], "
        "said the plant in [[Port Pirie|GPE]] would cut 200 jobs.\n",
    ),
    (
        "own-ent26t-c7",
        "2026-04-09",
        "The [[G20|ORG]] finance ministers meet in [[Johannesburg|GPE]] next week, and the "
        "[[Cape Town Energy Forum|EVENT]] opens on Monday at the [[Cape Town International "
        "Convention Centre|FAC]].\n",
    ),
    (
        "own-ent26t-c8",
        "2026-01-13",
        "The frigate [[HMS Tamar|PRODUCT]] left [[Portsmouth|GPE]] on Monday for the "
        "[[Red Sea|LOC]], the [[Royal Navy|ORG]] said. It carries a [[Wildcat|PRODUCT]] "
        "helicopter.\n",
    ),
    (
        "own-ent26t-c9",
        "2026-07-07",
        "[[Vela Robotics|ORG]] released [[Atlas-2|PRODUCT]], an update of its warehouse robot, on "
        "Monday. Workers at the [[Tilbury|FAC|Port of Tilbury]] docks tested [[Atlas-2|PRODUCT]] "
        "for six weeks.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
