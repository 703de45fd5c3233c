"""Session 45 (pertype45): people typed as organisations and organisations typed as people.

- ``entities.sports.scorers``: a line of scorers in sports copy opens with any label of
  ``entity_words`` kind ``score_label`` ("Tries:", "Goals:", "Cons:", "Pens:", "Goalscorers:"),
  not only "Scorers:": the names after it are players, a name before a dash their side. A
  document that is no sports copy keeps its "Goals:" list as it was.
- ``entities.evidence`` (``RESULTS_AFTER``): "X reported a 20% drop in net fee income": income
  named by its kind (net, fee, operating, interest, trading, pretax, investment) is a firm's
  result like sales or profits; a bare "income" is a household's too and says nothing.
- ``entities.evidence`` (``_sector_before``): "the housebuilder X", "the British steelmaker X":
  a trade noun of ``entity_forms`` kind ``firm_sector`` (nouns WordNet files under people) after
  "the" types the name after it an organisation; without "the", or before ", who", it does not.

On ``spacy.blank("en")`` with the mentions given; invented names. New cases go in the tables:
``..._CHANGE`` for the ones that must change, ``..._STAY`` for the ones that must keep their
type.
"""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.entities.evidence import document_types
from briefx.pipeline.entities.sports import teams
from tests.pipeline.conftest import ents_of

NLP = spacy.blank("en")
NLP.add_pipe("briefx_metadata")
ENGLISH = frozenset({"reported", "drop", "rise", "income", "net", "said", "the", "her", "fell"})


def run(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = NLP(text)
    return [(text[e.start : e.end], e.type) for e in teams(doc, ents_of(text, spans))]


# (text, NER mentions, expected (surface, type) in text order)
SCORE_LABELS_CHANGE = [
    # rugby league: tries and goals, each with the side before a dash
    (("Leeds Rhinos 24 Hull KR 12\n\nTries: Leeds - Aske 2, Rudd, Dorn; Hull - Moss\n"
      "Goals: Leeds - Aske 4; Hull - Pell 2\n"),
     [("Leeds Rhinos", "ORG"), ("Hull KR", "ORG"), ("Rudd", "ORG"), ("Dorn", "NORP"),
      ("Moss", "PERSON"), ("Leeds", "GPE")],
     [("Leeds Rhinos", "ORG"), ("Hull KR", "ORG"), ("Leeds", "ORG"), ("Aske", "PERSON"),
      ("Rudd", "PERSON"), ("Dorn", "PERSON"), ("Hull", "ORG"), ("Moss", "PERSON"),
      ("Leeds", "ORG"), ("Aske", "PERSON"), ("Hull", "ORG"), ("Pell", "PERSON")]),
    # rugby union: tries, conversions and penalties with no side
    ("Toulon 27 Castres 20\nTries: Vidal, Marchet\nCons: Lanoix\nPens: Lanoix 5\n",
     [("Toulon", "ORG"), ("Castres", "ORG"), ("Vidal", "ORG"), ("Marchet", "GPE")],
     [("Toulon", "ORG"), ("Castres", "ORG"), ("Vidal", "PERSON"), ("Marchet", "PERSON"),
      ("Lanoix", "PERSON"), ("Lanoix", "PERSON")]),
    # ice hockey: "Goals:" with a side
    ("Bruins 4 Rangers 2\nGoals: Bruins - Kessel 2, Lindahl; Rangers - Orr\n",
     [("Bruins", "ORG"), ("Rangers", "ORG"), ("Lindahl", "ORG")],
     [("Bruins", "ORG"), ("Rangers", "ORG"), ("Bruins", "ORG"), ("Kessel", "PERSON"),
      ("Lindahl", "PERSON"), ("Rangers", "ORG"), ("Orr", "PERSON")]),
    # football: "Goalscorers:" in capitals too
    ("Rovers 2 United 1\nGOALSCORERS: Rovers - Ivo Brandt 23, 67\n", [("Ivo Brandt", "ORG")],
     [("Rovers", "ORG"), ("United", "ORG"), ("Rovers", "ORG"), ("Ivo Brandt", "PERSON")]),
]  # fmt: skip
SCORE_LABELS_STAY = [
    # no sports copy: a plan's goals
    ("The council set out its plan.\nGoals: Clean Air, Green Streets\n",
     [("Clean Air", "ORG"), ("Green Streets", "ORG")],
     [("Clean Air", "ORG"), ("Green Streets", "ORG")]),
    # sports copy, but the label is no scorers' label
    ("Leeds 2 Hull 1\nReferee: Ann Vale\nAttendance: 21,000\n", [("Ann Vale", "PERSON")],
     [("Leeds", "ORG"), ("Hull", "ORG"), ("Ann Vale", "PERSON")]),
    # a country before the dash stays the country
    ("Wales 2 Chile 1\nGoals: Wales - Dai Rees 2; Chile - Vidal\n",
     [("Wales", "GPE"), ("Chile", "GPE")],
     [("Wales", "GPE"), ("Chile", "GPE"), ("Wales", "GPE"), ("Dai Rees", "PERSON"),
      ("Chile", "GPE"), ("Vidal", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), SCORE_LABELS_CHANGE + SCORE_LABELS_STAY)
def test_scorer_labels(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert run(text, spans) == expected


def _voted(text: str, name: str, typ: str) -> str:
    ents = ents_of(text, [(name, typ)])
    document_types(text, ents, ENGLISH)
    return ents[0].type


# (text, the name under test as the model typed it a person)
INCOME_CHANGE = [
    ("Robert Walters reported a 20% drop in net fee income in the quarter.", "Robert Walters"),
    ("Charles Stanley reported a rise in net interest income on Tuesday.", "Charles Stanley"),
    ("Henry Rathbone posted a 5% fall in operating income.", "Henry Rathbone"),
    ("Julius Baer reported a 9% rise in pretax income for the half.", "Julius Baer"),
]
INCOME_STAY = [
    ("Anna Roe reported income of $40,000 on her tax return.", "Anna Roe"),  # bare income
    ("Tom Aske reported her income to the police.", "Tom Aske"),
    ("Mary Lund said net income fell at the bank she runs.", "Mary Lund"),  # no "reported"
]


@pytest.mark.parametrize(("text", "name"), INCOME_CHANGE)
def test_firm_reports_income_by_its_kind(text: str, name: str) -> None:
    assert _voted(text, name, "PERSON") == "ORG"


@pytest.mark.parametrize(("text", "name"), INCOME_STAY)
def test_person_with_income_stays(text: str, name: str) -> None:
    assert _voted(text, name, "PERSON") == "PERSON"


SECTOR_CHANGE = [
    ("The housebuilder Taylor Wimpey said completions rose.", "Taylor Wimpey"),
    ("Shares in the recruiter Robert Walters fell 5%.", "Robert Walters"),
    ("The British steelmaker Henry Dorn asked for state aid.", "Henry Dorn"),
    ("Talks with the brewer Samuel Hale collapsed on Friday.", "Samuel Hale"),
]
SECTOR_STAY = [
    ("Recruiter Jane Roe said hiring slowed in the City.", "Jane Roe"),  # no "the"
    ("The bookmaker Fred Roe, who founded a chain, said he would sell.", "Fred Roe"),
    ("The property developer Nick Roe said the scheme would go ahead.", "Nick Roe"),
    ("Chief executive Jane Roe said the housebuilder would cut 500 jobs.", "Jane Roe"),
]


@pytest.mark.parametrize(("text", "name"), SECTOR_CHANGE)
def test_firm_after_its_trade(text: str, name: str) -> None:
    assert _voted(text, name, "PERSON") == "ORG"


@pytest.mark.parametrize(("text", "name"), SECTOR_STAY)
def test_person_after_a_trade_stays(text: str, name: str) -> None:
    assert _voted(text, name, "PERSON") == "PERSON"
