"""Build eval/own-figures-dev34c.jsonl (+ -check).

Figure dev set of session 34 (issue 14, counts21): what a count counts, where the counted noun
is not the word after the number. Short passages in the shapes of humanitarian updates,
statistical releases, sports, company and election results and disaster reports. Families:

1. ``label``: a labelled field on a line of its own ("Deaths: 12", "Households reached - 4,500",
   "Schools closed: 38"): the label's head noun is the count's unit (ANNOTATION.md: the lemma of
   the counted noun; a participle after the noun is dropped).
2. ``table``: a table whose column header or row label names what is counted.
3. ``before``: the noun came before the number ("Of the 120 schools, 45 reopened", "the number
   of X rose to 12", "X rose to 12").
4. ``shared``: lists of numbers sharing one noun ("3 dead and 12 injured", "12, 15 and 20
   beds").
5. ``adjective``: a number followed by adjectives and their noun, and headlines.
6. ``keep``: what must stay: ranks, scores, ages, years, bare numbers that count nothing.
7. ``fronted``: a bare number that is the subject of a sentence after a short fronted phrase
   ("So far 35,000 have been completed", "Of those, 41 remain"): the count before counts it.
8. ``pronoun``: the bare object of a verb whose subject is a pronoun carrying the topic on ("It
   will add 12 next summer"): the count before counts it.
9. ``near``: cases near 7 and 8 that must stay as they are (scores, a noun after the number).
10. ``longlabel``: a label of five to seven words before a colon and its number ("Total deaths
    reported so far: 31"), and a sentence before a colon that is no label.

Families 1-6 were written and scored first (all right on main: the shapes are already read);
7-10 were written after probing for shapes main misses.

Every case was written by hand for briefx (places, bodies and figures invented) and annotated by
``shared/eval/ANNOTATION.md`` before briefx was run on it. Markup as in
``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. Case n with n % 3 == 0 of each family
goes to the ``-check`` file: scored once, at the end.

Run from the project root: ``python eval/build_own_figures_dev34c.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

REFERENCE = "2026-12-01"

CASES: dict[str, list[str]] = {
    "label": [
        "Flood update, Marova district\n\nDeaths: [12|count|12|death]\nPeople displaced: [4,300|count|4300|person]\nHouses destroyed: [610|count|610|house]",
        "Cholera situation report\n\nSuspected cases: [1,284|count|1284|case]\nDeaths: [19|count|19|death]\nTreatment centres open: [7|count|7|centre]",
        "Winter response\n\nHouseholds reached - [4,500|count|4500|household]\nBlankets distributed - [12,000|count|12000|blanket]",
        "Storm Elena: key figures\n\n- Schools closed: [38|count|38|school]\n- Flights cancelled: [214|count|214|flight]\n- Homes without power: [56,000|count|56000|home]",
        "Quarterly hiring report\n\nNew hires: [86|count|86|hire]\nVacancies: [23|count|23|vacancy]",
        "Camp profile, Sidra site\n\nShelters: [2,150|count|2150|shelter]\nLatrines: [310|count|310|latrine]\nBoreholes: [42|count|42|borehole]",
    ],
    "table": [
        "Regional results\n\nRegion      Seats   Candidates\nNorth       [14|count|14|seat]      [52|count|52|candidate]\nSouth       [9|count|9|seat]       [37|count|37|candidate]",
        "Vaccination by district\n\nDistrict\tDoses given\nKeral\t[8,400|count|8400|dose]\nMunro\t[5,120|count|5120|dose]",
        "Arrivals by port\n\nPort\tArrivals\nTeslin\t[1,240|count|1240|arrival]\nBrack\t[860|count|860|arrival]",
        "Casualties by province\n\nProvince   Injured   Missing\nAlvor      [44|count|44|person]        [6|count|6|person]\nTamsa      [17|count|17|person]        [2|count|2|person]",
        "Store count\n\nBrand\tStores\nQuickmart\t[312|count|312|store]\nFreshway\t[95|count|95|store]",
        "Applications received\n\nMonth\tApplications\nJuly\t[3,210|count|3210|application]\nAugust\t[2,980|count|2980|application]",
    ],
    "before": [
        "Of the [120|count|120|school] schools damaged by the earthquake, [45|count|45|school] have reopened, the ministry said.",
        "The number of registered voters rose to [2.4 million|count|2400000|voter], the electoral commission said.",
        "Applications for asylum fell to [8,200|count|8200|application] in the third quarter, the statistics office said.",
        "Of the [64|count|64|patient] patients admitted on Sunday, [51|count|51|patient] had been discharged by Tuesday.",
        "Hospital admissions climbed to [1,930|count|1930|admission] last week, up from [1,410|count|1410|admission] a week earlier.",
        "The ministry counted [300|count|300|well] wells in the district; [112|count|112|well] were dry.",
    ],
    "shared": [
        "The bus crash left [3|count|3|person] dead and [12|count|12|person] injured, police said.",
        "The hospitals in Varo, Tenk and Orsa will add [12|count|12|bed], [15|count|15|bed] and [20|count|20|bed] beds respectively.",
        "The club signed [two|count|2|striker] strikers and [three|count|3|defender] defenders over the summer.",
        "Landslides killed [seven|count|7|person] people and injured [19|count|19|person] in the hill district.",
        "Between [40|count|40|family] and [60|count|60|family] families are still without shelter, aid workers said.",
        "The company will close [four|count|4|plant] plants and [11|count|11|warehouse] warehouses by June.",
    ],
    "adjective": [
        "The agency opened [14|count|14|centre] new regional centres this year.",
        "Police arrested [23|count|23|person] people after the match.",
        "[More than 200|count|200|family] Families Evacuated as River Rises\n\nThe river burst its banks on Friday night.",
        "The airline will buy [30|count|30|aircraft] long-haul aircraft, it said on Monday.",
        "[Five|count|5|school] Schools Shut After Outbreak\n\nHealth officials closed the schools on Thursday.",
        "The charity trained [450|count|450|volunteer] local volunteers and [80|count|80|nurse] community nurses.",
    ],
    "keep": [
        "Harlow Town beat Crestfield [3|number|3]-[1|number|1] on Saturday to climb to [fourth|ordinal|4] in the table.",
        "The university was ranked [12th|ordinal|12] in the national league table.",
        "Turnout was [61.4%|percent|61.4|%], up from [58.9%|percent|58.9|%] at the last election.",
        "The magnitude [5.8|number|5.8] earthquake struck at a depth of [10 km|quantity|10|km].",
        "The index rose to [104.2|number|104.2] in October from [103.7|number|103.7] in September.",
        "The council voted [9|number|9]-[2|number|2] to approve the plan on Tuesday.",
    ],
    "fronted": [
        "The government plans to build [200,000|count|200000|home] homes by 2030. So far [35,000|count|35000|home] have been completed.",
        "Hospitals in the region have admitted [340|count|340|patient] patients since Friday. Of those, [41|count|41|patient] remain in intensive care.",
        "Police seized [96|count|96|vehicle] vehicles during the operation. By Sunday, [60|count|60|vehicle] had been returned to their owners.",
        "The charity distributed [1,500|count|1500|parcel] parcels last week. In all, [310|count|310|parcel] went to families in Durn.",
        "The board received [84|count|84|complaint] complaints this year. Since then, [12|count|12|complaint] have been upheld.",
        "[About 2,000|count|2000|resident] residents were evacuated from the valley. Already [1,400|count|1400|resident] have returned.",
    ],
    "pronoun": [
        "The airline operates [85|count|85|route] routes. It will add [12|count|12|route] next summer.",
        "The coastguard searched for [60|count|60|migrant] migrants whose boat capsized. They rescued [41|count|41|migrant] from the water.",
        "The bank has [320|count|320|branch] branches. It plans to close [45|count|45|branch] by next year.",
        "The school enrolled [900|count|900|pupil] pupils this autumn. It expects [1,000|count|1000|pupil] next year.",
        "The firm shipped [4.1 million|count|4100000|phone] phones in the quarter. It aims to ship [5 million|count|5000000|phone] in the next.",
        "The agency has trained [250|count|250|midwife] midwives this year. We hope to train [400|count|400|midwife] in 2027, its director said.",
    ],
    "near": [
        "The team scored [three|count|3|goal] goals before half-time. They won [3|number|3]-[1|number|1].",
        "The airline carried [3.1 million|count|3100000|passenger] passengers last year. It was founded in 1998.",
        "Police arrested [45|count|45|person] people at the protest. On Tuesday, [three|count|3|officer] officers were suspended.",
        "The firm closed [12|count|12|plant] plants this year. It rose [5%|percent|5|%] in early trading.",
        "Voters elected [12|count|12|councillor] councillors in May. In the ward, turnout was [38%|percent|38|%].",
        "The ministry confirmed [14|count|14|case] cases on Monday. In Tarva, [six|count|6|case] cases were linked to [one|count|1|school] school.",
    ],
    "longlabel": [
        "Cholera update, Rell province\n\nTotal deaths reported so far: [31|count|31|death]\nNew cases in the past day: [96|count|96|case]",
        "Drought response\n\nNumber of households still without water: [2,300|count|2300|household]\nWater trucks in service: [18|count|18|truck]",
        "Flood figures\n\nTotal people displaced in the district: [4,100|count|4100|person]\nShelters: [22|count|22|shelter]",
        "Heatwave\n\nTotal hospital admissions since the start of June: [1,870|count|1870|admission]",
        "Strike update\n\nNumber of schools closed across the region: [64|count|64|school]\nTeachers on strike: [3,900|count|3900|teacher]",
        "Press briefing\n\nThe minister told reporters on Monday: [12|number|12] is not enough.",
    ],
}  # fmt: skip


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark(marked)
            case = {"id": f"own-f34c-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": REFERENCE, "text": text, "figures": figures}  # fmt: skip
            (hold if n % 3 == 0 else dev).append(case)
    write("own-figures-dev34c.jsonl", dev)
    write("own-figures-dev34c-check.jsonl", hold)
    for name, cases in (("dev34c", dev), ("dev34c-check", hold)):
        print(name, len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
