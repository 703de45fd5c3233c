"""Write eval/own-entities-dev40y.jsonl and eval/own-entities-dev40y-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for the TYPES of one-word mentions (issue
13, session 40, types40): surnames of people the text names in full, small towns, districts and
villages in a place's slot, teams named by their city in results, rivers and ranges named bare,
products named bare.

The families (ANNOTATION.md "Entities"):
- humanitarian updates naming villages and districts ("in X", "X district", "the village of X");
- wire reports with surnames after a full name;
- sports results and reports naming teams by city or country, with datelines that stay places;
- product launches and natural hazards naming rivers and ranges bare;
- must stay: companies named after places or people, national teams, the same towns as places.
Written for briefx by hand (session 40, issue 13 types); real places, invented people, villages'
events, scores and products (some real products). Annotated by ``shared/eval/ANNOTATION.md``
inline while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Every third item (n % 3 == 0) goes to the check file: scored
only once, at the end of the session. Run from the project root:
``python eval/build_own_entities_dev40y.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev40y.jsonl"
OUT_CHECK = HERE / "own-entities-dev40y-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 40y, issue 13 types); humanitarian updates, wire "
    "reports, sports results, product launches and natural hazards; real places, invented "
    "people and events; MIT."
)

ITEMS = [
    (
        "2026-11-03",
        (
            "Flooding displaced about 4,000 people in [[Kalehe|GPE]] territory of [[South "
            "Kivu|GPE]] this week, aid agencies said. Families from [[Bushushu|GPE]] and "
            "[[Nyamukubi|GPE]] sheltered in schools, and a health post in [[Bushushu|GPE]] was "
            "washed away.\n"
        ),
    ),
    (
        "2026-10-14",
        (
            "[[Nairobi|GPE]] - Prime Minister [[Amelia Kovacs|PERSON]] met trade unions on "
            "Tuesday. [[Kovacs|PERSON|Amelia Kovacs]] told reporters the talks had been "
            "constructive, and [[Kovacs|PERSON|Amelia Kovacs]] said a deal could follow by "
            "Friday.\n"
        ),
    ),
    (
        "2026-09-20",
        (
            "Results of [[Serie A|ORG]] matches on Sunday: [[Bologna|ORG|Bologna FC 1909]] 2 "
            "[[Udinese|ORG|Udinese Calcio]] 1; [[Genoa|ORG|Genoa CFC]] 0 [[Torino|ORG|Torino "
            "FC]] 0; [[Lecce|ORG|US Lecce]] 1 [[Cagliari|ORG|Cagliari Calcio]] 3.\n"
        ),
    ),
    (
        "2026-08-02",
        (
            "Heavy rain sent the [[Swat|LOC|Swat River]] over its banks on Saturday, flooding "
            "villages near [[Mingora|GPE]] in [[Pakistan|GPE]]. Officials in [[Bahrain|GPE|"
            "Bahrain, Swat]] tehsil said the road to [[Kalam|GPE]] was cut.\n"
        ),
    ),
    (
        "2026-06-11",
        (
            "[[Nordvik Motors|ORG]] unveiled the [[Aurel|PRODUCT]] electric van on Thursday. "
            "The company said the [[Aurel|PRODUCT]] would go on sale in [[Norway|GPE]] in "
            "March, priced below its older [[Fjell|PRODUCT]] model.\n"
        ),
    ),
    (
        "2026-07-19",
        (
            "A cholera outbreak has reached [[Chikwawa|GPE]] district in southern [[Malawi|GPE]], "
            "where 37 cases were confirmed at [[Nchalo|GPE]], the health ministry said. Teams "
            "were also sent to the village of [[Mfera|GPE]].\n"
        ),
    ),
    (
        "2026-05-05",
        (
            "[[Brazil|GPE]] beat [[Chile|GPE]] 3-1 in a friendly in [[Santiago|GPE]] on Tuesday. [[Marcos "
            "Teixeira|PERSON]] scored twice, and [[Teixeira|PERSON|Marcos Teixeira]] said the "
            "side was ready for the [[World Cup|EVENT|FIFA World Cup]].\n"
        ),
    ),
    (
        "2026-03-28",
        (
            "Wildfires burned across the [[Troodos|LOC|Troodos Mountains]] range on Friday, "
            "and firefighters evacuated [[Platres|GPE]] and [[Kakopetria|GPE]], the [[Cyprus|GPE]] "
            "fire service said.\n"
        ),
    ),
    (
        "2026-02-17",
        (
            "Chief Executive [[Hannah Brightwell|PERSON]] of [[Coventry Building Society|ORG]] "
            "said mortgage lending rose 4% in January. [[Brightwell|PERSON|Hannah Brightwell]], "
            "54, added that arrears remained low.\n"
        ),
    ),
    (
        "2026-10-02",
        (
            "[[Ugandan|NORP]] officials said 1,200 refugees crossed into [[Kisoro|GPE]] from "
            "[[Bunagana|GPE]] over the weekend. A reception centre at [[Nyakabande|GPE]] is "
            "full, and new arrivals are being moved to [[Nakivale|GPE]] settlement.\n"
        ),
    ),
    (
        "2026-04-12",
        (
            "[[Leeds|ORG|Leeds United F.C.]] drew with [[Sunderland|ORG|Sunderland A.F.C.]] 1-1 "
            "on Saturday, while [[Burnley|ORG|Burnley F.C.]] lost to [[Norwich|ORG|Norwich City "
            "F.C.]] 2-0. [[Leeds|ORG|Leeds United F.C.]] stay top of the [[Championship|ORG|EFL "
            "Championship]].\n"
        ),
    ),
    (
        "2026-09-09",
        (
            "The [[Danube|LOC]] rose to 8.1 metres in [[Budapest|GPE]] on Monday, and rescuers "
            "worked along the [[Morava|LOC|Morava (river)]] north of [[Hodonín|GPE]], the "
            "[[Czech|NORP]] fire service said.\n"
        ),
    ),
    (
        "2026-01-21",
        (
            "[[Veltra Pharma|ORG]] said regulators approved [[Lumidex|PRODUCT]] for adults with "
            "severe asthma. [[Lumidex|PRODUCT]] sales are expected to start in April, chief "
            "executive [[Paul Ostrander|PERSON]] said.\n"
        ),
    ),
    (
        "2026-12-01",
        (
            "Police in [[Rajshahi|GPE]] said three people were killed in a clash in "
            "[[Godagari|GPE]] upazila on Sunday. [[Mohammad Karim|PERSON]], a local official, "
            "said [[Karim|PERSON|Mohammad Karim]] had asked for more officers.\n"
        ),
    ),
    (
        "2026-08-30",
        (
            "[[Galatasaray|ORG|Galatasaray S.K.]] beat [[Fenerbahce|ORG|Fenerbahçe S.K.]] 2-1 "
            "in [[Istanbul|GPE]] on Saturday. Coach [[Okan Yilmaz|PERSON]] said the win was "
            "deserved, and [[Yilmaz|PERSON|Okan Yilmaz]] praised his defence.\n"
        ),
    ),
    (
        "2026-06-25",
        (
            "Locusts were reported in [[Tamanrasset|GPE]] and across the [[Hoggar|LOC|Hoggar "
            "Mountains]] massif, the [[Food and Agriculture Organization|ORG]] said. Swarms may "
            "move south into the [[Sahel|LOC]] by July.\n"
        ),
    ),
    (
        "2026-07-07",
        (
            "[[Orbitex|ORG]] launched its [[Kestrel|PRODUCT]] rocket from [[Kourou|GPE]] on "
            "Monday, putting two weather satellites in orbit. [[Orbitex|ORG]] said the next "
            "[[Kestrel|PRODUCT]] would fly in October.\n"
        ),
    ),
    (
        "2026-11-15",
        (
            "[[Zurich|ORG|Zurich Insurance Group]] said its profit rose 9%, while [[Ferrari|ORG]] "
            "raised its forecast. Shares of [[Nestle|ORG|Nestlé]] fell in [[Zurich|GPE]] trading.\n"
        ),
    ),
    (
        "2026-05-30",
        (
            "[[KATHMANDU|GPE|Kathmandu]] - A landslide buried four houses in [[Jajarkot|GPE]] "
            "district on Friday, and rescuers reached [[Barekot|GPE]] by foot, said "
            "[[Ramesh Thapa|PERSON]], the chief district officer. [[Thapa|PERSON|Ramesh Thapa]] "
            "said two people were missing.\n"
        ),
    ),
    (
        "2026-10-25",
        (
            "[[Lyon|ORG|Olympique Lyonnais]] lost to [[Lens|ORG|RC Lens]] 2-1 on Saturday, and "
            "[[Nantes|ORG|FC Nantes]] drew with [[Rennes|ORG|Stade Rennais F.C.]] 0-0. Fans in "
            "[[Lyon|GPE]] protested outside the ground after the match.\n"
        ),
    ),
    (
        "2026-04-30",
        (
            "The [[Mekong|LOC|Mekong River]] fell to its lowest level in a decade near "
            "[[Pakse|GPE]], and farmers along the [[Tonle Sap|LOC]] lost their rice crop, the "
            "[[Mekong River Commission|ORG]] said.\n"
        ),
    ),
    (
        "2026-03-03",
        (
            "Defence Minister [[Sofia Lindqvist|PERSON]] visited troops in [[Boden|GPE]] on "
            "Monday. [[Lindqvist|PERSON|Sofia Lindqvist]] said [[Sweden|GPE]] would buy more "
            "[[Archer|PRODUCT|Archer artillery system]] howitzers.\n"
        ),
    ),
    (
        "2026-02-08",
        (
            "Aid convoys reached [[Tawila|GPE]] in [[North Darfur|GPE]] on Saturday, the "
            "[[United Nations|ORG]] said. Fighting near [[Tawila|GPE]] and [[Kutum|GPE]] had "
            "blocked the road for weeks.\n"
        ),
    ),
    (
        "2026-09-14",
        (
            "[[Auckland|ORG|Auckland FC]] beat [[Wellington|ORG|Wellington Phoenix FC]] 3-2 on "
            "Sunday. Rain in [[Wellington|GPE]] delayed kick-off by an hour.\n"
        ),
    ),
]

CASES = [(f"own-ent40y-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if n % 3]
CHECK = [(f"own-ent40y-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if not n % 3]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
