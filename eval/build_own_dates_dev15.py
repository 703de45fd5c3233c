"""Build eval/own-dates-dev15.jsonl and eval/own-dates-dev15-check.jsonl.

Fifteenth date dev set (issue 14, session 15): dates IN BRIEFS, in the families that still cost
F1 and norm on unseen briefs.
- ``tense``: a bare weekday in a clause about the future that equals the publication weekday
  ("will vote on Wednesday" in a Wednesday text) is the next week's, by ANNOTATION.md's tense
  rule; the same weekday in a past clause stays that day; future clauses after "said",
  "agreed to", "is set to", "is scheduled to", "is expected to".
- ``anchor``: "that weekend" and "later that month" counted from the narrative's last date
  (the Saturday-Sunday on or after a weekday date, the month of the date), not from today.
- ``table``: rows of a table or timeline without a year take the year of the nearest row that
  has one, in calendar order ("Nov. 4 | ... / Dec. 9 | ... / Jan. 13, 2025 | ..."); weekday lines
  of a timeline follow the date of the line or heading above them ("Friday, May 9: ... /
  Saturday: ..."); a year table's first row under its header; quarter rows.
- ``false``: look-alikes that are not dates: bond and stock prices in fractions ("fell 3/16",
  "96 1/8"), a season after a dash that names a collection, programme or statement ("2026 -
  Spring collection", "Budget 2025 - Spring Statement": the year is a date, the season is not,
  and it is no range), Title Case headline words ("May" the modal, "March" the verb, "Sunday
  Trading"), scores and tallies ("3-1", "7-5, 6-4", "3/12" at stumps), counts of four digits.
- ``brief``: short briefs mixing the families above.
Every case was written by hand for briefx (none is copied from any set; no test set was read)
and annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before
briefx was run on it (one duration the annotator missed, the delay "a week" in "a week later
than planned", added after the first run in its own commit); weekdays and ISO weeks were worked
out with Python ``datetime``.
Readings chosen here where those are silent:
- "that weekend" after a weekday date is the Saturday-Sunday on or after it (after a Sunday, the
  weekend that ends on it);
- a season word after a dash and before a capitalised or product noun ("Spring collection",
  "Autumn Programme", "Spring Statement") is a name, not a date; the year before the dash is;
- a weekday heading or line of a dated timeline or live blog is the first such day on or after
  the date above it.

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays).
Every fourth case of a family (the 4th, 8th, ...) goes to the ``-check`` file, scored only once,
at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev15.py`` (rewrites both files).
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
        ("2025-03-12", "The committee will vote on the bill on [Wednesday|@next]."),
        ("2025-03-12", "Parliament is due to debate the motion on [Wednesday|@next], the speaker's office said."),
        ("2025-03-12", "The minister said on [Wednesday|@prev0] that the plant would close on [Friday|@next]."),
        ("2025-05-08", "The central bank is expected to cut rates when it meets on [Thursday|@next]."),
        ("2025-05-08", "Striking nurses plan to march on parliament on [Thursday|@next]."),
        ("2025-05-08", "The company reported a 12% rise in [first-quarter|2025-01/2025-03] sales on [Thursday|@prev0]."),
        ("2025-06-17", "Voting in the leadership contest will close at noon on [Tuesday|@next]."),
        ("2025-06-17", "Negotiators met on [Tuesday|@prev0] and agreed to meet again on [Tuesday|@next]."),
        ("2025-09-26", "The prime minister will address the party conference on [Friday|@next]."),
        ("2025-09-26", "Markets fell sharply on [Friday|@prev0] after the jobs data."),
        ("2025-11-03", "The trial of the three men is set to begin on [Monday|@next]."),
        ("2025-11-03", "The council will publish its plan on [Monday|@next], a week later than promised."),
        ("2025-11-03", "The firm will report [third-quarter|2025-07/2025-09] earnings on [Thursday|@next]."),
        ("2024-12-05", "The ministers are scheduled to meet again on [Thursday|@next] in Brussels."),
        ("2024-12-05", "Opposition leaders said they would call a general strike on [Thursday|@next] unless the decree is withdrawn."),
        ("2024-12-05", "The bill cleared the upper house on [Tuesday|@prev] and is expected to be signed into law on [Thursday|@next]."),
    ],
    "anchor": [
        ("2025-06-17", "The river peaked on [Friday, June 6|2025-06-06]. [That weekend|2025-06-07/2025-06-08], volunteers filled sandbags."),
        ("2025-09-26", "The festival opened on [Aug. 14|2025-08-14]; [that weekend|2025-08-16/2025-08-17] more than 90,000 people attended."),
        ("2025-11-03", "The ship ran aground on [Oct. 4|2025-10-04] and was refloated [later that month|2025-10]."),
        ("2025-03-12", "The merger was announced on [Jan. 9|2025-01-09]. [Later that month|2025-01], regulators opened an inquiry."),
        ("2024-10-14", "Fighting broke out on [Aug. 30|2024-08-30]. By [that weekend|2024-08-31/2024-09-01], thousands had fled."),
        ("2025-07-02", "The heatwave began on [June 19|2025-06-19], and temperatures peaked [that weekend|2025-06-21/2025-06-22]."),
        ("2025-01-20", "The fire started on [Dec. 2|2024-12-02]. [Later that month|2024-12], the council approved a rebuilding fund."),
        ("2025-05-08", "Police raided the offices on [March 3|2025-03-03]. [Later that month|2025-03], two executives were charged."),
        ("2025-04-25", "The storm hit the coast on [Friday, April 11|2025-04-11], and [that weekend|2025-04-12/2025-04-13] the army was called in."),
        ("2024-12-05", "The deal was signed on [Sept. 9|2024-09-09]. [Later that month|2024-09] the first cargo left port."),
        ("2025-09-26", "The strike was called off on [July 25|2025-07-25], and talks resumed [that weekend|2025-07-26/2025-07-27]."),
        ("2025-11-03", "Polls closed on [Sunday, Sept. 14|2025-09-14]. [Later that month|2025-09], the new parliament met for the first time."),
    ],
    "table": [
        ("2025-03-12", "Date | Stage\n[Nov. 4|2024-11-04] | Tender launched\n[Dec. 9|2024-12-09] | Bids close\n[Jan. 13, 2025|2025-01-13] | Contract awarded"),
        ("2025-06-17", "Timeline\n[March 3, 2023|2023-03-03]: Plans submitted\n[June 8|2023-06-08]: Planning consent granted\n[Oct. 2|2023-10-02]: Construction begins"),
        ("2025-06-17", "Timeline of the outage\n[Friday, May 9|2025-05-09]: Payment systems fail\n[Saturday|2025-05-10]: The bank apologises to customers\n[Monday|2025-05-12]: Services are restored\n[Tuesday|2025-05-13]: Regulator opens an inquiry"),
        ("2025-11-03", "Strike days\n[Week of Nov. 10|2025-W46]\n[Tuesday|2025-11-11]: Rail workers\n[Thursday|2025-11-13]: Bus drivers\n[Saturday|2025-11-15]: Airport staff"),
        ("2025-03-12", "Year | Output (t)\n[2021|2021] | 410\n[2022|2022] | 455\n[2023|2023] | 470"),
        ("2025-01-20", "Month | Arrivals\n[October|2024-10] | 12,400\n[November|2024-11] | 11,900\n[December|2024-12] | 13,100"),
        ("2025-04-25", "Fixture list\n[Sat 3 May|2025-05-03] Rovers v United\n[Sat 10 May|2025-05-10] United v City\n[Sun 18 May|2025-05-18] City v Rovers"),
        ("2024-12-05", "Date | Venue\n[14 Dec|2024-12-14] | Leeds\n[21 Dec|2024-12-21] | Cardiff\n[4 Jan|2025-01-04] | Glasgow\n[11 Jan|2025-01-11] | Belfast"),
        ("2025-03-12", "Key dates in the case\n[12 March 2024|2024-03-12] - Arrest\n[4 April|2024-04-04] - Charged\n[9 September|2024-09-09] - Trial opens\n[20 January 2025|2025-01-20] - Verdict"),
        ("2025-09-26", "Quarter | Sales ($bn)\n[Q3 2024|2024-07/2024-09] | 1.8\n[Q4|2024-10/2024-12] | 2.1\n[Q1 2025|2025-01/2025-03] | 1.9\n[Q2|2025-04/2025-06] | 2.0"),
        ("2025-07-14", "Live: wildfire\n[Monday, June 30|2025-06-30]\n09:15 Fire crews reach the village.\n[Tuesday|2025-07-01]\n07:40 Evacuation order lifted."),
        ("2025-11-03", "Results\n[Saturday|@prev]\nRovers 2 United 1\nCity 0 Athletic 0\n[Sunday|@prev]\nTown 3 County 3"),
    ],
    "false": [
        ("2025-03-12", "The benchmark 10-year note fell 3/16 in price, pushing its yield up to 4.31%."),
        ("2025-05-08", "The 30-year bond gained 5/8 to 96 1/8 on [Tuesday|@prev]."),
        ("2025-11-03", "Runway report: [2026|2026] - Spring collection\nThe label's designers showed 48 looks in Milan on [Saturday|@prev]."),
        ("2025-03-12", "Budget [2025|2025] - Spring Statement to be delivered on [March 26|2025-03-26]"),
        ("2025-03-12", "Central Bank May Cut Rates Again as Inflation Eases\nThe central bank could lower its key rate at its [April|2025-04] meeting, economists said."),
        ("2025-11-03", "Thousands March in Capital Against Pension Reform\nAbout 40,000 people marched through the capital on [Saturday|@prev]."),
        ("2025-09-26", "Sunday Trading Rules Relaxed in Wales\nLarge shops will be allowed to open for longer on Sundays from [January|2026-01]."),
        ("2025-09-26", "Stocks Slide Friday as Bond Yields Jump\nU.S. stocks fell on [Friday|@prev0] as Treasury yields rose."),
        ("2025-11-03", "Rovers beat United 3-1 on [Saturday|@prev], and City drew 2-2 with Athletic."),
        ("2025-11-03", "At stumps England were 3/12, chasing 285 to win."),
        ("2025-11-03", "The plant employs about 1800 people and will add 2000 more by [2027|2027]."),
        ("2025-06-17", "She won 7-5, 6-4 in the final on [Sunday|@prev]."),
        ("2025-05-08", "Ten-year Treasuries rose 7/16, and the yield fell to 4.38%, its lowest since [early April|2025-04]."),
        ("2025-06-17", "The House passed the measure 218-214, with two members absent."),
    ],
    "brief": [
        ("2025-05-08",
         "Dockworkers at the country's three largest ports walked out on [Monday|@prev] and will stay out until "
         "[Thursday|@next], their union said. The strike began after talks collapsed on [April 30|2025-04-30]; "
         "[that weekend|2025-05-03/2025-05-04] managers offered a 4% raise, which members rejected. Shipping lines "
         "expect delays to last [two weeks|P2W]."),
        ("2024-10-14",
         "Timeline: the flood\n[Saturday, Sept. 28|2024-09-28]: The river bursts its banks\n"
         "[Sunday|2024-09-29]: 2,000 people are evacuated\n[Oct. 2|2024-10-02]: Waters recede\n"
         "The government will present a recovery plan on [Monday|@next]."),
        ("2025-01-20",
         "The 10-year note fell 3/8 on [Friday|@prev] after data showed [December|2024-12] retail sales rose 0.4%. "
         "Traders expect the Fed to hold rates at its meeting on [Jan. 28-29|2025-01-28/2025-01-29]. The Fed's "
         "chair will testify to Congress on [Monday|@next]."),
        ("2025-09-26",
         "Festival Diary [2025|2025] - Autumn Programme\nThe city's arts festival opens on [Friday|@next] with 140 "
         "events over [ten days|P10D]. [Last year|2024]'s festival drew 61,000 visitors. Tickets went on sale on "
         "[Sept. 1|2025-09-01], and [later that month|2025-09] a second venue was added."),
        ("2025-11-03",
         "Results round-up\nRovers 2 United 1\nCity 3 Athletic 3\nRovers moved top after [Saturday|@prev]'s win "
         "and will host City on [Monday|@next]. City have won 11 of their 14 games since [August|2025-08]."),
        ("2024-12-05",
         "Shares in the chemicals group rose 12% on [Thursday|@prev0] after it said it would sell its plastics arm. "
         "The sale is expected to close by [March|2025-03]. The board will meet on [Thursday|@next] to approve a "
         "buyback. The group first listed in [1998|1998]; [that year|1998] its shares rose 40%."),
        ("2025-07-14",
         "WELLINGTON, [July 14|2025-07-14] - Parliament will vote on the bill on [Monday|@next], [a week|P1W] later "
         "than planned. The bill was introduced on [May 6|2025-05-06]; [later that month|2025-05] a select committee "
         "received 9,400 submissions on it."),
        ("2025-04-25",
         "League Round-Up: Leaders Win Again\nHartley United won 2-0 on [Thursday|@prev] to stay four points clear. "
         "The next round will be played on [Friday|@next], and the title could be decided by [May 10|2025-05-10]."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 15, HERE)


if __name__ == "__main__":
    main()
