"""Build eval/own-dates-dev19.jsonl and eval/own-dates-dev19-check.jsonl.

Nineteenth date dev set (issue 14, session 20): the year and DIRECTION of underspecified dates in
past narration, period expressions, and look-alikes beside real dates (families named by the
lead's held-out counts; no held-out text was read).
- ``narr``: single sentences, two-sentence snippets and seven short news paragraphs in past-tense
  narration, each with its reference date: a month, quarter, weekday or "the following year",
  "the previous quarter", "later that year", "the end of the year" after a date the narration set
  earlier (in another sentence too), read from that date (TimeML: the last date the narration
  gave), and, beside them, clauses that leave the narration (a future, a perfect "since January",
  "said on Thursday") and keep the reference date's reading.
- ``ofyear``: "X of the year" ("the first quarter of the year", "the second half of the year",
  "the end of the year", "the first nine months of the year") in the present, in the future, in
  past narration after a year, and in habitual present clauses (no date).
- ``ahead``: "the week ahead", "the coming week", "the coming month" (a date) and the vague
  plurals "the days ahead", "the coming weeks", "the months ahead" (no date).
- ``daypart``: a weekday with a part of the day: a date ("late on Thursday night", "on Friday
  morning", "Sunday night's match": the weekday), and none in a name ("Saturday Night Live",
  "Monday Night Football"), after an indefinite or generic determiner ("a typical Friday night",
  "On a Saturday night", "Any Sunday afternoon"), as a generic modifier ("the bar's Friday night
  quiz", "The Friday-night curfew").
- ``wkrange``: weekday ranges: opening hours and timetables in the generic present (no date) and
  a dated week (a past or scheduled run of days, a range beside "this week").
- ``false``: four-digit numbers that are no year, month words that are names, period words that
  are no date ("by the day", "Day three of the trial", "for days"), beside real dates.
Every case was written by hand for briefx (none copied from any set; no test set was read) and
annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx
was run on it; weekdays and ISO weeks were worked out with Python ``datetime``.
Readings chosen here where those are silent:
- a month, quarter or "the year" without a year in past narration after a year or date the
  narration set in an earlier sentence takes that narration's year (the first such month after
  a month or day the narration named: "in November 2023 ... in February" -> 2024-02); a clause
  that leaves the narration (a future, a present perfect, a verb of saying in the reference
  date's time) keeps the reference date's reading;
- a bare weekday in past narration after a day the narration named in an earlier sentence of
  the same paragraph, less than a week before it, is the first such weekday after that day;
- "the previous quarter", "the following year", "the previous year" after a period the
  narration named are counted from that period;
- "the week ahead", "the coming week": the ISO week after the reference date's (the week that
  begins on the reference date where that is a Monday); "the coming month": the next month;
- a weekday with a part of the day after an indefinite or generic determiner ("a", "any",
  "a typical"), in a name in title case, or as a generic modifier of a noun in the habitual
  present is no date.

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays).
Every third case of a family (the 3rd, 6th, ...) goes to the ``-check`` file, scored only once,
at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev19.py`` (rewrites both files).
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
    "narr": [
        ("2025-03-14", "The company was founded in [2019|2019]. In [March|2019-03] it opened its first shop in Leeds."),
        ("2025-06-11", "The dam was completed in [2021|2021]. Cracks appeared in [October|2021-10], and engineers closed the spillway in [December|2021-12]."),
        ("2025-01-28", "Prices peaked in [2022|2022]. By [November|2022-11] they had fallen by a third."),
        ("2025-09-22", "The strike began on [Oct. 3, 2023|2023-10-03]. On [Friday|2023-10-06], the union rejected a pay offer."),
        ("2025-10-20", "The ship ran aground on [March 2, 2024|2024-03-02]. Salvage crews reached it [the following week|2024-W10]."),
        ("2025-03-14", "Revenue rose 4% in [the third quarter of 2024|2024-07/2024-09], up from 2% in [the previous quarter|2024-04/2024-06]."),
        ("2025-06-11", "The bank cut rates in [September 2023|2023-09]. It cut them again [the following year|2024]."),
        ("2025-01-28", "The law took effect in [January 2022|2022-01]. [The previous year|2021], parliament had rejected a similar bill."),
        ("2024-11-07", "Output collapsed in [2020|2020]; in [the second half of the year|2020-07/2020-12] it recovered."),
        ("2025-09-22", "The mine closed in [2018|2018]. At [the end of the year|2018], its last workers were laid off."),
        ("2025-03-14", "The plant was shut in [August 2023|2023-08] after a fire. It reopened in [January|2024-01]."),
        ("2025-06-11", "The minister was appointed in [2022|2022]. She resigned in [December|2022-12] after a row over spending."),
        ("2025-01-28", "Exports fell 6% in [2023|2023]. [The previous year|2022] they had grown 9%."),
        ("2025-10-20", "The tower was completed in [1998|1998]. [The following year|1999], it won a national design award."),
        ("2024-11-07", "The company reported a loss in [the second quarter|2024-04/2024-06]. In [the previous quarter|2024-01/2024-03], it had made a small profit."),
        ("2025-06-11", "Sales rose in [the first quarter of 2025|2025-01/2025-03] after falling in [the previous quarter|2024-10/2024-12]."),
        ("2025-03-14", "The peace talks collapsed in [2021|2021]. Fighting resumed [later that year|2021], and a ceasefire was signed in [2023|2023]."),
        ("2025-09-22", "The firm listed its shares in [2021|2021]. By [the end of the year|2021], they had doubled."),
        ("2025-06-11", "The firm was founded in [2015|2015]. It plans to open a plant in Texas in [October|2025-10]."),
        ("2025-01-28", "The museum first opened in [1987|1987]. It will close for repairs in [March|2025-03]."),
        ("2025-09-22", "The treaty was signed in [2016|2016]. Talks on its renewal are scheduled for [November|2025-11]."),
        ("2025-03-14", "The club last won the league in [2010|2010]. On [Saturday|@next] it can win it again."),
        ("2025-10-20", "The factory opened in [2005|2005]. Its owners said on [Thursday|@prev] that they would close it in [December|2025-12]."),
        ("2025-06-11", "The party won the election in [2019|2019]. Since [January|2025-01], it has lost four by-elections."),
        ("2024-11-07", "The airport opened in [2012|2012]. Passenger numbers hit a record in [August|2024-08], the operator said on [Tuesday|@prev]."),
        ("2025-05-03", "The bridge was closed on [March 3, 2024|2024-03-03]. It reopened to cars on [Friday|2024-03-08] after engineers checked the cables."),
        ("2025-01-28", "The volcano last erupted in [2014|2014]. In [May|2014-05] ash closed the airport for a week."),
        ("2025-10-20", "The inquiry was set up in [June 2023|2023-06]. It heard its first witness in [September|2023-09] and reported in [February|2024-02]."),
        ("2025-09-22", "Profits fell in [2023|2023]. In [the final quarter of the year|2023-10/2023-12] the bank set aside £300 million for bad loans."),
        ("2025-03-14", "The singer's first album came out in [2009|2009]. [Two years later|2011], she won her first award."),
        ("2025-06-11", "Floods hit the northern province in [May 2024|2024-05]. Rivers burst their banks on [May 14|2024-05-14], and the government declared an emergency [the following week|2024-W21]. Aid convoys reached the worst-hit towns in [June|2024-06]. By [the end of the year|2024], about 9,000 homes had been rebuilt. The province's governor resigned in [February 2025|2025-02], and his successor promised a new flood wall. Work on it began on [Monday|@prev]."),
        ("2025-03-14", "The airline was privatised in [2019|2019]. Its new owners cut 2,000 jobs in [March|2019-03] and sold 12 aircraft in [the second half of the year|2019-07/2019-12]. When the pandemic grounded its fleet in [2020|2020], the state stepped back in. [The following year|2021], it injected €1.2 billion. The airline returned to profit in [2023|2023] and said on [Thursday|@prev] that it would repay the last of the aid by [June|2025-06]."),
        ("2024-11-07", "The trial opened on [Monday, Sept. 9|2024-09-09]. The prosecution rested [the following week|2024-W38], and the defence called its first witness on [Sept. 18|2024-09-18]. The jury began deliberating on [Oct. 2|2024-10-02] and returned its verdict [two days later|2024-10-04]. The judge will pass sentence on [Dec. 12|2024-12-12]."),
        ("2025-09-22", "The central bank began raising rates in [April 2022|2022-04]. By [December|2022-12] it had lifted its main rate from 0.5% to 4%. It paused in [the first quarter of 2023|2023-01/2023-03] and resumed in [July|2023-07]. The bank has cut rates three times since [January|2025-01] and meets again on [Thursday|@next]."),
        ("2025-01-28", "The ferry left Piraeus on [Dec. 3|2024-12-03] and sank off Crete early [the next day|2024-12-04]. Rescuers searched for survivors until [Friday|2024-12-06]. An inquiry opened in [January|2025-01], and its report is due in [March|2025-03]."),
        ("2025-10-20", "Wildfires broke out near the coast on [July 22|2025-07-22]. Within [three days|P3D], the fires had burned 12,000 hectares. Firefighters contained the last blaze on [Aug. 9|2025-08-09], and residents returned [the following Monday|2025-08-11]. The regional government said on [Friday|@prev] that it had paid out €80 million in aid."),
        ("2025-05-03", "The merger was announced in [November 2023|2023-11]. Regulators opened an in-depth probe in [February|2024-02] and cleared the deal, with conditions, in [September|2024-09]. The companies completed it on [Jan. 2|2025-01-02]. In [the first quarter of the year|2025-01/2025-03], the combined group shed 1,100 jobs, it said on [Wednesday|@prev]."),
        ("2025-06-11", "The stadium hosted its first match in [2003|2003]. In [July|2003-07] the roof leaked during a concert, and it was repaired [the following spring|2004-03/2004-05]. The club sold the ground in [2019|2019]. Its new owners will demolish it in [September|2025-09]."),
        ("2024-11-07", "The refinery was built in [1976|1976]. A fire destroyed two units in [1989|1989]; in [December|1989-12] the owners decided to rebuild them. Output reached a peak in [the early 2000s|2000/2009]. The plant will close at [the end of next year|2025], the company said on [Monday|@prev]."),
    ],
    "ofyear": [
        ("2025-06-11", "The bank expects inflation to fall in [the second half of the year|2025-07/2025-12]."),
        ("2025-09-22", "The new terminal will open by [the end of the year|2025]."),
        ("2025-03-14", "Output fell in [the first two months of the year|2025-01/2025-02]."),
        ("2024-11-07", "Sales jumped in [the first nine months of the year|2024-01/2024-09]."),
        ("2025-01-28", "Growth slowed to 0.8% in [the final quarter of the year|2024-10/2024-12], the statistics office said on [Tuesday|@prev0]."),
        ("2025-06-11", "Most of the rain falls in the first months of the year."),
        ("2024-11-07", "Car sales typically peak in the first quarter of the year."),
        ("2025-01-28", "Ice usually covers the lake at the start of the year."),
        ("2025-10-20", "The cuts will take effect at [the start of next year|2026]."),
        ("2025-09-22", "The bank expects growth to slow in [the last quarter of the year|2025-10/2025-12]."),
        ("2025-05-03", "Shipments rose 9% in [the first four months of the year|2025-01/2025-04], the ministry said."),
        ("2025-03-14", "Hotels are usually full in the last week of the year."),
        ("2025-06-11", "The project is due to be finished by [the middle of the year|2025]."),
        ("2024-11-07", "Farmers plant maize in the first weeks of the year, when the rains come."),
        ("2025-10-20", "The company sold 1.2 million cars in [the first half of the year|2025-01/2025-06], it said on [Friday|@prev]."),
        ("2025-01-28", "Talks on the budget will start at [the beginning of next month|2025-02]."),
    ],
    "ahead": [
        ("2025-03-14", "Investors will watch central banks in [the week ahead|2025-W12]."),
        ("2025-06-11", "The talks are expected to resume in [the coming week|2025-W25]."),
        ("2025-09-22", "Forecasters warned of heavy rain in [the week ahead|2025-W39]."),
        ("2025-01-28", "The minister will travel to Brussels in [the coming month|2025-02]."),
        ("2025-06-11", "Officials said the days ahead would be difficult."),
        ("2025-03-14", "More storms are expected in the coming weeks."),
        ("2025-09-22", "The weeks ahead will test the coalition."),
        ("2025-01-28", "In the months ahead, prices could rise further."),
        ("2024-11-07", "The road ahead is long, the mayor said."),
        ("2024-11-07", "Traders expect thin volumes in [the coming week|2024-W46] because of the holiday."),
        ("2025-10-20", "Union leaders will meet in [the week ahead|2025-W43] to discuss the offer."),
        ("2025-05-03", "Markets will focus on jobs data in [the week ahead|2025-W19]."),
        ("2025-05-03", "The coming days will be crucial for the talks, the envoy said."),
    ],
    "daypart": [
        ("2025-03-14", "Police were called to the bar late on [Thursday|@prev] night."),
        ("2025-06-11", "The storm will reach the coast on [Friday|@next] morning."),
        ("2024-11-07", "Protesters gathered outside parliament on [Tuesday|@prev] evening."),
        ("2025-09-22", "A fire broke out at the warehouse on [Saturday|@prev] afternoon."),
        ("2025-01-28", "[Sunday|@prev] night's match was abandoned after 20 minutes."),
        ("2025-03-14", "Saturday Night Live returned with a new host."),
        ("2025-06-11", "The network paid $2 billion for the rights to Monday Night Football."),
        ("2024-11-07", "It was a typical Friday night in the city centre, a police officer said."),
        ("2025-09-22", "On a Saturday night, the square fills with street musicians."),
        ("2025-01-28", "The Friday-night curfew for teenagers will be scrapped."),
        ("2025-10-20", "Any Sunday afternoon, the park is crowded with families."),
        ("2025-03-14", "The bar's Friday night quiz draws a big crowd."),
        ("2025-06-11", "A Tuesday night in February is not the best time to launch a film."),
        ("2025-10-20", "Two men were arrested after a fight on [Saturday|@prev] night."),
        ("2025-05-03", "The president will address the nation on [Monday|@next] evening."),
        ("2024-11-07", "Results were announced early on [Wednesday|@prev] morning."),
        ("2025-09-22", "Friday Night Lights was filmed in Texas."),
        ("2025-01-28", "A Monday morning meeting is a fixture of the office week."),
    ],
    "wkrange": [
        ("2025-03-14", "The helpline is staffed Monday to Friday."),
        ("2025-06-11", "The library opens from Tuesday to Saturday."),
        ("2024-11-07", "Lessons run Monday through Thursday, with Fridays set aside for sport."),
        ("2025-09-22", "The border crossing is open Monday to Saturday, its operator said."),
        ("2025-01-28", "Visits are allowed Wednesday to Sunday between 10 a.m. and 4 p.m."),
        ("2025-03-14", "The strike ran from [Monday to Thursday|2025-03-10/2025-03-13]."),
        ("2025-06-11", "The summit runs from [Thursday to Saturday|2025-06-12/2025-06-14]."),
        ("2025-09-22", "The line will be closed from [Friday to Sunday|2025-09-26/2025-09-28] for repairs."),
        ("2024-11-07", "Voting took place from [Monday to Wednesday|2024-11-04/2024-11-06]."),
        ("2025-10-20", "The festival is held from [Thursday to Sunday|2025-10-23/2025-10-26] [this week|2025-W43]."),
        ("2025-05-03", "The market trades Tuesday to Saturday in the old town."),
        ("2025-01-28", "Staff worked from [Monday to Saturday|2025-01-20/2025-01-25] to clear the backlog."),
    ],
    "false": [
        ("2025-06-11", "Room 2024 was booked under a false name."),
        ("2024-11-07", "The index closed at 2031 points on [Wednesday|@prev]."),
        ("2025-09-22", "Bus 1905 runs between the station and the airport."),
        ("2025-01-28", "The bill passed by 2012 votes to 411."),
        ("2025-05-03", "The company has 2100 employees in Spain."),
        ("2025-06-11", "The ship carried 1850 passengers and 600 crew."),
        ("2025-09-22", "The hotel has 1200 rooms and a casino."),
        ("2025-10-20", "August Wilson's plays are being staged across the city."),
        ("2024-11-07", "Singer April Hale cancelled her tour in [October|2024-10]."),
        ("2025-09-22", "Workers are paid by the day."),
        ("2025-01-28", "Day three of the trial heard from the pathologist."),
        ("2024-11-07", "Fans camped out for days to get tickets."),
        ("2025-06-11", "The season opener drew 60,000 fans."),
        ("2025-03-14", "Police fined 2019 drivers during the crackdown in [February|2025-02]."),
        ("2025-10-20", "The day-to-day running of the port passed to a new firm on [Oct. 1|2025-10-01]."),
        ("2025-05-03", "Flight 1722 from Lisbon landed safely on [Friday|@prev]."),
        ("2025-01-28", "Former Prime Minister Theresa May spoke in the debate on [Monday|@prev]."),
        ("2025-03-14", "The court heard the case over two days in [January|2025-01]."),
        ("2025-09-22", "The report runs to 1600 pages."),
        ("2025-06-11", "The March on Rome centenary passed without ceremony in [2022|2022]."),
        ("2024-11-07", "It was a good day for the government, analysts said."),
        ("2025-10-20", "Players were put through their paces on day one of the camp."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 19, HERE, every=3)


if __name__ == "__main__":
    main()
