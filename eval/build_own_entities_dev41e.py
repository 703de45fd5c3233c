"""Write eval/own-entities-dev41e.jsonl and its check file (FORMAT.md): EVENTS AND PRODUCTS,
the two weakest types, named by their English Wikipedia article titles.

Families: named storms written with the basin's class word ("Tropical Cyclone Alfred",
"Severe Cyclonic Storm Remal", "Super Typhoon Yagi") whose article is titled "Cyclone X" or
"Typhoon X"; storms whose title Wikipedia disambiguates by the year ("Hurricane Erin (2025)",
"Hurricane Bertha (1996)"); storms written by their Philippine local name ("Kristine" ->
"Tropical Storm Trami (2024)"); aircraft variants whose article is the family's ("737-800" ->
"Boeing 737 Next Generation", "787-9" -> "Boeing 787 Dreamliner"); rockets and satellites
whose article is the family's or carries a bracket ("Sentinel-2C" -> "Sentinel-2", "Cluster"
-> "Cluster (spacecraft)"); car models written bare in a document that names the maker
("the Corolla" -> "Toyota Corolla"); editions and series (1996 wire copy, "champion" of a
series); summits by their number ("the G7 summit" in June 2025 -> "51st G7 summit"). Must
stay: the Eurofighter Typhoon (no storm), a storm the tables lack, a bare model whose maker
the document does not name.

Session 41 (events41, issue 13 entity names): short briefs written for briefx by hand (2024-2025
releases and wire copy, and 1996 Reuters-style wire items) and annotated by ANNOTATION.md
("Entities") before briefx was run on them; the storms, craft and events are real, the figures
and people's words invented. Reading chosen where ANNOTATION.md is silent (as the later
held-out sets do): a storm is named by its article's title whatever class word the copy writes
(the title takes the storm's peak class: "Hurricane Oscar (2024)" also where the copy says it
weakened to a tropical storm); a designation of a variant is named by the article of its
family where Wikipedia has none of the variant; an event reported in one edition is named by
that edition's title, one spoken of as a title won ("a three-time US Open champion") by the
series'. No statements are scored here.

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_entities_dev41e.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = "written for briefx by hand (events41 helper, session 41); CC0"

CASES: list[Case] = [
    (
        "own-dev41e-oscar",
        "2024-10-21",
        "[[HAVANA|GPE|Havana]], Oct 21 ([[Reuters|ORG]]) - [[Hurricane Oscar|EVENT|Hurricane Oscar (2024)]] "
        "made landfall on [[Cuba|GPE]]'s eastern tip on Sunday as the island struggled to restore power after "
        "a grid collapse, the [[U.S.|GPE|United States]] [[National Hurricane Center|ORG]] said. "
        "[[Oscar|EVENT|Hurricane Oscar (2024)]] weakened to a tropical storm over the mountains of "
        "[[Guantanamo|GPE|Guantánamo Province]] province on Monday.\n",
    ),
    (
        "own-dev41e-alfred",
        "2025-03-08",
        "[[BRISBANE|GPE|Brisbane]], March 8 - [[Tropical Cyclone Alfred|EVENT|Cyclone Alfred]] was downgraded "
        "to a tropical low before it crossed the coast near [[Bribie Island|LOC]] on Saturday, the "
        "[[Bureau of Meteorology|ORG]] said. [[Queensland|GPE]] Premier [[David Crisafulli|PERSON]] said "
        "250,000 homes had lost power. [[Ex-Tropical Cyclone Alfred|EVENT|Cyclone Alfred]] is forecast to "
        "bring heavy rain to northern [[New South Wales|GPE]] on Sunday.\n",
    ),
    (
        "own-dev41e-kristine",
        "2024-10-25",
        "[[MANILA|GPE|Manila]], Oct 25 - [[Severe Tropical Storm Kristine|EVENT|Tropical Storm Trami (2024)]] "
        "(international name: [[Trami|EVENT|Tropical Storm Trami (2024)]]) left at least 81 people dead, the "
        "[[National Disaster Risk Reduction and Management Council|ORG]] said on Friday. "
        "[[Kristine|EVENT|Tropical Storm Trami (2024)]] dumped two months' rain on the [[Bicol|GPE|Bicol Region]] "
        "region in a day. The weather bureau [[PAGASA|ORG|Philippine Atmospheric, Geophysical and Astronomical "
        "Services Administration]] said another storm, [[Leon|EVENT|Typhoon Kong-rey (2024)]], could form east "
        "of [[Luzon|LOC]] over the weekend.\n",
    ),
    (
        "own-dev41e-yagi",
        "2024-09-07",
        "[[HANOI|GPE|Hanoi]], Sept 7 - [[Super Typhoon Yagi|EVENT|Typhoon Yagi]], the strongest storm to hit "
        "northern [[Vietnam|GPE]] in decades, made landfall near [[Haiphong|GPE]] on Saturday with winds of "
        "up to 149 km per hour, the national weather agency said. [[Yagi|EVENT|Typhoon Yagi]], known in the "
        "[[Philippines|GPE]] as [[Enteng|EVENT|Typhoon Yagi]], killed 21 people there earlier in the week "
        "before it crossed [[Hainan|GPE]].\n",
    ),
    (
        "own-dev41e-fran-1996",
        "1996-09-06",
        "[[WILMINGTON|GPE|Wilmington, North Carolina]], [[N.C.|GPE|North Carolina]] 1996-09-06\n\n"
        "[[Hurricane Fran|EVENT]] slammed into the [[North Carolina|GPE]] coast late on Thursday with winds "
        "of 115 mph (185 kph), killing at least eight people and cutting power to a million homes. "
        "[[Fran|EVENT|Hurricane Fran]] was the second hurricane to hit the state this year after "
        "[[Hurricane Bertha|EVENT|Hurricane Bertha (1996)]] came ashore near the same beaches in July.\n",
    ),
    (
        "own-dev41e-erin",
        "2025-08-21",
        "[[WASHINGTON|GPE|Washington, D.C.]], Aug 21 - The outer bands of [[Hurricane Erin|EVENT|Hurricane "
        "Erin (2025)]] lashed the [[Outer Banks|LOC]] of [[North Carolina|GPE]] on Thursday as the storm "
        "passed far offshore, the [[National Weather Service|ORG]] said. [[Erin|EVENT|Hurricane Erin (2025)]] "
        "was expected to turn northeast and pass west of [[Bermuda|GPE]] on Friday.\n",
    ),
    (
        "own-dev41e-remal",
        "2024-05-27",
        "[[KOLKATA|GPE|Kolkata]], May 27 - [[Severe Cyclonic Storm Remal|EVENT|Cyclone Remal]] crossed the "
        "coasts of [[West Bengal|GPE]] and [[Bangladesh|GPE]] near [[Sagar Island|LOC]] overnight, the "
        "[[India Meteorological Department|ORG]] said on Monday. [[Bangladesh|GPE]] moved 800,000 people to "
        "storm shelters before [[Remal|EVENT|Cyclone Remal]] arrived.\n",
    ),
    (
        "own-dev41e-ryanair",
        "2024-06-12",
        "[[DUBLIN|GPE|Dublin]], June 12 - [[Ryanair|ORG]] said on Wednesday it had taken delivery of its last "
        "[[737-800|PRODUCT|Boeing 737 Next Generation]] and expects the first of 150 [[737 MAX 10|PRODUCT|Boeing "
        "737 MAX]] jets in 2027, two years late. Rival [[Aer Lingus|ORG]] will add two [[Airbus A330-300|PRODUCT|"
        "Airbus A330]] aircraft to its transatlantic fleet and retire its [[Boeing 757|PRODUCT]].\n",
    ),
    (
        "own-dev41e-qantas",
        "2024-08-29",
        "[[SYDNEY|GPE|Sydney]], Aug 29 - [[Qantas|ORG]] said it would delay the first non-stop flights from "
        "[[Sydney|GPE]] to [[London|GPE]] until 2027 because its first [[A350-1000|PRODUCT|Airbus A350]] jets "
        "will arrive late. The airline flies the [[787-9|PRODUCT|Boeing 787 Dreamliner]] from [[Perth|GPE]] to "
        "[[London|GPE]] and retired its last [[Boeing 747-400|PRODUCT]] in 2020.\n",
    ),
    (
        "own-dev41e-sentinel",
        "2024-09-05",
        "[[KOUROU|GPE|Kourou]], [[French Guiana|GPE]], Sept 5 - An [[Arianespace|ORG]] [[Vega|PRODUCT|Vega "
        "(rocket)]] rocket lifted off on its last flight late on Wednesday carrying [[Sentinel-2C|PRODUCT|"
        "Sentinel-2]], the third satellite of the [[Sentinel-2|PRODUCT]] mission, the [[European Space "
        "Agency|ORG]] said. The satellite will replace [[Sentinel-2A|PRODUCT|Sentinel-2]], which was launched "
        "in 2015.\n",
    ),
    (
        "own-dev41e-ariane5-1996",
        "1996-06-04",
        "[[KOUROU|GPE|Kourou]], [[French Guiana|GPE]] 1996-06-04\n\nThe first [[Ariane 5|PRODUCT]] rocket "
        "veered off course and exploded 37 seconds after lift-off on Tuesday, destroying the four "
        "[[Cluster|PRODUCT|Cluster (spacecraft)]] science satellites it carried, [[Arianespace|ORG]] said. "
        "The [[European Space Agency|ORG]] said the satellites had cost about $500 million.\n",
    ),
    (
        "own-dev41e-toyota",
        "2025-01-30",
        "[[TOKYO|GPE|Tokyo]], Jan 30 - [[Toyota|ORG|Toyota]] said on Thursday it sold 10.8 million "
        "vehicles worldwide last year, led by the [[RAV4|PRODUCT|Toyota RAV4]] and the [[Corolla|PRODUCT|"
        "Toyota Corolla]]. Hybrid versions of the [[Camry|PRODUCT|Toyota Camry]] made up nearly all of its "
        "sedan sales in the [[United States|GPE]].\n",
    ),
    (
        "own-dev41e-switch",
        "2025-08-01",
        "[[KYOTO|GPE|Kyoto]], Aug 1 - [[Nintendo|ORG]] said on Friday it had sold 5.8 million [[Switch 2|"
        "PRODUCT|Nintendo Switch 2]] consoles in the seven weeks after the launch on June 5, the fastest start "
        "for any of its machines. The older [[Switch|PRODUCT|Nintendo Switch]] has sold 153 million units "
        "since 2017, close to [[Sony|ORG]]'s [[PlayStation 2|PRODUCT]].\n",
    ),
    (
        "own-dev41e-usopen-1996",
        "1996-08-27",
        "[[NEW YORK|GPE|New York City]] 1996-08-27\n\nTop seed [[Pete Sampras|PERSON]] of the [[United "
        "States|GPE]] beat [[Jimy Szymanski|PERSON]] of [[Venezuela|GPE]] 6-2 6-2 6-1 on Tuesday in the first "
        "round of the [[U.S. Open|EVENT|1996 US Open (tennis)]]. [[Sampras|PERSON|Pete Sampras]], a "
        "three-time [[U.S. Open|EVENT|US Open (tennis)]] champion, next meets a qualifier.\n",
    ),
    (
        "own-dev41e-g7",
        "2025-06-15",
        "[[CALGARY|GPE|Calgary]], [[Alberta|GPE]], June 15 - Leaders of the [[Group of Seven|ORG|G7]] "
        "arrived in the [[Rocky Mountains|LOC]] on Sunday for the [[G7 summit|EVENT|51st G7 summit]] expected to "
        "be dominated by the war in the [[Middle East|LOC]]. [[Canadian|NORP]] Prime Minister [[Mark Carney|PERSON]] "
        "said the summit would not issue a joint communique.\n",
    ),
    (
        "own-dev41e-typhoon-jets",
        "2024-11-20",
        "[[ANKARA|GPE|Ankara]], Nov 20 - [[Turkey|GPE]] is in talks to buy 40 [[Eurofighter Typhoon|PRODUCT]] "
        "jets, Defence Minister [[Yaşar Güler|PERSON]] said on Wednesday, after [[Germany|GPE]] dropped its "
        "objection. [[Turkey|GPE]] also wants 40 [[F-16 Block 70|PRODUCT|General Dynamics F-16 Fighting "
        "Falcon]] fighters from the [[United States|GPE]].\n",
    ),
]

CHECK: list[Case] = [
    (
        "own-dev41e-chido",
        "2024-12-15",
        "[[PARIS|GPE|Paris]], Dec 15 - [[Intense Tropical Cyclone Chido|EVENT|Cyclone Chido]] tore through "
        "the [[French|NORP]] territory of [[Mayotte|GPE]] on Saturday with winds above 220 km/h, "
        "[[Météo-France|ORG]] said. [[Chido|EVENT|Cyclone Chido]] then made landfall in northern "
        "[[Mozambique|GPE]].\n",
    ),
    (
        "own-dev41e-kongrey",
        "2024-10-31",
        "[[TAIPEI|GPE|Taipei]], Oct 31 - [[Typhoon Kong-rey|EVENT|Typhoon Kong-rey (2024)]], the largest storm "
        "to hit [[Taiwan|GPE]] in nearly 30 years, made landfall in [[Taitung|GPE|Taitung County]] on "
        "Thursday, the [[Central Weather Administration|ORG]] said. [[Kong-rey|EVENT|Typhoon Kong-rey (2024)]] "
        "had passed north of the [[Philippines|GPE]], where it was named [[Leon|EVENT|Typhoon Kong-rey "
        "(2024)]].\n",
    ),
    (
        "own-dev41e-herb-1996",
        "1996-08-01",
        "[[TAIPEI|GPE|Taipei]] 1996-08-01\n\n[[Typhoon Herb|EVENT]] killed at least 20 people in [[Taiwan|GPE]] "
        "and left 30 missing after it swept across the island on Wednesday, officials said. [[Herb|EVENT|"
        "Typhoon Herb]] was heading for the [[Chinese|NORP]] province of [[Fujian|GPE]].\n",
    ),
    (
        "own-dev41e-emirates",
        "2024-11-07",
        "[[DUBAI|GPE|Dubai]], Nov 7 - [[Emirates|ORG|Emirates (airline)]] said on Thursday it had not yet "
        "received a date for its first [[777-9|PRODUCT|Boeing 777X]] from [[Boeing|ORG]], and would refit more "
        "of its [[777-300ER|PRODUCT|Boeing 777]] jets instead. Its [[Airbus A350-900|PRODUCT|Airbus A350]] "
        "jets enter service in January.\n",
    ),
    (
        "own-dev41e-proba3",
        "2024-12-05",
        "[[SRIHARIKOTA|GPE|Sriharikota]], Dec 5 - [[India|GPE]]'s [[PSLV|PRODUCT|Polar Satellite Launch "
        "Vehicle]] rocket launched the [[European Space Agency|ORG]]'s [[Proba-3|PRODUCT|PROBA-3]] mission on "
        "Thursday, a pair of satellites that will fly in formation to study the solar corona, the "
        "[[Indian Space Research Organisation|ORG]] said.\n",
    ),
    (
        "own-dev41e-volkswagen",
        "2025-02-12",
        "[[WOLFSBURG|GPE|Wolfsburg]], Feb 12 - [[Volkswagen|ORG]] will build the next [[Golf|PRODUCT|Volkswagen "
        "Golf]] in [[Mexico|GPE]] from 2027 and move production of the [[Tiguan|PRODUCT|Volkswagen Tiguan]] "
        "to [[Wolfsburg|GPE]], the carmaker said on Wednesday.\n",
    ),
    (
        "own-dev41e-brics",
        "2024-10-22",
        "[[KAZAN|GPE|Kazan]], [[Russia|GPE]], Oct 22 - [[Chinese|NORP]] President [[Xi Jinping|PERSON]] arrived "
        "in [[Kazan|GPE]] on Tuesday for the [[BRICS summit|EVENT|16th BRICS summit]], the first since the "
        "group added [[Egypt|GPE]], [[Ethiopia|GPE]], [[Iran|GPE]] and the [[United Arab Emirates|GPE]].\n",
    ),
    (
        "own-dev41e-hortense-1996",
        "1996-09-10",
        "[[SAN JUAN|GPE|San Juan, Puerto Rico]], [[Puerto Rico|GPE]] 1996-09-10\n\n[[Hurricane Hortense|EVENT]] "
        "dumped up to 20 inches of rain on [[Puerto Rico|GPE]] on Tuesday, killing at least 18 people, "
        "officials said. Forecasters in [[Miami|GPE]] said [[Hortense|EVENT|Hurricane Hortense]] would pass near "
        "the [[Dominican Republic|GPE]] on Wednesday, a week after [[Hurricane Edouard|EVENT|Hurricane Edouard "
        "(1996)]] brushed [[Cape Cod|LOC]].\n",
    ),
]

if __name__ == "__main__":
    build_sets(
        HERE / "own-entities-dev41e.jsonl", HERE / "own-entities-dev41e-check.jsonl", CASES, CHECK, SOURCE
    )
