"""``briefx_dates``: every date in a brief, normalised to ISO 8601.

Candidates are spaCy's DATE spans plus numeric dates the NER model misses ("13.02.2025" comes
out as CARDINAL); each is normalised by ``briefx.normalize.dates`` against the reference date
in force at its place in the text. Sets ``doc._.briefx_dates`` (a list of ``DateFact``).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from briefx.facts import DateFact
from briefx.normalize.dates import normalize_date
from briefx.pipeline._util import overlaps, reference_date

NUMERIC_DATE = re.compile(
    r"(?<![\d.\-/])(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?![\d.\-/]*\d)"
)
LEADING = ("in ", "on ", "by ", "since ", "during ", "from ", "until ", "at ")
TRAILING_PUNCT = " \t\n\r,;:–—-"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding white space, trailing punctuation and a leading preposition."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAILING_PUNCT and text[end - 1] != ".":
        end -= 1
    low = text[start:end].lower()
    for word in LEADING:
        if low.startswith(word):
            start += len(word)
            break
    return start, end


class DatesComponent:
    """Find and normalise dates."""

    def __init__(self, date_order: str = "MDY") -> None:
        self.date_order = date_order

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        candidates: list[tuple[int, int]] = []
        for m in NUMERIC_DATE.finditer(text):
            candidates.append((m.start(), m.end()))
        for ent in doc.ents:
            if ent.label_ == "DATE":
                s, e = _trim(text, ent.start_char, ent.end_char)
                if e > s and not overlaps(s, e, candidates):
                    candidates.append((s, e))
        facts = []
        for s, e in sorted(candidates):
            ref = reference_date(doc, s)
            value = normalize_date(text[s:e], ref, self.date_order)
            if value is None:
                continue
            facts.append(
                DateFact(
                    s,
                    e,
                    value.kind,
                    value.value,
                    value.granularity,
                    value.relative,
                    value.ambiguous,
                )
            )
        doc._.briefx_dates = facts
        return doc


@Language.factory(
    "briefx_dates",
    assigns=["doc._.briefx_dates"],
    requires=["doc.ents", "doc._.briefx_meta"],
    default_config={"date_order": "MDY"},
)
def make_dates(nlp: Language, name: str, date_order: str) -> DatesComponent:
    """Create the dates component.

    date_order (str): how slashed numeric dates read: "MDY" (default), "DMY" or "YMD".
    RETURNS (DatesComponent): sets doc._.briefx_dates.
    """
    if date_order not in ("MDY", "DMY", "YMD"):
        raise ValueError(f"date_order must be MDY, DMY or YMD, not {date_order!r}")
    return DatesComponent(date_order)
