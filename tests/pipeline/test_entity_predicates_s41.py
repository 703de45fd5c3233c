"""Session 41 (types41): types by the sentence's predicate and the line's layout.

``entities.predicates`` read by ``entities.evidence.document_types`` (the one vote per name):
what only a person does or has done to them (careers and appointments, life events, speech to
an audience, legal proceedings) makes a name no table gives a firm, club or town a PERSON; a
person's life before "in" a place makes a name a GPE; what only a body does makes a name an
ORG; the other end of a road "between" a place and a town is a place. ``entities.sports``: a
career's club ("played for X", "the academy at X", "coached X") and a transfer list's "(from
X)" and the club opening its line are clubs. New cases go in the tables below: ``CHANGE`` for
the ones that must change, ``STAY`` for the ones that must keep the model's type.
"""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.entities.evidence import document_types
from briefx.pipeline.entities.predicates import (
    life_place,
    org_object,
    org_predicate,
    person_predicate,
)
from briefx.pipeline.entities.sports import teams
from tests.pipeline.conftest import ents_of

ENGLISH = frozenset(
    {"said", "the", "told", "rally", "speech", "glass", "board", "figures", "church", "solidarity"}
)
_BLANK = spacy.blank("en")


def _voted(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    ents = ents_of(text, spans)
    document_types(text, ents, ENGLISH)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


# spans that give a case its context and are not under test
CONTEXT = frozenset({"Abuja", "Salamanca", "Dudayev"})
# (text, the model's spans, the type after the vote of the first span not in CONTEXT)
CHANGE = [
    # speech to an audience
    ("Okonjo told the rally in Enugu that the party would win.", [("Okonjo", "ORG")], "PERSON"),
    ("Berisha addressed about 10,000 supporters on Tuesday.", [("Berisha", "ORG")], "PERSON"),
    (
        "Mahlangu told a rally of mineworkers that the strike would go on.",
        [("Mahlangu", "GPE")],
        "PERSON",
    ),
    (
        "Speaking to headteachers in Leeds, Halloran said the plan would work.",
        [("Halloran", "ORG")],
        "PERSON",
    ),
    (
        "In a speech to parliament, Tsvangirai said the budget was unfair.",
        [("Tsvangirai", "ORG")],
        "PERSON",
    ),
    # careers and appointments
    ("Zhaksylykova was sworn in as speaker on Monday.", [("Zhaksylykova", "ORG")], "PERSON"),
    ("Okafor has been appointed chief executive.", [("Okafor", "GPE")], "PERSON"),
    ("Wozniak stepped down as chair on Friday.", [("Wozniak", "ORG")], "PERSON"),
    ("The club sacked Petrescu after five defeats.", [("Petrescu", "GPE")], "PERSON"),
    ("Dzeko joined Fenerbahce from Inter in 2023.", [("Dzeko", "ORG")], "PERSON"),
    # life events
    (
        "Gulnara Iskakova died in Bishkek on Friday aged 70.",
        [("Gulnara Iskakova", "ORG")],
        "PERSON",
    ),
    ("Moreau underwent surgery on his knee on Monday.", [("Moreau", "ORG")], "PERSON"),
    ("The funeral of Oyelaran will be held on Friday.", [("Oyelaran", "ORG")], "PERSON"),
    ("Kostic, born in 1930, coached for 40 years.", [("Kostic", "ORG")], "PERSON"),
    ("Vinding broke his collarbone in a crash on Sunday.", [("Vinding", "ORG")], "PERSON"),
    ("Kovacs retained her title in the final.", [("Kovacs", "ORG")], "PERSON"),
    (
        "Dudayev was killed in April, and Yandarbiyev succeeded him.",
        [("Dudayev", "PERSON"), ("Yandarbiyev", "ORG")],
        "PERSON",
    ),
    ("Okafor's resignation was accepted on Monday.", [("Okafor", "ORG")], "PERSON"),
    ("Police confirmed Abenov's arrest on Friday.", [("Abenov", "GPE")], "PERSON"),
    # legal proceedings
    ("A court in Abuja jailed Eze for seven years.", [("Abuja", "GPE"), ("Eze", "ORG")], "PERSON"),
    ("Prosecutors charged Delacroix with bribery.", [("Delacroix", "ORG")], "PERSON"),
    ("Mensah pleaded not guilty on Tuesday.", [("Mensah", "ORG")], "PERSON"),
    ("Abenov, who was jailed in 2023, denied the charges.", [("Abenov", "FAC")], "PERSON"),
    ("Glass was arrested at his home on Friday.", [("Glass", "ORG")], "PERSON"),
    # a person's life before a place
    ("She was born in Hammerfest in 1941.", [("Hammerfest", "LOC")], "GPE"),
    ("He grew up in Kirkenes and moved to Oslo.", [("Kirkenes", "ORG"), ("Oslo", "GPE")], "GPE"),
    ("They emigrated to Vardeborg in 1960.", [("Vardeborg", "ORG")], "GPE"),
    # what only a body does
    (
        "Morgan Sindall won a £210 million contract to build schools.",
        [("Morgan Sindall", "PERSON")],
        "ORG",
    ),
    ("The processor agreed to supply Hershey from a new plant.", [("Hershey", "PERSON")], "ORG"),
    ("Bellamy Holt filed for bankruptcy on Monday.", [("Bellamy Holt", "PERSON")], "ORG"),
    (
        "Harrowgate Eccles went into administration last week.",
        [("Harrowgate Eccles", "PERSON")],
        "ORG",
    ),
    # the other end of a road between a place and a town
    (
        "Landslides cut the road between Salamanca and Los Vilos.",
        [("Salamanca", "GPE"), ("Los Vilos", "PERSON")],
        "GPE",
    ),
]

STAY = [
    # a firm's mandate, a firm of the tables, a firm's audience
    ("Kelvik was appointed administrator on Monday.", [("Kelvik", "ORG")], "ORG"),
    ("Ryanair told reporters it would cut flights.", [("Ryanair", "ORG")], "ORG"),
    ("Veltora told investors that orders rose.", [("Veltora", "ORG")], "ORG"),
    # a town of 15,000 or more, a country, a place named after someone
    ("The jury acquitted Harrow of all charges.", [("Harrow", "GPE")], "GPE"),
    ("Manchester was named the best city to live in.", [("Manchester", "GPE")], "GPE"),
    (
        "Sweden joined NATO from a position of strength.",
        [("Sweden", "GPE"), ("NATO", "ORG")],
        "GPE",
    ),
    ("Kirkenes was named after the church.", [("Kirkenes", "ORG")], "ORG"),
    # a possessive after the object: the verb's object is the owner's thing
    ("Analysts questioned Veltora's figures.", [("Veltora", "ORG")], "ORG"),
    # a region of the tables, or "the" before the place
    ("He was born in Patagonia in 1950.", [("Patagonia", "LOC")], "LOC"),
    ("She grew up in the Algarve.", [("Algarve", "LOC")], "LOC"),
    # a side scores; a club announces, ends or extends a player's contract; a club's injury
    # crisis
    ("Kelvara scored twice in the third period.", [("Kelvara", "ORG")], "ORG"),
    ("Kelvara announced his departure on Friday.", [("Kelvara", "ORG")], "ORG"),
    ("Kelvara extended his contract to 2028.", [("Kelvara", "ORG")], "ORG"),
    ("Kelvara's injury crisis deepened.", [("Kelvara", "ORG")], "ORG"),
    # an English word that is no family name; a person's name stays one with a firm's verb
    ("Solidarity told the rally that its members would strike.", [("Solidarity", "ORG")], "ORG"),
    # a site supplies and employs as a firm does
    (
        "The Svartsengi Power Station, which employs 60 people, was saved.",
        [("Svartsengi Power Station", "FAC")],
        "FAC",
    ),
    ("Mensah agreed to buy the house.", [("Mensah", "PERSON")], "PERSON"),
]


@pytest.mark.parametrize(("text", "spans", "expected"), CHANGE + STAY)
def test_predicate_types(text: str, spans: list[tuple[str, str]], expected: str) -> None:
    """The first mention NER typed otherwise than its partners (the name under test) ends
    with the expected type; each case's other spans are places or bodies that stay."""
    look = spans[0][0] if len(spans) == 1 or spans[0][0] not in CONTEXT else spans[1][0]
    assert {s: t for s, t, _ in _voted(text, spans)}[look] == expected


def test_side_keeps_its_type() -> None:
    """A side of a match is no person, whatever the predicate ("Kelvara told supporters")."""
    text = "Kelvara told supporters the club would fight on."
    ents = [Ent(0, 7, "ORG", "Kelvara", tags={"team"})]
    document_types(text, ents, ENGLISH)
    assert ents[0].type == "ORG"


def test_surname_typed_apart_joins_the_full_name() -> None:
    """The full name the model typed a product becomes a person; its surname, typed apart and
    left unlinked, takes the full name."""
    text = (
        "A jury convicted Rakesh Venkataraman of insider trading. Venkataraman, who testified "
        "in his own defence, faces 20 years."
    )
    spans = [("Rakesh Venkataraman", "PRODUCT"), ("Venkataraman", "PERSON")]
    assert _voted(text, spans) == [
        ("Rakesh Venkataraman", "PERSON", "Rakesh Venkataraman"),
        ("Venkataraman", "PERSON", "Rakesh Venkataraman"),
    ]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" was sworn in on Monday", True),
        (", who was later jailed", True),
        (" has resigned", True),
        (" told a news conference", True),
        (" told investors", False),
        (" was appointed auditor", False),
        (" was named after its founder", False),
        (" said on Monday", False),
    ],
)
def test_person_predicate_after(after: str, expected: bool) -> None:
    text = "Kovar" + after
    assert person_predicate(text, 0, 5) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("A court jailed ", True),
        ("Prosecutors charged ", True),
        ("the arrest of ", True),
        ("Speaking to reporters in Rome, ", True),
        ("Police said ", False),
        ("shares of ", False),
    ],
)
def test_person_predicate_before(before: str, expected: bool) -> None:
    text = before + "Kovar was seen."
    assert person_predicate(text, len(before), len(before) + 5) is expected


def test_life_place_and_bodies() -> None:
    assert life_place("she was born in ")
    assert life_place("and grew up in ")
    assert not life_place("the plant in ")
    assert org_predicate(" won a £210 million contract to build")
    assert org_predicate(" filed for bankruptcy on Monday")
    assert not org_predicate(" won the race")
    assert org_object("agreed to supply ")
    assert not org_object("agreed to buy ")


def _sides(text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    ents = teams(_BLANK(text), ents_of(text, spans), ENGLISH)
    return {text[e.start : e.end]: e.type for e in ents}


SPORTS = [
    # a transfer list: "(from X)" and the club opening the line
    (
        "SOCCER - CLUBS' SIGNINGS.\nEverton - Gary Speedie (from Wimbledon, 3.5 million)\n",
        [("Everton", "PERSON"), ("Gary Speedie", "PERSON"), ("Wimbledon", "GPE")],
        {"Everton": "ORG", "Gary Speedie": "PERSON", "Wimbledon": "ORG"},
    ),
    (
        "Signings by first division clubs:\nBenfica: Caetano Pires (from Belenenses)\n",
        [("Benfica", "GPE"), ("Caetano Pires", "PERSON"), ("Belenenses", "ORG")],
        {"Benfica": "ORG", "Caetano Pires": "PERSON", "Belenenses": "ORG"},
    ),
    # a career's clubs, with no score in the text
    (
        "Kostic coached Partizan to three titles and played for Vojvodina.",
        [("Kostic", "PERSON"), ("Partizan", "GPE"), ("Vojvodina", "GPE")],
        {"Kostic": "PERSON", "Partizan": "ORG", "Vojvodina": "ORG"},
    ),
    (
        "The striker came through the academy at Rennes and played for Lorient.",
        [("Rennes", "GPE"), ("Lorient", "GPE")],
        {"Rennes": "ORG", "Lorient": "ORG"},
    ),
    # must stay: a nation coached, a town lived in, a label before a dash
    (
        "Rossi coached Italy to the final and lives in Rome.",
        [("Rossi", "PERSON"), ("Italy", "GPE"), ("Rome", "GPE")],
        {"Rossi": "PERSON", "Italy": "GPE", "Rome": "GPE"},
    ),
    (
        "Transfers - Tom Roe (from Hull)\n",
        [("Tom Roe", "PERSON"), ("Hull", "GPE")],
        {"Tom Roe": "PERSON", "Hull": "ORG"},
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), SPORTS)
def test_career_and_transfer_clubs(
    text: str, spans: list[tuple[str, str]], expected: dict[str, str]
) -> None:
    assert _sides(text, spans) == expected
