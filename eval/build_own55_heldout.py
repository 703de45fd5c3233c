"""Build the fifty-fifth held-out set: eval/own55-briefs-heldout.jsonl, own55-dates-heldout.jsonl
and own55-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 36 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own53_heldout.py`` and ``own53_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 53 does, their text unread but for the few lines that raised when a check failed), the
"Fifty-third held-out set" section of ``eval/README.md`` and the topic rows of sets 19-53 in its
summary table (see the "Exposures" paragraph of the README section for what else it saw in listings
and grep output). The texts were written by hand for this set and annotated inline while writing,
by ``ANNOTATION.md``; where it is silent, the choice is listed below. The marked texts of the briefs
and their statements are in ``own55_heldout_briefs_a.py`` and ``own55_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers from the Gulf and the Levant, North
Africa, East Asia, Central Asia and Southern Africa that earlier sets lacked. Eight official texts (a
Bank of Zambia Monetary Policy Committee statement with a capitalised headline, "•" indicators, US$
and K = ZMW; a Morocco High Commission for Planning labour market release with a "From:" line, "-- "
results, percentage points and a table of rates by sex for "Q3 2024"/"Q3 2025"; a Korea Forest
Service wildfire situation report with labelled fields, hectares, millimetres, metres per second, an
ISO week and clock times untagged; Kaspi.kz third-quarter results with an "ALMATY" dateline, "- "
bullets, KZT and US$; an Egyptian Red Crescent humanitarian update on Gaza aid with key figures,
litres, tonnes and notes to editors; a statement of the Presidential Administration of Kyrgyzstan on
the Kyrgyz-Tajik border treaty with a "From:" line and a capitalised headline; a Jordan Ministry of
Water and Irrigation press release on the Aqaba-Amman desalination project with a labelled fact box,
cubic metres, €, US$ and JD = JOD; a Mohammed bin Rashid Space Centre release on the MBZ-SAT launch
with "-- " mission facts, kilograms, centimetres and PRODUCT names), three
Wikinews-style reports (Abdelmadjid Tebboune re-elected President of Algeria, Luvsannamsrain
Oyun-Erdene losing a confidence vote in Mongolia, Zimbabwe's launch of the ZiG currency) and three
Reuters wire items of the 1996 CoNLL-2003 kind (an Amman item on the Karak bread riots, 1996-08-18;
Paralympic swimming winners from Atlanta with countries in brackets, race distances and times,
1996-08-20; Paralympic goalball results and a group standings table from Atlanta, 1996-08-21). Real
institutions, places, office holders and sportspeople; the events are modelled on real ones but
details, quotations and many figures are invented or approximate and must not be read as reporting.
Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 53 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own55`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own55_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Monetary Policy Committee", "MPC" and "the Committee" ORG "Monetary Policy Committee (Bank
  of Zambia)"; "Kariba Dam" FAC; "HCP" ORG "High Commission for Planning"; "Africa Cup of Nations" EVENT
  "2025 Africa Cup of Nations" and "World Cup" EVENT "2030 FIFA World Cup" (the years are the
  editions meant, not in the text); the Korean counties ("Uiseong", "Cheongsong", "Yeongyang",
  "Yeongdeok") GPE "<name> County", "Andong" GPE; "Gounsa" (before a lower-case "temple") and "Hahoe
  Folk Village" FAC; "World Heritage Site" untagged (a kind, not a name); "Nasdaq" ORG with the ticker
  "KSPI" untagged; "Hepsiburada" ORG; "Gaza" GPE "Gaza Strip"; "Al-Arish" GPE "Arish"; "North Sinai" GPE
  "North Sinai Governorate"; "Rafah" (before a lower-case "crossing") FAC "Rafah Border Crossing",
  "Kerem Shalom" FAC "Kerem Shalom crossing"; "Cairo" standing for Egypt's government GPE "Cairo";
  "Presidential Administration of the Kyrgyz Republic" ORG "Presidential Administration of
  Kyrgyzstan" (the country inside the name not tagged apart); "Jogorku Kenesh" ORG "Supreme Council
  (Kyrgyzstan)"; "State Committee for National Security" ORG "... (Kyrgyzstan)"; "Soviet Union" GPE;
  "Vorukh" and "Batken" GPE; "HASHEMITE KINGDOM OF JORDAN" GPE "Jordan"; the title "Aqaba-Amman Water
  Desalination and Conveyance Project" a designation, with the place names inside it untagged, while
  "from Aqaba to Amman" in the fact box is tagged; "SUEZ" ORG "Suez (company)"; "MBZ-SAT", "KhalifaSat",
  "Falcon 9" and "Rashid Rover 2" PRODUCT; "Earth" and "the Moon" LOC; "Emirati" NORP; "ANIE" ORG
  "Independent National Electoral Authority"; "Constitutional Court" ORG "Constitutional Court
  (Algeria)"; "State Great Khural" ORG; "Mongolian People's Party" and "Independent Authority Against
  Corruption" ORG; "Petra" ORG "Jordan News Agency"; "King Hussein" PERSON "Hussein of Jordan" with
  the title outside; "Karak" GPE "Al-Karak"; "Sarah Bailey" PERSON "Sarah Storey" (her later name);
  "Britain" GPE "United Kingdom"; "PARALYMPIC GAMES", "Paralympic Games", "PARALYMPIC" (headline
  modifier) and "the Games" EVENT "1996 Summer Paralympics"; national goalball teams named by country
  GPE (as countries in results lines); "Atlanta Paralympic Organizing Committee" ORG; currency names
  ("kwacha", "dollar", "ZiG", "dinars" as a word, "fils") untagged; "U.S." in "U.S. dollar" tagged GPE;
  bare "the government", "the cabinet", "parliament", "the authority", "the centre", "the central
  bank" (lower case), titles ("Governor", "High Commissioner", "Secretary-General", "Director
  General", "Speaker") and swimming classes ("S12", "SM10") untagged; names inside titles tagged
  ("President of Tajikistan", "Ruler of Dubai", "United Nations Secretary-General").
- Statements: cues say, tell, add, note, expect, estimate, report, warn, urge, ask, pledge, promise,
  vow, announce, confirm, call for, according to; "The Committee noted that ... It expects ..." two
  statements of the committee; an issuer naming itself in the third person speaks ("the High
  Commission for Planning reported", "the Korea Forest Service said", "The Korea Forest Service urged
  ... and asked ..." two statements, "The company expects" (Kaspi.kz), "The Egyptian Red Crescent
  said", "The Mohammed bin Rashid Space Centre announced"); "told a briefing that X, and that Y" and
  "told analysts that X and that Y" one statement each; "according to the Ministry of Foreign Affairs,
  X" covers the clause after it; "according to preliminary results announced ... by the Independent
  National Electoral Authority" speaks as the authority and covers the clause before it; "said the
  figures were “a farce” and vowed to appeal ..." two statements, the quoted words kept inside a
  reported clause (quote false); "told reporters that it had been “an honour to serve”" likewise;
  "He called for more crossings ... to be opened" content "more crossings into northern Gaza to be
  opened"; "Deputies of the opposition Islamic Action Front called for" speaks as the party; "the
  state news agency Petra said" with the sentence before it; "according to the central bank" (lower
  case, unnamed) not annotated; a quotation ending in the attribution comma leaves the comma out.
- Figures: "K" in a Zambian text ZMW; "KZT" KZT; "JD" JOD; "fils" JOD (1,000 fils to the dinar);
  "ZiG" ZWG and "ZWL" ZWL; "US$" and "$" in the 1996 Amman wire USD; rates after an amount ("per U.S.
  dollar", "per share", "a kilogram", "a year", "per ZiG", "each day") outside the span; "megawatts"
  "MW"; "cubic metres" "m3"; "metres per second" "m/s"; "centimetres" "cm"; "972-kilometre" quantity
  "km"; race distances in event names ("100 metres backstroke") quantity "m"; race times, clock times
  and swimming classes untagged (shorter than a day / designations); labelled counts with the noun
  restored ("Deaths: 26" "death", "Evacuated: 37,185" "person", "Net jobs created" "job"); "38
  against" count "member" (noun restored from "44 members"); "126 seats" "seat"; goalball match
  scores two ``number`` figures each, like a tally, and the standings columns (played, won, drawn,
  lost, goals for and against, points) ``number`` figures; "5 to 8%" and "6 to 8%" two figures each,
  the first taking "%" from the second; "0.4 percentage point" "pp"; "a second engine of growth",
  "a seventh year", "the second phase", "its first dollar", "her third gold medal" ordinals.
- Dates: "the third quarter of 2025", "third quarter of 2025" (a label without "the"), "Q3 2024"
  month ranges; "the fourth quarter" (Kaspi.kz, 2025) and "the first quarter of 2026" likewise;
  "19-26 January" a day range; "about four months" (of import cover) "P4M" with the hedge inside;
  "the summer" in a March pledge the coming summer; "next week" and "next year" by the reference
  date; "78-year-old" "P78Y", "11-day" "P11D"; "two weeks", "two days", "30 days", "ten days", "five
  years", "18 years", "four years", "a month" durations; a month or day without a year in a past
  clause the most recent one ("February" in May, "October" in October, "January" and "March" in
  April), in a future clause the next ("21 December" in November, "31 March" in March, "September"
  in June, "April" in March); bare weekdays by tense ("Sunday" the coming Sunday in a Friday report
  of a fire that could be out by then; "Wednesday" the Wednesday before in the same report; "Sunday"
  of the announced results the day before a Monday report; "Tuesday" of the vote the day before;
  "Friday" and "Monday" in a Saturday report the Friday and Monday before; "Saturday" and "Friday"
  in a Sunday wire the days before; "Monday" the day before a Tuesday wire and "Wednesday" of a
  future race the day after; "Tuesday" the day before a Wednesday wire and "Friday" of the
  semi-finals the Friday after); the "1980" of a first competition a plain year.
- Date cases: see the comments at each case; Japan's "fiscal 2026", South Africa's "2026/27" and
  Botswana's "2024/25" April-March, Egypt's "FY2025/26" July-June at month precision, the U.S. "FY
  2026" October-September at day precision, Tunisia's Independence Day (20 March), Christmas Eve,
  Korea's Children's Day (5 May) and the UAE's National Day (2 December) by their calendar dates,
  "last summer" the summer before the reference date (northern hemisphere), "the last Friday of
  March" composed from the month. Negatives: a habitual "every Tuesday", a clock time "each morning",
  "Monthly" as a rate word, a vague "the years ahead", a newspaper name with a weekday.
- Figure cases: "a quarter of a million" 250000; "ten thousand kwacha" ZMW; "half a percentage point"
  0.5 pp; "75 basis points" 0.75 pp; "6-3/4 percent" 6.75; "5 feet 6 inches" 5.5 ft; "$4 and 25 cents"
  4.25 USD; "2.8m" cars a count; "TND"; "DZD"; "dirhams" MAD; "QAR"; "OMR"; "tugrik" MNT; "UZS"; "NT$"
  TWD; "BWP" with "bn"; "MZN" with "tn"; "LBP"; "KGS"; "R" with "billion" ZAR; "acres" "acre"; "miles"
  "mi"; "6.1pc" percent; "-3,100" number -3100; "200th" ordinal. Negatives: a clause citation, a vague
  "Thousands", a proportion "Three in four", a phone number."""


from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own55_heldout_briefs_a import BRIEFS_A
from own55_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"ZMW", "USD", "KZT", "EUR", "JOD", "ZWG", "ZWL", "TND",
                                                  "DZD", "MAD", "QAR", "OMR", "MNT", "UZS", "TWD", "BWP",
                                                  "MZN", "LBP", "KGS", "ZAR"}

TAG = "own55"
SOURCE_BRIEFS = (
    "own55: written and annotated by hand for briefx (held-out set 55, session 36) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Bank of Zambia, Morocco's High "
    "Commission for Planning, the Korea Forest Service, Kaspi.kz, the Egyptian Red Crescent, the "
    "Presidential Administration of Kyrgyzstan, Jordan's Ministry of Water and Irrigation and the "
    "Mohammed bin Rashid Space Centre, Wikinews-style reports and Reuters-style 1996 wire copy; real "
    "institutions, places, office holders and sportspeople, events modelled on real news with invented or "
    "approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own55: short cases written and annotated by hand for briefx (held-out set 55, session 36) by "
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
        ("2026-04-08", "The Astana summit opens [ten days from today|2026-04-18]."),
        ("2025-09-10", "The Casablanca tram line closed [four weeks ago|2025-08-13]."),
        # Wednesday 12 June 2024: two days before is Monday the 10th.
        ("2024-06-12", "The Lusaka talks ended [the day before yesterday|2024-06-10]."),
        # 31 March 2026 is a Tuesday: the last Friday is the 27th.
        ("2026-02-04", "Voters in Gaborone go to the polls on [the last Friday of March|2026-03-27]."),
        ("2025-07-16", "The Tashkent metro line opened [five years ago today|2020-07-16]."),
    ],
    "range": [
        # A past clause in October: this year's October.
        ("2025-10-22", "Schools in Rabat were shut [13-15 October|2025-10-13/2025-10-15]."),
        # A future clause in November: this year's dates.
        ("2024-11-20", "The Tokyo book fair runs [from 28 November to 1 December|2024-11-28/2024-12-01]."),
        # Wednesday 13 August 2025, a future clause: the coming Friday and Monday.
        ("2025-08-13", "The Amman border crossing will close [from Friday to Monday|2025-08-15/2025-08-18]."),
        ("2026-05-27", "The drought records for Bulawayo cover [1980-2025|1980/2025]."),
        # A past clause in September: this year's January to June.
        ("2024-09-18", "Ships avoided the Red Sea [from January to June|2024-01/2024-06]."),
        ("2025-03-19", "The Doha expo ran [October 2, 2023 through March 28, 2024|2023-10-02/2024-03-28]."),
    ],
    "words": [
        ("2026-06-03", "Almaty became the capital in [nineteen twenty-nine|1929]."),
        ("2025-01-08", "Zambia became independent on [the twenty-fourth of October, nineteen sixty-four|"
                       "1964-10-24]."),
        ("2024-05-08", "The dam at Kariba was finished in [December of nineteen fifty-nine|1959-12]."),
        # A future clause in August: this year's October.
        ("2026-08-12", "The new parliament will sit on [the third of October|2026-10-03]."),
        ("2025-04-16", "Oman first exported oil in [nineteen sixty-seven|1967]."),
    ],
    "news": [
        ("2026-03-18", "Date exports from Tunisia rose [last year|2025]."),
        ("2025-12-10", "Power cuts in Harare have worsened [this month|2025-12]."),
        ("2024-07-03", "The verdict in Ulaanbaatar is due [tomorrow|2024-07-04]."),
        ("2026-09-30", "Police in Maputo detained two suspects [yesterday|2026-09-29]."),
    ],
    "fiscal": [
        # Japan's fiscal year runs April-March.
        ("2025-12-24", "Japan's budget for [fiscal 2026|2026-04/2027-03] tops 120 trillion yen."),
        # South Africa's fiscal year runs April-March.
        ("2026-02-25", "South Africa's budget for [2026/27|2026-04/2027-03] was tabled."),
        # Egypt's fiscal year runs July-June.
        ("2025-06-11", "Egypt's budget for [FY2025/26|2025-07/2026-06] was approved."),
        # Botswana's fiscal year runs April-March.
        ("2024-02-05", "Botswana's budget for [2024/25|2024-04/2025-03] cuts spending."),
        # U.S. federal fiscal year: October-September.
        ("2025-11-19", "Congress approved aid to Jordan for [FY 2026|2025-10-01/2026-09-30]."),
        # A quarter without a year takes the year of the reference date.
        ("2026-07-15", "Exports from Busan grew in [the second quarter|2026-04/2026-06], the ministry said."),
    ],
    "weekday": [
        # Wednesday 18 November 2026: a past and a future clause.
        ("2026-11-18", "The rail strike in Tunis ended on [Monday|2026-11-16]."),
        ("2026-11-18", "The rail strike in Tunis will end on [Monday|2026-11-23]."),
        # Wednesday 25 June 2025, a future clause.
        ("2025-06-25", "The emir will visit Muscat on [Saturday|2025-06-28]."),
        # Wednesday 23 October 2024, a past clause.
        ("2024-10-23", "Storms hit Algiers on [Sunday|2024-10-20]."),
        # Wednesday 19 February 2025.
        ("2025-02-19", "The tenge fell [last Friday|2025-02-14]."),
        # Wednesday 6 May 2026, a future clause.
        ("2026-05-06", "Talks in Seoul resume [next Tuesday|2026-05-12]."),
    ],
    "month-tense": [
        ("2026-10-07", "Copper output in Zambia peaked in [June|2026-06]."),
        ("2026-10-07", "The new copper royalties take effect in [June|2027-06]."),
        # A past clause in January: last November.
        ("2025-01-22", "Floods hit Maputo in [November|2024-11], officials said."),
        ("2024-02-14", "Namibia votes on [November 27|2024-11-27]."),
        ("2025-09-24", "The Gaborone runway will reopen by [March 31|2026-03-31]."),
    ],
    "duration": [
        ("2026-01-28", "The blockade of the border lasted [nearly two weeks|P2W]."),
        ("2025-08-20", "Tokyo sold [thirty-year|P30Y] bonds."),
        ("2024-03-13", "Suspects may be held for [up to 48 days|P48D]."),
        ("2026-06-24", "The citadel in Amman has stood for [eight centuries|P800Y]."),
        ("2025-05-14", "The copper miners signed a [three-year|P3Y] wage deal."),
        # Two durations, the unit of the first taken from the second.
        ("2024-10-30", "Tourist visas last [two|P2M] to [four months|P4M]."),
    ],
    "holiday": [
        # Tunisia's Independence Day is 20 March; a future clause.
        ("2025-03-19", "Shops in Tunis will close on [Independence Day|2025-03-20]."),
        ("2026-12-09", "Offices in Windhoek shut on [Christmas Eve|2026-12-24]."),
        # Korea's Children's Day is 5 May; a future clause.
        ("2024-04-24", "Crowds will fill the parks of Seoul on [Children's Day|2024-05-05]."),
        # The UAE's National Day is 2 December; a past clause.
        ("2025-12-03", "Flags flew across Abu Dhabi on [National Day|2025-12-02]."),
    ],
    "week": [
        # Wednesday 11 March 2026 is in ISO week 11.
        ("2026-03-11", "The tender in Doha closed [last week|2026-W10]."),
        # Wednesday 26 November 2025 is in ISO week 48.
        ("2025-11-26", "The envoy visits Beirut [next week|2025-W49]."),
        ("2024-06-26", "Talks resume in Rabat [this week|2024-W26]."),
    ],
    "season": [
        ("2025-10-01", "The Busan metro line opens in [autumn 2027|2027-09/2027-11]."),
        ("2024-08-28", "Locusts swarmed across Morocco in [the spring of 2021|2021-03/2021-05]."),
        # Wednesday 4 March 2026: the summer before is that of 2025.
        ("2026-03-04", "Electricity use in Seoul peaked [last summer|2025-06/2025-08]."),
    ],
    "decade": [
        ("2025-07-09", "Kazakhstan's oil boom began in [the 2000s|2000/2009]."),
        ("2024-12-04", "The apartheid laws were repealed in [the early 1990s|1990/1999]."),
    ],
    "negative": [
        ("2026-04-22", "The ferry to Tangier leaves every Tuesday."),
        ("2025-09-03", "The souk in Muscat opens at 6:30 each morning."),
        ("2024-11-06", "Monthly rainfall in Windhoek has halved."),
        ("2025-02-26", "Tourism may recover in the years ahead."),
        ("2026-07-01", "He writes for the Sunday Times in Johannesburg."),
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
        "Rescuers pulled [forty-two|count|42|survivor] survivors from the rubble in Agadir.",
        "The province hired [two hundred and sixty|count|260|nurse] nurses.",
        "[Fifteen|count|15|climber] climbers were stranded near Almaty.",
        "The scheme will reach [a quarter of a million|count|250000|household] households.",
        "The Lusaka court fined him [ten thousand kwacha|money|10000|ZMW].",
    ],
    "currency": [
        "The Tunis metro contract is worth [TND 480 million|money|480000000|TND].",
        "Algeria's wheat imports cost [DZD 210 billion|money|210000000000|DZD].",
        "The Rabat stadium cost [5 billion dirhams|money|5000000000|MAD].",
        "Qatar's budget sets aside [QAR 21 billion|money|21000000000|QAR] for health.",
        "Oman's port expansion costs [OMR 160 million|money|160000000|OMR].",
        "Each herder in Mongolia received [500,000 tugrik|money|500000|MNT].",
        "Uzbekistan's metro loan totals [UZS 3.2 trillion|money|3200000000000|UZS].",
        "The Taipei rail upgrade costs [NT$48 billion|money|48000000000|TWD].",
    ],
    "scale": [
        "Botswana's diamond revenue fell to [BWP 9.6bn|money|9600000000|BWP].",
        "Mozambique's gas project costs [MZN 1.3tn|money|1300000000000|MZN].",
        "Korean carmakers shipped [2.8m|count|2800000|car] cars.",
        "Lebanon's bank losses total [LBP 90 trillion|money|90000000000000|LBP].",
        "Kyrgyzstan's budget totals [KGS 420 billion|money|420000000000|KGS].",
    ],
    "units": [
        "The typhoon dumped [210 millimetres|quantity|210|mm] of rain on Nagoya.",
        "The dam wall is [420 feet|quantity|420|ft] high.",
        "Namibia exported [3,200 tonnes|quantity|3200|t] of uranium.",
        "Wildfires burned [12,000 acres|quantity|12000|acre] near Cape Town.",
        "The pipeline runs [1,240 miles|quantity|1240|mi] to the coast.",
    ],
    "percent": [
        "Inflation in Egypt fell to [12.3 per cent|percent|12.3|%].",
        "The central bank cut rates by [75 basis points|percent|0.75|pp].",
        "The ruling party's share fell [four percentage points|percent|4|pp].",
        "[Thirty percent|percent|30|%] of the wheat crop was lost.",
        "Yields rose [half a percentage point|percent|0.5|pp] to [7.4%|percent|7.4|%].",
        "Exports climbed [6.1pc|percent|6.1|%].",
    ],
    "range": [
        "Growth is forecast at between [4|percent|4|%] and [4.5 percent|percent|4.5|%].",
        "The port will cost [R30|money|30000000000|ZAR] to [R35 billion|money|35000000000|ZAR].",
        "[30|count|30|house]-[40|count|40|house] houses were flooded.",
        "The dunes are [80|quantity|80|m] to [100 metres|quantity|100|m] high.",
        "Rooms in Marrakesh cost [MAD 900|money|900|MAD] to [MAD 1,500|money|1500|MAD] a night.",
    ],
    "approximate": [
        "[Nearly 6,000|count|6000|pilgrim] pilgrims were stranded in Jeddah.",
        "[More than 70%|percent|70|%] of voters turned out.",
        "[Roughly 2,500|count|2500|home] homes lost power.",
        "The port deal is worth [about US$1.8 billion|money|1800000000|USD].",
        "[No fewer than 12|count|12|vessel] vessels sheltered in Walvis Bay.",
        "[Up to 40,000|count|40000|runner] runners are expected in Tokyo.",
    ],
    "count": [
        "The quake damaged [2,614|count|2614|building] buildings.",
        "[One|count|1|ranger] ranger was injured.",
        "The ministry will open [nine|count|9|school] schools.",
        "Customs seized [347|count|347|container] containers.",
        "[Thirty-one|count|31|village] villages lost water.",
    ],
    "ordinal": [
        "It was the [fifth|ordinal|5] typhoon of the season.",
        "The president won a [sixth|ordinal|6] term.",
        "The city marked its [200th|ordinal|200] anniversary.",
        "She is the [first|ordinal|1] Mongolian to win the race.",
    ],
    "tally": [
        "The council voted [11|number|11]-[4|number|4] for the plan.",
        "Wydad beat Esperance [2|number|2]-[0|number|0] in Casablanca.",
        "The judges split [5|number|5] to [2|number|2].",
    ],
    "form": [
        "Net migration was [-3,100|number|-3100] in May.",
        "The bond pays [6-3/4 percent|percent|6.75|%].",
        "The fence is [5 feet 6 inches|quantity|5.5|ft] high.",
        "The Houston bus fare was [$4 and 25 cents|money|4.25|USD].",
    ],
    "negative": [
        "See clause 7(c) of the lease.",
        "Thousands of people fled the fighting.",
        "Three in four families own a phone.",
        "Call +260 211 555 0193 for details.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own55(path: str) -> None:
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
        check_own55(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)
