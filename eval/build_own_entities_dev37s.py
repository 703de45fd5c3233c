"""Write eval/own-entities-dev37s.jsonl and eval/own-entities-dev37s-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for subdivisions and capitals named bare
whose English Wikipedia title adds a kind word (issue 13, session 37, subdiv37).

The families (ANNOTATION.md "Entities": the name is the English Wikipedia title):
- a first-level subdivision named without the kind word its country's convention puts in the
  title, in a story about that country: Kenya's and Liberia's counties ("Turkana" -> "Turkana
  County", "Nimba" -> "Nimba County"), Nigeria's states ("Zamfara State"), Ghana's and
  Tanzania's regions ("Ashanti Region", "Kagera Region"), Uganda's districts ("Bududa
  District"), Egypt's governorates ("North Sinai Governorate"), Ireland's counties ("County
  Kerry"), Jamaica's parishes ("Clarendon Parish"), Guatemala's departments ("Petén
  Department"), U.S. states that share a name ("Georgia (U.S. state)");
- a capital whose title is "<country> City" named by the country's bare name where the text
  means the city: a wire dateline ("KUWAIT, Oct 5" -> "Kuwait City"), "in Guatemala, the
  capital";
- near them, names that must stay: the city of the same name ("Lagos", "Kano", "Mombasa",
  "Gulu", "Alexandria", "Galway"), a country named bare outside a dateline, subdivisions whose
  titles carry no kind word (Indian states, Indonesian and Philippine provinces).
Written for briefx by hand (session 37): real places, invented events. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to the
check file: scored only once, at the end of the session. Run from the project root:
``python eval/build_own_entities_dev37s.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev37s.jsonl"
OUT_CHECK = HERE / "own-entities-dev37s-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 37s, issue 13 subdivisions and capitals titled with "
    "their kind word); wire datelines, disaster, health, security and farm copy; real places, "
    "invented events; MIT."
)

TEXTS = [
    # 1
    "[[NAIROBI|GPE|Nairobi]], Nov 4 - Floods displaced 4,000 families in [[Turkana|GPE|"
    "Turkana County]] and [[Marsabit|GPE|Marsabit County]] after a week of heavy rain, county "
    "officials said.\n",
    # 2
    "[[MOMBASA|GPE|Mombasa]], [[Kenya|GPE]] - Dock workers in [[Mombasa|GPE]] ended a "
    "three-day strike on Tuesday after the port authority agreed to a pay rise.\n",
    # 3
    "Police in [[Kenya|GPE]] said bandits killed three herders in [[Baringo|GPE|Baringo "
    "County]] on Sunday, the second such attack in the county this month.\n",
    # 4
    "[[ABUJA|GPE|Abuja]], Oct 12 - Gunmen abducted 20 villagers in [[Zamfara|GPE|Zamfara "
    "State]], police said, days after a raid on a market in neighbouring [[Kebbi|GPE|Kebbi "
    "State]].\n",
    # 5
    "[[LAGOS|GPE|Lagos]], Nov 2 - Fuel queues returned to [[Lagos|GPE]] and [[Kano|GPE]] on "
    "Monday as depots ran dry, traders said.\n",
    # 6
    "The governor of [[Borno|GPE|Borno State]] said 12,000 displaced people would return to "
    "their villages before the rains, and [[Nigeria|GPE]]'s army pledged to guard the roads.\n",
    # 7
    "[[ACCRA|GPE|Accra]], Sept 9 - Illegal gold mining has polluted rivers in [[Ashanti|GPE|"
    "Ashanti Region]] and [[Volta|GPE|Volta Region]], the environment minister said on "
    "Tuesday.\n",
    # 8
    "[[DAR ES SALAAM|GPE|Dar es Salaam]], Aug 3 - Cholera cases rose to 300 in [[Kagera|GPE|"
    "Kagera Region]] and [[Rukwa|GPE|Rukwa Region]], [[Tanzania|GPE]]'s health ministry said.\n",
    # 9
    "[[KAMPALA|GPE|Kampala]], July 21 - Landslides killed 14 people in [[Bududa|GPE|Bududa "
    "District]] after days of heavy rain on the slopes of [[Mount Elgon|LOC]], police said.\n",
    # 10
    "[[Uganda|GPE]]'s health ministry confirmed two cases of Ebola in [[Kagadi|GPE|Kagadi "
    "District]] on Friday and said contacts of the patients had been isolated.\n",
    # 11
    "[[GULU|GPE|Gulu]], [[Uganda|GPE]] - Traders in [[Gulu|GPE]] closed their shops on Monday "
    "to protest against new market fees.\n",
    # 12
    "[[CAIRO|GPE|Cairo]], June 2 - Militants attacked a checkpoint in [[North Sinai|GPE|North "
    "Sinai Governorate]], killing two soldiers, the army said.\n",
    # 13
    "Farmers in [[Egypt|GPE]]'s [[Sharqia|GPE|Sharqia Governorate]] have switched from rice "
    "to cotton after the government cut water quotas, officials said.\n",
    # 14
    "[[ALEXANDRIA|GPE|Alexandria]], [[Egypt|GPE]] - Waves flooded the corniche in "
    "[[Alexandria|GPE]] on Saturday as a winter storm hit the coast.\n",
    # 15
    "A storm left 30,000 homes without power in [[Kerry|GPE|County Kerry]] and [[Clare|GPE|"
    "County Clare]] on Sunday, [[Ireland|GPE]]'s grid operator said.\n",
    # 16
    "[[DUBLIN|GPE|Dublin]], May 5 - Traffic in [[Galway|GPE]] came to a halt on Friday as "
    "water mains burst under two of the city's bridges.\n",
    # 17
    "[[KINGSTON|GPE|Kingston]], [[Jamaica|GPE]] - Flooding cut roads in [[Clarendon|GPE|"
    "Clarendon Parish]] and [[Manchester|GPE|Manchester Parish]] after a tropical storm "
    "stalled over the island.\n",
    # 18
    "In [[Jamaica|GPE]], police said two men were shot dead in [[Westmoreland|GPE|"
    "Westmoreland Parish]] on Saturday night.\n",
    # 19
    "[[MONROVIA|GPE|Monrovia]], Apr 2 - Health workers in [[Nimba|GPE|Nimba County]] and "
    "[[Lofa|GPE|Lofa County]] went on strike over unpaid wages, union leaders said.\n",
    # 20
    "[[Liberia|GPE]]'s government said it would pave the road from [[Gbarnga|GPE]] to "
    "[[Grand Gedeh|GPE|Grand Gedeh County]] with a loan from the [[World Bank|ORG]].\n",
    # 21
    "[[JAKARTA|GPE|Jakarta]], Mar 8 - A magnitude 5.9 earthquake struck off [[Aceh|GPE]] on "
    "Sunday, [[Indonesia|GPE]]'s geophysics agency said.\n",
    # 22
    "Heavy rain in [[Kerala|GPE]] and [[Karnataka|GPE]] closed schools on Monday, and "
    "[[India|GPE]]'s weather office warned of more storms.\n",
    # 23
    "A ferry ran aground off [[Batangas|GPE]] in the [[Philippines|GPE]] on Thursday; all 90 "
    "passengers were rescued, the coast guard said.\n",
    # 24
    "[[ATLANTA|GPE|Atlanta]] - Voters in [[Georgia|GPE|Georgia (U.S. state)]] will choose a "
    "new governor next year, and turnout in early voting has already set a record.\n",
    # 25
    "[[MAIDUGURI|GPE|Maiduguri]], [[Nigeria|GPE]] - Floods washed away bridges across "
    "[[Borno|GPE|Borno State]] and [[Yobe|GPE|Yobe State]], cutting off 40 villages.\n",
    # 26
    "[[KUMASI|GPE|Kumasi]], [[Ghana|GPE]] - Traders at the central market in [[Kumasi|GPE]] "
    "reopened their stalls on Wednesday after a fire last month.\n",
    # 27
    "[[KUWAIT|GPE|Kuwait City]], Oct 5 ([[Reuters|ORG]]) - [[Kuwait|GPE]]'s oil minister said "
    "output would stay at 2.5 million barrels a day next year.\n",
    # 28
    "[[Kuwait|GPE]] and [[Saudi Arabia|GPE]] agreed on Monday to resume output from the "
    "oilfields they share, the two governments said.\n",
    # 29
    "[[MEXICO CITY|GPE|Mexico City]], Nov 1 - Inflation in [[Mexico|GPE]] slowed to 3.9% in "
    "October, the statistics institute said.\n",
    # 30
    "[[GUATEMALA|GPE|Guatemala City]], Sept 12 - A mudslide buried ten homes on the outskirts "
    "of the capital, [[Guatemala|GPE]]'s disaster agency said.\n",
    # 31
    "Forest fires have burned 20,000 hectares in [[Petén|GPE|Petén Department]] this year, "
    "[[Guatemala|GPE]]'s environment ministry said on Tuesday.\n",
    # 32
    "Protesters marched in [[Guatemala|GPE|Guatemala City]], the capital, on Friday to demand "
    "the release of a jailed journalist.\n",
    # 33
    "[[PANAMA|GPE|Panama City]], Dec 1 ([[Reuters|ORG]]) - Ships waited up to ten days to "
    "cross the [[Panama Canal|FAC]] as drought cut water levels.\n",
    # 34
    "[[Tanzania|GPE]]'s health ministry reported 40 cases of cholera in [[Mara|GPE|Mara "
    "Region]] on Monday, most of them in fishing villages.\n",
    # 35
    "[[Liberia|GPE]]'s election commission said voting in [[Maryland|GPE|Maryland County]] "
    "and [[Sinoe|GPE|Sinoe County]] would be rerun next month.\n",
    # 36
    "[[KAMPALA|GPE|Kampala]] - [[Uganda|GPE]]'s army said it had killed five rebels in [[Bundibugyo|"
    "GPE|Bundibugyo District]], near the border with [[Congo|GPE|Democratic Republic of the "
    "Congo]].\n",
    # 37
    "Gunmen killed a police officer in [[Kano|GPE]] on Friday, the second attack in the city "
    "this week, [[Nigeria|GPE]]'s police said.\n",
    # 38
    "[[Egypt|GPE]] said it would build a desalination plant in [[Matrouh|GPE|Matrouh "
    "Governorate]] to supply new resorts on the coast.\n",
    # 39
    "Police in [[Jamaica|GPE]] said a bus overturned in [[St. Ann|GPE|Saint Ann Parish]] on "
    "Sunday, injuring 18 passengers.\n",
    # 40
    "[[DUBLIN|GPE|Dublin]] - Fishermen in [[Donegal|GPE|County Donegal]] said new quotas "
    "would cost them a third of their catch next year.\n",
    # 41
    "[[Kenya|GPE]] will build a new dam in [[Kitui|GPE|Kitui County]] to irrigate 20,000 "
    "acres, the water ministry said.\n",
    # 42
    "[[DAR ES SALAAM|GPE|Dar es Salaam]] - Traders in [[Dodoma|GPE]], the capital, said sales "
    "had fallen by a fifth since the new tax took effect.\n",
]

DATES = ["2026-11-03", "2026-10-14", "2026-09-22", "2026-08-05", "2026-07-19"]
CASES = [
    (f"own-ent37s-{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 != 0
]
CHECK = [
    (f"own-ent37s-c{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 == 0
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
