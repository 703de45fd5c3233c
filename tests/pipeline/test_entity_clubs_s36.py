"""A club named by its town, by its full name (session 36, clubs23; issue 13 names): a British
side named by its town alone takes the full name of the one senior British club of
``models/clubs.jsonl`` that the town opens ("Leeds" -> "Leeds United F.C."), where the table
gives one or the document's other clubs pick one; copy whose known sides are British clubs only
is British football copy. ``entities.clubs.town_club`` and ``entities.leagues.british_clubs``
on mentions given as the sports rules tag them. Invented texts; each rule with three new
cases and the cases beside it that must stay untouched (a club named by its town's own name, a
town of two senior clubs, youth and women's sides, clubs abroad, national sides, rugby)."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.clubs import club_countries, club_league, town_club
from briefx.pipeline.entities.leagues import british_clubs, full_names

Mark = tuple[str, str]  # (surface, type); the name is the surface


def titles(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """Name the sides as ``leagues.team_names`` does, every ORG mention a side of a match."""
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        tags = {"team"} if typ == "ORG" and "League" not in surface else set()
        ents.append(Ent(s, s + len(surface), typ, surface, tags=tags))
        pos = s + len(surface)
    full_names(ents)
    british_clubs(ents, text)
    return [(text[e.start : e.end], e.name) for e in ents]


@pytest.mark.parametrize(
    ("word", "leagues", "club"),
    [
        ("Leeds", frozenset(), "leeds united"),
        ("Blackburn", frozenset(), "blackburn rovers"),
        ("Derby", frozenset(), "derby county"),
        # several clubs of the town: the Australian, and one of no competition, are not British
        ("Newcastle", frozenset(), "newcastle united"),
        # FBref's "hull city" and "hull city afc" are one club
        ("Hull", frozenset(), "hull city"),
        # FBref's "brighton hove albion" and "brighton & hove albion" are one club, written with
        # its "&"
        ("Brighton", frozenset(), "brighton & hove albion"),
        # untouched: two senior British clubs of the town, one of no competition
        ("Ipswich", frozenset(), None),
        # untouched: the town is a club's whole name ("Fulham", "Sunderland")
        ("Fulham", frozenset(), None),
        ("Sunderland", frozenset(), None),
        # untouched: two senior British clubs and nothing to pick one
        ("Manchester", frozenset(), None),
        ("Sheffield", frozenset(), None),
        # a word that ends a club's name is no town ("Forest" of "Nottingham Forest")
        ("Forest", frozenset(), None),
        ("City", frozenset(), None),
        # a club's whole name is no town
        ("Leeds United", frozenset(), None),
    ],
)
def test_town_club(word: str, leagues: frozenset[str], club: str | None) -> None:
    assert town_club(word, "GB", leagues) == club


def test_town_club_abroad() -> None:
    """Clubs of another country are never picked; among several of one country, the one in the
    competition of another club the document names ("newcastle jets" in FBref's A-League id
    beside the other Australian clubs of the town's name)."""
    assert town_club("Newcastle", "AU") is None
    jets = club_league("newcastle jets")
    assert jets
    assert town_club("Newcastle", "AU", frozenset({jets})) == "newcastle jets"
    assert town_club("Leeds", "DE") is None


@pytest.mark.parametrize(
    ("word", "countries"),
    [
        ("Blackburn", {"GB"}),
        ("Leeds United", {"GB"}),
        ("Schalke 04", {"DE"}),
        ("Rotterdam Port Authority", set()),
    ],
)
def test_club_countries(word: str, countries: set[str]) -> None:
    assert club_countries(word) == countries


CASES = [
    # a town stands for its one senior British club, in British copy (a British competition)
    ("Premier League: Everton 1 Newcastle 3.",
     [("Premier League", "ORG"), ("Everton", "ORG"), ("Newcastle", "ORG")],
     [("Premier League", "Premier League"), ("Everton", "Everton F.C."),
      ("Newcastle", "Newcastle United F.C.")]),
    (("Derby drew 1-1 with Stoke in the Championship; the striker scored in stoppage time. "
     "LONDON is cold."),
     [("Derby", "ORG"), ("Stoke", "ORG"), ("LONDON", "GPE")],
     [("Derby", "Derby County F.C."), ("Stoke", "Stoke City F.C."), ("LONDON", "LONDON")]),
    # copy whose sides the table knows as British clubs only is British copy
    ("Leeds beat Blackburn 2-1 on Saturday.",
     [("Leeds", "ORG"), ("Blackburn", "ORG")],
     [("Leeds", "Leeds United F.C."), ("Blackburn", "Blackburn Rovers F.C.")]),
    ("Hull won 3-0 at Birmingham.",
     [("Hull", "ORG"), ("Birmingham", "ORG")],
     [("Hull", "Hull City A.F.C."), ("Birmingham", "Birmingham City F.C.")]),
    ("Sunderland beat Derby 3-1.",
     [("Sunderland", "ORG"), ("Derby", "ORG")],
     [("Sunderland", "Sunderland A.F.C."), ("Derby", "Derby County F.C.")]),
    # untouched: a town of two senior British clubs with nothing to pick one (no guessed
    # "Manchester F.C." either; session 42)
    ("Premier League: Manchester 2 Fulham 0.",
     [("Premier League", "ORG"), ("Manchester", "ORG"), ("Fulham", "ORG")],
     [("Premier League", "Premier League"), ("Manchester", "Manchester"),
      ("Fulham", "Fulham F.C.")]),
    # untouched: one side known, no British competition or place (not enough evidence)
    ("Blackburn won 2-0.", [("Blackburn", "ORG")], [("Blackburn", "Blackburn")]),
    # untouched: clubs abroad, national sides, rugby copy
    ("Schalke lost 2-0 at Hansa Rostock.",
     [("Schalke", "ORG"), ("Hansa Rostock", "ORG")],
     [("Schalke", "Schalke"), ("Hansa Rostock", "Hansa Rostock")]),
    ("Valencia beat Getafe 1-0 and Sevilla drew with Villarreal.",
     [("Valencia", "ORG"), ("Getafe", "ORG"), ("Sevilla", "ORG"), ("Villarreal", "ORG")],
     [("Valencia", "Valencia"), ("Getafe", "Getafe"), ("Sevilla", "Sevilla"),
      ("Villarreal", "Villarreal")]),
    ("England beat Wales 2-0 at Wembley.",
     [("England", "GPE"), ("Wales", "GPE")], [("England", "England"), ("Wales", "Wales")]),
    ("Leeds beat Wigan 24-10; the fly-half kicked six goals.",
     [("Leeds", "ORG"), ("Wigan", "ORG")], [("Leeds", "Leeds"), ("Wigan", "Wigan")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), CASES)
def test_british_town_clubs(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert titles(text, marks) == want


SHORT = [
    # the first words of one senior British club's name stand for it
    ("Premier League: West Ham 2 Everton 1.",
     [("Premier League", "ORG"), ("West Ham", "ORG"), ("Everton", "ORG")],
     [("Premier League", "Premier League"), ("West Ham", "West Ham United F.C."),
      ("Everton", "Everton F.C.")]),
    ("Premier League: West Bromwich 0 Fulham 0.",
     [("Premier League", "ORG"), ("West Bromwich", "ORG"), ("Fulham", "ORG")],
     [("Premier League", "Premier League"), ("West Bromwich", "West Bromwich Albion F.C."),
      ("Fulham", "Fulham F.C.")]),
    ("Premier League: Aston Villa 1 Wolves 1.",
     [("Premier League", "ORG"), ("Aston Villa", "ORG"), ("Wolves", "ORG")],
     [("Premier League", "Premier League"), ("Aston Villa", "Aston Villa F.C."),
      ("Wolves", "Wolverhampton Wanderers F.C.")]),
    # untouched and no invented title: a club the table knows abroad only, in British copy
    ("Premier League: Everton 1 Fulham 0. In Norway, Molde beat Brann 2-0.",
     [("Premier League", "ORG"), ("Everton", "ORG"), ("Fulham", "ORG"), ("Norway", "GPE"),
      ("Molde", "ORG"), ("Brann", "ORG")],
     [("Premier League", "Premier League"), ("Everton", "Everton F.C."),
      ("Fulham", "Fulham F.C."), ("Norway", "Norway"), ("Molde", "Molde"),
      ("Brann", "Brann")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), SHORT)
def test_short_forms(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert titles(text, marks) == want
