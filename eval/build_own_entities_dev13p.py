"""Write eval/own-entities-dev13p.jsonl and eval/own-entities-dev13p-check.jsonl (FORMAT.md,
entities only): a dev set and its check set for the *places* part of issue 13 (GPE and LOC
recall and names on text from outside the U.S. and Western Europe).

Families (held-out aggregates: GPE recall 0.944, LOC 0.810 / norm 0.594; the newest set's GPE
recall 0.766 on a Philippine typhoon, an Icelandic eruption, a heatwave, an African election, an
Asian market rout):
- provinces, prefectures, districts, regions, towns and islands of Asia, Africa, Latin America
  and the Pacific, after "in", "to", "from", "near", in lists of places, with their province
  or country after a comma ("Legazpi, Albay" -> "Legazpi, Albay" and "Albay");
- names written without their diacritics whose title has them ("Grindavik" -> "Grindavík",
  "Sao Paulo" -> "São Paulo", "Cordoba" -> "Córdoba");
- places in capitals in datelines and headlines ("MANILA, Nov 17 (Reuters) -"; a second place
  in a headline in capitals);
- places inside hyphenated modifiers ("Luzon-based", "China-backed", "Seoul-listed");
- natural features as LOC with their titles: seas, straits, gulfs, mountain ranges, volcanoes,
  deserts, island groups, peninsulas, basins, rivers ("the Guaiba river" -> "Guaíba Lake"
  is not guessed: names are the English Wikipedia titles as the annotator knows them);
  regions ("the Sahel", "Central Asia", "the Balkans");
- places in brackets and lists in a table-like summary.
Cases that must stay as they are: people whose names are also places ("Victoria", "Jackson",
"Florence"), a company named after a place, stock indices (not tagged).
Written for briefx by hand (session 11, issue 13 places); real places, institutions, companies
and public figures, invented events, figures and quotations. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. ``entity_marks`` turns the marks into
offsets and checks every span. The CHECK cases go to the check file: scored only once, at the
end of a session.
Run from the project root: ``python eval/build_own_entities_dev13p.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev13p.jsonl"
OUT_CHECK = HERE / "own-entities-dev13p-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 13p, issue 13 places); disaster, eruption, heatwave, "
    "election, market, flood, earthquake, shipping and drought copy from Asia, Africa, Latin "
    "America, the Pacific and Europe; real places, institutions, companies and public figures, "
    "invented events, figures and quotations; MIT."
)

CASES = [
    (
        "own-ent13p-01",
        "2025-11-17",
        "[[MANILA|GPE|Manila]], Nov 17 (Reuters) - Super Typhoon [[Man-yi|EVENT|Typhoon "
        "Man-yi]] slammed into the island province of [[Catanduanes|GPE]] on Saturday night and "
        "crossed [[Luzon|LOC]] on Sunday, forcing 650,000 people from their homes, the "
        "[[National Disaster Risk Reduction and Management Council|ORG]] said.\n"
        "The weather bureau [[PAGASA|ORG]] said gusts of 240 km/h battered [[Virac|GPE]] and the "
        "coastal towns of [[Baras|GPE|Baras, Catanduanes]] and [[Bato|GPE|Bato, Catanduanes]] "
        "before the storm weakened over the [[Sierra Madre|LOC|Sierra Madre (Philippines)]] "
        "mountains. In [[Legazpi|GPE|Legazpi, Albay]], [[Albay|GPE]], families sheltered in "
        "schools near the [[Mayon|LOC]] volcano. Flights to [[Naga|GPE|Naga, Camarines Sur]] "
        "and [[Daet|GPE]] were cancelled and ferries in the [[San Bernardino Strait|LOC]] were "
        "halted.\n"
        "President [[Ferdinand Marcos Jr.|PERSON]] flew to [[Camarines Sur|GPE]] on Monday. "
        '"Our [[Luzon|LOC]]-based teams have been on the ground since Friday," [[Marcos|PERSON|'
        "Ferdinand Marcos Jr.]] said. The [[Japan|GPE]]-funded radar in [[Aurora|GPE|Aurora "
        "(province)]] tracked the storm into the [[South China Sea|LOC]].\n",
    ),
    (
        "own-ent13p-02",
        "2025-04-02",
        "[[REYKJAVIK|GPE|Reykjavík]], April 1 - A volcano on the [[Reykjanes Peninsula|LOC]] "
        "erupted on Tuesday for the eighth time since 2023, sending lava towards the fishing "
        "town of [[Grindavik|GPE|Grindavík]], the [[Icelandic Meteorological Office|ORG]] said. "
        "Police evacuated the [[Blue Lagoon|FAC]] spa and the [[Svartsengi|FAC|Svartsengi Power "
        "Station]] power station. Flights at [[Keflavik International Airport|FAC|"
        "Keflavík International Airport]] were not affected.\n"
        "Prime Minister [[Kristrun Frostadottir|PERSON|Kristrún Frostadóttir]] said the "
        "defences around [[Grindavik|GPE|Grindavík]] had held. Volcanologist [[Thorvaldur "
        "Thordarson|PERSON|Þorvaldur Þórðarson]] of the [[University of Iceland|ORG]] said "
        "magma was still building under the [[Sundhnukur|LOC|Sundhnúkur]] craters. Residents moved to "
        "[[Hafnarfjordur|GPE|Hafnarfjörður]] and [[Keflavik|GPE|Keflavík]]. Ash fell on "
        "[[Vestmannaeyjar|LOC]] and reached the [[Faroe Islands|GPE]].\n",
    ),
    (
        "own-ent13p-03",
        "2025-07-02",
        "HEATWAVE GRIPS SOUTHERN [[EUROPE|LOC|Europe]] AS [[SEVILLE|GPE|Seville]] HITS 46C\n"
        "[[MADRID|GPE|Madrid]], July 1 - Temperatures reached 46C in [[Seville|GPE]] and 45C in "
        "[[Cordoba|GPE|Córdoba, Spain]] on Monday as a heat dome settled over the "
        "[[Iberian Peninsula|LOC]], [[Spain|GPE]]'s weather agency [[AEMET|ORG|State "
        "Meteorological Agency]] said. Wildfires burned in [[Catalonia|GPE]] and on the Greek "
        "island of [[Evia|LOC|Euboea]], and authorities closed the [[Acropolis|FAC]] in "
        "[[Athens|GPE]] for the afternoon.\n"
        "The [[Mediterranean|LOC|Mediterranean Sea]] was up to 5C warmer than normal, the "
        "[[Copernicus Climate Change Service|ORG]] said. Red alerts were issued in "
        "[[Sicily|GPE]], [[Sardinia|GPE]], [[Andalusia|GPE]] and [[Provence|LOC]], and Swiss "
        "authorities warned of rockfalls in the [[Alps|LOC]]. In the [[Balkans|LOC]], "
        "[[Serbia|GPE]] and [[North Macedonia|GPE]] restricted outdoor work. Forecaster "
        "[[Victoria Kettley|PERSON]] said relief would come from the [[Atlantic|LOC|Atlantic "
        "Ocean]] next week.\n",
    ),
    (
        "own-ent13p-04",
        "2025-08-14",
        "[[LILONGWE|GPE|Lilongwe]], Aug 13 - [[Malawi|GPE]]'s [[Electoral Commission|ORG|"
        "Malawi Electoral Commission]] said on Wednesday it had printed ballots for the "
        "September vote, as former president [[Peter Mutharika|PERSON]] drew large crowds in "
        "[[Blantyre|GPE]] and [[Zomba|GPE]]. President [[Lazarus Chakwera|PERSON]] "
        "campaigned in the [[Central Region|GPE|Central Region, Malawi]] and the lakeshore "
        "district of [[Nkhotakota|GPE|Nkhotakota District]].\n"
        "Observers from the [[African Union|ORG]] and the [[Southern African Development "
        "Community|ORG]] arrived in [[Mzuzu|GPE]]. Fuel shortages hit [[Mangochi|GPE]] and "
        "[[Karonga|GPE]], near the border with [[Tanzania|GPE]], and fishermen on [[Lake "
        "Malawi|LOC]] said prices had doubled. [[Chakwera|PERSON|Lazarus Chakwera]]'s "
        "[[Malawi Congress Party|ORG]] won most seats in [[Lilongwe|GPE]] and [[Dedza|GPE]] "
        "in 2020, while [[Mutharika|PERSON|Peter Mutharika]]'s [[Democratic Progressive "
        "Party|ORG|Democratic Progressive Party (Malawi)]] is strongest in the "
        "[[Southern Region|GPE|Southern Region, Malawi]].\n",
    ),
    (
        "own-ent13p-05",
        "2025-04-07",
        "[[TOKYO|GPE|Tokyo]], April 7 - Asian stocks suffered their worst day since 2008 on "
        "Monday. Shares in [[Toyota Motor|ORG|Toyota]] fell 8% in [[Tokyo|GPE]] and "
        "[[SoftBank Group|ORG]] lost 10%, while [[Seoul|GPE]]-listed [[Samsung "
        "Electronics|ORG]] slid 5%. [[Taiwan|GPE]]'s [[TSMC|ORG]] fell 10%, its limit.\n"
        "Markets in [[Hong Kong|GPE]], [[Shanghai|GPE]] and [[Shenzhen|GPE]] fell as traders "
        "sold [[China|GPE]]-backed developers. In [[Jakarta|GPE]], trading was halted after the "
        "index fell 9%, and the [[Philippine Stock Exchange|ORG]] in [[Manila|GPE]] dropped 4%. "
        "[[Vietnam|GPE]] stocks fell in [[Ho Chi Minh City|GPE]] as exporters in [[Binh "
        "Duong|GPE|Bình Dương province]] and [[Bac Ninh|GPE|Bắc Ninh province]] braced for "
        "tariffs. [[Bank of Japan|ORG]] governor [[Kazuo Ueda|PERSON]] said the bank was "
        "watching closely.\n",
    ),
    (
        "own-ent13p-06",
        "2025-05-06",
        "[[PORTO ALEGRE|GPE|Porto Alegre]], [[Brazil|GPE]], May 5 - Floods in the southern "
        "state of [[Rio Grande do Sul|GPE]] have killed 83 people, the civil defence agency "
        "said, as the [[Guaiba|LOC|Guaíba Lake]] rose to a record 5.3 metres in [[Porto "
        "Alegre|GPE]]. Rescuers reached [[Canoas|GPE]], [[Eldorado do Sul|GPE]] and "
        "[[Sao Leopoldo|GPE|São Leopoldo]] by boat, and the [[Taquari|LOC|Taquari River]] river "
        "burst its banks in [[Lajeado|GPE]].\n"
        "President [[Luiz Inacio Lula da Silva|PERSON|Luiz Inácio Lula da Silva]] said the "
        "federal government would send troops from [[Sao Paulo|GPE|São Paulo]] and "
        "[[Parana|GPE|Paraná (state)]]. Neighbouring [[Uruguay|GPE]] and [[Argentina|GPE]] "
        "offered helicopters. [[Petrobras|ORG]] shut its refinery in [[Canoas|GPE]], and the "
        "airport at [[Salgado Filho|FAC|Salgado Filho International Airport]] will stay closed "
        "until June, operator [[Fraport Brasil|ORG]] said.\n",
    ),
    (
        "own-ent13p-07",
        "2024-12-18",
        "[[PORT VILA|GPE|Port Vila]], Dec 18 - A magnitude 7.3 earthquake struck off "
        "[[Efate|LOC]] on Tuesday, killing 14 people in [[Vanuatu|GPE]]'s capital and "
        "damaging the wharf at [[Mele|GPE]], the [[National Disaster Management Office|ORG|"
        "National Disaster Management Office (Vanuatu)]] said. Shaking was felt on "
        "[[Tanna|LOC]] and [[Espiritu Santo|LOC]] and as far as [[New Caledonia|GPE]].\n"
        "[[Australia|GPE]] and [[New Zealand|GPE]] sent aircraft from [[Brisbane|GPE]] and "
        "[[Auckland|GPE]], and [[France|GPE]] sent a ship from [[Noumea|GPE|Nouméa]]. The "
        "[[Pacific Tsunami Warning Center|ORG]] said waves of 30 cm reached the [[Solomon "
        "Islands|GPE]] and [[Fiji|GPE]]. Prime Minister [[Charlot Salwai|PERSON]] said "
        "aftershocks were rattling the [[Shefa Province|GPE]] coast and villages across the "
        "[[Coral Sea|LOC]] in the [[Loyalty Islands|LOC]].\n",
    ),
    (
        "own-ent13p-08",
        "2025-09-23",
        "[[TASHKENT|GPE|Tashkent]], Sept 22 - Drought has cut the flow of the [[Amu "
        "Darya|LOC]] to its lowest in 30 years, officials in [[Uzbekistan|GPE]] said, leaving "
        "cotton farms in [[Karakalpakstan|GPE]] and [[Khorezm|GPE|Khorezm Region]] without "
        "water. The river feeds what is left of the [[Aral Sea|LOC]].\n"
        "Glaciers in the [[Pamir Mountains|LOC]] and the [[Tian Shan|LOC]] are melting fast, "
        "the [[World Bank|ORG]] said in a report on [[Central Asia|LOC]]. In the [[Fergana "
        "Valley|LOC]], farmers in [[Kyrgyzstan|GPE]]'s [[Osh Region|GPE]] and [[Tajikistan|GPE]]"
        "'s [[Sughd Region|GPE]] have clashed over canals. [[Afghanistan|GPE]]'s "
        "[[Taliban|ORG]] government is digging the [[Qosh Tepa Canal|FAC]] in [[Balkh|GPE|Balkh "
        "Province]], which will draw water from the river. [[Kazakhstan|GPE]] said the "
        "[[Syr Darya|LOC]] was also low near [[Kyzylorda|GPE]].\n",
    ),
    (
        "own-ent13p-09",
        "2025-03-11",
        "[[SINGAPORE|GPE|Singapore]], March 11 - Container lines are sending more ships round "
        "the [[Cape of Good Hope|LOC]] as attacks in the [[Red Sea|LOC]] and the [[Gulf of "
        "Aden|LOC]] continue, [[Maersk|ORG]] said. Transits of the [[Bab el-Mandeb|LOC|Bab-el-"
        "Mandeb]] fell 60% in February. Congestion is building in the [[Strait of "
        "Malacca|LOC]] and at ports in [[Port Klang|GPE]] and [[Tanjung Pelepas|GPE]].\n"
        "Port calls in February (change on a year earlier): [[Singapore|GPE]] +6%, "
        "[[Colombo|GPE]] +11%, [[Durban|GPE]] +9%, [[Mombasa|GPE]] -3%, [[Jeddah|GPE]] -38%.\n"
        "Freight rates from [[Shanghai|GPE]] to [[Rotterdam|GPE]] (via the [[Suez Canal|FAC]]) "
        "were flat. Insurers said war-risk premiums for the [[Persian Gulf|LOC]] and the "
        "[[Arabian Sea|LOC]] had doubled. [[Houthi|NORP]] forces in [[Yemen|GPE]]'s "
        "[[Hodeidah|GPE|Al Hudaydah Governorate]] province claimed the attacks. [[Jackson Whitfield|PERSON]], an "
        "analyst at [[Drewry|ORG]], said [[India|GPE]]-bound cargo was worst hit.\n",
    ),
]

CHECK = [
    (
        "own-ent13p-10",
        "2024-09-30",
        "[[KATHMANDU|GPE|Kathmandu]], Sept 29 - Floods and landslides have killed 170 people "
        "in [[Nepal|GPE]], most of them in the [[Kathmandu Valley|LOC]], police said. The "
        "[[Bagmati|LOC|Bagmati River]] river burst its banks in [[Lalitpur|GPE|Lalitpur, "
        "Nepal]], and a landslide buried two buses on the highway to [[Dhading|GPE|Dhading "
        "District]]. Roads to [[Pokhara|GPE]] and the [[Gandaki Province|GPE]] hills were cut. "
        "Prime Minister [[K.P. Sharma Oli|PERSON|KP Sharma Oli]], in [[New York|GPE|New York "
        "City]] for the [[United Nations|ORG]] assembly, ordered the army to help. Rain also "
        "hit [[Bihar|GPE]] in [[India|GPE]] and the [[Himalayas|LOC]] of [[Bhutan|GPE]].\n",
    ),
    (
        "own-ent13p-11",
        "2024-09-27",
        "[[ACAPULCO|GPE|Acapulco]], [[Mexico|GPE]], Sept 26 - Hurricane [[John|EVENT|Hurricane "
        "John]] drenched [[Guerrero|GPE]] and [[Oaxaca|GPE]] for a fourth day, flooding "
        "[[Acapulco|GPE]] and the coffee towns of the [[Sierra Madre del Sur|LOC]]. The "
        "[[Papagayo|LOC|Papagayo River]] river cut the road to [[Chilpancingo|GPE]]. "
        "President [[Andres Manuel Lopez Obrador|PERSON|Andrés Manuel López Obrador]] said "
        "the navy had reached [[Coyuca de Benitez|GPE|Coyuca de Benítez]]. Rain spread to "
        "[[Michoacan|GPE|Michoacán]] as the storm drifted along the [[Pacific|LOC|Pacific "
        "Ocean]] coast.\n",
    ),
    (
        "own-ent13p-12",
        "2025-03-20",
        "[[MAPUTO|GPE|Maputo]], March 19 - Cyclone [[Jude|EVENT|Cyclone Jude]] made landfall "
        "in [[Nampula|GPE|Nampula Province]] province on Monday after crossing the "
        "[[Mozambique Channel|LOC]] from [[Madagascar|GPE]], killing 16 people, "
        "[[Mozambique|GPE]]'s disaster agency said. Homes were destroyed on [[Ilha de "
        "Mocambique|LOC|Island of Mozambique]] and in [[Nacala|GPE]]. In neighbouring "
        "[[Malawi|GPE]], the storm flooded the [[Shire|LOC|Shire River]] valley. [[UNICEF|ORG]] "
        "said schools in [[Zambezia|GPE|Zambezia Province]] and [[Cabo Delgado|GPE|Cabo "
        "Delgado Province]] were closed.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
