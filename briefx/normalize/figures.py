"""Figure text -> normalised value: hedges, currencies, percentages, units.

Each function takes the text of one figure span (as the pipeline found it) and returns plain
values; none of them searches a whole document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from briefx.normalize.numbers import parse_number, parse_ordinal
from briefx.resources import read_jsonl


@dataclass(frozen=True, slots=True)
class Hedge:
    """A quantity modifier at the start of a figure ("over", "approximately")."""

    length: int  # characters of the span taken by the hedge and the space after it
    comparator: str | None = None
    approximate: bool = False


NO_HEDGE = Hedge(0)


@cache
def _hedges() -> list[tuple[str, Hedge]]:
    rows = read_jsonl("hedges.jsonl")
    # Longest first, so "just over" wins over "over".
    table = [(r["phrase"], Hedge(0, r.get("comparator"), bool(r.get("approximate")))) for r in rows]
    return sorted(table, key=lambda kv: -len(kv[0]))


def hedge_phrases() -> list[str]:
    """Return every hedge phrase, longest first."""
    return [p for p, _ in _hedges()]


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


@cache
def _currencies() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    symbols, words = [], []
    for r in read_jsonl("currencies.jsonl"):
        if r["type"] == "word":
            words.append((r["match"].lower(), r["code"]))
        else:
            symbols.append((r["match"], r["code"]))
    symbols.sort(key=lambda kv: -len(kv[0]))
    words.sort(key=lambda kv: -len(kv[0]))
    return symbols, words


ISO_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")


def find_currency(text: str) -> str | None:
    """Return the ISO 4217 code a money span names ("$126 billion" -> "USD")."""
    symbols, words = _currencies()
    low = text.lower()
    for word, code in words:
        if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", low):
            return code
    for sym, code in symbols:
        if sym.isalpha():
            if re.search(rf"(?<![A-Za-z]){re.escape(sym)}(?![A-Za-z])", text):
                return code
        elif sym in text:
            return code
    m = ISO_CODE.search(text)
    if m and m.group(1) in known_codes():
        return m.group(1)
    return None


@cache
def known_codes() -> frozenset[str]:
    """Return the ISO codes the currency table knows."""
    return frozenset(r["code"] for r in read_jsonl("currencies.jsonl"))


PERCENT_SIGN = re.compile(r"%|\bper ?cent\b|\bpercent(?:age)?\b", re.IGNORECASE)
PERCENTAGE_POINTS = re.compile(r"\bpercentage[ -]points?\b|\bpp\b", re.IGNORECASE)


def parse_percent(text: str) -> tuple[Decimal, str] | None:
    """Return (value, unit) for a percentage: "2%" -> (2, "%"), "1.5 percentage points" -> "pp"."""
    unit = "pp" if PERCENTAGE_POINTS.search(text) else "%"
    body = PERCENT_SIGN.split(text)[0] if unit == "%" else PERCENTAGE_POINTS.split(text)[0]
    value = parse_number(
        body.replace("-", " ").strip() if not any(c.isdigit() for c in body) else body
    )
    return (value, unit) if value is not None else None


def parse_money(text: str) -> tuple[Decimal, str | None] | None:
    """Return (amount, ISO code) for a money span: "€2.5bn" -> (2500000000, "EUR")."""
    code = find_currency(text)
    symbols, _words = _currencies()
    body = text
    for sym, _ in symbols:
        body = body.replace(sym, " ")
    value = parse_number(body)
    return (value, code) if value is not None else None


def parse_ordinal_text(text: str) -> int | None:
    """Return the ordinal's number ("third" -> 3)."""
    return parse_ordinal(text)
