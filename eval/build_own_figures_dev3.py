"""Build eval/own-figures-dev3.jsonl from inline markup, and check it.

Each case is written once, with its figures marked inline: ``[span|kind|value|unit]``
(unit left out for ``number`` and ``ordinal``). The script cuts the marks out, computes the
character offsets from the span strings, and checks: ``text[start:end] == span``; spans in
order without overlap; a known kind; an ISO 4217 code for money, ``%``/``pp`` for percent, a
unit symbol for quantity, a noun for count; unique ids and texts. The texts were written by
hand for briefx (issue 14's figure families), annotated by ``shared/eval/ANNOTATION.md`` and
the readings in ``eval/README.md``, before briefx was run on them.

Run from the project root: ``python eval/build_own_figures_dev3.py`` (rewrites the file).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parent / "own-figures-dev3.jsonl"
SOURCE = (
    "briefx own cases: written and annotated by hand for briefx by the project's annotators "
    "(ANNOTATION.md conventions), MIT"
)
MARK = re.compile(r"\[([^\]|]+)\|(\w+)\|([^|\]]+)(?:\|([^\]]+))?\]")
KINDS = {"money", "percent", "count", "quantity", "number", "ordinal"}
UNIT_SYMBOLS = {
    "km", "mi", "m", "ft", "in", "mm", "cm", "kg", "g", "mg", "lb", "oz", "t", "ton", "gal",
    "l", "ml", "dl", "bbl", "km/h", "mph", "km2", "acre", "ha", "kWh", "yd", "ft3", "°C",
}  # fmt: skip

CASES: dict[str, list[str]] = {
    "words": [
        "The warehouse shipped [6 thousand 5 hundred and 12|count|6512|crate] crates.",
        "The gauge read [two hundred and six point five|number|206.5].",
        "Officials expect [three and a half million|count|3500000|tourist] tourists this summer.",
        "[Twelve hundred and fifty|count|1250|delegate] delegates registered.",
        "The fund holds [1 million 250 thousand euros|money|1250000|EUR].",
        "The estate sold for [two point seven five million pounds|money|2750000|GBP].",
        "The ship carried [three hundred and twelve|count|312|passenger] passengers and [forty|count|40|crew] crew.",
        "The lottery prize is [one hundred and twenty-five million dollars|money|125000000|USD].",
        "The survey reached [one and a quarter million|count|1250000|household] households.",
        "Exports rose to [seven and three quarter billion dollars|money|7750000000|USD].",
        "[two hundred point five|number|200.5]",
        "[three twentieths|number|0.15]",
        "[one and a quarter|number|1.25]",
        "[forty-two thousand and six|number|42006]",
        "[zero point zero five|number|0.05]",
        "[nine sixteenths|number|0.5625]",
        "[three and a half million|number|3500000]",
        "[4 thousand 2 hundred and 7|number|4207]",
    ],
    "fractions": [
        "Rain totals reached [2¼ inches|quantity|2.25|in] in the valley.",
        "The bank raised its lending rate to [3½%|percent|3.5|%].",
        "Mortgage rates hit [7⅛%|percent|7.125|%].",
        "The trail is [9 3/4 miles|quantity|9.75|mi] long.",
        "Prices rose [1 3/4 percent|percent|1.75|%] in March.",
        "The pipe is [5⅝ inches|quantity|5.625|in] wide.",
        "The board lifted the dividend by [2 1/2 cents|money|0.025|USD] a share.",
        "Snow depth hit [10½ feet|quantity|10.5|ft] on the pass.",
        "Inflation held at [one and a half percent|percent|1.5|%].",
        "Crews repaired [4¾ miles|quantity|4.75|mi] of road.",
        "The melon weighed [two and three quarter pounds|quantity|2.75|lb].",
        "The bond yield slipped to [4⅜ percent|percent|4.375|%].",
        "[2¼|number|2.25]",
        "[¾|number|0.75]",
    ],
    "scale": [
        "The district has [1 250 000|count|1250000|voter] voters.",
        "The state budget is [₹2,45,000 crore|money|2450000000000|INR].",
        "The trust paid out [1,23,45,678 rupees|money|12345678|INR].",
        "The startup raised [$4.5b|money|4500000000|USD] in its latest round.",
        "Net profit was [€3mn|money|3000000|EUR].",
        "The contract is valued at [USD 12M|money|12000000|USD].",
        "The game sold [3.2mn|count|3200000|copy] copies.",
        "The channel has [15k|count|15000|subscriber] subscribers.",
        "The deal is worth [GBP 2.3bn|money|2300000000|GBP].",
        "The fund has [$1.2 trillion|money|1200000000000|USD] under management.",
        "Turnover hit [SEK 1 450 million|money|1450000000|SEK].",
        "The ticket was [15 USD 50|money|15.5|USD] at the door.",
        "Losses reached [0.5bn dollars|money|500000000|USD].",
        "The scheme will build [3.5 lakh|count|350000|home] homes.",
    ],
    "currency": [
        "Each worker earns [forty Malaysian ringgit|money|40|MYR] a day.",
        "A taxi ride costs [KSh 200|money|200|KES] in Nairobi.",
        "The fee is [₡100|money|100|CRC] per visit.",
        "Tomatoes sell for [EGP 42|money|42|EGP] a kilo.",
        "The fine was [500 Turkish lira|money|500|TRY].",
        "Bus fares rose to [2.50 Brazilian reais|money|2.5|BRL].",
        "The ministry set aside [3 billion Nigerian naira|money|3000000000|NGN].",
        "The loan was [₴1.2 billion|money|1200000000|UAH].",
        "Farmers received [800 Kenyan shillings|money|800|KES] per bag.",
        "The budget allots [45 million Swedish kronor|money|45000000|SEK] to research.",
        "The museum charges [฿350|money|350|THB] for entry.",
        "The fine is [2,000 Czech korunas|money|2000|CZK].",
        "Rent is [1,500 zloty|money|1500|PLN] a month.",
        "Exports earned [₩3 trillion|money|3000000000000|KRW].",
        "The price is [12,000 Vietnamese dong|money|12000|VND].",
        "Ghana will spend [GH₵500 million|money|500000000|GHS] on roads.",
        "The contract is worth [90 million Saudi riyals|money|90000000|SAR].",
        "Tickets cost [50 Hong Kong dollars|money|50|HKD].",
        "The fine is [AUD 250|money|250|AUD].",
    ],
    "two-unit": [
        "The child is [4 feet 3 inches|quantity|4.25|ft] tall.",
        "The refund was [$14 and 75 cents|money|14.75|USD].",
        "The swordfish weighed [210 pounds 8 ounces|quantity|210.5|lb].",
        "The fund now holds [2 billion and 500 million dollars|money|2500000000|USD].",
        "The track measures [1 kilometre 200 metres|quantity|1.2|km].",
        "The price was [£3 and 20p|money|3.2|GBP].",
        "The cable is [3 metres 40 centimetres|quantity|3.4|m] long.",
        "The fare was [12 euros 40 cents|money|12.4|EUR].",
        "The baby weighed [7 lb 4 oz|quantity|7.25|lb] at birth.",
        "The shelf is [2 yards 1 foot|quantity|2.3333333333|yd] wide.",
        "Each share paid [1 dollar 5 cents|money|1.05|USD].",
    ],
    "units": [
        "The patient was given [5 milligram|quantity|5|mg] doses.",
        "The recipe calls for [3 decilitres|quantity|3|dl] of milk.",
        "A [12-foot|quantity|12|ft] wall surrounds the site.",
        "The monitor measures [32″|quantity|32|in].",
        "The tanker carries [2 million barrels|quantity|2000000|bbl] of crude.",
        "Winds of [120 mph|quantity|120|mph] battered the coast.",
        "The drought shrank the lake by [14 square kilometres|quantity|14|km2].",
        "The river rose [3.5 metres|quantity|3.5|m] overnight.",
        "The bridge spans [450 yards|quantity|450|yd].",
        "Each bag holds [25 kilos|quantity|25|kg] of rice.",
        "The vaccine is stored at [minus 70 degrees Celsius|quantity|-70|°C].",
        "The airport lies [30 kms|quantity|30|km] from the city.",
        "The field covers [5 hectares|quantity|5|ha].",
        "The panels yield [600 kWh|quantity|600|kWh] a day.",
        "Rainfall of [45mm|quantity|45|mm] fell in an hour.",
        "The road climbs [2,300 ft|quantity|2300|ft].",
        "The shipment weighed [3.4 metric tons|quantity|3.4|t].",
        "A [5-gallon|quantity|5|gal] drum leaked.",
        "The pipeline carries [1.2 billion cubic feet|quantity|1200000000|ft3] of gas a day.",
    ],
    "comparator": [
        "The town recorded [above 300 millimetres|quantity|300|mm] of rain.",
        "[Nearly 2,000|count|2000|home] homes were damaged.",
        "The grant is worth [under £10,000|money|10000|GBP].",
        "The clinic treats [at most 50|count|50|patient] patients a day.",
        "[No fewer than 12|count|12|minister] ministers resigned.",
        "[Upwards of 5,000|count|5000|person] people marched.",
        "Turnout was [above 70%|percent|70|%].",
        "[Just shy of 1,000|count|1000|runner] runners finished.",
        "The fire burned [close to 20,000 acres|quantity|20000|acre].",
        "[Not more than 8 tonnes|quantity|8|t] may be loaded.",
        "The project will cost [in excess of $2 billion|money|2000000000|USD].",
        "The storm cut power to [almost 90,000|count|90000|customer] customers.",
        "The company has [north of 400|count|400|store] stores.",
        "The aid package totals [a little over €40 million|money|40000000|EUR].",
        "The firm employs [fewer than 250|count|250|staff] staff.",
        "The charity fed [over 12,000|count|12000|family] families.",
    ],
    "tally": [
        "The board voted [9|number|9]-[0|number|0] to approve the merger.",
        "The visitors won [2|number|2]–[0|number|0] in the rain.",
        "The Senate passed the bill [51|number|51]-[49|number|49].",
        "The jury split [10|number|10]-[2|number|2].",
        "The champions drew [1|number|1]-[1|number|1] with the league leaders.",
        "Lawmakers rejected the motion [212|number|212]–[220|number|220].",
        "The team lost [3|number|3]-[4|number|4] on penalties.",
        "The court ruled [5|number|5] to [4|number|4] in the case.",
        "Italy beat Spain [2|number|2]-[1|number|1] in the final.",
    ],
    "basis-points": [
        "The central bank cut its rate by [25 basis points|percent|0.25|pp].",
        "Yields rose [15 bps|percent|0.15|pp] on the day.",
        "The bank delivered a [50 basis point|percent|0.5|pp] hike.",
        "Spreads widened by [120 basis points|percent|1.2|pp].",
        "The lender announced a [75bp|percent|0.75|pp] increase.",
    ],
    "negative": [
        "Thousands of fans and dozens of officials attended.",
        "The Boeing 737 landed safely.",
        "Section 12(b) of the act applies.",
        "Two in five renters struggle with costs.",
        "It was a multimillion-dollar deal.",
        "Half the staff left.",
        "One of the pilots was injured.",
        "He finished number one in the polls.",
    ],
}


def _number(raw: str) -> int | float:
    v = Decimal(raw)
    return int(v) if v == v.to_integral_value() else float(round(v, 10))


def case(family: str, n: int, marked: str) -> dict[str, object]:
    """Cut the marks out of ``marked`` and return the case with offsets."""
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
    text += marked[pos:]
    return {
        "id": f"own-f3-{family}-{n:03d}",
        "family": family,
        "source": SOURCE,
        "text": text,
        "figures": figures,
    }


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


def main() -> None:
    cases = [case(fam, n, m) for fam, rows in CASES.items() for n, m in enumerate(rows, 1)]
    check(cases)
    with OUT.open("w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    n_fig = sum(len(c["figures"]) for c in cases)  # type: ignore[arg-type]
    print(f"{OUT.name}: {len(cases)} cases, {n_fig} figures")


if __name__ == "__main__":
    main()
