"""Write eval/own-entities-dev28s.jsonl and eval/own-entities-dev28s-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity TYPES (issue 13, session 28,
types15): clubs and teams named by their town, or by a name holding a town, beside the same
towns as places.

The families (ANNOTATION.md "Entities"; eval/README.md: clubs are ORG, national sides GPE):
- football clubs named by their town or their short name in running prose with a word of sport
  ("Leverkusen's goalkeeper", "Valencia sacked their coach", "Groningen, fifth in the
  Eredivisie"), in standings rows, "X v Y" fixtures, "X beat Y 3-1", "X drew with Y";
- North American teams by their town in basketball and ice hockey copy with no score line;
- rugby and cricket sides named by their town or county;
- the same towns as places: datelines, "born in X", "the port of X", city councils, weather,
  festivals, with no sport in the text.
Written for briefx by hand (session 28, issue 13 types); real towns, leagues and clubs (the
knowledge the stage reads), invented players, coaches, officials, events and figures.
Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any
of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to the
check file: scored only once, at the end of a session. Run from the project root:
``python eval/build_own_entities_dev28s.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev28s.jsonl"
OUT_CHECK = HERE / "own-entities-dev28s-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 28s, issue 13 types); football, basketball, ice "
    "hockey, rugby and cricket copy and town news with no sport; real towns, leagues and "
    "clubs, invented people, events and figures; MIT."
)

CASES = [
    (
        "own-ent28s-01",
        "2026-10-04",
        "[[Leverkusen|ORG|Bayer 04 Leverkusen]]'s goalkeeper [[Jonas Brettschneider|PERSON]] "
        "will miss three weeks with a hand injury, the club said on Saturday. "
        "[[Leverkusen|ORG|Bayer 04 Leverkusen]] are second in the [[Bundesliga|ORG]], two "
        "points behind the leaders.\n",
    ),
    (
        "own-ent28s-02",
        "2026-11-09",
        "[[Valencia|ORG|Valencia CF]] sacked coach [[Rubén Ortells|PERSON]] on Monday after "
        "a run of five defeats left the club 17th in [[La Liga|ORG]]. Assistant "
        "[[Pau Mirambell|PERSON]] will take charge for the trip to [[Getafe|ORG|Getafe CF]].\n",
    ),
    (
        "own-ent28s-03",
        "2026-08-30",
        "[[Groningen|ORG|FC Groningen]], who finished fifth in the [[Eredivisie|ORG]] last "
        "season, signed the Danish midfielder [[Mikkel Vestergaard|PERSON]] on a three-year "
        "deal. [[Groningen|ORG|FC Groningen]] open at home against [[Heerenveen|ORG|SC "
        "Heerenveen]].\n",
    ),
    (
        "own-ent28s-04",
        "2026-02-15",
        "Eredivisie table after 22 rounds:\n"
        "1. [[Feyenoord|ORG]] 22 16 4 2 51-19 52\n"
        "2. [[Groningen|ORG|FC Groningen]] 22 15 4 3 44-20 49\n"
        "3. [[Utrecht|ORG|FC Utrecht]] 22 13 5 4 40-25 44\n",
    ),
    (
        "own-ent28s-05",
        "2026-03-01",
        "[[Houston|ORG|Houston Rockets]] won for the ninth time in ten games, their center "
        "[[Marcus Deel|PERSON]] scoring 31 points. [[Denver|ORG|Denver Nuggets]] had led by "
        "twelve at halftime.\n",
    ),
    (
        "own-ent28s-06",
        "2026-01-20",
        "[[Edmonton|ORG|Edmonton Oilers]] scored three power-play goals in the second period "
        "and [[Calgary|ORG|Calgary Flames]] never recovered. Goaltender [[Erik Lindqvist|PERSON]] "
        "made 34 saves.\n",
    ),
    (
        "own-ent28s-07",
        "2026-04-12",
        "[[Toulouse|ORG|Stade Toulousain]] ran in five tries to beat [[Clermont|ORG|ASM "
        "Clermont Auvergne]] 38-12 in the [[Top 14|ORG]] on Saturday, fly-half "
        "[[Hugo Lartigue|PERSON]] kicking 13 points.\n",
    ),
    (
        "own-ent28s-08",
        "2026-05-18",
        "[[VALENCIA|GPE|Valencia]], May 18 - Container traffic through the port of "
        "[[Valencia|GPE]] rose 6 percent in April, the port authority said, as shipments to "
        "[[Houston|GPE]] and [[Genoa|GPE]] recovered.\n",
    ),
    (
        "own-ent28s-09",
        "2026-06-03",
        "The city council of [[Leverkusen|GPE]] approved a new tram line on Wednesday. Mayor "
        "[[Ute Hallbach|PERSON]], who was born in [[Groningen|GPE]], said work would start "
        "in spring.\n",
    ),
    (
        "own-ent28s-10",
        "2026-09-22",
        "[[Milan|ORG|AC Milan]] drew 1-1 with [[Bologna|ORG|Bologna FC 1909]] on Sunday. "
        "The [[Milan|ORG|AC Milan]] coach [[Dario Sestini|PERSON]] said his side lacked "
        "sharpness.\n",
    ),
    (
        "own-ent28s-11",
        "2026-09-23",
        "Fashion week opens in [[Milan|GPE]] on Tuesday with 60 shows, and hotels in "
        "[[Bologna|GPE]] and [[Turin|GPE]] report full bookings.\n",
    ),
    (
        "own-ent28s-12",
        "2026-07-14",
        "[[Lancashire|ORG|Lancashire County Cricket Club]] were bowled out for 187 by "
        "[[Yorkshire|ORG|Yorkshire County Cricket Club]] on the second day, seamer "
        "[[Callum Birtwistle|PERSON]] taking five wickets.\n",
    ),
]

CHECK = [
    (
        "own-ent28s-c1",
        "2026-10-25",
        "[[Sevilla|ORG|Sevilla FC]] striker [[Iker Zabala|PERSON]] scored twice as "
        "[[Sevilla|ORG|Sevilla FC]] came from behind at [[Villarreal|ORG|Villarreal CF]]. "
        "[[Villarreal|ORG|Villarreal CF]] stay fourth.\n",
    ),
    (
        "own-ent28s-c2",
        "2026-03-08",
        "Fixtures on Saturday: [[Twente|ORG|FC Twente]] v [[Utrecht|ORG|FC Utrecht]], "
        "[[Heerenveen|ORG|SC Heerenveen]] v [[Groningen|ORG|FC Groningen]].\n",
    ),
    (
        "own-ent28s-c3",
        "2026-12-02",
        "[[Boston|ORG|Boston Celtics]] extended their winning streak to eight games, guard "
        "[[Tyrese Malone|PERSON]] hitting the winning basket as [[Phoenix|ORG|Phoenix Suns]] "
        "fell short.\n",
    ),
    (
        "own-ent28s-c4",
        "2026-02-11",
        "Snow closed schools in [[Boston|GPE]] and [[Montreal|GPE]] on Tuesday, and flights "
        "from [[Toronto|GPE]] were delayed.\n",
    ),
    (
        "own-ent28s-c5",
        "2026-11-30",
        "[[Porto|ORG|FC Porto]]'s defenders kept a fifth clean sheet as [[Porto|ORG|FC Porto]] "
        "won at [[Braga|ORG|S.C. Braga]] to lead the [[Primeira Liga|ORG]].\n",
    ),
    (
        "own-ent28s-c6",
        "2026-05-05",
        "The wine harvest around [[Porto|GPE]] and [[Bordeaux|GPE]] is expected to be small, "
        "growers said.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
