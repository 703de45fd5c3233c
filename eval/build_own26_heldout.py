"""Build the twenty-sixth held-out set: eval/own26-briefs-heldout.jsonl, own26-dates-heldout.jsonl
and own26-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 26 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: file
format, markup and checks; ``heldout_build`` and ``case_marks`` are imported as set 21 does, their
text unread) and the "Twenty-first held-out set" section of ``eval/README.md`` (and, in passing, the
table rows of sets 21-25 and the opening paragraph of the "Twenty-second held-out set" section). It
was written at the same time as another helper's set, whose files it did not read. The texts were
written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where it is
silent, the choice is listed below. The marked texts of the briefs and their statements are in
``own26_heldout_briefs_a.py`` and ``own26_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats sets 21-25 lacked.
Eight official texts (a Bank of Japan "Statement on Monetary Policy" with numbered paragraphs, an
8-1 vote, SURNAME Given names in the vote list and Japanese fiscal years; a UK Office for National
Statistics monthly GDP bulletin with "Release date:" lines and "Main points" bullets; an ECB press
conference transcript excerpt with speaker labels and questions; a USGS earthquake event summary
with a "M 7.0 - 45 km WNW of Ferndale, CA" title, a UTC time line and a tectonic summary; an FBI
Boston field office arrest release; an IFRC emergency appeal in Swiss francs; an ASEAN Chairman's
Statement with numbered paragraphs in the "we" of the leaders; a Singapore Airlines annual results
release in Singapore dollars with named executives), three Wikinews-style reports (the Parker Solar
Probe's closest pass of the Sun, Canada's tariffs on Chinese electric vehicles, the Brandenburg state
election) and three Reuters wire items of the 1996 CoNLL-2003 kind (an OPEC output item "VIENNA
1996-08-27"; Italian Serie A results with scorers and standings, 1996-09-15; English county
championship close-of-play scores, 1996-08-30). Real institutions, places, office holders and
sportsmen; the events are modelled on real ones but details, quotations and many figures are
invented or approximate and must not be read as reporting (the FBI defendant and prosecutor are
invented). Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 21 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date cases
``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. After the build
this script reloads the three files it wrote and asserts again (``check_written``): every span's
text equals its slice of the text (entities, figures, dates and statement contents); no span starts
or ends on white space; no span ends in a possessive "'s"/"’s"; no entity span starts with a
determiner ("the", "a", "an", "this", "these", "its", ...) unless its ``name`` starts with the same
word; no two spans of the same list overlap; every statement figure is a gold figure inside the
content; every reference date is an ISO day.

Run from the project root: ``python3 eval/build_own26_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "ECB" ORG "European Central Bank"; "Bundesbank" ORG "Deutsche Bundesbank"; "Eurosystem"
  ORG; "euro area" LOC "Eurozone" (as set 21); "Frankfurt am Main" GPE "Frankfurt"; the BoJ's
  "Policy Board" and "Monetary Policy Meeting" are avoided or left untagged, "the Bank" ORG "Bank of
  Japan"; "UEDA Kazuo" PERSON "Kazuo Ueda"; "UK" GPE "United Kingdom"; "ONS" ORG "Office for National
  Statistics"; "USGS" ORG "United States Geological Survey"; plates named by their capitalised word
  before a lower-case "plates" LOC under their titles ("Pacific" -> "Pacific Plate", "North America"
  -> "North American Plate"); towns with their state as in Wikipedia titles ("Ferndale, California",
  "Lowell, Massachusetts", "Laurel, Maryland", "Halifax, Nova Scotia"); "CA" GPE "California";
  "Boston Field Office" and "Boston Division": only "Boston" tagged (a kind of office); "Leah B.
  Foley" PERSON "Leah Foley"; "IFRC" ORG under its full name; "Myanmar Red Cross" as a modifier ORG
  "Myanmar Red Cross Society"; "Disaster Response Emergency Fund" ORG (a named fund); "46th ASEAN
  Summit" EVENT with its ordinal inside (not a figure); "Timor-Leste" GPE "East Timor"; "Ferdinand
  Marcos Jr" PERSON "Bongbong Marcos"; "SIA" ORG "Singapore Airlines", "SIA Group" only "SIA"
  tagged; "Johns Hopkins Applied Physics Laboratory" ORG "Applied Physics Laboratory"; "Sun",
  "Earth", "Venus" LOC; spacecraft PRODUCT ("Parker Solar Probe", "Solar Orbiter"); "Science Mission
  Directorate" ORG; "China's Ministry of Commerce" GPE "China" + ORG "Ministry of Commerce (China)"
  (the "Ministry of Health (Kenya)" pattern of dev set 10); "Tesla" ORG "Tesla, Inc."; "Social
  Democrats" naming the party ORG (as set 21); "Greens" ORG "Alliance 90/The Greens"; "Landtag" ORG
  "Landtag of Brandenburg"; "Organisation" meaning OPEC ORG "OPEC"; "U.N." ORG "United Nations";
  "North Sea" LOC (crude "blend" names avoided); leagues and championships EVENT ("SERIE A" ->
  "Serie A", "County Championship", "European Champions' Cup" -> "UEFA Champions League"); clubs and
  county teams ORG under their Wikipedia titles ("Inter" -> "Inter Milan", "Juventus" -> "Juventus
  FC", "Essex" -> "Essex County Cricket Club"); scorers and cricketers by surname or initial named by
  their titles ("J. Russell" -> "Jack Russell (cricketer)", "Oscar Tabarez" -> "Óscar Tabárez");
  "Old Trafford" (cricket) FAC "Old Trafford Cricket Ground"; wire headlines in capitals tagged with
  names in title case.
- Statements: a transcript's speaker labels and the ASEAN "we" are the author's voice (not
  annotated); a journalist's question reporting a named source ("Joachim Nagel said last week that
  ...") is a statement of that source; a reported clause after "said" for a country ("Venezuela ...
  has said it will not cut output"); a defendant's unnamed lawyer not annotated; cues "argue",
  "forecast", "promise" (content without "to"), "stress", "inform", "vow", "plan", "confirm",
  "report", "according to", "tell"; "said the result was" with the copula inside the content.
- Figures: "8-1" vote, scores, standings and cricket figures ("280", "231-4", "4-63") ``number``;
  goal minutes, clock times and UTC times untagged; earthquake magnitudes ``number``; "$" in a
  Singapore text SGD and "28 cents" 0.28 SGD; "C$" CAD; "CHF 100 million" and "100 million Swiss
  francs" CHF; "25.03 million barrels a day" quantity bbl with the rate outside; "about 430,000 miles
  per hour" mph; "4.5 inches" in; "232 points" count "point"; "62,000" attendance count
  "spectator"; "more than 3,900 injured" count "person" (noun restored).
- Dates: Japanese "fiscal 2025" April-March "2025-04/2026-03"; SIA "FY2024/25", "the financial year
  ended 31 March 2025", "the previous year" and "the current financial year" April-March periods;
  "the three months to August 2025" "2025-06/2025-08"; "the past year" and "the next seven days"
  START/END at day precision on the reference date; "March 18 and 19" one range; "between June 2023
  and January 2025" one range with "between" inside (as set 21's date cases); "up to 20 years" P20Y
  with the hedge inside; "four-day" P4D; "30-day" P30D; "24 months" P24M; "one week" P1W; "late
  January" the month with the hedge inside (set 21); "the autumn" "2025-09/2025-11"; "this month" in
  a 1996 wire "1996-08"; "today" in the wire where the matches were played on the dateline's day;
  "said on Tuesday" in a wire dated that Tuesday is the dateline's own day;
  "every six months", "about an hour later", "minutes later", "for weeks" untagged.
- Date cases: see the comments at each case. Negatives: a town named March, a habitual "the first
  Tuesday of every month", an "Annual" rate modifier, clock times with a sub-day duration, a vague
  "In recent years".
- Figure cases: "half a percent" 0.5; "5-3/4 percent" 5.75; "6 feet 5 inches" 6.416667 ft; "R21.50"
  ZAR with the rate outside; "A dozen" 12; "1.1 bn barrels" bbl. Negatives: a mission name with a
  number, a vague "Thousands", a proportion "Three in four", a phone number.
"""

from __future__ import annotations

import sys

from heldout_build import build_heldout, check_written
from own26_heldout_briefs_a import BRIEFS_A
from own26_heldout_briefs_b import BRIEFS_B

TAG = "own26"
SOURCE_BRIEFS = (
    "own26: written and annotated by hand for briefx (held-out set 26, session 26) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Bank of Japan, the UK Office "
    "for National Statistics, the European Central Bank, the USGS, the FBI, the IFRC, the ASEAN Chair "
    "and Singapore Airlines, Wikinews-style reports and Reuters-style 1996 wire copy; real "
    "institutions, places and office holders, events modelled on real news with invented or "
    "approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own26: short cases written and annotated by hand for briefx (held-out set 26, session 26) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 9 April 2025: next Friday is 11 April, the Friday after it 18 April.
        ("2025-04-09", "The port authority will publish the figures [the Friday after next|2025-04-18]."),
        ("2024-11-27", "The safety inspection took place [the day before yesterday|2024-11-25]."),
        ("2026-01-20", "The new tariffs take effect [three weeks from today|2026-02-10]."),
        # June 2025 begins on a Sunday; its Fridays are the 6th, 13th, 20th and 27th.
        ("2025-06-04", "The ferry company will resume sailings on [the last Friday of June|2025-06-27]."),
        ("2024-03-06", "The board of the water utility met [a fortnight ago|2024-02-21]."),
    ],
    "range": [
        ("2025-09-03", "The climate conference runs [10-21 November|2025-11-10/2025-11-21] in Belém."),
        ("2024-05-15", "Polling stations were open [from 2 to 4 May|2024-05-02/2024-05-04]."),
        ("2026-02-11", "Exports to Japan rose every year [between 2016 and 2022|2016/2022]."),
        ("2025-12-10", "The bridge will be closed [Jan. 5 through Feb. 20|2026-01-05/2026-02-20]."),
        ("2024-07-24", "The inquiry examined decisions taken [from March 2019 to August 2021|2019-03/2021-08]."),
        # A plain span of calendar years written YYYY-YY.
        ("2025-01-08", "Visitor numbers at the museum fell sharply over [2020-22|2020/2022]."),
    ],
    "words": [
        ("2025-02-12", "The treaty was ratified in [nineteen ninety-two|1992]."),
        ("2024-10-02", "The harbour first opened on [the third of March, eighteen seventy|1870-03-03]."),
        # A future clause in April: this year's June.
        ("2026-04-15", "The minister promised a decision by [the thirtieth of June|2026-06-30]."),
        ("2025-08-06", "The savings bank was nationalised in [two thousand and eight|2008]."),
        # A past clause in December: this December.
        ("2024-12-18", "The rail strike began on [the first of December|2024-12-01]."),
    ],
    "period": [
        ("2025-08-07", "Japanese exports grew in [the April-June quarter|2025-04/2025-06]."),
        # The most recent September before 13 November 2025.
        ("2025-11-13", "British retail sales rose in [the three months to September|2025-07/2025-09]."),
        # U.S. federal fiscal year.
        ("2025-03-19", "The Pentagon asked Congress for more money in [fiscal year 2026|2025-10-01/2026-09-30]."),
        # An Indian fiscal year, April-March.
        ("2024-06-12", "Indian tax receipts hit a record in [2023-24|2023-04/2024-03], the finance ministry said."),
        ("2025-07-30", "The brewer's net profit doubled in [the first half of 2025|2025-01/2025-06]."),
        ("2026-05-06", "Airline traffic in Asia recovered in [Q1 2026|2026-01/2026-03]."),
        # A past clause in February 2024: the fourth quarter just gone.
        ("2024-02-21", "Revenue fell in [the fourth quarter|2023-10/2023-12], the company said."),
        # A UK financial year, April-March.
        ("2025-10-22", "The British budget deficit for [2024/25|2024-04/2025-03] was revised up."),
        ("2025-04-23", "Mortgage approvals fell in [the 12 months to March|2024-04/2025-03]."),
    ],
    "weekday": [
        # Wednesday 8 October 2025: a past and a future clause.
        ("2025-10-08", "The finance ministers met in Luxembourg on [Monday|2025-10-06]."),
        ("2025-10-08", "The finance ministers will meet in Luxembourg on [Monday|2025-10-13]."),
        # Thursday 18 April 2024, a future clause.
        ("2024-04-18", "The verdict in the bribery trial is expected on [Tuesday|2024-04-23]."),
        # Wednesday 4 November 2026, a past clause.
        ("2026-11-04", "The container ship docked in Rotterdam on [Saturday|2026-10-31]."),
        # Wednesday 26 February 2025.
        ("2025-02-26", "Parliament votes on the fisheries bill [this Sunday|2025-03-02]."),
        # Wednesday 14 August 2024.
        ("2024-08-14", "The opposition rally was held [last Saturday|2024-08-10]."),
        ("2025-12-02", "Talks on the pipeline resumed on [Thursday, November 27|2025-11-27]."),
    ],
    "month-tense": [
        ("2025-09-17", "Imports of liquefied gas surged in [May|2025-05]."),
        ("2025-09-17", "The new speed limits take effect in [May|2026-05]."),
        # A past clause in February: last November.
        ("2026-02-18", "Factory orders were weak in [November|2025-11], the survey showed."),
        ("2024-10-09", "The tribunal will sit until [December 12|2024-12-12]."),
        ("2025-11-26", "The pension reform will be in force by [March 1|2026-03-01]."),
        # A past clause in March: last August.
        ("2024-03-27", "Holiday bookings peaked in [August|2023-08], the travel agency reported."),
    ],
    "duration": [
        ("2025-05-28", "The border crossing was closed for [almost two months|P2M]."),
        ("2024-09-18", "The government sold [30-year|P30Y] bonds for the first time."),
        ("2026-03-04", "The fishing licence is valid for [up to ten years|P10Y]."),
        ("2025-11-05", "The dockers' strike lasted [half a year|P6M]."),
        # Two durations, the unit of the first taken from the second.
        ("2024-01-31", "The trial is expected to last [three|P3W] to [four weeks|P4W]."),
        ("2025-07-02", "Inspectors spent [a fortnight|P2W] at the nuclear plant."),
    ],
    "holiday": [
        ("2025-11-12", "Postal deliveries stop on [Christmas Day|2025-12-25]."),
        # Easter Sunday 2026 is 5 April.
        ("2026-03-18", "The coastal bridge reopens on [Good Friday|2026-04-03]."),
        ("2024-06-19", "Fireworks are banned in the county on [Independence Day|2024-07-04]."),
    ],
    "week": [
        # Monday 29 December 2025 is in ISO week 1 of 2026; next week is W02.
        ("2025-12-29", "The stock markets reopen fully [next week|2026-W02]."),
        ("2024-09-25", "Wholesale electricity prices rose [this week|2024-W39]."),
        # Wednesday 7 January 2026 is in W02; last week is W01.
        ("2026-01-07", "The city council voted on the budget [last week|2026-W01]."),
    ],
    "season": [
        ("2025-07-16", "The new ferry terminal opens in [autumn 2026|2026-09/2026-11]."),
        ("2026-02-11", "The drought hit farmers hard in [summer 2025|2025-06/2025-08]."),
        ("2025-01-22", "The music festival returns [this summer|2025-06/2025-08]."),
    ],
    "decade": [
        ("2024-04-03", "The shipyard was at its busiest in [the 1960s|1960/1969]."),
        ("2025-10-29", "Home ownership peaked in [the late 2000s|2000/2009]."),
    ],
    "negative": [
        ("2025-03-05", "Residents of March, a town in Cambridgeshire, protested against the closure."),
        ("2024-07-10", "The parish council meets on the first Tuesday of every month."),
        ("2026-09-16", "Annual inflation in services eased to 3.9%."),
        ("2025-06-25", "The ferry leaves at 07:30 and the crossing takes two hours."),
        ("2024-12-11", "In recent years the region has grown quickly."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
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
        "The ministry will train [six hundred|count|600|teacher] teachers in the provinces.",
        "[Twenty-three|count|23|fisherman] fishermen were rescued off Galway.",
        "The flood appeal raised [three and a half million pounds|money|3500000|GBP].",
        "The lottery paid out [one billion yen|money|1000000000|JPY] to a single winner.",
        "[A dozen|count|12|tanker] tankers waited outside the port.",
    ],
    "currency": [
        "The power company raised [NZ$1.2 billion|money|1200000000|NZD] from investors.",
        "Thailand approved [THB 500 billion|money|500000000000|THB] in stimulus spending.",
        "Poland will borrow [40 billion zlotys|money|40000000000|PLN] for defence.",
        "The regulator fined the bank [SEK 120 million|money|120000000|SEK].",
        "Vietnam's exports earned [US$405 billion|money|405000000000|USD] last year.",
        "Cairo raised bread subsidies by [EGP 12 billion|money|12000000000|EGP].",
        "A court in Lagos froze [₦3.4 billion|money|3400000000|NGN] held in the accounts.",
    ],
    "scale": [
        "The telecom group posted sales of [€4.3bn|money|4300000000|EUR].",
        "The club paid [£85m|money|85000000|GBP] for the striker.",
        "The new refinery unit will cost [Rs 2,500 crore|money|25000000000|INR].",
        "The offshore field holds [1.1 bn barrels|quantity|1100000000|bbl] of oil.",
        "The robotics startup raised [$750K|money|750000|USD] from angel investors.",
    ],
    "units": [
        "The new runway is [3,200 metres|quantity|3200|m] long.",
        "The lorry was carrying [18 tonnes|quantity|18|t] of potatoes.",
        "The fire destroyed [9 square kilometres|quantity|9|km2] of heath.",
        "Snowfall reached [40 inches|quantity|40|in] in the mountains.",
        "The aqueduct carries [2 million gallons|quantity|2000000|gal] of water a day.",
        "Winds of [150 km/h|quantity|150|km/h] hit the northern coast.",
    ],
    "percent": [
        "Support for the governing party rose to [31 percent|percent|31|%].",
        "The central bank raised its key rate by [50 basis points|percent|0.5|pp].",
        "The jobless rate rose [0.2 percentage points|percent|0.2|pp] in the quarter.",
        "[Forty per cent|percent|40|%] of the island is forest.",
        "Car exports were up [12.5%|percent|12.5|%] on the year.",
        "The new levy is [half a percent|percent|0.5|%] of turnover.",
    ],
    "range": [
        "Analysts expect a deficit of [$40|money|40000000000|USD] to [$50 billion|money|50000000000|USD].",
        "The storm will bring [100|quantity|100|mm]-[200 mm|quantity|200|mm] of rain.",
        "Between [3,000|count|3000|job] and [4,000|count|4000|job] jobs are at risk at the plant.",
        "Inflation is seen at [2.1|percent|2.1|%]-[2.4%|percent|2.4|%] next year.",
        "Tickets for the final cost from [£15|money|15|GBP] to [£40|money|40|GBP].",
    ],
    "approximate": [
        "[Roughly 3,500|count|3500|delegate] delegates attended the congress.",
        "The port handled [nearly 9 million|count|9000000|container] containers.",
        "[More than 250|count|250|flight] flights were cancelled at Frankfurt.",
        "[Up to 70%|percent|70|%] of the olive crop was lost.",
        "The rail scheme will cost [about €600 million|money|600000000|EUR].",
        "[At most 12|count|12|candidate] candidates may stand in the by-election.",
    ],
    "count": [
        "The army deployed [2,400|count|2400|soldier] soldiers to the border.",
        "[One|count|1|firefighter] firefighter was injured in the blaze.",
        "The airline will retire [31|count|31|aircraft] aircraft by 2030.",
        "Investigators interviewed [57|count|57|witness] witnesses.",
        "The city planted [8,000|count|8000|tree] trees along the river.",
    ],
    "ordinal": [
        "It was the [second|ordinal|2] rate cut this year.",
        "The [40th|ordinal|40] summit of the bloc opened in Hanoi.",
        "She finished [fifth|ordinal|5] in the marathon.",
        "The country held its [23rd|ordinal|23] national census.",
    ],
    "tally": [
        "The committee voted [7|number|7]-[2|number|2] to approve the merger.",
        "Ajax beat PSV [4|number|4]-[1|number|1] in Amsterdam.",
        "The Senate voted [60|number|60] to [38|number|38] for the bill.",
    ],
    "form": [
        "The net change in payrolls was [-8,600|number|-8600] in June.",
        "The bank lifted its lending rate to [5-3/4 percent|percent|5.75|%].",
        "The new goalkeeper is [6 feet 5 inches|quantity|6.416667|ft] tall.",
        "Petrol sells at [R21.50|money|21.5|ZAR] per litre in Johannesburg.",
    ],
    "negative": [
        "Apollo 11 landed on the Moon.",
        "Thousands of workers marched through Paris.",
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
