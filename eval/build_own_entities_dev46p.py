"""Write eval/own-entities-dev46p.jsonl and eval/own-entities-dev46p-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for subnational places whose English
Wikipedia title adds a qualifier to the written name (issue 13, session 46, places46).

The families (ANNOTATION.md "Entities"; a place is GPE, named by its English Wikipedia title):
- towns titled "<Town>, <State>" or "<Town>, <Country>" (United States, Canada, Australia, New
  Zealand, India), named bare or with an abbreviated state in datelines and body text;
- administrative divisions titled with their kind word ("<Name> Governorate", "<Name> County",
  "<Name> Region", "<Name> Province", "<Name> State"), named bare or with a lower-case word;
- a country or a state that shares its name with the other ("Georgia (country)", "Georgia
  (U.S. state)", "Punjab, India", "Punjab, Pakistan"), and the country of a period
  ("Federal Republic of Yugoslavia" in 1996 copy, "Republic of the Congo");
- cities titled "<Name> City" whose country or division bears the bare name (datelines);
- near them, names that must stay bare: capitals and big cities whose titles are bare, places
  the text qualifies itself, the city of a unit's name.
Written for briefx by hand (session 46): real places and bodies, invented events; official
releases, wire copy and 1996 Reuters-style items. Annotated by ``shared/eval/ANNOTATION.md``
inline while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to the check file: scored only at
the start and at the end of the session. Run from the project root:
``python eval/build_own_entities_dev46p.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev46p.jsonl"
OUT_CHECK = HERE / "own-entities-dev46p-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 46p, issue 13 places whose English Wikipedia title "
    "adds a qualifier: towns titled with their state or country, divisions titled with their "
    "kind word, a country or state sharing a name, cities titled X City); real places, "
    "invented events; MIT."
)

TEXTS = [
    # 1
    (
        "1996-08-21",
        "[[TBILISI|GPE|Tbilisi]] 1996-08-21\n\n[[Georgia|GPE|Georgia (country)]] said on "
        "Wednesday it would ask [[Russia|GPE]] to withdraw its troops from [[Abkhazia|GPE]] "
        "before the end of the year. [[Georgian|NORP]] President [[Eduard Shevardnadze|PERSON]] "
        "told parliament that [[Georgia|GPE|Georgia (country)]] could not wait longer.\n",
    ),
    # 2
    (
        "2024-09-28",
        "[[ATLANTA|GPE|Atlanta]], Sept 28 ([[Reuters|ORG]]) - [[Storm Helene|EVENT|Hurricane Helene]] left more than two "
        "million homes without power in [[Georgia|GPE|Georgia (U.S. state)]] and the "
        "[[Carolinas|LOC]] on Saturday. Governor [[Brian Kemp|PERSON]] said crews in "
        "[[Valdosta|GPE|Valdosta, Georgia]] and [[Augusta|GPE|Augusta, Georgia]] were working "
        "around the clock.\n",
    ),
    # 3
    (
        "2025-01-12",
        "[[BELGRADE|GPE|Belgrade]], Jan 12 - Farmers in [[Serbia|GPE]] blocked roads on Sunday "
        "and police said the protests had spread from [[Novi Sad|GPE]] to [[Niš|GPE]]. In "
        "neighbouring [[Georgia|GPE|Georgia (country)]], thousands marched again in "
        "[[Tbilisi|GPE]] against the government's decision to freeze talks with the "
        "[[European Union|ORG]].\n",
    ),
    # 4
    (
        "1996-11-25",
        "[[BELGRADE|GPE|Belgrade]] 1996-11-25\n\nTens of thousands of people marched through "
        "[[Belgrade|GPE]] for the seventh day on Monday to protest against the annulment of "
        "local election results. Opposition leader [[Vuk Draskovic|PERSON|Vuk Drašković]] said "
        "[[Yugoslavia|GPE|Federal Republic of Yugoslavia]] could not join [[Europe|LOC]] while "
        "votes were stolen.\n",
    ),
    # 5
    (
        "1996-06-14",
        "[[BRAZZAVILLE|GPE|Brazzaville]] 1996-06-14\n\n[[Congo|GPE|Republic of the Congo]]'s "
        "President [[Pascal Lissouba|PERSON]] said on Friday that presidential elections would "
        "be held in 1997 as planned. Oil output from fields off [[Pointe-Noire|GPE]] rose to "
        "200,000 barrels a day, the oil ministry said.\n",
    ),
    # 6
    (
        "2024-03-04",
        "[[Idlib|GPE|Idlib Governorate]] province, which is held by rebels, was hit by "
        "air strikes on Monday, a monitor said. The [[Syrian Observatory for Human Rights|ORG]] "
        "said eight people were killed in the city of [[Idlib|GPE]] and in [[Ariha|GPE]]. "
        "Clashes were also reported in [[Daraa|GPE|Daraa Governorate]] province in the "
        "south of [[Syria|GPE]].\n",
    ),
    # 7
    (
        "2025-02-06",
        "Two years after the earthquakes, thousands of families in [[Hatay|GPE|Hatay "
        "Province]] still live in containers, the [[Turkish Red Crescent|ORG]] said on "
        "Thursday. Most rebuilding in [[Antakya|GPE]] has yet to begin, while "
        "[[Kahramanmaras|GPE|Kahramanmaraş Province]] province has rehoused 40,000 people.\n",
    ),
    # 8
    (
        "2024-07-25",
        "Wildfire destroyed about a third of the buildings in the town of "
        "[[Jasper|GPE|Jasper, Alberta]], [[Parks Canada|ORG]] said on Thursday. Residents had "
        "fled to [[Hinton|GPE|Hinton, Alberta]] and [[Edmonton|GPE]], and [[Alberta|GPE]] "
        "Premier [[Danielle Smith|PERSON]] said the town would be rebuilt.\n",
    ),
    # 9
    (
        "2025-02-03",
        "[[BRISBANE|GPE|Brisbane]], Feb 3 ([[Reuters|ORG]]) - Floodwaters cut off the town of "
        "[[Ingham|GPE|Ingham, Queensland]] in northern [[Queensland|GPE]] on Monday, and "
        "[[Townsville|GPE]] recorded more than a metre of rain in three days. The "
        "[[Bureau of Meteorology|ORG]] said the [[Herbert River|LOC]] peaked overnight.\n",
    ),
    # 10
    (
        "2022-03-01",
        "The [[Wilsons River|LOC]] rose to a record 14.4 metres in "
        "[[Lismore|GPE|Lismore, New South Wales]] on Monday, and thousands fled their homes "
        "in [[Ballina|GPE|Ballina, New South Wales]] further downstream, [[New South "
        "Wales|GPE]] emergency services said.\n",
    ),
    # 11
    (
        "1996-09-06",
        "[[MIAMI|GPE|Miami]] 1996-09-06\n\n[[Hurricane Fran|EVENT]] knocked out power to 300,000 homes "
        "as it moved inland near [[Wilmington, N.C.|GPE|Wilmington, North Carolina]], on "
        "Friday, the [[National Hurricane Center|ORG]] in [[Miami|GPE]] said. Farmers near "
        "[[Homestead, Fla.|GPE|Homestead, Florida]], were spared.\n",
    ),
    # 12
    (
        "2023-02-16",
        "[[WELLINGTON|GPE|Wellington]], Feb 16 - The death toll from [[Cyclone Gabrielle|EVENT]] rose to "
        "11, [[New Zealand|GPE]] police said on Thursday. Power was restored to parts of "
        "[[Napier|GPE|Napier, New Zealand]] and [[Hastings|GPE|Hastings, New Zealand]], but "
        "[[Gisborne|GPE]] remained cut off.\n",
    ),
    # 13
    (
        "2024-10-22",
        "[[Punjab|GPE|Punjab, Pakistan]] shut schools in [[Lahore|GPE]] and "
        "[[Multan|GPE]] for a week on Tuesday as smog reached hazardous levels, the provincial "
        "government of [[Pakistan|GPE]]'s most populous province said. It blamed stubble "
        "burning across the border in [[India|GPE]].\n",
    ),
    # 14
    (
        "2024-11-12",
        "Farmers in [[Punjab|GPE|Punjab, India]] and [[Haryana|GPE]] burned fewer fields this "
        "autumn, [[India|GPE]]'s [[Commission for Air Quality Management|ORG]] said, but "
        "[[New Delhi|GPE]] still choked on smog. The [[Indian|NORP]] state's capital "
        "[[Chandigarh|GPE]] reported a lower pollution index.\n",
    ),
    # 15
    (
        "1996-03-11",
        "[[KUWAIT|GPE|Kuwait City]] 1996-03-11\n\n[[Kuwait|GPE]] said on Monday it had "
        "signed a defence pact with [[France|GPE]], the fourth such agreement since the "
        "[[Gulf War|EVENT]]. The [[Kuwaiti|NORP]] defence minister said the pact covered "
        "joint exercises.\n",
    ),
    # 16
    (
        "1996-05-30",
        "[[PANAMA CITY|GPE|Panama City]] 1996-05-30\n\n[[Panama|GPE]]'s government said on "
        "Thursday it would take over the running of the [[Panama Canal|FAC]] ports from 1999. "
        "President [[Ernesto Perez Balladares|PERSON|Ernesto Pérez Balladares]] told reporters "
        "the handover was on schedule.\n",
    ),
    # 17
    (
        "2024-04-03",
        "A magnitude 7.4 earthquake struck off [[Hualien|GPE|Hualien County]] county on "
        "[[Taiwan|GPE]]'s east coast on Wednesday. Buildings tilted in "
        "[[Hualien|GPE|Hualien City]] city, and rockslides closed the road to "
        "[[Taroko Gorge|LOC]], [[Taiwan|GPE]]'s fire agency said.\n",
    ),
    # 18
    (
        "2024-09-17",
        "Floods killed seven people in [[Galati|GPE|Galați County]] county in eastern "
        "[[Romania|GPE]], and the village of [[Slobozia Conachi|GPE]] was worst hit, "
        "[[Romanian|NORP]] authorities said. Prime Minister [[Marcel Ciolacu|PERSON]] visited "
        "[[Galati|GPE|Galați]] city on Sunday.\n",
    ),
    # 19
    (
        "2025-04-02",
        "Gunmen killed 44 worshippers at a mosque in [[Fambita|GPE]] in western "
        "[[Niger|GPE]]'s [[Tillaberi|GPE|Tillabéri Region]] region, the government said. The "
        "attack was the deadliest this year in the region bordering [[Mali|GPE]] and "
        "[[Burkina Faso|GPE]].\n",
    ),
    # 20
    (
        "2024-06-10",
        "Heavy rain flooded parts of [[Mopti|GPE|Mopti Region]] region in central "
        "[[Mali|GPE]], and the [[United Nations|ORG]] said 12,000 people had been displaced. "
        "Aid reached the town of [[Mopti|GPE]] by river from [[Segou|GPE|Ségou]].\n",
    ),
    # 21
    (
        "2025-05-21",
        "[[Phoenix|GPE|Phoenix, Arizona]] recorded its first 110-degree day of the year on "
        "Wednesday, the [[National Weather Service|ORG]] said, and officials in "
        "[[Las Vegas|GPE]] opened cooling centres. Temperatures in [[Tucson|GPE|Tucson, "
        "Arizona]] reached 107.\n",
    ),
    # 22
    (
        "2024-04-27",
        "Tornadoes damaged hundreds of homes in [[Elkhorn|GPE|Elkhorn, Nebraska]] on the edge "
        "of [[Omaha|GPE|Omaha, Nebraska]] on Friday, and a tornado also hit [[Minden|GPE|Minden, "
        "Iowa]] across the [[Missouri River|LOC]], officials in [[Nebraska|GPE]] and "
        "[[Iowa|GPE]] said.\n",
    ),
    # 23
    (
        "2025-03-18",
        "The [[Ministry of Home Affairs|ORG|Ministry of Home Affairs (Myanmar)]] said fighting "
        "had displaced 20,000 people in [[Rakhine|GPE|Rakhine State]] and "
        "[[Chin|GPE|Chin State]] since January. The [[Arakan Army|ORG]] controls most of "
        "[[Rakhine|GPE|Rakhine State]] outside [[Sittwe|GPE]].\n",
    ),
    # 24
    (
        "2024-12-05",
        "[[NAIROBI|GPE|Nairobi]], Dec 5 - Flash floods swept away a bridge in "
        "[[Garissa|GPE|Garissa County]] county and cut the road to [[Mandera|GPE|Mandera "
        "County]] county, the [[Kenya Red Cross|ORG|Kenya Red Cross Society]] said. "
        "In [[Nairobi|GPE]], rain flooded the [[Mathare|GPE]] settlement.\n",
    ),
    # 25
    (
        "2025-07-15",
        "Drought has left 1.2 million people short of water in [[Borena|GPE|Borena Zone]] zone "
        "of [[Oromia|GPE|Oromia Region]], [[Ethiopia|GPE]]'s disaster agency said. Aid convoys "
        "left [[Addis Ababa|GPE]] for [[Moyale|GPE|Moyale, Ethiopia]] on Tuesday.\n",
    ),
    # 26
    (
        "1996-10-02",
        "[[MEXICO CITY|GPE|Mexico City]] 1996-10-02\n\n[[Hurricane Hernan|EVENT]] brought heavy rain to "
        "[[Colima|GPE]] and [[Jalisco|GPE]] on Wednesday, and the port of "
        "[[Manzanillo|GPE|Manzanillo, Colima]] was closed, [[Mexico|GPE]]'s interior ministry "
        "said.\n",
    ),
    # 27
    (
        "2025-01-09",
        "Wildfires burned through [[Altadena|GPE|Altadena, California]] and [[Pacific "
        "Palisades|GPE|Pacific Palisades, Los Angeles]] on Thursday, and [[Los Angeles|GPE]] "
        "Mayor [[Karen Bass|PERSON]] said more than 10,000 structures had been destroyed. "
        "[[California|GPE]] Governor [[Gavin Newsom|PERSON]] asked for federal aid.\n",
    ),
    # 28
    (
        "2024-08-09",
        "[[Washington|GPE|Washington (state)]] state ordered evacuations near "
        "[[Spokane|GPE|Spokane, Washington]] on Friday as a wildfire spread east, while in "
        "[[Washington|GPE|Washington, D.C.]] the [[Federal Emergency Management "
        "Agency|ORG]] approved fire aid for [[Oregon|GPE]].\n",
    ),
    # 29
    (
        "2024-10-30",
        "[[CANBERRA|GPE|Canberra]], Oct 30 - [[Australia|GPE]]'s government said it would "
        "spend A$200 million on flood defences in [[Rochester|GPE|Rochester, Victoria]] and "
        "[[Echuca|GPE]], two towns on the [[Campaspe River|LOC]] in northern "
        "[[Victoria|GPE|Victoria (state)]] flooded in 2022.\n",
    ),
    # 30
    (
        "2025-06-24",
        "The [[Ghana National Fire Service|ORG]] said a fire destroyed 200 shops at a market "
        "in [[Kumasi|GPE]], the capital of [[Ashanti|GPE|Ashanti Region]]. In "
        "[[Tamale|GPE|Tamale, Ghana]], traders closed shops in sympathy.\n",
    ),
    # 31
    (
        "2024-11-20",
        "The [[Department of Agriculture|ORG|United States Department of Agriculture]] said "
        "bird flu had been found in a dairy herd near [[Fresno|GPE|Fresno, California]] and "
        "at a poultry farm in [[Weld County|GPE|Weld County, Colorado]]. [[Colorado|GPE]] "
        "officials culled 1.8 million hens last summer.\n",
    ),
    # 32
    (
        "1996-07-17",
        "[[EAST MORICHES|GPE|East Moriches, New York]] 1996-07-17\n\n[[TWA Flight "
        "800|EVENT]] exploded off [[Long Island|LOC]] on Wednesday evening shortly after "
        "leaving [[New York|GPE|New York City]]'s [[Kennedy airport|FAC|John F. Kennedy "
        "International Airport]], the [[Coast Guard|ORG|United States Coast Guard]] said.\n",
    ),
    # 33
    (
        "2025-03-01",
        "[[OTTAWA|GPE|Ottawa]], March 1 - [[Canada|GPE]] will fund a new bridge over the "
        "[[Saint John River|LOC]] in [[Fredericton|GPE]] and a ferry terminal in "
        "[[Digby|GPE|Digby, Nova Scotia]], the [[Department of Finance|ORG|Department of "
        "Finance (Canada)]] said on Saturday.\n",
    ),
]

CASES = [(f"own-ent46p-{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 != 0]
CHECK = [(f"own-ent46p-c{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 == 0]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
