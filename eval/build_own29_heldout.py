"""Build the twenty-ninth held-out set: eval/own29-briefs-heldout.jsonl, own29-dates-heldout.jsonl
and own29-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 26 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: file
layout and markup) and the "Twenty-first held-out set" section of ``eval/README.md``;
``case_marks`` and ``heldout_build`` are imported as set 21 does, their text unread. The texts were
written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where it is
silent, the choice is listed below. The marked texts of the briefs and their statements are in
``own29_heldout_briefs_a.py`` and ``own29_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats sets 21-27 lacked.
Eight official texts (a Central Bank of the Republic of Türkiye interest-rate press release with a
release number; a U.S. FAA emergency order release with "Friday, November 7, 2025" and weekday
dates of the phased cuts; a WMO press release with a "Geneva/Belém" dateline, °C and ppm; a U.S.
CDC outbreak investigation update with "Fast Facts" bullets; a Japan METI/ANRE release on the
Seventh Strategic Energy Plan with Japanese fiscal years "FY2040" and SURNAME Given names; a BHP
quarterly operational review with kt/Mt, "FY26" and quarter names; a New South Wales Government
media release with "Released by:" and A$ amounts written "$"; a European Commission antitrust
(cartel) decision with the Executive Vice-President quoted), three Wikinews-style reports (a UK
Supreme Court ruling on car finance, the NISAR launch from Sriharikota, the Kamchatka earthquake)
and three Reuters wire items of the 1996 CoNLL-2003 kind (a Kabul item dated 1996-08-26 on
Taleban rockets and the U.N. envoy; Belgian first division results and standings with clubs named
by town, 1996-08-24; a Tour of the Netherlands stage result with riders, countries in brackets and
teams, 1996-08-23). Real institutions, places, office holders and sportsmen; the events are
modelled on real ones but details, quotations and many figures are invented or approximate and
must not be read as reporting. Every brief states its own date: ``published`` =
``reference_date``. Unnamed sources ("a government spokesman", "Diplomats") are not annotated.

Markup and checks as set 21 (``case_marks`` / ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date cases
``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. The imported
builder checks offsets, order, overlap, kinds, codes, units, ISO 8601 values, weekdays, 150-260
words, a self-score of 1.000, and the edges of spans; ``check_own29`` below asserts again, on the
written files, that every span's text equals its slice of the text, that no span starts or ends
on white space, that no span ends in a possessive "'s"/"’s", that no entity span starts with a
determiner ("the", "a", "an") unless its name does, and that no span of one list overlaps a span
of another in a brief.

Run from the project root: ``python3 eval/build_own29_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Central Bank of the Republic of Türkiye"/"CBRT"/"the Bank" ORG "Central Bank of the
  Republic of Turkey"; "Cabinet" (of Japan) ORG "Cabinet of Japan"; "U.S. Food and Drug
  Administration" one ORG span named "Food and Drug Administration" (as set 21's "U.S. Coast Guard"); "Diet" ORG "National Diet";
  METI "MUTO Yoji"/"ISHIBA Shigeru" PERSON in Western order; "the Government of Japan" the country
  GPE only; "COP30" EVENT "2025 United Nations Climate Change Conference"; "Earth" LOC; "Black
  Summer" EVENT "2019–20 Australian bushfire season"; "UK Supreme Court" one ORG span; Lord Reed
  PERSON "Reed" (the peerage title outside) named "Robert Reed, Baron Reed of Allermuir";
  mines FAC ("Escondida", "Jansen mine", "Olympic Dam mine", "Blackwater" before a lower-case
  "mine"); BHP business units ORG ("Western Australia Iron Ore", "Copper South Australia", "BMA");
  "Stage 1" a designation, untagged; "GSLV-F16" and "GSLV" PRODUCT "Geosynchronous Satellite
  Launch Vehicle"; "Taleban" ORG "Taliban"; Belgian clubs named by town ORG under their Wikipedia
  titles ("Ghent" -> "K.A.A. Gent", "Ekeren" -> "K.F.C. Germinal Beerschot"), the same town as a
  place GPE ("in Bruges"); 1996 cycling teams ORG named "X (cycling team)" ("Telekom" -> "Team
  Telekom"); race names EVENT ("Ronde van Nederland", "Tour DuPont"); "European Economic Area"
  LOC; "Article 101" (a treaty article number) untagged, the Treaty LAW; "Earth" LOC also inside
  "Earth-observation"/"Earth-imaging" and "Arctic"/"Pacific" LOC as modifiers (a name used as a
  modifier); the heading "Cabinet Decision" untagged, "the Cabinet" in the body ORG.
- Statements: "note", "write", "advise", "find" (a court or the Commission), "according to" with
  a whole clause, "expect" with an object and infinitive; a regulator named again as "the
  regulator" speaks ("..., the regulator said" -> FCA); "the agency said" after the JMA -> JMA;
  "Taleban radio ... said" speaks for the Taliban; sport result lines carry no statements.
- Figures: "kt" and "Mt" are quantities in tonnes with the scale applied ("509 kt" -> 509000 t,
  "69.7 Mt" -> 69700000 t); "°C" and "ppm" units ("ppm" added to the builder's unit list);
  hectares "ha"; "US$7.0 to 7.4 billion" two figures, the scale taken from the second; CDC "Fast
  Facts" counts with their label's noun ("Illnesses: 26" -> 26 "illness"); results, standings and
  half-time scores ``number``; a rider's placing "1." in a result list ordinal (the full stop
  outside); race times and gaps ("4 hours 51 minutes 12 seconds", "8 seconds behind") untagged as
  sub-day; "first division" ordinal; "the first day", "the first time", "second or third warmest year" ordinal; "11 warmest years"
  a count of years; a release number "No: 2025-47" and "Press Release Number" untagged.
- Dates: Japanese fiscal years "FY2040" April-March at month precision ("2040-04/2041-03"); BHP
  "FY26" July-June ("2025-07/2026-06") and "first quarter" of it "2025-07/2025-09"; "the
  September 2024 quarter" and "the quarter ended 30 September 2025" the three months ending then;
  "From July 2018 until July 2022", "from March 11 to April 26" one range span each (the
  "from" outside); "mid-October", "early October" the month with the hedge inside; "mid-CY2027" the year; NSW
  "2025-26" July-June; an Australian "spring" September-November and "winter" June-August
  (southern hemisphere, the text's own seasons); "the past week" / "the past 12 months" START/END at day precision ending on
  the reference date; ages "from 2 to 89 years" two durations; "176-year" (record) a hyphenated
  duration, "one-week" in "the one-week repo auction rate" a rate modifier, untagged; "the end of August" the month; "every three years", "the next
  few years", "decades", clock times and race times untagged; Reuters "on Monday" with a Monday
  dateline is the dateline's day.
- Date cases: see the comments at each case; a UK "2024/25" is an April-March year. Negatives: a
  group named like a weekday, "every Thursday", a clock time with "a day", an "Annual" rate word,
  a vague "the coming months".
- Figure cases: "half a percentage point" 0.5 pp; "4-3/4 percent" 4.75; "6 feet 2 inches"
  6.166667 ft; "€850k"; "2.1 mn barrels" with the rate outside; "12 billion yuan" CNY. Negatives: a
  treaty article number, a vague "Thousands", a proportion "Three in ten", a phone number.
"""

from __future__ import annotations

import sys

import case_marks
from heldout_build import build_heldout, check_written
from own29_heldout_briefs_a import BRIEFS_A
from own29_heldout_briefs_b import BRIEFS_B

# The WMO release gives CO2 concentrations in parts per million.
case_marks.UNIT_SYMBOLS = set(case_marks.UNIT_SYMBOLS) | {"ppm"}

TAG = "own29"
SOURCE_BRIEFS = (
    "own29: written and annotated by hand for briefx (held-out set 29, session 26) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Central Bank of the Republic "
    "of Türkiye, the U.S. FAA, the WMO, the U.S. CDC, Japan's METI, BHP, the New South Wales "
    "Government and the European Commission, Wikinews-style reports and Reuters-style 1996 wire copy; "
    "real institutions, places and office holders, events modelled on real news with invented or "
    "approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own29: short cases written and annotated by hand for briefx (held-out set 29, session 26) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 5 March 2025: next Tuesday is 11 March, the Tuesday after it 18 March.
        ("2025-03-05", "The inspectors return [the Tuesday after next|2025-03-18]."),
        ("2024-10-17", "The bond was repaid [three days ago|2024-10-14]."),
        # Tomorrow is 22 January; two weeks later is 5 February.
        ("2026-01-21", "The ferry link reopens [two weeks from tomorrow|2026-02-05]."),
        # 30 June 2025 is a Monday, so the last Friday of June is the 27th.
        ("2025-06-04", "Applications close on [the last Friday of June|2025-06-27]."),
        ("2024-12-18", "The port strike started [the day before yesterday|2024-12-16]."),
        ("2026-04-08", "Grain exports are due to resume [a fortnight from today|2026-04-22]."),
    ],
    "range": [
        ("2025-09-24", "The film festival runs [9-19 October|2025-10-09/2025-10-19]."),
        ("2024-02-28", "Polling stations will be open [from 14 to 16 March|2024-03-14/2024-03-16]."),
        # A past clause in July: this year's April to June.
        ("2026-07-15", "The census fieldwork ran [between April and June|2026-04/2026-06]."),
        # Wednesday 19 November 2025, a past clause: the Saturday and Monday just gone.
        ("2025-11-19", "The port was closed [from Saturday to Monday|2025-11-15/2025-11-17]."),
        ("2024-05-22", "Wage growth averaged 4% over [2021-23|2021/2023]."),
        ("2025-01-08", "The exhibition will be open [Feb. 14 through April 30|2025-02-14/2025-04-30]."),
    ],
    "words": [
        ("2025-04-16", "The constitution was adopted in [nineteen fifty-eight|1958]."),
        ("2024-09-25", "The treaty was signed on [the third of March, nineteen ninety-one|1991-03-03]."),
        # A future clause in May: this year's July.
        ("2026-05-13", "The port will reopen on [the first of July|2026-07-01]."),
        ("2025-08-06", "The company was founded in [May of nineteen twenty-two|1922-05]."),
        ("2024-06-12", "The stadium hosted the final in [two thousand and six|2006]."),
    ],
    "period": [
        ("2025-08-13", "Japan's economy grew in [the April-June quarter|2025-04/2025-06]."),
        # A UK financial year, April-March.
        ("2026-05-27", "Borrowing overshot forecasts in [the financial year ending March 2026|2025-04/2026-03]."),
        # U.S. federal fiscal year.
        ("2025-02-12", "The Pentagon's request for [Fiscal Year 2026|2025-10-01/2026-09-30] includes new ships."),
        # The first half of an Indian April-March fiscal year.
        ("2024-11-13", "India's tax revenue rose in [the first half of 2024-25|2024-04/2024-09]."),
        # The most recent June before 23 July 2025.
        ("2025-07-23", "The retailer's sales fell in [the three months to June|2025-04/2025-06]."),
        ("2026-03-04", "Exports rose sharply in [Q4 2025|2025-10/2025-12]."),
        ("2024-08-28", "The carmaker's profits doubled in [the first half of 2024|2024-01/2024-06]."),
        # A UK tax year written with a slash, April-March at month precision.
        ("2025-10-15", "Public sector net borrowing in [2024/25|2024-04/2025-03] was £152 billion."),
    ],
    "weekday": [
        # Wednesday 5 March 2025: a past and a future clause.
        ("2025-03-05", "The finance minister resigned on [Sunday|2025-03-02]."),
        ("2025-03-05", "The finance minister will resign on [Sunday|2025-03-09]."),
        # Thursday 17 October 2024.
        ("2024-10-17", "The jury began deliberating on [Tuesday|2024-10-15]."),
        ("2024-10-17", "Dock workers will strike on [Monday|2024-10-21]."),
        # Wednesday 21 January 2026.
        ("2026-01-21", "The cabinet meets [next Tuesday|2026-01-27]."),
        # Wednesday 18 December 2024.
        ("2024-12-18", "The embassy reopened [last Thursday|2024-12-12]."),
        ("2025-06-04", "The ship docked in Piraeus on [Friday, May 30|2025-05-30]."),
    ],
    "month-tense": [
        ("2025-09-24", "Car registrations slumped in [March|2025-03]."),
        ("2025-09-24", "The new tariff schedule takes effect in [March|2026-03]."),
        # A past clause in February: last December.
        ("2026-02-11", "Tourist arrivals hit a record in [December|2025-12], the ministry said."),
        ("2024-04-10", "The regulator will publish its findings on [June 30|2024-06-30]."),
        ("2025-11-19", "The new visa rules apply from [January 15|2026-01-15]."),
    ],
    "duration": [
        ("2025-04-16", "The hostages were held for [more than two months|P2M]."),
        ("2024-09-25", "The airline signed a [15-year|P15Y] lease for the hangar."),
        ("2026-05-13", "The trial is expected to last [about six weeks|P6W]."),
        ("2025-08-06", "The dam took [almost a decade|P10Y] to build."),
        # Two durations, the unit of the first taken from the second.
        ("2024-06-12", "The sentence was cut to [eight|P8Y] or [nine years|P9Y] on appeal."),
        ("2025-01-08", "Mothers will receive [26 weeks|P26W] of paid leave."),
    ],
    "holiday": [
        ("2025-12-10", "Banks will close on [Boxing Day|2025-12-26]."),
        # Easter Sunday 2026 is 5 April, so Good Friday is 3 April.
        ("2026-03-18", "Traffic will be heavy before [Good Friday|2026-04-03]."),
        ("2024-06-26", "Fireworks will be banned in Denver on [Independence Day|2024-07-04]."),
    ],
    "week": [
        ("2025-11-19", "The board meets [this week|2025-W47]."),
        # Monday 30 December 2024 is in ISO week 1 of 2025; next week is W02.
        ("2024-12-30", "Trading will be thin [next week|2025-W02]."),
        ("2026-01-21", "Diesel prices rose [last week|2026-W03]."),
    ],
    "season": [
        ("2025-04-16", "The bridge will reopen in [autumn 2026|2026-09/2026-11]."),
        # A past clause in October: this year's summer.
        ("2024-10-17", "The drought peaked in [the summer|2024-06/2024-08]."),
        ("2026-07-15", "Construction will begin [next winter|2026-12/2027-02]."),
    ],
    "decade": [
        ("2025-02-12", "The steelworks closed in [the 1980s|1980/1989]."),
        ("2024-08-28", "Housing starts boomed in [the late 1990s|1990/1999]."),
        ("2026-03-04", "The fleet will be replaced in [the 2030s|2030/2039]."),
    ],
    "negative": [
        ("2025-05-21", "The Tuesday Group of lenders met in Paris."),
        ("2024-07-10", "Refuse is collected every Thursday."),
        ("2026-09-09", "The plant runs three shifts a day, the first starting at 6:00."),
        ("2025-03-26", "Annual inflation slowed in most member states."),
        ("2024-11-27", "Talks will continue in the coming months."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
    ("range", 4): "prev",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "prev",
    ("weekday", 4): "next",
    ("weekday", 5): "next",
    ("weekday", 6): "prev",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The charity delivered [six hundred|count|600|tent] tents to the valley.",
        "[Twenty-two|count|22|sailor] sailors were rescued from the ferry.",
        "The fund lost [three and a half billion euros|money|3500000000|EUR] in the crash.",
        "Exports rose by [nine per cent|percent|9|%] in May.",
        "The town has [four thousand|count|4000|resident] residents.",
    ],
    "currency": [
        "Nigeria's central bank sold [₦500 billion|money|500000000000|NGN] of bills.",
        "Poland will spend [PLN 30 billion|money|30000000000|PLN] on tanks.",
        "The Turkish lender raised [1.5 billion lira|money|1500000000|TRY] from depositors.",
        "South Africa's power utility received [R254 billion|money|254000000000|ZAR] in debt relief.",
        "The Saudi fund invested [SAR 4 billion|money|4000000000|SAR] in the port.",
        "The Chinese carmaker earned [12 billion yuan|money|12000000000|CNY] last year.",
        "The Australian miner paid [A$1.1 billion|money|1100000000|AUD] for the lithium project.",
    ],
    "scale": [
        "The studio's film grossed [$1.2bn|money|1200000000|USD] worldwide.",
        "The county council has a deficit of [£3.4m|money|3400000|GBP].",
        "The state sanctioned [Rs 2,500 crore|money|25000000000|INR] for the metro.",
        "The startup raised [€850k|money|850000|EUR] from angel investors.",
        "The refinery processes [2.1 mn barrels|quantity|2100000|bbl] of crude a day.",
    ],
    "units": [
        "The pipeline is [1,200 kilometres|quantity|1200|km] long.",
        "The wildfire scorched [45,000 hectares|quantity|45000|ha] of forest.",
        "Snow depths reached [80 centimetres|quantity|80|cm] in the Alps.",
        "The ship can carry [24,000 tonnes|quantity|24000|t] of grain.",
        "Winds gusted to [130 km/h|quantity|130|km/h] on the coast.",
    ],
    "percent": [
        "Turnout reached [71.2 per cent|percent|71.2|%] in the capital.",
        "The bank raised rates by [50 basis points|percent|0.5|pp].",
        "Unemployment rose [0.2 percentage points|percent|0.2|pp] to [5.1%|percent|5.1|%].",
        "Prices rose [three percent|percent|3|%] in the quarter.",
        "The ruling party won [42 percent|percent|42|%] of the vote.",
        "Yields fell [half a percentage point|percent|0.5|pp] after the auction.",
    ],
    "range": [
        "The bank forecasts growth of [2|percent|2|%] to [2.5 per cent|percent|2.5|%] next year.",
        "The upgrade will cost [$3|money|3000000000|USD]-[$4 billion|money|4000000000|USD].",
        "Between [150|count|150|family] and [200|count|200|family] families were evacuated.",
        "Temperatures will reach [38|quantity|38|°C] to [40 °C|quantity|40|°C] in the south.",
        "Tickets cost between [£45|money|45|GBP] and [£120|money|120|GBP].",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|worker] workers joined the strike.",
        "The stadium will cost [around €600 million|money|600000000|EUR].",
        "[More than 40%|percent|40|%] of households rent their homes.",
        "[Up to 500|count|500|soldier] soldiers will be deployed.",
        "[Roughly 1,800|count|1800|doctor] doctors left the country last year.",
        "The airport handled [just under 9 million|count|9000000|passenger] passengers.",
    ],
    "count": [
        "The storm damaged [3,400|count|3400|home] homes.",
        "[One|count|1|firefighter] firefighter was injured.",
        "The airline ordered [60|count|60|aircraft] new aircraft.",
        "Police arrested [17|count|17|suspect] suspects.",
        "The region has [212|count|212|school] primary schools.",
    ],
    "ordinal": [
        "It was the bank's [fifth|ordinal|5] rate cut this year.",
        "The [100th|ordinal|100] anniversary of the university falls in May.",
        "She is the [second|ordinal|2] woman to head the agency.",
        "The [23rd|ordinal|23] summit of the bloc opens in Lima.",
    ],
    "tally": [
        "Parliament voted [312|number|312]-[201|number|201] to approve the budget.",
        "Lyon drew [1|number|1]-[1|number|1] with Lille.",
        "The committee was split [7|number|7] to [5|number|5].",
    ],
    "form": [
        "Net migration was [-8,900|number|-8900] in March.",
        "The discount rate was set at [4-3/4 percent|percent|4.75|%].",
        "The sprinter is [6 feet 2 inches|quantity|6.166667|ft] tall.",
        "Bread costs [$4.20|money|4.2|USD] a loaf in Chicago.",
        "A magnitude [6.4|number|6.4] earthquake shook the island.",
    ],
    "negative": [
        "Article 5 of the treaty was invoked.",
        "Thousands of fans lined the streets.",
        "Three in ten adults smoke.",
        "Call 0800 555 0199 for advice.",
    ],
}

def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    print(check_written(TAG))


if __name__ == "__main__":
    main()
    sys.exit(0)
