"""Write eval/own-entities-dev39s.jsonl and eval/own-entities-dev39s-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for the TITLES of clubs of handball, ice
hockey, basketball and rugby union in Europe (issue 13 names, session 39, sportclubs39): a club
that copy names by its town or short form ("Kiel", "Lemgo", "Toulouse", "Real Madrid") is named
by its English Wikipedia title of the club of the document's sport ("THW Kiel", "TBV Lemgo",
"Stade Toulousain", "Real Madrid Baloncesto").

The families (ANNOTATION.md "Entities": a club's name is its English Wikipedia title; clubs are
ORG, national sides GPE by their country):
- results lines in the 1996 wire format ("HANDBALL - GERMAN LEAGUE RESULTS."), match reports in
  prose, from Germany, Spain, France, Denmark, Hungary, Switzerland, Sweden, Italy, Greece,
  Turkey, Ireland and England;
- must stay: a town in prose about the town, the football club of the same town in football
  copy ("Kiel" -> Holstein Kiel), national teams, a town in copy of no clear sport.
Written for briefx by hand (session 39); real clubs, leagues and towns, invented players,
coaches, scores and events. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing,
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
Every third item (n % 3 == 0) goes to the check file: scored only once, at the end of the
session. Run from the project root: ``python eval/build_own_entities_dev39s.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev39s.jsonl"
OUT_CHECK = HERE / "own-entities-dev39s-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 39s, issue 13 names); handball, ice hockey, "
    "basketball and rugby union results and reports of European clubs, and must-stay texts; "
    "real towns, leagues and clubs, invented people, scores and events; MIT."
)

ITEMS = [
    (
        "1996-09-01",
        (
            "HANDBALL - GERMAN LEAGUE RESULTS.\n"
            "[[BONN|GPE|Bonn]] 1996-08-31\n"
            "Results of German handball league matches on Saturday:\n"
            "[[Kiel|ORG|THW Kiel]] 27 [[Lemgo|ORG|TBV Lemgo]] 22\n"
            "[[Flensburg|ORG|SG Flensburg-Handewitt]] 25 [[Magdeburg|ORG|SC Magdeburg]] 25\n"
            "[[Gummersbach|ORG|VfL Gummersbach]] 21 [[Minden|ORG|GWD Minden]] 19\n"
        ),
    ),
    (
        "2026-11-02",
        (
            "[[Flensburg|ORG|SG Flensburg-Handewitt]] beat [[Veszprem|ORG|Veszprém KC]] 32-29 in "
            "the [[EHF Champions League|ORG]] on Sunday. Goalkeeper [[Jonas Berg|PERSON]] made 16 "
            "saves as the handball side moved top of the group.\n"
        ),
    ),
    (
        "2026-11-03",
        (
            "[[Barcelona|ORG|FC Barcelona Handbol]] stayed unbeaten in the handball Champions "
            "League with a 35-28 win at [[Aalborg|ORG|Aalborg Håndbold]], while "
            "[[Kielce|ORG|Industria Kielce]] lost 30-31 to [[Szeged|ORG|SC Pick Szeged]].\n"
        ),
    ),
    (
        "1996-10-13",
        (
            "RUGBY UNION - FRENCH CHAMPIONSHIP RESULTS.\n"
            "[[PARIS|GPE|Paris]] 1996-10-12\n"
            "Results of French rugby union championship matches on Saturday:\n"
            "[[Toulouse|ORG|Stade Toulousain]] 32 [[Brive|ORG|CA Brive]] 15\n"
            "[[Castres|ORG|Castres Olympique]] 18 [[Biarritz|ORG|Biarritz Olympique]] 20\n"
            "[[Perpignan|ORG|USA Perpignan]] 25 [[Toulon|ORG|RC Toulon]] 12\n"
        ),
    ),
    (
        "2026-11-08",
        (
            "[[Leinster|ORG|Leinster Rugby]] ran in five tries to beat [[Munster|ORG|Munster "
            "Rugby]] 38-17 in the [[United Rugby Championship|ORG]], fly-half [[Sean Doyle|PERSON]] "
            "kicking 13 points.\n"
        ),
    ),
    (
        "2026-11-09",
        (
            "[[Saracens|ORG|Saracens F.C.]] edged [[Leicester|ORG|Leicester Tigers]] 24-22 in "
            "the rugby union Premiership, and [[Bath|ORG|Bath Rugby]] beat "
            "[[Gloucester|ORG|Gloucester Rugby]] 31-10 at the Rec.\n"
        ),
    ),
    (
        "1996-11-17",
        (
            "BASKETBALL - EUROLEAGUE RESULTS.\n"
            "[[ATHENS|GPE|Athens]] 1996-11-16\n"
            "Results of European basketball league matches on Thursday:\n"
            "[[Panathinaikos|ORG|Panathinaikos B.C.]] 78 [[Real Madrid|ORG|Real Madrid "
            "Baloncesto]] 71\n"
            "[[Olympiakos|ORG|Olympiacos B.C.]] 66 [[Efes Pilsen|ORG|Anadolu Efes S.K.]] 64\n"
            "[[Barcelona|ORG|FC Barcelona Bàsquet]] 80 [[Bologna|ORG|Virtus Bologna]] 74\n"
        ),
    ),
    (
        "2026-11-12",
        (
            "[[Fenerbahce|ORG|Fenerbahçe S.K. (basketball)]] beat [[Zalgiris|ORG|BC Žalgiris]] "
            "84-79 in the [[EuroLeague|ORG]], with guard [[Ali Demir|PERSON]] scoring 22 points. "
            "[[Maccabi Tel Aviv|ORG|Maccabi Tel Aviv B.C.]] lost at [[Baskonia|ORG|Saski "
            "Baskonia]].\n"
        ),
    ),
    (
        "2026-11-14",
        (
            "ICE HOCKEY - SWISS LEAGUE.\n"
            "[[Davos|ORG|HC Davos]] beat [[Lugano|ORG|HC Lugano]] 4-2 in the Swiss ice hockey "
            "league, and [[Zug|ORG|EV Zug]] won 3-1 at [[Fribourg|ORG|HC Fribourg-Gottéron]].\n"
        ),
    ),
    (
        "2026-11-15",
        (
            "[[Frolunda|ORG|Frölunda HC]] scored twice in the third period to beat "
            "[[Farjestad|ORG|Färjestad BK]] 3-2 in the Swedish ice hockey league, goalie "
            "[[Erik Lind|PERSON]] stopping 31 shots.\n"
        ),
    ),
    (
        "2026-11-16",
        (
            "[[Kiel|ORG|Holstein Kiel]] striker [[Tim Brandt|PERSON]] scored in stoppage time "
            "as the football side drew 1-1 with [[Magdeburg|ORG|1. FC Magdeburg]] in the "
            "[[2. Bundesliga|ORG]].\n"
        ),
    ),
    (
        "2026-11-17",
        (
            "The port of [[Kiel|GPE]] will host a sailing regatta in June, the city council of "
            "[[Kiel|GPE]] said on Monday, and [[Flensburg|GPE]] plans a festival.\n"
        ),
    ),
    (
        "2026-11-18",
        (
            "[[Germany|GPE]] beat [[Denmark|GPE]] 30-28 in a handball friendly in "
            "[[Kiel|GPE]], with [[Lars Holm|PERSON]] scoring nine goals.\n"
        ),
    ),
    (
        "2026-11-19",
        (
            "[[Real Madrid|ORG|Real Madrid CF]] beat [[Valencia|ORG|Valencia CF]] 2-0 in "
            "[[La Liga|ORG]], the striker [[Diego Ruiz|PERSON]] scoring twice.\n"
        ),
    ),
    (
        "2026-11-20",
        (
            "[[Real Madrid|ORG|Real Madrid Baloncesto]] beat [[Unicaja|ORG|Baloncesto Málaga]] "
            "91-80 in the Spanish basketball league, and [[Valencia|ORG|Valencia Basket]] "
            "lost to [[Joventut|ORG|Club Joventut Badalona]].\n"
        ),
    ),
    (
        "2026-11-21",
        (
            "[[Clermont|ORG|ASM Clermont Auvergne]] beat [[La Rochelle|ORG|Stade Rochelais]] "
            "27-20 in the [[Top 14|ORG]], scrum-half [[Paul Roux|PERSON]] scoring a try, and "
            "[[Racing 92|ORG]] lost at [[Bordeaux|ORG|Union Bordeaux Bègles]].\n"
        ),
    ),
    (
        "2026-11-22",
        (
            "[[Berlin|ORG|Alba Berlin]] beat [[Bamberg|ORG|Brose Bamberg]] 88-77 in the German "
            "basketball Bundesliga, and [[Bayern Munich|ORG|FC Bayern Munich (basketball)]] "
            "won at [[Ulm|ORG|Ratiopharm Ulm]].\n"
        ),
    ),
    (
        "2026-11-23",
        (
            "[[Rhein-Neckar Loewen|ORG|Rhein-Neckar Löwen]] beat [[Fuechse Berlin|ORG|Füchse "
            "Berlin]] 29-27 in the handball Bundesliga, and [[Melsungen|ORG|MT Melsungen]] drew "
            "with [[Hannover|ORG|TSV Hannover-Burgdorf]].\n"
        ),
    ),
    (
        "2026-11-24",
        (
            "[[Ulster|ORG|Ulster Rugby]] lost 20-27 to [[Glasgow Warriors|ORG]] in the rugby "
            "union [[United Rugby Championship|ORG]], and [[Ospreys|ORG|Ospreys (rugby union)]] "
            "beat [[Cardiff|ORG|Cardiff Rugby]].\n"
        ),
    ),
    (
        "2026-11-25",
        (
            "[[Toulouse|GPE]] will open a new tram line in 2028, the mayor of [[Toulouse|GPE]] "
            "said, while [[Lyon|GPE]] extends its metro.\n"
        ),
    ),
    (
        "2026-11-26",
        (
            "[[Zurich|ORG|ZSC Lions]] beat [[Bern|ORG|SC Bern]] 5-3 in the Swiss ice hockey "
            "league, and [[Ambri|ORG|HC Ambrì-Piotta]] lost to [[Geneva|ORG|Genève-Servette HC]].\n"
        ),
    ),
    # British football copy beside clubs abroad (the " F.C." rule), and must-stay texts
    (
        "2026-11-27",
        (
            "[[Aston Villa|ORG|Aston Villa F.C.]] beat [[Lyon|ORG|Olympique Lyonnais]] 2-1 in the "
            "[[Europa League|ORG|UEFA Europa League]], their striker [[Sam Hart|PERSON]] scoring "
            "twice.\n"
        ),
    ),
    (
        "2026-11-28",
        (
            "[[Chelsea|ORG|Chelsea F.C.]] beat [[Benfica|ORG|S.L. Benfica]] 3-1 in the "
            "[[Champions League|ORG|UEFA Champions League]], midfielder [[Tom Reed|PERSON]] "
            "scoring twice.\n"
        ),
    ),
    (
        "2026-11-29",
        (
            "[[Everton|ORG|Everton F.C.]] goalkeeper [[Ben Cole|PERSON]] kept a clean sheet as "
            "the side won 1-0 at [[Feyenoord|ORG]] in a friendly.\n"
        ),
    ),
    (
        "2026-11-30",
        (
            "The city council of [[Liverpool|GPE]] approved a new waterfront plan on Monday, and "
            "[[Manchester|GPE]] will extend its tram network.\n"
        ),
    ),
    (
        "1996-09-11",
        (
            "SOCCER - UEFA CUP RESULTS.\n"
            "[[LONDON|GPE|London]] 1996-09-10\n"
            "Results of UEFA Cup first round, first leg matches on Tuesday:\n"
            "[[Aston Villa|ORG|Aston Villa F.C.]] 1 [[Helsingborg|ORG|Helsingborgs IF]] 1\n"
            "[[Arsenal|ORG|Arsenal F.C.]] 2 [[Borussia Moenchengladbach|ORG|Borussia "
            "Mönchengladbach]] 3\n"
        ),
    ),
    (
        "2026-12-01",
        (
            "[[Tottenham Hotspur|ORG|Tottenham Hotspur F.C.]] beat [[Ajax|ORG|AFC Ajax]] 2-0, "
            "the striker [[Leo Marsh|PERSON]] scoring both goals.\n"
        ),
    ),
]

CASES = [(f"own-ent39s-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if n % 3]
CHECK = [(f"own-ent39s-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if not n % 3]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
