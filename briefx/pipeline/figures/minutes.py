"""Match minutes in sports wire copy: the minute of a goal, try or dismissal is no figure.

ANNOTATION.md: "Expressions shorter than a day (OntoNotes TIME) are neither dates nor figures".
A goal's minute is a time within a match, so "Scorers: Kluivert 23, Litmanen 67 pen" holds no
figure, while the result beside it ("Ajax 2 PSV 1", "won 3-1") is two ``number`` figures and
"Attendance: 42,000" a count. The shape of the line decides, with the words of
``models/match_minute_words.jsonl`` (kinds ``cue``, ``mark``, ``goal``), never a list of names:

- a list opened by a cue and a colon ("Scorers:", "Goals:", "Tries:", "Sent off:") runs to the
  end of its line (of its paragraph where the cue ends its line) or to the next label that is
  no cue ("Attendance:", "Referee:"); in it a
  number of at most 130 is a minute where it follows a name word ("Verhoef 23", "De Boer 51"),
  another minute ("Smit 3, 20, 67", "12 and 55"), a bracket after a name or a tally
  ("Morales (33)", "Krakov 2 (5, 39)") or a mark ("(pen 33)"). A number that a bracket of
  minutes follows is the player's tally, not a minute ("Krakov 2 (5, 39)");
- outside such a list, a bracket right after a name or a score, holding only minutes and marks
  or "Name N" pairs ("Everton 2 (Ferguson 14, Stuart 77)", "Shearer (12)", "(90+2)",
  "(67 pen)"), in a line about goals: one with a goal word ("scored", "goals") or a result
  (two scores of ``normalize.scores`` outside brackets, "N-N", or two teams each with its score
  and a bracket of scorers: "Oldham 1 (Barlow 37) Stoke 2 (Sheron 12, Peschisolido 80) 9,011").

A list counts goals or tries, not minutes, where a player stands in it with no number ("Tries:
Lomu 2, Wilson") or every number is at most 5, one per player ("Conversions: Mehrtens 3").
Minutes run in time order: each player's own, and a team's players by their first ("Ronaldo
23, 88, Giovanni 56"); a list that runs otherwise is a table of tallies ("Top scorers: Ronaldo
25, Suker 18") or a batting card ("England 326 (Atherton 87, Stewart 54)") and keeps its numbers.

Ages ("John Smith, 45, said"), results and table rows ("Houston 5, Chicago 3"), and counts
keep their figures: they are not in a scorers' list, nor in brackets in a line about goals.

Race times are times too ("2:05:33" and "45.12 seconds" are sub-day durations): in a block of
results rows (lines with no blank line between them) where a row ends on a time, a number
with "seconds", "sec", "minutes" or "min" after it or a clock-form time ("9.91 seconds",
"4:41:12", "1:46:21.134"), a bare decimal that ends another row ("2. Dennis Mitchum (U.S.)
10.09") is that column's time, no ``number`` (``race_time_starts``). A block of measures
("2.01 metres" over "1.98") or of scores keeps its numbers.

``minute_starts(text, scores)`` returns the start offsets of the minutes; it is pure.
"""

from __future__ import annotations

import re
from functools import cache

from briefx.resources import read_jsonl

__all__ = ["minute_starts", "race_time_starts"]

MAX_MINUTE = 130  # 90 and extra time, 80 in rugby, 60 in ice hockey, with time added on
NAME_WORD = r"[A-Z][\w'’.-]*"
MINUTE = r"(\d{1,3})(?:\s?\+\s?\d{1,2})?(?:st|nd|rd|th|')?"
NUMBER = re.compile(rf"(?<![\w.,+]){MINUTE}(?![\w,]?\d|%)")
LABEL = re.compile(r"(?:^|(?<=[.;]\s)|(?<=[.;]))\s*([A-Z][\w -]{0,24}?)\s*:\s")
TEAM_SCORE = re.compile(
    rf"{NAME_WORD} \d{{1,2}} \((?=[A-Z])"
)  # a team, its score (no innings), its scorers
AFL_BEFORE = re.compile(r"\d\.\d{1,2}\s*$")  # goals.behinds before the total's bracket
TEAM_NUMBER = re.compile(rf"{NAME_WORD} \d{{1,3}}(?= |$)")


def _two_teams(text: str, lo: int, hi: int) -> bool:
    """The line is a result with its scorers: two teams with a score each, outside brackets,
    one of them with a bracket of scorers ("Hearts 0 Falkirk 3 (Munro 8, Quail 44)")."""
    teams = [m for m in TEAM_NUMBER.finditer(text, lo, hi) if not _in_bracket(text, lo, m.start())]
    return len(teams) >= 2 and TEAM_SCORE.search(text, lo, hi) is not None


RESULT = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")


@cache
def _words(kind: str) -> tuple[str, ...]:
    rows = read_jsonl("match_minute_words.jsonl")
    return tuple(sorted((str(r["word"]) for r in rows if r["kind"] == kind), key=len, reverse=True))


@cache
def _cue() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words("cue"))
    return re.compile(rf"(?i)\b(?:{words})\s*:[ \t]*")


@cache
def _mark() -> str:
    return "|".join(re.escape(w) for w in _words("mark"))


@cache
def _goal_line() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words("goal"))
    return re.compile(rf"(?i)\b(?:{words})\b")


@cache
def _after_name() -> re.Pattern[str]:
    """What before a number in a scorers' list makes it a minute: a name word, a minute and a
    comma or "and", an open bracket, a mark."""
    mark = _mark()
    return re.compile(
        rf"(?:{NAME_WORD}\s+|{NAME_WORD}\s*\(\s*|\d\s*\(\s*|\d(?:st|nd|rd|th|')?(?:\s+(?:{mark}))?\s*,\s*"
        rf"|\d\s+and\s+|\(\s*(?:{mark})\s+|(?:{mark})\s+)$"
    )


@cache
def _bracket() -> re.Pattern[str]:
    """A bracket of minutes: "(23)", "(pen 67)", "(67 pen)", "(90+2)", "(Ferguson 14, Stuart
    77)", "(5, 39)", "(23rd)"."""
    mark = _mark()
    item = rf"(?:(?:{mark})\s+)?{MINUTE}(?:\s+(?:{mark}))?"
    pair = rf"(?:{NAME_WORD}(?:\s+{NAME_WORD})*\s+{item})"
    return re.compile(rf"\((\s*(?:{item}|{pair})(?:\s*(?:,|and)\s*(?:{item}|{pair}))*\s*)\)")


def _numbers(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return [m for m in NUMBER.finditer(text, lo, hi) if int(m.group(1)) <= MAX_MINUTE]


def _in_bracket(text: str, lo: int, pos: int) -> bool:
    """text[pos] stands inside a bracket opened on its line (from ``lo``)."""
    return text.count("(", lo, pos) > text.count(")", lo, pos)


TEAM_BREAK = re.compile(r";|\.\s|\s[-–]\s|:")  # "Ajax - ...; Twente - ...", "pen. Twente"


def _in_time_order(text: str, found: list[re.Match[str]]) -> bool:
    """The numbers run as minutes do, in time order: each player's own, and the players of one
    team by their first ("Ronaldo 23, 88, Giovanni 56"); a new team's list starts again. A table
    of tallies runs down ("Ronaldo 25, Suker 18"), a batting card as the batters came in
    ("Atherton 87, Stewart 54"). (``_tallies`` tells a list of goals or tries.)"""
    last_first, last = -1, -1
    for n, m in enumerate(found):
        value = int(m.group(1))
        between = text[found[n - 1].end() : m.start()] if n else ""
        if n and TEAM_BREAK.search(between):
            last_first, last = -1, -1  # the next team's list starts again at its first minute
        if n == 0 or re.search(NAME_WORD, between):  # a new player
            if value < last_first:
                return False
            last_first = last = value
        elif value < last:
            return False
        last = value
    return True


def _list_minutes(text: str, lo: int, hi: int, out: set[int]) -> None:
    """The minutes of a cue's list text[lo:hi]."""
    found = []
    for m in _numbers(text, lo, hi):
        rest = text[m.end() : hi]
        if re.match(r"\s*\(\s*\d", rest):
            continue  # "Krakov 2 (5, 39)": the tally, its minutes in the bracket
        if _after_name().search(text[max(lo, m.start() - 40) : m.start()]):
            found.append(m)
    if _in_time_order(text, found) and not _tallies(text[lo:hi], found):
        out.update(m.start() for m in found)


NAME_ONLY = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD})*(?:\s*\([^()\d]*\))?")
MAX_TALLY = 5  # "Tries: Lomu 2, Wilson 2": hat-tricks and braces, no minute list is all this small


def _tallies(piece: str, found: list[re.Match[str]]) -> bool:
    """The list counts each player's goals or tries, not their minutes: a player stands in it
    with no number ("Tries: Lomu 2, Wilson"), or every number is small and one per player
    ("Conversions: Mehrtens 3", "Tries: Lomu 2, Wilson 2")."""
    for item in re.split(r"[,;]|\.\s| and ", piece):
        item = re.sub(r"^.*?\s[-–]\s", "", item.strip()).strip(" .")
        if item and NAME_ONLY.fullmatch(item):
            return True  # a player with no number beside others with one
    values = [int(m.group(1)) for m in found]
    one_each = all(
        re.search(rf"{NAME_WORD}\s*\(?\s*$", m.string[max(0, m.start() - 40) : m.start()])
        for m in found
    )
    return bool(values) and max(values) <= MAX_TALLY and one_each


def _list_end(text: str, lo: int, hi: int) -> int:
    """Where a cue's list ends: the next label that is no cue ("Attendance: 42,000")."""
    for m in LABEL.finditer(text, lo, hi):
        if _cue().match(text, m.start(1)) is None:
            return m.start(1)
    return hi


def minute_starts(text: str, scores: set[int]) -> set[int]:
    """Return the start offsets of the numbers that are match minutes (see module)."""
    if not any(c.isdigit() for c in text):
        return set()
    out: set[int] = set()
    cues = list(_cue().finditer(text))
    for n, cue in enumerate(cues):
        end = text.find("\n", cue.end())
        if end == cue.end() or (end > 0 and not text[cue.end() : end].strip()):
            end = text.find("\n\n", end)  # "Scorers:" alone on its line: the lines below
        end = len(text) if end < 0 else end
        end = min(end, cues[n + 1].start()) if n + 1 < len(cues) else end
        _list_minutes(text, cue.end(), _list_end(text, cue.end(), end), out)
    offset = 0
    for line in text.split("\n"):
        lo, hi = offset, offset + len(line)
        offset = hi + 1
        if not any(c.isdigit() for c in line):
            continue
        about_goals = (
            any(lo <= c.start() < hi for c in cues)
            or _goal_line().search(line) is not None
            or RESULT.search(line) is not None
            or sum(lo <= s < hi and not _in_bracket(text, lo, s) for s in scores) >= 2
            or _two_teams(text, lo, hi)  # "Oldham 1 (...) Stoke 2 (...)"
        )
        if not about_goals:
            continue
        for b in _bracket().finditer(text, lo, hi):
            before = text[max(lo, b.start() - 40) : b.start()]
            if not re.search(
                rf"(?i:\b(?:{_mark()}))\s*$|(?:{NAME_WORD}|(?<![\d,])\d{{1,2}})\s*$", before
            ):
                continue  # after a name ("Shearer (12)"), a score ("Everton 2 (...)"; not an
                # innings, "Kent 254 (Ward 41)"), a mark
            inside = _numbers(text, b.start(1), b.end(1))
            if AFL_BEFORE.search(before) and any(m.start() in scores for m in inside):
                continue  # "Carlton 9.8 (62)": an Australian rules total, no minute
            if _in_time_order(text, inside) and not _tallies(
                b.group(1), inside
            ):  # "(Atherton 87, Stewart 54)" are runs
                out.update(m.start() for m in inside)
    return out


# a row that ends on a race time: "10.02 seconds", "47.62 sec", "4:41:12", "1:46:21.134"
TIMED_ROW = re.compile(
    r"(?:\d+(?:\.\d+)?\s+(?:seconds?|secs?|minutes?|mins?)\.?|\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?)"
    r"[ \t]*$"
)
# a row that ends on a bare decimal: "2. Dennis Mitchum ( U.S. ) 10.09"
DECIMAL_END = re.compile(r"(?<=\s)(\d{1,3}\.\d{1,3})[ \t]*$")


# a race time in prose, in hundredths of a second: "won in 19.85 seconds"
PROSE_TIME = re.compile(r"(?<![\w.,])\d{1,3}\.\d{2}\s+(?:seconds|secs?)\b")
# a bare number in hundredths, at the end of a phrase: "ahead of Fredericks in 20.01 ,", "the
# world record of 19.32 in Atlanta"
HUNDREDTHS = re.compile(
    r"(?<![\w.,$€£¥-])(\d{1,3}\.\d{2})(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|and|to|behind|ahead)\b)",
    re.MULTILINE,
)


def race_time_starts(text: str) -> set[int]:
    """Return the starts of bare decimals that end a results row in a block whose rows end on
    race times ("1. Obadele Harper (Trinidad) 10.02 seconds" over "2. Dennis Mitchum 10.09"):
    times, no figures (see module). In a text that writes a race time in hundredths of a
    second ("won in 19.85 seconds"), a bare number in hundredths that ends a phrase is another
    ("ahead of Fredericks in 20.01", "the world record of 19.32 in Atlanta")."""
    out: set[int] = set()
    if ":" not in text and "sec" not in text and "min" not in text:
        return out
    if PROSE_TIME.search(text):
        out.update(m.start(1) for m in HUNDREDTHS.finditer(text))
    block: list[tuple[int, int]] = []  # the rows of the current block: (start, end)
    offset = 0
    for line in [*text.split("\n"), ""]:
        lo, hi = offset, offset + len(line)
        offset = hi + 1
        if line.strip():
            block.append((lo, hi))
            continue
        if len(block) >= 2 and any(TIMED_ROW.search(text, a, b) for a, b in block):
            for a, b in block:
                m = DECIMAL_END.search(text, a, b)
                if m is not None:
                    out.add(m.start(1))
        block = []
    return out
