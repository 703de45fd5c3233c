"""Write eval/own-entities-dev16n.jsonl and eval/own-entities-dev16n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for NAMES (issue 13, session 15).

The families, each a way a short mention takes the canonical name the document gives elsewhere:
- acronyms defined with words left out of their letters ("UK Research and Innovation (UKRI)",
  "Department for Science, Innovation and Technology (DSIT)") and a short acronym that is part
  of a longer one the text defines ("NNPC" after "(NNPCL)", "EPA" after "(USEPA)"); the acronym
  of a non-entity (an index, a kind of scheme, a disease) stays untagged ("Consumer Prices
  Index (CPI)", "a Production Linked Incentive (PLI) scheme", "RSV");
- ministry and agency back-references: "the Ministry", "the Finance Ministry", "the Agency",
  "the Commission", "the Council" after a full name; with two candidates, the nearest
  preceding one ("the Agency" after the second of two agencies);
- sports clubs named again by a short form or a nickname built from their name ("Spurs" of
  "Tottenham Hotspur", "Wolves" of "Wolverhampton Wanderers", "Gladbach" of "Borussia
  Mönchengladbach", "PSG" of "Paris Saint-Germain", "Forest", "Leverkusen");
- names with an Arabic article particle ("al-", "el-", "Al "): the lone surname with or without
  the particle is the full name ("Ahmed al-Sharaa" ... "al-Sharaa" / "Sharaa"; "Sultan Al Jaber"
  ... "Al Jaber" / "Jaber");
- capitalised question or heading openers ("Why it matters", "What next", "Key points", "Who is
  affected") on lines of their own stay untagged.
Cases that must stay: a lower-case head noun ("the agency", "the ministry"), an acronym of an
index, a "the Government" (untagged), a club named only once.
Written for briefx by hand (session 15, issue 13 names); real places, institutions, clubs and
public figures of 2024-2025, invented or approximate figures, fixtures and quotations. Annotated
by ``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` before briefx was run on
any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``; a national body with a
generic title takes its country in brackets (dev set 10), a ministry with a long name of its own
keeps it; football clubs take their English Wikipedia title ("Tottenham Hotspur F.C."), as dev
set 5 does. ``entity_marks`` turns the marks into offsets and checks every span. The CHECK cases
go to the check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev16n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev16n.jsonl"
OUT_CHECK = HERE / "own-entities-dev16n-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 16n, issue 13 names); research funding, oil regulator, "
    "EU agencies, Ghana energy, football, Middle East diplomacy, Gulf energy, a central-bank "
    "explainer, Indian space, UK health agencies, a Philippine typhoon and a Bundesliga-Serie A "
    "night; real places, institutions, clubs and public figures, invented or approximate "
    "figures and quotations; MIT."
)

UKRI = "UK Research and Innovation"
EPSRC = "Engineering and Physical Sciences Research Council"
DSIT = "Department for Science, Innovation and Technology"
NUPRC = "Nigerian Upstream Petroleum Regulatory Commission"
NNPCL = "Nigerian National Petroleum Company Limited"
EDUN_MIN = "Federal Ministry of Finance, Budget and National Planning"
ECHA = "European Chemicals Agency"
EEA = "European Environment Agency"
GH_FIN = "Ministry of Finance (Ghana)"
GH_EN = "Ministry of Energy and Green Transition"
VRA = "Volta River Authority"
SPURS = "Tottenham Hotspur F.C."
WOLVES = "Wolverhampton Wanderers F.C."
FOREST = "Nottingham Forest F.C."
NEWC = "Newcastle United F.C."
PSG = "Paris Saint-Germain F.C."
GLAD = "Borussia Mönchengladbach"
LEV = "Bayer 04 Leverkusen"
ISRO = "Indian Space Research Organisation"
INSPACE = "Indian National Space Promotion and Authorisation Centre"
UKHSA = "UK Health Security Agency"
MHRA = "Medicines and Healthcare products Regulatory Agency"
DHSC = "Department of Health and Social Care"
NDRRMC = "National Disaster Risk Reduction and Management Council"
DSWD = "Department of Social Welfare and Development"
EPA = "United States Environmental Protection Agency"

CASES = [
    (
        "own-ent16n-01",
        "2025-03-04",
        f"[[LONDON|GPE|London]], March 4 - [[UK Research and Innovation|ORG]] ([[UKRI|ORG|{UKRI}]]) "
        "will spend £1.2 billion on new research centres over five years, the funder said on "
        "Tuesday. The money includes £300 million from the [[Engineering and Physical Sciences "
        f"Research Council|ORG]] ([[EPSRC|ORG|{EPSRC}]]), one of the nine councils that make up "
        f"[[UKRI|ORG|{UKRI}]]. Executive chair [[Charlotte Deane|PERSON]] said the "
        f"[[Council|ORG|{EPSRC}]] would favour projects with industry partners. Science minister "
        "[[Patrick Vallance|PERSON]] said grants would rise with the Consumer Prices Index (CPI) "
        "from 2026, and CPI-linked uplifts would be paid each April. The [[Department for "
        f"Science, Innovation and Technology|ORG]] ([[DSIT|ORG|{DSIT}]]) said the "
        f"[[Department|ORG|{DSIT}]] would publish the list of centres in May. Universities in "
        "[[Scotland|GPE]] and [[Wales|GPE]] can bid. [[Vallance|PERSON|Patrick Vallance]] said "
        f"[[UKRI|ORG|{UKRI}]] had cut its running costs by a tenth.\n",
    ),
    (
        "own-ent16n-02",
        "2025-06-11",
        f"[[ABUJA|GPE|Abuja]], June 11 - The [[Nigerian Upstream Petroleum Regulatory Commission|ORG]] "
        f"([[NUPRC|ORG|{NUPRC}]]) awarded 12 oil blocks in the [[Niger Delta|LOC]] on Wednesday, "
        "its chief executive [[Gbenga Komolafe|PERSON]] said. The [[Commission|ORG|"
        f"{NUPRC}]] said the winners would pay $420 million in signature bonuses. The "
        f"[[Nigerian National Petroleum Company Limited|ORG]] ([[NNPCL|ORG|{NNPCL}]]) won three "
        f"blocks, and [[NNPC|ORG|{NNPCL}]] chief [[Bayo Ojulari|PERSON]] said output would reach "
        "2 million barrels a day by 2027. [[Komolafe|PERSON|Gbenga Komolafe]] said "
        "[[Shell|ORG]] and [[TotalEnergies|ORG]] had not bid. Finance minister [[Wale Edun|PERSON]]"
        " said the [[Federal Ministry of Finance, Budget and National Planning|ORG]] expected the "
        f"bonuses to narrow the deficit, and the [[Finance Ministry|ORG|{EDUN_MIN}]] would publish "
        "the payments. [[Edun|PERSON|Wale Edun]] said President [[Bola Tinubu|PERSON]] had "
        f"approved the round. [[NNPC|ORG|{NNPCL}]] shares are not listed; the ministry said a "
        "listing could follow.\n",
    ),
    (
        "own-ent16n-03",
        "2025-02-19",
        f"[[HELSINKI|GPE|Helsinki]], Feb 19 - The [[European Chemicals Agency|ORG]] ([[ECHA|ORG|{ECHA}]]) "
        "proposed on Wednesday to restrict 40 more PFAS chemicals in firefighting foams. The "
        f"[[Agency|ORG|{ECHA}]] said the ban would cost industry about €250 million a year. In "
        f"[[Copenhagen|GPE]], the [[European Environment Agency|ORG]] ([[EEA|ORG|{EEA}]]) said "
        f"water samples in 18 countries held PFAS above safe levels; the [[Agency|ORG|{EEA}]] "
        "named [[Belgium|GPE]] and the [[Netherlands|GPE]] among the worst. The "
        "[[European Commission|ORG]] will decide by the end of the year, and the "
        "[[Commission|ORG|European Commission]] said firms would get 18 months to comply. "
        "Environment commissioner [[Jessika Roswall|PERSON]] said [[Europe|LOC]] could not wait. "
        f"[[ECHA|ORG|{ECHA}]] executive director [[Sharon McGuinness|PERSON]] said the agency "
        f"would hear industry first. [[Roswall|PERSON|Jessika Roswall]] said the [[EEA|ORG|{EEA}]] "
        "figures were worrying.\n",
    ),
    (
        "own-ent16n-04",
        "2025-04-16",
        f"[[ACCRA|GPE|Accra]], April 16 - [[Ghana|GPE]]'s [[Ministry of Finance|ORG|{GH_FIN}]] said on "
        "Wednesday it would pay 1.5 billion cedis of power-sector arrears by June. Finance "
        "minister [[Cassiel Ato Forson|PERSON]] said the [[Finance Ministry|ORG|"
        f"{GH_FIN}]] had agreed a plan with the [[Ministry of Energy and Green Transition|ORG]]. "
        f"The [[Ministry|ORG|{GH_EN}]] said the [[Electricity Company of Ghana|ORG]] "
        "([[ECG|ORG|Electricity Company of Ghana]]) owed generators $1.2 billion. Energy "
        "minister [[John Jinapor|PERSON]] said the [[Energy Ministry|ORG|"
        f"{GH_EN}]] would audit [[ECG|ORG|Electricity Company of Ghana]] revenue. The "
        f"[[Volta River Authority|ORG]] ([[VRA|ORG|{VRA}]]) said water at the "
        f"[[Akosombo Dam|FAC]] was high enough for full output; the [[Authority|ORG|{VRA}]] "
        "runs six turbines there. [[Ato Forson|PERSON|Cassiel Ato Forson]] said President "
        "[[John Mahama|PERSON]] wanted an end to load shedding, and [[Mahama|PERSON|John Mahama]] "
        "will visit [[Akosombo|GPE]] next month. The ministry did not give a date.\n",
    ),
    (
        "own-ent16n-05",
        "2025-03-10",
        f"[[Tottenham Hotspur|ORG|{SPURS}]] 2 [[Wolverhampton Wanderers|ORG|{WOLVES}]] 2\n"
        f"[[LONDON|GPE|London]], March 9 - [[Wolves|ORG|{WOLVES}]] came from behind twice to draw "
        f"at the [[Tottenham Hotspur Stadium|FAC]] on Sunday, leaving [[Spurs|ORG|{SPURS}]] 14th "
        "in the [[Premier League|ORG]]. [[Son Heung-min|PERSON]] scored from a free kick before "
        "[[Matheus Cunha|PERSON]] equalised, and [[James Maddison|PERSON]] restored the lead "
        "before half-time. [[Cunha|PERSON|Matheus Cunha]] struck again after 70 minutes. "
        f"[[Spurs|ORG|{SPURS}]] manager [[Ange Postecoglou|PERSON]] said his side had been "
        f"careless. [[Wolves|ORG|{WOLVES}]] are three points above the relegation places after "
        f"[[Nottingham Forest|ORG|{FOREST}]] beat [[Newcastle United|ORG|{NEWC}]] 3-1 on "
        f"Saturday. [[Forest|ORG|{FOREST}]] are third; [[Newcastle|ORG|{NEWC}]] are sixth. "
        f"[[Postecoglou|PERSON|Ange Postecoglou]] said [[Son|PERSON|Son Heung-min]] would miss "
        "Thursday's [[Europa League|EVENT|UEFA Europa League]] game.\n",
    ),
    (
        "own-ent16n-06",
        "2025-04-06",
        "Why it matters\n"
        f"[[Damascus|GPE]], April 6 - [[Syria|GPE]]'s interim president [[Ahmed al-Sharaa|PERSON]] "
        "met [[Egypt|GPE]]'s foreign minister [[Badr Abdelatty|PERSON]] on Sunday, the first visit "
        f"by a senior [[Egyptian|NORP]] official since December. [[Al-Sharaa|PERSON|Ahmed al-Sharaa]] "
        "asked for help to restart power plants. [[Abdelatty|PERSON|Badr Abdelatty]] carried a "
        "letter from President [[Abdel Fattah el-Sisi|PERSON]]; [[Sisi|PERSON|Abdel Fattah el-Sisi]] "
        f"has invited [[Sharaa|PERSON|Ahmed al-Sharaa]] to [[Cairo|GPE]].\n"
        "What next\n"
        f"[[Jordan|GPE]]'s foreign minister [[Ayman Safadi|PERSON]] will host talks in "
        f"[[Amman|GPE]] this month. [[Safadi|PERSON|Ayman Safadi]] said [[Iraq|GPE]]'s prime "
        f"minister [[Mohammed Shia al-Sudani|PERSON]] would attend, and [[al-Sudani|PERSON|Mohammed "
        "Shia al-Sudani]] said on Saturday that [[Baghdad|GPE]] would sell fuel to "
        f"[[Damascus|GPE]].\n",
    ),
    (
        "own-ent16n-07",
        "2025-01-15",
        "Key points\n"
        "- Oil output to rise by 5% this year\n"
        "- New gas field to start in 2026\n"
        f"[[ABU DHABI|GPE|Abu Dhabi]], Jan 15 - [[ADNOC|ORG]] will raise crude output to 4.85 million "
        "barrels a day this year, chief executive [[Sultan Al Jaber|PERSON]] said on Wednesday. "
        f"[[Al Jaber|PERSON|Sultan Al Jaber]] said the state company "
        "would also start a new offshore gas field in 2026. Energy minister "
        "[[Suhail Al Mazrouei|PERSON]] said the [[United Arab Emirates|GPE]] would keep to its "
        f"[[OPEC+|ORG]] quota. [[Mazrouei|PERSON|Suhail Al Mazrouei]] said spare capacity would "
        "reach 1 million barrels a day. [[Jaber|PERSON|Sultan Al Jaber]] said [[Masdar|ORG]] would "
        "build 10 gigawatts of solar in [[Egypt|GPE]] and [[Uzbekistan|GPE]]. [[Masdar|ORG]] "
        "chief executive [[Mohamed Al Ramahi|PERSON]] did not comment; [[Al Ramahi|PERSON|Mohamed Al Ramahi]] "
        "is due in [[London|GPE]] next week.\n",
    ),
    (
        "own-ent16n-08",
        "2025-01-24",
        f"[[TOKYO|GPE|Tokyo]], Jan 24 - The [[Bank of Japan|ORG]] raised its policy rate to 0.5% on "
        f"Friday, its highest in 17 years.\n"
        "What happened\n"
        f"Governor [[Kazuo Ueda|PERSON]] said the [[Bank|ORG|Bank of Japan]] would keep raising "
        f"rates if wages kept rising. [[Ueda|PERSON|Kazuo Ueda]] said [[BOJ|ORG|Bank of Japan]] "
        "board members had voted 8-1, with [[Toyoaki Nakamura|PERSON]] against.\n"
        "Who is affected\n"
        "Borrowers with floating-rate mortgages will pay more. The [[Ministry of Finance|ORG|"
        "Ministry of Finance (Japan)]] said debt-service costs would rise by 2 trillion yen. "
        "Finance minister [[Katsunobu Kato|PERSON]] said the [[Finance Ministry|ORG|Ministry of "
        "Finance (Japan)]] was watching the yen closely. [[Kato|PERSON|Katsunobu Kato]] said "
        "exporters such as [[Toyota|ORG]] would feel the stronger yen.\n"
        "Why it matters\n"
        f"The decision came days after [[Donald Trump|PERSON]] took office in [[Washington|GPE|"
        "Washington, D.C.]].\n",
    ),
    (
        "own-ent16n-09",
        "2025-05-29",
        f"[[BENGALURU|GPE|Bengaluru]], May 29 - The [[Indian Space Research Organisation|ORG]] "
        f"([[ISRO|ORG|{ISRO}]]) will launch its first privately built rocket from "
        "[[Sriharikota|GPE]] in July, chairman [[V. Narayanan|PERSON]] said on Thursday. "
        f"[[Narayanan|PERSON|V. Narayanan]] said the [[Organisation|ORG|{ISRO}]] would hand "
        "five launches a year to industry. The [[Indian National Space Promotion and "
        f"Authorisation Centre|ORG]] ([[IN-SPACe|ORG|{INSPACE}]]) said 12 firms had applied under a "
        "Production Linked Incentive (PLI) scheme, and PLI payments would start in 2026. "
        f"[[IN-SPACe|ORG|{INSPACE}]] chairman [[Pawan Goenka|PERSON]] said [[Skyroot Aerospace|ORG]] "
        "and [[Agnikul Cosmos|ORG]] were among them. [[Goenka|PERSON|Pawan Goenka]] said the "
        f"[[Centre|ORG|{INSPACE}]] would approve the first licences by March. The "
        "[[Department of Space|ORG]] said [[India|GPE]] wanted 8% of the global launch market.\n",
    ),
    (
        "own-ent16n-10",
        "2025-10-02",
        f"[[LONDON|GPE|London]], Oct 2 - The [[UK Health Security Agency|ORG]] ([[UKHSA|ORG|{UKHSA}]]) "
        "said on Thursday that flu and RSV cases had risen for a third week. The "
        f"[[Agency|ORG|{UKHSA}]] urged people over 75 to take the RSV jab. The [[Medicines and "
        f"Healthcare products Regulatory Agency|ORG]] ([[MHRA|ORG|{MHRA}]]) approved a second RSV "
        f"vaccine for older adults last month; the [[Agency|ORG|{MHRA}]] said it had checked "
        f"safety data from 40,000 people. The [[Department of Health and Social Care|ORG]] said "
        f"the [[Department|ORG|{DHSC}]] had bought 3 million doses. Health secretary "
        "[[Wes Streeting|PERSON]] said the [[National Health Service|ORG]] was ready. "
        f"[[Streeting|PERSON|Wes Streeting]] said [[England|GPE]] had the highest take-up in "
        f"[[Europe|LOC]]. [[UKHSA|ORG|{UKHSA}]] chief executive [[Jenny Harries|PERSON]] said "
        "the agency would publish weekly figures. The Government said more money would follow.\n",
    ),
    (
        "own-ent16n-11",
        "2024-11-18",
        f"[[MANILA|GPE|Manila]], Nov 18 - Super Typhoon [[Man-yi|EVENT|Typhoon Man-yi]] forced 1 "
        "million people from their homes in the [[Philippines|GPE]], the [[National Disaster Risk "
        f"Reduction and Management Council|ORG]] ([[NDRRMC|ORG|{NDRRMC}]]) said on Monday. The "
        f"[[Council|ORG|{NDRRMC}]] said eight people had died, most of them on "
        "[[Catanduanes|GPE]]. The [[Department of Social Welfare and Development|ORG]] "
        f"([[DSWD|ORG|{DSWD}]]) sent 100,000 food packs; the [[Department|ORG|{DSWD}]] said more "
        f"would go to [[Bicol|GPE|Bicol Region]]. President [[Ferdinand Marcos Jr.|PERSON|"
        "Bongbong Marcos]] flew over [[Catanduanes|GPE]] on Sunday. [[Marcos|PERSON|Bongbong "
        f"Marcos]] said [[Man-yi|EVENT|Typhoon Man-yi]] was the sixth storm in a month. The "
        f"[[United States Environmental Protection Agency|ORG]] ([[USEPA|ORG|{EPA}]]) did not "
        f"comment; [[EPA|ORG|{EPA}]] teams had helped after earlier storms on [[Guam|GPE]].\n",
    ),
    (
        "own-ent16n-12",
        "2025-04-13",
        f"[[Borussia Mönchengladbach|ORG|{GLAD}]] 1 [[Bayer Leverkusen|ORG|{LEV}]] 3\n"
        f"[[MÖNCHENGLADBACH|GPE|Mönchengladbach]], April 12 - [[Leverkusen|ORG|{LEV}]] kept up "
        f"their chase of [[Bayern Munich|ORG|FC Bayern Munich]] with a win at "
        f"[[Gladbach|ORG|{GLAD}]] on Saturday. [[Florian Wirtz|PERSON]] scored twice and "
        "[[Patrik Schick|PERSON]] added a third before [[Tim Kleindienst|PERSON]] replied. "
        f"[[Wirtz|PERSON|Florian Wirtz]] has 10 goals in the [[Bundesliga|ORG]]. In "
        f"[[Paris|GPE]], [[Paris Saint-Germain|ORG|{PSG}]] beat [[Angers|ORG|Angers SCO]] 1-0 "
        f"to win the [[Ligue 1|ORG]] title with six games left. [[PSG|ORG|{PSG}]] coach "
        "[[Luis Enrique|PERSON]] said the [[Champions League|EVENT|UEFA Champions League]] was "
        f"now the aim; [[PSG|ORG|{PSG}]] play [[Aston Villa|ORG|Aston Villa F.C.]] on Tuesday.\n",
    ),
]

CHECK = [
    (
        "own-ent16n-c1",
        "2025-07-08",
        "[[NAIROBI|GPE|Nairobi]], July 8 - The [[Kenya Agricultural and Livestock Research "
        "Organization|ORG]] ([[KALRO|ORG|Kenya Agricultural and Livestock Research "
        "Organization]]) released three drought-tolerant maize seeds on Tuesday. The "
        "[[Ministry of Agriculture and Livestock Development|ORG]] said the "
        "[[Ministry|ORG|Ministry of Agriculture and Livestock Development]] would buy 5,000 "
        "tonnes for farmers in [[Makueni|GPE|Makueni County]] and [[Kitui|GPE|Kitui County]] "
        "counties. Agriculture secretary [[Mutahi Kagwe|PERSON]] said the Food Price Index (FPI) "
        "had fallen. [[Kagwe|PERSON|Mutahi Kagwe]] said the [[Kenya Revenue Authority|ORG]] would "
        "waive duty on seed imports, and the [[Authority|ORG|Kenya Revenue Authority]] confirmed "
        "it.\n",
    ),
    (
        "own-ent16n-c2",
        "2025-02-03",
        "[[Manchester United|ORG|Manchester United F.C.]] 0 [[Crystal Palace|ORG|Crystal Palace "
        "F.C.]] 2\n"
        "[[MANCHESTER|GPE|Manchester]], Feb 2 - [[Jean-Philippe Mateta|PERSON]] scored twice as "
        "[[Palace|ORG|Crystal Palace F.C.]] won at [[Old Trafford|FAC]]. [[United|ORG|Manchester "
        "United F.C.]] manager [[Ruben Amorim|PERSON]] said his side lacked belief. "
        "[[Mateta|PERSON|Jean-Philippe Mateta]] has 12 goals this season. [[Sheffield "
        "Wednesday|ORG|Sheffield Wednesday F.C.]] beat [[Hull City|ORG|Hull City A.F.C.]] in the "
        "[[Championship|ORG|EFL Championship]], and [[Wednesday|ORG|Sheffield Wednesday F.C.]] "
        "are ninth.\n",
    ),
    (
        "own-ent16n-c3",
        "2025-05-14",
        "Key facts\n"
        "[[RIYADH|GPE|Riyadh]], May 14 - [[Saudi Arabia|GPE]]'s foreign minister [[Faisal bin "
        "Farhan Al Saud|PERSON]] met [[Lebanon|GPE]]'s prime minister [[Nawaf Salam|PERSON]] "
        "on Wednesday. [[Salam|PERSON|Nawaf Salam]] asked for help to rebuild [[Beirut|GPE]]'s "
        "port. [[Qatar|GPE]]'s minister of state [[Mohammed al-Khulaifi|PERSON]] joined the talks; "
        "[[Khulaifi|PERSON|Mohammed al-Khulaifi]] said [[Doha|GPE]] would pay for fuel, and "
        "[[al-Khulaifi|PERSON|Mohammed al-Khulaifi]] will visit [[Lebanon|GPE]] next week.\n"
        "What we know\n"
        "Talks will continue in [[Jeddah|GPE]].\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
