"""Build eval/own-dates-dev7.jsonl and eval/own-dates-dev7-check.jsonl.

Seventh date dev set (issue 14, session 7): the families still open after session 6b.
- ``future-past``: the future seen from the past ("said it would finish the work in March",
  "was due to meet on Friday", "were scheduled to sign ... on Thursday"): a month, day or
  weekday without a year in such a clause is the next one after the reference date.
- ``event``: "N days/a week after <event>" with the event dated in the same or the previous
  sentence: one span resolved to the day; undated events leave the phrase untagged.
- ``half-quarter``: "the first half", "the second quarter" with no year: the year the text
  gives, else the reference year, or the most recent past one in past narration.
- ``year-earlier``: "a year earlier"/"a year ago" after figures, the period named before
  the numbers; with no period named, the year before the reference date.
- ``reported``: reported speech shifting tense ("said the plant would close in June", "said
  it had hired ... in January").
- ``wire-weekday``: weekdays in wire headlines and ledes (the dateline day itself, "late
  Monday", "Monday's losses").
- ``week``: "this week", "next week", "earlier/later this week", "the previous week", "the
  past week", "the week after next", "the end of next week".
- ``season``: "last summer", "this winter" (December to February across the year end),
  "the spring" by tense, "autumn 2027".
- ``decade``: "the 1960s", "the early 1990s", "the past/next decade" (anchored periods) and
  "a decade" (a duration).
- ``day-part``: "overnight" (sub-day: untagged), "the previous day", "the weekend" (its
  Saturday/Sunday), times of day next to a date ("on Tuesday evening", "3 p.m. on Monday":
  the date alone is tagged; a hedge "early Tuesday" stays inside the span, as "late Sunday").
- ``negative``: names with a month or weekday, habitual mentions, times of day, ordinal days.
Every case was written by hand for briefx (none is copied from any set; no test set was read)
and annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before
briefx was run on it.

Markup: ``[span|value]``. Weekday values may be written ``@prev`` (the most recent such day
before the reference date), ``@prev0`` (the same, the reference date included: a wire story's
own dateline day) or ``@next`` (the next one after it); ``@week``, ``@week+1``, ``@week-1``
and ``@week+2`` are ISO weeks counted from the reference date's. The reading is the
annotator's, the arithmetic ``datetime``'s. Every fourth case of a family (the 4th, 8th, ...)
goes to the ``-check`` file, scored only at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev7.py`` (rewrites both files).
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
    "future-past": [
        ("2025-11-10", "The contractor said it would finish the work in [March|2026-03]."),
        ("2026-03-11", "The cabinet was due to meet on [Friday|@next] to approve the budget."),
        ("2025-09-03", "The airline said in a statement that it would resume flights to the island in [January|2026-01]."),
        ("2026-05-06", "Talks were expected to resume on [Monday|@next], a diplomat said."),
        ("2025-10-15", "The ministry had promised that the new bridge would open by [February|2026-02]."),
        ("2026-07-21", "The two sides were scheduled to sign the deal on [Thursday|@next] in Brussels."),
        ("2025-12-02", "Officials said the survey would be completed in [the spring|2026-03/2026-05]."),
        ("2026-08-19", "The company said its chief executive would step down on [September 30|2026-09-30]."),
        ("2025-11-26", "The regulator said [last week|@week-1] that it would publish its ruling by [mid-February|2026-02]."),
        ("2026-02-18", "The strike was due to end on [Sunday|@next], but the union extended it."),
        ("2025-10-08", "Analysts had expected the central bank to cut rates in [December|2025-12]."),
        ("2026-09-30", "The president was to travel to Tokyo on [Saturday|@next] for a [three-day|P3D] visit."),
        ("2025-11-20", "Lawmakers said they would take up the bill again in [January|2026-01], after the holiday recess."),
        ("2026-04-15", "She told the court she would return the documents by [Friday|@next]."),
    ],
    "event": [
        ("2026-05-12", "A fire broke out at the depot on [April 20|2026-04-20]. [Two days after the fire|2026-04-22], the owners admitted the alarms had been switched off."),
        ("2026-05-12", "Investigators arrived two days after the explosion and found the valve open."),
        ("2026-03-04", "The earthquake struck on [February 6|2026-02-06], and [three days after the quake|2026-02-09] rescuers pulled a child from the rubble."),
        ("2026-10-20", "The election was held on [October 4|2026-10-04]; [a week after the election|2026-10-11], the minister resigned."),
        ("2026-07-01", "The dam burst on [June 2|2026-06-02]. [Ten days after the disaster|2026-06-12], the first aid convoys reached the valley."),
        ("2026-07-01", "A month after the flood, many families were still living in tents."),
        ("2026-11-18", "The ceasefire took effect on [November 1|2026-11-01], and [the day after the ceasefire|2026-11-02] both sides accused each other of violations."),
        ("2026-09-09", "Two weeks after the crash, the airline grounded its fleet."),
        ("2026-04-14", "The vote took place on [Sunday, March 29|2026-03-29]. [Two days after the vote|2026-03-31], the results were challenged in court."),
        ("2026-02-25", "The bank collapsed on [January 12|2026-01-12]; [a week after the collapse|2026-01-19], regulators seized its assets."),
    ],
    "half-quarter": [
        ("2026-08-05", "The company's revenue rose 9 percent in [the second quarter|2026-04/2026-06]."),
        ("2026-02-12", "Profit fell in [the fourth quarter|2025-10/2025-12] as costs rose, the bank said."),
        ("2026-07-29", "In [2025|2025], exports grew strongly in [the first half|2025-01/2025-06] before slowing."),
        ("2026-10-14", "The airline expects to return to profit in [the second half|2026-07/2026-12]."),
        ("2025-11-04", "Sales in [the third quarter|2025-07/2025-09] were the weakest since [2020|2020]."),
        ("2026-04-22", "The firm booked a loss of $40 million in [the first quarter|2026-01/2026-03]."),
        ("2026-01-20", "Growth slowed in [the second half|2025-07/2025-12], the statistics office said."),
        ("2026-03-03", "The carmaker said output would recover in [the third quarter|2026-07/2026-09]."),
        ("2026-06-16", "Shipments in [the first half of this year|2026-01/2026-06] were down 4 percent."),
        ("2025-09-17", "The mine produced 1.2 million tonnes in [the second quarter|2025-04/2025-06], up from 1.1 million in [the first quarter|2025-01/2025-03]."),
    ],
    "year-earlier": [
        ("2026-08-12", "Net income in [the second quarter|2026-04/2026-06] was $310 million, or 54 cents a share, up from $280 million [a year earlier|2025-04/2025-06]."),
        ("2026-05-08", "Unemployment stood at 4.2 percent in [April|2026-04], against 3.9 percent [a year earlier|2025-04]."),
        ("2026-02-20", "Revenue for [2025|2025] was 12.4 billion euros, compared with 11.8 billion euros [a year earlier|2024]."),
        ("2026-11-10", "[October|2026-10] car sales totalled 182,000 units, 6 percent more than [a year earlier|2025-10]."),
        ("2026-03-05", "The company shipped 4.1 million phones in [the fourth quarter|2025-10/2025-12], down from 4.6 million [a year ago|2024-10/2024-12]."),
        ("2026-06-10", "Prices rose 2.8 percent, compared with 3.1 percent [a year earlier|2025]."),
        ("2026-09-15", "In [August|2026-08], the trade deficit narrowed to $61 billion from $70.4 billion [a year earlier|2025-08]."),
        ("2026-07-22", "Sales in [the first half|2026-01/2026-06] reached 3.2 billion yuan, up 11 percent from 2.9 billion yuan [a year earlier|2025-01/2025-06]."),
    ],
    "reported": [
        ("2026-02-11", "The minister said the plant would close in [June|2026-06]."),
        ("2026-02-11", "The company said it had hired 200 workers in [January|2026-01]."),
        ("2026-10-07", "He told reporters on [Monday|@prev] that the talks would resume [next week|@week+1]."),
        ("2026-05-27", "A spokeswoman said the ship had left port on [Saturday|@prev] and would reach Rotterdam on [Friday|@next]."),
        ("2026-03-18", "The governor said [Tuesday|@prev] that schools would reopen in [April|2026-04]."),
        ("2026-12-09", "Police said the suspect had been seen in the city in [October|2026-10]."),
        ("2026-01-14", "The airline said demand had been strong in [December|2025-12] and would stay firm through [March|2026-03]."),
        ("2026-06-24", "She said she had first met the defendant in [September|2025-09]."),
        ("2026-08-26", "The mayor said the road, which was damaged in [July|2026-07], would be repaired by [November|2026-11]."),
        ("2026-04-29", "Officials said [Wednesday|@prev0] the vaccine would be available in [the autumn|2026-09/2026-11]."),
    ],
    "wire-weekday": [
        ("2026-03-09", "Oil climbs [Monday|@prev0] as supply fears grow\n\nLONDON, [March 9|2026-03-09] (Reuters) - Oil prices rose on [Monday|@prev0] after producers signalled further output cuts."),
        ("2026-06-12", "Stocks slip [Friday|@prev0] ahead of jobs data\n\nNEW YORK (AP) - U.S. stocks edged lower [Friday|@prev0] as investors waited for the jobs report due [next week|@week+1]."),
        ("2026-10-21", "PARIS, [Oct 21|2026-10-21] (Reuters) - France's finance minister said on [Wednesday|@prev0] the government would present a revised budget on [Monday|@next]."),
        ("2026-01-29", "Central bank holds rates [Thursday|@prev0], signals cut in [March|2026-03]"),
        ("2026-05-19", "TOKYO, [May 19|2026-05-19] (Reuters) - Japanese shares ended higher on [Tuesday|@prev0], recovering from [Monday|@prev]'s losses."),
        ("2026-09-03", "Storm nears coast; evacuations ordered\n\nMIAMI (AP) - Officials ordered the evacuation of low-lying areas [Thursday|@prev0] as the storm, which formed [Tuesday|@prev], headed for the coast. It is expected to make landfall [Saturday|@next]."),
        ("2026-11-13", "BERLIN, [Nov 13|2026-11-13] (Reuters) - German police on [Friday|@prev0] arrested three men suspected of planning an attack, prosecutors said."),
        ("2026-07-07", "Union calls off strike\n\nThe rail union on [Tuesday|@prev0] called off a strike planned for [Thursday|@next] after a last-minute pay offer [late Monday|@prev]."),
        ("2026-02-24", "Gold steady [Tuesday|@prev0]; traders eye [Wednesday|@next]'s Fed minutes"),
        ("2026-12-01", "SEOUL, [Dec 1|2026-12-01] (Yonhap) - North Korea fired a ballistic missile on [Tuesday|@prev0], the military said, its first launch since [September|2026-09]."),
    ],
    "week": [
        ("2026-04-15", "The committee will publish its report [this week|@week]."),
        ("2026-04-15", "Shares have fallen 12 percent [this week|@week]."),
        ("2026-09-23", "The prime minister is expected to name a new cabinet [next week|@week+1]."),
        ("2026-09-23", "Talks broke down [last week|@week-1] over fishing rights."),
        ("2026-11-04", "The central bank raised rates [earlier this week|@week]."),
        ("2026-11-04", "A decision is expected [later this week|@week]."),
        ("2026-02-03", "Parliament returns from recess [the week after next|@week+2]."),
        ("2026-06-30", "Officials met [the previous week|@week-1] to discuss the plan."),
        ("2026-08-12", "Ticket sales opened [this week|@week] and will close at [the end of next week|@week+1]."),
        ("2026-03-25", "Fighting intensified over [the past week|2026-03-18/2026-03-25]."),
    ],
    "season": [
        ("2026-04-09", "The drought [last summer|2025-06/2025-08] killed thousands of cattle."),
        ("2026-01-15", "Gas demand has been high [this winter|2025-12/2026-02]."),
        ("2026-10-28", "The government fears power cuts [this winter|2026-12/2027-02]."),
        ("2026-07-14", "The new line will open in [the autumn|2026-09/2026-11]."),
        ("2026-11-18", "The festival was cancelled in [the spring|2026-03/2026-05] because of the floods."),
        ("2026-02-26", "Construction is due to start in [the summer|2026-06/2026-08]."),
        ("2026-05-20", "Prices fell sharply [last winter|2025-12/2026-02]."),
        ("2026-03-10", "The minister promised a decision by [autumn 2027|2027-09/2027-11]."),
        ("2026-08-04", "The harvest in [spring 2025|2025-03/2025-05] was the smallest on record."),
        ("2026-12-02", "Visitor numbers rose [this summer|2026-06/2026-08] for the first time since [2019|2019]."),
    ],
    "decade": [
        ("2026-05-05", "The factory was built in [the 1960s|1960/1969]."),
        ("2026-05-05", "Inflation has not been this high since [the early 1990s|1990/1999]."),
        ("2026-09-01", "The river has flooded four times in [the past decade|2016-09-01/2026-09-01]."),
        ("2026-09-01", "The project will take [a decade|P10Y] to complete."),
        ("2026-03-16", "Wages have barely grown over [the last decade|2016-03-16/2026-03-16]."),
        ("2026-03-16", "Car ownership doubled during [the 2010s|2010/2019]."),
        ("2026-11-11", "The company aims to cut emissions by half within [a decade|P10Y]."),
        ("2026-11-11", "The pipeline has been idle for [more than a decade|P10Y]."),
        ("2026-06-08", "Rents rose sharply in [the mid-1980s|1980/1989]."),
        ("2026-06-08", "The bank expects demand to double over [the next decade|2026-06-08/2036-06-08]."),
    ],
    "day-part": [
        ("2026-03-12", "Protesters gathered outside parliament on [Tuesday|@prev] evening."),
        ("2026-03-12", "The vote is scheduled for 3 p.m. on [Monday|@next]."),
        ("2026-05-14", "Rain fell overnight, and the river burst its banks on [Wednesday|@prev] morning."),
        ("2026-05-14", "Fighting continued overnight in the northern suburbs."),
        ("2026-07-09", "The ferry sank on [July 6|2026-07-06]. Rescuers had received a distress call [the previous day|2026-07-05]."),
        ("2026-07-09", "The company said sales on [Wednesday|@prev] were double those of [the previous day|2026-07-07]."),
        ("2026-10-19", "Thousands marched through the capital over [the weekend|2026-10-17/2026-10-18]."),
        ("2026-10-19", "The talks will continue [this weekend|2026-10-24/2026-10-25]."),
        ("2026-04-22", "Police made 40 arrests [last weekend|2026-04-18/2026-04-19]."),
        ("2026-04-22", "The minister will visit the flood zone on [Friday|@next] afternoon."),
        ("2026-01-22", "The fire started shortly after midnight on [Sunday|@prev] and burned for six hours."),
        ("2026-08-27", "A strong earthquake struck the island [early Tuesday|@prev], and aftershocks were felt overnight."),
        ("2026-12-10", "The shops will stay open until 10 p.m. on [Saturday|@next]."),
        ("2026-02-05", "Customs officers seized the cargo at [the weekend|2026-01-31/2026-02-01], a week after the ship left Lagos."),
    ],
    "negative": [
        ("2026-05-11", "March Networks Ltd said it had won a contract from the city."),
        ("2026-05-11", "The museum opens every Saturday morning."),
        ("2026-05-11", "The flight landed at 6:40 a.m., two hours late."),
        ("2026-05-11", "Fighting raged through the night and into the early hours."),
        ("2026-05-11", "The summer holidays are a busy time for airlines."),
        ("2026-05-11", "The Sunday Times reported the deal."),
        ("2026-05-11", "It was the 200th day of the strike."),
        ("2026-05-11", "Traders worked overnight to settle the orders."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 7, HERE)


if __name__ == "__main__":
    main()
