"""Build the thirty-fourth held-out set: eval/own34-briefs-heldout.jsonl, own34-dates-heldout.jsonl
and own34-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 29 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples or venv; no NLP tool was run on the
texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it
writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section and the tense rule) and ``FORMAT.md`` it read only
``build_own21_heldout.py`` and ``own21_heldout_briefs_a.py`` (an earlier set of this kind: file
format, markup and checks; ``case_marks`` and ``heldout_build`` are imported as set 21 does, their
text unread; only the names of their attributes, the ISO 4217 list and the unit symbols were
printed) and the "Twenty-first held-out set" section of ``eval/README.md``. The texts were written
by hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where it is silent,
the choice is listed below. The marked texts of the briefs and their statements are in
``own34_heldout_briefs_a.py`` and ``own34_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers, countries, currencies and formats
the earlier sets lacked. Eight official texts (a Sveriges Riksbank policy rate press release in SEK
with a dissenting deputy governor; a Nigerian National Bureau of Statistics CPI release in naira
with kilogram prices; a UK Financial Conduct Authority final notice press release in pounds with a
30% settlement discount; a Saudi Ministry of Finance State Budget announcement in riyals (SAR
trillions) with royal titles; an Australian Maritime Safety Authority rescue media release with
nautical miles, knots and an aircraft type; an International Energy Agency Oil Market Report
summary in barrels a day; a Novo Nordisk annual results company announcement in DKK with a
"16 to 24%" outlook; a City of Cape Town budget media release in rand with "2025/26" municipal
financial years), three Wikinews-style reports (the Louvre jewel theft, Poland's presidential
runoff, a ferry sinking in the Bali Strait) and three Reuters wire items of the 1996 CoNLL-2003
kind (a Seoul item on the Yonsei University student occupation, 1996-08-20; a rugby union test
report with a scorers' block, Pretoria 1996-08-24; World Cup qualifying results with scorers in
brackets and attendances, London 1996-09-01). Real institutions, places, office holders and
sportsmen; the events are modelled on real ones but details, quotations and many figures are
invented or approximate and must not be read as reporting (the AMSA manager, the Cape Town finance
member's words, the ship "Ocean Pride" and the Banyuwangi police chief are invented or
approximate). Every brief states its own date: ``published`` = ``reference_date``. Unnamed sources
("officials said", "police said", "a police spokesman", "prosecutors", "his spokesman") are not
annotated.

Markup and checks as set 21 (``case_marks``): briefs ``[[span|TYPE]]`` / ``[[span|TYPE|name]]``,
``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``; statements beside
each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``; figure cases
``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides the checks that ``build_heldout`` runs
(as for set 21), ``check_written`` below re-reads the three written files and asserts again, for
every span of every list: the span's text equals its slice of the text; it does not start or end on
white space; it does not end in a possessive "'s"/"’s"; an entity span does not start with a
determiner ("the", "a", "an", "The" ...) unless its canonical name does; no span of any list overlaps another
span of any list; every statement's content is a slice of its text and every statement figure is
one of the brief's gold figures.

Run from the project root: ``python3 eval/build_own34_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Riksbank" ORG "Sveriges Riksbank"; "National Bureau of Statistics" ORG "National Bureau
  of Statistics (Nigeria)"; Nigerian states named by their state titles ("Lagos" in a table of state
  rates -> "Lagos State"); "Ministry of Finance" ORG "Ministry of Finance (Saudi Arabia)", "Council of
  Ministers" ORG "Council of Ministers of Saudi Arabia"; King "Salman bin Abdulaziz Al Saud" PERSON
  "Salman of Saudi Arabia" (royal styles "Custodian of the Two Holy Mosques", "His Royal Highness
  Crown Prince" outside); "the Kingdom" GPE "Saudi Arabia" (a capitalised short form);
  "Joint Rescue Coordination Centre" ORG under that name; ships and aircraft PRODUCT ("P-8A
  Poseidon" -> "Boeing P-8 Poseidon", "Ocean Pride", "KMP Tunu Pratama Jaya"); "RAAF Base Edinburgh"
  FAC; "the City" of a City of Cape Town release ORG "City of Cape Town" ("Council" after it outside);
  "Eskom" ORG; "International Operations" (a company's sales region) and "Brent" untagged;
  "Louvre" and "Galerie d'Apollon" FAC; "French Senate" ORG "Senate (France)"; "Sejm" ORG; "Civic
  Coalition" and "Law and Justice" ORG; "Ketapang" port FAC "Ketapang Port" (the lower-case "port"
  outside); "Banyuwangi" GPE "Banyuwangi Regency"; "Chisinau" GPE "Chișinău"; national teams named by
  country in wire results GPE (as CoNLL tags them as places), "All Blacks"/"Springboks" ORG under the
  national teams' titles; "Loftus Versfeld" FAC "Loftus Versfeld Stadium"; "World Cup" EVENT
  "1998 FIFA World Cup"; "Artur Jorge" PERSON "Artur Jorge (footballer, born 1946)"; "Korean
  Federation of Student Councils" ORG; CPIF, GDP, the naira, krona and won as currency names,
  "load-shedding" untagged.
- Statements: "assess", "argue", "warn", "complain", "promise", "write", "forecast"-like content of
  "said in its monthly report" as "say"; "according to the ministry’s statement" spoken by the
  ministry the text names; "X said in a statement that ..." as "say".
- Figures: "1kg", "12.5kg" quantity kg (the product price after them money); "15,000 litres" l;
  barrels "a day" quantity "bbl" with the rate outside; "Brent ... around $64 a barrel" money;
  an index level "812.35" ``number``; "818.50" won to the dollar money KRW; rugby scores,
  halftime score and the kicker's tallies in a scorers' block ``number``; "Group one", "group nine"
  designations untagged; attendances and a crowd count "spectator"; "about seven minutes", "10
  minutes", "under an hour", "for hours", "4:10am AEDT" untagged (shorter than a day); "first half"
  of a match and "86th test" ordinal; "16 to 24%" two percent figures.
- Dates: "2025/26", "2024/25" in a South African municipal text are July-June years
  ("2025-07/2026-06"; the ANNOTATION rule names April-March countries, and South African municipal
  financial years run July-June); "the three years to June 2028" a period counted back,
  "2025-07/2028-06"; "the fiscal year 2026" of the Saudi budget (a calendar fiscal year) the year
  "2026"; "the end of the year" the year's last month "2025-12", "the end of 2026" "2026-12";
  "Wednesday 1 October" the date; "Sunday morning", "Wednesday night", "Monday morning" the day
  only; "next Saturday" with "next" inside the span; "12 months" a duration; "from June 2015 to
  February 2018" one span without "from"; "the first half of the year" in a February release the
  first half of the reference year.
- Date cases: see the comments at each case; a Japanese "fiscal year starting in April" is
  April-March. Negatives: a mosque named after a weekday, "every 20 minutes", "every Thursday", a
  "Month-on-month" modifier, a vague "the foreseeable future".
- Figure cases: "half a percentage point" 0.5 pp; "eight basis points" 0.08 pp; "5-3/4 percent"
  5.75; "6 feet 2 inches" 6.166667 ft; "3.5 billion kronor" in a Swedish sentence SEK; "GH₵" GHS;
  "Rs 3,200 crore"; "$1.39 per litre" the rate outside. Negatives: an article citation, a vague
  "Thousands", a proportion "Three in four", a model name "A320".
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import case_marks  # noqa: F401  (imported as set 21 does)
from heldout_build import build_heldout
from own34_heldout_briefs_a import BRIEFS_A
from own34_heldout_briefs_b import BRIEFS_B

TAG = "own34"
SOURCE_BRIEFS = (
    "own34: written and annotated by hand for briefx (held-out set 34, session 29) by a helper who "
    "neither read nor ran briefx; official releases in the manner of Sveriges Riksbank, Nigeria's "
    "National Bureau of Statistics, the UK Financial Conduct Authority, the Saudi Ministry of Finance, "
    "the Australian Maritime Safety Authority, the International Energy Agency, Novo Nordisk and the "
    "City of Cape Town, Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, "
    "places and office holders, events modelled on real news with invented or approximate details and "
    "quotations; MIT"
)
SOURCE_CASES = (
    "own34: short cases written and annotated by hand for briefx (held-out set 34, session 29) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Wednesday 5 March 2025: the next Friday is 7 March, the one after it 14 March.
        ("2025-03-05", "The inquiry committee will report [the Friday after next|2025-03-14]."),
        ("2024-11-13", "The rail strike ended [the day before yesterday|2024-11-11]."),
        ("2026-04-08", "The referendum will be held [three weeks from today|2026-04-29]."),
        ("2025-06-18", "The fishing permits expire on [the last day of next month|2025-07-31]."),
        # 2024 is a leap year: tomorrow is 22 February, a fortnight later 7 March.
        ("2024-02-21", "The invoices are due [a fortnight from tomorrow|2024-03-07]."),
        # 1 October 2025 is a Wednesday; its Tuesdays are 7 and 14 October.
        ("2025-09-03", "The port authority meets on [the second Tuesday of October|2025-10-14]."),
    ],
    "range": [
        ("2025-01-22", "The ski championships run [14-23 February|2025-02-14/2025-02-23]."),
        ("2024-05-15", "Polling stations were open from [6 to 9 May|2024-05-06/2024-05-09]."),
        # Wednesday 14 October 2026, a future clause: the coming Thursday to Saturday.
        ("2026-10-14", "The dockers will strike [Thursday through Saturday|2026-10-15/2026-10-17]."),
        # A "YYYY-YY" that is a plain span of calendar years.
        ("2025-08-06", "Real wages stagnated over [2016-19|2016/2019]."),
        # A past clause in March: the December and February just gone.
        ("2024-03-27", "Snowfall was unusually heavy in [December-February|2023-12/2024-02]."),
        ("2025-10-29", "Registration is open [Nov. 10-Dec. 5, 2025|2025-11-10/2025-12-05]."),
    ],
    "words": [
        ("2025-04-09", "The customs union treaty was signed in [nineteen fifty-seven|1957]."),
        ("2024-12-11", "The bridge opened on [the third of March, nineteen ninety-eight|1998-03-03]."),
        ("2026-01-21", "The shipping company was founded in [May of nineteen twelve|1912-05]."),
        # A future clause in February: this year's March.
        ("2025-02-12", "The new parliament convenes on [the twentieth of March|2025-03-20]."),
        ("2024-07-17", "The privacy law took effect in [two thousand and nine|2009]."),
    ],
    "period": [
        ("2025-08-15", "Japan's economy grew in [the April-June period|2025-04/2025-06]."),
        # A UK tax year, April-March.
        ("2025-06-12", "Stamp duty receipts rose in [2024/25|2024-04/2025-03], HM Revenue and Customs said."),
        # U.S. federal fiscal year.
        ("2025-11-05", "The Pentagon's request for [fiscal year 2026|2025-10-01/2026-09-30] tops $890 billion."),
        # An Indian fiscal year, April-March.
        ("2025-09-10", "India's merchandise exports rose in [2024-25|2024-04/2025-03], the commerce ministry said."),
        # The most recent September before 10 December 2025.
        ("2025-12-10", "The lender's profit rose in [the nine months to September|2025-01/2025-09]."),
        ("2024-08-28", "Car registrations fell in [the first half of 2024|2024-01/2024-06]."),
        # A past clause in May: this year's first quarter.
        ("2026-05-13", "Industrial output fell in [the first quarter|2026-01/2026-03]."),
        # Japan's fiscal year runs April-March.
        ("2025-02-26", "Japan's cabinet approved a record budget for [the fiscal year starting in April|2025-04/2026-03]."),
    ],
    "weekday": [
        # Wednesday 16 April 2025: a past and a future clause.
        ("2025-04-16", "The container ship ran aground on [Saturday|2025-04-12]."),
        ("2025-04-16", "The container ship will be refloated on [Saturday|2025-04-19]."),
        # Friday 4 October 2024, a future clause.
        ("2024-10-04", "The exam results will be published on [Tuesday|2024-10-08]."),
        # Tuesday 10 February 2026, a past clause.
        ("2026-02-10", "The transport minister resigned on [Sunday|2026-02-08]."),
        # Monday 21 July 2025.
        ("2025-07-21", "The board of the airline meets [this Thursday|2025-07-24]."),
        # Wednesday 12 June 2024.
        ("2024-06-12", "The evacuation drill took place [last Monday|2024-06-10]."),
        ("2025-11-19", "The budget bill was passed on [Thursday, November 13|2025-11-13]."),
    ],
    "month-tense": [
        ("2025-03-12", "Car sales slumped in [November|2024-11]."),
        ("2025-03-12", "The income tax cut takes effect in [November|2025-11]."),
        # A past clause in February: last August.
        ("2026-02-18", "Tourism revenue peaked in [August|2025-08], the ministry said."),
        ("2024-09-25", "The hearings will continue until [October 30|2024-10-30]."),
        ("2025-11-26", "The new bus fares apply from [January 5|2026-01-05]."),
    ],
    "duration": [
        ("2025-05-21", "The smelter was shut for [almost two months|P2M]."),
        ("2024-10-23", "The Treasury sold [30-year|P30Y] bonds at a record yield."),
        ("2026-03-04", "The fraud trial will last [at least six weeks|P6W]."),
        ("2025-09-17", "The drought lasted [half a decade|P5Y]."),
        # Two durations, the unit of the first taken from the second.
        ("2024-04-10", "The cleaning contracts run for [two|P2Y] or [three years|P3Y]."),
        ("2025-01-08", "Seasonal workers get [21 days|P21D] of leave."),
    ],
    "holiday": [
        ("2025-11-12", "Shops in the city centre close early on [New Year's Eve|2025-12-31]."),
        # U.S. Labor Day 2026 is the first Monday of September, 7 September.
        ("2026-09-02", "Federal offices will close on [Labor Day|2026-09-07]."),
        # Easter Sunday 2025 is 20 April, Easter Monday 21 April.
        ("2025-04-09", "The stock exchange in Frankfurt is closed on [Easter Monday|2025-04-21]."),
        ("2024-12-04", "The winter sales begin on [Boxing Day|2024-12-26]."),
    ],
    "week": [
        # Thursday 1 January 2026 is in ISO week 1 of 2026.
        ("2026-01-01", "The registry office is closed [this week|2026-W01]."),
        ("2025-06-04", "The city council votes on the plan [next week|2025-W24]."),
        # Monday 30 December 2024 is in ISO week 1 of 2025; last week is W52 of 2024.
        ("2024-12-30", "Grain exports dipped [last week|2024-W52]."),
    ],
    "season": [
        ("2025-01-15", "The tram line reopens in [autumn 2025|2025-09/2025-11]."),
        ("2026-07-01", "Rainfall was low in [the spring of 2023|2023-03/2023-05]."),
        ("2024-11-06", "Construction of the bypass starts [next summer|2025-06/2025-08]."),
    ],
    "decade": [
        ("2025-10-08", "Inflation was persistently high in [the 1980s|1980/1989]."),
        ("2024-03-06", "The mining town grew quickly in [the late 1950s|1950/1959]."),
    ],
    "negative": [
        ("2025-05-07", "The Friday Mosque was restored with help from donors."),
        ("2024-10-16", "Trains run every 20 minutes during the rush hour."),
        ("2026-03-11", "The parish council meets every Thursday."),
        ("2025-07-30", "Month-on-month inflation eased to 0.3%."),
        ("2024-01-24", "Prices will stay high for the foreseeable future."),
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
        "The airline will hire [six hundred|count|600|pilot] pilots next year.",
        "[Fourteen|count|14|climber] climbers reached the summit on Tuesday.",
        "The flower festival drew [three million|count|3000000|visitor] visitors.",
        "The lottery paid out [two and a half million pounds|money|2500000|GBP] to one winner.",
        "The aid convoy included [thirty-two|count|32|lorry] lorries.",
    ],
    "currency": [
        "Poland's budget deficit reached [PLN 289 billion|money|289000000000|PLN].",
        "The Thai cabinet approved spending of [3.78 trillion baht|money|3780000000000|THB].",
        "The Philippine port authority spent [₱4.2 billion|money|4200000000|PHP] on new cranes.",
        "The Swedish government pledged [3.5 billion kronor|money|3500000000|SEK] to the fund.",
        "Ghana's treasury repaid [GH₵2 billion|money|2000000000|GHS] of short-term debt.",
        "The Israeli start-up raised [NIS 90 million|money|90000000|ILS] from investors.",
        "Chile will invest [US$700 million|money|700000000|USD] in desalination.",
    ],
    "scale": [
        "The insurer lost [€2.1bn|money|2100000000|EUR] in the quarter.",
        "The club sold its striker for [£85m|money|85000000|GBP].",
        "The state allocated [Rs 3,200 crore|money|32000000000|INR] for rural roads.",
        "The refinery processes [1.2 mn barrels|quantity|1200000|bbl] a day.",
        "The custodian bank holds [$4.3tn|money|4300000000000|USD] in client assets.",
    ],
    "units": [
        "The glacier has retreated [2.4 kilometres|quantity|2.4|km] since 1900.",
        "Temperatures reached [46.2°C|quantity|46.2|°C] in Seville.",
        "The new container ship carries [24,000 TEU|quantity|24000|TEU].",
        "The offshore wind farm will produce [1.5 GW|quantity|1.5|GW].",
        "The estate covers [3,000 hectares|quantity|3000|ha] of vineyards.",
        "The lorry was carrying [18 tonnes|quantity|18|t] of steel.",
    ],
    "percent": [
        "Turnout reached [58.2 percent|percent|58.2|%] in the local elections.",
        "The central bank raised rates by [half a percentage point|percent|0.5|pp].",
        "Unemployment was [nine per cent|percent|9|%] in the region.",
        "Bond yields fell [eight basis points|percent|0.08|pp] after the auction.",
        "[Forty percent|percent|40|%] of the forest burned in the fire.",
        "Profit margins narrowed [1.1 percentage points|percent|1.1|pp] to [13.4%|percent|13.4|%].",
    ],
    "range": [
        "Economists expect inflation of [3|percent|3|%] to [3.5 per cent|percent|3.5|%] this year.",
        "The new stadium will cost [$1.5|money|1500000000|USD]-[$2 billion|money|2000000000|USD].",
        "Hailstones of [2|quantity|2|cm] to [5 centimetres|quantity|5|cm] fell on the city.",
        "Between [30|count|30|school] and [40|count|40|school] schools will close.",
        "Tickets for the concert cost from [£15|money|15|GBP] to [£40|money|40|GBP].",
    ],
    "approximate": [
        "[Nearly 3,000|count|3000|flight] flights were cancelled because of the strike.",
        "The merger is worth [about €12 billion|money|12000000000|EUR].",
        "[More than 70%|percent|70|%] of the island lost power.",
        "[Up to 500|count|500|job] jobs are at risk at the plant.",
        "The pipeline stretches [some 1,100 miles|quantity|1100|mi] across the plains.",
        "[At most 20|count|20|seat] seats remain on the flight.",
    ],
    "count": [
        "The storm damaged [3,400|count|3400|home] homes along the coast.",
        "[One|count|1|firefighter] firefighter was injured in the blaze.",
        "The army deployed [12|count|12|helicopter] helicopters to the valley.",
        "Customs officers seized [87|count|87|parcel] parcels at the airport.",
        "The city planted [25,000|count|25000|tree] new trees.",
    ],
    "ordinal": [
        "It was the company's [fifth|ordinal|5] profit warning this year.",
        "The [100th|ordinal|100] anniversary of the treaty falls in May.",
        "He became the [second|ordinal|2] astronaut from his country.",
        "The party's [23rd|ordinal|23] congress opened in the capital.",
    ],
    "tally": [
        "The committee voted [7|number|7]-[2|number|2] to approve the plan.",
        "Galatasaray beat Fenerbahce [2|number|2]-[1|number|1] in Istanbul.",
        "The court ruled [6|number|6] to [3|number|3] against the government.",
    ],
    "form": [
        "Net exports of cars were [-4,200|number|-4200] in March.",
        "The prime rate rose to [5-3/4 percent|percent|5.75|%].",
        "The sprinter is [6 feet 2 inches|quantity|6.166667|ft] tall.",
        "Milk costs [$1.39|money|1.39|USD] per litre in Chicago.",
    ],
    "negative": [
        "Article 5 of the treaty was invoked after the attack.",
        "Thousands of fans packed the stadium.",
        "Three in four households own a car.",
        "The Airbus A320 was grounded in Lyon.",
    ],
}

# ---------------------------------------------------------------------------------------------
# Own re-check of the written files (spans, edges, determiners, possessives, statements)
# ---------------------------------------------------------------------------------------------
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
POSSESSIVE = re.compile(r"['’]s$")


def _check_span(case_id: str, text: str, item: dict, kind: str) -> None:
    span = text[item["start"]:item["end"]]
    assert span == item["text"], (case_id, kind, item, span)
    assert span and span == span.strip(), (case_id, kind, "span on white space", span)
    assert not POSSESSIVE.search(span), (case_id, kind, "possessive inside span", span)
    if kind == "entities":
        first = span.split()[0].lower()
        name_first = item.get("name", span).split()[0].lower()
        assert first not in DETERMINERS or first == name_first, (case_id, "determiner", span)


def check_written() -> None:
    here = Path(__file__).resolve().parent
    for name in ("briefs", "dates", "figures"):
        path = here / f"{TAG}-{name}-heldout.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            text = case["text"]
            figure_spans = {(f["start"], f["end"]) for f in case.get("figures", [])}
            for kind in ("entities", "figures", "dates"):
                for item in case.get(kind, []):
                    _check_span(case["id"], text, item, kind)
            spans = sorted((it["start"], it["end"]) for k in ("entities", "figures", "dates")
                           for it in case.get(k, []))
            for (_, e1), (s2, _) in zip(spans, spans[1:]):
                assert e1 <= s2, (case["id"], "spans overlap", e1, s2)
            for st in case.get("statements", []):
                assert text[st["start"]:st["end"]] == st["text"], (case["id"], st)
                assert st["text"] == st["text"].strip(), (case["id"], "statement edge", st["text"])
                for s, e in st["figures"]:
                    assert (s, e) in figure_spans, (case["id"], "statement figure", s, e)


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    check_written()


if __name__ == "__main__":
    main()
    sys.exit(0)
