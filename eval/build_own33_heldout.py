"""Build the thirty-third held-out set: eval/own33-briefs-heldout.jsonl, own33-dates-heldout.jsonl
and own33-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 28 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: file
format, markup and checks; ``case_marks`` and ``heldout_build.build_heldout`` are imported as set 21
does, their text unread) and the "Twenty-first held-out set" section of ``eval/README.md``. The
texts were written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``;
where it is silent, the choice is listed below. The marked texts of the briefs and their
statements are in ``own33_heldout_briefs_a.py`` and ``own33_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats the earlier sets
lacked. Eight official texts (a Singapore Ministry of Finance Budget release with "$" amounts in
Singapore dollars; a Mexican Secretariat of Finance (SHCP) press release with pesos; a Stats NZ GDP
information release with "Key facts" bullets and quarters named "the June 2025 quarter"; a SEBI
interim order against Jane Street entities with crore amounts in "₹" and "Rs"; a Lufthansa Group
quarterly results release with bullets and named executives; an OCHA flash update on the Alau Dam
collapse in Borno State with capitalised section heads; a New York State Attorney General
settlement release with a title-case headline; a South African Reserve Bank monetary policy
statement with rand), three Wikinews-style reports (the Berlin International Film Festival's
awards, the rescue of the 33 Chilean miners, the James Webb Space Telescope's carbon dioxide
detection) and three Reuters wire items of the 1996 CoNLL-2003 kind (a Frankfurt Bundesbank item
dated 1996-08-23 with marks; German first division summaries with scorers, halftime scores and
attendances, 1996-08-31; a Colombo cricket report with a scoreboard, 1996-08-30). Real
institutions, places, office holders and sportsmen; the events are modelled on real ones but
details, quotations and many figures are invented or approximate and must not be read as
reporting (the ticket seller TixPoint LLC, its settlement and the Assistant Attorney General
are invented). Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 21 (``case_marks`` via ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``;
statements beside each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``;
figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides the builder's checks
(offsets, order, no overlap, kinds, ISO 4217, units, ISO 8601, weekdays, word counts, score = 1.000
against itself, ISO weeks, relative weekdays, the modifier check and ``check_edges``), this script
asserts itself (``check_own33``) that every span's text equals its slice of the text in all three
files, that no span starts or ends on white space, that no span ends in a possessive, that no
entity span starts with a determiner ("the", "a", "an") unless its canonical name does, and that
no span of one list overlaps a span of another list in a brief.

Run from the project root: ``python3 eval/build_own33_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: a Singapore "Ministry of Finance" ORG "Ministry of Finance (Singapore)", "Parliament"
  ORG "Parliament of Singapore"; named funds ("Changi Airport Development Fund", "Coastal and Flood
  Protection Fund", "Central Emergency Response Fund") ORG; "SG60 Vouchers", "CDC Vouchers"
  (benefit types), "Bank Nifty", "OCR", "Lombard rate", "M3", "GDP" untagged; "Finance Ministry"
  of Mexico and "SHCP" ORG "Secretariat of Finance and Public Credit"; "Congress" ORG "Congress of
  the Union"; "Constitution" LAW "Constitution of Mexico"; Jane Street's Indian and Singapore
  entities ORG under their legal names; "Ananth Narayan G." PERSON "Ananth Narayan"; "Lufthansa
  Group", "Lufthansa Airlines" and "Deutsche Lufthansa AG" ORG "Lufthansa"; "SWISS" ORG "Swiss
  International Air Lines"; "Jere" GPE "Jere, Nigeria"; the zoo and the dam FAC; "New Yorkers" NORP
  "New Yorker"; "NEW YORK" dateline of the Attorney General GPE "New York City", "New York" before
  "Attorney General" GPE "New York (state)"; "Office of the Attorney General" ORG "New York State
  Attorney General"; "the committee" and "the bank" of the SARB in lower case untagged, "Reserve
  Bank" ORG "South African Reserve Bank"; film titles, "Golden Bear", "Silver Bear Grand Jury
  Prize", the journal "Nature" untagged (titles and awards); "Potsdamer Platz", "Berlinale
  Palast", "Camp Hope" FAC; "Fénix 2" PRODUCT; "WASP-39b", "Earth", "Jupiter", "Solar System",
  "Virgo" (constellation) LOC; the telescope, its spectrograph and the Ariane 5 PRODUCT;
  "Federal Statistics Office" ORG "Federal Statistical Office of Germany"; clubs named by city ORG
  under their titles ("Rostock" -> "FC Hansa Rostock", "Gladbach" -> "Borussia Mönchengladbach"),
  players in plain spelling named by their titles ("Haessler" -> "Thomas Häßler"); national
  cricket teams named by country GPE (as countries in brackets in set 21); "Singer World Series"
  EVENT "1996 Singer World Series", "World Cup" EVENT "1996 Cricket World Cup"; the Sinhalese
  Sports Club FAC "Sinhalese Sports Club Ground".
- Statements: "forecast", "project", "estimate", "note", "write"
  (a quoted phrase), "agree" (content without "to"), "confirm", "announce", "tell" with a
  quotation; "according to figures released by Stats NZ" speaks as Stats NZ; "Economists at ASB
  Bank said they expected ..." speaks as ASB Bank with cue "say"; "Partners warned" (unnamed) and the SARB's "we" not annotated.
- Figures: "$" in a Singapore release SGD, "$" in a Stats NZ release NZD; "about R17.70" ZAR with
  the rate "to the dollar" outside; "3.08 pesos per litre" and "19.3 pesos per U.S. dollar" money
  with the rate outside; "EUR 10.2 billion" money; "as much as 30 percent" the modifier inside;
  "about 700 light-years" quantity "ly"; "54 centimetres" "cm"; scores, halftime scores, a
  standing total "263-5" and bowling figures ``number``; match minutes untagged; "Attendance
  52,000" count "spectator" (noun restored); "made 74" count "run" (noun restored) in prose,
  ``number`` in the scoreboard; "50 overs" count "over"; "four-nation" count "nation"; "PR No.
  41/2025", "Flash Update No. 1", "Kontinental '25", a phone number untagged; "11 industries"
  count; "only 0.9%" with the modifier inside.
- Dates: a Singapore "FY2025" is the April-March government financial year "2025-04/2026-03";
  Stats NZ "the June 2025 quarter" "2025-04/2025-06", "the year ended June 2025"
  "2024-07/2025-06"; "from January 2023 to May 2025" and "from 13 to 23 February" one span with
  "from" inside (as set 21's range cases); "the year" and "the full year" the reference year, "the previous year's level" "the previous year" the year before it, a results bullet "Q2 2024" "2024-04/2024-06";
  "once every four days", "shortly after midnight", "after a long discussion" untagged; "the
  first" (an elliptical quarter) untagged; a wire's "Saturday" on a Saturday dateline that day
  (as set 21), its "Thursday" on a Friday dateline the day before.
- Date cases: see the comments at each case. Negatives: a group named like a weekday, a clock
  time "every morning", "each quarter", a "Year-to-date" modifier, a vague "in recent years".
- Figure cases: "half a percentage point" 0.5 pp; "2-1/2 percent" 2.5; "40 feet 6 inches" 40.5
  ft; "2.4 bn cubic metres" "m3"; "A$1.95 a litre" the rate outside. Negatives: a treaty article,
  a vague "Thousands", a proportion "Three in four", a model name "A320".
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import case_marks
from heldout_build import build_heldout
from own33_heldout_briefs_a import BRIEFS_A
from own33_heldout_briefs_b import BRIEFS_B

# The 1996 wire quotes Deutsche Mark amounts: DEM, the ISO 4217 code the mark had until 2002.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"DEM"}

TAG = "own33"
SOURCE_BRIEFS = (
    "own33: written and annotated by hand for briefx (held-out set 33, session 28) by a helper who "
    "neither read nor ran briefx; official releases in the manner of Singapore's Ministry of Finance, "
    "Mexico's Secretariat of Finance and Public Credit, Stats NZ, SEBI, the Lufthansa Group, OCHA, the "
    "New York State Attorney General and the South African Reserve Bank, Wikinews-style reports and "
    "Reuters-style 1996 wire copy; real institutions, places and office holders, events modelled on "
    "real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own33: short cases written and annotated by hand for briefx (held-out set 33, session 28) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 5 March 2025: the coming Friday is 7 March, the one after it 14 March.
        ("2025-03-05", "The panel will publish its findings [the Friday after next|2025-03-14]."),
        ("2024-11-18", "The port reopened [the day before yesterday|2024-11-16]."),
        # Tomorrow is 22 January; two weeks later 5 February.
        ("2026-01-21", "The grain shipment is due [two weeks from tomorrow|2026-02-05]."),
        # 31 July 2025 is a Thursday: the last Friday of July is the 25th.
        ("2025-07-09", "Bids must be filed by [the last Friday of July|2025-07-25]."),
        ("2024-04-10", "The auditors arrived [three days ago|2024-04-07]."),
        ("2025-10-01", "The new tariffs apply from [the first day of next month|2025-11-01]."),
    ],
    "range": [
        ("2025-05-14", "The book fair runs [from 21 to 25 May|2025-05-21/2025-05-25]."),
        # A past clause in February: the January just gone.
        ("2024-02-07", "Strikes halted trains [between 12 and 14 January|2024-01-12/2024-01-14]."),
        ("2025-09-03", "The survey was carried out [from June to August 2025|2025-06/2025-08]."),
        ("2026-04-15", "The company's plan covers [2026-2030|2026/2030]."),
        ("2024-06-19", "The visa waiver is valid [July 1 through Dec. 31|2024-07-01/2024-12-31]."),
        # Wednesday 26 November 2025, a future clause: the coming Monday to Wednesday.
        ("2025-11-26", "Talks will continue [from Monday to Wednesday|2025-12-01/2025-12-03]."),
    ],
    "words": [
        ("2025-06-04", "The canal opened in [nineteen fourteen|1914]."),
        ("2024-12-11", "The treaty was signed on [the fourth of July, nineteen ninety-two|1992-07-04]."),
        # A future clause in May: this year's 20 May.
        ("2026-05-06", "The company will hold its meeting on [the twentieth of May|2026-05-20]."),
        ("2025-01-22", "The refinery closed in [March of two thousand and nine|2009-03]."),
        ("2024-09-25", "The constitution dates from [eighteen seventy-four|1874]."),
    ],
    "period": [
        ("2025-10-29", "Exports rose in [the April-June period|2025-04/2025-06]."),
        # U.S. federal fiscal year.
        ("2025-06-11", "The Pentagon's budget for [FY2026|2025-10-01/2026-09-30] was cut by Congress."),
        # A UK financial year, April-March.
        ("2024-05-22", "Britain's borrowing in [2023/24|2023-04/2024-03] was £121 billion."),
        # New Zealand's government year ends in June: the text says so.
        ("2025-10-08", "New Zealand's deficit for [the year to June 2025|2024-07/2025-06] narrowed."),
        # The most recent December before 18 February 2026; nine months back from it.
        ("2026-02-18", "The retailer's sales rose in [the nine months to December|2025-04/2025-12]."),
        ("2025-03-19", "The carmaker's profits fell in [the second half of 2024|2024-07/2024-12]."),
        # An Indian fiscal year, April-March.
        ("2024-10-23", "India's tax receipts for [FY25|2024-04/2025-03] are ahead of target, the finance ministry said."),
        ("2025-01-15", "Industrial output grew in [Q4 2024|2024-10/2024-12]."),
    ],
    "weekday": [
        # Wednesday 9 April 2025: a past and a future clause.
        ("2025-04-09", "The minister resigned on [Tuesday|2025-04-08]."),
        ("2025-04-09", "The minister will resign on [Tuesday|2025-04-15]."),
        # Friday 16 August 2024, a future clause.
        ("2024-08-16", "Ballots will be counted on [Sunday|2024-08-18]."),
        # Wednesday 4 November 2026, a past clause.
        ("2026-11-04", "The cargo ship sank off Crete on [Saturday|2026-10-31]."),
        # Monday 8 December 2025.
        ("2025-12-08", "The jury returns its verdict [this Thursday|2025-12-11]."),
        # Wednesday 20 March 2024.
        ("2024-03-20", "Markets fell sharply [last Friday|2024-03-15]."),
        ("2025-06-25", "The bridge was closed on [Monday, June 16|2025-06-16]."),
    ],
    "month-tense": [
        ("2025-08-13", "Car sales slumped in [May|2025-05]."),
        ("2025-08-13", "The new emission rules take effect in [May|2026-05]."),
        # A past clause in February: last November.
        ("2026-02-11", "Home prices peaked in [November|2025-11], the bank said."),
        ("2024-04-03", "The inquiry will report by [June 30|2024-06-30]."),
        ("2025-11-19", "The tax cut comes into force on [January 1|2026-01-01]."),
    ],
    "duration": [
        ("2025-05-28", "The mine was closed for [almost two months|P2M]."),
        ("2024-09-04", "The government sold [30-year|P30Y] bonds to pension funds."),
        ("2026-03-04", "The trial will last [up to six weeks|P6W]."),
        ("2025-02-12", "The border dispute dragged on for [half a century|P50Y]."),
        ("2024-07-17", "Residents were without water for [nine days|P9D]."),
        # Two durations, the unit of the first taken from the second.
        ("2025-10-08", "The contract runs for [three|P3Y] or [four years|P4Y]."),
    ],
    "holiday": [
        ("2025-11-05", "Banks will be closed on [New Year's Day|2026-01-01]."),
        # Easter Sunday 2026 is 5 April.
        ("2026-03-25", "The island ferry resumes on [Good Friday|2026-04-03]."),
        # U.S. Thanksgiving 2024 is 28 November.
        ("2024-10-30", "Stores open early on [the day after Thanksgiving|2024-11-29]."),
    ],
    "week": [
        ("2025-09-17", "The parliament sits again [next week|2025-W39]."),
        # Wednesday 7 January 2026 is in W02.
        ("2026-01-07", "Factory orders fell [last week|2026-W01]."),
        # Monday 30 December 2024 is in ISO week 1 of 2025.
        ("2024-12-30", "The exchange is shut for part of [this week|2025-W01]."),
        # Wednesday 12 March 2025 is in W11.
        ("2025-03-12", "The results are due [the week after next|2025-W13]."),
    ],
    "season": [
        ("2025-05-07", "The new stadium opens in [autumn 2026|2026-09/2026-11]."),
        ("2024-01-17", "Reservoir levels fell [last summer|2023-06/2023-08]."),
        ("2026-09-09", "The bridge will be repainted [next spring|2027-03/2027-05]."),
    ],
    "decade": [
        ("2025-04-23", "The power plant was built in [the 1960s|1960/1969]."),
        ("2024-10-09", "Steel output peaked in [the late 1980s|1980/1989]."),
    ],
    "negative": [
        ("2025-02-05", "The Tuesday Group met the minister in private."),
        ("2024-06-12", "The ferry sails at 7:45 every morning."),
        ("2026-01-28", "The agency publishes its survey each quarter."),
        ("2025-09-24", "Year-to-date sales rose 4%."),
        ("2024-11-13", "Prices have risen in recent years."),
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
        "Rescuers pulled [twenty-two|count|22|survivor] survivors from the rubble.",
        "[Fourteen|count|14|ship] ships were stuck in the canal.",
        "The festival drew [half a million|count|500000|visitor] visitors.",
        "The charity raised [two and a half million pounds|money|2500000|GBP] for the hospice.",
        "The central bank's board has [nine|count|9|member] members.",
    ],
    "currency": [
        "Singapore will spend [S$1.2 billion|money|1200000000|SGD] on the new hospital.",
        "Norway's wealth fund lost [NOK 40 billion|money|40000000000|NOK] in a day.",
        "The South African utility borrowed [R15 billion|money|15000000000|ZAR] from lenders.",
        "The Mexican airline raised [MXN 2,500 million|money|2500000000|MXN] in a bond sale.",
        "New Zealand will invest [NZ$600 million|money|600000000|NZD] in rail.",
        "The Indian regulator fined the broker [₹25 lakh|money|2500000|INR].",
        "The Polish bank paid [450 million zlotys|money|450000000|PLN] in dividends.",
    ],
    "scale": [
        "The insurer booked a profit of [€3.4bn|money|3400000000|EUR].",
        "The club paid [£85m|money|85000000|GBP] for the striker.",
        "The fund manages [$1.1tn|money|1100000000000|USD] of assets.",
        "The state budgeted [Rs 1,500 crore|money|15000000000|INR] for roads.",
        "The reservoir holds [2.4 bn cubic metres|quantity|2400000000|m3] of water.",
    ],
    "units": [
        "The gas pipeline stretches [1,200 kilometres|quantity|1200|km].",
        "The hailstones were [5 cm|quantity|5|cm] across.",
        "The wheat harvest reached [3.2 million tonnes|quantity|3200000|t].",
        "The barge was carrying [20,000 litres|quantity|20000|l] of diesel.",
        "The warehouse covers [40,000 square metres|quantity|40000|m2].",
        "The train reached [310 km/h|quantity|310|km/h] on the test track.",
    ],
    "percent": [
        "Turnout reached [58.2 percent|percent|58.2|%] in the capital.",
        "The bank raised its rate by [half a percentage point|percent|0.5|pp].",
        "Consumer prices rose [three per cent|percent|3|%] in May.",
        "Bond yields fell [20 basis points|percent|0.2|pp] after the auction.",
        "[Forty percent|percent|40|%] of households own a car.",
        "The jobless rate rose [0.2 percentage point|percent|0.2|pp] to [5.3%|percent|5.3|%].",
    ],
    "range": [
        "Growth is forecast at [2|percent|2|%] to [2.5 per cent|percent|2.5|%] next year.",
        "The bridge will cost [$1.5|money|1500000000|USD]-[$2 billion|money|2000000000|USD].",
        "Snow depths of [30|quantity|30|cm] to [50 cm|quantity|50|cm] were recorded.",
        "Between [1,000|count|1000|job] and [1,200|count|1200|job] jobs are at risk.",
        "Tickets cost between [€40|money|40|EUR] and [€90|money|90|EUR] each.",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|flight] flights were cancelled.",
        "The new line will cost [around £2 billion|money|2000000000|GBP].",
        "[More than 70%|percent|70|%] of members voted for the strike.",
        "[Up to 500|count|500|soldier] soldiers will be deployed.",
        "[No fewer than 12|count|12|candidate] candidates registered for the vote.",
        "The city has [roughly 1.8 million|count|1800000|resident] residents.",
    ],
    "count": [
        "The storm damaged [640|count|640|home] homes.",
        "[One|count|1|firefighter] firefighter was injured.",
        "The airline ordered [25|count|25|aircraft] new aircraft.",
        "Customs officers seized [4,300|count|4300|laptop] laptops.",
        "The ministry closed [17|count|17|school] schools.",
    ],
    "ordinal": [
        "It is the bank's [fourth|ordinal|4] rate cut this year.",
        "The city celebrated its [800th|ordinal|800] anniversary.",
        "She finished [second|ordinal|2] in the marathon.",
        "The [21st|ordinal|21] summit of the bloc opened in Lima.",
    ],
    "tally": [
        "The committee voted [7|number|7]-[2|number|2] to hold rates.",
        "Rostock beat Bremen [2|number|2]-[1|number|1] away from home.",
        "Parliament passed the bill by [312|number|312] votes to [97|number|97].",
    ],
    "form": [
        "The trade balance was [-4,200|number|-4200] in the month.",
        "The discount rate was cut to [2-1/2 percent|percent|2.5|%].",
        "The yacht's mast is [40 feet 6 inches|quantity|40.5|ft] tall.",
        "Petrol sells for [A$1.95|money|1.95|AUD] a litre in Perth.",
    ],
    "negative": [
        "Article 50 of the treaty sets out the procedure.",
        "Thousands of fans lined the streets.",
        "Three in four workers support the deal.",
        "The Airbus A320 was delayed in Frankfurt.",
    ],
}

_DETERMINERS = ("the ", "a ", "an ")
_POSSESSIVES = ("'s", "’s")


def _spans(case: dict) -> list[tuple[str, dict]]:
    out = []
    for key in ("entities", "figures", "dates"):
        for item in case.get(key) or []:
            out.append((key, item))
    for st in case.get("statements") or []:
        out.append(("statements", st))
    return out


def check_own33() -> None:
    """Re-read the three written files and assert the span rules named in the docstring."""
    root = Path(__file__).resolve().parent
    n_spans = 0
    for name in ("briefs", "dates", "figures"):
        path = root / f"{TAG}-{name}-heldout.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            text = case["text"]
            cross = []
            for key, item in _spans(case):
                s, e, t = item["start"], item["end"], item["text"]
                assert text[s:e] == t, (case["id"], key, t, text[s:e])
                assert t and t == t.strip(), (case["id"], key, repr(t))
                if key != "statements":
                    assert not t.endswith(_POSSESSIVES), (case["id"], key, t)
                    cross.append((s, e, key, t))
                if key == "entities":
                    low = t.lower()
                    if low.startswith(_DETERMINERS):
                        assert item["name"].lower().startswith(low.split(" ")[0] + " "), (case["id"], t)
                n_spans += 1
            cross.sort()
            for (s1, e1, k1, t1), (s2, e2, k2, t2) in zip(cross, cross[1:]):
                assert e1 <= s2, (case["id"], k1, t1, k2, t2)
    print(f"check_own33: {n_spans} spans checked")


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    check_own33()


if __name__ == "__main__":
    main()
    sys.exit(0)
