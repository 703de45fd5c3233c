"""Build eval/own-figures-dev8.jsonl and own-figures-dev8-check.jsonl.

Eighth figure dev set (issue 14, figures half, session 9): thirteen brief paragraphs of modern
energy, commodities, shipping, health, housing, telecoms, sport, central banks and budgets, dense
in the families where the value or unit of a figure in a modern brief still goes wrong: amounts
before a rate ("$9,912 a tonne", "7.86 euro cents per kilowatt-hour", "US$11.80 per million
British thermal units", "₦1,531 per dollar"), units beyond the usual ("TEU" and "24,000-TEU",
"GW", "MW", "GWh", "PJ", "MHz", "GB", "bpd", cubic metres, knots), amounts whose currency is
given by the dateline or country ("$" in Perth and Sydney, "cents" in Berlin, "$" in Abuja and
Lagos), scale words ("bn", "m", "crore", "lakh crore", "lakh" and "crore" for counts, "N4.7
trillion"), percentages against percentage points and basis points, "pc", "% of GDP", counts
with their count nouns (also left out: "Jaiswal's 161", "approvals rose to 15,400"),
approximate and comparative forms ("nearly", "almost", "just over", "fewer than", "up to"),
ranges with the unit or scale on the second end only ("10-25%", "1.5 to 1.7 million bpd"),
wire fractions in cents ("7-1/4 cents", "$5.31-1/2") and ordinals; negatives: designations
("5G", "Test" numbers in names), durations ("two-year fixed", "five-year deal"), ages, years,
"one in three".

Every text was written by hand for briefx (none is copied from any set or peer suite; the firms
"Kestrel Energy" and "Harwick Power" are invented, real institutions appear only as context,
and every figure is invented) and annotated by ``shared/eval/ANNOTATION.md`` and the readings in
``eval/README.md`` before briefx was run on it. Markup as in ``build_own_figures_dev6.py``:
``[span|kind|value|unit]``. Readings used here where the conventions are silent: "PJ", "GB",
"MHz" and "TEU" are the unit symbols (SI and trade usage); a hyphenated measure before its noun
("24,000-TEU vessels") is a quantity over the hyphenated word, as "40-foot" is; an exchange
rate ("₦1,531 per dollar") is money in the quoted currency (as dev7's "5.62 per dollar"); a
cricket score with its noun left out is a count of "run" (dev4's reading).
Briefs 03, 08 and 12 go to the ``-check`` file: it is scored only at the end of a session.

Run from the project root: ``python eval/build_own_figures_dev8.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev6 import SOURCE, unmark, write  # noqa: E402
from build_own_figures_dev7 import UNIT_SYMBOLS as DEV7_UNITS  # noqa: E402

UNIT_SYMBOLS = DEV7_UNITS | {"TEU", "MWh", "PJ", "MHz", "GHz", "GB", "ft3"}

# (key, reference date, family, marked text)
BRIEFS: list[tuple[str, str, str, str]] = [
    (
        "01-lng",
        "2026-02-10",
        "energy",
        "PERTH, Feb 10 - Kestrel Energy said on Tuesday its [A$16.5 billion|money|16500000000|AUD] "
        "gas project off Western Australia would ship its [first|ordinal|1] cargo next year. The "
        "plant will produce [8 million tonnes|quantity|8000000|t] of liquefied natural gas a year "
        "from [13|count|13|well] wells and reserve [225 petajoules|quantity|225|PJ] a year for the "
        "domestic market. Kestrel raised its cost estimate by [$1.2 billion|money|1200000000|AUD] "
        "and now expects a return of [nearly 12.5 per cent|percent|12.5|%]. Its shares fell "
        "[4.1 per cent|percent|4.1|%] to [$31.06|money|31.06|AUD], while Asian spot LNG eased to "
        "[US$11.80|money|11.8|USD] per million British thermal units. The company employs "
        "[about 4,300|count|4300|person] people and paid [$2.9bn|money|2900000000|AUD] in royalties "
        "and taxes last year.\n",
    ),
    (
        "02-solar",
        "2026-11-04",
        "energy",
        "NEW DELHI, Nov 4 - India added a record [18.5 GW|quantity|18.5|GW] of solar capacity "
        "between April and September, up [62%|percent|62|%] from a year earlier, the power ministry "
        "said. State-run Harwick Power will invest [Rs 1.2 lakh crore|money|1200000000000|INR] in "
        "renewables and plans to award [4,500 MW|quantity|4500|MW] of battery storage. Solar "
        "tariffs fell to [₹2.52|money|2.52|INR] per kilowatt-hour. Peak demand hit "
        "[250 gigawatts|quantity|250|GW] in May. The rooftop scheme has reached "
        "[1.02 crore|count|10200000|household] households, each getting a subsidy of "
        "[up to ₹78,000|money|78000|INR]. Coal still supplies [about 74%|percent|74|%] of power, "
        "and coal imports fell by [8.7 million tonnes|quantity|8700000|t] to "
        "[183 million tonnes|quantity|183000000|t]. The ministry approved "
        "[₹4,500 crore|money|45000000000|INR] for [14|count|14|park] solar parks.\n",
    ),
    (
        "03-naira",
        "2026-03-12",
        "central banks",
        "LAGOS, March 12 - Nigeria's central bank held its benchmark rate at "
        "[27.5%|percent|27.5|%] on Tuesday after inflation slowed to "
        "[24.48 per cent|percent|24.48|%] in February. The naira weakened [1.3%|percent|1.3|%] to "
        "[₦1,531|money|1531|NGN] per dollar on the official market. The bank said it had cleared "
        "[$7 billion|money|7000000000|USD] of foreign-exchange backlogs and reserves rose to "
        "[$40.9 billion|money|40900000000|USD]. Petrol sells for [about 1,030 naira|money|1030|NGN] "
        "a litre in Lagos. The budget provides [N4.7 trillion|money|4700000000000|NGN] for capital "
        "projects, or [1.9%|percent|1.9|%] of GDP. [Sixteen|count|16|bank] banks have met the new "
        "capital floor of [₦500 billion|money|500000000000|NGN], and the bank raised its cash "
        "reserve ratio by [500 basis points|percent|5|pp] to [50%|percent|50|%].\n",
    ),
    (
        "04-housing",
        "2026-06-05",
        "housing",
        "LONDON, 5 June - UK house prices rose [0.7%|percent|0.7|%] in May, taking the annual rate "
        "to [3.9%|percent|3.9|%], Nationwide said on Thursday. The average home cost "
        "[£273,427|money|273427|GBP], [about £10,300|money|10300|GBP] more than a year earlier. "
        "Mortgage approvals fell to [60,500|count|60500|approval] in April, the Bank of England "
        "said, and the average two-year fixed rate eased [12 basis points|percent|0.12|pp] to "
        "[4.79%|percent|4.79|%]. Halifax measured a [3.7pc|percent|3.7|%] rise. Rents in London "
        "averaged [£2,252|money|2252|GBP] a month, up [0.4 percentage points|percent|0.4|pp] as a "
        "share of income. Ministers want [1.5 million|count|1500000|home] new homes built by 2029, "
        "but [fewer than 210,000|count|210000|home] were started last year. Stamp duty now starts "
        "at [£125,000|money|125000|GBP], and the [£39bn|money|39000000000|GBP] affordable homes "
        "programme will fund [18,000|count|18000|home] social rent homes a year.\n",
    ),
    (
        "05-port",
        "2026-01-22",
        "shipping",
        "ROTTERDAM, Jan 22 - Europe's largest port handled [13.4 million TEU|quantity|13400000|TEU] "
        "of containers last year, up [2.8%|percent|2.8|%], while total throughput slipped "
        "[1.6%|percent|1.6|%] to [436 million tonnes|quantity|436000000|t]. "
        "[Three|count|3|vessel] new [24,000-TEU|quantity|24000|TEU] vessels began weekly calls. "
        "Rates on the Asia-Europe route rose to [$3,250|money|3250|USD] per "
        "[40-foot|quantity|40|ft] box, and ships rerouted around Africa slowed to "
        "[14 knots|quantity|14|kn] to save fuel. The port will spend "
        "[€1.2 billion|money|1200000000|EUR] on a terminal and dredge "
        "[2.35 million cubic metres|quantity|2350000|m3] of sand to reach a depth of "
        "[20 metres|quantity|20|m]. LNG bunker sales more than doubled to "
        "[1.1 million cubic metres|quantity|1100000|m3].\n",
    ),
    (
        "06-metals",
        "2026-09-18",
        "commodities",
        "LONDON, Sept 18 (Reuters) - Copper rose [1.4%|percent|1.4|%] to [$9,912|money|9912|USD] a "
        "tonne on the London Metal Exchange, while aluminium added [$31|money|31|USD] to "
        "[$2,604.50|money|2604.5|USD]. Gold hit a record [$3,700|money|3700|USD] an ounce. Palm oil "
        "futures in Kuala Lumpur climbed [86 ringgit|money|86|MYR] to "
        "[4,112 ringgit|money|4112|MYR] a tonne. Chicago wheat fell [7-1/4 cents|money|0.0725|USD] "
        "to [$5.31-1/2|money|5.315|USD] a bushel and raw sugar settled at "
        "[18.6 cents|money|0.186|USD] per lb. LME cobalt stocks rose [1,250 tonnes|quantity|1250|t] "
        "to [just over 9,000|quantity|9000|t]. Iron ore in Singapore traded at "
        "[about $104|money|104|USD] a ton, [roughly 9%|percent|9|%] below its January peak.\n",
    ),
    (
        "07-telecom",
        "2026-07-15",
        "telecoms",
        "MUMBAI, July 15 - India's largest carrier added [4.8 million|count|4800000|subscriber] "
        "mobile subscribers in May, taking its base to [47.2 crore|count|472000000|subscriber], "
        "the regulator said. Average revenue per user rose to [Rs 206.2|money|206.2|INR] a month "
        "and data use per subscriber to [31 GB|quantity|31|GB] a month. The operator paid "
        "[₹88,078 crore|money|880780000000|INR] for [100 MHz|quantity|100|MHz] of 5G airwaves, and "
        "its rival's quarterly profit rose [43%|percent|43|%] to "
        "[₹5,948 crore|money|59480000000|INR]. Tariffs rose [10|percent|10|%]-[25%|percent|25|%] "
        "last year. The [three|count|3|operator] private operators hold "
        "[almost 92%|percent|92|%] of the market, and the state carrier will get "
        "[Rs 6,000 crore|money|60000000000|INR] to build [18,000|count|18000|tower] towers.\n",
    ),
    (
        "08-cricket",
        "2026-11-25",
        "sports",
        "PERTH, Nov 25 - India beat Australia by [295|count|295|run] runs in the "
        "[first|ordinal|1] Test on Monday, bowling the hosts out for [238|count|238|run] after "
        "setting them [534|count|534|run] to win. Jasprit Bumrah took [eight|count|8|wicket] "
        "wickets in the match, and Yashasvi Jaiswal's [161|count|161|run] was his "
        "[fourth|ordinal|4] Test century. [More than 96,000|count|96000|spectator] spectators "
        "attended, and Cricket Australia said ticket sales topped [$11 million|money|11000000|AUD]. "
        "The win lifted India to [61.11%|percent|61.11|%] of available points. Australia have lost "
        "[two|count|2|match] of their last [nine|count|9|match] home matches.\n",
    ),
    (
        "09-cholera",
        "2026-10-03",
        "health",
        "ABUJA, Oct 3 - Nigeria has recorded [more than 10,000|count|10000|case] suspected cholera "
        "cases this year and [359|count|359|death] deaths, a case fatality rate of "
        "[3.4%|percent|3.4|%], the disease control agency said. Lagos accounted for "
        "[about 18%|percent|18|%] of cases, and about one in three patients was a child. The "
        "agency has shipped [1.2 million|count|1200000|dose] doses of oral vaccine to "
        "[nine|count|9|state] of the [36|count|36|state] states and opened [48|count|48|clinic] "
        "clinics. Donors have pledged [$21.6 million|money|21600000|USD] of the "
        "[$65 million|money|65000000|USD] sought, and floods in the northeast displaced "
        "[almost 400,000|count|400000|person] people. Vaccination costs "
        "[about ₦2,300|money|2300|NGN] a dose.\n",
    ),
    (
        "10-power-prices",
        "2026-04-08",
        "energy",
        "BERLIN, Apr 8 - Germany's grid agency set the feed-in tariff for small rooftop systems at "
        "[7.86 euro cents|money|0.0786|EUR] per kilowatt-hour from August, down "
        "[1%|percent|1|%]. Households paid an average of [40.1 cents|money|0.401|EUR] per kWh in "
        "March, [2.3 cents|money|0.023|EUR] less than a year earlier, and wholesale power averaged "
        "[€78.50|money|78.5|EUR] a megawatt-hour. Home battery capacity reached "
        "[19.7 gigawatt-hours|quantity|19.7|GWh], and [1.6 million|count|1600000|car] electric cars "
        "are on the road, far short of the [15 million|count|15000000|car] target. An offshore "
        "wind auction awarded [2.5 GW|quantity|2.5|GW]. Heat pump sales fell "
        "[48%|percent|48|%] to [193,000|count|193000|unit] units.\n",
    ),
    (
        "11-oil",
        "2026-12-01",
        "energy",
        "ABU DHABI, Dec 1 - The UAE will raise its production capacity to "
        "[5 million barrels|quantity|5000000|bbl] per day, while Nigeria pumped "
        "[1.68 million bpd|quantity|1680000|bbl] in November, the [third|ordinal|3] monthly rise. "
        "Analysts expect Nigerian output of [1.5|quantity|1500000|bbl] to "
        "[1.7 million bpd|quantity|1700000|bbl] next year as a [650,000 bpd|quantity|650000|bbl] "
        "refinery ramps up. Brent rose [62 cents|money|0.62|USD], or [0.9%|percent|0.9|%], to "
        "[$73.14|money|73.14|USD] a barrel. Gas flaring fell to "
        "[5.3 billion cubic metres|quantity|5300000000|m3], and a new pipeline will carry "
        "[up to 2 billion cubic feet|quantity|2000000000|ft3] a day.\n",
    ),
    (
        "12-football",
        "2026-09-01",
        "sports",
        "MANCHESTER, 1 Sept - Manchester United completed the signing of a Portuguese forward for "
        "[£62.5m|money|62500000|GBP] plus [£6.5m|money|6500000|GBP] in add-ons on a five-year "
        "deal, their [third|ordinal|3] signing of the window, which takes their spending past "
        "[£200m|money|200000000|GBP]. The club finished in [15th|ordinal|15] place last season with "
        "[42|count|42|point] points. Revenue rose [3%|percent|3|%] to "
        "[£666.5 million|money|666500000|GBP], and the wage bill fell by "
        "[£52m|money|52000000|GBP]. Season tickets now cost [up to £1,264|money|1264|GBP], and "
        "[about 250|count|250|job] jobs were cut.\n",
    ),
    (
        "13-rba",
        "2026-02-18",
        "central banks",
        "SYDNEY, Feb 18 - The Reserve Bank of Australia cut its cash rate by "
        "[25 basis points|percent|0.25|pp] to [4.10 per cent|percent|4.1|%], its "
        "[first|ordinal|1] cut since 2020. Sydney's median house price reached "
        "[$1.49 million|money|1490000|AUD], up [4.9 per cent|percent|4.9|%] over the year, and a "
        "typical [$600,000|money|600000|AUD] mortgage will cost [about $92|money|92|AUD] a month "
        "less. Building approvals rose [1.1 per cent|percent|1.1|%] to "
        "[15,400|count|15400|approval]. Unemployment held at [4 per cent|percent|4|%] as "
        "[44,000|count|44000|job] jobs were added, and wages grew [3.2 per cent|percent|3.2|%], "
        "[0.2 percentage points|percent|0.2|pp] slower than a year earlier.\n",
    ),
]
CHECK = ("03-naira", "08-cricket", "12-football")


def main() -> None:
    dev, hold = [], []
    for key, ref, family, marked in BRIEFS:
        text, figures = unmark(marked)
        case = {"id": f"own-fb8-{key}", "family": family, "source": SOURCE, "published": ref,
                "reference_date": ref, "text": text, "figures": figures}  # fmt: skip
        (hold if key in CHECK else dev).append(case)
    write("own-figures-dev8.jsonl", dev, UNIT_SYMBOLS)
    write("own-figures-dev8-check.jsonl", hold, UNIT_SYMBOLS)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
