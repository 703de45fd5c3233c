"""Build eval/own-dates-dev26.jsonl, eval/own-figures-dev26.jsonl and their -check files.

Twenty-sixth date and figure dev set (issue 14, session 26): the GRAMMAR of dates and figures in
the style of a parser's test suite, not of newswire. Every case is one short sentence with one
expression (a few with two), and each family is written in many surface variants (case,
hyphenation, abbreviations, ordinals, spelled-out numbers, British and US orders).

Date families (``own-d26-<family>-NNN``; reference date in each case):
- ``comp``: parts that compose: offset + relation + anchor ("four days after Labor Day", "ten days
  before 1 June"), ordinal of a period ("the second Tuesday of April", "the 5th of next month",
  "the third week of 2026", "week 12"), counts of weekdays ("two Mondays from now");
- ``range``: ranges with any form on either side ("from this April to June 2027",
  "10-1-2024 - 10-7-2024", "Oct. 3-Nov. 14, 2025", "next Monday to next Thursday");
- ``words``: years and days in words ("nineteen ninety-eight", "the twenty-first of May",
  "April of '87", "two thousand and nine");
- ``period``: period words ("mid-year", "the close of the year", "this financial year", "later
  that month", "H1 2025", "the end of the quarter");
- ``tense``: months, days and weekdays without a year in past and future clauses;
- ``dur``: durations against points ("three weeks" P3W, "three weeks ago" a week);
- ``swallow``: a date next to a number or a name that is no part of it ("On Monday 3 people").
Figure families (``own-f26-<family>-NNN``):
- ``words``: number words that combine ("4 thousand 2 hundred and 7", "two hundred point five",
  "three twentieths", "a dozen and a half");
- ``fraction``: vulgar and mixed fractions ("2¼", "3½%", "1 3/4 miles");
- ``groups``: digit groups and suffixes ("70 000", "1,23,45,678", "2.7b", "3mn", "4.5K");
- ``currency``: currencies by CLDR name, code and symbol ("forty Malaysian ringgit", "₡100",
  "EGP 42");
- ``twounit``: amounts in two units ("$20 and 43 cents", "5 feet 2 inches", "3 lb 6 oz");
- ``units``: units by name, plural, British spelling and hyphenated adjective ("decilitres",
  "6-inch", "kilowatt-hours");
- ``comparator``: a modifier inside the span ("at most", "nearly", "no fewer than");
- ``tally``: scores and votes, two numbers and no range ("voted 5-4").
Every case was written by hand for briefx (none copied from any set; no peer suite or blind set
was read) and annotated by ``shared/eval/ANNOTATION.md`` and the readings of earlier dev sets
(``eval/README.md``) before briefx was run on it; weekdays, holidays and ISO weeks were worked out
with Python ``datetime``. Readings used where the conventions are silent:
- an ordinal week of a year is the ISO week of that number ("the third week of 2026" 2026-W03,
  "week 12" the reference year's W12);
- "the Nth <weekday> of <month>" is that day; "two Mondays from now" the second Monday after
  the reference date;
- a fraction of a number's unit ("three twentieths") is a number; "a dozen and a half" is 18;
- an amount in two units is one figure summed in the first unit (ANNOTATION.md).

Markup: dates ``[span|value]`` (``date_marks.py``), figures ``[span|kind|value|unit]``
(``build_own_figures_dev5.py``). Every second case of a family (the 2nd, 4th, ...) goes to the
``-check`` file, scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_datefig_dev26.py`` (rewrites the four files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import copy
import json

from build_own_figures_dev5 import unmark as unmark_figures
from build_own_figures_dev6 import UNIT_SYMBOLS as DEV6_UNITS
from build_own_figures_dev6 import check as check_figures
from build_own_figures_dev10 import UNIT_SYMBOLS as DEV10_UNITS
from date_marks import build

SOURCE = (
    "briefx own cases: written and annotated by hand for briefx by the project's annotators "
    "(ANNOTATION.md conventions), MIT"
)
A = "2026-03-11"  # a Wednesday, ISO week 11
B = "2025-10-22"  # a Wednesday, ISO week 43
C = "2026-06-10"  # a Wednesday, ISO week 24

DATES: dict[str, list[tuple[str, str]]] = {
    "comp": [
        (A, "The audit ends [four days after Labor Day|2026-09-11]."),
        (A, "We meet [the Friday of next week|2026-03-20]."),
        (A, "Rent is due on [the 5th of next month|2026-04-05]."),
        (A, "The inspector visits [two Mondays from now|2026-03-23]."),
        (A, "Results will come [three weeks after 2 April|2026-04-23]."),
        (A, "Voting opens in [the third week of 2026|2026-W03]."),
        (A, "Deliveries resume in [week 12|2026-W12]."),
        (A, "The trade fair is held in [Week 40|2026-W40]."),
        (A, "Payment falls due [ten days before 1 June|2026-05-22]."),
        (A, "The hearing is set for [the second Tuesday of April|2026-04-14]."),
        (A, "The count ends on [the last Friday of May|2026-05-29]."),
        (A, "The draw takes place on [the first Monday in June|2026-06-01]."),
        (A, "She flies out [a fortnight from today|2026-03-25]."),
        (A, "The market reopens [three days after Christmas|2026-12-28]."),
        (A, "The fee was paid on [the 20th of last month|2026-02-20]."),
        (A, "The review starts [the week after next|2026-W13]."),
        (A, "The shops close [two days before Easter|2026-04-03]."),
        (A, "The ballot closes [three days from now|2026-03-14]."),
        (A, "The plant reopens [the day after tomorrow|2026-03-13]."),
        (A, "The strike began [the Tuesday before last|2026-03-03]."),
    ],
    "range": [
        (A, "The exhibition runs from [this April to June 2027|2026-04/2027-06]."),
        (A, "The road was closed [10-1-2024 - 10-7-2024|2024-10-01/2024-10-07]."),
        (A, "Roadworks will run [12/03/2026-19/03/2026|2026-03-12/2026-03-19]."),
        (A, "The course will run from [3 to 7 August|2026-08-03/2026-08-07]."),
        (A, "The fair is on [May 4th through the 9th|2026-05-04/2026-05-09]."),
        (A, "The season will run from [late June to mid-September|2026-06/2026-09]."),
        (A, "Polls will open [Thursday to Saturday|2026-03-12/2026-03-14]."),
        (A, "The tournament ran from [the 3rd to the 9th of February|2026-02-03/2026-02-09]."),
        (A, "The freeze lasted from [2019 to 2021|2019/2021]."),
        (A, "The study covers [1998–2004|1998/2004]."),
        (A, "Prices were capped from [January through March|2026-01/2026-03]."),
        (A, "The show ran [Oct. 3-Nov. 14, 2025|2025-10-03/2025-11-14]."),
        (A, "The repair window is [next Monday to next Thursday|2026-03-16/2026-03-19]."),
        (A, "The scheme ran from [the summer of 2021 to spring 2023|2021-06/2023-05]."),
        (A, "The festival will run from [18 March until 17 April|2026-03-18/2026-04-17]."),
        (A, "The plan covers [2027 to 2030|2027/2030]."),
        (B, "The museum was shut between [4 and 9 August|2025-08-04/2025-08-09]."),
        (B, "Trains will not run from [Dec 24 to Jan 2|2025-12-24/2026-01-02]."),
    ],
    "words": [
        (A, "The firm was founded in [nineteen ninety-eight|1998]."),
        (A, "The treaty was signed on [the twenty-first of May|2025-05-21]."),
        (A, "The band formed in [April of '87|1987-04]."),
        (A, "The school opened in [two thousand and nine|2009]."),
        (A, "The law took effect in [twenty twenty-three|2023]."),
        (A, "The bridge was built in [nineteen oh five|1905]."),
        (A, "Sales peaked in [the summer of '99|1999-06/1999-08]."),
        (A, "The vote will be held on [the third of April|2026-04-03]."),
        (A, "The shop closed on [the thirty-first of January|2026-01-31]."),
        (A, "He was born on [March the fourth, nineteen sixty-two|1962-03-04]."),
        (A, "The company listed in [two thousand twenty|2020]."),
        (A, "The mill shut in [eighteen ninety|1890]."),
        (A, "The ceremony will be on [May twenty-second|2026-05-22]."),
        (A, "The dam burst in [the spring of nineteen seventy|1970-03/1970-05]."),
        (A, "Her first album came out in [October '03|2003-10]."),
        (A, "The paper was first printed in [seventeen eighty-five|1785]."),
    ],
    "period": [
        (A, "Profits will be reviewed by [mid-year|2026]."),
        (A, "The plant will open by [the close of the year|2026]."),
        (
            C,
            "The Treasury in London expects borrowing to fall in [this financial year|2026-04/2027-03].",
        ),
        (A, "Shops reopened in [June 2024|2024-06] and prices rose [later that month|2024-06]."),
        (A, "The review will finish by [the end of the quarter|2026-01/2026-03]."),
        (A, "Sales are expected to slow in [the second half of the year|2026-07/2026-12]."),
        (A, "The firm expects a recovery in [the first half of 2027|2027-01/2027-06]."),
        (A, "Output fell at [the start of the year|2026]."),
        (A, "Rates will be cut [early next year|2027]."),
        (A, "Rain is forecast for [the weekend|2026-03-14/2026-03-15]."),
        (A, "The deal should close by [year-end|2026]."),
        (A, "The board will meet again [later this year|2026]."),
        (A, "Inflation eased in [the final quarter of 2025|2025-10/2025-12]."),
        (A, "Fees rise from [the start of next month|2026-04]."),
        (A, "Exports grew in [H1 2025|2025-01/2025-06]."),
        (A, "Revenue is expected to climb in [Q3|2026-07/2026-09]."),
        (A, "Work stopped [earlier this month|2026-03]."),
        (A, "The index hit a low at [the end of last year|2025]."),
    ],
    "tense": [
        (B, "The minister resigned on [Friday|@prev]."),
        (B, "The minister will resign on [Friday|@next]."),
        (B, "The plant closed in [August|2025-08]."),
        (B, "The plant will close in [February|2026-02]."),
        (B, "Ticket sales open on [November 3|2025-11-03]."),
        (B, "The strike started on [September 29|2025-09-29]."),
        (B, "The jury is due to retire on [Monday|@next]."),
        (B, "The summit was held in [March|2025-03]."),
        (B, "Elections are due in [May|2026-05]."),
        (B, "The bridge collapsed on [12 January|2025-01-12]."),
        (B, "The new law takes effect on [January 1|2026-01-01]."),
        (B, "Snow fell on [Tuesday|@prev]."),
        (B, "The company reported results on [Thursday|@prev]."),
        (B, "The bank is set to report on [Thursday|@next]."),
        (B, "Fans have queued since [Sunday|@prev]."),
        (B, "Output has fallen every month since [June|2025-06]."),
    ],
    "dur": [
        (A, "The strike lasted [three weeks|P3W]."),
        (A, "The firm was fined [three weeks ago|@week-3]."),
        (A, "The contract runs for [a decade|P10Y]."),
        (A, "A [90-day|P90D] truce was agreed."),
        (A, "The mine closed [two years ago|2024]."),
        (A, "He served [eighteen months|P18M] in the post."),
        (A, "The talks went on for [six days|P6D]."),
        (A, "The vote was held [five days ago|2026-03-06]."),
        (A, "She was jailed for [five years|P5Y]."),
        (A, "[Six months ago|2025-09] the site was empty."),
        (A, "A [two-year|P2Y] freeze on fares ends in [May|2026-05]."),
        (A, "The firm has traded for [a quarter of a century|P25Y]."),
        (A, "Repairs will take [about 10 days|P10D]."),
        (A, "The ban has been in place for [more than a year|P1Y]."),
        (A, "Prices rose over [the past three months|2025-12-11/2026-03-11]."),
        (A, "The pilot scheme ran for [twelve weeks|P12W]."),
    ],
    "swallow": [
        (A, "On [Monday|@prev] 3 people were hurt."),
        (A, "In [2024|2024] 20 firms closed."),
        (A, "By [June|2026-06] 40 staff will have left."),
        (A, "On [April 2|2026-04-02] 1,200 runners will start."),
        (A, "In [May 2025|2025-05] 12 ships docked."),
        (A, "Route 66 reopened in [January|2026-01]."),
        (A, "The 747 landed on [Tuesday|@prev]."),
        (A, "Since [2019|2019] one in five shops has closed."),
        (A, "Between [2010 and 2015|2010/2015] 300 mines closed."),
        (A, "At 10 am on [Monday|@next] the polls will open."),
        (A, "On [12 May|2026-05-12] 2 votes will be held."),
        (A, "The A14 was shut on [Sunday|@prev] after a crash."),
        (A, "In [March 2025|2025-03] 7,000 jobs went."),
        (A, "Flight 370 vanished in [March 2014|2014-03]."),
        (A, "On [Friday|@prev] 2 of the 11 pumps failed."),
        (A, "The G20 meets in [November|2026-11]."),
    ],
}

# second batch, written before either batch was run (harder surface variants of the same families)
DATES2: dict[str, list[tuple[str, str]]] = {
    "comp2": [
        (A, "The audit ends [a week from Friday|2026-03-20]."),
        (A, "We leave [a week from tomorrow|2026-03-19]."),
        (A, "The shop reopens [three Fridays from now|2026-03-27]."),
        (A, "The fire started [two Sundays ago|2026-03-01]."),
        (A, "Rent is due on [the fifth of next month|2026-04-05]."),
        (A, "The sale ended on [the last day of February|2026-02-28]."),
        (A, "Invoices are due by [the last day of the month|2026-03-31]."),
        (A, "The parade is on [the fourth Thursday in November|2026-11-26]."),
        (A, "The course starts on [the 3rd Monday of Jan 2027|2027-01-18]."),
        (A, "Bids close [ten days after March 3rd|2026-03-13]."),
        (A, "The report is due [3 days prior to 15 June|2026-06-12]."),
        (A, "The team returns [a fortnight before the 20th of May|2026-05-06]."),
        (A, "The fair opens in [the second week of July|2026-W28]."),
        (A, "Output will be checked in [wk 14|2026-W14]."),
        (A, "The works are planned for [W15 2026|2026-W15]."),
        (A, "Ballots go out [one week after New Year's Day|2027-01-08]."),
        (A, "The festival opens [the first weekend of May|2026-05-02/2026-05-03]."),
        (A, "The survey closes [three days after the 20th|2026-03-23]."),
        (A, "We fly [two weeks from yesterday|2026-03-24]."),
        (A, "The plant shut [four weeks before Easter|2026-03-08]."),
    ],
    "range2": [
        (A, "Polls will open [Friday through Sunday|2026-03-13/2026-03-15]."),
        (A, "The clinic will close [Mon-Wed|2026-03-16/2026-03-18] next week."),
        (A, "The talks run [March 16-18|2026-03-16/2026-03-18]."),
        (A, "The fair runs [16th-18th April|2026-04-16/2026-04-18]."),
        (A, "Roadworks will last [Mar 23 – Apr 2|2026-03-23/2026-04-02]."),
        (A, "The survey covers [July-August|2026-07/2026-08]."),
        (A, "The trial ran [Jul–Sep 2025|2025-07/2025-09]."),
        (A, "Prices were frozen [1999 to 2003|1999/2003]."),
        (A, "Output rose from [mid-2025 to early 2026|2025/2026]."),
        (A, "The bridge will be shut from [Monday until Wednesday|2026-03-16/2026-03-18]."),
        (A, "The sale runs [2026-04-01 to 2026-04-15|2026-04-01/2026-04-15]."),
        (A, "Staff were furloughed [15.06.2025–30.09.2025|2025-06-15/2025-09-30]."),
        (A, "The count ran between [the 3rd and the 5th|2026-03-03/2026-03-05]."),
        (A, "The zone applies from [1 April 2026 to 31 March 2027|2026-04-01/2027-03-31]."),
        (A, "Sales fell between [Q1 and Q3 2025|2025-01/2025-09]."),
        (A, "The fast lasts [Feb. 18 - March 19|2026-02-18/2026-03-19]."),
    ],
    "words2": [
        (A, "The club was founded in [two thousand and twenty-five|2025]."),
        (A, "The stadium opened in [twenty-nineteen|2019]."),
        (A, "Banks failed in [nineteen eighty|1980]."),
        (A, "The tower was finished in [two thousand|2000]."),
        (A, "The shop opens on [the first of April|2026-04-01]."),
        (A, "The vote was on [March first|2026-03-01]."),
        (A, "The fair opens on [June the 12th|2026-06-12]."),
        (A, "Tickets go on sale on [twelfth of June|2026-06-12]."),
        (A, "The line opens on [the 1st of July 2027|2027-07-01]."),
        (A, "The state was declared on [July 4th, 1776|1776-07-04]."),
        (A, "The queen was crowned on [2nd June 1953|1953-06-02]."),
        (A, "The storm hit on [Sept. 9th|2025-09-09]."),
        (A, "The report is due [SEPT 9|2026-09-09]."),
        (A, "The fair closed on [Tuesday, 3rd March|2026-03-03]."),
        (A, "The band split up in [’98|1998]."),
        (A, "The fire broke out in [the autumn of '71|1971-09/1971-11]."),
    ],
    "numeric": [
        (A, "The form was signed on [2026/03/04|2026-03-04]."),
        (A, "The deadline is [03.04.2026|2026-04-03]."),
        (A, "The log shows [2026-3-4|2026-03-04]."),
        (A, "The invoice is dated [4-Mar-2026|2026-03-04]."),
        (A, "The ship sailed on [04MAR2026|2026-03-04]."),
        (A, "The lease began on [1.2.2024|2024-02-01]."),
        (A, "The US filing is dated [12/31/2025|2025-12-31]."),
        (A, "The UK filing is dated [31/12/2025|2025-12-31]."),
        (A, "The scan is dated [2026.03.04|2026-03-04]."),
        (A, "The court sat on [Mar. 4, '26|2026-03-04]."),
    ],
    "period2": [
        (A, "Stocks are due to run out by [end-March|2026-03]."),
        (A, "The firm expects profits by [end-2027|2027]."),
        (A, "Growth slowed in [early-2025|2025]."),
        (A, "The talks resume in [the middle of next week|2026-W12]."),
        (A, "Bills are paid at [the beginning of the month|2026-03]."),
        (A, "Sales dipped at [the tail end of last year|2025]."),
        (A, "Profits are forecast to rise in [the first quarter of next year|2027-01/2027-03]."),
        (A, "Sales fell [last quarter|2025-10/2025-12]."),
        (A, "Rates may rise [next quarter|2026-04/2026-06]."),
        (A, "Output is flat [this quarter|2026-01/2026-03]."),
        (A, "The school closes for [the summer|2026-06/2026-08]."),
        (A, "Work resumed in [late spring|2025-03/2025-05]."),
        (A, "The project will finish [the year after next|2028]."),
        (A, "Prices peaked [the year before last|2024]."),
        (A, "The law changed [last spring|2025-03/2025-05]."),
        (A, "The vote is expected [this autumn|2026-09/2026-11]."),
    ],
    "tense2": [
        (B, "The summit is [next Tuesday|2025-10-28]."),
        (B, "The talks ended [last Friday|2025-10-17]."),
        (B, "The vote is [this Friday|2025-10-24]."),
        (B, "Results come out [this coming Monday|2025-10-27]."),
        (B, "The ship docks on [December 2|2025-12-02]."),
        (B, "The ship docked on [December 2|2024-12-02]."),
        (B, "The firm had warned in [November|2024-11]."),
        (B, "The firm will report in [September|2026-09]."),
        (B, "Voting ended on [the 3rd|2025-10-03]."),
        (B, "The fund pays out on [the 28th|2025-10-28]."),
        (B, "A ceasefire took hold on [Jan. 19|2025-01-19]."),
        (B, "The court will rule on [Dec. 1|2025-12-01]."),
    ],
    "dur2": [
        (A, "The loan runs [5 yrs|P5Y]."),
        (A, "The trial lasted [6 mos|P6M]."),
        (A, "A [2-week|P2W] strike began."),
        (A, "A [three-month-long|P3M] survey ended."),
        (A, "The deal covers [half a year|P6M]."),
        (A, "The town was founded [three decades ago|1996]."),
        (A, "The mine opened [a century ago|1926]."),
        (A, "The building took [twenty-two months|P22M]."),
        (A, "The treaty set a [ten-year|P10Y] limit."),
        (A, "The bridge closed [a fortnight ago|@week-2]."),
        (A, "She will stay for [40 days|P40D]."),
        (A, "The law was passed [4 years ago|2022]."),
    ],
    "swallow2": [
        (A, "On [March 3|2026-03-03] 4,000 jobs went."),
        (A, "In [April|2026-04] 3 more shops will open."),
        (A, "Since [Monday|@prev] 45 homes have flooded."),
        (A, "By [2030|2030] 80% of cars will be electric."),
        (A, "On [5 June|2026-06-05] 10 teams will compete."),
        (A, "Boeing 737 jets were grounded in [March 2019|2019-03]."),
        (A, "On [Thursday|@next] 12 MPs will vote."),
        (A, "In [1998|1998] 14 banks failed."),
        (A, "The M25 was closed in [February|2026-02]."),
        (A, "On [Saturday|@next] 2,000 runners will race."),
    ],
}

FIGURES: dict[str, list[str]] = {
    "words": [
        "The vault holds [4 thousand 2 hundred and 7|count|4207|coin] coins.",
        "The reading was [two hundred point five|number|200.5].",
        "The share rose by [three twentieths|number|0.15].",
        "The town has [nineteen hundred|count|1900|household] households.",
        "The crowd reached [thirty-two thousand|count|32000|fan] fans.",
        "The archive keeps [a dozen and a half|count|18|ledger] ledgers.",
        "The farm has [one hundred and twelve|count|112|cow] cows.",
        "The count stood at [Seventy-Five Thousand|count|75000|vote] votes.",
        "The herd numbers [2 hundred|count|200|goat] goats.",
        "The firm hired [three thousand and forty|count|3040|worker] workers.",
        "The reserve holds [six point two five million barrels|quantity|6250000|bbl].",
        "The quake measured [four point seven|number|4.7].",
        "The team signed [twenty one|count|21|player] players.",
        "The fleet has [ninety nine|count|99|ship] ships.",
        "The register lists [a hundred thousand|count|100000|voter] voters.",
        "The school has [one thousand one hundred|count|1100|pupil] pupils.",
    ],
    "fraction": [
        "The pipe is [2¼ inches|quantity|2.25|in] wide.",
        "Rates rose to [3½%|percent|3.5|%].",
        "The trail is [1 3/4 miles|quantity|1.75|mi] long.",
        "The loaf weighs [half a kilo|quantity|0.5|kg].",
        "Prices fell [¾ percent|percent|0.75|%].",
        "The rod is [5½ feet|quantity|5.5|ft] long.",
        "Output grew [one and a half percent|percent|1.5|%].",
        "The beam is [7⅛ metres|quantity|7.125|m] long.",
        "The bond yields [4 1/8 percent|percent|4.125|%].",
        "The tank holds [two and a half litres|quantity|2.5|l].",
        "The course is [3¾ miles|quantity|3.75|mi] long.",
        "The rate was cut to [1¼ per cent|percent|1.25|%].",
    ],
    "groups": [
        "The arena seats [70 000|count|70000|spectator] spectators.",
        "The fund has paid [₹1,23,45,678|money|12345678|INR] in claims.",
        "The deal is worth [$2.7b|money|2700000000|USD].",
        "The app has [3mn|count|3000000|user] users.",
        "The clip drew [4.5K|count|4500|view] views.",
        "The state spent [Rs 12,34,567|money|1234567|INR] on repairs.",
        "The club has [1 200 000|count|1200000|member] members.",
        "The loan totals [€3.4bn|money|3400000000|EUR].",
        "The site logged [12.5M|count|12500000|visit] visits.",
        "The firm earned [£850k|money|850000|GBP] last year.",
        "The charity raised [$1.2mn|money|1200000|USD].",
        "The county has [2,05,000|count|205000|voter] voters.",
        "The budget is [USD 4.1bn|money|4100000000|USD].",
        "The town counted [17 500|count|17500|resident] residents.",
    ],
    "currency": [
        "The fine was [forty Malaysian ringgit|money|40|MYR].",
        "A bus ticket costs [₡100|money|100|CRC].",
        "A coffee costs [EGP 42|money|42|EGP].",
        "The fee is [250 Thai baht|money|250|THB].",
        "The meal cost [1,500 Hungarian forints|money|1500|HUF].",
        "The visa costs [₺600|money|600|TRY].",
        "The rent is [CZK 18,000|money|18000|CZK] a month.",
        "The prize is [50,000 Nigerian naira|money|50000|NGN].",
        "The loan was [ILS 2 million|money|2000000|ILS].",
        "A taxi costs [₫150,000|money|150000|VND].",
        "The bond raised [3 billion Chilean pesos|money|3000000000|CLP].",
        "The ticket cost [PKR 1,200|money|1200|PKR].",
        "The bill came to [twenty Swiss francs|money|20|CHF].",
        "The stamp costs [₴25|money|25|UAH].",
        "The fine is [500 Moroccan dirhams|money|500|MAD].",
        "The book costs [Ksh 800|money|800|KES].",
    ],
    "twounit": [
        "The toll is [$20 and 43 cents|money|20.43|USD].",
        "The athlete is [5 feet 2 inches|quantity|5.1666666667|ft] tall.",
        "The baby weighed [7 lb 6 oz|quantity|7.375|lb].",
        "The fee is [£3 and 50 pence|money|3.5|GBP].",
        "The shelf is [6 ft 3 in|quantity|6.25|ft] high.",
        "The parcel weighs [2 pounds 8 ounces|quantity|2.5|lb].",
        "The fare is [4 dollars and 25 cents|money|4.25|USD].",
        "The boy is [four feet six inches|quantity|4.5|ft] tall.",
    ],
    "units": [
        "Add [250 decilitres|quantity|250|dl] of water.",
        "The crew fitted a [6-inch|quantity|6|in] pipe.",
        "The plant uses [40 kilowatt-hours|quantity|40|kWh] a day.",
        "The tank holds [300 gallons|quantity|300|gal].",
        "The cable is [12 kilometres|quantity|12|km] long.",
        "The bag weighs [20 kilograms|quantity|20|kg].",
        "The lake covers [85 square miles|quantity|85|mi2].",
        "The recipe needs [200 millilitres|quantity|200|ml] of milk.",
        "The truck carries [18 tonnes|quantity|18|t].",
        "The wall is [3 metres|quantity|3|m] high.",
        "The field is [12 acres|quantity|12|acre].",
        "The jar holds [16 fluid ounces|quantity|16|floz].",
        "The drone flies at [90 km/h|quantity|90|km/h].",
        "The parcel weighs [350 grams|quantity|350|g].",
        "The farm ships [40 bushels|quantity|40|bu] a week.",
        "They built a [30-foot|quantity|30|ft] wall.",
    ],
    "comparator": [
        "The hall holds [at most 300|count|300|guest] guests.",
        "The vote drew [nearly 60%|percent|60|%] of members.",
        "The loan is [no more than $5,000|money|5000|USD].",
        "The trip takes [at least 40 km|quantity|40|km] of driving.",
        "The survey reached [fewer than 900|count|900|household] households.",
        "Prices rose [almost 3 percent|percent|3|%].",
        "The site employs [over 1,000|count|1000|worker] workers.",
        "The fine is [up to £10,000|money|10000|GBP].",
        "The well is [about 120 metres|quantity|120|m] deep.",
        "The fund lost [more than €2 million|money|2000000|EUR].",
        "The queue held [roughly 250|count|250|person] people.",
        "The ship carries [as many as 4,000|count|4000|passenger] passengers.",
        "The road is [less than 5 miles|quantity|5|mi] long.",
        "The bid was [in excess of $40m|money|40000000|USD].",
    ],
    "tally": [
        "The court voted [5|number|5]-[4|number|4] to uphold the law.",
        "The home side won [3|number|3]-[1|number|1].",
        "The board voted [seven|number|7] to [two|number|2] against the plan.",
        "The Lions beat the Hawks [27|number|27]-[13|number|13].",
        "The bill passed [52|number|52]-[48|number|48] in the Senate.",
        "The champion won [6|number|6]-[4|number|4], [6|number|6]-[2|number|2].",
        "The council voted [9|number|9]–[2|number|2] in favour.",
        "The final ended [2|number|2]-[2|number|2].",
    ],
}

# second batch, written before either batch was run
FIGURES2: dict[str, list[str]] = {
    "words2": [
        "The port handled [four thousand two hundred and seven|count|4207|ship] ships.",
        "The reading was [one hundred and five point two|number|105.2].",
        "The mill employs [twelve hundred|count|1200|worker] workers.",
        "The fund will reach [three quarters of a million|count|750000|member] members.",
        "The track is [one-fifth of a mile|quantity|0.2|mi] long.",
        "The club has [5 hundred|count|500|member] members.",
        "The list has [seven and a half thousand|count|7500|name] names.",
        "The city has [2 million 500 thousand|count|2500000|resident] residents.",
        "The account stood at [minus five|number|-5].",
        "The ratio is [eleven point oh five|number|11.05].",
        "The hall has [a hundred and one|count|101|seat] seats.",
        "The coefficient is [seven eighths|number|0.875].",
        "The fine was [a thousand dollars|money|1000|USD].",
        "The poll had [Two Thousand and Twelve|count|2012|respondent] respondents.",
        "The archive holds [ninety-nine thousand and one|count|99001|file] files.",
        "The gauge read [sixteen hundredths|number|0.16].",
    ],
    "groups2": [
        "The town's budget is [€1.234.567|money|1234567|EUR].",
        "The reading was [1 234,5|number|1234.5].",
        "Inflation hit [3,5%|percent|3.5|%].",
        "The club has [10k|count|10000|follower] followers.",
        "The state owes [$3.2tn|money|3200000000000|USD].",
        "The fund is worth [£40 bn|money|40000000000|GBP].",
        "The flat costs [Rs. 2.5 lakh|money|250000|INR].",
        "The plan costs [₹1.2 lakh crore|money|1200000000000|INR].",
        "The film earned [4 crore rupees|money|40000000|INR].",
        "The bank lent [$5MM|money|5000000|USD].",
        "The firm lost [3 mln euros|money|3000000|EUR].",
        "Exports hit [6 bln dollars|money|6000000000|USD].",
        "The city drew [12.5mln|count|12500000|visitor] visitors.",
        "The deal was [USD2.3bn|money|2300000000|USD].",
    ],
    "currency2": [
        "The fare is [twelve thousand Indonesian rupiah|money|12000|IDR].",
        "The case costs [US$40|money|40|USD].",
        "The ticket costs [C$12|money|12|CAD].",
        "A beer costs [A$7.50|money|7.5|AUD].",
        "The tour costs [HK$100|money|100|HKD].",
        "Lunch costs [S$25|money|25|SGD].",
        "The book costs [R200|money|200|ZAR] in Cape Town.",
        "The shoes cost [R$50|money|50|BRL].",
        "The fee is [300 zł|money|300|PLN].",
        "The stamp costs [40 euro cents|money|0.4|EUR].",
        "A pint costs [75p|money|0.75|GBP].",
        "The toll is [99¢|money|0.99|USD].",
        "The bowl costs [CN¥80|money|80|CNY].",
        "The tax is [RMB 300|money|300|CNY].",
        "The fund holds [2 billion yuan|money|2000000000|CNY].",
        "The fine is [500 Saudi riyals|money|500|SAR].",
        "The fee is [200 UAE dirhams|money|200|AED].",
        "The loan is [10,000 Ghana cedis|money|10000|GHS].",
        "The bill was [3,000 Bangladeshi taka|money|3000|BDT].",
        "The ticket cost [4,000 Icelandic krónur|money|4000|ISK].",
        "The meal costs [30,000 Colombian pesos|money|30000|COP].",
        "The taxi costs [20 Peruvian soles|money|20|PEN].",
        "The deal is worth [5 billion Brazilian reais|money|5000000000|BRL].",
        "The prize is [1 million South Korean won|money|1000000|KRW].",
    ],
    "twounit2": [
        "The toll is [$5 and 10c|money|5.1|USD].",
        "The fare is [five pounds and twenty pence|money|5.2|GBP].",
        "The pole is [1 m 85 cm|quantity|1.85|m] long.",
        "The box weighs [2 kg 300 g|quantity|2.3|kg].",
        "The gap is [3 feet 9 inches|quantity|3.75|ft].",
        "The fee is [€12 and 40 cents|money|12.4|EUR].",
    ],
    "units2": [
        "Pour [5 centilitres|quantity|5|cl] of gin.",
        "The vat holds [40 hectolitres|quantity|40|hl].",
        "Rain totalled [12 millimetres|quantity|12|mm].",
        "The car reached [200 kilometres per hour|quantity|200|km/h].",
        "Winds hit [70 miles per hour|quantity|70|mph].",
        "The flat is [800 sq ft|quantity|800|ft2].",
        "The office covers [450 square metres|quantity|450|m2].",
        "The dam holds [2 million cubic metres|quantity|2000000|m3] of water.",
        "The farm produces [30 megawatts|quantity|30|MW].",
        "The plant makes [1.2 gigawatts|quantity|1.2|GW].",
        "The country used [300 terawatt-hours|quantity|300|TWh].",
        "The yacht sailed [40 nautical miles|quantity|40|nmi].",
        "The pitch is [100 yards|quantity|100|yd] long.",
        "He drank [2 pints|quantity|2|pt] of milk.",
        "The pill holds [500 milligrams|quantity|500|mg].",
        "The plane flew at [30,000 feet|quantity|30000|ft].",
        "Temperatures hit [35 degrees Celsius|quantity|35|°C].",
        "The thermometer read [5°F|quantity|5|°F].",
        "A [10-metre|quantity|10|m] wall collapsed.",
        "They walked a [12-mile|quantity|12|mi] route.",
        "They carried a [3-kilogram|quantity|3|kg] bag.",
        "The lorry carried [12 short tons|quantity|12|ton].",
    ],
    "comparator2": [
        "The fund holds [no fewer than 40|count|40|bank] banks.",
        "The deal is worth [upwards of $5bn|money|5000000000|USD].",
        "Prices are [north of $900|money|900|USD].",
        "Support stands at [just under 10%|percent|10|%].",
        "The site has [a little over 2,000|count|2000|bed] beds.",
        "The poll drew [close to 40|count|40|candidate] candidates.",
        "The lake is [approximately 7 km|quantity|7|km] wide.",
        "The march drew [an estimated 3,000|count|3000|protester] protesters.",
        "The town has [some 50|count|50|shop] shops.",
        "A ticket costs [around $9|money|9|USD].",
        "The load is [not more than 20 tonnes|quantity|20|t].",
        "The class takes [a maximum of 20|count|20|pupil] pupils.",
        "The rate is [roughly 4.5%|percent|4.5|%].",
        "The route is [just over 300 miles|quantity|300|mi] long.",
    ],
    "tally2": [
        "The jury voted by [10|count|10|vote] votes to [2|count|2|vote].",
        "The side won [2|number|2] to [1|number|1].",
        "They lost [0|number|0]-[3|number|3] at home.",
        "It was a [98|number|98]-[97|number|97] victory.",
        "The [7|number|7]-[2|number|2] ruling stands.",
        "They beat the Bulls [4|number|4] - [2|number|2].",
        "A [3|number|3]–[0|number|0] win sealed the title.",
        "The panel split [four|number|4]-[three|number|3].",
    ],
    "fraction2": [
        "The shelf is [2½ m|quantity|2.5|m] wide.",
        "Yields fell to [2 1/2%|percent|2.5|%].",
        "The bank cut rates by [a quarter of a percentage point|percent|0.25|pp].",
        "The road is [two and three-quarter miles|quantity|2.75|mi] long.",
        "The baby weighs [seven and a half pounds|quantity|7.5|lb].",
        "Rates rose to [5 3/8%|percent|5.375|%].",
    ],
}


UNIT_SYMBOLS = (
    DEV6_UNITS | DEV10_UNITS | {"dl", "cl", "hl", "floz", "bu", "pt", "nmi", "GW", "TWh"}
)  # pint's symbols


def write(name: str, cases: list[dict[str, object]]) -> None:
    """Check as dev16 does (a count's noun may be a compound or hyphenated), then write."""
    spaced = copy.deepcopy(cases)
    for c in spaced:
        for f in c["figures"]:  # type: ignore[attr-defined]
            if f["kind"] == "count":
                f["unit"] = f["unit"].replace(" ", "").replace("-", "")
    check_figures(spaced, UNIT_SYMBOLS)
    with (HERE / name).open("w", encoding="utf-8") as out:
        for c in cases:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")


def build_figures() -> None:
    dev, hold = [], []
    for family, marked_cases in (FIGURES | FIGURES2).items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark_figures(marked)
            case = {"id": f"own-f26-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "text": text, "figures": figures}  # fmt: skip
            (hold if n % 2 == 0 else dev).append(case)
    write("own-figures-dev26.jsonl", dev)
    write("own-figures-dev26-check.jsonl", hold)
    for name, cases in (("dev26", dev), ("dev26-check", hold)):
        print("figures", name, len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


def main() -> None:
    build(DATES | DATES2, SOURCE, 26, HERE, every=2)
    build_figures()


if __name__ == "__main__":
    main()
