"""Build the fifty-second held-out set: eval/own52-briefs-heldout.jsonl, own52-dates-heldout.jsonl
and own52-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 35 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own51_heldout.py`` and ``own51_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 51 does, their text unread but for the few lines that raised when a check failed and
lines 62-73 of ``heldout_build.py``, printed to see which number words the composition check knows), the
"Fifty-first held-out set" section of ``eval/README.md`` and the topic rows of sets 19-51 in its
summary table (besides these it saw, in command output, the first 100 names of a listing of ``eval/``, the
line numbers and first 80 characters of that page's "## " headings, the first 60 characters of the
first five lines of its summary table, ``wc -l`` of the page and of the two set-51 files, and the
names of the notes in its session's notes folder, the other one not opened). The texts were written
by hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where it is silent,
the choice is listed below. The marked texts of the briefs and their statements are in
``own52_heldout_briefs_a.py`` and ``own52_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers from the United States and Canada
(a state agency, a humanitarian organisation, a provincial utility, a city government; a federal
court in a report), Australia and New Zealand, and the United Kingdom's devolved governments
(Scotland, Wales, Northern Ireland) that earlier sets lacked. Eight official texts (a Welsh
Government statistical release on casualties on 20mph roads with a "From:" line, a capitalised
headline, bullets, mph and notes to editors; Scottish Fiscal Commission forecasts with a
capitalised headline, a table of April-March "2026-27"/"2030-31" years and £bn; a Northern Ireland
DAERA press release on Lough Neagh with square kilometres and notes to editors; a CAL FIRE incident
update on the Palisades Fire with labelled fields, acres, mph and clock times left untagged; Qantas
full-year results with a "SYDNEY" dateline, bullets, $ = AUD, cents, percentage points and July-June
"FY26"; an American Red Cross release on Hurricane Helene with "-- " key figures; Hydro-Québec annual
results with a "MONTRÉAL" dateline, a table of 2024 against 2023 and $ = CAD; a City of Calgary
news release on the Bearspaw feeder main break with a transcript excerpt with speaker labels and
litres), three Wikinews-style reports (New Zealand's House of Representatives voting down the
Treaty Principles Bill 112-11, Anthony Albanese's re-election in the Australian federal election of
May 2025, the Supreme Court of the United States upholding the TikTok divest-or-ban law) and three
Reuters wire items of the 1996 CoNLL-2003 kind (a Canberra item on Peter Costello's first budget
with A$ and July-June "1996/97", 1996-08-21; Swedish first division soccer results and standings
with clubs named by city, 1996-08-26; world track cycling championships from Manchester with Chris
Boardman's pursuit record, riders' countries in brackets and sprint heat scores, 1996-08-29). Real
institutions, places, office holders and sportspeople; the events are modelled on real ones but
details, quotations and many figures are invented or approximate and must not be read as
reporting. Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 51 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own52`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own52_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: U.S. and Canadian places under their English Wikipedia titles ("Asheville" ->
  "Asheville, North Carolina", "Malibu" -> "Malibu, California", "Pacific Palisades" -> "Pacific
  Palisades, Los Angeles", "Airdrie" -> "Airdrie, Alberta", "MONTRÉAL" -> "Montreal"), GPE; "Los
  Angeles County" GPE "Los Angeles County, California"; "CAL FIRE" ORG "California Department of
  Forestry and Fire Protection"; "Qantas Group" ORG "Qantas"; "Red Cross" and "RED CROSS" ORG
  "American Red Cross"; "the Commission" ORG "Scottish Fiscal Commission"; "the City" ORG "City of
  Calgary"; "NI Water" ORG "Northern Ireland Water", "AFBI" ORG "Agri-Food and Biosciences
  Institute"; "Transport Workers’ Union" ORG "Transport Workers' Union of Australia" and "Ulster
  Farmers’ Union" with a straight apostrophe in the name; "Welsh Conservatives", "Scottish
  Parliament", "Fraser of Allander Institute", "University of Strathclyde", "National Weather
  Service", "Los Angeles Fire Department", "Jetstar", "Federal Court of Australia", "Calgary
  Emergency Management Agency", "Australian Electoral Commission", "Te Pāti Māori", "ACT" ("ACT New
  Zealand"), "National Party" ("New Zealand National Party"), "Justice Committee" ("Justice
  Committee (New Zealand)"), "Coalition" ("Coalition (Australia)"), "Greens" ("Australian Greens"),
  "Labour" ("New Zealand Labour Party"), "Congress" ("United States
  Congress"), "White House" (the executive office, ORG), "Australian
  Broadcasting Corp" ("Australian Broadcasting Corporation"), "UCI" ("Union Cycliste
  Internationale") and "Swedish Football Association" ORG; "House of Representatives" and "the House"
  ORG under their country-qualified titles, "Parliament" in Wellington ORG "New Zealand Parliament";
  "Supreme Court" in a headline ORG "Supreme Court of the United States"; soccer clubs named by city
  ("AIK Stockholm", "Orebro", "Helsingborg", "Malmo", "IFK Gothenburg" ...) ORG under their club
  titles ("AIK Fotboll", "Örebro SK", "Helsingborgs IF", "Malmö FF", "IFK Göteborg"; "Gothenburg
  midfielder" ORG "IFK Göteborg"), "World Cup" (of a qualifier) EVENT "FIFA World Cup", "Helsingborg" as
  the place of a match GPE; electoral divisions "Dickson" and "Melbourne" GPE "Division of Dickson",
  "Division of Melbourne"; "Bearspaw South Feeder Main" and "Champlain Hudson Power Express" FAC;
  "Lough Neagh" and "North Wales" (in a minister's title) LOC; "Palisades Fire", "Eaton Fire",
  "Hurricane Helene"/"Helene"/"HELENE" and "World Track Championships" ("1996 UCI Track Cycling World
  Championships") EVENT; "Treaty Principles Bill", "Treaty of Waitangi" and the TikTok law's title
  LAW; "Airbus A321XLR" PRODUCT; "Quebecers" NORP "Quebecer", "Calgarians" NORP "Calgarian",
  "Briton" NORP "Briton", "Māori" NORP; transcript labels ("GONDEK:", "THOMPSON:", "HENRY:") and
  wire headline names in capitals ("COSTELLO", "BOARDMAN") PERSON under their canonical names;
  "Quebec" in "Dividend to Quebec" GPE; "Budget" (the Scottish budget), "the Crown", "the
  government", "Stage 4" (a designation, untagged with its number), hīkoi, the publication's own
  action plan and titles ("Cabinet Secretary", "Fire Chief", "Treasurer") untagged, names inside
  titles tagged ("Cabinet Secretary for Transport and North Wales", "Los Angeles County Sheriff",
  "Alberta Premier").
- Statements: cues say, tell, add, warn, urge, pledge, announce, expect, estimate, call for, argue,
  reaffirm, project, forecast, predict; "X said today" after a sentence with the sentence as the
  content (the Welsh Government); "called for X, and argued that Y" and "told ... that X, and
  pledged Y" two statements; "has announced £4.5 million for ..." content from the amount; the
  issuer naming itself in the third person speaks ("The Commission expects", "Qantas expects", "The
  Red Cross estimates", "The City estimates", "CAL FIRE said"); "the court said" speaks as the
  Supreme Court of the United States; "saying ..." after "defended his first budget" a statement with
  cue "say"; a quotation attributed with "he said" speaks as the player named before it; transcript
  labels are the author's voice (no statements); "Dealers said" and "Critics said" unnamed and not
  annotated; "projected Labor to win ..." content from "Labor".
- Figures: "$" in Australian texts AUD (the 1996 Canberra wire writes "A$"), in Canadian texts CAD;
  "16.5 cents" 0.165 AUD with "a share" outside; "20mph"/"20MPH" (a speed limit) quantity 20 "mph";
  "TWh" left out of the texts (the unit list lacks it); "litres" "l", "square kilometres" "km2", "acres" "acre"; "as much
  as £4.5 billion", "no more than 3%" and "MORE THAN 1,900" with the modifier inside the span;
  "$155 billion to $185 billion" two figures, each with its own scale; "by 112 votes to 11" two
  ``number`` figures (a vote tally); soccer scores and standings columns and sprint heat scores
  ("2-0") ``number``; labelled counts with the noun restored ("Structures destroyed: 5,316"
  "structure", "Firefighters assigned: 5,475" "firefighter", "Meals and snacks served" "meal",
  "Disaster workers deployed" "worker"), "crowd of 16,352" "spectator"; "1,820 ground handling jobs"
  "job"; "11 seniors’ homes" "home"; "five more hot spots" "hot spot" and "blood drives" "blood drive"
  (fixed terms); "86 of the 150 seats" two counts of "seat"; "best of three races" count "race";
  race times ("4:11.114", "4 minutes 11.114 seconds"), clock times ("7:00 a.m.", "11 a.m.") and a
  phone number in a sign-off line untagged; "Stage 4" untagged; ordinals "first nation", "second
  funding round", "first Airbus A321XLR", "second reading", "first reading", "second three-year
  term", "first time", "first budget".
- Dates: the UK's "2026-27", "2029-30" and "2030-31" April-March years at month precision;
  Australia's "FY26" and "1996/97", "1998/99" July-June; "the 12 months to June 2025" a month range
  counted back; "the second half of 2025" a month range; "the summer of 2024", "spring 2026"
  meteorological seasons; "three to five weeks" two durations, the unit of the first taken from the
  second; "at least two weeks", "four years", "two years", "three weeks", "270 days", "30 days" and
  "a year" durations; "three-year" term and "10-year" bonds durations; "Yesterday" and "tomorrow" in a
  transcript resolved against the release date; "last month" in a wire the month before the dateline;
  datelines "1996-08-21" etc. dates; a month or day without a year in a past clause the most recent
  one ("November" in April, "June 5" in June, "18 August" in August), in a future clause the next
  ("May" in January, "31 July" in June); bare weekdays by tense ("Wednesday" of a coming wind warning
  in a Tuesday update the day after; "Saturday" in a Monday transcript the Saturday before;
  "Thursday"'s vote in a Friday report the day before; "Saturday"'s election in a Sunday report the
  day before; "Sunday" of a ban's start and "Monday" of an inauguration in a Friday report the next
  ones; "Tuesday"'s budget in a Wednesday wire the day before; "Sunday" matches in a Monday wire the
  day before and "Tuesday" of a squad announcement the day after; "Wednesday"'s record in a Thursday
  wire the day before). "the coming days" untagged (vague).
- Date cases: see the comments at each case; Canada's "fiscal 2025-26" and Scotland's "2026-27"
  April-March, Australia's "2024-25" July-June, the U.S. "FY 2025" October-September, Boxing Day
  2025, Australia Day 2026, U.S. Thanksgiving 2024 and Canada Day 2026 by their calendar dates, "last
  fall" the autumn before the reference date (northern hemisphere), "a century and a half" P150Y.
  Negatives: a habitual "every Thursday", a clock time "each morning", "Quarterly" as a rate word, a
  vague "the months ahead", a newspaper name with a weekday.
- Figure cases: "a quarter of a percentage point" 0.25 pp; "4-1/2 percent" 4.5; "6 feet 3 inches"
  6.25 ft; "£12 and 50 pence" 12.5 GBP; "45.2m" passengers a count; "forty thousand pounds" GBP;
  "C$" CAD; "NZ$" NZD; "ISK"; "PLN"; "KSh" KES; "₱" PHP; "shekels" ILS; "SEK"; "HK$" with "bn" HKD; "Rs"
  with "lakh crore" INR; "₦" with "tn" NGN; "A$" with "m" AUD; "centimetres" "cm"; "km/h"; "barrels"
  "bbl"; "kilograms" "kg"; "4.8pc" percent; "-2,400" number -2400. Negatives: a section number, a
  vague "Hundreds", a proportion "Two in five", a phone number."""

from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own52_heldout_briefs_a import BRIEFS_A
from own52_heldout_briefs_b import BRIEFS_B


# ISO 4217 codes this set uses that the builder's list may lack.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"GBP", "USD", "AUD", "CAD", "NZD", "ISK", "PLN", "KES",
                                                  "PHP", "ILS", "SEK", "HKD", "INR", "NGN"}

TAG = "own52"
SOURCE_BRIEFS = (
    "own52: written and annotated by hand for briefx (held-out set 52, session 35) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Welsh Government, the Scottish "
    "Fiscal Commission, Northern Ireland's Department of Agriculture, Environment and Rural Affairs, CAL "
    "FIRE, Qantas, the American Red Cross, Hydro-Québec and the City of Calgary, Wikinews-style reports "
    "and Reuters-style 1996 wire copy; real institutions, places, office holders and sportspeople, events "
    "modelled on real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own52: short cases written and annotated by hand for briefx (held-out set 52, session 35) by "
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
        ("2026-03-11", "The ferry to Rottnest Island resumes [three weeks from today|2026-04-01]."),
        ("2025-07-16", "The Calgary Stampede ended [five days ago|2025-07-11]."),
        # Wednesday 23 October 2024: two days later is Friday the 25th.
        ("2024-10-23", "The Senedd votes on the bill [the day after tomorrow|2024-10-25]."),
        # 1 May 2026 is a Friday: the first Tuesday is the 5th.
        ("2026-02-04", "The state budget is due on [the first Tuesday of May|2026-05-05]."),
        ("2025-09-10", "The Tasman bridge reopened [ten years ago today|2015-09-10]."),
    ],
    "range": [
        # A past clause in late November: this year's 3-6 November.
        ("2025-11-19", "Hobart hosted the forum [3-6 November|2025-11-03/2025-11-06]."),
        ("2026-01-14", "The Halifax port strike runs [from 2 to 9 February 2026|2026-02-02/2026-02-09]."),
        # Wednesday 13 November 2024, a future clause: the coming Thursday and Monday.
        ("2024-11-13", "Schools in Cardiff will close [from Thursday to Monday|2024-11-14/2024-11-18]."),
        ("2025-05-21", "The survey of Ontario lakes covers [1996-2024|1996/2024]."),
        # A past clause in September: this year's June to August.
        ("2026-09-16", "Fire bans were in force in Oregon [from June to August|2026-06/2026-08]."),
        ("2024-04-24", "Nominations were open [Jan. 8 through March 29, 2024|2024-01-08/2024-03-29]."),
    ],
    "words": [
        ("2026-06-03", "The college in Dunedin was founded in [eighteen seventy-one|1871]."),
        ("2025-04-16", "New Zealand women won the vote on [the nineteenth of September, eighteen ninety-three|1893-09-19]."),
        ("2024-09-11", "The Manicouagan dam was finished in [June of nineteen sixty-eight|1968-06]."),
        # A future clause in March: this year's November.
        ("2026-03-18", "The festival in Belfast will return on [the twenty-first of November|2026-11-21]."),
        ("2025-08-27", "The Welsh canal closed in [two thousand and three|2003]."),
    ],
    "news": [
        ("2026-05-20", "Ontario's deficit narrowed [last year|2025], the minister said."),
        ("2025-10-08", "Petrol prices in Perth have risen [this month|2025-10]."),
        ("2024-12-04", "The Senate will vote on the bill [tomorrow|2024-12-05]."),
        ("2026-08-12", "Rangers closed the Milford Track [yesterday|2026-08-11]."),
    ],
    "fiscal": [
        # Canada's federal fiscal year runs April-March.
        ("2025-05-28", "Canada's deficit for [fiscal 2025-26|2025-04/2026-03] will be larger."),
        # Australia's fiscal year runs July-June.
        ("2024-05-15", "The Australian budget for [2024-25|2024-07/2025-06] shows a surplus."),
        # Scotland's budget year is the UK's, April-March.
        ("2026-02-18", "Scotland's spending plans for [2026-27|2026-04/2027-03] were approved."),
        # U.S. federal fiscal year: October-September.
        ("2025-10-22", "The U.S. Army spent more on drones in [FY 2025|2024-10-01/2025-09-30]."),
        ("2024-08-14", "Home sales in Auckland slowed in [the first half of 2024|2024-01/2024-06]."),
        # A quarter without a year takes the year of the reference date.
        ("2026-11-04", "Earnings rose in [the third quarter|2026-07/2026-09], the bank said."),
    ],
    "weekday": [
        # Wednesday 21 October 2026: a past and a future clause.
        ("2026-10-21", "The rail strike began on [Monday|2026-10-19]."),
        ("2026-10-21", "The rail strike will end on [Monday|2026-10-26]."),
        # Wednesday 5 March 2025, a future clause.
        ("2025-03-05", "The premier will announce the election date on [Friday|2025-03-07]."),
        # Wednesday 17 July 2024, a past clause.
        ("2024-07-17", "Firefighters contained the blaze near Kamloops on [Sunday|2024-07-14]."),
        # Wednesday 11 June 2025.
        ("2025-06-11", "Calgary recorded its wettest day [last Thursday|2025-06-05]."),
        # Wednesday 8 April 2026, a future clause.
        ("2026-04-08", "Parliament rises for the recess [next Tuesday|2026-04-14]."),
    ],
    "month-tense": [
        ("2026-09-09", "Wildfires in British Columbia peaked in [July|2026-07]."),
        ("2026-09-09", "The new bridge tolls apply from [July|2027-07]."),
        # A past clause in February: last December.
        ("2025-02-12", "House prices in Auckland fell in [December|2024-12], the agency said."),
        ("2024-06-05", "The by-election will be held on [September 14|2024-09-14]."),
        ("2025-10-15", "The Sydney Metro tunnel will open by [April 30|2026-04-30]."),
    ],
    "duration": [
        ("2026-02-25", "The dockers' lockout lasted [nearly seven weeks|P7W]."),
        ("2025-12-03", "Manitoba issued [ten-year|P10Y] bonds."),
        ("2024-05-22", "Visitors may stay for [up to 90 days|P90D]."),
        ("2026-07-29", "The lighthouse has stood for [a century and a half|P150Y]."),
        ("2025-01-08", "Nurses in Queensland signed a [four-year|P4Y] contract."),
        # Two durations, the unit of the first taken from the second.
        ("2024-10-02", "Grazing leases run [three|P3Y] to [seven years|P7Y]."),
    ],
    "holiday": [
        # Boxing Day 2025 is 26 December.
        ("2025-11-19", "Toronto stores expect record crowds on [Boxing Day|2025-12-26]."),
        ("2026-01-07", "The march in Melbourne is planned for [Australia Day|2026-01-26]."),
        # U.S. Thanksgiving 2024 falls on 28 November.
        ("2024-11-20", "Turkey prices are expected to peak before [Thanksgiving|2024-11-28]."),
        # A past clause in mid-July: this year's Canada Day.
        ("2026-07-15", "Fireworks lit up Ottawa on [Canada Day|2026-07-01]."),
    ],
    "week": [
        # Wednesday 22 July 2026 is in ISO week 30.
        ("2026-07-22", "The jobs report came out [last week|2026-W29]."),
        # Wednesday 26 March 2025 is in ISO week 13.
        ("2025-03-26", "The minister visits Wellington [next week|2025-W14]."),
        # Wednesday 21 February 2024 is in ISO week 8.
        ("2024-02-21", "Talks on the softwood deal resume in Ottawa [this week|2024-W08]."),
    ],
    "season": [
        ("2025-12-10", "The Eglinton line opens in [summer 2027|2027-06/2027-08]."),
        ("2024-11-06", "Storms flooded towns in Wales in [the autumn of 2023|2023-09/2023-11]."),
        # Wednesday 25 February 2026: the fall before is that of 2025.
        ("2026-02-25", "Moose numbers in Maine fell [last fall|2025-09/2025-11]."),
    ],
    "decade": [
        ("2025-04-30", "Ontario's car industry boomed in [the 1960s|1960/1969]."),
        ("2024-08-21", "The last coal pit in the valley closed in [the early 1980s|1980/1989]."),
    ],
    "negative": [
        ("2026-05-13", "The ferry to Cowes leaves every Thursday."),
        ("2025-08-06", "The café opens at 7:30 each morning."),
        ("2024-12-18", "Quarterly returns are due soon."),
        ("2025-03-05", "Rates may fall in the months ahead."),
        ("2026-11-11", "She wrote a column for the Sunday Times."),
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
        "Lifeguards rescued [thirty-seven|count|37|swimmer] swimmers at Bondi.",
        "The health board hired [three hundred and forty|count|340|midwife] midwives.",
        "[Nineteen|count|19|trawler] trawlers are stranded off Nova Scotia.",
        "The scheme will reach [half a million|count|500000|tenant] tenants.",
        "The Swansea court fined the firm [forty thousand pounds|money|40000|GBP].",
    ],
    "currency": [
        "Quebec raised [C$1.4 billion|money|1400000000|CAD] in green bonds.",
        "The Auckland rail link cost [NZ$5.5 billion|money|5500000000|NZD].",
        "Iceland's airline lost [ISK 3.2 billion|money|3200000000|ISK].",
        "The Polish grid operator borrowed [PLN 800 million|money|800000000|PLN].",
        "The Kenyan fuel levy raised [KSh 12 billion|money|12000000000|KES].",
        "Manila's subway contract is worth [₱488 billion|money|488000000000|PHP].",
        "The Israeli grant totals [250 million shekels|money|250000000|ILS].",
        "The Swedish watchdog imposed a fine of [SEK 75 million|money|75000000|SEK].",
    ],
    "scale": [
        "Hong Kong's airport expansion costs [HK$141.5bn|money|141500000000|HKD].",
        "India's road budget is [Rs 2.7 lakh crore|money|2700000000000|INR].",
        "Nigeria's fuel subsidy cost [₦4.4tn|money|4400000000000|NGN].",
        "The Melbourne tunnel blew out by [A$14.6m|money|14600000|AUD].",
        "Canadian airports handled [45.2m|count|45200000|passenger] passengers.",
    ],
    "units": [
        "Snow fell [37 centimetres|quantity|37|cm] deep in Cardiff.",
        "The limit near schools is [40 km/h|quantity|40|km/h].",
        "Alberta pumped [3.9 million barrels|quantity|3900000|bbl] of oil a day.",
        "The blaze burned [4,500 acres|quantity|4500|acre] of forest.",
        "Customs seized [300 kilograms|quantity|300|kg] of cocaine in Sydney.",
    ],
    "percent": [
        "The cash rate stands at [4.35 per cent|percent|4.35|%].",
        "The Bank of Canada cut rates by [50 basis points|percent|0.5|pp].",
        "Labour's lead fell [three percentage points|percent|3|pp].",
        "[Seventy per cent|percent|70|%] of the harvest was lost.",
        "Mortgage rates fell [a quarter of a percentage point|percent|0.25|pp] to [5.9%|percent|5.9|%].",
        "Wages in Wales rose [4.8pc|percent|4.8|%].",
    ],
    "range": [
        "Inflation is forecast at between [1.5|percent|1.5|%] and [2 per cent|percent|2|%].",
        "The pipeline will cost [C$4|money|4000000000|CAD] to [C$5 billion|money|5000000000|CAD].",
        "[20|count|20|cabin]-[25|count|25|cabin] cabins were destroyed.",
        "The storm dropped [10|quantity|10|cm] to [15 centimetres|quantity|15|cm] of snow.",
        "Rooms in Queenstown cost [NZ$300|money|300|NZD] to [NZ$450|money|450|NZD] a night.",
    ],
    "approximate": [
        "[Almost 2,000|count|2000|firefighter] firefighters battled the blaze.",
        "[Over 40%|percent|40|%] of renters in Perth are in arrears.",
        "[Some 600|count|600|sheep] sheep drowned in the floods.",
        "The stadium deal is worth [around £2.4 billion|money|2400000000|GBP].",
        "[No more than 12|count|12|passenger] passengers may board the water taxi.",
        "[At least 30|count|30|whale] whales beached in Tasmania.",
    ],
    "count": [
        "The recount found [4,812|count|4812|ballot] ballots.",
        "[One|count|1|diver] diver was rescued.",
        "The province will replace [eleven|count|11|bridge] bridges.",
        "Officers issued [273|count|273|permit] permits.",
        "[Twenty-six|count|26|county] counties declared emergencies.",
    ],
    "ordinal": [
        "It was the [third|ordinal|3] cyclone of the season.",
        "The team won a [14th|ordinal|14] league title.",
        "The town marked its [150th|ordinal|150] anniversary.",
        "She is the [ninth|ordinal|9] premier of the province.",
    ],
    "tally": [
        "The Senedd voted [31|number|31]-[24|number|24] for the bill.",
        "The Blues beat the Crusaders [33|number|33]-[26|number|26] in Auckland.",
        "The justices split [6|number|6] to [3|number|3].",
    ],
    "form": [
        "Net migration was [-2,400|number|-2400] in March.",
        "The bond pays [4-1/2 percent|percent|4.5|%].",
        "The doorway is [6 feet 3 inches|quantity|6.25|ft] high.",
        "The Edinburgh fare was [£12 and 50 pence|money|12.5|GBP].",
    ],
    "negative": [
        "See section 12(4) of the act.",
        "Hundreds of people attended the vigil.",
        "Two in five renters are behind on rent.",
        "Call 1-800-555-0199 for details.",
    ],
}


DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own52(path: str) -> None:
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
        check_own52(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)
