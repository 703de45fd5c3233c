"""Build eval/own-figures-dev31c.jsonl (+ -check) and eval/own-briefs-dev31c.jsonl (+ -check).

Figure dev set of session 31 (issue 14, counts18): the noun a count counts where it does not
stand right after the number (ANNOTATION.md: a count's ``unit`` is the lemma of the head noun it
counts; "where the noun is left out but plain from the text, it is restored"). Eight families:

1. ``partitive``: a partitive or a fronted "Of the N nouns, M ..." ("12 of the 40 applicants",
   "Of those, 17 failed", "charged 8 of them").
2. ``before``: the noun stands before the number, as the subject of a verb of level or change
   ("Arrests totalled 310", "The death toll climbed to 45") or a label ("Seats won: 120").
3. ``coord``: coordinated and ranged counts of one noun ("between 3 and 5 ships", "6 stores in
   March and 9 in April"), and of two nouns ("7 frigates and 2 submarines").
4. ``people``: people left out ("A further 14 were rescued", "45 dead and 12 missing").
5. ``again``: a count of the same noun as a count just before ("up from 89", "versus 120").
6. ``list``: list rows whose header names the noun, labelled rows, headlines.
7. ``held``: people held, charged or taken to hospital ("Five were taken to hospital", "Three
   have been charged"), a partitive before a passive ("Two of the 14 prisoners were released"),
   rows of names under a header that names the noun (written after the first six families
   showed these gaps on main).
8. ``keep``: what must stay: index levels, scores, money, percentages, quantities.

Readings used where the conventions are silent: a count coordinated with a count of the same
noun after a date or place ("6 stores in March and 9 in April") counts that noun; a row under
a header that names a plural noun counts it. Every case was written by hand for briefx (people,
bodies, places and figures invented) and annotated by ``shared/eval/ANNOTATION.md`` before
briefx was run on it. Markup as in ``build_own_figures_dev5.py``: ``[span|kind|value|unit]``.
Case n with n % 3 == 0 of each family goes to the ``-check`` file: scored once, at the end.

Run from the project root: ``python eval/build_own_figures_dev31c.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

REFERENCE = "2026-11-20"

CASES: dict[str, list[str]] = {
    "partitive": [
        "Of the [40|count|40|applicant] applicants, [12|count|12|applicant] were accepted, the college said.",
        "The board interviewed [60|count|60|candidate] candidates; [25|count|25|candidate] of them were hired.",
        "Of the [230|count|230|passenger] passengers on board, [14|count|14|passenger] were taken to hospital.",
        "Only [9|count|9|school] of the [75|count|75|school] schools met the new standard, inspectors said.",
        "[Eleven|count|11|club] of the [30|count|30|club] clubs voted in favour of the change.",
        "The agency inspected [48|count|48|plant] plants. Of those, [17|count|17|plant] failed.",
        "Of the [18|count|18|bridge] bridges surveyed, [four|count|4|bridge] need urgent repairs.",
        "Police questioned [35|count|35|suspect] suspects and charged [8|count|8|suspect] of them.",
        "The league has [20|count|20|team] teams, and [6|count|6|team] of them play in the capital.",
    ],
    "before": [
        "Arrests totalled [310|count|310|arrest] over the weekend, police said.",
        "The death toll climbed to [45|count|45|death] on Tuesday, officials said.",
        "Applications to the scheme rose to [12,400|count|12400|application] this year.",
        "The number of cases rose to [1,200|count|1200|case] by Friday, health officials said.",
        "Registered voters in the district numbered [84,000|count|84000|voter], the commission said.",
        "Complaints reached [2,350|count|2350|complaint] in the first half, the regulator said.",
        "Cancelled flights hit [480|count|480|flight] on Monday as the strike spread.",
        "Bankruptcies stood at [912|count|912|bankruptcy] in October, the court service said.",
        "Asylum claims fell to [3,150|count|3150|claim] in the third quarter, the ministry said.",
    ],
    "coord": [
        "The navy will send between [3|count|3|ship] and [5|count|5|ship] ships to the strait.",
        "The fleet includes [7|count|7|frigate] frigates and [2|count|2|submarine] submarines.",
        "Rescuers found [12|count|12|adult] adults and [5|count|5|child] children in the building.",
        "The council will build [40|count|40|home] or [50|count|50|home] homes on the site.",
        "The retailer opened [6|count|6|store] stores in March and [9|count|9|store] in April.",
        "Inspectors checked [120|count|120|restaurant] restaurants in Leeds and [95|count|95|restaurant] in Bradford.",
        "The airline will add [10|count|10|route] to [12|count|12|route] routes next summer.",
        "The council's planners approved [14|count|14|house] houses in the north and [3|count|3|house] in the south.",
        "The school hired [8|count|8|teacher] teachers in 2025 and [11|count|11|teacher] in 2026.",
    ],
    "people": [
        "A further [14|count|14|person] were rescued from the roof overnight, firefighters said.",
        "The blast left [45|count|45|person] dead and [12|count|12|person] missing, officials said.",
        "[Two|count|2|person] were arrested at the scene, police said.",
        "[At least 30|count|30|person] were injured when the stage collapsed.",
        "Another [120|count|120|person] were evacuated overnight as the river rose.",
        "Police said [6|count|6|person] were detained after the match.",
        "The storm killed [9|count|9|person] and injured [40|count|40|person] across the region.",
        "[Eight|count|8|person] were taken to hospital with burns after the fire.",
        "[Some 200|count|200|person] were left homeless by the fire, the council said.",
    ],
    "again": [
        "The clinic treated [112|count|112|patient] patients in May, up from [89|count|89|patient] in April.",
        "Police recorded [640|count|640|burglary] burglaries, down from [702|count|702|burglary] a year earlier.",
        "The port handled [2,100|count|2100|ship] ships, compared with [1,950|count|1950|ship] in 2024.",
        "The union called [45|count|45|strike] strikes this year, against [31|count|31|strike] last year.",
        "The ferry carried [3,400|count|3400|passenger] passengers a day, up from [2,900|count|2900|passenger] before the upgrade.",
        "The bank has [85|count|85|branch] branches, versus [120|count|120|branch] in 2020.",
        "There were [57|count|57|fatality] fatalities on the county's roads, up from [49|count|49|fatality].",
        "The charity ran [14|count|14|camp] camps, twice the [7|count|7|camp] it ran in 2024.",
        "The club has [9,800|count|9800|member] members, down from [10,400|count|10400|member] in 2023.",
    ],
    "list": [
        "[300|count|300|person] Evacuated As River Bursts Its Banks\n\nThe river rose overnight, officials said.",
        "Arrests by district\nNorth: [42|count|42|arrest]\nSouth: [37|count|37|arrest]",
        "Vehicles seized\n- Cars: [14|count|14|car]\n- Vans: [6|count|6|van]",
        "Flood toll rises to [23|count|23|death]\n\nRescue teams reached the valley on Sunday.",
        "Hospital capacity\nBeds available: [340|count|340|bed]\nBeds in use: [312|count|312|bed]",
        "[12|count|12|person] Rescued From Capsized Ferry\n\nCoastguard crews searched the bay overnight.",
        "Staff by site\nSite: Leeds, staff: [410|count|410|staff]\nSite: York, staff: [95|count|95|staff]",
        "Key figures\nJobs created: [1,450|count|1450|job]\nNew firms: [86|count|86|firm]",
        "Fire crews on scene\n\nTrucks: [18|count|18|truck]\nFirefighters: [70|count|70|firefighter]",
    ],
    "held": [
        "[Five|count|5|person] were taken to hospital after the bus overturned, police said.",
        "[Three|count|3|person] have been charged with arson and will appear in court on Monday.",
        "[Seven|count|7|person] remain in custody after the raids, the force said.",
        "Paramedics took [2|count|2|person] to hospital with minor injuries.",
        "[Nine|count|9|person] were questioned and later released without charge.",
        "[Four|count|4|person] were jailed at the crown court on Friday.",
        "[Two|count|2|prisoner] of the [14|count|14|prisoner] prisoners were released.",
        "[Six|count|6|person] were still in hospital on Sunday, doctors said.",
        "Seats won\nLabour: [22|count|22|seat]\nGreens: [9|count|9|seat]\nLiberals: [4|count|4|seat]",
    ],
    "keep": [
        "The index closed at [8,214|number|8214], up [0.4%|percent|0.4|%].",
        "Rovers beat United [3|number|3]-[1|number|1] on Sunday.",
        "Inflation rose to [3.1%|percent|3.1|%] in May from [2.9%|percent|2.9|%].",
        "The confidence index fell to [97.5|number|97.5] from [101.2|number|101.2].",
        "The company raised [$40 million|money|40000000|USD], up from [$25 million|money|25000000|USD].",
        "Wheat output reached [4.2 million tonnes|quantity|4200000|t], the ministry said.",
        "The survey's score stood at [112|number|112] after the [third|ordinal|3] round.",
        "Consumer confidence rose to [94|number|94] in March from [91|number|91].",
        "Turnout rose to [64%|percent|64|%] from [58%|percent|58|%] at the last election.",
    ],
}

BRIEFS: list[str] = [
    "Ferry fire leaves [two|count|2|person] dead\n\nATHENS - A fire on a ferry in the Aegean killed [two|count|2|person] and injured [17|count|17|person], the coastguard said on Sunday. Of the [312|count|312|passenger] passengers on board, [280|count|280|passenger] were taken off by lifeboats and a further [32|count|32|passenger] were lifted by helicopter. [Five|count|5|person] remain in hospital.",
    "Applications rise\n\nThe university said applications rose to [48,200|count|48200|application] this year, up from [44,900|count|44900|application]. Of the [6,100|count|6100|place] places on offer, [1,300|count|1300|place] went to students from abroad.",
    "Flood update\n\nThe death toll from the floods climbed to [38|count|38|death] on Wednesday. Another [2,400|count|2400|person] were evacuated overnight, and [15|count|15|person] are still missing. Rescuers used [40|count|40|boat] boats and [6|count|6|helicopter] helicopters.",
    "Council results\n\nSeats won\nLabour: [31|count|31|seat]\nGreens: [12|count|12|seat]\nIndependents: [5|count|5|seat]\nTurnout was [38%|percent|38|%].",
    "Strike ends\n\nThe union said [14|count|14|depot] of its [20|count|20|depot] depots had returned to work. Cancelled trains fell to [85|count|85|train] on Thursday from [410|count|410|train] on Monday.",
    "Shelter figures\n\nThe city opened [9|count|9|shelter] shelters in December and [4|count|4|shelter] in January. Beds rose to [1,150|count|1150|bed], the housing office said.",
]


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark(marked)
            case = {"id": f"own-f31c-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": REFERENCE, "text": text, "figures": figures}  # fmt: skip
            (hold if n % 3 == 0 else dev).append(case)
    write("own-figures-dev31c.jsonl", dev)
    write("own-figures-dev31c-check.jsonl", hold)
    bdev, bhold = [], []
    for n, marked in enumerate(BRIEFS, 1):
        text, figures = unmark(marked)
        brief = {"id": f"own-b31c-{n:02d}", "source": SOURCE, "reference_date": REFERENCE,
                 "published": REFERENCE, "text": text, "figures": figures}  # fmt: skip
        (bhold if n % 3 == 0 else bdev).append(brief)
    write("own-briefs-dev31c.jsonl", bdev)
    write("own-briefs-dev31c-check.jsonl", bhold)
    for name, cases in (
        ("dev31c", dev),
        ("dev31c-check", hold),
        ("briefs", bdev),
        ("briefs-check", bhold),
    ):
        print(name, len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
