"""Build the fifty-sixth held-out set: eval/own56-briefs-heldout.jsonl, own56-dates-heldout.jsonl
and own56-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 37 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own55_heldout.py`` and ``own55_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 55 does, their text unread but for the few lines that raised when a check failed), the
"Fifty-fifth held-out set" section of ``eval/README.md`` and the topic rows of sets 19-55 in its
summary table (see the "Exposures" paragraph of the README section for what else it saw in listings
and grep output). The texts were written by hand for this set and annotated inline while writing,
by ``ANNOTATION.md``; where it is silent, the choice is listed below. The marked texts of the briefs
and their statements are in ``own56_heldout_briefs_a.py`` and ``own56_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers from South Asia, Southeast Asia,
Oceania and East Africa whose topics earlier sets lacked. Eight official texts (a Bank of Uganda
monetary policy statement with a capitalised headline, "-- " indicators, UGX and US$, July-June
"2024/25"/"2025/26" years and "12 months to August 2025"; a Kenya National Bureau of Statistics
quarterly GDP release with a "From:" line, a capitalised headline and a table of signed growth rates
for "Q2 2024"/"Q2 2025"; a Fiji Meteorological Service tropical cyclone alert on Cyclone Rae with
labelled fields, km/h, hectopascals, millimetres and clock times untagged; Fonterra annual results
with an "AUCKLAND" dateline, "- " highlights, $ = NZD, cents, a July-June "FY25"/"FY26" and a June-May
dairy season "2025/26"; a Kenya Red Cross Society floods update with "•" key figures, KSh = KES, US$
and notes to editors; a Philippine Department of Foreign Affairs statement on the Escoda (Sabina) Shoal
ramming with a "From:" line, a capitalised headline, nautical miles and a PRODUCT vessel; a Nepal
Department of Tourism release on the spring climbing season with a table of permits by peak, metres,
US$ royalties and kilograms; a Samoa Ministry of Foreign Affairs and Trade press release on the close
of CHOGM 2024 in Apia with "-- " key facts, WST and US$), three Wikinews-style reports (Prabowo Subianto
sworn in as President of Indonesia, William Ruto withdrawing Kenya's Finance Bill 2024 after the
protests, Paetongtarn Shinawatra elected Prime Minister of Thailand) and three Reuters wire items of
the 1996 CoNLL-2003 kind (a Jakarta item on the rupiah and reserves after the July riots, 1996-08-13;
Australian Rugby League results and standings from Sydney with clubs named by city, 1996-08-25; a
four-nation men's hockey tournament in Kuala Lumpur with scorers in brackets and a standings table,
1996-09-15). Real institutions, places, office holders and sportspeople; the events are modelled on
real ones but details, quotations and many figures are invented or approximate and must not be read
as reporting. Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 55 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own56`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own56_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Monetary Policy Committee", "MPC" and "the Committee" ORG "Monetary Policy Committee (Bank
  of Uganda)"; "BoU" ORG "Bank of Uganda"; "Lake Albert" LOC (the oil fields around it untagged);
  "KNBS" ORG "Kenya National Bureau of Statistics"; "Parliament" (Kenya) ORG "Parliament of Kenya";
  "Tropical Cyclone Rae" (after a lower-case category word "Severe", left outside) and "Rae" EVENT
  "Cyclone Rae", "Tropical Cyclone Hidaya" EVENT "Cyclone Hidaya"; islands and island groups
  ("Lakeba", "Kadavu", "Vanua Levu", "Vanua Balavu", "Cicia", "Viti Levu", "Lau Group" -> "Lau
  Islands") LOC; "National Disaster Management Office" ORG "... (Fiji)"; "Mainland Group" and "Lactalis"
  ORG; "Mai Mahiu" GPE; "Escoda Shoal" LOC "Sabina Shoal" (the Philippine name for it); "BRP Teresa
  Magbanua" PRODUCT (a vessel); "Palawan" GPE (the province); "the Department" ORG "Department of
  Foreign Affairs (Philippines)"; "Beijing" standing for China's government GPE "Beijing"; "West
  Philippine Sea" LOC; "GOVERNMENT OF NEPAL" with only "NEPAL" tagged (GPE "Nepal"); "Everest" LOC "Mount
  Everest", "Lhotse", "Makalu", "South Col" LOC; "Sherpa" NORP; "CHOGM" and "Commonwealth Heads of
  Government Meeting" EVENT "2024 Commonwealth Heads of Government Meeting" (the edition meant);
  "Pacific Islands" LOC; "Commonwealth" ORG "Commonwealth of Nations"; "King Charles III" PERSON "Charles
  III", "King Maha Vajiralongkorn" PERSON "Vajiralongkorn", both with the title outside; "Finance Bill
  2024" LAW "Finance Bill 2024 (Kenya)" (the year inside the name, not a date), the lower-case "finance
  bill" in the headline untagged; "State House" FAC "State House (Kenya)"; "Kenyans" NORP "Kenyan";
  "Constitutional Court" ORG "Constitutional Court of Thailand"; "People's Party" ORG "People's Party
  (Thailand)"; "PDI" ORG "Indonesian Democratic Party"; "National Commission on Human Rights" ORG "...
  (Indonesia)"; "Soerjadi" PERSON as spelt in 1996; rugby league clubs named by city ORG with the club's
  full name ("Manly" -> "Manly Warringah Sea Eagles", "St George" -> "St. George Dragons"); national
  hockey teams named by country GPE (as countries in results lines); "Commonwealth Games" EVENT "1998
  Commonwealth Games" with the "1998" after it a plain year; "National Hockey Stadium" FAC "... (Malaysia)";
  currency names on their own ("shilling", "rupiah", "dollar"),
  titles ("Governor", "Director General", "Secretary General", "Cabinet Secretary", "Secretary-General",
  "Head of the Commonwealth") and bare "the government", "the service", "the society", "the league", "the
  court" untagged; names inside titles tagged ("President of Indonesia", "Foreign Minister of Ghana").
- Statements: cues say, tell, add, note, project, warn, urge, call on, call for, claim, announce,
  pledge, promise, estimate, expect, report, confirm, according to; "The Committee noted that ... It
  projects ..." two statements of the committee; an issuer naming itself in the third person speaks
  ("the Kenya National Bureau of Statistics reported", "The Fiji Meteorological Service said", "the
  service warned", "The Kenya Red Cross Society said", "The Department called on", "The Department of
  Tourism announced", "The co-operative expects" (Fonterra), "The league confirmed" (Australian Rugby
  League)); "told ... that X and that Y" and "said ... that X, and that Y" one statement each; "called
  on China to withdraw ..." content "China to withdraw ... of 2016" (as "urged X to ..."); "She will
  take office ... and pledged to put ..." content after the infinitival "to"; "Beijing claimed" speaks
  as Beijing; "X, according to the National Commission on Human Rights" covers the clause before it;
  "said the government still expected X" speaks as the minister, the content keeping "the government
  still expected"; "according to Reuters, X" covers the clause after it; an IMF "had urged Kenya to cut
  ..." a statement; "is expected to endorse" (no named source) and the issuer's own "The Philippines
  strongly protests ..." not annotated; a quotation ending in the attribution comma leaves the comma
  out.
- Figures: "$" in a New Zealand company release NZD, "cents" NZD hundredths; "UGX", "KSh" KES, "Rp" IDR,
  "WST", "baht" THB, "rupiah" IDR; "50 to 70 cents" two figures, the first taking "cents" from the
  second (0.5 NZD); "4.5 to 5 percent" two figures; rates after an amount ("per U.S. dollar", "per
  share", "per kgMS", "each", "to the dollar") outside the span; "hectopascals" "hPa"; "kilometres per
  hour" and "km/h" "km/h"; "nautical miles" "nmi"; "97-metre" and "8,000-metre" quantity "m"; heights of
  peaks "8,849 m" quantity "m"; "1.49 billion kilograms" quantity "kg"; the table of permits by peak
  counts with the noun "permit" restored from its caption; "Deaths since March: 188" "death"; "38 of
  47" counties two counts "county"; "three times" count "time"; "195 votes to 106" and "319 votes, with
  145 against" counts "vote" (noun restored); a court ruling "5-4" two ``number`` figures; rugby league
  and hockey scores two ``number`` figures each, standings columns ``number`` figures, a scorer's goal
  count after his name ("Shahbaz Ahmed 2") a ``number``; the index level "545.33" a ``number``; signed
  growth rates in the KNBS table percent with "%"; "the fifth meeting", "the second cyclone", "the
  third such attack", "the first increase", "the eighth President", "his first speech", "the second
  woman", "fourth place", "the first time", "the second half" ordinals; a newsroom phone number
  untagged.
- Dates: "12 months to August 2025" (a label without "the") a period counted back, "2024-09/2025-08";
  Uganda's and Kenya's "2024/25", "2025/26" July-June at month precision; Fonterra's "FY25"/"FY26"
  August-July (its year ends 31 July), "the year ended 31 July 2025" the same months; the dairy season
  "2025/26" June-May; "SECOND QUARTER 2025", "Q2 2024" and "the first half of 2026" month ranges;
  "spring 2025" March-May (northern hemisphere, Nepal); "37-year-old", "73-year-old" and "four-year"
  durations; "two weeks", "three months", "five years" durations; "next week" and "last week" ISO weeks
  of the reference date; a month or day without a year in a past clause the most recent one ("August"
  in October, "March" in May, "April" and "January" in August, "June" in an August 1996 wire), in a
  future clause the next ("November" in September, "1 August" in June, "September" and "September 7"
  in an August 1996 wire); bare weekdays by tense ("Monday" of an expected departure the day after a
  Sunday alert, "Tuesday" of a sailing ban the Tuesday after; "Monday" of the dam burst the Monday
  before a Thursday update; "Tuesday" of the storming and the vote the day before a Wednesday report;
  "Wednesday" of the court ruling two days before a Friday report; "Tuesday" the day of a Tuesday wire,
  "Monday" the day before; "Saturday" and "Sunday" of matches in a Sunday wire the day before and the
  day itself; "Sunday" of a Sunday wire the day itself); "1996" in an ARL statement a plain year.
- Date cases: see the comments at each case; India's "2026-27" April-March, Pakistan's "FY2025-26",
  Australia's "2025-26" and Kenya's "2026/27" July-June at month precision, the U.S. "FY 2025"
  October-September at day precision, Kenya's Jamhuri Day (12 December), Anzac Day (25 April),
  Indonesia's Independence Day (17 August) and Sri Lanka's Independence Day (4 February) by their
  calendar dates, "last summer" the summer before the reference date (northern hemisphere), "the first
  Thursday of February" composed from the month, "two millennia" "P2000Y". Negatives: a habitual
  "every Thursday", a clock time "each evening", "Weekly" as a rate word, a vague "the coming years", a
  newspaper name with a weekday.
- Figure cases: "half a million" 500000; "five thousand Fiji dollars" FJD; "a quarter of a percentage
  point" 0.25 pp; "50 basis points" 0.5 pp; "7-1/4 percent" 7.25; "6 feet 3 inches" 6.25 ft; "NZ$5 and
  60 cents" 5.6 NZD; "4.2m" phones a count; "BDT"; "Rs." in a Sri Lankan text LKR; "dong" VND; "ETB";
  "TSh" TZS; "RWF"; "K" in a Port Moresby text PGK; "tala" WST; "₱" PHP with "bn"; "RM" MYR with "bn";
  "NPR"; "S$" SGD; "A$" AUD; "IDR" with "million"; "hectares" "ha"; "kilometres" "km"; "8.4pc" percent;
  "-2,400" number -2400; "150th" ordinal. Negatives: a section citation, a vague "Hundreds of
  thousands", a proportion "Two in five", a phone number."""


from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own56_heldout_briefs_a import BRIEFS_A
from own56_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"UGX", "USD", "KES", "NZD", "IDR", "THB", "WST", "FJD",
                                                  "BDT", "LKR", "VND", "ETB", "TZS", "RWF", "PGK", "PHP",
                                                  "MYR", "NPR", "SGD", "AUD"}

TAG = "own56"
SOURCE_BRIEFS = (
    "own56: written and annotated by hand for briefx (held-out set 56, session 37) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Bank of Uganda, the Kenya National "
    "Bureau of Statistics, the Fiji Meteorological Service, Fonterra, the Kenya Red Cross Society, the "
    "Philippine Department of Foreign Affairs, Nepal's Department of Tourism and Samoa's Ministry of Foreign "
    "Affairs and Trade, Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places, "
    "office holders and sportspeople, events modelled on real news with invented or approximate details and "
    "quotations; MIT"
)
SOURCE_CASES = (
    "own56: short cases written and annotated by hand for briefx (held-out set 56, session 37) by "
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
        ("2026-03-11", "The Kampala expressway opens [three weeks from today|2026-04-01]."),
        ("2025-11-19", "The Hanoi metro line closed [ten days ago|2025-11-09]."),
        # Wednesday 4 September 2024: two days before is Monday the 2nd.
        ("2024-09-04", "The Suva talks ended [the day before yesterday|2024-09-02]."),
        # 1 February 2026 is a Sunday: the first Thursday is the 5th.
        ("2026-01-14", "Voters in Dhaka go to the polls on [the first Thursday of February|2026-02-05]."),
        ("2025-05-21", "The Colombo port terminal opened [two years ago today|2023-05-21]."),
    ],
    "range": [
        # A past clause in August: this year's August.
        ("2025-08-20", "Schools in Kigali were shut [4-8 August|2025-08-04/2025-08-08]."),
        # A future clause in October: this year's dates.
        ("2024-10-09", "The Manila book fair runs [from 24 to 27 October|2024-10-24/2024-10-27]."),
        # Wednesday 17 June 2026, a future clause: the coming Thursday and Sunday.
        ("2026-06-17", "The Dar es Salaam port will close [from Thursday to Sunday|2026-06-18/2026-06-21]."),
        ("2025-02-12", "The rainfall records for Apia cover [1961-2024|1961/2024]."),
        # A past clause in November: this year's July to September.
        ("2024-11-13", "Haze covered Kuala Lumpur [from July to September|2024-07/2024-09]."),
        ("2026-04-29", "The Bangkok expo ran [November 3, 2025 through February 28, 2026|2025-11-03/2026-02-28]."),
    ],
    "words": [
        ("2025-03-05", "Singapore became independent in [nineteen sixty-five|1965]."),
        ("2026-02-18", "Fiji became independent on [the tenth of October, nineteen seventy|1970-10-10]."),
        ("2024-07-24", "The Mangla Dam was finished in [June of nineteen sixty-seven|1967-06]."),
        # A future clause in September: next year's March.
        ("2025-09-10", "The new parliament in Kathmandu will sit on [the fifth of March|2026-03-05]."),
        ("2026-10-21", "Tanzania was formed in [nineteen sixty-four|1964]."),
    ],
    "news": [
        ("2025-04-23", "Tea exports from Sri Lanka fell [last month|2025-03]."),
        ("2026-08-05", "Rice prices in Hanoi have risen [this year|2026]."),
        ("2024-12-11", "The verdict in Port Moresby is due [tomorrow|2024-12-12]."),
        ("2025-06-25", "Police in Kampala arrested three suspects [yesterday|2025-06-24]."),
    ],
    "fiscal": [
        # India's fiscal year runs April-March.
        ("2026-02-04", "India's budget for [2026-27|2026-04/2027-03] raises capital spending."),
        # Pakistan's fiscal year runs July-June.
        ("2025-06-11", "Pakistan's budget for [FY2025-26|2025-07/2026-06] was presented."),
        # Australia's fiscal year runs July-June.
        ("2025-03-26", "Australia's budget for [2025-26|2025-07/2026-06] forecasts a deficit."),
        # Kenya's fiscal year runs July-June.
        ("2026-06-10", "Kenya's budget for [2026/27|2026-07/2027-06] was read in Nairobi."),
        # U.S. federal fiscal year: October-September.
        ("2024-10-16", "Congress approved aid to the Philippines for [FY 2025|2024-10-01/2025-09-30]."),
        # A quarter without a year takes the year of the reference date.
        ("2025-08-13", "Exports from Ho Chi Minh City grew in [the second quarter|2025-04/2025-06], officials said."),
    ],
    "weekday": [
        # Wednesday 2 December 2026: a past and a future clause.
        ("2026-12-02", "The ferry strike in Dhaka ended on [Monday|2026-11-30]."),
        ("2026-12-02", "The ferry strike in Dhaka will end on [Monday|2026-12-07]."),
        # Wednesday 16 July 2025, a future clause.
        ("2025-07-16", "The prime minister will visit Suva on [Friday|2025-07-18]."),
        # Wednesday 20 March 2024, a past clause.
        ("2024-03-20", "Storms hit Cebu on [Sunday|2024-03-17]."),
        # Wednesday 22 October 2025.
        ("2025-10-22", "The ringgit fell [last Thursday|2025-10-16]."),
        # Wednesday 9 September 2026, a future clause.
        ("2026-09-09", "Talks in Addis Ababa resume [next Monday|2026-09-14]."),
    ],
    "month-tense": [
        ("2026-09-16", "Rice output in Vietnam peaked in [May|2026-05]."),
        ("2026-09-16", "The new rice export rules take effect in [May|2027-05]."),
        # A past clause in February: last December.
        ("2025-02-05", "Cyclone damage hit Vanuatu in [December|2024-12], officials said."),
        ("2024-03-13", "Sri Lanka votes on [September 21|2024-09-21]."),
        ("2025-10-29", "The Kigali airport will open by [June 30|2026-06-30]."),
    ],
    "duration": [
        ("2026-02-25", "The port strike in Mombasa lasted [nearly three weeks|P3W]."),
        ("2025-07-30", "Jakarta sold [twenty-year|P20Y] bonds."),
        ("2024-05-15", "Suspects may be held for [up to 90 days|P90D]."),
        ("2026-11-04", "The stupa at Swayambhunath has stood for [two millennia|P2000Y]."),
        ("2025-01-22", "The tea pickers signed a [two-year|P2Y] wage deal."),
        # Two durations, the unit of the first taken from the second.
        ("2024-06-05", "Work visas last [one|P1Y] to [three years|P3Y]."),
    ],
    "holiday": [
        # Kenya's Jamhuri Day is 12 December; a future clause.
        ("2025-12-10", "Shops in Nairobi will close on [Jamhuri Day|2025-12-12]."),
        # Anzac Day is 25 April; a future clause.
        ("2026-04-08", "Offices in Wellington will shut on [Anzac Day|2026-04-25]."),
        # Indonesia's Independence Day is 17 August; a future clause.
        ("2024-08-07", "Crowds will fill the streets of Jakarta on [Independence Day|2024-08-17]."),
        # Sri Lanka's Independence Day is 4 February; a past clause.
        ("2025-02-05", "Flags flew across Colombo on [Independence Day|2025-02-04]."),
    ],
    "week": [
        # Wednesday 13 May 2026 is in ISO week 20.
        ("2026-05-13", "The tender in Hanoi closed [last week|2026-W19]."),
        # Wednesday 12 March 2025 is in ISO week 11.
        ("2025-03-12", "The envoy visits Port Moresby [next week|2025-W12]."),
        ("2024-09-18", "Talks resume in Kathmandu [this week|2024-W38]."),
    ],
    "season": [
        ("2025-06-18", "The Manila subway opens in [summer 2027|2027-06/2027-08]."),
        ("2024-09-25", "Locusts swarmed across Ethiopia in [the spring of 2020|2020-03/2020-05]."),
        # Wednesday 18 March 2026: the summer before is that of 2025.
        ("2026-03-18", "Water use in Karachi peaked [last summer|2025-06/2025-08]."),
    ],
    "decade": [
        ("2025-04-09", "Vietnam's market reforms began in [the 1980s|1980/1989]."),
        ("2024-02-21", "The tea estates were nationalised in [the mid-1970s|1970/1979]."),
    ],
    "negative": [
        ("2026-07-22", "The ferry to Lombok leaves every Thursday."),
        ("2025-11-05", "The night market in Penang opens at 7 pm each evening."),
        ("2024-10-02", "Weekly fish prices in Suva have doubled."),
        ("2025-08-27", "Growth may pick up in the coming years."),
        ("2026-01-07", "She writes for the Sunday Observer in Colombo."),
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
        "Rescuers pulled [thirty-seven|count|37|survivor] survivors from the mud in Enga.",
        "The province hired [three hundred and twelve|count|312|teacher] teachers.",
        "[Eleven|count|11|fisherman] fishermen were rescued off Mindanao.",
        "The scheme will reach [half a million|count|500000|farmer] farmers.",
        "The Suva court fined him [five thousand Fiji dollars|money|5000|FJD].",
    ],
    "currency": [
        "The Dhaka metro contract is worth [BDT 21 billion|money|21000000000|BDT].",
        "Sri Lanka's tea auctions earned [Rs. 40 billion|money|40000000000|LKR].",
        "The Hanoi bridge cost [12 trillion dong|money|12000000000000|VND].",
        "Ethiopia's coffee exports earned [ETB 95 billion|money|95000000000|ETB].",
        "Each farmer in Tanzania received [TSh 250,000|money|250000|TZS].",
        "Rwanda's airport loan totals [RWF 180 billion|money|180000000000|RWF].",
        "The Port Moresby ring road costs [K480 million|money|480000000|PGK].",
        "Samoa's budget totals [1.2 billion tala|money|1200000000|WST].",
    ],
    "scale": [
        "Manila's flood works cost [₱3.5bn|money|3500000000|PHP].",
        "Malaysia's rail link costs [RM 50.3bn|money|50300000000|MYR].",
        "Vietnamese factories shipped [4.2m|count|4200000|phone] phones.",
        "Nepal's remittances total [NPR 1.7 trillion|money|1700000000000|NPR].",
        "Singapore's budget surplus is [S$6.4 billion|money|6400000000|SGD].",
    ],
    "units": [
        "The monsoon dumped [340 millimetres|quantity|340|mm] of rain on Mumbai.",
        "The bridge deck is [230 feet|quantity|230|ft] above the river.",
        "Vietnam exported [8.1 million tonnes|quantity|8100000|t] of rice.",
        "Bushfires burned [45,000 hectares|quantity|45000|ha] near Perth.",
        "The pipeline runs [1,443 kilometres|quantity|1443|km] to Tanga.",
    ],
    "percent": [
        "Inflation in Pakistan fell to [4.1 per cent|percent|4.1|%].",
        "The central bank cut rates by [50 basis points|percent|0.5|pp].",
        "The ruling party's share fell [six percentage points|percent|6|pp].",
        "[Forty percent|percent|40|%] of the rice crop was lost.",
        "Yields rose [a quarter of a percentage point|percent|0.25|pp] to [6.9%|percent|6.9|%].",
        "Exports climbed [8.4pc|percent|8.4|%].",
    ],
    "range": [
        "Growth is forecast at between [5.5|percent|5.5|%] and [6 percent|percent|6|%].",
        "The port will cost [US$2|money|2000000000|USD] to [US$2.5 billion|money|2500000000|USD].",
        "[20|count|20|boat]-[25|count|25|boat] boats were lost.",
        "The waves were [4|quantity|4|m] to [5 metres|quantity|5|m] high.",
        "Rooms in Bali cost [IDR 900,000|money|900000|IDR] to [IDR 1.5 million|money|1500000|IDR] a night.",
    ],
    "approximate": [
        "[Nearly 4,000|count|4000|pilgrim] pilgrims were stranded in Lumbini.",
        "[More than 65%|percent|65|%] of voters turned out.",
        "[Roughly 1,800|count|1800|home] homes lost power.",
        "The port deal is worth [about A$1.2 billion|money|1200000000|AUD].",
        "[No fewer than 9|count|9|ship] ships sheltered in Suva harbour.",
        "[As many as 30,000|count|30000|runner] runners are expected in Auckland.",
    ],
    "count": [
        "The quake damaged [1,876|count|1876|house] houses.",
        "[One|count|1|nurse] nurse was injured.",
        "The ministry will open [seven|count|7|clinic] clinics.",
        "Customs seized [219|count|219|container] containers.",
        "[Twenty-six|count|26|school] schools lost power.",
    ],
    "ordinal": [
        "It was the [ninth|ordinal|9] cyclone of the season.",
        "The prime minister won a [third|ordinal|3] term.",
        "The city marked its [150th|ordinal|150] anniversary.",
        "She is the [first|ordinal|1] Fijian to win the race.",
    ],
    "tally": [
        "The senate voted [14|number|14]-[9|number|9] for the plan.",
        "Yanga beat Simba [2|number|2]-[1|number|1] in Dar es Salaam.",
        "The judges split [4|number|4] to [3|number|3].",
    ],
    "form": [
        "Net migration was [-2,400|number|-2400] in July.",
        "The bond pays [7-1/4 percent|percent|7.25|%].",
        "The wall is [6 feet 3 inches|quantity|6.25|ft] high.",
        "The Wellington bus fare was [NZ$5 and 60 cents|money|5.6|NZD].",
    ],
    "negative": [
        "See section 12(b) of the act.",
        "Hundreds of thousands of people fled the floods.",
        "Two in five households lack clean water.",
        "Call +679 331 8800 for details.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own56(path: str) -> None:
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
        check_own56(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)
