"""Places named short whose English Wikipedia title adds words, session 38 (issue 13, places38).

- ``coref.place_names.natural_titles``: a natural place written once "<Kind> of <Name>" ("the
  Strait of Hormuz", "the Gulf of Aden") is that place where the text names it bare, also where
  NER read the bare name as a person that no table knows as anyone's name.
- ``entities.families.airports``: a natural place's name (``models/natural_places.jsonl``) in a
  sentence of air travel is no airport ("ash from Etna").
- ``entities.facilities.airport_titles``: a FAC named by its short name before a lower-case
  "airport" (or "airports" after a list) takes the airport's name from
  ``models/airport_titles.jsonl`` (airportsdata).
- ``entities.structures.titled_structures``: a FAC named by its site before a titled structure
  word is named with it without "the" before it too ("at Wembley stadium").

On plain mention lists with ``spacy.blank("en")`` (no model). Invented places where the rule
reads no table; the tables' own rows where it does.
"""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref import Ent
from briefx.pipeline.coref.place_names import natural_titles
from briefx.pipeline.entities.facilities import airport_titles
from briefx.pipeline.entities.families import _Sentences, airports
from briefx.pipeline.entities.structures import titled_structures
from tests.pipeline.conftest import ents_of

BLANK = spacy.blank("en")
ENGLISH = frozenset({"said", "fans", "packed", "flights"})


def marked(text: str, marks: list[tuple[str, str]]) -> list[Ent]:
    """Mentions at the marks' next occurrences, each named by its text."""
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    return ents


# (text, marks (surface, NER type), want (type, name) of each mention after the rule)
STRAITS = [
    ("Tankers crossed the Strait of Kelvos. Traffic through Kelvos fell by a third.",
     [("Strait of Kelvos", "LOC"), ("Kelvos", "ORG")],
     [("LOC", "Strait of Kelvos"), ("LOC", "Strait of Kelvos")]),
    ("Pirates struck in the Gulf of Marrabe. Navies now patrol Marrabe.",
     [("Gulf of Marrabe", "LOC"), ("Marrabe", "LOC")],
     [("LOC", "Gulf of Marrabe"), ("LOC", "Gulf of Marrabe")]),
    ("Cyclones form over the Bay of Qalvesh. Fishermen avoided Qalvesh for a week.",
     [("Bay of Qalvesh", "LOC"), ("Qalvesh", "PERSON")],
     [("LOC", "Bay of Qalvesh"), ("LOC", "Bay of Qalvesh")]),
    # untouched: a person's given name or surname, a place the gazetteer knows, two long names
    ("Boats left the Bay of Victoria. Victoria said she would fly home.",
     [("Bay of Victoria", "LOC"), ("Victoria", "PERSON")],
     [("LOC", "Bay of Victoria"), ("PERSON", "Victoria")]),
    ("Ships anchored in the Gulf of Smith. Smith said the talks went well.",
     [("Gulf of Smith", "LOC"), ("Smith", "PERSON")],
     [("LOC", "Gulf of Smith"), ("PERSON", "Smith")]),
    ("Ships anchored in the Gulf of Aden. Aden's port reopened.",
     [("Gulf of Aden", "LOC"), ("Aden", "GPE")],
     [("LOC", "Gulf of Aden"), ("GPE", "Aden")]),
    ("The Strait of Kelvos and the Bay of Kelvos froze. Kelvos was cut off.",
     [("Strait of Kelvos", "LOC"), ("Bay of Kelvos", "LOC"), ("Kelvos", "ORG")],
     [("LOC", "Strait of Kelvos"), ("LOC", "Bay of Kelvos"), ("ORG", "Kelvos")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), STRAITS)
def test_kind_of_name(text: str, marks: list[tuple[str, str]], want: list[tuple[str, str]]) -> None:
    ents = marked(text, marks)
    natural_titles(BLANK(text), text, ents)
    assert [(e.type, e.name) for e in ents] == want


# a natural place in a sentence of air travel is no airport; an unknown word still is
NATURAL_AIRPORTS = [
    ("Flights were halted as ash from Etna fell on the runway.", ("Etna", "GPE"),
     ("GPE", "Etna")),
    ("Flights were halted as ash from Vesuvius fell on the runway.", ("Vesuvius", "ORG"),
     ("ORG", "Vesuvius")),
    ("Flights from Kessaby resumed on Monday.", ("Kessaby", "ORG"), ("FAC", "Kessaby Airport")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mark", "want"), NATURAL_AIRPORTS)
def test_natural_place_no_airport(text: str, mark: tuple[str, str], want: tuple[str, str]) -> None:
    ents = marked(text, [mark])
    airports(text, ents, _Sentences(text))
    assert (ents[0].type, ents[0].name) == want


# (text, marks, want names): the table's rows (airportsdata) for Dublin, Cork, Shannon, Vienna
AIRPORT_TITLES = [
    ("Ryanair cancelled 40 flights at Dublin airport.", [("Dublin", "FAC")], ["Dublin Airport"]),
    ("Storms shut Cork and Shannon airports on Monday.", [("Cork", "FAC"), ("Shannon", "FAC")],
     ["Cork Airport", "Shannon Airport"]),
    ("Queues grew at Dublin, Cork and Shannon airports.",
     [("Dublin", "FAC"), ("Cork", "FAC"), ("Shannon", "FAC")],
     ["Dublin Airport", "Cork Airport", "Shannon Airport"]),
    ("Passengers at Vienna airport waited.", [("Vienna", "FAC")],
     ["Vienna International Airport"]),
    ("Passengers at the Vienna airport waited.", [("Vienna", "FAC")],
     ["Vienna International Airport"]),
    # untouched: a short name the table lacks, a place (not a FAC), no "airport" after it,
    # "airport" after a list (one airport of the last name only), a name of its own
    ("Flights at Kessaby airport resumed.", [("Kessaby", "FAC")], ["Kessaby"]),
    ("Flights from Dublin airport resumed.", [("Dublin", "GPE")], ["Dublin"]),
    ("Fog closed Dublin on Monday.", [("Dublin", "FAC")], ["Dublin"]),
    ("Fog closed Cork and Shannon airport.", [("Cork", "FAC")], ["Cork"]),
    ("Fog closed Dublin airport.", [("Dublin", "FAC")], ["Dublin Terminal"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), AIRPORT_TITLES)
def test_airport_titles(text: str, marks: list[tuple[str, str]], want: list[str]) -> None:
    ents = marked(text, marks)
    if want == ["Dublin Terminal"]:
        ents[0].name = "Dublin Terminal"
    airport_titles(text, ents)
    assert [e.name for e in ents] == want


# a FAC named by its site before a titled structure word, without "the" before it
BARE_STRUCTURES = [
    ("Fans packed Harlow stadium for the final.", [("Harlow", "FAC")],
     [("Harlow", "FAC", "Harlow Stadium")]),
    ("Water spilled over Mulonga dam overnight.", [("Mulonga", "FAC")],
     [("Mulonga", "FAC", "Mulonga Dam")]),
    ("Traffic stopped on Tarrow bridge.", [("Tarrow", "FAC")],
     [("Tarrow", "FAC", "Tarrow Bridge")]),
    # untouched without "the": a town or a body before the word (only a FAC is read bare)
    ("Flights left Lisbon airport late.", [("Lisbon", "GPE")], [("Lisbon", "GPE", "Lisbon")]),
    ("Fans packed Harlow stadium.", [("Harlow", "ORG")], [("Harlow", "ORG", "Harlow")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), BARE_STRUCTURES)
def test_bare_structures(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]
) -> None:
    ents = ents_of(text, spans)
    titled_structures(BLANK(text), ents, ENGLISH)
    assert [(text[e.start : e.end], e.type, e.name) for e in ents] == want
