"""Write eval/own-entities-dev12t.jsonl and eval/own-entities-dev12t-check.jsonl (FORMAT.md,
entities only): a twelfth entities dev set and its check set, for entity *types*, above all
PRODUCT, and the minor types FAC, LOC, EVENT and LAW.

Kinds of text the earlier dev sets lack: medicine approvals and sales with brand names (the
generic name untagged), an airshow with aircraft and engine models, a vehicle recall with car
models, phones and chips, launches with rockets, capsules, satellites and launch sites, naval
and drone procurement with ship classes and named ships, software and AI models with a
conference, U.S. and British laws and bills in court and parliament copy, low rivers, seas,
straits and deserts in a drought and shipping brief, named storms, games, contests and
conferences, and power plants, dams, ports and stadiums beside their operators. Families where
types go wrong: a brand or model name after a company's possessive, a model designation with
digits ("A321XLR", "Galaxy S26", "Soyuz MS-28"), a name before a product noun ("rocket",
"jets", "pickups", "chip", "frigate"), "the X-class" ships, named ships with prefixes ("USS",
"HMAS"), bills and acts with and without years, EVENT names with ordinals and numbers ("Super
Bowl LX", "COP30"), FAC names with "Plant", "Dam", "Stadium", "Port of". Written for briefx by
hand (session 10, issue 13); real places, companies, institutions and products, invented
people, figures, quotations and details. Annotated by ``shared/eval/ANNOTATION.md`` inline
while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical
name]]``. The CHECK cases go to the check file: scored only at the end of a session.

Readings where ANNOTATION.md and eval/README.md are silent (as in dev sets 10t and 11t and the
set 7 and 8 readings): medicine brands, vehicle, aircraft, engine, phone, chip, rocket, capsule
and satellite models, software products and AI models are PRODUCT, the generic drug name
untagged; a ship class written "the X-class" is PRODUCT with the class as its name ("Mogami-class"
-> name "Mogami-class frigate"), the lower-case noun after it outside the span; a named ship is
PRODUCT without its lower-case type noun; bills before a parliament are LAW, as acts are;
space missions, conferences, contests, games and named storms are EVENT; launch pads, space
stations, plants, dams, ports, fabs and stadiums are FAC; continents, seas, rivers, straits,
deserts and regions without a government are LOC.
Run from the project root: ``python eval/build_own_entities_dev12t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev12t.jsonl"
OUT_CHECK = HERE / "own-entities-dev12t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 12t, issue 13 product and minor types); medicine, "
    "airshow, vehicle-recall, chip, launch, naval, software, law, drought, event and "
    "power-plant copy; real places, companies, institutions and products, invented people, "
    "figures and details; MIT."
)

CASES = [
    (
        "own-ent12t-01",
        "2026-06-10",
        "[[WASHINGTON|GPE|Washington, D.C.]] -- The [[Food and Drug Administration|ORG]] "
        "approved [[Eli Lilly|ORG|Eli Lilly and Company]]'s [[Kisunla|PRODUCT]] for a wider "
        "group of patients with early Alzheimer's disease on Tuesday, a year after it cleared "
        "[[Eisai|ORG]]'s rival [[Leqembi|PRODUCT]] for injections at home. Shares of "
        "[[Biogen|ORG]], [[Eisai|ORG]]'s partner, rose 3%.\n"
        "[[Novo Nordisk|ORG]] said sales of [[Wegovy|PRODUCT]] in the [[United States|GPE]] "
        "fell in the quarter as prescriptions of [[Zepbound|PRODUCT]] grew, and it cut the "
        "list price of [[Ozempic|PRODUCT]] by a third. Under the "
        "[[Inflation Reduction Act|LAW]], the government will pay negotiated prices for ten "
        "medicines including [[Eliquis|PRODUCT]] and [[Jardiance|PRODUCT]] from January. In "
        "[[Denmark|GPE]], the company said its new plant at [[Kalundborg|GPE]] would start "
        "filling pens next year.\n",
    ),
    (
        "own-ent12t-02",
        "2026-07-21",
        "[[FARNBOROUGH|GPE|Farnborough]] -- [[Airbus|ORG]] won orders for 95 "
        "[[A321XLR|PRODUCT|Airbus A321neo]] jets on the first day of the "
        "[[Farnborough International Airshow|EVENT]], while [[Boeing|ORG]] said the first "
        "[[777-9|PRODUCT|Boeing 777X]] would be delivered to [[Emirates|ORG|Emirates (airline)]] "
        "in 2027. [[Embraer|ORG]] sold 30 [[E195-E2|PRODUCT|Embraer E-Jet E2 family]] aircraft "
        "to [[LOT Polish Airlines|ORG]], and [[COMAC|ORG|Commercial Aircraft Corporation of "
        "China]] flew its [[C919|PRODUCT|Comac C919]] outside [[China|GPE]] for the first "
        "time.\n"
        "[[Ryanair|ORG]] chief executive [[Aoife Brennan|PERSON]] said delays to the "
        "[[737 MAX 10|PRODUCT|Boeing 737 MAX]] meant the airline would fly its older "
        "[[737-800|PRODUCT|Boeing 737 Next Generation]] jets from [[Dublin Airport|FAC]] for "
        "longer. [[Rolls-Royce|ORG|Rolls-Royce Holdings]] said its [[UltraFan|PRODUCT]] engine "
        "would be tested in [[Derby|GPE]] next year.\n",
    ),
    (
        "own-ent12t-03",
        "2026-03-13",
        "[[DETROIT|GPE|Detroit]] -- [[Ford|ORG|Ford Motor Company]] recalled 90,000 "
        "[[F-150 Lightning|PRODUCT|Ford F-150 Lightning]] pickups over a faulty battery fuse, "
        "the [[National Highway Traffic Safety Administration|ORG]] said on Friday, and "
        "[[Tesla|ORG|Tesla, Inc.]] recalled 46,000 [[Cybertruck|PRODUCT|Tesla Cybertruck]] "
        "trucks built at [[Gigafactory Texas|FAC]] since last year. [[Toyota|ORG|Toyota Motor "
        "Corporation]] said it would resume sales of the [[bZ4X|PRODUCT|Toyota bZ4X]] after "
        "fixing its wheel hubs.\n"
        "In [[Europe|LOC]], [[BYD|ORG|BYD Auto]] cut the price of its [[Seal|PRODUCT|BYD Seal]] "
        "saloon by 8%, and [[Volkswagen|ORG|Volkswagen Group]] said it would build the "
        "[[ID.2all|PRODUCT|Volkswagen ID. 2all]] at its plant in [[Martorell|GPE]], "
        "[[Spain|GPE]]. [[Hyundai|ORG|Hyundai Motor Company]] shipped the first "
        "[[Ioniq 9|PRODUCT|Hyundai Ioniq 9]] SUVs from its factory in "
        "[[Georgia|GPE|Georgia (U.S. state)]].\n",
    ),
    (
        "own-ent12t-04",
        "2026-04-23",
        "[[TAIPEI|GPE|Taipei]] -- [[TSMC|ORG]] said on Thursday it had begun volume production "
        "of 2-nanometre chips in [[Hsinchu|GPE]], and that [[Apple|ORG|Apple Inc.]]'s next "
        "[[M6|PRODUCT|Apple M6]] processor and [[Nvidia|ORG]]'s [[Rubin|PRODUCT|Rubin "
        "(microarchitecture)]] accelerators would be among the first made there. "
        "[[Samsung Electronics|ORG]] said its [[Galaxy S26|PRODUCT|Samsung Galaxy S26]] phones "
        "would use its own [[Exynos 2600|PRODUCT]] chip in [[South Korea|GPE]] and "
        "[[Qualcomm|ORG]]'s [[Snapdragon 8 Elite|PRODUCT]] elsewhere.\n"
        "In [[Arizona|GPE]], [[Intel|ORG]] said its [[Fab 52|FAC]] plant in "
        "[[Chandler|GPE|Chandler, Arizona]] would make its [[Panther Lake|PRODUCT]] laptop "
        "chips, and [[Google|ORG]] began selling the [[Pixel 10|PRODUCT]] in [[India|GPE]], "
        "where [[Foxconn|ORG]] assembles it near [[Chennai|GPE]].\n",
    ),
    (
        "own-ent12t-05",
        "2026-02-09",
        "[[CAPE CANAVERAL|GPE|Cape Canaveral, Florida]] -- [[SpaceX|ORG]] launched 24 "
        "[[Starlink|PRODUCT]] satellites on a [[Falcon 9|PRODUCT]] rocket from "
        "[[Space Launch Complex 40|FAC|Cape Canaveral Space Launch Complex 40]] on Sunday, and "
        "[[NASA|ORG]] said the [[Orion|PRODUCT|Orion (spacecraft)]] capsule for "
        "[[Artemis III|EVENT]] had reached the [[Kennedy Space Center|FAC]] from "
        "[[Lockheed Martin|ORG]]'s plant in [[Colorado|GPE]].\n"
        "A [[Soyuz MS-28|PRODUCT]] carrying two [[Russian|NORP]] cosmonauts and an "
        "[[American|NORP]] astronaut docked with the [[International Space Station|FAC]] six "
        "hours after leaving [[Baikonur Cosmodrome|FAC]] in [[Kazakhstan|GPE]]. In "
        "[[China|GPE]], the [[Shenzhou-22|PRODUCT|Shenzhou 22]] crew reached the "
        "[[Tiangong|FAC|Tiangong space station]] station, and a [[Long March 8A|PRODUCT|Long "
        "March 8]] rocket put 18 [[Qianfan|PRODUCT|Qianfan (satellite constellation)]] "
        "satellites in orbit from [[Wenchang|GPE]].\n",
    ),
    (
        "own-ent12t-06",
        "2026-09-15",
        "[[CANBERRA|GPE|Canberra]] -- [[Australia|GPE]] chose [[Mitsubishi Heavy Industries|ORG]]"
        "' upgraded [[Mogami-class|PRODUCT|Mogami-class frigate]] frigate over a "
        "[[German|NORP]] design on Tuesday, and the first three ships will be built in "
        "[[Japan|GPE]], a defence spokeswoman, [[Helen Carrick|PERSON]], said. The navy will also buy more "
        "[[MQ-28 Ghost Bat|PRODUCT|Boeing MQ-28 Ghost Bat]] drones, built in "
        "[[Toowoomba|GPE]], and [[Tomahawk|PRODUCT|Tomahawk (missile)]] missiles for its "
        "[[Hobart-class|PRODUCT|Hobart-class destroyer]] destroyers.\n"
        "The [[Virginia-class|PRODUCT|Virginia-class submarine]] submarine "
        "[[USS Minnesota|PRODUCT|USS Minnesota (SSN-783)]] will spend a month at "
        "[[HMAS Stirling|FAC]] near [[Perth|GPE]] this year, and the army took delivery of 20 "
        "[[HIMARS|PRODUCT|M142 HIMARS]] launchers from [[Lockheed Martin|ORG]] at "
        "[[Puckapunyal|FAC|Puckapunyal Military Area]].\n",
    ),
    (
        "own-ent12t-07",
        "2026-05-20",
        "[[SEATTLE|GPE|Seattle]] -- [[Microsoft|ORG]] said at its [[Build|EVENT|Microsoft "
        "Build]] conference on Tuesday that 400 million PCs still ran [[Windows 10|PRODUCT]], "
        "seven months after security updates ended, and that [[Windows 11|PRODUCT]] would get "
        "agents built on [[GitHub Copilot|PRODUCT]]. [[Anthropic|ORG]] released "
        "[[Claude Opus 5|PRODUCT|Claude (language model)]] the same day, and [[Google|ORG]] "
        "said its [[Gemini 3|PRODUCT|Gemini (language model)]] model now ran on "
        "[[Android|PRODUCT|Android (operating system)]] phones without a network.\n"
        "In [[Brussels|GPE]], the [[European Commission|ORG]] said it would test "
        "[[Apple|ORG|Apple Inc.]]'s [[iOS 26|PRODUCT|iOS]] against the "
        "[[Digital Markets Act|LAW]], and that the [[Cyber Resilience Act|LAW]] would apply "
        "to routers and smart speakers from 2027. [[CrowdStrike|ORG]] said its "
        "[[Falcon|PRODUCT|CrowdStrike Falcon]] sensor now blocks attacks on [[Linux|PRODUCT]] "
        "servers.\n",
    ),
    (
        "own-ent12t-08",
        "2026-11-05",
        "[[WASHINGTON|GPE|Washington, D.C.]] -- The [[Supreme Court|ORG|Supreme Court of the "
        "United States]] heard arguments on Wednesday on tariffs imposed under the "
        "[[International Emergency Economic Powers Act|LAW]], and several justices asked why "
        "the government had not relied on the [[Trade Expansion Act of 1962|LAW]] instead. "
        "Lawyers for five importers said the [[Constitution|LAW|Constitution of the United "
        "States]] left tariffs to [[Congress|ORG|United States Congress]].\n"
        "In a separate case, a federal judge in [[Texas|GPE]] blocked rules the "
        "[[Environmental Protection Agency|ORG]] wrote under the [[Clean Air Act|LAW]], and "
        "the [[Senate|ORG|United States Senate]] passed the [[GENIUS Act|LAW]] on stablecoins "
        "by 68 votes to 30. The [[Securities and Exchange Commission|ORG]] said the "
        "[[Dodd-Frank Act|LAW|Dodd–Frank Wall Street Reform and Consumer Protection Act]] "
        "still governed swaps.\n",
    ),
    (
        "own-ent12t-09",
        "2026-01-27",
        "[[LONDON|GPE|London]] -- The [[Employment Rights Bill|LAW]] cleared the "
        "[[House of Lords|ORG]] on Monday after peers dropped an amendment on zero-hours "
        "contracts, and will become law next month, the [[Department for Business and "
        "Trade|ORG]] said. Landlords said the [[Renters' Rights Act 2025|LAW]] and the end of "
        "section 21 of the [[Housing Act 1988|LAW]] would cut the supply of homes.\n"
        "In [[Edinburgh|GPE]], the [[Scottish Parliament|ORG]] passed the "
        "[[Assisted Dying for Terminally Ill Adults (Scotland) Bill|LAW]] by 70 votes to 56, "
        "and in [[Cardiff|GPE]] ministers said a [[Welsh|NORP]] bill would amend the "
        "[[Well-being of Future Generations (Wales) Act 2015|LAW]]. The "
        "[[Information Commissioner's Office|ORG]] said firms must still meet the "
        "[[UK GDPR|LAW]].\n",
    ),
    (
        "own-ent12t-10",
        "2026-08-26",
        "[[FRANKFURT|GPE|Frankfurt]] -- Barges on the [[Rhine|LOC]] were loading at a third of "
        "capacity after the gauge at [[Kaub|GPE]] fell below 40 centimetres, and traffic on the "
        "[[Danube|LOC]] below [[Vienna|GPE]] was halted, shippers said on Wednesday. Heat in the "
        "[[Po Valley|LOC]] cut [[Italy|GPE]]'s maize harvest by a fifth.\n"
        "Further south, grain ships waited in the [[Black Sea|LOC]] for the "
        "[[Bosphorus|LOC]] to reopen after a collision, and container lines kept avoiding the "
        "[[Red Sea|LOC]] and the [[Bab-el-Mandeb|LOC]] strait. Dust from the "
        "[[Sahara|LOC]] reached [[Malta|GPE]], and the [[World Meteorological "
        "Organization|ORG]] said rains had failed across the [[Sahel|LOC]] and the "
        "[[Horn of Africa|LOC]] for a second season. On the [[Mekong|LOC]], [[Cambodia|GPE]] "
        "said fish catches at [[Tonlé Sap|LOC]] were the lowest on record.\n",
    ),
    (
        "own-ent12t-11",
        "2026-02-16",
        "[[MILAN|GPE|Milan]] -- [[Norway|GPE]] led the medal table after the first week of "
        "the [[Winter Olympics|EVENT|2026 Winter Olympics]], and organisers said 1.1 million "
        "tickets had been sold for events in [[Milan|GPE]] and [[Cortina d'Ampezzo|GPE]]. "
        "Snow moved the slalom at [[Bormio|GPE]] by a day.\n"
        "In [[Santa Clara|GPE|Santa Clara, California]], [[Super Bowl LX|EVENT]] drew 127 "
        "million viewers to [[NBC|ORG]], and the [[Mobile World Congress|EVENT]] opens in "
        "[[Barcelona|GPE]] on 2 March at the [[Fira Gran Via|FAC]]. [[Storm Chandra|EVENT]] "
        "closed roads in [[Devon|GPE]], the [[Eurovision Song Contest|EVENT]] said it would "
        "be held at the [[Wiener Stadthalle|FAC]] in [[Vienna|GPE]] in May, and "
        "[[COP31|EVENT|2026 United Nations Climate Change Conference]] will meet in "
        "[[Antalya|GPE]] in November.\n",
    ),
    (
        "own-ent12t-12",
        "2026-10-14",
        "[[PARIS|GPE|Paris]] -- [[EDF|ORG|Électricité de France]] said the first reactor at "
        "[[Hinkley Point C|FAC|Hinkley Point C nuclear power station]] in [[Somerset|GPE]] "
        "would start in 2030, and that [[Flamanville 3|FAC|Flamanville Nuclear Power Plant]] "
        "had reached full power on Tuesday. In [[Ukraine|GPE]], the [[International Atomic "
        "Energy Agency|ORG]] said the [[Zaporizhzhia Nuclear Power Plant|FAC]] had lost outside "
        "power for the tenth time.\n"
        "[[Ethiopia|GPE]] said the [[Grand Ethiopian Renaissance Dam|FAC]] on the "
        "[[Blue Nile|LOC]] was at full capacity, and [[Egypt|GPE]] asked the [[African "
        "Union|ORG]] to mediate. Cranes at the [[Port of Felixstowe|FAC]] stood idle for a "
        "day in a strike called by [[Unite|ORG|Unite the Union]], and [[Tottenham Hotspur|ORG]] "
        "said the [[Tottenham Hotspur Stadium|FAC]] would host two [[NFL|ORG|National Football "
        "League]] games.\n",
    ),
]

CHECK = [
    (
        "own-ent12t-c1",
        "2026-03-18",
        "[[BASEL|GPE|Basel]] -- [[Roche|ORG]] said the [[European Medicines Agency|ORG]] had "
        "backed [[Itovebi|PRODUCT]] for breast cancer, and that sales of [[Ocrevus|PRODUCT]] "
        "rose 6%. [[Novartis|ORG]] will build a plant for [[Kisqali|PRODUCT]] in "
        "[[North Carolina|GPE]], and [[Pfizer|ORG]] said its [[Paxlovid|PRODUCT]] sales fell "
        "by half. Regulators in [[Japan|GPE]] approved [[Takeda|ORG|Takeda Pharmaceutical "
        "Company]]'s [[Vyvanse|PRODUCT]] for adults.\n",
    ),
    (
        "own-ent12t-c2",
        "2026-06-02",
        "[[KOUROU|GPE|Kourou]] -- A [[Vega-C|PRODUCT|Vega (rocket)]] rocket put the "
        "[[Sentinel-1D|PRODUCT|Sentinel-1]] radar satellite in orbit from the "
        "[[Guiana Space Centre|FAC]] on Monday, the [[European Space Agency|ORG]] said, and "
        "[[Rocket Lab|ORG]] flew its first [[Neutron|PRODUCT|Neutron (rocket)]] from "
        "[[Wallops Island|LOC]] in [[Virginia|GPE]]. [[Boeing|ORG]] said its "
        "[[Starliner|PRODUCT|Boeing Starliner]] capsule would next fly cargo to the "
        "[[International Space Station|FAC]], and [[ISRO|ORG|Indian Space Research "
        "Organisation]] said its [[Gaganyaan|PRODUCT]] capsule would fly uncrewed in July.\n",
    ),
    (
        "own-ent12t-c3",
        "2026-09-08",
        "[[ANCHORAGE|GPE|Anchorage]] -- [[Typhoon Halong|EVENT]] pushed floodwater into villages "
        "along the [[Bering Sea|LOC]] coast, and the [[Federal Emergency Management "
        "Agency|ORG]] sent aid under the [[Stafford Act|LAW|Robert T. Stafford Disaster Relief "
        "and Emergency Assistance Act]]. Flights from [[Ted Stevens Anchorage International "
        "Airport|FAC]] to [[Nome|GPE|Nome, Alaska]] were cut, and the [[Yukon|LOC|Yukon River]] "
        "river rose near [[Bethel|GPE|Bethel, Alaska]]. The [[Coast Guard|ORG|United States "
        "Coast Guard]] cutter [[Healy|PRODUCT|USCGC Healy]] left the [[Chukchi Sea|LOC]].\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
