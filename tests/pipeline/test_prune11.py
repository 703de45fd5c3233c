"""``coref.variants.lead_word``: the one rule for a word NER ran into a person's span (session 26,
the fold of ``spans._lead_word`` and ``coref.variants.demonym_people``); invented examples."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref.variants import lead_word

ENGLISH = frozenset({"opener", "striker", "coach", "red", "cross", "express", "rookie", "grant"})

CASES = [
    # the NER's own PERSON span: the lead word's evidence is enough
    ("Croatian Ivo Radic served 19 aces.", "Croatian Ivo Radic", "ner", "NORP"),
    ("Opener Ravi Kalhan scored 176.", "Opener Ravi Kalhan", "ner", "role"),
    ("He scored. Striker Ola Berg added one.", "Striker Ola Berg", "ner", "role"),
    # typed later: the rest must read as a person's name
    ("Italian Marco Pantani took the stage.", "Italian Marco Pantani", "ORG", "NORP"),
    ("Rookie Jaylen Brooks added 12.", "Rookie Jaylen Brooks", "PERSON", "role"),
    # untouched: mid-sentence, a given name first, a body, a last word English knows
    ("The club signed Striker Ola Berg.", "Striker Ola Berg", "ner", ""),
    ("Grant Thornton Bharat said.", "Grant Thornton Bharat", "PERSON", ""),
    ("The American Red Cross pledged.", "American Red Cross", "PERSON", ""),
    ("Coach Brightline Lisboa said.", "Coach Brightline Lisboa", "ORG", ""),
    ("Spanish Queen Mary University said.", "Spanish Queen Mary University", "ORG", ""),
]


@pytest.mark.parametrize(("text", "span", "typed", "expected"), CASES)
def test_lead_word(text: str, span: str, typed: str, expected: str) -> None:
    start = text.index(span)
    assert lead_word(text, start, span.split(" "), ENGLISH, typed) == expected
