"""Derive ``models/unit_titles.jsonl``: the English Wikipedia title of a first-level subdivision
that news names without its unit word ("Ishikawa" -> "Ishikawa Prefecture", "Turkana" ->
"Turkana County", "Kano" -> "Kano State", "Ashanti" -> "Ashanti Region"), or before it
("Kerry" -> "County Kerry", the counties of Ireland).

Source: the ISO 3166-2 subdivisions as pycountry 26.2.16 ships them (LGPL-2.1; names and types
from the ISO 3166 Maintenance Agency via Debian's iso-codes). A row is a top-level subdivision
of a country whose subdivisions of that type English Wikipedia titles "<name> <Unit>" (the
countries' naming conventions and the articles' titles, CC BY-SA 4.0; UNITS below); the ISO
name is kept as English writes it, with accents folded as a second spelling ("Zambézia" and
"Zambezia" -> "Zambezia Province" is the title English Wikipedia gives: the title keeps the
ISO spelling; Egypt's names, which ISO transliterates from Arabic, are English Wikipedia's:
"Ash Sharqīyah" -> "Sharqia Governorate"). Uganda's districts, Egypt's governorates, Jamaica's
parishes, Liberia's counties and Guatemala's departments (session 37) mostly bear their seat
town's name: there a name the gazetteer gives a town of the country, a governorate named after
its capital (SEATS) or a sea's name ("Red Sea") is left out. Left out everywhere: a name that
is also a country's ("Niger" state, "Gaza" province), a
name with a comma, a slash or brackets, the exceptions English Wikipedia titles without the
word (EXCEPT), and a subdivision of another type (a city, a capital territory).

Build-time only (pycountry is no runtime dependency of briefx). Run with it installed:

    pip install pycountry==26.2.16 && python scripts/derive_unit_titles.py

Rows: {"name", "country", "title"}.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "unit_titles.jsonl"
PLACES = ROOT / "models" / "places.jsonl"

# country -> (ISO 3166-2 subdivision type, the word English Wikipedia's titles add)
UNITS = {
    "JP": ("Prefecture", "Prefecture"),  # "Aichi Prefecture"
    "KE": ("County", "County"),  # "Turkana County"
    "GH": ("Region", "Region"),  # "Ashanti Region"
    "NG": ("State", "State"),  # "Kano State"
    "MZ": ("Province", "Province"),  # "Cabo Delgado Province"
    "TZ": ("Region", "Region"),  # "Kagera Region"
    "AF": ("Province", "Province"),  # "Helmand Province"
    "CO": ("Department", "Department"),  # "Antioquia Department"
    "BO": ("Department", "Department"),  # "Pando Department"
    "ET": ("Regional state", "Region"),  # "Tigray Region"
    # session 37 (subdiv37): Uganda's districts, Egypt's governorates, Jamaica's parishes,
    # Liberia's counties and Guatemala's departments (English Wikipedia's titles: "Bududa
    # District", "North Sinai Governorate", "Clarendon Parish", "Nimba County", "Petén
    # Department"; the categories "Districts of Uganda", "Governorates of Egypt", "Parishes of
    # Jamaica", "Counties of Liberia", "Departments of Guatemala")
    "UG": ("District", "District"),
    "EG": ("Governorate", "Governorate"),
    "JM": ("Parish", "Parish"),
    "LR": ("County", "County"),
    "GT": ("Department", "Department"),
    # session 39 (units39): countries whose units conflict and disaster news names bare, titled
    # with the kind word by English Wikipedia (the categories "States and regions of Myanmar",
    # "Provinces of Nepal", "Provinces of Zimbabwe", "Provinces of Zambia", "Regions of Chile",
    # "Provinces of Argentina", "Provinces of Ecuador", "Departments of Honduras", "Provinces of
    # Turkey", "States of South Sudan", "Provinces of the Democratic Republic of the Congo",
    # "Governorates of Iraq", "Governorates of Yemen": "Rakhine State", "Sagaing Region", "Koshi
    # Province", "Manicaland Province", "Copperbelt Province", "Ñuble Region", "Chubut
    # Province", "Manabí Province", "Olancho Department", "Hatay Province", "Jonglei State",
    # "Ituri Province", "Anbar Governorate", "Abyan Governorate"). Left out: countries whose
    # articles write the word in lower case (Thailand's and Vietnam's provinces, India's
    # districts) and those whose units are titled bare or "Name (state)" (Sudan, Somalia,
    # Mexico, Pakistan's provinces).
    "MM": ("State", "State"),
    "NP": ("Province", "Province"),
    "ZW": ("Province", "Province"),
    "ZM": ("Province", "Province"),
    "CL": ("Region", "Region"),
    "AR": ("Province", "Province"),
    "EC": ("Province", "Province"),
    "HN": ("Department", "Department"),
    "TR": ("Province", "Province"),
    "SS": ("State", "State"),
    "CD": ("Province", "Province"),
    "IQ": ("Governorate", "Governorate"),
    "YE": ("Governorate", "Governorate"),
}
# a second type of unit a country titles with another word (Myanmar's regions: "Sagaing Region")
MORE_UNITS = {"MM": [("Region", "Region")]}
# countries where only these ISO names are taken (session 39): the others are titled bare or
# "Name (state)" (South Sudan's "Upper Nile", "Central Equatoria"), are compass words (Zambia's
# "Central", "Western"), are no ISO name English writes (Iraq's and Yemen's transliterations,
# ENGLISH below) or are cities the gazetteer may spell otherwise ("Al Başrah")
ONLY = {
    "SS": {"Jonglei", "Unity", "Warrap"},
    "ZM": {"Copperbelt", "Luapula", "Muchinga", "Lusaka"},
    "CD": {
        "Ituri", "Haut-Katanga", "Haut-Lomami", "Haut-Uélé", "Bas-Uélé", "Lualaba", "Kwilu",
        "Kwango", "Mai-Ndombe", "Tanganyika", "Lomami", "Sankuru", "Tshopo", "Tshuapa", "Mongala",
        "Équateur",
    },
    "IQ": {
        "Anbar", "Nineveh", "Saladin", "Diyala", "Dhi Qar", "Muthanna", "Wasit", "Maysan",
    },
    "YE": {"Abyan", "Shabwah", "Al Mahrah", "Al Jawf"},
    "HN": {
        "Atlántida", "Choluteca", "Comayagua", "Copán", "Cortés", "Francisco Morazán",
        "Intibucá", "Lempira", "Ocotepeque", "Olancho", "Yoro",
    },
}  # fmt: skip
# countries whose units ISO 3166-2 files under a region (Uganda's districts under its four
# geographical regions): the unit is still the level English Wikipedia titles so
UNDER_REGION = {"UG"}
# countries most of whose units bear the name of their seat town ("Gulu", "Aswan", "Kingston",
# "Escuintla"): a name the gazetteer also gives a town of the country is left out, as for
# Ireland's counties below (the bare name may be the town's; session 37); so is a name
# models/natural_places.jsonl gives a sea or a river ("Red Sea")
TOWN_NAMED = {"UG", "EG", "JM", "LR", "GT"} | {
    "MM", "NP", "ZW", "ZM", "CL", "AR", "EC", "HN", "TR", "SS", "CD", "IQ", "YE",
}  # fmt: skip
# country -> (ISO 3166-2 type, the title's pattern) where English Wikipedia puts the word first;
# these subdivisions sit under a province ("County Kerry" in Munster; session 24). A name the
# gazetteer also gives a town of the country is left out: the bare name may be the town's
# ("Sligo", "Kilkenny").
PREFIXED = {"IE": ("County", "County {}")}
WORLD = ROOT / "models" / "world_places.jsonl"
# English Wikipedia titles these without the unit word: Hokkaido is a circuit (dō) and Tokyo a
# metropolis (to), not prefectures (ken) by name.
EXCEPT = {("JP", "Hokkaido"), ("JP", "Tokyo")} | {
    # (session 39) a bare name that is more often a volcano, islands, a river, a desert or a
    # person than the unit: Ecuador's "Cotopaxi", "Chimborazo", "Tungurahua", "Pichincha",
    # "Imbabura", "Galápagos", "Napo", "Pastaza", "Bolívar"; Chile's "Atacama"
    ("EC", x)
    for x in (
        "Cotopaxi", "Chimborazo", "Tungurahua", "Pichincha", "Imbabura", "Galápagos", "Napo",
        "Pastaza", "Bolívar",
    )
} | {("CL", "Atacama"), ("NP", "Lumbini")} | {
    # (session 39) ISO's long official names, which no title or news copy writes
    ("CL", "Aisén del General Carlos Ibañez del Campo"),
    ("CL", "Libertador General Bernardo O'Higgins"),
    ("CL", "Región Metropolitana de Santiago"),
}  # fmt: skip
# ISO names English spells otherwise (the English Wikipedia article's spelling)
ENGLISH = {
    ("ET", "Amara"): "Amhara",
    ("ET", "Tigrai"): "Tigray",
    ("LR", "River Cess"): "Rivercess",
    # session 39: English Wikipedia's names of Iraq's, Yemen's, Chile's and Argentina's units
    ("IQ", "Al Anbār"): "Anbar",
    ("IQ", "Nīnawá"): "Nineveh",
    ("IQ", "Şalāḩ ad Dīn"): "Saladin",
    ("IQ", "Diyālá"): "Diyala",
    ("IQ", "Dhī Qār"): "Dhi Qar",
    ("IQ", "Al Muthanná"): "Muthanna",
    ("IQ", "Wāsiţ"): "Wasit",
    ("IQ", "Maysān"): "Maysan",
    ("CL", "La Araucanía"): "Araucanía",
    # Egypt: ISO 3166-2 transliterates the Arabic names; English Wikipedia's titles (session 37)
    ("EG", "Ad Daqahlīyah"): "Dakahlia",
    ("EG", "Al Baḩr al Aḩmar"): "Red Sea",
    ("EG", "Al Buḩayrah"): "Beheira",
    ("EG", "Al Fayyūm"): "Faiyum",
    ("EG", "Al Gharbīyah"): "Gharbia",
    ("EG", "Al Iskandarīyah"): "Alexandria",
    ("EG", "Al Ismā'īlīyah"): "Ismailia",
    ("EG", "Al Jīzah"): "Giza",
    ("EG", "Al Minyā"): "Minya",
    ("EG", "Al Minūfīyah"): "Monufia",
    ("EG", "Al Qalyūbīyah"): "Qalyubia",
    ("EG", "Al Qāhirah"): "Cairo",
    ("EG", "Al Uqşur"): "Luxor",
    ("EG", "Al Wādī al Jadīd"): "New Valley",
    ("EG", "As Suways"): "Suez",
    ("EG", "Ash Sharqīyah"): "Sharqia",
    ("EG", "Aswān"): "Aswan",
    ("EG", "Asyūţ"): "Asyut",
    ("EG", "Banī Suwayf"): "Beni Suef",
    ("EG", "Būr Sa‘īd"): "Port Said",
    ("EG", "Dumyāţ"): "Damietta",
    ("EG", "Janūb Sīnā'"): "South Sinai",
    ("EG", "Kafr ash Shaykh"): "Kafr El Sheikh",
    ("EG", "Maţrūḩ"): "Matrouh",
    ("EG", "Qinā"): "Qena",
    ("EG", "Shamāl Sīnā'"): "North Sinai",
    ("EG", "Sūhāj"): "Sohag",
}
# units English Wikipedia titles with their country after the word, the name being shared
# (session 39): "Santa Cruz Province, Argentina", "Tierra del Fuego Province, Argentina"
TITLE = {
    ("AR", "Santa Cruz"): "Santa Cruz Province, Argentina",
    ("AR", "Tierra del Fuego"): "Tierra del Fuego Province, Argentina",
    ("AR", "Córdoba"): "Córdoba Province, Argentina",
    ("AR", "La Rioja"): "La Rioja Province, Argentina",
    ("AR", "San Juan"): "San Juan Province, Argentina",
    ("AR", "San Luis"): "San Luis Province",
}
# countries whose English Wikipedia titles keep the accents of the ISO name: news' unaccented
# spelling ("Tucuman", "Biobio") takes the accented title ("Tucumán Province"; session 39)
ACCENTED = {"AR", "CL", "EC", "HN", "CD", "TR"}
# news writes a saint's name short ("St. Ann", "St Catherine"); English Wikipedia spells it out
# ("Saint Ann Parish"): the short spellings are further names of the same title (session 37)
SAINT = ("St. ", "St ")
# Egypt's governorates named after their capital city (English Wikipedia's articles: the
# infobox's seat), which GeoNames spells otherwise ("Assiut", "Qina"): the bare name is the
# city's, as for a town the gazetteer finds (session 37)
SEATS = {
    ("EG", x)
    for x in (
        "Alexandria", "Aswan", "Asyut", "Beni Suef", "Cairo", "Damietta", "Faiyum", "Giza",
        "Ismailia", "Kafr El Sheikh", "Luxor", "Minya", "Port Said", "Qena", "Sohag", "Suez",
    )
}  # fmt: skip
NATURAL = ROOT / "models" / "natural_places.jsonl"


def fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def countries() -> set[str]:
    """The countries' names and aliases of models/places.jsonl."""
    out: set[str] = set()
    with PLACES.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("//"):
                row = json.loads(line)
                if row["kind"] == "country":
                    out |= {row["alias"], row["name"]}
    return out


def rows() -> list[dict[str, str]]:
    taken = countries()
    towns, natural = _towns(), _natural()
    out: dict[tuple[str, str], dict[str, str]] = {}
    for code, (kind, word) in [
        (c, pair) for c, unit in UNITS.items() for pair in [unit, *MORE_UNITS.get(c, [])]
    ]:
        for sub in pycountry.subdivisions.get(country_code=code):
            name = ENGLISH.get((code, sub.name), sub.name)
            if sub.parent_code and code not in UNDER_REGION:
                continue
            if sub.type != kind or (code, name) in EXCEPT:
                continue
            if code in ONLY and name not in ONLY[code]:
                continue
            if any(c in name for c in ",/()") or name in taken or fold(name) in taken:
                continue
            spellings = {name, fold(name), sub.name, fold(sub.name)}
            if code in TOWN_NAMED and (
                {(code, x) for x in spellings} & towns or name in natural or (code, name) in SEATS
            ):
                continue  # (the town's name, or the sea's: "Red Sea")
            for spelling in {name, fold(name)}:
                shown = name if code in ACCENTED else spelling
                title = TITLE.get((code, name), f"{shown} {word}")
                out[(spelling, code)] = {"name": spelling, "country": code, "title": title}
                if spelling.startswith("Saint "):
                    for short in SAINT:
                        written = short + spelling.removeprefix("Saint ")
                        out[(written, code)] = {"name": written, "country": code, "title": title}
    for code, (kind, pattern) in PREFIXED.items():
        for sub in pycountry.subdivisions.get(country_code=code):
            if sub.type != kind or (code, sub.name) in towns or sub.name in taken:
                continue
            for spelling in {sub.name, fold(sub.name)}:
                title = pattern.format(spelling)
                out[(spelling, code)] = {"name": spelling, "country": code, "title": title}
    return sorted(out.values(), key=lambda r: (r["country"], r["name"]))


def _natural() -> set[str]:
    """The names of models/natural_places.jsonl (seas, rivers, mountains)."""
    out: set[str] = set()
    with NATURAL.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("//"):
                out.add(json.loads(line)["name"])
    return out


def _towns() -> set[tuple[str, str]]:
    """(country code, name) of the gazetteer's towns (models/world_places.jsonl)."""
    out: set[tuple[str, str]] = set()
    with WORLD.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("//"):
                row = json.loads(line)
                if row["kind"] == "city":
                    out.add((row["country"], row["name"]))
    return out


HEADER = (
    "// First-level subdivisions news names without the unit word English Wikipedia's title adds\n"
    '// ("Ishikawa" -> "Ishikawa Prefecture", "Turkana" -> "Turkana County", "Kerry" -> "County\n'
    '// Kerry", "Clarendon" -> "Clarendon Parish"). Derived by scripts/derive_unit_titles.py from\n'
    "// pycountry 26.2.16 (ISO 3166-2; LGPL-2.1), the titles of English Wikipedia (CC BY-SA 4.0),\n"
    "// models/world_places.jsonl and models/natural_places.jsonl.\n"
    "// Do not edit by hand: rerun the script.\n"
)


def main() -> int:
    table = rows()
    OUT.write_text(
        HEADER + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in table),
        encoding="utf-8",
    )
    print(OUT, len(table), "rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
