"""Names of products, events and laws read off their family (session 11, issue 13,
``briefx/pipeline/entities/families.py``), with the session's type rules for the minor types:
facilities by the word before "Centre" (``forms.by_head_word``), products by "sales" after
them (``products.sold_products``) and sports events whose name NER cut at a demonym
(``context.events``). On spacy.blank("en") with invented names where the name is not the
point; each rule has three new cases and cases that must stay untouched."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from briefx.pipeline.coref import link_names
from briefx.pipeline.entities.context import by_context
from briefx.pipeline.entities.families import _family, _nearest, family_names
from briefx.pipeline.entities.forms import refine
from briefx.pipeline.entities.products import by_product
from tests.pipeline.conftest import ents_of

_BLANK = spacy.blank("en")
ENGLISH = frozenset({"lawyers", "doctors", "analysts", "traders", "shares"})


def names(
    text: str, spans: list[tuple[str, str]], ref: dt.date | None = None
) -> list[tuple[str, str, str]]:
    """(surface, type, name) after the form, context, product and family rules and the name
    linking, in the component's order."""
    doc = _BLANK(text)
    doc._.briefx_reference_date = ref
    ents, _ = refine(doc, ents_of(text, spans), ENGLISH)
    by_context(doc, ents, ENGLISH)
    by_product(doc, ents, ENGLISH)
    family_names(doc, ents)
    ents = link_names(doc, ents, ENGLISH)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


CASES = [
    # 1. a designation NER cut after its first word takes it back
    ("A Long March 5B rocket lifted off.", [("March 5B", "PRODUCT")],
     [("Long March 5B", "PRODUCT", "Long March 5")]),
    ("Two Smart Dragon 3 rockets flew.", [("Dragon 3", "PRODUCT")],
     [("Smart Dragon 3", "PRODUCT", "Smart Dragon 3")]),
    ("It bought a Kestrel Harrow 4 drone.", [("Harrow 4", "PRODUCT")],
     [("Kestrel Harrow 4", "PRODUCT", "Kestrel Harrow 4")]),
    # untouched: a function word, a month, a sentence's first word
    ("An Ariane 6 rocket flew.", [("Ariane 6", "PRODUCT")],
     [("Ariane 6", "PRODUCT", "Ariane 6")]),
    ("It flew in March Vesta 2 rockets.", [("Vesta 2", "PRODUCT")],
     [("Vesta 2", "PRODUCT", "Vesta 2")]),
    ("Kestrel Harrow 4 drones flew.", [("Harrow 4", "PRODUCT")],
     [("Harrow 4", "PRODUCT", "Harrow 4")]),
    # 2. a car model by its maker, named before it in the sentence
    ("Tesla recalled 239,000 Quill cars over a camera fault.",
     [("Tesla", "ORG"), ("Quill", "PRODUCT")],
     [("Tesla", "ORG", "Tesla"), ("Quill", "PRODUCT", "Tesla Quill")]),
    ("Renault cut the price of its Velta hatchback by 5%.",
     [("Renault", "ORG"), ("Velta", "PRODUCT")],
     [("Renault", "ORG", "Renault"), ("Velta", "PRODUCT", "Renault Velta")]),
    ("Kia said it would fix 145,000 Zorra 7 SUVs.", [("Kia", "ORG"), ("Zorra 7", "PRODUCT")],
     [("Kia", "ORG", "Kia"), ("Zorra 7", "PRODUCT", "Kia Zorra 7")]),
    # untouched: a buyer, a body, no car's noun, a maker already in the name
    ("Hertz bought 20,000 Quill cars from Tesla.",
     [("Hertz", "ORG"), ("Quill", "PRODUCT"), ("Tesla", "ORG")],
     [("Hertz", "ORG", "Hertz"), ("Quill", "PRODUCT", "Quill"), ("Tesla", "ORG", "Tesla")]),
    ("The Road Safety Authority said 4,000 Quill cars were unsafe.",
     [("Road Safety Authority", "ORG"), ("Quill", "PRODUCT")],
     [("Road Safety Authority", "ORG", "Road Safety Authority"),
      ("Quill", "PRODUCT", "Quill")]),
    ("Tesla said Quill deliveries rose.", [("Tesla", "ORG"), ("Quill", "PRODUCT")],
     [("Tesla", "ORG", "Tesla"), ("Quill", "PRODUCT", "Quill")]),
    # 3. a variant under its family, before a rocket's, satellite's or armoured vehicle's noun
    ("Germany will send 18 Leopard 2A7 tanks.", [("Germany", "GPE"), ("Leopard 2A7", "PRODUCT")],
     [("Germany", "GPE", "Germany"), ("Leopard 2A7", "PRODUCT", "Leopard 2")]),
    ("Its forces destroyed three T-90M tanks.", [("T-90M", "PRODUCT")],
     [("T-90M", "PRODUCT", "T-90")]),
    ("The army bought M1A2 Abrams tanks.", [("M1A2 Abrams", "PRODUCT")],
     [("M1A2 Abrams", "PRODUCT", "M1 Abrams")]),
    ("Two Sentinel-2C satellites flew.", [("Sentinel-2C", "PRODUCT")],
     [("Sentinel-2C", "PRODUCT", "Sentinel-2")]),
    # untouched: "X" names a family, a car's letter, no noun after it
    ("It ordered 20 Condor 777X jets.", [("Condor 777X", "PRODUCT")],
     [("Condor 777X", "PRODUCT", "Condor 777X")]),
    ("Rivian recalled 24,000 R1S SUVs.", [("Rivian", "ORG"), ("R1S", "PRODUCT")],
     [("Rivian", "ORG", "Rivian"), ("R1S", "PRODUCT", "Rivian R1S")]),
    ("The Leopard 2A7 was shown in Kyiv.", [("Leopard 2A7", "PRODUCT"), ("Kyiv", "GPE")],
     [("Leopard 2A7", "PRODUCT", "Leopard 2A7"), ("Kyiv", "GPE", "Kyiv")]),
    # 4. a numbered summit by its year (no COP met in 2020)
    ("Negotiators at COP30 agreed.", [("COP30", "EVENT")],
     [("COP30", "EVENT", "2025 United Nations Climate Change Conference")]),
    ("Turkey will host COP 31.", [("Turkey", "GPE"), ("COP 31", "EVENT")],
     [("Turkey", "GPE", "Turkey"), ("COP 31", "EVENT",
                                    "2026 United Nations Climate Change Conference")]),
    ("The deal struck at COP21 held.", [("COP21", "EVENT")],
     [("COP21", "EVENT", "2015 United Nations Climate Change Conference")]),
    # untouched: no number, another event word
    ("The COP talks ended.", [("COP", "EVENT")], [("COP", "EVENT", "COP")]),
    ("Delegates left Expo 2025 early.", [], [("Expo 2025", "EVENT", "Expo 2025")]),
    # 5. amendments in a text about the United States
    ("A judge in Texas said the law broke the First Amendment.",
     [("Texas", "GPE"), ("First Amendment", "LAW")],
     [("Texas", "GPE", "Texas"),
      ("First Amendment", "LAW", "First Amendment to the United States Constitution")]),
    ("The United States Supreme Court read the Fourteenth Amendment.",
     [("United States", "GPE"), ("Supreme Court", "ORG"), ("Fourteenth Amendment", "LAW")],
     [("United States", "GPE", "United States"),
      ("Supreme Court", "ORG", "Supreme Court of the United States"),  # (session 17)
      ("Fourteenth Amendment", "LAW",
       "Fourteenth Amendment to the United States Constitution")]),
    ("Gun groups in Ohio cite the Second Amendment.",
     [("Ohio", "GPE"), ("Second Amendment", "LAW")],
     [("Ohio", "GPE", "Ohio"),
      ("Second Amendment", "LAW", "Second Amendment to the United States Constitution")]),
    # untouched: another country's constitution, no U.S. evidence, an amendment by name
    ("Voters in Ireland repealed the Eighth Amendment of the Constitution of Ireland.",
     [("Ireland", "GPE"), ("Eighth Amendment", "LAW")],
     [("Ireland", "GPE", "Ireland"), ("Eighth Amendment", "LAW", "Eighth Amendment")]),
    ("Lawyers cited the First Amendment.", [("First Amendment", "LAW")],
     [("First Amendment", "LAW", "First Amendment")]),
    ("Delegates in Texas backed the Kigali Amendment.",
     [("Texas", "GPE"), ("Kigali Amendment", "LAW")],
     [("Texas", "GPE", "Texas"), ("Kigali Amendment", "LAW", "Kigali Amendment")]),
    # 6. a facility by the word before "Centre" (forms.by_head_word)
    ("It flew from the Guiana Space Centre.", [("Guiana Space Centre", "ORG")],
     [("Guiana Space Centre", "FAC", "Guiana Space Centre")]),
    ("The show moved to the Javits Convention Center.", [("Javits Convention Center", "ORG")],
     [("Javits Convention Center", "FAC", "Javits Convention Center")]),
    ("Fans queued at the Harbour Exhibition Centre.", [("Harbour Exhibition Centre", "ORG")],
     [("Harbour Exhibition Centre", "FAC", "Harbour Exhibition Centre")]),
    # untouched: bodies that end with "Center"
    ("The National Hurricane Center said so.", [("National Hurricane Center", "ORG")],
     [("National Hurricane Center", "ORG", "National Hurricane Center")]),
    ("The Joint Research Centre said so.", [("Joint Research Centre", "ORG")],
     [("Joint Research Centre", "ORG", "Joint Research Centre")]),
    # 7. a product before "sales" or after "sales of" with a move (products.sold_products)
    ("Merck said Zelvora sales rose 8%.", [("Merck", "ORG"), ("Zelvora", "ORG")],
     [("Merck", "ORG", "Merck"), ("Zelvora", "PRODUCT", "Zelvora")]),
    ("Lilly said sales of Quinbaro rose 40% in the quarter.",
     [("Lilly", "ORG"), ("Quinbaro", "ORG")],
     [("Lilly", "ORG", "Lilly"), ("Quinbaro", "PRODUCT", "Quinbaro")]),
    ("Doctors wrote more Vantora prescriptions.", [("Vantora", "ORG")],
     [("Vantora", "PRODUCT", "Vantora")]),
    # untouched: a company the table knows, a commodity's prices
    ("Analysts said Pfizer sales rose.", [("Pfizer", "ORG")], [("Pfizer", "ORG", "Pfizer")]),
    ("Traders said Zorvex prices rose.", [("Zorvex", "ORG")], [("Zorvex", "ORG", "Zorvex")]),
    # 8. a sports event NER cut at its demonym (context.events)
    ("Norris won the Japanese Grand Prix on Sunday.",
     [("Norris", "PERSON"), ("Japanese", "NORP")],
     [("Norris", "PERSON", "Norris"), ("Japanese Grand Prix", "EVENT", "Japanese Grand Prix")]),
    ("The Saudi Arabian Grand Prix is next.", [("Saudi Arabian", "NORP")],
     [("Saudi Arabian Grand Prix", "EVENT", "Saudi Arabian Grand Prix")]),
    ("She won the Qatar Open in Doha.", [("Qatar", "GPE"), ("Doha", "GPE")],
     [("Qatar Open", "EVENT", "Qatar Open"), ("Doha", "GPE", "Doha")]),
    # untouched: a league, a company
    ("Shares of Regal Cup Holdings rose.", [("Regal Cup Holdings", "ORG")],
     [("Regal Cup Holdings", "ORG", "Regal Cup Holdings")]),
    ("Epic Games said so.", [("Epic Games", "ORG")], [("Epic Games", "ORG", "Epic Games")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_family_names(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert names(text, spans) == expected


OLYMPICS = [
    # an edition named without its year: the one nearest the reference date
    ("Tickets for the Winter Olympics sold out.", dt.date(2026, 2, 16), "Winter Olympics",
     "2026 Winter Olympics"),
    ("Paris spent less on the Olympics.", dt.date(2027, 9, 1), "Olympics",
     "2028 Summer Olympics"),
    ("The Paralympics opened.", dt.date(2024, 8, 28), "Paralympics", "2024 Summer Paralympics"),
    # the year written before it names the edition, inside the span
    ("Los Angeles will host the 2028 Olympics.", None, "2028 Olympics", "2028 Summer Olympics"),
    # or by its host, the edition nearest the reference date where a host held two
    ("The Paris Olympics left a surplus.", dt.date(2025, 5, 1), "Paris Olympics",
     "2024 Summer Olympics"),
    ("Tickets for the Milan Cortina Winter Olympics sold out.", dt.date(2026, 1, 5),
     "Milan Cortina Winter Olympics", "2026 Winter Olympics"),
    ("Snow fell before the Beijing Olympics.", dt.date(2021, 12, 1), "Beijing Olympics",
     "2022 Winter Olympics"),
    # untouched: a year that is no edition's, another event, a host of the other season
    ("The Brisbane Winter Olympics were a joke.", dt.date(2026, 1, 1),
     "Brisbane Winter Olympics", "Brisbane Winter Olympics"),
    ("The Paris Masters opened.", dt.date(2026, 1, 1), "Paris Masters", "Paris Masters"),
    ("Plans for the 2027 Olympics failed.", dt.date(2026, 1, 1), "Olympics", "Olympics"),
    ("The Youth Olympics opened.", dt.date(2026, 1, 1), "Youth Olympics", "Youth Olympics"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "surface", "expected"), OLYMPICS)
def test_editions(text: str, ref: dt.date | None, surface: str, expected: str) -> None:
    span = surface.split(" ", 1)[1] if surface[:1].isdigit() else surface
    got = names(text, [(span, "EVENT")], ref)
    assert [(s, n) for s, t, n in got if t == "EVENT"] == [(surface, expected)]


@pytest.mark.parametrize(
    ("word", "family"),
    [("Long March 5B", "Long March 5"), ("Sentinel-2C", "Sentinel-2"), ("M1A2", "M1"),
     ("AH-64E Apache", "AH-64 Apache"), ("Boeing 777X", "Boeing 777X"), ("5B", "5B"),
     ("Falcon 9 Block 5", "Falcon 9"), ("A321XLR", "A321XLR")],
)  # fmt: skip
def test_family(word: str, family: str) -> None:
    assert _family(word) == family


@pytest.mark.parametrize(
    ("since", "every", "year", "edition"),
    [(1994, 4, 2026, 2026), (1994, 4, 2028, 2030), (1896, 4, 2025, 2024), (1896, 4, 2027, 2028),
     (1994, 4, 1990, 1994)],
)  # fmt: skip
def test_nearest(since: int, every: int, year: int, edition: int) -> None:
    assert _nearest(since, every, year) == edition


AIRPORTS = [
    ("Heathrow handled a record 84 million passengers.", [("Heathrow", "GPE")],
     [("Heathrow", "FAC", "Heathrow Airport")]),
    ("Gatwick said work on its second runway would start.", [("Gatwick", "ORG")],
     [("Gatwick", "FAC", "Gatwick Airport")]),
    ("It will add 12 routes from Stansted, with flights in May.", [("Stansted", "ORG")],
     [("Stansted", "FAC", "Stansted Airport")]),
    ("Flights resumed at Schiphol on Monday.", [("Schiphol", "ORG")],
     [("Schiphol", "FAC", "Schiphol Airport")]),
    # untouched: an airline, a town, no air travel in the sentence, a name of two words
    ("Ryanair said it would add 12 routes and more flights.", [("Ryanair", "ORG")],
     [("Ryanair", "ORG", "Ryanair")]),
    ("Flights from Luton were cut.", [("Luton", "GPE")], [("Luton", "GPE", "Luton")]),
    ("Older jets kept flying from Frankfurt, with 90 flights a day.", [("Frankfurt", "GPE")],
     [("Frankfurt", "GPE", "Frankfurt")]),
    ("Trains from Paddington were cut.", [("Paddington", "ORG")],
     [("Paddington", "ORG", "Paddington")]),
    ("Passengers from Vestra Holdings flew.", [("Vestra Holdings", "ORG")],
     [("Vestra Holdings", "ORG", "Vestra Holdings")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), AIRPORTS)
def test_airports(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert names(text, spans) == expected


LATER = [
    # an airport named once in a sentence of air travel is one everywhere
    ("Heathrow handled 84 million passengers. BA will fly from Heathrow to Riyadh.",
     [("Heathrow", "GPE"), ("Heathrow", "GPE")],
     [("Heathrow", "FAC", "Heathrow Airport"), ("Heathrow", "FAC", "Heathrow Airport")]),
    # a military operation by its lead word (forms.by_head_word)
    ("India said Operation Sindoor had ended.", [("India", "GPE"), ("Operation Sindoor", "ORG")],
     [("India", "GPE", "India"), ("Operation Sindoor", "EVENT", "Operation Sindoor")]),
    ("Operation Spiderweb hit four airbases.", [("Operation Spiderweb", "PRODUCT")],
     [("Operation Spiderweb", "EVENT", "Operation Spiderweb")]),
    ("It called it Operation Rising Lion.", [("Operation Rising Lion", "ORG")],
     [("Operation Rising Lion", "EVENT", "Operation Rising Lion")]),
    # untouched: "Operation" before lower-case words
    ("The Operation Support unit said so.", [("Operation Support", "ORG")],
     [("Operation Support", "ORG", "Operation Support")]),
    # a bracket with lower-case words inside a law's name (products.law_runs)
    ("It would not change the Data (Use and Access) Act 2025.", [("Data", "ORG")],
     [("Data (Use and Access) Act 2025", "LAW", "Data (Use and Access) Act 2025")]),
    ("Peers passed the Victims (Rights and Duties) Bill.", [],
     [("Victims (Rights and Duties) Bill", "LAW", "Victims (Rights and Duties) Bill")]),
    ("It cited the Crime (Sentences of the Court) Act 1997.", [("Crime", "ORG")],
     [("Crime (Sentences of the Court) Act 1997", "LAW",
       "Crime (Sentences of the Court) Act 1997")]),
    # a numbered product after a verb of use, whose word a gazetteer knows as a region
    ("SpaceX flew a Falcon 9 from Florida.", [("SpaceX", "ORG"), ("Florida", "GPE")],
     [("SpaceX", "ORG", "SpaceX"), ("Falcon 9", "PRODUCT", "Falcon 9"),
      ("Florida", "GPE", "Florida")]),
    # untouched: a place and a number with no verb of use
    ("Falcon 9 people were hurt.", [("Falcon", "GPE")], [("Falcon", "GPE", "Falcon")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), LATER)
def test_later_rules(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert names(text, spans) == expected
