"""Write eval/own-entities-dev8.jsonl and eval/own-entities-dev8-check.jsonl (FORMAT.md,
entities only): an eighth entities dev set and its check set, for entity *types*.

Kinds of text: flood warnings, company results, carmakers, road closures, football results,
humanitarian updates and conference news. Families where types go wrong: towns and rivers in a
place context ("near X", "across the X", "in X"), companies whose name is also a town's
("shares of X", "X said"), events named by their head word (Show, Expo, Summit, Games,
Festival), road designations (motorways, interstates, routes), products with their brand in the
name (one PRODUCT), provinces and counties (GPE, also before a lower-case "province"), and
football clubs named like their city next to a score or a match verb. Written for briefx by
hand (session 7, issue 13); real places, companies and institutions, invented figures, events,
quotations and people. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before
briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. This
script turns the marks into offsets and checks every span (``text[start:end] == text``, in
order, no overlap, known type). The CHECK cases go to the check file: scored only at the end
of a session.
Run from the project root: ``python eval/build_own_entities_dev8.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev8.jsonl"
OUT_CHECK = HERE / "own-entities-dev8-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 8, issue 13 types); flood, company, car, road, "
    "football, humanitarian and conference copy; real places, companies and institutions, "
    "invented people, figures and details; MIT."
)

CASES = [
    (
        "own-ent8-01",
        "2026-04-14",
        "[[BUDAPEST|GPE|Budapest]] -- Flood defences held overnight along the [[Tisza|LOC]] "
        "near [[Szeged|GPE]], [[Hungary|GPE]]'s water directorate said on Tuesday, as the river "
        "crested 40 cm below its 2006 record. Upstream, crews in [[Csongrád|GPE]] reinforced "
        "dikes and residents of [[Mindszent|GPE]] were told to prepare to leave.\n"
        "In neighbouring [[Romania|GPE]], the [[Mureș|LOC|Mureș (river)]] burst its banks in "
        "[[Arad|GPE|Arad County]] county, and the road across the [[Crișul Alb|LOC]] was closed "
        'near [[Ineu|GPE]]. "The water is still rising in [[Timiș|GPE|Timiș County]]," said '
        "county prefect [[Ioana Drăgan|PERSON]].\n",
    ),
    (
        "own-ent8-02",
        "2026-10-29",
        "[[Fiskars|ORG]] said on Thursday it would cut 180 jobs at its plant in "
        "[[Billnäs|GPE]] and move the making of garden tools to [[Poland|GPE]]. Shares of "
        "[[Fiskars|ORG]] fell 3.4% in [[Helsinki|GPE]].\n"
        "Engine maker [[Wärtsilä|ORG]], which also reported on Thursday, said orders rose 12%. "
        "[[Wärtsilä|ORG]]'s finance chief [[Arja Niemelä|PERSON]] said demand from cruise lines "
        "in [[Miami|GPE]] and [[Hamburg|GPE]] stayed strong. [[Kone|ORG]], the lift maker based "
        "in [[Espoo|GPE]], reports next week.\n",
    ),
    (
        "own-ent8-03",
        "2026-06-08",
        "[[TOKYO|GPE|Tokyo]] -- [[Toyota|ORG]] will raise output of the [[Toyota Hilux|PRODUCT]] "
        "by 15% next year at its plant in [[Tahara|GPE|Tahara, Aichi]], in "
        "[[Aichi|GPE|Aichi Prefecture]] prefecture, the carmaker said on Monday. An electric "
        "version of the pickup will be shown at the [[Japan Mobility Show|EVENT]] in October.\n"
        "[[Hitachi|ORG]], which supplies the motors, said it expected higher orders from "
        "[[Toyota|ORG]]. Shares of [[Hitachi|ORG]] rose 2.1% in [[Tokyo|GPE]], while "
        "[[Toyota|ORG]] gained 0.8%. [[Nissan|ORG]] said the new [[Nissan Leaf|PRODUCT]] would "
        "go on sale in [[Europe|LOC]] in March.\n",
    ),
    (
        "own-ent8-04",
        "2026-07-15",
        "Police closed the [[M6|FAC|M6 motorway]] in both directions between junctions 16 and "
        "17 after a lorry fire on Wednesday morning, and traffic was sent onto the "
        "[[A500|FAC|A500 road]] through [[Stoke-on-Trent|GPE]]. [[National Highways|ORG]] said "
        "the [[A14|FAC|A14 road (England)]] near [[Cambridge|GPE]] would also shut overnight "
        "for resurfacing.\n"
        "Organisers of the [[Goodwood Festival of Speed|EVENT]] told visitors to avoid the "
        "[[A27|FAC|A27 road]] on Friday. The [[Great Yorkshire Show|EVENT]] and the "
        "[[Royal Welsh Show|EVENT]] open next week.\n",
    ),
    (
        "own-ent8-05",
        "2026-02-19",
        "A truck carrying [[Ford F-150|PRODUCT|Ford F-Series]] pickups overturned on "
        "[[I-95|FAC|Interstate 95]] near [[Fredericksburg|GPE|Fredericksburg, Virginia]], "
        "[[Virginia|GPE]], early Thursday, closing the northbound lanes for six hours, the "
        "[[Virginia Department of Transportation|ORG]] said. Drivers were sent onto "
        "[[US 1|FAC|U.S. Route 1]] and [[Route 3|FAC|Virginia State Route 3]].\n"
        "[[Ford|ORG|Ford Motor Company]] said the trucks were bound for a dealer in "
        "[[Baltimore|GPE]]. Separately, [[Stellantis|ORG]] recalled 40,000 "
        "[[Ram 1500|PRODUCT|Ram pickup]] pickups built at its "
        "[[Sterling Heights|GPE|Sterling Heights, Michigan]] plant in [[Michigan|GPE]].\n",
    ),
    (
        "own-ent8-06",
        "2026-03-09",
        "[[Bologna|ORG|Bologna FC 1909]] moved into fourth place in [[Serie A|ORG]] with a 2-1 "
        "win over [[Torino|ORG|Torino FC]] on Sunday, while [[Genoa|ORG|Genoa CFC]] drew 0-0 at "
        "home to [[Lecce|ORG|US Lecce]]. In the [[Bundesliga|ORG]], [[Mainz|ORG|1. FSV Mainz 05]] "
        "beat [[Augsburg|ORG|FC Augsburg]] 3-1 and [[Bochum|ORG|VfL Bochum]] lost 2-0 at "
        "[[Wolfsburg|ORG|VfL Wolfsburg]].\n"
        "[[Bologna|ORG|Bologna FC 1909]] coach [[Marco Bellini|PERSON]] said the win in "
        '[[Turin|GPE]] was deserved. "We played the better football," he said.\n',
    ),
    (
        "own-ent8-07",
        "2026-11-06",
        "[[BUNIA|GPE|Bunia]] -- Attacks on villages in [[Ituri|GPE|Ituri Province]] province "
        "forced 25,000 people from their homes in October, the [[UN|ORG|United Nations]] "
        "refugee agency [[UNHCR|ORG|United Nations High Commissioner for Refugees]] said on "
        "Friday. Most fled towards [[Bunia|GPE]] or across [[Lake Albert|LOC]] into "
        "[[Uganda|GPE]]. In [[Tanganyika|GPE|Tanganyika Province]] province, aid groups reported "
        "new cholera cases around [[Kalemie|GPE]].\n"
        "In [[Mozambique|GPE]], the [[World Food Programme|ORG]] said it had resumed deliveries "
        "in [[Cabo Delgado|GPE|Cabo Delgado Province]] and in neighbouring "
        "[[Niassa|GPE|Niassa Province]], where roads along the [[Lugenda|LOC|Lugenda River]] "
        "river had reopened.\n",
    ),
    (
        "own-ent8-08",
        "2026-11-04",
        "[[LISBON|GPE|Lisbon]] -- More than 70,000 people are expected at [[Web Summit|EVENT]] "
        "next week, organisers said, after the event moved part of its programme to "
        "[[Porto|GPE]]. The [[Africa Climate Summit|EVENT]] in [[Nairobi|GPE]] and the "
        "[[Dubai Airshow|EVENT]] fall in the same fortnight.\n"
        "Athletes from [[Kenya|GPE]], who won 11 medals at the [[Commonwealth Games|EVENT]], "
        "will be honoured at the [[Nairobi|GPE]] event. The "
        "[[International Olympic Committee|ORG]] said bids to host the next "
        "[[Winter Youth Olympic Games|EVENT]] were due by March.\n",
    ),
]

CHECK = [
    (
        "own-ent8-c1",
        "2026-09-12",
        "[[Ukrainian|NORP]] forces pushed back an assault near [[Kostiantynivka|GPE]] on "
        "Saturday, the general staff said, while shelling hit power lines in "
        "[[Nikopol|GPE|Nikopol, Ukraine]] across the [[Dnipro|LOC|Dnieper]]. Residents of "
        "[[Sumy|GPE|Sumy Oblast]] region were told to boil water after a pumping station on the "
        "[[Psel|LOC]] was damaged. [[Lithuania|GPE]] said it would open a second border "
        "crossing near [[Šalčininkai|GPE]].\n",
    ),
    (
        "own-ent8-c2",
        "2026-05-05",
        "[[Hershey|ORG|The Hershey Company]] said on Tuesday it would invest $150 million in its "
        "chocolate plant in [[Hershey|GPE|Hershey, Pennsylvania]], [[Pennsylvania|GPE]], adding "
        "200 jobs. Shares of [[Hershey|ORG|The Hershey Company]] rose 1.1%.\n"
        "[[Corning|ORG|Corning Inc.]], which makes [[Gorilla Glass|PRODUCT]] for smartphones, "
        "said profit beat forecasts; its plant near "
        "[[Harrodsburg|GPE|Harrodsburg, Kentucky]], [[Kentucky|GPE]], will add a third shift, "
        "and trucks will use the [[I-64|FAC|Interstate 64]] link.\n",
    ),
    (
        "own-ent8-c3",
        "2026-01-18",
        "[[Valencia|ORG|Valencia CF]] beat [[Sevilla|ORG|Sevilla FC]] 2-0 at "
        "[[Mestalla|FAC|Mestalla Stadium]] on Saturday to climb out of the relegation zone. In "
        "[[France|GPE]], [[Lille|ORG|Lille OSC]] won 1-0 at [[Nantes|ORG|FC Nantes]], and "
        "[[Lens|ORG|RC Lens]] drew with [[Brest|ORG|Stade Brestois 29]]. "
        "[[Sevilla|ORG|Sevilla FC]] face [[Girona|ORG|Girona FC]] in the "
        "[[Copa del Rey|EVENT]] on Wednesday, their first cup tie in [[Catalonia|GPE]] "
        "since 2019.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
