"""Write eval/own-entities-dev43b.jsonl and eval/own-entities-dev43b-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for places whose English Wikipedia
title is longer than the name the text writes (issue 13, session 43, places43).

The families (ANNOTATION.md "Entities": the name is the English Wikipedia title):
- first-level subdivisions named bare whose titles carry the unit word by a country-wide
  convention: Nigeria's "X State", Myanmar's "X State" and "X Region", South Sudan's "X
  State", Kenya's and Liberia's "X County", Ethiopia's and Ghana's "X Region", Uganda's "X
  District";
- the city of a name its state or country shares, titled "X City" ("Mexico" -> "Mexico City",
  "Quezon" -> "Quezon City", "New York" -> "New York City");
- namesake cities titled "City, Country" or "City, Region" in a story about their country
  ("Tripoli" in Lebanon -> "Tripoli, Lebanon", "Hamilton" in New Zealand);
- countries by their short forms ("Bosnia" -> "Bosnia and Herzegovina", "Trinidad",
  "UAE" -> "United Arab Emirates", "Congo" by its capital);
- near them, names that must stay: the city of a unit's name ("the city of Katsina", "Kano"
  the city), countries named as countries ("Mexico", "Panama"), the larger namesake
  ("Tripoli" in Libya, "Valencia" in Spain), the state "New York" where the governor is named.
Written for briefx by hand (session 43): real places and office holders, invented events;
official releases, wire copy and 1996 Reuters-style items. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to the
check file: scored only at the start and at the end of the session. Run from the project
root: ``python eval/build_own_entities_dev43b.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev43b.jsonl"
OUT_CHECK = HERE / "own-entities-dev43b-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 43b, issue 13 places whose English Wikipedia title "
    "is longer than the written form: subdivisions by their country's unit word, namesake "
    "cities, cities titled City, countries by their short forms); real places, invented "
    "events; MIT."
)

TEXTS = [
    # 1
    (
        "2025-02-11",
        "[[ABUJA|GPE|Abuja]], Feb 11 ([[Reuters|ORG]]) - Gunmen killed 14 villagers in "
        "[[Zamfara|GPE|Zamfara State]] overnight, police said on Tuesday, days after the "
        "governor of [[Katsina|GPE|Katsina State]] announced a peace deal with armed groups. "
        "[[Nigeria|GPE]]'s air force said it had struck camps near the border between the two "
        "states.\n",
    ),
    # 2
    (
        "2024-09-10",
        "Floods have displaced more than 400,000 people in [[Borno|GPE|Borno State]] after the "
        "[[Alau Dam|FAC]] collapsed, [[Nigeria|GPE]]'s emergency agency said."
        " Aid convoys from [[Kano|GPE]] reached [[Maiduguri|GPE]] on Monday, "
        "and rain was forecast for [[Yobe|GPE|Yobe State]] and [[Adamawa|GPE|Adamawa State]].\n",
    ),
    # 3
    (
        "2025-06-16",
        "Herders attacked two villages in [[Benue|GPE|Benue State]], killing about 100 people, "
        "[[Amnesty International|ORG]] said. President [[Bola Tinubu|PERSON]] ordered troops to "
        "[[Plateau|GPE|Plateau State]] and [[Benue|GPE|Benue State]] and said he would visit "
        "[[Makurdi|GPE]].\n",
    ),
    # 4
    (
        "2024-05-03",
        "[[NAIROBI|GPE|Nairobi]], May 3 ([[Reuters|ORG]]) - Flooding in [[Kenya|GPE]] has "
        "killed 210 people, the interior ministry said on Friday. In [[Turkana|GPE|Turkana "
        "County]] and [[Marsabit|GPE|Marsabit County]], herders lost thousands of goats, and the "
        "[[Kenya Red Cross Society|ORG]] said roads to [[Mandera|GPE|Mandera County]] were cut.\n",
    ),
    # 5
    (
        "2025-01-20",
        "[[Ethiopia|GPE]]'s federal government and the [[Tigray People's Liberation "
        "Front|ORG]] traded accusations on Monday over delays in disarming fighters in "
        "[[Tigray|GPE|Tigray Region]]. Clashes with [[Fano|ORG|Fano (militia)]] militiamen "
        "continued in [[Amhara|GPE|Amhara Region]], the [[United Nations|ORG]] said from "
        "[[Addis Ababa|GPE]].\n",
    ),
    # 6
    (
        "2024-11-07",
        "[[ACCRA|GPE|Accra]], Nov 7 ([[Reuters|ORG]]) - Illegal gold mining has polluted "
        "rivers across [[Ashanti|GPE|Ashanti Region]] and [[Ahafo|GPE|Ahafo Region]], "
        "[[Ghana|GPE]]'s water company said on Thursday, forcing it to shut a "
        "treatment plant near [[Kumasi|GPE]].\n",
    ),
    # 7
    (
        "2025-04-02",
        "Election officials in [[Liberia|GPE]] said turnout in [[Nimba|GPE|Nimba County]] was "
        "the highest in the country, while in [[Lofa|GPE|Lofa County]] heavy rain kept voters "
        "away. [[Joseph Boakai|PERSON]] thanked voters at a rally in [[Monrovia|GPE]].\n",
    ),
    # 8
    (
        "2024-10-15",
        "[[Myanmar|GPE]]'s military carried out air strikes in [[Rakhine|GPE|Rakhine State]] "
        "and [[Kachin|GPE|Kachin State]] last week, killing at least 30 civilians, a rights "
        "group said. The [[Arakan Army|ORG]] said it now controlled most of [[Rakhine|GPE|"
        "Rakhine State]] outside [[Sittwe|GPE]].\n",
    ),
    # 9
    (
        "2025-03-21",
        "Floods along the [[Nile|LOC]] have displaced 380,000 people in [[South Sudan|GPE]], "
        "most of them in [[Jonglei|GPE|Jonglei State]] and [[Unity|GPE|Unity State]], the "
        "[[World Food Programme|ORG]] said in [[Juba|GPE]].\n",
    ),
    # 10
    (
        "2024-12-02",
        "Landslides buried 40 homes in [[Bulambuli|GPE|Bulambuli District]] in eastern "
        "[[Uganda|GPE]], the [[Uganda Red Cross Society|ORG]] said on Monday. Rescue teams from "
        "[[Mbale|GPE]] were searching for 15 missing people.\n",
    ),
    # 11
    (
        "2025-07-08",
        "[[MEXICO CITY|GPE|Mexico City]], July 8 ([[Reuters|ORG]]) - Heavy rain flooded parts "
        "of the capital on Tuesday. Mayor [[Clara Brugada|"
        "PERSON]] said 2,000 homes in [[Iztapalapa|GPE]] were damaged, and [[Mexico|GPE]]'s "
        "weather service warned of more storms.\n",
    ),
    # 12
    (
        "2024-08-29",
        "[[Kuwait|GPE]] said on Thursday it would spend $2 billion on new power plants after "
        "blackouts in [[Kuwait City|GPE]] and its suburbs. Temperatures in the capital reached "
        "51 degrees Celsius, the electricity ministry said.\n",
    ),
    # 13
    (
        "2025-05-19",
        "[[MANILA|GPE|Manila]], May 19 ([[Reuters|ORG]]) - A fire gutted a shopping mall in "
        "[[Quezon|GPE|Quezon City]] on Monday, killing six people, city officials said. Mayor "
        "[[Joy Belmonte|PERSON]] said the building lacked permits, and the [[Bureau of Fire "
        "Protection|ORG]] opened an inquiry.\n",
    ),
    # 14
    (
        "2025-03-04",
        "Police in [[New York|GPE|New York City]] arrested 12 people after a protest blocked "
        "the [[Brooklyn Bridge|FAC]] on Tuesday. Mayor [[Eric Adams|PERSON]] said the "
        "[[Manhattan|GPE]] crossing reopened two hours later.\n",
    ),
    # 15
    (
        "2024-07-18",
        "[[New York|GPE|New York (state)]] Governor [[Kathy Hochul|PERSON]] declared a state of "
        "emergency in 14 counties after storms, and said troops would help clear roads near [[Buffalo|GPE|Buffalo, New York]] and [[Rochester|GPE|Rochester, "
        "New York]].\n",
    ),
    # 16
    (
        "2025-08-12",
        "[[BEIRUT|GPE|Beirut]], Aug 12 ([[Reuters|ORG]]) - Clashes between armed groups in the "
        "northern city of [[Tripoli|GPE|Tripoli, Lebanon]] killed three people on Tuesday, the "
        "[[Lebanese Army|ORG|Lebanese Armed Forces]] said. Shops in [[Tripoli|GPE|Tripoli, "
        "Lebanon]]'s old souks stayed shut.\n",
    ),
    # 17
    (
        "2025-01-28",
        "[[TRIPOLI|GPE|Tripoli]], Jan 28 ([[Reuters|ORG]]) - [[Libya|GPE]]'s oil output rose "
        "to 1.4 million barrels a day, the [[National Oil Corporation|ORG]] said on Tuesday, as "
        "ports in the east reopened after talks between [[Tripoli|GPE]] and [[Benghazi|GPE]].\n",
    ),
    # 18
    (
        "2024-09-25",
        "Heavy rain flooded low-lying parts of [[Hyderabad|GPE|Hyderabad, Sindh]] and "
        "[[Karachi|GPE]], officials in [[Pakistan|GPE]]'s [[Sindh|GPE]] province said. The "
        "[[Indus|LOC|Indus River]] was rising near [[Sukkur|GPE]].\n",
    ),
    # 19
    (
        "2025-06-03",
        "[[Venezuela|GPE]]'s electricity company said power was restored in [[Valencia|GPE|"
        "Valencia, Venezuela]] and [[Maracay|GPE]] after a 14-hour blackout that also hit "
        "[[Caracas|GPE]].\n",
    ),
    # 20
    (
        "2024-11-05",
        "Flash floods killed at least 95 people in [[Spain|GPE]]'s [[Valencia|GPE|Province "
        "of Valencia]] province, where the city of [[Valencia|GPE]] itself was largely spared, "
        "the regional government said.\n",
    ),
    # 21
    (
        "2025-02-25",
        "[[WELLINGTON|GPE|Wellington]], Feb 25 ([[Reuters|ORG]]) - A magnitude 5.8 earthquake "
        "shook [[Hamilton|GPE|Hamilton, New Zealand]] and [[Tauranga|GPE]] early on Tuesday, "
        "[[New Zealand|GPE]]'s geological agency said. No damage was reported in "
        "[[Auckland|GPE]].\n",
    ),
    # 22
    (
        "2024-06-14",
        "Flights to [[Kingston|GPE|Kingston, Jamaica]] were cancelled as a tropical storm "
        "approached [[Jamaica|GPE]], and Prime Minister [[Andrew Holness|PERSON]] urged "
        "residents of [[Montego Bay|GPE]] to stay indoors.\n",
    ),
    # 23
    (
        "2025-09-09",
        "[[Guyana|GPE]]'s President [[Irfaan Ali|PERSON]] was sworn in for a second term in "
        "[[Georgetown|GPE|Georgetown, Guyana]] on Tuesday, promising to spend oil revenue on "
        "roads and hospitals.\n",
    ),
    # 24
    (
        "2024-10-22",
        "[[Bosnia|GPE|Bosnia and Herzegovina]]'s state court on Tuesday sentenced a former "
        "police officer to eight years in prison, and prosecutors in [[Sarajevo|GPE]] said they "
        "would appeal. The [[European Union|ORG]] urged leaders in [[Banja Luka|GPE]] to "
        "respect the ruling.\n",
    ),
    # 25
    (
        "2025-04-29",
        "[[Trinidad|GPE|Trinidad and Tobago]] declared a state of emergency over gang violence, "
        "Prime Minister [[Kamla Persad-Bissessar|PERSON]] said in [[Port of Spain|GPE]]. "
        "[[Venezuela|GPE]] lies just 11 km off its coast.\n",
    ),
    # 26
    (
        "2025-01-14",
        "The [[UAE|GPE|United Arab Emirates]] and [[India|GPE]] signed a deal on Tuesday to "
        "build a food park in [[Gujarat|GPE]], officials in [[Abu Dhabi|GPE]] said.\n",
    ),
    # 27
    (
        "2025-02-19",
        "[[KINSHASA|GPE|Kinshasa]], Feb 19 ([[Reuters|ORG]]) - Rebels "
        "took [[Bukavu|GPE]] after capturing [[Goma|GPE]], and [[Congo|GPE|Democratic Republic "
        "of the Congo]]'s government said it would not negotiate with them. [[Rwanda|GPE]] "
        "denied backing the rebels.\n",
    ),
    # 28
    (
        "1996-08-22",
        "[[LAGOS|GPE|Lagos]] 1996-08-22\n\nGunmen killed six policemen in [[Kaduna|GPE]], the "
        "[[Nigerian|NORP]] police said on Thursday. Troops were sent to the city from "
        "[[Zaria|GPE]].\n",
    ),
    # 29
    (
        "1996-10-03",
        "[[PANAMA CITY|GPE|Panama City]] 1996-10-03\n\n[[Panama|GPE]]'s canal authority said "
        "on Thursday that ship traffic rose 4 percent in September. Dock workers in "
        "[[Colon|GPE|Colón, Panama]] ended a strike.\n",
    ),
    # 30
    (
        "1996-05-14",
        "[[ADDIS ABABA|GPE|Addis Ababa]] 1996-05-14\n\n[[Ethiopian|NORP]] troops clashed with "
        "rebels in [[Afar|GPE|Afar Region]] near the border with [[Djibouti|GPE]], a government "
        "spokesman said on Tuesday.\n",
    ),
    # 31
    (
        "2025-08-05",
        "Heavy rain caused landslides in [[Davao|GPE|Davao City]], the [[Philippines|GPE]]' "
        "disaster agency said, and the mayor of [[Iloilo|GPE|Iloilo City]] said 3,000 people "
        "were moved to schools.\n",
    ),
    # 32
    (
        "2024-04-09",
        "[[Guatemala|GPE]]'s President [[Bernardo Arévalo|PERSON]] said on Tuesday that a "
        "sinkhole in [[Guatemala City|GPE]] had swallowed a road, and that engineers from "
        "[[Mexico|GPE]] would help repair it.\n",
    ),
    # 33
    (
        "2025-05-27",
        "Cholera has spread to [[Sagaing|GPE|Sagaing Region]] and [[Magway|GPE|Magway Region]] "
        "in central [[Myanmar|GPE]], the [[World Health Organization|ORG]] said. In the city of "
        "[[Mandalay|GPE]], hospitals were full.\n",
    ),
    # 34
    (
        "2025-10-01",
        "[[Ghana|GPE]]'s cocoa regulator said farmers in [[Volta|GPE|Volta Region]] and "
        "[[Ashanti|GPE|Ashanti Region]] would receive a higher price this season. The "
        "[[Ghana Cocoa Board|ORG]] raised it by 40%, [[Ghana|GPE]]'s finance minister said.\n",
    ),
    # 35
    (
        "2024-03-12",
        "Drought has left 1.2 million people short of food in [[Kenya|GPE]]'s north, the "
        "[[National Drought Management Authority|ORG]] said, most of them in [[Wajir|GPE|Wajir "
        "County]] and [[Mandera|GPE|Mandera County]]. In [[Garissa|GPE]] town, water prices "
        "doubled.\n",
    ),
    # 36
    (
        "2025-07-23",
        "The [[Ugandan|NORP]] army said it killed 20 rebels of the [[Allied Democratic "
        "Forces|ORG]] in [[Ntoroko|GPE|Ntoroko District]] near the border with "
        "[[Congo|GPE|Democratic Republic of the Congo]], and that troops in [[Kasese|GPE]] town "
        "were on alert.\n",
    ),
    # 37
    (
        "2025-01-30",
        "Schools in [[London|GPE|London, Ontario]] and [[Windsor|GPE|Windsor, Ontario]] stayed "
        "closed after a snowstorm, [[Ontario|GPE]]'s education ministry said on Thursday. "
        "[[Toronto|GPE]] reported 40 cm of snow.\n",
    ),
    # 38
    (
        "2024-06-20",
        "Workers at car plants in [[Córdoba|GPE|Córdoba, Argentina]] walked out on Thursday "
        "against President [[Javier Milei|PERSON]]'s labour reform, the [[General Confederation "
        "of Labour|ORG|General Confederation of Labour (Argentina)]] said in [[Buenos "
        "Aires|GPE]].\n",
    ),
    # 39
    (
        "1996-11-26",
        "[[EDINBURGH|GPE|Edinburgh]] 1996-11-26\n\n[[Scottish|NORP]] police said on Tuesday "
        "that floods had closed roads between [[Perth|GPE|Perth, Scotland]] and [[Dundee|GPE]] "
        "after the [[Tay|LOC|River Tay]] burst its banks.\n",
    ),
    # 40
    (
        "2025-09-16",
        "[[Nicaragua|GPE]]'s government said on Tuesday that a fire destroyed the market in "
        "[[León|GPE|León, Nicaragua]], the country's second city, 90 km from [[Managua|GPE]].\n",
    ),
    # 41
    (
        "2024-02-06",
        "Wildfires near [[Valparaíso|GPE]] and [[Viña del Mar|GPE]] killed 131 people, "
        "[[Chile|GPE]]'s President [[Gabriel Boric|PERSON]] said, and firefighters were sent "
        "from [[Concepción|GPE|Concepción, Chile]].\n",
    ),
]

CASES = [(f"own-ent43b-{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 != 0]
CHECK = [(f"own-ent43b-c{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 == 0]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
