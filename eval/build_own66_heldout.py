"""Build the sixty-sixth held-out set: eval/own66-briefs-heldout.jsonl, own66-dates-heldout.jsonl
and own66-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 42 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first line of ``shared/eval/briefs-dev.jsonl`` (the seed case: its id, source,
dates, the opening of its text and its five statements). Besides ``shared/eval/ANNOTATION.md`` (in full,
with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own65_heldout.py`` and ``own65_heldout_briefs_a.py`` (the latest set of this kind: file format,
markup and checks; ``case_marks`` and ``heldout_build`` are imported as set 65 does, their text unread
but for the few lines that tracebacks printed when a check failed), the "Sixty-fifth held-out set"
section of ``eval/README.md`` and the topic rows of sets 19-65 in its summary table (see the
"Exposures" paragraph of the README section for what else it saw in listings, grep output and two
look-ups of public web pages). The texts were written by hand for this set and annotated inline while
writing, by ``ANNOTATION.md``; where it is silent, the choice is listed below. The marked texts of the
briefs and their statements are in ``own66_heldout_briefs_a.py`` and ``own66_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and topics from Japan and South Korea,
Vietnam and the Philippines, Egypt and Tunisia, Canada (British Columbia), Scotland, Wales and Northern
Ireland, and Colombia and Peru that earlier sets lacked. Eight official texts (a Central Bank of Tunisia
press release of the Board of Directors cutting the key rate, with a French-language name line, a
capitalised headline in basis points, "According to the National Institute of Statistics (INS), ...",
"•" main indicators, TND and US$, a direct loan to the state "repayable over 15 years after a three-year
grace period" and "next month"; a National Records of Scotland population estimates release with a
"Published" line, "X, National Records of Scotland (NRS) said today", "the year to June 2024", a table of
signed changes by council area and a note; FPT Corporation nine-month results with a "HANOI" dateline, a
"(HOSE: FPT)" ticker, "- " highlights in VND billion and "bn", US$, "year on year" and an "About" block;
a Korea AeroSpace Administration release on the fourth Nuri launch with labelled fields, clock times,
kg, km, "47.2-metre" and "200-tonne" and ₩ trillion; a Philippine Red Cross operations update on the
Cebu earthquake with a magnitude, "-- " key figures counted by the label's noun, litres, ₱ and CHF; a
release from the Secretariat of the Convention on Biological Diversity with a "From:" line on the close
of COP16 in Cali, the Cali Fund's 1% and 0.1% levies, US$ and "- " key facts; a Natural Resources Wales
news release rating Dŵr Cymru Welsh Water, with a "Published:" line carrying the weekday, "- " key facts,
£ and notes to editors; a BC Hydro news release on Site C with a "VANCOUVER" dateline, labelled fields in
megawatts and gigawatt-hours, $ = CAD, "per cent" and notes to editors), three Wikinews-style reports
(Xi Jinping and Dina Boluarte opening the Port of Chancay, Michelle O'Neill becoming First Minister of
Northern Ireland, Egypt's Ras El Hekma deal with ADQ) and three Reuters wire items of the 1996 CoNLL-2003
kind (a Lima item on the seizure of the Japanese ambassador's residence by Tupac Amaru rebels with the
Lima bourse and soles = PEN, 1996-12-18; Japanese league soccer from Tokyo with clubs, scorers, a
result list and a standings table, 1996-09-28; the Five Nations match Scotland v England at Murrayfield
from Edinburgh with a scorers' block and a standings table, 1996-03-02). Real institutions, places,
office holders and sportspeople; the events are modelled on real ones but details, quotations and many
figures are invented or approximate and must not be read as reporting. Every brief states its own date:
``published`` = ``reference_date``.

Markup and checks as set 65 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own66`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own66_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "BANQUE CENTRALE DE TUNISIE" (the French name line) and "BCT" ORG "Central Bank of Tunisia";
  "Board of Directors" and "the Board" (a body of the bank) untagged; "National Institute of
  Statistics"/"INS" ORG "National Institute of Statistics (Tunisia)"; "Assembly of the Representatives
  of the People" ORG; "NRS" ORG "National Records of Scotland"; the table's council areas GPE by the place
  ("Edinburgh", "Glasgow", "Midlothian", "Aberdeenshire", "Inverclyde", "Na h-Eileanan Siar" -> "Outer
  Hebrides"); "Deputy First Minister" and "First Minister" titles untagged, their "First" not an
  ordinal; "HOSE" ORG "Ho Chi Minh City Stock Exchange", the ticker "FPT" untagged, "FPT" elsewhere ORG
  "FPT Corporation"; "Khoa" (a Vietnamese given name used as the short form) PERSON "Nguyen Van Khoa";
  "Truong Gia Binh" PERSON "Trương Gia Bình"; "Asia-Pacific" LOC; "NURI"/"Nuri" and "KSLV-II" PRODUCT
  "Nuri (rocket)", also before a lower-case "rocket"; "CAS500-3" PRODUCT as written; "Goheung" GPE
  "Goheung County"; "Korea" GPE "South Korea"; "Moon" LOC; "Bogo City" GPE "Bogo, Cebu", "San Remigio"
  and "Medellin" GPE "..., Cebu", "Cebu" (the province) and "Cebu City" GPE; "Richard Gordon" PERSON
  "Richard J. Gordon"; "Ferdinand Marcos Jr." PERSON "Bongbong Marcos"; "Red Cross" as a modifier in
  "Red Cross volunteers" ORG "Philippine Red Cross"; "Disaster Response Emergency Fund" ORG (a named fund);
  "Secretariat of the Convention on Biological Diversity" one ORG span in the "From:" line, "Convention on
  Biological Diversity" alone LAW (a treaty); "COP16"/"COP17" EVENT "2024 United Nations Biodiversity
  Conference"/"2026 United Nations Biodiversity Conference", also as a modifier in "COP16 President";
  "United Nations" ORG before a lower-case "biodiversity conference"; "CALI FUND"/"Cali Fund" ORG;
  "Kunming-Montreal Global Biodiversity Framework" LAW; "Amazon" LOC "Amazon rainforest"; "indigenous
  peoples" (lower case) untagged; "DŴR CYMRU"/"Dŵr Cymru" ORG "Dŵr Cymru Welsh Water"; "Welsh" in "the
  Welsh Government" NORP; "Hafren Dyfrdwy", "Ofwat", "Environment Agency" ORG; "SITE C"/"Site C" FAC "Site
  C dam", also before a lower-case "project"; "Peace River" LOC; "Fort St. John" GPE "Fort St. John,
  British Columbia"; "Washington" GPE "Washington (state)"; "BCUC" ORG "British Columbia Utilities
  Commission"; "W. A. C. Bennett Dam", "Peace Canyon Dam" FAC; "Crown corporation" and "the Province of"
  untagged, "British Columbia" GPE; "Port of Chancay" FAC, "Chancay" alone GPE (the town, also where it
  stands for the port); "Government Palace" FAC "Government Palace (Peru)"; "Volcan" ORG "Volcan Compañía
  Minera"; "COSCO Shipping Ports" ORG; "Chinese" inside "Chinese-built" NORP; "Asia", "Latin America" LOC;
  "Stormont" FAC "Parliament Buildings (Northern Ireland)"; "the Assembly" ORG "Northern Ireland
  Assembly"; "UK" in "the UK Government" GPE "United Kingdom"; "Great Britain" and "Irish Sea" (before a
  lower-case "border") LOC; "Good Friday Agreement" LAW; "Speaker", "Taoiseach" untagged; "ADQ" ORG as
  written; "Ras El Hekma" (before a lower-case "peninsula", and in the headline) LOC; "Mediterranean"
  before a lower-case "coast" LOC "Mediterranean Sea"; "Houthis" ORG "Houthi movement"; "Suez Canal" FAC;
  "Tupac Amaru" (the group) ORG "Túpac Amaru Revolutionary Movement", "Tupac Amaru II" PERSON "Túpac Amaru
  II"; "Nestor Cerpa" PERSON "Néstor Cerpa Cartolini"; "Pedro" PERSON "Pedro Fujimori"; "Lima Stock
  Exchange" ORG; "LIMA", "TOKYO" and "EDINBURGH" datelines GPE; "J.League" ORG; Japanese clubs ORG by
  their article titles ("Yokohama Marinos" -> "Yokohama F. Marinos", "Verdy Kawasaki"/"Verdy" -> "Tokyo
  Verdy", "Nagoya Grampus Eight"/"Nagoya" -> "Nagoya Grampus", "Jubilo Iwata"/"Jubilo" -> "Júbilo Iwata",
  "Yokohama Fluegels"/"Fluegels" -> "Yokohama Flügels", "Urawa" -> "Urawa Red Diamonds", "Bellmare" ->
  "Shonan Bellmare", "Shimizu" -> "Shimizu S-Pulse", "Cerezo" -> "Cerezo Osaka"), "KASHIMA"/"Kashima"
  -> "Kashima Antlers", "Arsenal" -> "Arsenal F.C."; "Kashima Stadium" FAC "Kashima Soccer Stadium";
  "Jorginho" PERSON "Jorginho (footballer, born 1964)"; names written without diacritics in the wire
  PERSON with the accented title ("Arsene Wenger" -> "Arsène Wenger", "Dragan Stojkovic" -> "Dragan
  Stojković"); rugby national sides GPE ("England", "Scotland", ...), also in the headline;
  "Five Nations" EVENT "1996 Five Nations Championship"; "Murrayfield" FAC "Murrayfield Stadium",
  "Twickenham" FAC "Twickenham Stadium"; "Grand Slam" untagged; "Paul" in a quotation PERSON "Paul
  Grayson".
- Statements: cues say, tell, warn, announce, call for, pledge, expect, urge, accept, according to,
  report; an issuer naming itself in the third person speaks ("The BCT said X, but warned that Y. It
  called for Z." three statements, "It" the bank; "The company expects to meet ..." and "BC Hydro
  expects residential rates to rise ..." with the content after "expects", the infinitival "to" left out
  in the first); "X, National Records of Scotland (NRS) said today" and "X, the Philippine Institute of
  Volcanology and Seismology (PHIVOLCS) reported" the clause before the attribution; "According to the
  National Institute of Statistics (INS), X" the clause after it; "said X, but accepted that Y" two
  statements, "accept" an open-list cue like "acknowledge"; "said X and called for Y", "said X, and
  urged Y" and "said X, and pledged that Y" two statements each; "said X and that Y" one (KARI); "told
  reporters that X, and he sent ..." the reported clause only; "Perry pledged to spend ..." the content
  after the infinitival "to"; "called for powers over migration to be devolved ..." and "urged donors to
  send ..." the whole object; quoted fragments inside reported clauses (O'Neill's "with respect and
  integrity", Varadkar's "a new chapter") quote false; "told the Assembly" after a quotation cue tell;
  "congratulated the engineers", "declared a state of calamity", "rejected the claim", "made no public
  comment", "met his security chiefs" and "left the residence to carry messages" (actions) not
  statements; "American officials have warned ...", "Fishermen ... said ..." (unnamed) and the headlines
  not annotated.
- Figures: "TND" TND; "VND ... billion"/"VND ...bn" VND; "₩" KRW; "₱" PHP; "CHF"; "£" GBP; "$" in a
  BC Hydro release CAD; "$" in the Wikinews report on Egypt USD; "US$" USD; "soles" PEN and the following
  "2.57" PEN (its unit from the figure before it), "per dollar" outside the spans; "30.9 pounds" and
  "about 70 pounds" EGP, "to the dollar" outside; "50 basis points" 0.5 pp; "per cent" percent; table
  cells "+1.9%", "-0.2%" percent with the sign in the span; "60% owned" the percent alone; "31.0%" 31;
  the headline's "5.55 MILLION" count with "person" restored; key-figure and field lines counted by the
  label's noun ("People killed: 72" person, "Families affected" family, "Houses damaged" house,
  "Aftershocks recorded" aftershock, "Employees" employee, "Delegates registered" delegate, "Parties to
  the convention" party, "Customers served" customer, "Homes it can power" home); "Six were classed as
  serious" incident restored; "two more than the DUP" seat restored; "to take his tally for the season
  to 19" goal restored; "(6)" and "(3)" in the scorers' block count "penalty" by the label; "six matches
  left", "four points clear" counts; scores, the tallies in results lines and standings cells
  ``number``; the index level "1,730.15" ``number``; the magnitude "6.9" ``number``; "47.2-metre" and
  "200-tonne" quantity spans of the hyphenated adjectives; "megawatts" MW, "gigawatt-hours" GWh, "square
  metres" m2, "litres" l; "the first time" ("Nuri reached orbit for the first time") an ordinal, as
  "first" modifies "time"; "FOURTH FLIGHT", "63rd birthday", "the first units", "first phase", "first
  ship", "third year in a row", "fifth launch" ordinals; adverbial "put the safety ... first", "who are
  second", "twice more", "scored twice" and "both goals" untagged; "two thirds", "At least half" and
  "hundreds" untagged; "only 44 countries" with "only" outside the span; "more than US$5 million each"
  with its modifier; clock times "01:13 KST", "02:48", "9:59 p.m.", "8:30 a.m." and "about 18 minutes"
  untagged (shorter than a day); "no. 2", "CAS500-3", "KSLV-II", "COP16" and the newsroom phone number
  untagged.
- Dates: "first two months of 2025" (a field label without "the") "2025-01/2025-02"; "the first nine
  months of 2025" and the headline's "FIRST NINE MONTHS OF 2025" "2025-01/2025-09"; "the year to June
  2024" and the table heading's "year to June 2024" "2023-07/2024-06" (a period counted back); "year on
  year" untagged (as "year-over-year"); "the fourth quarter" the text's year; "2015 to 2025" one span
  "2015/2025"; "early 2025" "2025" with "early" inside the span (as "the early 1990s"); "26 years old"
  (an age) "P26Y", as "forty-year-old"; "from 35 to 23 days" two durations, the first taking its unit
  from the second; "one week" "P1W"; "12 days", "15 years", "three months", "two months" and "more than
  100 years" durations; "three-year" and "two-year" hyphenated durations; "Thursday 10 July 2025" and the
  Wikinews date lines one span with the weekday; "Oct. 23, 2025" and "1996-12-18" absolute; months and
  days without a year by tense ("February" and "January" before a March decision, "27 March" and "24
  March" of its year, "next month" its April; "August" and "April" before an October release; "January"
  (2025) before an October release; "February" (2025) after a November 2024 closing; "December" (2023)
  and "January" (2024) before a February 2024 report; "April" after a February report; "October" before
  a November report; "March 16" after a March wire); bare weekdays by tense ("Tuesday" and "Wednesday"
  before and "Monday" after a Thursday update; "Tuesday" before a Thursday release; "Wednesday" before a
  Thursday report; "Wednesday" before a Saturday report; "Friday" and "Thursday" before a Saturday
  report; "Wednesday" of the Lima wire's own day and "Tuesday" before it; "Saturday" of both sports
  wires' own day); "this year" in a quotation of a 1996 wire "1996"; "next year" the year after.
- Date cases: see the comments at each case; Japan's "fiscal 2026" April 2026-March 2027 (named by the
  year it starts in), Canada's federal "2025-26" April-March and Egypt's "FY2025/26" July-June at month
  precision; "the third quarter" without a year from the reference date; "the last Friday of March"
  composed from the month; "fifty years ago yesterday" at day precision; "between 11 April and 30
  September" one span with "between"; Saint-Jean-Baptiste Day (24 June), Canada Day (1 July), Hangul Day
  (9 October) and St Andrew's Day (30 November, the "'s" inside the span) by their calendar dates;
  "autumn 2027" September-November; "last spring" in September the March-May just past; "nearly seven
  years" "P7Y"; "the early 1970s" the decade. Negatives: a habitual "every Tuesday", a clock time "each
  morning", "Daily" as a rate word, a vague "the coming weeks", "Year-to-date" as a modifier.
- Figure cases: "a quarter of a million" 250000; "ten thousand dirhams" MAD (in Rabat); "VND", "THB",
  "TND", "MAD", "EGP", "COP" codes; "₱" PHP; "S/" PEN; "¥" with "tn" JPY; "US$" with "bn" USD; "£" with
  "bn" GBP; "C$" with "bn" and "about C$600 million" CAD; "as much as ₩13.5 trillion" KRW; "71.2m"
  passengers a count; "hectares" ha; "25 basis points" 0.25 pp; "nine percentage points" 9 pp; "half a
  percentage point" 0.5 pp; "12.5 per cent" and "6.7 pct" percent; "6.5-7%" two figures, the first
  taking its unit from the second; "COP 20 to COP 25 trillion" two figures, the first taking its scale
  from the second; "as much as" and "Some" inside the spans; "7-1/2 percent" 7.5; "5 feet 9 inches" 5.75
  ft; "$3 and 75 cents" 3.75 CAD (in Montreal); "-1,450" number -1450; "29th" ordinal; "first
  nationalist leader" ordinal. Negatives: a Constitution Act section citation, a vague "Tens of
  thousands", a proportion "Three in four", a phone number."""


from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own66_heldout_briefs_a import BRIEFS_A
from own66_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"TND", "USD", "VND", "KRW", "PHP", "CHF", "GBP", "CAD", "EGP",
                                                  "PEN", "THB", "MAD", "JPY", "COP", "EUR"}

TAG = "own66"
SOURCE_BRIEFS = (
    "own66: written and annotated by hand for briefx (held-out set 66, session 42) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Central Bank of Tunisia, National "
    "Records of Scotland, FPT Corporation, the Korea AeroSpace Administration, the Philippine Red Cross, the "
    "Secretariat of the Convention on Biological Diversity (COP16 in Cali), Natural Resources Wales and BC "
    "Hydro, Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places, office holders "
    "and sportspeople, events modelled on real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own66: short cases written and annotated by hand for briefx (held-out set 66, session 42) by "
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
        ("2026-05-13", "The Busan ferry terminal reopened [three weeks ago|2026-04-22]."),
        ("2025-09-10", "The Cusco rail line will reopen [four days from today|2025-09-14]."),
        # Wednesday 16 October 2024: two days before is Monday the 14th.
        ("2024-10-16", "Hanoi's elevated metro carried record crowds [the day before yesterday|2024-10-14]."),
        # 31 March 2026 is a Tuesday: the last Friday of March is the 27th.
        ("2026-02-04", "Thailand's new Senate sits for the first time on [the last Friday of March|2026-03-27]."),
        # Yesterday was 6 November 2025; fifty years before it.
        ("2025-11-07", "Morocco's Green March began [fifty years ago yesterday|1975-11-06]."),
    ],
    "range": [
        # A future clause in June: this year's September.
        ("2025-06-04", "The Cali salsa festival runs [12-21 September|2025-09-12/2025-09-21]."),
        # Thursday 19 November 2026, a past clause: the Monday to Wednesday just before.
        ("2026-11-19", "Lorry drivers in Lima struck [from Monday to Wednesday|2026-11-16/2026-11-18]."),
        ("2024-08-21", "Egypt's wheat import records cover [2019-2023|2019/2023]."),
        # A past clause in January: last October to last December.
        ("2025-01-15", "Vietnamese coffee farmers picked the crop [from October to December|2024-10/2024-12]."),
        ("2026-07-08", "Scotland's census count ran [March 20, 2022 through May 31, 2022|"
                       "2022-03-20/2022-05-31]."),
        # A past clause in October: this year's April to September.
        ("2024-10-09", "Water rationing in Bogotá lasted [between 11 April and 30 September|2024-04-11/2024-09-30]."),
    ],
    "words": [
        ("2025-03-05", "Tunisia became independent in [nineteen fifty-six|1956]."),
        ("2024-06-12", "The Philippines declared independence on [the twelfth of June, eighteen ninety-eight|"
                       "1898-06-12]."),
        ("2026-09-23", "Vietnam declared independence in [September of nineteen forty-five|1945-09]."),
        # A future clause in March: this year's 28 July.
        ("2026-03-11", "Peru's next president will be sworn in on [the twenty-eighth of July|2026-07-28]."),
        ("2024-11-27", "South Korea hosted the Summer Olympics in [nineteen eighty-eight|1988]."),
    ],
    "news": [
        ("2026-04-15", "Rice prices in Bangkok fell [last month|2026-03]."),
        ("2025-10-22", "The Canadian dollar has weakened [this year|2025]."),
        ("2024-03-06", "The Cardiff court will sentence him [tomorrow|2024-03-07]."),
        ("2026-01-28", "Police in Casablanca arrested four smugglers [yesterday|2026-01-27]."),
    ],
    "fiscal": [
        # Japan's fiscal year runs April-March and is named by the year it starts in.
        ("2025-12-24", "Japan's cabinet approved the budget for [fiscal 2026|2026-04/2027-03]."),
        # Canada's federal fiscal year runs April-March.
        ("2026-02-18", "Ottawa's deficit for [2025-26|2025-04/2026-03] will be the largest since the pandemic."),
        # Egypt's fiscal year runs July-June.
        ("2025-05-07", "Egypt's parliament approved the budget for [FY2025/26|2025-07/2026-06]."),
        # A quarter without a year takes the year of the reference date.
        ("2024-11-13", "Thailand's economy grew faster in [the third quarter|2024-07/2024-09], the NESDC said."),
        ("2025-08-20", "Colombia's coffee exports rose in [Q2 2025|2025-04/2025-06]."),
        ("2026-09-09", "Morocco's trade deficit widened in [the first half of 2026|2026-01/2026-06]."),
    ],
    "weekday": [
        # Wednesday 18 June 2025: a past and a future clause.
        ("2025-06-18", "The Incheon ferry sailed to Jeju on [Saturday|2025-06-14]."),
        ("2025-06-18", "The Incheon ferry will sail to Jeju on [Saturday|2025-06-21]."),
        # Wednesday 22 May 2024, a future clause.
        ("2024-05-22", "The Thai prime minister will visit Hanoi on [Friday|2024-05-24]."),
        # Wednesday 18 March 2026, a past clause.
        ("2026-03-18", "Floods cut the railway to Machu Picchu on [Monday|2026-03-16]."),
        # Wednesday 10 December 2025.
        ("2025-12-10", "The Colombian peso strengthened [last Thursday|2025-12-04]."),
        # Wednesday 24 April 2024, a future clause.
        ("2024-04-24", "Talks in Rabat resume [next Monday|2024-04-29]."),
    ],
    "month-tense": [
        ("2026-06-24", "Mango prices in Manila peaked in [May|2026-05]."),
        ("2026-06-24", "The new Cebu-Mactan bridge opens in [May|2027-05]."),
        # A past clause in February: last November.
        ("2025-02-26", "Typhoon Yinxing hit northern Luzon in [November|2024-11], officials said."),
        ("2024-08-28", "Peru's Congress will reconvene on [September 16|2024-09-16]."),
        ("2025-11-12", "The Casablanca tram extension will open by [March 31|2026-03-31]."),
    ],
    "duration": [
        ("2026-02-25", "The power cut in Sfax lasted [almost four days|P4D]."),
        ("2025-10-15", "Colombia sold [seven-year|P7Y] peso bonds."),
        ("2024-07-03", "Suspects in Egypt may be held for [up to 15 days|P15D]."),
        ("2026-08-12", "The rebuilding of Shuri Castle took [nearly seven years|P7Y]."),
        ("2025-05-14", "Welsh nurses accepted a [two-year|P2Y] pay deal."),
        # Two durations, the unit of the first taken from the second.
        ("2024-12-04", "Work visas in Korea last [three|P3Y] to [five years|P5Y]."),
    ],
    "holiday": [
        # Quebec's Fête nationale (Saint-Jean-Baptiste Day) is 24 June; a future clause.
        ("2025-06-18", "Montreal will hold a parade on [Saint-Jean-Baptiste Day|2025-06-24]."),
        # Canada Day is 1 July; a past clause.
        ("2024-07-03", "Ottawa marked [Canada Day|2024-07-01] with fireworks on Parliament Hill."),
        # Hangul Day is 9 October; a future clause.
        ("2025-10-01", "Seoul will close government offices on [Hangul Day|2025-10-09]."),
        # St Andrew's Day is 30 November; a past clause.
        ("2026-12-02", "Edinburgh Castle opened free of charge on [St Andrew's Day|2026-11-30]."),
    ],
    "week": [
        # Wednesday 29 April 2026 is in ISO week 18.
        ("2026-04-29", "The metro tender in Bogotá closed [last week|2026-W17]."),
        # Wednesday 12 February 2025 is in ISO week 7.
        ("2025-02-12", "The IMF mission visits Tunis [next week|2025-W08]."),
        ("2024-09-18", "Talks resume in Manila [this week|2024-W38]."),
    ],
    "season": [
        ("2025-04-02", "Hanoi's metro line 3 opens in [autumn 2027|2027-09/2027-11]."),
        ("2024-10-30", "Wildfires hit British Columbia in [the summer of 2023|2023-06/2023-08]."),
        # Wednesday 16 September 2026: the spring just past is March-May 2026.
        ("2026-09-16", "Floods hit Niigata [last spring|2026-03/2026-05]."),
    ],
    "decade": [
        ("2025-01-22", "Colombia's coffee boom peaked in [the 1950s|1950/1959]."),
        ("2026-10-21", "South Korea's export boom began in [the early 1970s|1970/1979]."),
    ],
    "negative": [
        ("2026-02-04", "The fish market in Busan opens every Tuesday."),
        ("2025-05-21", "The Cairo metro starts at 5:15 each morning."),
        ("2024-09-11", "Daily flights from Lima to Cusco have risen."),
        ("2025-11-26", "Tourism in Tunisia may recover in the coming weeks."),
        ("2026-04-15", "Year-to-date sales of homes in Vancouver rose."),
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
        "Coast guards off Palawan rescued [forty-two|count|42|fisherman] fishermen.",
        "The province hired [two hundred and sixty|count|260|nurse] nurses in Manitoba.",
        "[Fifteen|count|15|miner] miners were trapped near Arequipa.",
        "The vaccination drive will reach [a quarter of a million|count|250000|child] children in Egypt.",
        "The Rabat court fined him [ten thousand dirhams|money|10000|MAD].",
    ],
    "currency": [
        "The Hanoi ring road costs [VND 85 trillion|money|85000000000000|VND].",
        "The new terminal at Suvarnabhumi cost [THB 42 billion|money|42000000000|THB].",
        "Each family in Leyte received [₱10,000|money|10000|PHP].",
        "Tunisia's bread subsidy cost [TND 1.2 billion|money|1200000000|TND].",
        "The Tangier port expansion costs [MAD 7.5 billion|money|7500000000|MAD].",
        "Egypt's fuel subsidy reached [EGP 154 billion|money|154000000000|EGP].",
        "The new terminal at Jorge Chávez airport cost [S/ 2.3 billion|money|2300000000|PEN].",
        "Bogotá's bus fleet renewal costs [COP 3.1 trillion|money|3100000000000|COP].",
    ],
    "scale": [
        "Japan's defence budget reached [¥8.7tn|money|8700000000000|JPY].",
        "Colombia's oil revenue fell to [US$12.4bn|money|12400000000|USD].",
        "Scotland's health budget is [£21.7bn|money|21700000000|GBP].",
        "BC Hydro's capital plan totals [C$36bn|money|36000000000|CAD].",
        "Incheon Airport handled [71.2m|count|71200000|passenger] passengers.",
    ],
    "units": [
        "The storm dropped [335 millimetres|quantity|335|mm] of rain on Hat Yai.",
        "Mount Fuji stands [3,776 metres|quantity|3776|m] high.",
        "Vietnam exported [8.9 million tonnes|quantity|8900000|t] of rice.",
        "The wildfires burned [1.2 million hectares|quantity|1200000|ha] in Quebec.",
        "The new Cairo monorail runs [56 kilometres|quantity|56|km].",
    ],
    "percent": [
        "Inflation in Egypt fell to [12.5 per cent|percent|12.5|%].",
        "Bank Al-Maghrib cut its rate by [25 basis points|percent|0.25|pp].",
        "Plaid Cymru's share of the vote rose [nine percentage points|percent|9|pp].",
        "[Thirty percent|percent|30|%] of the coffee crop in Huila was lost.",
        "Thai bond yields fell [half a percentage point|percent|0.5|pp] to [2.1%|percent|2.1|%].",
        "Exports from Peru climbed [6.7 pct|percent|6.7|%].",
    ],
    "range": [
        "Growth in Vietnam is forecast at [6.5|percent|6.5|%]-[7%|percent|7|%].",
        "The Bogotá metro will cost [COP 20|money|20000000000000|COP] to "
        "[COP 25 trillion|money|25000000000000|COP].",
        "[30|count|30|house]-[40|count|40|house] houses were lost near Bogo.",
        "Waves off Okinawa were [5|quantity|5|m] to [7 metres|quantity|7|m] high.",
        "Rooms in Marrakesh cost [€90|money|90|EUR] to [€250|money|250|EUR] a night.",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|passenger] passengers were stranded in Manila.",
        "[More than 70%|percent|70|%] of voters in Belfast turned out.",
        "[Roughly 2,500|count|2500|home] homes lost power in Halifax.",
        "The Saint John pipeline deal is worth [about C$600 million|money|600000000|CAD].",
        "The new Busan airport will cost [as much as ₩13.5 trillion|money|13500000000000|KRW].",
        "[Some 40,000|count|40000|pilgrim] pilgrims are expected in Fez.",
    ],
    "count": [
        "The typhoon in Quang Ninh destroyed [2,140|count|2140|house] houses.",
        "[One|count|1|climber] climber was injured on Ben Nevis.",
        "The ministry will open [nine|count|9|clinic] clinics in Tunisia.",
        "Customs in Busan seized [187|count|187|container] containers.",
        "[Fourteen|count|14|council] councils in Wales declared climate emergencies.",
    ],
    "ordinal": [
        "It was the [fifth|ordinal|5] typhoon of the season in Vietnam.",
        "O'Neill became Northern Ireland's [first|ordinal|1] nationalist leader.",
        "Lima hosted its [29th|ordinal|29] book fair.",
        "Japan won its [fourth|ordinal|4] Asian Cup in Doha.",
    ],
    "tally": [
        "The Senedd voted [31|number|31] to [25|number|25] to pass the bill.",
        "Kashima beat Urawa [3|number|3]-[0|number|0] at home.",
        "The vote in the Peruvian Congress was [101|number|101] to [6|number|6].",
    ],
    "form": [
        "Net migration to Japan's Akita prefecture was [-1,450|number|-1450] in May.",
        "The Colombian TES pays [7-1/2 percent|percent|7.5|%].",
        "The fence in Calgary is [5 feet 9 inches|quantity|5.75|ft] high.",
        "A Montreal metro ticket cost [$3 and 75 cents|money|3.75|CAD].",
    ],
    "negative": [
        "See section 91(24) of the Constitution Act, 1867.",
        "Tens of thousands fled the floods in Hue.",
        "Three in four households in Cusco own a mobile phone.",
        "Call +82 2 555 0147 for details.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own66(path: str) -> None:
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
        check_own66(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)
