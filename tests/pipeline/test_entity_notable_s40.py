"""Session 40 (people40, issue 13): well-known people take their English Wikipedia titles.

``entities.notable.notable_people`` (``models/notable_people.jsonl``):
- a PERSON whose whole name folds to one tabled person's plain name takes the title, accents
  restored ("Arantxa Sanchez Vicario" -> "Arantxa Sánchez Vicario", "Alex Zuelle" -> "Alex
  Zülle"); a name the document writes with accents of its own, a name nobody tabled, another
  type's name that is a firm, and a side stay;
- a lone surname whose full name the document never writes takes the one tabled person of
  that surname, active in the document's year, whose sport the copy is about or whose office
  the sentence names; also where NER typed it ORG or left it untagged. No guess without a
  date, outside such context, where two people fit or the document names another person of
  that surname.
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.notable import copy_sports, name_key, notable_people

ENGLISH = frozenset({"rose", "hill", "made", "the", "root"})


def titled(
    text: str, marks: list[tuple[str, str, str]], year: int | None
) -> list[tuple[str, str, str]]:
    """(surface, type, name) of every mention after ``notable_people``; marks are (surface,
    type, name), a fourth item a tag."""
    ents, pos = [], 0
    for mark in marks:
        surface, typ, name = mark[:3]
        s = text.index(surface, pos)
        e = Ent(s, s + len(surface), typ, name)
        e.tags.update(mark[3:])
        ents.append(e)
        pos = s + len(surface)
    notable_people(text, ents, year, ENGLISH)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


def per(surface: str, name: str | None = None) -> tuple[str, str, str]:
    return (surface, "PERSON", name or surface)


FULL = [
    ("Arantxa Sanchez Vicario (Spain) beat Barbara Paulus (Austria) 6-1 6-3",
     [per("Arantxa Sanchez Vicario"), per("Barbara Paulus")], 1996,
     ["Arantxa Sánchez Vicario", "Barbara Paulus"]),
    ("Jose Maria Olazabal shot a 66 on Sunday.", [per("Jose Maria Olazabal")], 1996,
     ["José María Olazábal"]),
    ("Alex Zuelle kept the yellow jersey.", [per("Alex Zuelle")], 1996, ["Alex Zülle"]),
    ("Marie-Jose Perec won the 400 metres.", [per("Marie-Jose Perec")], 1996,
     ["Marie-José Pérec"]),
    # no date needed for a whole name; a name NER typed an ORG is a person too
    ("Goran Ivanisevic served 30 aces.", [("Goran Ivanisevic", "ORG", "Goran Ivanisevic")],
     None, ["Goran Ivanišević"]),
    ("Prime Minister Pedro Sanchez said on Monday that the deal was done.",
     [per("Pedro Sanchez")], 2025, ["Pedro Sánchez"]),
    # a name shortened: a middle name left out, a double surname cut, in the person's years
    ("Andrea Antonelli was second for Mercedes.", [per("Andrea Antonelli")], 2025,
     ["Andrea Kimi Antonelli"]),
    ("Arantxa Sanchez beat Barbara Paulus 6-1 6-3.", [per("Arantxa Sanchez"), per("Barbara Paulus")],
     1996, ["Arantxa Sánchez Vicario", "Barbara Paulus"]),
    ("Arantxa Sanchez opened a shop.", [per("Arantxa Sanchez")], 2025, ["Arantxa Sanchez"]),
    ("Andrea Antonelli was second.", [per("Andrea Antonelli")], None, ["Andrea Antonelli"]),
    # untouched: the document's own accented spelling, names nobody tabled, a side
    ("José María Olazábal shot a 66.", [per("José María Olazábal")], 1996,
     ["José María Olazábal"]),
    ("Pedro Sanchez Lopez, a farmer, said the harvest was poor.", [per("Pedro Sanchez Lopez")],
     2025, ["Pedro Sanchez Lopez"]),
    ("Goran Ivanisevic Foundation said it would help.",
     [("Goran Ivanisevic Foundation", "ORG", "Goran Ivanisevic Foundation")], 2025,
     ["Goran Ivanisevic Foundation"]),
    ("Marco Polo sailed on.", [per("Marco Polo")], 1996, ["Marco Polo"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "names"), FULL)
def test_full_names(text: str, marks: list, year: int | None, names: list[str]) -> None:
    assert [n for _, _, n in titled(text, marks, year)] == names


LONE = [
    # a sport's copy, the year the person played
    ("Tendulkar scored 110 as India lost four wickets in their 50 overs.",
     [per("Tendulkar"), ("India", "GPE", "India")], 1996,
     [("Tendulkar", "PERSON", "Sachin Tendulkar"), ("India", "GPE", "India")]),
    ("Pogacar won the stage and kept the yellow jersey of the Tour de France.",
     [per("Pogacar")], 2025, [("Pogacar", "PERSON", "Tadej Pogačar")]),
    # NER typed it a body: a person in a sport's copy
    ("Top seed Hingis beat the Czech in straight sets at Wimbledon.",
     [("Hingis", "ORG", "Hingis"), ("Wimbledon", "GPE", "Wimbledon")], 1997,
     [("Hingis", "PERSON", "Martina Hingis"), ("Wimbledon", "GPE", "Wimbledon")]),
    # every mention of the name follows the one a context decided
    ("Schumacher took pole position in the Formula One race. Schumacher said he was happy.",
     [per("Schumacher"), per("Schumacher")], 1996,
     [("Schumacher", "PERSON", "Michael Schumacher"),
      ("Schumacher", "PERSON", "Michael Schumacher")]),
    # an office word of the sentence names a politician
    ("The talks were led by Prime Minister Klaus on Wednesday.", [per("Klaus")], 1996,
     [("Klaus", "PERSON", "Václav Klaus")]),
    # untouched: no context, another era, two people fit, another person of the surname
    ("Tendulkar said the shop would open on Monday.", [per("Tendulkar")], 1996,
     [("Tendulkar", "PERSON", "Tendulkar")]),
    ("Tendulkar took four wickets in the innings.", [per("Tendulkar")], None,
     [("Tendulkar", "PERSON", "Tendulkar")]),
    ("Pogacar won the stage of the Tour de France.", [per("Pogacar")], 1996,
     [("Pogacar", "PERSON", "Pogacar")]),
    ("Schumacher took pole position in the Formula One race.", [per("Schumacher")], 2005,
     [("Schumacher", "PERSON", "Schumacher")]),
    ("Waugh made a century as the bowlers took four wickets in the innings.",
     [per("Waugh")], 1996, [("Waugh", "PERSON", "Waugh")]),
    ("Marco Sinner runs a shop. Sinner said the tennis fans had gone after straight sets.",
     [per("Marco Sinner"), per("Sinner", "Marco Sinner")], 2025,
     [("Marco Sinner", "PERSON", "Marco Sinner"), ("Sinner", "PERSON", "Marco Sinner")]),
    ("Sinner lost the tennis match in straight sets to Novak Sinner.",
     [per("Sinner"), per("Novak Sinner")], 2025,
     [("Sinner", "PERSON", "Sinner"), ("Novak Sinner", "PERSON", "Novak Sinner")]),
    # a politician without an office word in the sentence
    ("Klaus said the budget was balanced.", [per("Klaus")], 1996,
     [("Klaus", "PERSON", "Klaus")]),
    # a place NER read as one stays, also in the copy of a rider of that surname
    ("The stage of the Tour de France started in Milan.", [("Milan", "GPE", "Milan")], 2025,
     [("Milan", "GPE", "Milan")]),
    # a side the sports rules made stays a side
    ("Hingis beat Graf in straight sets in the tennis final.",
     [("Hingis", "ORG", "Hingis", "team"), per("Graf")], 1997,
     [("Hingis", "ORG", "Hingis"), ("Graf", "PERSON", "Steffi Graf")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "expected"), LONE)
def test_lone_surnames(text: str, marks: list, year: int | None, expected: list) -> None:
    assert titled(text, marks, year) == expected


UNTAGGED = [
    # a surname NER left untagged, a sentence's first word
    ("Verstappen took pole position in the Formula One race.", 2025,
     [("Verstappen", "PERSON", "Max Verstappen")]),
    ("Early wickets fell. Tendulkar made 110 not out in 50 overs.", 1996,
     [("Tendulkar", "PERSON", "Sachin Tendulkar")]),
    # untouched: an English word, a word of a longer name, no sport of the surname
    ("Rose hit the fairway with a birdie putt on the back nine.", 2025, []),
    ("Root scored a century as the bowlers took four wickets in the innings.", 2025, []),
    ("Tendulkar Road was closed as the bowlers took four wickets in the innings.", 1996, []),
    ("Verstappen opened a bakery in Maastricht.", 2025, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "expected"), UNTAGGED)
def test_untagged_surnames(text: str, year: int, expected: list) -> None:
    assert titled(text, [], year) == expected


@pytest.mark.parametrize(
    ("text", "sports"),
    [
        ("Hingis won 6-3 6-4 on Friday.", {"tennis"}),
        ("He shot 68 70 71 and had two birdies.", {"golf"}),
        ("Kohli made 80 before he was run out; India lost five wickets.", {"cricket"}),
        ("The central bank left rates unchanged.", set()),
        # one word is a mention in passing
        ("The heat hit Milan before the Tour de France.", set()),
    ],
)
def test_copy_sports(text: str, sports: set[str]) -> None:
    assert copy_sports(text) == sports


def test_name_key() -> None:
    assert name_key("Marie-José Pérec") == name_key("Marie Jose  Perec") == "marie jose perec"
    assert name_key("J.J. Spaun") == name_key("J. J. Spaun")
