"""Build eval/own-figures-dev5.jsonl and own-figures-dev5-check.jsonl.

Fifth figure dev set (issue 14, figures half, session 6): short expressions of the kinds that
peer number suites hold, in families that compose: numbers in words, fractions (Unicode,
mixed, in words), digit groups and scale suffixes, currencies by CLDR name/code/symbol, two
units summed, pint units (names, plurals, abbreviations, symbols, hyphenated adjectives),
comparators, ranges, percentages in words, ordinals, signed numbers and temperatures, and
negatives (sub-day durations, times, designations, vague amounts, adverbial "first").
Every case was written by hand for briefx (none is copied from any set or peer suite; every
figure is invented) and annotated by ``shared/eval/ANNOTATION.md`` and the readings in
``eval/README.md`` before briefx was run on it.

Markup as in ``build_own_figures_dev3.py``: ``[span|kind|value|unit]``. In each family the
cases numbered n with n % 7 in (0, 3) go to the ``-check`` file: it is scored only at the end
of a session.

Run from the project root: ``python eval/build_own_figures_dev5.py`` (rewrites the files).
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
    "l", "ml", "dl", "bbl", "km/h", "mph", "km2", "acre", "ha", "kWh", "yd", "ft2", "ft3", "m2",
    "m3", "°C", "°F", "kn", "MW",
}  # fmt: skip

CASES: dict[str, list[str]] = {
    "words": [
        "[nine thousand three hundred and twelve|number|9312]",
        "[6 thousand 4 hundred|number|6400]",
        "[three hundred point two five|number|300.25]",
        "[two and a half billion|number|2500000000]",
        "The charity raised [two hundred and thirty thousand pounds|money|230000|GBP].",
        "[Some eighteen hundred|count|1800|worker] workers walked out.",
        "[seventy-five thousand four hundred|number|75400]",
        "The county has [four and a quarter million|count|4250000|resident] residents.",
        "[eleven twelfths|number|0.9166666667]",
        "The stadium holds [sixty-two thousand five hundred|count|62500|fan] fans.",
        "[five point zero eight|number|5.08]",
        "The tanker spilled [3 million 400 thousand litres|quantity|3400000|l] of oil.",
        "[one hundred and one|number|101]",
        "The jackpot reached [ninety-one million dollars|money|91000000|USD].",
        "[four fifths|number|0.8]",
        "The ministry hired [nineteen hundred and fifty|count|1950|teacher] teachers.",
    ],
    "fractions": [
        "[5¾|number|5.75]",
        "[⅔|number|0.6666666667]",
        "The board raised the dividend yield to [4½%|percent|4.5|%].",
        "The creek rose [2⅓ feet|quantity|2.3333333333|ft] overnight.",
        "The course is [6 1/4 miles|quantity|6.25|mi] long.",
        "Mortgage rates climbed to [6 3/8 percent|percent|6.375|%].",
        "Snow totals reached [8½ inches|quantity|8.5|in] on the ridge.",
        "The runner covered [3⅛ miles|quantity|3.125|mi] before dawn.",
        "The parcel weighs [1¾ kilograms|quantity|1.75|kg].",
        "Shares of the miner rose [¼|number|0.25] to [18⅝|number|18.625].",
        "The state will borrow [$1½ billion|money|1500000000|USD].",
        "The trail is [two and a third miles|quantity|2.3333333333|mi] long.",
        "The bank cut its rate by [1/2 percentage point|percent|0.5|pp].",
        "[9 7/8|number|9.875]",
    ],
    "scale": [
        "The town has [85 000|count|85000|household] households.",
        "The trust paid out [2,50,000 rupees|money|250000|INR] in grants.",
        "Revenue climbed to [$3.4b|money|3400000000|USD] last year.",
        "The airline carried [4mn|count|4000000|passenger] passengers.",
        "The contract is valued at [EUR 7M|money|7000000|EUR].",
        "The scheme covers [8 lakh|count|800000|family] families.",
        "The state approved [₹6 crore|money|60000000|INR] for the bridge.",
        "Profit fell to [£1.8bn|money|1800000000|GBP] in the half.",
        "The clip has [250k|count|250000|view] views.",
        "Deposits grew to [Rs. 12,40,500|money|1240500|INR] by March.",
        "The country exported [2.4 mln tonnes|quantity|2400000|t] of sugar.",
        "The flyover will cost [40 crore rupees|money|400000000|INR].",
        "The region has [1 040 000|count|1040000|inhabitant] inhabitants.",
        "Sales topped [USD 3.2bn|money|3200000000|USD].",
        "The firm spent [$900m|money|900000000|USD] on the mine.",
    ],
    "currency": [
        "Visitors pay [20 Jordanian dinars|money|20|JOD] to enter the site.",
        "The fine is [600 Moroccan dirhams|money|600|MAD].",
        "A meal costs [90,000 Lebanese pounds|money|90000|LBP] in Beirut.",
        "The bonus is [3,000 Qatari riyals|money|3000|QAR].",
        "Drivers pay [₺50|money|50|TRY] at the toll.",
        "A bus ticket costs [₲5,000|money|5000|PYG].",
        "The club paid [CHF 1'000|money|1000|CHF] for the kit.",
        "Entry costs [¥3000|money|3000|JPY] at weekends.",
        "A kilo of rice costs [Rs. 80|money|80|INR].",
        "The council paid [4.5 million Norwegian kroner|money|4500000|NOK] for the land.",
        "Each farmer got [150 Ghanaian cedis|money|150|GHS].",
        "The microloan was [300 Philippine pesos|money|300|PHP].",
        "The fee rose to [350 South African rand|money|350|ZAR].",
        "The deal is worth [2 billion Chilean pesos|money|2000000000|CLP].",
        "The hotel charges [₫1,500,000|money|1500000|VND] a night.",
        "Tickets cost [AED 150|money|150|AED] at the gate.",
        "The company was fined [80 million rubles|money|80000000|RUB].",
        "The start-up raised [₪40 million|money|40000000|ILS].",
        "[forty-five Swiss francs|money|45|CHF]",
    ],
    "two-unit": [
        "The fare is [$3 and 75 cents|money|3.75|USD].",
        "The goalkeeper is [6 feet 5 inches|quantity|6.4166666667|ft] tall.",
        "The recruit stands [5′11″|quantity|5.9166666667|ft] in his boots.",
        "The trout weighed [4 pounds 6 ounces|quantity|4.375|lb].",
        "The boy is [4 ft 2 in|quantity|4.1666666667|ft] tall.",
        "A coffee costs [£2 and 80p|money|2.8|GBP] at the station.",
        "The pole is [3 metres 25 centimetres|quantity|3.25|m] long.",
        "The refund came to [15 euros 30 cents|money|15.3|EUR].",
        "The gap is [2 feet 3 inches|quantity|2.25|ft] wide.",
        "The lamb weighed [11 lb 8 oz|quantity|11.5|lb].",
        "The race is run over [1 mile 100 yards|quantity|1.0568181818|mi].",
        "The hose is [12 ft 6 in|quantity|12.5|ft] long.",
        "The tip came to [8 dollars and 40 cents|money|8.4|USD].",
    ],
    "units": [
        "The storm dropped [75 millimetres|quantity|75|mm] of rain.",
        "The patient took [400 mg|quantity|400|mg] of ibuprofen.",
        "The jug holds [2 decilitres|quantity|2|dl].",
        "A [9-inch|quantity|9|in] blade was found at the scene.",
        "Temperatures hit [38°C|quantity|38|°C] in the capital.",
        "The new train reached [320 km/h|quantity|320|km/h] on the test run.",
        "The flat measures [750 sq ft|quantity|750|ft2].",
        "The tank holds [30 cubic metres|quantity|30|m3] of fuel.",
        "The airport is [14 miles|quantity|14|mi] from downtown.",
        "She threw the discus [68.4 m|quantity|68.4|m].",
        "Hailstones [4 cm|quantity|4|cm] across fell on the town.",
        "The warehouse covers [8,000 square metres|quantity|8000|m2].",
        "The kettle holds [1.7 litres|quantity|1.7|l].",
        "Gusts reached [95 mph|quantity|95|mph] on the coast.",
        "The new turbine produces [8 MW|quantity|8|MW].",
        "A [20-metre|quantity|20|m] yacht sank off the cape.",
        "The oven reached [450°F|quantity|450|°F].",
        "The parcel weighs [12 ounces|quantity|12|oz].",
        "The pitch is [110 yards|quantity|110|yd] long.",
        "The jet cruised at [35,000 feet|quantity|35000|ft].",
    ],
    "comparator": [
        "[Nearly 600|count|600|home] homes lost power.",
        "Turnout was [above 65%|percent|65|%].",
        "The fine is [at most €500|money|500|EUR].",
        "[No more than 25|count|25|person] people may gather indoors.",
        "The project cost [upwards of $80 million|money|80000000|USD].",
        "Damage is put [in excess of £3 billion|money|3000000000|GBP].",
        "The ferry carries [under 300|count|300|passenger] passengers.",
        "The quake killed [at least 45|count|45|person] people.",
        "[Almost 1.2 million|count|1200000|person] people voted early.",
        "The storm brought [more than 200 mm|quantity|200|mm] of rain.",
        "Prices fell by [about 3 percent|percent|3|%].",
        "[Just over 4,000|count|4000|runner] runners finished.",
        "[Fewer than 10 percent|percent|10|%] of homes have solar panels.",
        "The camp is [roughly 40 kilometres|quantity|40|km] from the border.",
        "Rents rose by [as much as 20%|percent|20|%].",
        "[Approximately 350|count|350|flight] flights were cancelled.",
    ],
    "range": [
        "The parcels weigh between [5|quantity|5|kg] and [10 kg|quantity|10|kg].",
        "Prices rose [5|percent|5|%]-[10%|percent|10|%] in the quarter.",
        "The upgrade will cost from [$3|money|3000000|USD] to [$5 million|money|5000000|USD].",
        "The storm could drop [4|quantity|4|in] to [8 inches|quantity|8|in] of snow.",
        "Between [30|count|30|person] and [40|count|40|person] people were hurt.",
        "Inflation is seen at [2|percent|2|%]-[3 percent|percent|3|%] next year.",
        "The quake struck [10|quantity|10|km]–[15 km|quantity|15|km] below the surface.",
        "The bill would cost [£2bn|money|2000000000|GBP] to [£3bn|money|3000000000|GBP].",
        "Rents rose [8|percent|8|%] to [12 per cent|percent|12|%].",
        "The tower will be [150|quantity|150|m]-[200 metres|quantity|200|m] tall.",
        "The fund will invest between [€1|money|1000000000|EUR] and [€2 billion|money|2000000000|EUR].",
        "The site hired [50|count|50|worker] to [60|count|60|worker] workers.",
        "Winds reached [80|quantity|80|km/h]-[100 km/h|quantity|100|km/h] overnight.",
        "Fares will rise between [2|percent|2|%] and [4 pct|percent|4|%].",
    ],
    "percent-words": [
        "Support reached [fifty percent|percent|50|%] in the poll.",
        "Unemployment fell to [4.2 per cent|percent|4.2|%].",
        "Sales were up [6 pct|percent|6|%] in May.",
        "Turnout was [sixty-two per cent|percent|62|%].",
        "Prices rose [three point five percent|percent|3.5|%].",
        "[twenty five percent|percent|25|%]",
        "[one hundred percent|percent|100|%]",
        "The union demanded a [nine per cent|percent|9|%] rise.",
        "Exports slipped [0.8 pct|percent|0.8|%] from a year earlier.",
        "The approval rating dropped [twelve percentage points|percent|12|pp].",
        "The levy rose to [seventeen and a half percent|percent|17.5|%].",
        "Margins widened to [11.5 percent|percent|11.5|%].",
        "[forty per cent|percent|40|%]",
    ],
    "ordinal": [
        "The team won its [twenty-third|ordinal|23] title.",
        "Crowds gathered for the [101st|ordinal|101] anniversary.",
        "It was the company's [fourth|ordinal|4] recall this year.",
        "The club finished in [12th|ordinal|12] place.",
        "The [3rd|ordinal|3] round of talks ended without a deal.",
        "The bank cut rates for the [seventh|ordinal|7] time.",
        "The [hundredth|ordinal|100] ship left the yard.",
        "She won her [second|ordinal|2] medal on the track.",
        "The museum celebrated its [250th|ordinal|250] birthday.",
        "The [sixty-first|ordinal|61] session of the assembly opened.",
        "The [22nd|ordinal|22] floor of the tower was evacuated.",
        "The [thirty-fifth|ordinal|35] edition of the fair drew crowds.",
        "The [43rd|ordinal|43] annual congress opened.",
    ],
    "signed": [
        "Temperatures fell to [minus 5 degrees Celsius|quantity|-5|°C].",
        "Growth was [-3.5%|percent|-3.5|%] in the quarter.",
        "The thermometer read [-12°C|quantity|-12|°C] at dawn.",
        "Real wages grew by [minus 2 percent|percent|-2|%].",
        "The account showed a balance of [-$450|money|-450|USD].",
        "Lows of [minus 20 degrees Fahrenheit|quantity|-20|°F] are forecast.",
        "Net migration was [-12,000|number|-12000] last year.",
        "The gauge showed [−7.5|number|-7.5] at noon.",
        "The lake froze at [minus 3 degrees Celsius|quantity|-3|°C].",
        "Output grew by [minus 1.2%|percent|-1.2|%] in May.",
        "The reading was [+4.5|number|4.5] on the scale.",
        "The night fell to [−8 °C|quantity|-8|°C] in the valley.",
        "Margins shrank to [-0.7 per cent|percent|-0.7|%].",
    ],
    "negative": [
        "The meeting lasted 1 hour and 30 minutes.",
        "First, the minister thanked the staff.",
        "Millions of people watched the final.",
        "The Airbus A320 was grounded after the incident.",
        "The train leaves at 6:45 p.m. on weekdays.",
        "Dozens of shops were looted overnight.",
        "Two out of three voters backed the plan.",
        "The airline filed for Chapter 11 protection.",
        "The pair talked for ten minutes.",
        "The contract runs for 30 days.",
        "Scores of residents were evacuated.",
        "One of the engines failed on take-off.",
        "Under Article 7 of the charter, members may appeal.",
    ],
}


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
            case = {"id": f"own-f5-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "text": text, "figures": figures}  # fmt: skip
            (hold if n % 7 in (0, 3) else dev).append(case)
    write("own-figures-dev5.jsonl", dev)
    write("own-figures-dev5-check.jsonl", hold)
    print(len(dev), len(hold))


if __name__ == "__main__":
    main()
