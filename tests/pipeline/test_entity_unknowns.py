"""Names NER left untagged where nothing but a name can stand (session 25, issue 13 spans;
``briefx.pipeline.entities.unknowns``), through the whole pipeline (the model's part-of-speech
tags are the point): a capitalised proper noun mid-sentence that no word list knows is a name,
with the capitalised words next to it; not a title, a unit, a disease, a concept acronym, an
index before its level, nor a word whose capital says nothing. Invented names and texts; each
rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from briefx.pipeline.entities.unknowns import unknown_names
from briefx.records import Brief

# (text, spans that must be tagged, spans that must not be)
CASES = [
    (("Rail services stopped on Monday after state operator Sarvexa cancelled 30% of its trains "
     "in the north."), ["Sarvexa"], []),
    (("The grid company awarded a €2 billion order to Kelvanor for cables, and the KDVU union "
     "said its members would build them."), ["Kelvanor", "KDVU"], []),
    (("Shares rose after the fund bought a stake in Qumrix, whose chief Mirela Ostrovan said "
     "the deal would close in May."), ["Qumrix", "Mirela Ostrovan"], []),
    # untouched: an index before its level or the word "index", a disease
    ("Markets fell, with the Dunmore index at 4,120 as Ebola cases rose in the east.",
     [], ["Dunmore", "Ebola"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "tagged", "untagged"), CASES)
def test_unknown_names(
    run: Callable[..., Brief], text: str, tagged: list[str], untagged: list[str]
) -> None:
    mentions = {m.text for e in run(text).entities for m in e.mentions}
    assert set(tagged) <= mentions
    assert not mentions & set(untagged)


ENGLISH = frozenset(
    {
        "the",
        "order",
        "went",
        "to",
        "on",
        "said",
        "of",
        "capacity",
        "plant",
        "housing",
        "minister",
        "review",
        "board",
    }
)


def tagged_doc(text: str) -> spacy.tokens.Doc:
    """A blank Doc whose capitalised words are tagged proper nouns (as the model tags them)."""
    doc = spacy.blank("en")(text)
    for t in doc:
        t.pos_ = "PROPN" if t.text[:1].isupper() else "NOUN"
    doc[0].is_sent_start = True
    for t in doc[1:]:
        t.is_sent_start = False
    return doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The order went to Kelvanor on Monday.", [("Kelvanor", "ORG")]),
     ("The order went to Dr Mirela Ostrovan.", [("Mirela Ostrovan", "PERSON")]),
     ("The order went to the Minister for Housing Helen Welk.", [("Helen Welk", "PERSON")]),
     ("The plant said 400 megawatts (MW) of capacity.", []),  # a unit
     ("The plant said the IPO of Zika went to GPT.", [("GPT", "ORG")]),  # acronym; disease
     ("The order went to Nordvik 500 on Monday.", []),  # an index before its level
     ("The order went to Rive d'Argence on Monday.", [("Rive d'Argence", "ORG")]),
     ("The order went to Kelvo-Tec on Monday.", [("Kelvo-Tec", "ORG")]),
     ("The plant said Parkinson's patients went to Qarvenn.", [("Qarvenn", "ORG")]),
     ("The order went to a Richter magnitude of 5.8.", []),  # an eponym before its noun
     ("The order went to Kelvaro Utility and Review Board.", []),  # a longer name goes on
     ("The order went to Kelvaro and Dunvik Norge.", [("Kelvaro", "ORG"), ("Dunvik Norge", "ORG")]),
     ("The order went to the broader Tarvo on Monday.", []),  # an index, as context reads it
     ("The order went to the Vellko share average.", [])],
)  # fmt: skip
def test_unknown_names_rules(text: str, expected: list[tuple[str, str]]) -> None:
    doc = tagged_doc(text)
    got = unknown_names(doc, [], ENGLISH, [], set())
    assert [(text[e.start : e.end], e.type) for e in got] == expected


def test_blank_pipeline_adds_nothing() -> None:
    doc = spacy.blank("en")("The order went to Kelvanor on Monday.")
    assert unknown_names(doc, [], frozenset(), [], set()) == []
