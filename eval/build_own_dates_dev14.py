"""Build eval/own-dates-dev14.jsonl and eval/own-dates-dev14-check.jsonl.

Fourteenth date dev set (issue 14, session 13): date VALUES and spans in the families that stay
weak on TimeBank-style news and on unseen briefs.
- ``tense``: bare weekdays, months, "the 2nd" and holidays without a year by the tense, aspect
  and modality of their clause: past narration, past perfect, relative clauses in either tense,
  modals ("could", "would have to"), "is expected", "is due", "is to", "has threatened",
  "hopes to", counterfactuals, present clauses about a schedule, holidays ("Christmas Day",
  "Easter", "Thanksgiving", "New Year's Eve") in past and future clauses.
- ``frame``: the reporting frame: "said on Tuesday" in a text published on a Tuesday (that
  day), "met on Thursday" in a Thursday text, a future weekday equal to the publication weekday
  (the next one), datelines without a stored reference date.
- ``wire``: 1990s U.S. wire narration of the TimeBank kind: "said Tuesday", "fell ... Monday",
  "yesterday", "next week", "next month", months by tense, "the fiscal year ended March 31".
- ``anchor``: dates counted from the last narrated date ("the following week", "later that
  month", "the next week", "a month later", "that week", "the day after") against deictic
  words that keep the publication date ("next month", "last week").
- ``span``: durations against points and ranges: "for three months from January" (two spans),
  "6-9 months" (two durations), "two to three years", "within two decades", "up to five
  years", ranges of days and months, "the six months to June", "the past 18 months", a year or
  date followed by a number ("In 2025 1,200 people ..."), which must not be swallowed.
- ``fiscal``: quarters and halves with and without a year ("third-quarter", "the quarter ended
  Sept. 30", "Q2", "H1", "the January-March quarter"), U.S. federal fiscal years, split years
  (India, Australia), "the nine months ended Sept. 30", "from a year earlier" after a quarter.
- ``field``: dates in labelled fields, tables and timelines (present-tense timelines of past
  events, future schedules across the year's end, quarter and year columns).
- ``brief``: short briefs mixing the families above.
- ``negative``: recurring days, frequency words, sub-day durations, dates inside names.
Every case was written by hand for briefx (none is copied from any set; no test set was read)
and annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before
briefx was run on it; weekdays, Easter and ISO weeks were worked out with Python ``datetime``
and ``dateutil.easter``.
Readings chosen here where those are silent:
- a bare weekday in a past clause equal to the publication weekday is that day ("said on
  Tuesday" in a Tuesday text: TimeML's reading of wire copy); in a future clause it is the
  next week's;
- a timeline or list of events under a heading ("Timeline", "Key dates") follows the order of
  its lines and the tense of the list as a whole, not the historic present of each line
  ("3 May: Fire breaks out" in a June text is this May);
- "Q1", "Q3" heading a table row take the year of the text as in a clause;
- "within a week" after a narrated date is a duration ("P1W"), like "within a decade".

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays,
``@week`` ISO weeks). A reference date written ``~YYYY-MM-DD`` resolves the markers but is not
stored: the case has neither ``reference_date`` nor ``published``. Every fourth case of a family
(the 4th, 8th, ...) goes to the ``-check`` file, scored only at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev14.py`` (rewrites both files).
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
        ("2026-03-10", "Shares rose on [Friday|@prev] after the results."),
        ("2026-03-10", "The company had warned in [December|2025-12] that sales would slow."),
        ("2026-03-10", "Lawmakers are expected to vote on the bill on [Thursday|@next]."),
        ("2026-03-10", "The firm could announce a buyer as early as [Friday|@next]."),
        ("2026-03-10", "Prices would have to fall by [June|2026-06] for the target to be met."),
        ("2026-03-10", "Had the talks not collapsed on [Sunday|@prev], a deal might have been signed."),
        ("2026-03-10", "The factory, which closed in [November|2025-11], employed 400 people."),
        ("2026-03-10", "The factory, which opens in [November|2026-11], will employ 400 people."),
        ("2026-06-09", "Ministers said they hoped to reach an agreement by [the 30th|2026-06-30]."),
        ("2026-06-09", "The tanker ran aground on [the 2nd|2026-06-02] near the harbour."),
        ("2026-06-09", "Unions have threatened to strike in [July|2026-07]."),
        ("2026-06-09", "The strike, which began on [Thursday|@prev], has halted exports."),
        ("2026-06-09", "Exports are likely to recover in [September|2026-09], analysts say."),
        ("2026-06-09", "The ceasefire, agreed at [Easter|2026-04-05], has largely held."),
        ("2026-06-09", "The retailer hopes to reopen all its stores by [Christmas|2026-12-25]."),
        ("2026-06-09", "The fire broke out on [Christmas Day|2025-12-25] and burned for [a week|P1W]."),
        ("2026-10-27", "The border reopened on [Thursday|@prev], officials said."),
        ("2026-10-27", "Voters go to the polls on [Nov. 8|2026-11-08]."),
        ("2026-10-27", "The court had ruled in [September|2026-09] that the law was invalid."),
        ("2026-10-27", "The company is to be delisted in [January|2027-01]."),
        ("2026-10-27", "Heavy rain is forecast for [Saturday|@next]."),
        ("2026-10-27", "The minister has said she will resign in [December|2026-12]."),
        ("2026-10-27", "The airline cut fares in [December|2025-12] to win back passengers."),
        ("2026-10-27", "New fishing limits, which take effect in [March|2027-03], were agreed on [Monday|@prev]."),
        ("2027-01-12", "The bank raised rates in [December|2026-12]."),
        ("2027-01-12", "Economists predict the bank will raise rates again in [March|2027-03]."),
        ("2027-01-12", "The election, held on [the 4th|2027-01-04], was marred by violence."),
        ("2027-01-12", "The results of [December|2026-12]'s survey will be released on [Friday|@next]."),
        ("2027-01-12", "Investors sold bonds heavily on [New Year's Eve|2026-12-31]."),
        ("2027-01-12", "Talks are set to resume after [Easter|2027-03-28]."),
        ("2026-12-08", "Retailers reported record online sales on [Thanksgiving|2026-11-26]."),
        ("2026-08-21", "The prime minister visited Paris on [Wednesday|@prev]."),
        ("2026-08-21", "The prime minister will travel to Berlin on [Monday|@next]."),
        ("2026-08-21", "The regulator said it would rule on the merger by [Sept. 15|2026-09-15]."),
        ("2026-08-21", "The regulator blocked the merger in [March|2026-03], saying it would raise prices."),
        ("2026-08-21", "Harvest forecasts issued in [July|2026-07] have proved too gloomy."),
        ("2026-04-16", "The prime minister is due in Washington on [Monday|@next]."),
        ("2026-04-16", "Police believe the men entered the country in [January|2026-01]."),
        ("2026-04-16", "The trial, which opens in [January|2027-01], is expected to last [six months|P6M]."),
        ("2026-04-16", "A spokesman declined to say whether the plant would restart on [Sunday|@next]."),
    ],
    "frame": [
        ("2026-03-10", "The minister said on [Tuesday|@prev0] that talks would resume in [April|2026-04]."),
        ("2026-03-10", "The central bank will hold its next meeting on [Tuesday|@next]."),
        ("2026-06-09", "The agency reported on [Tuesday|@prev0] that unemployment fell in [May|2026-05]."),
        ("2026-04-16", "The council met on [Thursday|@prev0] to discuss the plan."),
        ("2027-01-12", "The company said on [Tuesday|@prev0] it would cut 800 jobs by [June|2027-06]."),
        ("2026-08-21", "The union said on [Friday|@prev0] that its members had rejected the offer."),
        ("2026-10-27", "Officials said on [Monday|@prev] that the border would reopen on [Thursday|@next]."),
        ("~2026-06-09", "ROME, [June 9, 2026|2026-06-09] (Reuters) - Italy's government said on [Tuesday|@prev0] it would sell a stake in the state railway in [September|2026-09]."),
        ("~1998-02-17", "TOKYO, [Feb. 17, 1998|1998-02-17] (AP) - Japan's trade surplus widened in [January|1998-01], the Finance Ministry said [Tuesday|@prev0]."),
        ("~2026-11-19", "BRUSSELS, [Nov. 19, 2026|2026-11-19] - EU ministers agreed on [Thursday|@prev0] to extend the sanctions until [July|2027-07]."),
        ("~2026-02-05", "[5 February 2026|2026-02-05]\nThe committee met on [Thursday|@prev0] and will meet again on [Thursday, Feb. 19|2026-02-19]."),
        ("~1999-06-03", "LONDON, [June 3, 1999|1999-06-03] - The Bank of England left rates unchanged [today|1999-06-03] after cutting them in [April|1999-04]."),
    ],
    "wire": [
        ("1998-02-17", "Shares of the company fell 2 1/8 to 40 in trading [Monday|@prev]."),
        ("1998-02-17", "The union said its members would vote on the contract [next week|1998-W09]."),
        ("1998-02-17", "In [January|1998-01], the company cut 1,200 jobs."),
        ("1998-02-17", "The merger, announced in [October|1997-10], is expected to close in [April|1998-04]."),
        ("1998-02-17", "The Federal Reserve's policy committee next meets [March 31|1998-03-31]."),
        ("1997-10-29", "Stocks plunged [Monday|@prev], then rebounded [Tuesday|@prev] as buyers returned."),
        ("1997-10-29", "The Dow Jones industrial average rose 337.17 points [yesterday|1997-10-28]."),
        ("1997-10-29", "Officials will meet again [Friday|@next] to review the trading rules."),
        ("1997-10-29", "Hong Kong's market, which fell 23 percent [last week|1997-W43], rose again [today|1997-10-29]."),
        ("1997-10-29", "The company said it expected to complete the sale in [December|1997-12]."),
        ("1997-10-29", "Traders said the market had not fallen so far in [one day|P1D] since [October 1987|1987-10]."),
        ("1999-06-03", "The Senate passed the bill [Thursday|@prev0] and sent it to the House, which is expected to take it up [next month|1999-07]."),
        ("1999-06-03", "The two sides will resume talks [Monday|@next] in Geneva."),
        ("1999-06-03", "The company reported a loss for [the fiscal year ended March 31|1998-04/1999-03]."),
        ("1999-06-03", "In [1997|1997], the company earned $3.2 million."),
        ("1999-06-03", "The strike, which began [May 20|1999-05-20], has idled 9,000 workers."),
    ],
    "anchor": [
        ("2026-06-09", "The dam burst on [March 14|2026-03-14]. [The following week|2026-W12], engineers began repairs."),
        ("2026-10-27", "The mayor announced the plan on [Sept. 3|2026-09-03]. [Later that month|2026-09], the council approved it."),
        ("2027-01-12", "The vote was held on [Dec. 6|2026-12-06]. [The next week|2026-W50], the result was challenged in court."),
        ("2026-08-21", "The refinery shut on [May 2|2026-05-02] and restarted [the following month|2026-06]."),
        ("2026-08-21", "The first shipment arrived on [July 9|2026-07-09]; [four days later|2026-07-13] a second ship docked."),
        ("2026-04-16", "The ferry capsized on [Feb. 21|2026-02-21]. [Earlier that month|2026-02], inspectors had found faults."),
        ("2026-06-09", "The treaty was signed in [1995|1995] and ratified [two years later|1997]."),
        ("2026-10-27", "The suspect was arrested on [Aug. 14|2026-08-14] and charged [the following Monday|2026-08-17]."),
        ("2026-03-10", "The company listed in [2011|2011]. [The following year|2012], it bought a rival."),
        ("2026-08-21", "The minister visited the site on [June 3|2026-06-03]; [a month later|2026-07] work stopped."),
        ("2027-01-12", "Talks began on [Nov. 16|2026-11-16]. [That week|2026-W47], both sides exchanged draft texts."),
        ("2026-12-08", "The law was passed in [April 2021|2021-04]. [Later that year|2021], the courts struck it down."),
        ("2026-06-09", "The virus was first detected on [April 28|2026-04-28]. [The day after|2026-04-29], schools closed."),
        ("2026-04-16", "The plant was shut on [March 2|2026-03-02]. It will reopen [next month|2026-05]."),
        ("2026-10-27", "The bank cut rates on [July 30|2026-07-30]. It cut them again [last week|2026-W43]."),
        ("2026-08-21", "A fire broke out on [May 11|2026-05-11]. Within [a week|P1W], the whole district had been evacuated."),
        ("2026-12-08", "Parliament passed the budget on [March 26|2026-03-26]. [Two months later|2026-05], the finance minister resigned."),
        ("2026-12-08", "The strike began on [Oct. 5|2026-10-05]. By [the end of that week|2026-W41], 20 ports were shut."),
        ("2026-03-10", "The airport closed on [Jan. 9|2026-01-09] and reopened [the following Tuesday|2026-01-13]."),
        ("2026-10-27", "The outbreak was declared over on [Aug. 31|2026-08-31]. [Three weeks earlier|2026-W33], the last patient had left hospital."),
    ],
    "span": [
        ("2026-03-10", "Work on the line will take [six weeks|P6W] from [April 1|2026-04-01]."),
        ("2026-03-10", "Delivery is expected in [6|P6M]-[9 months|P9M]."),
        ("2026-03-10", "Construction will take [two|P2Y] to [three years|P3Y]."),
        ("2026-03-10", "The country aims to phase out coal within [two decades|P20Y]."),
        ("2026-03-10", "The programme ran from [2019 to 2023|2019/2023]."),
        ("2026-02-05", "Trading in the shares will be suspended [March 3-5|2026-03-03/2026-03-05]."),
        ("2026-06-09", "The festival runs from [June 28 to July 4|2026-06-28/2026-07-04]."),
        ("2026-08-21", "Output fell between [April and June|2026-04/2026-06]."),
        ("2026-08-21", "Sales in [the six months to June|2026-01/2026-06] rose 5%."),
        ("2026-06-09", "Rates have been frozen for [the past 18 months|2024-12-09/2026-06-09]."),
        ("2026-03-10", "The reactor has been offline since [last spring|2025-03/2025-05]."),
        ("2026-03-10", "Inflation will stay high for [at least a year|P1Y]."),
        ("2026-06-09", "The bank posted its first loss in [a decade|P10Y]."),
        ("2026-06-09", "The players signed [two-year|P2Y] contracts."),
        ("2026-06-09", "The fund offers loans of [up to five years|P5Y]."),
        ("2026-10-27", "Ticket sales rose 12% in [the first nine months of the year|2026-01/2026-09]."),
        ("2026-06-09", "Over [the next decade|2026-06-09/2036-06-09], the city will build 40,000 homes."),
        ("2026-06-09", "The bridge took [nine years|P9Y] to build and opened in [1932|1932]."),
        ("2026-03-10", "Peace talks are scheduled for [the week of March 16|2026-W12]."),
        ("2026-03-10", "In [2025|2025] 1,200 people died on the country's roads."),
        ("2026-03-10", "On [March 3|2026-03-03] 40 protesters were arrested."),
        ("2026-03-10", "By [2030|2030] 80% of new cars sold must be electric."),
        ("2026-10-27", "The exhibition will be open from [May 2 until Sept. 30|2027-05-02/2027-09-30]."),
        ("2026-12-08", "Fares will be frozen for [12 months|P12M] from [January|2027-01]."),
    ],
    "fiscal": [
        ("2026-10-27", "The company reported [third-quarter|2026-07/2026-09] profit of $1.2 billion."),
        ("2026-10-27", "Revenue in [the quarter ended Sept. 30|2026-07/2026-09] rose 8%."),
        ("2026-02-05", "The retailer will report [fourth-quarter|2025-10/2025-12] results on [Feb. 19|2026-02-19]."),
        ("2026-02-05", "The Congressional Budget Office projects a federal deficit of $1.9 trillion for [fiscal 2026|2025-10-01/2026-09-30]."),
        ("2026-06-09", "India's economy grew 7.4% in [the January-March quarter|2026-01/2026-03]."),
        ("2026-06-09", "The Reserve Bank of India forecasts growth of 6.5% in [2026-27|2026-04/2027-03]."),
        ("2026-08-21", "Profit fell in [the first half|2026-01/2026-06], the company said on [Thursday|@prev]."),
        ("2026-08-21", "[Q2|2026-04/2026-06] revenue rose 3%."),
        ("2026-03-10", "The company expects margins to improve in [the second half of 2026|2026-07/2026-12]."),
        ("2026-04-16", "Japan's budget for [the fiscal year starting in April|2026-04/2027-03] is a record."),
        ("2027-01-12", "The bank will report [fourth-quarter|2026-10/2026-12] earnings on [Jan. 20|2027-01-20]."),
        ("2026-10-27", "Analysts expect a rebound in [the fourth quarter|2026-10/2026-12]."),
        ("2026-10-27", "Sales fell 4% in [the third quarter|2026-07/2026-09] from [a year earlier|2025-07/2025-09]."),
        ("2026-06-09", "Australia's [2026-27|2026-07/2027-06] budget forecasts a small deficit."),
        ("2026-04-16", "[Q1 2026|2026-01/2026-03] smartphone shipments fell 9%."),
        ("2026-10-27", "Net income for [the nine months ended Sept. 30|2026-01/2026-09] was $310 million."),
        ("2026-03-10", "Growth slowed in [the final quarter of last year|2025-10/2025-12]."),
        ("2026-08-21", "[H1|2026-01/2026-06] sales rose 5%, while [H2|2026-07/2026-12] is expected to be weaker."),
    ],
    "field": [
        ("2026-03-10", "Closing date for applications: [27 March 2026|2026-03-27]"),
        ("2026-03-10", "Event: Regional trade fair\nDates: [14-16 April|2026-04-14/2026-04-16]\nVenue: Exhibition Centre"),
        ("2026-06-09", "Timeline\n[3 May|2026-05-03]: Fire breaks out at the warehouse\n[5 May|2026-05-05]: Police open an inquiry\n[1 June|2026-06-01]: Owner charged"),
        ("2026-10-27", "Quarter | Revenue | Profit\n[Q1|2026-01/2026-03] | 4.1 | 0.6\n[Q2|2026-04/2026-06] | 4.3 | 0.7\n[Q3|2026-07/2026-09] | 4.6 | 0.8"),
        ("2026-12-08", "Key dates\n- [Jan. 15|2027-01-15]: registration opens\n- [Feb. 28|2027-02-28]: registration closes\n- [March 14|2027-03-14]: election day"),
        ("2026-04-16", "Published: [14 April 2026|2026-04-14]\nUpdated: [16 April 2026|2026-04-16]\nThe ministry has extended the consultation."),
        ("2026-08-21", "Contract start: [1 October 2026|2026-10-01]\nContract end: [30 September 2029|2029-09-30]\nDuration: [36 months|P36M]"),
        ("2026-06-09", "Date of incident: [Saturday 6 June|2026-06-06]\nLocation: Platform 4"),
        ("2026-10-27", "Year | Visitors\n[2023|2023] | 1.2m\n[2024|2024] | 1.4m\n[2025|2025] | 1.5m"),
        ("2027-01-12", "Period covered: [October-December 2026|2026-10/2026-12]\nRespondents: 2,400 firms"),
        ("2026-06-09", "Strike timeline\n[Thursday|@prev]: Drivers walk out\n[Monday|@prev]: Talks fail\n[Friday|@next]: Court hearing due"),
        ("2026-02-05", "Tender notice\nDeadline for bids: [2 March|2026-03-02]\nAward expected: [May 2026|2026-05]"),
    ],
    "brief": [
        ("1998-02-17",
         "NEW YORK (AP) - Acme Corp. said [Tuesday|@prev0] that its [fourth-quarter|1997-10/1997-12] profit fell "
         "12 percent and that it would cut 900 jobs by [June|1998-06]. The company had warned in [January|1998-01] "
         "that results would be weak. Its shares fell 1 3/8 to 31 1/2 on [Monday|@prev]. The board will meet "
         "[Thursday|@next] to consider a buyback."),
        ("2026-10-27",
         "GENEVA, [Oct. 27|2026-10-27] - Negotiators resumed talks on [Monday|@prev] after a break of "
         "[three weeks|P3W]. The last round ended on [Oct. 2|2026-10-02], and [the following week|2026-W41] both "
         "sides accused each other of stalling. A deal must be reached by [Dec. 31|2026-12-31], when the current "
         "accord expires. Talks continue on [Thursday|@next]."),
        ("2026-06-09",
         "Floods: what we know\nHeavy rain began on [the 2nd|2026-06-02]. By [Thursday|@prev] the river had burst "
         "its banks in three places. The army was deployed on [Saturday|@prev], and forecasters expect more rain "
         "[next week|2026-W25]. Insurers say claims could take [up to six months|P6M] to settle."),
        ("2027-01-12",
         "The central bank left rates on hold at its [December|2026-12] meeting and will meet again on "
         "[Feb. 4|2027-02-04]. Inflation fell to 3.1% in [November|2026-11] and is expected to reach the 2% target "
         "in [the second half of 2027|2027-07/2027-12]. The governor said on [Monday|@prev] that rates had peaked."),
        ("2026-04-16",
         "The airline said on [Thursday|@prev0] it carried 4.1 million passengers in [March|2026-03], up 9% from "
         "[a year earlier|2025-03]. It expects traffic to peak in [August|2026-08] and will add 12 routes from "
         "[May 1|2026-05-01]."),
        ("1999-06-03",
         "WASHINGTON (AP) - The Labor Department said [Thursday|@prev0] that jobless claims rose "
         "[last week|1999-W21]. Economists expect [Friday|@next]'s employment report to show 200,000 new jobs in "
         "[May|1999-05]. The Federal Reserve meets [June 29-30|1999-06-29/1999-06-30]."),
        ("2026-12-08",
         "Timeline of the crisis\n[Sept. 14|2026-09-14]: The bank discloses a $2 billion loss.\n"
         "[Sept. 16|2026-09-16]: Regulators open an inquiry.\n[Oct. 1|2026-10-01]: The chief executive resigns.\n"
         "[Nov. 30|2026-11-30]: A rescue deal is agreed."),
        ("2026-08-21",
         "The strike at the port, which began on [July 28|2026-07-28], ended on [Monday|@prev]. "
         "[Two days later|2026-08-19] the first ships docked, and operators expect the backlog to clear by "
         "[mid-September|2026-09]."),
    ],
    "negative": [
        ("2026-03-10", "The shop opens at 9 a.m. on weekdays."),
        ("2026-03-10", "Trains run every 15 minutes on Sundays."),
        ("2026-03-10", "Pay rose 3% on a year-over-year basis."),
        ("2026-03-10", "Board meetings are held quarterly."),
        ("2026-06-09", "The talks lasted six hours."),
        ("2026-06-09", "The April 6 Youth Movement called for protests."),
        ("2026-06-09", "It was the 88th day of the strike."),
        ("2026-06-09", "Sales peak each December."),
        ("2026-10-27", "The bank publishes its forecasts monthly."),
        ("2026-10-27", "Friday prayers at the mosque draw thousands every week."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 14, HERE)


if __name__ == "__main__":
    main()
