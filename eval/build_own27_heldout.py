"""Build the twenty-seventh held-out set: eval/own27-briefs-heldout.jsonl, own27-dates-heldout.jsonl
and own27-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 26 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: file
format, markup and bookkeeping) and the "Twenty-first held-out set" section of ``eval/README.md``;
``case_marks`` and ``heldout_build`` are imported as set 21 does, their text unread. The texts were
written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where it is
silent, the choice is listed below. The marked texts of the briefs and their statements are in
``own27_heldout_briefs_a.py`` and ``own27_heldout_briefs_b.py``. Written at the same time as
another session-26 set on other topics; neither writer read the other's files.

Briefs: the GENRE of the project's hidden test set, with issuers and formats sets 21-25 lacked.
Eight official texts (a Swiss National Bank monetary policy assessment in CHF; a U.S. Census Bureau
advance retail sales release with a release number and "the June 2025 through August 2025
period"; a Statistics Netherlands (CBS) flash GDP release dated "14-11-2025 07:30" with "27
thousand" jobs; an ECOWAS summit final communiqué with numbered paragraphs, "H.E." titles and "Done
at Abuja, this 22nd day of June 2025"; a PAGASA tropical cyclone bulletin with labelled fields,
clock times, km/h, hPa and wind signal numbers; an Interpol operation release with a LYON dateline
and USD amounts; a Rio Tinto quarterly production report with bullets and tonnes; an Airbus
orders-and-deliveries release with a "--" programme list), three Wikinews-style reports with a
dated line (a walking study, the Indian rupee at a record low, the New York City mayoral election)
and three Reuters wire items of the 1996 CoNLL-2003 kind (a Belgrade diplomacy item dated
1996-08-23, Spanish first division results and standings with clubs named in the wire's
unaccented spelling, 1996-09-01, and a boxing report, 1996-08-31). Real institutions, places,
office holders and sportsmen; events modelled on real ones, details, quotations and many figures
invented or approximate; they must not be read as reporting. Every brief states its own date:
``published`` = ``reference_date``. Unnamed sources ("Traders said", "Economists polled by
Reuters", "A spokesperson for the British Heart Foundation", "economists said") are not annotated.

Markup and checks as set 21 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``;
statements beside each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``;
figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. ``check_spans`` below asserts again,
on the written files, that every span's text equals its slice, that no span starts or ends on
white space, that no entity span starts with a determiner ("the", "a", "an", "this") unless its
name does, that no span ends in a possessive "'s"/"’s" and that no span of one list overlaps a span
of another in a brief.

Run from the project root: ``python3 eval/build_own27_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: the ECOWAS "Authority of Heads of State and Government" and its short form "the
  Authority" ORG named "ECOWAS Authority of Heads of State and Government"; "the Commission" of the
  communiqué ORG "ECOWAS Commission", "the Community" ORG "Economic Community of West African
  States"; "Federal Republic of Nigeria" GPE "Nigeria"; "Treaty of Lagos" and "Dayton" (before a
  lower-case "peace accord") LAW; the typhoon's local and international names ("NANDO", "RAGASA")
  EVENT "Typhoon Ragasa"; "Philippine Area of Responsibility", "Luzon Strait", "Babuyan Islands",
  "Pilbara", "Salar del Rincón", "Prevlaka", "Eastern Slavonia", "Balkans" LOC; Calayan and the
  provinces GPE; "DOST-PAGASA" two ORG spans; "Operation Serengeti 2.0" EVENT; "INTERPOL" ORG
  "Interpol", also inside "INTERPOL-coordinated"; mines FAC ("Simandou mine", "Oyu Tolgoi mine");
  "Chinalco" ORG "Aluminum Corporation of China"; aircraft programmes PRODUCT ("A320 Family" ->
  "Airbus A320 family", "A321XLR" -> "Airbus A321neo"); "Airbus SE" and "Airbus Commercial
  Aircraft" ORG "Airbus"; the journal "The Lancet Public Health" untagged (a publication title);
  "Democratic"/"Republican" before a candidate NORP with the adjective as name; "Welshman" NORP
  "Welshman"; 1996 "Yugoslavia" GPE "Federal Republic of Yugoslavia"; transliterated names under
  their titles ("Milutinovic" -> "Milan Milutinović", "Tudjman" -> "Franjo Tuđman"); clubs ORG
  under their Wikipedia titles ("Deportivo Coruna" -> "Deportivo de La Coruña"); "Point Depot"
  FAC "3Arena"; named surveys ("Monthly Retail Trade Survey"), the "dollar index", "GDP",
  currencies ("the franc", "the rupee", "the euro") and wind signals untagged.
- Statements: "according to data from X" speaks for X; "call" (X called the accord a great step)
  with its object complement as content; "promise" with a noun object; "expect" with a noun or
  infinitive object; "report" of a named person's figures; "warn", "urge", "pledge" (content
  without "to").
- Figures: "±" margins left out of the texts; "27 thousand" count 27000; "84.3 million tonnes"
  quantity in t; "910 hPa" quantity with the unit "hPa" (added to the builder's unit list);
  "[323] to [338 million tonnes]" two figures, the scale of the first from the second; "88.85
  rupees" per dollar money INR, the rate outside; "[88.50] and [89.50 rupees]" two INR figures;
  "$1.17" for the euro USD; the dollar index level ``number``; "2.5 billion pesetas" ESP;
  scores and standings ``number``; "Sixty-Seventh" in "Sixty-Seventh Ordinary Session" and "FIRST"
  of "FIRST DIVISION" ordinal; clock times, "Signal No. 5", "CB25-147" untagged; "one of the
  worst-performing" and "about one in three" untagged; "10 A350 aircraft" count "aircraft".
- Dates: "the June 2025 through August 2025 period" one span "2025-06/2025-08" and "the same
  period a year ago" "2024-06/2024-08"; "this week" ISO week; "14-11-2025" day-month-year; "Q3
  2025" and "the third quarter of 2025" quarters; "the first five months of 2025" "2025-01/2025-05";
  "the next three years" START/END at day precision from the reference date; "half a century"
  P50Y; "this 22nd day of June 2025" the date without "this"; "tomorrow" in "through tomorrow";
  "between 2014 and 2025" one span "2014/2025"; "34-year-old" P34Y; "the 43-month war" "43-month"
  P43M; "last December", "last September" in the wire the most recent such month before the
  dateline; a wire weekday that is the dateline's own day ("played on Sunday" under a Sunday
  dateline) that day; "tonight", "this afternoon", "morning", "in the coming hours", "at least 150
  minutes", "one minute" untagged (shorter than a day or vague).
- Date cases: see the comments at each case; Japanese "fiscal 2023" an April-March year.
  Negatives: a weekly collection, "quarterly" as a rate word, clock times with a sub-day
  duration, a vague "in recent years", a "Month-on-month" modifier.
- Figure cases: "half a percentage point" 0.5 pp; "4-1/2 percent" 4.5; "$7 and 50 cents" 7.5
  USD; "₦" NGN; "R" ZAR; "C$" CAD; "₱" PHP; "Rs 3,500 crore" 35000000000 INR; "3.6 billion cubic
  metres" in "m3"; "640 hectares" in "ha"; "cm" for centimetres. Negatives: an article number
  of a treaty, a vague "Thousands", a proportion "Three in four", a phone number.
"""

from __future__ import annotations

import sys

import case_marks
from heldout_build import build_heldout, check_written
from own27_heldout_briefs_a import BRIEFS_A
from own27_heldout_briefs_b import BRIEFS_B

# The 1996 wire quotes Spanish pesetas: ESP, the ISO 4217 code the peseta had until 2002.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"ESP"}
# A PAGASA bulletin gives central pressure in hectopascals.
case_marks.UNIT_SYMBOLS = set(case_marks.UNIT_SYMBOLS) | {"hPa"}

TAG = "own27"
SOURCE_BRIEFS = (
    "own27: written and annotated by hand for briefx (held-out set 27, session 26) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Swiss National Bank, the U.S. "
    "Census Bureau, Statistics Netherlands, ECOWAS, PAGASA, Interpol, Rio Tinto and Airbus, "
    "Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places and office "
    "holders, events modelled on real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own27: short cases written and annotated by hand for briefx (held-out set 27, session 26) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Monday 14 April 2025: next Friday is 18 April, the Friday after it 25 April.
        ("2025-04-14", "The board will vote [the Friday after next|2025-04-25]."),
        ("2026-01-21", "The dockers' strike started [three days ago|2026-01-18]."),
        # Tomorrow is 9 October; two weeks later is 23 October.
        ("2025-10-08", "The ferry returns to service [two weeks from tomorrow|2025-10-23]."),
        ("2024-11-13", "Bids must arrive by [the last day of next month|2024-12-31]."),
        ("2025-06-04", "The repairs finished [the day before yesterday|2025-06-02]."),
        # 1 June 2026 is a Monday: the Sundays are 7 and 14 June.
        ("2026-05-13", "Polls open on [the second Sunday of June|2026-06-14]."),
    ],
    "range": [
        ("2025-08-20", "The film festival runs [12-16 September|2025-09-12/2025-09-16]."),
        ("2024-04-10", "Registration is open [April 22 to May 3|2024-04-22/2024-05-03]."),
        ("2026-03-04", "The census report covers [2011–2021|2011/2021]."),
        # A past clause in December: this year's August to October.
        ("2025-12-10", "Exports rose steadily [between August and October|2025-08/2025-10]."),
        ("2024-09-25", "The exhibition shows photographs from [1998 to 2004|1998/2004]."),
        # Wednesday 12 February 2025, a future clause: the coming Thursday to Saturday.
        ("2025-02-12", "The embassy will be closed [Thursday through Saturday|2025-02-13/2025-02-15]."),
    ],
    "words": [
        ("2024-07-03", "The cathedral was consecrated in [seventeen eighty-two|1782]."),
        ("2025-03-19", "The treaty was ratified on [the third of May, nineteen ninety-nine|1999-05-03]."),
        ("2026-09-09", "The rowing club was founded in [March of nineteen hundred and five|1905-03]."),
        # A future clause in January: this year's February.
        ("2025-01-15", "The new bridge will open on [the twenty-first of February|2025-02-21]."),
        ("2024-10-02", "The licensing law dates from [two thousand and nine|2009]."),
    ],
    "period": [
        # A UK tax year, April-March.
        ("2025-05-28", "Stamp duty receipts rose in [2024/25|2024-04/2025-03], the Treasury said."),
        # U.S. federal fiscal year.
        ("2024-10-16", "The Pentagon's contracts for [FY2025|2024-10-01/2025-09-30] are under review."),
        # The most recent September before 19 November 2025.
        ("2025-11-19", "Sales fell in [the three months to September|2025-07/2025-09]."),
        ("2026-02-18", "Profits doubled in [the second half of 2025|2025-07/2025-12]."),
        # A quarter without a year takes the reference date's year.
        ("2025-08-06", "The brewer's revenue rose in [Q2|2025-04/2025-06]."),
        # Japan's fiscal year runs April-March.
        ("2024-06-12", "Japan's trade deficit narrowed in [fiscal 2023|2023-04/2024-03]."),
        ("2025-09-03", "Inflation averaged 3% over [the first eight months of the year|2025-01/2025-08]."),
        ("2026-07-22", "U.S. federal receipts in [fiscal year 2026|2025-10-01/2026-09-30] are running ahead of "
         "forecasts."),
    ],
    "weekday": [
        # Wednesday 22 October 2025: a past and a future clause.
        ("2025-10-22", "The finance minister resigned on [Sunday|2025-10-19]."),
        ("2025-10-22", "The finance minister will resign on [Sunday|2025-10-26]."),
        # Wednesday 28 February 2024 (a leap year), a future clause.
        ("2024-02-28", "The airport will reopen on [Saturday|2024-03-02]."),
        # Thursday 5 November 2026, a past clause.
        ("2026-11-05", "Voters went to the polls on [Tuesday|2026-11-03]."),
        # Monday 29 December 2025: this Thursday is New Year's Day.
        ("2025-12-29", "The new rates take effect [this Thursday|2026-01-01]."),
        # Monday 17 June 2024.
        ("2024-06-17", "The minister met union leaders [last Friday|2024-06-14]."),
        ("2025-07-30", "The talks began on [Monday, July 28|2025-07-28]."),
    ],
    "month-tense": [
        ("2025-03-12", "Car sales jumped in [November|2024-11]."),
        ("2025-03-12", "The new tariff will take effect in [November|2025-11]."),
        ("2026-01-07", "Exports were weak in [December|2025-12], the ministry said."),
        # A future clause in September: January 14 of the next year.
        ("2024-09-18", "Parliament will reconvene on [January 14|2025-01-14]."),
        ("2025-08-27", "The fraud trial opened on [May 6|2025-05-06]."),
    ],
    "duration": [
        ("2025-05-14", "The space mission lasted [almost five months|P5M]."),
        ("2024-08-07", "Nurses will receive a [two-year|P2Y] pay deal."),
        ("2026-04-01", "The fishing licence is valid for [a fortnight|P2W]."),
        ("2025-10-15", "The dam took [nearly a decade|P10Y] to build."),
        ("2024-12-18", "The public consultation will last [90 days|P90D]."),
        ("2025-06-25", "The treaty has kept the peace for [more than half a century|P50Y]."),
    ],
    "holiday": [
        ("2025-11-19", "The winter sales start on [Boxing Day|2025-12-26]."),
        # Easter Sunday 2026 is 5 April, Good Friday 3 April.
        ("2026-03-25", "Schools break up for the holidays on [Good Friday|2026-04-03]."),
        ("2025-06-11", "Fireworks are planned for [Independence Day|2025-07-04] in Boston."),
        ("2024-12-27", "The new tax applies from [New Year's Day|2025-01-01]."),
    ],
    "week": [
        # Wednesday 30 December 2026 is in ISO week 53 of 2026.
        ("2026-12-30", "The port stays closed for the rest of [this week|2026-W53]."),
        ("2025-03-05", "Agriculture ministers meet in Brussels [next week|2025-W11]."),
        # Tuesday 31 December 2024 is in 2025-W01; last week is 2024-W52.
        ("2024-12-31", "Factory orders slowed [last week|2024-W52]."),
    ],
    "season": [
        ("2025-09-17", "The new terminal opens in [autumn 2026|2026-09/2026-11]."),
        ("2024-05-15", "Drought hit the region [last summer|2023-06/2023-08]."),
        ("2026-01-28", "The metro extension opens in [the spring|2026-03/2026-05]."),
    ],
    "decade": [
        ("2025-07-02", "The paper mill closed in [the late 1980s|1980/1989]."),
        ("2024-03-06", "Oil prices were low for most of [the 1990s|1990/1999]."),
    ],
    "negative": [
        ("2025-02-05", "The council collects recycling every Tuesday."),
        ("2024-11-27", "The bank publishes quarterly figures on mortgage lending."),
        ("2026-06-10", "The hearing began at 9:45 a.m. and lasted two hours."),
        ("2025-09-24", "Rents have risen sharply in recent years."),
        ("2024-07-17", "Month-on-month inflation eased to 0.2%."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
    ("range", 6): "next",
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
        "[Twenty-seven|count|27|delegation] delegations attended the summit.",
        "The charity raised [three million euros|money|3000000|EUR] for the flood victims.",
        "[Half a million|count|500000|person] people marched through Madrid.",
        "The ministry bought [ninety-six|count|96|ambulance] ambulances.",
        "The loan of [four hundred thousand pounds|money|400000|GBP] was repaid early.",
    ],
    "currency": [
        "South Africa's treasury raised [R12 billion|money|12000000000|ZAR] in the bond sale.",
        "The Polish utility will invest [PLN 3.2 billion|money|3200000000|PLN] in wind farms.",
        "Norway's wealth fund earned [NOK 1.1 trillion|money|1100000000000|NOK] in the first half.",
        "The Thai cabinet approved [500 billion baht|money|500000000000|THB] for the handout.",
        "Canada's government will spend [C$2 billion|money|2000000000|CAD] on housing.",
        "The Philippine central bank fined the lender [₱15 million|money|15000000|PHP].",
        "The Nigerian regulator imposed a penalty of [₦220 billion|money|220000000000|NGN].",
    ],
    "scale": [
        "The state water company lost [£1.4bn|money|1400000000|GBP] last year.",
        "The club paid [€85m|money|85000000|EUR] for the striker.",
        "The startup raised [$750k|money|750000|USD] from angel investors.",
        "The state government sanctioned [Rs 3,500 crore|money|35000000000|INR] for rural roads.",
        "The new dam holds [3.6 billion cubic metres|quantity|3600000000|m3] of water.",
    ],
    "units": [
        "The gas pipeline runs for [1,230 kilometres|quantity|1230|km].",
        "The main span of the bridge is [410 feet|quantity|410|ft] long.",
        "Rescuers dug through [3 metres|quantity|3|m] of snow.",
        "The lorry was carrying [22 tonnes|quantity|22|t] of fertiliser.",
        "The estate covers [640 hectares|quantity|640|ha].",
        "Gusts reached [95 mph|quantity|95|mph] on the coast.",
    ],
    "percent": [
        "Support for the party rose to [31 percent|percent|31|%].",
        "The central bank raised its key rate by [50 basis points|percent|0.5|pp].",
        "Unemployment fell by [half a percentage point|percent|0.5|pp].",
        "[Eighteen per cent|percent|18|%] of households rent their homes.",
        "Turnout in the run-off was [72.1%|percent|72.1|%].",
        "The bond yield rose [0.12 percentage points|percent|0.12|pp] to [4.48%|percent|4.48|%].",
    ],
    "range": [
        "Economists expect growth of [2|percent|2|%]-[2.5%|percent|2.5|%] next year.",
        "The new stand will cost [$40|money|40000000|USD] to [$50 million|money|50000000|USD].",
        "Snowfall of [20|quantity|20|cm] to [30 centimetres|quantity|30|cm] is forecast.",
        "Between [1,500|count|1500|job] and [2,000|count|2000|job] jobs are at risk.",
        "Tickets cost from [£25|money|25|GBP] to [£60|money|60|GBP].",
    ],
    "approximate": [
        "[Roughly 3,000|count|3000|runner] runners took part in the marathon.",
        "The repair bill came to [just over €9 million|money|9000000|EUR].",
        "[Up to 40%|percent|40|%] of the olive harvest was lost.",
        "[More than 12,000|count|12000|household] households lost power.",
        "The television tower is [about 300 metres|quantity|300|m] tall.",
        "[Close to 700|count|700|migrant] migrants crossed the Channel on Saturday.",
    ],
    "count": [
        "The airline cancelled [212|count|212|flight] flights.",
        "[One|count|1|firefighter] firefighter was injured in the blaze.",
        "The government will build [3,400|count|3400|home] new homes.",
        "The storm felled [58|count|58|tree] trees in the park.",
        "The court heard evidence from [17|count|17|witness] witnesses.",
    ],
    "ordinal": [
        "It was the central bank's [fourth|ordinal|4] rate cut this year.",
        "The city hosts the [32nd|ordinal|32] edition of the book fair.",
        "Brazil finished [second|ordinal|2] in the medal table.",
        "She is the [eleventh|ordinal|11] person to hold the post.",
    ],
    "tally": [
        "The committee voted [7|number|7]-[2|number|2] to approve the budget.",
        "Rangers drew [1|number|1]-[1|number|1] with Hearts at Ibrox.",
        "The appeal court ruled [2|number|2]-[1|number|1] against the minister.",
    ],
    "form": [
        "The magnitude [5.8|number|5.8] earthquake shook Lima.",
        "The prime rate stands at [4-1/2 percent|percent|4.5|%].",
        "The refund came to [$7 and 50 cents|money|7.5|USD].",
        "Petrol costs [£1.38|money|1.38|GBP] a litre in Leeds.",
    ],
    "negative": [
        "Article 50 of the treaty was triggered by the government.",
        "Thousands of fans lined the streets of the city.",
        "Three in four adults own a smartphone.",
        "Call 0800 555 0199 for free advice.",
    ],
}

def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    print(check_written(TAG))


if __name__ == "__main__":
    main()
    sys.exit(0)
