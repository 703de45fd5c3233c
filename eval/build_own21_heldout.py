"""Build the twenty-first held-out set: eval/own21-briefs-heldout.jsonl, own21-dates-heldout.jsonl
and own21-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 24 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own20_heldout.py`` and ``own20_heldout_briefs_a.py`` (the previous set of this kind: file
format, markup and checks; the check functions, statement checks and the modifier check are
reused here, ``case_marks`` is imported as set 20 does, its text unread) and the "Twentieth
held-out set" section of ``eval/README.md``. The texts were written by hand for this set and
annotated inline while writing, by ``ANNOTATION.md``; where it is silent, the choice is listed
below. The marked texts of the briefs and their statements are in ``own21_heldout_briefs_a.py``
and ``own21_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats sets 19 and 20
lacked. Eight official texts (an Australian Bureau of Statistics population release with
"Released dd/mm/yyyy", "Key statistics" bullets and ABS quarter names; a Bank of Canada rate
decision in basis points and "3¼%"; a U.S. Department of Justice (SDNY) sentencing press release
with a capitalised defendant and "Thursday, June 12, 2025"; an NTSB aviation preliminary report
with labelled header fields, clock times and knots; a Eurostat euro indicators release with a
country table in "(%)"; a Japanese Ministry of Foreign Affairs numbered statement with
SURNAME Given names; a UNHCR briefing note; a European Space Agency launch release), three
Wikinews-style reports (a steel takeover, a measles outbreak, a cycling grand tour) and three
Reuters wire items of the 1996 CoNLL-2003 kind (a Bonn budget item dated 1996-08-22 with marks
and yen; German first division results and standings with clubs named by city, 1996-08-24;
tennis results with seeds and countries in brackets, 1996-08-22). Real institutions, places,
office holders and sportsmen; the events are modelled on real ones but details, quotations and
many figures are invented or approximate and must not be read as reporting (the SDNY defendant is
invented). Every brief states its own date: ``published`` = ``reference_date``. Unnamed sources
("the Indictment") are not annotated.

Markup and checks as set 20 (``case_marks``): briefs ``[[span|TYPE]]`` / ``[[span|TYPE|name]]``,
``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``; statements beside
each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``; figure cases
``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides the ``case_marks`` and set 20 checks
(offsets, order, no overlap, kinds, ISO 4217, units, ISO 8601, weekdays, 150-260 words,
``score.py F F`` = 1.000 with statements and attribution, ISO weeks, relative weekdays, "N days
from today", the modifier check, ``check_edges``: no span starts or ends on white space or
punctuation, none ends in a possessive, no entity span starts with a determiner unless its name
does), this builder asserts that every span's text equals its slice of the text in all three
files, that no span of any list overlaps a span of another list in a brief, and that every
brief date written "Weekday, Month D, YYYY" has the right weekday and value (``check_brief_extra``).

Run from the project root: ``python3 eval/build_own21_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "EU" ORG "European Union" (as sets 19-20); "Euro area"/"euro area" LOC "Eurozone";
  "Ministry of Foreign Affairs of Japan" one ORG span named "Ministry of Foreign Affairs (Japan)";
  "U.S. Attorney's Office" ORG "United States Attorney for the Southern District of New York" and
  "Southern District of New York" ORG named for the district court; "Government of Japan" the
  country GPE only; MOFA "IWAYA Takeshi" PERSON "Takeshi Iwaya"; a capitalised defendant
  "MARCUS T. ELLERY" PERSON with the name in title case; "Japan Disaster Relief" before "medical
  team" ORG "Japan Disaster Relief Team"; "AK" GPE "Alaska"; towns named with their state as in
  Wikipedia titles ("Nome, Alaska", "Greenwich, Connecticut", "Commack, New York"); "Victoria" the
  state "Victoria (state)"; "Czechia" GPE "Czech Republic"; aircraft types and rockets PRODUCT
  ("Cessna 208B" -> "Cessna 208 Caravan", "HC-130" -> "Lockheed HC-130", "Vega-C", "Biomass
  (satellite)"); ESOC and the Guiana Space Centre FAC; "the Maastricht treaty" LAW "Maastricht"
  named "Maastricht Treaty" (a lower-case generic word outside the span); "Social Democrats"
  naming the party ORG, "Christian Democrats"/"Free Democrats" as members of a coalition NORP;
  football clubs named by city ORG under their Wikipedia titles ("Cologne" -> "1. FC Köln",
  "Munich 1860" -> "TSV 1860 Munich"), the same city as a place GPE ("In Hamburg"); the stadium
  FAC under its current title; players' transliterations named by their titles ("Moya" ->
  "Carlos Moyá", "Joachim Loew" -> "Joachim Löw"); "Swede" NORP "Swede"; tournaments and the
  Tour de France EVENT; "Butte Montmartre" LOC "Montmartre", "Champs-Élysées" FAC; named
  statistical rates ("Bank Rate", "CPI", "GDP"), "Emergency Grant Aid", "MPR", "ADS-B", "golden
  share", diseases and vaccines untagged.
- Statements: "project", "estimate" (with "at"), "note", "confirm", "state", "pledge" (content
  without "to"), "write", "report", "expect" (a noun object), "tell" with a quotation; a company
  named by "The company" speaks as that company; "said on August 6" after a reported clause.
- Figures: a table of rates under "(%)" percent figures with unit "%"; "about 3¼%" 3.25;
  "25 basis points" 0.25 pp; knots "kn"; "US$ 409 million" with a space one span; "6 million US
  dollars" USD; "1.4820 marks" and "107.60 yen" money; scores and standings ``number``; tennis
  seeds ``number``; "the world number two", clock times ("1538", "4:24", "11:15 CEST"), race times,
  match minutes, registrations ("N321BA"), accident numbers and "Part 135" untagged; "finished
  third" and "third in 2024" ordinal; "first division" and "Second round" ordinal; "fourth-largest" ordinal "fourth"; "at least one required vaccine" count 1
  "vaccine"; natural increase "105,800" count "person" (noun restored).
- Dates: "the 12 months to March 2025" "2024-04/2025-03"; ABS "the June quarter 2025"
  "2025-04/2025-06"; "late April" the month with the hedge inside; "the past two weeks"
  START/END at day precision ending on the reference date; "[12] to [24 months]" two durations;
  "a six-month phase" "six-month" P6M; "97 Months" in a headline P97M; "17 days" P17D;
  "every six months", "every Tuesday and Friday", "the coming weeks", "five minutes", "58 minutes"
  untagged; "the previous month" the month before the reference date's.
- Date cases: see the comments at each case; an Australian "2025-26" is a July-June year.
  Negatives: a club named like a weekday, a clock time "every evening", "every month", a
  "Year-on-year" modifier, a vague "for some time".
- Figure cases: "a quarter of a percentage point" 0.25 pp; "3-1/4 percent" 3.25; "5 feet 11
  inches" 5.916667 ft; "£640k"; "1.3 mn tonnes"; "€1.72 per litre" the rate outside. Negatives: a
  section citation, a vague "Hundreds", a proportion "Two in five", a model number "737".
"""

from __future__ import annotations

import sys

import case_marks
from heldout_build import build_heldout
from own21_heldout_briefs_a import BRIEFS_A
from own21_heldout_briefs_b import BRIEFS_B

# The 1996 wire quotes Deutsche Mark amounts: DEM, the ISO 4217 code the mark had until 2002.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"DEM"}

TAG = "own21"
SOURCE_BRIEFS = (
    "own21: written and annotated by hand for briefx (held-out set 21, session 24) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Australian Bureau of "
    "Statistics, the Bank of Canada, the U.S. Department of Justice (SDNY), the NTSB, Eurostat, "
    "Japan's Ministry of Foreign Affairs, UNHCR and the European Space Agency, Wikinews-style "
    "reports and Reuters-style 1996 wire copy; real institutions, places and office holders, events "
    "modelled on real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own21: short cases written and annotated by hand for briefx (held-out set 21, session 24) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 5 February 2025: next Monday is 10 February, the Monday after it 17 February.
        ("2025-02-05", "The audit office will report [the Monday after next|2025-02-17]."),
        ("2024-09-04", "The ceasefire talks resume [the day after tomorrow|2024-09-06]."),
        ("2025-11-12", "The minister will visit Nairobi [ten days from today|2025-11-22]."),
        ("2026-03-18", "The tender closes on [the last day of this month|2026-03-31]."),
        # Yesterday is 25 June; a week before it is 18 June.
        ("2024-06-26", "The dock strike began [a week ago yesterday|2024-06-18]."),
        # 1 September 2025 is a Monday.
        ("2025-08-13", "The ministry will name the winners on [the first Monday of September|2025-09-01]."),
    ],
    "range": [
        ("2025-03-12", "The trade fair in Hanover runs [31 March-4 April|2025-03-31/2025-04-04]."),
        ("2024-10-09", "Voting took place [between 3 and 5 October|2024-10-03/2024-10-05]."),
        # Wednesday 20 May 2026, a future clause: the coming Thursday and Sunday.
        ("2026-05-20", "The jazz festival will run [from Thursday to Sunday|2026-05-21/2026-05-24]."),
        ("2025-07-09", "The health survey covered [2019-2023|2019/2023]."),
        # A past clause in February: the November and January just gone.
        ("2024-02-14", "Heating oil prices fell [from November to January|2023-11/2024-01]."),
        ("2025-10-22", "The consultation will be open [Nov. 3 through Dec. 12|2025-11-03/2025-12-12]."),
    ],
    "words": [
        ("2025-05-07", "The republic was proclaimed in [nineteen forty-six|1946]."),
        ("2024-11-20", "The accord was signed on [the twelfth of December, two thousand and fifteen|2015-12-12]."),
        ("2026-02-04", "The savings bank was founded in [June of eighteen ninety-four|1894-06]."),
        # A future clause in October: this year's November.
        ("2025-10-01", "The refinery will reopen on [the fifteenth of November|2025-11-15]."),
        ("2024-08-21", "The last census took place in [two thousand and twenty-one|2021]."),
    ],
    "period": [
        ("2025-11-28", "Japan's economy shrank in [the July-September period|2025-07/2025-09]."),
        # A UK financial year, April-March.
        ("2025-05-21", "Public sector borrowing rose in [the financial year ending March 2025|2024-04/2025-03]."),
        # U.S. federal fiscal year.
        ("2024-10-30", "The Defense Department's budget for [FY 2025|2024-10-01/2025-09-30] tops $840 billion."),
        # Australia's financial year runs July-June: the text's own fiscal year, not April-March.
        ("2025-08-14", "Canberra expects a deficit of A$42 billion in [2025-26|2025-07/2026-06], the Australian Treasury said."),
        # An Indian fiscal year, April-March.
        ("2026-02-01", "India's fiscal deficit target for [2026-27|2026-04/2027-03] is 4.3% of GDP."),
        # The most recent June before 10 September 2025.
        ("2025-09-10", "The retailer's profits fell in [the six months to June|2025-01/2025-06]."),
        ("2024-07-31", "Car exports grew strongly in [H1 2024|2024-01/2024-06]."),
        ("2025-02-19", "U.S. federal spending in [fiscal 2024|2023-10-01/2024-09-30] reached $6.75 trillion."),
    ],
    "weekday": [
        # Wednesday 15 January 2025: a past and a future clause.
        ("2025-01-15", "The prime minister spoke to the president on [Monday|2025-01-13]."),
        ("2025-01-15", "The prime minister will speak to the president on [Monday|2025-01-20]."),
        # Friday 5 July 2024, a future clause.
        ("2024-07-05", "Counting of the postal votes will finish on [Wednesday|2024-07-10]."),
        # Wednesday 2 September 2026, a past clause.
        ("2026-09-02", "The tanker ran aground off Brittany on [Sunday|2026-08-30]."),
        # Monday 23 June 2025.
        ("2025-06-23", "The court delivers its ruling [this Friday|2025-06-27]."),
        # Wednesday 11 December 2024.
        ("2024-12-11", "The summit ended [last Saturday|2024-12-07]."),
        ("2025-03-26", "The rocket was launched on [Tuesday, March 18|2025-03-18]."),
    ],
    "month-tense": [
        ("2025-06-11", "Shipments of soybeans collapsed in [February|2025-02]."),
        ("2025-06-11", "The new labelling rules apply from [February|2026-02]."),
        # A past clause in January: last October.
        ("2026-01-14", "Sales were strong in [October|2025-10], the retailer said."),
        ("2024-05-08", "The inquiry will hear evidence until [July 19|2024-07-19]."),
        ("2025-12-17", "The trade agreement enters into force on [January 1|2026-01-01]."),
    ],
    "duration": [
        ("2025-04-02", "The suspect was held for [nearly three weeks|P3W]."),
        ("2024-11-06", "The Treasury's [ten-year|P10Y] bond auction was oversubscribed."),
        ("2026-06-17", "The pilot programme will run for [at least 18 months|P18M]."),
        ("2025-01-29", "The embargo lasted [a quarter of a century|P25Y]."),
        # Two durations, the unit of the first taken from the second.
        ("2024-03-20", "The concession runs for [four|P4Y] or [five years|P5Y]."),
        ("2025-07-16", "New fathers will get [six weeks|P6W] of paid leave."),
    ],
    "holiday": [
        ("2025-12-03", "Shops in the capital close early on [Christmas Eve|2025-12-24]."),
        # U.S. Thanksgiving 2026 is the fourth Thursday of November, 26 November.
        ("2026-10-07", "Markets in New York are closed on [Thanksgiving Day|2026-11-26]."),
        ("2025-04-30", "The election results are due [the day after May Day|2025-05-02]."),
        # Easter Sunday 2024 is 31 March.
        ("2024-03-13", "The island ferry service resumes on [Easter Monday|2024-04-01]."),
    ],
    "week": [
        # Wednesday 31 December 2025 is in ISO week 1 of 2026.
        ("2025-12-31", "The exchange is closed for part of [this week|2026-W01]."),
        ("2026-07-08", "The board of the utility meets [next week|2026-W29]."),
        # Wednesday 3 January 2024 is in W01; last week is W52 of 2023.
        ("2024-01-03", "Online sales fell [last week|2023-W52]."),
    ],
    "season": [
        ("2025-02-26", "The new metro line opens in [spring 2026|2026-03/2026-05]."),
        ("2026-08-19", "Water use peaked in [the summer of 2024|2024-06/2024-08]."),
        ("2024-10-16", "Work on the dam resumes [next spring|2025-03/2025-05]."),
    ],
    "decade": [
        ("2025-03-05", "The copper mine operated throughout [the 1970s|1970/1979]."),
        ("2024-06-05", "Real wages stagnated in [the mid-2000s|2000/2009]."),
    ],
    "negative": [
        ("2025-05-14", "The Monday Club held a dinner for its members."),
        ("2024-09-11", "The night train leaves at 23:15 every evening."),
        ("2026-02-25", "The statistics office publishes the index every month."),
        ("2025-08-27", "Year-on-year growth in wages slowed to 1.2%."),
        ("2024-12-04", "Prices have been rising for some time."),
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
        "The health service will hire [three hundred|count|300|nurse] nurses in the north.",
        "[Eleven|count|11|miner] miners were trapped underground after the collapse.",
        "The museum received [two million|count|2000000|visitor] visitors last year.",
        "The appeal raised [one and a half million dollars|money|1500000|USD] in a week.",
        "The ship carried [forty-four|count|44|container] containers of rice.",
    ],
    "currency": [
        "Brazil's development bank lent [R$2.5 billion|money|2500000000|BRL] to the state of Bahia.",
        "Kenya approved [KSh 8 billion|money|8000000000|KES] for school meals.",
        "The Swiss regulator imposed a fine of [CHF 4.5 million|money|4500000|CHF].",
        "Indonesia set aside [Rp 71 trillion|money|71000000000000|IDR] for free meals.",
        "The Korean carrier paid [₩1.8 trillion|money|1800000000000|KRW] for the stake.",
        "Turkey's central bank sold [$3 billion|money|3000000000|USD] of its reserves.",
        "Mexico will spend [12 billion pesos|money|12000000000|MXN] on the refinery.",
    ],
    "scale": [
        "The bank wrote off [¥1.2trn|money|1200000000000|JPY] of bad loans.",
        "The parish council borrowed [£640k|money|640000|GBP] for the new hall.",
        "The airline reported a loss of [$2.3bn|money|2300000000|USD].",
        "The state approved [Rs 45 lakh|money|4500000|INR] for the library.",
        "The mine produced [1.3 mn tonnes|quantity|1300000|t] of copper.",
    ],
    "units": [
        "The new rail tunnel is [57 km|quantity|57|km] long.",
        "The storm dropped [250 millimetres|quantity|250|mm] of rain on the island.",
        "The fire burned [12,000 acres|quantity|12000|acre] of forest.",
        "The airliner cruises at [35,000 feet|quantity|35000|ft].",
        "The damaged tanker spilled [4,000 barrels|quantity|4000|bbl] of crude.",
        "Each flat offers [850 square feet|quantity|850|ft2] of living space.",
    ],
    "percent": [
        "Turnout was [67.4 per cent|percent|67.4|%] in the referendum.",
        "The Fed cut rates by [a quarter of a percentage point|percent|0.25|pp].",
        "Inflation eased to [two percent|percent|2|%] in March.",
        "Ten-year yields rose [15 basis points|percent|0.15|pp] on the day.",
        "[Twelve per cent|percent|12|%] of the budget goes to defence.",
        "Unemployment fell [0.3 percentage point|percent|0.3|pp] to [4.1%|percent|4.1|%], the bureau said.",
    ],
    "range": [
        "The central bank expects growth of [1.5|percent|1.5|%] to [2 percent|percent|2|%] next year.",
        "The repairs will cost [£8|money|8000000|GBP]-[£10 million|money|10000000|GBP].",
        "Waves of [4|quantity|4|m] to [6 metres|quantity|6|m] hit the coast.",
        "Between [200|count|200|worker] and [250|count|250|worker] workers will lose their jobs.",
        "Petrol will cost between [€1.10|money|1.1|EUR] and [€1.25|money|1.25|EUR] a litre.",
    ],
    "approximate": [
        "[Almost 2,000|count|2000|student] students sat the exam.",
        "The bridge will cost [roughly $4 billion|money|4000000000|USD].",
        "[Fewer than 100|count|100|tiger] tigers remain in the park.",
        "[Well over 60%|percent|60|%] of voters backed the plan.",
        "The new hospital has [nearly 900|count|900|bed] beds.",
        "[Some 40|count|40|country] countries signed the pledge.",
    ],
    "count": [
        "The earthquake destroyed [1,250|count|1250|house] houses.",
        "[One|count|1|person] person was killed in the crash.",
        "The navy's fleet includes [14|count|14|submarine] submarines.",
        "Police seized [320|count|320|firearm] firearms in the raids.",
        "The ministry opened [45|count|45|clinic] new rural clinics.",
    ],
    "ordinal": [
        "It is the country's [third|ordinal|3] general election in two years.",
        "The [75th|ordinal|75] anniversary of the republic was marked with a parade.",
        "She became the [first|ordinal|1] woman to lead the central bank.",
        "The [12th|ordinal|12] round of talks opened in Doha.",
    ],
    "tally": [
        "The Senate voted [51|number|51]-[49|number|49] to confirm her.",
        "Celtic beat Aberdeen [3|number|3]-[0|number|0] at Parkhead.",
        "The jury was split [10|number|10] to [2|number|2].",
    ],
    "form": [
        "Net migration was [-12,400|number|-12400] in the quarter.",
        "The prime rate rose to [3-1/4 percent|percent|3.25|%].",
        "The new striker is [5 feet 11 inches|quantity|5.916667|ft] tall.",
        "Diesel costs [€1.72|money|1.72|EUR] per litre in Dublin.",
    ],
    "negative": [
        "Section 12(4) of the act applies to all landlords.",
        "Hundreds of people gathered in the square.",
        "Two in five voters backed the proposal.",
        "The Boeing 737 landed safely in Oslo.",
    ],
}


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)


if __name__ == "__main__":
    main()
    sys.exit(0)
