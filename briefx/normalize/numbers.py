"""Numbers written in digits or words, with scale words: "1,500", "6.3", "fifty", "$126 billion".

Word numbers are read item by item (a digit group counts as one item), so "4 thousand 3 hundred",
"one hundred and twenty", "half a million", "three lakh crore", "two and three fifths" and
"nought point nought three" all take the same path. Scale words come from models/scales.jsonl.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import cache

from text_to_num import text2num

from briefx.resources import number_words, read_jsonl

# A digit run with optional thousands separators, decimals and a leading sign. Every
# quantifier is bounded by a literal separator, so matching stays linear on hostile text.
DIGITS = re.compile(r"[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+\-−]?\.\d+")
# "2-1/2", "1/4": fractions written with a slash; their value is the decimal (2.5, 0.25).
FRACTION = re.compile(r"(?:(\d{1,6})[\- ])?(\d{1,6})/(\d{1,6})")
# One number written in digits, whole: "1,500", "1.111,11" (European), "1 414 021 100",
# ".08", "-4/5", "2-1/2", "12.32e+14", "1.1^23", "1.3x10^6".
DIGIT_NUMBER = re.compile(
    r"(?P<sign>[+\-−])?"
    r"(?:(?P<whole>\d{1,6})-)?(?P<num>\d{1,6})/(?P<den>\d{1,6})"
    r"|(?P<sign2>[+\-−])?(?P<body>\d[\d,. ]*|\.\d[\d]*)"
    r"(?:(?P<exp>[eE]|\^|[xX×]10\^)(?P<esign>[+\-]{0,2})(?P<epow>\d{1,3}))?"
)
VULGAR_RATIOS = {"⅓": (1, 3), "⅔": (2, 3), "⅙": (1, 6), "⅚": (5, 6), "⅐": (1, 7), "⅑": (1, 9)}
SPACE_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+")
COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# Thousands separated by dots with no decimals: two groups or more ("1.234.567"); one dot is
# a decimal point ("1.234").
DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
# Indian grouping: lakh and crore in pairs of digits before the last three ("2,45,67,890").
INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
# Vulgar fractions ("½", "⅞"), alone or after a whole number ("5½").
VULGAR = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"

SMALL = dict(number_words("small"))
TENS = dict(number_words("tens"))
ORDINAL_WORDS = dict(number_words("ordinal"))
# Ordinals of scale words multiply what stands before them: "two hundredth" -> 200.
SCALE_ORDINALS = {
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6, "billionth": 10**9,
    "trillionth": 10**12,
}  # fmt: skip
ORDINAL_SUFFIX = re.compile(r"(\d{1,9})\s{0,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
HALF = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}
DOZEN = {"dozen": 12, "dozens": 12, "doz": 12, "dozs": 12}
SIGN_WORDS = {"minus", "negative"}

Item = str | Decimal


@cache
def scale_words() -> dict[str, int]:
    """Return scale word -> factor from models/scales.jsonl (lower case keys)."""
    return {row["word"]: int(row["factor"]) for row in read_jsonl("scales.jsonl")}


@cache
def word_scales() -> dict[str, int]:
    """Return the scale words that are spelt out ("million", "lakh"), not abbreviations."""
    return {w: f for w, f in scale_words().items() if len(w) > 3 or w in {"lac", "cr"}} | DOZEN


@cache
def denominators() -> dict[str, tuple[int, bool]]:
    """Return fraction word -> (denominator, plural): "fifths" -> (5, True), "half" -> (2, False)."""
    table: dict[str, tuple[int, bool]] = {
        "half": (2, False), "halves": (2, True), "quarter": (4, False), "quarters": (4, True),
    }  # fmt: skip
    for word, n in (ORDINAL_WORDS | SCALE_ORDINALS).items():
        if n >= 3:
            table[word] = (n, False)
            table[word + "s"] = (n, True)
    table["fourths"] = (4, True)
    return table


@cache
def unit_denominators() -> dict[str, tuple[int, bool]]:
    """Return the ordinals of one to nine and their plurals, which end a compound
    denominator after a tens word: "twenty firsts" -> 21sts, "thirty-seconds" -> 32nds."""
    table: dict[str, tuple[int, bool]] = {}
    for word, n in ORDINAL_WORDS.items():
        if 1 <= n <= 9:
            table[word] = (n, False)
            table[word + "s"] = (n, True)
    return table


def compound_denominator(items: Sequence[Item]) -> tuple[int, bool, int] | None:
    """A tens word + an ordinal of one to nine that ends ``items`` after a numerator is one
    denominator: ["three", "twenty", "firsts"] -> (21, True, 1) = (denominator, plural, where
    the numerator ends); ["a", "twenty", "first"] -> (21, False, 1)."""
    if len(items) < 3:
        return None
    last, tens = items[-1], items[-2]
    if not isinstance(last, str) or not isinstance(tens, str) or tens not in TENS:
        return None
    unit = unit_denominators().get(last)
    if unit is None:
        return None
    return TENS[tens] + unit[0], unit[1], len(items) - 2


def is_number_word(word: str) -> bool:
    """Return True for a word that can be part of a number written in words."""
    w = word.lower()
    return (
        w in SMALL
        or w in TENS
        or w == "hundred"
        or w in word_scales()
        or w in HALF
        or w in denominators()
        or w in ORDINAL_WORDS
    )


def digit_value(text: str) -> Decimal | None:
    """Return the value of one number in digits (the whole text), or None.

    "1,500" -> 1500, "1.111,11" -> 1111.11, "1,3" -> 1.3, "1 414 021 100" -> 1414021100,
    "-4/5" -> -0.8, "2-1/2" -> 2.5, "12.32e+14", "1.1^23", "1.3x10^6".
    """
    text = text.strip()
    if text and text[-1] in VULGAR:
        whole = digit_value(text[:-1]) if text[:-1] else Decimal(0)
        if whole is None or whole != whole.to_integral_value():
            return None
        frac = Decimal(str(unicodedata.numeric(text[-1])))
        if text[-1] in "⅓⅔⅙⅚⅐⅑":  # thirds, sixths, sevenths, ninths: exact ratios
            top, bottom = VULGAR_RATIOS[text[-1]]
            frac = Decimal(top) / Decimal(bottom)
        return whole - frac if whole < 0 or text.startswith(("-", "−")) else whole + frac
    m = DIGIT_NUMBER.fullmatch(text)
    if not m:
        return None
    sign = (
        -1
        if (m.group("sign") or m.group("sign2") or "") in "-−"
        and (m.group("sign") or m.group("sign2"))
        else 1
    )
    if m.group("den"):
        den = Decimal(m.group("den"))
        if not den:
            return None
        value = Decimal(m.group("whole") or 0) + Decimal(m.group("num")) / den
        return sign * value
    body = m.group("body")
    plain = _plain_digits(body)
    if plain is None:
        return None
    value = plain
    if m.group("exp"):
        power = Decimal(m.group("epow"))
        if m.group("esign").count("-") % 2:
            power = -power
        base = Decimal(10) if m.group("exp") != "^" else value
        try:
            value = value * base**power if m.group("exp") != "^" else base**power
        except (InvalidOperation, OverflowError):
            return None
    return sign * value


def _plain_digits(body: str) -> Decimal | None:
    if " " in body:
        if not SPACE_GROUPS.fullmatch(body):
            return None
        body = body.replace(" ", "")
    if INDIAN_GROUPS.fullmatch(body):
        body = body.replace(",", "")
    elif "," in body and "." in body:
        if COMMA_GROUPS.fullmatch(body):
            body = body.replace(",", "")
        elif DOT_GROUPS.fullmatch(body):
            body = body.replace(".", "").replace(",", ".")
        else:
            return None
    elif "," in body:
        if COMMA_GROUPS.fullmatch(body):
            body = body.replace(",", "")
        elif body.count(",") == 1:
            body = body.replace(",", ".")  # a decimal comma: "1,3"
        else:
            return None
    elif body.count(".") > 1:
        if not DOT_THOUSANDS.fullmatch(body):
            return None
        body = body.replace(".", "")
    try:
        return Decimal(body)
    except InvalidOperation:
        return None


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


def parse_int_items(items: Sequence[Item]) -> Decimal | None:
    """Read a whole number from word items: ["one", "hundred", "and", "twenty"] -> 120.

    A Decimal item is a number written in digits ("4 thousand 3 hundred"); "one twenty two"
    reads as 122 (spoken style); stacked scales multiply ("three lakh crore").
    """
    total = Decimal(0)
    cur: Decimal | int | None = None  # an int when SMALL/TENS words start the number
    last: str | None = None
    last_scale = 0
    scales = word_scales()
    before_and: str | None = None
    for item in items:
        if isinstance(item, Decimal):
            if before_and == "digit" and last == "and" and cur is not None:
                if not 0 < item < 1:
                    return None  # "5 and 6" is two numbers; "2 and 3/4" one
                cur, last = cur + item, "fraction"
                continue
            if last == "and" and cur is not None and 0 < item < 100:
                cur, last = cur + item, "digit"  # "3 hundred and 12"
                continue
            if last not in (None, "scale", "and"):
                return None
            cur, last = item, "digit"
            continue
        w = item
        if w in ("a", "an"):
            if last not in (None, "half", "and"):
                return None
            if last != "half":
                cur = Decimal(1)
            last = "a"
        elif w == "and":
            if last not in ("hundred", "scale", "digit"):
                return None
            before_and, last = last, "and"
        elif w in SMALL:
            v = SMALL[w]
            if last in (None, "hundred", "scale", "and") or (last == "tens" and v < 10):
                cur = (cur or 0) + v
            else:
                return None
            last = "unit" if v < 10 else "teen"
        elif w in TENS:
            v = TENS[w]
            if last in (None, "hundred", "scale", "and"):
                cur = (cur or 0) + v
            elif last in ("unit", "teen") and cur is not None and 0 < cur < 20:
                cur = cur * 100 + v  # "one twenty two" -> 122
            else:
                return None
            last = "tens"
        elif w in ("hundred", "hundreds"):
            if last in ("hundred", "and") or (cur is None and last not in (None, "a")):
                return None
            cur = (cur if cur is not None else Decimal(1)) * 100
            last = "hundred"
        elif w in scales:
            f = scales[w]
            if cur is None:
                if last == "scale" and total:
                    total *= f
                else:
                    return None
            else:
                if last_scale and (f >= last_scale or cur * f >= last_scale) and f != 12:
                    return None  # scales fall: "one million two thousand"
                total += cur * f
                cur = None
                last_scale = f
            last = "scale"
        elif w in HALF:
            if last is not None:
                return None
            cur, last = HALF[w], "half"
        else:
            return None
    if last in ("and", None) or (last == "a" and cur == 1 and total == 0 and len(items) == 1):
        return None
    return total + (cur or 0)


def _fraction_items(items: Sequence[Item]) -> Decimal | None:
    """Read a number ending in a fraction word: "two thirds", "one and a half", "five ninths"."""
    scales = word_scales()
    k, trail = len(items), Decimal(1)
    while k > 0 and isinstance(items[k - 1], str) and items[k - 1] in scales:
        trail *= scales[items[k - 1]]  # type: ignore[index]
        k -= 1
    if k == 0 or not isinstance(items[k - 1], str):
        return None
    den_word = items[k - 1]
    compound = compound_denominator(items[:k])
    if compound is not None:
        den, plural, num_end = compound  # "three twenty firsts", "a thirty-second"
    elif den_word in denominators():
        den, plural = denominators()[den_word]  # type: ignore[index]
        num_end = k - 1
    else:
        return None
    num_items = list(items[:num_end])
    whole, whole_scale = Decimal(0), Decimal(1)
    if "and" in num_items:
        j = len(num_items) - 1 - num_items[::-1].index("and")
        left, num_items = num_items[:j], num_items[j + 1 :]
        w = parse_int_items(left)
        if w is None:
            return None
        whole = w
        if (
            left
            and isinstance(left[-1], str)
            and (scales.get(left[-1], 0) >= 1000 or left[-1] in DOZEN)
        ):  # "two million and a half"; "a dozen and a half" is 18, half a dozen more
            whole_scale = Decimal(scales[left[-1]])
    if not num_items:
        return None
    if num_items in (["a"], ["an"], ["one"], [Decimal(1)]):
        numerator = Decimal(1)
    elif plural or "and" in items or trail != 1:
        # "three quarters"; a singular denominator after "and" or before a scale is an
        # adjective: "six and three-quarter tonnes", "three-quarter million"
        n = parse_int_items(num_items)
        if n is None:
            return None
        numerator = n
    else:
        return None
    frac = numerator / den
    if "and" not in items:
        return frac * trail
    if whole_scale != 1:  # the whole has its own scale: the fraction takes the last one
        # "two million and a half" -> 2.5 million; "one billion and three quarters million"
        return whole + frac * (trail if trail != 1 else whole_scale)
    return (whole + frac) * trail  # "four and a quarter million" -> 4.25 million


def parse_items(items: Sequence[Item]) -> Decimal | None:
    """Read a number from word items (lower case) and digit values; None if they make none."""
    items = list(items)
    sign = 1
    if items and items[0] in SIGN_WORDS:
        sign, items = -1, items[1:]
    if not items:
        return None
    if "point" in items:
        i = items.index("point")
        left, right = items[:i], items[i + 1 :]
        whole = parse_int_items(left) if left else Decimal(0)
        digits = ""
        j = 0
        while j < len(right):
            r = right[j]
            if isinstance(r, Decimal) and r == r.to_integral_value() and r >= 0:
                digits += str(int(r))
            elif isinstance(r, str) and r in SMALL:
                digits += str(SMALL[r])
            else:
                break
            j += 1
        if whole is None or not digits:
            return None
        value = whole + Decimal("0." + digits)
        for r in right[j:]:
            if not isinstance(r, str) or r not in word_scales():
                return None
            value *= word_scales()[r]
        return sign * value
    if "over" in items:
        i = items.index("over")
        a, b = parse_int_items(items[:i]), parse_int_items(items[i + 1 :])
        if a is None or not b:
            return None
        return sign * a / b
    result = _fraction_items(items)
    if result is None:
        result = parse_int_items(items)
    return sign * result if result is not None else None


def split_words(text: str) -> list[Item]:
    """Split number text into items: words lower-cased, digit groups as Decimals."""
    items: list[Item] = []
    for w in re.split(r"[\s\-–—]+", text.strip().lower()):
        if not w:
            continue
        v = digit_value(w)
        items.append(v if v is not None else w)
    return items


def parse_words(text: str) -> Decimal | None:
    """Parse a number written in words ("one hundred and twenty", "half a million", "a dozen")."""
    items = split_words(text)
    if not items:
        return None
    value = parse_items(items)
    if value is not None:
        return value
    if all(isinstance(i, str) and i in scale_words() for i in items):
        return None  # "billions" is a vague amount, not a number
    try:
        return Decimal(text2num(" ".join(str(i) for i in items), "en"))
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
    """Parse an ordinal: "third" -> 3, "21st" -> 21, "twenty-first" -> 21, "two hundredth" -> 200."""
    text = text.strip().lower()
    m = ORDINAL_SUFFIX.fullmatch(text)
    if m:
        return int(m.group(1))
    words = [w for w in re.split(r"[\s\-–—]+", text) if w]
    if not words:
        return None
    last = words[-1]
    if last in SCALE_ORDINALS:
        head = parse_int_items(words[:-1]) if len(words) > 1 else Decimal(1)
        return int(head * SCALE_ORDINALS[last]) if head is not None else None
    if last not in ORDINAL_WORDS:
        return None
    if len(words) == 1:
        return ORDINAL_WORDS[last]
    before = words[:-1]
    if len(before) > 2 and before[-1] == "and" and before[-2] in scale_words():
        before = before[:-1]  # "one hundred and first", "three thousand and fifth"
    head = parse_int_items(before)
    if head is None or head != head.to_integral_value():
        return None
    unit = ORDINAL_WORDS[last]
    if head % (10 if unit < 10 else 100):
        return None  # "five-second" (a duration), not 5 + 2: the head ends in tens or hundreds
    return int(head) + unit


def as_json_number(value: Decimal) -> int | float:
    """Return an int for integral values, else a float (records emit JSON numbers)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
