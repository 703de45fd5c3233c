"""Write eval/own-entities-dev39c.jsonl and eval/own-entities-dev39c-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for the TITLES of football clubs abroad
(issue 13 names, session 39, clubs39): a club that copy names by its short form ("Barcelona",
"Bayern Munich", "Ajax", "Benfica") is named by its English Wikipedia title ("FC Barcelona",
"FC Bayern Munich", "AFC Ajax", "S.L. Benfica").

The families (ANNOTATION.md "Entities": a club's name is its English Wikipedia title; clubs are
ORG, national sides GPE by their country):
- results lines in the 1996 wire format ("SOCCER - SPANISH FIRST DIVISION RESULTS."), standings
  tables and match reports in prose, from Spain, Germany, Italy, France, the Netherlands,
  Portugal, Belgium, Greece, Switzerland, Austria, Denmark, Sweden, Norway, Argentina, Brazil,
  Egypt and South Africa;
- must stay: a town in prose about the town, a town two clubs share with nothing in the text
  to pick one ("Madrid", "Rotterdam"), national teams, clubs of basketball and handball, British
  clubs (their " F.C." rule), a club already written by its full title.
Written for briefx by hand (session 39); real clubs, leagues and towns, invented players,
coaches, scores and events. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing,
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
Every third item (n % 3 == 0) goes to the check file: scored only once, at the end of the
session. Run from the project root: ``python eval/build_own_entities_dev39c.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev39c.jsonl"
OUT_CHECK = HERE / "own-entities-dev39c-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 39c, issue 13 names); football results, tables and "
    "reports of clubs abroad, and must-stay texts; real towns, leagues and clubs, invented "
    "people, scores and events; MIT."
)

ITEMS = [
    (
        "1996-09-01",
        (
            "SOCCER - SPANISH FIRST DIVISION RESULTS.\n"
            "[[MADRID|GPE|Madrid]] 1996-08-31\n"
            "Results of Spanish first division matches on Saturday:\n"
            "[[Barcelona|ORG|FC Barcelona]] 3 [[Espanyol|ORG|RCD Espanyol]] 1\n"
            "[[Valencia|ORG|Valencia CF]] 2 [[Celta Vigo|ORG|RC Celta de Vigo]] 2\n"
            "[[Sevilla|ORG|Sevilla FC]] 0 [[Tenerife|ORG|CD Tenerife]] 1\n"
        ),
    ),
    (
        "1996-09-08",
        (
            "SOCCER - GERMAN FIRST DIVISION RESULTS.\n"
            "[[BONN|GPE|Bonn]] 1996-09-07\n"
            "Results of German first division matches on Saturday:\n"
            "[[Bayern Munich|ORG|FC Bayern Munich]] 2 [[Schalke|ORG|FC Schalke 04]] 0\n"
            "[[Werder Bremen|ORG|SV Werder Bremen]] 1 [[VfB Stuttgart|ORG]] 1\n"
            "[[Hamburg|ORG|Hamburger SV]] 3 [[Freiburg|ORG|SC Freiburg]] 1\n"
            "[[Borussia Dortmund|ORG]] 4 [[Bochum|ORG|VfL Bochum]] 0\n"
        ),
    ),
    (
        "1996-09-09",
        (
            "SOCCER - ITALIAN SERIE A RESULTS.\n"
            "[[ROME|GPE|Rome]] 1996-09-08\n"
            "Results of Italian first division matches on Sunday:\n"
            "[[Juventus|ORG|Juventus FC]] 2 [[Cagliari|ORG|Cagliari Calcio]] 0\n"
            "[[Milan|ORG|AC Milan]] 1 [[Verona|ORG|Hellas Verona FC]] 1\n"
            "[[Fiorentina|ORG|ACF Fiorentina]] 0 [[Parma|ORG|Parma Calcio 1913]] 0\n"
        ),
    ),
    (
        "2026-11-30",
        (
            "[[Ajax|ORG|AFC Ajax]] moved three points clear at the top of the [[Eredivisie|ORG]] "
            "after a 2-0 win over [[Utrecht|ORG|FC Utrecht]] on Sunday. [[Jesper de Wit|PERSON]] "
            "scored both goals, and [[PSV|ORG|PSV Eindhoven]] were held 1-1 at "
            "[[Heerenveen|ORG|SC Heerenveen]].\n"
        ),
    ),
    (
        "2026-11-30",
        (
            "[[Benfica|ORG|S.L. Benfica]] beat [[Porto|ORG|FC Porto]] 2-1 in [[Lisbon|GPE]] on "
            "Sunday to go top of the [[Primeira Liga|ORG]]. [[Braga|ORG|S.C. Braga]] drew 0-0 with "
            "[[Boavista|ORG|Boavista F.C.]].\n"
        ),
    ),
    (
        "1996-10-21",
        (
            "SOCCER - FRENCH LEAGUE STANDINGS.\n"
            "[[PARIS|GPE|Paris]] 1996-10-20\n"
            "French first division standings after Sunday's matches (tabulate under played, "
            "won, drawn, lost, goals for, against, points):\n"
            "[[Paris St Germain|ORG|Paris Saint-Germain FC]] 12 8 3 1 22 9 27\n"
            "[[Monaco|ORG|AS Monaco FC]] 12 8 2 2 20 10 26\n"
            "[[Auxerre|ORG|AJ Auxerre]] 12 6 4 2 15 9 22\n"
            "[[Marseille|ORG|Olympique de Marseille]] 12 5 4 3 16 14 19\n"
        ),
    ),
    (
        "2026-12-01",
        (
            "[[Marseille|ORG|Olympique de Marseille]] coach [[Didier Vautrin|PERSON]] said his "
            "side deserved more after a 1-1 draw with [[Lyon|ORG|Olympique Lyonnais]]. "
            "[[Nice|ORG|OGC Nice]] beat [[Lens|ORG|RC Lens]] 3-0 in the late game.\n"
        ),
    ),
    (
        "1996-10-14",
        (
            "SOCCER - BELGIAN FIRST DIVISION RESULTS.\n"
            "[[BRUSSELS|GPE|Brussels]] 1996-10-13\n"
            "Results of Belgian first division matches on Sunday:\n"
            "[[Anderlecht|ORG|R.S.C. Anderlecht]] 2 [[Lierse|ORG|Lierse S.K.]] 2\n"
            "[[Standard Liege|ORG|Standard Liège]] 1 [[Club Brugge|ORG|Club Brugge KV]] 3\n"
            "[[Genk|ORG|K.R.C. Genk]] 0 [[Charleroi|ORG|R. Charleroi S.C.]] 0\n"
        ),
    ),
    (
        "2026-11-23",
        (
            "[[Olympiakos|ORG|Olympiacos F.C.]] stayed top of the Greek league with a 2-0 win "
            "over [[AEK Athens|ORG|AEK Athens F.C.]], while [[PAOK|ORG|PAOK FC]] lost 1-0 at "
            "[[Panathinaikos|ORG|Panathinaikos F.C.]] to a second-half goal.\n"
        ),
    ),
    (
        "1996-11-04",
        (
            "SOCCER - SWISS AND AUSTRIAN RESULTS.\n"
            "[[ZURICH|GPE|Zurich]] 1996-11-03\n"
            "Swiss premier division: [[Grasshoppers|ORG|Grasshopper Club Zürich]] 2 "
            "[[Servette|ORG|Servette FC]] 0, [[Young Boys|ORG|BSC Young Boys]] 1 "
            "[[Sion|ORG|FC Sion]] 1.\n"
            "Austrian first division: [[Rapid Vienna|ORG|SK Rapid Wien]] 3 "
            "[[Sturm Graz|ORG|SK Sturm Graz]] 1.\n"
        ),
    ),
    (
        "2026-10-26",
        (
            "[[Brondby|ORG|Brøndby IF]] beat [[FC Copenhagen|ORG|F.C. Copenhagen]] 2-1 in the "
            "derby on Sunday, and in [[Sweden|GPE]] [[Malmo|ORG|Malmö FF]] won 3-0 at "
            "[[Hammarby|ORG|Hammarby Fotboll]]. In [[Norway|GPE]], [[Rosenborg|ORG|Rosenborg BK]] "
            "drew 1-1 with [[Brann|ORG|SK Brann]].\n"
        ),
    ),
    (
        "2026-11-17",
        (
            "[[Boca Juniors|ORG]] beat [[River Plate|ORG|Club Atlético River Plate]] 2-1 in the "
            "[[Buenos Aires|GPE]] derby on Sunday. [[Independiente|ORG|Club Atlético "
            "Independiente]] lost 1-0 to [[Racing Club|ORG|Racing Club de Avellaneda]].\n"
        ),
    ),
    (
        "2026-11-17",
        (
            "[[Flamengo|ORG|CR Flamengo]] won the [[Rio de Janeiro|GPE]] derby 2-0 against "
            "[[Fluminense|ORG|Fluminense FC]], while [[Palmeiras|ORG|Sociedade Esportiva "
            "Palmeiras]] drew 1-1 with [[Corinthians|ORG|Sport Club Corinthians Paulista]] in "
            "[[Sao Paulo|GPE|São Paulo]].\n"
        ),
    ),
    (
        "2026-11-10",
        (
            "[[Al Ahly|ORG|Al Ahly SC]] beat [[Zamalek|ORG|Zamalek SC]] 1-0 in [[Cairo|GPE]] on "
            "Friday. In [[South Africa|GPE]], [[Kaizer Chiefs|ORG|Kaizer Chiefs F.C.]] drew 0-0 "
            "with [[Orlando Pirates|ORG|Orlando Pirates F.C.]] in the [[Soweto|GPE]] derby.\n"
        ),
    ),
    (
        "2026-11-12",
        (
            "[[Real Madrid|ORG|Real Madrid CF]] beat [[Atletico Madrid|ORG|Atlético Madrid]] 2-1 "
            "on Sunday. [[Madrid|ORG|Real Madrid CF]] scored twice after the break, and "
            "[[Athletic Bilbao|ORG|Athletic Bilbao]] beat [[Real Sociedad|ORG]] 1-0.\n"
        ),
    ),
    (
        "2026-11-20",
        (
            "[[Marseille|GPE]] city council approved a new tram line on Thursday. Mayor "
            "[[Anne Costa|PERSON]] said work would start in March. The line will run "
            "from the port to the northern districts of [[Marseille|GPE]].\n"
        ),
    ),
    (
        "2026-11-21",
        (
            "[[Germany|GPE]] beat [[Spain|GPE]] 2-1 in a friendly in [[Munich|GPE]] on Friday. "
            "[[Jonas Keller|PERSON]] of [[Bayern Munich|ORG|FC Bayern Munich]] scored the winner "
            "for [[Germany|GPE]] in stoppage time.\n"
        ),
    ),
    (
        "2026-11-22",
        (
            "BASKETBALL - EUROLEAGUE RESULTS.\n"
            "[[Real Madrid|ORG|Real Madrid Baloncesto]] 84 [[Olympiacos|ORG|Olympiacos B.C.]] 79\n"
            "[[Barcelona|ORG|FC Barcelona Bàsquet]] 91 [[Panathinaikos|ORG|Panathinaikos B.C.]] 88\n"
        ),
    ),
    (
        "2026-11-23",
        (
            "[[Arsenal|ORG|Arsenal F.C.]] beat [[Everton|ORG|Everton F.C.]] 3-1 in the "
            "[[Premier League|ORG]] on Saturday. [[Tom Reeves|PERSON]] scored twice, and "
            "[[Chelsea|ORG|Chelsea F.C.]] were held 0-0 by [[Fulham|ORG|Fulham F.C.]].\n"
        ),
    ),
    (
        "2026-11-24",
        (
            "[[Feyenoord|ORG]] beat [[Sparta Rotterdam|ORG]] 2-0 in the [[Rotterdam|GPE]] derby "
            "on Sunday. [[AZ|ORG|AZ Alkmaar]] drew 1-1 with [[Twente|ORG|FC Twente]].\n"
        ),
    ),
    (
        "1996-08-26",
        (
            "SOCCER - PORTUGUESE FIRST DIVISION RESULTS.\n"
            "[[LISBON|GPE|Lisbon]] 1996-08-25\n"
            "Results of Portuguese first division matches on Sunday:\n"
            "[[Maritimo|ORG|C.S. Marítimo]] 1 [[Vitoria Guimaraes|ORG|Vitória S.C.]] 0\n"
            "[[Belenenses|ORG|C.F. Os Belenenses]] 2 [[Farense|ORG|S.C. Farense]] 2\n"
            "[[Benfica|ORG|S.L. Benfica]] 3 [[Campomaiorense|ORG|S.C. Campomaiorense]] 0\n"
        ),
    ),
    (
        "2026-11-25",
        (
            "[[Napoli|ORG|SSC Napoli]] beat [[Lazio|ORG|SS Lazio]] 2-0 in [[Naples|GPE]] on "
            "Saturday, and [[Inter|ORG|Inter Milan]] won 3-1 at [[Sampdoria|ORG|UC Sampdoria]]. "
            "[[Roma|ORG|AS Roma]] drew with [[Torino|ORG|Torino FC]].\n"
        ),
    ),
    (
        "2026-11-26",
        (
            "[[FC Barcelona|ORG]] coach [[Luis Ferrer|PERSON]] praised his striker after a 4-0 "
            "win over [[Getafe|ORG|Getafe CF]]. [[Barcelona|ORG|FC Barcelona]] are four points "
            "behind [[Girona|ORG|Girona FC]].\n"
        ),
    ),
    (
        "2026-11-27",
        (
            "HANDBALL - CHAMPIONS LEAGUE.\n"
            "[[Kiel|ORG|THW Kiel]] beat [[Veszprem|ORG|Veszprém KC]] 31-29 in the handball "
            "Champions League on Thursday, while [[Paris Saint-Germain|ORG|Paris Saint-Germain "
            "Handball]] lost 30-27 to [[Aalborg|ORG|Aalborg Håndbold]].\n"
        ),
    ),
]

CASES = [(f"own-ent39c-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if n % 3]
CHECK = [(f"own-ent39c-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if not n % 3]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
