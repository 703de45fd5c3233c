"""Write eval/own-entities-dev11.jsonl and eval/own-entities-dev11-check.jsonl (FORMAT.md,
entities only): an eleventh entities dev set and its check set, for entity *names* (issue 13).

Kinds of text: U.S. floods, wildfires and hurricanes by county and parish, tennis and
athletics, a central bank, bank and utility news, a humanitarian update, an Irish storm.
Families where the canonical ``name`` goes wrong: a name the document writes once with its
diacritics and elsewhere plain ("Iga Świątek" ... "Swiatek", "Hydro-Québec" ...
"Hydro-Quebec", "Cúcuta" ... "Cucuta": every mention takes the spelling with the diacritics,
the English Wikipedia title), and a U.S. county or parish named without its state, which
English Wikipedia titles "<County>, <State>" ("Franklin County" in an Ohio text -> "Franklin
County, Ohio"; also where the text names two states and the county lies in one of them).
Cases that must stay as they are: Irish counties ("County Cork"), a person the text never
writes with diacritics, a county written with its state. Written for briefx by hand (session
9, issue 13); real places, institutions and a few public figures, invented events, figures
and quotations (and invented people where the text says nothing a real person did).
Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any
of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. ``entity_marks`` turns the
marks into offsets and checks every span. The CHECK cases go to the check file: scored only
once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev11.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev11.jsonl"
OUT_CHECK = HERE / "own-entities-dev11-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 11, issue 13 names); county, weather, sport, bank, "
    "utility and humanitarian copy; real places, institutions and public figures, invented "
    "events, figures and quotations; MIT."
)

CASES = [
    (
        "own-ent11-01",
        "2026-04-13",
        "[[COLUMBUS|GPE|Columbus, Ohio]], [[Ohio|GPE]] -- Flash flooding closed 40 roads in "
        "[[Franklin County|GPE|Franklin County, Ohio]] and [[Delaware County|GPE|Delaware County, "
        "Ohio]] on Monday, the [[Ohio Emergency Management Agency|ORG]] said. Its director, "
        "[[Sima Merrick|PERSON]], said crews from [[Licking County|GPE|Licking County, Ohio]] "
        "were helping to clear debris. [[Merrick|PERSON|Sima Merrick]] said the [[National "
        "Weather Service|ORG]] expected the [[Scioto River|LOC]] to crest on Tuesday.\n",
    ),
    (
        "own-ent11-02",
        "2026-03-05",
        "[[AUSTIN|GPE|Austin, Texas]], [[Texas|GPE]] -- A wildfire has burned 12,000 acres in "
        "[[Bastrop County|GPE|Bastrop County, Texas]], the [[Texas A&M Forest Service|ORG]] said "
        "on Thursday. Residents of [[Smithville|GPE|Smithville, Texas]] were told to leave their "
        "homes. Crews from [[Travis County|GPE|Travis County, Texas]] and [[Hays County|GPE|Hays "
        "County, Texas]] joined the effort, and the [[Federal Emergency Management Agency|ORG]] "
        "([[FEMA|ORG|Federal Emergency Management Agency]]) approved a grant to cover most of the "
        "cost.\n",
    ),
    (
        "own-ent11-03",
        "2026-09-10",
        "[[BATON ROUGE|GPE|Baton Rouge, Louisiana]], [[La.|GPE|Louisiana]] -- [[Hurricane "
        "Delphine|EVENT]] made landfall near [[Cocodrie|GPE|Cocodrie, Louisiana]] on Wednesday, "
        "cutting power to 90,000 homes in [[Terrebonne Parish|GPE|Terrebonne Parish, Louisiana]] "
        "and [[Lafourche Parish|GPE|Lafourche Parish, Louisiana]]. Governor [[Jeff "
        "Landry|PERSON]] said shelters in [[Ascension Parish|GPE|Ascension Parish, Louisiana]] "
        "were full. [[Delphine|EVENT|Hurricane Delphine]] weakened to a tropical storm over "
        "[[Mississippi|GPE]] on Thursday.\n",
    ),
    (
        "own-ent11-04",
        "2026-05-15",
        "[[ROME|GPE|Rome]] -- [[Iga Świątek|PERSON]] beat [[Karolína Muchová|PERSON]] 6-3 6-4 on "
        "Friday to reach the semi-finals at the [[Foro Italico|FAC]]. [[Swiatek|PERSON|Iga "
        "Świątek]], who has won the title three times, will play [[Jasmine Paolini|PERSON]] of "
        "[[Italy|GPE]]. \"She served better than me today,\" [[Muchova|PERSON|Karolína Muchová]] "
        "said. [[Paolini|PERSON|Jasmine Paolini]] beat [[Coco Gauff|PERSON]] of the [[United "
        "States|GPE]] in three sets.\n",
    ),
    (
        "own-ent11-05",
        "2026-06-25",
        "[[STOCKHOLM|GPE|Stockholm]] -- [[Sveriges Riksbank|ORG]] kept its policy rate at 2.25% "
        "on Thursday. Governor [[Erik Thedéen|PERSON]] said inflation was close to the target. "
        "[[Thedeen|PERSON|Erik Thedéen]] added that the [[Riksbank|ORG|Sveriges Riksbank]] could "
        "cut again in the autumn if the krona stayed strong. Retail sales in [[Malmo|GPE|Malmö]] "
        "and [[Gothenburg|GPE]] fell in May, [[Statistics Sweden|ORG]] said.\n",
    ),
    (
        "own-ent11-06",
        "2026-02-10",
        "[[PARIS|GPE|Paris]] -- [[Société Générale|ORG]] said on Tuesday it would cut 900 jobs in "
        "[[France|GPE]] by 2028. Chief executive [[Sławomir Krupa|PERSON]] said the bank would "
        "close 80 branches. Shares in [[Societe Generale|ORG|Société Générale]] rose 3%, while "
        "[[BNP Paribas|ORG]] and [[Crédit Agricole|ORG]] were flat. [[Krupa|PERSON|Sławomir "
        "Krupa]] said the cuts would save 450 million euros a year.\n",
    ),
    (
        "own-ent11-07",
        "2026-08-22",
        "[[ZAGREB|GPE|Zagreb]] -- [[Czech|NORP]] runner [[Lukáš Dvořák|PERSON]] won the 1,500 "
        "metres at the [[Zagreb Grand Prix|EVENT|Boris Hanžeković Memorial]] on Saturday. "
        "[[Dvorak|PERSON|Lukáš Dvořák]] finished in 3:31.40, ahead of [[Kenya|GPE]]'s [[Brian "
        "Kiptoo|PERSON]]. [[Croatia|GPE]]'s [[Sandra Perković|PERSON]] won the discus. "
        "[[Perkovic|PERSON|Sandra Perković]] said the crowd had carried her.\n",
    ),
    (
        "own-ent11-08",
        "2026-07-08",
        "[[BOGOTA|GPE|Bogotá]] -- More than 14,000 people fled fighting in the [[Catatumbo|LOC]] "
        "region last week and reached [[Cúcuta|GPE]], the [[Norwegian Refugee Council|ORG]] said "
        "on Wednesday. Its country director, [[María José Peña|PERSON]], said shelters in "
        "[[Cucuta|GPE|Cúcuta]] were full. [[Pena|PERSON|María José Peña]] called on "
        "[[Colombia|GPE]]'s government to open schools as shelters. The [[World Food "
        "Programme|ORG]] said it had sent food from [[Bucaramanga|GPE]].\n",
    ),
    (
        "own-ent11-09",
        "2026-08-03",
        "[[SACRAMENTO|GPE|Sacramento, California]], [[Calif.|GPE|California]] -- Two wildfires "
        "in [[Butte County|GPE|Butte County, California]] and [[Yuba County|GPE|Yuba County, "
        "California]] forced 6,000 people from their homes on Sunday, the [[California Office of "
        "Emergency Services|ORG]] said. Smoke reached [[Reno|GPE|Reno, Nevada]], where officials "
        "in [[Washoe County|GPE|Washoe County, Nevada]], [[Nevada|GPE]], closed schools. Governor "
        "[[Gavin Newsom|PERSON]] asked the [[White House|ORG]] for federal help.\n",
    ),
    (
        "own-ent11-10",
        "2026-12-07",
        "[[CORK|GPE|Cork]] -- [[Storm Bram|EVENT]] brought gusts of 130 km/h to [[County "
        "Cork|GPE]] and [[County Kerry|GPE]] on Sunday, [[Met Éireann|ORG]] said. [[ESB "
        "Networks|ORG]] said 60,000 homes were without power. Housing minister [[James "
        "Browne|PERSON]] visited [[Skibbereen|GPE]], where the river burst its banks. "
        "[[Browne|PERSON|James Browne]] said repairs would start on Monday. Council engineer "
        "[[Jan Novak|PERSON]] said roads in [[Bantry|GPE]] were open again.\n",
    ),
]

CHECK = [
    (
        "own-ent11-11",
        "2026-10-02",
        "[[TALLAHASSEE|GPE|Tallahassee, Florida]], [[Fla.|GPE|Florida]] -- Storm surge flooded "
        "400 homes in [[Wakulla County|GPE|Wakulla County, Florida]] and [[Franklin "
        "County|GPE|Franklin County, Florida]] on Thursday, officials said. Governor [[Ron "
        "DeSantis|PERSON]] sent 300 members of the [[Florida National Guard|ORG]] to "
        "[[Apalachicola|GPE|Apalachicola, Florida]]. [[DeSantis|PERSON|Ron DeSantis]] said "
        "shelters in [[Leon County|GPE|Leon County, Florida]] had room for 2,000 people.\n",
    ),
    (
        "own-ent11-12",
        "2026-04-23",
        "[[MONTREAL|GPE|Montreal]] -- [[Hydro-Québec|ORG]] will spend 3 billion Canadian dollars "
        "on new wind farms near [[Saguenay|GPE|Saguenay, Quebec]], [[Quebec|GPE]] "
        "Premier [[François Legault|PERSON]] said on Thursday. [[Hydro-Quebec|ORG|Hydro-Québec]] "
        "chief executive [[Claudine Bouchard|PERSON]] said the first turbines would run by 2030. "
        "[[Legault|PERSON|François Legault]] said the plan would create 2,000 jobs near "
        "[[Trois-Rivières|GPE]] and [[Rimouski|GPE]].\n",
    ),
    (
        "own-ent11-13",
        "2026-01-15",
        "[[ATLANTA|GPE|Atlanta]] -- Ice storms left 150,000 customers without power in [[Fulton "
        "County|GPE|Fulton County, Georgia]] and [[DeKalb County|GPE|DeKalb County, Georgia]], "
        "[[Georgia Power|ORG]] said on Thursday. Governor [[Brian Kemp|PERSON]] declared a state "
        "of emergency. Utility spokesman [[José Álvarez|PERSON]] said crews from [[Alabama|GPE]] "
        "were on the way. [[Alvarez|PERSON|José Álvarez]] said most homes would have power by "
        "Saturday.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
