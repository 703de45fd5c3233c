"""Clubs of handball, ice hockey, basketball and rugby union in Europe by their English
Wikipedia titles (session 39, sportclubs39; issue 13 names): copy that is one of those sports'
(``club_titles.copy_sport``) titles its sides by that sport's rows of
``models/club_titles.jsonl`` ("Kiel" in handball -> "THW Kiel"), not football's. Invented
texts; three new cases per sport and the cases beside them that must stay untouched (football
copy, copy of two sports or none, a town as a place, national sides)."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.club_titles import copy_sport
from briefx.pipeline.entities.leagues import team_names

Mark = tuple[str, str]  # (surface, type); the name is the surface


def named(text: str, marks: list[Mark]) -> list[str]:
    """Run ``team_names`` with every ORG mention a side of a match (tag "team")."""
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        tags = {"team"} if typ == "ORG" else set()
        ents.append(Ent(s, s + len(surface), typ, surface, tags=tags))
        pos = s + len(surface)
    team_names(text, ents)
    return [e.name for e in ents]


@pytest.mark.parametrize(
    ("text", "sport"),
    [
        ("HANDBALL - GERMAN LEAGUE RESULTS.\nKiel 27 Lemgo 22", "handball"),
        ("Flensburg's goalkeeper made 16 saves in the EHF Champions League.", "handball"),
        ("Davos beat Lugano 4-2 in the Swiss ice hockey league.", "ice hockey"),
        ("Panathinaikos beat Real Madrid 78-71 in the Euroleague.", "basketball"),
        ("RUGBY UNION - FRENCH CHAMPIONSHIP.\nToulouse 32 Brive 15", "rugby union"),
        ("Leinster's fly-half kicked 13 points.", "rugby union"),
        # no one sport: football's words, two sports, rugby league, no sport at all
        ("Kiel's striker was sent off for a handball in stoppage time.", None),
        ("Real Madrid's basketball and handball sides both won.", None),
        ("Wigan beat Leeds in rugby league's Super League, their fly-half said.", None),
        ("Toulouse will open a new tram line in 2028.", None),
    ],
)
def test_copy_sport(text: str, sport: str | None) -> None:
    assert copy_sport(text) == sport


@pytest.mark.parametrize(
    ("text", "marks", "want"),
    [
        (
            "HANDBALL - GERMAN LEAGUE RESULTS.\nKiel 27 Lemgo 22\nFlensburg 25 Magdeburg 25\n",
            [("Kiel", "ORG"), ("Lemgo", "ORG"), ("Flensburg", "ORG"), ("Magdeburg", "ORG")],
            ["THW Kiel", "TBV Lemgo", "SG Flensburg-Handewitt", "SC Magdeburg"],
        ),
        (
            "Veszprem beat Kielce 31-29 in the handball Champions League.",
            [("Veszprem", "ORG"), ("Kielce", "ORG")],
            ["Veszprém KC", "Industria Kielce"],
        ),
        (
            "Zurich beat Bern 5-3 in the Swiss ice hockey league; Frolunda lost at Farjestad.",
            [("Zurich", "ORG"), ("Bern", "ORG"), ("Frolunda", "ORG"), ("Farjestad", "ORG")],
            ["ZSC Lions", "SC Bern", "Frölunda HC", "Färjestad BK"],
        ),
        (
            "Real Madrid beat Unicaja 91-80 in the Spanish basketball league.",
            [("Real Madrid", "ORG"), ("Unicaja", "ORG")],
            ["Real Madrid Baloncesto", "Baloncesto Málaga"],
        ),
        (
            "Barcelona beat Zalgiris 80-74 in the Euroleague.",
            [("Barcelona", "ORG"), ("Zalgiris", "ORG")],
            ["FC Barcelona Bàsquet", "BC Žalgiris"],
        ),
        (
            "RUGBY UNION - FRENCH CHAMPIONSHIP.\nToulouse 32 Brive 15\nClermont 18 Toulon 20\n",
            [("Toulouse", "ORG"), ("Brive", "ORG"), ("Clermont", "ORG"), ("Toulon", "ORG")],
            ["Stade Toulousain", "CA Brive", "ASM Clermont Auvergne", "RC Toulon"],
        ),
        (
            "Saracens beat Leicester 24-22 in the rugby union Premiership.",
            [("Saracens", "ORG"), ("Leicester", "ORG")],
            ["Saracens F.C.", "Leicester Tigers"],
        ),
        (
            "ICE HOCKEY - SLOVAK LEAGUE RESULTS.\nMartin 3 Kosice 2\nSlovan Bratislava 4 Zvolen 1\n",
            [("Martin", "ORG"), ("Kosice", "ORG"), ("Slovan Bratislava", "ORG"), ("Zvolen", "ORG")],
            ["MHC Martin", "HC Košice", "HC Slovan Bratislava", "HKm Zvolen"],
        ),
        (
            "CSKA Moscow beat Dynamo Moscow 3-1 in the KHL.",
            [("CSKA Moscow", "ORG"), ("Dynamo Moscow", "ORG")],
            ["HC CSKA Moscow", "HC Dynamo Moscow"],
        ),
        # must stay: the football club of football copy, a club of no table of the sport,
        # a town in prose, national sides
        (
            "Kiel striker Tim Brandt scored in stoppage time against Bielefeld.",
            [("Kiel", "ORG"), ("Bielefeld", "ORG")],
            ["Holstein Kiel", "Arminia Bielefeld"],
        ),
        (
            "Real Madrid beat Valencia 2-0 in La Liga, the striker scoring twice.",
            [("Real Madrid", "ORG"), ("Valencia", "ORG")],
            ["Real Madrid CF", "Valencia CF"],
        ),
        (
            "Bologna beat Bamberg 80-77 in the Euroleague.",
            [("Bologna", "ORG"), ("Bamberg", "ORG")],
            ["Bologna", "Bamberg"],
        ),
        (
            "Germany beat Denmark 30-28 in a handball friendly in Kiel.",
            [("Germany", "GPE"), ("Denmark", "GPE"), ("Kiel", "GPE")],
            ["Germany", "Denmark", "Kiel"],
        ),
        (
            "Toulouse beat Lyon 2-1 in the league on Sunday.",
            [("Toulouse", "ORG"), ("Lyon", "ORG")],
            ["Toulouse FC", "Olympique Lyonnais"],
        ),
    ],
)
def test_sport_clubs(text: str, marks: list[Mark], want: list[str]) -> None:
    assert named(text, marks) == want


@pytest.mark.parametrize(
    ("text", "marks", "want"),
    [
        # one side the club table knows as a British club only, in copy with a football word
        (
            "Aston Villa beat Lyon 2-1 in the Europa League, their striker scoring twice.",
            [("Aston Villa", "ORG"), ("Lyon", "ORG")],
            ["Aston Villa F.C.", "Olympique Lyonnais"],
        ),
        (
            "Chelsea beat Benfica 3-1, midfielder Tom Reed scoring twice.",
            [("Chelsea", "ORG"), ("Benfica", "ORG")],
            ["Chelsea F.C.", "S.L. Benfica"],
        ),
        (
            "Everton's goalkeeper kept a clean sheet as they won at Feyenoord.",
            [("Everton", "ORG"), ("Feyenoord", "ORG")],
            ["Everton F.C.", "Feyenoord"],
        ),
        # must stay: no football word; another sport's word; a town several countries' clubs
        # open
        (
            "Chelsea beat Benfica 3-1 on Tuesday.",
            [("Chelsea", "ORG"), ("Benfica", "ORG")],
            ["Chelsea", "S.L. Benfica"],
        ),
        (
            "Rangers beat Bruins 3-2, their goalie making 30 saves after a free kick.",
            [("Rangers", "ORG"), ("Bruins", "ORG")],
            ["Rangers", "Bruins"],
        ),
        (
            "Newcastle beat Porto 2-0, their striker scoring twice.",
            [("Newcastle", "ORG"), ("Porto", "ORG")],
            ["Newcastle", "FC Porto"],
        ),
    ],
)
def test_one_british_side(text: str, marks: list[Mark], want: list[str]) -> None:
    assert named(text, marks) == want
