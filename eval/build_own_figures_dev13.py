"""Build eval/own-figures-dev13.jsonl and own-figures-dev13-check.jsonl.

Thirteenth figure dev set (issue 14, figures in briefs, session 15): short brief sentences and
paragraphs in the families where figures in briefs still lose F1 or norm:
- ``partitive``: a count whose noun stands away from it: "of whom 12 were children", "30 of
  whom were released", "Of the 40 applicants, 31 ...", "of which", "of these", "among the";
- ``header``: a label before a colon over a count ("Arrested: 14", "Arrested (3): <names>");
- ``table``: a row of cells split by spaces or tabs, the noun in the column header or the row
  label; a standings table stays plain numbers;
- ``points``: standings in running text ("58 points to Liverpool's 55", "who have 38") and
  results and standings lines, which stay plain numbers;
- ``designation``: numbers that name a thing ("bus 38", "Route 66", "Flight 370", "Gate 12"),
  no figures, beside figures that are;
- ``name_ordinal``: ordinals inside names ("the 82nd Venice International Film Festival", "the
  3rd Infantry Division", "the Fifth Circuit"), no figures, against ordinals that are
  ("its 125th anniversary", "the third-largest", "her second Olympic gold", "the 12th floor");
- ``n_of_m``: "61 of the 151 seats": two counts with the one noun;
- ``gapped``: gapped clauses ("rose 4% in May and 6% in June", "Germany sent 40 tanks and
  Poland 60"), the second figure taking the first one's unit;
- ``carry``: a sentence-initial number whose noun is left out and plain from the count of the
  sentence before ("Police arrested 45 people on Friday. 12 were later released.");
- ``brief``: short briefs mixing the families.
Every case was written by hand for briefx (no text is copied from any set or peer suite; every
figure, person and firm is invented or a public fact used as an example) and annotated by
``shared/eval/ANNOTATION.md`` and the readings in ``eval/README.md`` before briefx was run on
it. Readings used here where the conventions are silent:
- "N of whom/which were <plural noun>" counts that noun ("of whom 12 were children" -> child);
  otherwise a number before or after "of whom", "of which", "of these", "of them" counts the
  noun of the group it picks from ("30 of whom were later released" -> protester);
- a label before a colon over a number counts the people or things the label names ("Arrested:
  14" -> person, as dev set 12's "Killed: 23"; "Shelters open: 18" -> shelter); a number in
  brackets after such a label counts it too ("Arrested (3): ..." -> person);
- standings and results given as lines or tables ("Arsenal 58, Liverpool 55", a "Pts" column)
  are plain numbers; in running text a number of points with "points" after it or plain from
  the clause ("58 points to Liverpool's 55", "who have 38") is a count of "point";
- an ordinal that is part of a name (a numbered edition whose Wikipedia title begins with it,
  a numbered military unit, a numbered court) is no figure, as "the Second World War" in dev
  set 11; an ordinal of a lower-case noun ("its 125th anniversary") is one;
- a change column in a seats table ("+14") is a plain number, as ANNOTATION.md reads a sign
  with no noun after it.
Markup as in ``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. In each family the cases
numbered n with n % 4 == 0 go to the ``-check`` file: it is scored only once, at the end of the
session.

Run from the project root: ``python eval/build_own_figures_dev13.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark  # noqa: E402
from build_own_figures_dev11 import write  # noqa: E402

REFERENCE_DATE = "2025-06-10"

CASES: dict[str, list[str]] = {
    "partitive": [
        "The boat carried [64|count|64|migrant] migrants, of whom [12|count|12|child] were "
        "children.",
        "Police detained [85|count|85|protester] protesters, [30|count|30|protester] of whom "
        "were later released without charge.",
        "Of the [40|count|40|applicant] applicants, [31|count|31|applicant] were offered a place.",
        "The fire destroyed [210|count|210|home] homes, of which [45|count|45|home] were in the "
        "village itself.",
        "The ministry surveyed [1,200|count|1200|farm] farms; of these, [380|count|380|farm] "
        "reported crop losses.",
        "Among the [300|count|300|passenger] passengers, [27|count|27|passenger] needed hospital "
        "treatment.",
        "The airline employs [4,100|count|4100|pilot] pilots, [600|count|600|pilot] of whom are "
        "due to retire by 2030.",
        "[Fourteen|count|14|candidate] candidates stood for the seat, and "
        "[nine|count|9|woman] of them were women.",
        "Rescuers reached [52|count|52|survivor] survivors, of whom [19|count|19|survivor] were "
        "flown to the capital.",
        "The regulator fined [11|count|11|bank] banks, [three|count|3|bank] of which had been "
        "fined before.",
        "Of the [2,000|count|2000|worker] workers at the plant, [1,400|count|1400|worker] voted "
        "to strike.",
    ],
    "header": [
        "Arrested: [14|count|14|person]\nCharged: [9|count|9|person]\nReleased on bail: "
        "[5|count|5|person]",
        "Arrested ([3|count|3|person]): Daniel Okafor, Miriam Hale and Tomas Reyes.",
        "Evacuated: [2,300|count|2300|person]\nShelters open: [18|count|18|shelter]",
        "Rescued: [41|count|41|person]; missing: [7|count|7|person].",
        "Wounded ([5|count|5|person]): [two|count|2|police officer] police officers and "
        "[three|count|3|bystander] bystanders.",
        "Storm toll so far:\n• Dead: [4|count|4|person]\n• Homes without power: "
        "[38,000|count|38000|home]",
        "Detained: [22|count|22|person]\nDeported: [6|count|6|person]",
        "Victims named ([2|count|2|person]): Lena Brandt and Oskar Voss.",
    ],
    "table": [
        "Region\tCases\tDeaths\nNorth\t[1,204|count|1204|case]\t[17|count|17|death]\n"
        "South\t[988|count|988|case]\t[9|count|9|death]",
        "Indicator            Value\nFlights cancelled    [430|count|430|flight]\n"
        "Passengers stranded  [52,000|count|52000|passenger]",
        "Party        Seats   Change\nLabour       [212|count|212|seat]     [+14|number|14]\n"
        "Reform       [48|count|48|seat]      [+43|number|43]",
        "Team         P   W   Pts\nArsenal      [30|number|30]  [19|number|19]  [58|number|58]\n"
        "Liverpool    [30|number|30]  [17|number|17]  [55|number|55]",
        "District     Schools shut   Pupils affected\nEastfield    [12|count|12|school]"
        "             [4,800|count|4800|pupil]\nMarsh End    [7|count|7|school]"
        "              [2,150|count|2150|pupil]",
        "Port\tShips waiting\nAlpha\t[14|count|14|ship]\nBeta\t[9|count|9|ship]",
    ],
    "points": [
        "Leaders Arsenal have [58|count|58|point] points to Liverpool's [55|count|55|point].",
        "Napoli have [71|count|71|point] points to Inter's [68|count|68|point] with "
        "[three|count|3|game] games left.",
        "Standings: Arsenal [58|number|58], Liverpool [55|number|55], Chelsea [51|number|51].",
        "Results: Leeds [2|number|2] Everton [1|number|1]; Fulham [0|number|0] Brentford "
        "[0|number|0].",
        "Verstappen leads the championship on [312|count|312|point] points, "
        "[41|count|41|point] points ahead of Norris.",
        "The Warriors sit [4|count|4|point] points behind the Storm, who have "
        "[38|count|38|point].",
        "Top of the table: Celtic [83|number|83], Rangers [76|number|76], Hearts [60|number|60].",
        "Mercedes moved to [410|count|410|point] points, [12|count|12|point] ahead of Ferrari "
        "on [398|count|398|point].",
    ],
    "designation": [
        "Commuters waited for bus 38 after Route 66 was closed by a landslide.",
        "Flight 370 vanished with [239|count|239|person] people on board.",
        "Gate 12 at Terminal 3 was evacuated after a bag was found.",
        "Crews from Engine 7 and Ladder 14 fought the blaze on the [12th|ordinal|12] floor.",
        "Trains on Line 4 were suspended and Platform 9 was closed.",
        "The number 9 tram was diverted around the march, and [40|count|40|officer] officers "
        "lined the route.",
        "Storm damage closed Highway 1 between the [two|count|2|town] towns.",
        "Passengers on Flight 212 from Lisbon were held on the runway, and "
        "[three|count|3|flight] other flights were cancelled.",
    ],
    "name_ordinal": [
        "The 82nd Venice International Film Festival opens on Wednesday with "
        "[21|count|21|film] films in competition.",
        "The 97th Academy Awards drew [18 million|count|18000000|viewer] viewers.",
        "Fans marked the club's [125th|ordinal|125] anniversary with a parade.",
        "The 3rd Infantry Division sent [400|count|400|troop] troops to the border.",
        "The Fifth Circuit upheld the ruling on appeal.",
        "It is the country's [third|ordinal|3]-largest bank and its [second|ordinal|2]-biggest "
        "employer.",
        "She won her [second|ordinal|2] Olympic gold in Paris.",
        "The 79th Golden Globe Awards drew [5,000|count|5000|guest] guests.",
        "The town hosts the fair for the [10th|ordinal|10] time.",
        "The 101st Airborne Division will deploy [1,200|count|1200|soldier] soldiers.",
    ],
    "n_of_m": [
        "Labour won [61|count|61|seat] of the [151|count|151|seat] seats.",
        "Only [3|count|3|school] of [20|count|20|school] schools reopened after the flood.",
        "[Nine|count|9|juror] of the [12|count|12|juror] jurors voted to convict.",
        "The striker scored [14|count|14|goal] of his team's [40|count|40|goal] goals.",
        "[Two|count|2|reactor] of the plant's [six|count|6|reactor] reactors are offline.",
        "Inspectors failed [48|count|48|restaurant] of the [130|count|130|restaurant] "
        "restaurants they visited.",
        "[Eight|count|8|member] of the board's [11|count|11|member] members backed the deal.",
        "Rebels hold [four|count|4|province] of the country's [nine|count|9|province] "
        "provinces.",
    ],
    "gapped": [
        "Retail sales rose [4%|percent|4|%] in May and [6%|percent|6|%] in June.",
        "Germany sent [40|count|40|tank] tanks and Poland [60|count|60|tank].",
        "Exports grew [3.1%|percent|3.1|%] and imports [2.4%|percent|2.4|%].",
        "The north recorded [214|count|214|case] cases and the south [97|count|97|case].",
        "Ford recalled [90,000|count|90000|vehicle] vehicles in the United States and "
        "[12,000|count|12000|vehicle] in Canada.",
        "The firm will hire [300|count|300|engineer] engineers this year and "
        "[500|count|500|engineer] next year.",
        "Wheat fell [2%|percent|2|%], corn [1.5%|percent|1.5|%] and soybeans "
        "[0.8%|percent|0.8|%].",
        "The ministry closed [25|count|25|clinic] clinics in the east and [11|count|11|clinic] "
        "in the west.",
    ],
    "carry": [
        "Police arrested [45|count|45|person] people on Friday. [12|count|12|person] were later "
        "released.",
        "The storm damaged [300|count|300|home] homes. [Forty|count|40|home] were destroyed "
        "outright.",
        "Rescuers pulled [18|count|18|miner] miners from the shaft. [Three|count|3|miner] "
        "remain missing.",
        "The council received [1,240|count|1240|complaint] complaints last year. "
        "[310|count|310|complaint] concerned noise.",
        "The airline cancelled [96|count|96|flight] flights on Monday. [Sixty|count|60|flight] "
        "were domestic.",
        "Health officials confirmed [27|count|27|case] new cases. [Nine|count|9|case] are in "
        "the capital.",
        "The agency inspected [80|count|80|bridge] bridges. [Fifteen|count|15|bridge] need "
        "urgent repair.",
        "The club sold [25,000|count|25000|ticket] tickets in a day. [5,000|count|5000|ticket] "
        "went to members.",
    ],
    "brief": [
        "HARBOUR CITY, June 9 - A ferry carrying [212|count|212|passenger] passengers ran "
        "aground on Sunday, of whom [38|count|38|passenger] were treated for minor injuries. "
        "[Six|count|6|passenger] remain in hospital. The ferry, on Route 12 between the islands, "
        "was the operator's [second|ordinal|2] accident this year.",
        "Council election results\nSeats won: [34|count|34|seat]\nTurnout: "
        "[38%|percent|38|%]\nThe Greens took [9|count|9|seat] of the [60|count|60|seat] seats "
        "and Labour [17|count|17|seat].",
        "Of the [1,050|count|1050|runner] runners who started the marathon, "
        "[912|count|912|runner] finished. Bib 101, worn by the winner, was auctioned for "
        "[£2,400|money|2400|GBP].",
        "Premier League standings after [30|count|30|game] games: Arsenal [58|number|58], "
        "Liverpool [55|number|55]. Arsenal have won [six|count|6|game] of their last "
        "[seven|count|7|game] games.",
        "The 75th Cannes Film Festival screened [21|count|21|film] films in competition, "
        "[five|count|5|film] of them by women directors. Attendance rose [8%|percent|8|%] on "
        "the year before and ticket sales [11%|percent|11|%].",
        "Unemployment fell to [4.1%|percent|4.1|%] in May from [4.3%|percent|4.3|%] in "
        "April. Employers added [175,000|count|175000|job] jobs, of which "
        "[40,000|count|40000|job] were in health care.",
        "Arrested ([4|count|4|person]): Ian Holt, Rosa Diaz, Pavel Orlov and Jun Park. Police "
        "said [two|count|2|person] of the [four|count|4|person] had previous convictions.",
        "The bus company will run [30|count|30|bus] new electric buses on Route 9 and "
        "[12|count|12|bus] on Route 14 from July.",
    ],
}


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark(marked)
            case = {"id": f"own-f13-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": REFERENCE_DATE, "published": REFERENCE_DATE,
                    "text": text, "figures": figures}  # fmt: skip
            (hold if n % 4 == 0 else dev).append(case)
    write("own-figures-dev13.jsonl", dev)
    write("own-figures-dev13-check.jsonl", hold)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
