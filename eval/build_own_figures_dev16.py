"""Build eval/own-figures-dev16.jsonl and own-figures-dev16-check.jsonl.

Sixteenth figure dev set (issue 14, figure VALUES in ordinary news prose, session 17): thirteen
briefs of ordinary 2024-2025 news prose that stress the fields no earlier set stressed:
- the counted noun after adjectives and compounds ("3,000 new jobs", "12 wind-farm projects"),
  after "of the" ("five of the 27 governments"), far away or elided ("sold 1.2 million
  vehicles, up from 900,000"; "two of them"), irregular and compound plurals ("people",
  "children", "aircraft", "sheep", "cattle", "geese", "passers-by", "fishermen"), and nouns
  in a list ("four ships and two aircraft");
- quantities whose unit is written around the number ("a 12-kilometre stretch", "1.5 million
  barrels a day", "temperatures of 45 degrees Celsius", "a magnitude-6.1 quake", "3 billion
  cubic metres");
- comparators and hedges from the words before the number ("just shy of", "north of",
  "upwards of", "well over", "a little under", "some", "an estimated", "roughly", "the best
  part of"), inside the span as ANNOTATION.md's quantity modifiers are;
- money in prose: a second currency in brackets ("£2.1bn ($2.7bn)"), the currency carried to a
  bare amount in the same sentence ("to $5.2 billion from 4.8 billion"), "a share", "per cent"
  after a currency.
Every brief was written by hand for briefx (firms, people and figures invented) and annotated
by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx was run on
it. Readings used here where the conventions are silent:
- a count whose noun is left out but plain ("some 1,200 more" after "3,000 new jobs", "two of
  them" after "nine sailors", "five of the 27 governments") counts that noun, as dev sets 13
  and 15 do;
- "cattle" is its own lemma (WordNet), "passers-by" is "passer-by";
- a hedge phrase before the number ("the best part of", "north of", "just shy of", "a little
  under") is a quantity modifier, inside the span (ANNOTATION.md: "some 50", "up to €18
  billion");
- "a magnitude-6.1 quake" is a `number` "6.1" (ANNOTATION.md: magnitudes are numbers);
- an exchange rate ("to $1.27") is money in the second currency.
Markup as in ``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. Brief n with n % 4 == 0
goes to the ``-check`` file: it is scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_figures_dev16.py`` (rewrites the files).
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev6 import check
from build_own_figures_dev10 import UNIT_SYMBOLS

# (key, reference date, marked text)
BRIEFS: list[tuple[str, str, str]] = [
    (
        "01-plant",
        "2025-11-18",
        (
            "DETROIT, Nov 18 - Halden Motors will build a battery plant in northern Ohio that it says "
            "will create [3,000|count|3000|job] new jobs and support [some 1,200|count|1200|job] more at "
            "[40|count|40|supplier] local suppliers. The carmaker sold "
            "[1.2 million|count|1200000|vehicle] vehicles in North America last year, up from "
            "[900,000|count|900000|vehicle] in 2022, and its electric models made up "
            "[just over 11%|percent|11|%] of them. The site, a [1,400-acre|quantity|1400|acre] former "
            "farm, runs along a [12-kilometre|quantity|12|km] stretch of the Maumee River. The plant "
            "will cost [$4.5 billion|money|4500000000|USD], of which the state will cover "
            "[$600 million|money|600000000|USD] in tax credits, and will have [two|count|2|hall] "
            "vast halls with [18|count|18|robot] welding robots in each. Halden shares rose "
            "[3.1%|percent|3.1|%] to [$48.20|money|48.2|USD] on the news."
        ),
    ),
    (
        "02-tariffs",
        "2025-11-19",
        (
            "BRUSSELS, Nov 19 - [Five|count|5|government] of the [27|count|27|government] national "
            "governments voted against the tariffs on Chinese electric cars on Wednesday and "
            "[four|count|4|government] abstained. Chinese makers shipped "
            "[upwards of 310,000|count|310000|car] electric cars to the bloc last year, "
            "well over twice as many as in 2021, and held [a little under 20%|percent|20|%] of the market. In "
            "a Commission survey, [40 percent|percent|40|%] of [2,000|count|2000|firm] mid-sized "
            "firms said they would delay investment. The duties, of [up to 35.3%|percent|35.3|%] on "
            "top of the [10%|percent|10|%] standard rate, would raise "
            "[roughly €2 billion|money|2000000000|EUR] a year. [Three|count|3|carmaker] German "
            "carmakers and [one|count|1|carmaker] Swedish one lobbied against them."
        ),
    ),
    (
        "03-floods",
        "2025-11-20",
        (
            "WELLINGTON, Nov 20 - Floods in the Hawke's Bay region have killed "
            "[an estimated 15,000|count|15000|sheep] sheep and [about 2,000|count|2000|cattle] cattle "
            "and forced [more than 4,500|count|4500|person] people from their homes, "
            "[1,100|count|1100|child] of them children. Rain gauges at Napier recorded "
            "[412 millimetres|quantity|412|mm] by Tuesday, the most since records began. "
            "[Three|count|3|fisherman] fishermen are missing and [two|count|2|passer-by] passers-by "
            "were hurt when a [60-metre|quantity|60|m] footbridge collapsed. [Two|count|2|aircraft] "
            "air force aircraft and [14|count|14|helicopter] civilian helicopters have flown "
            "[upwards of 300|count|300|sortie] sorties. Insurers put the damage at "
            "[NZ$350 million|money|350000000|NZD], and the government pledged "
            "a further [NZ$50 million|money|50000000|NZD] for farmers."
        ),
    ),
    (
        "04-shoal",
        "2025-11-17",
        (
            "MANILA, Nov 17 - [Four|count|4|ship] Chinese coast guard ships and "
            "[two|count|2|aircraft] surveillance aircraft shadowed a Philippine resupply mission "
            "[about 190 kilometres|quantity|190|km] west of Palawan on Sunday, the navy said. "
            "[Nine|count|9|sailor] sailors were hurt, [two|count|2|sailor] of them seriously, when a "
            "water cannon struck the [30-metre|quantity|30|m] supply boat. Manila has lodged "
            "[north of 200|count|200|protest] diplomatic protests since 2023. Beijing claims "
            "[roughly 90%|percent|90|%] of the sea, through which [some $3 trillion|money|3000000000000|USD] "
            "in trade passes each year, and keeps dozens of ships there."
        ),
    ),
    (
        "05-opec",
        "2025-11-16",
        (
            "RIYADH, Nov 16 - OPEC+ will raise output by [411,000 barrels|quantity|411000|bbl] a day "
            "in January, its [third|ordinal|3] increase in a row, taking the group's cuts back to "
            "[just shy of 2 million barrels|quantity|2000000|bbl] a day. Saudi Arabia pumped "
            "[9.2 million barrels|quantity|9200000|bbl] a day last month, up from "
            "[8.9 million|quantity|8900000|bbl] in September. Brent crude fell [2.3%|percent|2.3|%] to "
            "[$61.40|money|61.4|USD] a barrel. Norway's gas flows to Europe reached "
            "[3 billion cubic metres|quantity|3000000000|m3] in October, and Qatar's new trains will add "
            "[32 million tonnes|quantity|32000000|t] a year of liquefied gas from 2026. The kingdom "
            "needs oil at [upwards of $90|money|90|USD] a barrel to balance its budget."
        ),
    ),
    (
        "06-heat",
        "2025-11-21",
        (
            "ATHENS, Nov 21 - Temperatures of [45 degrees Celsius|quantity|45|°C] closed the Acropolis "
            "for a [third|ordinal|3] day in July, and wildfires burned "
            "[an estimated 42,000 hectares|quantity|42000|ha] this year, the most since 2007. On Crete, "
            "a magnitude-[6.1|number|6.1] quake struck [some 35 kilometres|quantity|35|km] off the "
            "coast at a depth of [80 km|quantity|80|km] on Thursday, damaging "
            "[120|count|120|building] buildings. [Nearly 600|count|600|firefighter] firefighters, "
            "[11|count|11|plane] water-bombing planes and [the best part of 200|count|200|soldier] "
            "soldiers fought the fires. Winds gusted to [90 km/h|quantity|90|km/h], and the sea off "
            "Rhodes reached [28.4C|quantity|28.4|°C], [2.1 degrees|quantity|2.1|°C] above normal."
        ),
    ),
    (
        "07-water",
        "2025-11-19",
        (
            "LONDON, Nov 19 - Albion Water will invest [£2.1bn|money|2100000000|GBP] "
            "([$2.7bn|money|2700000000|USD]) over five years to cut sewage spills, it said on "
            "Wednesday, as half-year pre-tax profit rose to [£412m|money|412000000|GBP] from "
            "[£388m|money|388000000|GBP]. Its American arm lifted revenue to "
            "[$5.2 billion|money|5200000000|USD] from [4.8 billion|money|4800000000|USD]. The board "
            "raised the interim dividend to [18.4p|money|0.184|GBP] a share, and the shares fell "
            "[2.6 per cent|percent|2.6|%]. Sterling slipped [0.3 per cent|percent|0.3|%] against the "
            "dollar to [$1.27|money|1.27|USD]. The company serves [some 6.5 million|count|6500000|customer] "
            "customers and will lay [1,800 kilometres|quantity|1800|km] of new sewers."
        ),
    ),
    (
        "08-housing",
        "2025-11-18",
        (
            "DUBLIN, Nov 18 - The government will spend [the best part of €1bn|money|1000000000|EUR] on "
            "[9,000|count|9000|home] new social homes next year, a little under "
            "half of them in Dublin. Rents rose [6.8%|percent|6.8|%] in the year to September, to "
            "[€1,950|money|1950|EUR] a month on average, and [north of 14,000|count|14000|person] "
            "people, [4,600|count|4600|child] of them children, were in emergency accommodation. "
            "Builders finished [roughly 32,000|count|32000|home] homes in 2024, "
            "well over a third of them apartments, against a target of [41,000|count|41000|home]."
        ),
    ),
    (
        "09-rail",
        "2025-11-20",
        (
            "MADRID, Nov 20 - Work began on Thursday on a [12-kilometre|quantity|12|km] tunnel beneath "
            "Madrid that will link the city's [two|count|2|station] main stations. The line, due in "
            "2030, will carry [about 650,000|count|650000|passenger] passengers a day at "
            "[up to 320 km/h|quantity|320|km/h] and has [18|count|18|station] new stations. Its cost has "
            "risen by [€1.9 billion|money|1900000000|EUR] ([$2.1 billion|money|2100000000|USD]) to "
            "[€7.4 billion|money|7400000000|EUR], [a little under 30%|percent|30|%] of it paid by the "
            "European Union. [Two|count|2|machine] giant machines, each "
            "[150 metres|quantity|150|m] long and weighing [2,400 tonnes|quantity|2400|t], will dig "
            "[some 20 metres|quantity|20|m] a day."
        ),
    ),
    (
        "10-schools",
        "2025-11-17",
        (
            "SYDNEY, Nov 17 - New South Wales will hire [1,500|count|1500|teacher] more teachers and "
            "build [12|count|12|school] new schools in Sydney's west, where enrolments rose by "
            "[21,000|count|21000|student] students in two years. "
            "[Some 3,400|count|3400|child] children start kindergarten there each year, and "
            "one in five speaks a language other than English at home. The state will spend "
            "[A$2.3 billion|money|2300000000|AUD], up from [1.6 billion|money|1600000000|AUD] in the "
            "last budget. Of its [2,200|count|2200|school] public schools, [340|count|340|school] "
            "still use demountable classrooms, and women make up [77%|percent|77|%] of its [94,000|count|94000|teacher] teachers."
        ),
    ),
    (
        "11-flu",
        "2025-11-21",
        (
            "THE HAGUE, Nov 21 - Dutch authorities culled [1.8 million|count|1800000|hen] hens "
            "and [40,000|count|40000|goose] geese at [14|count|14|farm] farms after bird flu "
            "was found in Gelderland, and ordered birds indoors within a "
            "[10-kilometre|quantity|10|km] radius. [Some 350|count|350|deer] deer in a nearby park "
            "were tested. The outbreak will cost farmers [an estimated €60 million|money|60000000|EUR], "
            "[about 40%|percent|40|%] of it covered by the state, and egg prices rose "
            "[12 per cent|percent|12|%] to [€3.10|money|3.1|EUR] a dozen. [Five|count|5|worker] workers "
            "at the farms were given antiviral drugs, and none has fallen ill."
        ),
    ),
    (
        "12-wind",
        "2025-11-19",
        (
            "COPENHAGEN, Nov 19 - Denmark cancelled [12|count|12|project] wind-farm projects in the North "
            "Sea after its auction drew no bids, the energy ministry said, leaving "
            "[3 gigawatts|quantity|3|GW] of planned capacity unbuilt. Developers want the state to "
            "carry [well over DKK 10 billion|money|10000000000|DKK] ([$1.5 billion|money|1500000000|USD]) "
            "of the risk. In an industry survey, [40 percent|percent|40|%] of [250|count|250|supplier] "
            "surveyed suppliers said they would cut jobs, and Orsted said it would shed [some 800|count|800|job] of its [8,000|count|8000|job] jobs. The "
            "turbines, [260 metres|quantity|260|m] tall, would have stood "
            "[about 40 km|quantity|40|km] from the coast."
        ),
    ),
    (
        "13-airline",
        "2025-11-20",
        (
            "FRANKFURT, Nov 20 - Aquila Air ordered [40|count|40|jet] narrow-body jets and "
            "[six|count|6|freighter] freighters worth [upwards of $9 billion|money|9000000000|USD] at list "
            "prices, and will retire [22|count|22|aircraft] older aircraft by 2028. The airline flew "
            "a record [31.4 million|count|31400000|passenger] passengers in the nine months to September, up from "
            "[28.9 million|count|28900000|passenger] a year earlier, and filled "
            "[just shy of 85%|percent|85|%] of its seats. Operating profit rose to "
            "[€1.36 billion|money|1360000000|EUR] ([$1.47 billion|money|1470000000|USD]) from "
            "[1.12 billion|money|1120000000|EUR], though fuel cost it "
            "[some €4.8 billion|money|4800000000|EUR]. Its [1,200|count|1200|pilot] pilots and "
            "[roughly 7,500|count|7500|mechanic] mechanics won a pay rise of "
            "[5.5 per cent|percent|5.5|%], and the shares gained [4 per cent|percent|4|%] to "
            "[€14.22|money|14.22|EUR]. The new jets burn [a little under 20%|percent|20|%] less fuel "
            "and fly [up to 6,500 kilometres|quantity|6500|km]."
        ),
    ),
]


def write(name: str, cases: list[dict[str, object]]) -> None:
    """Check as dev5 does (a count's noun may be a compound or hyphenated), then write."""
    spaced = copy.deepcopy(cases)
    for c in spaced:
        for f in c["figures"]:  # type: ignore[attr-defined]
            if f["kind"] == "count":
                f["unit"] = f["unit"].replace(" ", "").replace("-", "")
    check(spaced, UNIT_SYMBOLS)
    with (HERE / name).open("w", encoding="utf-8") as out:
        for c in cases:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")


def main() -> None:
    dev, hold = [], []
    for n, (key, reference, marked) in enumerate(BRIEFS, 1):
        text, figures = unmark(marked)
        case = {"id": f"own-f16-{key}", "family": key.split("-", 1)[1], "source": SOURCE,
                "reference_date": reference, "published": reference,
                "text": text, "figures": figures}  # fmt: skip
        (hold if n % 4 == 0 else dev).append(case)
    write("own-figures-dev16.jsonl", dev)
    write("own-figures-dev16-check.jsonl", hold)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
