"""Build eval/own-figures-dev19.jsonl and own-figures-dev19-check.jsonl.

Nineteenth figure dev set (issue 14, the counted noun away from its number, session 21): ten
briefs of ordinary 2024-2025 news prose (local planning, a hospital trust, a court, rail,
farming, a football report, company results, an election, floods, schools) written so that
most counts stand apart from their noun, in the shapes unseen text has:
- the noun elided after a number that is the subject or object of its own clause ("Of the
  212 objections lodged, 187 came from residents"; "four had pleaded guilty and seven were
  convicted"; "TransPennine Express cancelled 1,120"; "conceded 21"; "62 died");
- the noun given before the number as the clause's subject or object, also as "the number
  of X" or a compound whose head is a change noun ("Patients waiting more than a year
  numbered 18,450"; "Sheep numbers fell to 68.4 million"; "cut the number of dairy farms in
  Victoria to 2,870"; "merge into 14");
- the noun after a later number of the same clause ("won 11, drawn one and lost one of their
  13 league games");
- a heading-like line that names the noun once ("Seats by party: SNP 58, Labour 27, ...");
- compound count nouns that are fixed terms ("polling stations", "level crossings",
  "charging points", "police officers") and modifiers that are not the head
  ("outpatient appointments", "registered voters", "dairy farms");
- "$" by the text's country (a Calgary dateline, a Sydney one, a Singapore one) and a
  country named in the sentence ("U.S. rival ... $410 million");
- look-alikes that count nothing: ages after a name ("Darren Cole, 44,"), scores ("2-0",
  "voted 9-3", "a mean score of 575"), ranks ("16th in the table"), years, designations
  ("case T20237045", "Primary One"), an index reading, fractions of a group ("three
  quarters of them").
Every brief was written by hand for briefx (firms, people and figures invented) and annotated
by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx was run on
it. Readings used where the conventions are silent:
- a number after a subject noun and a verb of change or level counts the subject noun
  ("Delay compensation claims reached 412,000" -> "claim"; dev15, dev18);
- "X numbers fell to N" and "the number of X ... to N" count X, the head of X without its
  modifiers ("the number of dairy farms" -> "farm");
- a number with an elided noun whose clause restates a count given before counts that noun
  ("four had pleaded guilty" after "Eleven men" -> "man");
- ages after a name are no figures (OntoNotes DATE); "N died" counts "person" (ANNOTATION.md's
  "300 injured").
Markup as in ``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. Brief n with n % 4 == 0
goes to the ``-check`` file: it is scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_figures_dev19.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

# (key, reference date, marked text)
BRIEFS: list[tuple[str, str, str]] = [
    (
        "01-planning",
        "2025-02-12",
        (
            "CARDIFF, Feb 12 - Cardiff council approved plans for [1,450|count|1450|home] new "
            "homes on the former Ely paper mill site on Wednesday, [300|count|300|home] of them "
            "for social rent. Councillors voted [9|number|9]-[3|number|3] in favour. Of the "
            "[212|count|212|objection] objections lodged, [187|count|187|objection] came from "
            "residents of Ely and Caerau. The site will have [650|count|650|parking space] "
            "parking spaces and [48|count|48|charging point] charging points, and the developer, "
            "Tirion Homes, will pay [£14 million|money|14000000|GBP] towards schools and the "
            "A4232 junction. The council's housing waiting list stands at "
            "[8,300|count|8300|household] households, up from [7,100|count|7100|household] in "
            "2023, and homelessness applications rose to [3,920|count|3920|application] last "
            "year. Rents on the social homes will be capped at [80%|percent|80|%] of market "
            "levels. Councillor Rhys Morgan, 61, who chairs the planning committee, said the "
            "[100|count|100|home] would be ready by 2027."
        ),
    ),
    (
        "02-hospital",
        "2025-10-09",
        (
            "BIRMINGHAM, Oct 9 - University Hospitals Birmingham cancelled "
            "[1,140|count|1140|operation] operations during last week's strike by resident "
            "doctors, and [3,600|count|3600|appointment] outpatient appointments were moved, the "
            "trust said on Thursday. Patients waiting more than a year for treatment numbered "
            "[18,450|count|18450|patient] in August, down from [21,300|count|21300|patient] in "
            "March. The new ward at Heartlands Hospital has [38|count|38|bed] beds, "
            "[12|count|12|bed] of them for children. Its emergency departments saw "
            "[61,200|count|61200|attendance] attendances in September and [71%|percent|71|%] of "
            "patients were seen within four hours. Ambulance handover delays of more than an hour "
            "fell to [2,310|count|2310|delay] from [3,050|count|3050|delay]. The trust, which "
            "employs [22,000|count|22000|staff] staff, ranks [14th|ordinal|14] of "
            "[120|count|120|trust] trusts in England on waiting times. The region has recorded "
            "[14|count|14|case] confirmed measles cases this year, [nine|count|9|case] of them "
            "in Birmingham, the UK Health Security Agency said."
        ),
    ),
    (
        "03-court",
        "2025-03-14",
        (
            "LEEDS, March 14 - A gang that smuggled [2.3 tonnes|quantity|2.3|t] of cocaine "
            "through Hull docks was jailed at Leeds Crown Court on Friday (case T20237045). "
            "[Eleven|count|11|man] men were sentenced; [four|count|4|man] had pleaded guilty and "
            "[seven|count|7|man] were convicted after a trial. Detectives seized "
            "[£1.9 million|money|1900000|GBP] in cash, [14|count|14|car] cars and "
            "[six|count|6|firearm] firearms. The prosecution called [63|count|63|witness] "
            "witnesses and the defence [five|count|5|witness]. The court heard the gang made "
            "[212|count|212|shipment] shipments between 2021 and 2023, and the drugs had a street "
            "value of [£180 million|money|180000000|GBP]. The ringleader, Darren Cole, 44, of "
            "Bradford, ran [three|count|3|company] haulage companies as a front; "
            "[two|count|2|company] have since been wound up. Convictions for drug trafficking "
            "in West Yorkshire rose to [1,284|count|1284|conviction] last year, West Yorkshire "
            "Police said."
        ),
    ),
    (
        "04-rail",
        "2025-01-21",
        (
            "MANCHESTER, Jan 21 - Northern cancelled [4,870|count|4870|train] trains in December, "
            "[6.1%|percent|6.1|%] of those scheduled, the Office of Rail and Road said on "
            "Tuesday. TransPennine Express cancelled [1,120|count|1120|train]. Passenger journeys "
            "on Northern rose to [98 million|count|98000000|journey] in the year to March, and "
            "delay compensation claims reached [412,000|count|412000|claim], with an average "
            "payout of [£6.40|money|6.4|GBP]. [Nine|count|9|station] stations on the Calder "
            "Valley line will get step-free access, and Network Rail will close "
            "[46|count|46|level crossing] level crossings on the route. Fares will rise "
            "[4.6%|percent|4.6|%] in March, taking a peak return from Manchester to Leeds to "
            "[£32.10|money|32.1|GBP]. The operator runs [351|count|351|train] trains and will add "
            "[35|count|35|train] by 2027."
        ),
    ),
    (
        "05-farming",
        "2025-11-04",
        (
            "SYDNEY, Nov 4 - Australia's wheat harvest will reach "
            "[34.1 million tonnes|quantity|34100000|t] this season, down from "
            "[35.9 million tonnes|quantity|35900000|t], the Australian Bureau of Agricultural "
            "and Resource Economics and Sciences said on Tuesday. Wheat averaged "
            "[$365|money|365|AUD] a tonne at the farm gate. Sheep numbers fell to "
            "[68.4 million|count|68400000|sheep] from [70.5 million|count|70500000|sheep], and "
            "the national herd of [29.1 million|count|29100000|cattle] cattle was little changed. "
            "Of the [4,100|count|4100|farm] farms surveyed, [38%|percent|38|%] reported a loss. "
            "Drought has cut the number of dairy farms in Victoria to [2,870|count|2870|farm], "
            "and [640|count|640|farmer] farmers have applied for the "
            "[$75,000|money|75000|AUD] relief grants. The Southern Oscillation Index stood at "
            "[+8.2|number|8.2] in October. GrainCorp expects to handle "
            "[11 million tonnes|quantity|11000000|t] through its [160|count|160|site] sites and "
            "will hire [1,800|count|1800|worker] seasonal workers, [300|count|300|worker] more "
            "than last year."
        ),
    ),
    (
        "06-derby",
        "2024-12-01",
        (
            "LIVERPOOL, Dec 1 - Liverpool beat Everton [2|number|2]-[0|number|0] at Anfield on "
            "Sunday in front of [60,124|count|60124|fan] fans to go [five|count|5|point] points "
            "clear at the top. Mohamed Salah, 32, scored his [14th|ordinal|14] goal of the "
            "season. Liverpool have won [11|count|11|game], drawn [one|count|1|game] and lost "
            "[one|count|1|game] of their [13|count|13|game] league games, and have conceded "
            "[seven|count|7|goal] goals. Everton, [16th|ordinal|16] in the table, "
            "have scored [nine|count|9|goal] goals and conceded [21|count|21|goal]. Their "
            "[£800 million|money|800000000|GBP] stadium at Bramley-Moore Dock, which opens next "
            "season, will hold [52,888|count|52888|spectator] spectators. Salah has "
            "[eight|count|8|assist] assists and has scored in [seven|count|7|game] consecutive "
            "games; his contract, worth [£350,000|money|350000|GBP] a week, ends in June."
        ),
    ),
    (
        "07-results",
        "2025-02-27",
        (
            "CALGARY, Feb 27 - Northgate Energy, the Toronto-listed oil producer, reported "
            "fourth-quarter profit of [$612 million|money|612000000|CAD] on Thursday, up from "
            "[$540 million|money|540000000|CAD], as output averaged "
            "[418,000 barrels|quantity|418000|bbl] of oil equivalent a day. The company drilled "
            "[212|count|212|well] wells in 2024, [38|count|38|well] more than a year earlier, and "
            "will cut [600|count|600|job] jobs, [about 8%|percent|8|%] of its workforce. "
            "Shareholders will receive a dividend of [$0.82|money|0.82|CAD] a share, and "
            "Northgate will buy back [up to 40 million|count|40000000|share] shares. Its shares "
            "rose [3.2%|percent|3.2|%] to [$57.40|money|57.4|CAD]. U.S. rival Permian Ridge "
            "reported net income of [$410 million|money|410000000|USD] on Tuesday. Northgate "
            "operates [1,940|count|1940|well] wells in Alberta, [310|count|310|well] of them "
            "idle, and plans [14|count|14|well] in British Columbia."
        ),
    ),
    (
        "08-election",
        "2025-05-09",
        (
            "EDINBURGH, May 9 - Voters in Scotland's council by-elections went to "
            "[2,150|count|2150|polling station] polling stations on Thursday, and turnout was "
            "[38.4%|percent|38.4|%]. Of [412,000|count|412000|voter] registered voters, "
            "[158,000|count|158000|voter] cast a ballot. The SNP won [18|count|18|seat] of the "
            "[41|count|41|seat] seats, Labour [11|count|11|seat] and the Conservatives "
            "[five|count|5|seat]. Reform UK, which had held no seats, won [four|count|4|seat]. "
            "Counting took place at [32|count|32|centre] centres.\n"
            "Votes by party: SNP [61,200|count|61200|vote], Labour [44,800|count|44800|vote], "
            "Conservatives [21,900|count|21900|vote], Reform UK [19,300|count|19300|vote].\n"
            "Ailsa Grant, 52, who won in Dundee by [212|count|212|vote] votes, said postal "
            "ballots made up [31%|percent|31|%] of the total."
        ),
    ),
    (
        "09-floods",
        "2024-11-06",
        (
            "VALENCIA, Nov 6 - Floods in eastern Spain have killed [219|count|219|person] "
            "people, and [93|count|93|person] are still missing, the regional government said "
            "on Wednesday. In Paiporta alone, [62|count|62|person] died. Emergency crews have "
            "rescued [4,800|count|4800|person] since the storm, and "
            "[7,500|count|7500|soldier] soldiers and [10,000|count|10000|police officer] police "
            "officers are clearing the streets. [Up to 491 mm|quantity|491|mm] of rain fell in "
            "Chiva in a few hours. [Some 120,000|count|120000|car] cars were wrecked; insurers "
            "have received [135,000|count|135000|claim] claims, three quarters of them for "
            "vehicles. The government approved [€10.6 billion|money|10600000000|EUR] in aid, and "
            "the European Union pledged [€100 million|money|100000000|EUR]. The warning level "
            "for the province was red, the highest of [four|count|4|level]. Schools in "
            "[29|count|29|town] towns stay shut, and [1,600|count|1600|pupil] pupils have been "
            "moved to [11|count|11|school] schools elsewhere."
        ),
    ),
    (
        "10-schools",
        "2025-03-03",
        (
            "SINGAPORE, March 3 - Singapore will spend [$1.2 billion|money|1200000000|SGD] over "
            "five years on its schools, the Ministry of Education said on Monday. As the birth "
            "rate falls, [28|count|28|school] primary schools will merge into "
            "[14|count|14|school] by 2028. The number of pupils starting Primary One fell to "
            "[32,400|count|32400|pupil] this year, from [39,000|count|39000|pupil] in 2015. "
            "Classes will be capped at [30|count|30|pupil] pupils, and the ministry will hire "
            "[1,500|count|1500|teacher] teachers a year, [500|count|500|teacher] more than now. "
            "Singapore ranked [first|ordinal|1] in mathematics in the latest PISA tests, with a "
            "mean score of [575|number|575]. Polytechnic fees will rise by [$300|money|300|SGD] "
            "a year, and [2,400|count|2400|place] preschool places will open in Punggol and "
            "Tengah, where [16|count|16|centre] new centres are planned, [five|count|5|centre] "
            "of them run by the government."
        ),
    ),
]


def main() -> None:
    dev, hold = [], []
    for n, (key, reference, marked) in enumerate(BRIEFS, 1):
        text, figures = unmark(marked)
        case = {"id": f"own-f19-{key}", "family": key.split("-", 1)[1], "source": SOURCE,
                "reference_date": reference, "published": reference,
                "text": text, "figures": figures}  # fmt: skip
        (hold if n % 4 == 0 else dev).append(case)
    write("own-figures-dev19.jsonl", dev)
    write("own-figures-dev19-check.jsonl", hold)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
