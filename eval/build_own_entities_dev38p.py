"""Write eval/own-entities-dev38p.jsonl and eval/own-entities-dev38p-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for places named short whose English
Wikipedia title adds words (issue 13, session 38, places38).

The families (ANNOTATION.md "Entities": the name is the English Wikipedia title):
- a U.S. town named bare in a story set in the U.S., titled "Town, State" by Wikipedia
  (WP:USPLACE; all but the AP dateline cities): "Uvalde" -> "Uvalde, Texas";
- a facility or natural place written once with its kind word and later bare ("Kariba Dam" ...
  "Kariba"; "Mount Merapi" ... "Merapi"; "Strait of Hormuz" ... "Hormuz"), and an airport named
  by its short name ("Heathrow" -> "Heathrow Airport");
- subdivisions named "<name> region" / "<name> province" in countries whose titles carry the
  kind word ("Kharkiv Oblast");
- near them, names that must stay: a town written with its state, the bare title of a big city
  (Chicago, Houston), a person or a club with a place's name, a town of one name in two states
  without evidence, a country.
Written for briefx by hand (session 38): real places, invented events. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``; one correction after the first run, to
ANNOTATION.md's rule for a lower-case generic word: case 22's "Catania airport" is the airport
(FAC "Catania–Fontanarossa Airport"), first marked the city. Case n with n % 3 == 0 goes to the
check file: scored only once, at the end of the session. Run from the project root:
``python eval/build_own_entities_dev38p.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev38p.jsonl"
OUT_CHECK = HERE / "own-entities-dev38p-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 38p, issue 13 places named short whose title adds "
    "words); wire copy on weather, crime, transport and energy; real places, invented events; MIT."
)

TEXTS = [
    # 1
    "[[AUSTIN|GPE|Austin, Texas]], Texas, May 3 - School officials in [[Uvalde|GPE|Uvalde, Texas]] "
    "said classes would resume on Monday after a water main broke, [[Texas|GPE]] education "
    "officials said.\n",
    # 2
    "Residents of [[Lahaina|GPE|Lahaina, Hawaii]] will be allowed back to their lots next week, "
    "[[Hawaii|GPE]] officials said on Thursday.\n",
    # 3
    "Rail cars carrying vinyl chloride derailed near [[East Palestine|GPE|East Palestine, Ohio]], "
    "the [[Ohio|GPE]] Emergency Management Agency said, and 2,000 residents were evacuated.\n",
    # 4
    "A tornado damaged 300 homes in [[Rolling Fork|GPE|Rolling Fork, Mississippi]] overnight, the "
    "[[Mississippi|GPE]] Emergency Management Agency said.\n",
    # 5
    "[[CHICAGO|GPE|Chicago]], June 2 - Police in [[Chicago|GPE]] and [[Houston|GPE]] reported "
    "fewer shootings over the holiday weekend than a year earlier.\n",
    # 6
    "Wildfire crews contained a blaze near [[Ruidoso|GPE|Ruidoso, New Mexico]] on Sunday, the "
    "[[U.S.|GPE|United States]] Forest Service said; [[New Mexico|GPE]] lifted evacuation "
    "orders.\n",
    # 7
    "Voters in [[Moab|GPE|Moab, Utah]], [[Utah|GPE]], approved a new water levy. Officials in "
    "[[Moab|GPE|Moab, Utah]] said work would start in spring.\n",
    # 8
    "[[Madison Keys|PERSON]] beat a qualifier in straight sets on Tuesday to reach the third round "
    "in [[Cincinnati|GPE]].\n",
    # 9
    "[[Zimbabwe|GPE]] and [[Zambia|GPE]] agreed to repair the [[Kariba Dam|FAC]] wall. Water "
    "levels at [[Kariba|FAC|Kariba Dam]] fell to 12% of capacity last month, the authority said.\n",
    # 10
    "[[Indonesia|GPE]] raised the alert for [[Mount Merapi|LOC]] on Monday. Ash from [[Merapi|LOC|"
    "Mount Merapi]] fell on villages 10 km away, officials said.\n",
    # 11
    "[[Iran|GPE]] seized a tanker in the [[Strait of Hormuz|LOC]] on Friday, the second in a month. "
    "About a fifth of the world's oil passes through [[Hormuz|LOC|Strait of Hormuz]].\n",
    # 12
    "[[LONDON|GPE|London]], Aug 1 - [[British Airways|ORG]] cancelled 80 flights at [[Heathrow|FAC|"
    "Heathrow Airport]] on Friday after a fault at the air traffic control centre.\n",
    # 13
    "Storms closed [[O'Hare|FAC|O'Hare International Airport]] for three hours on Saturday, "
    "stranding thousands of passengers in [[Chicago|GPE]].\n",
    # 14
    "[[Ukraine|GPE]] said Russian drones hit power lines in the [[Kharkiv|GPE|Kharkiv Oblast]] "
    "region overnight, cutting power to 30,000 homes.\n",
    # 15
    "[[Lake Kariba|LOC]] fishermen in [[Zambia|GPE]] said catches had halved. Fishermen on "
    "[[Lake Tanganyika|LOC]] reported better catches.\n",
    # 16
    "Floodwaters rose in [[Lismore|GPE|Lismore, New South Wales]] on Tuesday, and [[New South "
    "Wales|GPE]] emergency services ordered residents to leave.\n",
    # 17
    "[[Iraq|GPE]] will repair [[Mosul Dam|FAC]], and engineers said the foundation of [[Mosul|FAC|Mosul "
    "Dam]] needed grouting every week.\n",
    # 18
    "[[Springfield|GPE]] council voted to raise parking fees, the mayor said, after a year of "
    "budget shortfalls.\n",
    # 19
    "[[Texas|GPE]] troopers arrested 14 people after a chase that ended in [[Eagle Pass|GPE|Eagle "
    "Pass, Texas]] on Wednesday.\n",
    # 20
    "[[Guyana|GPE]] and [[Venezuela|GPE]] traded accusations on Monday. Traders in [[Georgetown|"
    "GPE]] said shops were calm.\n",
    # 21
    "Wildfire smoke from [[Quebec|GPE]] drifted over [[New York City|GPE]] and [[Philadelphia|GPE]] "
    "on Wednesday, and officials in [[Pennsylvania|GPE]] urged people to stay indoors.\n",
    # 22
    "[[Italy|GPE]] raised the alert at [[Mount Etna|LOC]] after a new eruption. Flights at "
    "[[Catania|FAC|Catania–Fontanarossa Airport]] airport were halted as ash from [[Etna|LOC|Mount Etna]] fell on the city.\n",
    # 23
    "A fire broke out in [[Evin Prison|FAC]] in [[Tehran|GPE]] on Saturday. Relatives gathered "
    "outside [[Evin|FAC|Evin Prison]] for news of inmates.\n",
    # 24
    "[[Kentucky|GPE]] officials said the candle factory in [[Mayfield|GPE|Mayfield, Kentucky]] "
    "would be rebuilt by next year.\n",
    # 25
    "[[Russia|GPE]] said it shot down drones over the [[Belgorod|GPE|Belgorod Oblast]] region and "
    "the [[Kursk|GPE|Kursk Oblast]] region on Sunday.\n",
    # 26
    "Fans packed [[Wembley Stadium|FAC]] for the final. [[Wembley|FAC|Wembley Stadium]] will host "
    "two more concerts in July.\n",
    # 27
    "[[Florida|GPE]] officials opened shelters in [[Fort Myers|GPE|Fort Myers, Florida]] and "
    "[[Naples|GPE|Naples, Florida]] as the storm neared the coast.\n",
    # 28
    "[[Kenya|GPE]]'s [[Lake Turkana|LOC]] has risen by two metres since 2020. Herders near [[Lake "
    "Turkana|LOC]] have lost grazing land.\n",
    # 29
    "Passengers at [[Dulles|FAC|Washington Dulles International Airport]] waited four hours for "
    "bags on Sunday, the [[Virginia|GPE]] airport authority said.\n",
    # 30
    "[[Syria|GPE]] said the level of [[Lake Assad|LOC]] was the lowest in decades, and the "
    "[[Tabqa Dam|FAC]] turbines were cut to two.\n",
    # 31
    "A gas leak forced the evacuation of 200 homes in [[Paris|GPE|Paris, Texas]], [[Texas|GPE]], "
    "and police in [[Paris|GPE|Paris, Texas]] closed the highway.\n",
    # 32
    "[[Pakistan|GPE]] said floods in [[Sindh|GPE]] displaced 50,000 people, and the [[Indus|LOC|"
    "Indus River]] burst its banks near [[Sukkur|GPE]].\n",
    # 33
    "[[Houston Texans|ORG]] fans lined up outside [[NRG Stadium|FAC]] on Sunday.\n",
    # 34
    "Police in [[Oregon|GPE]] said a wildfire near [[Sisters|GPE|Sisters, Oregon]] forced 400 "
    "people from their homes.\n",
    # 35
    "[[Egypt|GPE]] said 40 ships waited to enter the [[Suez Canal|FAC]] on Monday after a "
    "tanker ran aground; traffic through [[Suez|FAC|Suez Canal]] resumed by evening.\n",
    # 36
    "[[Vermont|GPE]] officials said flooding closed the main street of [[Montpelier|GPE|"
    "Montpelier, Vermont]] for a second day.\n",
]

DATES = ["2026-11-03", "2026-10-14", "2026-09-22", "2026-08-05", "2026-07-19"]
CASES = [
    (f"own-ent38p-{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 != 0
]
CHECK = [
    (f"own-ent38p-c{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 == 0
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
