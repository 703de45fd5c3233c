"""Which currency an amount is in: the currency of the text's home country on its date
(``places.home_country``: its issuer, dateline or places; CLDR through
``briefx.normalize.figures``); a currency word several countries share ("pesos",
"crowns", "rupees") read as the currency of the country the sentence names; cents in the
currency of the amount beside them ("rose 8 cents to A$4.12"); an amount restated in brackets
in the currency of the amount before it ("PKR 3.2 trillion (Rs 3.2tn)"); exchange rates ("the real firmed
to 5.62 per dollar" -> BRL); wire copy filed abroad writes "$" for U.S. dollars
(``briefx.pipeline._util.wire_agency_countries``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from briefx.facts import FigureFact
from briefx.normalize.figures import (
    currencies,
    currencies_named,
    currency_words,
    local_currency,
    place_country,
    written_as,
)
from briefx.normalize.scan import Found, scan
from briefx.pipeline._util import readable_text, sentences, text_of, wire_agency_countries
from briefx.pipeline.figures.places import (
    DATELINE_PLACE,
    DATELINE_WITHIN,
    TITLE_DATELINE,
    Home,
    ent_country,
)
from briefx.pipeline.figures.units import COMPARED_GAP

CENTS = re.compile(r"\bcents?\b", re.IGNORECASE)


def cents_currency(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """ "Shares rose 8 cents to A$4.12": an amount in cents alone takes the currency of the
    nearest amount with a currency in the same sentence ("cents" alone reads as USD).
    One pass and a bisect per amount in cents: linear-logarithmic in the figures."""
    text = text_of(doc)
    if not any(f.kind == "money" and f.unit == "USD" for f in facts):
        return facts
    sent_starts = [s.start_char for s in sentences(doc)]
    cents = [
        f.kind == "money"
        and f.unit == "USD"
        and "$" not in text[f.start : f.end]
        and CENTS.search(text, f.start, f.end) is not None
        for f in facts
    ]
    named: dict[int, tuple[list[int], list[str | None]]] = {}  # sentence -> (starts, units)
    for f, is_cents in zip(facts, cents, strict=True):
        if f.kind == "money" and not is_cents:
            starts, units = named.setdefault(bisect_right(sent_starts, f.start), ([], []))
            starts.append(f.start)
            units.append(f.unit)
    out = list(facts)
    for n, f in enumerate(facts):
        if not cents[n]:
            continue
        starts, units = named.get(bisect_right(sent_starts, f.start), ([], []))
        if not starts:
            continue
        k = bisect_left(starts, f.start)
        near = [x for x in (k - 1, k) if 0 <= x < len(starts)]
        best = min(near, key=lambda x: abs(starts[x] - f.start))
        out[n] = replace(f, unit=units[best])
    return out


# "to 5.62 per dollar", "at 83.4 to the dollar": a rate against a currency named after it
PER_CURRENCY = re.compile(r"[ \t]+(?:per|to the|against the)[ \t]+(?:U\.?S\.?[ \t]+)?([a-z]+)\b")


def exchange_rates(
    doc: Doc, facts: list[FigureFact], local: tuple[str, frozenset[str]] | None
) -> list[FigureFact]:
    """A bare number before "per dollar" ("to the euro") is the price of that currency in the
    currency the sentence names before it ("the real", "Brazil's real"): "The real firmed to
    5.62 per dollar" -> 5.62 BRL; "the rupee closed at 83.42 to the dollar" -> INR."""
    text = text_of(doc)
    words = currencies().words
    out = list(facts)
    for n, f in enumerate(facts):
        m = PER_CURRENCY.match(text, f.end) if f.kind == "number" else None
        if m is None or m.group(1) not in words:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            continue
        lo = span.sent.start if doc.has_annotation("SENT_START") else 0
        for t in reversed(doc[lo : span.start]):
            if t.i < 1 or t.lower_ == m.group(1) or not t.is_alpha:
                continue
            code = _currency_named(doc, t, local)
            if code is not None:
                out[n] = replace(f, kind="money", unit=code)
                nxt = facts[n + 1] if n + 1 < len(facts) else None
                if (
                    nxt is not None
                    and nxt.kind == "number"
                    and nxt.group is None
                    and COMPARED_GAP.fullmatch(text, f.end, nxt.start) is not None
                ):
                    # "strengthened to 141.7 per dollar, from 161.9": the rate compared with
                    # is in the same currency
                    out[n + 1] = replace(nxt, kind="money", unit=code)
                break
    return out


def _currency_named(doc: Doc, t: Token, local: tuple[str, frozenset[str]] | None) -> str | None:
    """The currency a noun phrase ending at token t names: "the real", "the Egyptian pound",
    "Kenya's shilling" (the country's currency, CLDR), "the shilling" in a Nairobi dateline."""
    low, before = t.lower_, doc[t.i - 1]
    words = currencies().words
    det = t.i > 1 and doc[t.i - 2].lower_ in ("the", "'s", "’s")
    if det and f"{before.lower_} {low}" in words:
        return words[f"{before.lower_} {low}"]  # "the Egyptian pound"
    if before.lower_ in ("'s", "’s") and t.i > 1:
        country = place_country(doc[t.i - 2].text)
        found = local_currency(country) if country is not None else None
        if found is not None and low in found[1]:
            return found[0]  # "Kenya's shilling"
    if before.lower_ not in ("the", "'s", "’s"):
        return None
    if local is not None and low in local[1]:
        return local[0]
    return words.get(low)


def home_currency(home: Home | None, day: dt.date | None) -> tuple[str, frozenset[str]] | None:
    """The currency of the text's home country on the text's date (CLDR through
    ``local_currency``: "DE" in 1996 -> DEM, today EUR), none for a U.S. text (the default). A
    bare "$" is the home's dollar only where the issuer or dateline says so or the text names
    two of the country's places: a text that names the country once ("Chevron's Gorgon project
    in Australia has cost $54 billion") writes about it from elsewhere, in U.S. dollars."""
    if home is None or home.country == "US":
        return None
    local = local_currency(home.country, day)
    if local is None or home.source != "places" or home.names > 1:
        return local
    return _without_bare_dollar(local)


def country_currencies(
    doc: Doc, found: list[Found], local: tuple[str, frozenset[str]] | None, day: dt.date | None
) -> list[Found]:
    """A currency's word that other countries' currencies share ("pesos", "CFA francs",
    "crowns", "rupees") is the currency of the country named last before it in its sentence,
    by a place or a nationality, where the text's own currency does not name it: "its
    Mexican unit earned 2.4 billion pesos" -> MXN, "The Danish firm paid 12 million crowns" ->
    DKK (CLDR via babel; only the currency's words, never a symbol such as "$"). A country whose
    CLDR name is not the one the text writes ("Ivory Coast" for "Côte d’Ivoire") is not found."""
    if not any(f.kind != "money" or _home_word(readable_text(doc), f, local) for f in found):
        return found
    text = readable_text(doc)
    out = list(found)
    line = DATELINE_PLACE.search(text, 0, DATELINE_WITHIN) or TITLE_DATELINE.match(text)
    dateline_end = line.end() if line is not None else 0
    # the countries the text's places name, read once: ``Span.ents`` walks the whole Doc on
    # every call, which made this loop quadratic in the sentences (about 5% of a corpus run)
    named: list[tuple[int, int, str]] | None = None
    for sent in sentences(doc):
        lo, hi = sent.start_char, sent.end_char
        spots = [
            n
            for n, f in enumerate(out)
            if lo <= f.start and f.end <= hi and (f.kind != "money" or _home_word(text, f, local))
        ]
        if not spots:
            continue
        if named is None:
            named = [
                (e.start_char, e.end_char, c) for e in doc.ents if (c := ent_country(e)) is not None
            ]
        places = [(at, c) for at, end, c in named if lo <= at and end <= hi]
        for n in spots:
            f = out[n]
            home = f.kind == "money"  # "272 rupees" read in the dateline's currency
            if not home and not _currency_word_after(text, f.end):
                continue  # (first: a country's currency costs a read of its CLDR locales)
            country = next((c for at, c in reversed(places) if at < f.start), None)
            if country is None and not home:
                # no country in the sentence: the one of the text's countries whose currency
                # the word names ("Mexico and the United States ... 2,500 pesos" -> MXN)
                country = _named_elsewhere(text, f, [c for _, _, c in named], day)
            if country is None or country == "US":
                continue
            theirs = local_currency(country, day)
            if theirs is None or (local is not None and theirs[0] == local[0]):
                continue
            words = frozenset(
                w for w in theirs[1] if len(w) > 2 and w == w.lower() and w[:1].isalpha()
            )
            if not words:
                continue
            if home:
                # "NEW DELHI - ... In Pakistan, petrol rose to 272 rupees": the word both
                # countries' currencies share is the one of the country the sentence is about,
                # where it names no place of the dateline's country
                assert local is not None
                last = text[f.start : f.end].rsplit(None, 1)[-1].lower()
                at = next(a for a, c in reversed(places) if a < f.start)
                if CLAUSE_BREAK.search(text, at, f.start) is not None:
                    continue  # "The Danish firm paid ..., and Equinor paid 40 million kroner"
                if last in words and not any(
                    (c2 := local_currency(c, day)) is not None and c2[0] == local[0]
                    for at, c in places
                    if at >= dateline_end
                ):
                    out[n] = replace(f, unit=theirs[0])
                continue
            for g in scan(text[lo:hi], (theirs[0], words)):
                if (
                    g.kind == "money"
                    and g.group is None
                    and g.start + lo == f.start
                    and g.end + lo > f.end
                ):
                    out[n] = replace(
                        g,
                        start=g.start + lo,
                        end=g.end + lo,
                        hedge_start=None if g.hedge_start is None else g.hedge_start + lo,
                    )
                    break
    return out


# an amount restated in brackets right after another: "PKR 3.2 trillion (Rs 3.2tn)"
RESTATED_GAP = re.compile(r"[ \t]*\([ \t]*")
# the symbol before a restated amount's number: "Rs", "KD", "Rs."
SYMBOL_BEFORE = re.compile(r"[^\d\s]+(?=[ \t]?\d)")


def restated_currency(text: str, found: list[Found]) -> list[Found]:
    """An amount restated in brackets right after another of the same value is in the same
    currency where its symbol is one that currency is written with somewhere (CLDR, the
    currency and abbreviation tables): "PKR 3.2 trillion (Rs 3.2tn)" -> PKR, not the "Rs" of
    India a text with no country reads; "KWD 15.3bn (KD 15.3bn)". Not an amount converted
    ("$2 billion (Rs 557 billion)": another value) or a sign that currency is not written
    with ("PKR 3 (US$3)")."""
    out = list(found)
    for n in range(1, len(out)):
        a, b = out[n - 1], out[n]
        if a.kind != "money" or b.kind != "money" or a.unit == b.unit or a.value != b.value:
            continue
        if a.group is not None or b.group is not None:
            continue
        if RESTATED_GAP.fullmatch(text, a.end, b.start) is None:
            continue
        m = SYMBOL_BEFORE.match(text, b.start, b.end)
        if m is not None and a.unit is not None and a.unit in written_as(m.group().rstrip(".")):
            out[n] = replace(b, unit=a.unit)
    return out


def _named_elsewhere(text: str, f: Found, countries: list[str], day: dt.date | None) -> str | None:
    """The country, of those the text names (most named first), whose currency on ``day`` the
    currency's name after ``f`` names (CLDR's English names via babel: "pesos", "rials",
    "marks"), if one."""
    m = _WORDS_AFTER.match(text, f.end)
    word = (
        next((w for w in m.groups() if w is not None and w.lower() in _currency_name_words()), None)
        if m is not None
        else None
    )
    codes = currencies_named(word, day) if word is not None else frozenset()
    if not codes:
        return None
    counts = Counter(countries)
    for country, _ in counts.most_common():
        theirs = local_currency(country, day) if country != "US" else None
        if theirs is not None and theirs[0] in codes:
            return country
    return None


# a new clause between a country's name and an amount: the amount is not said of that country
CLAUSE_BREAK = re.compile(r"[,;][ \t]+(?:and|but|while|whereas)\b|;|\b(?:while|whereas)\b")


def _home_word(text: str, f: Found, local: tuple[str, frozenset[str]] | None) -> bool:
    """Money read in the dateline's currency by a word of its name after the number that other
    currencies share ("272 rupees", "4,500 pesos"), with no symbol or code of its own."""
    if f.kind != "money" or local is None or f.unit != local[0] or f.group is not None:
        return False
    span = text[f.start : f.end]
    last = span.rsplit(None, 1)[-1].lower() if " " in span else ""
    return last in _currency_name_words() and last in local[1] and span[:1].isdigit()


_WORDS_AFTER = re.compile(r"[^\S\n]*([A-Za-z]+)(?:[^\S\n]+([A-Za-z]+))?")


@cache
def _currency_name_words() -> frozenset[str]:
    """The head words of currency names, lower case ("pesos", "francs", "crowns")."""
    table = currencies()
    phrases = (*table.words, *table.generic)
    return frozenset(p.rsplit(" ", 1)[-1].lower() for p in phrases)


def _currency_word_after(text: str, end: int) -> bool:
    """One of the two words after ``end`` is a word of a currency's name ("2.4 billion pesos",
    "2,200 CFA francs")."""
    m = _WORDS_AFTER.match(text, end)
    return m is not None and any(
        w is not None and w.lower() in _currency_name_words() for w in m.groups()
    )


def dollar_sign_of_dollars(
    local: tuple[str, frozenset[str]] | None, home: Home | None = None
) -> tuple[str, frozenset[str]] | None:
    """``local`` without a bare "$" where its currency is no dollar: ANNOTATION.md reads a
    bare "$" as the text's own currency only in a country whose currency is the dollar; a peso
    that CLDR also writes "$" ("SANTIAGO, Chile - ... $1.2 billion", "MEXICO CITY - ... $97
    billion") is written "pesos" in English copy, its "$" the U.S. dollar. A government body's
    own release, with no news dateline in capitals, writes its country's "$" ("Chile's Ministry
    of Finance said ... $1.2 billion": pesos, as the ministry's Spanish text does; "SANTIAGO -
    Chile's Ministry of Finance said" is a correspondent's story, in U.S. dollars)."""
    if local is None or "$" not in local[1] or local[1] & {"dollar", "dollars"}:
        return local
    if home is not None and home.source == "issuer" and home.public and not home.dateline:
        return local
    return _without_bare_dollar(local)


def us_dollar_text(
    text: str, local: tuple[str, frozenset[str]] | None, dateline: str | None
) -> tuple[str, frozenset[str]] | None:
    """``local`` without its bare dollar ("$", "dollars") in agency copy filed outside the
    agency's home country ("SINGAPORE (Reuters) -", "TORONTO (AP) -"): international wire style
    writes "$" for U.S. dollars wherever it files and prefixes any other ("S$", "C$"). An
    agency at home keeps the local dollar ("SYDNEY (AAP) -": AUD), and so does a text without
    a credit: a Canadian release's "$" is CAD, and so is a bare "$" after "A$" (the team's
    reading in own-figures-dev7 and dev8)."""
    if local is None or "$" not in local[1]:
        return local
    homes = wire_agency_countries(text)
    if not homes or dateline in homes:
        return local
    return _without_bare_dollar(local)


def _without_bare_dollar(local: tuple[str, frozenset[str]]) -> tuple[str, frozenset[str]]:
    """``local`` without its bare dollar ("$", "dollar", "dollars"): "S$", "C$" still read."""
    code, symbols = local
    return code, frozenset(s for s in symbols if s not in ("$", "dollar", "dollars"))


# a currency as a statement writes it: a symbol or code ("US$", "C$", "USD") or a name
# ("U.S. dollars", "Canadian dollars"), not followed by an amount
_STATED_CUR = (
    r"(?P<cur>(?:[A-Z]{1,3}\.?){0,2}\$(?![\d\s]*\d)|[A-Z]{3}\b(?![ \t]*\d)"
    r"|(?:[A-Z][\w.]*[ \t]+){1,3}dollars)"
)
_SCALE = r"(?i:[ \t]+(?:millions?|billions?|thousands?|mn|m|bn|'000s?))?"
_WHAT = (
    r"(?i:(?:all[ \t]+)?(?:dollar[ \t]+)?(?:figures|amounts|numbers|values|prices|sums"
    r"|results|accounts|financial[ \t]+statements)[ \t]+(?:(?:are|were|is)[ \t]+)?)"
)
_HOW = r"(?i:(?:expressed|stated|reported|given|presented|quoted|denominated)[ \t]+)"
_UNLESS = (
    r"(?i:[ \t]*,?[ \t]*unless[ \t]+(?:otherwise[ \t]+)?(?:noted|stated|indicated|specified))?"
)
# "(All figures in U.S. dollars)", "(USD million)", "(in US$)", "(C$ unless noted)"
STATED_BRACKET = re.compile(
    rf"\([ \t]*(?:{_WHAT}?{_HOW}?(?i:in)[ \t]+)?{_STATED_CUR}{_SCALE}{_UNLESS}[ \t]*\.?[ \t]*\)"
)
# "All amounts are in U.S. dollars.", "Figures are expressed in Canadian dollars", "The company
# reports its results in US$"
STATED_SENTENCE = re.compile(
    rf"\b(?:{_WHAT}{_HOW}?|(?i:(?:reports?|reported|reporting|presents?)[ \t]+"
    rf"(?:(?:its|their)[ \t]+)?(?:(?:results|figures|earnings|accounts)[ \t]+)?))(?i:in)[ \t]+"
    rf"{_STATED_CUR}{_SCALE}"
)


def stated_currency(text: str) -> str | None:
    """The currency the text says its figures are in, where all its statements name one: a
    bracket that is only the statement ("(All figures in U.S. dollars)", "(USD million)", "(in
    C$)") or a sentence about the figures ("All amounts are in U.S. dollars", "The group reports
    its results in US$", "Figures are expressed in Canadian dollars"). A currency named with an
    amount ("US$8.4 billion") is no statement about the others."""
    table = currencies()
    found: set[str] = set()
    for pattern in (STATED_BRACKET, STATED_SENTENCE):
        for m in pattern.finditer(text):
            cur = m.group("cur")
            if cur == "$":
                continue  # "($ million)": a bare "$" is the home's dollar, no statement of one
            if cur.endswith("dollars"):
                code = table.named(" ".join(cur.lower().split()))
            else:
                code = next((c for s, c in table.starting_with(cur[0]) if s == cur), None)
                code = code or (cur if cur in table.codes else None)
            if code is not None:
                found.add(code)
    return found.pop() if len(found) == 1 else None


def stated_dollar(
    local: tuple[str, frozenset[str]] | None, stated: str | None
) -> tuple[str, frozenset[str]] | None:
    """``local`` as the text's own statement of its currency leaves it (``stated_currency``):
    a text that says its figures are in U.S. dollars writes a bare "$" for them, wherever it is
    from; one that says they are in another dollar ("all figures in Canadian dollars") writes
    "$" for that dollar, whatever its dateline or wire credit."""
    if stated is None or (local is not None and local[0] == stated and "$" in local[1]):
        return local
    if stated == "USD":
        return _without_bare_dollar(local) if local is not None else None
    if "dollar" not in currency_words(stated):
        return local  # "(in euros)": a bare "$" is not the text's currency
    mine = local[1] if local is not None and local[0] == stated else frozenset()
    return stated, mine | {"$", "dollar", "dollars"}
