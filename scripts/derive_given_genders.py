"""Derive models/given_genders.jsonl: given (first) names in Latin script that name only men or
only women, for the speakers of statements (a pronoun passes over a person of the other gender:
"Jane Roe met John Doe. He said ..." -> John Doe; ``briefx.pipeline.speakers``, session 22).

Source: the person providers of the PyPI package ``faker`` (MIT licence), whose lists of male
and female first names per locale are compiled from national name statistics (see each
provider's comments), the same source as ``models/given_names.jsonl``
(``scripts/derive_given_names.py``). A name is kept only where every locale that lists it lists
it for one gender ("Andrea", male in Italian lists and female in English ones, and "Jean" are
left out), in Latin script only. Installed only for this script (the runtime reads the JSONL):
``pip install --target /tmp/faker faker==40.63.0`` then
``PYTHONPATH=/tmp/faker .venv/bin/python scripts/derive_given_genders.py``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import unicodedata
from pathlib import Path

from faker.providers import person

OUT = Path(__file__).resolve().parent.parent / "models" / "given_genders.jsonl"
HEADER = """// Given names that name only men (m) or only women (f) in every locale that lists them, in
// Latin script, from the person providers of faker (MIT; male and female first-name lists per
// locale from national statistics). Derived by scripts/derive_given_genders.py from faker
// 40.63.0. Do not edit by hand: rerun the script."""


def _latin(name: str) -> bool:
    return all((c.isalpha() and "LATIN" in unicodedata.name(c, "")) or c in "-'" for c in name)


def genders() -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        for attr, g in (("first_names_male", "m"), ("first_names_female", "f")):
            for name in getattr(provider, attr, ()) or ():
                name = str(name).strip()
                if len(name) > 1 and name[0].isupper() and _latin(name):
                    seen.setdefault(name, set()).add(g)
    return {n: next(iter(gs)) for n, gs in sorted(seen.items()) if len(gs) == 1}


def main() -> None:
    rows = genders()
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER + "\n")
        for name, g in rows.items():
            f.write(json.dumps({"name": name, "gender": g}, ensure_ascii=False) + "\n")
    print(len(rows), "names ->", OUT)


if __name__ == "__main__":
    main()
