"""Facilities and the bodies that run them, session 35 (issue 13 item 6, venues22).

- ``entities.facilities.mention_roles``: a facility of a kind that is a FAC in every role
  (``fac_any_role`` of ``models/entity_forms.jsonl``: "X Airport", "X Stadium", "Port of X")
  is a FAC also where it acts ("X Airport cancelled 38 flights", "the Port of X said"); a
  person of it after the name makes that mention the body ("an X Airport spokeswoman"); a
  name with such a head word or a body's building's head word that NER typed a place is the
  facility or the body ("X Valley University" GPE), unless the gazetteer knows the name.
- ``entities.families.airports``: two airports' distinctive words (``models/airports.jsonl``)
  in one list are airports without a word of air travel ("Gatwick and Stansted").

On plain mention lists (no model). Invented facilities; each rule has three new cases of its
family and cases that must stay untouched.
"""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.facilities import mention_roles
from briefx.pipeline.entities.families import _Sentences, airports


def roles(text: str, marks: list[tuple[str, str]]) -> list[str]:
    """Type the mentions at the marks' next occurrences by their roles: their types."""
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    mention_roles(text, ents)
    return [e.type for e in ents]


ANY_ROLE = [
    # an airport, a port, a stadium, an arena, a dam that acts is the facility still
    ("Varden Airport cancelled 38 flights on Monday.", [("Varden Airport", "ORG")], ["FAC"]),
    ("The Port of Saltmere said volumes fell 4% in September.",
     [("Port of Saltmere", "ORG")], ["FAC"]),
    ("Corran International Airport said it would add a second terminal.",
     [("Corran International Airport", "ORG")], ["FAC"]),
    ("Lindqvist Arena hosted 14,000 fans for the final.", [("Lindqvist Arena", "ORG")], ["FAC"]),
    ("The Halden Dam released water for a third day.", [("Halden Dam", "ORG")], ["FAC"]),
    # a person of it after the name: that mention is the body
    ("A Pellworth Airport spokeswoman said the system had failed.",
     [("Pellworth Airport", "FAC")], ["ORG"]),
    ("The Port of Kelmarsh's chief executive resigned.", [("Port of Kelmarsh", "FAC")], ["ORG"]),
    ("Draycott Stadium's stewards were praised.", [("Draycott Stadium", "FAC")], ["ORG"]),
    # a facility's or a body's building's name typed a place
    ("Queues formed at Ormsby Airport on Friday.", [("Ormsby Airport", "GPE")], ["FAC"]),
    ("Ships sailed from the Port of Ardley.", [("Port of Ardley", "GPE")], ["FAC"]),
    ("Kestrel Valley University announced 300 job cuts.",
     [("Kestrel Valley University", "GPE")], ["ORG"]),
    ("Students marched from the city centre to Kestrel Valley University.",
     [("Kestrel Valley University", "GPE")], ["FAC"]),
    ("The Northern Lakes Observatory said the comet was visible.",
     [("Northern Lakes Observatory", "LOC")], ["ORG"]),
]  # fmt: skip

ANY_ROLE_UNTOUCHED = [
    # a town "Port X", a port town the gazetteer knows, a port's authority, a body's building
    # that speaks, a facility of another kind that speaks, a person's title before the name
    ("Ferries left Port Elling on time.", [("Port Elling", "GPE")]),
    ("Ferries left Port of Spain on time.", [("Port of Spain", "GPE")]),
    ("The Kelmarsh Port Authority said a berth would open.", [("Kelmarsh Port Authority", "ORG")]),
    ("Brackwater University said it would close its music school.",
     [("Brackwater University", "ORG")]),
    ("Wexley Town Hall said the meeting was cancelled.", [("Wexley Town Hall", "ORG")]),
    ("Kessick Airport said it handled 2.1 million passengers.", [("Kessick Airport", "FAC")]),
    ("Ambulances queued outside Eastfield General Hospital.",
     [("Eastfield General Hospital", "FAC")]),
    ("Fans arrived at Draycott.", [("Draycott", "GPE")]),
    # a town "Bridge of X", a named harbour (the water) that NER typed a place
    ("Trains stopped at Bridge of Allan.", [("Bridge of Allan", "GPE")]),
    ("Yachts crossed Sydney Harbour at dawn.", [("Sydney Harbour", "LOC")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), ANY_ROLE)
def test_facility_typed_in_any_role(
    text: str, marks: list[tuple[str, str]], want: list[str]
) -> None:
    assert roles(text, marks) == want


@pytest.mark.parametrize(("text", "marks"), ANY_ROLE_UNTOUCHED)
def test_facility_role_untouched(text: str, marks: list[tuple[str, str]]) -> None:
    assert roles(text, marks) == [t for _, t in marks]


def airport_types(text: str, marks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Run the airports rule over the marked mentions: (type, name) of each."""
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    airports(text, ents, _Sentences(text))
    return [(e.type, e.name) for e in sorted(ents, key=lambda x: x.start)]


LISTED = [
    # two airports' words in one list, no word of air travel in the sentence
    ("Gatwick and Stansted both reported record numbers in July.",
     [("Gatwick", "ORG"), ("Stansted", "ORG")],
     [("FAC", "Gatwick Airport"), ("FAC", "Stansted Airport")]),
    ("Malpensa, Linate and Heathrow were busier than a year earlier.",
     [("Malpensa", "GPE"), ("Linate", "GPE"), ("Heathrow", "ORG")],
     [("FAC", "Malpensa Airport"), ("FAC", "Linate Airport"), ("FAC", "Heathrow Airport")]),
    ("Schiphol or Changi will be named the best of the year.",
     [("Schiphol", "ORG"), ("Changi", "ORG")],
     [("FAC", "Schiphol Airport"), ("FAC", "Changi Airport")]),
    # an airport's word NER left out, beside one it found
    ("Gatwick and Stansted both grew.", [("Gatwick", "ORG")],
     [("FAC", "Gatwick Airport"), ("FAC", "Stansted Airport")]),
]  # fmt: skip

LISTED_UNTOUCHED = [
    # one airport's word beside a company's, a town's or a person's name; no list
    ("Heathrow and Shell both cut jobs.", [("Heathrow", "ORG"), ("Shell", "ORG")]),
    ("Gatwick and Crawley reported record numbers.", [("Gatwick", "ORG"), ("Crawley", "GPE")]),
    ("Heathrow said profits rose.", [("Heathrow", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), LISTED)
def test_listed_airports(
    text: str, marks: list[tuple[str, str]], want: list[tuple[str, str]]
) -> None:
    assert airport_types(text, marks) == want


@pytest.mark.parametrize(("text", "marks"), LISTED_UNTOUCHED)
def test_listed_airports_untouched(text: str, marks: list[tuple[str, str]]) -> None:
    assert airport_types(text, marks) == [(t, s) for s, t in marks]
