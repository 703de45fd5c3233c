"""Build eval/own-dates-dev20.jsonl and eval/own-dates-dev20-check.jsonl.

Twentieth date dev set (issue 14, session 21): the families the lead's held-out counts name
(counts only; no held-out text was read): spurious dates in cases with no date (a lone weekday
with a period word or in a habitual or generic sense, a period word alone, digits read as a year,
two words with a period word read as a year) and missed two-word period expressions.
- ``habit``: habitual and generic weekdays and times ("on Sundays", "every Friday night",
  "Monday mornings are the busiest", "open Monday to Saturday", "Saturday is market day") against
  dated ones in the same shapes ("was closed on Monday", "Monday's storm", "on Friday afternoon").
- ``period``: two-word period expressions ("that week", "the weekend", "this spring", "last
  summer", "the day before", "that month", "the year before") read from the reference date or
  from the date the sentence names, and period words alone or in a name that are no date
  ("Weekend trains", "the season's top scorer", "back in the day").
- ``digits``: numbers that are no year (counts, prices, codes after a designation noun,
  "Resolution 1996", "the 2030 Agenda", "Agenda 2063", "Year 11 pupils", "Day 100") against real
  years beside them.
- ``snip``: two-sentence snippets, a look-alike beside a real date.
- ``para``: six short news paragraphs with all of the above.
Every case was written by hand for briefx (none copied from any set; no test set was read) and
annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx
was run on it; weekdays, weekends and ISO weeks were worked out with Python ``datetime``.
Readings chosen here where those are silent:
- "the weekend" (span with "the") in a past clause is the last Saturday-Sunday before the
  reference date, in a future clause the next one; on a Saturday "this weekend" is that day and
  the next;
- "that week", "that month", "that year", "that day", "that summer" after a date the sentence or
  the one before names is that date's week, month, year, day or season;
- "the day before", "the day after", "the year before", "the week before" after a date the
  sentence or the one before names are counted from it;
- a weekday with a period word or a plural weekday in the habitual or generic present, "Saturday
  is market day", "Weekend trains", "on weekdays", "at the weekend" in a generic present: no date;
  "A Saturday night shooting left two dead" (a past event) dates its weekday;
- a four-digit number after a designation noun ("Resolution 1996", "Room 2011"), before a counted
  noun in the plural, or in a plan's name ("the 2030 Agenda", "Agenda 2063") is no year; "Year
  11" of a school and "Day 100" of a war are no date.

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays, ``@week``).
Every third case of a family (the 3rd, 6th, ...) goes to the ``-check`` file, scored only once,
at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev20.py`` (rewrites both files).
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
    "habit": [
        ("2025-03-14", "The museum is closed on Mondays."),
        ("2025-06-11", "Every Friday night the square fills with food stalls."),
        ("2024-11-07", "Monday mornings are the busiest time at the clinic."),
        ("2025-09-22", "The shop is open Monday to Saturday, 9 a.m. to 6 p.m."),
        ("2025-01-28", "Traffic on the ring road is heaviest on Friday afternoons."),
        ("2025-10-20", "On Sundays, the high street becomes a flea market."),
        ("2025-05-03", "The council's newsletter goes out every Tuesday."),
        ("2025-03-14", "Most weddings at the castle take place on a Saturday."),
        ("2025-06-11", "Bins are collected each Thursday morning."),
        ("2024-11-07", "Sunday is the only day the mill stands idle."),
        ("2025-09-22", "Parents say Monday is the hardest day of the school week."),
        ("2025-01-28", "Tuesday evenings are reserved for choir practice."),
        ("2025-10-20", "Saturday is market day in the old town."),
        ("2025-05-03", "The gym opens at 6 a.m. on weekdays and at 8 a.m. at weekends."),
        ("2025-03-14", "Fans pack the pub before every Saturday home game."),
        ("2025-06-11", "The ferry does not sail on Sundays in winter."),
        ("2024-11-07", "Friday nights in the city centre keep the police busy."),
        ("2025-09-22", "The library stays open late on Wednesday evenings during term."),
        ("2025-01-28", "The museum was closed on [Monday|@prev] after a burst pipe flooded its basement."),
        ("2025-10-20", "The flea market will open on [Sunday|@next] for the first time since the floods."),
        ("2025-05-03", "Traffic was heavy on [Friday|@prev] afternoon as holidaymakers left the city."),
        ("2025-03-14", "The council's newsletter went out on [Tuesday|@prev] with a warning about scams."),
        ("2025-06-11", "The clinic will stay open late on [Thursday|@next] evening."),
        ("2024-11-07", "[Monday|@prev]'s storm left 40,000 homes without power."),
        ("2025-09-22", "A [Saturday|@prev] night shooting left two men dead in the north of the city."),
        ("2025-01-28", "[Sunday|@next]'s vote will be the first since the coup."),
        ("2025-10-20", "Bins were not collected on [Thursday|@prev] because of the strike."),
        ("2025-05-03", "Choir practice was cancelled on [Tuesday|@prev] evening."),
        ("2025-03-14", "Every Sunday the mayor walks to work, but on [Sunday|@next] she will drive to the summit."),
        ("2025-06-11", "The shop, which is usually open Monday to Saturday, closed on [Monday|@prev] for a stocktake."),
        ("2025-10-20", "Sunday lunch at the inn costs £25."),
        ("2025-05-03", "Strikes are planned for [Monday|@next] and every Monday after that until the dispute ends."),
    ],
    "period": [
        ("2025-09-22", "Storms battered the coast over [the weekend|2025-09-20/2025-09-21]."),
        ("2025-06-11", "The talks will continue over [the weekend|2025-06-14/2025-06-15]."),
        ("2025-03-14", "More rain is forecast for [this weekend|2025-03-15/2025-03-16]."),
        ("2024-11-07", "Three climbers died on the mountain [last weekend|2024-11-02/2024-11-03]."),
        ("2025-10-20", "Rail workers struck on [Oct. 7|2025-10-07], and bus drivers walked out [that week|2025-W41] too."),
        ("2025-03-14", "The ski resort expects record crowds [this spring|2025-03/2025-05]."),
        ("2025-06-11", "Water restrictions may be needed [this summer|2025-06/2025-08], the utility warned."),
        ("2025-01-28", "The heatwave [last summer|2024-06/2024-08] killed hundreds of cattle."),
        ("2024-11-07", "The new line will open [next spring|2025-03/2025-05]."),
        ("2025-09-22", "The minister will publish the plan [this autumn|2025-09/2025-11]."),
        ("2025-05-03", "Police arrested the suspect on [May 1|2025-05-01]; his brother had been detained [the day before|2025-04-30]."),
        ("2025-10-20", "The results came out on [Sept. 4|2025-09-04], and the chairman resigned [the day after|2025-09-05]."),
        ("2025-06-11", "The plant closed in [April 2023|2023-04], and 300 workers lost their jobs [that month|2023-04]."),
        ("2025-03-14", "The club was relegated in [2019|2019] and sacked two managers [that year|2019]."),
        ("2025-09-22", "The ferry sank on [Aug. 2|2025-08-02]; 14 people died [that day|2025-08-02]."),
        ("2025-01-28", "The dam was finished in [March 2022|2022-03], and [that spring|2022-03/2022-05] the valley flooded."),
        ("2024-11-07", "The company listed its shares in [2021|2021]; [the year before|2020], it had nearly collapsed."),
        ("2025-10-20", "The storm hit on [Oct. 3, 2023|2023-10-03]. [The week before|2023-W39], forecasters had warned of it."),
        ("2025-06-11", "Profits rose 8% [last quarter|2025-01/2025-03]."),
        ("2025-01-28", "The bank made more loans [last month|2024-12] than in any month since [2019|2019]."),
        ("2025-05-03", "Most fans travel home at the weekend after the final."),
        ("2025-03-14", "Weekend trains run less often than weekday ones."),
        ("2025-06-11", "She was the season's top scorer."),
        ("2024-11-07", "Back in the day, the docks employed thousands."),
        ("2025-09-22", "The harvest season is short in the north."),
        ("2025-01-28", "The week-to-week swings in demand make planning hard."),
        ("2025-10-20", "The fund pays out at the end of each quarter."),
        ("2025-05-03", "Pupils spend the day before an exam revising."),
        ("2025-03-14", "A summer job can pay for college."),
        ("2024-11-07", "Night and day, the cranes keep working."),
        ("2025-06-11", "Ministers met on [Monday|@prev] and again [the next day|2025-06-10]."),
        ("2025-09-22", "The airport was busier [this summer|2025-06/2025-08] than [last summer|2024-06/2024-08]."),
        ("2025-01-28", "Snow closed schools [this week|@week], and more is forecast for [the weekend|2025-02-01/2025-02-02]."),
        ("2025-10-20", "The bridge reopened on [Oct. 2|2025-10-02] and carried 8,000 cars [that weekend|2025-10-04/2025-10-05]."),
        ("2024-11-07", "Christmas markets open in late November every year."),
    ],
    "digits": [
        ("2025-03-14", "The new estate will add 2040 homes to the town."),
        ("2025-06-11", "The 2030 Agenda commits countries to ending hunger."),
        ("2024-11-07", "Agenda 2063 is the African Union's development blueprint."),
        ("2025-09-22", "The jacket sells for 1999 rupees online."),
        ("2025-01-28", "Police seized 1960 cartons of cigarettes at the port."),
        ("2025-10-20", "Rescuers evacuated 1950 residents from the valley."),
        ("2025-05-03", "The council adopted Resolution 1996 on water rights."),
        ("2025-03-14", "Guests in Room 2011 complained about the noise."),
        ("2025-06-11", "Year 11 pupils sat their mock exams in the sports hall."),
        ("2024-11-07", "Day 100 of the siege passed without a ceasefire."),
        ("2025-09-22", "The marathon had 2015 finishers."),
        ("2025-01-28", "The shares closed at 1987 pence."),
        ("2025-10-20", "Platform 2012 at the new hub is the longest in the country."),
        ("2025-05-03", "The charity served 1980 meals at the shelter."),
        ("2025-03-14", "The plant will employ 2100 people by [2030|2030]."),
        ("2025-06-11", "In [2023|2023], 1975 asylum claims were lodged in the region."),
        ("2024-11-07", "By [2050|2050], the city wants 1990 electric buses on its roads."),
        ("2025-09-22", "The 2030 Agenda was adopted in [September 2015|2015-09]."),
        ("2025-01-28", "Year 11 pupils will sit their exams in [May|2025-05]."),
        ("2025-10-20", "The council approved 2040 new homes on [Oct. 14|2025-10-14]."),
        ("2025-05-03", "The strike of [1984|1984] closed 2010 pits, union records show."),
        ("2025-03-14", "Police seized 1960 cartons of cigarettes on [Tuesday|@prev]."),
        ("2025-06-11", "The fair sold 2019 tickets on its first day, up from 1800 in [2019|2019]."),
        ("2024-11-07", "Agenda 2063 was adopted by African leaders in [2015|2015]."),
        ("2025-09-22", "Tickets cost 2000 yen for adults, as they did in [2005|2005]."),
        ("2025-01-28", "Under Resolution 2011, adopted in [March 2024|2024-03], the body meets twice a year."),
        ("2025-10-20", "The team finished with 1998 points, its best total since [1998|1998]."),
        ("2025-05-03", "Flights resumed on Day 12 of the strike, on [April 27|2025-04-27]."),
        ("2025-03-14", "The museum holds 1850 paintings from [the 1850s|1850/1859]."),
        ("2025-06-11", "Guests in Room 2011 were moved on [June 9|2025-06-09]."),
        ("2025-09-22", "The 1500 staff at the depot were told on [Friday|@prev] that it would close."),
        ("2025-03-14", "Article 2021 of the civil code sets the rule."),
    ],
    "snip": [
        ("2025-03-14", "The ferry sails every Sunday in summer. It was cancelled on [Sunday|@prev] because of fog."),
        ("2025-06-11", "The market trades on Saturdays. On [Saturday|@prev] police closed it after a fight."),
        ("2024-11-07", "Weekend visitors pay extra. The fee rose on [Nov. 1|2024-11-01]."),
        ("2025-09-22", "The plant has 2020 workers. It opened in [2020|2020]."),
        ("2025-01-28", "Agenda 2063 sets the goals. The summit in [February|2025-02] will review them."),
        ("2025-10-20", "Room 2024 was empty. The guest had checked out on [Oct. 18|2025-10-18]."),
        ("2025-05-03", "The clinic opens on weekdays only. It was closed on [Friday|@prev] for a holiday."),
        ("2025-09-22", "Monday is bin day. [This week|2025-W39] the bins will be collected on [Tuesday|2025-09-23] instead."),
        ("2025-06-11", "The café is busiest on Sunday mornings. It shut [last weekend|2025-06-07/2025-06-08] for repairs."),
        ("2024-11-07", "Floods closed the road on [Oct. 28|2024-10-28]. It reopened [that week|2024-W44]."),
        ("2025-09-22", "The talks broke down on [Sept. 12|2025-09-12]. [The day before|2025-09-11], both sides had sounded hopeful."),
        ("2025-01-28", "Sunday trading laws are strict. Shops defied them on [Sunday|@prev]."),
        ("2025-10-20", "The firm sold 1995 cars in [September|2025-09], up from 1700 in [August|2025-08]."),
        ("2025-05-03", "Friday prayers draw large crowds. Police will close the road on [Friday|@next]."),
        ("2025-03-14", "The pass is shut every winter. It reopened early [this spring|2025-03/2025-05]."),
        ("2025-06-11", "Ticket 1982 won the raffle. The draw was held on [June 6|2025-06-06]."),
        ("2024-11-07", "The school takes Year 7 pupils from the village. Its new hall opened on [Monday|@prev]."),
        ("2025-09-22", "Nurses work 12-hour shifts on weekends. They struck over [the weekend|2025-09-20/2025-09-21]."),
        ("2025-06-11", "The night bus runs on Fridays and Saturdays. From [July 1|2025-07-01] it will also run on Thursdays."),
        ("2024-11-07", "Agenda 2063 has many critics. [Last year|2023], only 12 countries met its targets."),
    ],
    "para": [
        ("2025-09-22", "The town's farmers' market is held every Saturday morning on the green. On [Saturday|@prev], "
         "for the first time in its [20-year|P20Y] history, it was cancelled: storms battered the coast over [the weekend|2025-09-20/2025-09-21], "
         "and the council closed the green. Traders say Saturdays bring in half their weekly income. The market will return "
         "on [Sept. 27|2025-09-27], the council said."),
        ("2025-03-14", "The ski resort opened in [December|2024-12] and expects record crowds [this spring|2025-03/2025-05]. "
         "It sold 1985 season passes in advance, up from 1400 in [2023|2023]. Lifts run from 8 a.m. on weekdays "
         "and from 7 a.m. at weekends. A new chairlift will open on [Saturday|@next]."),
        ("2025-06-11", "The 2030 Agenda was the theme of the summit, which opened in Nairobi on [Monday|@prev]. Delegates from "
         "Agenda 2063's member states met [the day before|2025-06-08] to agree a joint text. Talks will continue over "
         "[the weekend|2025-06-14/2025-06-15], and a final declaration is expected on [June 16|2025-06-16]."),
        ("2024-11-07", "The clinic is open Monday to Friday and sees about 1960 patients a month. Monday mornings are the busiest "
         "time. On [Tuesday|@prev], it closed for the day after a power cut, and [last weekend|2024-11-02/2024-11-03] vandals broke "
         "two windows. The health board said [this week|2024-W45] that it would pay for repairs."),
        ("2025-01-28", "The airline carried 2018 passengers a day on the route in [2018|2018]. It cut flights in "
         "[March 2020|2020-03], and [that summer|2020-06/2020-08] it grounded most of its fleet. Flights will resume on "
         "[Feb. 3|2025-02-03]. Every Friday night, the airline will add an extra service for weekend travellers."),
        ("2025-10-20", "Ministers met on [Oct. 14|2025-10-14] to discuss the budget. [The day after|2025-10-15], the finance minister "
         "resigned, and a new one was named [that week|2025-W42]. Parliament sits Monday to Thursday; it will vote on the "
         "budget on [Thursday|@next]. Under Resolution 1998 of the assembly, the vote must be public."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 20, HERE, every=3)


if __name__ == "__main__":
    main()
