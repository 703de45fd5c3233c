"""Write eval/own-entities-dev29n.jsonl and eval/own-entities-dev29n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for entity SPANS (issue 13, session 29,
orgprec16): organisations that are not there, and organisations missed.

The families (ANNOTATION.md "Entities"): capitalised names of things that are not tagged -
statistical indices and surveys, taxes and levies, plans and schemes, meetings of a kind,
named monsoons and winds, benefit types - and acronyms of common nouns ("EPS", "ETF", "APR")
used as nouns; next to them, real bodies that act (boards, agencies, funds, committees) and
acronyms of bodies, which stay ORG. Statistical releases, budget and tax notices, procurement
and programme announcements, corporate results, weather. Written for briefx by hand (session
29, orgprec16); real countries, cities and a few real institutions as context, invented firms,
bodies, people and figures. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing,
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
The CHECK cases go to the check file: scored only once, at the end of a session. Run from the
project root: ``python eval/build_own_entities_dev29n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev29n.jsonl"
OUT_CHECK = HERE / "own-entities-dev29n-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 29n, issue 13 spans); statistical releases, budget and "
    "tax notices, procurement and programme announcements, corporate results and weather; real "
    "countries, cities and institutions, invented firms, bodies, people and figures; MIT."
)

CASES = [
    (
        "own-ent29n-01",
        "2026-03-10",
        "Prices paid by factories fell 0.4% in February, the Industrial Input Price Index "
        "showed on Tuesday. The [[Veltrian Statistics Office|ORG]] said the Quarterly Business "
        "Investment Survey would be published in April.\n",
    ),
    (
        "own-ent29n-02",
        "2026-11-20",
        "Drivers will pay more under the Urban Congestion Levy from January, the "
        "[[Harlow City Council|ORG]] said. The council's [[Transport Committee|ORG]] backed the plan "
        "by nine votes to four.\n",
    ),
    (
        "own-ent29n-03",
        "2026-05-04",
        "[[Corvane Foods|ORG]] reported EPS of 61 cents for the quarter, ahead of forecasts. "
        "The company said its EBITDA margin rose to 18%, and it plans to list its [[Asian|NORP]] arm "
        "in [[Singapore|GPE]].\n",
    ),
    (
        "own-ent29n-04",
        "2026-06-15",
        "The Southwest Monsoon reached [[Kerala|GPE]] three days early, the "
        "[[India Meteorological Department|ORG]] said on Monday. Farmers in "
        "[[Karnataka|GPE]] began sowing rice.\n",
    ),
    (
        "own-ent29n-05",
        "2026-04-28",
        "Investors in the [[Brindlemoor Growth Fund|ORG]] will vote at the Annual General "
        "Meeting in [[Edinburgh|GPE]] on May 12. The fund's board said it would propose a "
        "new dividend policy.\n",
    ),
    (
        "own-ent29n-06",
        "2026-09-02",
        "[[Halvard Asset Management|ORG]] launched an ETF that tracks water utilities on "
        "Wednesday. Its NAV stood at $25 a share at the close in [[New York|GPE]].\n",
    ),
    (
        "own-ent29n-07",
        "2026-02-18",
        "The Regional Flood Defence Plan will cost £340 million over ten years, the "
        "[[Environment Agency|ORG]] said. The [[Severn Trent|ORG]] water company said it "
        "would add three reservoirs.\n",
    ),
    (
        "own-ent29n-08",
        "2026-08-09",
        "Households earning under $40,000 can claim up to $3,000 under the Home Heating "
        "Assistance Scheme, the [[Department of Energy|ORG]] said. The "
        "[[Tarnfield Community Foundation|ORG]] will help families apply.\n",
    ),
    (
        "own-ent29n-09",
        "2026-01-22",
        "The annual Household Finance Survey found that savings fell for a third year. The "
        "[[Ostrava Central Bank|ORG]] said the results would guide its next rate decision.\n",
    ),
    (
        "own-ent29n-10",
        "2026-10-14",
        "Borrowers with a [[Kestwell|ORG|Kestwell Bank]] card now pay an APR of 24%, up from 21%. "
        "[[Kestwell Bank|ORG]] said the rise reflected higher funding costs.\n",
    ),
    (
        "own-ent29n-11",
        "2026-07-07",
        "Stamp Duty on homes under £300,000 will be abolished, the [[Treasury|ORG|HM Treasury]] "
        "said. The [[Office for Budget Responsibility|ORG]] said the cut would cost £2 billion "
        "a year.\n",
    ),
    (
        "own-ent29n-12",
        "2026-03-30",
        "Sealed bids for the Coastal Road Resurfacing Programme close on April 20. The "
        "[[Marrow County Roads Authority|ORG]] will award the contract in June.\n",
    ),
    (
        "own-ent29n-13",
        "2026-12-03",
        "Snow is expected across the north as the Arctic Winter Outlook warned of a cold "
        "spell. The [[Norrland Weather Service|ORG]] said temperatures would fall to minus "
        "25C.\n",
    ),
    (
        "own-ent29n-14",
        "2026-05-19",
        "The [[Graystone Water Board|ORG]] approved a 5% rise in charges on Tuesday. The "
        "Drought Resilience Strategy, which the board adopted last year, stays in force.\n",
    ),
]

CHECK = [
    (
        "own-ent29n-c1",
        "2026-04-09",
        "The Retail Footfall Index fell 3% in March. The [[British Retail Consortium|ORG]] "
        "blamed wet weather.\n",
    ),
    (
        "own-ent29n-c2",
        "2026-06-25",
        "Small firms can apply for the Digital Skills Voucher Scheme until July, the "
        "[[Welsh Government|ORG]] said. [[Business Wales|ORG]] will run the workshops.\n",
    ),
    (
        "own-ent29n-c3",
        "2026-08-13",
        "[[Trevane Motors|ORG]] said its EPS fell to 12 cents as sales in [[China|GPE]] "
        "dropped 9%.\n",
    ),
    (
        "own-ent29n-c4",
        "2026-10-21",
        "The Northeast Monsoon brought 180 mm of rain to [[Chennai|GPE]] overnight, the "
        "[[Regional Meteorological Centre|ORG]] said.\n",
    ),
    (
        "own-ent29n-c5",
        "2026-02-05",
        "Shareholders rejected the pay plan at the Extraordinary General Meeting of "
        "[[Lindqvist Shipping|ORG]] in [[Oslo|GPE]] on Thursday.\n",
    ),
    (
        "own-ent29n-c6",
        "2026-09-29",
        "The Fuel Import Tariff will rise to 12%, the [[Ministry of Finance|ORG]] said. The "
        "[[Chamber of Commerce|ORG]] said the rise would hit hauliers.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
