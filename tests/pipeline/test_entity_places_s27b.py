"""Natural places typed ORG, session 27 (types14, issue 13): a kind noun with a natural place's
sense in WordNet (``natural_leads.jsonl``: "col", "plateau", "glacier") opens a natural place's
name before a Romance particle ("Plateau de Beille", "Col du Galibier"), whatever type NER gave
it. Invented names and texts; cases that must stay untouched too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.pipeline.entities.forms import natural_lead, natural_leads
from briefx.records import Brief
from tests.pipeline.conftest import refined

ENGLISH = frozenset({"the", "on", "at", "said", "sales", "rose", "climb", "riders"})

LEADS = [
    (
        "The stage finishes on the Plateau de Varenne after a long climb.",
        "Plateau de Varenne",
        "ORG",
        "LOC",
    ),
    ("Riders will tackle the Col du Morvan on Friday.", "Col du Morvan", "ORG", "LOC"),
    (
        "Skiers were caught on the Glacier de la Tourne on Monday.",
        "Glacier de la Tourne",
        "ORG",
        "LOC",
    ),
    ("Hikers camped in the Valle del Sarmo for a week.", "Valle del Sarmo", "ORG", "ORG"),
    # untouched: a firm after an English kind noun, a person with a particle, a body's head word
    ("Canyon Bicycles said sales rose.", "Canyon Bicycles", "ORG", "ORG"),
    ("Dale de Vries said sales rose.", "Dale de Vries", "PERSON", "PERSON"),
    ("Bank of Morvan said sales rose.", "Bank of Morvan", "ORG", "ORG"),
    ("Plateau Rosa said sales rose.", "Plateau Rosa", "ORG", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "typ", "want"), LEADS)
def test_natural_leads(text: str, name: str, typ: str, want: str) -> None:
    out = refined(text, [(name, typ)], ENGLISH)
    assert [t for s, t, _ in out if s == name] == [want]


WORDS = [
    ("Col du Morvan", True),
    ("Massif des Arves", True),
    ("Col Morvan", False),  # no particle
    ("Dale de Vries", False),  # a given name
    ("Banks de la Rosa", False),  # a plural, not a kind noun of the table
    ("Summit de Paris", False),  # no natural sense in WordNet
]


@pytest.mark.parametrize(("name", "want"), WORDS)
def test_natural_lead_form(name: str, want: bool) -> None:
    assert natural_lead(name.split()) is want


def test_table_excludes_bodies_and_given_names() -> None:
    leads = natural_leads()
    assert {"col", "plateau", "glacier", "massif", "valley"} <= leads
    assert "bank" not in leads
    assert "dale" not in leads


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The peloton climbed the Col de Serre on Sunday.", "Col de Serre"),
        ("Rangers closed the Glacier des Tines after the storm.", "Glacier des Tines"),
    ],
)
def test_pipeline(run: Callable[..., Brief], text: str, name: str) -> None:
    types = {m.text: e.type for e in run(text).entities for m in e.mentions}
    assert types.get(name) == "LOC"
