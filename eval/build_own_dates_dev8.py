"""Build eval/own-dates-dev8.jsonl and eval/own-dates-dev8-check.jsonl.

Eighth date dev set (issue 14, session 7): dates in 1990s-2000s U.S. wire narrative of the kind
TimeBank and TempEval-3 annotate (earnings, takeovers, rates, politics, disasters), where the
year and direction of an underspecified date decide the value.
- ``weekday-past``: bare weekdays in past narration ("rebounded Monday after Friday's plunge",
  "said late Tuesday"), the dateline day itself, "yesterday".
- ``weekday-future``: weekdays in plans and schedules ("will meet Monday", "is expected to
  vote Friday", "would take effect Thursday"): the next such day.
- ``month-tense``: months without a year read by the tense of their clause, "next spring",
  "earlier this year", "two years ago".
- ``quarter-fiscal``: "the fourth quarter" reported after it ended, "the year-earlier period",
  "the third quarter a year ago", "the current quarter", "fiscal 1990" (U.S. federal), "the 12
  months ended Sept. 30", "the fiscal year ended Jan. 30", halves.
- ``week-words``: "this week", "last week", "later this week", "last weekend", "the 1980s",
  "earlier in the year"; "in recent weeks" is vague and untagged.
- ``negative``: habitual and vague mentions, names with a month or weekday, times of day.
Every case was written by hand for briefx (none is copied from any set; no test set was read)
and annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before
briefx was run on it.

Markup: ``[span|value]``. Weekday values may be written ``@prev`` (the most recent such day
before the reference date), ``@prev0`` (the same, the reference date included: a wire story's
own dateline day) or ``@next`` (the next one after it); ``@week``, ``@week+1``, ``@week-1``
are ISO weeks counted from the reference date's. The reading is the annotator's, the
arithmetic ``datetime``'s. Every fourth case of a family (the 4th, 8th, ...) goes to the
``-check`` file, scored only at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev8.py`` (rewrites both files).
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
    "weekday-past": [
        ("1989-10-16", "NEW YORK (AP) - Stock prices rebounded sharply [Monday|@prev0] after [Friday|@prev]'s 190-point plunge, the second-largest drop since [Oct. 19, 1987|1987-10-19]."),
        ("1990-01-24", "Texaco Inc. said [late Tuesday|@prev] that it had agreed to sell its Canadian unit for $2.1 billion."),
        ("1991-01-17", "WASHINGTON (AP) - The Senate voted [Wednesday|@prev] to confirm the nominee, ending a [two-week|P2W] fight that had divided Democrats."),
        ("1992-08-25", "The storm slammed into the Louisiana coast [early Tuesday|@prev0] after cutting a path of destruction across south Florida on [Monday|@prev]."),
        ("1994-02-04", "The Federal Reserve raised short-term interest rates [Friday|@prev0] for the first time in [five years|P5Y], sending bond prices sharply lower."),
        ("1995-04-20", "Rescue workers on [Thursday|@prev0] pulled two more bodies from the rubble of the federal building, which was destroyed by a bomb on [Wednesday|@prev]."),
        ("1997-10-28", "The Dow Jones industrial average fell 554 points [Monday|@prev], its biggest point drop ever, and recovered part of the loss in early trading [Tuesday|@prev0]."),
        ("1998-08-31", "Shares of the company closed at $41.50 on [Friday|@prev], down from $52 at [the end of July|1998-07]."),
        ("1990-08-07", "Iraqi troops massed near the Saudi border on [Sunday|@prev], U.S. officials said [Tuesday|@prev0]."),
        ("2000-11-08", "Vice President Al Gore called Gov. George W. Bush [early Wednesday|@prev0] to concede, then retracted the concession less than an hour later."),
        ("1993-02-26", "Airline stocks slid [Thursday|@prev] after the carrier reported a wider loss for [the fourth quarter|1992-10/1992-12] and said it would cut 2,500 jobs."),
        ("1996-07-18", "Investigators said [Thursday|@prev0] they had recovered parts of the jetliner that exploded off Long Island [late Wednesday|@prev]."),
        ("1989-11-02", "The thrift's shares, which traded as high as $18 in [the spring|1989-03/1989-05], closed [Wednesday|@prev] at $3.25."),
        ("1989-11-02", "The company said [yesterday|1989-11-01] that its chairman had resigned [Tuesday|@prev] after a dispute with the board."),
    ],
    "weekday-future": [
        ("1990-02-08", "The company's board will meet [Monday|@next] to consider the offer, a spokesman said."),
        ("1991-03-06", "The House is expected to vote on the measure [Friday|@next], aides said [Wednesday|@prev0]."),
        ("1992-05-01", "Mayor Tom Bradley said the curfew would remain in force through [Sunday|@next]."),
        ("1995-01-18", "Labor negotiators will resume talks [Thursday|@next] in an effort to avert a strike set for [Feb. 1|1995-02-01]."),
        ("1997-07-15", "The retailer plans to report earnings for [the second quarter|1997-04/1997-06] on [Thursday|@next]."),
        ("1998-09-24", "Fed policy makers meet [Tuesday|@next], and most economists expect them to cut rates by a quarter point."),
        ("1999-06-30", "Officials said the new rules would take effect [Thursday|@next], a day ahead of the holiday weekend."),
        ("2000-04-14", "Treasury officials will auction $10 billion of new notes [Wednesday|@next]."),
        ("1990-10-31", "Budget negotiators must reach an agreement before [Friday|@next], when the stopgap spending measure expires."),
        ("1998-01-20", "The jury is expected to begin deliberations [Thursday|@next], the judge said."),
        ("1989-10-20", "The company said it would announce a restructuring plan [Monday|@next] and would report results for [the third quarter|1989-07/1989-09] [next week|@week+1]."),
        ("1991-01-17", "The White House said the president would address the nation again [Saturday|@next]."),
        ("1993-02-26", "Shareholders will vote on the merger [Tuesday|@next] at a special meeting in Dallas."),
    ],
    "month-tense": [
        ("1990-04-19", "Housing starts fell 5.3 percent in [March|1990-03], the Commerce Department said."),
        ("1990-04-19", "The company said it expects to complete the sale in [June|1990-06]."),
        ("1991-03-06", "Unemployment rose to 6.5 percent in [February|1991-02] from 6.2 percent in [January|1991-01]."),
        ("1989-11-02", "The airline's pilots, who struck in [March|1989-03], said they would return to work in [January|1990-01]."),
        ("1992-08-25", "The plant, which closed in [December|1991-12], will reopen in [October|1992-10] with a smaller work force."),
        ("1995-01-18", "Retail sales rose 0.2 percent in [December|1994-12], the smallest gain since [July|1994-07]."),
        ("1996-07-18", "The utility said it will file a new rate request in [September|1996-09]."),
        ("1997-10-28", "The network bought the broadcast rights in [November|1996-11] for $40 million."),
        ("1998-01-20", "Officials hope to finish repairs on the bridge by [next spring|1998-03/1998-05]."),
        ("1990-10-31", "The agency said it would decide [next spring|1991-03/1991-05] whether to extend the ban."),
        ("1999-06-30", "The chain opened 40 stores [earlier this year|1999] and plans to add 25 more by [the end of the year|1999]."),
        ("2000-04-14", "The merger, announced in [November|1999-11], was approved by regulators in [March|2000-03]."),
        ("1994-02-04", "The company was founded [two years ago|1992] and went public in [October|1993-10]."),
    ],
    "quarter-fiscal": [
        ("1990-01-24", "The bank earned $112 million in [the fourth quarter|1989-10/1989-12], compared with $98 million in [the year-earlier period|1988-10/1988-12]."),
        ("1989-10-20", "Net income for [the third quarter|1989-07/1989-09] fell 18 percent to $45.2 million from $55.1 million in [the third quarter a year ago|1988-07/1988-09]."),
        ("1990-04-19", "The chip maker said it expects a loss in [the current quarter|1990-04/1990-06] because of weak demand for personal computers."),
        ("1989-11-02", "For [fiscal 1990|1989-10-01/1990-09-30], the Pentagon requested $305 billion."),
        ("1998-11-05", "Revenue for [the 12 months ended Sept. 30|1997-10/1998-09] rose 11 percent to $1.4 billion."),
        ("1993-02-26", "The retailer's sales for [the fiscal year ended Jan. 30|1992-02/1993-01] rose 4 percent."),
        ("1991-03-06", "Analysts expect the automaker to post a loss for [the first quarter|1991-01/1991-03] as well."),
        ("1997-07-15", "Earnings in [the second quarter|1997-04/1997-06] rose to 84 cents a share from 71 cents in [the year-earlier quarter|1996-04/1996-06]."),
        ("1995-04-20", "The company posted [first-quarter|1995-01/1995-03] profit of $12 million, or 30 cents a share, against a loss [a year earlier|1994-01/1994-03]."),
        ("1990-08-07", "The thrift lost $28 million in [the first half|1990-01/1990-06] and said it expects further losses in [the second half|1990-07/1990-12]."),
        ("1992-05-01", "The program's budget for [fiscal 1993|1992-10-01/1993-09-30] would rise 4 percent under the plan the Senate approved."),
        ("1999-06-30", "The company said profit in [the fourth quarter|1999-10/1999-12] would be hurt by costs of the merger."),
        ("2000-11-08", "Sales in [the three months ended Sept. 30|2000-07/2000-09] rose 22 percent, the best showing since [the 1980s|1980/1989]."),
        ("1994-02-04", "The steelmaker returned to profit in [the fourth quarter|1993-10/1993-12] after losing money for [three years|P3Y]."),
    ],
    "week-words": [
        ("1990-02-08", "The brokerage firm, which filed for bankruptcy protection [this week|@week], had been a leading underwriter of junk bonds in [the 1980s|1980/1989]."),
        ("1991-01-17", "Oil prices, which had climbed above $30 a barrel [last week|@week-1], plunged as the air attack began."),
        ("1992-05-01", "Bond yields have fallen in recent weeks as investors bet on lower rates."),
        ("1995-01-18", "The peso, which lost a third of its value [last month|1994-12], steadied [this week|@week] after the rescue package was announced."),
        ("1998-08-31", "Russia's markets, closed for much of [last week|@week-1], were expected to reopen [later this week|@week]."),
        ("1990-10-31", "Congress approved the budget package [last weekend|1990-10-27/1990-10-28] after months of talks."),
        ("1999-06-30", "Mortgage rates rose for a fifth straight week, Freddie Mac said [Wednesday|@prev0], and are now at their highest level since [the fall of 1997|1997-09/1997-11]."),
        ("2000-04-14", "Technology stocks, which soared in [1999|1999], have fallen sharply in recent weeks, and the Nasdaq lost 7 percent [this week|@week] alone."),
        ("1989-10-16", "Takeover stocks, which led the market's rally earlier in [the year|1989], were hit hardest [last week|@week-1]."),
        ("1996-07-18", "The company's shares have doubled since [January|1996-01] and rose $2 [this week|@week] on takeover rumors."),
        ("1990-08-07", "Gold rose $12 an ounce [yesterday|1990-08-06] to its highest level since [December|1989-12]."),
    ],
    "negative": [
        ("1990-04-19", "The brokerage's Friday Fund lost 3 percent in a single session."),
        ("1991-03-06", "The newspaper publishes its earnings outlook every January."),
        ("1992-08-25", "Dealers said trading was thin in recent weeks and could stay that way in the coming weeks."),
        ("1995-01-18", "May Department Stores Co. said its chairman would retire."),
        ("1997-07-15", "The index closed at 8,000 at 4 p.m., and futures traded overnight."),
        ("1998-01-20", "Analysts said the company's long-term prospects remained strong."),
        ("1999-06-30", "Sunday papers carry most of the retailer's advertising."),
        ("2000-11-08", "Year-over-year growth in same-store sales slowed to 3 percent."),
    ],
}  # fmt: skip


def main() -> None:
    build(CASES, SOURCE, 8, HERE)


if __name__ == "__main__":
    main()
