"""Names of other languages NER parted at a lower-case word (session 36, foreign23; issue 13
item 5).

The small English model reads a lower-case word inside a name as the name's end: "Deutsche
Gesellschaft für Internationale Zusammenarbeit" comes out as two organisations, "Deutsche
Gesellschaft" and "Internationale Zusammenarbeit", "Caisse des Dépôts et Consignations" as
three, "Instituut voor Milieuvraagstukken" as two. Where two mentions are parted only by one to
three lower-case words that join the words of a name in another language
(``models/name_connectors.jsonl``: prepositions, articles and conjunctions of German, Dutch,
French, Spanish, Italian, Portuguese, the Scandinavian languages, Indonesian and Malay, and
the particles of names, "bin", "da", "von"; never an English word such as "and", "of", "for"),
and both sides end and open with a capitalised word, they are one name: one mention over both,
an ORG where the first side was one (the second may be a word NER read as a surname,
"Milieuvraagstukken") or the second was and the first no person, a PERSON where both were
people ("Ricardo Mendes" + "da" + "Costa"). Names joined by English words ("Siemens and
Bosch", "Bank of England") and mentions parted by a comma, a bracket or a line are left alone;
so are a person before an organisation and a place beside a place.
"""

from __future__ import annotations

import re

from briefx.normalize.names import name_connectors
from briefx.pipeline.coref import Ent

__all__ = ["connected_names"]

# one to three lower-case words between two mentions, one space apart
_GAP = re.compile(r" ((?:[a-zà-öø-ÿ]+ ){1,3})")
_JOINED = {"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC"}


def connectors() -> frozenset[str]:
    """The words of ``name_connectors.jsonl`` (lower case; its loader is ``names``')."""
    return name_connectors()


def _label(a: str, b: str) -> str:
    """The joined mention's type: ORG where the first side is one ("Instituut" + "voor" +
    "Milieuvraagstukken" read as a surname) or the second is and the first no person; PERSON
    where both are people; else none."""
    if a == "ORG":
        return "ORG"
    if a == b == "PERSON":
        return "PERSON"
    return "ORG" if b == "ORG" and a != "PERSON" else ""


def connected_names(text: str, ents: list[Ent]) -> list[Ent]:
    """``ents`` with those parted by a connector of another language joined (see the module
    docstring), in text order."""
    words = connectors()
    out: list[Ent] = []
    for e in sorted(ents, key=lambda e: e.start):
        prev = out[-1] if out else None
        if prev is None or prev.type not in _JOINED or e.type not in _JOINED:
            out.append(e)
            continue
        gap = _GAP.fullmatch(text, prev.end, e.start)
        label = _label(prev.type, e.type) if gap else ""
        if (
            not gap
            or not label
            or not all(w in words for w in gap.group(1).split())
            or not text[prev.start : prev.end].split()[-1][:1].isupper()
            or not text[e.start : e.start + 1].isupper()
        ):
            out.append(e)
            continue
        out[-1] = Ent(prev.start, e.end, label, text[prev.start : e.end], prev.titles)
    return out
