"""Write eval/own-entities-dev13k.jsonl and eval/own-entities-dev13k-check.jsonl (FORMAT.md,
entities only): a thirteenth entities dev set and its check set, for the *names and types* of
the minor types FAC, EVENT, PRODUCT and LAW, which the held-out sets find but type or name
wrongly.

Kinds of text the earlier dev sets lack, in the families where the names go wrong: motor racing
with Grands Prix and circuits (one-word circuit names), climate summits by number ("COP30",
"COP 29") and treaties, a car recall and EV prices with models named after their maker's name
or possessive ("Tesla recalled ... Model Y cars", "its Clio hatchback"), airports and stations
named by one word ("Heathrow", "Gatwick", "Paddington") with aircraft variants, rockets and
satellites named by variant ("Long March 5B", "Sentinel-2C", "Soyuz-2.1b"), tanks and
fighters by variant ("M1A2 Abrams", "Leopard 2A7", "T-90M"), medicine brands with hospitals,
antitrust and British laws ("Section 7 of the Clayton Act", "the First Amendment", "the
Equality Act 2010"), festivals, Olympics, storms and a military operation, power stations,
dams, bridges, tunnels and ports. Written for briefx by hand (session 11, issue 13); real
places, companies, institutions, products and laws, invented people, figures, quotations and
details. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run
on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to
the check file: scored only at the end of a session.

Readings where ANNOTATION.md and eval/README.md are silent (as in dev sets 11t and 12t and the
set 9 readings): ``name`` is the English Wikipedia title without a parenthesised disambiguator
(set 9's reading); a product named by a variant is named by its family's title ("Long March 5B"
-> "Long March 5", "Leopard 2A7" -> "Leopard 2", "M1A2 Abrams" -> "M1 Abrams"), and a car
model by its maker's name and the model ("Model Y" -> "Tesla Model Y"), as Wikipedia titles car
models; medicine brands stay bare; a numbered climate summit is named by its year's title
("COP30" -> "2025 United Nations Climate Change Conference", COP n meets in 1994 + n); an
Olympics named with its year or its host city is that edition's title; a Grand Prix without a
year is the race's title (set 9); a law cited by a section ("Section 7 of the Clayton Act")
tags the law alone, the section being a citation; a one-word airport, station or circuit is
its FAC title ("Heathrow" -> "Heathrow Airport"); treaties and protocols are LAW.
Run from the project root: ``python eval/build_own_entities_dev13k.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev13k.jsonl"
OUT_CHECK = HERE / "own-entities-dev13k-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 13k, issue 13 minor types' names); motor-racing, "
    "climate-summit, car-recall, airport, launch, defence, medicine, antitrust, festival and "
    "infrastructure copy; real places, companies, institutions, products and laws, invented "
    "people, figures and details; MIT."
)

CASES = [
    (
        "own-ent13k-01",
        "2026-04-05",
        "[[SUZUKA|GPE|Suzuka, Mie]], [[Japan|GPE]] -- [[Lando Norris|PERSON]] won the "
        "[[Japanese Grand Prix|EVENT]] for [[McLaren|ORG]] on Sunday, holding off "
        "[[Max Verstappen|PERSON]] over the last ten laps at the [[Suzuka Circuit|FAC]]. The "
        "sport's governing body, the [[FIA|ORG|Fédération Internationale de l'Automobile]], "
        "said it would review the start after two cars touched at the first corner.\n"
        "The teams fly next to [[Bahrain|GPE]] for the [[Bahrain Grand Prix|EVENT]] at the "
        "[[Bahrain International Circuit|FAC]], and then to [[Jeddah|GPE]], where the "
        "[[Saudi Arabian Grand Prix|EVENT]] is run on the [[Jeddah Corniche Circuit|FAC]]. "
        "[[Silverstone|FAC|Silverstone Circuit]] said tickets for the "
        "[[British Grand Prix|EVENT]] in July had sold out, and organisers of the "
        "[[24 Hours of Le Mans|EVENT]] said 62 cars had entered.\n",
    ),
    (
        "own-ent13k-02",
        "2025-11-22",
        "[[BELÉM|GPE|Belém]], [[Brazil|GPE]] -- Negotiators at "
        "[[COP30|EVENT|2025 United Nations Climate Change Conference]] agreed on Saturday to "
        "triple finance for adaptation by 2035, ten years after the [[Paris Agreement|LAW]] was "
        "signed. [[Azerbaijan|GPE]], which hosted "
        "[[COP29|EVENT|2024 United Nations Climate Change Conference]] in [[Baku|GPE]], said "
        "the new goal built on the deal struck there, and [[Turkey|GPE]] will host "
        "[[COP 31|EVENT|2026 United Nations Climate Change Conference]] in [[Antalya|GPE]].\n"
        "Delegates also welcomed the [[Kigali Amendment|LAW]] to the "
        "[[Montreal Protocol|LAW]], which cuts gases used in cooling, and [[Norway|GPE]] "
        "pledged $500 million to a fund for the [[Amazon|LOC|Amazon rainforest]]. "
        "[[Petrobras|ORG]] said it would still drill off the mouth of the "
        "[[Amazon River|LOC]].\n",
    ),
    (
        "own-ent13k-03",
        "2026-03-10",
        "[[DETROIT|GPE|Detroit]] -- [[Tesla|ORG|Tesla, Inc.]] recalled 239,000 "
        "[[Model Y|PRODUCT|Tesla Model Y]] cars over a faulty rear camera, the "
        "[[National Highway Traffic Safety Administration|ORG]] said on Tuesday, and "
        "[[Kia|ORG]] said it would fix 145,000 [[EV9|PRODUCT|Kia EV9]] SUVs built at its "
        "plant in [[West Point|GPE|West Point, Georgia]]. [[Rivian|ORG]] recalled 24,000 "
        "[[R1S|PRODUCT|Rivian R1S]] SUVs.\n"
        "In [[Europe|LOC]], [[Renault|ORG]] cut the price of its [[Clio|PRODUCT|Renault Clio]] "
        "hatchback by 5%, and [[BYD|ORG|BYD Auto]] said the first [[Dolphin|PRODUCT|BYD "
        "Dolphin]] cars built at its new factory in [[Szeged|GPE]], [[Hungary|GPE]], would "
        "reach buyers in June. [[Volkswagen|ORG|Volkswagen Group]] said output of the "
        "[[ID.3|PRODUCT|Volkswagen ID.3]] at [[Zwickau|GPE]] would fall.\n",
    ),
    (
        "own-ent13k-04",
        "2026-01-28",
        "[[LONDON|GPE|London]] -- [[Heathrow|FAC|Heathrow Airport]] handled a record 84 "
        "million passengers last year, and [[Gatwick|FAC|Gatwick Airport]] said work on its "
        "second runway would start in the spring, the [[Civil Aviation Authority|ORG]] said on "
        "Wednesday. [[British Airways|ORG]] will fly its first "
        "[[Airbus A350-1000|PRODUCT|Airbus A350]] from [[Heathrow|FAC|Heathrow Airport]] to "
        "[[Riyadh|GPE]] in May.\n"
        "[[Ryanair|ORG]] said it would add 12 routes from [[Stansted|FAC|London Stansted "
        "Airport]], and [[Network Rail|ORG]] said trains between [[Paddington|FAC|London "
        "Paddington station]] and [[Reading|GPE|Reading, Berkshire]] would be cut for two "
        "weekends. [[Eurostar|ORG]] said it would order 50 more trains for the "
        "[[Channel Tunnel|FAC]].\n",
    ),
    (
        "own-ent13k-05",
        "2026-09-16",
        "[[WENCHANG|GPE|Wenchang]], [[China|GPE]] -- A [[Long March 5B|PRODUCT|Long March 5]] "
        "rocket lifted off from the [[Wenchang Space Launch Site|FAC]] on Tuesday carrying 10 "
        "satellites for the [[Guowang|PRODUCT]] network, the [[China National Space "
        "Administration|ORG]] said. A day earlier [[SpaceX|ORG]] flew a "
        "[[Falcon 9|PRODUCT]] from [[Vandenberg Space Force Base|FAC]] in "
        "[[California|GPE]].\n"
        "[[Arianespace|ORG]] said an [[Ariane 6|PRODUCT]] would put the "
        "[[Sentinel-2C|PRODUCT|Sentinel-2]] satellite's successor in orbit from the "
        "[[Guiana Space Centre|FAC]] next year, and [[Russia|GPE]] launched a "
        "[[Soyuz-2.1b|PRODUCT|Soyuz-2]] from the [[Plesetsk Cosmodrome|FAC]]. [[JAXA|ORG]] "
        "said its [[H3|PRODUCT]] rocket would fly again from the "
        "[[Tanegashima Space Center|FAC]].\n",
    ),
    (
        "own-ent13k-06",
        "2026-06-24",
        "[[WARSAW|GPE|Warsaw]] -- [[Poland|GPE]] signed a contract on Wednesday for 180 more "
        "[[K2|PRODUCT|K2 Black Panther]] tanks from [[Hyundai Rotem|ORG]], to be joined by "
        "[[M1A2 Abrams|PRODUCT|M1 Abrams]] tanks already in service, the defence ministry said. "
        "[[Germany|GPE]] will send 18 [[Leopard 2A7|PRODUCT|Leopard 2]] tanks to "
        "[[Lithuania|GPE]], where its brigade is based near [[Vilnius|GPE]].\n"
        "[[Ukraine|GPE]] said its forces had destroyed three [[Russian|NORP]] "
        "[[T-90M|PRODUCT|T-90]] tanks near [[Pokrovsk|GPE]], and [[Romania|GPE]] said its first "
        "[[F-35A|PRODUCT|Lockheed Martin F-35 Lightning II]] jets would be based at "
        "[[Câmpia Turzii|GPE]] from 2032. [[Rheinmetall|ORG]] said its new plant at "
        "[[Unterlüß|GPE]] had begun making shells.\n",
    ),
    (
        "own-ent13k-07",
        "2026-05-07",
        "[[INDIANAPOLIS|GPE|Indianapolis]] -- [[Eli Lilly|ORG|Eli Lilly and Company]] said "
        "sales of [[Mounjaro|PRODUCT]] rose 40% in the quarter, and that regulators had "
        "approved [[Zepbound|PRODUCT]] for sleep apnoea in [[Japan|GPE]]. "
        "[[Merck|ORG|Merck & Co.]] said [[Keytruda|PRODUCT]] sales rose 8%, before the drug's "
        "price is set under the [[Inflation Reduction Act|LAW]] in 2028.\n"
        "A trial of [[Novo Nordisk|ORG]]'s [[Wegovy|PRODUCT]] pill at "
        "[[Johns Hopkins Hospital|FAC]] in [[Baltimore|GPE]] and "
        "[[Great Ormond Street Hospital|FAC]] in [[London|GPE]] met its goal, and "
        "[[AstraZeneca|ORG]] said [[Farxiga|PRODUCT]] had lost patent protection in "
        "[[China|GPE]].\n",
    ),
    (
        "own-ent13k-08",
        "2026-02-18",
        "[[WASHINGTON|GPE|Washington, D.C.]] -- The [[Federal Trade Commission|ORG]] sued on "
        "Tuesday to block the merger of two grocery chains, saying it broke Section 7 of the "
        "[[Clayton Act|LAW|Clayton Antitrust Act of 1914]], and the "
        "[[Justice Department|ORG|United States Department of Justice]] said a software "
        "maker had broken the [[Sherman Act|LAW|Sherman Antitrust Act]]. A judge in "
        "[[Texas|GPE]] held that a state law on social media breached the "
        "[[First Amendment|LAW|First Amendment to the United States Constitution]].\n"
        "In [[London|GPE]], the [[Equality and Human Rights Commission|ORG]] said employers "
        "must follow the [[Equality Act 2010|LAW]], and ministers said the "
        "[[Data (Use and Access) Act 2025|LAW]] would not change the "
        "[[Human Rights Act 1998|LAW]]. The [[European Commission|ORG]] fined a carmaker "
        "under the [[Digital Markets Act|LAW]].\n",
    ),
    (
        "own-ent13k-09",
        "2026-05-26",
        "[[CANNES|GPE|Cannes]], [[France|GPE]] -- A [[Romanian|NORP]] drama won the top "
        "prize at the [[Cannes Film Festival|EVENT]] on Saturday, and organisers of the "
        "[[Venice Film Festival|EVENT]] said they would open with an [[Italian|NORP]] film in "
        "August. [[Storm Éowyn|EVENT]] cut power to 700,000 homes in [[Ireland|GPE]] in "
        "January, and [[Hurricane Melissa|EVENT]] left 30 dead in [[Jamaica|GPE]].\n"
        "Tickets for the [[Winter Olympics|EVENT|2026 Winter Olympics]] in "
        "[[Milan|GPE]] sold out, and the [[Paris Olympics|EVENT|2024 Summer Olympics]] left a "
        "surplus of €76 million. [[India|GPE]] said [[Operation Sindoor|EVENT]] had ended, "
        "and the [[Glastonbury Festival|EVENT]] will take a year off in 2026.\n",
    ),
    (
        "own-ent13k-10",
        "2026-10-08",
        "[[LONDON|GPE|London]] -- [[Drax Power Station|FAC]] will burn wood pellets until "
        "2031 under a new subsidy, and [[EDF|ORG|Électricité de France]] said "
        "[[Sizewell C|FAC|Sizewell C nuclear power station]] would cost £38 billion. In "
        "[[China|GPE]], the [[Three Gorges Dam|FAC]] on the [[Yangtze|LOC|Yangtze River]] "
        "released water after heavy rain.\n"
        "The [[Golden Gate Bridge|FAC]] was closed for a day by a protest, the "
        "[[Port of Antwerp-Bruges|FAC]] said volumes fell 3%, and trains from "
        "[[Gare du Nord|FAC]] to [[Brussels|GPE]] were cut by a strike called by "
        "[[SUD-Rail|ORG]]. The [[Øresund Bridge|FAC]] between [[Copenhagen|GPE]] and "
        "[[Malmö|GPE]] carried a record 21,000 vehicles a day.\n",
    ),
]

CHECK = [
    (
        "own-ent13k-c1",
        "2026-07-06",
        "[[SPA|GPE|Spa, Belgium]], [[Belgium|GPE]] -- [[Oscar Piastri|PERSON]] won the "
        "[[Belgian Grand Prix|EVENT]] at the [[Circuit de Spa-Francorchamps|FAC]] on Sunday, "
        "and [[Monza|FAC|Monza Circuit]] said its new grandstand would open for the "
        "[[Italian Grand Prix|EVENT]]. Organisers of the [[Tour de France|EVENT]] said the "
        "race would finish in [[Nice|GPE]], and [[Wimbledon|EVENT|Wimbledon Championships]] "
        "opened under rain.\n",
    ),
    (
        "own-ent13k-c2",
        "2026-08-19",
        "[[SEOUL|GPE|Seoul]] -- [[Hyundai|ORG|Hyundai Motor Company]] recalled 60,000 "
        "[[Ioniq 5|PRODUCT|Hyundai Ioniq 5]] cars, and [[Toyota|ORG|Toyota Motor Corporation]] "
        "said its [[Prius|PRODUCT|Toyota Prius]] hybrids would be built in [[Kentucky|GPE]]. "
        "[[South Korea|GPE]] said its [[KF-21|PRODUCT|KAI KF-21 Boramae]] fighters would "
        "fly from [[Sacheon|GPE]], and [[Incheon International Airport|FAC]] handled 71 "
        "million passengers. The [[National Assembly|ORG|National Assembly (South Korea)]] "
        "passed a bill under the [[Framework Act on Artificial Intelligence|LAW]].\n",
    ),
    (
        "own-ent13k-c3",
        "2026-03-02",
        "[[HOUSTON|GPE|Houston]] -- [[Hurricane Beryl|EVENT]] damaged the "
        "[[W.A. Parish Generating Station|FAC]], and the [[Houston Ship Channel|FAC]] was "
        "closed for two days. The [[Environmental Protection Agency|ORG|United States "
        "Environmental Protection Agency]] said repairs must meet the "
        "[[Clean Water Act|LAW]], and the [[Astrodome|FAC]] was used as a shelter. "
        "[[Shell|ORG|Shell plc]] said its [[Deer Park|FAC|Deer Park Refinery]] refinery "
        "restarted.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
