"""Write eval/own-entities-dev41g.jsonl and eval/own-entities-dev41g-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for places whose English Wikipedia
title is not the name the text writes (issue 13, session 41, places41).

The families (ANNOTATION.md "Entities": the name is the English Wikipedia title):
- a subdivision the text names by its bare name before a lower-case unit word, or in a list
  the unit word governs ("the Kharkiv and Sumy regions" -> "Kharkiv Oblast", "Sumy Oblast";
  "Gorkha and Dhading districts" -> "Gorkha District"; "the provinces of Malatya and
  Adiyaman" -> "Malatya Province"; "counties Cork and Kerry" -> "County Cork"), titled as
  English Wikipedia titles that country's units of the kind (Russia's and Ukraine's oblasts
  and krais, Nepal's, Sri Lanka's, Pakistan's and Bangladesh's districts, Peru's, Chile's,
  Ethiopia's and Kazakhstan's regions, Turkey's provinces, Indonesia's regencies, Spain's and
  Italy's provinces, India's districts, Iran's provinces);
- a town titled "Town, Region" by its country's convention (U.S., Canadian, Australian,
  Brazilian, Philippine towns: "Lahaina" -> "Lahaina, Hawaii", "Jasper" -> "Jasper, Alberta",
  "Lismore" -> "Lismore, New South Wales", "Baler" -> "Baler, Aurora");
- a city titled "<name> City" ("Davao" -> "Davao City"), a state titled with a qualifier
  ("Victoria" -> "Victoria (state)", "Amazonas" -> "Amazonas (Brazilian state)");
- a facility named by its short name whose title adds the kind ("Wembley" -> "Wembley
  Stadium", "the Zaporizhzhia plant" -> "Zaporizhzhia Nuclear Power Plant");
- rivers, islands and seas whose title adds or lacks the kind word ("the Indus" -> "Indus
  River", "the Spratlys" -> "Spratly Islands", "the Mekong River" -> "Mekong");
- near them, names that must stay: a city of the same name as its unit ("the city of
  Kharkiv"), capitals and big cities, towns English Wikipedia titles bare (Grande Prairie,
  Canoas, Ballarat, Paiporta), units written with their word, units titled bare (Khyber
  Pakhtunkhwa, West Java, Kerala, Rio Grande do Sul).
Written for briefx by hand (session 41): real places, invented events; official releases,
wire copy and 1996 Reuters-style items. Annotated by ``shared/eval/ANNOTATION.md`` inline
while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to the check file: scored only
at the start and at the end of the session. Run from the project root:
``python eval/build_own_entities_dev41g.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev41g.jsonl"
OUT_CHECK = HERE / "own-entities-dev41g-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 41g, issue 13 places' article titles: units named "
    "before a lower-case unit word, towns titled with their region, cities titled with City, "
    "states with a qualifier, facilities, rivers, islands and seas by their short names); "
    "real places, invented events; MIT."
)

TEXTS = [
    # 1
    (
        "2025-03-14",
        "[[KYIV|GPE|Kyiv]], March 14 ([[Reuters|ORG]]) - [[Russian|NORP]] drones struck energy "
        "facilities in the [[Kharkiv|GPE|Kharkiv Oblast]] and [[Sumy|GPE|Sumy Oblast]] regions "
        "overnight, [[Ukraine|GPE]]'s air force said on Friday, cutting power to 40,000 homes. "
        "In the [[Dnipropetrovsk|GPE|Dnipropetrovsk Oblast]] region two people were injured, the "
        "regional governor said. In the city of [[Kharkiv|GPE]] itself, trams were running again "
        "by noon, Mayor [[Ihor Terekhov|PERSON]] said.\n",
    ),
    # 2
    (
        "2024-08-20",
        "[[MOSCOW|GPE|Moscow]], Aug 20 ([[Reuters|ORG]]) - [[Russia|GPE]]'s defence ministry said "
        "its air defences destroyed 27 [[Ukrainian|NORP]] drones over the [[Belgorod|GPE|Belgorod "
        "Oblast]], [[Kursk|GPE|Kursk Oblast]] and [[Bryansk|GPE|Bryansk Oblast]] regions "
        "overnight. A fuel depot caught fire in the [[Krasnodar|GPE|Krasnodar Krai]] region, and "
        "flights in [[Sochi|GPE]] were halted for two hours.\n",
    ),
    # 3
    (
        "2024-07-15",
        "Landslides triggered by monsoon rain killed 14 people in [[Nepal|GPE]]'s [[Gorkha|GPE|"
        "Gorkha District]] and [[Dhading|GPE|Dhading District]] districts, police said in "
        "[[Kathmandu|GPE]] on Monday. A bus carrying 24 passengers was swept into the "
        "[[Trishuli|LOC|Trishuli River]] river, and the [[Prithvi Highway|FAC]] was closed at "
        "three places.\n",
    ),
    # 4
    (
        "2025-02-11",
        "[[ETHIOPIA|GPE|Ethiopia]]: Flash Update No. 3\nClashes between the [[Ethiopian National "
        "Defense Force|ORG]] and [[Fano|ORG|Fano (militia)]] militias continued in the "
        "[[Amhara|GPE|Amhara Region]] region, displacing about 12,000 people near "
        "[[Gondar|GPE]]. In [[Tigray|GPE|Tigray Region]], partners resumed food distributions in "
        "[[Mekelle|GPE]] after a two-week pause.\n",
    ),
    # 5
    (
        "2025-02-03",
        "[[LIMA|GPE|Lima]], Feb 3 ([[Reuters|ORG]]) - Heavy rain triggered landslides that "
        "blocked roads in [[Peru|GPE]]'s [[Cusco|GPE|Cusco Region]] and [[Puno|GPE|Puno Region]] "
        "regions, stranding 1,200 tourists, the government said on Monday. Train services "
        "between the city of [[Cusco|GPE]] and the [[Sacred Valley|LOC]] were suspended.\n",
    ),
    # 6
    (
        "2025-06-28",
        "[[PESHAWAR|GPE|Peshawar]], June 28 - Flash floods swept away 11 tourists on the banks "
        "of the [[Swat|LOC|Swat River]] river in [[Swat|GPE|Swat District]] district of "
        "[[Khyber Pakhtunkhwa|GPE]] province, the provincial disaster authority said on "
        "Saturday. Chief Minister [[Ali Amin Gandapur|PERSON]] ordered an inquiry.\n",
    ),
    # 7
    (
        "2024-05-20",
        "[[COLOMBO|GPE|Colombo]], May 20 - Floods and landslides killed nine people in [[Sri "
        "Lanka|GPE]]'s [[Ratnapura|GPE|Ratnapura District]] and [[Kegalle|GPE|Kegalle "
        "District]] districts, the disaster management centre said on Monday, and schools in "
        "the [[Sabaragamuwa|GPE|Sabaragamuwa Province]] province were closed. The [[Kelani|LOC|"
        "Kelani River]] river burst its banks north of [[Colombo|GPE]].\n",
    ),
    # 8
    (
        "2024-10-16",
        "[[Turkey|GPE]]'s disaster agency [[AFAD|ORG|Disaster and Emergency Management "
        "Presidency]] said on Wednesday that a magnitude 5.9 earthquake damaged 40 buildings in "
        "the provinces of [[Malatya|GPE|Malatya Province]] and [[Adiyaman|GPE|Adıyaman "
        "Province]]. No deaths were reported, Interior Minister [[Ali Yerlikaya|PERSON]] told "
        "reporters in [[Ankara|GPE]].\n",
    ),
    # 9
    (
        "2024-12-05",
        "[[JAKARTA|GPE|Jakarta]], Dec 5 - A landslide buried 12 homes in [[Cianjur|GPE|Cianjur "
        "Regency]] regency, [[West Java|GPE]] province, [[Indonesia|GPE]]'s disaster agency said "
        "on Thursday, and rescuers from [[Bandung|GPE]] were searching for six missing "
        "villagers.\n",
    ),
    # 10
    (
        "2024-02-04",
        "[[SANTIAGO|GPE|Santiago]], Feb 4 ([[Reuters|ORG]]) - Wildfires in [[Chile|GPE]]'s "
        "[[Valparaiso|GPE|Valparaíso Region]] region have killed 122 people, President [[Gabriel "
        "Boric|PERSON]] said on Sunday, as rescuers searched burned hillside neighbourhoods of "
        "the coastal city of [[Viña del Mar|GPE]].\n",
    ),
    # 11
    (
        "2024-06-21",
        "Floods in [[Bangladesh|GPE]]'s [[Sylhet|GPE|Sylhet Division]] division left two million "
        "people stranded, and the [[Surma|LOC|Surma River]] river rose above the danger level in "
        "[[Sunamganj|GPE|Sunamganj District]] district, officials in [[Dhaka|GPE]] said on "
        "Friday.\n",
    ),
    # 12
    (
        "2025-01-23",
        "[[Met Éireann|ORG]] issued a status red wind warning for counties [[Cork|GPE|County "
        "Cork]] and [[Kerry|GPE|County Kerry]] ahead of [[Storm Éowyn|EVENT]], and [[ESB "
        "Networks|ORG]] said crews had been moved to [[Galway|GPE]] and [[Limerick|GPE]] before "
        "the winds arrived on Friday.\n",
    ),
    # 13
    (
        "2024-10-31",
        "Flash floods in the province of [[Valencia|GPE|Province of Valencia]] killed at least "
        "95 people, [[Spain|GPE]]'s government said on Thursday, most of them in towns south of "
        "the city of [[Valencia|GPE]] such as [[Paiporta|GPE]] and [[Catarroja|GPE]]. Prime "
        "Minister [[Pedro Sánchez|PERSON]] declared three days of mourning.\n",
    ),
    # 14
    (
        "2025-07-08",
        "Hailstorms damaged vineyards in the province of [[Bergamo|GPE|Province of Bergamo]] "
        "and around [[Brescia|GPE]], the farmers' association [[Coldiretti|ORG]] said on "
        "Tuesday, putting losses in [[Lombardy|GPE]] at 30 million euros.\n",
    ),
    # 15
    (
        "2024-07-31",
        "Landslides in [[Kerala|GPE]]'s [[Wayanad|GPE|Wayanad district]] district killed at "
        "least 150 people, and the [[Indian Army|ORG]] built a temporary bridge across a "
        "swollen stream, Chief Minister [[Pinarayi Vijayan|PERSON]] said in "
        "[[Thiruvananthapuram|GPE]] on Wednesday.\n",
    ),
    # 16
    (
        "2025-08-03",
        "A heatwave shut government offices in [[Iran|GPE]]'s [[Khuzestan|GPE|Khuzestan "
        "province]] province on Sunday, where the temperature in [[Ahvaz|GPE]] reached 51C, "
        "state media reported.\n",
    ),
    # 17
    (
        "2024-04-10",
        "[[ASTANA|GPE|Astana]], April 10 - Floods forced 96,000 people from their homes in "
        "[[Kazakhstan|GPE]]'s [[Kostanay|GPE|Kostanay Region]], [[Akmola|GPE|Akmola Region]] and "
        "[[Atyrau|GPE|Atyrau Region]] regions, the emergencies ministry said, as the [[Ural|LOC|"
        "Ural (river)]] river rose near the city of [[Atyrau|GPE]]. President [[Kassym-Jomart "
        "Tokayev|PERSON]] called the floods the worst in 80 years.\n",
    ),
    # 18
    (
        "2023-08-17",
        "[[Hawaii|GPE]] Governor [[Josh Green|PERSON]] said on Thursday that 2,200 buildings "
        "had been destroyed in [[Lahaina|GPE|Lahaina, Hawaii]], and the [[Federal Emergency "
        "Management Agency|ORG]] opened a recovery centre in [[Kahului|GPE|Kahului, Hawaii]] on "
        "[[Maui|LOC]].\n",
    ),
    # 19
    (
        "2024-10-03",
        "[[Helene|EVENT|Hurricane Helene]]'s floodwaters cut water supplies in "
        "[[Asheville|GPE|Asheville, North Carolina]] for weeks, and in [[Chimney Rock|GPE|"
        "Chimney Rock, North Carolina]] the main street was washed away, [[North Carolina|GPE]] "
        "Governor [[Roy Cooper|PERSON]] said. In [[Tennessee|GPE]], the [[Nolichucky|LOC|"
        "Nolichucky River]] river flooded [[Erwin|GPE|Erwin, Tennessee]].\n",
    ),
    # 20
    (
        "2024-07-26",
        "Wildfire destroyed about a third of the buildings in [[Jasper|GPE|Jasper, Alberta]], "
        "[[Parks Canada|ORG]] said on Friday, after 25,000 residents and visitors were "
        "evacuated to [[Hinton|GPE|Hinton, Alberta]] and [[Grande Prairie|GPE]]. [[Alberta|GPE]] "
        "Premier [[Danielle Smith|PERSON]] promised to rebuild the town.\n",
    ),
    # 21
    (
        "2025-03-06",
        "The [[Wilsons River|LOC]] peaked at 9.7 metres in [[Lismore|GPE|Lismore, New South "
        "Wales]] on Thursday, the [[Bureau of Meteorology|ORG]] said, and residents of low-lying "
        "parts of [[Ballina|GPE|Ballina, New South Wales]] were told to leave by the [[New South "
        "Wales State Emergency Service|ORG]].\n",
    ),
    # 22
    (
        "2024-05-08",
        "[[PORTO ALEGRE|GPE|Porto Alegre]], May 8 ([[Reuters|ORG]]) - Floods in southern "
        "[[Brazil|GPE]]'s [[Rio Grande do Sul|GPE]] state have killed 100 people, the state "
        "government said. In [[Canoas|GPE]], thousands waited on rooftops, and in "
        "[[Santa Maria|GPE|Santa Maria, Rio Grande do Sul]] a bridge over the [[Jacuí|LOC|Jacuí "
        "River]] river collapsed, Governor [[Eduardo Leite|PERSON]] said.\n",
    ),
    # 23
    (
        "2024-11-17",
        "A typhoon made landfall near [[Baler|GPE|Baler, Aurora]] in "
        "[[Aurora|GPE|Aurora (province)]] province on Sunday afternoon, the [[Philippine "
        "Atmospheric, Geophysical and Astronomical Services Administration|ORG]] said, a day "
        "after it battered [[Catanduanes|GPE]]. In [[Virac|GPE|Virac, Catanduanes]], power was "
        "cut to every home.\n",
    ),
    # 24
    (
        "2025-10-02",
        "[[MANILA|GPE|Manila]], Oct 2 - [[Philippine|NORP]] police said on Thursday they had "
        "arrested 14 people in raids in [[Davao|GPE|Davao City]] and [[Zamboanga|GPE|Zamboanga "
        "City]] on [[Mindanao|LOC]], and a third suspect was held in [[Iloilo|GPE|Iloilo "
        "City]].\n",
    ),
    # 25
    (
        "2025-01-14",
        "Fire crews battled 30 blazes across [[Victoria|GPE|Victoria (state)]] on Tuesday, the "
        "[[Country Fire Authority|ORG]] said, and residents near [[Ballarat|GPE]] were told it "
        "was too late to leave. Premier [[Jacinta Allan|PERSON]] said firefighters from "
        "[[Melbourne|GPE]] had been sent west.\n",
    ),
    # 26
    (
        "2024-08-07",
        "[[Georgia|GPE|Georgia (U.S. state)]] Governor [[Brian Kemp|PERSON]] declared a state of "
        "emergency as a tropical storm dumped 15 inches of rain on"
        " [[Savannah|GPE|Savannah, Georgia]], and officials in [[Atlanta|GPE]] opened "
        "shelters.\n",
    ),
    # 27
    (
        "2023-10-16",
        "Drought left the [[Negro|LOC|Rio Negro (Amazon)]] river at its lowest level in 121 "
        "years at [[Manaus|GPE]], the capital of [[Amazonas|GPE|Amazonas (Brazilian state)]] "
        "state, [[Brazil|GPE]]'s geological service said on Monday, and dolphins died in a lake "
        "near [[Tefé|GPE]].\n",
    ),
    # 28
    (
        "2024-09-12",
        "[[Mexico|GPE]]'s army sent 500 troops to [[Chihuahua|GPE|Chihuahua (state)]] state "
        "after clashes between cartels near [[Ciudad Juárez|GPE]], and 300 more to [[Sinaloa|"
        "GPE]], where schools in [[Culiacán|GPE]] stayed shut.\n",
    ),
    # 29
    (
        "1996-10-09",
        "SOCCER - [[ENGLAND|ORG|England national football team]] BEAT [[POLAND|ORG|Poland "
        "national football team]] AT [[WEMBLEY|FAC|Wembley Stadium]].\n[[LONDON|GPE|London]] "
        "1996-10-09\n[[England|ORG|England national football team]] beat [[Poland|ORG|Poland "
        "national football team]] 2-1 in a qualifier at [[Wembley|FAC|Wembley Stadium]] on "
        "Wednesday. [[Alan Shearer|PERSON]] scored twice after [[Marek Citko|PERSON]] had put "
        "the visitors ahead.\n",
    ),
    # 30
    (
        "2025-02-22",
        "[[England|ORG|England national rugby union team]] beat [[Scotland|ORG|Scotland national "
        "rugby union team]] 16-15 at [[Twickenham|FAC|Twickenham Stadium]] on Saturday, while "
        "[[Wales|ORG|Wales national rugby union team]] lost to [[Ireland|ORG|Ireland national "
        "rugby union team]] at the [[Principality Stadium|FAC|Millennium Stadium]]. [[Scotland|"
        "ORG|Scotland national rugby union team]] host [[Wales|ORG|Wales national rugby union "
        "team]] at [[Murrayfield|FAC|Murrayfield Stadium]] next.\n",
    ),
    # 31
    (
        "2024-09-05",
        "[[VIENNA|GPE|Vienna]], Sept 5 - The [[International Atomic Energy Agency|ORG]] said on "
        "Thursday the [[Zaporizhzhia|FAC|Zaporizhzhia Nuclear Power Plant]] plant had lost its "
        "last external power line for the ninth time, and Director General [[Rafael "
        "Grossi|PERSON]] planned to visit [[Enerhodar|GPE]], the town where most of the plant's "
        "staff live.\n",
    ),
    # 32
    (
        "1996-08-23",
        "[[UKRAINE|GPE|Ukraine]] TO SHUT [[CHERNOBYL|FAC|Chernobyl Nuclear Power Plant]] BY "
        "2000.\n[[KIEV|GPE|Kyiv]] 1996-08-23\n[[Ukraine|GPE]] will close the last working "
        "reactor at the [[Chernobyl|FAC|Chernobyl Nuclear Power Plant]] plant by the end of 2000 "
        "if the [[Group of Seven|ORG|G7]] pays for new power stations, President [[Leonid "
        "Kuchma|PERSON]] said on Friday.\n",
    ),
    # 33
    (
        "2025-09-10",
        "[[Freeport-McMoRan|ORG]] halted operations at its [[Grasberg|FAC|Grasberg mine]] mine "
        "in [[Indonesia|GPE]]'s [[Central Papua|GPE]] province after a mudslide trapped seven "
        "workers, the company said, and copper prices rose 3% in [[London|GPE]].\n",
    ),
    # 34
    (
        "2023-08-24",
        "[[Tokyo Electric Power|ORG|Tokyo Electric Power Company]] began releasing treated "
        "water from the [[Fukushima Daiichi|FAC|Fukushima Daiichi Nuclear Power Plant]] plant "
        "into the [[Pacific|LOC|Pacific Ocean]] on Thursday, and [[China|GPE]] banned all "
        "seafood imports from [[Japan|GPE]].\n",
    ),
    # 35
    (
        "2025-07-14",
        "The [[Indus|LOC|Indus River]] swelled at [[Sukkur|GPE]] on Monday and the [[Chenab|LOC|"
        "Chenab River]] flooded 40 villages in [[Punjab|GPE|Punjab, Pakistan]], [[Pakistan|"
        "GPE]]'s [[National Disaster Management Authority|ORG|National Disaster Management "
        "Authority (Pakistan)]] said.\n",
    ),
    # 36
    (
        "2025-06-18",
        "[[China|GPE]]'s coast guard fired water cannon at two [[Philippine|NORP]] vessels near "
        "the [[Spratlys|LOC|Spratly Islands]] on Wednesday, [[Manila|GPE]] said, a week after a "
        "similar clash near the [[Paracels|LOC|Paracel Islands]] involved [[Vietnam|GPE]]. "
        "[[Beijing|GPE]] claims almost all of the [[South China Sea|LOC]].\n",
    ),
    # 37
    (
        "2025-04-02",
        "Water levels on the [[Mekong River|LOC|Mekong]] fell to a record low for April, the "
        "[[Mekong River Commission|ORG]] said, stranding cargo boats between [[Laos|GPE]] and "
        "[[Thailand|GPE]] and cutting fish catches in [[Cambodia|GPE]]'s [[Tonle Sap|LOC|Tonlé Sap]] "
        "lake.\n",
    ),
    # 38
    (
        "1996-08-22",
        "[[MOSCOW|GPE|Moscow]] 1996-08-22\nA gas pipeline exploded in the [[Tyumen|GPE|Tyumen "
        "Oblast]] region of western [[Siberia|LOC]] on Thursday, [[Itar-Tass|ORG|TASS]] news "
        "agency said, and [[Gazprom|ORG]] cut supplies to the [[Sverdlovsk|GPE|Sverdlovsk "
        "Oblast]] region for a day.\n",
    ),
    # 39
    (
        "2024-09-29",
        "A boat carrying 150 migrants reached [[El Hierro|LOC]] in the [[Canaries|LOC|Canary "
        "Islands]] on Sunday, [[Spain|GPE]]'s maritime rescue service said, the fifth this week "
        "to sail from [[Mauritania|GPE]].\n",
    ),
]

# written after the first runs on the cases above (session 41), annotated before briefx ran on
# them: the dev part had no city titled "X City", no circuit, no krai or republic named with
# its word and no island group; all dev, none check (the check part stays as first scored)
MORE = [
    # 40
    (
        "2025-05-02",
        "[[OAXACA|GPE|Oaxaca City]], [[Mexico|GPE]], May 2 ([[Reuters|ORG]]) - Teachers blocked "
        "roads in the city of [[Oaxaca|GPE|Oaxaca City]] on Friday and marched to the state "
        "legislature, while farmers in [[Chiapas|GPE]] joined the protest, [[Mexico|GPE]]'s "
        "interior ministry said.\n",
    ),
    # 41
    (
        "2024-10-24",
        "A tropical storm flooded parts of [[Iloilo|GPE|Iloilo City]] city and towns in "
        "[[Antique|GPE|Antique (province)]] province, the [[Philippine Coast Guard|ORG]] said on "
        "Thursday.\n",
    ),
    # 42
    (
        "1996-09-08",
        "MOTOR RACING - [[SCHUMACHER|PERSON|Michael Schumacher]] WINS [[ITALIAN GRAND PRIX|EVENT|"
        "1996 Italian Grand Prix]].\n[[MONZA|GPE|Monza]], [[Italy|GPE]] 1996-09-08\n[[Germany|"
        "GPE]]'s [[Michael Schumacher|PERSON]] won the [[Italian Grand Prix|EVENT|1996 Italian "
        "Grand Prix]] for [[Ferrari|ORG|Scuderia Ferrari]] at [[Monza|FAC|Monza Circuit]] on "
        "Sunday, ahead of [[Jean Alesi|PERSON]] of [[France|GPE]].\n",
    ),
    # 43
    (
        "2025-06-10",
        "[[Ukraine|GPE]] said [[Russian|NORP]] forces shelled [[Kherson|GPE]] and 14 villages in "
        "the [[Kherson|GPE|Kherson Oblast]] region overnight, while the [[Dagestan|GPE]] republic "
        "reported a drone strike on an oil depot.\n",
    ),
    # 44
    (
        "2024-09-16",
        "The [[Danube River|LOC|Danube]] burst its banks in [[Lower Austria|GPE]] province on "
        "Sunday, and [[Vienna|GPE]] closed its flood gates, [[Austria|GPE]]'s chancellor said.\n",
    ),
    # 45
    (
        "2025-07-20",
        "[[Japan|GPE]] protested after [[Russian|NORP]] warships sailed near the [[Kurils|LOC|Kuril "
        "Islands]] and [[Chinese|NORP]] coast guard vessels entered waters around the "
        "[[Senkakus|LOC|Senkaku Islands]].\n",
    ),
    # 46
    (
        "2024-12-03",
        "Flights between [[Hanoi|GPE]] and [[Ho Chi Minh|GPE|Ho Chi Minh City]] were delayed by "
        "the storm, [[Vietnam|GPE]]'s aviation authority said.\n",
    ),
    # 47
    (
        "2025-02-14",
        "[[Khartoum|GPE|Khartoum (state)]] state's governor said water was restored to parts of "
        "[[Omdurman|GPE]] as [[Sudan|GPE]]'s army advanced.\n",
    ),
]

CASES = [(f"own-ent41g-{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 != 0] + [
    (f"own-ent41g-{n:02d}", d, t) for n, (d, t) in enumerate(MORE, len(TEXTS) + 1)
]
CHECK = [(f"own-ent41g-c{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 == 0]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
