"""Build the twenty-fifth held-out set: eval/own25-briefs-heldout.jsonl, own25-dates-heldout.jsonl
and own25-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 25 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: file
format, markup and the builder it calls; ``heldout_build`` is imported as set 21 does, its text and
that of ``case_marks`` unread) and the "Twenty-first held-out set" section of ``eval/README.md``. The
texts were written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``;
where it is silent, the choice is listed below. The marked texts of the briefs and their statements
are in ``own25_heldout_briefs_a.py`` and ``own25_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats sets 21-23 lacked and
distinct from the parallel set 24's list. Eight official texts (a Norges Bank policy rate
decision; a SADC summit communiqué with numbered paragraphs and "His Excellency"; an OCHA flash
update with HIGHLIGHTS bullets; a U.S. National Hurricane Center intermediate advisory in capitals
with "...", MPH and KM/H; a Europol press release on arrests; an Irish Department of Finance budget
release; an Indian Press Information Bureau release of the Ministry of Coal with "FY 2024-25" and
crore; a TotalEnergies quarterly results release with named executives), three Wikinews-style
reports (Greenland ice loss, German GDP, the Chilean presidential election) and three Reuters wire
items of the 1996 CoNLL-2003 kind (an Ankara diplomacy item dated 1996-08-27; French first division
results and standings with clubs named by city, 1996-08-22; World Cup of Hockey results with
scorers and countries in brackets, 1996-08-27). Real institutions, places, office holders and
sportsmen; the events are modelled on real ones but details, quotations and many figures are
invented or approximate and must not be read as reporting (the GEUS glaciologist "Karina Holm" is
invented). Every brief states its own date: ``published`` = ``reference_date``.

Markup as set 21 (``case_marks``): briefs ``[[span|TYPE]]`` / ``[[span|TYPE|name]]``,
``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``; statements beside
each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``; figure cases
``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides the checks of ``build_heldout``, this
script re-reads the three files it wrote and asserts (``check_written``): every span's text equals
its slice of the text; no span starts or ends on white space or on punctuation other than a
closing "." of an abbreviation ("U.S."); no span ends in a possessive "'s"/"’s" or starts with one;
no entity span starts with a determiner ("the", "a", "an", "The" ...) unless its ``name`` does
("The Hague"); date spans of "the past/next N ..." and "the 1980s" keep their "the" (ANNOTATION.md);
no two spans of the brief lists overlap; every statement's content is a slice of the text with its
``figures`` inside it; every brief date written "Weekday, Month D, YYYY" has the right weekday.

Run from the project root: ``python3 eval/build_own25_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "SADC" ORG "Southern African Development Community"; "Republic of Madagascar" (and of
  South Africa, Zimbabwe) one GPE span named for the country; "Democratic Republic of Congo" named
  "Democratic Republic of the Congo"; the Irish state "Republic of Ireland"; "Dáil Éireann" ORG;
  "Department of Finance" ORG "Department of Finance (Ireland)"; "PIB" ORG "Press Information
  Bureau"; "Coal India Limited"/"CIL" ORG "Coal India"; "TotalEnergies SE" ORG "TotalEnergies";
  "Shell" ORG "Shell plc"; NHC "NWS" ORG "National Weather Service", "FL" GPE "Florida", "Air Force
  Reserve" ORG "Air Force Reserve Command", "ERIN"/"Erin" EVENT "Hurricane Erin", "Leeward Islands"
  and "Virgin Islands" LOC, "East Coast" LOC "East Coast of the United States", forecaster "Beven"
  PERSON "John Beven"; provinces and districts named with their kind ("Kunar" -> "Kunar Province",
  "Nurgal" -> "Nurgal District", a lower-case generic word outside the span); "the Greenland ice
  sheet" LOC "Greenland" named "Greenland ice sheet" (the Hudson-river rule); "Summit Camp" FAC;
  "the Government of Greenland" the GPE "Greenland" only, speaking as Greenland; "Electoral
  Service"/"Servel" ORG "Electoral Service of Chile"; parties under their Wikipedia titles ("Communist Party of Chile",
  "Republican Party (Chile)"); "Foreign Ministry" before a spokesman's name ORG "Ministry of Foreign
  Affairs (Turkey)", "State Department" ORG "United States Department of State"; "Iran-Libya
  Sanctions Act" LAW "Iran and Libya Sanctions Act"; transliterations of the wire named by their
  titles ("Tansu Ciller" -> "Tansu Çiller", "Teemu Selanne" -> "Teemu Selänne", "Jaromir Jagr" ->
  "Jaromír Jágr"); French clubs named by city ORG under their Wikipedia titles ("Paris St Germain"
  -> "Paris Saint-Germain FC", "Caen" -> "Stade Malherbe Caen"); national ice hockey teams named by
  country GPE; "World Cup of Hockey" EVENT "1996 World Cup of Hockey"; "Islamist" NORP; "Hurricane
  Erin" advisory numbers, "Flash Update No. 2", CPI, VAT, Brent, "State pension", the budget, the
  LNG project, the sovereign wealth fund and the "committee" untagged.
- Statements: "expect", "note", "report", "estimate", "announce", "warn", "forecast", "state",
  "promise", "pledge" (content without "to"), "tell" with a quotation or a reported clause; "the
  government of Bermuda" speaks as "Bermuda", "Turkey said" as the country; two speakers who "said
  they would" are one statement each with the same content; the SADC "Summit noted/urged" and
  "Analysts said", "officials said", "a ministry statement said" are unnamed.
- Figures: "0.25 percentage point" pp; "about NOK 20 trillion" NOK; "65 cent" 0.65 EUR; "Rs 42,315
  crore" INR; "US$58.2 million" USD; "750,000 pesos" in a Chilean text CLP; "$23 billion" in the 1996
  wire USD; "190 billion cubic metres" unit "m3"; MPH "mph", KM/H "km/h", inches "in"; "[[2]] to [[4
  inches]]" two quantities; magnitudes and goal, score, standings and attendance numbers ``number``;
  "nearly four times" ``number`` 4; "3 points" in a scorers list count "point"; "one or two further
  cuts" two counts "cut"; "two neighbours", "the two countries'" counts; "the second interim
  dividend", "came third", "first division" (headline "FIRST DIVISION" too), "a second consecutive
  term", "the first two-year contraction", "the fifth time" ordinals; clock times ("800 PM AST",
  "23:47", "4:40PM"), designations ("No. 2", "Number 11A"), "one third of which" and "about half"
  untagged.
- Dates: "the past year" / "the past five years" / "the next three months" START/END at day
  precision on the reference date; "2025/26" of SADC an April-March year; "FY 2024-25" of India an
  April-March year; "April-December 2024" a month range; "the 12 months to August 2025"
  "2024-09/2025-08"; "second quarter" in a headline without "the" the quarter of the text's year;
  "Second quarter 2025" of a results headline the quarter; "22-year", "two-year", "four-year"
  durations; "Sat Aug 16 2025" of an NHC header a day with its weekday inside the span; "this
  month" in the 1996 wire "1996-08"; "last week" the ISO week before the reference date's; "in a
  decade" P10Y; "some months", "the coming weeks", "a single warm summer" (generic) untagged.
- Date cases: see the comments at each case. Negatives: a group named like a weekday, a clock time
  with "every morning", "each quarter", a "Month-on-month" modifier, a vague "lately".
- Figure cases: "half a percentage point" 0.5 pp; "2-3/4 percent" 2.75; "6 feet 4 inches" 6.333333
  ft; "€250k"; "2.4 bn barrels" bbl; "$2.95 a gallon" the rate outside. Negatives: an article
  citation, a vague "Thousands", a proportion "Three in four", a model number "A320".
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from heldout_build import build_heldout
from own25_heldout_briefs_a import BRIEFS_A
from own25_heldout_briefs_b import BRIEFS_B

TAG = "own25"
SOURCE_BRIEFS = (
    "own25: written and annotated by hand for briefx (held-out set 25, session 25) by a helper who "
    "neither read nor ran briefx; official releases in the manner of Norges Bank, the SADC summit, "
    "OCHA, the U.S. National Hurricane Center, Europol, Ireland's Department of Finance, India's "
    "Press Information Bureau (Ministry of Coal) and TotalEnergies, Wikinews-style reports and "
    "Reuters-style 1996 wire copy; real institutions, places and office holders, events modelled on "
    "real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own25: short cases written and annotated by hand for briefx (held-out set 25, session 25) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 12 March 2025: the coming Friday is 14 March, the Friday after it 21 March.
        ("2025-03-12", "The committee will vote [the Friday after next|2025-03-21]."),
        ("2024-11-06", "The ferry strike ended [the day before yesterday|2024-11-04]."),
        ("2026-01-21", "Postal ballots must arrive [two weeks from today|2026-02-04]."),
        ("2025-07-02", "The lease expires on [the last day of next month|2025-08-31]."),
        ("2024-04-17", "The reservoir was last full [a year ago today|2023-04-17]."),
        # November 2025 begins on a Saturday: its Tuesdays are the 4th and the 11th.
        ("2025-10-08", "Parliament reconvenes on [the second Tuesday of November|2025-11-11]."),
    ],
    "range": [
        ("2025-05-14", "The book fair runs from [2 to 6 June|2025-06-02/2025-06-06]."),
        ("2024-08-28", "Road closures are planned for [September 9-13|2024-09-09/2024-09-13]."),
        ("2026-04-15", "Exports grew strongly over [2016-2020|2016/2020]."),
        # In January, a present clause: the December just gone to the coming February.
        ("2025-01-22", "The winter exhibition runs from [December to February|2024-12/2025-02]."),
        ("2024-06-19", "Registration is open [June 24 through July 5|2024-06-24/2024-07-05]."),
        ("2025-09-03", "The smelter was closed [between 2019 and 2021|2019/2021]."),
    ],
    "words": [
        ("2025-04-09", "The treaty was signed in [nineteen ninety-two|1992]."),
        ("2024-10-02", "The declaration is dated [the fourth of July, seventeen seventy-six|1776-07-04]."),
        ("2026-05-06", "The suspension bridge opened in [March of nineteen thirty-seven|1937-03]."),
        # A future clause in February: this year's March.
        ("2025-02-12", "The new assembly sits on [the third of March|2025-03-03]."),
        ("2024-09-25", "The company was listed in [two thousand and eight|2008]."),
    ],
    "period": [
        ("2025-08-06", "Factory output rose in [the April-June quarter|2025-04/2025-06]."),
        # A UK tax year, April-March.
        ("2025-06-25", "HMRC said receipts for [2024/25|2024-04/2025-03] beat forecasts."),
        # U.S. federal fiscal year.
        ("2025-11-05", "The Pentagon overspent its budget in [FY2025|2024-10-01/2025-09-30]."),
        # An Indian fiscal year, April-March.
        ("2026-01-28", "India's economy is forecast to grow 7% in [2026-27|2026-04/2027-03]."),
        # A past clause in March 2025: the most recent December, counted back nine months.
        ("2025-03-19", "The lender's profits rose in [the nine months to December|2024-04/2024-12]."),
        ("2024-08-14", "Imports fell in [the first half of 2024|2024-01/2024-06]."),
        ("2025-10-29", "Car sales grew in [Q3|2025-07/2025-09], the association said."),
        ("2026-07-22", "The White House sent its [fiscal 2027|2026-10-01/2027-09-30] budget to Congress."),
    ],
    "weekday": [
        # Wednesday 16 April 2025: a past and a future clause.
        ("2025-04-16", "The defendant appeared in court on [Tuesday|2025-04-15]."),
        ("2025-04-16", "The defendant will appear in court on [Tuesday|2025-04-22]."),
        # Thursday 10 October 2024, a past clause.
        ("2024-10-10", "The transport minister resigned on [Saturday|2024-10-05]."),
        # Wednesday 18 February 2026, a future clause.
        ("2026-02-18", "The rail strike is due to start on [Friday|2026-02-20]."),
        # Wednesday 24 September 2025.
        ("2025-09-24", "The two leaders met [last Thursday|2025-09-18]."),
        # Wednesday 18 December 2024.
        ("2024-12-18", "Flights to the island resume [this Sunday|2024-12-22]."),
        ("2025-06-04", "The port reopened on [Monday, May 26|2025-05-26]."),
    ],
    "month-tense": [
        ("2025-03-26", "Retail sales jumped in [November|2024-11]."),
        ("2025-03-26", "The new tariff applies from [November|2025-11]."),
        ("2024-09-11", "The inquiry published its findings in [July|2024-07]."),
        ("2026-11-25", "The metro line will open on [February 2|2027-02-02]."),
        ("2025-01-08", "Oil output peaked on [December 12|2024-12-12], the ministry said."),
        ("2024-05-29", "The regulator will rule by [August 30|2024-08-30]."),
    ],
    "duration": [
        ("2025-05-21", "The bridge will be closed for [about eight weeks|P8W]."),
        ("2024-02-07", "The government approved a [five-year|P5Y] plan for the railways."),
        ("2026-09-09", "The mining licence is valid for [up to 30 years|P30Y]."),
        ("2025-11-19", "The talks went on for [nine days|P9D]."),
        # Two durations, the unit of the first taken from the second.
        ("2024-07-24", "Repairs will take between [six|P6M] and [nine months|P9M]."),
    ],
    "holiday": [
        ("2025-12-10", "The stock exchange is closed on [New Year's Day|2026-01-01]."),
        ("2024-11-13", "Most shops will close on [Christmas Day|2024-12-25]."),
        # Easter Sunday 2026 is 5 April.
        ("2026-03-04", "The island ferry resumes on [Good Friday|2026-04-03]."),
        ("2025-06-18", "Fireworks are banned in the county on [Independence Day|2025-07-04]."),
    ],
    "week": [
        # Thursday 1 January 2026 is in ISO week 1 of 2026; last week is W52 of 2025.
        ("2026-01-01", "Retailers reported strong sales [last week|2025-W52]."),
        ("2025-06-11", "The board of the airline meets [next week|2025-W25]."),
        # Monday 30 December 2024 is in ISO week 1 of 2025.
        ("2024-12-30", "The registry is shut for part of [this week|2025-W01]."),
    ],
    "season": [
        ("2025-09-17", "The new terminal opens in [autumn 2026|2026-09/2026-11]."),
        ("2024-04-03", "The wildfires were worse [last summer|2023-06/2023-08]."),
        ("2026-01-14", "Work on the tunnel resumes in [the spring|2026-03/2026-05]."),
    ],
    "decade": [
        ("2025-02-19", "British steel output peaked in [the 1960s|1960/1969]."),
        ("2024-10-23", "Housebuilding boomed in [the late 1980s|1980/1989]."),
    ],
    "negative": [
        ("2025-07-09", "The Tuesday Group of senators met for lunch."),
        ("2024-03-06", "The bakery opens at 6:30 every morning."),
        ("2026-06-10", "Rents are reviewed each quarter."),
        ("2025-12-03", "Month-on-month inflation was 0.4%."),
        ("2024-08-07", "Things have been difficult for farmers lately."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 1): "second-next",
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
        "The charity planted [twelve thousand|count|12000|tree] trees along the river.",
        "[Twenty-two|count|22|sailor] sailors were rescued from the trawler.",
        "The estate sold for [three and a half million pounds|money|3500000|GBP].",
        "The choir has [sixty-five|count|65|member] members.",
        "The council hired [one hundred and twenty|count|120|teacher] new teachers.",
    ],
    "currency": [
        "Poland's budget deficit will reach [290 billion zlotys|money|290000000000|PLN].",
        "The Thai cabinet approved [THB 50 billion|money|50000000000|THB] for rice farmers.",
        "Nigeria's central bank sold [₦1.5 trillion|money|1500000000000|NGN] of bills.",
        "The pension fund bought [NOK 3.2 billion|money|3200000000|NOK] of green bonds.",
        "The club paid [£45m|money|45000000|GBP] for the striker.",
        "The Saudi utility raised [12 billion riyals|money|12000000000|SAR] from the sale.",
        "A ticket for the final costs [₹1,499|money|1499|INR].",
    ],
    "scale": [
        "The Swedish utility posted a profit of [SEK 4.1bn|money|4100000000|SEK].",
        "The village raised [€250k|money|250000|EUR] for the church roof.",
        "China's exports to the region reached [$1.2tn|money|1200000000000|USD].",
        "The state approved [Rs 3,200 crore|money|32000000000|INR] for rural roads.",
        "The field holds [2.4 bn barrels|quantity|2400000000|bbl] of oil.",
    ],
    "units": [
        "The glacier has retreated [2.5 kilometres|quantity|2.5|km] since 1900.",
        "The storm left [48 inches|quantity|48|in] of snow in Buffalo.",
        "The lorry was carrying [18 tonnes|quantity|18|t] of steel.",
        "The river rose [3.2 metres|quantity|3.2|m] overnight.",
        "The new national park covers [300 square kilometres|quantity|300|km2].",
        "The tanker carries [2 million gallons|quantity|2000000|gal] of jet fuel.",
    ],
    "percent": [
        "Support for the party rose to [41 per cent|percent|41|%].",
        "Mortgage rates climbed [half a percentage point|percent|0.5|pp].",
        "Bond yields fell [12 basis points|percent|0.12|pp] after the auction.",
        "[Sixty percent|percent|60|%] of households own a car.",
        "Sales of new cars fell [seven percent|percent|7|%].",
        "Turnout rose [2.3 percentage points|percent|2.3|pp] to [58.1%|percent|58.1|%].",
    ],
    "range": [
        "The new reactor will cost [$6|money|6000000000|USD] to [$8 billion|money|8000000000|USD].",
        "Rents rose between [4%|percent|4|%] and [6%|percent|6|%] in the capital.",
        "Winds of [60|quantity|60|mph] to [70 mph|quantity|70|mph] are expected.",
        "[300|count|300|job]-[400|count|400|job] jobs are at risk at the plant.",
        "Each dose costs [£12|money|12|GBP]-[£15|money|15|GBP].",
    ],
    "approximate": [
        "[Roughly 3,000|count|3000|protester] protesters marched to parliament.",
        "The dam cost [close to $2 billion|money|2000000000|USD].",
        "[More than 1,000|count|1000|flight] flights were cancelled.",
        "The party won [just under 40%|percent|40|%] of the vote.",
        "The statue is [about 30 metres|quantity|30|m] tall.",
        "[Up to 200|count|200|job] jobs will go at the mill.",
    ],
    "count": [
        "The storm toppled [85|count|85|pylon] pylons.",
        "[One|count|1|soldier] soldier was wounded in the attack.",
        "The airline will buy [30|count|30|aircraft] new aircraft.",
        "The zoo welcomed [4|count|4|cub] lion cubs.",
        "Police arrested [17|count|17|person] people at the protest.",
    ],
    "ordinal": [
        "It was the club's [fourth|ordinal|4] title in a row.",
        "The [100th|ordinal|100] edition of the race starts in Nice.",
        "Norway finished [second|ordinal|2] in the medal table.",
        "The bloc's [22nd|ordinal|22] summit ended without a deal.",
    ],
    "tally": [
        "The House voted [218|number|218]-[214|number|214] to pass the bill.",
        "Brazil beat Chile [2|number|2]-[1|number|1] in Santiago.",
        "The court ruled [6|number|6] to [3|number|3] against the state.",
    ],
    "form": [
        "The trade balance came in at [+3,150|number|3150].",
        "The discount rate stands at [2-3/4 percent|percent|2.75|%].",
        "The garden wall is [6 feet 4 inches|quantity|6.333333|ft] high.",
        "Gasoline costs [$2.95|money|2.95|USD] a gallon in Ohio.",
    ],
    "negative": [
        "Article 5 of the treaty covers all members.",
        "Thousands of fans lined the streets.",
        "Three in four nurses reported burnout.",
        "The Airbus A320 was grounded in Lyon.",
    ],
}

HERE = Path(__file__).resolve().parent
DETERMINERS = ("the ", "a ", "an ", "this ", "that ", "these ", "those ")
EDGE_PUNCT = ",;:!?()[]{}\"'“”‘’-–—"
WEEKDAY_DATE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2}), (\d{4})\b"
)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _check_span(case_id: str, text: str, item: dict, key: str) -> None:
    s, e, span = item["start"], item["end"], item["text"]
    where = f"{case_id} {key} {span!r}"
    assert 0 <= s < e <= len(text), where
    assert text[s:e] == span, f"{where}: slice {text[s:e]!r}"
    assert not span[0].isspace() and not span[-1].isspace(), f"{where}: white space at an edge"
    assert span[0] not in EDGE_PUNCT, f"{where}: starts on punctuation"
    assert span[-1] not in EDGE_PUNCT or span.endswith("%"), f"{where}: ends on punctuation"
    assert not re.search(r"['’]s$", span), f"{where}: ends in a possessive"
    if key == "entities":
        low = span.lower()
        name = item.get("name", "").lower()
        if low.startswith(DETERMINERS):
            assert span[0].isupper() and name.startswith(low.split(" ", 1)[0] + " "), (
                f"{where}: starts with a determiner"
            )


def check_written(tag: str) -> None:
    """Re-read the three written files and check spans, edges, overlaps and statements."""
    for kind in ("briefs", "dates", "figures"):
        path = HERE / f"{tag}-{kind}-heldout.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            text = case["text"]
            spans = []
            for key in ("entities", "figures", "dates"):
                for item in case.get(key, []):
                    _check_span(case["id"], text, item, key)
                    spans.append((item["start"], item["end"], key, item["text"]))
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                assert a[1] <= b[0], f"{case['id']}: overlap {a} {b}"
            fig_spans = {(f["start"], f["end"]) for f in case.get("figures", [])}
            for st in case.get("statements", []):
                s, e = st["start"], st["end"]
                assert text[s:e] == st["text"], f"{case['id']} statement {st['text'][:40]!r}"
                assert st["text"] == st["text"].strip(), f"{case['id']} statement edge"
                for fs, fe in st.get("figures", []):
                    assert s <= fs and fe <= e and (fs, fe) in fig_spans, f"{case['id']} statement figure"
            if kind == "briefs":
                for m in WEEKDAY_DATE.finditer(text):
                    day = dt.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
                    assert day.strftime("%A") == m.group(1), f"{case['id']}: {m.group(0)} weekday"
                    assert any(d["value"] == day.isoformat() and d["start"] <= m.start() < d["end"]
                               for d in case["dates"]), f"{case['id']}: {m.group(0)} not a date"


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    check_written(TAG)


if __name__ == "__main__":
    main()
    sys.exit(0)
