"""Write eval/own-entities-dev39u.jsonl and eval/own-entities-dev39u-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for places named bare whose English
Wikipedia title adds the unit word or the state (issue 13, session 39, units39).

The families (ANNOTATION.md "Entities": the name is the English Wikipedia title):
- a first-level unit named bare in disaster, conflict and election news about its country, in
  countries whose titles carry the kind word: "Rakhine" -> "Rakhine State", "Koshi" -> "Koshi
  Province", "Ituri" -> "Ituri Province", "Anbar" -> "Anbar Governorate", "Olancho" ->
  "Olancho Department", "Ñuble" -> "Ñuble Region";
- a town whose name other towns of the world share, titled "Town, State" or "Town, Province"
  by its country's convention ("Bathurst" in an Australian story -> "Bathurst, New South
  Wales");
- near them, names that must stay: a capital or a big city (Yangon, Kathmandu, Harare,
  Baghdad), a unit the text writes with its word, a unit English Wikipedia titles bare ("North
  Kivu", "Sindh"), a people with a unit's name ("Shan", "Chin"), the same name in a story about
  another country ("Santa Cruz" in Bolivia), a country.
Written for briefx by hand (session 39): real places, invented events. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to the
check file: scored only once, at the end of the session. Run from the project root:
``python eval/build_own_entities_dev39u.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev39u.jsonl"
OUT_CHECK = HERE / "own-entities-dev39u-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 39u, issue 13 places named bare whose title adds the "
    "unit word or the state); wire copy on disasters, conflicts and elections; real places, "
    "invented events; MIT."
)

TEXTS = [
    # 1
    "[[Myanmar|GPE]]'s military said on Tuesday it had retaken two towns in [[Rakhine|GPE|"
    "Rakhine State]] from the [[Arakan Army|ORG]], while fighting continued in [[Sagaing|GPE|"
    "Sagaing Region]] and northern [[Shan|GPE|Shan State]].\n",
    # 2
    "Floods in [[Nepal|GPE]] killed 31 people in [[Koshi|GPE|Koshi Province]] and 12 in "
    "[[Madhesh|GPE|Madhesh Province]], officials in [[Kathmandu|GPE]] said on Sunday.\n",
    # 3
    "[[Zimbabwe|GPE]] declared a drought disaster in [[Masvingo|GPE|Masvingo Province]] and "
    "[[Manicaland|GPE|Manicaland Province]], where maize harvests failed, a minister told "
    "reporters in [[Harare|GPE]].\n",
    # 4
    "Cholera cases in [[Zambia|GPE]] rose to 4,100, most of them in [[Lusaka|GPE]] and the "
    "[[Copperbelt|GPE|Copperbelt Province]], the health ministry said.\n",
    # 5
    "Wildfires in [[Chile|GPE]] burned 40,000 hectares in [[Ñuble|GPE|Ñuble Region]] and "
    "[[Biobío|GPE|Biobío Region]], and President [[Gabriel Boric|PERSON]] declared a state of "
    "emergency.\n",
    # 6
    "Voters in [[Argentina|GPE]]'s [[Chubut|GPE|Chubut Province]] and [[Entre Ríos|GPE|Entre "
    "Ríos Province]] chose new governors on Sunday, the electoral authority said in [[Buenos "
    "Aires|GPE]].\n",
    # 7
    "Heavy rain flooded 3,000 homes in [[Manabí|GPE|Manabí Province]] and [[Guayas|GPE|Guayas "
    "Province]], [[Ecuador|GPE]]'s risk management agency said from [[Quito|GPE]].\n",
    # 8
    "[[Honduras|GPE]] sent troops to [[Olancho|GPE|Olancho Department]] after clashes between "
    "loggers and farmers, and extended a state of exception in [[Cortés|GPE|Cortés "
    "Department]].\n",
    # 9
    "[[Turkey|GPE]] said 12,000 prefabricated homes had been handed over in [[Hatay|GPE|Hatay "
    "Province]], two years after the earthquake.\n",
    # 10
    "Fighting between rival militias in [[Jonglei|GPE|Jonglei State]] displaced 20,000 people, "
    "the [[United Nations|ORG]] mission in [[South Sudan|GPE]] said, and floods cut roads in "
    "[[Unity|GPE|Unity State]].\n",
    # 11
    "At least 40 villagers were killed in an attack in [[Ituri|GPE|Ituri Province]], in eastern "
    "[[Democratic Republic of Congo|GPE|Democratic Republic of the Congo]], a local official said; "
    "fighting also flared in [[North Kivu|GPE]].\n",
    # 12
    "[[Iraq|GPE]]'s election commission said turnout reached 41% in [[Anbar|GPE|Anbar "
    "Governorate]] and 38% in [[Nineveh|GPE|Nineveh Governorate]], against 33% in "
    "[[Baghdad|GPE]].\n",
    # 13
    "Government forces in [[Yemen|GPE]] repelled an attack by rebels in "
    "[[Shabwah|GPE|Shabwah Governorate]] and [[Abyan|GPE|Abyan Governorate]], officials in "
    "[[Aden|GPE]] said.\n",
    # 14
    "Rebels in [[Kachin|GPE|Kachin State]] seized a jade-mining town near the border with "
    "[[China|GPE]], residents said, as [[Myanmar|GPE]]'s junta lost ground.\n",
    # 15
    "[[Shan|NORP]] refugees crossed into [[Thailand|GPE]] on Monday, aid workers in "
    "[[Mae Sot|GPE]] said.\n",
    # 16
    "[[Nepal|GPE]]'s election commission said the ruling party won 20 of the 33 seats in "
    "[[Bagmati Province|GPE]] and lost ground in [[Karnali|GPE|Karnali Province]].\n",
    # 17
    "[[Bolivia|GPE]]'s government said roadblocks around [[Santa Cruz|GPE|Santa Cruz de la "
    "Sierra]] had cost exporters $300 million.\n",
    # 18
    "Fires near [[Bathurst|GPE|Bathurst, New South Wales]] destroyed 14 homes, the [[New South "
    "Wales Rural Fire Service|ORG]] said, and crews from [[Victoria|GPE|Victoria (state)]] were "
    "sent north.\n",
    # 19
    "Police in [[Kingston|GPE|Kingston, Ontario]] said two people were hurt in a crash east of "
    "[[Toronto|GPE]], and the [[Ontario Provincial Police|ORG]] closed the highway.\n",
    # 20
    "Floods in [[Pakistan|GPE]]'s [[Sindh|GPE]] province displaced 300,000 people, and officials "
    "in [[Hyderabad|GPE|Hyderabad, Sindh]] opened 40 relief camps.\n",
    # 21
    "[[Argentina|GPE]]'s weather service warned of snow in [[Tierra del Fuego|GPE|Tierra del "
    "Fuego Province, Argentina]] and strong winds in [[Santa Cruz|GPE|Santa Cruz Province, "
    "Argentina]] on Wednesday.\n",
    # 22
    "Troops in [[Iraq|GPE]] killed five [[Islamic State|ORG]] fighters in [[Diyala|GPE|Diyala "
    "Governorate]] on Friday, the military said; a sixth was arrested in [[Kirkuk|GPE]].\n",
    # 23
    "A landslide in [[Chin|GPE|Chin State]] buried 12 homes, [[Myanmar|GPE]] state media said, "
    "and the army sent rescuers from [[Mandalay|GPE]].\n",
    # 24
    "Miners in [[Zambia|GPE]]'s [[Luapula|GPE|Luapula Province]] went on strike over pay, the "
    "union said, and talks in [[Lusaka|GPE]] broke down.\n",
    # 25
    "Dengue cases in [[Honduras|GPE]] doubled in [[Atlántida|GPE|Atlántida Department]] and "
    "fell in [[Tegucigalpa|GPE]], the health ministry said.\n",
    # 26
    "[[Turkey|GPE]]'s disaster agency said a magnitude 4.9 quake shook [[Kocaeli|GPE|Kocaeli "
    "Province]] on Thursday, and buildings swayed in [[Istanbul|GPE]].\n",
    # 27
    "Floods in [[Zimbabwe|GPE]]'s [[Midlands|GPE|Midlands Province]] cut the road to "
    "[[Bulawayo|GPE]], police said.\n",
    # 28
    "[[Britain|GPE|United Kingdom]]'s [[Met Office|ORG]] warned of snow across the [[Midlands|LOC|"
    "Midlands]] and northern [[England|GPE]] on Friday.\n",
    # 29
    "Voters in [[Chile|GPE]]'s [[Maule|GPE|Maule Region]] and in the port city of [[Valparaíso|GPE]] queued for "
    "hours, the electoral service said.\n",
    # 30
    "Fighters from the [[M23|ORG|March 23 Movement]] advanced toward [[Goma|GPE]] while the army moved troops to "
    "[[Tanganyika|GPE|Tanganyika Province]], [[Congo|GPE|Democratic Republic of the Congo]]'s "
    "defence ministry said.\n",
    # 31
    "Heavy rain in [[Ecuador|GPE]]'s [[Los Ríos|GPE|Los Ríos Province]] flooded rice fields, "
    "farmers in [[Babahoyo|GPE]] said.\n",
    # 32
    "Floods in [[India|GPE]]'s [[Assam|GPE]] state killed 11 people, and the army evacuated "
    "villages near [[Guwahati|GPE]].\n",
    # 33
    "[[Yemen|GPE]]'s government said a drone struck a fuel depot in [[Al Mahrah|GPE|Al Mahrah "
    "Governorate]], near the border with [[Oman|GPE]].\n",
    # 34
    "The [[Sudan|GPE]] army said it had pushed the [[Rapid Support Forces|ORG]] out of "
    "[[North Darfur|GPE]] towns, and aid reached [[El Fasher|GPE]] on Tuesday.\n",
    # 35
    "Election officials in [[Warrap|GPE|Warrap State]] said polling stations had not opened, "
    "[[South Sudan|GPE]]'s commission said in [[Juba|GPE]].\n",
    # 36
    "Heavy snow closed schools in [[Tucumán|GPE|Tucumán Province]] and [[Jujuy|GPE|Jujuy "
    "Province]], [[Argentina|GPE]]'s education ministry said.\n",
]

DATES = ["2026-11-03", "2026-10-14", "2026-09-22", "2026-08-05", "2026-07-19"]
CASES = [
    (f"own-ent39u-{n:02d}", DATES[n % len(DATES)], t) for n, t in enumerate(TEXTS, 1) if n % 3 != 0
]
CHECK = [
    (f"own-ent39u-c{n:02d}", DATES[n % len(DATES)], t) for n, t in enumerate(TEXTS, 1) if n % 3 == 0
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
