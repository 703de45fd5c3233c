"""Build the fortieth held-out set: eval/own40-briefs-heldout.jsonl, own40-dates-heldout.jsonl
and own40-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 30 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: layout,
markup and checks; ``heldout_build.build_heldout`` and ``case_marks`` are imported as set 21 does,
their text unread), the "Twenty-first held-out set" section of ``eval/README.md`` and the topic
rows of its summary table for sets 36-39. The texts were written by hand for this set and
annotated inline while writing, by ``ANNOTATION.md``; where it is silent, the choice is listed
below. The marked texts of the briefs and their statements are in ``own40_heldout_briefs_a.py``
and ``own40_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, official issuers from Europe, Africa and the
Americas that earlier sets lacked. Eight official texts (a Central Reserve Bank of Peru rate
decision with "US$" and "S/" amounts; an Istat provisional consumer price release with signed
rates; a South African Competition Commission consent agreement in rand written "R96 million"; a
Ukrainian Ministry of Finance release in EUR and UAH dated "17.09.2025"; a Public Health Agency of
Canada statement on measles elimination status; an African Development Bank loan approval for
Tanzania dated "02-Jul-2025"; Shopify third-quarter results with "--" bullets; a City of Edinburgh
Council visitor levy release), three Wikinews-style reports (the Chilean presidential runoff of
December 2025, the Iberian blackout of April 2025, the election of Pope Leo XIV) and three Reuters
wire items of the 1996 CoNLL-2003 kind (a Prague item on the Czech trade deficit in crowns; French
first division results and standings with clubs named by town; an England v Pakistan Test close of
play report with innings summaries). Real institutions, places, office holders and sportsmen; the
events are modelled on real ones, but details, quotations and many figures are invented or
approximate and must not be read as reporting. Every brief states its own date: ``published`` =
``reference_date``.

Markup and checks as set 21: briefs ``[[span|TYPE]]`` / ``[[span|TYPE|name]]``,
``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``; statements beside
each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``; figure cases
``[span|kind|value]`` / ``[span|kind|value|unit]``. ``build_heldout`` checks offsets, order, no
overlap, kinds, ISO 4217, units, ISO 8601, weekdays, brief length, statements, ISO weeks,
relative weekdays, the modifier check and ``check_edges``; this script adds ``check_own40``: every
span's text equals its slice in all three files, no span starts or ends on white space, no entity
span starts with a determiner ("the", "a", "an") unless its name does, and no span ends in a
possessive "'s".

Run from the project root: ``python3 eval/build_own40_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "BCRP" ORG "Central Reserve Bank of Peru" and "the Board" of its release the bank;
  "Istat" ORG "Istat"; "euro area" LOC "Eurozone"; "EU" ORG "European Union"; the South African
  "Competition Commission", "Commission" and "Competition Tribunal" under their "(South Africa)"
  titles; "Competition Act" LAW "Competition Act, 1998"; "Ukraine Facility" ORG (a fund that acts);
  "Ministry of Finance of Ukraine" one ORG span named "Ministry of Finance (Ukraine)"; "NASDAQ" ORG
  "Nasdaq", "TSX" ORG "Toronto Stock Exchange"; "Shopify Inc." ORG "Shopify"; "Côte d'Ivoire" GPE
  "Ivory Coast"; "East Africa", "Europe", "Americas", "Iberian Peninsula" LOC; "Government of
  Canada" the country only; "Robert Prevost" and "Leo XIV" PERSON "Pope Leo XIV"; the Chilean
  parties ORG under their "(Chile)" titles; wire spellings named by their titles ("Kocarnik" ->
  "Ivan Kočárník"); French clubs named by town ORG under their Wikipedia titles, the same town as
  a place GPE; Test cricketers PERSON under their titles; "The Oval" FAC with "The" inside its name;
  the national sides in the cricket wire ("England", "Pakistan") GPE as CoNLL tags country names;
  "Servel" ORG "Electoral Service of Chile"; "National Congress" ORG "National Congress of Chile",
  "Congress" in the Peruvian release ORG "Congress of the Republic of Peru"; "UKHospitality
  Scotland" the body ORG "UKHospitality" and "Scotland" GPE; "ChatGPT" PRODUCT; "G7" ORG.
- Statements: "tell" with a quotation, "add", "expect" (an infinitival object), "note",
  "estimate" (with "at"), "report", "forecast", "commit" and "promise" (content without "to"),
  "recommend" (a noun object), "warn", "admit", "inform" (passive, "was informed by X that"),
  "call" with a quoted object; "thank", "welcome",
  "concede defeat" and "plan to" are not cues here; a council, agency or bank speaks under its own
  name, also as "the Board", "the Bank" or "the Council".
- Figures: "US$ 87.2 billion" with a space one span; "S/ 2.1 billion" PEN; "R96 million" ZAR;
  signed rates "+1.2%" percent 1.2 with the sign in the span; "60,000 cubic metres" m3; "15
  gigawatts" GW; Test scores ("326", "229 for two") and innings numbers ``number`` ("229" and "2");
  league results, table columns and bowling figures ("4-95" two numbers) ``number``; "at least
  150" (a lead in runs) ``number`` like the other Test scores; "mid-to-high-twenties", "half",
  "double-digit", the phone number of the wire sign-off untagged; "FIRST division", "first
  innings", "first test", "first words" ordinal; "£400 a night" the rate outside the span.
- Dates: "January-August" a month range of the reference year; "the first half of 2026"
  "2026-01/2026-06"; "the beginning of 2025" the month "2025-01"; "the end of the year" the month
  "2025-12"; "the quarter ended September 30, 2025", "Q3" and "Third-quarter" (a modifier)
  "2025-07/2025-09"; "between 2019 and 2022" one range span "2019/2022" with "between" inside;
  "January-June 1995" a month range; a wire's "on Saturday" dated that Saturday is that day;
  clock times, "this morning", "up to 18 hours", "five seconds", "five hours", "every night", "a
  day", "a year" untagged; "36 months" P36M; "two decades" P20Y.
- Date cases: see the comments at each case; a Pakistani "2025-26" is a July-June year.
  Negatives: a newspaper named like a weekday, a clock time "every morning", "every quarter", a
  "Month-on-month" modifier, a vague "for a long time".
- Figure cases: "half a percentage point" 0.5 pp; "5-1/2 percent" 5.5; "6 feet 4 inches" 6.333333
  ft; "$750k"; "2.6 mn tonnes"; "R22.40 per litre" the rate outside. Negatives: an article
  citation, a vague "Thousands", a proportion "Three in four", a model number "A320".
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import case_marks
from heldout_build import build_heldout
from own40_heldout_briefs_a import BRIEFS_A
from own40_heldout_briefs_b import BRIEFS_B

# The 1996 wire quotes Czech crowns: CZK is the crown's ISO 4217 code (since 1993).
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"CZK"}

TAG = "own40"
SOURCE_BRIEFS = (
    "own40: written and annotated by hand for briefx (held-out set 40, session 30) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Central Reserve Bank of "
    "Peru, Istat, South Africa's Competition Commission, Ukraine's Ministry of Finance, the Public "
    "Health Agency of Canada, the African Development Bank, Shopify and the City of Edinburgh "
    "Council, Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places and "
    "office holders, events modelled on real news with invented or approximate details and "
    "quotations; MIT"
)
SOURCE_CASES = (
    "own40: short cases written and annotated by hand for briefx (held-out set 40, session 30) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 5 March 2025: next Friday is 7 March, the Friday after it 14 March.
        ("2025-03-05", "The committee will report [the Friday after next|2025-03-14]."),
        ("2024-11-13", "The rail strike ended [the day before yesterday|2024-11-11]."),
        ("2026-04-08", "The bridge reopens [two weeks from today|2026-04-22]."),
        ("2025-09-17", "Bids are due by [the last day of next month|2025-10-31]."),
        ("2024-05-15", "The treaty was ratified [three days ago|2024-05-12]."),
        # 1 February 2025 is a Saturday: the Tuesdays are 4 and 11 February.
        ("2025-01-22", "The assembly votes on [the second Tuesday of February|2025-02-11]."),
    ],
    "range": [
        ("2025-06-04", "The book fair in Leipzig runs [12-15 June|2025-06-12/2025-06-15]."),
        ("2024-02-07", "Dockers struck [from 29 January to 2 February|2024-01-29/2024-02-02]."),
        # Wednesday 16 September 2026, a future clause: the coming Friday and Monday.
        ("2026-09-16", "The regatta will run [from Friday to Monday|2026-09-18/2026-09-21]."),
        ("2025-11-05", "The mortality study covered [2015-2024|2015/2024]."),
        # A past clause in March: the December and February just gone.
        ("2025-03-19", "Coffee exports weakened [from December to February|2024-12/2025-02]."),
        ("2024-08-28", "Registration is open [Sept. 9 through Oct. 18|2024-09-09/2024-10-18]."),
    ],
    "words": [
        ("2025-09-03", "The constitution was adopted in [nineteen ninety-two|1992]."),
        ("2024-03-06", "The bank opened on [the third of May, nineteen eighty-one|1981-05-03]."),
        ("2026-05-13", "The canal was completed in [April of nineteen fourteen|1914-04]."),
        # A future clause in August: this year's September.
        ("2025-08-06", "The regional vote will be held on [the twenty-first of September|2025-09-21]."),
        ("2024-10-02", "The last census was taken in [two thousand and eleven|2011]."),
    ],
    "period": [
        ("2025-08-29", "Brazil's economy grew in [the April-June period|2025-04/2025-06]."),
        # A UK financial year, April-March.
        ("2026-05-20", "Stamp duty receipts fell in [the financial year ending March 2026|2025-04/2026-03]."),
        # U.S. federal fiscal year.
        ("2025-11-19", "The Pentagon's request for [FY 2027|2026-10-01/2027-09-30] tops $900 billion."),
        # Pakistan's fiscal year runs July-June.
        ("2025-06-11", "Pakistan's defence budget for [2025-26|2025-07/2026-06] rises by a fifth, the finance ministry said."),
        # A UK tax year, April-March.
        ("2026-02-11", "HMRC expects income tax receipts in [2025/26|2025-04/2026-03] to rise."),
        # The most recent December before 12 March 2025.
        ("2025-03-12", "The brewer's sales fell in [the six months to December|2024-07/2024-12]."),
        ("2024-08-07", "Car sales rose in [the second half of 2023|2023-07/2023-12]."),
        ("2025-04-23", "Profits rose in [the first quarter|2025-01/2025-03], the bank said."),
    ],
    "weekday": [
        # Wednesday 18 June 2025: a past and a future clause.
        ("2025-06-18", "The finance minister resigned on [Monday|2025-06-16]."),
        ("2025-06-18", "The finance minister will resign on [Monday|2025-06-23]."),
        # Friday 4 October 2024, a future clause.
        ("2024-10-04", "Polls in the by-election close on [Tuesday|2024-10-08]."),
        # Wednesday 11 March 2026, a past clause.
        ("2026-03-11", "The ferry sank off Crete on [Saturday|2026-03-07]."),
        # Monday 8 September 2025.
        ("2025-09-08", "The jury retires [this Thursday|2025-09-11]."),
        # Wednesday 18 December 2024.
        ("2024-12-18", "The coalition talks collapsed [last Friday|2024-12-13]."),
        ("2025-05-14", "The probe landed on [Sunday, May 4|2025-05-04]."),
    ],
    "month-tense": [
        ("2025-07-09", "Wheat exports slumped in [March|2025-03]."),
        ("2025-07-09", "The new port fees apply from [March|2026-03]."),
        # A past clause in February: last November.
        ("2026-02-18", "Retail sales were weak in [November|2025-11], the office said."),
        ("2024-04-10", "The tribunal will sit until [June 28|2024-06-28]."),
        ("2025-11-26", "The sugar tax takes effect on [February 1|2026-02-01]."),
    ],
    "duration": [
        ("2025-05-21", "The hostages were held for [almost four months|P4M]."),
        ("2024-09-25", "The Treasury sold [30-year|P30Y] bonds at auction."),
        ("2026-01-14", "The fraud trial will last [at least six weeks|P6W]."),
        ("2025-10-15", "The border dispute lasted [half a century|P50Y]."),
        # Two durations, the unit of the first taken from the second.
        ("2024-06-12", "The fishing licence runs for [ten|P10Y] or [fifteen years|P15Y]."),
        ("2025-02-12", "Mothers will receive [nine months|P9M] of paid leave."),
    ],
    "holiday": [
        ("2025-12-10", "The banks close early on [New Year's Eve|2025-12-31]."),
        # Easter Sunday 2026 is 5 April.
        ("2026-04-01", "The museum reopens on [Easter Monday|2026-04-06]."),
        ("2025-10-22", "The markets will be shut on [Christmas Day|2025-12-25]."),
        ("2024-12-04", "The winter sales start on [Boxing Day|2024-12-26]."),
    ],
    "week": [
        ("2025-10-01", "The utility's board meets [next week|2025-W41]."),
        # Monday 30 December 2024 is in ISO week 1 of 2025.
        ("2024-12-30", "Trading is thin [this week|2025-W01]."),
        # Wednesday 7 January 2026 is in W02; last week is W01.
        ("2026-01-07", "Car exports fell [last week|2026-W01]."),
    ],
    "season": [
        ("2025-01-15", "The new stadium opens in [autumn 2026|2026-09/2026-11]."),
        ("2026-07-22", "Rainfall was low in [the spring of 2025|2025-03/2025-05]."),
        ("2024-11-20", "Work on the tunnel resumes [next summer|2025-06/2025-08]."),
    ],
    "decade": [
        ("2025-06-25", "The shipyard flourished in [the 1950s|1950/1959]."),
        ("2024-02-21", "House prices fell in [the late 1980s|1980/1989]."),
    ],
    "negative": [
        ("2025-04-16", "The Sunday Times printed the story first."),
        ("2024-07-17", "The ferry sails at 07:45 every morning."),
        ("2026-03-25", "The ministry reports the data every quarter."),
        ("2025-10-08", "Month-on-month growth in prices slowed to 0.4%."),
        ("2024-05-29", "Wages have lagged prices for a long time."),
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
        "The province will train [four hundred|count|400|teacher] teachers this year.",
        "[Twelve|count|12|climber] climbers were rescued from the glacier.",
        "The carnival drew [three million|count|3000000|visitor] visitors.",
        "The charity raised [two and a half million euros|money|2500000|EUR] in a month.",
        "The aid convoy included [sixty-two|count|62|truck] trucks.",
    ],
    "currency": [
        "Argentina's central bank bought [US$1.2 billion|money|1200000000|USD] in the market.",
        "Nigeria's budget for next year totals [₦54.99 trillion|money|54990000000000|NGN].",
        "The Polish regulator fined the bank [PLN 12 million|money|12000000|PLN].",
        "Egypt secured [EGP 45 billion|money|45000000000|EGP] for wheat imports.",
        "The Swedish group paid [SEK 3.2 billion|money|3200000000|SEK] for the paper mill.",
        "Colombia will spend [2.4 trillion pesos|money|2400000000000|COP] on rural roads.",
        "The Moroccan lender raised [5 billion dirhams|money|5000000000|MAD] in bonds.",
    ],
    "scale": [
        "The insurer set aside [€3.4bn|money|3400000000|EUR] for flood claims.",
        "The club paid [£85m|money|85000000|GBP] for the striker.",
        "The new town hall in Ohio cost [$750k|money|750000|USD].",
        "The state allotted [Rs 120 crore|money|1200000000|INR] for flood relief.",
        "The smelter produced [2.6 mn tonnes|quantity|2600000|t] of aluminium.",
    ],
    "units": [
        "The new motorway is [212 km|quantity|212|km] long.",
        "The storm brought [180 millimetres|quantity|180|mm] of rain to the valley.",
        "Wildfires burned [85 square kilometres|quantity|85|km2] of pine forest.",
        "The drone flew at [400 feet|quantity|400|ft].",
        "The tanker leaked [2,500 barrels|quantity|2500|bbl] of oil.",
        "The warehouse covers [120,000 square feet|quantity|120000|ft2].",
    ],
    "percent": [
        "Turnout reached [71.3 per cent|percent|71.3|%] in the runoff.",
        "The central bank raised rates by [half a percentage point|percent|0.5|pp].",
        "Inflation fell to [three percent|percent|3|%] in May.",
        "Bond yields dropped [20 basis points|percent|0.2|pp] after the vote.",
        "[Fifteen per cent|percent|15|%] of rural homes lack broadband.",
        "Unemployment rose [0.2 percentage point|percent|0.2|pp] to [5.8%|percent|5.8|%], the agency said.",
    ],
    "range": [
        "The bank sees growth of [2|percent|2|%] to [2.5 percent|percent|2.5|%] next year.",
        "The upgrade will cost [€5|money|5000000|EUR]-[€7 million|money|7000000|EUR].",
        "Swells of [3|quantity|3|m] to [5 metres|quantity|5|m] are expected on the coast.",
        "Between [300|count|300|job] and [400|count|400|job] jobs will go at the plant.",
        "Bus fares will rise to between [£2.50|money|2.5|GBP] and [£3|money|3|GBP] a trip.",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|runner] runners finished the marathon.",
        "The stadium will cost [about $1.5 billion|money|1500000000|USD].",
        "[Fewer than 50|count|50|lynx] lynx survive in the mountains.",
        "[Just over 55%|percent|55|%] of members voted for the merger.",
        "The ferry carries [almost 700|count|700|passenger] passengers.",
        "[Around 30|count|30|nation] nations attended the conference.",
    ],
    "count": [
        "The flood destroyed [640|count|640|home] homes.",
        "[One|count|1|child] child was injured in the blast.",
        "The air force operates [24|count|24|helicopter] helicopters.",
        "Customs officers seized [85|count|85|painting] paintings.",
        "The state built [38|count|38|school] new schools.",
    ],
    "ordinal": [
        "It was the club's [fifth|ordinal|5] title in a row.",
        "The [50th|ordinal|50] anniversary of independence falls this year.",
        "He is the [second|ordinal|2] governor to resign this year.",
        "The [9th|ordinal|9] round of talks began in Geneva.",
    ],
    "tally": [
        "Parliament voted [214|number|214]-[198|number|198] for the bill.",
        "Benfica beat Porto [2|number|2]-[1|number|1] in Lisbon.",
        "The court ruled [6|number|6] to [3|number|3] against the state.",
    ],
    "form": [
        "The population change was [-3,200|number|-3200] in the year.",
        "The discount rate rose to [5-1/2 percent|percent|5.5|%].",
        "The goalkeeper is [6 feet 4 inches|quantity|6.333333|ft] tall.",
        "Petrol costs [R22.40|money|22.4|ZAR] per litre in Durban.",
    ],
    "negative": [
        "Article 7(2) of the regulation applies to all carriers.",
        "Thousands of fans lined the streets.",
        "Three in four firms expect higher costs.",
        "The Airbus A320 was grounded in Lyon.",
    ],
}

_DETERMINERS = ("the ", "a ", "an ")


def check_own40() -> None:
    """Every span equals its slice; no span starts or ends on white space; no entity span starts
    with a determiner unless its name does; no span ends in a possessive."""
    here = Path(__file__).resolve().parent
    n = 0
    for kind in ("briefs", "dates", "figures"):
        for line in (here / f"{TAG}-{kind}-heldout.jsonl").read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            text = case["text"]
            for key in ("entities", "figures", "dates"):
                for item in case.get(key, []):
                    span = text[item["start"]:item["end"]]
                    assert span == item["text"], (case["id"], item)
                    assert span and not span[0].isspace() and not span[-1].isspace(), (case["id"], item)
                    assert not re.search(r"['’]s$", span), (case["id"], item)
                    if key == "entities" and span.lower().startswith(_DETERMINERS):
                        assert item["name"].lower().startswith(span.split()[0].lower()), (case["id"], item)
                    n += 1
            for st in case.get("statements", []):
                assert text[st["start"]:st["end"]] == st["text"], (case["id"], st)
                n += 1
    print(f"check_own40: {n} spans checked")


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    check_own40()


if __name__ == "__main__":
    main()
    sys.exit(0)
