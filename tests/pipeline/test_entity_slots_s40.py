"""Session 40 (types40): one-word names that no table knows typed by their slot
(``entities.slots.slot_types``): before a settlement or local unit word a place, before a comma
and a place a place, in a list of places a place, after a verb of driving or flying and an
article a product, between "the" and a natural feature word or after a part of one and "of" a
natural place; ``context.natural_places`` reads the landforms of ``loc_head`` after a name ("the
Zagros massif"; not "range", a firm's products too), not before "of" and a kind ("the X plain of
wheat"); ``evidence.cues`` reads "the X over its banks" as a river. Untouched: a listed company,
a club, a known town, an English word, a surname of the document's people, a player's row, an
apposition, an airline flown, a noun the name modifies."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.entities.context import natural_places
from briefx.pipeline.entities.evidence import cues
from briefx.pipeline.entities.slots import slot_types
from tests.pipeline.conftest import ents_of

ENGLISH = frozenset(
    {"said", "the", "town", "hall", "seal", "range", "reading", "olympic", "cover", "classes"}
)
_BLANK = spacy.blank("en")


def _typed(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ents = ents_of(text, spans)
    slot_types(_BLANK(text), ents, ENGLISH)
    return [(text[e.start : e.end], e.type) for e in ents]


CASES = [
    # a settlement or unit word after the name: a place, whatever NER said
    ("Floods hit Nyamukubi village in Kalehe.", [("Nyamukubi", "ORG")], "GPE"),
    ("Landslides hit Sindhupalchok district on Sunday.", [("Sindhupalchok", "NORP")], "GPE"),
    ("Clashes in Godagari upazila killed three.", [("Godagari", "PERSON")], "GPE"),
    ("Refugees crossed into Kalehe territory, officials said.", [("Kalehe", "LOC")], "GPE"),
    ("Gunmen raided Kurmin village and Dogo town overnight.", [("Kurmin", "ORG")], "GPE"),
    # a comma and a place after it
    (
        "The convoy reached Mweso, North Kivu, on Monday.",
        [("Mweso", "ORG"), ("North Kivu", "LOC")],
        "GPE",
    ),
    ("Two aid workers died in Barekot, Nepal.", [("Barekot", "ORG"), ("Nepal", "GPE")], "GPE"),
    ("Rains hit Kitchanga, Congo, at dawn.", [("Kitchanga", "PERSON"), ("Congo", "GPE")], "GPE"),
    # a verb of driving or flying and an article before it
    ("Musk drove the Cybertruck onto the stage.", [("Cybertruck", "ORG")], "PRODUCT"),
    ("The air force flew the Taranis over the range.", [("Taranis", "PERSON")], "PRODUCT"),
    ("Troops fired a Javelin at the tank.", [("Javelin", "ORG")], "PRODUCT"),
    ("The airline will fly the Kestrel to Lagos.", [("Kestrel", "ORG")], "PRODUCT"),
    ("Patients given Lumidex improved faster.", [("Lumidex", "ORG")], "PRODUCT"),
    ("Children treated with Varotel slept better.", [("Varotel", "PERSON")], "PRODUCT"),
    ("Adults taking Zelmora lost weight.", [("Zelmora", "ORG")], "PRODUCT"),
    # "the" and a natural feature word around a name tagged late
    ("Wildfires burned across the Troodos hills on Friday.", [("Troodos", "ORG")], "LOC"),
    ("Rescuers searched the Hoggar massif.", [("Hoggar", "PERSON")], "LOC"),
    # a list of places after a place's preposition
    (
        "Families from Bushushu and Nyamukubi fled.",
        [("Bushushu", "GPE"), ("Nyamukubi", "ORG")],
        "GPE",
    ),
    (
        "Raids in Kurmin, Dogo and Tsafe killed 9.",
        [("Kurmin", "ORG"), ("Dogo", "GPE"), ("Tsafe", "GPE")],
        "GPE",
    ),
    ("Aid went to Tsafe or Gusau.", [("Tsafe", "ORG"), ("Gusau", "GPE")], "GPE"),
    # a part of a natural place and "of" before it
    ("Farmers in the foothills of Rwenzori lost crops.", [("Rwenzori", "ORG")], "LOC"),
    ("Fishermen on the shores of Kivu stayed home.", [("Kivu", "ORG")], "LOC"),
    ("Levels in the headwaters of the Ruzizi fell.", [("Ruzizi", "PERSON")], "LOC"),
    # must stay: a table, an English word, a surname, a noun after the unit word, a player's
    # row, an airline flown, a kind after "of"
    (
        "Shares of Nestle fell, and Nestle village stores closed.",
        [("Nestle", "ORG"), ("Nestle", "ORG")],
        "ORG",
    ),
    ("Reading town centre was flooded.", [("Reading", "GPE")], "GPE"),
    ("The Olympic village opened.", [("Olympic", "NORP")], "NORP"),
    (
        "Sofia Brandt won. Brandt district officials cheered.",
        [("Sofia Brandt", "PERSON"), ("Brandt", "ORG")],
        "ORG",
    ),
    ("Ann Lee met the Kesmark-village elders.", [("Kesmark", "ORG")], "ORG"),
    ("Plans for the Kesmark town hall were shown.", [("Kesmark", "ORG")], "GPE"),
    ("The Kesmark district council said it would appeal.", [("Kesmark", "ORG")], "GPE"),
    (
        "Slalom: 1. Kristoffersen, Norway, 1:45.2",
        [("Kristoffersen", "PERSON"), ("Norway", "GPE")],
        "PERSON",
    ),
    ("She flew Ryanair to Dublin.", [("Ryanair", "ORG"), ("Dublin", "GPE")], "ORG"),
    (
        "Nordvik unveiled the Kestrel range of drones.",
        [("Nordvik", "ORG"), ("Kestrel", "ORG")],
        "ORG",
    ),
    ("Tesla drove the Seal through town.", [("Tesla", "ORG"), ("Seal", "ORG")], "ORG"),
    ("He spoke on the margins of Davos-Klosters talks.", [("Davos-Klosters", "ORG")], "ORG"),
    ("Leaders met at the summit of Asean members.", [("Asean", "ORG")], "ORG"),
    ("Talks between Kestrel and France stalled.", [("Kestrel", "ORG"), ("France", "GPE")], "ORG"),
    ("Vantis and Gusau signed a deal.", [("Vantis", "ORG"), ("Gusau", "GPE")], "ORG"),
    ("Jobs at Vantis and Gusau grew.", [("Vantis", "ORG"), ("Gusau", "GPE")], "ORG"),
    (
        "Wipro, based in Gusau, and Vantis of Kano are hiring.",
        [("Wipro", "ORG"), ("Gusau", "GPE"), ("Vantis", "ORG"), ("Kano", "GPE")],
        "ORG",
    ),
    ("Patients given Medicare cover were happier.", [("Medicare", "ORG")], "ORG"),
    ("Children taking Duolingo classes improved.", [("Duolingo", "ORG")], "ORG"),
    (
        "The Serbian side beat Partizan, Belgrade, on Sunday.",
        [("Partizan", "ORG"), ("Belgrade", "GPE")],
        "ORG",
    ),
]


@pytest.mark.parametrize(("text", "spans", "want"), CASES)
def test_slot_types(text: str, spans: list[tuple[str, str]], want: str) -> None:
    """The last mention of the one-word name given (the first span of one word)."""
    target = next(s for s, _ in spans if " " not in s)
    assert [t for s, t in _typed(text, spans) if s == target][-1] == want


def test_fixed_mentions_stay() -> None:
    text = "Floods hit Nyamukubi village."
    ents = [Ent(11, 20, "ORG", "Nyamukubi", fixed=True)]
    slot_types(_BLANK(text), ents, ENGLISH)
    assert ents[0].type == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("Rescuers searched the Zagros massif for survivors.", "Zagros", "LOC"),
        ("Snow fell on the Rwenzori highlands.", "Rwenzori", "LOC"),
        ("Locusts crossed the Nuba hills.", "Nuba", "LOC"),
        ("Fishermen left the Marovo lagoon.", "Marovo", "LOC"),
        # must stay: a kind of thing after "of", a company the table knows, a firm's range
        ("Farmers left the Kestrel plain of wheat.", "Kestrel", "ORG"),
        ("Buyers liked the Apple hills in stores.", "Apple", "ORG"),
        ("Sales rose across the Gaspard range.", "Gaspard", "ORG"),
    ],
)
def test_natural_after_landforms(
    blank_doc: Callable[..., Doc], text: str, name: str, want: str
) -> None:
    doc = blank_doc(text)
    ents = ents_of(text, [(name, "ORG")])
    natural_places(doc, ents, frozenset({"range", "sales", "rose", "wheat"}))
    assert ents[0].type == want


@pytest.mark.parametrize(
    ("text", "name", "typ", "loc"),
    [
        ("Heavy rain sent the Swat over its banks on Saturday.", "Swat", "ORG", True),
        ("The Kabul rose out of its banks overnight.", "Kabul", "GPE", True),
        ("Prices in Kabul rose out of reach.", "Kabul", "GPE", False),
        ("A storm pushed the Ravi above its banks.", "Ravi", "PERSON", True),
        ("Heavy rain sent the Swat team home.", "Swat", "ORG", False),
    ],
)
def test_river_over_its_banks(text: str, name: str, typ: str, loc: bool) -> None:
    (e,) = ents_of(text, [(name, typ)])
    assert (cues(text, e)["LOC"] > 0) == loc
