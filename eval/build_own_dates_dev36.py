"""Build eval/own-dates-dev36.jsonl, eval/own-briefs-dev36f.jsonl and their -check files.

Thirty-sixth date dev set (issue 14, session 36, helper falsedates23): date words that are no
dates. The lead's counts on the blind sets (counts and kinds only; no held-out text was read)
name spurious dates as the largest error class of the dates stage: season words, "a day"/"a
month"/"a year", weekday abbreviations, month names alone, bare four-digit numbers, "the
month"/"the year"/"the week" and period words of results. Families:
- ``season``: a season word that is a noun of motion or of a thing ("the fall in prices", "the
  fall of the government", "a spring in the mattress", "hot springs"), or inside an event's
  name ("the Arab Spring"), beside seasons that are dates ("in the fall", "last spring");
- ``rate``: "a day", "a month", "a year" after an amount, a count or a frequency ("twice a
  day", "$5 a day", "300 tonnes a month", "three meals a day"): no dates (ANNOTATION.md: rate
  and frequency words), beside durations and relative dates that are ("for a year", "a year
  ago");
- ``weekday``: weekday abbreviations that are verbs, nouns or names ("Sat on the committee",
  "Wed in June", "Sun Yang", "The Sun"), beside "Sat 14 Nov" and "on Sun., Nov. 8";
- ``month``: month names in names, as verbs or as adjectives ("Theresa May", "an august
  body", "March" heading a march), and months without a year in past narration (the most
  recent one, ANNOTATION.md's tense rule);
- ``number``: four-digit numbers that are no year (counts, models, scores, distances);
- ``unit``: "the month", "the year", "the week" inside titles and awards ("Player of the
  Year") beside "the year" that is one ("earlier in the year").
Briefs (``own-briefs-dev36f.jsonl``): eight short wire briefs mixing the families (every
second one to the check file).
Every case was written by hand for briefx (none copied from any set; no test set was read) and
annotated by ``shared/eval/ANNOTATION.md`` before briefx was run on it. Readings chosen here
where the rules are silent: a season used as a noun of motion or of a thing is no date; an
event named with a season is no date (a name, like the year inside a law's name).

Markup: ``[span|value]`` (see ``date_marks.py``). Every second case of a family goes to the
``-check`` file, scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_dates_dev36.py`` (rewrites the four files).
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
    "season": [
        ("2026-06-02", "Shoppers spring into action when the sales begin."),
        ("2026-06-02", "New cafes spring up along the river every year."),
        ("2026-01-27", "The fall of Kabul triggered an exodus."),
        ("2026-01-27", "A steep fall in orders pushed the index lower in [December|2025-12]."),
        ("2026-08-04", "[The summer of 2024|2024-06/2024-08] was the wettest on record."),
        (
            "2026-08-04",
            "Exports recovered after the spring thaw freed the ports in [April|2026-04].",
        ),
        ("2026-11-03", "The fall in oil prices hurt exports."),
        ("2026-11-03", "Investors cheered the fall of the government."),
        ("2026-10-14", "Output slid after the fall, the ministry said."),
        ("2026-09-02", "The sharp fall in sterling pushed up import costs."),
        ("2026-06-11", "The spring in the mattress broke within [a month|P1M]."),
        ("2026-06-11", "Villagers draw water from a spring above the church."),
        ("2026-05-20", "The town's hot springs draw 200,000 visitors."),
        ("2026-03-12", "A fall from scaffolding killed a worker on [Tuesday|@prev]."),
        ("2026-04-22", "The fall of the Berlin Wall reshaped the continent's politics."),
        ("2026-08-19", "Shares extended their fall after the profit warning."),
        ("2026-07-01", "The fall in inflation surprised economists."),
        ("2026-09-30", "Protesters were inspired by the Arab Spring, which began in [2010|2010]."),
        ("2026-02-09", "Historians still debate the legacy of the Prague Spring."),
        ("2026-10-05", "The fall in unemployment was the steepest since [2019|2019]."),
        ("2026-05-06", "Analysts blamed the fall on weak demand from China."),
        ("2026-11-18", "A spring failed in the brake assembly, investigators found."),
        ("2026-04-15", "The rally halted the currency's fall against the dollar."),
        ("2026-05-12", "Sales will resume in [the fall|2026-09/2026-11]."),
        ("2026-11-03", "The company was founded in [the spring of 1999|1999-03/1999-05]."),
        ("2026-11-03", "Prices rose [last spring|2026-03/2026-05] and have held since."),
        ("2026-02-10", "The bridge will reopen in [the summer|2026-06/2026-08]."),
        ("2026-09-21", "Turnout fell in [the spring|2026-03/2026-05] elections, officials said."),
        ("2026-03-03", "Construction began in [autumn 2024|2024-09/2024-11]."),
        ("2026-10-28", "Ministers will meet again in [the spring|2027-03/2027-05]."),
        (
            "2026-01-14",
            "Demand for heating oil rose in [the autumn|2025-09/2025-11], traders said.",
        ),
        (
            "2026-04-08",
            "The fall in output during [the winter|2025-12/2026-02] was smaller than feared.",
        ),
    ],
    "rate": [
        ("2026-04-14", "Users pay $30 a month for the service."),
        ("2026-04-14", "The board meets once a month."),
        ("2026-10-30", "Visitors fell to 50 a day after the floods."),
        ("2026-10-30", "Inspectors visit each site twice a year."),
        ("2026-01-09", "Traders lose about 4,000 rupees a day during the blockade."),
        ("2026-01-09", "The scheme pays pensioners 300 pesos a week."),
        ("2026-11-03", "Patients take the drug twice a day."),
        ("2026-11-03", "Workers earn $5 a day at the plant."),
        ("2026-11-03", "The plant produces 300 tonnes a month."),
        ("2026-06-04", "Children there eat two meals a day, the charity said."),
        ("2026-06-04", "The line carries 40,000 passengers a day."),
        ("2026-03-17", "Renters pay about 900 euros a month for a flat."),
        ("2026-03-17", "The clinic sees up to 150 patients a day."),
        ("2026-08-26", "Some 3,000 migrants a month crossed the border in [June|2026-06]."),
        ("2026-08-26", "The field pumps 80,000 barrels of oil a day."),
        ("2026-02-19", "Members meet three times a year."),
        ("2026-02-19", "The bank lends about $2 billion a year to small firms."),
        ("2026-09-09", "The refinery processes up to 200,000 barrels a day."),
        ("2026-09-09", "Drivers spend nearly 100 hours a year in traffic."),
        ("2026-05-27", "A dose costs 12 dollars a month in the scheme."),
        ("2026-05-27", "Nurses work 12-hour shifts four days a week."),
        ("2026-10-21", "The port handles a million containers a year."),
        ("2026-10-21", "Smokers who quit save £2,000 a year, the charity said."),
        ("2026-04-01", "The mill turns out 5,000 bags of flour a week."),
        ("2026-07-15", "The project ran for [a year|P1Y] before it was cut."),
        ("2026-07-15", "The plant closed [a year ago|2025-07-15]."),
        ("2026-12-02", "Talks stalled for [a month|P1M] over the levy."),
        ("2026-12-02", "It will take [a day|P1D] to restore power, the utility said."),
    ],
    "weekday": [
        ("2026-04-06", "Sun Microsystems was bought by Oracle in [2010|2010]."),
        ("2026-04-06", "Sat next to the coach, the striker said nothing."),
        ("2026-12-09", "Voting ends [Tue 15 Dec|2026-12-15], the commission said."),
        ("2026-12-09", "The Sun Belt states gained seats."),
        ("2026-11-03", "Sat on the committee for years, she said."),
        ("2026-11-03", "He sat on the board of the bank until [2019|2019]."),
        ("2026-10-09", "Sun Yang won the 400m freestyle title."),
        ("2026-10-09", "The Sun reported the story first."),
        ("2026-06-17", "The couple wed in a small ceremony in Lagos."),
        ("2026-06-17", "Sun exposure raises the risk of skin cancer, doctors warned."),
        ("2026-05-05", "Wed to the crown prince, she rarely gives interviews."),
        ("2026-05-05", "Thu Trang Nguyen leads the Hanoi office."),
        ("2026-02-24", "Mon Repos Hospital treated the injured."),
        ("2026-02-24", "The Sun and the Mirror both led with the strike."),
        ("2026-09-15", "Sat alongside the minister was the central bank governor."),
        ("2026-09-15", "Fri-Tek Solutions won the contract."),
        ("2026-11-03", "The fair opens [Sat 14 Nov|2026-11-14], organisers said."),
        ("2026-11-03", "The vote is on [Sun., Nov. 8|2026-11-08]."),
        ("2026-03-04", "Tickets go on sale [Thu 5 March|2026-03-05]."),
        ("2026-03-04", "The match was played on [Sat., Feb. 28|2026-02-28]."),
        ("2026-07-20", "Deadline: [Fri 24 July|2026-07-24]."),
        ("2026-07-20", "The agency said on [Sunday|@prev0] that the fires were contained."),
        ("2026-10-13", "Polls open [Wed., Oct. 21|2026-10-21]."),
        ("2026-10-13", "The body was found on [Mon., Oct. 12|2026-10-12]."),
    ],
    "month": [
        ("2026-05-13", "The opposition will march on parliament on [Friday|@next]."),
        ("2026-05-13", "Protesters march through the capital, demanding a vote."),
        ("2026-10-01", "Sales slumped in [February|2026-02] but recovered in [April|2026-04]."),
        ("2026-10-01", "Critics say the scandal could mar the summit."),
        ("2026-02-03", "The plant was shut in [September|2025-09] after a fire."),
        ("2026-02-03", "Ms May told reporters the deal was dead."),
        ("2026-11-03", "The fall of the government in [May|2026-05] shocked markets."),
        ("2026-11-03", "Exports fell in [June|2026-06], customs data showed."),
        ("2026-10-20", "Theresa May met the prime minister in [2019|2019]."),
        ("2026-10-20", "The talks were chaired by April Jones, a former judge."),
        ("2026-07-14", "An august institution, the academy turned 300."),
        ("2026-07-14", "Thousands march on the capital every year."),
        ("2026-03-09", "Rains mar the harvest in the south."),
        ("2026-03-09", "June Okafor, the firm's founder, said the sale would go ahead."),
        ("2026-12-01", "Prices rose in [August|2026-08] and fell in [September|2026-09]."),
        ("2026-12-01", "The mine was flooded in [March|2026-03]."),
        ("2026-02-16", "The election was held in [November|2025-11], officials said."),
        ("2026-02-16", "Inflation peaked in [October|2025-10] and has eased since."),
        ("2026-08-06", "The storm hit the coast in [July|2026-07]."),
        ("2026-08-06", "The strike ended in [May|2026-05], the union said."),
        ("2026-06-30", "Tony May, the club's chairman, said the sale would close."),
        ("2026-06-30", "The verdict was handed down in [January|2026-01]."),
        ("2026-09-24", "The port will reopen in [March|2027-03]."),
        ("2026-04-28", "Brian May played the anthem at the ceremony."),
        ("2026-04-28", "The central bank cut rates in [December|2025-12]."),
        ("2026-11-25", "Output rose in [April|2026-04], the agency said."),
        ("2026-11-25", "Heavy rains in [May|2026-05] wrecked the wheat crop."),
    ],
    "number": [
        ("2026-09-18", "The marathon drew 2100 runners from 40 countries."),
        ("2026-09-18", "The Airbus A320 and Boeing 767 jets were grounded."),
        ("2026-03-11", "Wages have not risen since [2008|2008], the union said."),
        ("2026-03-11", "The ship carried 1750 tonnes of wheat."),
        ("2026-11-03", "The Boeing 737 was grounded for checks."),
        ("2026-11-03", "Police counted 1500 protesters outside the ministry."),
        ("2026-05-19", "The runners covered 2500 metres in the heat."),
        ("2026-05-19", "The company employs 1200 people in the town."),
        ("2026-09-03", "The bill passed by 2015 votes to 1830."),
        ("2026-09-03", "The engine has a 1600cc capacity."),
        ("2026-02-11", "The hotel has 1100 rooms and a casino."),
        ("2026-02-11", "Flight 2041 landed safely."),
        ("2026-07-27", "Prices have doubled since [2020|2020]."),
        ("2026-07-27", "The dam was completed in [1998|1998]."),
        ("2026-10-06", "About 1800 homes lost power in the storm."),
        ("2026-10-06", "The index closed at 2045 points."),
        ("2026-03-30", "The law takes effect in [2028|2028]."),
        ("2026-03-30", "The peak stands at 2962 metres above sea level."),
        ("2026-12-04", "The strike cost the carrier 1900 flights."),
        ("2026-12-04", "Output hit a record in [2025|2025], the ministry said."),
        ("2026-06-08", "Room 1204 was sealed off by police."),
        ("2026-06-08", "Farmers planted 2400 hectares of maize."),
        ("2026-01-21", "The fleet grew to 1300 buses."),
        ("2026-01-21", "Tax rates will fall by [2030|2030]."),
    ],
    "unit": [
        ("2026-12-15", "Her Goal of the Month won a fan vote."),
        ("2026-12-15", "Prices rose 2% in [the month|2026-12], the agency said."),
        ("2026-06-23", "The film won Documentary of the Year."),
        ("2026-06-23", "Flights will resume [later in the year|2026]."),
        ("2026-11-03", "She was named Player of the Year at the awards."),
        ("2026-11-03", "The band's album of the year is still selling."),
        ("2026-05-22", "He was voted Employee of the Month twice."),
        ("2026-05-22", "The firm named its Person of the Year."),
        ("2026-08-12", "Sales rose [earlier in the year|2026], the company said."),
        ("2026-08-12", "Profits will rise [later in the month|2026-08], analysts said."),
        ("2026-10-02", "Ministers will meet [later in the week|@week]."),
        ("2026-10-02", "The Book of the Month club lost members."),
        ("2026-03-26", "It was the hottest day of [the year|2026] so far."),
        ("2026-03-26", "The Team of the Week included three Danes."),
        ("2026-07-07", "The Car of the Year award went to a hatchback."),
        ("2026-07-07", "Shares fell 4% over [the week|@week], traders said."),
        ("2026-11-11", "Her Song of the Year win surprised critics."),
        ("2026-11-11", "Output has risen 3% so far [this year|2026]."),
    ],
}
BRIEFS: list[tuple[str, str]] = [
    (
        "2026-11-03",
        (
            "LONDON, [3 November 2026|2026-11-03] - The fall in oil prices hurt exports in [October|2026-10], "
            "the trade body said. The fall of the government in [May|2026-05] also shook markets. "
            "Shipments will recover in [the spring|2027-03/2027-05], it said."
        ),
    ),
    (
        "2026-06-10",
        (
            "LAGOS, [June 10|2026-06-10] - The refinery will process 650,000 barrels a day once it runs at full "
            "capacity in [2027|2027], its owner said. Workers earn about $6 a day. The plant shut for [a month|P1M] in [March|2026-03]."
        ),
    ),
    (
        "2026-09-14",
        (
            "TUNIS, [Sept 14|2026-09-14] - [Ten years|P10Y] after the Arab Spring, unemployment among graduates "
            "stands at 30%, the statistics office said on [Monday|@prev0]. The fall in tourism in [the summer|2026-06/2026-08] hit hotels."
        ),
    ),
    (
        "2026-03-20",
        (
            "MANILA, [March 20|2026-03-20] - The Sun Life unit sold 1200 policies a month in [2025|2025]. "
            "Sales will rise [later in the year|2026], the firm said."
        ),
    ),
    (
        "2026-05-04",
        (
            "PARIS, [May 4|2026-05-04] - Sat beside the president, the minister said the levy would end in [June|2026-06]. "
            "Growers produce 500 tonnes of lavender a year."
        ),
    ),
    (
        "2026-10-27",
        (
            "OTTAWA, [Oct. 27|2026-10-27] - Sales of hot-spring passes rose [last spring|2026-03/2026-05], the agency said. "
            "She was named Entrepreneur of the Year at a gala on [Friday|@prev0]."
        ),
    ),
    (
        "2026-12-03",
        (
            "NAIROBI, [Dec 3|2026-12-03] - The fall in maize prices since [August|2026-08] eased hunger, "
            "the agency said. Families eat two meals a day, the survey found."
        ),
    ),
    (
        "2026-07-22",
        (
            "SEOUL, [July 22|2026-07-22] - The Boeing 777 fleet flew 1400 flights a week in [June|2026-06], the "
            "carrier said. It will add routes in [the autumn|2026-09/2026-11]."
        ),
    ),
]


def build_briefs(folder: Path, every: int = 2) -> None:
    """Write ``own-briefs-dev36f.jsonl`` and its check file (every ``every``-th brief)."""
    dev, held = [], []
    for i, (ref, marked) in enumerate(BRIEFS, 1):
        text, dates = unmark(marked, dt.date.fromisoformat(ref))
        check_half = i % every == 0
        prefix = "own-b36fc" if check_half else "own-b36f"
        case: dict[str, object] = {"id": f"{prefix}-brief-{i:03d}", "source": SOURCE, "text": text,
                                   "reference_date": ref, "published": ref, "dates": dates}  # fmt: skip
        (held if check_half else dev).append(case)
    check(dev + held)
    for name, part in (("own-briefs-dev36f", dev), ("own-briefs-dev36f-check", held)):
        with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in part)
        print(name, len(part), "cases", sum(len(c["dates"]) for c in part), "dates")  # type: ignore[misc, arg-type]


def main() -> None:
    build(CASES, SOURCE, 36, HERE, every=2)
    build_briefs(HERE)


if __name__ == "__main__":
    main()
