"""Build the thirty-fifth held-out set: eval/own35-briefs-heldout.jsonl, own35-dates-heldout.jsonl
and own35-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 29 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: layout,
markup and checks; ``heldout_build`` and ``case_marks`` are imported as set 21 does, their text
unread) and the "Twenty-first held-out set" section of ``eval/README.md``. The texts were written by
hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where it is silent, the
choice is listed below. The marked texts of the briefs and their statements are in
``own35_heldout_briefs_a.py`` and ``own35_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers, countries and formats the earlier
sets lacked. Eight official texts (a Bank of Thailand policy rate press release in baht with a 5-2
vote; a Spanish National Statistics Institute (INE) labour force survey release with bullets and
signed regional changes; an Australian Competition and Consumer Commission release on a Federal
Court penalty against Optus in Australian dollars; a Malaysian Ministry of Finance budget statement
in ringgit ("RM419.2 billion"); an English Environment Agency drought release (GOV.UK "From:" and
"Published" lines, litres); an Asian Development Bank loan release for Pakistan; a Nestle
third-quarter sales release in Swiss francs; a City of Vancouver budget release in Canadian
dollars), three Wikinews-style reports (the Dutch general election of October 2025, the Air India
Flight 171 crash in Ahmedabad, the opening of the Grand Egyptian Museum) and three Reuters wire
items of the 1996 CoNLL-2003 kind (a Manila item on the MNLF peace pact, 1996-08-27; motorcycling
Czech Grand Prix results and standings with riders' countries in brackets and makers, 1996-08-18;
a horse racing report from York with a result list of horses, jockeys and trainers, 1996-08-21).
Real institutions, places, office holders and sportsmen; the events are modelled on real ones but
details, quotations and many figures are invented or approximate and must not be read as
reporting. Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 21 (``case_marks`` through ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date cases
``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. On top of the
builder's own checks, ``check_written`` below re-reads the three files it wrote and asserts for
every span of every list: the text equals the slice; no span starts or ends on white space; no
entity span starts with a determiner ("the", "The", "a", "an") unless its name does, and none ends
in a possessive "'s"/"’s"; spans of one list do not overlap, nor do spans of different lists in a
brief; every statement's content is a slice of the text and its figures are gold figure spans
inside it; every "Weekday, Month D, YYYY" / "Weekday, D Month YYYY" date has the right weekday.

Run from the project root: ``python3 eval/build_own35_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "INE" and "National Statistics Institute" ORG "National Statistics Institute (Spain)";
  "Ministry of Finance" of Malaysia ORG "Ministry of Finance (Malaysia)"; "City of Vancouver" as the
  issuing city GPE "Vancouver" (a city government named by its city), "Council" ORG "Vancouver City
  Council"; "Dewan Rakyat" ORG; the English regions ("East Midlands", "Yorkshire", "North West
  England") and "East Vancouver" GPE; "Giza pyramid complex" and "Woodbine" FAC; "Swat"/"Kabul"
  before "rivers" LOC named "Swat River"/"Kabul River"; "Boeing 787-8 Dreamliner" PRODUCT "Boeing
  787 Dreamliner"; "Air India Flight 171" EVENT; the Grand Prix EVENT under its Wikipedia title
  "1996 Czech Republic motorcycle Grand Prix"; motorcycle makers ORG ("Yamaha" -> "Yamaha Motor
  Company"); "Spaniard" NORP "Spaniard"; "Moslem" NORP "Muslim"; "Organisation of the Islamic
  Conference" ORG "Organisation of Islamic Cooperation"; "Godolphin" ORG "Godolphin Racing"; "Sheikh
  Mohammed" PERSON "Mohammed bin Rashid Al Maktoum" (the title is part of the usual name here);
  horses (Halling, Bijou d'Inde, First Island) untagged: no entity type for animals; "the dollar",
  "baht", "franc", the language "English", survey names, "RON95", "Flight 171" inside the event name
  untagged.
- Statements: "project", "expect" (a noun object), "tell" with and without a quotation, "add",
  "write", "call for", "admit", "urge", "warn", "confirm", "announce", "estimate", "plan" (content
  without the infinitival "to"), "according to X" with the clause after the comma; "The Bank" of a
  central bank release speaks as that bank.
- Figures: "5 to 2" and "7 to 3" votes two ``number`` figures; signed regional changes in brackets
  ``number``; "-0.1 percent" percent -0.1; "2.1 percentage points" pp; "RM419.2 billion" MYR;
  "EGP 1,200" EGP; "1-1/4 miles" 1.25 mi; championship points after a rider without "points" count
  "point" (noun restored); "Six ran" count "horse"; list ranks ("1.", "2.") in result lists,
  race times ("43:32.272", "43 minutes 32.105 seconds"), "about 30 seconds", "about 12 hours",
  "500cc", "two tenths of a second", "double-digit", "a month"/"a year"/"a day" rates untagged.
- Dates: "the past year", "the past four years", "the next two years" START/END at day precision
  anchored on the reference date; "the second half of the year" the reference year's July-December;
  "The six months to July" "2025-02/2025-07"; "late May" the month with the hedge inside;
  "40-year-old", "3,200-year-old", "five-year-old" (as a noun) durations; "NEXT MONTH" in a wire
  headline the month after the dateline; "last year's" the year before the reference date; "today"
  in a rider's quotation the race day.
- Date cases: see the comments at each case. Negatives: a newspaper named like a weekday, "every
  Saturday", a sub-day duration, a "Year-to-date" modifier, "each autumn".
- Figure cases: "50 basis points" 0.5 pp; "4-3/4 percent" 4.75; "6 feet 2 inches" 6.166667 ft;
  "4.2 mln tonnes"; "A$2.05 a litre" the rate outside. Negatives: an article citation, a vague
  "Thousands", a fraction of a whole "More than a third", a phone number.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sys
from pathlib import Path

import case_marks
from heldout_build import build_heldout
from own35_heldout_briefs_a import BRIEFS_A
from own35_heldout_briefs_b import BRIEFS_B

TAG = "own35"
SOURCE_BRIEFS = (
    "own35: written and annotated by hand for briefx (held-out set 35, session 29) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Bank of Thailand, Spain's "
    "National Statistics Institute, the Australian Competition and Consumer Commission, Malaysia's "
    "Ministry of Finance, the Environment Agency, the Asian Development Bank, Nestle and the City of "
    "Vancouver, Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places and "
    "office holders, events modelled on real news with invented or approximate details and "
    "quotations; MIT"
)
SOURCE_CASES = (
    "own35: short cases written and annotated by hand for briefx (held-out set 35, session 29) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 17 September 2025: the coming Friday is 19 September, the Friday after it 26.
        ("2025-09-17", "The board will decide [the Friday after next|2025-09-26]."),
        ("2026-01-21", "The ferry strike ended [the day before yesterday|2026-01-19]."),
        ("2025-04-09", "The new tariff takes effect [two weeks from today|2025-04-23]."),
        # 29 November 2024 is the last Friday of the month.
        ("2024-11-13", "Applications close on [the last Friday of November|2024-11-29]."),
        ("2026-05-06", "The minister resigned [three days ago|2026-05-03]."),
        # 1 March 2025 is a Saturday: the Tuesdays are the 4th and the 11th.
        ("2025-02-12", "Parliament reconvenes on [the second Tuesday of March|2025-03-11]."),
    ],
    "range": [
        ("2025-06-04", "The summit will be held [24-26 June|2025-06-24/2025-06-26]."),
        ("2026-03-11", "Polling stations were open [from 2 to 4 March|2026-03-02/2026-03-04]."),
        ("2024-08-28", "The exhibition runs [September 12, 2024-January 5, 2025|2024-09-12/2025-01-05]."),
        ("2025-10-15", "Growth averaged 3% a year over [2015-2024|2015/2024]."),
        # A past clause in January: the October and December just gone.
        ("2026-01-28", "Rainfall was below average [from October to December|2025-10/2025-12]."),
        # Wednesday 19 March 2025, a future clause: the coming Friday and the Tuesday after it.
        ("2025-03-19", "The museum will close [from Friday to Tuesday|2025-03-21/2025-03-25]."),
    ],
    "words": [
        ("2025-08-06", "The treaty was signed in [nineteen fifty-seven|1957]."),
        ("2026-04-01", "The bank opened its doors on [the fourth of July, eighteen seventy-six|1876-07-04]."),
        # A future clause in December: the next first of March.
        ("2024-12-18", "The bridge will open on [the first of March|2025-03-01]."),
        ("2025-01-22", "The company was founded in [May of two thousand and three|2003-05]."),
        ("2026-07-15", "The next elections are due in [twenty twenty-eight|2028]."),
    ],
    "period": [
        ("2025-08-29", "Exports rose in [the April-June quarter|2025-04/2025-06]."),
        # A UK financial year, April-March.
        ("2025-06-18", "Borrowing in [the financial year 2024/25|2024-04/2025-03] was £148 billion."),
        # U.S. federal fiscal year.
        ("2025-11-05", "Congress cut the agency's budget for [fiscal year 2026|2025-10-01/2026-09-30]."),
        # An Indian fiscal year, April-March.
        ("2026-02-25", "India's direct tax receipts in [2025-26|2025-04/2026-03] beat the target."),
        # The most recent March before 30 April 2025.
        ("2025-04-30", "The retailer's sales grew in [the three months to March|2025-01/2025-03]."),
        ("2024-09-25", "Profits fell in [the first half of 2024|2024-01/2024-06]."),
        ("2026-10-21", "The carrier's revenue jumped in [Q3 2026|2026-07/2026-09]."),
        ("2025-07-23", "The bank's [second-quarter|2025-04/2025-06] profit beat forecasts."),
    ],
    "weekday": [
        # Wednesday 10 September 2025: a past and a future clause.
        ("2025-09-10", "The ceasefire was agreed on [Sunday|2025-09-07]."),
        ("2025-09-10", "The ceasefire talks will continue on [Sunday|2025-09-14]."),
        # Thursday 19 February 2026, a future clause.
        ("2026-02-19", "The central bank will publish its minutes on [Tuesday|2026-02-24]."),
        # Wednesday 24 April 2024, a past clause.
        ("2024-04-24", "Fishermen blocked the port on [Saturday|2024-04-20]."),
        # Wednesday 3 December 2025.
        ("2025-12-03", "The jury will retire [this Sunday|2025-12-07]."),
        # Wednesday 24 June 2026.
        ("2026-06-24", "The strike ended [last Thursday|2026-06-18]."),
        ("2025-05-28", "The plant was shut on [Friday, May 16|2025-05-16]."),
    ],
    "month-tense": [
        ("2025-09-24", "Rents rose sharply in [May|2025-05]."),
        ("2025-09-24", "The new fares will take effect in [May|2026-05]."),
        # A past clause in February: last November.
        ("2026-02-11", "Car sales were weak in [November|2025-11], the association said."),
        ("2024-07-10", "The court will rule by [October 15|2024-10-15]."),
        ("2025-11-26", "The levy will be abolished from [April 1|2026-04-01]."),
        # A release of March 2026 revising the December just gone.
        ("2026-03-04", "The regulator revised its [December|2025-12] figures."),
    ],
    "duration": [
        ("2025-05-21", "The mayor served [almost eight years|P8Y]."),
        ("2026-01-07", "The Treasury sold [30-year|P30Y] bonds."),
        ("2024-10-02", "The ban will last for [at least six months|P6M]."),
        ("2025-08-20", "Repairs took [a fortnight|P2W]."),
        ("2026-11-18", "The talks dragged on for [18 months|P18M]."),
    ],
    "holiday": [
        ("2025-12-10", "The port will close on [New Year's Day|2026-01-01]."),
        # Easter Sunday 2026 is 5 April.
        ("2026-03-25", "Trains will not run on [Good Friday|2026-04-03]."),
        # U.S. Thanksgiving 2024 is 28 November.
        ("2024-11-06", "Retailers expect record sales on [Black Friday|2024-11-29]."),
        ("2025-06-11", "Fireworks are banned in the county on [Independence Day|2025-07-04]."),
    ],
    "week": [
        # Wednesday 18 June 2025 is in ISO week 25.
        ("2025-06-18", "Fuel prices rose [last week|2025-W24]."),
        # Wednesday 30 December 2026 is in ISO week 53 of 2026.
        ("2026-12-30", "The results are due [next week|2027-W01]."),
        ("2024-03-13", "Talks are scheduled for [this week|2024-W11]."),
    ],
    "season": [
        ("2025-10-08", "The airport extension opens in [autumn 2027|2027-09/2027-11]."),
        ("2026-04-15", "Water restrictions were lifted [last summer|2025-06/2025-08]."),
        ("2024-01-17", "Tourism recovered in [the spring of 2023|2023-03/2023-05]."),
    ],
    "decade": [
        ("2025-09-03", "The steelworks closed in [the 1980s|1980/1989]."),
        ("2026-05-13", "Inflation was high in [the late 1970s|1970/1979]."),
    ],
    "negative": [
        ("2025-07-02", "The Sunday Times published the letter."),
        ("2024-10-23", "The shuttle bus runs every Saturday."),
        ("2026-02-04", "The meeting lasted about two hours."),
        ("2025-03-12", "Year-to-date sales are up 4%."),
        ("2024-06-19", "The regulator publishes its review each autumn."),
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
        "The charity trained [two hundred and fifty|count|250|volunteer] volunteers.",
        "[Thirty-two|count|32|team] teams will take part in the tournament.",
        "The fund raised [three million euros|money|3000000|EUR] in a month.",
        "The railway carried [one and a half million|count|1500000|passenger] passengers.",
        "The copper mine employs [nine hundred|count|900|worker] workers.",
    ],
    "currency": [
        "Vietnam approved [VND 20 trillion|money|20000000000000|VND] for new highways.",
        "The Polish bank set aside [1.2 billion zlotys|money|1200000000|PLN] for mortgage claims.",
        "The Thai cabinet approved [145 billion baht|money|145000000000|THB] in stimulus.",
        "The Danish shipper paid [DKK 3.4 billion|money|3400000000|DKK] in dividends.",
        "The Israeli startup raised [90 million shekels|money|90000000|ILS] from investors.",
        "Nigeria's budget for next year is [\u20a654.99 trillion|money|54990000000000|NGN].",
        "The Czech utility will invest [CZK 15 billion|money|15000000000|CZK] in the grid.",
    ],
    "scale": [
        "The hedge fund lost [\u20ac1.8bn|money|1800000000|EUR] on the trade.",
        "The club paid [\u00a345m|money|45000000|GBP] for the striker.",
        "The trust holds [$750k|money|750000|USD] in cash.",
        "The state allotted [\u20b92,500 crore|money|25000000000|INR] for rural roads.",
        "Farmers harvested [4.2 mln tonnes|quantity|4200000|t] of wheat.",
    ],
    "units": [
        "The gas pipeline runs for [1,100 kilometres|quantity|1100|km].",
        "The glacier lost [3 metres|quantity|3|m] of ice last year.",
        "The truck was carrying [18 tons|quantity|18|ton] of steel.",
        "The oil slick covered [14 square kilometres|quantity|14|km2].",
        "The hurricane's winds reached [185 mph|quantity|185|mph].",
        "The lorry spilled [2,000 gallons|quantity|2000|gal] of diesel.",
    ],
    "percent": [
        "Unemployment rose to [5.2 per cent|percent|5.2|%] in the spring.",
        "The central bank raised rates by [50 basis points|percent|0.5|pp].",
        "Support for the party fell [three percentage points|percent|3|pp].",
        "[Forty percent|percent|40|%] of the forest has been cleared.",
        "Prices climbed [0.4%|percent|0.4|%] in the month.",
        "Consumer confidence fell [1.25 percentage points|percent|1.25|pp] to [61%|percent|61|%].",
    ],
    "range": [
        "The bank expects inflation of [2.5|percent|2.5|%] to [3 per cent|percent|3|%].",
        "The upgrade will cost [$40|money|40000000|USD]-[$50 million|money|50000000|USD].",
        "The new ship is between [200|quantity|200|m] and [250 metres|quantity|250|m] long.",
        "From [300|count|300|job] to [400|count|400|job] jobs will go at the plant.",
        "Tickets cost between [\u00a325|money|25|GBP] and [\u00a340|money|40|GBP].",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|family] families were evacuated.",
        "The stadium cost [about \u20ac600 million|money|600000000|EUR].",
        "[More than 70%|percent|70|%] of members voted in favour.",
        "[Up to 15,000|count|15000|fan] fans are expected at the match.",
        "[Roughly 200|count|200|species] species of bird live on the island.",
        "[No fewer than 12|count|12|ship] ships were damaged in the storm.",
    ],
    "count": [
        "The storm damaged [3,400|count|3400|home] homes.",
        "Police arrested [17|count|17|suspect] suspects in the raids.",
        "The airline will buy [30|count|30|aircraft] new aircraft.",
        "[One|count|1|firefighter] firefighter was injured.",
        "The city planted [12,500|count|12500|tree] trees last year.",
    ],
    "ordinal": [
        "It was the bank's [second|ordinal|2] rate cut this year.",
        "The [100th|ordinal|100] edition of the race starts in Lille.",
        "The country finished [ninth|ordinal|9] in the rankings.",
        "The [23rd|ordinal|23] round of talks ended without a deal.",
    ],
    "tally": [
        "The House voted [218|number|218]-[214|number|214] to pass the bill.",
        "Ajax beat PSV [2|number|2]-[1|number|1] in Amsterdam.",
        "The court ruled [6|number|6] to [3|number|3] against the state.",
    ],
    "form": [
        "The net change in payrolls was [-4,800|number|-4800] in May.",
        "The bond yield rose to [4-3/4 percent|percent|4.75|%].",
        "The climber is [6 feet 2 inches|quantity|6.166667|ft] tall.",
        "Diesel costs [A$2.05|money|2.05|AUD] a litre in Perth.",
    ],
    "negative": [
        "Article 50 of the treaty was triggered by London.",
        "Thousands of fans lined the streets.",
        "More than a third of the budget goes on pensions.",
        "For advice, call 0800 123 4567.",
    ],
}

_DETERMINERS = ("the ", "The ", "a ", "A ", "an ", "An ")
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_WD_DATE = re.compile(
    r"(%s), (?:(%s) (\d{1,2}), (\d{4})|(\d{1,2}) (%s) (\d{4}))"
    % ("|".join(_WEEKDAYS), "|".join(_MONTHS), "|".join(_MONTHS))
)


def _check_spans(case_id: str, text: str, items: list[dict], kind: str) -> None:
    last_end = -1
    for it in sorted(items, key=lambda x: x["start"]):
        s, e, t = it["start"], it["end"], it["text"]
        assert text[s:e] == t, (case_id, kind, t, text[s:e])
        assert t and t == t.strip(), (case_id, kind, "edge space", t)
        assert s >= last_end, (case_id, kind, "overlap", t)
        last_end = e
        if kind == "entities":
            name = it.get("name", t)
            if t.startswith(_DETERMINERS):
                assert name.startswith(t.split(" ")[0]), (case_id, "determiner", t)
            assert not t.endswith(("'s", "\u2019s")), (case_id, "possessive", t)


def check_written(tag: str) -> dict[str, int]:
    """Re-read the three files written for ``tag`` and assert the span rules; return counts."""
    here = Path(__file__).resolve().parent
    counts: dict[str, int] = {}
    for name in ("briefs", "dates", "figures"):
        path = here / f"{tag}-{name}-heldout.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            text = case["text"]
            spans: list[tuple[int, int]] = []
            for kind in ("entities", "figures", "dates"):
                items = case.get(kind, [])
                _check_spans(case["id"], text, items, kind)
                spans += [(it["start"], it["end"]) for it in items]
                counts[f"{name}.{kind}"] = counts.get(f"{name}.{kind}", 0) + len(items)
                if kind == "entities":
                    for it in items:
                        key = f"{name}.type.{it['type']}"
                        counts[key] = counts.get(key, 0) + 1
            spans.sort()
            for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                assert e1 <= s2, (case["id"], "cross-list overlap", text[s1:e1], text[s2:e2])
            fig_spans = {(f["start"], f["end"]) for f in case.get("figures", [])}
            for st in case.get("statements", []):
                s, e = st["start"], st["end"]
                assert text[s:e] == st["text"] and st["text"] == st["text"].strip(), (case["id"], st)
                for fs, fe in st.get("figures", []):
                    assert (fs, fe) in fig_spans and s <= fs and fe <= e, (case["id"], st["text"])
            counts[f"{name}.statements"] = counts.get(f"{name}.statements", 0) + len(
                case.get("statements", []))
            counts[f"{name}.cases"] = counts.get(f"{name}.cases", 0) + 1
            for d in case.get("dates", []):
                m = _WD_DATE.fullmatch(d["text"])
                if m:
                    if m.group(2):
                        day = _dt.date(int(m.group(4)), _MONTHS.index(m.group(2)) + 1, int(m.group(3)))
                    else:
                        day = _dt.date(int(m.group(7)), _MONTHS.index(m.group(6)) + 1, int(m.group(5)))
                    assert _WEEKDAYS[day.weekday()] == m.group(1), (case["id"], d["text"])
                    assert d["value"] == day.isoformat(), (case["id"], d["text"])
    return counts


def main() -> None:
    case_marks.ISO_4217 = set(case_marks.ISO_4217)
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    for key, value in sorted(check_written(TAG).items()):
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
    sys.exit(0)
