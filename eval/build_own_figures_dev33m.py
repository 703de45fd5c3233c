"""Build eval/own-figures-dev33m.jsonl (+ -check) and eval/own-briefs-dev33m.jsonl (+ -check).

Figure dev set of session 33 (issue 14, money20): currencies written by the abbreviations a
country's own news and official releases use, which CLDR's symbols lack or share with other
currencies ("KD" Kuwaiti dinar, "Br" birr, "G$" Guyana dollar, "Rs" the rupee of the country the
text is about). Families:

1. ``gulf``: Arab and North African releases and wires: "KD", "BD", "RO", "QR", "SR", "Dh",
   "Dhs", "LE", "E£".
2. ``africa``: "Br", "KSh"/"Ksh", "USh", "TSh", "GH₵", "N"/"₦", "MK", "ZK", "Le", "K".
3. ``dollar``: a dollar written with its country's letters: "G$", "J$", "TT$", "EC$", "N$",
   "BZ$", "NT$", "Z$" (1996 wire).
4. ``asia``: "Rs" in Pakistan, Sri Lanka, Nepal and Mauritius; "Rp", "Tk", "RM", "S/", "Bs",
   "Q", "L", "C$" in Nicaragua.
5. ``keep``: what must stay: a grade "K 12", "Q3", a score "L 2-1", "Le Monde", "N 12" a
   road, "KD" and "Rs" in a text with no country; "C$" in a Canadian wire.

Readings: a letter abbreviation before a number is the currency of the country the text is
about (its issuer, dateline or the country it names most) where that country's press writes it
so; with no country, a letter pair stays no currency. Every case was written by hand for briefx
(bodies, people and figures invented) and annotated by ``shared/eval/ANNOTATION.md`` before
briefx was run on it. Markup as in ``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. A
case may open with ``@YYYY-MM-DD `` (default ``REFERENCE``). Case n with n % 3 == 0 of each
family goes to the ``-check`` file: scored once, at the end.

Also six short briefs (eval/own-briefs-dev33m.jsonl + -check), written after the change and
scored once. Run from the project root: ``python eval/build_own_figures_dev33m.py`` (rewrites
the files).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

REFERENCE = "2026-11-30"
DATED = re.compile(r"@(\d{4}-\d\d-\d\d) ")

CASES: dict[str, list[str]] = {
    "gulf": [
        "KUWAIT CITY - Kuwait's Ministry of Finance projected revenue of [KD 18.2 billion|money|18200000000|KWD] and spending of [KD 24.5 billion|money|24500000000|KWD] for the fiscal year.",
        "MANAMA - Bahrain's central bank said bank deposits rose to [BD 21.4 billion|money|21400000000|BHD] at the end of September.",
        "MUSCAT - Oman's finance ministry said the budget deficit narrowed to [RO 620 million|money|620000000|OMR] in the first half.",
        "DOHA - Qatar's Planning and Statistics Authority said exports reached [QR 24.1 billion|money|24100000000|QAR] in October.",
        "RIYADH - The Saudi Ministry of Finance said non-oil revenue rose to [SR 139 billion|money|139000000000|SAR] in the third quarter.",
        "DUBAI - Dubai's land department said property deals worth [Dh 4.8 billion|money|4800000000|AED] were registered last week, and [Dhs 310 million|money|310000000|AED] in mortgages.",
        "CAIRO - Egypt's Ministry of Finance said it would raise [LE 45 billion|money|45000000000|EGP] from a sukuk issue this month.",
        "KUWAIT - The Kuwait Investment Authority's local unit posted a profit of [KD12.1 billion|money|12100000000|KWD], Kuwaiti officials said.",
        "MANAMA - Bahrain's cabinet approved [BD 85 million|money|85000000|BHD] for housing projects in Muharraq.",
        "CAIRO - Egyptian wheat imports cost [E£ 3.2 billion|money|3200000000|EGP] in the quarter, the supply ministry said.",
        "MUSCAT - Omani authorities said the new port will cost [RO 180 million|money|180000000|OMR].",
        "DOHA - Qatar's central bank said credit to the private sector grew to [QR 890 billion|money|890000000000|QAR].",
    ],
    "africa": [
        "ADDIS ABABA - The birr traded at [Br 120|money|120|ETB] per dollar at commercial banks, the National Bank of Ethiopia said.",
        "NAIROBI - The Central Bank of Kenya said remittances reached [Ksh 62 billion|money|62000000000|KES] in October.",
        "KAMPALA - Uganda's finance ministry tabled a [USh 72 trillion|money|72000000000000|UGX] budget for the coming year.",
        "DAR ES SALAAM - Tanzania's revenue authority collected [TSh 3.1 trillion|money|3100000000000|TZS] in November, officials said.",
        "ACCRA - The Bank of Ghana said the government borrowed [GH₵ 8.6 billion|money|8600000000|GHS] from the domestic market.",
        "LAGOS - Nigeria's statistics bureau said capital imports reached [N 1.2 trillion|money|1200000000000|NGN] in the quarter.",
        "LILONGWE - Malawi's Reserve Bank said the government borrowed [MK 450 billion|money|450000000000|MWK] in the year.",
        "LUSAKA - Zambia's finance minister presented a [ZK 217 billion|money|217000000000|ZMW] budget to parliament.",
        "FREETOWN - Sierra Leone's Bank said tax revenue rose to [Le 5.1 billion|money|5100000000|SLE] in the quarter.",
        "LUSAKA - The Bank of Zambia said Zambia's copper export earnings rose to [K 38 billion|money|38000000000|ZMW].",
        "ADDIS ABABA - Ethiopia's parliament approved a [Br 1.9 trillion|money|1900000000000|ETB] budget on Tuesday.",
        "PORT MORESBY - Papua New Guinea's Treasury said the budget would spend [K 27 billion|money|27000000000|PGK].",
    ],
    "dollar": [
        "GEORGETOWN - Guyana's budget was [G$1.382 trillion|money|1382000000000|GYD], the finance minister told the National Assembly.",
        "KINGSTON - The Bank of Jamaica said net international reserves were equal to [J$720 billion|money|720000000000|JMD] at the end of October.",
        "PORT OF SPAIN - Trinidad and Tobago's Ministry of Finance said revenue reached [TT$54 billion|money|54000000000|TTD] for the year.",
        "BASSETERRE - The Eastern Caribbean Central Bank said St Kitts and Nevis collected [EC$310 million|money|310000000|XCD] in citizenship fees.",
        "WINDHOEK - Namibia's finance ministry said the deficit would be [N$9.8 billion|money|9800000000|NAD] this year.",
        "BELMOPAN - Belize's government said it would spend [BZ$45 million|money|45000000|BZD] on roads in Belize.",
        "TAIPEI - Taiwan's cabinet approved a [NT$2.9 trillion|money|2900000000000|TWD] budget for next year.",
        "@1996-08-14 HARARE - Zimbabwe's government said it would spend [Z$1.2 billion|money|1200000000|ZWD] on drought relief, the Zimbabwe finance ministry said.",
        "GEORGETOWN - Guyana's oil fund received [G$96 billion|money|96000000000|GYD] in the quarter.",
    ],
    "asia": [
        "KARACHI - The State Bank said reserves rose to [PKR 3.2 trillion|money|3200000000000|PKR] ([Rs 3.2tn|money|3200000000000|PKR]).",
        "COLOMBO - Sri Lanka's Treasury said tax revenue reached [Rs 1.1 trillion|money|1100000000000|LKR] in the first half.",
        "KATHMANDU - Nepal Rastra Bank said remittances rose to [Rs 1.4 trillion|money|1400000000000|NPR] in the fiscal year.",
        "PORT LOUIS - The Bank of Mauritius said Mauritius' tourism receipts were [Rs 42 billion|money|42000000000|MUR].",
        "JAKARTA - Indonesia's finance ministry said the deficit reached [Rp 310 trillion|money|310000000000000|IDR] by October.",
        "DHAKA - Bangladesh Bank said exports earned [Tk 45,000 crore|money|450000000000|BDT] in the quarter.",
        "KUALA LUMPUR - Malaysia's Treasury said development spending would be [RM86 billion|money|86000000000|MYR].",
        "LIMA - Peru's economy ministry said tax collection reached [S/ 12.4 billion|money|12400000000|PEN] in October.",
        "CARACAS - Venezuela's central bank said the money supply grew to [Bs 980 billion|money|980000000000|VES].",
        "GUATEMALA CITY - Guatemala's Congress approved a [Q 148 billion|money|148000000000|GTQ] budget for 2027.",
        "TEGUCIGALPA - Honduras' finance ministry said remittances totalled [L 230 billion|money|230000000000|HNL].",
        "MANAGUA - Nicaragua's central bank said deposits reached [C$ 190 billion|money|190000000000|NIO].",
    ],
    "keep": [
        "Schools\n\nThe district will add [12|count|12|classroom] classrooms for grades K 12 this year, the board said.",
        "Results\n\nThe company said Q3 sales rose [8%|percent|8|%] from a year earlier.",
        "Tickets\n\nSeats in rows K and L sold out, the club said, with [2,400|count|2400|fan] fans expected at the L 2 gate.",
        "Paris press\n\nLe Monde reported on Tuesday that [40|count|40|deputy] deputies would vote against the bill.",
        "Road works\n\nThe N 12 will be closed for three weeks near Pretoria, the roads agency said, and [40|count|40|crew] crews will work on it.",
        "TORONTO (Reuters) - The Canadian miner paid [C$40 million|money|40000000|CAD] for the claim.",
        "Shipping\n\nThe vessel, registered as KD 12, carried [40|count|40|crew member] crew members, the port said.",
        "NEW DELHI - India's finance ministry said tax collections reached [Rs 2.1 lakh crore|money|2100000000000|INR] in October.",
        "Staff list\n\nRs Patel, Q Ahmed and K Singh joined the board, which now has [nine|count|9|member] members.",
    ],
}  # fmt: skip


# Briefs: short releases and wire items, every figure annotated (ANNOTATION.md); written after
# the change, so scored as held out: brief n with n % 3 == 0 goes to own-briefs-dev33m-check.jsonl.
BRIEFS: list[tuple[str, str]] = [
    ("2026-11-30", "Kuwait sets budget\n\nKUWAIT - Kuwait's cabinet approved a budget that projects revenue of [KD 18.9 billion|money|18900000000|KWD] and spending of [KD 24.1 billion|money|24100000000|KWD], leaving a deficit of [KD 5.2 billion|money|5200000000|KWD], the finance ministry said on Sunday.\n\nOil is expected to provide [about 88%|percent|88|%] of revenue."),
    ("2026-11-30", "Omani port deal\n\nMUSCAT - Oman's transport ministry signed a [RO 240 million|money|240000000|OMR] contract to expand the port of Duqm, adding [four|count|4|berth] berths.\n\nThe ministry said the port handled [1.2 million|count|1200000|container] containers last year."),
    ("2026-11-30", "Guyana oil revenue\n\nGEORGETOWN - Guyana's Natural Resource Fund received [G$210 billion|money|210000000000|GYD] in the third quarter, the Bank of Guyana said, up [14%|percent|14|%] from a year earlier.\n\nWithdrawals for the budget reached [G$160 billion|money|160000000000|GYD]."),
    ("2026-11-30", "Egypt wheat bill\n\nCAIRO - Egypt's supply ministry said it paid [LE 12.4 billion|money|12400000000|EGP] for imported wheat in October, and stocks would last four months."),
    ("1996-08-20", "Zimbabwe maize\n\nHARARE, Aug 20 (Reuter) - Zimbabwe's Grain Marketing Board will pay farmers [Z$1,650|money|1650|ZWD] a tonne for maize this season, up from [Z$1,200|money|1200|ZWD], the agriculture ministry said on Tuesday.\n\nThe board expects to buy [600,000 tonnes|quantity|600000|t]."),
    ("2026-11-30", "Pakistan reserves\n\nThe State Bank said reserves rose to [PKR 3.4 trillion|money|3400000000000|PKR] ([Rs 3.4tn|money|3400000000000|PKR]) at the end of November, and the bank kept its policy rate at [11%|percent|11|%]."),
]  # fmt: skip


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            dated = DATED.match(marked)
            day = dated.group(1) if dated is not None else REFERENCE
            text, figures = unmark(marked[dated.end() :] if dated is not None else marked)
            case = {"id": f"own-f33m-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": day, "text": text, "figures": figures}  # fmt: skip
            (hold if n % 3 == 0 else dev).append(case)
    write("own-figures-dev33m.jsonl", dev)
    write("own-figures-dev33m-check.jsonl", hold)
    bdev, bhold = [], []
    for n, (day, marked) in enumerate(BRIEFS, 1):
        text, figures = unmark(marked)
        brief = {"id": f"own-b33m-{n:02d}", "source": SOURCE, "reference_date": day,
                 "published": day, "text": text, "figures": figures}  # fmt: skip
        (bhold if n % 3 == 0 else bdev).append(brief)
    write("own-briefs-dev33m.jsonl", bdev)
    write("own-briefs-dev33m-check.jsonl", bhold)
    for name, cases in (
        ("dev33m", dev),
        ("dev33m-check", hold),
        ("briefs", bdev),
        ("briefs-check", bhold),
    ):
        print(name, len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
