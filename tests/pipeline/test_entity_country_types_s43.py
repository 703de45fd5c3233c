"""Session 43 (lead, issue 13 types): after the one-type vote, a name that is a country's
(``models/places.jsonl``) is a GPE, whatever a body word ("the Swiss Confederation") or a
person's slot voted (``coref.evidence.types``). Through ``coref.link_names`` with hand-made
marks; invented texts. Names that only contain a country's stay as voted."""

from __future__ import annotations

import pytest

from tests.pipeline.conftest import linked_marks

ENGLISH = frozenset({"said", "the", "will", "give", "to", "funds", "rose", "beat", "won", "met"})

CASES = [
    ("The Swiss Confederation will give funds to the canton.",
     [("Swiss Confederation", "ORG", "Switzerland")],
     [("Swiss Confederation", "GPE", "Switzerland")]),
    ("Israel said talks would resume. Israel will give funds.",
     [("Israel", "ORG", "Israel"), ("Israel", "ORG", "Israel")],
     [("Israel", "GPE", "Israel"), ("Israel", "GPE", "Israel")]),
    ("Jordan beat Oman 2-1 in Amman.",
     [("Jordan", "PERSON", "Jordan"), ("Oman", "GPE", "Oman"), ("Amman", "GPE", "Amman")],
     [("Jordan", "GPE", "Jordan"), ("Oman", "GPE", "Oman"), ("Amman", "GPE", "Amman")]),
    # untouched: names that hold a country's name but are not it
    ("Georgia Power said rates rose.", [("Georgia Power", "ORG", "Georgia Power")],
     [("Georgia Power", "ORG", "Georgia Power")]),
    ("Chad Mendes won the bout.", [("Chad Mendes", "PERSON", "Chad Mendes")],
     [("Chad Mendes", "PERSON", "Chad Mendes")]),
    ("Bank of Israel said rates rose.", [("Bank of Israel", "ORG", "Bank of Israel")],
     [("Bank of Israel", "ORG", "Bank of Israel")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), CASES)
def test_country_types(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked_marks(text, marks, ENGLISH) == expected
