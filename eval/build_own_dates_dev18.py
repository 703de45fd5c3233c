"""Build eval/own-dates-dev18.jsonl and eval/own-dates-dev18-check.jsonl.

Eighteenth date dev set (issue 14, session 19): single sentences (a few of two) of 2024-2025
news in the families where held-out date cases and briefs now lose PRECISION and span edges
rather than values (counts given by the lead; no held-out text was read).
- ``habitual``: recurring mentions that ANNOTATION.md leaves untagged ("every Friday", "on
  Mondays", "Tuesdays and Thursdays", "each spring", "at weekends", "the first week of each
  month", "In June the agency publishes ...", "usually in March", "every other Monday"), and
  weekdays inside names of events and papers ("the Bloody Sunday inquiry"); some cases hold a
  true date beside the recurring one.
- ``rate``: rate and frequency words ("per month", "a year", "annual", "weekly", "monthly",
  "annually", "daily", "yearly") and "year-to-date", "year-over-year", "12-month" as modifiers
  of a rate, beside true dates.
- ``year``: four-digit numbers that are no year (counts "2,025 homes", "1999 units", "2000
  people", street numbers, flight, route, room and bus numbers, model names, an index level,
  a depth, a plan's name "Vision 2030") beside true years ("since 2019", "the 2024 harvest",
  "between 2010 and 2020").
- ``month``: month words that are no date (people named May, April, June, Jan, March; a band;
  a rocket's name; a firm named like a month; "the Marches"; a Title Case headline's verb) and
  true months beside them (a modal "may" before a month of the future).
- ``period``: two-word period expressions anchored on a date of the text ("That week", "the
  following month", "later that week", "that month", "the next day", "the following day",
  "the end of that week"), "the weekend" past and future, and vague plurals that are no date
  ("for weeks", "for decades", "in days", "need days").
- ``edge``: span edges: "the week of July 14" (with "the"), "early next year", "late 2023",
  "mid-2022", "the spring of 2021", "the start of the year", "the autumn" (with "the"), a
  preposition left out ("from", "in", "on", "since", "by", "between"), a count right after a
  date ("On 3 December, 120 people", "In 2023 4,500 homes"), ranges as one span ("from May 3
  to June 30", "from October through December", "between Aug. 10 and Aug. 14").
- ``durmod``: hyphenated durations as modifiers ("a two-year contract", "the 10-day mission",
  "a 100-day plan"), which ANNOTATION.md tags as durations, beside true dates.
A second batch of harder shapes (appended to each family: "every Monday and Wednesday",
"Monday to Friday", "every year in May", "in June each year", "Sunday mornings", "month-on-month",
standards, resolutions, hotlines and engine sizes, "Euro 2028", "MAY" in a headline in capitals,
"The Sun", "Mar del Plata", "of the season", "that evening", "the week of June 23", a count before
or after a date) was written and annotated after the first run on the first batch and before
briefx ran on it; a third batch ("Weekly markets return ... in October", "monthly, starting in
January", "below 2019 levels", "a 2,000-year-old temple", "the same month", "the day after") was
written and annotated after the code of the first mechanisms, before briefx ran on it. One miss of the annotator, "this year" in `habitual-008`, which ANNOTATION.md
tags, was added after the first run, in its own commit.
Every case was written by hand for briefx (none copied from any set; no test set was read) and
annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx
was run on it; weekdays and ISO weeks were worked out with Python ``datetime``.
Readings chosen here where those are silent:
- a vague plural of a unit ("for weeks", "for decades", "in days") is no date, as "many
  years" and "the coming weeks" are not (ANNOTATION.md's vague expressions);
- "that month" alone after a month the sentence names is that month, as "later that month" is;
- a month or weekday inside a person's, band's, firm's, rocket's or event's name is no date;
- a four-digit number in a plan's or product's name ("Vision 2030", "Model 2025") is no date
  (a date inside a name).

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays).
Every third case of a family (the 3rd, 6th, ...) goes to the ``-check`` file, scored only once,
at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev18.py`` (rewrites both files).
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
    "habitual": [
        ("2025-06-11", "The market is held every Friday in the old town square."),
        ("2025-06-11", "The museum is closed on Mondays and opens late on Thursdays."),
        ("2025-03-14", "Council meetings take place on Tuesdays and Thursdays, the mayor's office said."),
        ("2025-03-14", "The ferry runs only at weekends until [May|2025-05]."),
        ("2025-10-20", "Flocks of geese arrive on the lake each spring."),
        ("2025-10-20", "Pensions are paid in the first week of each month."),
        ("2025-04-30", "In June the agency publishes its annual report on road deaths."),
        ("2025-04-30", "The committee usually meets in March, but [this year|2025] it met on [April 8|2025-04-08]."),
        ("2025-09-06", "Shops in the town close early on Saturdays."),
        ("2025-09-06", "Rubbish is collected on Wednesdays; the service was suspended on [Wednesday|@prev] because of the strike."),
        ("2025-01-28", "Trains run every 15 minutes on weekdays and every half hour on Sundays."),
        ("2025-01-28", "Farmers' markets are held on the second Saturday of every month."),
        ("2024-11-07", "Every winter the city opens extra shelters for rough sleepers."),
        ("2024-11-07", "The lottery draw takes place on Wednesdays and Saturdays."),
        ("2024-11-07", "The board meets every other Monday; its next meeting is on [Nov. 18|2024-11-18]."),
        ("2025-08-22", "Each August, thousands of visitors flock to the festival."),
        ("2025-08-22", "Fishing is banned on Sundays during the summer months."),
        ("2025-08-22", "The clinic opens on weekday mornings and on alternate Saturdays."),
        ("2025-03-14", "Prices typically rise in December as shoppers stock up for the holidays."),
        ("2025-06-11", "The bank sets rates every six weeks; its next decision is due on [June 26|2025-06-26]."),
        ("2025-01-28", "The Bloody Sunday inquiry published its findings in [2010|2010]."),
        ("2025-06-11", "The pool is open every Monday and Wednesday from 7 a.m."),
        ("2025-06-11", "Flights to the island operate on Tuesday, Thursday and Saturday."),
        ("2025-03-14", "The office is open Monday to Friday, 9 a.m. to 5 p.m."),
        ("2025-03-14", "Customs posts close at midnight on Sundays and public holidays."),
        ("2025-10-20", "Parliament sits from Monday to Thursday when it is in session."),
        ("2025-10-20", "The newspaper's Saturday edition sells 80,000 copies."),
        ("2025-04-30", "Doctors hold clinics on the first Monday of the month."),
        ("2025-04-30", "Residents vote every four years, most recently in [2022|2022]."),
        ("2025-09-06", "Weekend trains will run hourly from [Sept. 13|2025-09-13]."),
        ("2025-09-06", "Since [2020|2020], the race has been held each September."),
        ("2025-01-28", "The fair takes place every year in May."),
        ("2025-01-28", "Winter storms usually hit the coast in January and February."),
        ("2024-11-07", "Parking is free on weekends and after 6 p.m. on weekdays."),
        ("2024-11-07", "The festival is held in June each year."),
        ("2025-08-22", "The bridge is closed to traffic on Sunday mornings."),
        ("2025-08-22", "Every summer since [2015|2015], the town has hosted a jazz festival."),
        ("2025-08-22", "Most shops are shut on Sunday afternoons and on public holidays."),
        ("2025-06-11", "Trains run every half hour on weekdays."),
        ("2025-10-20", "The fair is held on the last weekend of September every year."),
        ("2024-11-07", "Residents pay the levy monthly, starting in [January|2025-01]."),
        ("2025-01-28", "Each March, the bank publishes its annual report; [this year|2025] it will appear on [March 20|2025-03-20]."),
        ("2025-09-06", "Weekly markets return to the square in [October|2025-10]."),
        ("2025-04-30", "The office is open Monday to Friday and closed on public holidays."),
    ],
    "rate": [
        ("2025-06-11", "The scheme costs about €1.5 billion per month."),
        ("2025-06-11", "Subscribers pay $12 a month for the service."),
        ("2025-03-14", "The annual inflation rate fell to 2.4% in [February|2025-02]."),
        ("2025-03-14", "Weekly jobless claims rose by 7,000 to 223,000."),
        ("2025-10-20", "The company's year-to-date sales are up 9%."),
        ("2025-10-20", "The 12-month rate of inflation eased to 3.1%."),
        ("2025-04-30", "House prices rose 4.2% year-over-year in [March|2025-03]."),
        ("2025-04-30", "The plant produces 200,000 tonnes a year."),
        ("2025-09-06", "Monthly rents in the capital rose by 6%."),
        ("2025-09-06", "The tax raises about £4 billion annually."),
        ("2025-01-28", "Ridership grew 12% on a yearly basis in [December|2024-12]."),
        ("2025-01-28", "Wages rose at an annualised pace of 5% in [the fourth quarter of 2024|2024-10/2024-12]."),
        ("2024-11-07", "Drivers pay a daily charge of £15 to enter the zone."),
        ("2024-11-07", "The fund has returned an average of 7% a year since [2015|2015]."),
        ("2024-11-07", "Quarterly profit fell 12%, the bank said on [Thursday|@prev0]."),
        ("2025-08-22", "Visitors are limited to 500 per day during peak season."),
        ("2025-08-22", "The yearly cost of the programme is put at $3 billion."),
        ("2025-08-22", "The retailer reported its biggest weekly sales gain since [March|2025-03]."),
        ("2025-06-11", "Annual sales reached $2 billion in [2024|2024]."),
        ("2025-06-11", "The monthly payment of $150 will be paid from [July|2025-07]."),
        ("2025-03-14", "Prices rose 0.4% month-on-month and 2.8% year-on-year."),
        ("2025-03-14", "Hourly wages rose by 4.1% in [the year to February|2024-03/2025-02]."),
        ("2025-10-20", "The bank's quarterly dividend was raised to 45 cents."),
        ("2025-10-20", "Biweekly pay cheques were delayed by the outage."),
        ("2025-04-30", "The airline operates 40 flights a week to Europe."),
        ("2025-09-06", "Rents have risen faster than wages for [a decade|P10Y]."),
        ("2025-01-28", "The 12-month moving average of exports fell."),
        ("2024-11-07", "Fees will rise to £9,535 a year from [next September|2025-09]."),
    ],
    "year": [
        ("2025-06-11", "The developer will build 2,025 homes on the former airfield."),
        ("2025-06-11", "The factory turned out 1999 units [last month|2025-05]."),
        ("2025-03-14", "The fire broke out at a warehouse at 2150 Harbor Road."),
        ("2025-03-14", "Flight 1907 to Nairobi was diverted after a technical fault."),
        ("2025-10-20", "A Falcon 2000 business jet made an emergency landing at the airport."),
        ("2025-10-20", "Organisers said 2000 people took part in the march."),
        ("2024-11-07", "Food prices have doubled since [2019|2019]."),
        ("2024-11-07", "The [2024|2024] harvest was the smallest since [1998|1998]."),
        ("2024-11-07", "Route 1520 was closed in both directions after the crash."),
        ("2025-01-28", "The hearing was moved to Room 2012 of the courthouse."),
        ("2025-01-28", "The ship, built in [1987|1987], was carrying 1,200 containers."),
        ("2025-01-28", "About 1500 workers at the plant walked out."),
        ("2025-09-06", "The company sold 2400 tractors in [2024|2024]."),
        ("2025-09-06", "Saudi Arabia's Vision 2030 plan aims to cut its reliance on oil."),
        ("2025-09-06", "The bus, No. 1204, was stopped at a checkpoint near the border."),
        ("2025-04-30", "The ban on single-use plastics will take effect in [2027|2027]."),
        ("2025-04-30", "The quake struck at a depth of 1200 metres below the seabed."),
        ("2025-04-30", "The index fell 31 points to 2014 in thin trading."),
        ("2025-08-22", "The Model 2025 electric scooter went on sale in [June|2025-06]."),
        ("2025-08-22", "Between [2010 and 2020|2010/2020], emissions fell by a fifth."),
        ("2025-06-11", "The plant is certified under ISO 9001 and ISO 14001."),
        ("2025-06-11", "UN Security Council Resolution 2334 was adopted in [December 2016|2016-12]."),
        ("2025-03-14", "For help, call the hotline on 1800 555 0199."),
        ("2025-03-14", "Ticket sales for Euro 2028 open in [October|2025-10]."),
        ("2025-10-20", "A 1600cc engine powers the new model."),
        ("2025-10-20", "The African Union's Agenda 2063 sets out its long-term goals."),
        ("2024-11-07", "The furnace runs at 1500 degrees Celsius."),
        ("2025-01-28", "The ferry carried 1,986 passengers and 400 cars."),
        ("2025-09-06", "Firefighters battled the blaze at 1740 Ocean Avenue for hours."),
        ("2025-09-06", "The team's [2025|2025] season ended with a defeat on [Saturday|@prev]."),
        ("2025-04-30", "The company employs 2200 people at its Detroit plant."),
        ("2025-04-30", "Blade Runner 2049 was shown at the festival on [Sunday|@prev]."),
        ("2025-08-22", "Nearly 1900 households were left without power."),
        ("2025-08-22", "Unemployment hit its highest level since [1994|1994]."),
        ("2025-06-11", "Turnout fell below [2019|2019] levels."),
        ("2024-11-07", "The [2,000-year-old|P2000Y] temple reopened on [Monday|@prev]."),
        ("2025-01-28", "The 1,200-megawatt plant will open in [2027|2027]."),
        ("2025-09-06", "The school has 1987 pupils and 120 teachers."),
        ("2025-08-22", "Highway 2001 reopened to traffic on [Thursday|@prev]."),
        ("2025-08-22", "The firm's [2030|2030] target for net zero was dropped."),
    ],
    "month": [
        ("2025-06-11", "Former prime minister Theresa May said the bill was flawed."),
        ("2025-06-11", "Thousands joined the march on parliament on [Saturday|@prev]."),
        ("2025-03-14", "April Nakamura, the firm's finance chief, will step down in [June|2025-06]."),
        ("2025-03-14", "Troops March Into Border Town After Ceasefire Collapses"),
        ("2025-10-20", "Analyst June Park said the cut was widely expected."),
        ("2025-10-20", "Czech coach Jan Dvorak was sacked on [Friday|@prev]."),
        ("2024-11-07", "Opposition leader May Thwin called for a recount."),
        ("2024-11-07", "The regulator said prices may rise in [March|2025-03]."),
        ("2025-01-28", "A Long March rocket lifted off on [Jan. 20|2025-01-20] carrying three satellites."),
        ("2025-01-28", "Tickets for April Wine's farewell tour sold out in minutes."),
        ("2025-09-06", "Residents were told they may return home on [Sunday|@next]."),
        ("2025-09-06", "Shares in March Networks rose 4% after the results."),
        ("2025-04-30", "The Marches region on Italy's Adriatic coast was hit by floods."),
        ("2025-04-30", "A former aide to Theresa May joined the board in [January|2025-01]."),
        ("2025-08-22", "Striker Ben March scored twice as the club won 3-1 on [Saturday|@prev]."),
        ("2025-08-22", "The central bank may cut rates again in [September|2025-09]."),
        ("2025-10-20", "Campaigning for the [May 2026|2026-05] local elections has begun."),
        ("2024-11-07", "Police broke up a march by farmers in [October|2024-10]."),
        ("2025-06-11", "STOCKS MAY FALL AS TARIFF DEADLINE NEARS"),
        ("2025-06-11", "Former Queen guitarist Brian May played at the concert."),
        ("2025-03-14", "The Sun reported that the minister would resign."),
        ("2025-03-14", "The couple will wed in the cathedral in [July|2025-07]."),
        ("2025-10-20", "Heavy rain hit Mar del Plata and the Argentine coast."),
        ("2025-10-20", "South Korean striker Lee Jun scored the winner."),
        ("2024-11-07", "Coach Mark August said the team had been unlucky."),
        ("2024-11-07", "Protesters will march on the parliament on [Saturday|@next]."),
        ("2025-01-28", "He sat on the board of the bank until [2019|2019]."),
        ("2025-01-28", "Doctors say the virus may spread further in [February|2025-02]."),
        ("2025-09-06", "Singer June Tabor cancelled her autumn tour."),
        ("2025-09-06", "The rally, dubbed the March of the Millions, drew 100,000 people on [Sunday|@prev]."),
        ("2025-06-11", "The Sunday Times first reported the deal."),
        ("2025-03-14", "Prime Minister Theresa May's government fell in [2019|2019]."),
    ],
    "period": [
        ("2025-06-11", "The storm hit the coast on [June 2|2025-06-02]. [That week|2025-W23], schools stayed closed."),
        ("2025-06-11", "Thousands of fans travelled to the capital for [the weekend|2025-06-07/2025-06-08]."),
        ("2025-03-14", "Prices have been rising for weeks, traders said."),
        ("2025-03-14", "The border dispute has simmered for decades."),
        ("2025-10-20", "The contract was signed in [August|2025-08], and work began [the following month|2025-09]."),
        ("2025-10-20", "Crews will need days to clear the debris from the line."),
        ("2024-11-07", "The fair closed on [Oct. 20|2024-10-20]; [the following week|2024-W43], the organisers reported record sales."),
        ("2024-11-07", "The two parties have been in talks for months."),
        ("2025-01-28", "Inspectors visited the plant on [Jan. 14|2025-01-14] and returned [later that week|2025-W03]."),
        ("2025-01-28", "Shops stayed open over [the weekend|2025-01-25/2025-01-26] despite the snow."),
        ("2025-09-06", "The river burst its banks on [Aug. 28|2025-08-28], and [the next day|2025-08-29] the town was evacuated."),
        ("2025-09-06", "Talks will continue for weeks, diplomats said."),
        ("2025-04-30", "Work on the bridge began in [March|2025-03]; [that month|2025-03] the first pylons were raised."),
        ("2025-04-30", "The visit will be over in days, officials said."),
        ("2025-08-22", "The final will be played at [the weekend|2025-08-23/2025-08-24]."),
        ("2025-08-22", "The mine operated for decades before it closed in [2009|2009]."),
        ("2025-08-22", "The fire started on [Aug. 3|2025-08-03]; by [the end of that week|2025-W31] it had burned 10,000 hectares."),
        ("2024-11-07", "The bill was tabled on [Nov. 4|2024-11-04] and debated [the following day|2024-11-05]."),
        ("2025-06-11", "He scored his 20th goal of the season on [Saturday|@prev]."),
        ("2025-06-11", "The day began with a minute's silence."),
        ("2025-03-14", "Markets were calm for most of the day."),
        ("2025-03-14", "The ship sank on [March 2|2025-03-02]; divers reached the wreck [two days later|2025-03-04]."),
        ("2025-10-20", "The strike began on [Oct. 6|2025-10-06] and ended [that weekend|2025-10-11/2025-10-12]."),
        ("2024-11-07", "It could take years to rebuild the port."),
        ("2024-11-07", "The storm hit on [Oct. 9|2024-10-09], and power was restored that evening."),
        ("2025-01-28", "On the day of the vote, turnout was high."),
        ("2025-09-06", "The bank cut rates in [July|2025-07] and again [the following month|2025-08]."),
        ("2025-09-06", "Inflation has eased in recent months."),
        ("2025-04-30", "The summit ends on [Friday|@next], and leaders fly home [the next day|2025-05-03]."),
        ("2025-06-11", "The mine flooded on [May 28|2025-05-28]. [The next week|2025-W23], rescuers reached the trapped workers."),
        ("2025-10-20", "The deal was agreed in [July|2025-07] and signed [the same month|2025-07]."),
        ("2024-11-07", "The ceasefire began on [Oct. 1|2024-10-01] and collapsed within [a week|P1W]."),
        ("2025-09-06", "The festival runs for [10 days|P10D] from [Sept. 19|2025-09-19]."),
    ],
    "edge": [
        ("2025-06-11", "Hearings are set for [the week of July 14|2025-W29]."),
        ("2025-06-11", "The exhibition runs from [May 3 to June 30|2025-05-03/2025-06-30]."),
        ("2025-03-14", "The plant will reopen [early next year|2026]."),
        ("2025-03-14", "Output fell in [the first half of 2024|2024-01/2024-06]."),
        ("2025-10-20", "Sales of the model peaked in [late 2023|2023]."),
        ("2024-11-07", "The rules were introduced in [the spring of 2021|2021-03/2021-05]."),
        ("2024-11-07", "On [3 December|2024-12-03], 120 new officers will be sworn in."),
        ("2025-01-28", "In [2023|2023] 4,500 homes were built in the region."),
        ("2025-01-28", "Since [mid-2022|2022], prices have doubled."),
        ("2025-09-06", "The scheme ran from [2015 to 2019|2015/2019]."),
        ("2025-09-06", "Output will be cut from [October through December|2025-10/2025-12]."),
        ("2025-04-30", "The company expects a decision by [the end of the year|2025]."),
        ("2025-04-30", "Elections are due in [the autumn|2025-09/2025-11]."),
        ("2025-08-22", "Flights were cancelled between [Aug. 10 and Aug. 14|2025-08-10/2025-08-14]."),
        ("2025-08-22", "About 300 people died in the [2010|2010] floods."),
        ("2025-06-11", "The tax was raised from [April 6|2025-04-06]."),
        ("2025-10-20", "Shares have risen 40% since [the start of the year|2025]."),
        ("2024-11-07", "The mission launched in [the week of Oct. 14|2024-W42]."),
        ("2025-06-11", "The vote was postponed to [the week of June 23|2025-W26]."),
        ("2025-06-11", "Prices will keep rising until [early next year|2026]."),
        ("2025-03-14", "Rescuers were still searching after [Tuesday|@prev]'s blast."),
        ("2025-03-14", "The deal was signed in [the last week of February|2025-W09]."),
        ("2025-10-20", "Chapter 11 filings rose in [September|2025-09]."),
        ("2025-10-20", "Voters approved the plan by 2 to 1 on [Sunday|@prev]."),
        ("2024-11-07", "The court will rule in [early December|2024-12]."),
        ("2024-11-07", "Exports rose 5% in [the three months to September|2024-07/2024-09]."),
        ("2025-01-28", "A total of 14 people died on [Jan. 3|2025-01-03] and 9 on [Jan. 5|2025-01-05]."),
        ("2025-01-28", "The airport handled 31 million passengers in [2024|2024], up from 28 million in [2023|2023]."),
        ("2025-09-06", "Work will run from [late September to mid-November|2025-09/2025-11]."),
        ("2025-09-06", "Trading resumes on [Monday, Sept. 8|2025-09-08]."),
        ("2025-04-30", "The ceasefire has held since [the start of April|2025-04]."),
        ("2025-04-30", "Between [2021 and 2023|2021/2023] 1,200 firms closed."),
        ("2025-06-11", "After [Tuesday|@prev]'s vote, the bill goes to the upper house."),
        ("2025-03-14", "The talks, which began on [Feb. 10|2025-02-10], ended on [Feb. 14|2025-02-14]."),
        ("2025-10-20", "Prices rose 3% in [the year to September|2024-10/2025-09]."),
        ("2024-11-07", "Between [January and March|2024-01/2024-03], exports fell 4%."),
        ("2025-01-28", "The index rose from [2015 through 2020|2015/2020]."),
        ("2025-09-06", "Some 4,000 people were evacuated on [Sept. 2|2025-09-02] and 3,000 [the day after|2025-09-03]."),
        ("2025-04-30", "Of the 12 deaths, 7 occurred in [March|2025-03]."),
        ("2025-08-22", "Registration runs until [the end of August|2025-08]."),
        ("2025-08-22", "Profits doubled from [a year ago|2024]."),
    ],
    "durmod": [
        ("2025-06-11", "The striker signed a [two-year|P2Y] contract with the club."),
        ("2025-06-11", "The [10-day|P10D] mission will launch in [September|2025-09]."),
        ("2025-03-14", "A [three-day|P3D] strike closed the ports."),
        ("2025-03-14", "The government announced a [five-year|P5Y] plan to cut emissions."),
        ("2025-10-20", "The [six-month|P6M] inquiry found no wrongdoing."),
        ("2025-10-20", "The [18-month|P18M] project was completed on time."),
        ("2024-11-07", "A [two-week|P2W] ceasefire began on [Monday|@prev]."),
        ("2024-11-07", "The [five-week|P5W] trial ended with a guilty verdict."),
        ("2025-01-28", "The [three-year|P3Y] deal is worth $40 million."),
        ("2025-01-28", "After a [two-month|P2M] delay, the rocket launched on [Jan. 16|2025-01-16]."),
        ("2025-09-06", "The [100-day|P100D] plan includes tax cuts."),
        ("2025-09-06", "The government's [10-year|P10Y] health plan was published on [Thursday|@prev]."),
        ("2025-04-30", "The [two-day|P2D] summit opens on [May 12|2025-05-12]."),
        ("2025-04-30", "He served a [three-year|P3Y] term as mayor."),
        ("2025-08-22", "The [25-year|P25Y] lease was signed in [2010|2010]."),
        ("2025-08-22", "Negotiators agreed a [90-day|P90D] pause in tariffs."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 18, HERE, every=3)


if __name__ == "__main__":
    main()
