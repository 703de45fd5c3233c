"""Write eval/own-entities-dev17t.jsonl and eval/own-entities-dev17t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ENTITY TYPES decided by the kind of
name (issue 13, session 16).

The briefs are of kinds where the small model types a name by its guess rather than by its form:
- EVENT by head or form: summits, conferences, weeks, air shows, expos with their year, games,
  championships, cups, festivals and fairs, storms, hurricanes, typhoons and cyclones (and the
  storm's later lone name), numbered conferences ("COP30"); a body that hosts an event stays
  ORG ("the World Economic Forum opened its annual meeting");
- LAW: "X Act (of YEAR)", bills, directives and regulations by number ("Regulation (EU)
  2024/1689"), treaties ("Treaty of Lisbon"), an article or section of a law ("Article 5 of
  the North Atlantic Treaty", "Section 232 of the Trade Expansion Act of 1962": the law alone,
  as dev set 13k marks "Section 7 of the Clayton Act"; "Section 232" alone is a citation and
  stays untagged), trade agreements;
- PRODUCT: rockets, capsules, satellites, aircraft, fighters, phones, operating systems, AI
  models and medicines, the number inside the span ("Falcon 9", "737 MAX", "Su-35", "iPhone
  16", "iOS 26", "Llama 4"), named after their maker where their title is ("Airbus A321neo");
- NORP against GPE and LOC: demonyms and nationalities, plural too ("Iraqis" -> "Iraqi",
  "Europeans" -> "European", "Finns" -> "Finn"), religious groups ("Sunni", "Shia"); regions,
  seas, gulfs, straits, rivers, mountain ranges, peninsulas and islands as LOC.
Cases that must stay: a body hosting an event (ORG), a lower-case "summit" after an
organisation (the organisation alone), a country before its people's name, a storm's name that
is also a person's name used of a person.
Written for briefx by hand (session 16, issue 13 types); real places, institutions, companies,
products and laws, invented people, figures and quotations. Annotated by
``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` inline while writing,
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
``entity_marks`` turns the marks into offsets and checks every span. The CHECK cases go to the
check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev17t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev17t.jsonl"
OUT_CHECK = HERE / "own-entities-dev17t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 17t, issue 13 types by the kind of name); events by "
    "head word and form, storms, laws, acts, treaties and regulations by number, products by "
    "model designation, demonyms and religious groups, natural regions, seas, rivers and ranges; "
    "real places, institutions, companies, products and laws, invented people, figures and "
    "quotations; MIT."
)

CASES = [
    (
        "own-ent17t-01",
        "2025-08-19",
        "[[Hurricane Erin|EVENT]] churns past [[Bermuda|GPE]]\n"
        "[[MIAMI|GPE|Miami]] -- [[Hurricane Erin|EVENT]] grew back into a Category 4 storm over "
        "the [[Atlantic|LOC|Atlantic Ocean]] on Tuesday, and forecasters at the "
        "[[National Hurricane Center|ORG]] said [[Erin|EVENT|Hurricane Erin]] would pass between "
        "[[Bermuda|GPE]] and the [[Outer Banks|LOC]] of [[North Carolina|GPE]] on Thursday. "
        "Swimmers were told to stay out of the water from [[Florida|GPE]] to [[New Jersey|GPE]].\n"
        "On the other side of the world, [[Queenslanders|NORP|Queenslander]] are still paying to "
        "repair roads broken by [[Cyclone Alfred|EVENT]], the first cyclone to cross the coast near "
        "[[Brisbane|GPE]] since 1974. [[Typhoon Wipha|EVENT]] dumped rain on [[Hainan|GPE]] and the "
        "[[Gulf of Tonkin|LOC]] last month, and [[Storm Floris|EVENT]] brought gales to the "
        "[[Scottish Highlands|LOC]] this month. [[Floris|EVENT|Storm Floris]] cut power to 30,000 "
        "homes, the network operator said.\n",
    ),
    (
        "own-ent17t-02",
        "2025-01-20",
        "[[DAVOS|GPE|Davos]], [[Switzerland|GPE]] -- About 3,000 delegates gathered in the "
        "[[Alps|LOC]] on Monday as the [[World Economic Forum|ORG]] opened its annual meeting, a "
        "week after [[Abu Dhabi Sustainability Week|EVENT]] closed in the [[Gulf|LOC|Persian Gulf]]. "
        "Organisers of the [[Munich Security Conference|EVENT]] said [[Ukrainian|NORP]] and "
        "[[European|NORP]] ministers would meet there in February, and [[France|GPE]] will host the "
        "[[AI Action Summit|EVENT]] in [[Paris|GPE]] on 10 and 11 February.\n"
        "[[Brazil|GPE]], host of [[COP30|EVENT|2025 United Nations Climate Change Conference]] in "
        "[[Belém|GPE]], sent a delegation of 40, and [[Azerbaijan|GPE]], which hosted "
        "[[COP29|EVENT|2024 United Nations Climate Change Conference]], said its finance goal must "
        "hold. [[Sunni|NORP]] and [[Shia|NORP]] clerics from [[Iraq|GPE]] will speak on a panel "
        "about water in the [[Tigris|LOC]] basin.\n",
    ),
    (
        "own-ent17t-03",
        "2025-08-02",
        "[[BRUSSELS|GPE|Brussels]] -- Rules for general-purpose AI models under "
        "[[Regulation (EU) 2024/1689|LAW]] took effect on Saturday, a year after the "
        "[[AI Act|LAW|Artificial Intelligence Act]] entered into force. The "
        "[[European Commission|ORG]] said providers such as [[OpenAI|ORG]] and "
        "[[Mistral AI|ORG]] must publish summaries of their training data, and that "
        "[[Directive (EU) 2019/790|LAW]] on copyright still applied. Practices banned under "
        "Article 5 of the [[AI Act|LAW|Artificial Intelligence Act]] have been unlawful since "
        "February.\n"
        "[[Meta|ORG|Meta Platforms]] said it would not sign the code of practice and that its "
        "[[Llama 4|PRODUCT|Llama (language model)]] models met the law, while [[Google|ORG]] signed "
        "it for [[Gemini 2.5|PRODUCT|Gemini (language model)]]. [[Germany|GPE]]'s digital minister "
        "said the [[Digital Services Act|LAW]] and the [[General Data Protection Regulation|LAW]] "
        "would be enforced alongside the new rules.\n",
    ),
    (
        "own-ent17t-04",
        "2025-06-04",
        "[[WASHINGTON|GPE|Washington, D.C.]] -- [[Donald Trump|PERSON]] doubled tariffs on steel "
        "and aluminium to 50% on Wednesday under Section 232 of the "
        "[[Trade Expansion Act of 1962|LAW]]. [[Canadian|NORP]] and [[Mexican|NORP]] steelmakers "
        "said the Section 232 duties broke the "
        "[[USMCA|LAW|United States–Mexico–Canada Agreement]], and [[Britain|GPE|United Kingdom]] "
        "kept its rate at 25%.\n"
        "The [[Supreme Court|ORG|Supreme Court of the United States]] will hear a challenge to "
        "tariffs imposed under the [[International Emergency Economic Powers Act|LAW]] in "
        "November. In the [[Senate|ORG|United States Senate]], Republicans pushed the "
        "[[One Big Beautiful Bill Act|LAW]] towards a vote, and chipmakers asked that credits under "
        "the [[CHIPS and Science Act|LAW]] be kept. The [[Commerce Department|ORG|United States "
        "Department of Commerce]] said it could also invoke the "
        "[[Defense Production Act|LAW|Defense Production Act of 1950]].\n",
    ),
    (
        "own-ent17t-05",
        "2025-06-25",
        "[[THE HAGUE|GPE|The Hague]] -- [[NATO|ORG]] leaders reaffirmed Article 5 of the "
        "[[North Atlantic Treaty|LAW]] at their summit on Wednesday and agreed to spend 5% of GDP "
        "on defence by 2035. [[Spain|GPE]] won a looser target. [[Mark Rutte|PERSON]] said "
        "[[Russian|NORP]] drones over the [[Baltic Sea|LOC]] and the [[Black Sea|LOC]] showed why "
        "the pledge mattered, and [[Finns|NORP|Finn]] and [[Poles|NORP|Pole]] said they had long "
        "spent more.\n"
        "[[European Union|ORG]] diplomats at the [[Hague|GPE|The Hague]] talks said the mutual "
        "defence clause of the [[Treaty on European Union|LAW]] sat beside the alliance's, and "
        "that the [[Treaty of Lisbon|LAW]] let the bloc borrow for arms. The "
        "[[Treaty of Rome|LAW]] turns 70 in 2027.\n",
    ),
    (
        "own-ent17t-06",
        "2025-07-10",
        "[[CAPE CANAVERAL|GPE|Cape Canaveral]], [[Fla.|GPE|Florida]] -- [[SpaceX|ORG]] launched a "
        "[[Falcon 9|PRODUCT]] carrying 28 [[Starlink|PRODUCT]] satellites on Thursday, its 80th "
        "flight of the year. [[Blue Origin|ORG]] said its [[New Glenn|PRODUCT]] rocket would fly "
        "again in the autumn, and [[Rocket Lab|ORG]] moved the first [[Neutron|PRODUCT|Neutron "
        "(rocket)]] launch to 2026. [[United Launch Alliance|ORG]] has flown its "
        "[[Vulcan Centaur|PRODUCT]] twice this year.\n"
        "[[NASA|ORG]] said the [[Starliner|PRODUCT|Boeing Starliner]] capsule would not carry "
        "crew before next year. In [[Tokyo|GPE]], [[JAXA|ORG]] said its [[H3|PRODUCT]] rocket had "
        "put the [[Michibiki|PRODUCT|Quasi-Zenith Satellite System]] navigation satellite in orbit, "
        "and [[Indian|NORP]] officials said a [[PSLV|PRODUCT|Polar Satellite Launch Vehicle]] "
        "would fly from [[Sriharikota|GPE]] in August.\n",
    ),
    (
        "own-ent17t-07",
        "2025-06-17",
        "[[LE BOURGET|GPE|Le Bourget]], [[France|GPE]] -- [[Airbus|ORG]] won orders for 60 "
        "[[A321neo|PRODUCT|Airbus A321neo]] jets on the first day of the "
        "[[Paris Air Show|EVENT]], while [[Boeing|ORG]] said output of the "
        "[[737 MAX|PRODUCT|Boeing 737 MAX]] would reach 42 a month by the autumn. "
        "[[Riyadh Air|ORG]] ordered 25 [[A350-1000|PRODUCT|Airbus A350]] jets.\n"
        "[[Dassault Aviation|ORG]] flew the [[Rafale|PRODUCT|Dassault Rafale]] over the show, and "
        "[[Indonesian|NORP]] officials said they had dropped a plan to buy the "
        "[[Su-35|PRODUCT|Sukhoi Su-35]]. [[Embraer|ORG]] said [[Sweden|GPE]] and the "
        "[[Netherlands|GPE]] would buy the [[C-390|PRODUCT|Embraer C-390 Millennium]], and "
        "[[Lockheed Martin|ORG]] said [[F-35|PRODUCT|Lockheed Martin F-35 Lightning II]] deliveries "
        "to [[Europeans|NORP|European]] air forces would rise. The [[Farnborough International "
        "Airshow|EVENT]] returns next July.\n",
    ),
    (
        "own-ent17t-08",
        "2025-09-10",
        "[[CUPERTINO|GPE|Cupertino]], [[Calif.|GPE|California]] -- [[Apple|ORG|Apple Inc.]] "
        "unveiled the [[iPhone 17|PRODUCT]] on Tuesday and cut the price of the "
        "[[iPhone 16|PRODUCT]] by $100. It said [[iOS 26|PRODUCT]] would reach phones as old as "
        "the [[iPhone 11|PRODUCT]]. [[Samsung|ORG|Samsung Electronics]] said sales of its "
        "[[Galaxy Z Fold 7|PRODUCT|Samsung Galaxy Z Fold 7]] had beaten forecasts.\n"
        "In [[Copenhagen|GPE]], [[Novo Nordisk|ORG]] cut the list price of [[Ozempic|PRODUCT]] and "
        "[[Wegovy|PRODUCT]] in the [[United States|GPE]], where "
        "[[Eli Lilly|ORG|Eli Lilly and Company]]'s [[Mounjaro|PRODUCT]] and [[Zepbound|PRODUCT]] "
        "now lead sales. [[Microsoft|ORG]] said support for [[Windows 10|PRODUCT]] ends on Oct. 14 "
        "and that [[Copilot|PRODUCT|Microsoft Copilot]] would come to every [[Windows 11|PRODUCT]] "
        "PC.\n",
    ),
    (
        "own-ent17t-09",
        "2025-07-14",
        "[[LONDON|GPE|London]] -- [[Jannik Sinner|PERSON]] won the "
        "[[Wimbledon Championships|EVENT]] on Sunday, hours after [[Chelsea|ORG|Chelsea F.C.]] "
        "beat [[Paris Saint-Germain|ORG|Paris Saint-Germain F.C.]] 3-0 in the final of the "
        "[[Club World Cup|EVENT|FIFA Club World Cup]] in [[New Jersey|GPE]]. [[Italians|NORP|"
        "Italian]] in [[Rome|GPE]] watched on big screens.\n"
        "[[England|GPE]] reached the quarter-finals of [[Women's Euro 2025|EVENT|UEFA Women's "
        "Euro 2025]] in [[Switzerland|GPE]], and the [[Tour de France|EVENT]] reached the "
        "[[Pyrenees|LOC]] with [[Tadej Pogačar|PERSON]] in yellow. [[Glasgow|GPE]] said tickets "
        "for the [[Commonwealth Games|EVENT]] next summer would go on sale in September, and the "
        "[[Asian Games|EVENT]] will be held in [[Nagoya|GPE]] in 2026.\n",
    ),
    (
        "own-ent17t-10",
        "2025-03-10",
        "[[BAGHDAD|GPE|Baghdad]] -- [[Iraq|GPE]]'s [[Sunni|NORP]] and [[Shia|NORP]] parties agreed "
        "on Monday to share the posts of a new water authority for the [[Tigris|LOC]] and "
        "[[Euphrates|LOC]], as [[Kurdish|NORP]] officials in [[Erbil|GPE]] warned that dams in "
        "[[Turkey|GPE]] had cut flows by a third. [[Iraqis|NORP|Iraqi]] in the south have faced "
        "summer shortages for four years, and salt water from the [[Persian Gulf|LOC]] has pushed "
        "up the [[Shatt al-Arab|LOC]].\n"
        "The [[Zagros Mountains|LOC]] had their driest winter in 40 years, [[Iranian|NORP]] "
        "forecasters said, and [[Syrian|NORP]] farmers along the [[Euphrates|LOC]] planted less "
        "wheat. [[Christians|NORP|Christian]] in the [[Nineveh Plains|LOC]] asked for wells.\n",
    ),
    (
        "own-ent17t-11",
        "2025-08-12",
        "[[MADRID|GPE|Madrid]] -- [[Spanish|NORP]] firefighters fought blazes in the "
        "[[Cantabrian Mountains|LOC]] on Tuesday as a heatwave gripped the "
        "[[Iberian Peninsula|LOC]], and [[Portuguese|NORP]] crews cut firebreaks above the "
        "[[Douro|LOC]] valley. Fires also burned in the [[Peloponnese|LOC]], where [[Greeks|NORP|"
        "Greek]] were told to leave three villages, and on the [[Balkans|LOC]]' [[Adriatic|LOC|"
        "Adriatic Sea]] coast.\n"
        "Temperatures over the [[Mediterranean|LOC|Mediterranean Sea]] were 4C above normal, "
        "[[Copernicus|ORG|Copernicus Programme]] said, and glaciers in the [[Alps|LOC]] lost more "
        "ice in July than in any month on record. [[Europeans|NORP|European]] should expect more "
        "such summers, the [[European Environment Agency|ORG]] said.\n",
    ),
    (
        "own-ent17t-12",
        "2025-10-13",
        "[[OSAKA|GPE|Osaka]] -- [[Expo 2025|EVENT]] closed on Monday after 184 days and 25 "
        "million visits, and [[Riyadh|GPE]] will host [[Expo 2030|EVENT]]. [[Japanese|NORP]] "
        "visitors made up four in five of the crowds, the organisers said.\n"
        "The [[Frankfurt Book Fair|EVENT]] opens on Wednesday, the [[Dubai Airshow|EVENT]] in "
        "November, and [[Gitex Global|EVENT]] is under way in [[Dubai|GPE]]. In [[Munich|GPE]], "
        "[[Oktoberfest|EVENT]] drew 6.5 million visitors, and [[Harbin|GPE]], which hosted the "
        "[[Asian Winter Games|EVENT|2025 Asian Winter Games]] in February, said its ice festival "
        "would open in December.\n",
    ),
]

CHECK = [
    (
        "own-ent17t-13",
        "2025-10-29",
        "[[Hurricane Melissa|EVENT]] hits [[Jamaica|GPE]]\n"
        "[[KINGSTON|GPE|Kingston]] -- [[Hurricane Melissa|EVENT]] made landfall in "
        "[[Jamaica|GPE]] as a Category 5 storm on Tuesday, and [[Melissa|EVENT|Hurricane Melissa]] "
        "moved on towards [[Cuba|GPE]] across the [[Caribbean|LOC|Caribbean Sea]]. "
        "[[Jamaicans|NORP|Jamaican]] in the [[Blue Mountains|LOC|Blue Mountains (Jamaica)]] were "
        "cut off, the [[Red Cross|ORG|International Red Cross and Red Crescent Movement]] said.\n",
    ),
    (
        "own-ent17t-14",
        "2025-05-21",
        "[[LONDON|GPE|London]] -- The [[Employment Rights Bill|LAW]] passed its second reading in "
        "the [[House of Lords|ORG]] on Wednesday, and ministers said the "
        "[[Data (Use and Access) Act 2025|LAW]] would take effect in stages. "
        "[[Welsh|NORP]] ministers said the [[Climate Change Act 2008|LAW]] still bound them, and "
        "the [[Windsor Framework|LAW]] was debated in [[Belfast|GPE]].\n",
    ),
    (
        "own-ent17t-15",
        "2025-11-11",
        "[[DUBAI|GPE|Dubai]] -- [[Emirates|ORG]] ordered 65 [[777-9|PRODUCT|Boeing 777X]] jets on "
        "the first day of the [[Dubai Airshow|EVENT]], and [[flydubai|ORG]] took 75 "
        "[[737 MAX|PRODUCT|Boeing 737 MAX]] jets. [[Saudi|NORP]] officials said [[Riyadh Air|ORG]] "
        "would fly its first [[787-9|PRODUCT|Boeing 787 Dreamliner]] to [[London|GPE]] in "
        "October.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
