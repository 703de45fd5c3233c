"""Write eval/own-entities-dev25p.jsonl and eval/own-entities-dev25p-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity SPANS, spurious and missed
(issue 13, session 25): capitalised phrases that are NOT entities beside real entities.

The families (ANNOTATION.md "Not tagged" and the kinds no type covers):
- commodities and market instruments ("Brent" crude, "Aluminium", "Gold", the "Bund" future);
- concept acronyms ("AI", "IPO", "CO2", "GDP", "CEO", "LNG", "EV");
- statistical indices, series and surveys ("Consumer Prices Index", "Labour Force Survey"),
  taxes and duties ("VAT", "Stamp Duty"), benefit types ("Universal Credit");
- titles of reports and publications ("Economic and Fiscal Outlook"), of films and paintings,
  awards ("Palme d'Or");
- kinds of office, facility or team ("a Rapid Response Team", "Emergency Operations Centre"),
  titles and offices without a holder ("the Chancellor", "the Foreign Secretary");
- designations of projects ("Phase 2 of the Coastal Highway Resilience Project"), slogans;
- diseases ("mpox", "Covid-19"); section headings ("Notes to editors", "Background");
- headlines in capitals made of common words ("OIL FIRMS AS DOLLAR SLIPS");
- words a sentence opens with ("Monsoon rains", "Wheat futures", "Cocoa prices").
Written for briefx by hand (session 25, issue 13 spans); real places, institutions, companies
and office holders of 2024-2025 as context, invented events, figures, quotations and minor
people. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run
on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Readings: a film's or a
painting's title, an award and a commodity benchmark are no entity (no type covers them; the
titles of publications are not tagged); the names inside them are not tagged either ("Water
Lilies", "Brent"); an exchange that lists a future is tagged ("Eurex"). The CHECK cases go to
the check file: scored only once, at the end of a session. Run from the project root:
``python eval/build_own_entities_dev25p.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev25p.jsonl"
OUT_CHECK = HERE / "own-entities-dev25p-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 25p, issue 13 spans); commodity and bond market "
    "reports, a listing, a budget release, statistics and health releases, box office and art "
    "sales, energy and climate news, a ministry notice and headlines in capitals; real places, "
    "institutions and companies, invented events, figures, quotations and minor people; MIT."
)

CASES = [
    (
        "own-ent25p-01",
        "2025-02-04",
        "OIL FIRMS AS DOLLAR SLIPS, COPPER STEADY\n\n[[LONDON|GPE|London]], Feb 4 ([[Reuters|ORG]])"
        " - Brent crude rose 62 cents to $74.10 a barrel on Tuesday after [[Saudi Arabia|GPE]] "
        "raised its prices for buyers in [[Asia|LOC]]. Aluminium was little changed at $2,610 a "
        "tonne on the [[London Metal Exchange|ORG]], while nickel fell 1.2%. Gold traded at "
        "$2,840 an ounce. Wheat futures in [[Chicago|GPE]] eased as [[Russia|GPE]]'s harvest "
        "outlook improved.\n",
    ),
    (
        "own-ent25p-02",
        "2025-03-12",
        "[[FRANKFURT|GPE|Frankfurt]], March 12 - [[German|NORP]] government bonds slipped, with the Bund "
        "future on [[Eurex|ORG]] down 0.41 at 128.30, after [[Germany|GPE]]'s coalition agreed "
        "to loosen its debt brake. The 10-year yield rose to 2.88%. [[European Central Bank|ORG]]"
        " policymaker [[Isabel Schnabel|PERSON]] said GDP growth in [[Germany|GPE]] would stay "
        "weak this year. Analysts at [[Commerzbank|ORG]] said the CPI print due on "
        "Friday could move the market.\n",
    ),
    (
        "own-ent25p-03",
        "2025-05-21",
        "[[DUBAI|GPE|Dubai]], May 21 - Shares in [[Gulf Harbour Cooling|ORG]] rose 4% on their "
        "debut after a $720 million IPO, the largest on the [[Dubai Financial Market|ORG"
        "]] this year. Its CEO, [[Khalid Al Mansoori|PERSON]], said demand came from funds in "
        "[[Saudi Arabia|GPE]] and the [[United Kingdom|GPE]]. The company plans to spend part of "
        "the proceeds on AI tools to cut its CO2 emissions. Banking sources said the book was "
        "covered 21 times.\n",
    ),
    (
        "own-ent25p-04",
        "2025-11-26",
        "Budget 2025: what it means for households\n\nFrom: [[HM Treasury|ORG]]\n\nThe "
        "Chancellor, [[Rachel Reeves|PERSON]], said on Wednesday that Stamp Duty relief for "
        "first-time buyers would be kept until 2027 and that the VAT threshold would stay at "
        "£90,000. Universal Credit payments will rise by 4.1% in April. The [[Office for Budget "
        "Responsibility|ORG]] published its Economic and Fiscal Outlook alongside the statement, "
        "forecasting growth of 1.5% next year.\n\nNotes to editors\n\nThe [[Treasury|ORG|HM "
        "Treasury]]'s Spending Review will follow in June.\n",
    ),
    (
        "own-ent25p-05",
        "2025-08-13",
        "Labour market overview, [[UK|GPE|United Kingdom]]: August 2025\n\nMain points\n\nThe unemployment rate rose "
        "to 4.7% in the three months to June, the [[Office for National Statistics|ORG]] said. "
        "Estimates from the Labour Force Survey suggest 1.66 million people were out of work. "
        "The Consumer Prices Index rose 3.6% in the year to June. Payrolled employees fell by "
        "8,000, according to [[HM Revenue and Customs|ORG]] PAYE data.\n",
    ),
    (
        "own-ent25p-06",
        "2025-09-02",
        "[[KINSHASA|GPE|Kinshasa]], Sept 2 - The [[World Health Organization|ORG]] said it had "
        "sent a Rapid Response Team to [[Tshikapa|GPE]] after 28 deaths from suspected Ebola. "
        "The health ministry of the [[Democratic Republic of the Congo|GPE]] opened an Emergency "
        "Operations Centre in [[Kinshasa|GPE]]. Mpox cases also rose, "
        "[[Africa CDC|ORG|Africa Centres for Disease Control and Prevention]] said.\n",
    ),
    (
        "own-ent25p-07",
        "2025-05-25",
        "[[CANNES|GPE|Cannes]], May 25 - The Palme d'Or went to [[Iran|GPE]]'s [[Jafar Panahi|"
        "PERSON]] for It Was Just an Accident, and the Grand Prix to a [[Norwegian|NORP]] drama. At the "
        "box office in [[North America|LOC]], [[Walt Disney Studios|ORG]]' Lilo & Stitch took $183 million "
        "over the holiday weekend, ahead of [[Paramount Pictures|ORG]]' Mission: Impossible - "
        "The Final Reckoning.\n",
    ),
    (
        "own-ent25p-08",
        "2025-11-19",
        "[[NEW YORK|GPE|New York City]], Nov 19 - A Water Lilies painting by [[Claude Monet|PERSON"
        "]] sold for $65.5 million at [[Christie's|ORG]] on Tuesday, the top lot of the season. "
        "Portrait of a Lady, an early work by [[Gustav Klimt|PERSON]], made $31 million at "
        "[[Sotheby's|ORG]]. Buyers from [[Hong Kong|GPE]] and [[Switzerland|GPE]] were among the "
        "bidders, the auction house said.\n",
    ),
]

CHECK = [
    (
        "own-ent25p-c1",
        "2025-07-08",
        "[[STAVANGER|GPE|Stavanger]], [[Norway|GPE]], July 8 - [[Equinor|ORG]] said its LNG "
        "exports to [[Germany|GPE]] rose 12% in the first half. Cocoa prices fell 3% in "
        "[[New York|GPE|New York City]] as rain returned to [[Ivory Coast|GPE]]. The company's "
        "EV charging unit will be sold, its CEO, [[Anders Opedal|PERSON]], said.\n",
    ),
    (
        "own-ent25p-c2",
        "2025-06-30",
        "GRAIN PRICES SLIDE ON RAIN\n\n[[NEW DELHI|GPE|New Delhi]], June 30 - Monsoon rains "
        "reached [[Delhi|GPE]] two days early, the [[India Meteorological Department|ORG]] said. "
        "Kharif sowing rose 11%. Gold imports fell as prices stayed high, and silver "
        "imports doubled, the [[Ministry of Commerce and Industry|ORG|Ministry of Commerce and "
        "Industry (India)]] said.\n",
    ),
    (
        "own-ent25p-c3",
        "2025-10-15",
        "[[NAIROBI|GPE|Nairobi]], Oct 15 - The Foreign Secretary of the [[United Kingdom|GPE]] "
        "met President [[William Ruto|PERSON]] on Wednesday. Phase 2 of the Coastal Highway "
        "Resilience Project will be paid for by the [[African Development Bank|ORG]]. Housing "
        "Levy receipts rose 9%, the [[National Treasury|ORG|National Treasury (Kenya)]] said.\n",
    ),
    (
        "own-ent25p-c4",
        "2025-01-20",
        "[[TOKYO|GPE|Tokyo]], Jan 20 - [[Toyota|ORG|Toyota Motor Corporation]] said its EV sales in "
        "[[Europe|LOC]] doubled last year. Aluminium costs rose 8%, and the company's AI unit "
        "will hire 300 engineers in [[Nagoya|GPE]].\n\nMedia contact: Corporate Communications "
        "Division, +81 565 28 2121\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
