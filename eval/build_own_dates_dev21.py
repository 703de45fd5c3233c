"""Build eval/own-dates-dev21.jsonl, eval/own-briefs-dev21d.jsonl and their -check files.

Twenty-first date dev set (issue 14, session 22): the year and direction of underspecified dates,
the family the lead's held-out counts name (counts only; no held-out text was read): a month or a
day without a year, and a bare weekday, in narration, around year ends and mid-year.
- ``turn``: reference dates in November, December, January and February; months and days
  without a year in past clauses (the most recent one), future clauses (the next one), reported
  data ("figures for December" in January), schedules, and ones that stay in the reference year.
- ``mid``: the same mid-year, where the past one of a later month is last year's; a day or
  month a few days from the reference date; a plan or decision whose object holds the date.
- ``said``: reported speech ("said on Monday it would ... in March", "said in January that it
  would ... by June"), and reported clauses in the past and the present perfect.
- ``wday``: bare weekdays in narration ("on Tuesday" in a past clause the most recent one, in a
  future clause the next one; "Tuesday's vote"; "by Friday"; "ahead of Friday's meeting").
- ``neg``: habitual and generic months and weekdays, and names, that are no date.
Briefs (``own-briefs-dev21d.jsonl``): eight short news briefs with dates only (every fourth one
to the check file), the same families in running text.
Every case was written by hand for briefx (none copied from any set; no test set was read) and
annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx
was run on it; weekdays were worked out with Python ``datetime`` (``date_marks.py``).
Readings chosen here where those are silent:
- a month or day without a year in the object of a verb of deciding or announcing, after a noun
  of a change or an event ("approved a 4% rise in July", "announced a strike on March 3"), keeps
  the reference year: the text does not plainly mean the past one (ANNOTATION.md: reference year
  by default), the act is past but the thing decided may lie ahead;
- a day within a week of the reference date keeps the reference year whatever the tense ("will
  report on March 7" in a release dated March 10 was written before it went out); a month that
  holds the reference date is that month;
- a present perfect of a change with a month after the reference date ("Prices have risen
  sharply in December", written in January) is last year's month, as a past is; "has approved a
  rise from July" keeps the reference year (the object's time);
- in a reported "would" clause after a past date of the same sentence, a month is the first one
  after that date ("said in January that it would cut jobs by June", in April: this June).

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays).
Every fourth case of a family (the 4th, 8th, ...) goes to the ``-check`` file, scored only once,
at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev21.py`` (rewrites the four files).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from date_marks import build, check, unmark

HERE = Path(__file__).resolve().parent
SOURCE = (
    "briefx own cases: written and annotated by hand for briefx by the project's annotators "
    "(ANNOTATION.md conventions), MIT"
)
CASES: dict[str, list[tuple[str, str]]] = {
    "turn": [
        ("2025-01-08", "Retail sales rose 2.1% in [December|2024-12], the statistics office said."),
        ("2025-01-15", "The central bank will meet again on [Feb. 5|2025-02-05]."),
        ("2024-12-10", "The new road toll will take effect on [Jan. 1|2025-01-01]."),
        ("2024-12-03", "The port authority expects the terminal to reopen in [March|2025-03]."),
        ("2025-02-12", "Exports fell for a third straight month in [January|2025-01]."),
        ("2025-02-04", "The airline cut 40 routes in [November|2024-11] after fuel costs soared."),
        ("2024-11-20", "Voters will return to the polls on [Feb. 23|2025-02-23]."),
        ("2024-11-28", "The tribunal adjourned the hearing until [Jan. 14|2025-01-14]."),
        ("2025-01-03", "The storm hit the coast on [Dec. 27|2024-12-27], cutting power to 80,000 homes."),
        ("2024-12-18", "Consumer prices rose 2.6% in [November|2024-11], up from 2.3% in [October|2024-10]."),
        ("2025-01-22", "The company hopes to close the deal in [March|2025-03]."),
        ("2024-12-30", "Tickets for the festival go on sale on [Jan. 6|2025-01-06]."),
        ("2025-01-10", "Unemployment was 4.2% in [December|2024-12], unchanged from [November|2024-11]."),
        ("2024-11-05", "The fraud trial is due to start in [February|2025-02]."),
        ("2025-02-20", "Lawmakers approved the budget in [December|2024-12] after weeks of talks."),
        ("2024-12-12", "Ministers are set to sign the accord in [January|2025-01]."),
        ("2025-01-06", "Inflation figures for [December|2024-12] are due on [Jan. 15|2025-01-15]."),
        ("2024-12-05", "The board meets on [Dec. 18|2024-12-18] and again in [February|2025-02]."),
        ("2025-01-28", "Home sales slumped in [November|2024-11] and [December|2024-12], the agency reported."),
        ("2024-11-14", "The first trains will run on the new line in [January|2025-01]."),
        ("2025-02-07", "The mayor took office in [October|2024-10], promising cheaper buses."),
        ("2024-12-22", "The repairs are expected to be finished by [March 31|2025-03-31]."),
        ("2025-01-13", "The strike that began on [Dec. 19|2024-12-19] ended on [Jan. 9|2025-01-09]."),
        ("2024-12-09", "The company plans to list its shares in [February|2025-02]."),
        ("2025-01-20", "Inflation slowed to 2.4% in [December|2024-12], the lowest reading since [March|2024-03]."),
        ("2024-12-16", "Applications open on [Jan. 8|2025-01-08] and close on [Feb. 28|2025-02-28]."),
        ("2024-11-29", "The council will vote on the housing plan in [January|2025-01], officials said."),
        ("2025-01-10", "Factory output grew 0.4% in [November|2024-11], data published on [Thursday|@prev] showed."),
        ("2025-02-03", "Shares in the retailer have fallen by a third since [October|2024-10]."),
        ("2024-12-02", "The ferry service was suspended in [January|2024-01] and has not resumed."),
        ("2025-01-16", "Gas prices in Europe climbed steeply in [December|2024-12]."),
        ("2024-11-18", "The museum, closed since [March|2024-03], reopens on [Dec. 7|2024-12-07]."),
        ("2025-02-10", "The regulator fined the bank in [November|2024-11] for failing to report suspicious payments."),
        ("2024-12-11", "Parliament breaks for the holidays on [Dec. 20|2024-12-20] and returns on [Jan. 13|2025-01-13]."),
        ("2025-01-29", "The wildfire that broke out on [Jan. 7|2025-01-07] was contained after [three weeks|P3W]."),
        ("2024-11-22", "The carmaker said sales would recover in [February|2025-02]."),
        ("2025-02-18", "Bond yields climbed in [January|2025-01] as investors priced in fewer rate cuts."),
        ("2024-12-19", "Interest payments on the loan begin in [April|2025-04]."),
        ("2025-01-31", "Rainfall in [December|2024-12] was twice the monthly average."),
        ("2024-11-07", "Negotiators hope to reach a deal before [Dec. 15|2024-12-15]."),
        ("2025-01-24", "The minister visited the flooded towns in [November|2024-11] and promised aid."),
        ("2024-12-04", "The new rules will apply from [Jan. 1|2025-01-01]."),
        ("2025-02-26", "The team last won the league in [May|2024-05]."),
        ("2024-11-25", "The festival returns in [August|2025-08] with a bigger programme."),
    ],
    "mid": [
        ("2025-06-18", "The river burst its banks in [September|2024-09], flooding 2,000 homes."),
        ("2025-05-07", "The bank will publish its next forecast in [August|2025-08]."),
        ("2025-07-09", "Wages rose 5.1% in [May|2025-05], the fastest pace since [2023|2023]."),
        ("2024-08-21", "The school reopened in [October|2023-10] after lengthy repairs."),
        ("2025-03-10", "The company will report annual results on [March 7|2025-03-07], it said in a statement."),
        ("2025-04-10", "The board approved a 4% rise in water bills in [July|2025-07]."),
        ("2025-06-18", "The union announced a strike on [July 2|2025-07-02] over pay."),
        ("2024-09-25", "The airport handled a record 6.1 million passengers in [August|2024-08]."),
        ("2025-10-15", "The refinery was shut in [November|2024-11] for maintenance that lasted [four months|P4M]."),
        ("2025-05-07", "The government has approved a rise in the minimum wage from [July 1|2025-07-01]."),
        ("2025-07-09", "The committee meets on [July 22|2025-07-22] to review the bids."),
        ("2024-08-21", "Fans queued for hours when tickets went on sale in [June|2024-06]."),
        ("2025-03-10", "Prices of eggs doubled in [January|2025-01] and eased in [February|2025-02]."),
        ("2025-04-10", "The city council voted to ban cars from the old town in [June|2025-06]."),
        ("2025-06-18", "The cable car, damaged by a storm in [October|2024-10], will reopen in [September|2025-09]."),
        ("2024-09-25", "The ministry set a deadline of [Oct. 31|2024-10-31] for bids."),
        ("2025-10-15", "The new stadium is scheduled to open in [April|2026-04]."),
        ("2025-05-07", "The regulator opened an inquiry in [June|2024-06] into the merger."),
        ("2025-07-09", "The festival drew 90,000 people in [August|2024-08], organisers said."),
        ("2024-08-21", "Schools in the region open on [Sept. 2|2024-09-02]."),
        ("2025-03-10", "Bus fares rise by 10% in [April|2025-04]."),
        ("2025-04-10", "Sales of electric cars jumped 30% in [March|2025-03]."),
        ("2025-06-18", "The landslide on [June 15|2025-06-15] buried two houses."),
        ("2024-09-25", "The heatwave in [July|2024-07] killed hundreds of cattle."),
        ("2025-10-15", "Parliament passed the law in [December|2024-12], and it came into force in [March|2025-03]."),
        ("2025-05-07", "The firm hired 300 staff in [October|2024-10] to meet demand."),
        ("2025-07-09", "Inflation is 3.1% in [June|2025-06], according to a flash estimate."),
        ("2024-08-21", "The minister approved a plan to raise pensions from [November|2024-11]."),
        ("2025-03-10", "The harvest begins in [September|2025-09] and runs to [November|2025-11]."),
        ("2025-04-10", "Investors have pulled money from the fund since [February|2025-02]."),
        ("2025-06-18", "The court will rule on the appeal by [July 31|2025-07-31]."),
        ("2025-10-15", "Ticket sales for the cup final on [Nov. 8|2025-11-08] open [next week|@week+1]."),
    ],
    "said": [
        ("2025-02-12", "The carmaker said on [Monday|@prev] it would raise prices in [March|2025-03]."),
        ("2025-04-10", "The agency said in [January|2025-01] that it would cut 300 jobs by [June|2025-06]."),
        ("2024-12-10", "The mayor said on [Friday|@prev] that the bridge would reopen in [January|2025-01]."),
        ("2025-01-15", "The retailer said [Tuesday|@prev] its sales fell 3% in [December|2024-12]."),
        ("2024-11-20", "Officials said the vaccine would be available from [March|2025-03]."),
        ("2025-06-18", "The airline said in [April|2025-04] that it would resume flights to the island in [May|2025-05]."),
        ("2025-01-22", "The minister told parliament on [Tuesday|@prev] that the plant had closed in [November|2024-11]."),
        ("2024-12-03", "The company said [Monday|@prev] it expects to complete the sale in [February|2025-02]."),
        ("2025-02-04", "The union said members had voted in [January|2025-01] to accept the offer."),
        ("2025-05-07", "The club said the new coach would start on [July 1|2025-07-01]."),
        ("2024-11-28", "The ministry said on [Wednesday|@prev] that exports rose 4% in [October|2024-10]."),
        ("2025-01-08", "The governor said the state would hold a special election in [April|2025-04]."),
        ("2025-03-10", "The firm said in [December|2024-12] that output would recover by [spring|2025-03/2025-05]."),
        ("2024-12-18", "Police said the suspect was arrested on [Dec. 14|2024-12-14]."),
        ("2025-02-12", "The finance minister said the budget would be presented on [March 26|2025-03-26]."),
        ("2025-01-03", "The operator said the line would stay closed until [Jan. 20|2025-01-20]."),
        ("2025-07-09", "The bank said on [Tuesday|@prev] it had cut 1,200 jobs since [January|2025-01]."),
        ("2024-11-14", "The school board said the new term would start on [Jan. 6|2025-01-06]."),
        ("2025-01-28", "The company said it had hired 500 workers in [December|2024-12] for the holiday rush."),
        ("2025-02-20", "The health service said waiting lists grew in [December|2024-12] and [January|2025-01]."),
        ("2024-12-30", "The government said on [Friday|@prev] that fuel duty would rise on [Jan. 15|2025-01-15]."),
        ("2025-04-10", "The regulator said it would publish its decision in [May|2025-05]."),
        ("2024-11-05", "The club said it had sold out its [December|2024-12] fixtures."),
        ("2025-01-15", "The charity said demand at food banks peaked in [November|2024-11]."),
        ("2025-06-18", "The carrier has said it will add 12 routes in [October|2025-10]."),
        ("2024-12-12", "The central bank said it expects inflation to ease in [February|2025-02]."),
        ("2025-02-04", "Police said the fire started on [Jan. 30|2025-01-30] in a storage unit."),
        ("2025-10-15", "The developer said in [July|2025-07] that the tower would be finished by [March|2026-03]."),
        ("2024-11-20", "The minister said prices had risen in [October|2024-10] for the first time in a year."),
        ("2025-01-22", "The retailer said it would close 30 stores in [April|2025-04]."),
        ("2024-12-05", "The firm said its chief executive would step down in [January|2025-01]."),
        ("2025-03-10", "The agency said unemployment fell in [February|2025-02] to its lowest since [October|2024-10]."),
    ],
    "wday": [
        ("2025-01-08", "The prime minister met union leaders on [Monday|@prev]."),
        ("2025-01-08", "The prime minister will meet union leaders on [Friday|@next]."),
        ("2024-12-10", "Shares fell sharply on [Monday|@prev] after the profit warning."),
        ("2025-02-12", "Lawmakers must pass the bill by [Friday|@next] to avoid a shutdown."),
        ("2024-11-20", "Tuesday's vote ended in a narrow win for the government.".replace("Tuesday", "[Tuesday|@prev]", 1)),
        ("2025-01-15", "Markets were calm ahead of [Friday|@next]'s jobs report."),
        ("2025-06-18", "The storm is expected to reach the coast on [Saturday|@next]."),
        ("2025-05-07", "Rescuers found two more survivors on [Sunday|@prev]."),
        ("2024-12-03", "The talks resume on [Thursday|@next] in Geneva."),
        ("2025-07-09", "The minister resigned on [Friday|@prev], citing ill health."),
        ("2024-09-25", "The court will hand down its ruling on [Monday|@next]."),
        ("2025-10-15", "[Monday|@prev]'s blackout left 40,000 homes without power."),
        ("2025-01-22", "The senate is due to vote on the nomination on [Thursday|@next]."),
        ("2025-03-10", "Police arrested three men on [Saturday|@prev] after a raid."),
        ("2024-11-28", "The envoy arrived in Cairo on [Tuesday|@prev] and will fly to Amman on [Friday|@next]."),
        ("2025-04-10", "The company has until [Monday|@next] to respond to the offer."),
        ("2025-02-04", "The central bank held rates on [Thursday|@prev] and signalled cuts later in the year."),
        ("2024-12-18", "Farmers blocked roads on [Monday|@prev] and plan more protests on [Friday|@next]."),
        ("2025-06-18", "The finance minister is to present the budget on [Tuesday|@next]."),
        ("2025-01-03", "The ship ran aground on [Tuesday|@prev] off the northern coast."),
        ("2025-05-07", "Voters go to the polls on [Sunday|@next] in a tight race."),
        ("2024-08-21", "The festival was cancelled on [Monday|@prev] because of the heat."),
        ("2025-07-09", "The strike, which began on [Monday|@prev], will end on [Thursday|@next]."),
        ("2025-10-15", "The club confirmed on [Tuesday|@prev] that its coach had left."),
        ("2025-11-12", "Oil prices rose on [Tuesday|@prev] as stockpiles shrank."),
        ("2025-12-17", "Parliament will break for the holidays on [Friday|@next]."),
        ("2025-11-12", "The inquiry will publish its report on [Thursday|@next]."),
        ("2025-12-17", "A fire broke out at the warehouse on [Sunday|@prev] night."),
        ("2024-12-30", "Stocks rallied on [Friday|@prev] before the long weekend."),
        ("2024-12-30", "Markets reopen on [Thursday|@next] after the new year holiday."),
        ("2025-02-12", "The ministers are meeting again on [Saturday|@next] to finish the text."),
        ("2025-01-15", "The company warned on [Monday|@prev] that it would miss its targets."),
        ("2025-04-10", "Saturday's derby was called off because of the waterlogged pitch.".replace("Saturday", "[Saturday|@next]", 1)),
        ("2024-09-25", "The summit opened on [Monday|@prev] with a call for a ceasefire."),
        ("2025-03-10", "The jury is expected to return its verdict by [Wednesday|@next]."),
        ("2025-06-18", "The bill cleared the lower house on [Tuesday|@prev] by 212 votes to 190."),
    ],
    "neg": [
        ("2025-01-08", "Prices usually rise in January when new contracts start."),
        ("2024-12-10", "Each March the council sets the rates for the coming year."),
        ("2025-06-18", "The museum is closed on Mondays and public holidays."),
        ("2025-02-12", "Theresa May was the guest speaker at the dinner."),
        ("2024-11-20", "The weekly market is held every Thursday in the square."),
        ("2025-05-07", "Sales tend to peak in December and fall in January."),
        ("2025-07-09", "Many families take their holidays in August."),
        ("2024-09-25", "The annual report is published each June."),
        ("2025-10-15", "Bin collections move to Fridays in winter."),
        ("2025-01-22", "Sundays are the quietest day at the clinic."),
        ("2024-12-03", "The fund pays its dividend every April and October."),
        ("2025-03-10", "Frost can damage blossom in April in the northern valleys."),
        ("2024-11-28", "The shop opens late on Thursdays."),
        ("2025-04-10", "The street is named after a general, Ernesto March."),
        ("2025-02-04", "Tourists flock to the coast in July and August."),
        ("2024-12-18", "Trains run less often on Saturdays."),
    ],
}

# (reference date, marked text): short briefs, dates only
BRIEFS: list[tuple[str, str]] = [
    ("2025-01-10",
     "Retail sales fall for second month\n\nBritish retail sales fell 0.3% in [December|2024-12] after a 0.5% drop in "
     "[November|2024-11], the Office for National Statistics said on [Thursday|2025-01-09]. Shops had hoped for a strong "
     "Christmas, but spending on food and clothing slipped. Economists expect sales to pick up in [February|2025-02], "
     "when energy bills fall. Figures for [January|2025-01] will be published on [Feb. 14|2025-02-14]."),
    ("2024-12-11",
     "The regional rail operator said on [Tuesday|2024-12-10] that the new timetable would start on [Jan. 12|2025-01-12], "
     "later than planned. Engineering works that began in [October|2024-10] overran, the operator said. "
     "The old timetable was introduced in [May|2024-05]. Passengers can buy tickets for the new services from "
     "[Friday|2024-12-13]."),
    ("2025-02-19",
     "The city council approved a 6% rise in council tax in [April|2025-04] at a meeting on [Monday|2025-02-17]. "
     "Councillors had voted against a larger rise in [December|2024-12]. The council said reserves fell sharply in "
     "[November|2024-11] after storm repairs. A final vote on the budget is set for [March 5|2025-03-05]."),
    ("2025-07-16",
     "Wildfire crews contained a blaze in the hills above the town on [Tuesday|2025-07-15], after it broke out on "
     "[July 8|2025-07-08]. The fire service said the dry spell that began in [May|2025-05] would last until at least "
     "[August|2025-08]. [Last year|2024]'s worst fire, in [September|2024-09], burned 3,000 hectares. Residents will be allowed "
     "home on [Friday|2025-07-18]."),
    ("2024-11-27",
     "The carmaker will cut 2,400 jobs by [March|2025-03], it said on [Tuesday|2024-11-26], after sales of electric "
     "models fell in [October|2024-10]. The company said in [June|2024-06] that it would build a new battery plant by "
     "[2026|2026]; that plan is now on hold. Unions have called a strike for [Dec. 9|2024-12-09]. Talks with the unions "
     "broke down on [Monday|2024-11-25]."),
    ("2025-10-22",
     "Parliament will vote on the budget on [Nov. 12|2025-11-12], the speaker said on [Tuesday|2025-10-21]. The finance "
     "minister presented the plan on [Oct. 14|2025-10-14], weeks after the cabinet agreed its outline in "
     "[September|2025-09]. [Last year|2024]'s budget, passed in [December|2024-12], was delayed by a coalition row. The new "
     "tax rules apply from [January|2026-01]."),
    ("2025-01-14",
     "Flights resumed at the airport on [Monday|2025-01-13] after a snowstorm closed it on [Friday|2025-01-10]. The "
     "airport handled a record 2.2 million passengers in [December|2024-12], and expects traffic to rise again in "
     "[March|2025-03], when new routes start. A new terminal opens on [June 1|2025-06-01]."),
    ("2024-12-20",
     "The mining company said on [Thursday|2024-12-19] that output at its copper mine would resume in [February|2025-02], "
     "after a landslide halted work on [Nov. 28|2024-11-28]. Production fell 40% in [November|2024-11]. The firm will "
     "report its results on [Feb. 20|2025-02-20], and its shares have fallen 18% since [September|2024-09]."),
]


def build_briefs(folder: Path, every: int = 4) -> None:
    """Write ``own-briefs-dev21d.jsonl`` and its check file (every ``every``-th brief)."""
    dev, held = [], []
    for i, (ref, marked) in enumerate(BRIEFS, 1):
        text, dates = unmark(marked, dt.date.fromisoformat(ref))
        check_half = i % every == 0
        prefix = "own-b21dc" if check_half else "own-b21d"
        case: dict[str, object] = {"id": f"{prefix}-brief-{i:03d}", "source": SOURCE, "text": text,
                                   "reference_date": ref, "published": ref, "dates": dates}  # fmt: skip
        (held if check_half else dev).append(case)
    check(dev + held)
    for name, part in (("own-briefs-dev21d", dev), ("own-briefs-dev21d-check", held)):
        with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in part)
        print(name, len(part), "cases", sum(len(c["dates"]) for c in part), "dates")  # type: ignore[misc, arg-type]


def main() -> None:
    build(CASES, SOURCE, 21, HERE, every=4)
    build_briefs(HERE)


if __name__ == "__main__":
    main()
