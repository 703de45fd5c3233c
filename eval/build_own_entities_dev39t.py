"""Write eval/own-entities-dev39t.jsonl and eval/own-entities-dev39t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for team NAMES of franchise leagues outside
the four North American majors (issue 13, session 39, teams39): the Australian Football League,
the National Rugby League and the 1996 Australian Rugby League, the Canadian Football League,
Major League Soccer (1996 and now), the Philippine Basketball Association, the A-League and the
NBL, their teams written by town ("Sydney", "Calgary", "Tampa Bay") or nickname.

The families (ANNOTATION.md "Entities": a team's name is its English Wikipedia title, for a 1996
text the title the team bore that season; teams are ORG, places GPE by their title):
- 1996 wire result lines and standings (AFL, ARL, CFL, MLS);
- current match reports (AFL, NRL, CFL, MLS, PBA, A-League, NBL);
- must stay: the same towns as places, an NBA result, a national team, a wildlife story with
  "Eagles" and "Lions".
Written for briefx by hand (session 39, issue 13 names); real leagues, towns and teams, invented
players, scores and events. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing,
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
Every third item (n % 3 == 0) goes to the check file: scored only once, at the end of the
session. Run from the project root: ``python eval/build_own_entities_dev39t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev39t.jsonl"
OUT_CHECK = HERE / "own-entities-dev39t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 39t, issue 13 names); results, standings and reports "
    "of the AFL, NRL/ARL, CFL, MLS, PBA, A-League and NBL, and town and wildlife news; real "
    "leagues, towns and teams, invented people, scores and events; MIT."
)

ITEMS = [
    (
        "1996-08-18",
        (
            "[[MELBOURNE|GPE|Melbourne]] 1996-08-18 - Results of [[Australian Football "
            "League|ORG]] matches played on Sunday: [[Sydney|ORG|Sydney Swans]] 14.12 (96) "
            "[[Hawthorn|ORG|Hawthorn Football Club]] 10.9 (69); [[West Coast|ORG|West Coast "
            "Eagles]] 17.10 (112) [[Fitzroy|ORG|Fitzroy Football Club]] 9.8 (62); "
            "[[Brisbane|ORG|Brisbane Bears]] 13.14 (92) [[Geelong|ORG|Geelong Football Club]] "
            "12.11 (83).\n"
        ),
    ),
    (
        "1996-07-21",
        (
            "[[SYDNEY|GPE|Sydney]] 1996-07-21 - Results of [[Australian Rugby League|ORG]] "
            "matches played at the weekend: [[Canberra|ORG|Canberra Raiders]] 24 "
            "[[Parramatta|ORG|Parramatta Eels]] 10; [[Auckland|ORG|New Zealand Warriors]] 18 "
            "[[Penrith|ORG|Penrith Panthers]] 16; [[Manly|ORG|Manly Warringah Sea Eagles]] 32 "
            "[[Illawarra|ORG|Illawarra Steelers]] 6.\n"
        ),
    ),
    (
        "1996-09-02",
        (
            "[[TORONTO|GPE|Toronto]] 1996-09-02 - [[Canadian Football League|ORG]] results on Monday: "
            "[[Calgary|ORG|Calgary Stampeders]] 31 [[Edmonton|ORG|Edmonton Elks]] 24; "
            "[[Hamilton|ORG|Hamilton Tiger-Cats]] 20 [[Toronto|ORG|Toronto Argonauts]] 27; "
            "[[Ottawa|ORG|Ottawa Rough Riders]] 14 [[Montreal|ORG|Montreal Alouettes]] 35.\n"
        ),
    ),
    (
        "1996-06-30",
        (
            "[[NEW YORK|GPE|New York City]] 1996-06-30 - Results of [[Major League "
            "Soccer|ORG]] games on Saturday: [[Tampa Bay|ORG|Tampa Bay Mutiny]] 3 "
            "[[Columbus|ORG|Columbus Crew]] 1; [[Kansas City|ORG|Sporting Kansas City]] 2 "
            "[[Colorado|ORG|Colorado Rapids]] 0; [[San Jose|ORG|San Jose Earthquakes]] 1 "
            "[[New England|ORG|New England Revolution]] 2.\n"
        ),
    ),
    (
        "2026-05-10",
        (
            "[[Sydney|ORG|Sydney Swans]] held off [[Collingwood|ORG|Collingwood Football "
            "Club]] by nine points at the [[SCG|FAC|Sydney Cricket Ground]] on Saturday to "
            "stay top of the [[AFL|ORG|Australian Football League]] ladder. Midfielder "
            "[[Tom Hallett|PERSON]] kicked three goals.\n"
        ),
    ),
    (
        "2026-04-12",
        (
            "[[Penrith|ORG|Penrith Panthers]] beat [[Melbourne|ORG|Melbourne Storm]] 22-12 "
            "in the [[NRL|ORG|National Rugby League]] on Friday night, and [[Canberra|ORG|"
            "Canberra Raiders]] lost 18-16 to [[Cronulla|ORG|Cronulla-Sutherland Sharks]].\n"
        ),
    ),
    (
        "2026-08-09",
        (
            "[[Saskatchewan|ORG|Saskatchewan Roughriders]] quarterback [[Jake Morrow|PERSON]] "
            "threw for 320 yards as the [[Riders|ORG|Saskatchewan Roughriders]] beat [[Winnipeg|ORG|Winnipeg Blue Bombers]] "
            "33-20 in the [[CFL|ORG|Canadian Football League]] on Saturday. [[Edmonton|ORG|"
            "Edmonton Elks]] lost 27-17 at [[BC|ORG|BC Lions]].\n"
        ),
    ),
    (
        "2026-07-05",
        (
            "[[Seattle|ORG|Seattle Sounders FC]] beat [[Portland|ORG|Portland Timbers]] 2-1 in "
            "[[Major League Soccer|ORG]] on Saturday, and [[San Jose|ORG|San Jose "
            "Earthquakes]] drew 1-1 with [[Vancouver|ORG|Vancouver Whitecaps FC]].\n"
        ),
    ),
    (
        "2026-03-15",
        (
            "[[San Miguel|ORG|San Miguel Beermen]] beat [[Magnolia|ORG|Magnolia Hotshots]] "
            "104-98 in the [[Philippine Basketball Association|ORG]] Philippine Cup on "
            "Sunday, while [[Meralco|ORG|Meralco Bolts]] fell to [[Rain or Shine|ORG|Rain or "
            "Shine Elasto Painters]] 88-85.\n"
        ),
    ),
    (
        "2026-11-22",
        (
            "[[Perth Glory|ORG|Perth Glory FC]] lost 2-0 to [[Wellington|ORG|Wellington "
            "Phoenix FC]] in the [[A-League|ORG|A-League Men]] on Saturday, and "
            "[[Central Coast|ORG|Central Coast Mariners FC]] beat [[Newcastle|ORG|Newcastle "
            "Jets FC]] 3-1.\n"
        ),
    ),
    (
        "2026-12-05",
        (
            "[[Perth|ORG|Perth Wildcats]] beat [[Cairns|ORG|Cairns Taipans]] 95-81 in the "
            "[[NBL|ORG|National Basketball League (Australia)]] on Friday, and [[Illawarra|ORG|"
            "Illawarra Hawks]] lost 90-87 to [[Tasmania|ORG|Tasmania JackJumpers]].\n"
        ),
    ),
    (
        "2026-06-21",
        (
            "[[Geelong|ORG|Geelong Football Club]] thrashed [[West Coast|ORG|West Coast "
            "Eagles]] by 71 points in Australian rules on Saturday. The [[Eagles|ORG|West Coast "
            "Eagles]] have won one game "
            "this season.\n"
        ),
    ),
    (
        "1996-08-26",
        (
            "[[SYDNEY|GPE|Sydney]] 1996-08-26 - Final standings of the [[Australian Rugby "
            "League|ORG]] regular season: 1. [[Manly|ORG|Manly Warringah Sea Eagles]] 42 "
            "points, 2. [[Brisbane|ORG|Brisbane Broncos]] 38, 3. [[North Sydney|ORG|North "
            "Sydney Bears]] 37, 4. [[Cronulla|ORG|Cronulla-Sutherland Sharks]] 34.\n"
        ),
    ),
    (
        "2026-09-14",
        (
            "Rugby league: [[Brisbane|ORG|Brisbane Broncos]] 30 [[Newcastle|ORG|Newcastle "
            "Knights]] 12; [[Parramatta|ORG|Parramatta Eels]] 20 [[Canterbury|ORG|"
            "Canterbury-Bankstown Bulldogs]] 18.\n"
        ),
    ),
    (
        "2026-10-18",
        (
            "[[Calgary|ORG|Calgary Stampeders]] 24 [[Ottawa|ORG|Ottawa Redblacks]] 21; "
            "[[Toronto|ORG|Toronto Argonauts]] 30 [[Montreal|ORG|Montreal Alouettes]] 28 "
            "(Canadian football, Saturday).\n"
        ),
    ),
    # must stay: towns as places, other leagues, national teams, wildlife
    (
        "2026-02-03",
        (
            "Heavy rain flooded roads in [[Brisbane|GPE]] and [[Geelong|GPE]] on Monday, and "
            "[[Sydney|GPE]] recorded its wettest February day since 1996. The Bureau "
            "of Meteorology warned of more storms.\n"
        ),
    ),
    (
        "2026-01-20",
        (
            "[[Boston|ORG|Boston Celtics]] beat [[Philadelphia|ORG|Philadelphia 76ers]] 112-104 "
            "in the [[NBA|ORG|National Basketball Association]] on Monday, and [[Toronto|ORG|"
            "Toronto Raptors]] lost to [[Miami|ORG|Miami Heat]].\n"
        ),
    ),
    (
        "2026-09-10",
        (
            "Wildlife officers counted 14 pairs of wedge-tailed eagles near [[Hobart|GPE]] in "
            "[[Tasmania|GPE]]. Eagles nest in tall trees there, rangers said. Lions at "
            "[[Taronga Zoo|FAC]] in [[Sydney|GPE]] were moved indoors during the heat.\n"
        ),
    ),
    (
        "2026-11-15",
        (
            "[[Australia|GPE]] beat [[New Zealand|GPE]] 26-18 in a rugby league Test in "
            "[[Brisbane|GPE]] on Saturday, with [[Sam Keane|PERSON]] scoring two tries.\n"
        ),
    ),
    (
        "2026-04-04",
        (
            "The city council of [[Calgary|GPE]] approved a new arena on Tuesday, and "
            "[[Edmonton|GPE]] officials said they would seek provincial funds from [[Alberta|GPE]] "
            "for transit.\n"
        ),
    ),
    (
        "1996-10-06",
        (
            "[[MELBOURNE|GPE|Melbourne]] 1996-10-06 - [[North Melbourne|ORG|North Melbourne "
            "Football Club]] won the [[AFL|ORG|Australian Football League]] premiership on "
            "Saturday, beating [[Sydney|ORG|Sydney Swans]] by 43 points in the grand final at "
            "the [[MCG|FAC|Melbourne Cricket Ground]].\n"
        ),
    ),
]

CASES = [(f"own-ent39t-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if n % 3]
CHECK = [(f"own-ent39t-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if not n % 3]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
