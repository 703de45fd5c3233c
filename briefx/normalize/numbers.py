"""Numbers written in digits or words, with scale words: "1,500", "6.3", "fifty", "$126 billion"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from text_to_num import text2num

from briefx.resources import read_jsonl

# A digit run with optional thousands separators, decimals and a leading sign. Every
# quantifier is bounded by a literal separator, so matching stays linear on hostile text.
DIGITS = re.compile(r"[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+\-−]?\.\d+")
# "2-1/2", "1/4": fractions written with a slash (ANNOTATION.md: written out as decimals).
FRACTION = re.compile(r"(?:(\d+)[\- ])?(\d+)/(\d+)")

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1000000,
}  # fmt: skip
ORDINAL_SUFFIX = re.compile(r"(\d+)\s*(?:st|nd|rd|th)\b", re.IGNORECASE)

# Words text2num does not take but news writes: "a dozen", "half a million".
SPECIAL_WORDS = {"dozen": 12, "half": Decimal("0.5"), "quarter": Decimal("0.25"), "a": 1, "an": 1}


@cache
def scale_words() -> dict[str, int]:
    """Return scale word -> factor from models/scales.jsonl."""
    return {row["word"]: int(row["factor"]) for row in read_jsonl("scales.jsonl")}


def parse_digits(text: str) -> Decimal | None:
    """Parse the first digit group in ``text`` ("1,500" -> 1500, "-3.5" -> -3.5)."""
    frac = FRACTION.search(text)
    if frac:
        whole = Decimal(frac.group(1) or 0)
        den = Decimal(frac.group(3))
        if den:
            return whole + Decimal(frac.group(2)) / den
    m = DIGITS.search(text)
    if not m:
        return None
    raw = m.group().replace(",", "").replace("−", "-")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def parse_words(text: str) -> Decimal | None:
    """Parse a number written in words ("one hundred and twenty", "half a million", "a dozen")."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    scales = scale_words()
    # "half a million", "a dozen", "two dozen": fold the special words by hand.
    if any(w in SPECIAL_WORDS for w in words):
        value = Decimal(1)
        seen = False
        for w in words:
            if w in ("a", "an"):
                continue
            if w in SPECIAL_WORDS:
                value *= Decimal(SPECIAL_WORDS[w])
                seen = True
            elif w in scales:
                value *= scales[w]
                seen = True
            else:
                try:
                    value *= text2num(w, "en")
                    seen = True
                except ValueError:
                    return None
        return value if seen else None
    try:
        return Decimal(text2num(" ".join(words), "en"))
    except ValueError:
        return None


def parse_number(text: str) -> Decimal | None:
    """Parse a number in digits or words, applying a following scale word.

    "126 billion" -> 126000000000, "5.6B" -> 5600000000, "fifty" -> 50, "1,500" -> 1500.
    """
    text = text.strip()
    value = parse_digits(text)
    if value is None:
        return parse_words(text)
    m = DIGITS.search(text)
    tail = text[m.end() :].strip().lower() if m else ""
    tail_words = tail.replace("-", " ").split()
    if tail_words:
        factor = scale_words().get(tail_words[0].rstrip("."))
        if factor:
            value *= factor
    return value


def parse_ordinal(text: str) -> int | None:
    """Parse an ordinal: "third" -> 3, "21st" -> 21, "twenty-first" -> 21."""
    text = text.strip().lower()
    m = ORDINAL_SUFFIX.fullmatch(text)
    if m:
        return int(m.group(1))
    words = text.replace("-", " ").split()
    if not words or words[-1] not in ORDINAL_WORDS:
        return None
    last = ORDINAL_WORDS[words[-1]]
    if len(words) == 1:
        return last
    head = parse_words(" ".join(words[:-1]))
    return int(head) + last if head is not None else None


def as_json_number(value: Decimal) -> int | float:
    """Return an int for integral values, else a float (records emit JSON numbers)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
