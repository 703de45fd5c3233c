"""Write eval/own-entities-dev10t.jsonl and eval/own-entities-dev10t-check.jsonl (FORMAT.md,
entities only): a tenth entities dev set and its check set, for entity *types* on kinds of
brief the team's sets have few of.

Kinds of text: elections with parties and regions, energy and grids, airlines and aircraft,
ports and shipping, motor racing, tennis and athletics, health agencies and outbreaks, tech
regulation with products, mining, local government and transit lines. Families where types go
wrong: demonyms and plural groups (NORP), governments named by their capital ("Beijing said",
GPE), regions that are not political units (LOC) beside provinces and states (GPE), parties and
agencies (ORG), aircraft, ships and devices with model numbers (PRODUCT), mines, airports,
lines, wind farms and interconnectors (FAC), races and meetings (EVENT), acts (LAW). Written for
briefx by hand (session 8, issue 13); real places, companies and institutions, invented people,
figures, quotations and details. Annotated by ``shared/eval/ANNOTATION.md`` inline while
writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Countries' national teams named by the country are GPE, as in
the team's earlier sets. This script turns the marks into offsets and checks every span
(``text[start:end] == text``, in order, no overlap, known type). The CHECK cases go to the check
file: scored only at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev10t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev10t.jsonl"
OUT_CHECK = HERE / "own-entities-dev10t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 10t, issue 13 types); election, energy, airline, "
    "shipping, sport, health, tech-regulation, mining and transit copy; real places, companies "
    "and institutions, invented people, figures and details; MIT."
)

CASES = [
    (
        "own-ent10t-01",
        "2026-06-22",
        "[[SEVILLE|GPE|Seville]] -- The [[People's Party|ORG|People's Party (Spain)]] won the "
        "most seats in [[Andalusia|GPE]]'s regional election on Sunday but fell two short of a "
        "majority, and will need the abstention of [[Vox|ORG|Vox (political party)]] to govern. "
        "The [[Spanish Socialist Workers' Party|ORG]] came second with 28 seats, its worst result "
        "in the region, losing ground in [[Seville|GPE]] and [[Jaén|GPE|Province of Jaén]] "
        "province. [[Sumar|ORG|Sumar (electoral platform)]] kept three seats in [[Málaga|GPE]].\n"
        "Turnout rose to 61%, with the sharpest rise in the villages of the "
        '[[Sierra Morena|LOC]]. "[[Andalusians|NORP|Andalusian]] have asked us to govern alone," said regional '
        "leader [[Marta Cabrera|PERSON]]. Party officials in [[Madrid|GPE]] said the result "
        "would shape talks on the budget with [[Catalan|NORP]] and [[Basque|NORP]] nationalists "
        "in the [[Congress of Deputies|ORG]].\n",
    ),
    (
        "own-ent10t-02",
        "2026-01-14",
        "[[National Grid|ORG|National Grid plc]] said on Wednesday that imports through the "
        "[[Viking Link|FAC]] interconnector from [[Denmark|GPE]] covered 6% of demand in "
        "[[Britain|GPE|United Kingdom]] during last week's cold spell, when wind output in the "
        "[[North Sea|LOC]] fell to its lowest in two years. The regulator, [[Ofgem|ORG]], will "
        "publish its review of the outage in [[Scotland|GPE]] next month.\n"
        "[[EDF|ORG|Électricité de France]] said the first reactor at [[Hinkley Point C|FAC]] in "
        "[[Somerset|GPE]] would not start before 2030, and [[Ørsted|ORG]] delayed work on the "
        "[[Hornsea 3|FAC|Hornsea Wind Farm]] wind farm off the [[Humber|LOC]] estuary. In the "
        "[[Iberian Peninsula|LOC]], grid operator [[Red Eléctrica|ORG|Red Eléctrica de España]] "
        "said solar plants in [[Extremadura|GPE]] had been curtailed on 19 days since "
        "October.\n",
    ),
    (
        "own-ent10t-03",
        "2026-03-05",
        "[[FRANKFURT|GPE|Frankfurt]] -- [[Lufthansa|ORG]] will take its first "
        "[[Airbus A350-1000|PRODUCT]] in May and base the jet at [[Munich Airport|FAC]], the "
        "airline said on Thursday, while delays to the [[Boeing 777-9|PRODUCT|Boeing 777X]] "
        "have kept older [[Boeing 747-8|PRODUCT]] aircraft flying from [[Frankfurt|GPE]] into "
        "2029. Engine inspections ordered by the [[European Union Aviation Safety Agency|ORG]] "
        "have grounded 11 of its [[Airbus A320neo|PRODUCT]] jets.\n"
        "[[Ryanair|ORG]] said it would open two bases in [[Morocco|GPE]] and fly to "
        "[[Marrakesh|GPE]] from [[Stansted|FAC|London Stansted Airport]]. Its chief executive, "
        "[[Ciarán Dolan|PERSON]], said late deliveries of the "
        "[[Boeing 737 MAX 10|PRODUCT|Boeing 737 MAX]] would cap growth. [[Boeing|ORG]] said it "
        "expected the [[Federal Aviation Administration|ORG]] to certify the model this year.\n",
    ),
    (
        "own-ent10t-04",
        "2026-08-11",
        "[[ROTTERDAM|GPE|Rotterdam]] -- Container volumes at the port of [[Rotterdam|GPE]] fell "
        "4% in the first half, the [[Port of Rotterdam Authority|ORG]] said on Tuesday, as "
        "shipping lines kept sending ships around the [[Cape of Good Hope|LOC]] rather than "
        "through the [[Red Sea|LOC]]. [[Maersk|ORG|A.P. Moller-Maersk]] and "
        "[[Hapag-Lloyd|ORG]] said the detour added 12 days to voyages from [[Shanghai|GPE]].\n"
        "Volumes rose at [[Antwerp|GPE]] and [[Hamburg|GPE]]. The [[Suez Canal Authority|ORG]] "
        "said transits fell by a third. The container ship [[MSC Aurelia|PRODUCT]], which lost "
        "power off [[Gibraltar|GPE]] last week, was towed to [[Algeciras|GPE]]. "
        "[[Beijing|GPE]] said [[Chinese|NORP]] carriers would add capacity on routes to the "
        "[[Mediterranean|LOC|Mediterranean Sea]].\n",
    ),
    (
        "own-ent10t-05",
        "2026-05-25",
        "[[Oliver Brandt|PERSON]] won the [[Monaco Grand Prix|EVENT]] for [[McLaren|ORG]] on "
        "Sunday, holding off [[Ferrari|ORG|Scuderia Ferrari]]'s [[Luca Moretti|PERSON]] by 1.8 "
        "seconds after starting from pole. [[Red Bull|ORG|Red Bull Racing]] driver "
        "[[Tomás Ibarra|PERSON]] was third. The series moves to the "
        "[[Circuit Gilles Villeneuve|FAC]] in [[Montreal|GPE]] for the "
        "[[Canadian Grand Prix|EVENT]] in two weeks.\n"
        "At the [[Italian Open|EVENT]] in [[Rome|GPE]], [[Giulia Ferrante|PERSON]] beat "
        "[[Poland|GPE]]'s [[Natalia Wrona|PERSON]] 6-4, 7-5 to reach the final. At the "
        "[[Bislett Games|EVENT]] in [[Oslo|GPE]], [[Kenyan|NORP]] runner "
        "[[Faith Chepkemoi|PERSON]] won the 1,500 metres and [[Norwegians|NORP|Norwegian]] "
        "cheered a home win in the 400 metres hurdles.\n",
    ),
    (
        "own-ent10t-06",
        "2026-09-18",
        "[[GENEVA|GPE|Geneva]] -- The [[World Health Organization|ORG]] said on Friday that "
        "mpox cases in [[South Kivu|GPE]] had doubled in a month and that the outbreak had "
        "spread to [[Burundi|GPE]] and [[Uganda|GPE]]. The [[Africa CDC|ORG|Africa Centres for "
        "Disease Control and Prevention]] asked donors for $280 million.\n"
        "[[Gavi|ORG|Gavi, the Vaccine Alliance]] said 500,000 vaccine doses from "
        "[[Bavarian Nordic|ORG]] would reach [[Kinshasa|GPE]] by October. "
        "[[UNICEF|ORG]] will fly them on to [[Bukavu|GPE]] and [[Goma|GPE]]. "
        "[[Congolese|NORP]] health officials said clinics in the [[Ruzizi Plain|LOC]] had run "
        'out of tests. "We are seeing children in every ward," said '
        "Dr. [[Amani Mulongo|PERSON]] of [[Médecins Sans Frontières|ORG]].\n",
    ),
    (
        "own-ent10t-07",
        "2026-04-29",
        "[[BRUSSELS|GPE|Brussels]] -- The [[European Commission|ORG]] fined [[Apple|ORG|Apple "
        "Inc.]] 410 million euros on Wednesday for breaching the "
        "[[Digital Markets Act|LAW]], saying it had kept rival browsers off the "
        "[[iPhone|PRODUCT]]. The [[Commission|ORG|European Commission]] also opened a case into "
        "whether [[Google|ORG]] favours its [[Chrome|PRODUCT|Google Chrome]] browser on "
        "[[Pixel 9|PRODUCT]] phones.\n"
        "[[Microsoft|ORG]] said it would change how [[Windows 11|PRODUCT]] sets defaults in "
        "[[Europe|LOC]]. In [[Dublin|GPE]], the [[Data Protection "
        "Commission|ORG]] said it was reviewing whether [[Meta|ORG|Meta Platforms]] trained its "
        "models on [[Europeans|NORP|European]]' posts without consent, a question the "
        "[[AI Act|LAW|Artificial Intelligence Act]] leaves to national regulators.\n",
    ),
    (
        "own-ent10t-08",
        "2026-07-30",
        "[[Rio Tinto|ORG]] shipped 83 million tonnes of iron ore from the [[Pilbara|LOC]] in "
        "the second quarter, up 2%, and said the [[Simandou|FAC]] mine in [[Guinea|GPE]] would "
        "load its first cargo in November. [[BHP|ORG]] said output at [[Escondida|FAC]], the "
        "copper mine in [[Chile|GPE]]'s [[Atacama Desert|LOC]], fell 5% as it treated lower "
        "grades.\n"
        "State miner [[Codelco|ORG]] cut its forecast after a tunnel collapse at "
        "[[El Teniente|FAC]]. [[Glencore|ORG]] said it would sell its stake in a smelter in "
        "[[Zambia|GPE]], and [[Anglo American|ORG]] said talks with [[Botswana|GPE]] over "
        "[[De Beers|ORG]] were continuing. Demand from [[Chinese|NORP]] steel mills held up, "
        "[[Rio Tinto|ORG]]'s chief executive [[Hugh Pemberton|PERSON]] said.\n",
    ),
    (
        "own-ent10t-09",
        "2026-02-10",
        "[[Transport for London|ORG]] said the [[Elizabeth|FAC|Elizabeth line]] line would close between "
        "[[Paddington|FAC|London Paddington station]] and [[Heathrow|FAC|Heathrow Airport]] for "
        "four weekends in March, and that new trains on the [[Piccadilly|FAC|Piccadilly line]] line would enter "
        "service in the autumn. [[Camden|GPE|London Borough of Camden]] council asked for "
        "extra buses.\n"
        "In [[Greater Manchester|GPE]], mayor [[Rachel Okafor|PERSON]] said trams on the "
        "[[Metrolink|FAC|Manchester Metrolink]] would reach [[Stockport|GPE]] by 2030. "
        "[[Leeds City Council|ORG]] voted to build a tram line to [[Bradford|GPE]], and "
        "[[Network Rail|ORG]] said electrification of the line to [[Huddersfield|GPE]] was on "
        "budget. "
        "Commuters from the [[Pennines|LOC]] complained of delays.\n",
    ),
    (
        "own-ent10t-10",
        "2026-11-05",
        "[[COLUMBUS|GPE|Columbus, Ohio]], [[Ohio|GPE]] -- [[Republicans|NORP|Republican]] kept control "
        "of the [[Ohio House of Representatives|ORG]] on Tuesday, while [[Democrats|NORP|"
        "Democrat]] won two seats in [[Franklin County|GPE|Franklin County, Ohio]] and one in "
        "[[Cuyahoga County|GPE]]. Voters approved a school levy in [[Dayton|GPE|Dayton, Ohio]] "
        "and rejected one in [[Toledo|GPE|Toledo, Ohio]].\n"
        "The [[Ohio Supreme Court|ORG|Supreme Court of Ohio]] seat went to [[Republican|NORP]] "
        "judge [[Karen Whitfield|PERSON]]. Turnout was highest in the "
        "counties along the [[Ohio River|LOC]]. [[Moscow|GPE]] and "
        "[[Tehran|GPE]] tried to sway voters online, the [[Cybersecurity and Infrastructure "
        "Security Agency|ORG]] said.\n",
    ),
]

CHECK = [
    (
        "own-ent10t-c1",
        "2026-11-24",
        "[[MUMBAI|GPE|Mumbai]] -- The [[Bharatiya Janata Party|ORG]] and its allies won 220 of "
        "[[Maharashtra|GPE]]'s 288 assembly seats, the [[Election Commission of India|ORG]] said "
        "on Saturday. The [[Indian National Congress|ORG]] held on in [[Vidarbha|LOC]] but lost "
        "every seat in [[Mumbai|GPE]] and [[Thane|GPE]]. [[Congress|ORG|Indian National Congress]] leader "
        "[[Rohit Deshmane|PERSON]] blamed a split in the opposition vote. In [[Jharkhand|GPE]], "
        "the [[Jharkhand Mukti Morcha|ORG]] kept power with the support of "
        "[[Santal|NORP]] voters.\n",
    ),
    (
        "own-ent10t-c2",
        "2026-10-08",
        "[[Qantas|ORG]] will fly the [[Airbus A321XLR|PRODUCT]] from [[Sydney Airport|FAC]] to "
        "[[Perth|GPE]] from December, and retire its last [[Boeing 737-800|PRODUCT]] jets by "
        "2032, the airline said on Wednesday. The [[Civil Aviation Safety Authority|ORG]] "
        "approved longer flights over the [[Indian Ocean|LOC]]. At [[Port Hedland|GPE]], "
        "[[Fortescue|ORG]] said the bulk carrier [[Pilbara Dawn|PRODUCT]] had run aground, and "
        "[[Australians|NORP|Australian]] in the [[Kimberley|LOC|Kimberley (Western "
        "Australia)]] were told to expect a cyclone.\n",
    ),
    (
        "own-ent10t-c3",
        "2026-08-03",
        "[[ABUJA|GPE|Abuja]] -- The [[Nigeria Centre for Disease Control|ORG|Nigeria Centre "
        "for Disease Control and Prevention]] said on Monday that cholera had killed 61 people "
        "in [[Lagos|GPE|Lagos State]] state and [[Kano|GPE|Kano State]] state since June. The "
        "[[World Bank|ORG]] released $40 million for water works in the [[Niger Delta|LOC]], "
        "and [[Nigerians|NORP|Nigerian]] in [[Bauchi|GPE]] were told to boil water. The "
        "[[Lagos Rail Mass Transit|FAC]] stayed open, the [[Lagos Metropolitan Area Transport Authority|ORG]] said.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
