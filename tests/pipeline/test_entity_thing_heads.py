"""Names headed by a thing no ANNOTATION.md tags, and acronyms used as common nouns (session 29,
orgprec16; ``briefx.pipeline.entities.commons``):
- a name of English words whose head's first WordNet sense is a statistic, a survey, a tax, a
  document, a plan, a meeting or weather (``models/thing_heads.jsonl``) names nothing where no
  mention makes it a body (it speaks, is spoken to, owns): "Drought Response Plan", "Annual
  General Meeting", "Northeast Monsoon"; a survey, an index or a levy whatever words lead it
  ("Labour Cost Index") and even where it "shows" things;
- the same names, and benefits headed by an abstract noun, in the plural typed a person
  ("Winter Heating Payments", "Childcare Vouchers"), but for two words that open with a given
  name ("Hope Summers");
- untouched: a plan or a meeting that speaks or owns, one with a word WordNet capitalises
  before its head (a party's "Green Transport Plan"), a country's agency, a body's head word,
  a gathering's head that context decides ("Forum");
- an acronym in capitals the text uses as a common noun, after an article or a possessive
  pronoun and heading its phrase ("launched an ETF tracking ...", "its EPS rose") or given a
  value ("reported EPS of 61 cents"), names nothing; one that modifies a noun ("an FBI agent") or follows a country's possessive stays.
- a capitalised run after "the" ending in a body's head word that NER missed ("the Regional
  Meteorological Centre said") is an ORG (``context.bodies_by_head``); not a kind after "a",
  a programme, a possessive's owner, a body "of" something, a headline.
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.pipeline.entities.commons import common_words, thing_class
from briefx.pipeline.entities.context import bodies_by_head
from briefx.records import Brief
from tests.pipeline.conftest import ents_of

ENGLISH = frozenset(
    {"drought", "response", "plan", "annual", "general", "meeting", "northeast", "monsoon",
     "labour", "cost", "index", "household", "spending", "survey", "coastal", "recovery",
     "summer", "strategy", "green", "transport", "research", "board", "digital", "policy",
     "forum", "british", "road", "safety", "week", "winter", "storm", "carbon", "levy",
     "heating", "payment", "childcare", "voucher", "respite", "care", "hope"}
)  # fmt: skip


def kept(text: str, spans: list[tuple[str, str]]) -> list[str]:
    return [text[e.start : e.end] for e in common_words(text, ents_of(text, spans), ENGLISH)]


# (text, mentions (surface, type), the surfaces kept)
CASES = [
    # a plan, a meeting, a monsoon: dropped where nothing makes them a body
    ("The Drought Response Plan stays in force, the Harlow Water Board said.",
     [("Drought Response Plan", "ORG"), ("Harlow Water Board", "ORG")], ["Harlow Water Board"]),
    ("Shareholders of Tarvik Foods will vote at the Annual General Meeting in Leeds.",
     [("Tarvik Foods", "ORG"), ("Annual General Meeting", "ORG"), ("Leeds", "GPE")],
     ["Tarvik Foods", "Leeds"]),
    ("The Northeast Monsoon brought heavy rain to Chennai on Monday.",
     [("Northeast Monsoon", "LOC"), ("Chennai", "GPE")], ["Chennai"]),
    # an index, a survey, a levy: whatever words lead them, even where they "show" things
    ("The Labour Cost Index rose 2%, and the Household Spending Survey showed a fall.",
     [("Labour Cost Index", "ORG"), ("Household Spending Survey", "ORG")], []),
    ("Firms in Ghent said the Winter Carbon Levy would hurt.",
     [("Ghent", "GPE"), ("Winter Carbon Levy", "ORG")], ["Ghent"]),
    # a benefit in the plural typed a person: no one's name
    ("Pensioners can claim Winter Heating Payments of £300.",
     [("Winter Heating Payments", "PERSON")], []),
    ("Parents can swap Childcare Vouchers for cash.", [("Childcare Vouchers", "PERSON")], []),
    ("Carers can apply for Respite Care Vouchers online.", [("Respite Care Vouchers", "ORG")],
     []),
    # untouched: a person whose surname is such a plural
    ("We met Hope Summers in May.", [("Hope Summers", "PERSON")], ["Hope Summers"]),
    # untouched: a plan or meeting that speaks or owns something
    ("The Coastal Recovery Plan said it would hire 40 staff.",
     [("Coastal Recovery Plan", "ORG")], ["Coastal Recovery Plan"]),
    ("The Summer Strategy Meeting's chair resigned on Friday.",
     [("Summer Strategy Meeting", "ORG")], ["Summer Strategy Meeting"]),
    # untouched: a word WordNet capitalises before a plan (a party's name), a country's agency
    ("The Green Transport Plan won two seats in Bremen.",
     [("Green Transport Plan", "ORG"), ("Bremen", "GPE")], ["Green Transport Plan", "Bremen"]),
    ("The British Road Safety Survey team met in York.",
     [("British Road Safety Survey", "ORG"), ("York", "GPE")],
     ["British Road Safety Survey", "York"]),
    # untouched: a body's head word, and a gathering's head that context decides
    ("The Monsoon Research Board and the Digital Policy Forum met in Pune.",
     [("Monsoon Research Board", "ORG"), ("Digital Policy Forum", "ORG"), ("Pune", "GPE")],
     ["Monsoon Research Board", "Digital Policy Forum", "Pune"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_thing_names(text: str, spans: list[tuple[str, str]], expected: list[str]) -> None:
    assert kept(text, spans) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("survey", "survey"), ("levies", "tax"), ("plans", "plan"), ("meeting", "gathering"),
     ("monsoon", "weather"), ("index", "statistic"), ("board", ""), ("forum", ""),
     ("act", ""), ("fund", ""), ("agency", "")],
)  # fmt: skip
def test_thing_class(word: str, expected: str) -> None:
    assert thing_class(word) == expected


# the whole pipeline: an acronym in capitals that opens a sentence or a list item is a name
# where NER missed it (``unknowns``); a time zone, a ticker in brackets and a concept acronym
# stay untagged
CAPITALS_CASES = [
    (("The strike shut the port on Monday. ALMR, which runs the terminal, said talks would "
      "resume.\n"), ["ALMR"], []),
    ("Unions met on Friday. HVLN, the bus operator, cut services across the city.\n",
     ["HVLN"], []),
    ("• Turin: STVM won a contract for 40 trams.\n• Milan: orders fell.\n", ["STVM"], []),
    ("At 5 a.m. CDT the storm was 40 miles off the coast of Texas.\n", [], ["CDT"]),
    ("Corvane Systems Inc. (NASDAQ: CRVN) said on Monday it would cut 300 jobs.\n", [],
     ["CRVN"]),
    ("Prices rose again. GDP grew 2% in the quarter.\n", [], ["GDP"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found", "absent"), CAPITALS_CASES)
def test_model_capitals_open_sentences(
    run: Callable[..., Brief], text: str, found: list[str], absent: list[str]
) -> None:
    mentions = {m.text for e in run(text).entities for m in e.mentions}
    assert set(found) <= mentions
    assert not mentions & set(absent)


# bodies by their head word after "the" that NER missed (``context.bodies_by_head``)
BODY_CASES = [
    ("Rain fell overnight, the Regional Meteorological Centre said.", [],
     ["Regional Meteorological Centre"]),
    ("Talks with the Harbour Pilots Authority resumed on Monday.", [], ["Harbour Pilots Authority"]),
    ("The rules came from the National Pricing Tribunal on Friday.", [],
     ["National Pricing Tribunal"]),
    ("Officers of the Kelso City Police Department left.", [("Kelso City", "GPE")],
     ["Kelso City Police Department"]),
    # untouched: a lower-case part of a hyphenated word before the name
    ("Aid came from the Geneva-based World Relief Agency.", [("World Relief Agency", "ORG")],
     ["World Relief Agency"]),
    # untouched: a country's body keeps its country apart
    ("The United States Supreme Court ruled.", [("United States", "GPE"), ("Supreme Court", "ORG")],
     ["Supreme Court"]),
    # untouched: a kind ("a ..."), a programme, a possessive, "of" after the head, a headline
    ("Staff opened a Disaster Recovery Center in Tulsa.", [], []),
    ("NASA said the Commercial Crew Program would go on.", [], []),
    ("Staff at the Prime Minister's Office left.", [], []),
    ("Figures from the Office of National Statistics", [], []),
    ("The Regional Water Board Meets Today\nIt will vote on prices.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "bodies"), BODY_CASES)
def test_bodies_by_head(text: str, spans: list[tuple[str, str]], bodies: list[str]) -> None:
    ents = ents_of(text, spans)
    bodies_by_head(text, ents)
    assert [text[e.start : e.end] for e in ents if e.type == "ORG"] == bodies
