"""Figure text -> normalised value: hedges, currencies, percentages.

Each function takes the text of one figure (or the text just before it) and returns plain
values; none of them searches a whole document. The tables are models/hedges.jsonl and
models/currencies.jsonl.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from briefx.normalize.numbers import parse_number, parse_words
from briefx.resources import fold_accents, hedges, read_jsonl, table_index


@dataclass(frozen=True, slots=True)
class Hedge:
    """A quantity modifier at the start of a figure ("over", "approximately")."""

    length: int  # characters of the span taken by the hedge and the space after it
    comparator: str | None = None
    approximate: bool = False


NO_HEDGE = Hedge(0)


@cache
def _hedges() -> list[tuple[str, Hedge]]:
    rows = hedges("figures")
    # Longest first, so "just over" wins over "over".
    table = [(r["phrase"], Hedge(0, r.get("comparator"), bool(r.get("approximate")))) for r in rows]
    return sorted(table, key=lambda kv: -len(kv[0]))


def split_hedge(text: str) -> Hedge:
    """Return the hedge that starts ``text`` ("over $126 billion" -> comparator ">")."""
    low = text.lower()
    for phrase, hedge in _hedges():
        if low.startswith(phrase) and len(low) > len(phrase) and not low[len(phrase)].isalnum():
            rest = len(phrase)
            while rest < len(text) and text[rest].isspace():
                rest += 1
            return Hedge(rest, hedge.comparator, hedge.approximate)
    return NO_HEDGE


MAX_HEDGE_CHARS = 24


def hedge_before(text: str, start: int) -> tuple[int, str | None, bool] | None:
    """Return (hedge start, comparator, approximate) for a hedge that ends right before ``start``.

    "received over $126 billion": the hedge "over" ends one space before "$"; a hedge must
    start at a word boundary and sit on the same line as the figure.
    """
    window = text[max(0, start - MAX_HEDGE_CHARS) : start]
    stripped = window.rstrip(" \t\u00a0")
    if stripped == window and window:
        return None  # glued to the word before
    if len(window) - len(stripped) > 2:
        return None
    low = stripped.lower()
    for phrase, hedge in _hedges():
        if low.endswith(phrase):
            at = len(low) - len(phrase)
            if at > 0 and (low[at - 1].isalnum() or low[at - 1] in "-'’"):
                continue
            return start - (len(window) - at), hedge.comparator, hedge.approximate
    return None


@dataclass(frozen=True, slots=True)
class Currencies:
    """The currency table, split by how a currency is written."""

    symbols: tuple[tuple[str, str], ...]  # longest first, case-sensitive
    codes: frozenset[str]
    words: dict[str, str]  # lower case phrase -> code
    dollar_prefixes: dict[str, str]  # "hk" -> HKD (letters before "$")
    subunits: dict[str, str]  # "cents" -> USD (a hundredth)

    by_first: dict[str, tuple[tuple[str, str], ...]]  # first character -> symbols
    by_last: dict[str, tuple[tuple[str, str], ...]]  # last character -> symbols
    symbol_set: frozenset[str]  # every symbol, as written
    folded: dict[str, str]  # lower case -> code: letter symbols in any case after a capital
    adjectives: dict[str, frozenset[str]]  # "brazilian" -> {BRL}: the words before a name's head
    name_words: frozenset[str]  # every word of a name or subunit ("bosnia", "marks", "cents")
    generic: dict[
        str, frozenset[str]
    ]  # "crowns" -> {SEK, NOK, ...}: a name several currencies share

    def starting_with(self, char: str) -> tuple[tuple[str, str], ...]:
        """The symbols that start with ``char``, longest first (a few, not the whole table)."""
        return self.by_first.get(char, ())

    def ending_with(self, char: str) -> tuple[tuple[str, str], ...]:
        """The symbols that end with ``char``, longest first."""
        return self.by_last.get(char, ())

    def letters(self, word: str) -> str | None:
        """The currency of a letter symbol in any case after its capital ("KSh", "TSH")."""
        return self.folded.get(word.lower()) if word[:1].isupper() else None

    def named(self, phrase: str) -> str | None:
        """The currency a lower-case phrase names: a CLDR name ("brazilian real") or one of
        its adjectives with any name of the same currency ("brazilian reais")."""
        code = self.words.get(phrase)
        if code is not None or " " not in phrase:
            return code
        adjective, head = phrase.rsplit(" ", 1)
        code = self.words.get(head)
        if code is not None and code in self.adjectives.get(adjective, ()):
            return code
        shared = self.generic.get(head, frozenset()) & self.adjectives.get(adjective, frozenset())
        return next(iter(shared)) if len(shared) == 1 else None  # "swedish crowns" -> SEK


def _by_char(symbols: list[tuple[str, str]], pos: int) -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for sym, code in symbols:
        out.setdefault(sym[pos], []).append((sym, code))
    return {c: tuple(v) for c, v in out.items()}


@cache
def currencies() -> Currencies:
    """Return the currency table: models/currencies.jsonl, then models/currency_names.jsonl."""
    symbols: list[tuple[str, str]] = []
    words: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    subunits: dict[str, str] = {}
    codes = set()
    generic: dict[str, set[str]] = {}
    hand = read_jsonl("currencies.jsonl")
    # The CLDR table (scripts/derive_currencies.py) fills in what the hand table leaves out.
    known = {(r["type"], r["match"].lower()) for r in hand}
    derived = [
        r
        for r in read_jsonl("currency_names.jsonl")
        if (r["type"], r["match"].lower()) not in known
    ]
    for r in (*hand, *derived):
        kind, match, code = r["type"], r["match"], r["code"]
        if kind == "word":
            words.setdefault(match.lower(), code)
        elif kind == "code":
            codes.add(match)
        elif kind == "dollar_prefix":
            prefixes[match.lower()] = code
        elif kind == "subunit":
            subunits[match.lower()] = code
        elif kind == "generic":
            generic.setdefault(match, set()).add(code)
            continue  # no currency of its own: the text's country or an adjective decides
        else:
            symbols.append((match, code))
        codes.add(code)
    # signs of one currency everywhere that neither table knows ("J$", "EC$"; derived from
    # price-parser and CLDR by scripts/derive_currency_abbreviations.py)
    listed = {s for s, _ in symbols} | {p.upper() + "$" for p in prefixes}
    for sym, code in global_abbreviations():
        if sym not in listed:
            symbols.append((sym, code))
            codes.add(code)
    symbols.sort(key=lambda kv: -len(kv[0]))
    # "KSh", "KSH", "Ksh": a symbol of three or more Latin letters, written in any case after
    # its capital, names its currency (one- and two-letter ones are ordinary words too).
    folded = {s.lower(): c for s, c in symbols if s.isascii() and s.isalpha() and len(s) >= 3}
    # A name written as one word, as chat and forms run it together: "kuwaitidinars".
    for phrase, code in list(words.items()):
        if " " in phrase:
            words.setdefault(phrase.replace(" ", ""), code)
    adjectives: dict[str, set[str]] = {}
    for phrase, code in words.items():
        head = phrase.rsplit(" ", 1)
        if len(head) == 2:
            adjectives.setdefault(head[0], set()).add(code)
    return Currencies(
        tuple(symbols),
        frozenset(codes),
        words,
        prefixes,
        subunits,
        _by_char(symbols, 0),
        _by_char(symbols, -1),
        frozenset(s for s, _ in symbols),
        folded,
        {a: frozenset(c) for a, c in adjectives.items()},
        frozenset(
            w for p in (*words, *subunits, *generic) for w in re.split(r"[\s\-&.'’]+", p) if w
        ),
        {w: frozenset(c) for w, c in generic.items()},
    )


PERCENT_SIGN = re.compile(r"%|\bper ?cent\b|\bpercent(?:age)?s?\b", re.IGNORECASE)
PERCENTAGE_POINTS = re.compile(r"\bpercentage[ -]points?\b|\bpp\b", re.IGNORECASE)


def parse_percent(text: str) -> tuple[Decimal, str] | None:
    """Return (value, unit) for a percentage: "2%" -> (2, "%"), "1.5 percentage points" -> "pp"."""
    unit = "pp" if PERCENTAGE_POINTS.search(text) else "%"
    body = PERCENT_SIGN.split(text)[0] if unit == "%" else PERCENTAGE_POINTS.split(text)[0]
    body = body.strip().rstrip("-").strip()
    value = parse_number(body) if any(c.isdigit() for c in body) else parse_words(body)
    return (value, unit) if value is not None else None


@cache
def _country_codes() -> dict[str, str]:
    """English country name -> ISO 3166 code (CLDR's names, models/country_codes.jsonl, derived
    from babel by scripts/derive_country_codes.py: babel's English locale takes ~30 ms to load)."""
    return {r["name"]: r["code"] for r in read_jsonl("country_codes.jsonl")}


@cache
def _canonical_codes() -> dict[str, str]:
    """A country's canonical name in the alias table -> its ISO 3166 code, where CLDR names it
    otherwise ("Turkey" -> "TR", CLDR "Türkiye"; models/country_code_names.jsonl, derived from
    countryinfo by scripts/derive_country_code_names.py; issue 13)."""
    return {r["name"]: r["code"] for r in read_jsonl("country_code_names.jsonl")}


def country_code(name: str) -> str | None:
    """The ISO 3166 code of a country's own English name (CLDR) or its canonical name in the
    alias table ("Turkey", "Czech Republic"), else None: "Nepal" -> "NP", "Victoria" -> None (a
    town's or a person's name is no country)."""
    return _country_codes().get(name) or _canonical_codes().get(name)


def country_named(words: str) -> str | None:
    """The ISO 3166 code of the country ``words`` name by the country's CLDR name, one of its
    aliases (models/places.jsonl kind country: "U.S.", "Britain") or its people's adjective
    (models/demonym_countries.jsonl: "Australian", "Canadian"); never a town's or a province's
    name, which a body's name may hold for other reasons ("Bank of Montreal")."""
    from briefx.normalize.cues import demonym_countries

    code = country_code(words)
    if code is not None:
        return code
    from briefx.normalize.names import aliases, place_kinds

    known = aliases().get(words)
    if known is not None and known[1] == "GPE" and known[0] != words:
        return country_code(known[0])  # "U.S.", "Britain"
    if place_kinds().get(words) == "country":
        return place_country(words)  # "Hong Kong" (CLDR: "Hong Kong SAR China"), "Scotland"
    name = demonym_countries().get(words)
    return country_named(name) if name is not None and name != words else None


@cache
def _place_aliases() -> dict[str, tuple[str, str]]:
    """Alias -> (name, kind) of countries and U.S. states (models/places.jsonl)."""
    return {
        r["alias"]: (r["name"], r["kind"])
        for r in read_jsonl("places.jsonl")
        if r["kind"] != "demonym"
    }


@lru_cache(maxsize=4096)
def local_currency(country: str, day: dt.date | None = None) -> tuple[str, frozenset[str]] | None:
    """The currency of a country (ISO 3166 code) and the symbols its locales write for it
    (CLDR via babel): "ZA" -> ("ZAR", {"R"}), "CA" -> ("CAD", {"$", "CA$"}). With ``day``, the
    currency in force that day where it is another than today's, with the words of its English
    name only (CLDR's symbols of withdrawn currencies are letters such as "F" or "mk"):
    ("DE", 1995-03-03) -> ("DEM", {"mark", "marks"}), ("FR", 1990-05-02) -> ("FRF", {"franc",
    "francs"}, and the generic words "franc" names)."""
    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(country)
    if not found:
        return None
    code = str(found[0])
    then = currency_of_the_day(country, day) if day is not None else None
    if then is not None and then[0] != code:
        old = then[0]
        words = currency_words(old)
        shared = {w for w, codes in currencies().generic.items() if old in codes}
        # and the letters the currency table writes for it ("DM" for the mark: CLDR has none)
        letters = {sym for sym, c in currencies().symbols if c == old and len(sym) > 1}
        return old, frozenset(words | shared | letters | local_abbreviations(country, old))
    # and the head word of the currency's English name, singular and plural ("shilling",
    # "kronor"), with the names it shares with other currencies ("crowns", "Sh"): a text from
    # the country means its own currency by them ("Sh200 million" in Nairobi is KES)
    heads = currency_words(code)
    shared = {w for w, codes in currencies().generic.items() if code in codes}
    # a dollar is written "$" where it is the country's own, also where CLDR's symbol is "HK$"
    # (its narrow symbol, which babel does not give): "$71.45" in a Hong Kong release is HKD
    dollar = {"$"} if "dollar" in heads else set()
    symbols = local_symbols().get((country, code), frozenset())
    # and the letters its press writes that CLDR's locales lack ("KD", "G$", "RO")
    press = local_abbreviations(country, code)
    return code, frozenset(symbols | heads | shared | dollar | press)


@cache
def local_symbols() -> dict[tuple[str, str], frozenset[str]]:
    """(territory, currency) -> the symbols the territory's own locales write for it
    (models/local_currency_symbols.jsonl, derived from CLDR by
    scripts/derive_local_currency_symbols.py): ("CA", "CAD") -> {"$", "CA$"}. A table, not a
    lookup per locale at run time: babel loads each locale's data file for that (about 15 ms a
    document on the opened briefs)."""
    return {
        (r["territory"], r["code"]): frozenset(r["symbols"])
        for r in read_jsonl("local_currency_symbols.jsonl")
    }


@cache
def _abbreviations() -> tuple[dict[tuple[str, str], frozenset[str]], tuple[tuple[str, str], ...]]:
    """models/currency_abbreviations.jsonl (scripts/derive_currency_abbreviations.py, from
    price-parser and CLDR): (territory, currency) -> the letters its press writes ("KW", "KWD")
    -> {"KD"}; and the (sign, currency) pairs read everywhere ("J$", "JMD")."""
    local: dict[tuple[str, str], frozenset[str]] = {}
    everywhere: list[tuple[str, str]] = []
    for r in read_jsonl("currency_abbreviations.jsonl"):
        if r["territory"] is None:
            everywhere.extend((a, r["code"]) for a in r["abbreviations"])
        else:
            local[(r["territory"], r["code"])] = frozenset(r["abbreviations"])
    return local, tuple(everywhere)


def local_abbreviations(country: str, code: str) -> frozenset[str]:
    """The abbreviations a country's press writes for a currency it has had since 1990
    ("KW", "KWD") -> {"KD"}, ("ZW", "ZWD") -> {"Z$", "DZ"}: read in a text about the country."""
    return _abbreviations()[0].get((country, code), frozenset())


def global_abbreviations() -> tuple[tuple[str, str], ...]:
    """(sign, currency) of a sign one currency owns in every source ("J$", "JMD")."""
    return _abbreviations()[1]


@cache
def _written_as() -> dict[str, frozenset[str]]:
    """Symbol -> the currencies some country writes with it: the currency table's symbols and
    shared letters ("Rs" -> INR, PKR, LKR, NPR, MUR), CLDR's symbols of each country's own
    locales and the abbreviations of its press (models/currency_abbreviations.jsonl)."""
    table = currencies()
    out: dict[str, set[str]] = {}
    for sym, code in table.symbols:
        out.setdefault(sym, set()).add(code)
    for sym, codes in table.generic.items():
        out.setdefault(sym, set()).update(codes)
    for (_, code), symbols in (*local_symbols().items(), *_abbreviations()[0].items()):
        for sym in symbols:
            out.setdefault(sym, set()).add(code)
    return {s: frozenset(c) for s, c in out.items()}


def written_as(symbol: str) -> frozenset[str]:
    """The currencies some country writes ``symbol`` for: "Rs" -> {INR, PKR, LKR, NPR, MUR,
    SCR}, "KD" -> {KWD}; the letters as written, case and all."""
    return _written_as().get(symbol, frozenset())


@lru_cache(maxsize=4096)
def currency_of_the_day(country: str, day: dt.date) -> tuple[str, str] | None:
    """The currency in force in a country (ISO 3166 code) on a day and the head word of its
    English name, singular (CLDR's territory currencies with their dates, via babel):
    ("DE", 1995-03-03) -> ("DEM", "mark"), ("FR", 1990-01-01) -> ("FRF", "franc"),
    ("DE", 2026-01-01) -> ("EUR", "euro")."""
    from babel.numbers import get_currency_name, get_territory_currencies

    found = get_territory_currencies(country, start_date=day)
    if not found:
        return None
    code = str(found[0])
    return code, get_currency_name(code, count=1, locale="en").rsplit(" ", 1)[-1].lower()


@cache
def _currency_heads() -> dict[str, frozenset[str]]:
    """The head word of each currency's English name, singular and plural, lower case -> the
    currencies so named (CLDR via babel, withdrawn ones too): "marks" -> {BAM, DDM, DEM},
    "rials" -> {IRR, OMR, YER}, "yen" -> {JPY}."""
    from babel.numbers import list_currencies

    out: dict[str, set[str]] = {}
    for code in list_currencies():
        for head in currency_words(code):
            out.setdefault(head, set()).add(code)
    return {w: frozenset(c) for w, c in out.items()}


@lru_cache(maxsize=256)
def _in_force(year: int) -> frozenset[str]:
    """The currencies legal tender in some territory during ``year`` (CLDR via babel)."""
    from babel.core import get_global

    found: set[str] = set()
    for rows in get_global("territory_currencies").values():
        for code, start, end, tender in rows:
            if tender and (start is None or start[0] <= year) and (end is None or end[0] >= year):
                found.add(code)
    return frozenset(found)


def currencies_named(word: str, day: dt.date | None = None) -> frozenset[str]:
    """The currencies whose English name ends in ``word`` (any case, singular or plural), with
    ``day`` only those legal tender somewhere that year (CLDR via babel): ("marks", 1996) ->
    {DEM}, ("marks", 2026) -> {BAM}, ("pesos", None) -> eleven pesos, ("rials", 2026) -> {IRR,
    OMR, YER}."""
    codes = _currency_heads().get(word.lower(), frozenset())
    return codes if day is None else codes & _in_force(day.year)


@cache
def currency_words(code: str) -> frozenset[str]:
    """The head word of a currency's English name, singular and plural ("MXN" -> {"peso",
    "pesos"}; CLDR via babel): what ``local_currency`` and ``currencies_named`` read."""
    from babel.numbers import get_currency_name

    return frozenset(
        get_currency_name(code, count=n, locale="en").rsplit(" ", 1)[-1].lower() for n in (1, 2)
    )


def local_dollar(place: str, region: str | None = None) -> str | None:
    """The dollar a text from ``place`` means by a bare "$", where it is not the U.S. dollar:
    the currency of ``place_country`` where its locales write it "$" (``local_currency``, the
    test the figures stage applies). ("HALIFAX", "Nova Scotia") -> "CAD", ("WELLINGTON", None)
    -> "NZD", ("LONDON", None) -> None.
    """
    country = place_country(place, region)
    found = local_currency(country) if country is not None and country != "US" else None
    return found[0] if found is not None and "$" in found[1] else None


def _folded_places() -> Mapping[str, tuple[dict[str, Any], ...]]:
    """Gazetteer rows by name without accents (models/world_places.jsonl)."""
    return table_index("world_places.jsonl", "name:folded")


def _qualifier(name: str, first: str) -> bool:
    """``name`` is ``first`` with a qualifier: "Frankfurt am Main", "Frankfurt (Oder)"."""
    rest = name[len(first) + 1 :] if name.startswith(first + " ") else ""
    return rest[:1] == "(" or rest[:1].islower()


# a city this populous is what a place name alone means, before a province of that name
# elsewhere ("Santiago": Chile's capital, 4.8 million, not the Dominican province; "Cordoba":
# Argentina's city, 2.1 million, not the Colombian department); "Victoria" stays the
# Australian state (Hong Kong's Victoria: 0.96 million), "San Jose" Costa Rica's
BIG_CITY = 2_000_000


# a town this populous files datelines of its own: "VICTORIA" may be British Columbia's capital
# (0.29 million), "PARIS" is not Paris, Texas (25,000), "PERTH" not Perth, Scotland (47,000)
DATELINE_CITY = 100_000


def place_countries(place: str) -> frozenset[str]:
    """The countries (ISO 3166 codes) with a city of that name of ``DATELINE_CITY`` people or
    more (GeoNames): "VICTORIA" -> {"HK", "BR", "CA"}, "PARIS" -> {"FR"}."""
    from briefx.normalize.names import world_places

    title = " ".join(w[:1].upper() + w[1:].lower() for w in place.split())
    rows = [*world_places().get(title, ()), *_folded_places().get(fold_accents(title), ())]
    return frozenset(
        str(r["country"])
        for r in rows
        if r["kind"] != "subdivision" and int(str(r["pop"])) >= DATELINE_CITY
    )


def place_country(place: str, region: str | None = None) -> str | None:
    """The country (ISO 3166 code) of a dateline place ("HALIFAX") with the province, state
    or country written after it ("Nova Scotia"). The region decides where the gazetteer knows
    it; otherwise the most populous place of that name (GeoNames), or a country of that name
    (CLDR): ("HALIFAX", "Nova Scotia") -> "CA", ("SALEM", "Ore.") -> "US"."""
    from briefx.normalize.names import world_places

    if region and place:
        # "SURREY, B.C.", "LONDON, Ont.": a region abbreviated as the gazetteer's cities of
        # that name give theirs (Surrey, British Columbia, not the English county)
        title = " ".join(w[:1].upper() + w[1:].lower() for w in place.split())
        within = {
            str(r["country"])
            for r in world_places().get(title, ())
            if r["kind"] == "city" and _abbreviates(region, str(r.get("region") or ""))
        }
        if len(within) == 1:
            return within.pop()
    countries = _country_codes()
    aliases = _place_aliases()
    for name in (region, place):
        if not name:
            continue
        title = " ".join(w[:1].upper() + w[1:].lower() for w in name.split())
        known = aliases.get(name) or aliases.get(title)
        if known is not None and known[1].startswith("us_state"):
            return "US"  # "BRISBANE, Calif.": a U.S. state
        country = known[0] if known is not None and known[1] == "country" else title
        code = countries.get(country) or _canonical_codes().get(country)
        if code:
            return code  # ("TURKEY": the canonical name of CLDR's "Türkiye"; issue 13)
        rows = list(world_places().get(title, ()))
        # "MONTREAL" is Montréal (1.7 million), not Montreal, Wisconsin: the accented spelling
        # competes on population too
        rows += [r for r in _folded_places().get(fold_accents(title), ()) if r not in rows]
        if not rows:
            # "FRANKFURT" for "Frankfurt am Main", "Frankfurt (Oder)": GeoNames' name with its
            # qualifier (a lower-case word or a bracket after the first word)
            rows = [
                r
                for r in table_index("world_places.jsonl", "name:first").get(title, ())
                if _qualifier(str(r["name"]), title)
            ]
        if name is region:
            rows = [r for r in rows if r["kind"] == "subdivision"] or rows
        if rows:
            best = max(
                rows, key=lambda r: 10**9 if r["kind"] == "subdivision" else int(str(r["pop"]))
            )
            city = max(rows, key=lambda r: 0 if r["kind"] == "subdivision" else int(str(r["pop"])))
            if name is place and int(str(city["pop"])) >= BIG_CITY:
                best = city  # "SANTIAGO" is Chile's capital, not the Dominican province
            return str(best["country"])
    return None


@cache
def government_body_words() -> frozenset[str]:
    """Words of a city's, region's or state's government body's name, lower case ("council",
    "city", "government": ``models/government_body_words.jsonl``)."""
    return frozenset(str(r["word"]) for r in read_jsonl("government_body_words.jsonl"))


def _abbreviates(short: str, name: str) -> bool:
    """``short`` abbreviates a region's ``name``: its initials ("B.C.", "BC" for British
    Columbia) or, ending in a full stop, its first three letters or more ("Ont." for
    Ontario)."""
    letters = short.replace(".", "").replace(" ", "")
    if not name or not letters.isalpha() or short == name:
        return False
    if letters.isupper() and 1 < len(letters) <= 4:
        return "".join(w[0] for w in name.split() if w[:1].isupper()) == letters
    return short.endswith(".") and len(letters) >= 3 and name.startswith(letters)
