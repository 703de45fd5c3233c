"""Session 42 (lead, issue 13 spans): a PERSON span NER ran on over "of" into the body or town
the person speaks for is the person and that body or town, as it already was for a country
("Aryna Sabalenka of Belarus"; both ``spans._of_split``, one function since session 43). A
royal or noble style stays whole: one name before "of", or a regnal number ("Hussein of
Jordan", "Abdullah II of Jordan"). On ``spacy.blank("en")`` through ``spans.repair`` with hand-made NER spans; invented
texts.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from briefx.pipeline.entities.spans import repair

NLP = spacy.blank("en")


def repaired(text: str, surface: str) -> list[tuple[str, str]]:
    doc = NLP(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), label="PERSON")
    assert isinstance(span, Span)
    return [(m.text, m.label) for m in repair(doc, span, frozenset({"said"}))]


CASES = [
    # a body the tables do not know: an ORG
    (
        "Klaas van der Meer of Rabobank said the harvest was poor.",
        "Klaas van der Meer of Rabobank",
        [("Klaas van der Meer", "PERSON"), ("Rabobank", "ORG")],
    ),
    (
        "Priya Natarajan of the Chennai Port Trust said cargo rose.",
        "Priya Natarajan of the Chennai Port Trust",
        [("Priya Natarajan", "PERSON"), ("Chennai Port Trust", "ORG")],
    ),
    # a town of the gazetteer: a place
    (
        "Ana Maria Ruiz of Porto said the harbour would reopen.",
        "Ana Maria Ruiz of Porto",
        [("Ana Maria Ruiz", "PERSON"), ("Porto", "GPE")],
    ),
    # a country: as before
    (
        "Jomo Ruto of Kenya won the race.",
        "Jomo Ruto of Kenya",
        [("Jomo Ruto", "PERSON"), ("Kenya", "GPE")],
    ),
    (
        "Abdullah II of Jordan met envoys.",
        "Abdullah II of Jordan",
        [("Abdullah II", "PERSON"), ("Jordan", "GPE")],
    ),
    # untouched: royal and noble styles (one name before "of", a regnal number)
    (
        "Ludwig II of Bavaria built the castle.",
        "Ludwig II of Bavaria",
        [("Ludwig II of Bavaria", "PERSON")],
    ),
    ("Hussein of Jordan met envoys.", "Hussein of Jordan", [("Hussein of Jordan", "PERSON")]),
    ("Catherine of Aragon was queen.", "Catherine of Aragon", [("Catherine of Aragon", "PERSON")]),
]


@pytest.mark.parametrize(("text", "surface", "expected"), CASES)
def test_person_of_body(text: str, surface: str, expected: list[tuple[str, str]]) -> None:
    assert repaired(text, surface) == expected


# ``spans.missed_people``: a full name NER left untagged may hold a surname's particles
ENGLISH = frozenset({"an", "economist", "at", "warned", "scorers", "results", "said", "from", "to",
                     "flights", "resumed", "the", "mayor", "of", "de", "la", "da"})  # fmt: skip
MISSED = [
    ("Jan de Vries, an economist at ING, warned.", ["Jan de Vries"]),
    ("Scorers: Marco van Basten 2, Frank de Boer 1.", ["Marco van Basten", "Frank de Boer"]),
    (
        "Results: 1. Maria da Silva 2:24.10, 2. Anna van der Berg 2:25.01",
        ["Maria da Silva", "Anna van der Berg"],
    ),
    # untouched: a particle with no capitalised word after it, a place the gazetteer knows
    ("Marco de la, said the mayor.", []),
    ("Flights from Rio de Janeiro to Recife resumed.", []),
]


@pytest.mark.parametrize(("text", "expected"), MISSED)
def test_missed_people_particles(text: str, expected: list[str]) -> None:
    from briefx.pipeline.entities.spans import missed_people

    doc = NLP(text)
    assert [m.text for m in missed_people(doc, [], ENGLISH, [])] == expected
