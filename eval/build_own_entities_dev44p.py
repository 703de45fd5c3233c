"""Write eval/own-entities-dev44p.jsonl and eval/own-entities-dev44p-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for places that briefx types as
organisations (issue 13, session 44, places44).

The families (ANNOTATION.md "Entities"; a place is GPE, named by its English Wikipedia title):
- villages, small towns, districts and counties abroad, written bare in disaster, weather and
  border reports, in place slots: "in X", "at X", "near X", "north of X", "from X to Y",
  "parts of X and Y were evacuated", "X mayor <Person>", "X, <Region>", "<X> in <Country>",
  lists "A, B and C" beside known places, a results line "At X:" and labelled fields
  ("Areas: coasts of A, B and C");
- places that a document names beside a longer organisation containing the word (a region and
  its water company, a country and a national body named with it, a city and its club);
- near them, names that must stay organisations: a club named by its town in results, a firm
  named like a place, a county side in a cricket line, a water company.
Written for briefx by hand (session 44): real places and bodies, invented events; official
releases, wire copy and 1996 Reuters-style items. Annotated by ``shared/eval/ANNOTATION.md``
inline while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to the check file: scored only at
the start and at the end of the session. Run from the project root:
``python eval/build_own_entities_dev44p.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev44p.jsonl"
OUT_CHECK = HERE / "own-entities-dev44p-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 44p, issue 13 places typed as organisations: "
    "villages, small towns, districts and counties in place slots, places beside longer "
    "organisations named with them); real places, invented events; MIT."
)

TEXTS = [
    # 1
    (
        "2024-11-02",
        "[[VALENCIA|GPE|Valencia]], [[Spain|GPE]], Nov 2 ([[Reuters|ORG]]) - Soldiers cleared "
        "mud from streets in [[Paiporta|GPE]] and [[Sedaví|GPE]] on Saturday as the death toll "
        "from the floods rose to 211. [[Paiporta|GPE]] mayor [[Maribel Albalat|PERSON]] said "
        "the town still had no drinking water. In [[Letur|GPE]], a village in the province of "
        "[[Albacete|GPE|Province of Albacete]], two residents were still missing.\n",
    ),
    # 2
    (
        "2025-05-29",
        "A glacier collapse buried most of the village of [[Blatten|GPE]] in southern "
        "[[Switzerland|GPE]] on Wednesday. Its 300 residents had been moved to [[Kippel|GPE]] "
        "and [[Ferden|GPE]] last week, the authorities of [[Valais|GPE]] said, and the river "
        "[[Lonza|LOC]] was blocked by debris.\n",
    ),
    # 3
    (
        "2024-09-16",
        "Floodwater swept through [[Stronie Śląskie|GPE]] and [[Lądek-Zdrój|GPE]] on Sunday "
        "after a dam burst, and parts of [[Kłodzko|GPE]] and [[Głuchołazy|GPE]] were evacuated, "
        "[[Poland|GPE]]'s Prime Minister [[Donald Tusk|PERSON]] said. Across the border in the "
        "[[Czech Republic|GPE]], water reached the main square of [[Jeseník|GPE]].\n",
    ),
    # 4
    (
        "2024-07-31",
        "[[NEW DELHI|GPE|New Delhi]], July 31 ([[Reuters|ORG]]) - Landslides triggered by "
        "heavy rain killed at least 150 people in the hills of [[Kerala|GPE]]'s "
        "[[Wayanad|GPE|Wayanad district]] district, officials said on Wednesday. Rescuers "
        "built a temporary bridge from [[Chooralmala|GPE]] to [[Mundakkai|GPE]], where most "
        "houses were washed away, and an army team reached [[Meppadi|GPE]].\n",
    ),
    # 5
    (
        "2023-09-10",
        "Rescue teams reached [[Talat N'Yaaqoub|GPE]] and [[Amizmiz|GPE]] on Sunday, two days "
        "after the strongest earthquake to hit [[Morocco|GPE]] in decades. Many of the dead "
        "were in villages south of [[Marrakesh|GPE]], and the [[Moroccan|NORP]] army set up a "
        "field hospital near [[Asni|GPE]].\n",
    ),
    # 6
    (
        "2024-01-02",
        "Emergency workers cleared roads to [[Wajima|GPE|Wajima, Ishikawa]] and [[Suzu|GPE|Suzu, Ishikawa]] "
        "on Tuesday after a magnitude 7.5 earthquake on the [[Noto Peninsula|LOC]]. The "
        "[[Japan Meteorological Agency|ORG]] lifted its tsunami warning for [[Ishikawa|GPE|"
        "Ishikawa Prefecture]]. In [[Anamizu|GPE|Anamizu, Ishikawa]], residents spent the night in a school gym.\n",
    ),
    # 7
    (
        "1996-09-21",
        "[[BONN|GPE|Bonn]] 1996-09-21\n\nFlash floods cut roads between [[Altenahr|GPE]] and "
        "[[Ahrweiler|GPE|Bad Neuenahr-Ahrweiler]] on Saturday and the village of [[Schuld|GPE]] "
        "was evacuated, police in [[Rhineland-Palatinate|GPE]] said. The [[Ahr|LOC]] rose by "
        "two metres in three hours.\n",
    ),
    # 8
    (
        "2025-01-08",
        "The fire service said on Wednesday that parts of [[Altadena|GPE|Altadena, California]] "
        "and [[Pacific Palisades|GPE|Pacific Palisades, Los Angeles]] had been evacuated as "
        "wind-driven fires spread across [[Los Angeles County|GPE|Los Angeles County, "
        "California]]. Governor [[Gavin Newsom|PERSON]] sent crews from [[Sacramento|GPE]].\n",
    ),
    # 9
    (
        "2024-06-03",
        "[[BERLIN|GPE|Berlin]], June 3 ([[Reuters|ORG]]) - Dams gave way near [[Babenhausen|"
        "GPE|Babenhausen, Bavaria]] and [[Offingen|GPE]] in southern [[Germany|GPE]] on Monday, "
        "flooding streets in [[Reichertshofen|GPE]], where a firefighter died. Chancellor "
        "[[Olaf Scholz|PERSON]] visited [[Baar-Ebenhausen|GPE]] with [[Bavaria|GPE]]'s premier "
        "[[Markus Söder|PERSON]].\n",
    ),
    # 10
    (
        "2025-03-04",
        "[[Cyclone Alfred|EVENT]] was expected to cross the coast near "
        "[[Caloundra|GPE]] on Thursday, the [[Bureau of Meteorology|ORG]] said. Evacuation "
        "centres opened in [[Lismore|GPE|Lismore, New South Wales]], [[Coraki|GPE]] and "
        "[[Woodburn|GPE|Woodburn, New South Wales]], and [[Queensland|GPE]] closed 1,000 "
        "schools.\n",
    ),
    # 11
    (
        "2024-10-09",
        "[[Ukraine|GPE]]'s forces pulled back from [[Krasnohorivka|GPE]], a town west of "
        "[[Donetsk|GPE]], the general staff said on Wednesday, and shelling hit "
        "[[Selydove|GPE]] and [[Kurakhove|GPE]]. [[Russia|GPE]]'s defence ministry said its "
        "troops had also taken [[Hirnyk|GPE]].\n",
    ),
    # 12
    (
        "2024-08-07",
        "[[Russia|GPE]] declared an emergency in the [[Kursk|GPE|Kursk Oblast]] region after "
        "[[Ukrainian|NORP]] troops crossed the border near [[Sudzha|GPE]]. Acting governor "
        "[[Alexei Smirnov|PERSON]] said residents of [[Tyotkino|GPE]] and [[Glushkovo|GPE]] "
        "were being moved to [[Kurchatov|GPE|Kurchatov, Kursk Oblast]].\n",
    ),
    # 13
    (
        "2024-10-20",
        "[[Israeli|NORP]] strikes hit [[Khiam|GPE]], [[Aitaroun|GPE]] and [[Bint Jbeil|GPE]] "
        "overnight, [[Lebanon|GPE]]'s health ministry said on Sunday. [[Hezbollah|ORG]] said it "
        "fired rockets at [[Metula|GPE]] and [[Kiryat Shmona|GPE]].\n",
    ),
    # 14
    (
        "2025-02-18",
        "Weather warning\n\nIssued by: [[Met Éireann|ORG]]\nLevel: Orange\nAreas: coasts of "
        "[[Kerry|GPE|County Kerry]], [[Clare|GPE|County Clare]] and [[Galway|GPE|County "
        "Galway]]\nValid: 06:00 Tuesday to 18:00 Tuesday\n\nSouthwest gales will reach storm "
        "force at times near [[Kilkee|GPE]] and [[Doolin|GPE]].\n",
    ),
    # 15
    (
        "1996-08-24",
        "CRICKET - CLOSE OF PLAY SCORES.\n\n[[LONDON|GPE|London]] 1996-08-24\n\n"
        "Close of play scores in four-day [[County Championship|ORG]] cricket matches "
        "on Saturday:\n\nAt [[Taunton|GPE]]: [[Somerset|ORG|Somerset County Cricket Club]] 312. "
        "[[Glamorgan|ORG|Glamorgan County Cricket Club]] 45-1.\n\nAt "
        "[[Colwyn Bay|GPE]]: [[Lancashire|ORG|Lancashire County Cricket Club]] 260-7.\n",
    ),
    # 16
    (
        "2024-09-27",
        "[[Hurricane Helene|EVENT]] made landfall near [[Perry|GPE|Perry, "
        "Florida]] late on Thursday, and storm surge flooded [[Cedar Key|GPE|Cedar Key, "
        "Florida]] and [[Steinhatchee|GPE|Steinhatchee, Florida]], the [[National Hurricane "
        "Center|ORG]] said. In [[North Carolina|GPE]], roads to [[Chimney Rock|GPE|Chimney "
        "Rock, North Carolina]] were washed out.\n",
    ),
    # 17
    (
        "2024-05-06",
        "Floods in southern [[Brazil|GPE]] have killed 83 people, the civil defence agency of "
        "[[Rio Grande do Sul|GPE]] said on Monday. Most of [[Eldorado do Sul|GPE]] was under "
        "water, and towns along the [[Taquari|LOC|Taquari River]], among them [[Muçum|GPE]] "
        "and [[Roca Sales|GPE]], were cut off.\n",
    ),
    # 18
    (
        "2025-07-15",
        "[[Yorkshire Water|ORG]] will impose a hosepipe ban from Friday after the driest spring "
        "in [[Yorkshire|GPE]] for more than a century, the company said. Reservoir levels across "
        "[[Yorkshire|GPE]] were at 55%, and the [[Environment Agency|ORG]] declared a drought "
        "in [[Lancashire|GPE]].\n",
    ),
    # 19
    (
        "2024-12-16",
        "[[Cyclone Chido|EVENT]] flattened shanty towns in [[Mayotte|GPE]], the [[French|NORP]] "
        "interior ministry said. Rescuers reached [[Mtsamboro|GPE]] and [[Chirongui|GPE]] on "
        "Monday, and the airport at [[Dzaoudzi|GPE]] reopened to military flights.\n",
    ),
    # 20
    (
        "2025-03-20",
        "[[Police Scotland|ORG]] said on Thursday that the [[A82|FAC|A82 road]] would stay closed north of "
        "[[Crianlarich|GPE]] after a landslip. Snow closed schools in [[Braemar|GPE]] and "
        "[[Tomintoul|GPE]], and the [[Met Office|ORG]] said more snow would fall across "
        "[[Scotland|GPE]] on Friday.\n",
    ),
    # 21
    (
        "2023-11-04",
        "[[KATHMANDU|GPE|Kathmandu]], Nov 4 ([[Reuters|ORG]]) - An earthquake killed at least "
        "128 people in western [[Nepal|GPE]], most of them in [[Jajarkot|GPE|Jajarkot "
        "District]] and [[Rukum West|GPE|Western Rukum District]], officials said on Saturday. "
        "Houses collapsed in [[Nalgad|GPE]] and [[Chiuri|GPE]], and Prime Minister [[Pushpa "
        "Kamal Dahal|PERSON]] flew to [[Nepalgunj|GPE]].\n",
    ),
    # 22
    (
        "2024-09-21",
        "[[Romania|GPE]]'s emergency service said on Saturday that floods had killed four "
        "people in [[Galați|GPE|Galați County]] county, most of them in the village of "
        "[[Slobozia Conachi|GPE]]. Parts of [[Pechea|GPE]] and [[Cudalbi|GPE]] were "
        "evacuated, and President [[Klaus Iohannis|PERSON]] visited the area.\n",
    ),
    # 23
    (
        "2024-08-12",
        "Fires burned homes in [[Varnavas|GPE]] and [[Marathon|GPE|Marathon, Greece]] north of "
        "[[Athens|GPE]] on Monday, [[Greece|GPE]]'s fire service said. Residents of "
        "[[Penteli|GPE]], [[Nea Makri|GPE]] and [[Grammatiko|GPE]] were told to "
        "leave.\n",
    ),
    # 24
    (
        "2025-04-14",
        "Results from the [[Scottish Premiership|ORG]] on Sunday: [[Aberdeen|ORG|Aberdeen "
        "F.C.]] 2 [[Hibernian|ORG|Hibernian F.C.]] 2; [[Dundee|ORG|Dundee F.C.]] 1 [[Motherwell|"
        "ORG|Motherwell F.C.]] 0. Fans travelled to [[Dundee|GPE]] from [[Motherwell|GPE]] by "
        "a special train.\n",
    ),
    # 25
    (
        "2025-01-12",
        "[[Iceland|GPE]]'s weather office said on Sunday that magma was gathering "
        "under the [[Reykjanes Peninsula|LOC]] again, and [[Grindavík|GPE]] was evacuated. The "
        "[[Blue Lagoon|FAC|Blue Lagoon (geothermal spa)]] closed for the day, and roads from [[Keflavík|GPE]] to the "
        "town were shut.\n",
    ),
    # 26
    (
        "2024-10-10",
        "[[Hurricane Milton|EVENT]] came ashore near [[Siesta Key|GPE|Siesta "
        "Key, Florida]] and spawned tornadoes that hit [[Fort Pierce|GPE|Fort Pierce, Florida]] "
        "and [[Cocoa Beach|GPE|Cocoa Beach, Florida]]. [[Venice|GPE|Venice, Florida]] mayor "
        "[[Nick Pachota|PERSON]] said the town had lost power.\n",
    ),
    # 27
    (
        "1996-11-14",
        "[[BELGRADE|GPE|Belgrade]] 1996-11-14\n\n[[Serbian|NORP]] police said on Thursday that "
        "they had closed the road from [[Pristina|GPE]] to [[Podujevo|GPE]] after a shooting "
        "near the village of [[Lužane|GPE]], in which two policemen were wounded. The "
        "[[Yugoslav|NORP]] news agency [[Tanjug|ORG]] said one man was arrested in "
        "[[Obilić|GPE]].\n",
    ),
    # 28
    (
        "2024-06-20",
        "Fighters of the [[Rapid Support Forces|ORG]] attacked [[El Fasher|GPE]] again on "
        "Thursday, and thousands of people fled to [[Tawila|GPE]], the [[United Nations|ORG]] "
        "said. In [[Chad|GPE]], the refugee camp at [[Adré|GPE]] received 2,000 new arrivals.\n",
    ),
    # 29
    (
        "2025-06-30",
        "[[Greece|GPE]] sent water bombers to [[Chios|GPE]] on Monday after fire destroyed "
        "homes at [[Lithi|GPE]] and [[Vessa|GPE|Vessa, Chios]], the civil protection ministry "
        "said. The island's main town, [[Chios|GPE|Chios (town)]], was not threatened.\n",
    ),
    # 30
    (
        "2025-02-02",
        "Rainfall in the 24 hours to 0900 local time, the [[Bureau of Meteorology|ORG]] said:"
        "\nAt [[Ingham|GPE|Ingham, Queensland]]: 650 mm\nAt [[Cardwell|GPE|Cardwell, "
        "Queensland]]: 440 mm\nAt [[Townsville|GPE]]: 210 mm\n\n[[Queensland|GPE]] Premier "
        "[[David Crisafulli|PERSON]] said [[Ingham|GPE|Ingham, Queensland]] was cut off.\n",
    ),
    # 31
    (
        "2024-11-13",
        "[[Storm Bert|EVENT]] is forecast to bring heavy rain to [[Wales|GPE]], and [[Natural "
        "Resources Wales|ORG]] issued flood warnings for [[Pontypridd|GPE]], [[Ynysybwl|GPE]] "
        "and [[Crickhowell|GPE]]. [[Welsh Water|ORG]] said its treatment works near "
        "[[Brecon|GPE]] were safe.\n",
    ),
    # 32
    (
        "2025-08-19",
        "Wildfires in western [[Spain|GPE]] forced the evacuation of [[Jarilla|GPE]] and "
        "[[Cabezabellosa|GPE]] in [[Cáceres|GPE|Province of Cáceres]], the regional government "
        "of [[Extremadura|GPE]] said. In [[Galicia|GPE|Galicia (Spain)]], fires near "
        "[[Chandrexa de Queixa|GPE]] and [[Larouco|GPE]] burned 20,000 hectares.\n",
    ),
    # 33
    (
        "2024-09-26",
        "[[Hezbollah|ORG]] fired rockets at [[Safed|GPE]] and [[Rosh Pinna|GPE]], the "
        "[[Israel Defense Forces|ORG]] said, and [[Israeli|NORP]] aircraft struck "
        "[[Nabatieh|GPE]] and [[Marjayoun|GPE]]. [[Lebanon|GPE]] said 72 people were killed in "
        "the south.\n",
    ),
    # 34
    (
        "2024-02-15",
        "[[Chile|GPE]]'s forensic service said 131 people died in the fires near [[Viña del "
        "Mar|GPE]]. In [[Quilpué|GPE]] and [[Villa Alemana|GPE]], 15,000 homes were damaged, "
        "and the district of [[El Olivar|GPE|El Olivar, Viña del Mar]] was almost destroyed.\n",
    ),
    # 35
    (
        "2025-07-07",
        "Flash floods along the [[Guadalupe River|LOC|Guadalupe River (Texas)]] killed more "
        "than 80 people in [[Kerr County|GPE|Kerr County, Texas]], officials said. Searchers "
        "worked from [[Hunt|GPE|Hunt, Texas]] to [[Kerrville|GPE|Kerrville, Texas]], and "
        "[[Ingram|GPE|Ingram, Texas]] was without power.\n",
    ),
    # 36
    (
        "1996-12-30",
        "[[VIENNA|GPE|Vienna]] 1996-12-30\n\nAn avalanche buried a road between [[Galtür|GPE]] "
        "and [[Ischgl|GPE]] in western [[Austria|GPE]] on Monday, police in [[Tyrol|GPE|Tyrol "
        "(state)]] said. Tourists in [[Kappl|GPE]] were told to stay indoors.\n",
    ),
]

CASES = [(f"own-ent44p-{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 != 0]
CHECK = [(f"own-ent44p-c{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 == 0]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
