"""Build eval/own-figures-dev10.jsonl and own-figures-dev10-check.jsonl.

Tenth figure dev set (issue 14, figures half, session 11): twelve brief paragraphs of weather,
disaster, science and sport, dense in measures, placings and result lines: wind speeds in every
written form ("gusts of up to 230 kph", "185 km/h", "115 mph", "100 knots"), pressure ("950 hPa",
"hectopascals"), rain and snow ("300mm", "12 inches"), temperatures in every written form ("46C",
"46.6 C", "45 degrees Celsius", "118F", "minus 8", "-5F", "a high of 38", "six degrees above
normal"), heights, depths and distances ("12km high", "10 kilometres deep", "a 3.5-kilometre
fissure", "a 70-metre rocket"), masses and doses ("2.4 mg", "15 milligrams", "7,590 tonnes"),
speeds in sport and spaceflight ("338 km/h", "27,000 km/h"), areas ("4,500 hectares", "4 sq
km"), energy and power; ordinals of placing after a verb ("finished third", "came in second",
"is fourth in the standings", "ranked fifth", "slipped to 12th") against discourse adverbs
("First, we must", "she first ...") and "for the first time"; index levels and points, a chess
score ("7.5-6.5"), seat and vote tables under their header ("Seats: SPD 57" as dev9), "a
combined 41 seats", noun-noun compounds ("fire engines"), lists of doses with the unit on the
last ("5, 10 and 15 mg"); negatives: lap and race times and other durations under a day,
"Category 4", "Signal No. 4", "Phase 3", "Game 11", ages, times of day.

Every text was written by hand for briefx (storms, volcanoes, firms, people's figures and events
are invented or changed; real places, teams and institutions appear only as context, and every
figure is invented) and annotated by ``shared/eval/ANNOTATION.md`` and the readings in
``eval/README.md`` before briefx was run on it. Markup as in ``build_own_figures_dev6.py``:
``[span|kind|value|unit]``. Readings used here where the conventions are silent:
- an ordinal of placing or rank after a verb or preposition ("finished third", "came in second",
  "is fourth in the standings", "slipped to 12th", a gapped "Ferrari second") is an ordinal
  figure, as OntoNotes tags it (it stands for "Nth place"); discourse adverbs ("First, we
  must", "Second, ...") and "first" meaning "for the first time" ("she first flew") are not;
- a temperature with its unit left out ("a high of 38", "minus 8", "six degrees above normal")
  takes the temperature unit of the text, the span being the number with "minus" and "degrees"
  where written (as a count restores a noun that is plain from the text);
- "a combined 41 seats": "a combined" is no hedge and stays outside the span;
- a thrust or load in tonnes is "t"; a dose rate ("2.4 mg a week") keeps the rate outside;
- the lower ends of a list of amounts with the unit only on the last ("5, 10 and 15 mg") take
  that unit, as the end of a range does.
Briefs 04, 08 and 12 go to the ``-check`` file: it is scored only at the end of a session.

Run from the project root: ``python eval/build_own_figures_dev10.py`` (rewrites the files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import copy  # noqa: E402
import json  # noqa: E402

from build_own_figures_dev6 import SOURCE, check, unmark  # noqa: E402
from build_own_figures_dev8 import UNIT_SYMBOLS as DEV8_UNITS  # noqa: E402

UNIT_SYMBOLS = DEV8_UNITS | {"hPa", "mi2"}

# (key, reference date, family, marked text)
BRIEFS: list[tuple[str, str, str, str]] = [
    (
        "01-typhoon",
        "2026-10-18",
        "weather",
        "MANILA, Oct 18 - Typhoon Marisol made landfall in eastern Samar on Sunday with sustained "
        "winds of [185 km/h|quantity|185|km/h] and gusts of [up to 230kph|quantity|230|km/h], the "
        "weather bureau said, the [third|ordinal|3] typhoon to hit the country this month. Its "
        "central pressure fell to [950 hPa|quantity|950|hPa]. Forecasters expect "
        "[200|quantity|200|mm] to [300mm|quantity|300|mm] of rain and storm surges of "
        "[up to 4 metres|quantity|4|m] along the coast. Storm Signal No. 4 was raised in "
        "[nine|count|9|province] provinces, and [more than 120,000|count|120000|person] people "
        "were moved from [412|count|412|village] villages. Airlines cancelled "
        "[36|count|36|flight] flights. The storm, as strong as a Category 4 hurricane, was moving "
        "west at [20 kilometres per hour|quantity|20|km/h] and was "
        "[about 300 km|quantity|300|km] east of Manila at 5 p.m.\n",
    ),
    (
        "02-eruption",
        "2026-11-21",
        "disaster",
        "REYKJAVIK, Nov 21 - A volcano on the Reykjanes peninsula erupted for the "
        "[seventh|ordinal|7] time in a year on Thursday, opening a "
        "[3.5-kilometre|quantity|3.5|km] fissure north of the town. Lava fountains reached "
        "[50 metres|quantity|50|m] and an ash plume rose [12km|quantity|12|km] high. The Met "
        "Office recorded [about 700|count|700|earthquake] earthquakes overnight, the largest of "
        "magnitude [4.1|number|4.1] and [10 kilometres|quantity|10|km] deep. Lava has covered "
        "[about 4 sq km|quantity|4|km2], and the ground had risen by "
        "[30 centimetres|quantity|30|cm] since August. The town's [3,700|count|3700|resident] "
        "residents were evacuated, and the spa [5 km|quantity|5|km] away closed. The vents emit "
        "[up to 25,000 tonnes|quantity|25000|t] of sulphur dioxide a day. Residents first heard "
        "the rumbling at dawn, the [second|ordinal|2] such warning this month.\n",
    ),
    (
        "03-heatwave",
        "2026-07-16",
        "weather",
        "ATHENS, July 16 - Temperatures reached [46C|quantity|46|°C] in Larissa on Tuesday and "
        "[44.8 C|quantity|44.8|°C] in Athens, where the Acropolis closed for the "
        "[fourth|ordinal|4] day. Seville recorded [45 degrees Celsius|quantity|45|°C], "
        "[six degrees|quantity|6|°C] above normal for July, and nights stayed above "
        "[30C|quantity|30|°C]. Forecasters expect a high of [38|quantity|38|°C] in Rome on "
        "Thursday. Wildfires have burned [4,500 hectares|quantity|4500|ha] near Corinth, where "
        "[1,200|count|1200|firefighter] firefighters and [40|count|40|fire engine] fire engines "
        "were deployed. [Eleven|count|11|region] regions are on red alert, and power demand "
        "peaked at [41 GW|quantity|41|GW]. First, we must protect the elderly, the health "
        "minister said.\n",
    ),
    (
        "04-winter-storm",
        "2026-01-20",
        "weather",
        "CHICAGO, Jan 20 - A winter storm dumped [12 inches|quantity|12|in] of snow on Chicago "
        "and [up to 2 feet|quantity|2|ft] in Michigan, with winds gusting to "
        "[60 mph|quantity|60|mph]. Temperatures fell to [-5F|quantity|-5|°F] at O'Hare, and the "
        "weather service forecast a low of [minus 8|quantity|-8|°F] on Wednesday, with wind chills "
        "of [minus 30 degrees|quantity|-30|°F]. Airlines cancelled [1,900|count|1900|flight] "
        "flights, and [about 250,000|count|250000|customer] customers lost power. Lake Michigan "
        "waves reached [18 feet|quantity|18|ft], and an ice shelf of "
        "[120 square miles|quantity|120|mi2] formed on Lake Erie. The city sent out "
        "[320|count|320|plow] plows. A freighter in [100 knots|quantity|100|kn] of wind was "
        "towed [40 miles|quantity|40|mi] to port.\n",
    ),
    (
        "05-drug-trial",
        "2026-06-21",
        "science",
        "COPENHAGEN, June 21 - Patients taking the highest dose, [2.4 mg|quantity|2.4|mg] a week, "
        "lost [15.2%|percent|15.2|%] of their body weight over 68 weeks, against "
        "[2.4%|percent|2.4|%] on placebo, the drugmaker said of its Phase 3 trial. The trial "
        "enrolled [1,961|count|1961|adult] adults at [72|count|72|site] sites in "
        "[nine|count|9|country] countries. Doses of [5|quantity|5|mg], [10|quantity|10|mg] and "
        "[15 mg|quantity|15|mg] were tested; those on [15 milligrams|quantity|15|mg] lost "
        "[14.9 kilograms|quantity|14.9|kg] on average. [About 6.8%|percent|6.8|%] of patients "
        "stopped treatment because of side effects, and [two|count|2|patient] patients had "
        "pancreatitis. The drug ranked [first|ordinal|1] of the [five|count|5|treatment] "
        "treatments compared. The company's shares rose [4.1%|percent|4.1|%] to "
        "[712 crowns|money|712|DKK].\n",
    ),
    (
        "06-rocket",
        "2026-03-14",
        "space",
        "CAPE CANAVERAL, Fla., March 14 - The [70-metre|quantity|70|m] rocket lifted off at 9:42 "
        "a.m., carrying [24|count|24|satellite] satellites and "
        "[about 17 tonnes|quantity|17|t] of cargo to an orbit [550 km|quantity|550|km] above "
        "Earth. Its [33|count|33|engine] first-stage engines produce "
        "[7,590 tonnes|quantity|7590|t] of thrust, and the upper stage reached "
        "[27,000 km/h|quantity|27000|km/h] about eight minutes after launch. The booster, on its "
        "[25th|ordinal|25] flight, landed on a drone ship [about 600 kilometres|quantity|600|km] "
        "downrange. It was the company's [134th|ordinal|134] launch of the year, and the mission "
        "cost [$67 million|money|67000000|USD]. The heat shield withstood "
        "[1,400 degrees Celsius|quantity|1400|°C] on re-entry.\n",
    ),
    (
        "07-formula-one",
        "2026-12-07",
        "sport",
        "ABU DHABI, Dec 7 - Max Verstappen won the Abu Dhabi Grand Prix on Sunday, his "
        "[ninth|ordinal|9] win of the season, with Lando Norris [second|ordinal|2] and Charles Leclerc, who "
        "started [16th|ordinal|16], finishing [third|ordinal|3]. Lewis Hamilton came in "
        "[fourth|ordinal|4], and Oscar Piastri slipped to [12th|ordinal|12] after a "
        "five-second penalty. Verstappen led [52|count|52|lap] of the "
        "[58|count|58|lap] laps, set the fastest lap in 1:26.103 and was clocked at "
        "[338 km/h|quantity|338|km/h] on the back straight. He ends the season on "
        "[437|count|437|point] points, [63|count|63|point] clear of Norris. McLaren are "
        "[first|ordinal|1] in the constructors' standings, Ferrari [second|ordinal|2] and Red "
        "Bull [third|ordinal|3]. The race drew a combined [172,000|count|172000|spectator] "
        "spectators over three days.\n",
    ),
    (
        "08-chess",
        "2026-12-12",
        "sport",
        "SINGAPORE, Dec 12 - Gukesh Dommaraju won the world chess championship on Thursday, "
        "beating Ding Liren [7.5|number|7.5]-[6.5|number|6.5] after winning the "
        "[14th|ordinal|14] and final game in [58|count|58|move] moves. Ding had led after Game 11 "
        "but blundered with under two minutes on his clock. The match had "
        "[nine|count|9|draw] draws. Gukesh, 18, is ranked [fifth|ordinal|5] in the world with a "
        "rating of [2,783|number|2783], and is the [18th|ordinal|18] undisputed champion. The "
        "prize fund was [$2.5 million|money|2500000|USD], with [$200,000|money|200000|USD] for "
        "each game won. He first learned the game at seven.\n",
    ),
    (
        "09-election-seats",
        "2026-11-30",
        "tables",
        "WINDHOEK, Nov 30 - Final results of the National Assembly election, as announced by the "
        "electoral commission:\n"
        "Seats: SWAPO [51|count|51|seat], IPC [20|count|20|seat], AR [6|count|6|seat], PDM "
        "[5|count|5|seat], others [14|count|14|seat]\n"
        "Votes: SWAPO [587,480|count|587480|vote], IPC [231,203|count|231203|vote]\n"
        "Turnout: [76.8%|percent|76.8|%]\n"
        "SWAPO needs [49|count|49|seat] seats for a majority in the "
        "[96|count|96|seat]-seat chamber. The opposition won a combined [45|count|45|seat] "
        "seats, [seven|count|7|seat] more than in 2021, and the IPC, which came "
        "[second|ordinal|2], doubled its share. [Three|count|3|party] parties lost all their "
        "seats.\n",
    ),
    (
        "10-market-rout",
        "2026-08-05",
        "markets",
        "TOKYO, Aug 5 - The Nikkei share average plunged [4,451.28|count|4451.28|point] points, or "
        "[12.4%|percent|12.4|%], to [31,458.42|number|31458.42] on Monday, its biggest point drop "
        "ever. The broader Topix fell [12.2%|percent|12.2|%] to [2,227.15|number|2227.15]. "
        "Of the [225|count|225|stock] stocks in the Nikkei, only [two|count|2|stock] rose. "
        "Volume reached [5.8 billion|count|5800000000|share] shares. The yen strengthened to "
        "[141.70|money|141.7|JPY] per dollar, and the 10-year yield fell "
        "[13 basis points|percent|0.13|pp] to [0.78%|percent|0.78|%]. "
        "[About $1.2 trillion|money|1200000000000|USD] of market value was wiped out. Second, the "
        "central bank said, it would watch markets closely. Tokyo's exchange now ranks "
        "[fifth|ordinal|5] in the world by market value.\n",
    ),
    (
        "11-hurricane-us",
        "2026-09-28",
        "weather",
        "TAMPA, Fla., Sept 28 - Hurricane Dora came ashore near Cedar Key as a Category 4 storm "
        "with maximum sustained winds of [140 mph|quantity|140|mph], and a storm surge of "
        "[15 feet|quantity|15|ft] flooded the coast. Its pressure was [938 hectopascals|quantity|938|hPa]. "
        "Forecasters said parts of Georgia could see [12|quantity|12|in] to "
        "[18 inches|quantity|18|in] of rain. A buoy [60 nautical miles|quantity|60|nmi] offshore "
        "measured waves of [41 feet|quantity|41|ft] and gusts of [112 knots|quantity|112|kn]. "
        "[More than 4.2 million|count|4200000|customer] customers lost power, and the storm killed "
        "[at least 33|count|33|person] people. It was the [fifth|ordinal|5] hurricane of the "
        "season, and crossed water at [31C|quantity|31|°C], or [88F|quantity|88|°F].\n",
    ),
    (
        "12-marathon",
        "2026-04-20",
        "sport",
        "BOSTON, April 20 - Sisay Lemma won the Boston Marathon on Monday in 2:06:17, the "
        "[third|ordinal|3] fastest time on the course, and Evans Chebet came in "
        "[second|ordinal|2], 41 seconds behind. Defending champion John "
        "Korir, who was ranked [first|ordinal|1] before the race, was [fourth|ordinal|4]. "
        "Lemma passed halfway in 1:00:19 and reached [21 km/h|quantity|21|km/h] on "
        "the downhill. The [42.2-kilometre|quantity|42.2|km] course drops "
        "[140 metres|quantity|140|m], and [about 30,000|count|30000|runner] runners started in "
        "[12C|quantity|12|°C]. The winner takes [$150,000|money|150000|USD].\n",
    ),
]
CHECK = ("04-winter-storm", "08-chess", "12-marathon")


def write(name: str, cases: list[dict[str, object]], units: set[str]) -> None:
    """Check as dev6 does, but let a count's noun be a fixed noun-noun compound ("fire engine",
    ANNOTATION.md), then write the file."""
    spaced = copy.deepcopy(cases)
    for c in spaced:
        for f in c["figures"]:  # type: ignore[attr-defined]
            if f["kind"] == "count":
                f["unit"] = f["unit"].replace(" ", "")
    check(spaced, units)
    with (HERE / name).open("w", encoding="utf-8") as out:
        for c in cases:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")


def main() -> None:
    dev, hold = [], []
    for key, ref, family, marked in BRIEFS:
        text, figures = unmark(marked)
        case = {"id": f"own-fb10-{key}", "family": family, "source": SOURCE, "published": ref,
                "reference_date": ref, "text": text, "figures": figures}  # fmt: skip
        (hold if key in CHECK else dev).append(case)
    write("own-figures-dev10.jsonl", dev, UNIT_SYMBOLS)
    write("own-figures-dev10-check.jsonl", hold, UNIT_SYMBOLS)
    n_dev = sum(len(c["figures"]) for c in dev)  # type: ignore[arg-type]
    n_hold = sum(len(c["figures"]) for c in hold)  # type: ignore[arg-type]
    print(len(dev), n_dev, len(hold), n_hold)


if __name__ == "__main__":
    main()
