"""Products by the grammar of commerce, session 35 (issue 13 item 6, products22;
``briefx/pipeline/entities/products.py``): names in a list after a cue of commerce
(``cued_lists``: "sales of the X and the Y", "orders for the X", "recalled the X", a company's
possessive before a pair NER read as one organisation), a maker's name before a model's
(``maker_runs``: "the Toyota Corolla"), a name before "units" after a count (``noun_products``)
and a name NER typed a nationality after a company's possessive. On spacy.blank("en") with the
form, context and product rules and invented product names (the companies are listed ones);
each mechanism with three new cases of its family and cases that must stay untouched."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref import link_names
from briefx.pipeline.entities.context import by_context
from briefx.pipeline.entities.forms import refine
from briefx.pipeline.entities.products import by_product
from tests.pipeline.conftest import ents_of

ENGLISH = frozenset(
    {"sales", "the", "and", "orders", "demand", "golf", "civic", "accord", "explorer", "budget",
     "rose", "fell", "units", "dealers", "sold", "range", "long", "more", "ambassador", "unveiled", "launched", "recalled",
     "stallion", "meridian", "pilot", "then", "analysts", "it"}
)  # fmt: skip
_BLANK = spacy.blank("en")

Mark = tuple[str, str]


def products(text: str, spans: list[Mark]) -> list[Mark]:
    """(surface, type) after the form, context and product rules and the name linking."""
    doc = _BLANK(text)
    ents, _ = refine(doc, ents_of(text, spans), ENGLISH)
    by_context(doc, ents, ENGLISH)
    by_product(doc, ents, ENGLISH)
    ents = link_names(doc, ents, ENGLISH)
    return [(text[e.start : e.end], e.type) for e in sorted(ents, key=lambda e: e.start)]


# cued_lists: the items of a list after a cue of commerce, one PRODUCT each
LISTS = [
    ("Toyota said sales of the Corvena rose.", [("Toyota", "ORG"), ("Corvena", "NORP")],
     [("Toyota", "ORG"), ("Corvena", "PRODUCT")]),
    ("Ford said sales of the F-170 and the Stallion rose.",
     [("Ford", "ORG"), ("F-170", "PRODUCT"), ("Stallion", "LOC")],
     [("Ford", "ORG"), ("F-170", "PRODUCT"), ("Stallion", "PRODUCT")]),
    ("Saab said orders for the Gravik had doubled.", [("Saab", "ORG"), ("Gravik", "ORG")],
     [("Saab", "ORG"), ("Gravik", "PRODUCT")]),
    ("Analysts saw demand for the Lumera Air slow.", [("Lumera Air", "ORG")],
     [("Lumera Air", "PRODUCT")]),
    ("Honda recalled the Vireo and the Talon in Canada.",
     [("Honda", "ORG"), ("Vireo and the Talon", "LAW"), ("Canada", "GPE")],
     [("Honda", "ORG"), ("Vireo", "PRODUCT"), ("Talon", "PRODUCT"), ("Canada", "GPE")]),
    ("Pfizer's Zelvora and Quintaxa sold strongly.",
     [("Pfizer", "ORG"), ("Zelvora and Quintaxa", "ORG")],
     [("Pfizer", "ORG"), ("Zelvora", "PRODUCT"), ("Quintaxa", "PRODUCT")]),
    ("Novo Nordisk's Wegrova and Ozaryn sold strongly.",
     [("Novo Nordisk", "PERSON"), ("Wegrova and Ozaryn", "ORG")],
     [("Novo Nordisk", "ORG"), ("Wegrova", "PRODUCT"), ("Ozaryn", "PRODUCT")]),
    ("It said production of the Golf moved.", [("Golf", "LOC")], [("Golf", "PRODUCT")]),
    # untouched: companies with "and" or "&", companies after the cue, people after an owner,
    # places and a company's parts after an owner, a lone English word NER left untagged
    ("Sales of Procter & Gamble rose.", [("Procter & Gamble", "ORG")],
     [("Procter & Gamble", "ORG")]),
    ("Demand for Marks and Spencer fell.", [("Marks and Spencer", "ORG")],
     [("Marks and Spencer", "ORG")]),
    ("Orders for Airbus and Boeing rose.", [("Airbus", "ORG"), ("Boeing", "ORG")],
     [("Airbus", "ORG"), ("Boeing", "ORG")]),
    ("Apple's Tim Cook and Jeff Williams spoke.",
     [("Apple", "ORG"), ("Tim Cook", "PERSON"), ("Jeff Williams", "PERSON")],
     [("Apple", "ORG"), ("Tim Cook", "PERSON"), ("Jeff Williams", "PERSON")]),
    ("Pfizer's chief Bourla and Boshoff spoke.",
     [("Pfizer", "ORG"), ("Bourla", "PERSON"), ("Boshoff", "PERSON")],
     [("Pfizer", "ORG"), ("Bourla", "PERSON"), ("Boshoff", "PERSON")]),
    ("Honda's Civic and Pilot sold well, Pfizer's Ana Ruiz and Luis Soto said.",
     [("Honda", "ORG"), ("Pfizer", "ORG"), ("Ana Ruiz", "PERSON"), ("Luis Soto", "PERSON")],
     [("Honda", "ORG"), ("Civic", "PRODUCT"), ("Pilot", "PRODUCT"), ("Pfizer", "ORG"),
      ("Ana Ruiz", "PERSON"), ("Luis Soto", "PERSON")]),
    ("Samsung's Seoul and Suwon plants grew.",
     [("Samsung", "ORG"), ("Seoul", "GPE"), ("Suwon", "GPE")],
     [("Samsung", "ORG"), ("Seoul", "GPE"), ("Suwon", "GPE")]),
    ("Samsung's Gumi and Hwaseong plants grew.",
     [("Samsung", "ORG"), ("Gumi and Hwaseong", "ORG")],
     [("Samsung", "ORG"), ("Gumi and Hwaseong", "ORG")]),
    ("Demand for the United States rose.", [("United States", "GPE")],
     [("United States", "GPE")]),
    ("The chancellor unveiled the Budget.", [], []),
    ("Meta made users of Facebook and Instagram pay.", [("Meta", "ORG")], [("Meta", "ORG")]),
    ("The chancellor unveiled the Budget.", [("Budget", "ORG")], [("Budget", "ORG")]),
    ("Tesla said deliveries of the Model Y Long Range rose.", [("Tesla", "ORG")],
     [("Tesla", "ORG")]),
    ("Anna Berg's Rex and Bella ran.", [("Anna Berg", "PERSON"), ("Rex", "PERSON"),
     ("Bella", "PERSON")], [("Anna Berg", "PERSON"), ("Rex", "PERSON"), ("Bella", "PERSON")]),
    # untouched: an amount after the cue is no list of names (a code, a letter symbol)
    ("Group sales of EUR 4.83 billion were reported.", [], []),
    ("It reported sales of Rs 4.5 billion.", [], []),
    ("Orders for USD 300 million of bonds came in.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), LISTS)
def test_cued_lists(text: str, spans: list[Mark], want: list[Mark]) -> None:
    assert products(text, spans) == want


# maker_runs: a company's name before a model's is one PRODUCT
MAKERS = [
    ("Dealers sold the Toyota Corvena.", [("Toyota", "ORG")], [("Toyota Corvena", "PRODUCT")]),
    ("It sold 80,000 Volkswagen Palo models.", [("Volkswagen", "ORG")],
     [("Volkswagen Palo", "PRODUCT")]),
    ("Buyers liked the Nissan Qarvo.", [("Nissan", "ORG"), ("Qarvo", "PERSON")],
     [("Nissan Qarvo", "PRODUCT")]),
    ("Sales of the Toyota Meridian rose.", [("Toyota", "ORG")], [("Toyota Meridian", "PRODUCT")]),
    ("Dealers sold the Toyota Meridian.", [("Toyota", "ORG")], [("Toyota Meridian", "PRODUCT")]),
    # untouched: a company's body, parts and people, a model that is an English word without a
    # product's noun or a cue, a maker with no article or count before it
    ("It funds the Toyota Foundation.", [("Toyota Foundation", "ORG")],
     [("Toyota Foundation", "ORG")]),
    ("Then the Toyota Meridian opened.", [("Toyota", "ORG")], [("Toyota", "ORG")]),
    ("Toyota Corvena rose.", [("Toyota", "ORG")], [("Toyota", "ORG")]),
    ("It met the Nissan Group.", [("Nissan Group", "ORG")], [("Nissan Group", "ORG")]),
    ("The Samsung Seoul office grew.", [("Samsung", "ORG"), ("Seoul", "GPE")],
     [("Samsung", "ORG"), ("Seoul", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), MAKERS)
def test_maker_runs(text: str, spans: list[Mark], want: list[Mark]) -> None:
    assert products(text, spans) == want


# noun_products: a name before "units" after a count; _may_be_product: a name NER typed a
# nationality after a company's possessive
COUNTED = [
    ("Apple sold more iVista units.", [("Apple", "ORG"), ("iVista", "ORG")],
     [("Apple", "ORG"), ("iVista", "PRODUCT")]),
    ("It sold 54 million Zorin units.", [("Zorin", "ORG")], [("Zorin", "PRODUCT")]),
    ("Pfizer's Paxlora fell.", [("Pfizer", "ORG"), ("Paxlora", "NORP")],
     [("Pfizer", "ORG"), ("Paxlora", "PRODUCT")]),
    # untouched: a company's parts after its possessive, a demonym after a possessive
    ("Alphabet's Wayvo units grew.", [("Alphabet", "ORG"), ("Wayvo", "ORG")],
     [("Alphabet", "ORG"), ("Wayvo", "ORG")]),
    ("Pfizer's Danish staff fell.", [("Pfizer", "ORG"), ("Danish", "NORP")],
     [("Pfizer", "ORG"), ("Danish", "NORP")]),
    ("It sold more Toyota units.", [("Toyota", "ORG")], [("Toyota", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), COUNTED)
def test_counted_and_norp(text: str, spans: list[Mark], want: list[Mark]) -> None:
    assert products(text, spans) == want
