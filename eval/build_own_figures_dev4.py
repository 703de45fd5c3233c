"""Build eval/own-figures-dev4.jsonl, own-figures-dev4-check.jsonl and the two brief files.

Fourth figure dev set (issue 14, the figures half), aimed at wire copy: result lines and
scores, scorecards, league tables, market prices and changes ("up 3.5 cents", "$1,234.50 an
ounce", "6.8 mln dlrs", "45 million stg", US stock prices in fractions), ages (not figures),
elided count nouns, and new forms of the families of dev3 (numbers in words, fractions, digit
groups and scale suffixes, currencies by CLDR name/code/symbol, two units, pint units,
comparators, tallies). Every case was written by hand for briefx (none is copied from any set;
people, clubs and companies are real, every figure is invented) and annotated by
``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx was run on it.

Markup as in ``build_own_figures_dev3.py``: ``[span|kind|value|unit]``. In each family every
fourth case (the 4th, 8th, ...) goes to the ``-check`` file, and the last two briefs go to the
briefs ``-check`` file: those are scored only at the start and the end of a session.

Run from the project root: ``python eval/build_own_figures_dev4.py`` (rewrites the files).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = (
    "briefx own cases: written and annotated by hand for briefx by the project's annotators "
    "(ANNOTATION.md conventions; invented figures), MIT"
)
MARK = re.compile(r"\[([^\]|]+)\|(\w+)\|([^|\]]+)(?:\|([^\]]+))?\]")
KINDS = {"money", "percent", "count", "quantity", "number", "ordinal"}
UNIT_SYMBOLS = {
    "km", "mi", "m", "ft", "in", "mm", "cm", "kg", "g", "mg", "lb", "oz", "t", "ton", "gal",
    "l", "ml", "dl", "bbl", "km/h", "mph", "km2", "acre", "ha", "kWh", "yd", "ft3", "°C", "°F",
    "kn", "MW", "m3",
}  # fmt: skip

CASES: dict[str, list[str]] = {
    "results": [
        "Results: Aston Villa [2|number|2] Derby [0|number|0]",
        "Rangers beat Celtic [2|number|2]-[1|number|1] at Ibrox on Saturday.",
        "Bayern Munich drew [1|number|1]-[1|number|1] with Schalke.",
        "Steffi Graf (Germany) beat Conchita Martinez (Spain) [6|number|6]-[3|number|3] [7|number|7]-[5|number|5]",
        "[271|number|271] Colin Montgomerie (Britain) [68|number|68] [67|number|67] [70|number|70] [66|number|66]",
        "Chicago [103|number|103] Miami [95|number|95]",
        "Italy beat Norway [2|number|2]-[1|number|1] in Oslo.",
        "Wales lost [18|number|18]-[25|number|25] to France in Cardiff.",
        "Half-time [1|number|1]-[0|number|0].",
        "New York Yankees [5|number|5] Baltimore Orioles [3|number|3]",
        "Martina Hingis (Switzerland) beat Anke Huber (Germany) [6|number|6]-[2|number|2] [6|number|6]-[1|number|1]",
        "Germany won [4|number|4]-[3|number|3] on penalties after a goalless draw.",
        "Barcelona [12|number|12] [9|number|9] [2|number|2] [1|number|1] [30|number|30] [11|number|11] [29|number|29]",
        "Monaco [10|number|10] [6|number|6] [3|number|3] [1|number|1] [17|number|17] [8|number|8] [21|number|21]",
        "Blackburn [0|number|0] Arsenal [2|number|2]",
        "Boston [4|number|4] Montreal [2|number|2]",
    ],
    "scorecard": [
        "England [326|number|326] (Mike Atherton [87|number|87], Alec Stewart [54|number|54])",
        "Pakistan [180|number|180] for [six|number|6] ([45|count|45|over] overs)",
        "Bowling: Wasim Akram [4|number|4]-[62|number|62], Waqar Younis [3|number|3]-[48|number|48].",
        "Australia won by [seven|count|7|wicket] wickets.",
        "India won by an innings and [42|count|42|run] runs.",
        "Sri Lanka were bowled out for [212|count|212|run] after lunch.",
        "Brian Lara made [153|count|153|run] off [210|count|210|ball] balls.",
        "Close of play: West Indies [245|number|245] for [four|number|4].",
        "Shane Warne took [five|count|5|wicket] wickets for [71|count|71|run] runs.",
    ],
    "market": [
        "Gold rose [$3.50|money|3.5|USD] to [$385.20|money|385.2|USD] an ounce.",
        "Brent crude for June was up [35 cents|money|0.35|USD] at [$18.60|money|18.6|USD] a barrel.",
        "Copper closed at [$2,450|money|2450|USD] a tonne, down [$12|money|12|USD].",
        "The dollar ended at [1.4520 marks|money|1.452|DEM] and [110.25 yen|money|110.25|JPY].",
        "The index fell [23.4|count|23.4|point] points to [3,845.6|number|3845.6].",
        "IBM rose [1-1/4|number|1.25] to [112-3/8|number|112.375] in active trade.",
        "Shares in Glaxo gained [12p|money|0.12|GBP] to [845p|money|8.45|GBP].",
        "Volume was [345.6 million|count|345600000|share] shares.",
        "Wheat futures were up [3-1/2 cents|money|0.035|USD] at [$4.12|money|4.12|USD] a bushel.",
        "Silver slipped [4.5 cents|money|0.045|USD] to [$5.12|money|5.12|USD] an ounce.",
        "Sterling rose to [$1.5620|money|1.562|USD] in late trade.",
        "The Nikkei average closed up [215.34|count|215.34|point] points at [21,456.78|number|21456.78].",
        "Aluminium for three months delivery ended at [$1,512.50|money|1512.5|USD] a tonne.",
        "Coffee fell [$45|money|45|USD] to [$1,834|money|1834|USD] a tonne.",
        "Ford fell [3/8|number|0.375] to [32-7/8|number|32.875].",
        "Advancing issues outnumbered declining ones [1,234|number|1234] to [987|number|987].",
        "Gold was fixed at [$1,234.50|money|1234.5|USD] an ounce.",
        "Crude oil rose [42 cents|money|0.42|USD] to [$21.37|money|21.37|USD] a barrel.",
    ],
    "tables": [
        "Seats won: Labour [418|count|418|seat], Conservatives [165|count|165|seat], Liberal Democrats [46|count|46|seat].",
        "Medals table: United States [44|number|44] [32|number|32] [25|number|25]",
        "Turnout was [71.4 percent|percent|71.4|%].",
        "The jobless total fell by [42,000|number|42000] to [2.1 million|number|2100000].",
        "Norway [3|number|3] [2|number|2] [1|number|1] [0|number|0] [7|number|7]",
        "Points: Schumacher [59|number|59], Hill [43|number|43], Alesi [28|number|28]",
    ],
    "ages": [
        "Maria Lopez, 29, won [$50,000|money|50000|USD] at the event.",
        "The winner, aged 31, collected [£20,000|money|20000|GBP].",
        "Chris Evert, 41, returned [three|count|3|time] times to the final.",
    ],
    "words": [
        "Officials counted [seven hundred and eighty-one thousand|count|781000|voter] voters.",
        "The deal is worth [one point two five billion dollars|money|1250000000|USD].",
        "The bank now charges [five and a quarter percent|percent|5.25|%].",
        "Floods destroyed [a hundred and twelve|count|112|house] houses.",
        "The vaccine was [ninety-nine point nine percent|percent|99.9|%] effective.",
        "[three-fifths|number|0.6]",
        "The crack is [seven eighths of an inch|quantity|0.875|in] wide.",
        "[six and three quarters|number|6.75]",
        "[Two thousand and forty|count|2040|runner] runners started the race.",
        "The plant will cut [eleven hundred|count|1100|job] jobs.",
        "The airport handled [fifteen point seven million|count|15700000|passenger] passengers.",
        "Volunteers planted [1 million 300 thousand|count|1300000|tree] trees.",
        "[nine thousand nine hundred and ninety-nine|number|9999]",
        "[twenty-three point four|number|23.4]",
        "[two and two-thirds|number|2.6666666667]",
    ],
    "fractions": [
        "The hikers walked [4½ miles|quantity|4.5|mi] to the hut.",
        "The bank cut rates by [½ percentage point|percent|0.5|pp] on Tuesday.",
        "The wall is [2 1/2 metres|quantity|2.5|m] high.",
        "The fire burned [¾ mile|quantity|0.75|mi] from the town.",
        "The service has [1¼ million|count|1250000|subscriber] subscribers.",
        "Ford fell [⅜|number|0.375] to [32⅞|number|32.875].",
        "Mortgage rates rose to [5¾ percent|percent|5.75|%].",
        "The bolt is [7 1/8 inches|quantity|7.125|in] long.",
        "The lake rose [1 3/4 feet|quantity|1.75|ft] overnight.",
    ],
    "scale": [
        "The group raised [4.5bn euros|money|4500000000|EUR] in bonds.",
        "The state set aside [Rs 3 crore|money|30000000|INR] for repairs.",
        "Sony plans to spend [¥1.2tn|money|1200000000000|JPY] on chips.",
        "The port handled [70 000 tonnes|quantity|70000|t] of grain.",
        "The district has [1,23,45,678|count|12345678|voter] voters.",
        "The startup raised [$450k|money|450000|USD] from investors.",
        "Output rose by [3mn barrels|quantity|3000000|bbl] a day.",
        "The contract is worth [USD 5M|money|5000000|USD].",
        "The club paid [£2.3m|money|2300000|GBP] for the striker.",
        "The scheme reached [12.5 lakh|count|1250000|farmer] farmers.",
        "The ministry set a budget of [1.5 trillion won|money|1500000000000|KRW].",
        "The company said net profit rose to [6.8 mln dlrs|money|6800000|USD].",
        "The fund lent [250,000 dlrs|money|250000|USD] to the firm.",
        "Profit rose to [45.3 million stg|money|45300000|GBP] in the half year.",
        "The Bundesbank injected [3.2 billion marks|money|3200000000|DEM] into the market.",
        "Sales rose [45 pct|percent|45|%] in the quarter.",
        "The bank issued [$1.75bln|money|1750000000|USD] of notes.",
        "Revenue reached [€820mln|money|820000000|EUR] last year.",
    ],
    "currency": [
        "A night at the hotel costs [350 Swiss francs|money|350|CHF].",
        "The fund raised [NOK 45 million|money|45000000|NOK] in the offer.",
        "Farmers were paid [2,000 Kenyan shillings|money|2000|KES] a bag.",
        "The miner spent [A$3.2 billion|money|3200000000|AUD] on the mine.",
        "Ottawa pledged [C$120 million|money|120000000|CAD] for the bridge.",
        "The developer paid [HK$5.6 billion|money|5600000000|HKD] for the site.",
        "Tickets cost [S$40|money|40|SGD] each.",
        "A litre of milk costs [₹750|money|750|INR] in the resort.",
        "Entry is [₩50,000|money|50000|KRW] for adults.",
        "The village received [40 million Indonesian rupiah|money|40000000|IDR] in aid.",
        "The firm invested [15 billion yuan|money|15000000000|CNY] in the plant.",
        "The lender raised [RMB 3 billion|money|3000000000|CNY] in bonds.",
        "Pensions rose to [₴2,000|money|2000|UAH] a month.",
        "The budget allots [Tk 500 crore|money|5000000000|BDT] to roads.",
        "The club sold the striker for [5 million Brazilian reais|money|5000000|BRL].",
        "The fine was [DKK 800|money|800|DKK] per vehicle.",
        "A loaf costs [300 Hungarian forints|money|300|HUF] there.",
        "The menu starts at [€12.40|money|12.4|EUR].",
        "Pilgrims paid [1,200 Saudi riyals|money|1200|SAR] for the permit.",
        "The firm fined [2.5 million Swedish crowns|money|2500000|SEK] was appealing.",
    ],
    "two-unit": [
        "The fare rose to [$7 and 25 cents|money|7.25|USD].",
        "The baby weighed [3 pounds 4 ounces|quantity|3.25|lb] at birth.",
        "A pint now costs [£4 and 50p|money|4.5|GBP].",
        "The centre is [5 ft 11 in|quantity|5.9166666667|ft] tall.",
        "The course is [1 mile 300 yards|quantity|1.1704545455|mi] long.",
        "The barrier stands [2 metres 40 centimetres|quantity|2.4|m] high.",
        "The forward is [6 feet 4 inches|quantity|6.3333333333|ft] tall.",
        "The budget was set at [€3 billion and 200 million|money|3200000000|EUR].",
        "Each ticket cost [12 dollars 50 cents|money|12.5|USD].",
    ],
    "units": [
        "The fire destroyed [40 hectares|quantity|40|ha] of forest.",
        "The park covers [300 sq km|quantity|300|km2] of wetland.",
        "Police seized [12 kilograms|quantity|12|kg] of heroin.",
        "Each dose holds [75 millilitres|quantity|75|ml] of syrup.",
        "Snow lay [8 centimetres|quantity|8|cm] deep.",
        "The ship carried [2,500 tonnes|quantity|2500|t] of wheat.",
        "The ferry sailed at [15 knots|quantity|15|kn] through the strait.",
        "The plant will generate [450 megawatts|quantity|450|MW] of power.",
        "Workers built a [10-foot|quantity|10|ft] wall.",
        "Police clocked the car at [120 km/h|quantity|120|km/h] in town.",
        "The tank leaked [3.5 gallons|quantity|3.5|gal] of fuel.",
        "Each ration holds [200 grams|quantity|200|g] of rice.",
        "The temperature fell to [35 degrees Fahrenheit|quantity|35|°F] overnight.",
        "The bottle holds [9.5 litres|quantity|9.5|l] of water.",
        "The reservoir released [600 cubic metres|quantity|600|m3] of water a second.",
        "The catch weighed [14 lb|quantity|14|lb] on the scales.",
        "The pipeline runs [1,200 kilometres|quantity|1200|km] to the coast.",
        "Rain totals reached [45 millimetres|quantity|45|mm] by noon.",
        "The ranch spans [3,000 acres|quantity|3000|acre] of grassland.",
        "The tower is [330 metres|quantity|330|m] tall.",
    ],
    "comparator": [
        "[Nearly 40 percent|percent|40|%] of voters stayed home.",
        "[Roughly 300|count|300|home] homes were flooded.",
        "[Fewer than 20|count|20|person] people attended the hearing.",
        "[Well over 1,000|count|1000|worker] workers joined the strike.",
        "The bill could cost [as much as $5 billion|money|5000000000|USD] over a decade.",
        "Prices have risen [almost 40 percent|percent|40|%] since spring.",
        "Forecasters expect [up to 12 inches|quantity|12|in] of snow.",
        "The storm reached [at least 3 km|quantity|3|km] inland.",
        "The fire is [about 15 miles|quantity|15|mi] from the town.",
        "[Just under 5 percent|percent|5|%] of the budget goes to defence.",
        "[More than 2,000|count|2000|job] jobs will go.",
        "The party won [barely 2%|percent|2|%] of the vote.",
        "[Some 50|count|50|family] families fled the village.",
        "The convoy had [no more than 40|count|40|lorry] lorries.",
        "[Close to 70 percent|percent|70|%] of exports go to Europe.",
        "[Over 8,000|count|8000|fan] fans watched the final.",
    ],
    "tally": [
        "The Senate voted [52|number|52]-[48|number|48] to confirm her.",
        "The council split [6|number|6] to [3|number|3] on the plan.",
        "The court ruled [7|number|7]-[2|number|2] against the state.",
        "Chelsea won [4|number|4]-[2|number|2] at home.",
        "The motion passed by [310|count|310|vote] votes to [290|count|290|vote].",
        "Shareholders approved the merger [1,450|number|1450] to [320|number|320].",
        "The Chiefs beat the Raiders [27|number|27]-[24|number|24].",
    ],
    "elided": [
        "Of the [40|count|40|passenger] passengers, [12|count|12|passenger] were hurt.",
        "[More than 300|count|300|person] injured were taken to hospital.",
        "The home side scored [three|count|3|goal] goals and the visitors [two|count|2|goal].",
        "Sales rose to [12,000|count|12000|car] cars from [9,500|count|9500|car].",
        "The army lost [200|count|200|tank] tanks and the rebels [35|count|35|tank].",
        "[Five|count|5|person] died and [14|count|14|person] were wounded in the blast.",
    ],
    "negative": [
        "Jan Kowalski, 44, a miner, was arrested on Tuesday.",
        "The driver, aged 23, was unhurt.",
        "The talks began at 9:30 a.m. in Geneva.",
        "Flight 214 landed safely in Seoul.",
        "Traffic was heavy on Interstate 95 north of the city.",
        "Tens of thousands marched through the capital.",
        "Readers can call 0800-555-0199 for details.",
        "It was one of the worst storms in memory.",
        "Article 5 of the treaty was invoked.",
        "Former champion Ivan Lendl, 36, watched from the stands.",
    ],
}

BRIEFS: list[tuple[str, str, str]] = [
    (
        "b01-soccer",
        "1996-09-08",
        "SOCCER - SPANISH [FIRST|ordinal|1] DIVISION RESULTS.\n"
        "MADRID 1996-09-08\n"
        "Results of Spanish [first|ordinal|1] division matches played on Sunday:\n"
        "Real Madrid [3|number|3] Valencia [1|number|1]\n"
        "Atletico Madrid [0|number|0] Sevilla [0|number|0]\n"
        "Deportivo Coruna [2|number|2] Real Betis [2|number|2]\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n"
        "Real Madrid [2|number|2] [2|number|2] [0|number|0] [0|number|0] [5|number|5] [1|number|1] [6|number|6]\n"
        "Deportivo Coruna [2|number|2] [1|number|1] [1|number|1] [0|number|0] [4|number|4] [2|number|2] [4|number|4]\n",
    ),
    (
        "b02-tennis",
        "1996-07-26",
        "TENNIS - RESULTS AT THE CANADIAN OPEN.\n"
        "TORONTO 1996-07-26\n"
        "Results from the Canadian Open tennis tournament on Friday (prefix number denotes seeding):\n"
        "Quarter-finals:\n"
        "[1|number|1] - Thomas Muster (Austria) beat Todd Martin (U.S.) [6|number|6]-[4|number|4] [7|number|7]-[6|number|6] ([7|number|7]-[3|number|3])\n"
        "Marcelo Rios (Chile) beat [5|number|5] - Wayne Ferreira (South Africa) [3|number|3]-[6|number|6] [6|number|6]-[2|number|2] [6|number|6]-[1|number|1]\n"
        "Muster earned [$36,000|money|36000|USD] for reaching the last eight.\n",
    ),
    (
        "b03-cricket",
        "1996-08-23",
        "CRICKET - ENGLAND V PAKISTAN SCOREBOARD.\n"
        "LONDON 1996-08-23\n"
        "Scoreboard on the [second|ordinal|2] day of the [third|ordinal|3] test between England and Pakistan at The Oval on Friday:\n"
        "England [first|ordinal|1] innings [326|number|326] (Mike Atherton [31|number|31], Alec Stewart [44|number|44], John Crawley [106|number|106]; Waqar Younis [4|number|4]-[95|number|95])\n"
        "Pakistan [first|ordinal|1] innings [229|number|229] for [two|number|2] (Saeed Anwar [116|number|116] not out)\n"
        "Pakistan trail by [97|count|97|run] runs with [eight|count|8|wicket] wickets standing.\n",
    ),
    (
        "b04-metals",
        "1996-06-12",
        "LME METALS CLOSE HIGHER, GOLD STEADY.\n"
        "LONDON 1996-06-12\n"
        "Copper led base metals higher on the London Metal Exchange on Wednesday, with three-month "
        "copper closing at [$2,012|money|2012|USD] a tonne, up [$23|money|23|USD]. Aluminium rose "
        "[$9|money|9|USD] to [$1,508.50|money|1508.5|USD]. Copper stocks in LME warehouses fell "
        "[3,425 tonnes|quantity|3425|t] to [312,050 tonnes|quantity|312050|t].\n"
        "Gold was fixed at [$385.50|money|385.5|USD] an ounce in the afternoon, up [$1.20|money|1.2|USD] "
        "from the morning fix. Silver rose [3.5 cents|money|0.035|USD] to [$5.14|money|5.14|USD]. "
        "In sterling terms gold was fixed at [246.90 stg|money|246.9|GBP].\n",
    ),
    (
        "b05-riksbank",
        "1996-07-10",
        "SWEDISH CENTRAL BANK CUTS REPO RATE.\n"
        "STOCKHOLM 1996-07-10\n"
        "Sweden's Riksbank cut its repo rate by [25 basis points|percent|0.25|pp] to "
        "[6.60 percent|percent|6.6|%] on Wednesday, the [eighth|ordinal|8] cut this year. The bank "
        "said underlying inflation was running at [1.2 percent|percent|1.2|%], well below its target "
        "of [two percent|percent|2|%]. It also sold [10 billion crowns|money|10000000000|SEK] of "
        "certificates to [14|count|14|bank] banks.\n",
    ),
    (
        "b06-results",
        "1996-05-20",
        "BRITISH AIRWAYS PROFIT RISES [29 PCT|percent|29|%].\n"
        "LONDON 1996-05-20\n"
        "British Airways said on Monday pretax profit for the year to March 31 rose to "
        "[585 million stg|money|585000000|GBP] from [452 million|money|452000000|GBP]. Earnings per share "
        "were [46.2p|money|0.462|GBP] against [37.9p|money|0.379|GBP], and the final dividend is "
        "[8.65 pence|money|0.0865|GBP]. Turnover rose [9.3 pct|percent|9.3|%] to "
        "[7.76 billion stg|money|7760000000|GBP]. The airline carried [34.5 million|count|34500000|passenger] "
        "passengers in the year. Its shares rose [11p|money|0.11|GBP] to [498p|money|4.98|GBP].\n",
    ),
    (
        "b07-procurement",
        "1996-03-04",
        "U.S. ARMY AWARDS TRUCK CONTRACT.\n"
        "WASHINGTON 1996-03-04\n"
        "The U.S. Army said on Monday it had awarded Oshkosh Truck Corp a "
        "[$62.4 million|money|62400000|USD] contract for [1,050|count|1050|truck] heavy trucks, with "
        "options for [300|count|300|truck] more. Each truck can carry [22 tons|quantity|22|ton]. "
        "[Three|count|3|bidder] other bidders lost out. Oshkosh shares rose [1-1/8|number|1.125] to "
        "[16-3/4|number|16.75] on Nasdaq.\n",
    ),
    (
        "b08-tokyo",
        "1996-10-15",
        "TOKYO STOCKS CLOSE LOWER.\n"
        "TOKYO 1996-10-15\n"
        "The Nikkei average fell [212.45|count|212.45|point] points, or [0.99 percent|percent|0.99|%], "
        "to [21,345.10|number|21345.1] on Tuesday. Volume was [380 million|count|380000000|share] shares, "
        "up from [325 million|count|325000000|share] on Monday. Declining issues outnumbered advancing "
        "ones [712|number|712] to [321|number|321]. The dollar was at [112.35 yen|money|112.35|JPY]. "
        "Sony fell [90 yen|money|90|JPY] to [6,210|money|6210|JPY].\n",
    ),
]
CHECK_BRIEFS = 2  # the last two briefs


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
        fig: dict[str, object] = {
            "text": span, "start": start, "end": len(text), "kind": kind, "value": _number(value),
        }  # fmt: skip
        if unit is not None:
            fig["unit"] = unit
        figures.append(fig)
        pos = m.end()
    return text + marked[pos:], figures


def check(cases: list[dict[str, object]]) -> None:
    """Fail on a bad offset, overlap, kind, unit, or a repeated id or text."""
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
                assert unit in UNIT_SYMBOLS, (c["id"], unit)
            elif kind == "count":
                assert isinstance(unit, str) and unit.isalpha() and unit.islower(), (c["id"], unit)
            else:
                assert unit is None, (c["id"], unit)


def write(name: str, cases: list[dict[str, object]]) -> None:
    check(cases)
    with (HERE / name).open("w", encoding="utf-8") as out:
        for c in cases:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark(marked)
            case = {"id": f"own-f4-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "text": text, "figures": figures}  # fmt: skip
            (hold if n % 4 == 0 else dev).append(case)
    write("own-figures-dev4.jsonl", dev)
    write("own-figures-dev4-check.jsonl", hold)
    briefs = []
    for key, ref, marked in BRIEFS:
        text, figures = unmark(marked)
        briefs.append({"id": f"own-fb4-{key}", "family": "brief", "source": SOURCE,
                       "reference_date": ref, "text": text, "figures": figures})  # fmt: skip
    write("own-figures-briefs-dev4.jsonl", briefs[:-CHECK_BRIEFS])
    write("own-figures-briefs-dev4-check.jsonl", briefs[-CHECK_BRIEFS:])
    print(len(dev), len(hold), len(briefs))


if __name__ == "__main__":
    main()
