"""Write eval/own-entities-dev41p.jsonl and eval/own-entities-dev41p-check.jsonl (FORMAT.md,
entities only): people's canonical names (issue 13, session 41, people41).

The family (ANNOTATION.md "Entities": a person's name is the English Wikipedia title; titles and
ranks stay outside PERSON spans):
- full names written as copy writes them where the article title differs: the letters wire copy
  drops ("Momcilo Krajisnik", "Felix Tshisekedi"), German umlauts and Scandinavian letters
  written "ue", "oe" ("Norbert Bluem", "Thorbjoern Jagland"), Serbo-Croatian "dj" for "đ"
  ("Djuro Macut"), other transliterations ("Aleksandr Lebed", "Kostas Simitis", "Abdourahamane
  Tiani"), short given names ("Ollie Bearman", "Alex Albon", "Martin A. Makary");
- middle initials the title keeps ("Robert F. Kennedy Jr.") or drops ("Jerome H. Powell"), or
  adds ("Philip Lane" -> "Philip R. Lane"), and initials written together ("S. Jaishankar");
- lone surnames whose full name the document never writes, in 1996 wire results and reports
  and in 2024-2025 news;
- an initial and a surname in results and standings ("M. Schumacher", "J. Crawley");
- titles with a disambiguation in brackets ("Mark James (golfer)", "Steve Collins (boxer)",
  "Brett Martin (squash player)", "David Levy (Israeli politician)", "George Russell (racing
  driver)");
- surnames a document shares between two people, or shares with another person's given name
  ("Russell Claydon" and "Raymond Russell"; "Thomas Castaignede" and "Arwel Thomas"; "Jos
  Verstappen" and "Max Verstappen"; the two Marcoses), and names that must stay as written
  (the father "Carlos Sainz" in rally copy; people of one name the table lacks).
Written for briefx by hand (session 41): real people, places and bodies chosen from the
author's general knowledge (none taken from an eval file); events, results, quotes and figures
invented. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run
on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Every third item
(n % 3 == 0) goes to the check file: scored only at the start and at the end of the session.
Run from the project root: ``python eval/build_own_entities_dev41p.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev41p.jsonl"
OUT_CHECK = HERE / "own-entities-dev41p-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 41p, issue 13 people's names); 1996 wire results and "
    "reports, 2024-2025 releases and news; real people and places, invented events and "
    "figures; MIT."
)

ITEMS = [
    (  # 1
        "1996-08-28",
        "TENNIS - FIRST ROUND RESULTS\n"
        "[[NEW YORK|GPE|New York City]] 1996-08-28\n"
        "Results of men's singles first round matches on Wednesday (prefix number denotes "
        "seeding):\n"
        "3 - [[Thomas Muster|PERSON]] ([[Austria|GPE]]) beat [[Dominik Hrbaty|PERSON|Dominik Hrbatý]] "
        "([[Slovakia|GPE]]) 6-3 6-4 7-5\n"
        "[[Felix Mantilla|PERSON|Félix Mantilla]] ([[Spain|GPE]]) beat [[Magnus Norman|PERSON]] "
        "([[Sweden|GPE]]) 6-2 6-7 6-3 6-4\n"
        "[[Carlos Moya|PERSON|Carlos Moyá]] ([[Spain|GPE]]) beat [[Andrei Pavel|PERSON]] "
        "([[Romania|GPE]]) 7-6 6-3 6-2\n"
        "[[Hernan Gumy|PERSON|Hernán Gumy]] ([[Argentina|GPE]]) beat [[Marc-Kevin Goellner|PERSON]] "
        "([[Germany|GPE]]) 6-4 6-4 6-1\n"
        "Women's singles, first round:\n"
        "[[Conchita Martinez|PERSON|Conchita Martínez]] ([[Spain|GPE]]) beat "
        "[[Henrieta Nagyova|PERSON|Henrieta Nagyová]] ([[Slovakia|GPE]]) 6-1 6-3\n"
        "[[Julie Halard-Decugis|PERSON]] ([[France|GPE]]) beat "
        "[[Ludmila Richterova|PERSON|Ludmila Richterová]] ([[Czech Republic|GPE]]) 6-4 7-5\n",
    ),
    (  # 2
        "1996-08-31",
        "GOLF - LEADING THIRD ROUND SCORES\n"
        "[[CRANS-MONTANA|GPE|Crans-Montana]], [[Switzerland|GPE]] 1996-08-31\n"
        "Leading scores after the third round of a tournament on Saturday ([[Britain|GPE|United Kingdom]] "
        "unless stated):\n"
        "201 [[Miguel Angel Martin|PERSON|Miguel Ángel Martín (golfer)]] ([[Spain|GPE]]) 68 66 67\n"
        "203 [[Mark James|PERSON|Mark James (golfer)]] 70 67 66, [[Jose Coceres|PERSON|José Cóceres]] "
        "([[Argentina|GPE]]) 67 68 68\n"
        "204 [[David Howell|PERSON|David Howell (golfer)]] 69 68 67, [[Greg Turner|PERSON|Greg Turner (golfer)]] "
        "([[New Zealand|GPE]]) 66 70 68\n"
        "205 [[Sven Struver|PERSON|Sven Strüver]] ([[Germany|GPE]]) 68 69 68, "
        "[[Thomas Bjorn|PERSON|Thomas Bjørn]] ([[Denmark|GPE]]) 70 66 69, [[Russell Claydon|PERSON]] "
        "69 67 69\n"
        "206 [[Raymond Russell|PERSON]] 71 68 67, [[Costantino Rocca|PERSON]] ([[Italy|GPE]]) 68 70 68\n"
        "[[Martin|PERSON|Miguel Ángel Martín (golfer)]], who won in [[Portugal|GPE]] in the spring, birdied four of "
        "the last six holes. [[Russell|PERSON|Raymond Russell]] had a 67 to move into the top 10.\n",
    ),
    (  # 3
        "1996-08-24",
        "CRICKET - ENGLAND V PAKISTAN THIRD TEST SCOREBOARD\n"
        "[[LONDON|GPE|London]] 1996-08-24\n"
        "Scoreboard on the third day of the third test between [[England|GPE]] and [[Pakistan|GPE]] at "
        "[[The Oval|FAC]] on Saturday:\n"
        "[[England|GPE]] first innings 326 ([[J. Crawley|PERSON|John Crawley]] 106, "
        "[[A. Stewart|PERSON|Alec Stewart]] 44; [[Wasim Akram|PERSON]] 3-83, [[Mushtaq Ahmed|PERSON]] "
        "4-78)\n"
        "[[Pakistan|GPE]] first innings (overnight 229-2)\n"
        "[[Saeed Anwar|PERSON]] c [[Croft|PERSON|Robert Croft]] b [[Cork|PERSON|Dominic Cork]] 176\n"
        "[[Aamir Sohail|PERSON|Aamer Sohail]] c [[Cork|PERSON|Dominic Cork]] b [[Croft|PERSON|Robert Croft]] 46\n"
        "[[Salim Malik|PERSON]] c [[Stewart|PERSON|Alec Stewart]] b [[Mullally|PERSON|Alan Mullally]] 21\n"
        "[[Inzamam-ul-Haq|PERSON]] not out 35\n"
        "Bowling: [[Lewis|PERSON|Chris Lewis (cricketer)]] 22-3-76-0, [[Mullally|PERSON|Alan Mullally]] 30-7-81-1, "
        "[[Croft|PERSON|Robert Croft]] 27-6-70-1, [[Cork|PERSON|Dominic Cork]] 18-4-59-1\n",
    ),
    (  # 4
        "1996-11-10",
        "BOXING - [[COLLINS|PERSON|Steve Collins (boxer)]] KEEPS [[WBO|ORG|World Boxing Organization]] TITLE\n"
        "[[DUBLIN|GPE|Dublin]] 1996-11-10\n"
        "[[Steve Collins|PERSON|Steve Collins (boxer)]] of [[Ireland|GPE]] kept his "
        "[[WBO|ORG|World Boxing Organization]] super-middleweight title on Saturday, stopping his "
        "[[French|NORP]] challenger in the fifth round. [[Collins|PERSON|Steve Collins (boxer)]], 32, floored the "
        "challenger twice before the referee stopped the bout. Promoter [[Barry Hearn|PERSON]] said "
        "[[Collins|PERSON|Steve Collins (boxer)]] wanted a third fight with [[Chris Eubank|PERSON]] or a meeting with "
        "[[Nigel Benn|PERSON]] next year. Among the heavyweights, [[Andrew Golota|PERSON|Andrew Gołota]] of "
        "[[Poland|GPE]] is due to meet [[Riddick Bowe|PERSON]] again in December, while "
        "[[Lennox Lewis|PERSON]] and [[Henry Akinwande|PERSON]] wait for a ruling from the "
        "[[WBC|ORG|World Boxing Council]].\n",
    ),
    (  # 5
        "1996-09-16",
        "[[SARAJEVO|GPE|Sarajevo]] 1996-09-16\n"
        "[[Alija Izetbegovic|PERSON|Alija Izetbegović]] led the race for the chairmanship of "
        "[[Bosnia|GPE|Bosnia and Herzegovina]]'s three-man presidency on Monday, election officials said, "
        "with [[Momcilo Krajisnik|PERSON|Momčilo Krajišnik]] taking the [[Serb|NORP]] seat and "
        "[[Kresimir Zubak|PERSON|Krešimir Zubak]] the [[Croat|NORP]] one. "
        "[[Krajisnik|PERSON|Momčilo Krajišnik]] told reporters the [[Serb|NORP]] republic would work with the "
        "presidency as far as the constitution allowed. [[Biljana Plavsic|PERSON|Biljana Plavšić]], who "
        "succeeded [[Radovan Karadzic|PERSON|Radovan Karadžić]] as president of the [[Serb|NORP]] republic in "
        "July, said the vote showed that [[Serbs|NORP|Serb]] wanted their own state. [[Carl Bildt|PERSON]], the "
        "international High Representative, said the results would be certified within days. "
        "[[U.S.|GPE|United States]] envoy [[Richard Holbrooke|PERSON]] telephoned "
        "[[Izetbegovic|PERSON|Alija Izetbegović]] and [[Krajisnik|PERSON|Momčilo Krajišnik]] on Sunday.\n",
    ),
    (  # 6
        "1996-09-11",
        "[[BONN|GPE|Bonn]] 1996-09-11\n"
        "Finance Minister [[Theo Waigel|PERSON]] defended his 1997 budget in the "
        "[[Bundestag|ORG]] on Wednesday, saying savings of 25 billion marks were needed to qualify "
        "for the single currency. Labour Minister [[Norbert Bluem|PERSON|Norbert Blüm]] said pension "
        "reform would follow in the autumn, and Economics Minister "
        "[[Guenter Rexrodt|PERSON|Günter Rexrodt]] predicted growth of 2.5 percent next year. Defence "
        "Minister [[Volker Ruehe|PERSON|Volker Rühe]] accepted cuts of 1.2 billion marks. "
        "[[Wolfgang Schaeuble|PERSON|Wolfgang Schäuble]], who leads Chancellor [[Helmut Kohl|PERSON]]'s "
        "[[Christian Democrats|ORG|Christian Democratic Union of Germany]] in parliament, accused "
        "[[SPD|ORG|Social Democratic Party of Germany]] leader [[Oskar Lafontaine|PERSON]] of blocking "
        "reform. [[Bundesbank|ORG|Deutsche Bundesbank]] president [[Hans Tietmeyer|PERSON]] watched "
        "from the gallery. [[Waigel|PERSON|Theo Waigel]] said he would not raise taxes.\n",
    ),
    (  # 7
        "1996-08-31",
        "[[MOSCOW|GPE|Moscow]] 1996-08-31\n"
        "Security chief [[Aleksandr Lebed|PERSON|Alexander Lebed]] and rebel chief of staff "
        "[[Aslan Maskhadov|PERSON]] signed a framework peace accord for [[Chechnya|GPE]] in "
        "[[Khasavyurt|GPE]] on Saturday. [[Lebed|PERSON|Alexander Lebed]] said the deal put off a decision on "
        "[[Chechnya|GPE]]'s status for five years. Rebel leader "
        "[[Zelimkhan Yandarbiyev|PERSON]] welcomed the accord, but Interior Minister "
        "[[Anatoly Kulikov|PERSON]] called it a capitulation. Prime Minister "
        "[[Viktor Chernomyrdin|PERSON]] said the government would study the text. President "
        "[[Boris Yeltsin|PERSON]], on holiday outside [[Moscow|GPE]], has not commented.\n",
    ),
    (  # 8
        "1996-09-08",
        "MOTOR RACING - STANDINGS AFTER [[ITALIAN GRAND PRIX|EVENT|1996 Italian Grand Prix]]\n"
        "[[MONZA|GPE|Monza]], [[Italy|GPE]] 1996-09-08\n"
        "Drivers' world championship standings after Sunday's "
        "[[Italian Grand Prix|EVENT|1996 Italian Grand Prix]]:\n"
        "1. [[D. Hill|PERSON|Damon Hill]] ([[Britain|GPE|United Kingdom]]) 81 points\n"
        "2. [[J. Villeneuve|PERSON|Jacques Villeneuve]] ([[Canada|GPE]]) 68\n"
        "3. [[M. Schumacher|PERSON|Michael Schumacher]] ([[Germany|GPE]]) 49\n"
        "4. [[J. Alesi|PERSON|Jean Alesi]] ([[France|GPE]]) 41\n"
        "5. [[M. Hakkinen|PERSON|Mika Häkkinen]] ([[Finland|GPE]]) 27\n"
        "6. [[G. Berger|PERSON|Gerhard Berger]] ([[Austria|GPE]]) 21\n"
        "7. [[D. Coulthard|PERSON|David Coulthard]] ([[Britain|GPE|United Kingdom]]) 18\n"
        "8. [[R. Barrichello|PERSON|Rubens Barrichello]] ([[Brazil|GPE]]) 12\n"
        "[[Hill|PERSON|Damon Hill]] needs to finish sixth at the "
        "[[Portuguese Grand Prix|EVENT|1996 Portuguese Grand Prix]] to be sure of the title, while "
        "[[Villeneuve|PERSON|Jacques Villeneuve]] must win both remaining races.\n",
    ),
    (  # 9
        "1996-09-20",
        "CYCLING - [[ZUELLE|PERSON|Alex Zülle]] KEEPS LEAD IN [[TOUR OF SPAIN|EVENT|1996 Vuelta a España]]\n"
        "[[HUESCA|GPE|Huesca]], [[Spain|GPE]] 1996-09-20\n"
        "[[Switzerland|GPE]]'s [[Alex Zuelle|PERSON|Alex Zülle]] kept the leader's jersey in the "
        "[[Tour of Spain|EVENT|1996 Vuelta a España]] on Friday after a mountain stage won by "
        "[[Roberto Heras|PERSON]]. [[Laurent Jalabert|PERSON]] of [[France|GPE]] finished second, "
        "ahead of [[Fernando Escartin|PERSON|Fernando Escartín]], with [[Tony Rominger|PERSON]] fourth.\n"
        "Overall standings: 1. [[Alex Zuelle|PERSON|Alex Zülle]] ([[Switzerland|GPE]]) 2. "
        "[[Laurent Jalabert|PERSON]] ([[France|GPE]]) 1:11 behind 3. "
        "[[Fernando Escartin|PERSON|Fernando Escartín]] ([[Spain|GPE]]) 3:02 4. [[Tony Rominger|PERSON]] "
        "([[Switzerland|GPE]]) 4:40 5. [[Melchor Mauri|PERSON]] ([[Spain|GPE]]) 6:15\n"
        "[[Zuelle|PERSON|Alex Zülle]] said he expected [[Jalabert|PERSON|Laurent Jalabert]] to attack in "
        "Sunday's time trial.\n",
    ),
    (  # 10
        "1996-08-23",
        "ATHLETICS - RESULTS FROM [[BRUSSELS|GPE|Brussels]] MEETING\n"
        "[[BRUSSELS|GPE|Brussels]] 1996-08-23\n"
        "Leading results at an international athletics meeting on Friday:\n"
        "Men's 800 metres: 1. [[Wilson Kipketer|PERSON]] ([[Denmark|GPE]]) 1:42.80 2. "
        "[[Venuste Niyongabo|PERSON|Vénuste Niyongabo]] ([[Burundi|GPE]]) 1:44.12 3. "
        "[[Vebjorn Rodal|PERSON|Vebjørn Rodal]] ([[Norway|GPE]]) 1:44.30\n"
        "Men's 1,500 metres: 1. [[Noureddine Morceli|PERSON]] ([[Algeria|GPE]]) 3:30.80 2. "
        "[[Fermin Cacho|PERSON|Fermín Cacho]] ([[Spain|GPE]]) 3:31.95 3. [[Hicham El Guerrouj|PERSON]] "
        "([[Morocco|GPE]]) 3:32.10\n"
        "Men's javelin: 1. [[Jan Zelezny|PERSON|Jan Železný]] ([[Czech Republic|GPE]]) 90.20 metres 2. "
        "[[Raymond Hecht|PERSON]] ([[Germany|GPE]]) 86.50\n"
        "Women's 400 metres: 1. [[Marie-Jose Perec|PERSON|Marie-José Pérec]] ([[France|GPE]]) 49.45 2. "
        "[[Falilat Ogunkoya|PERSON]] ([[Nigeria|GPE]]) 49.90\n"
        "Women's 800 metres: 1. [[Ludmila Formanova|PERSON|Ludmila Formanová]] ([[Czech Republic|GPE]]) "
        "1:58.30 2. [[Maria Mutola|PERSON]] ([[Mozambique|GPE]]) 1:58.45\n"
        "[[Kipketer|PERSON|Wilson Kipketer]] said he would try to break the world record in "
        "[[Cologne|GPE]] on Sunday.\n",
    ),
    (  # 11
        "1996-11-04",
        "SQUASH - QUARTER-FINAL RESULTS\n"
        "[[KARACHI|GPE|Karachi]] 1996-11-04\n"
        "Results of quarter-finals at an international squash tournament on Monday:\n"
        "Men: [[Jansher Khan|PERSON]] ([[Pakistan|GPE]]) beat [[Chris Walker|PERSON|Chris Walker (squash player)]] "
        "([[England|GPE]]) 15-9 15-7 15-10; [[Rodney Eyles|PERSON]] ([[Australia|GPE]]) beat "
        "[[Simon Parke|PERSON]] ([[England|GPE]]) 15-12 12-15 15-8 15-11; [[Peter Nicol|PERSON]] "
        "([[Scotland|GPE]]) beat [[Brett Martin|PERSON|Brett Martin (squash player)]] ([[Australia|GPE]]) "
        "15-10 15-13 15-9\n"
        "Women: [[Michelle Martin|PERSON|Michelle Martin (squash player)]] ([[Australia|GPE]]) beat "
        "[[Cassie Jackman|PERSON]] ([[England|GPE]]) 9-4 9-6 9-2; [[Sarah Fitz-Gerald|PERSON]] "
        "([[Australia|GPE]]) beat [[Suzanne Horner|PERSON]] ([[England|GPE]]) 9-7 9-3 9-5\n"
        "[[Khan|PERSON|Jansher Khan]] will play [[Eyles|PERSON|Rodney Eyles]] in the semi-finals on "
        "Tuesday.\n",
    ),
    (  # 12
        "1996-09-05",
        "[[JERUSALEM|GPE|Jerusalem]] 1996-09-05\n"
        "Prime Minister [[Benjamin Netanyahu|PERSON]] and [[Palestinian|NORP]] President "
        "[[Yasser Arafat|PERSON]] will meet again next week to discuss an [[Israeli|NORP]] troop "
        "pullback from [[Hebron|GPE]], Foreign Minister "
        "[[David Levy|PERSON|David Levy (Israeli politician)]] said on Thursday. "
        "[[Levy|PERSON|David Levy (Israeli politician)]] told reporters that Defence Minister "
        "[[Yitzhak Mordechai|PERSON]] would lead the talks on security. [[Palestinian|NORP]] "
        "negotiator [[Saeb Erekat|PERSON]] said [[Arafat|PERSON|Yasser Arafat]] wanted a date for the "
        "pullback. [[Netanyahu|PERSON|Benjamin Netanyahu]]'s adviser [[Dore Gold|PERSON]] was due in "
        "[[Washington|GPE|Washington, D.C.]] on Sunday.\n",
    ),
    (  # 13
        "1996-09-03",
        "[[MONROVIA|GPE|Monrovia]] 1996-09-03\n"
        "Faction leader [[Charles Taylor|PERSON|Charles Taylor (Liberian politician)]] said on "
        "Tuesday his fighters would begin handing in their weapons to [[West African|NORP]] "
        "peacekeepers under the new disarmament timetable. "
        "[[Taylor|PERSON|Charles Taylor (Liberian politician)]], who sits on the ruling council, told "
        "reporters in [[Monrovia|GPE]] that rival leader [[Alhaji Kromah|PERSON]] had agreed to the "
        "same schedule. [[George Boley|PERSON]], whose fighters clashed with "
        "[[Taylor|PERSON|Charles Taylor (Liberian politician)]]'s forces in the south in July, said he had "
        "not been consulted. The [[ECOMOG|ORG|Economic Community of West African States Monitoring Group]] "
        "commander said the peacekeepers would move into the west of the country next week.\n",
    ),
    (  # 14
        "2025-07-30",
        "[[Federal Reserve|ORG]] issues [[FOMC|ORG|Federal Open Market Committee]] statement\n"
        "The [[Committee|ORG|Federal Open Market Committee]] decided to maintain the target range "
        "for the federal funds rate at 4-1/4 to 4-1/2 percent.\n"
        "Voting for the monetary policy action were [[Jerome H. Powell|PERSON|Jerome Powell]], "
        "Chair; [[Austan D. Goolsbee|PERSON|Austan Goolsbee]]; "
        "[[Adriana D. Kugler|PERSON|Adriana Kugler]]; and [[Alberto G. Musalem|PERSON|Alberto Musalem]]. "
        "Voting against the action were [[Michelle W. Bowman|PERSON|Michelle Bowman]] and "
        "[[Christopher J. Waller|PERSON|Christopher Waller]], who preferred to lower the target range "
        "for the federal funds rate by 1/4 percentage point at this meeting.\n",
    ),
    (  # 15
        "2025-04-17",
        "[[WASHINGTON|GPE|Washington, D.C.]], April 17, 2025 — [[Health and Human Services|ORG|United States Department of Health and Human Services]] "
        "Secretary [[Robert F. Kennedy Jr.|PERSON]] today announced a plan to phase out "
        "petroleum-based food dyes by the end of next year. Secretary "
        "[[Kennedy|PERSON|Robert F. Kennedy Jr.]] was joined by [[Food and Drug Administration|ORG]] "
        "Commissioner [[Martin A. Makary|PERSON|Marty Makary]], M.D., M.P.H., "
        "[[National Institutes of Health|ORG]] Director [[Jay Bhattacharya|PERSON]], M.D., Ph.D., "
        "and [[Centers for Medicare & Medicaid Services|ORG]] Administrator Dr. "
        "[[Mehmet Oz|PERSON]].\n"
        "“Parents have asked for this for decades,” said Secretary "
        "[[Kennedy|PERSON|Robert F. Kennedy Jr.]] “We will work with industry to meet the deadline,” "
        "said Dr. [[Makary|PERSON|Marty Makary]].\n",
    ),
    (  # 16
        "2025-03-06",
        "[[FRANKFURT AM MAIN|GPE|Frankfurt]], 6 March 2025 — Policymakers of the "
        "[[European Central Bank|ORG]] cut interest rates by 25 basis points on Thursday. President "
        "[[Christine Lagarde|PERSON]] and Vice-President [[Luis de Guindos|PERSON]] presented the "
        "decision, and chief economist [[Philip Lane|PERSON|Philip R. Lane]] set out the new staff "
        "projections.\n"
        "Several governors spoke after the meeting: [[Bundesbank|ORG|Deutsche Bundesbank]] President "
        "[[Joachim Nagel|PERSON]]; [[Francois Villeroy de Galhau|PERSON|François Villeroy de Galhau]] of the "
        "[[Banque de France|ORG]]; [[Boris Vujcic|PERSON|Boris Vujčić]] ([[Croatia|GPE]]); "
        "[[Martins Kazaks|PERSON|Mārtiņš Kazāks]] ([[Latvia|GPE]]); "
        "[[Gediminas Simkus|PERSON|Gediminas Šimkus]] ([[Lithuania|GPE]]); "
        "[[Peter Kazimir|PERSON|Peter Kažimír]] ([[Slovakia|GPE]]); "
        "[[Mario Centeno|PERSON|Mário Centeno]] ([[Portugal|GPE]]); and "
        "[[Madis Muller|PERSON|Madis Müller]] ([[Estonia|GPE]]). [[Kazaks|PERSON|Mārtiņš Kazāks]] "
        "said further cuts were possible.\n",
    ),
    (  # 17
        "2025-02-20",
        "[[Brussels|GPE]], 20 February 2025\n"
        "The [[European Commission|ORG]] today presented its plan to cut energy costs for industry. "
        "Executive Vice-President [[Teresa Ribera|PERSON]] and Commissioner for Trade "
        "[[Maros Sefcovic|PERSON|Maroš Šefčovič]] set out the measures with Executive Vice-President "
        "[[Henna Virkkunen|PERSON]]. Commissioners [[Dubravka Suica|PERSON|Dubravka Šuica]] and "
        "[[Jozef Sikela|PERSON|Jozef Síkela]] will present the partnership chapter next month. "
        "President [[Ursula von der Leyen|PERSON]] said the plan would be backed by 100 billion euros. "
        "[[Sefcovic|PERSON|Maroš Šefčovič]] will travel to [[Washington|GPE|Washington, D.C.]] next "
        "week.\n",
    ),
    (  # 18
        "2025-06-02",
        "[[BELGRADE|GPE|Belgrade]], June 2 - [[Serbian|NORP]] President "
        "[[Aleksandar Vucic|PERSON|Aleksandar Vučić]] said on Monday that Prime Minister "
        "[[Djuro Macut|PERSON|Đuro Macut]]'s government would hold talks with student leaders. "
        "[[Milos Vucevic|PERSON|Miloš Vučević]], who resigned as prime minister in January, said the "
        "ruling party was ready for an early election. In [[Podgorica|GPE]], [[Montenegrin|NORP]] "
        "President [[Jakov Milatovic|PERSON|Jakov Milatović]] and Prime Minister "
        "[[Milojko Spajic|PERSON|Milojko Spajić]] met [[Bosnia|GPE|Bosnia and Herzegovina]]'s "
        "presidency members [[Denis Becirovic|PERSON|Denis Bećirović]] and "
        "[[Zeljka Cvijanovic|PERSON|Željka Cvijanović]]. [[Vucic|PERSON|Aleksandar Vučić]] is due in "
        "[[Brussels|GPE]] next week.\n",
    ),
    (  # 19
        "2025-05-12",
        "[[KINSHASA|GPE|Kinshasa]], May 12 - [[Congolese|NORP]] President "
        "[[Felix Tshisekedi|PERSON|Félix Tshisekedi]] met his [[Burundian|NORP]] counterpart "
        "[[Evariste Ndayishimiye|PERSON|Évariste Ndayishimiye]] on Monday to discuss the fighting in "
        "the east, a week after [[Rwanda|GPE]]'s [[Paul Kagame|PERSON]] backed a ceasefire. The military "
        "leaders of [[Mali|GPE]], [[Burkina Faso|GPE]] and [[Niger|GPE]], "
        "[[Assimi Goita|PERSON|Assimi Goïta]], [[Ibrahim Traore|PERSON|Ibrahim Traoré]] and "
        "[[Abdourahamane Tiani|PERSON|Abdourahamane Tchiani]], sent envoys, as did [[Chad|GPE]]'s "
        "[[Mahamat Idriss Deby|PERSON|Mahamat Déby]] and [[Guinea-Bissau|GPE]]'s "
        "[[Umaro Sissoco Embalo|PERSON|Umaro Sissoco Embaló]]. [[Tshisekedi|PERSON|Félix Tshisekedi]] "
        "said he wanted a deal before the rainy season.\n",
    ),
    (  # 20
        "2024-08-03",
        "[[HANOI|GPE|Hanoi]], Aug 3 - [[Vietnam|GPE]]'s "
        "[[Communist Party|ORG|Communist Party of Vietnam]] named President "
        "[[To Lam|PERSON|Tô Lâm]] as its general secretary on Saturday, two weeks after the death of "
        "[[Nguyen Phu Trong|PERSON|Nguyễn Phú Trọng]]. [[Lam|PERSON|Tô Lâm]], 67, will keep the "
        "presidency for now. Prime Minister [[Pham Minh Chinh|PERSON|Phạm Minh Chính]] and "
        "[[National Assembly|ORG|National Assembly (Vietnam)]] chairman "
        "[[Tran Thanh Man|PERSON|Trần Thanh Mẫn]] attended the meeting. [[Lam|PERSON|Tô Lâm]]'s "
        "predecessor as president, [[Vo Van Thuong|PERSON|Võ Văn Thưởng]], resigned in March.\n",
    ),
    (  # 21
        "2025-01-05",
        "[[BISHA|GPE|Bisha]], [[Saudi Arabia|GPE]], Jan 5 - Defending champion "
        "[[Carlos Sainz|PERSON]] of [[Spain|GPE]] finished fourth on the opening stage of the "
        "[[Dakar Rally|EVENT|2025 Dakar Rally]] on Sunday, two minutes behind stage winner "
        "[[Henk Lategan|PERSON]]. [[Qatar|GPE]]'s [[Nasser Al-Attiyah|PERSON]] was third and "
        "[[Saudi|NORP]] driver [[Yazeed Al-Rajhi|PERSON]] seventh. "
        "[[Sebastien Loeb|PERSON|Sébastien Loeb]] lost 20 minutes with a puncture. "
        "[[Sainz|PERSON|Carlos Sainz]], 62, said the stage had been rougher than expected.\n",
    ),
    (  # 22
        "2025-05-08",
        "[[MANILA|GPE|Manila]], May 8 - President [[Ferdinand Marcos Jr.|PERSON|Bongbong Marcos]] "
        "urged voters on Thursday to back his [[Senate|ORG|Senate of the Philippines]] slate in next week's midterm election. Vice "
        "President [[Sara Duterte|PERSON]], whose father, former president "
        "[[Rodrigo Duterte|PERSON]], is detained in [[The Hague|GPE]], is campaigning for rival "
        "candidates. [[Marcos|PERSON|Bongbong Marcos]], the son of the late dictator "
        "[[Ferdinand Marcos|PERSON]], said the vote would decide the pace of reform. "
        "[[Senate|ORG|Senate of the Philippines]] President "
        "[[Francis Escudero|PERSON|Chiz Escudero]] said the chamber would take up the impeachment "
        "case after the election.\n",
    ),
    (  # 23
        "2025-09-18",
        "[[GENEVA|GPE|Geneva]], Sept 18 - [[UN|ORG|United Nations]] human rights chief "
        "[[Volker Turk|PERSON|Volker Türk]] said on Thursday that aid convoys must be allowed to move "
        "freely. Relief chief [[Tom Fletcher|PERSON|Tom Fletcher (diplomat)]] warned that funding had "
        "fallen by a third. [[WHO|ORG|World Health Organization]] Director-General "
        "[[Tedros Adhanom Ghebreyesus|PERSON]] said hospitals were running out of fuel, and "
        "[[UNRWA|ORG]] Commissioner-General [[Philippe Lazzarini|PERSON]] called for a ceasefire. "
        "[[IAEA|ORG|International Atomic Energy Agency]] chief "
        "[[Rafael Mariano Grossi|PERSON|Rafael Grossi]] is due in [[Geneva|GPE]] next week. "
        "[[Fletcher|PERSON|Tom Fletcher (diplomat)]] said donors would meet in October.\n",
    ),
    (  # 24
        "2025-10-23",
        "[[PARIS|GPE|Paris]], Oct 23 - [[TotalEnergies|ORG]] chief executive "
        "[[Patrick Pouyanne|PERSON|Patrick Pouyanné]] said on Thursday that oil prices would stay "
        "weak into next year. [[Mercedes-Benz|ORG|Mercedes-Benz Group]] boss "
        "[[Ola Kallenius|PERSON|Ola Källenius]] warned of lower margins, [[Adidas|ORG]] chief "
        "executive [[Bjorn Gulden|PERSON|Bjørn Gulden]] raised his forecast, and "
        "[[Santander|ORG|Banco Santander]] executive chair [[Ana Botin|PERSON|Ana Botín]] said lending "
        "was growing. [[CMA CGM|ORG]]'s [[Rodolphe Saade|PERSON|Rodolphe Saadé]] said shipping rates "
        "had fallen. [[Pouyanne|PERSON|Patrick Pouyanné]] told analysts the company would keep "
        "buying back shares.\n",
    ),
    (  # 25
        "2025-07-14",
        "[[MONTEVIDEO|GPE|Montevideo]], July 14 - [[Uruguayan|NORP]] President "
        "[[Yamandu Orsi|PERSON|Yamandú Orsi]] hosted [[Brazil|GPE]]'s "
        "[[Luiz Inacio Lula da Silva|PERSON|Luiz Inácio Lula da Silva]] and [[Paraguay|GPE]]'s "
        "[[Santiago Pena|PERSON|Santiago Peña]] on Monday for talks on trade, while [[Argentina|GPE]]'s "
        "[[Javier Milei|PERSON]] sent his foreign minister. [[Brazil|GPE]]'s central bank governor "
        "[[Gabriel Galipolo|PERSON|Gabriel Galípolo]] and [[Mexico|GPE]]'s finance minister "
        "[[Edgar Amador Zamora|PERSON|Édgar Amador Zamora]] spoke at a business forum on the "
        "sidelines. [[Orsi|PERSON|Yamandú Orsi]] said the bloc was close to a deal with the "
        "[[European Union|ORG]].\n",
    ),
    (  # 26
        "2025-07-27",
        "[[SPA|GPE|Spa, Belgium]], [[Belgium|GPE]], July 27 - [[Oscar Piastri|PERSON]] won the "
        "[[Belgian Grand Prix|EVENT|2025 Belgian Grand Prix]] on Sunday, passing [[McLaren|ORG]] "
        "team mate [[Lando Norris|PERSON]] on the opening lap after a rain delay, while "
        "[[Charles Leclerc|PERSON]] finished third for [[Ferrari|ORG|Scuderia Ferrari]]. "
        "[[Max Verstappen|PERSON]] was fourth ahead of [[George Russell|PERSON|George Russell (racing driver)]]. "
        "[[Jos Verstappen|PERSON]], the world champion's father, said on Saturday that his son would "
        "stay at [[Red Bull|ORG|Red Bull Racing]] next season. [[Verstappen|PERSON|Max Verstappen]] "
        "said the car had lacked grip in the wet. [[Kimi Antonelli|PERSON|Andrea Kimi Antonelli]] "
        "recovered to 16th, while [[Alex Albon|PERSON|Alexander Albon]] and "
        "[[Carlos Sainz|PERSON|Carlos Sainz Jr.]] scored for [[Williams|ORG|Williams Racing]]. "
        "[[Nico Hulkenberg|PERSON|Nico Hülkenberg]], [[Gabriel Bortoleto|PERSON]], "
        "[[Isack Hadjar|PERSON]] and [[Ollie Bearman|PERSON|Oliver Bearman]] completed the top 11.\n",
    ),
    (  # 27
        "2025-07-05",
        "TENNIS - [[ALCARAZ|PERSON|Carlos Alcaraz]] AND [[SABALENKA|PERSON|Aryna Sabalenka]] INTO LAST 16 AT "
        "[[WIMBLEDON|EVENT|2025 Wimbledon Championships]]\n"
        "[[LONDON|GPE|London]] 2025-07-05\n"
        "[[Carlos Alcaraz|PERSON]] beat [[Jan-Lennard Struff|PERSON]] 6-1 3-6 6-3 6-4 on Saturday "
        "to reach the fourth round at [[Wimbledon|EVENT|2025 Wimbledon Championships]], where he "
        "will play [[Andrey Rublev|PERSON]]. Top seed [[Aryna Sabalenka|PERSON]] ended "
        "[[Emma Raducanu|PERSON]]'s run 7-6(6) 6-4. [[Sabalenka|PERSON|Aryna Sabalenka]] said "
        "[[Raducanu|PERSON|Emma Raducanu]] had pushed her to the limit. [[Britain|GPE|United Kingdom]]'s "
        "[[Cameron Norrie|PERSON]] also went through, while [[Marin Cilic|PERSON|Marin Čilić]], who "
        "beat fourth seed [[Draper|PERSON|Jack Draper]] in the second round, lost to "
        "[[Jakub Mensik|PERSON|Jakub Menšík]]. [[Swiatek|PERSON|Iga Świątek]] plays "
        "[[Clara Tauson|PERSON]] on Monday.\n",
    ),
    (  # 28
        "1996-09-25",
        "RUGBY UNION - [[FRANCE|GPE|France]] BEAT [[WALES|GPE|Wales]] IN [[CARDIFF|GPE|Cardiff]]\n"
        "[[CARDIFF|GPE|Cardiff]] 1996-09-25\n"
        "[[France|GPE]] beat [[Wales|GPE]] 40-33 in a rugby union international at "
        "[[Cardiff Arms Park|FAC]] on Wednesday. [[Thomas Castaignede|PERSON|Thomas Castaignède]] "
        "scored 15 points for [[France|GPE]], while [[Arwel Thomas|PERSON]] kicked four penalties "
        "for [[Wales|GPE]]. [[Thomas|PERSON|Arwel Thomas]], 22, said [[Wales|GPE]] had given away "
        "too much possession. [[Wales|GPE]] captain [[Jonathan Humphreys|PERSON]] and centre "
        "[[Allan Bateman|PERSON]] both scored tries. [[French|NORP]] captain "
        "[[Abdelatif Benazzi|PERSON]] praised [[Castaignede|PERSON|Thomas Castaignède]]'s kicking.\n",
    ),
    (  # 29
        "1996-10-20",
        "SOCCER - [[ITALIAN|NORP|Italian]] FIRST DIVISION RESULTS\n"
        "[[ROME|GPE|Rome]] 1996-10-20\n"
        "Results of [[Italian|NORP]] first division matches on Sunday:\n"
        "[[Juventus|ORG|Juventus FC]] 2 ([[Del Piero|PERSON|Alessandro Del Piero]] 15, "
        "[[Boksic|PERSON|Alen Bokšić]] 70) [[Fiorentina|ORG|ACF Fiorentina]] 1 "
        "([[Batistuta|PERSON|Gabriel Batistuta]] 55)\n"
        "[[Inter|ORG|Inter Milan]] 1 ([[Djorkaeff|PERSON|Youri Djorkaeff]] 30) "
        "[[AC Milan|ORG]] 1 ([[Weah|PERSON|George Weah]] 80)\n"
        "[[Parma|ORG|Parma Calcio 1913]] 2 ([[Chiesa|PERSON|Enrico Chiesa]] 11, "
        "[[Crespo|PERSON|Hernán Crespo]] 77) [[Udinese|ORG|Udinese Calcio]] 1 "
        "([[Bierhoff|PERSON|Oliver Bierhoff]] 60)\n"
        "[[Sampdoria|ORG|UC Sampdoria]] 3 ([[Mancini|PERSON|Roberto Mancini]] 20, "
        "[[Montella|PERSON|Vincenzo Montella]] 41, [[Veron|PERSON|Juan Sebastián Verón]] 88) "
        "[[Bologna|ORG|Bologna FC 1909]] 0\n"
        "[[Lazio|ORG|SS Lazio]] 0 [[Roma|ORG|AS Roma]] 2 ([[Balbo|PERSON|Abel Balbo]] 44, "
        "[[Totti|PERSON|Francesco Totti]] 62)\n",
    ),
    (  # 30
        "2024-11-06",
        "[[COLOMBO|GPE|Colombo]], Nov 6 - [[Sri Lankan|NORP]] President "
        "[[Anura Kumara Dissanayake|PERSON]]'s coalition is expected to win a majority in next "
        "week's parliamentary election, Prime Minister [[Harini Amarasuriya|PERSON]] said on "
        "Wednesday. Former president [[Ranil Wickremesinghe|PERSON]] and opposition leader "
        "[[Sajith Premadasa|PERSON]] are running separate campaigns. [[Indian|NORP]] External "
        "Affairs Minister [[S. Jaishankar|PERSON|Subrahmanyam Jaishankar]] is due to visit after the "
        "vote. [[Dissanayake|PERSON|Anura Kumara Dissanayake]] told a rally that his government "
        "would renegotiate the terms of the bailout.\n",
    ),
    (  # 31
        "1996-12-01",
        "[[ATHENS|GPE|Athens]] 1996-12-01\n"
        "[[Greek|NORP]] Prime Minister [[Kostas Simitis|PERSON|Costas Simitis]] said on Sunday that "
        "[[Athens|GPE]] would back [[Cyprus|GPE]] in any dispute over the missiles it plans to buy. "
        "[[Turkish Cypriot|NORP]] leader [[Rauf Denktash|PERSON|Rauf Denktaş]] said the purchase "
        "threatened the island's peace, and [[Cypriot|NORP]] President [[Glafcos Clerides|PERSON]] "
        "said the missiles were for defence only. [[Turkish|NORP]] Foreign Minister "
        "[[Tansu Ciller|PERSON|Tansu Çiller]] warned that [[Ankara|GPE]] would act. "
        "[[Denktash|PERSON|Rauf Denktaş]] is due in [[Ankara|GPE]] on Tuesday.\n",
    ),
    (  # 32
        "2024-10-29",
        "[[TOKYO|GPE|Tokyo]], Oct 29 - [[Japanese|NORP]] Prime Minister [[Shigeru Ishiba|PERSON]] "
        "said on Tuesday he would stay in office after his coalition lost its majority in Sunday's "
        "election. Opposition leader [[Yoshihiko Noda|PERSON]] called for talks on a new "
        "government, while [[Yuichiro Tamaki|PERSON]], whose "
        "[[Democratic Party for the People|ORG]] quadrupled its seats, said it would decide bill by "
        "bill. [[Ishiba|PERSON|Shigeru Ishiba]]'s predecessor [[Fumio Kishida|PERSON]] urged party "
        "unity.\n",
    ),
    (  # 33
        "1996-11-24",
        "ALPINE SKIING - RESULTS\n"
        "[[PARK CITY|GPE|Park City, Utah]], [[Utah|GPE]] 1996-11-24\n"
        "Results of alpine skiing races on Sunday:\n"
        "Women's giant slalom: 1. [[Deborah Compagnoni|PERSON]] ([[Italy|GPE]]) 2. "
        "[[Anita Wachter|PERSON]] ([[Austria|GPE]]) 3. [[Katja Seizinger|PERSON]] ([[Germany|GPE]]) 4. "
        "[[Sonja Nef|PERSON]] ([[Switzerland|GPE]]) 5. [[Urska Hrovat|PERSON|Urška Hrovat]] "
        "([[Slovenia|GPE]])\n"
        "Men's slalom: 1. [[Thomas Sykora|PERSON]] ([[Austria|GPE]]) 2. "
        "[[Thomas Stangassinger|PERSON]] ([[Austria|GPE]]) 3. [[Alberto Tomba|PERSON]] ([[Italy|GPE]]) "
        "4. [[Kjetil-Andre Aamodt|PERSON|Kjetil André Aamodt]] ([[Norway|GPE]]) 5. "
        "[[Finn Christian Jagge|PERSON]] ([[Norway|GPE]]) 6. "
        "[[Michael von Gruenigen|PERSON|Michael von Grünigen]] ([[Switzerland|GPE]])\n",
    ),
    (  # 34
        "1996-11-02",
        "[[OSLO|GPE|Oslo]] 1996-11-02\n"
        "[[Norwegian|NORP]] Prime Minister [[Thorbjoern Jagland|PERSON|Thorbjørn Jagland]], who took "
        "office last month, met [[Swedish|NORP]] Prime Minister "
        "[[Goeran Persson|PERSON|Göran Persson]] on Saturday to discuss fishing rights and the "
        "[[European Union|ORG]]. Foreign Minister [[Bjoern Tore Godal|PERSON|Bjørn Tore Godal]] "
        "joined the talks, and his [[Danish|NORP]] counterpart "
        "[[Niels Helveg Petersen|PERSON]] is due in [[Oslo|GPE]] next week. [[Estonian|NORP]] Prime "
        "Minister [[Tiit Vahi|PERSON|Tiit Vähi]] will visit on Monday. "
        "[[Jagland|PERSON|Thorbjørn Jagland]] said the talks had gone well.\n",
    ),
    (  # 35
        "2025-08-04",
        "[[LONDON|GPE|London]], Aug 4 - [[Mohammed Siraj|PERSON]] took five wickets as "
        "[[India|GPE]] beat [[England|GPE]] by six runs at [[The Oval|FAC]] on Monday to draw the "
        "series 2-2. [[Siraj|PERSON|Mohammed Siraj]], who bowled unchanged for 90 minutes, said the "
        "team had never stopped believing. [[England|GPE]] captain [[Ben Stokes|PERSON]] missed the "
        "match with a shoulder injury, and stand-in captain [[Ollie Pope|PERSON]] praised "
        "[[Joe Root|PERSON]]'s century. [[India|GPE]] captain [[Shubman Gill|PERSON]] said "
        "[[Prasidh Krishna|PERSON]], who took four wickets, had been outstanding. "
        "[[Gill|PERSON|Shubman Gill]] finished the series with 754 runs.\n",
    ),
    (  # 36
        "2024-12-10",
        "[[DAMASCUS|GPE|Damascus]], Dec 10 - Rebel leader "
        "[[Abu Mohammed al-Jolani|PERSON|Ahmed al-Sharaa]] met the outgoing prime minister on "
        "Tuesday to arrange the handover of power, two days after [[Bashar al-Assad|PERSON]] fled "
        "to [[Moscow|GPE]]. [[Jolani|PERSON|Ahmed al-Sharaa]], who now uses his real name, "
        "[[Ahmed al-Sharaa|PERSON]], said the new government would protect all communities. "
        "[[Turkish|NORP]] Foreign Minister [[Hakan Fidan|PERSON]] said [[Ankara|GPE]] would help "
        "rebuild the country. [[Assad|PERSON|Bashar al-Assad]] has not spoken since leaving "
        "[[Syria|GPE]].\n",
    ),
]

CASES = [(f"own-ent41p-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if n % 3]
CHECK = [(f"own-ent41p-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if not n % 3]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
