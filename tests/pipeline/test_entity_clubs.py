"""Clubs and teams by knowledge (session 28, types15; issue 13, teams named by their town): a
name the club tables know (``models/clubs.jsonl`` from sportsipy's FBref names, the NBA/NHL
aliases of ``models/sports_teams.jsonl``, or a town of a longer club name) in a sentence about
sport is the club (``entities.clubs``, ``entities.sports.known_clubs``), on spacy.blank("en")
with the mentions given. Invented texts; each evidence has three new cases, and the same towns
as places must stay untouched (a dateline, "in X", "born in", "the port of", "X-based", a
model number, no sport in the sentence, a country)."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.entities.clubs import known_club
from briefx.pipeline.entities.sports import teams
from tests.pipeline.conftest import ents_of

NLP = spacy.blank("en")
NLP.add_pipe("briefx_metadata")


def run(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = NLP(text)
    return [(text[e.start : e.end], e.type) for e in teams(doc, ents_of(text, spans))]


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("Groningen", True),  # a club's name
        ("GRONINGEN", True),
        ("Bayer Leverkusen", True),
        ("Leverkusen", True),  # the town of a longer club name
        ("Edmonton", True),  # an NHL team's place (sports_teams.jsonl)
        ("City", False),  # a club's last word, no town
        ("Rotterdam Port Authority", False),
    ],
)
def test_known_club(word: str, known: bool) -> None:
    assert known_club(word) is known


CASES = [
    # a team's role next to the name
    ("Twente's striker Luuk Hoeve scored twice.",
     [("Twente", "GPE"), ("Luuk Hoeve", "PERSON")], [("Twente", "ORG"), ("Luuk Hoeve", "PERSON")]),
    ("The Edmonton goalie stopped 40 shots.", [("Edmonton", "GPE")], [("Edmonton", "ORG")]),
    ("Leverkusen defender Jan Weber praised the crowd.",
     [("Leverkusen", "LOC"), ("Jan Weber", "PERSON")],
     [("Leverkusen", "ORG"), ("Jan Weber", "PERSON")]),
    # a result's verb before its opponent; the name then stands for the club in the document
    ("Lyon beat Nantes on Sunday. Lyon climbed to fifth.",
     [("Lyon", "GPE"), ("Nantes", "GPE"), ("Lyon", "GPE")],
     [("Lyon", "ORG"), ("Nantes", "ORG"), ("Lyon", "ORG")]),
    ("Sevilla sacked coach Ana Ruiz after a 3-0 defeat. Sevilla had gone five games without a win.",
     [("Sevilla", "GPE"), ("Ana Ruiz", "PERSON"), ("Sevilla", "GPE")],
     [("Sevilla", "ORG"), ("Ana Ruiz", "PERSON"), ("Sevilla", "ORG")]),
    ("Utrecht drew with Heerenveen at home.",
     [("Utrecht", "GPE"), ("Heerenveen", "LOC")], [("Utrecht", "ORG"), ("Heerenveen", "ORG")]),
    # a club NER left out, in a sentence about sport
    ("Groningen signed midfielder Sem Vos on Monday.",
     [("Sem Vos", "PERSON")], [("Groningen", "ORG"), ("Sem Vos", "PERSON")]),
    ("Getafe fired manager Luis Prat after a 4-1 defeat.",
     [("Luis Prat", "PERSON")], [("Getafe", "ORG"), ("Luis Prat", "PERSON")]),
    ("Calgary beat Winnipeg in overtime.",
     [("Winnipeg", "GPE")], [("Calgary", "ORG"), ("Winnipeg", "ORG")]),
    # untouched: a place's sense, a dateline, a country, no sport in the sentence
    ("The port of Valencia handled more boxes, said the football club's chairman.",
     [("Valencia", "GPE")], [("Valencia", "GPE")]),
    ("Born in Groningen, striker Sem Vos moved to Spain.",
     [("Groningen", "GPE"), ("Sem Vos", "PERSON"), ("Spain", "GPE")],
     [("Groningen", "GPE"), ("Sem Vos", "PERSON"), ("Spain", "GPE")]),
    ("Fashion week opens in Milan on Tuesday, and hotels in Turin are full.",
     [("Milan", "GPE"), ("Turin", "GPE")], [("Milan", "GPE"), ("Turin", "GPE")]),
    ("A Denver-based wealth manager bought the stake.", [("Denver", "GPE")], [("Denver", "GPE")]),
    ("The airline will fly its first 787-9 to Porto in May.", [("Porto", "GPE")],
     [("Porto", "GPE")]),
    ("The minister drew a rebuke from Porto on Tuesday.", [("Porto", "GPE")], [("Porto", "GPE")]),
    ("Atalanta, the Bergamo football club, opened a school.",
     [("Atalanta", "ORG"), ("Bergamo", "GPE")], [("Atalanta", "ORG"), ("Bergamo", "GPE")]),
    ("Brazil beat Chile in the qualifier.",
     [("Brazil", "GPE"), ("Chile", "GPE")], [("Brazil", "GPE"), ("Chile", "GPE")]),
    ("Ticket sales in Lyon rose, and Groningen reported record visitors.",
     [("Lyon", "GPE"), ("Groningen", "GPE")], [("Lyon", "GPE"), ("Groningen", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_clubs_by_knowledge(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert run(text, spans) == expected


def test_dateline_stays_the_place() -> None:
    text = "VALENCIA, May 3 - Valencia beat Getafe 2-0 on Saturday."
    got = run(text, [("VALENCIA", "GPE"), ("Valencia", "GPE"), ("Getafe", "GPE")])
    assert got == [("VALENCIA", "GPE"), ("Valencia", "ORG"), ("Getafe", "ORG")]


MORE = [
    # a club's full name NER typed a person, in a sentence about sport
    ("Aston Villa signed striker Tom Reed.",
     [("Aston Villa", "PERSON"), ("Tom Reed", "PERSON")],
     [("Aston Villa", "ORG"), ("Tom Reed", "PERSON")]),
    # followers next to the name; a fixture at home or away
    ("Porto fans filled the square.", [("Porto", "GPE")], [("Porto", "ORG")]),
    ("Heerenveen are away to Utrecht on Friday.",
     [("Heerenveen", "GPE"), ("Utrecht", "GPE")], [("Heerenveen", "ORG"), ("Utrecht", "ORG")]),
    ("Calgary extended their winning streak to six.", [("Calgary", "GPE")], [("Calgary", "ORG")]),
    # untouched: a person's two words, a town with no sport in its sentence
    ("Coach Ana Lyon said the plan worked.", [("Ana Lyon", "PERSON")], [("Ana Lyon", "PERSON")]),
    ("Porto residents voted on the new bridge.", [("Porto", "GPE")], [("Porto", "GPE")]),
    ("Talks between Utrecht and Heerenveen on the rail line resumed.",
     [("Utrecht", "GPE"), ("Heerenveen", "GPE")], [("Utrecht", "GPE"), ("Heerenveen", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), MORE)
def test_more_sport_evidence(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert run(text, spans) == expected


def test_route_ends_stay_places() -> None:
    text = "Lyon fans travelled from Lyon to Nantes for the cup tie."
    got = run(text, [("Lyon", "GPE"), ("Lyon", "GPE"), ("Nantes", "GPE")])
    assert got == [("Lyon", "ORG"), ("Lyon", "GPE"), ("Nantes", "GPE")]


def test_days_are_no_score() -> None:
    text = "The envoy met officials in Helsinki on March 20-21 before flying to Porto."
    got = run(text, [("Helsinki", "GPE"), ("Porto", "GPE")])
    assert got == [("Helsinki", "GPE"), ("Porto", "GPE")]


NOT_SPORT = [
    # a score-like figure that reads as no result, a role word of another trade
    ("The court ruled 6-3 that Houston must reopen the clinic.", [("Houston", "GPE")],
     [("Houston", "GPE")]),
    ("The coach carrying 40 tourists from Lyon overturned.", [("Lyon", "GPE")], [("Lyon", "GPE")]),
    ("The road between Marseille and Lyon closed for 3-4 hours.",
     [("Marseille", "GPE"), ("Lyon", "GPE")], [("Marseille", "GPE"), ("Lyon", "GPE")]),
    # a score read as a result
    ("Utrecht won 2-1 on Sunday.", [("Utrecht", "GPE")], [("Utrecht", "ORG")]),
    ("Porto's 3-0 win lifted the mood.", [("Porto", "GPE")], [("Porto", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), NOT_SPORT)
def test_scores_and_roles_read_as_sport(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert run(text, spans) == expected


COMPETITIONS = [
    # a competition or a league by its form makes the sentence sport's
    ("Anderlecht won the Belgian Cup on penalties against Genk.",
     [("Anderlecht", "GPE"), ("Belgian Cup", "EVENT"), ("Genk", "GPE")],
     [("Anderlecht", "ORG"), ("Belgian Cup", "EVENT"), ("Genk", "ORG")]),
    ("Nantes are 12th in Ligue 1.", [("Nantes", "GPE"), ("Ligue 1", "LOC")],
     [("Nantes", "ORG"), ("Ligue 1", "ORG")]),
    ("Bologna slipped to ninth in Serie A.", [("Bologna", "GPE")],
     [("Bologna", "ORG"), ("Serie A", "ORG")]),
    # a league of nations or a conference of any kind is no sport
    ("Envoys of the Arab League met in Cairo and Tunis.",
     [("Arab League", "ORG"), ("Cairo", "GPE"), ("Tunis", "GPE")],
     [("Arab League", "ORG"), ("Cairo", "GPE"), ("Tunis", "GPE")]),
    ("Porto hosts the Ocean Conference next year.",
     [("Porto", "GPE"), ("Ocean Conference", "EVENT")],
     [("Porto", "GPE"), ("Ocean Conference", "EVENT")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), COMPETITIONS)
def test_competitions_read_as_sport(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert run(text, spans) == expected


def test_listed_with_places_stays_a_place() -> None:
    text = "Porto and Lisbon will host World Cup matches, Portugal said."
    got = run(text, [("Lisbon", "GPE"), ("World Cup", "EVENT"), ("Portugal", "GPE")])
    assert got == [("Lisbon", "GPE"), ("World Cup", "EVENT"), ("Portugal", "GPE")]


RACES = [
    # "beat X to Y": a race for something, no match
    ("Porto beat Lyon to the new battery plant.", [("Porto", "GPE"), ("Lyon", "GPE")],
     [("Porto", "GPE"), ("Lyon", "GPE")]),
    ("Utrecht beat Groningen to the contract, the ministry said.",
     [("Utrecht", "GPE"), ("Groningen", "GPE")], [("Utrecht", "GPE"), ("Groningen", "GPE")]),
    ("Lyon beat Nantes on penalties.", [("Lyon", "GPE"), ("Nantes", "GPE")],
     [("Lyon", "ORG"), ("Nantes", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), RACES)
def test_races_are_no_matches(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert run(text, spans) == expected
