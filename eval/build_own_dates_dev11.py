"""Build eval/own-dates-dev11.jsonl and eval/own-dates-dev11-check.jsonl.

Eleventh date dev set (issue 14, session 10): the normalised value of dates found, above all
the year and direction of underspecified dates, as short news sentences and short briefs.
- ``tense``: bare weekdays and months by the tense of their clause: reported speech ("said on
  Monday that the tax would be scrapped in July"), modals and "will", "is due", "is expected",
  "is set to", headlines in the present tense (no full stop) that tell what happened, past
  perfects, relative clauses ("the plant, which opened in June, is set to ...").
- ``yearedge``: months and days without a year in briefs published early in January or late in
  December: the year comes from the tense ("closed on Dec. 28" in January is last year's, "takes
  effect on Jan. 1" in December next year's), quarters reported after they ended.
- ``anchor``: dates counted from a date stated earlier in the text, not from the publication
  date: "the following Tuesday", "two days later", "later that month", "the day before", "a week
  later", "that Thursday", "early the following month".
- ``fiscal``: fiscal and financial years and quarters: "FY2027" (U.S. federal), "2026-27" and
  "fiscal 2026-27" (April-March), an Australian "2027-28 financial year" (July-June), "Q4" and
  "the three months to December" reported in the next year, "H2", "the April-June quarter",
  "the year to March".
- ``season``: seasons by tense ("will open in the spring" after the spring, "last autumn",
  "next winter", "the winter of 2025-26").
- ``grain``: the precision the text gives: a month ("early June", "late March"), an ISO week
  ("the week of June 8"), a year ("mid-2024", "the end of 2027"), a decade, a day.
- ``approx``: hedged "ago" ("barely a week ago", "just over a year ago", "little more than a
  month ago", "well over a decade ago") and week and month words ("earlier in the week",
  "earlier in the month", "later in the week"); a vague "a few days ago" stays untagged.
- ``brief``: short briefs (datelines, headlines, reported speech, anchors, fiscal periods)
  that mix the families above.
- ``negative``: names with a weekday, month or holiday word, habitual and rate mentions,
  sub-day durations.
Every case was written by hand for briefx (none is copied from any set; no test set was read)
and annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before
briefx was run on it; weekdays and ISO weeks were worked out with Python ``datetime``.

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays,
``@week`` ISO weeks). Every fourth case of a family (the 4th, 8th, ...) goes to the ``-check``
file, scored only at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev11.py`` (rewrites both files).
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
        ("2026-03-11", "The finance minister said on [Monday|@prev] that the tax would be scrapped in [July|2026-07]."),
        ("2026-09-16", "The report is due in [January|2027-01], a spokeswoman said."),
        ("2026-05-20", "Ministers are expected to sign the accord on [Friday|@next]."),
        ("2026-11-04", "Factory orders slump in [October|2026-10] as exports stall"),
        ("2026-02-04", "Retail sales jump in [December|2025-12] on holiday spending"),
        ("2026-07-15", "The company had warned in [March|2026-03] that profits would fall."),
        ("2026-04-08", "By [Sunday|@prev] the rebels had withdrawn from the town."),
        ("2026-10-21", "\"We expect to finish the work in [December|2026-12],\" the engineer said."),
        ("2026-06-24", "The airline said it would resume flights to the island on [Monday|@next]."),
        ("2026-01-14", "Lawmakers will debate the bill in [March|2026-03] after the committee reported on [Tuesday|@prev]."),
        ("2026-08-19", "The central bank kept rates on hold in [July|2026-07] and is due to meet again in [September|2026-09]."),
        ("2026-12-02", "The plant, which opened in [June|2026-06], is set to double output by [March|2027-03]."),
        ("2026-05-06", "Police said the suspect had fled the country on [Saturday|@prev]."),
        ("2026-03-25", "The regulator plans to publish its findings in [May|2026-05]."),
        ("2026-09-02", "Chipmaker warns of weaker sales in [October|2026-10]"),
        ("2026-11-18", "Voters go to the polls on [Sunday|@next] in a run-off."),
        ("2026-04-29", "The strike, which began on [Monday|@prev], is expected to last until [Friday|@next]."),
        ("2026-07-01", "The ministry said exports had risen in [May|2026-05] and would rise again in [August|2026-08]."),
        ("2026-10-07", "Opposition leaders said they would boycott the vote on [Thursday|@next]."),
        ("2026-02-18", "The court ruled on [Tuesday|@prev] that the election, held in [November|2025-11], was valid."),
        ("2026-06-10", "The festival, which runs until [Sunday|@next], drew record crowds on its opening day."),
        ("2026-08-05", "Officials had hoped to reopen the road by [July|2026-07], but floods delayed the work."),
        ("2026-12-09", "The bank is forecast to cut rates again in [February|2027-02]."),
        ("2026-03-04", "Inflation slowed to 2.1% in [January|2026-01], figures released on [Monday|@prev] showed."),
        ("2026-09-23", "The mayor told the council she would not seek re-election in [May|2027-05]."),
        ("2026-05-27", "The treaty enters into force on [July 1|2026-07-01]."),
        ("2026-10-14", "Growers said the harvest, delayed by rain in [September|2026-09], would end in [November|2026-11]."),
        ("2026-01-28", "The firm said it expected to return to profit in [the second quarter|2026-04/2026-06]."),
        ("2026-11-25", "Prices had already risen sharply in [August|2026-08], traders said."),
        ("2026-06-17", "The minister is scheduled to visit Nairobi on [Thursday|@next] and Kampala on [Saturday|@next]."),
        ("2026-02-25", "Sales rebound in [January|2026-01] after weak holiday season"),
        ("2026-08-26", "The union, which struck in [April|2026-04], has threatened to walk out again in [October|2026-10]."),
    ],
    "yearedge": [
        ("2026-01-05", "The store closed its doors on [Dec. 28|2025-12-28] after [40 years|P40Y]."),
        ("2026-01-06", "The ferry service will resume on [Jan. 12|2026-01-12]."),
        ("2026-12-29", "The new rules take effect on [Jan. 1|2027-01-01]."),
        ("2026-12-22", "The central bank will next meet on [January 20|2027-01-20]."),
        ("2026-01-08", "Retail sales rose 1.2% in [December|2025-12], the statistics office said."),
        ("2026-01-03", "The fire broke out on [December 30|2025-12-30] and burned for [two days|P2D]."),
        ("2026-12-30", "The trial is set to open on [Feb. 9|2027-02-09]."),
        ("2026-01-09", "Exports fell in [November|2025-11] for a third month."),
        ("2026-12-28", "Turnout in the [Jan. 17|2027-01-17] election is expected to be low."),
        ("2026-01-02", "Police said the man was arrested on [Dec. 31|2025-12-31] in Leeds."),
        ("2026-12-21", "The president will travel to Japan in [January|2027-01]."),
        ("2026-01-07", "The minister resigned on [December 19|2025-12-19] after a row over spending."),
        ("2026-12-18", "Unemployment fell to 4.1% in [November|2026-11]."),
        ("2026-01-12", "The budget, due in [February|2026-02], will include new taxes on fuel."),
        ("2026-12-31", "Markets will reopen on [Jan. 4|2027-01-04] after the holiday."),
        ("2026-01-04", "Snow closed the airport on [Dec. 27 and 28|2025-12-27/2025-12-28]."),
        ("2026-12-23", "The port handled record volumes in [the fourth quarter|2026-10/2026-12], the operator said."),
        ("2026-01-20", "The carmaker reports [fourth-quarter|2025-10/2025-12] results on [Thursday|@next]."),
        ("2026-01-15", "The bank said profit in [the fourth quarter|2025-10/2025-12] rose 8%."),
        ("2026-12-27", "The exhibition closes on [January 10|2027-01-10]."),
        ("2026-01-05", "The strike that began on [Christmas Eve|2025-12-24] ended on [Saturday|@prev]."),
    ],
    "anchor": [
        ("2026-05-20", "The ship ran aground on [March 3|2026-03-03]. Salvage crews refloated it [the following Tuesday|2026-03-10]."),
        ("2026-06-15", "The minister arrived in Cairo on [May 12|2026-05-12] and met the president [two days later|2026-05-14]."),
        ("2026-09-30", "The company announced the deal on [Aug. 4|2026-08-04]; regulators approved it [later that month|2026-08]."),
        ("2026-04-22", "The floods peaked on [Feb. 14|2026-02-14]. [A week later|2026-W08], the river was back within its banks."),
        ("2026-11-11", "Voting closed on [Oct. 18|2026-10-18], and the results were announced [the next day|2026-10-19]."),
        ("2026-07-29", "The talks opened in Geneva on [June 2|2026-06-02]. By [the end of that week|2026-W23], both sides had walked out."),
        ("2026-03-18", "The bridge was closed on [Jan. 9|2026-01-09] and reopened [the following month|2026-02]."),
        ("2026-10-05", "The patient was admitted on [Sept. 1|2026-09-01] and discharged [ten days later|2026-09-11]."),
        ("2026-08-12", "The fire started on [July 20|2026-07-20], a Monday. Firefighters contained it [that Thursday|2026-07-23]."),
        ("2026-12-09", "The law was passed on [Nov. 3|2026-11-03]. [The day before|2026-11-02], thousands had marched on parliament."),
        ("2026-02-26", "The company was founded in [1998|1998] and listed its shares [three years later|2001]."),
        ("2026-06-30", "The storm made landfall on [June 8|2026-06-08]. [Later that week|2026-W24], the government declared a state of emergency."),
        ("2026-04-15", "The election was held on [March 22|2026-03-22], and the new parliament met for the first time [the following Monday|2026-03-23]."),
        ("2026-09-09", "Inspectors visited the plant on [July 7|2026-07-07] and again [a month later|2026-08]."),
        ("2026-11-25", "The merger was announced on [Oct. 12|2026-10-12]. [Two weeks earlier|2026-W40], the firm had denied any talks."),
        ("2026-05-13", "The derailment happened on [April 2|2026-04-02], and service resumed [a week later|2026-W15]."),
        ("2026-08-27", "The athlete was suspended on [June 30|2026-06-30] and cleared [early the following month|2026-07]."),
        ("2026-10-28", "Rebels seized the town on [Sept. 19|2026-09-19]. Government troops retook it [five days later|2026-09-24]."),
        ("2026-07-08", "The contract was signed in [March|2026-03] and work began [the following month|2026-04]."),
        ("2026-12-16", "The satellite was launched on [Nov. 20|2026-11-20], a Friday, and sent its first images [the following Wednesday|2026-11-25]."),
        ("2026-02-11", "The singer's tour opened on [Jan. 16|2026-01-16] and was cancelled [later that month|2026-01]."),
        ("2026-09-14", "Lenders agreed the rescue on [Aug. 28|2026-08-28]; the first payment was made [the following week|2026-W36]."),
        ("2026-05-04", "The dam burst on [April 11|2026-04-11]. [Three days earlier|2026-04-08], engineers had reported cracks."),
        ("2026-10-19", "The referendum took place on [Sept. 27|2026-09-27], and the result was certified [the following Friday|2026-10-02]."),
    ],
    "fiscal": [
        ("2026-05-19", "The Indian carmaker expects sales to grow 8% in [2026-27|2026-04/2027-03]."),
        ("2026-06-11", "The Pentagon's budget request for [FY2027|2026-10-01/2027-09-30] rose 4%."),
        ("2026-08-20", "Profit at the shipping group rose 12% in [the first half|2026-01/2026-06]."),
        ("2026-02-12", "Revenue fell in [Q4|2025-10/2025-12], the company said."),
        ("2026-10-22", "The bank's [third-quarter|2026-07/2026-09] profit beat forecasts."),
        ("2026-03-05", "The Indian government expects a deficit of 4.4% of GDP in [fiscal 2026-27|2026-04/2027-03]."),
        ("2026-07-23", "Australia's budget returns to surplus in [the 2027-28 financial year|2027-07/2028-06], the Treasurer said."),
        ("2026-11-05", "Sales in [the first nine months of the year|2026-01/2026-09] rose 6%."),
        ("2026-04-28", "The group expects margins to improve in [H2|2026-07/2026-12]."),
        ("2026-01-29", "The chipmaker forecast revenue growth of 10% for [Q1|2026-01/2026-03]."),
        ("2026-08-06", "Operating profit for [the April-June quarter|2026-04/2026-06] doubled."),
        ("2026-09-17", "The federal agency's spending in [fiscal year 2026|2025-10-01/2026-09-30] exceeded its budget."),
        ("2026-05-26", "Output grew 3% in [the first quarter|2026-01/2026-03] from [a year earlier|2025-01/2025-03]."),
        ("2026-07-30", "The company cut its outlook for [the second half|2026-07/2026-12]."),
        ("2026-02-03", "Profit in [the three months to December|2025-10/2025-12] fell 5%."),
        ("2026-06-04", "The Japanese utility posted a record profit for [the year to March|2025-04/2026-03]."),
        ("2026-11-12", "The council will set its budget for [2027-28|2027-04/2028-03] in [February|2027-02]."),
    ],
    "season": [
        ("2026-03-10", "The reservoir ran dry [last summer|2025-06/2025-08]."),
        ("2026-08-18", "Ticket sales collapsed in [the spring|2026-03/2026-05], the promoter said."),
        ("2026-09-29", "The new stadium will open in [the spring|2027-03/2027-05]."),
        ("2026-02-09", "Heating bills soared over [the winter|2025-12/2026-02]."),
        ("2026-05-12", "The airline plans to add routes [next winter|2026-12/2027-02]."),
        ("2026-11-03", "Growers said [this summer|2026-06/2026-08] was the driest on record."),
        ("2026-07-14", "Harvests were poor in [autumn 2025|2025-09/2025-11]."),
        ("2026-10-06", "Construction is expected to begin in [the summer|2027-06/2027-08]."),
        ("2026-04-21", "Prices climbed through [the winter of 2025-26|2025-12/2026-02]."),
        ("2026-01-20", "The bird flu outbreak began [last autumn|2025-09/2025-11]."),
    ],
    "grain": [
        ("2026-05-05", "The museum will reopen in [early June|2026-06]."),
        ("2026-05-14", "The ruling is expected [the week of June 8|2026-W24]."),
        ("2026-06-22", "The mine was sold in [mid-2024|2024]."),
        ("2026-04-07", "The talks collapsed on [March 3|2026-03-03]."),
        ("2026-09-01", "The new line will open in [spring 2028|2028-03/2028-05]."),
        ("2026-04-20", "The bank raised rates in [late March|2026-03]."),
        ("2026-02-17", "The agency was created in [the early 2000s|2000/2009]."),
        ("2026-05-05", "Sales fell [last week|@week-1]."),
        ("2026-10-13", "The project will be completed by [the end of 2027|2027]."),
        ("2026-06-09", "The rules took effect on [the first of April|2026-04-01]."),
        ("2026-03-30", "Profits peaked in [the summer of 2019|2019-06/2019-08]."),
        ("2026-11-24", "The contract runs until [March 2029|2029-03]."),
    ],
    "approx": [
        ("2026-03-19", "The factory reopened [barely a week ago|2026-W11]."),
        ("2026-09-08", "The merger was completed [just over a year ago|2025]."),
        ("2026-06-25", "The minister took office [little more than a month ago|2026-05]."),
        ("2026-11-19", "The firm issued a profit warning [earlier in the week|2026-W47]."),
        ("2026-02-20", "The virus was first detected [only three days ago|2026-02-17]."),
        ("2026-07-09", "The company went public [well over a decade ago|2016]."),
        ("2026-04-16", "Talks began [some three weeks ago|2026-W13]."),
        ("2026-10-22", "The rebels captured the city [less than two months ago|2026-08]."),
        ("2026-12-03", "The ceasefire was agreed [almost exactly a year ago|2025]."),
        ("2026-05-28", "Officials met union leaders [earlier in the month|2026-05]."),
        ("2026-08-13", "The ship left port [roughly two weeks ago|2026-W31]."),
        ("2026-01-22", "The ban was lifted just a few days ago."),
        ("2026-03-26", "Prices rose sharply [later in the week|2026-W13] as stocks ran low."),
        ("2026-06-03", "The prime minister called the election [barely six months ago|2025-12]."),
    ],
    "brief": [
        ("2026-01-06",
         "ROME, [Jan 6|2026-01-06] (Reuters) - Italian industrial output fell 0.8% in [November|2025-11] "
         "from [October|2025-10], the statistics office said on [Tuesday|@prev0]. Economists had expected "
         "a small rise. [December|2025-12] figures are due on [Feb. 10|2026-02-10], and the central bank "
         "meets on [Jan. 29|2026-01-29]. Output rose in [the third quarter|2025-07/2025-09]."),
        ("2026-12-21",
         "Shipping line cuts routes as demand slumps\n[Dec 21|2026-12-21] – Nordhavn Lines said on "
         "[Monday|@prev0] it would suspend two Asia-Europe services from [January|2027-01] after volumes "
         "fell 14% in [November|2026-11]. The company had already idled six vessels in [October|2026-10]. "
         "Chief executive Maria Holt said rates were unlikely to recover before [the spring|2027-03/2027-05]. "
         "The line will publish [fourth-quarter|2026-10/2026-12] results on [Feb. 18|2027-02-18]."),
        ("2026-07-09",
         "The wildfire near the town was first reported on [June 27|2026-06-27], a Saturday. Crews had it "
         "half contained [three days later|2026-06-30], but strong winds spread it again [the following "
         "weekend|2026-07-04/2026-07-05]. By [Tuesday|@prev] it covered 12,000 hectares. Officials said "
         "evacuation orders would stay in place until at least [Sunday|@next], and a review of the response "
         "is due in [September|2026-09]."),
        ("2026-04-30",
         "Kaveri Motors said on [Thursday|@prev0] that net profit rose 18% in [the January-March "
         "quarter|2026-01/2026-03], the last of [fiscal 2025-26|2025-04/2026-03]. The carmaker expects "
         "sales to grow 10% in [2026-27|2026-04/2027-03] and will launch two electric models [later this "
         "year|2026]. Its shares had fallen 9% since [February|2026-02]. The board will meet on "
         "[May 14|2026-05-14] to approve a dividend."),
        ("2026-02-16",
         "The strike at the port, which began on [Jan. 26|2026-01-26], ended on [Friday|@prev] after the "
         "union accepted a 6% rise. Talks had broken down twice, on [Feb. 2|2026-02-02] and again [three "
         "days later|2026-02-05]. The union said its members would vote on the deal on [Wednesday|@next] "
         "and that any new walkout would not come before [April|2026-04]. Cargo volumes fell 30% in "
         "[January|2026-01], the port said."),
        ("2026-10-01",
         "Coffee prices hit record as drought hits harvest\n[Oct 1|2026-10-01] — Arabica futures rose 4% "
         "on [Wednesday|@prev] to a record, after Brazil's crop agency cut its forecast for [the 2026-27 "
         "season|2026/2027]. Rains are not expected until [late October|2026-10]. Prices have doubled "
         "since [last autumn|2025-09/2025-11], and traders expect them to stay high through [the first "
         "quarter of 2027|2027-01/2027-03]."),
    ],
    "negative": [
        ("2026-05-11", "The ferry to Christmas Island was cancelled because of high seas."),
        ("2026-05-11", "Shares of Friday Foods rose 2% in early trading."),
        ("2026-05-11", "The market is held on the first Saturday of every month."),
        ("2026-05-11", "Sales are up 4% year-to-date."),
        ("2026-05-11", "He works the night shift on weekdays."),
        ("2026-05-11", "The fund charges 1% a year in fees."),
        ("2026-05-11", "The hearing lasted about three hours."),
        ("2026-05-11", "The Saturday Post cut 40 jobs."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 11, HERE)


if __name__ == "__main__":
    main()
