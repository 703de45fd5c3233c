"""Build the forty-eighth held-out set: eval/own48-briefs-heldout.jsonl, own48-dates-heldout.jsonl
and own48-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 33 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own47_heldout.py`` and ``own47_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 47 does, their text unread; none of their checks raised, so no traceback lines were seen), the "Forty-seventh held-out
set" section of ``eval/README.md`` and the topic rows of sets 19-47 in its summary table (besides
these it saw, in grep output, the count rows of sets 19-28 in their own sections and the headings
of the forty-sixth and forty-seventh sections, and in listings the names of the first 100 files of
``eval/`` and of the ``own45``-``own48`` files). The texts were written by hand for this set and
annotated inline while writing, by ``ANNOTATION.md``; where it is silent, the choice is listed
below. The marked texts of the briefs and their statements are in ``own48_heldout_briefs_a.py`` and
``own48_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers from Latin America, the Caribbean,
the Nordic and Baltic countries and Central and Eastern Europe that earlier sets lacked. Eight
official texts (a Czech National Bank rate decision with a capitalised headline, bullets, a 5-2
vote, a "0.25 percentage point" and CZK; a Statistics Estonia consumer price release with a table of
signed changes under a "%" header and "October of the previous year"; a Lithuanian Ministry of
Foreign Affairs statement on the balloons from Belarus with a "From:" line and "the past three
weeks"; an SMHI weather warning for Storm Johannes with labelled fields, m/s and cm; a Nokia
third-quarter interim report in EUR with an "EEST" time and a "Q3" title; a PAHO epidemiological
update on yellow fever with country bullets, ages as durations and a briefing excerpt with a speaker
label; a Guyana Ministry of Finance budget release in G$ = GYD and US$ with a "From:" line; an IFRC
operation update on the Rio Grande do Sul floods with labelled key figures, CHF, R$, metres, tonnes
and litres), three Wikinews-style reports (Daniel Noboa re-elected in Ecuador's runoff, the Baltic
states joining the continental European grid, Nicușor Dan elected President of Romania) and three
Reuters wire items of the 1996 CoNLL-2003 kind (a Bucharest item on the Romanian-Hungarian basic
treaty with lei = ROL, 1996-09-17; the Olympic men's basketball final from Atlanta with scores,
scorers and placings, 1996-08-04; speedway's Danish Grand Prix from Vojens with riders' countries in
brackets, points and championship standings, 1996-09-01). Real institutions, places, office holders
and sportsmen; the events are modelled on real ones but details, quotations and many figures are
invented or approximate and must not be read as reporting. Every brief states its own date:
``published`` = ``reference_date``.

Markup and checks as set 47 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own48`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own48_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Bank Board" (and "the Board") ORG "Bank Board of the Czech National Bank"; the repo,
  discount and Lombard rates, GDP, value added tax and the consumer price index untagged; "Eesti
  Pank" ORG "Bank of Estonia"; "ERR" ORG "Eesti Rahvusringhääling"; "the Ministry" (Lithuania's
  foreign ministry, capitalised) ORG; "Vilnius Airport", "Salgado Filho International Airport",
  "Georgia Dome" and the "Estlink 2" cable FAC; "Storm Johannes", "Gudrun" ("Cyclone Gudrun"), "World
  War One" ("World War I"), "Atlanta Olympics" ("1996 Summer Olympics") and the "Danish Grand Prix"
  ("Speedway Grand Prix of Denmark") EVENT; Swedish counties written without "County" GPE under
  their county names, "Ostrobothnia" GPE "Ostrobothnia (region)", "Tolima" GPE "Tolima Department",
  "Cluj" GPE "Cluj-Napoca", "Kaliningrad" GPE "Kaliningrad Oblast"; "Bothnian Sea", "Baltic Sea",
  "Norrland", "Europe", "Americas" and "Baltic states" LOC, "Guaíba" LOC "Guaíba Lake"; "Revolving
  Fund" ORG "PAHO Revolving Fund" and "Natural Resource Fund" ORG (named funds); "Trafikverket" ORG
  "Swedish Transport Administration", "SJ" ORG "SJ AB", "Nokia Corporation" ORG "Nokia", "Hungarian
  Democratic Union of Romania" and "UDMR" ORG "Democratic Alliance of Hungarians in Romania";
  "YUGOSLAVIA"/"Yugoslavia" of 1996 GPE "Federal Republic of Yugoslavia"; wire names without
  diacritics under their canonical names ("Vacaroiu" -> "Nicolae Văcăroiu", "Timisoara" ->
  "Timișoara"); wire headline names in capitals under their canonical names; the label "DR.
  BARBOSA:" PERSON (the name is a mention) though its words are the author's voice; "Soviet" in
  "Soviet-era" and "Hungarians" in "ethnic Hungarians" NORP; "AI", "EEST", "Aedes aegypti", the
  "capital markets day" and "Member States" untagged; "Secretary General", "Minister of Health",
  "Governor" and other titles untagged, the organisation or country before them tagged.
- Statements: cues say, tell, add, warn, urge, announce, expect, estimate, report, project, call
  for, according to, consider, claim, pledge; "According to Statistics Estonia, ..." and "..., according
  to the Central Electoral Bureau" speak as the issuer/bureau (content the clause after or before);
  "PAHO urges/considers" and "Lithuania urges" (the issuer names itself or its country) are
  statements; "Nokia today reported net sales of ..." a statement of the company (cue report); a
  content before its attribution ("..., Nokia said") the clause before it; "said ..., saying ..."
  two statements; the briefing excerpt ("DR. BARBOSA: ...") is a transcript label, the author's
  voice, no statement; "Observers"/"police" unnamed; "the OAS said in a statement" speaks as the
  OAS; "congratulated", "condemns" and "refused to accept" (no content) are not statements.
- Figures: "0.25 percentage point" and "0.9 percentage points" pp; the signed table rates of the
  Estonian release ("+5.8", "-0.9", header "%") percent; "from 22 to 24 per cent" two percent
  figures, the first taking "%" from the second; "CZK 24.4" to the euro money CZK; "G$" GYD, "US$"
  USD, "R$" BRL, "CHF", "lei" in 1996 ROL (the old leu), "€" EUR; "30-35 metres per second" two
  quantity figures in "m/s", "10-20 cm" two in "cm"; "about 940,000 barrels" a day quantity bbl (the
  rate outside); labelled key figures counted with the noun of the label ("Deaths" -> "death",
  "Missing"/"Displaced" -> "person", "Municipalities affected" -> "municipality"); "1.6 million ethnic
  Hungarians" count "Hungarian"; basketball scores, scoring runs and box-score points ``number``,
  "28 points" in prose count "point"; speedway points count "point", the noun restored on lines
  without it; placings and list numbers ("1.", "2.") untagged; "Five members ... and two voted" both
  count "member"; "the third rider" ordinal; times of day ("07:00", "08:00 EEST"), phone numbers and
  "a day"/"a month"/"a year" rates untagged.
- Dates: "Q3" in a report title and "the second quarter" without a year quarter spans in the text's
  year; "January-September 2025" a range of months; "October of the previous year" the month a year
  before; "three years ago" at year precision; "the past three weeks" START/END at day precision;
  "the weekend" in a Monday report the Saturday-Sunday just gone; "four-year" and ages "nine months"
  and "59 years" durations; "at least six months" a duration with its modifier; datelines
  "1996-09-17" dates; a month without a year in a past clause the most recent one ("December 25" in
  February 2025 -> 2024-12-25, "December 6" in May 2025 -> 2024-12-06), in a future clause the next
  ("November 3" in September 1996); bare weekdays by tense (wire items avoid a same-day weekday);
  "Sunday's runoff" keeps only the weekday; "the afternoon and evening" untagged (shorter than a day).
- Date cases: see the comments at each case; the UK "2026/27" April-March, Australia's "2023-24"
  July-June, the U.S. "FY 2027" October-September; "H1 2025" a half-year; "a year ago yesterday" the
  day before the reference date a year back; "Boxing Day" 26 December; "Easter Monday" 2026-04-06.
  Negatives: a habitual "every Saturday", a sub-day "about an hour", "Weekly" as a rate word, a vague
  "the months ahead", a holiday used as a period ("the Christmas holidays").
- Figure cases: "a quarter of a percentage point" 0.25 pp; "4-1/4 percent" 4.25; "3 feet 6 inches"
  3.5 ft; "£15 and 20 pence" 15.2 GBP; "1.2m barrels" 1200000 bbl; "S/" PEN, "TT$" TTD, "R$" BRL;
  "zlotys" PLN; "4.1 pct" percent; "+3,400" a signed number. Negatives: a section number, a vague
  "Hundreds of thousands", a proportion "Two in three", a phone number.
"""

from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own48_heldout_briefs_a import BRIEFS_A
from own48_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack (ROL, the Romanian leu of 1996, a
# former code; the others current).
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"CZK", "EUR", "GYD", "USD", "CHF", "BRL", "ROL", "PLN",
                                                  "HUF", "RON", "SEK", "ISK", "COP", "PEN", "MXN", "DKK",
                                                  "TTD", "NOK", "GBP"}

TAG = "own48"
SOURCE_BRIEFS = (
    "own48: written and annotated by hand for briefx (held-out set 48, session 33) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Czech National Bank, Statistics "
    "Estonia, the Lithuanian Ministry of Foreign Affairs, SMHI, Nokia, PAHO, Guyana's Ministry of Finance "
    "and the IFRC, Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places "
    "and office holders, events modelled on real news with invented or approximate details and "
    "quotations; MIT"
)
SOURCE_CASES = (
    "own48: short cases written and annotated by hand for briefx (held-out set 48, session 33) by "
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
        # Wednesday 18 March 2026: three weeks on is 8 April.
        ("2026-03-18", "The appeal will be heard [three weeks from today|2026-04-08]."),
        ("2025-09-10", "The strike began [five days ago|2025-09-05]."),
        ("2024-07-03", "The ship docked [the day before yesterday|2024-07-01]."),
        # 1 October 2026 is a Thursday: the first Sunday of October is the 4th.
        ("2026-09-02", "The festival ends on [the first Sunday of October|2026-10-04]."),
        # Yesterday (2 December 2025), a year back.
        ("2025-12-03", "The law was passed [a year ago yesterday|2024-12-02]."),
        ("2024-04-10", "The pension reform starts [six months from now|2024-10-10]."),
    ],
    "range": [
        ("2025-03-12", "Voting takes place [27-29 March|2025-03-27/2025-03-29]."),
        ("2026-06-17", "The port was blockaded [from 2 to 9 May 2026|2026-05-02/2026-05-09]."),
        # Wednesday 9 July 2025, a future clause: the coming Saturday and Monday.
        ("2025-07-09", "Roadworks will close the bridge [from Saturday to Monday|2025-07-12/2025-07-14]."),
        ("2024-11-13", "The survey covers [1995-2023|1995/2023]."),
        # A past clause in October: this year's July to September.
        ("2026-10-07", "Exports fell [from July to September|2026-07/2026-09]."),
        ("2025-05-21", "The exhibition runs [Jan. 15 through March 2, 2026|2026-01-15/2026-03-02]."),
    ],
    "words": [
        ("2024-06-05", "The cathedral was consecrated in [seventeen eighty-four|1784]."),
        ("2025-10-29", "The republic was proclaimed on [the twenty-eighth of October, nineteen eighteen|1918-10-28]."),
        ("2026-04-22", "The canal opened in [August of nineteen fourteen|1914-08]."),
        # A future clause in January: this year's March.
        ("2024-01-24", "The tunnel will open on [the fifteenth of March|2024-03-15]."),
        ("2025-08-27", "The festival began in [two thousand and five|2005]."),
    ],
    "period": [
        # The UK fiscal year runs April-March.
        ("2026-02-25", "The UK deficit is forecast to narrow in [2026/27|2026-04/2027-03]."),
        # Australia's fiscal year runs July-June.
        ("2024-09-25", "Australia's budget was in surplus in [2023-24|2023-07/2024-06]."),
        # U.S. federal fiscal year: October-September.
        ("2026-05-13", "Congress has not yet passed the spending bills for [FY 2027|2026-10-01/2027-09-30]."),
        # A past clause in January 2025: the 12 months to last November.
        ("2025-01-22", "Wages rose 6% in [the 12 months to November|2023-12/2024-11]."),
        # A quarter without a year takes the year of the reference date.
        ("2026-08-12", "Output fell in [the second quarter|2026-04/2026-06], the agency said."),
        ("2024-10-02", "Profits doubled in [the first nine months of 2024|2024-01/2024-09]."),
        ("2025-06-18", "Sales are expected to rise in [H1 2025|2025-01/2025-06]."),
    ],
    "weekday": [
        # Wednesday 19 November 2025: a past and a future clause.
        ("2025-11-19", "The ferry sank on [Sunday|2025-11-16]."),
        ("2025-11-19", "The ferry will be raised on [Sunday|2025-11-23]."),
        # Wednesday 4 February 2026, a future clause.
        ("2026-02-04", "The jury will deliver its verdict on [Friday|2026-02-06]."),
        # Wednesday 21 August 2024, a past clause.
        ("2024-08-21", "The minister resigned on [Tuesday|2024-08-20]."),
        # Wednesday 20 May 2026.
        ("2026-05-20", "The rally was held [last Saturday|2026-05-16]."),
        # Wednesday 26 March 2025, a future clause.
        ("2025-03-26", "Talks resume [next Monday|2025-03-31]."),
        ("2024-10-16", "The election was held on [Sunday, October 13|2024-10-13]."),
    ],
    "month-tense": [
        ("2026-07-15", "Inflation peaked in [March|2026-03]."),
        ("2026-07-15", "The new tariff applies from [March|2027-03]."),
        # A past clause in February: last October.
        ("2025-02-12", "Exports collapsed in [October|2024-10], the ministry said."),
        ("2024-03-27", "The runoff will be held on [November 24|2024-11-24]."),
        ("2026-11-11", "The terminal will open by [May 15|2027-05-15]."),
        ("2025-09-24", "The mine reopened in [August|2025-08]."),
    ],
    "duration": [
        ("2025-04-09", "The siege lasted [nearly three months|P3M]."),
        ("2026-01-14", "The state issued [ten-year|P10Y] bonds."),
        ("2024-06-26", "Suspects can be held for [up to 48 days|P48D]."),
        ("2025-11-26", "The dynasty ruled for [two centuries|P200Y]."),
        ("2024-02-28", "Dockers staged a [five-day|P5D] strike."),
        # Two durations, the unit of the first taken from the second.
        ("2026-09-16", "Sentences range from [two|P2Y] to [five years|P5Y]."),
    ],
    "holiday": [
        ("2024-12-04", "Shops close early on [Christmas Eve|2024-12-24]."),
        # A past clause in February: the New Year's Day just gone.
        ("2025-02-19", "The ferry capsized on [New Year's Day|2025-01-01]."),
        # Easter Sunday 2026 is 5 April.
        ("2026-01-28", "The market reopens on [Easter Monday|2026-04-06]."),
        ("2024-09-11", "The winter sale starts on [Boxing Day|2024-12-26]."),
    ],
    "week": [
        # Wednesday 11 June 2025 is in ISO week 24.
        ("2025-06-11", "Fuel prices rose [last week|2025-W23]."),
        # Wednesday 30 September 2026 is in ISO week 40.
        ("2026-09-30", "The summit opens [next week|2026-W41]."),
        ("2024-03-06", "Trains are cancelled [this week|2024-W10]."),
    ],
    "season": [
        ("2024-05-08", "The dam will be finished in [autumn 2025|2025-09/2025-11]."),
        ("2026-01-07", "Tourism boomed in [the summer of 2025|2025-06/2025-08]."),
        ("2025-11-05", "The airport expansion starts [next summer|2026-06/2026-08]."),
    ],
    "decade": [
        ("2024-12-11", "The reactor was built in [the 1970s|1970/1979]."),
        ("2026-03-04", "The railway dates from [the mid-1880s|1880/1889]."),
    ],
    "negative": [
        ("2025-04-30", "The ferry to the island sails every Saturday."),
        ("2026-06-24", "The count took about an hour."),
        ("2024-07-17", "Weekly sales data are published by the agency."),
        ("2025-10-01", "Prices may fall in the months ahead."),
        ("2026-11-25", "Schools close for the Christmas holidays."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("range", 3): "next",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "next",
    ("weekday", 4): "prev",
    ("weekday", 5): "prev",
    ("weekday", 6): "next",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "Firefighters rescued [thirty-seven|count|37|resident] residents.",
        "The airline bought [one hundred and twenty|count|120|jet] jets.",
        "[Fourteen|count|14|miner] miners were trapped underground.",
        "The scheme will train [half a million|count|500000|teacher] teachers.",
        "The court fined the bank [three million zlotys|money|3000000|PLN].",
    ],
    "currency": [
        "Prague approved [CZK 45 billion|money|45000000000|CZK] for the motorway.",
        "The Hungarian lender raised [HUF 120 billion|money|120000000000|HUF] in bonds.",
        "Romania will spend [RON 8.4 billion|money|8400000000|RON] on hospitals.",
        "The Swedish pension fund paid [SEK 2.1 billion|money|2100000000|SEK] for the stake.",
        "The Icelandic airline lost [ISK 3.9 billion|money|3900000000|ISK] in the quarter.",
        "The Rio metro extension will cost [R$6.2 billion|money|6200000000|BRL].",
        "Bogotá's budget includes [COP 2.5 trillion|money|2500000000000|COP] for transport.",
        "A ticket to the Lima final costs [S/ 350|money|350|PEN].",
    ],
    "scale": [
        "The Mexican utility earned [MXN 12.3bn|money|12300000000|MXN] last year.",
        "Argentina repaid [US$2.7 billion|money|2700000000|USD] to the IMF.",
        "The Danish shipping group posted a profit of [DKK 9.8 billion|money|9800000000|DKK].",
        "The terminal stores [1.2m barrels|quantity|1200000|bbl] of crude.",
        "Trinidad's budget sets aside [TT$3.5 billion|money|3500000000|TTD] for wages.",
    ],
    "units": [
        "The rally stage is [18.6 kilometres|quantity|18.6|km] long.",
        "Rainfall in the valley reached [412 millimetres|quantity|412|mm].",
        "The wheat harvest fell to [3.2 million tonnes|quantity|3200000|t].",
        "The cruise ship is [980 feet|quantity|980|ft] long.",
        "The wildfire burned [12,000 acres|quantity|12000|acre].",
    ],
    "percent": [
        "Unemployment rose to [10.3 per cent|percent|10.3|%].",
        "The central bank cut rates by [50 basis points|percent|0.5|pp].",
        "The ruling party lost [six percentage points|percent|6|pp].",
        "[Twelve percent|percent|12|%] of flights were delayed.",
        "Turnout fell [a quarter of a percentage point|percent|0.25|pp] to [61.2%|percent|61.2|%].",
        "Food prices rose [4.1 pct|percent|4.1|%].",
    ],
    "range": [
        "Inflation is seen between [2.5|percent|2.5|%] and [3%|percent|3|%].",
        "The stadium will cost [€450|money|450000000|EUR] to [€500 million|money|500000000|EUR].",
        "Between [40|count|40|house] and [60|count|60|house] houses burned.",
        "Waves of [4|quantity|4|m] to [6 metres|quantity|6|m] hit the coast.",
        "Rooms in Reykjavik cost [ISK 25,000|money|25000|ISK]-[ISK 40,000|money|40000|ISK] a night.",
    ],
    "approximate": [
        "[Almost 9,000|count|9000|migrant] migrants landed on the island.",
        "[Over 60%|percent|60|%] of voters backed the plan.",
        "[Some 450|count|450|firm] firms went bankrupt.",
        "The Oslo deal is worth [about NOK 14 billion|money|14000000000|NOK].",
        "[At most 30|count|30|visitor] visitors may enter the cave.",
        "[Around 1.8 million|count|1800000|passenger] passengers used the port.",
    ],
    "count": [
        "The earthquake destroyed [1,126|count|1126|home] homes.",
        "[One|count|1|soldier] soldier was injured.",
        "The railway will add [eleven|count|11|station] stations.",
        "Auditors found [73|count|73|error] errors.",
        "[Twenty-three|count|23|vessel] vessels were detained.",
    ],
    "ordinal": [
        "It was the bank's [fourth|ordinal|4] consecutive cut.",
        "The club won its [32nd|ordinal|32] league title.",
        "The city marked its [750th|ordinal|750] anniversary.",
        "She was the [eleventh|ordinal|11] woman to climb the peak.",
    ],
    "tally": [
        "The senate voted [51|number|51]-[49|number|49] to confirm him.",
        "Flamengo beat Palmeiras [3|number|3]-[1|number|1] in Rio.",
        "The panel split [6|number|6] to [3|number|3].",
    ],
    "form": [
        "Employment changed by [+3,400|number|3400] in May.",
        "Deposits pay [4-1/4 percent|percent|4.25|%].",
        "The pike measured [3 feet 6 inches|quantity|3.5|ft].",
        "The parking fine was [£15 and 20 pence|money|15.2|GBP].",
    ],
    "negative": [
        "See Section 12(4) of the act.",
        "Hundreds of thousands marched in Bucharest.",
        "Two in three Czechs oppose the plan.",
        "Call +46 771 1440 00 for advice.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own48(path: str) -> None:
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
        check_own48(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)
