"""The compiled attribute ruler gives exactly what spaCy's own ruler gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from briefx.nlp import default_model
from briefx.pipeline.attributes import CompiledAttributeRuler

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
COLUMNS = [POS, TAG, MORPH, LEMMA, DEP]

# Each line exercises a kind of rule of the English ruler: tag -> POS + morphology, word +
# tag exceptions, rules of two tokens (contractions, "gonna"), spaces and line breaks.
CASES = [
    "I ain't gonna say it, y'all: let's go, c'mon, we gotta.",
    "She doesn't think they'd have done it; he'd rather not.",
    "  Two spaces,\n\nthen a blank line and\ta tab.",
    "Mr. O'Neil's firm, which was sold, paid $5.2bn (about 3%).",
    "It is what it is: there were 12 of them, and there's more.",
    "WASHINGTON -- THE MINISTRY SAID ON MONDAY THAT IT HAD NO PLANS.",
    "ain't",
    "",
]


@pytest.fixture(scope="module")
def pair() -> tuple[Language, AttributeRuler, CompiledAttributeRuler]:
    import spacy

    nlp = spacy.load(default_model(), exclude=["parser", "ner", "lemmatizer"])
    stock = nlp.get_pipe("attribute_ruler")
    compiled = CompiledAttributeRuler(nlp.vocab)
    compiled.add_patterns(stock.patterns)
    return nlp, stock, compiled


def _both(pair: tuple[Language, AttributeRuler, CompiledAttributeRuler], text: str) -> None:
    nlp, stock, compiled = pair
    before = [n for n in nlp.pipe_names if n != "attribute_ruler"]
    tagged = nlp(text, disable=["attribute_ruler"]) if before else nlp.make_doc(text)
    a = Doc(nlp.vocab).from_bytes(tagged.to_bytes())
    b = Doc(nlp.vocab).from_bytes(tagged.to_bytes())
    stock(a)
    compiled(b)
    assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all(), [
        (t.text, t.pos_, u.pos_, str(t.morph), str(u.morph), t.lemma_, u.lemma_)
        for t, u in zip(a, b, strict=True)
        if (t.pos_, str(t.morph), t.lemma_) != (u.pos_, str(u.morph), u.lemma_)
    ]


@pytest.mark.parametrize("text", CASES)
def test_same_as_the_stock_ruler(pair, text: str) -> None:
    _both(pair, text)


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_same_as_the_stock_ruler_on_the_samples(pair, path: Path) -> None:
    _both(pair, path.read_text(encoding="utf-8"))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "gon",
                "na",
                "got",
                "ta",
                "let",
                "'s",
                "y'",
                "all",
                "ai",
                "n't",
                "is",
                "there",
                "The",
                "bank",
                "said",
                "it",
                "I",
                "you",
                " ",
                "\n",
                ",",
                "5",
                "%",
                "did",
                "have",
            ]
        ),
        max_size=30,
    )
)
def test_same_as_the_stock_ruler_on_generated_text(pair, words: list[str]) -> None:
    _both(pair, " ".join(words))


def test_a_rule_it_cannot_read_falls_back_to_spacy(pair) -> None:
    nlp, stock, _ = pair
    extended = CompiledAttributeRuler(nlp.vocab)
    extended.add_patterns(stock.patterns)
    extended.add([[{"LENGTH": 4, "TAG": "NN"}]], {"POS": "X"})  # LENGTH: not in its table
    doc = nlp("The bank said the loan was big.", disable=["attribute_ruler"])
    extended(doc)
    assert [t.text for t in doc if t.pos_ == "X"] == ["bank", "loan"]
    assert extended._compiled is not None
    assert not extended._compiled.usable


def test_rules_added_later_are_used(pair) -> None:
    nlp, stock, _ = pair
    compiled = CompiledAttributeRuler(nlp.vocab)
    compiled.add_patterns(stock.patterns)
    compiled(nlp("warm the table up", disable=["attribute_ruler"]))
    compiled.add([[{"LOWER": "table"}]], {"LEMMA": "furniture"})
    doc = nlp("a table", disable=["attribute_ruler"])
    compiled(doc)
    assert doc[1].lemma_ == "furniture"


def test_the_briefx_pipeline_uses_it() -> None:
    from briefx.nlp import load

    assert isinstance(load().get_pipe("attribute_ruler"), CompiledAttributeRuler)
