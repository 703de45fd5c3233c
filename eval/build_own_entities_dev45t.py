"""Write eval/own-entities-dev45t.jsonl and eval/own-entities-dev45t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for people typed as organisations and
organisations typed as people (issue 13, session 45, pertype45).

The families (ANNOTATION.md "Entities"; a person is named by the full name the document gives,
else the English Wikipedia title; a firm or club by its article title):
- people in result and scorer lines written by surname ("Becker (3) beat Stich 6-4 7-5",
  "Tries: Wigan - Field 2, Miski", "Root 104, Brook 62", sumo and chess results), and a
  person's surname, introduced earlier with the full name, after a closing quotation ("” said
  Daly"), before "told investors", "as chairman", in an apposition;
- firms and clubs whose name looks like a person's (a given name first, or a founder's name):
  housebuilders, recruiters, brokers, fashion houses, bookmakers, accountants, Scottish clubs,
  in "X said the", "X reported a", "the housebuilder X", "X bought", "for £", "beating X";
- near them, names that must stay: a founder named in full beside his firm, people's surnames
  in ordinary prose, one-word company names.
Written for briefx by hand (session 45): real people, firms and clubs, invented events; 2024-2025
wire copy and releases and 1996 Reuters-style items. Annotated by ``shared/eval/ANNOTATION.md``
inline while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to the check file: scored only at
the start and at the end of the session. Run from the project root:
``python eval/build_own_entities_dev45t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev45t.jsonl"
OUT_CHECK = HERE / "own-entities-dev45t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 45t, issue 13 people typed as organisations and "
    "organisations typed as people: results and scorer lines, surnames after quotations, firms "
    "and clubs named like people); real people and firms, invented events; MIT."
)

TEXTS = [
    # 1
    (
        "2025-03-04",
        "[[LONDON|GPE|London]], March 4 ([[Reuters|ORG]]) - [[Taylor Wimpey|ORG]] said on "
        "Tuesday its annual profit fell 15%, and the housebuilder's chief executive [[Jennie "
        "Daly|PERSON]] said mortgage rates were easing. “We expect completions to rise this "
        "year,” said [[Daly|PERSON|Jennie Daly]]. Shares in [[Taylor Wimpey|ORG]] fell 3%, while "
        "rival [[Barratt Redrow|ORG]] rose 1%.\n",
    ),
    # 2
    (
        "2025-01-15",
        "[[Robert Walters|ORG|Robert Walters plc]] reported a 20% drop in net fee income in the "
        "fourth quarter, the [[London|GPE]]-based recruiter said on Wednesday. Chief executive "
        "[[Toby Fowlston|PERSON]] told investors the market in [[Asia|LOC]] remained weak. "
        "[[Fowlston|PERSON|Toby Fowlston]] added that hiring in [[Europe|LOC]] had stabilised. "
        "Rival [[Hays|ORG|Hays plc]] warned on profit last week.\n",
    ),
    # 3
    (
        "2025-07-19",
        "Results from day 14 of the sumo tournament in [[Nagoya|GPE]] on Saturday:\n"
        "[[Hoshoryu|PERSON|Hōshōryū Tomokatsu]] (11-3) beat [[Kotozakura|PERSON|Kotozakura "
        "Masakatsu]] (9-5)\n[[Onosato|PERSON|Ōnosato Daiki]] (10-4) beat "
        "[[Kirishima|PERSON|Kirishima Tetsuo]] (8-6)\n[[Takayasu|PERSON|Takayasu Akira]] (7-7) "
        "beat [[Wakatakakage|PERSON|Wakatakakage Atsushi]] (9-5)\n",
    ),
    # 4
    (
        "1996-10-31",
        "TENNIS - RESULTS OF INDOOR TOURNAMENT\n\n[[PARIS|GPE|Paris]] 1996-10-31\n\nResults of "
        "second round matches at the indoor tournament in [[Paris|GPE]] on Thursday (prefix "
        "number denotes seeding):\n[[Becker|PERSON|Boris Becker]] (3) beat [[Stich|PERSON|"
        "Michael Stich]] 6-4 7-5\n[[Rosset|PERSON|Marc Rosset]] beat [[Kafelnikov|PERSON|"
        "Yevgeny Kafelnikov]] (2) 7-6 6-3\n[[Muster|PERSON|Thomas Muster]] (5) beat "
        "[[Pioline|PERSON|Cédric Pioline]] 6-2 6-7 6-4\n",
    ),
    # 5
    (
        "2025-04-11",
        "[[Wigan Warriors|ORG]] 24 [[St Helens|ORG|St Helens R.F.C.]] 12\n\nTries: "
        "[[Wigan|ORG|Wigan Warriors]] - [[Field|PERSON|Jai Field]] 2, [[Miski|PERSON|Abbas "
        "Miski]], [[French|PERSON|Bevan French]]; [[St Helens|ORG|St Helens R.F.C.]] - "
        "[[Welsby|PERSON|Jack Welsby]], [[Sironen|PERSON|Curtis Sironen]]\nGoals: "
        "[[Wigan|ORG|Wigan Warriors]] - [[Smith|PERSON|Harry Smith]] 4; [[St Helens|ORG|St "
        "Helens R.F.C.]] - [[Percival|PERSON|Mark Percival]] 2\n",
    ),
    # 6
    (
        "2024-12-06",
        "[[Ralph Lauren|ORG|Ralph Lauren Corporation]] reported a 6% rise in quarterly revenue "
        "on Thursday and raised its annual forecast. Chief executive [[Patrice Louvet|PERSON]] "
        "told investors that demand in [[China|GPE]] was strong. Shares of [[Ralph Lauren|ORG|"
        "Ralph Lauren Corporation]] rose 4% in [[New York|GPE|New York City]].\n",
    ),
    # 7
    (
        "2025-05-22",
        "[[Johnson Matthey|ORG]] agreed to sell its catalyst technologies business to "
        "[[Honeywell|ORG]] for £1.8 billion, the [[British|NORP]] chemicals group said on "
        "Thursday. [[Johnson Matthey|ORG]] said the sale would let it return £1.4 billion to "
        "shareholders. Chief executive [[Liam Condon|PERSON]] said the price was fair. "
        "“This is the right deal,” said [[Condon|PERSON|Liam Condon]].\n",
    ),
    # 8
    (
        "2024-11-07",
        "[[Capri Holdings|ORG]], the owner of [[Michael Kors|ORG|Michael Kors (brand)]] and "
        "[[Jimmy Choo|ORG|Jimmy Choo Ltd]], said on Thursday it would look at other options "
        "after a [[U.S.|GPE|United States]] judge blocked its sale to [[Tapestry|ORG|Tapestry, "
        "Inc.]]. [[Michael Kors|ORG|Michael Kors (brand)]] reported a 12% fall in revenue. "
        "[[Tapestry|ORG|Tapestry, Inc.]] bought [[Kate Spade|ORG|Kate Spade New York]] in 2017.\n",
    ),
    # 9
    (
        "2025-02-19",
        "[[Morgan Sindall|ORG|Morgan Sindall Group]] said the construction group's pretax "
        "profit rose 39% in 2024. Chief executive [[John Morgan|PERSON|John Morgan "
        "(businessman)]] said its order book was at a record. [[Morgan Sindall|ORG|Morgan "
        "Sindall Group]] shares rose 6%, and rival [[Balfour Beatty|ORG]] gained 2%.\n",
    ),
    # 10
    (
        "2024-10-24",
        "[[Raymond James|ORG|Raymond James Financial]] reported a 12% rise in quarterly profit "
        "on Wednesday, helped by fees from its wealth management unit. Chief executive "
        "[[Paul Shoukry|PERSON]] said client assets hit a record. [[Edward Jones|ORG|Edward "
        "Jones Investments]] and [[Charles Schwab|ORG|Charles Schwab Corporation]] report "
        "next week.\n",
    ),
    # 11
    (
        "1996-08-22",
        "[[LONDON|GPE|London]] 1996-08-22\n\n[[British|NORP]] store group [[John Lewis Partnership|ORG]] "
        "said on Thursday its first-half profit rose 12 percent to 63 million pounds. Chairman "
        "[[Stuart Hampson|PERSON]] said trading in July had been strong. [[Hampson|PERSON|"
        "Stuart Hampson]], speaking to reporters, said [[John Lewis|ORG|John Lewis Partnership]] "
        "would open two more stores.\n",
    ),
    # 12
    (
        "2025-09-13",
        "[[Ross County|ORG|Ross County F.C.]] 2 [[Hamilton Academical|ORG|Hamilton Academical "
        "F.C.]] 1\n\n[[Josh Sims|PERSON]] scored twice for [[Ross County|ORG|Ross County "
        "F.C.]], beating [[Hamilton|ORG|Hamilton Academical F.C.]] for the first time this "
        "season. Manager [[Don Cowie|PERSON]] said his side had earned it.\n",
    ),
    # 13
    (
        "2025-06-05",
        "Results of round 8 at [[Norway Chess|EVENT|2025 Norway Chess]] in "
        "[[Stavanger|GPE]] on Thursday:\n[[Carlsen|PERSON|Magnus Carlsen]] beat "
        "[[Nakamura|PERSON|Hikaru Nakamura]], [[Caruana|PERSON|Fabiano Caruana]] beat "
        "[[Firouzja|PERSON|Alireza Firouzja]], [[Gukesh|PERSON|Gukesh Dommaraju]] lost to "
        "[[Erigaisi|PERSON|Arjun Erigaisi]].\nStandings: [[Carlsen|PERSON|Magnus Carlsen]] "
        "13.5, [[Caruana|PERSON|Fabiano Caruana]] 12, [[Gukesh|PERSON|Gukesh Dommaraju]] 11.5\n",
    ),
    # 14
    (
        "2025-03-27",
        "[[Hugo Boss|ORG]] cut its 2025 sales forecast on Thursday, and the [[German|NORP]] "
        "fashion house said demand in [[Britain|GPE|United Kingdom]] and [[China|GPE]] had "
        "weakened. Chief executive [[Daniel Grieder|PERSON]] said costs would fall. Shares in "
        "[[Hugo Boss|ORG]] fell 7% in [[Frankfurt|GPE]].\n",
    ),
    # 15
    (
        "2024-08-01",
        "[[England|ORG|England cricket team]] 325-8 ([[Root|PERSON|Joe Root]] 104, "
        "[[Brook|PERSON|Harry Brook]] 62, [[Duckett|PERSON|Ben Duckett]] 41; [[Henry|PERSON|"
        "Matt Henry]] 3-55) beat [[New Zealand|ORG|New Zealand national cricket team]] 280 "
        "([[Williamson|PERSON|Kane Williamson]] 88; [[Wood|PERSON|Mark Wood]] 4-40) by 45 runs.\n",
    ),
    # 16
    (
        "2025-06-12",
        "The [[Competition and Markets Authority|ORG]] said on Thursday it had cleared the "
        "takeover of [[Hargreaves Lansdown|ORG]] by a group led by [[CVC Capital Partners|ORG]]. "
        "[[Hargreaves Lansdown|ORG]] reported a rise in client assets, and chief executive "
        "[[Dan Olley|PERSON]] said the deal would speed up investment.\n",
    ),
    # 17
    (
        "1996-05-09",
        "[[NEW YORK|GPE|New York City]] 1996-05-09\n\n[[Arthur Andersen|ORG]] said on "
        "Thursday its worldwide revenue rose 15 percent, and rival [[Price Waterhouse|ORG]] "
        "reported a 10 percent gain. [[Arthur Andersen|ORG]] managing partner [[Jim "
        "Wadia|PERSON]] told reporters the firm would hire 5,000 people.\n",
    ),
    # 18
    (
        "2025-04-30",
        "[[Evoke|ORG|Evoke plc]], the owner of [[William Hill|ORG|William Hill (bookmaker)]], "
        "said on Wednesday revenue fell 3% in the first quarter. Chief executive [[Per "
        "Widerström|PERSON]] said the [[William Hill|ORG|William Hill (bookmaker)]] shops would "
        "be cut. [[Widerström|PERSON|Per Widerström]], who joined in 2022, promised investors "
        "a return to growth.\n",
    ),
    # 19
    (
        "2024-09-26",
        "Scorers: [[Wales|ORG|Wales national football team]] - [[Johnson|PERSON|Brennan "
        "Johnson]] 23, [[Moore|PERSON|Kieffer Moore]] 67; [[Montenegro|ORG|Montenegro national "
        "football team]] - [[Krstović|PERSON|Nikola Krstović]] 55\n\n[[Wales|ORG|Wales national "
        "football team]] manager [[Craig Bellamy|PERSON]] said [[Johnson|PERSON|Brennan "
        "Johnson]] had been outstanding.\n",
    ),
    # 20
    (
        "2024-07-18",
        "[[Dyson|ORG]] will cut about 1,000 jobs in [[Britain|GPE|United Kingdom]], the "
        "maker of vacuum cleaners said on Tuesday. Founder [[James Dyson|PERSON]] moved its "
        "head office to [[Singapore|GPE]] in 2019. Chief executive [[Hanno Kirner|PERSON]] said "
        "the market had become more competitive.\n",
    ),
    # 21
    (
        "1996-09-14",
        "SOCCER - SCOTTISH LEAGUE RESULTS\n\n[[GLASGOW|GPE|Glasgow]] 1996-09-14\n\nResults of "
        "[[Scottish|NORP]] league second division matches on Saturday:\n[[Hamilton|ORG|Hamilton "
        "Academical F.C.]] 2 [[Stenhousemuir|ORG|Stenhousemuir F.C.]] 1\n[[Clyde|ORG|Clyde "
        "F.C.]] 0 [[Livingston|ORG|Livingston F.C.]] 0\n[[Queen of the South|ORG|Queen of the "
        "South F.C.]] 3 [[Berwick|ORG|Berwick Rangers F.C.]] 1\n",
    ),
    # 22
    (
        "2025-10-02",
        "[[Greggs|ORG]] chief executive [[Roisin Currie|PERSON]] said on Thursday sales growth "
        "had slowed in the hot summer. “We are cautious about the rest of the year,” "
        "[[Currie|PERSON|Roisin Currie]] said. The baker, which opened 140 shops, is chaired by "
        "[[Matt Davies|PERSON|Matt Davies (businessman)]]; [[Davies|PERSON|Matt Davies "
        "(businessman)]] will stay as chairman until 2027.\n",
    ),
    # 23
    (
        "2024-05-16",
        "[[Burberry|ORG]] reported a 34% drop in annual profit on Thursday. Chief executive "
        "[[Jonathan Akeroyd|PERSON]] said the luxury market had slowed. [[Akeroyd|PERSON|"
        "Jonathan Akeroyd]], a former [[Versace|ORG]] boss, told investors that the turnaround "
        "would take time. Rival [[Mulberry|ORG]] also warned.\n",
    ),
    # 24
    (
        "2025-01-09",
        "[[Marks & Spencer|ORG|Marks and Spencer]] said its food sales rose 8.9% over "
        "Christmas. Chief executive [[Stuart Machin|PERSON]] said [[Marks & Spencer|ORG|Marks "
        "and Spencer]] was winning customers from [[Sainsbury's|ORG]] and [[Tesco|ORG]]. "
        "“The momentum is strong,” [[Machin|PERSON|Stuart Machin]] said.\n",
    ),
]

CASES = [(f"own-ent45t-{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 != 0]
CHECK = [(f"own-ent45t-c{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 == 0]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
