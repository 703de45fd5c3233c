"""Build eval/own-figures-dev33u.jsonl (+ -check).

Figure dev set of session 33 (issue 14, declared20): units declared once for the numbers under
them. Statistical releases, budgets and results tables state a unit once, in a caption, a
column header or a label, and then give bare numbers. Four families:

1. ``caption``: a caption line ("Consumer prices, annual change (%)", "Quarterly results (€
   million)", "Crop production ('000 tonnes)") over rows of a label and a number, plain,
   bulleted or in pipes, with or without a year header line.
2. ``label``: a label that declares the unit before its colon, the values on the same line
   ("Unemployment rate (%): 6.1 in Q3, down from 6.4", "Figures in billions of rand: spending
   2,470", "Output ('000 tonnes): wheat 1,250").
3. ``column``: a table's column header declares its column's unit ("Region  Sales (€m)
   Change (%)").
4. ``keep``: what must stay: numbers with their own unit under a caption, counts with their
   noun, years, numbers in the next paragraph, lists with no declared unit, vague "thousands".

Readings used where ANNOTATION.md is silent (it says nothing of tables): a bare number in the
scope of a declared unit is a figure in that unit and scale, as a reader of the table takes it
("4,210" under "(US$ million)" -> money 4210000000 USD); its span is the number as written (the
unit stands elsewhere); "'000"/"thousands" multiply by 1,000; a declared measure unit makes a
quantity ("1,250" under "('000 tonnes)" -> 1250000 t); "per cent"/"%" a percentage, "percentage
points" a percentage in "pp"; the caption's own unit words are no figure. Every case was
written by hand for briefx (bodies, firms and figures invented) and annotated by
``shared/eval/ANNOTATION.md`` before briefx was run on it. Markup as in
``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. Case n with n % 3 == 0 of each
family goes to the ``-check`` file: scored once, at the end.

Run from the project root: ``python eval/build_own_figures_dev33u.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

REFERENCE = "2026-11-20"

CASES: dict[str, list[str]] = {
    "caption": [
        "Consumer prices, annual change (%)\nFood    [3.8|percent|3.8|%]\nHousing    [5.1|percent|5.1|%]\nTransport    [-0.7|percent|-0.7|%]",
        "Brightwater Group: quarterly results (€ million)\nRevenue    [1,842|money|1842000000|EUR]\nOperating profit    [214|money|214000000|EUR]\nNet profit    [139|money|139000000|EUR]",
        "Crop production ('000 tonnes)\nWheat    [2,450|quantity|2450000|t]\nBarley    [1,120|quantity|1120000|t]\nOilseed rape    [640|quantity|640000|t]",
        "Regional unemployment rates, per cent\nNorth East    [7.2|percent|7.2|%]\nLondon    [5.4|percent|5.4|%]\nSouth West    [3.1|percent|3.1|%]",
        "Departmental allocations (R billion)\nHealth    [287.4|money|287400000000|ZAR]\nBasic education    [329.1|money|329100000000|ZAR]\nPolice    [112.6|money|112600000000|ZAR]",
        "Inflation by category, per cent:\n- Food: [3.2|percent|3.2|%]\n- Energy: [7.5|percent|7.5|%]\n- Services: [4.1|percent|4.1|%]",
        "Merchandise exports by destination (US$ million)\n• China: [3,410|money|3410000000|USD]\n• Japan: [1,275|money|1275000000|USD]\n• India: [980|money|980000000|USD]",
        "Table 2: Government revenue (£bn)\n¦ Source ¦ 2025-26 ¦ 2026-27 ¦\n¦---¦---¦---¦\n¦ Income tax ¦ [301.2|money|301200000000|GBP] ¦ [315.8|money|315800000000|GBP] ¦\n¦ VAT ¦ [171.4|money|171400000000|GBP] ¦ [178.9|money|178900000000|GBP] ¦",
        "Electricity generation by source (% of total)\nGas    [38.5|percent|38.5|%]\nWind    [29.1|percent|29.1|%]\nNuclear    [14.7|percent|14.7|%]",
        "Contributions to GDP growth (percentage points)\nHousehold consumption    [1.2|percent|1.2|pp]\nInvestment    [0.4|percent|0.4|pp]\nNet trade    [-0.3|percent|-0.3|pp]",
        "City of Lakeport operating budget (in thousands of dollars)\nFire department    [48,250|money|48250000|USD]\nParks and recreation    [12,900|money|12900000|USD]\nLibraries    [6,480|money|6480000|USD]",
        "Revenue by segment (US$ million)\nSegment    2025    2026\nMobile networks    [4,210|money|4210000000|USD]    [4,655|money|4655000000|USD]\nCloud services    [1,980|money|1980000000|USD]    [2,340|money|2340000000|USD]",
        "GDP growth by expenditure (%, year on year)\nHousehold consumption    [4.9|percent|4.9|%]\nGovernment consumption    [2.6|percent|2.6|%]\nExports    [9.1|percent|9.1|%]",
        "Milk deliveries (million litres)\nJanuary    [1,204|quantity|1204000000|l]\nFebruary    [1,116|quantity|1116000000|l]\nMarch    [1,298|quantity|1298000000|l]",
        "Farm-gate prices (US$ per tonne)\nMaize    [245|money|245|USD]\nSoybeans    [410|money|410|USD]\nSorghum    [198|money|198|USD]",
    ],
    "label": [
        "Unemployment rate (%): [6.1|percent|6.1|%] in Q3, down from [6.4|percent|6.4|%] in Q2.",
        "Figures in billions of rand: spending [2,470|money|2470000000000|ZAR]; revenue [2,050|money|2050000000000|ZAR].",
        "Output ('000 tonnes): wheat [1,250|quantity|1250000|t]; maize [830|quantity|830000|t].",
        "Budget deficit (% of GDP): [4.5|percent|4.5|%]\nPublic debt (% of GDP): [71.2|percent|71.2|%]",
        "Key figures\nRevenue (€m): [612|money|612000000|EUR]\nEbitda margin (%): [18.4|percent|18.4|%]\nEmployees: [3,150|count|3150|employee]",
        "Policy rate, per cent: [4.25|percent|4.25|%]\nHeadline inflation, per cent: [3.9|percent|3.9|%]",
        "Catch quota for 2027 (tonnes): cod [24,000|quantity|24000|t], haddock [9,500|quantity|9500|t].",
        "Turnover (£m): [88.4|money|88400000|GBP] (2025: [79.1|money|79100000|GBP])",
        "Growth forecast, per cent: [2.1|percent|2.1|%] for 2026 and [1.8|percent|1.8|%] for 2027.",
        "Rainfall this week (mm): Harare [42|quantity|42|mm], Bulawayo [18|quantity|18|mm], Mutare [61|quantity|61|mm].",
        "Capital spending (R bn): [64.2|money|64200000000|ZAR]\nCurrent spending (R bn): [311.8|money|311800000000|ZAR]",
        "Change in the jobless rate (percentage points): [-0.3|percent|-0.3|pp]",
        "Net lending (NOK million): [3,240|money|3240000000|NOK]",
        "Vote share (%): Social Democrats [31.4|percent|31.4|%], Centre Party [22.9|percent|22.9|%], Greens [9.8|percent|9.8|%].",
        "Fish landings ('000 tonnes): [412|quantity|412000|t], up from [388|quantity|388000|t] a year earlier.",
    ],
    "column": [
        "Region    Sales (€m)    Change (%)\nNorth    [412|money|412000000|EUR]    [6.2|percent|6.2|%]\nSouth    [298|money|298000000|EUR]    [-1.4|percent|-1.4|%]",
        "¦ Country ¦ Exports (US$ bn) ¦ Share (%) ¦\n¦---¦---¦---¦\n¦ Chile ¦ [98.4|money|98400000000|USD] ¦ [31.0|percent|31|%] ¦\n¦ Peru ¦ [63.7|money|63700000000|USD] ¦ [20.1|percent|20.1|%] ¦",
        "Port    Cargo ('000 t)    Change (%)\nHarlingen    [43,880|quantity|43880000|t]    [-2.3|percent|-2.3|%]\nVlissingen    [27,100|quantity|27100000|t]    [1.9|percent|1.9|%]",
        "Month    Rainfall (mm)\nJanuary    [88|quantity|88|mm]\nFebruary    [61|quantity|61|mm]\nMarch    [73|quantity|73|mm]",
        "Segment    Revenue (US$m)    Margin (%)\nRetail    [2,140|money|2140000000|USD]    [8.5|percent|8.5|%]\nWholesale    [960|money|960000000|USD]    [4.2|percent|4.2|%]",
        "Province        Budget (R million)\nGauteng        [41,250|money|41250000000|ZAR]\nWestern Cape        [23,870|money|23870000000|ZAR]\nLimpopo        [19,460|money|19460000000|ZAR]",
        "Fund    Assets (£bn)    Return (%)\nGrowth    [12.4|money|12400000000|GBP]    [9.8|percent|9.8|%]\nIncome    [7.9|money|7900000000|GBP]    [5.6|percent|5.6|%]",
        "Sector    Output growth (%)    Jobs ('000)\nManufacturing    [1.8|percent|1.8|%]    [-12|number|-12000]\nConstruction    [4.6|percent|4.6|%]    [21|number|21000]",
        "¦ Airport ¦ Passengers (million) ¦ Change (%) ¦\n¦ Eastport ¦ [18.2|number|18200000] ¦ [7.4|percent|7.4|%] ¦\n¦ Millbay ¦ [9.6|number|9600000] ¦ [3.3|percent|3.3|%] ¦",
        "Reservoir    Storage (%)\nLake Mara    [64|percent|64|%]\nKibo Dam    [81|percent|81|%]\nSeno Weir    [47|percent|47|%]",
        "District    Wheat area ('000 ha)    Yield (t/ha)\nRiverside    [112|quantity|112000|ha]    [3.4|number|3.4]\nHighvale    [86|quantity|86000|ha]    [2.9|number|2.9]",
        "Lender    Net profit (€m)    Change (%)\nNordbank    [1,102|money|1102000000|EUR]    [14.0|percent|14|%]\nSüdkasse    [640|money|640000000|EUR]    [-3.2|percent|-3.2|%]",
    ],
    "keep": [
        "Inflation eased to [3.1%|percent|3.1|%] in October, and the central bank held its rate at [4.25%|percent|4.25|%].",
        "Sales (€m)\nNorth    [412|money|412000000|EUR]\nSouth    [298|money|298000000|EUR]\n\nThe group opened [three|count|3|store] new stores in 2026 and employs [1,900|count|1900|person] people.",
        "Share of the vote (%)\nLabour    [41.2%|percent|41.2|%]\nConservatives    [33.5%|percent|33.5|%]",
        "Seats won:\nLabour    [31|count|31|seat]\nGreens    [12|count|12|seat]\nIndependents    [5|count|5|seat]",
        "Employees: [3,150|count|3150|employee]\nOffices: [14|count|14|office]",
        "Tourist arrivals rose [12%|percent|12|%] to [1.4 million|count|1400000|visitor] visitors in 2025, the ministry said.",
        "Revenue (US$ million)\nYear    Amount\n2024    [3,900|money|3900000000|USD]\n2025    [4,210|money|4210000000|USD]",
        "Thousands of people marched in Nairobi on Saturday, and police arrested [200|count|200|person] people.",
        "Capacity (MW)\nSolar    [1,240|quantity|1240|MW]\nWind    [860|quantity|860|MW]\n\nThe operator said [two|count|2|plant] plants would close.",
        "Budget (€m)\nSchools    [€412m|money|412000000|EUR]\nRoads    [€95m|money|95000000|EUR]",
        "Household debt rose by [$1.2 trillion|money|1200000000000|USD] to [$18.4 trillion|money|18400000000000|USD], the Federal Reserve said.",
        "Price of crude (US$ per barrel): [78.40|money|78.4|USD]\nStocks held: [412 million barrels|quantity|412000000|bbl]",
    ],
}  # fmt: skip


def write_piped(name: str, cases: list[dict[str, object]]) -> None:
    """Check and write as dev16 does; a pipe table's bars are marked up as "¦" (the markup
    parts its fields with "|"), checked so and written as "|"."""
    write(name, cases)
    path = HERE / name
    path.write_text(path.read_text(encoding="utf-8").replace("¦", "|"), encoding="utf-8")


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark(marked)
            case = {"id": f"own-f33u-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": REFERENCE, "text": text, "figures": figures}  # fmt: skip
            (hold if n % 3 == 0 else dev).append(case)
    write_piped("own-figures-dev33u.jsonl", dev)
    write_piped("own-figures-dev33u-check.jsonl", hold)
    for name, cases in (("dev33u", dev), ("dev33u-check", hold)):
        print(name, len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
