"""Build the thirty-eighth held-out set: eval/own38-briefs-heldout.jsonl, own38-dates-heldout.jsonl
and own38-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 30 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: layout,
markup and checks; ``heldout_build`` and ``case_marks`` are imported as set 21 does, their text
unread), the "Twenty-first held-out set" section of ``eval/README.md`` and the topic descriptions
in the summary-table rows of sets 36 and 37 (to keep the topics apart). The texts were written by
hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where it is silent,
the choice is listed below. The marked texts of the briefs and their statements are in
``own38_heldout_briefs_a.py`` and ``own38_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and formats earlier sets lacked
(this round's split: official issuers from Europe, Africa and the Americas). Eight official texts
(a Magyar Nemzeti Bank base-rate decision with the forint; an INSEE first estimate of quarterly GDP
with signed rates "+0.5%" and contributions in percentage points; a Nigerian FCCPC release on the
Tribunal's judgment against Meta in dollars; a Kenyan National Treasury budget statement in "KSh"
with a July-June "FY 2025/26"; a Brazilian INPE deforestation release in km² and "R$"; an
Inter-American Development Bank loan for Ecuador with a euro co-financing; Inditex half-year results
for a February-July half; a City of Toronto news release on World Cup matches in Canadian dollars),
three Wikinews-style reports (the Cameroonian presidential result, the Lisbon Glória funicular
derailment, the Booker Prize) and three Reuters wire items of the 1996 CoNLL-2003 kind (a Nairobi
item on the Burundi sanctions, 1996-08-20, with Burundi francs; Belgian Grand Prix results and
championship standings with drivers, countries in brackets and teams, 1996-08-25; the All-Ireland
hurling final with goals-points scores and scorers lines, 1996-09-01, with Irish pounds). Real
institutions, places, office holders and sportsmen; the events are modelled on real ones but
details, quotations and many figures are invented or approximate and must not be read as
reporting (some officials are real holders of the office named, their words invented). Every brief
states its own date: ``published`` = ``reference_date``.

Markup and checks as set 21 (``case_marks``/``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
those checks this builder re-reads the three files it wrote and asserts (``check_written``): every
span's text equals its slice of the text; no span starts or ends on white space; no span ends in
a possessive "'s"/"’s"; no entity span starts with a determiner ("the", "a", "an") unless its
name does; no two spans of one list overlap; every statement's content is its slice and every
statement figure lies inside its content and is a gold figure; counts are printed.

Run from the project root: ``python3 eval/build_own38_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Magyar Nemzeti Bank" and "the Bank" ORG "Magyar Nemzeti Bank"; "Insee" ORG named
  by its full French title "Institut national de la statistique et des études économiques";
  "Destatis" ORG "Federal Statistical Office of Germany"; "the Commission"/"the Tribunal" of the
  FCCPC release ORG under their full names; "Meta"/"Meta Platforms, Inc." ORG "Meta Platforms",
  "WhatsApp LLC" ORG "WhatsApp"; "National Treasury"/"the Treasury" ORG "National Treasury
  (Kenya)", "National Assembly" ORG with the country in brackets; "Kenyans" NORP "Kenyan";
  "Legal Amazon" and "Cerrado" LOC, "the Amazon" LOC "Amazon rainforest", Brazilian states GPE
  ("Amazonas (Brazilian state)"); "COP30" EVENT "2025 United Nations Climate Change Conference";
  "Ibama" ORG under its English title; "Coca Codo Sinclair" FAC "Coca Codo Sinclair Dam"; "CAF" ORG
  "CAF (bank)"; "City of Toronto"/"the City" GPE "Toronto", "Province of Ontario" GPE "Ontario";
  "FIFA World Cup 26"/"World Cup" EVENT "2026 FIFA World Cup"; "Fort York", "BMO Field", "Old
  Billingsgate", "Croke Park" FAC; "Elevador da Glória" FAC "Ascensor da Glória", "Restauradores
  Square" FAC "Praça dos Restauradores", "Bairro Alto" LOC; "GPIAAF" ORG as written; the Booker
  Prize (an award) and book titles untagged, "Booker Prize Foundation" ORG; "Hungarian-British"
  two NORP; "East African" NORP; "U.N." before "refugee agency" ORG "United Nations"; "SPA"
  dateline GPE "Spa, Belgium"; racing teams ORG ("Ferrari" -> "Scuderia Ferrari", "Williams" ->
  "Williams Racing", "Benetton" -> "Benetton Formula"); "Britain" GPE "United Kingdom"; county
  hurling teams ORG ("Wexford county hurling team"), the county as a place of people GPE "County
  Wexford"; "All-Ireland" (the final's championship) EVENT; "African Union Commission" ORG.
- Statements: "according to" with the preceding clause; "argue", "warn", "forecast", "promise",
  "write" (a quotation on social media), "admit", "urge" (content without "to"), "call for" with
  two objects; "tell" with a quotation; "the City estimates" speaks as the city GPE.
- Figures: "+0.5%" and "-1.7%" signed percents; "+0.9 percentage points" pp; "about 391 forints"
  per euro money HUF (the rate outside); "about KSh 129" to the dollar; "BIF" Burundi francs and
  "IEP" Irish pounds (the latter added to the code list, as set 21 added DEM); result positions,
  goals-points scores ("1-13" two numbers) and standings numbers ``number``; championship points
  "81 points" count "point"; race times, gaps in seconds, match minutes and clock times untagged;
  "came second" ordinal; "megawatts" quantity "MW"; "km²" "km2"; "265-metre" quantity "m".
- Dates: a Kenyan "FY 2025/26" and "the 2025/26 financial year" July-June ("2025-07/2026-06"), as
  set 21 read an Australian "2025-26" (the text's own fiscal year); "the current financial year"
  the Kenyan year then running; Inditex "the six months to July 2025" "2025-02/2025-07" and "the
  same period of 2024" likewise; "early 2023" the year with the hedge inside; "the previous twelve
  months" the year before the period just named; "August 2024 and July 2025" one range span;
  "Wednesday evening"/"Monday evening" the day only; "next week" of a 1996 wire its ISO week;
  "Last year" the year before the reference date; "this season", "five hours", "for up to 14 hours
  a day" untagged.
- Date cases: see the comments at each case; a Kenyan "2026/27" is a July-June year. Negatives: a
  market named like a weekday with "every weekend", a clock time "each night", "every quarter", a
  "Month-on-month" modifier, a vague "for a long time".
- Figure cases: "half a percentage point" 0.5 pp; "5-1/2 percent" 5.5; "6 feet 4 inches" 6.333333
  ft; "$750k"; "2.1 mn tonnes"; "€1.85 per litre" the rate outside; "2.4 billion Swedish crowns"
  SEK. Negatives: a treaty article citation, a vague "Thousands", a proportion "Three in four", a
  model number "A320".
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import case_marks
from heldout_build import build_heldout
from own38_heldout_briefs_a import BRIEFS_A
from own38_heldout_briefs_b import BRIEFS_B

# The 1996 wire quotes Irish pounds: IEP, the ISO 4217 code the Irish pound had until 2002.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"IEP", "BIF"}

TAG = "own38"
SOURCE_BRIEFS = (
    "own38: written and annotated by hand for briefx (held-out set 38, session 30) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Magyar Nemzeti Bank, INSEE, "
    "Nigeria's Federal Competition and Consumer Protection Commission, Kenya's National Treasury, "
    "Brazil's INPE, the Inter-American Development Bank, Inditex and the City of Toronto, "
    "Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places and office "
    "holders, events modelled on real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own38: short cases written and annotated by hand for briefx (held-out set 38, session 30) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 19 March 2025: next Thursday is 20 March, the Thursday after it 27 March.
        ("2025-03-19", "The regulator will publish its decision [the Thursday after next|2025-03-27]."),
        ("2024-10-16", "The port strike ended [the day before yesterday|2024-10-14]."),
        ("2026-01-07", "The new road tolls take effect [three weeks from today|2026-01-28]."),
        # 29 August 2025 is a Friday.
        ("2025-08-06", "Tenders must be filed by [the last Friday of August|2025-08-29]."),
        ("2026-04-22", "The pipeline leak was found [a fortnight ago|2026-04-08]."),
        # A future clause in November: 13 January 2026 is the second Tuesday of January.
        ("2025-11-26", "Parliament reconvenes on [the second Tuesday of January|2026-01-13]."),
    ],
    "range": [
        ("2025-06-04", "The film festival in Karlovy Vary runs [4-12 July|2025-07-04/2025-07-12]."),
        ("2024-05-29", "Polling stations will be open [from 6 to 9 June|2024-06-06/2024-06-09]."),
        # Wednesday 16 September 2026, a future clause: the coming Monday and Wednesday.
        ("2026-09-16", "The trade fair will run [from Monday to Wednesday|2026-09-21/2026-09-23]."),
        ("2025-02-12", "The housing survey covered [2011-2021|2011/2021]."),
        # A past clause in December: the September and November just gone.
        ("2024-12-18", "Grain exports rose [from September to November|2024-09/2024-11]."),
        ("2025-10-22", "Comments may be sent [between 3 November and 15 December|2025-11-03/2025-12-15]."),
    ],
    "words": [
        ("2025-04-09", "The constitution was adopted in [nineteen ninety-one|1991]."),
        ("2026-02-18", "The treaty was signed on [the ninth of May, nineteen fifty|1950-05-09]."),
        ("2024-07-10", "The brewery opened in [March of nineteen hundred and twelve|1912-03]."),
        # A future clause in September: this year's October.
        ("2025-09-24", "The bridge will reopen on [the thirtieth of October|2025-10-30]."),
        ("2026-05-13", "The first local elections were held in [two thousand and five|2005]."),
    ],
    "period": [
        ("2025-08-20", "Retail sales slowed in [the April-June period|2025-04/2025-06]."),
        # A UK financial year, April-March.
        ("2025-07-23", "The UK government borrowed more in [the financial year to March 2025|2024-04/2025-03]."),
        # U.S. federal fiscal year.
        ("2025-03-12", "Congress funded the Coast Guard for [FY 2026|2025-10-01/2026-09-30]."),
        # An Indian fiscal year, April-March.
        ("2025-05-28", "India's tax revenue rose in [2024-25|2024-04/2025-03], the finance ministry said."),
        # Kenya's financial year runs July-June: the text's own fiscal year.
        ("2026-01-21", "Kenya's National Treasury expects a smaller deficit in [2026/27|2026-07/2027-06]."),
        # The most recent September before 8 October 2025.
        ("2025-10-08", "Exports fell in [the nine months to September|2025-01/2025-09]."),
        ("2024-09-11", "Profits rose in [the first half of 2024|2024-01/2024-06]."),
        ("2026-02-25", "The Pentagon overspent its budget in [fiscal 2025|2024-10-01/2025-09-30]."),
    ],
    "weekday": [
        # Wednesday 4 June 2025: a past and a future clause.
        ("2025-06-04", "The ministers met in Geneva on [Tuesday|2025-06-03]."),
        ("2025-06-04", "The ministers will meet in Geneva on [Tuesday|2025-06-10]."),
        # Wednesday 18 December 2024, a future clause.
        ("2024-12-18", "The dock workers will return to work on [Saturday|2024-12-21]."),
        # Wednesday 4 March 2026, a past clause.
        ("2026-03-04", "A fire broke out at the refinery on [Thursday|2026-02-26]."),
        # Wednesday 26 November 2025.
        ("2025-11-26", "The verdict is due [this Thursday|2025-11-27]."),
        # Wednesday 12 February 2025.
        ("2025-02-12", "The airline cancelled dozens of flights [last Sunday|2025-02-09]."),
        ("2026-09-16", "The weather satellite was launched on [Friday, September 11|2026-09-11]."),
    ],
    "month-tense": [
        ("2025-09-17", "Wheat exports slumped in [March|2025-03]."),
        ("2025-09-17", "The new import tariff applies from [March|2026-03]."),
        # A past clause in February: last November.
        ("2026-02-11", "Car sales rose in [November|2025-11], the association said."),
        ("2024-04-24", "The committee will sit until [June 28|2024-06-28]."),
        ("2025-11-19", "The pension reform takes effect on [February 1|2026-02-01]."),
    ],
    "duration": [
        ("2025-05-21", "The ferry was held in port for [almost two weeks|P2W]."),
        ("2024-08-14", "The state bank sold [five-year|P5Y] bonds to pension funds."),
        ("2026-07-22", "The fraud trial will last [at least nine months|P9M]."),
        ("2025-03-26", "The salt monopoly lasted [half a century|P50Y]."),
        # Two durations, the unit of the first taken from the second.
        ("2024-11-27", "The mining licence runs for [ten|P10Y] or [fifteen years|P15Y]."),
        ("2025-01-15", "Workers will get [four weeks|P4W] of paid leave."),
    ],
    "holiday": [
        ("2025-12-10", "Ferries to the islands will not run on [New Year's Day|2026-01-01]."),
        # Easter Sunday 2025 is 20 April.
        ("2025-03-05", "The museum reopens on [Good Friday|2025-04-18]."),
        ("2026-10-14", "The results will be known [the day after Halloween|2026-11-01]."),
        # U.S. Thanksgiving 2024 is 28 November.
        ("2024-11-06", "U.S. stock markets close early on [the day after Thanksgiving|2024-11-29]."),
    ],
    "week": [
        # Monday 30 December 2024 is in ISO week 1 of 2025.
        ("2024-12-30", "The border crossing is closed for most of [this week|2025-W01]."),
        ("2026-04-22", "The cabinet meets [next week|2026-W18]."),
        # Wednesday 7 January 2026 is in W02; last week is W01.
        ("2026-01-07", "Shares in the carmaker fell sharply [last week|2026-W01]."),
    ],
    "season": [
        ("2025-06-18", "The airport extension opens in [autumn 2027|2027-09/2027-11]."),
        ("2026-03-11", "Tourism collapsed in [the spring of 2020|2020-03/2020-05]."),
        ("2024-02-07", "The new tram line will open [this summer|2024-06/2024-08]."),
    ],
    "decade": [
        ("2025-04-16", "The shipyard flourished in [the 1950s|1950/1959]."),
        ("2024-10-02", "Inflation was high in [the late 1980s|1980/1989]."),
    ],
    "negative": [
        ("2025-07-02", "The Saturday Market draws crowds every weekend."),
        ("2024-03-27", "The last bus leaves the station at 22:40 each night."),
        ("2026-06-10", "The central bank reviews its lending rates every quarter."),
        ("2025-10-15", "Month-on-month inflation eased to 0.3%."),
        ("2024-08-28", "Rents in the capital have been rising for a long time."),
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
        "The city will plant [five thousand|count|5000|tree] trees along the river.",
        "[Twenty-three|count|23|sailor] sailors were rescued from the trawler.",
        "The festival drew [three and a half million|count|3500000|visitor] visitors.",
        "The charity raised [two hundred thousand pounds|money|200000|GBP] in a month.",
        "The reserve shelters [sixty-one|count|61|species] species of birds.",
    ],
    "currency": [
        "Poland's development bank lent [1.2 billion zlotys|money|1200000000|PLN] to the city.",
        "South Africa's Treasury set aside [R18 billion|money|18000000000|ZAR] for the rail network.",
        "The Nigerian regulator imposed a fine of [₦5 billion|money|5000000000|NGN].",
        "Hungary will spend [HUF 300 billion|money|300000000000|HUF] on subsidised home loans.",
        "The Colombian government raised [COP 4 trillion|money|4000000000000|COP] in bonds.",
        "The Norwegian wealth fund sold shares worth [NOK 12 billion|money|12000000000|NOK].",
        "Sweden's army ordered trucks for [2.4 billion Swedish crowns|money|2400000000|SEK].",
    ],
    "scale": [
        "The insurer booked [€3.4bn|money|3400000000|EUR] of storm claims.",
        "The club paid [£85m|money|85000000|GBP] for the striker.",
        "The start-up raised [$750k|money|750000|USD] from investors.",
        "The state allocated [Rs 12 crore|money|120000000|INR] to the district hospital.",
        "The harvest reached [2.1 mn tonnes|quantity|2100000|t] of wheat.",
    ],
    "units": [
        "The new bridge spans [1.8 kilometres|quantity|1.8|km].",
        "The tanker carried [80,000 tonnes|quantity|80000|t] of diesel.",
        "The convoy travelled [35 miles|quantity|35|mi] to the border.",
        "The airship cruised at [60 mph|quantity|60|mph] over the bay.",
        "The new offices cover [12,000 square feet|quantity|12000|ft2].",
        "The salmon weighed [14 kilograms|quantity|14|kg].",
    ],
    "percent": [
        "Turnout reached [71.2 per cent|percent|71.2|%] in the capital.",
        "The central bank raised rates by [half a percentage point|percent|0.5|pp].",
        "Food prices rose [three percent|percent|3|%] in May.",
        "Bond yields fell [20 basis points|percent|0.2|pp] after the auction.",
        "[Forty per cent|percent|40|%] of the forest was lost to fire.",
        "Unemployment rose [0.2 percentage point|percent|0.2|pp] to [6.3%|percent|6.3|%], the agency said.",
    ],
    "range": [
        "The bank expects inflation of [2.5|percent|2.5|%] to [3 percent|percent|3|%] next year.",
        "The new stadium will cost [€400|money|400000000|EUR]-[€450 million|money|450000000|EUR].",
        "Snowdrifts of [2|quantity|2|m] to [3 metres|quantity|3|m] blocked the pass.",
        "Between [300|count|300|job] and [400|count|400|job] jobs will go at the plant.",
        "Tickets cost between [$45|money|45|USD] and [$90|money|90|USD] each.",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|runner] runners took part in the race.",
        "The tunnel will cost [roughly £2 billion|money|2000000000|GBP].",
        "[Fewer than 50|count|50|lynx] lynx remain in the mountains.",
        "[Just over 55%|percent|55|%] of members voted for the merger.",
        "The new hospital has [about 1,100|count|1100|bed] beds.",
        "[Some 70|count|70|nation] nations signed the accord.",
    ],
    "count": [
        "The storm damaged [2,480|count|2480|home] homes.",
        "[One|count|1|firefighter] firefighter was injured in the blaze.",
        "The navy's fleet includes [22|count|22|frigate] frigates.",
        "Customs officers seized [410|count|410|weapon] weapons at the border.",
        "The ministry built [63|count|63|school] new primary schools.",
    ],
    "ordinal": [
        "It is the party's [fourth|ordinal|4] victory in a row.",
        "The city celebrated its [800th|ordinal|800] anniversary with fireworks.",
        "She is the [first|ordinal|1] woman to head the army.",
        "The [23rd|ordinal|23] round of talks opened in Vienna.",
    ],
    "tally": [
        "Parliament voted [301|number|301]-[112|number|112] for the bill.",
        "Ajax beat PSV [2|number|2]-[1|number|1] in Amsterdam.",
        "The panel of judges split [7|number|7] to [2|number|2].",
    ],
    "form": [
        "Net migration was [-8,300|number|-8300] in the quarter.",
        "The discount rate rose to [5-1/2 percent|percent|5.5|%].",
        "The goalkeeper is [6 feet 4 inches|quantity|6.333333|ft] tall.",
        "Petrol costs [€1.85|money|1.85|EUR] per litre in Lisbon.",
    ],
    "negative": [
        "Article 14(2) of the treaty applies to all members.",
        "Thousands of farmers marched on the capital.",
        "Three in four voters backed the plan.",
        "The Airbus A320 landed safely in Lyon.",
    ],
}

EVAL = Path(__file__).resolve().parent
DETERMINERS = ("the ", "a ", "an ")


def _spans_ok(case_id: str, text: str, items: list[dict], kind: str) -> None:
    last_end = -1
    for it in sorted(items, key=lambda x: (x["start"], x["end"])):
        s, e = it["start"], it["end"]
        span = text[s:e]
        assert span == it["text"], (case_id, kind, it)
        assert span and not span[0].isspace() and not span[-1].isspace(), (case_id, kind, span)
        assert not re.search(r"['’]s$", span), (case_id, kind, span)
        assert s >= last_end, (case_id, kind, "overlap", it)
        last_end = e
        if kind == "entities":
            name = it.get("name", span)
            low = span.lower()
            if low.startswith(DETERMINERS):
                assert name.lower().startswith(DETERMINERS), (case_id, "determiner", span)


def check_written() -> None:
    """Re-read the three written files and assert the span rules; print the counts."""
    counts: dict[str, int] = {}
    ent_types: dict[str, int] = {}
    for suffix in ("briefs", "dates", "figures"):
        path = EVAL / f"{TAG}-{suffix}-heldout.jsonl"
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        for case in cases:
            text = case["text"]
            for kind in ("entities", "figures", "dates"):
                items = case.get(kind)
                if items is None:
                    continue
                _spans_ok(case["id"], text, items, kind)
                counts[f"{suffix}.{kind}"] = counts.get(f"{suffix}.{kind}", 0) + len(items)
                if kind == "entities":
                    for it in items:
                        ent_types[it["type"]] = ent_types.get(it["type"], 0) + 1
            fig_spans = {(f["start"], f["end"]) for f in case.get("figures", [])}
            for st in case.get("statements", []):
                assert text[st["start"]:st["end"]] == st["text"], (case["id"], st)
                assert not st["text"][0].isspace() and not st["text"][-1].isspace(), (case["id"], st)
                for fs, fe in st["figures"]:
                    assert (fs, fe) in fig_spans, (case["id"], st, fs, fe)
                    assert st["start"] <= fs and fe <= st["end"], (case["id"], st, fs, fe)
            counts[f"{suffix}.statements"] = counts.get(f"{suffix}.statements", 0) + len(
                case.get("statements", [])
            )
        counts[f"{suffix}.cases"] = len(cases)
    print(json.dumps({"counts": counts, "entity_types": ent_types}, ensure_ascii=False))


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    check_written()


if __name__ == "__main__":
    main()
    sys.exit(0)
