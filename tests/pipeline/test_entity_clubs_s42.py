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

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.club_titles import british_title, club_title
from briefx.pipeline.entities.leagues import team_names

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
