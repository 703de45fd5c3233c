"""Canonical names (issue 13 names) on spacy.blank("en") and the tables: publications after
"the", "UN"/"EU" prefixes, regulators by short form, listed companies with legal forms, names in
capitals, places written without accents, U.S. cities with their state. Invented texts; each rule
has cases that must stay untouched."""

from __future__ import annotations

import pytest
import spacy

from briefx.normalize.names import accented_place, canonical_org, lookup_alias, lookup_company
from briefx.pipeline.coref import Ent, link_names
from briefx.pipeline.entities.naming import _uncapitalised

NLP = spacy.blank("en")


def run(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    out = link_names(NLP(text), ents, frozenset())
    return [(text[e.start : e.end], e.name) for e in out]


PUBLICATIONS = [
    ("Editors at the Boston Globe disagreed.", "Boston Globe", "The Boston Globe"),
    ("He wrote to the Seattle Times on Monday.", "Seattle Times", "The Seattle Times"),
    ("A poll for the Jerusalem Post showed it.", "Jerusalem Post", "The Jerusalem Post"),
    ("The figures, the Spectator said, were wrong.", "Spectator", "The Spectator"),
    # untouched: a table title without "The", a word no masthead, no "the", a capital "The"
    ("He told the Los Angeles Times so.", "Los Angeles Times", "Los Angeles Times"),
    ("Readers of the Daily Mail complained.", "Daily Mail", "Daily Mail"),
    ("Kestrel Post said sales rose.", "Kestrel Post", "Kestrel Post"),
    ("The board of the Harbour Trust met.", "Harbour Trust", "Harbour Trust"),
]


@pytest.mark.parametrize(("text", "surface", "name"), PUBLICATIONS)
def test_publications_after_the(text: str, surface: str, name: str) -> None:
    assert run(text, [(surface, "ORG")]) == [(surface, name)]


def test_publication_rule_needs_an_org() -> None:
    text = "Ships crossed the Atlantic Post route."
    assert run(text, [("Atlantic", "LOC")]) == [("Atlantic", "Atlantic")]


ORGS = [
    ("UN Environment Programme", "United Nations Environment Programme"),
    ("UN Human Rights Council", "United Nations Human Rights Council"),
    ("U.N. Mission in South Sudan", "United Nations Mission in South Sudan"),
    ("EU Agency for Cybersecurity", "European Union Agency for Cybersecurity"),
    ("U.S. Fish and Wildlife Service", "United States Fish and Wildlife Service"),
    ("Securities and Exchange Commission", "U.S. Securities and Exchange Commission"),
    ("U.S. Securities and Exchange Commission", "U.S. Securities and Exchange Commission"),
    ("U.S. Army Corps of Engineers", "United States Army Corps of Engineers"),
    # a spelled-out name whose English Wikipedia title is the acronym (session 41: org_titles)
    ("United Nations Children's Fund", "UNICEF"),
    # untouched: no prefix, an acronym, a word that only starts like one
    ("UNOPS", "UNOPS"),
    ("UNESCO", "UNESCO"),
    ("Eurostat", "Eurostat"),
    ("EU-Japan Centre", "EU-Japan Centre"),
]


@pytest.mark.parametrize(("text", "name"), ORGS)
def test_canonical_org(text: str, name: str) -> None:
    assert canonical_org(text) == name


SHORT_FORMS = [
    ("Fed", "Federal Reserve"),
    ("FDIC", "Federal Deposit Insurance Corporation"),
    ("Bundesbank", "Deutsche Bundesbank"),
    ("SNB", "Swiss National Bank"),
    ("Kyodo", "Kyodo News"),
    ("Moody's", "Moody's Ratings"),
    ("Standard & Poor's", "S&P Global Ratings"),
    ("Financial Times", "Financial Times"),
    # the United Nations system by acronym
    ("UNHCR", "United Nations High Commissioner for Refugees"),
    ("OCHA", "Office for the Coordination of Humanitarian Affairs"),
    ("IOM", "International Organization for Migration"),
]


@pytest.mark.parametrize(("alias", "name"), SHORT_FORMS)
def test_short_forms_in_the_tables(alias: str, name: str) -> None:
    assert lookup_alias(alias) == (name, "ORG")


COMPANIES = [
    ("Nestle S.A.", "Nestlé"),
    ("Geberit AG", "Geberit"),
    ("Talanx AG", "Talanx"),
    ("Lanxess AG", "Lanxess"),
    ("Marks and Spencer Group plc", "Marks & Spencer"),
    # a leading "The" the table does not know is left out
    ("The Kroger Co.", "Kroger"),
    ("The Procter & Gamble Company", "Procter & Gamble"),
    ("The Allstate Corporation", "Allstate"),
    # untouched: a title with "The" of its own, an unlisted firm with "The"
    ("The Hershey Company", "The Hershey Company"),
    ("The Brightwater Company", None),
    # untouched: titles that keep their form (a word, an acronym, a U.S. form), an unlisted firm
    ("Continental AG", "Continental AG"),
    ("CRH plc", "CRH plc"),
    ("Apple Inc.", "Apple Inc."),
    ("Brightwater Logistics Ltd", None),
]


@pytest.mark.parametrize(("text", "name"), COMPANIES)
def test_listed_company_titles(text: str, name: str | None) -> None:
    assert lookup_company(text) == name


CAPITALS = [
    ("BEIJING", "Beijing"),
    ("SOUTH AFRICA", "South Africa"),
    ("GERMAN", "German"),
    ("NIGERIANS", "Nigerians"),
    # untouched: acronyms, short words and initials, names no table knows
    ("NATO", "NATO"),
    ("U.S. OPEN", "U.S. OPEN"),
    ("KESTREL ORBITAL", "KESTREL ORBITAL"),
    ("Beijing", "Beijing"),
]


@pytest.mark.parametrize(("text", "name"), CAPITALS)
def test_names_in_capitals(text: str, name: str) -> None:
    assert _uncapitalised(text, {}) == name


ACCENTS = [
    ("Malmo", "Malmö"),
    ("Gdansk", "Gdańsk"),
    ("Reykjavik", "Reykjavík"),
    ("Bogota", "Bogotá"),
    # untouched: English exonyms, names without accents, a name no gazetteer knows
    ("Munich", "Munich"),
    ("Cologne", "Cologne"),
    ("Paris", "Paris"),
    ("Kestrelton", "Kestrelton"),
]


@pytest.mark.parametrize(("text", "name"), ACCENTS)
def test_places_take_their_accents(text: str, name: str) -> None:
    assert accented_place(text) == name


US_CITIES = [
    # a text about the U.S. (a state, a standalone city, a state inside a name)
    (
        "Crews from Denver reached Greeley by noon.",
        [("Denver", "GPE"), ("Greeley", "GPE")],
        [("Denver", "Denver"), ("Greeley", "Greeley, Colorado")],
    ),
    (
        "The Idaho Transportation Department closed roads near Boise.",
        [("Idaho Transportation Department", "ORG"), ("Boise", "GPE")],
        [
            ("Idaho Transportation Department", "Idaho Transportation Department"),
            ("Boise", "Boise, Idaho"),
        ],
    ),
    (
        "Storms hit Texas and later Knoxville.",
        [("Texas", "GPE"), ("Knoxville", "GPE")],
        [("Texas", "Texas"), ("Knoxville", "Knoxville, Tennessee")],
    ),
    # untouched: a larger place of the name abroad, a standalone city, no U.S. evidence
    (
        "Crews from Denver reached Vancouver and Perth.",
        [("Denver", "GPE"), ("Vancouver", "GPE"), ("Perth", "GPE")],
        [("Denver", "Denver"), ("Vancouver", "Vancouver"), ("Perth", "Perth")],
    ),
    (
        "Crews from Denver reached Chicago and Manhattan.",
        [("Denver", "GPE"), ("Chicago", "GPE"), ("Manhattan", "GPE")],
        [("Denver", "Denver"), ("Chicago", "Chicago"), ("Manhattan", "Manhattan")],
    ),
    ("Crews reached Greeley by noon.", [("Greeley", "GPE")], [("Greeley", "Greeley")]),
    # a subdivision named "<unit> of X" is that unit, not the largest city of its name
    (
        "Crews from Denver reached the county of Greeley.",
        [("Denver", "GPE"), ("Greeley", "GPE")],
        [("Denver", "Denver"), ("Greeley", "Greeley")],
    ),
    (
        "Storms hit Texas and the parish of Knoxville.",
        [("Texas", "GPE"), ("Knoxville", "GPE")],
        [("Texas", "Texas"), ("Knoxville", "Knoxville")],
    ),
    (
        "The Colorado county of Boulder flooded.",
        [("Colorado", "GPE"), ("Boulder", "GPE")],
        [("Colorado", "Colorado"), ("Boulder", "Boulder")],
    ),
    (  # "city of" is no subdivision word: the city takes its state
        "Storms hit Texas and the city of Knoxville.",
        [("Texas", "GPE"), ("Knoxville", "GPE")],
        [("Texas", "Texas"), ("Knoxville", "Knoxville, Tennessee")],
    ),
    # a province named: its towns take it, a large city of its own name stands alone, and so
    # does a town whose name no other place has (English Wikipedia's "Kamloops"; session 20)
    (
        "Trains to Vancouver and Kamloops, British Columbia, stopped.",
        [("Vancouver", "GPE"), ("Kamloops", "GPE"), ("British Columbia", "GPE")],
        [
            ("Vancouver", "Vancouver"),
            ("Kamloops", "Kamloops"),
            ("British Columbia", "British Columbia"),
        ],
    ),
    (
        "Trains to Vancouver and Vernon, British Columbia, stopped.",
        [("Vancouver", "GPE"), ("Vernon", "GPE"), ("British Columbia", "GPE")],
        [
            ("Vancouver", "Vancouver"),
            ("Vernon", "Vernon, British Columbia"),
            ("British Columbia", "British Columbia"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), US_CITIES)
def test_us_cities_take_their_state(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert run(text, spans) == expected


def teams(text: str, spans: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    from briefx.pipeline.entities.leagues import team_names

    ents, pos = [], 0
    for surface, typ, name in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    return [(text[e.start : e.end], e.name) for e in team_names(text, ents)]


NBA = "National Basketball Association"
LEAGUE_TEAMS = [
    # a document that names the league: places and nicknames of one team, in capitals too
    (
        "NBA scores: Memphis 101 SACRAMENTO 99. The Pacers won.",
        [
            ("NBA", "ORG", NBA),
            ("Memphis", "ORG", "Memphis"),
            ("SACRAMENTO", "ORG", "SACRAMENTO"),
            ("Pacers", "ORG", "Pacers"),
        ],
        [
            ("NBA", NBA),
            ("Memphis", "Memphis Grizzlies"),
            ("SACRAMENTO", "Sacramento Kings"),
            ("Pacers", "Indiana Pacers"),
        ],
    ),
    (
        "Utah beat New Orleans in the NBA on Friday.",
        [("Utah", "ORG", "Utah"), ("New Orleans", "ORG", "New Orleans"), ("NBA", "ORG", NBA)],
        [("Utah", "Utah Jazz"), ("New Orleans", "New Orleans Pelicans"), ("NBA", NBA)],
    ),
    # untouched: a place two teams share, a place typed GPE, no league named
    (
        "NBA: Los Angeles 99 Detroit 90, in Detroit.",
        [
            ("NBA", "ORG", NBA),
            ("Los Angeles", "ORG", "Los Angeles"),
            ("Detroit", "ORG", "Detroit"),
            ("Detroit", "GPE", "Detroit"),
        ],
        [
            ("NBA", NBA),
            ("Los Angeles", "Los Angeles"),
            ("Detroit", "Detroit Pistons"),
            ("Detroit", "Detroit"),
        ],
    ),
    (
        "Memphis 101 Sacramento 99.",
        [("Memphis", "ORG", "Memphis"), ("Sacramento", "ORG", "Sacramento")],
        [("Memphis", "Memphis"), ("Sacramento", "Sacramento")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), LEAGUE_TEAMS)
def test_league_teams(
    text: str, spans: list[tuple[str, str, str]], expected: list[tuple[str, str]]
) -> None:
    assert teams(text, spans) == expected


def clubs(text: str, spans: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    from briefx.pipeline.entities.leagues import british_clubs

    ents, pos = [], 0
    for surface, typ, name in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name, tags={"team"} if typ == "ORG" else set()))
        pos = s + len(surface)
    british_clubs(ents)
    return [(text[e.start : e.end], e.name) for e in ents]


BRITISH_CLUBS = [
    # sports copy from Britain (a British place named): sides take "F.C."
    (
        "GLASGOW 2026-02-01\nCeltic 2 Hibernian 0",
        [
            ("GLASGOW", "GPE", "Glasgow"),
            ("Celtic", "ORG", "Celtic"),
            ("Hibernian", "ORG", "Hibernian"),
        ],
        [("GLASGOW", "Glasgow"), ("Celtic", "Celtic F.C."), ("Hibernian", "Hibernian F.C.")],
    ),
    (
        "LONDON 2026-02-01\nCrystal Palace 1 Bristol Rovers 1",
        [
            ("LONDON", "GPE", "London"),
            ("Crystal Palace", "ORG", "Crystal Palace"),
            ("Bristol Rovers", "ORG", "Bristol Rovers"),
        ],
        [
            ("LONDON", "London"),
            ("Crystal Palace", "Crystal Palace F.C."),
            ("Bristol Rovers", "Bristol Rovers F.C."),
        ],
    ),
    # untouched: a suffix of its own, a club from abroad, an acronym (a town alone is named
    # like any club since session 22)
    (
        "LONDON 2026-02-01\nReading 1 AFC Wimbledon 2, Benfica lost to Real Madrid. PSV won.",
        [
            ("LONDON", "GPE", "London"),
            ("Reading", "ORG", "Reading"),
            ("AFC Wimbledon", "ORG", "AFC Wimbledon"),
            ("Real Madrid", "ORG", "Real Madrid"),
            ("PSV", "ORG", "PSV"),
        ],
        [
            ("LONDON", "London"),
            ("Reading", "Reading F.C."),  # session 22: a town alone takes the title too
            ("AFC Wimbledon", "AFC Wimbledon"),
            ("Real Madrid", "Real Madrid"),
            ("PSV", "PSV"),
        ],
    ),
    # untouched: no British place named
    (
        "LISBON 2026-02-01\nCeltic 2 Hibernian 0",
        [
            ("LISBON", "GPE", "Lisbon"),
            ("Celtic", "ORG", "Celtic"),
            ("Hibernian", "ORG", "Hibernian"),
        ],
        [("LISBON", "Lisbon"), ("Celtic", "Celtic"), ("Hibernian", "Hibernian")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), BRITISH_CLUBS)
def test_british_clubs(
    text: str, spans: list[tuple[str, str, str]], expected: list[tuple[str, str]]
) -> None:
    assert clubs(text, spans) == expected


US_BODIES = [
    ("Senate", "United States Senate"),
    ("House", "United States House of Representatives"),
    ("U.S. Congress", "United States Congress"),
    ("Supreme Court", "Supreme Court of the United States"),
    # untouched: a state's or another country's body, a longer name
    ("Oregon Senate", None),
    ("Senate of Italy", None),
    ("House Committee on Ways and Means", None),
]


@pytest.mark.parametrize(("text", "name"), US_BODIES)
def test_us_bodies(text: str, name: str | None) -> None:
    from briefx.normalize.names import lookup_department

    assert lookup_department(text) == name
