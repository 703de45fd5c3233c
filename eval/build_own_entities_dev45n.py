"""Write eval/own-entities-dev45n.jsonl and eval/own-entities-dev45n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for natural features, regions and places
that briefx types as organisations, and cities that stand for clubs (issue 13, session 45,
natloc45).

The families (ANNOTATION.md "Entities"; a natural place or a region without an administration
is LOC, a city or country GPE, named by its English Wikipedia title):
- rivers, seas, straits, mountain ranges, deserts and regions written after "the" in a locative
  slot ("in the X", "across the X", "off the X", "from the X", "on the X"), and in a list;
- features that their own context names: "the constellation X", "a moon of X", "X last
  erupted", "the X, which runs ...", an iron ore region;
- cities and countries in lists and result tables beside known places;
- a city that stands for its club in a result or as the owner of a coach or player (ORG, the
  club's title, as the opened sets annotate it), a country that stands for its national team
  (GPE, as the opened sets annotate it: own3-ho-02, own5-nw-03);
- near them, names that must stay organisations: firms and bodies named like places (Amazon,
  Shell, the Nile Basin Initiative, Rhine shipping firms), clubs named with a suffix.
Written for briefx by hand (session 45): real places and bodies, invented events; official
releases, wire copy and 1996 Reuters-style items. Annotated by ``shared/eval/ANNOTATION.md``
inline while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to the check file: scored only at
the start and at the end of the session. Run from the project root:
``python eval/build_own_entities_dev45n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev45n.jsonl"
OUT_CHECK = HERE / "own-entities-dev45n-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 45n, issue 13 natural features, regions and places "
    "typed as organisations, cities standing for clubs); real places, invented events; MIT."
)

TEXTS = [
    # 1
    (
        "2024-08-20",
        "[[BUDAPEST|GPE|Budapest]], Aug 20 ([[Reuters|ORG]]) - Barge traffic on the "
        "[[Danube|LOC]] was halted near [[Mohács|GPE]] on Tuesday after the river fell to its "
        "lowest level in a decade, [[Hungary|GPE]]'s water authority said. Levels on the "
        "[[Tisza|LOC]] were also low, and shipping on the [[Rhine|LOC]] in [[Germany|GPE]] was "
        "running at half load.\n",
    ),
    # 2
    (
        "2025-03-14",
        "The [[European Space Agency|ORG]] said on Friday its probe had taken new images of "
        "[[Titan|LOC|Titan (moon)]], the largest moon of [[Saturn|LOC]], and of "
        "[[Enceladus|LOC]], whose ice plumes reach far above the surface. A second mission will "
        "study [[Ganymede|LOC|Ganymede (moon)]] and [[Callisto|LOC|Callisto (moon)]], two of "
        "the moons of [[Jupiter|LOC]].\n",
    ),
    # 3
    (
        "2024-11-05",
        "Drought across the [[Sahel|LOC]] has cut millet harvests in [[Niger|GPE]], "
        "[[Mali|GPE]] and [[Burkina Faso|GPE]], the [[World Food Programme|ORG]] said on "
        "Tuesday. Pastoralists moving south from the [[Sahara|LOC]] have clashed with farmers "
        "along the [[Niger River|LOC]].\n",
    ),
    # 4
    (
        "2025-02-11",
        "[[Mount Etna|LOC]] erupted again on Monday, sending a column of ash over "
        "[[Catania|GPE]], [[Italy|GPE]]'s [[National Institute of Geophysics and "
        "Volcanology|ORG]] said. [[Stromboli|LOC]], off the north coast of [[Sicily|GPE]], last "
        "erupted in July, and [[Vesuvius|LOC|Mount Vesuvius]] has been quiet since 1944.\n",
    ),
    # 5
    (
        "2024-09-02",
        "[[Leeds|ORG|Leeds United F.C.]] beat [[Burnley|ORG|Burnley F.C.]] 2-1 on Sunday, and "
        "[[Leeds|ORG|Leeds United F.C.]] manager "
        "[[Daniel Farke|PERSON]] said his side had deserved the win. [[Sheffield United|ORG|"
        "Sheffield United F.C.]] drew 1-1 at [[Sunderland|ORG|Sunderland A.F.C.]], while "
        "[[Norwich|ORG|Norwich City F.C.]] lost 3-0 to [[Middlesbrough|ORG|Middlesbrough "
        "F.C.]].\n",
    ),
    # 6
    (
        "2024-07-08",
        "[[Hurricane Beryl|EVENT]] moved across the [[Gulf of Mexico|LOC]] on "
        "Sunday after crossing the [[Yucatán Peninsula|LOC]], the [[National Hurricane "
        "Center|ORG]] said. Earlier it had swept through the [[Caribbean|LOC]], killing 11 "
        "people in [[Grenada|GPE]], [[Jamaica|GPE]] and [[Venezuela|GPE]].\n",
    ),
    # 7
    (
        "2025-01-22",
        "[[Norway|GPE]] will open new areas of the [[Barents Sea|LOC]] to oil exploration, the "
        "energy ministry said on Wednesday. [[Equinor|ORG]] already produces gas off the "
        "[[Lofoten|LOC]] islands and in the [[Norwegian Sea|LOC]], and environmental groups said "
        "drilling near the [[Arctic|LOC]] ice edge would harm fisheries.\n",
    ),
    # 8
    (
        "2024-12-16",
        "Snow closed passes in the [[Pyrenees|LOC]] and the [[Alps|LOC]] over the weekend, and "
        "[[France|GPE]]'s weather service [[Météo-France|ORG]] put [[Savoie|GPE]] and "
        "[[Hautes-Pyrénées|GPE]] on orange alert. In the [[Dolomites|LOC]], ski resorts opened "
        "two weeks early.\n",
    ),
    # 9
    (
        "1996-08-26",
        "[[CAIRO|GPE|Cairo]] 1996-08-26\n\n[[Egypt|GPE]] and [[Sudan|GPE]] have agreed to "
        "share new data on the flow of the [[Nile|LOC]], [[Egyptian|NORP]] officials said on "
        "Monday. The [[Blue Nile|LOC]], which runs from [[Lake Tana|LOC]] in [[Ethiopia|GPE]], "
        "carries most of the river's summer flood.\n",
    ),
    # 10
    (
        "2025-06-03",
        "The [[Houthis|ORG]] fired two missiles at a cargo ship in the [[Red "
        "Sea|LOC]] on Tuesday, the [[United Kingdom Maritime Trade Operations|ORG]] agency "
        "said. Traffic through the [[Bab-el-Mandeb|LOC]] strait and the [[Suez Canal|FAC]] "
        "remains about half its 2023 level, and many ships now sail around the [[Cape of Good "
        "Hope|LOC]].\n",
    ),
    # 11
    (
        "2024-10-01",
        "[[Rio Tinto|ORG]] said on Tuesday it had shipped the first iron ore from its mines in "
        "the [[Pilbara|LOC]] through a new berth at [[Port Hedland|GPE|Port Hedland, Western "
        "Australia]]. The company's [[Simandou|LOC]] deposit in [[Guinea|GPE]] is due to start "
        "production next year.\n",
    ),
    # 12
    (
        "2025-04-07",
        "[[Boston|ORG|Boston Celtics]] beat [[Miami|ORG|Miami Heat]] 112-104 on Sunday, and "
        "[[Boston|ORG|Boston Celtics]] coach [[Joe Mazzulla|PERSON]] praised his bench. In "
        "[[Denver|GPE]], [[Nikola Jokić|PERSON]] had 35 points in the [[Denver Nuggets|ORG]]' "
        "win over [[Utah|ORG|Utah Jazz]].\n",
    ),
    # 13
    (
        "2024-06-18",
        "Wildfires burned 3,000 hectares in the foothills of the [[Atacama|LOC|Atacama "
        "Desert]], [[Chile|GPE]]'s forestry agency [[CONAF|ORG|National Forest Corporation "
        "(Chile)]] said. Smoke drifted across the [[Andes|LOC]] to [[Mendoza|GPE|Mendoza, "
        "Argentina]] and [[San Juan|GPE|San Juan, Argentina]].\n",
    ),
    # 14
    (
        "2025-05-20",
        "Astronomers using the [[Very Large Telescope|FAC]] in [[Chile|GPE]] found a young "
        "planet around a star in the constellation [[Taurus|LOC|Taurus (constellation)]], the "
        "[[European Southern Observatory|ORG]] said. Another team found a brown dwarf in the "
        "constellation [[Orion|LOC|Orion (constellation)]].\n",
    ),
    # 15
    (
        "2024-04-12",
        "[[Ukraine|GPE]] said it had struck a [[Russian|NORP]] patrol ship in the [[Black "
        "Sea|LOC]] off [[Crimea|LOC]], and that its drones had reached oil depots on the "
        "[[Volga|LOC]]. [[Russia|GPE]]'s defence ministry said it had shot down 17 drones over "
        "the [[Sea of Azov|LOC]].\n",
    ),
    # 16
    (
        "2024-08-05",
        "Floods along the [[Yangtze|LOC]] forced 240,000 people from their homes in "
        "[[Hunan|GPE]] and [[Jiangxi|GPE]], [[Xinhua|ORG|Xinhua News Agency]] news agency said. Water in "
        "[[Dongting Lake|LOC]] rose above the warning line, and rain was forecast for the "
        "[[Sichuan Basin|LOC]].\n",
    ),
    # 17
    (
        "2025-02-25",
        "Results of group matches at the tournament in [[Doha|GPE]] on Monday: [[Qatar|GPE]] 2 "
        "[[Oman|GPE]] 1, [[Jordan|GPE]] 0 [[Iraq|GPE]] 0, [[Saudi Arabia|GPE]] 3 "
        "[[Bahrain|GPE]] 1. [[Jordan|GPE]] coach [[Jamal Sellami|PERSON]] said his side had "
        "been tired.\n",
    ),
    # 18
    (
        "2024-09-30",
        "[[Amazon|ORG]] said on Monday it would invest $1.2 billion in data centres in "
        "[[Brazil|GPE]], while fires in the [[Amazon|LOC|Amazon rainforest]] reached a 17-year "
        "high, [[Brazil|GPE]]'s space agency [[INPE|ORG|National Institute for Space "
        "Research]] said. Smoke from the [[Pantanal|LOC]] reached [[São Paulo|GPE]].\n",
    ),
    # 19
    (
        "2024-11-18",
        "The [[Mekong River Commission|ORG]] said water levels on the [[Mekong|LOC]] at "
        "[[Vientiane|GPE]] were normal for the season. Dams upstream in [[Yunnan|GPE]] held back "
        "less water this year, and fishermen on the [[Tonlé Sap|LOC]] reported larger "
        "catches.\n",
    ),
    # 20
    (
        "2025-07-15",
        "A heatwave across the [[Balkans|LOC]] pushed temperatures above 40C in [[Serbia|GPE]], "
        "[[Bosnia and Herzegovina|GPE]] and [[Montenegro|GPE]] on Tuesday. Wildfires burned on "
        "islands in the [[Adriatic|LOC|Adriatic Sea]], and the [[Croatian|NORP]] coast guard "
        "evacuated tourists near [[Split|GPE|Split, Croatia]].\n",
    ),
    # 21
    (
        "1996-10-14",
        "[[ROME|GPE|Rome]] 1996-10-14\n\n[[Juventus|ORG|Juventus FC]] beat [[Milan|ORG|AC "
        "Milan]] 2-1 in [[Turin|GPE]] on Sunday. [[Parma|ORG|Parma Calcio 1913]] coach "
        "[[Carlo Ancelotti|PERSON]] said his team had been unlucky to lose 1-0 at "
        "[[Bologna|ORG|Bologna FC 1909]].\n",
    ),
    # 22
    (
        "2024-03-08",
        "Two container ships collided in the [[Strait of Malacca|LOC]] off [[Singapore|GPE]] on "
        "Friday, the [[Maritime and Port Authority of Singapore|ORG]] said. Oil was spotted "
        "near [[Sentosa|LOC]] and along the coast of [[Johor|GPE]] in [[Malaysia|GPE]].\n",
    ),
    # 23
    (
        "2025-08-12",
        "Fires in the [[Scottish Highlands|LOC]] burned moorland near [[Dava|GPE|Dava, "
        "Moray]], the [[Scottish Fire and Rescue Service|ORG]] said. In the [[Pennines|LOC]], "
        "a blaze on [[Marsden Moor|LOC]] was brought under control on Monday.\n",
    ),
    # 24
    (
        "2024-05-22",
        "[[Kenya|GPE]]'s wildlife service said rains had flooded camps in the [[Maasai "
        "Mara|LOC|Maasai Mara National Reserve]] and along the [[Mara River|LOC]]. Across the "
        "border, lodges in the [[Serengeti|LOC]] in [[Tanzania|GPE]] closed for a week.\n",
    ),
    # 25
    (
        "2024-12-03",
        "[[Kansas City|ORG|Kansas City Chiefs]] beat [[Las Vegas|ORG|Las Vegas Raiders]] "
        "19-17, and [[Kansas City|ORG|Kansas City Chiefs]] quarterback [[Patrick "
        "Mahomes|PERSON]] threw for 260 yards. [[Buffalo|ORG|Buffalo Bills]] won 35-10 against "
        "[[San Francisco|ORG|San Francisco 49ers]].\n",
    ),
    # 26
    (
        "2025-01-09",
        "[[Iran|GPE]]'s navy seized a tanker in the [[Gulf of Oman|LOC]] on Thursday, and "
        "[[U.S.|GPE|United States]] officials said two more ships had been harassed in the "
        "[[Strait of Hormuz|LOC]]. About a fifth of the world's oil passes out of the "
        "[[Persian Gulf|LOC]] through the strait.\n",
    ),
    # 27
    (
        "1996-11-04",
        "[[JOHANNESBURG|GPE|Johannesburg]] 1996-11-04\n\nRains in the [[Highveld|LOC]] have "
        "ended a two-year drought, [[South African|NORP]] officials said on Monday. Farmers in "
        "the [[Karoo|LOC]] are still short of water, and levels in the [[Vaal Dam|FAC]] and "
        "along the [[Limpopo|LOC|Limpopo River]] remain low.\n",
    ),
    # 28
    (
        "2025-04-28",
        "Avalanche warnings were raised across the [[Himalayas|LOC]] on Monday after heavy "
        "snow in [[Nepal|GPE]], and trekkers were evacuated from the [[Annapurna|LOC|"
        "Annapurna Massif]] area. [[India|GPE]]'s army said a road to [[Ladakh|GPE]] through "
        "the [[Karakoram|LOC]] was closed.\n",
    ),
    # 29
    (
        "2024-10-21",
        "[[Shell|ORG]] and [[TotalEnergies|ORG]] said on Monday they would drill three wells "
        "in the [[North Sea|LOC]] next year. [[Denmark|GPE]] licensed new carbon storage sites "
        "under the seabed of the [[Skagerrak|LOC]], and [[Poland|GPE]] plans a wind farm in "
        "the [[Baltic|LOC|Baltic Sea]].\n",
    ),
    # 30
    (
        "2025-06-24",
        "[[Popocatépetl|LOC]] last erupted in 2023 and remained quiet on Tuesday, [[Mexico|GPE]]'s "
        "disaster agency said. [[Kīlauea|LOC]] in [[Hawaii|GPE]] sent lava fountains 300 "
        "metres high, the [[United States Geological Survey|ORG]] said, and the "
        "[[Philippine|NORP]] volcano [[Kanlaon|LOC]] spewed ash over [[Negros|LOC|Negros "
        "Island]].\n",
    ),
]

CASES = [(f"own-ent45n-{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 != 0]
CHECK = [(f"own-ent45n-c{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 == 0]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
