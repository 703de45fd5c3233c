"""Build the twenty-third held-out set: eval/own23-briefs-heldout.jsonl, own23-dates-heldout.jsonl
and own23-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 24 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (the previous set of this kind: file
format, markup and checks; the check functions, statement checks and the modifier check are
reused here, ``case_marks`` is imported as set 21 does, its text unread) and the "Twenty-first
held-out set" section of ``eval/README.md``. It did not read the set written beside it in the same
session (own22). The texts were written by hand for this set and annotated inline while writing, by
``ANNOTATION.md``; where it is silent, the choice is listed below. The marked texts of the briefs
and their statements are in ``own23_heldout_briefs_a.py`` and ``own23_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats sets 19-21 lacked.
Eight official texts (a NATO Secretary General's doorstep transcript with speaker labels and
journalists' questions; a U.S. EPA grant release with a "CHICAGO (April 17, 2025) -" dateline and a
bulleted recipient list; a Brazilian government statement in English with "Published on
06/11/2025" (day first) and "US$ 5.5 billion"; a World Bank Board approval with Bangladesh's
fiscal years and IDA terms; a WHO/UNICEF immunization release with a double dateline; a
Philippine NDRRMC situational report with Roman-numbered sections, "Dead:/Injured:/Missing:" fields,
"PHP" and "₱"; a Toronto Police Service arrest release with "Published: Friday, February 21, 2025",
a case number and phone numbers; an IOC Executive Board announcement), three Wikinews-style reports
(science: an interstellar comet; economy: a Bank Indonesia rate cut; elections: Chile's runoff) and
three Reuters wire items of the 1996 CoNLL-2003 kind (a London sterling and markets item dated
1996-08-23 with marks, yen and an index; English premier league summaries with scorers, minutes,
half-time scores and attendances, 1996-08-24; golf leading scores with players' countries in
brackets, 1996-08-23). Real institutions, places, office holders and sportsmen; the events are
modelled on real ones but details, quotations and many figures are invented or approximate and
must not be read as reporting (the Toronto defendant, the superintendent, the World Bank task team
leader and the Yamaichi economist are invented). Every brief states its own date: ``published`` =
``reference_date``. Unnamed sources ("officials", "Organisers", "Police", "the agencies" jointly)
are not annotated; transcript labels ("NATO Secretary General Mark Rutte:") are the author's voice.

Markup and checks as set 21 (``case_marks``): briefs ``[[span|TYPE]]`` / ``[[span|TYPE|name]]``,
``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``; statements beside
each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``; figure cases
``[span|kind|value]`` / ``[span|kind|value|unit]``. The builder asserts the ``case_marks`` checks
(offsets, order, no overlap, kinds, ISO 4217, units, ISO 8601, weekdays) and set 21's: 150-260
words a brief, ``score.py F F`` = 1.000 with statements and attribution, ISO weeks, relative
weekdays, "N days/weeks from today", the modifier check (no quantity modifier left outside a figure
span), ``check_edges`` (every span's text equals its slice of the text; no span starts or ends on
white space or punctuation, none ends in a possessive, no entity span starts with a determiner
unless its name does; "₱" and "₦" added to the currency signs a span may start with) and
``check_brief_extra`` (no span of one list overlaps a span of another list in a brief; every
"Weekday, Month D, YYYY" date has the right weekday and value).

Run from the project root: ``python3 eval/build_own23_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "the Alliance" in a NATO text ORG "NATO" (a capitalised short form); "Allies",
  "Executive Board (EB)", the World Bank's "Board of Executive Directors", "Region 5", "the
  Southwest Monsoon", "Situational Report No. 12" and "the Games" untagged; "U.S. Environmental
  Protection Agency" one ORG span named "United States Environmental Protection Agency"; "Bipartisan
  Infrastructure Law" LAW "Infrastructure Investment and Jobs Act"; U.S. towns with their state
  ("Toledo, Ohio", "AKRON" -> "Akron, Ohio", "Cambridge, Massachusetts"); "Scarborough" GPE
  "Scarborough, Toronto"; roads FAC ("Markham Road"); "Criminal Code" in a Canadian text LAW
  "Criminal Code (Canada)"; the Philippine typhoon by its local and international names, both EVENT
  "Typhoon Gaemi"; "CALABARZON" GPE "Calabarzon"; "Limay" GPE "Limay, Bataan"; a tanker PRODUCT;
  "Ferdinand Marcos Jr." PERSON "Bongbong Marcos"; "Amazon" LOC "Amazon rainforest"; "COP30" EVENT
  "2025 United Nations Climate Change Conference"; "Olympic Winter Games Milano Cortina 2026" and
  "Milano Cortina 2026" EVENT "2026 Winter Olympics" (the year inside the name, no date), "Paralympic
  Winter Games" EVENT "2026 Winter Paralympics"; "Milano Cortina 2026 Foundation" ORG as written;
  comets, the Sun, Earth and the Solar System LOC ("3I/ATLAS", "ʻOumuamua", "2I/Borisov");
  telescopes in space PRODUCT, the Rubin Observatory FAC; ATLAS the survey ORG "Asteroid
  Terrestrial-impact Last Alert System"; "Electoral Service"/"Servel" ORG "Electoral
  Service"; "Republican Party"/"Communist Party" ORG with "(Chile)"/"of Chile" titles; "Gavi" ORG
  "GAVI"; "Bundesbank" ORG "Deutsche Bundesbank"; "Eddie George"
  PERSON "Edward George, Baron George"; "Yamaichi" ORG "Yamaichi
  Securities"; "ENGLISH PREMIER LEAGUE"/"English Premier League" ORG "Premier League"; football
  clubs named by city ORG under their Wikipedia titles ("Newcastle" -> "Newcastle United F.C.",
  "Sheffield Wednesday" -> "Sheffield Wednesday F.C.", no date inside), "Britain" in brackets GPE
  "United Kingdom", "Masashi Ozaki" PERSON "Jumbo Ozaki", "Juninho" PERSON "Juninho Paulista";
  "WORLD SERIES OF GOLF" EVENT "NEC World Series of Golf", "U.S. Open" (golf) EVENT "U.S. Open (golf)";
  indices ("FTSE 100"), the rupiah, the peso, diseases and vaccines untagged.
- Statements: cues "tell", "call for", "announce", "confirm", "warn", "expect" and "forecast" (a
  noun object), "promise" (content without "to"), "according to" (the agency, "according to the
  agency" after a named EPA); a country speaks in a journalist's question ("Spain says ..."); a
  Minister's statement that nests "according to INPE" ends before the embedded attribution; one
  unbroken quotation of two sentences is one statement; "said on Monday" after the speaker.
- Figures: "US$ 5.5 billion" with a space one span; "₱412 million" and "PHP 1.3 billion" PHP;
  "$" in the Toronto release CAD; "2.3015 marks" DEM (added to the code list, as set 21 does) and a
  bare "2.2940" after it DEM, "107.85" after "108.20 yen" JPY (the currency of the figure it pairs
  with); index points count "point"; "Attendance: 38,000" count "spectator" (noun restored); scores,
  half-time scores and golf rounds and totals ``number``; match minutes, clock times, a case number,
  phone numbers, "No. 12", "Region 5", "FTSE 100", "the world number one" untagged; "first pledges",
  "second-round", "18th hole", "came first" ordinal; "12-acre" quantity "acre", "7,139-yard" "yd",
  "40-foot" "ft"; "about 221,000 kilometres per hour" "km/h"; "100,000 packs" count "pack".
- Dates: Bangladesh's "fiscal year 2024" a July-June year "2023-07/2024-06"; "the 12 months to
  July" "2024-08/2025-07"; "the summer", "this fall" seasons of the reference year; "late October",
  "late August", "early December" the month with the hedge inside; "2026-2030" one range; "30-year",
  "five-year", "four-year", "10-year" durations; "this week", "last week" and "next week" ISO weeks;
  "since August 1995" the month; "05 Jun. 2025" and "06/11/2025" (day first, a Brazilian text)
  points; "every July", "each year", "This morning", "6:00 AM", "11:40 p.m." untagged.
- Date cases: see the comments at each case; a New Zealand "2027/28" is a July-June year, Japan's
  "fiscal 2026" April-March. Negatives: a club named like a weekday, a clock time "every morning",
  "every second Tuesday", a "Month-on-month" modifier, a vague "from time to time".
- Figure cases: "half a percentage point" 0.5 pp; "5-1/2 percent" 5.5; "6 feet 2 inches" 6.166667
  ft; "$750k"; "2.6 mn tonnes"; "Rs 12 crore" 120000000 INR; "15 billion zlotys" PLN; "€1.79 a
  litre" the rate outside; "38 to 40 degrees Celsius" two quantities in "°C". Negatives: a treaty
  article, a vague "Thousands", a proportion "Three in four", a model number "A320".
"""

from __future__ import annotations

import sys

import case_marks
from heldout_build import build_heldout
from own23_heldout_briefs_a import BRIEFS_A
from own23_heldout_briefs_b import BRIEFS_B

# The 1996 wire quotes Deutsche Mark amounts: DEM, the ISO 4217 code the mark had until 2002.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"DEM"}

TAG = "own23"
SOURCE_BRIEFS = (
    "own23: written and annotated by hand for briefx (held-out set 23, session 24) by a helper who "
    "neither read nor ran briefx; official releases in the manner of NATO (a Secretary General's "
    "doorstep transcript), the U.S. EPA, the Brazilian government, the World Bank, WHO/UNICEF, the "
    "Philippine NDRRMC, the Toronto Police Service and the IOC, Wikinews-style reports and "
    "Reuters-style 1996 wire copy; real institutions, places and office holders, events modelled on "
    "real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own23: short cases written and annotated by hand for briefx (held-out set 23, session 24) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 5 March 2025: the coming Friday is 7 March, the Friday after it 14 March.
        ("2025-03-05", "The committee will vote [the Friday after next|2025-03-14]."),
        ("2024-11-13", "The envoy arrived in Cairo [the day before yesterday|2024-11-11]."),
        ("2025-09-24", "The port will reopen [three weeks from today|2025-10-15]."),
        ("2026-01-21", "Bids must be filed by [the last day of next month|2026-02-28]."),
        ("2024-05-15", "The rail strike started [two weeks ago today|2024-05-01]."),
        # 1 November 2025 is a Saturday: the Tuesdays are 4 and 11 November.
        ("2025-10-08", "Parliament will sit again on [the second Tuesday of November|2025-11-11]."),
    ],
    "range": [
        ("2025-01-22", "The energy summit runs [February 10-12|2025-02-10/2025-02-12]."),
        ("2024-08-07", "Polling stations were open [from 9 to 11 August|2024-08-09/2024-08-11]."),
        # Wednesday 15 April 2026, a future clause: the coming Monday and Wednesday.
        ("2026-04-15", "The hearing will run [from Monday to Wednesday|2026-04-20/2026-04-22]."),
        ("2025-11-19", "Real wages stagnated over [2008-2012|2008/2012]."),
        # A past clause in March: the October to December just gone.
        ("2024-03-06", "Coffee exports slumped [from October to December|2023-10/2023-12]."),
        ("2025-06-04", "Applications are accepted [July 1 through August 15|2025-07-01/2025-08-15]."),
    ],
    "words": [
        ("2025-04-09", "The constitution was adopted in [nineteen eighty-eight|1988]."),
        ("2024-12-18", "The treaty was signed on [the third of March, nineteen ninety-two|1992-03-03]."),
        ("2026-05-13", "The shipping line was founded in [April of nineteen twenty-one|1921-04]."),
        # A future clause in February: this year's July.
        ("2025-02-26", "The new law takes effect on [the first of July|2025-07-01]."),
        ("2024-10-02", "The mine closed in [two thousand and nine|2009]."),
    ],
    "period": [
        ("2025-08-06", "The carmaker's sales rose in [the April-June period|2025-04/2025-06]."),
        # A UK financial year, April-March.
        ("2024-04-24", "Britain's deficit narrowed in [the financial year ending March 2024|2023-04/2024-03]."),
        # U.S. federal fiscal years.
        ("2025-03-19", "The Pentagon's request for [FY 2026|2025-10-01/2026-09-30] exceeds $890 billion."),
        ("2025-12-10", "The U.S. Navy plans to buy three frigates in [fiscal year 2027|2026-10-01/2027-09-30]."),
        # New Zealand's fiscal year runs July-June.
        ("2025-09-03", "New Zealand's Treasury forecasts a surplus in [2027/28|2027-07/2028-06]."),
        # Japan's fiscal year runs April-March.
        ("2026-03-11", "Japan's budget for [fiscal 2026|2026-04/2027-03] was approved by the Diet."),
        # The most recent September before 15 October 2025.
        ("2025-10-15", "The grocer's sales fell in [the nine months to September|2025-01/2025-09]."),
        ("2024-08-28", "Profits doubled in [the first half of 2024|2024-01/2024-06]."),
    ],
    "weekday": [
        # Wednesday 16 April 2025: a past and a future clause.
        ("2025-04-16", "The finance minister resigned on [Sunday|2025-04-13]."),
        ("2025-04-16", "The finance minister will resign on [Sunday|2025-04-20]."),
        # Friday 27 September 2024, a future clause.
        ("2024-09-27", "The census results will be published on [Tuesday|2024-10-01]."),
        # Wednesday 10 June 2026, a past clause.
        ("2026-06-10", "Hailstorms hit the wine region on [Thursday|2026-06-04]."),
        # Monday 3 November 2025.
        ("2025-11-03", "The strike vote is set for [this Thursday|2025-11-06]."),
        # Wednesday 21 February 2024.
        ("2024-02-21", "The peace talks collapsed [last Friday|2024-02-16]."),
        ("2025-08-20", "The bank opened its new branch on [Monday, August 11|2025-08-11]."),
    ],
    "month-tense": [
        ("2025-05-14", "Car sales fell sharply in [January|2025-01]."),
        ("2025-05-14", "The new tariffs take effect in [January|2026-01]."),
        # A past clause in February: last November.
        ("2026-02-11", "Gas exports peaked in [November|2025-11], the ministry said."),
        ("2024-09-18", "The inquiry will report by [December 5|2024-12-05]."),
        ("2025-11-26", "The new bus fares apply from [February 1|2026-02-01]."),
    ],
    "duration": [
        ("2025-05-28", "The cargo ship was detained for [almost two months|P2M]."),
        ("2024-06-12", "The Treasury sold a [thirty-year|P30Y] bond."),
        ("2026-01-07", "The fraud trial will last [at least six weeks|P6W]."),
        ("2025-09-17", "The border crossing stayed closed for [half a century|P50Y]."),
        # Two durations, the unit of the first taken from the second.
        ("2024-02-07", "The gas contract runs for [three|P3Y] or [four years|P4Y]."),
        ("2025-06-25", "Carers will get [ten days|P10D] of extra leave."),
    ],
    "holiday": [
        ("2025-12-10", "The department stores reopen on [Boxing Day|2025-12-26]."),
        # Easter Sunday 2026 is 5 April; Whit Sunday 24 May, Whit Monday 25 May.
        ("2026-05-06", "Banks in Germany will close on [Whit Monday|2026-05-25]."),
        ("2025-06-18", "The parade in Washington takes place on [Independence Day|2025-07-04]."),
        ("2024-11-06", "The stock exchange will be closed on [New Year's Day|2025-01-01]."),
    ],
    "week": [
        # Wednesday 30 December 2026 is in ISO week 53 of 2026.
        ("2026-12-30", "Trading on the exchange is thin [this week|2026-W53]."),
        ("2025-03-26", "The board of the airline meets [next week|2025-W14]."),
        # Tuesday 31 December 2024 is in W01 of 2025; last week is W52 of 2024.
        ("2024-12-31", "Toy sales jumped [last week|2024-W52]."),
    ],
    "season": [
        ("2025-01-15", "The new bridge opens in [autumn 2026|2026-09/2026-11]."),
        ("2024-07-24", "Tourism recovered in [the spring of 2022|2022-03/2022-05]."),
        ("2025-04-02", "Construction of the stadium will resume [this summer|2025-06/2025-08]."),
    ],
    "decade": [
        ("2025-07-30", "Inflation was high throughout [the 1980s|1980/1989]."),
        ("2024-10-23", "The port town grew fast in [the late 1950s|1950/1959]."),
    ],
    "negative": [
        ("2025-03-12", "Sheffield Wednesday signed a new striker."),
        ("2024-06-19", "The ferry sails at 07:30 every morning."),
        ("2026-04-08", "The council meets every second Tuesday."),
        ("2025-10-29", "Month-on-month prices rose by 0.4%."),
        ("2024-01-31", "Such storms happen from time to time."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
    ("range", 3): "next",
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
        "The charity trained [four hundred|count|400|volunteer] volunteers in the province.",
        "[Seventeen|count|17|fisherman] fishermen were rescued off the coast.",
        "The book fair drew [three million|count|3000000|visitor] visitors.",
        "The town raised [two and a half million euros|money|2500000|EUR] for the church roof.",
        "The aid convoy had [twenty-six|count|26|truck] trucks.",
    ],
    "currency": [
        "Chile's state copper firm paid [US$1.2 billion|money|1200000000|USD] in taxes.",
        "Nigeria approved [₦1.5 trillion|money|1500000000000|NGN] for new roads.",
        "The Swedish utility paid [SEK 600 million|money|600000000|SEK] for the plant.",
        "Thailand allocated [THB 45 billion|money|45000000000|THB] to rice farmers.",
        "Warsaw set aside [15 billion zlotys|money|15000000000|PLN] for flood relief.",
        "The ministry will spend [R$ 3 billion|money|3000000000|BRL] on schools.",
        "Egypt received [$5 billion|money|5000000000|USD] from the fund.",
    ],
    "scale": [
        "The lender set aside [€2.4bn|money|2400000000|EUR] for bad loans.",
        "The club's wage bill is [£85m|money|85000000|GBP].",
        "The state released [Rs 12 crore|money|120000000|INR] for the hospital.",
        "The startup raised [$750k|money|750000|USD] from investors.",
        "Farmers harvested [2.6 mn tonnes|quantity|2600000|t] of wheat.",
    ],
    "units": [
        "The gas pipeline runs for [1,200 kilometres|quantity|1200|km].",
        "Rainfall reached [180 mm|quantity|180|mm] in the capital.",
        "The wildfire destroyed [8,500 hectares|quantity|8500|ha] of pine forest.",
        "The new tower is [330 metres|quantity|330|m] tall.",
        "The supertanker holds [2 million barrels|quantity|2000000|bbl] of oil.",
        "Gusts reached [150 km/h|quantity|150|km/h] on the coast.",
    ],
    "percent": [
        "Turnout was [72.1 percent|percent|72.1|%] in the runoff.",
        "The central bank raised its rate by [half a percentage point|percent|0.5|pp].",
        "Rents rose [three per cent|percent|3|%] in the capital.",
        "Bond yields fell [20 basis points|percent|0.2|pp] after the data.",
        "[Fifteen percent|percent|15|%] of the land is protected.",
        "Unemployment rose [0.2 percentage points|percent|0.2|pp] to [5.3%|percent|5.3|%], the office said.",
    ],
    "range": [
        "The economy will grow by [2|percent|2|%] to [2.5 per cent|percent|2.5|%] this year.",
        "The upgrade will cost [$6|money|6000000000|USD]-[$8 billion|money|8000000000|USD].",
        "Temperatures reached [38|quantity|38|°C] to [40 degrees Celsius|quantity|40|°C] in Seville.",
        "Between [500|count|500|job] and [700|count|700|job] jobs are at risk.",
        "Tickets will cost between [£25|money|25|GBP] and [£40|money|40|GBP].",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|runner] runners took part in the race.",
        "The stadium will cost [about $1.5 billion|money|1500000000|USD].",
        "[Fewer than 50|count|50|rhino] rhinos survive in the reserve.",
        "[More than 70%|percent|70|%] of members voted to strike.",
        "The ferry carried [around 600|count|600|passenger] passengers.",
        "[Roughly 20|count|20|country] countries sent delegations.",
    ],
    "count": [
        "The storm damaged [3,400|count|3400|home] homes.",
        "[One|count|1|firefighter] firefighter was injured in the blaze.",
        "The airline ordered [30|count|30|aircraft] aircraft.",
        "Customs officers seized [1,800|count|1800|phone] phones at the border.",
        "The region opened [12|count|12|school] new primary schools.",
    ],
    "ordinal": [
        "It was the club's [fourth|ordinal|4] title in five years.",
        "The city celebrated its [500th|ordinal|500] anniversary.",
        "He became the [second|ordinal|2] president to resign.",
        "The [21st|ordinal|21] session of the assembly opened in Geneva.",
    ],
    "tally": [
        "The House voted [218|number|218]-[214|number|214] to pass the bill.",
        "Porto beat Benfica [2|number|2]-[1|number|1] in Lisbon.",
        "The committee split [7|number|7] to [4|number|4] on the plan.",
    ],
    "form": [
        "Net outflows were [-3,200|number|-3200] in May.",
        "The discount rate stands at [5-1/2 percent|percent|5.5|%].",
        "The goalkeeper is [6 feet 2 inches|quantity|6.166667|ft] tall.",
        "Petrol costs [€1.79|money|1.79|EUR] a litre in Madrid.",
    ],
    "negative": [
        "Article 50 of the treaty was triggered.",
        "Thousands of fans lined the streets.",
        "Three in four adults own a smartphone.",
        "The Airbus A320 was grounded in Lyon.",
    ],
}


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)


if __name__ == "__main__":
    main()
    sys.exit(0)
