"""Products, laws and waterways read off the words around a name (session 10, issue 13,
``briefx/pipeline/entities/products.py``): ship classes, a company's product after its
possessive, a name before a product noun, things sold, laws and bills with possessives and a
bracketed jurisdiction, rivers after boats "on the". On spacy.blank("en") with invented names; each family has cases that
must stay untouched."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref import link_names
from briefx.pipeline.entities.context import by_context
from briefx.pipeline.entities.forms import refine
from briefx.pipeline.entities.products import by_product
from tests.pipeline.conftest import ents_of

ENGLISH = frozenset(
    {"tomahawk", "falcon", "hunter", "electric", "sales", "rose", "class", "apple", "seal",
     "analysts", "doctors", "buyers", "then", "crews", "peers", "regulators", "attacks",
     "most", "shops", "talks", "round", "prices", "voters", "ana"}
)  # fmt: skip
_BLANK = spacy.blank("en")


def products(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(surface, type, name) after the form, context and product rules and the name linking,
    in the component's order."""
    doc = _BLANK(text)
    ents, _ = refine(doc, ents_of(text, spans), ENGLISH)
    by_context(doc, ents, ENGLISH)
    by_product(doc, ents, ENGLISH)
    ents = link_names(doc, ents, ENGLISH)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


CASES = [
    # 1. ship classes: the class with its noun, over a place or person NER found in it
    ("The navy ordered two Hunter-class frigates.", [("Hunter", "PERSON")],
     [("Hunter-class", "PRODUCT", "Hunter-class frigate")]),
    ("An Astute-class submarine docked at Faslane.", [("Faslane", "GPE")],
     [("Astute-class", "PRODUCT", "Astute-class submarine"), ("Faslane", "GPE", "Faslane")]),
    ("The Ohio-class submarines will be retired.", [("Ohio", "GPE")],
     [("Ohio-class", "PRODUCT", "Ohio-class submarine")]),
    # untouched: no vessel's or product's noun after "-class"
    ("It was a world-class team.", [], []),
    ("First-class mail rose.", [], []),
    ("The Ohio-class debate went on.", [("Ohio", "GPE")], [("Ohio", "GPE", "Ohio")]),
    # 2. a company's product after its possessive (the company table knows the owner)
    ("Nvidia's Korvath accelerators ship in May.", [("Nvidia", "ORG"), ("Korvath", "ORG")],
     [("Nvidia", "ORG", "Nvidia"), ("Korvath", "PRODUCT", "Korvath")]),
    ("Regulators cleared Pfizer's Zelvoran on Monday.", [("Pfizer", "ORG"), ("Zelvoran", "PERSON")],
     [("Pfizer", "ORG", "Pfizer"), ("Zelvoran", "PRODUCT", "Zelvoran")]),
    ("It cleared Novartis's rival Quintara for adults.",
     [("Novartis", "ORG"), ("Quintara", "ORG")],
     [("Novartis", "ORG", "Novartis"), ("Quintara", "PRODUCT", "Quintara")]),
    # ... and a model NER missed there, its number no figure
    ("Buyers await Apple's next M7 processor.", [("Apple", "ORG")],
     [("Apple", "ORG", "Apple"), ("M7", "PRODUCT", "M7")]),
    ("Qualcomm's Dragonet 9 Prime was late.", [("Qualcomm", "ORG")],
     [("Qualcomm", "ORG", "Qualcomm"), ("Dragonet 9 Prime", "PRODUCT", "Dragonet 9 Prime")]),
    # untouched: a person's full name, a unit, a speaker, an owner that is no company
    ("Then Apple's Tim Cook spoke.", [("Apple", "ORG"), ("Tim Cook", "PERSON")],
     [("Apple", "ORG", "Apple"), ("Tim Cook", "PERSON", "Tim Cook")]),
    ("Alphabet's Wayvo unit grew.", [("Alphabet", "ORG"), ("Wayvo", "ORG")],
     [("Alphabet", "ORG", "Alphabet"), ("Wayvo", "ORG", "Wayvo")]),
    ("Google's Deepcore said it would hire.", [("Google", "ORG"), ("Deepcore", "ORG")],
     [("Google", "ORG", "Google"), ("Deepcore", "ORG", "Deepcore")]),
    ("Harlow College's Kennet School closed.", [("Harlow College", "ORG"), ("Kennet School", "ORG")],
     [("Harlow College", "ORG", "Harlow College"), ("Kennet School", "ORG", "Kennet School")]),
    ("Analysts said Apple's 2025 revenue fell.", [("Apple", "ORG")], [("Apple", "ORG", "Apple")]),
    # 3. a name before a product noun, after a number, a determiner or a possessive
    ("Orbitex launched 24 Starlux satellites.", [("Orbitex", "ORG"), ("Starlux", "ORG")],
     [("Orbitex", "ORG", "Orbitex"), ("Starlux", "PRODUCT", "Starlux")]),
    ("It said its Falcon sensor blocks attacks.", [("Falcon", "GPE")],
     [("Falcon", "PRODUCT", "Falcon")]),
    ("Crews boarded the Orvex capsule.", [], [("Orvex", "PRODUCT", "Orvex")]),
    ("The army bought Tomahawk missiles.", [("Tomahawk", "ORG")],
     [("Tomahawk", "PRODUCT", "Tomahawk")]),
    # untouched: a maker the document shows to be a company, a big city, a demonym, a country
    ("Aerovia shares rose 3%. It sold 30 Aerovia jets.", [("Aerovia", "ORG"), ("Aerovia", "ORG")],
     [("Aerovia", "ORG", "Aerovia"), ("Aerovia", "ORG", "Aerovia")]),
    ("The Detroit cars sold well.", [("Detroit", "GPE")], [("Detroit", "GPE", "Detroit")]),
    ("It launched two Chinese satellites.", [("Chinese", "NORP")],
     [("Chinese", "NORP", "Chinese")]),
    ("Prices of the Japan chips fell.", [("Japan", "GPE")], [("Japan", "GPE", "Japan")]),
    ("The Electric cars sold well.", [], []),
    # ... and a place no table knows before a product noun, with no determiner
    ("Attacks on Varnix servers rose.", [("Varnix", "GPE")], [("Varnix", "PRODUCT", "Varnix")]),
    # untouched: a town the gazetteer knows
    ("Attacks on Leeds servers rose.", [("Leeds", "GPE")], [("Leeds", "GPE", "Leeds")]),
    # 4. things sold
    ("Sales of Velmora doubled last year.", [("Velmora", "ORG")], [("Velmora", "PRODUCT", "Velmora")]),
    ("Doctors wrote more prescriptions of Glintra.", [("Glintra", "GPE")],
     [("Glintra", "PRODUCT", "Glintra")]),
    ("Regulators approved Zelqora for adults.", [("Zelqora", "PERSON")],
     [("Zelqora", "PRODUCT", "Zelqora")]),
    ("The agency cleared Vantrel on Monday.", [("Vantrel", "ORG")],
     [("Vantrel", "PRODUCT", "Vantrel")]),
    # untouched: a person the text names, a given name, a company
    ("Ana Ruiz spoke. Voters approved Ruiz in May.", [("Ana Ruiz", "PERSON"), ("Ruiz", "PERSON")],
     [("Ana Ruiz", "PERSON", "Ana Ruiz"), ("Ruiz", "PERSON", "Ana Ruiz")]),
    ("The board approved Pfizer on Monday.", [("Pfizer", "ORG")], [("Pfizer", "ORG", "Pfizer")]),
    # untouched: a company, a country
    ("Sales of Apple doubled last year.", [("Apple", "ORG")], [("Apple", "ORG", "Apple")]),
    ("Supplies of France fell.", [("France", "GPE")], [("France", "GPE", "France")]),
    # 4b. a capitalised word and a number after a verb of use or sale, and its siblings
    ("Most PCs ran Fenestra 10 last year, and Fenestra 11 was new.", [],
     [("Fenestra 10", "PRODUCT", "Fenestra 10"), ("Fenestra 11", "PRODUCT", "Fenestra 11")]),
    ("Shops began selling the Pixar 10 in May.", [], [("Pixar 10", "PRODUCT", "Pixar 10")]),
    # untouched: no such verb, a month, a company, a phase
    ("Talks reached Round 10 in May.", [], []),
    ("It sold 5 Phase 2 units.", [], []),
    ("It ran Phase 2 trials.", [], []),
    # 4b. aircraft model numbers: a variant after a hyphen or in capitals
    ("It will fly its older 737-800 jets for longer.", [], [("737-800", "PRODUCT", "737-800")]),
    ("Delays to the 737 MAX 10 hurt.", [("MAX", "ORG")], [("737 MAX 10", "PRODUCT", "737 MAX 10")]),
    ("It ordered 20 more 321-200 freighters.", [], [("321-200", "PRODUCT", "321-200")]),
    # untouched: a range, a round number, an amount in a currency, a bare count
    ("It will buy 320-350 jets.", [], []),
    ("Prices rose to 125 USD 10 days later.", [], []),
    ("It sold 737 jets.", [], []),
    # 4b. a one-word name joined to a product
    ("Prices of ten drugs including Eliquor and Jardavo fell.", [("Eliquor", "PRODUCT")],
     [("Eliquor", "PRODUCT", "Eliquor"), ("Jardavo", "PRODUCT", "Jardavo")]),
    # the whole list after "Sales of" (session 35, cued_lists; the join alone reached Zepbox)
    ("Sales of Wegorix, Zepbox and Ozemra rose.", [("Wegorix", "PRODUCT")],
     [("Wegorix", "PRODUCT", "Wegorix"), ("Zepbox", "PRODUCT", "Zepbox"),
      ("Ozemra", "PRODUCT", "Ozemra")]),
    # untouched: a company, a country, an English word after the product
    ("It sold Eliquor and Pfizer sold more.", [("Eliquor", "PRODUCT")],
     [("Eliquor", "PRODUCT", "Eliquor"), ("Pfizer", "ORG", "Pfizer")]),
    ("It sold Eliquor and France bought it.", [("Eliquor", "PRODUCT"), ("France", "GPE")],
     [("Eliquor", "PRODUCT", "Eliquor"), ("France", "GPE", "France")]),
    # 5. laws and bills: a plural possessive, a jurisdiction in brackets, a year
    ("Peers passed the Renters' Rights Act 2025 on Monday.", [("Rights Act 2025", "LAW")],
     [("Renters' Rights Act 2025", "LAW", "Renters' Rights Act 2025")]),
    ("MSPs passed the Assisted Dying for Terminally Ill Adults (Scotland) Bill by 70 votes.",
     [("Assisted Dying for Terminally Ill Adults", "ORG"), ("Scotland", "GPE"), ("Bill", "PERSON")],
     [("Assisted Dying for Terminally Ill Adults (Scotland) Bill", "LAW",
       "Assisted Dying for Terminally Ill Adults (Scotland) Bill")]),
    ("It will amend the Well-being of Future Generations (Wales) Act 2015 next year.",
     [("Future Generations", "ORG"), ("Act", "ORG")],
     [("Well-being of Future Generations (Wales) Act 2015", "LAW",
       "Well-being of Future Generations (Wales) Act 2015")]),
    ("The Employment Rights Bill cleared the Lords.", [("Rights Bill", "PERSON")],
     [("Employment Rights Bill", "LAW", "Employment Rights Bill")]),
    # untouched: a person named Bill, a lone law word, a title before a name
    ("Jane Bill said the vote was close.", [("Jane Bill", "PERSON")],
     [("Jane Bill", "PERSON", "Jane Bill")]),
    ("The Act took effect in May.", [], []),
    # 6. waterways: a name after a noun of boats or traffic and "on the"
    ("Barges on the Vltara were half full.", [("Vltara", "ORG")], [("Vltara", "LOC", "Vltara")]),
    ("Traffic on the Ostrava below Linz stopped.", [("Ostrava", "GPE"), ("Linz", "GPE")],
     [("Ostrava", "LOC", "Ostrava"), ("Linz", "GPE", "Linz")]),
    ("Ferries on the Morvane resumed.", [], [("Morvane", "LOC", "Morvane")]),
    ("The Kariva Dam on the Zembe was full.", [("Kariva Dam", "FAC"), ("Zembe", "FAC")],
     [("Kariva Dam", "FAC", "Kariva Dam"), ("Zembe", "LOC", "Zembe")]),
    # untouched: a country, a company, a name that modifies a noun, no boats before it
    ("Shipping on the Netherlands side resumed.", [("Netherlands", "GPE")],
     [("Netherlands", "GPE", "Netherlands")]),
    ("Ships on the Vltara ports waited.", [("Vltara", "ORG")], [("Vltara", "ORG", "Vltara")]),
    ("Sanctions on the Kremlin were widened.", [("Kremlin", "ORG")],
     [("Kremlin", "ORG", "Kremlin")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_products(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert products(text, spans) == expected


def test_law_year_is_freed() -> None:
    """The year inside a law's name is returned, for the dates stage to let go."""
    text = "Peers passed the Renters' Rights Act 2025 on Monday."
    doc = _BLANK(text)
    ents = ents_of(text, [("Rights Act", "LAW")])
    freed = by_product(doc, ents, ENGLISH)
    assert [text[s:e] for s, e in freed] == ["2025"]
