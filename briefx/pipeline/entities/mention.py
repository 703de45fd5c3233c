"""A mention while the entities stage works on it (``Mention``), and the helpers every
step uses to make, replace and read mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import get_args

from spacy.tokens import Doc, Token

from briefx.kinds import EntityType
from briefx.pipeline._util import Intervals, overlaps, text_of

TYPES = set(get_args(EntityType))  # the labels kept from NER

DETERMINERS = {"the", "a", "an"}
POSSESSIVES = {"'s", "’s", "'", "’"}


@dataclass
class Mention:
    """One mention: its span, label and what the steps learn about it (titles, name, source)."""

    start: int
    end: int
    text: str
    label: str
    titled: bool = False
    titles: list[str] = field(default_factory=list)
    in_heading: bool = False
    source: str = "ner"  # ner, acronym, dateline, propagated, gazetteer, title
    name: str | None = None  # set where the text itself fixes the name
    first_token: int = 0
    last_token: int = 0


def mention_of(doc: Doc, tokens: list[Token], label: str, source: str = "ner") -> Mention:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Mention(
        start,
        end,
        text_of(doc)[start:end],
        label,
        source=source,
        first_token=tokens[0].i,
        last_token=tokens[-1].i,
    )


def replace_overlapped(mentions: list[Mention], better: list[Mention]) -> list[Mention]:
    """Put ``better`` mentions in, dropping those they overlap."""
    spans = Intervals((b.start, b.end) for b in better)
    return [m for m in mentions if not overlaps(m.start, m.end, spans)] + better


def tokens_text(doc: Doc, tokens: list[Token]) -> str:
    return text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])] if tokens else ""


_CAPS_KEY = "briefx.capital_lines"


def capital_lines(doc: Doc) -> list[bool]:
    """Per token: True where its line is written in capitals (a headline, an agency header:
    at least two words of two letters or more, none of them with a lower-case letter). There
    case says nothing: a name and a word look alike ("BAYERN MUNICH SACK COACH", "HELP US").
    Built once per Doc (three entity rules ask) and kept in ``doc.user_data``; read only."""
    cached = doc.user_data.get(_CAPS_KEY)
    if cached is not None and len(cached) == len(doc):
        return cached  # type: ignore[no-any-return]
    text = text_of(doc)
    out = [False] * len(doc)
    pos = 0
    k = 0
    for line in text.split("\n"):
        end = pos + len(line)
        words = [w for w in line.split() if sum(c.isalpha() for c in w) >= 2]
        caps = len(words) >= 2 and not any(c.islower() for c in line)
        while k < len(doc) and doc[k].idx < end + 1:
            out[k] = caps and doc[k].idx < end
            k += 1
        pos = end + 1
    doc.user_data[_CAPS_KEY] = out
    return out
