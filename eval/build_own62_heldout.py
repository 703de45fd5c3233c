"""Build the sixty-second held-out set: eval/own62-briefs-heldout.jsonl, own62-dates-heldout.jsonl
and own62-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 40 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own61_heldout.py`` and ``own61_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 61 does, their text unread but for the few lines that raised when a check failed), the
"Sixty-first held-out set" section of ``eval/README.md`` and the topic rows of sets 19-61 in its
summary table (see the "Exposures" paragraph of the README section for what else it saw in listings
and grep output). The texts were written by hand for this set and annotated inline while writing,
by ``ANNOTATION.md``; where it is silent, the choice is listed below. The marked texts of the briefs
and their statements are in ``own62_heldout_briefs_a.py`` and ``own62_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and topics from Germany, Austria and
the Benelux, East Africa, Southeast Asia and the Andean countries that earlier sets lacked. Eight
official texts (a Bank of Tanzania Monetary Policy Committee statement on the Central Bank Rate with a
capitalised headline, "-- " key indicators, a signed "+8.5%", US$, TSh = TZS and a July-June
"2025/26"; a Statistics Austria flash estimate of consumer prices with a publication time, a table
of signed changes by category and "according to the flash estimate published today by Statistics
Austria"; adidas third-quarter results with a "HERZOGENAURACH, Germany" dateline, "- " highlights,
€, percentage points and "€1.7 to €1.8 billion"; a notice of Indonesia's Center for Volcanology and
Geological Hazard Mitigation (PVMBG) on the Lewotobi Laki-laki eruption with labelled fields, a
clock time, metres and kilometres; a Uganda Red Cross Society situation update on the Bulambuli
landslides with "•" key figures, UGX and US$; an Ecuadorian Ministry of Energy and Mines release on
the power cuts with a "From:" line and a press-conference excerpt with speaker labels, metres and
megawatts; a Port of Antwerp-Bruges half-year throughput release with a table of million tonnes and
signed changes, container units (TEU) and notes to editors; a State Bank of Vietnam release on direct gold bar sales
with a "From:" line, a capitalised headline, "- " key terms and VND), three Wikinews-style reports
(the Marriage Equality Act taking effect in Thailand, the CNDD-FDD winning every elected seat in
Burundi's legislative election, the Swiss e-ID referendum) and three Reuters wire items of the
1996 CoNLL-2003 kind (a Quito item on Abdala Bucaram's cooking gas price rise with sucres = ECS,
1996-08-29; Olympic archery finals from Stone Mountain with archers' countries in brackets and match
scores, 1996-08-01; Olympic individual dressage placings from Conyers with riders, countries, horses
and points, 1996-08-03). Real institutions, places, office holders and sportspeople; the events are
modelled on real ones but details, quotations and many figures are invented or approximate and must
not be read as reporting. Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 61 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own62`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own62_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Monetary Policy Committee", "MPC" and "the Committee" ORG "Monetary Policy Committee
  (Bank of Tanzania)", "the Bank" (capitalised) ORG "Bank of Tanzania"; the "Central Bank Rate" (a
  rate) untagged; "Oesterreichische Nationalbank" and "Austrian Economic Chambers" ORG; "adidas" as the
  company writes it ORG "Adidas", its models "Samba", "Gazelle" and the "Yeezy" line PRODUCT
  "Adidas <name>"; "FIFA World Cup" (of 2026) EVENT "2026 FIFA World Cup"; "Latin America", "Greater
  China", "North America", "Europe", "Asia", "Southeast Asia" LOC; "GEOLOGICAL AGENCY" and "Geological
  Agency" ORG "Geological Agency (Indonesia)"; "PVMBG" ORG "Center for Volcanology and Geological Hazard
  Mitigation"; "Mount Lewotobi Laki-laki" and "Mount Elgon" LOC; "East Flores" GPE "East Flores
  Regency"; "National Disaster Management Agency" ORG "National Agency for Disaster Countermeasures";
  "Frans Seda Airport" FAC; "Bulambuli" before a lower-case "district" GPE "Bulambuli District",
  "Kiryandongo" GPE "Kiryandongo District", "Masugu" GPE; "Red Cross" in a label and "the Society" ORG
  "Uganda Red Cross Society"; "Uganda People's Defence Force" ORG "Uganda People's Defence Forces";
  "Mazar" before a lower-case "reservoir" FAC "Mazar Dam", "Coca Codo Sinclair" before a lower-case
  "plant" FAC "Coca Codo Sinclair Dam"; "Office of Communication" and "Communication Department" (kinds
  of office) untagged; "SBV" ORG "State Bank of Vietnam", "SJC" (also as a modifier of "gold bars") ORG
  "Saigon Jewelry Company", "BIDV" ORG "Bank for Investment and Development of Vietnam"; "National
  Assembly" ORG "National Assembly (Vietnam)" / "National Assembly (Burundi)"; "Ministry of Interior"
  ORG "Ministry of Interior (Thailand)"; "Marriage Equality Act" and "Federal Act on Electronic
  Identity" LAW; "Siam Paragon" FAC; "Thai", "Thais" NORP "Thai"; "LGBT" untagged; "CNDD-FDD" ORG by its
  full Wikipedia title; "CENI" ORG "Independent National Electoral Commission (Burundi)"; "Catholic",
  "Twa", "Dutch", "German", "American", "Swiss" NORP; "Federal Chancellery" ORG "Federal Chancellery of
  Switzerland"; "Zurich" and "Geneva" (cantons voting) GPE "Canton of <name>"; "SVP" ORG "Swiss
  People's Party"; "Federal Council" ORG "Federal Council (Switzerland)"; "United Workers Front" ORG;
  the wire datelines "QUITO", "STONE MOUNTAIN" and "CONYERS" GPE, "Georgia" GPE "Georgia (U.S.
  state)"; "OLYMPICS", "Olympic" and "Games" EVENT "1996 Summer Olympics"; "Stone Mountain Park" and
  "Georgia International Horse Park" FAC; archers and riders as the wire spells them, national teams
  in brackets GPE; horses' names (Gigolo, Bonfire, ...) untagged; "Extended Gateway Platform" (a
  project) untagged.
- Statements: cues say, tell, add, note, warn, urge, pledge, promise, announce, expect, estimate,
  call for, according to, appeal for; an issuer or body naming itself in the third person speaks
  ("The Bank expects", "The port expects" (a lower-case short form of the issuer), "The Society
  appealed for", "the Center ... (PVMBG) said"); "X, according to the flash estimate published today
  by Statistics Austria" and "X, according to the Ministry of Interior / the Federal Chancellery" the
  clause before it; "said X and that Y" one statement, "said X but warned that Y" two; "told ... that
  X and pledged to Y" two; "said X and promised Y" two (the second a noun phrase); "pledged to keep
  ..." and "promised to raise ..." without the infinitival "to"; "expects X to Y" the whole "X to Y";
  quoted words inside a reported clause kept (quote false); the transcript lines under speaker labels
  are the author's voice and not annotated; unnamed sources ("Activists estimate", "dealers said", the
  "Dutch federation", the "bishops' conference") not annotated.
- Figures: "TSh" TZS; "UGX"; "sucres" ECS (the pre-2000 Ecuadorian sucre); "$" in Ecuador (a dollarised
  economy, 2024) USD and in the 1996 Quito wire USD; "VND"; "+8.5%", "+4.8%", "-5.1%" signed percents;
  "0.5 percentage points" pp; table cells under "(million tonnes, change)" quantities in tonnes with
  the header's scale applied (79.1 -> 79,100,000 t) and the signed changes percent; "6.9 million standard
  container units (TEU)" a count "unit"; "1,500 MW", "400 megawatts" "MW"; "15-kg" a quantity; "metres" "m", "7 km" "km";
  archery and dressage scores and the sucre's rate "3,310 per dollar" ``number``; "130 votes to 4" two
  ``number`` figures; rank numbers of the dressage placings ("1.", "2.", ...) untagged as list
  markers; "all 100" seats the number only ("all" outside, as set 61's "all 22"); "less than a fifth"
  (a fraction of a group), "14 hours a day" and the headline's "14 HOURS" (sub-day), "several
  provinces", "months", clock times ("10:00", "11:05 WITA"), "Category"/alert level "IV", the phone
  number, "update no. 3" untagged; "a year", "an hour", "per tael", "an ounce", "a night" rates outside
  the spans.
- Dates: "the quarter ending December 2025" October-December; "the October-December season" one span;
  "the year to August" the twelve months to August 2025; Tanzania's "2025/26" July-June at month
  precision; "first half of 2025", "the first six months of 2025", "H1 2025" January-June; "the second
  half" (of the release's year) July-December; "the third quarter" and "Third quarter 2025" July-September
  of the text's year; "mid-December" at month precision; "almost five months", "three months", "two
  days", "ten years", "more than 20 years" durations with the modifier inside; "19-year-old" and
  "21-year-old" durations (hyphenated duration adjectives); "two-day" (a strike) "P2D"; "next week" in
  a 1996 wire the ISO week; "last week" in a Monday release the ISO week before; a month without a year
  in a past clause the most recent one ("September" in October, "April" in June, "July" (a runoff) in
  August 1996), in a future clause the next ("January" in October, "November" and "December" in
  October, "July" in June, "October" in August 1996); bare weekdays by tense ("Wednesday" before a
  Thursday statement, "Monday" before and "Wednesday" after a Tuesday notice, "Saturday" and "Sunday"
  before a Tuesday update, "Monday" after a Thursday briefing, "Friday" before a Monday release,
  "Thursday" before a Friday report, "Wednesday" before a Thursday report, "Sunday" before a Monday
  report, "Wednesday" before and "Monday" after a Thursday wire, "Thursday" of the archery wire's own
  day and "Friday" after it, "Saturday" of the dressage wire's own day, "Sunday" the team final six
  days before and "Sunday" the next day); "today" in a quotation of a wire its own day; "a year
  earlier", "year on year" untagged.
- Date cases: see the comments at each case; Kenya's "2025/26" and Tanzania's "FY2024/25" July-June,
  Thailand's "fiscal 2026" October 2025-September 2026 (named by the year it ends in), all at month
  precision; "the third quarter" without a year from the reference date; "the second half of 2025"
  July-December; "between 21 September and 6 October" one span with "between"; Swiss National Day (1
  August), Jamhuri Day (12 December), King's Day (27 April) and German Unity Day (3 October) by their
  calendar dates; "last winter" in May the December-February before; "autumn 2032" September-November;
  "the first Friday of October" composed from the month; "fifty years ago tomorrow" at day precision;
  "more than a decade" "P10Y"; "the late 1980s" the decade. Negatives: a habitual "every Tuesday", a
  clock time "each morning", "Monthly" as a rate word, a vague "the coming weeks", "Year-on-year" as a
  modifier.
- Figure cases: "a quarter of a million" 250000; "two million Uganda shillings" UGX; "KSh" KES; "TSh"
  TZS; "BIF"; "dong" VND; "₱" PHP; "riel" KHR; "CHF"; "baht" THB; "Rp" with "tn" IDR; "RM" with "bn" MYR;
  "COP" with "trillion"; "US$" with "bn" USD; "S/" PEN; "€" EUR; "3.4m" passengers a count; "25 basis
  points" 0.25 pp; "half a percentage point" 0.5 pp; "14.3 pct" percent; "acres" "acre"; "miles" "mi";
  "5-6%" two figures, the first taking its unit from the second; "S/ 4 to S/ 5 billion" two figures,
  the first taking its scale from the second; "7-1/4 percent" 7.25; "8 feet 6 inches" 8.5 ft; "€2 and
  60 cents" 2.6 EUR; "-1,840" number -1840; "105th" ordinal. Negatives: an article citation, a vague
  "Thousands", a proportion "Three in ten", a phone number."""


from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own62_heldout_briefs_a import BRIEFS_A
from own62_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"TZS", "USD", "EUR", "UGX", "VND", "ECS", "KES", "BIF",
                                                  "PHP", "KHR", "CHF", "THB", "IDR", "MYR", "COP", "PEN"}

TAG = "own62"
SOURCE_BRIEFS = (
    "own62: written and annotated by hand for briefx (held-out set 62, session 40) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Bank of Tanzania, Statistics "
    "Austria, adidas, Indonesia's Center for Volcanology and Geological Hazard Mitigation, the Uganda Red "
    "Cross Society, Ecuador's Ministry of Energy and Mines, Port of Antwerp-Bruges and the State Bank of "
    "Vietnam, Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places, office "
    "holders and sportspeople, events modelled on real news with invented or approximate details and "
    "quotations; MIT"
)
SOURCE_CASES = (
    "own62: short cases written and annotated by hand for briefx (held-out set 62, session 40) by "
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
        ("2026-04-15", "The Mombasa berth upgrade finished [three weeks ago|2026-03-25]."),
        ("2025-09-10", "The Dodoma bypass will open [ten days from today|2025-09-20]."),
        # Wednesday 22 May 2024: two days before is Monday the 20th.
        ("2024-05-22", "The Hue festival ended [the day before yesterday|2024-05-20]."),
        # 1 October 2026 is a Thursday: the first Friday is the 2nd.
        ("2026-08-12", "The new Cusco airport opens on [the first Friday of October|2026-10-02]."),
        # Tomorrow is 28 November 2025; fifty years before it.
        ("2025-11-27", "Burundi's first coffee cooperative opened [fifty years ago tomorrow|1975-11-28]."),
    ],
    "range": [
        ("2025-07-09", "The Salzburg Festival runs [18 July-31 August|2025-07-18/2025-08-31]."),
        # Thursday 12 March 2026, a past clause: the Monday to Wednesday just before.
        ("2026-03-12", "Peru's congress sat [from Monday to Wednesday|2026-03-09/2026-03-11]."),
        ("2024-11-06", "Bogotá's rainfall normals cover [1981-2010|1981/2010]."),
        # A past clause in February: last November to this January.
        ("2025-02-26", "Coffee shipments from Uganda were delayed [from November to January|2024-11/2025-01]."),
        ("2026-05-06", "The Manila book fair ran [April 1, 2026 through April 12, 2026|2026-04-01/2026-04-12]."),
        # A future clause in September: this year's dates.
        ("2024-09-11", "Munich's Oktoberfest runs [between 21 September and 6 October|2024-09-21/2024-10-06]."),
    ],
    "words": [
        ("2025-10-01", "Uganda became independent in [nineteen sixty-two|1962]."),
        ("2024-07-03", "Burundi gained independence on [the first of July, nineteen sixty-two|1962-07-01]."),
        ("2026-02-18", "Malaysia was formed in [September of nineteen sixty-three|1963-09]."),
        # A future clause in June: this year's 23 June.
        ("2025-06-11", "The Lima summit will open on [the twenty-third of June|2025-06-23]."),
        ("2024-12-11", "Austria joined the European Union in [nineteen ninety-five|1995]."),
    ],
    "news": [
        ("2026-03-18", "Coffee prices in Kampala fell [last month|2026-02]."),
        ("2025-07-16", "The Swiss franc has gained [this year|2025]."),
        ("2024-09-25", "The Quito court rules [tomorrow|2024-09-26]."),
        ("2026-06-03", "Police in Arusha detained four men [yesterday|2026-06-02]."),
    ],
    "fiscal": [
        # Kenya's fiscal year runs July-June.
        ("2025-06-11", "Kenya's budget for [2025/26|2025-07/2026-06] was read in Nairobi."),
        # Tanzania's fiscal year runs July-June.
        ("2024-06-12", "Tanzania's spending plan for [FY2024/25|2024-07/2025-06] was tabled in Dodoma."),
        # Thailand's fiscal year runs October-September and is named by the year it ends in.
        ("2025-09-24", "Thailand's budget for [fiscal 2026|2025-10/2026-09] was approved in Bangkok."),
        # A quarter without a year takes the year of the reference date.
        ("2025-10-22", "Vietnam's exports rose in [the third quarter|2025-07/2025-09], the ministry said."),
        ("2024-08-07", "Colombia's economy grew in [Q2 2024|2024-04/2024-06]."),
        ("2026-04-15", "Peru's copper output in [the second half of 2025|2025-07/2025-12] hit a record."),
    ],
    "weekday": [
        # Wednesday 17 September 2025: a past and a future clause.
        ("2025-09-17", "The Lake Tanganyika ferry docked in Bujumbura on [Monday|2025-09-15]."),
        ("2025-09-17", "The Lake Tanganyika ferry will dock in Bujumbura on [Monday|2025-09-22]."),
        # Wednesday 13 March 2024, a future clause.
        ("2024-03-13", "Colombia's president will visit Quito on [Friday|2024-03-15]."),
        # Wednesday 21 October 2026, a past clause.
        ("2026-10-21", "Floods hit Da Nang on [Saturday|2026-10-17]."),
        # Wednesday 11 June 2025.
        ("2025-06-11", "The ringgit rallied [last Friday|2025-06-06]."),
        # Wednesday 17 January 2024, a future clause.
        ("2024-01-17", "Talks in Vienna resume [next Monday|2024-01-22]."),
    ],
    "month-tense": [
        ("2026-05-13", "Durian prices in Davao peaked in [April|2026-04]."),
        ("2026-05-13", "The new Jakarta MRT line opens in [April|2027-04]."),
        # A past clause in February: last November.
        ("2025-02-19", "Floods hit Arequipa in [November|2024-11], officials said."),
        ("2024-06-05", "The Dutch parliament sits again on [July 2|2024-07-02]."),
        ("2025-10-29", "The La Paz cable car line will reopen by [March 31|2026-03-31]."),
    ],
    "duration": [
        ("2026-03-25", "The strike at the port of Dar es Salaam lasted [almost two weeks|P2W]."),
        ("2025-06-18", "Vienna sold [thirty-year|P30Y] bonds."),
        ("2024-10-09", "Suspects in Uganda may be held for [up to 48 days|P48D]."),
        ("2026-11-11", "The restoration of the Angkor gate took [more than a decade|P10Y]."),
        ("2025-01-15", "Kenyan teachers signed a [four-year|P4Y] pay deal."),
        # Two durations, the unit of the first taken from the second.
        ("2024-04-17", "Work permits in Malaysia last [two|P2Y] to [five years|P5Y]."),
    ],
    "holiday": [
        # Swiss National Day is 1 August; a future clause.
        ("2026-07-22", "Fireworks will light up Lake Lucerne on [Swiss National Day|2026-08-01]."),
        # Jamhuri Day is 12 December; a past clause.
        ("2025-12-17", "Nairobi held a parade on [Jamhuri Day|2025-12-12]."),
        # King's Day is 27 April; a future clause.
        ("2024-04-17", "Amsterdam's canals will fill with boats on [King's Day|2024-04-27]."),
        # German Unity Day is 3 October; a past clause.
        ("2026-10-07", "Berlin marked [German Unity Day|2026-10-03] with a concert."),
    ],
    "week": [
        # Wednesday 22 April 2026 is in ISO week 17.
        ("2026-04-22", "The tender in Kampala closed [last week|2026-W16]."),
        # Wednesday 3 September 2025 is in ISO week 36.
        ("2025-09-03", "The envoy visits Bogotá [next week|2025-W37]."),
        ("2024-05-29", "Talks resume in Hanoi [this week|2024-W22]."),
    ],
    "season": [
        ("2025-06-04", "The Brenner Base Tunnel opens in [autumn 2032|2032-09/2032-11]."),
        ("2024-10-30", "A heat wave hit Vienna in [the summer of 2003|2003-06/2003-08]."),
        # Wednesday 20 May 2026: the winter before is December 2025 to February 2026.
        ("2026-05-20", "Snow closed the Gotthard Pass early [last winter|2025-12/2026-02]."),
    ],
    "decade": [
        ("2025-02-05", "Peru's Shining Path insurgency peaked in [the 1980s|1980/1989]."),
        ("2026-09-09", "Vietnam's market reforms began in [the late 1980s|1980/1989]."),
    ],
    "negative": [
        ("2026-01-14", "The ferry to Zanzibar leaves every Tuesday."),
        ("2025-04-23", "The Hanoi flower market opens at 6:00 each morning."),
        ("2024-08-21", "Monthly coffee exports from Kampala have risen."),
        ("2025-12-10", "Fuel prices in La Paz may rise in the coming weeks."),
        ("2026-07-08", "Year-on-year rent growth in Zurich slowed."),
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
        "Rescuers in Bulambuli found [twenty-nine|count|29|survivor] survivors.",
        "The county hired [four hundred and twenty|count|420|nurse] nurses.",
        "[Fifteen|count|15|fisherman] fishermen were rescued off Mindanao.",
        "The vaccination drive will reach [a quarter of a million|count|250000|child] children in Burundi.",
        "The Kampala court fined him [two million Uganda shillings|money|2000000|UGX].",
    ],
    "currency": [
        "The Mombasa port deal is worth [KSh 12 billion|money|12000000000|KES].",
        "Tanzania's new railway line cost [TSh 1.2 trillion|money|1200000000000|TZS].",
        "Burundi's budget reached [BIF 3,100 billion|money|3100000000000|BIF].",
        "The Da Nang bridge costs [2,400 billion dong|money|2400000000000|VND].",
        "Each family in Bohol received [₱10,000|money|10000|PHP].",
        "The Phnom Penh ring road costs [450 million riel|money|450000000|KHR].",
        "The Zurich tram extension costs [CHF 380 million|money|380000000|CHF].",
        "Thailand's rice subsidy costs [55 billion baht|money|55000000000|THB].",
    ],
    "scale": [
        "Indonesia's budget deficit reached [Rp 507.8tn|money|507800000000000|IDR].",
        "Malaysia's deficit reached [RM80.4bn|money|80400000000|MYR].",
        "Colombia's tax revenue rose to [COP 280 trillion|money|280000000000000|COP].",
        "Bolivia's reserves fell to [US$1.98bn|money|1980000000|USD].",
        "Bogotá's airport handled [3.4m|count|3400000|passenger] passengers.",
    ],
    "units": [
        "The storm dropped [380 millimetres|quantity|380|mm] of rain on Da Nang.",
        "Chimborazo stands [6,263 metres|quantity|6263|m] high.",
        "Peru exported [2.7 million tonnes|quantity|2700000|t] of copper.",
        "The fire burned [12,000 acres|quantity|12000|acre] in Kalimantan.",
        "The new highway runs [85 miles|quantity|85|mi] from Nairobi.",
    ],
    "percent": [
        "Inflation in Kenya rose to [4.5 per cent|percent|4.5|%].",
        "Bank Indonesia cut its rate by [25 basis points|percent|0.25|pp].",
        "The SPÖ's share of the vote fell [two percentage points|percent|2|pp].",
        "[Thirty percent|percent|30|%] of the coffee crop in Burundi was lost.",
        "Swiss bond yields fell [half a percentage point|percent|0.5|pp] to [0.2%|percent|0.2|%].",
        "Exports from Vietnam climbed [14.3 pct|percent|14.3|%].",
    ],
    "range": [
        "Growth in Cambodia is forecast at [5|percent|5|%]-[6%|percent|6|%].",
        "The Lima metro line will cost [S/ 4|money|4000000000|PEN] to [S/ 5 billion|money|5000000000|PEN].",
        "[30|count|30|boat]-[35|count|35|boat] boats were lost off Sulawesi.",
        "Waves off Bali were [3|quantity|3|m] to [5 metres|quantity|5|m] high.",
        "Rooms in Zermatt cost [CHF 300|money|300|CHF] to [CHF 600|money|600|CHF] a night.",
    ],
    "approximate": [
        "[Nearly 5,000|count|5000|passenger] passengers were stranded in Frankfurt.",
        "[More than 70%|percent|70|%] of voters in Bujumbura turned out.",
        "[Roughly 2,300|count|2300|home] homes lost power in Quito.",
        "The Arusha hotel deal is worth [about US$150 million|money|150000000|USD].",
        "The Brussels rail tunnel will cost [at least €3 billion|money|3000000000|EUR].",
        "[Up to 80,000|count|80000|pilgrim] pilgrims are expected in Namugongo.",
    ],
    "count": [
        "The quake in Cebu damaged [2,214|count|2214|building] buildings.",
        "[One|count|1|ranger] ranger was injured in Bwindi.",
        "The ministry will open [thirteen|count|13|clinic] clinics in Bolivia.",
        "Customs in Mombasa seized [186|count|186|container] containers.",
        "[Thirty-four|count|34|village] villages in Luzon lost power.",
    ],
    "ordinal": [
        "It was the [fourth|ordinal|4] typhoon of the season in Vietnam.",
        "Noboa won a [second|ordinal|2] term in Ecuador.",
        "Salzburg staged its [105th|ordinal|105] festival.",
        "She is the [first|ordinal|1] Burundian to win gold.",
    ],
    "tally": [
        "The Constitutional Court in Bogotá ruled [6|number|6]-[3|number|3] in favour.",
        "Bayern beat Dortmund [4|number|4]-[2|number|2] in Munich.",
        "The vote in The Hague was split [76|number|76] to [74|number|74].",
    ],
    "form": [
        "Net migration to Austria was [-1,840|number|-1840] in March.",
        "The Bogotá bond pays [7-1/4 percent|percent|7.25|%].",
        "The wall in Mombasa is [8 feet 6 inches|quantity|8.5|ft] high.",
        "A Vienna tram ticket cost [€2 and 60 cents|money|2.6|EUR].",
    ],
    "negative": [
        "See Article 14(2) of the regulation.",
        "Thousands of people fled the floods in Kalimantan.",
        "Three in ten households in Quito own a car.",
        "Call +256 414 555 012 for details.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own62(path: str) -> None:
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
        check_own62(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)
