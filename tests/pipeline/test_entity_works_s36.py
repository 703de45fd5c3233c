"""Session 36 (works23): titles of works, awards and offices without a holder are no entities
(``entities.works``): a capitalised run after a work noun ("the film X", "the novel X"), a name
called a work by an apposition ("X, the film"), a name headed by an award noun ("Booker
Prize"), and "<person noun>-General" ("Auditor-General"); bodies of the same shapes stay."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from briefx.pipeline.entities.commons import common_words
from briefx.pipeline.entities.works import _award, _class, _office, works_and_offices
from tests.pipeline.conftest import ents_of

BLANK = spacy.blank("en")


def _doc(text: str, tags: dict[str, str]) -> Doc:
    """A blank Doc whose tokens carry the tags given by word (the rest untagged)."""
    doc = BLANK.make_doc(text)
    for t in doc:
        t.tag_ = tags.get(t.text, "")
    return doc


def _kept(text: str, spans: list[tuple[str, str]], tags: dict[str, str]) -> list[str]:
    ents = works_and_offices(_doc(text, tags), ents_of(text, spans))
    return [text[e.start : e.end] for e in ents]


CASES = [
    # titles after a work noun, with any type NER gave them
    ("The film Harrowgate Lane won a prize in Cannes.",
     [("Harrowgate Lane", "FAC"), ("Cannes", "GPE")], {"film": "NN"}, ["Cannes"]),
    ("Fans of the novel Salt Orchard met its author Tomas Ferreira.",
     [("Salt Orchard", "PERSON"), ("Tomas Ferreira", "PERSON")], {"novel": "NN"},
     ["Tomas Ferreira"]),
    ("The painting Harbour at Dusk sold at Christie's.",
     [("Dusk", "ORG"), ("Christie's", "ORG")], {"The": "DT", "painting": "VBG"}, ["Christie's"]),
    ("The films Oppenheimer and Barbie led the box office.",
     [("Oppenheimer", "PERSON"), ("Barbie", "PERSON")], {"films": "NNS"}, []),
    ("The song \u201cPaper Moons\u201d topped the charts. Paper Moons sold well.",
     [("Paper Moons", "ORG"), ("Paper Moons", "ORG")], {"song": "NN"}, []),
    # an apposition that calls it a work
    ("Glass Tigers, the film, took $61 million.",
     [("Glass Tigers", "PERSON")], {}, []),
    ("Dust Choir (2026 film) opened in Berlin.",
     [("Dust Choir", "ORG"), ("Berlin", "GPE")], {}, ["Berlin"]),
    # awards by their head
    ("The novel won the Booker Prize, the Booker Prize Foundation said.",
     [("Booker Prize", "ORG"), ("Booker Prize Foundation", "ORG")], {}, ["Booker Prize Foundation"]),
    ("She received the Presidential Medal of Freedom in Washington.",
     [("Presidential Medal of Freedom", "ORG"), ("Washington", "GPE")], {}, ["Washington"]),
    ("The Grammy Award went to Halden Records' band.",
     [("Grammy Award", "ORG"), ("Halden Records", "ORG")], {}, ["Halden Records"]),
    # plural acronyms: count nouns
    ("Demand for EVs rose in Japan.", [("EVs", "PRODUCT"), ("Japan", "GPE")], {}, ["Japan"]),
    ("Three ETFs tracking gold closed.", [("ETFs", "ORG")], {}, []),
    ("Both IPOs priced above range, Nasdaq said.",
     [("IPOs", "ORG"), ("Nasdaq", "ORG")], {}, ["Nasdaq"]),
    # offices without their holder
    ("The Auditor-General said waste at the Ministry of Health rose.",
     [("Auditor-General", "ORG"), ("Ministry of Health", "ORG")], {}, ["Ministry of Health"]),
    ("The Surveyor General said new maps were ready.",
     [("Surveyor General", "ORG")], {}, []),
    ("The Director-General said the World Health Organization would cut jobs.",
     [("Director-General", "ORG"), ("World Health Organization", "ORG")], {},
     ["World Health Organization"]),
    # untouched: a verb before a name, an adjective, a work noun before a lower-case word, a
    # competition named after its trophy or cup, a ceremony in the plural, a body of the same
    # shape, an award that speaks, "General" after no person noun, a place in a title's text
    ("On Sunday, Liverpool play Derby at home.",
     [("Liverpool", "ORG"), ("Derby", "ORG")], {"play": "VBP"}, ["Liverpool", "Derby"]),
    ("The western Mediterranean was 5C warmer.",
     [("Mediterranean", "LOC")], {"The": "DT", "western": "JJ"}, ["Mediterranean"]),
    ("The film studio Vantor Studios said it would grow.",
     [("Vantor Studios", "ORG")], {"film": "NN", "studio": "NN"}, ["Vantor Studios"]),
    ("India lead the five-match Border-Gavaskar Trophy.",
     [("India", "GPE"), ("Border-Gavaskar Trophy", "ORG")], {}, ["India", "Border-Gavaskar Trophy"]),
    ("Chelsea won the FA Cup at Wembley.",
     [("Chelsea", "ORG"), ("FA Cup", "EVENT"), ("Wembley", "FAC")], {},
     ["Chelsea", "FA Cup", "Wembley"]),
    ("She was honoured at the Walkley Awards in Sydney.",
     [("Walkley Awards", "ORG"), ("Sydney", "GPE")], {}, ["Walkley Awards", "Sydney"]),
    ("The Nobel Foundation said the prize money would rise.",
     [("Nobel Foundation", "ORG")], {}, ["Nobel Foundation"]),
    ("The XPRIZE Award said entries had doubled.",
     [("XPRIZE Award", "ORG")], {}, ["XPRIZE Award"]),
    ("The BRICS met as NATOs allies watched; UNHCR said the EUs rules held.",
     [("BRICS", "ORG"), ("UNHCR", "ORG")], {}, ["BRICS", "UNHCR"]),
    ("Dollar General said sales rose; General Motors did too.",
     [("Dollar General", "ORG"), ("General Motors", "ORG")], {},
     ["Dollar General", "General Motors"]),
    ("The film Chennai Express was shot in Chennai.",
     [("Chennai Express", "ORG"), ("Chennai", "GPE")], {"film": "NN"}, ["Chennai"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "tags", "want"), CASES)
def test_works_and_offices(
    text: str, spans: list[tuple[str, str]], tags: dict[str, str], want: list[str]
) -> None:
    assert _kept(text, spans, tags) == want


WORDS = [
    ("film", "work"), ("films", "work"), ("novel", "work"), ("painting", "work"),
    ("opera", "work"), ("song", "work"), ("album", "work"), ("prize", "award"),
    ("medal", "award"), ("award", "award"),
    # no class: bodies' and periodicals' nouns, a trophy, a cup, degrees, people
    ("newspaper", ""), ("magazine", ""), ("trophy", ""), ("cup", ""), ("ma", ""),
    ("studio", ""), ("director", ""), ("series", ""),
]  # fmt: skip


@pytest.mark.parametrize(("word", "want"), WORDS)
def test_class(word: str, want: str) -> None:
    assert _class(word) == want


@pytest.mark.parametrize(
    ("name", "want"),
    [("Booker Prize", True), ("Nobel Peace Prize", True), ("Medal of Honor", True),
     ("Prize", False), ("Walkley Awards", False), ("Booker Prize Foundation", False),
     ("Champions Trophy", False), ("World Cup", False)],
)  # fmt: skip
def test_award(name: str, want: bool) -> None:
    assert _award(name) is want


@pytest.mark.parametrize(
    ("name", "want"),
    [("Auditor-General", True), ("Attorney General", True), ("Solicitor-General", True),
     ("Deputy Director-General", True), ("Dollar General", False), ("General Motors", False),
     ("Auditor-General's Office", False), ("Legal and General", False)],
)  # fmt: skip
def test_office(name: str, want: bool) -> None:
    assert _office(name) is want


def test_pipeline_probe(run) -> None:  # type: ignore[no-untyped-def]
    brief = run(
        "The film Anora won the Palme d'Or in Cannes, and the novel Prophet Song won the "
        "Booker Prize. The Auditor-General said waste rose, the Nobel Foundation said."
    )
    texts = {m.text for e in brief.entities for m in e.mentions}
    assert not texts & {"Anora", "Prophet Song", "Booker Prize", "Auditor-General"}
    assert {"Cannes", "Nobel Foundation"} <= texts


WEATHER_ENGLISH = frozenset({"monsoon", "typhoon", "winter", "harvest", "lightning", "bolt"})
WEATHER = [
    # a one-word weather name NER typed a place or a body, mid-sentence: none
    ("Farmers sowed crops after the Monsoon arrived.", [("Monsoon", "LOC")], []),
    ("Flights resumed after the Typhoon passed Okinawa.",
     [("Typhoon", "GPE"), ("Okinawa", "GPE")], ["Okinawa"]),
    ("Sales of coats fell before the Winter began, Acme said.",
     [("Winter", "GPE"), ("Acme", "ORG")], ["Acme"]),
    # untouched: a weather word that speaks, one typed a body or a team, a person, a word no
    # weather
    ("Sales at Monsoon fell, Monsoon said.",
     [("Monsoon", "LOC"), ("Monsoon", "LOC")], ["Monsoon", "Monsoon"]),
    ("Riders left Uber for Bolt in Tallinn.", [("Bolt", "ORG")], ["Bolt"]),
    ("Tampa beat the Lightning 3-2.", [("Lightning", "ORG")], ["Lightning"]),
    ("Talks with Harvest Partners ended.", [("Harvest Partners", "ORG")], ["Harvest Partners"]),
    ("Coach Jo Winter said the side was ready.", [("Jo Winter", "PERSON")], ["Jo Winter"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), WEATHER)
def test_weather_words(text: str, spans: list[tuple[str, str]], want: list[str]) -> None:
    ents = common_words(text, ents_of(text, spans), WEATHER_ENGLISH)
    assert [text[e.start : e.end] for e in ents] == want
