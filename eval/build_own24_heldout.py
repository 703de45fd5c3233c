"""Build the twenty-fourth held-out set: eval/own24-briefs-heldout.jsonl, own24-dates-heldout.jsonl
and own24-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 25 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: file
format, markup and checks; the check functions, statement checks and the modifier check are
reused here, ``case_marks`` is imported as set 21 does, its text unread) and the "Twenty-first
held-out set" section of ``eval/README.md``. The texts were written by hand for this set and
annotated inline while writing, by ``ANNOTATION.md``; where it is silent, the choice is listed
below. The marked texts of the briefs and their statements are in ``own24_heldout_briefs_a.py``
and ``own24_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats sets 21-23 lacked.
Eight official texts (a Reserve Bank of Australia Monetary Policy Board decision with "Number
2025-21", "per cent" and basis points; a U.S. Bureau of Labor Statistics Employment Situation
release with an embargo line, signed changes "(+73,000)" and revisions; an African Union Peace
and Security Council communiqué in numbered operative paragraphs; a WFP release on Haiti; an
Indonesian BNPB bulletin with "Saturday (15/11)" dates; a U.S. Coast Guard news release with
miles, feet and mph; a UK Competition and Markets Authority decision under the DMCC Act; an A.P.
Moller - Maersk interim report with "USD 14.2bn", comparatives in brackets and "USD 8.0-9.0bn"
guidance), three Wikinews-style reports (Swiss glacier loss, Argentine inflation, the Norwegian
election) and three Reuters wire items of the 1996 CoNLL-2003 kind (a Jerusalem item on Hebron
talks dated 1996-08-26; Dutch first division results, standings and scorers with clubs named by
city and players with countries in brackets, 1996-08-25; Belgian Grand Prix placings and
championship standings with drivers' countries in brackets, 1996-08-25). Real institutions,
places, office holders and sportsmen; the events are modelled on real ones but details, quotations
and many figures are invented or approximate and must not be read as reporting (the Coast Guard
officer is invented). Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 21 (``case_marks``): briefs ``[[span|TYPE]]`` / ``[[span|TYPE|name]]``,
``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``; statements beside
each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``; figure cases
``[span|kind|value]`` / ``[span|kind|value|unit]``. The set 21 checks are kept: offsets, order, no
overlap, kinds, ISO 4217, units, ISO 8601, 150-260 words, ``score.py F F`` = 1.000 with
statements and attribution, ISO weeks, relative weekdays, "N weeks/days from today", the modifier
check, ``check_edges`` (every span's text equals its slice; no span starts or ends on white space
or punctuation, none ends in a possessive, no entity span starts with a determiner unless its name
does) and ``check_brief_extra`` (no span of one list overlaps a span of another; every brief date
written "Weekday, Month D, YYYY" has the right weekday and value).

Run from the project root: ``python3 eval/build_own24_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Monetary Policy Board" and "the Board" of the RBA ORG "Monetary Policy Board
  (Australia)", "Reserve Bank" ORG "Reserve Bank of Australia"; "U.S. Department of Labor" and
  "U.S. Bureau of Labor Statistics" one ORG span each; "PSC" ORG "Peace and Security Council", "AU
  Commission" and "the Commission" of a PSC communiqué ORG "African Union Commission", "Kingdom of
  Morocco" GPE "Morocco"; "United Nations World Food Programme" one ORG "World Food Programme";
  "Artibonite department" GPE "Artibonite" named "Artibonite (department)" (the lower-case
  generic word outside the span);
  "BNPB"/"National Disaster Management Agency" ORG "National Agency for Disaster Countermeasure",
  "BMKG" ORG "Meteorology, Climatology, and Geophysical Agency", regencies and districts GPE, a
  village GPE, "Java" LOC; "Coast Guard" ORG "United States Coast Guard", "Coast Guard Sector
  Miami"/"Sector Miami" ORG, "Air Station Miami" FAC "Coast Guard Air Station Miami", "MH-65
  Dolphin" PRODUCT "Eurocopter MH-65 Dolphin", a rank "Petty Officer 1st Class" untagged with its
  ordinal; "A.P. Moller - Maersk" ORG "Maersk", "Gemini" ORG "Gemini Cooperation", "Suez Canal"
  FAC; glaciers LOC; "Blatten" GPE, "Valais" GPE; "INDEC" ORG "National Institute of Statistics and
  Census of Argentina", "Senate" ORG "Argentine Senate", "Peronist" NORP; Norwegian parties ORG
  "... (Norway)", "Storting" ORG; "Palestinians" NORP "Palestinian", "West Bank" LOC, "Gaza" GPE
  "Gaza Strip"; Dutch clubs named by city ORG under their Wikipedia titles ("Vitesse Arnhem" ->
  "SBV Vitesse", "Willem II Tilburg" -> "Willem II (football club)", "Graafschap Doetinchem" ->
  "De Graafschap"); Formula One teams ORG ("Ferrari" -> "Scuderia Ferrari", "Williams" -> "Williams
  Racing", "Benetton" -> "Benetton Formula"), "Spa" as the circuit FAC "Circuit de Spa-Francorchamps",
  the dateline "SPA" GPE "Spa, Belgium", "Britain" GPE "United Kingdom", Grands Prix EVENT named with
  their year; headline words in capitals tagged like body text ("ISRAEL", "LEVY", "DUTCH").
  Untagged: "Exchange Settlement", "Statement on Monetary Policy", "Ocean" (a business segment),
  "SMS", "EBITDA", "GDP", "USDL-25-1196", "Number 2025-21".
- Statements: communiqué paragraphs without a subject speak for the Council of their preamble
  ("Expresses deep concern over ..." cue "express", "Underscores that" cue "underscore",
  "reiterates" cue "reiterate", "Calls on" cue "call on"; "condemns", "rejects", "requests" and
  "decides" take an act or event, not content, and are not statements); "found that" cue "find";
  "plans to" cue "plan" (content without "to"); "according to" with the content before it; "The
  company" and "the agency" speak as the issuer named before; a second quotation after a closed
  attributed one is the same speaker's "say".
- Figures: "(+73,000)" and "(-12,000)" signed ``number``; "12 cents" 0.12 USD; "2–3 per cent" two
  percent figures; "USD 8.0-9.0bn" two money figures, "USD 8.0" (scale from the second) and
  "9.0bn" (currency from the first); "32-foot" quantity 32 ft; "208.442 kph" km/h; "1295th"
  meeting ordinal; race placings "1." .. "6." and standings places ordinal (the span without the
  full stop); "81 points" count "point", "68" after it count "point" (noun restored); results,
  standings tables and goal tallies ``number``; race times, gaps, clock times, "1 hour 28 minutes"
  untagged; "fourth-largest" ordinal "fourth"; "first division" ordinal.
- Dates: "Saturday (15/11)" two dates, the weekday and "15/11" (dd/mm, the reference year); "the
  past 12 months" and "the next six months" START/END at day precision from the reference date;
  "late November" the month with the hedge inside; "this autumn" "2025-09/2025-11"; "9-month",
  "14-day", "four-day" and "64-year-old" durations; "more than a century" P100Y; "27 weeks" P27W
  (the trailing "or more" outside); the RBA "the June quarter" "2025-04/2025-06"; "Q3 2025"
  "2025-07/2025-09"; "the first nine months of 2025" "2025-01/2025-09"; "this week" of the wire an
  ISO week; "Sunday" in a wire dated that Sunday the wire's own day; "the coming days" untagged.
- Date cases: see the comments at each case; a Japanese "fiscal 2024" April 2024-March 2025.
  Negatives: a holiday inside a treaty's name, a clock time "every weekday", "each April", a
  "Month-on-month" modifier, a vague "for years".
- Figure cases: "half a percentage point" 0.5 pp; "4-3/4 percent" 4.75; "3 feet 6 inches" 3.5 ft;
  "$750k"; "2.4 mn" containers; "₹2,500 crore"; "A$1.89" AUD with the rate outside; "40,000 square
  metres" m2. Negatives: an article citation, a vague "Thousands", a proportion "Three in four", a
  model number "A320".
"""

from __future__ import annotations

import sys

from heldout_build import build_heldout
from own24_heldout_briefs_a import BRIEFS_A
from own24_heldout_briefs_b import BRIEFS_B

TAG = "own24"
SOURCE_BRIEFS = (
    "own24: written and annotated by hand for briefx (held-out set 24, session 25) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Reserve Bank of Australia, "
    "the U.S. Bureau of Labor Statistics, the African Union Peace and Security Council, the World Food "
    "Programme, Indonesia's BNPB, the U.S. Coast Guard, the UK Competition and Markets Authority and an "
    "A.P. Moller - Maersk interim report, Wikinews-style reports and Reuters-style 1996 wire copy; real "
    "institutions, places and office holders, events modelled on real news with invented or "
    "approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own24: short cases written and annotated by hand for briefx (held-out set 24, session 25) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 5 March 2025: next Tuesday is 11 March, the Tuesday after it 18 March.
        ("2025-03-05", "The committee will vote [the Tuesday after next|2025-03-18]."),
        ("2024-10-16", "The grain shipment left Odesa [the day before yesterday|2024-10-14]."),
        ("2026-01-21", "The new tariffs take effect [two weeks from today|2026-02-04]."),
        # The Fridays of June 2025 are 6, 13, 20 and 27 June.
        ("2025-06-04", "Applications for the grant close on [the last Friday of June|2025-06-27]."),
        ("2024-11-27", "The port strike started [three days ago|2024-11-24]."),
        # Easter Sunday 2026 is 5 April.
        ("2026-04-08", "The reactor was shut down [the day before Easter|2026-04-04]."),
    ],
    "range": [
        ("2025-05-14", "The book fair in Leipzig runs [12-16 June|2025-06-12/2025-06-16]."),
        ("2024-09-25", "Polling stations will be open from [28 to 30 September|2024-09-28/2024-09-30]."),
        ("2026-02-11", "The river was closed to shipping from [December 2025 to February 2026|2025-12/2026-02]."),
        ("2025-08-06", "The household panel covers [1998-2024|1998/2024]."),
        # Wednesday 17 April 2024, a future clause: the Monday to Thursday of next week.
        ("2024-04-17", "The minister will be abroad [Monday through Thursday|2024-04-22/2024-04-25]."),
        ("2025-12-10", "Retail sales rose [between July and September|2025-07/2025-09]."),
    ],
    "words": [
        ("2025-02-19", "The treaty was ratified in [nineteen ninety-two|1992]."),
        ("2024-06-12", "The airline was founded on [the third of March, nineteen eighty-one|1981-03-03]."),
        ("2026-05-27", "The canal opened in [August of nineteen fourteen|1914-08]."),
        # A future clause in September: this year's October.
        ("2025-09-03", "The new parliament will sit on [the first of October|2025-10-01]."),
        ("2024-02-28", "The constitution dates from [two thousand and ten|2010]."),
    ],
    "period": [
        ("2025-08-27", "Germany's economy contracted in [the April-June period|2025-04/2025-06]."),
        ("2025-05-28", "Tax receipts rose in [the year to March 2025|2024-04/2025-03]."),
        # U.S. federal fiscal year.
        ("2024-11-13", "The U.S. Coast Guard's budget for [fiscal year 2025|2024-10-01/2025-09-30] is $13.8 billion."),
        # Japan's fiscal year runs April-March.
        ("2025-06-18", "Japan's trade deficit widened in [fiscal 2024|2024-04/2025-03], the finance ministry said."),
        # A UK financial year, April-March.
        ("2026-03-04", "The Treasury published its spending plans for [2026/27|2026-04/2027-03]."),
        ("2025-10-29", "Exports of wine grew in [the nine months to September|2025-01/2025-09]."),
        ("2024-08-07", "Smartphone sales slumped in [the first half|2024-01/2024-06], the company said."),
        # The most recent December quarter before 19 March 2025.
        ("2025-03-19", "New Zealand's economy grew 0.7% in [the December quarter|2024-10/2024-12]."),
    ],
    "weekday": [
        # Wednesday 24 September 2025: a past and a future clause.
        ("2025-09-24", "The ferry sank off Lesbos on [Saturday|2025-09-20]."),
        ("2025-09-24", "The ferry service to Lesbos resumes on [Saturday|2025-09-27]."),
        # Wednesday 4 December 2024, a future clause.
        ("2024-12-04", "The central bank meets again on [Thursday|2024-12-05]."),
        # Wednesday 10 June 2026, a past clause.
        ("2026-06-10", "The senator announced her resignation on [Tuesday|2026-06-09]."),
        # Wednesday 12 February 2025: the Monday of next week.
        ("2025-02-12", "Talks are set to resume [next Monday|2025-02-17]."),
        # Wednesday 24 July 2024.
        ("2024-07-24", "The firm cut its profit forecast [last Friday|2024-07-19]."),
        ("2025-11-19", "The storm made landfall on [Sunday, November 16|2025-11-16]."),
    ],
    "month-tense": [
        ("2025-04-16", "Car sales plunged in [December|2024-12], the industry body said."),
        ("2025-04-16", "The new speed limits come into force in [December|2025-12]."),
        # A past perfect in February: last November.
        ("2026-02-18", "Rents had already risen sharply by [November|2025-11]."),
        ("2024-09-11", "The referendum will be held on [March 23|2025-03-23]."),
        ("2025-07-02", "Inflation eased in [May|2025-05], the statistics office said."),
    ],
    "duration": [
        ("2025-10-08", "The runway will be closed for [about five weeks|P5W]."),
        ("2024-05-15", "The lease on the harbour was extended by [99 years|P99Y]."),
        ("2026-09-09", "The fraud trial lasted [almost eight months|P8M]."),
        ("2025-03-26", "A [five-year|P5Y] plan for the railways was approved."),
        # Two durations, the unit of the first taken from the second.
        ("2024-12-18", "The export ban will last [six|P6M] to [nine months|P9M]."),
        ("2025-06-25", "Negotiators have been meeting for [more than a decade|P10Y]."),
    ],
    "holiday": [
        # U.S. Thanksgiving 2025 is 27 November; Black Friday the day after.
        ("2025-11-05", "Stores expect record sales on [Black Friday|2025-11-28]."),
        ("2026-12-09", "The tax office reopens after [New Year's Day|2027-01-01]."),
        ("2024-12-11", "The stock exchange closes at noon on [New Year's Eve|2024-12-31]."),
        # Easter Sunday 2025 is 20 April.
        ("2025-03-19", "The new footbridge opens on [Good Friday|2025-04-18]."),
    ],
    "week": [
        # Thursday 1 January 2026 is in ISO week 1 of 2026; last week is W52 of 2025.
        ("2026-01-01", "Factories in the region shut down [last week|2025-W52]."),
        ("2025-06-18", "The exam results are expected [this week|2025-W25]."),
        # Wednesday 25 December 2024: next week begins on 30 December, in 2025-W01.
        ("2024-12-25", "Parliament sits again [next week|2025-W01]."),
    ],
    "season": [
        ("2025-01-15", "The dam was completed in [autumn 2023|2023-09/2023-11]."),
        ("2026-04-22", "The wheat harvest is expected to recover [this summer|2026-06/2026-08]."),
        # Meteorological winter: December 2023 to February 2024.
        ("2024-05-08", "Gas demand fell sharply [last winter|2023-12/2024-02]."),
    ],
    "decade": [
        ("2025-07-30", "The port city grew rapidly in [the 1960s|1960/1969]."),
        ("2024-10-23", "Coal output peaked in [the late 1980s|1980/1989]."),
    ],
    "negative": [
        ("2025-04-09", "The Good Friday Agreement shaped politics in Northern Ireland."),
        ("2024-08-14", "The ferry departs at 06:45 every weekday."),
        ("2026-03-11", "Wages at the firm are reviewed each April."),
        ("2025-10-15", "Month-on-month inflation eased to 0.2%."),
        ("2024-06-19", "Housing costs have risen for years."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
    ("range", 5): "next-week",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "next",
    ("weekday", 4): "prev",
    ("weekday", 5): "next-week",
    ("weekday", 6): "prev",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The club sold [twenty-two thousand|count|22000|ticket] tickets for the final.",
        "[Seven|count|7|climber] climbers were rescued from the glacier.",
        "The charity planted [half a million|count|500000|tree] trees along the river.",
        "The king pardoned [two hundred and fifty|count|250|prisoner] prisoners.",
        "The orchestra received [three million euros|money|3000000|EUR] from the city.",
    ],
    "currency": [
        "South Africa's treasury raised [R15 billion|money|15000000000|ZAR] in bonds.",
        "The Polish retailer earned [PLN 320 million|money|320000000|PLN] last year.",
        "Egypt received [$5 billion|money|5000000000|USD] from the IMF.",
        "Norway's wealth fund lost [NOK 1.2 trillion|money|1200000000000|NOK] in the quarter.",
        "The Thai cabinet approved [200 billion baht|money|200000000000|THB] in stimulus.",
        "Sweden's regulator fined the bank [SEK 50 million|money|50000000|SEK].",
        "Nigeria's budget plans [₦54.9 trillion|money|54900000000000|NGN] of spending.",
    ],
    "scale": [
        "The council spent [£4.5m|money|4500000|GBP] on road repairs.",
        "The start-up raised [$750k|money|750000|USD] from investors.",
        "The ministry allotted [₹2,500 crore|money|25000000000|INR] to the scheme.",
        "The merger created a group worth [€31bn|money|31000000000|EUR].",
        "The port handled [2.4 mn|count|2400000|container] containers in the year.",
    ],
    "units": [
        "The gas pipeline runs for [1,200 kilometres|quantity|1200|km].",
        "The truck was carrying [18 tonnes|quantity|18|t] of steel.",
        "The suspension bridge spans [640 metres|quantity|640|m].",
        "Snowfall reached [14 inches|quantity|14|in] in Buffalo.",
        "The tanker carried [2 million barrels|quantity|2000000|bbl] of oil.",
        "The warehouse covers [40,000 square metres|quantity|40000|m2] on the edge of town.",
    ],
    "percent": [
        "Support for the party reached [41 percent|percent|41|%].",
        "The bank raised its rate by [half a percentage point|percent|0.5|pp].",
        "Bond yields fell [20 basis points|percent|0.2|pp] after the data.",
        "[Nine per cent|percent|9|%] of homes lack broadband.",
        "Unemployment rose [0.2 percentage points|percent|0.2|pp] to [5.6 per cent|percent|5.6|%].",
        "The index fell [1.8%|percent|1.8|%] on Tuesday.",
    ],
    "range": [
        "Analysts expect growth of [2|percent|2|%] to [2.5 per cent|percent|2.5|%] this year.",
        "The upgrade will cost [$40|money|40000000|USD]-[$45 million|money|45000000|USD].",
        "Winds of [80|quantity|80|km/h] to [100 km/h|quantity|100|km/h] are expected.",
        "Between [30|count|30|flight] and [40|count|40|flight] flights were cancelled.",
        "Tickets cost between [£25|money|25|GBP] and [£60|money|60|GBP].",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|runner] runners took part.",
        "The deal is worth [about €2 billion|money|2000000000|EUR].",
        "[More than 70%|percent|70|%] of households own a car.",
        "[Upwards of 500|count|500|protester] protesters gathered outside parliament.",
        "The fire destroyed [close to 200|count|200|home] homes.",
        "[At least 12|count|12|person] people died in the floods.",
    ],
    "count": [
        "The airline ordered [60|count|60|aircraft] new aircraft.",
        "[One|count|1|firefighter] firefighter was injured.",
        "The school has [1,450|count|1450|pupil] pupils.",
        "Customs officers found [27|count|27|parrot] parrots in the van.",
        "The chain will close [18|count|18|store] stores.",
    ],
    "ordinal": [
        "It was the team's [fifth|ordinal|5] straight win.",
        "The [40th|ordinal|40] summit of the bloc opens in Kuala Lumpur.",
        "He finished [second|ordinal|2] in the race.",
        "The [101st|ordinal|101] edition of the race starts in Florence.",
    ],
    "tally": [
        "The committee voted [7|number|7]-[2|number|2] against the plan.",
        "Rangers drew [1|number|1]-[1|number|1] with Hearts at Ibrox.",
        "The motion passed [312|number|312] to [250|number|250].",
    ],
    "form": [
        "The town's population change was [+1,250|number|1250] last year.",
        "The bond yield rose to [4-3/4 percent|percent|4.75|%].",
        "The pike measured [3 feet 6 inches|quantity|3.5|ft].",
        "Unleaded petrol sells for [A$1.89|money|1.89|AUD] a litre in Sydney.",
    ],
    "negative": [
        "Article 50 of the treaty was triggered.",
        "Thousands of fans lined the streets.",
        "Three in four adults use online banking.",
        "The Airbus A320 was grounded in Lyon.",
    ],
}


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)


if __name__ == "__main__":
    main()
    sys.exit(0)
