"""Scores and table cells in wire copy: numbers that stand after a name but are no designation.

A number right after a capitalised name word is usually part of a designation ("Phase 1",
"Boeing 737", "Expedition 31"), so the figures stage leaves it out. In sports and results
copy the same shape is a score or a table cell (ANNOTATION.md: each score in a results table is
a ``number``). The shape of the line tells them apart, never a list of names:

- a result line or list: two or more "Name N" pairs with different names, each pair a whole
  piece of the line between separators (",", ";", ":", brackets): "Aston Villa 2 Derby 0",
  "Mike Atherton 87, Alec Stewart 54", "Wasim Akram 4-62, Waqar Younis 3-48";
- a table row: a name and two or more numbers and nothing else: "Monaco 10 6 3 1 17 8 21";
- a cricket total or innings alone in its piece: a name, a number and "for" a number of
  wickets, or "not out": "Pakistan 180 for six", "West Indies 245 for four (45 overs)",
  "Saeed Anwar 116 not out".

A name may carry its country in brackets ("Steffi Graf (Germany) 6-3"). A piece that has
anything else (a lower-case word, a unit, "Windows 95 and ...") is no score piece, so
"Apollo 11 Crew Meets Gemini 4 Team" and "Phase 1, Phase 2" stay designations.

``score_starts(text)`` returns the start offsets of those numbers; it is pure (no spaCy).
"""

from __future__ import annotations

import re
from functools import cache

from briefx.resources import number_words

__all__ = ["score_starts"]

WORD = r"(?:[A-Z][\w'’.&-]*|de|del|da|di|van|von|der|le|la|bin)"
NAME = rf"[A-Z][\w'’.&-]*(?: {WORD})*(?: \( ?[A-Z][^()\n]{{1,30}}? ?\))?"
# a cell: 23, 4-62, 4,567, .564 (a winning percentage), 1/2, or "-" (none)
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d{1,4}(?:[-–]\d{1,4}|/\d{1,2})?|\.\d{1,4}|[-–](?= |$))(?![\w.,]?\d)"
PAIR = re.compile(rf"({NAME}) ((?:{NUM})(?:(?: | and ){NUM})*)")  # "Kent 304 and 198": two innings


@cache
def _tail() -> re.Pattern[str]:
    """What may close a cricket total: "for six", "for 4 declared", "not out"."""
    words = "|".join(sorted((w for w, v in number_words("small").items() if 0 < v <= 10), key=len))
    return re.compile(rf" (?:for (?:\d{{1,2}}|{words})(?: declared| dec\.?)?|not out)$")


MAX_PIECE = 160  # characters: "Queens Park Rangers (England) 1 Wolverhampton Wanderers 1"
DIGITS = re.compile(r"\.?\d[\d,]*")
LEAD = re.compile(
    r"\d{1,4} (?=[A-Z])"
)  # a rank or total before the name: "134 Colin Montgomerie 66 68"
# the pieces of a line: split at list separators and brackets, not inside "(Germany)" nor
# after an initial ("A. Flower 83")
SEPARATOR = re.compile(
    r"[;,]\s+|:\s+|(?<!\b[A-Z])\.\s+|\s+\((?![A-Z][^()\n]{1,30}\)\s+\d)|\)(?! \d)\s*|\.\s*$"
)


def _pieces(line: str, offset: int) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in SEPARATOR.finditer(line):
        out.append((offset + pos, line[pos : m.start()]))
        pos = m.end()
    out.append((offset + pos, line[pos:]))
    return [(s + len(p) - len(p.lstrip()), p.strip()) for s, p in out if p.strip()]


def _pairs(piece: str) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """The (name, number spans) pairs that make up the whole piece, else None."""
    tail = _tail().search(piece)
    if tail is not None:  # "Pakistan 180 for six": one pair before the total's tail
        pairs = _pairs(piece[: tail.start()])
        return pairs if pairs is not None and len(pairs) == 1 else None
    pairs, pos = [], 0
    lead = LEAD.match(piece)
    if lead is not None:
        pos = lead.end()
    for m in PAIR.finditer(piece, pos):
        if m.start() != pos and piece[pos : m.start()].strip():
            return None
        # every number of the pair, both ends of "4-62" too
        nums = [(m.start(2) + n.start(), m.start(2) + n.end()) for n in DIGITS.finditer(m.group(2))]
        pairs.append((m.group(1).split(" (")[0], nums))
        pos = m.end()
        while pos < len(piece) and piece[pos] == " ":
            pos += 1
    if not pairs or pos != len(piece):
        return None
    if lead is not None:  # the leading number is a cell of the first pair
        pairs[0] = (pairs[0][0], [(0, lead.end() - 1), *pairs[0][1]])
    return pairs


def score_starts(text: str) -> set[int]:
    """Return the start offsets of the numbers that are scores or table cells (see module)."""
    if not any(c.isdigit() for c in text):
        return set()
    starts: set[int] = set()
    offset = 0
    for line in text.split("\n"):
        found: list[tuple[str, int, list[tuple[int, int]]]] = []  # name, piece start, numbers
        for start, piece in _pieces(line, offset) if any(c.isdigit() for c in line) else ():
            if len(piece) > MAX_PIECE or not any(c.isdigit() for c in piece):
                continue  # a score piece is short: this keeps the regexes linear on long lines
            pairs = _pairs(piece)
            if pairs is None:
                continue
            for name, nums in pairs:
                if len(pairs) == 1 and (len(nums) >= 3 or _tail().search(piece)):
                    starts.update(start + s for s, _ in nums)  # a table row, a cricket total
                found.append((name, start, nums))
        names = {name for name, _, _ in found}
        if len(found) >= 2 and len(names) >= 2:
            for _, base, nums in found:
                starts.update(base + s for s, _ in nums)
        offset += len(line) + 1
    return starts
