"""Build the thirty-first held-out set: eval/own31-briefs-heldout.jsonl, own31-dates-heldout.jsonl
and own31-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 27 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``; no NLP tool was run on the texts) and opened no
``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it writes and the first
case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md`` (in full, with its
"Statements" section and the tense rule) and ``FORMAT.md`` it read only ``build_own21_heldout.py``
and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: file format, markup and checks;
``case_marks`` and ``heldout_build`` are imported as set 21 does, their text unread) and the
"Twenty-first held-out set" section and the table rows of ``eval/README.md``. The texts were written
by hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where it is silent,
the choice is listed below. The marked texts of the briefs and their statements are in
``own31_heldout_briefs_a.py`` and ``own31_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats sets 21-30 lacked.
Eight official texts (a Central Bank of Brazil Copom decision with "p.a." rates and the list of
voting members; a Philippine Department of Health press release under a headline in capitals; a
Nintendo half-year results release with yen amounts, unit sales and its president quoted; a Japan
Meteorological Agency volcanic warning with alert levels, clock times and tonnes per day; a
Victoria Police media release on arrests with ages written "34-year-old" and a Crime Stoppers
line; an IMF press release on a staff-level agreement with SDR amounts and bullets; a European
Investment Bank loan release with bullets and a double dateline; a Court of Justice of the
European Union press release on a preliminary ruling), three Wikinews-style reports (the Vera C.
Rubin Observatory's first images, the Iranian rial and the impeachment of Iran's economy minister,
Italy's failed referendums of June 2025) and three Reuters wire items of the 1996 CoNLL-2003 kind
(a Buenos Aires general-strike item dated 1996-08-27 in pesos; NHL results with scorers and teams
named by city, home team in capitals, 1996-12-06; golf leading scores with countries in brackets,
1996-08-23). Real institutions, places, office holders and sportsmen; the events are modelled on
real ones but details, quotations and many figures are invented or approximate and must not be
read as reporting (the Victoria Police detective is invented). Every brief states its own date:
``published`` = ``reference_date``. Unnamed sources ("police", "traders", "the government") are
not annotated.

Markup and checks as set 21 (``case_marks`` and ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date cases
``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. On top of the
checks of those modules, ``heldout_build.check_written`` re-reads the three written files and asserts, for
every span of every list: its text equals its slice of the text; it does not start or end on white
space; it does not end in a possessive "'s"/"’s"; no entity span starts with a determiner ("the",
"a", "an") unless its name does; no span of any list overlaps another span of the same brief;
statement contents equal their slices and their figures lie inside them.

Run from the project root: ``python3 eval/build_own31_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Copom" and "Monetary Policy Committee" of the Brazilian central bank ORG "Monetary
  Policy Committee (Brazil)", also "the Committee" (a capitalised short form, as "the Court" of
  the CJEU release); "DOH" ORG
  "Department of Health (Philippines)", also in the capitals headline; the securities code "7974" untagged; "Nintendo Switch 2" and "Nintendo Switch"
  PRODUCT; "Kirishimayama" LOC "Mount Kirishima", "Shinmoedake" LOC; towns with their prefecture or
  state as Wikipedia titles them ("Kirishima, Kagoshima", "Takaharu, Miyazaki", "Dandenong,
  Victoria", "Frankston, Victoria", "Akron, Ohio", "Córdoba, Argentina"), "Miyakonojo"
  "Miyakonojō"; "Victoria" "Victoria (state)"; "Mike Bush (police officer)", "Colin Campbell (ice
  hockey)", "Mark Brooks (golfer)", "Steve Jones (golfer)" disambiguated as Wikipedia does;
  "Melbourne Magistrates' Court" ORG; "Crime Stoppers" ORG "Crime Stoppers Victoria"; the IMF's
  "Executive Board" and "Extended Fund Facility" untagged (an organ named by a kind, a lending
  instrument); "Luxembourg" as a dateline GPE "Luxembourg City"; "the Baltic" LOC "Baltic Sea";
  "Court of Justice"/"the Court" ORG "European Court of Justice", the institution in the header
  "Court of Justice of the European Union"; "Regulation (EC) No 261/2004" LAW "Flight Compensation
  Regulation"; the observatory FAC (also "Rubin" alone), nebulae, a constellation and "Cerro Pachón"
  LOC; "Department of Energy" after "U.S." ORG "United States Department of Energy"; "Islamic
  Consultative Assembly" ORG, "Joint Comprehensive Plan of Action" LAW, "Constitution of Italy" and
  "Jobs Act" LAW; "General Labour Confederation"/"CGT" ORG "General Confederation of Labour
  (Argentina)", "INDEC" ORG "National Institute of Statistics and Census of Argentina"; "Roque
  Fernandez" "Roque Fernández", "Jaromir Jagr" "Jaromír Jágr", "Petr Nedved" "Petr Nedvěd", "Jumbo
  Ozaki" "Masashi Ozaki", "Davis Love" "Davis Love III"; NHL clubs named by city ORG under their
  Wikipedia titles (home team in capitals too), the dateline city GPE; "NY Rangers" one ORG span;
  "Britain" in golf brackets GPE "United Kingdom"; "NEC World Series of Golf" and the capitals
  headline "WORLD SERIES OF GOLF" EVENT "World Series of Golf"; "Firestone Country Club" FAC;
  "U.S." before "PGA Tour" GPE apart; the Selic rate, the Focus survey, the Merval index, alert
  levels, the survey of the observatory, leptospirosis, doxycycline and the rial untagged; typhoon
  EVENT "Typhoon Wipha (2025)".
- Statements: "judge", "anticipate", "stress", "hold", "note", "add" (a court's judgment), "propose",
  "advise", "urge", "estimate", "expect" and "forecast" with a noun object, "tell", "call for",
  "according to" after its content (the content ends before the comma); "The company" speaks as
  the company; "the Committee" as the Copom; a reported clause holding a short quotation is
  ``quote`` false; a quotation spread over two paragraphs with "he added" is a second statement.
- Figures: alert "Level 2"/"Level 3", case and release numbers ("C-417/24", "No 88/25", "25/341"),
  clock times ("05:30", "16:30 JST", "6am"), a phone number and sub-day spans ("three hours or
  more", "more than five hours", "ten hours") untagged; "SDR 254 million" money XDR; "¥145 to the
  U.S. dollar" money JPY; "5.9 GW" quantity "GW"; "7,149-yard" quantity "yd"; "8.4-metre" quantity
  "m"; golf scores, hockey scores and a scorer's goal count ``number``; "the Merval index closing at
  512.34" ``number``; "Two cars" count; "10.36 million units" count "unit"; "19 million Nintendo
  Switch 2 consoles" count "console"; "[[Four]] of the questions" count "question"; "TWICE" in a
  headline and "world number one" untagged.
- Dates: "the Six Months Ended September 30, 2025", "the first half of its fiscal year" and "the
  fiscal year ending March 2026" Japanese April-March periods at month precision; "the 12 months to May" counted back to the reference
  year's May; "late July", "early June", "mid-August" the month with the hedge inside; "mid-2026"
  the year; "the next six months" START/END at day precision from the reference date; "[[two]] to
  [[30 days]]" and "from [[ten]] to [[five years]]" two durations each; "34-year-old", "29-year-old"
  durations; "on [[1]] and [[2 July]]" two days; "from 2025 to 2030" one range with "from" inside
  (as own21's "from Thursday to Sunday"); "[[last week]]" in a Sunday text the ISO week before the
  reference date's; "on Tuesday" in a Reuters item dated that Tuesday the reference date; "this
  year" in a 1996 item 1996; "over the coming days", "right now" untagged.
- Date cases: see the comments at each case. Negatives: a newspaper named after a weekday, a clock
  time "each night", "every quarter", a "Month-on-month" modifier, a vague "in the long run".
- Figure cases: "half a percentage point" 0.5 pp; "4-1/2 percent" 4.5; "6 feet 4 inches" 6.333333
  ft; "£275k"; "2.1 bn barrels"; "€2.30 per loaf" the rate outside; "900 billion pesos" in a Chilean
  sentence CLP. Negatives: an article citation, a vague "Thousands", a proportion "Three in four", a
  model number "A320".
"""

from __future__ import annotations

import sys

import case_marks
from heldout_build import build_heldout, check_written
from own31_heldout_briefs_a import BRIEFS_A
from own31_heldout_briefs_b import BRIEFS_B

# The IMF release quotes Special Drawing Rights (XDR) and the Wikinews report Iranian rials (IRR):
# both are ISO 4217 codes the shared list lacks.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"XDR", "IRR"}

TAG = "own31"
SOURCE_BRIEFS = (
    "own31: written and annotated by hand for briefx (held-out set 31, session 27) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Central Bank of Brazil, the "
    "Philippine Department of Health, Nintendo, the Japan Meteorological Agency, Victoria Police, the "
    "IMF, the European Investment Bank and the Court of Justice of the European Union, Wikinews-style "
    "reports and Reuters-style 1996 wire copy; real institutions, places and office holders, events "
    "modelled on real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own31: short cases written and annotated by hand for briefx (held-out set 31, session 27) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 9 April 2025: next Friday is 11 April, the Friday after it 18 April.
        ("2025-04-09", "The regulator will publish its findings [the Friday after next|2025-04-18]."),
        ("2024-11-14", "The run-off vote was held [the day before yesterday|2024-11-12]."),
        ("2026-01-21", "The new tariffs take effect [three weeks from today|2026-02-11]."),
        ("2025-10-08", "Bids must reach the ministry by [the last day of next month|2025-11-30]."),
        ("2024-05-29", "The ferry service stopped [two weeks ago today|2024-05-15]."),
        # 1 May 2026 is a Friday: the Tuesdays are 5 and 12 May.
        ("2026-04-15", "The city council votes on [the second Tuesday of May|2026-05-12]."),
    ],
    "range": [
        ("2025-09-03", "The film festival in Toronto runs [12-21 September|2025-09-12/2025-09-21]."),
        ("2024-04-17", "Polling stations were open [from 8 to 10 April|2024-04-08/2024-04-10]."),
        # Wednesday 14 October 2026, a future clause: the coming Monday and Wednesday.
        ("2026-10-14", "The dock strike will last [from Monday to Wednesday|2026-10-19/2026-10-21]."),
        ("2025-02-12", "Coal output fell steadily over [2018-2024|2018/2024]."),
        # A past clause in March: the December and February just gone.
        ("2024-03-06", "Egg prices rose [from December to February|2023-12/2024-02]."),
        ("2025-05-14", "Submissions are accepted [June 2 through July 18|2025-06-02/2025-07-18]."),
    ],
    "words": [
        ("2025-08-06", "The cathedral was consecrated in [eighteen sixty-two|1862]."),
        ("2024-12-11", "The treaty was ratified on [the third of March, nineteen ninety-one|1991-03-03]."),
        ("2026-03-04", "The railway line opened in [May of nineteen hundred and nine|1909-05]."),
        # A future clause in September: this year's October.
        ("2025-09-24", "The smelter will restart on [the twentieth of October|2025-10-20]."),
        ("2024-07-10", "The university was founded in [two thousand and three|2003]."),
    ],
    "period": [
        ("2025-08-13", "Germany's economy contracted in [the April-June period|2025-04/2025-06]."),
        # A UK tax year written "2024/25", April-March.
        ("2025-04-23", "Britain's tax receipts reached a record in [2024/25|2024-04/2025-03]."),
        # U.S. federal fiscal year.
        ("2025-10-29", "The federal deficit for [FY2025|2024-10-01/2025-09-30] was $1.8 trillion, the Treasury said."),
        # A Japanese company's year to March, counted back from the month.
        ("2025-02-05", "Toyota raised its profit forecast for [the year to March 2025|2024-04/2025-03]."),
        # An Indian fiscal year, April-March.
        ("2026-05-27", "India's economy grew 7.4% in [2025-26|2025-04/2026-03], the statistics ministry said."),
        # The most recent October before 19 November 2025.
        ("2025-11-19", "Retail sales rose in [the three months to October|2025-08/2025-10]."),
        ("2024-08-28", "Exports slowed in [the second half of 2023|2023-07/2023-12]."),
        ("2025-03-19", "U.S. agency spending in [fiscal year 2026|2025-10-01/2026-09-30] will be capped, the White House said."),
    ],
    "weekday": [
        # Wednesday 12 March 2025: a past and a future clause.
        ("2025-03-12", "The finance minister met the unions on [Tuesday|2025-03-11]."),
        ("2025-03-12", "The finance minister will meet the unions on [Tuesday|2025-03-18]."),
        # Friday 18 October 2024, a future clause.
        ("2024-10-18", "Results of the recount are expected on [Thursday|2024-10-24]."),
        # Wednesday 10 June 2026, a past clause.
        ("2026-06-10", "A landslide blocked the mountain road on [Saturday|2026-06-06]."),
        # Monday 15 September 2025.
        ("2025-09-15", "The airline resumes flights to Beirut [this Thursday|2025-09-18]."),
        # Wednesday 21 February 2024.
        ("2024-02-21", "The truce collapsed [last Sunday|2024-02-18]."),
        ("2025-12-03", "The verdict was delivered on [Friday, November 28|2025-11-28]."),
    ],
    "month-tense": [
        ("2025-07-16", "Car registrations slumped in [March|2025-03]."),
        ("2025-07-16", "The new speed limits take effect in [March|2026-03]."),
        # A past clause in February: last November.
        ("2026-02-18", "Orders were weak in [November|2025-11], the company said."),
        ("2024-09-25", "The committee will sit until [November 14|2024-11-14]."),
        ("2025-11-26", "The new bus fares apply from [January 5|2026-01-05]."),
    ],
    "duration": [
        ("2025-06-04", "The journalist was detained for [almost two months|P2M]."),
        ("2024-02-07", "The government sold [30-year|P30Y] bonds at auction."),
        ("2026-09-09", "The trial phase will last [at least 36 months|P36M]."),
        ("2025-10-15", "The family firm has traded in the town for [half a century|P50Y]."),
        # Two durations, the unit of the first taken from the second.
        ("2024-06-19", "The talks could take [two|P2W] to [three weeks|P3W]."),
        ("2025-05-21", "Nurses will get [ten days|P10D] of extra leave."),
    ],
    "holiday": [
        ("2025-12-10", "The stock exchange closes at noon on [New Year's Eve|2025-12-31]."),
        # U.S. Labor Day 2026 is the first Monday of September, 7 September.
        ("2026-08-12", "Federal offices in Washington close on [Labor Day|2026-09-07]."),
        ("2025-12-17", "The shops reopen [the day after Boxing Day|2025-12-27]."),
        # Easter Sunday 2026 is 5 April.
        ("2026-03-25", "Trains will run a Sunday timetable on [Good Friday|2026-04-03]."),
    ],
    "week": [
        # Wednesday 30 December 2026 is in ISO week 53 of 2026.
        ("2026-12-30", "Parliament is in recess [this week|2026-W53]."),
        ("2025-04-02", "The auditors arrive [next week|2025-W15]."),
        # Tuesday 31 December 2024 is in W01 of 2025; last week is W52 of 2024.
        ("2024-12-31", "Trading volumes fell [last week|2024-W52]."),
    ],
    "season": [
        ("2025-01-22", "The stadium will reopen in [autumn 2026|2026-09/2026-11]."),
        ("2026-05-06", "Wildfires spread across the region in [the summer of 2025|2025-06/2025-08]."),
        ("2024-08-07", "Work on the tunnel starts in [the spring of 2027|2027-03/2027-05]."),
    ],
    "decade": [
        ("2025-06-18", "The shipyard closed in [the 1980s|1980/1989]."),
        ("2024-10-02", "House prices rose sharply in [the late 1990s|1990/1999]."),
    ],
    "negative": [
        ("2025-03-26", "The Sunday Times published the leaked memo."),
        ("2024-11-06", "The last ferry departs at 22:40 each night."),
        ("2026-01-28", "The bank reviews its lending rates every quarter."),
        ("2025-09-10", "Month-on-month inflation was 0.4%."),
        ("2024-06-12", "Conditions will improve in the long run."),
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
        "The charity will train [four hundred|count|400|volunteer] volunteers this year.",
        "[Twenty-three|count|23|passenger] passengers were hurt when the bus overturned.",
        "The carnival drew [half a million|count|500000|visitor] visitors.",
        "The appeal raised [two and a half million euros|money|2500000|EUR] in a month.",
        "The orchestra has [sixty-one|count|61|musician] musicians.",
    ],
    "currency": [
        "South Africa's treasury raised [R12 billion|money|12000000000|ZAR] from the bond sale.",
        "Nigeria approved [₦1.5 trillion|money|1500000000000|NGN] for road repairs.",
        "Sweden's financial regulator fined the bank [SEK 850 million|money|850000000|SEK].",
        "The Vietnamese airline earned [VND 4 trillion|money|4000000000000|VND] in profit.",
        "The Thai government set aside [50 billion baht|money|50000000000|THB] for rice farmers.",
        "Egypt received [$5 billion|money|5000000000|USD] from the Gulf lender.",
        "Chile's housing ministry will spend [900 billion pesos|money|900000000000|CLP] on new homes.",
    ],
    "scale": [
        "The brewer wrote down [€3.4bn|money|3400000000|EUR] of goodwill.",
        "The town council paid [£275k|money|275000|GBP] for the land.",
        "The startup raised [$45m|money|45000000|USD] in its latest round.",
        "The state cleared [Rs 12 crore|money|120000000|INR] for flood relief.",
        "The field holds [2.1 bn barrels|quantity|2100000000|bbl] of oil.",
    ],
    "units": [
        "The new gas pipeline is [1,200 kilometres|quantity|1200|km] long.",
        "Snow depths reached [1.8 metres|quantity|1.8|m] in the pass.",
        "The glacier lost [3 square kilometres|quantity|3|km2] of ice.",
        "The lorry was carrying [18 tonnes|quantity|18|t] of steel.",
        "The reservoir holds [40 million gallons|quantity|40000000|gal] of water.",
        "The jet reached [560 mph|quantity|560|mph] over the Atlantic.",
    ],
    "percent": [
        "Voter turnout reached [71.2 percent|percent|71.2|%].",
        "The central bank raised rates by [half a percentage point|percent|0.5|pp].",
        "Core inflation slowed to [three per cent|percent|3|%] in April.",
        "Bond yields fell [20 basis points|percent|0.2|pp] after the data.",
        "[Forty percent|percent|40|%] of the forest was burned.",
        "The jobless rate rose [0.2 percentage points|percent|0.2|pp] to [5.6%|percent|5.6|%], the agency said.",
    ],
    "range": [
        "The economy will grow by [2|percent|2|%] to [2.5 per cent|percent|2.5|%] this year.",
        "The upgrade will cost [$6|money|6000000000|USD]-[$8 billion|money|8000000000|USD].",
        "Swells of [3|quantity|3|m] to [5 metres|quantity|5|m] are forecast for the coast.",
        "Between [1,000|count|1000|job] and [1,200|count|1200|job] jobs are at risk.",
        "Tickets will cost between [£40|money|40|GBP] and [£65|money|65|GBP].",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|runner] runners finished the race.",
        "The new terminal cost [about €900 million|money|900000000|EUR].",
        "[Less than 50|count|50|rhino] rhinos survive in the reserve.",
        "[Just over 55%|percent|55|%] of members voted for the strike.",
        "The cruise ship carries [up to 4,000|count|4000|passenger] passengers.",
        "[Roughly 70|count|70|nation] nations attended the summit.",
    ],
    "count": [
        "The flood damaged [3,400|count|3400|home] homes.",
        "[One|count|1|firefighter] firefighter was injured.",
        "The carrier operates [112|count|112|aircraft] aircraft.",
        "Customs officers seized [2,500|count|2500|phone] phones.",
        "The city has built [38|count|38|school] new schools.",
    ],
    "ordinal": [
        "It was the bank's [fifth|ordinal|5] rate rise this year.",
        "The [150th|ordinal|150] anniversary of the treaty falls in May.",
        "He became the [second|ordinal|2] astronaut from the country to walk in space.",
        "The [21st|ordinal|21] summit of the bloc opened in Hanoi.",
    ],
    "tally": [
        "The House voted [218|number|218]-[214|number|214] to pass the bill.",
        "Benfica beat Porto [2|number|2]-[1|number|1] in Lisbon.",
        "The panel was divided [7|number|7] to [2|number|2].",
    ],
    "form": [
        "The net change in stocks was [-3,800|number|-3800] in the quarter.",
        "The discount rate was cut to [4-1/2 percent|percent|4.5|%].",
        "The new centre is [6 feet 4 inches|quantity|6.333333|ft] tall.",
        "Bread costs [€2.30|money|2.3|EUR] per loaf in Paris.",
    ],
    "negative": [
        "Article 50 of the treaty was triggered.",
        "Thousands of fans filled the stadium.",
        "Three in four voters backed the proposal.",
        "The Airbus A320 returned to the gate.",
    ],
}

def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    print(check_written(TAG))


if __name__ == "__main__":
    main()
    sys.exit(0)
