"""Common words and concept acronyms that name nothing (session 25, issue 13 spans;
``briefx.pipeline.entities.commons``), on hand-made mentions through ``common_words`` with a
small English word list, and through the whole pipeline where the model's spans are the point:
- a concept acronym WordNet gives mostly common senses ("IPO", "GDP", "CO2", "VAT") is dropped
  wherever it stands, unless a table knows it ("AFP") or it is linked to a longer name;
- a one-word name whose lower-case form is a common English word WordNet never capitalises is
  dropped where its capital says nothing (a sentence's or a bullet's first word, a headline) or
  where the text writes it in lower case too; mid-sentence, without that, it stays; people,
  nationalities and names the tables know stay everywhere;
- a headline's span of common words ("STEEL SLUMPS") is dropped unless the text also writes
  it where case is evidence;
- an organisation's name of English words headed by a noun WordNet gives only abstract senses,
  some of them a communication or a possession ("Fuel Duty", "Retail Sales Survey"), is
  dropped wherever it stands; a body's head before "of"/"for" ("Bureau of Economic Analysis"),
  the head words of bodies, firms and programmes ("Acme Energy", "Climate Fund") keep theirs.
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.commons import common_words, headline, is_common, no_case_evidence
from briefx.records import Brief
from tests.pipeline.conftest import ents_of

ENGLISH = frozenset(
    {"aluminium", "cotton", "lumber", "steel", "slump", "annual", "housing", "survey",
     "network", "rail", "evergreen", "gold", "amazon", "baker", "liberal", "treasury",
     "market", "digest", "chip", "trade", "carbon", "levy", "fuel", "duty", "allowance",
     "winter", "payment", "retail", "sale", "economic", "review", "office", "bureau",
     "analysis", "energy", "climate", "fund", "stamp", "hill", "british", "geological",
     "canadian", "harbour", "cable", "service", "group", "christian"}
)  # fmt: skip


def kept(text: str, spans: list[tuple[str, str]]) -> list[str]:
    return [text[e.start : e.end] for e in common_words(text, ents_of(text, spans), ENGLISH)]


# (text, mentions (surface, type), the surfaces kept)
CASES = [
    # concept acronyms: dropped wherever they stand
    ("Harwell Foods said its IPO would raise $400 million.",
     [("Harwell Foods", "ORG"), ("IPO", "ORG")], ["Harwell Foods"]),
    ("Ministers in Lisbon expect GDP to grow 2% as CO2 output falls.",
     [("Lisbon", "GPE"), ("GDP", "ORG"), ("CO2", "PRODUCT")], ["Lisbon"]),
    ("The VAT rise hit shops in Cardiff, the retailers' group said.",
     [("VAT", "ORG"), ("Cardiff", "GPE")], ["Cardiff"]),
    # untouched: an acronym that speaks or is spoken to (a broadcaster's letters)
    ("The ABC reported the fire in Perth.", [("ABC", "ORG"), ("Perth", "GPE")], ["ABC", "Perth"]),
    ("The mayor told CBC the plan would change.", [("CBC", "ORG")], ["CBC"]),
    ("The line was cut, according to PBS.", [("PBS", "ORG")], ["PBS"]),
    # untouched: an acronym WordNet also gives a thing's sense ("ICE" an engine)
    ("ICE agents arrived in Denver.", [("ICE", "ORG"), ("Denver", "GPE")], ["ICE", "Denver"]),
    # untouched: an acronym of a name, one a table knows
    ("NATO and AFP staff met in Riga.", [("NATO", "ORG"), ("AFP", "ORG"), ("Riga", "GPE")],
     ["NATO", "AFP", "Riga"]),
    # common words where the capital says nothing: a sentence's, a bullet's first word
    ("Prices in Mumbai rose. Aluminium was steady at $2,410 a tonne.",
     [("Mumbai", "GPE"), ("Aluminium", "GPE")], ["Mumbai"]),
    ("Traders in Karachi said:\n• Cotton rose 2%\n• Wool fell",
     [("Karachi", "GPE"), ("Cotton", "ORG")], ["Karachi"]),
    ("Lumber futures fell 3% in Chicago on Monday.",
     [("Lumber", "ORG"), ("Chicago", "GPE")], ["Chicago"]),
    # ... or the text writes the word in lower case too
    ("Buyers of Gold in Zurich paid more as gold hit a record.",
     [("Gold", "ORG"), ("Zurich", "GPE")], ["Zurich"]),
    # untouched: mid-sentence without other evidence, a proper sense, people and nationalities
    ("Shares of Evergreen rose 4% in Taipei.", [("Evergreen", "ORG"), ("Taipei", "GPE")],
     ["Evergreen", "Taipei"]),
    ("Amazon said sales rose.", [("Amazon", "ORG")], ["Amazon"]),
    ("Treasury officials met on Friday.", [("Treasury", "ORG")], ["Treasury"]),
    ("Baker said the Liberal group would vote no.",
     [("Baker", "PERSON"), ("Liberal", "NORP")], ["Baker", "Liberal"]),
    # headlines of common words
    ("STEEL SLUMPS AS DEMAND FADES\n\nOSLO, May 2 - Mills cut output.",
     [("STEEL SLUMPS", "GPE"), ("OSLO", "GPE")], ["OSLO"]),
    ("Annual Housing Survey: 2026 results\n\nThe figures from Leeds show more renters.",
     [("Annual Housing Survey", "ORG"), ("Leeds", "GPE")], ["Leeds"]),
    # untouched: a name with a word WordNet also capitalises (a party's)
    (
        "The Christian Housing Review won seats.",
        [("Christian Housing Review", "ORG")],
        ["Christian Housing Review"],
    ),
    # untouched: a first line that is a sentence, no title
    (
        "LEEDS, May 4 - Results of Network Rail matches on Sunday:\nLeeds 2 York 1\n",
        [("LEEDS", "GPE"), ("Network Rail", "ORG")],
        ["LEEDS", "Network Rail"],
    ),
    # untouched: a bulleted line in title case is a list item, no headline
    ("Contracts:\n-- Harbour Cable Service Group, Leeds, $9,000\n",
     [("Harbour Cable Service Group", "ORG"), ("Leeds", "GPE")],
     ["Harbour Cable Service Group", "Leeds"]),
    # names headed by an abstract noun: taxes, benefits, surveys, reports, wherever they stand
    ("Farmers in Devon said the Carbon Levy would cost them more than the Fuel Duty rise.",
     [("Devon", "GPE"), ("Carbon Levy", "ORG"), ("Fuel Duty", "ORG")], ["Devon"]),
    ("The Housing Allowance and the Winter Fuel Payment were cut, Oxfam said.",
     [("Housing Allowance", "ORG"), ("Winter Fuel Payment", "ORG"), ("Oxfam", "ORG")],
     ["Oxfam"]),
    ("The Retail Sales Survey and the Annual Economic Review from Dublin showed gains.",
     [("Retail Sales Survey", "ORG"), ("Annual Economic Review", "ORG"), ("Dublin", "GPE")],
     ["Dublin"]),
    # untouched: a body's head before "of"/"for", a firm's or a programme's head word, a place
    (("The Office for Housing Review and the Bureau of Economic Analysis met Acme Energy and "
     "the Climate Fund."),
     [("Office for Housing Review", "ORG"), ("Bureau of Economic Analysis", "ORG"),
      ("Acme Energy", "ORG"), ("Climate Fund", "ORG")],
     ["Office for Housing Review", "Bureau of Economic Analysis", "Acme Energy",
      "Climate Fund"]),
    ("The Fuel Duty campaign reached Stamp Hill.", [("Stamp Hill", "GPE")], ["Stamp Hill"]),
    ("The British Geological Survey and the Canadian Housing Review team met.",
     [("British Geological Survey", "ORG"), ("Canadian Housing Review", "ORG")],
     ["British Geological Survey", "Canadian Housing Review"]),
    # untouched: the text also writes the name where case is evidence
    ("Network Rail Cuts Jobs In Leeds\n\nUnions met Network Rail on Monday.",
     [("Network Rail", "ORG"), ("Leeds", "GPE"), ("Network Rail", "ORG")],
     ["Network Rail", "Leeds", "Network Rail"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_common_words(text: str, spans: list[tuple[str, str]], expected: list[str]) -> None:
    assert kept(text, spans) == expected


def test_abstract_name_takes_its_short_forms() -> None:
    text = "Survey results\n\nThe Retail Sales Survey showed gains, and the Survey will go on."
    a, b = text.index("Retail"), text.rindex("Survey")
    ents = [
        Ent(a, a + 19, "ORG", "Retail Sales Survey"),
        Ent(b, b + 6, "ORG", "Retail Sales Survey"),
    ]
    assert common_words(text, ents, ENGLISH) == []


@pytest.mark.parametrize(
    ("name", "expected"), [("International Monetary Fund", ["Fund"]), ("Fund", [])]
)
def test_linked_names_stay(name: str, expected: list[str]) -> None:
    text = "Fund staff met ministers in Accra on Monday."
    got = common_words(text, [Ent(0, 4, "ORG", name)], ENGLISH | {"fund"})
    assert [text[e.start : e.end] for e in got] == expected  # linked to a longer name: kept


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Aluminium", True), ("CHIPS", True), ("Digests", True), ("Treasury", False),
     ("Amazon", False), ("Glencore", False), ("Gold", True)],
)  # fmt: skip
def test_is_common(word: str, expected: bool) -> None:
    assert is_common(word, ENGLISH) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [("Rain fell. Cotton rose.", "Cotton", True), ("• Cotton rose", "Cotton", True),
     ("ROME, May 1 – Cotton rose", "Cotton", True), ("Prices of Cotton rose", "Cotton", False),
     ("A DAY OF GAINS FOR COTTON", "COTTON", True), ("Asia-Europe trade", "Europe", False)],
)  # fmt: skip
def test_no_case_evidence(text: str, word: str, expected: bool) -> None:
    assert no_case_evidence(text, text.index(word)) is expected


# the whole pipeline: the model's spans of such words are gone, the names beside them stay
MODEL_CASES = [
    (("SINGAPORE, Feb 3 (Reuters) - Copper was steady on the London Metal Exchange. "
     "Aluminium rose 1% after Rio Tinto said it would shut a smelter."),
     ["Aluminium"], ["London Metal Exchange", "Rio Tinto"]),
    (("Shares in Keller Foods jumped 9% on their debut after a $600 million IPO in Frankfurt, "
     "and the firm said its AI tools would cut CO2 emissions."),
     ["IPO", "AI", "CO2"], ["Frankfurt"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "gone", "stay"), MODEL_CASES)
def test_model_common_words(
    run: Callable[..., Brief], text: str, gone: list[str], stay: list[str]
) -> None:
    mentions = {m.text for e in run(text).entities for m in e.mentions}
    assert not mentions & set(gone)
    assert set(stay) <= mentions


HEADLINES = [
    ("STEEL SLUMPS AS DEMAND FALLS", False, True),
    ("Annual Housing Survey: 2026 results", True, True),
    ("Annual Housing Survey: 2026 results", False, False),
    ("Council Approves Budget", False, True),
    ("Council approves the budget", False, False),
    ("Council Approves Budget.", False, False),
    ("• Pennant Robotics Limited", False, False),
    ("LONDON - Results of Premier League matches on Sunday:", True, False),
    ("ABC", False, False),
    ("Minister", False, False),
]


@pytest.mark.parametrize(("line", "first", "want"), HEADLINES)
def test_headline(line: str, first: bool, want: bool) -> None:
    assert headline(line, first) is want
