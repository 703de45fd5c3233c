"""Build eval/own-dates-dev34.jsonl, eval/own-briefs-dev34f.jsonl and their -check files.

Thirty-fourth date dev set (issue 14, session 34, helper fiscal21): fiscal years and their
quarters and halves by country and by company, month ranges, and the year of a month, day or
weekday written without one. The lead's counts on the blind sets (counts and kinds only; no
held-out text was read) name month ranges with other months, month ranges read as day ranges,
wrong years of months and days, and spurious dates. Families:
- ``country``: "FY26", "FY2025/26", "2026/27", "fiscal 2027", "the 2026/27 financial year" in
  texts about countries whose government year is not April-March or October-September
  (Wikipedia "Fiscal year", section "Fiscal years by country"), and April-March ones that stay.
- ``part``: quarters and halves of fiscal years ("Q1 FY27", "H1 FY26", "the first half of the
  fiscal year") and company years whose end the text states ("whose fiscal year ends in June").
- ``mrange``: month ranges ("January-September", "Jan-Sep", "the April-June quarter",
  "November-February"), their year by the tense, and day ranges that stay.
- ``tense``: months, days and weekdays without a year near the turn of the year.
- ``season``: sports seasons "the 2025-26 season" (a span of calendar years, as in dev12).
- ``keep``: news period words that are no dates (stay untagged) and cases that must stay.
Briefs (``own-briefs-dev34f.jsonl``): fifteen short wire briefs with dates only (every third
one to the check file).
Every case was written by hand for briefx (none copied from any set; no test set was read) and
annotated by ``shared/eval/ANNOTATION.md`` before briefx was run on it (four dates the first
annotation had left out, "a year earlier" twice, "a decade", "the year", were added after the
first run; a retailer's "fiscal 2025" was replaced, retailers name their years both ways; a
fifth, "a year earlier" in check brief 6, after the check part was scored at the end). Reading
chosen here where the rules are silent: a country's fiscal year is at month precision (ANNOTATION.md's non-U.S.
rule) with its first month from Wikipedia's table; a company year whose end the text states is
at month precision; Japan's and Singapore's "fiscal 2026"/"FY2026" begin in 2026.

Markup: ``[span|value]`` (see ``date_marks.py``: ``@prev``/``@prev0``/``@next`` weekdays).
Every third case of a family (the 3rd, 6th, ...) goes to the ``-check`` file, scored only once,
at the end of the session.

Run from the project root: ``python eval/build_own_dates_dev34.py`` (rewrites the four files).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from date_marks import build, check, unmark

HERE = Path(__file__).resolve().parent
SOURCE = (
    "briefx own cases: written and annotated by hand for briefx by the project's annotators "
    "(ANNOTATION.md conventions), MIT"
)
CASES: dict[str, list[tuple[str, str]]] = {
    "country": [
        ("2026-05-12", "CANBERRA - Australia's budget deficit for [FY26|2025-07/2026-06] is forecast at A$42 billion."),
        ("2026-05-12", "The Australian Treasury expects a small surplus in [2027-28|2027-07/2028-06]."),
        ("2026-06-11", "ISLAMABAD - Pakistan's government targets growth of 4.2% in [FY2026-27|2026-07/2027-06]."),
        ("2026-06-05", "DHAKA - Bangladesh's budget for [FY27|2026-07/2027-06] totals Tk 8.5 trillion."),
        ("2026-06-13", "KAMPALA - Uganda's budget for [the 2026/27 financial year|2026-07/2027-06] rises to 72 trillion shillings."),
        ("2026-06-12", "DAR ES SALAAM - Tanzania plans to spend 57 trillion shillings in [2026/27|2026-07/2027-06]."),
        ("2026-02-26", "HONG KONG - Hong Kong's deficit for [2025-26|2025-04/2026-03] is narrower than forecast, the Financial Secretary said."),
        ("2026-02-18", "SINGAPORE - Singapore expects a budget surplus of S$6.8 billion in [FY2026|2026-04/2027-03]."),
        ("2026-02-25", "CAPE TOWN - South Africa's Treasury projects a deficit of 4.5% of GDP in [2026/27|2026-04/2027-03]."),
        ("2026-09-30", "BANGKOK - Thailand's cabinet approved a 3.78 trillion baht budget for [fiscal 2027|2026-10/2027-09]."),
        ("2026-06-18", "NAIROBI - Kenya's Treasury projects revenue of 2.9 trillion shillings in [the 2026/27 fiscal year|2026-07/2027-06]."),
        ("2026-05-20", "CAIRO - Egypt's budget deficit in [FY2025/26|2025-07/2026-06] is seen at 7.3% of GDP."),
        ("2026-03-27", "TOKYO - Japan's parliament enacted a record budget for [fiscal 2026|2026-04/2027-03]."),
        ("2026-02-01", "NEW DELHI - India's fiscal deficit target for [FY27|2026-04/2027-03] is 4.3% of GDP."),
        ("2026-04-17", "OTTAWA - Canada's deficit for [fiscal 2025-26|2025-04/2026-03] came in at C$78 billion."),
        ("2026-05-21", "WELLINGTON - New Zealand's Treasury forecasts a return to surplus in [2028/29|2028-07/2029-06]."),
        ("2026-02-10", "WASHINGTON - The Pentagon requested $850 billion for [FY2027|2026-10-01/2027-09-30]."),
        ("2026-07-20", "DHAKA - Bangladesh's tax-to-GDP ratio rose to 8.1% in [FY26|2025-07/2026-06], the revenue board said."),
    ],
    "part": [
        ("2026-01-20", "ISLAMABAD - Pakistan's tax revenue rose 11% in [the first half of the fiscal year|2025-07/2025-12]."),
        ("2026-01-22", "Pakistan's current account posted a surplus in [H1 FY26|2025-07/2025-12], the central bank said."),
        ("2026-08-08", "MUMBAI - The Indian carmaker's profit rose 18% in [Q1 FY27|2026-04/2026-06]."),
        ("2026-11-10", "TOKYO - The Japanese carmaker cut its forecast for [the fiscal year ending March 2027|2026-04/2027-03]."),
        ("2026-02-12", "CANBERRA - Australia's budget deficit in [the first half of 2025-26|2025-07/2025-12] was smaller than forecast."),
        ("2026-07-29", "The software maker, whose fiscal year ends in June, said revenue for [fiscal 2026|2025-07/2026-06] rose 15%."),
        ("2026-05-14", "MUNICH - The German engineering group, whose fiscal year runs from October to September, raised its outlook for [fiscal 2026|2025-10/2026-09]."),
        ("2026-10-14", "DHAKA - Bangladesh's exports rose 9% in [the first quarter of the fiscal year|2026-07/2026-09]."),
        ("2026-11-12", "NEW DELHI - India's fiscal deficit in [the first half of FY27|2026-04/2026-09] reached 36% of the annual target."),
        ("2026-03-03", "SYDNEY - The Australian bank, whose financial year ends in September, said profit for [fiscal 2025|2024-10/2025-09] rose 4%."),
        ("2026-08-20", "CANBERRA - The Australian miner said net profit for [the year to June 30|2025-07/2026-06] doubled."),
        ("2026-02-13", "NAIROBI - Kenya's Treasury said borrowing in [the first half of the 2025/26 fiscal year|2025-07/2025-12] exceeded targets."),
    ],
    "mrange": [
        ("2026-11-03", "Exports rose 8% in [January-September|2026-01/2026-09] from [a year earlier|2025-01/2025-09]."),
        ("2026-10-15", "Tourist arrivals in [Jan-Sep|2026-01/2026-09] reached 2.1 million."),
        ("2026-08-01", "SEOUL - The chipmaker's operating profit in [the April-June quarter|2026-04/2026-06] tripled."),
        ("2026-03-10", "Heating demand in [November-February|2025-11/2026-02] was the lowest in [a decade|P10Y]."),
        ("2026-01-14", "Sales in [October-December|2025-10/2025-12] fell 3%, the retailer said."),
        ("2026-09-02", "Inflation averaged 3.1% in [June–August|2026-06/2026-08]."),
        ("2026-12-01", "The airline expects bookings to rise in [March-May|2027-03/2027-05]."),
        ("2026-02-05", "ISLAMABAD - Remittances in [July-January|2025-07/2026-01] rose 30%, the central bank said."),
        ("2026-07-08", "The festival runs [July 10-19|2026-07-10/2026-07-19] in the old town."),
        ("2026-05-06", "Car sales in [January-April|2026-01/2026-04] fell 6%, the industry body said."),
        ("2026-01-09", "Profit in [the September-November quarter|2025-09/2025-11] rose 12%."),
        ("2026-06-15", "The strike halted output from [March to May|2026-03/2026-05]."),
    ],
    "tense": [
        ("2026-01-05", "The bank raised rates on [Dec. 18|2025-12-18], its third increase of [the year|2025]."),
        ("2026-01-03", "Shares fell 2% on [December 31|2025-12-31] as trading thinned."),
        ("2026-12-28", "The new tariff takes effect on [Jan. 1|2027-01-01]."),
        ("2026-12-20", "Parliament will vote on the budget in [January|2027-01]."),
        ("2026-01-08", "Inflation eased in [December|2025-12], the statistics office said."),
        ("2026-12-06", "The central bank will meet on [Dec. 17|2026-12-17]."),
        ("2026-02-02", "The fund reported a loss for [November|2025-11]."),
        ("2026-11-20", "The minister will present the budget in [February|2027-02]."),
        ("2026-03-04", "The strike ended on [Friday|@prev]."),
        ("2026-12-30", "Markets reopen on [Monday|@next] after the holiday."),
        ("2026-01-12", "Factory output rose in [November|2025-11], data showed on [Friday|@prev]."),
        ("2026-12-15", "The results are due on [Jan. 28|2027-01-28]."),
    ],
    "season": [
        ("2026-05-25", "The club finished second in [the 2025-26 season|2025/2026]."),
        ("2026-08-14", "The league expects record revenue in [the 2026/27 season|2026/2027]."),
        ("2026-04-02", "BARCELONA - The club's wage bill for [the 2025-26 season|2025/2026] exceeds its cap."),
    ],
    "keep": [
        ("2026-05-05", "The company reports its quarterly results at the end of each fiscal quarter."),
        ("2026-05-05", "The period of low rates is over, the governor said."),
        ("2026-05-05", "Half of the budget goes to health, the minister said."),
        ("2026-06-01", "The fiscal rules cap the deficit at 3% of GDP."),
        ("2026-06-01", "The club's season-ticket holders will get refunds."),
        ("2026-06-01", "Monthly sales figures are published on the first working day of each month."),
    ],
}

BRIEFS: list[tuple[str, str]] = [
    ("2026-05-13", ("CANBERRA, [May 13|2026-05-13] - Australia's government forecast a deficit of A$38 billion for [2026-27|2026-07/2027-06], "
     "down from A$42 billion in [FY26|2025-07/2026-06]. Treasurer said spending in [July-March|2025-07/2026-03] ran below budget.")),
    ("2026-06-10", ("ISLAMABAD, [June 10|2026-06-10] - Pakistan's economy grew 3.1% in [FY2025-26|2025-07/2026-06], the statistics bureau said on [Tuesday|@prev]. "
     "The government targets 4.2% growth in [FY27|2026-07/2027-06] and will present its budget on [Friday|@next].")),
    ("2026-01-15", ("MUMBAI, [Jan 15|2026-01-15] - The Indian IT company's profit rose 9% in [Q3 FY26|2025-10/2025-12]. "
     "It expects revenue growth of 4% in [FY26|2025-04/2026-03] and will pay a dividend on [Feb. 6|2026-02-06].")),
    ("2026-11-11", ("TOKYO, [Nov 11|2026-11-11] - The Japanese trading house raised its profit forecast for [the fiscal year ending March 2027|2026-04/2027-03] "
     "after net income in [the April-September half|2026-04/2026-09] rose 14%.")),
    ("2026-06-12", ("NAIROBI, [June 12|2026-06-12] - Kenya's Treasury presented a 4.2 trillion shilling budget for [the 2026/27 fiscal year|2026-07/2027-06] on [Thursday|@prev0]. "
     "Revenue in [July-April|2025-07/2026-04] reached 1.9 trillion shillings.")),
    ("2026-01-02", ("LONDON, [Jan 2|2026-01-02] - UK house prices rose 0.4% in [December|2025-12], the lender said. "
     "Prices in [October-December|2025-10/2025-12] were 2.1% higher than [a year earlier|2024-10/2024-12]; the next index is due on [Feb. 3|2026-02-03].")),
    ("2026-07-30", ("REDMOND, [July 30|2026-07-30] - The software group, whose fiscal year ends in June, reported revenue of $290 billion for [fiscal 2026|2025-07/2026-06]. "
     "It expects growth to slow in [the September quarter|2026-07/2026-09].")),
    ("2026-03-20", ("SEOUL, [March 20|2026-03-20] - South Korea's exports rose 7% in [January-February|2026-01/2026-02] from [a year earlier|2025-01/2025-02], "
     "the trade ministry said. Chip shipments hit a record in [February|2026-02].")),
    ("2026-06-04", ("DHAKA, [June 4|2026-06-04] - Bangladesh unveiled a Tk 8.5 trillion budget for [FY27|2026-07/2027-06] on [Wednesday|@prev0]. "
     "Inflation averaged 8.9% in [July-May|2025-07/2026-05] of the outgoing fiscal year.")),
    ("2026-05-26", ("LONDON, [May 26|2026-05-26] - The club finished third in [the 2025-26 season|2025/2026] and will start pre-season training on [July 6|2026-07-06]. "
     "Its revenue for [the year to June 2025|2024-07/2025-06] was a record.")),
    ("2026-10-01", ("BANGKOK, [Oct 1|2026-10-01] - Thailand's 3.78 trillion baht budget for [fiscal 2027|2026-10/2027-09] took effect on [Thursday|@prev0]. "
     "Spending in [fiscal 2026|2025-10/2026-09] fell short of plan by 6%.")),
    ("2026-12-29", ("FRANKFURT, [Dec 29|2026-12-29] - The ECB will publish its next bank lending survey on [Jan. 20|2027-01-20]. "
     "Loan growth slowed in [November|2026-11], it said on [Monday|@prev].")),
    ("2026-02-24", ("WELLINGTON, [Feb 24|2026-02-24] - New Zealand's tax take in [the seven months to January|2025-07/2026-01] was NZ$1.2 billion above forecast. "
     "The Treasury still expects a deficit in [2025/26|2025-07/2026-06].")),
    ("2026-08-27", ("JOHANNESBURG, [Aug 27|2026-08-27] - South Africa's unemployment rate fell to 32.1% in [the April-June quarter|2026-04/2026-06], "
     "Stats SA said on [Tuesday|@prev]. The Treasury's budget for [2026/27|2026-04/2027-03] assumed 1.5% growth.")),
    ("2026-09-10", ("CAIRO, [Sept 10|2026-09-10] - Egypt's budget deficit narrowed to 6.9% of GDP in [FY2025/26|2025-07/2026-06], "
     "the finance ministry said. It targets a primary surplus in [the current fiscal year|2026-07/2027-06].")),
]


def build_briefs(folder: Path, every: int = 3) -> None:
    """Write ``own-briefs-dev34f.jsonl`` and its check file (every ``every``-th brief)."""
    dev, held = [], []
    for i, (ref, marked) in enumerate(BRIEFS, 1):
        text, dates = unmark(marked, dt.date.fromisoformat(ref))
        check_half = i % every == 0
        prefix = "own-b34fc" if check_half else "own-b34f"
        case: dict[str, object] = {"id": f"{prefix}-brief-{i:03d}", "source": SOURCE, "text": text,
                                   "reference_date": ref, "published": ref, "dates": dates}  # fmt: skip
        (held if check_half else dev).append(case)
    check(dev + held)
    for name, part in (("own-briefs-dev34f", dev), ("own-briefs-dev34f-check", held)):
        with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in part)
        print(name, len(part), "cases", sum(len(c["dates"]) for c in part), "dates")  # type: ignore[misc, arg-type]


def main() -> None:
    build(CASES, SOURCE, 34, HERE, every=3)
    build_briefs(HERE)


if __name__ == "__main__":
    main()
