"""Form rules for wire copy (briefx/pipeline/entities/forms.py) on spacy.blank("en"), the
mentions and (where a rule reads them) the tags given: invented texts only."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.forms import (
    by_head_word,
    place_and_group,
    places,
    possessive_names,
    titled_names,
)
from tests.pipeline.conftest import ents_of

NLP = spacy.blank("en")


# "a Louisiana Republican": the place is a GPE, the party member a NORP
PARTY = [
    ("Texas Democrat Ann Roe voted no.", [("Texas Democrat", "NORP")],
     [("Texas", "GPE", "Texas"), ("Democrat", "NORP", "Democrat")]),
    ("Two Ohio Republicans abstained.", [("Ohio Republicans", "NORP")],
     [("Ohio", "GPE", "Ohio"), ("Republicans", "NORP", "Republican")]),
    ("The New York Democrat spoke.", [("New York Democrat", "NORP")],
     [("New York", "GPE", "New York"), ("Democrat", "NORP", "Democrat")]),
    # untouched: no place before the group word, or no group word after the place
    ("Native American leaders met.", [("Native American", "NORP")],
     [("Native American", "NORP", "Native American")]),
    ("Shares of Texas Instruments rose.", [("Texas Instruments", "ORG")],
     [("Texas Instruments", "ORG", "Texas Instruments")]),
    ("The Republican National Committee met.", [("Republican National Committee", "ORG")],
     [("Republican National Committee", "ORG", "Republican National Committee")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), PARTY)
def test_place_and_group(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    ents = ents_of(text, spans)
    place_and_group(text, ents)
    got = sorted((e.start, text[e.start : e.end], e.type, e.name) for e in ents)
    assert [g[1:] for g in got] == expected


# A name in the possessive form that owns nothing ("Halvorsen & Pike's cut ..."): the "'s" is
# part of it. (text, mentions, the tag of the word after "'s" or None, expected (text, type))
POSSESSIVE = [
    ("Halvorsen & Pike's cut the outlook.", [("Halvorsen & Pike", "ORG")], "VBD",
     ("Halvorsen & Pike's", "ORG")),
    ("The bonds were downgraded by Brennick's.", [("Brennick", "GPE")], None,
     ("Brennick's", "ORG")),
    ("Ostrander's, the ratings firm, said so.", [("Ostrander", "PERSON")], None,
     ("Ostrander's", "ORG")),
    # untouched: a possessive before a noun; a name the text also writes without "'s"
    ("Halvorsen & Pike's outlook was cut.", [("Halvorsen & Pike", "ORG")], "NN",
     ("Halvorsen & Pike", "ORG")),
    ("Norway said so. A rise was Norway's.", [("Norway", "GPE"), ("Norway", "GPE")], None,
     ("Norway", "GPE")),
    ("Ann Roe's.", [("Ann Roe", "PERSON")], None, ("Ann Roe", "PERSON")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "tag", "expected"), POSSESSIVE)
def test_possessive_names(
    text: str, spans: list[tuple[str, str]], tag: str | None, expected: tuple[str, str]
) -> None:
    doc = NLP(text)
    if tag is not None:
        for t in doc:
            t.tag_ = "NNP" if t.text[:1].isupper() else "DT"
        k = next(t.i for t in doc if t.text in ("'s", "’s"))
        doc[k + 1].tag_ = tag
    ents = ents_of(text, spans)
    possessive_names(doc, text, ents)
    last = ents[-1]
    assert (text[last.start : last.end], last.type) == expected


# The last word of a sports event's or a war's name makes it an EVENT ("... Invitational").
EVENTS = [
    ("He led the Halden Invitational on Friday.", ("Halden Invitational", "FAC"), "EVENT"),
    ("Norway won the Brennick Cup again.", ("Brennick Cup", "ORG"), "EVENT"),
    ("She reached the Marlow Open final.", ("Marlow Open", "PERSON"), "EVENT"),
    ("Veterans of the Fenland War met.", ("Fenland War", "GPE"), "EVENT"),
    # untouched: other last words, a lower-case tail, one word
    ("Shares of Quill Games rose.", ("Quill Games", "ORG"), "ORG"),
    ("He studied at the Open University.", ("Open University", "ORG"), "ORG"),
    ("The Halden open day was busy.", ("Halden open", "ORG"), "ORG"),
    ("Open said so.", ("Open", "ORG"), "ORG"),
]


@pytest.mark.parametrize(("text", "span", "expected"), EVENTS)
def test_event_tails(text: str, span: tuple[str, str], expected: str) -> None:
    ents = ents_of(text, [span])
    by_head_word(NLP(text), text, ents)
    assert ents[0].type == expected


# A town's name with "the" before it names no town ("the White House said"): NER's ORG stays;
# without "the" the gazetteer still makes the place.
THE_PLACE = [
    ("The White House said so.", ("White House", "ORG"), "ORG"),
    ("Staff at the Oak Ridge lab left.", ("Oak Ridge", "ORG"), "ORG"),
    ("He backed the Union City project board.", ("Union City", "ORG"), "ORG"),
    ("She moved to Round Rock last year.", ("Round Rock", "ORG"), "GPE"),
    ("Offices in Green Bay closed.", ("Green Bay", "FAC"), "GPE"),
]


@pytest.mark.parametrize(("text", "span", "expected"), THE_PLACE)
def test_the_before_a_town(text: str, span: tuple[str, str], expected: str) -> None:
    ents = ents_of(text, [span])
    places(NLP(text), text, ents, set())
    assert ents[0].type == expected


# Common English words after a title word before a lower-case word are no person's name.
TITLED = [
    ("Results of Premier League matches came in.", []),
    ("The Governor General rules were read.", []),
    ("The Chancellor Fund payments rose.", []),
    ("Premier Lindqvist said so.", [("Lindqvist", "PERSON")]),
    ("Governor Halvard spoke.", [("Halvard", "PERSON")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_titled_names(text: str, expected: list[tuple[str, str]]) -> None:
    ents: list[Ent] = []
    titled_names(NLP(text), text, ents, frozenset({"league", "general", "fund", "rules"}))
    assert [(text[e.start : e.end], e.type) for e in ents] == expected


# The last word of a sports venue's name makes it a FAC.
VENUES = [
    ("Fans filled the Halden Cricket Ground.", ("Halden Cricket Ground", "ORG"), "FAC"),
    ("He won at Brennick Circuit last year.", ("Brennick Circuit", "PERSON"), "FAC"),
    ("The Marlow Motor Speedway reopened.", ("Marlow Motor Speedway", "ORG"), "FAC"),
    # untouched: a court is no circuit; "Field" is a surname, not in the list
    ("The Fifth Circuit Court ruled.", ("Fifth Circuit Court", "ORG"), "ORG"),
    ("Sally Field spoke.", ("Sally Field", "PERSON"), "PERSON"),
]


@pytest.mark.parametrize(("text", "span", "expected"), VENUES)
def test_venues(text: str, span: tuple[str, str], expected: str) -> None:
    ents = ents_of(text, [span])
    by_head_word(NLP(text), text, ents)
    assert ents[0].type == expected
