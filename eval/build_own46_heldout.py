"""Build the forty-sixth held-out set: eval/own46-briefs-heldout.jsonl, own46-dates-heldout.jsonl
and own46-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 32 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own45_heldout.py`` and ``own45_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 45 does, their text unread but for lines 198-214 of ``build_heldout``, where the modifier check
raised; ``build_brief`` and ``include_modifiers`` were called on this set's briefs to see which two
spans had left a modifier out), the "Forty-fifth held-out set"
section of ``eval/README.md`` and the topic rows of sets 19-45 in its summary table. The texts were
written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where it is
silent, the choice is listed below. The marked texts of the briefs and their statements are in
``own46_heldout_briefs_a.py`` and ``own46_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers from Europe, Africa and the
Americas that earlier sets lacked. Eight official texts (a Central Bank of Egypt Monetary Policy
Committee decision with a capitalised headline, bullets, basis points, USD and EGP; an IBGE
quarterly GDP release for Brazil in R$ with a table of signed rates; a UK Information Commissioner's
Office monetary penalty on Capita in £ with labelled fields and notes to editors; an Estonian
Ministry of Foreign Affairs statement on the MiG-31 airspace violation with a "From:" line and a
"19.09.2025" date; an Africa CDC weekly briefing transcript on the Kasai Ebola outbreak, mpox and
cholera with speaker labels; Bombardier third-quarter results with a "MONTREAL" dateline, "-- "
fields and "$" declared as U.S. dollars beside C$; a EUROCONTROL summer traffic release with
labelled fields and a table of daily flights; a Médecins Sans Frontières update on cholera in
Darfur with a capitalised headline, litres and €), three Wikinews-style reports (Peter Mutharika's
win in Malawi's presidential election, Mexico's first judicial election, England's Women's Euro 2025
final win over Spain) and three Reuters wire items of the 1996 CoNLL-2003 kind (a Mexico City item
on second-quarter GDP, 1996-08-20; Russian premier division soccer results and standings with clubs
named by city, 1996-08-25; the 1000 Lakes Rally leading positions and championship standings with
drivers' countries in brackets and makes, 1996-08-25). Real institutions, places, office holders
and sportspeople; the events are modelled on real ones but details, quotations and many figures are
invented or approximate and must not be read as reporting. Every brief states its own date:
``published`` = ``reference_date``.

Markup and checks as set 45 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own46`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own46_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Monetary Policy Committee" (and "the Committee") ORG "Monetary Policy Committee
  (Central Bank of Egypt)"; GDP, the Selic rate and the seasonally adjusted series untagged;
  "Capita plc" and "Capita" both ORG "Capita"; the "Data Protection Act 2018" LAW with its year
  inside; "First-tier Tribunal" ORG; the "North Atlantic Treaty" LAW, "Article 4" untagged;
  "Baltic Air Policing" ORG (a named mission acting as an organisation); "Vaindloo" island LOC
  with the lower-case "island" outside; "MiG-31" PRODUCT "Mikoyan MiG-31", "F-35" PRODUCT
  "Lockheed Martin F-35 Lightning II", "Global 8000" PRODUCT "Bombardier Global 8000", "Mitsubishi
  Lancer" PRODUCT "Mitsubishi Lancer Evolution"; transcript labels ("KASEYA") PERSON; "Kasai"
  before a lower-case "province" GPE "Kasaï Province"; "Darfur" and "Kordofan" (regions) LOC,
  "North Darfur" (a state) GPE; "The Congolese Government" NORP "Congolese" with "Government"
  untagged; "Women’s Euro 2025" EVENT "UEFA Women's Euro 2025" (the year inside the name, not a
  date) and "World Cup" EVENT "2027 FIFA Women's World Cup"; national teams named by country
  ("England", "Spain") GPE as OntoNotes tags them, the nickname "Lionesses" ORG "England women's
  national football team"; "Women’s"/"Commissioner’s" keep the text's apostrophe in the span, the
  name uses the straight one; Russian clubs named by city ORG under their Wikipedia titles
  ("Dynamo Moscow" -> "FC Dynamo Moscow", "CSKA Moscow" -> "PFC CSKA Moscow"), short forms
  ("Spartak", "Alania") the same; "Itar-Tass" ORG "TASS"; "Bancomer" ORG "BBVA México"; "U.S.
  Treasury" one ORG span "United States Department of the Treasury"; "1000 Lakes Rally" EVENT
  "1996 1000 Lakes Rally" (the number inside the name untagged); rally makes ("Subaru", "Toyota",
  "Mitsubishi", "Ford") ORG; "Britain" GPE "United Kingdom"; "EUROCONTROL" ORG "Eurocontrol".
- Statements: cues say, tell, add, note, warn, urge, pledge, announce, report, expect, estimate,
  forecast, complain, call for, according to; "the Committee expects" speaks as the committee;
  "Bombardier ... today reported" and "the IBGE announced" speak as the organisation; "The
  Congolese Government has pledged" speaks as the Democratic Republic of the Congo; "Economists at
  Bancomer forecast" speaks as Bancomer; in the Africa CDC transcript the labelled speaker's own
  words are the author's voice, while the people and bodies he reports (the health minister, the
  government, WHO, UNICEF) are speakers; "We have fined ..." and "Our investigation found" in the
  ICO release are the issuer's voice (not statements); "saying he respected ..." is a statement
  of the conceding candidate; "the Ministry summoned" is an action, not a statement.
- Figures: "100 basis points" 1 pp; "EGP 47.6" per dollar and "about 1,750 kwacha" and "7.52 pesos"
  to the dollar money with the rate outside; "$" in the Bombardier release USD (the release says so)
  beside "C$" CAD, "$" in the Egyptian, Malawian and 1996 Mexican texts USD; "US$ 2 million" with a
  space USD; "R$" BRL; the GDP table (header "(%)") percent with signed rates; soccer scores and the
  standings columns ``number``; penalty shoot-out and match scores ("3–1", "1–1") ``number``;
  rally championship points count "point" (the noun restored where the line leaves it out); the
  Eurocontrol table of daily flights count "flight" (the unit from the header); "four times" count
  "time"; "less than $2.15" money with the comparator inside. Not tagged: sub-day durations ("12
  minutes", "58 hours", "47 seconds", "2.3 minutes per flight") and elapsed rally times
  ("3:47:15"); rank numbers at the start of result lines ("1.") and the numbers of notes to
  editors; phone numbers; tickers ("BBD.B"); "twice" and "double".
- Dates: "Q2" in a headline, "Third Quarter 2025", "the same quarter of 2024", "the same quarter of
  1995" and "the same period last year" quarter spans; "second quarter" without "the" in a 1996
  headline the quarter of the dateline's year; "the second half" and "the first six months" (1996)
  half-year spans; "the past week" and "the past six weeks" START/END at day precision from the
  reference date; "between 1 June and 31 August", "from 2014 to 2020" and "3-4 July" one range span
  each, "between"/"from" inside as in set 45; "85-year-old", "three days", "two years", "12 months",
  "28 days" and "up to 12 years" durations; "this year" and "the year" the year; "the end of this
  year" tags "this year" only; "19.09.2025" and the 1996 datelines dates.
- Date cases: see the comments at each case; the UK "2024/25" and Canada's "fiscal 2024-25"
  April-March, Egypt's "FY2024/25" July-June, U.S. "FY 2025" the federal year. Negatives: a
  habitual "every Tuesday and Saturday", a clock time with "daily", "Monthly" as a rate word, a
  vague "several weeks", a building name with a weekday.
- Figure cases: "half a percentage point" 0.5 pp; "7-3/4 percent" 7.75; "6 feet 3 inches" 6.25 ft;
  "GH₵" GHS; "S/" PEN; "R" ZAR; "USh" UGX; "J$" JMD; "birr" ETB; "hryvnias" UAH;
  "Swiss francs" CHF. Negatives: a treaty article number, a vague "Thousands", a proportion "Three
  in four", a phone number.
"""

from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own46_heldout_briefs_a import BRIEFS_A
from own46_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack (all current codes).
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"USD", "EUR", "GBP", "CAD", "EGP", "BRL", "MWK", "MXN",
                                                  "CHF", "NGN", "GHS", "MAD", "ETB", "PLN", "CZK", "PEN",
                                                  "COP", "HUF", "UAH", "SEK", "ISK", "ZAR", "UGX", "JMD"}

TAG = "own46"
SOURCE_BRIEFS = (
    "own46: written and annotated by hand for briefx (held-out set 46, session 32) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Central Bank of Egypt, IBGE, "
    "the UK Information Commissioner's Office, Estonia's Ministry of Foreign Affairs, Africa CDC, "
    "Bombardier, EUROCONTROL and Médecins Sans Frontières, Wikinews-style reports and Reuters-style 1996 "
    "wire copy; real institutions, places and office holders, events modelled on real news with "
    "invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own46: short cases written and annotated by hand for briefx (held-out set 46, session 32) by "
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
        # Wednesday 4 March 2026: next Tuesday is 10 March, the Tuesday after it 17 March.
        ("2026-03-04", "The summit opens [the Tuesday after next|2026-03-17]."),
        ("2025-11-19", "The ferry sank [four days ago|2025-11-15]."),
        ("2024-09-11", "The tender closes [ten days from today|2024-09-21]."),
        # June 2026 ends on a Tuesday: its last Friday is the 26th.
        ("2026-05-20", "Parliament reconvenes on [the last Friday of June|2026-06-26]."),
        ("2025-02-12", "The loan matures [eighteen months from now|2026-08-12]."),
        ("2024-12-18", "The port reopened [a week ago today|2024-12-11]."),
    ],
    "range": [
        ("2026-08-05", "The film festival runs [12-19 September|2026-09-12/2026-09-19]."),
        ("2025-06-25", "Voting was held [between 14 and 16 June|2025-06-14/2025-06-16]."),
        # Wednesday 16 October 2024, a future clause: the coming Friday and Monday.
        ("2024-10-16", "The border will close [from Friday to Monday|2024-10-18/2024-10-21]."),
        ("2025-11-19", "The climate normals cover [1961-1990|1961/1990]."),
        # A past clause in October: this year's May to August.
        ("2026-10-14", "Coffee exports rose [from May to August|2026-05/2026-08]."),
        ("2024-03-06", "The exhibition ran [Nov. 3, 2023 through Feb. 25, 2024|2023-11-03/2024-02-25]."),
    ],
    "words": [
        ("2025-04-23", "The republic was proclaimed in [eighteen eighty-nine|1889]."),
        ("2026-01-28", "Independence was declared on [the twenty-fifth of June, nineteen seventy-five|1975-06-25]."),
        ("2024-09-11", "The canal opened in [August of nineteen hundred and fourteen|1914-08]."),
        # A future clause in July: this year's November.
        ("2025-07-02", "The stadium will reopen on [the third of November|2025-11-03]."),
        ("2026-09-16", "The country last hosted the Cup in [two thousand and ten|2010]."),
    ],
    "period": [
        # A past clause in February 2026: the July-September quarter of 2025.
        ("2026-02-11", "Nigeria's economy grew faster in [the July-September quarter|2025-07/2025-09]."),
        # A UK tax year, April-March.
        ("2025-05-14", "HMRC receipts for [2024/25|2024-04/2025-03] beat forecasts."),
        # Canada's fiscal year runs April-March.
        ("2025-10-08", "Canada's deficit for [fiscal 2024-25|2024-04/2025-03] was C$36 billion."),
        # Egypt's fiscal year runs July-June.
        ("2025-08-20", "Egypt's primary surplus for [FY2024/25|2024-07/2025-06] beat the target."),
        ("2026-07-22", "Sales fell in [the three months to June|2026-04/2026-06]."),
        ("2025-03-05", "Profits rose in [the second half of 2024|2024-07/2024-12]."),
        # U.S. federal fiscal year.
        ("2025-10-22", "Federal outlays in [FY 2025|2024-10-01/2025-09-30] topped $7 trillion."),
    ],
    "weekday": [
        # Wednesday 20 May 2026: a past and a future clause.
        ("2026-05-20", "The minister resigned on [Monday|2026-05-18]."),
        ("2026-05-20", "The minister will be replaced on [Monday|2026-05-25]."),
        # Wednesday 12 February 2025, a past clause.
        ("2025-02-12", "Farmers marched through the capital on [Saturday|2025-02-08]."),
        # Wednesday 11 September 2024, a future clause.
        ("2024-09-11", "The jury will deliver its verdict on [Thursday|2024-09-12]."),
        # Wednesday 19 November 2025.
        ("2025-11-19", "The vessel left port [last Friday|2025-11-14]."),
        # Wednesday 5 August 2026, a future clause.
        ("2026-08-05", "The results will be published [this Thursday|2026-08-06]."),
        ("2024-10-16", "The vote was held on [Sunday, October 13|2024-10-13]."),
    ],
    "month-tense": [
        ("2026-10-14", "Remittances rose in [July|2026-07]."),
        ("2026-10-14", "The new tariff takes effect in [March|2027-03]."),
        # A past clause in February: last November.
        ("2025-02-12", "The bank last cut rates in [November|2024-11], the governor said."),
        ("2024-06-19", "The referendum will be held on [October 27|2024-10-27]."),
        ("2025-10-08", "The new parliament will sit from [February 3|2026-02-03]."),
        ("2026-11-25", "The copper mine flooded in [September|2026-09]."),
    ],
    "duration": [
        ("2025-06-25", "The ceasefire lasted [just over two months|P2M]."),
        ("2026-03-04", "The treasury sold [thirty-year|P30Y] bonds."),
        ("2024-12-18", "Residents must wait [at least 21 days|P21D] for a permit."),
        ("2025-09-03", "The cathedral took [half a century|P50Y] to complete."),
        ("2026-06-10", "The unions called a [three-week|P3W] strike."),
        # Two durations, the unit of the first taken from the second.
        ("2024-05-08", "The licences run for [three|P3Y] or [five years|P5Y]."),
    ],
    "holiday": [
        ("2025-10-29", "Banks will close on [Christmas Day|2025-12-25]."),
        ("2026-04-15", "The fare rise takes effect on [New Year's Eve|2026-12-31]."),
        # Easter Sunday 2024 is 31 March.
        ("2024-02-21", "The museum reopens on [Good Friday|2024-03-29]."),
        # Easter Sunday 2026 is 5 April; Whit Monday falls 50 days later.
        ("2026-02-18", "The festival starts on [Whit Monday|2026-05-25]."),
    ],
    "week": [
        # Wednesday 16 September 2026 is in ISO week 38.
        ("2026-09-16", "The committee met [last week|2026-W37]."),
        # Wednesday 23 April 2025 is in ISO week 17.
        ("2025-04-23", "Talks resume [next week|2025-W18]."),
        ("2024-10-16", "Dockworkers are on strike [this week|2024-W42]."),
    ],
    "season": [
        ("2025-02-12", "The bridge opens in [spring 2026|2026-03/2026-05]."),
        ("2026-05-20", "Harvests failed in [the summer of 2023|2023-06/2023-08]."),
        ("2024-07-10", "Construction starts [next spring|2025-03/2025-05]."),
    ],
    "decade": [
        ("2025-11-05", "The copper boom of [the 1960s|1960/1969] built the town."),
        ("2026-07-08", "The dam dates from [the late 1930s|1930/1939]."),
    ],
    "negative": [
        ("2025-04-16", "Markets open every Tuesday and Saturday."),
        ("2026-03-25", "The ferry leaves at 06:30 daily."),
        ("2024-11-13", "Monthly pensions will rise as planned."),
        ("2025-09-24", "The talks could take several weeks."),
        ("2026-01-14", "The Friday Mosque in Herat was restored."),
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
        "The ferry carried [four hundred and twelve|count|412|passenger] passengers.",
        "[Twenty-seven|count|27|journalist] journalists were accredited.",
        "The appeal raised [two and a half million Swiss francs|money|2500000|CHF].",
        "The cooperative planted [eleven thousand|count|11000|tree] trees.",
        "[Sixty-three|count|63|deputy] deputies voted against.",
    ],
    "currency": [
        "Nigeria's budget allots [₦4.9 trillion|money|4900000000000|NGN] to defence.",
        "Ghana repaid [GH₵2.1 billion|money|2100000000|GHS] of arrears.",
        "The Moroccan utility borrowed [MAD 3 billion|money|3000000000|MAD].",
        "Ethiopia's bond sale raised [18 billion birr|money|18000000000|ETB].",
        "The Polish grid operator will spend [PLN 65 billion|money|65000000000|PLN] by 2036.",
        "The Czech railway ordered trains worth [CZK 14.2 billion|money|14200000000|CZK].",
        "Peru's mining fund received [S/ 850 million|money|850000000|PEN].",
        "Colombia's coffee exports earned [COP 9.6 trillion|money|9600000000000|COP].",
    ],
    "scale": [
        "The Hungarian bank earned [HUF 412bn|money|412000000000|HUF].",
        "Kyiv received [36.4bn hryvnias|money|36400000000|UAH] in grants.",
        "The Swedish start-up raised [SEK 1.2bn|money|1200000000|SEK].",
        "The Icelandic bank's profit was [ISK 28.4 billion|money|28400000000|ISK].",
        "The refinery processes [1.2 mn barrels|quantity|1200000|bbl] a day.",
    ],
    "units": [
        "The viaduct is [2.7 kilometres|quantity|2.7|km] long.",
        "Hailstones measuring [4 inches|quantity|4|in] fell on the town.",
        "The fire destroyed [12,000 acres|quantity|12000|acre] of pasture.",
        "The ship can carry [24,000 tonnes|quantity|24000|t] of grain.",
        "Gusts reached [95 mph|quantity|95|mph].",
        "The tank holds [5,000 gallons|quantity|5000|gal] of diesel.",
    ],
    "percent": [
        "Unemployment fell to [8.3 per cent|percent|8.3|%].",
        "The central bank raised rates by [half a percentage point|percent|0.5|pp].",
        "Wages rose [nine percent|percent|9|%].",
        "Spreads widened by [40 basis points|percent|0.4|pp].",
        "[Eighteen per cent|percent|18|%] of households lack internet access.",
        "Turnout fell [3.1 percentage points|percent|3.1|pp] to [61.7%|percent|61.7|%].",
    ],
    "range": [
        "Growth is forecast at [2.5|percent|2.5|%] to [3 per cent|percent|3|%].",
        "The stadium will cost [R2|money|2000000000|ZAR] to [R2.5 billion|money|2500000000|ZAR].",
        "Snow depths of [30|quantity|30|cm] to [50 centimetres|quantity|50|cm] were measured.",
        "Between [400|count|400|job] and [600|count|600|job] jobs will go.",
        "Cassava sells for between [USh 1,500|money|1500|UGX] and [USh 2,000|money|2000|UGX] a kilo in Kampala.",
    ],
    "approximate": [
        "[Nearly 12,000|count|12000|refugee] refugees crossed the border.",
        "The port upgrade will cost [about J$4 billion|money|4000000000|JMD].",
        "[Fewer than 50|count|50|wolf] wolves remain in the forest.",
        "[More than 60%|percent|60|%] of farms were hit.",
        "The mine employs [some 2,800|count|2800|miner] miners.",
        "[As many as 70|count|70|train] trains were cancelled.",
    ],
    "count": [
        "The flood destroyed [2,361|count|2361|house] houses.",
        "[One|count|1|child] child was rescued.",
        "The air force bought [eight|count|8|helicopter] helicopters.",
        "Customs seized [517|count|517|parcel] parcels.",
        "The city opened [14|count|14|school] new schools.",
    ],
    "ordinal": [
        "It was the bank's [fifth|ordinal|5] consecutive cut.",
        "The cathedral marked its [800th|ordinal|800] anniversary.",
        "He became the [ninth|ordinal|9] secretary-general of the organisation.",
        "The [23rd|ordinal|23] summit took place in Lusaka.",
    ],
    "tally": [
        "The Senate voted [54|number|54]-[41|number|41] to approve the deal.",
        "Al Ahly beat Zamalek [2|number|2]-[1|number|1] in Cairo.",
        "The judges split [3|number|3] to [2|number|2].",
    ],
    "form": [
        "The trade balance was [-2,470|number|-2470] in March.",
        "The lending rate rose to [7-3/4 percent|percent|7.75|%].",
        "The fence is [6 feet 3 inches|quantity|6.25|ft] high.",
    ],
    "negative": [
        "Article 17(2) of the treaty applies.",
        "Thousands of fans lined the streets.",
        "Three in four farmers lack insurance.",
        "Call +27 21 555 0142 for bookings.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own46(path: str) -> None:
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
        check_own46(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)
