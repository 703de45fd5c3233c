"""Build eval/own-figures-dev30d.jsonl (+ -check) and eval/own-briefs-dev30d.jsonl (+ -check).

Figure dev set of session 30 (issue 14, dollar17): which currency a "$" means, decided by the
document's home and by its own statement of its currency. Cases are short passages with a
reference date; briefs are longer release- and wire-style texts (figures annotated only). Five
families:

1. ``home``: a city's, region's or province's government body issues the text and writes "$"
   with no country named ("Brampton City Council", "City of Winnipeg", "Auckland Council",
   "Government of Nova Scotia"); a dateline with its province abbreviated ("SURREY, B.C.",
   "LONDON, Ont."): that country's dollar (ANNOTATION.md: a Canadian government release's
   "$5 million" is CAD).
2. ``stated``: the text says what its figures are in ("All figures are in U.S. dollars",
   "(USD million)", "(All figures in Canadian dollars)", "The group reports in US$"): the
   statement wins over the home country, both ways.
3. ``peso``: a government body of a peso country that writes "$" for its pesos in its own
   release ("Chile's Ministry of Finance", "The Colombian Treasury", no news dateline in
   capitals): the peso; a firm's, a wire's or a correspondent's ("SANTIAGO - ...") "$" from the
   same countries stays the U.S. dollar.
4. ``marked``: a bare "$" after a "US$" amount in the same clause is the U.S. dollar; wire copy
   filed abroad writes "$" for U.S. dollars next to "C$" and "A$".
5. ``keep``: what must stay: a U.S. city's budget; a firm named after a city; a Canadian
   release's "$" with a world price; "priced in U.S. dollars" said of one good; "Mexico City".

Readings used where the conventions are silent (earlier sets' readings kept): a bare "$" is the
home country's dollar where the text is issued from a dollar country other than the U.S.; a
peso country's "$" is the peso only in its government's own release; a statement of the
text's currency applies to every bare "$" of the text. Every case was written by hand for
briefx (people, bodies, firms and figures invented) and annotated by ``shared/eval/ANNOTATION.md``
before briefx was run on it. Markup as in ``build_own_figures_dev5.py``:
``[span|kind|value|unit]``. A case may open with ``@YYYY-MM-DD `` (default ``REFERENCE``).
Case n with n % 3 == 0 of each family goes to the ``-check`` file: scored once, at the end.

Run from the project root: ``python eval/build_own_figures_dev30d.py`` (rewrites the files).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

REFERENCE = "2026-11-20"
DATED = re.compile(r"@(\d{4}-\d\d-\d\d) ")

CASES: dict[str, list[str]] = {
    "home": [
        "Budget passed\n\nOakville Town Council approved a [$420 million|money|420000000|CAD] operating budget on Tuesday, with [$18 million|money|18000000|CAD] for road resurfacing.",
        "Capital plan\n\nThe City of Edmonton will spend [$2.1 billion|money|2100000000|CAD] on its light rail line, the mayor said.",
        "Water rates\n\nHamilton City Council voted to borrow [$95 million|money|95000000|CAD] for a treatment plant near Burlington and Brantford.",
        "Stormwater levy\n\nChristchurch City Council has approved [$140 million|money|140000000|NZD] for flood defences along the Avon River, the mayor said.",
        "Housing fund\n\nThe Government of Manitoba will put [$60 million|money|60000000|CAD] into [1,200|count|1200|home] affordable homes, the housing minister said on Monday.",
        "SURREY, B.C. - The city will spend [$48 million|money|48000000|CAD] on a new recreation centre, council said.",
        "LONDON, Ont. - The city's transit commission approved [$32 million|money|32000000|CAD] for electric buses.",
        "Parks upgrade\n\nBrisbane City Council will invest [$75 million|money|75000000|AUD] in riverside parks over the next two years.",
        "Tram line\n\nThe Municipality of Calgary approved a [$310 million|money|310000000|CAD] tram extension, officials said.",
        "KINGSTON, Ont. - Council set aside [$12 million|money|12000000|CAD] for a waterfront path.",
        "Roads programme\n\nDunedin City Council will spend [$28 million|money|28000000|NZD] resealing roads this summer.",
        "Libraries\n\nMississauga City Council approved [$22 million|money|22000000|CAD] for [three|count|3|library] new libraries.",
    ],
    "stated": [
        "Shipping results\n\nThe Hong Kong-listed shipping group reported net profit of [$512 million|money|512000000|USD] for 2025, up from [$388 million|money|388000000|USD]. All figures are in U.S. dollars.",
        "TAIPEI - Norvale Semiconductor reported revenue of [$4.6 billion|money|4600000000|USD] for the third quarter, up [12%|percent|12|%]. (Figures in US dollars.)",
        "TORONTO - Birchfield Gold said all amounts are in U.S. dollars. It reported quarterly revenue of [$215 million|money|215000000|USD].",
        "Results\n\nSingapore-based Tessary Logistics reports its results in US$. Revenue rose to [$1.9 billion|money|1900000000|USD] in 2025.",
        "SYDNEY - Coralind Resources said net profit was [$720 million|money|720000000|USD] for the year (all figures in U.S. dollars).",
        "TORONTO (Reuters) - Lakehead Rail said revenue rose to [$3.1 billion|money|3100000000|CAD]. (All figures in Canadian dollars unless noted.)",
        "WELLINGTON - Kauri Dairy's revenue rose to [$6.8 billion|money|6800000000|USD] (all amounts in US$).",
        "Quarterly update\n\nThe Vancouver-based miner reported a loss of [$44 million|money|44000000|USD]. Amounts are expressed in U.S. dollars.",
        "SINGAPORE (Reuters) - Palmyra Foods said profit rose to [$210 million|money|210000000|SGD]. (All figures in Singapore dollars.)",
    ],
    "peso": [
        "Pension costs\n\nChile's Ministry of Finance said the pension reform will cost [$1.4 billion|money|1400000000|CLP] a year.",
        "Budget bill\n\nThe Chilean Budget Office said the 2027 budget allots [$9,800 million|money|9800000000|CLP] to public hospitals.",
        "Transfers\n\nThe Colombian Treasury said it would transfer [$2.3 trillion|money|2300000000000|COP] to regional governments.",
        "SANTIAGO - The copper miner will invest [$750 million|money|750000000|USD] in a new smelter, its chief executive said.",
        "MEXICO CITY - Remittances reached [$5.9 billion|money|5900000000|USD] in May, the central bank said.",
        "BOGOTA - The oil company will spend [$1.2 billion|money|1200000000|USD] on drilling this year.",
        "MEXICO CITY - Mexico's Finance Ministry will issue [$3 billion|money|3000000000|USD] in bonds, it said.",
        "Highway plan\n\nThe Government of Chile will spend [$850 billion|money|850000000000|CLP] on highways.",
    ],
    "marked": [
        "SINGAPORE - Halvard Commodities said revenue rose to [US$8.4 billion|money|8400000000|USD] in 2025 and net profit rose to [$230 million|money|230000000|USD].",
        "TORONTO (Reuters) - Northcrest Mining said it paid [C$40 million|money|40000000|CAD] for the mine and [$25 million|money|25000000|USD] for the mill.",
        "HONG KONG - The port operator reported revenue of [US$2.2 billion|money|2200000000|USD], with operating profit of [$610 million|money|610000000|USD].",
        "SYDNEY (Reuters) - Banksia Energy will spend [A$900 million|money|900000000|AUD] on a wind farm and [$300 million|money|300000000|USD] on a U.S. battery plant.",
        "PERTH - Iron ore fetched [US$104|money|104|USD] a tonne, and the state's royalties rose to [$11.2 billion|money|11200000000|AUD].",
        "AUCKLAND - The co-operative paid [NZ$1.1 billion|money|1100000000|NZD] for the plant, and [$200 million|money|200000000|NZD] for its land.",
    ],
    "keep": [
        "Budget passed\n\nThe Dallas City Council approved a [$4.6 billion|money|4600000000|USD] budget on Wednesday.",
        "Fund raises\n\nWellington Partners, a Boston asset manager, raised [$2 billion|money|2000000000|USD] for a new fund.",
        "Budget assumptions\n\nThe Government of Saskatchewan's budget assumes oil at [$71|money|71|USD] a barrel and a deficit of [$1.4 billion|money|1400000000|CAD].",
        "TORONTO - The province said exports, which are priced in U.S. dollars, fell, and it will spend [$300 million|money|300000000|CAD] on ports.",
        "MEXICO CITY - The airport expansion will cost [$2.2 billion|money|2200000000|USD], the transport ministry said.",
        "Tariff costs\n\nThe City of Windsor said U.S. tariffs would cost local firms [$90 million|money|90000000|CAD] this year.",
    ],
}  # fmt: skip


# Briefs: longer release and wire texts, every figure annotated (ANNOTATION.md); brief n with
# n % 3 == 0 goes to own-briefs-dev30d-check.jsonl.
BRIEFS: list[str] = [
    "Council adopts 2027 budget\n\nRichmond Hill City Council adopted its 2027 budget on Tuesday, setting operating spending at [$318 million|money|318000000|CAD] and capital spending at [$142 million|money|142000000|CAD].\n\nThe budget raises the property tax levy by [3.4 per cent|percent|3.4|%], adding [about $96|money|96|CAD] to the average home's bill, and puts [$11 million|money|11000000|CAD] into a reserve for road repairs. Mayor Ilse Vandermeer said the city would also hire [14|count|14|firefighter] firefighters.",
    "Province unveils hospital plan\n\nThe Government of New Brunswick will spend [$640 million|money|640000000|CAD] over five years to replace [two|count|2|hospital] hospitals, the health minister said on Thursday.\n\nThe plan includes [$85 million|money|85000000|CAD] for equipment and [$12 million|money|12000000|CAD] to recruit nurses. The minister said oil at [$68|money|68|USD] a barrel had left the province short of revenue.",
    "Auckland Council sets rates\n\nAuckland Council has approved a [$4.1 billion|money|4100000000|NZD] annual plan, including [$620 million|money|620000000|NZD] for public transport and [$95 million|money|95000000|NZD] for storm repairs.\n\nAverage residential rates will rise [6.5%|percent|6.5|%], councillors agreed after a debate of several hours.",
    "Norvale posts record quarter\n\nTAIPEI - Norvale Semiconductor said on Thursday that third-quarter revenue rose [18%|percent|18|%] to [$5.2 billion|money|5200000000|USD], and net profit reached [$1.3 billion|money|1300000000|USD].\n\nThe company expects capital spending of [$9 billion|money|9000000000|USD] next year. All figures are in U.S. dollars.",
    "Tessary profit climbs\n\nSINGAPORE - Tessary Logistics, the Singapore-listed freight group, reported 2026 revenue of [$2.48 billion|money|2480000000|USD] and operating profit of [$312 million|money|312000000|USD] (figures in USD).\n\nThe group will pay a dividend of [4 cents|money|0.04|USD] a share, it said.",
    "Chile sets pension budget\n\nSantiago, November 16, 2026 - Chile's Ministry of Finance said on Monday that the pension reform will cost [$1.9 billion|money|1900000000|CLP] in its [first|ordinal|1] year, rising to [$2.6 billion|money|2600000000|CLP] by 2030.\n\nThe ministry expects [1.2 million|count|1200000|retiree] retirees to receive a higher payment.",
    "Copper miner expands\n\nSANTIAGO - Andina Copper will invest [$1.1 billion|money|1100000000|USD] in a smelter near Antofagasta, its chief executive said on Tuesday, and hire [800|count|800|worker] workers.\n\nThe company sold copper at an average of [$4.10|money|4.1|USD] a pound in the quarter.",
    "Rail firm results\n\nTORONTO (Reuters) - Lakehead Rail said on Wednesday that quarterly revenue rose to [$3.4 billion|money|3400000000|CAD] and profit to [$890 million|money|890000000|CAD].\n\nThe company will buy back [up to 5%|percent|5|%] of its shares. (All figures in Canadian dollars unless noted.)",
    "Surrey approves police budget\n\nSURREY, B.C. - City council approved a [$1.2 billion|money|1200000000|CAD] operating budget on Monday night, including [$210 million|money|210000000|CAD] for the city's police service and [$40 million|money|40000000|CAD] for parks.",
    "City of Hobart budget\n\nThe City of Hobart will spend [$63 million|money|63000000|AUD] on roads and footpaths next year, and [$9 million|money|9000000|AUD] on a new library, the lord mayor said.",
    "Halvard trades higher\n\nSINGAPORE - Halvard Commodities said revenue rose to [US$8.9 billion|money|8900000000|USD] in 2026 and net profit rose to [$260 million|money|260000000|USD], while its Singapore property arm earned [$40 million|money|40000000|SGD].",
    "Dallas budget passes\n\nThe Dallas City Council approved a [$4.8 billion|money|4800000000|USD] budget on Wednesday, including [$720 million|money|720000000|USD] for police, the city manager said.",
]  # fmt: skip


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            dated = DATED.match(marked)
            day = dated.group(1) if dated is not None else REFERENCE
            text, figures = unmark(marked[dated.end() :] if dated is not None else marked)
            case = {"id": f"own-f30d-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": day, "text": text, "figures": figures}  # fmt: skip
            (hold if n % 3 == 0 else dev).append(case)
    write("own-figures-dev30d.jsonl", dev)
    write("own-figures-dev30d-check.jsonl", hold)
    bdev, bhold = [], []
    for n, marked in enumerate(BRIEFS, 1):
        text, figures = unmark(marked)
        brief = {"id": f"own-b30d-{n:02d}", "source": SOURCE, "reference_date": REFERENCE,
                 "published": REFERENCE, "text": text, "figures": figures}  # fmt: skip
        (bhold if n % 3 == 0 else bdev).append(brief)
    write("own-briefs-dev30d.jsonl", bdev)
    write("own-briefs-dev30d-check.jsonl", bhold)
    for name, cases in (
        ("dev30d", dev),
        ("dev30d-check", hold),
        ("briefs", bdev),
        ("briefs-check", bhold),
    ):
        print(name, len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
