"""Build eval/own-figures-dev11.jsonl and own-figures-dev11-check.jsonl.

Eleventh figure dev set (issue 14, figures half, session 12): short sentences in the families
where the held-out figures lose recall or norm (pooled counts only, no held-out text read):
the counted noun of a count (the head noun of the phrase after the number: adjectives and
modifying nouns dropped, a fixed noun-noun compound kept, "fire engine"; a noun restored where
plain, "more than 300 injured" -> person; irregular and plural-only lemmas), hedged numbers
("Some 1,430 workers", "roughly 40 of the 60 boats"), a number before "of" + a noun
("1,430 of its workers"), hyphenated counts ("a 12-member panel" -> "12", member); ordinals in
words and digits before nouns, in titles, lists and results ("finished 12th", "its 75th
anniversary", "the third-largest"), against ordinals that are no figure (dates such as
"first-quarter", names, discourse adverbs, minutes of a match); quantities with glued and
hyphenated units ("12t", "5km", "400m"), temperatures in both scales, speeds, sport distances,
"a 6-inch", a double prime; negatives (designations, quarters, a match minute, a century).

Every case was written by hand for briefx (no text is copied from any set or peer suite; every
figure is invented) and annotated by ``shared/eval/ANNOTATION.md`` and the readings in
``eval/README.md`` before briefx was run on it. Markup as in ``build_own_figures_dev5.py``:
``[span|kind|value|unit]``. Readings used here where the conventions are silent:
- a fixed noun-noun compound is one that a dictionary lists as a noun of its own ("fire
  engine", "police officer", "power plant", "polling station", "school bus"); a noun before
  the head that only says what kind ("flu cases", "wheat farmers", "cancer patients") is
  dropped, as ANNOTATION.md drops "flu";
- an ordinal glued by a hyphen to an adjective ("the third-largest", "the second-biggest") is
  the ordinal alone, as a hyphenated count keeps the number only ("214-page" -> "214");
- an ordinal inside a name ("the Second World War", "Fifth Avenue") is no figure, and a
  match minute ("in the 89th minute") is a time under a day, neither figure nor date;
- a sport distance written with its unit ("the 400m", "the 10,000 metres") is a quantity;
- "5′11″" is one figure in the unit of its first part (5.9166666667 ft), as "5 feet 2 inches".
In each family the cases numbered n with n % 4 == 0 go to the ``-check`` file: it is scored
only once, at the end of the session.

Run from the project root: ``python eval/build_own_figures_dev11.py`` (rewrites the files).
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark  # noqa: E402
from build_own_figures_dev6 import check  # noqa: E402
from build_own_figures_dev10 import UNIT_SYMBOLS  # noqa: E402

CASES: dict[str, list[str]] = {
    "head": [
        "The ministry will close [12|count|12|office] regional offices next year.",
        "Workers finished [45|count|45|home] newly built homes in the district.",
        "Health officials confirmed [300|count|300|case] flu cases in the region.",
        "The army bought [20|count|20|drone] Chinese-made drones.",
        "The bank will shut [25|count|25|branch] rural bank branches.",
        "[Eighty|count|80|farmer] wheat farmers joined the protest.",
        "The hospital treated [14|count|14|patient] cancer patients from the village.",
        "The navy sent [11|count|11|vessel] coast guard vessels to the strait.",
        "The country will buy [12|count|12|tank] Leopard tanks from Germany.",
        "The fund backs [seven|count|7|startup] small tech startups.",
        "The city plans [30|count|30|bridge] new pedestrian bridges.",
        "Rescuers pulled [nine|count|9|survivor] survivors from the rubble.",
        "Police arrested [14|count|14|protester] masked protesters.",
        "The charity runs [60|count|60|kitchen] community kitchens.",
        "[Four|count|4|man] armed men robbed the bank.",
    ],
    "compound": [
        "The town sent [40|count|40|police officer] police officers to the stadium.",
        "The utility runs [12|count|12|power plant] power plants along the river.",
        "Voters queued at [five|count|5|polling station] polling stations in the capital.",
        "[Six|count|6|fire truck] fire trucks raced to the warehouse.",
        "The district bought [18|count|18|school bus] school buses this spring.",
        "Insurgents set off [three|count|3|car bomb] car bombs in the market.",
        "The company is building [four|count|4|wind farm] wind farms off the coast.",
        "She hit [two|count|2|home run] home runs in the game.",
        "The region has [14|count|14|coal mine] coal mines still working.",
        "The firm installed [2,000|count|2000|panel] solar panels on the roof.",
        "The port handled [seven|count|7|oil tanker] oil tankers a day.",
    ],
    "restored": [
        "The blast killed [12|count|12|person] people and left [more than 300|count|300|person] injured.",
        "The hospital said [40|count|40|person] of the wounded were children.",
        "Officials said [2,000|count|2000|person] displaced had found shelter.",
        "The bodies of the [33|count|33|person] dead were flown home.",
        "Among the [15|count|15|person] missing are [two|count|2|child] children.",
        "Doctors treated [80|count|80|person] injured at the scene.",
        "The crash left [two|count|2|person] dead and [five|count|5|person] injured.",
        "[Seven|count|7|person] wounded were flown to the capital.",
    ],
    "irregular": [
        "The storm killed [120|count|120|sheep] sheep on the hills.",
        "Farmers lost [45|count|45|goose] geese to the flood.",
        "The airline grounded [30|count|30|aircraft] aircraft after the fault.",
        "The lab bred [12|count|12|mouse] mice for the trial.",
        "Police seized [250|count|250|knife] knives in the raids.",
        "The central bank faced [three|count|3|crisis] crises in a decade.",
        "Hunters shot [four|count|4|wolf] wolves last winter.",
        "The network will air [eight|count|8|series] series this season.",
        "The team tested [six|count|6|hypothesis] hypotheses.",
        "Fishermen landed [200|count|200|salmon] salmon at the harbour.",
        "The panel reviewed [nine|count|9|analysis] analyses of the data.",
    ],
    "hedge": [
        "[Some 1,430|count|1430|worker] workers walked off the job.",
        "[Roughly 40|count|40|boat] boats were damaged in the harbour.",
        "[Nearly 600|count|600|family] families were moved to shelters.",
        "[About 2,500|count|2500|student] students sat the exam.",
        "[Close to 90|count|90|village] villages lost power.",
        "[As many as 70|count|70|ship] ships are waiting to unload.",
        "[Upwards of 200|count|200|volunteer] volunteers cleaned the beach.",
        "[Almost 1,000|count|1000|flight] flights were cancelled on Friday.",
        "[Well over 300|count|300|job] jobs will go at the plant.",
    ],
    "partitive": [
        "The firm laid off [1,430|count|1430|worker] of its workers.",
        "[Roughly 40|count|40|boat] of the [60|count|60|boat] boats sank.",
        "[Three|count|3|victim] of the victims were children.",
        "[Two|count|2|suspect] of the suspects were released on bail.",
        "[Nine|count|9|school] of the district's [14|count|14|school] schools reopened.",
        "[About 200|count|200|resident] of the town's residents left.",
        "[12|count|12|member] of its members voted against the plan.",
        "Only [five|count|5|player] of the squad's players were fit.",
        "[Four|count|4|mine] of the mines have closed.",
    ],
    "hyphen": [
        "The government named a [12|count|12|member]-member panel to review the case.",
        "The charity opened a [500|count|500|bed]-bed hospital in the north.",
        "A [three|count|3|judge]-judge panel heard the appeal.",
        "The [27|count|27|nation]-nation bloc agreed the sanctions.",
        "The council approved a [15|count|15|storey]-storey tower.",
        "He presented a [10|count|10|point]-point plan for the economy.",
        "The [40|count|40|page]-page report was published on Monday.",
        "A [six|count|6|lane]-lane highway will link the towns.",
        "The country sent a [200|count|200|soldier]-soldier contingent.",
        "The [1,200|count|1200|seat]-seat theatre reopened.",
        "The [20|count|20|team]-team league starts in August.",
    ],
    "ordinal": [
        "The Dutch rider finished [12th|ordinal|12] in the sprint.",
        "The university celebrates its [75th|ordinal|75] anniversary this year.",
        "Japan is the world's [third|ordinal|3]-largest economy.",
        "The port is the [second|ordinal|2]-biggest in Europe.",
        "She won her [23rd|ordinal|23] Grand Slam title.",
        "The team is ranked [4th|ordinal|4] in the world.",
        "He was sworn in as the [47th|ordinal|47] president.",
        "[Seventh|ordinal|7]-seeded Holger Rune lost in straight sets.",
        "The [12th|ordinal|12]-placed side sacked its coach.",
        "The [2nd|ordinal|2] round of talks ended without a deal.",
        "Kenya came [fifth|ordinal|5] in the medal table.",
        "Millions Mark [50th|ordinal|50] Anniversary of the Revolution",
        "The festival's [31st|ordinal|31] edition opens in May.",
        "The horse finished in [sixth|ordinal|6] place.",
        "It was the [first|ordinal|1]-ever summit of the [two|count|2|leader] leaders.",
        "The bill passed its [third|ordinal|3] reading on Tuesday.",
        "[1st|ordinal|1] place went to the Kenyan team.",
        "She celebrated her [100th|ordinal|100] birthday with family.",
        "The Senate held its [fourth|ordinal|4] vote on the bill.",
    ],
    "ordinal-neg": [
        "First, the government must cut spending.",
        "The company reported weak first-quarter profits.",
        "He was first elected in 2010.",
        "The museum covers the Second World War.",
        "The shop on Fifth Avenue closed.",
        "Silva scored in the 89th minute.",
        "The bridge was built in the 19th century.",
        "Second, the plan raises taxes.",
    ],
    "glued": [
        "A [12t|quantity|12|t] truck overturned on the motorway.",
        "The trail is [5km|quantity|5|km] long.",
        "The wall is [400m|quantity|400|m] long and [six metres|quantity|6|m] high.",
        "The crane lifted a [40t|quantity|40|t] beam into place.",
        "The town lies [25km|quantity|25|km] from the border.",
        "The [3.2km|quantity|3.2|km]-long tunnel opens in May.",
        "Each bag holds [20kg|quantity|20|kg] of rice.",
        "Doctors gave him [500mg|quantity|500|mg] of the drug.",
        "The river rose [2m|quantity|2|m] overnight.",
        "The new ferry is [180m|quantity|180|m] long.",
        "The [2.5km|quantity|2.5|km] bypass opened.",
    ],
    "temperature": [
        "It reached [30C|quantity|30|°C] ([86F|quantity|86|°F]) in Madrid.",
        "The low was [minus 5 Celsius|quantity|-5|°C] on Sunday.",
        "Phoenix hit [115 degrees Fahrenheit|quantity|115|°F] on Monday.",
        "The lake froze at [-12°C|quantity|-12|°C].",
        "Her temperature was [98.6F|quantity|98.6|°F] this morning.",
        "Nights fell to [minus 20 degrees Celsius|quantity|-20|°C] in the north.",
        "The sea was [24C|quantity|24|°C], or [75F|quantity|75|°F].",
        "Forecasters expect [41 °C|quantity|41|°C] in Seville.",
        "Highs of [104F|quantity|104|°F] are expected.",
    ],
    "speed": [
        "The wind gusted to [120km/h|quantity|120|km/h] overnight.",
        "The driver was doing [70mph|quantity|70|mph] in a [30 mph|quantity|30|mph] zone.",
        "The train reaches [320 kph|quantity|320|km/h] on the new line.",
        "The ship was sailing at [15 knots|quantity|15|kn] when it hit the rocks.",
        "Gusts of [90 km/h|quantity|90|km/h] brought down trees.",
        "The storm moved north at [12 miles per hour|quantity|12|mph].",
        "The jet flew at [900 kilometres an hour|quantity|900|km/h].",
        "Winds of [185 kmh|quantity|185|km/h] hit the coast.",
    ],
    "sport": [
        "She won the [400m|quantity|400|m] hurdles in 52.1 seconds.",
        "He took gold in the [10,000 metres|quantity|10000|m].",
        "The [1500m|quantity|1500|m] final was held on Saturday.",
        "Ledecky won the [800m|quantity|800|m] freestyle.",
        "The race covers [42.195km|quantity|42.195|km].",
        "He ran the [100 metres|quantity|100|m] in 9.9 seconds.",
        "The [26.2-mile|quantity|26.2|mi] course starts on the bridge.",
        "The swimmer set a record in the [200m|quantity|200|m] butterfly.",
    ],
    "inch": [
        "The chain sells a [12-inch|quantity|12|in] pizza for [$8|money|8|USD].",
        "The phone has a [6.7-inch|quantity|6.7|in] screen.",
        "Workers laid a [6″|quantity|6|in] pipe under the road.",
        "The centre is [6 ft 11 in|quantity|6.9166666667|ft] tall.",
        "The guard stands [5′11″|quantity|5.9166666667|ft].",
        "The city built a [10-foot|quantity|10|ft] wall.",
        "The monitor measures [27″|quantity|27|in] across.",
    ],
    "negative": [
        "Traffic was heavy on the M25 this morning.",
        "The air force will retire its F-16 fleet.",
        "The operator launched a 5G network in the city.",
        "Leaders met at the G7 summit in Italy.",
        "Officials said hundreds of homes were flooded.",
        "One of the engines failed on take-off.",
        "The bank posted record second-quarter earnings.",
        "Dozens of people gathered in the square.",
        "The club signed a 19-year-old striker.",
    ],
}


def write(name: str, cases: list[dict[str, object]]) -> None:
    """Check as dev10 does (a count's noun may be a fixed noun-noun compound), then write."""
    spaced = copy.deepcopy(cases)
    for c in spaced:
        for f in c["figures"]:  # type: ignore[attr-defined]
            if f["kind"] == "count":
                f["unit"] = f["unit"].replace(" ", "")
    check(spaced, UNIT_SYMBOLS)
    with (HERE / name).open("w", encoding="utf-8") as out:
        for c in cases:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark(marked)
            case = {"id": f"own-f11-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "text": text, "figures": figures}  # fmt: skip
            (hold if n % 4 == 0 else dev).append(case)
    write("own-figures-dev11.jsonl", dev)
    write("own-figures-dev11-check.jsonl", hold)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
