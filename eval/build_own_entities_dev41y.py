"""Write eval/own-entities-dev41y.jsonl and eval/own-entities-dev41y-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity TYPES given by the sentence's
predicate and by the line's layout (issue 13, session 41, types41).

The families (ANNOTATION.md "Entities"):
- people as the subject or object of what only people do: speaking to an audience ("told a
  rally", "addressed deputies"), careers and appointments ("was appointed", "joined X from Y",
  "retired"), life events ("was born in", "married", "died aged"), legal proceedings against a
  person ("was sentenced", "pleaded not guilty", "was arrested"), with names the small model
  may type as bodies (surnames alone in 1996 scorer lines, full names of many languages);
- bodies by what only bodies do (a firm's results, shares, listing, takeover, jobs), with
  firms whose names look like people's;
- places in a place's slot ("born in X", "flights between X and Y", "moved to X") and in lists;
- layout of sports copy: result and scorer lines, a standings table, transfer lines "(from X)"
  naming clubs by their town, players with their country in brackets, golf and athletics
  result lines; 1996 Reuters-style wire copy and 2024-2025 news and official releases.
Written for briefx by hand (session 41, issue 13 types); real places, clubs, bodies and some
real public figures, invented people, events and figures. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Every third item (n % 3 == 0) goes to the
check file: scored only at the start and once at the end of the session. Run from the project
root: ``python eval/build_own_entities_dev41y.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev41y.jsonl"
OUT_CHECK = HERE / "own-entities-dev41y-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 41y, issue 13 types by predicate and layout); 1996 "
    "wire copy and 2024-2025 news and releases; real places, clubs and bodies, invented people "
    "and events; MIT."
)

ITEMS = [
    (  # 1: 1996 scorer lines
        "1996-08-24",
        (
            "SOCCER - [[SCOTTISH|NORP|Scottish]] PREMIER DIVISION SUMMARIES.\n"
            "[[GLASGOW|GPE|Glasgow]] 1996-08-24\n"
            "Summaries of [[Scottish|NORP]] premier division matches played on Saturday:\n"
            "[[Aberdeen|ORG|Aberdeen F.C.]] 3 ([[Kerrigan|PERSON]] 12, [[Duthie|PERSON]] 40, "
            "[[Kerrigan|PERSON]] 77) [[Motherwell|ORG|Motherwell F.C.]] 0. Attendance: 14,230.\n"
            "[[Hibernian|ORG|Hibernian F.C.]] 0 [[Rangers|ORG|Rangers F.C.]] 4 "
            "([[Lindgren|PERSON]] 9, [[Baxendale|PERSON]] 33 pen, [[Lindgren|PERSON]] 61, "
            "[[Tosh|PERSON]] 88). Attendance: 12,870.\n"
            "[[Kilmarnock|ORG|Kilmarnock F.C.]] 1 ([[Quigley|PERSON]] 55) [[Dundee United|ORG|"
            "Dundee United F.C.]] 2 ([[Halloran|PERSON]] 20, [[Brogan|PERSON]] 71). "
            "Attendance: 8,114.\n"
        ),
    ),
    (  # 2: legal proceedings against a person
        "2025-06-10",
        (
            "[[LAGOS|GPE|Lagos]], June 10 ([[Reuters|ORG]]) - A [[Lagos|GPE]] court on Tuesday "
            "sentenced [[Olumide Bakare|PERSON]], a former managing director of a state pension "
            "fund, to 12 years in prison for stealing 4.1 billion naira. [[Bakare|PERSON|"
            "Olumide Bakare]] was arrested in 2022 and pleaded not guilty to 18 counts brought "
            "by the [[Economic and Financial Crimes Commission|ORG]]. Judge [[Adenike "
            "Coker|PERSON]] said the evidence against [[Bakare|PERSON|Olumide Bakare]] was "
            "overwhelming. His lawyers said they would appeal.\n"
        ),
    ),
    (  # 3: speech to an audience
        "2025-03-03",
        (
            "[[JOHANNESBURG|GPE|Johannesburg]], March 3 - Union leader [[Tshepo "
            "Mahlangu|PERSON]] told a rally of mineworkers in [[Rustenburg|GPE]] on Monday "
            "that the strike would go on until [[Sibanye-Stillwater|ORG]] raised its wage "
            "offer. [[Mahlangu|PERSON|Tshepo Mahlangu]] addressed about 5,000 workers outside "
            "the company's shafts near [[Marikana|GPE]] and later met officials of the "
            "[[Department of Mineral Resources and Energy|ORG]] in [[Pretoria|GPE]].\n"
        ),
    ),
    (  # 4: careers and appointments; clubs by town
        "2025-11-10",
        (
            "[[Braga|ORG|S.C. Braga]] named [[Vitorino Sarmento|PERSON]] head coach on Monday "
            "after the club sacked [[Tiago Fonseca|PERSON]] following five straight defeats. "
            "[[Sarmento|PERSON|Vitorino Sarmento]], 47, joins from [[Famalicão|ORG|F.C. "
            "Famalicão]], where he had coached since 2022. He played more than 200 league "
            "games for [[Boavista|ORG|Boavista F.C.]] and [[Marítimo|ORG|C.S. Marítimo]] "
            "before retiring in 2011.\n"
        ),
    ),
    (  # 5: life events
        "2025-09-14",
        (
            "[[Ingrid Halvorsen|PERSON]], the [[Norwegian|NORP]] architect who designed the "
            "public library in [[Tromsø|GPE]], has died aged 84, her family said on Sunday. "
            "[[Halvorsen|PERSON|Ingrid Halvorsen]] was born in [[Hammerfest|GPE]] in 1941 and "
            "studied in [[Trondheim|GPE]] before moving to [[Bergen|GPE]] in 1968. She married "
            "the painter [[Arvid Solheim|PERSON]] in 1970, and [[Halvorsen|PERSON|Ingrid "
            "Halvorsen]] taught at the [[Bergen School of Architecture|ORG]] until she retired "
            "in 2006.\n"
        ),
    ),
    (  # 6: 1996 transfer lines
        "1996-08-16",
        (
            "SOCCER - [[PORTUGUESE|NORP|Portuguese]] CLUBS' SIGNINGS.\n"
            "[[LISBON|GPE|Lisbon]] 1996-08-16\n"
            "Signings by [[Portuguese|NORP]] first division clubs before the new season:\n"
            "[[Benfica|ORG|S.L. Benfica]]: [[Caetano Pires|PERSON]] (from [[Belenenses|ORG|"
            "C.F. Os Belenenses]]), [[Milan Jovanovic|PERSON]] (from [[Red Star "
            "Belgrade|ORG]])\n"
            "[[Porto|ORG|FC Porto]]: [[Helder Gomes|PERSON]] (from [[Guimaraes|ORG|Vitória "
            "S.C.]]), [[Artur Sequeira|PERSON]] (from [[Salgueiros|ORG|S.C. Salgueiros]])\n"
            "[[Sporting|ORG|Sporting CP]]: [[Paulo Rebelo|PERSON]] (from [[Braga|ORG|S.C. "
            "Braga]]), [[Lars Holmqvist|PERSON]] (from [[Malmo|ORG|Malmö FF]])\n"
            "[[Boavista|ORG|Boavista F.C.]]: [[Jorge Teixeira|PERSON]] (from [[Farense|ORG|"
            "S.C. Farense]])\n"
        ),
    ),
    (  # 7: 1996 tennis with countries in brackets
        "1996-07-25",
        (
            "TENNIS - RESULTS FROM [[UMAG|GPE|Umag]].\n"
            "[[UMAG|GPE|Umag]], [[Croatia|GPE]] 1996-07-25\n"
            "Results from a men's clay court tournament on Thursday (prefix number denotes "
            "seeding):\n"
            "Second round\n"
            "1 - [[Tomas Kral|PERSON]] ([[Czech Republic|GPE]]) beat [[Marco Ferretti|PERSON]] "
            "([[Italy|GPE]]) 6-3 6-4\n"
            "[[Javier Lozano|PERSON]] ([[Spain|GPE]]) beat [[Dmitri Volkov|PERSON]] "
            "([[Russia|GPE]]) 7-6 6-2\n"
            "[[Nikola Horvat|PERSON]] ([[Croatia|GPE]]) beat 4 - [[Jens Bergstrom|PERSON]] "
            "([[Sweden|GPE]]) 6-4 3-6 6-1\n"
            "[[Mehdi Tahiri|PERSON]] ([[Morocco|GPE]]) beat [[Adrian Popa|PERSON]] "
            "([[Romania|GPE]]) 6-2 6-3\n"
        ),
    ),
    (  # 8: bodies by what only bodies do; firms named like people
        "2025-03-05",
        (
            "Housebuilder [[Taylor Wimpey|ORG]] said on Wednesday it had completed 10,200 homes "
            "in 2024 and would open 40 new sales outlets this year. Shares in [[Taylor "
            "Wimpey|ORG]] rose 3%, while [[Persimmon|ORG|Persimmon plc]] and [[Bellway|ORG]] "
            "gained about 2%. [[Taylor Wimpey|ORG]] chief executive [[Jennie Daly|PERSON]] told "
            "analysts that mortgage approvals had recovered. Separately, [[Morgan "
            "Sindall|ORG|Morgan Sindall Group]] won a £210 million contract to rebuild schools "
            "in [[Kent|GPE]] and [[Essex|GPE]].\n"
        ),
    ),
    (  # 9: places in a place's slot and in lists
        "2025-05-16",
        (
            "[[Uzbekistan Airways|ORG]] will resume flights between [[Tashkent|GPE]] and "
            "[[Nukus|GPE]] next month and add routes from [[Samarkand|GPE]] to [[Termez|GPE]] "
            "and [[Urgench|GPE]], the carrier said on Friday. Passengers travelling on to "
            "[[Khiva|GPE]] will be taken by bus from [[Urgench|GPE]].\n"
        ),
    ),
    (  # 10: 1996 wire, people's predicates
        "1996-08-22",
        (
            "[[GROZNY|GPE|Grozny]], [[Russia|GPE]] 1996-08-22 - [[Russian|NORP]] security "
            "chief [[Alexander Lebed|PERSON]] met separatist commander [[Aslan "
            "Maskhadov|PERSON]] in the village of [[Novye Atagi|GPE]] on Thursday. "
            "[[Lebed|PERSON|Alexander Lebed]] told reporters afterwards that the ceasefire was "
            "holding. [[Maskhadov|PERSON|Aslan Maskhadov]] said his fighters would leave "
            "[[Grozny|GPE]] only when [[Russian|NORP]] troops pulled back to [[Khankala|GPE]].\n"
        ),
    ),
    (  # 11: appointments in an official release
        "2025-05-14",
        (
            "[[Nairobi|GPE]], 14 May 2025 - President [[William Ruto|PERSON]] has nominated "
            "[[Achieng Odhiambo|PERSON]] as Cabinet Secretary for Health. [[Odhiambo|PERSON|"
            "Achieng Odhiambo]], a former director at the [[Kenya Medical Research "
            "Institute|ORG]], served as county health executive in [[Kisumu|GPE]] from 2017 to "
            "2022. [[Odhiambo|PERSON|Achieng Odhiambo]] will appear before the appointments "
            "committee of the [[National Assembly|ORG|National Assembly (Kenya)]] next week.\n"
        ),
    ),
    (  # 12: 1996 wire, legal proceedings
        "1996-08-23",
        (
            "[[MILAN|GPE|Milan]] 1996-08-23 - [[Milan|GPE]] magistrates on Friday ordered the "
            "arrest of businessman [[Giancarlo Ferrante|PERSON]] on charges of false accounting "
            "and illegal party funding. [[Ferrante|PERSON|Giancarlo Ferrante]], 58, was "
            "detained at his home in [[Como|GPE]] and taken to [[San Vittore|FAC|San Vittore "
            "Prison]] jail. His lawyer said [[Ferrante|PERSON|Giancarlo Ferrante]] would ask to "
            "be questioned by prosecutor [[Paola Mancini|PERSON]] next week.\n"
        ),
    ),
    (  # 13: 1996 standings table
        "1996-09-01",
        (
            "SOCCER - [[PORTUGUESE|NORP|Portuguese]] LEAGUE STANDINGS.\n"
            "[[LISBON|GPE|Lisbon]] 1996-09-01\n"
            "Standings in the [[Portuguese|NORP]] first division after Sunday's matches "
            "(tabulate under played, won, drawn, lost, goals for, against, points):\n"
            "[[Porto|ORG|FC Porto]] 3 3 0 0 9 2 9\n"
            "[[Benfica|ORG|S.L. Benfica]] 3 2 1 0 6 2 7\n"
            "[[Braga|ORG|S.C. Braga]] 3 2 0 1 5 4 6\n"
            "[[Guimaraes|ORG|Vitória S.C.]] 3 1 2 0 4 3 5\n"
            "[[Setubal|ORG|Vitória F.C.]] 3 1 1 1 3 3 4\n"
            "[[Chaves|ORG|G.D. Chaves]] 3 0 1 2 2 6 1\n"
            "[[Leca|ORG|Leça F.C.]] 3 0 0 3 1 8 0\n"
        ),
    ),
    (  # 14: sworn in, addressed; full names of other languages
        "2025-09-01",
        (
            "[[ASTANA|GPE|Astana]], Sept 1 - [[Aigerim Zhaksylykova|PERSON]] was sworn in on "
            "Monday as the first woman to chair the [[Mazhilis|ORG]], the lower house of "
            "[[Kazakhstan|GPE]]'s parliament. [[Zhaksylykova|PERSON|Aigerim Zhaksylykova]] "
            "addressed deputies after the vote and thanked President [[Kassym-Jomart "
            "Tokayev|PERSON]]. She was born in [[Shymkent|GPE]] and served two terms as a "
            "deputy for [[Turkistan Region|GPE]].\n"
        ),
    ),
    (  # 15: injury and surgery
        "2025-07-15",
        (
            "[[Mads Vinding|PERSON]] of [[Denmark|GPE]] broke his collarbone in a crash on the "
            "ninth stage of the [[Tour de France|EVENT|2025 Tour de France]] on Sunday. "
            "[[Vinding|PERSON|Mads Vinding]] underwent surgery in [[Grenoble|GPE]] on Monday, "
            "his team [[Uno-X Mobility|ORG]] said, and is expected to miss the rest of the "
            "season.\n"
        ),
    ),
    (  # 16: legal proceedings, U.S. court
        "2025-04-08",
        (
            "[[NEW YORK|GPE|New York City]], April 8 ([[Reuters|ORG]]) - A federal jury in "
            "[[Manhattan|GPE]] on Tuesday convicted [[Rakesh Venkataraman|PERSON]], a former "
            "portfolio manager at the hedge fund [[Brightwater Capital|ORG]], of insider "
            "trading. [[Venkataraman|PERSON|Rakesh Venkataraman]], who testified in his own "
            "defence, faces up to 20 years in prison when he is sentenced in July. "
            "[[Brightwater Capital|ORG]] was not accused of wrongdoing.\n"
        ),
    ),
    (  # 17: 1996 golf scores with countries in brackets
        "1996-08-17",
        (
            "GOLF - LEADING SCORES IN [[MARIANSKE LAZNE|GPE|Mariánské Lázně]].\n"
            "[[MARIANSKE LAZNE|GPE|Mariánské Lázně]], [[Czech Republic|GPE]] 1996-08-17\n"
            "Leading scores after the third round of a [[European Tour|ORG]] event on Saturday "
            "([[British|NORP]] unless stated):\n"
            "204 [[Neil Carrick|PERSON]] 68 67 69\n"
            "206 [[Per Lundgren|PERSON]] ([[Sweden|GPE]]) 70 68 68\n"
            "207 [[Gary Holden|PERSON]] 69 70 68, [[Miguel Arroyo|PERSON]] ([[Spain|GPE]]) "
            "71 67 69\n"
            "208 [[Wayne Pretorius|PERSON]] ([[South Africa|GPE]]) 72 68 68\n"
        ),
    ),
    (  # 18: firms named like people, by what firms do
        "2025-02-27",
        (
            "Builder [[Wates|ORG|Wates Group]] was fined £1.2 million on Thursday after a "
            "worker fell from scaffolding at a site in [[Reading|GPE]]. Rival [[Laing "
            "O'Rourke|ORG]] reported a pre-tax profit of £73 million and said it would sell "
            "its stake in a [[Sydney|GPE]] rail venture. [[Kier|ORG|Kier Group]] shares fell "
            "4% after it lost a road contract in [[Yorkshire|GPE]].\n"
        ),
    ),
    (  # 19: places in lists
        "2025-01-20",
        (
            "A magnitude 6.4 earthquake struck off central [[Chile|GPE]] on Monday, and "
            "shaking was felt in [[Ovalle|GPE]], [[Illapel|GPE]] and [[Combarbalá|GPE]]. "
            "[[Chile|GPE]]'s disaster agency said landslides cut roads between [[Salamanca|GPE|"
            "Salamanca, Chile]] and [[Los Vilos|GPE]], and schools in [[Coquimbo|GPE]] closed "
            "for the day.\n"
        ),
    ),
    (  # 20: 1996 athletics with countries in brackets
        "1996-08-16",
        (
            "ATHLETICS - RESULTS FROM [[COLOGNE|GPE|Cologne]] MEETING.\n"
            "[[COLOGNE|GPE|Cologne]], [[Germany|GPE]] 1996-08-16\n"
            "Results at an international athletics meeting on Friday:\n"
            "Men's 800 metres: 1. [[Joseph Kiprono|PERSON]] ([[Kenya|GPE]]) 1:44.21 2. "
            "[[Torsten Becker|PERSON]] ([[Germany|GPE]]) 1:45.02 3. [[Luis Navarro|PERSON]] "
            "([[Spain|GPE]]) 1:45.60\n"
            "Women's long jump: 1. [[Olena Kravets|PERSON]] ([[Ukraine|GPE]]) 6.91 metres 2. "
            "[[Sabine Kruger|PERSON]] ([[Germany|GPE]]) 6.78 3. [[Renata Novak|PERSON]] "
            "([[Slovenia|GPE]]) 6.60\n"
        ),
    ),
    (  # 21: 1996 match report, lone surnames
        "1996-08-24",
        (
            "[[GLASGOW|GPE|Glasgow]] 1996-08-24 - [[Celtic|ORG|Celtic F.C.]] dropped two "
            "points at home to [[Hearts|ORG|Heart of Midlothian F.C.]] on Saturday when "
            "[[Dunleavy|PERSON]] equalised in the last minute. [[Celtic|ORG|Celtic F.C.]] "
            "manager [[Tommy Burns|PERSON]] said his side had let a 2-0 lead slip after "
            "[[Corrigan|PERSON]] was sent off. [[Hearts|ORG|Heart of Midlothian F.C.]] travel "
            "to [[Kilmarnock|ORG|Kilmarnock F.C.]] next Saturday.\n"
        ),
    ),
    (  # 22: speech to an audience in a UK release
        "2025-02-12",
        (
            "From: [[Department for Education|ORG]]\n"
            "Education Secretary [[Bridget Phillipson|PERSON]] has set out plans to recruit "
            "6,500 new teachers. Speaking to headteachers at a conference in [[Liverpool|GPE]] "
            "on Wednesday, [[Phillipson|PERSON|Bridget Phillipson]] said the first trainees "
            "would start in [[Manchester|GPE]], [[Leeds|GPE]] and [[Bristol|GPE]] in "
            "September.\n"
        ),
    ),
    (  # 23: transfer prose; clubs by town after "from", "at", "joined"
        "2025-07-01",
        (
            "[[Bayer Leverkusen|ORG|Bayer 04 Leverkusen]] have signed midfielder [[Jonas "
            "Weidinger|PERSON]] from [[Freiburg|ORG|SC Freiburg]] on a four-year contract, the "
            "club said on Tuesday. [[Weidinger|PERSON|Jonas Weidinger]], 23, came through the "
            "youth ranks at [[Mainz|ORG|1. FSV Mainz 05]] and joined [[Freiburg|ORG|SC "
            "Freiburg]] in 2022.\n"
        ),
    ),
    (  # 24: life events of a public figure
        "2025-10-19",
        (
            "Former [[Bulgarian|NORP]] finance minister [[Stoyan Dimitrov|PERSON]] died in "
            "[[Plovdiv|GPE]] on Saturday aged 77. [[Dimitrov|PERSON|Stoyan Dimitrov]] was born "
            "in [[Gabrovo|GPE]], studied economics in [[Moscow|GPE]] and joined the "
            "[[Bulgarian National Bank|ORG]] in 1979. He is survived by his wife and two "
            "sons.\n"
        ),
    ),
    (  # 25: a firm named like a person, a firm named like a town
        "2024-11-06",
        (
            "[[ZURICH|GPE|Zürich]], Nov 6 - Cocoa processor [[Barry Callebaut|ORG]] said on "
            "Wednesday it had agreed to supply [[Hershey|ORG|The Hershey Company]] from a new "
            "plant in [[Kumasi|GPE]], [[Ghana|GPE]]. [[Barry Callebaut|ORG]], which listed in "
            "[[Zurich|GPE|Zürich]] in 1998, said it would cut 2,500 jobs worldwide.\n"
        ),
    ),
    (  # 26: 1996 wire, speech to an audience
        "1996-08-26",
        (
            "[[JERUSALEM|GPE|Jerusalem]] 1996-08-26 - [[Israeli|NORP]] Prime Minister "
            "[[Benjamin Netanyahu|PERSON]] told the [[Knesset|ORG]] on Monday that talks on "
            "[[Hebron|GPE]] would resume this week. In [[Ramallah|GPE]], [[Palestinian|NORP]] "
            "President [[Yasser Arafat|PERSON]] addressed a rally of students, and "
            "[[Arafat|PERSON|Yasser Arafat]] told the crowd that the settlements must stop.\n"
        ),
    ),
    (  # 27: U.S. towns named like people
        "2025-01-14",
        (
            "A winter storm left 90,000 customers without power in western [[Oregon|GPE]] on "
            "Tuesday, with the worst outages in [[Eugene|GPE|Eugene, Oregon]], [[Albany|GPE|"
            "Albany, Oregon]] and [[Corvallis|GPE|Corvallis, Oregon]], the utility [[Pacific "
            "Power|ORG]] said. Crews from [[Medford|GPE|Medford, Oregon]] were sent north.\n"
        ),
    ),
]

# Written in a second batch before briefx ran on them (session 41): more of the layout and
# predicate families for the dev part only (the first batch put its only transfer list in the
# check part).
MORE = [
    (  # 28: 1996 transfer lines, English clubs
        "1996-08-09",
        (
            "SOCCER - [[ENGLISH|NORP|English]] CLUBS' CLOSE-SEASON SIGNINGS.\n"
            "[[LONDON|GPE|London]] 1996-08-09\n"
            "Players signed by [[English|NORP]] premier league clubs since the end of last "
            "season (fee in brackets):\n"
            "[[Everton|ORG|Everton F.C.]] - [[Gary Speedie|PERSON]] (from [[Wimbledon|ORG|"
            "Wimbledon F.C.]], 3.5 million pounds)\n"
            "[[Coventry|ORG|Coventry City F.C.]] - [[Liam Daish|PERSON]] (from "
            "[[Birmingham|ORG|Birmingham City F.C.]], 1.5 million)\n"
            "[[Sunderland|ORG|Sunderland A.F.C.]] - [[Niall Quarrie|PERSON]] (from "
            "[[Derby|ORG|Derby County F.C.]], free transfer)\n"
            "[[Leicester|ORG|Leicester City F.C.]] - [[Kasey Hollins|PERSON]] (from "
            "[[Ipswich|ORG|Ipswich Town F.C.]], 800,000)\n"
        ),
    ),
    (  # 29: modern transfer round-up in prose
        "2025-08-30",
        (
            "[[Lyon|ORG|Olympique Lyonnais]] completed the signing of winger [[Moussa "
            "Keita|PERSON]] on loan from [[Marseille|ORG|Olympique de Marseille]] on Friday. "
            "[[Keita|PERSON|Moussa Keita]], 21, began his career in the academy at "
            "[[Rennes|ORG|Stade Rennais F.C.]] and played for [[Lorient|ORG|FC Lorient]] last "
            "season. Defender [[Hugo Marchal|PERSON]] signed for [[Nantes|ORG|FC Nantes]] "
            "from [[Brest|ORG|Stade Brestois 29]].\n"
        ),
    ),
    (  # 30: 1996 wire, a speech and lone surnames
        "1996-08-27",
        (
            "[[TIRANA|GPE|Tirana]] 1996-08-27 - [[Albanian|NORP]] President [[Sali "
            "Berisha|PERSON]] addressed a rally of his [[Democratic Party|ORG|Democratic Party "
            "of Albania]] in [[Shkoder|GPE|Shkodër]] on Tuesday. Addressing about 10,000 "
            "supporters, [[Berisha|PERSON|Sali Berisha]] said the opposition had lost the "
            "trust of voters. Opposition leader [[Fatos Nano|PERSON]] was jailed in 1994 and "
            "remains in prison in [[Tepelene|GPE|Tepelenë]].\n"
        ),
    ),
    (  # 31: objects of legal and career verbs
        "2025-09-25",
        (
            "A court in [[Almaty|GPE]] on Thursday jailed [[Yerlan Abenov|PERSON]], a former "
            "deputy head of the national railway company [[Kazakhstan Temir Zholy|ORG]], for "
            "eight years. Prosecutors had charged [[Abenov|PERSON|Yerlan Abenov]] with taking "
            "bribes from suppliers in [[Karaganda|GPE]] and [[Pavlodar|GPE]]. The company "
            "dismissed [[Abenov|PERSON|Yerlan Abenov]] after his arrest in 2023.\n"
        ),
    ),
    (  # 32: 1996 career moves and a death in wire copy
        "1996-08-20",
        (
            "[[BELGRADE|GPE|Belgrade]] 1996-08-20 - [[Dragan Kostic|PERSON]], who coached "
            "[[Partizan|ORG|FK Partizan]] to three league titles, died in [[Novi Sad|GPE]] on "
            "Tuesday aged 66. [[Kostic|PERSON|Dragan Kostic]] was born in [[Kraljevo|GPE]] and "
            "played for [[Vojvodina|ORG|FK Vojvodina]] before moving to [[Sochaux|ORG|FC "
            "Sochaux-Montbéliard]] in 1958.\n"
        ),
    ),
]

CASES = [(f"own-ent41y-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if n % 3] + [
    (f"own-ent41y-{n:02d}", d, t) for n, (d, t) in enumerate(MORE, len(ITEMS) + 1)
]
CHECK = [(f"own-ent41y-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if not n % 3]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
