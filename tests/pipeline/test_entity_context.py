"""Types read off a name's context (briefx/pipeline/entities/context.py and the company and
product checks of forms.places) on spacy.blank("en"): invented texts only, each family with
cases that must stay untouched."""

from __future__ import annotations

import pytest

from tests.pipeline.conftest import refined

ENGLISH = frozenset(
    {"board", "figure", "show", "summary", "range", "desk", "line", "ticket", "athlete",
     "athletes", "farmer", "farmers", "resident", "residents", "reading", "turkey", "europe"}
)  # fmt: skip


def run(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return refined(text, spans, ENGLISH)


CASES = [
    # a common word at a sentence start typed a place that no table knows is no place
    ("Athletes from Peru won.", [("Athletes", "GPE"), ("Peru", "GPE")],
     [("Peru", "GPE", "Peru")]),
    ("Farmers in Chad sold cattle.", [("Farmers", "GPE"), ("Chad", "GPE")],
     [("Chad", "GPE", "Chad")]),
    ("Rain fell.\nResidents of Oslo left.", [("Residents", "LOC"), ("Oslo", "GPE")],
     [("Oslo", "GPE", "Oslo")]),
    # untouched: a town or a country of the tables at a sentence start
    ("Reading said fares would rise.", [("Reading", "GPE")], [("Reading", "GPE", "Reading")]),
    ("Turkey said talks would go on.", [("Turkey", "GPE")], [("Turkey", "GPE", "Turkey")]),
    ("Europe must stand together.", [("Europe", "LOC")], [("Europe", "LOC", "Europe")]),
    # a company named like a town: its company context wins over the gazetteer's town
    ("Shares of Kolding rose 2%. Kolding said orders fell.",
     [("Kolding", "ORG"), ("Kolding", "ORG")],
     [("Kolding", "ORG", "Kolding"), ("Kolding", "ORG", "Kolding")]),
    ("Kawasaki, which builds ships, said Gap gained 1.5% on Friday.",
     [("Kawasaki", "ORG"), ("Gap", "ORG")],
     [("Kawasaki", "ORG", "Kawasaki"), ("Gap", "ORG", "Gap")]),
    ("Brewer Asahi raised prices. Asahi's chief executive resigned.",
     [("Asahi", "ORG"), ("Asahi", "ORG")],
     [("Asahi", "ORG", "Asahi"), ("Asahi", "ORG", "Asahi")]),
    # untouched: a town in a place context, or with no company context, stays the town
    ("Staff in Kolding said the ferry was late.", [("Kolding", "ORG")],
     [("Kolding", "GPE", "Kolding")]),
    ("Kolding reported record tourism this summer.", [("Kolding", "ORG")],
     [("Kolding", "GPE", "Kolding")]),
    # a town typed a product, bare: the town
    ("New batteries will protect Kaunas from 2027.", [("Kaunas", "PRODUCT")],
     [("Kaunas", "GPE", "Kaunas")]),
    ("Drones struck Kharkiv overnight.", [("Kharkiv", "PRODUCT")],
     [("Kharkiv", "GPE", "Kharkiv")]),
    # untouched: a product after a determiner or before a product noun
    ("Fleets bought the Tucson in bulk.", [("Tucson", "PRODUCT")],
     [("Tucson", "PRODUCT", "Tucson")]),
    ("Dealers sold 300 Tucson cars.", [("Tucson", "PRODUCT")],
     [("Tucson", "PRODUCT", "Tucson")]),
    # a river: before a lower-case "river" after "the", or after a word of crossing
    ("Barges on the Mekong river ran aground.", [("Mekong", "PERSON")],
     [("Mekong", "LOC", "Mekong River")]),
    ("Troops crossed the Prut at dawn.", [("Prut", "ORG")], [("Prut", "LOC", "Prut")]),
    ("Ferries ran along the Dniester near the border.", [],
     [("Dniester", "LOC", "Dniester")]),
    # untouched: a name modifying a noun, an English word, a road code
    ("Sales rose across the Gaspard range.", [("Gaspard", "ORG")],
     [("Gaspard", "ORG", "Gaspard")]),
    ("Prices rose across the Board on Monday.", [], []),
    ("Queues formed along the A14 near the port.", [("A14", "FAC")], [("A14", "FAC", "A14")]),
    # a subdivision before its lower-case word: GPE with the word in its name
    ("Clashes in Kasai province displaced 9,000 people.", [("Kasai", "PERSON")],
     [("Kasai", "GPE", "Kasai Province")]),
    ("Rain hit Hyogo prefecture on Friday.", [("Hyogo", "ORG")],
     [("Hyogo", "GPE", "Hyogo Prefecture")]),
    ("Crews worked in Vaslui county overnight.", [("Vaslui", "LOC")],
     [("Vaslui", "GPE", "Vaslui County")]),
    # untouched: an organisation before a weak word; a state before "county"
    ("The Labour borough of Camden voted.", [("Labour", "ORG"), ("Camden", "GPE")],
     [("Labour", "ORG", "Labour"), ("Camden", "GPE", "Camden")]),
    ("The Texas county of Hays flooded.", [("Texas", "GPE"), ("Hays", "GPE")],
     [("Texas", "GPE", "Texas"), ("Hays", "GPE", "Hays")]),
    # events by their last word, over the names inside them
    ("Buyers flocked to the Farnborough Airshow in July.", [("Farnborough", "GPE")],
     [("Farnborough Airshow", "EVENT", "Farnborough Airshow")]),
    ("Tickets for Glastonbury Festival sold out.", [],
     [("Glastonbury Festival", "EVENT", "Glastonbury Festival")]),
    ("Boxers from Ghana won gold at the African Games.", [("Ghana", "GPE")],
     [("Ghana", "GPE", "Ghana"), ("African Games", "EVENT", "African Games")]),
    ("Leaders met at the Arctic Circle Summit.", [("Arctic Circle Summit", "ORG")],
     [("Arctic Circle Summit", "EVENT", "Arctic Circle Summit")]),
    # untouched: a company ending with "Games", a headline verb, a lone word
    ("Riot Games said it would cut jobs.", [("Riot Games", "ORG")],
     [("Riot Games", "ORG", "Riot Games")]),
    ("New Figures Show Prices Rising", [], []),
    ("The Show went on.", [], []),
    # a brand before its model is one product; the brand alone stays the maker
    ("Volvo said the Volvo EX30 would ship in May.",
     [("Volvo", "ORG"), ("Volvo", "ORG"), ("EX30", "PRODUCT")],
     [("Volvo", "ORG", "Volvo"), ("Volvo EX30", "PRODUCT", "Volvo EX30")]),
    ("Carmaker Kia cut prices. The new Kia Sportage sold well.",
     [("Kia", "ORG"), ("Kia Sportage", "ORG")],
     [("Kia", "ORG", "Kia"), ("Kia Sportage", "PRODUCT", "Kia Sportage")]),
    ("Dealers sold the Volvo Amazon and Volvo Polestar cars.",
     [("Volvo Amazon", "ORG")],
     [("Volvo Amazon", "PRODUCT", "Volvo Amazon")]),
    ("Buyers liked the Pixel 9 phone and the Lumia X7 smartphone.", [],
     [("Pixel 9", "PRODUCT", "Pixel 9"), ("Lumia X7", "PRODUCT", "Lumia X7")]),
    # untouched: a body's name after "the"; a designation at a sentence start
    ("The House said the House of Commons would sit.",
     [("House", "ORG"), ("House of Commons", "ORG")],
     [("House", "ORG", "House"), ("House of Commons", "ORG", "House of Commons")]),
    ("Crews tested it. Orbex X9 rockets flew.", [],
     [("X9", "PRODUCT", "X9")]),
    # untouched: a company's own longer name, a listed company
    ("Kia said Kia Motors would hire 200 people.", [("Kia", "ORG"), ("Kia Motors", "ORG")],
     [("Kia", "ORG", "Kia"), ("Kia Motors", "ORG", "Kia Motors")]),
    ("The new Siemens Energy plant opened.", [("Siemens Energy", "ORG")],
     [("Siemens Energy", "ORG", "Siemens Energy")]),
    # roads: a code in a paragraph about roads, or of a letter the document's roads have
    ("Police shut the M4 after a crash on the carriageway. Drivers should avoid the M5 today.",
     [],
     [("M4", "FAC", "M4"), ("M5", "FAC", "M5")]),
    ("Lorries were sent off the A303. A bridge nearby was shut.", [("A303", "PRODUCT")],
     [("A303", "FAC", "A303")]),
    ("Buses were sent onto US 9 and the northbound lanes stayed shut for hours.", [],
     [("US 9", "FAC", "U.S. Route 9")]),
    # a name with a four-digit model number before a product noun
    ("Dealers recalled 9,000 Tundra 2500 pickups.", [("Tundra", "ORG")],
     [("Tundra 2500", "PRODUCT", "Tundra 2500")]),
    ("It ordered 12 Falcon 7500 jets.", [], [("Falcon 7500", "PRODUCT", "Falcon 7500")]),
    ("Buyers chose the Sierra 3500 truck.", [], [("Sierra 3500", "PRODUCT", "Sierra 3500")]),
    # untouched: a year after a name, a four-digit number with no product noun
    ("Paris 2024 jets flew over.", [("Paris", "GPE")], [("Paris", "GPE", "Paris")]),
    ("Tundra 2500 was the code.", [], []),
    # untouched: a model before a product noun, a code after a brand
    ("The M270 launchers crossed the bridge.", [],
     [("M270", "PRODUCT", "M270")]),
    ("Airbus said its A350 deliveries slowed as the A1 closed.", [("Airbus", "ORG")],
     [("Airbus", "ORG", "Airbus"), ("A350", "PRODUCT", "A350"), ("A1", "FAC", "A1")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_context(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, spans) == expected
