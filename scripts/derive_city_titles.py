"""Write ``models/city_titles.jsonl``: cities English Wikipedia titles "<name> City" (or with
another qualifier) because their state, province or country bears the bare name news writes
("the city of Oaxaca" -> "Oaxaca City", "Iloilo city" -> "Iloilo City", "Quezon city" ->
"Quezon City", "Ho Chi Minh" -> "Ho Chi Minh City", "the city of Puebla" -> "Puebla
(city)"). Read by ``briefx.pipeline.coref.place_names.city_titles`` (session 41, places41) for
a place named bare in a story about the city's country: where the text says it means the
city ("the city of X", "X city"), or, for a name nothing else bears (``plain``: "Davao",
"Zamboanga", "Ho Chi Minh" typed a place), wherever it is named.

Source: English Wikipedia's article titles of the cities and of the units that share their
names (CC BY-SA 4.0: the lists "List of cities in the Philippines", "List of capitals of
states of Mexico"; WP:NCPH, the Philippine naming convention, titles a component city "X City"
where its province is "X"), written by hand: no package ships which title a city has. Left
out: capitals the dateline rules already title ("Mexico City", "Kuwait City", "Guatemala
City", "Panama City": ``names.capital_of_country``), a city whose title is the bare name
("São Paulo", "Quebec City" aside: "Quebec" is the province).

    python scripts/derive_city_titles.py

Rows: {"name", "country", "title", "plain"}.
"""

from __future__ import annotations

import sys
from pathlib import Path

from derive_fac_heads import write_table

OUT = Path(__file__).resolve().parent.parent / "models" / "city_titles.jsonl"

# (country, names news writes, title, plain)
CITIES: list[tuple[str, tuple[str, ...], str, bool]] = [
    # the Philippines: component and highly urbanised cities titled "X City"
    ("PH", ("Davao",), "Davao City", True),
    ("PH", ("Zamboanga",), "Zamboanga City", True),
    ("PH", ("Angeles",), "Angeles City", True),
    ("PH", ("Iloilo",), "Iloilo City", False),
    ("PH", ("Cebu",), "Cebu City", False),
    ("PH", ("Quezon",), "Quezon City", False),
    ("PH", ("Batangas",), "Batangas City", False),
    ("PH", ("Tarlac",), "Tarlac City", False),
    ("PH", ("Cavite",), "Cavite City", False),
    ("PH", ("Cotabato",), "Cotabato City", False),
    ("PH", ("Surigao",), "Surigao City", False),
    ("PH", ("Masbate",), "Masbate City", False),
    ("PH", ("Sorsogon",), "Sorsogon City", False),
    # Vietnam
    ("VN", ("Ho Chi Minh",), "Ho Chi Minh City", True),
    # Mexico: state capitals that bear their state's name
    ("MX", ("Oaxaca",), "Oaxaca City", False),
    ("MX", ("Chihuahua",), "Chihuahua City", False),
    ("MX", ("Zacatecas",), "Zacatecas City", False),
    ("MX", ("Aguascalientes",), "Aguascalientes City", False),
    ("MX", ("San Luis Potosí", "San Luis Potosi"), "San Luis Potosí City", False),
    ("MX", ("Guanajuato",), "Guanajuato City", False),
    ("MX", ("Colima",), "Colima City", False),
    ("MX", ("Tlaxcala",), "Tlaxcala City", False),
    ("MX", ("Durango",), "Victoria de Durango", False),
    ("MX", ("Campeche",), "San Francisco de Campeche", False),
    ("MX", ("Querétaro", "Queretaro"), "Santiago de Querétaro", False),
    ("MX", ("Puebla",), "Puebla (city)", False),
    ("MX", ("Veracruz",), "Veracruz (city)", False),
    # Taiwan: county seats titled "X City" beside their county "X County" (session 46)
    ("TW", ("Hualien",), "Hualien City", False),
    ("TW", ("Taitung",), "Taitung City", False),
    ("TW", ("Yilan",), "Yilan City", False),
    ("TW", ("Pingtung",), "Pingtung City", False),
    ("TW", ("Changhua",), "Changhua City", False),
    ("TW", ("Nantou",), "Nantou City", False),
    ("TW", ("Miaoli",), "Miaoli City", False),
    # others whose province, state, island or country bears the name
    ("CA", ("Quebec",), "Quebec City", False),
    ("BZ", ("Belize",), "Belize City", False),
    ("NG", ("Benin",), "Benin City", False),
    ("KR", ("Jeju",), "Jeju City", False),
    ("US", ("Oklahoma",), "Oklahoma City", False),
    ("MY", ("Malacca", "Melaka"), "Malacca City", False),
]

HEADER = (
    '// Cities English Wikipedia titles "<name> City" (or otherwise) because a state, province\n'
    '// or country bears the bare name ("Oaxaca" -> "Oaxaca City", "Iloilo" -> "Iloilo City");\n'
    "// plain: the bare name typed a place is the city in a story about its country. Written\n"
    "// by hand by scripts/derive_city_titles.py from English Wikipedia's article titles (CC\n"
    "// BY-SA 4.0). Do not edit by hand: rerun the script.\n"
)


def rows() -> list[dict[str, object]]:
    out = []
    for country, names, title, plain in CITIES:
        for name in names:
            out.append({"name": name, "country": country, "title": title, "plain": plain})
    return sorted(out, key=lambda r: (str(r["country"]), str(r["name"])))


def main() -> int:
    return write_table(OUT, HEADER, rows())  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
