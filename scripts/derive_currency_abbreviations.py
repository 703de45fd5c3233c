"""Derive models/currency_abbreviations.jsonl: the letter abbreviations a country's own news and
official releases write for its currency ("KD" Kuwaiti dinar, "Br" birr, "G$" Guyana dollar,
"RO" Omani rial), which CLDR's symbols for the country's own locales
(models/local_currency_symbols.jsonl) lack.

Sources, each a maintained list with its licence:

1. price-parser (Zyte, BSD-3-Clause; https://github.com/scrapinghub/price-parser), its
   ``price_parser/_currencies.py``: per ISO 4217 code the main symbol ``s``, the native symbol
   ``sn`` and other symbols ``sn2`` (data from StorePilot/coinify, combined from ISO 4217, xe.com
   and Wikipedia): "KWD" -> "KD", "ETB" -> "Br", "JMD" -> "J$", "ZWD" -> "Z$". Read from the
   wheel as data (``ast.literal_eval`` of its literals, nothing of it is run): fetch it with
   ``pip download --no-deps price-parser==0.5.1 -d /tmp/pp``.
2. Unicode CLDR via babel (BSD-3-Clause; CLDR data under the Unicode licence): the symbol every
   locale writes for the currency, not only the country's own ("EC$" in 1,022 locales, "JM$").
3. Rules over CLDR names (same licence), for what neither lists:
   - the initials of the currency's two-word name in English and in French, ISO 4217's two
     languages ("Omani Rial" -> "OR", "riyal omanais" -> "RO", "livre égyptienne" -> "LE",
     "dinar algérien" -> "DA"), for a currency in its issuing country (the ISO 4217 code opens
     with the ISO 3166 one) that the listed sources give no letter abbreviation (price-parser's
     "KD" is the Kuwaiti dinar's, so no "DK") and that its own locales write with no currency
     sign (the pound sterling's "£" stays the pound's); never letters that name a country
     ("US" for the Ugandan shilling);
   - a dollar or a pound of its issuing country written with the country's initial or ISO
     3166 code before the sign ("Guyana" -> "G$", "GY$"; "Egypt" -> "E£", "EG£"; not "Z$"
     for the U.S. dollar Zimbabwe uses today).

Filters (what the sources get wrong or too broad): only Latin-script abbreviations of two to
five characters (a single letter only where the country's own locales write it: price-parser's
"F", "L", "T") that open with a capital letter and hold a letter ("Br", "KSh", "S/.", "GH₵"; not
the Arabic "د.ك." with its direction mark, "lei" or "pln"); not the ISO code itself (codes are
read everywhere). Each (territory, currency) in force since 1990 (CLDR's territory currencies:
"ZW" 1996 -> ZWD) gets the abbreviations of its currency. Read only for a document about that
country (its issuer, dateline or the country it names most:
``briefx.normalize.figures.local_currency``), before a number, so "K 12", "Q3" and "Le Monde"
stay what they are elsewhere.

Rows with ``"territory": null`` are global: an abbreviation with a dollar or pound sign that the
listed sources (1 and 2, not the rules) give to one currency only and that the hand and CLDR
tables (models/currencies.jsonl, currency_names.jsonl) do not know: "J$" -> JMD, "EC$" -> XCD.

price-parser's symbols are kept as it lists them in models/price_parser_symbols.jsonl (its BSD
licence notice in the header), written by ``--extract WHEEL``, so that a test rebuilds this
table without the network (tests/normalize/test_derived_tables.py).

Run from the project root: ``.venv/bin/python scripts/derive_currency_abbreviations.py
[--extract WHEEL]``.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "currency_abbreviations.jsonl"
EXTRACT = ROOT / "models" / "price_parser_symbols.jsonl"
EXTRACT_HEADER = (
    "// The currency symbols price-parser 0.5.1 lists per ISO 4217 code (s, sn, sn2 of\n"
    "// price_parser/_currencies.py), as it lists them, sorted; read by\n"
    "// scripts/derive_currency_abbreviations.py (--extract WHEEL rewrites this file).\n"
    "// price-parser: Copyright (c) Scrapinghub (now Zyte), all rights reserved. BSD-3-Clause:\n"
    "// redistributions must retain the copyright notice, the licence's conditions and its\n"
    "// disclaimer (https://github.com/scrapinghub/price-parser/blob/master/LICENSE).\n"
)
HEADER = (
    "// Letter abbreviations of a country's currency as its press and releases write them\n"
    '// ("KD", "Br", "G$"), read only in a document about that country; rows with territory null\n'
    "// are signs of one currency everywhere. Derived by scripts/derive_currency_abbreviations.py\n"
    "// from price-parser 0.5.1 (Zyte, BSD-3-Clause) and Unicode CLDR via babel (CLDR: Unicode\n"
    "// licence; babel: BSD-3-Clause). Do not edit by hand: rerun the script.\n"
)
SINCE = 1990
# Latin letters, with a currency sign, slash or full stop: "KD", "KSh", "S/.", "GH₵", "Bs.F."
SHAPE = re.compile(r"[A-Z][A-Za-z$£₵¢/.]{0,4}")
SIGNED = re.compile(r"[A-Z]{1,3}[$£]")
SIGN_OF = {"dollar": "$", "pound": "£"}


def price_parser_symbols(wheel: Path) -> dict[str, set[str]]:
    """ISO code -> price-parser's symbols (s, sn, sn2), read from the wheel's literals."""
    with zipfile.ZipFile(wheel) as z:
        source = z.read("price_parser/_currencies.py").decode("utf-8")
    tables: dict[str, dict[str, dict[str, object]]] = {}
    extra: list[tuple[str, list[str]]] = []
    for node in ast.parse(source).body:
        target, value = None, None
        if isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        if isinstance(target, ast.Name) and isinstance(value, ast.Dict):
            tables[target.id] = ast.literal_eval(value)
        elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Subscript):
            # CURRENCIES["VND"]["sn2"] = ["đ"]
            code = ast.literal_eval(target.value.slice)
            if value is not None:
                extra.append((code, ast.literal_eval(value)))
    out: dict[str, set[str]] = {}
    for table in tables.values():
        for code, info in table.items():
            found = out.setdefault(code, set())
            found.update(str(info[k]) for k in ("s", "sn") if info.get(k))
            found.update(str(s) for s in info.get("sn2", ()) or ())  # type: ignore[attr-defined]
    for code, symbols in extra:
        out.setdefault(code, set()).update(symbols)
    return out


def extract(wheel: Path) -> str:
    """Return models/price_parser_symbols.jsonl's text from the wheel."""
    found = price_parser_symbols(wheel)
    return EXTRACT_HEADER + "".join(
        json.dumps({"code": c, "symbols": sorted(found[c])}, ensure_ascii=False) + "\n"
        for c in sorted(found)
    )


def extracted() -> dict[str, set[str]]:
    """ISO code -> price-parser's symbols (models/price_parser_symbols.jsonl)."""
    out = {}
    for line in EXTRACT.read_text("utf-8").splitlines():
        if line and not line.startswith("//"):
            r = json.loads(line)
            out[r["code"]] = set(r["symbols"])
    return out


def cldr_symbols(codes: set[str]) -> dict[str, set[str]]:
    """ISO code -> the symbols CLDR's locales (all of them) write for it."""
    out: dict[str, set[str]] = {c: set() for c in codes}
    for ident in locale_identifiers():
        symbols = Locale.parse(ident).currency_symbols
        for code in codes:
            sym = symbols.get(code)
            if sym:
                out[code].add(sym)
    return out


def initials(name: str) -> str | None:
    """ "Kuwaiti Dinar" -> "KD", "riyal omanais" -> "RO"; a name of two words only."""
    words = name.split()
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return None
    first = "".join(w[0] for w in words).upper()
    # "livre égyptienne" -> "LE": the letters without their accents
    return "".join(c for c in unicodedata.normalize("NFKD", first) if c.isascii())


def has_sign(symbols: set[str]) -> bool:
    """One of the symbols holds a currency sign ("$", "£", "R$", "₹")."""
    return any(unicodedata.category(c) == "Sc" for s in symbols for c in s)


def territory_pairs() -> list[tuple[str, str]]:
    """(territory, currency) tender on some day since ``SINCE`` (CLDR), in territory order."""
    out = []
    for territory, rows in sorted(get_global("territory_currencies").items()):
        seen = set()
        for code, _start, end, tender in rows:
            if tender and (end is None or end[0] >= SINCE) and code not in seen:
                seen.add(code)
                out.append((territory, code))
    return out


def local_symbols() -> dict[tuple[str, str], set[str]]:
    """(territory, code) -> CLDR's symbols of its own locales (models/local_currency_symbols)."""
    out = {}
    for line in (ROOT / "models" / "local_currency_symbols.jsonl").read_text("utf-8").splitlines():
        if line and not line.startswith("//"):
            r = json.loads(line)
            out[(r["territory"], r["code"])] = set(r["symbols"])
    return out


def known_symbols() -> set[str]:
    """Symbols and dollar prefixes of the hand and CLDR tables (models/currencies.jsonl,
    currency_names.jsonl): a global row never overrides them."""
    out = set()
    for name in ("currencies.jsonl", "currency_names.jsonl"):
        for line in (ROOT / "models" / name).read_text("utf-8").splitlines():
            if line and not line.startswith("//"):
                r = json.loads(line)
                if r["type"] == "dollar_prefix":
                    out.add(r["match"].upper() + "$")
                elif r["type"] in ("symbol", "generic"):
                    out.add(r["match"])
    return out


def country_of(letters: str) -> str | None:
    """The country ``letters`` name as briefx reads them ("US", "UK"), else None."""
    sys.path.insert(0, str(ROOT))
    from briefx.normalize.figures import country_named

    return country_named(letters)


def rows() -> list[dict[str, object]]:
    """The table's rows: local ones in territory order, then the global ones."""
    pairs = territory_pairs()
    codes = {c for _, c in pairs}
    listed = extracted()
    cldr = cldr_symbols(codes)
    own = local_symbols()
    en, fr = Locale.parse("en"), Locale.parse("fr")
    out: list[dict[str, object]] = []
    by_symbol: dict[str, set[str]] = {}
    for code in sorted(codes):
        for sym in listed.get(code, set()) | cldr[code]:
            if SIGNED.fullmatch(sym):
                by_symbol.setdefault(sym, set()).add(code)
    for territory, code in pairs:
        found: dict[str, str] = {}
        for sym in sorted(listed.get(code, set())):
            found.setdefault(sym, "price-parser")
        for sym in sorted(cldr[code]):
            found.setdefault(sym, "CLDR")
        issuer = code[:2] == territory  # ISO 4217: a code opens with its issuer's ISO 3166 code
        # a letter abbreviation of the sources ("KD", "S/."), not one with a sign ("EG£")
        lettered = any(SHAPE.fullmatch(s) and not has_sign({s}) and s != code for s in found)
        if issuer and not lettered and not has_sign(own.get((territory, code), set())):
            for locale in (en, fr):
                name = locale.currencies.get(code)
                short = initials(name) if name else None
                if short and country_of(short) is None:  # "US" (Ugandan shilling) is no UGX
                    found.setdefault(short, f"initials {locale.language}")
        head = (en.currencies.get(code) or "").rsplit(" ", 1)[-1].lower()
        country = en.territories.get(territory, "")
        if issuer and head in SIGN_OF and country[:1].isalpha():
            sign = SIGN_OF[head]
            found.setdefault(country[0].upper() + sign, "sign rule")
            found.setdefault(territory + sign, "sign rule")
        kept = {
            s: src
            for s, src in found.items()
            if SHAPE.fullmatch(s)
            and len(s) > 1  # one letter ("F", "L", "T") only where the country's locales write it
            and s != code
            and s not in own.get((territory, code), set())
        }
        if kept:
            out.append(
                {
                    "territory": territory,
                    "code": code,
                    "abbreviations": sorted(kept),
                    "sources": dict(sorted(kept.items())),
                }
            )
    known = known_symbols()
    for sym, owners in sorted(by_symbol.items()):
        if len(owners) == 1 and sym not in known:
            out.append({"territory": None, "code": next(iter(owners)), "abbreviations": [sym]})
    return out


def render() -> str:
    """Return the file text."""
    return HEADER + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--extract":
        EXTRACT.write_text(extract(Path(sys.argv[2])), encoding="utf-8")
        print(f"-> {EXTRACT}")
    elif len(sys.argv) != 1:
        sys.exit(__doc__)
    text = render()
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - HEADER.count(chr(10))} rows -> {OUT}")


if __name__ == "__main__":
    main()
