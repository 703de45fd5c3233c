"""Build eval/own-figures-dev18.jsonl and own-figures-dev18-check.jsonl.

Eighteenth figure dev set (issue 14, the counted noun where the number stands alone and the
figures that are no figures, session 20): twelve briefs of ordinary 2024-2025 news prose that
stress what the held-out briefs still get wrong:
- the counted noun not next to its number: shared by a list ("three gold, two silver",
  "Labour 45, the Greens 12"), given before the number as the clause's subject ("Burglaries
  fell to 4,210 from 4,880", "the toll stood at 40 on Monday, up from 31"), implied by the
  sentence's verb or subject ("Reform won 65 of the 98", "arrests rose to 120");
- compound count nouns and modifiers ("1,200 charging points", "300 electric buses");
- "$" by the text's country: Canadian, Australian, Singapore, Hong Kong and New Zealand news,
  and U.S. firms' news datelined abroad;
- numbers that are no figures: event and product names with an edition or model number
  ("COP30", "G20", "A380", "F1", "Euro 2028", "iPhone 16"), designations, times, addresses;
  and scores and tallies ("won 3-1", "voted 7-2"), two plain numbers each;
- numbers in words ("a dozen", "two dozen", "twenty-one", "nine").
Every brief was written by hand for briefx (firms, people and figures invented) and annotated by
``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx was run on it.
Readings used here where the conventions are silent:
- a number after a subject noun and a verb of change or level ("Burglaries fell to 4,210",
  "arrests rose to 120 from 95") counts the subject noun (dev15's reading of a restated count);
- a death toll restated without its noun counts "death" (dev9, dev17);
- a party's or country's number in a list after a count ("Reform won 65 of the 98 seats,
  Labour 7") counts the list's noun (dev17);
- a medal list "three gold, two silver" counts "medal" (dev17);
- "a dozen" / "two dozen" before a noun are counts (12, 24), the span the whole phrase.
After the first run three spans were corrected to ANNOTATION.md's rule that a quantity modifier
before the number is inside the span ("Some 4,000", "More than 3,900", "up to $1,000"; the
annotator had left the modifier out), in their own commit.
Markup as in ``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. Brief n with n % 4 == 0
goes to the ``-check`` file: it is scored only once, at the end of the session.

Run from the project root: ``python eval/build_own_figures_dev18.py`` (rewrites the files).
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
        "01-councils",
        "2025-05-03",
        (
            "LONDON, May 3 - Labour lost control of [14|count|14|council] councils in Thursday's "
            "local elections, the Conservatives [nine|count|9|council] and the Liberal Democrats "
            "[two|count|2|council], while Reform UK gained [677|count|677|seat] seats. In Durham, "
            "Reform won [65|count|65|seat] of the [98|count|98|seat] seats, the Liberal Democrats "
            "[14|count|14|seat], Labour [7|count|7|seat] and independents [12|count|12|seat]. The "
            "Greens now have [181|count|181|councillor] councillors in England, up from "
            "[150|count|150|councillor] a year ago. Turnout was [32%|percent|32|%], down "
            "[four percentage points|percent|4|pp]. In Runcorn the by-election was won by "
            "[six|count|6|vote] votes after [two|count|2|recount] recounts, and "
            "[1,400|count|1400|volunteer] volunteers staffed the count at the Halton stadium. "
            "Reform's leader said the party would field [650|count|650|candidate] candidates at "
            "the next general election."
        ),
    ),
    (
        "02-games",
        "2025-08-17",
        (
            "CHENGDU, Aug 17 - China finished the World Games on top of the medal table with "
            "[64|count|64|medal] medals, [36|count|36|medal] of them gold, ahead of Germany on "
            "[41|count|41|medal]. Italy won [nine|count|9|medal] gold, [12|count|12|medal] silver "
            "and [eight|count|8|medal] bronze, and France [seven|count|7|medal] gold and "
            "[five|count|5|medal] silver. Germany's team of [218|count|218|athlete] athletes took "
            "[a dozen|count|12|medal] gold medals in the water sports alone. [Some "
            "4,000|count|4000|athlete] athletes from [116|count|116|country] countries took part "
            "in [34|count|34|sport] sports, and organisers sold [1.1 million|count|1100000|ticket] "
            "tickets. Chinese lifesaver Lin Wei won [four|count|4|event] events, setting "
            "[two|count|2|record] world records, and the hosts beat Spain [3|number|3]-"
            "[1|number|1] in the final of the beach handball. The Games return in 2029, their "
            "[13th|ordinal|13] edition."
        ),
    ),
    (
        "03-quake",
        "2025-03-31",
        (
            "MANDALAY, March 31 (AP) - The death toll from Friday's magnitude "
            "[7.7|number|7.7] earthquake in central Myanmar stood at [2,065|count|2065|death] on "
            "Monday, up from [1,644|count|1644|death] on Sunday, the military government said. "
            "[More than 3,900|count|3900|person] people were injured and [270|count|270|person] "
            "are missing. Rescuers have pulled [653|count|653|person] people alive from the "
            "rubble, [48|count|48|child] of them children. Of [1,450|count|1450|building] "
            "buildings inspected in Mandalay, [310|count|310|building] were unsafe and "
            "[112|count|112|building] had collapsed. [Two dozen|count|24|team] rescue teams from "
            "[17|count|17|country] countries are working in the city, and the UN has released "
            "[$5 million|money|5000000|USD] from its emergency fund. Aftershocks continued, the "
            "strongest a magnitude [6.4|number|6.4]."
        ),
    ),
    (
        "04-toronto",
        "2025-06-11",
        (
            "TORONTO, June 11 - Toronto will buy [340|count|340|bus] electric buses for "
            "[$1.1 billion|money|1100000000|CAD] and install [1,200|count|1200|charging point] "
            "charging points at [eight|count|8|garage] garages, the city said on Wednesday. The "
            "federal government will pay [$380 million|money|380000000|CAD] and Ontario "
            "[$290 million|money|290000000|CAD]. The transit agency runs "
            "[2,100|count|2100|bus] buses on [159|count|159|route] routes, and ridership rose to "
            "[1.6 million|count|1600000|trip] trips a day from [1.4 million|count|1400000|trip]. "
            "Complaints fell to [8,240|count|8240|complaint] from [9,900|count|9900|complaint]. "
            "Deliveries of [60|count|60|bus] buses a year start in 2026 from a plant in Winnipeg "
            "that employs [1,700|count|1700|worker] workers."
        ),
    ),
    (
        "05-crime",
        "2025-07-24",
        (
            "MANCHESTER, July 24 - Burglaries in Greater Manchester fell to "
            "[14,210|count|14210|burglary] in the year to March from [16,880|count|16880|burglary], "
            "police said, while robberies rose to [5,920|count|5920|robbery]. Knife offences were "
            "down [8%|percent|8|%] at [3,450|count|3450|offence]. Arrests for shoplifting rose to "
            "[2,120|count|2120|arrest] from [1,795|count|1795|arrest], and the force has "
            "recruited [640|count|640|officer] officers since 2023. Homicides stood at "
            "[41|count|41|homicide], against [49|count|49|homicide] a year earlier, and "
            "[nine|count|9|homicide] remain unsolved. Calls to 999 rose to "
            "[1.2 million|count|1200000|call], and the force closed "
            "[three|count|3|police station] of its [36|count|36|police station] police stations "
            "to the public."
        ),
    ),
    (
        "06-hongkong",
        "2025-02-26",
        (
            "HONG KONG, Feb 26 - Hong Kong's government forecast a deficit of "
            "[$87 billion|money|87000000000|HKD] for the coming year, its [fourth|ordinal|4] in "
            "a row, and said it would cut [10,000|count|10000|post] civil service posts by 2027. "
            "Financial Secretary Paul Chan said reserves would fall to "
            "[$647 billion|money|647000000000|HKD] and that the city would issue "
            "[$150 billion|money|150000000000|HKD] to [$195 billion|money|195000000000|HKD] of "
            "bonds a year. Land sales raised [$13 billion|money|13000000000|HKD], down from "
            "[$33 billion|money|33000000000|HKD]. Visitors rose to "
            "[44.5 million|count|44500000|visitor] last year from [34 million|count|34000000|visitor], "
            "and the airport's [third|ordinal|3] runway handled [1,180|count|1180|flight] flights a day. "
            "Cathay Pacific will add [12|count|12|aircraft] Airbus A330neo aircraft, and the "
            "city's [7.5 million|count|7500000|resident] residents will get a rates waiver of [up "
            "to $1,000|money|1000|HKD]."
        ),
    ),
    (
        "07-summits",
        "2025-11-21",
        (
            "BELEM, Brazil, Nov 21 - Negotiators at COP30 worked through the night on a text "
            "that [194|count|194|country] countries must approve, after talks at the G20 in "
            "Johannesburg ended without a deal on finance. Brazil wants rich nations to raise "
            "[$1.3 trillion|money|1300000000000|USD] a year by 2035, up from the "
            "[$300 billion|money|300000000000|USD] agreed at COP29 in Baku. "
            "[More than 50,000|count|50000|delegate] delegates registered, and "
            "[1,773|count|1773|lobbyist] fossil fuel lobbyists, against [2,456|count|2456|lobbyist] "
            "at COP28. An Airbus A380 chartered by the Gulf states brought [480|count|480|delegate] "
            "delegates, and Brazil's Petrobras pledged [R$11 billion|money|11000000000|BRL] for "
            "[15|count|15|project] clean energy projects. The next talks, COP31, go to Antalya, "
            "with Australia chairing the negotiations, the [first|ordinal|1] such split since 1995."
        ),
    ),
    (
        "08-sydney",
        "2025-08-27",
        (
            "SYDNEY, Aug 27 - Qantas reported an underlying profit of "
            "[$2.39 billion|money|2390000000|AUD] for the year to June, up from "
            "[$2.08 billion|money|2080000000|AUD], and said it would pay its "
            "[28,000|count|28000|staff] staff a bonus of [$1,500|money|1500|AUD] each. The "
            "airline flew [56 million|count|56000000|passenger] passengers on "
            "[336|count|336|aircraft] aircraft and will take [24|count|24|aircraft] Airbus A321XLR "
            "jets and [12|count|12|aircraft] A350-1000s by 2029. Fuel cost "
            "[$5.4 billion|money|5400000000|AUD], and the carrier bought back "
            "[$400 million|money|400000000|AUD] of shares. In the United States, where Qantas "
            "partners with American Airlines, fares rose [6%|percent|6|%]. Its "
            "[2,900|count|2900|pilot] pilots will vote on a pay deal that adds "
            "[3%|percent|3|%] a year."
        ),
    ),
    (
        "09-tennis-f1",
        "2025-09-08",
        (
            "NEW YORK, Sept 8 - Jannik Sinner won the U.S. Open, beating Carlos Alcaraz "
            "[6|number|6]-[3|number|3], [7|number|7]-[5|number|5], [6|number|6]-[2|number|2] for "
            "his [fifth|ordinal|5] Grand Slam title and [$5 million|money|5000000|USD] in prize "
            "money. The Italian served [14|count|14|ace] aces and won [38|count|38|point] of "
            "[44|count|44|point] points at the net. A crowd of [23,000|count|23000|person] "
            "watched at Arthur Ashe Stadium. In Formula One, McLaren's Oscar Piastri leads the F1 "
            "standings on [324|count|324|point] points, Lando Norris [293|count|293|point] and Max "
            "Verstappen [230|count|230|point], with [eight|count|8|race] races left. Piastri has "
            "won [seven|count|7|race] of the [16|count|16|race] races, Norris "
            "[five|count|5|race]. The U.S. Supreme Court, in a separate ruling, voted "
            "[7|number|7]-[2|number|2] to let the tennis body keep its appeal rules."
        ),
    ),
    (
        "10-singapore",
        "2025-05-05",
        (
            "SINGAPORE, May 5 - The People's Action Party won [87|count|87|seat] of the "
            "[97|count|97|seat] seats in Saturday's election, the Workers' Party "
            "[10|count|10|seat], and took [65.6%|percent|65.6|%] of the vote. The government "
            "will spend [$1.2 billion|money|1200000000|SGD] on housing grants and build "
            "[19,600|count|19600|flat] new flats this year, up from [15,000|count|15000|flat]. "
            "Each of [1.3 million|count|1300000|household] households will get vouchers worth "
            "[$500|money|500|SGD], and [35|count|35|minister] ministers were sworn in on Monday. "
            "Singapore Airlines, whose Boeing 787 fleet flies to [13|count|13|city] U.S. "
            "cities, said it would keep fares in U.S. dollars on those routes."
        ),
    ),
    (
        "11-europe-votes",
        "2025-10-09",
        (
            "STRASBOURG, Oct 9 - The European Parliament rejected a motion of censure against "
            "the Commission by [378|count|378|vote] votes to [175|count|175|vote], with "
            "[18|count|18|abstention] abstentions. Of the [720|count|720|lawmaker] lawmakers, "
            "[571|count|571|lawmaker] voted. The far-right Patriots group, with "
            "[85|count|85|member] members, backed it, as did [20|count|20|member] of the Greens' "
            "[53|count|53|member], and the European People's Party, the largest group with "
            "[188|count|188|member], voted against. Earlier the chamber approved a [€150 billion|money|150000000000|EUR] defence "
            "loan scheme by [419|count|419|vote] votes to [204|count|204|vote], and a ban on "
            "[12|count|12|pesticide] pesticides. Euro 2028 hosts Britain and Ireland were granted "
            "[€40 million|money|40000000|EUR] for stadium security at [nine|count|9|venue] "
            "venues, and the Commission's [27|count|27|commissioner] commissioners keep their posts."
        ),
    ),
    (
        "12-auckland",
        "2025-07-03",
        (
            "AUCKLAND, July 3 - Fonterra lifted its forecast milk price to "
            "[$10|money|10|NZD] a kilogram of milk solids, up from [$9.30|money|9.3|NZD], "
            "lifting farm income by [$2 billion|money|2000000000|NZD] across its "
            "[8,000|count|8000|shareholder] farmer shareholders. New Zealand has "
            "[4.7 million|count|4700000|cow] dairy cows, down from [5 million|count|5000000|cow] "
            "in 2015, and the co-operative collected [1,490 million kilograms|quantity|1490000000|kg] "
            "of milk solids. It will close [two|count|2|plant] of its [29|count|29|plant] plants "
            "and sell its consumer brands to Lactalis for [$4.22 billion|money|4220000000|NZD]. "
            "Apple, in a separate deal, agreed to pay [US$95 million|money|95000000|USD] to settle "
            "a claim over its Siri assistant, which New Zealand users of the iPhone 16 had joined."
        ),
    ),
]


def main() -> None:
    dev, hold = [], []
    for n, (key, reference, marked) in enumerate(BRIEFS, 1):
        text, figures = unmark(marked)
        case = {"id": f"own-f18-{key}", "family": key.split("-", 1)[1], "source": SOURCE,
                "reference_date": reference, "published": reference,
                "text": text, "figures": figures}  # fmt: skip
        (hold if n % 4 == 0 else dev).append(case)
    write("own-figures-dev18.jsonl", dev)
    write("own-figures-dev18-check.jsonl", hold)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
