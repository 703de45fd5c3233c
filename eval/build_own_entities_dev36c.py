"""Write eval/own-entities-dev36c.jsonl and eval/own-entities-dev36c-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for club NAMES (issue 13, session 36,
clubs23): football clubs named by their town or a short form in results and reports ("Leeds"
for Leeds United F.C., "Blackburn" for Blackburn Rovers F.C., "Schalke" for FC Schalke 04).

The families (ANNOTATION.md "Entities": a club's name is its English Wikipedia title; clubs are
ORG, national sides GPE by their country):
- English, Scottish and Welsh clubs by their town in results lines and match reports;
- German, Spanish, Italian, Dutch and Scandinavian clubs by their town or short form;
- must stay: the same towns as places (a council, "born in", a dateline), a town with two
  senior clubs and nothing in the text to pick one ("Manchester", "Sheffield" as the city),
  national teams by their country.
Written for briefx by hand (session 36, issue 13 names); real towns, leagues and clubs (the
knowledge the stage reads), invented players, coaches, scores and events. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Every third item (n % 3 == 0) goes to the
check file: scored only once, at the end of the session. Run from the project root:
``python eval/build_own_entities_dev36c.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev36c.jsonl"
OUT_CHECK = HERE / "own-entities-dev36c-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 36c, issue 13 names); football results and reports "
    "of England, Scotland, Wales, Germany, Spain, Italy, the Netherlands and Scandinavia, and "
    "town news; real towns, leagues and clubs, invented people, scores and events; MIT."
)

ITEMS = [
    (
        "2026-11-29",
        (
            "[[Leeds|ORG|Leeds United F.C.]] came from behind to beat "
            "[[Blackburn|ORG|Blackburn Rovers F.C.]] 2-1 at [[Elland Road|FAC]] on Saturday. "
            "[[Tom Ashworth|PERSON]] headed the winner in stoppage time, and "
            "[[Leeds|ORG|Leeds United F.C.]] moved up to fourth in the [[Championship|ORG|EFL "
            "Championship]].\n"
        ),
    ),
    (
        "2026-11-29",
        (
            "Results on Saturday in the [[Premier League|ORG]]:\n"
            "[[Everton|ORG|Everton F.C.]] 1 [[Newcastle|ORG|Newcastle United F.C.]] 3\n"
            "[[Fulham|ORG|Fulham F.C.]] 0 [[Wolves|ORG|Wolverhampton Wanderers F.C.]] 0\n"
            "[[Leicester City|ORG|Leicester City F.C.]] 2 [[Brentford|ORG|Brentford F.C.]] 2\n"
        ),
    ),
    (
        "2026-12-01",
        (
            "[[Derby|ORG|Derby County F.C.]] manager [[Paul Kettering|PERSON]] said his side had "
            "thrown away two points after [[Stoke|ORG|Stoke City F.C.]] equalised in the 89th "
            "minute. The 1-1 draw leaves [[Derby|ORG|Derby County F.C.]] 14th in the "
            "[[Championship|ORG|EFL Championship]].\n"
        ),
    ),
    (
        "2026-10-18",
        (
            "[[Hull|ORG|Hull City F.C.]] striker [[Jamie Coates|PERSON]] scored twice as his side "
            "won 3-0 at [[Birmingham|ORG|Birmingham City F.C.]], their first away win of the "
            "[[Championship|ORG|EFL Championship]] season.\n"
        ),
    ),
    (
        "2026-10-25",
        (
            "[[SPFL|ORG|Scottish Professional Football League]] Premiership: "
            "[[Aberdeen|ORG|Aberdeen F.C.]] 2 [[Ross County|ORG|Ross County F.C.]] 0; "
            "[[Hamilton|ORG|Hamilton Academical F.C.]] 1 [[Motherwell|ORG|Motherwell F.C.]] 1; "
            "[[Dundee|ORG|Dundee F.C.]] 0 [[Hibernian|ORG|Hibernian F.C.]] 2.\n"
        ),
    ),
    (
        "2026-09-20",
        (
            "[[Swansea|ORG|Swansea City A.F.C.]] twice led but were held 2-2 by "
            "[[Preston|ORG|Preston North End F.C.]] in the [[Championship|ORG|EFL Championship]], "
            "[[Carys Pugh|PERSON]]'s free kick rescuing a point for the visitors in stoppage "
            "time.\n"
        ),
    ),
    (
        "2026-11-08",
        (
            "[[Schalke|ORG|FC Schalke 04]] lost 2-0 at [[Hansa Rostock|ORG|FC Hansa Rostock]] in "
            "the [[2. Bundesliga|ORG]] on Sunday. Coach [[Markus Thielen|PERSON]] said "
            "[[Schalke|ORG|FC Schalke 04]] had not deserved anything from the match.\n"
        ),
    ),
    (
        "2026-11-15",
        (
            "[[Bundesliga|ORG]] results: [[Dortmund|ORG|Borussia Dortmund]] 3 "
            "[[Wolfsburg|ORG|VfL Wolfsburg]] 1, [[Leverkusen|ORG|Bayer 04 Leverkusen]] 2 "
            "[[Bremen|ORG|SV Werder Bremen]] 2, [[Stuttgart|ORG|VfB Stuttgart]] 0 "
            "[[Freiburg|ORG|SC Freiburg]] 1.\n"
        ),
    ),
    (
        "2026-11-22",
        (
            "[[Sevilla|ORG|Sevilla FC]] beat [[Getafe|ORG|Getafe CF]] 1-0 with a late goal from "
            "[[Álvaro Redondo|PERSON]], while [[Villarreal|ORG|Villarreal CF]] drew 0-0 at "
            "[[Osasuna|ORG|CA Osasuna]] in [[La Liga|ORG]].\n"
        ),
    ),
    (
        "2026-10-04",
        (
            "[[Valencia|ORG|Valencia CF]] goalkeeper [[Iker Salvatierra|PERSON]] will miss a month "
            "with a knee injury, the club said. [[Valencia|ORG|Valencia CF]] face "
            "[[Betis|ORG|Real Betis]] at home next weekend.\n"
        ),
    ),
    (
        "2026-11-02",
        (
            "[[Serie A|ORG]]: [[Torino|ORG|Torino FC]] 2 [[Genoa|ORG|Genoa CFC]] 0, "
            "[[Bologna|ORG|Bologna FC 1909]] 1 [[Udinese|ORG|Udinese Calcio]] 1, "
            "[[Fiorentina|ORG|ACF Fiorentina]] 3 [[Lecce|ORG|US Lecce]] 1.\n"
        ),
    ),
    (
        "2026-11-09",
        (
            "[[Napoli|ORG|SSC Napoli]] striker [[Ciro Esposito|PERSON]] scored a hat-trick as his "
            "side thrashed [[Cagliari|ORG|Cagliari Calcio]] 4-0 to stay top of [[Serie A|ORG]].\n"
        ),
    ),
    (
        "2026-10-26",
        (
            "[[Groningen|ORG|FC Groningen]] beat [[Utrecht|ORG|FC Utrecht]] 2-1 in the "
            "[[Eredivisie|ORG]] on Sunday, while [[Heerenveen|ORG|SC Heerenveen]] lost 3-0 at "
            "[[Twente|ORG|FC Twente]].\n"
        ),
    ),
    (
        "2026-09-27",
        (
            "[[Allsvenskan|ORG]]: [[Malmö|ORG|Malmö FF]] 2 [[Häcken|ORG|BK Häcken]] 0; "
            "[[Norrköping|ORG|IFK Norrköping]] 1 [[Elfsborg|ORG|IF Elfsborg]] 1.\n"
        ),
    ),
    (
        "2026-10-19",
        (
            "[[Molde|ORG|Molde FK]] moved three points clear at the top of the "
            "[[Eliteserien|ORG]] after a 2-0 win at [[Brann|ORG|SK Brann]], with "
            "[[Sindre Aasen|PERSON]] scoring both goals.\n"
        ),
    ),
    (
        "2026-11-30",
        (
            "[[Leeds|GPE]] City Council approved plans for a new bus station on Tuesday. "
            "Councillor [[Helen Marsh|PERSON]] said work would begin in the spring.\n"
        ),
    ),
    (
        "2026-12-02",
        (
            "[[Sheffield|GPE]] will host the national snooker finals again next year, organisers "
            "said, after ticket sales in the city rose by a fifth.\n"
        ),
    ),
    (
        "2026-11-14",
        (
            "[[England|GPE]] beat [[Wales|GPE]] 2-0 at [[Wembley|FAC|Wembley Stadium]] in a "
            "friendly on Friday, and [[Germany|GPE]] drew 1-1 with [[Spain|GPE]] in "
            "[[Madrid|GPE]].\n"
        ),
    ),
    (
        "2026-11-29",
        (
            "[[Sunderland|ORG|Sunderland A.F.C.]] beat [[Derby|ORG|Derby County F.C.]] 3-1 in the "
            "[[Championship|ORG|EFL Championship]], [[Luke Holden|PERSON]] scoring twice before "
            "half-time.\n"
        ),
    ),
    (
        "2026-11-22",
        (
            "[[Blackburn|ORG|Blackburn Rovers F.C.]] sacked manager [[Gary Thwaite|PERSON]] on "
            "Sunday after five straight defeats in the [[Championship|ORG|EFL Championship]]. "
            "[[Blackburn|ORG|Blackburn Rovers F.C.]] are 21st.\n"
        ),
    ),
    (
        "2026-10-11",
        (
            "[[Newcastle|ORG|Newcastle United F.C.]] winger [[Callum Reid|PERSON]] has signed a new "
            "four-year contract, the [[Premier League|ORG]] club announced on Friday.\n"
        ),
    ),
    (
        "2026-11-01",
        (
            "[[Hansa Rostock|ORG|FC Hansa Rostock]] striker [[Jannik Vogt|PERSON]] scored twice as "
            "his side beat [[Nürnberg|ORG|1. FC Nürnberg]] 3-1 in the [[2. Bundesliga|ORG]].\n"
        ),
    ),
    (
        "2026-10-05",
        (
            "[[Feyenoord|ORG]] drew 1-1 with [[Alkmaar|ORG|AZ Alkmaar]] in the [[Eredivisie|ORG]] "
            "on Sunday after [[Rotterdam|GPE]] was hit by heavy rain all afternoon.\n"
        ),
    ),
    (
        "2026-11-23",
        (
            "[[Rosenborg|ORG|Rosenborg BK]] lost 2-1 at home to [[Bodø/Glimt|ORG|FK Bodø/Glimt]] "
            "in the [[Eliteserien|ORG]], their third defeat in a row.\n"
        ),
    ),
    (
        "2026-12-03",
        (
            "The striker, who was born in [[Derby|GPE]], joined [[Stoke|ORG|Stoke City F.C.]] from "
            "[[Hull|ORG|Hull City F.C.]] for an undisclosed fee, the [[Championship|ORG|EFL "
            "Championship]] club said.\n"
        ),
    ),
    (
        "2026-11-07",
        (
            "[[Manchester|GPE]] hosted the regional athletics championships at the weekend, with "
            "more than 2,000 competitors taking part.\n"
        ),
    ),
    (
        "2026-11-28",
        (
            "[[Celta|ORG|RC Celta de Vigo]] beat [[Mallorca|ORG|RCD Mallorca]] 2-0 in "
            "[[La Liga|ORG]], while [[Copenhagen|ORG|F.C. Copenhagen]] drew with "
            "[[Midtjylland|ORG|FC Midtjylland]] in the [[Danish Superliga|ORG]].\n"
        ),
    ),
]

CASES = [(f"own-ent36c-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if n % 3]
CHECK = [(f"own-ent36c-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if not n % 3]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
