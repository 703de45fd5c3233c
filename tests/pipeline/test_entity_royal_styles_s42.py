"""Session 42 (lead, issue 13): royal styles, "X of Country", name no surname.

``normalize.names.surname``: a name styled "X of Country" ("Hussein of Jordan") has no
surname; the name the text repeats alone is the one before "of", and a regnal number is no
surname either ("Abdullah" of "Abdullah II"). Before, the country after "of" counted as the
surname, so every later "Jordan" of a brief naming "King Hussein of Jordan" took the king's
name and the PERSON type. ``entities.notable._styled_names``: a person's name the text styles
"of" a place it names next takes the one tabled person so styled in the document's year
("King Abdullah II of Jordan" -> "Abdullah II of Jordan"), the place staying a place.
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

import pytest

from briefx.normalize.names import surname
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.notable import notable_people

SURNAMES = [
    ("Hussein of Jordan", "Hussein"),
    ("Abdullah II of Jordan", "Abdullah"),
    ("Mohammed VI of Morocco", "Mohammed"),
    ("Beatrix of the Netherlands", "Beatrix"),
    ("abdullah ii of jordan", "abdullah"),  # the folded key the people table compares
    ("Abdullah II", "Abdullah"),
    ("Frederik X", "Frederik"),
    # untouched: ordinary names, "Jr.", a surname that looks like a numeral only in lower case
    ("Ferdinand Marcos Jr.", "Marcos"),
    ("Li Xi", "Xi"),
    ("Xi Jinping", "Jinping"),
    ("Pieter van der Berg", "Berg"),
    ("Thomas", "Thomas"),
]


@pytest.mark.parametrize(("name", "expected"), SURNAMES)
def test_surname(name: str, expected: str) -> None:
    assert surname(name.split()) == expected


def titled(text: str, marks: list[tuple[str, str, str]], year: int) -> list[tuple[str, str]]:
    """(type, name) of every mention after ``notable_people``; marks are (surface, type, name)
    in text order."""
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    notable_people(text, ents, year, frozenset({"the", "said"}))
    return [(e.type, e.name) for e in ents]


STYLED = [
    # the later lone country stays the country (it took the king's name before)
    (
        "King Hussein of Jordan met envoys on Tuesday. Jordan has pressed for talks, Hussein said.",
        [
            ("Hussein", "PERSON", "Hussein"),
            ("Jordan", "GPE", "Jordan"),
            ("Jordan", "GPE", "Jordan"),
            ("Hussein", "PERSON", "Hussein"),
        ],
        1996,
        [
            ("PERSON", "Hussein of Jordan"),
            ("GPE", "Jordan"),
            ("GPE", "Jordan"),
            ("PERSON", "Hussein of Jordan"),
        ],
    ),
    # a regnal number, "of" a country NER typed a place: the styled title; the place stays
    (
        "King Abdullah II of Jordan met European envoys. Jordan hosts refugees, Abdullah said.",
        [
            ("Abdullah II", "PERSON", "Abdullah II"),
            ("Jordan", "GPE", "Jordan"),
            ("Jordan", "GPE", "Jordan"),
            ("Abdullah", "PERSON", "Abdullah II"),
        ],
        2025,
        [
            ("PERSON", "Abdullah II of Jordan"),
            ("GPE", "Jordan"),
            ("GPE", "Jordan"),
            ("PERSON", "Abdullah II of Jordan"),
        ],
    ),
    (
        "King Mohammed VI of Morocco opened the port. Morocco expects more trade.",
        [
            ("Mohammed VI", "PERSON", "Mohammed VI"),
            ("Morocco", "GPE", "Morocco"),
            ("Morocco", "GPE", "Morocco"),
        ],
        2024,
        [("PERSON", "Mohammed VI of Morocco"), ("GPE", "Morocco"), ("GPE", "Morocco")],
    ),
    # untouched: the styled person is not active in the document's year
    (
        "Queen Beatrix of the Netherlands did not attend.",
        [("Beatrix", "PERSON", "Beatrix"), ("Netherlands", "GPE", "Netherlands")],
        2025,
        [("PERSON", "Beatrix"), ("GPE", "Netherlands")],
    ),
    # untouched: a person "of" a place who is no tabled style ("Maria Silva of Porto")
    (
        "Maria Silva of Porto said the harbour would reopen.",
        [("Maria Silva", "PERSON", "Maria Silva"), ("Porto", "GPE", "Porto")],
        2025,
        [("PERSON", "Maria Silva"), ("GPE", "Porto")],
    ),
    # untouched: "of" between a person and a firm
    (
        "Hussein of Jordan Phosphate Mines said output rose.",
        [
            ("Hussein", "PERSON", "Hussein"),
            ("Jordan Phosphate Mines", "ORG", "Jordan Phosphate Mines Company"),
        ],
        2025,
        [("PERSON", "Hussein"), ("ORG", "Jordan Phosphate Mines Company")],
    ),
]


@pytest.mark.parametrize(("text", "marks", "year", "expected"), STYLED)
def test_styled_names(
    text: str, marks: list[tuple[str, str, str]], year: int, expected: list[tuple[str, str]]
) -> None:
    assert titled(text, marks, year) == expected
