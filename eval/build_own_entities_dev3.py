"""Write eval/own-entities-dev3.jsonl (FORMAT.md, entities only): a third entities dev set.

Short wire briefs in the manner of 1990s Reuters news (CoNLL-2003 kind of text): sports result
lines and tables, match reports with clubs and national teams, tennis and golf result lists,
market and commodity reports, short political wires, headlines and datelines in capitals.
Written for briefx by hand; the people and institutions are real, the scores, figures, dates
and quotations are invented. Annotated by ``shared/eval/ANNOTATION.md`` and the judgement calls
of ``eval/README.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. This script turns the marks into
offsets and checks every span (``text[start:end] == text``, in order, no overlap, known type).
Run from the project root: ``python eval/build_own_entities_dev3.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev3.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 3, issue 13); Reuters-style wire copy with real "
    "people, clubs and institutions; invented scores, figures and details; MIT."
)
TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW"}
MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z]+)(?:\|([^\]]+))?\]\]")

CASES = [
    (
        "own-ent3-01",
        "2026-03-14",
        "SOCCER - [[PREMIER LEAGUE|ORG|Premier League]] RESULTS.\n"
        "[[LONDON|GPE|London]] 2026-03-14\n"
        "Results of [[Premier League|ORG]] matches played on Saturday:\n"
        "[[Everton|ORG|Everton F.C.]] 1 [[Fulham|ORG|Fulham F.C.]] 1\n"
        "[[Brentford|ORG|Brentford F.C.]] 3 [[Wolverhampton|ORG|Wolverhampton Wanderers F.C.]] 0\n"
        "[[Southampton|ORG|Southampton F.C.]] 0 [[Newcastle|ORG|Newcastle United F.C.]] 2\n"
        "[[Nottingham Forest|ORG|Nottingham Forest F.C.]] 2 [[Bournemouth|ORG|AFC Bournemouth]] 2\n"
        "[[Tottenham|ORG|Tottenham Hotspur F.C.]] 4 [[Leicester|ORG|Leicester City F.C.]] 1\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, goals against, points):\n"
        "[[Liverpool|ORG|Liverpool F.C.]] 28 20 6 2 64 24 66\n"
        "[[Arsenal|ORG|Arsenal F.C.]] 28 17 8 3 55 22 59\n"
        "[[Newcastle|ORG|Newcastle United F.C.]] 28 15 6 7 48 33 51\n"
        "[[Brentford|ORG|Brentford F.C.]] 28 13 5 10 46 41 44\n",
    ),
    (
        "own-ent3-02",
        "2026-03-15",
        "SOCCER - [[BARCELONA|ORG|FC Barcelona]] HELD AT [[SEVILLE|ORG|Sevilla FC]].\n"
        "[[MADRID|GPE|Madrid]] 2026-03-15\n"
        "[[Barcelona|ORG|FC Barcelona]] dropped two points in the title race when they drew 1-1 "
        "with [[Seville|ORG|Sevilla FC]] on Sunday, letting [[Real Madrid|ORG|Real Madrid CF]] "
        "close to within a point at the top of the [[Spanish|NORP]] league.\n"
        "[[Robert Lewandowski|PERSON]] put the visitors ahead after 20 minutes but "
        "[[Dodi Lukebakio|PERSON]] levelled for [[Seville|ORG|Sevilla FC]] early in the second "
        "half.\n"
        "On Saturday [[Real Madrid|ORG|Real Madrid CF]] beat [[Valencia|ORG|Valencia CF]] 3-0 with "
        "two goals from [[Kylian Mbappe|PERSON|Kylian Mbappé]], while "
        "[[Atletico Madrid|ORG|Atlético Madrid]] lost 2-1 to [[Villarreal|ORG|Villarreal CF]].\n"
        "[[Barcelona|ORG|FC Barcelona]] coach [[Hansi Flick|PERSON]] said his side had been "
        "tired after the midweek trip to [[Lisbon|GPE]].\n",
    ),
    (
        "own-ent3-03",
        "2026-02-20",
        "CRICKET - [[ENGLAND|GPE|England]] BEAT [[PAKISTAN|GPE|Pakistan]] BY SIX WICKETS.\n"
        "[[RAWALPINDI|GPE|Rawalpindi]] 2026-02-20\n"
        "[[England|GPE]] beat [[Pakistan|GPE]] by six wickets in the second test on Friday to "
        "level the three-match series at 1-1.\n"
        "Set 212 to win, [[England|GPE]] reached their target shortly after lunch with "
        "[[Joe Root|PERSON]] unbeaten on 87 and captain [[Ben Stokes|PERSON]] on 31.\n"
        "Scores: [[Pakistan|GPE]] 304 and 198 ([[Saud Shakeel|PERSON]] 64; "
        "[[Jack Leach|PERSON]] 5-61). [[England|GPE]] 291 and 212-4.\n"
        "The third test starts in [[Karachi|GPE]] on Thursday.\n",
    ),
    (
        "own-ent3-04",
        "2026-03-26",
        "TENNIS - RESULTS AT THE [[MIAMI OPEN|EVENT|Miami Open]].\n"
        "[[MIAMI|GPE|Miami]] 2026-03-26\n"
        "Results from the [[Miami Open|EVENT]] tennis tournament on Thursday (prefix number "
        "denotes seeding):\n"
        "Men's singles, quarter-finals\n"
        "1 - [[Jannik Sinner|PERSON]] ([[Italy|GPE]]) beat 8 - [[Casper Ruud|PERSON]] "
        "([[Norway|GPE]]) 6-3 6-4\n"
        "[[Jakub Mensik|PERSON|Jakub Menšík]] ([[Czech Republic|GPE]]) beat 4 - "
        "[[Taylor Fritz|PERSON]] ([[U.S.|GPE|United States]]) 7-6 6-2\n"
        "Women's singles, semi-finals\n"
        "2 - [[Coco Gauff|PERSON]] ([[U.S.|GPE|United States]]) beat "
        "[[Mirra Andreeva|PERSON]] ([[Russia|GPE]]) 6-4 3-6 6-3\n",
    ),
    (
        "own-ent3-05",
        "2026-03-06",
        "GOLF - LEADING FIRST-ROUND SCORES AT THE "
        "[[ARNOLD PALMER INVITATIONAL|EVENT|Arnold Palmer Invitational]].\n"
        "[[ORLANDO|GPE|Orlando]], [[Florida|GPE]] 2026-03-06\n"
        "Leading scores after the first round of the [[Arnold Palmer Invitational|EVENT]] on "
        "Thursday ([[U.S.|GPE|United States]] unless stated):\n"
        "66 [[Scottie Scheffler|PERSON]]\n"
        "67 [[Rory McIlroy|PERSON]] ([[Northern Ireland|GPE]]), [[Xander Schauffele|PERSON]]\n"
        "68 [[Hideki Matsuyama|PERSON]] ([[Japan|GPE]]), [[Collin Morikawa|PERSON]], "
        "[[Tommy Fleetwood|PERSON]] ([[Britain|GPE|United Kingdom]])\n",
    ),
    (
        "own-ent3-06",
        "2026-03-12",
        "[[Tokyo|GPE]] shares end higher as weak yen lifts exporters.\n"
        "[[TOKYO|GPE|Tokyo]] 2026-03-12\n"
        "[[Tokyo|GPE]] stocks closed higher on Thursday as a weaker yen lifted exporters such as "
        "[[Toyota Motor Corp|ORG|Toyota]] and [[Sony Group|ORG|Sony]], dealers said.\n"
        "[[Nissan Motor|ORG|Nissan]] fell 3.1 percent after [[Moody's|ORG|Moody's Ratings]] cut "
        "its credit rating further into junk territory, while "
        "[[Mitsubishi UFJ Financial Group|ORG]] rose 2.0 percent on hopes of higher interest "
        "rates.\n"
        "Dealers said investors were waiting for the [[Bank of Japan|ORG]] policy meeting next "
        "week and for wage talks at [[Japanese|NORP]] companies.\n",
    ),
    (
        "own-ent3-07",
        "2026-03-04",
        "Oil rises after [[OPEC|ORG]] keeps output curbs.\n"
        "[[LONDON|GPE|London]] 2026-03-04\n"
        "Oil prices rose on Wednesday after [[OPEC|ORG]] and its allies led by "
        "[[Russia|GPE]] agreed to keep output curbs in place until June, and as "
        "[[U.S.|GPE|United States]] crude stocks fell for a third week.\n"
        "[[Saudi|NORP]] Energy Minister Prince [[Abdulaziz bin Salman|PERSON]] said the group "
        "would act again if needed.\n"
        "On the [[London Metal Exchange|ORG]], copper gained 1.4 percent after data from "
        "[[China|GPE]] showed factory activity picking up. Gold was steady ahead of a speech by "
        "[[Federal Reserve|ORG]] Chair [[Jerome Powell|PERSON]], and analysts at "
        "[[Goldman Sachs|ORG]] said they expected prices to test record highs.\n",
    ),
    (
        "own-ent3-08",
        "2026-03-10",
        "[[WASHINGTON|GPE|Washington, D.C.]] 2026-03-10\n"
        "[[Ohio|GPE]] [[Republican|NORP]] [[Jim Jordan|PERSON]] said on Tuesday the "
        "[[House Judiciary Committee|ORG|United States House Committee on the Judiciary]] would "
        "hold hearings on the bill next month.\n"
        "[[Minnesota|GPE]] [[Democrat|NORP]] [[Amy Klobuchar|PERSON]] said she expected the "
        "[[Senate|ORG|United States Senate]] to take up its own version before the summer.\n"
        "The [[White House|ORG]] said President [[Donald Trump|PERSON]] would sign the measure "
        "if it reached his desk. [[Klobuchar|PERSON|Amy Klobuchar]] and two other "
        "[[Democrats|NORP|Democrat]] have asked for changes.\n",
    ),
    (
        "own-ent3-09",
        "2026-03-09",
        "BASKETBALL - [[NBA|ORG|National Basketball Association]] RESULTS.\n"
        "[[NEW YORK|GPE|New York City]] 2026-03-09\n"
        "Results of [[National Basketball Association|ORG]] games on Sunday (home team in "
        "capitals):\n"
        "[[Boston|ORG|Boston Celtics]] 112 [[PHILADELPHIA|ORG|Philadelphia 76ers]] 104\n"
        "[[DENVER|ORG|Denver Nuggets]] 121 [[Phoenix|ORG|Phoenix Suns]] 118\n"
        "[[Los Angeles Lakers|ORG]] 109 [[MIAMI|ORG|Miami Heat]] 101\n"
        "[[Cleveland|ORG|Cleveland Cavaliers]] 98 [[CHICAGO|ORG|Chicago Bulls]] 95\n",
    ),
    (
        "own-ent3-10",
        "2026-03-27",
        "SOCCER - [[ITALY|GPE|Italy]] BEAT [[NORWAY|GPE|Norway]] IN WORLD CUP QUALIFIER.\n"
        "[[MILAN|GPE|Milan]] 2026-03-27\n"
        "[[Italy|GPE]] beat [[Norway|GPE]] 2-1 in a [[World Cup|EVENT|FIFA World Cup]] qualifier "
        "at the [[San Siro|FAC]] on Friday to stay top of their group.\n"
        "[[Erling Haaland|PERSON]] gave the visitors the lead before [[Sandro Tonali|PERSON]] "
        "and [[Mateo Retegui|PERSON]] scored for the hosts.\n"
        "[[Italy|GPE]] coach [[Luciano Spalletti|PERSON]] praised [[Inter Milan|ORG]] defender "
        "[[Alessandro Bastoni|PERSON]]. [[Norway|GPE]] play [[Israel|GPE]] in [[Oslo|GPE]] on "
        "Tuesday.\n",
    ),
    (
        "own-ent3-11",
        "2026-03-18",
        "[[NEW YORK|GPE|New York City]] 2026-03-18\n"
        "[[Standard & Poor's|ORG|S&P Global Ratings]] cut its outlook on "
        "[[Ford Motor Co|ORG|Ford Motor Company]] to negative on Wednesday, citing tariff costs, "
        "and said it could lower the carmaker's rating within a year.\n"
        "Shares of [[Johnson & Johnson|ORG]] and [[Procter & Gamble|ORG]] rose on the "
        "[[New York Stock Exchange|ORG]], while [[AT&T|ORG]] slipped after the "
        "[[Federal Communications Commission|ORG]] delayed a ruling.\n"
        "In [[London|GPE]], [[Marks & Spencer|ORG]] gained 2 percent after a broker upgrade.\n",
    ),
    (
        "own-ent3-12",
        "2026-03-16",
        "[[NAIROBI|GPE|Nairobi]] 2026-03-16\n"
        "[[Kenya|GPE]]'s President [[William Ruto|PERSON]] on Monday named a new defence chief "
        "after [[al Shabaab|ORG|Al-Shabaab (militant group)]] fighters attacked a police post "
        "near the [[Somali|NORP]] border, killing six officers.\n"
        "The [[African Union|ORG]] condemned the attack. [[Ruto|PERSON|William Ruto]] said "
        "[[Kenyan|NORP]] troops would stay in [[Somalia|GPE]] until the mission ended.\n",
    ),
    (
        "own-ent3-13",
        "2026-03-21",
        "SOCCER - [[GERMAN|NORP|German]] FIRST DIVISION RESULTS.\n"
        "[[BERLIN|GPE|Berlin]] 2026-03-21\n"
        "Results of [[Bundesliga|ORG]] matches on Saturday:\n"
        "[[Stuttgart|ORG|VfB Stuttgart]] 2 [[Cologne|ORG|1. FC Köln]] 0\n"
        "[[Hamburg|ORG|Hamburger SV]] 1 [[Freiburg|ORG|SC Freiburg]] 1\n"
        "[[Borussia Dortmund|ORG]] 3 [[Werder Bremen|ORG|SV Werder Bremen]] 2\n"
        "[[Bayern Munich|ORG|FC Bayern Munich]] beat [[Mainz|ORG|1. FSV Mainz 05]] 4-0 on Friday "
        "with a hat-trick from [[Harry Kane|PERSON]]. [[Stuttgart|ORG|VfB Stuttgart]] are third, "
        "ahead of [[Dortmund|ORG|Borussia Dortmund]] on goal difference.\n",
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


def main() -> None:
    rows = [build(*c) for c in CASES]
    assert len({r["id"] for r in rows}) == len(rows) and len({r["text"] for r in rows}) == len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in rows:
        for e in r["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    total = sum(counts.values())
    print(len(rows), "cases,", total, "entities:", sorted(counts.items(), key=lambda x: -x[1]))


if __name__ == "__main__":
    main()
