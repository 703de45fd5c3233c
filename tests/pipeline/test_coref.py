"""briefx.pipeline.coref.resolve: pronouns, titles and short forms -> the entity meant."""

from __future__ import annotations

import pytest
import spacy

from briefx.facts import EntityFact
from briefx.pipeline.coref import resolve

# (text, entities as (written, type, name, titles), the words to resolve, expected name)
CASES = [
    ("Jane Roe spoke. He said no.", [("Jane Roe", "PERSON", "Jane Roe", ())], "He", "Jane Roe"),
    (
        "Acme Corp met Jane Roe. She left.",
        [("Acme Corp", "ORG", "Acme Corp", ()), ("Jane Roe", "PERSON", "Jane Roe", ())],
        "She",
        "Jane Roe",
    ),
    ("Acme Corp grew. It said so.", [("Acme Corp", "ORG", "Acme Corp", ())], "It", "Acme Corp"),
    (
        "Defense Secretary Pete Hegseth and Jane Roe met. The Secretary left.",
        [
            ("Pete Hegseth", "PERSON", "Pete Hegseth", ("Defense Secretary",)),
            ("Jane Roe", "PERSON", "Jane Roe", ()),
        ],
        "The Secretary",
        "Pete Hegseth",
    ),
    (
        "Finance Minister Maria Lopez spoke. The minister left.",
        [("Maria Lopez", "PERSON", "Maria Lopez", ("Finance Minister",))],
        "The minister",
        "Maria Lopez",
    ),
    (
        "The Bank of Canada held. The Bank spoke.",
        [("Bank of Canada", "ORG", "Bank of Canada", ())],
        "The Bank",
        "Bank of Canada",
    ),
    (
        "Acme Corp grew. The company spoke.",
        [("Acme Corp", "ORG", "Acme Corp", ())],
        "The company",
        "Acme Corp",
    ),
    (
        "Maria Lopez spoke. Lopez left.",
        [("Maria Lopez", "PERSON", "Maria Lopez", ())],
        "Lopez",
        "Maria Lopez",
    ),
    (
        "The Chilean Government spoke.",
        [("Chilean", "NORP", "Chilean", ())],
        "The Chilean Government",
        "Chile",
    ),
    (
        "The Government of Chile spoke.",
        [("Chile", "GPE", "Chile", ())],
        "The Government of Chile",
        "Chile",
    ),
    # nobody named: None
    ("The Government spoke.", [], "The Government", None),
    ("Acme Corp grew. They said so.", [("Acme Corp", "ORG", "Acme Corp", ())], "They", None),
    ("He said no.", [], "He", None),
    # a person whose only title has another head is no "Secretary"
    (
        "Governor Jane Roe spoke. The Secretary left.",
        [("Jane Roe", "PERSON", "Jane Roe", ("Governor",))],
        "The Secretary",
        None,
    ),
    # abbreviated titles hold their head word
    (
        "Gov. Jane Roe spoke. The governor left.",
        [("Jane Roe", "PERSON", "Jane Roe", ("Gov.",))],
        "The governor",
        "Jane Roe",
    ),
    (
        "Sen. John Doe spoke. The Senator left.",
        [("John Doe", "PERSON", "John Doe", ("Sen.",))],
        "The Senator",
        "John Doe",
    ),
    (
        "Prof. Maria Lopez spoke. The professor left.",
        [("Maria Lopez", "PERSON", "Maria Lopez", ("Prof.",))],
        "The professor",
        "Maria Lopez",
    ),
    # no person named with the title: the latest person named without one (the text gave the
    # title in a form entities did not read), never a person with another title
    (
        "Jane Roe spoke. The Secretary left.",
        [("Jane Roe", "PERSON", "Jane Roe", ())],
        "The Secretary",
        "Jane Roe",
    ),
    (
        "Jane Roe met Governor John Doe. The Secretary left.",
        [("Jane Roe", "PERSON", "Jane Roe", ()), ("John Doe", "PERSON", "John Doe", ("Governor",))],
        "The Secretary",
        "Jane Roe",
    ),
    (
        "John Doe spoke. Jane Roe, the trade envoy, agreed. The minister left.",
        [("John Doe", "PERSON", "John Doe", ()), ("Jane Roe", "PERSON", "Jane Roe", ())],
        "The minister",
        "Jane Roe",
    ),
]


@pytest.mark.parametrize(("text", "ents", "words", "expected"), CASES)
def test_resolve(
    text: str, ents: list[tuple[str, str, str, tuple[str, ...]]], words: str, expected: str | None
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    facts = sorted(
        (EntityFact(text.index(w), text.index(w) + len(w), t, n, ti) for w, t, n, ti in ents),
        key=lambda f: f.start,
    )
    at = text.rindex(words)
    span = doc.char_span(at, at + len(words))
    assert span is not None
    ref = resolve(doc, span.start, span.end, facts)
    assert (ref.name if ref else None) == expected
