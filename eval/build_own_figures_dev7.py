"""Build eval/own-figures-dev7.jsonl and own-figures-dev7-check.jsonl.

Seventh figure dev set (issue 14, figures half, session 8): twelve brief paragraphs of
commodities, energy, shipping, health, elections, aviation, sport results, budgets, markets and
weather, dense in the families where whole briefs still go wrong: counts whose noun stands far
before the number or is left out ("Measles cases rose to 127,350", "won 61 of the 151 seats,
15 short of a majority", "by 271 votes to 105"), amounts before a rate ("$2.91 per lb", "a
month", "per megawatt hour"), percentages of GDP, ranges whose unit or scale stands on the second
end only ("1.5 to 2 million barrels", "2 to 3 inches"), "$" for a non-U.S. dollar by the dateline
("HONG KONG", "MONTREAL", "SYDNEY") against "US$" and "$" in a rand or real text, currencies by
name ("rand", "yuan", "pesos"), scale suffixes ("£3.4m", "1.2bn"), numbers in words ("two dozen",
"one and a half million", "half a percentage point"), a measure in two units ("6ft 7in"),
ordinals, scores and tallies; negatives: years, designations ("Interstate 70", "Boeing
737-800", "A321XLR"), ages, durations ("10 to 14 days"), times of day, "one in five",
"tens of thousands".

Every text was written by hand for briefx (none is copied from any set or peer suite; the firms
"Northline Air" and "Harbourline Holdings" are invented and every figure is invented) and
annotated by ``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx
was run on it. Markup as in ``build_own_figures_dev6.py``: ``[span|kind|value|unit]``.
Briefs 03, 07 and 11 go to the ``-check`` file: it is scored only at the end of a session.

Run from the project root: ``python eval/build_own_figures_dev7.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev6 import SOURCE, unmark, write  # noqa: E402

UNIT_SYMBOLS = {
    "km", "mi", "m", "ft", "in", "mm", "cm", "kg", "g", "mg", "lb", "oz", "t", "ton", "gal",
    "l", "ml", "bbl", "km/h", "mph", "km2", "acre", "ha", "kWh", "ft2", "m2", "m3", "°C",
    "°F", "kn", "nmi", "MW", "GW", "GWh",
}  # fmt: skip

# (key, reference date, family, marked text)
BRIEFS: list[tuple[str, str, str, str]] = [
    (
        "01-metals",
        "2026-06-09",
        "commodities",
        "LONDON, June 9 (Reuters) - Gold rose [1.2%|percent|1.2|%] to [$2,412.30|money|2412.3|USD] "
        "an ounce on Tuesday, its [fourth|ordinal|4] straight gain, while silver climbed "
        "[45 cents|money|0.45|USD] to [$31.08|money|31.08|USD]. Copper on the London Metal Exchange "
        "slipped [$62|money|62|USD] to [$9,784|money|9784|USD] a tonne after stocks in LME "
        "warehouses rose [12,350 tonnes|quantity|12350|t] to [187,900|quantity|187900|t]. Arabica "
        "coffee futures jumped [6.4 cents|money|0.064|USD] to [$2.91|money|2.91|USD] per lb, and "
        "cocoa fell [3 percent|percent|3|%]. Top grower Ivory Coast expects a crop of "
        "[about 1.8 million tonnes|quantity|1800000|t], down from [2.2 million|quantity|2200000|t] "
        "a year earlier.\n",
    ),
    (
        "02-grid",
        "2026-03-04",
        "energy",
        "SYDNEY, March 4 - Australia's energy regulator approved a "
        "[A$2.4 billion|money|2400000000|AUD] transmission line linking [three|count|3|state] "
        "states on Wednesday. The [1.5-gigawatt|quantity|1.5|GW] link will carry power from "
        "[14|count|14|farm] wind and solar farms. Wholesale prices averaged [$112|money|112|AUD] per "
        "megawatt hour in the quarter, down [18 per cent|percent|18|%] from [$137|money|137|AUD], "
        "while rooftop solar supplied a record [11.2 per cent|percent|11.2|%] of demand. The project "
        "will create [about 1,600|count|1600|job] construction jobs and cost households "
        "[around $9|money|9|AUD] a year. Coal plants due to close by 2035 supply "
        "[21 gigawatts|quantity|21|GW] of capacity.\n",
    ),
    (
        "03-shipping",
        "2026-09-22",
        "shipping",
        "SINGAPORE, Sept 22 - Vessel arrivals at Singapore's port rose [6.8%|percent|6.8|%] in "
        "August and bunker fuel sales reached [5.1 million tonnes|quantity|5100000|t], the Maritime "
        "and Port Authority said. Spot rates to ship a [40-foot|quantity|40|ft] container from "
        "Shanghai to Rotterdam fell [9%|percent|9|%] to [US$3,870|money|3870|USD]. The port operator "
        "will spend [S$1.5 billion|money|1500000000|SGD] on [nine|count|9|berth] new berths for ships "
        "up to [400 metres|quantity|400|m] long. Diversions around the Cape of Good Hope add "
        "[about 3,500 nautical miles|quantity|3500|nmi] and 10 to 14 days to a voyage, and ships "
        "sailed at an average of [13.5 knots|quantity|13.5|kn].\n",
    ),
    (
        "04-measles",
        "2026-01-30",
        "health",
        "GENEVA, Jan 30 - Measles cases in Europe rose to [127,350|count|127350|case] last year, "
        "the World Health Organization said on Friday. Romania reported [30,692|count|30692|case], "
        "an incidence of [161|count|161|case] cases per [100,000|count|100000|person] people. "
        "[Thirty-eight|count|38|person] people died, including [24|count|24|child] children. "
        "Coverage with the [second|ordinal|2] dose fell to [91%|percent|91|%], below the "
        "[95%|percent|95|%] needed to stop outbreaks, and about one in five infants missed the "
        "[first|ordinal|1] dose. The agency is seeking [$12.5 million|money|12500000|USD] to vaccinate "
        "[2.3 million|count|2300000|child] children in [11|count|11|country] countries.\n",
    ),
    (
        "05-election",
        "2026-05-18",
        "elections",
        "ZAGREB, May 18 - Croatia's ruling party won [61|count|61|seat] of the "
        "[151|count|151|seat] seats in Sunday's parliamentary election, [15|count|15|seat] short of "
        "a majority, the electoral commission said after counting [99.8%|percent|99.8|%] of polling "
        "stations. It took [34.4%|percent|34.4|%] of the vote, up "
        "[1.2 percentage points|percent|1.2|pp], against [25.4%|percent|25.4|%] for the main "
        "opposition alliance. Turnout was [62.3%|percent|62.3|%], with "
        "[2.19 million|count|2190000|vote] votes cast, and [six|count|6|party] parties crossed the "
        "[5%|percent|5|%] threshold. The prime minister, 58, is seeking a [third|ordinal|3] term. "
        "In March lawmakers had passed his budget by [79|count|79|vote] votes to "
        "[68|count|68|vote].\n",
    ),
    (
        "06-airline",
        "2026-10-03",
        "aviation",
        "MONTREAL, Oct 3 - Northline Air will buy [18|count|18|jet] Airbus A321XLR jets in a deal "
        "worth [about $2.7 billion|money|2700000000|CAD] at list prices, with options on "
        "[12|count|12|jet] more, the carrier said on Friday. The jets seat [up to 190|count|190|passenger] "
        "passengers, fly [4,700 nautical miles|quantity|4700|nmi] and will replace "
        "[22|count|22|aircraft] older Boeing 737-800 aircraft. Northline carried "
        "[4.1 million|count|4100000|passenger] passengers in the third quarter, up "
        "[7 per cent|percent|7|%], and filled [88.6 per cent|percent|88.6|%] of its seats. On "
        "Tuesday one of its flights diverted to Winnipeg at 3:40 p.m. after a pressure warning at "
        "[37,000 feet|quantity|37000|ft]; all [146|count|146|passenger] passengers and "
        "[six|count|6|crew] crew were unhurt.\n",
    ),
    (
        "07-football",
        "2026-04-12",
        "sports",
        "MADRID, April 12 (Reuters) - Real Madrid came from behind to beat Sevilla "
        "[3|number|3]-[1|number|1] on Sunday and moved [four|count|4|point] points clear at the top "
        "of La Liga with [seven|count|7|game] games left. Kylian Mbappe scored his "
        "[28th|ordinal|28] and [29th|ordinal|29] league goals of the season in front of "
        "[78,412|count|78412|fan] fans. Sevilla have lost [five|count|5|match] of their last "
        "[eight|count|8|match] matches. Barcelona drew [0|number|0]-[0|number|0] at Getafe and "
        "Atletico won [2|number|2]-[1|number|1] at Valencia, where the [6ft 7in|quantity|6.5833333333|ft] "
        "defender Tomas Ruiz, 31, headed the winner.\n",
    ),
    (
        "08-budget",
        "2026-02-25",
        "budgets",
        "CAPE TOWN, Feb 25 - South Africa's finance minister raised value-added tax by "
        "[half a percentage point|percent|0.5|pp] to [15.5%|percent|15.5|%] in a budget that lifts "
        "spending to [R2.59 trillion|money|2590000000000|ZAR] ([$141 billion|money|141000000000|USD]). "
        "The deficit is forecast at [4.6%|percent|4.6|%] of GDP, and debt will peak at "
        "[77.4%|percent|77.4|%] of GDP. The Treasury set aside [R28 billion|money|28000000000|ZAR] for "
        "[10,000|count|10000|teacher] new teachers, and Eskom will get "
        "[70 billion rand|money|70000000000|ZAR] of debt relief. Grants rise [5.6%|percent|5.6|%], "
        "lifting the old-age grant to [R2,315|money|2315|ZAR] a month for "
        "[about 4 million|count|4000000|pensioner] pensioners.\n",
    ),
    (
        "09-opec",
        "2026-12-05",
        "energy",
        "VIENNA, Dec 5 - OPEC+ agreed on Thursday to raise output by "
        "[411,000 barrels|quantity|411000|bbl] per day in January, the [third|ordinal|3] such "
        "increase, and to extend cuts of [two million barrels|quantity|2000000|bbl] a day. The "
        "[eight|count|8|member] members will meet again on Feb. 1. Brent crude fell "
        "[$1.40|money|1.4|USD], or [2%|percent|2|%], to [$68.90|money|68.9|USD] a barrel, and U.S. "
        "crude slipped [1.8 per cent|percent|1.8|%] to [$65.20|money|65.2|USD]. Analysts expect "
        "prices of [$60|money|60|USD] to [$65|money|65|USD] next year, as inventories could swell "
        "by [1.5|quantity|1500000|bbl] to [2 million barrels|quantity|2000000|bbl] a day. "
        "Kazakhstan has exceeded its quota by [more than 300,000 barrels|quantity|300000|bbl] a "
        "day.\n",
    ),
    (
        "10-results",
        "2026-08-12",
        "markets",
        "HONG KONG, Aug 12 - Harbourline Holdings said first-half profit rose [14%|percent|14|%] "
        "to [HK$8.42 billion|money|8420000000|HKD] on revenue of "
        "[HK$61.3bn|money|61300000000|HKD], and it will pay an interim dividend of "
        "[HK$1.05|money|1.05|HKD] a share. Its mainland unit earned "
        "[3.1 billion yuan|money|3100000000|CNY], and the group will spend "
        "[US$500 million|money|500000000|USD] on [two dozen|count|24|store] new stores. The group "
        "employs [42,000|count|42000|person] people. Its shares rose [3.2%|percent|3.2|%] to "
        "[$71.45|money|71.45|HKD], valuing it at [about $109bn|money|109000000000|HKD].\n",
    ),
    (
        "11-blizzard",
        "2026-11-20",
        "weather",
        "DENVER, Nov 20 - A blizzard dumped [up to 30 inches|quantity|30|in] of snow on "
        "Colorado's Front Range, closing [120 miles|quantity|120|mi] of Interstate 70. Snow fell at "
        "[2|quantity|2|in] to [3 inches|quantity|3|in] an hour, winds gusted to "
        "[75 mph|quantity|75|mph] and the temperature dropped to [-12°F|quantity|-12|°F]. "
        "[More than 1,800|count|1800|flight] flights were cancelled at Denver International "
        "Airport, and [about 85,000|count|85000|customer] customers lost power. Tens of thousands of "
        "drivers were stranded, and crews cleared a [17-foot|quantity|17|ft] drift near Vail.\n",
    ),
    (
        "12-brazil",
        "2026-05-06",
        "economic",
        "SAO PAULO, May 6 - Brazil's central bank raised its Selic rate by "
        "[50 basis points|percent|0.5|pp] to [14.75%|percent|14.75|%] on Wednesday, its "
        "[sixth|ordinal|6] straight hike. Inflation is running at [5.5%|percent|5.5|%], above the "
        "[3%|percent|3|%] target. The number of people out of work fell by "
        "[310,000|count|310000|person] to [6.8 million|count|6800000|person], and the government "
        "will spend [R$4.2 billion|money|4200000000|BRL] on a drought plan for "
        "[one and a half million|count|1500000|family] families. The real firmed "
        "[0.6%|percent|0.6|%] to [5.62|money|5.62|BRL] per dollar, and Petrobras raised diesel by "
        "[R$0.22|money|0.22|BRL] a litre. Soy exports reached [15.3 million tonnes|quantity|15300000|t] "
        "in April.\n",
    ),
]
CHECK = ("03-shipping", "07-football", "11-blizzard")


def main() -> None:
    dev, hold = [], []
    for key, ref, family, marked in BRIEFS:
        text, figures = unmark(marked)
        case = {"id": f"own-fb7-{key}", "family": family, "source": SOURCE, "published": ref,
                "reference_date": ref, "text": text, "figures": figures}  # fmt: skip
        (hold if key in CHECK else dev).append(case)
    write("own-figures-dev7.jsonl", dev, UNIT_SYMBOLS)
    write("own-figures-dev7-check.jsonl", hold, UNIT_SYMBOLS)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
