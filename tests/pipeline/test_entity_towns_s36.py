"""Towns titled "Town, Region", session 36 (issue 13 item 7, towns23, dev set 36t), on
``spacy.blank("en")`` through ``coref.link_names``:
- a Japanese or Philippine town the gazetteer's cities leave out, placed by its sentence or
  the dateline in its country or a region of it, takes the prefecture or province of
  ``models/region_towns.jsonl`` (GeoNames cities1000), as Wikipedia's Japanese and Philippine
  conventions title towns and municipalities ("Onagawa" beside Japan -> "Onagawa, Miyagi";
  ``place_names._region_town``); a name the table gives several regions takes the one the
  sentence names, else stays bare, and a town the text places in no such country stays bare.
(The branch also read a U.S. body's name as evidence that a text is about the United States;
the lead took that out: see ``place_names._about_us``.) Invented texts; each rule has cases that
must stay untouched.
"""

from __future__ import annotations

import pytest

from briefx.resources import table_index
from tests.pipeline.conftest import linked_marks

ENGLISH = frozenset({"said", "the", "on", "in", "and", "of", "were", "near", "to"})


def gpe(name: str) -> tuple[str, str, str]:
    return (name, "GPE", name)


def names(text: str, marks: list[tuple[str, str, str]]) -> list[str]:
    return [name for _, _, name in linked_marks(text, marks, ENGLISH)]


REGION_TOWNS = [
    # the table's one region in the country the sentence or the dateline names
    ("ONAGAWA, Japan - The operator said the reactor had restarted.",
     [("ONAGAWA", "GPE", "Onagawa"), gpe("Japan")],
     ["Onagawa, Miyagi", "Japan"]),
    ("A quake struck near Niseko in Hokkaido on Monday, Japan's agency said.",
     [gpe("Niseko"), gpe("Hokkaido"), gpe("Japan")],
     ["Niseko, Hokkaido", "Hokkaido", "Japan"]),
    ("Residents of Baler fled as the storm neared the Philippines.",
     [gpe("Baler"), gpe("Philippines")],
     ["Baler, Aurora", "Philippines"]),
    # the text's accents, the table's ASCII; the region with its word
    ("Waves reached Ōtsuchi, in Iwate Prefecture, after the quake.",
     [gpe("Ōtsuchi"), ("Iwate Prefecture", "GPE", "Iwate Prefecture")],
     ["Ōtsuchi, Iwate", "Iwate Prefecture"]),
    # two regions: the one the sentence names
    ("Roofs were torn off in Panganiban in Catanduanes on Sunday.",
     [gpe("Panganiban"), gpe("Catanduanes")],
     ["Panganiban, Catanduanes", "Catanduanes"]),
    # untouched: two regions and none named; no country of the table named; a gazetteer city
    ("Roofs were torn off in Panganiban, the Philippines' weather bureau said.",
     [gpe("Panganiban"), gpe("Philippines")],
     ["Panganiban", "Philippines"]),
    ("Onagawa fishermen stayed ashore on Sunday.",
     [gpe("Onagawa")],
     ["Onagawa"]),
    ("Floods hit Tacloban, the Philippines' weather bureau said.",
     [gpe("Tacloban"), gpe("Philippines")],
     ["Tacloban", "Philippines"]),
    ("OSAKA, Japan - Store sales rose in November.",
     [("OSAKA", "GPE", "Osaka"), gpe("Japan")],
     ["Osaka", "Japan"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), REGION_TOWNS)
def test_region_town(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert names(text, marks) == expected


@pytest.mark.parametrize(
    ("name", "region"),
    [("Onagawa", "Miyagi"), ("Otsuchi", "Iwate"), ("Baler", "Aurora"), ("Guiuan", "Eastern Samar")],
)
def test_region_towns_table(name: str, region: str) -> None:
    rows = table_index("region_towns.jsonl", "name").get(name, ())
    assert [r["region"] for r in rows] == [region]


def test_region_towns_table_leaves_out_gazetteer_cities() -> None:
    index = table_index("region_towns.jsonl", "name")
    assert not index.get("Tacloban")
    assert not index.get("Sendai")
