"""Build the fifty-ninth held-out set: eval/own59-briefs-heldout.jsonl, own59-dates-heldout.jsonl
and own59-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 38 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own57_heldout.py`` and ``own57_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 57 does, their text unread but for the few lines that raised when a check failed), the
"Fifty-seventh held-out set" section of ``eval/README.md`` and the topic rows of sets 19-57 in its
summary table (see the "Exposures" paragraph of the README section for what else it saw in listings
and grep output). The texts were written by hand for this set and annotated inline while writing,
by ``ANNOTATION.md``; where it is silent, the choice is listed below. The marked texts of the briefs
and their statements are in ``own59_heldout_briefs_a.py`` and ``own59_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and topics from the Nordic and Baltic
countries, Central and Eastern Europe, East Asia and Southern Africa that earlier sets lacked. Eight
official texts (a Central Bank of Iceland Monetary Policy Committee statement with a capitalised
headline in percentage points, "– " key figures, a "seven-day" deposit rate and ISK; a Statistics
Finland labour force survey release with a "HELSINKI" dateline, a publication time, "According to
Statistics Finland, X" and a table of 2025 against 2024; Hyundai Motor Company third-quarter results
with a "SEOUL" dateline, labelled fields, ₩ trillion = KRW, US$ and "Third-quarter" as a modifier; a
Namibian Ministry of Environment, Forestry and Tourism media release on the drought cull with a
"From:" line and a table of animals by species; a Polish Red Cross humanitarian update on the Storm
Boris floods with "•" key figures, PLN, € and CHF; a Taiwan Ministry of National Defense release on
the PLA drills around Taiwan with labelled fields, clock times and nautical miles; a Bulgarian
National Bank release on the first week of the euro with "-- " figures, leva = BGN and EUR; a Zambezi
River Authority notice on the Kariba water allocation with labelled lake levels, metres, cubic metres
and megawatts), three Wikinews-style reports (the Jeju Air crash at Muan International Airport, Zoran
Milanović re-elected President of Croatia, Daniel Chapo sworn in as President of Mozambique) and three
Reuters wire items of the 1996 CoNLL-2003 kind (a Tallinn item on Lennart Meri's re-election by the
electoral college with kroons = EEK, 1996-09-20; Olympic sailing leading positions from Savannah with
sailors' countries in brackets and net points, 1996-08-01; Olympic canoe sprint results from
Gainesville with medal lines, race times untagged and a medals table, 1996-08-03). Real institutions,
places, office holders and sportspeople; the events are modelled on real ones but details, quotations
and many figures are invented or approximate and must not be read as reporting. Every brief states its
own date: ``published`` = ``reference_date``.

Markup and checks as set 57 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own59`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own59_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Monetary Policy Committee", "MPC" and "the Committee" ORG "Monetary Policy Committee
  (Central Bank of Iceland)"; "the Bank" (capitalised, the issuer) ORG "Central Bank of Iceland", its
  possessive outside; "Play" (the airline) ORG "Play (airline)"; "Yle" ORG; "SAK" ORG "Central
  Organisation of Finnish Trade Unions" (the nationality inside the name not tagged apart); "Hyundai"
  ORG "Hyundai Motor Company"; "IONIQ 5" and "Tucson" PRODUCT "Hyundai Ioniq 5" / "Hyundai Tucson";
  "Hyundai Motor Group Metaplant America" FAC; "Seoul" and "Washington" standing for governments GPE;
  "Republic of Namibia" GPE "Namibia"; "the Ministry" (capitalised) ORG of the issuing ministry
  ("... (Namibia)", "... (Taiwan)"); national parks ("Namib-Naukluft Park", "Mangetti National Park")
  LOC; "Lower Silesian" and "Opole" before a lower-case "voivodeships" GPE "<name> Voivodeship";
  "Morawka" before a lower-case "river" LOC; "Storm Boris" EVENT; "Red Cross" in a label of the Polish
  Red Cross's update ORG "Polish Red Cross"; "Disaster Response Emergency Fund" ORG (a named fund);
  "IFRC" ORG "International Federation of Red Cross and Red Crescent Societies"; "PLA" ORG "People's
  Liberation Army"; "Strait Thunder-2025A" EVENT (the year inside the name not a date); "Shandong"
  PRODUCT "Chinese aircraft carrier Shandong"; "State Department" ORG "United States Department of
  State"; "BNB" ORG "Bulgarian National Bank"; "Commission for Consumer Protection" and "National
  Statistical Institute" ORG "... (Bulgaria)"; "euro area" (lower case) untagged; "KARIBA" in the
  headline (the dam) FAC "Kariba Dam"; "Zambezi" LOC "Zambezi"; "Victoria Falls" (the falls) LOC;
  "Parliament" (Zambia) ORG "National Assembly of Zambia"; "ZESCO" ORG; "Muan" GPE "Muan County";
  "Boeing 737-800" PRODUCT "Boeing 737 Next Generation"; "Muan International Airport" FAC; "Thai",
  "South Korean", "South African", "Soviet", "Baltic", "German" NORP; "HDZ" ORG "Croatian Democratic
  Union"; "Social Democratic Party" ORG "Social Democratic Party of Croatia"; "State Electoral
  Commission" ORG "State Electoral Commission (Croatia)"; "Independence Square" FAC "Independence
  Square (Maputo)"; "Frelimo" ORG "FRELIMO"; "Constitutional Council" ORG "Constitutional Council
  (Mozambique)"; "Mozambicans" NORP "Mozambican"; "Plataforma Decide" ORG; headline names tagged
  ("ESTONIA", "MERI", "KUSZNIEREWICZ", "OLYMPIC"); "Riigikogu" ORG, "parliament" untagged; sailors' and
  paddlers' names without diacritics in the wire with the Wikipedia spelling as name ("Ruutel" ->
  "Arnold Rüütel", "Vahi" -> "Tiit Vähi", "Loof" -> "Fredrik Lööf", "Koban" -> "Rita Kőbán");
  "Britain" GPE "United Kingdom", "Briton" NORP "British", "Pole" NORP "Polish"; "Olympic" (adjective)
  and "Games" (in "these Games") EVENT "1996 Summer Olympics"; "Wassaw Sound" and "Lake Lanier" LOC; "Savannah" and "Gainesville"
  datelines GPE "<city>, Georgia" with "Georgia" GPE "Georgia (U.S. state)"; "Czech Republic" GPE;
  titles ("Governor", "Chief Executive", "Acting President", "fire chief", "Minister of Energy")
  untagged, names inside them tagged ("European Commission President", "European Central Bank
  President", "Jeju Air chief executive"); currency names ("lev", "leva", "euro", "kroon", "won")
  untagged where they are not part of an amount; "the government" untagged.
- Statements: cues say, tell, add, note, expect, estimate, pledge, announce, warn, urge, call for,
  according to, inform, admit; "The Committee noted that X and that Y. It expects ..." two statements
  of the committee; an issuer naming itself in the third person speaks ("The Ministry informs the
  public that ...", "The Ministry said", "Hyundai said", "The company expects ... and pledged to keep
  ..." two, "The Polish Red Cross warned that X and urged Y" two); "According to Statistics Finland, X"
  covers the clause after it, "X, according to Eurostat", "X, according to the State Electoral
  Commission" and "X, according to the final results of the Constitutional Council" the clause before
  (the council speaking); "announced PLN 2 billion in immediate aid and said ..." two statements, the
  first a noun phrase; "pledged a budget surplus of ...", "pledged up to €10 billion ..." noun
  phrases; "pledged to cut ... and to reduce ..." content without the first infinitival "to"; "said X,
  but warned that Y" and "said he would X but admitted that Y" two statements each; "said X and that
  Y" one statement; "told legislators that X. “...,” Koo said." two statements; quoted words inside a
  reported clause kept (quote false); a quotation attributed to "the 67-year-old former writer and
  film-maker" and to "the Briton" speaks as the person meant; "the government declared" (bare) and the
  PLA's naming of an exercise not annotated; "says the vote was rigged" (present) a statement; a
  quotation ending in the attribution comma leaves the comma out, one ending a sentence before a
  colon attribution keeps its full stop.
- Figures: "₩" and "won" amounts KRW; "ISK" ISK; "PLN" PLN; "leva" and "BGN" BGN; "EUR" and "€" EUR;
  "CHF" CHF; "kroons" (Estonia 1996) EEK; "US$" USD; "0.25 percentage points" and "1.2 percentage
  points" pp; "+"-less table columns plain; "about 24 nautical miles" "nmi"; "cubic metres" "m3" (the
  rate "per second" outside the span); "metres" (lake levels) "m", "above sea level" outside;
  "megawatts" "MW"; "kilograms" "kg"; "500 metres" and "1,000 metres" in race names quantities;
  table rows of animals counted by the row's noun ("Zebras 300" "zebra", "Hippos 30" "hippo");
  labelled counts with the noun restored ("Deaths: nine" "death", "Military aircraft detected: 76"
  "aircraft"); "flight attendant" kept as a fixed compound, "six crew" "crew", "Two golds" "gold",
  "374-member" the number only ("374" "member"), "196 votes" "vote"; sailing net points, the canoe
  medals table and other standings columns ``number`` figures; "the 21st member", "a second term",
  "the ninth race", "the fifth President", "a second phase" ordinals; "3% to 4%" two figures; "1.95583
  leva" money with "per euro" outside; "twelve-month" (a rate modifier), race times ("1:37.42"),
  clock times ("06:00", "8.00", "9 a.m."), sub-day durations ("17 hours a day", "about eight" hours,
  "two minutes"), "update no. 4", "K-1", "C-1" and fractions of a population ("about half") untagged.
- Dates: "seven-day" (a deposit term), "five-year", "48-year-old" and "67-year-old" durations;
  "first half of 2025" a January-June month range; "third quarter" and "Third-quarter" without a year
  from the text's year; "Q3 2025" July-September; "July and September" a month range; "the summer" in
  a November text the summer before; "a century" "P100Y"; "at least a year" "P1Y"; "within three
  days" the span "three days"; "from 12 to 16 September" one span with "from"; a month or day without
  a year in a past clause the most recent one ("May" in August, "September" and "December" in
  January, "January" in March, "October" and "December 29" in January, "October 9" and "December 23"
  in January, "March" in April, "August"/"January" in a September wire), in a future clause the next
  ("April" and "July" in March, "November 1" in October, "January 4" in December, "November" for a
  publication in December, "October 20" in September); bare weekdays by tense ("Sunday" and
  "Thursday" before a Friday update, "Tuesday" before a Wednesday release, "Monday" of the called
  strikes before a Wednesday report, "Friday" of the wire's own day, "Thursday" of the sailing wire's
  own day and "Friday" the next day's final race, "Saturday" the canoe wire's own day and "Friday" the
  day before); "last month" in a September wire August; "next year" in a 1996 wire 1997; "Wednesday,
  4 February 2026" and Wikinews date lines one span with the weekday; "the end of 2026" only "2026"
  tagged; "year on year" and "full-year" untagged.
- Date cases: see the comments at each case; Japan's "fiscal 2025", South Africa's "2024/25" and
  Botswana's "2025-26" April-March at month precision; "the second quarter" without a year from the
  reference date; "the second half of 2023" July-December; Christmas Eve (24 December), Freedom Day
  (South Africa, 27 April), Children's Day (South Korea, 5 May) and Midsummer Eve (Latvia, 23 June)
  by their calendar dates; "last winter" in July the December-February before; "the last Sunday of
  October" composed from the month; "fifty years ago today" at day precision; "almost half a century"
  "P50Y". Negatives: a habitual "every Tuesday", a clock time "each morning", "Monthly" as a rate word,
  a vague "the coming weeks", "Year-on-year" as a modifier.
- Figure cases: "a quarter of a million" 250000; "two million forints" HUF; "kronor" (Sweden) SEK;
  "zlotys" and "zł" PLN; "Kč" CZK; "tugriks" MNT; "N$" NAD; "meticais" MZN; "P" (Botswana) BWP; "R" with
  "bn" ZAR; "hryvnias" with "trillion" UAH; "NOK"; "lei" RON; "NT$" TWD; "2.6bn" passengers a count; "50 basis points" 0.5 pp;
  "half a percentage point" 0.5 pp; "3.6 pct" percent; "hectares" "ha"; "miles" "mi"; "300 to 500 zł"
  two figures, the first taking its currency from the second; "4-3/4 percent" 4.75; "5 feet 9 inches"
  5.75 ft; "$3 and 25 cents" 3.25 USD; "-1,450" number -1450; "700th" ordinal. Negatives: a section
  citation, a vague "Thousands", a proportion "Three in four", a phone number."""


from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own59_heldout_briefs_a import BRIEFS_A
from own59_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"ISK", "KRW", "USD", "EUR", "PLN", "CHF", "BGN", "EEK",
                                                  "HUF", "TWD", "SEK", "CZK", "MNT", "NAD", "MZN", "BWP",
                                                  "ZAR", "UAH", "NOK", "RON"}

TAG = "own59"
SOURCE_BRIEFS = (
    "own59: written and annotated by hand for briefx (held-out set 59, session 38) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Central Bank of Iceland, Statistics "
    "Finland, Hyundai Motor Company, Namibia's Ministry of Environment, Forestry and Tourism, the Polish Red "
    "Cross, Taiwan's Ministry of National Defense, the Bulgarian National Bank and the Zambezi River "
    "Authority, Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places, office "
    "holders and sportspeople, events modelled on real news with invented or approximate details and "
    "quotations; MIT"
)
SOURCE_CASES = (
    "own59: short cases written and annotated by hand for briefx (held-out set 59, session 38) by "
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
        ("2026-05-13", "The Gdańsk shipyard strike ended [three weeks ago|2026-04-22]."),
        ("2025-02-19", "The Oslo road tunnel reopens [ten days from today|2025-03-01]."),
        # Wednesday 16 October 2024: two days after is Friday the 18th.
        ("2024-10-16", "The new Busan ferry terminal opens [the day after tomorrow|2024-10-18]."),
        # 31 October 2026 is a Saturday: the last Sunday is the 25th.
        ("2026-08-12", "Voters in Vilnius go to the polls on [the last Sunday of October|2026-10-25]."),
        ("2025-06-04", "The old Riga ferry terminal closed [fifty years ago today|1975-06-04]."),
    ],
    "range": [
        # A past clause in July: this year's July.
        ("2025-07-16", "Roads in Kraków were closed [7-9 July|2025-07-07/2025-07-09]."),
        # A future clause in August: this year's September.
        ("2024-08-21", "The Tokyo game show runs [from 26 to 29 September|2024-09-26/2024-09-29]."),
        # Wednesday 4 March 2026, a future clause: the coming Thursday and Saturday.
        ("2026-03-04", "The Tallinn ferry will not sail [from Thursday to Saturday|2026-03-05/2026-03-07]."),
        ("2025-09-10", "The rainfall records for Gaborone cover [1971-2020|1971/2020]."),
        # A past clause in December: this year's August to October.
        ("2024-12-11", "Miners on the Zambian Copperbelt struck [from August to October|2024-08/2024-10]."),
        ("2026-02-18", "The Prague exhibition ran [March 3, 2025 through February 15, 2026|"
                       "2025-03-03/2026-02-15]."),
    ],
    "words": [
        ("2025-08-20", "Namibia became independent in [nineteen ninety|1990]."),
        ("2024-05-08", "Lithuania declared independence on [the eleventh of March, nineteen ninety|1990-03-11]."),
        ("2026-10-14", "The Seoul Olympics opened in [September of nineteen eighty-eight|1988-09]."),
        # A future clause in January: this year's March.
        ("2025-01-29", "The new assembly in Ulaanbaatar will sit on [the third of March|2025-03-03]."),
        ("2024-11-06", "Zimbabwe became independent in [nineteen eighty|1980]."),
    ],
    "news": [
        ("2026-06-10", "Copper exports from Zambia rose [last month|2026-05]."),
        ("2025-03-26", "The forint has weakened against the euro [this year|2025]."),
        ("2024-07-17", "The court in Bratislava rules [tomorrow|2024-07-18]."),
        ("2026-11-25", "Police in Maputo detained ten people [yesterday|2026-11-24]."),
    ],
    "fiscal": [
        # Japan's fiscal year runs April-March.
        ("2025-05-14", "Japan's budget for [fiscal 2025|2025-04/2026-03] passed the Diet."),
        # South Africa's national fiscal year runs April-March.
        ("2024-02-21", "South Africa's budget for [2024/25|2024-04/2025-03] was tabled in Cape Town."),
        # Botswana's fiscal year runs April-March.
        ("2025-11-19", "Botswana's revenue for [2025-26|2025-04/2026-03] will fall short of plan."),
        # A quarter without a year takes the year of the reference date.
        ("2026-07-29", "Samsung's profit fell in [the second quarter|2026-04/2026-06], the company said."),
        ("2025-11-12", "Czech industry slowed in [Q3 2025|2025-07/2025-09]."),
        ("2024-09-04", "Taiwan's exports in [the second half of 2023|2023-07/2023-12] hit a record."),
    ],
    "weekday": [
        # Wednesday 15 October 2025: a past and a future clause.
        ("2025-10-15", "The dock strike in Gdynia ended on [Monday|2025-10-13]."),
        ("2025-10-15", "The dock strike in Gdynia will end on [Monday|2025-10-20]."),
        # Wednesday 19 June 2024, a future clause.
        ("2024-06-19", "The prime minister will visit Lusaka on [Saturday|2024-06-22]."),
        # Wednesday 23 September 2026, a past clause.
        ("2026-09-23", "Floods hit Busan on [Sunday|2026-09-20]."),
        # Wednesday 12 March 2025.
        ("2025-03-12", "The rand fell [last Thursday|2025-03-06]."),
        # Wednesday 17 January 2024, a future clause.
        ("2024-01-17", "Talks in Vilnius resume [next Tuesday|2024-01-23]."),
    ],
    "month-tense": [
        ("2026-04-08", "Cherry blossoms in Tokyo peaked in [March|2026-03]."),
        ("2026-04-08", "The new Tokyo rail timetable takes effect in [March|2027-03]."),
        # A past clause in January: last November.
        ("2025-01-22", "Wildfires hit Cape Town in [November|2024-11], officials said."),
        ("2024-05-15", "Lithuania holds its parliamentary election on [October 13|2024-10-13]."),
        ("2025-09-17", "The Gdańsk ferry terminal will reopen by [February 28|2026-02-28]."),
    ],
    "duration": [
        ("2026-01-21", "The strike at the port of Klaipėda lasted [nearly two weeks|P2W]."),
        ("2025-04-09", "Tokyo sold [thirty-year|P30Y] bonds."),
        ("2024-03-13", "Suspects in Poland may be held for [up to three months|P3M]."),
        ("2026-09-02", "Prague's Charles Bridge took [almost half a century|P50Y] to build."),
        ("2025-12-03", "The Windhoek bakers signed a [two-year|P2Y] wage deal."),
        # Two durations, the unit of the first taken from the second.
        ("2024-06-12", "Residence permits in Japan last [one|P1Y] to [five years|P5Y]."),
    ],
    "holiday": [
        # Christmas Eve is 24 December; a future clause.
        ("2025-12-17", "Shops in Warsaw will close early on [Christmas Eve|2025-12-24]."),
        # South Africa's Freedom Day is 27 April; a future clause.
        ("2026-04-22", "Johannesburg will celebrate [Freedom Day|2026-04-27] with a concert."),
        # South Korea's Children's Day is 5 May; a future clause.
        ("2024-05-01", "Offices in Seoul will shut on [Children's Day|2024-05-05]."),
        # Latvia's Midsummer Eve (Līgo) is 23 June; a past clause.
        ("2025-06-25", "Bonfires burned across Latvia on [Midsummer Eve|2025-06-23]."),
    ],
    "week": [
        # Wednesday 20 May 2026 is in ISO week 21.
        ("2026-05-20", "The tender in Riga closed [last week|2026-W20]."),
        # Wednesday 5 February 2025 is in ISO week 6.
        ("2025-02-05", "The envoy visits Harare [next week|2025-W07]."),
        ("2024-11-13", "Talks resume in Kyiv [this week|2024-W46]."),
    ],
    "season": [
        ("2025-12-10", "The Oslo metro line opens in [autumn 2027|2027-09/2027-11]."),
        ("2024-03-20", "Floods swept across Central Europe in [the summer of 1997|1997-06/1997-08]."),
        # Wednesday 15 July 2026: the winter before is December 2025 to February 2026.
        ("2026-07-15", "Snowfall in Sapporo was heavy [last winter|2025-12/2026-02]."),
    ],
    "decade": [
        ("2025-10-01", "South Korea's export boom began in [the 1960s|1960/1969]."),
        ("2024-04-10", "Poland's shipyards shrank in [the early 1990s|1990/1999]."),
    ],
    "negative": [
        ("2026-03-11", "The ferry to Helsinki leaves every Tuesday."),
        ("2025-08-13", "The Taipei fish market opens at 6:30 each morning."),
        ("2024-09-18", "Monthly exports from Namibia have doubled."),
        ("2025-02-26", "Bread prices in Harare may rise in the coming weeks."),
        ("2026-12-02", "Year-on-year growth in Budapest rents slowed."),
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
        "Rescuers in Busan pulled [forty-one|count|41|survivor] survivors from the mud.",
        "The district hired [two hundred and sixty|count|260|nurse] nurses.",
        "[Fourteen|count|14|climber] climbers were rescued near Zakopane.",
        "The programme will reach [a quarter of a million|count|250000|pupil] pupils.",
        "The Budapest court fined him [two million forints|money|2000000|HUF].",
    ],
    "currency": [
        "The Taipei metro contract is worth [NT$12.4 billion|money|12400000000|TWD].",
        "Stockholm's new bridge cost [4.5 billion kronor|money|4500000000|SEK].",
        "The Warsaw airport plan costs [40 billion zlotys|money|40000000000|PLN].",
        "The Dukovany reactor deal is worth [Kč 407 billion|money|407000000000|CZK].",
        "Mongolia's budget gap reached [850 billion tugriks|money|850000000000|MNT].",
        "The Windhoek water plant costs [N$1.1 billion|money|1100000000|NAD].",
        "Each farmer in Nampula received [2,500 meticais|money|2500|MZN].",
        "The Gaborone road upgrade costs [P450 million|money|450000000|BWP].",
    ],
    "scale": [
        "Eskom's debt stands at [R400bn|money|400000000000|ZAR].",
        "Ukraine's defence budget totals [2.2 trillion hryvnias|money|2200000000000|UAH].",
        "Tokyo's subway carried [2.6bn|count|2600000000|passenger] passengers.",
        "Norway's oil fund earned [NOK 1.7 trillion|money|1700000000000|NOK].",
        "Romania's deficit reached [152 billion lei|money|152000000000|RON].",
    ],
    "units": [
        "The typhoon dropped [250 millimetres|quantity|250|mm] of rain on Nagasaki.",
        "The bridge pylons in Malmö rise [204 metres|quantity|204|m].",
        "Zambia mined [820,000 tonnes|quantity|820000|t] of copper.",
        "Fires burned [12,000 hectares|quantity|12000|ha] in Bohemia.",
        "The pipeline runs [310 miles|quantity|310|mi] to Beira.",
    ],
    "percent": [
        "Inflation in Poland fell to [4.1 per cent|percent|4.1|%].",
        "The National Bank of Romania cut rates by [50 basis points|percent|0.5|pp].",
        "The ruling party's share fell [four percentage points|percent|4|pp].",
        "[Sixty percent|percent|60|%] of the rice crop was lost.",
        "Bond yields in Budapest rose [half a percentage point|percent|0.5|pp] to [6.8%|percent|6.8|%].",
        "Exports from Latvia climbed [3.6 pct|percent|3.6|%].",
    ],
    "range": [
        "Growth is forecast at between [2|percent|2|%] and [2.5 percent|percent|2.5|%].",
        "The Busan bridge will cost [₩5|money|5000000000000|KRW] to [₩6 trillion|money|6000000000000|KRW].",
        "[30|count|30|house]-[40|count|40|house] houses were flooded in Lviv.",
        "The swells off Cape Point were [5|quantity|5|m] to [7 metres|quantity|7|m] high.",
        "Hotel rooms in Kraków cost [300|money|300|PLN] to [500 zł|money|500|PLN] a night.",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|passenger] passengers were stranded at Incheon.",
        "[More than 70%|percent|70|%] of voters in Vilnius turned out.",
        "[Roughly 2,400|count|2400|home] homes lost power in Bergen.",
        "The Lusaka mine deal is worth [about US$1.2 billion|money|1200000000|USD].",
        "[No more than 12|count|12|vessel] vessels may enter Gdańsk harbour.",
        "[Up to 40,000|count|40000|runner] runners are expected in Prague.",
    ],
    "count": [
        "The quake in Hualien damaged [1,204|count|1204|building] buildings.",
        "[One|count|1|ranger] ranger was injured.",
        "The ministry will open [nine|count|9|school] schools.",
        "Customs in Gdańsk seized [187|count|187|container] containers.",
        "[Thirty-two|count|32|village] villages lost power.",
    ],
    "ordinal": [
        "It was the [fifth|ordinal|5] typhoon of the season.",
        "The president won a [second|ordinal|2] term.",
        "Vilnius marked its [700th|ordinal|700] anniversary.",
        "She is the [first|ordinal|1] Mongolian to climb the peak.",
    ],
    "tally": [
        "The court ruled [6|number|6]-[3|number|3] against the law.",
        "Legia beat Lech [2|number|2]-[0|number|0] in Warsaw.",
        "The jury split [5|number|5] to [4|number|4].",
    ],
    "form": [
        "Net migration was [-1,450|number|-1450] in March.",
        "The bond pays [4-3/4 percent|percent|4.75|%].",
        "The wall is [5 feet 9 inches|quantity|5.75|ft] high.",
        "The Honolulu bus fare was [$3 and 25 cents|money|3.25|USD].",
    ],
    "negative": [
        "See Section 4(c) of the act.",
        "Thousands of people fled the fire.",
        "Three in four households own a bicycle.",
        "Call +46 8 123 456 78 for details.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own59(path: str) -> None:
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
        check_own59(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)
