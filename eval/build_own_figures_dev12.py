"""Build eval/own-figures-dev12.jsonl and own-figures-dev12-check.jsonl.

Twelfth figure dev set (issue 14, figures half, session 13): short brief paragraphs in the
families where the held-out figures still lose F1 or norm (pooled counts only, given by the
lead; no held-out text read):
- ``usd``: a bare "$" that is the U.S. dollar in copy from a dollar country (Singapore, Hong
  Kong, Australia, Canada, New Zealand, Taiwan), with and without a wire credit: commodity prices
  per barrel, ounce, tonne or bushel, dollar bonds and listings sold abroad, loans of
  international lenders, deals and market values of global firms, an amount in brackets after a
  local one ("HK$35.7 billion ($4.6 billion)");
- ``local``: a bare "$" that is the local dollar in the same kind of copy: budgets, fares,
  wages, fines, house prices, rents, petrol by the litre, a local pledge beside a foreign loan,
  "US$" written elsewhere in the text;
- ``units``: quantities (barrels, hectares, tonnes, cubic feet, square feet, megawatts,
  pounds of weight against pounds sterling, knots);
- ``counted``: the counted noun, headlines in Title Case ("12 Schools Closed", "Three Fire
  Trucks"), "20-odd", hedges;
- ``ordinal``: ordinals before nouns and of placing, ordinal runs ("a third straight month":
  the ordinal, as own-briefs-dev reads it);
- ``list``: bulleted key-figure lists and columns parted by two spaces (header nouns);
- ``tally``: scores and vote tallies (two ``number`` figures), against durations that are no
  figures ("three months", "for two days").
Every case was written by hand for briefx (no text is copied from any set or peer suite; every
figure and firm is invented or a public fact used as an example) and annotated by
``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx was run on
it. The currency follows what the text means: the U.S. dollar where the thing priced is priced
in it the world over (crude, gold, iron ore, dairy auctions, bitcoin, a global listing or bond,
a World Bank or ADB loan), the local dollar for local things. Markup as in
``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. In each family the cases numbered n
with n % 4 == 0 go to the ``-check`` file: it is scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_figures_dev12.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark  # noqa: E402
from build_own_figures_dev11 import write  # noqa: E402

REFERENCE_DATE = "2026-06-10"

CASES: dict[str, list[str]] = {
    "usd": [
        "SINGAPORE, June 9 - Brent crude rose [1.2%|percent|1.2|%] to [$84.10|money|84.1|USD] a "
        "barrel in Asian trade on Tuesday, while spot gold slipped to [$2,310|money|2310|USD] an "
        "ounce.",
        "SYDNEY, June 8 - Iron ore futures fell [3%|percent|3|%] to [$98.50|money|98.5|USD] a "
        "tonne as Chinese steel mills cut output, dragging the shares of [three|count|3|miner] "
        "big miners lower.",
        "WELLINGTON, June 3 - Whole milk powder prices rose [4.1%|percent|4.1|%] at the global "
        "dairy auction overnight to an average of [$3,540|money|3540|USD] a tonne.",
        "TORONTO, June 5 - U.S. crude futures settled at [$71.35|money|71.35|USD] a barrel, and "
        "Canadian heavy crude traded at a discount of [$12.40|money|12.4|USD] a barrel to the "
        "benchmark.",
        "HONG KONG, June 2 - Bitcoin jumped [6%|percent|6|%] to [$101,200|money|101200|USD] in "
        "Asian trading, lifting the shares of crypto exchanges.",
        "CANBERRA, June 1 - The World Bank approved a [$500 million|money|500000000|USD] loan to "
        "rebuild roads in Papua New Guinea, and Australia pledged a further "
        "[$50 million|money|50000000|AUD] in grants for the project.",
        "SINGAPORE, May 20 - The Asian Development Bank will lend Sri Lanka "
        "[$200 million|money|200000000|USD] to shore up its banks, the lender said on Wednesday.",
        "SINGAPORE, June 4 - State investor Harbourstone raised [$1.5 billion|money|1500000000|USD] "
        "from a dollar bond sold to investors in Asia, Europe and the United States.",
        "HONG KONG, May 28 - Battery maker Voltaris raised [HK$35.7 billion|money|35700000000|HKD] "
        "([$4.6 billion|money|4600000000|USD]) in its listing, the world's biggest share sale "
        "this year.",
        "TAIPEI, March 4 - TSMC will invest a further [$100 billion|money|100000000000|USD] in chip "
        "plants in Arizona, bringing its planned U.S. investment to "
        "[$165 billion|money|165000000000|USD].",
        "SYDNEY, June 6 (Reuters) - Gold miner Auralis agreed to buy a Canadian rival for "
        "[$2.1 billion|money|2100000000|USD] in shares, as bullion traded near "
        "[$2,380|money|2380|USD] an ounce.",
        "AUCKLAND, May 14 - New Zealand's biggest dairy exporter raised its forecast milk price to "
        "[NZ$10|money|10|NZD] a kilogram after auction prices for butter hit "
        "[$7,900|money|7900|USD] a tonne.",
        "SINGAPORE, June 10 - Palm oil's discount to soyoil widened to [$95|money|95|USD] a tonne, "
        "and Chicago wheat rose [8 cents|money|0.08|USD] to [$5.62|money|5.62|USD] a bushel.",
        "VANCOUVER, May 30 - The copper price climbed above [$10,000|money|10000|USD] a tonne on "
        "the London Metal Exchange, its highest since March.",
        "HONG KONG, June 1 - Nvidia's market value passed [$5 trillion|money|5000000000000|USD], "
        "more than the [10|count|10|company] biggest companies listed in Hong Kong together.",
        "Chevron's Gorgon gas project in Australia has cost [$54 billion|money|54000000000|USD], "
        "and its [three|count|3|train] trains can ship [15.6 million tonnes|quantity|15600000|t] "
        "of LNG a year.",
        "SINGAPORE, June 5 - Asian spot LNG prices rose to [$12.30|money|12.3|USD] per million "
        "British thermal units, their highest since January.",
        "HONG KONG, June 8 - The IMF said it would lend Laos [$400 million|money|400000000|USD] and "
        "urged the government to cut its foreign debt of [$14 billion|money|14000000000|USD].",
        "TORONTO, May 27 - Gold rose [0.8%|percent|0.8|%] to [$2,352.40|money|2352.4|USD] an ounce, "
        "and silver added [31 cents|money|0.31|USD] to [$30.12|money|30.12|USD].",
        "SYDNEY, June 9 - Thermal coal at Newcastle port fell to [$131|money|131|USD] a tonne, and "
        "lithium carbonate prices slid [5%|percent|5|%].",
    ],
    "local": [
        "SYDNEY, June 5 - Sydney's median house price rose to [$1.6 million|money|1600000|AUD] in "
        "May, and average weekly rents reached [$780|money|780|AUD].",
        "SINGAPORE, June 2 - Bus and train fares will rise by [up to 10 cents|money|0.1|SGD] a "
        "trip from December, and a monthly concession pass will cost [$64|money|64|SGD].",
        "TORONTO, June 1 - Ontario will raise its minimum wage to [$17.60|money|17.6|CAD] an hour "
        "in October, and fines for wage theft will reach [$50,000|money|50000|CAD].",
        "WELLINGTON, May 29 - The government's budget sets aside [$1.9 billion|money|1900000000|NZD] "
        "for hospitals and [$200 million|money|200000000|NZD] for school buildings.",
        "SINGAPORE, June 7 - A man was fined [$12,000|money|12000|SGD] on Friday for smuggling "
        "[4,000|count|4000|carton] cartons of cigarettes across the causeway.",
        "MELBOURNE, June 3 - Unleaded petrol averaged [$2.05|money|2.05|AUD] a litre in Melbourne "
        "last week, up [12 cents|money|0.12|AUD] from a month earlier.",
        "CALGARY, Feb 27 - Alberta's budget assumes oil at [$74|money|74|USD] a barrel for West "
        "Texas Intermediate and forecasts a deficit of [$5.2 billion|money|5200000000|CAD].",
        "SINGAPORE, May 6 - DBS will pay a dividend of [60 cents|money|0.6|SGD] a share and set "
        "aside [$1.1 billion|money|1100000000|SGD] for bad loans, while its Hong Kong unit lent "
        "[US$300 million|money|300000000|USD] to shipping firms.",
        "OTTAWA, June 4 - Canada will spend [$2.5 billion|money|2500000000|CAD] over five years "
        "to build [12|count|12|clinic] rural clinics, the health minister said.",
        "BRISBANE, June 2 - Queensland will cap public transport fares at "
        "[50 cents|money|0.5|AUD] a trip for another year, at a cost of "
        "[$150 million|money|150000000|AUD] to the state budget.",
        "PERTH, June 9 - Gold miners' shares rose as bullion hit [US$2,400|money|2400|USD] an "
        "ounce, and the state's royalties from gold reached [$1.3 billion|money|1300000000|AUD].",
        "HALIFAX, Nova Scotia, June 8 - The province will give [$3,000|money|3000|CAD] to each of "
        "the [1,400|count|1400|household] households hit by the wildfire.",
        "AUCKLAND, June 1 - Auckland Council raised rates by [7.5%|percent|7.5|%], adding "
        "[about $290|money|290|NZD] a year to the average household's bill.",
        "TAIPEI, June 3 - The cabinet approved [NT$410 billion|money|410000000000|TWD] for "
        "defence next year, up [7.7%|percent|7.7|%].",
        "SYDNEY, June 9 - NSW will fine drivers [$410|money|410|AUD] for using a phone at the "
        "wheel and has installed [45|count|45|camera] new cameras.",
        "VANCOUVER, June 6 - A one-bedroom flat in Vancouver rents for [$2,750|money|2750|CAD] a "
        "month, up [4%|percent|4|%] on a year earlier.",
        "HONG KONG, June 5 - The MTR will raise fares by [3.5%|percent|3.5|%], adding "
        "[40 cents|money|0.4|HKD] to an average trip.",
        "SINGAPORE, June 8 - Households will get [$300|money|300|SGD] in utility rebates, and "
        "[1.4 million|count|1400000|household] households will qualify.",
    ],
    "units": [
        "The tanker carried [2 million barrels|quantity|2000000|bbl] of crude from the Gulf.",
        "The farm covers [1,200 hectares|quantity|1200|ha] of wheat and barley.",
        "The carrier displaces [90,000 tonnes|quantity|90000|t] and is "
        "[333 metres|quantity|333|m] long.",
        "The pipeline will carry [1.5 billion cubic feet|quantity|1500000000|ft3] of gas a day.",
        "The warehouse has [3.4 million square feet|quantity|3400000|ft2] of floor space.",
        "The solar farm will generate [250 megawatts|quantity|250|MW], enough for "
        "[80,000|count|80000|home] homes.",
        "The baby weighed [7 pounds|quantity|7|lb] at birth, and the hospital charged "
        "[£40|money|40|GBP] for parking.",
        "The ferry sails at [22 knots|quantity|22|kn] and carries [1,500|count|1500|passenger] "
        "passengers.",
        "Rain totals reached [180 millimetres|quantity|180|mm] in a day.",
        "The fire burned [12,000 acres|quantity|12000|acre] north of the city.",
        "The plant will recycle [40,000 tonnes|quantity|40000|t] of plastic a year.",
        "Each driver may carry [20 litres|quantity|20|l] of fuel.",
        "The drought cut the wheat crop to [26 million tonnes|quantity|26000000|t].",
        "Snow piled up to [90 cm|quantity|90|cm] in the passes.",
        "The new terminal can handle [4 million|count|4000000|passenger] passengers and covers "
        "[65,000 square metres|quantity|65000|m2].",
    ],
    "counted": [
        "[12|count|12|school] Schools Closed as Storm Nears Coast",
        "City Adds [40|count|40|bus] Electric Buses to Its Fleet",
        "[Three|count|3|fire truck] Fire Trucks Damaged in Warehouse Blaze",
        "[20-odd|count|20|vessel] vessels were waiting to enter the port.",
        "The summit drew leaders from [30-odd|count|30|country] countries.",
        "Police Arrest [Five|count|5|man] Men After Bank Raid",
        "[Some 300|count|300|firefighter] firefighters battled the blaze.",
        "The airline will cut [1,200|count|1200|job] jobs and close [nine|count|9|route] routes.",
        "[Two|count|2|hospital] Hospitals Evacuated After Quake",
        "The company operates [45|count|45|store] stores and [three|count|3|warehouse] "
        "warehouses.",
        "[Eight|count|8|protester] Protesters Held After March",
        "The school board hired [60|count|60|teacher] new teachers.",
        "The storm toppled [200-odd|count|200|tree] trees along the coast road.",
        "Flooding Forces [3,000|count|3000|resident] Residents From Homes",
        "The agency sent [two dozen|count|24|doctor] doctors to the camps.",
    ],
    "ordinal": [
        "Inflation rose for a [third|ordinal|3] straight month.",
        "The firm posted its [12th|ordinal|12] consecutive quarterly loss.",
        "Tokyo is the world's [second|ordinal|2]-largest stock market.",
        "The Kenyan runner finished [third|ordinal|3] in the final.",
        "The country holds its [fifth|ordinal|5] election since 2020.",
        "It is the airline's [first|ordinal|1] order for wide-body jets.",
        "The bank made its [second|ordinal|2] rate cut of the year.",
        "The [25th|ordinal|25] edition of the fair opens on Monday.",
    ],
    "list": [
        "Key figures for the year:\n• Revenue: [$4.2 billion|money|4200000000|USD], up "
        "[8%|percent|8|%]\n• Employees: [12,400|count|12400|employee]\n• Stores: "
        "[310|count|310|store]\n• Dividend: [45 cents|money|0.45|USD] a share",
        "Storm damage at a glance:\n- Homes destroyed: [1,240|count|1240|home]\n- Roads closed: "
        "[86|count|86|road]\n- Power outages: [210,000|count|210000|outage]",
        "Region     Cases   Deaths\nNorth      [1,204|count|1204|case]   [17|count|17|death]\n"
        "South      [988|count|988|case]     [9|count|9|death]",
        "Election results:\n• Seats won: [64|count|64|seat]\n• Votes cast: "
        "[2.1 million|count|2100000|vote]\n• Turnout: [71%|percent|71|%]",
        "By the numbers:\n• Flights cancelled: [430|count|430|flight]\n• Passengers stranded: "
        "[52,000|count|52000|passenger]\n• Airports shut: [3|count|3|airport]",
        "Port     Ships   Containers\nAlpha    [14|count|14|ship]      [22,500|count|22500|container]\n"
        "Beta     [9|count|9|ship]       [13,200|count|13200|container]",
        "Highlights:\n• Net profit: [$610 million|money|610000000|USD]\n• Customers: "
        "[3.2 million|count|3200000|customer]\n• Branches: [120|count|120|branch]",
        "Casualties:\n• Killed: [23|count|23|person]\n• Injured: [140|count|140|person]\n"
        "• Missing: [6|count|6|person]",
    ],
    "tally": [
        "Arsenal beat Chelsea [3|number|3]-[1|number|1] on Sunday.",
        "The Senate voted [51|number|51]-[49|number|49] to confirm the judge.",
        "Prices rose for three months in a row before falling in May.",
        "The Lakers won [112|number|112]-[104|number|104] in overtime.",
        "The strike lasted for two days and shut [40|count|40|school] schools.",
        "The court ruled [6|number|6]-[3|number|3] in favour of the state.",
        "The talks went on for three weeks without a deal.",
        "India drew [1|number|1]-[1|number|1] with Qatar in Doha.",
    ],
}


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark(marked)
            case = {"id": f"own-f12-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": REFERENCE_DATE, "published": REFERENCE_DATE,
                    "text": text, "figures": figures}  # fmt: skip
            (hold if n % 4 == 0 else dev).append(case)
    write("own-figures-dev12.jsonl", dev)
    write("own-figures-dev12-check.jsonl", hold)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
