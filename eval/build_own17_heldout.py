"""Build the seventeenth held-out set: eval/own17-briefs-heldout.jsonl, own17-dates-heldout.jsonl and
own17-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 20 by a helper session that neither read nor ran briefx (no code, tests,
models, samples or venv; no NLP tool was run on the texts) and opened no ``*.jsonl`` file under
``eval/`` or ``shared/eval/`` other than the three it writes. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section), ``FORMAT.md`` and ``eval/README.md`` (its table and its
sections on sets 15 and 16) it read only ``build_own16_heldout.py`` (for the file format and
markup), ``case_marks.py``, ``date_marks.py``, ``entity_marks.py``, the docstring and the first
cases of ``build_own_statements_dev3.py`` and the ``case`` helper of ``build_own_statements.py``
(for the statements' format only), the statements part of ``shared/eval/score.py``, and issue 14
(for the date and figure families). The texts were written by hand for this set and annotated
inline while writing, by ``ANNOTATION.md`` and the readings that README quotes; where all are
silent, the choice is listed below. The marked texts of the briefs and their statements are in
``own17_heldout_briefs_a.py`` and ``own17_heldout_briefs_b.py`` (beside this script).

Briefs: 2024-2025 news of kinds, topics and regions that sets 1-16 did not have. Twelve are
ordinary newswire prose as users paste it, with sources who say, tell, announce, add, warn,
pledge, urge, advise, estimate, insist, demand or call on, by name, pronoun, surname or role
noun, and some unnamed sources ("analysts said", "people familiar with the matter said", a title
without its holder) that are not annotated: the end of merger talks between two carmakers, a
German federal election, an EU top-court tax ruling against a tech firm, a U.S.-China tariff
truce, a Marburg outbreak and vaccine trial in Rwanda, a drilling licence near the Amazon
mouth, Vietnam's north-south high-speed railway, Barcelona's end of tourist-flat licences, Swiss
capital rules for a bank, a chipmaker's union strike, a cricket hosting compromise, a university
funding freeze. Two are in formats earlier sets lack: a fact-check with CLAIM / VERDICT / THE
FACTS labels and a "RELATED" line, and a government readout of a leaders' phone call with a
"From:" line and a "Published" line. Real institutions, companies, places and office holders;
the events are modelled on real ones but details, quotations and many figures are invented or
approximate and must not be read as reporting (no invented person is named). Every brief states
its own date: ``published`` = ``reference_date``.

Markup (as sets 6-16):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
  statements beside each text as ``(speaker, cue, content, quote)``: the content is found in the
  unmarked text (it must occur once), and its ``figures`` are the spans of the gold figures that
  lie inside it (none may straddle its edge);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets and, through ``case_marks``, asserts ``text[start:end] == span``
for every item, order and no overlap, known types/kinds, ISO 4217 codes (the list in
``case_marks.py`` extended by one real code the figure cases need: PYG), ``%``/``pp``, unit
symbols, count nouns, ISO 8601 date values, weekday spans on their weekday, ``published`` =
``reference_date`` and a date span with that value, unique ids (prefix ``own17-``) and texts,
and that ``shared/eval/score.py F F`` gives 1.000 in every section of each file, statements and
their figure attribution included (the shared scorer, run with ``python3``, not briefx). This
script adds: 150-230 words per brief; every statement's speaker is the canonical name of an
entity of its brief, its content does not begin or end with a space, quote mark or full stop
it should leave out, a quoted content sits between quote marks; the ISO week of every
this/last/next-week date case; every relative weekday date case recomputed from its reference
date; "N days from tomorrow" recomputed.

Run from the project root: ``python3 eval/build_own17_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md, eval/README.md and the set 15-16 builders are silent (applied
throughout):
- Entities: a firm's legal form in the span and out of ``name`` (as set 16); "the EU" and "European
  Union" ORG (as the earlier builders); a party by its own name or its members' plural
  ("Social Democrats") ORG; a bloc's "sister party", "the Federal Returning Officer", "Finance
  Minister", "the city council", "the assembly", "the state", "the government" and other titles
  or lower-case generic words untagged; a hospital that treats patients ORG (set 16); social
  platforms PRODUCT; a basin before lower-case "basin" LOC with the word outside the span; a
  street FAC; "King" outside the PERSON span; a disease named after a place untagged; a summit's
  short name EVENT; "COP30" EVENT; the "Ivy League" ORG; a sports board's acronym ORG; a league
  and a franchise club ORG, their stadium FAC; "the same day" after a dated event a date.
- Statements: an organisation named by a role noun ("the company", "the bank", "the newspaper",
  "the Luxembourg-based court", "the Ivy League school", "the union") speaks as itself; "a
  spokesperson for the department" speaks for the named department; "Analysts at X", "Economists
  at X" speak as X; "is demanding" and "called on" are cues with an object content
  ("demand", "call on"), "warned against" keeps "against" in the cue; a headline that
  summarises, "declined to comment", "praised the decision", "agreed a compromise", "agreed to
  several demands" and joint acts of two leaders are no statements.
- Figures: "$" by the dateline's country; the ordinal of "third-largest" and the count of
  "eight-team" on the number alone; "up to 10 billion barrels" a quantity in ``bbl``; a fraction
  of a group ("roughly a quarter") untagged; a count noun left out and plain from the text
  restored ("427 voted" -> lawmaker, "208 of the 630 seats" -> seat).
- Dates: "eight years ago" the year; "the year to March" the twelve months to March; "earlier this
  year" the year, the hedge inside the span; "Easter", "Independence Day", "Australia Day" and
  "Boxing Day" as days when an event falls on them; "this afternoon", "about five hours" and
  other sub-day spans untagged; "five-year", "three-day", "55-year" durations; "from 2024 to 2027"
  and "from February 19 to March 9" one span with "from"; "last month" the month before.
- Date cases: see the comments at each case. Australia's financial year runs July-June. Negatives:
  a firm named like a weekday, a clock time, a habitual "each April", a "year-on-year" modifier,
  a vague "in recent months".
- Figure cases: "three quarters of an inch" 0.75 in; "1⅓ metres" 1.3333333333 m; Indian, space
  and dot digit groups; "NZ$2mn", "PHP 850M", "MXN 4.1trn"; "₲" PYG; "$4 and 50 cents" in an
  Australian text 4.5 AUD; "6 feet 3 inches" 6.25 ft; "9 pounds 8 ounces" 9.5 lb; "44 °C";
  "320 million cubic metres" m3; "25 basis points" 0.25 pp; "60-percent" %; "split four to three"
  two numbers. Negatives: an article citation, a scale word as a class adjective, a vague
  "Hundreds", a "Line 2" designation.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

import case_marks
from case_marks import build_brief
from heldout_build import add_statements, write_briefs, write_cases
from own17_heldout_briefs_a import BRIEFS_A
from own17_heldout_briefs_b import BRIEFS_B

# One real ISO 4217 code the figure cases need beyond the list in case_marks.py.
case_marks.ISO_4217.update({"PYG"})

TAG = "own17"
SOURCE_BRIEFS = (
    "own17: written and annotated by hand for briefx (held-out set 17, session 20) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders, events "
    "modelled on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own17: short cases written and annotated by hand for briefx (held-out set 17, session 20) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # U.S. Labor Day 2025 is Monday 1 September; three days after it is 4 September.
        ("2025-08-25", "Chicago's school year starts [three days after Labor Day|2025-09-04]."),
        # Wednesday 13 March 2024; next week's Thursday is 21 March.
        ("2024-03-13", "The Manila port authority meets [the Thursday of next week|2024-03-21]."),
        ("2025-10-07", "Chile's copper commission revises its forecast on [the 10th of next month|2025-11-10]."),
        # Wednesday 1 July 2026: the next three Saturdays are 4, 11 and 18 July.
        ("2026-07-01", "The Lima metro extension opens [three Saturdays from now|2026-07-18]."),
        # Two weeks after 16 September is 30 September.
        ("2024-09-02", "Auckland's rates rise takes effect [two weeks after the council vote on 16 September|2024-09-30]."),
        ("2025-11-03", "Uruguay's new port tariff is published in [the third week of 2026|2026-W03]."),
        # Tomorrow is 9 May 2024; ten days later is 19 May.
        ("2024-05-08", "Brisbane's new ferry terminal opens [10 days from tomorrow|2024-05-19]."),
    ],
    "range": [
        ("2025-03-03", "Santiago hosts the mining congress on [8-10 April|2025-04-08/2025-04-10]."),
        ("2024-11-11", "Jakarta's flood drills ran [between 2020 and 2023|2020/2023]."),
        ("2025-01-15", "The Auckland harbour bridge lane closures run [from this March to February 2027|2025-03/2027-02]."),
        # A U.S. text, month first.
        ("2024-10-21", "Houston's ballot survey ran [9/30/2024 - 10/11/2024|2024-09-30/2024-10-11]."),
        # Monday 16 June 2025, a future clause.
        ("2025-06-16", "Peru's central bank will be closed [Wednesday through Friday|2025-06-18/2025-06-20]."),
        # Hedged months keep the month, the hedges inside the span (sets 14-16).
        ("2026-02-09", "Bogotá's water rationing ran [from early April to late October last year|2025-04/2025-10]."),
        ("2024-07-01", "The Manila subway is planned for [2028–2032|2028/2032]."),
    ],
    "words": [
        ("2025-09-08", "The Bolivian lithium plant opened on [the fourteenth of August|2025-08-14]."),
        ("2024-04-22", "Peru's central bank was founded in [nineteen twenty-two|1922]."),
        ("2026-05-11", "The Sydney Opera House opened in [nineteen seventy-three|1973]."),
        ("2025-12-01", "The Jakarta stock exchange reopened in [August of '77|1977-08]."),
        ("2024-02-26", "The Canberra court ruled on [the ninth of February, two thousand twenty-four|2024-02-09]."),
    ],
    "period": [
        # Australia's financial year runs July-June.
        ("2025-11-20", "Canberra expects the budget deficit to narrow [this financial year|2025-07/2026-06]."),
        # The most recent completed quarter before 5 November 2024 is July-September.
        ("2024-11-05", "Chile's copper output rose in [the most recent quarter|2024-07/2024-09]."),
        ("2025-06-10", "Peru's pension bill passed in [April 2025|2025-04] and was amended [later that month|2025-04]."),
        # Tuesday 13 August 2024 is in W33.
        ("2024-08-26", "The Manila summit opened on [Tuesday 13 August|2024-08-13]; officials had met [earlier that week|2024-W33]."),
        ("2025-10-01", "Indonesian coal exports fell in [the first nine months of 2025|2025-01/2025-09]."),
        ("2026-03-02", "Colombia's coffee exports rose in [the 12 months to January|2025-02/2026-01]."),
        ("2025-05-14", "New Zealand's dairy prices peaked in [the fourth quarter of last year|2024-10/2024-12]."),
        ("2025-01-13", "Argentina's inflation eased in [the second half of 2024|2024-07/2024-12]."),
    ],
    "weekday": [
        # Wednesday 17 September 2025: a past and a future clause.
        ("2025-09-17", "Chile's senate debated the pension bill on [Tuesday|2025-09-16]."),
        ("2025-09-17", "Chile's senate will vote on the pension bill on [Tuesday|2025-09-23]."),
        # Friday 26 April 2024: a scheduled event, future.
        ("2024-04-26", "Peru's economy minister presents the fiscal plan on [Wednesday|2024-05-01]."),
        # Monday 10 August 2026, a past clause.
        ("2026-08-10", "Manila dock workers walked out on [Thursday|2026-08-06]."),
        # Thursday 3 October 2024.
        ("2024-10-03", "Ferries from Wellington resume [this Sunday|2024-10-06]."),
        ("2025-11-24", "Quito's book fair opened on [Friday, November 14|2025-11-14]."),
        # Wednesday 29 January 2025.
        ("2025-01-29", "Jakarta's airport reopened [last Saturday|2025-01-25]."),
    ],
    "month-tense": [
        ("2025-03-20", "Chile's wine exports fell in [December|2024-12]."),
        ("2025-03-20", "Chile's new wine levy starts in [December|2025-12]."),
        ("2024-08-14", "Uruguay will hold its presidential runoff on [November 24|2024-11-24]."),
        ("2026-02-12", "The Lima port strike ended on [January 28|2026-01-28]."),
        ("2025-07-21", "Peru's congress will approve the next budget in [February|2026-02]."),
    ],
    "duration": [
        ("2024-05-20", "Bolivia's new mining concessions are valid for [three decades|P30Y]."),
        ("2025-09-29", "Repairs to the Panama Canal lock will take [up to eight weeks|P8W]."),
        # Two durations, the unit of the first taken from the second (issue 14).
        ("2026-04-06", "The Quito cable car will be shut for between [four|P4M] and [seven months|P7M]."),
        ("2024-11-18", "Chile signed a [30-year|P30Y] lithium supply deal."),
        ("2025-04-28", "The Manila jeepney strike lasted [almost two weeks|P2W]."),
        ("2024-08-05", "Bali's moratorium on new hotels runs for [two years|P2Y]."),
    ],
    "holiday": [
        # Peru's Independence Day is 28 July.
        ("2025-07-14", "Peruvian banks close on [Independence Day|2025-07-28]."),
        # Australia Day is 26 January.
        ("2024-01-15", "Sydney's harbour fireworks return on [Australia Day|2024-01-26]."),
        # Mexico's Independence Day is 16 September.
        ("2025-09-10", "Mexico City's central square will be closed on [Independence Day|2025-09-16]."),
        # Boxing Day is 26 December.
        ("2025-11-20", "Toronto malls open early on [Boxing Day|2025-12-26]."),
    ],
    "week": [
        # Wednesday 5 February 2025 is in W06.
        ("2025-02-05", "Copper prices in Santiago rose [last week|2025-W05]."),
        # Monday 29 December 2025 is in W01 of 2026.
        ("2025-12-29", "The Jakarta exchange closes early [this week|2026-W01]."),
        # Friday 14 June 2024 is in W24.
        ("2024-06-14", "Peruvian fishmeal shipments resume [next week|2024-W25]."),
    ],
    "season": [
        ("2024-03-25", "Vancouver's SeaBus adds sailings [this summer|2024-06/2024-08]."),
        ("2025-08-11", "Quebec City's tramway was due to open in [autumn 2025|2025-09/2025-11]."),
        ("2026-04-13", "Montreal's snow removal budget ran out [last winter|2025-12/2026-02]."),
    ],
    "negative": [
        ("2025-04-07", "Monday.com opened a new office in Sydney."),
        ("2024-09-09", "The Lima fish market opens at 4:30 a.m."),
        ("2025-06-23", "Peru's anchovy season opens each April."),
        ("2026-01-19", "Rents in Santiago rose sharply year-on-year."),
        ("2024-10-14", "Bolivia's fuel shortages have worsened in recent months."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 2): "next-week",
    ("composition", 4): "third-next",
    ("range", 5): "next",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "next",
    ("weekday", 4): "prev",
    ("weekday", 5): "next",
    ("weekday", 7): "prev",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The Lima half marathon drew [six thousand three hundred and twelve|count|6312|runner] runners.",
        "Chile vaccinated [two and a half million|count|2500000|child] children against flu.",
        "The new runway in Quito is [three point two kilometres|quantity|3.2|km] long.",
        "[Fourteen hundred|count|1400|household] households left the Cauca valley.",
        "A Santiago court fined the miner [eighty million Chilean pesos|money|80000000|CLP].",
    ],
    "fractions": [
        "The Auckland rain gauge recorded [three quarters of an inch|quantity|0.75|in] of rain.",
        "The coastal path north of Lima is [4 1/2 miles|quantity|4.5|mi] long.",
        "Mortgage rates in Sydney reached [6¾%|percent|6.75|%].",
        "The old aqueduct in Quito is [1⅓ metres|quantity|1.3333333333|m] wide.",
        "Chilean avocado yields rose by [two and three-quarter tonnes|quantity|2.75|t] per hectare.",
    ],
    "grouping": [
        "The Jakarta survey counted [85 000|count|85000|household] households.",
        "The Mumbai charity raised [Rs 7,25,000|money|725000|INR] for flood relief.",
        "The Santiago laboratory sequenced [1,048,576|count|1048576|sample] samples.",
        "Colombia's budget set aside [COP 1.250.000.000|money|1250000000|COP] for rural roads.",
        "Peru's census counted [33 726 000|count|33726000|person] people.",
    ],
    "scale": [
        "Chile's copper stabilisation fund reached [US$9.4bn|money|9400000000|USD].",
        "The Jakarta utility posted a profit of [IDR 21.3 trillion|money|21300000000000|IDR].",
        "The Auckland water bond raised [NZ$2mn|money|2000000|NZD].",
        "The Manila start-up raised [PHP 850M|money|850000000|PHP].",
        "Mexico's central bank holds reserves worth [MXN 4.1trn|money|4100000000000|MXN].",
    ],
    "currency": [
        "A taxi from Lima airport costs [60 Peruvian soles|money|60|PEN].",
        "The Quito parking fine was [forty US dollars|money|40|USD].",
        "A coffee in Asunción costs [₲15,000|money|15000|PYG].",
        "Entry to the Jakarta museum costs [IDR 50,000|money|50000|IDR].",
        "A bus ticket in Santiago costs [800 Chilean pesos|money|800|CLP].",
        "A stamp for a letter from Manila costs [₱45|money|45|PHP].",
    ],
    "two-unit": [
        "A loaf of bread in Sydney costs [$4 and 50 cents|money|4.5|AUD].",
        "The Chilean goalkeeper is [6 feet 3 inches|quantity|6.25|ft] tall.",
        "The largest trout caught in Lake Taupo weighed [9 pounds 8 ounces|quantity|9.5|lb].",
    ],
    "units": [
        "The Amazon rose [4.6 metres|quantity|4.6|m] at Iquitos.",
        "The Panama Canal is [82 kilometres|quantity|82|km] long.",
        "The Chilean solar park will have [480 megawatts|quantity|480|MW] of capacity.",
        "The thermometer in Alice Springs hit [44 °C|quantity|44|°C].",
        "The Lima reservoir holds [320 million cubic metres|quantity|320000000|m3].",
    ],
    "comparator": [
        "[Almost 7,000|count|7000|migrant] migrants crossed the Darién Gap.",
        "[No more than 80|count|80|seat] seats remain for the Lima summit.",
        "[Below 45%|percent|45|%] of registered Colombians voted.",
        "[Well over 3,000|count|3000|worker] workers struck at the port of Callao.",
    ],
    "range": [
        "Rice prices in Manila rose between [5%|percent|5|%] and [7%|percent|7|%].",
        "The new Lima metro line will cost [$4|money|4000000000|USD] to [$5 billion|money|5000000000|USD].",
        "Hailstones in Santiago were [2|quantity|2|cm]-[3 cm|quantity|3|cm] across.",
        "Mangoes in Lima sold for [5|money|5|PEN] to [7 soles|money|7|PEN] a kilo.",
    ],
    "percent": [
        "Chile's inflation reached [4.9 percent|percent|4.9|%].",
        "Peru's central bank cut its policy rate by [25 basis points|percent|0.25|pp].",
        "[Thirty-eight percent|percent|38|%] of Paraguayans live around Asunción.",
        "Turnout in Quito fell [1.7 percentage points|percent|1.7|pp].",
        "A [60-percent|percent|60|%] tariff now applies to imported tyres in Bogotá.",
    ],
    "ordinal": [
        "The Lima book fair marks its [twenty-ninth|ordinal|29] edition.",
        "The Chilean cyclist finished [2nd|ordinal|2] in Bogotá.",
        "The Jakarta firm is Indonesia's [47th|ordinal|47] largest employer.",
        "The Manila bank opened its [first|ordinal|1] branch in Cebu.",
    ],
    "tally": [
        "Chile's Senate voted [31|number|31]-[12|number|12] for the pension bill.",
        "Peru beat Bolivia [3|number|3]–[1|number|1] in Lima.",
        "The Quito court split [four|number|4] to [three|number|3].",
    ],
    "approximate": [
        "[Around 2 million|count|2000000|pilgrim] pilgrims visited the Basilica of Guadalupe.",
        "[Roughly 900,000|count|900000|visitor] visitors went to Machu Picchu.",
    ],
    "negative": [
        "Article 19(3) of the Peruvian mining law was amended.",
        "A billion-dollar tower opened in Santiago.",
        "Hundreds of miners marched in La Paz.",
        "The Lima Metro Line 2 opened to passengers.",
    ],
}

WEEKDAY_NAMES = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


def _weekday_value(rule: str, ref: dt.date, span: str) -> str:
    day = next(i for i, w in enumerate(WEEKDAY_NAMES) if w in span.upper())
    first = ref + dt.timedelta(days=(day - ref.weekday()) % 7 or 7)
    if rule == "next":
        return first.isoformat()
    if rule == "prev":
        return (ref - dt.timedelta(days=(ref.weekday() - day) % 7 or 7)).isoformat()
    if rule == "next-week":
        monday = ref - dt.timedelta(days=ref.weekday() - 7)
        return (monday + dt.timedelta(days=day)).isoformat()
    if rule == "third-next":
        return (first + dt.timedelta(weeks=2)).isoformat()
    raise AssertionError(rule)


def check_extra() -> None:
    """Word range of the briefs, ISO weeks, relative weekdays and day offsets of the date cases."""
    for cid, _family, _ref, _pub, marked, _st in BRIEFS:
        text = re.sub(r"\[\[([^\]|]+)\|[^\]]+\]\]", r"\1", marked)
        words = len(text.split())
        assert 150 <= words <= 230, (cid, words)
    for family, items in DATE_CASES.items():
        for i, (ref, marked) in enumerate(items, 1):
            day = dt.date.fromisoformat(ref)
            marks = re.findall(r"\[([^\]|]+)\|([^\]|]+)\]", marked)
            for span, value in marks:
                shift = {"this week": 0, "last week": -1, "next week": 1}.get(span)
                if shift is not None:
                    y, w, _ = (day + dt.timedelta(weeks=shift)).isocalendar()
                    assert value == f"{y}-W{w:02d}", (marked, value)
                if m := re.fullmatch(r"(\d+) days from tomorrow", span):
                    assert value == (day + dt.timedelta(days=1 + int(m[1]))).isoformat(), (marked, value)
            rule = WEEKDAY_CHECKS.get((family, i))
            if rule:
                for span, value in marks:
                    parts = value.split("/")
                    words = [w for w in WEEKDAY_NAMES if w in span.upper()]
                    for part, w in zip(parts, sorted(words, key=span.upper().find), strict=True):
                        assert part == _weekday_value(rule, day, w), (marked, part, rule)


def main() -> None:
    check_extra()
    built = []
    for b in BRIEFS:
        case = build_brief(b[:5], SOURCE_BRIEFS)
        assert case["id"].startswith(f"{TAG}-ho-"), case["id"]
        assert case["published"] == case["reference_date"], case["id"]
        assert any(d["value"] == case["published"] for d in case["dates"]), case["id"]
        built.append(add_statements(case, b[5]))
    write_briefs(TAG, built)
    write_cases(TAG, DATE_CASES, FIGURE_CASES, SOURCE_CASES)


if __name__ == "__main__":
    main()
    sys.exit(0)
