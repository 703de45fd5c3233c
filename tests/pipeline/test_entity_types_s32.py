"""One-word names the model typed a person, session 32 (issue 13, lone19): ``context.lone_names``
never retypes a lone name where any mention gives a person's evidence
(``evidence.lone_evidence``), and where the evidence is weak it keeps the model's label on a
family name of ``models/surnames.jsonl``. ``short_names.short_forms`` keeps a surname alone whose own words say person
beside a firm that opens with it (``coref.evidence.person_cue``). On plain mention lists and
``spacy.blank("en")``; invented texts; each mechanism with three new cases of its family and cases
that must stay untouched."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref import Ent
from briefx.pipeline.coref.evidence import person_cue
from briefx.pipeline.coref.short_names import short_forms
from briefx.pipeline.entities.context import lone_names

NLP = spacy.blank("en")
ENGLISH = frozenset({"said", "rose", "fell", "scored", "the", "team", "game"})

Mark = tuple[str, str, str]  # (surface, type, name)


def _ents(text: str, marks: list[Mark]) -> list[Ent]:
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    return ents


def _p(word: str) -> Mark:
    return (word, "PERSON", word)


# a person's evidence at any mention keeps the person: what a player does, an age, a pronoun
# after the name, a player's deed after its possessive, "X, who", a role before it
PEOPLE = [
    ("Okonkwo scored twice in the second half.", [_p("Okonkwo")], ["PERSON"]),
    ("Varga told reporters. Varga, 52, said the side would improve.",
     [_p("Varga"), _p("Varga")], ["PERSON", "PERSON"]),
    ("Halloran struck 86 off 60 balls. He hit five sixes.", [_p("Halloran")], ["PERSON"]),
    ("Brannagh's late try sealed the win.", [_p("Brannagh")], ["PERSON"]),
    ("\"It was hard,\" said Moretti, who finished third.", [_p("Moretti")], ["PERSON"]),
    ("His team-mate Dumont took the jersey.", [_p("Dumont")], ["PERSON"]),
    ("Akinyemi's lawyer said the charges were false.", [_p("Akinyemi")], ["PERSON"]),
    # a body's cue loses to a person's at another mention: "X said he"
    ("Tarrow said he would stay. Shares in Tarrow rose.", [_p("Tarrow"), _p("Tarrow")],
     ["PERSON", "PERSON"]),
]  # fmt: skip

# a body's evidence: a plural verb, a maker's "by", "said ... it ... its", a body's head word in
# apposition, "said in a statement", a full name after the possessive, "according to"
BODIES = [
    ("Fendrick lead Arrowby by 36 points in the standings.", [_p("Fendrick")], ["ORG"]),
    ("The units were built by Kalmstrom in the 1990s.", [_p("Kalmstrom")], ["ORG"]),
    ("Corvane said on Tuesday that it would cut 400 jobs at its plant.", [_p("Corvane")],
     ["ORG"]),
    ("Velbrook, the farmers' union, opposes the deal.", [_p("Velbrook")], ["ORG"]),
    ("Sales rose 4%, Quillon said in a statement.", [_p("Quillon")], ["ORG"]),
    ("He beat Marrowby's Lando Pereira to the line.", [_p("Marrowby")], ["ORG"]),
    ("Ticket sales fell 9%, according to Boxmetric.", [_p("Boxmetric")], ["ORG"]),
    ("The airline Skelly will add 14 routes.", [_p("Skelly")], ["ORG"]),
]  # fmt: skip

# a place: a preposition of place; weak evidence keeps the model's label on a family name
# (``surnames.jsonl``), while a word that is none names a body as before
PLACES_AND_WEAK = [
    ("Police in Wexlow arrested three men.", [_p("Wexlow")], ["GPE"]),
    ("Pellegrini said the team were ready.", [_p("Pellegrini")], ["PERSON"]),
    ("Ward will miss the next game.", [_p("Ward")], ["PERSON"]),
    ("\"We lost,\" Okonkwo told reporters.", [_p("Okonkwo")], ["PERSON"]),
    ("Gavrel has set aside $50 million for the scheme.", [_p("Gavrel")], ["ORG"]),
    ("Flights were cut, Skyvara said.", [_p("Skyvara")], ["ORG"]),
    # "and" before a plural verb: the verb is the list's ("Ramos and Diaz have")
    ("Ramos and Diaz have signed new deals.", [_p("Ramos"), _p("Diaz")], ["PERSON", "PERSON"]),
    # a town of the gazetteer smaller than a city is as often a surname ("Dumont": 18,000)
    ("Dumont took the leader's jersey.", [_p("Dumont")], ["PERSON"]),
    # a city of 100,000 is the city; a town of the gazetteer after a preposition of place or
    # motion, or after "and" after a place, is the town
    ("Aid trucks left for Goma.", [_p("Goma")], ["GPE"]),
    ("Fans travelled from Salerno and Caserta.", [("Salerno", "GPE", "Salerno"), _p("Caserta")],
     ["GPE", "GPE"]),
    ("Gusts hit the coastal towns of Baras and Daet.", [_p("Baras")], ["GPE"]),
    ("Barges waited at Dumont on Friday.", [_p("Dumont")], ["GPE"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), PEOPLE + BODIES + PLACES_AND_WEAK)
def test_lone_names(text: str, marks: list[Mark], want: list[str]) -> None:
    ents = _ents(text, marks)
    lone_names(text, ents, ENGLISH)
    assert [e.type for e in ents] == want


PERSON_CUES = [
    ("Dalton, who founded the firm, left.", "Dalton", True),
    ("Reyes, 61, told staff.", "Reyes", True),
    ("Hollis said he was not worried.", "Hollis", True),
    ("Marlow's widow spoke.", "Marlow", True),
    # untouched: a body's words
    ("Dalton said its sales rose.", "Dalton", False),
    ("Reyes, which makes trucks, grew.", "Reyes", False),
    ("Hollis's shares fell.", "Hollis", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), PERSON_CUES)
def test_person_cue(text: str, word: str, want: bool) -> None:
    s = text.index(word)
    assert person_cue(text, Ent(s, s + len(word), "PERSON", word)) is want


SHORT_FORMS = [
    # a surname alone that says person stays beside the firm that opens with it
    ("Dalton Homes said profit rose. Dalton, who founded it, left.",
     [("Dalton Homes", "ORG", "Dalton Homes"), _p("Dalton")], [("Dalton", "PERSON")]),
    ("Reyes Logistics grew. Reyes, 61, told staff.",
     [("Reyes Logistics", "ORG", "Reyes Logistics"), _p("Reyes")], [("Reyes", "PERSON")]),
    ("Hollis Foods said sales fell. Hollis said he was not worried.",
     [("Hollis Foods", "ORG", "Hollis Foods"), _p("Hollis")], [("Hollis", "PERSON")]),
    # untouched: with no person's words, the short name is the firm's
    ("Talvane Holding listed shares. Talvane plans to pay dividends.",
     [("Talvane Holding", "ORG", "Talvane Holding"), _p("Talvane")],
     [("Talvane", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), SHORT_FORMS)
def test_short_forms_keep_people(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    ents = _ents(text, marks)
    short_forms(NLP(text), text, ents, ENGLISH)
    assert [(text[e.start : e.end], e.type) for e in ents[1:]] == want
