"""Build the eighteenth held-out set: eval/own18-briefs-heldout.jsonl, own18-dates-heldout.jsonl and
own18-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 21 by a helper session that neither read nor ran briefx (no code, tests,
models, samples or venv; no NLP tool was run on the texts) and opened no ``*.jsonl`` file under
``eval/`` or ``shared/eval/`` other than the three it writes. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section), ``FORMAT.md`` and ``eval/README.md`` (its table and its
sections on sets 16 and 17) it read only ``build_own17_heldout.py`` (for the file format, markup
and checks; its structure is reused here), ``case_marks.py``, ``date_marks.py``, ``entity_marks.py``,
the docstring and first cases of ``build_own_statements_dev3.py`` (the statements' format only),
and issue 14 (for the date and figure families). The texts were written by hand for this set and
annotated inline while writing, by ``ANNOTATION.md`` and the readings that README quotes; where all
are silent, the choice is listed below. The marked texts of the briefs and their statements are in
``own18_heldout_briefs_a.py`` and ``own18_heldout_briefs_b.py`` (beside this script).

Briefs: 2024-2025 news of kinds, topics and regions that sets 1-17 did not have. Eleven are
ordinary newswire prose as users paste it, with sources who say, tell, add, warn, urge, argue,
advise, estimate, report, write, deny or call for things, by name, pronoun, surname or role noun
("the institute", "the court", "the league", "the carrier"), and some unnamed sources ("prosecutors
alleged", "diplomats said", "analysts said", "election observers said", "people familiar with
the matter said") that are not annotated: Kenya cancelling airport and power-line deals with an Indian
conglomerate after a U.S. indictment, Mexico's first judicial election, a Brazilian Supreme Court
suspension of a social network, a Court of Appeal ruling on a London water utility's emergency
loan, the first petrol from a Nigerian refinery, Japan's release of stockpiled rice, Indonesia's
new sovereign wealth fund and a market fall, engine checks on an airline's A350 fleet in Hong
Kong, a chikungunya outbreak in Foshan, a Premier League sponsorship-rules tribunal, aid after the
Valencia floods. Three are in formats earlier sets lack: a television news script with slug,
transmission and running-time lines and ANCHOR / VO / REPORTER labels (a hikoi to Wellington), a
U.S. Form 8-K current report with cover lines and numbered items (a chief-executive change), and a
UK Supreme Court press summary with a case name, a JUSTICES line and labelled sections (a planning
appeal). Real institutions, companies, places and office holders; the events are modelled on real
ones but details, quotations and many figures are invented or approximate and must not be read
as reporting (no invented person is named). Every brief states its own date: ``published`` =
``reference_date``.

Markup (as sets 6-17):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
  statements beside each text as ``(speaker, cue, content, quote)``: the content is found in the
  unmarked text (it must occur once), and its ``figures`` are the spans of the gold figures that
  lie inside it (none may straddle its edge);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets and, through ``case_marks``, asserts ``text[start:end] == span``
for every item, order and no overlap, known types/kinds, ISO 4217 codes (the list in
``case_marks.py`` is enough), ``%``/``pp``, unit symbols, count nouns, ISO 8601 date values,
weekday spans on their weekday, ``published`` = ``reference_date`` and a date span with that
value, unique ids (prefix ``own18-``) and texts, and that ``shared/eval/score.py F F`` gives 1.000
in every section of each file, statements and their figure attribution included (the shared
scorer, run with ``python3``, not briefx). This script adds: 150-230 words per brief; every
statement's speaker is the canonical name of an entity of its brief, its content does not begin
or end with a space, quote mark or full stop it should leave out, a quoted content sits between
quote marks; the ISO week of every this/last/next-week date case and of "week N"; every relative
weekday date case recomputed from its reference date; "N weeks from today" recomputed.

Run from the project root: ``python3 eval/build_own18_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md, eval/README.md and the set 16-17 builders are silent (applied
throughout):
- Entities: a firm's legal form in the span and out of ``name`` ("Ltd", "Co.", ", Inc.", as sets
  16-17); a party ORG, its name by its Wikipedia title ("Morena (political party)"); "the
  Cabinet", "the government", "the regional parliament", "the justice committee", "the Board" (a
  company's board) and titles without their holder untagged; "Parliament" meaning a named
  national parliament ORG; a capitalised defined term ("the \u201cCompany\u201d") ORG, the filer; a
  social platform PRODUCT and its operator ORG ("X" / "X Corp"); an engine variant PRODUCT under
  its family name; "Airbus A350" PRODUCT as a modifier; honorifics and peerage titles ("Sir",
  "Sheikh", "King", "Lord", "Lady") outside the PERSON span, the name the Wikipedia title of the
  peer; a treaty and a bill LAW ("Treaty of Waitangi", "Treaty" alone after it, "Treaty
  Principles Bill", "Football Governance Bill"), a named regulation LAW, also in a form's item
  heading ("Regulation FD"); an all-capitals agency or company name in a filing's cover lines
  tagged with its canonical name; parties to a case name tagged ("R" untagged); a place before a
  lower-case "area" or "region" with the word outside the span; a refinery's full capitalised
  name FAC; a street in capitals FAC; "Parliament Buildings" FAC; "U.S." inside an agency's or
  chamber's name one ORG span ("U.S. State Department", as the earlier sets mark "U.S. Food and
  Drug Administration").
- Statements: an organisation named by a role noun speaks as itself; "Analysts at X" speak as X
  (set 17); "data from the ministry showed" speaks for the ministry (cue "show"); "deny" with a
  noun content ("denies wrongdoing"); "would have held" keeps the lemma "hold" (a modal cue);
  a court's press summary ("The court holds") speaks for the court; "both claimed victory",
  "declined to comment", "welcomed the result", "apologised" and the joint "reached an agreement"
  no statements; a quotation whose attribution follows with a colon ("said: \u201c...\u201d") keeps its
  final full stop (a whole sentence).
- Figures: "$" in a Kenyan, Brazilian or Nigerian text USD; "HK$" HKD; an exchange rate "19.2 pesos
  per dollar" money in the first currency with the rate outside; "a first such release", "its
  second reading" ordinals; "as much as 3.1%" the modifier inside; a vote "68 votes to 53" two
  numbers; zip codes, form and item numbers, running times and clock times untagged.
- Dates: "nine days ago" the day; "later this month" the month; "early July" the month, the hedge
  inside; "today" in a broadcast script the script's date, "tonight" untagged (shorter than a
  day); "this week" the ISO week; "over five years", "over 20 years", "over eight years",
  "in a year" durations; "at least seven days" a duration with its hedge inside; "every six
  months" and "every night" untagged (frequency); "in eight hours" untagged (sub-day).
- Date cases: see the comments at each case. South Africa's financial year runs April-March.
  Negatives: a firm named like a month, a clock time, a habitual "every Tuesday", a "12-month"
  rate modifier, a vague "in the coming weeks".
- Figure cases: "three eighths of an inch" 0.375 in; "2\u2154 metres" 2.6666666667 m; "5 feet 7 inches"
  5.5833333333 ft; "42 pounds 4 ounces" 42.25 lb; "$3 and 25 cents" in a Toronto text 3.25 CAD;
  Indian, space and dot digit groups; "R2.5bn" and "R15" ZAR; "\u20a6" NGN; "225 basis points" 2.25
  pp; "split five to two" two numbers. Negatives: a section citation, a scale word as a class
  adjective, a vague "Thousands", a "Line 3" designation.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

from case_marks import build_brief
from heldout_build import (
    WEEKDAY_NAMES,
    add_statements,
    include_modifiers,
    write_briefs,
    write_cases,
)
from heldout_build import weekday_value as _weekday_value
from own18_heldout_briefs_a import BRIEFS_A
from own18_heldout_briefs_b import BRIEFS_B

TAG = "own18"
SOURCE_BRIEFS = (
    "own18: written and annotated by hand for briefx (held-out set 18, session 21) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders, events "
    "modelled on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own18: short cases written and annotated by hand for briefx (held-out set 18, session 21) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Easter Sunday 2025 is 20 April; four days later is 24 April.
        ("2025-05-12", "The Tema port strike began [four days after Easter|2025-04-24]."),
        # Wednesday 16 October 2024; next week's Tuesday is 22 October.
        ("2024-10-16", "The Nairobi bourse reviews its listing rules [the Tuesday of next week|2024-10-22]."),
        ("2025-01-20", "Morocco's central bank publishes its survey on [the 15th of next month|2025-02-15]."),
        # Wednesday 4 March 2026: the next two Fridays are 6 and 13 March.
        ("2026-03-04", "The Lagos ferry service resumes [two Fridays from now|2026-03-13]."),
        ("2024-04-08", "Kenya's budget goes to parliament [a month before the deadline of 30 June|2024-05-30]."),
        # "week 45" takes the reference date's year.
        ("2025-09-15", "Tunisia's new port tariff takes effect in [week 45|2025-W45]."),
        ("2024-12-02", "Dakar's new airport terminal opens [three weeks from today|2024-12-23]."),
    ],
    "range": [
        ("2025-05-05", "Cairo hosts the water forum on [14-16 June|2025-06-14/2025-06-16]."),
        ("2024-08-19", "Ethiopia's coffee exports rose [between 2019 and 2022|2019/2022]."),
        ("2025-02-10", "The Casablanca tram works run [from this May to September 2026|2025-05/2026-09]."),
        ("2024-11-25", "Lagos bus fares were frozen [2024-03-01 to 2024-03-31|2024-03-01/2024-03-31]."),
        # Monday 10 November 2025, a future clause.
        ("2025-11-10", "Kenya's parliament will sit [Tuesday through Thursday|2025-11-11/2025-11-13]."),
        # Hedged months keep the month, the hedges inside the span (sets 14-17).
        ("2026-01-12", "Accra's power cuts lasted [from mid-March to late May last year|2025-03/2025-05]."),
        ("2024-06-03", "The Addis Ababa light rail extension is planned for [2027\u20132029|2027/2029]."),
    ],
    "words": [
        ("2025-10-06", "Senegal's offshore oil field started pumping on [the eleventh of June|2025-06-11]."),
        ("2024-03-18", "The Suez Canal opened in [eighteen sixty-nine|1869]."),
        ("2026-06-15", "Ghana became independent in [nineteen fifty-seven|1957]."),
        ("2025-04-14", "The Nairobi stock exchange was founded in [May of '54|1954-05]."),
        ("2024-09-30", "The Rabat court ruled on [the second of September, two thousand twenty-four|2024-09-02]."),
    ],
    "period": [
        ("2025-09-22", "Kenya's tea earnings rose in [the first half of 2025|2025-01/2025-06]."),
        # The most recent completed quarter before 15 July 2024 is April-June.
        ("2024-07-15", "Nigeria's crude output fell in [the most recent quarter|2024-04/2024-06]."),
        ("2025-12-08", "Morocco's rail bill passed in [October 2025|2025-10] and was signed [later that month|2025-10]."),
        # Thursday 9 May 2024 is in W19.
        ("2024-05-20", "The Cairo summit ended on [Thursday 9 May|2024-05-09]; ministers had arrived [earlier that week|2024-W19]."),
        ("2026-02-16", "Ghana's gold exports rose in [the 12 months to December|2025-01/2025-12]."),
        # South Africa's financial year runs April-March.
        ("2025-04-28", "South Africa's budget deficit is forecast to narrow [this financial year|2025-04/2026-03]."),
        # A quarter without a year takes the reference date's year.
        ("2024-10-21", "Tanzania's tourism revenue rose in [the third quarter|2024-07/2024-09]."),
        ("2025-06-30", "Uganda's coffee exports hit a record in [the first five months of the year|2025-01/2025-05]."),
    ],
    "weekday": [
        # Wednesday 16 April 2025: a past and a future clause.
        ("2025-04-16", "Kenya's senate debated the finance bill on [Monday|2025-04-14]."),
        ("2025-04-16", "Kenya's senate will vote on the finance bill on [Monday|2025-04-21]."),
        # Friday 9 February 2024: a scheduled event, future.
        ("2024-02-09", "Ghana's finance minister presents the mid-year review on [Tuesday|2024-02-13]."),
        # Monday 14 September 2026, a past clause.
        ("2026-09-14", "Tunis bus drivers walked out on [Friday|2026-09-11]."),
        # Wednesday 3 July 2024.
        ("2024-07-03", "Ferries from Dar es Salaam resume [this Saturday|2024-07-06]."),
        ("2025-12-15", "The Marrakech film festival closed on [Saturday, December 6|2025-12-06]."),
        # Wednesday 20 August 2025.
        ("2025-08-20", "Cairo's metro line reopened [last Sunday|2025-08-17]."),
    ],
    "month-tense": [
        ("2025-02-18", "Ghana's cocoa arrivals fell in [November|2024-11]."),
        ("2025-02-18", "Ghana's new cocoa levy takes effect in [November|2025-11]."),
        ("2024-09-10", "Senegal will hold its legislative election on [November 17|2024-11-17]."),
        ("2026-03-11", "The Durban port strike ended on [February 25|2026-02-25]."),
        ("2025-08-04", "Nigeria's senate will pass the tax bills in [January|2026-01]."),
    ],
    "duration": [
        ("2024-06-24", "Ghana's new gold leases are valid for [two decades|P20Y]."),
        ("2025-10-13", "Repairs to the Kariba dam wall will take [up to nine months|P9M]."),
        # Two durations, the unit of the first taken from the second (issue 14).
        ("2026-05-04", "The Nairobi expressway will be partly shut for between [three|P3W] and [five weeks|P5W]."),
        ("2024-12-09", "Egypt signed a [25-year|P25Y] gas supply deal."),
        ("2025-03-31", "The Lagos fuel queues lasted [nearly a fortnight|P2W]."),
        ("2024-08-26", "Zambia's power rationing runs for [18 months|P18M]."),
    ],
    "holiday": [
        # South Africa's Freedom Day is 27 April.
        ("2025-04-14", "Johannesburg's banks close on [Freedom Day|2025-04-27]."),
        # Kenya's Madaraka Day is 1 June.
        ("2024-05-20", "Nairobi's new stadium opens on [Madaraka Day|2024-06-01]."),
        # Christmas Eve is 24 December.
        ("2025-11-24", "Accra's malls stay open late on [Christmas Eve|2025-12-24]."),
        # Nigeria's Independence Day is 1 October.
        ("2024-09-16", "Lagos will hold a parade on [Independence Day|2024-10-01]."),
    ],
    "week": [
        # Wednesday 12 March 2025 is in W11.
        ("2025-03-12", "Gold prices in Johannesburg fell [last week|2025-W10]."),
        # Monday 30 December 2024 is in W01 of 2025.
        ("2024-12-30", "The Nairobi bourse closes early [this week|2025-W01]."),
        # Friday 19 June 2026 is in W25.
        ("2026-06-19", "Kenyan tea auctions resume [next week|2026-W26]."),
    ],
    "season": [
        ("2025-02-03", "Tunis's new ferry adds sailings [this spring|2025-03/2025-05]."),
        ("2024-09-16", "Rabat's tram extension was due to open in [summer 2024|2024-06/2024-08]."),
        ("2026-04-20", "Cairo's gas shortages eased [last winter|2025-12/2026-02]."),
    ],
    "negative": [
        ("2025-07-07", "March Networks opened a new office in Nairobi."),
        ("2024-11-04", "The Accra fish market opens at 5:15 a.m."),
        ("2025-05-26", "Kenya's tea auction is held every Tuesday."),
        ("2026-02-02", "Moroccan exports rose at a 12-month rate of 5%."),
        ("2024-10-28", "Zambia's power cuts should ease in the coming weeks."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 2): "next-week",
    ("composition", 4): "second-next",
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
        "The Nairobi marathon drew [four thousand two hundred and seven|count|4207|runner] runners.",
        "Ghana vaccinated [one and a half million|count|1500000|child] children against measles.",
        "The new Accra runway is [three point four kilometres|quantity|3.4|km] long.",
        "[Twelve hundred|count|1200|family] families left the Tana delta.",
        "A Lagos court fined the bank [two hundred million naira|money|200000000|NGN].",
    ],
    "fractions": [
        "The Kampala rain gauge recorded [three eighths of an inch|quantity|0.375|in] of rain.",
        "The new Dakar cycle path is [7 1/2 miles|quantity|7.5|mi] long.",
        "Mortgage rates in Johannesburg reached [11\u00be%|percent|11.75|%].",
        "The old city wall of Fez is [2\u2154 metres|quantity|2.6666666667|m] thick.",
        "Kenyan tea yields rose by [one and a quarter tonnes|quantity|1.25|t] per hectare.",
    ],
    "grouping": [
        "The Kampala survey counted [72 000|count|72000|household] households.",
        "The Pune charity raised [\u20b912,50,000|money|1250000|INR] for a school in Nairobi.",
        "The Cairo laboratory tested [2,097,152|count|2097152|sample] samples.",
        "Senegal's budget set aside [XOF 3.500.000.000|money|3500000000|XOF] for rural clinics.",
        "Ethiopia's census counted [126 527 000|count|126527000|person] people.",
    ],
    "scale": [
        "Nigeria's sovereign fund reached [US$3.1bn|money|3100000000|USD].",
        "The Nairobi utility posted a profit of [KES 30.1 billion|money|30100000000|KES].",
        "The Cape Town water bond raised [R2.5bn|money|2500000000|ZAR].",
        "The Lagos start-up raised [NGN 900M|money|900000000|NGN].",
        "Egypt's central bank holds reserves worth [EGP 2.3trn|money|2300000000000|EGP].",
    ],
    "currency": [
        "A taxi from Accra airport costs [150 Ghanaian cedis|money|150|GHS].",
        "The Nairobi parking fine was [three thousand Kenyan shillings|money|3000|KES].",
        "A coffee in Casablanca costs [25 dirhams|money|25|MAD].",
        "Entry to the Addis Ababa museum costs [ETB 200|money|200|ETB].",
        "A bus ticket in Johannesburg costs [R15|money|15|ZAR].",
        "A stamp for a letter from Lagos costs [\u20a6500|money|500|NGN].",
    ],
    "two-unit": [
        "A loaf of bread in Toronto costs [$3 and 25 cents|money|3.25|CAD].",
        "The Kenyan runner is [5 feet 7 inches|quantity|5.5833333333|ft] tall.",
        "The largest Nile perch caught in Lake Victoria weighed [42 pounds 4 ounces|quantity|42.25|lb].",
    ],
    "units": [
        "The Nile rose [3.8 metres|quantity|3.8|m] at Khartoum.",
        "The Suez Canal is [193 kilometres|quantity|193|km] long.",
        "The Kenyan geothermal plant will have [140 megawatts|quantity|140|MW] of capacity.",
        "The thermometer in Aswan hit [49 \u00b0C|quantity|49|\u00b0C].",
        "Lake Nasser holds [162 billion cubic metres|quantity|162000000000|m3] of water.",
    ],
    "comparator": [
        "[Nearly 9,000|count|9000|migrant] migrants crossed from Libya.",
        "[At most 60|count|60|seat] seats remain for the Kigali summit.",
        "[Under 40%|percent|40|%] of registered Tunisians voted.",
        "[Well above 2,500|count|2500|worker] workers struck at the port of Durban.",
    ],
    "range": [
        "Maize prices in Nairobi rose between [8%|percent|8|%] and [11%|percent|11|%].",
        "The new Lagos rail line will cost [$2|money|2000000000|USD] to [$3 billion|money|3000000000|USD].",
        "Hailstones in Johannesburg were [3|quantity|3|cm]-[4 cm|quantity|4|cm] across.",
        "Mangoes in Accra sold for [10|money|10|GHS] to [15 cedis|money|15|GHS] a kilo.",
    ],
    "percent": [
        "Kenya's inflation reached [3.6 percent|percent|3.6|%].",
        "Egypt's central bank cut its policy rate by [225 basis points|percent|2.25|pp].",
        "[Forty-two percent|percent|42|%] of Senegalese live around Dakar.",
        "Turnout in Accra rose [2.3 percentage points|percent|2.3|pp].",
        "A [35-percent|percent|35|%] tariff now applies to imported cars in Lagos.",
    ],
    "ordinal": [
        "The Nairobi book fair marks its [twenty-sixth|ordinal|26] edition.",
        "The Ethiopian runner finished [3rd|ordinal|3] in Berlin.",
        "The Lagos firm is Nigeria's [12th|ordinal|12] largest employer.",
        "The Kigali bank opened its [first|ordinal|1] branch in Goma.",
    ],
    "tally": [
        "Kenya's Senate voted [43|number|43]-[9|number|9] for the finance bill.",
        "Ghana beat Nigeria [2|number|2]\u2013[0|number|0] in Accra.",
        "The Cairo court split [five|number|5] to [two|number|2].",
    ],
    "approximate": [
        "[About 3 million|count|3000000|pilgrim] pilgrims visited Touba.",
        "[Roughly 750,000|count|750000|visitor] visitors went to the pyramids of Giza.",
    ],
    "negative": [
        "Section 12(4) of the Kenyan mining act was amended.",
        "A million-dollar villa opened in Marrakech.",
        "Thousands of teachers marched in Nairobi.",
        "The Cairo Metro Line 3 opened to passengers.",
    ],
}


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
                words_n = {"two": 2, "three": 3, "four": 4, "five": 5}
                if m := re.fullmatch(r"(\w+) weeks from today", span):
                    assert value == (day + dt.timedelta(weeks=words_n[m[1]])).isoformat(), (marked, value)
                if m := re.fullmatch(r"week (\d+)", span):
                    assert value == f"{day.year}-W{int(m[1]):02d}", (marked, value)
            rule = WEEKDAY_CHECKS.get((family, i))
            if rule:
                for span, value in marks:
                    parts = value.split("/")
                    words = [w for w in WEEKDAY_NAMES if w in span.upper()]
                    for part, w in zip(parts, sorted(words, key=span.upper().find), strict=True):
                        assert part == _weekday_value(rule, day, w), (marked, part, rule)


def main() -> None:
    check_extra()
    built, widened = [], 0
    for b in BRIEFS:
        case = build_brief(b[:5], SOURCE_BRIEFS)
        assert case["id"].startswith(f"{TAG}-ho-"), case["id"]
        assert case["published"] == case["reference_date"], case["id"]
        assert any(d["value"] == case["published"] for d in case["dates"]), case["id"]
        # ANNOTATION.md: "A quantity modifier right before the number is included" in a figure's
        # span. The briefs' marks left it out; the lead applied the rule here, before any change of
        # briefx was scored on this set (heldout_build.MODIFIER lists the modifiers).
        widened += include_modifiers(case)
        built.append(add_statements(case, b[5]))
    print(f"{widened} figure spans widened over a quantity modifier (ANNOTATION.md)")
    write_briefs(TAG, built)
    write_cases(TAG, DATE_CASES, FIGURE_CASES, SOURCE_CASES)


if __name__ == "__main__":
    main()
    sys.exit(0)
