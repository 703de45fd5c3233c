"""Build the twenty-second held-out set: eval/own22-briefs-heldout.jsonl, own22-dates-heldout.jsonl
and own22-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 24 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (the previous set of this kind: file
format, markup and checks; the check functions, statement checks and the modifier check are
reused here, ``case_marks`` is imported as set 21 does, its text unread) and the "Twenty-first
held-out set" section of ``eval/README.md``. The texts were written by hand for this set and
annotated inline while writing, by ``ANNOTATION.md``; where it is silent, the choice is listed
below. The marked texts of the briefs and their statements are in ``own22_heldout_briefs_a.py``
and ``own22_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats sets 19 to 21
lacked. Eight official texts (a U.S. Federal Reserve FOMC statement with fractions of a percentage
point, a "1/4 ... to 4-1/4 percent" range and a voting list; a Statistics Canada "The Daily" Labour
Force Survey release with signed changes in brackets and "Released: 2025-10-10"; an Indian Ministry
of External Affairs weekly briefing transcript with speaker labels and questions; a Kenyan Ministry
of Health press statement with a capitalised header, "21st March 2025" and counties; a UK Home
Office news story with "From:" and "Published" lines; a European Parliament plenary press release
with "08-10-2025 - 13:20", bullets and a vote count; an IAEA press release; a U.S. SEC enforcement
release with a release number and "Sept. 4, 2025"), three Wikinews-style reports with a dated
line (a court sentence in Peru, a funicular crash in Lisbon, the Czech parliamentary election) and
three Reuters wire items of the 1996 CoNLL-2003 kind (a Moscow politics item on Chechnya dated
1996-08-22; major league baseball results and standings with teams named by city, home team in
capitals, 1996-08-23; athletics results from Brussels with places and countries in brackets,
1996-08-23). Real institutions, places, office holders and athletes; the events are modelled on
real ones but details, quotations and many figures are invented or approximate and must not be
read as reporting (the SEC defendant and his firm are invented). Every brief states its own date:
``published`` = ``reference_date``. Unnamed sources ("officials", "the complaint alleges",
"witnesses", "prosecutors") and the spokesperson's own answers under a transcript label are not
annotated as statements.

Markup and checks as set 21 (``case_marks``): briefs ``[[span|TYPE]]`` / ``[[span|TYPE|name]]``,
``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``; statements beside
each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``; figure cases
``[span|kind|value]`` / ``[span|kind|value|unit]``. All set 21 checks are kept (offsets, order, no
overlap within or across lists, kinds, ISO 4217, units, ISO 8601, weekdays, 150-260 words,
``score.py F F`` = 1.000 with statements and attribution, ISO weeks, relative weekdays, "N weeks
from today", the modifier check, ``check_edges``: every span's text equals its slice, no span starts
or ends on white space or punctuation, none ends in a possessive, no entity span starts with a
determiner unless its name does; "Weekday, Month D, YYYY" dates agree). ``check_edges`` admits one
more start, a decimal written without its zero (".578" in baseball standings).

Run from the project root: ``python3 eval/build_own22_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "FOMC" and "the Committee" ORG "Federal Open Market Committee"; "Ministry of External
  Affairs" ORG "Ministry of External Affairs (India)", "MINISTRY OF HEALTH"/"the Ministry" of a
  Kenyan release ORG "Ministry of Health (Kenya)"; honorifics ("Shri", "His Excellency Mr.", "Dr.",
  "Dame", "The Rt Hon ... MP") outside PERSON spans; "Khurelsukh Ukhnaa" PERSON "Ukhnaagiin
  Khürelsükh"; counties with their capitalised "County" inside the span ("Mombasa County"); "Northern
  Corridor" (a transport route) FAC; "Humberside" GPE; a bill LAW under its own words ("Border
  Security, Asylum and Immigration Bill"); "EPP" ORG "European People's Party Group", "FR" GPE
  "France", "the Council" ORG "Council of the European Union", "MEPs" untagged; "ZNPP" and the
  IAEA's "Zaporizhzhya" spelling FAC "Zaporizhzhia Nuclear Power Plant", plants named before a
  lower-case "nuclear power plants" FAC under their full titles; "SEC" ORG "U.S. Securities and
  Exchange Commission", the court and U.S. Attorney's Office of a district ORG as set 21 names
  them; an invented firm without a legal form ORG; "Congress" of Peru ORG "Congress of the Republic
  of Peru"; "Glória" before a lower-case "funicular" FAC "Ascensor da Glória"; "Restauradores Square"
  FAC "Praça dos Restauradores"; "Bairro Alto" LOC; "Spolu" ORG under the span; "ANO" ORG "ANO
  2011"; "Itar-Tass" ORG "TASS"; "Interior Ministry" ORG "Ministry of Internal Affairs (Russia)";
  baseball teams named by city ORG under their franchise titles (AL "NEW YORK" the Yankees, NL the
  Mets), a dateline "NEW YORK" GPE "New York City", the same city as a place GPE ("In Atlanta");
  "EASTERN DIVISION" headings, the headline's "MAJOR LEAGUE", "Treasury securities", "Mpox",
  "Labour Force Survey" and release numbers untagged; "Van Damme Memorial" EVENT "Memorial Van
  Damme", "Atlanta Olympics" EVENT "1996 Summer Olympics".
- Statements: "judge" (the FOMC naming itself in the third person), "prefer" (a dissent with its
  content), "according to" with a preceding sentence as content, "promise" (content without
  "to"), "expect" with an infinitive (content without "to"), "write" with a quotation, "note",
  "report", "urge"; a news agency that reports another's words speaks itself ("Interfax said,
  quoting ... officials").
- Figures: signed changes in brackets with no noun ("(+40,000)", "(-4,700)") ``number``, "+0.3%"
  percent 0.3; "1/4 percentage point" 0.25 pp, "4 to 4-1/4 percent" two figures; baseball scores,
  won/lost, winning percentages (".578" -> 0.578) and games behind ``number``, "-" for none
  untagged, "(10 innings)" count "inning"; places in athletics result lists ("1. Salah Hissou")
  ordinal, the span without its full stop; race distances ("10,000 metres") quantity "m"; race times
  ("26:38.08", "9.94"), seconds, clock times ("2:00 p.m.", "13:20"), the release number "2025-112"
  untagged; votes "355 votes in favour, 247 against and 30 abstentions" counts ("vote", the noun
  restored, "abstention"); "came second" ordinal; "130-seat" count "seat".
- Dates: "the first half of the year" "2025-01/2025-06"; "the past two weeks" / "the past week"
  START/END at day precision ending on the reference date, "the next three months" from it;
  "early November" the month with the hedge inside; "more than 11 years", "less than six months"
  durations with the modifier inside; "Month-Long" in a headline P1M; a range after "from"
  one span with "from" inside, as set 21's cases mark it ("from 2017 to 2021", "from 13 to 16
  October", "from January 2021 through March 2024");
  "last week" / "this week" / "next week" in the wire ISO weeks; a UK "2025-26" April-March;
  "today" wherever a report's event falls on its own date (no bare weekday on the dateline's day).
- Date cases: see the comments at each case. Negatives: "the first working day of each month",
  clock times, "Annual", a vague "for many years", "every Sunday at ten".
- Figure cases: "25 bps" 0.25 pp; "half a percentage point" 0.5 pp; "4-3/4 percent" 4.75; "6 metres
  10 centimetres" 6.1 m; "R12 billion" in a South African sentence ZAR; "₦", "₱", "C$", "SEK",
  "PLN", "Swiss francs"; "300 Swiss francs a night", "¥175 a litre" and "1.5 million barrels a day"
  with the rate outside. Negatives: an article citation, a vague "Thousands", a fraction "Half",
  a phone number.
"""

from __future__ import annotations

import sys

from heldout_build import build_heldout
from own22_heldout_briefs_a import BRIEFS_A
from own22_heldout_briefs_b import BRIEFS_B

TAG = "own22"
SOURCE_BRIEFS = (
    "own22: written and annotated by hand for briefx (held-out set 22, session 24) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the U.S. Federal Reserve (FOMC), "
    "Statistics Canada, India's Ministry of External Affairs, Kenya's Ministry of Health, the UK Home "
    "Office, the European Parliament, the IAEA and the U.S. SEC, Wikinews-style reports and "
    "Reuters-style 1996 wire copy; real institutions, places and office holders, events modelled on real "
    "news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own22: short cases written and annotated by hand for briefx (held-out set 22, session 24) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 9 April 2025: next Friday is 11 April, the Friday after it 18 April.
        ("2025-04-09", "The inspectors return [the Friday after next|2025-04-18]."),
        ("2024-11-13", "The results were published [the day before yesterday|2024-11-11]."),
        ("2026-01-21", "The new tariffs take effect [two weeks from today|2026-02-04]."),
        # 30 June 2025 is a Monday, so the last Friday of June is the 27th.
        ("2025-06-04", "The board will meet on [the last Friday of June|2025-06-27]."),
        ("2024-09-18", "The contract was signed [three days ago|2024-09-15]."),
        # 1 January 2026 is a Thursday: the Tuesdays are 6 and 13 January.
        ("2025-12-10", "Applications open on [the second Tuesday of January|2026-01-13]."),
    ],
    "range": [
        ("2025-05-14", "The film festival runs [12-23 May|2025-05-12/2025-05-23]."),
        ("2024-02-07", "The rail strike lasted [from 15 to 19 January|2024-01-15/2024-01-19]."),
        # Wednesday 15 April 2026, a future clause: the coming Monday to Wednesday.
        ("2026-04-15", "The gallery will be closed [from Monday to Wednesday|2026-04-20/2026-04-22]."),
        ("2025-08-20", "Steel output grew steadily over [2021-24|2021/2024]."),
        # A past clause in December: the September to November just gone.
        ("2024-12-04", "Exports of grain rose [between September and November|2024-09/2024-11]."),
        ("2025-01-22", "The consultation ran [from Dec. 1, 2024, to Jan. 15, 2025|2024-12-01/2025-01-15]."),
    ],
    "words": [
        ("2025-03-19", "The cathedral was completed in [eighteen eighty|1880]."),
        ("2024-06-12", "The treaty was signed on [the first of May, nineteen ninety-five|1995-05-01]."),
        ("2026-05-06", "The company was listed in [March of two thousand and nine|2009-03]."),
        # A future clause in September: this year's November.
        ("2025-09-24", "The port will reopen on [the third of November|2025-11-03]."),
        ("2024-10-02", "The dam was finished in [nineteen sixty-one|1961]."),
    ],
    "period": [
        ("2025-08-06", "Germany's economy contracted in [the April-June period|2025-04/2025-06]."),
        # A UK tax year, April-March.
        ("2025-06-18", "Income tax receipts in Britain rose in [2024/25|2024-04/2025-03]."),
        # U.S. federal fiscal year.
        ("2025-11-19", "Pentagon spending in [FY2026|2025-10-01/2026-09-30] is capped by the stopgap bill."),
        # The most recent October-December quarter before March 2026.
        ("2026-03-04", "India's GDP grew 7.4% in [the October-December quarter|2025-10/2025-12]."),
        # A Japanese fiscal year, April-March.
        ("2024-05-15", "Japan's tax revenue hit a record in [fiscal 2023|2023-04/2024-03], the finance ministry said."),
        # The most recent December before 26 February 2025.
        ("2025-02-26", "The chain's sales fell in [the nine months to December|2024-04/2024-12]."),
        # A quarter without a year takes the reference year.
        ("2025-10-29", "Vehicle sales in Spain rose in [Q3|2025-07/2025-09]."),
        ("2024-08-28", "Exports of wine fell in [the first half of 2024|2024-01/2024-06]."),
    ],
    "weekday": [
        # Wednesday 16 April 2025: a past and a future clause.
        ("2025-04-16", "Ministers met in Brussels on [Tuesday|2025-04-15]."),
        ("2025-04-16", "Ministers will meet in Brussels on [Tuesday|2025-04-22]."),
        # Friday 25 October 2024, a past clause.
        ("2024-10-25", "The ferry sank off Sulawesi on [Sunday|2024-10-20]."),
        # Tuesday 10 February 2026, a future clause.
        ("2026-02-10", "The jury will return its verdict on [Thursday|2026-02-12]."),
        # Wednesday 30 July 2025.
        ("2025-07-30", "The bank cut interest rates [last Thursday|2025-07-24]."),
        # Wednesday 18 December 2024.
        ("2024-12-18", "The station reopens [next Monday|2024-12-23]."),
        ("2025-09-30", "The cruise ship docked in Bergen on [Saturday, September 20|2025-09-20]."),
    ],
    "month-tense": [
        ("2025-03-12", "Car sales slumped in [November|2024-11]."),
        ("2025-03-12", "The new tolls come into force in [November|2025-11]."),
        # A past clause in February: last December.
        ("2026-02-18", "The factory closed for repairs in [December|2025-12]."),
        ("2024-07-10", "The committee will report by [September 30|2024-09-30]."),
        # A future clause in November: next February.
        ("2025-11-05", "The tariff cut takes effect on [February 1|2026-02-01]."),
        ("2024-01-17", "Retail sales were weak in [August|2023-08], the survey showed."),
    ],
    "duration": [
        ("2025-05-21", "The tunnel was closed for [more than two months|P2M]."),
        ("2024-08-07", "The brewery signed a [15-year|P15Y] lease on the site."),
        ("2026-09-09", "Talks on the merger dragged on for [almost a year|P1Y]."),
        # Two durations, the unit of the first taken from the second.
        ("2025-02-12", "The new bridge will take [three|P3Y] to [four years|P4Y] to build."),
        ("2024-04-24", "Patients waited [18 weeks|P18W] for a hip operation."),
        ("2025-10-15", "The film festival lasts [ten days|P10D]."),
    ],
    "holiday": [
        # U.S. Thanksgiving 2025 is 27 November; Black Friday follows it.
        ("2025-11-26", "Stores open at dawn on [Black Friday|2025-11-28]."),
        ("2026-12-02", "The stock market closes early on [New Year's Eve|2026-12-31]."),
        # Easter Sunday 2024 is 31 March; Whit Monday is 50 days later.
        ("2024-05-08", "The border crossing reopens on [Whit Monday|2024-05-20]."),
    ],
    "week": [
        # Wednesday 7 January 2026 is in ISO week 2; last week is week 1.
        ("2026-01-07", "Freight rates fell [last week|2026-W01]."),
        # Friday 27 December 2024: the next week is ISO week 1 of 2025.
        ("2024-12-27", "The parliament is in recess [next week|2025-W01]."),
        ("2025-06-25", "Inflation data for the euro area are due [this week|2025-W26]."),
    ],
    "season": [
        ("2025-09-03", "The metro extension opens in [autumn 2026|2026-09/2026-11]."),
        # Meteorological winter, December to February.
        ("2026-01-14", "Gas storage fell sharply over [the winter of 2024-25|2024-12/2025-02]."),
        ("2024-03-27", "Water restrictions may return [this summer|2024-06/2024-08]."),
    ],
    "decade": [
        ("2025-07-23", "The shipyard built oil tankers in [the 1980s|1980/1989]."),
        ("2024-11-27", "Coal use in the country peaked in [the late 1970s|1970/1979]."),
    ],
    "negative": [
        ("2025-01-08", "The agency publishes its figures on the first working day of each month."),
        ("2024-06-19", "The pharmacy is open from 9:00 to 17:30."),
        ("2026-03-11", "Annual inflation edged down to 2.1%."),
        ("2025-10-08", "Sales of vinyl records have grown for many years."),
        ("2024-09-25", "The farmers' market opens every Sunday at ten."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
    ("range", 3): "next",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "prev",
    ("weekday", 4): "next",
    ("weekday", 5): "prev",
    ("weekday", 6): "next",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The charity delivered [six hundred|count|600|parcel] parcels to the island.",
        "[Twenty-three|count|23|climber] climbers reached the summit on the same day.",
        "The republic has [four million|count|4000000|voter] registered voters.",
        "The fund paid out [two and a half billion euros|money|2500000000|EUR] in claims.",
        "The library holds [ninety thousand|count|90000|book] books.",
    ],
    "currency": [
        "Poland's army ordered tanks worth [PLN 6.5 billion|money|6500000000|PLN].",
        "Nigeria's budget includes [₦4.2 trillion|money|4200000000000|NGN] for debt service.",
        "The Swedish firm paid [SEK 900 million|money|900000000|SEK] for the plant.",
        "South Africa's rail agency will spend [R12 billion|money|12000000000|ZAR] on new trains.",
        "A hotel room in Zurich costs [300 Swiss francs|money|300|CHF] a night.",
        "Egypt received [$1.2 billion|money|1200000000|USD] from the IMF.",
        "The Philippine lender raised [₱15 billion|money|15000000000|PHP] in bonds.",
    ],
    "scale": [
        "The province approved [C$1.4bn|money|1400000000|CAD] for hospitals.",
        "The village fete raised [£12k|money|12000|GBP] for the church roof.",
        "The company spent [€3.2mn|money|3200000|EUR] on advertising.",
        "The state allotted [₹2,500 crore|money|25000000000|INR] for rural roads.",
        "The field's output reached [1.5 million barrels|quantity|1500000|bbl] a day.",
    ],
    "units": [
        "The glacier has retreated [1.8 kilometres|quantity|1.8|km] since 1900.",
        "The aircraft carrier displaces [65,000 tonnes|quantity|65000|t].",
        "The new runway is [3,200 metres|quantity|3200|m] long.",
        "The overturned truck was carrying [18,000 litres|quantity|18000|l] of diesel.",
        "Gusts reached [130 km/h|quantity|130|km/h] on the coast.",
        "The baby weighed [9 pounds|quantity|9|lb] at birth.",
    ],
    "percent": [
        "Support for the ruling party fell to [18 per cent|percent|18|%].",
        "The central bank raised rates by [half a percentage point|percent|0.5|pp].",
        "Mortgage rates climbed [25 bps|percent|0.25|pp] in a week.",
        "[Nine percent|percent|9|%] of homes lack broadband.",
        "The party won [forty per cent|percent|40|%] of the vote.",
        "Inflation rose [1.1 percentage points|percent|1.1|pp] to [3.9%|percent|3.9|%].",
    ],
    "range": [
        "Rebuilding the port will cost [$3|money|3000000000|USD] to [$5 billion|money|5000000000|USD].",
        "Between [30|count|30|vessel] and [40|count|40|vessel] vessels are waiting to unload.",
        "Growth is forecast at [2|percent|2|%]-[2.5%|percent|2.5|%] next year.",
        "The traffic jam stretched for [5|quantity|5|km] to [8 kilometres|quantity|8|km].",
        "Tickets cost between [£40|money|40|GBP] and [£95|money|95|GBP].",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|flight] flights were cancelled.",
        "The harvest fell by [about 15%|percent|15|%].",
        "[More than 70|count|70|house] houses were flooded.",
        "The mine will employ [up to 1,200|count|1200|worker] workers.",
        "[Around 400|count|400|delegate] delegates attended the congress.",
        "The carmaker will cut [as many as 9,000|count|9000|job] jobs.",
    ],
    "count": [
        "The bushfire destroyed [37|count|37|home] homes.",
        "Police arrested [12|count|12|suspect] suspects in the raid.",
        "The airline ordered [30|count|30|aircraft] new aircraft.",
        "[One|count|1|patient] patient remains in intensive care.",
        "The league has [18|count|18|club] clubs.",
    ],
    "ordinal": [
        "It was the retailer's [second|ordinal|2] profit warning this year.",
        "The [25th|ordinal|25] summit of the bloc opens on Monday.",
        "She finished [fourth|ordinal|4] in the final.",
        "The [100th|ordinal|100] birthday of the founder was marked in the town.",
    ],
    "tally": [
        "The House passed the bill [218|number|218]-[214|number|214].",
        "Leinster beat Munster [24|number|24]-[17|number|17] in Dublin.",
        "The court ruled [6|number|6] to [3|number|3] in favour of the state.",
    ],
    "form": [
        "The net change in jobs was [-8,200|number|-8200] in March.",
        "The yield on the bond stood at [4-3/4 percent|percent|4.75|%].",
        "The pole vaulter cleared [6 metres 10 centimetres|quantity|6.1|m].",
        "Petrol sold for [¥175|money|175|JPY] a litre in Tokyo.",
    ],
    "negative": [
        "Article 50 of the treaty was triggered by the government.",
        "Thousands of fans lined the streets of the city.",
        "Half of the staff now work from home.",
        "Call 0800 123 456 for advice on the scheme.",
    ],
}


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)


if __name__ == "__main__":
    main()
    sys.exit(0)
