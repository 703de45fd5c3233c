"""Build eval/own-figures-dev6.jsonl and own-figures-dev6-check.jsonl.

Sixth figure dev set (issue 14, figures half, session 7): twelve brief paragraphs of the kinds
where the figures of whole briefs go wrong (kind, value or unit right span, wrong reading):
index points after a number ("fell 23.4 points"), amounts followed by a rate ("a share",
"a gallon", "a day") next to "a year earlier", per-unit rates, percentages against percentage
points and basis points, money with scale words in wire styles ("mln", "bln", "trn", "bn",
"lakh crore", a hyphenated "-crore" adjective, an amount whose currency is left out), counts
whose noun is left out or stands before the number ("payrolled employees dropped by 32,000"),
ordinals, result lines and standings tables, tallies, and negatives (proportions "one in
three", fractions of a group "a third", numbers inside names, durations, ages).
Economic releases, company results, sports, wire copy, humanitarian and energy briefs.

Every text was written by hand for briefx (none is copied from any set or peer suite; the
firms "Hallberg AG" and "Kaneda Motor Co" are invented and every figure is invented) and
annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx
was run on it. Markup as in ``build_own_figures_dev3.py``: ``[span|kind|value|unit]``.
Briefs 4, 8 and 12 go to the ``-check`` file: it is scored only at the end of a session.

Run from the project root: ``python eval/build_own_figures_dev6.py`` (rewrites the files).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = (
    "briefx own cases: written and annotated by hand for briefx by the project's annotators "
    "(ANNOTATION.md conventions; invented firms and figures), MIT"
)
MARK = re.compile(r"\[([^\]|]+)\|(\w+)\|([^|\]]+)(?:\|([^\]]+))?\]")
KINDS = {"money", "percent", "count", "quantity", "number", "ordinal"}
UNIT_SYMBOLS = {
    "km", "mi", "m", "ft", "in", "mm", "cm", "kg", "g", "mg", "lb", "oz", "t", "ton", "gal",
    "l", "ml", "dl", "bbl", "km/h", "mph", "km2", "acre", "ha", "kWh", "yd", "ft2", "ft3", "m2",
    "m3", "°C", "°F", "kn", "MW",
}  # fmt: skip

# (key, reference date, family, marked text)
BRIEFS: list[tuple[str, str, str, str]] = [
    (
        "01-cpi",
        "2026-11-17",
        "economic",
        "OTTAWA, Nov 17 (Reuters) - Canada's annual inflation rate eased to [2.1%|percent|2.1|%] in "
        "October from [2.4%|percent|2.4|%] in September, Statistics Canada said on Tuesday, the "
        "[third|ordinal|3] decline this year. Analysts had expected [2.2%|percent|2.2|%]. The [two|count|2|measure] "
        "core measures averaged [2.75 pct|percent|2.75|%], down [0.15 percentage point|percent|0.15|pp]. "
        "Gasoline prices fell [6.3%|percent|6.3|%] from a year earlier, while rent rose "
        "[5.1%|percent|5.1|%] year on year. Of the [eight|count|8|component] major components, "
        "[five|count|5|component] rose. The Bank of Canada has cut its policy rate by "
        "[275 basis points|percent|2.75|pp] since June 2024.\n",
    ),
    (
        "02-results",
        "2026-02-26",
        "results",
        "FRANKFURT, Feb 26 (Reuters) - German chemicals maker Hallberg AG said fourth-quarter net "
        "profit fell [18 pct|percent|18|%] to [412 mln euros|money|412000000|EUR], missing the "
        "[455 mln|money|455000000|EUR] analysts had forecast. Sales slipped [3.2 pct|percent|3.2|%] to "
        "[4.9 bln euros|money|4900000000|EUR]. The group will cut [1,200|count|1200|job] of its "
        "[31,400|count|31400|job] jobs by 2028 and proposed a dividend of [2.10 euros|money|2.1|EUR] a "
        "share, against [2.40 euros|money|2.4|EUR] a year earlier. Its shares fell "
        "[4.6 pct|percent|4.6|%] to [38.72 euros|money|38.72|EUR] in Frankfurt, the "
        "biggest faller in the DAX.\n",
    ),
    (
        "03-table",
        "2026-03-07",
        "sports",
        "SOCCER - SCOTTISH PREMIERSHIP RESULTS.\n"
        "GLASGOW 2026-03-07\n"
        "Results of Scottish Premiership matches on Saturday:\n"
        "Aberdeen [2|number|2] Hibernian [1|number|1]\n"
        "Hearts [0|number|0] Celtic [3|number|3]\n"
        "Motherwell [1|number|1] St Mirren [1|number|1]\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n"
        "Celtic [29|number|29] [22|number|22] [4|number|4] [3|number|3] [71|number|71] "
        "[20|number|20] [70|number|70]\n"
        "Rangers [29|number|29] [19|number|19] [5|number|5] [5|number|5] [58|number|58] "
        "[27|number|27] [62|number|62]\n"
        "Celtic, who have won [nine|count|9|game] straight games, lead by [eight|count|8|point] "
        "points with [nine|count|9|match] matches left.\n",
    ),
    (
        "04-marathon",
        "2026-12-06",
        "sports",
        "ATHLETICS - KIPTOO WINS VALENCIA MARATHON.\n"
        "VALENCIA 2026-12-06\n"
        "Kenya's Daniel Kiptoo won the Valencia Marathon on Sunday in 2:03:41, the "
        "[third|ordinal|3] fastest time ever run, breaking away at the "
        "[35-kilometre|quantity|35|km] mark. [Four|count|4|runner] runners finished under 2:05. "
        "A crowd of [about 180,000|count|180000|spectator] spectators lined the "
        "[42.195-km|quantity|42.195|km] course, and the winner collects [€100,000|money|100000|EUR] "
        "plus a [€50,000|money|50000|EUR] course record bonus. It was Kiptoo's "
        "[second|ordinal|2] marathon win in [three|count|3|start] starts.\n",
    ),
    (
        "05-floods",
        "2026-08-14",
        "humanitarian",
        "GENEVA, Aug 14 (Reuters) - Floods in northern Nigeria have killed "
        "[at least 212|count|212|person] people and displaced [more than 400,000|count|400000|person], the "
        "United Nations said on Thursday. About one in three of those displaced are children. "
        "[Some 1.2 million|count|1200000|person] people need food aid, and the U.N. has asked donors "
        "for [$48.5 million|money|48500000|USD], of which only a third has been funded. Water at the "
        "Lagdo dam reached [14.6 metres|quantity|14.6|m], [2.1 metres|quantity|2.1|m] above the danger "
        "mark. Cholera cases rose to [1,845|count|1845|case], with [37|count|37|death] deaths, and "
        "[5,600|count|5600|house] houses and [31|count|31|bridge] bridges were destroyed.\n",
    ),
    (
        "06-energy",
        "2026-05-20",
        "energy",
        "OSLO, May 20 - Norway's oil output rose [4.2 percent|percent|4.2|%] in April to "
        "[1.94 million barrels|quantity|1940000|bbl] per day, the Offshore Directorate said, while "
        "gas sales reached [10.4 billion cubic metres|quantity|10400000000|m3]. Brent crude rose "
        "[$1.12|money|1.12|USD], or [1.5 percent|percent|1.5|%], to [$76.40|money|76.4|USD] a barrel. "
        "The [1,500-megawatt|quantity|1500|MW] wind farm approved on Tuesday will have "
        "[94|count|94|turbine] turbines, each [260 metres|quantity|260|m] tall, and will supply "
        "[about 1.1 million|count|1100000|home] homes. The state will pay a guaranteed "
        "[NOK 0.62|money|0.62|NOK] per kilowatt-hour for 15 years.\n",
    ),
    (
        "07-stocks",
        "2026-01-09",
        "markets",
        "NEW YORK, Jan 9 (Reuters) - The Dow Jones industrial average fell "
        "[412.7|count|412.7|point] points, or [0.9%|percent|0.9|%], to [44,105.3|number|44105.3], "
        "while the S&P 500 lost [1.1%|percent|1.1|%] and the Nasdaq Composite dropped "
        "[203.55|count|203.55|point] points to [19,478.88|number|19478.88]. Treasury yields rose "
        "[6 basis points|percent|0.06|pp] to [4.68%|percent|4.68|%]. Volume on U.S. exchanges was "
        "[15.2 billion|count|15200000000|share] shares, and declining issues outnumbered advancers "
        "[2,310|number|2310] to [1,044|number|1044] on the NYSE.\n",
    ),
    (
        "08-jobs",
        "2026-10-14",
        "economic",
        "LONDON, Oct 14 - Britain's unemployment rate rose to [4.9%|percent|4.9|%] in the three "
        "months to August, up [0.1 percentage point|percent|0.1|pp], the Office for National "
        "Statistics said. The number of people in work fell by [48,000|count|48000|person] to "
        "[33.9 million|count|33900000|person], and payrolled employees dropped by "
        "[32,000|count|32000|employee]. Vacancies fell for the [38th|ordinal|38] consecutive period, "
        "by [9,000|count|9000|vacancy] to [717,000|count|717000|vacancy]. Regular pay growth slowed "
        "to [4.7 per cent|percent|4.7|%], and average weekly earnings were [£723|money|723|GBP].\n",
    ),
    (
        "09-budget",
        "2026-02-01",
        "economic",
        "NEW DELHI, Feb 1 - India's government set a fiscal deficit target of [4.4%|percent|4.4|%] "
        "of GDP and raised capital spending to [Rs 11.2 lakh crore|money|11200000000000|INR], the "
        "finance minister told parliament. Defence was allotted [₹6.8 trillion|money|6800000000000|INR], "
        "and railways get [Rs 25,000 crore|money|250000000000|INR] more, including a "
        "[₹500-crore|money|5000000000|INR] scheme for [1,200|count|1200|station] small stations. "
        "Foreign aid was cut to [US$ 1.1 bn|money|1100000000|USD]. Income "
        "[up to Rs 12 lakh|money|1200000|INR] a year will pay no tax, sparing [about 10 million|count|10000000|taxpayer] "
        "taxpayers.\n",
    ),
    (
        "10-wire",
        "2026-03-03",
        "wire",
        "TOKYO, March 3 (Reuters) - Kaneda Motor Co said operating profit rose "
        "[11.4 pct|percent|11.4|%] to [312.4 bln yen|money|312400000000|JPY] "
        "([$2.08 bln|money|2080000000|USD]) in the nine months to December. It sold "
        "[1.84 mln|count|1840000|vehicle] vehicles and expects to sell [2.5 mln|count|2500000|vehicle] "
        "in the year to March. Kaneda will buy back [up to 50 mln|count|50000000|share] shares, or "
        "[3.1 pct|percent|3.1|%] of its stock, for [up to 100 bln yen|money|100000000000|JPY], and "
        "will invest [¥1.2trn|money|1200000000000|JPY] in battery plants. Its shares rose "
        "[85 yen|money|85|JPY] to [2,941|money|2941|JPY].\n",
    ),
    (
        "11-rugby",
        "2026-02-14",
        "sports",
        "RUGBY UNION - IRELAND BEAT WALES [27|number|27]-[13|number|13].\n"
        "DUBLIN 2026-02-14\n"
        "Ireland beat Wales [27|number|27]-[13|number|13] at the Aviva Stadium on Saturday for their "
        "[fifth|ordinal|5] straight Six Nations win, scoring [three|count|3|try] tries to "
        "[one|count|1|try]. Fly-half Jack Crowley, 26, kicked [12|count|12|point] points. Wales, "
        "without a win in [nine|count|9|match] matches, lie in [sixth|ordinal|6] place in the "
        "[six|count|6|team]-team table. [51,700|count|51700|spectator] spectators watched.\n",
    ),
    (
        "12-hurricane",
        "2026-08-28",
        "energy",
        "HOUSTON, Aug 28 (Reuters) - Hurricane Lidia made landfall with winds of "
        "[120 mph|quantity|120|mph], dumping [up to 15 inches|quantity|15|in] of rain on the Texas "
        "coast. [Some 1.3 million|count|1300000|customer] customers lost power, and "
        "[1,140|count|1140|flight] flights were cancelled at the city's [two|count|2|airport] airports. "
        "Refineries with [2.4 million barrels|quantity|2400000|bbl] a day of capacity shut, and "
        "gasoline rose [8 cents|money|0.08|USD] to [$3.29|money|3.29|USD] a gallon, [12 cents|money|0.12|USD] "
        "above a year earlier. Storm surge reached [9 feet|quantity|9|ft] in Galveston, where "
        "[4,000|count|4000|home] homes were flooded.\n",
    ),
]
CHECK = ("04-marathon", "08-jobs", "12-hurricane")


def _number(raw: str) -> int | float:
    v = Decimal(raw)
    return int(v) if v == v.to_integral_value() else float(round(v, 10))


def unmark(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Cut the marks out of ``marked``: the text and its figures with offsets."""
    text, figures, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos : m.start()]
        span, kind, value, unit = m.groups()
        start = len(text)
        text += span
        pos = m.end()
        fig: dict[str, object] = {
            "text": span, "start": start, "end": len(text), "kind": kind, "value": _number(value),
        }  # fmt: skip
        if unit is not None:
            fig["unit"] = unit
        figures.append(fig)
    return text + marked[pos:], figures


def check(cases: list[dict[str, object]], units: set[str] = UNIT_SYMBOLS) -> None:
    """Fail on a bad offset, overlap, kind, unit (a quantity's among ``units``), or a repeated id
    or text."""
    ids, texts = set(), set()
    for c in cases:
        assert c["id"] not in ids and c["text"] not in texts, c["id"]
        ids.add(c["id"])
        texts.add(c["text"])
        text = str(c["text"])
        assert "[" not in text and "|" not in text, c["id"]
        end = 0
        for f in c["figures"]:  # type: ignore[attr-defined]
            assert text[f["start"] : f["end"]] == f["text"], (c["id"], f)
            assert f["start"] >= end, (c["id"], "overlap or order", f)
            end = f["end"]
            kind, unit = f["kind"], f.get("unit")
            assert kind in KINDS, (c["id"], kind)
            if kind == "money":
                assert isinstance(unit, str) and re.fullmatch(r"[A-Z]{3}", unit), (c["id"], unit)
            elif kind == "percent":
                assert unit in ("%", "pp"), (c["id"], unit)
            elif kind == "quantity":
                assert unit in units, (c["id"], unit)
            elif kind == "count":
                assert isinstance(unit, str) and unit.isalpha() and unit.islower(), (c["id"], unit)
            else:
                assert unit is None, (c["id"], unit)


def write(name: str, cases: list[dict[str, object]], units: set[str] = UNIT_SYMBOLS) -> None:
    check(cases, units)
    with (HERE / name).open("w", encoding="utf-8") as out:
        for c in cases:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")


def main() -> None:
    dev, hold = [], []
    for key, ref, family, marked in BRIEFS:
        text, figures = unmark(marked)
        case = {"id": f"own-fb6-{key}", "family": family, "source": SOURCE, "published": ref,
                "reference_date": ref, "text": text, "figures": figures}  # fmt: skip
        (hold if key in CHECK else dev).append(case)
    write("own-figures-dev6.jsonl", dev)
    write("own-figures-dev6-check.jsonl", hold)
    print(
        len(dev),
        sum(len(c["figures"]) for c in dev),
        len(hold),  # type: ignore[arg-type]
        sum(len(c["figures"]) for c in hold),
    )  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
