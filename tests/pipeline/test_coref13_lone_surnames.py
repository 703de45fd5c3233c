"""coref13 (session 28): a lone surname is the person the document names in full, where the model
left the given name out of the full name's span ("Alejandro Toledo" read as the place "Toledo")
or typed the full name a body ("Pep Guardiola's side"). Invented texts; ``people.surnames`` on
``spacy.blank("en")``."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref.people import surnames
from tests.pipeline.conftest import ents_of

BLANK = spacy.blank("en")
ENGLISH = frozenset(
    [
        "said",
        "the",
        "bank",
        "group",
        "new",
        "shares",
        "told",
        "scored",
        "signed",
        "who",
        "her",
        "his",
        "he",
        "she",
        "chief",
        "court",
    ]
)


def run(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    doc = BLANK(text)
    ents = ents_of(text, spans)
    surnames(doc, text, ents, ENGLISH)
    return sorted((text[e.start : e.end], e.type, e.name) for e in ents)


CASES = [
    # a given name the model left out of the span, before a surname typed a place or a body
    ("President Alejandra Marwick toured the valley. Marwick promised aid.",
     [("Marwick", "GPE"), ("Marwick", "GPE")],
     [("Alejandra Marwick", "PERSON", "Alejandra Marwick"),
      ("Marwick", "PERSON", "Alejandra Marwick")]),
    ("Striker Tomas Keswick scored twice. Keswick now has nine goals.",
     [("Keswick", "ORG"), ("Keswick", "ORG")],
     [("Keswick", "PERSON", "Tomas Keswick"), ("Tomas Keswick", "PERSON", "Tomas Keswick")]),
    ("Judge Miriam Ostrander jailed him. Ostrander told the court he had lied.",
     [("Ostrander", "NORP"), ("Ostrander", "NORP")],
     [("Miriam Ostrander", "PERSON", "Miriam Ostrander"),
      ("Ostrander", "PERSON", "Miriam Ostrander")]),
    # a given name no table knows, where the surname stands alone elsewhere too
    ("Fans cheered Brakko Vendell on the climb. Vendell leads by 12 seconds.",
     [("Vendell", "ORG"), ("Vendell", "ORG")],
     [("Brakko Vendell", "PERSON", "Brakko Vendell"), ("Vendell", "PERSON", "Brakko Vendell")]),
    # a surname that is also a known town, after an unknown given name: the lone surname
    # speaks as a person ("X, who signed", "X said he")
    ("Tavo Cordoba's side won. Cordoba, who signed in May, praised them.",
     [("Cordoba", "ORG"), ("Cordoba", "ORG")],
     [("Cordoba", "PERSON", "Tavo Cordoba"), ("Tavo Cordoba", "PERSON", "Tavo Cordoba")]),
    ("Brakko Lyon was sent off. Lyon said he was sorry.",
     [("Lyon", "GPE"), ("Lyon", "GPE")],
     [("Brakko Lyon", "PERSON", "Brakko Lyon"), ("Lyon", "PERSON", "Brakko Lyon")]),
    # a full name typed a body whose unknown given name opens it: the surname speaks alone
    ("Zdravo Kellin's side lost at home. Kellin, who signed in May, blamed the referee.",
     [("Zdravo Kellin", "ORG")],
     [("Kellin", "PERSON", "Zdravo Kellin"), ("Zdravo Kellin", "PERSON", "Zdravo Kellin")]),
    ("Vasko Lille's red card cost them. Lille said he would not appeal.",
     [("Vasko Lille", "GPE")],
     [("Lille", "PERSON", "Vasko Lille"), ("Vasko Lille", "PERSON", "Vasko Lille")]),
    ("Fans booed Ruud Tessling's team. Tessling said he would stay.",
     [("Ruud Tessling", "ORG")],
     [("Ruud Tessling", "PERSON", "Ruud Tessling"), ("Tessling", "PERSON", "Ruud Tessling")]),
]  # fmt: skip

UNTOUCHED = [
    # a stop word or an English word before the name is no given name
    ("The Marlowe reopened on Monday. Marlowe staff cheered.",
     [("Marlowe", "ORG"), ("Marlowe", "ORG")],
     [("Marlowe", "ORG", "Marlowe"), ("Marlowe", "ORG", "Marlowe")]),
    # a sentence's first word may be a common word no list knows ("Carmaker")
    ("Shares fell. Chipmaker Voltren cut jobs. Voltren cars sold.",
     [("Voltren", "ORG"), ("Voltren", "ORG")],
     [("Voltren", "ORG", "Voltren"), ("Voltren", "ORG", "Voltren")]),
    # a title before the word is no given name ("Mrs" of "Mrs Keswick")
    ("Rain hit the town, Mrs Keswick said. Keswick left.",
     [("Keswick", "PERSON"), ("Keswick", "PERSON")],
     [("Keswick", "PERSON", "Keswick"), ("Keswick", "PERSON", "Keswick")]),
    # a known place before the word: no given name ("Jordan" is both)
    ("Jordan Valley farmers protested. Valley growers joined them.",
     [("Valley", "LOC"), ("Valley", "LOC")],
     [("Valley", "LOC", "Valley"), ("Valley", "LOC", "Valley")]),
    # an unknown opening word, but the word is used only once: no evidence it is a surname
    ("Shares in Grontek Varsel rose 4%.",
     [("Varsel", "ORG")],
     [("Varsel", "ORG", "Varsel")]),
    # a known town after an unknown word, no person's evidence: the town stays
    ("Fans from Trelk Cordoba came. Cordoba won 2-0.",
     [("Cordoba", "GPE"), ("Cordoba", "ORG")],
     [("Cordoba", "GPE", "Cordoba"), ("Cordoba", "ORG", "Cordoba")]),
    # a body of two unknown words whose last word speaks as a body ("said its")
    ("Prolix Vantor cut jobs. Vantor said its sales fell.",
     [("Prolix Vantor", "ORG")],
     [("Prolix Vantor", "ORG", "Prolix Vantor")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), CASES + UNTOUCHED)
def test_lone_surnames(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, spans) == sorted(expected)
