"""Build eval/own-figures-dev14.jsonl, eval/own-dates-dev16.jsonl and their check files.

First expression dev set (issue 14, the expression grammar, session 15): single-sentence cases
of the kind the peer number and date suites hold, one kind annotated per case (FORMAT.md), in
the families the issue lists as failing on unseen peer cases. No peer suite and no test set
was read; every case was written by hand for briefx and annotated by
``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx was run on
it (weekdays, Easter and ISO weeks worked out with Python ``datetime``).

Figures (``own-figures-dev14``), markup ``[span|kind|value|unit]`` as in
``build_own_figures_dev5.py``:
- ``words``: numbers in words and digits that combine ("8 thousand 3 hundred and 15",
  "one hundred twenty-five point seven five", "two and three-quarter million");
- ``fractions``: fractions in words, mixed numbers, Unicode fractions ("seven twentieths",
  "4 1/2 pounds", "6⅛%", "1⅓ miles");
- ``digits``: digit groups parted by spaces, Indian grouping, scale suffixes ("70 000",
  "Rs 2,45,67,890", "$2.7b", "£3mn", "USD 5M", "$450k");
- ``currency``: currencies by CLDR name, plural, code and symbol ("500 Malaysian ringgit",
  "₡1,500", "EGP 48.5", "6.29 reais", "₦45 billion");
- ``twounit``: an amount or measure in two units, one figure summed in the first unit;
- ``units``: units by name, plural, abbreviation and symbol ("250 milligrams", "6-inch",
  "6.7″", "130 km/h");
- ``comparators``: hedges and bounds inside the span ("nearly", "upwards of", "at most",
  "no more than", "well over");
- ``tally``: vote tallies and scores, two ``number`` figures and no range.

Dates (``own-dates-dev16``), markup ``[span|value]`` of ``date_marks.py``:
- ``compose``: an anchor (a date, a holiday, today, next month) with an offset and a relation
  ("three days after Independence Day", "the Friday of next week", "the 5th of next month",
  "two Mondays from now", "the first Monday of next month", "week 23");
- ``range``: ranges with any form on each side ("from this August to June 2026", "10-1-2024 -
  10-7-2024", "Dec. 24-Jan. 2", "from the spring of 2022 to the autumn of 2023");
- ``words``: years and days in words ("nineteen ninety-eight", "the twenty-first of May",
  "April of '87", "twenty twenty-two");
- ``period``: period words of news ("mid-year", "the close of the year", "this financial year",
  "the most recent quarter", "later that month", "earlier that week", "early next week");
- ``direction``: the year or week of an underspecified date by the tense of its clause;
- ``duration``: durations against points ("within a decade", "between 6 and 9 months" as two
  durations, "30 years ago" a point);
- ``negative``: false dates (companies named like months and weekdays, ordinal day counts,
  recurring days, publication titles, sub-day durations, rates).
Spans follow the house conventions of the earlier own sets (``eval/README.md``): "from",
"between" and "within" stay outside a date span, a hedge such as "up to" is inside a figure's
(seven marks were corrected to these after the first run, in their own commit). Readings:
"the first Monday of next month" and "the Friday of next week" are days; "week 23"
is the ISO week; "from this August to June 2026" is one range at month precision; a range of
seasons runs from the first month of the first to the last month of the second.

In each family the cases numbered n with n % 4 == 0 go to the ``-check`` files: they are
scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_exprs_dev1.py`` (rewrites the four files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark  # noqa: E402
from build_own_figures_dev11 import write  # noqa: E402
from date_marks import build  # noqa: E402

REFERENCE_DATE = "2025-06-11"

FIGURES: dict[str, list[str]] = {
    "words": [
        "[Twelve thousand and forty|count|12040|voter] voters signed the petition.",
        "[8 thousand 3 hundred and 15|number|8315]",
        "[one hundred twenty-five point seven five|number|125.75]",
        "The city expects [two and three-quarter million|count|2750000|visitor] visitors this "
        "summer.",
        "[seven thousand and six|number|7006]",
        "The carmaker sold [one point two million|count|1200000|car] cars last year.",
        "[nine hundred and ninety-nine thousand|number|999000]",
        "The fund lent [six hundred and fifty thousand euros|money|650000|EUR] to farmers.",
        "[Twenty-three hundred|count|2300|officer] officers were deployed for the match.",
        "[fourteen million two hundred thousand|number|14200000]",
    ],
    "fractions": [
        "[seven twentieths|number|0.35]",
        "The river rose [3¾ feet|quantity|3.75|ft] overnight.",
        "Thirty-year mortgage rates eased to [6⅛%|percent|6.125|%].",
        "The parcel weighed [4 1/2 pounds|quantity|4.5|lb] on the post office scale.",
        "[two and two thirds|number|2.6666666667]",
        "The oval track is [1⅓ miles|quantity|1.3333333333|mi] long.",
        "The bond pays a coupon of [4 3/8 percent|percent|4.375|%].",
        "[five sixteenths|number|0.3125]",
        "Rainfall totalled [½ inch|quantity|0.5|in] in the capital.",
        "Growth slowed to [2¾ percent|percent|2.75|%] in the spring.",
    ],
    "digits": [
        "The new stadium seats [70 000|count|70000|spectator] spectators.",
        "The district's flood relief budget is [Rs 2,45,67,890|money|24567890|INR].",
        "Revenue was [$2.7b|money|2700000000|USD] in the quarter.",
        "The club paid [£3mn|money|3000000|GBP] for the striker.",
        "The grant totals [USD 5M|money|5000000|USD].",
        "The town has [12 500|count|12500|resident] residents.",
        "The deal is worth [€1.4bn|money|1400000000|EUR].",
        "The app now has [3.2m|count|3200000|user] users.",
        "The firm booked [$450k|money|450000|USD] in fees.",
        "The port handled [1 234 567 tonnes|quantity|1234567|t] of grain.",
    ],
    "currency": [
        "Each offender was fined [500 Malaysian ringgit|money|500|MYR].",
        "A loaf of bread now costs [25 Turkish lira|money|25|TRY].",
        "The toll on the new highway is [₡1,500|money|1500|CRC].",
        "The dollar fetched [EGP 48.5|money|48.5|EGP] at the banks.",
        "Farmers received [3,000 Kenyan shillings|money|3000|KES] a bag.",
        "A ticket to the final costs [₩150,000|money|150000|KRW].",
        "The bank levy raised [PLN 1.2 billion|money|1200000000|PLN].",
        "Staff will get a bonus of [2,000 Swiss francs|money|2000|CHF].",
        "Rents rose to [12,000 rand|money|12000|ZAR] a month in Cape Town.",
        "The road contract is worth [₦45 billion|money|45000000000|NGN].",
        "Petrol costs [6.29 reais|money|6.29|BRL] a litre in Sao Paulo.",
        "The agency's research grant is [SEK 40 million|money|40000000|SEK].",
    ],
    "twounit": [
        "Tickets cost [$18 and 50 cents|money|18.5|USD] each.",
        "The rookie centre stands [6 feet 4 inches|quantity|6.3333333333|ft] tall.",
        "The bus fare rose to [£2 and 80 pence|money|2.8|GBP].",
        "The baby weighed [7 pounds 6 ounces|quantity|7.375|lb] at birth.",
        "The stamp now costs [1 euro 20 cents|money|1.2|EUR].",
        "The record catfish measured [3 feet 6 inches|quantity|3.5|ft] long.",
        "He paid [$7 and 25 cents|money|7.25|USD] for the permit.",
        "The snow was [2 feet 3 inches|quantity|2.25|ft] deep at the summit.",
    ],
    "units": [
        "The rail tunnel is [57 kilometres|quantity|57|km] long.",
        "Each tablet contains [250 milligrams|quantity|250|mg] of the drug.",
        "Passengers may carry containers of [up to 100 millilitres|quantity|100|ml].",
        "A [6-inch|quantity|6|in] layer of snow covered the roads.",
        "The phone has a [6.7″|quantity|6.7|in] display.",
        "The plane climbed to [35,000 feet|quantity|35000|ft].",
        "The farm covers [1,200 hectares|quantity|1200|ha] of wheat.",
        "Lorries may now carry [44 tonnes|quantity|44|t].",
        "The storm dropped [80 millimetres|quantity|80|mm] of rain.",
        "The reservoir holds [2.5 million gallons|quantity|2500000|gal].",
        "Gusts reached [130 km/h|quantity|130|km/h] on the coast.",
        "The marathon course is [26.2 miles|quantity|26.2|mi] long.",
    ],
    "comparators": [
        "The firm employs [nearly 4,000|count|4000|worker] workers.",
        "[Just under 40%|percent|40|%] of homes have solar panels.",
        "Turnout was [above 70%|percent|70|%] in the capital.",
        "The deal is worth [at most $300 million|money|300000000|USD].",
        "[Almost 12,000|count|12000|runner] runners took part.",
        "The storm left [upwards of 50,000|count|50000|home] homes without power.",
        "The loan carries [no more than 4%|percent|4|%] interest.",
        "[Roughly 1.5 million|count|1500000|pilgrim] pilgrims attended.",
        "Prices rose by [about 6%|percent|6|%] last year.",
        "The fund has [well over €10 billion|money|10000000000|EUR] in assets.",
    ],
    "tally": [
        "The committee voted [7|number|7]-[2|number|2] to approve the budget.",
        "Real Madrid won [2|number|2]-[0|number|0] at home.",
        "The bill passed [218|number|218]-[214|number|214] in the House.",
        "The justices split [5|number|5]-[4|number|4] on the case.",
        "Canada beat Sweden [4|number|4]–[3|number|3] in overtime.",
        "The board voted [9|number|9] to [3|number|3] against the merger.",
        "The Celtics lost [98|number|98]-[101|number|101] to Miami.",
        "Liverpool drew [2|number|2]-[2|number|2] with Everton.",
    ],
}

R = REFERENCE_DATE
DATES: dict[str, list[tuple[str, str]]] = {
    "compose": [
        (R, "The board will decide [three days after Independence Day|2025-07-07]."),
        (R, "Talks will resume on [the Friday of next week|2025-06-20]."),
        (R, "Payments are due on [the 5th of next month|2025-07-05]."),
        (R, "The vote is set for [two Mondays from now|2025-06-23]."),
        (R, "The deadline is [two weeks before Christmas|2025-12-11]."),
        (R, "Sales data for [week 23|2025-W23] showed a rebound."),
        (R, "The inquiry will report [the day after tomorrow|2025-06-13]."),
        (R, "The refinery shut [two days before Easter|2025-04-18]."),
        (R, "The index will be rebalanced on [the first Monday of next month|2025-07-07]."),
        (R, "Shipments will resume [three weeks from today|2025-07-02]."),
        ("2025-11-27", "Stores will open early on [the day after Thanksgiving|2025-11-28]."),
        (R, "The survey ran in [week 12 of 2025|2025-W12]."),
    ],
    "range": [
        (R, "The festival runs from [this August to June 2026|2025-08/2026-06]."),
        (R, "Output fell between [2019 and 2021|2019/2021]."),
        (R, "Early voting took place [10-1-2024 - 10-7-2024|2024-10-01/2024-10-07]."),
        (R, "The exhibition is open from [3 March to 14 April 2026|2026-03-03/2026-04-14]."),
        (R, "Rents were frozen from [2021 until last year|2021/2024]."),
        (R, "Roadworks will close the bridge [June 30 - July 4|2025-06-30/2025-07-04]."),
        (R, "The census covered [March 2020 to February 2021|2020-03/2021-02]."),
        (R, "The office will be closed [Dec. 24-Jan. 2|2025-12-24/2026-01-02]."),
        (R, "Growth averaged 2% in [2015-2018|2015/2018]."),
        (R, "The trial ran from [the spring of 2022 to the autumn of 2023|2022-03/2023-11]."),
    ],
    "words": [
        (R, "The bank was founded in [nineteen ninety-eight|1998]."),
        (R, "The treaty was signed on [the twenty-first of May|2025-05-21]."),
        (R, "The firm has not made a loss since [April of '87|1987-04]."),
        (R, "The law dates from [two thousand and nine|2009]."),
        (R, "The auction is set for [the thirtieth of June|2025-06-30]."),
        (R, "The mill closed in [nineteen eighty-four|1984]."),
        (R, "Results are due on [the third of July|2025-07-03]."),
        (R, "The company listed in [the summer of '99|1999-06/1999-08]."),
        (R, "The ferry sank on [March the fourth|2025-03-04]."),
        (R, "The bridge opened in [twenty twenty-two|2022]."),
    ],
    "period": [
        (R, "Rates are expected to peak by [mid-year|2025]."),
        (R, "The merger should close by [the close of the year|2025]."),
        (R, "The UK Treasury expects a deficit in [this financial year|2025-04/2026-03]."),
        (R, "Sales rose 4% in [the most recent quarter|2025-01/2025-03]."),
        (R, "The plant flooded on [March 3|2025-03-03]. [Later that month|2025-03] it was closed for "
            "good."),
        (R, "The minister resigned on [Friday, May 16|2025-05-16]. [Earlier that week|2025-W20] she "
            "had denied the claims."),
        (R, "Growth slowed in [the second half of last year|2024-07/2024-12]."),
        (R, "Prices will be reviewed at [the start of next year|2026]."),
        (R, "The company will report [early next week|2025-W25]."),
        (R, "Inflation hit a peak [late last year|2024]."),
    ],
    "direction": [
        (R, "The ministry said car sales fell in [November|2024-11]."),
        (R, "The company will hold its annual meeting on [March 20|2026-03-20]."),
        (R, "The plane crashed on [Saturday|@prev] shortly after take-off."),
        (R, "The summit will open on [Tuesday|@next]."),
        (R, "Exports slumped in [September|2024-09], the agency said."),
        (R, "The new law takes effect on [January 1|2026-01-01]."),
        (R, "The central bank cut rates at its meeting on [Thursday|@prev]."),
        (R, "Voters go to the polls on [October 12|2025-10-12]."),
        (R, "The orders were placed on [Dec. 3|2024-12-03]."),
        (R, "The firm is due to report results on [Wednesday|@next]."),
    ],
    "duration": [
        (R, "The government promised to cut emissions by half within [a decade|P10Y]."),
        (R, "Recovery will take between [6|P6M] and [9 months|P9M]."),
        (R, "The project took [42 months|P42M] to finish."),
        (R, "The drought has lasted [nearly two years|P2Y]."),
        (R, "The company was founded [30 years ago|1995]."),
        (R, "The [five-year|P5Y] plan starts in [2026|2026]."),
        (R, "The ban will last [up to 18 months|P18M]."),
        (R, "Talks dragged on for [six weeks|P6W]."),
        (R, "Trading in the shares was halted for [a fortnight|P2W]."),
        (R, "The reactor was shut [two years ago|2023] and restarted [last month|2025-05]."),
    ],
    "negative": [
        (R, "April Capital raised $20 million for its new fund."),
        (R, "It was the 112th day of the siege."),
        (R, "The store opens at 10 a.m. daily."),
        (R, "Buses run every Saturday in summer."),
        (R, "The Sunday Times reported the deal."),
        (R, "Monthly rents rose 4%."),
        (R, "The talks lasted 45 minutes."),
        (R, "March Networks cut 200 jobs."),
        (R, "The website gets 3 million visits a week."),
    ],
}


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in FIGURES.items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark(marked)
            case = {"id": f"own-f14-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": REFERENCE_DATE, "published": REFERENCE_DATE,
                    "text": text, "figures": figures}  # fmt: skip
            (hold if n % 4 == 0 else dev).append(case)
    write("own-figures-dev14.jsonl", dev)
    write("own-figures-dev14-check.jsonl", hold)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print("own-figures-dev14", len(dev), n_dev, "check", len(hold), n_hold)
    build(DATES, SOURCE, 16, HERE)


if __name__ == "__main__":
    main()
