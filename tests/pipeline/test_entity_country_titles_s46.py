"""Countries named by a short name English Wikipedia gives another article or another state,
session 46 (issue 13 names, places46, dev set 46p): ``place_names.shared_country_titles`` with
``models/country_titles.jsonl``, on hand-made mention lists through ``link_names`` on a blank
pipeline (metadata and dates only, so a dateline gives the date), and through the whole
pipeline:
- "Georgia" the country -> "Georgia (country)", after ``subdivision_titles`` has given the U.S.
  state its title where the text shows it means the state (a town of the state, "ATLANTA");
- a name whose state depends on the date: "Yugoslavia" dated 1992-2003 -> "Federal Republic of
  Yugoslavia", "Congo" while the other Congo was Zaire (1971-1997) -> "Republic of the Congo";
  not before or after the period, not in a text of no date, not "the former Yugoslavia", not a
  "Congo" the text links to the Democratic Republic, not the river;
- ``place_names.state_towns`` with Australia's towns of under 15,000 people in
  ``models/state_towns.jsonl`` (``scripts/derive_state_towns.py``, ``small_towns``): a town a
  place abroad shares its name with takes "Town, State" in an Australian story, or in one that
  names no country but the town's state ("Lismore" beside "New South Wales"); not a unique
  name ("Echuca"), a primary topic ("Albury"), a name a city abroad of 100,000 people bears
  ("Rochester", "Cardiff"), a given name or an English word ("Keith", "Sale"), a town the text
  qualifies itself, a story about another country, or a state named in a story about another
  country; a state's city of its name gets no "City, State" row ("Colima": ``city_titles.jsonl``
  titles it "Colima City" where the text says the city);
- ``place_names.city_titles`` with Taiwan's county seats in ``models/city_titles.jsonl``:
  "Hualien city" -> "Hualien City"; not "Hualien county", not the bare name.
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from briefx.pipeline.coref import Ent, link_names
from briefx.records import Brief
from briefx.resources import table_index
from tests.pipeline.conftest import linked_marks


def gpe(name: str, title: str | None = None) -> tuple[str, str, str]:
    return (name, "GPE", title or name)


ROWS = [
    ("Georgia", [("Georgia (country)", None)]),
    ("Yugoslavia", [("Federal Republic of Yugoslavia", "1992-04-27")]),
    ("Congo", [("Republic of the Congo", "1971-10-27")]),
    # no row: a country English Wikipedia titles by the short name, a U.S. state
    ("Armenia", []),
    ("Zaire", []),
    ("Georgia (U.S. state)", []),
]


@pytest.mark.parametrize(("name", "rows"), ROWS)
def test_rows(name: str, rows: list[tuple[str, str | None]]) -> None:
    got = table_index("country_titles.jsonl", "name").get(name, ())
    assert [(r["title"], r.get("from")) for r in got] == rows


CASES = [
    # the country, named bare: its title
    ("TBILISI, May 2 - Georgia said Russia had moved troops.", None,
     [gpe("TBILISI", "Tbilisi"), gpe("Georgia"), gpe("Russia")],
     ["Tbilisi", "Georgia (country)", "Russia"]),
    ("Protesters marched in Tbilisi as Georgia froze talks with the EU.", "2025-01-12",
     [gpe("Tbilisi"), gpe("Georgia")], ["Tbilisi", "Georgia (country)"]),
    ("Wine exports from Georgia and Armenia rose, traders in Yerevan said.", "2024-05-02",
     [gpe("Georgia"), gpe("Armenia"), gpe("Yerevan")],
     ["Georgia (country)", "Armenia", "Yerevan"]),
    # the state stays the state's
    ("ATLANTA, April 15 - Georgia will spend $300 million on a berth.", None,
     [gpe("ATLANTA", "Atlanta"), gpe("Georgia")], ["Atlanta", "Georgia (U.S. state)"]),
    ("Ships left Savannah, Georgia, on Monday. Georgia said the port was full.", "2025-03-03",
     [gpe("Savannah"), gpe("Georgia"), gpe("Georgia")],
     ["Savannah, Georgia", "Georgia (U.S. state)", "Georgia (U.S. state)"]),
    # a state of a period: the document's date decides
    ("BELGRADE 1996-11-25\n\nThe opposition said Yugoslavia could not join Europe.", None,
     [gpe("BELGRADE", "Belgrade"), gpe("Yugoslavia"), ("Europe", "LOC", "Europe")],
     ["Belgrade", "Federal Republic of Yugoslavia", "Europe"]),
    ("EU ministers banned arms sales to Yugoslavia over Kosovo.", "1998-03-23",
     [("EU", "ORG", "European Union"), gpe("Yugoslavia"), gpe("Kosovo")],
     ["European Union", "Federal Republic of Yugoslavia", "Kosovo"]),
    ("BRAZZAVILLE 1996-06-14\n\nCongo said elections would be held in 1997.", None,
     [gpe("BRAZZAVILLE", "Brazzaville"), gpe("Congo")],
     ["Brazzaville", "Republic of the Congo"]),
    ("Zaire and Congo signed a river transport accord in Kinshasa.", "1995-09-01",
     [gpe("Zaire"), gpe("Congo"), gpe("Kinshasa")],
     ["Zaire", "Republic of the Congo", "Kinshasa"]),
    # untouched: out of the period, no date, a former state, the river, the other Congo
    ("Tito ruled Yugoslavia until 1980, the historian said.", "1985-05-04",
     [("Tito", "PERSON", "Josip Broz Tito"), gpe("Yugoslavia")], ["Josip Broz Tito", "Yugoslavia"]),
    ("Exports to Yugoslavia rose, the ministry said.", None, [gpe("Yugoslavia")],
     ["Yugoslavia"]),
    ("Refugees from the former Yugoslavia arrived in Vienna.", "1996-04-02",
     [gpe("Yugoslavia"), gpe("Vienna")], ["Yugoslavia", "Vienna"]),
    ("Rebels took Goma in eastern Congo on Monday.", "2025-01-28",
     [gpe("Goma"), gpe("Congo")], ["Goma", "Congo"]),
    ("Boats on the Congo stopped, officials in Brazzaville said.", "1996-06-14",
     [("Congo", "LOC", "Congo"), gpe("Brazzaville")], ["Congo", "Brazzaville"]),
    ("Talks with the Democratic Republic of the Congo began in 1998. Congo said so.", "1998-01-05",
     [gpe("Democratic Republic of the Congo"), gpe("Congo")],
     ["Democratic Republic of the Congo", "Democratic Republic of the Congo"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "marks", "expected"), CASES)
def test_country_titles(
    blank_doc: Callable[..., Doc],
    text: str,
    ref: str | None,
    marks: list[tuple[str, str, str]],
    expected: list[str],
) -> None:
    doc = blank_doc(text, reference_date=ref)
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    out = link_names(doc, ents, frozenset({"said", "rose"}))
    assert [e.name for e in out] == expected


TOWN_ROWS = [
    ("Lismore", "Lismore, New South Wales"),
    ("Ballina", "Ballina, New South Wales"),
    ("Bowen", "Bowen, Queensland"),
    ("Innisfail", "Innisfail, Queensland"),
    ("Esperance", "Esperance, Western Australia"),
    # no Australian row: unique, a primary topic, a famous namesake abroad, a given name, a word
    ("Echuca", None),
    ("Albury", None),
    ("Rochester", None),
    ("Cardiff", None),
    ("Toronto", None),
    ("Keith", None),
    ("Sale", None),
]


@pytest.mark.parametrize(("name", "title"), TOWN_ROWS)
def test_town_rows(name: str, title: str | None) -> None:
    rows = table_index("state_towns.jsonl", "name").get(name, ())
    assert [r["title"] for r in rows if r["country"] == "AU"] == ([title] if title else [])


TOWNS = [
    ("The river peaked in Lismore, and thousands fled Ballina, New South Wales police said.",
     [gpe("Lismore"), gpe("Ballina"), gpe("New South Wales")],
     ["Lismore, New South Wales", "Ballina, New South Wales", "New South Wales"]),
    ("Floods cut the highway at Bowen and Innisfail on Monday, Australia's weather bureau said.",
     [gpe("Bowen"), gpe("Innisfail"), gpe("Australia")],
     ["Bowen, Queensland", "Innisfail, Queensland", "Australia"]),
    # untouched: a unique name, a primary topic, a famous namesake, a qualified town, abroad
    ("Australia will fund levees in Echuca and Albury, the minister said.",
     [gpe("Australia"), gpe("Echuca"), gpe("Albury")], ["Australia", "Echuca", "Albury"]),
    ("Australia's players trained in Cardiff before the test.",
     [gpe("Australia"), gpe("Cardiff")], ["Australia", "Cardiff"]),
    ("Rain fell on Lismore, Ireland, and across Australia.",
     [gpe("Lismore"), gpe("Ireland"), gpe("Australia")], ["Lismore", "Ireland", "Australia"]),
    ("Ireland's rivers rose in Ballina and Lismore, officials in Dublin said.",
     [gpe("Ireland"), gpe("Ballina"), gpe("Lismore"), gpe("Dublin")],
     ["Ireland", "Ballina", "Lismore", "Dublin"]),
    ("Canada named Victoria its host; Lismore and Bowen bid too, Canadian officials said.",
     [gpe("Canada"), gpe("Victoria"), gpe("Lismore"), gpe("Bowen")],
     ["Canada", "Victoria, British Columbia", "Lismore", "Bowen"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), TOWNS)
def test_state_towns(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked_marks(text, marks)] == expected


def test_no_state_city_row() -> None:
    rows = table_index("state_towns.jsonl", "name").get("Colima", ())
    assert [r["title"] for r in rows] == []


CITIES = [
    ("Buildings tilted in Hualien city, Taiwan's fire agency said.",
     [gpe("Hualien"), gpe("Taiwan")], ["Hualien City", "Taiwan"]),
    ("The mayor of Taitung said roads in Taiwan were closed.", [gpe("Taitung"), gpe("Taiwan")],
     ["Taitung City", "Taiwan"]),
    # untouched: the county, the bare name
    ("A quake struck off Hualien County, Taiwan's weather agency said.",
     [gpe("Hualien County"), gpe("Taiwan")], ["Hualien County", "Taiwan"]),
    ("Rockslides hit Hualien, Taiwan's weather agency said.", [gpe("Hualien"), gpe("Taiwan")],
     ["Hualien", "Taiwan"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), CITIES)
def test_city_titles(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked_marks(text, marks)] == expected


PIPELINE = [
    (("TBILISI 1996-08-21\n\nGeorgia said on Wednesday it would ask Russia to withdraw its "
      "troops from Abkhazia."), None, [("Georgia", "Georgia (country)")]),
    (("BELGRADE 1996-11-25\n\nOpposition leader Vuk Draskovic said Yugoslavia could not join "
      "Europe while votes were stolen."), None,
     [("Yugoslavia", "Federal Republic of Yugoslavia")]),
    (("The Wilsons River rose to a record in Lismore on Monday, and thousands fled Ballina, "
      "New South Wales emergency services said."), "2022-03-01",
     [("Lismore", "Lismore, New South Wales"), ("Ballina", "Ballina, New South Wales")]),
    # untouched: the U.S. state by its governor and towns
    (("Storm Helene left two million homes without power in Georgia, Governor Brian Kemp said, "
      "and crews in Valdosta were working."), "2024-09-28", [("Georgia", "Georgia (U.S. state)")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), PIPELINE)
def test_pipeline(
    run: Callable[..., Brief], text: str, ref: str | None, expected: list[tuple[str, str]]
) -> None:
    brief = run(text, reference_date=ref)
    pairs = sorted((m.start, m.text, e.name) for e in brief.entities for m in e.mentions)
    got = [(t, n) for _, t, n in pairs if t in {x for x, _ in expected}]
    assert got == expected
