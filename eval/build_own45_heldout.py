"""Build the forty-fifth held-out set: eval/own45-briefs-heldout.jsonl, own45-dates-heldout.jsonl
and own45-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 31 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own41_heldout.py`` and ``own41_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 41 does, their text unread but for the few lines of ``build_heldout`` that raised), the "Forty-first held-out set" section of ``eval/README.md`` and
the topic rows of sets 19-41 in its summary table (sets 42 and 43 have no rows there; the set-42 row
that stands inside the set-41 section was seen). The texts were written by hand for this set and
annotated inline while writing, by ``ANNOTATION.md``; where it is silent, the choice is listed
below. The marked texts of the briefs and their statements are in ``own45_heldout_briefs_a.py`` and
``own45_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers from Asia, Oceania and the Middle
East that earlier sets lacked. Eight official texts (a Bank of Korea Base Rate decision with
bullets, basis points and ₩; a Philippine Statistics Authority GDP special release with labelled
fields and an industry table in percent; a Monetary Authority of Singapore penalty release in S$;
an Australian joint ministerial media release on the Vanuatu earthquake in $ = AUD with bullets
and a phone line; a Pakistan NDMA monsoon situation report with "-- " fields and Rs; a TSMC
quarterly results release in NT$ and US$ with a "HSINCHU" dateline; a Qatar Ministry of Foreign
Affairs weekly briefing transcript with speaker labels, QR and $; a Fiji Ministry of Finance budget
release with a "From:" line, a capitalised headline and notes to editors), three Wikinews-style
reports (Sanae Takaichi elected Japanese prime minister, the Thailand-Cambodia ceasefire of July
2025, Australia's social media minimum-age law taking effect) and three Reuters wire items of the
1996 CoNLL-2003 kind (a Bangkok item on the Thai current account, 1996-08-28; Australian rules
football results and ladder, 1996-08-25; sumo results from the Autumn tournament with win-loss
records in brackets, 1996-09-15). Real institutions, places, office holders and sportsmen; the
events are modelled on real ones but details, quotations and many figures are invented or
approximate and must not be read as reporting. Every brief states its own date: ``published`` =
``reference_date``.

Markup and checks as set 41 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own45`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own45_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Monetary Policy Board" (and "the Board") ORG "Monetary Policy Board (Bank of Korea)";
  the "Base Rate", "GDP", "VAT", the Nikkei index and the SET index untagged; "Pacific" in the
  minister's title LOC "Pacific Islands" (a name inside a title, tagged as usual); "NDMA" inside
  "NDMA Chairman" ORG; "C-17A" PRODUCT "Boeing C-17 Globemaster III" and "F-16" PRODUCT "General
  Dynamics F-16 Fighting Falcon"; "AFC/M23" and "M23" ORG "March 23 Movement"; the "Doha Framework
  for Peace" LAW (a named agreement); transcript labels ("AL-ANSARI") PERSON; "Association of
  Southeast Asian Nations" and "ASEAN" both named "ASEAN" (the Wikipedia title); social platforms
  (Facebook, Instagram, TikTok, Snapchat, YouTube, Reddit, Threads) ORG; "White House" speaking
  ORG; AFL clubs named by place ORG under their club titles ("Footscray" -> "Western Bulldogs",
  "Brisbane" -> "Brisbane Bears" in 1996); sumo wrestlers PERSON under Wikipedia titles with
  macrons ("Kaio" -> "Kaiō Hiroyuki"), ranks (yokozuna, ozeki ...) outside the span; the
  "Autumn Grand Sumo Tournament" EVENT; the "Kokugikan" FAC "Ryōgoku Kokugikan"; "Claire Dennis
  S. Mapa" named without the middle initial; "eSafety Commissioner" an office, untagged.
- Statements: cues say, tell, add, warn, urge, pledge, announce, expect, estimate, project,
  forecast, predict, find, stress, call for, according to; "the company expects" inside a
  reported clause stays in the outer speaker's content; "the Royal Thai Army said", "Moody's
  said", "the White House said" speak as the organisation; "A YouGov poll ... found" speaks as
  YouGov (a document of a named organisation); "Rwanda has said" speaks as the country; in the
  Qatar transcript the spokesman's own words are the author's voice, while the people he reports
  ("the Prime Minister ... stressed", "Kanyuka told reporters") are speakers; "TSMC today
  announced" results speaks as TSMC.
- Figures: "25 basis point(s)" 0.25 pp; "about 1,460 won" per dollar and "25.37 baht" to the dollar
  money with the rate outside; "$" in the Australian release AUD, in the Fiji release FJD, in the
  Qatar and Thai texts USD; "QR" QAR, "NT$" TWD, "S$" SGD, "Rs" in Pakistani text PKR; "US$40 to 42
  billion" two money figures; percentages in the industry table (header "(percent)") percent;
  "-0.5" in that table a signed percent; index levels and points ``number``; AFL scores
  "15.12 (102)" three ``number`` figures (goals, behinds, total), ladder columns and sumo win-loss
  records ("(8-0)") ``number``; situation-report fields count with the unit from the label
  ("Deaths" -> "death", "Injured" -> "person", "Livestock lost" -> "livestock"); "7.3 magnitude"
  ``number``; process nodes ("3-nanometer"), tickers ("2330"), report numbers ("No. 58",
  "2025-SR-318") and phone numbers untagged.
- Dates: "Third Quarter 2025", "Q3 2025", "Third Quarter" in a TSMC headline and "fourth-quarter"
  as a modifier quarter spans; "the first half of 2026" and "the second half" (1996) half-year
  spans; "the first nine months of 2025" "2025-01/2025-09"; "the previous quarter" the quarter
  before the one reported; Fiji's "2025-2026" budget year an August-July year "2025-08/2026-07"
  and the notes' "1 August to 31 July" (every year) untagged; Thailand's "fiscal 1997" an
  October-September year "1996-10/1997-09"; "the next three months" and "the next two years"
  START/END at day precision from the reference date; "26 June to 20 August 2025" and "from
  Thursday to Sunday" one range span; "26-year", "seven-day", "15-day" durations; "1996-08-28"
  datelines dates; "midnight" untagged.
- Date cases: see the comments at each case; India's "fiscal 2024-25" April-March, Australia's
  "2024-25" and Bangladesh's "FY2024-25" July-June, U.S. "FY 2024" the federal year. Negatives: a
  habitual "every Sunday", a clock time "on weekdays", "Quarterly" as a rate word, a vague
  "several months", a newspaper name with a weekday.
- Figure cases: "a quarter of a percentage point" 0.25 pp; "6-1/4 percent" 6.25; "9 feet 6 inches"
  9.5 ft; "Tk ... crore" BDT; "KD" KWD; "JD" JOD; "tugriks" MNT; "₹75 lakh" 7500000 INR. Negatives: a
  contract clause number, a vague "Hundreds", a proportion "Two in five", a phone number.
"""

from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own45_heldout_briefs_a import BRIEFS_A
from own45_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack (all current codes).
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"KRW", "PHP", "SGD", "AUD", "PKR", "TWD", "QAR", "FJD",
                                                  "JPY", "THB", "MYR", "LKR", "BDT", "OMR", "KWD", "CNY",
                                                  "JOD", "KZT", "BHD", "INR", "MNT"}

TAG = "own45"
SOURCE_BRIEFS = (
    "own45: written and annotated by hand for briefx (held-out set 45, session 31) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Bank of Korea, the Philippine "
    "Statistics Authority, the Monetary Authority of Singapore, Australia's foreign and development "
    "ministers, Pakistan's National Disaster Management Authority, TSMC, Qatar's Ministry of Foreign "
    "Affairs and Fiji's Ministry of Finance, Wikinews-style reports and Reuters-style 1996 wire copy; "
    "real institutions, places and office holders, events modelled on real news with invented or "
    "approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own45: short cases written and annotated by hand for briefx (held-out set 45, session 31) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

_MARK = re.compile(r"\[\[([^|\]]*)\|[^\]]*\]\]")


def _in_text_order(brief: tuple) -> tuple:
    """The statements of a brief sorted by where their content stands in the plain text."""
    plain = _MARK.sub(r"\1", brief[4])
    statements = sorted(brief[5], key=lambda st: plain.index(st[2]))
    return (*brief[:5], statements)


BRIEFS = [_in_text_order(b) for b in BRIEFS_A + BRIEFS_B]

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 11 March 2026: next Monday is 16 March, the Monday after it 23 March.
        ("2026-03-11", "The ministers will meet [the Monday after next|2026-03-23]."),
        ("2025-09-17", "The refinery restarted [three days ago|2025-09-14]."),
        ("2026-06-03", "The visa rules change [a fortnight from today|2026-06-17]."),
        # 1 March 2025 is a Saturday: the first Monday of March is the 3rd.
        ("2025-01-22", "Tenders close on [the first Monday of March|2025-03-03]."),
        ("2024-08-14", "The lease expires [six months from now|2025-02-14]."),
        ("2026-10-28", "The strike began [a week ago yesterday|2026-10-20]."),
    ],
    "range": [
        ("2025-05-07", "The trials for the Asian Games run [3-9 June|2025-06-03/2025-06-09]."),
        ("2026-02-18", "Voting took place [between 2 and 4 February|2026-02-02/2026-02-04]."),
        # Wednesday 20 November 2024, a future clause: the coming Saturday and Tuesday.
        ("2024-11-20", "The port will be shut [from Saturday to Tuesday|2024-11-23/2024-11-26]."),
        ("2025-12-03", "Average rainfall was measured over [1995-2024|1995/2024]."),
        # A past clause in July: this year's March to May.
        ("2026-07-15", "Imports fell [from March to May|2026-03/2026-05]."),
        ("2025-04-09", "The expo ran [Oct. 12, 2024 through Jan. 5, 2025|2024-10-12/2025-01-05]."),
    ],
    "words": [
        ("2025-06-18", "The sultanate was founded in [seventeen forty-four|1744]."),
        ("2026-05-20", "The constitution was adopted on [the fourteenth of August, nineteen seventy-three|1973-08-14]."),
        ("2024-09-25", "The dam was completed in [March of nineteen hundred and sixty|1960-03]."),
        # A future clause in February: this year's October.
        ("2026-02-04", "The airport will open on [the first of October|2026-10-01]."),
        ("2025-10-01", "The city last hosted the games in [two thousand and six|2006]."),
    ],
    "period": [
        # A past clause in February 2026: the October-December quarter just gone.
        ("2026-02-25", "Singapore's economy grew in [the October-December quarter|2025-10/2025-12]."),
        # An Indian fiscal year, April-March.
        ("2025-06-11", "India's fiscal deficit narrowed in [fiscal 2024-25|2024-04/2025-03]."),
        # Australia's fiscal year runs July-June.
        ("2024-03-20", "Australia's budget for [2024-25|2024-07/2025-06] will be handed down in May."),
        # Bangladesh's fiscal year runs July-June.
        ("2025-09-10", "Bangladesh's revenue for [FY2024-25|2024-07/2025-06] missed the target."),
        ("2026-08-12", "Exports rose in [the six months to June|2026-01/2026-06]."),
        ("2025-11-26", "Profits fell in [the first half of 2025|2025-01/2025-06]."),
        # U.S. federal fiscal year.
        ("2024-12-04", "The U.S. deficit in [FY 2024|2023-10-01/2024-09-30] was $1.8 trillion."),
    ],
    "weekday": [
        # Wednesday 13 May 2026: a past and a future clause.
        ("2026-05-13", "The governor resigned on [Sunday|2026-05-10]."),
        ("2026-05-13", "The governor will be sworn in on [Sunday|2026-05-17]."),
        # Wednesday 19 February 2025, a past clause.
        ("2025-02-19", "The court adjourned the case on [Thursday|2025-02-13]."),
        # Wednesday 10 July 2024, a future clause.
        ("2024-07-10", "The cabinet will meet on [Friday|2024-07-12]."),
        # Wednesday 17 December 2025.
        ("2025-12-17", "The tanker docked [last Saturday|2025-12-13]."),
        # Wednesday 4 November 2026, a future clause.
        ("2026-11-04", "Markets will reopen [this Friday|2026-11-06]."),
        ("2025-03-26", "Polls closed on [Saturday, March 22|2025-03-22]."),
    ],
    "month-tense": [
        ("2026-04-22", "Car sales dropped in [January|2026-01]."),
        ("2026-04-22", "The new fares apply from [January|2027-01]."),
        # A past clause in February: last October.
        ("2025-02-05", "Fuel prices peaked in [October|2024-10], the statistics office said."),
        ("2024-05-15", "The election will be held on [November 10|2024-11-10]."),
        ("2025-09-24", "The census will start on [March 1|2026-03-01]."),
        ("2026-12-02", "The refinery shut down in [August|2026-08]."),
    ],
    "duration": [
        ("2025-07-23", "The truce held for [nearly three months|P3M]."),
        ("2026-01-14", "The bank issued [ten-year|P10Y] notes."),
        ("2024-04-17", "Workers will get [at least 14 days|P14D] of leave."),
        ("2025-05-14", "The canal took [a quarter of a century|P25Y] to build."),
        ("2026-09-30", "Ministers agreed a [six-week|P6W] pause in tariffs."),
        # Two durations, the unit of the first taken from the second.
        ("2024-02-07", "The visas are valid for [five|P5Y] or [ten years|P10Y]."),
    ],
    "holiday": [
        ("2025-09-03", "The market will close on [Christmas Eve|2025-12-24]."),
        # A future clause in February: the coming New Year's Day.
        ("2026-02-11", "Ferry fares rise on [New Year's Day|2027-01-01]."),
        ("2024-10-02", "The shops will close on [Boxing Day|2024-12-26]."),
        # Easter Sunday 2026 is 5 April.
        ("2026-01-21", "The bridge opens on [Easter Monday|2026-04-06]."),
    ],
    "week": [
        # Wednesday 11 March 2026 is in ISO week 11.
        ("2026-03-11", "The regulator ruled [last week|2026-W10]."),
        # Wednesday 25 June 2025 is in ISO week 26.
        ("2025-06-25", "The port will reopen [next week|2025-W27]."),
        ("2024-09-04", "The union will strike [this week|2024-W36]."),
    ],
    "season": [
        ("2025-03-12", "The new line opens in [summer 2026|2026-06/2026-08]."),
        ("2026-06-24", "Tourism slumped in [the autumn of 2024|2024-09/2024-11]."),
        ("2024-01-10", "Planting begins [next autumn|2024-09/2024-11]."),
    ],
    "decade": [
        ("2025-08-27", "The port city grew rapidly in [the 1970s|1970/1979]."),
        ("2026-10-07", "The railway was built in [the mid-1950s|1950/1959]."),
    ],
    "negative": [
        ("2025-04-16", "Trains run every Sunday during the festival."),
        ("2026-07-08", "The plant closes at 17:45 on weekdays."),
        ("2024-06-26", "Quarterly dividends will be paid as usual."),
        ("2025-11-05", "The cyclone season lasts several months."),
        ("2026-03-18", "The Sunday Times printed the letter."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
    ("range", 3): "next",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "prev",
    ("weekday", 4): "next",
    ("weekday", 5): "prev",
    ("weekday", 6): "next",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The charity fed [six hundred|count|600|family] families.",
        "[Thirty-four|count|34|miner] miners were trapped underground.",
        "The festival drew [one and a half million|count|1500000|visitor] visitors.",
        "The fund raised [three million ringgit|money|3000000|MYR] for flood victims.",
        "[Ninety-nine|count|99|candidate] candidates contested the seats.",
    ],
    "currency": [
        "Sri Lanka raised [LKR 45 billion|money|45000000000|LKR] from the bond sale.",
        "Bangladesh set aside [Tk 8,000 crore|money|80000000000|BDT] for subsidies.",
        "The Omani port earned [OMR 12 million|money|12000000|OMR] last year.",
        "Kuwait lent [KD 150 million|money|150000000|KWD] to the project.",
        "The Chinese firm invested [CNY 3.2 billion|money|3200000000|CNY] in the plant.",
        "Mongolia borrowed [500 billion tugriks|money|500000000000|MNT] for the railway.",
        "Jordan's grant totals [JD 40 million|money|40000000|JOD].",
        "Kazakhstan's fund holds [60 billion tenge|money|60000000000|KZT] in reserve.",
    ],
    "scale": [
        "The Bahraini bank reported a profit of [BHD 85.6m|money|85600000|BHD].",
        "The start-up was valued at [US$1.2bn|money|1200000000|USD].",
        "The state set aside [₹75 lakh|money|7500000|INR] for the library.",
        "The Japanese carmaker booked [¥1.1tn|money|1100000000000|JPY] in profit.",
        "The pipeline carries [3.5 mn tonnes|quantity|3500000|t] of gas a year.",
    ],
    "units": [
        "The new bridge spans [1.9 miles|quantity|1.9|mi].",
        "The typhoon packed winds of [185 km/h|quantity|185|km/h].",
        "The fire burned [650 square kilometres|quantity|650|km2] of forest.",
        "The runway is [4,000 feet|quantity|4000|ft] long.",
        "The reservoir holds [750 million litres|quantity|750000000|l] of water.",
        "Each parcel weighs [22 pounds|quantity|22|lb].",
    ],
    "percent": [
        "Turnout reached [64.8 per cent|percent|64.8|%].",
        "The bank cut rates by [a quarter of a percentage point|percent|0.25|pp].",
        "Prices rose [seven percent|percent|7|%] over the year.",
        "Bond yields climbed [35 basis points|percent|0.35|pp].",
        "[Twelve per cent|percent|12|%] of homes lack power.",
        "Export growth rose [2.3 percentage points|percent|2.3|pp] to [11.4%|percent|11.4|%].",
    ],
    "range": [
        "Inflation is forecast at [4|percent|4|%] to [4.5 per cent|percent|4.5|%].",
        "The metro line will cost [S$4|money|4000000000|SGD]-[S$5 billion|money|5000000000|SGD].",
        "Waves of [2|quantity|2|m] to [4 metres|quantity|4|m] hit the coast.",
        "Between [150|count|150|worker] and [200|count|200|worker] workers were laid off.",
        "Mangoes sell for between [Rs 200|money|200|PKR] and [Rs 250|money|250|PKR] a kilo in Karachi.",
    ],
    "approximate": [
        "[Almost 9,000|count|9000|pilgrim] pilgrims arrived.",
        "The tunnel will cost [roughly ₩3 trillion|money|3000000000000|KRW].",
        "[Fewer than 300|count|300|tiger] tigers survive in the wild there.",
        "[Over 55%|percent|55|%] of voters backed the plan.",
        "The hospital employs [some 4,500|count|4500|nurse] nurses.",
        "[Up to 40|count|40|flight] flights were cancelled.",
    ],
    "count": [
        "The storm destroyed [1,415|count|1415|home] homes.",
        "[One|count|1|journalist] journalist was detained.",
        "The navy commissioned [six|count|6|frigate] frigates.",
        "Police seized [312|count|312|weapon] weapons.",
        "The city opened [27|count|27|clinic] new clinics.",
    ],
    "ordinal": [
        "It was the bank's [third|ordinal|3] rate cut this year.",
        "The temple celebrated its [1,000th|ordinal|1000] anniversary.",
        "She became the [seventh|ordinal|7] president of the court.",
        "The [14th|ordinal|14] summit was held in Vientiane.",
    ],
    "tally": [
        "The assembly voted [98|number|98]-[12|number|12] to pass the law.",
        "Persepolis beat Sepahan [3|number|3]-[0|number|0] in Tehran.",
        "The panel ruled [4|number|4] to [1|number|1].",
    ],
    "form": [
        "The current account balance was [-1,850|number|-1850] in May.",
        "The policy rate was raised to [6-1/4 percent|percent|6.25|%].",
        "The wall is [9 feet 6 inches|quantity|9.5|ft] high.",
    ],
    "negative": [
        "Clause 12(4) of the contract was cited.",
        "Hundreds of protesters gathered.",
        "Two in five adults smoke.",
        "Call 1800 226 7000 for details.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own45(path: str) -> None:
    """Re-check every written case: slices, edges, possessives, determiners."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            case = json.loads(line)
            text = case["text"]
            for key in ("entities", "figures", "dates"):
                for item in case.get(key, []):
                    span = item["text"]
                    assert text[item["start"]:item["end"]] == span, (case["id"], span)
                    assert span and span == span.strip(), (case["id"], span)
                    assert not span.endswith(POSSESSIVES), (case["id"], span)
                    if key == "entities" and span.lower().startswith(DETERMINERS):
                        assert item.get("name", span).lower().startswith(DETERMINERS), (case["id"], span)
            for st in case.get("statements", []):
                content = st["text"]
                assert text[st["start"]:st["end"]] == content, (case["id"], content)
                assert content == content.strip(), (case["id"], content)


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    for kind in ("briefs", "dates", "figures"):
        check_own45(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)
