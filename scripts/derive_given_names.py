"""Derive models/given_names.jsonl: given (first) names in Latin script from many countries.

Source: the person providers of the PyPI package ``faker`` (MIT licence), whose first-name
lists per locale are compiled from national name statistics (see each provider's comments).
Installed only for this script (the runtime reads the JSONL), with ``iuliia`` (MIT) for Russian:
``pip install --target /tmp/faker faker==40.63.0 iuliia==0.13.0`` then
``PYTHONPATH=/tmp/faker .venv/bin/python scripts/derive_given_names.py``.

Three kinds of rows, all with their accents and a folded spelling ("Jiří" and "Jiri"):
- names faker writes in the Latin alphabet ("Agnieszka", "Kylian", "Sandro"), and its
  romanised lists of Japanese and Chinese names ("Haruto", "Xiuying", "Chia-Hao");
- names faker writes in Cyrillic, Greek or Georgian, romanised the ways English-language news
  meets them: Russian by three of iuliia's schemas (Wikipedia's "Dmitry", BGN/PCGN's
  "Dmitriy", ICAO Doc 9303's "Dmitrii"/"Sergei" of passports); Ukrainian by the national
  system of 2010 (Cabinet of Ministers resolution 55, used in passports: "Oleksandr",
  "Andrii") and by BGN/PCGN 1965 ("Andriy"); Bulgarian and Macedonian by their official
  streamlined systems; Greek by ELOT 743; Georgian by the national system of 2002. The tables
  below are those standards' letter tables; iuliia has no schema for the other languages.
Scripts faker lists without a standard romanisation that news follows (Arabic, Devanagari,
Hangul, Thai) are left out: their English spellings vary too much to derive.

Still missing after this (faker's lists are short): "Iga", "Kagiso", "Narendra", "Aryna"
(Belarusian). The entities stage reads a name only where it is no English word, so "Mark",
"Rose" or a romanised "Gang" in the table change nothing.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import iuliia
from faker.providers import person

OUT = Path(__file__).resolve().parent.parent / "models" / "given_names.jsonl"
LATIN = re.compile(r"^[A-Z][a-zà-ÿā-žșț'’-]{1,20}$")
FIELDS = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_nonbinary",
    "first_romanized_names",
    "first_romanized_names_male",
    "first_romanized_names_female",
)
VOWELS = set("аеёиоуыэюяієїАЕЁИОУЫЭЮЯІЄЇ")

# Ukrainian, national system of 2010: (at the start of a word, elsewhere).
UK_2010 = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"),
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ʼ": "", "ю": ("yu", "iu"),
    "я": ("ya", "ia"), "'": "", "’": "",
}  # fmt: skip
# Ukrainian, BGN/PCGN 1965 (apostrophes of the soft sign dropped, as news writes it).
UK_BGN = {**UK_2010, "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# Bulgarian, the streamlined system (Transliteration Act 2009).
BG = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht",
    "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
}  # fmt: skip
# Macedonian, the official romanisation (BGN/PCGN 2013).
MK = {
    **{k: v for k, v in BG.items() if k not in "щъьюяй"}, "ѓ": "gj", "ѕ": "dz", "ј": "j",
    "љ": "lj", "њ": "nj", "ќ": "kj", "џ": "dzh", "х": "h",
}  # fmt: skip
# Georgian, the national system of 2002.
KA_LATIN = "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h"
KA = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ", KA_LATIN.split(" "), strict=True))
# Greek, ELOT 743 (the letters; the digraphs are read first, in _greek).
EL_LATIN = "a v g d e z i th i k l m n x o p r s s t y f ch ps o"
EL = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", EL_LATIN.split(" "), strict=True))
EL_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "γγ": "ng", "γκ": "gk", "γξ": "nx",
            "γχ": "nch", "μπ": "mp", "ντ": "nt"}  # fmt: skip
VOICELESS = set("θκξπστφχψ")


def fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _by_letters(table: dict[str, object]) -> Callable[[str], str]:
    """A letter-by-letter romaniser; a pair (initial, other) is chosen by the letter's place."""

    def romanise(name: str) -> str:
        out = []
        for i, ch in enumerate(name.lower()):
            rule = table.get(ch)
            if rule is None:
                return ""  # a letter outside the standard: leave the name out
            out.append(rule[0 if i == 0 else 1] if isinstance(rule, tuple) else rule)
        return "".join(out)

    return romanise


def _greek(name: str) -> str:
    """ELOT 743: digraphs first; "αυ"/"ευ"/"ηυ" are "av"/"ev"/"iv", "af"/"ef"/"if" before a
    voiceless consonant or at the end; "μπ" at the start of a word is "b"."""
    word = fold(name).lower()
    out, i = [], 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in ("αυ", "ευ", "ηυ"):
            nxt = word[i + 2 : i + 3]
            out.append(EL[pair[0]] + ("f" if not nxt or nxt in VOICELESS else "v"))
            i += 2
        elif pair == "μπ" and i == 0:
            out.append("b")
            i += 2
        elif pair in EL_PAIRS:
            out.append(EL_PAIRS[pair])
            i += 2
        elif word[i] in EL:
            out.append(EL[word[i]])
            i += 1
        else:
            return ""
    return "".join(out)


def _russian(name: str) -> Iterator[str]:
    for schema in (iuliia.WIKIPEDIA, iuliia.BGN_PCGN, iuliia.ICAO_DOC_9303):
        yield schema.translate(name).replace("’", "").replace("ё", "e")


ROMANISERS: dict[str, Callable[[str], Iterator[str]]] = {
    "ru_RU": _russian,
    "uk_UA": lambda n: (f(n) for f in (_by_letters(UK_2010), _by_letters(UK_BGN))),
    "bg_BG": lambda n: iter((_by_letters(BG)(n),)),
    "mk_MK": lambda n: iter((_by_letters(MK)(n),)),
    "ka_GE": lambda n: iter((_by_letters(KA)(n),)),
    "el_GR": lambda n: iter((_greek(n),)),
}


def _forms(locale: str, name: str) -> Iterator[str]:
    if "-" in name and name.isupper():  # romanised Taiwanese names: "CHIA-HAO"
        name = "-".join(part.capitalize() for part in name.split("-"))
    if LATIN.match(name) or LATIN.match(fold(name)):
        yield name
        return
    romanise = ROMANISERS.get(locale)
    if romanise is not None:
        for form in romanise(name):
            if form:
                yield form[0].upper() + form[1:]


def names() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for field in FIELDS:
            values = getattr(provider, field, ())
            if not isinstance(values, (dict, tuple, list, set, frozenset)):
                continue  # a computed property (the union of the male and female lists)
            for name in values.keys() if isinstance(values, dict) else values:
                for written in _forms(mod.name, name):
                    for form in {written, fold(written)}:
                        if LATIN.match(form):
                            found.setdefault(form, set()).add(mod.name)
    return found


def main() -> None:
    found = names()
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "// Given names in Latin script (accents kept, plus a folded spelling), from the person\n"
            "// providers of faker (MIT; first-name lists per locale from national statistics);\n"
            "// Cyrillic, Greek and Georgian lists romanised by iuliia (MIT; Russian) and by the\n"
            "// national standards (Ukrainian 2010 and BGN/PCGN, Bulgarian, Macedonian, ELOT 743,\n"
            "// Georgian 2002). Derived by scripts/derive_given_names.py from faker 40.63.0.\n"
        )
        for name in sorted(found):
            row = {"name": name}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(found), "names")


if __name__ == "__main__":
    main()
