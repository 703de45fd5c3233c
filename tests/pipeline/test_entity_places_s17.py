"""Places, session 17 (issue 13: GPE, LOC and FAC types and names in news prose): natural
places by their English Wikipedia title (rivers by WP:NCRIVER, ranges named by an adjective's
plural), islands and regions with no administration of their own, airports by their
distinctive word. On plain mention lists (no model) and through the component. Invented texts;
each rule has three new cases of its family and cases that must stay untouched.

New cases go in the table of their rule; a known miss stays in its table as a strict xfail."""

from __future__ import annotations

import pytest

from briefx.normalize.names import natural_title
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.families import _Sentences, airport_words, airports
from briefx.pipeline.entities.kinds import natural_places
from briefx.pipeline.entities.places import islands_and_regions, land_regions, route_ends
from tests.pipeline.conftest import ents_of


def typed(text: str, ents: list[Ent]) -> dict[str, tuple[str, str]]:
    return {text[e.start : e.end]: (e.type, e.name) for e in ents}


# models/natural_titles.jsonl (scripts/derive_natural_titles.py, WordNet): British rivers
# "River X", North American and Australian rivers "X River", ranges named by the plural of
# their adjective "X Mountains"; the rest keep their one word
TITLES = [
    ("Thames", "River Thames"),
    ("Severn", "River Severn"),
    ("Tyne", "River Tyne"),
    ("Mississippi", "Mississippi River"),
    ("Hudson", "Hudson River"),
    ("Murrumbidgee", "Murrumbidgee River"),
    ("Appalachians", "Appalachian Mountains"),
    ("Carpathians", "Carpathian Mountains"),
    ("Rockies", "Rocky Mountains"),
    ("Atlantic", "Atlantic Ocean"),  # session 16's rows stay
    # must stay one word: Europe's and Asia's rivers, ranges known by their own noun, a river
    # WordNet writes "River X" outside Britain, an English word, a region
    ("Danube", None),
    ("Rhine", None),
    ("Ganges", None),
    ("Arno", None),
    ("Himalayas", None),
    ("Alps", None),
    ("Balkans", None),
    ("Cascades", None),
    ("Red", None),
    ("Canadian", None),
]


@pytest.mark.parametrize(("alias", "title"), TITLES)
def test_natural_titles(alias: str, title: str | None) -> None:
    assert natural_title(alias) == title


NATURAL = [
    # a natural place after "the" takes its title, also where NER typed it LOC already
    ("Barges on the Thames were halted.", [("Thames", "LOC")], {"Thames": ("LOC", "River Thames")}),
    ("Snow fell over the Appalachians.", [("Appalachians", "NORP")],
     {"Appalachians": ("LOC", "Appalachian Mountains")}),
    ("Rain over the Carpathians eased.", [("Carpathians", "LOC")],
     {"Carpathians": ("LOC", "Carpathian Mountains")}),
    # "The" that opens a sentence leads a natural place too
    ("Rain fell. The Severn burst its banks.", [("Severn", "GPE")],
     {"Severn": ("LOC", "River Severn")}),
    ("The Tyne froze on Monday.", [("Tyne", "ORG")], {"Tyne": ("LOC", "River Tyne")}),
    ("Storms hit.\nThe Danube rose.", [("Danube", "ORG")], {"Danube": ("LOC", "Danube")}),
    # an auxiliary after the name is no plural noun ("was" ends in "s")
    ("In Poland the Oder was rising.", [("Oder", "GPE")], {"Oder": ("LOC", "Oder")}),
    ("Downstream the Tigris has dried.", [("Tigris", "ORG")], {"Tigris": ("LOC", "Tigris")}),
    ("Today the Elbe is low.", [("Elbe", "GPE")], {"Elbe": ("LOC", "Elbe")}),
    # "The" after a dateline's dash
    ("VIENNA -- The Danube peaked.", [("Danube", "ORG")], {"Danube": ("LOC", "Danube")}),
    ("LONDON — The Thames rose.", [("Thames", "ORG")], {"Thames": ("LOC", "River Thames")}),
    ("KYIV – The Dnieper froze.", [], {"Dnieper": ("LOC", "Dnieper")}),
    # must stay: a plural noun after it, "The" inside a sentence, a longer capitalised name
    ("Ships of the Baltic states met.", [("Baltic", "GPE")], {"Baltic": ("GPE", "Baltic")}),
    ("He read The Thames Review daily.", [("The Thames Review", "ORG")],
     {"The Thames Review": ("ORG", "The Thames Review")}),
    ("The Thames Water utility said bills rose.", [("Thames Water", "ORG")],
     {"Thames Water": ("ORG", "Thames Water")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), NATURAL)
def test_natural_places(
    text: str, spans: list[tuple[str, str]], want: dict[str, tuple[str, str]]
) -> None:
    ents = ents_of(text, spans)
    natural_places(text, ents)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want


# models/land_regions.jsonl (scripts/derive_land_regions.py, WordNet): islands and regions in;
# islands that are countries, states or subdivisions, and regions that are polities, out
LANDS = [
    ("Luzon", True),
    ("Lesbos", True),
    ("Chios", True),
    ("Siberia", True),
    ("Patagonia", True),
    ("Moravia", True),
    ("Cuba", False),  # a country
    ("Hawaii", False),  # a U.S. state
    ("Bali", False),  # an Indonesian province
    ("Sicily", False),  # an island and an Italian region
    ("Tasmania", False),  # an island and an Australian state
    ("Bavaria", False),  # a German state
    ("Punjab", False),  # a region and two provinces
    ("Man", False),  # an English word
]


@pytest.mark.parametrize(("name", "known"), LANDS)
def test_land_regions_table(name: str, known: bool) -> None:
    assert (name in land_regions()) == known


ISLANDS = [
    # NER's GPE or FAC -> LOC
    ("The typhoon crossed Luzon overnight.", [("Luzon", "GPE")], {"Luzon": "LOC"}),
    ("Fires burned on Chios.", [("Chios", "GPE")], {"Chios": "LOC"}),
    ("Winter came early to Siberia.", [("Siberia", "GPE")], {"Siberia": "LOC"}),
    ("The storm crossed Mindanao.", [("Mindanao", "FAC")], {"Mindanao": "LOC"}),
    # a body, person or thing after a preposition of place or joined to a place -> LOC
    ("Farmers on Mindanao lost rice.", [("Mindanao", "ORG")], {"Mindanao": "LOC"}),
    ("Ferries to Lesbos were held.", [("Lesbos", "PERSON")], {"Lesbos": "LOC"}),
    ("Fires hit Chios and Lesbos.", [("Chios", "GPE"), ("Lesbos", "ORG")],
     {"Chios": "LOC", "Lesbos": "LOC"}),
    # must stay: islands that are polities, a body that is no place, a rule's fixed type
    ("Tourists flew to Bali and Cuba.", [("Bali", "GPE"), ("Cuba", "GPE")],
     {"Bali": "GPE", "Cuba": "GPE"}),
    ("Sicily voted on Sunday.", [("Sicily", "GPE")], {"Sicily": "GPE"}),
    ("Patagonia said sales rose.", [("Patagonia", "ORG")], {"Patagonia": "ORG"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), ISLANDS)
def test_islands_and_regions(text: str, spans: list[tuple[str, str]], want: dict[str, str]) -> None:
    ents = ents_of(text, spans)
    islands_and_regions(text, ents)
    got = {k: v[0] for k, v in typed(text, ents).items()}
    assert {k: got.get(k) for k in want} == want


def test_fixed_stays() -> None:
    text = "Ships sailed to Luzon."
    ents = ents_of(text, [("Luzon", "GPE")])
    ents[0].fixed = True
    islands_and_regions(text, ents)
    assert ents[0].type == "GPE"


ROUTES = [
    # "from X to Y" / "between X and Y" typed one name, X a known place: two places
    ("The road from Goma to Bukavu reopened.", [("Goma to Bukavu", "ORG")],
     {"Goma": ("GPE", "Goma"), "Bukavu": ("GPE", "Bukavu")}),
    ("A ferry from Piraeus to Rhodes was held.", [("Piraeus to Rhodes", "ORG")],
     {"Piraeus": ("GPE", "Piraeus"), "Rhodes": ("LOC", "Rhodes")}),
    ("Flights between Auckland and Rarotonga International Airport were full.",
     [("Auckland and Rarotonga International Airport", "FAC")],
     {"Auckland": ("GPE", "Auckland"),
      "Rarotonga International Airport": ("FAC", "Rarotonga International Airport")}),
    ("Trains from Lyon to Grenoble ran late.", [("Lyon to Grenoble", "PERSON")],
     {"Lyon": ("GPE", "Lyon"), "Grenoble": ("GPE", "Grenoble")}),
    # must stay: no "from"/"between", an unknown first name, a name NER split already
    ("Marks and Spencer said sales rose.", [("Marks and Spencer", "ORG")],
     {"Marks and Spencer": ("ORG", "Marks and Spencer")}),
    ("A grant from Vestra to Kolbeck Holdings came.", [("Vestra to Kolbeck Holdings", "ORG")],
     {"Vestra to Kolbeck Holdings": ("ORG", "Vestra to Kolbeck Holdings")}),
    ("The bus from Lyon to Grenoble left.", [("Lyon", "GPE"), ("Grenoble", "GPE")],
     {"Lyon": ("GPE", "Lyon"), "Grenoble": ("GPE", "Grenoble")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), ROUTES)
def test_route_ends(
    text: str, spans: list[tuple[str, str]], want: dict[str, tuple[str, str]]
) -> None:
    ents = ents_of(text, spans)
    route_ends(text, ents)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want


# models/airports.jsonl (scripts/derive_airports.py, airportsdata): the one word an airport's
# name keeps without its city and English words; none for cities, given names, several words
AIRPORT_WORDS = [
    ("Heathrow", True),
    ("Malpensa", True),
    ("Linate", True),
    ("Changi", True),
    ("Frankfurt", False),  # a city (Frankfurt-Hahn leaves it)
    ("Denver", False),  # the city's own name
    ("Kennedy", False),  # John F Kennedy: several words
    ("International", False),
    ("Provence", False),  # a region WordNet knows (Marseille Provence Airport)
    ("Keflavik", False),  # a town (place_spellings: Keflavík)
    ("Thames", False),  # a river (Thames Aerodrome)
]


@pytest.mark.parametrize(("word", "known"), AIRPORT_WORDS)
def test_airport_words(word: str, known: bool) -> None:
    assert (word in airport_words()) == known


AIRPORTS = [
    # a known airport's word NER typed a place, after "to"/"for" or joined to an airport
    ("Most fans will fly into Malpensa or Linate.", [("Malpensa", "GPE"), ("Linate", "GPE")],
     {"Malpensa": ("FAC", "Malpensa Airport"), "Linate": ("FAC", "Linate Airport")}),
    ("200 flights were cancelled at Heathrow and Gatwick.",
     [("Heathrow", "ORG"), ("Gatwick", "ORG")],
     {"Heathrow": ("FAC", "Heathrow Airport"), "Gatwick": ("FAC", "Gatwick Airport")}),
    ("Passengers bound for Stansted were diverted.", [("Stansted", "PERSON")],
     {"Stansted": ("FAC", "Stansted Airport")}),
    ("Airlines added flights to Changi.", [("Changi", "GPE")],
     {"Changi": ("FAC", "Changi Airport")}),
    # a known airport's word NER left untagged, after a preposition of air travel
    ("Passengers bound for Stansted were diverted.", [], {"Stansted": ("FAC", "Stansted Airport")}),
    ("Flights from Schiphol resumed.", [], {"Schiphol": ("FAC", "Schiphol Airport")}),
    ("Airlines cut flights at Linate and Changi.", [],
     {"Linate": ("FAC", "Linate Airport"), "Changi": ("FAC", "Changi Airport")}),
    # must stay: a city, no air travel in the sentence, an unknown word after "to"
    ("Flights to Paris and Dubai left on time.", [("Paris", "GPE"), ("Dubai", "GPE")],
     {"Paris": ("GPE", "Paris"), "Dubai": ("GPE", "Dubai")}),
    ("Fans drove to Linate on Monday.", [("Linate", "GPE")], {"Linate": ("GPE", "Linate")}),
    ("Flights to Vestrano were full.", [("Vestrano", "GPE")],
     {"Vestrano": ("GPE", "Vestrano")}),
    ("The Linate family said flights were full.", [], {"Linate": None}),
    ("Fans from Malpensa cheered.", [], {"Malpensa": None}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), AIRPORTS)
def test_airports(
    text: str, spans: list[tuple[str, str]], want: dict[str, tuple[str, str]]
) -> None:
    ents = ents_of(text, spans)
    airports(text, ents, _Sentences(text))
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want


COMPONENT = [
    ("MANILA -- The typhoon crossed Luzon on Monday, and farmers on Mindanao lost rice.",
     {"Luzon": ("LOC", "Luzon"), "Mindanao": ("LOC", "Mindanao")}),
    (("LONDON -- Rain fell all week. The Severn burst its banks at Shrewsbury, and barges on "
      "the Thames were halted."),
     {"Severn": ("LOC", "River Severn"), "Thames": ("LOC", "River Thames")}),
    ("WARSAW -- In Wroclaw the Oder was rising on Monday.", {"Oder": ("LOC", "Oder")}),
    ("MILAN -- Most fans will fly into Malpensa or Linate for the Games.",
     {"Malpensa": ("FAC", "Malpensa Airport")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COMPONENT)
def test_component(run, text: str, want: dict[str, tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    """The component: the place rules over what the model read."""
    brief = run(text, reference_date="2025-05-12")
    got = {m.text: (e.type, e.name) for e in brief.entities for m in e.mentions}
    assert {k: got.get(k) for k in want} == want
