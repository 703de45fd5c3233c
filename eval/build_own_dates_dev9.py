"""Build eval/own-dates-dev9.jsonl and eval/own-dates-dev9-check.jsonl.

Ninth date dev set (issue 14, session 8): the composing families of the issue in forms the
first eight sets have few of, as short news sentences and as narrative paragraphs.
- ``composition``: an anchor (a weekday, a holiday, today/tomorrow, a dated event, a month)
  with an offset and a relation: "a week from Friday", "three weeks from tomorrow", "the
  Sunday before last", "two days before Christmas Eve", "the Monday after Easter", "the last
  Friday of March", "the 10th of last month", "two weeks after the referendum on April 12",
  "the Friday before Memorial Day", "a fortnight from Thursday", "week 32 of 2027".
- ``range``: any form on either side: "this April to June 2027", "2019 and 2021" after
  "between", "10-1-2024 - 10-7-2024", "March 3-5", "Dec. 28 to Jan. 3" across the year end,
  "late 2026 through early 2028", "the winter of 2025-26", "Q2 to Q4 2025".
- ``words``: years and days in words and with an apostrophe: "nineteen eighty-four", "June
  the fifth", "the eleventh of November nineteen eighteen", "'98", "January of '71".
- ``period``: period words of news: "the close of the year", "mid-year", "end-June",
  "end-2027", "the back half of last year", "the first four months of the year", "late last
  month", "later that month", "earlier that week", "the end of the third quarter".
- ``duration``: durations against points: "within two decades", "between 6 and 9 months"
  (two durations), "a six-month pay freeze", "over three decades", "the past three weeks"
  (anchored).
- ``tense``: narrative paragraphs with past and future clauses: bare weekdays and months
  read by the tense of their clause, the future seen from a past month.
- ``negative``: names with a weekday or month word, ordinal day counts, habitual mentions,
  sub-day durations, times of day.
Every case was written by hand for briefx (none is copied from any set; no test set was read)
and annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before
briefx was run on it; holidays and weekdays were worked out with Python ``datetime``.

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@next`` weekdays, ``@week``
ISO weeks). Every fourth case of a family (the 4th, 8th, ...) goes to the ``-check`` file,
scored only at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev9.py`` (rewrites both files).
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
        ("2026-06-10", "The inquiry will deliver its report [a week from Friday|2026-06-19], the chairman said."),
        ("2026-03-02", "Online voting closes [three weeks from tomorrow|2026-03-24]."),
        ("2026-05-13", "The two leaders last met [the Sunday before last|2026-05-03] in Vienna."),
        ("2026-11-10", "Retailers expect the busiest day of the season to fall [two days before Christmas Eve|2026-12-22]."),
        ("2026-01-20", "The ferry service to the islands resumes on [the Monday after Easter|2026-04-06]."),
        ("2026-02-10", "Tickets for the final go on sale on [the last Friday of March|2026-03-27]."),
        ("2026-05-01", "The midterm elections will be held on [the first Tuesday in November|2026-11-03]."),
        ("2026-04-20", "The rent increase took effect on [the 10th of last month|2026-03-10]."),
        ("2026-09-15", "The board will meet again on [the second Monday of next month|2026-10-12]."),
        ("2026-04-02", "The bill must pass [a month before the election on 3 May|2026-04-03] to take effect [this year|2026]."),
        ("2026-03-01", "The festival opens [two weeks after the referendum on April 12|2026-04-26]."),
        ("2026-08-03", "The recall was announced [the day before yesterday|2026-08-01]."),
        ("2026-10-05", "Shoppers are expected to crowd the malls over [the weekend after Thanksgiving|2026-11-28/2026-11-29]."),
        ("2026-05-10", "Government offices will close early on [the Friday before Memorial Day|2026-05-22]."),
        ("2026-12-01", "The new fares apply from [five days before New Year's Day|2026-12-27]."),
        ("2026-06-01", "Production of the current model ends in [week 32 of 2027|2027-W32]."),
        ("2026-02-18", "The judge set the hearing for [ten days from today|2026-02-28]."),
        ("2026-07-20", "The strike began [three days after Independence Day|2026-07-07] and has spread to four plants."),
        ("2026-10-14", "The refinery will restart [the Tuesday after next|2026-10-27], the operator said."),
        ("2026-01-05", "Parliament returns from its recess on [the last Thursday of January|2026-01-29]."),
        ("2026-03-25", "The company will publish its annual results [two Thursdays from now|2026-04-02]."),
        ("2026-11-02", "Applications for the grants close at [the end of next month|2026-12]."),
        ("2026-09-01", "The tariff will be reviewed at [the beginning of next year|2027]."),
        ("2026-05-20", "The export ban expires [six months from today|2026-11-20]."),
        ("2026-02-03", "Finance ministers will meet again [a fortnight from Thursday|2026-02-19]."),
        ("2026-10-01", "The market reopened [the day after Labor Day|2026-09-08] with heavy selling."),
        ("2026-06-16", "The first shipments are due in [the middle of next month|2026-07]."),
    ],
    "range": [
        ("2026-02-10", "The exhibition runs from [this April to June 2027|2026-04/2027-06]."),
        ("2026-05-05", "Output fell in every year between [2019 and 2021|2019/2021]."),
        ("2026-09-01", "The hotel rooms were booked for [10-1-2024 - 10-7-2024|2024-10-01/2024-10-07], the invoices show."),
        ("2026-02-20", "The summit will take place on [March 3-5|2026-03-03/2026-03-05] in Geneva."),
        ("2026-06-03", "Trains will not run from [the 13th to the 17th of July|2026-07-13/2026-07-17] while the line is repaired."),
        ("2026-06-10", "The festival runs from [June 28 to July 2|2026-06-28/2026-07-02]."),
        ("2026-11-16", "The port will be closed from [Dec. 28 to Jan. 3|2026-12-28/2027-01-03] for dredging."),
        ("2026-05-05", "Demand is expected to stay weak from [late 2026 through early 2028|2026/2028]."),
        ("2026-03-10", "Inflation averaged 4 percent a year from [1990 through 1995|1990/1995]."),
        ("2026-04-14", "Heavy snow fell across the region during [the winter of 2025-26|2025-12/2026-02]."),
        ("2026-09-14", "The survey was carried out between [March and May|2026-03/2026-05]."),
        ("2026-06-17", "The museum will be closed from [22 to 24 June|2026-06-22/2026-06-24] for an inventory."),
        ("2026-01-12", "Sales between [2 June and 9 June 2025|2025-06-02/2025-06-09] doubled, the report said."),
        ("2026-03-03", "The public consultation runs from [2 April until 30 June|2026-04-02/2026-06-30]."),
        ("2026-08-01", "Unemployment fell steadily in [2017-2019|2017/2019]."),
        ("2026-10-10", "Fares will rise between [November and February|2026-11/2027-02]."),
        ("2026-04-29", "The drought lasted from [mid-2022 to late 2024|2022/2024]."),
        ("2026-07-15", "The central bank kept rates on hold from [Q2 to Q4 2025|2025-04/2025-12]."),
        ("2026-09-09", "The embassy will be closed on [Sept. 24-25|2026-09-24/2026-09-25] for a holiday."),
        ("2026-05-18", "Prices climbed from [January 2024 to March 2026|2024-01/2026-03], the index shows."),
    ],
    "words": [
        ("2026-05-01", "The bridge was opened in [nineteen eighty-four|1984]."),
        ("2026-05-01", "The treaty was signed on [the third of March, two thousand and twenty-two|2022-03-03]."),
        ("2026-02-10", "The referendum will be held on [June the fifth|2026-06-05]."),
        ("2026-10-01", "The fund's accounts close on [the thirty-first of December|2026-12-31]."),
        ("2026-05-01", "The band first toured Japan in [the summer of '99|1999-06/1999-08]."),
        ("2026-05-01", "The paper mill closed in [two thousand seventeen|2017]."),
        ("2026-05-01", "The armistice took effect on [the eleventh of November nineteen eighteen|1918-11-11]."),
        ("2026-05-01", "The firm was founded in [the spring of '04|2004-03/2004-05] by two engineers."),
        ("2026-05-01", "The plant was sold in [March of two thousand and ten|2010-03]."),
        ("2026-05-01", "Growth was strongest in [twenty nineteen|2019], before the pandemic."),
        ("2026-05-01", "The stadium was last renovated in ['98|1998]."),
        ("2026-03-01", "The council will vote on the plan on [the twenty-second of April|2026-04-22]."),
        ("2026-05-01", "The agency's records go back to [January of '71|1971-01]."),
        ("2026-05-01", "The ferry sank on [the fifth of August, nineteen sixty-two|1962-08-05]."),
        ("2026-05-01", "The law was first passed in [nineteen hundred and six|1906]."),
        ("2026-07-01", "The fair opens on [September the first|2026-09-01]."),
        ("2026-05-01", "House prices peaked in [the autumn of nineteen ninety-one|1991-09/1991-11]."),
        ("2026-05-01", "The club was last relegated in [two thousand and one|2001]."),
    ],
    "period": [
        ("2026-06-10", "The bank expects inflation to ease by [the close of the year|2026]."),
        ("2026-06-10", "The spending target will be reviewed at [mid-year|2026]."),
        ("2026-06-10", "The council plans to cut spending by £4 million [this financial year|2026-04/2027-03]."),
        ("2026-02-05", "Revenue grew 8% in [the most recent quarter|2025-10/2025-12]."),
        ("2026-09-01", "The fire started on [June 3|2026-06-03]. [Later that month|2026-06], the plant's owner filed for bankruptcy."),
        ("2026-04-01", "The tanker docked on [Tuesday, March 10|2026-03-10]; [earlier that week|2026-W11], the crew had reported a leak."),
        ("2026-03-20", "The refinery expects to restart by [end-June|2026-06]."),
        ("2026-03-20", "Public debt is forecast to peak at [end-2027|2027]."),
        ("2026-10-20", "The merger should be completed by [the middle of next year|2027]."),
        ("2026-09-02", "Copper prices fell sharply [late last month|2026-08]."),
        ("2026-09-02", "Exports are expected to recover in [the final quarter of the year|2026-10/2026-12]."),
        ("2026-09-02", "The rollout of the new meters will finish in [the second half of the year|2026-07/2026-12]."),
        ("2026-04-15", "Sales have risen 12% over [the past 12 months|2025-04-15/2026-04-15]."),
        ("2026-04-15", "The company has cut 300 jobs since [the start of the decade|2020/2029]."),
        ("2026-11-05", "Orders slowed towards [the end of the third quarter|2026-07/2026-09]."),
        ("2026-05-06", "The fund returned 6% in [the first four months of the year|2026-01/2026-04]."),
        ("2026-09-30", "The plant was idle for much of [last quarter|2026-04/2026-06]."),
        ("2026-07-08", "The deal is due to be signed [later this month|2026-07]."),
        ("2026-02-14", "Output recovered in [the back half of last year|2025-07/2025-12]."),
    ],
    "duration": [
        ("2026-05-05", "The utility aims to be carbon neutral within [two decades|P20Y]."),
        ("2026-05-05", "The repairs will take between [6|P6M] and [9 months|P9M]."),
        ("2026-05-05", "The talks dragged on for [nearly two years|P2Y] before collapsing."),
        ("2026-05-05", "The union agreed to a [six-month|P6M] pay freeze."),
        ("2026-05-05", "He served an [18-month|P18M] sentence for fraud."),
        ("2026-05-05", "The family has farmed the valley for [over three decades|P30Y]."),
        ("2026-05-05", "The loan will be repaid over [10 years|P10Y]."),
        ("2026-05-05", "The mission is expected to last [about 200 days|P200D]."),
        ("2026-05-05", "The warranty was extended from [two|P2Y] to [five years|P5Y]."),
        ("2026-05-05", "The ministry opened a [12-week|P12W] consultation on the plan."),
        ("2026-05-20", "Rail traffic has been disrupted for [the past three weeks|2026-04-29/2026-05-20]."),
        ("2026-05-05", "Negotiators have 48 hours to reach a deal."),
    ],
    "tense": [
        ("2026-03-12", "The company said on [Tuesday|@prev] that it had agreed to buy its smaller rival. The deal is expected to close in [June|2026-06], and shareholders will vote on it on [Monday|@next]."),
        ("2026-11-04", "Floodwaters began to recede on [Sunday|@prev]. The government said it would release emergency funds on [Friday|@next] and rebuild the main bridge by [March|2027-03]."),
        ("2026-02-20", "Consumer prices fell in [January|2026-01] after rising in [December|2025-12], the statistics agency said on [Thursday|@prev]."),
        ("2026-07-15", "The airline cancelled 200 flights in [June|2026-06]. It said it expected to restore its full schedule by [September|2026-09]."),
        ("2026-09-09", "Dock workers walked out on [Monday|@prev]. Talks with the port operator are scheduled to resume on [Thursday|@next]."),
        ("2026-01-14", "The storm made landfall in [November|2025-11]; insurers said in [December|2025-12] that claims would be paid by [April|2026-04]."),
        ("2026-04-23", "The minister, who resigned on [Saturday|@prev], will appear before the committee on [Tuesday|@next]."),
        ("2026-10-08", "The central bank raised rates in [July|2026-07] and is expected to hold them in [December|2026-12]."),
        ("2026-05-27", "The ship left Durban on [Friday|@prev] and is due to arrive in Lagos on [Sunday|@next]."),
        ("2026-03-04", "Sales were weak in [February|2026-02], the retailer said, but it expects a recovery in [May|2026-05]."),
        ("2026-06-24", "The court adjourned the case on [Monday|@prev] until [July 8|2026-07-08]."),
        ("2026-12-09", "The company warned in [October|2026-10] that profits would fall in [January|2027-01]."),
        ("2026-08-19", "Police arrested two men on [Sunday|@prev]. They will appear in court on [Friday|@next]."),
        ("2026-02-04", "The regulator fined the bank in [November|2025-11] and said it would review its accounts again in [the autumn|2026-09/2026-11]."),
        ("2026-10-28", "Voters go to the polls on [Sunday|@next] in the first election since the coup."),
        ("2026-04-01", "The factory reopened on [Monday|@prev] after a fire in [February|2026-02] destroyed its main warehouse."),
    ],
    "negative": [
        ("2026-05-11", "Shares in Friday Holdings rose 4% after the results."),
        ("2026-05-11", "It was the 88th day of the siege."),
        ("2026-05-11", "The Sunday Telegraph said the talks had failed."),
        ("2026-05-11", "The shuttle departs at 9:15 a.m. daily."),
        ("2026-05-11", "Every Monday, volunteers hand out food at the station."),
        ("2026-05-11", "Rent is due on the first of each month."),
        ("2026-05-11", "The April Fund invested $20 million in the start-up."),
        ("2026-05-11", "The rescue team worked for six hours to free the driver."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 9, HERE)


if __name__ == "__main__":
    main()
