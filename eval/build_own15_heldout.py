"""Build the fifteenth held-out set: eval/own15-briefs-heldout.jsonl, own15-dates-heldout.jsonl and
own15-figures-heldout.jsonl (FORMAT.md).

Written fresh in session 17 by a helper session that neither read nor ran briefx (no code, tests,
models, samples or venv; no NLP tool was run on the texts) and opened no ``*.jsonl`` file under
``eval/`` or ``shared/eval/`` other than the three it writes. Besides ``shared/eval/ANNOTATION.md``, ``FORMAT.md`` and
``eval/README.md`` (its table, its judgement calls and its sections on sets 13 and 14) it read only
``build_own14_heldout.py`` (for the file format, markup and readings), ``case_marks.py``,
``date_marks.py`` and ``entity_marks.py``, issue 14 (for the date and figure families), and one
grep of the earlier ``build_own*`` scripts for the type they give "EU" (ORG). The
texts were written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``
and the readings of the set 12-14 builders that README quotes; where all are silent, the choice is
listed below. The marked texts of the briefs are in ``own15_heldout_briefs_a.py`` and
``own15_heldout_briefs_b.py`` (beside this script).

Briefs: 2024-2025 news of kinds, topics and regions that sets 1-14 did not have. Eleven are
ordinary newswire prose as users paste it: a takeover bid withdrawn (Couche-Tard and Seven & i),
Turkish markets after the Istanbul mayor's arrest, Sri Lanka's parliamentary election, a Federal
Court penalty against Qantas won by a union, the EU-Mercosur trade agreement, the abolition of
NHS England, Kazakhstan's choice of Rosatom for a nuclear plant, Heathrow's closure after a
substation fire, Asheville's water restored after Hurricane Helene, Botafogo's Copa Libertadores
final, and a Nigerian tribunal upholding a fine on Meta. Three are in formats earlier sets lack:
an agency's week-ahead diary under day headings in capitals, an Indian listed company's letter
to the stock exchanges ("Outcome of the Board Meeting"), and a UK parliamentary written question
and answer. Real institutions, companies, places and office holders; the events are modelled on
real ones but details, quotations and many figures are invented or approximate and must not be
read as reporting (no invented person is named). No ``statements`` key: statements are not
scored for this set. Every brief states its own date: ``published`` = ``reference_date``.

Markup (as sets 6-14):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets and, through ``case_marks.build_set``, asserts
``text[start:end] == span`` for every item, order and no overlap, known types/kinds, ISO 4217
codes (the list in ``case_marks.py`` extended by six real codes the figure cases need: FJD, PGK,
KHR, LAK, UYU, PYG), ``%``/``pp``, unit symbols, count nouns, ISO 8601 date values (real days and
months, ISO weeks, ``START/END`` with start before end, durations), that a full-date value of a
span naming a weekday falls on that weekday, that a brief's ``published`` equals its
``reference_date`` and is the value of one of its date spans, unique ids (prefix ``own15-``) and
texts, and that ``shared/eval/score.py F F`` gives 1.000 in every section of each file (the
shared scorer, run with ``python3``, not briefx). This script adds: 150-230 words per brief; the
ISO week of every "this/last/next week" date case from ``datetime``; that every relative weekday
date case ("on Thursday", "next Tuesday") resolves as its comment says (``WEEKDAY_CHECKS``); that
every span in capitals naming a weekday (the diary's day headings) falls on that weekday.

Run from the project root: ``python3 eval/build_own15_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md, eval/README.md and the set 12-14 builders are silent (applied
throughout):
- Entities: a firm's legal form in the span and out of ``name`` ("Alimentation Couche-Tard Inc.",
  "Seven & i Holdings Co.", "Global Partners LP", "BSE Limited" -> "Bombay Stock Exchange",
  "Blinkit Commerce Private Limited" -> "Blinkit"); a firm named before and after a name change
  ("Zomato Limited", "Eternal Limited") two names. Apps and platforms a firm runs ("Facebook",
  "WhatsApp", "Instagram") PRODUCT beside the firm ORG; a reactor design PRODUCT ("VVER-1200").
  Power plants, a substation and airports named by their site before a lower-case "plant",
  "substation" or "stadium" FAC with the site in the span and the facility's title as ``name``
  ("the Akkuyu plant" -> "Akkuyu Nuclear Power Plant", "the North Hyde substation" -> "North Hyde
  substation"), as ANNOTATION.md reads "the Hudson river"; airports named by their town as
  destinations of diverted flights FAC ("diverted to Gatwick, to Shannon") as set 14 reads a port
  after "through"; a reservoir FAC (set 13); a street and office towers in an address FAC
  ("Dalal Street", "Phiroze Jeejeebhoy Towers", "Exchange Plaza"). Parties ORG, with a
  short form after them ("CHP", "NPP", "SJB"); a league ORG ("Serie A" -> "Campeonato
  Brasileiro Série A"), a cup and a conference EVENT ("Copa Libertadores", "COP16", "Future
  Investment Initiative"), clubs by their Wikipedia titles. A hospital that acts ("returned to
  the city supply") ORG. A parliamentary constituency after an MP's name GPE with its Wikipedia
  title. "the Government", "the Board of Directors of the Company", "the Registrar of Companies"
  (an office; the places in its title are GPE), "the Secretary of State for Transport", the
  lower-case "the commission", "the agency" and "the court", index names ("the main index"), and
  a scrip code and a question number (designations) are untagged. "the Department" after
  "Department for Transport" and "her Department" in the question put to the Secretary of State
  for Transport ORG with that department's name (capitalised short forms).
- Figures: "$" by the dateline and the agency (README, session 12): Reuters and AFP copy filed
  outside their home countries (Tokyo/Montreal, Istanbul, Colombo, Astana, Buenos Aires) USD;
  AAP in Sydney AUD; AP in the United States USD; "$" in a Nigerian text USD (not a dollar
  country). Exchange rates and index levels are avoided; "40 basis points" 0.4 pp; a hyphenated
  count keeps the number only ("225-member", "465-seat", "three-member"); "10 fire engines" keeps
  the fixed compound ("fire engine"); "member state" as a fixed term; "the first time" and "the
  first minute" ordinals; a score "3-1" two ``number`` figures; "a two-thirds majority", "by
  half", "hundreds of millions of pounds", "billions of dollars", "Thousands of fans" and "twice"
  untagged; PIN and scrip codes, question numbers and clock times ("1100 GMT", "1230 GMT",
  "4:30 p.m.") untagged.
- Dates: the diary's heading range "27 OCTOBER - 3 NOVEMBER 2024" one span; day headings in
  capitals ("SUNDAY, 27 OCTOBER") full dates; "(to 1 November)" tags only the date;
  "third-quarter" before "results" and "the third quarter" calendar quarters (Alphabet's fiscal
  year is the calendar year); "the financial year 2025-26" and "2025-26", "2023/24" and
  "2014/15" in Indian and UK texts April-March at month precision, "the" and "financial year"
  inside the span as set 14 reads "the 2024/25 fiscal year"; "a 38-month investigation"
  "P38M"; "late September" the month (README); "last year" the year before the reference date;
  "the 1970s" a decade; "the 2012 reforms" a date (a year before the noun it dates, set 12);
  "more than 25 years in the making" "P25Y" with the modifier inside; sub-day spans ("more than
  seven hours", "the evening") untagged; "next year's Club World Cup" tags "next year" only.
- Date cases: see the comments at each case. Negatives: a retailer named like a weekday, an
  ordinal day count ("its 40th day"), a habitual "every Tuesday", a sub-day "forty minutes", and
  a vague "the years ahead".
- Figure cases: "twenty-two point four million" 22,400,000; "two thirds of a mile" 0.6666666667
  mi (a measure, not a fraction of a group); "⅞ percentage point" 0.875 pp; Chilean and
  Paraguayan dots, Swiss typographic apostrophes, narrow no-break spaces and Indian commas as
  digit groups; "S/" the Peruvian sol; "1.33 Mt" 1,330,000 t; "KRW 12.5B", "Rs 1.2tr" (PKR in a
  Pakistani text); "F$", "kina", "riel", "LAK", "UYU", "guaraníes"; "$5 and 50 cents" in a
  Wellington text NZD; "6 feet 4 inches" 6.3333333333 ft; "1 pound 8 ounces" 1.5 lb; "12 km²"
  km2; "50 bps" and "1.5pp" pp; "5.1 pc" %; a range "15–20 kilometres" two quantities, the unit
  of the first from the second; "split five-two" two numbers. Negatives: a proportion "Two in
  three", a phone number, "Hundreds of thousands" (vague), an aircraft model number.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

import case_marks
from case_marks import build_set
from own15_heldout_briefs_a import BRIEFS_A
from own15_heldout_briefs_b import BRIEFS_B

# Six real ISO 4217 codes the figure cases need beyond the list in case_marks.py.
case_marks.ISO_4217.update({"FJD", "PGK", "KHR", "LAK", "UYU", "PYG"})

SOURCE_BRIEFS = (
    "own15: written and annotated by hand for briefx (held-out set 15, session 17) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders, events "
    "modelled on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own15: short cases written and annotated by hand for briefx (held-out set 15, session 17) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Sri Lanka's Independence Day is 4 February; three days after it is 7 February.
        ("2025-01-20", "The Colombo port tender closes [three days after Independence Day|2025-02-07]."),
        # Wednesday 8 May 2024 is in W19; last week's Thursday is 2 May.
        ("2024-05-08", "The Osaka expo board met [the Thursday of last week|2024-05-02]."),
        ("2025-10-14", "Fiji's cane farmers were paid on [the 20th of last month|2025-09-20]."),
        # Tuesday 3 February 2026: the next three Saturdays are 7, 14 and 21 February.
        ("2026-02-03", "One lane of the Auckland Harbour Bridge closes [three Saturdays from now|2026-02-21]."),
        # A fortnight after 3 September is 17 September.
        ("2024-08-12", "The Manila bus fare rise takes effect [a fortnight after the hearing on 3 September|2024-09-17]."),
        ("2025-06-30", "Vietnam's trade figures come out in [the 40th week of 2025|2025-W40]."),
        # 19 March 2024 plus 90 days is 17 June 2024.
        ("2024-03-19", "Nepal's new trekking permit fees apply [90 days from today|2024-06-17]."),
    ],
    "range": [
        ("2025-09-02", "The Busan film festival runs from [17 to 26 September|2025-09-17/2025-09-26]."),
        ("2024-07-15", "The Tasmanian ferry was out of service between [mid-March and late May|2024-03/2024-05]."),
        ("2025-01-08", "Peru's anchovy season ran [November 2024–January 2025|2024-11/2025-01]."),
        ("2026-05-05", "Phoenix recorded its hottest summers [2021 through 2023|2021/2023]."),
        # Monday 25 November 2024, a future clause.
        ("2024-11-25", "The Jakarta outer ring road will be closed [Friday to Monday|2024-11-29/2024-12-02]."),
        # A Peruvian text, day first.
        ("2025-04-14", "Bids for the Lima airport terminal were open from [3/2/2025 to 28/2/2025|2025-02-03/2025-02-28]."),
        # Winter is December-February (ANNOTATION.md's meteorological seasons).
        ("2024-06-04", "Mongolia's herders lost livestock over [the winter of 2023-24|2023-12/2024-02]."),
    ],
    "words": [
        ("2025-05-12", "The Hanoi metro line opened in [August of twenty twenty-four|2024-08]."),
        ("2024-09-10", "Fiji became independent on [the tenth of October, nineteen seventy|1970-10-10]."),
        ("2026-01-19", "The Santiago metro strike began on [the fifth of January|2026-01-05]."),
        ("2025-07-21", "The Tongan volcano erupted in [January of '22|2022-01]."),
        ("2024-04-29", "The Aswan High Dam was finished in [nineteen seventy|1970]."),
    ],
    "period": [
        ("2025-11-04", "Thai exports slowed in [the September quarter|2025-07/2025-09]."),
        # New Zealand's fiscal year runs July-June.
        ("2024-06-18", "Wellington's budget covers [the year to 30 June 2025|2024-07/2025-06]."),
        # Pakistan's fiscal year runs July-June; fiscal 2025 ends in June 2025.
        ("2025-08-20", "Pakistan's current account was in surplus in [fiscal 2025|2024-07/2025-06]."),
        ("2024-02-14", "Sales at the Kyoto store fell in [the final quarter of last year|2023-10/2023-12]."),
        ("2025-05-27", "Japan's farm ministry will review rice prices in [the second half of this year|2025-07/2025-12]."),
        ("2026-03-09", "The Quito water tariff rose on [2 February|2026-02-02] and again [a week later|2026-02-09]."),
        ("2024-10-17", "Remittances to the Philippines hit a record in [the first nine months of 2024|2024-01/2024-09]."),
        ("2025-12-10", "Indonesia expects coal output to rise in [the last three months of 2025|2025-10/2025-12]."),
    ],
    "weekday": [
        # Wednesday 15 January 2025.
        ("2025-01-15", "Voters in Tonga go to the polls on [Thursday|2025-01-16]."),
        ("2025-01-15", "The Suva ferry ran aground on [Thursday|2025-01-09]."),
        # Monday 5 August 2024, a past clause.
        ("2024-08-05", "The Dhaka curfew was lifted on [Sunday|2024-08-04]."),
        # Wednesday 1 July 2026: next Tuesday is the coming one, 7 July.
        ("2026-07-01", "Peru's Congress votes on the mining bill [next Tuesday|2026-07-07]."),
        ("2025-11-28", "The Port Moresby markets reopen on [Wednesday, December 3|2025-12-03]."),
        # Monday 16 December 2024: two past weekdays, two dates.
        ("2024-12-16", "Talks in Baku stalled on [Tuesday|2024-12-10] and [Wednesday|2024-12-11]."),
        # Saturday 7 June 2025, a future clause.
        ("2025-06-07", "The Almaty book fair closes on [Sunday|2025-06-08]."),
    ],
    "month-tense": [
        ("2025-03-10", "Korean chip exports jumped in [December|2024-12]."),
        ("2025-03-10", "Korea's new chip subsidy starts in [December|2025-12]."),
        ("2024-01-22", "The Hobart ferry strike ended on [January 9|2024-01-09]."),
        ("2026-10-05", "Uruguay's president will visit Tokyo in [February|2027-02]."),
        ("2025-08-25", "Monsoon rains flooded Lahore on [July 16|2025-07-16]."),
    ],
    "duration": [
        ("2024-05-20", "Bhutan froze its visitor fee for [four years|P4Y]."),
        ("2025-02-11", "The Taipei metro extension will take [18 months|P18M] to finish."),
        ("2026-09-14", "Fiji signed a [99-year|P99Y] lease for the port."),
        ("2024-12-09", "The drought in the Pampas lasted [more than two years|P2Y]."),
        # Two durations, the unit of the first taken from the second (issue 14).
        ("2025-04-30", "The Andes road closure could last between [three|P3W] and [five weeks|P5W]."),
        ("2024-10-21", "The pilots' strike at Air New Zealand ended after [a fortnight|P2W]."),
    ],
    "holiday": [
        # Mexico's Independence Day is 16 September.
        ("2024-09-02", "Markets in Mexico City close on [Independence Day|2024-09-16]."),
        ("2025-12-01", "Shops in Wellington stay open late before [Christmas Eve|2025-12-24]."),
        # New Zealand's Labour Day is the fourth Monday of October: 28 October 2024.
        ("2024-10-21", "Schools in Auckland close for [Labour Day|2024-10-28]."),
        ("2025-03-18", "The Dublin parade was held on [St Patrick's Day|2025-03-17]."),
    ],
    "week": [
        # Friday 27 December 2024 is in W52.
        ("2024-12-27", "Rice prices in Manila eased [last week|2024-W51]."),
        # Friday 2 January 2026 is in W01 of 2026.
        ("2026-01-02", "Seoul's stock exchange reopened [this week|2026-W01]."),
        ("2025-06-18", "The Canterbury rail line reopens [next week|2025-W26]."),
    ],
    "season": [
        ("2025-02-10", "The Hokkaido ski resort adds two lifts for [winter 2025-26|2025-12/2026-02]."),
        ("2024-04-22", "Boat tours on Lake Baikal resume [next summer|2025-06/2025-08]."),
        # A hedged season keeps the season's months, the modifier inside (set 14's "late 2022").
        ("2026-11-16", "Kyrgyz herders moved their flocks down in [early autumn|2026-09/2026-11]."),
    ],
    "negative": [
        ("2024-05-06", "Tuesday Morning shut its last store in Dallas."),
        ("2025-08-11", "The copper strike in Antofagasta entered its 40th day."),
        ("2024-11-11", "The Lima fish market opens every Tuesday."),
        ("2026-02-23", "The Auckland rail line was shut for forty minutes."),
        ("2025-04-07", "Manila plans a new airport in the years ahead."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 2): "last-week",
    ("composition", 4): "third-next",
    ("weekday", 1): "next",
    ("weekday", 2): "prev",
    ("weekday", 3): "prev",
    ("weekday", 4): "next",
    ("weekday", 6): "prev",
    ("weekday", 7): "next",
    ("range", 5): "next",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The Hanoi zoo counted [three hundred and twelve|count|312|animal] animals.",
        "The port of Busan handled [twenty-two point four million|count|22400000|container] containers.",
        "The Manila charity raised [one and a half million pesos|money|1500000|PHP].",
        "A taxi ride in Seoul starts at [four thousand eight hundred won|money|4800|KRW].",
        "[Sixty-seven|count|67|village] villages in Nepal lost power.",
    ],
    "fractions": [
        "The Tokyo gauge recorded [two and three-quarter inches|quantity|2.75|in] of rain.",
        "The trail near Cusco is [12 1/4 miles|quantity|12.25|mi] long.",
        "Thailand's policy rate stands at [2½%|percent|2.5|%].",
        "The Auckland council raised its rates by [⅞ percentage point|percent|0.875|pp].",
        "The Kathmandu runway extension is [two thirds of a mile|quantity|0.6666666667|mi] long.",
    ],
    "grouping": [
        "The Santiago metro carried [2.450.000|count|2450000|passenger] passengers a day.",
        "The Zurich bank paid [1’250’000 francs|money|1250000|CHF] in fines.",
        "The Mumbai flyover will cost [₹12,34,56,789|money|123456789|INR].",
        "The Hanoi survey counted [1\u202f204\u202f560|count|1204560|household] households.",
        "The Lima fund holds [S/ 3,450,000.75|money|3450000.75|PEN].",
    ],
    "scale": [
        "Vietnam's exports reached [$405.5bn|money|405500000000|USD].",
        "The Thai power bond raised [THB 30 billion|money|30000000000|THB].",
        "Pakistan's tax office collected [Rs 1.2tr|money|1200000000000|PKR].",
        "Codelco produced [1.33 Mt|quantity|1330000|t] of copper.",
        "The Seoul start-up raised [KRW 12.5B|money|12500000000|KRW].",
    ],
    "currency": [
        "A bus fare in Suva is [F$1.20|money|1.2|FJD].",
        "The Port Moresby market fee is [5 kina|money|5|PGK].",
        "A bowl of noodles in Phnom Penh costs [8,000 riel|money|8000|KHR].",
        "The Vientiane hotel charges [LAK 450,000|money|450000|LAK] a night.",
        "A museum ticket in Montevideo costs [UYU 250|money|250|UYU].",
        "The toll on the Asunción bypass is [15.000 guaraníes|money|15000|PYG].",
    ],
    "two-unit": [
        "A flat white in Wellington costs [$5 and 50 cents|money|5.5|NZD].",
        "The Fijian lock forward is [6 feet 4 inches|quantity|6.3333333333|ft] tall.",
        "The sapphire found near Ratnapura weighed [1 pound 8 ounces|quantity|1.5|lb].",
    ],
    "units": [
        "The Mekong fell to [1.9 metres|quantity|1.9|m] at Vientiane.",
        "Mumbai recorded [268 millimetres|quantity|268|mm] of rain in a day.",
        "The fire in Hokkaido burned [12 km²|quantity|12|km2] of forest.",
        "The new Tokyo Bay ferry sails at [38 knots|quantity|38|kn].",
        "The Almaty reservoir holds [4.5 million cubic metres|quantity|4500000|m3].",
    ],
    "comparator": [
        "[Fewer than 300|count|300|voter] voters turned out on Funafuti.",
        "[Upwards of 2,000|count|2000|worker] workers marched in Dhaka.",
        "[No fewer than 40|count|40|ship] ships waited off Chittagong.",
        "The Auckland rail tunnel cost [over NZ$4 billion|money|4000000000|NZD].",
    ],
    "range": [
        "Prices in Colombo rose [4|percent|4|%] to [6 per cent|percent|6|%].",
        "The Lima metro line needs [S/ 2|money|2000000000|PEN] to [S/ 2.5 billion|money|2500000000|PEN].",
        "The ash cloud from Ruang drifted [15|quantity|15|km]–[20 kilometres|quantity|20|km] east.",
        "Rice sold for [Tk 60|money|60|BDT] to [Tk 65|money|65|BDT] a kilo in Dhaka.",
    ],
    "percent": [
        "Thai inflation reached [1.23 percent|percent|1.23|%].",
        "The Reserve Bank of New Zealand cut its rate by [50 bps|percent|0.5|pp].",
        "[Thirty-eight per cent|percent|38|%] of Samoans live in Apia.",
        "Labor's primary vote rose [1.5pp|percent|1.5|pp] in Queensland.",
        "India's retail inflation eased to [5.1 pc|percent|5.1|%].",
    ],
    "ordinal": [
        "The Colombo bank marks its [101st|ordinal|101] year.",
        "The Chilean cyclist finished [ninth|ordinal|9] in Santiago.",
        "Ho Chi Minh City opened its [2nd|ordinal|2] metro line.",
        "The Tongan team placed [forty-third|ordinal|43] in the standings.",
    ],
    "tally": [
        "Fiji's parliament voted [29|number|29]-[21|number|21] for the bill.",
        "South Korea beat Japan [3|number|3]–[0|number|0] in Seoul.",
        "The judges in Nuku'alofa split [five|number|5]-[two|number|2].",
    ],
    "approximate": [
        "[Some 3,500|count|3500|pilgrim] pilgrims climbed Adam's Peak.",
        "[Approximately 1.8 million|count|1800000|visitor] visitors came to Kyoto in May.",
    ],
    "negative": [
        "Two in three households in Dhaka lack clean water.",
        "Call 131 444 for Sydney transport updates.",
        "Hundreds of thousands of protesters filled the streets of Seoul.",
        "An Airbus A321neo landed in Suva.",
    ],
}

WEEKDAY_NAMES = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


def _weekday_value(rule: str, ref: dt.date, span: str) -> str:
    day = next(i for i, w in enumerate(WEEKDAY_NAMES) if w in span.upper())
    if rule == "next":
        return (ref + dt.timedelta(days=(day - ref.weekday()) % 7 or 7)).isoformat()
    if rule == "prev":
        return (ref - dt.timedelta(days=(ref.weekday() - day) % 7 or 7)).isoformat()
    if rule == "last-week":
        monday = ref - dt.timedelta(days=ref.weekday() + 7)
        return (monday + dt.timedelta(days=day)).isoformat()
    if rule == "third-next":
        first = ref + dt.timedelta(days=(day - ref.weekday()) % 7 or 7)
        return (first + dt.timedelta(weeks=2)).isoformat()
    raise AssertionError(rule)


def check_extra() -> None:
    """Word range of the briefs, ISO weeks, relative weekdays and capitalised day headings."""
    for cid, _family, _ref, _pub, marked in BRIEFS:
        text = re.sub(r"\[\[([^\]|]+)\|[^\]]+\]\]", r"\1", marked)
        words = len(text.split())
        assert 150 <= words <= 230, (cid, words)
        for span, value in re.findall(r"\[\[([^\]|]+)\|D\|([^\]|]+)\]\]", marked):
            named = [i for i, w in enumerate(WEEKDAY_NAMES) if w in span]
            if named and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                assert dt.date.fromisoformat(value).weekday() == named[0], (cid, span, value)
    for family, items in DATE_CASES.items():
        for i, (ref, marked) in enumerate(items, 1):
            day = dt.date.fromisoformat(ref)
            marks = re.findall(r"\[([^\]|]+)\|([^\]|]+)\]", marked)
            for span, value in marks:
                shift = {"this week": 0, "last week": -1, "next week": 1}.get(span)
                if shift is not None:
                    y, w, _ = (day + dt.timedelta(weeks=shift)).isocalendar()
                    assert value == f"{y}-W{w:02d}", (marked, value)
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
        "own15",
        "own15-briefs-heldout",
        BRIEFS,
        DATE_CASES,
        FIGURE_CASES,
        source_briefs=SOURCE_BRIEFS,
        source_cases=SOURCE_CASES,
    )
    sys.exit(0)
