"""Units declared once for the numbers under them: "(US$ million)", "(%, year on year)",
"per cent", "in billions of rand", "('000 tonnes)", "(mm)" -> what a bare number in their scope
is (kind, unit and scale).

A declared unit is a figure with its number left out, so it is read by the same grammar as any
figure (``normalize.scan``): a "1" is put where the number would stand ("US$ million" ->
"US$1 million", "'000 tonnes" -> "1 thousand tonnes", "billions of rand" -> "1 billion rand")
and the phrase counts only where the scanner reads the whole probe as one figure. No word
list of its own: currencies, scales and units come from the tables the scanner reads
(``models/currencies.jsonl``, ``scales.jsonl``, ``units.jsonl``). Plain functions, no spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from briefx.normalize.scan import scan

__all__ = ["Declared", "read_declared", "thousands_mark"]


@dataclass(frozen=True, slots=True)
class Declared:
    """What a declared unit makes of a bare number: its kind, unit and scale."""

    kind: str  # money, percent, quantity or number (a scale alone: "'000", "(million)")
    unit: str | None  # ISO 4217 code, "%", "pp" or a unit symbol; None for a scale alone
    factor: Decimal  # the scale a bare number is multiplied by ("US$ million" -> 1e6)


# what may stand before the unit: "in billions of rand", "Figures in US$ million", "all
# amounts are in thousands of dollars", "expressed in €m"
LEAD = re.compile(
    r"^(?:(?:all\s+)?(?:figures|amounts|values|numbers|data)\s+(?:are\s+)?)?"
    r"(?:(?:expressed|given|shown|stated)\s+)?in\s+",
    re.IGNORECASE,
)
# "'000", "’000", "000s": thousands written in digits (statistical tables)
THOUSANDS_MARK = re.compile(r"(?<![\w.,])(?:['’]000s?|000s)(?!\w)")
# "billions of rand", "thousands of tonnes": a plural scale and "of" before what it scales
SCALE_OF = re.compile(r"^(thousand|million|billion|trillion)s\s+of\s+", re.IGNORECASE)
# a qualifier after the unit: "%, year on year", "US$ million, constant prices", "% of GDP",
# "US$ per tonne" (a rate leaves the amount in its currency: ANNOTATION.md)
QUALIFIER = re.compile(r"\s*(?:,|;|\s(?:of|on|over|per|a|at|from|in|to)\s|/).*$", re.IGNORECASE)
# a percentage's words at the phrase's start: "%", "per cent", "percent", "percentage points"
PERCENT_HEAD = re.compile(
    r"^(?:(percentage[ -]points?|pp|%[ -]?points?)|%|per ?cent|percent)(?![\w])", re.IGNORECASE
)


def thousands_mark(text: str, start: int) -> bool:
    """The digits at ``start`` are a "'000" (thousands written in digits, "('000 tonnes)"), not
    a figure: zeros only, right after an apostrophe."""
    if start == 0 or text[start - 1] not in "'’":
        return False
    return THOUSANDS_MARK.match(text, start - 1) is not None


# the U.S. dollar marked as such: "US$", "U.S. dollars", "USD" (no home dollar then)
US_MARKED = re.compile(r"(?<![A-Za-z])(?:U\.?S\.?\s?\$|U\.?S\.?\s+dollars?|USD)")


def _home_dollar(phrase: str, local: tuple[str, frozenset[str]] | None) -> bool:
    """A bare "$" or "dollars" declared in a text from a dollar country other than the U.S. is
    that country's dollar, as a bare "$" amount there is (``figures.dollars.local_dollars``;
    ``local`` already gives way to the text's own statement of its currency)."""
    return local is not None and "$" in local[1] and US_MARKED.search(phrase) is None


def _probes(phrase: str) -> list[str]:
    """Where the "1" may stand: before the phrase, or after each of its leading tokens (a
    symbol or a code before the scale: "US$1 million", "NOK 1 million", "€1m")."""
    out = [f"1 {phrase}"]
    for m in re.finditer(r"(?<=\S)(?=\s)|(?<=[^\w\s])(?=\w)", phrase):
        left, right = phrase[: m.start()], phrase[m.start() :].lstrip()
        out.append(f"{left}1 {right}" if right else f"{left}1")
        out.append(f"{left} 1 {right}".rstrip())
        if not left[-1].isalnum():
            out.append(f"{left}1{right}")  # "€m", "US$bn": the scale's letter glued
    if phrase and not phrase[-1].isalnum():
        out.append(f"{phrase}1")  # "US$": the symbol alone
    return out


@lru_cache(maxsize=512)
def read_declared(phrase: str, local: tuple[str, frozenset[str]] | None = None) -> Declared | None:
    """Read a declared unit ("US$ million", "%", "'000 tonnes", "in billions of rand", "mm").

    phrase (str): the words that declare the unit, without brackets.
    local (tuple | None): the text's currency and its symbols, as ``scan`` takes it ("R bn" is
        the rand in a South African text).
    RETURNS (Declared | None): the kind, unit and scale; None where the phrase is no unit (a
        year, a noun, "t/ha", "number").
    """
    p = " ".join(phrase.split())
    if not p or len(p) > 50:
        return None
    p = LEAD.sub("", p)
    if p == "m":
        return None  # "Passengers (m)" is millions, "Height (m)" metres: the bracket cannot say
    head = PERCENT_HEAD.match(p)
    if head is not None:  # "%, year on year", "% of GDP", "per cent change"
        return Declared("percent", "pp" if head.group(1) else "%", Decimal(1))
    p = THOUSANDS_MARK.sub("thousand", p)
    p = SCALE_OF.sub(lambda m: f"{m.group(1).lower()} ", p)
    cut = QUALIFIER.sub("", p)
    for text in dict.fromkeys((p, cut)):
        if not text or any(c.isdigit() for c in text):
            continue  # "2025", "per 100,000": no unit
        for probe in _probes(text):
            found = scan(probe, local)
            if len(found) != 1 or found[0].start != 0 or found[0].end != len(probe):
                continue
            f = found[0]
            if text is cut and text != p and f.kind != "money":
                continue  # "t/ha", "tonnes per head": a rate of a measure is no unit of ours
            if f.kind == "money" and f.unit == "USD" and _home_dollar(p, local):
                return Declared("money", local[0], f.value)  # type: ignore[index]
            if f.kind in ("money", "quantity", "percent") and f.unit:
                return Declared(f.kind, f.unit, f.value)
            if f.kind == "number" and f.value > 1:
                return Declared("number", None, f.value)  # "'000", "(million)"
    return None
