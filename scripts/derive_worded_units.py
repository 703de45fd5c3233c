"""Derive ``models/worded_units.jsonl``: the English Wikipedia title of a first-level subdivision
that news names by its bare name before (or after) a lower-case unit word whose title the
country's one form cannot give ("the Kursk region" -> "Kursk Oblast", "the Krasnodar region"
-> "Krasnodar Krai", "the Dagestan republic" -> "Dagestan", "Aurora province" -> "Aurora
(province)", "South Kivu province" -> "South Kivu"). Read by ``briefx.pipeline.coref
.place_names.unit_title`` (session 41, places41) where the document writes one of the row's
``words`` for the name; never for a bare name alone ("Kursk" is the city).

Source: the ISO 3166-2 subdivisions as pycountry 26.2.16 ships them (LGPL-2.1; codes and types
from the ISO 3166 Maintenance Agency via Debian's iso-codes): every subdivision of the types
below is listed by its code, and ENGLISH gives English Wikipedia's name and title for each
(the articles' titles and the categories "Oblasts of Russia", "Krais of Russia", "Republics of
Russia", "Autonomous okrugs of Russia", "Oblasts of Ukraine", "Provinces of the Philippines",
"Provinces of the Democratic Republic of the Congo"; CC BY-SA 4.0), with the spellings news
writes the name in (SPELLINGS: "Kharkov", "Kiev", "Odessa", "Zaporozhye", "Orel", "Primorye",
the 1990s Russian transliterations of Ukrainian names). The script fails where pycountry lists
a subdivision of a listed type that ENGLISH lacks, so a new ISO unit is not dropped unseen.

The conventions (English Wikipedia, WP:NCGN and the country projects):
- Russia: oblasts "<Name> Oblast" ("Belgorod Oblast"), krais "<Name> Krai" ("Krasnodar Krai",
  "Primorsky Krai"), republics by their short name ("Dagestan", "Chechnya", "Tatarstan";
  "Sakha Republic", "Komi Republic", "Republic of Karelia" where the short name is a people's),
  autonomous okrugs "<Name> Autonomous Okrug"; news writes "region" for all of them,
  "territory" or "krai" for a krai, "republic" for a republic.
- Ukraine: oblasts "<Name> Oblast" ("Kharkiv Oblast"); news writes "region", "oblast" or
  "province" (AP).
- The Philippines: provinces are titled by the bare name (``entity_words.jsonl`` form "{}"),
  except where another place bears it: "Aurora (province)", "Isabela (province)", "Laguna
  (province)", "Rizal (province)", "Leyte (province)", "Samar (province)", "Antique
  (province)", "Abra (province)", "Kalinga (province)".
- The Democratic Republic of the Congo: "North Kivu" and "South Kivu" are titled bare (the
  other provinces "<Name> Province": ``unit_titles.jsonl``).

Left out: Russia's federal cities (Moscow, Saint Petersburg: cities), "Altai" (a krai and a
republic share it), the Jewish Autonomous Oblast (its bare word is a people's), Crimea and
Sevastopol (their titles are disputed between two countries' subdivisions).

Build-time only (pycountry is no runtime dependency of briefx). Run with it installed:

    pip download --no-deps pycountry==26.2.16 -d /tmp/pyc && unzip /tmp/pyc/*.whl -d /tmp/pyc
    PYTHONPATH=/tmp/pyc python scripts/derive_worded_units.py

Rows: {"name", "country", "title", "words"}.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry
from derive_fac_heads import write_table

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "worded_units.jsonl"

OBLAST = ("region", "oblast", "province")
KRAI = ("region", "krai", "kray", "territory")
REPUBLIC = ("region", "republic")
OKRUG = ("region", "okrug", "district")
PROVINCE = ("province",)

# country -> ISO 3166-2 types listed, each with the words news writes after the name
TYPES = {
    "RU": {
        "Administrative region": OBLAST,
        "Administrative territory": KRAI,
        "Republic": REPUBLIC,
        "Autonomous district": OKRUG,
    },
    "UA": {"Region": OBLAST},
}
# ISO code -> (English Wikipedia's name of the unit, its title); None: left out (see above)
ENGLISH: dict[str, tuple[str, str] | None] = {
    # Russia's oblasts
    "RU-AMU": ("Amur", "Amur Oblast"),
    "RU-ARK": ("Arkhangelsk", "Arkhangelsk Oblast"),
    "RU-AST": ("Astrakhan", "Astrakhan Oblast"),
    "RU-BEL": ("Belgorod", "Belgorod Oblast"),
    "RU-BRY": ("Bryansk", "Bryansk Oblast"),
    "RU-CHE": ("Chelyabinsk", "Chelyabinsk Oblast"),
    "RU-IRK": ("Irkutsk", "Irkutsk Oblast"),
    "RU-IVA": ("Ivanovo", "Ivanovo Oblast"),
    "RU-KGD": ("Kaliningrad", "Kaliningrad Oblast"),
    "RU-KLU": ("Kaluga", "Kaluga Oblast"),
    "RU-KEM": ("Kemerovo", "Kemerovo Oblast"),
    "RU-KIR": ("Kirov", "Kirov Oblast"),
    "RU-KOS": ("Kostroma", "Kostroma Oblast"),
    "RU-KGN": ("Kurgan", "Kurgan Oblast"),
    "RU-KRS": ("Kursk", "Kursk Oblast"),
    "RU-LEN": ("Leningrad", "Leningrad Oblast"),
    "RU-LIP": ("Lipetsk", "Lipetsk Oblast"),
    "RU-MAG": ("Magadan", "Magadan Oblast"),
    "RU-MOS": ("Moscow", "Moscow Oblast"),
    "RU-MUR": ("Murmansk", "Murmansk Oblast"),
    "RU-NIZ": ("Nizhny Novgorod", "Nizhny Novgorod Oblast"),
    "RU-NGR": ("Novgorod", "Novgorod Oblast"),
    "RU-NVS": ("Novosibirsk", "Novosibirsk Oblast"),
    "RU-OMS": ("Omsk", "Omsk Oblast"),
    "RU-ORE": ("Orenburg", "Orenburg Oblast"),
    "RU-ORL": ("Oryol", "Oryol Oblast"),
    "RU-PNZ": ("Penza", "Penza Oblast"),
    "RU-PSK": ("Pskov", "Pskov Oblast"),
    "RU-ROS": ("Rostov", "Rostov Oblast"),
    "RU-RYA": ("Ryazan", "Ryazan Oblast"),
    "RU-SAK": ("Sakhalin", "Sakhalin Oblast"),
    "RU-SAM": ("Samara", "Samara Oblast"),
    "RU-SAR": ("Saratov", "Saratov Oblast"),
    "RU-SMO": ("Smolensk", "Smolensk Oblast"),
    "RU-SVE": ("Sverdlovsk", "Sverdlovsk Oblast"),
    "RU-TAM": ("Tambov", "Tambov Oblast"),
    "RU-TOM": ("Tomsk", "Tomsk Oblast"),
    "RU-TUL": ("Tula", "Tula Oblast"),
    "RU-TVE": ("Tver", "Tver Oblast"),
    "RU-TYU": ("Tyumen", "Tyumen Oblast"),
    "RU-ULY": ("Ulyanovsk", "Ulyanovsk Oblast"),
    "RU-VLA": ("Vladimir", "Vladimir Oblast"),
    "RU-VGG": ("Volgograd", "Volgograd Oblast"),
    "RU-VLG": ("Vologda", "Vologda Oblast"),
    "RU-VOR": ("Voronezh", "Voronezh Oblast"),
    "RU-YAR": ("Yaroslavl", "Yaroslavl Oblast"),
    # Russia's krais
    "RU-ALT": None,  # Altai Krai: "Altai" is also the Altai Republic's
    "RU-KAM": ("Kamchatka", "Kamchatka Krai"),
    "RU-KHA": ("Khabarovsk", "Khabarovsk Krai"),
    "RU-KDA": ("Krasnodar", "Krasnodar Krai"),
    "RU-KYA": ("Krasnoyarsk", "Krasnoyarsk Krai"),
    "RU-PER": ("Perm", "Perm Krai"),
    "RU-PRI": ("Primorsky", "Primorsky Krai"),
    "RU-STA": ("Stavropol", "Stavropol Krai"),
    "RU-ZAB": ("Zabaykalsky", "Zabaykalsky Krai"),
    # Russia's republics
    "RU-AD": ("Adygea", "Adygea"),
    "RU-AL": None,  # Altai Republic: "Altai" is also the krai's
    "RU-BA": ("Bashkortostan", "Bashkortostan"),
    "RU-BU": ("Buryatia", "Buryatia"),
    "RU-CE": ("Chechnya", "Chechnya"),
    "RU-CU": ("Chuvashia", "Chuvashia"),
    "RU-DA": ("Dagestan", "Dagestan"),
    "RU-IN": ("Ingushetia", "Ingushetia"),
    "RU-KB": ("Kabardino-Balkaria", "Kabardino-Balkaria"),
    "RU-KL": ("Kalmykia", "Kalmykia"),
    "RU-KC": ("Karachay-Cherkessia", "Karachay-Cherkessia"),
    "RU-KR": ("Karelia", "Republic of Karelia"),
    "RU-KK": ("Khakassia", "Khakassia"),
    "RU-KO": ("Komi", "Komi Republic"),
    "RU-ME": ("Mari El", "Mari El"),
    "RU-MO": ("Mordovia", "Mordovia"),
    "RU-SA": ("Sakha", "Sakha Republic"),
    "RU-SE": ("North Ossetia", "North Ossetia–Alania"),
    "RU-TA": ("Tatarstan", "Tatarstan"),
    "RU-TY": ("Tuva", "Tuva"),
    "RU-UD": ("Udmurtia", "Udmurtia"),
    # Russia's autonomous okrugs
    "RU-CHU": ("Chukotka", "Chukotka Autonomous Okrug"),
    "RU-KHM": ("Khanty-Mansi", "Khanty-Mansi Autonomous Okrug"),
    "RU-NEN": None,  # Nenets Autonomous Okrug: "Nenets" is a people's word
    "RU-YAN": ("Yamalo-Nenets", "Yamalo-Nenets Autonomous Okrug"),
    # Ukraine's oblasts
    "UA-71": ("Cherkasy", "Cherkasy Oblast"),
    "UA-74": ("Chernihiv", "Chernihiv Oblast"),
    "UA-77": ("Chernivtsi", "Chernivtsi Oblast"),
    "UA-12": ("Dnipropetrovsk", "Dnipropetrovsk Oblast"),
    "UA-14": ("Donetsk", "Donetsk Oblast"),
    "UA-26": ("Ivano-Frankivsk", "Ivano-Frankivsk Oblast"),
    "UA-63": ("Kharkiv", "Kharkiv Oblast"),
    "UA-65": ("Kherson", "Kherson Oblast"),
    "UA-68": ("Khmelnytskyi", "Khmelnytskyi Oblast"),
    "UA-35": ("Kirovohrad", "Kirovohrad Oblast"),
    "UA-32": ("Kyiv", "Kyiv Oblast"),
    "UA-09": ("Luhansk", "Luhansk Oblast"),
    "UA-46": ("Lviv", "Lviv Oblast"),
    "UA-48": ("Mykolaiv", "Mykolaiv Oblast"),
    "UA-51": ("Odesa", "Odesa Oblast"),
    "UA-53": ("Poltava", "Poltava Oblast"),
    "UA-56": ("Rivne", "Rivne Oblast"),
    "UA-59": ("Sumy", "Sumy Oblast"),
    "UA-61": ("Ternopil", "Ternopil Oblast"),
    "UA-05": ("Vinnytsia", "Vinnytsia Oblast"),
    "UA-07": ("Volyn", "Volyn Oblast"),
    "UA-21": ("Zakarpattia", "Zakarpattia Oblast"),
    "UA-23": ("Zaporizhzhia", "Zaporizhzhia Oblast"),
    "UA-18": ("Zhytomyr", "Zhytomyr Oblast"),
}
# other spellings of the names in news copy (older or Russian transliterations, short forms)
SPELLINGS = {
    "Arkhangelsk": ("Archangel",),
    "Oryol": ("Orel",),
    "Primorsky": ("Primorye", "Primorskiy"),
    "Zabaykalsky": ("Zabaikalsky", "Trans-Baikal"),
    "Sakha": ("Yakutia",),
    "Khanty-Mansi": ("Khanty-Mansiysk",),
    "Yamalo-Nenets": ("Yamal-Nenets", "Yamal"),
    "Chernihiv": ("Chernigov",),
    "Chernivtsi": ("Chernovtsy",),
    "Dnipropetrovsk": ("Dnepropetrovsk",),
    "Kharkiv": ("Kharkov",),
    "Khmelnytskyi": ("Khmelnytsky", "Khmelnitsky"),
    "Kirovohrad": ("Kirovograd",),
    "Kyiv": ("Kiev",),
    "Luhansk": ("Lugansk",),
    "Lviv": ("Lvov",),
    "Mykolaiv": ("Nikolayev", "Mykolayiv"),
    "Odesa": ("Odessa",),
    "Rivne": ("Rovno",),
    "Vinnytsia": ("Vinnitsa",),
    "Zakarpattia": ("Transcarpathia", "Transcarpathian"),
    "Zaporizhzhia": ("Zaporizhia", "Zaporozhye"),
    "Zhytomyr": ("Zhitomir",),
}
# units of other countries the form of ``entity_words.jsonl`` gets wrong, by hand (no ISO type
# to list them by): (country, name, title, words)
MORE = [
    # the Philippines: provinces English Wikipedia disambiguates ("Provinces of the Philippines")
    ("PH", "Abra", "Abra (province)", PROVINCE),
    ("PH", "Antique", "Antique (province)", PROVINCE),
    ("PH", "Aurora", "Aurora (province)", PROVINCE),
    ("PH", "Isabela", "Isabela (province)", PROVINCE),
    ("PH", "Kalinga", "Kalinga (province)", PROVINCE),
    ("PH", "Laguna", "Laguna (province)", PROVINCE),
    ("PH", "Leyte", "Leyte (province)", PROVINCE),
    ("PH", "Rizal", "Rizal (province)", PROVINCE),
    ("PH", "Samar", "Samar (province)", PROVINCE),
    # the Democratic Republic of the Congo: the two Kivu provinces are titled bare
    ("CD", "North Kivu", "North Kivu", PROVINCE),
    ("CD", "South Kivu", "South Kivu", PROVINCE),
]

HEADER = (
    "// First-level subdivisions whose English Wikipedia title the country's one form cannot\n"
    '// give, for a name written with a lower-case unit word ("the Kursk region" -> "Kursk\n'
    '// Oblast", "the Krasnodar region" -> "Krasnodar Krai", "Aurora province" -> "Aurora\n'
    '// (province)"); "words": the unit words news writes with the name. Read only where the text\n'
    "// writes one of them. Derived by scripts/derive_worded_units.py from pycountry 26.2.16\n"
    "// (ISO 3166-2 codes and types; LGPL-2.1) and English Wikipedia's titles (CC BY-SA 4.0).\n"
    "// Do not edit by hand: rerun the script.\n"
)


def rows() -> list[dict[str, object]]:
    out: dict[tuple[str, str], dict[str, object]] = {}
    for code, types in TYPES.items():
        for sub in pycountry.subdivisions.get(country_code=code):
            if sub.type not in types:
                continue
            if sub.code not in ENGLISH:
                raise SystemExit(f"no English name for {sub.code} {sub.name} ({sub.type})")
            entry = ENGLISH[sub.code]
            if entry is None:
                continue
            name, title = entry
            for spelling in (name, *SPELLINGS.get(name, ())):
                words = list(types[sub.type])
                out[(code, spelling)] = {
                    "name": spelling, "country": code, "title": title, "words": words,
                }  # fmt: skip
    for code, name, title, words in MORE:
        out[(code, name)] = {"name": name, "country": code, "title": title, "words": list(words)}
    return sorted(out.values(), key=lambda r: (str(r["country"]), str(r["name"])))


def main() -> int:
    return write_table(OUT, HEADER, rows())  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
