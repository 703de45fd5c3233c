"""Write models/product_titles.jsonl: product families and the designations copy writes for
them, each with English Wikipedia's article title (session 41, events41, issue 13 entity names).

Source: written by hand from the author's knowledge of English Wikipedia's article titles (text
under CC BY-SA 4.0) and of the makers' published designations; no network was used. No
maintained offline source maps designations to article titles (the aircraft-type packages on
PyPI hold ICAO type codes and performance data, not titles). Families whose titles the author
was unsure of are left out (the A321 variants, the Vega C, the Rocket Lab Electron, Soyuz
craft, medicines, which the gold sets name by their brand), and so are designations that have
an article of their own where the family's is meant elsewhere ("Boeing 747-400", "Boeing
747-8", "Long March 2F" keep their own titles: they are listed as their own rows).

A row: ``title`` the article's title; ``maker`` the names of the maker (and of its group) copy
writes, the first the one Wikipedia prefixes; ``kind`` (aircraft, rocket, spacecraft, car,
weapon, device, software); ``forms`` the designations copy writes without the maker (a form
with ``{n}`` stands for any number, which the title may repeat: "Shenzhou-{n}" ->
"Shenzhou {n}"); ``years``: the years the title holds ("PlayStation" is the 1994 console only
in its day). A ``{"kinds": ...}`` row holds, per kind, the nouns right after a name that make
it one (``near``: "a Vega rocket") and the words of a sentence that speak of it (``sentence``:
"fleet", "deliveries").

Run from the project root: ``.venv/bin/python scripts/write_product_titles.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "product_titles.jsonl"
HEADER = (
    "// Product families and the designations copy writes for them, with English Wikipedia's\n"
    "// article titles (CC BY-SA 4.0); written by scripts/write_product_titles.py (do not edit by\n"
    "// hand: rerun it) from the author's knowledge of the articles and of the makers'\n"
    "// designations; no network. Read by briefx/pipeline/entities/product_titles.py.\n"
)


def dashes(base: str, *variants: str) -> list[str]:
    """ "737", "700", "800" -> ["737-700", "737-800"]."""
    return [f"{base}-{v}" for v in variants]


# (title, makers, kind, forms[, years])
FAMILIES: list[tuple] = [  # type: ignore[type-arg]
    # Boeing airliners
    ("Boeing 707", ["Boeing"], "aircraft", ["707", *dashes("707", "120", "320")]),
    ("Boeing 727", ["Boeing"], "aircraft", ["727", *dashes("727", "100", "200")]),
    ("Boeing 737", ["Boeing"], "aircraft", ["737"]),
    ("Boeing 737 Classic", ["Boeing"], "aircraft", dashes("737", "300", "400", "500")),
    (
        "Boeing 737 Next Generation",
        ["Boeing"],
        "aircraft",
        [
            *dashes("737", "600", "700", "800", "900", "900ER", "800BCF", "800SF"),
            "737NG",
            "737 NG",
            "737 Next Generation",
        ],
    ),
    (
        "Boeing 737 MAX",
        ["Boeing"],
        "aircraft",
        [
            "737 MAX",
            "737 Max",
            "737 MAX 7",
            "737 MAX 8",
            "737 MAX 9",
            "737 MAX 10",
            "737 Max 7",
            "737 Max 8",
            "737 Max 9",
            "737 Max 10",
            "737 MAX 8-200",
            "737-7",
            "737-8",
            "737-9",
            "737-10",
            "737-8-200",
            "737 MAX-8",
            "737 MAX-9",
        ],
    ),
    ("Boeing 747", ["Boeing"], "aircraft", ["747", *dashes("747", "100", "200", "300"), "747SP"]),
    ("Boeing 747-400", ["Boeing"], "aircraft", ["747-400", "747-400F", "747-400ER"]),
    ("Boeing 747-8", ["Boeing"], "aircraft", ["747-8", "747-8I", "747-8F"]),
    ("Boeing 757", ["Boeing"], "aircraft", ["757", *dashes("757", "200", "300")]),
    ("Boeing 767", ["Boeing"], "aircraft", ["767", *dashes("767", "200", "300", "300ER", "400ER")]),
    (
        "Boeing 777",
        ["Boeing"],
        "aircraft",
        ["777", *dashes("777", "200", "200ER", "200LR", "300", "300ER", "200F"), "777F"],
    ),
    ("Boeing 777X", ["Boeing"], "aircraft", ["777X", "777-8", "777-9", "777-8F"]),
    (
        "Boeing 787 Dreamliner",
        ["Boeing"],
        "aircraft",
        [
            "787",
            *dashes("787", "8", "9", "10"),
            "787 Dreamliner",
            "787-8 Dreamliner",
            "787-9 Dreamliner",
            "787-10 Dreamliner",
            "Dreamliner",
        ],
    ),
    # Airbus airliners (the A321 and A319 variants left out: titles unsure)
    ("Airbus A220", ["Airbus"], "aircraft", ["A220", "A220-100", "A220-300"]),
    ("Airbus A300", ["Airbus"], "aircraft", ["A300", "A300-600", "A300B4"]),
    ("Airbus A310", ["Airbus"], "aircraft", ["A310", "A310-300"]),
    ("Airbus A320 family", ["Airbus"], "aircraft", ["A320", "A320ceo", "A320-200"]),
    ("Airbus A320neo family", ["Airbus"], "aircraft", ["A320neo"]),
    ("Airbus A330", ["Airbus"], "aircraft", ["A330", "A330-200", "A330-300", "A330-200F"]),
    ("Airbus A330neo", ["Airbus"], "aircraft", ["A330neo", "A330-800", "A330-900", "A330-900neo"]),
    ("Airbus A340", ["Airbus"], "aircraft", ["A340", *dashes("A340", "200", "300", "500", "600")]),
    (
        "Airbus A350",
        ["Airbus"],
        "aircraft",
        ["A350", "A350-900", "A350-1000", "A350F", "A350 XWB", "A350-900ULR", "A350-1000ULR"],
    ),
    ("Airbus A380", ["Airbus"], "aircraft", ["A380", "A380-800"]),
    ("Airbus A400M Atlas", ["Airbus"], "aircraft", ["A400M", "A400M Atlas"]),
    # regional and other airliners
    ("ATR 72", ["ATR"], "aircraft", ["ATR 72", "ATR-72", "ATR72", "ATR 72-600", "ATR 72-500"]),
    ("ATR 42", ["ATR"], "aircraft", ["ATR 42", "ATR-42", "ATR 42-600", "ATR 42-500"]),
    (
        "Embraer E-Jet E2 family",
        ["Embraer"],
        "aircraft",
        ["E195-E2", "E190-E2", "E175-E2", "E2"],
    ),
    ("Embraer C-390 Millennium", ["Embraer"], "aircraft", ["C-390", "KC-390", "C-390 Millennium"]),
    ("Comac C919", ["Comac", "COMAC"], "aircraft", ["C919"]),
    ("Comac ARJ21", ["Comac", "COMAC"], "aircraft", ["ARJ21", "C909"]),
    (
        "Cessna 208 Caravan",
        ["Cessna", "Textron Aviation"],
        "aircraft",
        [
            "208 Caravan",
            "208B",
            "208B Grand Caravan",
            "208B Grand Caravan EX",
            "Grand Caravan",
            "Caravan",
        ],
    ),
    (
        "De Havilland Canada Dash 8",
        ["De Havilland Canada", "Bombardier"],
        "aircraft",
        ["Dash 8", "Dash 8-400", "Dash 8 Q400", "Q400", "DHC-8", "DHC-8-400"],
    ),
    (
        "De Havilland Canada DHC-6 Twin Otter",
        ["De Havilland Canada", "Viking Air"],
        "aircraft",
        ["DHC-6", "Twin Otter", "DHC-6 Twin Otter"],
    ),
    ("McDonnell Douglas MD-11", ["McDonnell Douglas", "Boeing"], "aircraft", ["MD-11", "MD-11F"]),
    ("McDonnell Douglas DC-10", ["McDonnell Douglas"], "aircraft", ["DC-10", "DC-10-30"]),
    (
        "McDonnell Douglas MD-80",
        ["McDonnell Douglas"],
        "aircraft",
        ["MD-80", "MD-82", "MD-83", "MD-88"],
    ),
    ("Fokker 100", ["Fokker"], "aircraft", ["Fokker 100"]),
    ("Fokker 70", ["Fokker"], "aircraft", ["Fokker 70"]),
    ("Fokker 50", ["Fokker"], "aircraft", ["Fokker 50"]),
    ("Sukhoi Superjet 100", ["Sukhoi"], "aircraft", ["Superjet 100", "SSJ100", "SSJ-100"]),
    ("Tupolev Tu-154", ["Tupolev"], "aircraft", ["Tu-154", "Tu-154M"]),
    ("Ilyushin Il-76", ["Ilyushin"], "aircraft", ["Il-76", "Il-76MD"]),
    ("Antonov An-124 Ruslan", ["Antonov"], "aircraft", ["An-124", "An-124 Ruslan"]),
    # military aircraft
    (
        "Lockheed Martin F-35 Lightning II",
        ["Lockheed Martin"],
        "aircraft",
        ["F-35", "F-35A", "F-35B", "F-35C", "F-35I", "F-35 Lightning II"],
    ),
    (
        "General Dynamics F-16 Fighting Falcon",
        ["General Dynamics", "Lockheed Martin"],
        "aircraft",
        [
            "F-16",
            "F-16A",
            "F-16B",
            "F-16C",
            "F-16D",
            "F-16V",
            "F-16C/D",
            "F-16A/B",
            "F-16 Block 70",
            "F-16 Block 72",
            "F-16 Block 52",
            "F-16 Fighting Falcon",
            "F-16 Viper",
        ],
    ),
    (
        "McDonnell Douglas F-15 Eagle",
        ["McDonnell Douglas", "Boeing"],
        "aircraft",
        ["F-15", "F-15C", "F-15 Eagle"],
    ),
    ("Boeing F-15EX Eagle II", ["Boeing"], "aircraft", ["F-15EX", "F-15EX Eagle II"]),
    (
        "McDonnell Douglas F/A-18 Hornet",
        ["McDonnell Douglas", "Boeing"],
        "aircraft",
        ["F/A-18", "F/A-18C", "F/A-18 Hornet"],
    ),
    (
        "Boeing F/A-18E/F Super Hornet",
        ["Boeing"],
        "aircraft",
        ["F/A-18E/F", "F/A-18E", "F/A-18F", "Super Hornet"],
    ),
    (
        "Dassault Rafale",
        ["Dassault", "Dassault Aviation"],
        "aircraft",
        ["Rafale", "Rafale M", "Rafale F4", "Rafale B", "Rafale C"],
    ),
    (
        "Saab JAS 39 Gripen",
        ["Saab"],
        "aircraft",
        [
            "Gripen",
            "Gripen E",
            "Gripen C",
            "Gripen C/D",
            "Gripen E/F",
            "JAS 39",
            "JAS-39",
            "JAS 39 Gripen",
        ],
    ),
    ("Eurofighter Typhoon", ["Eurofighter"], "aircraft", ["Typhoon"]),
    ("Sukhoi Su-35", ["Sukhoi"], "aircraft", ["Su-35", "Su-35S"]),
    ("Sukhoi Su-57", ["Sukhoi"], "aircraft", ["Su-57"]),
    ("Sukhoi Su-34", ["Sukhoi"], "aircraft", ["Su-34"]),
    ("Sukhoi Su-25", ["Sukhoi"], "aircraft", ["Su-25"]),
    ("Sukhoi Su-27", ["Sukhoi"], "aircraft", ["Su-27"]),
    ("Mikoyan MiG-29", ["Mikoyan"], "aircraft", ["MiG-29"]),
    ("Mikoyan MiG-31", ["Mikoyan"], "aircraft", ["MiG-31"]),
    ("Chengdu J-20", ["Chengdu"], "aircraft", ["J-20"]),
    ("Chengdu J-10", ["Chengdu"], "aircraft", ["J-10", "J-10C"]),
    (
        "KAI KF-21 Boramae",
        ["KAI", "Korea Aerospace Industries"],
        "aircraft",
        ["KF-21", "KF-21 Boramae"],
    ),
    (
        "HAL Tejas",
        ["HAL", "Hindustan Aeronautics"],
        "aircraft",
        ["Tejas", "Tejas Mk1A", "LCA Tejas"],
    ),
    ("Lockheed C-130 Hercules", ["Lockheed"], "aircraft", ["C-130", "C-130H", "C-130 Hercules"]),
    (
        "Lockheed Martin C-130J Super Hercules",
        ["Lockheed Martin"],
        "aircraft",
        ["C-130J", "C-130J-30", "Super Hercules", "C-130J Super Hercules"],
    ),
    ("Boeing C-17 Globemaster III", ["Boeing"], "aircraft", ["C-17", "C-17A", "C-17 Globemaster"]),
    ("Boeing KC-46 Pegasus", ["Boeing"], "aircraft", ["KC-46", "KC-46A", "KC-46 Pegasus"]),
    (
        "Boeing P-8 Poseidon",
        ["Boeing"],
        "aircraft",
        ["P-8", "P-8A", "P-8I", "P-8A Poseidon", "P-8 Poseidon"],
    ),
    ("Boeing E-7 Wedgetail", ["Boeing"], "aircraft", ["E-7", "E-7A", "Wedgetail", "E-7 Wedgetail"]),
    ("Northrop Grumman B-21 Raider", ["Northrop Grumman"], "aircraft", ["B-21", "B-21 Raider"]),
    ("Boeing B-52 Stratofortress", ["Boeing"], "aircraft", ["B-52", "B-52H"]),
    ("Northrop B-2 Spirit", ["Northrop Grumman"], "aircraft", ["B-2", "B-2 Spirit"]),
    (
        "Boeing AH-64 Apache",
        ["Boeing"],
        "aircraft",
        ["AH-64", "AH-64E", "AH-64D", "AH-64 Apache", "AH-64E Apache"],
    ),
    (
        "Boeing CH-47 Chinook",
        ["Boeing"],
        "aircraft",
        ["CH-47", "CH-47F", "Chinook", "CH-47F Chinook"],
    ),
    (
        "Sikorsky UH-60 Black Hawk",
        ["Sikorsky", "Lockheed Martin"],
        "aircraft",
        ["UH-60", "UH-60M", "Black Hawk", "UH-60 Black Hawk", "UH-60M Black Hawk"],
    ),
    (
        "Bell Boeing V-22 Osprey",
        ["Bell", "Boeing"],
        "aircraft",
        ["V-22", "MV-22", "CV-22", "MV-22B", "V-22 Osprey", "Osprey"],
    ),
    ("Mil Mi-8", ["Mil"], "aircraft", ["Mi-8"]),
    ("Mil Mi-24", ["Mil"], "aircraft", ["Mi-24"]),
    ("Kamov Ka-52", ["Kamov"], "aircraft", ["Ka-52"]),
    ("AgustaWestland AW101", ["Leonardo", "AgustaWestland"], "aircraft", ["AW101"]),
    ("Airbus H160", ["Airbus", "Airbus Helicopters"], "aircraft", ["H160"]),
    (
        "General Atomics MQ-9 Reaper",
        ["General Atomics"],
        "aircraft",
        ["MQ-9", "MQ-9A", "MQ-9 Reaper", "Reaper"],
    ),
    ("Baykar Bayraktar TB2", ["Baykar"], "aircraft", ["TB2", "Bayraktar TB2"]),
    (
        "Northrop Grumman RQ-4 Global Hawk",
        ["Northrop Grumman"],
        "aircraft",
        ["RQ-4", "RQ-4B", "Global Hawk"],
    ),
    ("Boeing MQ-28 Ghost Bat", ["Boeing"], "aircraft", ["MQ-28", "MQ-28 Ghost Bat", "Ghost Bat"]),
    ("HESA Shahed 136", ["HESA"], "weapon", ["Shahed-136", "Shahed 136"]),
    # weapons and vehicles (the variant rule of families.py names Leopard 2, T-90, M1 Abrams)
    (
        "MIM-104 Patriot",
        ["Raytheon", "RTX"],
        "weapon",
        ["Patriot", "PAC-3", "Patriot PAC-3", "MIM-104"],
    ),
    ("M142 HIMARS", ["Lockheed Martin"], "weapon", ["HIMARS", "M142"]),
    ("MGM-140 ATACMS", ["Lockheed Martin"], "weapon", ["ATACMS"]),
    ("FGM-148 Javelin", ["Lockheed Martin", "Raytheon"], "weapon", ["Javelin"]),
    ("FIM-92 Stinger", ["Raytheon", "RTX"], "weapon", ["Stinger"]),
    ("Taurus KEPD 350", ["MBDA"], "weapon", ["Taurus", "KEPD 350"]),
    ("Tomahawk (missile)", ["Raytheon", "RTX"], "weapon", ["Tomahawk"]),
    ("S-400 missile system", ["Almaz-Antey"], "weapon", ["S-400", "S-400 Triumf"]),
    ("S-300 missile system", ["Almaz-Antey"], "weapon", ["S-300"]),
    ("M777 howitzer", ["BAE Systems"], "weapon", ["M777", "M777A2"]),
    ("K2 Black Panther", ["Hyundai Rotem"], "weapon", ["K2"]),
    ("K9 Thunder", ["Hanwha Aerospace", "Hanwha"], "weapon", ["K9", "K9A1"]),
    ("CAESAR self-propelled howitzer", ["KNDS", "Nexter"], "weapon", ["CAESAR", "Caesar"]),
    ("Panzerhaubitze 2000", ["KNDS", "Rheinmetall"], "weapon", ["PzH 2000", "Panzerhaubitze 2000"]),
    ("M2 Bradley", ["BAE Systems"], "weapon", ["Bradley", "M2 Bradley", "M2A2 Bradley"]),
    ("Challenger 2", ["BAE Systems"], "weapon", ["Challenger 2"]),
    ("Kh-47M2 Kinzhal", [], "weapon", ["Kinzhal"]),
    ("9K720 Iskander", [], "weapon", ["Iskander", "Iskander-M"]),
    # rockets
    ("Falcon 9", ["SpaceX"], "rocket", ["Falcon 9", "Falcon 9 Block 5"]),
    ("Falcon Heavy", ["SpaceX"], "rocket", ["Falcon Heavy"]),
    ("SpaceX Starship", ["SpaceX"], "rocket", ["Starship"]),
    (
        "Ariane 4",
        ["Arianespace"],
        "rocket",
        ["Ariane 4", "Ariane 44L", "Ariane 44LP", "Ariane 42P", "Ariane 44P"],
    ),
    ("Ariane 5", ["Arianespace"], "rocket", ["Ariane 5", "Ariane 5 ECA", "Ariane 5G"]),
    ("Ariane 6", ["Arianespace"], "rocket", ["Ariane 6", "Ariane 62", "Ariane 64"]),
    ("Vega (rocket)", ["Arianespace", "Avio"], "rocket", ["Vega"]),
    ("H3 (rocket)", ["Mitsubishi Heavy Industries", "JAXA"], "rocket", ["H3"]),
    ("H-IIA", ["Mitsubishi Heavy Industries", "JAXA"], "rocket", ["H-IIA", "H-2A", "H2A"]),
    ("Polar Satellite Launch Vehicle", ["ISRO"], "rocket", ["PSLV", "PSLV-XL", "PSLV-C{n}"]),
    (
        "Geosynchronous Satellite Launch Vehicle",
        ["ISRO"],
        "rocket",
        ["GSLV", "GSLV Mk II", "GSLV-F{n}"],
    ),
    ("LVM3", ["ISRO"], "rocket", ["LVM3", "LVM-3", "GSLV Mk III", "LVM3-M{n}"]),
    ("Long March 2F", ["CASC"], "rocket", ["Long March 2F", "Long March-2F"]),
    ("Long March 3B", ["CASC"], "rocket", ["Long March 3B", "Long March-3B"]),
    ("Proton (rocket family)", ["Khrunichev"], "rocket", ["Proton"]),
    ("Proton-M", ["Khrunichev"], "rocket", ["Proton-M"]),
    ("Proton-K", ["Khrunichev"], "rocket", ["Proton-K"]),
    (
        "Soyuz-2",
        ["Roscosmos"],
        "rocket",
        ["Soyuz-2", "Soyuz-2.1a", "Soyuz-2.1b", "Soyuz-2.1v", "Soyuz 2.1a", "Soyuz 2.1b"],
    ),
    ("Soyuz-U", [], "rocket", ["Soyuz-U"]),
    ("Space Launch System", ["NASA", "Boeing"], "rocket", ["SLS", "Space Launch System"]),
    ("Vulcan Centaur", ["United Launch Alliance", "ULA"], "rocket", ["Vulcan", "Vulcan Centaur"]),
    ("Atlas V", ["United Launch Alliance", "ULA"], "rocket", ["Atlas V", "Atlas 5"]),
    (
        "Delta II",
        ["McDonnell Douglas", "Boeing", "United Launch Alliance"],
        "rocket",
        ["Delta II", "Delta 2"],
    ),
    ("Delta IV Heavy", ["United Launch Alliance", "ULA"], "rocket", ["Delta IV Heavy"]),
    ("Titan IV", ["Lockheed Martin"], "rocket", ["Titan IV", "Titan 4"]),
    (
        "Pegasus (rocket)",
        ["Orbital Sciences", "Northrop Grumman"],
        "rocket",
        ["Pegasus", "Pegasus XL"],
    ),
    ("Antares (rocket)", ["Northrop Grumman", "Orbital Sciences"], "rocket", ["Antares"]),
    ("Neutron (rocket)", ["Rocket Lab"], "rocket", ["Neutron"]),
    ("Nuri (rocket)", ["KARI", "Hanwha Aerospace"], "rocket", ["Nuri"]),
    ("Epsilon (rocket)", ["JAXA"], "rocket", ["Epsilon"]),
    ("Kairos (rocket)", ["Space One"], "rocket", ["Kairos"]),
    ("Eris (rocket)", ["Gilmour Space Technologies", "Gilmour Space"], "rocket", ["Eris"]),
    # spacecraft and satellites
    (
        "Sentinel-1",
        ["ESA", "European Space Agency"],
        "spacecraft",
        ["Sentinel-1", "Sentinel-1A", "Sentinel-1B", "Sentinel-1C", "Sentinel-1D"],
    ),
    (
        "Sentinel-2",
        ["ESA", "European Space Agency"],
        "spacecraft",
        ["Sentinel-2", "Sentinel-2A", "Sentinel-2B", "Sentinel-2C", "Sentinel-2D"],
    ),
    (
        "Sentinel-3",
        ["ESA", "European Space Agency"],
        "spacecraft",
        ["Sentinel-3", "Sentinel-3A", "Sentinel-3B"],
    ),
    (
        "Sentinel-5 Precursor",
        ["ESA", "European Space Agency"],
        "spacecraft",
        ["Sentinel-5P", "Sentinel-5 Precursor"],
    ),
    ("PROBA-3", ["ESA", "European Space Agency"], "spacecraft", ["Proba-3", "PROBA-3"]),
    ("PROBA-V", ["ESA", "European Space Agency"], "spacecraft", ["Proba-V", "PROBA-V"]),
    ("Biomass (satellite)", ["ESA", "European Space Agency"], "spacecraft", ["Biomass"]),
    (
        "Jupiter Icy Moons Explorer",
        ["ESA", "European Space Agency"],
        "spacecraft",
        ["Juice", "JUICE"],
    ),
    ("Hera (space mission)", ["ESA", "European Space Agency"], "spacecraft", ["Hera"]),
    ("Euclid (spacecraft)", ["ESA", "European Space Agency"], "spacecraft", ["Euclid"]),
    ("Gaia (spacecraft)", ["ESA", "European Space Agency"], "spacecraft", ["Gaia"]),
    ("Cluster (spacecraft)", ["ESA", "European Space Agency"], "spacecraft", ["Cluster"]),
    ("Solar and Heliospheric Observatory", ["ESA", "NASA"], "spacecraft", ["SOHO"]),
    ("Psyche (spacecraft)", ["NASA"], "spacecraft", ["Psyche"]),
    ("Lucy (spacecraft)", ["NASA"], "spacecraft", ["Lucy"]),
    ("Hubble Space Telescope", ["NASA"], "spacecraft", ["Hubble", "Hubble Space Telescope"]),
    ("Europa Clipper", ["NASA"], "spacecraft", ["Europa Clipper"]),
    (
        "James Webb Space Telescope",
        ["NASA"],
        "spacecraft",
        ["JWST", "Webb", "James Webb Space Telescope", "Webb Space Telescope"],
    ),
    ("Galileo (spacecraft)", ["NASA"], "spacecraft", ["Galileo"], [1989, 2003]),
    (
        "Galileo (satellite navigation)",
        ["ESA", "European Space Agency", "European Union"],
        "spacecraft",
        ["Galileo"],
        [2011, 2100],
    ),
    (
        "Quasi-Zenith Satellite System",
        ["JAXA", "Mitsubishi Electric"],
        "spacecraft",
        ["Michibiki", "Michibiki {n}", "QZS-{n}"],
    ),
    ("Boeing Starliner", ["Boeing"], "spacecraft", ["Starliner", "CST-100", "CST-100 Starliner"]),
    ("SpaceX Dragon 2", ["SpaceX"], "spacecraft", ["Crew Dragon", "Cargo Dragon", "Dragon 2"]),
    ("Orion (spacecraft)", ["NASA", "Lockheed Martin"], "spacecraft", ["Orion"]),
    ("Shenzhou {n}", ["CMSA", "China Manned Space Agency"], "spacecraft", ["Shenzhou-{n}"]),
    ("Tianzhou {n}", ["CMSA", "China Manned Space Agency"], "spacecraft", ["Tianzhou-{n}"]),
    # cars by their makers (Wikipedia titles a model "Maker Model")
    *[
        (f"Toyota {m}", ["Toyota", "Toyota Motor"], "car", [m])
        for m in [
            "Corolla",
            "Camry",
            "RAV4",
            "Prius",
            "Hilux",
            "Land Cruiser",
            "Yaris",
            "Tacoma",
            "Tundra",
            "bZ4X",
            "Highlander",
            "Sienna",
            "Yaris Cross",
        ]
    ],
    *[
        (f"Honda {m}", ["Honda", "Honda Motor"], "car", [m])
        for m in ["Civic", "Accord", "CR-V", "HR-V", "Prologue"]
    ],
    *[
        (f"Nissan {m}", ["Nissan", "Nissan Motor"], "car", [m])
        for m in ["Leaf", "Qashqai", "X-Trail", "Altima", "Rogue", "Micra", "Sentra"]
    ],
    *[
        (f"Volkswagen {m}", ["Volkswagen", "VW", "Volkswagen Group"], "car", [m])
        for m in [
            "Golf",
            "Polo",
            "Passat",
            "Tiguan",
            "ID.3",
            "ID.4",
            "ID.7",
            "T-Roc",
            "Jetta",
            "Beetle",
        ]
    ],
    (
        "Volkswagen ID. Buzz",
        ["Volkswagen", "VW", "Volkswagen Group"],
        "car",
        ["ID. Buzz", "ID.Buzz", "ID Buzz"],
    ),
    (
        "Ford F-Series",
        ["Ford", "Ford Motor"],
        "car",
        ["F-150", "F-250", "F-Series", "F-150 pickup"],
    ),
    ("Ford F-150 Lightning", ["Ford", "Ford Motor"], "car", ["F-150 Lightning"]),
    *[
        (f"Ford {m}", ["Ford", "Ford Motor"], "car", [m])
        for m in [
            "Mustang",
            "Mustang Mach-E",
            "Explorer",
            "Ranger",
            "Bronco",
            "Fiesta",
            "Maverick",
            "Expedition",
        ]
    ],
    *[
        (f"Tesla {m}", ["Tesla"], "car", [m])
        for m in ["Model 3", "Model Y", "Model S", "Model X", "Cybertruck", "Semi"]
    ],
    *[
        (f"Hyundai {m}", ["Hyundai", "Hyundai Motor"], "car", [m])
        for m in [
            "Ioniq 5",
            "Ioniq 6",
            "Ioniq 9",
            "Tucson",
            "Santa Fe",
            "Kona",
            "Elantra",
            "Sonata",
        ]
    ],
    *[
        (f"Kia {m}", ["Kia"], "car", [m])
        for m in ["EV6", "EV9", "EV3", "Sportage", "Sorento", "Niro", "Telluride"]
    ],
    *[
        (f"BYD {m}", ["BYD"], "car", [m])
        for m in ["Seal", "Dolphin", "Atto 3", "Seagull", "Seal U", "Shark"]
    ],
    *[(f"Renault {m}", ["Renault"], "car", [m]) for m in ["Clio", "Captur", "Twingo"]],
    ("Renault Mégane", ["Renault"], "car", ["Megane", "Mégane"]),
    *[
        (f"Chevrolet {m}", ["Chevrolet", "General Motors", "GM"], "car", [m])
        for m in ["Silverado", "Equinox", "Bolt", "Corvette", "Tahoe"]
    ],
    *[(f"Xiaomi {m}", ["Xiaomi"], "car", [m]) for m in ["SU7", "YU7"]],
    *[(f"Rivian {m}", ["Rivian"], "car", [m]) for m in ["R1S", "R1T", "R2"]],
    ("Land Rover Defender", ["Land Rover", "Jaguar Land Rover", "JLR"], "car", ["Defender"]),
    *[(f"Jeep {m}", ["Jeep", "Stellantis"], "car", [m]) for m in ["Wrangler", "Grand Cherokee"]],
    *[
        (f"Suzuki {m}", ["Suzuki", "Maruti Suzuki"], "car", [m])
        for m in ["Swift", "Jimny", "Vitara"]
    ],
    *[
        (f"Volvo {m}", ["Volvo", "Volvo Cars"], "car", [m])
        for m in ["XC90", "XC60", "XC40", "EX30", "EX90"]
    ],
    *[(f"Mazda {m}", ["Mazda"], "car", [m]) for m in ["CX-5", "MX-5", "CX-30"]],
    *[(f"Porsche {m}", ["Porsche"], "car", [m]) for m in ["Taycan", "Cayenne", "Macan"]],
    ("Dacia Duster", ["Dacia"], "car", ["Duster"]),
    ("Dacia Sandero", ["Dacia"], "car", ["Sandero"]),
    ("Škoda Octavia", ["Skoda", "Škoda"], "car", ["Octavia"]),
    ("Škoda Enyaq", ["Skoda", "Škoda"], "car", ["Enyaq"]),
    ("Tata Nexon", ["Tata Motors", "Tata"], "car", ["Nexon"]),
    ("Mahindra Thar", ["Mahindra", "Mahindra & Mahindra"], "car", ["Thar"]),
    ("Mahindra Scorpio", ["Mahindra", "Mahindra & Mahindra"], "car", ["Scorpio"]),
    # devices and software whose article adds the maker
    ("Nintendo Switch 2", ["Nintendo"], "device", ["Switch 2"]),
    ("PlayStation (console)", ["Sony"], "device", ["PlayStation"], [1994, 2000]),
    ("PlayStation 5", ["Sony"], "device", ["PS5"]),
    ("PlayStation 4", ["Sony"], "device", ["PS4"]),
    (
        "Xbox Series X and Series S",
        ["Microsoft"],
        "device",
        ["Xbox Series X", "Xbox Series S", "Xbox Series X/S"],
    ),
    ("Apple Vision Pro", ["Apple"], "device", ["Vision Pro"]),
    ("Amazon Kindle", ["Amazon"], "device", ["Kindle"]),
    ("Amazon Alexa", ["Amazon"], "software", ["Alexa"]),
    ("Meta Quest 3", ["Meta", "Meta Platforms"], "device", ["Quest 3"]),
    ("Samsung Galaxy S{n}", ["Samsung", "Samsung Electronics"], "device", ["Galaxy S{n}"]),
    (
        "Samsung Galaxy Z Fold {n}",
        ["Samsung", "Samsung Electronics"],
        "device",
        ["Galaxy Z Fold{n}", "Galaxy Z Fold {n}"],
    ),
    (
        "Samsung Galaxy Z Flip {n}",
        ["Samsung", "Samsung Electronics"],
        "device",
        ["Galaxy Z Flip{n}", "Galaxy Z Flip {n}"],
    ),
    ("PlayStation {n}", ["Sony"], "device", ["PlayStation {n}"]),
    ("Windows {n}", ["Microsoft"], "software", ["Windows {n}"]),
    ("Microsoft Windows", ["Microsoft"], "software", ["Windows"]),
    ("Microsoft Teams", ["Microsoft"], "software", ["Teams"]),
    ("Microsoft Copilot", ["Microsoft"], "software", ["Copilot"]),
    ("Microsoft Azure", ["Microsoft"], "software", ["Azure"]),
    ("Microsoft Bing", ["Microsoft"], "software", ["Bing"]),
    ("Google Chrome", ["Google", "Alphabet"], "software", ["Chrome"]),
    ("Android (operating system)", ["Google", "Alphabet"], "software", ["Android"]),
    ("Llama (language model)", ["Meta", "Meta Platforms"], "software", ["Llama"]),
    ("Claude (language model)", ["Anthropic"], "software", ["Claude"]),
    ("Grok (chatbot)", ["xAI"], "software", ["Grok"]),
]

NEAR = {
    "aircraft": [
        "aircraft",
        "jet",
        "jets",
        "jetliner",
        "jetliners",
        "airliner",
        "airliners",
        "plane",
        "planes",
        "fighter",
        "fighters",
        "helicopter",
        "helicopters",
        "freighter",
        "freighters",
        "bomber",
        "bombers",
        "tanker",
        "tankers",
        "drone",
        "drones",
        "fleet",
        "turboprop",
        "turboprops",
        "floatplane",
        "floatplanes",
    ],
    "rocket": ["rocket", "rockets", "launcher", "launchers", "booster", "boosters"],
    "spacecraft": [
        "satellite",
        "satellites",
        "spacecraft",
        "probe",
        "probes",
        "telescope",
        "observatory",
        "mission",
        "capsule",
        "orbiter",
        "lander",
        "craft",
    ],
    "car": [
        "car",
        "cars",
        "vehicle",
        "vehicles",
        "SUV",
        "SUVs",
        "sedan",
        "sedans",
        "hatchback",
        "hatchbacks",
        "pickup",
        "pickups",
        "truck",
        "trucks",
        "model",
        "models",
        "saloon",
        "crossover",
        "EV",
        "EVs",
        "hybrid",
        "hybrids",
    ],
    "weapon": [
        "missile",
        "missiles",
        "system",
        "systems",
        "battery",
        "batteries",
        "launcher",
        "launchers",
        "tank",
        "tanks",
        "howitzer",
        "howitzers",
        "interceptor",
        "interceptors",
        "rounds",
        "munitions",
        "drone",
        "drones",
        "vehicle",
        "vehicles",
    ],
    "device": [
        "console",
        "consoles",
        "phone",
        "phones",
        "smartphone",
        "smartphones",
        "headset",
        "headsets",
        "device",
        "devices",
        "reader",
        "speaker",
        "speakers",
    ],
    "software": [
        "app",
        "apps",
        "software",
        "browser",
        "chatbot",
        "assistant",
        "model",
        "models",
        "platform",
    ],
}
SENTENCE = {
    "aircraft": [
        "airline",
        "airlines",
        "airliner",
        "airliners",
        "aircraft",
        "jet",
        "jets",
        "plane",
        "planes",
        "fleet",
        "flights",
        "flight",
        "delivery",
        "deliveries",
        "ordered",
        "order",
        "orders",
        "air force",
        "fighter",
        "fighters",
        "carrier",
        "lessor",
        "airport",
        "pilot",
        "pilots",
        "cockpit",
        "landing",
        "crash",
        "fly",
        "flies",
        "flew",
        "flying",
        "flown",
        "routes",
        "route",
        "non-stop",
    ],
    "rocket": [
        "rocket",
        "launch",
        "launched",
        "lift-off",
        "lifted off",
        "liftoff",
        "orbit",
        "launch pad",
        "payload",
        "booster",
    ],
    "spacecraft": [
        "satellite",
        "satellites",
        "spacecraft",
        "orbit",
        "launch",
        "launched",
        "mission",
        "probe",
        "telescope",
        "space agency",
    ],
    "car": [
        "car",
        "cars",
        "vehicle",
        "vehicles",
        "carmaker",
        "automaker",
        "recall",
        "recalled",
        "models",
        "SUV",
        "sedan",
        "pickup",
        "sales",
    ],
    "weapon": [
        "missile",
        "missiles",
        "air defence",
        "air defense",
        "system",
        "systems",
        "tanks",
        "artillery",
        "howitzer",
        "howitzers",
        "army",
        "defence ministry",
        "defense ministry",
        "Pentagon",
        "munitions",
    ],
    "device": ["console", "consoles", "phone", "phones", "smartphone", "units", "sold"],
    "software": ["app", "software", "users", "chatbot", "AI", "update", "version"],
}


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for fam in FAMILIES:
        title, makers, kind, forms = fam[:4]
        row: dict[str, object] = {"title": title, "maker": makers, "kind": kind, "forms": forms}
        if len(fam) > 4:
            row["years"] = fam[4]
        out.append(row)
    out.append({"kinds": {k: {"near": NEAR[k], "sentence": SENTENCE[k]} for k in NEAR}})
    return out


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(FAMILIES)} families -> {OUT}")


if __name__ == "__main__":
    main()
