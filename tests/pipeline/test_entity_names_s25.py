"""Session 25 (names10): team names and types in sports copy, from the opened sets' errors.

Invented examples only; none is copied from an eval file."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent

NHL = "National Hockey League"


def league(text: str, spans: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    from briefx.pipeline.entities.leagues import team_names

    ents, pos = [], 0
    for surface, typ, name in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    return [(text[e.start : e.end], e.name) for e in team_names(text, ents)]


NHL_TEAMS = [
    # the NHL's teams by place, by common name, in capitals, with and without the accent
    (
        "NHL results: Calgary 4 EDMONTON 2. The Canucks won.",
        [
            ("NHL", "ORG", NHL),
            ("Calgary", "ORG", "Calgary"),
            ("EDMONTON", "ORG", "EDMONTON"),
            ("Canucks", "ORG", "Canucks"),
        ],
        [
            ("NHL", NHL),
            ("Calgary", "Calgary Flames"),
            ("EDMONTON", "Edmonton Oilers"),
            ("Canucks", "Vancouver Canucks"),
        ],
    ),
    (
        "National Hockey League: Montreal 3 Ottawa 1, the Maple Leafs idle.",
        [
            ("National Hockey League", "ORG", NHL),
            ("Montreal", "ORG", "Montreal"),
            ("Ottawa", "ORG", "Ottawa"),
            ("Maple Leafs", "ORG", "Maple Leafs"),
        ],
        [
            ("National Hockey League", NHL),
            ("Montreal", "Montreal Canadiens"),
            ("Ottawa", "Ottawa Senators"),
            ("Maple Leafs", "Toronto Maple Leafs"),
        ],
    ),
    (
        "NHL: Pittsburgh 2 Montréal 2 (OT).",
        [("NHL", "ORG", NHL), ("Pittsburgh", "ORG", "Pittsburgh"), ("Montréal", "ORG", "Montréal")],
        [("NHL", NHL), ("Pittsburgh", "Pittsburgh Penguins"), ("Montréal", "Montreal Canadiens")],
    ),
    # untouched: a place two NHL teams share, a place typed GPE, no league named
    (
        "NHL: New York 3 Calgary 2, in Calgary.",
        [
            ("NHL", "ORG", NHL),
            ("New York", "ORG", "New York"),
            ("Calgary", "ORG", "Calgary"),
            ("Calgary", "GPE", "Calgary"),
        ],
        [
            ("NHL", NHL),
            ("New York", "New York"),
            ("Calgary", "Calgary Flames"),
            ("Calgary", "Calgary"),
        ],
    ),
    (
        "Calgary 4 Edmonton 2.",
        [("Calgary", "ORG", "Calgary"), ("Edmonton", "ORG", "Edmonton")],
        [("Calgary", "Calgary"), ("Edmonton", "Edmonton")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), NHL_TEAMS)
def test_nhl_teams(
    text: str, spans: list[tuple[str, str, str]], expected: list[tuple[str, str]]
) -> None:
    assert league(text, spans) == expected


def sides(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Run ``standing_phrases`` on mentions given as (surface, type), in text order."""
    from briefx.pipeline.entities.sports import standing_phrases

    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    lines = [(0, text.index("\n"))] if "\n" in text else []
    standing_phrases(text, ents, {}, lines)
    ents.sort(key=lambda e: e.start)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


STANDING_PHRASES = [
    # a plural fixture verb between two towns: both are sides (British copy)
    (
        "On Sunday, Wigan visit Burnley.",
        [("Wigan", "GPE"), ("Burnley", "GPE")],
        [("Wigan", "ORG", "Wigan"), ("Burnley", "ORG", "Burnley")],
    ),
    # after "when", a town NER took for a surname, the other left out by NER
    (
        "Midweek games start on Tuesday, when Norwich host Ipswich.",
        [("Norwich", "PERSON")],
        [("Norwich", "ORG", "Norwich"), ("Ipswich", "ORG", "Ipswich")],
    ),
    # a second clause after "and" that follows a fixture verb
    (
        "Leeds play Derby and Plymouth travel to Swindon.",
        [("Leeds", "ORG"), ("Derby", "ORG"), ("Plymouth", "GPE"), ("Swindon", "GPE")],
        [
            ("Leeds", "ORG", "Leeds"),
            ("Derby", "ORG", "Derby"),
            ("Plymouth", "ORG", "Plymouth"),
            ("Swindon", "ORG", "Swindon"),
        ],
    ),
    # a table verb with a margin, and a second margin after "and"
    (
        "In the Pacific Division, Portland lead Sacramento by three games and Phoenix by six.",
        [
            ("Pacific Division", "ORG"),
            ("Portland", "GPE"),
            ("Sacramento", "GPE"),
            ("Phoenix", "GPE"),
        ],
        [
            ("Pacific Division", "ORG", "Pacific Division"),
            ("Portland", "ORG", "Portland"),
            ("Sacramento", "ORG", "Sacramento"),
            ("Phoenix", "ORG", "Phoenix"),
        ],
    ),
    # atop a table
    (
        "Atlanta top the Central Division at 14-6.",
        [("Atlanta", "GPE"), ("Central Division", "ORG")],
        [("Atlanta", "ORG", "Atlanta"), ("Central Division", "ORG", "Central Division")],
    ),
    (
        "Columbus tops the Metropolitan standings.",
        [("Columbus", "GPE"), ("Metropolitan", "NORP")],
        [("Columbus", "ORG", "Columbus"), ("Metropolitan", "NORP", "Metropolitan")],
    ),
    # untouched: one subject of two towns, a singular verb after a non-team, countries (the
    # national side), a town that leads no table, a dateline
    (
        "The mayors of London and Paris visit Berlin.",
        [("London", "GPE"), ("Paris", "GPE"), ("Berlin", "GPE")],
        [("London", "GPE", "London"), ("Paris", "GPE", "Paris"), ("Berlin", "GPE", "Berlin")],
    ),
    (
        "Officials said Denver hosts the summit.",
        [("Denver", "GPE")],
        [("Denver", "GPE", "Denver")],
    ),
    (
        "England lead India by 120 runs. France host Italy on Sunday.",
        [("England", "GPE"), ("India", "GPE"), ("France", "GPE"), ("Italy", "GPE")],
        [
            ("England", "GPE", "England"),
            ("India", "GPE", "India"),
            ("France", "GPE", "France"),
            ("Italy", "GPE", "Italy"),
        ],
    ),
    (
        "Denver lead the way in solar power.",
        [("Denver", "GPE")],
        [("Denver", "GPE", "Denver")],
    ),
    (
        "LEEDS 1996-10-01\nLeeds visit Hull on Friday.",
        [("LEEDS", "GPE"), ("Leeds", "ORG"), ("Hull", "GPE")],
        [("LEEDS", "GPE", "LEEDS"), ("Leeds", "ORG", "Leeds"), ("Hull", "GPE", "Hull")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), STANDING_PHRASES)
def test_standing_phrases(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert sides(text, spans) == expected


# the whole pipeline: sports copy names the sides so made by their titles
PIPELINE = [
    (
        (
            "BASKETBALL - NBA ROUND-UP.\nNEW YORK 1996-12-01\nBoston beat Orlando 101-96 on "
            "Saturday. Portland lead Sacramento by three games, and Atlanta top the Central "
            "Division, two games clear of Charlotte."
        ),
        {
            "Portland": ("ORG", "Portland Trail Blazers"),
            "Sacramento": ("ORG", "Sacramento Kings"),
            "Atlanta": ("ORG", "Atlanta Hawks"),
            "Charlotte": ("ORG", "Charlotte Hornets"),
        },
    ),
    (
        (
            "SOCCER - ROUND-UP.\nLONDON 1996-10-12\nChelsea beat Everton 2-0 on Saturday. On "
            "Sunday, Wigan visit Burnley."
        ),
        # "Wigan": the one senior club of the town in clubs.jsonl (session 36)
        {"Wigan": ("ORG", "Wigan Athletic F.C."), "Burnley": ("ORG", "Burnley F.C.")},
    ),
    (
        (
            "Leaders said the 2-1 vote in Madrid was close. The mayors of London and Paris visit "
            "Berlin."
        ),
        {"Paris": ("GPE", "Paris"), "Berlin": ("GPE", "Berlin")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PIPELINE)
def test_standing_phrases_pipeline(run, text: str, expected: dict[str, tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {m.text: (e.type, e.name) for e in run(text).entities for m in e.mentions}
    assert {k: got.get(k) for k in expected} == expected


def demonyms(text: str, spans: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    from briefx.pipeline.coref.variants import demonym_people

    ents, pos = [], 0
    for surface, typ, name in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    english = {"cross", "bank", "express", "striker", "opener", "rookie", "grant", "queen", "coach"}
    demonym_people(text, ents, frozenset(english | {"university"}))
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


DEMONYM_PEOPLE = [
    # a demonym NER took into a person's name is a NORP of its own; the surname follows
    (
        "Second seed Austrian Thomas Kessler beat Boris Becker. Kessler served well.",
        [
            ("Austrian Thomas Kessler", "PERSON", "Austrian Thomas Kessler"),
            ("Boris Becker", "PERSON", "Boris Becker"),
            ("Kessler", "PERSON", "Austrian Thomas Kessler"),
        ],
        [
            ("Austrian", "NORP", "Austrian"),
            ("Thomas Kessler", "PERSON", "Thomas Kessler"),
            ("Boris Becker", "PERSON", "Boris Becker"),
            ("Kessler", "PERSON", "Thomas Kessler"),
        ],
    ),
    (
        "Moroccan Hicham Benali won in 12:44.",
        [("Moroccan Hicham Benali", "PERSON", "Moroccan Hicham Benali")],
        [("Moroccan", "NORP", "Moroccan"), ("Hicham Benali", "PERSON", "Hicham Benali")],
    ),
    # typed ORG, with a given name after the demonym
    (
        "Italian Marco Pantani took the stage.",
        [("Italian Marco Pantani", "ORG", "Italian Marco Pantani")],
        [("Italian", "NORP", "Italian"), ("Marco Pantani", "PERSON", "Marco Pantani")],
    ),
    # untouched: a body named after a nation (also typed PERSON: its last word is English),
    # a demonym and one word, a name not as written
    (
        "The American Red Cross pledged $5 million.",
        [("American Red Cross", "PERSON", "American Red Cross")],
        [("American Red Cross", "PERSON", "American Red Cross")],
    ),
    (
        "American Express and Russian Standard Bank signed.",
        [
            ("American Express", "ORG", "American Express"),
            ("Russian Standard Bank", "ORG", "Russian Standard Bank"),
        ],
        [
            ("American Express", "ORG", "American Express"),
            ("Russian Standard Bank", "ORG", "Russian Standard Bank"),
        ],
    ),
    (
        "Brazilian Ronaldo scored.",
        [("Brazilian Ronaldo", "PERSON", "Brazilian Ronaldo")],
        [("Brazilian Ronaldo", "PERSON", "Brazilian Ronaldo")],
    ),
    (
        "British Petroleum Company said.",
        [("British Petroleum Company", "ORG", "BP")],
        [("British Petroleum Company", "ORG", "BP")],
    ),
]


ROLE_OPENINGS = [
    # an English word opening a sentence before a person's name is the role, not the name
    (
        "Striker Luca Moretti scored twice.",
        [("Striker Luca Moretti", "PERSON", "Striker Luca Moretti")],
        [("Luca Moretti", "PERSON", "Luca Moretti")],
    ),
    (
        "The hosts won by 80 runs.\nOpener Imran Farooq made 120. Farooq was man of the match.",
        [
            ("Opener Imran Farooq", "ORG", "Opener Imran Farooq"),
            ("Farooq", "PERSON", "Opener Imran Farooq"),
        ],
        [("Imran Farooq", "PERSON", "Imran Farooq"), ("Farooq", "PERSON", "Imran Farooq")],
    ),
    (
        "He scored 30. Rookie Jaylen Brooks added 12.",
        [("Rookie Jaylen Brooks", "PERSON", "Rookie Jaylen Brooks")],
        [("Jaylen Brooks", "PERSON", "Jaylen Brooks")],
    ),
    # untouched: a given name first, a body's word, inside a sentence, no given name after an
    # ORG's opening word
    (
        "Grant Thornton Bharat said profits rose.",
        [("Grant Thornton Bharat", "PERSON", "Grant Thornton Bharat")],
        [("Grant Thornton Bharat", "PERSON", "Grant Thornton Bharat")],
    ),
    (
        "Queen Mary University said fees rose.",
        [("Queen Mary University", "ORG", "Queen Mary University")],
        [("Queen Mary University", "ORG", "Queen Mary University")],
    ),
    (
        "He said Striker Luca Moretti scored.",
        [("Striker Luca Moretti", "PERSON", "Striker Luca Moretti")],
        [("Striker Luca Moretti", "PERSON", "Striker Luca Moretti")],
    ),
    (
        "Coach Brightline Lisboa said.",
        [("Coach Brightline Lisboa", "ORG", "Coach Brightline Lisboa")],
        [("Coach Brightline Lisboa", "ORG", "Coach Brightline Lisboa")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), DEMONYM_PEOPLE + ROLE_OPENINGS)
def test_demonym_people(
    text: str, spans: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert demonyms(text, spans) == expected


def test_congress_typed_a_place(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "WASHINGTON, March 3 (Reuters) - The U.S. Supreme Court upheld a tariff law that "
        'Congress passed in May. "Congress has decided that the duty is needed," the justices '
        "wrote."
    )
    got = {(e.type, e.name) for e in run(text).entities}
    assert ("ORG", "United States Congress") in got
    assert ("GPE", "United States Congress") not in got


FOREIGN_ACRONYMS = [
    # a body's English name before the acronym of its own language: the acronym is that body
    (
        (
            "PARIS, May 2 (Reuters) - The General Confederation of Labour (CGT) called a strike. "
            "The CGT said 40,000 people marched."
        ),
        {
            "General Confederation of Labour": "General Confederation of Labour",
            "CGT": "General Confederation of Labour",
        },
    ),
    (
        (
            "Dockers of the Federation of Dutch Trade Unions (FNV) voted to strike. FNV official "
            "Anna de Wit said so."
        ),
        {
            "Federation of Dutch Trade Unions": "Federation of Dutch Trade Unions",
            "FNV": "Federation of Dutch Trade Unions",
        },
    ),
    (
        "The Party for Freedom (PVV) won 26 seats. The PVV led in the south.",
        {"Party for Freedom": "Party for Freedom", "PVV": "Party for Freedom"},
    ),
    # untouched: no body's word before the bracket (a person and a party, a movement)
    (
        "Jane Roe (SNP) won the seat in Leith on Friday.",
        {"Jane Roe": "Jane Roe"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN_ACRONYMS)
def test_foreign_acronyms(run, text: str, expected: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    got = {m.text: e.name for e in run(text).entities for m in e.mentions}
    assert {k: got.get(k) for k in expected} == expected


PLACES_COUNTRY = [
    # a text that names no country: the one country its places lie in titles its bodies
    (
        (
            "Cholera cases rose in Mombasa and Kisumu this week. The Ministry of Health said 40 "
            "people had died."
        ),
        "Ministry of Health",
        "Ministry of Health (Kenya)",
    ),
    (
        "Lawyers in Lahore and Karachi went on strike. The Supreme Court will hear the case.",
        "Supreme Court",
        "Supreme Court of Pakistan",
    ),
    (
        "Rain hit Lyon and Marseille. The Ministry of the Interior said 40 people left home.",
        "Ministry of the Interior",
        "Ministry of the Interior (France)",
    ),
    # untouched: places of two countries, one place only
    (
        "Cholera cases rose in Mombasa and Lahore. The Ministry of Health said 40 had died.",
        "Ministry of Health",
        "Ministry of Health",
    ),
    (
        "Cholera cases rose in Mombasa. The Ministry of Health said 40 had died.",
        "Ministry of Health",
        "Ministry of Health",
    ),
]


@pytest.mark.parametrize(("text", "written", "expected"), PLACES_COUNTRY)
def test_places_country(run, text: str, written: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    got = {m.text: e.name for e in run(text).entities for m in e.mentions}
    assert got.get(written) == expected
