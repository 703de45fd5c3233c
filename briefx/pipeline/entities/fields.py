"""Values of labelled fields typed by their label (session 15).

Notices, tenders and event listings give their facts as fields, one a line: "Issued by: X",
"Contractor: X", "Location: X, Y", "Venue: X", "Operator: X", "Contact: X, press officer". The
label says what the value names, and a line of a label and a bare name gives the small model
no sentence to read the type from ("Messe Düsseldorf" a PERSON, "Amprion" missed). Labels and
their types: ``models/layout_types.jsonl`` (kind ``field``), matched whole or by their last word
("Host city" -> GPE, "Media contact" -> PERSON).

The value is read up to the line's end and cut at a comma, semicolon or bracket; its first part
takes the label's type where it reads as a name (every word capitalised but a few linking
words; not a common English word alone: "Venue: Online", "Location: Various"). A place label
types every part ("Location: Preston, Lancashire") where NER tagged the first or the
gazetteer knows it (not "Location: Gate 5"); any other label types only the first ("Contact:
Jane Roe, Head of Press": the rest is her title). Mentions overlapping the label or the value
give way.
"""

from __future__ import annotations

import re

from briefx.normalize.names import place_pop
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.tables import LINKS, header_type, name_like, put_typed

__all__ = ["labelled_fields"]

# a label of one to four words before a colon at a line's start, and its value on the line
FIELD = re.compile(r"(?m)^[ \t]*([A-Z][A-Za-z]*(?:[ -][A-Za-z]+){0,3})[ \t]*:[ \t]+(\S[^\n]*)$")
# the parts of a value: apart by a comma or semicolon; a bracket ends the value
PART = re.compile(r"[^,;()]+")


def _name_prefix(value: str) -> int:
    """Return the length of a value's opening run of name words: capitalised words, digits and
    linking words inside, up to the first other lower-case word ("Network Rail on 12 May")."""
    end = 0
    for mt in re.finditer(r"\S+", value):
        w = mt.group()
        if w[0].isupper() or w[0].isdigit():
            end = mt.end()
        elif w.lower() not in LINKS or not end:
            break
    return end


def labelled_fields(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Type the values of labelled fields by their label (in place)."""
    if ":" not in text:
        return
    for mt in FIELD.finditer(text):
        typ = header_type(mt.group(1), "field")
        if typ is None:
            continue
        parts = list(PART.finditer(text, mt.start(2), mt.end(2)))
        if text[mt.start(2) : mt.end(2)].lstrip().startswith("("):
            continue
        for i, part in enumerate(parts):
            if i and typ != "GPE":
                break
            raw = part.group()
            s = part.start() + len(raw) - len(raw.lstrip())
            e = part.start() + len(raw.rstrip().rstrip("."))
            if i == 0 and text[s : s + 4] == "the ":
                s += 4
            e = s + _name_prefix(text[s:e])  # "Network Rail on 12 May" -> "Network Rail"
            value = text[s:e]
            tagged = any(x.start < e and s < x.end for x in ents)
            if typ == "GPE":
                # a place needs NER's word or the gazetteer's ("Location: Gate 5" is none); the
                # parts after one ("Preston, Lancashire") are its region and country
                tagged = tagged or place_pop(text[s:e]) >= 0
                if i == 0 and not tagged:
                    break
            if not name_like(value, english, tagged):
                break
            # the mentions NER ran over the label ("Venue: Messe") give way too
            ents[:] = [x for x in ents if not (x.start < mt.end(1) and mt.start(1) < x.end)]
            put_typed(text, ents, s, e, typ)
