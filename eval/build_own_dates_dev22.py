"""Build eval/own-dates-dev22.jsonl, eval/own-briefs-dev22d.jsonl and their -check files.

Twenty-second date dev set (issue 14, session 23): the year and direction of underspecified dates
in news of the TimeBank / TempEval kind, the family the lead's held-out counts name (counts and
kinds only; no held-out text was read): wire narration in the past with weekdays and months,
"last week", "earlier this month", "the week before", reported speech, mixed tenses, headlines
in the present for past events, quotes in the present about the past, dated datelines, and the
composed forms and ranges of issue 14.
- ``wire``: past wire narration of the TimeBank kind (1990s and 2024-2025), weekdays and months
  in the past (the most recent one), plans in the same story (the next one).
- ``rel``: week and month words against the reference date or a date the sentence names
  ("last week", "earlier this month", "later this month", "last month", "the week before",
  "the day before", "the previous month").
- ``said``: reported speech and mixed tenses: "said Tuesday it would ... in March", "expected in
  March", "since January", "by June", "had ... in November", quotes in the present about the past.
- ``head``: present-tense headlines of past events, and datelines ("LONDON, Jan. 3 (Reuters) -"),
  with and without a stored reference date.
- ``comp``: composed forms and ranges ("the week before last", "Monday to Wednesday", "Dec. 29 to
  Jan. 2", "between November and February", "two weeks after March 3").
- ``neg``: habitual, generic and name uses that are no date.
Briefs (``own-briefs-dev22d.jsonl``): eight short wire or official briefs with dates only (every
fourth one to the check file).
Every case was written by hand for briefx (none copied from any set; no test set was read) and
annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx
was run on it; weekdays and ISO weeks were worked out with Python ``datetime`` (``date_marks.py``).
Readings chosen here where those are silent:
- a month or day without a year in a clause about the past is the most recent one on or before
  the reference date, in a clause about the future the next one, whatever verb governs the
  sentence: in "said on Tuesday it would cut jobs in March" the month's clause is "would cut";
  in "said it had cut jobs in November" it is "had cut";
- a quotation in the present about a past event ("'We are still counting the damage from
  Saturday,' she said") dates the weekday by the event: the most recent one;
- a headline in the present of an event already reported ("Quake hits coast on Sunday") is past;
- a dateline's month and day without a year, with no stored reference date, take the year of the
  story's other dates or, with none, are left to the dateline's own year (no such case here);
  with a stored reference date they are that date's.

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays,
``@week``/``@week-1``/``@week+1`` ISO weeks). Every fourth case of a family (the 4th, 8th, ...)
goes to the ``-check`` file, scored only once, at the end of a session.

Run from the project root: ``python eval/build_own_dates_dev22.py`` (rewrites the four files).
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
    "wire": [
        ("1998-01-08", "Stocks tumbled [Wednesday|@prev] as investors fled Asian markets for a second day."),
        ("1998-01-08", "The Federal Reserve left rates unchanged in [December|1997-12], and economists expect no move until [March|1998-03]."),
        ("1997-10-27", "The Hang Seng index, which plunged 10 percent [last week|@week-1], fell again [Monday|@prev0]."),
        ("1998-02-13", "The company said [Thursday|@prev] that [fourth-quarter|1997-10/1997-12] profit fell 12 percent."),
        ("1989-11-02", "The Senate approved the measure [Tuesday|@prev] by a vote of 62-38, sending it to the House."),
        ("1998-03-05", "The airline, which filed for bankruptcy protection in [November|1997-11], said it would emerge by [June|1998-06]."),
        ("1998-01-08", "Talks between the two sides broke down [Monday|@prev] and are scheduled to resume [Friday|@next]."),
        ("1997-10-27", "Analysts had predicted in [September|1997-09] that the currency would hold."),
        ("1998-02-19", "The president signed the order [Tuesday|@prev] after returning from Asia."),
        ("1998-02-19", "The chemical maker said [Wednesday|@prev] it would close three plants by [September|1998-09]."),
        ("1989-11-02", "Shares of the bank rose 75 cents [Wednesday|@prev] after the bid was disclosed."),
        ("1998-03-05", "The union's 18,000 members ratified the contract in [December|1997-12], ending a [four-month|P4M] strike."),
        ("2025-01-09", "The regulator fined the lender [Wednesday|@prev] over lapses that began in [October|2024-10]."),
        ("2025-01-09", "The miner said [Thursday|@prev0] that output would recover in [April|2025-04]."),
        ("2025-03-04", "Firefighters battled the blaze through [Sunday|@prev] and into [Monday|@prev]."),
        ("2025-03-04", "The company cut 1,500 jobs in [November|2024-11] and a further 900 in [January|2025-01]."),
        ("2025-09-17", "Protesters gathered outside parliament on [Saturday|@prev] and again on [Tuesday|@prev]."),
        ("2025-09-17", "Output at the smelter slumped in [October|2024-10] after a fire and has not recovered."),
        ("2025-11-20", "The ceasefire agreed on [Sunday|@prev] largely held overnight, officials said."),
        ("2025-01-09", "Lawmakers passed a stopgap budget in [December|2024-12] that runs out on [March 14|2025-03-14]."),
        ("2026-01-07", "Passenger numbers rose 8% in [December|2025-12], the airport operator said on [Tuesday|@prev]."),
        ("2026-01-07", "The vote, first set for [November|2025-11], was pushed back to [Feb. 10|2026-02-10]."),
        ("2025-06-26", "The tanker caught fire on [Monday|@prev] off the coast and sank on [Tuesday|@prev]."),
        ("2025-06-26", "Regulators first raised concerns about the merger in [August|2024-08]."),
        ("2025-02-03", "The senator announced her retirement on [Friday|@prev], ending a [30-year|P30Y] career."),
        ("2025-02-03", "The rail strike that crippled the network in [December|2024-12] cost the economy an estimated $400 million."),
        ("2024-10-14", "Hurricane winds tore roofs off homes on [Thursday|@prev] before the storm weakened over land."),
        ("2024-10-14", "The central bank raised rates in [July|2024-07] and held them in [September|2024-09]."),
        ("2025-04-29", "The prime minister flew to Tokyo on [Sunday|@prev] for talks that ended on [Monday|@prev]."),
        ("2025-04-29", "Exports to the United States fell 9% in [March|2025-03] after the tariffs took effect."),
        ("2025-08-12", "The storm knocked out power to 200,000 homes on [Saturday|@prev], the utility said."),
        ("2025-08-12", "The carmaker recalled 90,000 vehicles in [November|2024-11] over faulty airbags."),
        ("2025-12-02", "The party elected a new leader on [Saturday|@prev] after a bruising contest."),
        ("2025-12-02", "Inflation peaked in [January|2025-01] and has eased every month since."),
        ("1998-02-13", "Crude oil futures dropped 40 cents [Thursday|@prev] on the New York Mercantile Exchange."),
        ("1998-03-05", "The jury began deliberating [Tuesday|@prev] and is expected to reach a verdict by [Friday|@next]."),
        ("1997-10-27", "The central bank raised its lending rate to 300 percent on [Thursday|@prev] to defend the currency."),
        ("1989-11-02", "The company's chairman resigned in [August|1989-08], weeks before the audit began."),
        ("2025-01-09", "The court heard the appeal in [November|2024-11] and will give its ruling on [Jan. 20|2025-01-20]."),
        ("2025-06-26", "Police arrested two men on [Tuesday|@prev] in connection with the robbery."),
    ],
    "rel": [
        ("2025-03-04", "The board met [last week|@week-1] to discuss the sale."),
        ("2025-03-04", "Prices rose sharply [earlier this month|2025-03], traders said."),
        ("2025-09-17", "The firm will announce its new chief executive [later this month|2025-09]."),
        ("2025-11-20", "The minister resigned [last month|2025-10] after a row over spending."),
        ("2026-01-07", "Sales fell [last month|2025-12] for the first time in a year."),
        ("2024-12-30", "The storm struck the coast [last week|@week-1], killing nine people."),
        ("2025-06-26", "The plant closed on [June 13|2025-06-13]; [the week before|2025-W23], managers had warned of losses."),
        ("2025-02-03", "The deal collapsed on [Jan. 24|2025-01-24]; [the day before|2025-01-23], the two sides had agreed on a price."),
        ("2025-08-12", "Talks resumed [this week|@week] after a summer break."),
        ("2025-04-29", "The council approved the budget [earlier this month|2025-04] and will set fees [next month|2025-05]."),
        ("2024-10-14", "Unemployment rose [last month|2024-09] to its highest level since [2021|2021]."),
        ("2025-12-02", "The flights were cancelled [last week|@week-1] because of the strike."),
        ("1998-01-08", "Retail sales rose 0.6 percent [last month|1997-12], the Commerce Department said."),
        ("1997-10-27", "The market lost 7 percent [last week|@week-1] and a further 3 percent [Monday|@prev0]."),
        ("2025-09-17", "The firm sold its shipping arm in [July|2025-07]; [the month before|2025-06], it had closed two yards."),
        ("2025-03-04", "Police will publish the findings [next week|@week+1]."),
        ("2026-01-07", "The company raised prices [earlier this week|@week], following a rival."),
        ("2025-11-20", "The report, due [later this month|2025-11], will set out the options."),
        ("2025-06-26", "Flooding hit the region [last month|2025-05] and again [this week|@week]."),
        ("2024-12-30", "Fuel prices climbed [earlier this month|2024-12] before easing."),
        ("2025-02-03", "The party's poll rating dropped [last week|@week-1] after the scandal broke."),
        ("1998-02-19", "The union rejected the offer [last week|@week-1] and said it would strike [next month|1998-03]."),
        ("2025-08-12", "The airline sold 2 million tickets [last month|2025-07], a record."),
        ("2025-04-29", "Shares fell 8% on [April 3|2025-04-03] and recovered [the following week|2025-W15]."),
        ("2025-12-02", "The committee held its first hearing [earlier this month|2025-12]."),
        ("2025-09-17", "Ministers met on [Sept. 5|2025-09-05] and again [the following day|2025-09-06]."),
        ("2024-10-14", "The strike began [last week|@week-1] and is expected to continue [this week|@week]."),
        ("2025-03-04", "Orders fell in [January|2025-01] after rising [the previous month|2024-12]."),
    ],
    "said": [
        ("2025-01-09", "The retailer said on [Tuesday|@prev] it would close 40 stores by [June|2025-06]."),
        ("2025-11-20", "The ministry said on [Monday|@prev] that exports had fallen in [October|2025-10] for the first time since [March|2025-03]."),
        ("2025-03-04", "A new terminal is expected to open in [March|2025-03], the airport said."),
        ("2025-09-17", "The plant has been shut since [January|2025-01], the company said."),
        ("2025-02-03", "The company said the merger would be completed by [June|2025-06]."),
        ("2025-09-17", "The company said in [April|2025-04] that it would cut its workforce by [December|2025-12]."),
        ("2025-11-20", "The contractor said the bridge had been finished by [June|2025-06], ahead of schedule."),
        ("2026-01-07", "\"We are still counting the cost of [Saturday|@prev],\" the mayor said."),
        ("2026-01-07", "The operator said output would return to normal in [March|2026-03]."),
        ("2025-06-26", "\"Prices are higher than they were in [January|2025-01],\" the governor told reporters."),
        ("2025-06-26", "The union said the strike, set for [July 4|2025-07-04], would go ahead."),
        ("2024-12-30", "The agency said it expects to finish the inquiry in [February|2025-02]."),
        ("2024-12-30", "Police said the men had been held since [November|2024-11]."),
        ("2025-04-29", "The finance minister told parliament that growth slowed in [December|2024-12]."),
        ("2025-04-29", "The bank said [Monday|@prev] it expects rates to stay on hold until [September|2025-09]."),
        ("2025-08-12", "Officials said the dam, damaged in [October|2024-10], would be repaired by [November|2025-11]."),
        ("2025-08-12", "\"The fire on [Friday|@prev] is the worst we have seen,\" the chief said."),
        ("2025-12-02", "The firm said its profit doubled in [October|2025-10] and it expects a strong [January|2026-01]."),
        ("2025-12-02", "The council said the road would reopen on [Jan. 12|2026-01-12]."),
        ("2024-10-14", "The coach said on [Saturday|@prev] that he would step down in [May|2025-05]."),
        ("2024-10-14", "The agency says rainfall has been below average since [April|2024-04]."),
        ("2025-02-03", "Investigators said the crash on [Jan. 29|2025-01-29] was caused by a faulty valve."),
        ("2025-02-03", "The minister said prices had risen in [November|2024-11] and [December|2024-12]."),
        ("1998-01-08", "The company said [Wednesday|@prev] that it expects to return to profit by [June|1998-06]."),
        ("1998-03-05", "Officials said the plant had been idle since [October|1997-10]."),
        ("1998-02-13", "A spokesman said the shipments would resume in [March|1998-03]."),
        ("1989-11-02", "The chairman said sales in [October|1989-10] were the best in the company's history."),
        ("2025-09-17", "The bank said it would publish its review in [January|2026-01]."),
        ("2025-09-17", "The school said lessons had been moved online in [March|2025-03] and stayed there."),
        ("2025-06-26", "The regulator said it had warned the firm in [November|2024-11]."),
        ("2025-11-20", "The group said on [Tuesday|@prev] that it expects sales to recover in [April|2026-04]."),
        ("2025-11-20", "\"What happened on [Sunday|@prev] must never happen again,\" the president said."),
        ("2026-01-07", "The carmaker said it sold 1.2 million vehicles in [December|2025-12]."),
        ("2025-03-04", "The commission said the rules, agreed in [November|2024-11], would apply from [July|2025-07]."),
        ("2025-08-12", "The ministry said the vaccine would be available in [October|2025-10]."),
        ("2024-12-30", "The club said the coach had left on [Dec. 22|2024-12-22]."),
        ("2025-04-29", "\"It is too early to say what caused [Friday|@prev]'s outage,\" the operator said."),
        ("2025-12-02", "The agency said prices rose in [November|2025-11] and it expects them to ease in [February|2026-02]."),
        ("2025-02-03", "Lawmakers said they hope to pass the bill in [April|2025-04]."),
        ("2025-09-17", "The prosecutor said the suspect was arrested on [Sept. 11|2025-09-11]."),
    ],
    "head": [
        ("2025-01-09", "Carmaker sells record 2 million cars in [December|2024-12]"),
        ("2025-03-04", "Storm batters coast on [Sunday|@prev], leaving thousands without power"),
        ("2025-02-03", "Factory output falls in [December|2024-12] as demand weakens"),
        ("2025-09-17", "Prime minister meets union leaders on [Monday|@prev] as strike looms"),
        ("2026-01-07", "Retail sales jump in [November|2025-11], official data show"),
        ("2025-11-20", "Central bank holds rates on [Tuesday|@prev], signals cut in [December|2025-12]"),
        ("2025-01-03", "LONDON, [Jan. 3|2025-01-03] (Reuters) - British house prices rose in [December|2024-12], a mortgage lender said on [Friday|@prev0]."),
        ("2024-12-30", "FRANKFURT, [Dec. 30|2024-12-30] (Reuters) - German inflation rose in [December|2024-12], preliminary data showed on [Monday|@prev0]."),
        ("2025-01-06", "PARIS, [Jan. 6|2025-01-06] - French factory activity shrank in [December|2024-12] for a sixth month, a survey showed on [Monday|@prev0]."),
        ("2025-06-26", "TOKYO, [June 26|2025-06-26] - Japan's exports fell in [May|2025-05], the finance ministry said on [Thursday|@prev0]."),
        ("2024-10-14", "Ship runs aground off coast on [Saturday|@prev], crew rescued"),
        ("2025-08-12", "Former minister jailed in [July|2025-07] for fraud"),
        ("2025-04-29", "Exports slump in [March|2025-03] after tariffs bite"),
        ("2025-12-02", "Police arrest 12 after [Saturday|@prev] protest turns violent"),
        ("~1998-01-07", "NEW YORK, [Jan. 7, 1998|1998-01-07] /PRNewswire/ -- Halvorsen Foods Inc. said sales rose 9 percent in [December|1997-12]."),
        ("2025-02-14", "BRUSSELS, [Feb. 14|2025-02-14] (Reuters) - Euro zone growth stalled in [the fourth quarter|2024-10/2024-12], data showed on [Friday|@prev0]."),
        ("2025-03-04", "WASHINGTON, [March 4|2025-03-04] - The Senate will vote on the nominee on [Thursday|@next], its leader said on [Monday|@prev]."),
        ("2026-01-07", "Airline cancels 300 flights after [Monday|@prev] snowstorm"),
        ("2025-09-17", "Inflation eases in [August|2025-08] as fuel costs drop"),
        ("2025-02-03", "Minister quits on [Friday|@prev] over expenses row"),
    ],
    "comp": [
        ("2025-03-04", "The ship left port [the week before last|2025-W08]."),
        ("2025-09-19", "The strike ran from [Monday to Wednesday|2025-09-15/2025-09-17] and cost $50 million."),
        ("2024-12-30", "The office is closed from [Dec. 31 to Jan. 2|2024-12-31/2025-01-02]."),
        ("2025-11-20", "Heating use will peak between [November and February|2025-11/2026-02], the grid operator said."),
        ("2025-03-04", "The rules take effect [two weeks after March 3|2025-03-17]."),
        ("2025-06-26", "The festival runs from [July 10 to 13|2025-07-10/2025-07-13]."),
        ("2026-01-07", "The ports were shut from [Dec. 24 to Jan. 2|2025-12-24/2026-01-02] because of the strike."),
        ("2025-02-03", "Sales rose between [October and December|2024-10/2024-12], the retailer said."),
        ("2025-08-12", "The talks will run from [Aug. 18 through Aug. 22|2025-08-18/2025-08-22]."),
        ("2025-04-29", "The plant was idle for [three weeks|P3W] in [March|2025-03]."),
        ("2025-09-17", "Voting takes place [the week after next|2025-W40]."),
        ("2024-10-14", "The inquiry will sit from [Nov. 4 to Dec. 13|2024-11-04/2024-12-13]."),
        ("2025-12-02", "The market was shut from [Thursday to Saturday|2025-11-27/2025-11-29] for the holiday."),
        ("2025-11-20", "The refinery will shut for maintenance from [January to March|2026-01/2026-03]."),
        ("2025-03-04", "Exports grew in [the three months to January|2024-11/2025-01]."),
        ("2025-06-26", "The team will train on [Saturday|@next] and play the final on [Sunday|@next]."),
        ("2026-01-07", "Prices rose in [the fourth quarter|2025-10/2025-12] after falling in [the third quarter|2025-07/2025-09]."),
        ("2025-09-17", "The consultation closes [a week from Friday|2025-09-26]."),
        ("1998-02-19", "The company's shares rose 20 percent between [November and January|1997-11/1998-01]."),
        ("2025-02-03", "Snow fell from [Friday to Sunday|2025-01-31/2025-02-02], closing schools."),
    ],
    "neg": [
        ("2025-03-04", "The market opens on Saturdays from April to October."),
        ("2025-09-17", "Sales usually slow in January after the holiday rush."),
        ("2025-11-20", "The clinic is busiest on Mondays."),
        ("2026-01-07", "April Jones was named head of the trust."),
        ("2025-06-26", "Each December the city lights the harbour."),
        ("2024-10-14", "Ferries run every Sunday in the summer."),
        ("2025-02-03", "Shops in the town close early on Wednesdays."),
        ("2025-08-12", "The band always plays the Friday night slot at the festival."),
        ("2025-04-29", "Most students sit their exams in June."),
        ("2025-12-02", "Trains are less crowded on Fridays, the operator says."),
        ("1998-01-08", "Retailers typically discount heavily in January."),
        ("2025-09-17", "Bin collections take place every other Tuesday."),
    ],
}

# (reference date, marked text): short wire or official briefs, dates only
BRIEFS: list[tuple[str, str]] = [
    ("1998-01-08",
     "Carver Motors to cut 2,000 jobs\n\nDETROIT (AP) -- Carver Motors Corp. said [Wednesday|1998-01-07] it will cut 2,000 "
     "salaried jobs by [June|1998-06] as it trims costs. The company, which earned a record profit in [1996|1996], "
     "said sales fell in [December|1997-12] for the first time in a year. [Last week|1998-W01], rival Ford Motor Co. "
     "said it would close a plant in [March|1998-03]. Carver shares fell 50 cents [Wednesday|1998-01-07] on the New "
     "York Stock Exchange."),
    ("2025-01-09",
     "The Ministry of Transport said on [Wednesday|2025-01-08] that rail passenger numbers rose 6% in [December|2024-12], "
     "helped by new services that began in [November|2024-11]. Fares will rise by 3% in [March|2025-03], the ministry "
     "said. Engineering works that closed the main line [last week|2025-W01] are due to finish on [Jan. 19|2025-01-19]. "
     "\"The network carried more people in [December|2024-12] than in any month on record,\" the minister said."),
    ("2025-09-17",
     "NAIROBI, [Sept. 17|2025-09-17] (Reuters) - Kenya's central bank cut its main lending rate on [Tuesday|2025-09-16] for "
     "the third time since [February|2025-02], citing slowing inflation. Inflation eased to 4.1% in [August|2025-08] from "
     "4.4% in [July|2025-07]. The bank's monetary policy committee will next meet in [December|2025-12]. Analysts said the "
     "shilling, which weakened [last week|2025-W37], could come under pressure."),
    ("2026-01-07",
     "Flood warnings remain in place across the region after heavy rain on [Monday|2026-01-05], the Environment Agency "
     "said. Rivers burst their banks on [Dec. 31|2025-12-31] and again over [the weekend|2026-01-03/2026-01-04]. The agency "
     "said rainfall in [December|2025-12] was 170% of the monthly average. Repairs to flood defences damaged in "
     "[November|2025-11] will begin in [February|2026-02]. A review of the response is due [later this month|2026-01]."),
    ("2025-03-04",
     "The Department of Health announced on [Monday|2025-03-03] that waiting lists fell for a third month in "
     "[January|2025-01]. The department said it had opened 12 new diagnostic centres since [October|2024-10] and would "
     "open 8 more by [September|2025-09]. Figures for [February|2025-02] will be published on [April 10|2025-04-10]. "
     "Doctors staged a strike [last week|2025-W09] and have threatened another in [April|2025-04]."),
    ("2025-11-20",
     "Storm warning lifted\n\nThe national weather service lifted its storm warning on [Wednesday|2025-11-19] after winds "
     "that began on [Sunday|2025-11-16] eased. The storm was the strongest since [February|2025-02], the service said. "
     "Power cuts that hit 40,000 homes on [Monday|2025-11-17] had been repaired by [Tuesday|2025-11-18] night. The "
     "service expects a colder than average [December|2025-12]."),
    ("2025-06-26",
     "The city council said on [Wednesday|2025-06-25] that its new waste contract, signed in [March|2025-03], will start "
     "on [Aug. 1|2025-08-01]. The old contractor walked out in [November|2024-11] after a pay dispute, and collections "
     "have been run by council staff since [December|2024-12]. Residents will get new bins [next month|2025-07]. "
     "Councillors approved the contract at a meeting on [June 17|2025-06-17]."),
    ("2024-12-30",
     "Quake shakes island\n\nA magnitude 6.1 earthquake struck the island on [Saturday|2024-12-28], damaging dozens of "
     "homes, officials said on [Sunday|2024-12-29]. It was the strongest quake since [August|2024-08]. Schools will stay "
     "closed until [Jan. 6|2025-01-06], and engineers will inspect the main bridge on [Thursday|2025-01-02]. The island "
     "was hit by a smaller quake [last week|2024-W52]."),
]


def build_briefs(folder: Path, every: int = 4) -> None:
    """Write ``own-briefs-dev22d.jsonl`` and its check file (every ``every``-th brief)."""
    dev, held = [], []
    for i, (ref, marked) in enumerate(BRIEFS, 1):
        text, dates = unmark(marked, dt.date.fromisoformat(ref))
        check_half = i % every == 0
        prefix = "own-b22dc" if check_half else "own-b22d"
        case: dict[str, object] = {"id": f"{prefix}-brief-{i:03d}", "source": SOURCE, "text": text,
                                   "reference_date": ref, "published": ref, "dates": dates}  # fmt: skip
        (held if check_half else dev).append(case)
    check(dev + held)
    for name, part in (("own-briefs-dev22d", dev), ("own-briefs-dev22d-check", held)):
        with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in part)
        print(name, len(part), "cases", sum(len(c["dates"]) for c in part), "dates")  # type: ignore[misc, arg-type]


def main() -> None:
    build(CASES, SOURCE, 22, HERE, every=4)
    build_briefs(HERE)


if __name__ == "__main__":
    main()
