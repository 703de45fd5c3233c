"""Build eval/own-figures-briefs-dev28.jsonl and own-figures-briefs-dev28-check.jsonl.

Figure dev set of session 28 (issue 14, figs12): short brief-style passages (a headline and a
lead, a dateline or none, as official releases and wire copy write them), written fresh by
hand, on one question: which currency a money figure is in, decided by the document's own
country. Four families:

1. ``issuer``: a release whose issuing body names its country or its people ("Statistics
   Canada", "The Reserve Bank of Australia", "The Monetary Authority of Singapore", "The Hong
   Kong Monetary Authority") and writes "$" with no word "Canadian" or "Australian" near it:
   the country's dollar (ANNOTATION.md: "a Canadian government release: '$5 million' -> CAD").
2. ``region``: a province's or state's release ("The Ontario Government ... in Toronto"), and a
   dateline whose city several countries have ("VICTORIA", "HAMILTON", "LONDON") read with the
   places the text names.
3. ``names``: a currency's name or letters that several currencies share, read in the
   currency of the text's country on its date: "pesos" (MXN, CLP, PHP), "rials", "marks" and
   "Dm" in 1996-97 German wires (DEM), "rupees" and "Rs" with lakh and crore, "yen".
4. ``keep``: what must stay: a U.S. text's "$"; "US$" and "U.S. dollars" in a Canadian text;
   a British text's "$" (the pound is no dollar); a euro anywhere; a text with no country
   evidence (USD, the default); a world price in a dollar country's text.

Readings used where the conventions are silent (earlier sets' readings kept): a bare "$" in a
text from a dollar country is that country's dollar unless the amount is a world price or its
clause is about the United States; a bare "$" in a text with no evidence of its country is the
U.S. dollar; "marks" in a German text of the 1990s is the Deutsche Mark (DEM); a currency named
by a word several countries share is the one of the country the text is about. Every case was
written by hand for briefx (people, firms and figures invented) and annotated by
``shared/eval/ANNOTATION.md`` before briefx was run on it. Markup as in
``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. A case may open with ``@YYYY-MM-DD ``,
its reference date (default ``REFERENCE``). Case n with n % 3 == 0 of each family goes to the
``-check`` file: scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_figures_briefs_dev28.py`` (rewrites the files).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

REFERENCE = "2026-03-06"
DATED = re.compile(r"@(\d{4}-\d\d-\d\d) ")

CASES: dict[str, list[str]] = {
    "issuer": [
        "Retail sales slip in January\n\nStatistics Canada said on Friday that retail sales fell [0.4%|percent|0.4|%] to [$67.9 billion|money|67900000000|CAD] in January, led by lower sales at gasoline stations.",
        "Central bank holds\n\nThe Bank of Canada held its policy rate at [2.25%|percent|2.25|%] on Wednesday and said household debt had reached [$2.6 trillion|money|2600000000000|CAD].",
        "Housing permits rise\n\nCanada Mortgage and Housing Corporation said the value of building permits rose to [$12.4 billion|money|12400000000|CAD] in February.",
        "Wages growth steady\n\nThe Australian Bureau of Statistics said average weekly earnings rose to [$1,975|money|1975|AUD] in November.",
        "Rate on hold\n\nThe Reserve Bank of Australia kept its cash rate at [3.6%|percent|3.6|%] and said housing credit had grown to [$2.4 trillion|money|2400000000000|AUD].",
        "Tax take up\n\nThe Australian Taxation Office collected [$48 billion|money|48000000000|AUD] in the March quarter, its annual report shows.",
        "Reserves steady\n\nThe Monetary Authority of Singapore said official foreign reserves stood at [$512 billion|money|512000000000|SGD] at the end of February.",
        "Grants for firms\n\nThe Singapore Economic Development Board said it would give [$300 million|money|300000000|SGD] in grants to [40|count|40|firm] firms building plants in Tuas.",
        "Mortgages climb\n\nThe Reserve Bank of New Zealand said mortgage lending rose to [$385 billion|money|385000000000|NZD] in January.",
        "Deposits rise\n\nThe Hong Kong Monetary Authority said total deposits rose to [$16.1 trillion|money|16100000000000|HKD] in January.",
        "Exports dip\n\nStatistics Canada said exports fell to [$63.2 billion|money|63200000000|CAD] in December, while imports held at [$64.1 billion|money|64100000000|CAD].",
        "Budget gap narrows\n\nThe Australian Treasury said the deficit would narrow to [$27 billion|money|27000000000|AUD] next year.",
    ],
    "region": [
        "Transit deal\n\nThe Ontario Government will put [$1.2 billion|money|1200000000|CAD] into a subway extension, the transport minister told reporters in Ottawa.",
        "Water systems\n\nThe Government of Alberta will lend [$80 million|money|80000000|CAD] to irrigation districts near Lethbridge, the agriculture minister said.",
        "Rail upgrade\n\nThe Queensland Government will spend [$900 million|money|900000000|AUD] on the coastal rail line to Cairns, the minister said.",
        "VICTORIA - The province will spend [$210 million|money|210000000|CAD] on wildfire crews based in Kamloops and Prince George, the forests minister said.",
        "HAMILTON - The district health board will spend [$65 million|money|65000000|NZD] on a hospital wing, officials in Auckland and Rotorua said.",
        "LONDON - The city council will spend [$40 million|money|40000000|CAD] on a transit line to Toronto and Windsor, the mayor said.",
        "HALIFAX - The province will spend [$12 million|money|12000000|CAD] on [two|count|2|ferry] ferries, the transport minister said.",
        "Ferry upgrade\n\nThe Government of Quebec will invest [$500 million|money|500000000|CAD] in ports at Montreal and Quebec City.",
        "PERTH - The state will spend [$90 million|money|90000000|AUD] on a desalination plant, the water minister said.",
        "BRISBANE - The council approved a [$60 million|money|60000000|AUD] upgrade of bus stations in Ipswich and Logan.",
        "Roads funding\n\nThe Government of Saskatchewan said on Monday it will spend [$90 million|money|90000000|CAD] on highways between Regina and Saskatoon.",
        "KINGSTON - The city will spend [$80 million|money|80000000|CAD] on a new arena, Ontario officials said.",
    ],
    "names": [
        "Remittances rise\n\nRemittances to Mexico from workers in Texas and California rose. The average transfer was [6,200 pesos|money|6200|MXN].",
        "Copper taxes\n\nOutput rose in Chile, while Peru's fell. In the south, the state miner paid [900 billion pesos|money|900000000000|CLP] in taxes.",
        "Overseas workers\n\nThe Philippines and Japan signed a labour deal in Tokyo. Each worker will get [20,000 pesos|money|20000|PHP] for travel.",
        "Fuel prices\n\nWashington tightened sanctions on Iran on Monday. Bread in the capital now costs [60,000 rials|money|60000|IRR].",
        "@1996-05-10 FRANKFURT, May 10 (Reuters) - Daimler closed at [72.40 Dm|money|72.4|DEM], up [1.50 Dm|money|1.5|DEM], in Frankfurt trading.",
        "@1997-03-03 BONN, March 3 (Reuters) - The coalition will cut pension spending by [4.5 billion Dm|money|4500000000|DEM] next year, a government spokesman said.",
        "@1996-08-22 GERMANY: Bayer profit up.\n\nLEVERKUSEN 1996-08-22\n\nBayer said its pre-tax profit rose to [2.1 billion marks|money|2100000000|DEM] in the first half.",
        "@1996-05-10 Bank results\n\nThe German bank said on Friday its net profit rose to [1.2 billion marks|money|1200000000|DEM], while its London unit earned [200 million pounds|money|200000000|GBP].",
        "NEW DELHI - The Union Cabinet approved a highway plan costing [Rs 25,000 crore|money|250000000000|INR], and farmers will get [6,000 rupees|money|6000|INR] a year.",
        "TOKYO - Japan's exports rose to [9.2 trillion yen|money|9200000000000|JPY] in February, the finance ministry said.",
        "MEXICO CITY - The labour ministry raised the daily minimum wage to [315 pesos|money|315|MXN].",
        "TEHRAN - The oil ministry raised the price of petrol to [3,000 rials|money|3000|IRR] a litre.",
        "Harvest aid\n\nFarmers in Colombia and Ecuador lost crops to floods. Bogota will pay each family [1.5 million pesos|money|1500000|COP].",
    ],
    "keep": [
        "WASHINGTON - The Labor Department said average hourly earnings rose to [$36.10|money|36.1|USD], and the agency will spend [$4 billion|money|4000000000|USD] on training.",
        "Trade figures\n\nStatistics Canada said exports to the U.S. reached [US$45 billion|money|45000000000|USD], while the trade surplus was [$3.1 billion|money|3100000000|CAD].",
        "LONDON - The Treasury said a U.S. bank would invest [$2 billion|money|2000000000|USD] in the City, and the government would spend [£3 billion|money|3000000000|GBP] on rail.",
        "Energy fund\n\nThe Bank of England said a lender had raised [$4 billion|money|4000000000|USD] in New York.",
        "Fund launch\n\nStatistics Canada said the European fund reached [€12 billion|money|12000000000|EUR] in assets.",
        "Funding round\n\nThe start-up said it raised [$40 million|money|40000000|USD] from investors, its chief executive said.",
        "Grid grants\n\nThe U.S. Department of Energy will spend [$2.5 billion|money|2500000000|USD] on grid upgrades, it said on Tuesday.",
        "PARIS - TotalEnergies will pay [$1.1 billion|money|1100000000|USD] for a gas plant in Texas and a terminal in Louisiana.",
        "Budget assumptions\n\nThe Government of Alberta's budget assumes oil at [$74|money|74|USD] a barrel and forecasts a deficit of [$5.2 billion|money|5200000000|CAD].",
        "Tariffs\n\nThe Bank of Canada said the U.S. tariffs cover [5 million U.S. dollars|money|5000000|USD] of goods from each firm.",
        "Exam results\n\nIn Germany, the pupils scored [45|count|45|mark] marks on average in the spring tests.",
        "Court fine\n\nThe court fined the firm [500,000|count|500000|peso] pesos, the judge said.",
    ],
}  # fmt: skip


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            dated = DATED.match(marked)
            day = dated.group(1) if dated is not None else REFERENCE
            text, figures = unmark(marked[dated.end() :] if dated is not None else marked)
            case = {"id": f"own-f28-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": day, "text": text, "figures": figures}  # fmt: skip
            (hold if n % 3 == 0 else dev).append(case)
    write("own-figures-briefs-dev28.jsonl", dev)
    write("own-figures-briefs-dev28-check.jsonl", hold)
    for name, cases in (("dev28", dev), ("dev28-check", hold)):
        print(name, len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
