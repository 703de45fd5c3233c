"""Build eval/own-dates-dev10.jsonl and eval/own-dates-dev10-check.jsonl.

Tenth date dev set (issue 14, session 9): the families that earlier sessions found weak,
in forms the first nine sets have few of, as short news sentences.
- ``composition``: holidays, weeks and weekdays combined with offsets, relations and ordinals
  of a period: "Memorial Day weekend", "the first week of July", "Thursday after next", "the
  weekend before last", "the Monday before Halloween", "the week after Labor Day", "the
  second weekend of May", "the last week of February", "a week from Monday".
- ``tense``: bare weekdays and months in past narration, in future clauses and in reported
  speech (direct quotes and "said ... would"), past and future in one sentence.
- ``approx``: approximate relative phrases: "a couple of days ago", "nearly two weeks ago",
  "some five years ago", "just over a year ago", "a couple of years from now".
- ``period``: period words: "year-end", "early next month", "the end of last month", "late
  last week", "earlier in the week", "the week ending August 7", "the three months to June".
- ``range``: ranges with holidays, ordinals, hedges and a year end on either side.
- ``duration``: durations against points and anchored periods: "a couple of weeks", "in a
  decade", "decade-long", "more than a century", "since last July".
- ``negative``: names with a weekday, month or holiday word, habitual and vague mentions,
  rates, ordinal day counts.
Every case was written by hand for briefx (none is copied from any set; no test set was read)
and annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before
briefx was run on it; holidays, weeks and weekdays were worked out with Python ``datetime``.

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@next`` weekdays, ``@week``
ISO weeks). Every fourth case of a family (the 4th, 8th, ...) goes to the ``-check`` file,
scored only at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev10.py`` (rewrites both files).
"""

from __future__ import annotations

from pathlib import Path

from date_marks import build

HERE = Path(__file__).resolve().parent
SOURCE = (
    "briefx own cases: written and annotated by hand for briefx by the project's annotators "
    "(ANNOTATION.md conventions), MIT"
)
CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        ("2026-05-04", "Traffic officials expect record crowds on the roads over [Memorial Day weekend|2026-05-23/2026-05-25]."),
        ("2026-06-10", "The new terminal opens in [the first week of July|2026-W27]."),
        ("2026-10-14", "The jury will return [Thursday after next|2026-10-29], the judge said."),
        ("2026-03-11", "The ministry announced the cuts [a couple of days ago|2026-03-09]."),
        ("2026-04-22", "The two sides last spoke [the weekend before last|2026-04-11/2026-04-12]."),
        ("2026-08-20", "Schools reopen [the week after Labor Day|2026-W38]."),
        ("2026-11-02", "Stores will open at 5 a.m. on [the Friday after Thanksgiving|2026-11-27]."),
        ("2026-01-12", "The committee will report in [the last week of February|2026-W09]."),
        ("2026-02-02", "Voting will run until [two days after Presidents' Day|2026-02-18]."),
        ("2026-09-30", "The strike is set to begin on [the Monday before Halloween|2026-10-26]."),
        ("2026-07-08", "The pay rise takes effect on [the first Monday of next month|2026-08-03]."),
        ("2026-05-13", "The results will be published [a week from Monday|2026-05-25]."),
        ("2026-12-01", "Most offices will be closed during [the week of Christmas|2026-W52]."),
        ("2026-03-20", "The ferry resumes its summer timetable on [the Saturday before Easter|2026-04-04]."),
        ("2026-06-02", "Parliament rises for the summer at [the end of the second week of July|2026-W28]."),
        ("2026-04-07", "The airline will cut fares [three weeks before Memorial Day|2026-05-04]."),
        ("2026-10-20", "The deadline for comments is [the Friday after Veterans Day|2026-11-13]."),
        ("2026-01-05", "The museum will reopen on [the day after Martin Luther King Day|2026-01-20]."),
        ("2026-09-16", "The trial opened [the Wednesday before last|2026-09-02] in Leeds."),
        ("2026-02-25", "Tenders must be submitted by [the third week of April|2026-W16]."),
        ("2026-06-15", "The talks will resume [ten days after Independence Day|2026-07-14]."),
        ("2026-03-30", "The march is planned for [the second weekend of May|2026-05-09/2026-05-10]."),
        ("2026-08-05", "The vote was held [a couple of weeks ago|2026-W30]."),
        ("2026-07-27", "Applications open [the Monday after next|2026-08-10]."),
        ("2026-12-09", "The tax break runs until [the week after New Year's Day|2027-W01]."),
        ("2026-05-18", "The harbour festival takes place on [the last weekend of June|2026-06-27/2026-06-28]."),
        ("2026-04-14", "Polls will close [two Fridays from now|2026-04-24]."),
        ("2026-10-02", "Tickets went on sale on [the Tuesday after Labor Day|2026-09-08]."),
        ("2026-01-26", "Lawmakers return to the capital on [the Tuesday after Presidents' Day|2026-02-17]."),
        ("2026-11-09", "The annual review is due in [the first week of December|2026-W49]."),
        ("2026-09-08", "Wage talks broke down [a couple of months ago|2026-07]."),
        ("2026-03-04", "The pilot scheme starts on [the 1st of the month after next|2026-05-01]."),
    ],
    "tense": [
        ("2026-05-14", "The minister told reporters on [Tuesday|@prev] that the new rules would take effect on [Monday|@next]."),
        ("2026-10-21", "\"We will table the bill on [Thursday|@next],\" the chief whip said on [Monday|@prev]."),
        ("2026-02-11", "The union said it planned to strike on [Friday|@next] if the talks fail."),
        ("2026-09-23", "Investors sold the shares on [Friday|@prev] after the company warned that sales would fall in [October|2026-10]."),
        ("2026-03-18", "The central bank, which meets in [April|2026-04], cut rates in [January|2026-01]."),
        ("2026-07-02", "The regulator said in [May|2026-05] that it would decide by [November|2026-11]."),
        ("2026-01-21", "Exports rose in [December|2025-12], customs data showed on [Tuesday|@prev]."),
        ("2026-11-12", "Shareholders will vote on the merger in [January|2027-01], the company said on [Wednesday|@prev]."),
        ("2026-04-08", "The ferry operator said it expected to resume sailings on [Saturday|@next]."),
        ("2026-06-03", "The opposition leader, speaking on [Sunday|@prev], promised to call a vote in [September|2026-09]."),
        ("2026-08-26", "The court heard on [Monday|@prev] that the defendant had left the country in [March|2026-03]."),
        ("2026-12-02", "Retail sales fell in [October|2026-10] and are forecast to rise in [December|2026-12], the agency said."),
        ("2026-09-10", "The plant closed in [August|2026-08] and will reopen in [February|2027-02]."),
        ("2026-05-06", "\"The ship will dock on [Sunday|@next],\" the port authority said."),
        ("2026-03-25", "The talks ended without a deal on [Tuesday|@prev]; mediators hope to bring the two sides together again on [Friday|@next]."),
        ("2026-10-07", "Officials said the bridge, damaged in [July|2026-07], would reopen by [December|2026-12]."),
        ("2026-02-18", "The jobless rate for [January|2026-01] is due on [Friday|@next]."),
        ("2026-11-25", "Prices rose 0.4% in [October|2026-10], after a 0.2% rise in [September|2026-09]."),
        ("2026-04-29", "The mayor will open the new library on [Saturday|@next], her office said on [Tuesday|@prev]."),
        ("2026-01-07", "The company expects to ship the first units in [March|2026-03] and said sales in [December|2025-12] beat forecasts."),
        ("2026-06-17", "The president said on [Monday|@prev] that elections would be held in [October|2026-10]."),
        ("2026-08-12", "Rescuers found the missing climbers on [Sunday|@prev], three days after they set out."),
        ("2026-03-04", "The budget, to be presented in [June|2026-06], follows a sharp fall in revenue in [February|2026-02]."),
        ("2026-09-30", "Negotiators will meet again on [Monday|@next] to discuss the proposal put forward on [Thursday|@prev]."),
        ("2026-12-16", "The airline said on [Tuesday|@prev] it would add flights to Lisbon from [March|2027-03]."),
        ("2026-07-22", "Wheat prices surged in [June|2026-06] after drought hit the harvest; traders expect them to ease in [August|2026-08]."),
        ("2026-05-27", "A spokesman said the minister would travel to Brussels on [Thursday|@next] and return on [Saturday|@next]."),
        ("2026-10-28", "The storm struck the coast on [Sunday|@prev]. Power is not expected to be restored until [Friday|@next]."),
        ("2026-02-25", "Lawmakers approved the budget in [December|2025-12] and will debate the pension reform in [April|2026-04]."),
        ("2026-11-18", "The firm said on [Monday|@prev] that it had hired a new chief executive, who starts in [January|2027-01]."),
        ("2026-08-05", "Officials confirmed on [Tuesday|@prev] that the summit would go ahead on [Friday|@next]."),
        ("2026-04-15", "The council voted in [March|2026-03] to close the pool, which will shut in [July|2026-07]."),
    ],
    "approx": [
        ("2026-06-10", "The factory was sold [a couple of years ago|2024]."),
        ("2026-03-16", "The bridge reopened [nearly two weeks ago|2026-W10]."),
        ("2026-09-14", "The chief executive resigned [about three months ago|2026-06]."),
        ("2026-05-20", "Fighting broke out [just over a year ago|2025]."),
        ("2026-01-28", "The mine flooded [some five years ago|2021]."),
        ("2026-10-06", "The drought began [roughly a decade ago|2016]."),
        ("2026-07-15", "The agency was set up [almost 20 years ago|2006]."),
        ("2026-11-20", "The first cases were reported [a couple of days ago|2026-11-18]."),
        ("2026-02-09", "Sales were halted [more than six months ago|2025-08]."),
        ("2026-04-30", "The previous survey was carried out [about 18 months ago|2024-10]."),
        ("2026-08-24", "Talks stalled [around three weeks ago|2026-W32]."),
        ("2026-12-07", "The ceasefire collapsed [barely a month ago|2026-11]."),
        ("2026-03-09", "The stadium will be finished [a couple of years from now|2028]."),
        ("2026-05-05", "The firm's shares peaked [nearly a decade ago|2016]."),
    ],
    "period": [
        ("2026-06-18", "The company expects demand to recover in [the latter part of the year|2026]."),
        ("2026-09-02", "The board will decide on the dividend at [year-end|2026]."),
        ("2026-05-11", "The ministry plans to publish the figures [early next month|2026-06]."),
        ("2026-10-19", "Output slowed towards [the end of last month|2026-09]."),
        ("2026-02-16", "Sales were strong in [the first half of last year|2025-01/2025-06]."),
        ("2026-08-31", "Profit margins narrowed in [the three months to June|2026-04/2026-06]."),
        ("2026-04-20", "The bank will report its results [next quarter|2026-07/2026-09]."),
        ("2026-11-30", "The fund posted its best return in [the fourth quarter of last year|2025-10/2025-12]."),
        ("2026-07-06", "The shop was busy [earlier this month|2026-07]."),
        ("2026-03-03", "The factory returned to full output [late last week|2026-W09]."),
        ("2026-01-15", "Prices are expected to stabilise by [the spring|2026-03/2026-05]."),
        ("2026-09-21", "The new line opens at [the start of next month|2026-10]."),
        ("2026-06-05", "Revenue rose 5% in [the first five months of the year|2026-01/2026-05]."),
        ("2026-12-14", "Orders fell in [the current quarter|2026-10/2026-12]."),
        ("2026-10-01", "Hiring picked up in [mid-September|2026-09]."),
        ("2026-04-02", "The ministry had warned of shortages [earlier in the week|2026-W14]."),
        ("2026-05-29", "The company expects to finish the review by [the end of the week|2026-W22]."),
        ("2026-08-10", "Jobless claims rose in [the week ending August 7|2026-W32]."),
    ],
    "range": [
        ("2026-04-01", "Roadworks will close the bridge from [Memorial Day to Labor Day|2026-05-25/2026-09-07]."),
        ("2026-02-02", "The festival takes place between [July 30 and August 2|2026-07-30/2026-08-02]."),
        ("2026-09-15", "The museum was closed from [late 2019 to early 2021|2019/2021]."),
        ("2026-01-20", "The survey covered the period from [2015 to 2024|2015/2024]."),
        ("2026-05-12", "Flights will be suspended from [June 1 through August 31|2026-06-01/2026-08-31]."),
        ("2026-10-05", "The offer is valid from [Christmas Eve to New Year's Day|2026-12-24/2027-01-01]."),
        ("2026-03-23", "Trading was suspended between [the 3rd and the 5th of March|2026-03-03/2026-03-05]."),
        ("2026-07-07", "The works will take place from [September 2026 to March 2027|2026-09/2027-03]."),
        ("2026-11-11", "The index fell in each month from [April to September|2026-04/2026-09]."),
        ("2026-08-18", "The rail line will be closed [Oct 3-11|2026-10-03/2026-10-11]."),
        ("2026-02-24", "Inflation stayed above target throughout [2022-2024|2022/2024]."),
        ("2026-05-01", "The regatta runs [June 12th to 14th|2026-06-12/2026-06-14]."),
        ("2026-06-30", "Sales rose from [Q1 to Q3 2025|2025-01/2025-09]."),
        ("2026-12-03", "The harbour will be closed between [Dec. 30 and Jan. 4|2026-12-30/2027-01-04]."),
        ("2026-04-16", "The conference was held from [2 to 6 March 2026|2026-03-02/2026-03-06]."),
        ("2026-09-09", "The camp will be open from [mid-October to late November|2026-10/2026-11]."),
    ],
    "duration": [
        ("2026-05-05", "The pipeline took [three years|P3Y] to build."),
        ("2026-05-05", "The union has been on strike for [six weeks|P6W]."),
        ("2026-05-05", "Inflation has been above target for [the past two years|2024-05-05/2026-05-05]."),
        ("2026-05-05", "The company plans to double output over [the next five years|2026-05-05/2031-05-05]."),
        ("2026-05-05", "The visa is valid for [90 days|P90D]."),
        ("2026-05-05", "Each contract runs for between [two|P2Y] and [four years|P4Y]."),
        ("2026-05-05", "The bank posted its first loss in [a decade|P10Y]."),
        ("2026-05-05", "He spent [a couple of weeks|P2W] in hospital."),
        ("2026-05-05", "The ban lasted [almost a year|P1Y]."),
        ("2026-05-05", "The [decade-long|P10Y] conflict has displaced millions."),
        ("2026-05-05", "The firm signed a [five-year|P5Y] lease in [March|2026-03]."),
        ("2026-03-10", "Rates have not moved since [last July|2025-07]."),
        ("2026-05-05", "The loan must be repaid within [18 months|P18M]."),
        ("2026-05-05", "The trial is expected to last several weeks."),
        ("2026-05-05", "The mine has operated for [more than a century|P100Y]."),
        ("2026-05-05", "The region has had no rain for [two months|P2M], and the reservoirs are at their lowest since [2019|2019]."),
    ],
    "negative": [
        ("2026-05-11", "Shares of March Networks fell 3% in early trading."),
        ("2026-05-11", "Every Sunday the market opens at dawn."),
        ("2026-05-11", "The ferry sails twice a week in winter."),
        ("2026-05-11", "He stayed in the country for a few days."),
        ("2026-05-11", "The weekly magazine Saturday Review closed its website."),
        ("2026-05-11", "Weekend traffic has doubled since the tolls were scrapped."),
        ("2026-05-11", "Rents rose 4% year-on-year."),
        ("2026-05-11", "The rally marked the 100th day of protests."),
        ("2026-05-11", "Trains run every 15 minutes on weekdays."),
        ("2026-05-11", "The May Day Trust funds three schools in the valley."),
        ("2026-05-11", "The talks could take months."),
        ("2026-05-11", "Holiday sales start each year on the Friday after Thanksgiving."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 10, HERE)


if __name__ == "__main__":
    main()
