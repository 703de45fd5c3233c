"""Derive models/currency_names.jsonl: every current currency's code, English names and symbols.

Source: the Unicode CLDR data as shipped by ``babel`` (already a runtime dependency; babel is
BSD-3-Clause, the CLDR data is under the Unicode licence). For each currency that is legal
tender in some territory today (CLDR ``territory_currencies`` with no end date):
- ``code``: the ISO 4217 code, unless it is an English stop word ("ALL", "TOP");
- ``word``: the English display name and its plural forms, lower case ("malaysian ringgit",
  "malaysian ringgits"), and the head noun of the name when no other current currency shares
  it and it is no ordinary English word ("ringgit", "baht");
- ``word`` also for former currencies (legal tender once: "French francs", "pesetas"), their
  names and plurals, and a head noun that no current currency shares;
- ``word`` also for the currency's head noun after its country's English name (CLDR) or
  demonym (``models/demonym_countries.jsonl``, from countryinfo), the head in its CLDR singular
  and plural and with an English "s" ("Israeli shekels" for the "Israeli new shekel",
  "Singaporean dollars", "Emirati dirhams", "Botswana pula", "Macedonian denars"): news names a
  currency so, where CLDR's name holds another adjective or a qualifier;
- ``symbol``: each symbol that a locale of a territory using the currency writes, where it
  names one currency only ("₡" -> CRC, "NT$" -> TWD; "$", "¥", "kr" name several and are
  left to the hand table) and cannot be read as a letter or word (one- and two-letter Latin
  symbols such as "R", "Ft", "Le" are left out).

models/currencies.jsonl (edited by hand) wins where both name the same text. A test rebuilds
this table in memory and compares it with the committed copy
(tests/normalize/test_derived_tables.py).

Run from the project root: ``.venv/bin/python scripts/derive_currencies.py``.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers
from spacy.lang.en.stop_words import STOP_WORDS

OUT = Path(__file__).resolve().parent.parent / "models" / "currency_names.jsonl"
HEADER = (
    "// Current currencies (ISO 4217 codes, English names and plurals, unambiguous symbols).\n"
    "// Derived by scripts/derive_currencies.py from Unicode CLDR via babel (CLDR: Unicode\n"
    "// licence; babel: BSD-3-Clause). Do not edit by hand: rerun the script. Hand entries in\n"
    "// currencies.jsonl win over these.\n"
)
# Head nouns of currency names that are ordinary English words: alone after a number they
# name something else ("3 gold medals", "a real increase", "the mark").
ENGLISH_HEADS = {"mark", "real", "sol", "gold", "dong", "rand", "kip", "escudo", "florin", "colon"}
BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u200b\u061c"), None)


def current_currencies() -> dict[str, set[str]]:
    """Return code -> territories where it is legal tender today."""
    out: dict[str, set[str]] = {}
    for territory, rows in get_global("territory_currencies").items():
        for code, _start, end, tender in rows:
            if end is None and tender:
                out.setdefault(code, set()).add(territory)
    return out


def former_currencies() -> dict[str, set[str]]:
    """Return code -> territories where it was legal tender and no longer is."""
    out: dict[str, set[str]] = {}
    for territory, rows in get_global("territory_currencies").items():
        for code, _start, end, tender in rows:
            if end is not None and tender:
                out.setdefault(code, set()).add(territory)
    return out


def _symbol_ok(sym: str) -> bool:
    if not sym or any(unicodedata.category(c).startswith("Z") for c in sym):
        return False
    if len(sym) == 1:
        return unicodedata.category(sym) == "Sc"  # "₡", not the letter "ر"
    if sym.isascii() and sym.isalpha():
        return len(sym) >= 3 and sym[0].isupper()  # "FCFA", "Ksh"; not "R", "Ft", "den"
    return True


def plain(text: str) -> str:
    """Drop accents: "colón" -> "colon" (English texts often write names without them)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def symbols(current: dict[str, set[str]]) -> dict[str, str]:
    """Return symbol -> code for the symbols that name one current currency."""
    seen: dict[str, set[str]] = {}
    for ident in sorted(locale_identifiers()):
        loc = Locale.parse(ident)
        if not loc.territory:
            continue
        for code, territories in current.items():
            if loc.territory in territories:
                sym = (loc.currency_symbols.get(code) or "").translate(BIDI).strip()
                if sym and sym != code:
                    seen.setdefault(sym, set()).add(code)
    return {s: next(iter(c)) for s, c in seen.items() if len(c) == 1 and _symbol_ok(s)}


MODELS = OUT.parent


def _read(name: str) -> list[dict[str, str]]:
    lines = (MODELS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


def country_adjectives() -> dict[str, set[str]]:
    """Return territory code -> its English names (CLDR) and demonym (countryinfo), lower case."""
    codes = {r["name"]: r["code"] for r in _read("country_codes.jsonl")}
    out: dict[str, set[str]] = {}
    for name, code in codes.items():
        out.setdefault(code, set()).add(name.lower())
    for r in _read("demonym_countries.jsonl"):
        if r["country"] in codes:
            out.setdefault(codes[r["country"]], set()).add(r["demonym"].lower())
    return out


def country_heads(current: dict[str, set[str]], en: Locale) -> dict[str, str]:
    """Return "<country name or demonym> <head noun>" -> code for a territory's one current
    currency ("israeli shekels" -> ILS): the head of its CLDR name and plurals, and the head
    with an English "s"."""
    plural = en._data["currency_names_plural"]
    adjectives = country_adjectives()
    by_territory: dict[str, set[str]] = {}
    for code, territories in current.items():
        for t in territories:
            by_territory.setdefault(t, set()).add(code)
    out: dict[str, str] = {}
    for territory, codes in sorted(by_territory.items()):
        if len(codes) != 1:
            continue  # a territory with two currencies in use: no guess
        code = next(iter(codes))
        names = {en.currencies.get(code, "")} | set(dict(plural.get(code, {})).values())
        heads = {
            n.lower().split()[-1] for n in names if n and "(" not in n and n.lower() != code.lower()
        }
        heads |= {h + "s" for h in heads if not h.endswith("s")}
        for adj in adjectives.get(territory, ()):
            for head in heads:
                for form in {f"{adj} {head}", plain(f"{adj} {head}")}:
                    out.setdefault(form, code)
    return out


def rows() -> list[dict[str, str]]:
    """Build the table rows (sorted, so the file is stable)."""
    en = Locale.parse("en")
    current = current_currencies()
    plural = en._data["currency_names_plural"]
    out: dict[tuple[str, str], str] = {}
    heads: dict[str, set[str]] = {}
    for code in sorted(current):
        if code.lower() not in STOP_WORDS:
            out[("code", code)] = code
        names = {en.currencies.get(code, "")} | set(dict(plural.get(code, {})).values())
        for name in names:
            name = name.lower().strip()
            if not name or "(" in name or name == code.lower():
                continue
            for form in {name, name.replace(" & ", " and ")}:  # "trinidad and tobago dollars"
                out.setdefault(("word", form), code)
                out.setdefault(("word", plain(form)), code)
            heads.setdefault(name.split()[-1], set()).add(code)
    for head, codes in heads.items():
        if len(codes) != 1:
            continue
        for form in {head, plain(head)}:
            if form not in ENGLISH_HEADS and form.removesuffix("s") not in ENGLISH_HEADS:
                out.setdefault(("word", form), next(iter(codes)))
    for form, code in country_heads(current, en).items():
        out.setdefault(("word", form), code)
    for sym, code in symbols(current).items():
        out.setdefault(("symbol", sym), code)
    # Former currencies (legal tender once, now ended): their English names and plurals, for
    # texts written while they were in use ("1.2 billion French francs", "Greek drachmas");
    # a head noun only where no current currency has it and it names one former currency.
    old_heads: dict[str, set[str]] = {}
    for code in sorted(set(former_currencies()) - set(current)):
        names = {en.currencies.get(code, "")} | set(dict(plural.get(code, {})).values())
        for name in names:
            name = name.lower().strip()
            if not name or "(" in name or name == code.lower() or not name.isascii():
                continue
            out.setdefault(("word", name), code)
            old_heads.setdefault(name.split()[-1], set()).add(code)
    stems = {plain(h)[:4] for h in heads}  # "colones" is a current "colón" too
    for head, codes in old_heads.items():
        unique = len(codes) == 1 and plain(head)[:4] not in stems and len(head) >= 6
        if unique and head not in ENGLISH_HEADS and head.removesuffix("s") not in ENGLISH_HEADS:
            out.setdefault(("word", head), next(iter(codes)))
    return [
        {"match": match, "code": code, "type": typ}
        for (typ, match), code in sorted(out.items(), key=lambda kv: (kv[0][0], kv[0][1]))
    ]


def render() -> str:
    """Return the file text."""
    return HEADER + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())


def main() -> None:
    text = render()
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - HEADER.count(chr(10))} rows -> {OUT}")


if __name__ == "__main__":
    main()
