"""Natural places by their kind noun, session 27 (issue 13, LOC typed ORG): a name no word list
knows that the unknown-names rule tags takes the head-word types NER's spans have
(``entities.unknowns`` through ``forms.by_head_word``), and a kind noun WordNet gives only
natural senses (``natural_kinds.jsonl``: "massif", "moraine", "atoll") ends a natural place's
name. Invented names and texts; cases that must stay untouched too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.records import Brief
from tests.pipeline.conftest import refined

# the model leaves these names untagged; the unknown names rule tags them, by their head word
UNTAGGED = [
    ("Divers mapped the Kelso Reef on Monday and found new corals.", "Kelso Reef", "LOC"),
    ("Rescuers searched the Kaldera Crater for the missing hikers.", "Kaldera Crater", "LOC"),
    ("Fishermen avoided the Tavrin Estuary during the spill.", "Tavrin Estuary", "LOC"),
    # untouched: a facility's head word, a natural place NER typed already
    ("Work on the Torvik Viaduct will end in May, the ministry said.", "Torvik Viaduct", "FAC"),
    ("The rally crossed the Muzrak Plateau on its third stage.", "Muzrak Plateau", "LOC"),
]


@pytest.mark.parametrize(("text", "name", "want"), UNTAGGED)
def test_untagged_names_by_head_word(
    run: Callable[..., Brief], text: str, name: str, want: str
) -> None:
    types = {m.text: e.type for e in run(text).entities for m in e.mentions}
    assert types.get(name) == want


KINDS = [
    ("Climbers crossed the Sella Massif at dawn.", "Sella Massif", "ORG", "LOC"),
    ("Boats sheltered behind the Marrow Atoll.", "Marrow Atoll", "ORG", "LOC"),
    ("Hikers camped beside the Lorn Tarn for two nights.", "Lorn Tarn", "FAC", "LOC"),
    # untouched: a family name, a plural with other senses, a person
    ("Investors of Harbor Sands met in Miami.", "Harbor Sands", "ORG", "ORG"),
    ("Anna Berg met investors in Oslo.", "Anna Berg", "PERSON", "PERSON"),
]


@pytest.mark.parametrize(("text", "name", "typ", "want"), KINDS)
def test_natural_kinds(text: str, name: str, typ: str, want: str) -> None:
    out = refined(text, [(name, typ)], frozenset({"the", "at", "dawn"}))
    assert [t for s, t, _ in out if s == name] == [want]
