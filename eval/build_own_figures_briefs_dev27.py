"""Build eval/own-figures-briefs-dev27.jsonl and own-figures-briefs-dev27-check.jsonl.

Figure dev set of session 27 (issue 14, figs11): short brief-style passages (a dateline, a lead
sentence or two, as wire and official copy writes them), written fresh by hand, in the two
families of the session's figures work:

1. ``syntax``: a count whose noun is not right after its number: the subject or object the
   number measures ("the death toll rose to 83", "Police put the crowd at about 40,000",
   "Jobless claims fell by 14,000"), a noun given before in a list or a partitive ("of its 220
   stores", "and 12,000 in Quebec", "20 more"), people left out after a verb of harm or a group
   word, the head noun rather than a modifier ("35 high-street outlets"), and cricket reports
   ("whose 92", "Ahmed's five for 44", "an unbeaten 118").
2. ``dollar``: which currency a "$" is: the dateline's dollar (AUD, CAD, NZD, HKD), a dollar
   marked with its country's letters and a bare "$" after it, the U.S. dollar of agency copy
   filed abroad, of a world price ("a barrel", "an ounce") and of a text from a country whose
   currency is no dollar though CLDR writes it "$" (the pesos), exchange rates "per dollar".

Readings used where the conventions are silent (earlier sets' readings kept): a bare "$" in a
text from a dollar country is that country's dollar unless the amount is a world price or the
sentence is about the United States (ANNOTATION.md's rule and dev7/dev8's readings); agency
copy filed outside the agency's home country writes "$" for U.S. dollars; a share price on a
U.S. exchange is in U.S. dollars; a bare "$" in a text from a peso country is the U.S. dollar
(ANNOTATION.md gives the local reading to dollar countries only); "the number of missing" counts
people; "a crowd of" at a protest counts people; cricket scores count "run", wickets "wicket".
Every case was written by hand for briefx (people, firms and figures invented) and annotated by
``shared/eval/ANNOTATION.md`` before briefx was run on it. Markup as in
``build_own_figures_dev5.py``: ``[span|kind|value|unit]``; ``[text|...]`` marks text that is
no figure (a year). Case n with n % 3 == 0 of each family goes to the ``-check`` file: scored
only once, at the end of the session. Each case has a reference date.

Run from the project root: ``python eval/build_own_figures_briefs_dev27.py`` (rewrites the files).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

REFERENCE = "2026-05-06"

CASES: dict[str, list[str]] = {
    "syntax": [
        "LAGOS - The death toll from the ferry accident rose to [83|count|83|death] on Monday, officials said.",
        "ANKARA - Rescuers said the toll had passed [1,200|count|1200|death] by nightfall as aftershocks shook the region.",
        "Police put the crowd at [about 40,000|count|40000|person] as marchers filled the square on Saturday.",
        "WASHINGTON - Jobless claims fell by [14,000|count|14000|claim] to [221,000|count|221000|claim] last week, the Labor Department said.",
        "Arrivals at the city's airports climbed to [2.4 million|count|2400000|arrival] in July, the tourism board said.",
        "Measles cases in the region rose to [318|count|318|case], up from [240|count|240|case] a week earlier.",
        "The number of homeless families is [94,000|count|94000|family], the charity said in its report.",
        "Farm bankruptcies reached [412|count|412|bankruptcy] in the year to March, the ministry said.",
        "Employers added [38,000|count|38000|job] jobs in Ontario and [12,000|count|12000|job] in Quebec in April.",
        "The carrier ordered [40|count|40|jet] jets and took options on [20|count|20|jet] more, its chief executive said.",
        "Of the [120|count|120|seat] seats in the assembly, the Greens won [31|count|31|seat] and the Liberals [27|count|27|seat].",
        "[Five|count|5|person] people died and [23|count|23|person] were injured when the bus overturned near the border.",
        "The storm destroyed [3,400|count|3400|home] homes, [900|count|900|home] of them in the capital.",
        "The retailer will shut [14|count|14|store] of its [220|count|220|store] stores by the end of next year.",
        "Wildfires forced [8,000|count|8000|person] from their homes in the north, officials said.",
        "Visitor numbers rose to [3.1 million|count|3100000|visitor] last year, the museum said.",
        "The quake left [2,100|count|2100|person] dead and [6,500|count|6500|person] injured, the government said.",
        "COLOMBO - Sri Lanka were bowled out for [187|count|187|run] on the third day of the [second|ordinal|2] test, with "
        "Ahmed's [five|count|5|wicket] for [44|count|44|run] doing the damage. Kusal Mendis, whose [92|count|92|run] held "
        "the innings together, was last out.",
        "CANTERBURY - Opener Tom Blake made an unbeaten [118|count|118|run] as Kent reached [301|count|301|run] for "
        "[four|count|4|wicket] wickets at stumps.",
        "The retailer will close [35|count|35|outlet] high-street outlets and cut [1,100|count|1100|job] jobs.",
        "Health officials reported [45|count|45|case] new cases, bringing the total to [1,320|count|1320|case].",
        "The union's membership stood at [1.9 million|count|1900000|member] at the end of the year.",
        "Police arrested [62|count|62|person] people on Saturday; [40|count|40|person] were later released without charge.",
        "The ministry said [1,150|count|1150|school] schools had reopened, and another [300|count|300|school] would open next week.",
        "Hospital admissions hit [4,800|count|4800|admission] on Tuesday, the highest this winter.",
        "Applications for asylum totalled [31,000|count|31000|application] in the quarter, the Home Office said.",
        "Deaths on the country's roads fell to [1,560|count|1560|death] last year, the transport ministry said.",
        "Officials put the number of missing at [27|count|27|person] after the landslide.",
        "The workforce shrank to [18,400|count|18400|person] after the cuts, the company said.",
        "A crowd of [15,000|count|15000|person] gathered outside parliament to protest the bill.",
        "The death toll in the floods climbed to [64|count|64|death], and [1,900|count|1900|person] people were evacuated.",
        "Farmers culled [2.3 million|count|2300000|bird] birds after the outbreak, and [400,000|count|400000|bird] more are at risk.",
        "Seats held by women rose to [112|count|112|seat] after the election, up from [96|count|96|seat].",
        "Officials estimated the toll at [340|count|340|death] on Monday, and aid agencies feared it would rise.",
        "The flood toll climbed to [52|count|52|death] on Wednesday as waters receded.",
        "Analysts put job losses at [60,000|count|60000|job] for the quarter, the most since the pandemic.",
        "DHAKA - Bangladesh lost [three|count|3|wicket] wickets in the morning session. Tamim Iqbal, whose [134|count|134|run] "
        "anchored the chase, fell before tea.",
        "Burglaries in the city fell to [8,210|count|8210|burglary] last year, police said.",
        "The ferry was carrying [212|count|212|passenger] passengers when it ran aground.",
        "Traffic at the port reached [9.1 million|count|9100000|container] containers, and another [0.4 million|count|400000|container] were moved by rail.",
        "Subscribers to the service jumped to [48 million|count|48000000|subscriber] in the quarter.",
        "The city of [about 60,000|count|60000|person] lost power for [two|...] days.",
        "The virus toll rose to [210|count|210|death] as the outbreak spread to [three|count|3|province] provinces.",
        "Exporters shipped [8.5 million|count|8500000|device] devices in the quarter, [2 million|count|2000000|device] of them to Europe.",
        "The survey found [1,240|count|1240|business] businesses had closed; [300|count|300|business] of them were restaurants.",
    ],
    "dollar": [
        "SYDNEY, May 6 - The New South Wales government will spend [$1.4 billion|money|1400000000|AUD] on new trains, the premier said.",
        "TORONTO - Ontario will cut its deficit to [$6.6 billion|money|6600000000|CAD] next year, the province said.",
        "WELLINGTON - The government will lend [$300 million|money|300000000|NZD] to the state rail operator.",
        "SINGAPORE (Reuters) - The ride-hailing firm posted revenue of [$819 million|money|819000000|USD] for the quarter.",
        "SYDNEY (AAP) - The supermarket chain will pay [$5 million|money|5000000|AUD] to settle the case.",
        "PERTH - Brent crude rose to [$84.20|money|84.2|USD] a barrel, lifting energy shares in Perth.",
        "The Australian miner raised [A$2.1 billion|money|2100000000|AUD] and will spend [$600 million|money|600000000|AUD] on a new mine.",
        "The Canadian pension fund paid [C$1.2 billion|money|1200000000|CAD] ([$880 million|money|880000000|USD]) for the stake.",
        "MEXICO CITY - The state oil firm said its debt fell to [$98 billion|money|98000000000|USD] at the end of March.",
        "SANTIAGO - The copper miner paid [1.8 billion pesos|money|1800000000|CLP] in fines and will invest [$750 million|money|750000000|USD] in a new plant.",
        "BUENOS AIRES - The peso weakened to [1,050|money|1050|ARS] per dollar on Tuesday.",
        "HONG KONG - Shares of the developer fell [3%|percent|3|%] to [HK$9.40|money|9.4|HKD].",
        "HONG KONG - The bank lent [HK$4 billion|money|4000000000|HKD] to the builder and [$500 million|money|500000000|HKD] to its parent.",
        "NEW YORK - The fund raised [$2.5 billion|money|2500000000|USD] from investors, its manager said.",
        "VANCOUVER, British Columbia - The province will spend [$45 million|money|45000000|CAD] on wildfire crews this summer.",
        "TAIPEI - The chipmaker will build a [$2 billion|money|2000000000|USD] plant in Texas, it said.",
        "SYDNEY - Gold rose to [$2,380|money|2380|USD] an ounce in Sydney trade.",
        "CANBERRA - The Reserve Bank said households owed [$2.3 trillion|money|2300000000000|AUD] at the end of March.",
        "The World Bank approved a [$400 million|money|400000000|USD] loan for Kenya's roads.",
        "NAIROBI - Kenya will borrow [$1.5 billion|money|1500000000|USD] on international markets, the treasury said.",
        "MANILA - The government raised [12 billion pesos|money|12000000000|PHP] from a bond sale.",
        "BOGOTA - The oil company will invest [$5.5 billion|money|5500000000|USD] this year, and the peso closed at [3,950|money|3950|COP] per dollar.",
        "LIMA - Peru's central bank holds [$74 billion|money|74000000000|USD] in reserves.",
        "MONTREAL - The city will spend [$120 million|money|120000000|CAD] on its metro, the mayor said.",
        "WELLINGTON - The government set aside [NZ$1.1 billion|money|1100000000|NZD] for schools and [$200 million|money|200000000|NZD] for hospitals.",
        "SINGAPORE - The city-state will spend [S$3 billion|money|3000000000|SGD] on public housing.",
        "SYDNEY - Shares in the miner rose [2%|percent|2|%] to [$44.10|money|44.1|AUD] on the local exchange.",
        "OTTAWA - Canada will buy [$19 billion|money|19000000000|CAD] of fighter jets from the United States.",
        "DUBLIN - Ireland will receive [€13 billion|money|13000000000|EUR] in back taxes, the finance minister said.",
        "JOHANNESBURG - The rand firmed to [18.20|money|18.2|ZAR] per dollar in early trade.",
        "SANTIAGO, Chile - Lithium prices fell to [$10,500|money|10500|USD] a tonne, hurting the country's producers.",
        "MEXICO CITY - Remittances reached [$5.6 billion|money|5600000000|USD] in April, the central bank said.",
        "BRISBANE - The Queensland budget includes [$3.5 billion|money|3500000000|AUD] for hospitals.",
        "SYDNEY (Reuters) - Australia's trade surplus narrowed to [A$5.6 billion|money|5600000000|AUD] in March.",
        "TORONTO (Reuters) - The Canadian lender will buy a U.S. bank for [$13.4 billion|money|13400000000|USD].",
        "The Toronto-based firm raised [C$500 million|money|500000000|CAD] in a share sale and [$200 million|money|200000000|CAD] in debt.",
        "AUCKLAND - The council will spend [$90 million|money|90000000|NZD] on new bus lanes.",
        "MEXICO CITY - Fines rose to [4,500 pesos|money|4500|MXN], and the firm owes [$30 million|money|30000000|USD] to U.S. lenders.",
        "HALIFAX, Nova Scotia - The province will spend [$12 million|money|12000000|CAD] on ferries.",
        "The Singapore fund paid [S$1.2 billion|money|1200000000|SGD] ([$900 million|money|900000000|USD]) for the offices.",
        "ADELAIDE - The state will spend [$700 million|money|700000000|AUD] on a new hospital, and wheat traded at [$310|money|310|USD] a tonne in Chicago.",
        "SAO PAULO - The bank earned [R$9.2 billion|money|9200000000|BRL] in the quarter.",
        "MEXICO CITY - The airport expansion will cost [$1.1 billion|money|1100000000|USD], the transport ministry said.",
        "OTTAWA - The federal government will spend [$8 billion|money|8000000000|CAD] on housing over [five|...] years.",
        "SYDNEY - Silver rose [31 cents|money|0.31|USD] to [$30.12|money|30.12|USD] an ounce.",
    ],
}  # fmt: skip


def _strip_open(marked: str) -> str:
    """Drop the marks whose kind is ``...``: text noted as no figure (a duration, a year)."""
    return re.sub(r"\[([^\]|]+)\|\.\.\.\]", r"\1", marked)


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark(_strip_open(marked))
            case = {"id": f"own-f27-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": REFERENCE, "text": text, "figures": figures}  # fmt: skip
            (hold if n % 3 == 0 else dev).append(case)
    write("own-figures-briefs-dev27.jsonl", dev)
    write("own-figures-briefs-dev27-check.jsonl", hold)
    for name, cases in (("dev27", dev), ("dev27-check", hold)):
        print(name, len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
