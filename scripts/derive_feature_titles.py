"""Write ``models/feature_titles.jsonl``: rivers and island groups whose English Wikipedia title
is not the name news writes ("the Mekong River" -> "Mekong", "the Indus" -> "Indus River",
"the Ural river" -> "Ural (river)", "the Spratlys" -> "Spratly Islands"). Read by
``briefx.pipeline.entities.places.feature_titles`` (session 41, places41) for a mention typed
a natural place (a LOC; an island group also a GPE).

WP:NCRIVER, English Wikipedia's naming convention for rivers: British and Irish rivers are
"River X" ("River Severn"), rivers of the United States, Canada, Australia and New Zealand "X
River" ("Mississippi River", "Murray River"); the large rivers of continental Europe, Asia,
Africa and South America follow usage, most often the name alone ("Danube", "Mekong",
"Nile") but "X River" for many ("Amazon River", "Indus River", "Chenab River") and "X
(river)" where the bare name is another place's ("Ural (river)", "Don (river)"). Which is
which WordNet does not record (``derive_natural_titles.py`` takes the British and North
American ones from it), so the rows are written by hand from the articles' titles (CC BY-SA
4.0), only rivers the author knows the title of. ``plain``: the bare name is the river's in
any text (a LOC "the Indus" is the river); where a country, a state, a city, a range or a
person bears the name too ("Amazon", "Congo", "Colorado", "Ural", "Jordan"), only a name
written with "River" or "river" ("the Congo River", "the Ural river") takes the title.
Island groups news names by their plural short name ("the Spratlys", "the Canaries"): their
titles (the articles "Spratly Islands", "Canary Islands" ...), all plain.

    python scripts/derive_feature_titles.py

Rows: {"name", "title", "kind", "plain"}.
"""

from __future__ import annotations

import sys
from pathlib import Path

from derive_fac_heads import write_table

OUT = Path(__file__).resolve().parent.parent / "models" / "feature_titles.jsonl"

# (title, names news writes, plain)
RIVERS: list[tuple[str, tuple[str, ...], bool]] = [
    # titled by the name alone
    ("Danube", ("Danube",), True),
    ("Rhine", ("Rhine",), True),
    ("Elbe", ("Elbe",), True),
    ("Oder", ("Oder",), True),
    ("Vistula", ("Vistula",), True),
    ("Dnieper", ("Dnieper", "Dnipro"), False),
    ("Dniester", ("Dniester",), True),
    ("Seine", ("Seine",), True),
    ("Loire", ("Loire",), False),
    ("Rhône", ("Rhône", "Rhone"), False),
    ("Garonne", ("Garonne",), False),
    ("Meuse", ("Meuse",), False),
    ("Scheldt", ("Scheldt",), True),
    ("Ebro", ("Ebro",), True),
    ("Tagus", ("Tagus",), True),
    ("Douro", ("Douro",), False),
    ("Guadalquivir", ("Guadalquivir",), True),
    ("Tiber", ("Tiber",), True),
    ("Arno", ("Arno",), True),
    ("Sava", ("Sava",), True),
    ("Tisza", ("Tisza",), True),
    ("Drava", ("Drava",), True),
    ("Prut", ("Prut",), True),
    ("Nile", ("Nile",), True),
    ("Zambezi", ("Zambezi",), False),
    ("Euphrates", ("Euphrates",), True),
    ("Tigris", ("Tigris",), True),
    ("Mekong", ("Mekong",), True),
    ("Yangtze", ("Yangtze",), True),
    ("Ganges", ("Ganges",), True),
    ("Yamuna", ("Yamuna",), True),
    ("Sutlej", ("Sutlej",), True),
    ("Orinoco", ("Orinoco",), True),
    ("Irtysh", ("Irtysh",), True),
    ("Amu Darya", ("Amu Darya",), True),
    ("Syr Darya", ("Syr Darya",), True),
    ("Neckar", ("Neckar",), True),
    ("Kaveri", ("Kaveri", "Cauvery"), True),
    ("Mahanadi", ("Mahanadi",), True),
    # titled "X (river)": the bare name is another place's
    ("Ural (river)", ("Ural",), False),
    ("Don (river)", ("Don",), False),
    ("Po (river)", ("Po",), False),
    ("Ob (river)", ("Ob",), False),
    ("Lena (river)", ("Lena",), False),
    ("Inn (river)", ("Inn",), False),
    ("Main (river)", ("Main",), False),
    ("Moselle (river)", ("Moselle",), False),
    ("Kura (river)", ("Kura",), False),
    # titled "X River"
    ("Amazon River", ("Amazon",), False),
    ("Indus River", ("Indus",), True),
    ("Brahmaputra River", ("Brahmaputra",), True),
    ("Chenab River", ("Chenab",), True),
    ("Jhelum River", ("Jhelum",), False),
    ("Ravi River", ("Ravi",), False),
    ("Beas River", ("Beas",), True),
    ("Kabul River", ("Kabul",), False),
    ("Helmand River", ("Helmand",), False),
    ("Irrawaddy River", ("Irrawaddy", "Ayeyarwady"), False),
    ("Salween River", ("Salween",), True),
    ("Chao Phraya River", ("Chao Phraya",), True),
    ("Amur River", ("Amur",), False),
    ("Jordan River", ("Jordan",), False),
    ("Litani River", ("Litani",), True),
    ("Congo River", ("Congo",), False),
    ("Niger River", ("Niger",), False),
    ("Limpopo River", ("Limpopo",), False),
    ("Orange River", ("Orange",), False),
    ("Senegal River", ("Senegal",), False),
    ("Ubangi River", ("Ubangi",), True),
    ("Awash River", ("Awash",), True),
    ("Omo River", ("Omo",), True),
    ("Rufiji River", ("Rufiji",), True),
    ("Shebelle River", ("Shebelle", "Shabelle"), False),
    ("Paraná River", ("Paraná", "Parana"), False),
    ("Paraguay River", ("Paraguay",), False),
    ("Uruguay River", ("Uruguay",), False),
    ("Madeira River", ("Madeira",), False),
    ("São Francisco River", ("São Francisco", "Sao Francisco"), False),
    ("Magdalena River", ("Magdalena",), False),
    ("Mississippi River", ("Mississippi",), False),
    ("Missouri River", ("Missouri",), False),
    ("Ohio River", ("Ohio",), False),
    ("Colorado River", ("Colorado",), False),
    ("Columbia River", ("Columbia",), False),
    ("Hudson River", ("Hudson",), False),
    ("Potomac River", ("Potomac",), True),
    ("Yukon River", ("Yukon",), False),
    ("Fraser River", ("Fraser",), False),
    ("Murray River", ("Murray",), False),
    ("Darling River", ("Darling",), False),
    ("Saint Lawrence River", ("St. Lawrence", "St Lawrence", "Saint Lawrence"), True),
    ("Godavari River", ("Godavari",), True),
    ("Narmada River", ("Narmada",), True),
    ("Teesta River", ("Teesta",), True),
    ("Meghna River", ("Meghna",), True),
    ("Surma River", ("Surma",), True),
    ("Kelani River", ("Kelani",), True),
    ("Mahaweli River", ("Mahaweli",), True),
    ("Trishuli River", ("Trishuli",), True),
    # British and Irish rivers: "River X"
    ("River Severn", ("Severn",), True),
    ("River Tyne", ("Tyne",), False),
    ("River Tees", ("Tees",), False),
    ("River Mersey", ("Mersey",), False),
    ("River Tay", ("Tay",), False),
    ("River Liffey", ("Liffey",), True),
    ("River Wye", ("Wye",), False),
    ("River Shannon", ("Shannon",), False),
    ("River Clyde", ("Clyde",), False),
    ("River Trent", ("Trent",), False),
]
ISLANDS: list[tuple[str, tuple[str, ...]]] = [
    ("Spratly Islands", ("Spratlys", "Spratly")),
    ("Paracel Islands", ("Paracels", "Paracel")),
    ("Canary Islands", ("Canaries",)),
    ("Balearic Islands", ("Balearics",)),
    ("Falkland Islands", ("Falklands",)),
    ("Kuril Islands", ("Kurils", "Kuriles")),
    ("Senkaku Islands", ("Senkakus", "Senkaku")),
    ("Aleutian Islands", ("Aleutians",)),
    ("Andaman Islands", ("Andamans",)),
    ("Galápagos Islands", ("Galapagos", "Galápagos")),
    ("Orkney", ("Orkneys",)),
    ("Shetland", ("Shetlands",)),
]

HEADER = (
    "// Rivers and island groups whose English Wikipedia title is not the name news writes\n"
    '// ("Mekong River" -> "Mekong", "Indus" -> "Indus River", "Ural" -> "Ural (river)",\n'
    '// "Spratlys" -> "Spratly Islands"); plain: the bare name is the feature\'s in any text.\n'
    "// Written by hand by scripts/derive_feature_titles.py from English Wikipedia's article\n"
    "// titles and WP:NCRIVER (CC BY-SA 4.0). Do not edit by hand: rerun the script.\n"
)


def rows() -> list[dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for title, names, plain in RIVERS:
        for name in names:
            assert name not in out, name
            out[name] = {"name": name, "title": title, "kind": "river", "plain": plain}
    for title, names in ISLANDS:
        for name in names:
            assert name not in out, name
            out[name] = {"name": name, "title": title, "kind": "islands", "plain": True}
    return sorted(out.values(), key=lambda r: (str(r["kind"]), str(r["name"])))


def main() -> int:
    return write_table(OUT, HEADER, rows())  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
