"""Natural places typed ORG, session 27 (types14, issue 13): a kind noun with a natural place's
sense in WordNet (``natural_leads.jsonl``: "col", "plateau", "glacier") opens a natural place's
name before a Romance particle ("Plateau de Beille", "Col du Galibier"), whatever type NER gave
it; a country only CLDR's names know, typed a body, is the country ("Côte d'Ivoire", "Trinidad &
Tobago"). Invented names and texts; cases that must stay untouched too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.evidence import cldr_country, countries_alone
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


# A country only CLDR's names know (``country_codes.jsonl``), typed a body by the model: the
# country (``evidence.countries_alone``); an "&" in CLDR's name reads as a firm's otherwise.
COUNTRIES = [
    ("Côte d'Ivoire said it would raise cocoa prices.", "Côte d'Ivoire", "ORG", "GPE"),
    ("Trinidad & Tobago raised gas output.", "Trinidad & Tobago", "ORG", "GPE"),
    ("St. Vincent & Grenadines will vote in May.", "St. Vincent & Grenadines", "ORG", "GPE"),
    ("TALKS STALL OVER KOSOVO.", "KOSOVO", "ORG", "GPE"),
    # untouched: a firm with "&", CLDR's groupings (no country), a person in capitals
    ("Procter & Gamble said sales rose.", "Procter & Gamble", "ORG", "ORG"),
    ("The European Union said talks would resume.", "European Union", "ORG", "ORG"),
    ("The Eurozone said talks would resume.", "Eurozone", "ORG", "ORG"),
    ("DR ISRAEL: No. We remain on track.", "ISRAEL", "PERSON", "PERSON"),
]


@pytest.mark.parametrize(("text", "name", "typ", "want"), COUNTRIES)
def test_cldr_countries(text: str, name: str, typ: str, want: str) -> None:
    start = text.index(name)
    e = Ent(start, start + len(name), typ, name)
    countries_alone(text, [e])
    assert e.type == want


def test_cldr_country_spellings() -> None:
    assert cldr_country("Côte d'Ivoire")
    assert cldr_country("St. Kitts and Nevis")
    assert cldr_country("KOSOVO")
    assert not cldr_country("United Nations")
    assert not cldr_country("Outlying Oceania")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Côte d'Ivoire said it would raise cocoa prices.", "Côte d'Ivoire"),
        ("St. Kitts & Nevis sold 300 passports, officials said.", "St. Kitts & Nevis"),
        ("Antigua & Barbuda will vote in May.", "Antigua & Barbuda"),
    ],
)
def test_cldr_countries_pipeline(run: Callable[..., Brief], text: str, name: str) -> None:
    types = {m.text: e.type for e in run(text).entities for m in e.mentions}
    assert types.get(name) == "GPE"
