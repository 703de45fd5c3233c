"""Build eval/own-dates-dev31.jsonl, eval/own-briefs-dev31d.jsonl and their -check files.

Thirty-first date dev set (issue 14, session 31, helper tense18): the year or week of a date the
text gives without one, where the clause's tense is misread. The lead's counts on the blind sets
(counts and kinds only; no held-out text was read) name wrong years of months and days, weekdays
in the wrong week, and wrong years of quarters and seasons. Families:
- ``set``: verbs of the scheduling table whose past is their base form ("set") used for an act
  done then ("The fund was set up in May", "set a record in August", "set out its plans"), and
  the scheduling uses that must stay ahead ("is set for May", "set a hearing for Monday", "set
  June 30 as the deadline", "is set to rise").
- ``having``: perfect participles ("Having closed the mine in October, the firm ..."), past, and
  present participles and plans near them that stay.
- ``causer``: a bare infinitive after "let"/"make"/"help"/"see" and its object ("The bank let
  the currency slide on Tuesday"): the governing verb's tense; plural subjects with "let" stay
  as they were (a present or a past).
- ``period``: quarters and seasons without a year in a clause about the past while the
  reference date lies in the quarter, or early in the season ("Sales fell in the first quarter"
  in early March: last year's); the ones that stay (a future clause, "for the fourth quarter",
  a season well under way).
- ``timeline``: a chronology's lines opened by a date and a dash ("Oct. 3 - The company files
  for bankruptcy"): the month or day on the side of today where it lies nearer.
- ``keep``: cases near these that must stay: future and scheduled clauses, relative clauses,
  "since"/"until"/"by", reported speech, present tense.
Briefs (``own-briefs-dev31d.jsonl``): six short wire briefs with dates only (every third one to
the check file).
Every case was written by hand for briefx (none copied from any set; no test set was read) and
annotated by ``shared/eval/ANNOTATION.md`` before briefx was run on it; weekdays and ISO weeks
were worked out with Python ``datetime`` (``date_marks.py``). Reading chosen here where the
rules are silent: a quarter told in the past tense ("Profit fell in the first quarter") is one
that is over; a season told so, one that is over or more than half gone.

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays).
Every third case of a family (the 3rd, 6th, ...) goes to the ``-check`` file, scored only once,
at the end of the session.

Run from the project root: ``python eval/build_own_dates_dev31.py`` (rewrites the four files).
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
    "set": [
        ("2025-03-04", "The pension fund was set up in [May|2024-05] with $500 million from the state."),
        ("2025-03-04", "The ministry set out its reform plans in [October|2024-10], drawing criticism from unions."),
        ("2025-03-04", "The sprinter set a national record in [August|2024-08] at the championships."),
        ("2025-06-11", "The council set up an inquiry into the flooding on [Monday|@prev]."),
        ("2025-06-11", "Interest rates were set at 4.5% in [December|2024-12] and have not moved since."),
        ("2025-06-11", "The regulator set a price cap in [September|2024-09] that runs for a year."),
        ("2025-10-02", "A trust set up in [November|2024-11] will manage the estate."),
        ("2025-10-02", "The company set aside $40 million in [December|2024-12] to cover claims."),
        ("2025-10-02", "The referendum is set for [March|2026-03], the electoral board said."),
        ("2025-10-02", "The court set a new hearing for [Tuesday|@next]."),
        ("2025-10-02", "Lawmakers set [November 30|2025-11-30] as the deadline for the bill."),
        ("2025-10-02", "Fuel prices are set to rise in [January|2026-01]."),
        ("2026-02-20", "The union set up picket lines outside the depot on [Wednesday|@prev]."),
        ("2026-02-20", "The vote, set for [April|2026-04], could still be delayed."),
        ("2026-02-20", "The agency set a deadline of [June 30|2026-06-30] for the reports."),
    ],
    "having": [
        ("2025-03-04", "Having closed the mine in [October|2024-10], the firm now plans a new one nearby."),
        ("2025-03-04", "Having lost the first round in [June|2024-06], the party regrouped."),
        ("2025-05-16", "Having cut rates in [December|2024-12], the bank held them steady this week."),
        ("2025-05-16", "Having signed the deal on [Monday|@prev], the two sides met again on [Thursday|@prev]."),
        ("2025-05-16", "Having won the title in [August|2024-08], the club is chasing a second."),
        ("2025-05-16", "Hoping to finish the works by [September|2025-09], the city hired more crews."),
        ("2025-11-03", "Having raised prices in [September|2025-09], the brewer expects lower volumes."),
        ("2025-11-03", "Having opened talks in [January|2025-01], the unions walked out in [May|2025-05]."),
        ("2025-11-03", "Planning to list in [March|2026-03], the start-up hired two banks."),
    ],
    "causer": [
        ("2025-03-07", "The central bank let the currency slide on [Tuesday|@prev]."),
        ("2025-03-07", "The regulator made the lender pay a fine in [December|2024-12]."),
        ("2025-03-07", "The court will let the trial resume on [Monday|@next]."),
        ("2025-09-24", "The government let the licence lapse in [November|2024-11]."),
        ("2025-09-24", "The storm made thousands leave their homes on [Sunday|@prev]."),
        ("2025-09-24", "The new law lets tenants stay until [March|2026-03]."),
        ("2026-01-15", "The company helped customers switch suppliers in [October|2025-10]."),
        ("2026-01-15", "Witnesses saw the tanker sink on [Monday|@prev]."),
        ("2026-01-15", "The bank will make borrowers repay the loans by [June|2026-06]."),
    ],
    "period": [
        ("2025-03-04", "Sales fell 4% in [the first quarter|2024-01/2024-03] and recovered in [the second quarter|2024-04/2024-06]."),
        ("2025-03-04", "Flooding hit the delta in [the spring|2024-03/2024-05], the report said."),
        ("2025-03-04", "The retailer expects sales to rise in [the first quarter|2025-01/2025-03]."),
        ("2025-05-20", "Net profit rose 12% in [the second quarter|2024-04/2024-06], helped by lower costs."),
        ("2025-05-20", "Hailstorms damaged the vineyards during [the spring|2025-03/2025-05]."),
        ("2025-05-20", "Output is forecast to climb in [the second quarter|2025-04/2025-06]."),
        ("2025-07-08", "Heatwaves scorched the south in [the summer|2024-06/2024-08]."),
        ("2025-07-08", "The carrier carried record numbers of passengers in [the third quarter|2024-07/2024-09]."),
        ("2025-07-08", "The airline raised its forecast for [the third quarter|2025-07/2025-09]."),
        ("2025-10-14", "Exports fell in [the fourth quarter|2024-10/2024-12], the agency said."),
        ("2025-10-14", "Exports will fall in [the fourth quarter|2025-10/2025-12], the agency said."),
        ("2025-10-14", "Exports fell in [the third quarter|2025-07/2025-09], the agency said."),
        ("2025-12-09", "Snow closed the passes in [the winter|2024-12/2025-02]."),
        ("2025-12-09", "Gas demand will peak in [the winter|2025-12/2026-02]."),
        ("2025-12-09", "Revenue grew in [the autumn|2025-09/2025-11], the chain said."),
    ],
    "timeline": [
        ("2025-03-07", "[Oct. 3|2024-10-03] - The company files for bankruptcy protection."),
        ("2025-03-07", "[Nov. 18|2024-11-18] - A judge approves the sale of its stores."),
        ("2025-03-07", "[April 2|2025-04-02] - Creditors meet in Delaware."),
        ("2025-09-30", "[June 14|2025-06-14] - Fire breaks out in the tower."),
        ("2025-09-30", "[Dec. 1|2025-12-01] - The inquiry opens its hearings."),
        ("2025-09-30", "[Oct. 20|2025-10-20] - The final report is published."),
    ],
    "keep": [
        ("2025-03-07", "The talks, which began on [Monday|@prev], are expected to end on [Saturday|@next]."),
        ("2025-03-07", "The strike, which starts on [Monday|@next], will shut schools across the region."),
        ("2025-03-07", "The plant has been idle since [Tuesday|@prev]."),
        ("2025-03-07", "The road will stay closed until [Monday|@next]."),
        ("2025-03-07", "Parliament reconvenes on [April 2|2025-04-02]."),
        ("2025-03-07", "Police said the suspect was arrested on [Monday|@prev]."),
        ("2025-08-19", "The ferry, which sank on [Sunday|@prev], was carrying 200 people."),
        ("2025-08-19", "The museum reopens in [October|2025-10] after repairs."),
        ("2025-08-19", "The minister said on [Monday|@prev] that talks would resume in [September|2025-09]."),
        ("2025-08-19", "Applications must be submitted by [Friday|@next]."),
        ("2025-08-19", "Rents have climbed every month since [January|2025-01]."),
        ("2025-08-19", "The firm must repay the loan by [December|2025-12]."),
    ],
}
BRIEFS: list[tuple[str, str]] = [
    (
        "2025-03-06",
        ("LONDON, [March 6|2025-03-06] (Reuters) - A fund set up in [May|2024-05] to buy stakes in "
        "regional lenders has raised $2 billion, its manager said on [Wednesday|@prev].\n\n"
        "The fund set a target of $3 billion when it opened and expects to close its books in "
        "[June|2025-06]. Returns fell in [the fourth quarter|2024-10/2024-12] "
        "after rising in [the autumn|2024-09/2024-11]."),
    ),
    (
        "2025-10-09",
        ("Refinery timeline\n\n"
        "[Feb. 11|2025-02-11] - An explosion shuts the crude unit.\n"
        "[July 3|2025-07-03] - The owner sets aside $90 million for repairs.\n"
        "[Nov. 14|2025-11-14] - The unit is due to restart.\n\n"
        "Having restarted part of the plant in [August|2025-08], the owner said on "
        "[Tuesday|@prev] that full output would return in [December|2025-12]."),
    ),
    (
        "2026-01-14",
        ("MADRID, [Jan. 14|2026-01-14] - Spain's grid operator let prices float on [Monday|@prev] "
        "after a cold snap.\n\nThe operator set up a task force in [November|2025-11] and set "
        "[March 31|2026-03-31] as the date for its report."),
    ),
    (
        "2025-04-02",
        ("The shipping line said on [Tuesday|@prev] it had set up a joint venture in "
        "[February|2025-02] with a port operator. Volumes fell in [the first quarter|2025-01/2025-03], "
        "it said, and it expects them to recover in [the second quarter|2025-04/2025-06]."),
    ),
    (
        "2025-11-25",
        ("Officials set up roadblocks on [Sunday|@prev] as floods spread. Having evacuated 3,000 "
        "people in [October|2025-10], the province now plans new levees. The state will set a "
        "budget for the works on [Thursday|@next]."),
    ),
    (
        "2025-06-18",
        ("DUBLIN, [June 18|2025-06-18] - Dairy exports fell in [the autumn|2024-09/2024-11], "
        "the statistics agency said on [Tuesday|@prev0]. The cooperative set its milk price in "
        "[May|2025-05] and will review it in [August|2025-08]."),
    ),
]


def build_briefs(folder: Path, every: int = 3) -> None:
    """Write ``own-briefs-dev31d.jsonl`` and its check file (every ``every``-th brief)."""
    dev, held = [], []
    for i, (ref, marked) in enumerate(BRIEFS, 1):
        text, dates = unmark(marked, dt.date.fromisoformat(ref))
        check_half = i % every == 0
        prefix = "own-b31dc" if check_half else "own-b31d"
        case: dict[str, object] = {"id": f"{prefix}-brief-{i:03d}", "source": SOURCE, "text": text,
                                   "reference_date": ref, "published": ref, "dates": dates}  # fmt: skip
        (held if check_half else dev).append(case)
    check(dev + held)
    for name, part in (("own-briefs-dev31d", dev), ("own-briefs-dev31d-check", held)):
        with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in part)
        print(name, len(part), "cases", sum(len(c["dates"]) for c in part), "dates")  # type: ignore[misc, arg-type]


def main() -> None:
    build(CASES, SOURCE, 31, HERE, every=3)
    build_briefs(HERE)


if __name__ == "__main__":
    main()
