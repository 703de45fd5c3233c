"""Teams of franchise leagues outside the four North American majors by town or nickname
(session 39, teams39; issue 13 names): in a document that reports one of the leagues of
``sports_teams_more.jsonl`` (a cue of it, or two of its sides in a result line that no other
league explains), an ORG mention whose words are one team's town or nickname that season is the
team's English Wikipedia title of that season; a town typed a place that plays is typed ORG
first; a league's acronym is the league where the text reports it by more than the acronym; a
league title NER cut in two is one mention. ``entities.leagues.team_names`` on mentions given as
NER types them, and the whole pipeline on a few texts. Invented texts; each rule with three new
cases and the cases beside it that must stay untouched (a town as a place, an NBA result, a
national team, a nickname in a wildlife story, a league of another country)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.franchises import SCORE, franchise_teams
from briefx.pipeline.entities.leagues import team_names
from briefx.records import Brief

Mark = tuple[str, str]  # (surface, type); the name is the surface


def named(text: str, marks: list[Mark], year: int | None) -> list[tuple[str, str, str]]:
    """Run ``team_names`` on the marked mentions for a document of season ``year``."""
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    ents = team_names(text, ents, year)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


CASES: list[tuple[str, int | None, list[Mark], list[str]]] = [
    # a 1996 wire result line: the 1996 titles (the Bears, Fitzroy)
    (
        (
            "Results of Australian Football League matches: Sydney 14.12 (96) Hawthorn 10.9 (69); "
            "Brisbane 13.14 (92) Fitzroy 9.8 (62)."
        ),
        1996,
        [("Sydney", "ORG"), ("Hawthorn", "ORG"), ("Brisbane", "ORG"), ("Fitzroy", "ORG")],
        [
            "Sydney Swans",
            "Hawthorn Football Club",
            "Brisbane Bears",
            "Fitzroy Football Club",
        ],
    ),
    # the same town today: the Lions
    (
        "Brisbane beat Carlton by 30 points in the AFL on Saturday.",
        2026,
        [("Brisbane", "ORG"), ("Carlton", "ORG"), ("AFL", "ORG")],
        ["Brisbane Lions", "Carlton Football Club", "Australian Football League"],
    ),
    # no date: today's titles
    (
        "Aussie rules: Geelong 12.10 (82) West Coast 8.8 (56).",
        None,
        [("Geelong", "ORG"), ("West Coast", "ORG")],
        ["Geelong Football Club", "West Coast Eagles"],
    ),
    # 1996 rugby league: the Warriors of Auckland, the Steelers
    (
        "ARL results: Canberra 24 Parramatta 10; Auckland 18 Illawarra 16.",
        1996,
        [
            ("ARL", "ORG"),
            ("Canberra", "ORG"),
            ("Parramatta", "ORG"),
            ("Auckland", "ORG"),
            ("Illawarra", "ORG"),
        ],
        [
            "Australian Rugby League",
            "Canberra Raiders",
            "Parramatta Eels",
            "New Zealand Warriors",
            "Illawarra Steelers",
        ],
    ),
    # no cue: two sides of one league meet in a result line (CFL of 1996)
    (
        "Calgary 31 Saskatchewan 24; Ottawa 14 Hamilton 35.",
        1996,
        [("Calgary", "ORG"), ("Saskatchewan", "ORG"), ("Ottawa", "ORG"), ("Hamilton", "ORG")],
        [
            "Calgary Stampeders",
            "Saskatchewan Roughriders",
            "Ottawa Rough Riders",
            "Hamilton Tiger-Cats",
        ],
    ),
    # must stay: the NHL has both Calgary and Edmonton (no cue: no league of this table)
    (
        "Calgary 3 Edmonton 2.",
        1996,
        [("Calgary", "ORG"), ("Edmonton", "ORG")],
        ["Calgary", "Edmonton"],
    ),
    # the same towns today: the Elks, the Redblacks
    (
        "Canadian football: Edmonton lost 27-17 to Ottawa on Saturday.",
        2026,
        [("Edmonton", "ORG"), ("Ottawa", "ORG")],
        ["Edmonton Elks", "Ottawa Redblacks"],
    ),
    # MLS of 1996 and of today
    (
        "MLS: Tampa Bay 3 Columbus 1; San Jose 1 Kansas City 2.",
        1996,
        [
            ("MLS", "ORG"),
            ("Tampa Bay", "ORG"),
            ("Columbus", "ORG"),
            ("San Jose", "ORG"),
            ("Kansas City", "ORG"),
        ],
        [
            "Major League Soccer",
            "Tampa Bay Mutiny",
            "Columbus Crew",
            "San Jose Earthquakes",
            "Sporting Kansas City",
        ],
    ),
    (
        "San Jose drew 1-1 with Portland in Major League Soccer.",
        2026,
        [("San Jose", "ORG"), ("Portland", "ORG"), ("Major League Soccer", "ORG")],
        ["San Jose Earthquakes", "Portland Timbers", "Major League Soccer"],
    ),
    # PBA, A-League, NBL, by nickname too
    (
        "San Miguel beat Magnolia 104-98 in the PBA; the Beermen lead the series.",
        2026,
        [("San Miguel", "ORG"), ("Magnolia", "ORG"), ("PBA", "ORG"), ("Beermen", "ORG")],
        [
            "San Miguel Beermen",
            "Magnolia Hotshots",
            "Philippine Basketball Association",
            "San Miguel Beermen",
        ],
    ),
    (
        "Wellington beat Perth Glory 2-0 in the A-League.",
        2026,
        [("Wellington", "ORG"), ("Perth Glory", "ORG"), ("A-League", "ORG")],
        ["Wellington Phoenix FC", "Perth Glory FC", "A-League"],
    ),
    (
        "Cairns lost 95-81 to Perth in the NBL on Friday.",
        2026,
        [("Cairns", "ORG"), ("Perth", "ORG"), ("NBL", "ORG")],
        ["Cairns Taipans", "Perth Wildcats", "National Basketball League (Australia)"],
    ),
    # European Super League of 1996
    (
        "Super League: Bradford 30 Warrington 12; Sheffield 18 Oldham 20.",
        1996,
        [("Bradford", "ORG"), ("Warrington", "ORG"), ("Sheffield", "ORG"), ("Oldham", "ORG")],
        ["Bradford Bulls", "Warrington Wolves", "Sheffield Eagles", "Oldham"],
    ),
    # a town typed a place that plays in a cued text is the team; a place stays
    (
        "Rugby league ladder: 1. Manly 42, 2. Brisbane 38. Rain in Cronulla delayed training.",
        1996,
        [("Manly", "ORG"), ("Brisbane", "GPE"), ("Cronulla", "GPE")],
        ["Manly Warringah Sea Eagles", "Brisbane Broncos", "Cronulla"],
    ),
    (
        "Canadian football: Calgary beat Toronto 30-20.",
        2026,
        [("Calgary", "GPE"), ("Toronto", "GPE")],
        ["Calgary Stampeders", "Toronto Argonauts"],
    ),
    # a league title NER cut in two is one mention
    (
        "Australian Football League: Essendon 10.10 (70) Richmond 9.9 (63).",
        2026,
        [
            ("Australian", "NORP"),
            ("Football League", "ORG"),
            ("Essendon", "ORG"),
            ("Richmond", "ORG"),
        ],
        ["Australian Football League", "Essendon Football Club", "Richmond Football Club"],
    ),
    # must stay: a town two teams of the reported leagues share names neither
    (
        "A-League: Melbourne 2 Sydney 1.",
        2026,
        [("Melbourne", "ORG"), ("Sydney", "ORG")],
        ["Melbourne", "Sydney FC"],
    ),
    (
        "Rugby league: the Broncos beat the Warriors 20-10.",
        2026,
        [("Broncos", "ORG"), ("Warriors", "ORG")],
        ["Broncos", "Warriors"],
    ),
    # must stay: no league reported (no cue, no result line of one league)
    (
        "Heavy rain flooded roads in Brisbane and Geelong on Monday.",
        2026,
        [("Brisbane", "GPE"), ("Geelong", "GPE")],
        ["Brisbane", "Geelong"],
    ),
    (
        "The Eagles nest in tall trees, and the Lions at the zoo were moved indoors.",
        2026,
        [("Eagles", "ORG"), ("Lions", "ORG")],
        ["Eagles", "Lions"],
    ),
    # must stay: an NHL line ("Toronto 4 Montreal 2" is one of the NHL's too)
    (
        "Toronto 4 Montreal 2.",
        2026,
        [("Toronto", "ORG"), ("Montreal", "ORG")],
        ["Toronto", "Montreal"],
    ),
    # must stay: an NBA result keeps the NBA's teams
    (
        "Toronto beat Miami 101-99 in the National Basketball Association.",
        2026,
        [("Toronto", "ORG"), ("Miami", "ORG"), ("National Basketball Association", "ORG")],
        ["Toronto Raptors", "Miami Heat", "National Basketball Association"],
    ),
    # must stay: a national team, a dateline's year, a test in a town
    (
        (
            "SYDNEY 1996-07-21 - Australia beat New Zealand 26-18 in a rugby league Test in "
            "Brisbane."
        ),
        1996,
        [("SYDNEY", "GPE"), ("Australia", "GPE"), ("New Zealand", "GPE"), ("Brisbane", "GPE")],
        ["SYDNEY", "Australia", "New Zealand", "Brisbane"],
    ),
    # must stay: another country's league of the same words
    (
        "Chinese Super League: Shanghai 2 Beijing 1; Bradford Council approved the plan.",
        2026,
        [("Shanghai", "ORG"), ("Beijing", "ORG"), ("Bradford", "ORG")],
        ["Shanghai", "Beijing", "Bradford"],
    ),
    # must stay: "AFL" alone with no team of it (the AFL-CIO's short name)
    (
        "The AFL said union members would vote on Monday.",
        2026,
        [("AFL", "ORG")],
        ["AFL"],
    ),
]


@pytest.mark.parametrize(("text", "year", "marks", "names"), CASES)
def test_franchise_teams(text: str, year: int | None, marks: list[Mark], names: list[str]) -> None:
    assert [n for _, _, n in named(text, marks, year)] == names


def test_retyped_town_is_org() -> None:
    got = named("Canadian football: Calgary beat Toronto 30-20.", [("Calgary", "GPE")], 2026)
    assert got == [("Calgary", "ORG", "Calgary Stampeders")]


@pytest.mark.parametrize(
    ("text", "hit"),
    [("Sydney 14.12 (96)", True), ("won 22-12", True), ("104-98", True), ("1996-07-21", False)],
)
def test_score(text: str, hit: bool) -> None:
    assert bool(SCORE.search(text)) == hit


def test_no_alias_no_scan() -> None:
    ents = [Ent(0, 5, "ORG", "Acme")]
    franchise_teams("Acme 3 Beta 1 in the AFL", ents, 2026)
    assert ents[0].name == "Acme"


PIPELINE = [
    (
        (
            "MELBOURNE, Aug 18 - Results of Australian Football League matches on Sunday: Sydney "
            "14.12 (96) Hawthorn 10.9 (69); West Coast 17.10 (112) Geelong 9.8 (62)."
        ),
        "1996-08-18",
        {"Sydney Swans", "Hawthorn Football Club", "West Coast Eagles", "Geelong Football Club"},
    ),
    (
        "Penrith beat Canberra 22-12 in the NRL on Friday night.",
        "2026-04-12",
        {"Penrith Panthers", "Canberra Raiders", "National Rugby League"},
    ),
    (
        "Calgary 24 Ottawa 21; Toronto 30 Montreal 28 (Canadian football, Saturday).",
        "2026-10-18",
        {"Calgary Stampeders", "Ottawa Redblacks", "Toronto Argonauts", "Montreal Alouettes"},
    ),
]


@pytest.mark.parametrize(("text", "ref", "want"), PIPELINE)
def test_pipeline(run: Callable[..., Brief], text: str, ref: str, want: set[str]) -> None:
    brief = run(text, reference_date=ref)
    assert want <= {e.name for e in brief.entities if e.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "marks", "names"),
    [
        # a dateline NER typed ORG is no team
        (
            "SYDNEY, Aug 18 - AFL results: Sydney 96 Hawthorn 69.",
            [("SYDNEY", "ORG"), ("Sydney", "ORG"), ("Hawthorn", "ORG")],
            ["SYDNEY", "Sydney Swans", "Hawthorn Football Club"],
        ),
        # a host town stays the city, a side beside a match verb is the team
        (
            "AFL: Melbourne hosted the grand final, and Geelong beat Carlton by 12 points.",
            [("Melbourne", "GPE"), ("Geelong", "GPE"), ("Carlton", "GPE")],
            ["Melbourne", "Geelong Football Club", "Carlton Football Club"],
        ),
        # sides of one line in different clauses: the score of their own clause
        (
            "Calgary and Saskatchewan were idle; the Argonauts won 24-20.",
            [("Calgary", "ORG"), ("Saskatchewan", "ORG")],
            ["Calgary", "Saskatchewan"],
        ),
    ],
)
def test_guards(text: str, marks: list[Mark], names: list[str]) -> None:
    assert [n for _, _, n in named(text, marks, 1996)] == names


# the four majors' older titles: a 1996 text of a league sports_teams.jsonl names
MAJOR_CASES: list[tuple[str, int | None, list[Mark], list[str]]] = [
    (
        "National Football League: Oakland 17 Houston 9; Washington 13 St. Louis 10.",
        1996,
        [("National Football League", "ORG"), ("Oakland", "ORG"), ("Houston", "ORG"),
         ("Washington", "ORG"), ("St. Louis", "ORG")],
        ["National Football League", "Las Vegas Raiders", "Tennessee Titans",
         "Washington Commanders", "Los Angeles Rams"],
    ),
    (
        "Major League Baseball: Cleveland 5 California 3; Florida 4 Montreal 2.",
        1996,
        [("Major League Baseball", "ORG"), ("Cleveland", "ORG"), ("California", "ORG"),
         ("Florida", "ORG"), ("Montreal", "ORG")],
        ["Major League Baseball", "Cleveland Guardians", "Los Angeles Angels", "Miami Marlins",
         "Montreal Expos"],
    ),
    (
        "National Hockey League: Hartford 3 Anaheim 2.",
        1996,
        [("National Hockey League", "ORG"), ("Hartford", "ORG"), ("Anaheim", "ORG")],
        ["National Hockey League", "Hartford Whalers", "Anaheim Ducks"],
    ),
    # must stay: today's titles today
    (
        "National Football League: Washington 13 Houston 10.",
        2026,
        [("National Football League", "ORG"), ("Washington", "ORG"), ("Houston", "ORG")],
        ["National Football League", "Washington Commanders", "Houston Texans"],
    ),
    (
        "Baseball: Cleveland 5 Pittsburgh 3.",
        2026,
        [("Cleveland", "ORG"), ("Pittsburgh", "ORG")],
        ["Cleveland Guardians", "Pittsburgh Pirates"],
    ),
    # must stay: a 1996 "Houston" where the NBA is reported too names no older title (the
    # name the majors' rule gave it stays)
    (
        "National Football League and National Basketball Association roundup: Houston won.",
        1996,
        [("National Football League", "ORG"), ("National Basketball Association", "ORG"),
         ("Houston", "ORG")],
        ["National Football League", "National Basketball Association", "Houston Rockets"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "marks", "names"), MAJOR_CASES)
def test_major_titles_of_season(
    text: str, year: int | None, marks: list[Mark], names: list[str]
) -> None:
    assert [n for _, _, n in named(text, marks, year)] == names
