"""Places whose English Wikipedia title is longer than the written form, session 43 (issue 13
names, places43, dev set 43b), on hand-made mention lists through ``link_names`` on
``spacy.blank("en")``, and through the whole pipeline:
- ``place_names.country_forms`` with ``models/country_forms.jsonl``: a country's initials
  ("UAE", "U.A.E.", "DPRK") whatever type NER gave them, and the first part of an "X and Y"
  title typed a place ("Trinidad" -> "Trinidad and Tobago"); not letters the text spells out,
  an island the text names as such, the second part written alone, a town of the name in the
  document's country; session 44: the short name ISO 3166 and CLDR give a country ("Türkiye",
  "Czechia", "Timor-Leste") takes the title;
- ``place_names._bare_units`` (and ``written_units``): a unit whose name a big city bears is the
  unit where its governor is named ("the governor of Katsina" -> "Katsina State");
- ``place_names.city_titles``: the city's mayor says the city ("the mayor of Iloilo");
- ``place_names._smaller_namesake``: a city named bare in a story about its country, where a
  namesake abroad is the gazetteer's largest city of the name, takes "City, Country" where
  English Wikipedia titles that country's cities so ("Tripoli" from Beirut -> "Tripoli,
  Lebanon"); not a namesake of about the same size ("Salamanca"), a big one ("Valencia"), a
  largest one ("Córdoba" in Argentina), or where the text names the largest one's country;
- ``place_names.region_cities``: "New York" is the city where its mayor, its police or a firm's
  base is named, and every other bare "New York" of the text with it; not where the text says
  the state ("New York Governor ...", "upstate New York", "New York state").
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.records import Brief
from briefx.resources import table_index
from tests.pipeline.conftest import linked_marks


def gpe(name: str, title: str | None = None) -> tuple[str, str, str]:
    return (name, "GPE", title or name)


FORM_ROWS = [
    ("UAE", "United Arab Emirates"),
    ("DPRK", "North Korea"),
    ("ROK", "South Korea"),
    ("DRC", "Democratic Republic of the Congo"),
    ("Trinidad", "Trinidad and Tobago"),
    ("St Kitts", "Saint Kitts and Nevis"),
    # left out: an English word, a capital's name, a people
    ("CAR", None),
    ("Sao Tome", None),
    ("Turks", None),
    # session 44: ISO 3166 / CLDR short names (left out: CLDR's "&" forms, Eswatini)
    ("Türkiye", "Turkey"),
    ("Czechia", "Czech Republic"),
    ("Côte d'Ivoire", "Ivory Coast"),
    ("Côte d’Ivoire", "Ivory Coast"),
    ("Eswatini", None),
    ("Bosnia & Herzegovina", None),
]


@pytest.mark.parametrize(("form", "name"), FORM_ROWS)
def test_form_rows(form: str, name: str | None) -> None:
    rows = table_index("country_forms.jsonl", "form").get(form, ())
    assert [r["name"] for r in rows] == ([name] if name else [])


FORMS = [
    ("The UAE and India signed a deal, officials in Abu Dhabi said.",
     [("UAE", "ORG", "UAE"), gpe("India"), gpe("Abu Dhabi")],
     ["United Arab Emirates", "India", "Abu Dhabi"]),
    ("The U.A.E. foreign ministry said on Monday.", [("U.A.E.", "ORG", "U.A.E.")],
     ["United Arab Emirates"]),
    ("The DPRK fired a missile, Seoul said.", [("DPRK", "ORG", "DPRK"), gpe("Seoul")],
     ["North Korea", "Seoul"]),
    ("The PRC said it opposed the move.", [("PRC", "LOC", "PRC")], ["China"]),
    ("Trinidad declared a state of emergency, the prime minister said.", [gpe("Trinidad")],
     ["Trinidad and Tobago"]),
    ("Bosnia's state court ruled on Tuesday.", [gpe("Bosnia")], ["Bosnia and Herzegovina"]),
    # untouched: letters the text spells out, an island, the second part alone, a town abroad
    ("The Port Numbering Group (PNG) said PNG would grow.",
     [("Port Numbering Group", "ORG", "Port Numbering Group"), ("PNG", "ORG", "PNG"),
      ("PNG", "ORG", "PNG")],
     ["Port Numbering Group", "Port Numbering Group", "Port Numbering Group"]),
    ("Rain fell on the island of Trinidad, officials said.", [gpe("Trinidad")], ["Trinidad"]),
    ("Ferries between Trinidad and Tobago's smaller island ran late; on Tobago, schools shut.",
     [gpe("Trinidad"), gpe("Tobago")], ["Trinidad", "Tobago"]),
    ("Floods hit Trinidad in Bolivia, officials in La Paz said.",
     [gpe("Trinidad"), gpe("Bolivia"), gpe("La Paz")], ["Trinidad", "Bolivia", "La Paz"]),
    ("Troops were sent to Antigua, officials said.", [("Antigua", "LOC", "Antigua")], ["Antigua"]),
    ("Tourists left Antigua after the quake, Guatemala's government said.",
     [gpe("Antigua"), gpe("Guatemala")], ["Antigua", "Guatemala"]),
    ("Car sales in the US rose, the CAR said.", [gpe("US", "United States"), ("CAR", "ORG", "CAR")],
     ["United States", "CAR"]),
    # session 44: the ISO short name takes the English Wikipedia title, whatever NER's type
    ("Türkiye and Czechia signed the accord in Dili, Timor-Leste said.",
     [gpe("Türkiye"), gpe("Czechia"), gpe("Dili"), ("Timor-Leste", "ORG", "Timor-Leste")],
     ["Turkey", "Czech Republic", "Dili", "East Timor"]),
    ("Cocoa from Côte d'Ivoire reached the Gambia and the Bahamas.",
     [gpe("Côte d'Ivoire"), gpe("Gambia"), gpe("Bahamas")],
     ["Ivory Coast", "The Gambia", "The Bahamas"]),
    # untouched: a country English Wikipedia titles by its ISO name
    ("Eswatini and Turkey voted for the motion.", [gpe("Eswatini"), gpe("Turkey")],
     ["Eswatini", "Turkey"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), FORMS)
def test_country_forms(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked_marks(text, marks)] == expected


UNITS = [
    ("The governor of Katsina said 20 people were killed in Nigeria.",
     [gpe("Katsina"), gpe("Nigeria")], ["Katsina State", "Nigeria"]),
    ("Katsina's governor said 20 people were killed in Nigeria.",
     [gpe("Katsina"), gpe("Nigeria")], ["Katsina State", "Nigeria"]),
    ("In Nigeria, the Kano governor said schools would reopen, and traffic in Kano was heavy.",
     [gpe("Nigeria"), gpe("Kano"), gpe("Kano")], ["Nigeria", "Kano State", "Kano"]),
    ("Kenya's Mandera governor said roads were cut by floods.",
     [gpe("Kenya"), gpe("Mandera")], ["Kenya", "Mandera County"]),
    # untouched: the big city named bare, a governor of something else
    ("Traders in Katsina said prices rose in Nigeria.", [gpe("Katsina"), gpe("Nigeria")],
     ["Katsina", "Nigeria"]),
    ("Nigeria's central bank governor spoke in Kano.", [gpe("Nigeria"), gpe("Kano")],
     ["Nigeria", "Kano"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), UNITS)
def test_governed_units(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked_marks(text, marks)] == expected


CITIES = [
    ("The mayor of Iloilo said 3,000 people were moved in the Philippines.",
     [gpe("Iloilo"), gpe("Philippines")], ["Iloilo City", "Philippines"]),
    ("Iloilo's mayor said schools in the Philippines would reopen.",
     [gpe("Iloilo"), gpe("Philippines")], ["Iloilo City", "Philippines"]),
    ("Police in New York arrested 12 people after a protest.", [gpe("New York")],
     ["New York City"]),
    ("The New York-based bank said profit rose.", [gpe("New York")], ["New York City"]),
    ("The firm, headquartered in New York, said sales fell.", [gpe("New York")],
     ["New York City"]),
    ("The mayor of New York said the subway would run.", [gpe("New York")], ["New York City"]),
    (("Police in New York arrested 12 people. New York's subway stopped, and New York "
      "Governor Kathy Hochul spoke."),
     [gpe("New York"), gpe("New York"), gpe("New York"), ("Kathy Hochul", "PERSON", "Kathy Hochul")],
     ["New York City", "New York City", "New York", "Kathy Hochul"]),
    # untouched: the unit named, no word of the city, the state said
    ("Officials in Iloilo province said 3,000 people were moved in the Philippines.",
     [gpe("Iloilo"), gpe("Philippines")], ["Iloilo", "Philippines"]),
    ("Governor Kathy Hochul said New York would sue.",
     [("Kathy Hochul", "PERSON", "Kathy Hochul"), gpe("New York")], ["Kathy Hochul", "New York"]),
    ("Snow fell in upstate New York, police said.", [gpe("New York")], ["New York"]),
    ("Farmers in New York state said police in the county were stretched.", [gpe("New York")],
     ["New York"]),
    ("Buffalo, New York police said roads were closed.",
     [gpe("Buffalo"), gpe("New York")], ["Buffalo, New York", "New York"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), CITIES)
def test_city_words(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked_marks(text, marks)] == expected


NAMESAKES = [
    (("BEIRUT, Aug 12 (Reuters) - Clashes in the northern city of Tripoli killed three people. "
      "Shops in Tripoli's souks stayed shut."),
     [gpe("BEIRUT", "Beirut"), ("Reuters", "ORG", "Reuters"), gpe("Tripoli"), gpe("Tripoli")],
     ["Beirut", "Reuters", "Tripoli, Lebanon", "Tripoli, Lebanon"]),
    ("Farmers near Córdoba protested, Spain's agriculture ministry said.",
     [gpe("Córdoba"), gpe("Spain")], ["Córdoba, Spain", "Spain"]),
    ("Protesters gathered in Mérida, Venezuela's opposition said.",
     [gpe("Mérida"), gpe("Venezuela")], ["Mérida, Venezuela", "Venezuela"]),
    # untouched: the largest namesake, one of about the same size, a big one, the largest's
    # country named, a country whose towns take their region
    ("Workers in Córdoba walked out, Argentina's unions said.",
     [gpe("Córdoba"), gpe("Argentina")], ["Córdoba", "Argentina"]),
    ("Workers in Salamanca protested, Spain's unions said.",
     [gpe("Salamanca"), gpe("Spain")], ["Salamanca", "Spain"]),
    ("Flash floods hit Valencia, Spain's government said.",
     [gpe("Valencia"), gpe("Spain")], ["Valencia", "Spain"]),
    ("Lebanon's prime minister will meet Libya's leaders in Tripoli.",
     [gpe("Lebanon"), gpe("Libya"), gpe("Tripoli")], ["Lebanon", "Libya", "Tripoli"]),
    ("Floods hit Victoria on Monday, Brazil's civil defence said.",
     [gpe("Victoria"), gpe("Brazil")], ["Victoria", "Brazil"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), NAMESAKES)
def test_smaller_namesakes(
    text: str, marks: list[tuple[str, str, str]], expected: list[str]
) -> None:
    assert [name for _, _, name in linked_marks(text, marks)] == expected


PIPELINE = [
    (("ABUJA, Feb 11 (Reuters) - Gunmen killed 14 villagers in Zamfara overnight, days after "
      "the governor of Katsina announced a peace deal, Nigeria's police said."),
     [("Zamfara", "Zamfara State"), ("Katsina", "Katsina State")]),
    ("The UAE and India signed a deal on Tuesday, officials in Abu Dhabi said.",
     [("UAE", "United Arab Emirates")]),
    ("Police in New York arrested 12 people after a protest blocked the Brooklyn Bridge.",
     [("New York", "New York City")]),
    # untouched: the state's governor
    ("New York Governor Kathy Hochul declared a state of emergency after storms.",
     [("New York", "New York")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PIPELINE)
def test_pipeline(run: Callable[..., Brief], text: str, expected: list[tuple[str, str]]) -> None:
    brief = run(text, reference_date="2025-02-11")
    pairs = sorted((m.start, m.text, e.name) for e in brief.entities for m in e.mentions)
    got = [(t, n) for _, t, n in pairs if t in {x for x, _ in expected}]
    assert got == expected
