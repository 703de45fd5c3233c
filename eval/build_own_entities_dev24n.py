"""Write eval/own-entities-dev24n.jsonl and eval/own-entities-dev24n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for NAMES SHORTER THAN THEIR TITLE
(issue 13, session 23), in ordinary 2024-2025 news prose.

The families, each where the name the text writes at a mention is shorter than the canonical
name (ANNOTATION.md: the full canonical name, usually the English Wikipedia title):
- invented or little-known firms whose registered name with its legal form the text writes
  ("Harlan Freight Systems Inc.", "Dunmore Agritech plc", "Vossberg Antriebe AG", "Kruidhof
  Logistics B.V.", "Inversiones Atacama S.A.") and then names short ("Harlan Freight",
  "Dunmore"): the full registered name, as the text writes it, on every mention (a firm no
  English Wikipedia article titles has no shorter canonical name than its own);
- football clubs by their short name ("Ipswich", "Wrexham", "Hibs") -> "... F.C." titles;
- U.S. towns and cities titled "City, State" (a dateline "LUBBOCK, Texas", towns of a state's
  story named bare), cities titled "X City" ("Kansas City" -> "Kansas City, Missouri", "Iowa
  City" -> "Iowa City, Iowa"), and the reverse: a city English Wikipedia titles alone written
  with its state ("Denver, Colorado" -> "Denver");
- national bodies named without their country ("the Ministry of Health" in a Ghanaian story ->
  "Ministry of Health (Ghana)", "Parliament" -> "Parliament of Ghana") and their
  back-references ("the Ministry", "the Bank", "the Commission", "the Authority");
- names written in full once and short later: surnames, acronyms, "the Bank";
- facilities, events and products by their short name ("Heathrow" -> "Heathrow Airport").
Cases that must stay: a listed firm named by its Wikipedia title ("Walmart", "Siemens"), a
firm written without a legal form (no form added), a city English Wikipedia titles alone.
Written for briefx by hand (session 23, names8); real places, institutions and public figures
of 2024-2025, invented firms, figures, quotations and minor people. Annotated by
``shared/eval/ANNOTATION.md`` before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. ``entity_marks`` turns the marks into offsets and checks
every span. The CHECK cases go to the check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev24n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev24n.jsonl"
OUT_CHECK = HERE / "own-entities-dev24n-check.jsonl"

SOURCE = (
    "Written for briefx (entities dev set 24n, issue 13 names shorter than their title): invented "
    "firms' registered names with legal forms named short later, football clubs' F.C. titles, "
    "U.S. towns as 'City, State' and cities titled 'X City', national bodies without their "
    "country and their back-references, names written in full once and short later; real "
    "places, institutions and public figures, invented firms, figures, quotations and minor "
    "people; MIT."
)

HFS = "Harlan Freight Systems Inc."
KCM = "Kansas City, Missouri"
DAG = "Dunmore Agritech plc"
MOHG = "Ministry of Health (Ghana)"
MOFG = "Ministry of Finance (Ghana)"
PG = "Parliament of Ghana"
VAA = "Vossberg Antriebe AG"
KLB = "Kruidhof Logistics B.V."
IAS = "Inversiones Atacama S.A."
CCP = "Caprock Cotton Processors LLC"
LBK = "Lubbock, Texas"
ITFC = "Ipswich Town F.C."
WAFC = "Wrexham A.F.C."
MOJ = "Ministry of Justice (United Kingdom)"
DOHP = "Department of Health (Philippines)"
MOFJ = "Ministry of Finance (Japan)"
PSA = "Parliament of South Africa"
NTSA = "National Treasury (South Africa)"

CASES = [
    (
        "own-ent24n-01",
        "2025-04-08",
        "[[KANSAS CITY|GPE|" + KCM + "]], [[Mo.|GPE|Missouri]], April 8 - [[" + HFS + "|ORG]] "
        "will open a parcel hub near [[Kansas City International Airport|FAC]], the trucking "
        "firm said on Tuesday. [[Harlan Freight|ORG|" + HFS + "]] said the hub would employ 600 "
        "people and sort parcels for [[Walmart|ORG]]. The firm, founded in [[Cedar "
        "Rapids|GPE|Cedar Rapids, Iowa]], [[Iowa|GPE]], in 1974, runs depots in [[Iowa "
        "City|GPE|Iowa City, Iowa]] and [[Davenport|GPE|Davenport, Iowa]]. Mayor [[Quinton "
        "Lucas|PERSON]] said [[Kansas City|GPE|" + KCM + "]] had offered $12 million in tax "
        "breaks. [[Lucas|PERSON|Quinton Lucas]] said the [[Missouri Department of "
        "Transportation|ORG]] would widen a stretch of [[Interstate 29|FAC]] near the site. "
        "Chief executive [[Dana Whitcomb|PERSON]] said [[Harlan|ORG|" + HFS + "]] had also "
        "looked at sites in [[Omaha|GPE|Omaha, Nebraska]] and [[Wichita|GPE|Wichita, Kansas]]. "
        "[[Whitcomb|PERSON|Dana Whitcomb]] said the firm's 2,100 drivers would not move. "
        "[[Harlan Freight Systems|ORG|" + HFS + "]] shares rose 3% in [[New York|GPE|New York "
        "City]].\n",
    ),
    (
        "own-ent24n-02",
        "2025-06-17",
        "[[ACCRA|GPE|Accra]], June 17 - [[Ghana|GPE]]'s [[Ministry of Health|ORG|" + MOHG + "]] "
        "will buy 40 ambulances from [[Dunmore Agritech plc|ORG]]'s vehicle unit, the "
        "[[Ministry|ORG|" + MOHG + "]] said on Tuesday. Health Minister [[Kwabena Mintah "
        "Akandoh|PERSON]] told [[Parliament|ORG|" + PG + "]] that the vehicles would serve "
        "districts in the [[Northern Region|GPE|Northern Region (Ghana)]] and the [[Upper East "
        "Region|GPE]]. [[Akandoh|PERSON|Kwabena Mintah Akandoh]] said the [[Ministry of "
        "Finance|ORG|" + MOFG + "]] had set aside 90 million cedis. [[Dunmore|ORG|" + DAG + "]], "
        "based in [[Leeds|GPE]], said the ambulances would be fitted out in [[Tema|GPE]]. The "
        "[[Bank of Ghana|ORG]] kept its policy rate at 28% on Monday; the [[Bank|ORG|Bank of "
        "Ghana]] said the cedi had gained 12% against the dollar since January. The "
        "[[International Monetary Fund|ORG]] said [[Ghana|GPE]] had met the targets of its "
        "loan. [[Dunmore Agritech|ORG|" + DAG + "]] said it also sold tractors in "
        "[[Kenya|GPE]].\n",
    ),
    (
        "own-ent24n-03",
        "2025-03-04",
        "[[LUBBOCK|GPE|" + LBK + "]], [[Texas|GPE]], March 4 - [[" + CCP + "|ORG]] will close "
        "its gin in [[Levelland|GPE|Levelland, Texas]] and move 120 jobs to [[Lubbock|GPE|" + LBK
        + "]], the company said on Tuesday. [[Caprock|ORG|" + CCP + "]] said drought had cut "
        "the cotton crop around [[Lubbock|GPE|" + LBK + "]] by a third last year. The [[United "
        "States Department of Agriculture|ORG]] said farmers in [[Hockley County|GPE|Hockley "
        "County, Texas]] had abandoned 40% of their planted acres. [[Caprock Cotton|ORG|" + CCP
        + "]] also runs a warehouse in [[Amarillo|GPE|Amarillo, Texas]] and a gin in "
        "[[Plainview|GPE|Plainview, Texas]]. Chief executive [[Ray Tolbert|PERSON]] said the "
        "company would keep its office in [[Dallas|GPE]]. [[Tolbert|PERSON|Ray Tolbert]] said "
        "cotton prices on the [[Intercontinental Exchange|ORG]] had fallen to their lowest "
        "since 2020. Agriculture Commissioner [[Sid Miller|PERSON]] said [[Texas|GPE]] would "
        "ask [[Washington|GPE|Washington, D.C.]] for disaster aid.\n",
    ),
    (
        "own-ent24n-04",
        "2025-01-20",
        "[[IPSWICH|GPE|Ipswich]], [[England|GPE]], Jan 20 - [[Ipswich Town|ORG|" + ITFC + "]] "
        "have signed the [[Wrexham|ORG|" + WAFC + "]] forward [[Jay Rodriguez|PERSON]] on loan, "
        "the [[Premier League|ORG]] club said on Monday. [[Ipswich|ORG|" + ITFC + "]] manager "
        "[[Kieran McKenna|PERSON]] said [[Rodriguez|PERSON|Jay Rodriguez]] would play against "
        "[[Manchester City|ORG|Manchester City F.C.]] on Sunday. [[Wrexham|ORG|" + WAFC + "]], "
        "owned by [[Ryan Reynolds|PERSON]] and [[Rob McElhenney|PERSON]], are second in "
        "[[League One|ORG|EFL League One]]. [[McKenna|PERSON|Kieran McKenna]] said "
        "[[Ipswich|ORG|" + ITFC + "]] had also asked [[Brentford|ORG|Brentford F.C.]] about a "
        "defender. [[Town|ORG|" + ITFC + "]] are 18th, level on points with [[Leicester|ORG|"
        "Leicester City F.C.]]. The kit sponsor, [[Tarrow Sportswear Ltd|ORG]], said it would "
        "print 2,000 shirts. [[Tarrow|ORG|Tarrow Sportswear Ltd]] is based in [[Colchester|GPE]]."
        "\n",
    ),
    (
        "own-ent24n-05",
        "2025-07-09",
        "[[BERLIN|GPE|Berlin]], July 9 - [[Vossberg Antriebe AG|ORG]], a maker of gearboxes "
        "for wind turbines, will cut 900 jobs in [[Germany|GPE]], the [[Hanover|GPE]]-based "
        "company said on Wednesday. [[Vossberg|ORG|" + VAA + "]] said orders from "
        "[[Siemens Gamesa|ORG]] had fallen by a quarter. The [[IG Metall|ORG]] union said it "
        "would fight the cuts at [[Vossberg Antriebe|ORG|" + VAA + "]]'s plant in "
        "[[Salzgitter|GPE]]. The [[Federal Ministry for Economic Affairs and Climate "
        "Action|ORG]] said the [[Ministry|ORG|Federal Ministry for Economic Affairs and Climate "
        "Action]] would not step in. Chief executive [[Anke Möllers|PERSON]] said "
        "[[Vossberg|ORG|" + VAA + "]] would move some work to [[Poland|GPE]]. The firm's "
        "[[Dutch|NORP]] supplier [[" + KLB + "|ORG]] said it would cut shifts in "
        "[[Venlo|GPE]]. [[Kruidhof|ORG|" + KLB + "]] said [[Vossberg|ORG|" + VAA + "]] made up "
        "a third of its sales. [[Möllers|PERSON|Anke Möllers]] told [[Handelsblatt|ORG]] the "
        "cuts would be finished by 2027.\n",
    ),
    (
        "own-ent24n-06",
        "2025-02-26",
        "[[MANILA|GPE|Manila]], Feb 26 - The [[Philippines|GPE]]' [[Department of "
        "Health|ORG|" + DOHP + "]] said on Wednesday that measles cases had doubled in "
        "[[Mindanao|LOC]] since January. The [[Department|ORG|" + DOHP + "]] said 2,300 cases "
        "had been reported in [[Davao City|GPE]] and [[Cotabato City|GPE]]. Health Secretary "
        "[[Teodoro Herbosa|PERSON]] asked the [[Senate|ORG|Senate of the Philippines]] for 2 "
        "billion pesos to buy vaccines. [[Herbosa|PERSON|Teodoro Herbosa]] said [[UNICEF|ORG]] "
        "would send 500,000 doses. [[Manila|GPE]]'s [[Research Institute for Tropical "
        "Medicine|ORG]] said the [[Institute|ORG|Research Institute for Tropical Medicine]] had "
        "found the same strain in [[Cebu City|GPE]]. The [[World Health Organization|ORG]] said "
        "the [[WHO|ORG|World Health Organization]] would send experts to [[Zamboanga "
        "City|GPE]]. President [[Ferdinand Marcos Jr.|PERSON|Bongbong Marcos]] said schools in "
        "[[Davao|GPE|Davao City]] would run vaccination days.\n",
    ),
    (
        "own-ent24n-07",
        "2025-05-21",
        "[[TOKYO|GPE|Tokyo]], May 21 - [[Japan|GPE]]'s [[Ministry of Finance|ORG|" + MOFJ + "]] "
        "said on Wednesday it would cut its issuance of super-long bonds after yields hit "
        "records. The [[Ministry|ORG|" + MOFJ + "]] said it would consult banks in June. "
        "Finance Minister [[Katsunobu Kato|PERSON]] told the [[Diet|ORG|National Diet]] that "
        "the [[Bank of Japan|ORG]] was not asked to buy more bonds. [[BOJ|ORG|Bank of Japan]] "
        "Governor [[Kazuo Ueda|PERSON]] said the [[Bank|ORG|Bank of Japan]] would review its "
        "bond buying in June. [[Ueda|PERSON|Kazuo Ueda]] spoke in [[Osaka|GPE]]. Life insurer "
        "[[Sakurada Mutual Life Insurance Company|ORG]] said it had sold bonds worth 300 billion "
        "yen. [[Sakurada Mutual|ORG|Sakurada Mutual Life Insurance Company]] said it would buy "
        "again when yields settle. [[Kato|PERSON|Katsunobu Kato]] said [[Tokyo|GPE]] would "
        "discuss markets with [[Washington|GPE|Washington, D.C.]] at the [[Group of "
        "Seven|ORG|G7]] meeting in [[Banff|GPE|Banff, Alberta]].\n",
    ),
    (
        "own-ent24n-08",
        "2025-09-03",
        "[[SANTIAGO|GPE|Santiago]], Sept 3 - [[Inversiones Atacama S.A.|ORG]] will buy a "
        "lithium project in the [[Atacama Desert|LOC]] from [[Canadian|NORP]] miner [[Lithium "
        "Americas|ORG]], the [[Chilean|NORP]] holding company said on Wednesday. [[Inversiones "
        "Atacama|ORG|" + IAS + "]] will pay $340 million. [[Chile|GPE]]'s [[Ministry of Mining|ORG|Ministry of "
        "Mining (Chile)]] must approve the deal; the [[Ministry|ORG|Ministry of Mining (Chile)]] said it would rule within 60 days. State copper company "
        "[[Codelco|ORG]] said it had no stake in the project. [[Atacama|ORG|" + IAS + "]] chief "
        "[[Rodrigo Valdés Prieto|PERSON]] said the firm would build a plant in "
        "[[Antofagasta|GPE]]. [[Valdés|PERSON|Rodrigo Valdés Prieto]] said [[Chinese|NORP]] "
        "buyers had already signed for half of the output. [[SQM|ORG]], [[Chile|GPE]]'s largest "
        "lithium producer, shares the salt flat. President [[Gabriel Boric|PERSON]] said "
        "[[Santiago|GPE]] welcomed the investment.\n",
    ),
    (
        "own-ent24n-09",
        "2025-10-14",
        "[[CAPE TOWN|GPE|Cape Town]], Oct 14 - [[South Africa|GPE]]'s [[National "
        "Treasury|ORG|" + NTSA + "]] will borrow 20 billion rand more this year, Finance "
        "Minister [[Enoch Godongwana|PERSON]] told [[Parliament|ORG|" + PSA + "]] on Tuesday. "
        "[[Godongwana|PERSON|Enoch Godongwana]] said the [[Treasury|ORG|" + NTSA + "]] had "
        "raised its deficit forecast to 4.8% of output. The [[South African Reserve "
        "Bank|ORG]] cut its rate in July; the [[Reserve Bank|ORG|South African Reserve Bank]] "
        "said inflation was at 3.3%. State power firm [[Eskom|ORG]] will get 30 billion rand. "
        "The [[Democratic Alliance|ORG|Democratic Alliance (South Africa)]], a partner in the coalition, said it backed the plan. "
        "[[Johannesburg|GPE]]-based [[Mabena Steel (Pty) Ltd|ORG]] said it would reopen a "
        "furnace in [[Vanderbijlpark|GPE]]. [[Mabena Steel|ORG|Mabena Steel (Pty) Ltd]] said "
        "[[Eskom|ORG]] had cut its power price. The [[DA|ORG|Democratic Alliance (South Africa)]] leader "
        "[[John Steenhuisen|PERSON]] said [[Cape Town|GPE]] would host a jobs summit.\n",
    ),
    (
        "own-ent24n-10",
        "2025-08-12",
        "[[LONDON|GPE|London]], Aug 12 - The [[Ministry of Justice|ORG|" + MOJ + "]] will "
        "release 1,200 prisoners early from [[HM Prison Wandsworth|FAC]] and other jails, "
        "the [[Ministry|ORG|" + MOJ + "]] said on Tuesday. Justice Secretary [[Shabana "
        "Mahmood|PERSON]] said [[Wandsworth|FAC|HM Prison Wandsworth]] held 1,500 men in cells "
        "built for 900. [[Mahmood|PERSON|Shabana Mahmood]] said the [[Home Office|ORG]] would "
        "deport foreign prisoners sooner. The [[Prison Officers' Association|ORG]] said the "
        "[[POA|ORG|Prison Officers' Association]] would ballot its members. Outsourcer "
        "[[Greyfell Custodial Services Ltd|ORG]] runs two of the jails; [[Greyfell|ORG|"
        "Greyfell Custodial Services Ltd]] said it would hire 300 officers. The [[Crown "
        "Prosecution Service|ORG]] said the [[Service|ORG|Crown Prosecution Service]] would "
        "review cases in [[Manchester|GPE]] and [[Birmingham|GPE]]. Prime Minister [[Keir "
        "Starmer|PERSON]] said [[Britain|GPE|United Kingdom]] would build 14,000 prison places."
        "\n",
    ),
    (
        "own-ent24n-11",
        "2025-11-05",
        "[[DENVER|GPE|Denver]], Nov 5 - Voters in [[Denver|GPE]], [[Colorado|GPE]], approved a "
        "$900 million bond for roads and parks on Tuesday, the city's election office said. "
        "Mayor [[Mike Johnston|PERSON]] said [[Denver|GPE]] would rebuild [[Federal "
        "Boulevard|FAC]]. In [[Boulder|GPE|Boulder, Colorado]], voters rejected a sales tax. "
        "[[Aurora|GPE|Aurora, Colorado]] and [[Lakewood|GPE|Lakewood, Colorado]] approved "
        "school levies. Governor [[Jared Polis|PERSON]] said the [[Colorado Department of "
        "Transportation|ORG]] would match the money. [[CDOT|ORG|Colorado Department of "
        "Transportation]] said work on [[Interstate 25|FAC]] would start in spring. [[Polis|"
        "PERSON|Jared Polis]] also said [[Colorado Springs|GPE|Colorado Springs, Colorado]] "
        "would get a new bus line. Builder [[Fremont Paving & Grading Co.|ORG]] won the first "
        "contract; [[Fremont Paving|ORG|Fremont Paving & Grading Co.]] is based in [[Pueblo|"
        "GPE|Pueblo, Colorado]]. [[Johnston|PERSON|Mike Johnston]] said turnout was 48%.\n",
    ),
]

CHECK = [
    (
        "own-ent24n-c1",
        "2025-03-18",
        "[[SPOKANE|GPE|Spokane, Washington]], [[Wash.|GPE|Washington (state)]], March 18 - "
        "[[Palouse Grain Growers Inc.|ORG]] will build a grain terminal in [[Spokane|GPE|"
        "Spokane, Washington]], the farmer-owned firm said on Tuesday. [[Palouse Grain|ORG|"
        "Palouse Grain Growers Inc.]] said wheat from [[Pullman|GPE|Pullman, Washington]] and "
        "[[Moscow|GPE|Moscow, Idaho]], [[Idaho|GPE]], would go by rail to [[Portland|GPE|"
        "Portland, Oregon]]. The [[Washington State Department of Agriculture|ORG]] said the "
        "[[Department|ORG|Washington State Department of Agriculture]] would inspect the site. "
        "Chief executive [[Lars Haugland|PERSON]] said [[Palouse|ORG|Palouse Grain Growers "
        "Inc.]] had 1,400 members. [[Haugland|PERSON|Lars Haugland]] said [[BNSF|ORG|BNSF "
        "Railway]] would run the trains.\n",
    ),
    (
        "own-ent24n-c2",
        "2025-04-29",
        "[[NAIROBI|GPE|Nairobi]], April 29 - [[Kenya|GPE]]'s [[Ministry of Health|ORG|"
        "Ministry of Health (Kenya)]] said on Tuesday it would send cholera kits to [[Turkana|"
        "GPE|Turkana County]] and [[Marsabit|GPE|Marsabit County]]. The [[Ministry|ORG|Ministry "
        "of Health (Kenya)]] said 640 cases had been reported since March. [[Kenya Medical "
        "Supplies Authority|ORG]] chief [[Joseph Kimote|PERSON]] said the [[Authority|ORG|Kenya "
        "Medical Supplies Authority]] would fly the kits from [[Eldoret|GPE]]. [[Kimote|PERSON|"
        "Joseph Kimote]] said [[Rift Valley Pharma Ltd|ORG]] had supplied the salts. [[Rift "
        "Valley Pharma|ORG|Rift Valley Pharma Ltd]] said it would hire 200 workers.\n",
    ),
    (
        "own-ent24n-c3",
        "2025-10-02",
        "[[GLASGOW|GPE|Glasgow]], Oct 2 - [[Hibernian|ORG|Hibernian F.C.]] have been fined "
        "£40,000 by the [[Scottish Professional Football League|ORG]] after fans threw "
        "flares at [[Celtic Park|FAC]], the league said on Thursday. The [[SPFL|ORG|Scottish "
        "Professional Football League]] said [[Celtic|ORG|Celtic F.C.]] would not be punished. "
        "[[Hibs|ORG|Hibernian F.C.]] manager [[David Gray|PERSON]] said the club would ban the fans. [[Gray|PERSON|David Gray]] said [[Hibernian|ORG|Hibernian F.C.]] would appeal. Stadium firm [[Kelvinside "
        "Events Ltd|ORG]] said [[Kelvinside|ORG|Kelvinside Events Ltd]] would add 40 stewards.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
