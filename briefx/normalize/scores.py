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
  "Saeed Anwar 116 not out"; and a total at a line's start or after a colon or semicolon with
  more after it: "Pakistan 245 for six in their 50 overs", "England 243 (49.2 overs)";
- a golf leaderboard row, its score to par signed before the name: "-12 Tiger Woods (U.S.) 68
  67 69" (the sign is the number's, the name after it no counted noun);
- an Australian rules score, goals and behinds with the total in brackets, anywhere: "Carlton
  9.8 (62)"; the total is six points a goal and one a behind, so "12.10 (82)" is read only where
  12 * 6 + 10 == 82 (a date "12.10" or a version number never adds up by chance twice). The
  dotted pair is two ``number`` figures, goals and behinds, like the two ends of a tally
  ("12.10" is 12 goals and 10 behinds: read as one decimal it would be 12.1, which is 12 goals
  and 1 behind), and the total a third (``afl_pairs`` gives the pairs to split);
- a competitor's tally with its noun, a whole piece: "Silver Lane 4 faults", "Hill 79 points"
  (``models/figure_words.jsonl`` kind ``result_noun``): the number is no designation and
  counts the noun; the bare pairs of the same line count it too ("Hill 79 points, Villeneuve
  62, Schumacher 35"). ``tally_nouns(text)`` returns those numbers' starts and nouns.

A name may carry its country in brackets ("Steffi Graf (Germany) 6-3"). A piece that has
anything else (a lower-case word, a unit, "Windows 95 and ...") is no score piece, so
"Apollo 11 Crew Meets Gemini 4 Team" and "Phase 1, Phase 2" stay designations.

``score_starts(text)`` returns the start offsets of those numbers; it is pure (no spaCy).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from briefx.resources import number_words, read_jsonl

__all__ = ["score_starts", "tally_nouns"]

WORD = r"(?:[A-Z][\w'’.&-]*|de|del|da|di|van|von|der|le|la|bin)"
NAME = rf"[A-Z][\w'’.&-]*(?: {WORD})*(?: \( ?[A-Z][^()\n]{{1,30}}? ?\))?"
# a cell: 23, 4-62, 4,567, .564 (a winning percentage), 1/2, or "-" (none)
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d{1,4}(?:[-–]\d{1,4}|/\d{1,2})?|\.\d{1,4}|[-+]\d{1,2}|[-–](?= |$))(?![\w.,]?\d)"
PAIR = re.compile(rf"({NAME}) ((?:{NUM})(?:(?: | and ){NUM})*)")  # "Kent 304 and 198": two innings


@cache
def _tail() -> re.Pattern[str]:
    """What may close a cricket total: "for six", "for 4 declared", "not out"."""
    words = "|".join(sorted((w for w, v in number_words("small").items() if 0 < v <= 10), key=len))
    return re.compile(rf" (?:for (?:\d{{1,2}}|{words})(?: declared| dec\.?)?|not out)$")


@cache
def _total() -> re.Pattern[str]:
    """A team's cricket total that opens a piece, more text after it: "Pakistan 245 for six in
    their 50 overs", "England 243 ( 49.2 overs )", "Kent 198 all out"."""
    words = "|".join(sorted((w for w, v in number_words("small").items() if 0 < v <= 10), key=len))
    return re.compile(
        # the wickets close a piece or a clause ("for six (50 overs)", "for six in their 50
        # overs"), no "Boeing 737 for five years"
        rf"(?:^|(?<=[;:(]) ?)({NAME}) (\d{{1,3}}) (?=for (?:\d{{1,2}}|{words})"
        r"(?: ?[,;.()]| ?$| (?:in|declared|dec|off|at|from|after|with)\b)|all out\b"
        r"|\( ?\d{1,2}(?:\.\d)? overs\b)",
        re.MULTILINE,
    )


MAX_PIECE = 160  # characters: "Queens Park Rangers (England) 1 Wolverhampton Wanderers 1"
# a cell's numbers; a sign opens one only after a space ("-12", not the "-62" of "4-62")
DIGITS = re.compile(r"(?<![\d\w])[-+](?=\d)\d*|\.?\d[\d,]*")
# a rank or total before the name: "134 Colin Montgomerie 66 68"; a golf score to par with its
# sign: "-12 Tiger Woods (U.S.) 68 67 69", "+3 Nick Price 74 72"
LEAD = re.compile(r"[-+]?\d{1,4} (?=[A-Z])")
# goals.behinds (total) in Australian rules: "Collingwood 12.10 (82)", "15.14 ( 104 )"
AFL_SCORE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2}) \( ?(\d{1,3}) ?\)")
AFL_GOAL = 6  # points for a goal; a behind is one (Laws of Australian Football, law 12)
# the pieces of a line: split at list separators and brackets, not inside "(Germany)" nor
# after an initial ("A. Flower 83")
SEPARATOR = re.compile(
    r"[;,]\s+|:\s+|(?<!\b[A-Z])\.\s+|\s+\((?! ?[A-Z][^()\n]{1,30}\)\s+\d)|\)(?! \d)\s*|\.\s*$"
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


def score_starts(text: str, tallies: Mapping[int, str] | None = None) -> set[int]:
    """Return the start offsets of the numbers that are scores or table cells (see module);
    ``tallies``, ``tally_nouns(text)`` where the caller has it already."""
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
    starts.update(_afl_starts(text))
    if " for " in text or " overs" in text or " all out" in text:
        starts.update(m.start(2) for m in _total().finditer(text))
    starts.update(tally_nouns(text) if tallies is None else tallies)
    return starts


def _afl_scores(text: str) -> Iterator[re.Match[str]]:
    """Australian rules scores whose goals and behinds add up to their bracketed total
    ("12.10 (82)": 12 * 6 + 10 == 82); groups goals, behinds, total."""
    if "(" not in text:
        return
    for m in AFL_SCORE.finditer(text):
        goals, behinds, total = (int(g) for g in m.groups())
        if goals * AFL_GOAL + behinds == total:
            yield m


def _afl_starts(text: str) -> set[int]:
    """The starts of Australian rules scores: goals, behinds and the total ("12.10 (82)")."""
    return {m.start(k) for m in _afl_scores(text) for k in (1, 2, 3)}


def afl_pairs(
    text: str,
) -> dict[tuple[int, int], tuple[tuple[int, int, int], tuple[int, int, int]]]:
    """Australian rules goals.behinds that add up to their bracketed total, by the dotted
    pair's span: {(start, end): ((start, end, goals), (start, end, behinds))} ("12.10 (82)")."""
    return {
        (m.start(1), m.end(2)): (
            (m.start(1), m.end(1), int(m.group(1))),
            (m.start(2), m.end(2), int(m.group(2))),
        )
        for m in _afl_scores(text)
    }


@cache
def _result_nouns() -> dict[str, str]:
    """A plural noun of a competitor's tally -> its lemma (``models/figure_words.jsonl`` kind
    ``result_noun``: "faults" -> fault)."""
    return {
        str(r["word"]): str(r["noun"])
        for r in read_jsonl("figure_words.jsonl")
        if r["kind"] == "result_noun"
    }


TALLY = re.compile(rf"({NAME}) (\d{{1,3}}(?:,\d{{3}})*) ([a-z]+)")


def tally_nouns(text: str) -> dict[int, str]:
    """Return {start: noun} for the numbers of a competitor's tally with its noun ("Silver Lane
    4 faults", a whole piece of its line) and for the bare "Name N" pairs of a line that holds
    one ("Hill 79 points, Villeneuve 62": 62 points too)."""
    nouns = _result_nouns()
    if not any(c.isdigit() for c in text) or not any(w in text for w in nouns):
        return {}
    out: dict[int, str] = {}
    offset = 0
    for line in text.split("\n"):
        lo = offset
        offset += len(line) + 1
        if not any(w in line for w in nouns):
            continue
        named: list[tuple[int, str]] = []
        bare: list[int] = []
        for start, piece in _pieces(line, lo):
            if len(piece) > MAX_PIECE:
                continue
            m = TALLY.fullmatch(piece)
            if m is not None and m.group(3) in nouns:
                named.append((start + m.start(2), nouns[m.group(3)]))
                continue
            pairs = _pairs(piece)
            if pairs is not None and len(pairs) == 1 and len(pairs[0][1]) == 1:
                bare.append(start + pairs[0][1][0][0])
        if not named:
            continue
        out.update(named)
        kinds = {noun for _, noun in named}
        if len(kinds) == 1 and bare and named[0][0] < bare[0]:
            out.update(dict.fromkeys(bare, kinds.pop()))  # the list names its noun first
    return out
