"""Build the seventy-fifth held-out set: eval/own75-briefs-heldout.jsonl, own75-dates-heldout.jsonl
and own75-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 46 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first line of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own67_heldout.py`` and ``own67_heldout_briefs_a.py`` (file format,
markup and checks; ``case_marks`` and ``heldout_build`` are imported as set 67 does, their text unread
but for the few lines that tracebacks printed when a check failed), the "Sixty-seventh held-out set"
section of ``eval/README.md`` and the topic rows of sets 19-73 in its summary table (see the
"Exposures" paragraph of the README section for what else it saw in listings and grep output).
Canonical names and a few facts were checked against public web pages (news, Wikipedia mirrors). The
texts were written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``;
where it is silent, the choice is listed below. The marked texts of the briefs and their statements
are in ``own75_heldout_briefs_a.py`` and ``own75_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and topics from Turkey and Greece,
Romania, Hungary and Bulgaria (Hungary only in the short cases), Ukraine, Estonia, Latvia and Lithuania
(Ukraine and Lithuania only in the short cases), South Korea and Taiwan, Indonesia, the Philippines and
Malaysia, South Africa and Zimbabwe, Australia and Papua New Guinea, and the United States (the
Midwest) that earlier sets lacked. Eight official texts (a National Bank of Romania policy-rate hold
with a capitalised headline in "PERCENT", "•" main indicators, "one percentage point either side",
RON per euro, a VAT rise from 19 to 21 percent, "The NBR expects X and to Y" and "Friday, 14 November"
ahead; a Central Statistical Bureau of Latvia release on average wages with a "Release date:
01.12.2025" line, "X, the Central Statistical Bureau (CSB) reported today", a table of "Q3 2024"/"Q3
2025" wages in € with signed changes, percentage points, the Bank of Latvia as "Latvijas Banka" and
"According to Statistics Estonia, X"; Jollibee Foods Corporation third-quarter results with a "PASIG
CITY, Philippines — November 13, 2025 —" dateline, "THIRD-QUARTER" in a capitalised headline, ₱ and
"PHP" = PHP, "- " highlights, "the first nine months", US$, counts of stores and an "About" block; a
NOAA news release on the Lake Erie harmful algal bloom forecast with a "Thursday, June 26, 2025" line,
a "PUT-IN-BAY, Ohio —" dateline, labelled forecast fields with severity indices as bare numbers,
metric tons, square miles, "between March 1 and June 25" and "this summer"; a Zimbabwe Red Cross
Society humanitarian update on the drought with a "Published" line, "-- " key figures counted by the
label's noun, US$, ZiG = ZWG, CHF, tonnes and mm, "appealed for US$2 billion" and "January" ahead in a
May update; an APEC release on the close of the Gyeongju leaders' meeting with "From:" and "Published"
lines, a capitalised headline with a LAW, "Republic of Korea" and "Chinese Taipei", "two-day",
"Thursday" before a Saturday release, "May" of the next year and "- " key facts; a Turkish
Competition Authority press release on daily fines on Google with a capitalised headline in "TL ...
MILLION", "•" labelled fields, "the Authority" as ORG, a LAW with its number inside, "-- " earlier
fines with Android as PRODUCT; a Snowy Hydro media release on the Snowy 2.0 headrace tunnel with a
"Thursday 21 August 2025" dateline, a named tunnel boring machine as PRODUCT, labelled project facts in
megawatts, gigawatt-hours and km, "17-kilometre", A$ = AUD, a July-June "2024-25", "Two years ago" and
"Today" inside a quotation and numbered notes to editors), three Wikinews-style reports (Greece's state
of emergency on Santorini during the earthquake swarm of February 2025, Rodrigo Duterte flown to The
Hague after his arrest on an ICC warrant, Australia and Papua New Guinea signing the Pukpuk Treaty) and
three Reuters wire items of the 1996 CoNLL-2003 kind (a Sofia item on Petar Stoyanov winning
Bulgaria's presidential run-off with leva = BGL, $ = USD and a newsroom line, 1996-11-04; the golf
World Cup at Erinvale, Somerset West, with South Africa's record win, team and individual scores and
pairs by country, 1996-11-24; a Chicago item on the Bulls staying unbeaten with NBA results, home teams
in capitals and a Central Division standings table with percentages and games behind, 1996-11-16).
Real institutions, places, office holders and sportspeople; the events are modelled on real ones but
details, quotations and many figures are invented or approximate and must not be read as reporting.
Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 67 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own75`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice. "mi2" (square miles, as ANNOTATION.md's "ft2") is added to the builder's
unit list and RON, EUR, PHP, USD, ZWG, CHF, TRY, AUD, BGL, BGN, HUF, MYR, IDR, KRW, PGK, UAH, TWD and
ZAR to its currency-code list.

Run from the project root: ``python3 eval/build_own75_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "NATIONAL BANK OF ROMANIA", "NBR" ORG "National Bank of Romania"; "the Board" of the NBR
  and "the next Board meeting" untagged (a body of the bank, not named apart); "Latvijas Banka" ORG
  "Bank of Latvia"; "Central Statistical Bureau" and "CSB" ORG "Central Statistical Bureau of Latvia";
  "Latgale" (a region in a table) LOC; "State Revenue Service" ORG "State Revenue Service (Latvia)";
  "PASIG CITY" GPE "Pasig"; brands run as companies ORG ("Jollibee", "Chowking", "Mang Inasal",
  "Highlands Coffee", "Smashburger", "Compose Coffee"); "NOAA" ORG "National Oceanic and Atmospheric
  Administration" (not kept as an acronym title); "PUT-IN-BAY" GPE "Put-in-Bay, Ohio"; "Toledo" GPE
  "Toledo, Ohio"; "Stone Laboratory" and "Ohio Sea Grant" ORG, "Gibraltar Island" LOC; "H2Ohio" ORG
  (a state programme acting as an organisation); "Disaster Response Emergency Fund" ORG (a named fund);
  "Masvingo", "Matabeleland South" GPE with the province titles; "ZimVAC" ORG "Zimbabwe Vulnerability
  Assessment Committee"; "Republic of Korea" GPE "South Korea", "Chinese
  Taipei" GPE "Taiwan"; "Gyeongju Declaration" (also in capitals) LAW, like an agreement; "APEC
  Secretariat" ORG as written, "APEC" ORG "Asia-Pacific Economic Cooperation"; "Hwabaek
  International Convention Center" FAC; "TURKISH COMPETITION AUTHORITY", "the Authority" ORG "Turkish
  Competition Authority"; "Google LLC" ORG "Google", "Google Ireland Limited" as written, "Alphabet"
  ORG "Alphabet Inc."; "Law No. 4054 on the Protection of Competition" one LAW with its number (not a
  figure), "Article 17" untagged; "Android" PRODUCT "Android (operating system)"; "TÜRSAB" ORG
  "Association of Turkish Travel Agencies"; "SNOWY 2.0"/"Snowy 2.0" and "Snowy Mountains Scheme" FAC,
  "HumeLink" FAC (a transmission line); "Florence" (a tunnel boring machine) PRODUCT; "Tantangara
  Reservoir" and "Kosciuszko National Park" LOC; "Australian Government" only the NORP; "Vassilis
  Kikilias" PERSON "Vasilis Kikilias"; "Sky Express" ORG "Sky Express (Greece)"; "ERT" ORG "Hellenic
  Broadcasting Corporation"; "OASP" ORG "Earthquake Planning and Protection Organization"; inhabited
  islands GPE ("Santorini", "Amorgos", "Ios", "Anafi"), as set 67; "the 1956 Amorgos earthquake" EVENT
  "1956 Amorgos earthquake" with its year inside (no date); "Ferdinand Marcos Jr." PERSON "Bongbong
  Marcos"; "Facebook" ORG; "Pukpuk" in "Pukpuk defence treaty" LAW "Pukpuk Treaty" (the generic word
  outside); "Parliament House" FAC "Parliament House, Canberra"; "Kokoda Track" LOC; "Tok Pisin" (a
  language) untagged; "Chinese" in "Chinese foreign ministry" NORP, the lower-case ministry untagged;
  "Central Electoral Commission" (Bulgaria) ORG as written; "Union of Democratic Forces", "UDF" ORG
  "Union of Democratic Forces (Bulgaria)"; "Bulgarians" NORP "Bulgarian"; "SOFIA" GPE "Sofia", also in
  the newsroom line (the phone number untagged); "WORLD CUP"/"World Cup" (golf, 1996) EVENT "1996 World
  Cup of Golf"; "Erinvale" FAC "Erinvale Golf Club"; "Steve Jones" PERSON "Steve Jones (golfer)",
  "Raymond Russell" PERSON "Raymond Russell (golfer)"; NBA
  teams ORG by their article titles also when named by city or nickname ("CHICAGO", "BULLS",
  "Detroit", "Pistons", "Pacers"); "Central Division" ORG "Central Division (NBA)", "Eastern
  Conference" ORG "Eastern Conference (NBA)"; "United Center" FAC.
- Statements: cues say, tell, warn, urge, pledge, announce, expect, forecast, report, find, appeal for,
  call for, according to; an issuer naming itself in the third person speaks ("The NBR expects X and
  to Y" one statement, "X, the Central Statistical Bureau (CSB) reported today" the clause before it,
  "NOAA and its research partners forecast X" with NOAA as speaker, "Snowy Hydro today announced that
  X", "The Authority found that X"), but "JFC today reported net income of ..." and "has fined Google
  ..." are not annotated (as set 67 left Roche's "reported group sales of ..."); "appealed for US$2
  billion in aid" cue appeal for, the noun phrase as content; "pledged $270 million over two years for
  ..." a noun phrase; "According to X, Y" the clause after it, also where it comes first; "told
  reporters that X" and "told reporters X and that Y" one statement each; "said X, but warned that Y",
  "warned X, and urged Y", "called for X and warned that Y" two statements each; "said X and that Y"
  one; reported clauses keep their quoted words (quote false: "“forcibly taken”", "“friend to all”",
  "“the backbone of a renewable grid”"); "The Philippine National Police says X" and "the court says
  X" (the ICC named just before) statements; "Scientists say", "dealers said", "a ZRCS volunteer said"
  not annotated (unnamed); "X, the Central Electoral Commission said on Monday, dealing ..." the
  clause before the attribution; "has released", "will launch a regional appeal", "handed
  the chair", "left South Korea" not statements.
- Figures: "₱", "PHP" PHP; "RON" RON (an exchange rate "RON 5.0893 per euro" with the rate words
  outside); "€" and "EUR" EUR; "ZiG" ZWG; "TL" TRY; "A$" AUD; "leva" BGL (the lev before the 1999
  redenomination); "$" in the Sofia, Somerset West and NOAA texts USD; "one percentage point" and "0.4
  percentage points" pp; table cells "+8.0%" percent with the sign in the span; "about 310 metric
  tons" t, "more than 300 square miles" mi2, "less than 150 mm" mm, "megawatts" MW, "gigawatt-hours"
  GWh, "17-kilometre" a quantity over the hyphenated whole; severity indices "3", "2 to 4.5", "10.5" and
  magnitudes "5.2", "7.7" ``number``; labelled fields counted by the label's noun ("Stores worldwide:
  10,213" store, "Rural districts affected: 60" district, "Households reached: 8,450" household, "Water
  points repaired: 37" water point, a fixed term, "Generating units: six" unit, "Member economies: 21"
  economy, "Population: nearly 3 billion" person); "one meal a day" a count with the rate outside;
  "added 22" and "three ahead" with the noun restored (point, stroke); "18 strokes" count "stroke";
  golf scores and aggregates, basketball scores, win-loss columns, winning percentages (".778" ->
  0.778, "1.000" -> 1) and games behind ("3-1/2" -> 3.5) ``number``, the "-" placeholder untagged;
  "9-0" two ``number`` figures; "five three-point shots" count "shot"; "up to 10,000 citizens" count
  "citizen"; ordinals "first turbine", "first day", "first summit", "first appearance", "first new
  alliance", "fifth straight win", "50th anniversary"; "finished second" and "were third" (no noun)
  untagged; "a third of the people" (a fraction of a group), "Hundreds of ... supporters", "double-digit",
  "Monthly inflation" untagged; list numbers "1." ... "3." in notes, "No. 4" of an update, "Article
  17" and "Law No. 4054" untagged.
- Dates: "01.12.2025" dd.mm.yyyy; "Friday, 14 November", "Thursday, June 26, 2025", "Thursday 21 August
  2025" and the Wikinews date lines one span with the weekday; "Q3 2025"/"Q3 2024" and "THIRD-QUARTER"
  (a modifier in the headline, the year from the text) July-September; "the third quarter" without a
  year from the text; "the first nine months" January-September with "the"; "the second half of 2027"
  July-December; "between March 1 and June 25" and "between 1949 and 1974" one span with "between", as
  sets 65 and 67; "this summer" June-August of the reference year; "Two years ago" inside a quotation
  at year precision ("2023"), "Today" inside a quotation the reference day; "a week" "P1W"; "176 days",
  "30 days", "six months", "three days", "two years", "more than 40 years", "more than seven decades",
  "more than two decades" durations with any modifier inside; "two-day", "30-year" and "79-year-old"
  hyphenated durations; Australia's "2024-25" July-June; months and days without a year by tense
  ("July", "1 July", "1 August", "7 October" before an October release; "August" and "September" ahead
  in a June forecast; "January" ahead and "November" behind in a May update; "May" ahead in a November
  release, so of the next year; "December 12" after a November release; "March 3" ahead and "January 26"
  behind in February; "April" ahead in February; "September 16" behind in October; "January 22" of
  1997 after a November 1996 wire; "September" before it; "November" inside a quotation the wire's
  month); bare weekdays by tense ("Thursday" before a Saturday release; "Monday" after a Wednesday
  update; "Thursday" after a Thursday release, so the next one; "Wednesday" before and "Friday" after a
  Thursday report; "Tuesday" before and "Friday" after a Wednesday report; "Monday" of the Sofia wire's
  own day and "Friday" before it; "Sunday" of the Somerset West wire's own day; "Friday" before and
  "Sunday" after the Saturday Chicago wire); "next month", "this month" (with "later" outside),
  "today" by the reference date.
- Date cases: see the comments at each case; South Africa's "2025/26" April-March, Australia's
  "2025-26" July-June, a U.S. federal "FY 2027" October-September; "the third quarter" without a year
  from the reference date; "the April-June quarter" by its months; "H1 2026" January-June; "between 1
  July and 31 August" one span with "between"; South Africa's Day of Reconciliation (16 December, "the"
  outside), Malaysia's Merdeka Day (31 August), Ukraine's Independence Day (24 August) and Greece's Ohi
  Day (28 October) by their calendar dates; "last winter" in September the December-February before it;
  "spring 2027" March-May; "the first Monday of June" and "the day before yesterday" composed from the
  reference date; "ten years ago tomorrow" at day precision; "more than two decades" "P20Y"; "the
  mid-1950s" the decade; "last Thursday" on a Monday the Thursday before; "next Tuesday" on a Saturday
  the coming Tuesday. Negatives: a habitual "every Saturday", a clock time "each morning", "Weekly" as a
  rate word, a vague "the coming months", "12-month" as a modifier.
- Figure cases: "half a million" 500000; "five thousand leva" BGN (in Sofia, after 1999); "RM" MYR;
  "Rp" IDR (with "trillion" and "million"); "₩" KRW; "K" (in Port Moresby) PGK; "TRY", "HUF", "RON",
  "UAH" by code; "₱" PHP; "US$" with "bn" USD; "UAH" with "trn"; "NT$" with "tn" TWD; "R" with "bn" ZAR;
  "71.2m" passengers a count; "25 bps" 0.25 pp; "a quarter of a percentage point" 0.25 pp; "seven
  percentage points" 7 pp; "32.9 per cent" and "5.8 pct" percent; "hectares" "ha"; "5.5-6.5%" two
  figures, the first taking its unit from the second; "UAH 20 to UAH 25 billion" two figures, the first
  taking its scale from the second; "as much as" and "Some" inside the spans; "6-3/4 percent" 6.75;
  "6 feet 3 inches" 6.25 ft; "$4 and 35 cents" 4.35 USD (in Detroit); "-5,230" number -5230; "42nd"
  ordinal; "first woman prime minister" ordinal. Negatives: a citation "Article 6", a vague "Hundreds of
  thousands", a proportion "Two in three", a phone number."""


from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own75_heldout_briefs_a import BRIEFS_A
from own75_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack (BGL: the Bulgarian lev before 1999).
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"RON", "EUR", "PHP", "USD", "ZWG", "CHF", "TRY", "AUD", "BGL",
                                                  "BGN", "HUF", "MYR", "IDR", "KRW", "PGK", "UAH", "TWD", "ZAR"}
# Unit symbols this set uses that the builder's list may lack ("square miles" -> "mi2", as "square feet" -> "ft2").
case_marks.UNIT_SYMBOLS = set(case_marks.UNIT_SYMBOLS) | {"mi2"}

TAG = "own75"
SOURCE_BRIEFS = (
    "own75: written and annotated by hand for briefx (held-out set 75, session 46) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the National Bank of Romania, the Central "
    "Statistical Bureau of Latvia, Jollibee Foods Corporation, NOAA, the Zimbabwe Red Cross Society, APEC "
    "(Gyeongju 2025), the Turkish Competition Authority and Snowy Hydro, Wikinews-style reports and "
    "Reuters-style 1996 wire copy; real institutions, places, office holders and sportspeople, events modelled "
    "on real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own75: short cases written and annotated by hand for briefx (held-out set 75, session 46) by "
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
        # Wednesday 15 April 2026: fourteen days before.
        ("2026-04-15", "Athens' new tram line opened [two weeks ago|2026-04-01]."),
        ("2025-09-10", "The Danube ferry at Calafat will restart [ten days from today|2025-09-20]."),
        # Wednesday 16 October 2024: two days before is Monday the 14th.
        ("2024-10-16", "Latvia's parliament met [the day before yesterday|2024-10-14]."),
        # 1 June 2026 is a Monday.
        ("2026-02-04", "Ankara's book fair opens on [the first Monday of June|2026-06-01]."),
        # Tomorrow is 4 December 2025; ten years before it.
        ("2025-12-03", "The Lombok ferry fire happened [ten years ago tomorrow|2015-12-04]."),
    ],
    "range": [
        # A future clause in June: this year's June.
        ("2025-06-04", "The Sofia film festival runs [18-22 June|2025-06-18/2025-06-22]."),
        # Friday 13 November 2026, a past clause: the Monday to Wednesday just before.
        ("2026-11-13", "Dockworkers in Piraeus struck [from Monday to Wednesday|2026-11-09/2026-11-11]."),
        ("2024-08-21", "Zimbabwe's drought lasted [2023-2024|2023/2024]."),
        # A past clause in February: last December to this February.
        ("2025-02-19", "Chicago's parking ban ran [from December to February|2024-12/2025-02]."),
        ("2026-03-18", "Taiwan's census ran [November 1, 2020 through November 30, 2020|2020-11-01/2020-11-30]."),
        # A past clause in October: this year's July to August.
        ("2024-10-09", "The Bucharest metro line was closed [between 1 July and 31 August|2024-07-01/2024-08-31]."),
    ],
    "words": [
        ("2025-05-21", "Zimbabwe became independent in [nineteen eighty|1980]."),
        ("2024-02-14", "Papua New Guinea became independent on [the sixteenth of September, nineteen seventy-five|"
                       "1975-09-16]."),
        ("2026-01-21", "Estonia restored its independence in [August of nineteen ninety-one|1991-08]."),
        # A future clause in August: the next 3 November.
        ("2025-08-13", "Malaysia's parliament will sit on [the third of November|2025-11-03]."),
        ("2024-06-05", "Romania joined NATO in [two thousand and four|2004]."),
    ],
    "news": [
        ("2026-05-20", "Tourist arrivals in Greece rose [last month|2026-04]."),
        ("2025-10-22", "The Hungarian forint has weakened [this year|2025]."),
        ("2024-03-06", "The court in Kyiv will rule [tomorrow|2024-03-07]."),
        ("2026-08-12", "Police in Manila arrested twelve people [yesterday|2026-08-11]."),
    ],
    "fiscal": [
        # South Africa's fiscal year runs April-March.
        ("2025-02-26", "South Africa's budget for [2025/26|2025-04/2026-03] was tabled in Cape Town."),
        # Australia's fiscal year runs July-June.
        ("2025-05-14", "Australia's Treasury expects a deficit in [2025-26|2025-07/2026-06]."),
        # A U.S. federal fiscal year: October-September.
        ("2026-10-07", "Funding for the Chicago veterans' hospital in [FY 2027|2026-10-01/2027-09-30] was approved."),
        # A quarter without a year takes the year of the reference date.
        ("2025-11-05", "Indonesia's economy grew in [the third quarter|2025-07/2025-09], BPS said."),
        ("2024-08-28", "Taiwan's exports rose in [the April-June quarter|2024-04/2024-06]."),
        ("2026-09-09", "South Korea's chip exports rose in [H1 2026|2026-01/2026-06]."),
    ],
    "weekday": [
        # Wednesday 16 April 2025: a past and a future clause.
        ("2025-04-16", "The Varna ferry sailed to Istanbul on [Saturday|2025-04-12]."),
        ("2025-04-16", "The Varna ferry will sail to Istanbul on [Saturday|2025-04-19]."),
        # Friday 15 May 2026, a future clause.
        ("2026-05-15", "The President of Estonia will visit Riga on [Tuesday|2026-05-19]."),
        # Sunday 20 September 2026, a past clause.
        ("2026-09-20", "Floods hit Jakarta on [Thursday|2026-09-17]."),
        # Monday 8 December 2025.
        ("2025-12-08", "The Bulgarian lev weakened [last Thursday|2025-12-04]."),
        # Saturday 13 July 2024, a future clause.
        ("2024-07-13", "Talks in Kuala Lumpur resume [next Tuesday|2024-07-16]."),
    ],
    "month-tense": [
        ("2026-07-15", "Apricot prices in Izmir peaked in [June|2026-06]."),
        ("2026-07-15", "The new Manila subway line opens in [June|2027-06]."),
        # A past clause in March: last December.
        ("2025-03-19", "Storms hit Iowa in [December|2024-12], officials said."),
        ("2024-09-11", "Hungary's parliament will reconvene on [October 21|2024-10-21]."),
        ("2025-12-10", "The new Vilnius tram line will open by [April 30|2026-04-30]."),
    ],
    "duration": [
        ("2026-03-04", "The blackout in Johannesburg lasted [almost three days|P3D]."),
        ("2025-11-19", "Romania sold [ten-year|P10Y] eurobonds."),
        ("2024-05-29", "Suspects in Lithuania may be held for [up to 48 days|P48D]."),
        ("2026-07-22", "The restoration of the Hagia Sophia mosaics has taken [more than two decades|P20Y]."),
        ("2025-06-18", "Nurses in Taipei signed a [three-year|P3Y] pay deal."),
        # Two durations, the unit of the first taken from the second.
        ("2024-11-27", "Work permits in Malaysia last [one|P1Y] to [two years|P2Y]."),
    ],
    "holiday": [
        # South Africa's Day of Reconciliation is 16 December; a future clause.
        ("2026-12-10", "Johannesburg will hold concerts on the [Day of Reconciliation|2026-12-16]."),
        # Malaysia's National Day (Merdeka Day) is 31 August; a past clause.
        ("2025-09-03", "Kuala Lumpur marked [Merdeka Day|2025-08-31] with a parade."),
        # Ukraine's Independence Day is 24 August; a future clause.
        ("2024-08-20", "Kyiv will hold a ceremony on [Independence Day|2024-08-24]."),
        # Greece's Ohi Day is 28 October; a past clause.
        ("2025-10-31", "Thessaloniki held a parade on [Ohi Day|2025-10-28]."),
    ],
    "week": [
        # Wednesday 24 June 2026 is in ISO week 26.
        ("2026-06-24", "The tender in Riga closed [last week|2026-W25]."),
        # Friday 26 April 2024 is in ISO week 17.
        ("2024-04-26", "The IMF mission visits Harare [next week|2024-W18]."),
        # Saturday 15 November 2025 is in ISO week 46.
        ("2025-11-15", "Floods closed schools in Cebu [this week|2025-W46]."),
    ],
    "season": [
        ("2025-03-26", "Sofia's new metro line opens in [spring 2027|2027-03/2027-05]."),
        ("2024-11-13", "Wildfires hit the Greek island of Rhodes in [summer 2023|2023-06/2023-08]."),
        # Wednesday 16 September 2026: the winter before is December 2025-February 2026.
        ("2026-09-16", "Snow closed roads in Michigan [last winter|2025-12/2026-02]."),
    ],
    "decade": [
        ("2025-01-29", "Taiwan's democratic transition came in [the 1990s|1990/1999]."),
        ("2026-10-28", "Detroit's car industry peaked in [the mid-1950s|1950/1959]."),
    ],
    "negative": [
        ("2026-02-04", "The fish market in Piraeus opens every Saturday."),
        ("2025-05-21", "The Bucharest metro starts at 5:00 each morning."),
        ("2024-09-11", "Weekly rice prices in Manila have risen."),
        ("2025-11-26", "Tourism in Bali may recover in the coming months."),
        ("2026-04-15", "12-month inflation in Ukraine eased."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("range", 2): "prev",
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
        "Rescuers on Mount Olympus found [thirty-seven|count|37|hiker] hikers.",
        "The ministry hired [three hundred and forty|count|340|teacher] teachers in Latvia.",
        "[Twelve|count|12|fisherman] fishermen were rescued off Mindanao.",
        "The polio campaign will reach [half a million|count|500000|child] children in Papua New Guinea.",
        "The Sofia court fined him [five thousand leva|money|5000|BGN].",
    ],
    "currency": [
        "The Istanbul airport deal is worth [TRY 40 billion|money|40000000000|TRY].",
        "Hungary's energy subsidy cost [HUF 1,200 billion|money|1200000000000|HUF].",
        "Romania's new motorway costs [RON 9.5 billion|money|9500000000|RON].",
        "Each farmer in Mindanao received [₱5,000|money|5000|PHP].",
        "Malaysia's budget deficit reached [RM 80 billion|money|80000000000|MYR].",
        "The Jakarta metro extension costs [Rp 26 trillion|money|26000000000000|IDR].",
        "Seoul's new stadium cost [₩1.2 trillion|money|1200000000000|KRW].",
        "Port Moresby's new hospital cost [K450 million|money|450000000|PGK].",
    ],
    "scale": [
        "Remittances to the Philippines reached [US$38.3bn|money|38300000000|USD].",
        "Ukraine's defence budget totals [UAH 2.2trn|money|2200000000000|UAH].",
        "Taiwan's chip exports reached [NT$5.1tn|money|5100000000000|TWD].",
        "South Africa's budget gap is [R320bn|money|320000000000|ZAR].",
        "Incheon Airport handled [71.2m|count|71200000|passenger] passengers.",
    ],
    "units": [
        "The typhoon dropped [410 millimetres|quantity|410|mm] of rain on Hualien.",
        "Mount Wilhelm stands [4,509 metres|quantity|4509|m] high.",
        "Indonesia exported [555 million tonnes|quantity|555000000|t] of coal.",
        "The high-speed railway runs [142 kilometres|quantity|142|km] from Jakarta to Bandung.",
        "The wildfire burned [93,000 hectares|quantity|93000|ha] near Alexandroupolis.",
    ],
    "percent": [
        "Inflation in Turkey fell to [32.9 per cent|percent|32.9|%].",
        "The Bank of Korea cut its rate by [25 bps|percent|0.25|pp].",
        "Fidesz's share of the vote fell [seven percentage points|percent|7|pp].",
        "[Forty percent|percent|40|%] of Zimbabwe's maize crop was lost.",
        "Romanian bond yields rose [a quarter of a percentage point|percent|0.25|pp] to [7.1%|percent|7.1|%].",
        "Exports from Malaysia rose [5.8 pct|percent|5.8|%].",
    ],
    "range": [
        "Growth in the Philippines is forecast at [5.5|percent|5.5|%]-[6.5%|percent|6.5|%].",
        "The Kyiv metro extension will cost [UAH 20|money|20000000000|UAH] to "
        "[UAH 25 billion|money|25000000000|UAH].",
        "[20|count|20|house]-[25|count|25|house] houses were lost near Lae.",
        "Waves off Hualien were [5|quantity|5|m] to [7 metres|quantity|7|m] high.",
        "Rooms in Bali cost [Rp 900,000|money|900000|IDR] to [Rp 2 million|money|2000000|IDR] a night.",
    ],
    "approximate": [
        "[Nearly 4,000|count|4000|passenger] passengers were stranded in Athens.",
        "[More than 65%|percent|65|%] of voters in Riga turned out.",
        "[Roughly 1,800|count|1800|home] homes lost power in Durban.",
        "The Sofia gas deal is worth [about €400 million|money|400000000|EUR].",
        "The new Taipei dome will cost [as much as NT$40 billion|money|40000000000|TWD].",
        "[Some 30,000|count|30000|pilgrim] pilgrims are expected in Cebu.",
    ],
    "count": [
        "The floods in Bihor destroyed [1,240|count|1240|house] houses.",
        "[One|count|1|climber] climber was injured on Mount Kinabalu.",
        "The ministry will open [eleven|count|11|clinic] clinics in Zimbabwe.",
        "Customs at Constanța seized [214|count|214|container] containers.",
        "[Nineteen|count|19|county] counties in Iowa declared emergencies.",
    ],
    "ordinal": [
        "It was the [fourth|ordinal|4] typhoon of the season in Taiwan.",
        "Kaja Kallas became Estonia's [first|ordinal|1] woman prime minister.",
        "Ankara hosted its [42nd|ordinal|42] book fair.",
        "South Africa won its [fourth|ordinal|4] Rugby World Cup in Paris.",
    ],
    "tally": [
        "The Seimas voted [88|number|88] to [29|number|29] to pass the bill.",
        "Olympiacos beat PAOK [2|number|2]-[1|number|1] at the Karaiskakis Stadium.",
        "The vote in Zimbabwe's Senate was split [41|number|41] to [17|number|17].",
    ],
    "form": [
        "Net migration to Latvia was [-5,230|number|-5230] last year.",
        "The Hungarian bond pays [6-3/4 percent|percent|6.75|%].",
        "The wall in Chicago is [6 feet 3 inches|quantity|6.25|ft] high.",
        "A Detroit coffee cost [$4 and 35 cents|money|4.35|USD].",
    ],
    "negative": [
        "See Article 6 of the Turkish Competition Act.",
        "Hundreds of thousands fled the floods in Jakarta.",
        "Two in three households in Manila own a phone.",
        "Call +40 21 555 0199 for details.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own75(path: str) -> None:
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
        check_own75(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)
