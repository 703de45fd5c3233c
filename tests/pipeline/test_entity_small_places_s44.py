"""Session 44 (places44): villages and small towns of ``models/small_places.jsonl`` (GeoNames
cities500, the names ``world_places`` lacks) that NER typed a body (ORG, NORP; one word typed a
person that no family or given name is) are places in a place's slot (``entities.slots``):
after a locative preposition, after a part of a place and "of", before "mayor", before a comma
and a place, in a list with a place. Untouched: a firm's word before the preposition ("a stake
in", "workers at"), a country at the other end of "between", a name that opens a longer body's
name in the text, a surname, no slot, a fixed mention, a name the table lacks."""

from __future__ import annotations

import pytest
import spacy

from briefx.normalize.names import small_place
from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.entities.slots import slot_types
from tests.pipeline.conftest import ents_of

ENGLISH = frozenset({"said", "the", "snow", "road", "roads", "parts", "residents"})
_BLANK = spacy.blank("en")


def _typed(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ents = ents_of(text, spans)
    slot_types(_BLANK(text), ents, ENGLISH)
    return [(text[e.start : e.end], e.type) for e in ents]


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Hallstatt", ("AT",)),
        ("Boscastle", ("GB",)),
        ("Galtur", ("AT",)),  # accents folded on both sides ("Galtür")
        ("Vienna", ()),  # a city of world_places: not repeated here
        ("Kestrelwick", ()),
    ],
)
def test_small_place_table(name: str, countries: tuple[str, ...]) -> None:
    assert small_place(name) == countries


CASES = [
    # a locative preposition before the name
    ("Snow closed schools in Hallstatt on Monday.", [("Hallstatt", "ORG")], "GPE"),
    ("Floods cut the road from Boscastle to the coast.", [("Boscastle", "ORG")], "GPE"),
    ("At Ischgl: 45 cm of fresh snow.", [("Ischgl", "ORG")], "GPE"),
    ("Rescuers worked near Galtur overnight.", [("Galtur", "ORG")], "GPE"),
    ("Roads between Galtür and Ischgl closed.", [("Galtür", "PERSON"), ("Ischgl", "ORG")], "GPE"),
    # a part of a place, or its people, and "of" before it
    ("A landslide blocked the road north of Zermatt.", [("Zermatt", "ORG")], "GPE"),
    ("Parts of Giethoorn were evacuated.", [("Giethoorn", "PERSON")], "GPE"),
    ("Residents of Kappl were told to stay indoors.", [("Kappl", "ORG")], "GPE"),
    ("Fires forced the evacuation of Cabezabellosa.", [("Cabezabellosa", "NORP")], "GPE"),
    # "mayor" after it
    ("Tende mayor Jean-Pierre Vassallo said power was back.", [("Tende", "ORG")], "GPE"),
    # a list with a place
    (
        "Flood warnings were issued for Exeter, Crediton and Tiverton.",
        [("Exeter", "GPE"), ("Crediton", "ORG"), ("Tiverton", "GPE")],
        "GPE",
    ),
    (
        "Parts of Pechea and Cudalbi were evacuated.",
        [("Pechea", "PERSON"), ("Cudalbi", "PERSON")],
        "GPE",
    ),
    # a list of two villages of one country, with no slot
    (
        "Rescuers reached Mtsamboro and Chirongui on Monday.",
        [("Mtsamboro", "ORG"), ("Chirongui", "ORG")],
        "GPE",
    ),
    # must stay: two names of the table in different countries, with no slot
    ("Zara and Roche signed a deal.", [("Zara", "ORG"), ("Roche", "ORG")], "ORG"),
    # must stay: a firm's word before the preposition, no slot, a country at the other end
    ("Swiss investors bought a stake in Roche.", [("Roche", "ORG")], "ORG"),
    ("Analysts at Zara expect sales to rise.", [("Zara", "ORG")], "ORG"),
    ("Workers at Dacia went on strike.", [("Dacia", "ORG")], "ORG"),
    ("Dacia said its sales rose.", [("Dacia", "ORG")], "ORG"),
    ("Talks between Adani and Kenya stalled.", [("Adani", "ORG"), ("Kenya", "GPE")], "ORG"),
    (
        "Adani Green Energy sold power to Kenya, and cables from Adani arrived.",
        [("Adani Green Energy", "ORG"), ("Kenya", "GPE"), ("Adani", "ORG")],
        "ORG",
    ),
    # must stay: a surname or given name NER typed a person, a name the table lacks
    ("A letter from Lech arrived.", [("Lech", "PERSON")], "PERSON"),
    ("Snow closed schools in Kestrelwick.", [("Kestrelwick", "PERSON")], "PERSON"),
    ("Zermatt reported record bookings.", [("Zermatt", "ORG")], "ORG"),
    # must stay: a match's ground after "at" (``facilities.match_venues`` reads it)
    (
        "Preston beat Bolton 2-1 at Deepdale on Saturday.",
        [("Preston", "GPE"), ("Bolton", "GPE"), ("Deepdale", "ORG")],
        "ORG",
    ),
]


@pytest.mark.parametrize(("text", "spans", "want"), CASES)
def test_small_places(text: str, spans: list[tuple[str, str]], want: str) -> None:
    """The types of the one-word mentions given a type other than GPE."""
    targets = {s for s, t in spans if " " not in s and t != "GPE"}
    assert {t for s, t in _typed(text, spans) if s in targets} == {want}


def test_fixed_mentions_stay() -> None:
    text = "Snow closed schools in Hallstatt."
    ents = [Ent(23, 32, "ORG", "Hallstatt", fixed=True)]
    slot_types(_BLANK(text), ents, ENGLISH)
    assert ents[0].type == "ORG"


def org(name: str) -> tuple[str, str, str]:
    return (name, "ORG", name)


def gpe(name: str) -> tuple[str, str, str]:
    return (name, "GPE", name)


HEADS = [
    # a place written alone that a body's name ends with stays the place (``parts.head_nouns``)
    ("Sport England said participation in England fell.",
     [org("Sport England"), gpe("England")], ["ORG", "GPE"]),
    ("Natural England said farmland birds in England declined.",
     [org("Natural England"), gpe("England")], ["ORG", "GPE"]),
    ("Tourism Kenya said hotels in Kenya were full.",
     [org("Tourism Kenya"), gpe("Kenya")], ["ORG", "GPE"]),
    ("Historic England said 1,200 buildings in England were at risk.",
     [org("Historic England"), ("England", "LOC", "England")], ["ORG", "LOC"]),
    # must stay: a head noun typed a place by NER, a name NER typed a body
    ("The European Union said the Union would act.",
     [org("European Union"), ("Union", "GPE", "Union")], ["ORG", "ORG"]),
    ("Sport England said on Monday that England would fund 40 clubs.",
     [org("Sport England"), org("England")], ["ORG", "ORG"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "types"), HEADS)
def test_places_that_end_a_body(
    text: str, marks: list[tuple[str, str, str]], types: list[str]
) -> None:
    from tests.pipeline.conftest import linked_marks

    out = linked_marks(text, marks)
    assert [t for _, t, _ in out] == types
    # a place keeps its own name
    assert all(n == s for s, t, n in out if t != "ORG")
