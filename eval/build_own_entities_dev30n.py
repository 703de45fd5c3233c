"""Write eval/own-entities-dev30n.jsonl and eval/own-entities-dev30n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity NAMES the document itself
writes (issue 13, session 30, names17).

The families (ANNOTATION.md "Entities": `name` is the canonical name; a capitalised short form
that stands for one named organisation takes its full name):
- acronyms whose expansion the text writes, before or after, in the same or another paragraph,
  with letters from the parts of a hyphenated word or of a word joined by "&", and little words
  of other languages that give no letter ("ng", "de la", "y");
- short forms that are the long name without the place or people it opens with ("the Ministry
  of Transport" after "the Saskatchewan Ministry of Transport"), one-word heads ("the
  Tribunal"), the last words of the name;
- a body a table knows read by NER as a person (its table name kept whole);
- look-alikes that must stay apart: two bodies of one head word, an acronym whose letters fit
  two names, a short form that is the name of another body ("Bank of Ireland").
Written for briefx by hand (session 30, issue 13 names): real places, invented bodies, firms,
people and figures. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before
briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The
CHECK cases go to the check file: scored only once, at the end of a session. Run from the
project root: ``python eval/build_own_entities_dev30n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev30n.jsonl"
OUT_CHECK = HERE / "own-entities-dev30n-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 30n, issue 13 names the document writes); press "
    "releases, wire copy and reports with acronyms and short forms; real places, invented "
    "bodies, firms, people and figures; MIT."
)

SWRA = "Saskatchewan Water Resources Agency"
MOT = "Saskatchewan Ministry of Transport"

CASES = [
    (
        "own-ent30n-01",
        "2026-04-14",
        "[[REGINA|GPE|Regina]], April 14 - The [[Saskatchewan Ministry of Transport|ORG]] closed two highway "
        "bridges on Tuesday after spring floods undermined their piers. A spokesperson for the "
        f"[[Ministry of Transport|ORG|{MOT}]] said repairs would take six weeks.\n\n"
        "Engineer [[Dana Kowalchuk|PERSON]] said crews had found cracks in both spans.\n",
    ),
    (
        "own-ent30n-02",
        "2026-06-02",
        "The [[Rhône-Alpes Water Quality Agency|ORG]] has ordered three villages near "
        "[[Grenoble|GPE]] to boil tap water after heavy rain.\n\n"
        "[[RAWQA|ORG|Rhône-Alpes Water Quality Agency]] inspectors found bacteria in two "
        "reservoirs, the agency said on Tuesday.\n",
    ),
    (
        "own-ent30n-03",
        "2026-02-19",
        "The [[Instituto Nacional de Vivienda y Suelo|ORG]] will build 4,000 homes in "
        "[[Asunción|GPE]] this year, its director [[Marta Benítez|PERSON]] said. "
        "[[INVS|ORG|Instituto Nacional de Vivienda y Suelo]] has a budget of $310 million.\n",
    ),
    (
        "own-ent30n-04",
        "2026-09-08",
        "[[Corran A&M Institute|ORG]] opened a coastal research station in [[Halifax|GPE]] on "
        "Monday. [[CAMI|ORG|Corran A&M Institute]] said 25 scientists would work there from "
        "January.\n",
    ),
    (
        "own-ent30n-05",
        "2026-03-03",
        "[[OTTAWA|GPE|Ottawa]] - The [[Ontario Board of Pharmacy Standards|ORG]] suspended the licences of "
        "four pharmacists on Monday. The [[Board of Pharmacy Standards|ORG|Ontario Board of "
        "Pharmacy Standards]] said the four had sold prescription drugs without records.\n",
    ),
    (
        "own-ent30n-06",
        "2026-05-21",
        "The [[Welsh Court of Agricultural Appeals|ORG]] ruled on Thursday that the farm "
        "subsidy cuts were lawful. The [[Court of Agricultural Appeals|ORG|Welsh Court of "
        "Agricultural Appeals]] dismissed the appeal by [[Hafod Dairies|ORG]].\n",
    ),
    (
        "own-ent30n-07",
        "2026-07-15",
        "The [[Pahang State Forestry Board|ORG]] has banned logging on two hills above "
        "[[Kuantan|GPE]]. The [[Forestry Board|ORG|Pahang State Forestry Board]] said the ban "
        "would last until December.\n",
    ),
    (
        "own-ent30n-08",
        "2026-01-27",
        "The [[Central Bank of Ireland|ORG]] fined [[Kilbride Credit|ORG]] 2.1 million euros on "
        "Tuesday. Shares of [[Bank of Ireland|ORG]] were unchanged.\n",
    ),
    (
        "own-ent30n-09",
        "2026-08-11",
        "The [[Manitoba Ministry of Agriculture|ORG]] and the [[Alberta Ministry of "
        "Agriculture|ORG]] agreed to share drought data. Officials of both ministries will meet "
        "in [[Winnipeg|GPE]] in May.\n",
    ),
    (
        "own-ent30n-10",
        "2026-10-06",
        "The [[Tavira Port Authority|ORG]] and the [[Tagus Pilots Association|ORG]] signed a "
        "safety pact on Monday. [[TPA|ORG]] officials did not say which body would pay for the "
        "new radar.\n",
    ),
    (
        "own-ent30n-11",
        "2026-11-18",
        "[[Defra|ORG|Department for Environment, Food and Rural Affairs]] said on Wednesday "
        "that a bird flu case had been confirmed on a farm in [[Norfolk|GPE]].\n",
    ),
    (
        "own-ent30n-12",
        "2026-12-01",
        "[[KMTA|ORG|Kompania ng Malinis na Tubig ng Antipolo]] raised water tariffs by 6% on "
        "Monday. The [[Kompania ng Malinis na Tubig ng Antipolo|ORG]] said pipes in "
        "[[Antipolo|GPE]] needed replacing.\n",
    ),
    (
        "own-ent30n-13",
        "2026-04-29",
        f"The [[{SWRA}|ORG]] lifted a boil-water order in [[Moose Jaw|GPE]] on Wednesday.\n\n"
        f"[[SWRA|ORG|{SWRA}]] chief [[Leon Dubreuil|PERSON]] said the "
        f"[[Water Resources Agency|ORG|{SWRA}]] would test the water weekly.\n",
    ),
    (
        "own-ent30n-14",
        "2026-03-17",
        "[[Kenya|GPE]]'s [[Ministry of Health|ORG|Ministry of Health (Kenya)]] and the "
        "[[Nairobi City County Health Department|ORG]] opened 12 clinics on Tuesday. The "
        "[[Health Department|ORG|Nairobi City County Health Department]] said the clinics "
        "would treat 2,000 patients a week.\n",
    ),
    (
        "own-ent30n-15",
        "2026-09-23",
        "[[Porto-Douro Rail Company|ORG]] will order 18 trains, chief executive "
        "[[Rui Matos|PERSON]] said. [[PDRC|ORG|Porto-Douro Rail Company]] expects the first "
        "to run in 2029.\n",
    ),
    (
        "own-ent30n-16",
        "2026-02-05",
        "The [[Queensland Office of Fair Rents|ORG]] warned landlords in [[Brisbane|GPE]] "
        "against rent bidding. The [[Office of Fair Rents|ORG|Queensland Office of Fair "
        "Rents]] received 900 complaints last year.\n",
    ),
]

CHECK = [
    (
        "own-ent30n-c1",
        "2026-05-12",
        "The [[Tasmanian Board of Coastal Works|ORG]] approved a new seawall for "
        "[[Hobart|GPE]]. The [[Board of Coastal Works|ORG|Tasmanian Board of Coastal Works]] "
        "said building would start in June.\n",
    ),
    (
        "own-ent30n-c2",
        "2026-07-07",
        "[[Villa-Real Transit Authority|ORG]] buses will run all night during the festival. "
        "[[VRTA|ORG|Villa-Real Transit Authority]] said 40 extra drivers had been hired.\n",
    ),
    (
        "own-ent30n-c3",
        "2026-10-20",
        "The [[Bavarian Office of Mining Safety|ORG]] closed the [[Hallstein|FAC]] mine on "
        "Monday. The [[Office of Mining Safety|ORG|Bavarian Office of Mining Safety]] said "
        "gas levels were too high.\n",
    ),
    (
        "own-ent30n-c4",
        "2026-08-04",
        "The [[Federal Office of Mining Safety|ORG]] and the [[Bavarian Office of Mining "
        "Safety|ORG]] met in [[Munich|GPE]]. Experts from the [[Office of Mining Safety|ORG]] "
        "presented a report.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
