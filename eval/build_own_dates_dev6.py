"""Build eval/own-dates-dev6.jsonl.

Sixth date dev set (issue 14, session 6b): two value families found wrong in session 6.
- ``event``: "the day/week after <event>", "the day before <event>": a unit next to an event
  that the text dates in the same sentence or the one before ("A blast hit the plant on March
  3. The day after the explosion, ..."), one span resolved to that date (eval/README.md: an
  anchored offset is one span); with no dated event near it, nothing is tagged (negatives).
- ``year-earlier``: "from a year earlier", "than a year ago", "on a year earlier" after a
  month, quarter or half named in the same sentence: that period a year before (eval/README.md,
  dev4 readings); with no period named before it, or a year or day named, the year before
  the reference date or the named year (negatives that must stay as they are).
Every case was written by hand for briefx (none is copied from any set; no test set was read)
and annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before
briefx was run on it. Day and ISO-week arithmetic with ``datetime``.

Markup: ``[span|value]``. Run from the project root: ``python eval/build_own_dates_dev6.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = (
    "briefx own cases: written and annotated by hand for briefx by the project's annotators "
    "(ANNOTATION.md conventions), MIT"
)
MARK = re.compile(r"\[([^\]|]+)\|([^\]|]+)\]")
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|P\d+[YMWD])(/(\d{4}(-\d{2}(-\d{2})?)?))?$")

CASES: dict[str, list[tuple[str, str]]] = {
    "event": [
        ("2026-06-10", "A gas explosion tore through the plant on [March 3|2026-03-03]. [The day after the explosion|2026-03-04], inspectors sealed the site."),
        ("2026-06-10", "Voters went to the polls on [Sunday, May 31|2026-05-31]. On [the day after the vote|2026-06-01], the prime minister resigned."),
        ("2026-06-10", "The summit opened in Oslo on [14 April|2026-04-14]; [the day before the summit|2026-04-13], protesters blocked the main road."),
        ("2026-06-10", "Parliament was dissolved on [2 February|2026-02-02]. [The week after the dissolution|2026-W07], the campaign began."),
        ("2026-06-10", "Flooding closed the bridge on [Tuesday|2026-06-09], and [the day after the flood|2026-06-10] the army built a temporary crossing."),
        ("2026-06-10", "Police arrested two men the day after the explosion."),
        ("2026-06-10", "The mayor resigned the day after the vote, aides said."),
        ("2026-06-10", "The day before the summit, the two ministers spoke by phone."),
    ],
    "year-earlier": [
        ("2026-11-05", "[Third-quarter|2026-07/2026-09] sales rose 8% from [a year earlier|2025-07/2025-09]."),
        ("2026-06-20", "Retail sales in [May|2026-05] were up 3.1% from [a year earlier|2025-05], the statistics office said."),
        ("2026-08-01", "Exports fell 4% in [the first half of 2026|2026-01/2026-06] from [a year ago|2025-01/2025-06]."),
        ("2026-02-10", "[Fourth-quarter|2025-10/2025-12] profit was $2 billion, compared with $1.6 billion [a year earlier|2024-10/2024-12]."),
        ("2026-05-15", "In [April|2026-04], factory output rose 2.4% on [a year earlier|2025-04]."),
        ("2026-04-20", "Home prices in [March|2026-03] were 5% higher than [a year ago|2025-03]."),
        ("2026-06-10", "[Two years earlier|2024], the firm had almost gone bankrupt."),
        ("2026-06-10", "The plant opened in [2019|2019]; [a year earlier|2018], the town had lost its mine."),
        ("2026-06-10", "In [March|2026-03], she said the company had been sold [a year ago|2025]."),
        ("2026-06-10", "The bank was founded [a year ago|2025]."),
    ],
}


def unmark(marked: str) -> tuple[str, list[dict[str, object]]]:
    text, dates, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos : m.start()]
        start = len(text)
        text += m.group(1)
        dates.append({"text": m.group(1), "start": start, "end": len(text), "value": m.group(2)})
        pos = m.end()
    return text + marked[pos:], dates


def check(cases: list[dict[str, object]]) -> None:
    assert len({c["id"] for c in cases}) == len(cases)
    assert len({c["text"] for c in cases}) == len(cases)
    for c in cases:
        last = 0
        for d in c["dates"]:  # type: ignore[attr-defined]
            assert c["text"][d["start"] : d["end"]] == d["text"], (c["id"], d)  # type: ignore[index]
            assert d["start"] >= last, c["id"]
            last = d["end"]
            assert VALUE.match(d["value"]), (c["id"], d["value"])
            for part in d["value"].split("/"):
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", part):
                    dt.date.fromisoformat(part)
                elif m := re.fullmatch(r"(\d{4})-W(\d{2})", part):
                    dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
                elif m := re.fullmatch(r"\d{4}-(\d{2})", part):
                    assert 1 <= int(m[1]) <= 12, (c["id"], part)


def main() -> None:
    cases = []
    for family, items in CASES.items():
        for i, (ref, marked) in enumerate(items, 1):
            text, dates = unmark(marked)
            cases.append({"id": f"own-d6-{family}-{i:03d}", "family": family, "source": SOURCE,
                          "text": text, "reference_date": ref, "dates": dates})  # fmt: skip
    check(cases)
    with open(HERE / "own-dates-dev6.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    print("own-dates-dev6", len(cases), "cases", sum(len(c["dates"]) for c in cases), "dates")


if __name__ == "__main__":
    main()
