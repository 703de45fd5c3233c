"""Build the thirty-seventh held-out set: eval/own37-briefs-heldout.jsonl, own37-dates-heldout.jsonl
and own37-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 29 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``; no NLP tool was run on the texts) and opened no
``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it writes and the first case
of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md`` (in full) and ``FORMAT.md``
it read only ``build_own21_heldout.py``, ``own21_heldout_briefs_a.py`` (layout and markup) and the
"Twenty-first held-out set" section of ``eval/README.md``; ``heldout_build`` (the shared builder and
its checks) is imported as recent sets do. The texts were written by hand for this set and annotated
inline while writing; the marked briefs and their statements are in ``own37_heldout_briefs_a.py`` and
``own37_heldout_briefs_b.py``.

Briefs: eight official texts (a National Bank of Poland Monetary Policy Council decision, a Statistics
South Africa labour force release, an Irish Data Protection Commission fine on TikTok, a Chilean
Ministry of Finance budget release with "$" amounts in pesos, a European Medicines Agency CHMP
recommendation, an IMF staff-level agreement with Sri Lanka, a Petrobras quarterly results release, a
Mayor of London / Greater London Authority funding release), three Wikinews-style reports (the Bolivian
presidential runoff, the Hong Kong Wang Fuk Court fire, a new moon of Uranus) and three Reuters wire
items of the 1996 CoNLL-2003 kind (a Colombo item on the Kilinochchi fighting, 1996-09-30; Zurich
athletics with results lines, 1996-08-14; Portuguese first division results with clubs named by
town, 1996-08-26). Real institutions, places, office holders and sportsmen; details, quotations and
many figures are invented or approximate and must not be read as reporting. Every brief states its
own date: ``published`` = ``reference_date``.

Checks: those of ``heldout_build`` (offsets and slices, order, no overlap within or across lists,
kinds, ISO 4217, units, ISO 8601, weekdays of "Weekday, Month D, YYYY" dates, 150-260 words,
statements found once in the text and their quote marks, ISO weeks and relative weekdays of the date
cases, quantity modifiers inside figure spans, ``check_edges``: no span starts or ends on white space or
punctuation, none ends in a possessive, no entity span starts with a determiner unless its name does),
plus ``check_own37`` below, which asserts again over the written files that every span equals its
slice, that no span starts or ends on a space, and that no entity span starts with "the"/"The" or ends
in "'s"/"’s".

Run from the project root: ``python3 eval/build_own37_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Council" of the NBP release ORG "Monetary Policy Council"; "NBP" ORG "National Bank of
  Poland"; "Stats SA" ORG "Statistics South Africa"; "TikTok Technology Limited" ORG "TikTok";
  "European Economic Area" LOC; the GDPR by its full name LAW; "Ministry of Finance" of the Chilean
  release ORG "Ministry of Finance (Chile)", "Congress" ORG "National Congress of Chile", "Constitution"
  LAW "Constitution of Chile"; "CHMP" ORG "Committee for Medicinal Products for Human Use"; medicine
  names (lenacapavir) and diseases untagged; "Executive Board" of the IMF and "Board of Directors"
  untagged; "Extended Fund Facility Arrangement" (an instrument) untagged; "Santos Basin" LOC,
  "Búzios" (before a lower-case "field") LOC "Búzios field"; Brent crude untagged (a benchmark, like an
  index); "Webb" before a lower-case "telescope" PRODUCT "James Webb Space Telescope"; planets and moons
  LOC ("Ophelia (moon)"); the provisional designation "S/2025 U1" untagged; "Tamil Tiger" one ORG span
  named for the LTTE; "Tamils" NORP "Tamil"; "Vanni" LOC "Vanni (Sri Lanka)"; "Weltklasse" EVENT
  "Weltklasse Zürich", "Atlanta Games" EVENT "1996 Summer Olympics", "Letzigrund" FAC; "Trinidad" GPE
  "Trinidad and Tobago"; clubs named by town ORG under their Wikipedia titles ("Guimaraes" ->
  "Vitória S.C.", "Uniao Leiria" -> "U.D. Leiria"), "Oporto" as a place GPE "Porto", the Stadium of
  Light FAC "Estádio da Luz (1954)"; "John Lee" PERSON "John Lee Ka-chiu".
- Statements: "expect" with a noun and infinitive; "note", "urge", "warn", "call for", "announce",
  "according to" (UNAIDS); "tell" with a quotation; "the team" of an IMF mission speaks as the IMF;
  "the agency announced" (NASA) with the preceding clause as content; the Fire Services Department
  speaks by name; "the Russian told reporters" speaks as Masterkova.
- Figures: "$" in the Chilean release CLP; "R5 500" with a space ZAR; "R$" BRL; "3.14 million barrels
  of oil equivalent" quantity "bbl" over "3.14 million barrels"; "1 million barrels a day" the rate
  outside; scores ``number``; "first division" ordinal; race times ("4:12.56", "19.97") and event names
  ("200 metres", "mile") untagged; a second long jump mark "8.26" after "8.33 metres" quantity "m";
  "one household in every fifty" a proportion, untagged; "nine-member" count 9 "member" over "nine".
- Dates: "4-5 November 2025" a range; "3Q25" "2025-07/2025-09"; "the previous quarter" the quarter
  before the text's quarter; "this winter" "2025-12/2026-02"; "July-September 2024" a month range;
  "2001-2002" "2001/2002"; "the year" of a budget for 2026 "2026"; "last month" the month before the
  reference date; "two days after" P2D; "almost 20 years" P20Y with the hedge inside; "every six
  months", "this season", "within weeks" untagged.
- Date cases: see the comments; negatives: a club named like a weekday, "every Saturday morning",
  "each quarter", a "Month-on-month" modifier, a vague "a while".
- Figure cases: "half a percentage point" 0.5 pp; "5-1/2 percent" 5.5; "5 feet 4 inches" 5.333333 ft;
  "two and a half thousand" 2500; "2.4 billion crowns" CZK in a Czech sentence. Negatives: an article
  citation, a vague "Thousands", a proportion "Three in four", a model number "A320".
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import case_marks
from heldout_build import build_heldout
from own37_heldout_briefs_a import BRIEFS_A
from own37_heldout_briefs_b import BRIEFS_B

TAG = "own37"
SOURCE_BRIEFS = (
    "own37: written and annotated by hand for briefx (held-out set 37, session 29) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the National Bank of Poland, "
    "Statistics South Africa, Ireland's Data Protection Commission, Chile's Ministry of Finance, the "
    "European Medicines Agency, the IMF, Petrobras and the Greater London Authority, Wikinews-style "
    "reports and Reuters-style 1996 wire copy; real institutions, places and office holders, events "
    "modelled on real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own37: short cases written and annotated by hand for briefx (held-out set 37, session 29) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 4 June 2025: next Tuesday 10 June, the Tuesday after it 17 June.
        ("2025-06-04", "The board will vote [the Tuesday after next|2025-06-17]."),
        ("2026-01-21", "The auction closes [three days from today|2026-01-24]."),
        ("2024-05-15", "The envoy arrived in Khartoum [two days ago|2024-05-13]."),
        # 28 February 2025 is a Friday.
        ("2025-02-12", "Applications close on [the last Friday of February|2025-02-28]."),
        ("2026-09-09", "The audit is due [a fortnight from tomorrow|2026-09-24]."),
        # 1 December 2024 is a Sunday: Saturdays 7 and 14.
        ("2024-11-27", "The craft fair opens on [the second Saturday of December|2024-12-14]."),
    ],
    "range": [
        ("2025-04-09", "The climate summit runs [12-14 May|2025-05-12/2025-05-14]."),
        ("2026-02-18", "The port was closed [from 2 to 9 February|2026-02-02/2026-02-09]."),
        # Wednesday 7 August 2024, a future clause.
        ("2024-08-07", "The rail strike will last [from Monday to Wednesday|2024-08-12/2024-08-14]."),
        ("2025-10-01", "The model was calibrated on rainfall for [1991-2020|1991/2020]."),
        # A past clause in March: the December and February just gone.
        ("2025-03-05", "Coffee exports rose [from December to February|2024-12/2025-02]."),
        ("2026-06-10", "The exhibition is open [July 4 through Sept. 27|2026-07-04/2026-09-27]."),
    ],
    "words": [
        ("2025-09-17", "The customs union was founded in [nineteen fifty-seven|1957]."),
        ("2024-04-10", "The bank opened on [the third of March, nineteen ninety-nine|1999-03-03]."),
        ("2026-05-06", "The brewer was listed in [October of two thousand and four|2004-10]."),
        # A future clause in January: this year's February.
        ("2025-01-08", "The new tram line opens on [the twentieth of February|2025-02-20]."),
        ("2024-12-11", "The siege ended in [nineteen ninety-five|1995]."),
    ],
    "period": [
        ("2025-08-13", "Factory output grew in [the April-June period|2025-04/2025-06]."),
        # A UK financial year, April-March.
        ("2026-06-03", "Borrowing fell in [the financial year ending March 2026|2025-04/2026-03]."),
        # U.S. federal fiscal year.
        ("2025-11-19", "NASA's budget request for [FY 2026|2025-10-01/2026-09-30] cuts science by a quarter."),
        # An Indian fiscal year, April-March.
        ("2025-07-30", "India's economy grew 6.5% in [2024-25|2024-04/2025-03]."),
        # The most recent June before 18 September 2024.
        ("2024-09-18", "The miner's profits fell in [the nine months to June|2023-10/2024-06]."),
        ("2026-03-11", "Online sales rose in [H2 2025|2025-07/2025-12]."),
        ("2025-05-14", "The Pentagon spent $820 billion in [fiscal year 2023|2022-10-01/2023-09-30]."),
        # A past clause in February 2024: the quarter just gone.
        ("2024-02-07", "Japan's trade deficit narrowed in [the October-December quarter|2023-10/2023-12]."),
    ],
    "weekday": [
        # Wednesday 3 September 2025: a past and a future clause.
        ("2025-09-03", "The ferry sank off Sulawesi on [Saturday|2025-08-30]."),
        ("2025-09-03", "The ferry service resumes on [Saturday|2025-09-06]."),
        # Wednesday 20 March 2024, a future clause.
        ("2024-03-20", "The judge adjourned the trial until [Tuesday|2024-03-26]."),
        # Wednesday 4 November 2026, a past clause.
        ("2026-11-04", "Voters went to the polls on [Sunday|2026-11-01]."),
        # Wednesday 10 December 2025.
        ("2025-12-10", "The finance ministers meet [this Thursday|2025-12-11]."),
        # Wednesday 19 June 2024.
        ("2024-06-19", "The smelter closed [last Monday|2024-06-17]."),
        ("2026-04-08", "The referendum was held on [Thursday, April 2|2026-04-02]."),
    ],
    "month-tense": [
        ("2025-09-24", "Car sales slumped in [April|2025-04]."),
        ("2025-09-24", "The new tariff takes effect in [April|2026-04]."),
        # A past clause in February: last November.
        ("2026-02-11", "Tourist arrivals peaked in [November|2025-11], the agency said."),
        ("2024-07-17", "The consultation closes on [August 29|2024-08-29]."),
        ("2025-11-26", "Parliament will sit again on [January 13|2026-01-13]."),
    ],
    "duration": [
        ("2025-02-05", "The peace talks lasted [almost two weeks|P2W]."),
        ("2024-09-25", "The maker offers a [five-year|P5Y] warranty on its batteries."),
        ("2026-01-14", "The fishing ban will stay in place for [at least six months|P6M]."),
        ("2025-06-18", "The reactor ran for [half a century|P50Y]."),
        # Two durations, the unit of the first taken from the second.
        ("2024-05-29", "The lease runs for [ten|P10Y] or [fifteen years|P15Y]."),
        ("2025-10-08", "Nurses will get [three days|P3D] of extra leave."),
    ],
    "holiday": [
        ("2025-12-17", "The stock exchange closes early on [New Year's Eve|2025-12-31]."),
        # Easter Sunday 2025 is 20 April.
        ("2025-04-02", "Island ferries are suspended on [Good Friday|2025-04-18]."),
        ("2026-06-24", "Fireworks are planned over the Potomac on [Independence Day|2026-07-04]."),
        ("2024-12-04", "The shop reopens [the day after Boxing Day|2024-12-27]."),
    ],
    "week": [
        ("2026-03-04", "The water board meets [this week|2026-W10]."),
        # Monday 29 December 2025 is in ISO week 1 of 2026; last week is W52 of 2025.
        ("2025-12-29", "Trading volumes fell [last week|2025-W52]."),
        ("2024-12-25", "The courts reopen [next week|2025-W01]."),
    ],
    "season": [
        ("2025-05-21", "The new bridge opens in [autumn 2026|2026-09/2026-11]."),
        ("2026-03-25", "Grain prices fell in [the spring of 2023|2023-03/2023-05]."),
        ("2024-11-13", "Repairs to the pier start [next summer|2025-06/2025-08]."),
    ],
    "decade": [
        ("2025-08-20", "The dam was built in [the 1960s|1960/1969]."),
        ("2024-10-23", "Inflation was high in [the late 1970s|1970/1979]."),
    ],
    "negative": [
        ("2025-03-19", "Sheffield Wednesday won at home."),
        ("2024-10-02", "The market is open every Saturday morning."),
        ("2026-07-15", "The bank publishes the survey each quarter."),
        ("2025-11-12", "Month-on-month inflation eased to 0.3%."),
        ("2024-06-26", "The minister said the review would take a while."),
    ],
}

WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
    ("range", 3): "next",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "next",
    ("weekday", 4): "prev",
    ("weekday", 5): "next",
    ("weekday", 6): "prev",
    ("weekday", 7): "prev",
}

FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The village school employs [sixty-two|count|62|teacher] teachers.",
        "[Four hundred|count|400|refugee] refugees crossed the border overnight.",
        "The hospice raised [three million pounds|money|3000000|GBP] in a year.",
        "The farm lost [two and a half thousand|count|2500|sheep] sheep in the blizzard.",
        "[Nineteen|count|19|passenger] passengers were hurt when the bus overturned.",
    ],
    "currency": [
        "Nigeria's budget allocates [₦54.9 trillion|money|54900000000000|NGN] for 2026.",
        "Poland will spend [PLN 12 billion|money|12000000000|PLN] on tanks.",
        "Egypt raised [EGP 30 billion|money|30000000000|EGP] from a bond sale.",
        "Hanoi approved [VND 5,000 billion|money|5000000000000|VND] for the ring road.",
        "The Czech utility paid [2.4 billion crowns|money|2400000000|CZK] for the plant.",
        "The Thai fund holds [THB 120 billion|money|120000000000|THB] in bonds.",
        "The regulator fined the broker [HK$6 million|money|6000000|HKD].",
    ],
    "scale": [
        "The club's debt reached [€1.1bn|money|1100000000|EUR].",
        "The software firm posted revenue of [$480m|money|480000000|USD].",
        "The state released [₹250 crore|money|2500000000|INR] for flood relief.",
        "Farmers harvested [4.5 million tonnes|quantity|4500000|t] of wheat.",
        "The town council spent [£75k|money|75000|GBP] on new benches.",
    ],
    "units": [
        "The gas pipeline is [1,200 kilometres|quantity|1200|km] long.",
        "The lorry weighed [44 tonnes|quantity|44|t] fully loaded.",
        "Gusts reached [160 km/h|quantity|160|km/h] on the coast.",
        "The tank holds [3 million litres|quantity|3000000|l] of water.",
        "The garden covers [2.5 acres|quantity|2.5|acre].",
        "The new tower rises [310 metres|quantity|310|m] above the river.",
    ],
    "percent": [
        "Support for the party fell to [18 per cent|percent|18|%].",
        "The central bank raised rates by [half a percentage point|percent|0.5|pp].",
        "Wages rose [three percent|percent|3|%] last year.",
        "Bond yields fell [20 basis points|percent|0.2|pp] on Monday.",
        "[Forty per cent|percent|40|%] of the forest has been cleared.",
        "Inflation rose [0.2 percentage points|percent|0.2|pp] to [2.6%|percent|2.6|%] in May.",
    ],
    "range": [
        "The ministry expects growth of [2|percent|2|%] to [2.5 percent|percent|2.5|%].",
        "The upgrade will cost [$3|money|3000000000|USD]-[$4 billion|money|4000000000|USD].",
        "Snow depths of [30|quantity|30|cm] to [50 centimetres|quantity|50|cm] are forecast.",
        "Between [40|count|40|job] and [60|count|60|job] jobs are at risk at the mill.",
        "Tickets cost between [€15|money|15|EUR] and [€40|money|40|EUR].",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|runner] runners took part in the marathon.",
        "The new terminal will cost [about £2 billion|money|2000000000|GBP].",
        "[More than 70%|percent|70|%] of households own a car.",
        "[Up to 500|count|500|soldier] soldiers will be deployed to the border.",
        "[Around 15,000|count|15000|fan] fans watched the final.",
        "[At least 12|count|12|person] people died in the floods.",
    ],
    "count": [
        "The storm felled [3,400|count|3400|tree] trees across the county.",
        "[One|count|1|child] child was rescued from the river.",
        "The airline operates [68|count|68|aircraft] aircraft.",
        "Customs officers seized [215|count|215|parcel] parcels of cocaine.",
        "The city will open [9|count|9|library] new public libraries.",
    ],
    "ordinal": [
        "It is the bank's [second|ordinal|2] rate cut this year.",
        "The [40th|ordinal|40] summit of the bloc opened in Jakarta.",
        "The Kenyan runner finished [fifth|ordinal|5] in the race.",
        "The [100th|ordinal|100] edition of the race starts in Lille.",
    ],
    "tally": [
        "The committee voted [7|number|7]-[2|number|2] to approve the merger.",
        "Ajax beat PSV [2|number|2]-[1|number|1] in Amsterdam.",
        "The court ruled [6|number|6] to [3|number|3] against the union.",
    ],
    "form": [
        "Net migration was [+8,300|number|8300] in May.",
        "The discount rate stood at [5-1/2 percent|percent|5.5|%].",
        "The jockey is [5 feet 4 inches|quantity|5.333333|ft] tall.",
        "Petrol sells for [R23.40|money|23.4|ZAR] per litre in Johannesburg.",
    ],
    "negative": [
        "Article 7(2) of the treaty was cited by the judges.",
        "Thousands of workers marched in the capital.",
        "Three in four voters backed the plan.",
        "The Airbus A320 landed safely in Lisbon.",
    ],
}


def check_own37() -> None:
    """Span checks over the written files: slice = text, no edge space, no determiner or possessive."""
    for kind in ("briefs", "dates", "figures"):
        for line in Path(f"eval/{TAG}-{kind}-heldout.jsonl").read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            text = case["text"]
            for key in ("entities", "figures", "dates", "statements"):
                for item in case.get(key, []):
                    span = text[item["start"]:item["end"]]
                    assert span == item["text"], (case["id"], key, item)
                    assert span == span.strip(), (case["id"], key, span)
                    if key == "entities":
                        assert not span.startswith(("the ", "The ")), (case["id"], span)
                        assert not span.endswith(("'s", "’s")), (case["id"], span)


def main() -> None:
    assert case_marks  # the shared markup module, used by heldout_build
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    check_own37()


if __name__ == "__main__":
    main()
    sys.exit(0)
