"""Build the twenty-eighth held-out set: eval/own28-briefs-heldout.jsonl, own28-dates-heldout.jsonl
and own28-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 26 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: file
format, markup and checks; ``case_marks`` and ``heldout_build`` are imported as set 21 does, their
text unread) and the "Twenty-first held-out set" section of ``eval/README.md``. The texts were
written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where it is
silent, the choice is listed below. The marked texts of the briefs and their statements are in
``own28_heldout_briefs_a.py`` and ``own28_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats sets 21-27 lacked.
Eight official texts (a Reserve Bank of India monetary policy resolution with "per cent", basis
points, "₹3 lakh crore", Indian fiscal years "2025-26" and RBI quarters "Q2", "Q1:2026-27"; a U.S.
FDA drug approval release with a "FOR IMMEDIATE RELEASE" block and an "M.D., M.P.H." commissioner;
a Canadian Competition Bureau news release on a Competition Tribunal penalty, "$" amounts in CAD;
a UK Met Office storm-naming release with mph and mm ranges; a UNESCO World Heritage Committee
decision; a South Korean trade ministry (MOTIE) monthly export release in "US$" and won; a BMW Group
quarterly results release with named executives; a Metropolitan Police witness appeal with a
clock time "21:40hrs", a CAD reference and phone numbers), three Wikinews-style reports (a royal
tomb found near Luxor, a tariff stock-market sell-off, a Japanese general election) and three
Reuters wire items of the 1996 CoNLL-2003 kind (Chechnya ceasefire talks, "MOSCOW 1996-08-22";
Scottish premier division results, scorers and standings, 1996-08-24; English rugby league Super
League results with try and goal scorers, 1996-08-26). Real institutions, places, office holders
and sportsmen; the events are modelled on real ones but details, quotations and many figures are
invented or approximate and must not be read as reporting (the Metropolitan Police detective and
the results and standings are invented). Every brief states its own date: ``published`` =
``reference_date``.

Markup and checks as set 21 (``case_marks`` via ``heldout_build.build_heldout``): briefs
``[[span|TYPE]]`` / ``[[span|TYPE|name]]``, ``[[span|kind|value]]`` /
``[[span|kind|value|unit]]``, ``[[span|D|value]]``; statements beside each text as
``(speaker, cue, content, quote)``; date cases ``[span|value]``; figure cases ``[span|kind|value]``
/ ``[span|kind|value|unit]``. After the build, ``check_written`` re-reads the three files and
asserts for every span of every list: the span's text equals its slice of the text; it neither
starts nor ends on white space; no entity span starts with a determiner ("the", "a", "an") unless
its ``name`` does; no span ends in a possessive "'s"/"’s"; spans of one list do not overlap; every
statement's content is a slice of its text and its figure spans are gold figures inside it.

Run from the project root: ``python3 eval/build_own28_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "MPC" of the RBI ORG "Monetary Policy Committee (India)"; "the Reserve Bank" ORG
  "Reserve Bank of India"; "FDA" ORG "Food and Drug Administration"; a drug's brand name
  ("Yeztugo") PRODUCT, its generic name (lenacapavir) and HIV untagged; "Competition Bureau" ORG
  under that title, "the Bureau"/"the Tribunal" the named bodies; "Cineplex"/"Cineplex Inc." ORG
  "Cineplex Entertainment"; "Canadians" NORP "Canadian"; named storms EVENT ("Storm Amy", "Amy");
  "Western Isles" GPE "Outer Hebrides"; "Scottish Power" ORG "ScottishPower"; World Heritage
  sites that are landscapes LOC under their inscribed names; "the World Heritage List"/"the List"
  and "List of World Heritage in Danger" untagged (lists); "Republic of Korea"/"Korea" GPE "South
  Korea"; "ASEAN" ORG "ASEAN"; "Sejong" GPE "Sejong City"; "BMW Group"/"BMW AG" ORG "BMW"; "Neue
  Klasse" PRODUCT "BMW Neue Klasse"; streets and stations FAC ("London Road", "West Croydon
  station"); "Specialist Crime Command" ORG; "Western Wadis" LOC; "BBC News" ORG; stock indices
  (S&P 500, Dow Jones Industrial Average, Nasdaq Composite, Nikkei 225, DAX) untagged as indices;
  "Europe", "Asia", "Africa" LOC; "Diet" ORG "National Diet"; party and chamber names with
  Wikipedia's disambiguation ("Liberal Democratic Party (Japan)", "House of Representatives
  (Japan)"); sportsmen named by their full names without disambiguation suffixes; football and
  rugby league clubs named by town ORG under their Wikipedia titles; "Super League" ORG;
  capitalised wire headlines ("SCOTTISH", "LONDON") tagged with title-case names; "Izvestia",
  "Interfax" ORG; "Itar-Tass" not used.
- Statements: "find" (a tribunal's finding), "call on" (content without "to" kept as the object
  clause "governments to increase ..."), "argue", "forecast", "threaten" (content without "to"),
  "according to" with a police force's figures; "Trump told reporters on Thursday: “...”" a
  quotation with cue "tell"; wire results and standings have no statements.
- Figures: "US$ 688.9 billion" with a space one span; "₹3 lakh crore" 3e12 INR; "100 basis
  points" 1 pp; "5 trillion won" KRW; "about 6 trillion roubles" RUB (the current code, as a
  system would give it); "153 yen" against the dollar money; "1,679 points" of an index a count
  of "point"; "zero" infections a count 0; scores and standings ``number``; scorers' tallies
  ("Hunte 3", "Goulding 9", "Cadete 2") counts of "try", "goal" (the noun restored from the
  "Tries:"/"Goals:"/"Scorers:" label); "465-seat" count 465 "seat"; "third-lowest" ordinal
  "third"; "first time" ordinal; phone numbers, "101", "CAD 7342/09AUG", clock times ("21:40hrs",
  "3pm", "noon") untagged; "$1.50 per ticket", "$28,218 a year", "$66.95 a barrel" the rate
  outside; "twice a year", "every six months", "every day" untagged.
- Dates: Indian fiscal years "2025-26" April-March; RBI quarters "Q2", "Q3", "Q4" without a year
  the quarters of the text's fiscal year 2025-26 (Q4 = 2026-01/2026-03); "Q1:2026-27"
  2026-04/2026-06; "August 4 to 6, 2025" and "September 29 to October 1, 2025" ranges; "between
  1975 and 1979" one span "1975/1979" with "between" inside (as own21's "between 3 and 5
  October"); ages "24-year-old" durations (the hyphenated duration rule); "more than 50,000 years"
  (old) P50000Y; "in the autumn" (future) 2025-09/2025-11 with "the" inside; "the first half of
  the year" 2025-01/2025-06; "the first eight months of 2025" 2025-01/2025-08; "this week" of a
  Saturday release its ISO week; "a date in September" the month; wire datelines "1996-08-22"
  dates; "on Saturday" in a Saturday wire the same day; "from a year earlier", "than a year
  earlier" (a year-on-year comparison) untagged.
- Date cases: see the comments at each case. Negatives: a newspaper title with a weekday, a clock
  time "every night", "every week", a "Year-to-date" modifier, a vague "for a while".
- Figure cases: "half a percentage point" 0.5 pp; "5-1/2 percent" 5.5; "6 feet 8 inches" 6.666667
  ft; "£350k"; "2.5 bn barrels"; hectares "ha", centimetres "cm". Negatives: an article citation,
  a vague "Thousands", a proportion "Three in four", a model name "A320".
"""

from __future__ import annotations

import sys

import case_marks
from heldout_build import build_heldout, check_written
from own28_heldout_briefs_a import BRIEFS_A
from own28_heldout_briefs_b import BRIEFS_B

# The 1996 wire quotes roubles: RUB, the rouble's current ISO 4217 code (the 1996 code was RUR).
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"RUB"}

TAG = "own28"
SOURCE_BRIEFS = (
    "own28: written and annotated by hand for briefx (held-out set 28, session 26) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Reserve Bank of India, the "
    "U.S. Food and Drug Administration, Canada's Competition Bureau, the UK Met Office, UNESCO's World "
    "Heritage Committee, South Korea's Ministry of Trade, Industry and Energy, the BMW Group and the "
    "Metropolitan Police, Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, "
    "places and office holders, events modelled on real news with invented or approximate details and "
    "quotations; MIT"
)
SOURCE_CASES = (
    "own28: short cases written and annotated by hand for briefx (held-out set 28, session 26) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 9 April 2025: next Thursday is 10 April, the Thursday after it 17 April.
        ("2025-04-09", "The port authority will publish the figures [the Thursday after next|2025-04-17]."),
        ("2024-11-13", "The jury returned its verdict [the day before yesterday|2024-11-11]."),
        ("2026-01-21", "The new bridge opens [three weeks from today|2026-02-11]."),
        # 30 June 2025 is a Monday: the last Friday of June is 27 June.
        ("2025-06-04", "Applications close on [the last Friday of June|2025-06-27]."),
        ("2024-03-27", "The referendum was held [two weeks ago today|2024-03-13]."),
        # 1 October 2025 is a Wednesday: Tuesdays 7 and 14 October.
        ("2025-09-17", "The first payments go out on [the second Tuesday of October|2025-10-14]."),
    ],
    "range": [
        ("2025-05-14", "The book fair runs [12-15 June|2025-06-12/2025-06-15]."),
        ("2024-02-21", "Flights were suspended [from 3 to 9 February|2024-02-03/2024-02-09]."),
        # Thursday 16 April 2026, a past clause: the Monday and Wednesday just gone.
        ("2026-04-16", "The port was closed [from Monday to Wednesday|2026-04-13/2026-04-15]."),
        ("2025-08-20", "The household survey covered [2016-2024|2016/2024]."),
        # A past clause in March: the December and February just gone.
        ("2025-03-05", "Egg prices rose [from December to February|2024-12/2025-02]."),
        ("2024-09-25", "Public comments are accepted [Oct. 7 through Nov. 15|2024-10-07/2024-11-15]."),
    ],
    "words": [
        ("2025-02-12", "The treaty was signed in [nineteen fifty-seven|1957]."),
        ("2024-06-12", "The club was founded on [the third of March, eighteen eighty-eight|1888-03-03]."),
        ("2026-05-06", "The observatory opened in [October of nineteen twelve|1912-10]."),
        # A future clause in March: this year's May.
        ("2025-03-19", "The harbour will reopen on [the first of May|2025-05-01]."),
        ("2024-12-11", "The dam was completed in [two thousand and nine|2009]."),
    ],
    "period": [
        ("2025-05-15", "Germany's output grew in [the January-March period|2025-01/2025-03]."),
        # A Japanese company's fiscal year, given to the day.
        ("2025-05-12", "The carmaker's net profit fell in [the fiscal year ended March 31, "
                       "2025|2024-04-01/2025-03-31]."),
        # U.S. federal fiscal year.
        ("2023-10-11", "Congress approved $886 billion for defense in [FY 2024|2023-10-01/2024-09-30]."),
        # A UK financial year, April-March.
        ("2024-07-10", "The UK's net borrowing in [2023/24|2023-04/2024-03] was £121 billion."),
        # An Indian fiscal year, April-March.
        ("2025-02-03", "India's capital spending target for [FY26|2025-04/2026-03] is Rs 11.2 lakh crore."),
        ("2025-10-15", "Car sales rose in [the nine months to September|2025-01/2025-09]."),
        ("2024-08-07", "Rail freight fell in [H2 2023|2023-07/2023-12]."),
        ("2025-11-05", "U.S. federal receipts in [fiscal 2025|2024-10-01/2025-09-30] reached $5.2 trillion."),
    ],
    "weekday": [
        # Wednesday 12 March 2025: a past and a future clause.
        ("2025-03-12", "The ferry sank off the coast on [Sunday|2025-03-09]."),
        ("2025-03-12", "The ferry service resumes on [Sunday|2025-03-16]."),
        # Friday 18 October 2024, a future clause.
        ("2024-10-18", "The rail strike will end on [Tuesday|2024-10-22]."),
        # Wednesday 3 June 2026, a past clause.
        ("2026-06-03", "The health minister resigned on [Monday|2026-06-01]."),
        # Monday 8 September 2025.
        ("2025-09-08", "Parliament votes on the budget [this Thursday|2025-09-11]."),
        # Wednesday 15 May 2024.
        ("2024-05-15", "The smelter closed [last Friday|2024-05-10]."),
        ("2025-12-03", "The probe landed on [Friday, November 28|2025-11-28]."),
    ],
    "month-tense": [
        ("2025-09-17", "Car registrations fell sharply in [March|2025-03]."),
        ("2025-09-17", "The new fuel tax comes into force in [March|2026-03]."),
        # A past clause in February: last November.
        ("2026-02-11", "Exports rose in [November|2025-11], the ministry said."),
        ("2024-04-10", "The hearing will resume on [June 24|2024-06-24]."),
        ("2025-11-26", "The toll increase takes effect on [January 5|2026-01-05]."),
    ],
    "duration": [
        ("2025-06-25", "The border talks lasted [almost two months|P2M]."),
        ("2024-01-17", "The government sold [30-year|P30Y] bonds to pension funds."),
        ("2026-03-04", "The fraud trial will run for [at least six weeks|P6W]."),
        ("2025-10-08", "The port lease lasts [half a century|P50Y]."),
        # Two durations, the unit of the first taken from the second.
        ("2024-05-22", "The fishing ban covers [three|P3M] or [four months|P4M]."),
        ("2025-01-15", "Nurses will get [ten days|P10D] of extra leave."),
    ],
    "holiday": [
        ("2025-12-10", "The stock exchange closes early on [New Year's Eve|2025-12-31]."),
        # U.S. Memorial Day 2026 is the last Monday of May, 25 May.
        ("2026-04-22", "Federal offices are closed on [Memorial Day|2026-05-25]."),
        ("2025-12-17", "The winter sale begins [the day after Christmas|2025-12-26]."),
        # Easter Sunday 2025 is 20 April.
        ("2025-04-02", "The cathedral museum reopens on [Good Friday|2025-04-18]."),
    ],
    "week": [
        # Wednesday 30 December 2020 is in ISO week 53 of 2020 (2020 has 53 ISO weeks).
        ("2020-12-30", "Trading volumes are thin [this week|2020-W53]."),
        ("2025-03-19", "The budget committee meets [next week|2025-W13]."),
        # Wednesday 6 January 2021 is in W01 of 2021; last week is W53 of 2020.
        ("2021-01-06", "Retail footfall fell [last week|2020-W53]."),
    ],
    "season": [
        ("2025-01-22", "The new airport terminal opens in [autumn 2026|2026-09/2026-11]."),
        ("2026-10-14", "Reservoir levels fell in [the summer of 2025|2025-06/2025-08]."),
        # Meteorological winter, December-February.
        ("2024-11-27", "Gas demand will peak [this winter|2024-12/2025-02]."),
    ],
    "decade": [
        ("2025-06-18", "The shipyard built trawlers throughout [the 1960s|1960/1969]."),
        ("2024-03-06", "House prices soared in [the late 1980s|1980/1989]."),
    ],
    "negative": [
        ("2025-05-21", "The Sunday Times published the letter in full."),
        ("2024-09-18", "The last bus leaves at 11:45 every night."),
        ("2026-03-11", "The ministry updates the list every week."),
        ("2025-07-23", "Year-to-date sales of electric cars rose 4%."),
        ("2024-12-18", "Prices have been falling for a while."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
    ("range", 3): "prev",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "next",
    ("weekday", 4): "prev",
    ("weekday", 5): "next",
    ("weekday", 6): "prev",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The ministry will recruit [five thousand|count|5000|teacher] teachers.",
        "[Twenty-three|count|23|sailor] sailors were rescued from the ferry.",
        "The festival drew [half a million|count|500000|visitor] visitors.",
        "The charity raised [two and a half million pounds|money|2500000|GBP] for the hospice.",
        "The airport handled [ninety-one|count|91|flight] extra flights.",
    ],
    "currency": [
        "South Africa's treasury borrowed [R12 billion|money|12000000000|ZAR] from the market.",
        "Nigeria approved [₦1.5 trillion|money|1500000000000|NGN] for road repairs.",
        "The Swedish pension fund invested [SEK 3.2 billion|money|3200000000|SEK] in wind farms.",
        "Poland will spend [PLN 40 billion|money|40000000000|PLN] on new tanks.",
        "The Thai airline paid [9 billion baht|money|9000000000|THB] for new jets.",
        "Argentina's central bank bought [$200 million|money|200000000|USD] in the market.",
        "Egypt raised [30 billion Egyptian pounds|money|30000000000|EGP] from the bond sale.",
    ],
    "scale": [
        "The carmaker posted a profit of [€4.1bn|money|4100000000|EUR].",
        "The council spent [£350k|money|350000|GBP] on the survey.",
        "The bank set aside [¥450bn|money|450000000000|JPY] for bad loans.",
        "The state allotted [Rs 120 crore|money|1200000000|INR] to flood relief.",
        "The field holds [2.5 bn barrels|quantity|2500000000|bbl] of oil.",
    ],
    "units": [
        "The gas pipeline is [1,200 kilometres|quantity|1200|km] long.",
        "The iceberg covers [3,900 square kilometres|quantity|3900|km2].",
        "The wildfire scorched [45,000 hectares|quantity|45000|ha] of pine forest.",
        "The storm brought winds of [150 km/h|quantity|150|km/h] to the coast.",
        "The tanker carried [80,000 tonnes|quantity|80000|t] of diesel.",
        "The reservoir level dropped by [3 metres|quantity|3|m] in a month.",
    ],
    "percent": [
        "Support for the party rose to [41 per cent|percent|41|%].",
        "The bank raised rates by [half a percentage point|percent|0.5|pp].",
        "Food prices rose [three percent|percent|3|%] in May.",
        "Mortgage rates fell [20 basis points|percent|0.2|pp] on the week.",
        "[Eight per cent|percent|8|%] of the island is forest.",
        "Inflation rose [0.4 percentage point|percent|0.4|pp] to [3.2%|percent|3.2|%], the office said.",
    ],
    "range": [
        "Economists expect growth of [0.8|percent|0.8|%] to [1.2 percent|percent|1.2|%] next year.",
        "The stadium will cost [$1.5|money|1500000000|USD]-[$2 billion|money|2000000000|USD].",
        "Snow depths of [20|quantity|20|cm] to [40 centimetres|quantity|40|cm] are expected.",
        "Between [300|count|300|job] and [400|count|400|job] jobs are at risk.",
        "Tickets will cost between [€45|money|45|EUR] and [€90|money|90|EUR].",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|runner] runners took part in the race.",
        "The new runway will cost [roughly £14 billion|money|14000000000|GBP].",
        "[Fewer than 500|count|500|lynx] lynx remain in the wild.",
        "[Well over 70%|percent|70|%] of members voted yes.",
        "The cruise ship has [close to 400|count|400|cabin] cabins.",
        "[Some 25|count|25|country] countries joined the coalition.",
    ],
    "count": [
        "The flood destroyed [830|count|830|home] homes.",
        "[One|count|1|child] child was injured in the fire.",
        "The airline operates [62|count|62|aircraft] aircraft.",
        "Customs officers seized [1,400|count|1400|phone] phones at the border.",
        "The city built [18|count|18|library] new libraries.",
    ],
    "ordinal": [
        "It was the company's [fourth|ordinal|4] profit warning.",
        "The [100th|ordinal|100] anniversary of the league was celebrated in style.",
        "He became the [first|ordinal|1] African to win the award.",
        "The [23rd|ordinal|23] round of talks ended without a deal.",
    ],
    "tally": [
        "The committee voted [7|number|7]-[2|number|2] to approve the merger.",
        "Rangers beat Hibernian [2|number|2]-[1|number|1] at Ibrox.",
        "The court ruled [6|number|6] to [3|number|3] in favour of the state.",
    ],
    "form": [
        "The trade balance was [-4,800|number|-4800] in March.",
        "The discount rate rose to [5-1/2 percent|percent|5.5|%].",
        "The basketball player is [6 feet 8 inches|quantity|6.666667|ft] tall.",
        "Petrol costs [£1.39|money|1.39|GBP] per litre in Leeds.",
    ],
    "negative": [
        "Article 7(2) of the regulation applies to all importers.",
        "Thousands of fans lined the streets.",
        "Three in four households own a car.",
        "The Airbus A320 landed safely in Lisbon.",
    ],
}

def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    print(check_written(TAG))


if __name__ == "__main__":
    main()
    sys.exit(0)
