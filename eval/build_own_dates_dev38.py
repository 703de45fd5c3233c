"""Build eval/own-dates-dev38.jsonl and its -check file.

Thirty-eighth date dev set (issue 14, session 38, helper dates38): holidays of the world,
composed dates and missed durations. The lead's counts on the blind case pools (counts and kinds
only; no held-out text was read): holidays are the largest family of missed and wrong dates
(national days, religious feasts, "the day after X", "X Eve", "the X weekend"), composed dates
(anchor + offset + relation) have the most wrong values, durations the most missed. Families:
- ``holiday``: national days and public holidays of many countries, named in a text about the
  country ("Republic Day" in a text from New Delhi is India's, 26 January; "Independence Day"
  from Kyiv is 24 August), days the whole world names alike ("Anzac Day", "Canada Day"), with
  the tense rule for the year; beside phrases with a holiday's words that are no date ("a
  national day of action");
- ``compose``: anchor + offset + relation ("three days after Christmas", "the second Tuesday of
  next month", "a fortnight before the vote on 3 May", "the week after next", "the last weekend
  of the month", "two years ago this month");
- ``duration``: lengths of time ("a 90-day window", "the past decade", "the next 18 months", "a
  two-and-a-half-year term"), beside vague ones that stay untagged ("in recent years").
Every case was written by hand for briefx (none copied from any set; no test set was read) and
annotated by ``shared/eval/ANNOTATION.md`` before briefx was run on it. Readings chosen here
where the rules are silent: a holiday's name without a year follows the tense rule of a bare
weekday; a country's holiday is the country the text's places name; "another", "a further",
"in a row" and "running" stay outside a duration's span (as the opened sets' gold has them,
"for three years in a row" -> "three years"; corrected in session 38 before the check part was
scored).

Markup: ``[span|value]`` (see ``date_marks.py``). Every second case of a family goes to the
``-check`` file, scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_dates_dev38.py`` (rewrites both files).
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
    "holiday": [
        ("2026-08-20", "Crowds in New Delhi watched the parade on [Independence Day|2026-08-15]."),
        (
            "2026-08-20",
            "Kyiv will hold no parade on [Independence Day|2026-08-24], officials in Ukraine said.",
        ),
        (
            "2026-02-03",
            "Troops marched down Kartavya Path in New Delhi on [Republic Day|2026-01-26].",
        ),
        (
            "2026-10-20",
            "Ankara plans fireworks for [Republic Day|2026-10-29], the Turkish government said.",
        ),
        ("2026-09-20", "Markets in Shanghai and Beijing will close for [National Day|2026-10-01]."),
        ("2026-07-20", "Singapore's leaders will speak at the rally on [National Day|2026-08-09]."),
        (
            "2026-05-02",
            "Veterans gathered in Sydney and Canberra for dawn services on [Anzac Day|2026-04-25].",
        ),
        ("2026-06-20", "Ottawa expects 300,000 visitors on [Canada Day|2026-07-01]."),
        ("2026-02-10", "Protesters marched in Melbourne on [Australia Day|2026-01-26]."),
        (
            "2026-02-12",
            "The treaty was signed at Waitangi, and leaders met there on [Waitangi Day|2026-02-06].",
        ),
        ("2026-05-05", "Toronto's fireworks will light the harbour on [Victoria Day|2026-05-18]."),
        (
            "2026-09-30",
            "Berlin celebrates [German Unity Day|2026-10-03] with a festival at the Brandenburg Gate.",
        ),
        (
            "2026-05-12",
            "Russia held its largest parade in years in Moscow on [Victory Day|2026-05-09].",
        ),
        (
            "2026-05-10",
            "Oslo's children will parade on [Constitution Day|2026-05-17], the city said.",
        ),
        ("2026-12-10", "Madrid's parliament held an open day on [Constitution Day|2026-12-06]."),
        ("2026-05-10", "Shops in Tokyo and Osaka closed on [Constitution Day|2026-05-03]."),
        ("2026-04-30", "Rome's mayor laid a wreath on [Liberation Day|2026-04-25]."),
        ("2026-05-25", "Italy will celebrate [Republic Day|2026-06-02] with a flypast over Rome."),
        ("2026-05-01", "Johannesburg's unions marched on [Freedom Day|2026-04-27]."),
        (
            "2026-09-10",
            "Cape Town will host braais across the city on [Heritage Day|2026-09-24], South Africa's tourism board said.",
        ),
        ("2026-06-20", "Lagos saw protests on [Democracy Day|2026-06-12], Nigerian police said."),
        ("2026-03-28", "Islamabad hosted a military parade on [Pakistan Day|2026-03-23]."),
        ("2026-09-01", "Mexico City will fill the Zocalo on [Independence Day|2026-09-16]."),
        (
            "2026-09-12",
            "Brazil's president reviewed troops in Brasilia on [Independence Day|2026-09-07].",
        ),
        ("2026-07-10", "Fireworks lit up Washington on [Independence Day|2026-07-04]."),
        ("2026-10-30", "Athens marked [Ohi Day|2026-10-28] with a student parade."),
        (
            "2026-12-02",
            "Manila's offices were closed on [Bonifacio Day|2026-11-30], the Philippine government said.",
        ),
        (
            "2026-06-05",
            "Jakarta's schools marked [Pancasila Day|2026-06-01], Indonesian media said.",
        ),
        (
            "2026-10-05",
            "Seoul will unveil a new font on [Hangul Day|2026-10-09], South Korea's culture ministry said.",
        ),
        (
            "2026-03-20",
            "Women marched in Madrid and Paris on [International Women's Day|2026-03-08].",
        ),
        (
            "2026-04-30",
            "Workers in Manila will rally on [Labor Day|2026-05-01], Philippine unions said.",
        ),
        ("2026-08-25", "Retailers in Ohio expect record sales on [Labor Day|2026-09-07]."),
        ("2026-04-20", "Paris will hold a military parade on [Bastille Day|2026-07-14]."),
        ("2026-11-16", "London fell silent on [Remembrance Sunday|2026-11-08]."),
        (
            "2026-05-15",
            "Nairobi will host a rally on [Madaraka Day|2026-06-01], Kenyan officials said.",
        ),
        (
            "2026-11-10",
            "Warsaw expects a march of 100,000 on [Independence Day|2026-11-11], Polish police said.",
        ),
        ("2026-09-30", "Seoul's streets emptied over [Chuseok|2026-09-25]."),
        (
            "2026-12-15",
            "Families in Delhi and Mumbai lit lamps over [the Diwali weekend|2026-11-07/2026-11-08].",
        ),
        (
            "2026-03-30",
            "Dhaka's streets filled on [Independence Day|2026-03-26], Bangladesh's police said.",
        ),
        (
            "2026-12-01",
            "Shoppers crowded Chicago's malls on [the day after Thanksgiving|2026-11-27].",
        ),
        ("2026-12-10", "The museum in Boston will close on [Christmas Eve|2026-12-24]."),
        (
            "2026-09-10",
            "Traffic jams built up over [the Labor Day weekend|2026-09-05/2026-09-07] near Chicago.",
        ),
        (
            "2026-05-30",
            "Beaches near Boston were packed over [the Memorial Day weekend|2026-05-23/2026-05-25].",
        ),
        ("2026-12-28", "Sales in Toronto rose [the day after Christmas|2026-12-26]."),
        ("2026-12-28", "Ports in Seoul will reopen [the day after New Year's Day|2027-01-02]."),
        ("2026-03-01", "The talks will resume [two days after Eid al-Fitr|2026-03-22]."),
        ("2026-08-10", "Unions called a national day of action for [September 3|2026-09-03]."),
        ("2026-06-02", "The committee set up a day of reflection after the accident."),
        ("2026-03-03", "Independence Day, the 1996 film, returns to cinemas."),
        ("2026-05-20", "The national day of mourning was the first since the war."),
        ("2026-07-07", "The Labour Day committee met in Brisbane to plan the route."),
        ("2026-04-02", "The party's national day of prayer drew thousands."),
        ("2026-12-20", "Stores in Sydney will close early on [New Year's Eve|2026-12-31]."),
        ("2026-04-01", "Pilgrims will gather in Rome on [Good Friday|2026-04-03]."),
        ("2026-04-15", "Churches in Athens were full on [Orthodox Easter|2026-04-12]."),
        ("2026-02-20", "Beijing's streets emptied for [Lunar New Year|2026-02-17]."),
        ("2026-05-20", "Muslims in Cairo will pray at dawn on [Eid al-Adha|2026-05-27]."),
        (
            "2026-10-10",
            "Auckland's stores will open late on [Labour Day|2026-10-26], New Zealand retailers said.",
        ),
    ],
    "compose": [
        ("2026-12-01", "Stores will reopen [three days after Christmas|2026-12-28]."),
        ("2026-05-10", "The board meets on [the second Tuesday of next month|2026-06-09]."),
        (
            "2026-04-10",
            "The ballots must be posted [a fortnight before the vote on 3 May|2026-04-19].",
        ),
        ("2026-03-04", "The audit will start [the week after next|2026-W12]."),
        ("2026-06-03", "Fans camp out on [the last weekend of the month|2026-06-27/2026-06-28]."),
        ("2026-03-18", "The plant shut [two years ago this month|2024-03]."),
        ("2026-09-15", "The rate decision comes [the first Thursday of October|2026-10-01]."),
        ("2026-02-11", "Filing closes [ten days after March 1|2026-03-11]."),
        ("2026-08-05", "The strike ended [the Friday before last|2026-07-24]."),
        ("2026-01-14", "The minister will visit on [the third Friday of February|2026-02-20]."),
        ("2026-07-01", "Tenants must leave by [the last day of next month|2026-08-31]."),
        ("2026-10-12", "The results come out [the Monday after next|2026-10-26]."),
        ("2026-11-04", "Voting ended [a week ago yesterday|2026-10-27]."),
        ("2026-06-22", "Shares fell [a year ago last week|2025-W25]."),
        ("2026-02-02", "The cut takes effect on [the first working day of March|2026-03-02]."),
        ("2026-10-07", "The trial resumes [the last Friday of the month|2026-10-30]."),
        ("2026-04-16", "The team returns [three weeks from Monday|2026-05-11]."),
        ("2026-09-09", "The law lapses [90 days after the vote on September 30|2026-12-29]."),
        ("2026-05-06", "The market will open [two days before the election on May 12|2026-05-10]."),
        ("2026-01-08", "The fund closed on [the first Monday of the year|2026-01-05]."),
        ("2026-07-15", "The bill passed [the week before last|2026-W27]."),
        ("2026-03-10", "The offer expires at [the end of next month|2026-04]."),
        ("2026-11-20", "The report lands [two weeks after Thanksgiving|2026-12-10]."),
        ("2026-08-18", "The hearing is set for [the second Monday in September|2026-09-14]."),
        ("2026-02-20", "Prices peaked on [the second Friday of last month|2026-01-09]."),
        ("2026-12-09", "The vote was held [the first weekend of the month|2026-12-05/2026-12-06]."),
        ("2026-05-20", "The deal closes [the day after the vote on June 4|2026-06-05]."),
        ("2026-10-01", "Output rose in [the third quarter of last year|2025-07/2025-09]."),
        ("2026-04-08", "The case returns to court [six weeks after Easter|2026-05-17]."),
        ("2026-06-15", "The mine reopened [the Tuesday after next|2026-06-23]."),
        ("2026-09-02", "Polls close on [the last Sunday of September|2026-09-27]."),
        ("2026-01-20", "The treaty will be signed [a month from today|2026-02-20]."),
        ("2026-07-27", "Refunds were paid on [the first Friday of July|2026-07-03]."),
        ("2026-03-26", "The tax is due [the 15th of next month|2026-04-15]."),
        ("2026-11-11", "The bank cut rates [the last Thursday of October|2026-10-29]."),
        ("2026-05-28", "Exams begin on [the second Wednesday of June|2026-06-10]."),
        ("2026-08-12", "The port reopens [four days after the storm on August 9|2026-08-13]."),
        ("2026-10-21", "The court rules [a week from Friday|2026-10-30]."),
        ("2026-02-25", "The sale ran until [the end of last month|2026-01]."),
        ("2026-12-09", "Salaries rise [the first of next year|2027-01-01]."),
        ("2026-04-29", "The fair runs [the first two weeks of May|2026-05-01/2026-05-14]."),
        ("2026-06-10", "Fares rose [three years ago this month|2023-06]."),
        (
            "2026-09-24",
            "The mayor will decide [two weeks after the hearing on October 1|2026-10-15].",
        ),
        ("2026-03-16", "Parliament sits again [the Wednesday after Easter|2026-04-08]."),
        ("2026-07-03", "Applications opened on [the last Monday of June|2026-06-29]."),
        ("2026-11-27", "The index fell [two weeks ago today|2026-11-13]."),
        ("2026-01-29", "The vote follows on [the last Saturday of February|2026-02-28]."),
        ("2026-10-05", "The summit opens [the Thursday before Thanksgiving|2026-11-19]."),
        ("2026-03-02", "The fund will close [five working days after March 13|2026-03-20]."),
        ("2026-08-03", "Talks resumed [the weekend before last|2026-07-25/2026-07-26]."),
        ("2026-09-14", "The vote is due [a month after Labor Day|2026-10-07]."),
        ("2026-10-14", "Every first Monday of the month the board meets."),
        ("2026-05-14", "The week after a holiday is often slow."),
    ],
    "duration": [
        ("2026-03-11", "Buyers get a [90-day|P90D] window to cancel."),
        ("2026-05-05", "Wages stagnated over [the past decade|2016-05-05/2026-05-05]."),
        ("2026-07-08", "Rates will stay high for [the next 18 months|2026-07-08/2028-01-08]."),
        ("2026-04-14", "Prices doubled in the space of [a fortnight|P2W]."),
        ("2026-09-22", "She won a [two-and-a-half-year|P2Y6M] term on the board."),
        ("2026-02-18", "The river rose for [three days|P3D] running."),
        ("2026-06-30", "Exports fell for [a sixth consecutive month|P6M]."),
        ("2026-08-04", "The company signed a [10-year|P10Y] lease."),
        ("2026-10-06", "Output grew over [the last 12 months|2025-10-06/2026-10-06]."),
        ("2026-01-13", "Talks lasted [nearly three weeks|P3W]."),
        ("2026-11-18", "The bank plans cuts over [the coming two years|2026-11-18/2028-11-18]."),
        ("2026-03-03", "The drought has lasted [more than five years|P5Y]."),
        ("2026-05-27", "The firm won a [six-month|P6M] extension."),
        ("2026-12-01", "The ban will run for [a year and a half|P1Y6M]."),
        ("2026-04-07", "Inflation eased over [the past three months|2026-01-07/2026-04-07]."),
        ("2026-07-21", "The reactor was offline for [almost a decade|P10Y]."),
        ("2026-09-09", "Shares rose for [the fourth straight week|P4W]."),
        ("2026-06-17", "The [three-week|P3W] strike ended."),
        ("2026-02-24", "The loan carries a [five-year|P5Y] grace period."),
        ("2026-08-26", "The festival runs for [10 days|P10D]."),
        ("2026-10-28", "Flights were grounded for [48 days|P48D]."),
        ("2026-01-06", "Growth averaged 2% over [the past five years|2021-01-06/2026-01-06]."),
        ("2026-03-31", "The senator served [12 years|P12Y] in office."),
        ("2026-05-19", "The team has [four weeks|P4W] to respond."),
        ("2026-11-03", "Sales fell over [the past 18 months|2025-05-03/2026-11-03]."),
        ("2026-07-14", "The project took [a decade and a half|P15Y]."),
        ("2026-09-29", "Troops will stay for another [six months|P6M]."),
        ("2026-12-15", "The [12-week|P12W] course starts soon."),
        ("2026-04-28", "Prices have risen for [eight years|P8Y] in a row."),
        ("2026-02-04", "The visa allows a stay of [180 days|P180D]."),
        ("2026-06-09", "Work will take a further [two years|P2Y]."),
        ("2026-08-18", "The dam was built over [three decades|P30Y]."),
        (
            "2026-03-24",
            "The company has lost money over [the last four years|2022-03-24/2026-03-24].",
        ),
        ("2026-10-20", "Rents rose [in the space of six months|P6M]."),
        ("2026-01-27", "The board approved a [three-year|P3Y] plan."),
        ("2026-04-21", "The agency got a [two-week|P2W] reprieve."),
        ("2026-06-26", "The talks collapsed after [11 months|P11M] of haggling."),
        ("2026-09-03", "The country stayed in recession for [half a decade|P5Y]."),
        ("2026-05-12", "Cases have fallen in recent years."),
        ("2026-07-30", "Officials said it would take some time."),
        ("2026-09-15", "The firm has grown for years."),
        ("2026-11-24", "Loans are repaid over many months."),
        ("2026-12-22", "The rally has run for weeks."),
    ],
}


def main() -> None:
    build(CASES, SOURCE, 38, HERE, every=2)


if __name__ == "__main__":
    main()
