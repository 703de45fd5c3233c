"""Build eval/own-figures-dev9.jsonl and own-figures-dev9-check.jsonl.

Ninth figure dev set (issue 14, figures half, session 10): thirteen brief paragraphs dense in
plain numbers and counts, where the value or the counted noun (ANNOTATION.md: the lemma of the
head noun) still goes wrong: which noun a count takes after adjectives, hyphenated modifiers and
a maker's or party's name ("six coal-fired plants", "three Republican senators"); partitives
("three of the five reactors", "17 of 38 shots", "Of the 117 banks that bid, 83"); a group of
people named by a collective noun ("a crew of 14", "a family of five", "a crowd of 31,400",
"a workforce of 3,800") and "X-strong" ("a 60-strong team of army engineers", "a 1,200-strong
force"); a toll ("the death toll rose to 45", "the toll had stood at 31"); the noun before the
number in headers and tables ("Seats won: SPD 57, CDU 47", "Deaths: 45", a column table with
"Cases" and "Deaths" over its cells); irregular plurals ("criteria", "analyses", "crises",
"aircraft", "species"); sports scores, records and vote tallies against counts of points,
votes and games; cricket runs and wickets with the noun left out ("bowled out for 212", "445
for six", "took two for 19", "a stand of 203"); exam marks against German marks ("62 marks out
of 120" against "3.2 billion marks"); ordinals beside counts ("the first two convoys", "his
100th goal"); number words ("a dozen", "half a dozen", "two dozen", "one and a half million");
ranges ("40 to 50 trucks", "300-400 families", "two or three convoys"); "another 300" and "12
more" carrying the noun before them; negatives: ages ("Maria Lopez, 34,", "aged 71"),
durations, "one in four".

Every text was written by hand for briefx (the firms, people's figures and events are invented;
real clubs, parties and institutions appear only as context, and every figure is invented) and
annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx
was run on it. Markup as in ``build_own_figures_dev6.py``: ``[span|kind|value|unit]``. Readings
used here where the conventions are silent: a group of people counted through a collective noun
("a crew of 14", "a crowd of 31,400", "a 1,200-strong police force") counts "person", but a
"X-strong" group followed by "of" + a plural counts that plural ("a 60-strong team of army
engineers" -> "engineer"); a death toll counts "death"; a header noun before a colon or over a
column is the counted noun of the numbers under it ("Injured: 212" -> "person", as "300
injured"); a cricket score with its noun left out counts "run", a number of wickets after "for"
counts "wicket" (dev4 and dev8); "took two for 19" is two wickets for 19 runs; a team's record
in brackets ("(28-12)") is two `number` figures, as a score; exam marks count "mark"; "marks"
after a scale word in a German text of the 1990s is the Deutsche Mark (DEM); the end of a range
with its noun left out takes the noun of the other end. Re-annotated in session 11 (the lead's
decision, issue 14): "stay sixth" (an ordinal of placing after a verb) was marked as no figure;
it is an ordinal figure, as OntoNotes tags it ("sixth place"), so brief 11 now holds 1 more.
Briefs 03, 08 and 12 go to the ``-check`` file: it is scored only at the end of a session.

Run from the project root: ``python eval/build_own_figures_dev9.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev6 import SOURCE, unmark, write  # noqa: E402
from build_own_figures_dev8 import UNIT_SYMBOLS  # noqa: E402

# (key, reference date, family, marked text)
BRIEFS: list[tuple[str, str, str, str]] = [
    (
        "01-cricket-test",
        "2026-12-08",
        "cricket",
        "BRISBANE, Dec 8 - England were bowled out for [212|count|212|run] on the "
        "[third|ordinal|3] day of the [second|ordinal|2] Test, leaving Australia "
        "[94|count|94|run] to win. Joe Root made [87|count|87|run] off [141|count|141|ball] balls "
        "before he was caught at slip, and Harry Brook added [45|count|45|run]. Mitchell Starc took "
        "[five|count|5|wicket] wickets for [58|count|58|run] runs. Chasing [94|count|94|run], "
        "Australia lost [two|count|2|wicket] wickets, with Travis Head unbeaten on "
        "[48|count|48|run]. England have lost [seven|count|7|test] of their last "
        "[eight|count|8|test] Tests in Australia, and a crowd of [31,400|count|31400|person] "
        "watched the finish.\n",
    ),
    (
        "02-cricket-scores",
        "2026-11-14",
        "cricket",
        "AHMEDABAD, Nov 14 - India declared on [445|count|445|run] for [six|count|6|wicket] after "
        "Shubman Gill's [178|count|178|run], his [ninth|ordinal|9] Test hundred. Gill and "
        "Yashasvi Jaiswal put on [203|count|203|run] for the [second|ordinal|2] wicket, and Gill "
        "hit [21|count|21|boundary] boundaries. West Indies closed on [96|count|96|run] for "
        "[three|count|3|wicket], still [349|count|349|run] behind. Ravindra Jadeja took "
        "[two|count|2|wicket] for [19|count|19|run] in [11|count|11|over] overs. India lead the "
        "[five|count|5|match]-match series [1|number|1]-[0|number|0], and a stand of "
        "[203|count|203|run] is their best against West Indies at home.\n",
    ),
    (
        "03-exam-marks",
        "2026-08-14",
        "marks",
        "LONDON, Aug 14 - Candidates needed [62|count|62|mark] marks out of [120|count|120|mark] "
        "for an A grade in the higher maths paper this summer, [four|count|4|mark] marks fewer "
        "than last year, the exam board said. The top candidate scored [118|count|118|mark]. "
        "[More than 312,000|count|312000|student] students sat [1.2 million|count|1200000|exam] "
        "exams in [38|count|38|subject] subjects, and [27.8%|percent|27.8|%] of entries were graded "
        "A or above. [Nine|count|9|school] schools had papers re-marked, and [14|count|14|appeal] "
        "appeals are pending. Pass marks in physics rose by [three|count|3|mark] to "
        "[41|count|41|mark].\n",
    ),
    (
        "04-bundesbank",
        "1995-03-03",
        "marks",
        "FRANKFURT, March 3 - The Bundesbank injected [3.2 billion marks|money|3200000000|DEM] into "
        "the money market in a securities repurchase pact at a fixed rate of "
        "[4.50 percent|percent|4.5|%]. Banks had bid for [18.6 billion marks|money|18600000000|DEM]. "
        "Of the [117|count|117|bank] banks that bid, [83|count|83|bank] were allotted funds. The "
        "dollar rose to [1.4825 marks|money|1.4825|DEM] from [1.4710|money|1.471|DEM]. Call money "
        "traded at [4.95 percent|percent|4.95|%], and [two|count|2|dealer] dealers said a "
        "[quarter-point|percent|0.25|pp] cut was unlikely. The central bank council has "
        "[17|count|17|member] members.\n",
    ),
    (
        "05-results-tables",
        "2026-10-10",
        "tables",
        "HANOVER, Oct 10 - Final results of the Lower Saxony state election.\n"
        "Seats won: SPD [57|count|57|seat], CDU [47|count|47|seat], Greens [24|count|24|seat], "
        "AfD [18|count|18|seat].\n"
        "Turnout: [60.3%|percent|60.3|%]\n"
        "Votes cast: [3,712,408|count|3712408|vote]\n"
        "Women elected: [52|count|52|woman]\n"
        "The SPD will need [one|count|1|partner] partner to reach the [74|count|74|seat] seats of "
        "a majority in the [146|count|146|seat]-seat chamber.\n",
    ),
    (
        "06-typhoon",
        "2026-10-24",
        "disaster",
        "MANILA, Oct 24 - The death toll from the typhoon rose to [45|count|45|death] on Thursday, "
        "with [12|count|12|person] people still missing, disaster officials said. The toll had "
        "stood at [31|count|31|death] a day earlier. A fishing boat with a crew of "
        "[14|count|14|person] capsized off Samar; [11|count|11|person] were rescued. Floods cut off "
        "[72|count|72|village] villages and destroyed [1,340|count|1340|home] homes. "
        "[Three|count|3|shelter] of the [eight|count|8|shelter] evacuation shelters in Tacloban "
        "are full. A [60|count|60|engineer]-strong team of army engineers is clearing roads, and "
        "aid groups delivered [2,500|count|2500|tent] tents and [a dozen|count|12|generator] "
        "generators.\n",
    ),
    (
        "07-reactors",
        "2026-05-09",
        "energy",
        "TOKYO, May 9 - [Three|count|3|reactor] of the [five|count|5|reactor] reactors at the plant "
        "remain offline after an earthquake, the operator said. Japan has restarted "
        "[14|count|14|reactor] of its [33|count|33|reactor] operable reactors. The utility, which "
        "has a workforce of [3,800|count|3800|person], also runs [six|count|6|plant] coal-fired "
        "plants and [two|count|2|terminal] gas terminals. The regulator set [five|count|5|criterion] "
        "new criteria for restarts and ordered [two|count|2|analysis] independent analyses of the "
        "fault. [Four|count|4|inspection] safety inspections found [17|count|17|defect] defects, and "
        "[nine|count|9|aircraft] aircraft were grounded at Sendai.\n",
    ),
    (
        "08-knicks",
        "2026-01-12",
        "sports",
        "NEW YORK, Jan 12 - The Knicks beat the Celtics [118|number|118]-[109|number|109] on "
        "Sunday, their [sixth|ordinal|6] straight win. Jalen Brunson scored [41|count|41|point] "
        "points and had [eight|count|8|assist] assists, while Josh Hart grabbed "
        "[15|count|15|rebound] rebounds. New York made [17|count|17|shot] of [38|count|38|shot] "
        "shots from deep. The Knicks ([28|number|28]-[12|number|12]) are [two|count|2|game] games "
        "behind Cleveland with [42|count|42|game] games left. A crowd of [19,812|count|19812|person] "
        "watched at Madison Square Garden.\n",
    ),
    (
        "09-senate",
        "2026-06-20",
        "tallies",
        "WASHINGTON, June 20 - The Senate passed the spending bill [52|number|52]-[47|number|47] on "
        "Thursday, with [three|count|3|senator] Republican senators voting against it. Earlier the "
        "House had approved it by [218|count|218|vote] votes to [214|count|214|vote]. Senators "
        "rejected [12|count|12|amendment] amendments, and [two|count|2|member] members did not "
        "vote. The bill funds [4,100|count|4100|officer] new officers at the border and "
        "[40|count|40|judge] more judges, and [60|count|60|vote] votes were "
        "needed to end debate in the [100|count|100|seat]-seat chamber.\n",
    ),
    (
        "10-aid",
        "2026-02-17",
        "words",
        "GENEVA, Feb 17 - [Twenty-three|count|23|volunteer] volunteers and [half a dozen|count|6|doctor] "
        "doctors reached the camp, where [one and a half million|count|1500000|person] people "
        "depend on aid, the agency said. The [first|ordinal|1] [two|count|2|convoy] convoys carried "
        "[a dozen|count|12|generator] generators and [two dozen|count|24|pump] pumps. "
        "[40|count|40|truck] to [50|count|50|truck] trucks a day are needed, and "
        "[300|count|300|family]-[400|count|400|family] families arrive each week. The agency has "
        "sheltered [some 1,500|count|1500|family] families and will house another [300|count|300|family] "
        "by March. Maria Lopez, 34, a nurse, said [two|count|2|convoy] or [three|count|3|convoy] "
        "convoys a week would do.\n",
    ),
    (
        "11-football",
        "2026-03-02",
        "sports",
        "LONDON, March 2 - Arsenal won [3|number|3]-[1|number|1] at Villa Park on Sunday, Bukayo "
        "Saka scoring his [100th|ordinal|100] goal for the club. Arsenal are [four|count|4|point] "
        "points clear at the top with [12|count|12|game] games left, having taken "
        "[19|count|19|point] of the last [21|count|21|point] points. Villa, who had "
        "[14|count|14|shot] shots to Arsenal's [nine|count|9|shot], stay [sixth|ordinal|6]. Mikel"
        " Arteta, aged 43, named [seven|count|7|substitute] substitutes, and the "
        "club's [60,704|count|60704|seat]-seat stadium was full for the [third|ordinal|3] time "
        "this season.\n",
    ),
    (
        "12-outbreak-table",
        "2026-07-03",
        "tables",
        "KINSHASA, July 3 - Mpox cases by province, week to July 1:\n"
        "Province      Cases   Deaths\n"
        "Equateur      [1,204|count|1204|case]   [45|count|45|death]\n"
        "Sud-Kivu      [987|count|987|case]     [12|count|12|death]\n"
        "Tshopo        [310|count|310|case]     [4|count|4|death]\n"
        "Health workers have given [52,000|count|52000|dose] doses, [12,000|count|12000|dose] more "
        "than a week ago, in [three|count|3|province] of the [26|count|26|province] provinces. The "
        "toll this year has reached [612|count|612|death].\n",
    ),
    (
        "13-storm-headers",
        "2026-09-05",
        "tables",
        "KINGSTON, Sept 5 - Government damage assessment after the hurricane, as of 6 p.m.:\n"
        "Deaths: [19|count|19|death]\n"
        "Injured: [212|count|212|person]\n"
        "Missing: [9|count|9|person]\n"
        "Homes destroyed: [1,340|count|1340|home]\n"
        "Shelters open: [88|count|88|shelter]\n"
        "A [1,200|count|1200|person]-strong police force has been deployed, and a family of "
        "[five|count|5|person] was rescued from a roof in St Thomas. Officials said one in four "
        "homes has no power.\n",
    ),
]
CHECK = ("03-exam-marks", "08-knicks", "12-outbreak-table")


def main() -> None:
    dev, hold = [], []
    for key, ref, family, marked in BRIEFS:
        text, figures = unmark(marked)
        case = {"id": f"own-fb9-{key}", "family": family, "source": SOURCE, "published": ref,
                "reference_date": ref, "text": text, "figures": figures}  # fmt: skip
        (hold if key in CHECK else dev).append(case)
    write("own-figures-dev9.jsonl", dev, UNIT_SYMBOLS)
    write("own-figures-dev9-check.jsonl", hold, UNIT_SYMBOLS)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
