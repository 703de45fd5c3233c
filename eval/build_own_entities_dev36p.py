"""Write eval/own-entities-dev36p.jsonl and eval/own-entities-dev36p-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for bodies and firms named after a place
(issue 13, session 36, placeorgs23).

The family (ANNOTATION.md "Entities": the name is the English Wikipedia title):
- a firm or state body whose name is a place or nationality word followed by capitalised words
  ending in a word of its trade or kind ("Nepal Telecom", "Malaysia Airports", "Kenya Airways",
  "Pakistan Steel Mills", "Sri Lanka Telecom", "Ethiopian Airlines"), as subject, object, in
  lists and in title-case headlines;
- near them, names that must stay places: a place before a commodity ("Sri Lanka Tea
  exports"), before a weekday ("Malaysia Thursday said"), two places joined by "and", a place
  before a lower-case phrase, and firms the stage already gets right ("Bank of Ghana").
Written for briefx by hand (session 36): real firms and places, invented events and invented
people. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run
on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0
goes to the check file: scored only once, at the end of the session. Run from the project
root: ``python eval/build_own_entities_dev36p.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev36p.jsonl"
OUT_CHECK = HERE / "own-entities-dev36p-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 36o, issue 13 bodies and firms named after a place); "
    "airline, telecom, utility, bank, port, rail and post copy; real firms and places, invented "
    "events and people; MIT."
)

TEXTS = [
    # 1
    "[[Nepal Telecom|ORG]] and [[Malaysia Airports|ORG]] reported higher profits for the "
    "quarter.\n",
    # 2
    "[[Kenya Airways|ORG]] cut 300 jobs, and [[Philippine Airlines|ORG]] bought four jets from "
    "[[Airbus|ORG]].\n",
    # 3
    "[[Sri Lanka Telecom|ORG]], [[Pakistan Steel Mills|ORG]] and [[Vietnam Electricity|ORG]] "
    "issued bonds in October.\n",
    # 4
    "[[Zambia Railways|ORG]] said it would reopen the line to [[Kitwe|GPE]] after repairs.\n",
    # 5
    "Shares in [[Jamaica Producers|ORG|Jamaica Producers Group]] rose after the "
    "[[Kingston|GPE]] firm raised its dividend.\n",
    # 6
    "[[Nigeria Airways|ORG]] was wound up in 2003, and [[Arik Air|ORG]] took over many of its "
    "routes.\n",
    # 7
    "[[Bangladesh Railway|ORG]] added two trains between [[Dhaka|GPE]] and [[Chittagong|GPE]].\n",
    # 8
    "[[Tanzania Ports Authority|ORG]] signed a deal with [[DP World|ORG]] to run berths in "
    "[[Dar es Salaam|GPE]].\n",
    # 9
    "[[Sri Lanka|GPE]] Tea exports rose 4% in September, the [[Central Bank of Sri Lanka|ORG]] "
    "said.\n",
    # 10
    "[[Ghana|GPE]] Cocoa prices fell for a third week as rains returned to the west of the "
    "country.\n",
    # 11
    "[[Pakistan Petroleum|ORG]] found gas in [[Sindh|GPE]], and [[Oil and Gas Development "
    "Company|ORG]] said it would drill nearby.\n",
    # 12
    "[[Malawi|GPE]] and [[Zambia|GPE]] signed a power deal with [[Mozambique|GPE]] on Monday.\n",
    # 13
    "[[Ethiopian Airlines|ORG]] ordered 20 planes, and [[Rwanda Air|ORG|RwandAir]] opened a "
    "route to [[Lagos|GPE]].\n",
    # 14
    "[[Egypt Post|ORG]] will sell a stake in its bank unit, the ministry said.\n",
    # 15
    "[[Malaysia|GPE]] Thursday said it would cut fuel subsidies from January.\n",
    # 16
    "[[Fitch|ORG|Fitch Ratings]] raised [[Thailand|GPE]]'s rating, and shares in [[PTT|ORG]] "
    "and [[Thai Airways|ORG|Thai Airways International]] rose.\n",
    # 17
    "[[Uganda Telecom|ORG]] was sold to a [[Libyan|NORP]] fund, while [[Uganda Railways|ORG|"
    "Uganda Railways Corporation]] stayed in state hands.\n",
    # 18
    "[[Chile|GPE]] copper output fell 3% in the month, the mining ministry said.\n",
    # 19
    "[[Peru Rail|ORG|PeruRail]] cut fares to [[Machu Picchu|LOC]] after tourists stayed away.\n",
    # 20
    "[[Indonesia Power|ORG]] signed a supply deal with [[Pertamina|ORG]] for liquefied gas.\n",
    # 21
    "Profits at [[Kenya Power|ORG]] and [[Air Tanzania|ORG]] rose, while [[Uganda Airlines|ORG]] "
    "posted a loss.\n",
    # 22
    "[[Zimbabwe Power Company|ORG]] said [[Kariba|GPE]] would run at half its capacity.\n",
    # 23
    "[[Philippine Ports Authority|ORG]] raised fees at [[Manila|GPE]]'s two container "
    "terminals.\n",
    # 24
    "Investors in [[Nepal|GPE]] bought bank shares as rates fell.\n",
    # 25
    "[[Namibia Breweries|ORG]] will raise beer prices, the [[Windhoek|GPE]] brewer said.\n",
    # 26
    "[[Bank Negara Malaysia|ORG]] held its rate, and [[Malaysia Airlines|ORG]] shares rose 2%.\n",
    # 27
    "[[Pakistan International Airlines|ORG]] resumed flights to [[Paris|GPE]], while "
    "[[Vietnam Airlines|ORG]] added a route to [[Milan|GPE]].\n",
    # 28
    "[[Colombia|GPE]] coffee output rose 8%, the growers' federation said.\n",
    # 29
    "[[Lesotho Electricity|ORG|Lesotho Electricity Company]] and [[Botswana Power|ORG|Botswana "
    "Power Corporation]] agreed to share a line.\n",
    # 30
    "[[Mauritius Telecom|ORG]] Profit Rises as Data Sales Grow\n",
    # 31
    "[[Ghana Ports|ORG|Ghana Ports and Harbours Authority]] said ships waited three days at "
    "[[Tema|GPE]].\n",
    # 32
    "A court in [[Nairobi|GPE]] blocked the sale of [[Telkom Kenya|ORG]] to an investor.\n",
    # 33
    "[[Sri Lanka|GPE]] Rupee Falls as Tea Sales Slow\n",
    # 34
    "[[Ecuador|GPE]] oil exports rose in the month, and the [[Bank of Ghana|ORG]] held its "
    "rate.\n",
    # 35
    "[[Nigerian Breweries|ORG]] raised prices, and [[Kenya Breweries|ORG]] said beer sales "
    "fell.\n",
    # 36
    "[[Cameroon Airlines|ORG]] was wound up, and [[Camair-Co|ORG]] took over its routes.\n",
]

DATES = ["2026-11-03", "2026-10-14", "2026-09-22", "2026-08-05", "2026-07-19"]
CASES = [
    (f"own-ent36o-{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 != 0
]
CHECK = [
    (f"own-ent36o-c{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 == 0
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
