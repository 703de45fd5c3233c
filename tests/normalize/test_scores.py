"""Scores and table cells in wire copy (``briefx.normalize.scores``): invented lines, three or
more per shape, with designations that must stay designations."""

from __future__ import annotations

import pytest

from briefx.normalize.scores import score_starts


def _numbers(text: str) -> list[str]:
    starts = score_starts(text)
    out = []
    for s in sorted(starts):
        e = s
        while e < len(text) and (
            text[e].isdigit() or (text[e] in ".," and text[e + 1 : e + 2].isdigit())
        ):
            e += 1
        out.append(text[s:e])
    return out


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a result line: "Name N Name N"
        ("Bristol City 3 Luton 1", ["3", "1"]),
        ("Results: Hull 0 Grimsby 2", ["0", "2"]),
        ("Denver 112 Utah 108\nPhoenix 99 Dallas 97", ["112", "108", "99", "97"]),
        # a list of pairs: a scorecard, a points table, bowling figures
        ("Kent 280 (Sam Billings 72, Zak Crawley 41)", ["280", "72", "41"]),
        ("Standings: Verstappen 77, Norris 62, Leclerc 50.", ["77", "62", "50"]),
        ("Bowling: Ravi Jadeja 3-41, Axar Patel 2-30.", ["3", "41", "2", "30"]),
        # a player with the country in brackets
        ("Iga Swiatek (Poland) 6-2, Coco Gauff (U.S.) 3", ["6", "2", "3"]),
        # a table row: a name and three or more numbers
        ("Sevilla 8 5 2 1 14 6 17", ["8", "5", "2", "1", "14", "6", "17"]),
        ("Kenya 4 3 5", ["4", "3", "5"]),
        ("x\nAjax Amsterdam 9 7 1 1 25 8 22\n", ["9", "7", "1", "1", "25", "8", "22"]),
    ],
)
def test_scores(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize(
    "text",
    [
        "The Boeing 737 landed.",
        "Phase 1, Phase 2",  # one name twice: designations
        "Apollo 11 Crew Meets Gemini 4 Team",  # a headline, no piece is only pairs
        "Expedition 31 and Expedition 32 docked.",
        "Section 3(b), Article 5",
        "Windows 95 and Office 97 shipped.",
        "Sales rose 5 percent in March.",
        "Route 66",  # one pair alone
        "Apollo 11 for three astronauts",  # "for" a count, not a number of wickets
        "Windows 11 for business",
        "",
    ],
)
def test_not_scores(text: str) -> None:
    assert score_starts(text) == set()


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # two innings joined by "and", and pieces after a full stop
        ("Scores: Kent 304 and 198. Essex 250 (Alastair Cook 88; Jamie Porter 4-51).",
         ["304", "198", "250", "88", "4", "51"]),
        ("Surrey 190 and 201-6, Sussex 280", ["190", "201", "6", "280"]),
        ("Otago 222. Canterbury 219 (Tom Latham 90)", ["222", "219", "90"]),
        # standings cells: a winning percentage, games behind, "-" for none; a leading total
        ("BOSTON 81 60 .574 -", ["81", "60", ".574"]),
        ("TORONTO 74 67 .525 7", ["74", "67", ".525", "7"]),
        ("271 Vijay Singh (Fiji) 68 70", ["271", "68", "70"]),
        ("140 Lee Westwood 71 69, Darren Clarke 72 68", ["140", "71", "69", "72", "68"]),
        ("Rankings: Andre Agassi 3,420, Jim Courier 2,985", ["3,420", "2,985"]),
        # a cricket total alone in its piece: "for" a number of wickets, or "not out"
        ("Lunch: Sri Lanka 132 for three", ["132"]),
        ("Stumps: Zimbabwe 201 for 7 (Brendan Taylor 88 not out)", ["201", "88"]),
        ("Bangladesh 245 for nine declared", ["245"]),
        # a name with an initial: the full stop after it is no separator
        ("K. Mendis 64, D. Karunaratne 51", ["64", "51"]),
        ("Kent 210 (J. Denly 77, S. Billings 40)", ["210", "77", "40"]),
        ("B. Stokes 3-40, J. Root 1-12", ["3", "40", "1", "12"]),
    ],
)  # fmt: skip
def test_innings_and_sentences(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


def test_long_lines_stay_linear() -> None:
    import time

    text = "7 " + "Alpha Beta " * 50_000 + "\n" + "Gamma 3 Delta " * 20_000  # quadratic unguarded
    t0 = time.perf_counter()
    assert score_starts(text) == set()
    assert time.perf_counter() - t0 < 2.0
