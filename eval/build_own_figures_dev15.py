"""Build eval/own-figures-dev15.jsonl and own-figures-dev15-check.jsonl.

Fifteenth figure dev set (issue 14, figure VALUES in briefs, session 16): short brief
paragraphs of kinds the earlier sets lack, where the span is usually found and a field is wrong:
- ``results``: company results in the currencies of many countries (yen, rupees in crore,
  kroner, reais, Swiss francs, rand, pesos), a bare second amount taking the first one's
  currency and scale ("rose to ¥412 billion from 389 billion");
- ``commodity``: prices per barrel, pound, tonne and ounce (the rate outside the span), changes
  in dollars and percent, stocks in tonnes and barrels a day;
- ``health``: rates per 100,000 people and per capita, shares "of GDP", percentage points;
- ``census``: population counts and changes, a count's noun restored or carried;
- ``weather``: gusts, rain, temperatures and differences in degrees, magnitudes, depths,
  distances, areas, river levels, losses;
- ``budget``: deficits and debt "of GDP", tax rates and changes in percentage points, amounts
  in a dollar country's currency;
- ``sport``: scores, ordinals, crowds, points, runs and wickets, fees and wages a week;
- ``trade``: exports, imports, surpluses, volumes in tonnes and prices a tonne, tariff rates;
- ``range``: ranges of every form (percent, money with the scale on the second, counts with
  the noun on the second, "between ... and").
Every case was written by hand for briefx (no text is copied from any set or peer suite; every
firm, person and figure is invented or a public fact used as an example) and annotated by
``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx was run on
it. Readings used here where the conventions are silent:
- a rate per number of people ("14.2 cases per 100,000 people") is two counts: the numerator
  counts its noun, the denominator counts the people (OntoNotes CARDINAL); "per capita" and "a
  tonne" are rates outside the span;
- a second amount or measure with no currency or unit of its own, in the same clause as one
  that has it ("to ¥412 billion from 389 billion", "2.1 degrees above" after "46.8C") takes that
  currency or unit, and its scale word where it has none and the first has one only in a range;
- a bare number that restates a count of the clause before with its noun left out ("against
  3.1 a year earlier") counts that noun, as dev set 13's gapped clauses do;
- "N in M" proportions and fractions stay untagged (ANNOTATION.md).
After the first run one count noun was corrected to ANNOTATION.md (the head noun's lemma, not a
noun the annotator restored): "per 100,000 inhabitants" -> "inhabitant" (was "person").
Markup as in ``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. In each family case
4 (n % 4 == 0) goes to the ``-check`` file: it is scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_figures_dev15.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark  # noqa: E402
from build_own_figures_dev11 import write  # noqa: E402

REFERENCE_DATE = "2025-11-20"

CASES: dict[str, list[str]] = {
    "results": [
        "TOKYO, Nov 12 - Kaito Motors said net profit rose to [¥412 billion|money|412000000000|JPY] "
        "in the six months to September from [389 billion|money|389000000000|JPY] a year earlier, "
        "on sales of [¥6.8 trillion|money|6800000000000|JPY]. The carmaker raised its full-year "
        "operating profit forecast by [4%|percent|4|%] to [¥1.1 trillion|money|1100000000000|JPY].",
        "MUMBAI - Sarvam Steel reported a quarterly net profit of "
        "[Rs 2,340 crore|money|23400000000|INR], up [18%|percent|18|%] on the year, while revenue "
        "climbed to [Rs 41,200 crore|money|412000000000|INR] from "
        "[Rs 38,900 crore|money|389000000000|INR]. The board declared an interim dividend of "
        "[Rs 3.60|money|3.6|INR] a share.",
        "OSLO - Nordvik Energi posted third-quarter earnings of "
        "[NOK 5.3 billion|money|5300000000|NOK], against [4.1 billion|money|4100000000|NOK] a "
        "year ago, and will cut [about 600|count|600|job] jobs. Its Swedish arm added "
        "[SEK 800 million|money|800000000|SEK] in revenue.",
        "SAO PAULO - Banco Aurora's profit fell [7.5%|percent|7.5|%] to "
        "[R$3.2 billion|money|3200000000|BRL] as bad loans rose to [4.9%|percent|4.9|%] of its "
        "book, up [0.6 percentage point|percent|0.6|pp]. The lender has "
        "[some 41,000|count|41000|employee] employees and [2,900|count|2900|branch] branches.",
        "ZURICH - Helvetia Pharma's sales rose to [CHF 14.7 billion|money|14700000000|CHF] from "
        "[CHF 13.9 billion|money|13900000000|CHF], and its Mexican business brought in "
        "[2.4 billion pesos|money|2400000000|MXN], up [9%|percent|9|%].",
        "SEOUL - Hanbit Chemical swung to an operating loss of "
        "[250 billion won|money|250000000000|KRW] in the quarter from a profit of "
        "[112 billion|money|112000000000|KRW] a year before, and said it would close "
        "[three|count|3|plant] plants.",
        "JOHANNESBURG - Karoo Mining lifted its headline earnings to "
        "[R9.1 billion|money|9100000000|ZAR] from [R7.6 billion|money|7600000000|ZAR] and will pay "
        "a dividend of [R4.50|money|4.5|ZAR] a share.",
        "Lumen Retail, the Polish discounter, said sales rose [11%|percent|11|%] to "
        "[14.2 billion zlotys|money|14200000000|PLN] and it opened [87|count|87|store] new stores, "
        "taking the total to [1,460|count|1460|store].",
    ],
    "commodity": [
        "Brent crude fell [$1.42|money|1.42|USD], or [1.9%|percent|1.9|%], to "
        "[$73.15|money|73.15|USD] a barrel, while U.S. West Texas Intermediate lost "
        "[$1.30|money|1.3|USD] to [$69.80|money|69.8|USD]. OPEC+ will keep "
        "[2.2 million barrels|quantity|2200000|bbl] a day of cuts in place.",
        "Arabica coffee futures jumped [6%|percent|6|%] to [$4.12|money|4.12|USD] a pound, and "
        "robusta rose to [$5,480|money|5480|USD] a tonne. Brazil's crop is forecast at "
        "[62 million|count|62000000|bag] bags.",
        "Copper on the London Metal Exchange climbed to [$10,950|money|10950|USD] a tonne, up "
        "from [$10,600|money|10600|USD] a week earlier, as warehouse stocks fell by "
        "[12,300 tonnes|quantity|12300|t] to [148,000 tonnes|quantity|148000|t]. Gold eased "
        "[0.4%|percent|0.4|%] to [$2,655|money|2655|USD] an ounce.",
        "Russian wheat export prices rose to [$232|money|232|USD] per tonne, up "
        "[$4|money|4|USD] on the week, and Indian mills have produced "
        "[3.2 million tonnes|quantity|3200000|t] of sugar, down [11%|percent|11|%].",
        "Cocoa futures in London fell [£310|money|310|GBP] to [£5,120|money|5120|GBP] a tonne, "
        "and Ivory Coast farmers will be paid [2,200 CFA francs|money|2200|XOF] a kilogram.",
        "Natural gas in Europe rose [4%|percent|4|%] to [€42.30|money|42.3|EUR] per megawatt "
        "hour, while U.S. gasoline averaged [$3.08|money|3.08|USD] a gallon, down "
        "[6 cents|money|0.06|USD].",
        "Iron ore slipped to [$101.50|money|101.5|USD] a tonne in Singapore; China's steel mills "
        "produced [82 million tonnes|quantity|82000000|t] in October, [3%|percent|3|%] less "
        "than a year earlier.",
        "Palm oil rose [2.1%|percent|2.1|%] to [4,480 ringgit|money|4480|MYR] a tonne, and "
        "Malaysian stocks fell to [1.9 million tonnes|quantity|1900000|t].",
    ],
    "health": [
        "The measles rate reached [14.2|count|14.2|case] cases per "
        "[100,000|count|100000|person] people in the province, against [3.1|count|3.1|case] "
        "a year earlier. Officials confirmed [1,874|count|1874|case] cases and "
        "[six|count|6|death] deaths.",
        "U.S. health spending rose [7.5%|percent|7.5|%] to "
        "[$4.9 trillion|money|4900000000000|USD] last year, or [$14,570|money|14570|USD] per "
        "person, and reached [17.6%|percent|17.6|%] of GDP. Hospital care took "
        "[$1.5 trillion|money|1500000000000|USD].",
        "Road deaths fell to [4.6|count|4.6|death] per [100,000|count|100000|inhabitant] "
        "inhabitants, below the EU average of [4.4|count|4.4|death], after a fall of "
        "[9%|percent|9|%] on 2023.",
        "Obesity now affects [28%|percent|28|%] of adults, up [3 percentage points|percent|3|pp] "
        "since 2015, and one in five children, the health ministry said.",
        "Tuberculosis incidence fell to [133|count|133|case] cases per "
        "[100,000|count|100000|person] people, and the country spent "
        "[$61|money|61|USD] per capita on health, [2.9%|percent|2.9|%] of GDP.",
        "The hospital waiting list grew by [40,000|count|40000|patient] patients to "
        "[7.6 million|count|7600000|patient], and [58.9%|percent|58.9|%] were seen within "
        "18 weeks, short of the [92%|percent|92|%] target.",
        "Maternal deaths fell to [62|count|62|death] per [100,000|count|100000|birth] live "
        "births from [88|count|88|death] a decade ago, the WHO said.",
        "Flu admissions doubled to [2,100|count|2100|admission] a week, and vaccine uptake among "
        "over-65s was [71%|percent|71|%], down [4.5 percentage points|percent|4.5|pp].",
    ],
    "census": [
        "The census counted [5.42 million|count|5420000|person] people, up [2.1%|percent|2.1|%] "
        "from [5.31 million|count|5310000|person] in 2020. Households averaged "
        "[2.3|count|2.3|person] people, and [38%|percent|38|%] of homes were rented.",
        "The capital grew by [48,000|count|48000|resident] residents to "
        "[1.9 million|count|1900000|resident], a density of [3,950|count|3950|person] people per "
        "square kilometre.",
        "Net migration fell to [431,000|count|431000|person] in the year to June from "
        "[906,000|count|906000|person] people a year earlier, the statistics office said.",
        "Births fell [4%|percent|4|%] to [677,000|count|677000|birth], and the fertility rate "
        "dropped to [1.41|number|1.41], the lowest on record.",
        "The island's population fell below [100,000|count|100000|person] people for the "
        "[first|ordinal|1] time since 1950, with [2,400|count|2400|person] fewer than in 2015.",
        "[Some 3.1 million|count|3100000|person] people, or [5.8%|percent|5.8|%] of the "
        "population, said they were born abroad, up from [4.9%|percent|4.9|%].",
        "The survey covered [280,000|count|280000|household] households in "
        "[640|count|640|district] districts, [12%|percent|12|%] more than the last round.",
        "Rural towns lost [62,000|count|62000|resident] residents while cities gained "
        "[190,000|count|190000|resident].",
    ],
    "weather": [
        "Storm Elin brought gusts of [up to 145 km/h|quantity|145|km/h] and "
        "[more than 120mm|quantity|120|mm] of rain, and [about 40,000|count|40000|home] homes "
        "lost power. [Three|count|3|person] people died.",
        "Temperatures hit [46.8C|quantity|46.8|°C] in the south, "
        "[2.1 degrees|quantity|2.1|°C] above the previous record, and [1,200|count|1200|person] "
        "people were treated for heatstroke.",
        "The magnitude [6.4|number|6.4] quake struck [10 km|quantity|10|km] deep, "
        "[35 kilometres|quantity|35|km] north of the city. [At least 120|count|120|building] "
        "buildings collapsed and [2,300|count|2300|person] people were displaced.",
        "Floodwaters covered [12,000 hectares|quantity|12000|ha] of farmland and the river "
        "peaked at [6.2 metres|quantity|6.2|m], [1.4 metres|quantity|1.4|m] above flood stage. "
        "Losses are put at [€650 million|money|650000000|EUR].",
        "The wildfire has burned [23,000 acres|quantity|23000|acre] and is [15%|percent|15|%] "
        "contained; [more than 8,000|count|8000|firefighter] firefighters are on the lines and "
        "winds of [60 mph|quantity|60|mph] are forecast.",
        "Snow [up to 40cm|quantity|40|cm] deep closed [1,100|count|1100|school] schools, and "
        "temperatures fell to [minus 18C|quantity|-18|°C], [11 degrees|quantity|11|°C] below "
        "normal.",
        "The cyclone made landfall with winds of [185 km/h|quantity|185|km/h] and a central "
        "pressure of [948 hPa|quantity|948|hPa]; [some 500,000|count|500000|person] people were "
        "evacuated.",
        "Drought has cut the reservoir to [31%|percent|31|%] of capacity, "
        "[19 percentage points|percent|19|pp] below the ten-year average, and rainfall was "
        "[42mm|quantity|42|mm], against [110mm|quantity|110|mm] normally.",
    ],
    "budget": [
        "The budget deficit will narrow to [4.4%|percent|4.4|%] of GDP next year from "
        "[5.1%|percent|5.1|%], with debt at [112%|percent|112|%] of output. VAT rises "
        "[2 percentage points|percent|2|pp] to [22%|percent|22|%].",
        "The chancellor will raise [£26 billion|money|26000000000|GBP] a year from employers, "
        "with their rate rising [1.2 percentage points|percent|1.2|pp] to [15%|percent|15|%] "
        "and the threshold falling to [£5,000|money|5000|GBP] from [£9,100|money|9100|GBP].",
        "Defence spending will rise to [2.5%|percent|2.5|%] of GDP by 2027 from "
        "[2.3%|percent|2.3|%], an extra [£13.4 billion|money|13400000000|GBP], and the lower "
        "rate of capital gains tax rises to [18%|percent|18|%].",
        "CANBERRA - The government forecast a deficit of [A$27.9 billion|money|27900000000|AUD], "
        "or [1%|percent|1|%] of GDP, and [$42 billion|money|42000000000|AUD] the following "
        "year.",
        "Tokyo's extra budget of [¥13.9 trillion|money|13900000000000|JPY] includes "
        "[¥30,000|money|30000|JPY] per household for low earners, and new bond issues of "
        "[¥6.7 trillion|money|6700000000000|JPY].",
        "The corporate tax rate will be cut to [20%|percent|20|%] from [25%|percent|25|%], "
        "costing [about €3 billion|money|3000000000|EUR] a year, or [0.6%|percent|0.6|%] of "
        "GDP.",
        "OTTAWA - The budget projects a deficit of [$78.3 billion|money|78300000000|CAD], up "
        "from [$36.3 billion|money|36300000000|CAD], and debt of [42.4%|percent|42.4|%] of GDP.",
        "Tax revenue rose to [34.1%|percent|34.1|%] of GDP, [0.8 percentage points|percent|0.8|pp] "
        "above the OECD average of [33.3%|percent|33.3|%].",
    ],
    "sport": [
        "Haaland scored his [15th|ordinal|15] league goal of the season as City won "
        "[4|number|4]-[0|number|0] before [53,400|count|53400|fan] fans, and City are "
        "[two|count|2|point] points clear at the top.",
        "Kenya's Ruth Chepkoech won the [42.2km|quantity|42.2|km] race in a course record, "
        "taking [$250,000|money|250000|USD] in prize money; [31,000|count|31000|runner] runners "
        "finished.",
        "India were bowled out for [212|count|212|run] after Starc took "
        "[five|count|5|wicket] wickets for [41|count|41|run] runs, and Australia lead by "
        "[94|count|94|run].",
        "Real Madrid agreed a fee of [€65 million|money|65000000|EUR] plus "
        "[€10 million|money|10000000|EUR] in add-ons for the midfielder, who will earn "
        "[£300,000|money|300000|GBP] a week.",
        "The Celtics beat the Knicks [118|number|118]-[104|number|104], with Tatum scoring "
        "[38|count|38|point] points and [12|count|12|rebound] rebounds.",
        "Norris finished [second|ordinal|2] and trails Piastri by [9|count|9|point] points "
        "with [four|count|4|race] races left.",
        "The stadium's capacity will rise to [62,000|count|62000|seat] seats from "
        "[54,000|count|54000|seat] at a cost of [£420 million|money|420000000|GBP].",
        "She cleared [2.01 metres|quantity|2.01|m] to win gold, [3cm|quantity|3|cm] short of "
        "the world record.",
    ],
    "trade": [
        "China's exports rose [12.7%|percent|12.7|%] to [$309 billion|money|309000000000|USD] "
        "in October, while imports fell [2.3%|percent|2.3|%], leaving a surplus of "
        "[$95.7 billion|money|95700000000|USD]. Rare-earth shipments dropped to "
        "[2,800 tonnes|quantity|2800|t].",
        "Germany's trade surplus narrowed to [€16.9 billion|money|16900000000|EUR] from "
        "[17.2 billion|money|17200000000|EUR], and exports to the United States fell "
        "[5.1%|percent|5.1|%].",
        "Vietnam shipped [8.1 million tonnes|quantity|8100000|t] of rice worth "
        "[$5.3 billion|money|5300000000|USD], at an average of [$626|money|626|USD] a tonne, "
        "down from [$650|money|650|USD].",
        "Washington raised duties on steel to [50%|percent|50|%] from [25%|percent|25|%], "
        "covering [about $40 billion|money|40000000000|USD] of imports.",
        "Japan's exports to China fell [7.3%|percent|7.3|%] to "
        "[¥1.5 trillion|money|1500000000000|JPY], and it shipped [98,000|count|98000|car] "
        "cars there, down from [121,000|count|121000|car].",
        "India's merchandise deficit widened to [$41.7 billion|money|41700000000|USD] from "
        "[26.3 billion|money|26300000000|USD] as gold imports tripled to "
        "[$14.7 billion|money|14700000000|USD].",
        "Exports of LNG reached [9.2 million tonnes|quantity|9200000|t] in the quarter, up "
        "[14%|percent|14|%], and the port handled [2.4 million|count|2400000|container] "
        "containers.",
        "The bloc will scrap tariffs on [1,200|count|1200|product] products "
        "and cap duties on cars at [10%|percent|10|%] from [27.5%|percent|27.5|%].",
    ],
    "range": [
        "Analysts expect growth of [1.5%|percent|1.5|%] to [2%|percent|2|%] next year, and "
        "inflation between [2.5|percent|2.5|%] and [3%|percent|3|%].",
        "The bridge will cost [€3|money|3000000000|EUR] to [€4 billion|money|4000000000|EUR] "
        "and create between [800|count|800|job] and [1,000|count|1000|job] jobs.",
        "Rents rose [8|percent|8|%]-[10%|percent|10|%] in most cities, and house prices "
        "[3|percent|3|%] to [5 per cent|percent|5|%].",
        "The rally drew [30,000|count|30000|person] to [40,000|count|40000|person] people, "
        "police said.",
        "Tickets cost [$45|money|45|USD] to [$120|money|120|USD], and the tour is expected to "
        "gross [$1.1|money|1100000000|USD]-[$1.3 billion|money|1300000000|USD].",
        "Fares will rise by [5|percent|5|%] to [7 percent|percent|7|%], or [£2|money|2|GBP] to "
        "[£6|money|6|GBP] a journey.",
        "The dam holds [4|quantity|4000000000|m3] to [5 billion cubic metres|quantity|5000000000|m3] "
        "and irrigates [150,000|quantity|150000|ha]-[200,000 hectares|quantity|200000|ha].",
        "Losses could reach [$20|money|20000000000|USD] to [$30 billion|money|30000000000|USD], "
        "or [0.5%|percent|0.5|%]-[0.8%|percent|0.8|%] of GDP.",
    ],
}


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark(marked)
            case = {"id": f"own-f15-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": REFERENCE_DATE, "published": REFERENCE_DATE,
                    "text": text, "figures": figures}  # fmt: skip
            (hold if n % 4 == 0 else dev).append(case)
    write("own-figures-dev15.jsonl", dev)
    write("own-figures-dev15-check.jsonl", hold)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
