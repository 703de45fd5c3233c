"""Write eval/own-entities-dev42c.jsonl and eval/own-entities-dev42c-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for SPORTS CLUBS AND TEAMS (issue 13
names and types, session 42, clubs42): clubs that copy names by a short form, a nickname or
its town, whose English Wikipedia title is another form than the name plus a guessed " F.C."
("Hearts" -> "Heart of Midlothian F.C.", "Sunderland" -> "Sunderland A.F.C.", "Wolves" ->
"Wolverhampton Wanderers F.C.", "Galatasaray" -> "Galatasaray S.K. (football)",
"Airdrieonians" -> "Airdrieonians F.C. (1878)"), county cricket clubs, and clubs of Turkey,
Greece, Russia, Cyprus, the Czech Republic, Serbia, Croatia and Argentina.

The families (ANNOTATION.md "Entities": a club's name is its English Wikipedia title; clubs are
ORG, national sides GPE by their country, as the earlier sports sets annotate them):
- results lines and standings in the 1996 Reuters wire format (English, Scottish, Turkish,
  Greek, Russian and Cypriot football; county cricket);
- 2024-2025 match reports in news prose (Scottish, English, Turkish, Czech, Balkan and
  Argentine football; county cricket; EuroLeague basketball);
- must stay: towns in prose about the towns, national sides, clubs already written in full.
Written for briefx by hand (session 42); real clubs, leagues, grounds and towns, invented
players, coaches, scores and events. Annotated by ``shared/eval/ANNOTATION.md`` inline while
writing, before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical
name]]``. Every third item (n % 3 == 0) goes to the check file: scored only at the start and
once at the end of the session. Run from the project root:
``python eval/build_own_entities_dev42c.py``.

Gold slips fixed after the first (base) run: the nationality adjectives and the country of the
1996 headers and intro lines ("SOCCER - SCOTTISH LEAGUE RESULTS.", "Results of Scottish league
matches") had been left out and are NORP/GPE by ANNOTATION.md (headlines are annotated like
body text); "Racing" is titled "Racing Club de Avellaneda", the title the club table has used
since session 39, not "Racing Club".
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev42c.jsonl"
OUT_CHECK = HERE / "own-entities-dev42c-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 42c, issue 13 names and types); football, cricket "
    "and basketball results, tables and reports, and must-stay texts; real towns, leagues, "
    "grounds and clubs, invented people, scores and events; MIT."
)

ITEMS = [
    (  # 1
        "1996-08-18",
        (
            "SOCCER - [[ENGLISH|NORP|English]] PREMIER LEAGUE RESULTS.\n"
            "[[LONDON|GPE|London]] 1996-08-17\n"
            "Results of [[English|NORP]] premier league matches on Saturday:\n"
            "[[Arsenal|ORG|Arsenal F.C.]] 2 [[West Ham|ORG|West Ham United F.C.]] 0\n"
            "[[Blackburn|ORG|Blackburn Rovers F.C.]] 0 [[Tottenham|ORG|Tottenham Hotspur F.C.]] 2\n"
            "[[Coventry|ORG|Coventry City F.C.]] 0 [[Nottingham Forest|ORG|Nottingham Forest F.C.]] 3\n"
            "[[Sunderland|ORG|Sunderland A.F.C.]] 0 [[Leicester|ORG|Leicester City F.C.]] 0\n"
            "[[Wimbledon|ORG|Wimbledon F.C.]] 1 [[Southampton|ORG|Southampton F.C.]] 1\n"
        ),
    ),
    (  # 2
        "1996-10-20",
        (
            "SOCCER - [[SCOTTISH|NORP|Scottish]] LEAGUE RESULTS.\n"
            "[[GLASGOW|GPE|Glasgow]] 1996-10-19\n"
            "Results of [[Scottish|NORP]] league matches on Saturday:\n"
            "Premier division\n"
            "[[Aberdeen|ORG|Aberdeen F.C.]] 1 [[Hearts|ORG|Heart of Midlothian F.C.]] 1\n"
            "[[Hibernian|ORG|Hibernian F.C.]] 0 [[Rangers|ORG|Rangers F.C.]] 2\n"
            "[[Raith|ORG|Raith Rovers F.C.]] 0 [[Dundee United|ORG|Dundee United F.C.]] 1\n"
            "Division one\n"
            "[[Airdrieonians|ORG|Airdrieonians F.C. (1878)]] 2 [[Clydebank|ORG|Clydebank F.C. (1965)]] 1\n"
            "[[Partick|ORG|Partick Thistle F.C.]] 1 [[St Johnstone|ORG|St Johnstone F.C.]] 3\n"
        ),
    ),
    (  # 3
        "1996-09-23",
        (
            "SOCCER - [[TURKISH|NORP|Turkish]] FIRST DIVISION RESULTS.\n"
            "[[ISTANBUL|GPE|Istanbul]] 1996-09-22\n"
            "Results of [[Turkish|NORP]] first division matches on Sunday:\n"
            "[[Galatasaray|ORG|Galatasaray S.K. (football)]] 3 [[Kocaelispor|ORG]] 1\n"
            "[[Fenerbahce|ORG|Fenerbahçe S.K. (football)]] 2 [[Trabzonspor|ORG]] 2\n"
            "[[Bursaspor|ORG]] 1 [[Samsunspor|ORG]] 0\n"
        ),
    ),
    (  # 4
        "2025-03-10",
        (
            "[[Hearts|ORG|Heart of Midlothian F.C.]] came from behind to beat [[Hibs|ORG|"
            "Hibernian F.C.]] 2-1 at [[Tynecastle|FAC|Tynecastle Park]] on Sunday. "
            "[[Callum Reid|PERSON]] headed the winner ten minutes from time, and "
            "[[Hearts|ORG|Heart of Midlothian F.C.]] moved level on points with "
            "[[Motherwell|ORG|Motherwell F.C.]] in the [[Scottish Premiership|ORG]].\n"
        ),
    ),
    (  # 5
        "2025-02-02",
        (
            "[[Wolves|ORG|Wolverhampton Wanderers F.C.]] striker [[Tomas Hendry|PERSON]] "
            "scored twice as his side beat [[Ipswich|ORG|Ipswich Town F.C.]] 2-0 at "
            "[[Molineux|FAC|Molineux Stadium]] on Saturday. [[Spurs|ORG|Tottenham Hotspur F.C.]] "
            "lost 3-1 at [[Brentford|ORG|Brentford F.C.]], leaving them four points above the "
            "[[Premier League|ORG]] relegation places.\n"
        ),
    ),
    (  # 6
        "2024-11-04",
        (
            "[[Sunderland|ORG|Sunderland A.F.C.]] stayed top of the [[Championship|ORG|"
            "EFL Championship]] after a 1-0 win over [[Hull|ORG|Hull City A.F.C.]] on Saturday, "
            "while [[Swansea|ORG|Swansea City A.F.C.]] drew 1-1 with [[Coventry|ORG|"
            "Coventry City F.C.]]. In [[League Two|ORG|EFL League Two]], [[Bradford|ORG|"
            "Bradford City A.F.C.]] beat [[Grimsby|ORG|Grimsby Town F.C.]] 3-1.\n"
        ),
    ),
    (  # 7
        "1996-11-04",
        (
            "SOCCER - [[GREEK|NORP|Greek]] FIRST DIVISION RESULTS.\n"
            "[[ATHENS|GPE|Athens]] 1996-11-03\n"
            "Results of [[Greek|NORP]] first division matches on Sunday:\n"
            "[[Olympiakos|ORG|Olympiacos F.C.]] 2 [[AEK Athens|ORG|AEK Athens F.C.]] 1\n"
            "[[Panathinaikos|ORG|Panathinaikos F.C.]] 3 [[Panionios|ORG|Panionios F.C.]] 0\n"
            "[[PAOK|ORG|PAOK FC]] 1 [[OFI Crete|ORG|OFI Crete F.C.]] 1\n"
        ),
    ),
    (  # 8
        "1996-10-07",
        (
            "SOCCER - [[RUSSIAN|NORP|Russian]] PREMIER LEAGUE RESULTS.\n"
            "[[MOSCOW|GPE|Moscow]] 1996-10-06\n"
            "Results of [[Russian|NORP]] premier league matches on Sunday:\n"
            "[[Spartak Moscow|ORG|FC Spartak Moscow]] 2 [[Alania Vladikavkaz|ORG|"
            "FC Alania Vladikavkaz]] 1\n"
            "[[Rotor Volgograd|ORG|FC Rotor Volgograd]] 1 [[Lokomotiv Moscow|ORG|"
            "FC Lokomotiv Moscow]] 0\n"
            "[[CSKA Moscow|ORG|PFC CSKA Moscow]] 3 [[Torpedo Moscow|ORG|FC Torpedo Moscow]] 1\n"
        ),
    ),
    (  # 9
        "1996-09-16",
        (
            "CRICKET - [[ENGLISH|NORP|English]] COUNTY CHAMPIONSHIP SCORES.\n"
            "[[LONDON|GPE|London]] 1996-09-15\n"
            "Close of play scores on the second day of four-day county championship matches:\n"
            "At [[Old Trafford|FAC|Old Trafford Cricket Ground]]: [[Lancashire|ORG|"
            "Lancashire County Cricket Club]] 310 ([[P. Harland|PERSON]] 92). "
            "[[Yorkshire|ORG|Yorkshire County Cricket Club]] 145-3.\n"
            "At [[Chelmsford|GPE]]: [[Surrey|ORG|Surrey County Cricket Club]] 402-7 declared. "
            "[[Essex|ORG|Essex County Cricket Club]] 88-2.\n"
        ),
    ),
    (  # 10
        "2025-04-14",
        (
            "[[Panathinaikos|ORG|Panathinaikos B.C.]] beat [[Olympiacos|ORG|Olympiacos B.C.]] "
            "84-79 in the [[EuroLeague|ORG]] on Friday, with guard [[Nikos Stavrou|PERSON]] "
            "scoring 22 points. [[Real Madrid|ORG|Real Madrid Baloncesto]] lost 91-80 in "
            "[[Kaunas|GPE]] to [[Zalgiris|ORG|BC Žalgiris]].\n"
        ),
    ),
    (  # 11
        "1996-11-11",
        (
            "SOCCER - [[CYPRUS|GPE|Cyprus]] FIRST DIVISION RESULTS.\n"
            "[[NICOSIA|GPE|Nicosia]] 1996-11-10\n"
            "Results of [[Cypriot|NORP]] first division matches on Sunday:\n"
            "[[APOEL|ORG|APOEL FC]] 2 [[Anorthosis|ORG|Anorthosis Famagusta FC]] 2\n"
            "[[Omonia|ORG|AC Omonia]] 3 [[Apollon|ORG|Apollon Limassol FC]] 1\n"
            "[[AEL|ORG|AEL Limassol]] 1 [[Ethnikos Achna|ORG|Ethnikos Achna FC]] 0\n"
        ),
    ),
    (  # 12
        "2025-05-18",
        (
            "[[Sunderland|GPE]] city council approved a new flood defence scheme on Thursday, and "
            "[[Hull|GPE|Kingston upon Hull]] will bid for government money to protect homes near "
            "the [[Humber|LOC]]. Councillors in [[Swansea|GPE]] said the plans would be studied.\n"
        ),
    ),
    (  # 13
        "2025-01-20",
        (
            "[[Slavia Prague|ORG|SK Slavia Prague]] extended their lead in the [[Czech First "
            "League|ORG]] to six points with a 2-0 win over [[Viktoria Plzen|ORG|FC Viktoria "
            "Plzeň]] on Sunday, while [[Sparta Prague|ORG|AC Sparta Prague]] were held 1-1 by "
            "[[Banik Ostrava|ORG|FC Baník Ostrava]].\n"
        ),
    ),
    (  # 14
        "2025-06-11",
        (
            "[[Turkey|GPE]] beat [[Wales|GPE]] 2-1 in a qualifier in [[Istanbul|GPE]] on "
            "Tuesday, and [[Scotland|GPE]] drew 0-0 with [[Greece|GPE]] in [[Glasgow|GPE]]. "
            "[[Turkey|GPE]] coach [[Emre Aksoy|PERSON]] said his side had deserved the win.\n"
        ),
    ),
    (  # 15
        "1996-08-26",
        (
            "SOCCER - [[SCOTTISH|NORP|Scottish]] PREMIER DIVISION STANDINGS.\n"
            "[[GLASGOW|GPE|Glasgow]] 1996-08-25\n"
            "[[Scottish|NORP]] premier division standings after Saturday's matches (tabulate under "
            "played, won, drawn, lost, goals for, against, points):\n"
            "[[Rangers|ORG|Rangers F.C.]] 3 3 0 0 8 1 9\n"
            "[[Celtic|ORG|Celtic F.C.]] 3 2 1 0 7 2 7\n"
            "[[Hearts|ORG|Heart of Midlothian F.C.]] 3 1 2 0 4 3 5\n"
            "[[Kilmarnock|ORG|Kilmarnock F.C.]] 3 1 0 2 3 5 3\n"
            "[[Dunfermline|ORG|Dunfermline Athletic F.C.]] 3 0 1 2 2 6 1\n"
        ),
    ),
    (  # 16
        "2025-03-02",
        (
            "[[Galatasaray|ORG|Galatasaray S.K. (football)]] moved six points clear of "
            "[[Fenerbahce|ORG|Fenerbahçe S.K. (football)]] at the top of the [[Super Lig|ORG|"
            "Süper Lig]] after a 2-1 win at [[Kasimpasa|ORG|Kasımpaşa S.K.]] on Saturday. "
            "[[Fenerbahce|ORG|Fenerbahçe S.K. (football)]] host [[Trabzonspor|ORG]] on Sunday.\n"
        ),
    ),
    (  # 17
        "1996-09-30",
        (
            "SOCCER - [[ENGLISH|NORP|English]] DIVISION ONE RESULTS.\n"
            "[[LONDON|GPE|London]] 1996-09-29\n"
            "Results of [[English|NORP]] first division matches on Saturday:\n"
            "[[Bolton|ORG|Bolton Wanderers F.C.]] 3 [[Norwich|ORG|Norwich City F.C.]] 1\n"
            "[[Oxford|ORG|Oxford United F.C.]] 2 [[Portsmouth|ORG|Portsmouth F.C.]] 0\n"
            "[[QPR|ORG|Queens Park Rangers F.C.]] 1 [[Wolves|ORG|Wolverhampton Wanderers F.C.]] 1\n"
            "[[Stoke|ORG|Stoke City F.C.]] 2 [[Swindon|ORG|Swindon Town F.C.]] 0\n"
        ),
    ),
    (  # 18
        "2024-09-12",
        (
            "[[Surrey|ORG|Surrey County Cricket Club]] beat [[Somerset|ORG|Somerset County "
            "Cricket Club]] by an innings and 45 runs at [[The Oval|FAC]] on Wednesday to close "
            "on a third successive title, while [[Lancashire|ORG|Lancashire County Cricket "
            "Club]] were bowled out for 160 against [[Essex|ORG|Essex County Cricket Club]].\n"
        ),
    ),
    (  # 19
        "2025-04-28",
        (
            "[[Red Star Belgrade|ORG]] clinched the [[Serbian SuperLiga|ORG]] title with a 3-0 "
            "win over [[Partizan|ORG|FK Partizan]] on Saturday. In [[Croatia|GPE]], "
            "[[Dinamo Zagreb|ORG|GNK Dinamo Zagreb]] lost 2-1 at [[Hajduk Split|ORG|"
            "HNK Hajduk Split]], whose coach [[Marko Baric|PERSON]] praised his defence.\n"
        ),
    ),
    (  # 20
        "2025-05-05",
        (
            "[[River Plate|ORG|Club Atlético River Plate]] beat [[Independiente|ORG|Club "
            "Atlético Independiente]] 2-0 in [[Buenos Aires|GPE]] on Sunday, and [[Racing|ORG|"
            "Racing Club de Avellaneda]] drew 1-1 with [[Boca Juniors|ORG]]. [[River Plate|ORG|Club Atlético "
            "River Plate]] forward [[Joaquin Lema|PERSON]] scored his fifth goal of the season.\n"
        ),
    ),
    (  # 21
        "2025-02-16",
        (
            "[[Celtic|ORG|Celtic F.C.]] beat [[Kilmarnock|ORG|Kilmarnock F.C.]] 3-0 in "
            "[[Glasgow|GPE]] on Saturday, and [[Aberdeen|ORG|Aberdeen F.C.]] lost 2-0 at "
            "[[Dundee United|ORG|Dundee United F.C.]]. [[Aberdeen|GPE]] council later "
            "confirmed road closures around the harbour for the coming weekend.\n"
        ),
    ),
]

CASES = [(f"own-ent42c-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if n % 3]
CHECK = [(f"own-ent42c-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if not n % 3]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
