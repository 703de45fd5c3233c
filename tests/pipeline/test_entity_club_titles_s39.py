"""Football clubs abroad by their English Wikipedia titles (session 39, clubs39; issue 13
names): in football copy a side whose name is a form of ``models/club_titles.jsonl`` takes the
club's title ("Bayern Munich" -> "FC Bayern Munich"); a town several clubs play in names one
only where the document titles exactly one of them. ``entities.leagues.team_names`` on
mentions given as the sports rules tag them, and the whole pipeline on a few texts. Invented
texts; each rule with three new cases and the cases beside it that must stay untouched (a town
as a place, national sides, British clubs, basketball and handball clubs, a full name the
document writes)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.club_titles import club_key, club_title
from briefx.pipeline.entities.leagues import team_names
from briefx.records import Brief

Mark = tuple[str, str]  # (surface, type); the name is the surface


def named(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """Run ``team_names`` with every ORG mention a side of a match (tag "team")."""
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        tags = {"team"} if typ == "ORG" and "League" not in surface else set()
        ents.append(Ent(s, s + len(surface), typ, surface, tags=tags))
        pos = s + len(surface)
    team_names(text, ents)
    return [(text[e.start : e.end], e.name) for e in ents]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Paris St. Germain", "paris st germain"),
        ("Brøndby", "brondby"),
        ("Bodø/Glimt", "bodo glimt"),
        ("BAYERN MUNICH", "bayern munich"),
        ("Saint-Étienne", "saint etienne"),
    ],
)
def test_club_key(name: str, key: str) -> None:
    assert club_key(name) == key


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Barcelona", "FC Barcelona"),
        ("Bayern Munich", "FC Bayern Munich"),
        ("Ajax", "AFC Ajax"),
        ("Benfica", "S.L. Benfica"),
        ("Milan", "AC Milan"),
        ("Marseille", "Olympique de Marseille"),
        ("Moenchengladbach", "Borussia Mönchengladbach"),
        ("ST ETIENNE", "AS Saint-Étienne"),
        ("FC Barcelona", "FC Barcelona"),
        # a club whose title is the name copy writes: its town alone
        ("Dortmund", "Borussia Dortmund"),
        # untouched: a shared town, a British club, a country
        ("Madrid", None),
        ("Lisbon", None),
        ("Leeds", None),
        ("Germany", None),
    ],
)
def test_club_title(name: str, title: str | None) -> None:
    assert club_title(name) == title


@pytest.mark.parametrize(
    ("text", "marks", "want"),
    [
        # results lines of the 1996 wire
        (
            (
                "SOCCER - SPANISH FIRST DIVISION RESULTS.\nBarcelona 3 Espanyol 1\n"
                "Hercules 0 Logrones 2\n"
            ),
            [("Barcelona", "ORG"), ("Espanyol", "ORG"), ("Hercules", "ORG"), ("Logrones", "ORG")],
            ["FC Barcelona", "RCD Espanyol", "Hércules CF", "CD Logroñés"],
        ),
        (
            (
                "SOCCER - GERMAN FIRST DIVISION RESULTS.\nHansa Rostock 1 Karlsruhe 1\n"
                "Fortuna Duesseldorf 0 Bayern Munich 2\n"
            ),
            [
                ("Hansa Rostock", "ORG"),
                ("Karlsruhe", "ORG"),
                ("Fortuna Duesseldorf", "ORG"),
                ("Bayern Munich", "ORG"),
            ],
            ["FC Hansa Rostock", "Karlsruher SC", "Fortuna Düsseldorf", "FC Bayern Munich"],
        ),
        # a match report, and a further mention of a titled side
        (
            "Ajax beat Utrecht 2-0 on Sunday. Ajax are three points clear.",
            [("Ajax", "ORG"), ("Utrecht", "ORG"), ("Ajax", "ORG")],
            ["AFC Ajax", "FC Utrecht", "AFC Ajax"],
        ),
        # the town in a text about the town (GPE) and a national side stay
        (
            "Marseille beat Lyon 2-1 in Marseille. France play Spain on Friday.",
            [("Marseille", "ORG"), ("Lyon", "ORG"), ("Marseille", "GPE"), ("France", "GPE")],
            ["Olympique de Marseille", "Olympique Lyonnais", "Marseille", "France"],
        ),
        # a shared town names the one club of it the document titles otherwise
        (
            "Sporting Lisbon drew 1-1 with Braga. Lisbon are fourth.",
            [("Sporting Lisbon", "ORG"), ("Braga", "ORG"), ("Lisbon", "ORG")],
            ["Sporting CP", "S.C. Braga", "Sporting CP"],
        ),
        # ... and none where it titles two of them
        (
            "Real Madrid 2 Atletico Madrid 2. Madrid had led twice.",
            [("Real Madrid", "ORG"), ("Atletico Madrid", "ORG"), ("Madrid", "ORG")],
            ["Real Madrid CF", "Atlético Madrid", "Madrid"],
        ),
        # the full name the document writes wins: "Sporting" after "Sporting Gijon"
        (
            "Sporting Gijon beat Oviedo 1-0. Sporting moved up to ninth.",
            [("Sporting Gijon", "ORG"), ("Oviedo", "ORG"), ("Sporting", "ORG")],
            ["Sporting de Gijón", "Real Oviedo", "Sporting de Gijón"],
        ),
        # basketball and handball clubs that share a football club's name take their own
        # sport's titles, not the football club's (sportclubs39)
        (
            "BASKETBALL - EUROLEAGUE RESULTS.\nBarcelona 91 Panathinaikos 88\n",
            [("Barcelona", "ORG"), ("Panathinaikos", "ORG")],
            ["FC Barcelona Bàsquet", "Panathinaikos B.C."],
        ),
        (
            "Aalborg beat Kiel 31-29 in the handball Champions League.",
            [("Aalborg", "ORG"), ("Kiel", "ORG")],
            ["Aalborg Håndbold", "THW Kiel"],
        ),
        # untouched: British clubs keep their own rule ("F.C."), beside a club abroad
        (
            "Everton beat Ajax 2-1 in the Premier League on Saturday.",
            [("Everton", "ORG"), ("Ajax", "ORG"), ("Premier League", "ORG")],
            ["Everton F.C.", "AFC Ajax", "Premier League"],
        ),
    ],
)
def test_team_names_titles(text: str, marks: list[Mark], want: list[str]) -> None:
    assert [name for _, name in named(text, marks)] == want


def test_not_a_side_untouched() -> None:
    """An ORG mention the sports rules made no side keeps its name."""
    text = "Lyon airport opened a new terminal."
    ents = [Ent(0, 4, "ORG", "Lyon")]
    team_names(text, ents)
    assert ents[0].name == "Lyon"


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Results of Italian first division matches on Sunday:\nJuventus 2 Cagliari 0\n",
            "Cagliari",
            "Cagliari Calcio",
        ),
        (
            "Benfica beat Porto 2-1 in Lisbon on Sunday to go top of the league.",
            "Benfica",
            "S.L. Benfica",
        ),
        ("Benfica beat Porto 2-1 in Lisbon on Sunday to go top of the league.", "Lisbon", "Lisbon"),
        (
            "The mayor of Marseille opened a new tram line in Marseille on Thursday.",
            "Marseille",
            "Marseille",
        ),
    ],
)
def test_pipeline(run: Callable[..., Brief], text: str, mention: str, name: str) -> None:
    names = {m.text: e.name for e in run(text).entities for m in e.mentions}
    assert names.get(mention) == name


@pytest.mark.parametrize(
    ("text", "marks", "want"),
    [
        # a club no layout made a side, in copy whose sides the table titles
        (
            "Lazio beat Roma 2-0. Their striker joined from Napoli in May.",
            [("Lazio", "ORG"), ("Roma", "ORG"), ("Napoli", "")],
            ["SS Lazio", "AS Roma", "SSC Napoli"],
        ),
        (
            "Porto beat Braga 3-1. The coach left Benfica last year.",
            [("Porto", "ORG"), ("Braga", "ORG"), ("Benfica", "")],
            ["FC Porto", "S.C. Braga", "S.L. Benfica"],
        ),
        # untouched: no side of the table titled (the sides are British)
        (
            "Everton beat Fulham 2-0 in the Premier League. Their striker came from Ajax.",
            [("Everton", "ORG"), ("Fulham", "ORG"), ("Premier League", "ORG"), ("Ajax", "")],
            ["Everton F.C.", "Fulham F.C.", "Premier League", "Ajax"],
        ),
        # untouched: a firm's name in business copy with no side
        (
            "Shares in Lyon rose 3% after the results.",
            [("Lyon", "")],
            ["Lyon"],
        ),
    ],
)
def test_other_clubs_of_titled_copy(text: str, marks: list[Mark], want: list[str]) -> None:
    ents, pos = [], 0
    for surface, side in marks:
        s = text.index(surface, pos)
        tags = {"team"} if side and "League" not in surface else set()
        ents.append(Ent(s, s + len(surface), "ORG", surface, tags=tags))
        pos = s + len(surface)
    team_names(text, ents)
    assert [e.name for e in ents] == want
