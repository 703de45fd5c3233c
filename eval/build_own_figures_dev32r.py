"""Build eval/own-briefs-dev32r.jsonl (+ -check): the numbers of sports results copy.

Figure dev set of session 32 (issue 14, results19): short wire items in the CoNLL-2003 style
(a headline, a dateline "CITY 1996-08-xx", results lines, leaderboards, scoreboards, standings
and innings summaries) across football, Australian rules, rugby, cricket, golf, tennis,
athletics, cycling, motor racing, sumo, judo, show jumping, basketball, baseball, ice hockey
and snooker, with some prose around the lines. Every item was written by hand for briefx
(players, clubs and results invented or reshuffled; no text copied) and annotated by
``shared/eval/ANNOTATION.md`` before briefx was run on it.

Readings used where the conventions are silent (the same choices as
``briefx/normalize/scores.py`` and ``briefx/pipeline/figures/minutes.py`` state):

- a score, a tally, a round of golf, a standings cell and a won-lost record in brackets
  ("(8-2)") are ``number`` figures, two numbers for "8-2", never a range (ANNOTATION: "a vote
  tally or score is two number figures");
- a golf score to par keeps its sign ("-12" -> -12, "+3" -> 3 with its sign in the span);
- Australian rules' goals.behinds ("12.10 (82)") is two ``number`` figures, 12 goals and 10
  behinds (as the ends of a tally; read as one decimal it would be 12.1, 12 goals and 1 behind;
  the lead's change after the blind measurement, see eval/README), and the total in brackets
  a third (82);
- "245 for six" and a bowler's "3-45" count runs and wickets (as the cricket reading of
  earlier sessions); "4 faults", "5 frames", "45 laps", "10 innings" count their noun;
- race times ("9.91 seconds", "2:05:33", a bare "10.05" in a column of times, "at 12
  seconds") are sub-day durations: not figures; a numbered placing ("1. Name") is the row's
  label, not an ordinal; "finished third", "third place" are ordinals;
- a distance in an event's name ("Men's 100 metres") is a quantity.

Markup as in ``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. Item n with
n % 3 == 0 goes to the ``-check`` file: scored once, at the end.

Run from the project root: ``python eval/build_own_figures_dev32r.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

BRIEFS: list[tuple[str, str, str]] = [
    ("soccer-results", "1996-08-18",
     "SOCCER - SCOTTISH PREMIER DIVISION RESULTS .\nGLASGOW 1996-08-17\n"
     "Results of Scottish premier division matches on Saturday :\n"
     "Aberdeen [2|number|2] Hibernian [1|number|1]\nCeltic [3|number|3] Dunfermline [0|number|0]\n"
     "Kilmarnock [1|number|1] Rangers [4|number|4]\nMotherwell [0|number|0] Hearts [0|number|0]"),
    ("golf-leaders", "1996-08-18",
     "GOLF - LEADING SCORES AT GERMAN MASTERS .\nSTUTTGART 1996-08-17\n"
     "Leading scores after the [third|ordinal|3] round of the German Masters on Saturday :\n"
     "[-11|number|-11] Colin Hartley ( Scotland ) [68|number|68] [67|number|67] [70|number|70]\n"
     "[-9|number|-9] Pedro Lanza ( Spain ) [70|number|70] [66|number|66] [71|number|71]\n"
     "[-8|number|-8] Mark Olsen ( Denmark ) [69|number|69] [70|number|70] [69|number|69]"),
    ("afl-results", "1996-08-18",
     "AUSTRALIAN RULES - AFL RESULTS .\nMELBOURNE 1996-08-17\n"
     "Results of Australian Football League matches on Saturday :\n"
     "Hawthorn [14|number|14].[11|number|11] ( [95|number|95] ) Fitzroy [8|number|8].[7|number|7] ( [55|number|55] )\n"
     "Sydney [16|number|16].[9|number|9] ( [105|number|105] ) Footscray [12|number|12].[12|number|12] ( [84|number|84] )\n"
     "Brisbane [10|number|10].[15|number|15] ( [75|number|75] ) St Kilda [11|number|11].[8|number|8] ( [74|number|74] )"),
    ("sumo-day", "1996-08-18",
     "SUMO - RESULTS FROM AUTUMN TOURNAMENT .\nTOKYO 1996-08-17\n"
     "Results on the [tenth|ordinal|10] day of the autumn tournament ( records in brackets ) :\n"
     "Takanoyama ( [9|number|9]-[1|number|1] ) beat Kotonishiki ( [6|number|6]-[4|number|4] )\n"
     "Asahifuji ( [8|number|8]-[2|number|2] ) beat Daikiyo ( [3|number|3]-[7|number|7] )\n"
     "Ozeki Wakayama ( [7|number|7]-[3|number|3] ) lost to Terao ( [5|number|5]-[5|number|5] )"),
    ("showjumping", "1996-08-18",
     "EQUESTRIANISM - SHOW JUMPING RESULTS .\nAACHEN , Germany 1996-08-17\n"
     "Leading results in the Grand Prix on Saturday :\n"
     "1. Helen Marsh ( Britain ) Silver Lane [0|count|0|fault] faults\n"
     "2. Dieter Baumann ( Germany ) Corsair [4|count|4|fault] faults\n"
     "3. Anne Laval ( France ) Quiberon [8|count|8|fault] faults"),
    ("cricket-day", "1996-08-18",
     "CRICKET - ENGLAND V PAKISTAN CLOSE OF PLAY .\nLEEDS 1996-08-17\n"
     "Close of play score on the [second|ordinal|2] day of the [third|ordinal|3] test :\n"
     "Pakistan [312|count|312|run] for [seven|count|7|wicket] ( Ijaz Khan [104|count|104|run] , "
     "Moin Rashid [61|count|61|run] ; Darren Gough [3|count|3|wicket]-[71|count|71|run] )"),
    ("tennis-results", "1996-08-18",
     "TENNIS - RESULTS AT HAMBURG CLAY COURT EVENT .\nHAMBURG 1996-08-17\n"
     "Results from the Hamburg clay court tournament on Saturday :\n"
     "Semifinals :\nAlberto Costa ( Spain ) beat Jan Siemer ( Germany ) [6|number|6]-[4|number|4] "
     "[7|number|7]-[5|number|5]\nMarc Rosset ( Switzerland ) beat Tomas Carbo ( Spain ) "
     "[3|number|3]-[6|number|6] [6|number|6]-[2|number|2] [6|number|6]-[4|number|4]"),
    ("athletics-100", "1996-08-18",
     "ATHLETICS - RESULTS FROM OSLO MEETING .\nOSLO 1996-08-16\n"
     "Leading results from the Bislett Games on Friday :\nMen's [100 metres|quantity|100|m] :\n"
     "1. Obadele Harper ( Trinidad ) 10.02 seconds\n2. Dennis Mitchum ( U.S. ) 10.09\n"
     "3. Jon Ezinwa ( Nigeria ) 10.11"),
    ("cycling-stage", "1996-08-18",
     "CYCLING - TOUR OF GALICIA STAGE RESULT .\nVIGO , Spain 1996-08-17\n"
     "Leading results of the [fourth|ordinal|4] stage , a [182-km|quantity|182|km] ride from Lugo to Vigo :\n"
     "1. Marco Ferrante ( Italy ) Saeco 4:41:12\n2. Luis Perez ( Spain ) Kelme same time\n"
     "3. Erik Dekker ( Netherlands ) Rabobank at 12 seconds"),
    ("f1-grid", "1996-08-18",
     "MOTOR RACING - HUNGARIAN GRAND PRIX RESULT .\nBUDAPEST 1996-08-11\n"
     "Result of the Hungarian Grand Prix over [77|count|77|lap] laps on Sunday :\n"
     "1. Jacques Villeneuve ( Canada ) Williams 1:46:21.134\n"
     "2. Damon Hill ( Britain ) Williams 0.771 seconds behind\n"
     "Drivers' championship standings : Hill [79|count|79|point] points , Villeneuve "
     "[62|count|62|point] , Schumacher [35|count|35|point]"),
    ("nba-scores", "1996-08-18",
     "BASKETBALL - WNBA RESULTS .\nNEW YORK 1996-08-17\n"
     "Results of games on Friday ( home team in CAPS ) :\n"
     "HOUSTON [78|number|78] Charlotte [70|number|70]\n"
     "New York [81|number|81] PHOENIX [77|number|77]\nCLEVELAND [66|number|66] Utah [64|number|64]"),
    ("baseball-results", "1996-08-18",
     "BASEBALL - MAJOR LEAGUE RESULTS FRIDAY .\nNEW YORK 1996-08-17\n"
     "Results of Major League Baseball games played on Friday ( home team in CAPS ) :\n"
     "American League\nBOSTON [6|number|6] Kansas City [2|number|2]\n"
     "Minnesota [5|number|5] DETROIT [4|number|4] ( [11|count|11|inning] innings )\n"
     "SEATTLE [9|number|9] Texas [3|number|3]"),
    ("nhl-results", "1996-08-18",
     "ICE HOCKEY - EXHIBITION RESULTS .\nTORONTO 1996-08-17\n"
     "Results of pre-season games on Friday ( home team in CAPS ) :\n"
     "TORONTO [3|number|3] Buffalo [2|number|2] ( OT )\nMONTREAL [5|number|5] Ottawa [1|number|1]\n"
     "Detroit [4|number|4] CHICAGO [4|number|4] ( tie )"),
    ("snooker", "1996-08-18",
     "SNOOKER - THAILAND OPEN RESULTS .\nBANGKOK 1996-08-17\n"
     "Quarter-final results at the Thailand Open on Saturday :\n"
     "Ken Doherty ( Ireland ) beat Nigel Bond ( England ) [5|number|5]-[3|number|3]\n"
     "James Wattana ( Thailand ) beat Alan McManus ( Scotland ) [5|number|5]-[1|number|1]"),
    ("rugby-results", "1996-08-18",
     "RUGBY UNION - SUPER 12 RESULTS .\nWELLINGTON 1996-08-17\n"
     "Results of matches on Saturday :\nWellington [29|number|29] Northern Transvaal [22|number|22]\n"
     "Auckland [45|number|45] Queensland [18|number|18]\n"
     "Auckland scored [six|count|6|try] tries to [two|count|2|try] ."),
    ("judo", "1996-08-18",
     "JUDO - RESULTS FROM WORLD CUP .\nPARIS 1996-08-17\n"
     "Results from the World Cup on Saturday :\nMen's under [71 kg|quantity|71|kg] :\n"
     "Final : Kenji Sato ( Japan ) beat Pierre Dumas ( France ) by ippon\n"
     "Sato won [four|count|4|bout] bouts and took the [third|ordinal|3] World Cup title of his career ."),
    ("standings", "1996-08-18",
     "SOCCER - DUTCH [FIRST|ordinal|1] DIVISION STANDINGS .\nAMSTERDAM 1996-08-18\n"
     "Standings in the Dutch [first|ordinal|1] division ( tabulate under played , won , drawn , lost , goals for , "
     "against , points ) :\nAjax [3|number|3] [3|number|3] [0|number|0] [0|number|0] [8|number|8] "
     "[1|number|1] [9|number|9]\nPSV [3|number|3] [2|number|2] [1|number|1] [0|number|0] [7|number|7] "
     "[2|number|2] [7|number|7]\nTwente [3|number|3] [1|number|1] [1|number|1] [1|number|1] "
     "[4|number|4] [4|number|4] [4|number|4]"),
    ("golf-prose", "1996-08-18",
     "GOLF - MONTGOMERY LEADS IRISH OPEN .\nKILLARNEY , Ireland 1996-08-17\n"
     "Scotland's Ross Montgomery shot a [67|number|67] on Saturday to lead "
     "the Irish Open by [two|count|2|stroke] strokes going into the final round .\n"
     "Montgomery , [third|ordinal|3] last week in Sweden , is on [203|number|203] ."),
    ("cricket-county", "1996-08-18",
     "CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES .\nLONDON 1996-08-17\n"
     "Close of play scores in English county championship matches on Saturday :\n"
     "At Chelmsford : Essex [352|count|352|run] ( Nasser Patel [128|count|128|run] ) ; "
     "Kent [87|count|87|run] for [two|count|2|wicket] .\n"
     "At Hove : Sussex [210|count|210|run] ( Paul Adams [5|count|5|wicket]-[48|count|48|run] ) ."),
    ("hockey-prose", "1996-08-18",
     "ICE HOCKEY - RED WINGS EDGE BLACKHAWKS .\nCHICAGO 1996-08-17\n"
     "Sergei Orlov scored [two|count|2|goal] goals as Detroit beat Chicago [4|number|4]-[2|number|2] "
     "on Friday , their [fifth|ordinal|5] straight win .\nDetroit ( [12|number|12]-[3|number|3] ) "
     "lead the division by [four|count|4|point] points ."),
    ("athletics-field", "1996-08-18",
     "ATHLETICS - ZURICH FIELD EVENT RESULTS .\nZURICH 1996-08-14\n"
     "Women's high jump :\n1. Inga Babakova ( Ukraine ) [2.01 metres|quantity|2.01|m]\n"
     "2. Stefka Kostova ( Bulgaria ) [1.98 metres|quantity|1.98|m]\n"
     "Men's [400 metres|quantity|400|m] hurdles :\n1. Derrick Adkins ( U.S. ) 47.62 seconds\n"
     "2. Samuel Matete ( Zambia ) 48.05"),
    ("afl-prose", "1996-08-18",
     "AUSTRALIAN RULES - BOMBERS HOLD OFF CATS .\nMELBOURNE 1996-08-17\n"
     "Essendon held off Geelong by [11|count|11|point] points on Saturday , "
     "Essendon [15|number|15].[14|number|14] ( [104|number|104] ) to Geelong [14|number|14].[9|number|9] ( [93|number|93] ) , "
     "to stay [second|ordinal|2] on the ladder .\nJames Hird kicked [five|count|5|goal] goals ."),
    ("tennis-seeds", "1996-08-18",
     "TENNIS - RESULTS AT U.S. HARDCOURT EVENT .\nINDIANAPOLIS 1996-08-17\n"
     "Results from the tournament on Saturday :\n"
     "Women's singles , quarter-finals : Lindsay Duval ( U.S. ) beat Iva Majoli ( Croatia ) "
     "[6|number|6]-[3|number|3] [4|number|4]-[6|number|6] [7|number|7]-[5|number|5]\n"
     "Duval , who finished [third|ordinal|3] here last year , has won [14|count|14|match] matches in a row ."),
    ("motor-prose", "1996-08-18",
     "MOTOR RACING - HILL FASTEST IN PRACTICE .\nSPA , Belgium 1996-08-23\n"
     "Damon Hill was fastest in Friday practice , lapping the [6.968-km|quantity|6.968|km] circuit in "
     "1:51.734 .\nMichael Schumacher was [third|ordinal|3] , 0.4 seconds slower , and has [two|count|2|win] "
     "wins from [12|count|12|race] races this season ."),
    ("soccer-prose", "1996-08-18",
     "SOCCER - PSV GO [THREE|count|3|point] POINTS CLEAR .\nAMSTERDAM 1996-08-18\n"
     "PSV Eindhoven thrashed Volendam [6|number|6]-[0|number|0] on Sunday to go [three|count|3|point] "
     "points clear at the top .\nLuc Nilis scored [three|count|3|goal] goals and PSV have now won "
     "[four|count|4|match] matches in a row , the club's best start since 1988 ."),
    ("basketball-prose", "1996-08-18",
     "BASKETBALL - OLYMPIC CHAMPIONS OPEN TOUR .\nSYDNEY 1996-08-17\n"
     "The United States beat Australia [102|number|102]-[71|number|71] on Saturday .\n"
     "Scottie Pippen scored [24|count|24|point] points and Karl Hill added [11|count|11|rebound] rebounds "
     "for the Americans , who improved their tour record to [3|number|3]-[0|number|0] ."),
    ("keep-lines", "1996-08-18",
     "SOCCER - TICKET NEWS .\nLONDON 1996-08-17\n"
     "The club said on Saturday tickets for the match on August 24 go on sale at 9.30 a.m. ; fans can "
     "call 0171-555-0123 .\nThe 1995-96 champions kick off at 3 p.m. ."),
]


def main() -> None:
    dev, hold = [], []
    for n, (key, reference, marked) in enumerate(BRIEFS, 1):
        text, figures = unmark(marked)
        brief = {"id": f"own-b32r-{n:02d}-{key}", "family": key, "source": SOURCE,
                 "reference_date": reference, "published": reference,
                 "text": text, "figures": figures}  # fmt: skip
        (hold if n % 3 == 0 else dev).append(brief)
    write("own-briefs-dev32r.jsonl", dev)
    write("own-briefs-dev32r-check.jsonl", hold)
    for name, cases in (("dev32r", dev), ("dev32r-check", hold)):
        print(name, len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
