"""Build eval/own-dates-dev13.jsonl and eval/own-dates-dev13-check.jsonl.

Thirteenth date dev set (issue 14, session 12): date VALUES, above all the year and direction of
underspecified dates, anchors other than the reference date, and durations against points.
- ``tense``: bare weekdays, months, "March 3" and "the 14th" without a year by the tense and
  modality of their clause: past narration (the most recent one), future clauses ("will", "is
  to", "plans to", "is scheduled", "from ... on", "starting next week"), reported speech ("said
  it would ... on Thursday", "said it had ..."), present clauses about a schedule ("The deadline
  is March 31", "Voters have until Friday"), present-tense headlines, and a month later than the
  reference month in a past-tense sentence (last year's).
- ``anchor``: dates counted from the last date the text gave ("two days later", "the following
  Tuesday", "later that month", "that year", "the next day", "earlier that week", "the day
  before", "the year before", "three weeks later").
- ``span``: durations against points: "within a decade", "for three straight months", "between
  6 and 9 months" (two durations), "since 2019" (a point), "in the past 12 months" (a range
  ending at the reference date), "the 12 months to August".
- ``dateline``: cases with no ``published`` and no ``reference_date``: the text's own dateline
  or date line ("KYIV, March 3, 2026 (Reuters) -", "Published: 2 April 2026") is the reference.
- ``brief``: short briefs mixing the families above.
- ``negative``: recurring weekdays ("every Tuesday", "Monday to Saturday" opening hours), rates,
  sub-day durations, numbers in designations, vague time words.
Every case was written by hand for briefx (none is copied from any set; no test set was read)
and annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before
briefx was run on it; weekdays and ISO weeks were worked out with Python ``datetime``.
Readings chosen here where those are silent:
- "the 30th" (a day of the month alone) is a date, "the" inside the span as in "the 13th to the
  17th of July" (dev set 10); its month is the reference month or the one before/after by tense;
- "From Monday on", "Starting next week": "from"/"starting"/"on" stay outside the span;
- "earlier that day" after a dated event is that day; "a week later" keeps the week, as "N weeks
  later" does (dev set 11);
- a dateline case with no reference date: the dateline's own date resolves every relative date
  after it (ANNOTATION.md, "A case whose relative dates hang on several datelines").

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays,
``@week`` ISO weeks). A reference date written ``~YYYY-MM-DD`` resolves the markers but is not
stored: the case has neither ``reference_date`` nor ``published``. Every fourth case of a family
(the 4th, 8th, ...) goes to the ``-check`` file, scored only at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev13.py`` (rewrites both files).
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
    "tense": [
        ("2026-03-12", "The central bank raised its main rate on [Tuesday|@prev]."),
        ("2026-03-12", "The central bank will announce its decision on [Tuesday|@next]."),
        ("2026-03-12", "Finance ministers are to meet in Brussels on [Monday|@next]."),
        ("2026-03-12", "The minister said the bill would be put to a vote on [Friday|@next]."),
        ("2026-03-12", "The minister said on [Monday|@prev] that the talks had failed."),
        ("2026-01-08", "Exports fell 3% in [November|2025-11], the statistics office said."),
        ("2026-01-08", "Retail sales rose in [December|2025-12] as shoppers returned."),
        ("2026-02-17", "The plant closed in [October|2025-10] after a fire."),
        ("2026-02-17", "The plant will reopen in [October|2026-10]."),
        ("2026-02-17", "The plant is scheduled to reopen in [April|2026-04]."),
        ("2026-04-22", "Parliament is scheduled to debate the bill on [May 5|2026-05-05]."),
        ("2026-04-22", "The strike began on [April 2|2026-04-02] and lasted [two weeks|P2W]."),
        ("2026-04-22", "Voting takes place on [Sunday|@next]."),
        ("2026-04-22", "The new rules come into force on [March 1|2027-03-01]."),
        ("2026-05-06", "Shares slumped on [Monday|@prev] after the company cut its forecast."),
        ("2026-05-06", "The company plans to release its results on [Thursday|@next]."),
        ("2026-05-06", "The company said it would release its results on [Thursday|@next]."),
        ("2026-05-06", "The company said it had released its results on [Monday|@prev]."),
        ("2026-05-06", "Talks are due to resume on [Friday|@next]."),
        ("2026-05-06", "Police said the suspect was arrested on [Saturday|@prev] in Leeds."),
        ("2026-06-18", "Ministers have agreed to meet again in [February|2027-02]."),
        ("2026-06-18", "Inflation peaked in [October|2025-10] and has eased since."),
        ("2026-06-18", "Inflation is expected to peak in [October|2026-10]."),
        ("2026-06-18", "The ministry has published the figures for [May|2026-05]."),
        ("2026-07-09", "Fed officials signalled [last week|2026-W27] that they would cut rates in [September|2026-09]."),
        ("2026-07-09", "The vote, held on [Sunday|@prev], gave the ruling party a majority."),
        ("2026-07-09", "The court will deliver its verdict on [the 21st|2026-07-21]."),
        ("2026-07-09", "The ship sank on [the 3rd|2026-07-03] off the coast."),
        ("2026-09-24", "Opposition leaders called for a general strike on [Monday|@next]."),
        ("2026-09-24", "The prime minister told reporters on [Tuesday|@prev] that elections would be held in [March|2027-03]."),
        ("2026-09-24", "Elections were last held in [November|2025-11]."),
        ("2026-09-24", "The budget is presented to parliament in [October|2026-10]."),
        ("2026-10-14", "Rail workers walk out on [Friday|@next] in a dispute over pay."),
        ("2026-10-14", "The bank's board meets on [Thursday|@next]."),
        ("2026-10-14", "The bank's board met on [Thursday|@prev]."),
        ("2026-10-14", "The launch, originally set for [August|2026-08], was postponed until [December|2026-12]."),
        ("2026-11-03", "The agency said that it expects to finish the repairs by [February|2027-02]."),
        ("2026-11-03", "The agency finished the repairs in [February|2026-02]."),
        ("2026-11-03", "From [Monday|@next] on, passengers must show a ticket at the gate."),
        ("2026-11-03", "Starting [next week|2026-W46], the bridge will close at night."),
        ("2026-12-02", "Unemployment fell to 4.1% in [October|2026-10]."),
        ("2026-12-02", "Parliament will vote on the budget in [January|2027-01]."),
        ("2026-12-02", "Parliament voted on the budget in [January|2026-01]."),
        ("2027-01-05", "Factory orders rose in [November|2026-11], data showed on [Monday|@prev]."),
        ("2027-01-05", "The new tax took effect on [Jan. 1|2027-01-01]."),
        ("2027-01-05", "Markets were closed on [Friday|@prev] for the holiday."),
        ("2026-02-17", "Car sales slump in [December|2025-12]"),
        ("2026-03-12", "Unions to strike on [Monday|@next]"),
        ("2026-11-03", "Central bank holds rates, signals cut in [February|2027-02]"),
        ("2026-05-06", "Opposition wins [Sunday|@prev]'s run-off"),
        ("2026-10-14", "Exports slump in [September|2026-09] as demand weakens"),
        ("2026-01-08", "Sales hit record in [December|2025-12]"),
        ("2026-07-09", "Fighting broke out again on [the 30th|2026-06-30], officials said."),
        ("2026-02-17", "The ministry said it will publish the full report on [the 3rd|2026-03-03]."),
        ("2026-02-17", "She said she would step down in [January|2027-01]."),
        ("2026-02-17", "He said the company had missed its target in [December|2025-12]."),
        ("2026-03-12", "The deadline for applications is [March 31|2026-03-31]."),
        ("2026-10-14", "The final hearing is on [Monday|@next]."),
        ("2026-06-18", "The government has set [September 30|2026-09-30] as the deadline."),
        ("2026-06-18", "Voters have until [Friday|@next] to register."),
    ],
    "anchor": [
        ("2026-05-06", "The storm hit on [March 3|2026-03-03]. [Two days later|2026-03-05], the river burst its banks."),
        ("2026-05-06", "The board met on [Feb. 10|2026-02-10] and approved the plan [the following Tuesday|2026-02-17]."),
        ("2026-05-06", "Talks opened in Geneva on [April 7|2026-04-07]. [Later that month|2026-04], the two sides signed a truce."),
        ("2026-05-06", "The company went public in [2019|2019]. [That year|2019], its sales doubled."),
        ("2026-05-06", "The bridge collapsed on [Jan. 14|2026-01-14]. Rescuers found the last survivor [the next day|2026-01-15]."),
        ("2026-09-24", "Flooding began on [Aug. 20|2026-08-20]. [Earlier that week|2026-W34], forecasters had warned of heavy rain."),
        ("2026-09-24", "The ceasefire was signed on [July 4|2026-07-04], and fighting resumed [three weeks later|2026-W30]."),
        ("2026-09-24", "Voters went to the polls on [Sept. 6|2026-09-06]; results were announced [the following Monday|2026-09-07]."),
        ("2026-11-03", "The plant was sold in [March 2024|2024-03]. [Later that year|2024], it closed."),
        ("2026-11-03", "The minister resigned on [Oct. 2|2026-10-02]. [A week later|2026-W41], her deputy was sworn in."),
        ("2026-11-03", "The talks collapsed on [Oct. 20|2026-10-20]. [The day before|2026-10-19], both sides had sounded hopeful."),
        ("2027-01-05", "The rocket launched on [Dec. 18|2026-12-18]. It docked with the station [two days later|2026-12-20]."),
        ("2026-03-12", "Police arrested the suspect on [Feb. 3|2026-02-03]. He was charged [the following week|2026-W07]."),
        ("2026-03-12", "The law was passed in [June 2023|2023-06] and came into force [the following month|2023-07]."),
        ("2026-03-12", "The firm was founded in [1998|1998]. [Two years later|2000], it listed in London."),
        ("2026-06-18", "The vote took place on [May 24|2026-05-24], and the new parliament met [the following Thursday|2026-05-28]."),
        ("2026-06-18", "Trading was halted on [June 2|2026-06-02] and resumed [the next day|2026-06-03]."),
        ("2026-06-18", "The first case was reported on [April 9|2026-04-09]; by [the end of that month|2026-04], 40 people had fallen ill."),
        ("2026-07-09", "Workers walked out on [June 15|2026-06-15] and returned [10 days later|2026-06-25]."),
        ("2026-07-09", "The ship left port on [June 1|2026-06-01]. [The following Friday|2026-06-05], it reached Lagos."),
        ("2026-10-14", "The bill cleared the Senate on [Sept. 29|2026-09-29]. [Earlier that day|2026-09-29], protesters had gathered outside."),
        ("2026-10-14", "Construction started in [2022|2022], and the first trains ran [three years later|2025]."),
        ("2026-02-17", "The merger was announced on [Nov. 12|2025-11-12]. [Later that month|2025-11], regulators opened an inquiry."),
        ("2026-02-17", "The strike began on [Jan. 26|2026-01-26] and ended [the following Thursday|2026-01-29]."),
        ("2026-04-22", "The company reported a loss in [2024|2024]. [The year before|2023], it had made a profit."),
        ("2026-04-22", "Parliament was dissolved on [March 20|2026-03-20], and campaigning began [the following month|2026-04]."),
        ("2026-12-02", "The company filed for bankruptcy on [Nov. 2|2026-11-02]. [Two weeks later|2026-W47], its chief executive resigned."),
        ("2026-12-02", "Floods struck the region in [August|2026-08]. [That month|2026-08], 40,000 people were moved from their homes."),
    ],
    "span": [
        ("2026-03-12", "The firm aims to double sales within [a decade|P10Y]."),
        ("2026-03-12", "Prices have risen for [three straight months|P3M]."),
        ("2026-03-12", "Repairs will take between [6|P6M] and [9 months|P9M]."),
        ("2026-03-12", "The plant has been idle since [2019|2019]."),
        ("2026-03-12", "Exports grew 4% in [the past 12 months|2025-03-12/2026-03-12]."),
        ("2026-05-06", "Home prices have fallen for [a fourth straight month|P4M]."),
        ("2026-05-06", "The project should be finished within [18 months|P18M]."),
        ("2026-05-06", "Output has doubled since [January|2026-01]."),
        ("2026-05-06", "More than 300 firms closed in [the last six months|2025-11-06/2026-05-06]."),
        ("2026-05-06", "The talks could last between [two|P2W] and [three weeks|P3W]."),
        ("2026-06-18", "Rates have been unchanged since [March 2024|2024-03]."),
        ("2026-06-18", "The drought has lasted [more than two years|P2Y]."),
        ("2026-06-18", "Over [the next five years|2026-06-18/2031-06-18], the city will plant 10,000 trees."),
        ("2026-06-18", "The ceasefire has held for [six weeks|P6W]."),
        ("2026-07-09", "Growth slowed for [a third consecutive year|P3Y]."),
        ("2026-07-09", "It was the warmest [June|2026-06] since [1998|1998]."),
        ("2026-07-09", "The company has cut 2,000 jobs in [the past year|2025-07-09/2026-07-09]."),
        ("2026-07-09", "Negotiators have until [Friday|@next] to reach a deal."),
        ("2026-09-24", "Sentences range from [five|P5Y] to [ten years|P10Y]."),
        ("2026-09-24", "Inflation has stayed above target since [the spring of 2025|2025-03/2025-05]."),
        ("2026-09-24", "The bank expects inflation to return to target within [two years|P2Y]."),
        ("2026-09-24", "Visitor numbers rose 8% in [the 12 months to August|2025-09/2026-08]."),
        ("2026-10-14", "The company has been in administration since [May|2026-05]."),
        ("2026-10-14", "The tunnel will be closed for [three months|P3M] from [January|2027-01]."),
        ("2026-10-14", "Wages have lagged inflation for [nearly a decade|P10Y]."),
        ("2026-11-03", "Rents have risen by a fifth over [the past three years|2023-11-03/2026-11-03]."),
        ("2026-11-03", "Each trial lasts between [four|P4M] and [eight months|P8M]."),
        ("2026-11-03", "The mine has produced no ore since [2021|2021]."),
    ],
    "dateline": [
        ("~2026-03-03", "KYIV, [March 3, 2026|2026-03-03] (Reuters) - Russian drones struck the city's power grid overnight, officials said on [Tuesday|@prev0]."),
        ("~2026-05-14", "LONDON, [May 14, 2026|2026-05-14] (Reuters) - Britain's economy grew 0.6% in [the first quarter|2026-01/2026-03], official data showed on [Thursday|@prev0]."),
        ("~2026-09-08", "WASHINGTON, [Sept. 8, 2026|2026-09-08] - The Senate will vote on the spending bill on [Thursday|@next], leaders said [Tuesday|@prev0]."),
        ("~2026-11-20", "[November 20, 2026|2026-11-20]\nThe council approved the budget on [Wednesday|@prev]. It takes effect in [January|2027-01]."),
        ("~2026-02-05", "BERLIN, [Feb 5, 2026|2026-02-05] (dpa) - German industrial orders fell in [December|2025-12], the economy ministry said on [Thursday|@prev0]."),
        ("~2026-07-22", "NAIROBI, [July 22, 2026|2026-07-22] - Kenya's parliament passed the finance bill [yesterday|2026-07-21] after a debate that began on [Monday|@prev]."),
        ("~2026-04-02", "Published: [2 April 2026|2026-04-02]\nThe regulator fined the bank £12 million on [Tuesday|@prev]. The bank has until [30 April|2026-04-30] to appeal."),
        ("~2026-12-10", "TOKYO, [Dec 10, 2026|2026-12-10] (Reuters) - Japan's wholesale prices rose 3.2% in [November|2026-11] from [a year earlier|2025-11], Bank of Japan data showed on [Thursday|@prev0]."),
        ("~2026-06-30", "PARIS, [June 30, 2026|2026-06-30] - France will hold a snap election on [July 12|2026-07-12], the president said [today|2026-06-30]."),
        ("~2026-10-01", "OTTAWA, [Oct. 1, 2026|2026-10-01] - Canada's economy shrank in [July|2026-07], and economists expect it to grow again in [the fourth quarter|2026-10/2026-12]."),
        ("~2026-01-13", "SEOUL, [Jan. 13, 2026|2026-01-13] (Yonhap) - The opposition party said on [Monday|@prev] it would boycott the vote scheduled for [Friday|@next]."),
        ("~2026-08-27", "[27 August 2026|2026-08-27]\nMinisters met in Lisbon [this week|@week] and will meet again in [November|2026-11]. The last meeting was held in [March|2026-03]."),
        ("~2026-03-17", "CAIRO, [March 17, 2026|2026-03-17] - Egypt's central bank cut its key rate on [Thursday|@prev], its first cut since [October|2025-10]."),
        ("~2026-05-29", "MADRID, [May 29, 2026|2026-05-29] (Reuters) - Spanish inflation slowed in [May|2026-05], and the government said it would cut fuel taxes from [June 1|2026-06-01]."),
        ("~2026-11-05", "SYDNEY, [Nov 5, 2026|2026-11-05] - The Reserve Bank of Australia held rates on [Tuesday|@prev] and said it would review them in [February|2027-02]."),
        ("~2026-02-24", "OSLO, [Feb. 24, 2026|2026-02-24] - Norway's wealth fund posted a record return for [2025|2025], it said on [Tuesday|@prev0]."),
    ],
    "brief": [
        ("2026-03-12",
         "MANCHESTER, [March 12|2026-03-12] - The city council approved a 4.9% council tax rise on [Tuesday|@prev]. "
         "The rise takes effect in [April|2026-04]. Council leaders said on [Wednesday|@prev] that they would review "
         "bus fares in [June|2026-06]. The council last raised fares in [November|2025-11]."),
        ("2026-09-24",
         "The strike at the port began on [Sept. 1|2026-09-01]. [Two weeks later|2026-W38], talks broke down, and the "
         "union said it would extend the walkout until [Oct. 15|2026-10-15]. Shipping lines have diverted 40 vessels "
         "since [August|2026-08]. A court will hear the case on [Monday|@next]."),
        ("2027-01-05",
         "Retail sales rose 1.1% in [November|2026-11], the statistics office said on [Monday|@prev]. Sales in "
         "[December|2026-12], boosted by holiday spending, will be published on [Jan. 28|2027-01-28]. Over "
         "[the past 12 months|2026-01-05/2027-01-05], sales grew 3.4%."),
        ("2026-06-18",
         "Airline to resume flights to Cairo on [July 1|2026-07-01]\nThe airline suspended the route in "
         "[October|2025-10] after fighting nearby. It said on [Tuesday|@prev] it would run four flights a week from "
         "[July 1|2026-07-01], rising to daily by [September|2026-09]."),
        ("2026-10-14",
         "The volcano erupted on [Oct. 3|2026-10-03]. [The next day|2026-10-04], 3,000 people were evacuated, and "
         "[later that week|2026-W40] ash closed the airport."),
        ("2026-05-06",
         "The bank said on [Tuesday|@prev] that profit fell 12% in [the first quarter|2026-01/2026-03]. It plans to "
         "cut 1,500 jobs within [three years|P3Y] and will update investors on [May 20|2026-05-20]. Its shares have "
         "fallen 18% since [January|2026-01]."),
        ("2026-11-03",
         "Opposition wins [Sunday|@prev]'s vote in Bolivia\nThe opposition candidate won [Sunday|@prev]'s "
         "presidential run-off with 54% of the vote, results showed on [Monday|@prev]. He takes office on "
         "[Nov. 8|2026-11-08] and has promised a referendum on the constitution in [March|2027-03]."),
        ("2026-01-08",
         "The government said on [Wednesday|@prev] it had borrowed £14 billion in [November|2025-11], more than "
         "forecast. The Treasury will publish [December|2025-12]'s figures on [Jan. 22|2026-01-22]. Borrowing has "
         "exceeded forecasts in every month since [April|2025-04]."),
        ("2026-07-09",
         "Storm damage: the timeline\nThe storm made landfall on [June 28|2026-06-28]. [Three days later|2026-07-01], "
         "power was restored to half the homes. The state expects to finish repairs by [the end of August|2026-08], "
         "and a review will report within [six months|P6M]."),
        ("2026-02-17",
         "Factory output fell in [December|2025-12] for [a third straight month|P3M], figures showed on "
         "[Monday|@prev]. Economists expect a rebound in [March|2026-03], when new orders from [January|2026-01] "
         "are delivered."),
        ("2026-04-22",
         "LAGOS, [April 22|2026-04-22] (Reuters) - Nigeria's central bank raised rates on [Tuesday|@prev] for the "
         "second time since [November|2025-11]. Its next meeting is on [May 19|2026-05-19]. Inflation hit 28% in "
         "[March|2026-03], the highest since [1996|1996]."),
        ("2026-12-02",
         "The museum closed in [March 2024|2024-03] for repairs. It reopened [last month|2026-11] after "
         "[20 months|P20M], and [next year|2027] it will host its first exhibition since the closure. Tickets go "
         "on sale on [Monday|@next]."),
    ],
    "negative": [
        ("2026-03-12", "The store is open Monday to Saturday."),
        ("2026-03-12", "Bins are collected every Tuesday."),
        ("2026-03-12", "Meetings are held on the first Monday of each month."),
        ("2026-03-12", "The charity runs a weekly food bank."),
        ("2026-03-12", "Rents rose in most cities, the report said."),
        ("2026-05-06", "The drug must be taken twice a day for ten minutes after meals."),
        ("2026-05-06", "The 24-hour strike shut schools."),
        ("2026-05-06", "Flight 1407 to Lisbon was cancelled."),
        ("2026-05-06", "Annual inflation eased to 2.9%."),
        ("2026-09-24", "The novel 'Tuesday Mourning' sold a million copies."),
        ("2026-09-24", "Year-on-year growth slowed to 1.2%."),
        ("2026-09-24", "Officials said the plan could work in the long term."),
        ("2026-09-24", "Each spring the river floods the valley."),
        ("2026-11-03", "The ward has 12 beds and 3 doctors on call at night."),
        ("2026-11-03", "He has been ill for a while, his family said."),
        ("2026-11-03", "UN Security Council Resolution 2231 governs the deal."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 13, HERE)


if __name__ == "__main__":
    main()
