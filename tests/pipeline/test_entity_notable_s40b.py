"""Session 40 (people40b, issue 13): more well-known people, and the short forms of their names.

``entities.notable`` with ``models/notable_people.jsonl``:
- a short form a row lists (``short``) with the rank written before it takes the row's title
  where the sentence names the row's role ("King Charles" -> "Charles III", "Pope Leo" ->
  "Pope Leo XIV", "Crown Prince Mohammed" -> "Mohammed bin Salman"); a rank and a name NER left
  untagged become that person, the rank outside the span;
- another spelling a row lists (``also``) of a whole name ("Mohammed Salah", "Volodymyr
  Zelensky");
- lone surnames of the new sports (baseball, ice hockey, basketball) and of business leaders
  beside their role ("chief executive Musk"); a lone surname NER typed PRODUCT;
- football's weak words ("league", "scored") count only where the copy names no other sport.
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

import bisect

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.notable import copy_sports, name_key, notable_people

ENGLISH = frozenset({"rose", "hill", "made", "the", "root", "king", "said"})


def titled(
    text: str, marks: list[tuple[str, str, str]], year: int | None
) -> list[tuple[str, str, str]]:
    """(surface, type, name) of every mention after ``notable_people``; marks are (surface,
    type, name)."""
    ents: list[Ent] = []
    pos = 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        bisect.insort(ents, Ent(s, s + len(surface), typ, name), key=lambda x: x.start)
        pos = s + len(surface)
    notable_people(text, ents, year, ENGLISH)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


def per(surface: str, name: str | None = None) -> tuple[str, str, str]:
    return (surface, "PERSON", name or surface)


SHORT = [
    # a short form with its rank before it, in the row's years
    ("King Charles met the prime minister on Wednesday.", [per("Charles")], 2025,
     [("Charles", "PERSON", "Charles III")]),
    ("Prince William visited troops in Estonia.", [per("William")], 2025,
     [("William", "PERSON", "William, Prince of Wales")]),
    ("Pope Leo received the president on Monday.", [per("Leo")], 2025,
     [("Leo", "PERSON", "Pope Leo XIV")]),
    ("Saudi Crown Prince Mohammed hosted the talks.", [per("Mohammed")], 2025,
     [("Mohammed", "PERSON", "Mohammed bin Salman")]),
    ("King Hussein met the Israeli prime minister. Hussein said talks must go on.",
     [per("Hussein"), per("Hussein")], 1996,
     [("Hussein", "PERSON", "Hussein of Jordan"), ("Hussein", "PERSON", "Hussein of Jordan")]),
    # NER typed the short form a body
    ("MBS, the Saudi crown prince, flew to Paris.", [("MBS", "ORG", "MBS")], 2025,
     [("MBS", "PERSON", "Mohammed bin Salman")]),
    # NER left rank and name untagged: the person, the rank outside the span
    ("King Charles met the prime minister on Wednesday.", [], 2025,
     [("Charles", "PERSON", "Charles III")]),
    ("It was Pope Leo who spoke first.", [], 2025, [("Leo", "PERSON", "Pope Leo XIV")]),
    # untouched: a given name without the rank or the role, another era, a longer name
    ("William, a teacher, said the pupils asked about cars.", [per("William")], 2025,
     [("William", "PERSON", "William")]),
    ("Charles Leclerc visited a school.", [per("Charles Leclerc")], 2025,
     [("Charles Leclerc", "PERSON", "Charles Leclerc")]),
    ("Leo Martin runs the bakery.", [per("Leo Martin")], 2025,
     [("Leo Martin", "PERSON", "Leo Martin")]),
    ("Pope Leo received the cardinals.", [per("Leo")], 1996, [("Leo", "PERSON", "Leo")]),
    ("King Charles Street was closed.", [], 2025, []),
    ("Mohammed said the shop was shut.", [per("Mohammed")], 2025,
     [("Mohammed", "PERSON", "Mohammed")]),
    ("King Charles met the prime minister.", [per("Charles")], None,
     [("Charles", "PERSON", "Charles")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "expected"), SHORT)
def test_short_forms(text: str, marks: list, year: int | None, expected: list) -> None:
    assert titled(text, marks, year) == expected


SPELLINGS = [
    ("Mohammed Salah scored twice.", [per("Mohammed Salah")], 2025, "Mohamed Salah"),
    ("Volodymyr Zelensky thanked the pope.", [per("Volodymyr Zelensky")], 2025,
     "Volodymyr Zelenskyy"),
    ("Ole Gunnar Solskjaer netted the winner.", [per("Ole Gunnar Solskjaer")], 1996,
     "Ole Gunnar Solskjær"),
    ("Kim Jong-un watched a missile test.", [per("Kim Jong-un")], 2025, "Kim Jong Un"),
    # untouched: a name nobody tabled
    ("Mohammed Salem scored twice.", [per("Mohammed Salem")], 2025, "Mohammed Salem"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "name"), SPELLINGS)
def test_other_spellings(text: str, marks: list, year: int | None, name: str) -> None:
    assert titled(text, marks, year)[0][2] == name


LONE = [
    ("Griffey hit two home runs as the pitcher struggled in the seventh inning.",
     [per("Griffey")], 1996, ("Griffey", "PERSON", "Ken Griffey Jr.")),
    ("Lemieux scored three goals in the NHL game on the power play.",
     [per("Lemieux")], 1996, ("Lemieux", "PERSON", "Mario Lemieux")),
    ("Pippen had 12 rebounds as the NBA leaders won.", [("Pippen", "ORG", "Pippen")], 1996,
     ("Pippen", "PERSON", "Scottie Pippen")),
    ("Tesla chief executive Musk said he would step back.", [per("Musk")], 2025,
     ("Musk", "PERSON", "Elon Musk")),
    # a surname NER typed PRODUCT
    ("Olazabal had four birdies on the back nine of the golf course.",
     [("Olazabal", "PRODUCT", "Olazabal")], 1996, ("Olazabal", "PERSON", "José María Olazábal")),
    # football named by its weak words and one strong one
    ("Bierhoff scored in the league on Saturday, his tenth goal.", [per("Bierhoff")], 1996,
     ("Bierhoff", "PERSON", "Oliver Bierhoff")),
    # untouched: no role word, a firm typed PRODUCT, rugby copy with football's weak words
    ("Musk said he would step back.", [per("Musk")], 2025, ("Musk", "PERSON", "Musk")),
    ("Ferrari had four birdies on the back nine of the golf course.",
     [("Ferrari", "PRODUCT", "Ferrari")], 1996, ("Ferrari", "PRODUCT", "Ferrari")),
    ("Scholl scored a try in the rugby league game on Saturday.", [per("Scholl")], 1996,
     ("Scholl", "PERSON", "Scholl")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "expected"), LONE)
def test_lone_surnames(text: str, marks: list, year: int | None, expected: tuple) -> None:
    assert titled(text, marks, year)[0] == expected


SPORTS = [
    ("Bierhoff, the striker, scored in the league on Saturday.", {"football"}),
    ("Bierhoff scored in the league on Saturday.", set()),
    ("Bierhoff scored twice in the league on Saturday, his tenth goal.", {"football"}),
    ("Grayson kicked three penalty goals and Guscott scored a try in the rugby game.", {"rugby"}),
    ("Guscott scored a try in the rugby union league game; the scrum held.", {"rugby"}),
    ("Gretzky had an assist in the NHL game on the power play; he scored.", {"ice hockey"}),
    ("Jordan had 12 rebounds in the NBA game.", {"basketball"}),
    # weak words alone name no sport
    ("The Arab League scored a diplomatic win, its envoy said.", set()),
]


@pytest.mark.parametrize(("text", "sports"), SPORTS)
def test_copy_sports(text: str, sports: set[str]) -> None:
    assert copy_sports(text.lower()) == frozenset(sports)


def test_fold_key_plain_letters() -> None:
    assert name_key("Ole Gunnar Solskjær") == "ole gunnar solskjaer"
    assert name_key("Hans Knauß") == "hans knauss"
