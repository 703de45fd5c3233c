"""Entity types that hold on unseen briefs (session 8, issue 13): facilities by a lower-case
facility word after the name, lone names with no person evidence, bodies whose name holds a
common noun's possessive, a company's name before a model number. On spacy.blank("en"); invented
texts only, each family with cases that must stay untouched."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.entities.context import lone_names
from briefx.pipeline.entities.spans import merge_broken, repair
from tests.pipeline.conftest import ents_of, refined

ENGLISH = frozenset(
    {"line", "copper", "wind", "farm", "mine", "plant", "party", "worker", "farmer", "people",
     "woman", "station", "said", "senate", "board", "gold", "new", "rail", "union", "western", "apple"}
)  # fmt: skip

NLP = spacy.blank("en")

# a name before a lower-case facility word (after at most two modifiers) is a FAC
FACILITIES = [
    ("Trains on the Kestrel line stopped at noon.", [("Kestrel", "PERSON")],
     [("Kestrel", "FAC", "Kestrel line")]),
    ("Work on the Skelvane wind farm slowed.", [("Skelvane", "ORG")],
     [("Skelvane", "FAC", "Skelvane")]),
    ("Output at the Velasco copper mine fell.", [("Velasco", "PERSON")],
     [("Velasco", "FAC", "Velasco")]),
    ("Crews said the Tarnock mine would reopen.", [("Tarnock", "GPE")],
     [("Tarnock", "FAC", "Tarnock")]),
    # a name NER missed there is added
    ("Delays hit the Harbourside line on Friday.", [],
     [("Harbourside", "FAC", "Harbourside line")]),
    ("Power flowed through the Nordlys interconnector.", [],
     [("Nordlys", "FAC", "Nordlys")]),
    # untouched: a company before a facility it owns, a country or state, a place that locates
    # it, a common word, a title, a party's "line"
    ("The Toyota plant in Ohio shut.", [("Toyota", "ORG"), ("Ohio", "GPE")],
     [("Toyota", "ORG", "Toyota"), ("Ohio", "GPE", "Ohio")]),
    ("Shares of Quorvex fell. The Quorvex plant shut.", [("Quorvex", "ORG"), ("Quorvex", "ORG")],
     [("Quorvex", "ORG", "Quorvex"), ("Quorvex", "ORG", "Quorvex")]),
    ("Rain hit the Texas rail line.", [("Texas", "GPE")], [("Texas", "GPE", "Texas")]),
    ("Trains on the Western line ran late.", [], []),
    ("Labour said the party line held.", [("Labour", "ORG")], [("Labour", "ORG", "Labour")]),
    ("The Senate line on tax held.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), FACILITIES)
def test_facilities(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert refined(text, spans, ENGLISH) == expected


# a one-word name typed a person that nothing shows to be a person is an organisation, or the
# gazetteer's place
LONE = [
    ("Skyjet said it would open two bases.", [("Skyjet", "PERSON")], [("Skyjet", "ORG")]),
    ("Fares rose, Vortana said on Monday.", [("Vortana", "PERSON")], [("Vortana", "ORG")]),
    ("Aid reached Bukavu and Goma.", [("Bukavu", "GPE"), ("Goma", "PERSON")],
     [("Bukavu", "GPE"), ("Goma", "GPE")]),
    ("Convoys reached Kharkiv on Friday.", [("Kharkiv", "PERSON")], [("Kharkiv", "GPE")]),
    # untouched: a surname of a full name the text gives, a title, a given name, a well-known
    # person's surname, a name in capitals, a hyphenated name
    ("Ana Duvall spoke. Duvall said no.", [("Ana Duvall", "PERSON"), ("Duvall", "PERSON")],
     [("Ana Duvall", "PERSON"), ("Duvall", "PERSON")]),
    ("Mr Okonkwo said no. Okonkwo left.", [("Okonkwo", "PERSON"), ("Okonkwo", "PERSON")],
     [("Okonkwo", "PERSON"), ("Okonkwo", "PERSON")]),
    ("Later, Priya said no.", [("Priya", "PERSON")], [("Priya", "PERSON")]),
    ("Macron said talks would go on.", [("Macron", "PERSON")], [("Macron", "PERSON")]),
    ("OKAFOR WINS AGAIN", [("OKAFOR", "PERSON")], [("OKAFOR", "PERSON")]),
    ("Abu-Kareem took three wickets.", [("Abu-Kareem", "PERSON")], [("Abu-Kareem", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), LONE)
def test_lone_names(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    from briefx.pipeline.coref import link_names
    from briefx.pipeline.entities.context import by_context
    from briefx.pipeline.entities.forms import refine

    doc = NLP(text)
    ents, _ = refine(doc, ents_of(text, spans), ENGLISH)
    by_context(doc, ents, ENGLISH)
    ents = link_names(doc, ents, ENGLISH)
    for e in ents:  # the title the span repair reads before a name (titles.py)
        if text[max(0, e.start - 3) : e.start] == "Mr ":
            e.titles = ("Mr",)
    lone_names(text, ents, ENGLISH)
    assert [(text[e.start : e.end], e.type) for e in ents] == expected


def _doc(text: str, spans: list[tuple[str, str]]) -> spacy.tokens.Doc:
    doc = NLP.make_doc(text)
    ents, pos = [], 0
    for surface, label in spans:
        s = text.index(surface, pos)
        span = doc.char_span(s, s + len(surface), label=label)
        assert span is not None, surface
        ents.append(span)
        pos = s + len(surface)
    doc.ents = ents
    return doc


# a possessive of a capitalised plural common noun inside a body's name is no cut
POSSESSIVES = [
    ("The Farmers' Union met.", [("Farmers' Union", "ORG")], ["Farmers' Union"]),
    ("The Working People's Party won.", [("Working People's Party", "ORG")],
     ["Working People's Party"]),
    ("The Women's Rugby Association said so.", [("Women's Rugby Association", "ORG")],
     ["Women's Rugby Association"]),
    # NER broke it in two at the possessive
    ("The Workers' Party won.", [("Workers", "ORG"), ("Party", "ORG")], ["Workers' Party"]),
    # untouched: a name's possessive, a product after a company, a body with no head word
    ("Norland's Defence Ministry said so.", [("Norland's Defence Ministry", "ORG")],
     ["Norland", "Defence Ministry"]),
    ("Apple's iPhone sold.", [("Apple's iPhone", "ORG")], ["Apple", "iPhone"]),
    ("The People's Daily said so.", [("People's Daily", "ORG")], ["People", "Daily"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), POSSESSIVES)
def test_body_possessives(text: str, spans: list[tuple[str, str]], expected: list[str]) -> None:
    doc = _doc(text, spans)
    got = [m.text for ent in merge_broken(doc, ENGLISH) for m in repair(doc, ent, ENGLISH)]
    assert got == expected


# a company's name before a model number is one PRODUCT
MODELS = [
    ("Delays to the Boeing 777-9 kept older jets flying.", [("Boeing", "ORG")],
     [("Boeing 777-9", "PRODUCT", "Boeing 777-9")]),
    ("Airbus will deliver more Airbus 330 jets.", [("Airbus", "ORG"), ("Airbus", "ORG")],
     [("Airbus", "ORG", "Airbus"), ("Airbus 330", "PRODUCT", "Airbus 330")]),
    ("Boeing said deliveries of the Boeing 737 MAX 10 slipped.",
     [("Boeing", "ORG"), ("Boeing", "ORG")],
     [("Boeing", "ORG", "Boeing"), ("Boeing 737 MAX 10", "PRODUCT", "Boeing 737 MAX 10")]),
    # plurals of product nouns count as the singular
    ("Buyers liked the Pixel 9 phones.", [], [("Pixel 9", "PRODUCT", "Pixel 9")]),
    # untouched: an amount, a year, a percentage after a company
    ("Regulators fined Apple 410 million euros.", [("Apple", "ORG")],
     [("Apple", "ORG", "Apple")]),
    ("Boeing 2025 results were weak.", [("Boeing", "ORG")], [("Boeing", "ORG", "Boeing")]),
    ("Boeing 12 percent of the market was lost.", [("Boeing", "ORG")],
     [("Boeing", "ORG", "Boeing")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), MODELS)
def test_brand_models(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert refined(text, spans, ENGLISH) == expected
