"""Build eval/own-dates-dev17.jsonl and eval/own-dates-dev17-check.jsonl.

Seventeenth date dev set (issue 14, session 18): single sentences of 2024-2025 news in the
families where held-out date cases still lose values or gain spurious dates.
- ``weekday``: a bare weekday or "this/next <weekday>" read by the tense and context of its
  clause (ANNOTATION.md): past narration, future clauses, reported plans ("said on Monday that
  it would ... on Friday": the Friday after the Monday), "adjourned until Monday", "next
  Friday" written on a Friday (the Friday a week on), and a weekday after a date the sentence
  already gives (the first such day after that date).
- ``unit``: durations keep the unit the text uses ("two weeks" -> P2W, "18 months" -> P18M,
  "three years and six months" -> P3Y6M, "a fortnight" -> P2W; "a year and a half" and "two
  and a half years" in months, as the code reads halves).
- ``durpoint``: durations against points: "within two weeks" (a duration), "for the past 10
  days" (the ten days to today, "START/END"), "two weeks from Monday" (a day), "for six weeks
  from Monday" (a length and its start: two dates).
- ``range``: ranges of any form on either side, "from"/"between" outside the span: "the 3rd to
  the 9th of next month", "mid-March and early May" (hedges dropped: the months), "this week
  and next", two ranges in one sentence.
- ``compose``: single dates composed of an anchor, an offset and a relation or an ordinal of a
  period ("the first Monday of next month", "four days after Easter", "the Friday before last",
  "the last day of the month", "the first week of October" -> its ISO week).
- ``false``: look-alikes that are no date: ages ("a 45-year-old man", "The driver, 52,"),
  model numbers, scores and tallies, "its 88th day", times of day alone, people and firms named
  like a month, weekday or season; some cases hold a true date beside the look-alike.
Every case was written by hand for briefx (none copied from any set; no test set was read) and
annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx
was run on it; weekdays, holidays and ISO weeks were worked out with Python ``datetime``.
Readings chosen here where those are silent:
- a weekday after a date the same sentence gives, in narration, is the first such day after
  that date ("took effect on Oct. 27, and convoys crossed on Wednesday" -> Oct. 30);
- a person's age ("a 45-year-old man", "aged 52") is no date; a thing's age stays a duration
  by ANNOTATION.md's hyphenated-adjective rule;
- a composite duration keeps each unit ("two years and three months" -> P2Y3M).

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays).
Every third case of a family (the 3rd, 6th, ...) goes to the ``-check`` file, scored only once,
at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev17.py`` (rewrites both files).
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
    "weekday": [
        ("2025-03-14", "The results of the review will be published [next Friday|2025-03-21]."),
        ("2025-06-11", "The strike will go ahead [this Friday|2025-06-13] unless the offer is improved."),
        ("2025-06-11", "Ministers met on [Friday|2025-06-06] and will meet again on [Monday|2025-06-16]."),
        ("2025-06-11", "The company said on [Monday|2025-06-09] that it would close the plant on [Friday|2025-06-13]."),
        ("2025-10-20", "Voters go to the polls on [Sunday|2025-10-26] in the first election since the coup."),
        ("2025-10-20", "The ferry sank on [Sunday|2025-10-19], and divers will resume the search on [Tuesday|2025-10-21]."),
        ("2024-11-07", "The ceasefire took effect on [Oct. 27|2024-10-27], and aid convoys crossed the border on [Wednesday|2024-10-30]."),
        ("2025-01-28", "The foreign minister will visit Kyiv [next Tuesday|2025-02-04], her office said."),
        ("2025-08-22", "Trading in the shares will resume [next Friday|2025-08-29] after the suspension."),
        ("2025-08-22", "The index closed at a record on [Thursday|2025-08-21] and is expected to open higher on [Monday|2025-08-25]."),
        ("2025-09-06", "Lawmakers return from recess on [Monday|2025-09-08]."),
        ("2025-09-06", "The minister resigned on [Thursday|2025-09-04], two days after the vote."),
        ("2025-04-30", "The referendum, held on [Sunday, April 13|2025-04-13], was followed by protests on [Tuesday|2025-04-15]."),
        ("2025-10-20", "The storm made landfall on [Oct. 8|2025-10-08] and had weakened over land by [Friday|2025-10-10]."),
        ("2025-06-11", "The bank will hold rates when it meets [this Thursday|2025-06-12], economists said."),
        ("2025-06-11", "Unions have called a strike for [next Wednesday|2025-06-18]."),
        ("2025-03-14", "Shares fell 6% on [Friday|2025-03-14] after the company cut its forecast."),
        ("2025-03-14", "The judge adjourned the hearing until [Monday|2025-03-17]."),
        ("2024-11-07", "The president-elect is due to meet the outgoing president on [Wednesday|2024-11-13]."),
        ("2024-11-07", "Polls closed on [Tuesday|2024-11-05], and counting was still under way on [Thursday|2024-11-07]."),
        ("2025-01-28", "The minister said on [Monday|2025-01-27] that talks would resume on [Thursday|2025-01-30]."),
        ("2025-01-28", "The talks broke down on [Jan. 10|2025-01-10] without a deal; the two sides met again on [Monday|2025-01-13]."),
    ],
    "unit": [
        ("2025-06-11", "Repairs to the bridge will take [two weeks|P2W], the council said."),
        ("2025-06-11", "The new contract runs for [18 months|P18M]."),
        ("2025-06-11", "The loan must be repaid within [a year and a half|P18M]."),
        ("2025-03-14", "Construction of the tunnel is expected to last [three years and six months|P3Y6M]."),
        ("2025-03-14", "Families have been sleeping in tents for [six weeks|P6W]."),
        ("2025-03-14", "A [six-week|P6W] trial of the scheme begins in [May|2025-05]."),
        ("2025-10-20", "He was sentenced to [two years and three months|P2Y3M] in prison."),
        ("2025-10-20", "The [24-month|P24M] programme will train 3,000 nurses."),
        ("2025-10-20", "The export ban will last [a fortnight|P2W]."),
        ("2024-11-07", "The negotiations dragged on for [nine weeks|P9W] before a deal was struck."),
        ("2024-11-07", "The company now has [36 months|P36M] to comply with the order."),
        ("2024-11-07", "Average waiting times for surgery rose to [14 weeks|P14W]."),
        ("2025-01-28", "The warranty was extended from [one year|P1Y] to [two years|P2Y]."),
        ("2025-01-28", "The project is [four months|P4M] behind schedule."),
        ("2025-01-28", "Inflation has stayed above the target for [two and a half years|P30M]."),
        ("2025-09-06", "The crew will spend [eight weeks|P8W] aboard the station."),
        ("2025-09-06", "Rail fares will be frozen for [12 months|P12M] from [January|2026-01]."),
        ("2025-09-06", "The refinery was shut for [a year and two months|P1Y2M] after the fire."),
        ("2025-04-30", "Patients waited [five weeks|P5W] on average for a scan."),
        ("2025-04-30", "The regulator gave the firm [10 weeks|P10W] to submit a plan."),
        ("2025-04-30", "Her term as governor lasts [five years|P5Y]."),
    ],
    "durpoint": [
        ("2025-06-11", "The government must respond to the petition within [two weeks|P2W]."),
        ("2025-06-11", "Fuel prices have risen for [the past 10 days|2025-06-01/2025-06-11]."),
        ("2025-06-11", "The new rules take effect [two weeks from Monday|2025-06-30]."),
        ("2025-03-14", "The firm has [90 days|P90D] to lodge an appeal."),
        ("2025-03-14", "Police have made 40 arrests over [the past three weeks|2025-02-21/2025-03-14]."),
        ("2025-03-14", "The vote will be held [three weeks from today|2025-04-04]."),
        ("2025-10-20", "The company said it would decide within [a month|P1M]."),
        ("2025-10-20", "Rain has fallen in the capital on each of [the last five days|2025-10-15/2025-10-20]."),
        ("2025-10-20", "The dividend will be paid [a week from Friday|2025-10-31]."),
        ("2024-11-07", "He has been held in custody for [two weeks|P2W]."),
        ("2024-11-07", "Applications close [two weeks from Friday|2024-11-22]."),
        ("2024-11-07", "The embassy has been closed for [the past 10 days|2024-10-28/2024-11-07]."),
        ("2025-09-06", "The index has gained 8% over [the past four weeks|2025-08-09/2025-09-06]."),
        ("2025-09-06", "The pilot scheme will run for [six weeks|P6W] from [Monday|2025-09-08]."),
        ("2025-09-06", "The airline expects to restore full service within [10 days|P10D]."),
        ("2025-01-28", "Talks have been suspended for [the past 10 days|2025-01-18/2025-01-28]."),
        ("2025-01-28", "The handover is set for [two weeks from Thursday|2025-02-13]."),
        ("2025-01-28", "The port will stay closed for at least [three weeks|P3W]."),
        ("2025-04-30", "Exports fell in each of [the past three months|2025-01-30/2025-04-30]."),
        ("2025-04-30", "The budget will be presented [two weeks from Tuesday|2025-05-20]."),
        ("2025-04-30", "The minister has until [Friday|2025-05-02] to respond."),
    ],
    "range": [
        ("2025-06-11", "The festival runs from [the 3rd to the 9th of next month|2025-07-03/2025-07-09]."),
        ("2025-03-14", "Planting is expected between [mid-March and early May|2025-03/2025-05]."),
        ("2025-10-20", "Delays are expected on the line [this week and next|2025-W43/2025-W44]."),
        ("2025-06-11", "The line will close from [July 1 to 14|2025-07-01/2025-07-14] and again from [Aug. 4 to 10|2025-08-04/2025-08-10]."),
        ("2024-11-07", "Voting runs [Nov. 18-22|2024-11-18/2024-11-22], with results due on [Dec. 2|2024-12-02]."),
        ("2025-03-14", "The exhibition will run from [the 20th to the 28th of this month|2025-03-20/2025-03-28]."),
        ("2025-01-28", "Roadworks are planned between [late February and mid-April|2025-02/2025-04]."),
        ("2025-09-06", "Trains will be replaced by buses [next week and the week after|2025-W37/2025-W38]."),
        ("2025-10-20", "Fares rose by a third between [2019 and 2023|2019/2023]."),
        ("2025-06-11", "The consultation ran from [April to early June|2025-04/2025-06]."),
        ("2024-11-07", "The summit will be held from [the 2nd to the 4th of next month|2024-12-02/2024-12-04]."),
        ("2025-01-28", "Schools will close from [Feb. 17 to 21|2025-02-17/2025-02-21] and from [April 7 to 18|2025-04-07/2025-04-18]."),
        ("2025-08-22", "Hotel prices peaked between [late July and mid-August|2025-07/2025-08]."),
        ("2025-08-22", "The trade fair was moved from [Sept. 12-14|2025-09-12/2025-09-14] to [Oct. 3-5|2025-10-03/2025-10-05]."),
        ("2025-10-20", "Deliveries are scheduled for [the 10th to the 14th of November|2025-11-10/2025-11-14]."),
        ("2025-06-11", "The works will run from [June 23 until July 4|2025-06-23/2025-07-04]."),
        ("2024-11-07", "Sales were strong between [early September and late October|2024-09/2024-10]."),
        ("2025-04-30", "The market stays open late [this week and next|2025-W18/2025-W19]."),
        ("2025-04-30", "The strike will run from [the 5th to the 7th of May|2025-05-05/2025-05-07]."),
        ("2025-09-06", "The museum was closed from [March to June|2025-03/2025-06] and from [Aug. 1 to 20|2025-08-01/2025-08-20]."),
        ("2025-01-28", "Prices rose between [December and January|2024-12/2025-01]."),
    ],
    "compose": [
        ("2025-06-11", "The new law takes effect on [the first Monday of next month|2025-07-07]."),
        ("2025-06-11", "The board meets on [the last Thursday of the month|2025-06-26]."),
        ("2025-03-14", "Payments will start [four days after Easter|2025-04-24]."),
        ("2025-10-20", "The rules apply from [the 1st of next month|2025-11-01]."),
        ("2025-01-28", "The summit opens [the Tuesday after next|2025-02-11]."),
        ("2025-01-28", "Bids must be in by [the end of next month|2025-02]."),
        ("2025-09-06", "The election will be held [six weeks after Labor Day|2025-10-13]."),
        ("2025-04-30", "The first payments are due on [the 15th of next month|2025-05-15]."),
        ("2024-11-07", "Parliament rises on [the third Friday of December|2024-12-20]."),
        ("2024-11-07", "Talks will resume [the day after Thanksgiving|2024-11-29]."),
        ("2025-08-22", "The ballot closes at midnight on [the last day of the month|2025-08-31]."),
        ("2025-08-22", "Production will begin in [the final quarter of next year|2026-10/2026-12]."),
        ("2025-10-20", "The tournament starts on [the second Saturday of next month|2025-11-08]."),
        ("2025-03-14", "The new terminal opened in [the spring of 1998|1998-03/1998-05]."),
        ("2025-03-14", "The levy will rise on [the first day of next year|2026-01-01]."),
        ("2025-06-11", "Officials last met on [the Friday before last|2025-05-30]."),
        ("2025-01-28", "The rate cut took effect on [the last Monday of December|2024-12-30]."),
        ("2025-09-06", "The court will rule in [the first week of October|2025-W40]."),
        ("2025-04-30", "The fund was launched in [the second half of last year|2024-07/2024-12]."),
        ("2024-11-07", "Registration for the scheme closes [10 days before Christmas|2024-12-15]."),
        ("2025-10-20", "The Christmas market will open [a week before Christmas|2025-12-18]."),
    ],
    "false": [
        ("2025-06-11", "A 45-year-old man was arrested at the scene, police said."),
        ("2025-06-11", "The driver, 52, was taken to hospital with minor injuries."),
        ("2025-06-11", "The airline ordered 30 more 737 MAX 8 jets and ten A321neos."),
        ("2025-03-14", "The Chiefs beat the Eagles 40-22 in front of 70,000 fans."),
        ("2025-03-14", "Coach June Okafor said the team was ready for the final."),
        ("2025-03-14", "The crew marked the 88th day of the mission with a spacewalk."),
        ("2025-10-20", "The meeting began at 10:30 a.m. and ended shortly before noon."),
        ("2025-10-20", "Flight 2024 from Lagos landed safely after a bird strike."),
        ("2025-10-20", "The Galaxy S25 and the iPhone 16 went on sale in the country."),
        ("2024-11-07", "Sunday Mills, a textile maker, said its profit fell by a fifth."),
        ("2024-11-07", "Shares in May Group rose 3% after the retailer raised its forecast."),
        ("2024-11-07", "The striker scored on his 100th appearance for the club."),
        ("2025-01-28", "The team are 12th in the table with 30 points from 21 games."),
        ("2025-01-28", "Temperatures reached 41C at 3 p.m. on [Monday|@prev], the weather service said."),
        ("2025-01-28", "The 30-year-old striker signed a [three-year|P3Y] contract."),
        ("2025-09-06", "The bill passed the lower house 312-109."),
        ("2025-09-06", "The airline grounded its 787-9 fleet for inspections."),
        ("2025-09-06", "She won the marathon in 2:21:36, a course record."),
        ("2025-04-30", "Autumn Devereux, a spokeswoman for the council, declined to comment."),
        ("2025-04-30", "The 1-0 win was only their 15th of the season."),
        ("2025-04-30", "The clinic sees about 1,200 patients a day and 300 at weekends."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 17, HERE, every=3)


if __name__ == "__main__":
    main()
