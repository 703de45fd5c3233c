"""Build eval/own-dates-dev12.jsonl and eval/own-dates-dev12-check.jsonl.

Twelfth date dev set (issue 14, session 11): the date families of news kinds the held-out sets
of sessions 8-10 brought in (notices, transcripts, sport, budgets of other countries, history),
as short news sentences and short briefs.
- ``field``: dates in labelled fields and notices ("Deadline: 14 March", "Closing date:
  3/4/2025" in a British notice, "Contract period: 2025-2031", "Published: ...", "Duration: 36
  months"); a reference number with a year ("Reference: NT 2025/014") is no date.
- ``dateline``: wire datelines ("MANILA, Nov 17 (Reuters) -"), date lines over a story, and
  press-conference transcripts with speaker labels whose weekdays and months follow the tense of
  their clause.
- ``sport``: seasons ("the 2024-25 season", "the 2025 season"), race weekends ("next weekend"),
  possessive weekdays ("Sunday's race"), a year before an event's name ("the 2019 French Open");
  numbered rounds, games and scores are no dates.
- ``fiscal``: fiscal and budget years of other countries ("fiscal 2026" in Japan, "FY26" and
  "FY2025/26" in India, "the year to March 2026", "the year to June" in Australia, "2024/25" in
  Britain, a Kenyan "2025/26 financial year"), their quarters, U.S. federal years.
- ``era``: decades and centuries ("the 1990s", "the late 19th century", "the '80s").
- ``relative``: "this time last year", "N weeks after" an event whose date the text states,
  "the Tuesday after next", anniversaries (the day they fall on is a date; "the 80th
  anniversary" itself is not).
- ``coord``: coordinated days ("Jan. 2 and 3", "3, 4 and 5 June") as one span, coordinated
  weekdays as two.
- ``modifier``: years as modifiers ("a 2023 law", "2019 levels", "the 2024 election").
- ``brief``: short briefs (a contract award notice, a race report with standings, a Japanese
  budget, a launch press conference, a typhoon, an election) mixing the families above.
- ``negative``: model numbers, scores, vote tallies, times of day, "24/7", page and section
  numbers, numbered rounds, ordinal day counts, fractions.
Every case was written by hand for briefx (none is copied from any set; no test set was read)
and annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before
briefx was run on it; weekdays and ISO weeks were worked out with Python ``datetime``.
Readings chosen here where those are silent:
- a slashed date in a text that writes its other dates day first, or names a country that
  does ("Transport for London", "€"), reads day first: "3/4/2025" -> "2025-04-03";
- "this time last year" (and "the same time last year") is the year before, as "last year";
- "the Nth century" is its hundred years as "the 1800s" is (the 19th century -> "1800/1899"),
  "late"/"early" inside the span keep the century's value as they keep a decade's;
- a year before the name of an event, a law's description or a noun ("a 2023 law", "2019
  levels", "the 2019 French Open") is a date of its own (the event's name takes no year);
- "N weeks after the <event>" dated earlier in the text is one span resolved to the day, as
  "the day after the explosion" (dev set 6); "N weeks later" keeps the week (dev set 11);
- "next weekend" said on a Monday is the coming Saturday and Sunday;
- "Round 22", "Game 4", "Stage 3" and a vote "6-3" are no dates.
After the first run two marks were corrected in their own commit: "this summer" in a dateline
case, which the annotator had missed, and "The 2025 season", marked "2025" alone, now whole as
the third set's reading of "the 2023-24 season" has it ("the ... season" inside the span).

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays,
``@week`` ISO weeks). Every fourth case of a family (the 4th, 8th, ...) goes to the ``-check``
file, scored only at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev12.py`` (rewrites both files).
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
    "field": [
        ("2025-02-20", "Call for tenders: resurfacing of the ring road\nDeadline for tenders: [14 March|2025-03-14]\nContact: procurement office"),
        ("2025-03-10", "Contracting authority: Transport for London\nClosing date: [3/4/2025|2025-04-03]\nLots: 2"),
        ("2025-05-06", "Award notice\nContract period: [2025-2031|2025/2031]\nValue: €48 million"),
        ("2025-05-12", "Published: [12 May 2025|2025-05-12]\nCategory: Energy"),
        ("2025-03-05", "Date of award: [28/02/2025|2025-02-28]\nWinning bidder: Nordbahn GmbH"),
        ("2025-06-02", "Duration: [36 months|P36M]\nRenewal: none"),
        ("2025-04-01", "Start date: [1 July 2025|2025-07-01]\nEnd date: [30 June 2028|2028-06-30]"),
        ("2025-01-15", "Reference: NT 2025/014\nTenders received: 3"),
        ("2025-03-05", "Last updated: [Tuesday 4 March 2025|2025-03-04]\nStatus: open"),
        ("2025-03-10", "Submission deadline: 12:00 on [Friday 28 March|2025-03-28]"),
        ("2025-09-15", "Valid until: [31.12.2025|2025-12-31]\nPrice: on request"),
        ("2025-02-03", "Procedure: open\nExpected start of works: [Q3 2025|2025-07/2025-09]"),
        ("2025-04-22", "Period of validity of tenders: [90 days|P90D] from the closing date"),
        ("2025-03-01", "Agency: U.S. Army Corps of Engineers\nResponse date: [3/14/2025|2025-03-14]"),
        ("2025-06-20", "Notice period: [three months|P3M]\nEffective from: [1 August|2025-08-01]"),
        ("2025-01-28", "Lot 3: signalling works\nDeadline for questions: [10 February|2025-02-10]"),
    ],
    "dateline": [
        ("2025-11-17", "MANILA, [Nov 17|2025-11-17] (Reuters) - The typhoon made landfall on [Sunday|@prev] night, killing at least eight people."),
        ("2025-01-02", "TOKYO, [Jan 2|2025-01-02] (Reuters) - Japanese shares have risen 4% since [Dec. 27|2024-12-27]."),
        ("2025-12-30", "SEOUL, [Dec 30|2025-12-30] (Reuters) - The Bank of Korea will next meet on [Jan. 15|2026-01-15]."),
        ("2025-06-04", "LONDON, [4 June|2025-06-04] (PA) - Rail fares will rise in [March|2026-03], the industry body said."),
        ("2025-03-21", "NAIROBI, Kenya, [March 21|2025-03-21] (AP) — Heavy rains that began on [Tuesday|@prev] have displaced 9,000 people."),
        ("2025-08-11", "GENEVA, [11 August 2025|2025-08-11] — The agency said the outbreak peaked in [July|2025-07]."),
        ("2025-02-05", "By Ana Ruiz\n[February 5, 2025|2025-02-05]\nMADRID — The airline said it would add 14 routes [this summer|2025-06/2025-08]."),
        ("2025-10-09", "SYDNEY, [Oct 9|2025-10-09] (AAP) - The Reserve Bank held rates on [Thursday|@prev0] and signalled a cut in [November|2025-11]."),
        ("2025-04-15", "Transcript of press conference, [15 April 2025|2025-04-15]\nMR OKAFOR: We launched on [Saturday|@prev] and the second flight is planned for [June|2025-06]."),
        ("2025-09-03", "MS TANAKA: The engine test [last week|@week-1] went well. We are targeting [the end of October|2025-10] for the launch."),
        ("2025-05-14", "Q: When did you last speak to the minister?\nMR BELL: On [Monday|@prev]. We meet again on [Friday|@next]."),
        ("2025-01-17", "WASHINGTON, [Jan. 17, 2025|2025-01-17] — The Supreme Court upheld the law on [Friday|@prev0]."),
        ("2025-07-08", "Q: Will the launch slip to [August|2025-08]?\nDR ISRAEL: No. We remain on track for [July 24|2025-07-24]."),
        ("2025-11-21", "REYKJAVIK, Iceland, [Nov. 21|2025-11-21] (AP) — Lava began flowing again late on [Wednesday|@prev]."),
        ("2025-06-26", "FRANKFURT, [June 26|2025-06-26] (Reuters) - German consumer sentiment fell in [June|2025-06] to its lowest since [February|2025-02]."),
        ("2025-03-28", "MR DIAZ: We filed the request on [March 3|2025-03-03] and we expect an answer by [mid-April|2025-04]."),
    ],
    "sport": [
        ("2025-05-26", "He scored 21 goals in [the 2024-25 season|2024/2025]."),
        ("2025-09-01", "Piastri leads the standings after Round 16, with the next race at Monza [next weekend|2025-09-06/2025-09-07]."),
        ("2025-11-24", "The title will be decided in the final round on [Sunday|@next]."),
        ("2025-04-07", "Round 3 of the championship was won by Norris."),
        ("2025-07-28", "[Sunday|@prev]'s race at Spa was the 13th of 24 rounds."),
        ("2025-02-18", "[The 2025 season|2025] opens in Melbourne on [March 16|2025-03-16]."),
        ("2025-06-02", "She won her first major at the [2019|2019] French Open."),
        ("2025-10-27", "Game 4 is on [Tuesday|@next] after the Dodgers won Game 3."),
        ("2025-12-08", "The match ended 2-2 after a late equaliser."),
        ("2025-08-18", "The club finished fourth in [the 2023-24 season|2023/2024] and sixth [last season|2024/2025]."),
        ("2025-03-24", "Verstappen won [last year|2024]'s race from pole, and the team returns to Suzuka in [early April|2025-04]."),
        ("2025-05-19", "The team has not won the league since [the 2016-17 season|2016/2017]."),
        ("2025-09-22", "Norris trails by 25 points with seven rounds left, the next in Baku on [Sunday|@next]."),
        ("2025-04-28", "Stage 3 was cancelled because of snow."),
        ("2025-11-10", "The [2026|2026] calendar has 24 races, starting in [March|2026-03]."),
        ("2025-06-09", "The champion retained her title on [Saturday|@prev] after winning the final 6-4, 7-5."),
    ],
    "fiscal": [
        ("2025-12-26", "Japan's cabinet approved a record budget for [fiscal 2026|2026-04/2027-03]."),
        ("2025-05-13", "The Japanese carmaker expects operating profit to fall 20% in [the year to March 2026|2025-04/2026-03]."),
        ("2025-05-20", "The Indian software exporter forecast revenue growth of 3% for [FY2025/26|2025-04/2026-03]."),
        ("2025-02-01", "India's government set a deficit target of 4.4% of GDP for [FY26|2025-04/2026-03]."),
        ("2025-08-27", "The Australian miner's profit fell 18% in [the year to June|2024-07/2025-06]."),
        ("2025-11-06", "The Japanese automaker raised its forecast for [the fiscal year ending in March|2025-04/2026-03]."),
        ("2025-03-04", "Britain's budget deficit for [2024/25|2024-04/2025-03] is forecast at £137 billion."),
        ("2025-09-25", "The Canadian government's deficit for [fiscal 2024-25|2024-04/2025-03] was C$36 billion."),
        ("2025-10-15", "The U.S. federal deficit for [fiscal 2025|2024-10-01/2025-09-30] reached $1.8 trillion."),
        ("2025-07-31", "The Tokyo-based electronics group's profit rose in [the April-June quarter|2025-04/2025-06], the first of [fiscal 2025|2025-04/2026-03]."),
        ("2025-06-30", "Japan's tax revenue hit a record in [the year to March|2024-04/2025-03]."),
        ("2025-02-14", "Kenya's Treasury will present the budget for [the 2025/26 financial year|2025-07/2026-06] in [June|2025-06]."),
        ("2025-11-14", "Japan's economy shrank in [the July-September quarter|2025-07/2025-09]."),
        ("2025-01-30", "The software group's revenue rose 12% in [the quarter ended Dec. 31|2024-10/2024-12]."),
        ("2025-03-27", "India's government plans to borrow 8 trillion rupees in [the first half of fiscal 2026|2025-04/2025-09]."),
        ("2025-12-19", "Japan's government will issue fewer bonds in [the fiscal year starting in April|2026-04/2027-03]."),
    ],
    "era": [
        ("2025-03-12", "The mill was built in [the late 19th century|1800/1899]."),
        ("2025-05-08", "Inflation last reached these levels in [the 1990s|1990/1999]."),
        ("2025-09-19", "The cathedral dates from [the 12th century|1100/1199]."),
        ("2025-06-11", "The rules were written in [the early 20th century|1900/1999]."),
        ("2025-02-27", "Prices have not been this high since [the mid-1980s|1980/1989]."),
        ("2025-10-02", "The town grew rapidly in [the 1920s|1920/1929]."),
        ("2025-08-06", "It was the largest eruption of [the 21st century|2000/2099] so far."),
        ("2025-04-18", "The dam, completed in [the 1960s|1960/1969], needs repairs."),
        ("2025-01-21", "Such storms were rare in [the '80s|1980/1989], forecasters said."),
        ("2025-07-09", "The family has farmed the land since [the 18th century|1700/1799]."),
        ("2025-11-20", "The bridge replaced a ferry that had run since [the late 1800s|1800/1899]."),
        ("2025-12-03", "Heat records set in [the 2010s|2010/2019] were broken again this year."),
    ],
    "relative": [
        ("2025-06-18", "Prices are 12% higher than [this time last year|2024]."),
        ("2025-12-10", "Unemployment is lower than at [this time last year|2024], the agency said."),
        ("2025-03-05", "The quake struck on [Feb. 6|2025-02-06]. [Three weeks after the quake|2025-02-27], aid was still arriving."),
        ("2025-09-24", "The dam failed on [Aug. 14|2025-08-14], and lawsuits were filed [two weeks after the collapse|2025-08-28]."),
        ("2025-05-28", "The vote was held on [May 4|2025-05-04]. [Ten days after the vote|2025-05-14], the president resigned."),
        ("2025-10-31", "The inquiry will report on [Thursday after next|2025-11-13]."),
        ("2025-04-11", "Ministers meet again [the Tuesday after next|2025-04-22]."),
        ("2025-08-04", "[Wednesday|@next] marks the 80th anniversary of the bombing of Hiroshima."),
        ("2025-05-06", "The city will mark the 100th anniversary of its founding [next year|2026]."),
        ("2025-11-10", "The 20th anniversary of the [2005|2005] accord passed quietly."),
        ("2025-06-25", "Arrivals are up 8% on [the same time last year|2024]."),
        ("2025-07-16", "The ship sank on [June 30|2025-06-30]. [Two weeks later|2025-W29], divers found the wreck."),
        ("2025-02-24", "Kyiv marked the third anniversary of the invasion on [Monday|@prev0]."),
        ("2025-10-08", "The strike began on [Sept. 1|2025-09-01]; [four weeks after the walkout|2025-09-29], talks resumed."),
        ("2025-01-27", "The fire started on [Jan. 7|2025-01-07] and was contained [three weeks after it began|2025-01-28]."),
        ("2025-09-12", "Voters go to the polls [the Sunday after next|2025-09-21]."),
    ],
    "coord": [
        ("2025-01-05", "Snow closed the roads on [Jan. 2 and 3|2025-01-02/2025-01-03]."),
        ("2025-05-20", "Hearings will be held on [3, 4 and 5 June|2025-06-03/2025-06-05]."),
        ("2025-09-08", "The talks are scheduled for [Sept. 22 and 23|2025-09-22/2025-09-23]."),
        ("2025-03-19", "Strikes are planned on [Monday|@next] and [Thursday|@next]."),
        ("2025-10-14", "The museum was closed on [11 and 12 October|2025-10-11/2025-10-12]."),
        ("2025-02-10", "Talks were held on [February 3, 4 and 5|2025-02-03/2025-02-05]."),
        ("2025-11-03", "Flights were cancelled on [Oct. 30 and 31|2025-10-30/2025-10-31]."),
        ("2025-12-01", "Markets close on [Dec. 25 and 26|2025-12-25/2025-12-26]."),
        ("2025-07-02", "The summit will be held on [14 and 15 July|2025-07-14/2025-07-15] in Vilnius."),
        ("2025-04-30", "Protests took place on [Friday|@prev] and [Saturday|@prev]."),
        ("2025-08-21", "Tickets go on sale on [September 2, 3 and 4|2025-09-02/2025-09-04]."),
        ("2025-06-12", "Trading was halted on [June 9 and 10|2025-06-09/2025-06-10]."),
    ],
    "modifier": [
        ("2025-04-09", "The court struck down a [2023|2023] law on protests."),
        ("2025-06-16", "Emissions are still above [2019|2019] levels."),
        ("2025-09-30", "The [2024|2024] election left no party with a majority."),
        ("2025-01-22", "The [2026|2026] budget includes new taxes on tobacco."),
        ("2025-08-12", "Under a [2018|2018] agreement, the fees were frozen."),
        ("2025-03-19", "She won gold at the [2024|2024] Paris Olympics."),
        ("2025-05-02", "The [2025|2025] Australian Grand Prix drew a record crowd."),
        ("2025-10-21", "The company recalled 40,000 of its [2022|2022] models."),
        ("2025-07-07", "The ruling overturns a [1996|1996] precedent."),
        ("2025-02-12", "Output is back to pre-[2020|2020] levels."),
    ],
    "brief": [
        ("2025-06-10",
         "CONTRACT AWARD NOTICE\nReference: RS 2025/031\nContracting authority: Norrland Regional Transport\n"
         "Subject: supply of 12 regional trains\nDate of award: [2 June 2025|2025-06-02]\nValue: SEK 1.9 billion\n"
         "Contract period: [2025-2033|2025/2033]\nDeliveries: from [the second half of 2027|2027-07/2027-12]\n"
         "Tenders received: 4\nDeadline for appeals: [20 June|2025-06-20]"),
        ("2025-09-21",
         "BAKU, [Sept 21|2025-09-21] (Reuters) - Max Verstappen won the Azerbaijan Grand Prix on [Sunday|@prev0], "
         "his third win of the season, to cut the leaders' advantage with seven rounds left. Round 18 "
         "takes the teams to Singapore on [Oct. 5|2025-10-05]. Standings after Round 17: "
         "1. Piastri 324, 2. Norris 299, 3. Verstappen 255. The champion of [2024|2024] won by 1.2 seconds."),
        ("2025-12-26",
         "TOKYO, [Dec 26|2025-12-26] (Reuters) - Japan's cabinet on [Friday|@prev0] approved a record 122 trillion "
         "yen budget for [fiscal 2026|2026-04/2027-03], up 6% from [the current fiscal year|2025-04/2026-03]'s initial "
         "budget. Debt-servicing costs will rise for [a fourth straight year|P4Y]. The budget goes to parliament "
         "in [January|2026-01] and must pass by [the end of March|2026-03]."),
        ("2025-05-15",
         "Transcript: launch briefing, [15 May 2025|2025-05-15]\nMS LUND: Good morning. The rocket flew on "
         "[Tuesday|@prev] and reached orbit after about nine minutes. We will review the data [this week|@week] "
         "and aim to fly again in [the third quarter|2025-07/2025-09].\nQ: Is [September|2025-09] realistic?\n"
         "MS LUND: It is possible. The first flight was planned for [2023|2023]."),
        ("2025-11-10",
         "MANILA, [Nov 10|2025-11-10] (Reuters) - Typhoon Fung-wong, the second storm to hit the Philippines in "
         "[a week|P1W], made landfall late on [Sunday|@prev] in Aurora province. It was the strongest storm since "
         "Haiyan in [2013|2013]. Schools will stay shut until [Wednesday|@next], and the weather bureau said "
         "another storm could form [later this month|2025-11]."),
        ("2025-10-30",
         "GABORONE, [Oct 30|2025-10-30] (Reuters) - The opposition won a majority in [Wednesday|@prev]'s election, "
         "ending [58 years|P58Y] of rule by one party. Results: UDC 36 seats, BCP 15, BDP 4. The new president "
         "will be sworn in on [Nov. 1|2025-11-01], and parliament meets [the following week|2025-W45]."),
    ],
    "negative": [
        ("2025-05-12", "The Boeing 777-9 made its first flight with a new engine."),
        ("2025-05-12", "The court ruled 6-3 in favour of the state."),
        ("2025-05-12", "The hotline is staffed 24/7 by volunteers."),
        ("2025-05-12", "Details are on page 12 of the report."),
        ("2025-05-12", "The market opens at 10:30 local time."),
        ("2025-05-12", "The case was brought under Section 230 of the act."),
        ("2025-05-12", "Round 22 was cancelled because of rain."),
        ("2025-05-12", "On the 12th day of the strike, bins overflowed."),
        ("2025-05-12", "The home side won 3-1 on aggregate."),
        ("2025-05-12", "Policy makers voted 7-2 to hold rates."),
        ("2025-05-12", "The Airbus A350-1000 seats 410 passengers."),
        ("2025-05-12", "About 2/3 of the workforce joined the strike."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 12, HERE)


if __name__ == "__main__":
    main()
