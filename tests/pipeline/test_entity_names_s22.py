"""Names that are a part of the title, session 22 (issue 13 names, dev set 23n), on
``spacy.blank("en")`` through ``coref.link_names`` and through the whole pipeline:
- a town the text writes "Town, State" more than once with two states: a bare mention takes the
  writing in its own sentence, else the text's first ("SPRINGFIELD, Ill." ... "Springfield,
  Missouri, where ..." ... "Springfield" is Illinois; ``place_names._nearest_writing``);
- a dateline naming a country whose city "<country> City" the gazetteer has is that city
  ("KUWAIT, Feb 10 -" -> "Kuwait City"; ``names.capital_of_country``,
  ``place_names.dateline_cities``), the country named in the body staying the country.
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.normalize.names import capital_of_country
from briefx.records import Brief
from tests.pipeline.conftest import linked_marks

ENGLISH = frozenset({"said", "the", "on", "rose", "fell", "in", "where"})


def linked(text: str, marks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(surface, type, name) after ``coref.link_names``; marks at their next occurrence."""
    return linked_marks(text, marks, ENGLISH)


def gpe(name: str) -> tuple[str, str, str]:
    return (name, "GPE", name)


def mentions(brief: Brief) -> list[tuple[str, str]]:
    """(mention text, entity name) in text order, over a whole brief."""
    pairs = [(m.start, m.text, e.name) for e in brief.entities for m in e.mentions]
    return [(t, n) for _, t, n in sorted(pairs)]


# place_names._nearest_writing: two towns of one name, each bare mention the nearer writing
TWO_TOWNS = [
    (("SPRINGFIELD, Ill. - Pipes burst in Springfield. A week ago Springfield, Missouri, had a "
      "break. Springfield will seek aid."),
     [gpe("SPRINGFIELD"), gpe("Ill."), gpe("Springfield"), gpe("Springfield"), gpe("Missouri"),
      gpe("Springfield")],
     ["Springfield, Illinois", "Illinois", "Springfield, Illinois", "Springfield, Missouri",
      "Missouri", "Springfield, Illinois"]),
    (("Portland, Oregon, cut bus routes. Drivers in Portland, Maine, struck too; Portland said "
      "talks failed. Portland will vote."),
     [gpe("Portland"), gpe("Oregon"), gpe("Portland"), gpe("Maine"), gpe("Portland"),
      gpe("Portland")],
     ["Portland, Oregon", "Oregon", "Portland, Maine", "Maine", "Portland, Maine",
      "Portland, Oregon"]),
    ("Columbus, Ohio, rose. Columbus, Georgia, fell. In Columbus the mayor said so.",
     [gpe("Columbus"), gpe("Ohio"), gpe("Columbus"), gpe("Georgia"), gpe("Columbus")],
     ["Columbus, Ohio", "Ohio", "Columbus, Georgia", "Georgia", "Columbus, Ohio"]),
    # untouched: one writing names every bare mention, wherever it stands
    ("Floods hit Dayton. Dayton, Ohio, said on Monday that Dayton would rebuild.",
     [gpe("Dayton"), gpe("Dayton"), gpe("Ohio"), gpe("Dayton")],
     ["Dayton, Ohio", "Dayton, Ohio", "Ohio", "Dayton, Ohio"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), TWO_TOWNS)
def test_two_towns_of_one_name(
    text: str, marks: list[tuple[str, str, str]], expected: list[str]
) -> None:
    assert [name for _, _, name in linked(text, marks)] == expected


# names.capital_of_country: a country whose city "<country> City" the gazetteer has
CAPITALS = [
    ("Kuwait", "Kuwait City"),
    ("Panama", "Panama City"),
    ("Guatemala", "Guatemala City"),
    ("Mexico", "Mexico City"),
    # untouched: no such city, or no country
    ("Singapore", None),
    ("Ghana", None),
    ("New York", None),
    ("Quebec", None),
]


@pytest.mark.parametrize(("country", "city"), CAPITALS)
def test_capital_of_country(country: str, city: str | None) -> None:
    assert capital_of_country(country) == city


# place_names.dateline_cities: a country's name as a dateline is its capital "<country> City"
DATELINES = [
    ("KUWAIT, Feb 10 - Kuwait will build a metro.", [("KUWAIT", "GPE", "Kuwait"), gpe("Kuwait")],
     [("KUWAIT", "GPE", "Kuwait City"), ("Kuwait", "GPE", "Kuwait")]),
    ("PANAMA (Reuters) - Ships crossed Panama.", [("PANAMA", "GPE", "Panama"), gpe("Panama")],
     [("PANAMA", "GPE", "Panama City"), ("Panama", "GPE", "Panama")]),
    ("GUATEMALA, May 2 - Rain fell.", [("GUATEMALA", "GPE", "Guatemala")],
     [("GUATEMALA", "GPE", "Guatemala City")]),
    # untouched: a country in the body, a country without such a city, a dateline not first
    ("Kuwait, the emirate, said on Monday it would build a metro.", [gpe("Kuwait")],
     [("Kuwait", "GPE", "Kuwait")]),
    ("GHANA, May 2 - Rain fell.", [("GHANA", "GPE", "Ghana")], [("GHANA", "GPE", "Ghana")]),
    ("Talks ended.\nShips left KUWAIT, the port said.", [("KUWAIT", "GPE", "Kuwait")],
     [("KUWAIT", "GPE", "Kuwait")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), DATELINES)
def test_capital_datelines(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# the whole pipeline: the same mechanisms in a news brief
PIPELINE = [
    (("SPRINGFIELD, Ill., Jan 14 - A water main broke in Springfield on Tuesday. A week ago "
      "crews in Springfield, Missouri, replaced pipe. Springfield will seek $25 million."),
     [("SPRINGFIELD", "Springfield, Illinois"), ("Springfield", "Springfield, Illinois"),
      ("Springfield", "Springfield, Missouri"), ("Springfield", "Springfield, Illinois")]),
    ("KUWAIT, Feb 10 - Kuwait will build its first metro line, the ministry said on Monday.",
     [("KUWAIT", "Kuwait City"), ("Kuwait", "Kuwait")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PIPELINE)
def test_pipeline(run: Callable[..., Brief], text: str, expected: list[tuple[str, str]]) -> None:
    got = mentions(run(text, reference_date="2025-06-03"))
    assert [p for p in got if p[0] in {t for t, _ in expected}] == expected
