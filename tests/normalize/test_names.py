"""Tests for briefx.normalize.names: plain string rules and the alias tables."""

from __future__ import annotations

import pytest

from briefx.normalize.names import (
    canonical_org,
    canonical_person,
    city_regions,
    companies,
    dateline_name,
    fold_letters,
    is_title_word,
    lookup_alias,
    lookup_company,
    lookup_department,
    lookup_person,
    match_acronym,
    place_pop,
    postnominals,
    singular_norp,
    us_counties,
    us_names,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lloyd J. Austin III", "Lloyd Austin"),
        ("Mark A. Milley", "Mark Milley"),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),  # WP:JR (session 12)
        ("Ferdinand Marcos Jr.", "Ferdinand Marcos Jr."),
        ("Cal Ripken, Jr.", "Cal Ripken Jr."),
        ("John Smith Sr", "John Smith Sr."),
        ("Pete Hegseth", "Pete Hegseth"),
        ("Hegseth", "Hegseth"),
    ],
)
def test_canonical_person(name: str, expected: str) -> None:
    assert canonical_person(name) == expected


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("U.S.", ("United States", "GPE")),
        ("America", ("United States", "GPE")),
        ("U.K.", ("United Kingdom", "GPE")),
        ("EU", ("European Union", "ORG")),
        ("The Hague", ("The Hague", "GPE")),
        ("WASHINGTON", ("Washington, D.C.", "GPE")),
        ("Calif.", ("California", "GPE")),  # AP abbreviation, from the `us` package
        ("Fla.", ("Florida", "GPE")),
        ("Ukraine", ("Ukraine", "GPE")),  # countries, from `countryinfo`
        ("Russian Federation", ("Russia", "GPE")),
        ("Ukrainian", ("Ukrainian", "NORP")),  # demonyms
        ("Iraqis", ("Iraqi", "NORP")),
        ("FEMA", ("Federal Emergency Management Agency", "ORG")),  # organisations.jsonl
        ("Defra", ("Department for Environment, Food and Rural Affairs", "ORG")),
        ("Austin", None),  # a city and a surname: no table decides it
        ("Trump", None),
    ],
)
def test_lookup_alias(alias: str, expected: tuple[str, str] | None) -> None:
    assert lookup_alias(alias) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqis", "Iraqi"),
        ("Pacific Islanders", "Pacific Islander"),
        ("Americans", "American"),
        ("Swiss", "Swiss"),
        ("Artemis", "Artemis"),  # "-is" of a singular name; the table lists "Israelis"
        ("Israelis", "Israeli"),
        ("Russian", "Russian"),
    ],
)
def test_singular_norp(text: str, expected: str) -> None:
    assert singular_norp(text) == expected


@pytest.mark.parametrize(
    ("acronym", "words", "start"),
    [
        ("FEMA", ["Security’s", "Federal", "Emergency", "Management", "Agency"], 1),
        ("USAID", ["the", "U.S.", "Agency", "for", "International", "Development"], 1),
        ("USGS", ["the", "United", "States", "Geological", "Survey"], 1),
        ("CPC", ["phase", "known", "as", "the", "certification", "products", "contracts"], 4),
        ("DSATs", ["Disaster", "Survivor", "Assistance", "Teams"], 0),
        ("WHO", ["the", "World", "Trade", "Organization"], None),
        ("NASA", ["said"], None),
        # a lower-case "of" gives a letter or none; "'s" sits inside without one
        ("DOD", ["the", "Department", "of", "Defense"], 1),
        ("OHS", ["the", "Office", "of", "Homeland", "Security"], 1),
        (
            "GOHSEP",
            [
                "Governor",
                "'s",
                "Office",
                "of",
                "Homeland",
                "Security",
                "and",
                "Emergency",
                "Preparedness",
            ],
            0,
        ),
    ],
)
def test_match_acronym(acronym: str, words: list[str], start: int | None) -> None:
    assert match_acronym(acronym, words) == start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("State Department", "United States Department of State"),
        ("Department of Homeland Security", "United States Department of Homeland Security"),
        ("U.S. Department of Defense", "United States Department of Defense"),
        ("Department for Education", None),  # a UK department: not in the U.S. table
        ("Police Department", None),
    ],
)
def test_lookup_department(text: str, expected: str | None) -> None:
    assert lookup_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. Agency for International Development",
            "United States Agency for International Development",
        ),
        ("U.K. Space Agency", "United Kingdom Space Agency"),
        ("NASA", "NASA"),
        ("U.S.", "U.S."),
    ],
)
def test_canonical_org(text: str, expected: str) -> None:
    assert canonical_org(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CAPE CANAVERAL", "Cape Canaveral"),
        ("WASHINGTON", "Washington, D.C."),
        ("LONDON", "London"),
        # a dateline names a city: a state whose largest city is "<State> City" is that city
        ("NEW YORK", "New York City"),
        ("OKLAHOMA", "Oklahoma City"),
        ("TEXAS", "Texas"),  # Texas City is no largest city of Texas
        ("QUEBEC", "Quebec"),  # nor Quebec City of Quebec
    ],
)
def test_dateline_name(text: str, expected: str) -> None:
    assert dateline_name(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Secretary", True),
        ("Representatives", True),
        ("Defense", True),
        ("former", True),
        ("Hegseth", False),
        ("Brig", True),  # "Brig. Gen." tokenised "Brig" + "."
        ("Chairperson", True),
        ("Hon", True),
        ("Ukraine", False),
    ],
)
def test_is_title_word(word: str, expected: bool) -> None:
    assert is_title_word(word) is expected


@pytest.mark.parametrize(
    ("surname", "expected"),
    [("Trump", "Donald Trump"), ("Putin", "Vladimir Putin"), ("Smith", None)],
)
def test_lookup_person(surname: str, expected: str | None) -> None:
    assert lookup_person(surname) == expected


@pytest.mark.parametrize(("word", "expected"), [("MP", True), ("OBE", True), ("Smith", False)])
def test_postnominals(word: str, expected: bool) -> None:
    assert (word.lower() in postnominals()) == expected


@pytest.mark.parametrize(
    ("country", "region", "present"),
    [("CA", "Ontario", True), ("CA", "Nova Scotia", True), ("US", "Ohio", True),
     ("CA", "Ohio", False), ("US", "Ontario", False), ("ZZ", "Ontario", False)],
)  # fmt: skip
def test_city_regions(country: str, region: str, present: bool) -> None:
    assert (region in city_regions(country)) is present


@pytest.mark.parametrize(
    ("name", "known"),
    [("Toronto", True), ("Lyon", True), ("Ontario", True), ("Toronto Zoo", False), ("toronto", False)],
)  # fmt: skip
def test_place_pop_reads_the_gazetteer(name: str, known: bool) -> None:
    assert (place_pop(name) >= 0) is known


# The names that tell a text is about the U.S. come from the tables (the country, its demonym,
# its states), none from the code. (name, is a U.S. name)
US_NAMES = [
    ("United States", True),
    ("American", True),
    ("Ohio", True),
    ("Texas", True),
    ("Canadian", False),
    ("American Samoa", False),  # its own demonym and country, no U.S. state in the table
    ("Mexico", False),
    ("U.S.", False),  # an alias: the names are canonical
]


@pytest.mark.parametrize(("name", "expected"), US_NAMES)
def test_us_names(name: str, expected: bool) -> None:
    assert (name in us_names()) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Autodesk", "Autodesk"),  # a listed name as it stands
        ("Dassault Systemes", "Dassault Systèmes"),  # the accents folded away
        ("Toyota Motor Corp", "Toyota"),  # legal form and company tail dropped
        ("Toyota Motor Corp.", "Toyota"),
        ("Sony Group", "Sony"),
        ("Ford Motor Co", "Ford Motor Company"),
        ("Mitsui & Co.", "Mitsui & Co."),
        ("Siemens Energy", "Siemens Energy"),  # a company of its own, not Siemens (s41: its title)
        ("Ford", None),  # a surname first: only the listed "Ford Motor" names the company
        ("Phoenix", None),  # a city of a million people
        ("Georgia", None),  # a country and a U.S. state
        ("Dassault", None),  # two listed companies share it
        ("Toyota Motor Plant", None),  # "Plant" is no company tail
        ("ABB", "ABB"),  # the source's address points at another company: the name stands
        ("Banco Bilbao Vizcaya Argentaria", "BBVA"),  # a title made of the name's initials
        ("Corp", None),
    ],
)
def test_lookup_company(text: str, expected: str | None) -> None:
    assert lookup_company(text) == expected


def test_company_table_is_organisations_only() -> None:
    table = companies()
    assert len(table) > 1500
    assert all(alias[:1].isupper() or alias[:1].isdigit() for alias in table)
    assert all(len(alias) >= 3 for alias in table)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Świątek", "Swiatek"),
        ("Højgaard", "Hojgaard"),
        ("Łódź", "Lodz"),
        ("Đoković", "Dokovic"),
        ("Cúcuta", "Cucuta"),
        # untouched: plain text, other scripts
        ("Franklin County", "Franklin County"),
        ("Москва", "Москва"),
    ],
)
def test_fold_letters(text: str, plain: str) -> None:
    assert fold_letters(text) == plain


@pytest.mark.parametrize(
    ("county", "states"),
    [
        ("Lafourche Parish", {"Louisiana"}),
        ("Cuyahoga County", {"Ohio"}),
        ("Matanuska-Susitna Borough", {"Alaska"}),
        # untouched: not a U.S. county, a census area, a Puerto Rico municipio
        ("County Cork", None),
        ("Bethel Census Area", None),
        ("Ponce Municipio", None),
    ],
)
def test_us_counties_table(county: str, states: set[str] | None) -> None:
    assert us_counties().get(county) == (frozenset(states) if states else None)


def test_us_counties_shared_names() -> None:
    """A county name many states share lists them all (the text picks one)."""
    assert {"Ohio", "Pennsylvania", "Florida"} <= us_counties()["Franklin County"]
