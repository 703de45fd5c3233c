"""Build eval/own-dates-dev35.jsonl, eval/own-briefs-dev35r.jsonl and their -check files.

Thirty-fifth date dev set (issue 14, session 35, helper ranges22): the year of a month or day
range written without one, taken by the clause's tense as a whole. The lead's counts on the
blind sets (counts and kinds only; no held-out text was read) name values wrong in the year only
and in ranges of days or months. Families:
- ``past``: month and day ranges ("January to October", "the April-December period",
  "October and March", "12 to 20 June") in clauses about the past, at reference dates in every
  part of the year: the most recent range that has ended by the reference date.
- ``future``: the same in clauses about the future: the next range that has not begun, or the
  one that is still to come this year.
- ``present``: present and scheduled clauses, and ranges that cross the new year.
- ``keep``: single months and days, ranges with a year, ranges that have ended this year,
  quarters: cases that must stay.
Briefs (``own-briefs-dev35r.jsonl``): nine short wire briefs with dates only (every third one
to the check file).
Every case was written by hand for briefx (none copied from any set; no test set was read) and
annotated by ``shared/eval/ANNOTATION.md`` before briefx was run on it. Readings chosen here
where the rules are silent: "from X to Y" and "between X and Y" are tagged without the
preposition (as in the shared dev set and earlier own sets); in "the X-Y period" only
"X-Y" is tagged (as the opened set own-briefs-heldout tags "the January-November period"); a month range in a past
clause that has not ended by the reference date is last year's (a range of months is told in
the past once it is over), unless the reference date lies in its last month (a release about a
period about to close).

Markup: ``[span|value]`` (see ``date_marks.py``). Every third case of a family (the 3rd, 6th,
...) goes to the ``-check`` file, scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_dates_dev35.py`` (rewrites the four files).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from date_marks import build, check, unmark

HERE = Path(__file__).resolve().parent
SOURCE = (
    "briefx own cases: written and annotated by hand for briefx by the project's annotators "
    "(ANNOTATION.md conventions), MIT"
)
CASES: dict[str, list[tuple[str, str]]] = {
    "past": [
        ("2026-02-12", "Steel output fell 4% from [January to October|2025-01/2025-10], the industry group said."),
        ("2026-03-05", "Car imports rose 12% in the [January-November|2025-01/2025-11] period."),
        ("2026-01-20", "Rail fares rose 9% in [March-October|2025-03/2025-10], the regulator said."),
        ("2026-06-03", "Tourist numbers fell between [July and September|2025-07/2025-09] after the floods."),
        ("2026-05-18", "The factory was shut from [12 to 20 June|2025-06-12/2025-06-20] for repairs."),
        ("2026-03-02", "Schools were closed from [November 28 to December 3|2025-11-28/2025-12-03] because of the storms."),
        ("2026-02-25", "The airport handled 4 million passengers in the [April-December|2025-04/2025-12] period."),
        ("2026-08-20", "Sales of heat pumps doubled between [October and March|2025-10/2026-03], the trade body said."),
        ("2026-04-02", "Heating bills rose sharply from [November to February|2025-11/2026-02]."),
        ("2026-02-03", "Unemployment averaged 5.1% in the [July-December|2025-07/2025-12] period."),
        ("2026-03-18", "Between [1 and 14 April|2025-04-01/2025-04-14], the bridge was closed to lorries."),
        ("2026-06-22", "Output at the mine was halted from [August 3 to 17|2025-08-03/2025-08-17]."),
        ("2026-04-14", "From [February to September|2025-02/2025-09], the port handled record volumes."),
        ("2026-01-28", "Grain exports rose 15% in [February-November|2025-02/2025-11], customs data showed."),
        ("2026-05-07", "The lake froze for a record spell between [December and February|2025-12/2026-02]."),
        ("2026-07-09", "Prices of olive oil doubled from [September to November|2025-09/2025-11]."),
        ("2026-09-16", "Profit fell in the [October-December|2025-10/2025-12] period as demand slowed."),
        ("2026-02-19", "The regional airline carried 900,000 passengers from [March to December|2025-03/2025-12]."),
        ("2026-10-13", "Wildfires burned 40,000 hectares between [November and February|2025-11/2026-02]."),
        ("2026-01-06", "The index gained 18% in the [February-December|2025-02/2025-12] period."),
        ("2026-05-29", "Shipments were delayed from [14 to 30 September|2025-09-14/2025-09-30] by a strike."),
    ],
    "future": [
        ("2026-11-10", "Roadworks on the ring road will run from [February to April|2027-02/2027-04]."),
        ("2026-09-15", "The museum will be closed from [January to March|2027-01/2027-03] for renovation."),
        ("2026-10-05", "The new timetable will apply between [February and June|2027-02/2027-06]."),
        ("2026-02-11", "The ferry will sail daily from [July to September|2026-07/2026-09]."),
        ("2026-12-01", "The ministry plans to cut fees in the [January-March|2027-01/2027-03] period."),
        ("2026-10-20", "The tax holiday will apply from [1 to 10 August|2027-08-01/2027-08-10]."),
        ("2026-07-30", "The festival will be held from [20 to 23 June|2027-06-20/2027-06-23]."),
        ("2026-12-10", "Flights to the island will be suspended from [December 20 to January 6|2026-12-20/2027-01-06]."),
        ("2026-06-10", "The new rules are expected to apply from [October to December|2026-10/2026-12]."),
        ("2026-03-20", "The company plans to hire 500 seasonal staff between [June and August|2026-06/2026-08]."),
        ("2026-11-30", "Farmers will be paid in the [February-April|2027-02/2027-04] period, the agency said."),
        ("2026-10-28", "The bank will run the savings campaign from [July to September|2027-07/2027-09]."),
        ("2026-08-12", "The stadium will host concerts between [5 and 20 July|2027-07-05/2027-07-20]."),
        ("2026-04-06", "The canal will be drained from [November to January|2026-11/2027-01] for repairs."),
        ("2026-09-03", "The airline will add flights from [February 1 to March 15|2027-02-01/2027-03-15]."),
    ],
    "present": [
        ("2026-05-15", "The peak tourist season runs from [June to August|2026-06/2026-08], hoteliers say."),
        ("2026-02-16", "The reduced toll applies between [April and October|2026-04/2026-10]."),
        ("2026-12-03", "The window for applications is [January 5-30|2027-01-05/2027-01-30]."),
        ("2026-10-14", "Registration for the scheme opens from [15 to 31 March|2027-03-15/2027-03-31]."),
        ("2026-03-09", "The fishing ban takes effect from [July to October|2026-07/2026-10]."),
        ("2026-11-18", "Work on the bridge starts in the [March-May|2027-03/2027-05] period, officials say."),
        ("2026-08-04", "Output in [January-July|2026-01/2026-07] is up 6% on a year earlier."),
        ("2026-06-17", "The discount applies from [September 1 to October 31|2026-09-01/2026-10-31]."),
        ("2026-01-22", "The consultation runs from [February 2 to March 13|2026-02-02/2026-03-13]."),
    ],
    "keep": [
        ("2026-02-12", "Exports rose 5% in [January|2026-01], the customs office said."),
        ("2026-02-12", "Exports fell 2% in [December|2025-12], the customs office said."),
        ("2026-03-05", "Imports fell in [January-February|2026-01/2026-02], customs data showed."),
        ("2026-04-20", "Output rose 3% in [January-March 2025|2025-01/2025-03]."),
        ("2026-07-01", "Sales fell in [the first quarter|2026-01/2026-03], the retailer said."),
        ("2026-01-10", "The plant closed on [December 12|2025-12-12] after a fire."),
        ("2026-11-20", "Exports rose 7% in [January-October|2026-01/2026-10], the ministry said."),
        ("2026-09-09", "Wheat prices climbed from [March to July|2026-03/2026-07]."),
        ("2026-07-14", "Retail sales grew 3% in [January-June|2026-01/2026-06], the statistics office said."),
        ("2026-10-02", "The strike halted production from [August 4 to 21|2026-08-04/2026-08-21]."),
        ("2026-12-15", "Car sales rose 4% in [January-November|2026-01/2026-11]."),
        ("2026-05-12", "Prices rose in [April|2026-04] for a third month."),
        ("2026-06-30", "Tax receipts rose 8% in [January-June|2026-01/2026-06], the treasury said."),
        ("2026-03-25", "Between [1 and 15 March 2026|2026-03-01/2026-03-15], the office was closed."),
        ("2026-08-28", "Visitor numbers rose from [June to August|2026-06/2026-08], the park said."),
    ],
}
BRIEFS: list[tuple[str, str]] = [
    ("2026-02-09", ("MADRID, [Feb 9|2026-02-09] - Spain's car exports rose 6% in the [January-November|2025-01/2025-11] period, "
     "the industry body said on [Monday|@prev0]. Output will be cut from [March to May|2026-03/2026-05] while lines are retooled.")),
    ("2026-03-16", ("OSLO, [March 16|2026-03-16] - Salmon exports rose 11% from [April to December|2025-04/2025-12], "
     "the seafood council said. Prices fell in [February|2026-02].")),
    ("2026-01-13", ("LIMA, [Jan 13|2026-01-13] - Copper output fell between [February and October|2025-02/2025-10] "
     "as protests blocked roads, the ministry said. Mining will resume fully in [March|2026-03].")),
    ("2026-05-27", ("NAIROBI, [May 27|2026-05-27] - Tea earnings rose 9% in the [July-December|2025-07/2025-12] period, "
     "the board said. The auction will close from [June 10 to 20|2026-06-10/2026-06-20] for maintenance.")),
    ("2026-10-21", ("HANOI, [Oct 21|2026-10-21] - Coffee exports rose 14% in [January-September|2026-01/2026-09]. "
     "The harvest will run from [November to January|2026-11/2027-01], growers said.")),
    ("2026-04-08", ("ACCRA, [April 8|2026-04-08] - Cocoa arrivals fell from [October to December|2025-10/2025-12], "
     "the board said. The mid-crop runs from [May to August|2026-05/2026-08].")),
    ("2026-11-26", ("SANTIAGO, [Nov 26|2026-11-26] - The port was closed from [2 to 9 February|2026-02-02/2026-02-09] after a storm, "
     "the operator said. It will handle cherry exports from [December to February|2026-12/2027-02].")),
    ("2026-06-11", ("JAKARTA, [June 11|2026-06-11] - Palm oil exports fell in the [August-November|2025-08/2025-11] period, "
     "the association said on [Thursday|@prev0].")),
    ("2026-09-24", ("WARSAW, [Sept 24|2026-09-24] - Retail sales rose 3% in [January-August|2026-01/2026-08]. "
     "The central bank will keep rates on hold between [October and December|2026-10/2026-12], its governor said.")),
]


def build_briefs(folder: Path, every: int = 3) -> None:
    """Write ``own-briefs-dev35r.jsonl`` and its check file (every ``every``-th brief)."""
    dev, held = [], []
    for i, (ref, marked) in enumerate(BRIEFS, 1):
        text, dates = unmark(marked, dt.date.fromisoformat(ref))
        check_half = i % every == 0
        prefix = "own-b35rc" if check_half else "own-b35r"
        case: dict[str, object] = {"id": f"{prefix}-brief-{i:03d}", "source": SOURCE, "text": text,
                                   "reference_date": ref, "published": ref, "dates": dates}  # fmt: skip
        (held if check_half else dev).append(case)
    check(dev + held)
    for name, part in (("own-briefs-dev35r", dev), ("own-briefs-dev35r-check", held)):
        with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in part)
        print(name, len(part), "cases", sum(len(c["dates"]) for c in part), "dates")  # type: ignore[misc, arg-type]


def main() -> None:
    build(CASES, SOURCE, 35, HERE, every=3)
    build_briefs(HERE)


if __name__ == "__main__":
    main()
