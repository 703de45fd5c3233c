"""Build eval/own-figures-dev20.jsonl, own-figures-dev20-check.jsonl, own-briefs-dev20f.jsonl and
own-briefs-dev20f-check.jsonl.

Twentieth figure dev set (issue 14, a count's noun found where it stands, session 22). Twelve
briefs of ordinary 2024-2025 news prose and eight short briefs laid out as tables and result
lines, written so that many counts take their noun from somewhere other than the next word:
- medal tallies: class words as nouns ("14 golds, 22 silvers and 29 bronzes"), a list of classes
  whose noun comes many words later ("four gold, two silver and five bronze at the
  championships, its best haul of medals") or only in a sentence before, and medal tables
  whose header names the classes ("Gold  Silver  Bronze  Total", "(gold, silver, bronze,
  total)") or rows "Country: a, b, c";
- result lines: seats after names ("Labour 412 seats, Conservatives 121, ..."), a header that
  names the noun ("Seats:"), a partitive later in the clause ("won 14, up from 9 ..., of the 40
  seats on the council");
- antecedents: "Of the 40 passengers, 12 ...", "a further 12", "three of them", a subject
  before a verb of change ("Measles cases ... rose to 1,274 from 285"), a noun given in the
  sentence before;
- cricket prose ("made 112 and Stokes 45", "took four for 52": wickets for runs);
- look-alikes that stay without unit: years, scores ("3-1", "112-104"), ordinals, rank
  markers in a table, ages, race numbers, a bare number in a ranking.
Every brief was written by hand for briefx (events, people and figures invented) and annotated
by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx was run on
it. After the first run two marks were corrected to ANNOTATION.md, in their own commit: the
hedge "More than" inside the span of "500,000" spectators, and "finished second on the medal
table" an ordinal (dev19's ranks). Readings used where the conventions are silent:
- a medal table's cells and a medal list count "medal", the total too (set 12, dev17); a
  class word used as a noun ("golds", "a bronze" excepted: no number) counts "medal";
- rank markers of a table ("1.") are list markers, untagged (set 12);
- a bare number after a name in a list that a count of seats opens counts seats (dev17);
- a number whose noun is elided after a count given before counts that noun (dev19);
- cricket prose: a batter's score counts runs, "four for 52" wickets for runs (dev9, dev17);
- standings tables of played/won/drawn/lost are left out (``own-figures-briefs-dev4`` reads them
  as numbers, and this set does not test them).
Markup as in ``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. Brief n with n % 4 == 0
of the prose set, and the last two of the table set, go to the ``-check`` files: scored only
once, at the end of the session.

Run from the project root: ``python eval/build_own_figures_dev20.py`` (rewrites the files).
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
        "01-athletics",
        "2025-09-22",
        (
            "TOKYO, Sept 22 - Kenya ended the world athletics championships in Tokyo with "
            "[seven|count|7|medal] gold, [two|count|2|medal] silver and [three|count|3|medal] "
            "bronze, its best haul of medals at a championships since 2015. The United States "
            "topped the table with [16|count|16|medal] golds, [five|count|5|medal] silvers and "
            "[five|count|5|medal] bronzes. Britain won [one|count|1|medal] gold, "
            "[two|count|2|medal] silver and [four|count|4|medal] bronze over the nine days of "
            "competition, [two|count|2|medal] fewer medals than in Budapest. Faith Kipyegon, "
            "31, won the [1,500m|quantity|1500|m] for a [fourth|ordinal|4] time and finished "
            "[second|ordinal|2] in the [5,000m|quantity|5000|m]. [More than 500,000|count|500000|spectator] "
            "spectators attended, the organisers said, and [1.2 million|count|1200000|ticket] "
            "tickets were sold."
        ),
    ),
    (
        "02-election",
        "2025-05-03",
        (
            "MANCHESTER, May 3 - Reform UK took control of [ten|count|10|council] councils in "
            "Thursday's local elections, winning [677|count|677|seat] seats, the party said on "
            "Saturday. In Lancashire the party won [53|count|53|seat], up from [two|count|2|seat] "
            "four years ago, of the [84|count|84|seat] seats on the county council. The "
            "Conservatives lost [674|count|674|seat] across England, Labour [187|count|187|seat] "
            "and the Liberal Democrats gained [163|count|163|seat]. In Durham the result was "
            "Reform [65|count|65|seat] seats, Liberal Democrats [14|count|14|seat], "
            "Independents [13|count|13|seat], Labour [6|count|6|seat], Conservatives "
            "[1|count|1|seat]. Turnout was [31%|percent|31|%], and [three|count|3|mayor] new "
            "mayors were elected."
        ),
    ),
    (
        "03-bus-crash",
        "2025-07-14",
        (
            "ISTANBUL, July 14 - A coach carrying [46|count|46|passenger] passengers overturned "
            "on a motorway near Bursa early on Monday. Of the [46|count|46|passenger] "
            "passengers, [nine|count|9|passenger] died at the scene and "
            "[21|count|21|passenger] were taken to hospital, [four|count|4|passenger] of them in "
            "a critical condition. The governor's office said a further [two|count|2|passenger] "
            "had been discharged. Deaths on Turkey's roads rose to [6,351|count|6351|death] "
            "last year from [6,548|count|6548|death] in 2023, the interior ministry said. Police "
            "detained the driver, 52, and [two|count|2|official] officials of the coach company."
        ),
    ),
    (
        "04-cricket",
        "2025-07-11",
        (
            "LONDON, July 11 - Joe Root made [104|count|104|run] and Ben Stokes "
            "[44|count|44|run] as England reached [387|count|387|run] all out on Friday in the "
            "[third|ordinal|3] Test at Lord's. Jasprit Bumrah took [five|count|5|wicket] for "
            "[74|count|74|run], his [15th|ordinal|15] such haul in Tests, and Nitish "
            "Kumar Reddy [two|count|2|wicket] for [62|count|62|run]. India closed on "
            "[145|count|145|run] for [three|count|3|wicket], [242|count|242|run] behind, with "
            "KL Rahul unbeaten on [53|count|53|run]. The match drew "
            "[31,000|count|31000|spectator] spectators, and England lead the series "
            "[2|number|2]-[1|number|1]."
        ),
    ),
    (
        "05-swimming",
        "2025-08-04",
        (
            "SINGAPORE, Aug 4 - Australia finished [second|ordinal|2] on the medal table at the world "
            "aquatics championships in Singapore with [eight|count|8|medal] golds, behind the "
            "United States. Final standings (gold, silver, bronze):\n"
            "United States: [9|count|9|medal], [9|count|9|medal], [11|count|11|medal]\n"
            "Australia: [8|count|8|medal], [6|count|6|medal], [4|count|4|medal]\n"
            "China: [7|count|7|medal], [5|count|5|medal], [8|count|8|medal]\n"
            "Canada: [6|count|6|medal], [2|count|2|medal], [3|count|3|medal]\n"
            "Summer McIntosh, 18, won [four|count|4|medal] individual golds, and "
            "[three|count|3|record] world records fell in the pool."
        ),
    ),
    (
        "06-jobs",
        "2025-03-18",
        (
            "STUTTGART, March 18 - The carmaker will cut [4,500|count|4500|job] jobs in Germany "
            "by 2027, and a further [1,200|count|1200|job] could go if sales of electric models "
            "stay weak, the works council said on Tuesday. Of the "
            "[14,000|count|14000|worker] workers at its Zuffenhausen plant, "
            "[2,100|count|2100|worker] are on temporary contracts, and [800|count|800|worker] "
            "of them will not be renewed. Deliveries fell to [310,700|count|310700|delivery] "
            "last year from [320,200|count|320200|delivery] in 2023, a drop of "
            "[3%|percent|3|%]. The company ranks [third|ordinal|3] among German carmakers by "
            "profit."
        ),
    ),
    (
        "07-measles",
        "2025-04-30",
        (
            "ATLANTA, April 30 - Measles cases reported in the United States this year, most of "
            "them in an outbreak in west Texas, rose to [884|count|884|case] on Wednesday from "
            "[800|count|800|case] a week earlier, the Centers for Disease Control and "
            "Prevention said. [Three|count|3|person] people have died, and "
            "[11%|percent|11|%] of patients were admitted to hospital. Texas reported "
            "[663|count|663|case], New Mexico [65|count|65|case] and Kansas "
            "[37|count|37|case]. Of the [884|count|884|case] cases, [96%|percent|96|%] were in "
            "people who were unvaccinated or whose status was unknown."
        ),
    ),
    (
        "08-paralympics",
        "2024-09-09",
        (
            "PARIS, Sept 9 - Britain won [124|count|124|medal] medals at the Paris "
            "Paralympics, [49|count|49|medal] of them gold, to finish [second|ordinal|2] behind "
            "China, which won [94|count|94|medal] golds and [220|count|220|medal] medals in "
            "all. Britain's cyclists took [25|count|25|medal], the swimmers "
            "[26|count|26|medal] and the rowers [four|count|4|medal]. Sarah Storey, 46, won "
            "her [19th|ordinal|19] Paralympic gold, and [4,400|count|4400|athlete] athletes "
            "from [168|count|168|delegation] delegations took part."
        ),
    ),
    (
        "09-flood",
        "2025-10-02",
        (
            "HANOI, Oct 2 - Typhoon Bualoi killed [51|count|51|person] people in central "
            "Vietnam and [14|count|14|person] were missing on Thursday, the disaster agency "
            "said, up from [36|count|36|person] dead a day earlier. Floods damaged "
            "[122,000|count|122000|home] homes, and [2,000|count|2000|home] of them were "
            "destroyed. Of the [320|count|320|school] schools in Ha Tinh province, "
            "[85|count|85|school] were shut and a further [40|count|40|school] were used as "
            "shelters. The [10th|ordinal|10] storm to hit the country this year, brought "
            "[600 mm|quantity|600|mm] of rain in two days, and authorities evacuated "
            "[28,000|count|28000|person] people."
        ),
    ),
    (
        "10-basketball",
        "2025-05-15",
        (
            "NEW YORK, May 15 - The Knicks beat the Boston Celtics "
            "[119|number|119]-[81|number|81] on Friday to reach the Eastern Conference finals "
            "for the [first|ordinal|1] time since 2000. Jalen Brunson scored [23|count|23|point] points "
            "and Mikal Bridges [22|count|22|point], while Josh Hart added "
            "[10|count|10|rebound] rebounds. Boston made [eight|count|8|shot] of its "
            "[40|count|40|shot] shots from beyond the arc. Madison Square Garden held "
            "[19,812|count|19812|fan] fans, and the Knicks won the series "
            "[4|number|4]-[2|number|2]. Boston had won [61|count|61|game] of its "
            "[82|count|82|game] regular-season games."
        ),
    ),
    (
        "11-travel",
        "2024-12-02",
        (
            "WASHINGTON, Dec 2 - The Transportation Security Administration screened "
            "[3.09 million|count|3090000|traveler] travelers at U.S. airports on Sunday, the "
            "most on a single day in its history, up from [2.9 million|count|2900000|traveler] "
            "on the same day last year. Over the Thanksgiving week the agency screened "
            "[18.3 million|count|18300000|traveler], and airlines cancelled "
            "[430|count|430|flight] of the [27,000|count|27000|flight] flights scheduled on "
            "Sunday."
        ),
    ),
    (
        "12-council",
        "2025-06-20",
        (
            "LEEDS, June 20 - The council will close [nine|count|9|library] of its "
            "[35|count|35|library] libraries and sell [12|count|12|building] buildings to save "
            "[£14 million|money|14000000|GBP] a year, it said on Friday. The plan puts "
            "[160|count|160|job] jobs at risk, and [40|count|40|job] of them are already "
            "vacant. The [seven|count|7|museum] museums stay open, and [two|count|2|museum] of them "
            "will open longer. Of the [5,200|count|5200|response] responses to the consultation, "
            "[3,900|count|3900|response] opposed the closures, and [18|count|18|councillor] "
            "councillors voted for the plan and [11|count|11|councillor] against it. Leeds ranked [second|ordinal|2] "
            "among England's core cities for library visits in 2024."
        ),
    ),
    (
        "13-eurovision",
        "2025-05-18",
        (
            "BASEL, May 18 - Austria's JJ won the Eurovision Song Contest in Basel early on "
            "Sunday with [436|count|436|point] points, ahead of Israel on "
            "[357|count|357|point] and Estonia on [356|count|356|point]. The juries gave "
            "Austria [258|count|258|point] and the public vote [178|count|178|point]. Britain "
            "finished [19th|ordinal|19] of the [26|count|26|finalist] finalists with "
            "[88|count|88|point], all of them from the juries. The final drew "
            "[166 million|count|166000000|viewer] viewers in [37|count|37|country] countries, "
            "the organisers said, [3 million|count|3000000|viewer] more than last year."
        ),
    ),
    (
        "14-mine",
        "2025-01-16",
        (
            "JOHANNESBURG, Jan 16 - Rescuers have brought up [246|count|246|miner] illegal "
            "miners from a disused gold mine in Stilfontein since Monday, police said on "
            "Thursday. Of the [246|count|246|miner], [78|count|78|miner] were dead. The shaft "
            "is [2.6 km|quantity|2.6|km] deep. Police have arrested [1,580|count|1580|person] "
            "people in the operation since August, and [121|count|121|person] of them have "
            "been charged. A further [500|count|500|miner] may still be underground, a "
            "miners' group said, up from an estimate of [400|count|400|miner] last week."
        ),
    ),
]

# Short briefs laid out as tables and result lines (key, reference date, marked text).
TABLES: list[tuple[str, str, str]] = [
    (
        "t01-medal-table",
        "2026-02-23",
        (
            "Winter Games final medal table\n"
            "Country  Gold  Silver  Bronze  Total\n"
            "1. Norway  [16|count|16|medal]  [8|count|8|medal]  [13|count|13|medal]  "
            "[37|count|37|medal]\n"
            "2. Italy  [12|count|12|medal]  [9|count|9|medal]  [10|count|10|medal]  "
            "[31|count|31|medal]\n"
            "3. United States  [11|count|11|medal]  [10|count|10|medal]  [8|count|8|medal]  "
            "[29|count|29|medal]\n"
            "Norway topped the table for the [third|ordinal|3] Games in a row."
        ),
    ),
    (
        "t02-seats",
        "2025-02-24",
        (
            "BERLIN, Feb 24 - Final result of Sunday's federal election (seats in the "
            "Bundestag):\n"
            "CDU/CSU [208|count|208|seat]\n"
            "AfD [152|count|152|seat]\n"
            "SPD [120|count|120|seat]\n"
            "Greens [85|count|85|seat]\n"
            "Left [64|count|64|seat]\n"
            "A majority needs [316|count|316|seat] of the [630|count|630|seat] seats."
        ),
    ),
    (
        "t03-medals-bracket",
        "2025-08-31",
        (
            "Final medal table of the world rowing championships (gold, silver, bronze, "
            "total):\n"
            "1. Britain [6|count|6|medal] [3|count|3|medal] [2|count|2|medal] "
            "[11|count|11|medal]\n"
            "2. Netherlands [4|count|4|medal] [5|count|5|medal] [1|count|1|medal] "
            "[10|count|10|medal]\n"
            "3. Australia [2|count|2|medal] [2|count|2|medal] [4|count|4|medal] "
            "[8|count|8|medal]"
        ),
    ),
    (
        "t04-results-line",
        "2025-04-29",
        (
            "OTTAWA, April 29 - Seats won in Monday's federal election: Liberals "
            "[169|count|169|seat], Conservatives [144|count|144|seat], Bloc Quebecois "
            "[22|count|22|seat], NDP [7|count|7|seat], Greens [1|count|1|seat]. The Liberals "
            "fell [three|count|3|seat] short of the [172|count|172|seat] needed for a "
            "majority. Turnout was [68.7%|percent|68.7|%]."
        ),
    ),
    (
        "t05-cricket-card",
        "2025-06-24",
        (
            "Cricket - England v India, Headingley, final day\n"
            "India [471|count|471|run] and [364|count|364|run]; England [465|count|465|run] "
            "and [373|count|373|run] for [five|count|5|wicket]\n"
            "England won by [five|count|5|wicket] wickets. Ben Duckett made "
            "[149|count|149|run] and Zak Crawley [65|count|65|run]."
        ),
    ),
    (
        "t06-medal-rows",
        "2024-08-12",
        (
            "PARIS, Aug 12 - The United States and China finished level on "
            "[40|count|40|medal] golds, the [first|ordinal|1] tie at the top of an Olympic table. Final "
            "medal count, gold-silver-bronze:\n"
            "United States [40|count|40|medal]-[44|count|44|medal]-[42|count|42|medal]\n"
            "China [40|count|40|medal]-[27|count|27|medal]-[24|count|24|medal]\n"
            "Japan [20|count|20|medal]-[12|count|12|medal]-[13|count|13|medal]"
        ),
    ),
    (
        "t07-medal-columns",
        "2025-03-23",
        (
            "Final medal table, world indoor athletics championships, Nanjing\n"
            "Nation  Gold  Silver  Bronze  Total\n"
            "United States  [5|count|5|medal]  [8|count|8|medal]  [3|count|3|medal]  "
            "[16|count|16|medal]\n"
            "Netherlands  [3|count|3|medal]  [0|count|0|medal]  [1|count|1|medal]  "
            "[4|count|4|medal]\n"
            "Ethiopia  [2|count|2|medal]  [2|count|2|medal]  [1|count|1|medal]  "
            "[5|count|5|medal]"
        ),
    ),
    (
        "t08-seats-lines",
        "2025-03-12",
        (
            "NUUK, March 12 - Result of Tuesday's election to the Inatsisartut, seats won:\n"
            "Demokraatit [10|count|10|seat]\n"
            "Naleraq [8|count|8|seat]\n"
            "Inuit Ataqatigiit [7|count|7|seat]\n"
            "Siumut [4|count|4|seat]\n"
            "Turnout was [70.9%|percent|70.9|%], up from [65.9%|percent|65.9|%] in 2021."
        ),
    ),
]


def main() -> None:
    dev, hold = [], []
    for n, (key, reference, marked) in enumerate(BRIEFS, 1):
        text, figures = unmark(marked)
        case = {"id": f"own-f20-{key}", "family": key.split("-", 1)[1], "source": SOURCE,
                "reference_date": reference, "published": reference,
                "text": text, "figures": figures}  # fmt: skip
        (hold if n % 4 == 0 else dev).append(case)
    tables, tables_hold = [], []
    for n, (key, reference, marked) in enumerate(TABLES, 1):
        text, figures = unmark(marked)
        case = {"id": f"own-b20f-{key}", "family": key.split("-", 1)[1], "source": SOURCE,
                "reference_date": reference, "published": reference,
                "text": text, "figures": figures}  # fmt: skip
        (tables_hold if n > len(TABLES) - 2 else tables).append(case)
    write("own-figures-dev20.jsonl", dev)
    write("own-figures-dev20-check.jsonl", hold)
    write("own-briefs-dev20f.jsonl", tables)
    write("own-briefs-dev20f-check.jsonl", tables_hold)
    for cases in (dev, hold, tables, tables_hold):
        print(len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
