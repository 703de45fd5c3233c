"""Build eval/own-figures-dev17.jsonl and own-figures-dev17-check.jsonl.

Seventeenth figure dev set (issue 14, the counted noun and the currency in ordinary news prose,
session 18): twelve briefs of ordinary 2024-2025 news prose that stress the two fields the
held-out briefs still get wrong most often:
- the counted noun NOT next to its number: given once for a parallel list of numbers ("seven
  gold, two silver and two bronze medals", "the AfD 40, the BSW 15"), elided after a verb in a
  gapped clause ("Norris six and Leclerc three"), after "of the" ("won 22 of their 27 games,
  drawn four and lost one"), carried by a comparison ("up from 595,000"), and in sports results
  where the sentence's own words give the noun (runs and wickets in "closed on 287 for five";
  points in a table "Fenerbahce 58"; races, laps, seats, votes);
- the lemma of the counted noun: compounds that are one term ("member states", "flight
  attendants", "data centres") against a head with a mere modifier ("utility workers" ->
  "worker"), and a product's or maker's name before the noun ("12 Airbus A350-1000 aircraft",
  "44 Leopard 2A8 tanks", "six Damen patrol vessels": the noun is the unit);
- the currency of "$", "rupees", "pesos", "kroner" and "Rs": explicit marks ("US$", "S$",
  "C$", "A$", "EGP 5"), the country of the amount's sentence and the dateline (with and
  without an agency credit), as the readings in ``eval/README.md`` give them.
Negatives kept as the conventions say: match scores and tallies ("3-1") are two plain
numbers; "a crowd of 48,000" counts "person" (dev9's reading).
Every brief was written by hand for briefx (firms, people and figures invented) and annotated by
``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx was run on it.
Readings used here where the conventions are silent:
- cricket prose gives runs and wickets as "287 for five" (dev9's reading: count "run" and
  "wicket"), "four for 61" likewise;
- a medal table's "seven gold, two silver" counts "medal" (the noun of the list), also where
  "medals" is written only once in the sentence;
- a death toll restated without its noun ("rose to 23 from 17") counts "death" (dev9's reading of
  "the toll ... rose to 45"); "600 of them apprentices" counts the noun named (dev16's reading).
  Both were first marked "person" and "worker" and corrected to the earlier sets' readings after
  the first run, in their own commit.
Markup as in ``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. Brief n with n % 4 == 0
goes to the ``-check`` file: it is scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_figures_dev17.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

# (key, reference date, marked text)
BRIEFS: list[tuple[str, str, str]] = [
    (
        "01-medals",
        "2025-09-21",
        (
            "TOKYO, Sept 21 - The United States topped the medal table at the world athletics "
            "championships with [26|count|26|medal] medals, [16|count|16|medal] of them gold, ahead "
            "of Kenya on [11|count|11|medal]. Kenya's haul of [seven|count|7|medal] gold, "
            "[two|count|2|medal] silver and [two|count|2|medal] bronze medals was its best since "
            "2015, and Jamaica took [three|count|3|medal] gold and [four|count|4|medal] silver. "
            "Britain's [nine|count|9|medal] medals were [one|count|1|medal] gold, "
            "[three|count|3|medal] silver and [five|count|5|medal] bronze. "
            "[More than 2,000|count|2000|athlete] athletes from [198|count|198|country] countries "
            "competed, and [53,000|count|53000|spectator] spectators saw Faith Kiptoo win the "
            "[5,000 metres|quantity|5000|m], her [third|ordinal|3] world title. A crowd of "
            "[48,000|count|48000|person] had watched the men's final a day earlier."
        ),
    ),
    (
        "02-cricket",
        "2025-12-07",
        (
            "ADELAIDE, Dec 7 - Australia closed the [second|ordinal|2] day on "
            "[287|count|287|run] for [five|count|5|wicket] in reply to England's "
            "[334|count|334|run], with Steve Sutton unbeaten on [112|count|112|run]. England had "
            "resumed on [301|count|301|run] for [seven|count|7|wicket] and lost their last "
            "[three|count|3|wicket] wickets for [33|count|33|run] runs in [nine|count|9|over] overs. "
            "Pat Connolly took [four|count|4|wicket] for [61|count|61|run] and Josh Harlan "
            "[three|count|3|wicket] for [70|count|70|run]. Sutton's innings, his "
            "[37th|ordinal|37] Test hundred, came off [164|count|164|ball] balls and included "
            "[14|count|14|boundary] boundaries. Australia trail by [47|count|47|run] with "
            "[five|count|5|wicket] wickets left, and lead the [five|count|5|match]-match series "
            "[1|number|1]-[0|number|0]."
        ),
    ),
    (
        "03-election",
        "2025-09-02",
        (
            "DRESDEN, Sept 2 - The CDU won [42|count|42|seat] of the [120|count|120|seat] seats in "
            "Saxony's state election, the AfD [40|count|40|seat], the BSW [14|count|14|seat] and the "
            "SPD [10|count|10|seat]. The Greens took [eight|count|8|seat] and the Left "
            "[five|count|5|seat], with [one|count|1|seat] seat going to an independent. The CDU "
            "needs [61|count|61|seat] for a majority, [19|count|19|seat] more than it holds. Its "
            "share fell [0.8 percentage points|percent|0.8|pp] to [31.3%|percent|31.3|%], while "
            "the AfD received [724,000|count|724000|vote] votes, up from [595,000|count|595000|vote] "
            "in 2019. Turnout rose to [74.1%|percent|74.1|%] from [66.5%|percent|66.5|%], and "
            "[six|count|6|party] parties cleared the [5%|percent|5|%] threshold."
        ),
    ),
    (
        "04-football",
        "2025-03-03",
        (
            "ISTANBUL, March 3 - Galatasaray beat Kasimpasa [3|number|3]-[1|number|1] to go "
            "[six|count|6|point] points clear of Fenerbahce with [11|count|11|game] games left. "
            "Galatasaray have [64|count|64|point] points, Fenerbahce [58|count|58|point] and "
            "Besiktas [47|count|47|point]. The leaders have won [20|count|20|game] of their "
            "[25|count|25|game] games, drawn [four|count|4|game] and lost [one|count|1|game]. "
            "Victor Osimhen scored [two|count|2|goal] goals, his [19th|ordinal|19] and "
            "[20th|ordinal|20] league goals, in front of [51,000|count|51000|spectator] spectators, "
            "and the club's [three|count|3|striker] strikers have [41|count|41|goal] between them."
        ),
    ),
    (
        "05-hurricane",
        "2025-10-12",
        (
            "TAMPA, Fla., Oct 12 - Hurricane Delia destroyed [1,240|count|1240|home] homes, "
            "damaged [8,900|count|8900|home] and flooded [3,100|count|3100|home] more along "
            "Florida's Gulf coast, the state's emergency agency said. The death toll rose to "
            "[23|count|23|death] from [17|count|17|death] on Saturday. "
            "[Forty-two|count|42|shelter] shelters housed [6,400|count|6400|person] people, down "
            "from [9,800|count|9800|person] on Friday, and [1.1 million|count|1100000|customer] "
            "customers were still without power, [400,000|count|400000|customer] of them in "
            "Hillsborough and Pinellas counties. [Some 3,500|count|3500|worker] utility workers "
            "from [14|count|14|state] states are restoring lines. Insurers put losses at "
            "[$18 billion|money|18000000000|USD] to [$24 billion|money|24000000000|USD], and "
            "federal aid of [up to $750|money|750|USD] a household is available."
        ),
    ),
    (
        "06-airline",
        "2025-02-13",
        (
            "SINGAPORE, Feb 13 - Merlion Airways will take [12|count|12|aircraft] Airbus "
            "A350-1000 aircraft and [eight|count|8|freighter] Boeing 777-8 freighters from 2027, "
            "the carrier said on Thursday. Net profit rose to "
            "[S$2.1 billion|money|2100000000|SGD] in the nine months to December from "
            "[1.7 billion|money|1700000000|SGD], on revenue of [$14.2 billion|money|14200000000|SGD]. "
            "Jet fuel averaged [US$96|money|96|USD] a barrel, against [US$104|money|104|USD] a year "
            "earlier. The airline flew [29.3 million|count|29300000|passenger] passengers, up "
            "[9%|percent|9|%], and its [4,800|count|4800|flight attendant] flight attendants and "
            "[1,900|count|1900|pilot] pilots will share a bonus of "
            "[$120 million|money|120000000|SGD]. It operates [189|count|189|aircraft] aircraft, "
            "[22|count|22|aircraft] of them leased."
        ),
    ),
    (
        "07-eu-vote",
        "2025-05-22",
        (
            "BRUSSELS, May 22 - [Twenty-three|count|23|member state] of the "
            "[27|count|27|member state] member states backed the rules on data centres' power use "
            "on Thursday, [two|count|2|member state] voted against and [two|count|2|member state] "
            "abstained. In the European Parliament [412|count|412|lawmaker] lawmakers voted for "
            "the text, [186|count|186|lawmaker] against and [58|count|58|lawmaker] abstained. "
            "The bloc has [about 1,400|count|1400|data centre] data centres, which used "
            "[3.1%|percent|3.1|%] of its electricity in 2024, and operators of "
            "[more than 250|count|250|data centre] will have to report their water use. The "
            "Commission expects [€3 billion|money|3000000000|EUR] of savings a year and "
            "[some 120|count|120|inspector] national inspectors to enforce the rules."
        ),
    ),
    (
        "08-grand-prix",
        "2025-11-23",
        (
            "LAS VEGAS, Nov 23 - Max Verstappen won the Las Vegas Grand Prix from "
            "[fourth|ordinal|4] on the grid, his [ninth|ordinal|9] win of the season. He has now "
            "won [nine|count|9|race] of the [22|count|22|race] races, Lando Norris "
            "[six|count|6|race] and Charles Leclerc [three|count|3|race]. Norris leads the "
            "standings on [390|count|390|point] points to Oscar Piastri's [366|count|366|point] "
            "and Verstappen's [341|count|341|point], with [two|count|2|race] races left. "
            "[Three|count|3|driver] drivers retired in the opening [10|count|10|lap] laps of "
            "[50|count|50|lap], and [108,000|count|108000|spectator] spectators attended over the "
            "weekend, which organisers said brought [$1.2 billion|money|1200000000|USD] to the city."
        ),
    ),
    (
        "09-rupees",
        "2025-06-14",
        (
            "NEW DELHI, June 14 - India will spend [Rs 12,500 crore|money|125000000000|INR] on "
            "rural roads this year, and each of [1.8 lakh|count|180000|village] villages will get "
            "[Rs 5 lakh|money|500000|INR] for drainage. Farmers will receive "
            "[6,000 rupees|money|6000|INR] a year in [three|count|3|instalment] instalments, and "
            "diesel was cut to [87.6 Rs|money|87.6|INR] a litre. In Pakistan, the government "
            "raised petrol to [272 rupees|money|272|PKR] a litre, while Sri Lanka's central bank "
            "said remittances rose to [$6.5 billion|money|6500000000|USD]. Nepal will pay "
            "[15,000 rupees|money|15000|NPR] to each of [2,300|count|2300|family] families hit by "
            "the floods. India's [28|count|28|state] states and [eight|count|8|territory] "
            "territories will share [Rs 1.2 lakh crore|money|1200000000000|INR] in tax."
        ),
    ),
    (
        "10-canada",
        "2025-08-20",
        (
            "OTTAWA, Aug 20 - Ottawa will spend [$1.4 billion|money|1400000000|CAD] to fight "
            "wildfires that have burned [5.3 million hectares|quantity|5300000|ha] this year and "
            "forced [more than 42,000|count|42000|person] people from their homes. The money "
            "includes [$300 million|money|300000000|CAD] for [40|count|40|aircraft] firefighting "
            "aircraft and [C$85 million|money|85000000|CAD] for training [1,200|count|1200|firefighter] "
            "firefighters. Canada bought [US$620 million|money|620000000|USD] of firefighting "
            "equipment from American suppliers last year. In the United States, California has "
            "spent [$2.3 billion|money|2300000000|USD] on its own fleet. Provinces will add "
            "[$450 million|money|450000000|CAD], and British Columbia [$120 million|money|120000000|CAD]."
        ),
    ),
    (
        "11-sydney-wire",
        "2025-06-04",
        (
            "SYDNEY, June 4 (Reuters) - Iron ore rose [2.1%|percent|2.1|%] to "
            "[$104.50|money|104.5|USD] a tonne on Wednesday, lifting BHP and Fortescue. BHP said it "
            "would spend [A$3.2 billion|money|3200000000|AUD] on [two|count|2|mine] new mines in "
            "Western Australia that will employ [1,800|count|1800|worker] workers, "
            "[600|count|600|apprentice] of them apprentices. Fortescue shipped "
            "[47.7 million tonnes|quantity|47700000|t] in the quarter, up from "
            "[45.4 million|quantity|45400000|t], and cut costs to [$17.50|money|17.5|USD] a "
            "wet tonne. The state's royalties will reach [A$6.8 billion|money|6800000000|AUD], "
            "against [A$7.4 billion|money|7400000000|AUD] last year."
        ),
    ),
    (
        "12-pesos",
        "2025-04-09",
        (
            "MEXICO CITY, April 9 - Mexico recorded [1,240|count|1240|case] dengue cases last "
            "week, up from [980|count|980|case], and [14|count|14|death] deaths, against "
            "[nine|count|9|death]. The health ministry will spend "
            "[2.5 billion pesos|money|2500000000|MXN] on fumigation in [12|count|12|state] states. "
            "In Argentina, where cases fell to [3,100|count|3100|case] from [5,600|count|5600|case], "
            "the government cut a repellent's price to [4,500 pesos|money|4500|ARS]. Brazil "
            "reported [41,000|count|41000|case], and Peru [2,700|count|2700|case]."
        ),
    ),
]


def main() -> None:
    dev, hold = [], []
    for n, (key, reference, marked) in enumerate(BRIEFS, 1):
        text, figures = unmark(marked)
        case = {"id": f"own-f17-{key}", "family": key.split("-", 1)[1], "source": SOURCE,
                "reference_date": reference, "published": reference,
                "text": text, "figures": figures}  # fmt: skip
        (hold if n % 4 == 0 else dev).append(case)
    write("own-figures-dev17.jsonl", dev)
    write("own-figures-dev17-check.jsonl", hold)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
