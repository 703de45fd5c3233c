"""Write models/storm_titles.jsonl: named storms by season and basin with English Wikipedia's
article titles, and the class words each basin's warning centres write (session 41, events41,
issue 13 entity names).

Source: written by hand from the author's knowledge of English Wikipedia's storm articles (text
under CC BY-SA 4.0) and of the naming lists the warning centres publish (WMO RA IV lists for
the Atlantic and eastern Pacific, ESCAP/WMO Typhoon Committee names and PAGASA's local names for
the western Pacific, WMO/ESCAP Panel names for the north Indian Ocean, RA I and RA V names for
the south-west Indian Ocean, Australia and the South Pacific, the UK Met Office/Met Éireann and
southern European storm names); no network was used. No maintained offline source of storm
titles exists on PyPI (the packages that read HURDAT2 or IBTrACS fetch the tracks at run time
and carry no article titles). Storms whose titles the author was unsure of are left out.

Wikipedia titles a storm by its peak class in its basin's terms: "Hurricane X" (Atlantic and
eastern Pacific), "Typhoon X" (western Pacific), "Cyclone X" (north and south Indian Ocean,
Australia, South Pacific), "Tropical Storm X" for one that never grew stronger, "Storm X" for a
named European windstorm; a name used in several seasons takes the year in brackets
("Hurricane Erin (2025)") unless one storm is the primary topic ("Hurricane Milton").

Rows: ``{"name", "year", "month", "basin", "title"}`` (``local``: the Philippine names PAGASA
gave, which Philippine copy writes instead); ``{"classes": {...}}`` maps the class words copy
writes before a name to the class of the article's title where that is fixed by the words
alone ("Tropical Cyclone", "Severe Cyclonic Storm" -> "Cyclone"; "Super Typhoon" ->
"Typhoon"; "Severe Tropical Storm" -> "Tropical Storm"); ``{"basins": {...}}`` maps the head
class word to the basins that use it; ``{"cues": [...]}`` the words that, right before a bare
name, say it is a storm's ("another storm, Leon", "international name: Trami");
``{"words": [...]}`` the words of a sentence that speaks of storms ("landfall").

Run from the project root: ``.venv/bin/python scripts/write_storm_titles.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "storm_titles.jsonl"
HEADER = (
    "// Named storms by season and basin with English Wikipedia's article titles (CC BY-SA 4.0),\n"
    "// the class words per basin and the cues of a bare storm name; written by\n"
    "// scripts/write_storm_titles.py (do not edit by hand: rerun it) from the author's knowledge\n"
    "// of the articles and of the WMO, ESCAP/WMO and PAGASA naming lists; no network.\n"
)

# basin codes: AL Atlantic, EP eastern/central Pacific, WP western Pacific, NI north Indian,
# SI south-west Indian, AU Australian region, SP South Pacific, EU European windstorms.
# (name, year, month of formation, basin, title, PAGASA's local names)
STORMS: list[tuple[str, int, int, str, str, list[str]]] = [
    # Atlantic
    ("Opal", 1995, 9, "AL", "Hurricane Opal", []),
    ("Luis", 1995, 8, "AL", "Hurricane Luis", []),
    ("Marilyn", 1995, 9, "AL", "Hurricane Marilyn", []),
    ("Roxanne", 1995, 10, "AL", "Hurricane Roxanne", []),
    ("Bertha", 1996, 7, "AL", "Hurricane Bertha (1996)", []),
    ("Cesar", 1996, 7, "AL", "Hurricane Cesar–Douglas", []),
    ("Dolly", 1996, 8, "AL", "Hurricane Dolly (1996)", []),
    ("Edouard", 1996, 8, "AL", "Hurricane Edouard (1996)", []),
    ("Fran", 1996, 8, "AL", "Hurricane Fran", []),
    ("Hortense", 1996, 9, "AL", "Hurricane Hortense", []),
    ("Lili", 1996, 10, "AL", "Hurricane Lili (1996)", []),
    ("Danny", 1997, 7, "AL", "Hurricane Danny (1997)", []),
    ("Katrina", 2005, 8, "AL", "Hurricane Katrina", []),
    ("Sandy", 2012, 10, "AL", "Hurricane Sandy", []),
    ("Harvey", 2017, 8, "AL", "Hurricane Harvey", []),
    ("Irma", 2017, 8, "AL", "Hurricane Irma", []),
    ("Maria", 2017, 9, "AL", "Hurricane Maria", []),
    ("Ida", 2021, 8, "AL", "Hurricane Ida", []),
    ("Fiona", 2022, 9, "AL", "Hurricane Fiona", []),
    ("Ian", 2022, 9, "AL", "Hurricane Ian", []),
    ("Idalia", 2023, 8, "AL", "Hurricane Idalia", []),
    ("Beryl", 2024, 6, "AL", "Hurricane Beryl", []),
    ("Debby", 2024, 8, "AL", "Hurricane Debby (2024)", []),
    ("Ernesto", 2024, 8, "AL", "Hurricane Ernesto (2024)", []),
    ("Francine", 2024, 9, "AL", "Hurricane Francine", []),
    ("Helene", 2024, 9, "AL", "Hurricane Helene", []),
    ("Milton", 2024, 10, "AL", "Hurricane Milton", []),
    ("Oscar", 2024, 10, "AL", "Hurricane Oscar (2024)", []),
    ("Chantal", 2025, 7, "AL", "Tropical Storm Chantal (2025)", []),
    ("Erin", 2025, 8, "AL", "Hurricane Erin (2025)", []),
    ("Gabrielle", 2025, 9, "AL", "Hurricane Gabrielle (2025)", []),
    ("Humberto", 2025, 9, "AL", "Hurricane Humberto (2025)", []),
    ("Imelda", 2025, 9, "AL", "Hurricane Imelda", []),
    ("Melissa", 2025, 10, "AL", "Hurricane Melissa", []),
    # eastern Pacific
    ("Douglas", 1996, 7, "EP", "Hurricane Cesar–Douglas", []),
    ("Otis", 2023, 10, "EP", "Hurricane Otis", []),
    ("John", 2024, 9, "EP", "Hurricane John (2024)", []),
    # western Pacific (with PAGASA's local names)
    ("Herb", 1996, 7, "WP", "Typhoon Herb", []),
    ("Haiyan", 2013, 11, "WP", "Typhoon Haiyan", ["Yolanda"]),
    ("Rai", 2021, 12, "WP", "Typhoon Rai", ["Odette"]),
    ("Hinnamnor", 2022, 8, "WP", "Typhoon Hinnamnor", ["Henry"]),
    ("Noru", 2022, 9, "WP", "Typhoon Noru", ["Karding"]),
    ("Doksuri", 2023, 7, "WP", "Typhoon Doksuri", ["Egay"]),
    ("Koinu", 2023, 9, "WP", "Typhoon Koinu", ["Jenny"]),
    ("Gaemi", 2024, 7, "WP", "Typhoon Gaemi", ["Carina"]),
    ("Shanshan", 2024, 8, "WP", "Typhoon Shanshan (2024)", []),
    ("Yagi", 2024, 8, "WP", "Typhoon Yagi", ["Enteng"]),
    ("Krathon", 2024, 9, "WP", "Typhoon Krathon", ["Julian"]),
    ("Trami", 2024, 10, "WP", "Tropical Storm Trami (2024)", ["Kristine"]),
    ("Kong-rey", 2024, 10, "WP", "Typhoon Kong-rey (2024)", ["Leon"]),
    ("Toraji", 2024, 11, "WP", "Typhoon Toraji (2024)", ["Nika"]),
    ("Usagi", 2024, 11, "WP", "Typhoon Usagi (2024)", ["Ofel"]),
    ("Man-yi", 2024, 11, "WP", "Typhoon Man-yi (2024)", ["Pepito"]),
    ("Ragasa", 2025, 9, "WP", "Typhoon Ragasa", ["Nando"]),
    ("Kalmaegi", 2025, 11, "WP", "Typhoon Kalmaegi (2025)", ["Tino"]),
    ("Fung-wong", 2025, 11, "WP", "Typhoon Fung-wong (2025)", ["Uwan"]),
    # north Indian Ocean
    ("Fani", 2019, 4, "NI", "Cyclone Fani", []),
    ("Amphan", 2020, 5, "NI", "Cyclone Amphan", []),
    ("Tauktae", 2021, 5, "NI", "Cyclone Tauktae", []),
    ("Yaas", 2021, 5, "NI", "Cyclone Yaas", []),
    ("Mocha", 2023, 5, "NI", "Cyclone Mocha", []),
    ("Biparjoy", 2023, 6, "NI", "Cyclone Biparjoy", []),
    ("Michaung", 2023, 12, "NI", "Cyclone Michaung", []),
    ("Remal", 2024, 5, "NI", "Cyclone Remal", []),
    ("Dana", 2024, 10, "NI", "Cyclone Dana", []),
    ("Fengal", 2024, 11, "NI", "Cyclone Fengal", []),
    ("Montha", 2025, 10, "NI", "Cyclone Montha", []),
    # south-west Indian Ocean
    ("Idai", 2019, 3, "SI", "Cyclone Idai", []),
    ("Batsirai", 2022, 1, "SI", "Cyclone Batsirai", []),
    ("Freddy", 2023, 2, "SI", "Cyclone Freddy", []),
    ("Belal", 2024, 1, "SI", "Cyclone Belal", []),
    ("Gamane", 2024, 3, "SI", "Cyclone Gamane", []),
    ("Chido", 2024, 12, "SI", "Cyclone Chido", []),
    ("Dikeledi", 2025, 1, "SI", "Cyclone Dikeledi", []),
    ("Garance", 2025, 2, "SI", "Cyclone Garance", []),
    # Australian region and South Pacific
    ("Tracy", 1974, 12, "AU", "Cyclone Tracy", []),
    ("Pam", 2015, 3, "SP", "Cyclone Pam", []),
    ("Winston", 2016, 2, "SP", "Cyclone Winston", []),
    ("Gabrielle", 2023, 2, "SP", "Cyclone Gabrielle", []),
    ("Ilsa", 2023, 4, "AU", "Cyclone Ilsa", []),
    ("Jasper", 2023, 12, "AU", "Cyclone Jasper", []),
    ("Megan", 2024, 3, "AU", "Cyclone Megan", []),
    ("Zelia", 2025, 2, "AU", "Cyclone Zelia", []),
    ("Alfred", 2025, 2, "AU", "Cyclone Alfred", []),
    # European windstorms (UK/Ireland/Netherlands list; the southern group's; Germany's)
    ("Babet", 2023, 10, "EU", "Storm Babet", []),
    ("Ciarán", 2023, 11, "EU", "Storm Ciarán", []),
    ("Daniel", 2023, 9, "EU", "Storm Daniel", []),
    ("Boris", 2024, 9, "EU", "Storm Boris", []),
    ("Bert", 2024, 11, "EU", "Storm Bert", []),
    ("Darragh", 2024, 12, "EU", "Storm Darragh", []),
    ("Éowyn", 2025, 1, "EU", "Storm Éowyn", []),
    ("Floris", 2025, 8, "EU", "Storm Floris", []),
    ("Amy", 2025, 10, "EU", "Storm Amy", []),
]

# the class words before a name (lower case, "-" kept) -> the class of the article's title,
# where the words fix it whatever the basin: the Indian Ocean's and the southern hemisphere's
# classes are all titled "Cyclone"; a super typhoon is a typhoon; the Japan Meteorological
# Agency's "severe tropical storm" is a tropical storm. "post-tropical cyclone" (the U.S.
# centres' word for a hurricane's remnant) fixes nothing and is not listed.
CLASSES = {
    "tropical cyclone": "Cyclone",
    "severe tropical cyclone": "Cyclone",
    "intense tropical cyclone": "Cyclone",
    "very intense tropical cyclone": "Cyclone",
    "ex-tropical cyclone": "Cyclone",
    "ex-cyclone": "Cyclone",
    "cyclonic storm": "Cyclone",
    "severe cyclonic storm": "Cyclone",
    "very severe cyclonic storm": "Cyclone",
    "extremely severe cyclonic storm": "Cyclone",
    "super cyclonic storm": "Cyclone",
    "super typhoon": "Typhoon",
    "violent typhoon": "Typhoon",
    "very strong typhoon": "Typhoon",
    "severe tropical storm": "Tropical Storm",
}

# the head class word -> the basins whose centres write it ("storm" names European windstorms
# and tropical storms of any basin: no basin is excluded by it)
BASINS = {
    "hurricane": ["AL", "EP"],
    "typhoon": ["WP"],
    "cyclone": ["NI", "SI", "AU", "SP"],
    "depression": ["AL", "EP", "WP", "NI", "SI", "AU", "SP"],
}

# what stands right before a bare name that makes it a storm's (regular expressions, read case
# blind): an apposition to a storm's noun ("another storm, Leon,"), a naming phrase
# ("international name: Trami", "known in the Philippines as Enteng", "named Leon")
CUES = [
    r"(?:storm|typhoon|cyclone|hurricane|depression),",
    r"(?:international|local|philippine) name:?",
    r"known(?: [\w-]+){0,3} as",
    r"(?:named|called|dubbed)",
]


# words of a sentence that speaks of a storm (read in lower case, as parts of words:
# "evacuat" is "evacuated", "evacuation"): a bare storm name NER typed a place or a person
# there is the storm ("as Milton made landfall", "Alfred's winds")
WORDS = ["landfall", "hurricane", "typhoon", "cyclone", "storm", "evacuat", "gusts"]


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for name, year, month, basin, title, local in STORMS:
        row: dict[str, object] = {
            "name": name,
            "year": year,
            "month": month,
            "basin": basin,
            "title": title,
        }
        if local:
            row["local"] = local
        out.append(row)
    out.append({"classes": CLASSES})
    out.append({"basins": BASINS})
    out.append({"cues": CUES})
    out.append({"words": WORDS})
    return out


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(STORMS)} storms -> {OUT}")


if __name__ == "__main__":
    main()
