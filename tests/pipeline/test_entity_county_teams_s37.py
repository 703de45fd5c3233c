"""Teams named by their county (session 37, teams37; issue 13 names): in Gaelic games copy a
county typed ORG is "<County> county football team" or "<County> county hurling team", in county
cricket copy a first-class county is "<County> County Cricket Club"; a county typed as a place
that plays there (a score or a match verb beside it) is typed ORG. ``entities.county_teams`` on
mentions given as NER types them, and the whole pipeline on a few texts. Invented texts; each
rule with three new cases and the cases beside it that must stay untouched (a county as a place,
an English county outside cricket, a county in rugby or soccer copy, national sides)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.county_teams import GOALS_POINTS, county_teams
from briefx.pipeline.entities.leagues import team_names
from briefx.records import Brief

Mark = tuple[str, str]  # (surface, type); the name is the surface


def named(text: str, marks: list[Mark], whole: bool = False) -> list[tuple[str, str, str]]:
    """Run ``county_teams`` (or ``team_names`` with ``whole``) on the marked mentions."""
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        tags = {"team"} if whole and typ == "ORG" else set()  # sides, as the sports rules tag
        ents.append(Ent(s, s + len(surface), typ, surface, tags=tags))
        pos = s + len(surface)
    if whole:
        ents = team_names(text, ents)
    else:
        county_teams(text, ents)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


CASES: list[tuple[str, list[Mark], list[str]]] = [
    # Gaelic football: a cue of Gaelic games and the word football
    (
        "Kerry beat Dublin by 1-18 to 0-17 in the All-Ireland football final.",
        [("Kerry", "ORG"), ("Dublin", "ORG")],
        ["Kerry county football team", "Dublin county football team"],
    ),
    (
        "GAA football qualifiers: Tyrone 2-14 Mayo 1-13; Armagh 0-19 Donegal 0-16.",
        [("Tyrone", "ORG"), ("Mayo", "ORG"), ("Armagh", "ORG"), ("Donegal", "ORG")],
        [
            "Tyrone county football team",
            "Mayo county football team",
            "Armagh county football team",
            "Donegal county football team",
        ],
    ),
    # no cue of Gaelic games, but two Irish counties and goals-and-points scores
    (
        "Derry stayed top of the National Football League after a 0-15 to 0-11 win over Monaghan.",
        [("Derry", "ORG"), ("Monaghan", "ORG")],
        ["Derry county football team", "Monaghan county football team"],
    ),
    # hurling
    (
        "Hurling: Tipperary 1-27 Waterford 2-20; Clare 0-25 Cork 1-19.",
        [("Tipperary", "ORG"), ("Waterford", "ORG"), ("Clare", "ORG"), ("Cork", "ORG")],
        [
            "Tipperary county hurling team",
            "Waterford county hurling team",
            "Clare county hurling team",
            "Cork county hurling team",
        ],
    ),
    (
        "Kilkenny hurler Sean Walsh was sent off against Galway.",
        [("Kilkenny", "ORG"), ("Galway", "ORG")],
        ["Kilkenny county hurling team", "Galway county hurling team"],
    ),
    # both sports in one text: the cue nearest before each mention
    (
        "In the hurling, Limerick beat Cork. In the football, Kerry beat Meath by 2-15 to 0-12.",
        [("Limerick", "ORG"), ("Cork", "ORG"), ("Kerry", "ORG"), ("Meath", "ORG")],
        [
            "Limerick county hurling team",
            "Cork county hurling team",
            "Kerry county football team",
            "Meath county football team",
        ],
    ),
    # untouched: Gaelic games but no word of either sport
    (
        "The GAA fined Offaly and Laois for a brawl.",
        [("GAA", "ORG"), ("Offaly", "ORG"), ("Laois", "ORG")],
        ["GAA", "Offaly", "Laois"],
    ),
    # untouched: soccer scores are no goals and points; one county only
    (
        "Cork City beat Derry 2-1 in the League of Ireland football.",
        [("Cork City", "ORG"), ("Derry", "ORG"), ("League of Ireland", "ORG")],
        ["Cork City", "Derry", "League of Ireland"],
    ),
    # untouched: rugby, no Gaelic cue ("Munster" is a province, no county)
    (
        "Munster beat Leinster 28-17 in Cork on Saturday.",
        [("Munster", "ORG"), ("Leinster", "ORG"), ("Cork", "GPE")],
        ["Munster", "Leinster", "Cork"],
    ),
    # untouched: a county typed a place in Gaelic copy with no score or match verb beside it
    (
        "Rain fell in Kerry before the All-Ireland hurling final.",
        [("Kerry", "GPE")],
        ["Kerry"],
    ),
    # county cricket
    (
        "County Championship, day two: Yorkshire 345 and 120-3; Lancashire 298.",
        [("County Championship", "EVENT"), ("Yorkshire", "ORG"), ("Lancashire", "ORG")],
        ["County Championship", "Yorkshire County Cricket Club", "Lancashire County Cricket Club"],
    ),
    (
        "Surrey beat Somerset by an innings and 42 runs.",
        [("Surrey", "ORG"), ("Somerset", "ORG")],
        ["Surrey County Cricket Club", "Somerset County Cricket Club"],
    ),
    (
        "Essex 412-8 dec; Kent 187 (Morris 5-44). Essex won by an innings.",
        [("Essex", "ORG"), ("Kent", "ORG"), ("Morris", "PERSON"), ("Essex", "ORG")],
        [
            "Essex County Cricket Club",
            "Kent County Cricket Club",
            "Morris",
            "Essex County Cricket Club",
        ],
    ),
    # a county typed a place or a person that plays: typed ORG
    (
        "Glamorgan chased down 287 with four wickets in hand to beat Durham.",
        [("Glamorgan", "GPE"), ("Durham", "PERSON")],
        ["Glamorgan", "Durham County Cricket Club"],
    ),
    (
        "Warwickshire 178-6 beat Nottinghamshire 171-9 in the T20 Blast.",
        [("Warwickshire", "GPE"), ("Nottinghamshire", "ORG")],
        ["Warwickshire County Cricket Club", "Nottinghamshire County Cricket Club"],
    ),
    # untouched: an English county outside cricket, a county that is no first-class one, a
    # county typed a place in cricket copy with no score or match verb beside it
    (
        "Yorkshire and Lancashire will share money for flood defences.",
        [("Yorkshire", "ORG"), ("Lancashire", "ORG")],
        ["Yorkshire", "Lancashire"],
    ),
    (
        "Devon beat Cornwall by six wickets in the minor counties final.",
        [("Devon", "ORG"), ("Cornwall", "ORG")],
        ["Devon", "Cornwall"],
    ),
    (
        "Rain in Yorkshire washed out the cricket at Headingley.",
        [("Yorkshire", "GPE"), ("Headingley", "FAC")],
        ["Yorkshire", "Headingley"],
    ),
    # untouched: a county after a preposition of place, with a number after it
    (
        "After the hurling final in Cork 25 people were treated for heat stroke.",
        [("Cork", "GPE")],
        ["Cork"],
    ),
    # untouched: national sides are countries
    (
        "England beat Australia by five wickets.",
        [("England", "GPE"), ("Australia", "GPE")],
        ["England", "Australia"],
    ),
]


@pytest.mark.parametrize(("text", "marks", "names"), CASES)
def test_county_teams(text: str, marks: list[Mark], names: list[str]) -> None:
    assert [n for _, _, n in named(text, marks)] == names


def test_a_county_that_plays_is_an_org_and_keeps_its_type() -> None:
    got = named(
        "Warwickshire 178-6 beat Sussex by four wickets.",
        [("Warwickshire", "GPE"), ("Sussex", "LOC")],
    )
    assert [(t, n) for _, t, n in got] == [
        ("ORG", "Warwickshire County Cricket Club"),
        ("ORG", "Sussex County Cricket Club"),
    ]


def test_a_county_team_takes_no_club_suffix() -> None:
    """In copy from Britain a side would take " F.C." (``british_clubs``); a county's team
    keeps its own title."""
    text = "Armagh 0-19 Down 0-16 in the All-Ireland football qualifiers in Belfast."
    got = named(text, [("Armagh", "ORG"), ("Down", "ORG"), ("Belfast", "GPE")], whole=True)
    assert [n for _, _, n in got] == [
        "Armagh county football team",
        "Down county football team",
        "Belfast",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [("1-18", True), ("0-17", True), ("3-10", True), ("2-1", False), ("28-17", False)],
)
def test_goals_and_points(text: str, found: bool) -> None:
    assert bool(GOALS_POINTS.search(text)) is found


@pytest.mark.parametrize(
    ("text", "surface", "typ", "name"),
    [
        (
            "Kerry beat Dublin by 1-18 to 0-17 in the All-Ireland football final at Croke Park.",
            "Kerry",
            "ORG",
            "Kerry county football team",
        ),
        (
            "Surrey beat Somerset by an innings and 42 runs in the County Championship.",
            "Somerset",
            "ORG",
            "Somerset County Cricket Club",
        ),
        # must stay: the county as a place
        (
            "Storm Bram left 40,000 homes without power in Kerry on Friday, ESB Networks said.",
            "Kerry",
            "GPE",
            None,
        ),
    ],
)
def test_pipeline(
    run: Callable[..., Brief], text: str, surface: str, typ: str, name: str | None
) -> None:
    got = [
        (e.type, e.name) for e in run(text).entities if any(m.text == surface for m in e.mentions)
    ]
    assert got
    assert got[0][0] == typ
    if name:
        assert got[0][1] == name
    else:
        assert "team" not in got[0][1]
        assert "Club" not in got[0][1]


# Major League Baseball and the NFL (``leagues.team_names`` with the mayleasports rows)
LEAGUE_CASES: list[tuple[str, list[Mark], list[str]]] = [
    # the league named
    (
        "Major League Baseball results: Baltimore 5 Toronto 3; Seattle 7 Houston 2.",
        [
            ("Major League Baseball", "ORG"),
            ("Baltimore", "ORG"),
            ("Toronto", "ORG"),
            ("Seattle", "ORG"),
            ("Houston", "ORG"),
        ],
        [
            "Major League Baseball",
            "Baltimore Orioles",
            "Toronto Blue Jays",
            "Seattle Mariners",
            "Houston Astros",
        ],
    ),
    # the sport's name alone: baseball has one major league; capitals of a wire table
    (
        "BASEBALL - STANDINGS\nBALTIMORE 74 58\nTAMPA BAY 70 62\nST. LOUIS 68 64",
        [("BALTIMORE", "ORG"), ("TAMPA BAY", "ORG"), ("ST. LOUIS", "ORG")],
        ["Baltimore Orioles", "Tampa Bay Rays", "St. Louis Cardinals"],
    ),
    (
        "National Football League: Green Bay 27 Minnesota 20; Kansas City 31 Denver 17.",
        [
            ("National Football League", "ORG"),
            ("Green Bay", "ORG"),
            ("Minnesota", "ORG"),
            ("Kansas City", "ORG"),
            ("Denver", "ORG"),
        ],
        [
            "National Football League",
            "Green Bay Packers",
            "Minnesota Vikings",
            "Kansas City Chiefs",
            "Denver Broncos",
        ],
    ),
    # a place two teams share: the conference named nearest before it
    (
        (
            "Baseball standings. AMERICAN LEAGUE: NEW YORK 80 52, CHICAGO 70 62. "
            "NATIONAL LEAGUE: NEW YORK 75 57, CHICAGO 72 60."
        ),
        [("NEW YORK", "ORG"), ("CHICAGO", "ORG"), ("NEW YORK", "ORG"), ("CHICAGO", "ORG")],
        ["New York Yankees", "Chicago White Sox", "New York Mets", "Chicago Cubs"],
    ),
    # ... or the one conference the text names
    (
        "Baseball: Chicago beat Pittsburgh 6-2 to clinch a National League wild card.",
        [("Chicago", "ORG"), ("Pittsburgh", "ORG")],
        ["Chicago Cubs", "Pittsburgh Pirates"],
    ),
    # untouched: a shared place and no conference named
    (
        "Baseball: Los Angeles beat New York 4-2 on Tuesday.",
        [("Los Angeles", "ORG"), ("New York", "ORG")],
        ["Los Angeles", "New York"],
    ),
    # untouched: no league and no sport named
    (
        "Baltimore beat Toronto 5-3 on Sunday.",
        [("Baltimore", "ORG"), ("Toronto", "ORG")],
        ["Baltimore", "Toronto"],
    ),
    # untouched: a city typed a place in baseball copy
    (
        "The Baltimore city council approved a new baseball stadium.",
        [("Baltimore", "GPE")],
        ["Baltimore"],
    ),
    # untouched: Ireland's National Football League names no NFL team; the counties are Gaelic
    (
        "National Football League: Derry 0-15 Monaghan 0-11.",
        [("National Football League", "ORG"), ("Derry", "ORG"), ("Monaghan", "ORG")],
        ["National Football League", "Derry county football team", "Monaghan county football team"],
    ),
]


@pytest.mark.parametrize(("text", "marks", "names"), LEAGUE_CASES)
def test_league_teams_by_place(text: str, marks: list[Mark], names: list[str]) -> None:
    assert [n for _, _, n in named(text, marks, whole=True)] == names
