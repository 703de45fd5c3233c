"""Build the thirty-ninth held-out set: eval/own39-briefs-heldout.jsonl, own39-dates-heldout.jsonl
and own39-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 30 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: file
format, markup and checks; ``case_marks`` and ``heldout_build`` are imported as set 21 does, their
text unread), the "Twenty-first held-out set" section of ``eval/README.md`` and the topic rows of
sets 36 and 37 in its summary table (to keep the topics apart). The texts were written by hand for
this set and annotated inline while writing, by ``ANNOTATION.md``; where it is silent, the choice is
listed below. The marked texts of the briefs and their statements are in ``own39_heldout_briefs_a.py``
and ``own39_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, issuers from Asia, Oceania and the Middle East
(and one international body) that earlier sets lacked. Eight official texts (a Bangko Sentral ng
Pilipinas rate decision in basis points and pesos; a Vietnamese General Statistics Office quarterly
release dated "06/10/2025" with US$ and VND amounts; an ASIC media release with a release number and
a Federal Court penalty in Australian dollars written "$"; a Bangladesh budget release in taka with
lakh-grouped crore amounts "Tk 7,90,000 crore" and July-June fiscal years; an ISRO launch release
with kg, km and a hyphenated "43.5-metre"; an AIIB loan approval with "USD250 million" and a project
title whose place names are not tagged; a Saudi Aramco quarterly results release with a "Highlights"
bullet list, US$ and SAR; an Auckland Council budget release in NZ dollars written "$" with a vote
tally), three Wikinews-style reports (Nepal's interim prime minister after the September 2025
protests, India's first Women's Cricket World Cup title, the election of Anutin Charnvirakul as Thai
prime minister) and three Reuters wire items of the 1996 CoNLL-2003 kind (a Seoul item on the
Chun Doo-hwan and Roh Tae-woo verdicts, 1996-08-26; squash quarter-final results with seeds and
countries in brackets and game scores, 1996-08-24; women's volleyball World Grand Prix results with
set scores and a standings table, 1996-08-25). Real institutions, places, office holders and players;
the events are modelled on real ones but details, quotations and many figures are invented or
approximate and must not be read as reporting (the Seoul judge and lawyer are invented). Every
brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 21 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``;
statements beside each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``;
figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. After the build this script
re-reads the three files and asserts on its own (``check_written``): every span's text equals its
slice of the text, no span starts or ends on white space, no entity span starts with a determiner
("the", "a", "an") unless its name does, no span ends in a possessive "'s"/"’s", spans of a list are
in order and do not overlap, and every statement's content slice equals its text.

Run from the project root: ``python3 eval/build_own39_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: national teams named by their country GPE under the country's name ("China beat Japan",
  "India win"), players' countries in brackets GPE; "BSP" ORG "Bangko Sentral ng Pilipinas"; "General
  Statistics Office" ORG "General Statistics Office of Vietnam"; Vietnamese names under their titles
  with diacritics ("Pham Minh Chinh" -> "Phạm Minh Chính"); "Eli M. Remolona Jr." PERSON "Eli
  Remolona"; "Macquarie Securities (Australia) Limited" and its short forms ORG under that full name,
  "Macquarie Group" and "Macquarie Bank" apart; "Court" meaning the Federal Court of Australia ORG;
  "Parliament" of Bangladesh ORG "Jatiya Sangsad"; "Annual Development Programme" (a budget line)
  untagged; "CMS-03" PRODUCT "GSAT-7R", "LVM3" PRODUCT, "Chandrayaan-3" and "Gaganyaan" missions
  EVENT; "Satish Dhawan Space Centre", "Singha Durbar", "DY Patil Stadium", "Shanghai Indoor Stadium",
  "City Rail Link" FAC; "Karakalpakstan and Khorezm Rural Water Supply Project" a project title (no
  entity inside); "Republic of Karakalpakstan" GPE "Karakalpakstan"; "Jafurah" before "unconventional
  gas field" LOC "Jafurah gas field"; "Aramco"/"Saudi Arabian Oil Company" ORG "Saudi Aramco";
  "Aucklanders" NORP "Aucklander"; "Facebook", "YouTube" ORG; House of Representatives of Nepal and
  of Thailand ORG under their disambiguated titles; "Kwangju" GPE "Gwangju"; "S. KOREAN" NORP "South
  Korean"; "Samsung" ORG; "Hong Kong Open" squash EVENT "Hong Kong Open (squash)"; "World Grand Prix"
  EVENT "1996 FIVB World Grand Prix"; "International Volleyball Federation" ORG "Fédération
  Internationale de Volleyball"; squash players under their disambiguated titles where Wikipedia has
  them ("Peter Marshall (squash player)").
- Statements: "according to" (a statistics office; a director general), "project", "warn", "tell"
  with quotations, "announce", "report" (a company of itself), "urge", "pledge" (content without
  "to"), "call for", "add", "expect" (a noun object); "The adviser said" speaks as the finance adviser named before.
- Figures: "Tk 7,90,000 crore" (lakh grouping) 7900000000000 BDT; "Tk 3.75 lakh" 375000 BDT;
  "₹51 crore" INR; "$" in the Australian and New Zealand releases AUD/NZD, in the Bangladesh,
  Saudi and 1996 wire texts USD; "USD250 million" with the code attached; "12.2 million barrels of
  oil equivalent per day" -> "12.2 million barrels" bbl (qualifier and rate outside); "43.5-metre" a
  quantity; cricket runs and wickets counts ("298 runs", "101" restored "run"); vote tallies, game and
  set scores, seeds and standings ``number``; "the world number one", "39 minutes" (a match time),
  "tonight", "sixteen minutes", the release number "25-163MR" untagged; ages left out of the texts.
- Dates: "FY2025-26", "fiscal year 2025-26", "2024-25" and "2026-27" in the Bangladesh budget and
  "2025/2026" in the Auckland budget are July-June years at month precision (the issuers' own fiscal
  years); "06/10/2025" day-first (Vietnam); "second quarter 2025" in a headline
  "2025-04/2025-06"; "two days of protests" a duration P2D; "nine months of 2025" "2025-01/2025-09"; "December 2009 to
  February 2024" and "1980 to 1988" one span each, "from" outside; "the second half of the year" and
  "the second half of 2025" "2025-07/2025-12"; "late September"/"late July" the month with the hedge
  inside; "last week" in a 1996 quotation the ISO week before the dateline's;
  a bare weekday equal to the dateline's day ("on Monday" in a Monday wire) that day.
- Date cases: Pakistan's "2025-26" a July-June year; Japan's "the first half of fiscal 2025" April-
  September. Negatives: a newspaper named like a weekday, a clock time with "every weekday", an
  "Annual" rate modifier, a habitual "the first Tuesday of each month", a vague "the coming weeks".
- Figure cases: "Rs" in a Pakistani sentence PKR; "Dh5 million" AED; "25 billion baht" THB; "8 bps" 0.08 pp; "6-3/4
  percent" 6.75; "6 feet 2 inches" 6.166667 ft. Negatives: an article number in a name, a vague
  "Thousands", a proportion "Three in four", an aircraft model number.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import case_marks
from heldout_build import build_heldout
from own39_heldout_briefs_a import BRIEFS_A
from own39_heldout_briefs_b import BRIEFS_B

TAG = "own39"
SOURCE_BRIEFS = (
    "own39: written and annotated by hand for briefx (held-out set 39, session 30) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Bangko Sentral ng Pilipinas, "
    "Vietnam's General Statistics Office, ASIC, Bangladesh's Ministry of Finance, ISRO, the AIIB, Saudi "
    "Aramco and Auckland Council, Wikinews-style reports and Reuters-style 1996 wire copy; real "
    "institutions, places and office holders, events modelled on real news with invented or "
    "approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own39: short cases written and annotated by hand for briefx (held-out set 39, session 30) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 16 April 2025: next Friday is 18 April, the Friday after it 25 April.
        ("2025-04-16", "The panel will publish its findings [the Friday after next|2025-04-25]."),
        ("2026-01-20", "The ferry strike ended [three days ago|2026-01-17]."),
        # Tomorrow is 1 October; two weeks after it is 15 October.
        ("2025-09-30", "Bids for the port concession are due [two weeks from tomorrow|2025-10-15]."),
        ("2024-11-05", "The trade minister resigned [the day before yesterday|2024-11-03]."),
        # 31 July 2026 is a Friday.
        ("2026-06-10", "Motorway tolls will rise on [the last Friday of July|2026-07-31]."),
        ("2025-02-12", "The container terminal reopened [a fortnight ago|2025-01-29]."),
    ],
    "range": [
        ("2025-05-14", "The bank's governors met in Milan on [4-7 May|2025-05-04/2025-05-07]."),
        # Wednesday 18 February 2026, a future clause: the coming Monday to Wednesday.
        ("2026-02-18", "The cabinet retreat will run [from Monday to Wednesday|2026-02-23/2026-02-25]."),
        ("2024-12-04", "Rice exports rose sharply [between July and September|2024-07/2024-09]."),
        ("2025-08-20", "The study compared the censuses of [1991-2021|1991/2021]."),
        ("2025-03-05", "The dock strike lasted [Jan. 6 through Feb. 14|2025-01-06/2025-02-14]."),
        ("2026-10-14", "Visa applications are open [November 2 to December 18|2026-11-02/2026-12-18]."),
    ],
    "words": [
        ("2025-06-04", "The temple was rebuilt in [seventeen ninety-two|1792]."),
        ("2024-09-18", "The constitution took effect on [the first of January, nineteen ninety-seven|1997-01-01]."),
        ("2026-03-11", "The university opened in [September of nineteen sixty-one|1961-09]."),
        # A future clause in August: this year's November.
        ("2025-08-27", "The by-election will be held on [the twenty-third of November|2025-11-23]."),
        ("2024-05-29", "The dam was finished in [two thousand and nine|2009]."),
    ],
    "period": [
        ("2025-08-29", "India's economy grew 7.8% in [the April-June quarter|2025-04/2025-06]."),
        # New Zealand's fiscal year runs July-June.
        ("2025-05-28", "The Treasury forecasts a deficit for [the year to June 2026|2025-07/2026-06]."),
        # U.S. federal fiscal year.
        ("2026-02-04", "The Navy asked for $40 billion for shipbuilding in [FY2027|2026-10-01/2027-09-30]."),
        # Pakistan's fiscal year runs July-June.
        ("2025-06-10", "Pakistan's defence budget for [2025-26|2025-07/2026-06] rose by a fifth."),
        # Japan's fiscal year starts in April; its first half is April-September.
        ("2025-11-20", "Japanese firms raised capital spending in [the first half of fiscal 2025|2025-04/2025-09]."),
        # The most recent December before 28 January 2026.
        ("2026-01-28", "Retail sales rose in [the three months to December|2025-10/2025-12]."),
        ("2025-10-22", "Singapore's non-oil exports rose in [Q3 2025|2025-07/2025-09]."),
        ("2024-08-07", "The airline's profit jumped in [the second half of 2023|2023-07/2023-12]."),
    ],
    "weekday": [
        # Wednesday 22 October 2025: a past and a future clause.
        ("2025-10-22", "The governor met the bankers on [Monday|2025-10-20]."),
        ("2025-10-22", "The governor will meet the bankers on [Monday|2025-10-27]."),
        # Friday 15 March 2024, a future clause.
        ("2024-03-15", "Polling stations close on [Sunday|2024-03-17]."),
        # Wednesday 6 May 2026, a past clause.
        ("2026-05-06", "The earthquake struck the island on [Saturday|2026-05-02]."),
        # Friday 19 July 2024.
        ("2024-07-19", "The central bank cut its rate [last Tuesday|2024-07-16]."),
        ("2025-04-09", "The verdict came on [Thursday, April 3|2025-04-03]."),
        # Monday 1 December 2025, a past clause.
        ("2025-12-01", "The rail strike began on [Friday|2025-11-28]."),
    ],
    "month-tense": [
        ("2025-09-17", "Car sales slumped in [March|2025-03]."),
        ("2025-09-17", "The new tariffs take effect in [March|2026-03]."),
        # A past clause in February: last December.
        ("2026-02-11", "Tourist arrivals hit a record in [December|2025-12], the ministry said."),
        ("2024-10-23", "The regulator will rule on the merger by [December 15|2024-12-15]."),
        ("2025-11-26", "The data law comes into force on [February 1|2026-02-01]."),
    ],
    "duration": [
        ("2025-03-19", "The export ban will last [at least two years|P2Y]."),
        ("2024-12-11", "The ministry signed a [five-year|P5Y] contract with the builder."),
        ("2026-04-22", "The cave rescue took [nearly nine days|P9D]."),
        # Two durations, the unit of the first taken from the second.
        ("2025-06-18", "The trial programme runs for [three|P3Y] to [four years|P4Y]."),
        ("2025-09-03", "Nurses will get [a month|P1M] of extra leave."),
        ("2024-02-07", "The drought in the south has lasted [more than a decade|P10Y]."),
    ],
    "holiday": [
        ("2025-12-10", "Banks in Manila close on [New Year's Day|2026-01-01]."),
        ("2026-11-04", "The vote on the budget is due [the day after Christmas|2026-12-26]."),
        # Easter Sunday 2025 is 20 April.
        ("2025-03-12", "The ferries stop running on [Good Friday|2025-04-18]."),
        # U.S. Thanksgiving 2024 is the fourth Thursday of November, 28 November.
        ("2024-09-25", "U.S. stock markets will be closed on [Thanksgiving|2024-11-28]."),
    ],
    "week": [
        # Wednesday 30 December 2026 is in ISO week 53 of 2026.
        ("2026-12-30", "The ministry is short of staff [this week|2026-W53]."),
        ("2025-04-02", "The parliament debates the bill [next week|2025-W15]."),
        # Wednesday 1 January 2025 is in W01 of 2025; last week is W52 of 2024.
        ("2025-01-01", "Gold prices climbed [last week|2024-W52]."),
    ],
    "season": [
        ("2025-01-15", "The new terminal opens in [autumn 2025|2025-09/2025-11]."),
        ("2026-05-20", "Gas use peaked [last winter|2025-12/2026-02]."),
        ("2024-04-10", "The mountain resort reopens in [the summer|2024-06/2024-08]."),
    ],
    "decade": [
        ("2025-07-23", "The textile mills closed in [the 1960s|1960/1969]."),
        ("2024-10-02", "House prices soared in [the late 1980s|1980/1989]."),
    ],
    "negative": [
        ("2025-05-07", "The Sunday Times published the leaked memo."),
        ("2024-11-13", "The market opens at 9:30 a.m. every weekday."),
        ("2026-01-07", "Annual inflation slowed to 2.1%."),
        ("2025-09-24", "The council meets on the first Tuesday of each month."),
        ("2024-06-26", "Talks will continue in the coming weeks."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
    ("range", 2): "next",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "next",
    ("weekday", 4): "prev",
    ("weekday", 5): "prev",
    ("weekday", 7): "prev",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "[Twelve|count|12|firefighter] firefighters were injured in the blaze.",
        "The charity delivered [four hundred and fifty|count|450|tent] tents to the valley.",
        "The port handled [three million|count|3000000|container] containers last year.",
        "The donor pledged [two and a half billion rupees|money|2500000000|INR] to the Delhi hospital.",
        "[Ninety-one|count|91|passenger] passengers were on board the ferry.",
    ],
    "currency": [
        "Vietnam approved [VND 67 trillion|money|67000000000000|VND] for the expressway.",
        "The Thai cabinet allocated [25 billion baht|money|25000000000|THB] to rice farmers.",
        "Qatar Airways paid [QAR 1.1 billion|money|1100000000|QAR] in dividends.",
        "The Philippine Senate cut [₱12 billion|money|12000000000|PHP] from the agency's budget.",
        "Egypt raised [EGP 40 billion|money|40000000000|EGP] from the bond sale.",
        "The Dubai regulator fined the broker [Dh5 million|money|5000000|AED].",
        "Pakistan will spend [Rs 2.5 trillion|money|2500000000000|PKR] on defence.",
    ],
    "scale": [
        "The insurer lost [NZ$310m|money|310000000|NZD] in the floods.",
        "Shares worth [S$1.6bn|money|1600000000|SGD] changed hands on Friday.",
        "The state raised [₹3,200 crore|money|32000000000|INR] through bonds.",
        "The field produced [4.1 million barrels|quantity|4100000|bbl] of crude in March.",
        "The park received [Tk 12 lakh|money|1200000|BDT] from donors.",
    ],
    "units": [
        "The new runway is [3,800 metres|quantity|3800|m] long.",
        "The typhoon brought [410 mm|quantity|410|mm] of rain to Okinawa.",
        "The gas field covers [2,300 square kilometres|quantity|2300|km2].",
        "The overloaded truck weighed [44 tonnes|quantity|44|t].",
        "The new ferry sails at [22 knots|quantity|22|kn].",
        "The pipeline carries [1.2 million gallons|quantity|1200000|gal] of water a day.",
    ],
    "percent": [
        "Turnout reached [71 percent|percent|71|%] in the provincial vote.",
        "The central bank raised rates by [50 basis points|percent|0.5|pp].",
        "Exports grew [three per cent|percent|3|%] in May.",
        "Unemployment rose [0.2 percentage points|percent|0.2|pp] to [5.3%|percent|5.3|%], the office said.",
        "[Forty percent|percent|40|%] of the mango crop was lost.",
        "The ten-year yield fell [8 bps|percent|0.08|pp] on Tuesday.",
    ],
    "range": [
        "Growth is forecast at [5|percent|5|%] to [6 per cent|percent|6|%] next year.",
        "The bridge will cost [A$2|money|2000000000|AUD]-[A$2.5 billion|money|2500000000|AUD].",
        "Waves of [3|quantity|3|m] to [5 metres|quantity|5|m] hit the harbour.",
        "Between [300|count|300|family] and [400|count|400|family] families were evacuated.",
        "Tickets cost between [¥3,000|money|3000|JPY] and [¥5,000|money|5000|JPY].",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|house] houses were flooded.",
        "The smelter will cost [around $6 billion|money|6000000000|USD].",
        "[More than 120|count|120|country] countries sent delegates.",
        "[Just under 40%|percent|40|%] of voters backed the mayor.",
        "The new stadium holds [about 60,000|count|60000|spectator] spectators.",
        "[Up to 500|count|500|worker] workers may lose their jobs.",
    ],
    "count": [
        "The market fire destroyed [312|count|312|shop] shops.",
        "[One|count|1|soldier] soldier was wounded in the clash.",
        "The airline ordered [25|count|25|aircraft] aircraft from Airbus.",
        "Police arrested [68|count|68|suspect] suspects in the raids.",
        "The ministry built [1,040|count|1040|classroom] classrooms in the north.",
    ],
    "ordinal": [
        "It was the bank's [fourth|ordinal|4] consecutive rate cut.",
        "The city marked the [50th|ordinal|50] anniversary of its founding.",
        "She won the race for the [second|ordinal|2] time.",
        "The [101st|ordinal|101] session of the assembly opened in Geneva.",
    ],
    "tally": [
        "Parliament voted [247|number|247]-[84|number|84] in favour of the bill.",
        "Persepolis beat Esteghlal [2|number|2]-[1|number|1] in Tehran.",
        "The court was split [5|number|5] to [4|number|4].",
    ],
    "form": [
        "The business confidence index fell to [-7.5|number|-7.5].",
        "The prime rate is now [6-3/4 percent|percent|6.75|%].",
        "The goalkeeper is [6 feet 2 inches|quantity|6.166667|ft] tall.",
        "Petrol costs [Rs 272|money|272|PKR] per litre in Karachi.",
    ],
    "negative": [
        "Article 370 of the constitution was revoked.",
        "Thousands of people fled the floods.",
        "Three in four households own a motorcycle.",
        "The Airbus A350 landed safely in Doha.",
    ],
}

_DETERMINERS = ("the ", "a ", "an ")
_POSSESSIVES = ("'s", "’s")


def check_written() -> None:
    """Re-read the three files just written and assert the span rules on them."""
    root = Path(__file__).resolve().parent
    for kind in ("briefs", "dates", "figures"):
        path = root / f"{TAG}-{kind}-heldout.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            text = case["text"]
            for key in ("entities", "figures", "dates", "statements"):
                items = case.get(key) or []
                last_end = -1
                for item in items:
                    s, e = item["start"], item["end"]
                    span = text[s:e]
                    assert span == item["text"], (case["id"], key, item)
                    assert span and span == span.strip(), (case["id"], key, span)
                    if key != "statements":
                        assert s >= last_end, (case["id"], key, "order/overlap", item)
                        last_end = e
                        assert not span.endswith(_POSSESSIVES), (case["id"], key, span)
                    if key == "entities" and span.lower().startswith(_DETERMINERS):
                        assert item["name"].lower().startswith(_DETERMINERS), (case["id"], span)
            spans = sorted(
                (i["start"], i["end"]) for k in ("entities", "figures", "dates") for i in case.get(k) or []
            )
            for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                assert e1 <= s2, (case["id"], "cross-list overlap", (s1, e1), (s2, e2))


def main() -> None:
    assert case_marks is not None
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    check_written()


if __name__ == "__main__":
    main()
    sys.exit(0)
