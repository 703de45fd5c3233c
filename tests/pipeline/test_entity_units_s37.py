"""Subdivisions and capitals named bare whose English Wikipedia title adds a kind word, session
37 (issue 13 names, subdiv37, dev set 37s), on ``spacy.blank("en")`` through
``coref.link_names`` and through the whole pipeline:
- Uganda's districts, Egypt's governorates, Jamaica's parishes, Liberia's counties and
  Guatemala's departments named bare in a story about their country take the title
  (``place_names.bare_units`` over the rows ``scripts/derive_unit_titles.py`` now writes for
  them: "Bududa" -> "Bududa District", "St. Ann" -> "Saint Ann Parish"); a name the gazetteer
  gives a town of the country, an Egyptian governorate named after its capital and a sea's
  name have no row ("Gulu", "Asyut", "Red Sea");
- a name the document also writes with its unit word is that subdivision where it is named
  bare ("Zamfara" after "Zamfara State"; ``place_names.written_units``), not where a big city
  of the country bears it, unless the subdivision's governor is named with it;
- a one-word name the model read as a person and ``entities.context.lone_names`` retyped a place
  after the linking takes the title too ("rain fell in parts of Kerry" in an Irish story ->
  "County Kerry"; ``coref.lone_units``), a person's name staying the person's;
- a country whose capital is "<country> City" named on a wire dateline's own line with an ISO
  date ("KUWAIT 1996-08-28") or called the capital ("in Guatemala, the capital") is that city
  (``place_names.dateline_cities``, ``names.capital_of_country``).
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.records import Brief
from briefx.resources import table_index
from tests.pipeline.conftest import linked_marks

ENGLISH = frozenset({"said", "the", "on", "in", "where", "were", "was"})


def linked(text: str, marks: list[tuple[str, str, str]]) -> list[str]:
    """The names after ``coref.link_names``; marks (surface, type, name) at their next occurrence."""
    return [name for _, _, name in linked_marks(text, marks, ENGLISH)]


def gpe(name: str) -> tuple[str, str, str]:
    return (name, "GPE", name)


# models/unit_titles.jsonl: the rows session 37 adds, and the names left out
UNIT_ROWS = [
    ("Bududa", "UG", "Bududa District"),
    ("North Sinai", "EG", "North Sinai Governorate"),
    ("Sharqia", "EG", "Sharqia Governorate"),
    ("Clarendon", "JM", "Clarendon Parish"),
    ("St. Catherine", "JM", "Saint Catherine Parish"),
    ("St Ann", "JM", "Saint Ann Parish"),
    ("Nimba", "LR", "Nimba County"),
    ("Rivercess", "LR", "Rivercess County"),
    ("Petén", "GT", "Petén Department"),
    ("Peten", "GT", "Peten Department"),
    # left out: a town of the country, a governorate named after its capital, a sea, a country
    ("Gulu", "UG", None),
    ("Kingston", "JM", None),
    ("Asyut", "EG", None),
    ("Alexandria", "EG", None),
    ("Red Sea", "EG", None),
    ("Escuintla", "GT", None),
    ("Guatemala", "GT", None),
]


@pytest.mark.parametrize(("name", "country", "title"), UNIT_ROWS)
def test_unit_rows(name: str, country: str, title: str | None) -> None:
    rows = [
        r for r in table_index("unit_titles.jsonl", "name").get(name, ()) if r["country"] == country
    ]
    assert [r["title"] for r in rows] == ([title] if title else [])


# place_names.bare_units with the new rows: a story about the country
BARE_UNITS = [
    ("KAMPALA, July 21 - Landslides killed 14 people in Bududa.",
     [("KAMPALA", "GPE", "Kampala"), gpe("Bududa")], ["Kampala", "Bududa District"]),
    ("Militants attacked a checkpoint in North Sinai, Egypt's army said.",
     [gpe("North Sinai"), gpe("Egypt")], ["North Sinai Governorate", "Egypt"]),
    ("Police in Jamaica said a bus overturned in St. Ann and Clarendon.",
     [gpe("Jamaica"), gpe("St. Ann"), gpe("Clarendon")],
     ["Jamaica", "Saint Ann Parish", "Clarendon Parish"]),
    ("Liberia's election board will rerun the vote in Maryland and Nimba.",
     [gpe("Liberia"), gpe("Maryland"), gpe("Nimba")],
     ["Liberia", "Maryland County", "Nimba County"]),
    # untouched: a town of the name, a story about another country, a governorate's capital
    ("GULU, Uganda - Traders in Gulu closed their shops.",
     [("GULU", "GPE", "Gulu"), gpe("Uganda"), gpe("Gulu")], ["Gulu", "Uganda", "Gulu"]),
    ("Voters in Maryland and Virginia backed the plan, the United States said.",
     [gpe("Maryland"), gpe("Virginia"), gpe("United States")],
     ["Maryland", "Virginia", "United States"]),
    ("Egypt said tourists returned to Asyut and Alexandria.",
     [gpe("Egypt"), gpe("Asyut"), gpe("Alexandria")], ["Egypt", "Asyut", "Alexandria"]),
    ("Manchester and Portland rose, the United Kingdom said.",
     [gpe("Manchester"), gpe("Portland"), gpe("United Kingdom")],
     ["Manchester", "Portland", "United Kingdom"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), BARE_UNITS)
def test_bare_units(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert linked(text, marks) == expected


# place_names.written_units: the name written once with its unit word
WRITTEN_UNITS = [
    ("Gunmen struck in Zamfara State on Friday. Police in Zamfara said 12 died.",
     [("Zamfara State", "GPE", "Zamfara State"), gpe("Zamfara")],
     ["Zamfara State", "Zamfara State"]),
    ("Gunmen struck in Sokoto State, and the governor of Sokoto said 12 died.",
     [("Sokoto State", "GPE", "Sokoto State"), gpe("Sokoto")], ["Sokoto State", "Sokoto State"]),
    ("Rain hit Turkana County. Herders in Turkana lost cattle.",
     [("Turkana County", "GPE", "Turkana County"), gpe("Turkana")],
     ["Turkana County", "Turkana County"]),
    ("Kano's governor visited Kano State's farms on Monday.",
     [gpe("Kano"), ("Kano State", "GPE", "Kano State")], ["Kano State", "Kano State"]),
    # untouched: a big city of the name, no written form, a longer written name
    ("Kano State officials said traffic in Kano eased.",
     [("Kano State", "GPE", "Kano State"), gpe("Kano")], ["Kano State", "Kano"]),
    ("Police in Zamfara said 12 died.", [gpe("Zamfara")], ["Zamfara"]),
    ("Kisumu County officials said traders in Kisumu struck.",
     [("Kisumu County", "GPE", "Kisumu County"), gpe("Kisumu")], ["Kisumu County", "Kisumu"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), WRITTEN_UNITS)
def test_written_units(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert linked(text, marks) == expected


# place_names.dateline_cities: a capital "<country> City" named by the country's name
CAPITALS = [
    ("KUWAIT STEADY ON OUTPUT.\nKUWAIT 1996-08-28\nKuwait will keep output steady.",
     [("KUWAIT", "GPE", "Kuwait"), ("KUWAIT", "GPE", "Kuwait"), gpe("Kuwait")],
     ["Kuwait", "Kuwait City", "Kuwait"]),
    ("PANAMA 1996-08-30\nShips crossed the canal.", [("PANAMA", "GPE", "Panama")],
     ["Panama City"]),
    ("Protesters marched in Guatemala, the capital, on Friday.", [gpe("Guatemala")],
     ["Guatemala City"]),
    ("Prices rose in Mexico, the country's capital, last month.", [gpe("Mexico")],
     ["Mexico City"]),
    # untouched: a country with no such city, the body's country, a date not on the dateline
    ("GHANA 1996-08-28\nRain fell.", [("GHANA", "GPE", "Ghana")], ["Ghana"]),
    ("Ghana, the capital of cocoa, said so.", [gpe("Ghana")], ["Ghana"]),
    ("Kuwait, the emirate, said on Monday it would build a metro.", [gpe("Kuwait")], ["Kuwait"]),
    ("Talks ended in KUWAIT 1996-08-28 with a deal.", [("KUWAIT", "GPE", "Kuwait")], ["Kuwait"]),
    ("Panama, the capital's rival, grew.", [gpe("Panama")], ["Panama"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), CAPITALS)
def test_capitals(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert linked(text, marks) == expected


PIPELINE = [
    ("MONROVIA, Apr 2 - Health workers in Nimba and Lofa went on strike over unpaid wages.",
     [("Nimba", "Nimba County"), ("Lofa", "Lofa County")]),
    ("KINGSTON, Jamaica - Flooding cut roads in Clarendon after a storm stalled over the island.",
     [("Clarendon", "Clarendon Parish")]),
    ("KUWAIT SAYS OUTPUT STEADY.\nKUWAIT 1996-08-28\nKuwait will keep its oil output steady.",
     [("KUWAIT", "Kuwait"), ("KUWAIT", "Kuwait City"), ("Kuwait", "Kuwait")]),
    # coref.lone_units: retyped a place after the linking
    ("Storms cut power across Ireland. Up to 60 mm of rain fell in parts of Kerry overnight.",
     [("Kerry", "County Kerry")]),
    ("A storm left 30,000 homes without power in Kerry and Clare, Ireland's grid operator said.",
     [("Kerry", "County Kerry"), ("Clare", "County Clare")]),
    # untouched: the person, a story about no Irish place
    ("John Kerry said Ireland would host the talks. Kerry said aid would follow.",
     [("John Kerry", "John Kerry"), ("Kerry", "John Kerry")]),
    ("Up to 60 mm of rain fell in parts of Kerry overnight, forecasters said.", [("Kerry", "Kerry")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PIPELINE)
def test_pipeline(run: Callable[..., Brief], text: str, expected: list[tuple[str, str]]) -> None:
    brief = run(text, reference_date="2026-11-03")
    pairs = sorted((m.start, m.text, e.name) for e in brief.entities for m in e.mentions)
    got = [(t, n) for _, t, n in pairs]
    assert [p for p in got if p[0] in {t for t, _ in expected}] == expected
