"""Write eval/own-entities-dev35p.jsonl and eval/own-entities-dev35p-check.jsonl (FORMAT.md,
entities only): a dev set and its check set for the *products* part of issue 13 item 6 (entity
types and spans): products named by the grammar of commerce.

Families (blind aggregates: gold PRODUCT typed ORG 39 times, FAC 8, PERSON 7; 29 missed, 18
with a wrong boundary):
- a name after a maker's possessive ("Pfizer's Paxlovid");
- a name as the object of sales and trade words ("sales of the Corolla", "orders for the
  Gripen", "X units", "X models") and of launch, recall and release verbs ("recalled the
  Civic", "released the Pixel");
- a name before a product noun ("the Mounjaro drug", "the Gripen jet");
- a maker's name before a model's ("the Toyota Corolla" -> one PRODUCT "Toyota Corolla");
- two products joined by "and" or a comma after such a cue ("Wegovy and Ozempic": two
  PRODUCTs, not one ORG).
Cases that must stay as they are: the makers themselves (ORG), a company's plant, headquarters
and executives after its possessive ("Ford's Detroit plant", "Apple's Tim Cook"), companies
whose names hold "and" or "&" ("Procter & Gamble", "Marks and Spencer"), places and people.
Written for briefx by hand (session 35, products22); real companies, products, places and
public figures, invented events, figures and quotations. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. ``entity_marks`` turns the marks into
offsets and checks every span. The CHECK cases go to the check file: scored only once, at the
end of the session.
Run from the project root: ``python eval/build_own_entities_dev35p.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev35p.jsonl"
OUT_CHECK = HERE / "own-entities-dev35p-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 35p, issue 13 item 6 products); company results, "
    "recalls, drug approvals, car and phone sales, defence procurement and software releases; "
    "real companies, products, places and public figures, invented events, figures and "
    "quotations; MIT."
)

CASES = [
    (
        "own-ent35p-01",
        "2026-10-28",
        "[[Toyota|ORG|Toyota]] said on Tuesday that sales of the [[Corolla|PRODUCT|Toyota "
        "Corolla]] rose 6% in the third quarter, while demand for the [[RAV4|PRODUCT|Toyota "
        "RAV4]] held steady in [[Japan|GPE]] and [[Europe|LOC]]. The carmaker's chief executive, "
        "[[Koji Sato|PERSON]], told reporters in [[Nagoya|GPE]] that the [[Toyota "
        "Camry|PRODUCT]] would get a hybrid-only line-up next year.\n",
    ),
    (
        "own-ent35p-02",
        "2026-11-04",
        "[[Novo Nordisk|ORG]]'s [[Wegovy|PRODUCT]] and [[Ozempic|PRODUCT]] sold strongly in "
        "the quarter, the [[Danish|NORP]] drugmaker said, lifting operating profit by 14%. "
        "Prescriptions of [[Rybelsus|PRODUCT]] fell in [[Germany|GPE]]. Chief executive "
        "[[Mike Doustdar|PERSON]] said the company would cut prices in the [[United "
        "States|GPE|United States]].\n",
    ),
    (
        "own-ent35p-03",
        "2026-09-15",
        "[[Honda|ORG]] recalled the [[Civic|PRODUCT|Honda Civic]] and the [[Accord|PRODUCT|"
        "Honda Accord]] in [[North America|LOC]] after reports that a fuel pump could fail, the "
        "[[National Highway Traffic Safety Administration|ORG]] said on Monday. About 310,000 "
        "vehicles built at the company's [[Marysville|GPE|Marysville, Ohio]] plant are "
        "affected.\n",
    ),
    (
        "own-ent35p-04",
        "2026-10-20",
        "[[Pfizer|ORG]]'s [[Paxlovid|PRODUCT]] sales fell 40% to $300 million as fewer people "
        "were treated for COVID-19, the company said. Revenue from the "
        "[[Comirnaty|PRODUCT]] vaccine also declined, while the [[Vyndaqel|PRODUCT]] drug grew "
        "12%. [[Pfizer|ORG]] chief executive [[Albert Bourla|PERSON]] said the [[New York|GPE|"
        "New York City]]-based company remained on track.\n",
    ),
    (
        "own-ent35p-05",
        "2026-09-12",
        "[[Apple|ORG|Apple Inc.]] sold 54 million [[iPhone|PRODUCT]] units in the quarter, "
        "analysts at [[Counterpoint Research|ORG]] estimated, as the [[iPhone 17|PRODUCT]] "
        "launch drew queues in [[Shanghai|GPE]] and [[London|GPE]]. [[Apple|ORG|Apple Inc.]]'s "
        "[[Tim Cook|PERSON]] said demand for the [[MacBook Air|PRODUCT]] was also strong.\n",
    ),
    (
        "own-ent35p-06",
        "2026-06-18",
        "[[Saab|ORG]] said orders for the [[Gripen|PRODUCT|Saab JAS 39 Gripen]] had reached a "
        "record after [[Colombia|GPE]] signed for 17 jets. The [[Swedish|NORP]] group also won "
        "a contract for its [[GlobalEye|PRODUCT|Saab GlobalEye]] surveillance aircraft from "
        "[[France|GPE]], chief executive [[Micael Johansson|PERSON]] said in [[Stockholm|GPE]].\n",
    ),
    (
        "own-ent35p-07",
        "2026-11-10",
        "[[Ford|ORG|Ford Motor Company]] said sales of the [[F-150|PRODUCT|Ford F-150]] and the "
        "[[Mustang|PRODUCT|Ford Mustang]] rose in October, while [[Ford|ORG|Ford Motor "
        "Company]]'s [[Louisville|GPE|Louisville, Kentucky]] plant will build a new electric "
        "pickup from 2027. The [[Ford Explorer|PRODUCT]] lost ground to the [[Chevrolet "
        "Traverse|PRODUCT]].\n",
    ),
    (
        "own-ent35p-08",
        "2026-08-25",
        "[[Samsung|ORG|Samsung Electronics]] shipped 9 million [[Galaxy Z Fold7|PRODUCT|Samsung "
        "Galaxy Z Fold7]] and [[Galaxy Z Flip7|PRODUCT|Samsung Galaxy Z Flip7]] phones in the "
        "first month, the company said at its [[Seoul|GPE]] headquarters. [[Samsung|ORG|Samsung "
        "Electronics]]'s [[Suwon|GPE]] campus will host the next launch.\n",
    ),
    (
        "own-ent35p-09",
        "2026-07-02",
        "The [[U.S.|GPE|United States]] [[Food and Drug Administration|ORG]] approved "
        "[[Kisunla|PRODUCT]], [[Eli Lilly|ORG|Eli Lilly and Company]]'s treatment for early "
        "Alzheimer's disease, for a wider group of patients. "
        "[[Lilly|ORG|Eli Lilly and Company]] said sales of [[Mounjaro|PRODUCT]] and "
        "[[Zepbound|PRODUCT]] rose by a third.\n",
    ),
    (
        "own-ent35p-10",
        "2026-10-14",
        "[[Microsoft|ORG]] released [[Windows 12|PRODUCT]] to business customers on Tuesday "
        "and said the [[Copilot|PRODUCT|Microsoft Copilot]] assistant would come to older "
        "[[Surface|PRODUCT|Microsoft Surface]] models. [[Satya Nadella|PERSON]] said the "
        "[[Redmond|GPE|Redmond, Washington]] company had 400 million users of "
        "[[Teams|PRODUCT|Microsoft Teams]].\n",
    ),
    (
        "own-ent35p-11",
        "2026-05-21",
        "[[Airbus|ORG]] delivered 61 jets in April, including 12 of the [[A321XLR|PRODUCT|"
        "Airbus A321XLR]], and said demand for the [[A350|PRODUCT|Airbus A350]] remained "
        "strong. Rival [[Boeing|ORG]] delivered 30 [[737 MAX|PRODUCT|Boeing 737 MAX]] jets from "
        "its [[Renton|GPE|Renton, Washington]] factory.\n",
    ),
    (
        "own-ent35p-12",
        "2026-04-09",
        "[[Procter & Gamble|ORG]] and [[Johnson & Johnson|ORG]] both raised their forecasts on "
        "Wednesday. [[Johnson & Johnson|ORG]] said sales of [[Stelara|PRODUCT]] fell as "
        "copies reached the market, while the [[Darzalex|PRODUCT]] drug grew 20%. [[Marks and "
        "Spencer|ORG|Marks & Spencer]] reported later in [[London|GPE]].\n",
    ),
    (
        "own-ent35p-13",
        "2026-03-30",
        "[[Tesla|ORG|Tesla, Inc.]] delivered 410,000 cars in the quarter, most of them the "
        "[[Model Y|PRODUCT|Tesla Model Y]] built in [[Shanghai|GPE]] and [[Berlin|GPE]]. "
        "[[Elon Musk|PERSON]] said the [[Cybertruck|PRODUCT|Tesla Cybertruck]] would get a "
        "cheaper version. [[BYD|ORG]] sold more [[Seagull|PRODUCT|BYD Seagull]] cars in "
        "[[Brazil|GPE]].\n",
    ),
    (
        "own-ent35p-14",
        "2026-02-17",
        "[[Poland|GPE]] signed a $4 billion deal for [[Patriot|PRODUCT|MIM-104 Patriot]] "
        "missile batteries, the defence ministry in [[Warsaw|GPE]] said. [[Lockheed "
        "Martin|ORG]] said orders for the [[F-35|PRODUCT|Lockheed Martin F-35 Lightning II]] "
        "from [[Europe|LOC]] had doubled. [[Rheinmetall|ORG]] unveiled the [[Panther|PRODUCT|"
        "Rheinmetall KF51 Panther]] tank at a show in [[Paris|GPE]].\n",
    ),
    (
        "own-ent35p-15",
        "2026-09-24",
        "[[Google|ORG]] launched the [[Pixel 11|PRODUCT|Pixel 11]] in [[New York|GPE|New York "
        "City]] on Wednesday and said the [[Gemini|PRODUCT|Google Gemini]] app now had 600 "
        "million monthly users. [[Sundar Pichai|PERSON]] said [[Google|ORG]]'s [[Mountain "
        "View|GPE|Mountain View, California]] campus would add 2,000 jobs.\n",
    ),
    (
        "own-ent35p-16",
        "2026-01-22",
        "[[Volkswagen|ORG|Volkswagen Group]] said it would stop making the [[ID.3|PRODUCT|"
        "Volkswagen ID.3]] at [[Zwickau|GPE]] and move production of the [[Golf|PRODUCT|"
        "Volkswagen Golf]] to [[Mexico|GPE]]. Dealers sold 80,000 [[Volkswagen Polo|PRODUCT]] "
        "models in [[Spain|GPE]] last year. Works council head [[Daniela Cavallo|PERSON]] "
        "criticised the plan.\n",
    ),
    (
        "own-ent35p-17",
        "2026-06-05",
        "[[AstraZeneca|ORG]] said the [[European Commission|ORG]] approved [[Imfinzi|PRODUCT]] "
        "for lung cancer and that sales of the [[Farxiga|PRODUCT]] drug in [[China|GPE]] "
        "slowed. [[Pascal Soriot|PERSON]] said the [[Cambridge|GPE|Cambridge]]-based company "
        "would open a plant in [[Virginia|GPE]].\n",
    ),
    (
        "own-ent35p-18",
        "2026-12-01",
        "[[Nintendo|ORG]] raised its forecast after selling 12 million [[Switch 2|PRODUCT|"
        "Nintendo Switch 2]] consoles, while [[Sony|ORG|Sony Group]] said the [[PlayStation "
        "5|PRODUCT]] had passed 90 million units. [[Nintendo|ORG]]'s [[Kyoto|GPE]] "
        "headquarters said shortages were easing.\n",
    ),
]

CHECK = [
    (
        "own-ent35p-19",
        "2026-10-30",
        "[[Hyundai|ORG|Hyundai Motor Company]] said sales of the [[Tucson|PRODUCT|Hyundai "
        "Tucson]] and the [[Ioniq 5|PRODUCT|Hyundai Ioniq 5]] rose in [[Europe|LOC]], while "
        "[[Kia|ORG]] recalled the [[Sorento|PRODUCT|Kia Sorento]] in [[Canada|GPE]]. "
        "[[Hyundai|ORG|Hyundai Motor Company]]'s [[Ulsan|GPE]] plant will add a shift.\n",
    ),
    (
        "own-ent35p-20",
        "2026-08-06",
        "[[Merck|ORG|Merck & Co.]]'s [[Keytruda|PRODUCT]] and [[Gardasil|PRODUCT]] "
        "brought in $9 billion in the quarter, the [[Rahway|GPE|Rahway, New Jersey]] drugmaker "
        "said. [[Merck|ORG|Merck & Co.]]'s [[Robert Davis|PERSON]] said demand for the "
        "[[Winrevair|PRODUCT]] drug was ahead of plan.\n",
    ),
    (
        "own-ent35p-21",
        "2026-04-15",
        "[[Embraer|ORG]] said orders for the [[E195-E2|PRODUCT|Embraer E195-E2]] rose after "
        "[[SkyWest|ORG|SkyWest Airlines]] ordered 20 jets, and that the [[KC-390|PRODUCT|"
        "Embraer C-390 Millennium]] had won a tender in [[Sweden|GPE]]. The [[Brazilian|NORP]] "
        "company's shares rose 5% in [[Sao Paulo|GPE|São Paulo]].\n",
    ),
    (
        "own-ent35p-22",
        "2026-03-11",
        "[[Xiaomi|ORG]] sold 200,000 [[SU7|PRODUCT|Xiaomi SU7]] cars last year and launched the "
        "[[YU7|PRODUCT|Xiaomi YU7]] in [[Beijing|GPE]] on Tuesday. Founder [[Lei Jun|PERSON]] "
        "said the company would sell the [[Xiaomi 16|PRODUCT]] phone in [[India|GPE]].\n",
    ),
    (
        "own-ent35p-23",
        "2026-07-28",
        "[[Unilever|ORG]] and [[Marks and Spencer|ORG|Marks & Spencer]] reported on Thursday. "
        "[[Nissan|ORG|Nissan Motor]] said it recalled the [[Leaf|PRODUCT|Nissan Leaf]] in "
        "[[Japan|GPE]] and that sales of the [[Nissan Qashqai|PRODUCT]] built at "
        "[[Sunderland|GPE]] rose 8%.\n",
    ),
    (
        "own-ent35p-24",
        "2026-05-13",
        "[[Adobe|ORG]] released [[Photoshop|PRODUCT|Adobe Photoshop]] for the web and said "
        "subscriptions to [[Firefly|PRODUCT|Adobe Firefly]] had doubled. Chief executive "
        "[[Shantanu Narayen|PERSON]] said the [[San Jose|GPE|San Jose, California]] company "
        "would raise prices in [[Australia|GPE]].\n",
    ),
    (
        "own-ent35p-25",
        "2026-11-19",
        "[[Bayer|ORG]]'s [[Kerendia|PRODUCT]] and [[Nubeqa|PRODUCT]] grew strongly, the "
        "[[German|NORP]] company said, offsetting lower sales of [[Xarelto|PRODUCT]]. "
        "[[Bayer|ORG]]'s [[Leverkusen|GPE]] headquarters will cut 500 jobs.\n",
    ),
    (
        "own-ent35p-26",
        "2026-02-26",
        "[[BAE Systems|ORG]] said [[Australia|GPE]] had ordered more [[Hunter|PRODUCT|Hunter-class "
        "frigate]] frigates and that the [[Eurofighter Typhoon|PRODUCT]] had won a new order "
        "from [[Turkey|GPE]]. [[Charles Woodburn|PERSON]] said deliveries of the "
        "[[Archer|PRODUCT|Archer Artillery System]] howitzer to [[Britain|GPE|United Kingdom]] "
        "would begin in spring.\n",
    ),
    (
        "own-ent35p-27",
        "2026-10-08",
        "[[General Motors|ORG]] said sales of the [[Chevrolet Equinox|PRODUCT]] rose 30% and "
        "that the [[Cadillac Lyriq|PRODUCT]] would be built at [[Spring Hill|GPE|Spring Hill, "
        "Tennessee]]. [[Mary Barra|PERSON]] said [[GM|ORG|General Motors]]'s [[Detroit|GPE]] "
        "headquarters would move.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
