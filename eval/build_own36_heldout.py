"""Build the thirty-sixth held-out set: eval/own36-briefs-heldout.jsonl, own36-dates-heldout.jsonl
and own36-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 29 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: file
format, markup and checks; ``case_marks`` and ``heldout_build`` are imported as set 21 does, their
checks run unchanged) and the "Twenty-first held-out set" section of ``eval/README.md``. The texts
were written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where
it is silent, the choice is listed below. The marked texts of the briefs and their statements are
in ``own36_heldout_briefs_a.py`` and ``own36_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats sets 21-35 lacked.
Eight official texts (a Central Bank of Chile monetary policy decision with a growth range in
"2.25 and 2.75%"; a Statistics South Africa labour force release with counts in millions and
"according to"; an Ofgem energy price cap release in pounds and pence; a Ghana Ministry of Finance
budget release in "GH¢"; a JAXA launch result with an H3 rocket and the HTV-X; an IMF end-of-mission
staff-level agreement for Sri Lanka with SDR; an Equinor quarterly results release with "USD" and
"NOK" codes; a City of Chicago mayoral budget release), three Wikinews-style reports (the Irish
presidential election, the Hong Kong Tai Po tower fire, the Nobel Peace Prize) and three Reuters
wire items of the 1996 CoNLL-2003 kind (a Buenos Aires budget item in pesos dated 1996-08-28; NFL
preseason results with teams named by city, 1996-08-24; badminton results with countries in
brackets and game scores, 1996-08-30). Real institutions, places, office holders and sportsmen;
the events are modelled on real ones but details, quotations and many figures are invented or
approximate and must not be read as reporting. Every brief states its own date: ``published`` =
``reference_date``.

Markup and checks as set 21 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``;
statements beside each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``;
figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides those checks (offsets,
order, no overlap, kinds, ISO 4217, units, ISO 8601, weekdays, 150-260 words, self-score 1.000,
the modifier check, ``check_edges``), ``check_own36`` below asserts again on the WRITTEN files that
every span's text equals its slice, that no span starts or ends on white space, that no entity
span starts with a determiner ("the", "a", "an") unless its name does, and that no span ends in
a possessive "'s"/"’s".

Run from the project root: ``python3 eval/build_own36_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Ireland" (the state) GPE "Republic of Ireland"; Irish parties under their Wikipedia
  titles ("Labour Party (Ireland)", "Social Democrats (Ireland)"); "Ministry of Finance" in a Ghana
  release "Ministry of Finance (Ghana)", "Parliament" "Parliament of Ghana"; "Bank" for the issuing
  central bank ORG; "Equinor ASA" ORG "Equinor"; oil fields and wind farms FAC ("Johan Castberg",
  "Empire Wind"); "H3" PRODUCT "H3 (rocket)", "HTV-X1" PRODUCT "HTV-X"; "ISS" FAC; "White House" ORG;
  "John Lee" "John Lee Ka-chiu"; "Tai Po" GPE; NFL teams named by city ORG under their 1996 titles
  ("St Louis" -> "St. Louis Rams"), "NEW YORK" dateline "New York City"; "Indonesian Open" EVENT
  "Indonesia Open (badminton)"; "Istora Senayan" FAC; players' spellings named by their titles
  ("Poul-Erik Hoyer-Larsen" -> "Poul-Erik Høyer Larsen", "Heryanto Arbi" -> "Hariyanto Arbi",
  "Roque Fernandez" -> "Roque Fernández"); the Nobel Peace Prize, the Warm Home Discount, the
  Merval index, Brady bonds, the Quarterly Labour Force Survey, taxes and "Direct Debit" untagged.
- Statements: "criticise" with "as" content, "call" (call X Y) with "X Y" as content, "urge X to
  do" with "X to do" as content, "according to" for an issuer's survey, "expect" with its "to"
  left out; a quotation closed by a comma before "said X" leaves the comma out.
- Figures: "GH¢" GHS; "SDR 254 million" money XDR; "54.75 pence" 0.5475 GBP, "a day" outside;
  "$21 per employee" the rate outside; "945 pesos per dollar" 945 CLP; game scores and NFL scores
  ``number``; "47-yard", "22-yard" quantity "yd"; index level "573.40" ``number``; "1.25 points"
  the number only; "the largest gains in Gauteng (94,000)" count "person" (noun restored).
- Dates: "68-year-old" P68Y and "seven-year" P7Y (hyphenated duration adjectives); "three-day"
  P3D; "the lowest in four years" P4Y; "up to 18 months" P18M with the modifier inside;
  "mid-2026" the year with the hedge inside; "this winter" in a November release
  "2025-12/2026-02"; "the next two years" START/END from the reference day; "Friday's election"
  the span "Friday"; "1 January" in a November headline about the cap the next one (2026);
  "the first half" (in a 1996 text) "1996-01/1996-06"; clock times, "38 seconds", "31 minutes",
  "every three months" untagged.
- Date cases: see the comments at each case. Negatives: a clock time "every morning", "every
  Thursday", a "Month-on-month" modifier, "public holidays", a vague "in due course".
- Figure cases: "half a percentage point" 0.5 pp; "5-1/2 percent" 5.5; "6 feet 2 inches"
  6.166667 ft; "Rs 320 crore" 3.2 billion INR; "2.4 bn tonnes". Negatives: a section citation, a
  vague "Thousands", a proportion "Three in four", a model number "A320".
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import case_marks
from heldout_build import build_heldout
from own36_heldout_briefs_a import BRIEFS_A
from own36_heldout_briefs_b import BRIEFS_B

# The IMF release quotes Special Drawing Rights: XDR, their ISO 4217 code.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"XDR"}

TAG = "own36"
SOURCE_BRIEFS = (
    "own36: written and annotated by hand for briefx (held-out set 36, session 29) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Central Bank of Chile, "
    "Statistics South Africa, Ofgem, Ghana's Ministry of Finance, JAXA, the IMF, Equinor and the City "
    "of Chicago, Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places "
    "and office holders, events modelled on real news with invented or approximate details and "
    "quotations; MIT"
)
SOURCE_CASES = (
    "own36: short cases written and annotated by hand for briefx (held-out set 36, session 29) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        ("2025-03-19", "The regulator will publish its ruling [two weeks from today|2025-04-02]."),
        # Wednesday 14 January 2026: the day before yesterday is Monday 12 January.
        ("2026-01-14", "The rail strike ended [the day before yesterday|2026-01-12]."),
        ("2024-08-21", "The corruption hearing resumes [a week from tomorrow|2024-08-29]."),
        ("2025-06-04", "The takeover offer expires on [the last day of next month|2025-07-31]."),
        ("2026-09-09", "The port of Durban reopened [three days ago|2026-09-06]."),
        # 1 December 2025 is a Monday: the first Tuesday is 2 December, the second 9 December.
        ("2025-11-05", "The council will vote on [the second Tuesday of December|2025-12-09]."),
    ],
    "range": [
        ("2025-04-16", "The summit in Lima runs [12-14 May|2025-05-12/2025-05-14]."),
        ("2024-07-10", "Floods hit the valley [from 2 to 6 July|2024-07-02/2024-07-06]."),
        ("2026-02-11", "The exhibition will be open [March 3 to April 19|2026-03-03/2026-04-19]."),
        ("2025-08-27", "Wheat output rose [between 2018 and 2022|2018/2022]."),
        # A past clause in March: the December and February just gone.
        ("2024-03-06", "Train fares rose [from December to February|2023-12/2024-02]."),
        # Wednesday 13 May 2026, a future clause: the coming Friday and Monday.
        ("2026-05-13", "The bridge will be closed [from Friday until Monday|2026-05-15/2026-05-18]."),
    ],
    "words": [
        ("2025-07-02", "The railway to the coast opened in [eighteen seventy-two|1872]."),
        ("2024-10-23", "The treaty was signed on [the third of March, nineteen ninety-one|1991-03-03]."),
        ("2026-06-17", "The bank was nationalised in [May of nineteen seventy-five|1975-05]."),
        # A future clause in January: this year's 20 January.
        ("2025-01-08", "Parliament will reconvene on [the twentieth of January|2025-01-20]."),
        ("2024-09-25", "The shipping line was founded in [the year two thousand|2000]."),
    ],
    "weekday": [
        ("2026-01-14", "The finance ministers will meet on [Friday|2026-01-16] in Geneva."),
        ("2026-01-14", "The finance ministers met on [Monday|2026-01-12] in Geneva."),
        ("2025-06-04", "The stock exchange closed early on [Tuesday|2025-06-03]."),
        ("2025-06-04", "Voters will go to the polls on [Sunday|2025-06-08]."),
        ("2026-03-11", "The national coach resigned on [Thursday|2026-03-05]."),
        ("2025-09-17", "The city will host the marathon on [Saturday|2025-09-20]."),
        # Wednesday 1 July 2026: "next Tuesday" is the Tuesday of next week.
        ("2026-07-01", "The constitutional court will rule [next Tuesday|2026-07-07]."),
    ],
    "month-tense": [
        # A past clause in February: last December.
        ("2025-02-12", "Exports fell sharply in [December|2024-12], the customs office said."),
        ("2025-02-12", "The new tariff takes effect in [April|2025-04]."),
        ("2024-11-06", "The tanker ran aground on [October 30|2024-10-30]."),
        ("2026-01-21", "Revised data for [November|2025-11] showed a smaller deficit."),
        ("2025-10-15", "The central bank will meet again on [December 4|2025-12-04]."),
        ("2024-02-28", "The copper mine has been closed since [September|2023-09]."),
    ],
    "fiscal": [
        ("2025-05-14", "The Pentagon requested more funds for [FY 2026|2025-10-01/2026-09-30]."),
        ("2024-06-12", "Britain's deficit was higher in [2023/24|2023-04/2024-03]."),
        ("2025-03-05", "India's tax revenue rose in [2024-25|2024-04/2025-03]."),
        ("2026-04-08", "The U.S. agency's budget for [fiscal year 2027|2026-10-01/2027-09-30] was cut."),
        ("2024-10-16", "The U.S. Treasury closed [fiscal 2024|2023-10-01/2024-09-30] with a large deficit."),
        # Australia: a July-June year; the budget month ahead is this year's May.
        ("2026-02-18", "Australia's budget for [2026-27|2026-07/2027-06] will be released in [May|2026-05]."),
    ],
    "quarter": [
        ("2025-08-06", "Brazil's economy grew in [the second quarter|2025-04/2025-06]."),
        ("2024-05-22", "Car sales fell in [Q1 2024|2024-01/2024-03]."),
        ("2026-10-28", "[Third-quarter|2026-07/2026-09] profit at the brewer doubled."),
        ("2025-01-29", "Orders picked up in [the final quarter of 2024|2024-10/2024-12]."),
        ("2025-11-19", "The smelter will restart in [the first quarter of next year|2026-01/2026-03]."),
    ],
    "duration": [
        ("2025-04-02", "The dam took [eleven years|P11Y] to build."),
        ("2024-12-04", "The export ban will last [six months|P6M]."),
        ("2026-08-19", "A [five-week|P5W] strike closed the port."),
        ("2025-06-25", "The rebels held the town for [more than 90 days|P90D]."),
        ("2024-01-17", "The concession runs for [a quarter of a century|P25Y]."),
    ],
    "relative": [
        ("2025-05-21", "Rents in the capital rose sharply [last year|2024]."),
        # Wednesday 25 March 2026 is in ISO week 13; next week is W14.
        ("2026-03-25", "The ministry will present the plan [next week|2026-W14]."),
        ("2024-09-11", "Tourist arrivals fell [last month|2024-08]."),
        ("2025-12-10", "Food prices have risen over [the past three years|2022-12-10/2025-12-10]."),
        ("2026-06-03", "The factory will close [the year after next|2028]."),
    ],
    "season": [
        ("2025-03-26", "The new tram line opens in [autumn 2026|2026-09/2026-11]."),
        # A past clause in April: the most recent summer is 2023's.
        ("2024-04-10", "Water was rationed during [the summer|2023-06/2023-08]."),
    ],
    "decade": [
        ("2025-07-30", "The port city grew fast in [the 1960s|1960/1969]."),
        ("2026-11-04", "The nuclear plant was built in [the late 1970s|1970/1979]."),
    ],
    "negative": [
        ("2025-06-11", "The ferry leaves at 7:30 every morning."),
        ("2026-02-04", "The cabinet meets every Thursday."),
        ("2024-08-14", "Month-on-month inflation slowed."),
        ("2025-10-08", "The museum is free on public holidays."),
        ("2024-03-20", "The reforms will take effect in due course."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("range", 6): "next",
    ("weekday", 1): "next",
    ("weekday", 2): "prev",
    ("weekday", 3): "prev",
    ("weekday", 4): "next",
    ("weekday", 5): "prev",
    ("weekday", 6): "next",
    ("weekday", 7): "next-week",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The border post employs [two hundred and fifty|count|250|guard] guards.",
        "[Seventeen|count|17|climber] climbers reached the summit.",
        "The lottery paid out [three million euros|money|3000000|EUR] to a single ticket.",
        "The ferry carried [ninety-six|count|96|passenger] passengers.",
        "The charity collected [half a million pounds|money|500000|GBP] for the hospice.",
    ],
    "currency": [
        "Nigeria's budget allocates [₦54.99 trillion|money|54990000000000|NGN] to spending.",
        "South Africa's Treasury raised [R12 billion|money|12000000000|ZAR] in bonds.",
        "The Polish lender paid [PLN 1.2 billion|money|1200000000|PLN] in dividends.",
        "Vietnam approved [VND 70 trillion|money|70000000000000|VND] for the expressway.",
        "Egypt raised [EGP 30 billion|money|30000000000|EGP] from the sale of the port stake.",
        "The regulator fined the bank [NZ$2.4 million|money|2400000|NZD].",
        "Saudi Aramco paid [31 billion riyals|money|31000000000|SAR] to the state.",
    ],
    "scale": [
        "The insurer lost [€450m|money|450000000|EUR] on the storm.",
        "The club sold the striker for [£85mn|money|85000000|GBP].",
        "The state spent [Rs 320 crore|money|3200000000|INR] on the metro.",
        "Global revenue reached [$1.05tn|money|1050000000000|USD].",
        "The harvest totalled [2.4 bn tonnes|quantity|2400000000|t] of grain.",
    ],
    "units": [
        "The gas pipeline is [1,200 kilometres|quantity|1200|km] long.",
        "The lorry was carrying [18 tonnes|quantity|18|t] of steel.",
        "The wildfire scorched [4,500 hectares|quantity|4500|ha] of pine forest.",
        "The glacier lost [35 metres|quantity|35|m] of thickness.",
        "The reservoir holds [900 million litres|quantity|900000000|l] of water.",
        "Gusts reached [160 km/h|quantity|160|km/h] on the coast.",
    ],
    "percent": [
        "Turnout rose to [71 per cent|percent|71|%] in the by-election.",
        "The bank raised rates by [half a percentage point|percent|0.5|pp].",
        "Rents rose [eight percent|percent|8|%] in the capital.",
        "Bond yields fell [20 basis points|percent|0.2|pp] on the news.",
        "[Forty per cent|percent|40|%] of the forest has been cleared.",
        "Core inflation rose [0.2 percentage point|percent|0.2|pp] to [2.9%|percent|2.9|%].",
    ],
    "range": [
        "The ministry expects inflation of [3|percent|3|%] to [3.5 percent|percent|3.5|%].",
        "Repairs to the bridge will cost [$40|money|40000000|USD]-[$50 million|money|50000000|USD].",
        "Snow depths of [30|quantity|30|cm] to [50 centimetres|quantity|50|cm] are expected.",
        "Between [1,500|count|1500|job] and [2,000|count|2000|job] jobs will go.",
        "Tickets will cost between [€25|money|25|EUR] and [€40|money|40|EUR].",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|runner] runners took part in the race.",
        "The new terminal will cost [about ¥900 billion|money|900000000000|JPY].",
        "[More than 70%|percent|70|%] of households own a car.",
        "[Fewer than 50|count|50|rhino] rhinos remain in the reserve.",
        "The quake destroyed [roughly 12,000|count|12000|home] homes.",
        "[Up to 400|count|400|soldier] soldiers will be deployed to the border.",
    ],
    "count": [
        "The storm felled [2,300|count|2300|tree] trees across the county.",
        "[One|count|1|worker] worker was injured in the blast.",
        "The airline ordered [40|count|40|aircraft] new aircraft.",
        "Customs officers seized [86|count|86|parcel] parcels of cocaine.",
        "The university enrolled [12,450|count|12450|student] students.",
    ],
    "ordinal": [
        "It is the bank's [fifth|ordinal|5] rate cut in a row.",
        "The [100th|ordinal|100] anniversary of the port was marked with a concert.",
        "He became the [second|ordinal|2] prime minister to resign in a year.",
        "The [31st|ordinal|31] summit of the bloc opened in Kigali.",
    ],
    "tally": [
        "Parliament voted [212|number|212]-[188|number|188] to approve the deal.",
        "Benfica beat Porto [2|number|2]-[1|number|1] in Lisbon.",
        "The court ruled [6|number|6] to [3|number|3] against the law.",
    ],
    "form": [
        "Net employment change was [-2,750|number|-2750] in the region.",
        "The discount rate rose to [5-1/2 percent|percent|5.5|%].",
        "The new goalkeeper is [6 feet 2 inches|quantity|6.166667|ft] tall.",
        "Petrol costs [₹102|money|102|INR] per litre in Mumbai.",
    ],
    "negative": [
        "Section 7(2) of the code applies to all importers.",
        "Thousands of fans lined the streets.",
        "Three in four voters support the plan.",
        "The Airbus A320 landed safely in Lisbon.",
    ],
}

DETERMINERS = re.compile(r"^(the|a|an) ", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s$")


def check_own36() -> None:
    """Re-read the written files and assert the span rules on every item."""
    here = Path(__file__).resolve().parent
    for name in ("briefs", "dates", "figures"):
        path = here / f"{TAG}-{name}-heldout.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            text = case["text"]
            for key in ("entities", "figures", "dates"):
                for item in case.get(key, []):
                    span = item["text"]
                    assert text[item["start"]:item["end"]] == span, (case["id"], span)
                    assert span == span.strip() and span, (case["id"], span)
                    assert not POSSESSIVE.search(span), (case["id"], span)
                    if key == "entities" and DETERMINERS.match(span):
                        assert DETERMINERS.match(item.get("name", "")), (case["id"], span)
            for st in case.get("statements", []):
                assert st["text"] == text[st["start"]:st["end"]], (case["id"], st["text"])
                assert st["text"] == st["text"].strip(), (case["id"], st["text"])


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    check_own36()
    print("own36: span checks passed")


if __name__ == "__main__":
    main()
    sys.exit(0)
