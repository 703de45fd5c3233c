"""Derive models/language_name_accents.jsonl: a plain given or family name's accented spelling
in ONE language's name lists ("Gonzalez" -> "González" in Spanish, "Peter" -> "Péter" in
Hungarian, "Tomas" -> "Tomáš" in Czech), and models/country_languages.jsonl: the languages of
a country. Read by ``entities.accents.country_accents`` (session 43, accents43): a person the
document ties to a country takes the accents of that country's language where the lists of all
languages disagree (``models/name_accents.jsonl`` keeps only names no list writes plain).

Sources, installed only for this script (the runtime reads the JSONL):
- the person providers of the PyPI package ``faker`` 40.63.0 (MIT licence) and the person data
  sets of ``mimesis`` 22.2.0 (MIT licence), read as ``scripts/derive_name_accents.py`` reads
  them; a list's language is its locale's ("faker:es_MX", "mimesis:es-mx" -> es);
- the official and de facto official languages of each territory in CLDR (Unicode licence),
  through the PyPI package ``babel`` 2.19.0 (BSD-3-Clause), already a dependency.
``pip install --no-deps --target /tmp/accents faker==40.63.0 mimesis==22.2.0 names==0.3.0
iuliia==0.13.0``
then
``PYTHONPATH=/tmp/accents .venv/bin/python scripts/derive_language_name_accents.py``.

A row (language, plain, name) is kept where, among that language's lists, one accented spelling
that folds to the plain one is listed by more lists than any other spelling of it, the plain one
included ("Gonzalez" plain in one Mexican list, "González" in four Spanish and Latin American
ones). English and Vietnamese lists are left out (``LEFT_OUT``). ``part`` says where
the language's lists have the name: "given", "family" or both. A country's languages are
CLDR's official ones (de facto included: Mexico and the United States have no de jure one).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from babel import languages
from babel.core import get_global
from derive_name_accents import faker_names, fold, mimesis_names

MODELS = Path(__file__).resolve().parent.parent / "models"
OUT = MODELS / "language_name_accents.jsonl"
OUT_COUNTRIES = MODELS / "country_languages.jsonl"
# English has no diacritics of its own. Vietnamese writes a syllable's tone with a mark, so one
# plain syllable stands for up to a dozen names ("Thanh": Thành, Thạnh, Thanh ...) and the one
# spelling a short list holds is no evidence of the person's ("Bui Thanh Son" -> "Bùi Thành" is
# wrong): left out.
LEFT_OUT = frozenset({"en", "vi"})


def language(source: str) -> str:
    """The language of a list: "faker:es_MX" -> "es", "mimesis:pt-br" -> "pt"."""
    return source.split(":")[1].replace("-", "_").split("_")[0].lower()


def listed_names() -> dict[str, set[tuple[str, str]]]:
    """Each Latin-script name of faker's and mimesis' lists with the (list, part) pairs."""
    listed = faker_names()
    for name, pairs in mimesis_names().items():
        listed[name] |= pairs
    return listed


def rows() -> list[dict[str, str]]:
    listed = listed_names()
    # language -> plain -> spelling -> the lists of that language that write it
    lists: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    parts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, pairs in listed.items():
        plain = fold(name)
        if not plain.isascii():
            continue
        for source in {s for s, _ in pairs}:
            lang = language(source)
            if lang not in LEFT_OUT:
                lists[lang][plain][name] += 1
        for source, part in pairs:
            parts[(language(source), name)].add(part)
    out = []
    for lang in sorted(lists):
        for plain, spellings in sorted(lists[lang].items()):
            ranked = spellings.most_common()
            best, n = ranked[0]
            if best == plain or (len(ranked) > 1 and ranked[1][1] == n):
                continue  # the plain spelling, or a tie, leads
            part = "/".join(sorted(parts[(lang, best)]))
            out.append({"lang": lang, "plain": plain, "name": best, "part": part})
    return out


def latin(lang: str) -> bool:
    """Whether CLDR writes ``lang`` in the Latin script ("sr_Latn", "qu"; not "ar", "el",
    "sr", "bs_Cyrl": its likely script, or the script subtag the code itself holds)."""
    parts = lang.split("_")
    if len(parts) > 1 and len(parts[1]) == 4:
        return parts[1] == "Latn"
    likely = get_global("likely_subtags").get(lang, "")
    return "_Latn" in likely


def country_rows(langs: set[str], listed: set[str]) -> list[dict[str, object]]:
    """Each territory whose official languages include one of ``langs`` (the languages with
    rows), with those of its official languages that count: the ones with name lists
    (``listed``: English and Vietnamese too, whose names stay as written) and those written in
    another script, whose names English copy romanises plain (Greek in Cyprus, Arabic in
    Morocco); a Latin-script language no list holds is no evidence (Quechua: Peru is read as
    Spanish; Canada as English and French)."""
    out: list[dict[str, object]] = []
    for code in sorted(get_global("territory_languages")):
        if not (len(code) == 2 and code.isalpha()):
            continue
        official = languages.get_official_languages(code, de_facto=True)
        kept = [lang for lang in official if lang in listed or not latin(lang)]
        if set(kept) & langs:
            out.append({"country": code, "langs": kept})
    return out


def main() -> None:
    found = rows()
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "// A plain given or family name's accented spelling in one language's name lists\n"
            '// ("Gonzalez" -> "González" in es), where more of that language\'s lists write it so\n'
            "// than any other way: faker's person providers (MIT; national name statistics) and\n"
            "// mimesis' person data (MIT). Derived by scripts/derive_language_name_accents.py\n"
            "// from faker 40.63.0 and mimesis 22.2.0. Do not edit by hand.\n"
        )
        for r in found:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    langs = {r["lang"] for r in found}
    listed = {language(s) for pairs in listed_names().values() for s, _ in pairs}
    countries = country_rows(langs, listed)
    with OUT_COUNTRIES.open("w", encoding="utf-8") as f:
        f.write(
            "// ISO 3166-1 alpha-2 code -> the country's official languages (de facto included),\n"
            "// for the countries of a language of models/language_name_accents.jsonl: CLDR\n"
            "// territory data (Unicode licence) via babel 2.19.0 (BSD-3-Clause). Derived by\n"
            "// scripts/derive_language_name_accents.py. Do not edit by hand.\n"
        )
        for r in countries:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(OUT.name, len(found), "rows;", OUT_COUNTRIES.name, len(countries), "rows")


if __name__ == "__main__":
    main()
