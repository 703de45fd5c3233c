"""Build eval/own-figures-dev21.jsonl, own-figures-dev21-check.jsonl, own-briefs-dev21f.jsonl and
own-briefs-dev21f-check.jsonl.

Twenty-first figure dev set (issue 14, session 23), in two parts, written fresh by hand:

1. Figure cases (``own-f21-<family>-NNN``): one or two sentences each, in the families of the
   Recognizers-Text and Duckling specs, written as news sentences:
   - ``words``: number words that combine ("two hundred and forty-seven thousand pounds",
     "one million two hundred thousand", "half a million", "two dozen");
   - ``groups``: digit groups with spaces, Indian commas, Swiss apostrophes and dots
     ("70 000", "1,23,45,678", "CHF 1'250'000", "R$ 1.250.000");
   - ``scale``: scale suffixes and words ("2.7b", "3mn", "USD 5M", "£1.2bn", "$450k", "trn");
   - ``currency``: currencies by CLDR name, code and symbol ("12,000 Swiss francs", "SEK 45,000",
     "40 billion forints", "₩1.5 trillion", "NZ$45", "KSh 3.9 trillion");
   - ``units``: units by name, abbreviation and symbol ("140 km/h", "45 sq km", "3,000 m³",
     "18 knots", "41°C");
   - ``twounit``: an amount in two units, summed in the first ("7 pounds 4 ounces", "$12 and 50
     cents", "6 ft 5 in");
   - ``comparator``: a quantity modifier inside the span ("above", "nearly", "under", "at most",
     "fewer than", "up to", "no more than", "in excess of");
   - ``tally``: vote tallies and scores as two plain numbers ("voted 51-49", "beat ... 27-13",
     "seven to two"); "by 312 votes to 198" counts votes (a noun is given);
   - ``percent``: percentages of a whole ("33.7% of the vote", "4.1% of gross domestic product",
     "Of the 1,200 respondents, 45% ...");
   - ``distant``: a count's noun far from the number (lists closed by one noun, "of its 240
     stores", a partitive before, an elided noun after a count);
   - ``fields``: figures in labelled fields and bullets ("Deaths: 14", "Injured: 27" -> person,
     "• 3,400 homes", "Turnout: 58.2%");
   - ``mixed``: digits with scale words ("4.5 million", "12 thousand", "2 lakh", "3 crore");
   - ``sign`` and ``range``: signed numbers and ranges of every form;
   - ``negative``: numbers that are no figure (designations, idioms, vague amounts).
2. Briefs (``own-f21b-NN-<key>``): eight short wire and official briefs, figures only, rich in
   sports tables and counted nouns: a rugby round with results and a points table, a golf
   leaderboard, a one-day cricket scorecard, a flood situation report in labelled fields and
   bullets, election results "of the vote", football results and a scorers' list, a marathon's
   results (check) and a budget release in bullets (check).

Readings used where the conventions are silent (earlier sets' readings kept):
- golf round scores, totals and scores to par are ``number`` (held-out set 11's reading in
  ``eval/README.md``), as are rugby and football scores (ANNOTATION.md: a score is two numbers);
- cricket: a team's total counts "run", the wickets after "for" count "wicket", overs count
  "over" (dev9, dev20); a bowler's figures "5-34" are five wickets for 34 runs, as "took five
  for 34" (dev9's prose reading carried to the scorecard's short form);
- a header noun before a colon or over a list is the counted noun of the numbers under it
  ("Deaths: 14" -> death; "Injured: 27", "Missing: 6", "Evacuated: 1,150" -> person, as
  "300 injured"); a bracketed header noun "(points)", "(goals)", "(seats)" counts that noun;
- race times ("2:05:11") are sub-day durations, neither dates nor figures; rank markers ("1.")
  are list markers, untagged (set 12);
- a count's noun is the head noun's lemma; a noun given after a list of numbers counts each.
Every case was written by hand for briefx (people, firms and figures invented) and annotated by
``shared/eval/ANNOTATION.md`` before briefx was run on it. After the first run one mark was
added in its own commit: "in its first round" is an ordinal (ANNOTATION.md: "first" modifying a
noun), missed by the annotator. Markup as in
``build_own_figures_dev5.py``: ``[span|kind|value|unit]``. Case n with n % 4 == 0 of each
family, and the last two briefs, go to the ``-check`` files: scored only once, at the end of the
session.

Run from the project root: ``python eval/build_own_figures_dev21.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

CASES: dict[str, list[str]] = {
    "words": [
        "The appeal raised [two hundred and forty-seven thousand pounds|money|247000|GBP] in a week.",
        "[One million two hundred thousand|count|1200000|voter] voters are registered in the province.",
        "Officials counted [three thousand and six|count|3006|ballot] spoiled ballots.",
        "The port handled [forty-two million tonnes|quantity|42000000|t] of cargo last year.",
        "The league will have [twenty-four|count|24|club] clubs after the merger.",
        "The survey reached [half a million|count|500000|household] households across the country.",
        "[About a quarter of a million|count|250000|pilgrim] pilgrims are expected in the city.",
        "The copper mine employs [eleven hundred|count|1100|worker] workers.",
        "The festival sold [two point three million|count|2300000|ticket] tickets.",
        "The clinic treated [sixty-one|count|61|patient] patients on Sunday.",
        "The pension fund holds [thirty-five billion dollars|money|35000000000|USD] in assets.",
        "The winning number was [ninety-nine thousand nine hundred and ninety-nine|number|99999].",
        "The census found [four million three hundred and twelve thousand|count|4312000|resident] residents.",
        "The orchestra has [eighty-five|count|85|musician] musicians and a choir of [sixty|count|60|singer] singers.",
        "Rescuers pulled [two dozen|count|24|survivor] survivors from the rubble.",
        "The field pumps [seven hundred and fifty thousand barrels|quantity|750000|bbl] a day.",
    ],
    "groups": [
        "The new stadium holds [70 000|count|70000|spectator] spectators.",
        "The scheme has paid out [₹1,23,45,678|money|12345678|INR] so far.",
        "The state's budget for the year is [Rs 4,56,000 crore|money|4560000000000|INR].",
        "[1 250 000|count|1250000|visitor] visitors came to the museum last year.",
        "The constituency has [12,40,000|count|1240000|voter] voters on its rolls.",
        "The Zurich firm reported sales of [CHF 1'250'000|money|1250000|CHF].",
        "The São Paulo flat sold for [R$ 1.250.000|money|1250000|BRL].",
        "The Paris lottery winner collected [€2 500 000|money|2500000|EUR].",
        "Exports of rice reached [45,00,000 tonnes|quantity|4500000|t] in the season.",
        "The Nikkei index closed at [38 245.6|number|38245.6] on Friday.",
        "The ministry counted [1,000,000|count|1000000|signature] signatures on the petition.",
        "The carmaker employs [12 800|count|12800|person] people in Sweden.",
    ],
    "scale": [
        "The takeover is worth [$2.7b|money|2700000000|USD], the companies said.",
        "The banking app now has [3mn|count|3000000|user] users.",
        "The agency received [USD 5M|money|5000000|USD] from donors.",
        "Annual revenue rose to [£1.2bn|money|1200000000|GBP].",
        "The club paid [€85m|money|85000000|EUR] for the striker.",
        "The startup raised [$450k|money|450000|USD] in its [first|ordinal|1] round.",
        "The video platform served [2.7b|count|2700000000|view] views in May.",
        "India's fiscal deficit hit [Rs 5.2 trn|money|5200000000000|INR].",
        "Nigeria's budget for next year is [₦54.9trn|money|54900000000000|NGN].",
        "The brand sold [1.5M|count|1500000|car] cars in Europe.",
        "Canberra will spend [A$2.4bn|money|2400000000|AUD] on new frigates.",
        "The fund manages [US$12.5 bn|money|12500000000|USD] for pension schemes.",
    ],
    "currency": [
        "The Geneva court set the fine at [12,000 Swiss francs|money|12000|CHF].",
        "Tickets for the Tokyo show cost [¥3,000|money|3000|JPY].",
        "Each worker will receive a bonus of [SEK 45,000|money|45000|SEK].",
        "Budapest will spend [40 billion forints|money|40000000000|HUF] on trams.",
        "The Warsaw deal was valued at [250 million zlotys|money|250000000|PLN].",
        "Jakarta set aside [Rp 3 trillion|money|3000000000000|IDR] for flood defences.",
        "The Seoul contract is worth [₩1.5 trillion|money|1500000000000|KRW].",
        "A month's pass in Mumbai now costs [4,500 rupees|money|4500|INR].",
        "The Johannesburg bank lent [ZAR 800 million|money|800000000|ZAR] to the utility.",
        "Tourism earned [12 billion Turkish lira|money|12000000000|TRY] in the quarter.",
        "A night at the Auckland hostel costs [NZ$45|money|45|NZD].",
        "The central bank sold [MXN 2.3 billion|money|2300000000|MXN] of bonds.",
        "Each Manila visa costs [₱5,000|money|5000|PHP].",
        "Kenya's spending plan totals [KSh 3.9 trillion|money|3900000000000|KES].",
        "Entry to the Copenhagen museum costs [150 Danish kroner|money|150|DKK].",
        "The Oslo tender was priced at [NOK 1.75|money|1.75|NOK] a share.",
    ],
    "units": [
        "The gas pipeline runs [1,200 km|quantity|1200|km] to the coast.",
        "Gusts reached [140 km/h|quantity|140|km/h] on the island.",
        "The parcel weighed [3.5 kg|quantity|3.5|kg].",
        "The tanker carried [2 million bbl|quantity|2000000|bbl] of crude.",
        "Rainfall totalled [85 mm|quantity|85|mm] overnight.",
        "The fire has burned [12,500 hectares|quantity|12500|ha] of forest.",
        "The national park covers [45 sq km|quantity|45|km2].",
        "The solar plant will produce [600 MW|quantity|600|MW].",
        "Temperatures in Seville hit [41°C|quantity|41|°C] on Monday.",
        "The sturgeon weighed [210 lbs|quantity|210|lb].",
        "The bridge is [850 ft|quantity|850|ft] long.",
        "Engineers poured [3,000 m³|quantity|3000|m3] of concrete.",
        "The ferry sailed at [18 knots|quantity|18|kn].",
        "Each bottle holds [750 ml|quantity|750|ml].",
        "Crews pumped [40,000 gallons|quantity|40000|gal] of water from the mine.",
        "The snowpack was [2.3 metres|quantity|2.3|m] deep.",
    ],
    "twounit": [
        "The baby weighed [7 pounds 4 ounces|quantity|7.25|lb] at birth.",
        "The pike measured [4 feet 3 inches|quantity|4.25|ft].",
        "He paid [$12 and 50 cents|money|12.5|USD] for the ticket.",
        "The bar was set at [2 metres 35 centimetres|quantity|2.35|m].",
        "The bus fare is [£4 and 20p|money|4.2|GBP].",
        "The rower stands [6 ft 5 in|quantity|6.4166666667|ft].",
        "The parcel weighed [3 kg 500 g|quantity|3.5|kg].",
        "The river rose [1 m 20 cm|quantity|1.2|m] in a day.",
    ],
    "comparator": [
        "The central bank expects inflation of [above 4%|percent|4|%] this year.",
        "[Nearly 3,000|count|3000|job] jobs will go at the plant.",
        "Fares will cost [under $5|money|5|USD] a ride.",
        "Groups of [at most 12|count|12|person] people may gather outdoors.",
        "[More than 40|count|40|country] countries signed the treaty.",
        "[Fewer than 200|count|200|seat] seats remain for the final.",
        "[Up to 15 cm|quantity|15|cm] of snow is forecast.",
        "[Almost half a million|count|500000|visitor] visitors came to the fair.",
        "Rents may rise by [no more than 2%|percent|2|%] next year.",
        "Shares in the miner fell [just over 6%|percent|6|%].",
        "The house sold for [roughly £1.2m|money|1200000|GBP].",
        "[In excess of 500|count|500|complaint] complaints were filed.",
        "[At least 1,500|count|1500|home] homes lost power.",
        "[Around 80|count|80|firefighter] firefighters attended the blaze.",
        "The plan adds [over 2,000 kilometres|quantity|2000|km] of cycle lanes.",
        "[Close to 900|count|900|delegate] delegates attended the congress.",
    ],
    "tally": [
        "The Senate voted [51|number|51]-[49|number|49] to confirm her.",
        "The Supreme Court ruled [6|number|6]-[3|number|3] in favour of the state.",
        "Arsenal beat Chelsea [3|number|3]-[1|number|1] on Sunday.",
        "The Lakers won [112|number|112]-[104|number|104] in Denver.",
        "The motion passed by [312|count|312|vote] votes to [198|count|198|vote].",
        "Leinster beat Munster [27|number|27]-[13|number|13] at the Aviva Stadium.",
        "The board voted [7|number|7] to [2|number|2] to approve the merger.",
        "Sinner won [6|number|6]-[4|number|4], [7|number|7]-[5|number|5] in the final.",
        "The Chiefs won [24|number|24]-[17|number|17] in overtime.",
        "Councillors voted [nine|number|9] to [three|number|3] against the plan.",
    ],
    "percent": [
        "Public debt rose to [98%|percent|98|%] of GDP.",
        "Labour won [33.7%|percent|33.7|%] of the vote.",
        "[40 per cent|percent|40|%] of households have no car.",
        "The deficit narrowed to [4.1%|percent|4.1|%] of gross domestic product.",
        "Turnout was [67.3 per cent|percent|67.3|%], the commission said.",
        "[Sixty percent|percent|60|%] of respondents backed the plan.",
        "Of the [1,200|count|1200|respondent] respondents, [45%|percent|45|%] said prices were too high.",
        "The party took [12 percent|percent|12|%] of the vote, up from [9 percent|percent|9|%].",
    ],
    "distant": [
        "The airline cancelled [212|count|212|flight], [38|count|38|flight] and [19|count|19|flight] flights on Monday, Tuesday and Wednesday.",
        "Spain, Italy and Greece recorded [41|count|41|wildfire], [36|count|36|wildfire] and [22|count|22|wildfire] wildfires respectively.",
        "Of the [310|count|310|applicant] applicants, [112|count|112|applicant] were accepted.",
        "The fleet of [12|count|12|boat] boats lost [three|count|3|boat] in the storm.",
        "The retailer will close [15|count|15|store] of its [240|count|240|store] stores.",
        "[Six|count|6|minister] of the [22|count|22|minister] cabinet ministers resigned.",
        "The hospital had [430|count|430|bed] beds, and [380|count|380|bed] of them were full.",
        "Police questioned [64|count|64|fan] fans, [11|count|11|fan] of whom were later charged.",
    ],
    "fields": [
        "Deaths: [14|count|14|death]",
        "• [3,400|count|3400|home] homes without power",
        "Budget: [€4.2 million|money|4200000|EUR]",
        "Injured: [27|count|27|person]",
        "Distance: [42.2 km|quantity|42.2|km]",
        "- Evacuated: [1,150|count|1150|person]",
        "Fee: [€5|money|5|EUR] per visitor",
        "Vessels inspected: [86|count|86|vessel]",
        "Turnout: [58.2%|percent|58.2|%]",
        "• [212|count|212|school] schools closed and [88|count|88|school] open",
    ],
    "mixed": [
        "The city has [4.5 million|count|4500000|inhabitant] inhabitants.",
        "[12 thousand|count|12000|runner] runners took part.",
        "The farmer was paid [2 lakh rupees|money|200000|INR] in compensation.",
        "The temple received [₹3 crore|money|30000000|INR] in donations.",
        "The airport handled [1.2bn|count|1200000000|passenger] passengers over the decade.",
        "The strike cost the economy [£3 billion|money|3000000000|GBP].",
        "The dam holds [5 billion cubic metres|quantity|5000000000|m3] of water.",
        "The recall covers [1.1 million|count|1100000|vehicle] vehicles.",
    ],
    "sign": [
        "The index moved [-3.5%|percent|-3.5|%] on the day.",
        "Net change on the month: [+12,000|number|12000]",
        "The balance stood at [-€1.3 billion|money|-1300000000|EUR].",
        "Overnight lows of [-12°C|quantity|-12|°C] are expected.",
        "Net migration was [-4,500|number|-4500] last year.",
        "The yield changed by [+0.25 percentage point|percent|0.25|pp].",
    ],
    "range": [
        "The repairs will cost [€3|money|3000000000|EUR] to [€4 billion|money|4000000000|EUR].",
        "Growth of between [2%|percent|2|%] and [3%|percent|3|%] is forecast.",
        "Between [300|count|300|worker] and [400|count|400|worker] workers will be hired.",
        "The storm may bring [50|quantity|50|mm]-[80 mm|quantity|80|mm] of rain.",
        "Tickets cost from [$40|money|40|USD] to [$120|money|120|USD].",
        "The project needs [10|count|10|engineer] to [12|count|12|engineer] engineers.",
    ],
    "negative": [
        "One of the engines failed on take-off.",
        "Phase 2 of the metro opens under Section 4 of the plan.",
        "Thousands of people marched through the capital.",
        "The Boeing 737 landed safely at Gate 12.",
        "Two in three voters backed the measure.",
        "Hundreds of thousands of fish died in the lake.",
    ],
}

# (key, reference date, marked text)
BRIEFS: list[tuple[str, str, str]] = [
    (
        "01-rugby",
        "2026-02-08",
        (
            "DUBLIN, Feb 8 - Ireland beat France [27|number|27]-[20|number|20] at the Aviva "
            "Stadium on Saturday, scoring [three|count|3|try] tries to [two|count|2|try] in front "
            "of a crowd of [51,700|count|51700|person]. Fly-half Jack Crowley kicked "
            "[12|count|12|point] points. It was Ireland's [second|ordinal|2] win in "
            "[two|count|2|match] matches.\n"
            "Results: England [31|number|31] Wales [14|number|14]; Scotland [18|number|18] Italy "
            "[22|number|22].\n"
            "Table after [two|count|2|round] rounds (points): Ireland [10|count|10|point], Italy "
            "[8|count|8|point], England [6|count|6|point], France [5|count|5|point], Scotland "
            "[2|count|2|point], Wales [0|count|0|point].\n"
            "Italy have won [two|count|2|match] Six Nations matches in a row for the "
            "[first|ordinal|1] time, and [11,000|count|11000|fan] fans are expected in Rome next "
            "week."
        ),
    ),
    (
        "02-golf",
        "2026-01-24",
        (
            "DUBAI, Jan 24 - Leading scores after the [third|ordinal|3] round of the Desert "
            "Classic at the Emirates Golf Club on Saturday (par [72|number|72], Britain unless "
            "stated):\n"
            "[204|number|204] Tom Ashby [68|number|68] [66|number|66] [70|number|70]\n"
            "[206|number|206] Rafael Ortega (Spain) [70|number|70] [67|number|67] "
            "[69|number|69]\n"
            "[207|number|207] Lukas Brandt (Germany) [69|number|69] [69|number|69] "
            "[69|number|69], Ben Carver [71|number|71] [65|number|65] [71|number|71]\n"
            "Ashby made [seven|count|7|birdie] birdies and "
            "[one|count|1|bogey] bogey on Saturday and leads by [two|count|2|stroke] strokes. "
            "The winner will take [$1.5 million|money|1500000|USD] of the "
            "[$9 million|money|9000000|USD] purse. [Sixty-eight|count|68|player] players made "
            "the cut."
        ),
    ),
    (
        "03-cricket",
        "2026-03-02",
        (
            "CAPE TOWN, March 2 - South Africa beat Pakistan by [54|count|54|run] runs in the "
            "[second|ordinal|2] one-day international at Newlands on Sunday to level the "
            "[three|count|3|match]-match series at [1|number|1]-[1|number|1].\n"
            "Scores: South Africa [301|count|301|run] for [7|count|7|wicket] "
            "([50|count|50|over] overs; Aiden Markram [112|count|112|run], David Miller "
            "[58|count|58|run]; Shaheen Afridi [3|count|3|wicket]-[61|count|61|run]). Pakistan "
            "[247|count|247|run] ([44.2|count|44.2|over] overs; Babar Azam [81|count|81|run]; "
            "Kagiso Rabada [5|count|5|wicket]-[34|count|34|run]).\n"
            "Rabada's figures were the best of his [one-day|...] career."
        ),
    ),
    (
        "04-floods",
        "2026-07-14",
        (
            "ASSAM STATE DISASTER MANAGEMENT AUTHORITY - FLOOD SITUATION REPORT, 14 JULY\n"
            "Districts affected: [19|count|19|district]\n"
            "Population affected: [6,42,300|count|642300|person]\n"
            "Deaths: [14|count|14|death] (cumulative [52|count|52|death])\n"
            "Missing: [6|count|6|person]\n"
            "Relief camps: [318|count|318|camp], housing [41,920|count|41920|person] people\n"
            "• Crop area damaged: [28,450 hectares|quantity|28450|ha]\n"
            "• [1,276|count|1276|house] houses fully damaged and [6,830|count|6830|house] partly "
            "damaged\n"
            "• Rainfall at Guwahati: [142 mm|quantity|142|mm] in [24|...] hours\n"
            "• Ex gratia paid: [Rs 2.8 crore|money|28000000|INR]\n"
            "The Brahmaputra is flowing [48 cm|quantity|48|cm] above the danger level at "
            "Neamatighat. [Twenty-two|count|22|team] teams of the national and state disaster "
            "response forces are deployed, and [about 60%|percent|60|%] of Dhemaji district is "
            "under water."
        ),
    ),
    (
        "05-election",
        "2026-05-18",
        (
            "LISBON, May 18 - The Socialist Party won [41.2%|percent|41.2|%] of the vote in "
            "Sunday's snap election and [109|count|109|seat] of the [230|count|230|seat] seats in "
            "parliament, [seven|count|7|seat] short of a majority, final results showed.\n"
            "Seats (share of the vote): Socialists [109|count|109|seat] "
            "([41.2%|percent|41.2|%]), Democratic Alliance [78|count|78|seat] "
            "([29.8%|percent|29.8|%]), Chega [31|count|31|seat] ([13.1%|percent|13.1|%]), "
            "Liberal Initiative [8|count|8|seat] ([5.0%|percent|5|%]), others "
            "[4|count|4|seat].\n"
            "Turnout: [59.4%|percent|59.4|%], up [3.1 percentage points|percent|3.1|pp].\n"
            "The Democratic Alliance lost [13|count|13|seat], and Chega gained "
            "[19|count|19|seat]. [About 9.3 million|count|9300000|voter] voters were registered, "
            "and [1.5 million|count|1500000|ballot] ballots came by post."
        ),
    ),
    (
        "06-football",
        "2026-04-12",
        (
            "LONDON, April 12 - Premier League results on Saturday:\n"
            "Arsenal [2|number|2] Everton [0|number|0]\n"
            "Brighton [1|number|1] Fulham [1|number|1]\n"
            "Newcastle [4|number|4] Wolves [2|number|2]\n"
            "Leaders: Arsenal [74|count|74|point] points from [32|count|32|game] games, "
            "Liverpool [71|count|71|point], Manchester City [66|count|66|point].\n"
            "Leading scorers (goals): Erling Haaland [24|count|24|goal], Alexander Isak "
            "[19|count|19|goal], Bukayo Saka [16|count|16|goal].\n"
            "Alexander Isak scored [twice|...] for Newcastle before a crowd of "
            "[52,118|count|52118|person], and Arsenal have now kept [15|count|15|clean sheet] "
            "clean sheets, [three|count|3|clean sheet] more than any other side."
        ),
    ),
    (
        "07-marathon",
        "2026-04-20",
        (
            "BOSTON, April 20 - Kenya's Grace Wanjiru won the [130th|ordinal|130] Boston "
            "Marathon on Monday in 2:19:48, and Ethiopia's Tadese Bekele took the men's race.\n"
            "Results, women:\n"
            "1. Grace Wanjiru (Kenya) 2:19:48\n"
            "2. Hana Girma (Ethiopia) 2:20:31\n"
            "3. Emma Lowell (United States) 2:21:05\n"
            "The winners each earn [$150,000|money|150000|USD]. [About 30,000|count|30000|runner] "
            "runners started in Hopkinton, [26.2 miles|quantity|26.2|mi] from the finish, and "
            "[29,412|count|29412|runner] finished. Kenya took [four|count|4|place] of the top "
            "[ten|count|10|place] places in the women's race. Wanjiru, [28|number|28], won in "
            "Chicago in [2024|...]."
        ),
    ),
    (
        "08-budget",
        "2026-03-18",
        (
            "HM Treasury - Spring Statement: key measures\n"
            "• [£2.1 billion|money|2100000000|GBP] for school buildings over [three|...] years\n"
            "• [6,500|count|6500|teacher] new teachers in England, [1,200|count|1200|teacher] of "
            "them in maths\n"
            "• Fuel duty frozen at [52.95p|money|0.5295|GBP] per litre\n"
            "• [40|count|40|hospital] hospitals to be rebuilt, [eight|count|8|hospital] of them "
            "by 2030\n"
            "Borrowing: [£118 billion|money|118000000000|GBP], or [4.2%|percent|4.2|%] of GDP\n"
            "Debt: [96.4%|percent|96.4|%] of GDP\n"
            "Growth forecast: [1.1%|percent|1.1|%]\n"
            "The Chancellor said [2.3 million|count|2300000|household] households would gain "
            "[£180|money|180|GBP] a year on average."
        ),
    ),
]


def _strip_open(marked: str) -> str:
    """Drop the marks whose kind is ``...``: text noted as no figure (a duration, a year)."""
    import re

    return re.sub(r"\[([^\]|]+)\|\.\.\.\]", r"\1", marked)


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            text, figures = unmark(_strip_open(marked))
            case = {"id": f"own-f21-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "text": text, "figures": figures}  # fmt: skip
            (hold if n % 4 == 0 else dev).append(case)
    write("own-figures-dev21.jsonl", dev)
    write("own-figures-dev21-check.jsonl", hold)
    bdev, bhold = [], []
    for n, (key, reference, marked) in enumerate(BRIEFS, 1):
        text, figures = unmark(_strip_open(marked))
        case = {"id": f"own-f21b-{key}", "family": key.split("-", 1)[1], "source": SOURCE,
                "reference_date": reference, "published": reference,
                "text": text, "figures": figures}  # fmt: skip
        (bhold if n > len(BRIEFS) - 2 else bdev).append(case)
    write("own-briefs-dev21f.jsonl", bdev)
    write("own-briefs-dev21f-check.jsonl", bhold)
    for name, cases in (
        ("dev21", dev),
        ("dev21-check", hold),
        ("dev21f", bdev),
        ("dev21f-check", bhold),
    ):
        print(name, len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
