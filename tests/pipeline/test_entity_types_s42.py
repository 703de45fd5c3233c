"""Session 42 (types42): short names whose type the sentence decides, outside sports copy.

- ``entities.evidence.cues``: a firm named like a town reports its own results ("Nokia said on
  Thursday its operating profit rose"): a strong ORG cue for a name typed a place; a council's
  or a state's revenues, taxes, budgets and population stay a place's.
- ``entities.evidence.document_types``: the dateline of a firm's own town in capitals ("ZURICH,
  Aug 7 - Zurich said ...") stays the town whatever the firm's vote; a headline in capitals
  that opens with the firm's name stays the firm; so does a market's town before "trading"
  ("Shares of Nestle fell in Zurich trading" after "Zurich said its profit rose").
- ``entities.places.place_names`` (``feature_titles``): a country's or a state's name that a
  river bears, after "the" and with what only water does ("the Niger burst its banks", "water
  levels on the Mississippi"), is the river; the country or the state stays elsewhere.

New cases go in the tables below: ``CHANGE`` for the ones that must change, ``STAY`` for the
ones that must keep their type.
"""

from __future__ import annotations

import pytest

from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.entities.evidence import document_types
from briefx.pipeline.entities.places import place_names
from tests.pipeline.conftest import ents_of

ENGLISH = frozenset({"said", "the", "its", "profit", "sales", "budget"})


def _voted(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ents = ents_of(text, spans)
    document_types(text, ents, ENGLISH)
    return [(e.type, e.name) for e in ents]


# (text, the model's spans; the first is under test, the type the vote must give it)
RESULTS_CHANGE = [
    ("Nokia said on Thursday its fourth-quarter operating profit rose 14 percent.", "Nokia"),
    ("Suzano said its quarterly net income rose, helped by higher pulp prices.", "Suzano"),
    ("Santander said on Wednesday its full-year net profit rose 14 percent.", "Santander"),
    ("Orange said in a statement its core profit rose 3 percent in 2024.", "Orange"),
    ("Vale reported its iron ore sales fell 5 percent in the quarter.", "Vale"),
]
RESULTS_STAY = [
    ("Detroit said its revenues rose 5 percent last year.", "Detroit"),  # a city's revenues
    ("Chicago said its sales tax receipts fell in March.", "Chicago"),  # a tax
    ("Tampere said on Monday its population grew by 3,000.", "Tampere"),
    ("Kaunas said its budget deficit had grown.", "Kaunas"),
    ("Oregon said its cannabis sales fell 3 percent.", "Oregon"),  # a state never changes
    ("Lyon said its tourism revenues rose 8 percent.", "Lyon"),
    ("Paris said on Tuesday its hotel occupancy rose.", "Paris"),
]


@pytest.mark.parametrize(("text", "name"), RESULTS_CHANGE)
def test_firm_named_like_a_town_by_its_results(text: str, name: str) -> None:
    assert _voted(text, [(name, "GPE")])[0][0] == "ORG"


@pytest.mark.parametrize(("text", "name"), RESULTS_STAY)
def test_places_results_stay(text: str, name: str) -> None:
    assert _voted(text, [(name, "GPE")])[0][0] == "GPE"


def _dateline(text: str, spans: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    ents, pos = [], 0
    for surface, typ, name in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    document_types(text, ents, ENGLISH)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


# (text, the spans as the linking left them: surface, type, name; the expected result)
DATELINE = [
    (
        "ZURICH, Aug 7 (Reuters) - Zurich said on Thursday its operating profit rose 13 percent.",
        [("ZURICH", "ORG", "Zurich"), ("Zurich", "ORG", "Zurich")],
        [("ZURICH", "GPE", "Zürich"), ("Zurich", "ORG", "Zurich")],
    ),
    (
        "SANTANDER, Spain, Jan 30 - Santander said on Wednesday its net profit rose 14 percent.",
        [
            ("SANTANDER", "ORG", "Santander"),
            ("Spain", "GPE", "Spain"),
            ("Santander", "ORG", "Santander"),
        ],
        [
            ("SANTANDER", "GPE", "Santander"),
            ("Spain", "GPE", "Spain"),
            ("Santander", "ORG", "Santander"),
        ],
    ),
    (
        "HALIFAX 1996-03-15\nHalifax said on Friday its pre-tax profit rose 5 percent.",
        [("HALIFAX", "ORG", "Halifax"), ("Halifax", "ORG", "Halifax")],
        [("HALIFAX", "GPE", "Halifax"), ("Halifax", "ORG", "Halifax")],
    ),
    # must stay: a headline in capitals, a news agency, a dateline the vote left a place
    (
        "NOKIA, ERICSSON SHARES FALL\nHELSINKI, Jan 30 - Nokia said on Thursday its sales fell.",
        [("NOKIA", "ORG", "Nokia"), ("HELSINKI", "GPE", "Helsinki"), ("Nokia", "ORG", "Nokia")],
        [("NOKIA", "ORG", "Nokia"), ("HELSINKI", "GPE", "Helsinki"), ("Nokia", "ORG", "Nokia")],
    ),
    (
        "REUTERS, Jan 30 - Reuters said on Thursday it would cut jobs.",
        [("REUTERS", "ORG", "Reuters"), ("Reuters", "ORG", "Reuters")],
        [("REUTERS", "ORG", "Reuters"), ("Reuters", "ORG", "Reuters")],
    ),
    (
        "LONDON, Jan 9 - Tesco said its sales rose 4 percent.",
        [("LONDON", "GPE", "London"), ("Tesco", "ORG", "Tesco")],
        [("LONDON", "GPE", "London"), ("Tesco", "ORG", "Tesco")],
    ),
]


# a market's town before its trading, after the firm of its name said its results (the names
# as the linking leaves a town typed a place: "Zürich")
DATELINE += [
    (
        "Zurich said its profit rose 9%. Shares of Nestle fell in Zurich trading.",
        [("Zurich", "GPE", "Zürich"), ("Nestle", "ORG", "Nestle"), ("Zurich", "GPE", "Zürich")],
        [("Zurich", "ORG", "Zurich"), ("Nestle", "ORG", "Nestle"), ("Zurich", "GPE", "Zürich")],
    ),
    (
        "Nokia said on Thursday its sales fell. Shares of Ericsson rose in Nokia trading.",
        [("Nokia", "GPE", "Nokia"), ("Ericsson", "ORG", "Ericsson"), ("Nokia", "GPE", "Nokia")],
        [("Nokia", "ORG", "Nokia"), ("Ericsson", "ORG", "Ericsson"), ("Nokia", "GPE", "Nokia")],
    ),
    # must stay: a firm's own shares "in London trading", a town's engineers
    (
        "Shares in Zurich rose 2 percent in London trading.",
        [("Zurich", "ORG", "Zurich"), ("London", "GPE", "London")],
        [("Zurich", "ORG", "Zurich"), ("London", "GPE", "London")],
    ),
    (
        "Engineers in Nokia said the plant would close.",
        [("Nokia", "GPE", "Nokia")],
        [("Nokia", "GPE", "Nokia")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), DATELINE)
def test_dateline_of_a_firms_town(
    text: str, spans: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert _dateline(text, spans) == expected


def _rivers(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ents = ents_of(text, spans)
    place_names(text, ents)
    return [(e.type, e.name) for e in ents]


# (text, the first span under test typed GPE, the expected type and name)
RIVERS = [
    ("The Niger burst its banks in Niamey on Tuesday.", "Niger", ("LOC", "Niger River")),
    (
        "Water levels on the Mississippi fell to record lows at Memphis.",
        "Mississippi",
        ("LOC", "Mississippi River"),
    ),
    ("The Senegal rose 2 metres at Bakel overnight.", "Senegal", ("LOC", "Senegal River")),
    ("The Paraguay fell to 40 centimetres at Asuncion.", "Paraguay", ("LOC", "Paraguay River")),
    ("Barges were stuck at the mouth of the Ohio.", "Ohio", ("LOC", "Ohio River")),
    # must stay: the country or the state itself
    ("Niger's government said 217 people had died in floods.", "Niger", ("GPE", "Niger")),
    ("The Niger government said it would help.", "Niger", ("GPE", "Niger")),
    ("Exports from the Jordan rose 3 percent in May.", "Jordan", ("GPE", "Jordan")),
    ("Ohio said its budget fell short.", "Ohio", ("GPE", "Ohio")),
    ("Floods in Senegal rose to 2 metres in places.", "Senegal", ("GPE", "Senegal")),
]


@pytest.mark.parametrize(("text", "name", "expected"), RIVERS)
def test_river_named_like_a_country(text: str, name: str, expected: tuple[str, str]) -> None:
    assert _rivers(text, [(name, "GPE")])[0] == expected
