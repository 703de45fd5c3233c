"""Derive models/given_names.jsonl: given (first) names in Latin script from many countries.

Source: the person providers of the PyPI package ``faker`` (MIT licence), whose first-name
lists per locale are compiled from national name statistics (see each provider's comments).
Installed only for this script (the runtime reads the JSONL):
``pip install --target /tmp/faker faker`` then
``PYTHONPATH=/tmp/faker .venv/bin/python scripts/derive_given_names.py``.

Only names written in the Latin alphabet are kept, with their accents and a folded spelling
("Agnieszka", "Kylian", "Sandro", "Jiří" and "Jiri"; faker 40.63.0 has no "Iga", "Kagiso",
"Volodymyr" or "Tarun": its lists are short and its Cyrillic ones are not transliterated). The
entities stage reads a name only where it is no English word, so "Mark" or "Rose" in the table
change nothing.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import unicodedata
from pathlib import Path

from faker.providers import person

OUT = Path(__file__).resolve().parent.parent / "models" / "given_names.jsonl"
LATIN = re.compile(r"^[A-Z][a-zà-ÿā-žșț'’-]{1,20}$")
FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def names() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for field in FIELDS:
            values = getattr(provider, field, ())
            if not isinstance(values, (dict, tuple, list, set, frozenset)):
                continue  # a computed property (the union of the male and female lists)
            for name in values.keys() if isinstance(values, dict) else values:
                for form in {name, fold(name)}:
                    if LATIN.match(form):
                        found.setdefault(form, set()).add(mod.name)
    return found


def main() -> None:
    found = names()
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "// Given names in Latin script (accents kept, plus a folded spelling), from the person\n"
            "// providers of faker (MIT; first-name lists per locale from national statistics).\n"
            "// Derived by scripts/derive_given_names.py from faker 40.63.0.\n"
        )
        for name in sorted(found):
            row = {"name": name}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(found), "names")


if __name__ == "__main__":
    main()
