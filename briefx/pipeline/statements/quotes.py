"""Quotation marks paired into spans: plain functions over the text, no spaCy.

Curly double marks pair across a paragraph, straight ones pair inside it; British single marks
(‘...’) pair inside a paragraph where the "’" is no apostrophe (session 22). A quotation still
open at its paragraph's end runs to that end.
"""

from __future__ import annotations

import re

OPEN_QUOTES = "“«"
CLOSE_QUOTES = "”»"
STRAIGHT = '"'
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"  # also the apostrophe: see _single_closes


def _is_close(text: str) -> bool:
    return text in CLOSE_QUOTES or text == STRAIGHT or text in ("’", "'")


def _single_closes(para: str, n: int) -> bool:
    """True where the "’" at ``para[n]`` closes a single quotation, not an apostrophe: after
    the quotation's own punctuation ("‘We will,’ she said", "‘... low.’"), or before
    punctuation or the paragraph's end; "workers’ rights" and "don’t" are apostrophes."""
    before = para[n - 1] if n > 0 else " "
    after = para[n + 1] if n + 1 < len(para) else "\n"
    if before in ",.!?;:—–":
        return True
    return after in "\n.,;:!?)—–" and not before.isspace()


def _quotations(text: str) -> list[tuple[int, int]]:
    """Inner char spans of quotations: “...” pairs, and straight quotes paired in a paragraph;
    British single marks (‘...’) paired in a paragraph, one left open giving none (session 22).

    A quotation still open at the end of its paragraph runs to the end of that paragraph (a
    quotation that goes on in the next paragraph reopens there).
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for para in re.split(r"(\n\s*\n)", text):
        opened: int | None = None
        straight_open: int | None = None
        single: int | None = None  # British single quotation marks, closed in the paragraph
        for n, c in enumerate(para):
            at = pos + n
            if c == SINGLE_OPEN and opened is None and straight_open is None and single is None:
                if n + 1 < len(para) and not para[n + 1].isspace():
                    single = at + 1
            elif c == SINGLE_CLOSE and single is not None and _single_closes(para, n):
                out.append((single, at))
                single = None
            elif c in OPEN_QUOTES and opened is None and straight_open is None:
                opened = at + 1
            elif c in CLOSE_QUOTES and opened is not None:
                out.append((opened, at))
                opened = None
            elif c == STRAIGHT and opened is None:
                if straight_open is None:
                    straight_open = at + 1
                else:
                    out.append((straight_open, at))
                    straight_open = None
        start = opened if opened is not None else straight_open
        if start is not None:
            end = pos + len(para.rstrip())
            if end > start:
                out.append((start, end))
        pos += len(para)
    return sorted(out)
