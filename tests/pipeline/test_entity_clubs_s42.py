"""British clubs by their titles, the football sections' titles, and clubs' types in result lines
(session 42, clubs42; issue 13 names and types).

- ``club_titles.british_title``: the club table's rows of Great Britain give a British club's
  English Wikipedia title, which is not always "<name> F.C." ("Sunderland A.F.C.", "Heart of
  Midlothian F.C." for "Hearts"), with the seasons of a title a later club took
  ("Airdrieonians F.C. (1878)" until 2002);
- ``leagues.british_clubs``: British football copy titles its sides by that table, and a
  name no table knows keeps its written name (no guessed "Wolves F.C.", "Raith F.C.",
  "Manchester F.C."); its other ORG mentions the table knows by their whole names follow;
- ``people._people_named_as_orgs``: a side read off a result line (tag "team") whose first
  word is a given name ("Spartak Moscow") is no person;
- ``sports._club_word``: a club of the titles table whose name is no place ("Zalgiris") is a
  club's name in a sentence about sport.
Invented texts; each rule with three new cases and the cases beside it that must stay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.club_titles import british_title, club_title, titled_club
from briefx.pipeline.entities.leagues import team_names
from briefx.records import Brief

Mark = tuple[str, str]  # (surface, type); the name is the surface


def named(text: str, marks: list[Mark], year: int | None = None) -> list[tuple[str, str]]:
    """Run ``team_names`` with every ORG mention a side of a match (tag "team") but those
    marked "ORG-" (an ORG no layout made a side)."""
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        side = typ == "ORG" and "League" not in surface
        ents.append(
            Ent(s, s + len(surface), typ.rstrip("-"), surface, tags={"team"} if side else set())
        )
        pos = s + len(surface)
    team_names(text, ents, year)
    return [(text[e.start : e.end], e.name) for e in ents]


@pytest.mark.parametrize(
    ("name", "year", "title"),
    [
        ("Hearts", None, "Heart of Midlothian F.C."),
        ("Sunderland", None, "Sunderland A.F.C."),
        ("Wolves", None, "Wolverhampton Wanderers F.C."),
        ("Spurs", None, "Tottenham Hotspur F.C."),
        ("Huddersfield", None, "Huddersfield Town A.F.C."),
        ("AFC Bournemouth", None, "AFC Bournemouth"),
        ("QPR", None, "Queens Park Rangers F.C."),
        # a title of the season
        ("Airdrieonians", 1996, "Airdrieonians F.C. (1878)"),
        ("Airdrieonians", 2024, "Airdrieonians F.C."),
        ("Wimbledon", 1996, "Wimbledon F.C."),
        ("Wimbledon", 2024, "AFC Wimbledon"),
        # untouched: a season no title of the name holds, a town of two clubs, a club abroad
        ("Airdrieonians", 2008, None),
        ("Manchester", None, None),
        ("Sheffield", None, None),
        ("Newcastle", None, None),
        ("Real Madrid", None, None),
    ],
)
def test_british_title(name: str, year: int | None, title: str | None) -> None:
    assert british_title(name, year) == title


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Galatasaray", "Galatasaray S.K. (football)"),
        ("Fenerbahce", "Fenerbahçe S.K. (football)"),
        ("Kasimpasa", "Kasımpaşa S.K."),
        ("APOEL", "APOEL FC"),
        ("Anorthosis", "Anorthosis Famagusta FC"),
        ("Omonia", "AC Omonia"),
        ("Panionios", "Panionios F.C."),
        # untouched: names of two clubs ("AEL" of Limassol and of Larissa), British clubs (their
        # rows answer british_title only)
        ("AEL", None),
        ("Apollon", None),
        ("Sunderland", None),
        ("Hearts", None),
    ],
)
def test_club_title(name: str, title: str | None) -> None:
    assert club_title(name) == title


@pytest.mark.parametrize(
    ("text", "marks", "year", "want"),
    [
        # the table's title, not the name with " F.C."
        (
            ("Results of English premier league matches on Saturday:\nSunderland 0 Leicester 0\n"
            "Hull 2 Swansea 1\n"),
            [("Sunderland", "ORG"), ("Leicester", "ORG"), ("Hull", "ORG"), ("Swansea", "ORG")],
            1996,
            ["Sunderland A.F.C.", "Leicester City F.C.", "Hull City A.F.C.", "Swansea City A.F.C."],
        ),
        (
            "Scottish Premiership: Hearts 1 Hibs 2. The striker scored twice.",
            [("Scottish Premiership", "ORG"), ("Hearts", "ORG"), ("Hibs", "ORG")],
            2025,
            ["Scottish Premiership", "Heart of Midlothian F.C.", "Hibernian F.C."],
        ),
        (
            "Premier League: Wolves 2 Ipswich 0; Spurs 1 Brentford 3.",
            [("Premier League", "ORG"), ("Wolves", "ORG"), ("Ipswich", "ORG"),
             ("Spurs", "ORG"), ("Brentford", "ORG")],
            2025,
            ["Premier League", "Wolverhampton Wanderers F.C.", "Ipswich Town F.C.",
             "Tottenham Hotspur F.C.", "Brentford F.C."],
        ),
        # the season's title of a club wound up
        (
            "Scottish Cup: Airdrieonians 2 Clydebank 1. The striker scored twice.",
            [("Scottish Cup", "ORG"), ("Airdrieonians", "ORG"), ("Clydebank", "ORG")],
            1996,
            ["Scottish Cup", "Airdrieonians F.C. (1878)", "Clydebank F.C. (1965)"],
        ),
        # an ORG no layout made a side, in copy whose sides the table titles
        (
            "Premier League: Everton 1 Fulham 0. Hibs manager Tom Carr watched.",
            [("Premier League", "ORG"), ("Everton", "ORG"), ("Fulham", "ORG"), ("Hibs", "ORG-")],
            2025,
            ["Premier League", "Everton F.C.", "Fulham F.C.", "Hibernian F.C."],
        ),
        # untouched: a name no table knows keeps its written name (no guessed suffix); a club
        # the F.C. rule knows by FBref keeps its "F.C." title
        (
            "Premier League: Gunnersbury 1 Everton 0.",
            [("Premier League", "ORG"), ("Gunnersbury", "ORG"), ("Everton", "ORG")],
            2025,
            ["Premier League", "Gunnersbury", "Everton F.C."],
        ),
        # untouched: rugby copy from Britain, a town in prose, a national side
        (
            "LONDON - Bath beat Leicester 24-19; the fly-half kicked six penalties.",
            [("LONDON", "GPE"), ("Bath", "ORG"), ("Leicester", "ORG")],
            2025,
            ["LONDON", "Bath Rugby", "Leicester Tigers"],
        ),
        (
            "Premier League: Sunderland 1 Everton 0. Sunderland city council met on Monday.",
            [("Premier League", "ORG"), ("Sunderland", "ORG"), ("Everton", "ORG"),
             ("Sunderland", "GPE")],
            2025,
            ["Premier League", "Sunderland A.F.C.", "Everton F.C.", "Sunderland"],
        ),
        (
            "Premier League: Everton 1 Fulham 0. Scotland beat Wales 2-0.",
            [("Premier League", "ORG"), ("Everton", "ORG"), ("Fulham", "ORG"),
             ("Scotland", "GPE"), ("Wales", "GPE")],
            2025,
            ["Premier League", "Everton F.C.", "Fulham F.C.", "Scotland", "Wales"],
        ),
    ],
)  # fmt: skip
def test_british_clubs(text: str, marks: list[Mark], year: int, want: list[str]) -> None:
    assert [name for _, name in named(text, marks, year)] == want


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("Zalgiris", True),
        ("Hibs", True),
        ("Kiel", True),
        ("Galatasaray", True),
        ("Harbour", False),
        ("Gunnersbury", False),
    ],
)
def test_titled_club(name: str, known: bool) -> None:
    assert titled_club(name) is known


@pytest.mark.parametrize(
    ("text", "reference_date", "mention", "typ", "name"),
    [
        # a side of a result line whose first word is a given name is no person
        (
            (
                "SOCCER - RUSSIAN PREMIER LEAGUE RESULTS.\nMOSCOW 1996-10-06\nResults of Russian "
                "premier league matches on Sunday:\nSpartak Moscow 2 Alania Vladikavkaz 1\n"
                "Rotor Volgograd 1 Lokomotiv Moscow 0\nCSKA Moscow 3 Torpedo Moscow 1\n"
            ),
            "1996-10-07",
            "Spartak Moscow",
            "ORG",
            "FC Spartak Moscow",
        ),
        (
            (
                "SOCCER - RUSSIAN PREMIER LEAGUE RESULTS.\nMOSCOW 1996-10-06\nResults of Russian "
                "premier league matches on Sunday:\nSpartak Moscow 2 Alania Vladikavkaz 1\n"
                "Rotor Volgograd 1 Lokomotiv Moscow 0\nCSKA Moscow 3 Torpedo Moscow 1\n"
            ),
            "1996-10-07",
            "MOSCOW",
            "GPE",
            "Moscow",
        ),
        (
            (
                "SOCCER - CZECH FIRST DIVISION RESULTS.\nPRAGUE 1996-10-06\nResults of Czech first "
                "division matches on Sunday:\nViktoria Plzen 2 Sigma Olomouc 1\n"
                "Slavia Prague 1 Viktoria Zizkov 1\n"
            ),
            "1996-10-07",
            "Viktoria Plzen",
            "ORG",
            "FC Viktoria Plzeň",
        ),
        # a club of the titles table typed a place, in a sentence about sport
        (
            (
                "Panathinaikos beat Olympiacos 84-79 in the EuroLeague on Friday. Real Madrid lost "
                "91-80 in Kaunas to Zalgiris."
            ),
            "2025-04-14",
            "Zalgiris",
            "ORG",
            "BC Žalgiris",
        ),
        # must stay: the town the match was played in; a district of the name in prose
        (
            (
                "Panathinaikos beat Olympiacos 84-79 in the EuroLeague on Friday. Real Madrid lost "
                "91-80 in Kaunas to Zalgiris."
            ),
            "2025-04-14",
            "Kaunas",
            "GPE",
            "Kaunas",
        ),
        (
            (
                "The new bridge in Kaunas opened on Friday, and the mayor of Zalgiris district "
                "attended."
            ),
            "2025-04-14",
            "Zalgiris",
            "GPE",
            "Zalgiris District",
        ),
        # must stay: British towns in prose
        (
            (
                "Sunderland city council approved a new flood defence scheme on Thursday, and "
                "councillors in Swansea said the plans would be studied."
            ),
            "2025-05-18",
            "Swansea",
            "GPE",
            "Swansea",
        ),
    ],
)
def test_pipeline(
    run: Callable[..., Brief], text: str, reference_date: str, mention: str, typ: str, name: str
) -> None:
    found = {
        m.text: (e.type, e.name) for e in run(text, reference_date).entities for m in e.mentions
    }
    assert found.get(mention) == (typ, name)
