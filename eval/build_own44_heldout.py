"""Build the forty-fourth held-out set: eval/own44-briefs-heldout.jsonl, own44-dates-heldout.jsonl
and own44-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 31 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/``, ``scripts/``, ``samples/`` or ``benchmarks/``, no venv; no NLP
tool was run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other
than the three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own41_heldout.py`` and ``own41_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 41 does, their text unread), the "Forty-first held-out set" section of ``eval/README.md`` and
the topic rows of sets 19-41 in its summary table (sets 42 and 43 have no rows there; set 42's rows
stand inside the set 41 section; it also saw a listing of the file names in ``eval/``, the titles
of that page's first 80 sections in grep output, and the traceback lines of the two imported checks
that raised while building). The texts were written by hand for this set and annotated inline
while writing, by ``ANNOTATION.md``; where it is silent, the choice is listed below. The marked
texts of the briefs and their statements are in ``own44_heldout_briefs_a.py`` and
``own44_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers from Europe, Africa and the
Americas only (another writer takes Asia, Oceania and the Middle East) and issuers, topics and
sports that the rows of sets 19-43 lack. Eight official texts (a Bank of England Monetary Policy
Summary with a 5-4 vote and percentage points; an Irish Central Statistics Office property price
release with bullets, a "Release date" line and "the 12 months to September 2025"; a Spanish CNMC
fine on Booking.com with a headline in capitals and bullets; an Icelandic Meteorological Office
eruption update with labelled fields, km2 and cubic metres; an ICRC news release on Goma in CHF
with a "GOMA/GENEVA" dateline; Ecopetrol third-quarter results in COP trillion with a table in
text and barrels; an EBRD loan to Morocco's ONEE in euros and dirhams with notes to editors; a
Panama Canal Authority advisory to shipping with "From:"/"Date:" lines, feet and metres and an
October-September fiscal year), three Wikinews-style reports (the reopening of Notre-Dame de Paris,
Netumbo Nandi-Ndaitwah's inauguration in Namibia, the Valencia floods of October 2024) and three
Reuters wire items of the 1996 CoNLL-2003 kind (an OSCE item from Sarajevo on the postponed
Bosnian municipal elections, 1996-08-27; Major League Soccer results and standings with clubs
named by city and a shootout, 1996-08-25; IndyCar results and standings from Vancouver with
drivers' countries in brackets, 1996-09-01). Real institutions, places, office holders and
sportsmen; the events are modelled on real ones but details, quotations and many figures are
invented or approximate and must not be read as reporting. Every brief states its own date:
``published`` = ``reference_date``.

Markup and checks as set 41 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own44`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity
span starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own44_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: the Bank of England's "Monetary Policy Committee"/"MPC"/"Committee" ORG named
  "Monetary Policy Committee (United Kingdom)"; "Bank Rate", "CPI", "GDP", the "Residential Property
  Price Index" and "Monetary Policy Summary" untagged (a rate, indices, a publication); "CSO" ORG
  "Central Statistics Office (Ireland)"; "Longford" GPE "County Longford"; "CNMC" ORG "National
  Markets and Competition Commission"; "Booking.com B.V." and "BOOKING" ORG "Booking.com",
  "Booking Holdings" ORG; the "Sundhnúkur crater row" LOC with the generic
  "crater row" outside the span; "Svartsengi power plant" FAC "Svartsengi" (name "Svartsengi Power
  Station"), "CBCA Ndosho hospital" FAC "CBCA Ndosho", the refineries of Barrancabermeja and
  Cartagena FAC under "... Refinery"; "M23" ORG "March 23 Movement"; "BVC" ORG "Colombia Stock
  Exchange"; tickers, advisory numbers and chassis-engine designations ("Lola-Ford") untagged;
  "Río Indio" (the reservoir's river) LOC named "Río Indio"; the "new locks" and the "transit
  planning office" untagged (lower case); "Dayton" GPE "Dayton, Ohio"; "Moslems" NORP "Muslim"
  (wire spelling kept); "IFOR" ORG "Implementation Force"; MLS clubs named by city ORG under their
  present Wikipedia titles ("Kansas City" -> "Sporting Kansas City", "Dallas" -> "FC Dallas", "San
  Jose" -> "San Jose Earthquakes", "Los Angeles" -> "LA Galaxy"); "World Cup" before "qualifier"
  EVENT "1998 FIFA World Cup"; "Newman-Haas" ORG "Newman/Haas Racing"; "Laguna Seca" FAC
  "WeatherTech Raceway Laguna Seca"; "Al Unser Jr" PERSON "Al Unser Jr."; "Copernicus" ORG
  "Copernicus Programme"; "King" outside the PERSON span of Felipe VI.
- Statements: cues say, tell, add, note, warn, urge, pledge, announce, expect, estimate, forecast,
  inform, according to; "according to X, head of ..." after the content speaks as X; "expects to
  commit" content without the infinitival "to"; a direct quotation with its comma before the
  attribution left out; "the ICRC is appealing" (an action) not a statement; "CART estimated the
  crowd at about 70,000" a statement of the organisation.
- Figures: "0.25 percentage points" pp; "50 feet (15.24 metres)" two quantity figures; "751,000
  barrels" of oil equivalent per day quantity "bbl" with the qualifier and rate outside; "1.653-mile"
  quantity; "about 1.5 square kilometres" "km2"; "about 20 million cubic metres" "m3"; "12 tonnes"
  "t"; "COP", "CHF", "MAD" codes before the number; "US$" in Colombian and Panamanian texts USD;
  standings columns and scores ``number``; championship points ``count`` "point" (noun restored in
  the rows after the first); list ranks ("1.") and times untagged; "a third" untagged (fraction).
- Dates: "the 12 months to September 2025" and "the first nine months of 2025" one span, "the"
  inside; "fiscal year 2025" of the Panama Canal Authority (October-September, as its text says)
  "2024-10-01/2025-09-30"; "from January 2019 to July 2024" and "from January to April 2026" one
  range span with "from" inside; "the next six months", "the next three months", "the next five
  years", "the next 50 years" START/END at day precision from the reference date; "five years"
  after the fire and "more than four years" durations; a wire's "on Tuesday"/"on Sunday" on its own
  dateline's weekday is that day; "the spring" in a future clause of 1996-08 "1997-03/1997-05";
  "November 27" in a 2025-03 text about the election of 2024 "2024-11-27"; "Independence"
  untagged; "overnight", "14:00" untagged (shorter than a day).
- Date cases: see the comments at each case; South Africa's "2025/26" an April-March year, UK
  "2023-24" April-March, Canada's "fiscal 2024-25" April-March, U.S. "FY 2027" October-September.
  Negatives: a market named for a weekday, a clock time "every evening", "every month", a
  "Year-on-year" modifier, a vague "a long time".
- Figure cases: "a quarter of a percentage point" 0.25 pp; "5-1/4 percent" 5.25; "5 feet 11 inches"
  5.9166667 ft; "₦" NGN; "KSh" KES; "R$" BRL; "zlotys" PLN; "dirhams" MAD; "C$" CAD; "hectares"
  "ha". Negatives: a section citation, a vague "Hundreds", a proportion "Two in five", a model
  number "737".
"""


from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own44_heldout_briefs_a import BRIEFS_A
from own44_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack (all current codes).
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"GBP", "EUR", "CHF", "COP", "MAD", "USD", "NGN", "KES", "BRL",
                                                  "PLN", "ARS", "CZK", "DKK", "CAD"}

TAG = "own44"
SOURCE_BRIEFS = (
    "own44: written and annotated by hand for briefx (held-out set 44, session 31) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Bank of England, Ireland's "
    "Central Statistics Office, Spain's CNMC, the Icelandic Meteorological Office, the ICRC, "
    "Ecopetrol, the EBRD and the Panama Canal Authority, Wikinews-style reports and Reuters-style "
    "1996 wire copy; real institutions, places and office holders, events modelled on real news with "
    "invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own44: short cases written and annotated by hand for briefx (held-out set 44, session 31) by "
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
        # Wednesday 11 March 2026: next Monday is 16 March, the Monday after it 23 March.
        ("2026-03-11", "The committee will meet [the Monday after next|2026-03-23]."),
        ("2025-09-17", "The ceasefire collapsed [three days ago|2025-09-14]."),
        ("2026-06-03", "The results are due [the day after tomorrow|2026-06-05]."),
        # 1 February 2025 is a Saturday: the first Tuesday of February is the 4th.
        ("2025-01-15", "Voting closes on [the first Tuesday of February|2025-02-04]."),
        ("2024-09-25", "The strike began [ten days ago|2024-09-15]."),
        ("2026-10-21", "Payments resume on [the last day of next month|2026-11-30]."),
    ],
    "range": [
        ("2025-04-09", "The film festival runs [21-27 May|2025-05-21/2025-05-27]."),
        ("2024-11-13", "Talks were held [from 4 to 6 November|2024-11-04/2024-11-06]."),
        # Wednesday 20 May 2026, a future clause: the coming Thursday and Sunday.
        ("2026-05-20", "The book fair will run [from Thursday to Sunday|2026-05-21/2026-05-24]."),
        ("2025-10-01", "Temperatures were compared with the [1961-1990|1961/1990] average."),
        # A past clause in February: the September and November just gone.
        ("2026-02-18", "Car sales fell [from September to November|2025-09/2025-11]."),
        ("2025-06-11", "The road will be closed [Aug. 4 through Sept. 12|2025-08-04/2025-09-12]."),
    ],
    "words": [
        ("2025-04-09", "Ghana won independence in [nineteen fifty-seven|1957]."),
        ("2026-06-03", "The constitution was adopted on [the twelfth of October, nineteen sixty-eight|1968-10-12]."),
        ("2024-09-25", "The cathedral was consecrated in [June of eighteen hundred and twelve|1812-06]."),
        # A future clause in January: this year's April.
        ("2025-01-15", "The new tram line will open on [the second of April|2025-04-02]."),
        ("2026-10-21", "The last eruption came in [two thousand and ten|2010]."),
    ],
    "period": [
        ("2025-10-01", "Brazil's economy grew in [the April-June quarter|2025-04/2025-06]."),
        # A UK fiscal year, April-March.
        ("2024-11-13", "The Treasury borrowed more than forecast in [2023-24|2023-04/2024-03]."),
        # U.S. federal fiscal year.
        ("2026-02-18", "The Pentagon's request for [FY 2027|2026-10-01/2027-09-30] was sent to Congress."),
        # Canada's federal fiscal year runs April-March.
        ("2025-06-11", "Canada's deficit for [fiscal 2024-25|2024-04/2025-03] was larger than planned."),
        # South Africa's fiscal year runs April-March.
        ("2025-04-09", "South Africa's budget for [2025/26|2025-04/2026-03] raises VAT."),
        # The most recent April before 20 May 2026, counted back twelve months.
        ("2026-05-20", "Rents rose in [the 12 months to April|2025-05/2026-04]."),
        ("2025-10-01", "Copper exports peaked in [the second quarter of 2024|2024-04/2024-06]."),
    ],
    "weekday": [
        # Wednesday 11 March 2026: a past and a future clause.
        ("2026-03-11", "The ministers met on [Monday|2026-03-09]."),
        ("2026-03-11", "The ministers will meet on [Monday|2026-03-16]."),
        # Wednesday 17 September 2025, a future clause.
        ("2025-09-17", "The senate will vote on [Friday|2025-09-19]."),
        # Wednesday 13 November 2024, a past clause.
        ("2024-11-13", "The storm struck the coast on [Sunday|2024-11-10]."),
        # Wednesday 11 June 2025, a future clause.
        ("2025-06-11", "The dockers will strike on [Tuesday|2025-06-17]."),
        # Wednesday 21 October 2026.
        ("2026-10-21", "Oil prices jumped [last Friday|2026-10-16]."),
        ("2025-01-15", "The treaty was signed on [Friday, January 10|2025-01-10]."),
    ],
    "month-tense": [
        ("2025-10-01", "Wine exports fell in [May|2025-05]."),
        ("2025-10-01", "The new tariff applies from [May|2026-05]."),
        # A past clause in February: last December.
        ("2026-02-18", "Cocoa prices peaked in [December|2025-12], traders said."),
        ("2025-06-11", "The commission will report by [October 31|2025-10-31]."),
        ("2024-09-25", "The smoking ban will start on [January 1|2025-01-01]."),
        ("2026-06-03", "Work on the dam began in [March|2026-03]."),
    ],
    "duration": [
        ("2025-09-17", "The siege lasted [nearly three years|P3Y]."),
        ("2026-01-14", "The treasury sold [10-year|P10Y] bonds to banks."),
        ("2024-11-13", "The permit is valid for [at least 60 days|P60D]."),
        ("2025-04-09", "The canal took [a quarter of a century|P25Y] to build."),
        ("2026-05-20", "Fathers will get [six weeks|P6W] of paid leave."),
        # Two durations, the unit of the first taken from the second.
        ("2025-10-01", "The concession runs for [five|P5Y] or [six years|P6Y]."),
    ],
    "holiday": [
        ("2025-06-11", "The stock market closes early on [Christmas Eve|2025-12-24]."),
        ("2026-02-18", "The parade takes place on [St Patrick's Day|2026-03-17]."),
        ("2025-10-01", "The shops will open on [Boxing Day|2025-12-26]."),
        # Easter Sunday 2026 is 5 April.
        ("2026-01-14", "The museum reopens on [Easter Monday|2026-04-06]."),
    ],
    "week": [
        # Wednesday 17 September 2025 is in ISO week 38.
        ("2025-09-17", "The regulator meets [next week|2025-W39]."),
        # Wednesday 11 March 2026 is in ISO week 11.
        ("2026-03-11", "Grain prices fell [last week|2026-W10]."),
        ("2024-11-13", "The inspectors will visit the plant [this week|2024-W46]."),
    ],
    "season": [
        ("2025-04-09", "The new bridge opens in [summer 2027|2027-06/2027-08]."),
        ("2026-10-21", "Hotel bookings fell in [the autumn of 2025|2025-09/2025-11]."),
        ("2025-01-15", "Sowing starts [next spring|2025-03/2025-05]."),
    ],
    "decade": [
        ("2025-06-11", "Inflation soared in [the 1970s|1970/1979]."),
        ("2026-06-03", "The last coal mines closed in [the early 2000s|2000/2009]."),
    ],
    "negative": [
        ("2025-09-17", "The Tuesday Market in the old town sells fish."),
        ("2024-09-25", "The night train leaves at 18:45 every evening."),
        ("2026-01-14", "The ministry publishes jobless figures every month."),
        ("2025-04-09", "Year-on-year growth slowed to 1.1%."),
        ("2026-10-21", "Recovery will take a long time."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
    ("range", 3): "next",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "next",
    ("weekday", 4): "prev",
    ("weekday", 5): "next",
    ("weekday", 6): "prev",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The shelter housed [three hundred|count|300|family] families.",
        "[Forty-five|count|45|miner] miners were trapped underground.",
        "The carnival drew [two million|count|2000000|visitor] visitors.",
        "The charity raised [one and a half million euros|money|1500000|EUR] for the clinic.",
        "The bus carried [seventy-two|count|72|passenger] passengers.",
    ],
    "currency": [
        "Nigeria approved [₦1.5 trillion|money|1500000000000|NGN] for roads.",
        "Kenya raised [KSh 50 billion|money|50000000000|KES] from a bond.",
        "Brazil will invest [R$20 billion|money|20000000000|BRL] in railways.",
        "The Swiss insurer paid [CHF 300 million|money|300000000|CHF] for the stake.",
        "The Polish bank earned [3.2 billion zlotys|money|3200000000|PLN] last year.",
        "Argentina issued [ARS 500 billion|money|500000000000|ARS] in peso bonds.",
        "The Czech utility raised [CZK 12 billion|money|12000000000|CZK] from investors.",
        "Morocco allocated [10 billion dirhams|money|10000000000|MAD] to water projects.",
    ],
    "scale": [
        "The Danish brewer posted a profit of [DKK 6.8bn|money|6800000000|DKK].",
        "The club sold the winger for [€850k|money|850000|EUR].",
        "The council spent [£3.4m|money|3400000|GBP] on flood defences.",
        "The province pledged [C$1.2 billion|money|1200000000|CAD] for transit.",
        "The offshore field holds [1.3 bn barrels|quantity|1300000000|bbl] of oil.",
    ],
    "units": [
        "The rail tunnel is [57 kilometres|quantity|57|km] long.",
        "The storm dropped [12 inches|quantity|12|in] of rain.",
        "The wildfire burned [40,000 hectares|quantity|40000|ha] of forest.",
        "The ship carries [90,000 tonnes|quantity|90000|t] of grain.",
        "The summit rises to [4,808 metres|quantity|4808|m].",
        "The truck leaked [3,000 gallons|quantity|3000|gal] of diesel.",
    ],
    "percent": [
        "Turnout reached [61 per cent|percent|61|%].",
        "The bank cut rates by [a quarter of a percentage point|percent|0.25|pp].",
        "Inflation eased to [four percent|percent|4|%] in May.",
        "Bond yields rose [15 basis points|percent|0.15|pp].",
        "[Twenty per cent|percent|20|%] of the budget goes to health.",
        "The jobless rate fell [0.3 percentage points|percent|0.3|pp] to [6.2%|percent|6.2|%].",
    ],
    "range": [
        "Growth is seen at [2|percent|2|%] to [2.5 percent|percent|2.5|%].",
        "The bridge will cost [C$4|money|4000000000|CAD]-[C$5 billion|money|5000000000|CAD].",
        "Waves of [4|quantity|4|m] to [6 metres|quantity|6|m] hit the coast.",
        "Between [200|count|200|job] and [300|count|300|job] jobs are at risk.",
        "Maize sells for between [KSh 60|money|60|KES] and [KSh 70|money|70|KES] a kilo.",
    ],
    "approximate": [
        "[Nearly 5,000|count|5000|cyclist] cyclists took part.",
        "The port expansion will cost [about $2 billion|money|2000000000|USD].",
        "[Fewer than 300|count|300|wolf] wolves remain in the region.",
        "[More than 80%|percent|80|%] of members backed the deal.",
        "The hospital has [roughly 900|count|900|bed] beds.",
        "[Around 40|count|40|country] countries sent delegations.",
    ],
    "count": [
        "The earthquake damaged [1,870|count|1870|house] houses.",
        "[One|count|1|worker] worker was hurt.",
        "The navy ordered [12|count|12|frigate] frigates.",
        "Police seized [380|count|380|rifle] rifles.",
        "The region built [27|count|27|clinic] new clinics.",
    ],
    "ordinal": [
        "It was the party's [third|ordinal|3] straight win.",
        "The city celebrated its [750th|ordinal|750] anniversary.",
        "He is the [first|ordinal|1] African to win the prize.",
        "The [12th|ordinal|12] round of talks began in Geneva.",
    ],
    "tally": [
        "The Senate voted [54|number|54]-[46|number|46] for the bill.",
        "Boca Juniors beat River Plate [2|number|2]-[0|number|0] in Buenos Aires.",
        "The court ruled [4|number|4] to [3|number|3].",
    ],
    "form": [
        "The current account balance was [-2,700|number|-2700] in April.",
        "The prime rate was set at [5-1/4 percent|percent|5.25|%].",
        "The striker is [5 feet 11 inches|quantity|5.9166667|ft] tall.",
    ],
    "negative": [
        "Section 12(4) of the act applies to landlords.",
        "Hundreds of protesters gathered outside.",
        "Two in five adults smoke.",
        "The Boeing 737 landed in Lagos.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own44(path: str) -> None:
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
        check_own44(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)
