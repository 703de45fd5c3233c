"""Match minutes are no figures (issue 14, session 28, figs13): ``figures.minutes``.

A goal's minute is a time within a match (ANNOTATION.md: expressions shorter than a day are
neither dates nor figures): the numbers of a scorers' list opened by a cue of
``models/match_minute_words.jsonl`` ("Scorers:", "Tries:", "Sent off:") and the minutes in a
bracket after a name or a score in a line about goals are dropped; results, table rows, ages,
counts, batting cards and prose ordinals stay. Every text is invented for these tests (none
comes from a gold set nor from the dev set ``own-figures-briefs-dev28m``). Tables both ways:
the pure ``minute_starts``, then the component on ``spacy.blank("en")`` (the rule reads only the
text's layout), then the whole pipeline for what needs the model (ages, prose).
"""

from __future__ import annotations

import pytest
import spacy

import briefx.pipeline.figures  # noqa: F401  (registers the briefx_figures factory)
from briefx.normalize.scores import score_starts
from briefx.pipeline.figures.minutes import minute_starts


def _minutes(text: str) -> list[str]:
    out = []
    for s in sorted(minute_starts(text, score_starts(text))):
        e = s
        while e < len(text) and text[e].isdigit():
            e += 1
        out.append(text[s:e])
    return out


MINUTES = [
    # a cue's list: after a name, another minute, a bracket, a mark
    ("Scorers: Hartmann 11, Oberg 56 pen", ["11", "56"]),
    ("Goalscorers: Rovers - Pike 4, 81; Athletic - Quinn 33 og", ["4", "81", "33"]),
    ("Goals: Sabres - Lemaire (8, 27), Dorval (49)", ["8", "27", "49"]),
    ("Tries: Lions - Mbeki 6, Du Plessis 71. Penalties: Lions - Botha 14, 38", ["6", "71", "14", "38"]),
    ("Scorer: Santos (pen 44)", ["44"]),
    ("Sent off: Vidal 63", ["63"]),
    ("Scorers: Greco 45+1, Ferri 90+4", ["45", "90"]),
    # the list ends at the next label that is no cue
    ("Scorers: Kowal 19, Nowak 70. Attendance: 31,500", ["19", "70"]),
    ("Scorers: Berg 27. Referee: Hans Olsen. Half-time: 1-0", ["27"]),
    # a tally before a bracket of minutes is the player's tally
    ("Goals: Falcons - Marsh 2 (3, 58)", ["3", "58"]),
    # no cue: brackets after a score or a name, in a line about goals
    ("Hull 2 (Prentice 21, Adey 64) Bury 0", ["21", "64"]),
    ("Wolves 1 (Barrow 90+3) Stoke 1 (Tull 12)", ["90", "12"]),
    ("Garcia (31st) and Mendes (77 pen) scored for the visitors.", ["31", "77"]),
    ("Dundee won 2-0 through Lowrie (15) and Baird (52).", ["15", "52"]),
    # two teams, each with its score and a bracket of scorers, before an attendance
    ("Wigan 1 (Roper 37) Crewe 2 (Ince 12, Dorrell 80) 6,412", ["37", "12", "80"]),
    ("Hearts 0 Falkirk 3 (Munro 8, Quail 44, 70) 8,250", ["8", "44", "70"]),
    # stays: brackets of tallies (a player with no number, or all small)
    ("Toronto 5 (Vance 2, Oduya 2, Pike) Ottawa 3 (Hale 3)", []),
    # a player's minutes together, players in the order of their first
    ("Sevilla 3 (Moreno 23, 88, Vidal 56) Betis 1 (Ruiz 40)", ["23", "88", "56", "40"]),
    ("Scorers: Celta - Mostovoi 31, 75, Revivo 44; Oviedo - Oli 10", ["31", "75", "44", "10"]),
    # the cue alone on its line: the lines below, to the paragraph's end
    ("Scorers:\nLeeds - Brolin 9, 71\nWimbledon - Ekoku 35\n\nAttendance: 25,000", ["9", "71", "35"]),
    ("Goals:\nHawks - Turgeon (14), Benoit (33)\n\nHawks 2 Kings 0", ["14", "33"]),
    # stays: tallies of tries, goals and kicks (a player with no number, or all small, one each)
    ("Tries: Lomu 2, Wilson. Conversions: Mehrtens 3", []),
    ("Tries: Campese 2, Horan 2", []),
    ("Scorers: Toulon - Darroze 3, Loppy", []),
    # stays: tallies and batting cards run otherwise than time
    ("Leading scorers: Pizzi 19, Suker 15, Ronaldo 12", []),
    ("Top goalscorers: Vieri 11, Batistuta 9", []),
    ("Victoria 212 (Bancroft 31, Lyle 28)", []),
    ("Kent 254 (Ward 41, Hooper 73) Essex 180 (Lowe 22, Tait 60)", []),
    # stays: results, tables, counts, ages, batting cards, labels that are no cue
    ("Hull 2 Bury 0", []),
    ("Boston 98, Miami 91\nDallas 104, Denver 99", []),
    ("Standings: Hull 12 8 2 2 20 9 26", []),
    ("Victoria 412 (Bancroft 131, Lyle 88)", []),
    ("Attendance: 28,000", []),
    ("Jan Berg, 45, said the club would sell 3,000 seats.", []),
    ("The club named Tomas Berg (23) and Ivo Kral (19) in its squad.", []),
    ("Seats won: Labour 41, Greens 9", []),
    ("Apollo 11 Crew Meets Gemini 4 Team", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "minutes"), MINUTES)
def test_minute_starts(text: str, minutes: list[str]) -> None:
    assert _minutes(text) == minutes


@pytest.fixture(scope="module")
def blank():  # type: ignore[no-untyped-def]
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("briefx_figures")
    return nlp


COMPONENT = [
    # minutes dropped, the result kept as two numbers
    ("Lyon 3 Metz 1\n\nScorers: Lyon - Giraud 7, Bruno 40, Fabre 66. Metz - Hennequin 81.", ["3", "1"]),
    ("Wasps 27 Sale 13\n\nTries: Wasps - Okafor 9, Lyle 48. Sale - Dunn 30.", ["27", "13"]),
    ("Hull 2 (Prentice 21, Adey 64) Bury 0", ["2", "0"]),
    # stays
    ("Boston 98, Miami 91\nDallas 104, Denver 99", ["98", "91", "104", "99"]),
    ("Victoria 412 (Bancroft 131, Lyle 88)", ["412", "131", "88"]),
    ("Hull 2 Bury 0\n\nAttendance: 28,000", ["2", "0", "28,000"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), COMPONENT)
def test_component(blank, text: str, figures: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = blank(text)
    assert [text[f.start : f.end] for f in doc._.briefx_figures] == figures


PIPELINE = [
    ("Porto 2 Braga 1\n\nScorers: Porto - Silva 18, Costa 55; Braga - Reis 89.", ["2", "1"]),
    ("Anna Holm, 38, scored twice as her club won 4-2.", ["4", "2"]),
    ("Lens levelled in the 67th minute, their 14th goal of the season.", ["67th", "14th"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), PIPELINE)
def test_pipeline(run, text: str, figures: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [f.text for f in run(text, reference_date="1996-09-02").figures] == figures
