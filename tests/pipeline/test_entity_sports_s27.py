"""Sports copy, session 27 (issue 13, teams named by their town): a result inside a line
("Houston 112, Portland 104."), cricket scores with wickets and a second innings, two towns
either side of "v" with no score, and a town "at home to" another (``entities.sports``), on
spacy.blank("en") with the mentions given. Invented texts; each layout has three new cases and
cases that must stay untouched (a temperature, a vote count, an oil price, a census, a trade
match of countries)."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.entities.sports import teams
from tests.pipeline.conftest import ents_of

NLP = spacy.blank("en")
NLP.add_pipe("briefx_metadata")


def run(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = NLP(text)
    return [(text[e.start : e.end], e.type) for e in teams(doc, ents_of(text, spans))]


CASES = [
    # a result inside a line, with a sport, a league or a team's role in it
    ("Basketball: Houston 112, Portland 104. Both sides rested starters.",
     [("Houston", "GPE"), ("Portland", "GPE")], [("Houston", "ORG"), ("Portland", "ORG")]),
    ("Ice hockey: Winnipeg 4 Calgary 2. The goalie made 31 saves.",
     [("Winnipeg", "GPE"), ("Calgary", "GPE")], [("Winnipeg", "ORG"), ("Calgary", "ORG")]),
    ("Rugby: Leicester 24 Bath 19. Bath had a man sent off.",
     [("Leicester", "GPE"), ("Bath", "GPE"), ("Bath", "GPE")],
     [("Leicester", "ORG"), ("Bath", "ORG"), ("Bath", "ORG")]),
    # cricket: wickets and a second innings
    ("Cricket: Surrey 312 and 45-2; Kent 280. Surrey need 120 more runs.",
     [("Surrey", "GPE"), ("Kent", "GPE"), ("Surrey", "GPE")],
     [("Surrey", "ORG"), ("Kent", "ORG"), ("Surrey", "ORG")]),
    ("Cricket: Durham 401-8 dec; Essex 198 and 210. Durham won by an innings.",
     [("Durham", "GPE"), ("Essex", "GPE"), ("Durham", "GPE")],
     [("Durham", "ORG"), ("Essex", "ORG"), ("Durham", "ORG")]),
    # two towns either side of "v", no score needed
    ("Saturday's games: Brentford v Fulham and Burnley v Everton.",
     [("Brentford v Fulham", "ORG"), ("Burnley v Everton", "ORG")],
     [("Brentford", "ORG"), ("Fulham", "ORG"), ("Burnley", "ORG"), ("Everton", "ORG")]),
    ("Pick of the weekend: Leeds v Bristol at 3 p.m.",
     [("Leeds v Bristol", "GPE")], [("Leeds", "ORG"), ("Bristol", "ORG")]),
    # a town at home to another, after a result made the subject a team
    ("Baseball: Seattle 5, Detroit 3. Seattle are at home to Cleveland on Tuesday.",
     [("Seattle", "GPE"), ("Detroit", "GPE"), ("Seattle", "GPE"), ("Cleveland", "GPE")],
     [("Seattle", "ORG"), ("Detroit", "ORG"), ("Seattle", "ORG"), ("Cleveland", "ORG")]),
    # untouched: no sport in the line, countries, a figure after the second number
    ("Temperatures: Madrid 31, Seville 38. The heatwave lasts until Friday.",
     [("Madrid", "GPE"), ("Seville", "GPE")], [("Madrid", "GPE"), ("Seville", "GPE")]),
    ("Election results: Ohio 52, Texas 48. Turnout was high.",
     [("Ohio", "GPE"), ("Texas", "GPE")], [("Ohio", "GPE"), ("Texas", "GPE")]),
    ("Crude: Brent 82, Dubai 78. Prices rose in Vienna.",
     [("Dubai", "GPE"), ("Vienna", "GPE")], [("Dubai", "GPE"), ("Vienna", "GPE")]),
    ("Census: Leeds 812, Bradford 546 thousand residents.",
     [("Leeds", "GPE"), ("Bradford", "GPE")], [("Leeds", "GPE"), ("Bradford", "GPE")]),
    ("Trade talks: Canada v Mexico was the headline in Ottawa.",
     [("Canada", "GPE"), ("Mexico", "GPE"), ("Ottawa", "GPE")],
     [("Canada", "GPE"), ("Mexico", "GPE"), ("Ottawa", "GPE")]),
    ("Flights from Boston to Denver resumed on Monday.",
     [("Boston", "GPE"), ("Denver", "GPE")], [("Boston", "GPE"), ("Denver", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_towns_as_teams(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert run(text, spans) == expected
