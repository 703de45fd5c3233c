"""Write eval/own-entities-dev33f.jsonl and eval/own-entities-dev33f-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for organisations whose names read like a
person's or a place's (issue 13, session 33, firms20).

The families (ANNOTATION.md "Entities"; where ANNOTATION.md is silent the earlier sets' choices):
- market reports: a firm's name next to what only a listed firm has or does ("shares in X
  rose", "X shares fell", "X said profit would", "X recalled 20,000 cars"): ORG, also where the
  name is a person's ("Johnson Matthey") or a town's ("Hastings", "Kingston");
- lists of movers and stock tables ("Top gainers: X 4.2%, Y 3.1%"): each row's name is a firm;
- "X and Y" where the whole conjunction is one firm's name ("Marks and Spencer"): one ORG;
- company news: a legal form, "the company", "the group" after the name: ORG;
- what must stay: people who are people ("Johnson said profit ...", "Norman scored", "X, the
  chief executive"), places that are places ("Ford county", "Spencer, Iowa", a dateline).
Written for briefx by hand (session 33, issue 13 types): real listed firms and invented ones
(people, firms and figures invented). Annotated by ``shared/eval/ANNOTATION.md`` inline while
writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. The CHECK cases go to the check file: scored only once, at the
end of a session. Run from the project root: ``python eval/build_own_entities_dev33f.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev33f.jsonl"
OUT_CHECK = HERE / "own-entities-dev33f-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 33f, issue 13 firms named like people or places); "
    "market reports, movers lists, company news; real and invented firms, invented people; MIT."
)

CASES = [
    (
        "own-ent33f-01",
        "2026-11-12",
        "[[LONDON|GPE|London]] - Shares in [[Whitbread|ORG]] rose 2 percent while [[Halma|ORG]] "
        "fell, and [[Johnson Matthey|ORG]] said profit would fall short of forecasts.\n",
    ),
    (
        "own-ent33f-02",
        "2026-10-02",
        "Top fallers on Thursday: [[Barratt Redrow|ORG]] 3.8%, [[Kingfisher|ORG|Kingfisher plc]] "
        "2.6%, [[Harlow Benning|ORG]] 2.1%, [[Persimmon|ORG]] 1.9%.\n",
    ),
    (
        "own-ent33f-03",
        "2026-09-18",
        "[[Marks and Spencer|ORG|Marks & Spencer]] said like-for-like food sales rose 4 percent in "
        "the quarter, while [[Legal and General|ORG|Legal & General]] kept its dividend.\n",
    ),
    (
        "own-ent33f-04",
        "2026-08-21",
        "[[Ford|ORG|Ford Motor Company]] and [[Toyota|ORG|Toyota Motor Corporation]] recalled "
        "more than 30,000 cars over faulty seat belts, the regulator said.\n",
    ),
    (
        "own-ent33f-05",
        "2026-07-09",
        "[[Kendal Ross|ORG]] said first-half profit fell 12 percent. Chief executive [[Maria "
        "Okafor|PERSON]] said the group would cut costs.\n",
    ),
    (
        "own-ent33f-06",
        "2026-11-03",
        "Shares in [[Abbott Hale|ORG]] jumped 9 percent after the engineer won a contract to "
        "maintain rail signals in [[Scotland|GPE]].\n",
    ),
    (
        "own-ent33f-07",
        "2026-06-30",
        "[[Dalton Mercer|ORG]] shares fell 5 percent after the insurer warned on results. "
        "[[Dalton Mercer|ORG]] said claims from storms in [[Texas|GPE]] had doubled.\n",
    ),
    (
        "own-ent33f-08",
        "2026-10-15",
        "Biggest movers:\n[[Carver Lyle|ORG]] +6.2%\n[[Whitbread|ORG]] +3.4%\n[[Bunzl|ORG]] "
        "-2.8%\n[[Ashby Grant|ORG]] -4.1%\n",
    ),
    (
        "own-ent33f-09",
        "2026-05-14",
        "[[Johnson|PERSON]] said profit at the family bakery had doubled since he took it over "
        "from his father in [[Leeds|GPE]].\n",
    ),
    (
        "own-ent33f-10",
        "2026-09-02",
        "[[Norman|PERSON]] scored twice as [[Leeds|ORG|Leeds United F.C.]] beat [[Hull|ORG|Hull "
        "City A.F.C.]] 3-1 on Saturday.\n",
    ),
    (
        "own-ent33f-11",
        "2026-04-22",
        "Tornadoes damaged farms in [[Ford County|GPE|Ford County, Kansas]] and near "
        "[[Spencer|GPE|Spencer, Iowa]], [[Iowa|GPE]], on Tuesday.\n",
    ),
    (
        "own-ent33f-12",
        "2026-03-11",
        "[[Whitmore Lane|ORG]] said pre-tax profit rose to 48 million pounds. The company, "
        "which makes lifts, raised its dividend by 6 percent.\n",
    ),
    (
        "own-ent33f-13",
        "2026-11-25",
        "The contract went to [[Hayes Brandon Ltd|ORG]], a builder from [[Derby|GPE]], which "
        "beat three rivals on price.\n",
    ),
    (
        "own-ent33f-14",
        "2026-02-19",
        "[[Morgan Stanley|ORG]] cut its rating on [[Burberry|ORG]] to underweight, and "
        "[[Burberry|ORG]] shares lost 3 percent in early trade.\n",
    ),
    (
        "own-ent33f-15",
        "2026-08-08",
        "[[Preston Hollis|ORG]] agreed to buy a 30 percent stake in [[Warwick Dale|ORG]] for "
        "210 million pounds, the two companies said.\n",
    ),
    (
        "own-ent33f-16",
        "2026-10-28",
        "[[Stanley Forbes|PERSON]], the chief executive of [[Marlow Freight|ORG]], said "
        "volumes rose 4 percent in the third quarter.\n",
    ),
    (
        "own-ent33f-17",
        "2026-07-30",
        "Results at a glance: [[Hastings Group|ORG]] revenue 1.2 billion pounds, up 8%; "
        "[[Coventry Building Society|ORG]] profit 310 million pounds, down 4%; "
        "[[Bristow Hale|ORG]] profit 42 million pounds, up 11%.\n",
    ),
    (
        "own-ent33f-18",
        "2026-06-12",
        "[[Lloyd Carrick|ORG]] posted a pre-tax loss of 14 million pounds and said it would close "
        "six depots.\n",
    ),
    (
        "own-ent33f-19",
        "2026-09-24",
        "[[Harvey Dunmore|PERSON]], 58, the founder of [[Dunmore Kitchens|ORG]], said he would "
        "step down in March.\n",
    ),
    (
        "own-ent33f-20",
        "2026-05-05",
        "The jersey sponsor [[Kelso Garrard|ORG]] renewed its deal with [[Saracens|ORG|Saracens "
        "F.C.]] for three seasons.\n",
    ),
]

CHECK = [
    (
        "own-ent33f-c1",
        "2026-11-19",
        "Shares in [[Burberry|ORG]] rose 4 percent while [[Procter and Gamble|ORG|Procter & "
        "Gamble]] fell, and [[Ashby Vance|ORG]] said profit would miss forecasts.\n",
    ),
    (
        "own-ent33f-c2",
        "2026-10-09",
        "Top gainers: [[Mercer Holt|ORG]] 5.1%, [[Halma|ORG]] 2.4%, [[Persimmon|ORG]] 1.7%, "
        "[[Walton Keane|ORG]] 1.2%.\n",
    ),
    (
        "own-ent33f-c3",
        "2026-08-27",
        "[[Brandon Hale|ORG]] recalled 12,000 dishwashers over a wiring fault, the company "
        "said on Wednesday.\n",
    ),
    (
        "own-ent33f-c4",
        "2026-07-16",
        "[[Church and Dwight|ORG|Church & Dwight]] said quarterly profit beat forecasts.\n",
    ),
    (
        "own-ent33f-c5",
        "2026-06-03",
        "[[Carter Wells|ORG]] shares dropped 7 percent after the retailer cut its outlook.\n",
    ),
    (
        "own-ent33f-c6",
        "2026-04-29",
        "[[Hamilton|PERSON]] said profit was not the point of the charity he runs in "
        "[[Glasgow|GPE]].\n",
    ),
    (
        "own-ent33f-c7",
        "2026-09-09",
        "[[Harvey Norman|PERSON]], a retired teacher, opened a cafe in [[Perth|GPE]] last "
        "year.\n",
    ),
    (
        "own-ent33f-c8",
        "2026-02-10",
        "Session movers:\n[[Fenton Oakes|ORG]] +3.9%\n[[Kingfisher|ORG|Kingfisher plc]] +1.1%\n"
        "[[Garland Reid|ORG]] -2.2%\n",
    ),
    (
        "own-ent33f-c9",
        "2026-03-26",
        "[[Elliot Marsh plc|ORG|Elliot Marsh]] said revenue rose 6 percent and kept its "
        "full-year guidance.\n",
    ),
    (
        "own-ent33f-c10",
        "2026-11-30",
        "Farmers near [[Kingston|GPE]] said the frost had cut yields, [[Kingston|GPE]]'s "
        "mayor said.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
