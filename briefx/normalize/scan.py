"""Find figures in plain text: a small grammar over words, digits and symbols.

``scan(text)`` returns every number-like expression it can read, with its value, its unit
(ISO currency code, "%"/"pp", unit symbol) and the hedge in front of it. It knows no spaCy:
the pipeline component filters the candidates (dates, names, idioms) and finds counted nouns.

The text is cut into atoms by one regex whose quantifiers are all single and bounded by
character classes, so a megabyte without spaces or a run of 100,000 digits is read in linear
time; the grammar then looks at most a few atoms ahead of each atom.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import pairwise

from briefx.normalize.compose import compose
from briefx.normalize.figures import (
    Currencies,
    currencies,
    hedge_before,
)
from briefx.normalize.numbers import (
    DOZEN,
    HALF,
    ORDINAL_WORDS,
    SCALE_ORDINALS,
    SIGN_WORDS,
    SMALL,
    TENS,
    VULGAR,
    Item,
    compound_denominator,
    denominators,
    digit_value,
    is_number_word,
    parse_items,
    parse_ordinal,
    scale_words,
    unit_denominators,
    word_scales,
)
from briefx.normalize.units import in_first_unit, match_unit, unit_scale
from briefx.resources import figure_words

# One atom: a digit run (with separators), a letter run, or one other character. The
# whitespace before it is captured so the grammar can refuse to cross a line break.
# A vulgar fraction ends a digit run or stands alone ("5½", "½").
ATOM = re.compile(
    rf"(?P<ws>\s*)(?:(?P<d>\d[\d,.]*[{VULGAR}]?|\.\d[\d,.]*|[{VULGAR}])|(?P<w>[^\W\d_]+)|(?P<p>\S))"
)
TRAILING_SEP = re.compile(r"[,.]+$")
EXPONENT = re.compile(r"(?:[eE][+\-]?|\^[+\-]{0,2}|[xX×]10\^[+\-]?)\d{1,3}(?![\w])")
SLASH_FRACTION = re.compile(r"(?:-\d{1,2})?/(?:\d{1,2}|100|1000)(?![\d/])")
# Thousands separated by a space, also a no-break or thin one ("85 000", "1 234 567").
SPACE_GROUP = re.compile(r"[ \u00a0\u202f\u2009]\d{3}(?![\d,.]?\d)")
# Thousands separated by an apostrophe, as Swiss usage writes them ("CHF 1'000", "2'500'000"),
# decimals after a point ("1'234.50").
APOSTROPHE_GROUPS = re.compile(r"(?:['’]\d{3})+(?:\.\d+)?(?![\d'’])")
# A fraction written with a slash, numerator below the denominator checked by the caller.
PROPER_FRACTION = re.compile(r"\d{1,2}/\d{1,3}(?![\d/])")
# A mixed number written with a space: "7 1/2", "9 5/16" (the numerator below the denominator).
SPACED_FRACTION = re.compile(r" (\d{1,2})/(\d{1,3})(?![\d/])")
ORD_SUFFIX = {"st", "nd", "rd", "th"}
PERCENT_WORDS = {"percent", "percents", "pct", "percentage"}
# Basis points, hundredths of a percentage point: "25 basis points", "15 bps", "75bp".
BASIS_POINT_ABBREVIATIONS = {"bp", "bps", "bpt", "bpts"}
DASHES = {"-", "–", "—"}
BRACKETS = {"(": ")", "<": ">", "[": "]"}
# Currency words that "a" makes an ordinary word: "a real change", "a won match", "a rand".
CURRENCY_IDIOMS = {"le", "real", "won", "rand", "dong", "kip", "pound", "buck", "grand"}
# the gap between a table's cells: two spaces, a tab, or a pipe
CELL_GAP = re.compile(r" {2,}|\t|\|")
# a scale whose reading follows it after a hyphen: "a magnitude-6.1 quake" (no designation)
MAGNITUDE_WORDS = figure_words("magnitude_word")
A_UNIT_IDIOMS = {"in", "foot", "ton", "m", "bit", "kilo"}
NAME_JOINERS = {"-", "&", ".", "'", "’"}
SPACES = re.compile(r"\s+")
MAX_GAP = 4  # spaces allowed between the atoms of one figure
MAX_ITEMS = 24


@dataclass(slots=True)
class Atom:
    """One piece of text: kind d (digits), w (letters) or p (other)."""

    kind: str
    text: str
    start: int
    end: int
    glued: bool  # no space before it
    breaks: bool  # a line break or a wide gap before it

    @property
    def low(self) -> str:
        """Lower-case text."""
        return self.text.lower()


@dataclass(slots=True)
class Found:
    """A figure read from text, before the pipeline filters it."""

    start: int
    end: int
    kind: str  # money, percent, quantity, ordinal, number
    value: Decimal
    unit: str | None = None
    comparator: str | None = None
    approximate: bool = False
    hedge_start: int | None = None  # where a hedge in front starts ("over $5" -> at "over")
    words: bool = False  # the number is written in words
    fraction: bool = False  # a fraction in words ("two thirds")
    scaled: bool = False  # a scale word was applied
    group: int | None = None
    factor: Decimal = Decimal(1)  # the scale applied ("4 billion" -> 1e9)
    first_atom: int = 0
    last_atom: int = 0
    notes: set[str] = field(default_factory=set)


def atoms_of(text: str) -> list[Atom]:
    """Cut text into atoms (linear time)."""
    out: list[Atom] = []
    # Up to the last non-space character: white space with no atom after it made ATOM try
    # (and fail) from each of its positions, quadratic in a long trailing blank.
    for m in ATOM.finditer(text, 0, len(text.rstrip())):
        ws = m.group("ws")
        kind = "d" if m.group("d") else "w" if m.group("w") else "p"
        start, end = m.start() + len(ws), m.end()
        body = text[start:end]
        if kind == "d":
            trail = TRAILING_SEP.search(body)
            if trail:
                end -= len(trail.group())
                body = text[start:end]
        breaks = "\n" in ws or len(ws) > MAX_GAP
        if kind == "d" and body[0] == "." and not ws and out and out[-1].kind == "w":
            # "Rs.5000", "No.5": the full stop ends the abbreviation; no ".5000" after a word
            out.append(Atom("p", ".", start, start + 1, True, breaks))
            start, body, breaks = start + 1, body[1:], False
        out.append(Atom(kind, body, start, end, not ws, breaks))
        if kind == "d" and end < m.end():
            out.append(Atom("p", text[end : end + 1], end, end + 1, True, False))
            if m.end() - end > 1:
                out.append(Atom("p", text[end + 1 : m.end()], end + 1, m.end(), True, False))
    return out


class Scanner:
    """Read figures from one text."""

    def __init__(self, text: str, local: tuple[str, frozenset[str]] | None = None) -> None:
        self.text = text
        # the currency of the text's country and the letter symbols it writes ("R", "SR")
        self.local_code, self.local_symbols = local if local is not None else ("", frozenset())
        # its symbols without a final stop ("Rs." and "Rs"), but not "$", whose country the
        # figures stage decides (a "US$" or "U.S." near it names the U.S. dollar)
        self.local_bare = frozenset(s.rstrip(".") for s in self.local_symbols if s != "$")
        # its symbols of letters and a sign, longest first ("EG£", "G$", "S/."): they win over
        # the sign alone ("G$1.4 trillion" in a Georgetown text is GYD, not "$" USD)
        self.local_marks = sorted(
            (s for s in self.local_symbols if not s.isalpha() and any(c.isalpha() for c in s)),
            key=len,
            reverse=True,
        )
        self.atoms = atoms_of(text)
        self.cur: Currencies = currencies()
        self.groups = 0
        self.last_factor = Decimal(1)
        self.floor = 0  # atoms before this belong to a figure already read
        self.origin = -1  # the atom the number being read starts at

    # -- helpers -----------------------------------------------------------------------
    def at(self, i: int) -> Atom | None:
        return self.atoms[i] if 0 <= i < len(self.atoms) else None

    def near(self, i: int) -> Atom | None:
        """The atom at i if it continues the expression (no line break before it).

        The atom a number starts at may follow a line break ("\n\nThree people came").
        """
        a = self.at(i)
        return a if a is not None and (not a.breaks or i == self.origin) else None

    def low(self, i: int) -> str:
        a = self.near(i)
        return a.low if a is not None else ""

    # -- digits ------------------------------------------------------------------------
    def digits(self, i: int) -> tuple[Decimal, int, int] | None:
        """Read a number in digits at atom i: (value, next atom, end char)."""
        a = self.near(i)
        if a is None or a.kind != "d":
            return None
        prev = self.at(i - 1)
        sign = 1
        if prev is not None and prev.text in ("-", "+", "−") and a.glued:
            before = self.at(i - 2)
            # "75 -300mm": a dash after a number is a range dash, not a sign; one that opens
            # a line is a sign ("-9 Ernie Els ..." under "-12 Tiger Woods ... 69": a golf
            # score to par, the row above ending on a number); one after a table's cell gap
            # is a sign ("South    298    -1.4": two spaces or a tab part cells, session 33)
            if (
                before is None
                or before.text == "("
                or (before.end < prev.start and (before.kind != "d" or prev.breaks))
                or CELL_GAP.search(self.text, before.end, prev.start) is not None
            ):
                sign = -1 if prev.text != "+" else 1
        j, end = i + 1, a.end
        body = a.text
        # "1 414 021 100", "85 000": thousands separated by spaces.
        m = SPACE_GROUP.match(self.text, end)
        # a number right after another on its line, a space between, is the next cell of a
        # row, not a thousands group: "Philadelphia 45 24 13 282 208 103" (a standings row,
        # tied 13, goals 282 and 208, points 103) is no 13,282,208,103
        before = self.at(i - 1)
        cell = (
            before is not None
            and before.kind == "d"
            and len(before.text) <= 3  # a year before it is no cell: "In 2019 1 200 jobs"
            and not a.breaks
            and not self.text[before.end : a.start].strip()
        )
        if m and len(body) <= 3 and body.isdigit() and not body.startswith("0") and not cell:
            groups, pos = [], end
            while m:
                groups.append(" " + m.group()[1:])
                pos = m.end()
                m = SPACE_GROUP.match(self.text, pos)
            if len(groups) >= 2 or self._lone_group_ok(pos):
                body += "".join(groups)
                end = pos
                while j < len(self.atoms) and self.atoms[j].start < end:
                    j += 1
        m = APOSTROPHE_GROUPS.match(self.text, end)
        if m and len(body) <= 3 and body.isdigit() and not body.startswith("0"):
            body += m.group().replace("'", "").replace("’", "")  # "1'000" -> "1000"
            end = m.end()
            while j < len(self.atoms) and self.atoms[j].start < end:
                j += 1
        value = digit_value(body)
        if value is None:
            return None
        vulgar = self.at(j)
        if (
            vulgar is not None
            and vulgar.text in VULGAR
            and vulgar.start == end + 1
            and body.isdigit()
            and self.text[end] == " "
        ):
            whole = digit_value(body + vulgar.text)  # "3 ½ %": a vulgar fraction after a space
            if whole is not None:
                return sign * whole, j + 1, vulgar.end
        m = SPACED_FRACTION.match(self.text, end)
        if m and body.isdigit() and 0 < int(m.group(1)) < int(m.group(2)):
            value += Decimal(m.group(1)) / Decimal(m.group(2))  # "7 1/2 miles"
            end = m.end()
            while j < len(self.atoms) and self.atoms[j].start < end:
                j += 1
            return sign * value, j, end
        for regex in (EXPONENT, SLASH_FRACTION):
            m = regex.match(self.text, end)
            if m:
                v = digit_value(body + m.group())
                if v is None and regex is SLASH_FRACTION:
                    v = _fraction_of_last_place(body, m.group())
                if v is not None:
                    value, end = v, m.end()
                    while j < len(self.atoms) and self.atoms[j].start < end:
                        j += 1
                    break
        return sign * value, j, end

    def _lone_group_ok(self, pos: int) -> bool:
        """One space-separated group ("85 000") joins unless another digit follows ("5 000 7")."""
        rest = self.text[pos : pos + 2]
        return not (rest[:1].isspace() and rest[1:2].isdigit())

    # -- numbers (digits and words) ----------------------------------------------------
    def number(self, i: int) -> tuple[Decimal, int, dict[str, bool]] | None:
        self.origin = i
        got = self._number(i)
        self.origin = -1
        if got is None:
            return None
        self.last_factor = got[3]
        return got[0], got[1], got[2]

    def _number(
        self, i: int, commas: bool = True
    ) -> tuple[Decimal, int, dict[str, bool], Decimal] | None:
        """Read a number at atom i: (value, next atom, flags)."""
        items: list[Item] = []
        ends: list[int] = []  # atom index after each item
        j = i
        flags = {"words": False, "fraction": False, "scaled": False, "ordinal": False}
        if self.low(j) in SIGN_WORDS:
            items.append(self.low(j))
            ends.append(j + 1)
            j += 1
        while len(items) < MAX_ITEMS:
            a = self.near(j)
            if a is None:
                break
            if a.kind == "d":
                after_and = (
                    len(items) >= 2
                    and items[-1] == "and"
                    and (items[-2] in scale_words() or items[-2] == "hundred")
                    and self.low(j + 1) not in word_scales()
                    and a.text.strip("0") != ""
                    and (items[-2] == "hundred" or not self._word_after(j))
                ) or (
                    len(items) >= 2
                    and items[-1] == "and"
                    and isinstance(items[-2], Decimal)
                    and items[-2] == items[-2].to_integral_value()
                    and PROPER_FRACTION.match(self.text, a.start) is not None
                )  # "4 thousand 2 hundred and 7", "2 and 3/4"; not "5 thousand and 6 thousand"
                if (
                    items
                    and not after_and
                    and items[-1] not in scale_words()
                    and items[-1]
                    not in (
                        "minus",
                        "negative",
                        "point",
                        "over",
                    )
                ):
                    break
                d = self.digits(j)
                if d is None:
                    break
                if (
                    items
                    and items[-1] in scale_words()
                    and self.low(d[1]) not in word_scales()
                    and not self._below_scale(items, d[0])
                ):
                    break
                items.append(d[0])
                j = d[1]
                ends.append(j)
                continue
            low = a.low
            if a.kind == "p" and a.text in DASHES and items and isinstance(items[-1], str):
                nxt = self.near(j + 1)
                if nxt is not None and nxt.kind == "w" and self._number_word(nxt.low, items):
                    j += 1
                    continue
                if nxt is not None and a.glued and nxt.glued and nxt.low in ("and", "a", "an"):
                    j += 1  # "one-and-a-half million"
                    continue
                break
            if (
                commas
                and a.text == ","
                and a.glued
                and items
                and items[-1] in ("thousand", "million", "billion", "trillion")
                and self._is_number_start(j + 1)
                and self.atoms[j + 1].kind == "w"
                and self._below(j + 1, scale_words()[str(items[-1])])
            ):
                j += 1  # "one thousand, two hundred and fifty": the comma of a written number
                continue
            if a.kind != "w":
                break
            if low == "oh" and "point" in items:
                items.append("zero")  # "twelve point oh five": a digit zero after the point
                j += 1
                ends.append(j)
                continue
            if low == "of" and items and self._of_a_scale(items[-1], j):
                j += 2  # "a quarter of a million" reads as "a quarter million"
                continue
            if (
                self._number_word(low, items)
                or low in ("point",)
                or (low == "and" and items)
                or (low in ("a", "an") and (not items or items[-1] in HALF or items[-1] == "and"))
                or (
                    low == "over"
                    and items
                    and not any(isinstance(x, str) and x in word_scales() for x in items)
                    and self._is_number_start(j + 1)
                    and (self.atoms[j + 1].kind == "w" or any(isinstance(x, str) for x in items))
                )
            ):
                items.append(low)
            else:
                break
            j += 1
            ends.append(j)
        # Longest prefix that reads as a number.
        for n in range(len(items), 0, -1):
            part = items[:n]
            last = part[-1]
            if part[-2:] in (["half", "a"], ["half", "an"]) and n == len(items):
                value = parse_items(part[:-1])
                if value is not None and len(part) == 2:
                    flags.update(words=True, fraction=True)
                    return value, ends[n - 1], flags, Decimal(1)
            if isinstance(last, str) and last in ("and", "a", "an", "point", "over", "minus"):
                continue
            if all(isinstance(p, str) and p in ("a", "an", "and") for p in part):
                continue
            words = any(isinstance(p, str) and p not in SIGN_WORDS for p in part)
            if isinstance(last, str) and (last in ORDINAL_WORDS or last in SCALE_ORDINALS):
                head = part[:-1]
                if not head or head not in (["a"], ["an"], ["one"]):
                    text = " ".join(str(p) for p in part)
                    o = parse_ordinal(text)
                    if o is not None:
                        flags.update(words=True, ordinal=True)
                        return Decimal(o), ends[n - 1], flags, Decimal(1)
            value = parse_items(part)
            if value is None:
                continue
            if (
                (isinstance(last, str) and last in denominators() and last not in HALF)
                or (isinstance(last, str) and last in ("halves", "quarters"))
                or "over" in part
                or compound_denominator(part) is not None
            ):
                flags["fraction"] = True
            if (
                words
                and isinstance(last, str)
                and last in HALF
                and not any(isinstance(p, str) and p in DOZEN for p in part)
            ):  # "half", "a quarter", "one and a half"; "a dozen and a half" is 18, no fraction
                flags["fraction"] = True
            flags["words"] = words and not all(
                isinstance(p, Decimal) or p in word_scales() or p in SIGN_WORDS for p in part
            )
            flags["scaled"] = any(isinstance(p, str) and p in word_scales() for p in part)
            factor = Decimal(1)
            for p in reversed(part):
                if not (isinstance(p, str) and p in word_scales()):
                    break
                factor *= word_scales()[p]
            return value, ends[n - 1], flags, factor
        return None

    def _below(self, j: int, factor: int) -> bool:
        """The number in words at atom j is below ``factor`` (it continues one before it)."""
        got = self._number(j, commas=False)  # one group: the look-ahead stays linear
        return got is not None and not got[2]["ordinal"] and 0 < got[0] < factor

    @staticmethod
    def _number_word(low: str, items: list[Item]) -> bool:
        """A word of a number; "firsts", "seconds" only after a tens word ("three twenty
        firsts", "five thirty-seconds")."""
        return is_number_word(low) or (
            low in unit_denominators() and bool(items) and items[-1] in TENS
        )

    def _of_a_scale(self, last: Item, j: int) -> bool:
        """ "of a million" after a fraction word ("half", "a quarter", "three quarters")."""
        return (
            isinstance(last, str)
            and (last in HALF or last in denominators())
            and self.low(j + 1) in ("a", "an")
            and word_scales().get(self.low(j + 2), 0) >= 1000
        )

    @staticmethod
    def _below_scale(items: list[Item], value: Decimal) -> bool:
        """ "6 thousand 312": a last digit group below the scale before it adds to the number."""
        last = items[-1]
        return (
            isinstance(last, str)
            and last in word_scales()
            and len(items) >= 2
            and not isinstance(items[-2], str)
            and value == value.to_integral_value()
            and 0 < value < 100 <= word_scales()[last]
        )

    def _is_number_start(self, j: int) -> bool:
        a = self.near(j)
        return a is not None and (a.kind == "d" or (a.kind == "w" and a.low in SMALL_OR_TENS))

    def abbreviation_scale(self, j: int, money: bool) -> tuple[int, int] | None:
        """A scale abbreviation after a number ("2.5bn", "10M", "2.33 k"): (factor, next)."""
        a = self.near(j)
        if a is None or a.kind != "w":
            return None
        t = a.text
        low = t.lower()
        if low in word_scales():
            return None  # read with the number
        table = scale_words()
        if low not in table:
            return None
        if low == "mm" and not (money and t == "MM"):
            return None  # "5mm" is millimetres; "$5MM" five million dollars
        if len(low) == 1:
            if not a.glued and low != "k" and t not in ("G", "K"):
                return None
            after = self.at(j + 1)
            if after is not None and after.kind == "d" and after.glued:
                return None  # "1,000 K2 tanks", "40 M1 tanks": a model's designation, no scale
            if low in ("m", "t", "l") and t.islower() and not money:
                nxt_unit = self.near(j + 1)
                if not (
                    low == "m"
                    and nxt_unit is not None
                    and nxt_unit.kind == "w"
                    and (
                        self.unit_after(j + 1) is not None or self.currency_after(j + 1) is not None
                    )
                ):
                    return None  # "1.8m" is metres, "100t" tonnes; "3m tonnes" is million
            if low == "g" and t != "G":
                return None
            num, nxt = self.at(j - 1), self.near(j + 1)
            if (
                low == "g"
                and not money
                and num is not None
                and len(num.text) == 1
                and nxt is not None
                and nxt.kind == "w"
                and nxt.text.islower()
            ):
                return None  # "5G networks": a generation, not giga
            if low == "b" and t == "b" and not money and (num is None or "." not in num.text):
                return None  # "16b" is a designation; "2.7b" a scale
        return table[low], j + 1

    def _dashed_scale(self, j: int) -> tuple[int, int] | None:
        """A scale word joined by a dash to an amount: "$5-million", "€1.5-billion"."""
        dash, word = self.near(j), self.near(j + 1)
        if dash is None or word is None or dash.text not in DASHES or not dash.glued:
            return None
        if not word.glued or word.kind != "w" or word.low in DOZEN:
            return None
        factor = word_scales().get(word.low)
        return (factor, j + 2) if factor is not None else None

    # -- currencies --------------------------------------------------------------------
    def currency_before(self, i: int) -> tuple[str, int, int] | None:
        """A currency named before the number that starts at atom i: (code, first atom, scale)."""
        a = self.at(i - 1)
        if a is None or self.atoms[i].breaks or i - 1 < self.floor:
            return None
        gap_ok = self.atoms[i].glued or self.atoms[i].start - a.end <= 1
        if not gap_ok:
            return None
        for sym in self.local_marks:
            k = self._symbol_start(sym, a.end, i - 1)
            if k is not None:
                return self.local_code, k, 1
        # symbols ending right before the number ("$", "US$", "HK$", "Rs.", "ரூ")
        for sym, code in self.cur.ending_with(self.text[a.end - 1]):
            s = a.end - len(sym)
            if s >= 0 and self.text.startswith(sym, s):
                k = i - 1
                while k > 0 and self.atoms[k].start > s:
                    k -= 1
                if self.atoms[k].start != s or k < self.floor:
                    continue
                if sym.isalpha() and s > 0 and self.text[s - 1].isalpha():
                    continue
                if sym == "$":
                    pre = self._dollar_prefix(k)
                    if pre:
                        return pre[0], pre[1], 1
                elif sym.rstrip(".") in self.local_bare:
                    return self.local_code, k, 1  # "Rs7.45" in a Karachi text is PKR, not INR
                return code, k, 1
        if (
            a.kind == "w"
            and a.text in self.local_symbols
            and (i < 2 or not self._word_glued(i - 1))
        ):
            return self.local_code, i - 1, 1  # "R450 million" in a South African text
        if a.kind == "w" and a.text in self.cur.codes:
            return a.text, i - 1, 1
        if a.kind == "w" and (folded := self.cur.letters(a.text)) and not self._word_glued(i - 1):
            return folded, i - 1, 1  # "KSh 200", "TSH 5,000"
        if a.kind == "w":
            w = self._word_before(i - 1)
            if w is not None:
                return w[0], w[1], 1
        return None

    def _letter_not_money(self, k: int, first: int, j: int) -> bool:
        """A one-letter symbol or two capitals of a home currency at atom k before a number from atom ``first`` to
        ``j`` with no scale that read as letters and a number: one digit glued ("Q3", a
        quarter; "ID4"), a number below 100 after a space ("K 12", "N 12", "L 2", "ID 4"), or a
        score or range glued after it ("L 2-1"). "Q 148 billion", "K 450", "R5.20", "N4,500"
        and "Dh 3" stay money."""
        sym = self.atoms[k]
        # two capitals only where no currency is written so everywhere ("RM 42" stays MYR)
        letters = len(sym.text) == 1 or (
            len(sym.text) == 2 and sym.text.isupper() and sym.text not in self.cur.symbol_set
        )
        if sym.kind != "w" or not letters or k + 1 != first:
            return False
        digits = self.text[self.atoms[first].start : self.atoms[j - 1].end]
        if not digits.isdigit():
            return False  # "R5.20", "N4,500"
        nxt, after = self.at(j), self.at(j + 1)
        if nxt is not None and nxt.glued and nxt.text in DASHES and after and after.kind == "d":
            return True  # "L 2-1"
        if self.atoms[first].glued:
            return len(digits) == 1
        return len(digits) <= 2

    def _symbol_start(self, sym: str, end: int, last: int) -> int | None:
        """The atom ``sym`` starts at, if it ends at ``end`` (the end of atom ``last``), starts
        at an atom of its own and no letter is glued before it ("G$", not "MG$")."""
        s = end - len(sym)
        if s < 0 or not self.text.startswith(sym, s):
            return None
        k = last
        while k > 0 and self.atoms[k].start > s:
            k -= 1
        if self.atoms[k].start != s or k < self.floor or (s > 0 and self.text[s - 1].isalpha()):
            return None
        return k

    def _word_glued(self, k: int) -> bool:
        """Atom k is glued to a letter or digit before it ("FR" in "AFR")."""
        prev = self.at(k - 1)
        return prev is not None and self.atoms[k].glued and prev.kind in ("w", "d")

    def _dollar_prefix(self, k: int) -> tuple[str, int] | None:
        """Letters before "$" ("HK$", "nzd$", "c $"): (code, first atom)."""
        b = self.near(k)
        p = self.at(k - 1)
        if b is None or p is None or b.breaks or b.start - p.end > 1 or p.kind != "w":
            return None
        if k - 1 < self.floor:
            return None
        low = p.low
        if len(low) == 1 and not b.glued and low not in ("c",):
            return None  # "a $1 billion" is no A$
        if low in self.cur.dollar_prefixes:
            return self.cur.dollar_prefixes[low], k - 1
        if p.text.upper() in self.cur.codes and len(low) == 3:
            return p.text.upper(), k - 1
        q = self.at(k - 2)
        if q is not None and q.text == "." and low == "s":  # "U.S.$"
            return "USD", k - 1
        return None

    def _name_phrase(self, first: int, last: int) -> str | None:
        """The lower-case text of atoms first..last if they can spell a currency's name:
        words, with "-", "&", "." or "'" between ("Bosnia-Herzegovina convertible marks",
        "Trinidad & Tobago dollars"), on one line with single spaces."""
        if first < 0 or last >= len(self.atoms):
            return None
        atoms = self.atoms[first : last + 1]
        if atoms[0].kind != "w" or atoms[-1].kind != "w":
            return None
        for prev, x in pairwise(atoms):
            if x.breaks or x.start - prev.end > 1:
                return None
            if x.kind == "d" or (x.kind == "p" and x.text not in NAME_JOINERS):
                return None
        if len(atoms) == 1:
            return atoms[0].low
        return SPACES.sub(" ", self.text[atoms[0].start : atoms[-1].end].lower())

    def _word_before(self, k: int) -> tuple[str, int] | None:
        if self.atoms[k].low not in self.cur.name_words:
            return None  # no currency's name ends in this word: one set look-up per number
        for n in (5, 4, 3, 2, 1):
            first = k - n + 1
            if first < self.floor:
                continue
            phrase = self._name_phrase(first, k)
            if phrase is None:
                continue
            code = self.cur.named(phrase)
            if code and phrase not in ("le", "real", "won", "rand", "dong", "kip"):
                return code, first
        return None

    def currency_after(self, j: int) -> tuple[str, int, Decimal] | None:
        """A currency named after a number: (code, next atom, factor); "120 MEUR" -> 1e6."""
        a = self.near(j)
        if a is None:
            return None
        if a.kind == "w":
            t = a.text
            if t in self.cur.codes:
                return t, j + 1, Decimal(1)
            if (
                len(t) == 2
                and t[0].isupper()
                and t[1].islower()
                and t.upper() in self.local_symbols
            ):
                return self.local_code, j + 1, Decimal(1)  # "1.50 Dm" in a 1996 Frankfurt wire
            if a.low in self.local_symbols and len(t) >= 3 and t[1:].islower():
                # "3.50 crowns" in a Swedish text; "7.86 euro cents" in a German one
                return self._named_subunit(self.local_code, j + 1)
            if len(t) == 4 and t[0] == "M" and t[1:] in self.cur.codes:
                return t[1:], j + 1, Decimal(10**6)
            folded = self.cur.letters(t)
            if folded is not None and not (self.at(j + 1) and self.atoms[j + 1].glued):
                return folded, j + 1, Decimal(1)  # "200 KSh"
            for n in (5, 4, 3, 2, 1) if a.low in self.cur.name_words else ():
                phrase = self._name_phrase(j, j + n - 1)
                if phrase is None:
                    continue
                code = self.cur.named(phrase)
                if code:
                    return self._named_subunit(code, j + n)
                if n > 1 and phrase in self.local_symbols:
                    return self.local_code, j + n, Decimal(1)  # "CFA francs" in Abidjan: XOF
                adjective, _, head = phrase.rpartition(" ")
                owner = self.cur.adjectives.get(adjective, frozenset())
                if len(owner) == 1 and len(head) > 1 and head in self.cur.subunits:
                    return next(iter(owner)), j + n, Decimal("0.01")  # "40 Australian cents"
                if n <= 3 and (
                    phrase in self.cur.subunits
                    and not self._abbreviation(j + n - 1)
                    and not (n == 1 and a.text.isupper() and len(a.text) == 1)  # "45.6C": Celsius
                ):
                    return self.cur.subunits[phrase], j + n, Decimal("0.01")
        if a.kind != "w" and a.text in self.cur.subunits:
            return self.cur.subunits[a.text], j + 1, Decimal("0.01")  # "99¢": the cent sign
        for sym, code in self.cur.starting_with(self.text[a.start]):
            if self.text.startswith(sym, a.start):
                end = a.start + len(sym)
                k = j
                while k < len(self.atoms) and self.atoms[k].end < end:
                    k += 1
                if k < len(self.atoms) and self.atoms[k].end == end:
                    nxt = self.at(k + 1)
                    if sym.isalpha() and nxt is not None and nxt.glued and nxt.kind == "w":
                        continue
                    if nxt is not None and nxt.glued and nxt.kind == "d":
                        continue  # "In 2020 $5 million": the symbol opens the next amount
                    return code, k + 1, Decimal(1)
        return None

    def _named_subunit(self, code: str, j: int) -> tuple[str, int, Decimal]:
        """After a currency's name ending before atom j: "7.86 euro cents", "40 Australian
        cents" are a hundredth of the named currency, whichever currency the subunit word names
        alone; otherwise the currency itself (code, next atom, factor)."""
        sub = self.near(j)
        if sub is not None and len(sub.text) > 1 and sub.low in self.cur.subunits:
            return code, j + 1, Decimal("0.01")
        return code, j, Decimal(1)

    def _abbreviation(self, j: int) -> bool:
        """A one-letter word at atom j that opens a dotted abbreviation ("6 p.m.", "p.a.")."""
        a, dot, b = self.at(j), self.at(j + 1), self.at(j + 2)
        if a is None or len(a.text) != 1 or dot is None or b is None:
            return False
        return dot.text == "." and dot.glued and b.glued and b.kind == "w"

    def _measure_not_money(self, found: Found, k: int, j: int) -> Found | None:
        """ "7 pounds 6 ounces": a currency word that is also a unit (atoms k to j), followed
        by a smaller unit of its dimension, is a measure in two units."""
        unit = self.unit_after(k)
        if unit is None or unit[1] != j:
            return None
        second = self.second_unit(j, unit[0])
        if second is None:
            return None
        return replace(
            found,
            kind="quantity",
            unit=unit[0],
            value=found.value + second[0],
            end=self.atoms[second[1] - 1].end,
            last_atom=second[1] - 1,
        )

    def subunit_after(self, j: int, code: str, named: bool = False) -> tuple[Decimal, int] | None:
        """ "and forty-five cents", "43c", "50" after a currency: (value in units, next atom).

        named (bool): the subunit must be named ("$20 and 43 cents", not "$20 and 43").
        """
        k = j
        if self.low(k) == "and":
            k += 1
        a = self.near(k)
        if a is None or (a.kind == "w" and not is_number_word(a.low)):
            return None
        n = self.number(k)
        if n is None or n[2]["fraction"] or n[2]["ordinal"]:
            return None
        value, nxt, _ = n
        if not (0 < value < 100) or value != value.to_integral_value():
            return None
        b = self.near(nxt)
        if b is not None and b.kind == "w":
            if b.low in self.cur.subunits:
                return value / 100, nxt + 1
            # "15 USD 50 at the door": a bare number right after the code is its hundredths,
            # unless a unit, scale, currency or percent makes it an amount of its own
            if named or k != j or b.glued or self._known_suffix(nxt):
                return None
        return (value / 100, nxt) if not named else None

    # -- the grammar -------------------------------------------------------------------
    def read(self, i: int) -> Found | None:
        """Read one figure that starts with the number at atom i (currency may precede)."""
        a = self.atoms[i]
        num = self.number(i)
        if num is None and a.kind == "w" and a.low in ("a", "an"):
            return self._a_unit(i)
        if num is None:
            return None
        value, j, flags = num
        first = i
        start = a.start
        if a.kind == "d":
            prev = self.at(i - 1)
            if (prev is not None and prev.text in ("-", "+", "−") and value < 0) or (
                prev is not None
                and prev.text == "+"
                and prev.end == a.start
                and value > 0
                and (
                    self.at(i - 2) is None
                    or self.at(i - 2).end < prev.start  # type: ignore[union-attr]
                    or self.at(i - 2).text == "("  # type: ignore[union-attr]
                )  # "Otago (+2.1%)": a sign after an opening bracket (session 24)
            ):
                start = prev.start  # type: ignore[union-attr]
                first = i - 1
        found = Found(start, self.atoms[j - 1].end, "number", value, first_atom=first)
        found.words, found.fraction, found.scaled = (
            flags["words"],
            flags["fraction"],
            flags["scaled"],
        )
        found.factor = self.last_factor
        if flags["ordinal"]:
            found.kind = "ordinal"
            found.last_atom = j - 1
            return found
        # glued digit ordinal: "21st"; spaced where the suffix agrees ("the 21 st century")
        b = self.near(j)
        if (
            a.kind == "d"
            and b is not None
            and b.low in ORD_SUFFIX
            and j == i + 1
            and (b.glued or (b.start == a.end + 1 and b.low == _ordinal_suffix(a.text)))
        ):
            nxt = self.at(j + 1)
            if nxt is None or not (nxt.glued and nxt.kind == "w"):
                found.kind, found.end, found.last_atom = "ordinal", b.end, j
                return found
        if (
            a.kind == "d"
            and b is not None
            and b.glued
            and b.kind == "w"
            and not self._known_suffix(j)
        ):
            return None  # letters glued to digits must be a unit, scale or currency ("75ml")
        pre = self.currency_before(first)
        code = None
        if pre is not None:
            code, k, _ = pre
            found.start = self.atoms[k].start
            found.first_atom = k
        sc = self.abbreviation_scale(j, money=code is not None)
        if sc is None and pre is not None:
            sc = self._dashed_scale(j)  # "a $5-million contract"
        if sc is not None and not flags["words"]:
            found.value *= sc[0]
            found.factor *= sc[0]
            found.scaled = True
            j = sc[1]
        if pre is not None and not found.scaled and self._letter_not_money(pre[1], first, j):
            if self.atoms[first].glued:
                return None  # "Q3", "K9": a designation, as the letters of no currency are
            pre, code = None, None  # "K 12" grades, "L 2-1": a letter, not the currency
            found.start, found.first_atom = start, first
        found.end = self.atoms[j - 1].end
        after_number = j
        if code is None:
            post = self.currency_after(j)
            if post is not None:
                code, j, factor = post
                found.value *= factor
                if factor > 1:
                    found.factor *= factor
                    found.scaled = True
                if factor == Decimal("0.01"):
                    found.notes.add("subunit")
                found.end = self.atoms[j - 1].end
                # "75 USD million"
                if not found.scaled:
                    sc2 = self.near(j)
                    if sc2 is not None and sc2.low in word_scales() and sc2.low not in DOZEN:
                        found.value *= word_scales()[sc2.low]
                        found.factor *= word_scales()[sc2.low]
                        found.scaled = True
                        j += 1
                        found.end = self.atoms[j - 1].end
                # a scale inside a number in words is part of the whole number, which takes
                # its subunits: "three hundred euros and twenty cents"
                whole = not found.scaled or (flags["words"] and factor == 1)
                if factor == 1 and whole and self.atoms[j - 1].kind == "w":
                    sub = self.subunit_after(j, code)
                    if sub is not None:
                        found.value += sub[0]
                        j = sub[1]
                        found.end = self.atoms[j - 1].end
        if code is not None and pre is not None and not found.scaled:
            sub = self.subunit_after(j, code, named=True)
            if sub is not None:  # "$20 and 43 cents": one amount
                found.value += sub[0]
                j = sub[1]
                found.end = self.atoms[j - 1].end
        if code is not None and pre is None and not found.scaled:
            measure = self._measure_not_money(found, after_number, j)
            if measure is not None:
                return measure
        if code is not None:
            found.kind, found.unit = "money", code
            found.last_atom = j - 1
            if pre is not None and found.value > 0:
                self._sign_before_symbol(found)  # "-$450", "-£3 million"
            return found
        bp = self.basis_points_after(j)
        if bp is not None:  # "25 basis points" -> 0.25 pp
            found.kind, found.unit, found.value = "percent", "pp", found.value / 100
            found.end = self.atoms[bp - 1].end
            found.last_atom = bp - 1
            return found
        pct = self.percent_after(j)
        if pct is not None:
            found.kind, found.unit = "percent", pct[0]
            j = pct[1]
            found.end = self.atoms[j - 1].end
            found.last_atom = j - 1
            return found
        unit = self.unit_after(j)
        if unit is not None:
            symbol, unit_start, j = unit[0], j, unit[1]
            found.kind, found.unit = "quantity", symbol
            found.end = self.atoms[j - 1].end
            scale = unit_scale(self.text[self.atoms[unit_start].start : found.end])
            if scale != 1 and not found.scaled:  # "42 bcm": 42 billion cubic metres
                found.value *= scale
                found.factor *= scale
                found.scaled = True
            second = self.second_unit(j, symbol) or self._dashed_inches(j, symbol)
            if second is not None:  # "5 feet 2 inches", "1 m 85 cm": summed in the first unit
                found.value += second[0]
                j = second[1]
                found.end = self.atoms[j - 1].end
        found.last_atom = j - 1
        return found

    def _dashed_inches(self, j: int, first: str) -> tuple[Decimal, int] | None:
        """A height written "5-foot-11" or "6 - foot - 2": the inches after a dash, no unit
        named, below 12 (in the first unit, feet; next atom)."""
        dash, num = self.near(j), self.near(j + 1)
        if first != "ft" or dash is None or num is None or dash.text not in DASHES:
            return None
        unit = self.atoms[j - 1]
        if unit.low != "foot" or num.kind != "d" or not num.text.isdigit() or int(num.text) >= 12:
            return None
        if not (dash.glued and num.glued) and not (unit.glued is False and not dash.glued):
            return None  # glued as "5-foot-11", or spaced throughout as tokenised text writes it
        nxt = self.at(j + 2)
        if nxt is not None and nxt.glued and (nxt.kind in ("w", "d") or nxt.text in DASHES):
            return None  # "a 5-foot-11-inch", "6-foot-2-3": no height of this form
        return Decimal(num.text) / 12, j + 2

    def _sign_before_symbol(self, found: Found) -> None:
        """A sign glued to a currency symbol, or a sign word before it, is the amount's: "-$450",
        "minus $3 billion". Not a dash after a number or a word ("$3-$5", "pre-$5")."""
        k = found.first_atom
        sign, before = self.at(k - 1), self.at(k - 2)
        if (
            sign is not None
            and sign.low in SIGN_WORDS
            and not self.atoms[k].breaks
            and (before is None or before.kind != "d")  # "$10 minus $2": a difference
        ):
            found.value = -found.value  # "minus $3 billion", "negative $200"
            found.start, found.first_atom = sign.start, k - 1
            return
        if sign is None or sign.text not in ("-", "−", "+") or sign.end != self.atoms[k].start:
            return
        if before is not None and before.text != "(" and before.end >= sign.start:
            return
        if before is not None and before.kind == "d":
            return
        if sign.text != "+":
            found.value = -found.value
        found.start, found.first_atom = sign.start, k - 1

    def second_unit(self, j: int, first: str) -> tuple[Decimal, int] | None:
        """A smaller unit of the same dimension after a measure ("2 inches" after "5 feet"):
        (its value in the first unit, next atom). "in" counts here ("5 ft 2 in")."""
        k = j + 1 if self.low(j) in ("and", ",") else j
        a = self.near(k)
        if a is None or a.kind != "d":
            return None
        saved = self.last_factor
        n = self.number(k)
        self.last_factor = saved
        if n is None or n[2]["ordinal"] or n[0] < 0:
            return None
        u = self.near(n[1])
        symbol = "in" if u is not None and u.low == "in" else None
        nxt = n[1] + 1
        if symbol is None:
            got = self.unit_after(n[1])
            if got is None:
                return None
            symbol, nxt = got
        value = in_first_unit(first, symbol, n[0])
        return (value, nxt) if value is not None else None

    def _known_suffix(self, j: int) -> bool:
        return (
            self.abbreviation_scale(j, money=True) is not None
            or self.currency_after(j) is not None
            or self.percent_after(j) is not None
            or self.basis_points_after(j) is not None
            or self.unit_after(j) is not None
            or self.low(j) in word_scales()
        )

    def _a_unit(self, i: int) -> Found | None:
        """ "a dollar", "an ml", "a Pound" (weight): one of the unit."""
        a = self.atoms[i]
        nxt = self.near(i + 1)
        if nxt is None or nxt.kind != "w":
            return None
        if nxt.low in ("pound",):
            return Found(
                a.start, nxt.end, "quantity", Decimal(1), "lb", first_atom=i, last_atom=i + 1
            )
        code = self.cur.words.get(nxt.low)
        if code and not nxt.low.endswith("s") and nxt.low not in CURRENCY_IDIOMS:
            # "a dollar", "a franc"; "a dollar fifty" with its hundredths
            found = Found(
                a.start, nxt.end, "money", Decimal(1), code, first_atom=i, last_atom=i + 1
            )
            sub = self.subunit_after(i + 2, code)
            if sub is not None:
                found.value += sub[0]
                found.last_atom = sub[1] - 1
                found.end = self.atoms[sub[1] - 1].end
            return found
        sub_code = self.cur.subunits.get(nxt.low)
        if sub_code and len(nxt.low) > 2 and not nxt.low.endswith("s"):  # "a cent", "a penny"
            return Found(
                a.start, nxt.end, "money", Decimal("0.01"), sub_code, first_atom=i, last_atom=i + 1,
                notes={"subunit"},
            )  # fmt: skip
        unit = self.unit_after(i + 1)
        # not words that "a" makes an idiom or a rate: "a foot", "a bit", "a kilo of lamb"
        if unit is not None and len(nxt.low) >= 2 and nxt.low not in A_UNIT_IDIOMS:
            symbol, j = unit
            end = self.atoms[j - 1].end
            return Found(
                a.start, end, "quantity", Decimal(1), symbol, first_atom=i, last_atom=j - 1
            )
        return None

    def percent_after(self, j: int) -> tuple[str, int] | None:
        """ "%", "percent", "per cent", "-percent", "percentage point(s)": (unit, next atom)."""
        k = j
        a = self.near(k)
        if a is not None and a.text in DASHES and a.glued:
            k += 1
            a = self.near(k)
        if a is None:
            return None
        if a.text == "%" or a.text == "％":
            return "%", k + 1
        low = a.low
        if low in ("percentage",):
            b = self.near(k + 1)
            if b is not None and b.text in DASHES:
                b = self.near(k + 2)
                k += 1
            if b is not None and b.low in ("point", "points"):
                return "pp", k + 2
            return None
        if low in PERCENT_WORDS:
            return self._points(k + 1)
        if low == "per" and self.low(k + 1) == "cent":
            return self._points(k + 2)
        if low == "per" and self.low(k + 1) == "-" and self.low(k + 2) == "cent":
            return "%", k + 3  # "55 per-cent"
        if low == "pc" and a.glued and not self._glued_after(k):
            return "%", k + 1  # "rose 3pc" (British press); "12 pc" apart is pieces
        if low == "pp" or low == "ppt" or low == "ppts":
            return "pp", k + 1
        return None

    def _points(self, k: int) -> tuple[str, int]:
        """A percent word ends at atom k: "point(s)" after it makes percentage points, as wire
        copy writes them ("0.25 pct point", "2 per cent points")."""
        if self.low(k) in ("point", "points"):
            return "pp", k + 1
        return "%", k

    def _glued_after(self, k: int) -> bool:
        nxt = self.at(k + 1)
        return nxt is not None and nxt.glued and nxt.kind in ("w", "d")

    def basis_points_after(self, j: int) -> int | None:
        """ "basis points", "-basis-point", "bps", "bp" after a number: the next atom."""
        k = j
        a = self.near(k)
        if a is not None and a.text in DASHES and a.glued:
            k += 1
            a = self.near(k)
        if a is None or a.kind != "w":
            return None
        nxt = self.at(k + 1)
        if a.low in BASIS_POINT_ABBREVIATIONS:
            return None if nxt is not None and nxt.glued and nxt.kind in ("w", "d") else k + 1
        if a.low != "basis":
            return None
        b = self.near(k + 1)
        if b is not None and b.text in DASHES and b.glued:
            k += 1
            b = self.near(k + 1)
        return k + 2 if b is not None and b.low in ("point", "points") else None

    def unit_after(self, j: int) -> tuple[str, int] | None:
        """A unit of measure after a number (longest phrase first): (symbol, next atom)."""
        a = self.near(j)
        if a is None:
            return None
        if a.text in BRACKETS:  # "20 (kg)"
            u = self.unit_after(j + 1)
            close = self.near(u[1]) if u is not None else None
            if u is not None and close is not None and close.text == BRACKETS[a.text]:
                after = self.near(u[1] + 1)
                if after is not None and after.text == ":" and after.start == close.end:
                    return None  # "Catch quota for 2027 (tonnes): cod 24,000": a label's unit
                return u[0], u[1] + 1
            return None
        prime = self._ascii_prime(j)
        if prime is not None:
            return prime, j + 1
        spaced = a.text == "-" and self.text[a.start - 1 : a.start] == " "
        if a.text in DASHES and (a.glued or spaced):  # "a six-mile trip", "16-bit"
            b = self.near(j + 1)
            if b is not None and (b.glued or (spaced and b.start == a.end + 1)) and b.kind == "w":
                two = self._dashed_unit(j + 1, spaced)  # "a 25,000-square-foot facility"
                if two is not None:
                    return two
                u = self.unit_after(j + 1)
                if u is not None and u[1] == j + 2:
                    return u
            return None
        for n in (4, 3, 2, 1):
            last = j + n - 1
            if last >= len(self.atoms):
                continue
            if any(
                self.atoms[x].breaks or self.atoms[x].start - self.atoms[x - 1].end > 1
                for x in range(j + 1, last + 1)
            ):
                continue
            if n > 1 and self.atoms[last].kind == "p":
                continue
            phrase = self.text[a.start : self.atoms[last].end]
            symbol = match_unit(phrase)
            if symbol is None:
                continue
            nxt = self.at(last + 1)
            if nxt is not None and nxt.glued and nxt.kind in ("w", "d"):
                continue
            if phrase[:1].isupper() and self._designation_dash(last + 1):
                continue  # "two Mi-17 helicopters": a model name, not miles ("6-foot-2" is)
            if phrase.lower() in ("in", "pm"):  # the preposition, the time of day
                continue
            return symbol, last + 1
        return None

    def _word_after(self, j: int) -> bool:
        """A word follows the digits at atom j: "$5 million and 40 staff" (two figures, not
        5000040; "4 thousand 2 hundred and 7" and "5 million and 40" at an end still join)."""
        b = self.near(j + 1)
        return b is not None and b.kind == "w" and not b.glued

    def _designation_dash(self, j: int) -> bool:
        """Atom j is a dash glued between a word and digits ("Mi-17", "Tu-154", "6-foot-2")."""
        dash, digits = self.at(j), self.at(j + 1)
        return (
            dash is not None
            and dash.glued
            and dash.text in DASHES
            and digits is not None
            and digits.glued
            and digits.kind == "d"
        )

    def _ascii_prime(self, j: int) -> str | None:
        """Feet and inches in ASCII primes glued to a number: '6\'2"', '5\' 10"', 'a 12" pizza'.
        A '"' is inches where it opens no quotation (an even number of '"' before it on its
        line); a "'" is feet only where inches follow."""
        a, num = self.at(j), self.at(j - 1)
        if a is None or num is None or num.kind != "d" or not a.glued:
            return None
        if a.text == '"':
            line = self.text.rfind("\n", max(0, a.start - 400), a.start) + 1
            if self.text.count('"', max(line, a.start - 400), a.start) % 2:
                return None  # 'she wrote "20"': a closing quotation mark
            nxt = self.at(j + 1)
            return "in" if nxt is None or not (nxt.glued and nxt.kind in ("w", "d")) else None
        if a.text in ("'", "’", "′"):  # ASCII, typographic, or the prime sign for feet
            inches, mark = self.at(j + 1), self.at(j + 2)
            if (
                inches is not None
                and inches.kind == "d"
                and inches.start - a.end <= 1
                and mark is not None
                and mark.glued
                and mark.text in ('"', "″", "”")
            ):
                return "ft"
        return None

    def _dashed_unit(self, j: int, spaced: bool = False) -> tuple[str, int] | None:
        """A two-word unit joined by a dash ("square-foot", "cubic-metre") at atom j; with
        spaced dashes in tokenised text ("50,000 - square - foot")."""
        dash, second, nxt = self.at(j + 1), self.at(j + 2), self.at(j + 3)
        if dash is None or second is None or dash.text not in DASHES or second.kind != "w":
            return None
        joined = dash.glued and second.glued
        apart = spaced and dash.start == self.atoms[j].end + 1 and second.start == dash.end + 1
        if not (joined or apart):
            return None
        if nxt is not None and nxt.glued and nxt.kind in ("w", "d"):
            return None
        symbol = match_unit(f"{self.atoms[j].text} {second.text}")
        return (symbol, j + 3) if symbol is not None else None

    # -- ranges ------------------------------------------------------------------------
    def range_partner(self, first: Found, j: int) -> Found | None:
        """The second end of a range after ``first`` ("to €4 billion", "-3%", "and 3%")."""
        a = self.near(j)
        if a is None:
            return None
        spaced_dash = False
        if a.text in DASHES:
            if not (a.glued and self.near(j + 1) is not None and self.atoms[j + 1].glued) and (
                a.text == "-"
            ):
                # "5 - 10 %" in tokenised text: a spaced hyphen joins a bare number to one
                # with a unit (checked below); anything else is no range
                spaced_dash = first.unit is None and not first.words
                if not spaced_dash:
                    return None
        elif a.low == "and":
            before = self.at(first.first_atom - 1)
            # a bounded look back: the whole text per "and" was quadratic on long texts
            hedge_word = self.text[max(0, first.start - 64) : first.start].rstrip().lower()
            if not hedge_word.endswith("between") and (before is None or before.low != "between"):
                return None
        elif a.low not in ("to", "through"):
            return None
        if first.fraction and first.words:
            return None  # "dropped by a fifth to 2.1 million tonnes": a share, then a level
        by = a.low == "to" and self.low(first.first_atom - 1) == "by"
        k = j + 1
        b = self.near(k)
        if b is None:
            return None
        second = self.read_with_currency(k)
        if second is None or second.kind == "ordinal" or first.kind == "ordinal":
            return None
        if by and not _bare_end_of_scaled(first, second):
            return None  # "rose by 14,000 to 231,000": a change, then the level it reached
        if first.unit is not None and second.unit is not None and first.unit != second.unit:
            return None  # "fell 0.4 percentage points to 6.7%": a change and a level
        if spaced_dash and (second.unit is None or second.words or second.value <= first.value):
            return None
        if a.text == "-":
            nxt = self.near(second.last_atom + 1)
            if nxt is not None and nxt.text in DASHES and nxt.glued:
                return None  # "202-555-0100"
        return second

    def read_with_currency(self, k: int) -> Found | None:
        """Read at atom k, allowing a currency symbol first ("€4 billion")."""
        b = self.atoms[k]
        if b.kind in ("d", "w"):
            f = self.read(k)
            if f is not None:
                return f
        for n in (1, 2, 3):
            if k + n < len(self.atoms) and self.atoms[k + n].kind in ("d", "w"):
                f = self.read(k + n)
                if f is not None and f.first_atom == k:
                    return f
        return None


def _ordinal_suffix(digits: str) -> str:
    """The English suffix of a number written in digits: "21" -> "st", "12" -> "th"."""
    if not digits.isdigit():
        return ""
    n = int(digits)
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


SMALL_OR_TENS = set(ORDINAL_WORDS) | set(SMALL) | set(TENS) | {"a", "an", "hundred"}


def _quote_pair(sc: Scanner, i: int, j: int) -> bool:
    """Atoms i and j around a glued "/" are a bid/ask quote ("383.90/384.40", "5,215/5,225"):
    two numbers written alike with a decimal point or digit groups, which no date or time has."""
    a, b = sc.at(i), sc.at(j)
    if a is None or b is None or a.kind != "d" or b.kind != "d" or not b.glued:
        return False
    marks = [c for c in ".," if c in a.text]
    return bool(marks) and marks == [c for c in ".," if c in b.text]


def _starts_figure(sc: Scanner, i: int) -> bool:
    a = sc.atoms[i]
    if a.kind == "d":
        prev = sc.at(i - 1)
        if a.breaks or prev is None:
            nxt, after = sc.at(i + 1), sc.at(i + 2)
            if (
                len(a.text) <= 2
                and nxt is not None
                and nxt.glued
                and nxt.text in (".", ")")
                and after is not None
                and not after.breaks
                and after.kind == "w"
            ):
                return False  # a list marker at a line start: "1. Aid", "2) Loans"
        # digits glued to letters or to "-" after letters are designations ("M777", "COVID-19")
        if prev is not None and a.glued:
            if (
                prev.kind == "w"
                and prev.text not in sc.cur.codes
                and prev.text not in (sc.cur.symbol_set)
                and prev.text not in sc.local_symbols
                and sc.cur.letters(prev.text) is None  # "Rmb3.2bn", "KSh3.2bn"
            ):
                return False
            if (prev.kind == "d" or prev.text in (":", "/", ".")) and not (
                (prev.text == "/" and _quote_pair(sc, i - 2, i))  # "383.90/384.40"
                or (prev.text == "." and _symbol_with_stop(sc, i - 1))  # "Rs.5000"
            ):
                return False
            if prev.text in DASHES and prev.glued:
                before = sc.at(i - 2)
                if (
                    before is not None
                    and before.kind in ("w", "d")
                    and before.low not in MAGNITUDE_WORDS  # "a magnitude-6.1 quake"
                ):
                    return False
        nxt, after = sc.at(i + 1), sc.at(i + 2)
        if (
            nxt is not None
            and nxt.glued
            and nxt.text in (":", "/")
            and after is not None
            and after.glued
            and after.kind == "d"
        ):
            simple = (
                nxt.text == "/"
                and a.text.isdigit()
                and after.text.isdigit()
                and int(a.text) < int(after.text)
                and (int(after.text) <= 99 or after.text in ("100", "1000"))  # "20/100"
            )
            if not simple and not (nxt.text == "/" and _quote_pair(sc, i, i + 2)):
                return False  # a time of day or a date: "3:32", "12/05"
        return True
    if a.kind == "w":
        low = a.low
        return (
            (
                is_number_word(low)
                and low not in word_scales()
                and (low not in denominators() or low in ORDINAL_WORDS or low in SCALE_ORDINALS)
            )
            or low in SIGN_WORDS
            or low in ("a", "an")
            or low in HALF
            or low in DOZEN
        )
    return False


def _symbol_with_stop(sc: Scanner, k: int) -> bool:
    """The full stop at atom k ends a currency symbol glued to the number ("Rs.5000")."""
    word = sc.at(k - 1)
    return word is not None and word.kind == "w" and word.text + "." in sc.cur.symbol_set


def _phone_end(sc: Scanner, i: int) -> int:
    """The atom after a phone number starting at i ("+32 2 295 86 58", "020 7946 0000"), or 0.

    An international one starts with "+"; a national one with a trunk "0" before further
    groups of digits (no amount is written with a leading zero and a second group).
    """
    a, prev = sc.atoms[i], sc.at(i - 1)
    trunk = a.kind == "d" and a.text.isdigit() and len(a.text) >= 2 and a.text[0] == "0"
    if not trunk and (
        a.kind != "d" or prev is None or prev.text != "+" or not a.glued or len(a.text) > 3
    ):
        return 0
    k = i + 1
    while k < len(sc.atoms) and k - i < 8:
        b = sc.atoms[k]
        if b.kind != "d" or b.breaks or b.start - sc.atoms[k - 1].end != 1:
            break
        k += 1
    return k if k - i >= 3 else 0


def scan(text: str, local: tuple[str, frozenset[str]] | None = None) -> list[Found]:
    """Return the figures in ``text``, in order, ranges sharing a group number.

    local: the currency of the text's country and its symbols ("ZAR", {"R"}): a letter symbol
    of it before a number is that currency ("R1.2 billion" in a Johannesburg release).
    """
    sc = Scanner(text, local)
    out: list[Found] = []
    i = 0
    n = len(sc.atoms)
    while i < n:
        if not _starts_figure(sc, i):
            i += 1
            continue
        phone = _phone_end(sc, i)
        if phone:
            i = sc.floor = phone  # "+32 2 295 86 58": a telephone number
            continue
        f = sc.read(i)
        if f is None or (sc.atoms[i].low in ("a", "an") and out and out[-1].last_atom == i - 1):
            i += 1  # "15 pence a litre": a rate after a figure is no figure
            continue
        nxt = f.last_atom + 1
        partner = sc.range_partner(f, nxt)
        dash, after = sc.at(nxt), sc.at(nxt + 1)
        if (
            partner is None
            and dash is not None
            and dash.text in DASHES
            and dash.glued
            and after is not None
            and after.glued
            and after.kind == "d"
        ):
            # "202-555-0100": a code or phone number, not figures
            k = nxt
            while k < n and (sc.atoms[k].glued or k == nxt) and sc.atoms[k].kind != "w":
                k += 1
            i = sc.floor = k
            continue
        _hedge(sc, f)
        if partner is not None and _tally(sc, f, partner):
            f.notes.add("tally")
            partner.notes.add("tally")
            out.extend([f, partner])  # "voted 5-4", "won 3-1": two numbers, no range
            i = sc.floor = max(partner.last_atom + 1, i + 1)
            continue
        if partner is not None:
            sc.groups += 1
            first = _fill_range(f, partner)
            after_partner = sc.near(partner.last_atom + 1)
            if partner.scaled or after_partner is None or after_partner.kind != "w":
                partner = _carry_currency(first, partner)  # not "$9 and 99 people"
            first.group = partner.group = sc.groups
            out.extend([first, partner])
            nxt = partner.last_atom + 1
        else:
            f = _dimension_unit(sc, _parenthetical(sc, f))
            out.append(f)
            nxt = f.last_atom + 1
        i = max(nxt, i + 1)
        sc.floor = i
    return compose(text, out)


def _tally(sc: Scanner, first: Found, second: Found) -> bool:
    """A vote tally or a score ("5-4", "3-1", "2-2", a chess score in halves "7.5-6.5"): whole
    or half numbers joined by a dash, the first not below the second (a range runs upwards:
    "5-10 people")."""
    dash = sc.at(first.last_atom + 1)
    return (
        dash is not None
        and dash.text in DASHES
        and first.kind == second.kind == "number"
        and not first.words
        and not second.words
        and first.unit is None
        and second.unit is None
        and _whole_or_half(first.value)
        and _whole_or_half(second.value)
        and first.value >= second.value >= 0
    )


def _whole_or_half(value: Decimal) -> bool:
    """A whole number or a half ("7.5": a chess score counts draws as halves)."""
    return value * 2 == (value * 2).to_integral_value()


def _hedge(sc: Scanner, f: Found) -> None:
    h = hedge_before(sc.text, f.start)
    if h is not None:
        f.hedge_start, f.comparator, f.approximate = h


def _fraction_of_last_place(body: str, tail: str) -> Decimal | None:
    """Grain and bond quotes in wire copy: a fraction after decimals is a fraction of the last
    place ("$5.31-1/2" a bushel is 531.5 cents, 5.315), as "7-1/4 cents" is of a cent."""
    whole = digit_value(body)
    num, _, den = tail.removeprefix("-").partition("/")
    if whole is None or not tail.startswith("-") or "." not in body or not num.isdigit():
        return None
    if not 0 < int(num) < int(den):
        return None
    places = len(body.rsplit(".", 1)[1])
    return whole + Decimal(num) / Decimal(den) * Decimal(10) ** -places


def _bare_end_of_scaled(first: Found, second: Found) -> bool:
    """ "swell by 1.5 to 2 million barrels": a bare number below the scaled number after "to"
    is the first end of a range in its scale (a change of 1.5 barrels to 2 million is no
    reading); "rose by 14,000 to 231,000" and "by 3% to 12%" stay a change and a level."""
    return (
        first.unit is None
        and not first.scaled
        and not first.words
        and second.scaled
        and second.unit is not None
        and 0 < first.value < second.value / second.factor
    )


def _fill_range(first: Found, second: Found) -> Found:
    """Give the first end of a range the unit and scale the second one names."""
    if first.unit is None and second.unit is not None:
        first = replace(first, kind=second.kind, unit=second.unit)
    if (
        second.scaled
        and not first.scaled
        and first.kind in ("money", "number", "quantity")
        and first.value
        <= second.value / second.factor  # runs upwards: not "200,000 to 7.8 million"
    ):
        first = replace(first, value=first.value * second.factor, factor=second.factor, scaled=True)
    return first


def _dimension_unit(sc: Scanner, f: Found) -> Found:
    """A bare number before "by"/"x" and a measure takes the measure's unit: "40 by 60 feet",
    "10 x 12 m" (each side a figure; "won by 3", "2 x 4" stay numbers)."""
    if f.kind != "number" or f.words or f.unit is not None:
        return f
    a = sc.near(f.last_atom + 1)
    if a is None or a.low not in ("by", "x", "×"):
        return f
    b = sc.near(f.last_atom + 2)
    if b is None or b.kind != "d" or sc.text.startswith("^", b.end):
        return f  # "3 x 10^-2 metres": a power of ten, read by compose
    saved, floor = sc.last_factor, sc.floor
    second = sc.read(f.last_atom + 2)
    sc.last_factor, sc.floor = saved, floor
    if second is None or second.kind != "quantity" or second.unit is None:
        return f
    return replace(f, kind="quantity", unit=second.unit)


def _carry_currency(first: Found, second: Found) -> Found:
    """Give the second end of a range the currency the first one names: "$100-200",
    "€10-20 million" (a range runs upwards: "$10 to 5 workers" is no range of money)."""
    if (
        first.kind == "money"
        and second.unit is None
        and second.kind == "number"
        and not second.words
        and second.value >= first.value > 0
    ):
        return replace(second, kind="money", unit=first.unit)
    return second


def _parenthetical(sc: Scanner, f: Found) -> Found:
    """ "forty-five (45)": a repeat of the number in parentheses joins the span."""
    j = f.last_atom + 1
    a = sc.near(j)
    if a is None or a.text != "(":
        return f
    inner = sc.read(j + 1) if j + 1 < len(sc.atoms) else None
    if inner is None or inner.value != f.value or inner.kind != f.kind:
        return f
    close = sc.near(inner.last_atom + 1)
    if close is None or close.text != ")":
        return f
    return replace(f, end=close.end, last_atom=inner.last_atom + 1)
