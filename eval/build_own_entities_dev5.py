"""Write eval/own-entities-dev5.jsonl and eval/own-entities-dev5-check.jsonl (FORMAT.md,
entities only): a fifth entities dev set and its check set, for entity *recall* and *types* in
wire copy of the CoNLL-2003 kind (issue 13).

Kinds of text: Reuters-style sports wires (Italian, German, English and Spanish football with
clubs named by their city, leagues and cups, a league table with a top-scorers line, NBA and NHL
result lines with home teams in capitals, tennis and golf result lists, a cricket report with a
scores line, a rugby report with venues, a Formula One result list), politics wires with
transliterated Arabic and Korean names and "X news agency", a Chechnya wire with small towns, and
markets wires. Written for briefx by hand; the people, clubs and institutions are real, the
scores, figures, dates and quotations are invented and must not be read as reporting. Annotated
by ``shared/eval/ANNOTATION.md`` and the readings of ``eval/README.md`` (a club named by its
city is ORG with its Wikipedia title; a national team named by its country is GPE; a league or
association is ORG, a cup, tournament or championship EVENT; "SOCCER -" and the like are line
labels) inline while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. This script turns the marks into offsets and checks every span
(``text[start:end] == text``, in order, no overlap, known type). The CHECK cases go to the check
file: scored only at the start and at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev5.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev5.jsonl"
OUT_CHECK = HERE / "own-entities-dev5-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 5, issue 13); wire copy of the CoNLL-2003 kind with "
    "real people, clubs and institutions; invented scores, figures and details; MIT."
)
TYPES = {"PERSON", "ORG", "GPE", "LOC", "GPE|LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW"}
MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z|]+?)(?:\|([^\]|]+))?\]\]")

CASES = [
    (
        "own-ent5-01",
        "2026-11-22",
        "SOCCER - [[PARMA|ORG|Parma Calcio 1913]] GO TOP AS [[INTER|ORG|Inter Milan]] HELD AT "
        "[[SAN SIRO|FAC|San Siro]].\n"
        "[[ROME|GPE|Rome]] 2026-11-22\n"
        "[[Parma|ORG|Parma Calcio 1913]] went top of [[Serie A|ORG]] on Sunday with a 2-0 win at "
        "[[Lecce|ORG|U.S. Lecce]] while [[Inter|ORG|Inter Milan]] were held 1-1 at "
        "[[San Siro|FAC]] by [[Torino|ORG|Torino FC]].\n"
        "[[Argentine|NORP]] striker [[Lautaro Martinez|PERSON|Lautaro Martínez]] put "
        "[[Inter|ORG|Inter Milan]] ahead after 18 minutes but [[Scotland|GPE]] international "
        "[[Che Adams|PERSON]] levelled for [[Torino|ORG|Torino FC]] ten minutes from time.\n"
        "[[Parma|ORG|Parma Calcio 1913]], promoted only two seasons ago, owe their run to "
        "[[Ange-Yoan Bonny|PERSON]], who scored twice at the "
        "[[Via del Mare|FAC|Stadio Via del Mare]] to take his league tally to nine.\n"
        "\"We are not thinking about the title,\" [[Parma|ORG|Parma Calcio 1913]] coach "
        "[[Cristian Chivu|PERSON]] told [[Italian|NORP]] television [[RAI|ORG]]. "
        "\"[[Inter|ORG|Inter Milan]] and [[Napoli|ORG|SSC Napoli]] are built to win it.\"\n"
        "Champions [[Napoli|ORG|SSC Napoli]] climbed to third after "
        "[[Scott McTominay|PERSON]]'s header gave them a 1-0 win at "
        "[[Bologna|ORG|Bologna FC 1909]].\n",
    ),
    (
        "own-ent5-02",
        "2026-11-22",
        "SOCCER - [[ITALIAN|NORP|Italian]] [[SERIE A|ORG|Serie A]] STANDINGS.\n"
        "[[ROME|GPE|Rome]] 2026-11-22\n"
        "[[Italian|NORP]] [[Serie A|ORG]] standings after Sunday's matches (tabulate under "
        "played, won, drawn, lost, goals for, against, points):\n"
        "[[Parma|ORG|Parma Calcio 1913]] 12 8 3 1 22 9 27\n"
        "[[Inter|ORG|Inter Milan]] 12 8 2 2 27 11 26\n"
        "[[Napoli|ORG|SSC Napoli]] 12 8 1 3 19 10 25\n"
        "[[Juventus|ORG|Juventus FC]] 12 6 5 1 18 8 23\n"
        "[[AC Milan|ORG]] 12 6 4 2 20 13 22\n"
        "[[Roma|ORG|AS Roma]] 12 6 2 4 15 12 20\n"
        "[[Atalanta|ORG|Atalanta BC]] 12 5 4 3 21 14 19\n"
        "[[Fiorentina|ORG|ACF Fiorentina]] 12 3 4 5 13 17 13\n"
        "[[Torino|ORG|Torino FC]] 12 3 3 6 10 18 12\n"
        "[[Lecce|ORG|U.S. Lecce]] 12 1 3 8 7 22 6\n"
        "Leading scorers: 11 - [[Lautaro Martinez|PERSON|Lautaro Martínez]] "
        "([[Inter|ORG|Inter Milan]]); 9 - [[Ange-Yoan Bonny|PERSON]] "
        "([[Parma|ORG|Parma Calcio 1913]]), [[Moise Kean|PERSON]] "
        "([[Fiorentina|ORG|ACF Fiorentina]]); 8 - [[Dusan Vlahovic|PERSON|Dušan Vlahović]] "
        "([[Juventus|ORG|Juventus FC]]).\n",
    ),
    (
        "own-ent5-03",
        "2026-11-21",
        "SOCCER - [[GUIRASSY|PERSON|Serhou Guirassy]] DOUBLE LIFTS "
        "[[DORTMUND|ORG|Borussia Dortmund]] PAST [[STUTTGART|ORG|VfB Stuttgart]].\n"
        "[[BERLIN|GPE|Berlin]] 2026-11-21\n"
        "[[Guinea|GPE]] striker [[Serhou Guirassy|PERSON]] scored twice as "
        "[[Borussia Dortmund|ORG]] beat [[VfB Stuttgart|ORG]] 3-1 on Friday to move within two "
        "points of [[Bundesliga|ORG]] leaders [[Bayern Munich|ORG|FC Bayern Munich]].\n"
        "[[Dortmund|ORG|Borussia Dortmund]], who lost 2-0 at "
        "[[Leverkusen|ORG|Bayer 04 Leverkusen]] last week, went ahead through "
        "[[Karim Adeyemi|PERSON]] before [[Guirassy|PERSON|Serhou Guirassy]] struck either side of "
        "half-time. [[Deniz Undav|PERSON]] pulled one back for [[Stuttgart|ORG|VfB Stuttgart]] "
        "in the 81st minute.\n"
        "\"[[Stuttgart|ORG|VfB Stuttgart]] made it hard for us,\" "
        "[[Dortmund|ORG|Borussia Dortmund]] coach [[Niko Kovac|PERSON|Niko Kovač]] said after the "
        "game at the [[Westfalenstadion|FAC]].\n"
        "[[Bayern|ORG|FC Bayern Munich]], who host [[Freiburg|ORG|SC Freiburg]] on Saturday, will "
        "be without [[Jamal Musiala|PERSON]], still recovering from a broken leg, and "
        "[[Harry Kane|PERSON]] is doubtful with a calf injury.\n",
    ),
    (
        "own-ent5-04",
        "2026-11-21",
        "BASKETBALL - [[NBA|ORG|National Basketball Association]] RESULTS.\n"
        "[[NEW YORK|GPE|New York City]] 2026-11-21\n"
        "Results of [[National Basketball Association|ORG]] games on Friday (home team in CAPS):\n"
        "[[BOSTON|ORG|Boston Celtics]] 112 [[Philadelphia|ORG|Philadelphia 76ers]] 104\n"
        "[[Milwaukee|ORG|Milwaukee Bucks]] 121 [[CHICAGO|ORG|Chicago Bulls]] 118 (OT)\n"
        "[[DENVER|ORG|Denver Nuggets]] 118 [[Phoenix|ORG|Phoenix Suns]] 109\n"
        "[[Oklahoma City|ORG|Oklahoma City Thunder]] 126 [[SAN ANTONIO|ORG|San Antonio Spurs]] 117\n"
        "[[GOLDEN STATE|ORG|Golden State Warriors]] 99 [[Minnesota|ORG|Minnesota Timberwolves]] 95\n"
        "[[Nikola Jokic|PERSON|Nikola Jokić]] had 31 points and 14 rebounds as "
        "[[Denver|ORG|Denver Nuggets]] beat [[Phoenix|ORG|Phoenix Suns]] for their sixth straight "
        "win. [[Shai Gilgeous-Alexander|PERSON]] scored 38 for "
        "[[Oklahoma City|ORG|Oklahoma City Thunder]], who lead the "
        "[[Western Conference|ORG|Western Conference (NBA)]], and "
        "[[Victor Wembanyama|PERSON]] had 27 points and 11 blocks in defeat for the "
        "[[Spurs|ORG|San Antonio Spurs]].\n",
    ),
    (
        "own-ent5-05",
        "2026-11-14",
        "TENNIS - [[ALCARAZ|PERSON|Carlos Alcaraz]] AND [[SINNER|PERSON|Jannik Sinner]] REACH "
        "[[ATP FINALS|EVENT|ATP Finals]] SEMIS.\n"
        "[[TURIN|GPE|Turin]] 2026-11-14\n"
        "Results from the season-ending [[ATP Finals|EVENT]] on Friday (prefix number denotes "
        "seeding):\n"
        "1 - [[Carlos Alcaraz|PERSON]] ([[Spain|GPE]]) beat 6 - [[Taylor Fritz|PERSON]] "
        "([[U.S.|GPE|United States]]) 6-4 7-6 (7-4)\n"
        "2 - [[Jannik Sinner|PERSON]] ([[Italy|GPE]]) beat [[Alex de Minaur|PERSON]] "
        "([[Australia|GPE]]) 6-3 6-2\n"
        "[[Alexander Zverev|PERSON]] ([[Germany|GPE]]) beat 8 - [[Lorenzo Musetti|PERSON]] "
        "([[Italy|GPE]]) 7-5 3-6 6-4\n"
        "[[Sinner|PERSON|Jannik Sinner]], roared on by a home crowd at the [[Inalpi Arena|FAC]], "
        "has not lost a set in [[Turin|GPE]] this week. \"I feel very good on this court,\" the "
        "[[Italian|NORP]] said.\n"
        "Earlier, [[Aryna Sabalenka|PERSON]] of [[Belarus|GPE]] and "
        "[[Iga Swiatek|PERSON|Iga Świątek]] withdrew from next week's "
        "[[Billie Jean King Cup|EVENT]] finals in [[Shenzhen|GPE]], the "
        "[[Women's Tennis Association|ORG]] said.\n",
    ),
    (
        "own-ent5-06",
        "2026-11-15",
        "CRICKET - [[GILL|PERSON|Shubman Gill]] CENTURY PUTS [[INDIA|GPE|India]] IN CONTROL.\n"
        "[[KOLKATA|GPE|Kolkata]] 2026-11-15\n"
        "[[Shubman Gill|PERSON]] hit an unbeaten 128 as [[India|GPE]] reached 312 for four at the "
        "close on the second day of the first test against [[South Africa|GPE]] at "
        "[[Eden Gardens|FAC]] on Saturday.\n"
        "The [[India|GPE]] captain put on 154 for the third wicket with "
        "[[Rishabh Pant|PERSON]], who made 71 before he was caught at slip off "
        "[[Keshav Maharaj|PERSON]].\n"
        "Earlier [[Jasprit Bumrah|PERSON]] took five for 41 as [[South Africa|GPE]] were bowled "
        "out for 226, with only [[Temba Bavuma|PERSON]], who made 64, and "
        "[[Aiden Markram|PERSON]] offering resistance.\n"
        "Scores: [[South Africa|GPE]] 226 ([[T. Bavuma|PERSON|Temba Bavuma]] 64, "
        "[[A. Markram|PERSON|Aiden Markram]] 39; [[J. Bumrah|PERSON|Jasprit Bumrah]] 5-41). "
        "[[India|GPE]] 312-4 ([[S. Gill|PERSON|Shubman Gill]] 128 not out, "
        "[[R. Pant|PERSON|Rishabh Pant]] 71; [[K. Maharaj|PERSON|Keshav Maharaj]] 2-88).\n",
    ),
    (
        "own-ent5-07",
        "2026-11-14",
        "GOLF - [[FLEETWOOD|PERSON|Tommy Fleetwood]] LEADS IN [[DUBAI|GPE|Dubai]].\n"
        "[[DUBAI|GPE|Dubai]] 2026-11-14\n"
        "Leading scores after the second round of the [[DP World Tour Championship|EVENT]] at "
        "the [[Jumeirah Golf Estates|FAC]] on Friday ([[Britain|GPE|United Kingdom]] unless "
        "stated):\n"
        "134 [[Tommy Fleetwood|PERSON]] 67 67\n"
        "135 [[Rory McIlroy|PERSON]] 68 67, [[Ludvig Aberg|PERSON|Ludvig Åberg]] "
        "([[Sweden|GPE]]) 66 69\n"
        "136 [[Matt Fitzpatrick|PERSON]] 70 66, [[Tyrrell Hatton|PERSON]] 68 68, "
        "[[Rasmus Hojgaard|PERSON|Rasmus Højgaard]] ([[Denmark|GPE]]) 69 67\n"
        "137 [[Shane Lowry|PERSON]] ([[Ireland|GPE]]) 71 66, [[Min Woo Lee|PERSON]] "
        "([[Australia|GPE]]) 67 70\n"
        "[[McIlroy|PERSON|Rory McIlroy]], who has already wrapped up the "
        "[[Race to Dubai|EVENT]] for a seventh time, birdied four of the last six holes.\n",
    ),
    (
        "own-ent5-08",
        "2026-11-30",
        "[[SAUDI|NORP|Saudi]] AND [[QATARI|NORP|Qatari]] MINISTERS MEET ON [[GAZA|GPE|LOC|Gaza Strip]] TRUCE.\n"
        "[[RIYADH|GPE|Riyadh]] 2026-11-30\n"
        "[[Saudi|NORP]] Foreign Minister Prince [[Faisal bin Farhan|PERSON|Faisal bin Farhan Al Saud]] "
        "met [[Qatari|NORP]] Prime Minister Sheikh "
        "[[Mohammed bin Abdulrahman Al Thani|PERSON|Mohammed bin Abdulrahman bin Jassim Al Thani]] "
        "in [[Riyadh|GPE]] on Sunday to discuss the truce in [[Gaza|GPE|LOC|Gaza Strip]], the "
        "state-run [[Saudi Press Agency|ORG]] said.\n"
        "Prince [[Faisal|PERSON|Faisal bin Farhan Al Saud]] told reporters the two countries would "
        "press [[Israel|GPE]] to allow more aid into the enclave. Sheikh "
        "[[Mohammed|PERSON|Mohammed bin Abdulrahman bin Jassim Al Thani]] later flew to "
        "[[Cairo|GPE]] for talks with [[Egyptian|NORP]] Foreign Minister "
        "[[Badr Abdelatty|PERSON]].\n"
        "In [[Moscow|GPE]], Deputy Foreign Minister [[Mikhail Bogdanov|PERSON]] told "
        "[[Interfax|ORG]] news agency that [[Russia|GPE]] backed the [[Arab|NORP]] plan. The "
        "[[Arab League|ORG]] welcomed the talks.\n",
    ),
    (
        "own-ent5-09",
        "2026-11-18",
        "[[SOUTH KOREA|GPE|South Korea]]'S SHARES HIT RECORD ON CHIP RALLY.\n"
        "[[SEOUL|GPE|Seoul]] 2026-11-18\n"
        "[[South Korean|NORP]] shares closed at a record high on Tuesday as "
        "[[Samsung Electronics|ORG]] and [[SK Hynix|ORG]] rallied on strong demand for memory "
        "chips, while Finance Minister [[Koo Yun-cheol|PERSON]] said the government would keep "
        "its support for exporters.\n"
        "[[Bank of Korea|ORG]] Governor [[Rhee Chang-yong|PERSON]] told parliament the central "
        "bank was watching the won closely after it fell to its weakest level against the dollar "
        "since March.\n"
        "Prime Minister [[Kim Min-seok|PERSON]] said in a radio interview that [[Seoul|GPE]] would "
        "send a delegation to [[Washington|GPE|Washington, D.C.]] next week for talks on tariffs, "
        "[[Yonhap|ORG|Yonhap News Agency]] news agency reported.\n"
        "Foreign investors bought a net 1.2 trillion won of shares, the "
        "[[Korea Exchange|ORG]] said.\n",
    ),
    (
        "own-ent5-10",
        "1996-08-14",
        "[[CHECHEN|NORP|Chechen]] REBELS SAY [[RUSSIAN|NORP|Russian]] TROOPS SHELLED VILLAGE.\n"
        "[[NAZRAN|GPE|Nazran]], [[Russia|GPE]] 1996-08-14\n"
        "[[Chechen|NORP]] separatist fighters accused [[Russian|NORP]] troops on Wednesday of "
        "shelling the village of [[Shatoi|GPE|Shatoy]], south of the regional capital, despite a "
        "ceasefire agreed last week.\n"
        "Rebel spokesman [[Movladi Udugov|PERSON]] told [[Reuters|ORG]] by telephone that rebel "
        "chief of staff [[Aslan Maskhadov|PERSON]] would meet [[Russian|NORP]] commander "
        "[[Vyacheslav Tikhomirov|PERSON]] in the village of [[Novye Atagi|GPE]] on Thursday.\n"
        "Refugees streaming into [[Ingushetia|GPE]] and neighbouring [[Dagestan|GPE]] said "
        "fighting had spread to [[Argun|GPE|Argun, Chechen Republic]] and [[Gudermes|GPE]].\n"
        "In [[Moscow|GPE]], the [[ITAR-Tass|ORG|TASS]] news agency quoted the "
        "[[Interior Ministry|ORG|Ministry of Internal Affairs (Russia)]] as saying three soldiers "
        "had been killed near [[Khasavyurt|GPE]].\n",
    ),
    (
        "own-ent5-11",
        "2027-01-10",
        "SOCCER - [[PALMER|PERSON|Cole Palmer]] DOUBLE SENDS [[CHELSEA|ORG|Chelsea F.C.]] "
        "THROUGH.\n"
        "[[LONDON|GPE|London]] 2027-01-10\n"
        "[[Cole Palmer|PERSON]] scored twice as [[Chelsea|ORG|Chelsea F.C.]] beat non-league "
        "[[Gateshead|ORG|Gateshead F.C.]] 4-0 at [[Stamford Bridge|FAC]] on Saturday to reach the "
        "[[FA Cup|EVENT]] fourth round.\n"
        "Holders [[Manchester City|ORG|Manchester City F.C.]] needed an 88th-minute winner from "
        "[[Phil Foden|PERSON]] to edge past [[Wrexham|ORG|Wrexham A.F.C.]] 2-1 at the "
        "[[Racecourse Ground|FAC]], where [[Welsh|NORP]] international [[Kieffer Moore|PERSON]] "
        "had put the home side ahead.\n"
        "\"[[City|ORG|Manchester City F.C.]] showed why they are champions,\" "
        "[[Wrexham|ORG|Wrexham A.F.C.]] manager [[Phil Parkinson|PERSON]] said. \"But my players "
        "can be proud.\"\n"
        "[[Arsenal|ORG|Arsenal F.C.]], fourth in the [[Premier League|ORG]], were knocked out 1-0 "
        "by [[Newcastle|ORG|Newcastle United F.C.]] at the [[Emirates|FAC|Emirates Stadium]], "
        "[[Bruno Guimaraes|PERSON|Bruno Guimarães]] heading in on the hour.\n",
    ),
    (
        "own-ent5-12",
        "2027-02-06",
        "RUGBY UNION - [[DUPONT|PERSON|Antoine Dupont]] INSPIRES [[FRANCE|GPE|France]] TO WIN "
        "OVER [[ENGLAND|GPE|England]].\n"
        "[[PARIS|GPE|Paris]] 2027-02-06\n"
        "[[Antoine Dupont|PERSON]] scored one try and made two more as [[France|GPE]] beat "
        "[[England|GPE]] 31-20 at the [[Stade de France|FAC]] on Saturday in the opening match of "
        "the [[Six Nations|EVENT|Six Nations Championship]].\n"
        "[[England|GPE]], who led 13-10 at half-time through a [[Tommy Freeman|PERSON]] try and "
        "two [[Marcus Smith|PERSON]] penalties, faded after fly-half [[Smith|PERSON|Marcus Smith]] "
        "went off with a shoulder injury.\n"
        "[[Toulouse|ORG|Stade Toulousain]] wing [[Louis Bielle-Biarrey|PERSON]] added "
        "[[France|GPE]]'s fourth try in the 74th minute.\n"
        "In [[Dublin|GPE]], [[Ireland|GPE]] beat [[Wales|GPE]] 27-13 at the "
        "[[Aviva Stadium|FAC]], with [[Caelan Doris|PERSON]] and [[Dan Sheehan|PERSON]] scoring "
        "tries. [[Scotland|GPE]] host [[Italy|GPE]] at [[Murrayfield|FAC|Murrayfield Stadium]] on "
        "Sunday.\n",
    ),
    (
        "own-ent5-13",
        "2026-11-20",
        "[[GERMAN|NORP|German]] STOCKS CLOSE LOWER ON RATE WORRIES.\n"
        "[[FRANKFURT|GPE|Frankfurt]] 2026-11-20\n"
        "[[German|NORP]] shares closed lower on Thursday after "
        "[[Bundesbank|ORG|Deutsche Bundesbank]] President [[Joachim Nagel|PERSON]] said inflation "
        "in [[Germany|GPE]] remained too high for the [[European Central Bank|ORG]] to cut rates "
        "further.\n"
        "[[Siemens|ORG]] fell 2.1 percent and [[Deutsche Bank|ORG]] lost 1.8 percent, while "
        "[[Rheinmetall|ORG]] rose after winning a [[Bundeswehr|ORG]] order for ammunition.\n"
        "Traders said investors were also waiting for Friday's speech by "
        "[[ECB|ORG|European Central Bank]] President [[Christine Lagarde|PERSON]] in "
        "[[Berlin|GPE]].\n"
        "In [[Paris|GPE]], shares in [[TotalEnergies|ORG]] and [[LVMH|ORG]] slipped, and in "
        "[[Zurich|GPE]] [[Nestle|ORG|Nestlé]] gained 1.2 percent.\n",
    ),
]

CHECK = [
    (
        "own-ent5c-01",
        "2026-11-29",
        "SOCCER - [[VINICIUS|PERSON|Vinícius Júnior]] STRIKES LATE AS "
        "[[REAL MADRID|ORG|Real Madrid CF]] WIN DERBY.\n"
        "[[MADRID|GPE|Madrid]] 2026-11-29\n"
        "[[Vinicius Junior|PERSON|Vinícius Júnior]] scored in stoppage time to give "
        "[[Real Madrid|ORG|Real Madrid CF]] a 2-1 win over "
        "[[Atletico Madrid|ORG|Atlético Madrid]] at the "
        "[[Santiago Bernabeu|FAC|Santiago Bernabéu Stadium]] on Saturday and keep them level on "
        "points with [[La Liga|ORG]] leaders [[Barcelona|ORG|FC Barcelona]].\n"
        "[[Julian Alvarez|PERSON|Julián Álvarez]] had put [[Atletico|ORG|Atlético Madrid]] ahead "
        "from the penalty spot before [[Jude Bellingham|PERSON]] equalised with a header.\n"
        "[[Barcelona|ORG|FC Barcelona]], for whom [[Lamine Yamal|PERSON]] and "
        "[[Raphinha|PERSON]] scored, won 3-0 at [[Girona|ORG|Girona FC]], while "
        "[[Sevilla|ORG|Sevilla FC]] drew 1-1 with [[Villarreal|ORG|Villarreal CF]].\n"
        "\"The derby is always hard,\" [[Real|ORG|Real Madrid CF]] coach [[Xabi Alonso|PERSON]] "
        "said.\n",
    ),
    (
        "own-ent5c-02",
        "2026-12-02",
        "ICE HOCKEY - [[NHL|ORG|National Hockey League]] RESULTS.\n"
        "[[NEW YORK|GPE|New York City]] 2026-12-02\n"
        "Results of [[National Hockey League|ORG]] games on Tuesday (home team in CAPS):\n"
        "[[TORONTO|ORG|Toronto Maple Leafs]] 4 [[Montreal|ORG|Montreal Canadiens]] 2\n"
        "[[Edmonton|ORG|Edmonton Oilers]] 5 [[VANCOUVER|ORG|Vancouver Canucks]] 3\n"
        "[[NEW JERSEY|ORG|New Jersey Devils]] 3 [[Pittsburgh|ORG|Pittsburgh Penguins]] 2\n"
        "[[Colorado|ORG|Colorado Avalanche]] 6 [[DALLAS|ORG|Dallas Stars]] 1\n"
        "[[Connor McDavid|PERSON]] had a goal and three assists as "
        "[[Edmonton|ORG|Edmonton Oilers]] won in [[Vancouver|GPE]] for the first time this "
        "season. [[Nathan MacKinnon|PERSON]] scored twice for [[Colorado|ORG|Colorado Avalanche]], "
        "and [[Auston Matthews|PERSON]] ended a nine-game drought for "
        "[[Toronto|ORG|Toronto Maple Leafs]].\n",
    ),
    (
        "own-ent5c-03",
        "2026-12-01",
        "[[CHINA|GPE|China]], [[JAPAN|GPE|Japan]] FOREIGN MINISTERS MEET IN "
        "[[BEIJING|GPE|Beijing]].\n"
        "[[BEIJING|GPE|Beijing]] 2026-12-01\n"
        "[[Chinese|NORP]] Foreign Minister [[Wang Yi|PERSON]] told his [[Japanese|NORP]] "
        "counterpart [[Takeshi Iwaya|PERSON]] on Monday that [[Tokyo|GPE]] should handle the "
        "[[Taiwan|GPE]] issue with caution, the official [[Xinhua|ORG|Xinhua News Agency]] news "
        "agency said.\n"
        "[[Iwaya|PERSON|Takeshi Iwaya]], on his first visit to [[China|GPE]] since taking office, "
        "also met Premier [[Li Qiang|PERSON]], [[Kyodo|ORG|Kyodo News]] news agency reported.\n"
        "In [[Seoul|GPE]], President [[Lee Jae-myung|PERSON]] said [[South Korea|GPE]] would host "
        "a three-way summit with [[China|GPE]] and [[Japan|GPE]] next year.\n",
    ),
    (
        "own-ent5c-04",
        "2026-11-22",
        "MOTOR RACING - [[LAS VEGAS GRAND PRIX|EVENT|Las Vegas Grand Prix]] RESULTS.\n"
        "[[LAS VEGAS|GPE|Las Vegas]] 2026-11-22\n"
        "Leading results of the [[Las Vegas Grand Prix|EVENT]] on Saturday:\n"
        "1. [[Max Verstappen|PERSON]] ([[Netherlands|GPE]]) [[Red Bull|ORG|Red Bull Racing]] "
        "1:21:08.4\n"
        "2. [[Lando Norris|PERSON]] ([[Britain|GPE|United Kingdom]]) [[McLaren|ORG]] 1:21:12.9\n"
        "3. [[Charles Leclerc|PERSON]] ([[Monaco|GPE]]) [[Ferrari|ORG|Scuderia Ferrari]] "
        "1:21:20.1\n"
        "4. [[George Russell|PERSON]] ([[Britain|GPE|United Kingdom]]) "
        "[[Mercedes|ORG|Mercedes-AMG Petronas F1 Team]] 1:21:25.7\n"
        "Drivers' championship standings: 1. [[Norris|PERSON|Lando Norris]] 390 points, 2. "
        "[[Oscar Piastri|PERSON]] ([[Australia|GPE]]) 366, 3. "
        "[[Verstappen|PERSON|Max Verstappen]] 341.\n",
    ),
]


def build(cid: str, ref: str, marked: str) -> dict:
    text, ents, pos, out = "", [], 0, []
    for mt in MARK.finditer(marked):
        out.append(marked[pos : mt.start()])
        text = "".join(out)
        span, typ, name = mt.group(1), mt.group(2), mt.group(3) or mt.group(1)
        assert typ in TYPES, (cid, typ)
        ents.append(
            {"text": span, "start": len(text), "end": len(text) + len(span), "type": typ,
             "name": name}
        )  # fmt: skip
        out.append(span)
        pos = mt.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, cid
    last = 0
    for e in ents:
        assert text[e["start"] : e["end"]] == e["text"], (cid, e)
        assert e["start"] >= last, (cid, e)
        last = e["end"]
    return {"id": cid, "source": SOURCE, "text": text, "reference_date": ref, "entities": ents}


def write(path: Path, cases: list[tuple[str, str, str]]) -> None:
    rows = [build(*c) for c in cases]
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in rows:
        for e in r["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    total = sum(counts.values())
    print(path.name, len(rows), "cases,", total, "entities:",
          sorted(counts.items(), key=lambda x: -x[1]))  # fmt: skip


def main() -> None:
    ids = [c[0] for c in CASES + CHECK]
    assert len(set(ids)) == len(ids) and len({c[2] for c in CASES + CHECK}) == len(ids)
    write(OUT, CASES)
    write(OUT_CHECK, CHECK)


if __name__ == "__main__":
    main()
