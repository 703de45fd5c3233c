"""Write eval/own-editions-dev40.jsonl and its check file (FORMAT.md): recurring events (grand
tours, tennis and golf majors, Formula One Grands Prix, football, rugby and cricket
championships, marathons, multi-sport games, song contests, film festivals) named without
their year where the document reports one edition ("the Tour de France" in a July 1996 stage
report -> "1996 Tour de France"), the year written before or after the name ("the 1994 World
Cup"), and general mentions that keep the series' title ("has won the Tour de France five
times" -> "Tour de France"; "since the first World Cup" -> "FIFA World Cup"). Must stay: a
town named like an event ("a house in Wimbledon"), the bodies that run events (FIFA, the IOC,
UEFA), storms.

Session 40 (editions40, issue 13 entity names): short wire stories written for briefx by hand
and annotated by ANNOTATION.md ("Entities") before briefx was run on them; the events are real,
the results, people's words and figures invented. Reading chosen where ANNOTATION.md is
silent (as the later held-out sets do): an event the document reports one edition of is named by
that edition's English Wikipedia title; one spoken of in general by the series' title. No
statements are scored here (empty lists).

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_editions_dev40.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (editions40 helper, session 40); CC0"

CASES = [
    (
        "own-dev40e-tour-stage",
        "1996-07-14",
        ("[[PARIS|GPE|Paris]] 1996-07-14\n\n[[Frenchman|NORP|French]] [[Laurent Jalabert|PERSON]] won the 13th "
        "stage of the [[Tour de France|EVENT|1996 Tour de France]] on Sunday, a 180-km ride from [[Le Puy|GPE|Le "
        "Puy-en-Velay]] to [[Superbesse|GPE|Super-Besse]]. [[Bjarne Riis|PERSON]] of [[Denmark|GPE]] kept the "
        "overall lead.\n"),
        [],
    ),
    (
        "own-dev40e-wimbledon-qf",
        "1996-07-03",
        ("[[LONDON|GPE|London]] 1996-07-03\n\nTop seed [[Pete Sampras|PERSON]] lost to [[Richard Krajicek|PERSON]] "
        "of the [[Netherlands|GPE]] 7-5 7-6 6-4 in the quarter-finals at [[Wimbledon|EVENT|1996 Wimbledon "
        "Championships]] on Wednesday. Rain held up play on the outside courts.\n"),
        [],
    ),
    (
        "own-dev40e-belgian-gp",
        "1996-08-25",
        ("[[SPA-FRANCORCHAMPS|GPE|Spa]], [[Belgium|GPE]] 1996-08-25\n\n[[Michael Schumacher|PERSON]] won the "
        "[[Belgian Grand Prix|EVENT|1996 Belgian Grand Prix]] for [[Ferrari|ORG|Scuderia Ferrari]] on Sunday, "
        "ahead of [[Jacques Villeneuve|PERSON]] of [[Williams|ORG|Williams Racing]]. [[Damon Hill|PERSON]] "
        "finished fifth and still leads the Formula One championship.\n"),
        [],
    ),
    (
        "own-dev40e-atlanta-games",
        "1996-07-20",
        ("[[ATLANTA|GPE|Atlanta]] 1996-07-20\n\n[[Muhammad Ali|PERSON]] lit the flame as the [[Atlanta Games|EVENT|1996 "
        "Summer Olympics]] opened on Friday night before 85,000 spectators. The [[International Olympic "
        "Committee|ORG]] said 197 nations had sent teams.\n"),
        [],
    ),
    (
        "own-dev40e-euro96",
        "1996-06-23",
        ("[[LONDON|GPE|London]] 1996-06-23\n\n[[England|GPE]] beat [[Spain|GPE]] 4-2 on penalties after a goalless "
        "draw on Saturday to reach the semi-finals of the [[European Championship|EVENT|UEFA Euro 1996]]. Goalkeeper "
        "[[David Seaman|PERSON]] saved from [[Miguel Angel Nadal|PERSON|Miguel Ángel Nadal]].\n"),
        [],
    ),
    (
        "own-dev40e-indurain-record",
        "1996-07-08",
        ("[[PAMPLONA|GPE|Pamplona]], [[Spain|GPE]] 1996-07-08\n\n[[Miguel Indurain|PERSON|Miguel Induráin]], who has "
        "won the [[Tour de France|EVENT]] five times, lost three minutes on the climb to [[Les Arcs|GPE]] on Monday, "
        "his team [[Banesto|ORG|Banesto (cycling team)]] said.\n"),
        [],
    ),
    (
        "own-dev40e-world-cup-1994",
        "1996-05-10",
        ("[[ZURICH|GPE|Zürich]] 1996-05-10\n\n[[FIFA|ORG]] said on Friday that gate receipts at the [[1994 World "
        "Cup|EVENT|1994 FIFA World Cup]] in the [[United States|GPE]] had reached a record. The world body will "
        "choose the host of the [[2002 World Cup|EVENT|2002 FIFA World Cup]] at the end of the month.\n"),
        [],
    ),
    (
        "own-dev40e-champions-league",
        "2025-04-16",
        ("[[MUNICH|GPE|Munich]], April 16 - [[Inter Milan|ORG]] held [[Bayern Munich|ORG|FC Bayern Munich]] 2-2 on "
        "Wednesday to reach the semi-finals of the [[Champions League|EVENT|2024–25 UEFA Champions League]], where "
        "they will meet [[Barcelona|ORG|FC Barcelona]].\n"),
        [],
    ),
    (
        "own-dev40e-eurovision",
        "2025-05-17",
        ("[[BASEL|GPE|Basel]], May 17 - [[Austria|GPE]]'s [[JJ|PERSON|JJ (singer)]] won the [[Eurovision Song "
        "Contest|EVENT|Eurovision Song Contest 2025]] on Saturday night, ahead of [[Israel|GPE]] and "
        "[[Estonia|GPE]]. [[Vienna|GPE]] is expected to bid to host next year's contest.\n"),
        [],
    ),
    (
        "own-dev40e-london-marathon",
        "2025-04-27",
        ("[[LONDON|GPE|London]], April 27 - [[Kenya|GPE]]'s [[Sabastian Sawe|PERSON]] won the [[London "
        "Marathon|EVENT|2025 London Marathon]] on Sunday in two hours two minutes 27 seconds. More than 56,000 "
        "runners finished, organisers said.\n"),
        [],
    ),
    (
        "own-dev40e-ryder-cup",
        "2025-09-28",
        ("[[FARMINGDALE|GPE|Farmingdale, New York]], Sept 28 - [[Europe|LOC]] held off a late rally by the "
        "[[United States|GPE]] to retain the [[Ryder Cup|EVENT|2025 Ryder Cup]] on Sunday, winning 15-13 at "
        "[[Bethpage Black|FAC|Bethpage Black Course]]. Captain [[Luke Donald|PERSON]] praised his players.\n"),
        [],
    ),
    (
        "own-dev40e-world-cup-history",
        "2026-12-02",
        ("[[ZURICH|GPE|Zürich]], Dec 2 - [[FIFA|ORG]] opened a museum exhibition on Wednesday marking the history of "
        "the [[World Cup|EVENT|FIFA World Cup]] since [[Uruguay|GPE]] hosted the first tournament. [[Brazil|GPE]] "
        "has won the [[World Cup|EVENT|FIFA World Cup]] a record five times.\n"),
        [],
    ),
    (
        "own-dev40e-wimbledon-house",
        "1996-03-12",
        ("[[LONDON|GPE|London]] 1996-03-12\n\nA five-bedroom house in [[Wimbledon|GPE|Wimbledon, London]] sold for "
        "1.2 million pounds on Tuesday, estate agents [[Knight Frank|ORG]] said. Prices in south-west "
        "[[London|GPE]] rose 8 percent in a year.\n"),
        [],
    ),
    (
        "own-dev40e-rugby-world-cup",
        "2023-10-28",
        ("[[PARIS|GPE|Paris]], Oct 28 - [[South Africa|GPE]] beat [[New Zealand|GPE]] 12-11 at the [[Stade de "
        "France|FAC]] on Saturday to win the [[Rugby World Cup|EVENT|2023 Rugby World Cup]] for a fourth time. "
        "Captain [[Siya Kolisi|PERSON]] lifted the trophy.\n"),
        [],
    ),
]

CHECK = [
    (
        "own-dev40e-giro",
        "1996-06-01",
        ("[[MILAN|GPE|Milan]] 1996-06-01\n\n[[Russia|GPE]]'s [[Pavel Tonkov|PERSON]] took the overall lead of the "
        "[[Giro d'Italia|EVENT|1996 Giro d'Italia]] on Saturday after the mountain stage to [[Aprica|GPE]].\n"),
        [],
    ),
    (
        "own-dev40e-french-open",
        "1996-06-09",
        ("[[PARIS|GPE|Paris]] 1996-06-09\n\n[[Yevgeny Kafelnikov|PERSON]] beat [[Michael Stich|PERSON]] 7-6 7-5 7-6 "
        "on Sunday to win the [[French Open|EVENT|1996 French Open]], the first [[Russian|NORP]] man to win a Grand "
        "Slam title.\n"),
        [],
    ),
    (
        "own-dev40e-monaco-history",
        "1996-11-20",
        ("[[MONTE CARLO|GPE|Monte Carlo]] 1996-11-20\n\n[[Ayrton Senna|PERSON]] won the [[Monaco Grand Prix|EVENT]] six "
        "times, a record the organisers said on Wednesday they would mark with a statue.\n"),
        [],
    ),
    (
        "own-dev40e-cannes",
        "2025-05-24",
        ("[[CANNES|GPE|Cannes]], [[France|GPE]], May 24 - [[Iranian|NORP|Iranian]] director [[Jafar Panahi|PERSON]] "
        "won the Palme d'Or at the [[Cannes Film Festival|EVENT|2025 Cannes Film Festival]] on Saturday for his film "
        "about a former prisoner.\n"),
        [],
    ),
    (
        "own-dev40e-afcon",
        "2025-12-29",
        ("[[RABAT|GPE|Rabat]], Dec 29 - Hosts [[Morocco|GPE]] beat [[Zambia|GPE]] 3-0 on Monday to top their group at "
        "the [[Africa Cup of Nations|EVENT|2025 Africa Cup of Nations]], coach [[Walid Regragui|PERSON]] said.\n"),
        [],
    ),
    (
        "own-dev40e-cricket-1996",
        "1996-03-17",
        ("[[LAHORE|GPE|Lahore]] 1996-03-17\n\n[[Sri Lanka|GPE]] beat [[Australia|GPE]] by seven wickets on Sunday to "
        "win the [[World Cup|EVENT|1996 Cricket World Cup]] final, with [[Aravinda de Silva|PERSON]] scoring an "
        "unbeaten 107.\n"),
        [],
    ),
    (
        "own-dev40e-hurricane",
        "1996-07-12",
        ("[[MIAMI|GPE|Miami]] 1996-07-12\n\n[[Hurricane Bertha|EVENT]] weakened as it moved north on Friday, the "
        "[[National Hurricane Center|ORG]] said. Forecasters expect heavy rain in [[North Carolina|GPE]].\n"),
        [],
    ),
]

if __name__ == "__main__":
    write_sets("own-editions-dev40", CASES, CHECK, SOURCE)
