"""Build the sixteenth held-out set: eval/own16-briefs-heldout.jsonl, own16-dates-heldout.jsonl and
own16-figures-heldout.jsonl (FORMAT.md).

Written fresh in session 18 by a helper session that neither read nor ran briefx (no code, tests,
models, samples or venv; no NLP tool was run on the texts) and opened no ``*.jsonl`` file under
``eval/`` or ``shared/eval/`` other than the three it writes. Besides ``shared/eval/ANNOTATION.md``,
``FORMAT.md`` and ``eval/README.md`` (its table and its sections on sets 14 and 15) it read only
``build_own15_heldout.py`` (for the file format and markup), ``case_marks.py``, ``date_marks.py`` and
``entity_marks.py``, and issue 14 (for the date and figure families). The texts were written by
hand for this set and annotated inline while writing, by ``ANNOTATION.md`` and the readings that
README quotes; where all are silent, the choice is listed below. The marked texts of the briefs
are in ``own16_heldout_briefs_a.py`` and ``own16_heldout_briefs_b.py`` (beside this script).

Briefs: 2024-2025 news of kinds, topics and regions that sets 1-15 did not have. Eleven are
ordinary newswire prose as users paste it: a steel takeover closed after a U.S. security review,
Ecuador's presidential runoff, the first EU Digital Markets Act fines, the India-UK trade
agreement, a measles outbreak in West Texas, EU approval of state aid for Poland's first nuclear
plant, the opening of the Chenab rail bridge in Kashmir, a landfill collapse in Kampala, a
drugmaker's profit warning and new chief, a football club demoted from a UEFA competition over
multi-club ownership, and Canada's move to end a postal strike. Three are in formats earlier sets
lack: a weather agency's numbered social-media thread on a cyclone, a podcast episode's show notes
with timestamps, and a "chart of the day" with a parenthesised chart description and a source line.
Real institutions, companies, places and office holders; the events are modelled on real ones but
details, quotations and many figures are invented or approximate and must not be read as
reporting (no invented person is named). No ``statements`` key: statements are not scored for
this set. Every brief states its own date: ``published`` = ``reference_date``.

Markup (as sets 6-15):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets and, through ``case_marks.build_set``, asserts
``text[start:end] == span`` for every item, order and no overlap, known types/kinds, ISO 4217
codes (the list in ``case_marks.py`` extended by two real codes the figure cases need: TND, CRC),
``%``/``pp``, unit symbols, count nouns, ISO 8601 date values, that a full-date value of a span
naming a weekday falls on that weekday, that a brief's ``published`` equals its
``reference_date`` and is the value of one of its date spans, unique ids (prefix ``own16-``) and
texts, and that ``shared/eval/score.py F F`` gives 1.000 in every section of each file (the
shared scorer, run with ``python3``, not briefx). This script adds: 150-230 words per brief; the
ISO week of every "this/last/next week" date case from ``datetime``; that every relative weekday
date case resolves as ``WEEKDAY_CHECKS`` says; that a "N days from today" case is the reference
date plus N days.

Run from the project root: ``python3 eval/build_own16_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md, eval/README.md and the set 14-15 builders are silent (applied
throughout):
- Entities: a firm's legal form in the span and out of ``name`` ("Nippon Steel Corp" ->
  "Nippon Steel", "United States Steel Corporation" -> "U.S. Steel", "Taiwan Semiconductor
  Manufacturing Co." -> "TSMC"); apps, stores, drugs, a reactor design and a train model PRODUCT
  ("App Store", "Wegovy", "AP1000", "Vande Bharat"); a hospital that treats patients ORG; leagues
  ORG and cup competitions EVENT ("Ligue 1", "Premier League"; "FA Cup", "Europa League"); clubs by
  their Wikipedia titles; a named cyclone EVENT; a landfill named by its site before a lower-case
  "landfill", rivers and a district before a lower-case generic word, the generic word outside the
  span and the canonical title as ``name`` (ANNOTATION.md's "the Hudson river"); "the White House"
  as a place of an announcement FAC; a national parliament by its own name ORG ("Sejm",
  "Parliament"); "Crown corporation", "economy ministry" and other lower-case generic descriptions,
  the title of a construction project and the places inside it, a podcast's title and episode
  number (titles of publications), and a thread's post numbers ("1/5") untagged; the thread's
  author line before each post tagged like body text.
- Figures: "$" by the dateline's country (USD in U.S. and international wire copy); "C$" CAD;
  "N" before a Nigerian amount NGN; "Rs" in an Indian text INR; "₹... crore" by crore;
  "down 1.6%" keeps the verb-like "down" outside; "more than double", "about a third", "dozens",
  "several weeks", "in millions of bags" untagged (multipliers, fractions of a group, vague);
  "[3.4 million] [60-kg] bags" a count of bags and a quantity of 60 kg; a score "1-0" two
  ``number`` figures; "the first penalties", "the first unit", "the second-biggest producer"
  ordinals; phone numbers, clock times, timestamps ("(11:40)"), running times ("48 min"),
  sub-day spans ("up to 14 hours a day", "about three hours") untagged.
- Dates: "late last year" the year before the reference date, the hedge inside the span (set 14);
  "second-quarter" and "first-quarter" before "results" calendar quarters; "this spring" the
  season's months; "the lowest in three years" and "more than two decades" durations;
  hyphenated "18-month", "four-week", "40-year", "120-year", "124-year-old" durations; "2025-2031"
  a plain span of calendar years; "This week" in show notes the ISO week; "next Friday" said on a
  Friday the Friday after; the thread's dated author lines each a date.
- Date cases: see the comments at each case. Negatives: a firm named like a month, a clock time,
  a habitual "each June", a "year-over-year" modifier, and a vague "in recent years".
- Figure cases: "three twentieths of an inch" 0.15 in; "2⅔ feet" 2.6666666667 ft; Indian and
  space digit groups; "N2,767,000,000" NGN; "GH₵3mn", "KSh 650M", "NOK 19.7trn"; "₡" CRC;
  "€2 and 35 cents" 2.35 EUR; "5 feet 9 inches" 5.75 ft; "7 pounds 4 ounces" 7.25 lb; "46 °C";
  "200 basis points" 2 pp; "90-percent" %; "split seven to five" two numbers. Negatives: a
  section citation, a scale word as a class adjective, a vague "Thousands", a "Phase 2"
  designation.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

import case_marks
from case_marks import build_set
from own16_heldout_briefs_a import BRIEFS_A
from own16_heldout_briefs_b import BRIEFS_B

# Two real ISO 4217 codes the figure cases need beyond the list in case_marks.py.
case_marks.ISO_4217.update({"TND", "CRC"})

SOURCE_BRIEFS = (
    "own16: written and annotated by hand for briefx (held-out set 16, session 18) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders, events "
    "modelled on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own16: short cases written and annotated by hand for briefx (held-out set 16, session 18) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Easter Sunday 2025 is 20 April; two days after it is 22 April.
        ("2025-04-02", "Kenya's tea auction resumes [two days after Easter|2025-04-22]."),
        # Wednesday 9 October 2024 (W41); next week's Tuesday is 15 October.
        ("2024-10-09", "The Lagos port board meets [the Tuesday of next week|2024-10-15]."),
        ("2025-01-22", "Ghana's cocoa regulator sets the farm-gate price on [the 3rd of next month|2025-02-03]."),
        # Wednesday 4 March 2026: the next two Mondays are 9 and 16 March.
        ("2026-03-04", "The new tram line in Rabat opens [two Mondays from now|2026-03-16]."),
        # A month before 20 August is 20 July.
        ("2024-06-11", "Cairo's metro fare rise applies [a month before the vote on 20 August|2024-07-20]."),
        ("2025-09-15", "Tunisia's draft budget goes to parliament in [week 42|2025-W42]."),
        # 27 November 2024 plus 45 days is 11 January 2025.
        ("2024-11-27", "Dakar's new bus lanes open [45 days from today|2025-01-11]."),
    ],
    "range": [
        ("2025-02-03", "Addis Ababa hosts the African Union summit on [15-16 February|2025-02-15/2025-02-16]."),
        ("2024-05-06", "The Ras Laffan terminal ran below capacity [between 2019 and 2021|2019/2021]."),
        ("2026-01-12", "The Marrakech ring road will be closed [from this May to March 2027|2026-05/2027-03]."),
        # A U.S. text, month first.
        ("2025-10-27", "Detroit's transit survey ran [10/6/2025 - 10/17/2025|2025-10-06/2025-10-17]."),
        # Monday 18 March 2024, a future clause.
        ("2024-03-18", "The Oslo-Kiel ferry will not sail [Thursday through Sunday|2024-03-21/2024-03-24]."),
        # Hedged months keep the month, the hedges inside the span (set 14).
        ("2025-07-07", "Amman's water rationing ran [from late June to mid-August last year|2024-06/2024-08]."),
        ("2024-09-30", "The Warsaw airport expansion is planned for [2027–2030|2027/2030]."),
    ],
    "words": [
        ("2025-06-02", "The Zambian copper mine reopened on [the twenty-third of May|2025-05-23]."),
        ("2024-02-12", "Botswana's diamond partnership dates from [nineteen sixty-nine|1969]."),
        ("2026-04-20", "The Nairobi Securities Exchange was founded in [nineteen fifty-four|1954]."),
        ("2025-11-10", "The Algerian gas pipeline was finished in [March of '96|1996-03]."),
        ("2024-08-19", "The Accra court ruled on [the first of August, two thousand twenty-four|2024-08-01]."),
    ],
    "period": [
        # South Africa's government financial year runs April-March.
        ("2025-09-10", "Pretoria expects tax revenue to miss its target [this financial year|2025-04/2026-03]."),
        # The most recent completed quarter before 12 August 2025 is April-June.
        ("2025-08-12", "Kenya's tea exports fell in [the most recent quarter|2025-04/2025-06]."),
        ("2024-05-20", "Kenya's budget was presented in [March 2024|2024-03] and revised [later that month|2024-03]."),
        # Thursday 6 June 2024 is in W23.
        ("2024-06-20", "The Kigali summit opened on [Thursday 6 June|2024-06-06]; ministers had met [earlier that week|2024-W23]."),
        ("2025-09-01", "Egypt's Suez Canal revenue fell in [the first half of 2025|2025-01/2025-06]."),
        ("2025-11-05", "Ghana's gold exports rose in [the 12 months to September|2024-10/2025-09]."),
        ("2025-02-14", "Moroccan car exports peaked in [the third quarter of last year|2024-07/2024-09]."),
        ("2025-03-01", "Nigeria's oil output recovered in [the second half of 2024|2024-07/2024-12]."),
    ],
    "weekday": [
        # Wednesday 14 May 2025: a past and a future clause.
        ("2025-05-14", "Morocco's parliament debated the water bill on [Monday|2025-05-12]."),
        ("2025-05-14", "Morocco's parliament will vote on the water bill on [Monday|2025-05-19]."),
        # Friday 20 September 2024: a scheduled event, future.
        ("2024-09-20", "Ghana's finance minister presents the mid-year review on [Tuesday|2024-09-24]."),
        # Monday 9 February 2026, a past clause.
        ("2026-02-09", "Cairo airport ground staff walked out on [Friday|2026-02-06]."),
        # Thursday 4 July 2024.
        ("2024-07-04", "Ferries from Piraeus resume [this Saturday|2024-07-06]."),
        ("2025-12-22", "Riga's Christmas market opened on [Saturday, December 13|2025-12-13]."),
        # Wednesday 1 October 2025.
        ("2025-10-01", "Tunis airport reopened [last Friday|2025-09-26]."),
    ],
    "month-tense": [
        ("2025-02-17", "Kenya's flower exports fell in [November|2024-11]."),
        ("2025-02-17", "Kenya's new export levy starts in [November|2025-11]."),
        ("2024-09-05", "Ghana will hold its general election on [December 7|2024-12-07]."),
        ("2026-01-15", "The Austrian rail strike ended on [December 19|2025-12-19]."),
        ("2025-06-30", "Romania's government will adopt the next budget in [March|2026-03]."),
    ],
    "duration": [
        ("2024-04-15", "Senegal's new fishing licences are valid for [a decade|P10Y]."),
        ("2025-08-04", "Repairs to the Suez Canal dredger will be finished within [six months|P6M]."),
        # Two durations, the unit of the first taken from the second (issue 14).
        ("2026-05-18", "The Zagreb tram line will be shut for between [six|P6M] and [nine months|P9M]."),
        ("2024-10-28", "Botswana signed a [25-year|P25Y] diamond sales agreement."),
        ("2025-03-24", "The Danish port strike lasted [nearly three weeks|P3W]."),
        ("2024-06-17", "The Greek island's ban on new rentals runs for [90 days|P90D]."),
    ],
    "holiday": [
        # South Africa's Youth Day is 16 June.
        ("2024-06-10", "Johannesburg minibus taxis plan a strike on [Youth Day|2024-06-16]."),
        # Canada's Remembrance Day is 11 November.
        ("2025-11-03", "Ottawa's farmers' market closes on [Remembrance Day|2025-11-11]."),
        # Norway's Constitution Day is 17 May; a past clause.
        ("2025-05-20", "Oslo's children's parade was held on [Constitution Day|2025-05-17]."),
        # Thanksgiving 2024 is 28 November; Black Friday is 29 November.
        ("2024-11-18", "Chicago department stores open at dawn on [Black Friday|2024-11-29]."),
    ],
    "week": [
        # Wednesday 27 August 2025 is in W35.
        ("2025-08-27", "Maize prices in Lusaka rose [last week|2025-W34]."),
        # Monday 30 December 2024 is in W01 of 2025.
        ("2024-12-30", "The Nairobi bourse closes early [this week|2025-W01]."),
        # Friday 12 June 2026 is in W24.
        ("2026-06-12", "Tunisian olive oil shipments to Spain resume [next week|2026-W25]."),
    ],
    "season": [
        ("2025-03-12", "Lake Geneva ferries add evening sailings [this summer|2025-06/2025-08]."),
        ("2024-10-02", "Toronto's Eglinton line was due to open in [spring 2024|2024-03/2024-05]."),
        ("2026-01-26", "Ukrainian grain shipments through Odesa slowed [last autumn|2025-09/2025-11]."),
    ],
    "negative": [
        ("2025-02-10", "March Networks opened a new office in Ottawa."),
        ("2024-04-08", "The Lagos bakery opens at 6 a.m."),
        ("2025-05-05", "Tax returns in Kenya are filed each June."),
        ("2026-03-30", "Gas prices in Vienna rose sharply year-over-year."),
        ("2024-12-02", "Ghana's cedi has been weak in recent years."),
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
        "Ghana vaccinated [three and a half million|count|3500000|child] children against measles.",
        "The new runway at Lusaka is [two point nine kilometres|quantity|2.9|km] long.",
        "[Eleven hundred|count|1100|family] families left the Benue valley.",
        "A Tunis court fined the bank [seventy-five million dinars|money|75000000|TND].",
    ],
    "fractions": [
        "The Lusaka rain gauge showed [three twentieths of an inch|quantity|0.15|in] of rain.",
        "The coastal trail south of Rabat is [7 1/2 miles|quantity|7.5|mi] long.",
        "The average mortgage rate in Oslo rose to [5¼%|percent|5.25|%].",
        "The old water main in Accra is [2⅔ feet|quantity|2.6666666667|ft] wide.",
        "Kenyan wheat yields rose by [one and a quarter tonnes|quantity|1.25|t] per hectare.",
    ],
    "grouping": [
        "The Gauteng survey counted [70 000|count|70000|household] households.",
        "The Chennai hospital received [Rs 4,56,000|money|456000|INR] in donations.",
        "The Geneva laboratory ran [2,048,576|count|2048576|test] tests.",
        "The Lagos State budget set aside [N2,767,000,000|money|2767000000|NGN] for drainage.",
        "Kenya's census counted [47 564 296|count|47564296|person] people.",
    ],
    "scale": [
        "Egypt's foreign reserves reached [$46.1bn|money|46100000000|USD].",
        "The Riyadh utility reported a profit of [SAR 106.2 billion|money|106200000000|SAR].",
        "The Ghanaian water bond raised [GH₵3mn|money|3000000|GHS].",
        "The Nairobi start-up raised [KSh 650M|money|650000000|KES].",
        "Norway's wealth fund is worth [NOK 19.7trn|money|19700000000000|NOK].",
    ],
    "currency": [
        "A taxi from Penang airport costs [35 Malaysian ringgit|money|35|MYR].",
        "The Istanbul parking fine was [1,200 Turkish liras|money|1200|TRY].",
        "A coffee in San José costs [₡1,500|money|1500|CRC].",
        "Entry to the Cairo museum costs [EGP 85|money|85|EGP].",
        "A tram ticket in Budapest costs [450 forints|money|450|HUF].",
        "A stamp for a letter from Kumasi costs [GH¢2.50|money|2.5|GHS].",
    ],
    "two-unit": [
        "A sliced loaf in Dublin costs [€2 and 35 cents|money|2.35|EUR].",
        "The Kenyan middle-distance runner is [5 feet 9 inches|quantity|5.75|ft] tall.",
        "The first baby born in Lagos this year weighed [7 pounds 4 ounces|quantity|7.25|lb].",
    ],
    "units": [
        "The Nile rose [3.2 metres|quantity|3.2|m] at Khartoum.",
        "The Brenner base tunnel is [57 kilometres|quantity|57|km] long.",
        "The Danish wind farm will have [1.5 gigawatts|quantity|1.5|GW] of capacity.",
        "The thermometer in Seville hit [46 °C|quantity|46|°C].",
        "The Cape Town dam holds [480 million litres|quantity|480000000|l].",
    ],
    "comparator": [
        "[Nearly 9,000|count|9000|migrant] migrants reached the Canary Islands.",
        "[At most 120|count|120|seat] seats remain for the Nairobi summit.",
        "[Under 40%|percent|40|%] of registered Tunisians voted.",
        "[Well over 5,000|count|5000|worker] workers struck at the port of Lagos.",
    ],
    "range": [
        "Bread prices in Tunis rose between [8%|percent|8|%] and [10%|percent|10|%].",
        "The Lagos coastal rail line will cost [$2|money|2000000000|USD] to [$3 billion|money|3000000000|USD].",
        "Sea ice in the Oslofjord was [20|quantity|20|cm]-[30 cm|quantity|30|cm] thick.",
        "Tomatoes in Rabat sold for [8|money|8|MAD] to [10 dirhams|money|10|MAD] a kilo.",
    ],
    "percent": [
        "Kenya's inflation reached [4.3 percent|percent|4.3|%].",
        "The Bank of Ghana raised its policy rate by [200 basis points|percent|2|pp].",
        "[Forty-one percent|percent|41|%] of Zambians live in towns.",
        "Turnout in Lisbon rose [2.3 percentage points|percent|2.3|pp].",
        "A [90-percent|percent|90|%] tariff now applies to imported steel in Abuja.",
    ],
    "ordinal": [
        "The Lagos trade fair marks its [twenty-fifth|ordinal|25] edition.",
        "The Kenyan runner finished [3rd|ordinal|3] in Boston.",
        "The Dublin firm is Ireland's [112th|ordinal|112] largest employer.",
        "The Accra bank opened its [first|ordinal|1] branch in Lomé.",
    ],
    "tally": [
        "Zambia's National Assembly voted [111|number|111]-[2|number|2] for the bill.",
        "Egypt beat Ghana [2|number|2]–[1|number|1] in Cairo.",
        "The Oslo jury split [seven|number|7] to [five|number|5].",
    ],
    "approximate": [
        "[Around 600,000|count|600000|pilgrim] pilgrims gathered at Namugongo.",
        "[Roughly 4.2 million|count|4200000|tourist] tourists visited Morocco in the spring.",
    ],
    "negative": [
        "Section 12(4) of the Ghana Investment Promotion Centre Act was repealed.",
        "A million-dollar home sold in Toronto.",
        "Thousands of farmers marched in Warsaw.",
        "The Lagos Blue Line Phase 2 opened to passengers.",
    ],
}

WEEKDAY_NAMES = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


def _weekday_value(rule: str, ref: dt.date, span: str) -> str:
    day = next(i for i, w in enumerate(WEEKDAY_NAMES) if w in span.upper())
    if rule == "next":
        return (ref + dt.timedelta(days=(day - ref.weekday()) % 7 or 7)).isoformat()
    if rule == "prev":
        return (ref - dt.timedelta(days=(ref.weekday() - day) % 7 or 7)).isoformat()
    if rule == "next-week":
        monday = ref - dt.timedelta(days=ref.weekday() - 7)
        return (monday + dt.timedelta(days=day)).isoformat()
    if rule == "second-next":
        first = ref + dt.timedelta(days=(day - ref.weekday()) % 7 or 7)
        return (first + dt.timedelta(weeks=1)).isoformat()
    raise AssertionError(rule)


def check_extra() -> None:
    """Word range of the briefs, ISO weeks, relative weekdays and day offsets of the date cases."""
    for cid, _family, _ref, _pub, marked in BRIEFS:
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
                if m := re.fullmatch(r"(\d+) days from today", span):
                    assert value == (day + dt.timedelta(days=int(m[1]))).isoformat(), (marked, value)
            rule = WEEKDAY_CHECKS.get((family, i))
            if rule:
                for span, value in marks:
                    parts = value.split("/")
                    words = [w for w in WEEKDAY_NAMES if w in span.upper()]
                    for part, w in zip(parts, sorted(words, key=span.upper().find), strict=True):
                        assert part == _weekday_value(rule, day, w), (marked, part, rule)


if __name__ == "__main__":
    check_extra()
    build_set(
        "own16",
        "own16-briefs-heldout",
        BRIEFS,
        DATE_CASES,
        FIGURE_CASES,
        source_briefs=SOURCE_BRIEFS,
        source_cases=SOURCE_CASES,
    )
    sys.exit(0)
